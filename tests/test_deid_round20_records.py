"""The nineteenth black-box round's identifiers in records (round 20), each both ways: the redactor
(:mod:`features.deid.records`) takes it out and the check (:mod:`features.deid.leakrecords`, its own patterns) sees it
in the raw text and nothing in the output: a vCard's address parts, delivery label and employer (one-line, escaped,
item-grouped, with parameters), the middle name left in a machine-readable zone after the owner's names were replaced,
chat user ids, custody numbers, a pharmacy label's patient field whose given name is an English word, and an
eleven-figure national number that begins with the owner's birthday. Near misses stay."""

from __future__ import annotations

import datetime

import pytest

from features.deid import leakrecords
from features.deid.records import record_field_spans, record_name_spans
from tests import deid_probes as probes

CARDS = [
    ("BEGIN:VCARD\nVERSION:3.0\nN:Pennycross;Ysolde\nADR;TYPE=home:;;48 Quorndon Road;Tallowbeck;OR;97128;USA\n"
     "END:VCARD", ["48 Quorndon Road", "Tallowbeck", "97128", ";OR;"]),
    ("BEGIN:VCARD VERSION:3.0 FN:Ysolde Pennycross ADR:;;12 Wenlock Row;NEW HALSTOW;WA;98422;USA END:VCARD",
     ["12 Wenlock Row", "HALSTOW", "98422", ";WA;"]),
    ("BEGIN:VCARD\\nVERSION:3.0\\nORG:Brackenfold Joinery Ltd\\nADR:;Unit 4;9 Kestle Lane;Orrinby;ME;04401;US\\n"
     "END:VCARD", ["Brackenfold", "Unit 4", "9 Kestle Lane", "Orrinby", "04401"]),
    ("item1.ADR;type=HOME;type=pref:;;77 Gallowtree Gate;Pellsworth;NH;03301;", ["77 Gallowtree", "Pellsworth",
                                                                                  "03301"]),
    ("BEGIN:VCARD\nORG:Marrowfield Hospital;Radiology\nLABEL;TYPE=WORK:5 Corran Way\\, Dunmere ME 04401\nEND:VCARD",
     ["Marrowfield", "Corran", "Dunmere"]),
    ("begin:vcard\nadr:;;3 Sloe Hill\\; Flat 2;Wickhamby;;51009;\nend:vcard", ["Sloe Hill", "Flat 2", "Wickhamby",
                                                                              "51009"]),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secrets"), CARDS)
def test_a_cards_address_and_employer_go(deid, index, text, secrets):
    for secret in secrets:
        probes.assert_free_text_caught(deid, index, text, secret, {"address or employer in a contact card"})


@pytest.mark.verifies("REQ-DEID-001")
def test_a_cards_country_and_next_property_stay(deid):
    out = probes.redacted(deid, "BEGIN:VCARD VERSION:3.0 ADR:;;12 Wenlock Row;Orrinby;WA;98422;USA TEL:+1 END:VCARD")
    assert ";USA TEL:" in out and out.endswith("END:VCARD"), out


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("middle", ["BRIDGET", "HOPE", "ROSE"])
def test_every_name_of_a_zone_goes_after_the_owners(deid, index, middle):
    patient = probes.owner("Ysolde Pennycross")
    text = f"P<UTOPENNYCROSS<<YSOLDE<{middle}<<<<<<<<<<<<<<"
    out = probes.redacted(deid, text, patient)
    assert middle not in out and "YSOLDE" not in out, out
    assert "name in an identity record" in probes.free_text_kinds(index, text.replace("PENNYCROSS<<YSOLDE",
                                                                                      "<PERSON><<<PERSON>"))
    assert not probes.free_text_kinds(index, out), out


CHAT_IDS = {"message from <@U024BE7LH> about the refill": "U024BE7LH", "my slack user id is W7QX2PL9M": "W7QX2PL9M",
            "member_id: U0G9QF3C6 asked": "U0G9QF3C6"}
CUSTODY_NUMBERS = {"inmate #A-614207 asked for his inhaler": "614207",
                   "booking no. 2024-0038815 at the county jail": "0038815",
                   "DOC # 731552 was moved to another unit": "731552", "his prisoner number is KX 48213 now": "48213"}
IDS = [*((text, secret, "chat user id") for text, secret in CHAT_IDS.items()),
       *((text, secret, "custody number") for text, secret in CUSTODY_NUMBERS.items())]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kind"), IDS)
def test_a_chat_user_id_or_custody_number_goes(deid, index, text, secret, kind):
    probes.assert_free_text_caught(deid, index, text, secret, {kind})


LABELS = [("PATIENT: HOPE GRANGER", "HOPE"), ("Rx for: Joy Baker", "Joy"), ("PT NAME: GRANGER, HOPE TAKE 1 TABLET",
                                                                       "HOPE"),
          ("Dispensed to: Faith Mercer  Qty 30", "Faith"), ("patient name: Rose Fields", "Rose")]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), LABELS)
def test_a_labels_patient_field_goes_whole(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"name in an identity record"})


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("number", ["04035812345", "44035812345", "195803041234"])
def test_a_national_number_beginning_with_the_owners_birthday_goes(deid, index, number):
    patient = probes.owner(dob=datetime.date(1958, 3, 4))
    text = f"fødselsnummer {number}"
    out = probes.redacted(deid, text, patient)
    assert number not in out and "0403" not in out, out
    assert "date_of_birth" in probes.owner_kinds(patient, text)
    assert not probes.owner_kinds(patient, out), out
    assert not probes.free_text_kinds(index, out), out


@pytest.mark.verifies("REQ-DEID-001")
def test_an_eleven_figure_national_number_is_an_id(deid):
    assert probes.redacted(deid, "personnummer 01019912345") == "personnummer <ID>"


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["the ADR report was filed for the rash", "an ORG chart", "inmate since 2019",
                                  "booking 3 appointments next week", "the user id is on the card",
                                  "Patient: Doing well today", "patient: 72 yo", "DOC said take 2 tablets",
                                  "script: Hello World"])
def test_record_like_text_with_no_identifier_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["ADR:;;a;", "item1.ADR:;", "ORG:a ", "<@U1234567> ", "inmate # 1234 ",
                                   "PATIENT: Ab Cd ", "P<<A<", "12345678901 "])
def test_the_round20_record_readings_cost_time_in_proportion(piece):
    text = "VCARD <PERSON> " if ":" in piece or "<" in piece else ""
    probes.assert_cost_grows_linearly(lambda n: record_field_spans(text + piece * n))
    probes.assert_cost_grows_linearly(lambda n: record_name_spans(text + piece * n, lambda w: True))
    probes.assert_cost_grows_linearly(lambda n: leakrecords.record_field_kinds(text + piece * n))
