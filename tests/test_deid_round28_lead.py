"""Round 28, the lead's: eponyms the twenty-eighth black-box round saw redacted as persons.

a. A disease said before its eponym in Polish and Dutch ("Choroba Hashimoto", "zespół Sjögren", "ziekte van
   Parkinson"), where the tagger may take the joining word into the name ("ziekte <van Parkinson>"), and Horton's
   disease (giant-cell arteritis) with its word of disease after it. A person of that name is still one.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import redacted


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "Choroba Hashimoto, biorę Euthyrox 50 rano",
    "zespół Sjögren, suche oczy",
    "mijn moeder heeft de ziekte van Parkinson",
    "Horton's disease follow-up next week",
])
def test_a_disease_said_before_or_after_its_eponym_is_kept_by_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Horton called about the refill", "Horton"),
    ("ziekte van Jansen, zei Pieter Bakker", "Bakker"),
    ("Hashimoto called twice about her pills", "Hashimoto"),
])
def test_a_person_of_an_eponyms_name_still_goes(deid, text, secret):
    assert secret not in redacted(deid, text)
