"""Round 34 (r34people): people's names read right in other languages, on both sides.

Wrongly refused: ordinary Malay, Indonesian, Tagalog, Swahili and Hinglish whose everyday words are given names
elsewhere ("makan", "Jana", the Japanese honorific "dono") were read by the check as a name where a person stands or
beside an honorific, and the redactor took "makan ubat" for a person. Published: other people's names after a staff
word (pharmacist, doctor, nurse, carer) of Chinese, Japanese, Korean, Thai, Hebrew, Arabic and Hindi, and a Chinese name
with no cue after a word of time that opens its clause ("昨天李娜帮我买了药").
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds

#: everyday messages of Malay, Indonesian, Tagalog, Swahili and Hinglish whose words are given names elsewhere
PLAIN_PROSE = [
    "Lupa makan ubat malam tadi",
    "Saya lupa makan ubat malam tadi",
    "Semalam makan ubat lambat",
    "Sudah makan Panadol pagi tadi",
    "Tadi pagi makan ubat lepas sarapan",
    "Makan ubat dah, tapi gula masih tinggi",
    "Kemarin lupa minum obat",
    "Jana usiku nilisahau dawa",
    "Jana nilisahau kunywa dawa",
    "Bukas ako bibili ng gamot",
    "Kal raat Glycomet lena bhool gaya",
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [
    "Apollo Pharmacy wale ne Ecosprin aur Telma diya",
    "Ecosprin aur Telma dono le li",
    "Aaj subah Ecosprin aur Telma dono le li",
])
def test_hinglish_beside_brands_is_no_name_for_the_check(index, text):
    # (the redactor still takes "Telma", a brand that is also a given name: the brands' tables, not this reading)
    assert not free_text_kinds(index, text), free_text_kinds(index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Saya jumpa Siti semalam di klinik", "Siti"),
    ("Jana Novak came by with the pills", "Novak"),
])
def test_a_name_in_that_prose_still_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Rahul ne dawai di", "Rahul"),  # a given name that wordfreq's Malay list holds too, seldom
    ("Siti datang ambil ubat semalam", "Siti"),
])
def test_a_given_name_opening_that_prose_still_goes(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("药剂师李娜说这个药饭后吃", "李娜"),
    ("药师王芳给我换了药", "王芳"),
    ("護理師陳靜幫我量血壓", "陳靜"),
    ("薬剤師の佐藤さんが説明してくれた", "佐藤"),
    ("医師の田中が言った", "田中"),
    ("약사 김지영 씨가 설명해 줬어요", "김지영"),
    ("간병인 이순자 씨가 약을 챙겨 줬어요", "이순자"),
    ("เภสัชกรสมชายบอกให้กินหลังอาหาร", "สมชาย"),
    ("הרוקחת רונית אמרה לקחת עם אוכל", "רונית"),
    ("הרופא דוד כהן שינה את המינון", "כהן"),
    ("الصيدلي أحمد قال خذه بعد الأكل", "أحمد"),
    ("الممرضة فاطمة اتصلت", "فاطمة"),
    ("डॉक्टर शर्मा ने दवा बदली", "शर्मा"),
    ("नर्स सुनीता ने इंजेक्शन दिया", "सुनीता"),
    # a Chinese name with no cue after a word of time that opens the clause
    ("昨天李娜帮我买了药", "李娜"),
    ("刚才王芳打电话说药到了", "王芳"),
    ("早上张伟送来了药", "张伟"),
])
def test_a_name_after_a_staff_word_of_another_script_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [*PLAIN_PROSE,
    "药剂师说饭后吃",
    "薬剤師の説明を聞いた",
    "เภสัชกรบอกให้กินหลังอาหาร",
    "האחות אמרה לקחת עם אוכל",
    "الطبيب قال خذه بعد الأكل",
    "डॉक्टर साहब ने दवा बदली",
    "डॉक्टर ने दवा बदली",
    "今天方便给我打电话吗",
    "今天高兴说不出话",
    "晚上吃了药",
])
def test_everyday_words_and_staff_words_with_no_name_are_kept_and_pass(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "Lupa makan ubat malam tadi. Jana usiku nilisahau dawa. Ecosprin aur Telma dono le li. ",
    "药剂师李娜说 약사 김지영 씨가 הרוקחת רונית אמרה डॉक्टर शर्मा ने الصيدلي أحمد قال 昨天李娜帮我买了药 ",
])
def test_the_round34_people_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
