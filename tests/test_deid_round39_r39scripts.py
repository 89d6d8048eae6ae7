"""Round 39 (r39scripts): the patient's own name, town and street written as another script writes English, published
by the 39th black-box round with the check passing.

a. whole names in Chinese (Han transliteration characters: "亚历山大·休斯"), Korean ("캐서린 보이치크입니다", a copula
   glued), Tamil and Hindi (given name and surname read as a pair);
b. a short surname after its given name in katakana, Hangul, Greek, Georgian ("ヒューズ", "휴즈", "Βόιτσικ", "ჰიუზი":
   Hughes and Wojcik heard by one sound class, only after the given name), a Korean "린드크비스트" with its copula;
c. the owner's town in katakana ("ポートマシュー", "ミルブルック"), Hangul in two words ("포트 매튜에"), Greek in two
   words ("Ιστ Σάλιμπερι"), and an Arabic surname of two words ("عبد الرحمن");
d. ordinary sentences of those scripts in the same owners' messages kept by both sides;
e. the cost of the new readings in proportion to the text.
Both sides: the redactor (``script_names.loanword_owner_spans``, ``text._said_sounds``) and the check
(``leakscripts.loanword_readings``, ``OwnerForms._loanword_kinds``).
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_owner_gone_for_both_sides,
    assert_owner_text_kept,
    owner,
)

#: the black-box round's en_US and Egyptian owners (invented)
HUGHES = owner("Alexander Hughes", "310 Cedar Court", "Port Matthew")
WOJCIK = owner("Katherine Wojcik", "48 Howard Forge", "Vanessaside")
OKAFOR = owner("William Okafor", "7 Birch Lane", "Millbrook")
LINDQVIST = owner("Margaret Lindqvist", "60 Jessica Squares", "East Sallybury")
ABDELRAHMAN = owner("Mohamed Abdelrahman", "15 Shari El Tahrir", "Alexandria")

WHOLE_NAMES = [
    (HUGHES, "我是亚历山大·休斯", "休斯"),
    (HUGHES, "你好，我是亚历山大·休斯，我的药吃完了", "休斯"),
    (OKAFOR, "我叫威廉·奥卡福", "奥卡福"),
    (LINDQVIST, "我是玛格丽特·林德奎斯特", "林德奎斯特"),
    (WOJCIK, "제 이름은 캐서린 보이치크입니다", "보이치크"),
    (HUGHES, "என் பெயர் அலெக்சாண்டர் ஹியூஸ்", "ஹியூஸ்"),
    (HUGHES, "मेरा नाम अलेक्जेंडर ह्यूजेस है", "ह्यूजेस"),
]
SURNAMES = [
    (HUGHES, "私はアレクサンダー・ヒューズです", "ヒューズ"),
    (HUGHES, "저는 알렉산더 휴즈예요", "휴즈"),
    (HUGHES, "მე ვარ ალექსანდრე ჰიუზი", "ჰიუზი"),
    (WOJCIK, "Είμαι η Κάθριν Βόιτσικ", "Βόιτσικ"),
    (LINDQVIST, "저는 마거릿 린드크비스트입니다", "린드크비스트"),
]
PLACES = [
    (HUGHES, "ポートマシューに住んでいます", "マシュー"),
    (HUGHES, "포트 매튜에 살아요", "매튜"),
    (OKAFOR, "ミルブルックに住んでいます", "ミルブルック"),
    (LINDQVIST, "Μένω στο Ιστ Σάλιμπερι", "Σάλιμπερι"),
    (ABDELRAHMAN, "اسمي محمد عبد الرحمن", "الرحمن"),
]
KEPT = [
    (HUGHES, "我今天去药店买了药"),
    (HUGHES, "医生说我的血压有点高"),
    (OKAFOR, "我每天早上吃两片二甲双胍"),
    (HUGHES, "薬を飲みました。ありがとうございます"),
    (OKAFOR, "明日クリニックに行きます"),
    (HUGHES, "오늘 약을 먹었어요"),
    (WOJCIK, "병원에 가야 해요. 감사합니다"),
    (WOJCIK, "Το φάρμακο το πήρα σήμερα το πρωί"),
    (LINDQVIST, "Ευχαριστώ πολύ, θα έρθω αύριο"),
    (HUGHES, "დღეს წამალი დავლიე"),
    (HUGHES, "நான் இன்று மருந்து சாப்பிட்டேன்"),
    (HUGHES, "मैंने आज दवा ले ली है"),
    (ABDELRAHMAN, "أخذت الدواء اليوم والحمد لله"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), WHOLE_NAMES)
def test_a_whole_name_in_another_script_goes(deid, patient, text, secret):
    assert_owner_gone_for_both_sides(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), SURNAMES)
def test_b_surname_after_its_given_name_goes(deid, patient, text, secret):
    assert_owner_gone_for_both_sides(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), PLACES)
def test_c_town_or_two_word_surname_goes(deid, patient, text, secret):
    assert_owner_gone_for_both_sides(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("patient", "text"), KEPT)
def test_d_ordinary_sentences_kept(deid, patient, text):
    assert_owner_text_kept(deid, patient, text)


@pytest.mark.verifies("REQ-DEID-006")
def test_e_cost_in_proportion(deid, index):
    assert_cost_in_proportion(deid, index, "我是亚历山大·休斯, 저는 알렉산더 휴즈예요, ポートマシューに住んでいます. ",
                              sizes=(125, 500))
