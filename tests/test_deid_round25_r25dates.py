"""Round 25 (branch ``r25dates``): two kinds a black-box tester got past both sides.

1. a birthday (the patient's or anybody's) said by date words or a festival after birth phrases the vocabulary
   lacked: the Spanish "cumplo años el día de la Hispanidad", the Portuguese "faço anos no Natal", the Italian
   "compio gli anni a Natale", Vietnamese ("tôi sinh ngày Quốc khánh", "sinh nhật tôi là ngày Quốc tế Thiếu nhi"),
   Chinese festivals said by the month and the day's numerals ("我是十一出生的": National Day; "五一", "六一", "双十一"),
   Japanese dates in romaji ("shichigatsu nanoka umare", "sangatsu mikka", "juugatsu juugo-nichi"; the month and day
   words are :mod:`features.deid.monthnames`'s, the redactor reads them in ``world_shapes``, the check in
   ``leakworld.has_romaji_date``), and Norwegian months in lower case ("jeg er født 4 mars", "bursdagen min er 17.
   mai": the check now reads an everyday-word month in lower case after an ordinal dot or a birth word). The birth
   words, joining words and numbered festivals are :mod:`features.deid.holidaywords`'s, the Latin-letter festivals
   :mod:`features.deid.calendars`'s. A date said with no birth cue ("el 12 de octubre tengo cita") goes as every date
   does; numerals that are a number ("十一月", "十一点", "二十一"), a festival without a birthday and everyday words stay.
2. a phone said in romanised digit words with a joining word between the groups: the Japanese "no" between Korean
   digits ("gong il gong no i sam sa o no ..."), "dash", "haifun", "eui", and the Hangul particles 에 and 의 glued to a
   group of Hangul digits ("오오오에 일이삼에 사사일칠"): one vocabulary of separators for every romanised language
   (``digitwords.ROMANISED_SEPARATOR_WORDS``, ``HANGUL_GROUP_PARTICLES``), and the kana "no" and the Chinese "杠"
   between kana digit readings and Chinese numerals (``KANA_GROUP_SEPARATORS``, ``CJK_GROUP_SEPARATORS``), read by
   the shared digit views.
"""

from __future__ import annotations

import pytest

from features.deid.normalize import katakana_digits_as_figures, romanised_digits_as_figures
from tests import deid_probes as probes
from tests.deid_probes import redacted

FESTIVAL = probes.FESTIVAL_BIRTHDAY
DATE = "day and month of a date"
PHONE_IN_WORDS = "phone-shaped number in digit words"

# --------------------------------------------------------------------------- 1. birthdays by festivals and date words

FESTIVAL_BIRTHDAYS = [
    ("cumplo años el día de la Hispanidad", "Hispanidad"),
    ("mi hija cumplió años en Nochebuena", "Nochebuena"),
    ("faço anos no Natal", "Natal"),
    ("ela faz anos no dia de Natal", "Natal"),
    ("compio gli anni a Natale", "Natale"),
    ("tôi sinh ngày Quốc khánh", "Quốc"),
    ("Quốc khánh là sinh nhật tôi", "Quốc"),
    ("sinh nhật tôi là ngày Quốc tế Thiếu nhi", "Thiếu"),
    ("mẹ tôi sinh vào ngày Giải phóng miền Nam", "Giải"),
    ("urodziłem się w Święto Niepodległości", "Niepodległości"),
    ("jeg er født på syttende mai", "syttende"),
    ("我是十一出生的", "十一"),
    ("我是五一出生的", "五一"),
    ("我的生日是六一", "六一"),
    ("她是八一那天出生的", "八一"),
    ("我是双十一出生的", "双十一"),
    ("我是国庆出生的", "国庆"),
    ("元旦出生的", "元旦"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), FESTIVAL_BIRTHDAYS)
def test_a_birthday_said_by_a_festival_after_new_birth_words_goes_for_both_sides(deid, text, secret):
    probes.assert_festival_birthday_caught(deid, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("cumplo el Día de la Hispanidad", "Hispanidad"), ("bursdagen min er på Sankthansaften", "Sankthansaften")])
def test_a_festival_birthday_the_name_finder_takes_first_goes_too(deid, text, secret):
    """The name finder may take a capitalised festival first (a person, a place): it goes all the same."""
    probes.assert_shape_caught(deid, text, secret, FESTIVAL)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("dob", "text", "secret"), [
    ("1950-10-12", "cumplo años el día de la Hispanidad", "Hispanidad"),
    ("1950-09-02", "tôi sinh ngày Quốc khánh", "Quốc"),
    ("1950-10-01", "我是十一出生的", "十一"),
    ("1950-05-01", "我是五一出生的", "五一"),
    ("1950-07-07", "shichigatsu nanoka umare", "nanoka"),
    ("1950-03-04", "jeg er født 4. mars", "mars"),
    ("1950-05-17", "bursdagen min er 17. mai", "mai"),
    ("1950-10-12", "cumplo años el 12 de octubre", "octubre"),
])
def test_the_owners_birthday_by_a_festival_or_date_words_goes_too(deid, index, dob, text, secret):
    probes.assert_owners_festival_birthday_caught(deid, index, dob, text, secret)


