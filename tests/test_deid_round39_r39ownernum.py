"""Round 39, branch r39ownernum: postcodes said in number words, the owner's phone and name over several messages.

The thirty-ninth black-box round published (a) a ZIP after its word said in number words or figures and words mixed
("my zip is nine eight three seven nine", "zip is oh three two seven five", "zip 98 three 79", "código postal nueve
ocho tres siete nueve"; the tester read them as the owner's, they were other patients' ZIPs, and the owner's own in
words was caught already); (b) the owner's phone said in groups of figures over two or three messages ("my first
number part is 553 994" then "and the rest is 62 85"; "my new cell: 354", "558", "1699" left the area code); (c) the
owner's surname cut at a seam ("Hu" then "ghes is the name"). Each side now reads (a) a postcode after its word in the
views of every number as figures (``normalize.every_number_as_figures``; the redactor's ``text.said_postcode_spans``,
the check's ``leakworld.small_place_kinds``), (b) and (c) a patient's messages in turn (the redactor's
``owner_seams``, the check's ``IdentifierIndex._owner_pieces_over_messages``). (d) Counts, doses and readings in
words and figures that spell no postcode after its word nor the owner's phone stay.
"""

from __future__ import annotations

import datetime
from collections import Counter

import pyarrow as pa
import pytest

from features.deid.leakcheck import LeakReport
from features.deid.pipeline import seam_redacted
from tests import deid_probes as probes
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    assert_owner_gone_for_both_sides,
    assert_owner_text_kept,
    owner,
)

T0 = datetime.datetime(2026, 2, 1, 8, 0)
#: the black-box round's owner Katherine Wojcik, ZIP 98379 here (the round's misreading made true, for the owner case)
KATHERINE = owner("Katherine Wojcik", "48 Howard Forge", "Vanessaside", zip5="98379", phone="(553) 994-6285")
ALEXANDER = owner("Alexander Hughes", "310 Cedar Court", "Port Matthew", zip5="18441", phone="(354) 558-1699")

# --------------------------------------------------------------------------- (a) a postcode said in number words

SAID_POSTCODES = [
    ("my zip is nine eight three seven nine", "nine eight three"),
    ("zip code three four four zero two", "three four four"),
    ("my zip: one one seven four six", "one one seven"),
    ("zip is oh three two seven five", "three two seven"),
    ("zip 98 three 79", "98 three 79"),
    ("mi código postal es nueve ocho tres siete nueve", "nueve ocho tres"),
    # our own: spaced figures, other languages and words, the code in the middle or at the end of a sentence
    ("my zip is 9 8 3 7 9, send the refill there", "9 8 3 7 9"),
    ("Postleitzahl neun acht drei sieben neun bitte", "neun acht drei"),
    ("code postal neuf huit trois sept neuf", "neuf huit trois"),
    ("CEP é um três dois quatro zero", "um três dois"),
    ("Please use zip code ninety-eight three seventy-nine for the pharmacy", "ninety-eight three"),
    ("PIN code 5 6 0 0 3 4 for the courier", "5 6 0 0 3 4"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), SAID_POSTCODES)
def test_a_postcode_said_in_words_after_its_word_goes_for_both_sides(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)
    assert_owner_gone_for_both_sides(deid, KATHERINE, text, secret)  # 98379 is hers: the owner's readings see it too


KEPT_NUMBERS = [
    "take two tablets, sugar was nine eight this morning",
    "zip is nine eight",  # two figures: no postcode
    "I zip up my coat at 9 8 7 6",
    "the zip on my bag broke, 3 4 pills fell out",
    "my zip code is the same as before, take two tablets",
    "tomo dos pastillas a las nueve y ocho",
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", KEPT_NUMBERS)
def test_counts_and_readings_in_words_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)
    assert_owner_text_kept(deid, KATHERINE, text)


# --------------------------------------------------------------------------- (b), (c) over several messages

