"""Round 41, branch r41glued: towns and names in scripts written without spaces, or with the town before the
facility's word, that the 40th black-box round saw published or refused, fixed as kinds on both sides.

a. Published: a town right before a hospital's, clinic's or pharmacy's word in Japanese, Chinese, Korean, Hindi,
   Bengali and Telugu, a unit, "city-run", "of"/"in" or a word of the hospital's name between or nothing ("八王子市立病院",
   "仙台の薬局", "我在武汉的医院", "杭州市第一人民医院", "순천 병원", "청주에 있는 약국", "नागपुर अस्पताल"), and a town
   glued after a Thai one ("โรงพยาบาลลำปาง", "ร้านขายยาขอนแก่น"): GeoNames' names in those scripts
   (``placewords.towns_written_in_their_scripts``, ``FACILITY_WORDS_AFTER_A_TOWN_IN_ITS_SCRIPT``,
   ``THAI_FACILITY_WORDS_BEFORE_A_TOWN``, ``UNITS_BETWEEN_A_TOWN_AND_A_FACILITY``,
   ``PARTICLES_BETWEEN_A_TOWN_AND_A_FACILITY``, ``FACILITY_NAME_PARTS_AFTER_A_TOWN``, ``NOT_TOWNS_BESIDE_A_FACILITY``;
   redactor ``place_shapes.town_beside_a_facility_in_its_script_spans``, check
   ``leakplaces.town_beside_a_facility_in_its_script``). The same sentences with no town stay.
b. Wrongly refused: the owner's English name in Thai letters glued after a word ("ฉันชื่ออเล็กซานเดอร์"): the last
   "r" under the karan is unsaid, and a vowel written before its consonant is the next syllable's
   (``script_names.abugida_owner_spans``, ``_thai_spans``).
c. Rightly refused but blocking: a Thai surname romanised after a Thai given name after a kin or staff word
   ("หมอสมบัติ Rattanakul"; ``third_parties.thai_name_spans``); and the redactor's output of a romanised name after a
   kin word ("พ่อ <PERSON> ดูแลให้...") was refused as a Thai surname after the placeholder
   (``leakpeople._thai_surname_after``, ``peoplewords.THAI_WORDS_AFTER_NAMES``).
d. Published: a Chinese full name whose surname no table holds after an elder kin word or an in-law's
   ("我姑姑冼美玲每天提醒我"; ``peoplewords.HAN_KIN_BEFORE_A_GIVEN_NAME``, read by ``script_names._han_given_after``
   and ``leakscripts._han_given_before``); over-redacted: a name after a relation word ran into the verb after it
   ("我表哥司马光提醒我": "提" went; ``script_names.related_cjk_name_spans``).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

TOWN_BY_A_FACILITY = "town beside a facility's word in its script"

#: (a) a town beside a facility's word, the same sentence with no town
_TOWNS = [
    ("ไปรับยาที่โรงพยาบาลลำปางเมื่อเช้า", "ลำปาง", "ไปรับยาที่โรงพยาบาลเมื่อเช้า"),
    ("แวะร้านขายยาขอนแก่นซื้อยาความดัน", "ขอนแก่น", "แวะร้านขายยาซื้อยาความดัน"),
    ("รพ.อุดรธานีนัดตรวจเลือดพรุ่งนี้", "อุดรธานี", "โรงพยาบาลนัดตรวจเลือดพรุ่งนี้"),
    ("八王子市立病院で血液検査をしました", "八王子", "病院で血液検査をしました"),
    ("仙台の薬局で薬を受け取りました", "仙台", "近くの薬局で薬を受け取りました"),
    ("我在武汉的医院复查了", "武汉", "我在医院复查了"),
    ("杭州市第一人民医院开的降压药", "杭州", "医院开的降压药"),
    ("नागपुर अस्पताल से दवाई ली", "नागपुर", "अस्पताल से दवाई ली"),
    ("রাজশাহী হাসপাতাল থেকে ওষুধ এনেছি", "রাজশাহী", "সরকারি হাসপাতাল থেকে ওষুধ"),
    ("విజయవాడ ఆసుపత్రిలో మందులు తీసుకున్నాను", "విజయవాడ", "ప్రభుత్వ ఆసుపత్రిలో మందులు"),
    ("순천 병원에서 혈압약을 받았어요", "순천", "병원에서 혈압약을 받았어요"),
    ("청주에 있는 약국에서 약을 샀어요", "청주", "근처 약국에서 약을 샀어요"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "town", "without"), _TOWNS)
def test_a_town_beside_a_facility_in_its_script_goes(deid, index, text, town, without):
    probes.assert_free_text_caught(deid, index, text, town, {TOWN_BY_A_FACILITY})
    probes.assert_free_text_kept(deid, index, without)


#: (a) what stays: a brand with a town inside its name, words GeoNames holds for a town that are no town there
_KEPT_BESIDE_A_FACILITY = [
    "北京协和医院开的药",
    "中心医院的医生说要按时吃药",
    "ยังไม่ได้ไปโรงพยาบาลเลย",
    "이 병원은 좋아요",
    "대학 병원에 가요",
]


@pytest.mark.verifies("REQ-DEID-003")
def test_a_town_beside_a_facility_and_what_stays(deid, index):
    probes.assert_free_text_caught(deid, index, "成都市中医医院的医生说要按时吃药", "成都", {TOWN_BY_A_FACILITY})
    for text in _KEPT_BESIDE_A_FACILITY:
        probes.assert_free_text_kept(deid, index, text)


#: (b) the owner's English name in Thai letters, glued to the words around it
_OWNER_IN_THAI = [
    "ฉันชื่ออเล็กซานเดอร์ค่ะ ลืมกินยาเมื่อคืน",
    "อเล็กซานเดอร์กินยาครบแล้ว",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _OWNER_IN_THAI)
def test_the_owners_english_name_glued_in_thai_goes(deid, text):
    patient = probes.owner("Alexander Pemberton")
    probes.assert_owner_gone_for_both_sides(deid, patient, text, "อเล็กซานเดอร์")
    probes.assert_owner_text_kept(deid, patient, "วันนี้กินยาครบแล้วค่ะ")


#: (c) a Thai given name after a kin or staff word, then the surname romanised
_ROMANISED_SURNAMES = [
    ("หมอสมบัติ Rattanakul สั่งยาเพิ่ม", "Rattanakul"),
    ("ยายบุญมา Saengthong ดูแลให้กินยา", "Saengthong"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "surname"), _ROMANISED_SURNAMES)
def test_a_thai_surname_romanised_after_a_titled_name_goes(deid, index, text, surname):
    probes.assert_free_text_caught(deid, index, text, surname)


@pytest.mark.verifies("REQ-DEID-003")
def test_a_romanised_name_after_a_thai_kin_word_is_published(deid, index):
    probes.assert_gone_and_clean(deid, index, "พ่อ Boonsong ดูแลให้กินยาตอนเย็น", "Boonsong")
    probes.assert_gone_and_clean(deid, index, "แม่ Kanokwan เตือนให้กินยาทุกวัน", "Kanokwan")


#: (d) a full name of a surname no table holds after an elder kin word or an in-law's
_HAN_FULL_NAMES = [
    ("我姑姑冼美玲每天提醒我", "冼美玲"),
    ("我岳母逄淑华今天来", "逄淑华"),
    ("我婶婶蒯玉兰每天提醒我吃药", "蒯玉兰"),
    ("我舅妈禤丽华来看我", "禤丽华"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "name"), _HAN_FULL_NAMES)
def test_a_han_name_of_a_rare_surname_after_an_elder_kin_word_goes(deid, index, text, name):
    probes.assert_free_text_caught(deid, index, text, name)


@pytest.mark.verifies("REQ-DEID-002")
def test_a_han_name_after_a_relation_word_stops_before_the_verb(deid, index):
    out = probes.redacted(deid, "我表哥司马光提醒我吃药")
    assert "司马光" not in out and "提醒我吃药" in out, out
    probes.assert_free_text_kept(deid, index, "我奶奶每天提醒我吃药")


@pytest.mark.verifies("REQ-DEID-006")
def test_cost_of_towns_and_names_in_unspaced_scripts(deid, index):
    probes.assert_cost_in_proportion(
        deid,
        index,
        "ไปโรงพยาบาลลำปางเมื่อเช้า 八王子市立病院で 我在武汉的医院复查 नागपुर अस्पताल से 청주에 있는 약국 "
        "หมอสมบัติ Rattanakul สั่ง 我姑姑冼美玲每天提醒我。 ",
        sizes=(125, 500),
    )
