"""Round 42, branch r42plates: plates of further countries alone that the 41st black-box round saw published, and
car names, a tyre's size and a Swedish dose it saw refused or over-redacted, fixed as kinds on both sides.

a. Published: plates alone by their country's shape with no cue word: Romania's ("B 123 ABC", "CJ 07 XYZ"), Chile's
   ("BBCL-23"), Pakistan's and Taiwan's ("LEA-1234", "ABC-1234", "1234-AB"), Australia's ("1ABC234"), Uzbekistan's
   ("01 A 123 BC"), Azerbaijan's ("10-AB-123"), Morocco's ("12345-أ-6", "12345 | A | 6"), Nigeria's ("KJA 456 XY": its
   last letters were left) and Nepal's ("बा ३ च ४५६७", "Ba 3 Cha 4567") (``worldwords.ROMANIAN_PLATE_COUNTIES``,
   ``CHILEAN_PLATE_LETTERS``, ``NEPALI_PLATE_ZONES``, ``NEPALI_PLATE_ZONES_ROMANISED``; redactor
   ``world_shapes._further_plates_alone``, check ``leakworld._a_plate_of_further_countries_alone``); codes, tests,
   doses, lots and years of those shapes stay ("HCTZ 25", "Lot ABC-1234", "2024-AB").
b. Wrongly refused: a car's body trim read as a social worker and a surname ("Lada Vesta SW Cross 1.8";
   ``leakpeople._a_trim_after_a_car``); a tyre's size read as an address ("205/55 R16 91H") and a Swedish dose's "av"
   (of) read as an avenue ("Tog 2 tabletter av QRT 451") (``recognizers._no_sig_word``, ``_no_dose_of_a_code``).
c. Over-redacted: a trim taken along with the plate after it ("Toyota Hilux SR5 ABC-123", "VW Golf GTI LEA-1234";
   ``worldwords.CAR_TRIMS``, ``world_shapes._plate_after_its_word``).
d. Review: the makes in ``worldwords.NOT_A_PLATE_FIRST`` are derived from ``CAR_MAKES``: a make in capitals before
   figures is the car's name ("KIA 123", "RAM 1500", "DS 72 310" changed; measured on 73 makes in 10 shapes), on
   both sides after a driving word too ("Parked KIA-1234": ``leakworld._past_a_model``).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

PLATE = "vehicle plate or access code"

#: (a) plates alone by the further countries' shapes
_PLATES = [
    ("Left B 123 ABC outside the pharmacy.", "ABC"),
    ("Left CJ 07 XYZ outside the pharmacy.", "XYZ"),
    ("Left BBCL-23 in front of the clinic.", "BBCL"),
    ("Left BBCL 23 in front of the clinic.", "BBCL"),
    ("Parked LEA-1234 near the clinic today.", "LEA"),
    ("Parked LEA-07-1234 near the clinic today.", "LEA"),
    ("Left ABC-1234 at the chemist.", "ABC"),
    ("Parked 1234-AB at the clinic.", "1234"),
    ("Left 1ABC234 at the chemist.", "1ABC"),
    ("Left 1ABC 234 at the chemist.", "1ABC"),
    ("Mashinam 01 A 123 BC dorixona oldida.", "123"),
    ("Left 10-AB-123 by the pharmacy.", "AB"),
    ("Left 10 AB 123 by the pharmacy.", "AB"),
    ("تركت 12345-أ-6 أمام الصيدلية", "12345"),
    ("تركت ١٢٣٤٥-أ-٦ أمام الصيدلية", "١٢٣٤٥"),
    ("Parked 12345 | A | 6 near the pharmacy.", "12345"),
    ("I left KJA 456 XY at the pharmacy.", "XY"),
    ("मेरो गाडी बा ३ च ४५६७ फार्मेसी अगाडि छ", "४५६७"),
    ("Parked Ba 3 Cha 4567 at the clinic.", "4567"),
]

#: (a) near misses of those shapes: a test's or medicine's letters and a dose, a lot, a code after a dose, a year, a
#: unit after, doses and readings; (b) the car, the tyre and the dose wrongly refused; (d) a make and its figures
_KEPT = [
    "HbA1c 7.2 and FBS 140 this morning.",
    "BGL 140 before breakfast, BMW 320 in the garage.",
    "CR 500 and XR 750 mg at night.",
    "Lisinopril/HCTZ 20/25 once daily.",
    "HCTZ 25 in the morning.",
    "Took 2 tabs of ABC-1234 with water.",
    "Lot ABC-1234 expires 2027.",
    "Since 2024-AB the pack is new.",
    "Take 10 MG 100 times? No, 10 mg once.",
    "Vitamin B 12 THE doctor said.",
    "Na 140 K 4.2 Cl 102 today.",
    "I walked 12 345 steps.",
    "Took 1 tablet at 10 PM 120 over 80.",
    "Lada Vesta SW Cross 1.8 takes me to the pharmacy.",
    "Lada Vesta SW Cross 1.8",
    "New tyres 205/55 R16 91H on the car.",
    "205/55 R16 91H",
    "Tog 2 tabletter av QRT 451 i morse.",
    "Toyota Hilux SR5 2019 for sale",
    "Toyota Hilux SR5 needs a service",
    "Kia Sportage GT-Line",
    "VW Golf GTI",
    "Hyundai i20 N Line",
    "Left KIA 123 at home.",
    "Parked KIA-1234 today",
    "Our RAM 1500 is at the garage.",
    "See page 12 - A - 4 of the leaflet.",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _PLATES)
def test_further_plates_alone_go(deid, index, text, secret):
    """(a) The further countries' shapes alone say a plate: the check sees it, the redactor takes it whole, as an
    identifier."""
    probes.assert_free_text_caught(deid, index, text, secret, {PLATE})
    assert "<ID>" in probes.redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _KEPT)
def test_codes_doses_tyres_and_cars_stay(deid, index, text):
    """(a, b, d) Neither side takes a code, a dose, a lot, a year, a car's name, a tyre's size or a make and its
    figures."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(
    ("text", "kept", "secret"),
    [
        ("Toyota Hilux SR5 ABC-123 is outside the clinic.", "Toyota Hilux SR5 <", "ABC"),
        ("Kia Sportage GT-Line KJA 456 XY at the pharmacy", "Kia Sportage GT-Line <", "KJA"),
        ("VW Golf GTI LEA-1234 parked", "VW Golf GTI <", "LEA"),
        ("Hyundai i20 N Line 1ABC234 outside", "Hyundai i20 N Line <", "1ABC"),
    ],
)
def test_a_trim_stays_before_the_plate_after_it(deid, index, text, kept, secret):
    """(c) The plate after a car's trims goes; the trims stay."""
    assert PLATE in probes.free_text_kinds(index, text), text
    out = probes.redacted(deid, text)
    assert out.startswith(kept) and secret not in out, out
    assert PLATE not in probes.free_text_kinds(index, out), out


#: the pieces the cost test repeats: the new readings' plates, and what they keep
_COST_PIECES = (
    "B 123 ABC, CJ 07 XYZ; BBCL-23, LEA-07-1234, 1234-AB, 1ABC 234, 01 A 123 BC, 10-AB-123, 12345 | A | 6, "
    "KJA 456 XY, बा ३ च ४५६७, Ba 3 Cha 4567. ",
    "HCTZ 25; Lada Vesta SW Cross 1.8; 205/55 R16 91H; Tog 2 tabletter av QRT 451; VW Golf GTI LEA-1234. ",
)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("piece", _COST_PIECES)
def test_cost_of_further_plates(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
