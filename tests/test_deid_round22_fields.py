"""The twenty-second black-box round's identifiers in the fields of records pasted into a message, each both ways:
the redactor (:mod:`features.deid.fields`) takes the value out and the check (:mod:`features.deid.leakfields`, its own
patterns) sees it in the raw text and nothing in the output: a JSON key that names an identifier ("city",
"caregiver_zip", "dob"), a FHIR resource's address, name, telecom and identifier in any order, compact or pretty, a
query string's or a form's person and place fields (URL-encoded too), a vCard "N:" property outside a card, and a Wi-Fi
QR payload's password. Near misses (a drug's name, an observation's value, a FHIR status, "first": "dose") stay."""

from __future__ import annotations

import pytest

from features.deid import leakfields
from features.deid.fields import record_value_spans
from tests import deid_probes as probes

_PRETTY_PATIENT = """{
  "resourceType": "Patient",
  "address": [
    {
      "postalCode": "BA1 1LZ",
      "state": "Somerset",
      "city": "Bath",
      "line": [
        "14 Quorndon Road",
        "Flat 2"
      ]
    }
  ],
  "birthDate": "1931-04-02",
  "name": [{"given": ["Hope", "Mae"], "family": "Baker"}]
}"""

JSON_FIELDS = [
    ('{"resourceType":"RelatedPerson","relationship":[{"text":"son"}],"address":[{"line":["Via Garibaldi 18"],'
     '"city":"Bergamo","postalCode":"24121"}]}', ["Bergamo", "24121", "Garibaldi"]),
    (_PRETTY_PATIENT, ["Bath", "Somerset", "BA1 1LZ", "Quorndon", "Flat 2", "Baker", "Hope", "Mae", "1931"]),
    ('{"resourceType":"Practitioner","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"QX77K3"}],'
     '"telecom":[{"value":"555-0163","system":"phone"}],"name":[{"family":"Fairweather","given":["Colm"]}]}',
     ["QX77K3", "555-0163", "Fairweather", "Colm"]),
    ('{"caregiver_name": "Horatio Pennyworth", "caregiver_zip": "10027"}', ["10027", "Pennyworth"]),
    ('patient record {"caregiver_zip": 10027, "relation": "daughter"}', ["10027"]),
    ("{'emergencyContactPhone': '555-0199', 'city': 'Wickhamby'}", ["555-0199", "Wickhamby"]),
    ('{"dob": "02/03/1931", "town": "Orrinby", "dose_mg": 500}', ["1931", "Orrinby"]),
    ('{"patient": {"address": "12 Wenlock Row", "postcode": "ME4 4TR"}}', ["Wenlock", "ME4 4TR"]),
    ('{"paciente": {"ciudad": "Tallowbeck", "telefono": "555 0142", "apellido": "Rosales"}}',
     ["Tallowbeck", "0142", "Rosales"]),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secrets"), JSON_FIELDS)
def test_a_json_or_fhir_field_that_names_an_identifier_goes(deid, index, text, secrets):
    for secret in secrets:
        probes.assert_free_text_caught(deid, index, text, secret)
    assert "identifier in a record field" in leakfields.field_kinds(text)


QUERIES = [
    ("form: first=Anneliese&last=Drummond&zip=60302&dob=1929-08-30", ["Drummond", "Anneliese", "60302", "1929"]),
    ("signup?fname=Colm&lname=Fairweather&city=Bath&dose=5", ["Fairweather", "Bath"]),
    ("payload last=O%27Brien&first=Siobhan", ["O%27Brien", "Siobhan"]),
    ("sent name=Ana+Lima&email=none", ["Lima"]),
    ("Formular: nachname=Baker&vorname=Hope&ort=Orrinby", ["Baker", "Hope", "Orrinby"]),
    ("query string ?caregiver_name=Rose+Fields&street=Kestle+Lane", ["Fields", "Kestle"]),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secrets"), QUERIES)
def test_a_query_or_form_field_that_names_a_person_or_place_goes(deid, index, text, secrets):
    for secret in secrets:
        probes.assert_free_text_caught(deid, index, text, secret, {"identifier in a query or form field"})


#: a vCard "N:" property outside a card, its family name first, and a Wi-Fi QR payload's password
SECRETS = [
    ("my sons card: N:Fairweather;Colm;;; TEL:0871234567", "Fairweather", "name in a vCard name property"),
    ("contact N:Baker;Hope;;; saved on her phone", "Baker", "name in a vCard name property"),
    ("la tarjeta dice N:Rosales;Inés;;Sra.;", "Rosales", "name in a vCard name property"),
    ("scanned N:Fields;Rose", "Fields", "name in a vCard name property"),
    ("WIFI:S:HomeNet;T:WPA;P:chidi1930;;", "chidi1930", "Wi-Fi password"),
    ("scan this for the wifi WIFI:T:WPA;S:Casa Rosales;P:Ines\\;1944;H:false;;", "1944", "Wi-Fi password"),
    ("wifi qr WIFI:P:fairweather52;S:Kitchen;;", "fairweather52", "Wi-Fi password"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kind"), SECRETS)
def test_a_vcard_family_name_or_a_wifi_password_goes_whatever_it_is(deid, index, text, secret, kind):
    probes.assert_free_text_caught(deid, index, text, secret, {kind})


KEPT = [
    '{"drug_name": "Keppra", "dose": 500, "first": "dose", "last": "dinner"}',
    '{"resourceType":"Observation","status":"final","valueQuantity":{"value":7.2,"unit":"%"}}',
    '{"status": "active", "state": "completed", "country": "IT"}',
    "dose=500&freq=bid",
    "culture result N:negative; repeat in 2 weeks",
    "the wifi at the clinic was down again",
    # a word for "empty" is no identifier (CI: round 15's "kin_name=none" became "kin_name=<PERSON>")
    "kin_name=none", "kin_name=n/a", "zip=unknown&city=none", '{"caregiver_zip": "n/a", "city": "null"}',
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", KEPT)
def test_fields_that_name_no_identifier_stay(deid, index, text):
    assert not record_value_spans(text), record_value_spans(text)
    assert not leakfields.field_kinds(text), leakfields.field_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["kin_name=Nonie", "kin_name=None+Okafor", '{"city": "Nullarbor"}'])
def test_a_name_beside_the_words_for_empty_still_goes(text):
    """Only the whole value "none", "n/a"... is empty: a name that starts like one goes."""
    assert record_value_spans(text) and leakfields.field_kinds(text)


LONG_RUN = ['{"caregiver_zip": 10027, "address":[{"line":["9 Kestle Lane"],"city":"Bath"}]} ', '"address":[{"line":["',
            "first=Ana&last=Lima&zip=60302 ", "N:Baker;Hope;;; ", "WIFI:S:Net;T:WPA;P:x1;; ", "WIFI:S:a;"]


@pytest.mark.timeout(240)
@pytest.mark.parametrize("piece", LONG_RUN)
def test_the_field_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
