"""De-identification, thirteenth round (own): the owner's identifiers the eleventh black-box round published. The
phone's area code and exchange before a mask ("413-862-xxxx", and anybody's phone so masked is still a phone shape);
the town by a nickname, borough or neighbourhood ("BK", "HTX", "The City Different"); the birthday as a named day
("a Pi Day baby", "born on leap day", "All Souls' Day") or a lunar birthday ("農曆二月初八"); the name in Morse code,
spelled with words between its letters ("w dot e dot x l e r", "W as in Walter", "Whiskey Echo X-ray"), and in other
spellings of the same name ("Chevtchouk" for Shevchuk, "Siobhan OBrien" for Siobhán Ní Bhriain). Each is taken out
by the redactor and found by the check on its own reading in the raw text and not in the output; doses, times,
medication names and everyday words beside them stay."""

from __future__ import annotations

import time

import pytest

from features.deid.leakshapes import identifier_shapes
from features.deid.text import TextDeidentifier
from tests.deid_probes import assert_owner_caught, assert_shape_caught, owner, owner_kinds, redacted


@pytest.fixture(scope="module")
def deid() -> TextDeidentifier:
    return TextDeidentifier()


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


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), TOWNS)
def test_the_owners_town_by_a_nickname_or_borough(deid, patient, text, secret):
    assert_owner_caught(deid, patient, text, secret)


TOWN_NEAR_MISSES = [
    (HOUSTON, "the city clinic called"), (NEW_YORKER, "the city is loud"), (HOUSTON, "space between doses"),
    (owner(city="Los Angeles"), "tomé la dosis a las 8"), (owner(city="Detroit"), "my motor skills are fine"),
    (owner(city="Chicago"), "windy today, took 2 tabs"), (NEW_YORKER, "bk pain again"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text"), TOWN_NEAR_MISSES)
def test_everyday_words_near_a_town_nickname_stay(deid, patient, text):
    assert redacted(deid, text, patient) == text
    assert not owner_kinds(patient, text), owner_kinds(patient, text)


# --------------------------------------------------------------------------- linear time

LONG_PIECES = ["413-", "x", "862 ", ".-- ", "w dot ", "X as in X-ray, ", "lunar 2 ", "Whiskey ", "(413) 862-"]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", LONG_PIECES)
def test_a_long_run_of_a_short_piece_costs_time_in_proportion(deid, piece):
    """2,000 repeats of a piece this round's readings accept cost about 20 times 100 repeats (no backtracking)."""
    def cost(n: int) -> float:
        text = piece * n + " xxxx"
        started = time.process_time()
        redacted(deid, text, AMHERST)
        owner_kinds(AMHERST, text)
        identifier_shapes(text)
        return time.process_time() - started
    cost(20)
    small, large = cost(100), cost(2000)
    assert large < max(2.0, 60 * small), (small, large)
