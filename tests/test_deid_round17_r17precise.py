"""The seventeenth round's over-refusals and over-redactions of number shapes (an outside tester's), each with the
identifier of the same shape that must still go (recall first):

1. a GS1 element string pasted from a pack's label or a scanner (GTIN, expiry, lot, serial; in parentheses or glued
   with group separators): the pack's data stays and the check is quiet on it; its serial is a device identifier
   (``<ID>``), which the check still sees when the redactor leaves it;
2. figures taken for phones: doses stepped down or up ("taper 40-30-20-10-5"), dashed readings after a reading word
   ("sugars 132-97-104-118"), opening hours ("open 0900-1700"), a pack's lot ("Lot: 2411803") and a firmware version
   read as an IP address; the same figures after a phone word are still a phone.
"""

from __future__ import annotations

import pytest

from tests.deid_probes import assert_cost_in_proportion, free_text_kinds, redacted

# --------------------------------------------------------------------------- 1. GS1 element strings

PACK_STRINGS = [
    "the box says (01)05012345678900(17)280630(10)K77B2",
    "(01) 00312345678906 (17) 261231 (10) 2299107",
    "label: (01)04150012345670(11)250101(17)270101(10)LOT-88A",
    "scanner gave 01050123456789001728063010K77B2",
    "]d201003123456789061726123110X12Y",
    "GTIN (01)04150012345670 on the inhaler",
]


PACK_SERIALS = [
    ("the box says (01)05012345678900(17)280630(10)K77B2(21)7734019926", "7734019926"),
    ("(01) 00312345678906 (17) 261231 (10) AB9 (21) 40917736211", "40917736211"),
    ("scanner gave 01050123456789001728063010K77B2<GS>214471902288", "4471902288"),
    ("(01)04150012345670(21)ZX81Q44M2K(17)270101", "ZX81Q44M2K"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "serial"), PACK_SERIALS)
def test_a_packs_serial_is_a_device_identifier_the_check_sees(deid, index, text, serial):
    out = redacted(deid, text)
    assert serial not in out and "<ID>" in out, out
    assert free_text_kinds(index, text), text
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["call (212) 423-4567 (415) 987-6543", "(01)2125557781 is my cell"])
def test_phones_in_parentheses_are_no_gs1_string(deid, index, text):
    assert "<PHONE>" in redacted(deid, text)
    assert "phone-shaped number" in free_text_kinds(index, text)


# --------------------------------------------------------------------------- 2. figures that are no phone

FIGURES_KEPT = [
    "taper 50-40-30-20-10 over five days",
    "wean 20-15-10-5 then off",
    "prednisolone 50-40-30-20-10-5",
    "ok so 10-20-30-40-50 units over the week",
    "blood sugar log 141-99-123-187",
    "glucose 110-98-143-121 today",
    "clinic open 0830-1630 Mon-Fri",
    "shift 0700-1900 tomorrow",
    "pharmacy hours 0900-1800",
    "Lot: 3318027",
    "batch 55120934 on the insulin box",
    "LOT 77120438 EXP 2027-01",
    "pump firmware 3.14.201.7",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", PACK_STRINGS + FIGURES_KEPT)
def test_gs1_data_stepped_doses_readings_hours_lots_and_versions_are_no_phone(deid, index, text):
    assert redacted(deid, text) == text
    assert not free_text_kinds(index, text), free_text_kinds(index, text)


FIGURES_THAT_ARE_PHONES = [
    ("text me at 50-40-30-20-10", "50-40-30-20-10"),
    ("sugars fine, call 141-99-123-187", "141-99-123-187"),
    ("call the desk 0830-1630", "0830-1630"),
    ("my number 33-18-02-77", "33-18-02-77"),
    ("a lot 3318027 times he rang", "3318027"),
    ("lot 212-555-7781", "212-555-7781"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), FIGURES_THAT_ARE_PHONES)
def test_the_same_figures_after_a_phone_word_are_a_phone(deid, index, text, secret):
    out = redacted(deid, text)
    assert secret not in out, out
    assert "phone-shaped number" in free_text_kinds(index, text)
    assert not free_text_kinds(index, out), out


@pytest.mark.verifies("REQ-DEID-005")
def test_reading_gs1_strings_costs_time_in_proportion(deid, index):
    assert_cost_in_proportion(deid, index, "(01)05012345678900(17)280630(10)K77B2 taper 40-30-20-10-5 open 0900-")


# --------------------------------------------------------------------------- 4. digit words with "dash" between groups

SAID_WITH_DASHES = [
    ("social security four one seven dash two two dash nine nine zero one", "nine nine zero one"),
    ("my number is eight one eight dash five five five dash two two one nine", "two two one nine"),
    ("id nine nine one hyphen four four hyphen three two one zero", "three two one zero"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), SAID_WITH_DASHES)
def test_digit_words_go_on_across_a_said_dash(deid, index, text, secret):
    out = redacted(deid, text)
    assert secret not in out, out
    assert free_text_kinds(index, text), text
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["add a dash of milk, one or two spoons", "one dash of salt and two of pepper"])
def test_a_dash_of_something_is_no_digit_run(deid, index, text):
    assert redacted(deid, text) == text
    assert not free_text_kinds(index, text)
