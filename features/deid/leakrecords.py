"""The leak check's own reading of names in structured identity strings (round 19): a machine-readable zone's name
field, an AAMVA licence barcode's name and address elements, a magnetic stripe's and a boarding pass's "SURNAME/GIVEN",
a DICOM person name, JSON "first"/"last", a pharmacy label's "SURNAME, GIVEN" before its directions, an initial and a
surname in capitals before a comma, a Slack mention's display name, a call sign after its cue, and vCard, jCard and
MECARD name fields. Placeholders are read as spaces before this reading, so a value the redactor replaced is empty.
Its patterns are its own; it takes no reading from the redactor (:mod:`features.deid.records`), only HL7 v2's tables
of where a person's address and phones are, a fact of the standard kept once in :mod:`features.deid.contactwords`."""

from __future__ import annotations

import re
from collections.abc import Callable

from features.deid.contactwords import HL7_ADDRESS_PARTS, HL7_PERSON_FIELDS

#: a name field of a machine-readable zone: letter runs joined by "<", two of them between surname and given names
_ZONE = re.compile(r"(?<![A-Z])[A-Z]{2,39}(?:<[A-Z]{1,39}){0,5}?<<[A-Z]{1,39}")
#: a letter run between two fill signs of a zone whose other names were replaced ("P<  <<  <MIDDLE<<<": round 20)
_ZONE_PART = re.compile(r"(?<=<)[A-Z]{2,39}(?=<)")
#: the AAMVA elements of a licence that hold a name or an address, and one with its value
_ELEMENTS = ("DCS", "DAC", "DAD", "DCT", "DAG", "DAH", "DAI", "DAA", "DAB", "DCU", "DAE")
_ELEMENT = re.compile(r"(?:^|(?<=[\s]))(?:" + "|".join(_ELEMENTS) + r")[A-Z0-9][A-Za-z]")
_STRIPE_NAME = re.compile(r"%B[0-9]{12,19}\^[ \t]*[A-Za-z]{2}")
_PASS_NAME = re.compile(r"(?<![A-Za-z0-9])M[1-4][A-Z]{2,20}/[A-Z]{1,20}")
_DICOM_NAME = re.compile(r"(?i:\(0010,0010\)|patient'?s?[ _]?name)[^\n\[\]^]{0,12}\[?[ \t]*[A-Za-z][^\n\^\]]{0,63}\^")
_JSON_NAME = re.compile(r"""(?i)["'](?:first|last|given|family|middle|surname|maiden)["'][ \t]*:[ \t]*["']"""
                        r"""[ \t]*([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?[ \t]*["']""")
_LABEL = re.compile(r"(?<![A-Za-z])([A-Z]{2,31}),[ ]?([A-Z]{2,31})(?: [A-Z]\.?)?[ \t]+"
                    r"(?:TAKE|USE|APPLY|INSTILL|INHALE|GIVE|PLACE|INJECT|CHEW|DISSOLVE|QTY|DR|REFILLS)(?![A-Za-z])")
#: a label's patient field and two capitalised words after it, whatever they are ("PATIENT: HOPE GRANGER", "Rx for:
#: Joy Baker"; round 20): the field names a person, so an English word in it is a name too
_PATIENT_FIELD = re.compile(r"(?<![A-Za-z])(?i:patient|pt|patient name|pt name|rx for|prescribed for|dispensed to|"
                            r"filled for)[ \t]*[:#][ \t]*(?!(?i:take|use|apply|dob|mrn|rx|qty|date)\b)"
                            r"[A-Z][A-Za-z'\-]+,?[ ][A-Z][a-zA-Z]")
