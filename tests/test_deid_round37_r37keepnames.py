"""Round 37, branch r37keepnames: words that are no identifiers, over-redacted (issue 13), fixed as a kind on the
side(s) that caused it, recall kept (the same positions with a real name still go).

a. Hospitals and pharmacies named for a saint or a faith, and chains and networks of them, with no town in the name
   ("Baptist Health", "St Mary's", "Marien Apotheke", "Farmacia San Pablo", "同仁堂", "Jan Aushadhi"): kept by both
   sides (redactor ``text._kept_facility_spans``, check ``leakpeople._without_facilities``; the words in
   ``peoplewords.SAINT_WORDS``, ``FAITH_WORDS``, ``FACILITY_WORDS``, the chains in ``PHARMACY_CHAIN_NAMES``). A facility
   whose saint and name are a town ("St Albans pharmacy", ``peoplewords.saint_towns``), or that holds a town or a
   street ("Bristol Royal Infirmary", "Main Street Surgery", "Kingsway pharmacy"), stays redacted.
b. Holidays in their cases ("Ramazan Bayramı", "Bayramda", "После Масленицы"): ``holidaywords.FASTING_SEASONS``.
c. Given-name-like words that are a month or a verb of taking in context ("Ontem Tomei o remédio", "Tomo metformina",
   "début Avril", "vue en Mars", "en mayo en la Mayo Clinic"); a relation word still makes them a name, now on both
   sides ("mi hijo Tomo", "my daughter April": the redactor's ``people.kept`` read "Tomo" as the verb there).
d. The words of identity cards ("AHV", "MyKad", "NIK", "KTP") stay, the number after them goes, a name beside them
   goes (``peoplewords.IDENTITY_CARD_WORDS``).
"""

from __future__ import annotations

import pytest

from features.deid.peoplewords import FAITH_WORDS, IDENTITY_CARD_WORDS, PHARMACY_CHAIN_NAMES, SAINT_WORDS, saint_towns
from tests import deid_probes as probes

KEPT = [
    # a. facilities named for a saint or a faith, chains and networks
    "I picked up my refill at Baptist Health yesterday.",
    "My pills come from St Mary's pharmacy.",
    "They sent me to St Mary's for the scan.",
    "Compré las pastillas en Farmacia San Pablo.",
    "Ich hole die Tabletten in der Marien Apotheke.",
    "我在同仁堂买药。",
    "Tôi mua thuốc ở Long Châu.",
    "I buy my medicine at Jan Aushadhi store.",
    "Ich war im Marienkrankenhaus.",
    "I was at Methodist Hospital last week.",
    "Ich bin in der St. Georg Apotheke gewesen.",
    "Adventist Health called about my refill.",
    "The nurse at St Luke's Hospital changed my dose.",
    "Mercy Hospital gave me the new insulin pen.",
    "Saya beli obat di Kimia Farma.",
    # b. holidays in their cases
    "Ramazan Bayramı boyunca ilacımı unuttum.",
    "Bayramda ilaçlarımı almadım.",
    "Ramazan Bayramında ilacımı unuttum.",
    "Kurban Bayramı'nda ilacımı almayı unuttum.",
    "Şeker Bayramından sonra ilaçlarıma başladım.",
    "После Масленицы я начала пить таблетки.",
    "На Масленицу я забыл таблетки.",
    "После Пасхи я забыла таблетки.",
    # c. months and verbs of taking
    "Ontem Tomei o remédio.",
    "Hoje Tomei duas pastilhas.",
    "Tomo metformina desde mayo.",
    "Ayer Tomo la pastilla.",
    "Tomé la pastilla tarde.",
    "Tomo 2 pastillas al día.",
    "Début Avril, j'ai arrêté.",
    "Le médecin m'a vue en Mars.",
    "Depuis début Mars je prends la metformine.",
    "In April I stopped the pills.",
    "Me operaron en mayo en la Mayo Clinic.",
    # d. identity cards' words
    "AHV Karte verloren.",
    "Saya hilang MyKad.",
    "KTP dan NIK saya hilang.",
    "NRIC saya hilang semalam.",
]

#: the number after an identity card's word goes, the word stays
CARD_NUMBERS = [
    ("MyKad saya 850101-14-5678.", "MyKad", "850101-14-5678"),
    ("NIK: 3174012345678901", "NIK", "3174012345678901"),
    ("Meine AHV Nummer ist 756.1234.5678.97.", "AHV", "756.1234.5678.97"),
]

#: real names in the same positions still go, the check sees them in the text as written
CAUGHT = [
    ("Mi hijo Tomo me ayuda con las pastillas.", "Tomo"),
    ("Mi hija Avril me recuerda las pastillas.", "Avril"),
    ("Ma fille Avril prend ses comprimés.", "Avril"),
    ("My daughter April stopped the pills.", "April"),
    ("Ma fille Paz prend ses comprimés.", "Paz"),
    ("Mi hija Rosa me da las pastillas.", "Rosa"),
    ("Oğlum Bayram ilacımı getirdi.", "Bayram"),
    ("NIK Budi hilang.", "Budi"),
    ("I got it at St Albans pharmacy.", "Albans"),
    ("I got it at the Kingsway pharmacy.", "Kingsway"),
]

#: gone, whether or not the check sees them raw
GONE = [
    ("I went to Bristol Royal Infirmary for the refill.", "Bristol"),
    ("Main Street Surgery gave me a new prescription.", "Main Street"),
    ("Mein Sohn Mercy kommt morgen.", "Mercy"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("message", KEPT)
def test_round37_words_that_are_no_identifiers_are_published_and_pass_the_check(deid, index, message):
    probes.assert_free_text_kept(deid, index, message)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "word", "number"), CARD_NUMBERS)
def test_round37_an_identity_cards_word_stays_and_its_number_goes(deid, index, message, word, number):
    out = probes.redacted(deid, message)
    assert word in out and number not in out, out
    assert not probes.free_text_kinds(index, out)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "secret"), CAUGHT)
def test_round37_names_in_the_same_positions_are_caught(deid, index, message, secret):
    probes.assert_free_text_caught(deid, index, message, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "secret"), GONE)
def test_round37_facilities_with_a_town_or_street_and_cued_names_go(deid, index, message, secret):
    probes.assert_gone_and_clean(deid, index, message, secret)


@pytest.mark.verifies("REQ-DEID-003")
def test_the_tables_behind_those_readings():
    assert {("baptist", "health"), ("jan", "aushadhi"), ("farmacia", "san", "pablo"), ("同仁堂",)} <= PHARMACY_CHAIN_NAMES
    assert {"st", "san", "sankt", "sainte"} <= SAINT_WORDS and {"baptist", "marien"} <= FAITH_WORDS
    assert {"ahv", "mykad", "nik"} <= IDENTITY_CARD_WORDS
    assert {"st albans", "san diego"} <= saint_towns() and "st luke" not in saint_towns()


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(600)
def test_the_round37_keep_readings_cost_time_in_proportion(deid, index):
    piece = ("St Mary's pharmacy. Baptist Health. Marien Apotheke. Bayramda ilaç. После Масленицы. Ontem Tomei o "
             "remédio. Début Avril, j'ai arrêté. MyKad saya hilang. Mi hijo Tomo me ayuda. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
