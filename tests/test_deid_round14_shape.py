"""The fourteenth round's identifier shapes, anybody's (the twelfth black-box round's findings): day-first dates with
no year, places smaller than a state, addresses of more Faker locales, number plates of other countries, booking and
access codes, month words with number words; and the over-redaction found on the way. For each kind the redactor
takes it out, the check (its own reading) sees it in the raw text and nothing of its kind in the output, and ordinary
medication-message text that looks alike stays."""

from __future__ import annotations

import pytest

from features.deid.text import TextDeidentifier
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_shape_caught,
    assert_shape_kept,
    check_index,
    redacted,
    shape_kinds,
)

DATE = "day and month of a date"



def scan_kinds(text: str) -> set[str]:
    """Every kind the check's free-text scan finds in ``text`` for a message with no known owner."""
    return set(check_index()._free_text_counts((0, [(text, None)]))[0])


def assert_scan_caught(deid: TextDeidentifier, text: str, secret: str, kind: str) -> None:
    """As :func:`assert_shape_caught`, with the check's whole free-text scan (postcodes and plus codes are read by
    its reading of places and links as well as by :func:`identifier_shapes`)."""
    assert kind in scan_kinds(text), (text, scan_kinds(text))
    out = redacted(deid, text)
    assert secret not in out, out
    assert not scan_kinds(out), (out, scan_kinds(out))


def assert_scan_kept(deid: TextDeidentifier, text: str) -> None:
    """Neither the redactor nor the check's whole free-text scan reads ``text`` as holding an identifier."""
    assert redacted(deid, text) == text
    assert not scan_kinds(text), (text, scan_kinds(text))


# --------------------------------------------------------------------------- day-first dates with no year

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("born 23/7", "23/7"), ("follow-up 18/11", "18/11"), ("appt 30.4", "30.4"), ("am 17.3. Termin beim Hausarzt", "17.3"),
    ("my mum was born 14/2 in the war", "14/2"), ("f/u 21-9 with cardiology", "21-9"), ("review 29.10 please", "29.10"),
    ("Kontrolle am 19.5 um 9 Uhr", "19.5"), ("RDV le 28/6 chez le médecin", "28/6"), ("cita el 16/4 a las 10", "16/4"),
    ("see you Thurs 25/12!", "25/12"), ("next appointment 3.7 at noon", "3.7"), ("check-up 4/9", "4/9"),
    ("his bday is 31/1", "31/1"), ("dob: 13.11.", "13.11"), ("see you 26/3, bring the meter", "26/3"),
    ("on 17.3 she fell", "17.3"), ("follow-up with Dr Ng 18/11 ok", "18/11")])
def test_day_first_dates_with_no_year_are_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, DATE)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "take 1/2 tab at night", "BP 140/90 this morning", "3/10 pain today", "sugar 5.5 mmol before lunch",
    "2.5 mg of warfarin", "I'm on 2.5 now", "A1c went from 14.5 to 12.1", "fasting am 14.5", "at 7 am 14.5 then 9",
    "doing 16/8 fasting since June", "the pharmacy is open 24/7", "pain 13/10 today", "el 3/4 de la pastilla",
    "do 1/2 tab", "we won 21-7", "on 12.5 of lisinopril", "took 15/12 units"])
def test_doses_ratios_and_scores_stay(deid, text):
    assert_shape_kept(deid, text, DATE)


# --------------------------------------------------------------------------- places smaller than a state

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret", "kind"), [
    ("I live in Ward 7 now", "Ward 7", "part of a town"), ("wir wohnen im Bezirk 4", "Bezirk 4", "part of a town"),
    ("Wir wohnen im 21. Bezirk", "21. Bezirk", "part of a town"),
    ("we moved to the 11e arrondissement", "11e arrondissement", "part of a town"),
    ("census tract 4021.02 has no pharmacy", "4021.02", "part of a town"),
    ("sống ở quận 7 với con", "quận 7", "part of a town"), ("Barangay 123, Tondo", "Barangay 123", "part of a town"),
    ("lakás: XI. kerület", "XI. kerület", "part of a town"), ("Sector 4 is far", "Sector 4", "part of a town"),
    ("the 3rd precinct votes there", "3rd precinct", "part of a town"),
    ("exit 23 off I-95", "exit 23", "highway exit"), ("take exit 12B and call me", "exit 12B", "highway exit"),
    ("junction 4 of the M25", "junction 4", "highway exit"), ("Ausfahrt 17 an der A9", "Ausfahrt 17", "highway exit"),
    ("///filled.count.soap", "filled.count.soap", "what3words address"),
    ("w3w: index.home.raft by the gate", "index.home.raft", "what3words address"),
    ("we are at 40.7128, -74.0060", "40.7128", "map coordinates"),
    ("pin: 51.5074,-0.1278", "51.5074", "map coordinates"),
    ("40°42'46\"N 74°0'21\"W", "40°42", "map coordinates"),
    ("우편번호 06236", "06236", "postcode"), ("PLZ 10115", "10115", "postcode"), ("Τ.Κ. 10557", "10557", "postcode"),
    ("CEP 01310-100", "01310", "postcode"), ("postcode 2000 (Sydney)", "2000", "postcode"),
    ("meet at 87G8Q2PQ+3R", "87G8Q2PQ+3R", "plus code")])
