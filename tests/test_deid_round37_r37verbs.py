"""Round 37 (r37verbs): over-redactions and a wrong refusal of everyday messages (issue 13).

An everyday word opening a sentence before a verb read as a given name going ("Hoy tomo la pastilla", "Dann ging
ich"), a lower-case verb of taking after a kin word read as the relative's name ("Mi madre toma la metformina"), the
check refusing every placeholder of a text in a script with no spaces ("我1951年出生在<CITY>"), the phone matcher
eating the hour of a time range ("call 555 123 4567 - 5 pm"), and "Addr" read as a person.
"""

from __future__ import annotations

import pytest

from features.deid.leakcheck import glued_to_a_placeholder
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    free_text_kinds,
    redacted,
)

#: an adverb, pronoun or conjunction of Spanish, German, Italian opening a sentence before a verb of going, taking or
#: saying; the NER's "ya tomé la" of the same kind
OPENING_WORDS_KEPT = [
    "Hoy tomo la pastilla",
    "Hoy dijo el médico que sí.",
    "Dann ging ich zur Apotheke",
    "Dann sagte der Apotheker nein.",
    "Dann nahm ich die Tablette.",
    "Sie nahm die Tablette",
    "Ora sono andata in farmacia",  # (Italian "Ed è andata" stays a name: "Ed said", recall first)
    "ya tomé la pastilla",
    "Hasta tomé la pastilla.",
    "Lo tomé ayer",
    "Una toma por la noche",
]


#: a given name of those languages' (or the US's) lists in the same place still goes
NAMES_BEFORE_A_VERB = [
    ("Ana fue a la farmacia", "Ana"),
    ("Pilar dijo que sí", "Pilar"),
    ("Jan at the pharmacy said it was ready", "Jan"),
    ("Grace said ok", "Grace"),
    ("Otto ging zur Apotheke", "Otto"),
    ("Sara fue a la farmacia", "Sara"),
    ("Allen ging zur Apotheke", "Allen"),
    ("Hoy Ana fue a la farmacia", "Ana"),
    # the short and word-like English names and Scandinavia's, though a word of some language ("ed", "will", "anders")
    ("Ed said he would bring it", "Ed"),
    ("Will said the pharmacy called", "Will"),
    ("Anders ging zur Apotheke", "Anders"),
]


#: a lower-case verb of taking after a kin word, its object after it
VERBS_AFTER_KIN_KEPT = [
    "Mi madre toma la metformina",
    "La madre toma la insulina",
    "Mi padre toma la pastilla",
    "Mi esposa toma la vitamina",
    "Mi abuela toma la aspirina",
    "mi padre toma lo que le dieron",
    "mi hijo toma las pastillas",
    "meu pai toma o remédio",
    "mia madre prende la pillola",
]


@pytest.mark.parametrize("text", OPENING_WORDS_KEPT + VERBS_AFTER_KIN_KEPT)
def test_an_opening_word_or_a_verb_of_taking_before_its_object_is_kept(deid, index, text):
    assert_free_text_kept(deid, index, text)


#: a relative's name there, capitalised or with a person's verb after it (a clitic before a verb), still goes
KIN_NAMES = [
    ("Mi hijo Tomo llamó", "Tomo"),
    ("mi hijo tomo llamó ayer", "tomo"),
    ("mi hijo tomas la llamó", "tomas"),
    ("Mi madre toma la llamó ayer", "toma"),
    ("mi hermana toma le dijo", "toma"),
]


@pytest.mark.parametrize(("text", "secret"), NAMES_BEFORE_A_VERB + KIN_NAMES)
def test_a_given_or_relatives_name_in_the_same_place_still_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


#: texts of a script with no spaces, a placeholder glued to its words
@pytest.mark.parametrize("text", [
    "我1951年出生在<CITY>",
    "私は1951年に<CITY>で生まれました",
    "1951년에<CITY>에서",
    "<CITY>に2019年から住む",
    "我2020年搬到<CITY>，现在住3年了",
])
def test_words_of_a_script_with_no_spaces_beside_a_placeholder_are_no_identifier(text):
    assert not glued_to_a_placeholder(text)


#: a real identifier's piece (figures, Latin letters) glued to a placeholder is still refused
@pytest.mark.parametrize("text", [
    "身份证110105<DATE>1234",
    "患者AB12<PHONE>号",
    "HERR<DATE>MDFRZD08",
    "电话<PHONE>1234",
    "<DATE>-2345678生まれ",
])
def test_an_identifiers_piece_glued_to_a_placeholder_is_still_refused(text):
    assert glued_to_a_placeholder(text)


@pytest.mark.parametrize(("text", "place"), [
    ("我1951年出生在北京", "北京"),
    ("私は1951年に東京で生まれました", "東京"),
])
def test_a_cjk_text_with_its_town_redacted_is_published(deid, index, text, place):
    out = redacted(deid, text)
    assert place not in out and "1951" in out, out
    assert not free_text_kinds(index, out), free_text_kinds(index, out)


#: a phone and the end of a range of hours after a dash (the number goes, the hour stays); an address after an
#: abbreviation of an ordinary word (the address goes, the word stays)
@pytest.mark.parametrize(("text", "secret", "kept"), [
    ("call 555 123 4567 - 5 pm", "4567", "- 5 pm"),
    ("call 555 123 4567 - 5pm", "4567", "- 5pm"),
    ("ruf 030 1234567 - 18 Uhr an", "1234567", "- 18 Uhr"),
    ("appelez le 06 12 34 56 78 - 17h", "56 78", "- 17h"),
    ("chiamare 333 123 4567 - 18 ore", "4567", "- 18 ore"),
    ("bel 06 12345678 - 17.30 uur", "12345678", "- 17.30 uur"),
    ("Addr: 12 Main St", "Main", "Addr: "),
    ("addr is 12 Main St", "Main", "addr is "),
    ("Adr: Hauptstraße 5", "Hauptstraße", "Adr: "),
])
def test_the_identifier_goes_and_the_time_or_word_beside_it_stays(deid, index, text, secret, kept):
    assert_free_text_caught(deid, index, text, secret)
    out = redacted(deid, text)
    assert kept in out, out


def test_a_phone_with_a_lone_figure_after_a_dash_still_goes_whole(deid):
    out = redacted(deid, "call 555 123 45 - 67 pm")
    assert "45" not in out and "67" not in out, out


def test_a_name_after_an_abbreviation_still_goes(deid, index):
    assert_free_text_caught(deid, index, "Addr Smith called", "Smith")


def test_cost_of_the_round37_verb_readings(deid, index):
    assert_cost_in_proportion(deid, index, "Hoy tomo la pastilla. Dann ging ich zur Apotheke. Mi madre toma la "
                              "metformina. call 555 123 4567 - 5 pm. Addr: 12 Main St. 我1951年出生在北京. ",
                              sizes=(125, 500))
