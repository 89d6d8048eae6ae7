"""Round 30, branch r30numbers: numbers the twenty-ninth black-box round published with the leak check passing (issue 13).

a. Ages over 89 beside a word of age of ~30 languages the readings did not know ("je mi 93", "мне 93", "92 na ako",
   "93周岁", "虚岁94", "92-vuotias", "93 χρονών", "miaka 93", "אני בת 93") or after a given name in lower case and its
   "'s" or "is" with a word of time after ("dot's 92 now"); doses, readings and counts stay ("92 mg", "bp 93/60", "93
   tablets", "sugar 94"). The check's wrong refusal of the Basque "65 urte ditut" (I am 65) as a name where a person
   stands: a word for years after a figure, or before a Basque auxiliary, is no given name.
b. Years of birth over 89 in other calendars: Minguo ("民國19年生"), Hebrew ("נולדתי בתרצ"א", "5690"), solar Hijri
   ("متولد ۱۳۰۹"), lunar Hijri ("مواليد 1349 هـ"), Vikram Samvat ("विक्रम संवत 1987 में जन्म"), the Russian "в 36-м",
   and a year of two figures after a date of birth said with a month's name ("born jan first 31").
c. Birthdays said by a named day the lists lacked (Nowruz, Valentijnsdag, D-Day, V-E Day, Sinterklaas, ...) and by a
   day told from one ("the night before Christmas", "the eve of", "two days after"), for anybody and for the owner.
d. The owner's phone split over two consecutive messages ("my number is 555 123", then "4417 call me"): the check reads
   each patient's messages in time order across their seam and refuses the pair; the pipeline's redactor takes both
   pieces out.

Each on both sides: the redactor (:mod:`features.deid.calendar_shapes`, :mod:`features.deid.calendars`' named days,
:func:`features.deid.pipeline.seam_redacted`) takes it out; the check (:mod:`features.deid.leakcalendars`,
``IdentifierIndex.scan_message_seams``) finds it in the raw text and nothing in the published one.
"""

from __future__ import annotations

import datetime
from collections import Counter

import pyarrow as pa
import pytest

from features.deid.leakcalendars import calendar_kinds
from features.deid.leakcheck import LeakReport, message_seams
from features.deid.pipeline import seam_redacted
from tests import deid_probes as probes
from tests.deid_probes import owner, owner_kinds, redacted

# --------------------------------------------------------------------------- a. ages by a word of age

AGES = [
    ("dot's 92 now", "92"), ("92 na ako", "92"), ("je mi 93", "93"), ("৯৩ বছর", "৯৩"), ("93周岁", "93"),
    ("虚岁94", "94"), ("93歳", "93"), ("93세", "93"), ("93 साल", "93"), ("93 yaşındayım", "93"), ("umur 93", "93"),
    ("miaka 93", "93"),
    # our own: other languages and spellings of the same kinds
    ("ed is 95 already", "95"), ("rosa's 91 already", "91"), ("grandpa's 101 today", "101"), ("je jí 94", "94"),
    ("мне 93", "93"), ("ей уже 96", "96"), ("мені 91", "91"), ("umri wangu ni 93", "93"),
    ("bibi yangu ana miaka 97", "97"), ("nina miaka 93", "93"), ("olen 92-vuotias", "92"),
    ("mummo on 93-vuotias", "93"), ("είμαι 93 χρονών", "93"), ("אני בת 93", "93"), ("אבא שלי בן 95", "95"),
    ("享年95", "95"), ("年龄：93", "93"), ("爷爷93周岁了", "93"), ("나이 93", "93"), ("93 taong gulang", "93"),
    ("93 anyos na ako", "93"), ("yaşım 93", "93"), ("उम्र 93", "93"), ("বয়স ৯৩", "৯৩"), ("سنی 93", "93"),
    ("عمري 93", "93"), ("věk 93", "93"), ("ama 93 urte ditu", "93"),
]


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "secret"), AGES)
def test_a_an_age_over_89_beside_a_word_of_age_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"age over 89"})


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), AGES)
def test_a_the_checks_shapes_refuse_the_age_as_written(text, secret):
    assert "age over 89" in probes.shape_kinds(text), text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["dot's 92 now", "92 na ako", "je mi 93", "93周岁", "虚岁94", "miaka 93", "мне 93",
                                  "olen 92-vuotias", "אני בת 93", "享年95", "나이 93", "93 anyos na ako"])
