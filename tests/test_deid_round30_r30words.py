"""Round 30, words (issue 13, the twenty-ninth black-box round's findings, published with the leak check passing): the
owner's names and street that are everyday words, said as names. Each kind on both sides: the redactor takes it out
(:mod:`features.deid.owner_wordnames`), and the leak check with its own reading (:mod:`features.deid.leakwordnames`)
finds it in the raw text and nothing in the redacted one; the everyday uses of the same words are kept by both.

a. The owner's given name that is an English word, in lower case where a name stands ("will here, took my pills",
   "may took her farxiga", "hope called", "this is grace", "- will", "from may"); kept: "I will take", "may I ask",
   "I hope the pills", "by the grace of god", "a ray of light", "starting from may".
b. The owner's nicknames in lower case where a name stands ("bill here", "jen took the pills", "liz here", "hal took
   them"), and pet names the tables lacked ("Dudi" for David, "Fanfan" for François, "Hamada" for Mohamed, "Sanna" for
   Susanna, "Pista" for István, "Moti" for Mordechai); kept: "pay the bill", Czech "jen jednou", Turkish "hal böyle".
c. The owner's street said by its name alone after a word of place or way ("I live on western near 103rd", "off
   penhallow by the park", "near elm and 5th", "sur la verte près du parc"); kept: "western medicine", "on western
   blot", "at western union", "oak floors".
"""

from __future__ import annotations

import datetime
from dataclasses import asdict

import pytest

from features.deid.leakcheck import OwnerForms
from features.deid.text import PatientIdentifiers
from tests import deid_probes as probes
from tests.deid_probes import redacted

WORD_NAME = "name or nickname that is a word, in lower case where a name stands"
BARE_STREET = "street by its name alone after a word of place"


def _someone(name: str, street: str = "27 Penhallow Street") -> PatientIdentifiers:
    return PatientIdentifiers("MRN-00417723", name, datetime.date(1958, 3, 4), "(555) 123-4417", "someone@example.com",
                              street, "Houston", "TX", "77002")


def _check(patient: PatientIdentifiers, text: str) -> set[str]:
    """What the check finds in ``text`` under ``patient``: every patient's values and the free-text owner check."""
    index = probes.check_index({field: [value] for field, value in asdict(patient).items()},
                               {patient.mrn: probes.OWNER_KEY})
    return index.kinds_in(text) | set(index._free_text_counts((0, [(text, probes.OWNER_KEY)]))[0])


def _gone(deid, patient: PatientIdentifiers, text: str, secret: str, kind: str | None = None) -> None:
    out = redacted(deid, text, patient)
    assert secret not in out.lower() and "<" in out, out
    raw = _check(patient, text)
    assert raw, text
    if kind is not None:  # the check's own reading alone refuses it
        assert f"own {kind}" in raw or kind in OwnerForms.of(asdict(patient)).kinds_in(text), raw
    assert not _check(patient, out), (out, _check(patient, out))


def _kept(deid, patient: PatientIdentifiers, text: str) -> None:
    assert redacted(deid, text, patient) == text
    assert not _check(patient, text), _check(patient, text)


