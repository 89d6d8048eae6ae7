"""De-identification, twelfth round (own): the owner's identifiers by what people call them instead. The name by a
nickname or diminutive, cut short, inflected by a case ending, in katakana without its final "r"; the town by its
airports, by its names in other languages, inside a hashtag; the birthday as a day of the year without its year or by a
holiday tied to a birth; the ZIP that lost its leading zero said in words; the phone said in Korean or Irish digit
words; record ids and shared policy labels holding a birthday's figures or a phone's first six digits. Each is
redacted by the redactor and found by the leak check on its own readings (the check still finds it when the redactor's
new readings are turned off); words, doses and counts beside them stay."""

from __future__ import annotations

import datetime

import pyarrow as pa
import pytest

from features.deid import text as text_module
from features.deid.leakcheck import IdentifierIndex
from features.deid.normalize import numbers_as_figures
from features.deid.text import PatientIdentifiers, owner_spans
from tests.deid_probes import assert_owner_caught, owner_kinds, redacted


def _owner(name: str = "Avraham Mizrahi", city: str = "Houston", *, dob: datetime.date = datetime.date(1958, 3, 4),
           zip5: str = "77002", phone: str = "(555) 123-4417") -> PatientIdentifiers:
    return PatientIdentifiers("MRN-00417723", name, dob, phone, "someone@example.com", "27 Penhallow Street", city, "TX",
                              zip5)


HOUSTON = _owner()
NEW_YORKER = _owner("Leopold Kaczmarek", "New York", zip5="02138")


def _without_new_readings(monkeypatch: pytest.MonkeyPatch, owner: PatientIdentifiers, text: str) -> str:
    """``text`` redacted by the owner pass alone with this round's readings turned off (a redactor regression)."""
    monkeypatch.setattr(text_module, "_alias_owner_spans", lambda *_a: [])
    monkeypatch.setattr(text_module, "round14_owner_spans", lambda *_a, **_k: [])  # by ear: "विलियम" is "viliyam"
    # round 40: round 39's reading of a loanword by ear hears "アレクサンダー" too; off, so the check is tested alone
    monkeypatch.setattr(text_module, "loanword_owner_spans", lambda *_a, **_k: [])
    out = text
    for start, end, label in sorted(owner_spans(text, owner, spelled_numbers=False), reverse=True):
        out = out[:start] + f"<{label}>" + out[end:]
    return out


def _by_owner_pass(owner: PatientIdentifiers, text: str) -> str:
    out = text
    for start, end, label in sorted(owner_spans(text, owner), reverse=True):
        out = out[:start] + f"<{label}>" + out[end:]
    return out


# --------------------------------------------------------------------------- the name: nicknames, cut, inflected

NAMES = [
    (_owner("Leopold Kaczmarek"), "Poldi ruft an", "Poldi"),
    (_owner("William Okereke"), "Bill called about the refill", "Bill"),
    (_owner("William Okereke"), "tell BILLY his pills are ready", "BILLY"),
    (_owner("Alexandra Petrova"), "Sasha took both doses", "Sasha"),
    (_owner("Alexander Ivanov"), "Sascha hat angerufen", "Sascha"),
    (_owner("José Garcia"), "Pepe tomó la pastilla", "Pepe"),
    (_owner("Francisco Ruiz"), "Paco no contesta", "Paco"),
    (_owner("Elizabeth Moore"), "Lizzy is fine", "Lizzy"),
    (_owner("Katarzyna Nowak"), "Kasia dzwoniła", "Kasia"),
    (_owner("Margaret Olsen"), "Peggy here", "Peggy"),
    (_owner("William Okereke"), "Okere here", "Okere"),
    (_owner("Leopold Kaczmarek"), "Kaczm. N. signed", "Kaczm"),
    (_owner("Leopold Kaczmarek"), "KACZMAR called", "KACZMAR"),
    (_owner("Anna Kowalski"), "list do Kowalskiego", "Kowalskiego"),
    (_owner("Anna Kowalski"), "dzwoniłem do pani kowalskiej", "kowalskiej"),
    (_owner("Anna Ivanova"), "у Ivanovoy давление", "Ivanovoy"),
    (_owner("Pekka Virtanen"), "soitin Virtaselle eilen", "Virtaselle"),
    (_owner("Pekka Virtanen"), "Virtasen luona", "Virtasen"),
    (_owner("Zoltan Horvath"), "beszéltem Horvathtal", "Horvathtal"),
    (_owner("Alexander Ivanov"), "アレクサンダーさんは元気です", "アレクサンダー"),
    (_owner("Alexander Ivanov"), "Александр пришёл", "Александр"),
    (_owner("Mary Ann Smith"), "Ann says hi", "Ann"),
    (_owner("William Okereke"), "विलियम आए", "विलियम"),
    (_owner("Leopold Kaczmarek"), "Leopld called", "Leopld"),
    (_owner("Leopold Kaczmarek"), "Loepold called", "Loepold"),
]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text", "secret"), NAMES)
def test_the_owners_name_by_a_nickname_cut_short_or_inflected(deid, owner, text, secret):
    assert_owner_caught(deid, owner, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("owner", "text", "secret"), [case for case in NAMES if case[2] not in ("Ann", "Александр", "Loepold")])
