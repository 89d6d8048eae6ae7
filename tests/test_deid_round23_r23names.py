"""Round 23: third parties' names and structured fields a black-box tester found published with the leak check
passing, each kind both ways (the redactor takes it out, the check sees it in the raw text with its own reading and
nothing in the output; the ordinary sentence near it stays). A name set apart by dashes; a name after an honorific
that was not yet known ("Hon.", "Señora", "Sheikh", "Dame"); a name with digits for letters after a relation or role
word ("my son J4m3s"); a romanised Thai surname after a given name and a Thai name after a Thai title; an HL7 PV1
doctor given as an extended composite id ("1234^Smith^John^^^Dr"); YAML and XML fields of a role or an identifier; a
Wi-Fi QR payload's network name. A field whose value is a word for "empty" and a "WIFI" that opens no payload stay."""

from __future__ import annotations

import pytest

from features.deid import leakfields
from features.deid.fields import record_value_spans
from tests import deid_probes as probes

THIRD_PARTIES = [
    ("my carer -- Tomasz Wierzbicki -- comes Tuesdays", "Wierzbicki", "name between dashes"),
    ("the helper – Ines Okafor – brought the pills", "Okafor", "name between dashes"),
    ("the driver — Kwabena Asante — dropped off the box", "Asante", "name between dashes"),
    ("Hon. Pemberton signed the form", "Pemberton", "name beside an honorific"),
    ("Señora Valdivia helped with pills", "Valdivia", "name beside an honorific"),
    ("Sheikh Mansour dropped off food", "Mansour", "name beside an honorific"),
    ("Lady Marchbank asked about the refill", "Marchbank", "name beside an honorific"),
    ("Monsieur Dufresne picked up the box", "Dufresne", "name beside an honorific"),
    ("my son J4m3s picks up the pills", "J4m3s", "name spelled with digits after a cue"),
    ("nurse K4te called about the dose", "K4te", "name spelled with digits after a cue"),
    ("my daughter R0s4 brings them on Sunday", "R0s4", "name spelled with digits after a cue"),
    ("ask Kanya Wongsawat about the refill", "Wongsawat", "Thai surname after a given name"),
    ("Somchai Srisuk took the pills late", "Srisuk", "Thai surname after a given name"),
    ("Niran Chaiyaporn brought the box", "Chaiyaporn", "Thai surname after a given name"),
    ("คุณสมชาย มาเอายา", "สมชาย", "name after a Thai title"),
    ("นางสาวมาลี ลืมกินยา", "มาลี", "name after a Thai title"),
    ("ฝากยากับนาย สมศักดิ์", "สมศักดิ์", "name after a Thai title"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kind"), THIRD_PARTIES)
def test_a_third_partys_name_in_these_shapes_goes(deid, text, secret, kind):
    probes.assert_third_party_caught(deid, text, secret, {kind})


_NEW_KINDS = {"name between dashes", "name spelled with digits after a cue", "Thai surname after a given name",
              "name after a Thai title", "name beside an honorific"}

KEPT_NEAR = [
    "took my meds -- Monday and Tuesday -- fine",
    "BP 140/90 – Metformin 500 mg – ok",
    "the diet -- Low Sodium -- is working",
    "my son 2nd dose is due",
    "nurse B12 shot today",
    "my dad A1c 7.2 last week",
    "Insulin Glargine at night",
    "nurse at 3pm tomorrow",
    "Sir, the pharmacy is closed",
    "WIFI down again, missed my reminder",
    "clinic hours Mon – Fri – Sat closed",
    "Tylenol – Advil – Aleve all tried",
    "the Lord knows I tried",
    "my son 3rd refill",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", KEPT_NEAR)
def test_dashes_digits_and_titles_that_name_nobody_stay(deid, index, text):
    assert not _NEW_KINDS & set(probes.third_party_kinds(text)), probes.third_party_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["คุณกินยาหรือยัง", "ขอบคุณครับ", "นางพยาบาลบอกว่าให้กินยา"])
def test_thai_you_and_thanks_are_no_titled_name(text):
    from features.deid.third_parties import thai_name_spans

    assert not thai_name_spans(text)
    assert "name after a Thai title" not in probes.third_party_kinds(text)


FIELDS = [
    ("PV1|1|O|CLINIC^^^^^|||||1234^Fairweather^Colm^^^Dr|5678^Pennyworth^Horatio^^^Dr|",
     ["Fairweather", "Colm", "Pennyworth", "Horatio"], "name in an HL7 provider field"),
    ("PV1|1|I|W2^201^1||||4471^Okafor^Ines^^^Dr^MD|||MED||||||||8812^Lindqvist^Sven^^^Dr",
     ["Okafor", "Ines", "Lindqvist", "Sven"], "name in an HL7 provider field"),
    ("MSH|^~\\&|EHR|HOSP\\rPV1|1|I||||||^Baker^Hope^^^Dr", ["Baker", "Hope"], "name in an HL7 provider field"),
    ("caregiver: Ana Lima", ["Lima"], "identifier in a YAML or XML field"),
    ("patient:\n  guardian: Rose Fields\n  phone: \"555 123 4417\"", ["Fields", "4417"],
     "identifier in a YAML or XML field"),
    ("- emergency_contact: Joy Green", ["Green"], "identifier in a YAML or XML field"),
    ("<caregiverName>Ana Lima</caregiverName>", ["Lima"], "identifier in a YAML or XML field"),
    ('<contact><name>Rosa Fields</name><telecom value="tel:+1-555-0142"/></contact>', ["Fields", "0142"],
     "identifier in a YAML or XML field"),
    ('<name><family value="Baker"/><given value="Hope"/></name>', ["Baker", "Hope"],
     "identifier in a YAML or XML field"),
    ("WIFI:T:WPA;S:Kowalski-Home;P:abc123;;", ["Kowalski"], "Wi-Fi network name"),
    ("scan WIFI:S:Okafor Family;T:WPA;P:x;;", ["Okafor"], "Wi-Fi network name"),
    ("WIFI:S:Nguyen;T:WPA;P:x;;", ["Nguyen"], "Wi-Fi network name"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secrets", "kind"), FIELDS)
def test_a_provider_field_a_yaml_or_xml_field_or_a_network_name_goes(deid, index, text, secrets, kind):
    assert kind in leakfields.field_kinds(text), leakfields.field_kinds(text)
    for secret in secrets:
        probes.assert_free_text_caught(deid, index, text, secret)
    assert "WIFI" not in text or "WIFI:" in probes.redacted(deid, text)


KEPT_FIELDS = [
    "caregiver_name=null", '{"caregiver_name": "none"}', "caregiver: none", "<caregiverName>n/a</caregiverName>",
    "drug_name: Lisinopril", "dose: 500 mg\nfrequency: twice daily", '<status value="active"/>',
    '<medication><code value="12345"/><dose value="10"/></medication>', "OBX|1|NM|2345^Glucose^L||105|mg/dL",
    "first: dose\nlast: dinner", "city: unknown",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", KEPT_FIELDS)
def test_fields_that_are_empty_or_name_no_identifier_stay(deid, index, text):
    assert not record_value_spans(text), record_value_spans(text)
    assert not leakfields.field_kinds(text), leakfields.field_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


LONG_RUN = ["-- Ines Okafor -- ", "-- ", "— a ", "my son J4m3s ", "nurse K4te, ", "Kanya Wongsawat ", "Ab Cdefgh ",
            "คุณสมชาย ", "นาง", "PV1|1|||1234^Okafor^Ines^^^Dr|", "PV1|^a^", "|1^a^b^c", "caregiver: Ana Lima\n",
            "<caregiverName>Ana Lima</caregiverName>", '<telecom value="tel:555"/>', "<a b", "WIFI:S:a;", "WIFI:S:"]


@pytest.mark.timeout(240)
@pytest.mark.parametrize("piece", LONG_RUN)
def test_the_round23_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