# --------------------------------------------------------------------------- a. a given name that is a word

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Will Turner", "will here, took my pills", "will"),
    ("Will Turner", "will took the evening dose", "will"),
    ("Will Turner", "ok, will missed the noon one", "will"),
    ("Will Turner", "all taken today - will", "will"),
    ("Will Turner", "all taken today.\nfrom will", "will"),
    ("Will Turner", "this is will, calling about my refill", "will"),
    ("Will Turner", "thanks will!", "will"),
    ("May Chen", "may took her farxiga", "may"),
    ("May Chen", "may here", "may"),
    ("May Chen", "it's may, the refill is late", "may"),
    ("May Chen", "and may called the pharmacy", "may"),
    ("May Chen", "hi may", "may"),
    ("Hope Daniels", "hope called", "hope"),
    ("Hope Daniels", "hope forgot the morning pill", "hope"),
    ("Hope Daniels", "this is hope", "hope"),
    ("Grace Kim", "this is grace", "grace"),
    ("Grace Kim", "grace took two at noon", "grace"),
    ("Ray Ortiz", "ray here", "ray"),
    ("Ray Ortiz", "ray says the new pills are fine", "ray"),
    ("Dawn Miller", "it's dawn", "dawn"),
    ("Dawn Miller", "dawn skipped the evening dose", "dawn"),
    ("Mark Stone", "mark here, all taken", "mark"),
    ("Joy Adams", "joy texted the nurse", "joy"),
])
def test_a_given_name_that_is_a_word_in_lower_case_goes_for_both_sides(deid, name, text, secret):
    _gone(deid, _someone(name), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text"), [
    ("Will Turner", "will here, took my pills"),
    ("May Chen", "may took her farxiga"),
    ("Hope Daniels", "hope called"),
    ("Will Turner", "all taken today - will"),
])
def test_the_checks_own_reading_refuses_a_word_name(name, text):
    assert WORD_NAME in OwnerForms.of(asdict(_someone(name))).kinds_in(text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("name", "text"), [
    ("Will Turner", "I will take my pills after dinner"),
    ("Will Turner", "will take them tonight"),
    ("Will Turner", "will do, thanks"),
    ("Will Turner", "thanks, will do"),
    ("Will Turner", "my son will take me to the pharmacy"),
    ("Will Turner", "the doctor will call tomorrow"),
    ("Will Turner", "it will be fine"),
    ("Will Turner", "will I need a refill?"),
    ("Will Turner", "against my will"),
    ("Will Turner", "and will take the rest tomorrow"),
    ("Will Turner", "the nurse said it will help"),
    ("May Chen", "may I ask about the dose"),
    ("May Chen", "I may need a refill"),
    ("May Chen", "it may be the pills"),
    ("May Chen", "may need more next week"),
    ("May Chen", "since may the dose is lower"),
    ("May Chen", "starting from may"),
    ("May Chen", "from may to june I took fewer"),
    ("May Chen", "it's may already"),
    ("May Chen", "see you in may"),
    ("May Chen", "may take it with food"),
    ("Hope Daniels", "I hope the pills work"),
    ("Hope Daniels", "hope you are well"),
    ("Hope Daniels", "hope so"),
    ("Hope Daniels", "there is hope"),
    ("Hope Daniels", "losing hope with these side effects"),
    ("Hope Daniels", "we hope it helps"),
    ("Grace Kim", "by the grace of god I took them"),
    ("Grace Kim", "a grace period for the refill"),
    ("Grace Kim", "he fell from grace"),
    ("Grace Kim", "we say grace before dinner"),
    ("Ray Ortiz", "a ray of light"),
    ("Ray Ortiz", "the x-ray was fine"),
    ("Ray Ortiz", "had an x-ray"),
    ("Dawn Miller", "took them at dawn"),
    ("Dawn Miller", "from dusk till dawn"),
    ("Dawn Miller", "at the crack of dawn"),
    ("Mark Stone", "mark the date on the calendar"),
    ("Mark Stone", "I left a mark on the box"),
    ("Joy Adams", "no joy with the new pills"),
])
def test_the_everyday_uses_of_a_word_name_are_kept(deid, name, text):
    _kept(deid, _someone(name), text)


# --------------------------------------------------------------------------- b. nicknames

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("William Turner", "bill here, took my pills", "bill"),
    ("William Turner", "bill says hi", "bill"),
    ("William Turner", "thanks, this is bill", "bill"),
    ("Jennifer Lopez", "jen took the pills", "jen"),
    ("Jennifer Lopez", "this is jen", "jen"),
    ("Elizabeth Hart", "liz here", "liz"),
    ("Elizabeth Hart", "all taken - liz", "liz"),
    ("Henry Ford", "hal took them", "hal"),
    ("Harold Ford", "hal here", "hal"),
    ("Robert Lang", "bob called the pharmacy", "bob"),
    ("Margaret Ellison", "peggy here, all good", "peggy"),
    ("Alexander Petrov", "sasha forgot his pills", "sasha"),
    ("Nikolai Petrov", "kolya here", "kolya"),
    ("Friedrich Bauer", "fritz hier, alles genommen", "fritz"),
    ("José García", "soy pepe", "pepe"),
    ("Francisco Ruiz", "paco here", "paco"),
    ("Guadalupe Ruiz", "me llamo lupe", "lupe"),
    ("Manuel Ortega", "manolo took his pills", "manolo"),
    ("Jesús Ortega", "chucho called", "chucho"),
    ("Susanna Lind", "sanna here", "sanna"),
])
def test_a_nickname_in_lower_case_goes_for_both_sides(deid, name, text, secret):
    _gone(deid, _someone(name), text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("David Levi", "Dudi took the pills", "dudi"),
    ("David Levi", "dudi here", "dudi"),
    ("François Martin", "Fanfan a pris ses pilules", "fanfan"),
    ("Françoise Martin", "c'est Fanfan", "fanfan"),
    ("Mohamed Salah", "Hamada took the pills", "hamada"),
    ("Mohamed Salah", "hamada here", "hamada"),
    ("Susanna Lind", "Sanna glömde sin medicin", "sanna"),
    ("István Nagy", "Pista bevette a gyógyszert", "pista"),
    ("Mordechai Cohen", "Moti took his pills", "moti"),
    ("Zsuzsanna Kovács", "Zsuzsi here", "zsuzsi"),
])
def test_pet_names_the_tables_lacked_go_for_both_sides(deid, name, text, secret):
    _gone(deid, _someone(name), text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("name", "text"), [
    ("William Turner", "I will pay the bill"),
    ("William Turner", "the pharmacy bill was high"),
    ("William Turner", "bill me later for the copay"),
    ("William Turner", "paid the bill."),
    ("Jennifer Lopez", "beru jen jednu tabletku"),
    ("Jennifer Lopez", "jen jednou denně"),
    ("Henry Ford", "hal böyle, ilaçları aldım"),
    ("Robert Lang", "my head would bob when dizzy"),
    ("Mark Stone", "mark the box"),
])
def test_nicknames_that_are_words_stay_words(deid, name, text):
    _kept(deid, _someone(name), text)


