"""Round 41, the lead: what the re-run of the 41st black-box round's lakes on the merged main found.

a. Wrongly refused: a car's trim in capitals after a model that is also a staff role's word ("Ford Ranger XLT 3.2
   TDCi 4x4"): r41plates kept the trims on the redactor's side, and the check then read "XLT" as a third party's bare
   initials after the cue "ranger". A capitalised model of ``worldwords.CAR_MODELS`` before the capitals is no cue
   (``leakpeople.PeopleLook._initials``); a park ranger's initials in lower case, and a relative's, still go.
b. Over-redacted (the fresh-clone CI of the merge): r41numbers' phone in figures and words mixed read a number, a
   Vietnamese word and a year as one ("type 2 từ năm 2015": "tư" four, "năm" five); it needs three groups of figures
   now (``normalize._a_phones_length_mixed``); capitals of a blood-sugar test or a make before figures are no plate
   by Sweden's shape ("FBS 140", "BMW 320": ``worldwords.NOT_A_PLATE_FIRST``).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

_TRIMS_AFTER_A_MODEL_THAT_IS_A_ROLE = [
    "Ford Ranger XLT 3.2 TDCi 4x4, towbar fitted.",
    "Ford Ranger XLT",
    "Filled up the Ford Ranger XLT on the way to the pharmacy.",
    "Tôi bị tiểu đường type 2 từ năm 2015, uống thuốc mỗi sáng.",
    "Chẩn đoán lúc 3 tuổi năm 1998",
    "my car is a BMW 320, fasting FBS 140 and RBS 180 today",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _TRIMS_AFTER_A_MODEL_THAT_IS_A_ROLE)
def test_a_trim_after_a_model_named_like_a_role_is_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("the park ranger JT will call about the refill", "JT"),
    ("my grandson TJ will pick up the pills", "TJ"),
])
def test_initials_after_a_role_or_kin_word_still_go(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"initials of a third party"})


def test_cost_of_trims_after_a_model(deid, index):
    probes.assert_cost_in_proportion(deid, index, "Ford Ranger XLT 3.2 TDCi 4x4, towbar fitted. ", sizes=(125, 500))
