"""Round 25 (branch r25keep): the twenty-fifth black-box round's over-redactions and a wrong refusal of clinical
meaning, both ways (the redactor keeps the clinical words and the check does not refuse them; a phone, an id, a
person or a date beside them still goes, and the check still sees it in the raw text):

a. lab trends after an analyte's word the trend list lacked, in several languages and shorthands ("cukier 110 115 108
   122", "BZ 140 135 150" for Blutzucker, "TA 140 135 150" for tension artérielle or tensión arterial, "peso 82 81 80
   79", "Krea 110 125 140"; ``readingwords.LAB_TREND_RANGES`` with the ranges of ``_ANALYTE_WORDS_BY_RANGE``), set
   apart by spaces, commas or dashes, every value in the analyte's range and none led by a zero; the analyte right
   before the values outweighs a phone's word further back on both sides ("call me, my glucose 140 120 98 85", which
   the check refused), while "call me 140 120 98 85" is a phone; an analyte's word before its values is no person
   ("sokeri 7.2 8.1", ``readingwords.ANALYTE_WORDS``); a word or two may stand between the analyte and its values
   ("BZ nüchtern 140 135 150"), a phone's word there makes them a phone ("sugar ok, call me 140 120 98 85");
b. titrations of four-figure doses spaced, slashed, dashed or with a closing dot, and with German or Spanish thousands
   dots ("1000 1500 2000 2500 mg", "500 / 1000 / 1500 / 2000 mg", "1.000 - 1.500 - 2.000 mg", "1000. 1500. 2000 mg"):
   three doses or more, one joint, one way, four figures only in steps of ``clinicalwords.LARGE_DOSE_STEP``, with a
   unit after or a medicine or a series word before ("card 1000 1500 2000 2500", "call 1.000 - 1.500 - 2.000" and a
   phone's 3-3-4 grouping stay numbers); the runs of doses are found once per text (``recognizers.dose_step_runs``);
c. eponyms late in a list of diagnoses after its heading ("pmh: HTN, DM2, CKD3, hypothyroid, Hashimoto, Parkinson",
   ``Vorerkrankungen:``, ``antecedentes:``, ``antécédents :``, ``hx``; ``termwords.HISTORY_HEADINGS``): an eponym making
   a whole item of the comma list is the disease; a person after the list's sentence ends is still one;
d. an insulin's or another medicine's three meal doses read as a date ("Actrapid 8-8-10", "NovoLog 10-10-12",
   ``clinicalwords.INSULIN_WORDS`` and ``INSULIN_UNITS``); "born 8-8-10", "dob 10-12-08" stay dates.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds

PHONE = "phone-shaped number"

LAB_TRENDS = [
    "cukier 110 115 108 122", "mój cukier 110 115 108 122 rano", "cukier: 110, 115, 108, 122",
    "BZ 140 135 150", "BZ 140 135 150 heute", "BZ: 140, 135, 150", "BZ 140-135-150-160", "Blutzucker 140 135 150",
    "TA 140 135 150", "la TA 140 135 150 145", "tensión arterial 140 135 150", "tension artérielle 140 135 150",
    "glicemia 98 102 110", "glicemia 98 102 110 115", "HbA1c 7.1 6.8 6.5", "HbA1c 7,1 6,8 6,5", "Zucker 180 160",
    "Zucker 180 160 155 170", "sokeri 7.2 8.1", "sokeri 7,2 8,1 6,9", "verensokeri 120 135 140",
    "peso 82 81 80 79", "Gewicht 82 81 80 79", "waga 82 81 80 79", "wt 182 181 180 179", "Puls 72 80 76 88",
    "RR 140 135 150", "ciśnienie 140 135 150", "FBS 140 135 150 160", "BGL 140 135 150", "creat 110 125 140",
    "creatinine 110 125 140", "Krea 110 125 140", "INR 2.1 2.5 3.0", "kalium 4,1 4,5 3,9", "temp 99 100 101 102",
    # the analyte right before its values outweighs a phone's word further back (the check refused the first)
    "call me, my glucose 140 120 98 85", "call me, my cukier 110 115 108 122", "ring me, BZ 140 135 150",
    # a word or two between the analyte and its values
    "BZ nüchtern 140 135 150", "cukier na czczo 110 115 108 122", "TA ce matin 140 135 150 145",
]

TITRATIONS = [
    "1000 1500 2000 2500 mg", "metformin 1000 1500 2000 2500", "500 / 1000 / 1500 / 2000 mg",
    "Keppra 500 / 1000 / 1500 / 2000", "1.000 - 1.500 - 2.000 mg", "2.000 - 1.500 - 1.000 mg",
    "Metformin 1.000 - 1.500 - 2.000", "1.000 1.500 2.000 mg", "1000. 1500. 2000 mg",
    "levetiracetam 1000. 1500. 2000. 2500 mg", "1000 - 1500 - 2000 - 2500 mg", "1000, 1500, 2000, 2500 mg",
]

EPONYM_LISTS = [
    "pmh: HTN, DM2, CKD3, hypothyroid, Hashimoto, Parkinson", "PMH: HTN, DM2, Graves, Addison",
    "PMH: HTN, DM2, Addison, Cushing, Wilson", "PMH: HTN, DM2 and Addison", "hx HTN, DM2, CKD3, Hashimoto, Parkinson",
    "hx: asthma, GERD, Cushing's, Addison", "antecedentes: HTA, DM2, Graves, Addison",
    "antécédents : HTA, diabète, Hashimoto, Parkinson", "Vorerkrankungen: Diabetes, Asthma und Basedow",
]

MEAL_DOSES = [
    "Actrapid 8-8-10", "Actrapid: 8-8-10 IE", "Novorapid 6-8-6 IE", "Humalog 10-12-8", "Humalog 10-12-8 units",
    "NovoLog 10-10-12", "insulina 8-8-10", "Insulin 12-10-10 IE", "8-8-10 IE Actrapid",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", LAB_TRENDS + TITRATIONS + EPONYM_LISTS + MEAL_DOSES)
def test_trends_titrations_listed_eponyms_and_meal_doses_are_kept_on_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


CAUGHT = [
    # a. a phone with no analyte, or values out of an analyte's range or led by a zero; a phone or a date beside a trend
    ("call me 140 120 98 85", "140 120 98 85"), ("TA 612 345 678", "612 345 678"), ("BZ 555 123 4567", "4567"),
    ("sugar ok, call me 140 120 98 85", "140 120 98 85"),
    ("glucose 070 123 45 67", "070"), ("cukier 110 115 108 122, call 555-123-4417", "4417"),
    ("BZ 140 135 150 seit 12.03.2024, Tel 0171 2345678", "2345678"),
    ("BZ 140 135 150 seit 12.03.2024, Tel 0171 2345678", "12.03.2024"),
    ("peso 82 81 80 79, dob 03/04/1958", "03/04/1958"), ("Dr Zucker 3pm tomorrow", "Zucker"),
    ("Zucker called at 3pm", "Zucker"), ("Zucker says 3 times", "Zucker"),
    # b. no unit, no medicine: a number; a phone's grouping; a phone or a date beside a titration
    ("card 1000 1500 2000 2500", "2500"), ("1000 1500 2000 2500", "2500"), ("call 1.000 - 1.500 - 2.000", "1.500"),
    ("212 555 1200 mg", "1200"), ("1000 1500 2000 mg, call 555-123-4417", "4417"),
    ("Metformin 1.000 - 1.500 - 2.000 mg, Tel 0171 2345678", "2345678"),
    ("1.000 - 1.500 - 2.000 mg am 12.03.2024", "12.03.2024"),
    ("500 / 1000 / 1500 / 2000 mg, my cell 612 345 678", "612 345 678"),
    # c. a person after the list's sentence ends; a phone after the list
    ("pmh: HTN, DM2. Wilson called me today", "Wilson"),
    ("pmh: HTN, DM2, Hashimoto. My neighbour Wilson called", "Wilson"),
    ("pmh: HTN, DM2, Hashimoto - call 555-123-4417", "4417"),
    # d. dates after a birth word or a date's cue; a zero-led part is no dose
    ("born 8-8-10", "8-8-10"), ("dob 10-12-08", "10-12-08"), ("nato il 8-8-10 e poi", "8-8-10"),
    ("Metformin since 8-8-10", "8-8-10"), ("Actrapid 8-8-10, born 10-12-08", "10-12-08"),
    ("Insulin 10-12-08", "10-12-08"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), CAUGHT)
def test_a_phone_an_id_a_person_or_a_date_beside_the_kept_readings_still_goes(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [
    "call me 140 120 98 85", "sugar ok, call me 140 120 98 85", "TA 612 345 678", "BZ 555 123 4567",
    "glucose 070 123 45 67",
    "card 1000 1500 2000 2500", "call 1.000 - 1.500 - 2.000", "212 555 1200 mg",
    "cukier 110 115 108 122, call 555-123-4417", "1000 1500 2000 mg, call 555-123-4417",
])
def test_the_check_still_reads_the_phone_beside_or_instead_of_the_readings(index, text):
    assert PHONE in free_text_kinds(index, text), free_text_kinds(index, text)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_kept_trend_leaves_the_phone_after_it_to_the_check(deid, index):
    """The trend is kept and the phone after it goes, in one message: the check sees the phone in the raw text and
    nothing in the output."""
    text = "cukier 110 115 108 122, call 555-123-4417"
    out = probes.redacted(deid, text)
    assert out.startswith("cukier 110 115 108 122, call <"), out
    assert not free_text_kinds(index, out), free_text_kinds(index, out)


COST_PIECES = [
    "BZ 140, 135, 150 ", "cukier 110 115 108 122 ", "call me, my glucose 140 120 98 85 ",
    "1.000 - 1.500 - 2.000 mg ", "1000. 1500. 2000 mg ", "1000 1500 2000 2500 ", "1000 1500 2000 2500 mg ",
    "pmh: HTN, DM2, Hashimoto, Parkinson, ", "hx HTN, Graves, ", "Actrapid 8-8-10 IE ", "sokeri 7.2 8.1 ",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.timeout(300)
@pytest.mark.parametrize("piece", COST_PIECES)
def test_reading_the_kept_words_costs_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(100, 400))