DATE_BIRTHDAYS = [
    ("shichigatsu nanoka umare", "nanoka"),
    ("watashi wa sangatsu mikka umare desu", "mikka"),
    ("ichigatsu tsuitachi ga tanjoubi desu", "tsuitachi"),
    ("tanjoubi wa juugatsu juugo-nichi", "juugo"),
    ("jūnigatsu nijūyokka ni umaremashita", "nijūyokka"),
    ("haha wa 7-gatsu 20-nichi umare", "20-nichi"),
    ("shigatsu hatsuka umare", "hatsuka"),
    ("jeg er født 4. mars", "4. mars"),
    ("jeg er født 4 mars", "4 mars"),
    ("bursdagen min er 17. mai", "17. mai"),
    ("hun ble født 2. august", "2. august"),
    ("cumplo años el 12 de octubre", "12 de octubre"),
    ("cumplo el 3 de marzo", "3 de marzo"),
    ("urodziłem się 3 marca", "3 marca"),
    ("urodziny mam 11 listopada", "11 listopada"),
    ("tôi sinh ngày 4 tháng 3", "4 tháng 3"),
    ("sinh nhật tôi là mùng 2 tháng 9", "2 tháng 9"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), DATE_BIRTHDAYS)
def test_a_birthday_said_by_date_words_goes_for_both_sides(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, DATE)


@pytest.mark.verifies("REQ-DEID-001")
def test_a_date_without_a_birth_cue_goes_as_every_date_does(deid):
    probes.assert_shape_caught(deid, "el 12 de octubre tengo cita", "12 de octubre", DATE)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [
    "el día de la Hispanidad cerramos la farmacia", "cumplimiento en Navidad", "hace dos años en Navidad",
    "o que ela faz no Natal", "Quốc khánh tôi quên uống thuốc", "我十一月出生的", "我是二十一号吃的药", "十一点吃药",
    "十一天没吃药", "五一假期我忘了吃药", "三八二十四", "sangatsu ni ikimasu", "we march 2 miles",
    "I march 2 blocks to the pharmacy", "compio gli esami a Natale", "gong il no", "o no i sam",
])
def test_numbers_festivals_and_words_without_a_birthday_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)
    assert FESTIVAL not in probes.shape_kinds(text)
    assert DATE not in probes.shape_kinds(text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["我十一岁", "no, I go to San Diego", "mikka mae ni nomimashita", "sangatsu kara kusuri"])
def test_no_date_is_read_where_the_name_finder_finds_a_name(deid, text):
    """The name finder takes a word of these as a name (as before this round); no date or festival is read in them."""
    assert "<DATE>" not in redacted(deid, text) and "<PHONE>" not in redacted(deid, text)
    assert FESTIVAL not in probes.shape_kinds(text)
    assert DATE not in probes.shape_kinds(text)


# --------------------------------------------------------------------------- 2. digit words with group joiners

SAID_PHONES = [
    ("gong il gong no i sam sa o no yuk chil pal gu", "chil"),
    ("my number: yeong il yeong eui i sam sa o eui yuk chil pal gu", "chil"),
    ("zero kyuu zero dash ichi ni san yon dash go roku nana hachi", "hachi"),
    ("zero kyuu zero haifun ichi ni san yon haifun go roku nana hachi", "hachi"),
    ("gong il gong - i sam sa o - yuk chil pal gu", "chil"),
    ("零九零杠一二三四杠五六七八", "五六七八"),
    ("ゼロキュウゼロノイチニサンヨンノゴロクナナハチ", "ゴロクナナハチ"),
    ("でんわ: ぜろ きゅう ぜろ の いち に さん よん の ご ろく なな はち", "はち"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), SAID_PHONES)
def test_a_phone_said_with_group_joiners_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {PHONE_IN_WORDS})
    assert "<PHONE>" in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("o o o no il i sam no sa sa il chil", "chil"),
    ("o o o eui il i sam eui sa sa il chil", "chil"),
    ("go go go no ichi ni san no yon yon ichi nana", "nana"),
    ("go go go e ichi ni san e yon yon ichi nana", "nana"),
    ("오오오에 일이삼에 사사일칠", "사사일칠"),
    ("오오오의 일이삼의 사사일칠", "사사일칠"),
    ("ゴーゴーゴーのイチニサンのヨンヨンイチナナ", "ヨンヨンイチナナ"),
    ("五五五杠一二三杠四四一七", "四四一七"),
])
def test_the_owners_phone_with_group_joiners_goes(deid, text, secret):
    probes.assert_owner_caught(deid, probes.owner(), text, secret)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["no, I go to San Diego", "o no i sam", "sa e o", "il e no", "사이에 오이를"])
def test_joiners_alone_make_no_number(text):
    assert romanised_digits_as_figures(text) == text


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["イチノセさんのノート", "サンノミヤ駅", "いち に の さん", "ごはんのあとにのむ",
                                  "ハイフンのないばんごう"])
def test_kana_joiners_alone_make_no_number(text):
    assert katakana_digits_as_figures(text) == text


# --------------------------------------------------------------------------- cost

PIECES = ["cumplo años el día de la Hispanidad ", "tôi sinh ngày Quốc khánh ", "我是十一出生的。", "shichigatsu nanoka umare ",
          "jeg er født 4. mars ", "gong il gong no i sam sa o no yuk chil pal gu ", "sangatsu ni juugatsu kara gatsu "]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", PIECES)
def test_round25_dates_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(100, 400))