_INITIAL_SURNAME = re.compile(r"(?<![A-Za-z.])[A-Z]\.[ ]?([A-Z]{3,31}),[ \t]?[A-Z]{3,}(?![a-z])")
_MENTION = re.compile(r"<@[UW][A-Z0-9]{6,12}\|[ \t]*[^\W_]")
_CALL = re.compile(r"(?i:callsign|call sign|call-sign|ham|qrz|73 de|amateur radio)[ \t:#]{1,3}(?:is[ \t]+)?"
                   r"(?:[AKNW][A-Z]?|[A-Z]{1,2}|[0-9][A-Z])[0-9][A-Z]{1,3}(?![A-Za-z0-9])")
_VCARD_NAME = re.compile(r"(?:(?<![A-Za-z\-])|(?<=\\n))(?:N|FN|SORT-STRING|NICKNAME|X-PHONETIC-(?:FIRST|LAST)-NAME)"
                         r"(?:;[^:\n]{0,40})?:[;,]*[ \t]?[^\W\d_]")
_MECARD_NAME = re.compile(r"(?i)MECARD:(?:[a-z\-]{1,12}:[^;\n]{0,80};){0,8}?N:,?[ \t]?[^\W\d_]")
_JCARD_NAME = re.compile(r'\[[ \t]*"(?:n|fn|sort-string|nickname)"[ \t]*,[ \t]*\{[^{}\n]{0,200}\}[ \t]*,[ \t]*"text"'
                         r'[ \t]*,[ \t]*\[?[^\]\n]{0,200}?"[ \t]?[^\W\d_]')


def names_in_records(text: str, is_word: Callable[[str], bool]) -> bool:
    """Whether ``text`` holds a name in one of the records of the module docstring (``is_word``: lower case, an English
    word or a medicine, which an initial may stand before: "C. DIFF,")."""
    if "<<" in text and (_ZONE.search(text) or ("<<<" in text and _ZONE_PART.search(text))):
        return True
    if sum(1 for element in _ELEMENTS if element in text) >= 2 and _ELEMENT.search(text):
        return True
    if any(p.search(text) for p in (_STRIPE_NAME, _PASS_NAME, _DICOM_NAME, _MENTION, _CALL, _PATIENT_FIELD)):
        return True
    if any(all(not is_word(part.lower()) for part in m.groups() if part)  # not "METFORMIN, ER", {"first": "dose"}
           for pattern in (_JSON_NAME, _LABEL) for m in pattern.finditer(text)):
        return True
    if any(not is_word(m.group(1).lower()) for m in _INITIAL_SURNAME.finditer(text)):
        return True
    upper = text.upper()
    return bool((("VCARD" in upper or "SORT-STRING" in upper) and _VCARD_NAME.search(text))
                or ("MECARD" in upper and _MECARD_NAME.search(text)) or _JCARD_NAME.search(text))


# --------------------------------------------------------------------------- round 20: places, employers and numbers

#: a contact card's address, delivery label or employer property (grouped "item2.adr", with parameters) and the rest
#: of its line
_CARD_PROPERTY = re.compile(r"(?i)(?:(?<![a-z0-9\-])|(?<=\\n))(?:item[0-9]+\.)?(adr|label|org)(?:;[^:\r\n]{0,60})?:"
                            r"([^\r\n]{0,300})")
#: where a property's value ends on a card written on one line: an escaped line break or the next property's name
_NEXT_PROPERTY = re.compile(r"\\[nr]|[ \t](?:item[0-9]+\.)?(?:begin|end|version|fn|n|org|title|role|adr|label|tel|email|"
                            r"url|note|bday|anniversary|nickname|photo|logo|rev|uid|geo|tz|categories|sort-string|kind|"
                            r"gender|lang|impp|prodid|source|member|related|x-[a-z0-9\-]+)[;:]", re.IGNORECASE)
#: a chat platform's user id: a mention with no display name, or an id after "user id", "member id", "slack id"
_USER_ID = re.compile(r"<@[UW][A-Z0-9]{6,12}>|(?i:slack|user|member)[ _\-]?(?i:id)[^\w\n]{0,4}(?:is[ \t]+)?"
                      r"[UW][A-Z]{0,11}[0-9][A-Z0-9]{4,11}(?![A-Za-z0-9])")
