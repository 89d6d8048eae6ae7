"""De-identification, thirteenth round (own): the owner's identifiers the eleventh black-box round published. The
phone's area code and exchange before a mask ("413-862-xxxx", and anybody's phone so masked is still a phone shape);
the town by a nickname, borough or neighbourhood ("BK", "HTX", "The City Different"); the birthday as a named day
("a Pi Day baby", "born on leap day", "All Souls' Day") or a lunar birthday ("農曆二月初八"); the name in Morse code,
spelled with words between its letters ("w dot e dot x l e r", "W as in Walter", "Whiskey Echo X-ray"), and in other
spellings of the same name ("Chevtchouk" for Shevchuk, "Siobhan OBrien" for Siobhán Ní Bhriain). Each is taken out
by the redactor and found by the check on its own reading in the raw text and not in the output; doses, times,
medication names and everyday words beside them stay."""

from __future__ import annotations

import datetime

import pytest

from features.deid.leakshapes import identifier_shapes
from features.deid.text import TextDeidentifier
from tests.deid_probes import assert_cost_grows_linearly, assert_owner_caught, assert_shape_caught, owner, owner_kinds, redacted


def _assert_kept(deid: TextDeidentifier, patient: object, text: str) -> None:
    """Neither the redactor nor the owner check reads anything of ``patient``'s in ``text``."""
    assert redacted(deid, text, patient) == text
    assert not owner_kinds(patient, text), owner_kinds(patient, text)


# --------------------------------------------------------------------------- the phone's first six before a mask

AMHERST = owner(phone="(413) 862-5307")

MASKED = [
    "call me at 413-862-xxxx", "(413) 862-**** is my cell", "413.862.XXXX", "mobile: 413 862 ____",
    "reach me 413-862-#### after 5", "my number is 413 862 ....", "tel. +1 413-862-xxxx", "413862-XXXX por favor",
    "mi celular es (413)862-xxx", "Tel 413/862-**** bitte",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", MASKED)
def test_the_owners_phone_prefix_before_a_mask(deid, text):
    assert_owner_caught(deid, AMHERST, text, "862")


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", ["his number is 617-555-xxxx", "(212) 555-**** is hers", "nurse line 503.555.____",
                                  "call 720 555 ####"])
def test_anybodys_phone_with_a_masked_tail_is_a_phone_shape(deid, text):
    assert_shape_caught(deid, text, "555", "phone with a masked tail")


PHONE_NEAR_MISSES = [
    "take 1 tab xxxx", "dose 500 mg x 2", "BP 120/80 at 10:30", "lot 2024-xx", "walked 413 steps, slept 8 h", "Rx #### pending",
    "metformin 850 mg twice daily...", "413 862 tablets in stock",
]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("text", PHONE_NEAR_MISSES)
def test_doses_and_counts_near_a_mask_stay(deid, text):
    assert redacted(deid, text, AMHERST) == text
    assert not owner_kinds(AMHERST, text)
    assert "phone with a masked tail" not in identifier_shapes(text)


# --------------------------------------------------------------------------- the town by a nickname or a borough

NEW_YORKER = owner(city="New York")
HOUSTON = owner()

TOWNS = [
    (NEW_YORKER, "grew up in BK, moved back", "BK"), (NEW_YORKER, "she lives in Brooklyn now", "Brooklyn"),
    (NEW_YORKER, "still in the Bronx", "Bronx"), (NEW_YORKER, "wir wohnen in Queens", "Queens"),
    (NEW_YORKER, "my flat in Manhattan", "Manhattan"), (NEW_YORKER, "the Big Apple is loud", "Big Apple"),
    (HOUSTON, "back in HTX since May", "HTX"), (HOUSTON, "H-Town forever", "H-Town"),
    (HOUSTON, "welcome to Space City", "Space City"), (HOUSTON, "vivo en Bayou City", "Bayou City"),
    (owner(city="Santa Fe"), "moved to The City Different", "City Different"),
    (owner(city="Chicago"), "Chi-town winters", "Chi-town"), (owner(city="Chicago"), "the windy city again", "windy"),
    (owner(city="New Orleans"), "home in NOLA", "NOLA"), (owner(city="New Orleans"), "the Big Easy", "Big Easy"),
    (owner(city="Philadelphia"), "back in Philly", "Philly"), (owner(city="Los Angeles"), "living in LA", "LA"),
    (owner(city="Los Angeles"), "back to LaLa land", "LaLa"), (owner(city="Detroit"), "Motor City pride", "Motor"),
    (owner(city="Boston"), "Beantown", "Beantown"), (owner(city="Atlanta"), "ATL traffic", "ATL"),
    (owner(city="Las Vegas"), "Sin City trip", "Sin City"), (owner(city="Seattle"), "the Emerald City rain", "Emerald"),
]


