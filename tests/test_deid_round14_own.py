"""The fourteenth round's owner kinds (the twelfth black-box round's, most published first): the owner's name respelt by
ear in any case with no cue or split into words ("its salasar again", "kevin wall ace here", "szewczuk"), the birthday
in spaced single figures ("my bday is 1 1 1 7") or told from its month's end ("the last day of May"), the name upside
down or in letters in circles and squares ("ɥʇᴉɯS ʍǝɹpu∀", "ⓚⓔⓥⓘⓝ"), and "leapling" for a 29 February birthday. For
each: the redactor (:mod:`features.deid.owner_disguised`) takes it out, the check (its own reading in
:mod:`features.deid.leakspelled`) sees it in the raw text and nothing in the output; ordinary text that looks alike
stays on both sides."""

from __future__ import annotations

import datetime

import pytest

from features.deid.text import TextDeidentifier
from tests.deid_probes import assert_cost_grows_linearly, assert_owner_caught, owner, owner_kinds, redacted


def _assert_kept(deid: TextDeidentifier, patient, text: str, kinds: tuple[str, ...]) -> None:
    """The redactor leaves ``text`` as it is and the check sees none of ``kinds`` in it."""
    assert redacted(deid, text, patient) == text
    found = owner_kinds(patient, text)
    assert not {k for k in found if any(kind in k for kind in kinds)}, found


# --------------------------------------------------------------------------- 1. the name respelt by ear

RESPELT = [
    (owner("Maria Salazar"), "its salasar again", "salasar"),
    (owner("Kevin Wallace"), "kevin wall ace here", "wall ace"),
    (owner("Kevin Wallace"), "wall-ace here, refill pls", "wall-ace"),
    (owner("Ana Diaz"), "this is ana dias", "dias"),
    (owner("Oksana Shevchuk"), "szewczuk here, need my refill", "szewczuk"),
    (owner("Peter Thompson"), "tompson again, out of pills", "tompson"),
    (owner("Luis Gonzalez"), "gonsalez here re metformin", "gonsalez"),
    (owner("Anna Kowalski"), "mrs kowalsky calling about her inhaler", "kowalsky"),
    (owner("Rosa Hernandez"), "rosa hernandes here, dob on file", "hernandes"),
    (owner("Ivan Petrov"), "pet rov speaking, lisinopril please", "pet rov"),
    (owner("Jürgen Schmidt"), "schmitt hier, brauche Metformin", "schmitt"),
    (owner("Fiona Macdonald"), "its mac donald, the pharmacy lost my script", "mac donald"),
    (owner("Elena Vasquez"), "vazkes here, is my refill ready", "vazkes"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), RESPELT)
def test_the_owners_name_respelt_by_ear_or_split_into_words_is_caught(deid, patient, text, secret):
    assert_owner_caught(deid, patient, text, secret)


RESPELT_LOOKALIKES = [
    (owner("Kevin Wallace"), "the wall is white and the rash is gone"),
    (owner("Kevin Wallace"), "ace inhibitor dose went up"),
    (owner("Ana Diaz"), "tomo la pastilla hace dos dias"),
    (owner("Noemi Rios"), "mi numero es el mismo de antes"),
    (owner("Maria Salazar"), "salsa and salad for dinner, sugar ok"),
    (owner("Oksana Shevchuk"), "check my schedule for the refill"),
    (owner("Peter Thompson"), "took my pills at ten, feeling fine"),
    (owner("Luis Gonzalez"), "the gauze and tape are running low"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text"), RESPELT_LOOKALIKES)
def test_ordinary_words_that_do_not_sound_as_the_owners_name_stay(deid, patient, text):
    _assert_kept(deid, patient, text, ("respelt by ear",))


# --------------------------------------------------------------------------- 2. the birthday in spaced figures

NOVEMBER_17 = owner("Dana Kim", dob=datetime.date(1950, 11, 17))
MARCH_4 = owner("Dana Kim", dob=datetime.date(1958, 3, 4))

SPACED = [
    (NOVEMBER_17, "my bday is 1 1 1 7", "1 1 1 7"), (NOVEMBER_17, "born 1 7 / 1 1 in Ohio", "1 7 / 1 1"),
    (NOVEMBER_17, "dob: 1-1-1-7-5-0 thanks", "1-1-1-7-5-0"), (MARCH_4, "my bday is 0 3 0 4", "0 3 0 4"),
    (MARCH_4, "born 0 4 / 0 3", "0 4 / 0 3"), (MARCH_4, "dob 3 4 5 8", "3 4 5 8"),
    (MARCH_4, "cumpleaños 0 4 . 0 3", "0 4 . 0 3"), (MARCH_4, "née le 0 4 / 0 3", "0 4 / 0 3"),
    (NOVEMBER_17, "birthday 1, 1, 1, 7 lol", "1, 1, 1, 7"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), SPACED)
def test_the_owners_birthday_in_spaced_single_figures_near_a_birth_word_is_caught(deid, patient, text, secret):
    assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text"), [
    (NOVEMBER_17, "take 1 1 1 7 units"), (NOVEMBER_17, "bday 1 1 1 8 was fun"), (MARCH_4, "take 1 2 3 tablets"),
    (MARCH_4, "the lock code is 0 3 0 4")])
