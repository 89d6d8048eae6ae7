"""The eighteenth black-box round's names in structured identity strings and vCards (round 19), each both ways:
the redactor (:mod:`features.deid.records`) takes the name out and the check (:mod:`features.deid.leakrecords`, its
own patterns) sees it in the raw text and nothing in the output: a passport's or ID card's machine-readable zone, an
AAMVA licence barcode's name and address elements, a card's magnetic stripe, a boarding pass, a DICOM person name,
JSON "first"/"last", a pharmacy label's "SURNAME, GIVEN", a bracelet's "C. SURNAME, DRUG", a Slack mention's display
name, a call sign, and one-line, escaped, jCard and MECARD vCards. Near misses (a drug before its form on a label, a
common word as a JSON first value, two licence codes said in a sentence) stay."""

from __future__ import annotations

import inspect
import re

import pytest

from features.deid import leakrecords
from features.deid.leakcheck import _an_english_word
from features.deid.records import record_name_spans
from tests import deid_probes as probes


@pytest.mark.verifies("REQ-DEID-003")
def test_the_checks_record_reading_is_its_own():
    """Its patterns are its own: from the project it takes only HL7 v2's table of a person's fields, a fact of the
    standard kept once in the shared word list :mod:`features.deid.contactwords` (constants, no reading)."""
    source = inspect.getsource(leakrecords)
    imports = set(re.findall(r"^\s*(?:from|import) (\S+)", source, re.MULTILINE))
    taken = re.findall(r"^from features\.deid\.contactwords import (.+)$", source, re.MULTILINE)
    assert {i for i in imports if i.startswith("features.deid")} <= {"features.deid.contactwords"}, imports
    assert all(re.fullmatch(r"[A-Z][A-Z0-9_]*", name.strip()) for line in taken for name in line.split(",")), taken


RECORDS = [
    ("P<GBRBRAITHWAITE<<IMOGEN<ROSE<<<<<<<<<<<<<<<<", ["BRAITHWAITE", "IMOGEN"]),
    ("IDFRA<<<<<<\nTREMBLAY<<SOLENE<<<<<<<<<<<<<<<", ["TREMBLAY", "SOLENE"]),
    ("ANSI 636014\nDCSBRAITHWAITE\nDACIMOGEN\nDAG88 WREN CT\nDAIFLAGSTAFF", ["BRAITHWAITE", "IMOGEN", "WREN",
                                                                          "FLAGSTAFF"]),
    ("%B5500000000000004^TREMBLAY/SOLENE^2703101000", ["TREMBLAY", "SOLENE"]),
    ("M1BRAITHWAITE/IMOGEN   EXK9P2Q SEAORD", ["BRAITHWAITE", "IMOGEN"]),
    ("(0010,0010) PN [TREMBLAY^SOLENE]", ["TREMBLAY", "SOLENE"]),
    ("PatientName: Braithwaite^Imogen^^Ms", ["Braithwaite", "Imogen"]),
    ('{"first": "Solene", "last": "Tremblay"}', ["Solene", "Tremblay"]),
    ("Rx# 8812034 TREMBLAY, SOLENE TAKE 2 TABLETS AT BEDTIME", ["TREMBLAY", "SOLENE"]),
    ("the band said S. TREMBLAY, APIXABAN", ["TREMBLAY"]),
    ("<@W03QX7PLM|imogen.braithwaite> sent the refill", ["braithwaite"]),
    ("my callsign is KB7TQM, 73", ["KB7TQM"]),
    ("BEGIN:VCARD VERSION:2.1 N:Tremblay;Solene FN:Solene Tremblay END:VCARD", ["Tremblay", "Solene"]),
    ("BEGIN:VCARD\\nVERSION:3.0\\nN:Braithwaite;Imogen\\nFN:Imogen Braithwaite\\nEND:VCARD", ["Braithwaite", "Imogen"]),
    ("SORT-STRING:Braithwaite", ["Braithwaite"]),
    ('["n", {}, "text", ["Tremblay", "Solene", "", "", ""]]', ["Tremblay", "Solene"]),
    ("MECARD:N:Braithwaite,Imogen;TEL:2065550147;;", ["Braithwaite", "Imogen"]),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "names"), RECORDS)
def test_a_name_in_an_identity_record_goes(deid, index, text, names):
    for name in names:
        probes.assert_free_text_caught(deid, index, text, name)


@pytest.mark.verifies("REQ-DEID-001")
def test_a_one_line_vcard_keeps_its_end(deid):
    out = probes.redacted(deid, "BEGIN:VCARD VERSION:2.1 N:Tremblay;Solene FN:Solene Tremblay END:VCARD")
    assert out.endswith("END:VCARD"), out


@pytest.mark.verifies("REQ-DEID-001")
def test_the_owners_name_in_a_zone_goes(deid):
    probes.assert_owner_caught(deid, probes.owner("Imogen Braithwaite"), "P<GBRBRAITHWAITE<<IMOGEN<<<<<<<<<", "BRAITHWAITE")


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["METFORMIN, ER TAKE 1 TABLET TWICE DAILY", '{"first": "dose", "last": "dinner"}',
                                  "the DAC and DCS meeting ran late", "ham and cheese for lunch",
                                  "my A1C is 7.2 and B12 low", "INR 2.5 TAKE WARFARIN AS DIRECTED"])
def test_a_record_like_text_with_no_name_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["AB<", "AB<<C<", "N:a;b ", "MECARD:X:y;", "DCSA DACB ", "%B1^", "A. BC,"])
def test_the_record_readings_cost_time_in_proportion(piece):
    text = "VCARD MECARD " if "N:" in piece else ""
    probes.assert_cost_grows_linearly(lambda n: record_name_spans(text + piece * n, lambda w: True))
    probes.assert_cost_grows_linearly(lambda n: leakrecords.names_in_records(text + piece * n, _an_english_word))
