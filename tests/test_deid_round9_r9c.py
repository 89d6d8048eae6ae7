"""De-identification, ninth round (C): years of birth that show someone is over 89 written with other languages'
birth words, ages over 89 in idioms, addresses, post boxes and postcodes of other countries, IPs said aloud, plus codes,
geohashes and ids after health-number and device cues. The identifier shapes (postcodes, IPs, plus codes, geohashes)
are also refused by the leak check with its own patterns."""

from __future__ import annotations

import re

import pytest

from features.deid.leakcheck import shapes_of_places_and_links
from features.deid.text import PatientIdentifiers, TextDeidentifier


def _redacted(deid: TextDeidentifier, text: str, owner: PatientIdentifiers | None = None) -> str:
    return deid.redact([text], [owner]).texts[0]


def _check_sees(text: str) -> list[str]:
    """The leak check's shapes in ``text``, placeholders read as spaces (as the check reads a redacted message)."""
    return shapes_of_places_and_links(re.sub(r"<[A-Z]+>", " ", text))


# --------------------------------------------------------------------------- years of birth of people over 89

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "year"), [
    ("otec ročník 1929", "1929"),                # Czech cohort
    ("babička nar. 1929", "1929"),               # Czech "narozena"
    ("дед 1931 г.р.", "1931"),                   # Russian "year of birth"
    ("мама 1930 года рождения", "1930"),
    ("pappa f. 1930", "1930"),                   # Norwegian/Danish "født"
    ("äiti s. 1930", "1930"),                    # Finnish "syntynyt"
    ("anya szül. 1929", "1929"),                 # Hungarian
    ("dedem 1931 doğumlu", "1931"),              # Turkish
    ("bà sinh năm 1929", "1929"),                # Vietnamese
    ("祖母は1929年生", "1929"),                   # Japanese
    ("父は1930年生まれです", "1930"),
    ("할머니는 1928년생", "1928"),                 # Korean
    ("she is a 1931 baby", "1931"),
    ("mom (1928–) lives with me", "1928"),
    ("farfar årgang 1931", "1931"),
    ("nagyapa évjárat 1930", "1930"),
    ("dad rocznik 1927", "1927"),                # Polish
])
def test_a_year_of_birth_over_89_with_other_languages_birth_words_goes(deid, text, year):
    out = _redacted(deid, text)
    assert year not in out, out


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("text", ["grandma was born nineteen twenty nine", "born nineteen oh five in Ohio",
                                  "dad, born eighteen ninety nine"])
def test_a_year_of_birth_said_in_words_goes(deid, text):
    out = _redacted(deid, text)
    assert "<DATE>" in out and "nineteen" not in out and "eighteen" not in out, out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["born in 1960", "born nineteen sixty two", "mom f. 1960", "äiti s. 1980",
                                  "a 1990 baby", "ročník 1975", "1955年生", "1962년생", "1950 г.р.",
                                  "class of 1990", "started in 1930 units"])
def test_years_of_birth_of_people_under_90_stay(deid, text):
    assert _redacted(deid, text) == text


# --------------------------------------------------------------------------- ages over 89 in idioms

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "age"), [
    ("she made it to 93", "93"),
    ("grandpa is still kicking at 97", "97"),
    ("93 summers young today", "93"),
    ("grandpa turns 9-3 tomorrow", "9-3"),
    ("nana lived to 101", "101"),
    ("going strong at 95", "95"),
    ("she passed away at 96", "96"),
    ("94 winters and counting", "94"),
])
def test_ages_over_89_in_idioms_go(deid, text, age):
    out = _redacted(deid, text)
    assert age not in out and "<AGE>" in out, out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["I made it to 3 doses today", "still taking it at 9 pm", "she made it to 85",
                                  "walked 93 steps", "pulse 93 and BP 142/91", "it is 93 degrees",
                                  "turns 8-4 on the scale", "still kicking at 79"])
def test_counts_readings_and_younger_ages_in_those_idioms_stay(deid, text):
    assert _redacted(deid, text) == text


# --------------------------------------------------------------------------- addresses of other countries

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "secret"), [
    ("my son lives at Calle 72 # 10-34, Bogotá", "10-34"),
    ("Carrera 7 No. 32-16", "32-16"),
    ("Cra 15 # 93-47 apto 501", "93-47"),
    ("Blk 5 Lot 12 Phase 2 Camella Homes", "Lot 12"),
    ("Kebele 04, House 512", "512"),
    ("Sector 15, Plot 221", "221"),
    ("plot no. 45, near the temple", "45"),
    ("Atatürk Cad. No: 5 Kadıköy", "No: 5"),
    ("Bağdat Caddesi No 112/4", "112"),
    ("شارع الملك فهد مبنى 12", "12"),
    ("רחוב הרצל 5 תל אביב", "5"),
    ("ซอยสุขุมวิท 11 บ้านเลขที่ 45", "45"),
    ("강남대로 123길 45", "45"),
    ("RR 2 Box 15", "Box 15"),
    ("Rural Route 3, Box 22", "Box 22"),
    ("HC 64 Box 12", "Box 12"),
    ("boîte postale 112", "112"),
    ("skrytka pocztowa 45", "45"),
    ("Private Bag X12", "X12"),
    ("Apartado de correos 1234", "1234"),
    ("Postfach 1234, Zürich", "1234"),
])
def test_third_party_addresses_and_post_boxes_of_other_countries_go(deid, text, secret):
    out = _redacted(deid, text)
    assert secret not in out and "<ADDRESS>" in out, out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["RR 16 SpO2 97%", "ordered 2 boxes, box 15 arrived", "lot 12 of strips",
                                  "Zone 2 cardio 45 min", "Phase 2 trial week 3", "step 2, no 3",
                                  "soy milk 2 cups", "hello 5 times", "take 1,000 mg at 8:30"])
