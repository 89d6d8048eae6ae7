"""The twenty-second black-box round's places (round 23), each both ways: the redactor takes the place out and the
check sees it in the raw text (its own reading, :mod:`features.deid.leakplaces`) and nothing in the output.

a. a street line with no word of place before it, in the order of any language ("42 Wallaby Way is where the pills
   go", "118 Rue Oberkampf", "Calle de Alcalá 45", "Berliner Straße 12", "Kastanienallee 31");
b. a postcode that a town, a state or a place's noun around it makes one ("Paris 75011", "28013 Madrid", "Sydney NSW
   2000", "Buenos Aires C1425", "K1A 0B1", "1012 AB Amsterdam", "the 94110 pharmacy");
c. a latitude or longitude alone ("I'm at 37.7749", "lat -33.8688", "37°46'30\"N", "33.8688° S").

Near misses stay: doses, lab values, temperatures, weights, a month and year, a version, a count, a year beside a
town ("Paris 2024"; Sydney's "2000" stands only with its state), a unit's capitals after four figures ("500 MG").
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

STREET_LINES = [
    ("42 Wallaby Way is where the pills go", "Wallaby"),
    ("drop it at 7 Larkspur Cres", "Larkspur"),
    ("left at 118 Rue Oberkampf", "Oberkampf"),
    ("12 Pinecrest Road is mine", "Pinecrest"),
    ("my place 350 Fifth Avenue", "Fifth"),
    ("221B Baker Street", "Baker"),
    ("the key is under the mat at 3 Kingfisher Close", "Close"),
    ("27 Bramble Mews, ring twice", "Bramble"),
    ("meet me 88 Avenida Paulista", "Paulista"),
    ("14 rue de Rivoli", "Rivoli"),
    ("31 Via dei Mille", "Mille"),
    ("4 ul. Długa", "Długa"),
    ("Calle de Alcalá 45", "Alcalá"),
    ("Via Roma 12, Milano", "Roma"),
    ("Rua Augusta 1500 apto 3", "Augusta"),
    ("she lives Berliner Straße 12", "Berliner"),
    ("Petőfi utca 12", "Petőfi"),
    ("Hauptstr. 5 please", "Hauptstr"),
    ("Kastanienallee 31", "Kastanienallee"),
    ("Keizersgracht 123", "Keizersgracht"),
    ("Drottninggatan 5", "Drottninggatan"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), STREET_LINES)
def test_a_street_line_with_no_word_of_place_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"street line"})


POSTCODES = [
    ("Paris 75011", "75011"),
    ("28013 Madrid", "28013"),
    ("Berlin 10115", "10115"),
    ("Wien 1010 ist schön", "1010"),
    ("8001 Zürich", "8001"),
    ("São Paulo 01310-100", "01310"),
    ("Sydney NSW 2000", "2000"),
    ("Melbourne VIC 3000", "3000"),
    ("Austin TX 78701", "78701"),
    ("Buenos Aires C1425", "C1425"),
    ("CP C1425", "C1425"),
    ("Canadian K1A 0B1", "K1A"),
    ("she's in k1a 0b1", "k1a"),
    ("Toronto ON M5V 2T6", "M5V"),
    ("1012 AB Amsterdam", "1012"),
    ("Amsterdam 1012 AB", "1012"),
    ("the 94110 pharmacy", "94110"),
    ("she's in the 10027 area", "10027"),
    ("the 94110 store is closed", "94110"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), POSTCODES)
def test_a_postcode_beside_a_town_state_or_place_noun_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"postcode by a town"})


POINTS = [
    ("I'm at 37.7749", "37.7749"),
    ("lat -33.8688", "33.8688"),
    ("-122.4194", "122.4194"),
    ("lon 151.2093", "151.2093"),
    ("latitude 37.7749 today", "37.7749"),
    ("I'm at lat 37.77", "37.77"),
    ("GPS: 51.5074", "51.5074"),
    ("37.7749 N", "37.7749"),
    ("N 40.7128 is the spot", "40.7128"),
    ("37°46'30\"N", "46'30"),
    ("the cabin is 37° 46′ N", "46′"),
    ("33.8688° S", "33.8688"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), POINTS)
def test_a_latitude_or_longitude_alone_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"latitude or longitude alone"})


KEPT = [
    # doses, lab values, readings and measures with decimals
    "temp 37.7", "INR 2.45", "HbA1c 6.8", "weight 72.35 kg", "SG 1.025", "levothyroxine 0.0125 mg",
    "creatinine 0.8765", "temp 37.7°C", "temp 98.6° F", "INR 2.4500 today", "glucose 5.5555", "pH 7.4000",
    "heart rate 72.3456", "the score was 15.1234", "dose 37.7749 mg", "price 12.4999", "ratio 1.2345",
    "Version 2.1234 released", "pi is 3.14159", "long walk 2.5000 miles", "long 2.5 hours", "angle 37.5° flexion",
    "drove 37.5 miles", "call me at 8.30",
    # numbers before a word that could be a street's kind or name
    "take 2 tablets every morning", "I walked 3 miles down the road", "took 2 Tylenol on the way home",
    "give 5 mg via NG tube", "increased to 10 units via pump", "sent via Fedex 2 days ago",
    "Place 2 tablets under the tongue", "Via 3 routes", "take 2 St John's wort", "Bring 2 pills", "Spring 2 classes",
    "spring 2024 was nice", "Route 66 Diner",
    # figures beside a town or capitals that are no postcode
    "took 500 MG", "vitamin D 1000 IU daily", "Tylenol 500", "walked 12000 steps", "she scored 15000 points",
    "the 12345 patients in the study", "the 10000 area of the lung", "A1C 6.5",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", KEPT)
def test_numbers_that_are_no_place_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["Sydney 2000 Olympics", "in Paris 2024 for the games"])
def test_a_year_beside_a_town_is_no_postcode_to_the_check(index, text):
    """A town's four figures that are a year read as no postcode by the check (the redactor's older readings may still
    take a town's name)."""
    assert "postcode by a town" not in probes.free_text_kinds(index, text)


ROUND23_PIECES = ["42 Wallaby Way ", "Calle de Alcal 45 ", "Kastanienallee 31 ", "Paris 75011 ", "Sydney NSW 2000 ",
                  "C1425 ", "the 94110 pharmacy ", "lat 37.7749 ", "-122.4194 ", "37.7749 N ", "7 Aa Bb Cc ",
                  "Aaaaaaaaaaaaaaaaaaaa ", "1.23456 "]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ROUND23_PIECES)
def test_round23_places_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["37°46'30\"N ", "33.8688° S ", "Straße 12 "])
def test_round23_places_written_with_signs_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(200, 800))
