"""The sixteenth round's over-redactions and over-refusals (an outside tester's), each with the identifier of the same
shape that must still go (recall first):

1. medicines' brands that are also given names ("Camila", "Heather", "Yasmin"): a medicine beside a dose, a pack word,
   a taking or switching verb or another medicine (``recognizers.named_brand_taken``); a person otherwise;
2. the owner's name part that is an everyday word ("day" of a Day, "weeks" of a Weeks, "white", "long", "ward"),
   in lower case a word unless a greeting, an honorific, an introduction, a relation or another name part calls it a
   name; a given name that opens a sentence as a verb ("Will do", "Hope you are well");
3. other patients' identifiers read in every message (the residual pass and the check): name parts and towns that are
   everyday, medicine or supplement words in lower case ("2 weeks", "the ward", "calcium 600 mg", "nitro"), and an
   e-mail's local part that is an English word standing alone ("the sunshine today");
4. other languages' words after a relation word ("vive", "száma"), a county ("Marin County") as a place, a plate's
   lower-case words after it ("parked out");
5. a pack's expiry month and year ("exp 12/2026"), no person's date.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import asdict

import pytest

from features.deid.leakcheck import IdentifierIndex, OwnerForms
from tests.deid_probes import check_index, owner, owner_kinds, redacted, shape_kinds

# --------------------------------------------------------------------------- 1. brands that are given names

BRANDS_TAKEN = [
    "started my Jolivette pack last night",
    "the doctor switched me off Heather onto Sprintec",
    "Lutera 0.1 mg every evening",
    "Nikki and Sprintec gave me headaches",
    "missed my Camila twice",
    "Allegra 60 mg when the pollen is bad",
    "Alli with food, 3 times a day",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", BRANDS_TAKEN)
def test_a_brand_that_is_a_given_name_is_a_medicine_beside_a_dose_a_pack_or_a_verb(deid, text):
    assert redacted(deid, text) == text


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "name"), [
    ("Heather phoned about the party", "Heather"),
    ("took Camila to the clinic on friday", "Camila"),
    ("Yasmin and Jake came over", "Yasmin"),
])
def test_a_brand_name_with_no_medicine_beside_it_is_a_person(deid, text, name):
    assert name not in redacted(deid, text)


# --------------------------------------------------------------------------- 2. the owner's everyday name parts

DAY = owner("Will Day")
WEEKS = owner("Hope Weeks")
WHITE = owner("Dawn White")
LONG = owner("Mark Long")
WARD = owner("Sandy Ward")

OWN_WORDS = [
    (DAY, "took it twice a day, day 3 now"),
    (DAY, "Will do, see you monday"),
    (WEEKS, "we hope the rash goes in 3 weeks"),
    (WEEKS, "Hope you are well"),
    (WHITE, "the round white tablet at dawn"),
    (LONG, "how long is the long-acting one good for"),
    (LONG, "Mark the calendar for me"),
    (WARD, "back on the surgical ward tonight"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text"), OWN_WORDS)
def test_an_owners_name_part_used_as_a_word_stays(deid, patient, text):
    assert redacted(deid, text, patient) == text
    assert not owner_kinds(patient, text), owner_kinds(patient, text)


OWN_NAMES = [
    (DAY, "Day here, about the refill", "Day"),
    (DAY, "hi day, pick-up is at 4", "day"),
    (WEEKS, "WEEKS, HOPE", "WEEKS"),
    (WEEKS, "hope weeks", "weeks"),
    (WEEKS, "mr weeks asked about it", "weeks"),
    (WHITE, "this is dawn, my pills ran out", "dawn"),
    (LONG, "thanks long", "long"),
    (WARD, "- ward", "ward"),
    # a sign-off after a comma closing the message: the simulator's own "thanks, <first name>" in the demo's lake
    (WARD, "is the refill ready? thanks, sandy", "sandy"),
    (WHITE, "running low on the blue ones. cheers, dawn!", "dawn"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), OWN_NAMES)
def test_an_owners_name_part_called_a_name_goes(deid, patient, text, secret):
    out = redacted(deid, text, patient)
    assert secret not in out and "<" in out, out
    assert owner_kinds(patient, text), text
    assert not owner_kinds(patient, out), out


# --------------------------------------------------------------------------- 3. other patients' identifiers, every message

def _index() -> IdentifierIndex:
    rows = [asdict(owner("Avraham Mizrahi")), asdict(owner("Hope Weeks", phone="(555) 222-0007")),
            asdict(owner("Sandy Ward", phone="(555) 222-0010")), asdict(owner("Jack Sprat", phone="(555) 222-0011")),
            asdict(owner("Ann Zee", city="Zinc", phone="(555) 222-0004")),
            asdict(owner("Bo Cal", city="Calcium", phone="(555) 222-0005")),
            asdict(owner("Ni Tro", city="Nitro", phone="(555) 222-0006")),
            asdict(owner("Grace Rice", phone="(555) 222-0003")) | {"email": "sunshine@yahoo.com"},
            asdict(owner("Bea Blessing", phone="(555) 222-0009")) | {"email": "blessed@gmail.com"}]
    columns = {name: [row[name] for row in rows] for name in rows[0]}
    return check_index(columns)


@pytest.fixture(scope="module")
def index() -> IdentifierIndex:
    return _index()


OTHERS_WORDS = [
    "it has been 3 weeks since the switch",
    "the nurse on the ward was kind",
    "ward 4 is noisy",
    "the jack for the car is in the trunk",
    "taking calcium 500 mg and zinc 25 mg",
    "a nitro spray under the tongue",
    "sat in the sunshine after lunch",
    "feeling blessed, sugar is down",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", OTHERS_WORDS)
def test_other_patients_everyday_words_are_neither_redacted_nor_refused(index, text):
    assert index.redact(text, Counter()) == text
    assert not index.kinds_in(text), index.kinds_in(text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Weeks dropped off the pills", "Weeks"),
    ("Hope Weeks picked them up", "Weeks"),
    ("ask jack about the key", "jack"),
    ("hi ward, the key is under the mat", "ward"),
    ("she moved to Nitro in may", "Nitro"),
    ("write to sunshine@yahoo.com", "sunshine@yahoo.com"),
])
def test_other_patients_identifiers_still_go_and_are_seen(index, text, secret):
    assert index.kinds_in(text), text
    out = index.redact(text, Counter())
    assert secret not in out, out


def test_a_glued_local_part_is_still_seen_in_a_code(index):
    assert index.embeds_identifier("msg-sunshine-0001")


# --------------------------------------------------------------------------- 4. other languages' words and places

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "kept"), [
    ("mi hijo vive en Tijuana", "mi hijo vive en"),
    ("a fiam száma megvan", "a fiam száma"),
    ("my sister lives in Sonoma County now", "my sister lives in"),
    ("plate 7KLM442 parked out back", "parked out back"),
])
def test_function_words_after_a_relation_or_a_plate_stay(deid, text, kept):
    out = redacted(deid, text)
    assert kept in out and "<PERSON>" not in out, out


@pytest.mark.verifies("REQ-DEID-001")
def test_a_name_after_a_relation_word_still_goes(deid):
    out = redacted(deid, "mi hijo Mateo vive en Tijuana")
    assert "Mateo" not in out


# --------------------------------------------------------------------------- 5. a pack's expiry

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["lot 7K21 exp 08/2027", "EXP: 2026-11 on the carton", "use by 03/2026",
                                  "caduca 10/2027"])
def test_an_expiry_month_and_year_stays(deid, text):
    assert redacted(deid, text) == text
    assert "month and year of a date" not in shape_kinds(text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["admitted 08/2027", "discharged 2026-11"])
def test_a_month_and_year_of_a_person_still_goes(deid, text):
    assert "month and year of a date" in shape_kinds(text)
    assert "<DATE>" in redacted(deid, text)


def test_owner_forms_read_the_everyday_words_on_their_own():
    forms = OwnerForms.of(asdict(owner("Hope Weeks", dob=datetime.date(1950, 1, 2))))
    assert not forms.kinds_in("every 2 weeks, I hope")
    assert forms.kinds_in("weeks, hope")
