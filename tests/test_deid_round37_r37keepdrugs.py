"""Round 37 (r37keepdrugs): medication content over-redacted or refused (issue 13).

The 37th black-box round: the check refused "Min bror hämtade Alvedon på Lloyds Apotek" ("name where a person
stands": "Bror" and "Min" are given names, read before a verb and before a lower-case word); the redactor took Nordic
and Slavic drug names for persons ("Jag tar Levaxin", "Эутирокс"), a grocery chain after "på" ("ICA Maxi"), lot and
expiry words ("Tillverkningssats", "Houdbaar"), lots after lot words it knew not ("Seri no", "Αριθμός παρτίδας"),
"1000 IE" as a Dutch postcode, a pack's expiry ("Verfall 03/2028", "Utg.dat", "Bäst före") as a date of birth, and a
dosing time ("服用时间 8:00") as a Japanese block address.
"""

from __future__ import annotations

import pytest

from features.deid.peoplewords import NORDIC_KIN_ALSO_NAMES, NORDIC_KIN_WORDS, RELATIONS
from features.deid.readingwords import EXPIRY_PHRASES, EXPIRY_WORDS, LOT_WORDS
from features.deid.recognizers import is_medication
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    free_text_kinds,
    redacted,
)

KIN_KEPT = [
    "Min bror hämtade Alvedon på Lloyds Apotek",
    "Min bror hämtade medicin på Lloyds Apotek",
    "Min bror hämtade Alvedon",
    # beyond the round's: other Nordic kin words, verbs and languages
    "Min syster tog Ipren",
    "min mormor hämtade Treo",
    "Min bror köpte Ipren på ICA Maxi",
    "Min bror tog Waran i morse",
    "Min søster hentet Paracet på Apotek 1",
]

DRUGS_KEPT = [
    "Jag tar Levaxin varje morgon",
    "Jag köpte Ipren på ICA Maxi",
    "Принимаю Эутирокс утром",
    # beyond the round's: other forms, scripts and chains
    "Jag tar Sertralin varje kväll",
    "Jag tar Panacodin mot värken",
    "Jeg tar Seretide morgen og kveld",
    "Mam Eutyroksu na jutro",
    "Köpte Alvedon på ICA Kvantum",
    "Принимаю Эутирокса утром",
]

LOTS_KEPT = [
    "Tillverkningssats 4711AB",
    "Seri no 55412378",
    "Αριθμός παρτίδας 7734512",
    "Numer serii 88213471",
    "Lot 12345678901",
    # beyond the round's: more languages' lot words, some invented on packs
    "Seri numarası 55412378",
    "Número de lote 55412378",
    "Sarjanumero 55412378",
    "Číslo série 7734512",
    "Nr partii 55412378",
    "Batch number 55412378",
    "Herstellungsnummer 55412378",
]

UNITS_AND_DATES_KEPT = [
    "Vitamin D 1000 IE täglich",
    "Magnesium 500 IE och D-vitamin 2000 IE",
    "Verfall 03/2028",
    "Houdbaar tot 03/2028",
    "Utg.dat 03/2028",
    "服用时间 8:00",
    # beyond the round's: expiry cues of other languages, marks and all, and other dosing times
    "Bäst före 03/2028",
    "Son kullanma tarihi 03/2028",
    "Годен до 03/2028",
    "Data ważności 03/2028",
    "Holdbar til 03/2028",
    "Ablaufdatum 03/2028",
    "早上服药 7:30",
    "Witamina D 2000 JM dziennie",
]


@pytest.mark.verifies("REQ-DEID-001")
def test_the_tables_hold_the_new_words():
    assert {"tillverkningssats", "seri no", "αριθμός παρτίδας"} <= LOT_WORDS
    assert "verfall" in EXPIRY_WORDS and ("houdbaar", "tot") in EXPIRY_PHRASES and ("utg", "dat") in EXPIRY_PHRASES
    assert "bror" in NORDIC_KIN_WORDS and not (NORDIC_KIN_ALSO_NAMES & RELATIONS)
    assert all(map(is_medication, ["Levaxin", "Эутирокс", "Polopiryny", "Seretide", "Albyl-E", "Eutyroksu"]))
    assert not is_medication("Anna") and not is_medication("Marianny")


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("piece", [
    "Min bror hämtade Alvedon på Lloyds Apotek, Tillverkningssats 4711AB, Verfall 03/2028, 1000 IE; Эутирокс. ",
])
def test_the_readings_cost_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [*KIN_KEPT, *DRUGS_KEPT, *LOTS_KEPT, *UNITS_AND_DATES_KEPT])
def test_medication_content_is_kept_by_both_sides(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("Levaxin Verfall 03/2028, mamma född 03/1931", "03/2028", "03/1931"),
    ("Min bror hämtade Alvedon, min syster Karin hämtade Ipren", "Alvedon", "Karin"),
])
def test_the_pack_is_kept_while_the_person_beside_it_goes(deid, index, text, kept, gone):
    out = redacted(deid, text)
    assert kept in out and gone not in out, out
    assert not free_text_kinds(index, out), free_text_kinds(index, out)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("born 03/1931", "03/1931"),
    ("geb. 03/1931", "03/1931"),
    ("min syster Karin hämtade Alvedon", "Karin"),
    ("min bror Erik hämtade Alvedon", "Erik"),
    ("Bror Karlsson hämtade medicinen", "Karlsson"),
    ("bror andersson ringde om Levaxin", "andersson"),
    ("Seri no 55412378, my phone is 555-123-4417", "555-123-4417"),
])
def test_a_name_or_a_birth_in_the_same_place_still_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)