def test_a_the_round30_reading_of_the_check_alone_refuses_the_age(text):
    assert "age over 89" in calendar_kinds(text), text


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "92 mg", "bp 93/60", "93 tablets", "sugar 94", "je mi 93 kg", "мне 93 рубля", "sugar's 94 now",
    "the score's 92 now", "umur 45", "je mi 65", "bp 120/93 now", "pulse is 95 now", "ed's 95% now",
    "my weight's 92 now", "I took 93 units today", "93 na tablet", "glucose 93 now", "65 urte ditut",
    "amonak 88 urte ditu", "мне лучше, давление 130/90", "miaka 2 iliyopita nilianza dawa", "umur obat 90 hari",
    "je mi 93 korun", "年龄不重要，血压130/90",
])
def test_a_doses_readings_counts_and_young_ages_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["I met Urte Jonaitis yesterday", "Urte Jonaitis called about the refill"])
def test_a_a_given_name_that_is_a_word_for_years_is_still_a_name(deid, text):
    assert "Jonaitis" not in redacted(deid, text)


# --------------------------------------------------------------------------- b. years of birth in other calendars

#: text -> the year that must go
YEARS = {
    "民國19年生": "19", 'נולדתי בתרצ"א': 'תרצ"א', "נולדתי ב-5690": "5690", "متولد ۱۳۰۹": "۱۳۰۹",
    "مواليد 1349 هـ": "1349", "विक्रम संवत 1987 में जन्म": "1987", "я родился в 36-м": "36",
    # our own
    "生於民國十五年": "十五", "民国20年出生": "20", 'סבתא ילידת תרפ"ט': 'תרפ"ט', "سال تولدم ۱۳۰۵ است": "۱۳۰۵",
    "من مواليد عام 1345 هجري": "1345", "ولدت سنة ١٣٤٨": "١٣٤٨", "मेरा जन्म वि.सं. 1985 में हुआ": "1985",
    "born in samvat 1986": "1986", "бабушка родилась в 31-м году": "31", "дед родился в 29-м": "29",
}


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "secret"), YEARS.items())
def test_b_a_year_of_birth_over_89_in_another_calendar_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"year of birth over 89"})


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [("民國19年生", "19"), ("я родился в 30-м", "30"),
                                              ("born jan first 30", "30"), ("مواليد 1349 هـ", "1349")])
def test_b_the_owners_year_of_birth_in_another_calendar_goes(deid, index, text, secret):
    patient = owner(dob=datetime.date(1930, 1, 1))
    out = redacted(deid, text, patient)
    assert secret not in out, out
    assert not probes.free_text_kinds(index, out) and not owner_kinds(patient, out), out


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "secret"), [
    ("born jan first 31", "31"), ("born on the first of january, '31", "31"), ("my birthday is march 3rd 29", "29"),
    ("dob july twenty-first 33", "33"),
])
def test_b_a_year_of_two_figures_after_a_date_of_birth_in_words_goes(deid, index, text, secret):
    assert probes.free_text_kinds(index, text), text
    out = redacted(deid, text)
    assert not out.endswith(secret) and "<DATE>" in out, out
    assert not probes.free_text_kinds(index, out), out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "民國110年的報告", "民國19年的房子", "שנת לידה לא ידועה, לוקח 2 כדורים", "متولد شدم و ۲ قرص می‌خورم",
    "مواليد 1400 هـ", "я родился в 76-м", "в 36-м автобусе", "Samvat 1987 was a hard year",
])
def test_b_young_years_other_years_and_counts_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- c. birthdays said by a named day

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text", "secret"), [
    ("1958-03-21", "my birthday is on Nowruz", "Nowruz"),
    ("1958-02-14", "jarig op Valentijnsdag", "Valentijnsdag"),
    ("1958-12-24", "born the night before christmas", "christmas"),
    ("1944-06-06", "born on D-Day", "D-Day"),
    ("1958-07-14", "born on bastille day", "bastille"),
    ("1958-11-05", "born on Guy Fawkes night", "Fawkes"),
    ("1958-03-17", "born on St Patrick's day", "Patrick"),
    # our own
    ("1958-12-24", "born on the eve of christmas", "christmas"),
    ("1958-12-27", "born two days after christmas", "christmas"),
    ("1958-02-14", "Geburtstag am Valentinstag", "Valentinstag"),
    ("1958-05-08", "I was born on VE Day", "VE Day"),
    ("1958-12-05", "mijn verjaardag is op Sinterklaas", "Sinterklaas"),
    ("1958-03-20", "born the day before Nowruz", "Nowruz"),
    ("1958-12-21", "my birthday falls on Shab-e Yalda", "Yalda"),
    ("1958-01-26", "born on Australia Day", "Australia Day"),
])
def test_c_the_owners_birthday_said_by_a_named_day_goes_for_both_sides(deid, index, dob, text, secret):
    assert "birthday by a festival" in probes.free_text_kinds(index, text), text
    probes.assert_owners_festival_birthday_caught(deid, index, dob, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text"), [
    ("1958-02-14", "jarig op Valentijnsdag"), ("1958-12-24", "born the night before christmas"),
    ("1958-12-24", "born on the eve of christmas"), ("1958-12-27", "born two days after christmas"),
    ("1958-03-21", "my birthday is on Nowruz"), ("1944-06-06", "born on D-Day"),
])
def test_c_the_owner_check_reads_the_day_told_from_the_named_day(dob, text):
    assert owner_kinds(owner(dob=datetime.date.fromisoformat(dob)), text), text


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "we celebrate Nowruz with the family", "Valentijnsdag is morgen", "the night before christmas I forgot my pills",
    "D-Day for my surgery is Monday", "Happy Sinterklaas!", "two days after christmas I restarted metformin",
])
def test_c_a_named_day_with_no_birth_word_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- d. the phone split over two messages

