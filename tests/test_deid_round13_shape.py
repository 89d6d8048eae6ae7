"""De-identification, thirteenth round (shapes): identifier shapes of anybody a black-box tester published past the
check. The day and month of a date in scripts and languages the date readings did not know (Bengali, Vietnamese,
Persian, Hindi, Thai, Arabic, Armenian, Georgian, Mongolian, Basque, Estonian, Lithuanian, Latvian, Finnish, Hungarian,
Turkish, Indonesian, Swahili, Tagalog, Korean, Chinese and Japanese, Hebrew, Greek, Ukrainian, Russian; the Solar Hijri
and Hebrew calendars); ages over 89 said as idioms; post-office boxes of other countries. Each is redacted by the
redactor (:mod:`features.deid.world_shapes`) and refused by the check's own reading (:mod:`features.deid.leakworld`);
doses, times, medicine names and everyday words of those languages stay. Long runs of a short piece cost time in
proportion, in both."""

from __future__ import annotations

import pytest

from features.deid import monthnames, monthnames_data
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_shape_caught,
    assert_shape_kept,
    redacted,
    shape_kinds,
)

DATE = "day and month of a date"
AGE = "age over 89"
BOX = "post office box"



@pytest.mark.verifies("REQ-DEID-003")
def test_the_month_table_is_cldrs_as_generated():
    """The generated month table is what Babel's CLDR data gives today (regenerate with ``python -m
    features.deid.monthnames``)."""
    assert monthnames.generate_month_forms() == monthnames_data.MONTH_FORMS


# --------------------------------------------------------------------------- day and month, any language

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("জন্ম ১৪ মার্চ ১৯৫৮", "১৪ মার্চ"),
    ("ভর্তি হয়েছি ৩ জানুয়ারি", "৩ জানুয়ারি"),
    ("ngày 14 tháng 3 năm 2024 tôi nhập viện", "14 tháng 3"),
    ("tái khám ngày 14/3", "14/3"),
    ("sinh 2 tháng 11", "2 tháng 11"),
    ("تولد ۱۴ اسفند ۱۳۳۶", "۱۴ اسفند"),
    ("بستری ۱۴ مارس", "۱۴ مارس"),
    ("نوبت دکتر ۳ مهر", "۳ مهر"),
    ("जन्म १४ मार्च १९५८", "१४ मार्च"),
    ("अस्पताल में 5 जनवरी को भर्ती", "5 जनवरी"),
    ("เกิด ๑๔ มีนาคม ๒๕๐๑", "มีนาคม"),
    ("เข้าโรงพยาบาล 14 มี.ค.", "มี.ค"),
    ("ولد في ١٤ آذار ١٩٥٨", "آذار"),
    ("دخلت المستشفى ١٤ مارس", "مارس"),
    ("موعدي يوم 3 أبريل", "أبريل"),
    ("ծնվել է մարտի 14-ին", "մարտի"),
    ("დაიბადა 14 მარტს", "მარტს"),
    ("3 сарын 14 өдөр", "сарын 14"),
    ("гуравдугаар сарын 14", "сарын 14"),
    ("martxoaren 14a", "martxoaren"),
    ("sündinud 14. märts", "märts"),
    ("gimė kovo 14 d.", "kovo 14"),
    ("dzimis 14. martā", "martā"),
    ("syntynyt 14. maaliskuuta", "maaliskuuta"),
    ("született március 14.", "március 14"),
    ("doğum 14 Mart 1958", "14 Mart"),
    ("lahir 14 Maret", "14 Maret"),
    ("kontrol tanggal 3 Mei", "3 Mei"),
    ("tarehe 14 Machi", "14 Machi"),
    ("ipinanganak noong Marso 14", "Marso 14"),
    ("3월 14일에 입원", "14일"),
    ("3月14日入院", "14日"),
    ("３月１４日", "１４日"),
    ("三月十四日", "十四日"),
    ("十二月二十一日出院", "二十一日"),
    ("נולד ב-14 במרץ", "במרץ"),
    ("תור ב-3 באפריל", "באפריל"),
    ("γεννήθηκε 14 Μαρτίου", "Μαρτίου"),
    ("народився 14 березня", "березня"),
    ("родился 14 марта", "марта"),
])
def test_day_and_month_in_any_language(deid, text, secret):
    assert_shape_caught(deid, text, secret, DATE)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [("nhập viện 14/3", "14/3"), ("xuất viện 2.4", "2.4")])
