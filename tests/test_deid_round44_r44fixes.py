"""Round 44, branch r44fixes: small kinds the 43rd black-box round found, fixed on both sides.

a. Refused (blocking): Morocco's plate with an Arabic letter before a French word the plate readings took for a time
   zone ("41289-أ-6 est devant la pharmacie": "est" read as EST), and set apart by blanks alone ("12345 ب 26"):
   shared ``worldwords.TIME_ZONES_AFTER_A_TIME`` (a zone only in capitals) and
   ``worldwords.MOROCCAN_PLATE_LETTERS_SET_APART``; redactor ``world_shapes._no_unit_after`` and
   ``_FURTHER_PLATES_ALONE``, check ``leakworld._stops_a_plate`` and ``_further_plate_words``.
b. Published: the owner's flat or building number left after the address ("Maik-Schwital-Weg 54/15" as
   "<ADDRESS>/15", "д. 3/4 к. 290" as "<ADDRESS>/4 к. 290"): shared ``worldwords.BUILDING_WORDS_AFTER_A_HOUSE``;
   redactor ``text._with_the_flat``, check ``leakplaces._FLAT_NUMBER_LEFT`` (kind "house number beside an address").
c. Wrongly refused: a SOAP note's blood pressure read as the owner's house number ("O: BP 138/86" for "138, rue
   ..."): a vital sign's word (``readingwords.READING_WORDS``, now with "rr", "resp", "sbp", "dbp", "bpm") right
   before the figures makes them no house number to ``leakplaces.numbered_street_said``.
d. Mistyped: a phone written backwards behind a right-to-left override ("\u202e3539353450\u202c call back") came
   out as "<PERSON>": the redactor's ``people._TURNED_PHONE`` types it a phone; the check sees it as before ("phone-shaped
   number", "text behind a direction override") and nothing in the output.
e. Kept by both sides: ordinary sentences with a time zone in capitals, Arabic "and" between figures, a vital sign's
   figures, a street with no flat after it.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

_PLATE = {"vehicle plate or access code"}

#: (a) Morocco's plates: a dash with any Arabic letter, blanks with a plate's letter; French, English, Arabic prose
_PLATES_CAUGHT = [
    ("la voiture de mon fils 41289-أ-6 est devant la pharmacie", "41289"),
    ("Ma fille a garé 12345 ب 26 est-ce que c'est bon ?", "12345"),
    ("My brother's car 20931 د 7 is at the clinic today.", "20931"),
    ("سيارة ابني 4471 ه 12 أمام الصيدلية", "4471"),
    ("12345-ط-40 est la plaque de mon mari.", "12345"),
]

#: (d) kept next to (a): a zone in capitals after a time, Arabic "and" between figures, doses in French
_PLATES_KEPT = [
    "The pharmacy call is at 1530 EST tomorrow.",
    "اخذت 100 و 20 حبة هذا الشهر",
    "Je prends 250 mg et il est devant moi.",
]


@pytest.mark.parametrize(("text", "secret"), _PLATES_CAUGHT)
def test_moroccan_plate_caught(deid, index, text: str, secret: str) -> None:
    probes.assert_free_text_caught(deid, index, text, secret, _PLATE)


@pytest.mark.parametrize("text", _PLATES_KEPT)
def test_moroccan_plate_kept(deid, index, text: str) -> None:
    probes.assert_free_text_kept(deid, index, text)


_GERMAN = probes.owner("Maik Schwital", "Maik-Schwital-Weg 54", "Bamberg")
_POLISH = probes.owner("Anna Nowak", "plac Moniuszki 25", "Kraków")
_RUSSIAN = probes.owner("Иван Петров", "пер. Сахалинский, д. 3", "Москва")

#: (b) the owner's flat or building after the house number, at the start, inside and at the end of a message
_FLATS_CAUGHT = [
    (_GERMAN, "Adresse: Maik-Schwital-Weg 54/15, 98344 Bamberg", "/15"),
    (_GERMAN, "Bitte schicken an Maik-Schwital-Weg 54 / 15", "15"),
    (_POLISH, "Mieszkam: plac Moniuszki 25/76, Kraków", "/76"),
    (_POLISH, "plac Moniuszki 25/76 to mój adres", "/76"),
    (_RUSSIAN, "Адрес: пер. Сахалинский, д. 3/4 к. 290, Москва", "290"),
    (_RUSSIAN, "Привезите лекарства: пер. Сахалинский, д. 3 корп. 2", "корп. 2"),
]

#: (d) kept next to (b): the owner's messages with fractions and doses but no address
_FLATS_KEPT = [
    (_GERMAN, "Ich nehme 1/2 Tablette am Abend."),
    (_POLISH, "Biorę 2/3 dawki rano."),
]


@pytest.mark.parametrize(("patient", "text", "secret"), _FLATS_CAUGHT)
def test_flat_after_address_caught(deid, patient, text: str, secret: str) -> None:
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)


@pytest.mark.parametrize(("patient", "text"), _FLATS_KEPT)
def test_flat_after_address_kept(deid, patient, text: str) -> None:
    probes.assert_owner_text_kept(deid, patient, text)


def test_published_flat_seen_by_the_check() -> None:
    from features.deid.leakplaces import house_number_left
    assert house_number_left("Adresse: <ADDRESS>/15, <ZIP> <CITY>")
    assert house_number_left("Адрес: <ADDRESS>/4 к. 290, <CITY>")
    assert house_number_left("<ADDRESS> 54/15, <ZIP>")
    assert not house_number_left("I live at <ADDRESS> and take 2 a day")


_LYON = probes.owner("Joseph Lucas", "138, rue Chantal Lucas", "Lyon")

#: (c) the owner's house number as a vital sign's reading, kept; the same figures after a house's word, caught
_READINGS_KEPT = [
    "O: BP 138/86, HR 72.",
    "Vitals: RR 138 min?? no, BP 138/90 today",
]


@pytest.mark.parametrize("text", _READINGS_KEPT)
def test_reading_no_house_number_kept(deid, text: str) -> None:
    probes.assert_owner_text_kept(deid, _LYON, text)


def test_house_number_after_its_word_caught(deid) -> None:
    probes.assert_owner_gone_for_both_sides(deid, _LYON, "J'habite au numéro 138, rue Chantal Lucas.", "138")


@pytest.mark.parametrize("text", ["\u202e3539353450\u202c call back", "please call \u202e87 65 43 21 60+\u202c back",
                                  "ring me: \u202e(212) 555-0147\u202c"])
def test_turned_phone_typed_as_a_phone(deid, index, text: str) -> None:
    out = probes.redacted(deid, text)
    assert "<PHONE>" in out and "<PERSON>" not in out, out
    probes.assert_free_text_caught(deid, index, text, "5", None)


def test_cost(deid, index) -> None:
    piece = " ".join(text for text, _ in _PLATES_CAUGHT) + " " + " ".join(_PLATES_KEPT) + " "
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
