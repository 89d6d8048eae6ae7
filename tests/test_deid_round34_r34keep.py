"""Round 34, r34keep: the thirty-third black-box round's over-redactions of ordinary words.

a. The first word of a sentence that is a word of the days around today, of any language CLDR has
   (``everydaywords.day_words``: Romanian "Mâine" read folded as the state of Maine, Latvian "Vakar", Croatian
   "Jučer", Ukrainian "Вчора"), or an auxiliary before a verb (``everydaywords.SENTENCE_AUXILIARIES``), and the
   lower-case words of one language after it: no name. A name after such a word still goes ("Vakar Jānis Bērziņš").
b. A person's name the NER ran into a pharmacy's chain or word after it ("<Marie Dubois Pharmacie> Lafayette",
   "<Mevrouw Jansen BENU> apotheek"): the name goes, the chain stays.
c. Brands of Slovenia, Poland, Romania and Czechia (``recognizers.WORLD_BRANDS``: "Nolpaza", "Eutyrox", "Nospa",
   "Algocalmin", "Paralen").
   A medicine and the words of its taking in one find ("Prijala sam Treo", "Випила Но-шпа", "मैंने क्रोसिन ली"), and a
   maker of generics after the medicine ("L-Thyroxin Henning": ``readingwords.GENERIC_MAKERS``).
d. A blood pressure after a Ukrainian word of pressure read as a street and its house number ("тиск 135/85"):
   ``readingwords`` has "тиск" and "цукор"; a street whose figures are a pressure after such a word is none.
e. A Khmer clause opening with a common word (``peoplewords.KHMER_NOT_NAME_STARTS``) and a find that opens with a
   Japanese or Chinese word of a phone or a plate (``peoplewords.CJK_NUMBER_WORDS``: "でんわ ください", "车牌是什么").
"""

from __future__ import annotations

import pytest

from features.deid.everydaywords import SENTENCE_AUXILIARIES, day_words, words_of_one_language
from features.deid.readingwords import LAB_TREND_RANGES
from features.deid.recognizers import is_medication
from tests import deid_probes as probes

KEPT = [
    # a. a sentence's first word of time or an auxiliary
    "Mâine merg la farmacie să iau pastilele.", "Azi am uitat pastila.", "Vakar aizmirsu iedzert zāles.",
    "Šodien aizmirsu zāles.", "Jučer sam zaboravila popiti tabletu.", "Danas sam popila tabletu.",
    "Вчора я пила ліки ввечері.", "Mañana voy a la farmacia.", "Ho dimenticato la pastiglia.",
    # b. chains
    "Lék mám z Dr.Max, je levnější.", "昨天去屈臣氏买了维生素和面膜。",
    # c. brands
    "Koupila jsem Paralen z Dr.Max.", "Wzięłam Nospa na ból brzucha.", "Nolpaza 40 mg zjutraj.",
    "Eutyrox 50 rano na czczo.", "Am luat un Algocalmin.",
    "Prijala sam Treo za glavobolju.", "Popila sam Treo.", "Випила Но-шпа від болю.", "मैंने क्रोसिन ली।",
    "Ich nehme L-Thyroxin Henning 75 morgens.", "Ramipril Hexal 5 mg morgens.",
    # d. readings
    "Вранці тиск 135/85, випила таблетку.", "тиск 135/85 пульс 70", "Blutdruck 135/85 heute früh.",
    "Сьогодні тиск 135/85.", "血糖6.8，血压135/85。",
    # e. a Khmer clause; words of a phone or a plate in Japanese and Chinese
    "ខ្ញុំបានលេបថ្នាំហើយ។", "ខ្ញុំភ្លេចលេបថ្នាំ", "でんわ ください", "あとで でんわ します", "でんわばんごう かえた", "车牌是什么？",
    "電話番号は変わりました。",
]


#: names beside those words, each with the piece of it that must go
NAMES_BESIDE = [
    ("Vakar Jānis Bērziņš atnesa zāles.", "Bērziņš"), ("Šodien Jānis Bērziņš atnesa zāles.", "Bērziņš"),
    ("Jučer je Ivana Horvat donijela lijekove.", "Horvat"), ("Hoy Martínez vino a casa.", "Martínez"),
    ("Вчора Олена Коваленко принесла ліки.", "Коваленко"),
    ("Marie Dubois Pharmacie Lafayette", "Dubois"), ("J'ai croisé Marie Dubois devant la Pharmacie Lafayette.", "Dubois"),
    ("Ik heb Sanne Bakker gezien bij BENU apotheek.", "Bakker"),
    ("Koupila jsem Paralen a Jana Nováková taky.", "Nováková"), ("Treo said hello to Mark Treo.", "Mark"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("message", KEPT)
def test_round34_words_are_published_and_pass_the_check(deid, index, message):
    probes.assert_free_text_kept(deid, index, message)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "name"), NAMES_BESIDE)
def test_round34_names_beside_kept_words_are_caught(deid, index, message, name):
    probes.assert_free_text_caught(deid, index, message, name)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "kept"), [
    ("Marie Dubois Pharmacie Lafayette", "Pharmacie Lafayette"), ("Mevrouw Jansen BENU apotheek", "BENU apotheek"),
    ("Vakar Jānis Bērziņš atnesa zāles.", "Vakar"), ("Вчора Олена Коваленко принесла ліки.", "Вчора"),
])
def test_the_chain_or_the_word_of_time_stays_beside_the_name(deid, text, kept):
    out = probes.redacted(deid, text)
    assert kept in out and "<PERSON>" in out, out


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Ulica Kwiatowa 135/85", "Kwiatowa"), ("Cora called yesterday.", "Cora"), ("Henning hat angerufen.", "Henning"),
    ("ខ្ញុំបានជួបសុខា ហើយ 電話 王芳来了", "王芳"),
])
def test_a_street_of_such_figures_and_a_name_that_is_a_word_of_time_elsewhere_still_go(deid, text, secret):
    out = probes.redacted(deid, text)
    assert secret not in out, out


@pytest.mark.verifies("REQ-DEID-003")
def test_the_tables_behind_those_readings():
    assert {"vakar", "jučer", "mâine", "учора", "вчора", "heddiw"} <= day_words()
    assert "maine" not in day_words() and "ho" in SENTENCE_AUXILIARIES["it"]
    assert words_of_one_language(["sam", "zaboravila"]) and not words_of_one_language(["jānis"])
    assert LAB_TREND_RANGES["тиск"] == LAB_TREND_RANGES["давление"]
    assert all(is_medication(w) for w in ("Nolpaza", "Eutyrox", "Nospa", "Algocalmin", "Paralen", "Но-шпа"))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(600)
def test_the_round34_keep_readings_cost_time_in_proportion(deid, index):
    piece = ("Vakar aizmirsu iedzert zāles. Mâine merg la farmacie. Marie Dubois Pharmacie Lafayette. "
             "Вранці тиск 135/85, випила таблетку. Popila sam Treo. L-Thyroxin Henning. ខ្ញុំបានលេបថ្នាំហើយ។ 车牌是什么？ ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
