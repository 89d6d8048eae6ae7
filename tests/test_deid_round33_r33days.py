"""Round 33, branch r33days: the owner's birthday said by a named day the table lacked, of which the 32nd black-box
round published all but the year, each generalised.

a. Christmas by its German and Nordic ordinal ("am ersten Weihnachtstag", "zweiten Weihnachtsfeiertag", "første
   juledag", "annen juledag"), the German Christmas Eve hyphenated or apart ("Heilig-Abend", "am Heiligen Abend").
b. Saints' days said by the saint's case: Czech and Slovak "na Mikuláše", "na Štěpána" (the name alone is a man's),
   Croatian "na Veliku Gospu", "na Svetog Stjepana"; the Dutch "Sint-Nicolaasdag" and "Sinterklaas" (the 6th too).
c. National days: the Polish "Święto Wojska Polskiego", "the Glorious Fourth", India's "pandrah August" romanised
   and in Devanagari (with the Devanagari birth word "जन्म").
d. The Japanese imperial days in kanji: 明治節 (3 November), 天長節 (29 April in the Shōwa era), 終戦記念日 (15 August),
   read for the owner with a birth word further away than the whoever's reading reaches, the year beside taken too.
e. The Finnish May Day in its cases ("synnyin vappuna"): read only as the owner's birthday, by both sides; round 31's
   kept "olen syntynyt vappuna" (no owner) stays for both (round 34: it goes for both, a birthday whoever's). A
   birth word of round 31 beside a named day with no owner ("lahir pada Hari Kemerdekaan") was refused by the check
   and published by the redactor: both take it now.

Each on both sides: the redactor makes the named day and its year one ``<DATE>``, the check finds the birthday in the
raw text and nothing in the published one; the same days named with no birth word stay.
"""

from __future__ import annotations

import datetime

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner, owner_and_check_finds

#: the kinds the check reads a birthday said by a named day as (the owner's, or anybody's)
_DAY_KINDS = {"own date_of_birth as a holiday", "own date_of_birth next to a holiday", "birthday by a festival"}


def _assert_named_birthday_gone(deid, dob: str, text: str, secret: str) -> None:
    """For an owner born on ``dob`` (ISO), ``secret`` and the year go in a ``<DATE>``, the check reads a birthday in
    the raw text and finds nothing in the published one."""
    patient = owner(dob=datetime.date.fromisoformat(dob))
    out = probes.redacted(deid, text, patient)
    assert secret not in out and dob[:4] not in out and "<DATE>" in out, out
    assert _DAY_KINDS & owner_and_check_finds(patient, text), owner_and_check_finds(patient, text)
    assert not owner_and_check_finds(patient, out), (out, owner_and_check_finds(patient, out))