def test_places_smaller_than_a_state_are_caught(deid, text, secret, kind):
    assert_scan_caught(deid, text, secret, kind)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "she's on Ward 7 since Monday", "the ward 3 nurse was kind", "the district nurse came at 3",
    "exit 2 of the app froze", "take 2 tabs at the exit", "cap 2 of the bottle was loose", "index finger 12345 times",
    "my glucose was 140 in the district"])
def test_ordinary_text_about_wards_exits_and_caps_stays(deid, text):
    assert_scan_kept(deid, text)


# --------------------------------------------------------------------------- addresses of more Faker locales

ADDRESS = "street or block address"


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("locale", ["zh_TW", "hi_IN", "th_TH", "bn_BD", "hy_AM", "ka_GE"])
def test_addresses_written_in_their_own_scripts_are_caught(deid, locale):
    """Faker's addresses of six locales (another seed than the one the readings were written against): every figure
    of the address goes, the check sees the address in the raw text and nothing in the output."""
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(2024)
    for _ in range(6):
        address = fake.address().replace("\n", ", ")
        text = f"please send it to {address} thanks"
        assert ADDRESS in shape_kinds(text), text
        out = redacted(deid, text)
        assert not any(c.isdigit() for c in out), out
        assert not scan_kinds(out), (out, scan_kinds(out))


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("我住在高雄市中正路100號5樓", "中正路100號"), ("寄到 上海市南京东路 25 号", "25 号"),
    ("ซอย 12 ถนนพหลโยธิน", "พหลโยธิน"), ("मकान नं. 42, गली नं. 3, पटना-800001", "800001"),
    ("বাসা নং ১২, ধানমন্ডি, ঢাকা, ১২০৫", "১২০৫"), ("գ. Արենի, բն. 4", "Արենի"), ("ვაჟა-ფშაველას გამზ. 16", "16")])
def test_more_script_addresses_are_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, ADDRESS)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "我每天吃2片药", "วันนี้ทานยา 2 เม็ด หลังอาหาร", "मैं रोज़ 2 गोली लेता हूँ", "ওষুধ শেষ হয়ে গেছে, ২টা বাকি",
    "Ես օրը 2 հաբ եմ խմում", "დღეში 2 აბს ვსვამ", "ยาหมดแล้ว ต้องไปรับที่โรงพยาบาล"])
def test_medication_messages_in_those_scripts_stay(deid, text):
    assert_shape_kept(deid, text, ADDRESS)


# --------------------------------------------------------------------------- cost on long repeated pieces

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", [
    "三月", "born 23/7 ", "ถนน", "ถนนสุขุม ", "ქუჩა ", "ქართული", "Աբ ", "բն. ", "বাড়ী নং ", "路1段", "exit 4 ",
    "Ward 7 ", "Bezirk ", "w3w a.b.", "अखनूर ", "1/2 ", "am 17.3 "])
def test_a_long_run_of_a_new_piece_costs_time_in_proportion(deid, piece):
    """Repeats of the round's pieces: the redactor and the check take CPU time in proportion."""
    assert_cost_in_proportion(deid, check_index(), piece)


# --------------------------------------------------------------------------- number plates, booking and access codes

PLATE = "vehicle plate or access code"


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("my car is KP19 XRT in bay 4", "KP19 XRT"), ("Kennzeichen B-XY 712", "712"), ("parked GH-418-TZ outside", "GH-418-TZ"),
    ("son's car KA 05 MN 4471", "4471"), ("placa BRA2E19", "BRA2E19"), ("reg: LD71 KFU", "LD71 KFU"),
    ("PNR: QX7Z9K", "QX7Z9K"), ("booking ref WTRPLN for the flight", "WTRPLN"), ("confirmation code 7HJ2KQ", "7HJ2KQ"),
    ("gate code 4417 then left", "4417"), ("door code is 2580", "2580"), ("lockbox 0912 by the door", "0912"),
    ("key safe 1234", "1234"), ("wifi password sunflower22", "sunflower22"), ("Türcode 3390", "3390")])
def test_plates_and_access_codes_are_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, PLATE)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "take 2 tabs BID", "the plate was cold", "HbA1c 7.2 today", "the gate code changed", "COVID19 test was negative",
    "B12 1000 mcg daily", "my reg doctor is nice", "vitamin D3 2000 IU"])
def test_ordinary_text_near_plate_and_code_words_stays(deid, text):
    assert_shape_kept(deid, text, PLATE)
