"""Round 35 (lead): a known given name that opens a clause before a verb of going, taking or forgetting is a person
for both sides, in the languages of Western Europe, whether or not the name is a word elsewhere.

Left open after round 34: the check read no given name opening a Spanish sentence before its verb ("Ana fue a la
farmacia": "ana" is Turkish for mother, an everyday word to the check), and the redactor, which took it by its NER,
kept "Allen ging zur Apotheke" and "Royal forgot the evening dose" (words elsewhere, no cue).
"""

from __future__ import annotations

import pytest

from features.deid.everydaywords import day_words
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
)

GIVEN_NAMES_BEFORE_A_VERB = [
    ("Ana fue a la farmacia por el Eutirox.", "Ana"),
    ("Ayer Lucía tomó su Sintrom antes de cenar.", "Lucía"),
    ("Rocío olvidó la dosis de la noche.", "Rocío"),
    ("Joana foi à farmácia buscar o Glifage.", "Joana"),
    ("Ontem Thiago esqueceu o Losartan.", "Thiago"),
    ("Giulia è andata in farmacia per il Coumadin.", "Giulia"),
    ("Amélie est allée chercher le Doliprane.", "Amélie"),
    ("Hier Mathis a oublié son Kardégic.", "Mathis"),
    ("Allen ging zur Apotheke wegen Ramipril.", "Allen"),
    ("Jonas hat vergessen, die Tabletten zu holen.", "Jonas"),
    ("Daan haalt de Metformine morgen.", "Daan"),
    ("Sanne is gegaan om de pillen te halen.", "Sanne"),
    ("Royal forgot the evening dose again.", "Royal"),
    ("Ana went to the pharmacy for my Xarelto.", "Ana"),
    ("Kimberly needs the refill by Friday.", "Kimberly"),
    ("ANA FUE A LA FARMACIA.", "ANA"),
]

NOTHING_TO_TAKE = [
    "Mi hija fue a la farmacia por el Eutirox.",
    "El Sintrom fue caro este mes.",
    "La farmacia fue amable y el Eutirox va bien.",
    "The pharmacy went quiet after 6 pm.",
    "Walgreens needs my insurance card again.",
    "Metformin needs to be taken with food.",
    "Mein Sohn ging zur Apotheke.",
    "Il medico è andato in ferie.",
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), GIVEN_NAMES_BEFORE_A_VERB)
def test_a_given_name_before_a_verb_of_going_is_a_person_for_both_sides(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"name where a person stands"})


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", NOTHING_TO_TAKE)
def test_a_verb_of_going_after_no_given_name_is_kept(deid, index, text):
    assert_free_text_kept(deid, index, text)


def test_the_words_of_the_days_come_from_babels_public_locale_data():
    """The day words are read through ``babel.localedata.get_locale_data`` (no private attribute); a word of each
    of a few languages stands for the whole table."""
    assert {"vakar", "jučer", "mâine", "heddiw", "gisteren"} <= day_words()


def test_the_given_name_reading_cost_grows_linearly(deid, index):
    assert_cost_in_proportion(deid, index, "Ana fue a la farmacia; Giulia è andata; the pharmacy went quiet. ",
                              sizes=(125, 500))
