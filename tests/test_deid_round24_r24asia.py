"""Round 24 (branch r24asia): names in Korean, Japanese, Chinese and Thai a black-box tester got past both sides, each
kind both ways (the redactor takes it out, the check sees it in the raw text and nothing in the output; the ordinary
sentence near it stays):

a. the owner's Korean family name alone: in Hangul before a particle ("석이 약을 먹었어"; only the family names that are
   no everyday word with the particle), any Latin spelling of it glued to a Hangul title ("Seok씨가"), and a Latin
   spelling no table lists whose sounds are a listed one's ("Seog", "Sok" for Seok; "Yi" for Lee);
b. the owner's Japanese family name alone in kanji, read kanji by kanji (``variantwords.JAPANESE_SURNAME_KANJI_READINGS``:
   "藤森です" for Fujimori);
c. a third party's Thai name glued to a kinship word ("พี่สมชาย", "น้องมาลี", "แม่สมศรี"), read up to the first common
   word after it ("ลุงประยุทธบอกว่า": บอกว่า stays), and no name where a common word follows the kinship word
   ("พี่ไปโรงพยาบาลแล้ว" stays whole);
d. a Chinese name of three characters whose given name opens with "小" or "大" after a relation word ("我女儿李小梅明天来").
"""

from __future__ import annotations

import re

import pytest

from features.deid.leakcheck import _COMMON, _a_word_not_a_name, _an_english_word
from features.deid.leakscripts import holds_related_cjk_name
from features.deid.leakvariants import variant_kinds
from features.deid.normalize import fold, fold_text
from features.deid.owner_variants import owner_variant_spans
from features.deid.script_names import related_cjk_name_spans
from features.deid.text import PatientIdentifiers
from features.deid.third_parties import thai_name_spans
from tests import deid_probes as probes
from tests.deid_probes import redacted


def _check_alone(patient: PatientIdentifiers, text: str) -> set[str]:
    """What the round-23 (and 24) owner reading of the check finds in ``text``, alone."""
    words = tuple(re.findall(r"[a-z]+", fold_text(patient.full_name).lower()))
    return variant_kinds(text, words, re.sub(r"\D", "", patient.mrn), re.sub(r"\D", "", patient.phone), _COMMON,
                         _a_word_not_a_name, _an_english_word)


def _redactor_alone(patient: PatientIdentifiers, text: str) -> list[tuple[int, int, str]]:
    return owner_variant_spans(text, fold(text), patient.full_name, patient.mrn, patient.phone)


# --------------------------------------------------------------------------- a, b. the owner's family name alone

OWNER_FAMILY_ALONE = [
    ("Min-jun Seok", "석이 약을 먹었어", "석"), ("Min-jun Seok", "석은 어제 왔어요", "석"),
    ("Min-jun Seok", "Seok씨가 전화했어요", "Seok"), ("Min-jun Seok", "Seog here, took it", "Seog"),
    ("Min-jun Seok", "Sok called about the refill", "Sok"), ("Min-jun Seok", "Suk님 약 드세요", "Suk"),
    ("Ji-ho Park", "박이 약을 먹었어", "박"), ("Ji-ho Park", "Bak씨 전화 주세요", "Bak"),
    ("Ji-ho Choi", "최가 약을 먹었어요", "최"), ("Ji-ho Lee", "Yi called about the pills", "Yi"),
    ("Ji-ho Lee", "Rhee씨가 왔어요", "Rhee"),
    ("Fujimori Kenji", "藤森です。薬を飲みました", "藤森"), ("Fujimori Kenji", "藤森の薬がありません", "藤森"),
    ("Kenji Fujimori", "藤森より", "藤森"), ("Haruto Ishikawa", "石川です、明日行きます", "石川"),
    ("Yui Takahashi", "高橋の薬", "高橋"), ("Daiki Sasaki", "佐々木です", "佐々木"),
    ("Kaito Miyazaki", "宮崎より連絡", "宮崎"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("name", "text", "secret"), OWNER_FAMILY_ALONE)
def test_the_owners_family_name_alone_goes_on_both_sides(deid, name, text, secret):
    patient = probes.owner(name)
    probes.assert_owner_caught(deid, patient, text, secret)
    assert _check_alone(patient, text), text  # the round-23 reading of the check sees it on its own
    assert any(text[s:e] == secret for s, e, _ in _redactor_alone(patient, text)), _redactor_alone(patient, text)


#: an everyday word like the owner's family name, beside the family name alone that goes: (owner, kept, caught, secret)
OWNER_FAMILY_KEPT = [
    ("Min-jun Seok", "석 달 동안 약을 먹었어요", "석이 왔어", "석"), ("Ji-ho Lee", "이가 아파요", "Yi called", "Yi"),
    ("Ji-ho Lee", "이 약을 먹었어", "Rhee씨가 왔어요", "Rhee"), ("Ji-ho Kim", "김이 모락모락 나요", "Gim씨가 왔어요", "Gim"),
    ("Ji-ho Bae", "배가 아파요", "Bae씨가 왔어요", "Bae"), ("Ji-ho Nam", "남은 약이 있어요", "Nam님 전화 주세요", "Nam"),
    ("Ji-ho Kang", "the gang came over", "Gang씨가 왔어요", "Gang"),
    ("Ji-ho Park", "Bag is in the car", "Pak called", "Pak"), ("Ji-ho Lim", "Im going to take it now", "임이 왔어", "임"),
    ("Fujimori Kenji", "森の中を歩いた", "藤森です", "藤森"), ("Fujimori Kenji", "藤の花がきれい", "藤森より", "藤森"),
    ("Haruto Ishikawa", "川で石を拾った", "石川です", "石川"),
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "kept", "caught", "secret"), OWNER_FAMILY_KEPT)
def test_an_everyday_word_like_the_owners_family_name_stays_beside_it(deid, name, kept, caught, secret):
    patient = probes.owner(name)
    assert not _check_alone(patient, kept), (kept, _check_alone(patient, kept))
    assert not _redactor_alone(patient, kept), (kept, _redactor_alone(patient, kept))
    text = f"{kept}\n{caught}"
    out = redacted(deid, text, patient)
    assert out.startswith(kept + "\n") and secret not in out.split("\n")[1], out  # the family name alone goes beside it
    assert not probes.owner_kinds(patient, out), probes.owner_kinds(patient, out)


