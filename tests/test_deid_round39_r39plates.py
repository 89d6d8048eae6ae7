"""Round 39, branch r39plates: vehicle plates and car words the 38th black-box round published, took in part or
over-redacted, fixed as kinds on both sides.

a. Published: Qatar's plate of figures after a car's model or make, capitalised or in Arabic ("my Land Cruiser
   123456", "لاندكروزر ١٢٣٤٥٦"; five to eight figures, a model's own fewer): redactor
   ``world_shapes._FIGURES_AFTER_A_CAR``, check ``leakworld._A_CAR_BEFORE_FIGURES`` (models of
   ``worldwords.CAR_MODELS``, now the usual models of the thirty biggest makes, and the Gulf's in Arabic).
b. Published: plates alone by their country's shape, no word of theirs: Vietnam's ("29-B1 123.45", "30A-12345"),
   Poland's ("WPR 12345", "DW 4F210"), Czechia's, Hungary's, Greece's, Switzerland's, Thailand's
   (``world_shapes._PLATES_ALONE_BY_COUNTRY``, ``leakworld._a_plate_by_its_country_alone``); codes, readings and
   ordinals of that shape stay (``worldwords.NOT_A_PLATE_FIRST``, ``THAI_WORDS_NOT_A_PLATE``).
c. In part: Indonesia's region letter before a plate ("B 1234 XYZ": "B" was left).
d. Rightly refused but blocking a lake: an Australian plate after "plate number", "rego", "plate" goes.
e. Over-redacted: a car's model after its make out of the table or not ("Seat León", "Dacia Spring", "Skoda Enyaq",
   "Lexus RX 350h", "MX-5 Miata", "Land Cruiser"), a make alone after a verb of driving ("drive my Mercedes"), a make
   that is an everyday word before a plate ("My Mini <plate>"): ``world_shapes.car_name_spans``,
   ``text._out_of_car_names``; a person after a make that is a name stays one ("Lincoln Burrows").
f. One table of trims (``worldwords.CAR_TRIMS``) read by the plate readings and the car's name alike.
"""

from __future__ import annotations

import pytest

from features.deid import worldwords
from tests import deid_probes as probes

PLATE = "vehicle plate or access code"


#: (a) figures after a model, (b) plates alone by their shape, (d) an Australian plate after its word
_PLATES = [
    ("I drive my Land Cruiser 123456 to the clinic.", "123456"),
    ("My Toyota Corolla 48291 needs oil.", "48291"),
    ("سيارتي لاندكروزر ١٢٣٤٥٦ في الموقف", "١٢٣٤٥٦"),
    ("أقود تويوتا ١٢٣٤٥٦ كل يوم", "١٢٣٤٥٦"),
    ("Came in the Hilux 7730215", "7730215"),
    ("Parked at 29-B1 123.45 near the pharmacy.", "123.45"),
    ("Saw 29B1 123.45 today", "123.45"),
    ("The taxi was 30A-12345.", "12345"),
    ("It was WPR 12345 that hit me.", "12345"),
    ("Widziałem DW 4F210 przy aptece.", "4F210"),
    ("(KR 9AB12) stał pod apteką", "9AB12"),
    ("Viděl jsem 2AB 3456 u lékárny.", "3456"),
    ("Láttam NKL-482 a parkolóban.", "NKL"),
    ("Láttam AB CD-123 tegnap.", "CD-123"),
    ("Είδα ΙΚΑ-4821 στο πάρκινγκ.", "4821"),
    ("Ich sah ZH 123456 am Parkplatz.", "123456"),
    ("เห็น กข 1234 ที่ร้านยา", "1234"),
    ("The plate number ABC-123 is on my car.", "ABC-123"),
    ("rego 1ABC 234 expires soon", "1ABC"),
    ("NSW plate XYZ12A", "XYZ12A"),
    ("plate number 1ABC 234", "234"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _PLATES)
def test_plates_go(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {PLATE})


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", [
    "CPT 99213 was billed.",
    "NDC 12345 pack.",
    "My 1ST 2024 APPOINTMENT.",
    "BMI 27 and SPF 50.",
    "ABT-199 trial and MRI 2024 results.",
    "ผม 1234 บาท",
    "ZH 2024 report.",
    "My Land Cruiser 300 has 120000 km.",
    "My Corolla 2019 is old.",
])
def test_codes_and_readings_of_a_plates_shape_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", ["Saya lihat B 1234 XYZ kemarin.", "Mobil saya B 1234 ABC di parkir."])
def test_indonesias_region_letter_goes_with_its_plate(deid, index, text):
    probes.assert_free_text_caught(deid, index, text, "1234", {PLATE})
    assert " B " not in probes.redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("text", [
    "I drive a Seat León to the pharmacy.",
    "My Renault Austral and Dacia Spring are new.",
    "I drive a Volkswagen T-Roc and a Skoda Enyaq.",
    "My Toyota Hilux and Mazda MX-5 Miata.",
    "Lexus RX 350h is mine.",
    "Kia EV6 2024 charging now.",
    "Toyota Corolla 2019 LE is in the shop.",
    "Mi Toyota Land Cruiser está afuera.",
    "My Hyundai Santa Fe is blue.",
    "I drive my Mercedes to the pharmacy.",
    "Er fährt den Golf zur Apotheke.",
    "Nissan Qashqai 1.3 DIG-T N-Connecta",
    "Please take a seat at 10 AM.",
    "Her mini fridge holds 2 vials.",
])
def test_a_cars_name_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "kept", "plate"), [
    ("My Mini AB12 CDE is outside.", "My Mini <", "CDE"),
    ("My Seat WPR 12345 is blue.", "My Seat <", "12345"),
    ("Lexus RX 350h KLM 482", "Lexus RX 350h <", "KLM"),
])
def test_a_plate_after_a_make_goes_and_the_make_stays(deid, index, text, kept, plate):
    probes.assert_free_text_caught(deid, index, text, plate, {PLATE})
    assert probes.redacted(deid, text).startswith(kept)


@pytest.mark.verifies("REQ-DEID-004")
def test_a_person_after_a_make_that_is_a_name_stays_one(deid):
    assert "Burrows" not in probes.redacted(deid, "I met Lincoln Burrows today.")


def test_one_table_of_trims():
    assert not hasattr(worldwords, "CAR_TRIM_WORDS")
    assert {"CDI", "DIG-T", "quattro"} <= set(worldwords.CAR_TRIMS)


@pytest.mark.verifies("REQ-DEID-004")
def test_the_round39_plate_readings_cost_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "my Land Cruiser 123456 Parked at 29-B1 123.45 It was WPR 12345 Láttam NKL-482 Seat León "
        "Dacia Spring CPT 99213 ", sizes=(125, 500))
