"""The twenty-third black-box round's glucose devices and phones said in romanised Hindi or in Japanese kana, both
ways (recall first, no over-redaction):

a. a glucose meter's, monitor's or pump's brand before its reading ("Libre 3 reading 112, OneTouch Verio says 118",
   "Dexcom G7: 98") is the device: the redactor keeps it (``text._is_a_sign``, ``_GLUCOSE_DEVICE_READING``) and the
   check reads no name there (``leakpeople.without_terms``), each with its own pattern over ``clinicalwords``' brands;
   after a title ("Dr. Libre says") it is a person still;
b. a phone said in Hindi or Urdu digit words in Latin letters ("nau aath saat shunya chaar ...", "chaar zero aath,
   chhe ek paanch, ...") is read by both sides from ``digitwords``; the spellings that are English, Italian or
   Portuguese words ("sat", "che", "nao") count for no run alone; a Hindi verb after "call" ("call karo") is no name;
c. a phone said in hiragana, katakana or kanji digit words one a word ("はち ぜろ はち きゅう ...", "八 〇 八 九 ...")
   goes whole (``normalize.katakana_digits_as_figures``); ordinary kana words stay.
"""

from __future__ import annotations

import pytest

from features.deid.leakpeople import without_terms
from features.deid.normalize import katakana_digits_as_figures, said_digits_as_figures
from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds, redacted

DEVICE_READINGS = [
    "Libre 3 reading 112, OneTouch Verio says 118",
    "Dexcom G7 says 140 and Accu-Chek Guide reading 98 before lunch",
    "Omnipod alarmed twice, Contour Next gave 210",
    "FreeStyle Libre shows 87 this morning",
    "Medtronic Guardian said 254 after dinner",
    "Dexcom G7: 98",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("text", "brand"), [
    ("Libre 3 reading 112", "Libre"), ("OneTouch Verio says 118", "OneTouch Verio"), ("Dexcom G7: 98", "Dexcom")])
def test_the_check_reads_a_device_brand_before_a_reading_as_no_name(text, brand):
    assert brand not in without_terms(text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["Dr. Libre says I should take 2 tablets", "Dr Guardian says 2 tablets"])
def test_a_device_brand_after_a_title_is_a_person_still(text):
    assert without_terms(text) == text


HINDI_PHONES = [
    ("mera naya number nau aath saat shunya chaar teen do ek paanch chhe hai", "paanch chhe"),
    ("call karo chaar zero aath, chhe ek paanch, saat zero nau do", "chhe ek paanch"),
    ("mera number aath zero aath, nau chaar che, teen ek do ek", "teen ek do ek"),
    ("naya number: nao aath sat sunya char teen do ek panch chhah", "panch chhah"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), HINDI_PHONES)
def test_a_phone_said_in_romanised_hindi_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_owners_phone_said_in_romanised_hindi_goes_for_both_sides(deid):
    patient = probes.owner(phone="(808) 946-3121")
    probes.assert_owner_caught(deid, patient, "mera number aath zero aath nau chaar chhe teen ek do ek hai",
                               "teen ek do ek")


HINDI_WORDS_KEPT = [
    "sugar was 118 after panch minutes, ek do teen chalo",
    "I sat with the teen for an hour",
    "eu nao tomei, sat 5 e che 2",
    "char grilled chicken, sat 2 hours at the clinic",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", DEVICE_READINGS + HINDI_WORDS_KEPT)
def test_a_glucose_device_before_its_reading_and_everyday_words_that_are_hindi_digits_are_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
def test_weak_hindi_digit_words_make_no_run_alone():
    assert said_digits_as_figures("sat che nao") == "sat che nao"
    assert said_digits_as_figures("nau aath saat") == "9 8 7"
    assert said_digits_as_figures("I sat zero one two") == "I sat 0 1 2"


@pytest.mark.verifies("REQ-DEID-001")
def test_a_weak_hindi_digit_word_begins_a_hindi_run(deid):
    assert said_digits_as_figures("sat aath nau shunya") == "7 8 9 0"
    patient = probes.owner(phone="(789) 046-3121")
    probes.assert_owner_caught(deid, patient, "mera number sat aath nau shunya chaar chhe teen ek do ek", "sat aath")


KANA_PHONES = [
    "でんわ はち ぜろ はち きゅう よん ろく さん いち に いち",
    "でんわ 八 〇 八 九 四 六 三 一 二 一",
    "ばんごう は はち、れい、はち、く、し、ろく、さん、いち、に、いち です",
    "ゼロキュウゼロ よん なな さん まる ご ろく しち はち",
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", KANA_PHONES)
def test_a_phone_said_in_kana_or_kanji_digit_words_goes_whole(deid, index, text):
    patient = probes.owner(phone="(808) 946-3121")
    out = redacted(deid, text, patient)
    assert "<PHONE>" in out, out
    assert katakana_digits_as_figures(out) == out, out
    assert not free_text_kinds(index, out), out
    assert not probes.owner_kinds(patient, out), out


@pytest.mark.verifies("REQ-DEID-001")
def test_the_owners_phone_said_in_hiragana_is_seen_by_the_check():
    patient = probes.owner(phone="(808) 946-3121")
    assert probes.owner_kinds(patient, "でんわ はち ぜろ はち きゅう よん ろく さん いち に いち")


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["イチゴ と サンドイッチ", "東京にいく。しごとです", "いち に の さん", "一 二 度"])
def test_ordinary_kana_and_short_counts_are_no_digit_run(text):
    assert katakana_digits_as_figures(text) in (text, "いち に の さん")
    assert katakana_digits_as_figures("さん いち に") == "3 1 2"


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", ["Libre 3 reading 112 ", "OneTouch Verio one says ", "nau aath sat che ",
                                   "はち ぜろ ", "八 〇 ", "ゼロ イチ ニー "])
def test_reading_devices_and_kana_or_hindi_digits_costs_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
