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
    (11, (250, 1000), (250, 1000)),  # a short piece: as given (11,000 characters at most)
    (171, (250, 1000), (23, 93)),  # a long one: 93 repeats hold 15,903 characters, the ratio kept
    (230, (125, 500), (17, 69)),
    (7000, (3, 12), (3, 12)),  # never fewer than 12 repeats (all the rounds' pieces together)
])
def test_a_cost_probe_repeats_a_long_piece_fewer_times_in_the_same_ratio(length, sizes, expected):
    from tests.deid_probes import COST_CHARACTERS, COST_FEWEST_REPEATS, cost_sizes

    got = cost_sizes(length, sizes)
    assert got == expected
    assert got[1] * length <= COST_CHARACTERS or got[1] == max(COST_FEWEST_REPEATS, sizes[1])
    assert abs(got[1] / got[0] - sizes[1] / sizes[0]) < 0.15
