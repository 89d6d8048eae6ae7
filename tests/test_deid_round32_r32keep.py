"""Round 32, r32keep: the thirty-first black-box round's wrong refusals and over-redactions of ordinary messages.

a. Wrongly refused: Welsh "cymerais y dabled gyda brecwast" (the tablet with breakfast): "gyda" ("with") is a given
   name too, and the check read it as a name where a person stands. A lower-case given name that is a word of the
   message's language, where wordfreq has no list of it, is that word (``peoplewords.small_language_of``); "gyda
   Rhys" still goes.
b. Over-redacted everyday words of the languages wordfreq lacks: Estonian verbs and nouns of a medicine-taking message
   ("Võtsin tableti hommikul koos veega"), Zulu, Xhosa, Sotho, Irish (its verb before "mé": "Rinne mé dearmad"),
   Georgian, Welsh weekdays ("dydd Llun", from CLDR's day names as Babel ships them: ``peoplewords.calendar_words``),
   Finnish "kello" before the hour (``peoplewords.CLOCK_WORDS``), Urdu "بیٹی دوائی لائی" and Persian "قرص".
c. Pharmacy chains and medicine brands: chains whose names are people's names or follow a title
   (``peoplewords.PHARMACY_CHAIN_NAMES``: "Matsumoto Kiyoshi", "Dr. Simi", "Dr.Max"), capitalised words beside a
   capitalised word of pharmacy (``peoplewords.PHARMACY_WORDS``: "Pharmacie Lafayette", "Drogaria Pacheco", "Benu
   Apteegist", "Аптека 36,6"), brands of the UK, Japan (in katakana too) and Turkey ("Difene", "Bufferin",
   "バファリン", "Arveles") and their product lines ("Lemsip Max Strength"). Any other name after "Dr." still goes.
d. A drug code's word alone ("NPN: 80012345") is no person.
e. The greetings of Zulu, Xhosa and Sotho alone ("Dumela", "Molo", "Lotjhani") are kept.
Names beside these words still go.
"""

from __future__ import annotations

import pytest

from features.deid.peoplewords import (
    PHARMACY_CHAIN_NAMES,
    calendar_words,
    small_language_of,
    small_language_words,
    stop_words_that_are_no_names,
)
from features.deid.recognizers import is_medication
from tests import deid_probes as probes

KEPT = [
    # a. Welsh: the tablet with breakfast, water, food, cheese, milk
    "cymerais y dabled gyda brecwast", "Mi wnes i gymryd y dabled gyda dŵr", "rhoddais y dabled gyda bwyd i mam",
    "cymerais y dabled gyda chaws", "Mi wnes i gymryd y dabled gyda llefrith",
    # b. Welsh weekdays, Estonian, Zulu, Xhosa, Sotho, Irish, Georgian, Finnish, Urdu, Persian
    "dydd Llun cymerais y tabledi", "dydd Mawrth, dydd Mercher, dydd Iau, dydd Gwener, dydd Sadwrn, dydd Sul",
    "dydd Iau es i i'r fferyllfa", "Võtsin tableti hommikul koos veega", "Ma unustasin eile õhtul ravimi võtta",
    "Ngikhohlwe ukuphuza umuthi izolo", "Ngiphuze iphilisi ekuseni", "Rinne mé dearmad ar an leigheas inné",
    "Thóg mé an piolla ar maidin", "ტაბლეტი დავლიე საუზმის შემდეგ", "otin lääkkeen kello kahdeksan",
    "kello 8 otin tabletin", "بیٹی دوائی لائی", "میری بیٹی دوائی لائی تھی", "قرص صبح را خوردم", "امروز قرص نخوردم",
    "Dumela, ke nwele dipilisi kajeno", "Molo, ndiselile iipilisi namhlanje",
    # c. pharmacy chains and brands
    "ostin lääkkeet Matsumoto Kiyoshista", "bought it at Matsumoto Kiyoshi", "compré en Dr. Simi",
    "fui al Dr. Simi por las pastillas", "acheté à la Pharmacie Lafayette", "comprei na Drogaria Pacheco",
    "купила в Ригла", "купила в Аптека 36,6", "ostsin Benu Apteegist", "ostsin Benu Apteek'ist",
    "koupila jsem v Dr.Max", "kupiłam w Dr.Max", "fui a Farmacias Similares", "I take Difene for the pain",
    "took a Lemsip last night", "Lemsip Max Strength", "took Bufferin", "Arveles aldım", "バファリンを飲んだ",
    "ロキソニンを飲みました",
    # d, e. a drug code's word; greetings alone
    "NPN: 80012345", "NPN", "Dumela", "Lotjhani", "Molo", "Molweni", "Sawubona!",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", KEPT, ids=[f"kept-{n}" for n in range(len(KEPT))])
def test_ordinary_messages_are_kept_by_both_sides(deid, index, text):
    """Each message is published as written and the check's free-text scan finds nothing in it."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("compré en Dr. Simi con Dr. Ramírez", "Ramírez"), ("Dr. Pacheco called me", "Pacheco"),
    ("dydd Llun daeth Gwen â'r tabledi", "Gwen"), ("talked to the pharmacy, Jane said ok", "Jane"),
])
def test_names_beside_those_words_still_go_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("cymerais y dabled gyda Rhys", "Rhys"), ("Dr. Max said to take two", "Max"),
    ("Rinne Siobhán dearmad ar an leigheas", "Siobhán"), ("Mina ngiphuzile amaphilisi namuhla", "Mina"),
    ("kello Virtanen soitti", "Virtanen"), ("Pharmacist Smith called", "Smith"),
])
def test_names_where_those_words_stand_go_and_the_output_passes(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
def test_the_tables_behind_those_readings():
    assert small_language_of(["cymerais", "y", "dabled", "gyda", "brecwast"]) == "cy"
    assert small_language_of(["võtsin", "tableti", "hommikul", "koos", "veega"]) == "et"
    assert small_language_of(["rinne", "mé", "dearmad", "ar", "an", "leigheas"]) == "ga"
    assert small_language_of(["i", "went", "to", "the", "shop", "with", "anna", "today"]) is None
    assert {"llun", "mawrth", "gwener"} <= calendar_words("cy") and "esmaspäev" in calendar_words("et")
    assert "gyda" in small_language_words("cy") and "gyda" not in stop_words_that_are_no_names()
    assert ("dr", "simi") in PHARMACY_CHAIN_NAMES and ("dr", "max") not in PHARMACY_CHAIN_NAMES
    assert all(is_medication(w) for w in ("Difene", "Lemsip", "Bufferin", "Arveles", "バファリン"))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(600)
@pytest.mark.parametrize("piece", [
    "cymerais y dabled gyda brecwast. dydd Llun cymerais y tabledi. Võtsin tableti hommikul koos veega. ",
    "acheté à la Pharmacie Lafayette. compré en Dr. Simi. ostsin Benu Apteegist. otin lääkkeen kello kahdeksan. ",
])
def test_the_round32_keep_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
