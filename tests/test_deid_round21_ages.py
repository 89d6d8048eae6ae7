"""The twenty-first black-box round's ages over 89 said with no age word between the person and the figure (HIPAA Safe
Harbor aggregates every age over 89), each both ways:

a. after a person and a colon ("grandpa: 97", "mom: 96, dad: 98"), "is a <adjective>" ("she is a young 92", "pop-pop
   is a spry 94") or a Portuguese or Spanish join ("vovó com 92", "el abuelo va para los 97"); after "ages" ("ages 91
   and 93"); in parentheses after "age" ("his age (93)"); as clinical shorthand with a sex letter ("91yF", "91M"); as
   years shy of a hundred ("1 year shy of 100"): the redactor writes ``<AGE>`` (``recognizers._AGE_SAID_OF_A_PERSON``
   and its neighbours), the check counts an age over 89 (``leakshapes.has_age_by_a_person``), both from
   ``agewords``' words;
b. the same figures as a room, a dose, a blood pressure, a saturation or a page stay figures (and no age to the check).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import redacted, shape_kinds

AGES_SAID_OF_A_PERSON = [
    ("grandpa: 97", "97"), ("mom: 96, dad: 98", "96"), ("mom: 96, dad: 98", "98"),
    ("ages 91 and 93", "91"), ("ages 91 and 93", "93"),
    ("she is a young 92", "92"), ("pop-pop is a spry 94", "94"), ("his age (93) worries me", "93"),
    ("el abuelo va para los 97", "97"), ("vovó com 92", "92"),
    ("91yF with heart failure", "91"), ("91M with heart failure", "91"), ("grandpa is 1 year shy of 100", "100"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), AGES_SAID_OF_A_PERSON)
def test_an_age_over_89_said_of_a_person_goes_for_both_sides(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, "age over 89")
    assert "<AGE>" in redacted(deid, text)


FIGURES_THAT_ARE_NO_AGE = [
    "92 mg twice a day", "BP 130/92 this morning", "oxygen 92% at rest", "page 93 of the leaflet",
    "mom: 92 mg of iron", "grandpa: BP 130/92", "ages 20 and 30", "grandpa is 30 years shy of 100",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", FIGURES_THAT_ARE_NO_AGE)
def test_the_same_figures_as_a_dose_a_reading_or_a_page_stay(deid, text):
    probes.assert_shape_kept(deid, text, "age over 89")


@pytest.mark.verifies("REQ-DEID-005")
def test_room_92_is_no_age(deid):
    assert "age over 89" not in shape_kinds("room 92")
    assert "<AGE>" not in redacted(deid, "room 92")


@pytest.mark.verifies("REQ-DEID-005")
def test_reading_ages_said_of_a_person_costs_time_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "grandpa: 97, mom: 96; she is a young 92; ages 91 and 93; vovó com 92; 91yF; oxygen 92% ")
