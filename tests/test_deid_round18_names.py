"""The seventeenth black-box round's leftovers of names and terms (round 18), each both ways (recall first):

a. names after military, police, judicial and fire-service titles ("Sgt. Okoye", "cpl dominguez", "Judge Okonkwo"),
   of other languages too ("el sargento Ramírez"): the redactor takes the name out and the check sees it left;
   a title with no name after it, or an everyday word after a title that is also a word ("major depression"), stays;
c. vCard name fields in any case and folded ("n:pryce;rhiannon", "fn:Chidi\\r\\n Okafor"): every part goes, and the
   record's next keyed line ("END:VCARD") survives, so the check is quiet on the output;
g. eponyms, place-named diseases and foods, one-word symptoms, foods after "with" (`features.deid.termwords`) stay,
   and the check reads no name in them; the same surname after a title or a person's verb still goes;
j. role nouns the NER tags as a person ("inmate", "ssn", "Patient") stay.
"""

from __future__ import annotations

import inspect
import re

import pytest

from features.deid import leakpeople
from tests.deid_probes import (
    assert_free_text_caught,
    assert_free_text_kept,
    assert_owner_caught,
    free_text_kinds,
    owner,
    redacted,
)


@pytest.mark.verifies("REQ-DEID-003")
def test_the_checks_term_reading_is_its_own():
    """The check reads the terms with its own pattern; it shares only the words (termwords)."""
    imports = set(re.findall(r"^\s*(?:from|import) (\S+)", inspect.getsource(leakpeople), re.MULTILINE))
    assert "from features.deid import termwords" in inspect.getsource(leakpeople)
    assert not {"features.deid.text", "features.deid.people", "features.deid.recognizers"} & imports


# --------------------------------------------------------------------------- a. names after a service title

TITLED = [
    ("talked to cpl dominguez today", "dominguez"),
    ("Sgt. Okoye brought my pills", "Okoye"),
    ("PFC nakamura is my grandson", "nakamura"),
    ("Det. Mbeki called about the theft", "Mbeki"),
    ("Capt. Ferreira says hi", "Ferreira"),
    ("Brigadier Wrexley came by", "Wrexley"),
    ("Judge Okonkwo ruled today", "Okonkwo"),
    ("Chief Ferreira called", "Ferreira"),
    ("el sargento Ramírez me ayudó", "Ramírez"),
    ("my grandson lcpl adebayo is home", "adebayo"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "name"), TITLED)
def test_a_name_after_a_service_title_goes(deid, index, text, name):
    assert_free_text_caught(deid, index, text, name)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["Sgt Pryce visited me", "ask officer pryce about it"])
def test_the_owners_name_after_a_title_goes(deid, text):
    assert_owner_caught(deid, owner("Rhiannon Pryce"), text, "ryce")


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["major depression again this week", "the general anxiety is worse",
                                  "private room please", "the judge was kind", "Sgt. took my bp"])
def test_a_title_with_no_name_stays(deid, index, text):
    assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- c. vCard fields in any case

VCARDS = [
    ("n:okafor;chidi", ["okafor", "chidi"]),
    ("N:Quintero;Rosalind;;;", ["Quintero", "Rosalind"]),
    ("BEGIN:VCARD\nn:okafor;chidi;;;\nfn:chidi okafor\nEND:VCARD", ["okafor", "chidi"]),
    ("BEGIN:VCARD\r\nFN:Chidi\r\n  Okafor\r\nEND:VCARD", ["Chidi", "Okafor"]),
    ("begin:vcard\nFn:Thandiwe Nkosi\nend:vcard", ["Thandiwe", "Nkosi"]),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "names"), VCARDS)
def test_a_vcard_name_in_any_case_goes_whole(deid, index, text, names):
    out = redacted(deid, text)
    assert not any(n in out for n in names), out
    assert free_text_kinds(index, text), text
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))
    assert ("END:VCARD" in out) == ("END:VCARD" in text), out


@pytest.mark.verifies("REQ-DEID-001")
def test_the_owners_lower_case_vcard_goes(deid):
    assert_owner_caught(deid, owner("Rhiannon Pryce"), "n:pryce;rhiannon", "rhiannon")


# --------------------------------------------------------------------------- g, j. terms that look like names

TERMS = [
    "the Foley catheter was removed",
    "Glasgow scale 15 on arrival",
    "tested for Lyme disease last week",
    "West Nile virus warning in town",
    "Norwalk virus going around the ward",
    "ate Brussels sprouts with dinner",
    "Dijon mustard on my sandwich",
    "my dad has Parkinson's",
    "Holter monitor goes on Monday",
    "did the Epley manoeuvre twice",
    "Ebola scare on the news",
    "took my pills with tea",
    "had my metformin with toast and honey",
    "Heartburn again after dinner",
    "the inmate next to me coughs",
    "ssn on file is wrong",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", TERMS)
def test_a_term_that_looks_like_a_name_stays(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "name"), [("Dr. Foley called about the results", "Foley"),
                                            ("came with Okafor to the clinic", "Okafor"),
                                            ("Mr Glasgow picked up my pills", "Glasgow")])
def test_the_same_words_as_a_person_still_go(deid, text, name):
    assert name not in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_owners_own_surname_as_an_eponym_may_go(deid):
    assert_owner_caught(deid, owner("Maeve Foley"), "Foley called me back", "Foley")
