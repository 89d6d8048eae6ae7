"""Round 34, branch r34days: a birthday said by a named day the tables lacked, which the 33rd black-box round
published, each generalised to the named days of the same countries.

a. Christmas by its Czech, Slovak and Polish ordinals and names ("na Boží hod", "2. svátek vánoční", "w pierwszy dzień
   świąt"; not Easter's "Boží hod velikonoční", "świąt Wielkanocnych"), the Romanian "Revelion", "Crăciun", "Ajunul
   Crăciunului".
b. National and saints' days of those countries: Portugal's and Brazil's ("feriado da Independência", "Restauração da
   Independência", "Tiradentes"), Spain's ("día de la Virgen del Pilar", "día de la Constitución"), Romania's ("Ziua
   Unirii", "Sfântul Andrei"), Czechia's and Poland's ("na svatého Václava", "Andrzejki", "Wszystkich Świętych").
c. Korea's and Japan's national days in their scripts (제헌절, 기독탄신일, 紀元節, 勤労感謝の日) and in Latin letters
   ("kigensetsu"); a year of birth between a script festival and its birth word ("紀元節 1951年に生まれました").
d. The Finnish May Day in its cases beside a birth word ("olen syntynyt vappuna"), read for the owner only until now,
   is anybody's birthday (a day and a month of birth); "vappuna" with no birth word stays. "Columbus Day" beside a
   birth word is 12 October (its day until 1971, and still in Spain and Latin America); the other movable days
   (Thanksgiving, Easter) with no year name no day and month, and stay.

Each on both sides: the redactor makes the named day a ``<DATE>``, the check reads a birthday in the raw text and
nothing in the published one; the same days named with no birth word stay for both.
"""

from __future__ import annotations

import datetime

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner, owner_and_check_finds

#: the kinds the check reads a birthday said by a named day as (the owner's, or anybody's)
_DAY_KINDS = {"own date_of_birth as a holiday", "own date_of_birth next to a holiday", "birthday by a festival"}

BIRTHDAYS = [
    # a. Christmas and its eve by their Czech, Slovak, Polish and Romanian names
    ("1951-12-25", "narodila jsem se na Boží hod 1951", "Boží"),
    ("1951-12-25", "narodil jsem se na Boží hod vánoční", "Boží"),
    ("1951-12-26", "narodil jsem se na 2. svátek vánoční", "svátek"),
    ("1962-12-25", "narodila som sa na prvý sviatok vianočný", "sviatok"),
    ("1951-12-25", "narodila jsem se o Vánocích", "Vánoc"),
    ("1951-12-25", "urodziłam się w pierwszy dzień świąt 1951", "pierwszy"),
    ("1951-12-26", "urodziłem się w drugi dzień świąt", "drugi"),
    ("1951-12-31", "m-am născut de Revelion 1951", "Revelion"),
    ("1951-12-25", "m-am născut de Crăciun", "Crăciun"),
    ("1951-12-24", "m-am născut în Ajunul Crăciunului", "Ajunul"),
    # b. national and saints' days
    ("1951-09-07", "nasci no feriado da Independência de 1951", "Independência"),
    ("1951-12-01", "nasci no feriado da Restauração da Independência", "Restauração"),
    ("1951-04-21", "nasci no feriado de Tiradentes", "Tiradentes"),
    ("1951-11-15", "nasci na Proclamação da República", "Proclamação"),
    ("1951-10-12", "nací el día de la Virgen del Pilar de 1951", "Pilar"),
    ("1951-12-06", "nací el día de la Constitución", "Constitución"),
    ("1951-12-28", "nací el día de los Santos Inocentes", "Inocentes"),
    ("1951-01-24", "m-am născut de Ziua Unirii", "Unirii"),
    ("1951-09-28", "narodil jsem se na svatého Václava", "Václava"),
    ("1951-10-28", "narodil jsem se na Den vzniku Československa", "Československa"),
    ("1951-11-01", "urodziłam się we Wszystkich Świętych", "Świętych"),
    ("1951-11-30", "urodziłem się w Andrzejki", "Andrzejki"),
    ("1951-02-28", "synnyin Kalevalan päivänä", "Kalevalan"),
    ("1951-12-31", "urodziłam się w Sylwestra", "Sylwestra"), ("1951-12-31", "narodil jsem se na Silvestra", "Silvestra"),
    ("1951-01-01", "narodila jsem se na Nový rok", "Nový"), ("1951-01-06", "narodila jsem se na Tři krále", "krále"),
    ("1951-01-06", "synnyin loppiaisena", "loppiais"), ("1951-02-14", "synnyin ystävänpäivänä", "ystävän"),
    ("1951-06-24", "m-am născut de Sânziene", "Sânziene"),
    ("1951-05-21", "m-am născut de Sfinții Constantin și Elena", "Constantin"),
    # c. Korea and Japan
    ("1951-07-17", "제헌절에 태어났어요", "제헌절"), ("1951-12-25", "제 생일은 기독탄신일이에요", "기독탄신일"),
    ("1956-05-17", "제 생일은 부처님 오신 날이에요", "부처님"),
    ("1951-08-15", "제 생일은 광복절이에요", "광복절"), ("1951-10-09", "한글날에 태어났습니다", "한글날"),
    ("1951-02-11", "紀元節 1951年に生まれました", "紀元節"), ("1951-11-23", "勤労感謝の日に生まれました", "勤労感謝"),
    ("1951-02-11", "kigensetsu ni umareta", "kigensetsu"),
    # d. May Day in its cases, and Columbus Day
    ("1951-05-01", "olen syntynyt vappuna", "vappu"), ("1951-05-01", "synnyin vapunpäivänä", "vapun"),
    ("1951-10-12", "I was born on Columbus Day", "Columbus"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text", "secret"), [
    *BIRTHDAYS,
    # with no owner the NER takes "născut de Sfântul Andrei" as a person first: gone, as a <PERSON>
    ("1951-11-30", "m-am născut de Sfântul Andrei", "Andrei"), ("1951-04-23", "m-am născut de Sfântul Gheorghe", "Gheorghe"),
])
def test_the_owners_birthday_by_a_named_day_goes_for_both_sides(deid, dob, text, secret):
    patient = owner(dob=datetime.date.fromisoformat(dob))
    out = probes.redacted(deid, text, patient)
    assert secret not in out and "<DATE>" in out, out
    assert _DAY_KINDS & owner_and_check_finds(patient, text), owner_and_check_finds(patient, text)
    assert not owner_and_check_finds(patient, out), (out, owner_and_check_finds(patient, out))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text", "secret"), BIRTHDAYS)
