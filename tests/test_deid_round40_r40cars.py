"""Round 40, branch r40cars: car descriptions the 39th black-box round saw refused or over-redacted, and plates of one
letter it saw published, fixed as kinds on both sides.

a. Published: a plate of one capital and five to eight figures (Qatar's "Q 123456") after a plate's, a vehicle's or a
   driving word or a car's make or model (``worldwords.PLATE_OF_ONE_LETTER``; redactor
   ``world_shapes._ONE_LETTER_PLATE`` in ``_a_plate_after_its_word``, ``_FIGURES_AFTER_A_CAR``,
   ``_plates_after_a_cars_name``; check ``leakworld._one_letter_plate``); a dose of that shape stays ("D 50000 IU").
b. Over-redacted and refused: three letters and figures after a dose's form or a drug's word, "of" between or none,
   are the drug's code, no Hungarian plate (``worldwords.WORDS_OF_A_DOSE_BEFORE_A_CODE``, ``PARTICLES_BEFORE_A_CODE``;
   ``world_shapes.after_a_codes_word``, read by ``text._is_product_code`` too; ``leakworld._after_a_dose_word``).
c. Wrongly refused and over-redacted: a car's trims, engine and model year, after its model or alone at a message's
   start (the row went on in the next message): "Long Range 2023" was a Welsh street ("Lon" glued to "g"), "1.6 TDI
   2019" a postcode, "2018 Variant" a postcode and town, "40 TDI" a plate, "Mercedes GLC 300" a person
   (``worldwords.CAR_TRIMS``; ``world_shapes.car_tail_spans``, ``text._out_of_car_names``; ``more_shapes`` and
   ``leakshapes._STREET_FIRST`` read Welsh "Lon" whole; ``leakpeople._a_make_and_its_model`` reads a series and its
   figures).
d. Over-redacted and refused: a make in the case of travelling by it ("Menin Toyotalla", "Pojechałam Toyotą",
   "Jedu Škodou") is no person and no town before a facility's word (``worldwords.CAR_MAKE_CASE_ENDINGS``;
   ``recognizers.a_make_in_a_travel_case``, ``leakplaces._MAKE_IN_A_TRAVEL_CASE``); a verb opening the sentence
   before a make and model is no name ("Jedu Škoda Octavia RS").
e. Over-redacted: a make after an article or a possessive is the car ("the Mercedes broke down", "a Mercedes";
   ``worldwords.ARTICLES_BEFORE_A_MAKE``); "la Mercedes", a Spanish woman's name with its article, stays a person.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.test_deid_round37_r37seams import _kinds, _published

PLATE = "vehicle plate or access code"

#: (a) a plate of one letter and figures after a car's word, name or a driving word
_ONE_LETTER_PLATES = [
    ("I left it parked by the surgery, K 274913, until noon.", "274913"),
    ("The Prado Q 558120 is blocking the pharmacy door.", "558120"),
    ("Toyota Hilux Q 93017 outside, bringing the insulin.", "93017"),
    ("Nissan Patrol Q 662018 is mine, I take Glucophage in it.", "662018"),
    ("Mein Auto: Q 772104, ich hole das Rezept ab.", "772104"),
    ("Kennzeichen Q 401822 am Parkplatz der Apotheke.", "401822"),
    ("gari yangu ni Q 1234567 nje ya duka la dawa", "1234567"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _ONE_LETTER_PLATES)
def test_a_plate_of_one_letter_by_a_car_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {PLATE})


#: (b) a drug's code after a dose's word; (c) a car's name with trims, engine and year; (d) a make in a case;
#: (e) a make after an article; and what else of those shapes must stay
_KEPT = [
    "I was asked to take 3 caps of ZKR-451 with breakfast.",
    "Nehme zwei Tabletten von QLT-220 am Abend.",
    "tomo 1 comprimido de BXM-310 en ayunas",
    "The study drug MRT-115 makes me dizzy.",
    "Vitamin D 50000 IU once a week",
    "My Tesla Model Y Long Range 2022 was charging so I took my Eliquis late.",
    "Our Tesla Model 3 Standard Range 2021 is at the service centre.",
    "The Mercedes E 300 de 4MATIC 2020 took me to the clinic.",
    "Mercedes GLC 300 4MATIC, Ramipril in the glovebox",
    "Fuhr mit dem VW Passat 2.0 TDI 2018 Variant zur Apotheke.",
    "We drove the Audi A4 40 TDI quattro to get the refill.",
    "Ford Focus ST-Line 2019, the pharmacy is on my way.",
    "Toyota RAV4 Hybrid 2022 in the car park, took metformin 500 mg.",
    "Long Range 2023, so the battery lasts to the pharmacy and back",
    "1.6 TDI 2019 with the inhaler in the glovebox",
    "Hybrid 2021 and it is quiet",
    "Ajoin Volvolla terveyskeskukseen aamulla.",
    "Menin Nissanilla apteekkiin hakemaan lääkkeet.",
    "Pojechałam Toyotą do apteki po leki.",
    "Jedu Škodou do lékárny pro léky.",
    "Jedu Škoda Octavia RS do lékárny.",
    "Sõitsin Toyotaga apteeki.",
    "The Mercedes broke down, so I missed the evening dose.",
    "We finally bought a car, a Mercedes, with room for the wheelchair.",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _KEPT)
def test_car_names_and_drug_codes_stay_for_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


#: plates beside the same cars and codes still go: after a plate word, in a country's shape, after a make
_STILL_PLATES = [
    ("My Tesla Model 3 Long Range, plate KLM-482, is outside.", "KLM-482"),
    ("Kennzeichen des Passat Variant: M-AB 1234", "1234"),
    ("Láttam NKL-482 a parkolóban a gyógyszertár előtt.", "NKL"),
    ("Menin Toyotalla XKV-482 apteekkiin.", "XKV"),
    ("matrícula 4821 BCD, voy a la farmacia", "4821"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _STILL_PLATES)
def test_plates_beside_car_names_still_go(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-002")
def test_a_person_named_like_a_make_stays_one(deid, index):
    """A person's name after "la" (Spanish, a woman's name with its article) and a make before a surname stay names."""
    assert "Mercedes" not in probes.redacted(deid, "Llegó la Mercedes con las pastillas.")
    text = "Mercedes Garcia called me about the refill."
    assert "Garcia" not in probes.redacted(deid, text)
    assert "name where a person stands" in probes.free_text_kinds(index, text)


#: (c) a car's row over two messages: its model in one, its trims and year in the next
_CAR_ROWS = [
    ["My new car is a Tesla Model Y", "Long Range 2022, so charging is no excuse to miss my statin"],
    ["We traded up to a Toyota Corolla", "Hybrid 2020, the pharmacy run is cheaper now"],
    ["Unser Auto ist ein VW Passat", "2.0 TDI 2018 Variant, damit fahre ich zur Apotheke"],
    ["Dad's car is a Mercedes", "C 220 d 4MATIC, he keeps his inhaler in it"],
    ["Mám Škoda Octavia", "RS 2020, jezdím s ní do lékárny"],
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("bodies", _CAR_ROWS)
def test_a_car_row_over_two_messages_stays(deid, bodies):
    assert not _kinds(bodies, across=False), _kinds(bodies, across=False)
    assert list(_published(deid, bodies)) == bodies


@pytest.mark.verifies("REQ-DEID-006")
def test_cost_of_car_names_and_one_letter_plates(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "Menin Toyotalla apteekkiin, Volvo XC90 T8 Recharge Q 482913; 2 tabs of ZKR-451; "
        "Long Range 2023 and 1.6 TDI 2019 Variant; the Mercedes GLC 300 4MATIC. ", sizes=(125, 500))
