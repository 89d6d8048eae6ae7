"""Round 26, the lead's fixes after merging the five twenty-sixth fix rounds:

a. a lower-case Vietnamese given name before a verb is a name only after a kin word *as written, with its marks*,
   and before a verb as written: "Chủ nhật" (Sunday) has the key of "chú nhật" (uncle Nhật) and "tôi" (I) the key of
   "tới" (to come), so "Chủ nhật tôi đi nhà thuốc" was refused by the check (r26names' rule met r26words' messages);
   "cô lan đưa thuốc" and "chú hùng gọi" still go, on both sides;
b. a refusal says how it counts the row it names (from 0, in the order read from Silver, quarantined rows left
   out), so that an operator finds the message (the twenty-sixth black-box round read "row 22" one off).
"""

from __future__ import annotations

import pytest

from features.deid.leakcheck import ROW_COUNTING, LeakHit, third_party_shapes
from tests.deid_probes import redacted

KIN = "name after a Vietnamese kin word"


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["Chủ nhật tôi đi nhà thuốc mua thêm", "Chủ nhật hùng gọi", "Thứ Năm tôi đi khám",
                                  "chủ nhật tôi mua thuốc"])
def test_a_word_that_only_folds_to_a_kin_word_or_a_verb_leads_no_name(deid, text):
    assert (KIN in third_party_shapes(text), redacted(deid, text)) == (False, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("cô lan đưa thuốc cho mẹ", "lan"), ("chú hùng gọi hôm qua", "hùng"),
                                              ("dì mai mua thuốc rồi", "mai")])
def test_a_lower_case_name_after_a_marked_kin_word_still_goes(deid, text, secret):
    out = redacted(deid, text)
    assert (secret in out.split(), KIN in third_party_shapes(text)) == (False, True), out


@pytest.mark.verifies("REQ-DEID-004")
def test_a_refusal_says_how_it_counts_its_row():
    said = LeakHit("messages", "body", "phone-shaped number", 1, 21).describe()
    assert said.endswith(f"the first at row 21 {ROW_COUNTING}") and "counting from 0" in said
    assert "row" not in LeakHit("patients", "full_name", "own name", 1).describe()
