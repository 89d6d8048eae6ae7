"""The twenty-second black-box round's ages over 89 (HIPAA Safe Harbor aggregates every age over 89 and removes every
date element that reveals one), each both ways:

a. an age right after a person's relation and name, set off by blanks, dashes or parentheses ("Aunt Bea 96 and Uncle
   Sol 98", "Grandma Edna 94 still does her pillbox", "Mom — 93 —", "the nonagenarian next door (97!)"): the redactor
   writes ``<AGE>`` (``recognizers._AGE_AFTER_KIN_AND_NAME``, ``_AGE_IN_PARENTHESES_NEAR_A_PERSON``), the check counts
   an age over 89 (``leakshapes.has_age_by_a_person``), both from ``agewords``' and ``peoplewords``' words;
b. other languages: the Polish age word before the figure ("pacjentka lat 94") and the Turkish "97 yaşına girdi";
c. the year of a birth cohort ("la nonna, classe 1930", "Oma (Jg. 1930)", "rocznik '30", "born '29"): the redactor
   (``recognizers._COHORT_YEAR``) and the check (``leakshapes.has_old_birth_year``) read ``agewords.BIRTH_COHORT_WORDS``;
d. an ordinary number after a name (a dose, a room, a count with a unit, a temperature, a year of a visit, a younger
   cohort) is no age to either side.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import redacted, shape_kinds

AGE = "age over 89"
BIRTH_YEAR = "year of birth over 89"

AGES_AFTER_A_PERSON = [
    ("Aunt Bea 96 and Uncle Sol 98", "96"), ("Aunt Bea 96 and Uncle Sol 98", "98"),
    ("Grandma Edna 94 still does her pillbox", "94"), ("Mom — 93 — lives with us", "93"),
    ("patient's mother — 91 — was here today", "91"), ("Grandpa Joe - 95 - came along", "95"),
    ("mom 93 and dad 95", "95"), ("mi abuela Rosa 92 vive sola", "92"), ("Opa Heinz 96 wohnt bei uns", "96"),
    ("the nonagenarian next door (97!)", "97"), ("my neighbour upstairs (93) still drives", "93"),
    ("Tía Carmen 95 vive con nosotros", "95"), ("Oma Hilde — 94 — wohnt allein", "94"),
    ("Aunt Bea, 96, and Uncle Sol, 98", "98"), ("Grandpa Joe, 97, still drives", "97"),
    ("Grandma Edna (94) visits", "94"),
]


AGES_IN_OTHER_LANGUAGES = [
    ("babcia ma 94 lat", "94"), ("pacjentka lat 94", "94"), ("dziadek, lat 96, mieszka sam", "96"),
    ("büyükannem 96 yaşında", "96"), ("dedem 97 yaşına girdi", "97"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), AGES_AFTER_A_PERSON + AGES_IN_OTHER_LANGUAGES)
def test_an_age_after_a_person_or_a_polish_or_turkish_age_word_goes_for_both_sides(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, AGE)
    assert "<AGE>" in redacted(deid, text)


COHORT_YEARS = [
    ("la nonna, classe 1930", "1930"), ("Nonno Gino, classe 1929, sta bene", "1929"), ("Oma (Jg. 1930)", "1930"),
    ("Opa ist Jg. ’31", "31"), ("Jahrgang 1931", "1931"), ("born '29", "29"), ("b. 1932", "1932"),
    ("rocznik 1930", "1930"), ("rocznik '30", "30"), ("classe '30", "30"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), COHORT_YEARS)
def test_a_birth_cohort_year_of_a_person_over_89_goes_for_both_sides(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, BIRTH_YEAR)


#: (text, the figure that stays): a dose, a count with a unit, a weight, a temperature, a year of a visit, a reading,
#: a medicine's dose, a pulse, a blood pressure
NUMBERS_AFTER_A_NAME = [
    ("Aunt Bea 96 mg twice a day", "96"), ("Grandma Edna 94 mg daily", "94"), ("Grandpa Joe 92 steps today", "92"),
    ("Dad 95 kg", "95"), ("Uncle Sol 98.6 this morning", "98.6"), ("Grandma Edna 1994 visit", "1994"),
    ("Uncle Sol '94 trip", "'94"), ("Mom — 93 mg —", "93"), ("Mom — visited in 1995 —", "1995"),
    ("mom checked her sugar (95)", "95"), ("patient 94 in the study", "94"), ("Dr. Hale 95 percent sure", "95"),
    ("Mom Lipitor 90 daily", "90"), ("mom 93 bpm", "93"), ("Grandpa Joe 97 over 60 this morning", "97"),
    ("Aunt Bea, 96 mg at night", "96"), ("thanks Mom, 95 minutes on hold", "95"),
    ("mom said 95 was too many", "95"), ("dad ate 95 grapes", "95"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "figure"), NUMBERS_AFTER_A_NAME)
def test_an_ordinary_number_after_a_name_stays(deid, text, figure):
    out = redacted(deid, text)
    assert figure in out and "<AGE>" not in out, out
    assert AGE not in shape_kinds(text), text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["Aunt Bea, room 96", "Uncle Sol room 98"])
def test_a_room_after_a_name_is_no_age(deid, text):
    assert "<AGE>" not in redacted(deid, text)
    assert AGE not in shape_kinds(text), text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["la nonna, classe 1950", "Jahrgang 1960", "born '49", "rocznik 1975"])
def test_a_younger_cohort_year_is_no_age(deid, text):
    assert "<AGE>" not in redacted(deid, text)
    assert BIRTH_YEAR not in shape_kinds(text), text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", ["Aunt Bea 96 ", "Mom — 93 — ", "neighbor next door (97!) ", "mom Bea Bea Bea ",
                                   "lat 94 ", "classe 1930 Jg. '31 "])
def test_reading_ages_after_a_person_costs_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