# --------------------------------------------------------------------------- c. Thai names after kinship words

THAI_KIN = [
    ("พี่สมชายไปโรงพยาบาลแล้ว", "สมชาย", "ไปโรงพยาบาลแล้ว"), ("น้องมาลีกินยาแล้ว", "มาลี", "กินยาแล้ว"),
    ("แม่สมศรีโทรมา", "สมศรี", "โทรมา"), ("ลุงประยุทธบอกว่าลืมกินยา", "ประยุทธ", "บอกว่าลืมกินยา"),
    ("วันนี้พี่สมชายมาแล้ว", "สมชาย", "มาแล้ว"), ("ฝากยากับน้องสาวสุดาด้วยค่ะ", "สุดา", "ด้วยค่ะ"),
    ("เพื่อนวิชัยซื้อยาให้", "วิชัย", "ซื้อยาให้"), ("คุณสมชายจะมาพรุ่งนี้", "สมชาย", "จะมาพรุ่งนี้"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "rest"), THAI_KIN)
def test_a_thai_name_after_a_kinship_word_goes_up_to_the_next_word(deid, text, secret, rest):
    probes.assert_third_party_caught(deid, text, secret, {"name after a Thai title"})
    assert redacted(deid, text).endswith(rest), redacted(deid, text)  # what follows the name stays


THAI_KIN_KEPT = ["พี่ไปโรงพยาบาลแล้ว", "แม่กินยาแล้วค่ะ", "ลุงกลับบ้านแล้ว", "น้องไม่สบาย", "พ่อแม่มาเยี่ยม",
                 "แม่น้ำท่วมบ้าน", "พี่น้องมาหา", "เพื่อนบ้านช่วยซื้อยา", "ลูกค้าโทรมา", "แม่บอกว่าให้กินยา",
                 "น้องๆ ไปโรงเรียน"]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", THAI_KIN_KEPT)
def test_a_thai_kinship_word_before_no_name_stays(deid, index, text):
    assert not thai_name_spans(text), thai_name_spans(text)
    assert "name after a Thai title" not in probes.third_party_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- d. Chinese names after relation words

CHINESE_AFTER_RELATIONS = [
    ("我女儿李小梅明天来", "李小梅"), ("朋友张伟帮我取药", "张伟"), ("我儿子王大伟来过了", "王大伟"),
    ("同事刘小红帮我拿药", "刘小红"), ("邻居陈小军送来了药", "陈小军"), ("老公赵大勇去药房了", "赵大勇"),
    ("老婆孙小燕提醒我吃药", "孙小燕"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), CHINESE_AFTER_RELATIONS)
def test_a_chinese_name_after_a_relation_word_goes_on_both_sides(deid, text, secret):
    assert holds_related_cjk_name(text), text
    assert any(text[s:e] == secret for _, s, e, _ in related_cjk_name_spans(text)), related_cjk_name_spans(text)
    out = redacted(deid, text)
    assert secret not in out and secret[1:] not in out, out
    assert not holds_related_cjk_name(re.sub(r"<[A-Z_]+>", " ", out)), out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["我女儿明天来", "朋友帮我取药", "女儿小时候很乖", "儿子高大帅气", "同事小心地拿药",
                                  "我老公大概明天来"])
def test_a_relation_word_before_no_name_stays(deid, text):
    """A guard of the reading above: "小"/"大" after a relation word with no family name before them is no name."""
    assert not holds_related_cjk_name(text), text
    assert not related_cjk_name_spans(text), text
    assert "<PERSON>" not in redacted(deid, text)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["석이 Seok씨가 Sok ", "藤森です佐々木の ", "พี่สมชายไปน้องมาลีกิน ", "พี่" * 7 + " ",
                                   "我女儿李小梅朋友王大伟 ", "藤森藤森藤森藤森"])
def test_the_round24_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
    patient = probes.owner("Fujimori Seok")
    probes.assert_cost_grows_linearly(lambda n: _redactor_alone(patient, piece * n))
    probes.assert_cost_grows_linearly(lambda n: _check_alone(patient, piece * n))
    probes.assert_cost_grows_linearly(lambda n: thai_name_spans(piece * n))