def test_clinical_text_beside_those_address_words_stays(deid, text):
    assert _redacted(deid, text) == text


# --------------------------------------------------------------------------- postcodes

@pytest.mark.verifies("REQ-DEID-004", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("SE-411 05 Göteborg", "411 05"),
    ("PL-31-042 Kraków", "31-042"),
    ("CZ-602 00 Brno", "602 00"),
    ("GR-105 57 Athens", "105 57"),
    ("SK-811 01 Bratislava", "811 01"),
    ("pin code 560034", "560034"),
    ("PIN: 560 034", "560 034"),
    ("Bengaluru - 560034", "560034"),
    ("индекс 125009", "125009"),
    ("postal code 100020 Beijing", "100020"),
    ("eircode d02x285", "x285"),
    ("send it to a65f4e2 please", "f4e2"),
    ("1012ab amsterdam", "1012"),
])
def test_postcodes_with_country_letters_six_figures_or_glued_go_and_the_check_sees_them(deid, text, secret):
    out = _redacted(deid, text)
    assert secret not in out, out
    # the check's own shapes: the postcode as written is refused, the redacted text is not
    assert "postcode" in _check_sees(text)
    assert "postcode" not in _check_sees(out), out


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "town"), [("SE-411 05 Göteborg", "Göteborg"), ("PL-31-042 Kraków", "Kraków"),
                                            ("CZ-602 00 Brno", "Brno")])
def test_the_town_after_a_prefixed_postcode_goes(deid, text, town):
    assert town not in _redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", ["1000mg daily", "2000iu vitamin D", "1200 calories, 100020 steps this month",
                                  "glucose 560034? no, 156", "Metformin - 500000", "A1C 7.2 and B12 400",
                                  "BP 120/80 and version 2.3.1", "dose 1000 mg"])
def test_doses_counts_and_readings_are_no_postcode(deid, text):
    assert _redacted(deid, text) == text
    assert "postcode" not in _check_sees(text) or text == "Metformin - 500000"


# --------------------------------------------------------------------------- IPs said, plus codes, geohashes

@pytest.mark.verifies("REQ-DEID-004", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret", "kind"), [
    ("ip 192 dot 168 dot 1 dot 10", "168", "network address said"),
    ("router 10 dot 0 dot 0 dot 138", "138", "network address said"),
    ("ip 192 punto 168 punto 1 punto 10", "168", "network address said"),
    ("la ip es 10 punkt 1 punkt 2 punkt 3", "punkt 2", "network address said"),
    ("meet at 7QJV+XM", "7QJV", "plus code"),
    ("plus code CWC8+R9 Mountain View", "CWC8", "plus code"),
    ("849VCWC8+R9", "849V", "plus code"),
    ("8FVC9G8F+6W", "6W", "plus code"),
    ("geohash 87z9pxbk", "87z9pxbk", "geohash"),
])
def test_ips_said_aloud_plus_codes_and_geohashes_go_and_the_check_sees_them(deid, text, secret, kind):
    out = _redacted(deid, text)
    assert secret not in out, out
    assert kind in _check_sees(text)
    assert kind not in _check_sees(out), out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["A1C+2 check", "Q4H+PRN", "took 1 of 2 at 10 dot 30", "2+2 tablets",
                                  "version 2 dot 3", "insulin 10+4 units"])
def test_doses_and_sums_are_no_ip_or_plus_code(deid, text):
    assert _redacted(deid, text) == text
    assert not _check_sees(text)


# --------------------------------------------------------------------------- ids after health and device cues

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "secret"), [
    ("NHI ZAC5361", "ZAC5361"),
    ("her NHI number is ABC12DF", "ABC12DF"),
    ("CGM transmitter 8GM4KL", "8GM4KL"),
    ("pump serial 12345AB", "12345AB"),
    ("Dexcom sensor SN 0M1234", "0M1234"),
    ("health card 1234-567-890", "1234-567"),
    ("CHI 1203551234", "1203551234"),
])
def test_ids_after_health_number_and_device_cues_go(deid, text, secret):
    out = _redacted(deid, text)
    assert secret not in out and "<ID>" in out, out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["my pen 10U dose", "sensor 14 days left", "pump basal 0.8 units",
                                  "insulin pen 4mm needle", "kit 2ML vials", "meter reads 110 mg/dl"])
def test_doses_after_device_words_stay(deid, text):
    assert _redacted(deid, text) == text