NAMED_DAY_BIRTHDAYS = [
    # a. the round's, and our own forms beside them
    ("1931-12-25", "am ersten Weihnachtstag 1931 geboren", "Weihnachtstag"),
    ("1931-12-26", "ich bin am zweiten Weihnachtsfeiertag 1931 geboren", "Weihnachtsfeiertag"),
    ("1931-12-24", "geboren am Heilig-Abend 1931", "Heilig"),
    ("1971-12-24", "am Heiligen Abend 1971 geboren", "Abend"),
    ("1971-12-25", "am ersten Weihnachtstag 1971 geboren", "Weihnachtstag"),
    ("1931-12-26", "ich bin am 2. Weihnachtsfeiertag 1931 geboren", "Weihnachtsfeiertag"),
    ("1931-12-25", "jeg er født første juledag 1931", "juledag"), ("1931-12-26", "jeg ble født annen juledag 1931",
                                                                      "juledag"),
    ("1931-12-25", "født juledag 1931", "juledag"), ("1931-12-26", "jeg er født anden juledag 1931", "juledag"),
    ("1931-12-25", "født 1. juledag 1931", "juledag"),
    # b.
    ("1931-12-06", "narodila jsem se na Mikuláše 1931", "Mikul"), ("1931-12-26", "narodil jsem se na Štěpána 1931",
                                                                   "Štěp"),
    ("1931-12-06", "narodil jsem se na svatého Mikuláše 1931", "Mikul"),
    ("1971-12-26", "urodziłam się na Szczepana 1971", "Szczepan"), ("1931-12-06", "urodził się na Mikołaja", "Miko"),
    ("1931-12-06", "ik ben geboren op Sint-Nicolaasdag 1931", "Nicolaas"),
    ("1931-12-06", "geboren op Sinterklaas 1931", "Sinterklaas"),
    ("1931-08-15", "rođena sam na Veliku Gospu 1931", "Gosp"), ("1931-12-26", "rođen sam na Svetog Stjepana 1931",
                                                                "Stjepan"),
    # c.
    ("1931-08-15", "urodziłem się w Święto Wojska Polskiego 1931", "Wojska"),
    ("1931-07-04", "I was born on the Glorious Fourth 1931", "Glorious"),
    ("1971-07-04", "born on the Glorious 4th, 1971", "Glorious"),
    ("1931-08-15", "mera janam pandrah August 1931 ko hua", "pandrah"),
    ("1931-08-15", "मेरा जन्म पंद्रह अगस्त को हुआ", "पंद्रह"),
    # d.
    ("1931-11-03", "明治節 1931年に生まれました", "明治節"), ("1931-04-29", "天長節 1931年生まれ", "天長節"),
    ("1931-08-15", "終戦記念日 1931年生まれ", "終戦"), ("1931-11-03", "1931年の明治節に生まれました", "明治節"),
    ("1971-11-03", "明治節 1971年に生まれました", "明治節"), ("1931-04-29", "天長節に生まれた", "天長節"),
    # e.
    ("1931-05-01", "synnyin vappuna 1931", "vappu"), ("1931-05-01", "synnyin vappuna", "vappu"),
    ("1971-05-01", "olen syntynyt vappuna 1971", "vappu"), ("1931-05-01", "synnyin vapunpäivänä 1931", "vapun"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text", "secret"), NAMED_DAY_BIRTHDAYS)
def test_the_owners_birthday_by_a_named_day_goes_whole_for_both_sides(deid, dob, text, secret):
    _assert_named_birthday_gone(deid, dob, text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "we had a lovely juledag", "happy Glorious Fourth everyone", "Sinterklaas brought sweets",
    "am ersten Weihnachtstag waren wir bei Oma", "Heilig-Abend feiern wir zu Hause", "första juledag åt vi skinka",
    "na Mikuláše jsme dostali čokoládu", "na Štěpána jsme byli u babičky", "viděl jsem Štěpána v lékárně",
    "czekam na Szczepana w aptece",
    "na Veliku Gospu idemo na misu", "Święto Wojska Polskiego to dzień wolny", "pandrah August ko chutti hai",
    "明治節の話を祖父から聞いた", "終戦記念日に薬局は休みです", "Sint-Nicolaasdag is gezellig",
    # e.: May Day inflected with no birth word (round 34: with one it is anybody's birthday)
    "vappuna otin lääkkeet ajallaan",
])
def test_a_named_day_with_no_birth_word_or_owner_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "am zweiten Weihnachtstag waren wir bei Oma", "synnyin vappuna", "明治節に生まれました", "born on the Glorious Fourth",
])
def test_another_day_is_no_owners_named_birthday(deid, text):
    # the owner of the probes is born on 4 March: the named days of others stay for the owner's readings
    patient = owner()
    out = probes.redacted(deid, text, patient)
    assert not {"own date_of_birth as a holiday", "own date_of_birth next to a holiday"} & owner_and_check_finds(
        patient, text), owner_and_check_finds(patient, text)
    if "Weihnachtstag" in text:  # round 34: "synnyin vappuna" is anybody's birthday (tests/test_deid_round34_r34days.py)
        assert out == text, out


@pytest.mark.verifies("REQ-DEID-003")
def test_the_second_christmas_day_is_no_first(deid):
    # an owner born on the 25th: "the second Christmas day" is the 26th, no birthday of theirs
    patient = owner(dob=datetime.date(1971, 12, 25))
    for text in ("am zweiten Weihnachtstag bin ich geboren", "jeg er født annen juledag"):
        assert "own date_of_birth as a holiday" not in owner_and_check_finds(patient, text), text


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", ["lahir pada Hari Kemerdekaan", "sundisin vabariigi aastapäeval"])
def test_e_a_birth_word_of_round_31_beside_a_named_day_goes_for_both_sides_with_no_owner(deid, index, text):
    probes.assert_festival_birthday_caught(deid, text, text.split()[-1])
    assert not probes.free_text_kinds(index, probes.redacted(deid, text))


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "geboren am ersten Weihnachts-Feiertag 1931, na Mikuláše, Heilig Abend; ",
    "zweiten " * 3 + "annen juledag 明治節 " + "na svateho " * 2,
])
def test_the_round33_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
