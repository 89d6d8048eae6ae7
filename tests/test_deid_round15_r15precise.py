"""The fifteenth round's over-redactions and over-refusals (an outside tester's): ordinary text the redactor took out or
the leak check refused, which stops a whole lake's publish. Each kind with the identifier of the same shape that must
still go (recall first):

1. clinical numbers read as the owner's birthday: a reading after a laboratory word ("INR 2.10" for an owner born on
   10 February), a dose with its unit ("17.11 mg"), a count of doses or a score ("8/8 doses", "pain 8/8"); with a
   birth word ("bday 8/8", "born 17.11") still a birthday (:mod:`features.deid.readingwords`, read by
   ``text._a_reading`` and by the check's ``_a_dose_or_reading``);
2. the owner's name parts that are everyday words in an ordinary phrase: a common English word or another language's
   noun after an article, a quantifier or a possessive, or before a preposition ("the summers here are hot",
   "tengo dolores de cabeza"), a word derived from a part ("a brownie" for Brown), a name particle starting a
   sentence ("La insulina se acabó" for Maria La Rosa); a name in a greeting or an introduction stays a name;
3. medicines' clipped names ("Atorva 20 mg", "Metfo", "Rosuva"), never a person;
4. a Japanese clause the NER read romanised ("薬がなくなりました": I have run out of medicine), no place or person;
5. a symptom in two words one of which is a name ("Brain Fog all week"; "brain fog" for an owner called Brian).

For each, the redactor and the check (its own reading in :mod:`features.deid.leakcheck`) are asserted."""

from __future__ import annotations

import datetime

import pytest

from features.deid.text import TextDeidentifier
from tests.deid_probes import (
    assert_cost_grows_linearly,
    assert_free_text_kept,
    assert_owner_caught,
    check_index,
    owner,
    owner_kinds,
    redacted,
)


def _assert_kept(deid: TextDeidentifier, patient, text: str) -> None:
    """The redactor leaves ``text`` as it is and the check sees nothing of the owner's in it."""
    assert redacted(deid, text, patient) == text
    assert not owner_kinds(patient, text), owner_kinds(patient, text)


# --------------------------------------------------------------------------- 1. clinical numbers, no birthday

FEB_10 = owner("Dana Kim", dob=datetime.date(1950, 2, 10))
NOV_17 = owner("Dana Kim", dob=datetime.date(1950, 11, 17))
AUG_8 = owner("Dana Kim", dob=datetime.date(1950, 8, 8))
MAR_4 = owner("Dana Kim", dob=datetime.date(1958, 3, 4))

