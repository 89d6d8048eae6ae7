"""Round 38 (r38names): persons' names in forms still missed, and a phone that ate a time's hour.

Kinds fixed, on both sides (the redactor's readings and the check's own):
* a name in capitals of two words, one a given name of the lists, in either order, with a cue or none
  ("WOJCIECHOWSKA HALINA", "Tegnap KOVÁCS ISTVÁN", "HALINA WOJCIECHOWSKA"): the redactor took one word or none, the
  check saw none after a Polish or Hungarian word; a town's two words ("SAN ANTONIO") are no pair of names;
* a role word, a given name that is a word and a surname that is a word ("Nurse Grace Young", "Nurse Young");
* the owner's nickname with a case ending (Hungarian "Ferivel", "Ferinek") or a Slavic vocative in place of its "a"
  ("Kasiu", "Basiu", "Sasho"): the redactor or the check missed them; a word that only begins with the nickname
  ("Ferihegy") stays;
* a phone's number stops before a time's hour after a dash ("555-201-4477 - 5:30 pm" was "<PHONE>:30 pm").
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_owner_gone_for_both_sides,
    assert_owner_text_kept,
    free_text_kinds,
    owner,
    redacted,
)

#: names in capitals, surname first or last, after a word of another language, a cue or none
NAMES_IN_CAPITALS = [
    ("WOJCIECHOWSKA HALINA called about the refill.", "HALINA"),
    ("Pacjentka WOJCIECHOWSKA HALINA zgłosiła się po receptę.", "WOJCIECHOWSKA"),
    ("Dzwoniła WOJCIECHOWSKA HALINA w sprawie leków.", "HALINA"),
    ("Spoke with WOJCIECHOWSKA HALINA today.", "HALINA"),
    ("Beteg: KOVÁCS ISTVÁN, gyógyszer rendben.", "KOVÁCS"),
    ("Tegnap KOVÁCS ISTVÁN felhívott.", "KOVÁCS"),
    ("ZIELIŃSKA MARIANNA przyszła dziś.", "ZIELIŃSKA"),
    ("HALINA WOJCIECHOWSKA przyszła dziś.", "WOJCIECHOWSKA"),
    ("Gestern kam SCHNEIDER JÜRGEN vorbei.", "SCHNEIDER"),
    ("Seen by Dr. NOWAK JAN.", "JAN"),
]


@pytest.mark.parametrize(("text", "secret"), NAMES_IN_CAPITALS)
def test_a_name_in_capitals_goes_whole(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"name where a person stands"})


def test_a_town_in_capitals_is_no_pair_of_names(index):
    assert "name where a person stands" not in free_text_kinds(index, "I flew to SAN ANTONIO last week.")


#: a role, then a given name and a surname that are words (or the surname alone)
NAMES_AFTER_A_ROLE = [
    ("Nurse Grace Young changed my dose.", "Young"),
    ("Nurse Young said fine.", "Young"),
    ("Pharmacist Joy Strong said it is ready.", "Strong"),
    ("Dr Hope Swift called.", "Swift"),
]


@pytest.mark.parametrize(("text", "secret"), NAMES_AFTER_A_ROLE)
def test_a_word_name_after_a_role_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"staff name after a role word"})


#: the owner's nickname with a Hungarian case ending, or a Slavic vocative or case ending in place of its "a"
INFLECTED_NICKNAMES = [
    ("Kovács Ferenc", "Ferivel beszéltem tegnap.", "Ferivel"),
    ("Kovács Ferenc", "Ferinek adtam a gyógyszert.", "Ferinek"),
    ("Katarzyna Nowak", "Kasiu, weź tabletki.", "Kasiu"),
    ("Barbara Nowak", "Basiu, weź tabletki.", "Basiu"),
    ("Aleksandr Petrov", "Sasho, prinesi lekarstvo.", "Sasho"),
]


@pytest.mark.parametrize(("name", "text", "secret"), INFLECTED_NICKNAMES)
def test_an_inflected_nickname_of_the_owner_goes(deid, name, text, secret):
    assert_owner_gone_for_both_sides(deid, owner(name), text, secret)


def test_a_word_that_begins_with_the_nickname_stays(deid):
    assert_owner_text_kept(deid, owner("Kovács Ferenc"), "Ferihegy is the airport.")


@pytest.mark.parametrize(("text", "time"), [
    ("Call 555-201-4477 - 5:30 pm tomorrow.", "5:30 pm"),
    ("Llámame al 612 345 678 - 9:15 por favor.", "9:15"),
])
def test_a_phone_stops_before_a_time(deid, index, text, time):
    out = redacted(deid, text)
    assert time in out and "<PHONE>" in out, out
    assert not free_text_kinds(index, out), free_text_kinds(index, out)


def test_cost_of_the_round38_name_readings(deid, index):
    assert_cost_in_proportion(deid, index, "Spoke with WOJCIECHOWSKA HALINA today. Tegnap KOVÁCS ISTVÁN felhívott. "
                              "Nurse Grace Young called at 555-201-4477 - 5:30 pm. ", sizes=(125, 500))
