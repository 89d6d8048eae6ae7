"""Round 38, branch r38plates: vehicle plates the thirty-seventh black-box round found published with the check passing,
or refused by the check where the redactor should have taken them, fixed as a kind on both sides (the redactor takes
the whole plate; the check, with its own reading, sees it).

a. Plates after a car's make, in any case of its language ("Volvo KLM 482", "Menin Toyotalla XKV-482", "Dacia B 123
   ABC", "Corolla CA 123-456", "Toyota AA 12345" whose "AA" was left before a postcode): a make is a cue of its own
   (``worldwords.CAR_MAKES`` but the everyday words of ``CAR_MAKES_NO_CUE``); the piece after it is skipped as its model
   only in a model's look ("XC90", "320d"), and a model's series and figures or a trim are no plate
   (``CAR_MODEL_SERIES``, ``CAR_TRIMS``: "GLC 300", "C 200 CDI"). Redactor ``world_shapes._plate_after_its_word``,
   check ``leakworld._past_a_model`` and ``_a_plate_by_a_car_word``.
b. The car's word in more cases and scripts (Hebrew, Arabic with a Saudi plate in Latin letters, Thai), and figures
   alone after it (five to eight: Qatar "my car 482913", Swahili "gari 123456").
c. Shapes alone: Ireland's with its dashes ("191-D-12345"), India's with a series "3C" ("DL 3C AB 4521": its last
   figures went as a postcode and the check refused), Japan's with its region ("品川 300 さ 12-34": the region was left).
Kept: "my car BMW 320" (refused by the check), models and trims after their make, a year after "plate", a price
tag, and a word of one letter after a plate's placeholder ("Mașina mea <ID> e în parcare" was refused).
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


# --------------------------------------------------------------------------- a. after a car's make

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "plate"), [
    ("Menin Toyotalla XKV-482 apteekkiin", "XKV-482"), ("Min Volvo KLM 482 står utanför apoteket", "KLM 482"),
    ("Corolla CA 123-456", "CA 123-456"), ("Toyota AA 12345", "AA 12345"),
    ("Škoda 2AB 3456 stojí venku", "2AB 3456"), ("Suzuki NKL-482 a ház előtt", "NKL-482"),
    ("Dacia B 123 ABC e afară", "B 123 ABC"), ("Mein Toyota ZH 123456 steht vor der Apotheke", "ZH 123456"),
    ("Hyundai DW 4F210 stoi pod apteką", "DW 4F210"), ("Volvo XC90 ABC 123 utanför", "ABC 123"),
])
def test_a_plates_after_a_make_go_whole_for_both_sides(deid, index, text, plate):
    _assert_whole_plate_gone(deid, index, text, plate)


# --------------------------------------------------------------------------- b. the car's word in more scripts

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "plate"), [
    ("سيارتي ABC 1234 أمام الصيدلية", "ABC 1234"), ("سيارتي 1234 ABD أمام الصيدلية", "1234 ABD"),
    ("my car 482913 is outside", "482913"), ("gari 123456 iko nje", "123456"),
    ("รถของฉัน กข 1234 จอดอยู่", "1234"),
])
def test_b_plates_after_the_car_word_of_more_scripts_go_for_both_sides(deid, index, text, plate):
    probes.assert_free_text_caught(deid, index, text, plate, {PLATE})


@pytest.mark.verifies("REQ-DEID-003")
def test_b_israeli_plate_after_a_hebrew_car_word_goes_as_a_plate(deid, index):
    assert PLATE in probes.free_text_kinds(index, "המכונית שלי 12-345-67 בחוץ")
    assert probes.redacted(deid, "המכונית שלי 12-345-67 בחוץ") == "המכונית שלי <ID> בחוץ"


# --------------------------------------------------------------------------- c. shapes alone

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "plate"), [
    ("Collect me in 191-D-12345 tomorrow", "191-D-12345"), ("the 08-KY-4521 is my son's", "08-KY-4521"),
    ("DL 3C AB 4521", "DL 3C AB 4521"), ("品川 300 さ 12-34 に乗って行きます", "品川 300 さ 12-34"),
    ("車のナンバーは品川 300 さ 12-34 です", "品川 300 さ 12-34"),
])
def test_c_irish_indian_and_japanese_plates_go_whole_for_both_sides(deid, index, text, plate):
    _assert_whole_plate_gone(deid, index, text, plate)


# --------------------------------------------------------------------------- kept

@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "my car BMW 320", "Audi A4 2.0 TDI", "Mazda CX-30 is new", "the plate was 2024", "price tag 1234",
    "my car is 2019", "Metformin XR 500 MG twice daily",
])
def test_models_trims_years_and_prices_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-006")
def test_a_one_letter_word_after_a_plate_is_not_refused(deid, index):
    _assert_whole_plate_gone(deid, index, "Mașina mea B 123 ABC e în parcare", "B 123 ABC")


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
def test_the_round38_plate_readings_cost_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "Menin Toyotalla XKV-482 Volvo KLM 482 Mercedes GLC 300 سيارتي ABC 1234 gari 123456 "
        "191-D-12345 DL 3C AB 4521 品川 300 さ 12-34 my car BMW 320 ", sizes=(125, 500))
