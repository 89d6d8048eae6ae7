"""The twenty-first black-box round's series of doses and readings, both ways (recall first):

a. space-apart figures that are a taper, a titration or readings ("prednisone 60 50 40 30 20 10", "Keppra 500 1000
   1500 mg titration", "oxygen 92 93 94 95") were redacted as phones by the redactor and counted as phone-shaped by the
   check (which refused the whole lake); each side now reads them as a series with its own pattern
   (``recognizers._dose_or_reading_series``, ``leakcheck._a_series``) from the shared words
   (``readingwords.SERIES_WORDS``, ``SERIES_UNITS``, ``DOSE_STEP_WORDS``);
b. a phone grouped as phones are (3-3-4, a leading zero, a "+"), or after a phone word, still goes on both sides, also
   after a drug or a series word;
c. an HL7 reference range after "mg/dL" is no licence number ("dl"), and the directions of a prescription ("TAKE 1 TAB
   BID DR.") are no street.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import redacted

SERIES_KEPT = [
    "prednisone taper 40 30 20 10 5 mg",
    "weaning 20 15 10 5 2.5",
    "prednisone 60 50 40 30 20 10",
    "Keppra 500 1000 1500 mg titration",
    "oxygen 92 93 94 95",
    "titrate 25 50 75 100 mg",
    "sugars 110 120 130 this week",
    "glucose 95 110 88 after meals",
    "gabapentin 300 600 900 mg at night",
    "levels went 8 12 16 20 then stable",
]

PHONES_STILL_CAUGHT = [
    ("call 555 123 4567", "555 123 4567"),
    ("0412 345 678", "0412 345 678"),
    ("06 12 34 56 78", "06 12 34 56 78"),
    ("+44 20 7946 0958", "7946 0958"),
    ("prednisone questions call 555 123 4567", "555 123 4567"),
    ("prednisone 555 123 4567", "555 123 4567"),
    ("oxygen supplier 1 800 555 0199", "555 0199"),
    ("taper 040 030 020 0100", "040 030 020 0100"),
    ("call 40 30 20 10 5", "40 30 20 10"),
    ("12 345 6789", "12 345 6789"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", SERIES_KEPT)
def test_a_series_of_doses_or_readings_stays_for_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), PHONES_STILL_CAUGHT)
def test_a_phone_grouped_as_phones_are_or_after_a_phone_word_still_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"phone-shaped number"})


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["OBX|1|NM|GLU||85|mg/dL|70-99|N", "TAKE 1 TAB BID DR.", "Sig: take 1 cap po bid"])
def test_a_reference_range_and_a_prescriptions_directions_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("DL 70-99-1234", "70-99-1234"), ("lives at 12 Oak Dr.", "12 Oak")])
def test_a_licence_after_its_cue_and_a_street_still_go(deid, text, secret):
    assert secret not in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-005")
def test_reading_series_costs_time_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "prednisone 60 50 40 30 20 10; Keppra 500 1000 1500 mg; call 555 123 4567; TAKE 1 TAB BID DR. ")