def test_the_owner_pass_itself_finds_the_name_forms(owner, text, secret):
    """Not left to the NER model: the owner pass alone takes them out."""
    assert secret not in _by_owner_pass(owner, text)


# --------------------------------------------------------------------------- the town: airports, languages, hashtags

TOWNS = [
    (HOUSTON, "flew into IAH on Monday", "IAH"), (HOUSTON, "pick me up at HOU", "HOU"),
    (NEW_YORKER, "landing at JFK tonight", "JFK"), (NEW_YORKER, "LGA was a mess", "LGA"),
    (NEW_YORKER, "我住在纽约", "纽约"), (NEW_YORKER, "vivo en Nueva York", "Nueva York"),
    (NEW_YORKER, "mieszkam w Nowy Jork", "Nowy Jork"), (NEW_YORKER, "живу в Нью-Йорк", "Нью-Йорк"),
    (HOUSTON, "#houstonstrong after the storm", "houstonstrong"), (HOUSTON, "#HTownProud", "HTownProud"),
    (NEW_YORKER, "love #NYC", "NYC"), (NEW_YORKER, "#NewYorkStrong", "NewYorkStrong"),
    (NEW_YORKER, "#nycmarathon done", "nycmarathon"),
]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text", "secret"), TOWNS)
def test_the_owners_town_by_its_airport_another_language_or_a_hashtag(deid, owner, text, secret):
    assert_owner_caught(deid, owner, text, secret)


# --------------------------------------------------------------------------- the birthday: day of year, holidays

def _born(month: int, day: int) -> PatientIdentifiers:
    return _owner(dob=datetime.date(1958, month, day))


BIRTHDAYS = [
    (HOUSTON, "my birthday is the 63rd day of the year", "63rd"),
    (HOUSTON, "born on day 63 of the year", "63"),
    (HOUSTON, "dob day-of-year 063", "063"),
    (HOUSTON, "DOY: 63 (birthday)", "63"),
    (HOUSTON, "mi cumpleaños es el día 63 del año", "63"),
    (HOUSTON, "Geburtstag am 63. Tag des Jahres", "63"),
    (_born(12, 25), "I'm a Christmas baby", "Christmas"),
    (_born(11, 1), "born the day after Halloween", "Halloween"),
    (_born(12, 26), "she was born the day after Christmas", "Christmas"),
    (_born(1, 1), "a New Year's baby, he says", "New Year"),
    (_born(7, 4), "born on the Fourth of July", "Fourth of July"),
    (_born(2, 14), "Valentine's Day birthday today", "Valentine"),
    (_born(3, 17), "born on St Patrick's day", "Patrick"),
    (_born(12, 24), "my birthday is the day before Christmas", "Christmas"),
    (_born(12, 25), "nació en Navidad", "Navidad"),
    (_born(12, 25), "geboren an Weihnachten", "Weihnachten"),
]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text", "secret"), BIRTHDAYS)
def test_the_birthday_as_a_day_of_the_year_or_a_holiday(deid, owner, text, secret):
    assert_owner_caught(deid, owner, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", ["born on Christmas Day", "a Fourth of July baby", "her Halloween birthday"])
def test_a_holiday_tied_to_a_birth_is_redacted_whoever_is_born(text):
    """The holiday phrase tied to a birth word is a birthday even when it is not the owner's (a relative's)."""
    assert "<DATE>" in _by_owner_pass(HOUSTON, text)


# --------------------------------------------------------------------------- numbers said in words

NUMBERS = [
    (NEW_YORKER, "zip two one three eight", "two one three eight"),
    (NEW_YORKER, "my zip code is two one three eight", "two one three eight"),
    (_owner(phone="010-5555-1234"), "전화번호는 공일공 오오오오 일이삼사 입니다", "일이삼사"),
    (_owner(phone="010-5555-1234"), "영일영-오오오오-일이삼사", "일이삼사"),
    (HOUSTON, "glaoigh ar a cúig, a cúig, a cúig, a haon, a dó, a trí, a ceathair, a ceathair, a haon, a seacht",
     "a ceathair, a haon, a seacht"),
]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text", "secret"), NUMBERS)
def test_the_zip_and_phone_said_in_words(deid, owner, text, secret):
    assert_owner_caught(deid, owner, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
def test_irish_and_korean_digit_words_read_as_figures():
    assert "0 1 2" in " ".join(numbers_as_figures("a náid, a haon, a dó"))
    assert "010 5555 1234" in numbers_as_figures("공일공 오오오오 일이삼사")
    assert numbers_as_figures("오늘 이사 했어요") == []  # words of other syllables too stay words


# --------------------------------------------------------------------------- the check without the redactor

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text"), [
    (_owner("Leopold Kaczmarek"), "Poldi ruft an"), (_owner("William Okereke"), "Okere here"),
    (_owner("Anna Kowalski"), "list do Kowalskiego"), (_owner("Pekka Virtanen"), "soitin Virtaselle"),
    (_owner("Alexander Ivanov"), "アレクサンダーさん"), (_owner("William Okereke"), "विलियम आए"),
    (_owner("Leopold Kaczmarek"), "Leopld called"), (HOUSTON, "flew into IAH"), (NEW_YORKER, "vivo en Nueva York"),
    (NEW_YORKER, "#NYCmarathon"), (HOUSTON, "the 63rd day of the year is my birthday"),
    (_born(11, 1), "born the day after Halloween"), (_born(12, 25), "a Christmas baby"),
])
def test_the_check_finds_them_when_the_redactor_misses_them(monkeypatch, owner, text):
    out = _without_new_readings(monkeypatch, owner, text)
    assert owner_kinds(owner, out), out


