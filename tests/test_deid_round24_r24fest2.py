"""Round 24 (branch ``r24fest2``): birthdays by festivals the vocabulary lacked, and a romaji phone with "no".

a. a birthday said by a fixed-date festival of East, South-East and South Asia, or by its Czech, French or
   Portuguese name ("Tanabata", "七夕", "삼일절", "Songkran", "สงกรานต์", "国庆", "একুশে ফেব্রুয়ারি", "Štědrý večer",
   "veille de Noël", "dia dos mortos", "Natal"), with birth words of those languages, romanised too ("umare",
   "taeeonasseoyo", "jonmo", "narodil", "nasci"): the month and the day of a date of birth. The festivals are
   :mod:`features.deid.calendars`'s and ``holidaywords.SCRIPT_FESTIVALS``, names that are no safe date word alone
   ("Natal" is a city too, "National Day" is another day elsewhere) ``holidaywords.BIRTHDAY_ONLY_FESTIVALS``; the
   redactor reads them in ``more_shapes.festival_birthday_spans``, the check in ``leakshapes.has_festival_birthday``.
b. a phone said in romaji or romanised Korean with a word between its groups ("zero kyuu zero no ichi ni san yon no
   ...", "gong il gong e il i sam sa e ..."): the words are ``digitwords.ROMANISED_GROUP_SEPARATORS``, passed over
   between two readings by the shared ``normalize.romanised_digits_as_figures`` view both sides read.
"""

from __future__ import annotations

import pytest

from features.deid.normalize import romanised_digits_as_figures
from tests import deid_probes as probes
from tests.deid_probes import redacted

FESTIVAL = probes.FESTIVAL_BIRTHDAY
PHONE_IN_WORDS = "phone-shaped number in digit words"

FESTIVAL_BIRTHDAYS = [
    ("narodil jsem se na Štědrý večer 1956", "Štědrý"),
    ("narozeniny mám na Štědrý den", "Štědrý"),
    ("née la veille de Noël", "veille"),
    ("Tanabata no hi ni umaremashita", "Tanabata"),
    ("七夕生まれです", "七夕"),
    ("tanabata umare desu", "tanabata"),
    ("born on the Star Festival", "Star"),
    ("I'm a Tanabata baby", "Tanabata"),
    ("tanjoubi wa Tanabata desu", "Tanabata"),
    ("삼일절에 태어났어요", "삼일절"),
    ("samiljeol-e taeeonasseoyo", "samiljeol"),
    ("Samiljeol is my birthday", "Samiljeol"),
    ("생일이 삼일절이에요", "삼일절"),
    ("born on Songkran day so my birthday is a water fight", "Songkran"),
    ("เกิดวันสงกรานต์", "สงกรานต์"),
    ("my birthday is Songkran", "Songkran"),
    ("I was born on Thai New Year", "Thai"),
    ("วันเกิดตรงกับวันสงกรานต์", "สงกรานต์"),
    ("born on Ekushey February", "Ekushey"),
    ("একুশে ফেব্রুয়ারি জন্ম", "একুশে"),
    ("Ekushey te amar jonmo", "Ekushey"),
    ("国庆节生的", "国庆"),
    ("born on Guoqing", "Guoqing"),
    ("I was born on National Day", "National"),
    ("nasci no dia dos mortos", "mortos"),
    ("a minha avó nasceu no Natal de 1930", "Natal"),
    ("born on Hangeul Day", "Hangeul"),
    ("한글날에 태어났어요", "한글날"),
    ("mi cumpleaños es el Día de la Hispanidad", "Hispanidad"),
    ("nasci no Dia da Independência", "Independ"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), FESTIVAL_BIRTHDAYS)
def test_a_birthday_by_a_festival_of_more_lands_goes_for_both_sides(deid, text, secret):
    probes.assert_festival_birthday_caught(deid, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("dob", "text", "secret"), [
    ("1956-12-24", "Narodil jsem se na Štědrý den, proto si léky beru i o Vánocích.", "Štědrý"),
    ("1958-07-07", "born on Tanabata 1958", "Tanabata"),
    ("1960-03-01", "Samiljeol is my birthday", "Samiljeol"),
    ("1962-10-01", "I was born on National Day, 国庆节出生", "National"),
])
def test_the_owners_birthday_by_such_a_festival_goes_too(deid, index, dob, text, secret):
    probes.assert_owners_festival_birthday_caught(deid, index, dob, text, secret)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [
    "we flew to Natal for the holidays", "Songkran holidays start on Monday", "Songkran water fight tomorrow",
    "七夕に薬を飲み忘れた", "삼일절에 약을 잊었어요", "na Štědrý den jsem zapomněl léky", "prenatal vitamins daily",
    "National Day parade, took metformin after", "国庆节快乐", "vou ao Natal ver a família",
])
def test_such_a_festival_without_a_birthday_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)
    assert FESTIVAL not in probes.shape_kinds(text)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_festival_birthday_reading_costs_in_proportion(deid, index):
    probes.assert_cost_in_proportion(deid, index, "born on the on the jsem se na Tanabata-e no hi ni 七夕 เกิด ",
                                     sizes=(100, 400))


# --------------------------------------------------------------------------- b. group separator words in a phone

@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("keitai wa zero kyuu zero no ichi ni san yon no go roku nana hachi", "hachi"),
    ("maru kyuu maru no ichi ni san yon no go roku nana hachi", "hachi"),
    ("my number: gong il gong e il i sam sa e o yuk chil pal", "chil"),
])
def test_a_phone_with_group_words_in_romanised_digits_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {PHONE_IN_WORDS})
    assert "<PHONE>" in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_owners_phone_with_no_between_groups_goes(deid):
    patient = probes.owner(phone="090-1234-5678")
    probes.assert_owner_caught(deid, patient, "keitai wa zero kyuu zero no ichi ni san yon no go roku nana hachi",
                               "hachi")


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [
    "watashi no namae wa Aiko", "roku no hon", "san no kusuri wa asa", "ichi no ban", "pal e il", "no no no",
])
def test_a_separator_word_alone_is_no_digit(text):
    assert romanised_digits_as_figures(text) == text
