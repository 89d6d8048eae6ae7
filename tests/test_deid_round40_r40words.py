"""Round 40 (r40words): everyday words taken as people, and countries taken as places, by one side or both.

(a) A word of another script that sounds as a short name part of the owner's (three sound groups: "Mark", "Park") but
    is an everyday word of its own language spelt with other consonants ("امروز", today; "больше", more) is no name to
    either side (everydaywords.heard_as_a_word_of_its_own); the owner's name written in that script still goes.
(b) Words that are nobody's name where they stand, after a kin word or opening a sentence (peoplewords.
    WORDS_OF_NO_NAME_BY_LANGUAGE, MODALS_THAT_ARE_NAMES, no_name_where_it_stands): verbs of calling and taking, object
    pronouns, long number words, an English modal before a bare verb; a real name in the same place still goes.
(c) A country with as many people as a US state is no subdivision smaller than a state (worldwords.
    a_state_sized_country): kept by the redactor and not refused by the check; a small one and a town still go.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

#: (a) everyday words of other scripts heard as an owner's short name part, by owner
SOUNDED_WORDS_KEPT = [
    ("Mark Lee", "امروز صبح قرصم را خوردم"),
    ("Mark Lee", "Дякую, мені вже краще"),
    ("Nina Park", "Мне стало больше сил после лекарства"),
    ("Nina Park", "Стало більше болю вночі"),
    ("Nina Park", "Την Παρασκευή ξέχασα το χάπι"),
    ("Nina Park", "שוב בראש הרשימה"),
]
#: (a) the owner's short name part in that script still goes, for both sides
SOUNDED_NAMES_GONE = [
    ("Mark Lee", "مارک قرص را فراموش کرد", "مارک"),
    ("Nina Park", "Звонила Нина вчера вечером", "Нина"),
    ("Mark Lee", "Μαρκ εδώ, πήρα το χάπι", "Μαρκ"),
    ("Nina Park", "פארק התקשר אתמול", "פארק"),
    ("Nina Park", "بارك اتصل أمس", "بارك"),
]


@pytest.mark.parametrize(("name", "text"), SOUNDED_WORDS_KEPT)
def test_an_everyday_word_heard_as_a_short_name_is_kept(deid, name, text):
    probes.assert_owner_text_kept(deid, probes.owner(name), text)


@pytest.mark.parametrize(("name", "text", "secret"), SOUNDED_NAMES_GONE)
def test_the_owners_short_name_in_another_script_still_goes(deid, name, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, probes.owner(name), text, secret)


#: (b) words of no name after a kin word or opening a sentence, in many languages
WORDS_OF_NO_NAME_KEPT = [
    "mama zavolaj mi zajtra prosím",
    "Zavolajte mi dnes",
    "babcia bierze leki wieczorem",
    "Zadzwoń jutro proszę",
    "moje mama Zavolej mi",
    "babam Beni ara lütfen",
    "Bana hemen ara",
    "mein Vater Ruf mich an",
    "mijn dochter vierendertig jaar",
    "min pappa Ring mig imorgon",
    "mi abuela Llámame mañana",
    "my mother May come by later today",
    "my husband Will bring the pills tonight",
]
#: (b) a name in the same place still goes, and the check sees it
NAMES_IN_THEIR_PLACE_GONE = [
    ("mama Jana zavolaj mi", "Jana"),
    ("annem Ayşe geldi bugün", "Ayşe"),
    ("my mother May is coming tomorrow", "May"),
    ("my son Will picked it up", "Will"),
]


#: (c) countries the size of a state or larger, after words of living, moving or coming
COUNTRIES_KEPT = [
    "we lived in Jordan for ten years",
    "Wir wohnen jetzt in Polen",
    "nos mudamos a Colombia en 2019",
    "mudei para Portugal no ano passado",
    "vivo en Jordania desde hace poco",
]
#: (c) a country smaller than the smallest state, and a town, still go
PLACES_GONE = [
    ("we moved to Andorra last spring", "Andorra"),
    ("vivo en Zapopan desde 2010", "Zapopan"),
]



@pytest.mark.parametrize("text", WORDS_OF_NO_NAME_KEPT + COUNTRIES_KEPT)
def test_a_word_of_no_name_or_a_state_sized_country_is_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.parametrize(("text", "secret"), NAMES_IN_THEIR_PLACE_GONE + PLACES_GONE)
def test_a_name_in_their_place_a_small_country_or_a_town_still_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


def test_san_juan_is_a_town_unless_a_feast_says_otherwise(deid, index):
    """Decided: "en San Juan" after a verb of going is the town (recall first); after "noche de" it is the feast."""
    out = probes.redacted(deid, "voy a misa en San Juan")
    assert "San Juan" not in out, out
    probes.assert_free_text_kept(deid, index, "la noche de San Juan olvidé la pastilla")


def test_the_readings_cost_in_proportion(deid, index):
    piece = ("mama zavolaj mi zajtra. my mother May come by. we lived in Jordan. "
             "مارک امروز، больше Παρασκευή. mijn zoon negenentwintig jaar. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
