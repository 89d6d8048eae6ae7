"""The twenty-fourth round's over-redactions, second pass, both ways (recall first):

a. an eponym's possessive closing an item of a list or a sentence ("I have Addison's, Graves' and Raynaud's";
   ``termwords.POSSESSIVE_EPONYM_ENDS``), an eponym after a history's heading ("FHx Alzheimer (mom)", "pmh: Dupuytren")
   or after a word of disease ("doença de Chagas", "enfermedad de Chagas") is the disease on both
   sides; "Wilson's car", "Mrs Addison called", "my neighbour Gilbert" are people;
b. two to four small figures slashed after a medicine ("Humalog 8/8/10", "Mixtard 20/10") are doses by meal, and
   after a Portuguese word of blood pressure ("pressão 13/8") a reading; "dob 13/8", "see you 13/8" stay dates;
c. a laboratory analyte's abbreviation before values all in its range ("Na 139 142 138 136";
   ``readingwords.LAB_TREND_RANGES``) is a trend, no phone; "na 603 123 456" stays a phone;
d. doses joined by arrows, going one way, after a medicine or before a unit ("metformin 500→1000→1500→2000 mg") are a
   titration, no phone; "call 212→555→7781" stays a phone.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds, redacted

KEPT = [
    # a. eponyms
    "I have Addison's, Graves', Raynaud's and Sjögren's", "she has Huntington's.", "my dad had Cushing's, and more",
    "FHx Alzheimer (mom)", "pmh: Dupuytren", "FHx Parkinson (dad)", "FHx Huntington (uncle)",
    "doença de Chagas e enfermedad de Chagas",
    # b. slashed doses and readings
    "Humalog 8/8/10", "Mixtard 20/10", "insulin 12/8/10", "pressão 13/8", "a tensão está boa: 13/8",
    "pressao 14/9 hoje",
    # c. a laboratory trend
    "Na 139 142 138 136 over four days", "Cl 101 104 99 over the week", "plt 210 180 150 120",
    # d. doses stepped with arrows
    "metformin 500→1000→1500→2000 mg", "metformina 850 → 1700 → 2550 mg", "gabapentin 300->600->900->1200",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", KEPT)
def test_an_eponym_a_slashed_dose_a_lab_trend_or_arrowed_steps_are_kept_on_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


CAUGHT = [
    ("Wilson's car is outside", "Wilson"), ("Mrs Addison called", "Addison"), ("my neighbour Gilbert", "Gilbert"),
    ("dob 13/8", "13/8"), ("see you 13/8", "13/8"),
    ("volejte na 603 123 456", "603 123 456"), ("call 212→555→7781", "7781"), ("972→618→3304", "3304"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), CAUGHT)
def test_a_person_a_date_or_a_phone_of_the_same_shape_still_goes(deid, index, text, secret):
    assert secret not in redacted(deid, text), redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "kind"), [
    ("dob 13/8", "day and month of a date"),
    ("see you 13/8", "day and month of a date"),
    ("volejte na 603 123 456", "phone-shaped number"),
    ("call 212→555→7781", "phone-shaped number"),
    ("na 139 142 999 136", "phone-shaped number"),
])
def test_the_check_still_reads_the_identifier_in_the_same_place(index, text, kind):
    assert kind in free_text_kinds(index, text), free_text_kinds(index, text)


#: each kind of the round in a piece repeated; an unclosed possessive, an arrow alone and a lone analyte close it
COST_PIECES = [
    "I have Addison's, Graves' and Raynaud's; FHx Alzheimer (mom); Humalog 8/8/10, pressão 13/8. ",
    "Na 139 142 138 136; metformin 500→1000→1500→2000 mg. ",
    "Addison's Addison's → Na Na 1 ",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.timeout(300)
@pytest.mark.parametrize("piece", COST_PIECES)
def test_reading_the_kept_words_costs_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(100, 400))
