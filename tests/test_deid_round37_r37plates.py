"""Round 37, branch r37plates: vehicle plates the thirty-sixth black-box round found published with the check passing,
fixed as a kind on both sides (the redactor takes the whole plate; the check, with its own reading, sees it).

a. Plates after a word of a car in more languages and cases (Swedish "bilen", Polish "samochód", Italian "macchina",
   Turkish "arabam"...) or after a verb of driving or parking (``worldwords.DRIVING_WORDS``: "Ich fahre W-12345A",
   "parkerade bilen, ABC 123"), up to four words and a comma between: the redactor's
   ``world_shapes._world_plate_spans``, the check's ``leakworld._a_plate_by_a_car_word``; after a driving word two
   letters and two figures at least, and no model right after its make (``worldwords.CAR_MAKES``: "BMW M4").
b. Plates of figures alone: Israel's ("12-345-67") after a word of a plate, a car or driving, Qatar's ("123456")
   right after a plate word, Saudi letters written together ("أبج ١٢٣٤").
c. Shapes distinctive enough alone: Spain's ("7392-BCD", four figures and three consonants), the Netherlands'
   sidecodes with two dashes ("GZ-123-X"), Italy's in three groups ("FG 456 HK", whose "FG" was left as a person).
Kept: car models after their make, roads ("M25"), doses and strengths ("XR 500 MG", "1000 MCG"), times ("1530 GMT"),
lots, a shop's hours after "tag" ("tag: CVS 24 HR pharmacy": it was taken and refused), plate words with a year.
"""

from __future__ import annotations

import re

import pytest

from tests import deid_probes as probes

PLATE = "vehicle plate or access code"


def _assert_whole_plate_gone(deid, index, text: str, plate: str) -> None:
    """The check sees a plate in ``text``; the redactor takes every group of ``plate``; the check sees nothing after."""
    seen = probes.free_text_kinds(index, text)
    assert PLATE in seen, (text, seen)
    out = probes.redacted(deid, text)
    for group in re.split(r"[ -]+", plate):
        assert not re.search(rf"(?<![^\W_]){re.escape(group)}(?![^\W_])", out), (group, out)
    assert not probes.free_text_kinds(index, out), (out, probes.free_text_kinds(index, out))


# --------------------------------------------------------------------------- a. after a car's or a driving word

PUBLISHED = [
    ("Registreringsnumret på bilen är ABC 12D", "ABC 12D"), ("Mój samochód KR 9AB12 stoi na parkingu", "KR 9AB12"),
    ("samochód EL 12345 pod apteką", "EL 12345"), ("Ho parcheggiato la macchina FG 456 HK davanti", "FG 456 HK"),
    ("Ich fahre W-12345A zur Apotheke", "W-12345A"), ("I parked ABC 123 outside the clinic", "ABC 123"),
]

INVENTED = [
    ("Jag parkerade bilen, ABC 123, utanför apoteket", "ABC 123"), ("Ich fahre einen Golf, W-12345A", "W-12345A"),
    ("Ajoin autoni ABC-123 apteekin eteen", "ABC-123"), ("Zaparkowałem WX 4821K przy aptece", "WX 4821K"),
    ("Arabam 34 ABC 123 hastanenin önünde", "34 ABC 123"), ("Kjører bilen min AB 12345 til legen", "AB 12345"),
    ("Estacioné el vehículo M-1234-AB en la calle", "M-1234-AB"), ("Je suis garé, véhicule AB-123-CD", "AB-123-CD"),
    ("La mia vettura è EF 789 GH", "EF 789 GH"), ("Geparkt hab ich den PKW B-XY 4711", "B-XY 4711"),
    ("bilen är en Volvo XC90 ABC 123", "ABC 123"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "plate"), PUBLISHED + INVENTED)
def test_a_plates_after_a_car_or_driving_word_go_whole_for_both_sides(deid, index, text, plate):
    _assert_whole_plate_gone(deid, index, text, plate)


# --------------------------------------------------------------------------- b. figures alone, Saudi letters together

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "plate"), [
    ("Qatar plate 123456 at the pharmacy", "123456"), ("My plate is 654321", "654321"),
    ("Israeli car 12-345-67 in the lot", "12-345-67"), ("מספר הרכב 123-45-678", "123-45-678"),
    ("I drive 98-765-43 to work", "98-765-43"), ("لوحة السيارة أبج ١٢٣٤", "١٢٣٤"),
    ("رقم اللوحة ١٢٣٤ حرس", "١٢٣٤"), ("اللوحة: دهب 5678", "5678"),
])
def test_b_figures_alone_and_saudi_letters_go_for_both_sides(deid, index, text, plate):
    probes.assert_free_text_caught(deid, index, text, plate, {PLATE})


# --------------------------------------------------------------------------- c. distinctive shapes alone

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "plate"), [
    ("Vendré con mi Seat Ibiza 7392-BCD mañana", "7392-BCD"), ("mi Seat Ibiza 7392-BCD", "7392-BCD"),
    ("Mijn GZ-123-X staat buiten", "GZ-123-X"), ("de 1-ABC-23 van mijn zus", "1-ABC-23"),
    ("FG 456 HK era davanti alla farmacia", "FG 456 HK"), ("el 4821 JKL de mi hermano", "4821 JKL"),
    ("Tomorrow 12-ABC-3 picks me up", "12-ABC-3"),
])
def test_c_telling_shapes_go_alone_whole_for_both_sides(deid, index, text, plate):
    _assert_whole_plate_gone(deid, index, text, plate)


# --------------------------------------------------------------------------- kept

@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "tag: CVS 24 HR pharmacy", "I drive a BMW M4 now", "Mein Auto ist ein BMW M4 und er fährt gut",
    "drives a BMW X5 M50 to work", "bilen är en Volvo XC60", "my car is a BMW 320", "Drove on the M25 for 2 hours",
    "Er fährt heute nach Hause", "Il viendra demain avec la voiture", "Took Ibuprofen 400 after driving",
    "Metformin XR 500 MG twice daily", "Take 1000 MCG at 1530 GMT", "Lot AB-12-CD expires 2027",
    "I parked the car at level P2 near CVS", "parked for 2 HRS",
    "Ibuprofen 400 mg", "Jag körde bilen till apoteket", "NDC 0002-7510-01", "size 12-34-X",
])
def test_models_doses_times_lots_and_shops_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
def test_the_round37_plate_readings_cost_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "Ich fahre W-12345A samochód KR 9AB12 parkerade bilen, ABC 123 mi Seat Ibiza 7392-BCD GZ-123-X "
        "FG 456 HK plate 123456 car 12-345-67 لوحة أبج ١٢٣٤ a BMW M4 tag: CVS 24 HR pharmacy ", sizes=(125, 500))
