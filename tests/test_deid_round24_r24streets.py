"""The twenty-third black-box round's streets with no street word (round 24), each both ways: the redactor takes the
street out and the check sees it in the raw text (its own reading, :mod:`features.deid.leakplaces`) and nothing in the
output; and lab panels the redactor took for house numbers, kept by both.

a. a name and a house number after a cue that a place follows, in many languages ("I live at Vinohradská 12",
   "bydlím na Vinohradské 12", "we moved to Khreshchatyk 22", "deliver to Kalverstraat 92", "живу на Крещатике 22");
b. a street's adjectival name, its ending the street word, and a house number ("Vinohradská 12", "Marszałkowskiej
   15", "Tverskaya 12");
c. a name, a house number and a flat or a floor after them ("Andrássy 60, 2nd floor", "Nevsky 28 apt 4").

Near misses stay: a lab panel's analytes and values ("Na 139 K 4.1 Cl 102 Cr 1.2 BUN 18"), a medicine's dose at a
line's end ("Metformin 1000"), a hospital's bay or gate, "I live at home", a city and a count of years.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

STREET = {"street with no street word"}

CUED = [
    ("I live at Vinohradská 12", "Vinohradsk"),
    ("I live at Vinohradska 12 since May", "Vinohradska"),
    ("bydlím na Vinohradské 12", "Vinohradsk"),
    ("bydlím v Karlově 5", "Karlov"),
    ("we moved to Khreshchatyk 22", "22"),
    ("she lives at Khreshchatyk 22/4", "Khreshchatyk"),
    ("mieszkam na Marszałkowskiej 15", "Marsza"),
    ("mieszkam przy Piotrkowskiej 104", "Piotrkowsk"),
    ("wohne in der Kastanienallee 7", "Kastanienallee"),
    ("deliver to Kalverstraat 92", "Kalverstraat"),
    ("ik woon op de Kalverstraat 92", "Kalverstraat"),
    ("jag bor på Drottninggatan 5", "Drottninggatan"),
    ("my address is Wenceslas 14", "Wenceslas"),
    ("живу на Крещатике 22", "22"),
    ("я живу на Тверской 12", "Тверской"),
    ("please ship it to Zelena Brana 8", "Brana"),
]


ADJECTIVAL = [
    ("Vinohradská 12", "Vinohradsk"),
    ("Lidická 40, Brno", "Lidick"),
    ("Tverskaya 12 is the building", "Tverskaya"),
    ("send the box to Marszałkowska 15", "Marsza"),
    ("Štefánikova ulica is old, Slovanská 7 is mine", "Slovansk"),
]


BEFORE_A_FLAT = [
    ("Andrássy 60, 2nd floor", "Andr"),
    ("Nevsky 28 apt 4", "Nevsky"),
    ("Marszałkowska 15 m. 4", "Marsza"),
    ("Khreshchatyk 22, kv. 5", "Khreshchatyk"),
    ("Baross 17, 3rd floor on the left", "Baross"),
    ("Rustaveli 9 flat 12", "Rustaveli"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [*CUED, *ADJECTIVAL, *BEFORE_A_FLAT])
def test_a_street_with_no_street_word_goes(deid, index, text, secret):
    """A name and a number after a cue of place (a), an adjectival street and a number (b), a name and a number
    before a flat or floor (c)."""
    probes.assert_free_text_caught(deid, index, text, secret, STREET)


@pytest.mark.verifies("REQ-DEID-001")
def test_a_hungarian_street_word_in_lower_case_is_seen_by_the_check(deid, index):
    """"út" has a mark no English word has: the check reads it as a street's kind in lower case too."""
    probes.assert_free_text_caught(deid, index, "Andrássy út 60", "Andr", {"street line"})


OVER_REDACTED = [
    # lab panels: analytes before their values (published "Na <ADDRESS>.2", "<ADDRESS>" for "Glu 98")
    "Na 139 Cr 1.2", "Na 139 K 4.1 Cl 102 Cr 1.2 BUN 18", "Na 139 K 4 Cl 102 Cr 1 BUN 18",
    "labs today Na 141, K 3.9, Cl 104, CO2 24, BUN 18, Cr 1.1, Glu 98", "Hgb 11 Plt 240 WBC 7",
    # a dose or a reading closing a line (published "Metformin <ZIP>"), a hospital's bay after a cue of moving
    "Metformin 1000", "Glucose 1000", "moved to Bay 3",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", OVER_REDACTED)
def test_lab_panels_doses_and_a_hospital_bay_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


NEAR_MISSES = [
    "Hb 12.4", "Mg 2.0", "Ca 9.4", "took Tylenol 500 at noon", "Lipitor 40",
    "moved to Lipitor 40 last week", "gate 12", "I live at home", "moved to bay 3", "moved to Step 2 of the plan",
    "I live at home 5 days a week", "moved to Level 2", "Polska 2",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_of_the_new_readings_stay(deid, index, text):
    """Guards of the new readings: readings, doses, a hospital's places, everyday words and a country before a number
    are no street with no street word."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["we moved to Denver 3 years ago", "she lives in Austin 12 hours a week"])
def test_a_city_and_a_count_is_no_street_to_either_side(deid, text):
    """A city after a cue and a count of years or hours: the city goes (older readings), the count stays, and the check
    reads no street."""
    out = probes.redacted(deid, text)
    assert " 3 years" in out or " 12 hours" in out, out
    assert "street with no street word" not in probes.free_text_kinds(probes.check_index(), text)


ROUND24_PIECES = ["I live at Vinohradska 12 ", "Aaaa Bbbb Cccc 12 apt 4 ", "Marszalkowskiej 15 ", "Na 139 Cr 1.2 ",
                  "moved to Aa Bb Cc Dd 1 ", "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaska ", "Metformin 1000\n"]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ROUND24_PIECES)
def test_round24_streets_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["живу на Крещатике 22 ", "Andrássy 60, 2nd floor "])
def test_round24_streets_written_in_other_letters_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(200, 800))
