"""Round 38, branch r38cars: a car's name after its make, which round 38's plate reading (a make is a plate's cue)
took or refused, fixed as a kind on both sides.

a. Wrongly refused by the check: a make, its model, then trims, engine sizes and codes, a generation and a model year
   ("Nissan Qashqai 1.3 DIG-T N-Connecta 2020", "VW Passat Variant B8 2.0 TDI") are a car's name: the check's
   ``leakworld._past_a_car_tail`` reads past them (``worldwords.CAR_TRIM_WORDS``) before a plate.
b. Over-redacted by the redactor: postcodes, addresses and plates read in a car's name ("Toyota Corolla 2019 LE",
   "Peugeot 3008 GT", "Ford F-150 Lariat 2019", "Golf 8 GTI") and names or places the NER read in its make and model
   ("Skoda Octavia", "Mi Kia EV6", "Bil är dyr nu"): ``world_shapes.car_name_spans`` (models in
   ``worldwords.CAR_MODELS`` or by a code's look), ``text._out_of_car_names``. A plate after the name still goes
   whole ("Volvo XC60 <ABC 12D>"), and Czechia's plate of one letter after a make ("Škoda Fabia 5L1 2345") is taken
   by the redactor and seen by the check.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

PLATE = "vehicle plate or access code"


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("text", [
    "Nissan Qashqai 1.3 DIG-T N-Connecta 2020 for 18 995 GBP",
    "Nissan Qashqai 1.3 DIG-T",
    "VW Passat Variant B8 2.0 TDI",
    "Audi A4 2.0 TDI quattro 2018",
    "Renault Mégane 1.5 dCi Limited 2017",
    "Kia Ceed 1.6 CRDi GT-Line",
    "BMW 320d xDrive Touring 2021",
    "Mazda CX-5 2.2 SkyActiv-D 2019",
    "Toyota Corolla 2019 LE",
    "Peugeot 3008 GT",
    "Ford F-150 Lariat 2019",
    "Toyota RAV4 Hybrid 2022",
    "Skoda Octavia",
    "Seat León",
    "Renault Clio",
    "Hyundai Tucson",
    "Honda Civic",
    "Mi Kia EV6",
    "Bil är dyr nu",
])
def test_a_cars_name_is_kept_and_not_refused(deid, index, text):
    assert probes.redacted(deid, text) == text
    assert PLATE not in probes.free_text_kinds(index, text)


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "kept", "plate"), [
    ("Volvo XC60 ABC 12D", "Volvo XC60", "ABC 12D"),
    ("Golf 8 GTI mit Kennzeichen S-AB 1234", "Golf 8 GTI mit Kennzeichen", "S-AB 1234"),
    ("Škoda Fabia 5L1 2345", "Škoda Fabia", "5L1 2345"),
    ("Škoda 2AB 3456", "Škoda", "2AB 3456"),
    ("Volvo KLM 482", "Volvo", "KLM 482"),
    ("Toyota AA 12345", "Toyota", "AA 12345"),
])
def test_a_plate_after_a_cars_name_goes_whole(deid, index, text, kept, plate):
    assert PLATE in probes.free_text_kinds(index, text)
    out = probes.redacted(deid, text)
    assert out.startswith(kept + " <")
    assert not any(group in out for group in plate.split())
    assert PLATE not in probes.free_text_kinds(index, out)


@pytest.mark.verifies("REQ-DEID-004")
def test_the_round38_car_name_readings_cost_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "Nissan Qashqai 1.3 DIG-T N-Connecta 2020 VW Passat Variant B8 2.0 TDI Toyota Corolla 2019 LE "
        "Skoda Octavia Volvo XC60 ABC 12D Škoda Fabia 5L1 2345 ", sizes=(125, 500))
