"""The twenty-second black-box round's other kinds (round 23), each both ways: the redactor takes the identifier out and
the check sees it in the raw text and nothing in the output; near misses stay.

a. another patient's phone by its last four figures after a word of its end, an extension, an ellipsis or a mask ("call
   her on ...1200", "her number ends in 1200", "ext 1200", "x1200"): the redactor reads anybody's
   (``hidden_shapes.phone_tail_recognizer``), the check looks every patient's last four up
   (``leakcheck.other_phone_tails``); another patient's MRN with separators in its figures ("0099-1122", "00.99.11.22",
   "991,122"): the redactor's MRN reading takes the groups after its cue, the check and the residual pass look the
   figures read together up (``leakcheck.grouped_mrn``);
b. Arabic teens said as two words inside a phone said in words ("اثنا عشر", "اثني عشر", "ثلاث عشرة", "أحد عشر"):
   ``digitwords.ARABIC_TEEN_UNITS`` and the feminine ten in ``digitwords.TEEN_WORDS``;
c. the owner's birthday said by a feast without its year in Polish ("urodziny w Wigilię"; ``calendars``);
d. ages over 89: a relation and a given name in lower case ("grandma edna 94"), a pronoun ("she 95"), "'s" glued to the
   person for the check ("my husband's 93", "he's 96 now"), two bare figures after a German or Polish cohort word
   ("Jahrgang 30"); doses, readings, rooms, counts and younger cohorts stay ages of nobody.
"""

from __future__ import annotations

import datetime
from collections import Counter

import pytest

from features.deid.normalize import said_digits_as_figures
from tests import deid_probes as probes
from tests.deid_probes import redacted, shape_kinds

AGE = "age over 89"
BIRTH_YEAR = "year of birth over 89"
TAIL = "phone's last four figures"


@pytest.fixture(scope="module")
def others():
    """The check's index over two patients: Rosa Quintero's phone ends in 1200, her MRN's figures are 00991122."""
    return probes.two_patients_index()


# --------------------------------------------------------------------------- another patient's phone tail

PHONE_TAILS = [
    "call her on ...1200", "call Rosa on …1200 after lunch", "her number ends in 1200", "her cell ending in 1200",
    "Rosa's phone, ending with 1200", "last four 1200", "the last 4 digits are 1200", "ext 1200", "ext. 1200",
    "reach her at x1200", "her phone ***-1200", "mobile xxx-xxx-1200",
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", PHONE_TAILS)
def test_another_patients_phone_tail_after_a_cue_goes_for_both_sides(deid, others, text):
    assert TAIL in others.kinds_in(text), (text, others.kinds_in(text))
    out = redacted(deid, text)
    assert "1200" not in out and "<" in out, out
    assert not others.kinds_in(out), (out, others.kinds_in(out))


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "took 1200 mg at noon", "walked 1200 steps", "2 x 1200 mg", "the trial ends in 2026", "calorie goal 1200 a day",
    "her number of pills ends in 1200 mg", "x 1200 mg",
])
def test_four_figures_without_a_phone_cue_stay(deid, others, text):
    assert redacted(deid, text) == text
    assert TAIL not in others.kinds_in(text), others.kinds_in(text)


# --------------------------------------------------------------------------- another patient's MRN in groups

@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("mrn 0099-1122 on file", "1122"), ("her chart number 0099 1122", "1122"), ("Rosa's MRN is 00.99.11.22", "22"),
    ("MRN: 0099/1122", "1122"), ("mrn 00,991,122", "122"), ("medical record number 0099_1122", "1122"),
])
def test_another_patients_mrn_with_separators_goes_for_both_sides(deid, others, text, secret):
    assert "mrn" in others.kinds_in(text), (text, others.kinds_in(text))
    out = redacted(deid, text)
    assert secret not in out and "<" in out, out
    assert not others.kinds_in(out), (out, others.kinds_in(out))


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["she is 991,122 in our system", "ref 0099 1122 for the other lady", "99.11.22"])
def test_the_residual_pass_takes_another_patients_mrn_in_groups(others, text):
    counts: Counter[str] = Counter()
    out = others.redact(text, counts)
    assert "<MRN>" in out and counts["MRN"] == 1, out
    assert not others.kinds_in(out), others.kinds_in(out)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["took 1,200 mg", "BP 120/80", "walked 9,911 steps", "lot 0099-1123"])
def test_groups_of_figures_that_are_no_mrn_stay_for_the_check(others, text):
    assert "mrn" not in others.kinds_in(text)
    assert others.redact(text, Counter()) == text


# --------------------------------------------------------------------------- Arabic teens in a phone said in words