def _index_of(patient):
    return probes.check_index({
        "mrn": [patient.mrn], "full_name": [patient.full_name], "date_of_birth": [patient.date_of_birth],
        "phone": [patient.phone], "email": [patient.email], "street_address": [patient.street_address],
        "city": [patient.city], "state": [patient.state], "zip5": [patient.zip5]}, {patient.mrn: probes.OWNER_KEY})


def _times(n: int) -> list[datetime.datetime]:
    return [T0 + datetime.timedelta(minutes=7 * m) for m in range(n)]


def _kinds(patient, bodies: list[str], authors: list[str] | None = None) -> set[str]:
    table = pa.table({"message_id": [f"m{i}" for i in range(len(bodies))],
                      "patient_key": [probes.OWNER_KEY] * len(bodies),
                      "sent_at": pa.array(_times(len(bodies)), pa.timestamp("us")),
                      "author": authors or ["patient"] * len(bodies), "body": bodies})
    report = LeakReport()
    _index_of(patient).scan_table("messages", table, report)
    return {hit.kind for hit in report.hits}


def _published(deid, patient, bodies: list[str], authors: list[str] | None = None) -> list[str]:
    texts = deid.redact(bodies, [patient] * len(bodies)).texts
    return seam_redacted(deid, texts, [patient.mrn] * len(bodies), _times(len(bodies)), [patient] * len(bodies),
                         Counter(), raw=bodies, authors=authors or ["patient"] * len(bodies))


OVER_MESSAGES = [
    # (owner, messages, authors or None, the pieces that must go)
    (KATHERINE, ["my first number part is 553 994", "and the rest is 62 85"], None, ["553", "994", "62", "85"]),
    (ALEXANDER, ["my new cell: 354", "558", "1699"], None, ["354", "558", "1699"]),
    (ALEXANDER, ["Hu", "ghes is the name"], None, ["Hu", "ghes"]),
    # our own: a reply between, other scripts' digits, words between the pieces, the name cut elsewhere
    (KATHERINE, ["the first bit is 553", "OK, and the rest?", "994 and then 6285"], ["patient", "care_team", "patient"],
     ["553", "994", "6285"]),
    (ALEXANDER, ["नया नंबर ३५४ ५५८", "और बाकी १६९९ है"], None, ["३५४", "५५८", "१६९९"]),
    (KATHERINE, ["number starts 553 99", "then 4 62 85, thanks"], None, ["553", "62 85"]),
    (KATHERINE, ["Woj", "cik, Katherine, for the form"], None, ["Woj", "cik"]),
    (ALEXANDER, ["my name is Alex", "ander Hughes"], None, ["Alex", "ander"]),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "bodies", "authors", "secrets"), OVER_MESSAGES)
def test_the_owners_phone_and_name_over_messages_go_for_both_sides(deid, patient, bodies, authors, secrets):
    assert _kinds(patient, bodies, authors), bodies
    out = _published(deid, patient, bodies, authors)
    assert not any(secret in " ".join(out) for secret in secrets), out
    assert not _kinds(patient, out, authors), (out, _kinds(patient, out, authors))


KEPT_OVER_MESSAGES = [
    (KATHERINE, ["Sugar 553 this morning?", "No, 99, sorry, and BP 128/85"]),
    (KATHERINE, ["took 2 x 500 mg", "and 1 x 10 mg at 20.30"]),
    (ALEXANDER, ["I took my pills at ho", "me today, thanks"]),
    (ALEXANDER, ["I take 3", "55 mg? no, 5"]),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("patient", "bodies"), KEPT_OVER_MESSAGES)
def test_numbers_and_words_over_messages_that_spell_no_owners_identifier_stay(deid, patient, bodies):
    assert _published(deid, patient, bodies) == bodies
    assert not _kinds(patient, bodies), _kinds(patient, bodies)


@pytest.mark.verifies("REQ-DEID-005")
def test_said_postcodes_cost_in_proportion(deid, index):
    assert_cost_in_proportion(deid, index, "my zip is nine eight three seven nine, zip 98 three 79; take two tablets. ",
                              sizes=(125, 500))
