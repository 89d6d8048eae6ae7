"""The twenty-second black-box round's clinical words read as persons or places (clinical meaning taken out), both
ways (recall first):

a. eponymous signs, tests, manoeuvres, devices, scales and body parts ("Babinski negative", "Foley out", "Swan-Ganz
   removed", "Trendelenburg position", "Hamilton Depression scale 12", "my Achilles tendon hurts") are kept by the
   redactor (``text._is_a_sign``) and not read as a name by the check (``leakpeople.without_terms``), each with its
   own reading of the shared words (``clinicalwords``);
b. stores, glucose meters and days that hold a given name ("Sam's Club", "Contour Next", "Christmas Eve") are kept;
c. the same surnames as a person's, after a title or with a given name or a verb of a person ("Dr Foley called", "Mr
   Holter will visit", "ask Kevin Murphy"), still go;
d. laboratory and lung-function abbreviations ("TG 180" no Telegram handle, "FEV1 68%" no February 1st on either
   side, "JVD noted" no person) and a taper's dashed doses ("tapering 50-40-30-20-10 mg": no "-ring" street) are
   kept; a handle, a date and a street of the same shape still go;
e. a relation word or a word before a value that the tagger took into a name ("mon beau-frère Gaëtan Lefebvre",
   "meine Schwägerin Hannelore Brückner", "며느리 이지은이", "Urlaub vom 12.07.", "IBAN DE89...") stays, the name or
   the value after it goes (``text._past_leading_words``).
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


NAMED_PLACES_AND_DAYS_KEPT = [
    "bought strips at Sam's Club", "on Christmas Eve I skipped the dose", "my Contour Next reads 140",
    "New Year's Eve I forgot the evening pill",
]


PERSONS_WITH_A_SIGNS_SURNAME = [
    ("Dr Foley called about the refill", "Foley"),
    ("Mr Holter will visit on Friday", "Holter"),
    ("Dr. Romberg changed my dose", "Romberg"),
    ("ask Kevin Murphy to bring the inhaler", "Murphy"),
    ("Hamilton Reyes called me about the pills", "Reyes"),
    ("Eve Carter picks up my pills", "Carter"),
    # a handle after "tg", a street with a "-ring" suffix, a relation word that is a given name ("Nora", "Tia")
    ("tg: rosie_k22", "rosie_k22"), ("telegram olga_s77", "olga_s77"),
    ("ich wohne Kastanienring 14 in der Stadt", "Kastanienring 14"),
    ("Nora Ephron brings my pills", "Nora"), ("Tia Mowry called me", "Tia"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), PERSONS_WITH_A_SIGNS_SURNAME)
def test_a_person_a_handle_or_a_street_near_the_kept_words_still_goes(deid, text, secret):
    assert secret not in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["Dr Foley called about the refill", "Mr Holter will visit on Friday",
                                  "Nurse Levine sign the form please"])
def test_the_check_still_reads_a_titled_surname_as_a_person(index, text):
    surname = text.split()[1]
    assert surname in without_terms(text)
    assert free_text_kinds(index, text)


READINGS_KEPT = [
    "TG 180", "TG 180 and LDL 130 last week", "FEV1 68% predicted", "FEV1 was 1.9 L", "JVD noted", "PND twice",
    "RR 18", "hypoglycemia twice", "tapering 50-40-30-20-10 mg weekly", "prednisone tapering 40-30-20-10",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", SIGNS_KEPT + NAMED_PLACES_AND_DAYS_KEPT + READINGS_KEPT)
def test_a_sign_a_store_a_day_a_reading_or_a_taper_is_kept_on_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("seen on Fev 14 at the clinic", "14"), ("Mar14 visit", "14")])
def test_a_month_glued_to_its_day_still_goes(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, "day and month of a date")


WORDS_KEPT_BEFORE_A_NAME = [
    ("mon beau-frère Gaëtan Lefebvre apporte les comprimés", "beau-frère", ["Gaëtan", "Lefebvre"]),
    ("meine Schwägerin Hannelore Brückner holt die Tabletten", "Schwägerin", ["Hannelore", "Brückner"]),
    ("며느리 이지은이 약을 가져와요", "며느리", ["이지은"]),
    ("زوجة ابني فاطمة الزهراء", "زوجة ابني", ["فاطمة"]),
    ("my brother Ma Lin brings pills", "brother", ["Lin"]),
    ("Urlaub vom 12.07. bis 26.07.2026", "Urlaub", ["12.07", "26.07"]),
    ("IBAN DE89370400440532013000", "IBAN", ["DE89370400440532013000"]),
    ("Kennzeichen B-AB 1234", "Kennzeichen", ["1234"]),
    ("geo:37.7749,-122.4194", "geo", ["37.7749"]),
    ("WhatsApp 555-0123", "WhatsApp", ["555-0123"]),
    ("büyükannem 96 yaşında", "büyükannem", ["96"]),
    ("NHS number 943 476 5919 for my mum", "for my mum", ["943 476 5919"]),
    ("du 5 au 19 août 2026 je serai chez ma fille", "je serai", ["5", "19"]),
    ("vom 3. bis 17. März weg", "bis", ["3", "17"]),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "kept", "secrets"), WORDS_KEPT_BEFORE_A_NAME)
def test_a_relation_word_or_a_value_word_stays_and_what_follows_goes(deid, index, text, kept, secrets):
    out = redacted(deid, text)
    assert out.startswith(kept) or f" {kept}" in out, out
    assert not any(secret in out for secret in secrets), out
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["níl mo chuid piollaí agam", "живу в Спрингфилде"])
def test_everyday_words_before_a_name_are_kept(deid, text):
    out = redacted(deid, text)
    assert out.split()[:2] == text.split()[:2], out


@pytest.mark.verifies("REQ-DEID-005")
def test_reading_signs_costs_time_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "Foley out, Swan-Ganz removed; Murphy's sign; Hamilton Depression scale 12; at Sam's Club ")


@pytest.mark.verifies("REQ-DEID-005")
def test_reading_words_before_a_name_costs_time_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "meine Schwägerin Hannelore Brückner; TG 180; FEV1 68%; tapering 50-40-30 mg; Urlaub ")