OWNER_ARABIC_PHONES = [
    ("(555) 512-3417", "رقمي خمسة خمسة خمسة خمسة اثنا عشر ثلاثة أربعة واحد سبعة", "اثنا"),
    ("(555) 512-3417", "هاتفي خمسة خمسة خمسة خمسة اثني عشر ثلاثة أربعة واحد سبعة", "اثني"),
    ("(555) 513-4417", "رقمي خمسة خمسة خمسة خمسة ثلاث عشرة أربعة أربعة واحد سبعة", "عشرة"),
    ("(555) 511-4417", "رقمي خمسة خمسة خمسة خمسة أحد عشر أربعة أربعة واحد سبعة", "أحد"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("phone", "text", "secret"), OWNER_ARABIC_PHONES)
def test_the_owners_phone_with_an_arabic_teen_goes(deid, phone, text, secret):
    patient = probes.owner(phone=phone)
    probes.assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("رقمها خمسة خمسة خمسة اثنا عشر ثلاثة أربعة سبعة", "اثنا"),
    ("هاتفها ٥٥٥ اثني عشر ثلاثة اربعة سبعة", "اثني"),
])
def test_anybodys_phone_with_an_arabic_teen_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"phone-shaped number in digit words"})


@pytest.mark.verifies("REQ-DEID-001")
def test_an_arabic_teen_is_read_as_its_figures():
    assert said_digits_as_figures("خمسة اثنا عشر ثلاثة") == "5 12 3"
    assert said_digits_as_figures("خمسة اثني عشر ثلاثة") == "5 12 3"
    assert said_digits_as_figures("خمسة ثلاث عشرة ثلاثة") == "5 13 3"
    assert said_digits_as_figures("خمسة أحد عشر ثلاثة") == "5 11 3"


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["أخذت اثني عشر قرصا", "عمري اثنا عشر عاما"])
def test_an_arabic_teen_alone_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- feast birthdays without a year

OWNER_FEAST_BIRTHDAYS = [
    ("1944-12-24", "urodziny w Wigilię", "Wigili"),
    ("1944-12-24", "mama urodziła się w Wigilię", "Wigili"),
    ("1950-12-25", "urodziny ma w Boże Narodzenie", "Narodzenie"),
    ("1950-12-25", "born on Christmas Day", "Christmas"),
    ("1950-03-17", "my birthday is on St Patrick's Day", "Patrick"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("dob", "text", "secret"), OWNER_FEAST_BIRTHDAYS)
def test_the_owners_birthday_said_by_a_feast_without_a_year_goes(deid, dob, text, secret):
    patient = probes.owner(dob=datetime.date.fromisoformat(dob))
    probes.assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["kolacja w Wigilię była pyszna", "apteka zamknięta w Boże Narodzenie"])
def test_a_polish_feast_that_dates_nobody_stays(deid, text):
    patient = probes.owner(dob=datetime.date(1944, 12, 24))
    assert "<DATE>" not in redacted(deid, text, patient)
    assert not probes.owner_kinds(patient, text)


# --------------------------------------------------------------------------- ages over 89

AGES = [
    ("grandma edna 94", "94"), ("grandpa joe 97 still drives", "97"), ("she 95", "95"), ("she 95, he 93", "93"),
    ("he 96 and still drives", "96"), ("he's 96 now", "96"), ("she's 95", "95"), ("my husband's 93", "93"),
    ("my wife’s 91 this year", "91"), ("mom and dad 95", "95"), ("grandma said dad 96", "96"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), AGES)
def test_an_age_after_a_person_goes_for_both_sides(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, AGE)
    assert "<AGE>" in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Jahrgang 30", "30"), ("Opa, Jg. 31", "31"), ("babcia, rocznik 29", "29"), ("Oma ist Jahrgang 28", "28"),
])
def test_two_figures_of_a_cohort_over_89_go_for_both_sides(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, BIRTH_YEAR)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "dog (95)", "BP 95/60", "95 mg", "SpO2 94", "glucose 96", "she 95 mg", "mom ran 95", "dad ate 95 grapes",
    "patient 94 in the study", "Jahrgang 45", "classe 30 studenti", "he weighs 96 kg", "grandma took 95 mg",
])
def test_numbers_that_are_no_age_stay(deid, text):
    out = redacted(deid, text)
    assert out == text, out
    assert AGE not in shape_kinds(text) and BIRTH_YEAR not in shape_kinds(text), shape_kinds(text)


@pytest.mark.verifies("REQ-DEID-005")
def test_a_room_is_no_age(deid):
    assert "<AGE>" not in redacted(deid, "room 94")
    assert AGE not in shape_kinds("room 94")


# --------------------------------------------------------------------------- cost

PIECES = ["her number ends in 1200 ", "x1200 ", "call on ...1200 ", "mrn 0099-1122 ", "grandma edna 94 ", "she 95 ",
          "Jahrgang 30 ", "خمسة اثنا عشر ", "urodziny w Wigilię "]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", PIECES)
def test_round23_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