TOWN_NEAR_MISSES = [
    (HOUSTON, "the city clinic called"), (NEW_YORKER, "the city is loud"), (HOUSTON, "space between doses"),
    (owner(city="Los Angeles"), "tomé la dosis a las 8"), (owner(city="Detroit"), "my motor skills are fine"),
    (owner(city="Chicago"), "windy today, took 2 tabs"), (NEW_YORKER, "bk pain again"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text"), TOWN_NEAR_MISSES)
def test_everyday_words_near_a_town_nickname_stay(deid, patient, text):
    _assert_kept(deid, patient, text)


# --------------------------------------------------------------------------- the birthday as a named day or lunar date

def _born(month: int, day: int, year: int = 1960) -> object:
    return owner(dob=datetime.date(year, month, day))


NAMED_DAYS = [
    (_born(3, 14), "I'm a Pi Day baby", "Pi Day"), (_born(3, 14), "born on pi-day, of course", "pi-day"),
    (_born(2, 29), "she's a leap-day baby", "leap-day"), (_born(2, 29), "born on leap day", "leap day"),
    (_born(2, 29), "geboren am Schalttag", "Schalttag"), (_born(11, 2), "born on All Souls' Day", "Souls"),
    (_born(11, 2), "nació el Día de los Muertos", "Muertos"), (_born(10, 31), "a Samhain baby", "Samhain"),
    (_born(11, 1), "born at Samhain", "Samhain"), (_born(1, 6), "a Three Kings Day baby", "Kings"),
    (_born(5, 4), "born on Star Wars Day", "Star Wars"), (_born(11, 5), "a Bonfire Night baby", "Bonfire"),
    (_born(6, 16), "my birthday is Bloomsday", "Bloomsday"), (_born(8, 15), "nata a Ferragosto", "Ferragosto"),
]


LUNAR = _born(3, 5)  # the 8th day of the 2nd lunar month of 1960
LUNAR_TEXTS = [
    ("my lunar birthday is the 8th of the 2nd month", "8th"), ("生日是農曆二月初八", "初八"),
    ("我的农历生日是二月初八", "初八"), ("음력 2월 8일 생일이에요", "8"), ("sinh ngày 8 tháng 2 âm lịch", "8 tháng 2"),
    ("lunar birthday: second month, eighth day", "eighth"), ("Lunar DOB 2/8", "2/8"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), LUNAR_TEXTS)
def test_the_birthday_as_a_lunar_date(deid, text, secret):
    assert_owner_caught(deid, LUNAR, text, secret)


DAY_NEAR_MISSES = [
    (LUNAR, "lunar new year dinner, 3 dumplings"), (LUNAR, "農曆新年快樂"), (_born(3, 14), "pie day soon, pi is about three"),
    (_born(2, 29), "leap year, took 2 tabs"), (_born(11, 2), "all souls are welcome"),
    (_born(5, 1), "may I take it on day 1?"), (LUNAR, "took 2 tabs at 8 pm"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text"), DAY_NEAR_MISSES)
def test_days_doses_and_lunar_words_with_no_birthday_stay(deid, patient, text):
    _assert_kept(deid, patient, text)


# --------------------------------------------------------------------------- the name spelled out or respelled

WEXLER = owner("Walter Wexler")
SHEVCHUK = owner("Taras Shevchuk")
NI_BHRIAIN = owner("Siobhán Ní Bhriain")

SPELLED = [
    (WEXLER, ".-- . -..- .-.. . .-.", ".-.."), (WEXLER, "my name in morse: .--/./-..-/.-.././.-.", "-..-"),
    (WEXLER, "·−− · −··− ·−·· · ·−·", "−··−"), (WEXLER, "my name is w dot e dot x l e r", "x l e r"),
    (WEXLER, "W as in Walter, E as in Echo, X as in X-ray, L as in Lima, E as in Echo, R as in Romeo", "Romeo"),
    (WEXLER, "Whiskey Echo X-ray Lima Echo Romeo", "X-ray"), (WEXLER, "spelled W-E-X-L-E-R", "W-E-X"),
    (WEXLER, "apellido: w e x l e r", "w e x"), (WEXLER, "W wie Wilhelm, E, X, L, E, R", "Wilhelm"),
    (WEXLER, "w dash e dash x dash l dash e dash r", "x dash"), (WEXLER, "IPA /ˈwɛkslər/", "wɛkslər"),
    (SHEVCHUK, "Mr Szewczuk called", "Szewczuk"), (SHEVCHUK, "M. Chevtchouk a appelé", "Chevtchouk"),
    (SHEVCHUK, "Herr Schewtschuk ist da", "Schewtschuk"), (SHEVCHUK, "SHEWCHUK T.", "SHEWCHUK"),
    (NI_BHRIAIN, "Siobhan OBrien here", "OBrien"), (NI_BHRIAIN, "Ms O'Brien phoned", "Brien"),
    (NI_BHRIAIN, "Mrs Ó Briain", "Briain"), (SHEVCHUK, "pan Ševčuk volal", "Ševčuk"),
    (owner("Margaret Thornton"), "- .... --- .-. -. - --- -.", "-. -"),
    (owner("Margaret Thornton"), "Tango Hotel Oscar Romeo November Tango Oscar November", "Hotel Oscar"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), TOWNS + NAMED_DAYS + SPELLED)
def test_the_town_by_a_nickname_the_birthday_by_a_named_day_the_name_spelled_or_respelled(deid, patient, text, secret):
    assert_owner_caught(deid, patient, text, secret)


NAME_NEAR_MISSES = [
    (WEXLER, "take 1 tab - 2 tabs ... then rest"), (WEXLER, "a b c of diabetes care"), (WEXLER, "echo test at 3 pm"),
    (WEXLER, "x-ray on Monday, 5 mg"), (SHEVCHUK, "check the chart, schedule it"), (NI_BHRIAIN, "my brain is foggy"),
    (NI_BHRIAIN, "O2 sat 97%"), (WEXLER, "papa's pills at 8, echo at 9"), (SHEVCHUK, "metformin 500 mg... ok"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text"), NAME_NEAR_MISSES)
def test_letters_dashes_and_words_that_spell_no_name_stay(deid, patient, text):
    _assert_kept(deid, patient, text)


@pytest.mark.verifies("REQ-DEID-005")
def test_the_check_does_not_import_the_redactors_reading():
    import inspect
    import re

    from features.deid import leakspelled
    imports = set(re.findall(r"^(?:from|import) (\S+)", inspect.getsource(leakspelled), re.MULTILINE))
    assert not {"features.deid.owner_spelled", "features.deid.text"} & imports


# --------------------------------------------------------------------------- linear time

LONG_PIECES = ["413-", "x", "862 ", ".-- ", "w dot ", "X as in X-ray, ", "lunar 2 ", "Whiskey ", "(413) 862-"]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", LONG_PIECES)
def test_a_long_run_of_a_short_piece_costs_time_in_proportion(deid, piece):
    """Repeats of a piece this round's readings accept cost time in proportion to their number (no backtracking)."""
    def run_at(n: int) -> object:
        text = piece * n + " xxxx"
        return redacted(deid, text, AMHERST), owner_kinds(AMHERST, text), identifier_shapes(text)

    assert_cost_grows_linearly(run_at)
