"""Round 24 (branch ``r24days``): two kinds a black-box tester got past both sides.

a. a birthday said by a fixed-date festival, whoever's it is, the birth word before the festival or a birthday word
   after it, in many languages and in Chinese, Japanese and Korean ("nací en Nochebuena", "Nochebuena es mi cumple",
   "元旦是我的生日", "생일이 설날이에요"): the month and the day of a date of birth. The words are
   :mod:`features.deid.holidaywords`'s (the redactor's joining words moved there), the festivals
   :mod:`features.deid.calendars`'s and ``holidaywords.SCRIPT_FESTIVALS``; the redactor reads them in
   ``more_shapes.festival_birthday_spans``, the check in ``leakshapes.has_festival_birthday``. A festival with no
   birthday stays ("see you after Christmas", "Christmas Eve dinner").
b. phones and record numbers said in Japanese romaji, romanised Sino-Korean digits and Bengali in Latin letters
   ("roku ichi nana san ...", "gong il gong il i sam sa ...", "ek dui tin char panch ..."): the words are
   :mod:`features.deid.digitwords`'s, read by the shared ``normalize.romanised_digits_as_figures`` view and the
   digit-word reading; everyday words ("go", "san", "ni", "o", "i", "do") stay words.
"""

from __future__ import annotations

import pytest

from features.deid.normalize import romanised_digits_as_figures, said_digits_as_figures
from tests import deid_probes as probes
from tests.deid_probes import redacted

FESTIVAL = probes.FESTIVAL_BIRTHDAY
PHONE_IN_WORDS = "phone-shaped number in digit words"

# --------------------------------------------------------------------------- a. a birthday said by a festival

FESTIVAL_BIRTHDAYS = [
    ("nací en Nochebuena", "Nochebuena"),
    ("Nochebuena es mi cumple", "Nochebuena"),
    ("mi cumpleaños cae en Año Nuevo", "Nuevo"),
    ("元旦是我的生日", "元旦"),
    ("我出生在平安夜", "平安夜"),
    ("compleanno a Capodanno", "Capodanno"),
    ("こどもの日が誕生日です", "こどもの日"),
    ("クリスマスイブ生まれです", "クリスマスイブ"),
    ("my birthday is on Christmas Day", "Christmas"),
    ("Christmas is my birthday", "Christmas"),
    ("je suis né le jour de Noël", "Noël"),
    ("geboren an Silvester", "Silvester"),
    ("Silvester ist mein Geburtstag", "Silvester"),
    ("urodziłam się w Wigilię", "Wigili"),
    ("생일이 설날이에요", "설날"),
    ("크리스마스가 제 생일이에요", "크리스마스"),
    ("a Christmas baby", "Christmas"),
    ("born at Chinese New Year", "Chinese"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), FESTIVAL_BIRTHDAYS)
def test_a_birthday_said_by_a_festival_goes_for_both_sides(deid, text, secret):
    probes.assert_festival_birthday_caught(deid, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("dob", "text", "secret"), [
    ("1950-12-24", "Nochebuena es mi cumple", "Nochebuena"),
    ("1950-01-01", "元旦是我的生日", "元旦"),
    ("1950-05-05", "こどもの日が誕生日です", "こどもの日"),
])
def test_the_owners_festival_birthday_goes_too(deid, index, dob, text, secret):
    probes.assert_owners_festival_birthday_caught(deid, index, dob, text, secret)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [
    "see you after Christmas", "Ramadan fasting and my insulin", "Christmas Eve dinner with the family",
    "my birthday was fine, see you at Christmas", "Christmas and my birthday are both in winter",
    "after New Year's Day I restart the metformin", "圣诞节快乐", "설날에 약을 잊었어요", "元旦我忘了吃药",
    "Nochebuena en casa de mi hermana", "born in a small town, moved at Christmas",
])
def test_a_festival_without_a_birthday_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)
    assert FESTIVAL not in probes.shape_kinds(text)


# --------------------------------------------------------------------------- b. digits in romanised words

SAID_PHONES = [
    ("call me at roku ichi nana san kyu ni hachi go yon zero", "hachi"),
    ("denwa wa zero kyuu roku ni san shi go roku nana hachi desu", "kyuu"),
    ("bangō: zero kyū roku, ni san shi go, roku shichi hachi", "shichi"),
    ("my number: gong il gong il i sam sa o yuk chil pal gu", "chil"),
    ("yeong il yeong i sam sa o yuk chil pal", "yuk"),
    ("amar number ek dui tin char panch chhoy saat aat noy shunno", "chhoy"),
    ("ek dui tin char panch chhoy saat aat noy shunno", "dui"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), SAID_PHONES)
def test_a_phone_said_in_romanised_digit_words_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {PHONE_IN_WORDS})
    assert "<PHONE>" in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("go go go ichi ni san yon yon ichi nana", "ichi"),
    ("denwa: go, go, go, ichi, ni, san, shi, shi, ichi, shichi", "shichi"),
    ("o o o il i sam sa sa il chil", "chil"),
    ("mrn zero zero yon ichi nana nana ni san", "nana"),
    ("MRN: gong gong sa il chil chil i sam", "gong"),
])
def test_the_owners_phone_and_mrn_in_romanised_digit_words_go(deid, text, secret):
    probes.assert_owner_caught(deid, probes.owner(), text, secret)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [
    "we go on Sunday, o sea, ni modo", "later I go with my pal", "il a pris sa pilule", "do it now, o sea",
    "go go go, team", "yo san go", "tengo que ir, o sea, ni idea", "I take one at night and do my walk",
    "the bok choy at dinner", "noi andiamo a casa",
])
def test_everyday_words_stay_words(deid, index, text):
    assert romanised_digits_as_figures(text) == text
    assert said_digits_as_figures(text) == text
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- cost

PIECES = ["roku ichi nana san kyu ni hachi go yon zero ", "gong il gong il i sam sa o yuk chil pal gu ",
          "ek dui tin char panch chhoy saat aat noy shunno ", "nací en Nochebuena ", "Nochebuena es mi cumple ",
          "元旦是我的生日。", "생일이 설날이에요 "]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", PIECES)
def test_round24_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(100, 400))
