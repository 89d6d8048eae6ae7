"""Round 31, branch r31days: what a black-box tester got past both sides of the de-identifier, each generalised.

a. The owner's birthday said by a named day the holiday tables lacked: national and independence days and fixed-date
   feasts of many countries, in their own languages and in English ("born on Rizal Day", "lahir pada Hari
   Kemerdekaan", "γεννήθηκα τον Δεκαπενταύγουστο", "sündisin vabariigi aastapäeval", "born on Choul Chnam Thmey"),
   with the birth words of more languages ("lahir", "ipinanganak", "paidaish", "fædd", "doğdum").
b. The owner's date of birth in the Ethiopian (and Coptic) calendar ("ተወለድኩ የካቲት 25 1950 ዓ.ም"), and a year of birth
   over 89 in it ("የተወለድኩት በ1927 ዓ.ም ነው").
c. Ages over 89 in number words of Bengali, Georgian, Mongolian, Hindi and Urdu ("বয়স তিরানব্বই বছর", "ოთხმოცდაცამეტი
   წლისაა", "ерэн гурван настай", "nani ki umar tiranve saal hai"), and Chinese numerals before "周岁" ("九十三周岁").

Each on both sides: the redactor (:mod:`features.deid.calendars`' named days and calendars, read by the owner pass;
:mod:`features.deid.calendar_shapes`) takes it out; the check (its owner check, :mod:`features.deid.leakcalendars`)
finds it in the raw text and nothing in the published one. Ordinary mentions of the days and small numbers stay.
"""

from __future__ import annotations

import datetime

import pytest

from features.deid.calendars import birthday_in_calendars
from tests import deid_probes as probes
from tests.deid_probes import owner, owner_kinds

# --------------------------------------------------------------------------- a. the owner's birthday by a named day

NAMED_DAY_BIRTHDAYS = [
    ("1958-12-30", "I was born on Rizal Day", "Rizal"),
    ("1958-02-14", "saya lahir pada Hari Kekasih", "Kekasih"),
    ("1958-08-14", "I was born on Pakistan's Independence Day", "Independence"),
    ("1958-08-17", "saya lahir pada Hari Kemerdekaan", "Kemerdekaan"),
    ("1958-04-27", "born on Freedom Day", "Freedom"),
    ("1958-08-15", "γεννήθηκα τον Δεκαπενταύγουστο", "Δεκαπενταύγουστο"),
    ("1958-01-06", "il mio compleanno è la Befana", "Befana"),
    ("1958-06-17", "born on Iceland's national day", "national day"),
    ("1958-02-24", "sündisin Vabariigi aastapäeval", "aastapäeval"),
    ("1958-04-14", "born on Choul Chnam Thmey", "Chnam"),
    # our own: more days, languages and orders
    ("1958-08-14", "meri paidaish Yaum-e-Azadi par hui", "Azadi"),
    ("1958-08-17", "Hari Kemerdekaan adalah ulang tahun saya", "Kemerdekaan"),
    ("1958-12-06", "syntymäpäiväni on itsenäisyyspäivänä", "itsenäisyyspäivänä"),
    ("1958-06-12", "ipinanganak ako noong Araw ng Kalayaan", "Kalayaan"),
    ("1958-01-06", "sono nato il giorno dell'Epifania", "Epifania"),
    ("1958-10-28", "I was born on Ochi Day", "Ochi"),
    ("1958-05-17", "jeg er født på grunnlovsdagen", "grunnlovsdagen"),
    ("1958-12-01", "m-am nascut de Ziua Nationala", "Nationala"),
    ("1958-09-16", "born on Mexican Independence Day, el Grito de Dolores", "Dolores"),
    ("1958-08-31", "saya dilahirkan pada Hari Merdeka", "Merdeka"),
    ("1958-06-02", "sono nata il giorno della Festa della Repubblica", "Repubblica"),
    ("1958-09-11", "born on Enkutatash", "Enkutatash"),
    ("1958-10-02", "my birthday is on Gandhi Jayanti", "Gandhi Jayanti"),
    ("1958-03-23", "born on Pakistan Day", "Pakistan Day"),
    ("1958-04-13", "I was born on Khmer New Year", "Khmer New Year"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text", "secret"), NAMED_DAY_BIRTHDAYS)
def test_a_the_owners_birthday_said_by_a_named_day_goes_for_both_sides(deid, index, dob, text, secret):
    assert owner_kinds(owner(dob=datetime.date.fromisoformat(dob)), text), text
    probes.assert_owners_festival_birthday_caught(deid, index, dob, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text", "_"), NAMED_DAY_BIRTHDAYS[:6])
def test_a_the_named_day_of_another_day_is_no_owners_birthday(dob, text, _):
    # the owner of the probes is born on 4 March: a named day of another day said with a birth word is no owner's date
    assert not owner_kinds(owner(), text), text


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "we go to church at Befana", "Happy Freedom Day everyone", "Selamat Hari Kemerdekaan, saya minum obat pagi ini",
    "Rizal Day is a holiday so the pharmacy is closed", "Hari Kekasih tahun ini saya di rumah",
    "Festa della Befana: ho preso la pillola", "Choul Chnam Thmey is next week so I refill early",
])
def test_a_a_named_day_with_no_birth_word_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)
    probes.assert_owner_text_kept(deid, owner(dob=datetime.date(1958, 8, 17)), text)