def test_anybodys_birthday_by_a_named_day_goes_for_both_sides(deid, index, dob, text, secret):
    # with no owner: a day and a month of birth is an identifier whoever's it is
    probes.assert_festival_birthday_caught(deid, text, secret)
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "Boží hod jsme strávili u babičky", "na Revelion am fost la părinți", "pierwszy dzień świąt spędzamy w domu",
    "w drugi dzień świąt Wielkanocnych byłam u mamy", "vou à farmácia no feriado da Independência",
    "el día de la Virgen del Pilar cierran la farmacia", "čekám na Václava v lékárně", "Columbus Day sale at the pharmacy",
    "vappuna otin lääkkeet ajallaan", "Crăciunul acesta am luat pastilele", "제헌절에는 약국이 쉬어요", "紀元節の話を聞いた",
    "olen syntynyt keväällä", "loppiaisena olin kotona", "w Sylwestra idziemy do apteki", "na Nový rok jsem vzala léky",
    "Sânzienele sunt frumoase", "Veselé Vánoce a šťastný Nový rok, léky beru", "Nový rok, léky beru",
    # the movable days with no year: no day and month
    "I was born on Thanksgiving", "nací en Semana Santa",
])
def test_a_named_day_with_no_birth_word_or_a_movable_one_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
def test_easter_is_no_christmas_for_the_owner(deid):
    # "Boží hod velikonoční" is Easter Sunday, "drugi dzień świąt Wielkanocnych" Easter Monday: no 25 or 26 December
    patient = owner(dob=datetime.date(1951, 12, 25))
    for text in ("narodil jsem se na Boží hod velikonoční", "urodziłem się w pierwszy dzień świąt Wielkanocnych"):
        assert "own date_of_birth as a holiday" not in owner_and_check_finds(patient, text), text


@pytest.mark.verifies("REQ-DEID-004")
def test_the_round34_readings_cost_in_proportion(deid, index):
    piece = "narodil jsem se na Boží hod, w drugi dzień świąt, de Revelion 1951, 紀元節 1951年, olen syntynyt vappuna; "
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
