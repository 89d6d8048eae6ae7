"""Round 33, r33keep: the thirty-second black-box round's over-redactions and wrong refusals of ordinary words.

a. Pharmacy chains: a chain after a short lower-case word the NER took with it ("Guardian <dan Watsons>": Malay "and",
   Dan a given name; "<ke Guardian dan Watsons>"), a chain in Han characters inside a run of Han ("我在<屈臣>氏买了药":
   ``peoplewords.PHARMACY_CHAIN_NAMES``' Chinese chains), a chain written as a title and a name after a word of
   pharmacy ("Lékárna Dr. Max": ``peoplewords.PHARMACY_CHAINS_AFTER_THEIR_WORD``), and "Dr" of "Dr.Max" read by both
   sides as a Drive after a figure ("2 Lékárna Dr.Max" refused as a street line). "Dr. Max" elsewhere, a street of a
   Drive and names beside the chains still go.
b. Brands: Greece's "Depon", Italy's "Metforal", Norway's hyphenated "Selo-Zok" (``recognizers.WORLD_BRANDS``), a brand
   with a Finnish case ending ("otin Panadolin"), "Rennie" (a surname too: ``readingwords.NAMED_MEDICINE_BRANDS``, a
   medicine with a taking verb or a pack word), and a pill's maker in capitals after its word of imprinting
   ("imprinted with TEVA": no person after "with", on both sides).
c. The first word of a sentence of medication care in Russian, Romanian and Bengali ("Забыл выпить таблетку",
   ``termwords.CARE_WORDS_BY_LANGUAGE``' new blocks; a script with no case too), and one such word alone ("Zapomniałam",
   "Unohdin"). A name that opens the sentence ("Olli soitti", "Kasia dzwoniła": Polish and Finnish verbs of a person
   now in ``peoplewords.PERSON_VERBS_ABROAD``) still goes.
d. Readings said in digit words after their measure, set apart by commas ("сахар шесть восемь, семь два, пять девять,
   шесть один") were read as a phone by both sides: ``normalize.said_readings_blanked``. A phone said after a measure
   word with no commas, or with a word of a phone, still goes.
"""

from __future__ import annotations

import pytest

from features.deid.normalize import said_readings_blanked
from features.deid.peoplewords import PHARMACY_CHAIN_NAMES, PHARMACY_CHAINS_AFTER_THEIR_WORD
from features.deid.recognizers import is_medication
from tests import deid_probes as probes

KEPT = [
    # a. pharmacy chains
    "beli di Guardian dan Watsons semalam", "Saya pergi ke Guardian dan Watsons.", "Guardian dan Watsons",
    "我在屈臣氏买了药", "在屈臣氏买的", "去万宁买药", "Lékárna Dr. Max, vyzvednuto", "Objednávka 12 Lékárna Dr. Max",
    "2 Lékárna Dr.Max", "dnes v 10 Lékárna Dr.Max", "Apteka Dr. Max",
    # b. brands and a pill's maker
    "Selo-Zok 50 mg", "Selo-Zok", "Otin Panadolin.", "Panadolin otin eilen", "took Panadolin for headache",
    "Έπιασα ένα Depon.", "took a Rennie after dinner", "Took two Rennie tablets.", "Metforal 850 due volte al giorno",
    "white pill imprinted with TEVA", "round pill imprinted with TEVA 833", "the pill is imprinted with TEVA on one side",
    # c. the first word of a sentence, and one word alone
    "Забыл выпить таблетку", "Вчера был трудный день. Забыл выпить таблетку.", "Забыл принять лекарство",
    "Забыл", "Unohdin", "Zapomniałam", "Zapomniałam. Wzięłam później.", "আমি ভুলে গেছি", "ভুলে গেছি ওষুধ খেতে",
    "Ieri am uitat. Am uitat să iau pastila.",
    # d. readings said after their measure
    "сахар шесть восемь, семь два, пять девять, шесть один", "сахар шесть, восемь, семь, два, пять, девять, шесть",
    "уровень сахара за неделю: шесть восемь, семь два, восемь один, пять девять",
    "blood sugar six eight, seven two, five nine, six one",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", KEPT, ids=[f"kept-{n}" for n in range(len(KEPT))])
def test_ordinary_messages_are_kept_by_both_sides(deid, index, text):
    """Each message is published as written and the check's free-text scan finds nothing in it."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Olli soitti eilen", "Olli"), ("Kasia dzwoniła wczoraj", "Kasia"), ("Kasia dzwoniła", "Kasia"),
    ("Zapomniałam. Kasia dzwoniła wczoraj", "Kasia"),
    ("Забыл выпить таблетку, Смирнов принёс новую", "Смирнов"),
    ("Zapomniałam wziąć tabletki, Kowalski przyniósł", "Kowalski"),
    ("12 Oak Dr. Max called me", "Oak"),
    ("beli di Guardian dan Watsons dengan Siti Rahmah", "Rahmah"), ("took a Rennie, Heather Rennie called", "Heather"),
    ("Rennie called me yesterday", "Rennie"), ("Depon, Papadopoulos said", "Papadopoulos"),
    ("Lékárna Dr. Max, paní Nováková", "Nováková"),
    ("глюкоза шесть восемь семь два пять девять шесть один", "шесть восемь семь"),
    ("сахар в норме, телефон восемь девять один шесть два три четыре", "восемь девять один"),
    ("sugar was fine, call me at five five five, one two three, four four one seven", "four four one seven"),
])
def test_names_and_phones_beside_those_words_still_go_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("white pill imprinted with TEVA, Mr. Jones called", "Jones"),
    ("Unohdin ottaa lääkkeeni, Virtanen soitti", "Virtanen"),
    ("我在屈臣氏买了药, Jennifer Lawson called", "Lawson"), ("Dr. Max said to take two", "Max"),
])
def test_names_after_those_words_go_and_the_output_passes(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
def test_the_tables_behind_those_readings():
    assert ("屈臣氏",) in PHARMACY_CHAIN_NAMES and ("dr", "max") in PHARMACY_CHAINS_AFTER_THEIR_WORD
    assert ("dr", "max") not in PHARMACY_CHAIN_NAMES
    assert all(is_medication(w) for w in ("Depon", "Metforal", "Selo-Zok", "Selozok", "Panadolin", "Buranaa"))
    assert not any(is_medication(w) for w in ("Martin", "Kasia", "Olli"))
    assert said_readings_blanked("сахар шесть восемь, семь два").split() == ["сахар", ","]
    kept = "сахар ок, номер: восемь девять, один шесть"
    assert said_readings_blanked(kept) == kept


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(600)
@pytest.mark.parametrize("piece", [
    "сахар шесть восемь, семь два, пять девять. Забыл выпить таблетку. beli di Guardian dan Watsons semalam. ",
    "2 Lékárna Dr.Max. white pill imprinted with TEVA. Otin Panadolin. 我在屈臣氏买了药. ",
])
def test_the_round33_keep_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
