"""Tests of the free-text de-identifier, with the real Presidio and spaCy model (no mocks)."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest

from features.deid.text import PatientIdentifiers, TextDeidentifier

OWNER = PatientIdentifiers(
    mrn="MRN-00417723",
    full_name="Maria Josefina Lopez",
    date_of_birth=datetime.date(1957, 3, 14),
    phone="(555) 123-4567",
    email="maria.lopez@example.com",
    street_address="123 Oak Street Apt 4B",
    city="Springfield",
    state="IL",
    zip5="62704",
)
# Pieces of the owner's identifiers that must never survive redaction (lower-cased).
OWNER_SECRETS = ("maria", "josefina", "lopez", "4567", "oak", "springfield", "62704",
                 "00417723", "0041", "1957", "example.com")


@pytest.fixture(scope="module")
def deid() -> TextDeidentifier:
    return TextDeidentifier()


@pytest.mark.parametrize(("written", "placeholder"), [
    # name parts and full names, any case
    ("Maria", "PERSON"), ("maria", "PERSON"), ("MARIA", "PERSON"), ("lopez", "PERSON"),
    ("Josefina", "PERSON"), ("Maria Lopez", "PERSON"), ("maria lopez", "PERSON"),
    ("Maria J. Lopez", "PERSON"), ("Lopez, Maria", "PERSON"), ("Maria Josefina Lopez", "PERSON"),
    ("Maria's", "PERSON"),
    # phone: the 10 digits with any separators, optional +1
    ("(555) 123-4567", "PHONE"), ("555-123-4567", "PHONE"), ("555.123.4567", "PHONE"),
    ("5551234567", "PHONE"), ("+1 555 123 4567", "PHONE"), ("1-555-123-4567", "PHONE"),
    ("555 123 4567", "PHONE"), ("+1 (555) 123-4567", "PHONE"), ("555-123-4567 ext. 12", "PHONE"),
    # e-mail, any case
    ("maria.lopez@example.com", "EMAIL"), ("MARIA.LOPEZ@EXAMPLE.COM", "EMAIL"),
    # street address with abbreviations, unit variants, case and spacing
    ("123 Oak Street", "ADDRESS"), ("123 oak st", "ADDRESS"), ("123 Oak St.", "ADDRESS"),
    ("123 OAK STREET APT 4B", "ADDRESS"), ("123 Oak Street, Apt. 4B", "ADDRESS"),
    ("123 Oak St #4B", "ADDRESS"), ("123  oak   street suite 4b", "ADDRESS"),
    ("Oak Street", "ADDRESS"),
    # city, ZIP
    ("Springfield", "CITY"), ("springfield", "CITY"), ("SPRINGFIELD", "CITY"),
    ("62704", "ZIP"), ("62704-1234", "ZIP"),
    # MRN, with or without separators, any case
    ("MRN-00417723", "MRN"), ("mrn00417723", "MRN"), ("MRN 0041 7723", "MRN"),
    ("00417723", "MRN"),
    # date of birth
    ("03/14/1957", "DATE"), ("3/14/1957", "DATE"), ("3/14/57", "DATE"), ("1957-03-14", "DATE"),
    ("14/03/1957", "DATE"), ("March 14, 1957", "DATE"), ("Mar 14 1957", "DATE"),
    ("14 March 1957", "DATE"), ("march 14th, 1957", "DATE"), ("14.03.1957", "DATE"),
    ("Mar. 14, 1957", "DATE"), ("the 14th of March", "DATE"),
])
def test_owner_identifiers_are_removed_in_every_format(deid, written, placeholder):
    text = f"Please note {written} on my file, thanks"
    out = deid.redact([text], [OWNER]).texts[0]
    assert f"<{placeholder}>" in out
    assert not [s for s in OWNER_SECRETS if s in out.lower()], out
    assert out.startswith("Please note ") and out.endswith(" on my file, thanks")


def test_function_word_names_are_only_redacted_capitalised(deid):
    owner = PatientIdentifiers("A1234567", "Will May", datetime.date(1980, 1, 2), "2125550143",
                               None, "9 Elm Road", "Dayton", "OH", "45402")
    out = deid.redact(["I will call Will tomorrow, may I?"], [owner]).texts[0]
    assert out == "I will call <PERSON> tomorrow, may I?"


def test_other_peoples_identifiers_are_removed_by_the_ner_pass(deid):
    text = ("My neighbor John Carter can be reached at (312) 867-5309 or jcarter@gmail.com, "
            "he lives at 742 Evergreen Terrace.")
    out = deid.redact([text], [OWNER]).texts[0]
    for leaked in ("John", "Carter", "867", "5309", "jcarter", "742", "Evergreen"):
        assert leaked not in out, out
    for placeholder in ("<PERSON>", "<PHONE>", "<EMAIL>", "<ADDRESS>"):
        assert placeholder in out


def test_placeholders_are_typed_and_counted(deid):
    texts = [
        "Hi, this is Maria Lopez, call me at 555-123-4567.",
        "My MRN is MRN-00417723 and my zip is 62704.",
        "Call Dr. Okafor at 415-867-5309 or email okafor@clinic.org.",
        "Took my metformin at 9, glucose 145 this morning.",
    ]
    result = deid.redact(texts, [OWNER, OWNER, None, OWNER])
    assert result.texts == [
        "Hi, this is <PERSON>, call me at <PHONE>.",
        "My MRN is <MRN> and my zip is <ZIP>.",
        "Call Dr. <PERSON> at <PHONE> or email <EMAIL>.",
        "Took my metformin at 9, glucose 145 this morning.",
    ]
    assert result.counts == Counter({"PERSON": 2, "PHONE": 2, "MRN": 1, "ZIP": 1, "EMAIL": 1})


@pytest.mark.parametrize("text", [
    "Took my metformin at 9, glucose 145 this morning.",
    "BP 132/84 at 7:30am, pulse 72. Feeling ok.",
    "Missed the 8 pm dose of Biktarvy, took it at 10:15 instead.",
    "Insulin 14 units with breakfast, 10 with lunch, 18 at dinner.",
    "Lisinopril 20 mg once daily, amlodipine 5 mg at night.",
    "Can I take Tylenol with my warfarin? INR was 2.4 on Monday.",
    "Took 2 puffs of Symbicort, peak flow 410 L/min, walked 30 minutes.",
    "Running low on Eliquis 5mg, about 6 tablets left. Refill please.",
    "Took the medicine with food like the Doctor said.",
])
def test_clinical_text_without_identifiers_is_left_intact(deid, text):
    result = deid.redact([text, text], [OWNER, None])
    assert result.texts == [text, text]
    assert result.counts == Counter()


def test_redact_rejects_mismatched_lengths(deid):
    with pytest.raises(ValueError, match="one owner per text: got 2 texts and 1 owners"):
        deid.redact(["a", "b"], [OWNER])


def test_redact_accepts_empty_input(deid):
    result = deid.redact([], [])
    assert result.texts == [] and result.counts == Counter()


def test_a_missing_model_is_an_error_not_a_download():
    with pytest.raises(RuntimeError, match="not installed"):
        TextDeidentifier(model="en_core_web_no_such_model")
