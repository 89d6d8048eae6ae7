"""The fifteenth round's identifier shapes, anybody's (an outside tester's messages the project had not written):
payment card and account tails after their word, one-time and personal codes after their word, a home's place in a
mobile-home park, a room's number, Taiwan's three-figure postcode, Hijri and Hebrew months written in Latin letters,
a day and month both ordinals, and ages over 89 said as "knocking on 100". For each kind the redactor takes it out,
the check (its own reading, :mod:`features.deid.leakhidden` and the shared vocabulary) sees it in the raw text and
nothing of its kind in the output, and ordinary medication-message text that looks alike stays."""

from __future__ import annotations

import pytest

from features.deid import leakhidden
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_kept,
    assert_shape_caught,
    assert_shape_kept,
)

# --------------------------------------------------------------------------- card and account tails

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("visa ending in 4417", "4417"), ("card ending 0932", "0932"), ("amex xxxx-xxxx-xxxx-1005", "1005"),
    ("acct ending in 77812", "77812"), ("tarjeta terminada en 4417", "4417"), ("carte se terminant par 4417", "4417"),
    ("my mastercard ending with 3321 was declined", "3321"), ("the last 4 of my visa are 5521", "5521"),
    ("Karte endet auf 8812", "8812"), ("cartão final 4417", "4417"), ("pay with the **** **** **** 1005 one", "1005"),
    ("debit card that ends in 2290 please", "2290"), ("conto che termina con 6631", "6631"),
    ("my checking account ending in 90411 got charged", "90411")])
def test_card_and_account_tails_are_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, "card or account tail")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "I pay with visa", "card ending soon, renew it", "last 4 doses of my pack", "the account is ending in March",
    "my credit card was declined twice", "take 2 tabs at 8 and 20"])
def test_card_words_without_a_tail_stay(deid, text):
    assert_shape_kept(deid, text, "card or account tail")


# --------------------------------------------------------------------------- codes after their word

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("Passcode: 441902", "441902"), ("PIN 8812", "8812"), ("verification code 310-442", "310-442"),
    ("OTP is 5521", "5521"), ("door code 4471#", "4471"), ("gate code 3390 for the nurse", "3390"),
    ("Zugangscode 7781", "7781"), ("código de verificación 551902", "551902"),
    ("the security code is 9042", "9042"), ("my pin number 0917", "0917"), ("Passcode - 441902", "441902"),
    ("gate code – 3390", "3390")])
def test_codes_after_their_word_are_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, "vehicle plate or access code")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["pin the note to the fridge", "the pin 2 holes", "OTP", "what is a passcode?"])
def test_code_words_without_a_code_stay(deid, text):
    assert_shape_kept(deid, text, "vehicle plate or access code")


# --------------------------------------------------------------------------- parks, lots, rooms, postcodes

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret", "kind"), [
    ("Lot 14, Sunny Acres MHP", "Lot 14", "lot in a park"), ("Lot 14, Sunny Acres MHP", "Sunny Acres", "mobile-home park"),
    ("trailer 22 at Pine Ridge park", "trailer 22", "lot in a park"),
    ("space 9 at the trailer park", "space 9", "lot in a park"),
    ("we live at Shady Oaks Mobile Home Park now", "Shady Oaks", "mobile-home park"),
    ("room 413", "413", "room number"), ("she is in room 413 at the care home", "413", "room number"),
    ("Zimmer 12 im Pflegeheim", "Zimmer 12", "room number"), ("she moved to room no. 208", "208", "room number"),
    ("mamá está en la habitación 23", "23", "room number"),
    ("郵遞區號 106", "106", "postcode"), ("我家郵遞區號：10603", "10603", "postcode"),
    ("Precinct 12 votes here", "12", "part of a town"), ("the 12th precinct", "12th", "part of a town")])
def test_places_smaller_than_a_state_are_caught(deid, text, secret, kind):
    assert_shape_caught(deid, text, secret, kind)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "room 2 of the leaflet", "lot 14 was recalled", "we walked in the park for 20 minutes", "a room with 2 beds",
    "the trailer for the film was long", "I walk a lot 5 days a week in the park", "tomo un cuarto 2 veces al día",
    "space 2 hours apart, then walk in the park"])
def test_rooms_lots_and_parks_that_are_no_place_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- dates of other calendars and ordinals

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("14 Tishrei", "14"), ("Kislev 3 is her birthday", "Kislev 3"), ("born 12 Muharram", "12"), ("Esfand 5", "5"),
    ("12 Rabi al-Awwal", "12"), ("Jumada al-Thani 3", "3"), ("10 Dhul Hijjah", "10"), ("Rabiul Akhir 9", "9"),
    ("the fourth of the fourth month", "fourth of the fourth"), ("4th day of the 4th month", "4th day"),
    ("the twenty-first of the third month", "twenty-first")])
def test_days_of_other_calendars_and_ordinal_months_are_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, "day and month of a date")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "we march 2 miles", "the fourth month of treatment", "take 2 in the first month", "to march 3 laps"])
def test_march_and_months_of_treatment_stay(deid, text):
    assert_shape_kept(deid, text, "day and month of a date")


@pytest.mark.verifies("REQ-DEID-005")
def test_a_month_before_a_count_of_meals_is_no_date_to_the_check():
    """"Ramadan 2 meals a day" is a schedule: the check reads no date (the redactor's name reader may still take the
    capitalised word, which the check does not refuse)."""
    assert "day and month of a date" not in leakhidden.fifteenth_round_shapes("Ramadan 2 meals a day")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("March fourth nineteen fifty-eight", "fourth"), ("the fourth of March", "fourth"),
    ("March the twenty-first", "twenty-first"), ("May twenty-first is her bday", "twenty-first"),
    ("born March the first", "first")])
def test_a_month_with_its_day_in_words_is_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, "day and month of a date")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("IMG_2024_0412.jpg", "0412"), ("scan-20240412.pdf", "0412"), ("PXL_20240412_101530.jpg", "0412"),
    ("IMG20240412.jpg", "0412"), ("report_04-12-2024.pdf", "04-12"), ("seen on 2024-04-12", "04-12"),
    ("Termin 12.04.2024", "12.04"), ("see 14_04_2024 scan", "14_04")])
def test_dates_of_figures_in_file_names_and_texts_are_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, "date of figures")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["app v1.2.2024 is out", "IMG_0412.HEIC", "order 20240412 shipped", "BP 120/80/65"])
def test_versions_counters_and_orders_are_no_date_of_figures(text):
    assert "date of figures" not in leakhidden.fifteenth_round_shapes(text)


# --------------------------------------------------------------------------- ages over 89 as idioms

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("she is knocking on 100", "100"), ("Grandpa is knocking on the door of 100", "100"),
    ("pushing ninety-five", "ninety-five"), ("in her late nineties", "nineties"),
    ("my nan is creeping up on 95", "95")])
def test_ages_over_89_said_as_idioms_are_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, "age over 89")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["my glucose is knocking on 100", "knocking on 100 steps a day"])
def test_readings_near_an_idiom_stay(deid, text):
    assert_shape_kept(deid, text, "age over 89")


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", ["visa ending ", "card x", "xxxx-", "last 4 of visa ", "lot 1 park ", "room 4 of ",
                                   "12 Rabi al ", "the fourth of the ", "knocking on ", "郵遞區號 1", "PIN "])
def test_a_long_run_of_a_new_readings_piece_costs_time_in_proportion(deid, index, piece):
    """A long run of this round's cue words costs time in proportion to its length (no quadratic reading)."""
    assert_cost_in_proportion(deid, index, piece)