#: a number in custody: an inmate's, a prisoner's, a booking's, a corrections department's, then five figures or more
#: within a few signs and letters
_IN_CUSTODY = re.compile(r"(?:(?i:inmate|prisoner|offender|detainee|booking|jail|custody|arrest|register)|"
                         r"\b(?:DOC|CDCR|TDCJ|BOP|FDC|DOCCS))\b[^\n0-9]{0,14}?(?<![0-9])[A-Za-z]{0,3}-?([0-9][0-9 \-]{3,18})")
_FEWEST_CUSTODY_FIGURES = 5


#: round 22: where an HL7 v2 segment ends (a line break, an escaped "\\r" or "\\n"), and a segment that holds a
#: person's address and phones with the rest of its fields
_SEGMENT_END = re.compile(r"[\r\n]|\\[rn]")
_PERSON_SEGMENT = re.compile(r"(?i)(?<![a-z0-9^])(" + "|".join(HL7_PERSON_FIELDS) + r")\|(.*)", re.DOTALL)
_FEWEST_PHONE_DIGITS = 7


def hl7_person_fields_left(text: str) -> list[str]:
    """The kinds left in a patient's, next of kin's or guarantor's HL7 v2 segment (placeholders read as spaces): a
    letter or figure in the address field's street, town, state or ZIP (PID-11, NK1-4, GT1-5), seven figures or more
    in a phone field."""
    kinds: set[str] = set()
    for segment in _SEGMENT_END.split(text):
        m = _PERSON_SEGMENT.search(segment)
        if m is None:
            continue
        address, phones = HL7_PERSON_FIELDS[m.group(1).upper()]
        fields = m.group(2).split("|")
        if len(fields) >= address and any(re.search(r"[^\W_]", part) for repeat in fields[address - 1].split("~")
                                          for part in repeat.split("^")[:HL7_ADDRESS_PARTS]):
            kinds.add("address in an HL7 segment")
        if any(len(fields) >= n and sum(c.isdigit() for c in fields[n - 1]) >= _FEWEST_PHONE_DIGITS for n in phones):
            kinds.add("phone in an HL7 segment")
    return sorted(kinds)


def record_field_kinds(text: str) -> list[str]:
    """The kinds of identifiers in ``text`` (placeholders read as spaces) that a contact card's address or employer
    property, a chat user id or a custody number hold (round 20)."""
    kinds: list[str] = []
    lowered = text.lower()
    if ("adr" in lowered or "label" in lowered or "org" in lowered) and _card_place_left(text, "vcard" in lowered):
        kinds.append("address or employer in a contact card")
    if ("<@" in text or "id" in lowered) and _USER_ID.search(text):
        kinds.append("chat user id")
    if any(sum(c.isdigit() for c in m.group(1)) >= _FEWEST_CUSTODY_FIGURES for m in _IN_CUSTODY.finditer(text)):
        kinds.append("custody number")
    if "|" in text:
        kinds += hl7_person_fields_left(text)
    return kinds


#: a line break and one blank that continue a card's line (RFC 6350 folding: round 22), dropped before reading
_FOLDED_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t]")


def _card_place_left(text: str, in_a_card: bool) -> bool:
    """Whether an address property still holds a letter or figure in its parts before the country, or a label or
    employer property any (a bare "adr:" in a sentence with fewer than two ";" is no card's)."""
    for m in _CARD_PROPERTY.finditer(_FOLDED_BREAK.sub("", text)):
        end = _NEXT_PROPERTY.search(m.group(2))
        value = m.group(2)[:end.start()] if end else m.group(2)
        grouped = m.group().lower().startswith("item")
        if m.group(1).lower() == "adr":
            parts = re.split(r"(?<!\\);", value)
            if (in_a_card or grouped or len(parts) >= 3) and any(re.search(r"[^\W_]", p) for p in parts[:6]):
                return True
        elif (in_a_card or grouped) and re.search(r"[^\W_]", value):
            return True
    return False
