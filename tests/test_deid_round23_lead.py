"""Round 23, the lead's merge: the tapers read by their steps alone (r23keep) took digits said one by one in order
("nine eight seven, six five, four three two one") for a taper counting down by one, and the check no longer saw
them (two earlier rounds' tests failed after the merge). Seven single figures or more counting by one are an
identifier's digits; the longest such taper dispensed, methylprednisolone's 6-5-4-3-2-1, is still kept."""

from __future__ import annotations

import pytest

from tests import deid_probes as probes


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("my code is 9 8 7 6 5 4 3 2 1", "5 4 3"),
    ("her number one two three four five six seven", "four five"),
    ("numurs deviņi astoņi septiņi seši pieci četri trīs", "pieci"),
])
def test_figures_in_order_counting_by_one_are_no_taper(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["Medrol dose pack 6 5 4 3 2 1 tablets a day", "taper 6-5-4-3-2-1 tabs",
                                  "prednisone 60 50 40 30 20 10 mg", "4 4 3 3 2 2 1 1 tablets"])
def test_tapers_by_their_steps_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)
