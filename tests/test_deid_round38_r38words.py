"""Round 38 (r38words): ordinary words taken as persons by the NER or the name readings.

Redactor: a feast in its cases ("Juhannuksena", "Midsommarafton", "Wielki Piątek", "Iftar") is no person, and a feast
opening a person's find is cut off it ("Pääsiäisenä <Liisa>"); a month's name that is also a name ("Avril", "Mayo",
"Mai") is the month after a preposition of time, before "last"/"next" or before a verb and its subject pronoun ("Mai
ging ich"); a verb of taking that is also a name is the verb when it is the whole message ("Tomo."); verbs, roles and
number words that are nobody's name ("Kävin", "Uzela", "Popio", "berumur", "apotekaren", "Hoitaja") are no person
and are cut off a name's find ("Hoitaja <Virtanen>"); an Indonesian everyday word opening a sentence ("Ada yang").
Check: a capitalised verb of taking with its object after a kin word ("Mi madre Toma la metformina"), a word of age
before a figure after a kin word ("Ibu saya berumur 70"), a month before "last"/"next" ("Avril dernier", "Mayo pasado")
and Uzbek prose ("dori olib keldi") are no names. Names that are words still go ("my son Chase", "Avril said").
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    free_text_kinds,
    redacted,
)

#: feasts, months, verbs and roles of many languages where the NER or the name readings saw a person
ORDINARY_WORDS_KEPT = [
    "Juhannuksena unohdin ottaa lääkkeen.",
    "Midsommarafton glömde jag tabletten.",
    "Wielki Piątek zapomniałem o leku.",
    "Vappuna unohdin lääkkeen.",
    "Avril dernier j'ai arrêté le traitement.",
    "Mayo pasado dejé la pastilla.",
    "Tomo.",
    "Avril:",
    "Uzela sam lijek jutros.",
    "Popio sam tabletu.",
    "Zaboravila sam lijek.",
    "Sankthansaften glemte jeg pillen.",
    "Karfreitag habe ich die Tablette vergessen.",
    "en Avril j'ai oublié mes comprimés.",
    "Mayo próximo vuelvo al médico.",
    "Toma.",
    "Ibu saya berumur 70 tahun.",
    "Ada yang lupa minum obat.",
    "dori olib keldi",
    "Mi madre Toma la metformina.",
    "mi padre Toma sus pastillas",
]


@pytest.mark.parametrize("text", ORDINARY_WORDS_KEPT)
def test_an_ordinary_word_is_no_person(deid, index, text):
    assert_free_text_kept(deid, index, text)


#: a month, a feast or a verb or role beside a name: the word stays, the name goes
@pytest.mark.parametrize(("text", "kept", "secret"), [
    ("Mai ging ich zum Arzt, Schulz war da.", "Mai ging ich", "Schulz"),
    ("Hoitaja Virtanen soitti eilen.", "Hoitaja", "Virtanen"),
    ("Jag pratade med apotekaren Lindqvist igår.", "apotekaren", "Lindqvist"),
    ("Pääsiäisenä Liisa unohti lääkkeen.", "Pääsiäisenä", "Liisa"),
    ("Fui a Mayo y olvidé la pastilla, dijo Fernanda Quiroga.", "Fui a Mayo", "Quiroga"),
    ("Popila sam lijek, Marija je rekla.", "Popila sam lijek", "Marija"),
    ("Otin lääkkeen, hoitaja Mäkinen sanoi.", "hoitaja", "Mäkinen"),
])
def test_the_word_stays_and_the_name_beside_it_goes(deid, index, text, kept, secret):
    out = redacted(deid, text)
    assert kept in out and secret not in out, out
    assert not free_text_kinds(index, out), free_text_kinds(index, out)


#: names that are words still go (recall first)
@pytest.mark.parametrize(("text", "secret"), [
    ("my son Chase forgot his pills", "Chase"),
    ("daughter Rosalind picks up the refill", "Rosalind"),
    ("Pilar said she took it", "Pilar"),
    ("Avril said she would call", "Avril"),
    ("ma fille Avril est venue", "Avril"),
    ("mi hijo Tomás la llamó ayer", "Tomás"),
    ("Llamé a Avril ayer.", "Avril"),
    ("Ada Lovelace called me", "Ada"),
])
def test_a_name_that_is_a_word_still_goes(deid, index, text, secret):
    assert secret not in redacted(deid, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("mi hijo Tomás la llamó ayer", "name after a relation word"),
    ("Avril said she would call", "name where a person stands"),
    ("my daughter April forgot", "name after a relation word"),
])
def test_the_check_still_sees_names_that_are_words(index, text, kind):
    assert kind in free_text_kinds(index, text)


@pytest.mark.parametrize("text", ["Nenek saya berumur <AGE> tahun.", "Ibu saya berumur 91 tahun"])
def test_a_word_of_age_after_a_kin_word_is_no_name_for_the_check(index, text):
    assert "name after a relation word" not in free_text_kinds(index, text)


def test_a_name_in_uzbek_prose_still_goes(deid, index):
    assert_free_text_caught(deid, index, "Dilnoza Karimova olib keldi dori", "Karimova")


def test_cost_of_the_round38_word_readings(deid, index):
    assert_cost_in_proportion(deid, index, "Juhannuksena unohdin. Avril dernier j'ai arrêté. Hoitaja Virtanen soitti. "
                              "Uzela sam lijek. Mi madre Toma la metformina. dori olib keldi. ", sizes=(125, 500))
