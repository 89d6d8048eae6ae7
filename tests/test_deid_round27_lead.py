"""Round 27, the lead's: what the round-26 review left.

a. Another patient's phone tail after a word of its end, with the word for the phone further back than three words
   ("her mobile, the one from work, ends in 1200"): round 23 meant the check to look for a phone's word anywhere in
   the 48 characters before; a second binding of the same name (removed in round 27) had narrowed it to three words.
b. Whether python-phonenumbers may still add a digit (``text._phone_matcher_may_add``) is linear in the text and the
   spans found: it had cost the number of digits times the number of spans.
"""

from __future__ import annotations

import random

import pytest

from features.deid import text as deid_text
from tests import deid_probes as probes
from tests.deid_probes import redacted

TAIL = "phone's last four figures"


@pytest.fixture(scope="module")
def others():
    """The check's index over two patients: Rosa Quintero's phone ends in 1200."""
    return probes.two_patients_index()


# --------------------------------------------------------------------------- a. the phone's word further back

@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [
    "her mobile, the one from work, ends in 1200",
    "Rosa's cell phone (the new one she got) ends in 1200",
    "the number for the pharmacy she uses now ends with 1200",
])
def test_a_phone_tail_with_its_phone_word_further_back_goes_for_both_sides(deid, others, text):
    assert TAIL in others.kinds_in(text), (text, others.kinds_in(text))
    out = redacted(deid, text)
    assert "1200" not in out, out
    assert not others.kinds_in(out), (out, others.kinds_in(out))


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "the trial ends in 1200 days", "my shift, the long one, ends at 1200 hours", "the lease ends in 2031",
])
def test_an_end_with_no_phone_word_is_no_phone_tail(others, text):
    assert TAIL not in others.kinds_in(text), others.kinds_in(text)


# --------------------------------------------------------------------------- b. the phone matcher's gate, linear

def _naive(view: str, covered: list[tuple[int, int]]) -> bool:
    """The gate as it was written first: every digit of a long run against every span."""
    for m in deid_text._DIGIT_RUN.finditer(view):
        run = m.group()
        if sum(map(str.isdigit, run)) < deid_text._FEWEST_VALID_DIGITS:
            continue
        for offset, char in enumerate(run):
            at = m.start() + offset
            if char.isdigit() and not any(s <= at < e for s, e in covered):
                return True
    return False


@pytest.mark.verifies("REQ-DEID-001")
def test_the_phone_matchers_gate_answers_as_the_plain_reading_did():
    rng = random.Random(27)
    for _ in range(3000):
        view = "".join(rng.choice("0123456789  -().+abx") for _ in range(rng.randint(0, 40)))
        covered = [(a, a + rng.randint(0, 12)) for a in (rng.randint(-2, 42) for _ in range(rng.randint(0, 4)))]
        assert deid_text._phone_matcher_may_add(view, covered) == _naive(view, covered), (view, covered)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_phone_matchers_gate_is_linear():
    def run_at(n: int) -> None:
        view = "call 555-123-4417 or 555-987-6543 " * n
        covered = [(i * 34 + 5, i * 34 + 17) for i in range(n)]  # every first number found, the second left visible
        for _ in range(20):
            deid_text._phone_matcher_may_add(view + "555-000-1111", covered)
    probes.assert_cost_grows_linearly(run_at)
