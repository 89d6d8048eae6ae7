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


# --------------------------------------------------------------------------- recall first
# Each kind below is written with new values and sentences of its own; the sentences of the
# issue that found the gaps are not reused.

ACCENTED = PatientIdentifiers(
    mrn="QX-5520187",
    full_name="Estéfani Brañas-Núñez",
    date_of_birth=datetime.date(1949, 11, 7),
    phone="(420) 771-3094 ext. 208",
    email=None,
    street_address="44 Ceiba Court",
    city="Mayagüez",
    state="PR",
    zip5="00680",
)
ACCENTED_SECRETS = ("estefani", "branas", "nunez", "3094", "771", "ceiba", "mayaguez", "5520187")


def _folded(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


@pytest.mark.parametrize("written", [
    # the owner's name without accents, in capitals, decomposed, compound parts split or joined
    "ESTEFANI", "estefani", "Branas", "BRANAS NUNEZ", "Branas Nunez", "BranasNunez", "nunez",
    "Este\u0301fani Bran\u0303as", "Estéfani B. Núñez", "NÚÑEZ, ESTÉFANI",
    # the phone stored with an extension, written without it, with it, prefixed, glued
    "420-771-3094", "4207713094", "(420)771-3094 x208", "+1 420 771 3094", "001 420 771 3094",
    "tel:4207713094", "771-3094",
    # the birthday with and without the year, numeric and textual
    "11/7", "11-07", "7 Nov", "nov. 7th", "11/07/49", "Nov 7, 1949",
    # the city without its diaeresis
    "Mayaguez", "MAYAGUEZ",
])
def test_the_owners_identifiers_match_in_every_spelling(deid, written):
    out = deid.redact([f"note: {written} (pls file)"], [ACCENTED]).texts[0]
    assert out.startswith("note: ") and out.endswith("> (pls file)"), out
    assert not [s for s in ACCENTED_SECRETS if s in _folded(out)], out


@pytest.mark.parametrize(("text", "kept"), [
    # phone-shaped numbers whatever their validity: unassigned area codes, leading 0 or 1,
    # extensions, 001 and + prefixes, glued to a word or a bracket
    ("the carer's mobile is 023-918-4410 if needed", ["023", "918", "4410"]),
    ("ring Tomasz on 187.330.2261", ["187", "330", "2261"]),
    ("office (955)204-7781x4410 mornings only", ["955", "204", "7781", "4410"]),
    ("grandson 0014158820194 after school", ["4158820194"]),
    ("landlord#6170032258 re the parcel", ["6170032258"]),
    ("reach his sister at +33 6 12 84 90 17", ["12 84 90 17"]),
    ("pharmacy in Leeds +44 113 496 0771", ["496", "0771"]),
    ("text 3364019982.", ["3364019982"]),
])
def test_phone_shaped_numbers_go_whatever_their_validity(deid, text, kept):
    out = deid.redact([text], [ACCENTED]).texts[0]
    assert "<PHONE>" in out, out
    assert not [k for k in kept if k in out], out


@pytest.mark.parametrize(("text", "kept"), [
    ("transfer went from IBAN DE44500105175407324931 yesterday", "DE44500105175407324931"),
    ("home router 10.0.14.233 keeps dropping the pillbox", "10.0.14.233"),
    ("passport no. K88192034 for the travel letter", "K88192034"),
    ("driver licence D412-7730-9921 on file", "D412-7730-9921"),
    ("member id ZKH448812903 on the card", "ZKH448812903"),
    ("card 4111 1111 1111 1112 was declined", "4111 1111 1111 1112"),  # fails Luhn: still goes
    ("my daughter lives at W1D 3QF now", "W1D 3QF"),
    ("send it to Ottawa K2P 1L4 please", "K2P 1L4"),
])
def test_other_identifier_kinds_are_loaded(deid, text, kept):
    out = deid.redact([text], [None]).texts[0]
    assert kept not in out, out


@pytest.mark.parametrize(("text", "name"), [
    ("HELLO THIS IS BRONAGH, RETURNING YOUR CALL", "BRONAGH"),           # capitals, greeting first
    ("NIECE PERPETUA OKONJO DROPPED OFF THE BOX", "OKONJO"),              # capitals, relation alone
    ("hey hi this is Tamsin from number 12", "Tamsin"),                  # greeting before the cue
    ("cousin Faith is driving me on friday", "Faith"),                   # a name that is also a word
    ("granddaughter Ivy sets the alarms", "Ivy"),
    ("my ride desislava is late again", "desislava"),                     # lower case, not English
])
def test_names_after_cues_in_any_case(deid, text, name):
    out = deid.redact([text], [None]).texts[0]
    assert name not in out and "<PERSON>" in out, out


@pytest.mark.parametrize(("text", "redacted"), [
    ("aunt Philippa is 96 and forgets her pills", True),
    ("Dad, 91, lives with us now", True),
    ("she turned 102 in june", True),
    ("glucose is 96 after lunch", False),
    ("pulse 91, bp ok", False),
    ("Took 100 mg at 9", False),
])
def test_ages_over_89_always_go(deid, text, redacted):
    out = deid.redact([text], [None]).texts[0]
    assert ("<AGE>" in out) is redacted, out


def test_medication_names_doses_and_times_survive(deid):
    text = "Switched from Januvia 100 mg to Rybelsus 7 mg, take at 06:30 and 21:00, A1c 7.2"
    assert deid.redact([text], [ACCENTED]).texts[0] == text


def test_the_process_pool_gives_the_same_output(deid):
    from features.deid.text import PARALLEL_MIN_TEXTS

    texts = [f"{i}: Call me on 420-771-3094, Estefani. BP 120/80. Friend Ada Lovell is 93." for i in range(PARALLEL_MIN_TEXTS)]
    owners = [ACCENTED] * len(texts)
    pooled = TextDeidentifier(workers=2).redact(texts, owners)
    serial = deid._redact(texts[:50], owners[:50])
    assert pooled.texts[:50] == serial.texts
    assert pooled.counts["PHONE"] == len(texts) and pooled.counts["AGE"] == len(texts)


@pytest.mark.parametrize(("text", "gone"), [
    ("fecha de nacimiento 7 de noviembre de 1949", "noviembre"),   # the owner's birthday in Spanish
    ("né le 7-novembre-1949", "novembre"),
    ("E.B. here, BP fine", "E.B."),                                  # the owner's initials
    ("thanks - EBN", "EBN"),
])
def test_owner_birthdays_in_other_languages_and_initials(deid, text, gone):
    out = deid.redact([text], [ACCENTED]).texts[0]
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "Can the Norco wait until the Pradaxa refill?",
    "pharmacy swapped Coumadin for Jantoven, same 5 mg",
    "Toprol XL 50 and metformin ER 500 with dinner",
    "I'm 67 and my wife is 71, both on Zetia",                      # ages under 90 are clinical context
    "Can I take Lyrica and Cymbalta together?",
    "took 3/4 tablet of Glucotrol",
])
def test_medications_release_forms_and_young_ages_stay(deid, text):
    assert deid.redact([text], [ACCENTED]).texts[0] == text