# --------------------------------------------------------------------------- b. the Ethiopian calendar

@pytest.mark.verifies("REQ-DEID-003")
def test_b_the_ethiopian_and_coptic_birthdays_are_computed():
    calendars = {c.calendar: c for c in birthday_in_calendars(datetime.date(1958, 3, 4))}
    assert (calendars["ethiopian"].year, calendars["ethiopian"].days) == (1950, (25,))
    assert (calendars["coptic"].year, calendars["coptic"].days) == (1674, (25,))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("ተወለድኩ የካቲት 25 1950 ዓ.ም", "1950"), ("born 25 Yekatit 1950 Ethiopian calendar", "1950"),
    ("የተወለድኩት በ1950 ዓ.ም የካቲት 25 ቀን ነው", "1950"), ("DOB 1950-06-25 E.C.", "1950"),
])
def test_b_the_owners_date_of_birth_in_the_ethiopian_calendar_goes_for_both_sides(deid, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, owner(), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("የተወለድኩት በ1927 ዓ.ም ነው", "1927"), ("በ1925 ዓ/ም ተወለደች", "1925"), ("እናቴ በ1920 ዓ.ም ተወለደች", "1920"),
])
def test_b_a_year_of_birth_over_89_in_the_ethiopian_calendar_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"year of birth over 89"})


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["የተወለድኩት በ1990 ዓ.ም ነው", "በ1927 ዓ.ም ትምህርት ቤቱ ተከፈተ"])
def test_b_a_later_or_unborn_ethiopian_year_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- c. ages over 89 in number words

NUMBER_WORD_AGES = [
    ("আমার বয়স তিরানব্বই বছর", "তিরানব্বই"), ("ბებიაჩემი ოთხმოცდაცამეტი წლისაა", "ოთხმოცდაცამეტი"),
    ("эмээ маань ерэн гурван настай", "ерэн"), ("dada ji baanve saal ke hain", "baanve"), ("奶奶今年九十三周岁", "九十三"),
    # our own
    ("দাদির বয়স পঁচানব্বই", "পঁচানব্বই"), ("নানি ছিয়ানব্বই বছরের", "ছিয়ানব্বই"), ("বাবা একশো এক বছর বয়সী", "একশো"),
    ("ბაბუა ოთხმოცდათხუთმეტი წლის არის", "ოთხმოცდათხუთმეტი"), ("დედა ასი წლისაა", "ასი"),
    ("өвөө ерэн долоон настай", "ерэн"), ("ээж зуун нэгэн настай", "зуун"),
    ("nana ki umar ninyanve hai", "ninyanve"), ("dadi pachanve saal ki ho gayi", "pachanve"),
    ("दादी छियानवे साल की हैं", "छियानवे"), ("نانی ستانوے سال کی ہیں", "ستانوے"), ("外公一百零一虚岁", "一百零一"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), NUMBER_WORD_AGES)
def test_c_an_age_over_89_in_number_words_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"age over 89"})


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "ерэн хувь сайжирсан", "ер нь би сайн байна", "dawai ke nabbe rupaye lage", "ye ghar nabbe saal purana hai",
    "nabbe saal pehle ki baat hai", "奶奶今年八十九周岁", "九十三块钱", "ფასი ოთხმოცდაათი ლარია",
    "দাম নব্বই টাকা", "ерэн жилийн өмнө",
])
def test_c_numbers_that_are_no_age_over_89_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "born on Rizal Day; saya lahir pada Hari Kemerdekaan; sündisin vabariigi aastapäeval; ተወለድኩ የካቲት 25 1950 ዓ.ም; "
    "የተወለድኩት በ1927 ዓ.ም ነው; বয়স তিরানব্বই বছর; ოთხმოცდაცამეტი წლისაა; ерэн гурван настай; nabbe saal; 九十三周岁. ",
])
def test_the_round31_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