def test_spaced_figures_that_are_not_the_birthday_or_have_no_birth_word_stay(deid, patient, text):
    _assert_kept(deid, patient, text, ("spaced figures",))


# --------------------------------------------------------------------------- 2. the birthday from its month's end

MONTH_END = [
    (owner(dob=datetime.date(1958, 5, 31)), "born the last day of May", "last day of May"),
    (owner(dob=datetime.date(1958, 5, 31)), "mi cumpleaños es el último día de mayo", "último día de mayo"),
    (owner(dob=datetime.date(1958, 5, 31)), "je suis né le dernier jour de mai", "dernier jour de mai"),
    (owner(dob=datetime.date(1960, 2, 28)), "born the day before the last day of February", "last day of February"),
    (owner(dob=datetime.date(1958, 6, 29)), "bday second-to-last day of June", "last day of June"),
    (owner(dob=datetime.date(1958, 6, 29)), "my birthday is the penultimate day of June", "penultimate day of June"),
    (owner(dob=datetime.date(1958, 6, 29)), "Geburtstag am vorletzten Tag im Juni", "vorletzten Tag im Juni"),
    (owner(dob=datetime.date(1958, 3, 2)), "born the day after the first of March", "first of March"),
    (owner(dob=datetime.date(1971, 4, 30)), "my birthday's the last of April", "last of April"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), MONTH_END)
def test_the_owners_birthday_told_from_its_months_end_is_caught(deid, patient, text, secret):
    assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text"), [
    (owner(dob=datetime.date(1958, 5, 31)), "the last day of May we ran out of pills"),
    (owner(dob=datetime.date(1958, 5, 31)), "born in the spring; refill due the last day of June"),
    (owner(dob=datetime.date(1958, 5, 31)), "my birthday was last May, all good"),
    (owner(dob=datetime.date(1958, 6, 29)), "birthday party on the first day of June")])
def test_month_ends_that_are_not_the_birthday_or_have_no_birth_word_stay(deid, patient, text):
    _assert_kept(deid, patient, text, ("month's end",))


# --------------------------------------------------------------------------- 3. the name upside down or enclosed

UPSIDE_DOWN = [
    (owner("Andrew Smith"), "ɥʇᴉɯS ʍǝɹpu∀", "ɥʇᴉɯS"), (owner("Maria Lopez"), "its zǝdo˥ ɐᴉɹɐW lol", "zǝdo˥"),
    (owner("Kevin Wallace"), "ǝɔɐllɐM uᴉʌǝK here", "ǝɔɐllɐM"), (owner("Grace Okafor"), "ɹoɟɐʞO ǝɔɐɹ⅁", "ɹoɟɐʞO"),
    (owner("Tomasz Nowak"), "ʞɐʍoN zsɐɯo⊥ needs a refill", "ʞɐʍoN"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), UPSIDE_DOWN)
def test_the_owners_name_upside_down_is_caught(deid, patient, text, secret):
    assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), [
    (owner("Kevin Wallace"), "ⓚⓔⓥⓘⓝ ⓦⓐⓛⓛⓐⓒⓔ", "ⓦⓐⓛⓛⓐⓒⓔ"), (owner("Andrew Smith"), "🅐🅝🅓🅡🅔🅦 🅢🅜🅘🅣🅗", "🅢🅜🅘🅣🅗"),
    (owner("Maria Lopez"), "🄻🄾🄿🄴🅉 here", "🄻🄾🄿🄴🅉"), (owner("Tomasz Nowak"), "🅽🅾🆆🅰🅺 again", "🅽🅾🆆🅰🅺")])
def test_the_owners_name_in_letters_in_circles_or_squares_is_caught(deid, patient, text, secret):
    assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["ɥǝllo ʇɥǝɹǝ, pills ok", "IPA: /ɐˈɡɛn/ again", "🅿️ parking was full"])
def test_upside_down_or_enclosed_letters_that_spell_no_name_of_the_owners_stay(deid, text):
    _assert_kept(deid, owner("Andrew Smith"), text, ("upside down", "name"))


