"""The twenty-second black-box round's clinical words read as persons or places (clinical meaning taken out), both
ways (recall first):

a. eponymous signs, tests, manoeuvres, devices, scales and body parts ("Babinski negative", "Foley out", "Swan-Ganz
   removed", "Trendelenburg position", "Hamilton Depression scale 12", "my Achilles tendon hurts") are kept by the
   redactor (``text._is_a_sign``) and not read as a name by the check (``leakpeople.without_terms``), each with its
   own reading of the shared words (``clinicalwords``);
b. stores, glucose meters and days that hold a given name ("Sam's Club", "Contour Next", "Christmas Eve") are kept;
c. the same surnames as a person's, after a title or with a given name or a verb of a person ("Dr Foley called", "Mr
   Holter will visit", "ask Kevin Murphy"), still go.
"""

from __future__ import annotations

import pytest

from features.deid.leakpeople import without_terms
from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds, redacted

SIGNS_KEPT = [
    "Foley out, Holter on for 48h, Swan-Ganz removed",
    "Valsalva stopped the SVT, Trendelenburg position",
    "Babinski negative, Romberg positive, Kernig sign",
    "Hamilton Depression scale 12, Glasgow 15",
    "my Achilles tendon hurts",
    "Doppler showed no clot",
    "Tinel positive, Phalen positive",
    "Murphy's sign positive",
    "McBurney point tender",
    "Levine sign noted",
    "Bristol stool scale type 4",
    "the nurse said the Foley catheter comes out today and the Holter monitor goes on Monday",
    "Hickman placed last week, no fever",
    "put her in Trendelenburg, then Epley manoeuvre",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", SIGNS_KEPT)
def test_an_eponymous_sign_device_or_scale_is_kept_on_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


NAMED_PLACES_AND_DAYS_KEPT = [
    "bought strips at Sam's Club", "on Christmas Eve I skipped the dose", "my Contour Next reads 140",
    "New Year's Eve I forgot the evening pill",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", NAMED_PLACES_AND_DAYS_KEPT)
def test_a_store_a_meter_or_a_day_with_a_given_name_is_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


PERSONS_WITH_A_SIGNS_SURNAME = [
    ("Dr Foley called about the refill", "Foley"),
    ("Mr Holter will visit on Friday", "Holter"),
    ("Dr. Romberg changed my dose", "Romberg"),
    ("ask Kevin Murphy to bring the inhaler", "Murphy"),
    ("Hamilton Reyes called me about the pills", "Reyes"),
    ("Eve Carter picks up my pills", "Carter"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), PERSONS_WITH_A_SIGNS_SURNAME)
def test_a_person_with_a_signs_surname_still_goes(deid, text, secret):
    assert secret not in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["Dr Foley called about the refill", "Mr Holter will visit on Friday",
                                  "Nurse Levine sign the form please"])
def test_the_check_still_reads_a_titled_surname_as_a_person(index, text):
    surname = text.split()[1]
    assert surname in without_terms(text)
    assert free_text_kinds(index, text)


@pytest.mark.verifies("REQ-DEID-005")
def test_reading_signs_costs_time_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "Foley out, Swan-Ganz removed; Murphy's sign; Hamilton Depression scale 12; at Sam's Club ")