T0 = datetime.datetime(2025, 3, 1, 9, 0)


def _messages(bodies: list[str], minutes: list[int], keys: list[str] | None = None) -> pa.Table:
    keys = keys or [probes.OWNER_KEY] * len(bodies)
    return pa.table({"message_id": [f"m{i}" for i in range(len(bodies))], "patient_key": keys,
                     "sent_at": pa.array([T0 + datetime.timedelta(minutes=m) for m in minutes], pa.timestamp("us")),
                     "author": ["patient"] * len(bodies), "body": bodies})


def _check_kinds(table: pa.Table) -> set[str]:
    report = LeakReport()
    probes.owner_check_index("Avraham Mizrahi").scan_table("messages", table, report)
    return {hit.kind for hit in report.hits}


SPLIT = [
    (["my number is 555 123", "4417 call me"], [0, 1]),
    (["my new number is 555.123", "4417 text me"], [0, 3]),
    (["numero: 555 123", "4417, grazie"], [0, 1]),
    (["4417 thanks", "ok pills fine", "my cell 555 123"], [5, 9, 0]),  # in time order: "555 123" then "4417"
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("bodies", "minutes"), SPLIT)
def test_d_the_check_refuses_the_phone_split_over_two_messages(bodies, minutes):
    for body in bodies:  # each message alone passes
        assert not _check_kinds(_messages([body], [0])), body
    assert any(kind.endswith("across two messages") for kind in _check_kinds(_messages(bodies, minutes)))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("bodies", "minutes"), SPLIT)
def test_d_the_pipelines_redactor_takes_both_pieces_out(deid, bodies, minutes):
    patient = owner()
    counts: Counter[str] = Counter()
    out = seam_redacted(deid, deid.redact(bodies, [patient] * len(bodies)).texts, ["MRN-00417723"] * len(bodies),
                        [T0 + datetime.timedelta(minutes=m) for m in minutes], [patient] * len(bodies), counts)
    assert counts["PHONE"] == 1 and sum("<PHONE>" in text for text in out) == 2, out
    assert not _check_kinds(_messages(out, minutes)), out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("bodies", "minutes", "keys"), [
    (["took 2 pills at 8", "9 hours later I slept"], [0, 1], None),
    (["my sugar was 123", "4417 steps today"], [0, 1], ["p-0001", "p-0002"]),  # two patients: no seam
    (["bp 135/85", "pulse 72"], [0, 1], None),
    (["my number is 555 123", "fine today", "4417 call me"], [0, 1, 2], None),  # not consecutive
])
def test_d_figures_of_two_messages_that_make_no_identifier_pass(deid, bodies, minutes, keys):
    assert not any(k.endswith("across two messages") for k in _check_kinds(_messages(bodies, minutes, keys)))
    patient = owner()
    out = seam_redacted(deid, list(bodies), keys or ["MRN-00417723"] * len(bodies),
                        [T0 + datetime.timedelta(minutes=m) for m in minutes], [patient] * len(bodies), Counter())
    assert out == bodies


@pytest.mark.verifies("REQ-DEID-005")
def test_d_seams_are_each_patients_consecutive_messages_in_time_order():
    owners = ["a", "b", "a", None, "a"]
    times = [T0 + datetime.timedelta(minutes=m) for m in (5, 0, 1, 2, 9)]
    assert message_seams(owners, times) == [(2, 0), (0, 4)]


# --------------------------------------------------------------------------- cost

PIECES = [
    "je mi 93 a мне 93, 虚岁94 93周岁 92 na ako 92-vuotias dot's 92 now sugar 94 92 mg ",
    "民國19年生 נולדתי בתרצ\"א متولد ۱۳۰۹ مواليد 1349 هـ विक्रम संवत 1987 में जन्म я родился в 36-м ",
    "born jan first 31 born the night before christmas jarig op Valentijnsdag ",
    "1 2 3 4 5 6 7 8 9 0 " * 3,
]


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", PIECES)
def test_the_round30_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(20, 80))