READINGS = [
    (FEB_10, "INR 2.10 today, warfarin same"),
    (FEB_10, "my INR was 2.10 this week"),
    (FEB_10, "A1c 10.2 last month, ugh"),
    (FEB_10, "potassium 2.10 per the lab"),
    (NOV_17, "took 17.11 mg of the liquid"),
    (NOV_17, "11.17 ml of the syrup"),
    (AUG_8, "took 8/8 doses this week"),
    (AUG_8, "pain 8/8 today"),
    (AUG_8, "8/8 pills taken"),
    (MAR_4, "dolor 4/3 hoy, mejor"),
    (MAR_4, "tomé 3/4 pastillas"),
    (MAR_4, "Blutzucker heute 4.03"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text"), READINGS)
def test_a_reading_or_a_dose_is_no_birthday(deid, patient, text):
    _assert_kept(deid, patient, text)


BIRTHDAYS = [
    (AUG_8, "bday 8/8", "8/8"),
    (NOV_17, "born 17.11", "17.11"),
    (FEB_10, "my birthday is 2/10, INR fine", "2/10"),
    (AUG_8, "cumpleaños 8/8, dolor leve", "8/8"),
    (NOV_17, "dob 11/17 pain 3/10", "11/17"),
    (MAR_4, "3/4 is my bday, took 2 pills", "3/4"),
    (FEB_10, "see you 2/10 at the clinic", "2/10"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), BIRTHDAYS)
def test_the_birthday_with_a_birth_word_or_no_reading_still_goes(deid, patient, text, secret):
    assert_owner_caught(deid, patient, text, secret)


# The check's list of birth words: a second, shorter list once replaced it at import, so "turn" and the Polish
# "urodzona" beside a reading word let the owner's month and day pass as a reading.
CHECK_BIRTHDAYS = [
    (MAR_4, "I turn 68, INR 3/4", "3/4"),
    (MAR_4, "turns 68, sugar 3/4", "3/4"),
    (AUG_8, "urodzona pain 8/8", "8/8"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), CHECK_BIRTHDAYS)
def test_the_check_reads_every_birth_word_beside_a_reading(patient, text, secret):
    assert "date_of_birth" in owner_kinds(patient, text), (text, secret)


# --------------------------------------------------------------------------- 2. name parts that are everyday words

EVERYDAY = [
    (owner("Paul Summers"), "the summers here are hot, I sweat a lot"),
    (owner("Paul Summers"), "these summers are too humid for my inhaler"),
    (owner("Dolores Garcia"), "tengo dolores de cabeza desde ayer"),
    (owner("Dolores Garcia"), "muchos dolores hoy, tomé la pastilla"),
    (owner("Remedios Cruz"), "los remedios de la abuela no sirven"),
    (owner("Anne Brown"), "had a brownie with my pills"),
    (owner("Hope Adams"), "my hope is to stop the pills soon"),
    (owner("Maria La Rosa"), "La insulina se acabó ayer"),
    (owner("Maria La Rosa"), "LA INSULINA SE ACABO"),
    (owner("Jan de Vries"), "De insuline is op"),
    (owner("Fatima Zahra El Idrissi"), "El médico dijo que sí. La pastilla es nueva"),
    (owner("Fatima Zahra El Idrissi"), "Gracias! El jarabe ya llegó"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text"), EVERYDAY)
def test_a_name_part_that_is_an_everyday_word_in_an_ordinary_phrase_stays(deid, patient, text):
    _assert_kept(deid, patient, text)


NAMES = [
    (owner("Paul Summers"), "hello summers, your refill is ready", "summers"),
    (owner("Paul Summers"), "summers here, need refill", "summers"),
    (owner("Dolores Garcia"), "this is dolores, need refill", "dolores"),
    (owner("Dolores Garcia"), "soy dolores garcia", "dolores"),
    (owner("Anne Brown"), "the browns are away this week", "browns"),
    (owner("Hope Adams"), "this is hope", "hope"),
    (owner("Maria La Rosa"), "La Rosa here, need refill", "La Rosa"),
    (owner("Maria La Rosa"), "MARIA LA ROSA", "LA ROSA"),
    (owner("Jan de Vries"), "De Vries hier, pillen op", "Vries"),
    (owner("Dana Kim"), "hello kim, your refill is ready", "kim"),
    (owner("Fatima Zahra El Idrissi"), "ask El about it", "El"),
    (owner("Hemi Te Rangi"), "this is Te from the clinic", "Te"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), NAMES)
def test_the_same_words_standing_as_the_owners_name_still_go(deid, patient, text, secret):
    assert_owner_caught(deid, patient, text, secret)


# --------------------------------------------------------------------------- 3.-5. third parties' look-alikes

ORDINARY = [
    "Atorva 20 mg daily, no issues",
    "Took my Atorva and Metfo this morning",
    "Rosuva 10 and Amlo 5 at night",
    "薬がなくなりました",
    "昨日、薬がなくなりました。",
    "Brain Fog all week since the new med",
    "still have brain fog and hot flashes",
    "tengo dolores de cabeza desde ayer",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ORDINARY)
def test_clipped_medicines_japanese_clauses_and_symptoms_are_no_one(deid, text):
    assert_free_text_kept(deid, check_index(), text)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("Dr. Gaba called about my dose", "Gaba"),
    ("田中さんが薬をくれました", "田中"),
    ("Brian Fogarty picked up my pills", "Fogarty"),
])
def test_names_beside_these_words_still_go(deid, text, secret):
    assert secret not in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-005")
def test_a_symptom_is_no_owner_name_by_ear(deid):
    brian = owner("Brian Fogg")
    _assert_kept(deid, brian, "I have brain fog since the new med")
    assert_owner_caught(deid, brian, "this is brian, brain fog again", "brian")


@pytest.mark.verifies("REQ-DEID-005")
def test_the_readings_cost_time_in_proportion(deid):
    """100k characters of readings and everyday words: the redactor's and the check's new readings stay linear."""
    patient = owner("Paul La Summers", dob=datetime.date(1950, 2, 10))
    piece = "INR 2.10 took 8/8 doses, the summers here, brain fog. La insulina. "
    assert_cost_grows_linearly(lambda n: redacted(deid, piece * n, patient), sizes=(250, 1000))
    assert_cost_grows_linearly(lambda n: owner_kinds(patient, piece * n), sizes=(250, 1000))
