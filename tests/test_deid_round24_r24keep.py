"""The twenty-fourth round's over-redactions, both ways (recall first):

a. an eponym that is a common surname too right after a diagnosis named outright ("dx Addison", "hx of Graves, on
   methimazole", "history of Cushing") is the disease on both sides (``termwords.DIAGNOSIS_CUES_FOR_ANY_EPONYM``); after
   "living with" or a title it is still a person ("Dr Addison called", "my neighbour Mrs Graves"); an eponym seldom a
   surname after an owner's word is one's disease ("my Sjogren dry eyes", ``termwords.EPONYMS_AFTER_AN_OWNER``) but
   before a person's verb ("my Sjogren said hi");
b. a brand that is a given name in a list, an owner's word before the next medicine ("my Allegra and my Flonase both ran
   out") is the medicine (``recognizers._joined_to_a_medicine``); "Allegra and my sister came" is a person;
c. the Dario glucose meter before a figure ("my Dario says 145", ``clinicalwords.GLUCOSE_DEVICE_BRANDS_NAMED``) is the
   device on both sides; "Dario says hi" is a person;
d. dishes, drinks, body parts and exercises named after a person or a place ("Earl Grey", "Baked Alaska", "Circle of
   Willis", "Kegel exercises"; ``termwords.NAMED_THINGS``) are kept on both sides; "Earl Grey called me" is a person;
e. a slashed pair after a medicine or a verb of taking, or before a word of directions ("oxycodone 15/5", "take 15/5",
   "15/5 twice daily"; ``readingwords.SPLIT_DOSE_VERBS``) is a split dose on both sides; "dob 15/5", "my birthday is
   15/5", "see you 15/5" stay dates;
f. a number field whose value is prose ("MRN: x - missed my dose") keeps it on both sides; an id there goes alone, the
   prose after it stays ("MRN: 48213377 - missed my dose").
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds, redacted

KEPT = [
    # a. eponyms after a diagnosis named outright
    "dx Addison", "dx: Addison", "hx of Graves, on methimazole", "history of Addison", "diagnosed with Graves",
    "positive for Wilson", "hx of Cushing, on hydrocortisone", "tested for Wilson last year",
    "my Sjogren dry eyes are worse", "her Crohn is flaring again", "my Sjogren is bad",
    # b. brands in a longer list
    "my Allegra and my Flonase both ran out", "Allegra and my Zyrtec ran out", "need my Allegra and my Zyrtec refilled",
    # c. the Dario meter
    "my Dario says 145", "Dario reading 132", "Dario 145 this morning", "my Dario meter says 150",
    # d. things named after a person or a place
    "Earl Grey tea with breakfast", "I drink Earl Grey every morning", "had Eggs Benedict", "Baked Alaska for dessert",
    "Beef Wellington at dinner", "Caesar salad for lunch", "a Caesar salad", "Circle of Willis aneurysm",
    "Kegel exercises daily", "Kegel exercise",
    # e. split doses
    "take 15/5", "taking 15/5 now", "oxycodone 15/5", "15/5 twice daily", "15/5 tabs", "I take 18/6 at night",
    # f. a number field holding prose
    "MRN: x - missed my dose", "MRN: unknown, missed my dose", "MRN: ? - missed dose",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", KEPT)
def test_a_disease_a_brand_a_meter_a_dish_a_dose_or_prose_is_kept_on_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


CAUGHT = [
    ("Dr Addison called", "Addison"), ("my neighbour Mrs Graves", "Graves"), ("living with Graves now", "Graves"),
    ("my Sjogren said hi", "Sjogren"), ("my Lou called", "Lou"),
    ("Allegra and my sister came", "Allegra"), ("Dario says hi", "Dario"), ("Dario reading a book", "Dario"),
    ("Earl Grey called me", "Earl Grey"), ("Caesar called me", "Caesar"),
    ("dob 15/5", "15/5"), ("my birthday is 15/5", "15/5"), ("see you 15/5", "15/5"), ("on 15/5 I fell", "15/5"),
    ("MRN: 48213377 - missed my dose", "48213377"), ("mrn: A99812 - late dose", "A99812"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), CAUGHT)
def test_a_person_a_date_or_an_id_beside_the_kept_words_still_goes(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "kind"), [
    ("Dr Addison called", "staff name after a role word"),
    ("Dario says hi", "name where a person stands"),
    ("dob 15/5", "day and month of a date"),
    ("my birthday is 15/5", "day and month of a date"),
    ("MRN: 48213377 - missed my dose", "identifier in a YAML or XML field"),
])
def test_the_check_still_reads_the_identifier_in_the_same_place(index, text, kind):
    assert kind in free_text_kinds(index, text), free_text_kinds(index, text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("text", "after"), [
    ("MRN: 48213377 - missed my dose", " - missed my dose"), ("MRN: 48213377, missed my dose", ", missed my dose"),
    ("mrn: A99812 - late dose", " - late dose"), ("MRN: rf3562135 - missed my dose", " - missed my dose"),
])
def test_only_the_id_of_a_number_field_goes_and_the_prose_after_it_stays(deid, text, after):
    assert redacted(deid, text).endswith(">" + after), redacted(deid, text)


#: each kind of the round in a piece repeated; a Dario with no figure and a day and month close the last
COST_PIECES = [
    "dx Addison, hx of Graves; my Allegra and my Flonase both ran out; my Dario says 145. ",
    "Earl Grey tea, Baked Alaska, Circle of Willis, Kegel exercises; take 15/5, oxycodone 15/5 twice daily. ",
    "MRN: x - missed my dose\n",
    "Dario Dario Dario 1/5 ",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.timeout(300)
@pytest.mark.parametrize("piece", COST_PIECES)
def test_reading_the_kept_words_costs_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(100, 400))