# --------------------------------------------------------------------------- what stays

KEPT = [
    (_owner("William Okereke"), "bill me later for the refill; will do"),
    (_owner("Leopold Kaczmarek"), "Take 2 tabs daily with water"),
    (_owner("William Okereke"), "Okay, here it is"),
    (_owner("Anna Kowalski"), "the kowtow was rude"),
    (HOUSTON, "flew into LAX on Monday"),
    (HOUSTON, "took 63 mg on day 5 of the trial"),
    (HOUSTON, "the 5th day of the year was cold"),
    (HOUSTON, "#adherence #staystrong"),
    (HOUSTON, "Christmas was lovely, thanks"),
    (_born(12, 25), "merry Christmas to the nurses"),
    (NEW_YORKER, "zip lock bags, two one three of them"),
    (NEW_YORKER, "lot 2138, 30 tablets"),
    (HOUSTON, "a dose at 9, a nap at 3"),
    (_owner("Margaret Olsen"), "the margin was small"),
]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text"), KEPT)
def test_words_doses_and_counts_stay(deid, owner, text):
    assert redacted(deid, text, owner) == text
    assert not owner_kinds(owner, text), owner_kinds(owner, text)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text"), [(_owner("Anna Kowalski"), "Dr Kowalczyk signed it"),
                                             (_owner("William Okereke"), "Okay then"),
                                             (_owner("Pekka Virtanen"), "Virtual visit at 3"),
                                             (_owner("Tom Jones"), "Bones ache, Cones of ice")])
def test_another_name_or_word_sharing_the_names_first_letters_is_no_form_of_it(owner, text):
    """Neither the owner pass nor the check reads a word beginning like the owner's name as a form of it."""
    assert _by_owner_pass(owner, text) == text
    assert not owner_kinds(owner, text), owner_kinds(owner, text)


# --------------------------------------------------------------------------- tables: record ids and policy labels

def _index(keys: bool = False) -> IdentifierIndex:
    patients = pa.table({"mrn": ["MRN-00417723"], "full_name": ["Avraham Mizrahi"],
                         "date_of_birth": [datetime.date(1958, 3, 4)], "phone": ["(555) 123-4417"],
                         "email": ["someone@example.com"], "street_address": ["27 Penhallow Street"],
                         "city": ["Houston"], "zip5": ["77002"]})
    return IdentifierIndex(patients, {"MRN-00417723": "pk-1"} if keys else None)


@pytest.mark.verifies("REQ-DEID-005", "REQ-DEID-006")
@pytest.mark.parametrize("record_id", ["rem-0304-58-1", "R0403-58", "rem_58-0304", "rem-555123-7", "555123"])
def test_reminder_ids_holding_a_birthday_or_a_phones_first_six_digits(record_id):
    index = _index()
    assert record_id in index.may_hold_identifiers([record_id])
    assert index.embeds_identifier(record_id)


@pytest.mark.verifies("REQ-DEID-005", "REQ-DEID-006")
@pytest.mark.parametrize("record_id", ["R0003-00012345", "rem-0304-1", "rem-123456-7", "E0000-00000001"])
def test_plain_reminder_ids_are_kept(record_id):
    index = _index()
    assert not [v for v in index.may_hold_identifiers([record_id]) if index.embeds_identifier(v)]


@pytest.mark.verifies("REQ-DEID-005", "REQ-DEID-006")
def test_a_shared_policy_label_holding_the_birthday_as_month_and_day():
    forms = _index(keys=True).owners["pk-1"]
    assert forms.code_kinds("fixed-0304@2")
    assert forms.code_kinds("bday_0403")
    assert not forms.code_kinds("fixed-0900@2")
    assert not forms.code_kinds("explore-09@1")


@pytest.mark.verifies("REQ-DEID-003")
def test_a_name_with_nicknames_and_no_stem_is_found_between_punctuation():
    """'José Ng' has nicknames but no part long enough for a stem: the tail alternative was then empty and matched the
    empty string between two non-letters, and the empty "word" broke the pass (IndexError on a 10,000-patient lake)."""
    owner = _owner("José Ng")
    assert "Pepe" not in _by_owner_pass(owner, "hola, Pepe! -- ok.")
