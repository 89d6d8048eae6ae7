"""Round 35 (lead): a known given name that opens a clause before a verb of going, taking or forgetting is a person
for both sides, in the languages of Western Europe, whether or not the name is a word elsewhere.

Left open after round 34: the check read no given name opening a Spanish sentence before its verb ("Ana fue a la
farmacia": "ana" is Turkish for mother, an everyday word to the check), and the redactor, which took it by its NER,
kept "Allen ging zur Apotheke" and "Royal forgot the evening dose" (words elsewhere, no cue).
"""

from __future__ import annotations

import pytest

from features.deid.everydaywords import day_words
from features.deid.leakcheck import glued_to_a_placeholder
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    assert_gone_and_clean,
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


#: numbers with their check characters glued to them and no word of theirs before (the 35th black-box round left
#: "<PHONE>A", "A<PHONE>"), and more of the kind: a lower-case letter, two letters, a bracketed check digit, a Taiwanese
#: ID's capital
GLUED_CHECK_CHARACTERS = [
    ("Sean will collect, 1234567A, thanks", "A,"),
    ("my wife 8473926Q is my carer", "Q "),
    ("Aunt Mei A123456(3) will come", "(3)"),
    ("maid A1234563 will bring the Norvasc", "A1234563"),
    ("身分證字號 A123456789 是我媽媽的", "A123456789"),
    ("pour mon père, 2940175123456AB, merci", "AB"),
    ("mi madre 48291736q recoge el Sintrom", "q "),
    ("neighbour 7654321WA has the spare key", "WA"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "piece"), GLUED_CHECK_CHARACTERS)
def test_a_numbers_glued_check_characters_go_with_it(deid, index, text, piece):
    assert_gone_and_clean(deid, index, text, piece)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("published", ["Sean will collect, <PHONE>A, thanks", "Aunt <PERSON> A<PHONE> will come",
                                       "my wife <ID>Q is my carer", "mi madre <PHONE>(7) recoge", "<MRN>ZX1 on file"])
def test_the_check_refuses_check_characters_left_beside_a_numbers_placeholder(published):
    assert glued_to_a_placeholder(published)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("published", ["Call <PHONE> after 6pm", "<PERSON>s pills", "on <DATE>th", "Tel. <PHONE>.",
                                       "ID <ID> (new)", "<PHONE>-ext. later", "No<PHONE>", "<PHONE> x2 daily"])
def test_words_beside_a_placeholder_are_no_check_characters(published):
    assert not glued_to_a_placeholder(published)


@pytest.mark.parametrize("text", ["Took 2 tablets at 10:30am", "Metformin 500mg x2", "BP 135/85, A1C 7.2",
                                  "Lote 12345678A del Eutirox", "HbA1c 48mmol"])
def test_figures_with_letters_of_care_are_kept(deid, index, text):
    assert_free_text_kept(deid, index, text)


def test_the_words_of_the_days_come_from_babels_public_locale_data():
    """The day words are read through ``babel.localedata.get_locale_data`` (no private attribute); a word of each
    of a few languages stands for the whole table."""
    assert {"vakar", "jučer", "mâine", "heddiw", "gisteren"} <= day_words()


def test_the_given_name_reading_cost_grows_linearly(deid, index):
    assert_cost_in_proportion(deid, index, "Ana fue a la farmacia; Giulia è andata; the pharmacy went quiet. ",
                              sizes=(125, 500))