@pytest.mark.parametrize("text", ["Nana is ninety-four and sharp", "Uncle Tibor turned a hundred and one",
                                  "Ma grand-mère a 97 ans"])
def test_spelled_and_foreign_ages_over_89(deid, text):
    assert "<AGE>" in deid.redact([text], [None]).texts[0]


@pytest.mark.parametrize(("text", "gone"), [
    # Unicode that hides an identifier from a matcher of plain text
    ("call Estéfani\u200cBrañas today", "Bra"),                          # zero-width non-joiner inside the name
    ("her cell 415\u2b50882\u2b500193 thanks", "882"),                   # a symbol between the digit groups
    ("his number 415-882-O193", "O193"),                                # a letter O for a zero
    ("ring ４１５ ８８２ ０１９３", "８８２"),                                    # full-width digits
    # handles, loose e-mails and identifier shapes without a valid checksum
    ("she is @maribel.okoro on insta", "maribel"),
    ("write to t.nakamura (at) clinicmail (dot) org", "nakamura"),
    ("sent to ruth@nursestation", "ruth@"),
    ("NI no. AB 98 76 54 D", "98 76 54"),
    ("SIN 130 692 544 for the claim", "692"),
    ("parcel to Via Roma 12, 40121 Bologna", "40121"),
    ("Grandpa is in his 90s now", "90s"),
])
def test_what_a_fresh_pair_of_eyes_found(deid, text, gone):
    out = deid.redact([text], [ACCENTED]).texts[0]
    assert gone not in out, out