# --------------------------------------------------------------------------- 4. a word for who is born on 29 February

LEAP_DAY = owner("Dana Kim", dob=datetime.date(2000, 2, 29))


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("i'm a leapling lol", "leapling"), ("fellow leap year baby here", "leap year baby"),
    ("Leaplings get one real birthday every four years", "Leaplings")])
def test_leapling_for_the_owners_29_february_is_caught(deid, text, secret):
    assert_owner_caught(deid, LEAP_DAY, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
def test_leapling_stays_for_an_owner_born_on_another_day(deid):
    _assert_kept(deid, MARCH_4, "my grandson is a leapling", ("born that day",))


# --------------------------------------------------------------------------- 4. the phone partly masked, "the City"

MASKED = owner("Ana Diaz", phone="(413) 862-5507")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("call 413-862-xx07", "xx07"), ("413 862 xx07 text me", "xx07"), ("my cell 413-862-5xx7", "5xx7"),
    ("(413) 862-**07 is me", "**07"), ("número 413.862.x507", "x507")])
def test_the_owners_phone_with_its_tail_partly_masked_is_caught(deid, text, secret):
    assert_owner_caught(deid, MASKED, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("city", "text", "secret"), [
    ("San Francisco", "back in the City now", "City"), ("New York", "took the train into the City", "City"),
    ("London", "working in The City again", "City")])
def test_the_owners_town_as_the_city_with_its_capital_is_caught(deid, city, text, secret):
    assert_owner_caught(deid, owner("Ana Diaz", city=city), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("city", "text"), [
    ("San Francisco", "i live in the city now"), ("Houston", "took the train into the City"),
    ("San Francisco", "call 212-555-xx07 about the pills")])
def test_the_city_in_lower_case_or_for_another_town_and_other_masked_phones_stay_for_the_owner(deid, city, text):
    found = owner_kinds(owner("Ana Diaz", city=city, phone="(413) 862-5507"), text)
    assert not {k for k in found if "capitals" in k or "masked" in k}, found


# --------------------------------------------------------------------------- 4. a short name in katakana or Hangul

WEXLER = owner("Walter Wexler")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), [
    (WEXLER, "ウォルター・ウェクスラー", "ウェクスラー"), (WEXLER, "ウォルター ウェクスラーです", "ウェクスラー"),
    (WEXLER, "월터 웩슬러", "웩슬러"), (owner("Peter Lutz"), "ピーター・ルッツさん", "ルッツ")])
def test_a_short_name_in_katakana_or_hangul_with_its_given_name_is_caught(deid, patient, text, secret):
    assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["オクラ・アクセル", "약을 먹었어요"])
def test_two_words_of_katakana_or_hangul_that_do_not_sound_as_the_name_stay(deid, text):
    _assert_kept(deid, WEXLER, text, ("given name",))


# --------------------------------------------------------------------------- the check reads on its own

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), [
    RESPELT[0], RESPELT[1], SPACED[0], MONTH_END[0], UPSIDE_DOWN[0], (LEAP_DAY, "i'm a leapling", "leapling")])
def test_the_check_reads_this_rounds_kinds_without_the_redactor(deid, monkeypatch, patient, text, secret):
    """With the redactor's round-14 reading turned off, the owner pass publishes the kind and the check refuses it."""
    from features.deid import text as text_module

    monkeypatch.setattr(text_module, "round14_owner_spans", lambda *_a, **_k: [])
    out = redacted(deid, text, patient)
    if secret in out:
        assert owner_kinds(patient, out), out


@pytest.mark.verifies("REQ-DEID-005")
def test_the_check_does_not_import_the_redactors_reading():
    import inspect
    import re

    from features.deid import leakspelled
    imports = set(re.findall(r"^(?:from|import) (\S+)", inspect.getsource(leakspelled), re.MULTILINE))
    assert not {"features.deid.owner_disguised", "features.deid.owner_spelled", "features.deid.text"} & imports


# --------------------------------------------------------------------------- linear time

LONG_PIECES = ["wall ace ", "1 1 ", "ɥʇᴉɯS ", "the last day of ", "day before the ", "pet rov "]
WALLACE = owner("Kevin Wallace", dob=datetime.date(1950, 11, 17))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", LONG_PIECES)
def test_a_long_run_of_a_short_piece_costs_time_in_proportion(deid, piece):
    """Repeats of a piece this round's readings accept cost time in proportion to their number (no backtracking)."""
    def run_at(n: int) -> object:
        text = "born " + piece * n + " May"
        return redacted(deid, text, WALLACE), owner_kinds(WALLACE, text)

    assert_cost_grows_linearly(run_at)