def test_a_vietnamese_stay_date(deid, text, secret):
    assert_shape_caught(deid, text, secret, "day and month of a stay")


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", [
    "take 2 tablets at 8 pm", "set 2 alarms for my pills", "2 out of 3 days this week", "you may take 2 more",
    "see you at 14:30", "got 5 Led bulbs", "uống 2 viên mỗi ngày",
    "uống thuốc 2 lần một ngày", "günde 2 kez ilaç alıyorum", "2 Tabletten am Morgen und 1 am Abend",
    "prendre 2 comprimés le matin", "tomar 1 pastilla cada 8 horas", "kunywa vidonge 2 kila siku",
    "하루 2번 약을 먹어요", "1日2回飲んでください", "每天两次，每次2片", "दिन में 2 बार दवा", "วันละ 2 เม็ด หลังอาหาร",
    "حبتين ٢ يوميا بعد الأكل", "روزی ۲ قرص", "לוקח 2 כדורים ביום", "παίρνω 2 χάπια την ημέρα",
    "2 таблетки утром", "kun 2 kertaa päivässä", "naponta 2 tabletta", "2 kartą per dieną", "2 reizes dienā",
    "päevas 2 korda", "egunean 2 aldiz", "Lisinopril 10 mg, Amlodipine 5 mg", "insulin 12 units at bedtime",
    "aspirin 81 mg daily", "2 puffs of Ventolin", "zelle sent 20 dollars", "she sent 3 texts", "dag 2 was fine",
    "I gave 2 to des", "tam 3 pills",
])
def test_doses_times_and_everyday_words_are_no_date(deid, text):
    assert_shape_kept(deid, text, DATE)


# --------------------------------------------------------------------------- ages over 89 as idioms

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("she is nearly a century old", "century"),
    ("grandpa is in his tenth decade", "tenth decade"),
    ("mom is pushing 100", "100"),
    ("dad turned the big nine-oh last week", "nine-oh"),
    ("she hit the big 9-0 in May", "9-0"),
    ("she's 90-something", "90-something"),
    ("he lived ninety-odd years", "ninety-odd"),
    ("she is well into her nineties", "nineties"),
    ("my father is over ninety", "ninety"),
    ("grandma is almost 100", "100"),
    ("she's a hundred and two", "hundred and two"),
    ("my uncle, going on 95, still drives", "95"),
    ("meine Oma ist über neunzig", "neunzig"),
    ("ma grand-mère est centenaire", "centenaire"),
    ("mia nonna è novantenne", "novantenne"),
    ("mi abuela tiene casi cien años", "cien"),
    ("mijn opa is bijna honderd", "honderd"),
    ("minha avó tem quase cem anos", "cem"),
])
def test_old_age_idioms(deid, text, secret):
    assert_shape_caught(deid, text, secret, AGE)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", [
    "the church is nearly a century old", "this recipe is almost a century old", "I walked almost 100 steps",
    "glucose over 90 today", "my sugar was almost 100 this morning", "over 90 minutes of walking",
    "she is almost 90 minutes late", "the 90s music was great", "a big 90 inch screen",
])
def test_things_almost_a_hundred_are_no_old_age(deid, text):
    assert_shape_kept(deid, text, AGE)


# --------------------------------------------------------------------------- post-office boxes

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("send it to Apartado Postal 123, Oaxaca", "123"),
    ("Apdo. 45 San José", "45"),
    ("write to BP 56, Dakar", "56"),
    ("B.P. 1234 Abidjan", "1234"),
    ("Caixa Postal 789 Recife", "789"),
    ("Postfach 1234 München", "1234"),
    ("Casella postale 12 Roma", "12"),
    ("Boîte postale 3 Lomé", "postale 3"),
    ("CP 45 Cotonou", "45"),
    ("Postbus 1234 Utrecht", "1234"),
    ("skrytka pocztowa 12", "12"),
    ("а/я 12 Москва", "12"),
    ("абонентский ящик 5", "5"),
    ("私書箱 12号", "12"),
    ("P.O.B. 1234", "1234"),
    ("POB 77", "77"),
    ("Locked Bag 5 Sydney", "Bag 5"),
    ("Private Bag X12 Gaborone", "X12"),
    ("GPO Box 9 Melbourne", "Box 9"),
])
def test_post_office_boxes_of_other_countries(deid, text, secret):
    assert_shape_caught(deid, text, secret, BOX)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", [
    "BP 120/80 today", "my BP 140 this morning", "CP 2 tabs", "the box has 12 pills", "bp 130 after lunch",
])
def test_blood_pressures_and_pill_boxes_are_no_post_box(deid, text):
    assert_shape_kept(deid, text, BOX)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", ["14 ", "a.", "mar ", "3月 ", "ngày 1", "over 9", "BP 1 ", "ab'", "1 сарын "])
def test_a_long_run_of_a_short_piece_costs_time_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece)


@pytest.mark.verifies("REQ-DEID-003")
def test_a_redacted_date_leaves_nothing_the_check_reads(deid):
    """A message with several of these shapes comes out with none the check reads."""
    out = redacted(deid, "born 14 Machi, now in his tenth decade, write to Postfach 1234 München")
    assert not {DATE, AGE, BOX} & set(shape_kinds(out)), out