# --------------------------------------------------------------------------- c. a street by its name alone

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("street", "text", "secret"), [
    ("4410 Western Ave", "I live on western near 103rd", "western"),
    ("4410 Western Ave", "I live on Western near 103rd", "western"),
    ("4410 Western Ave", "the pharmacy on western is closed", "western"),
    ("4410 Western Ave", "turn off western at the light", "western"),
    ("4410 Western Ave", "near western and 103rd", "western"),
    ("27 Penhallow Street", "off penhallow by the park", "penhallow"),
    ("5 Oak Lane", "walked down oak to the pharmacy", "oak"),
    ("5 Elm Street", "near elm and 5th", "elm"),
    ("5 Elm Street", "the bus stops on elm.", "elm"),
    ("12 Park Avenue", "I live on park near 5th", "park"),
    ("9 Rue Verte", "j'habite sur la verte près du parc", "verte"),
    ("Calle Olmo 12", "vivo por olmo cerca del mercado", "olmo"),
    ("31 Spring Garden Road", "we live on spring garden near the school", "spring garden"),
    ("123 Main St", "the clinic on main and 5th", "main"),
])
def test_the_owners_street_by_its_name_alone_goes_for_both_sides(deid, street, text, secret):
    _gone(deid, _someone("Avraham Mizrahi", street), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
def test_the_checks_own_reading_refuses_a_bare_street():
    forms = OwnerForms.of(asdict(_someone("Avraham Mizrahi", "4410 Western Ave")))
    assert BARE_STREET in forms.kinds_in("I live on western near 103rd")
    assert BARE_STREET not in forms.kinds_in("western medicine helps")


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("street", "text"), [
    ("4410 Western Ave", "western medicine helps"),
    ("4410 Western Ave", "we ran a western blot"),
    ("4410 Western Ave", "I'm working on western blot results"),
    ("4410 Western Ave", "I got money at western union"),
    ("4410 Western Ave", "I prefer western food"),
    ("5 Oak Lane", "oak floors in my room"),
    ("5 Oak Lane", "the table is made of oak"),
    ("5 Elm Street", "the elm tree near us"),
    ("4410 Western Ave", "we are on western time now"),
    ("5 Oak Lane", "oak trees in the yard"),
    ("100 First Avenue", "at first I forgot the pills"),
    ("123 Main St", "main course was fish"),
])
def test_everyday_words_of_a_street_name_are_kept(deid, street, text):
    _kept(deid, _someone("Avraham Mizrahi", street), text)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", [
    "will here, took my pills. may I ask? from will - will, ",
    "I live on western near 103rd on western on western western ",
    "- - - will will will and will took ",
])
def test_the_round_30_readings_cost_in_proportion(deid, piece):
    patient = _someone("Will May Turner", "4410 Western Ave")
    forms = OwnerForms.of(asdict(patient))
    probes.assert_cost_grows_linearly(lambda n: deid.redact([piece * n], [patient]), sizes=(100, 400))
    probes.assert_cost_grows_linearly(lambda n: forms.kinds_in(piece * n), sizes=(100, 400))
    probes.assert_cost_in_proportion(deid, probes.check_index(), piece)
