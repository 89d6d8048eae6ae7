"""Round 33 (lead): what the landed CI of the round-32 merge found.

A pack's serial after a GS1 group separator written out ("<GS>", "<FNC1>", the control character) is redacted, and the
check reads the separator as a gap between elements, not as a placeholder glued to the lot before it.
"""

from __future__ import annotations

import pytest

from features.deid.leakcheck import glued_to_a_placeholder
from tests.deid_probes import free_text_kinds, redacted

SEPARATORS = ["<GS>", "[GS]", "{GS}", "<FNC1>", "\x1d", "␝", "^", "|"]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_serial_after_a_written_group_separator_goes_and_the_check_passes_the_rest(deid, index, separator):
    text = f"scanner gave 01050123456789001728063010K77B2{separator}214471902288"
    out = redacted(deid, text)
    assert "4471902288" not in out and "<ID>" in out, out
    assert free_text_kinds(index, text), text
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["lot 10K77B2<GS>21AB7<ID>", "HERR<DATE>MDFRZD08", "x<GS>ZZQ9<DATE>"])
def test_an_identifier_glued_to_a_placeholder_is_still_seen_beside_a_separator(text):
    assert glued_to_a_placeholder(text)


@pytest.mark.parametrize(("length", "sizes", "expected"), [
    (3, (250, 1000), (250, 1000)),  # a short piece: as given (3,000 characters at most)
    (11, (250, 1000), (90, 360)),  # round 42: 360 repeats hold 3,960 characters, a multiple of the ratio
    (171, (250, 1000), (5, 20)),  # a long one: 20 repeats hold 3,420 characters, the ratio kept
    (230, (125, 500), (4, 16)),
    (7000, (3, 12), (3, 12)),  # never fewer than 12 repeats (all the rounds' pieces together)
])
def test_a_cost_probe_repeats_a_long_piece_fewer_times_in_the_same_ratio(length, sizes, expected):
    from tests.deid_probes import COST_CHARACTERS, COST_FEWEST_REPEATS, cost_sizes

    got = cost_sizes(length, sizes)
    assert got == expected
    assert got[1] * length <= COST_CHARACTERS or got[1] == max(COST_FEWEST_REPEATS, sizes[1])
    assert abs(got[1] / got[0] - sizes[1] / sizes[0]) < 0.15


# --------------------------------------------------------------------------- the 33rd black-box round (lead fixes)

#: counts of medicine in number words of 90 to 99 (the check had refused Italian lakes for an age over 89)
COUNTS_IN_NINETIES = [
    "Prendo novantacinque gocce di Novalgina la sera.",
    "La scatola da novanta compresse dura tre mesi.",
    "Ho preso novantacinque milligrammi come da ricetta.",
    "Nella confezione ci sono novantotto capsule.",
    "tengo noventa pastillas en la caja",
    "noch neunzig Tabletten in der Packung",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", COUNTS_IN_NINETIES)
def test_a_count_of_medicine_in_the_nineties_is_no_age_for_the_check(deid, index, text):
    assert "age over 89" not in free_text_kinds(index, text)
    assert "age over 89" not in free_text_kinds(index, redacted(deid, text))


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["la nonna ha novantacinque anni", "la nonna ha novantacinque anni e prende due compresse",
                                  "mia nonna compie novantadue"])
def test_an_age_in_the_nineties_beside_a_count_still_goes(deid, index, text):
    assert "age over 89" in free_text_kinds(index, text)
    out = redacted(deid, text)
    assert "<AGE>" in out and not free_text_kinds(index, out), out


#: GS1 strings copied with gaps: spaces or a separator between an identifier, its data and the next element
PACKS_WITH_GAPS = [
    ("01 00379723666825 | 21 ZQ81KX7 | 10 AB12", "ZQ81KX7"),
    ("]d2 01 00379723666825 17 271118 10 AB12 <GS> 21 M3K8P1", "M3K8P1"),
    ("0100379723666825 21 4471902288 call me", "4471902288"),
    ("01 00379723666825 ^ 17 271118 ^ 21 QQ7Z19", "QQ7Z19"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "serial"), PACKS_WITH_GAPS)
def test_a_packs_serial_copied_with_gaps_goes_and_the_check_sees_it(deid, index, text, serial):
    assert "device serial" in free_text_kinds(index, text)
    out = redacted(deid, text)
    assert serial not in out and "<ID>" in out, out
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "scan: 0100379723666825|17271118|10LOT4471A",
    "01 00379723666825 17 271118 10 AB12",
    "01 00379723666825 17 271118 10 AB12 take 2 tablets daily",
])
def test_a_pack_string_with_gaps_and_no_serial_stays_and_passes(deid, index, text):
    assert not free_text_kinds(index, text)
    assert redacted(deid, text) == text


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", [
    "01 00379723666825 | 21 ZQ81KX7 | 10 AB12 | ",
    "Ho novanta compresse, la nonna ha novantacinque anni. ",
])
def test_the_lead_readings_cost_time_in_proportion(deid, index, piece):
    from tests.deid_probes import assert_cost_in_proportion

    assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
