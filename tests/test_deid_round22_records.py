"""The twenty-first black-box round's records (round 22), each both ways: the redactor takes the identifier out and the
check sees it in the raw text and nothing in the output. HL7 v2 patient, next-of-kin and guarantor segments whose
address field's town, state and ZIP (PID-11, NK1-4, GT1-5) and whose phone fields stayed; vCards folded over
continuation lines (RFC 6350: a line break and a space or tab continue the line), and a grouped property
("item1.ADR") read as a host in Andorra. A record's other fields stay."""

from __future__ import annotations

import pytest

from features.deid.leakrecords import hl7_person_fields_left, record_field_kinds
from features.deid.records import hl7_person_spans
from tests import deid_probes as probes

HL7_SEGMENTS = [
    ("PID|1||123^^^H||DOE^JANE||19400101|F|||12 Main St^^Springfield^IL^62701", "Springfield"),
    ("PID|1||MRN4471^^^HOSP^MR||KOWALSKI^ANNA^M||19520314|F|||88 Birch Rd^Apt 2^Boulder^CO^80302^USA||(555)010-4477"
     "|(555)010-9981", "80302"),
    ("NK1|1|DOE^JOHN|SPO|12 Main St^^Springfield^IL^62701|(555)010-1234", "62701"),
    ("MSH|^~\\&|LAB|HOSP|||20240101||ADT^A01|1|P|2.5\\rPID|1||555^^^H||ROE^RITA||19600101|F|||4 Elm Ct^^Dover^DE^"
     "19901||5550104422", "Dover"),
    ("GT1|1||PRYCE^RHIANNON||9 Larch Lane^^Ashford^KY^40502|555-010-7788", "Ashford"),
    ("pid|1||77^^^H||ruiz^ana||19700505|F|||3 Oak St^^Tulsa^OK^74103~PO Box 12^^Tulsa^OK^74101", "74101"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), HL7_SEGMENTS)
def test_an_hl7_persons_town_state_zip_and_phones_go(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"address in an HL7 segment"})


@pytest.mark.verifies("REQ-DEID-001")
def test_an_hl7_phone_field_is_read_on_both_sides():
    text = "NK1|1|DOE^JOHN|SPO|^^^^|(555)010-1234|(555)010-5678"
    assert [e for e, *_ in hl7_person_spans(text)] == ["PHONE_NUMBER", "PHONE_NUMBER"]
    assert hl7_person_fields_left(text) == ["phone in an HL7 segment"]
    assert hl7_person_fields_left("NK1|1|    |SPO|   ^^   ^  ^     |    ") == []


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["OBX|1|NM|GLU^Glucose||105|mg/dL|70-99|H",
                                  "the PID|1 row was empty", "MSH|^~\\&|LAB|HOSP|||||ORU^R01|1|P|2.5"])
def test_hl7_segments_with_no_person_stay(deid, index, text):
    assert not hl7_person_fields_left(text)
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- folded vCards

FOLDED_CARDS = [
    ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rhiannon Pryce\r\nitem1.ADR;type=HOME:;;42 Wren\r\n  Close;Ashford;Kent;"
     "TN23 1AB;UK\r\nEND:VCARD", "Close"),
    ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Chidi Okafor\r\nADR;TYPE=home:;;1200 Larkspur\r\n Avenue;Spring\r\n field;IL;"
     "62704;USA\r\nTEL:(555) 010-7788\r\nEND:VCARD", "field"),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Chidi Okafor\nADR:;;9 Larch Lane;Boul\n\tder;CO;80302;USA\nEND:VCARD", "der;"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), FOLDED_CARDS)
def test_a_folded_vcard_address_goes_whole(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"address or employer in a contact card"})


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rhiannon Pryce\r\nitem1.ADR:;;42 Wren Close;Ashford;Kent;TN23 1AB;UK\r\n"
    "item1.X-ABLabel:home\r\nEND:VCARD",
    "BEGIN:VCARD\\nVERSION:3.0\\nFN:Chidi Okafor\\nitem1.ADR:;;9 Larch Lane;Boulder;CO;80302;\\nEND:VCARD",
])
def test_a_grouped_vcard_address_is_no_link(deid, index, text):
    out = probes.redacted(deid, text)
    assert "<URL>" not in out and "item1.ADR" in out, out
    assert "Boulder" not in out and "Ashford" not in out, out
    assert not probes.free_text_kinds(index, out), probes.free_text_kinds(index, out)


@pytest.mark.verifies("REQ-DEID-002")
def test_an_unfolded_card_reads_as_before():
    text = "BEGIN:VCARD\nADR:;;9 Larch Lane;Boulder;CO;80302;USA\nEND:VCARD"
    assert record_field_kinds(text) == ["address or employer in a contact card"]
    assert not record_field_kinds("BEGIN:VCARD\nADR:;;   ;   ;  ;   ;USA\nEND:VCARD")


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["PID|1||1^^^H||A^B||1|F|||1 A St^^Town^IL^62701\n", "ADR:;;1 Elm\r\n St;T;IL;6\r\n"])
def test_the_round22_records_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
