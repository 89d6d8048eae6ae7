"""The names in structured identity strings (round 19), the redactor's reading: a machine-readable passport or ID card
zone ("P<USASURNAME<<GIVEN<MIDDLE<<<"), an AAMVA driver's-licence barcode's name and address fields ("DCS", "DAC",
"DAG", "DAI"), a card's magnetic stripe ("%B…^SURNAME/GIVEN^"), a boarding pass ("M1SURNAME/GIVEN"), a DICOM
person name ("(0010,0010) PN [SURNAME^GIVEN]", "PatientName: Surname^Given"), JSON "first"/"last" values, a pharmacy
label's "SURNAME, GIVEN" before the directions, an initial and a surname in capitals before a comma ("C. PETTIBONE,
WARFARIN"), a Slack mention's display name ("<@U024BE7LH|first.last>"), a ham radio call sign after its cue, and a
vCard's fields on one line or escaped ("N:Garcia;Maria FN:…", "SORT-STRING:", jCard "n", MECARD "N:").

The leak check reads the same records with its own patterns (:mod:`features.deid.leakrecords`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from features.deid.contactwords import HL7_ADDRESS_PARTS, HL7_PERSON_FIELDS
from features.deid.spans import Span

#: below the other recognizers' scores, as the people readings' (:mod:`features.deid.people`)
_SCORE = 0.45

_MRZ = re.compile(r"(?<![A-Z])[A-Z]{2,39}(?:<[A-Z]{1,39}){0,5}<<[A-Z]{1,39}(?:<[A-Z]{1,39}){0,5}(?![A-Z])")
#: a zone's surname before its given names the owner pass already replaced ("P<GBRSURNAME<<<PERSON><<<")
_MRZ_SURNAME = re.compile(r"(?<![A-Z])[A-Z]{2,39}(?:<[A-Z]{1,39}){0,5}(?=<<<[A-Z_]{2,20}>)")
#: a zone whose names the owner pass replaced in part ("P<<PERSON><<<PERSON><MIDDLE<<<"), read on a view where each
#: placeholder is as many "#" (round 20: the middle name after the owner's given name stayed)
_MRZ_WITH_PLACEHOLDERS = re.compile(r"(?<![A-Z#])[A-Z#]{2,39}(?:<[A-Z#]{1,39}){0,5}<<[A-Z#]{1,39}(?:<[A-Z#]{1,39}){0,5}"
                                    r"(?![A-Z#])")
_PLACEHOLDER = re.compile(r"<[A-Z_]{2,20}>")
_AAMVA_CODES = ("DCS", "DAC", "DAD", "DCT", "DAG", "DAH", "DAI", "DAA", "DAB", "DCU", "DAE")
_AAMVA = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(_AAMVA_CODES) + r")(?P<v>[A-Za-z0-9][^\n\r]{0,39}?)"
                    r"(?=[ \t]+D[A-Z]{2}[A-Za-z0-9]|[ \t]*(?:[\r\n]|\\n|$))")
_STRIPE = re.compile(r"%B\d{12,19}\^(?P<v>[^\^\n]{2,26})\^")
_BOARDING = re.compile(r"(?<![A-Za-z0-9])M[1-4](?P<v>[A-Z][A-Z'\-]{1,19}/[A-Z]{1,19}(?: [A-Z]{2,19})?)(?=\s|$)")
_DICOM = re.compile(r"(?:\(0010,0010\)[ \t]*(?:PN)?[ \t]*\[|(?i:patient'?s?[ _]?name)[ \t]*[:=][ \t]*\[?)"
                    r"(?P<v>[^\^\]\n]{1,64}(?:\^[^\^\]\n]{0,64}){1,4})")
_JSON_PARTS = re.compile(r"""(?i:["'](?:first|last|given|family|middle|surname|maiden)["'])[ \t]*:[ \t]*"""
                         r"""["'](?P<v>[^\W\d_][^"'\n]{0,60})["']""")
_DIRECTIONS = ("TAKE", "USE", "APPLY", "INSTILL", "INHALE", "GIVE", "PLACE", "INJECT", "CHEW", "DISSOLVE", "QTY",
               "DR", "REFILLS")
_LABEL_NAME = re.compile(r"(?<![A-Za-z])(?P<v>[A-Z][A-Z'\-]{1,30},[ ]?[A-Z][A-Z'\-]{1,30}(?: [A-Z]\.?)?)"
                         r"(?=[ \t]+(?:" + "|".join(_DIRECTIONS) + r")(?![A-Za-z]))")
#: a label's patient field, the name whole whatever its words ("PATIENT: HOPE GRANGER", "Rx for: Joy Baker", "PT NAME:
#: GRANGER, HOPE"; round 20: a given name that is an English word stayed on the check's side): two to four capitalised
#: words up to a direction, a figure, the line's end
_LABEL_WORD = r"(?!(?:" + "|".join(_DIRECTIONS) + r"|DOB|MRN|RX|DATE)(?![A-Za-z]))[A-Z][A-Za-z'\-]{1,30}"
_LABEL_PATIENT = re.compile(r"(?i:\b(?:patient(?:[ \t]+name)?|pt(?:[ \t]+name)?|rx[ \t]+for|prescribed[ \t]+for|"
                            r"dispensed[ \t]+to|filled[ \t]+for))[ \t]*[:#][ \t]*"
                            rf"(?P<v>{_LABEL_WORD}(?:,?[ ]{_LABEL_WORD}){{1,3}})(?![A-Za-z])")
_INITIAL_CAPITALS = re.compile(r"(?<![A-Za-z.])(?P<v>[A-Z]\.[ ]?[A-Z][A-Z'\-]{2,30})(?=,[ \t]?[A-Z]{3,}(?![a-z]))")
_SLACK = re.compile(r"<@[UW][A-Z0-9]{6,12}\|(?P<v>[^>\n]{1,60})>")
_CALL_SIGN = re.compile(r"(?i:call[ \-]?sign|ham|qrz|73 de|amateur radio)[ \t:#]{1,3}(?:is[ \t]+)?"
                        r"(?P<v>(?:[AKNW][A-Z]?|[A-Z]{1,2}|[0-9][A-Z])[0-9][A-Z]{1,3})(?![A-Za-z0-9])")
#: a vCard's name fields with their value up to the next field on the same line, an escaped line break or the line's end
_VCARD_FIELD = re.compile(r"(?:(?<![A-Za-z\-])|(?<=\\n))(?:N|FN|SORT-STRING|NICKNAME|X-PHONETIC-FIRST-NAME|X-PHONETIC-LAST-NAME)"
                          r"(?:;[^:\n]{0,40})?:(?P<v>[^\n\r\\]{1,80}?)(?=[ \t]+[A-Z][A-Z\-]{0,20}[;:]|\\[nr]|[\r\n]|$)")
_MECARD = re.compile(r"(?i:MECARD:(?:[A-Z\-]{1,12}:[^;\n]{0,80};){0,8}?N:)(?P<v>[^;\n]{1,80})")
_JCARD = re.compile(r"""\[[ \t]*"(?:n|fn|sort-string|nickname)"[ \t]*,[ \t]*\{[^{}\n]{0,200}\}[ \t]*,[ \t]*"text"[ \t]*,"""
                    r"""[ \t]*(?P<v>"[^"\n]{0,60}"|\[[^\]\n]{0,200}\])""")
_QUOTED_PART = re.compile(r'"(?P<v>[^"\n]+)"')


def record_name_spans(text: str, is_name: Callable[[str], bool]) -> list[Span]:
    """``("PERSON", start, end, score)`` of every name the records of the module docstring hold in ``text``;
    ``is_name`` (no English word, no medicine) keeps an initial before a word ("C. DIFF, …")."""
    found: list[Span] = []
    if "<<" in text:
        found += [("PERSON", m.start() + r.start(), m.start() + r.end(), _SCORE)
                  for pattern in (_MRZ, _MRZ_SURNAME) for m in pattern.finditer(text)
                  for r in re.finditer("[A-Z]+", m.group())]
        if _PLACEHOLDER.search(text):
            view = _PLACEHOLDER.sub(lambda p: "#" * len(p.group()), text)
            found += [("PERSON", m.start() + r.start(), m.start() + r.end(), _SCORE)
                      for m in _MRZ_WITH_PLACEHOLDERS.finditer(view) for r in re.finditer("[A-Z]+", m.group())]
    if sum(code in text for code in _AAMVA_CODES) >= 2:
        found += [("PERSON", *m.span("v"), _SCORE) for m in _AAMVA.finditer(text)]
    for pattern in (_STRIPE, _BOARDING, _DICOM, _SLACK, _CALL_SIGN, _LABEL_PATIENT):
        found += [("PERSON", *m.span("v"), _SCORE) for m in pattern.finditer(text)]
    for pattern in (_LABEL_NAME, _JSON_PARTS):  # "METFORMIN, ER TAKE", {"first": "dose"}: no name
        found += [("PERSON", *m.span("v"), _SCORE) for m in pattern.finditer(text)
                  if all(is_name(w) for w in re.findall(r"[^\W\d_]{2,}", m["v"]))]
    found += [("PERSON", *m.span("v"), _SCORE) for m in _INITIAL_CAPITALS.finditer(text)
              if is_name(m["v"].split(".")[-1].strip().lower())]
    if "VCARD" in text.upper() or "SORT-STRING" in text.upper():
        found += [("PERSON", *m.span("v"), _SCORE) for m in _VCARD_FIELD.finditer(text)
                  if any(c.isalpha() for c in m["v"])]
    if "MECARD" in text.upper():
        found += [("PERSON", *m.span("v"), _SCORE) for m in _MECARD.finditer(text)]
    for m in _JCARD.finditer(text):
        found += [("PERSON", m.start("v") + q.start("v"), m.start("v") + q.end("v"), _SCORE)
                  for q in _QUOTED_PART.finditer(m["v"])]
    return found


# --------------------------------------------------------------------------- round 20: places, employers and numbers

#: the vCard properties a one-line card's value runs up to (a town in capitals before a ";", "NEW YORK;", is none)
_VCARD_PROPERTIES = (r"(?i:(?:item\d{1,3}\.)?(?:BEGIN|END|VERSION|N|FN|ORG|TITLE|ROLE|ADR|LABEL|TEL|EMAIL|URL|NOTE|"
                     r"BDAY|ANNIVERSARY|NICKNAME|PHOTO|LOGO|REV|UID|GEO|TZ|CATEGORIES|SORT-STRING|KIND|GENDER|LANG|"
                     r"IMPP|PRODID|SOURCE|MEMBER|RELATED|X-[A-Z0-9\-]{1,30}))[;:]")
#: a vCard's address ("ADR;TYPE=home:;;12 Some St;Town;ST;12345;Country", grouped "item1.ADR", escaped "\\nADR:"),
#: its delivery label ("LABEL:") and its employer ("ORG:Firm;Unit"), the value up to the line's end, an escaped line
#: break or the next property of a one-line card; escaped characters ("\\,", "\\;") stay in the value
_VCARD_PLACE = re.compile(r"(?:(?<![A-Za-z0-9\-])|(?<=\\n))(?i:(?:item\d{1,3}\.)?(?P<k>ADR|LABEL|ORG)(?:;[^:\n]{0,60})?:)"
                          r"(?P<v>(?:[^\n\r\\]|\\[^nNrR\n\r]){1,200}?)"
                          r"(?=[ \t]+" + _VCARD_PROPERTIES + r"|\\[nNrR]|[\r\n]|$)")
#: the entity of each of an address's parts: post office box, extended address, street, town, region, postcode (the
#: country, seventh, stays: Safe Harbor keeps it)
_ADR_PARTS = ("STREET_ADDRESS", "STREET_ADDRESS", "STREET_ADDRESS", "CITY", "LOCATION", "ZIP_CODE")
#: a chat user id: a Slack mention without a display name ("<@U024BE7LH>") or an id after its cue ("user id U024BE7LH")
_CHAT_USER_ID = re.compile(r"<@(?P<v>[UW][A-Z0-9]{6,12})>|(?i:(?:slack|user|member)[ _\-]?id)[ \t]*(?:[:#=]|is)?[ \t]*"
                           r"(?P<w>(?-i:[UW](?=[A-Z]*\d)[A-Z0-9]{6,12}))(?![A-Za-z0-9])")
#: an inmate's, a booking's or a department of corrections' number after its cue ("inmate #A-123456", "booking no.
#: 2024-0012345", "DOC # 123456", "CDCR no. AB1234"): letters and figures with five figures at least
_CUSTODY_NUMBER = re.compile(r"(?:(?i:\b(?:inmate|prisoner|offender|detainee|booking|jail|custody|arrest|register)"
                             r"(?:[ \t]+(?:id|no\.?|nr\.?|num(?:ber)?))?)|(?-i:\b(?:DOC|CDCR|TDCJ|BOP|FDC|DOCCS)))"
                             r"(?:[ \t]+(?:is|was))?[ \t]*[:#.]?[ \t]*#?[ \t]*"
                             r"(?P<v>[A-Za-z]{0,3}[ \-]?\d[\d\-]{3,16}\d)(?![\w\-])")
_FEWEST_CUSTODY_FIGURES = 5
#: a national number of eleven figures that begins with a date, day first (the Norwegian fødselsnummer, a D-number's
#: day raised by 40: "01019912345"): read as an identifier, not as a phone
_ELEVEN_FIGURES = re.compile(r"(?<![\d.,\-])\d{11}(?![\d\-]|[.,]\d)")


#: round 22: an HL7 v2 segment that holds a person's address and phones, its fields up to the segment's end (a line
#: break, or an escaped "\\r" or "\\n" of a message pasted on one line)
_HL7_PERSON_SEGMENT = re.compile(r"(?:(?<![A-Za-z0-9^])|(?<=\\[rn]))(?P<id>(?i:" + "|".join(HL7_PERSON_FIELDS) + r"))\|"
                                 r"(?P<body>(?:[^\r\n\\]|\\(?![rn]))*)")
#: the entity of each of an HL7 address's components: street, other designation, city, state, ZIP
_HL7_ADDRESS_ENTITIES = ("STREET_ADDRESS", "STREET_ADDRESS", "CITY", "LOCATION", "ZIP_CODE")
_HL7_SCORE = 0.85
_FEWEST_PHONE_FIGURES = 7


def _pieces(value: str, separator: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each piece of ``value`` between ``separator``s."""
    spans, at = [], 0
    for i, char in enumerate(value):
        if char == separator:
            spans.append((at, i))
            at = i + 1
    return [*spans, (at, len(value))]


def hl7_person_spans(text: str) -> list[Span]:
    """``(entity, start, end, score)`` of the street, town, state and ZIP of each address (PID-11, NK1-4, GT1-5) and of
    each phone field of a patient's, next of kin's or guarantor's HL7 v2 segment (round 22: the town, state and ZIP
    stayed after the street went)."""
    found: list[Span] = []
    for m in _HL7_PERSON_SEGMENT.finditer(text):
        address, phones = HL7_PERSON_FIELDS[m["id"].upper()]
        body, base = m["body"], m.start("body")
        for number, (start, end) in enumerate(_pieces(body, "|"), start=1):
            value = body[start:end]
            if number == address:
                found += [(_HL7_ADDRESS_ENTITIES[part], base + start + s + rs, base + start + s + re_, _HL7_SCORE)
                          for s, e in _pieces(value, "~")
                          for part, (rs, re_) in enumerate(_pieces(value[s:e], "^")[:HL7_ADDRESS_PARTS])
                          if any(c.isalnum() for c in value[s + rs:s + re_])]
            elif number in phones and sum(c.isdigit() for c in value) >= _FEWEST_PHONE_FIGURES:
                found.append(("PHONE_NUMBER", base + start, base + end, _HL7_SCORE))
    return found


def _a_day_first_date(figures: str) -> bool:
    day, month = int(figures[:2]), int(figures[2:4])
    return (1 <= day <= 31 or 41 <= day <= 71) and 1 <= month <= 12


def record_field_spans(text: str) -> list[Span]:
    """``(entity, start, end, score)`` of a vCard's address parts, label and employer, chat user ids, custody numbers
    and eleven-figure national numbers in ``text`` (round 20); read on the text as written."""
    found: list[Span] = []
    upper = text.upper()
    if "ADR" in upper or "LABEL" in upper or "ORG" in upper:
        card, offsets = _unfolded(text)
        for m in _VCARD_PLACE.finditer(card):
            kind, value = m["k"].upper(), m["v"]
            if kind == "ADR" and "VCARD" not in upper and value.count(";") < 2:
                continue  # "ADR" said in a sentence; a card's address has its parts
            if kind != "ADR" and "VCARD" not in upper and not m.group().lower().startswith("item"):
                continue
            if kind == "ADR":
                parts = _vcard_parts(value)
                found += [(_ADR_PARTS[i], offsets[m.start("v") + s], offsets[m.start("v") + e - 1] + 1, _SCORE)
                          for i, (s, e) in parts if i < len(_ADR_PARTS)]
            elif any(c.isalnum() for c in value):
                found.append(("STREET_ADDRESS" if kind == "LABEL" else "LOCATION", offsets[m.start("v")],
                              offsets[m.end("v") - 1] + 1, _SCORE))
    if "<@" in text or "id" in text.lower():
        found += [("ID", *m.span("v" if m["v"] else "w"), 0.7) for m in _CHAT_USER_ID.finditer(text)]
    found += [("ID", *m.span("v"), 0.7) for m in _CUSTODY_NUMBER.finditer(text)
              if sum(c.isdigit() for c in m["v"]) >= _FEWEST_CUSTODY_FIGURES]
    found += [("ID", *m.span(), 0.85) for m in _ELEVEN_FIGURES.finditer(text) if _a_day_first_date(m.group())]
    if "|" in text:
        found += hl7_person_spans(text)
    return found


#: a folded line's break: a line break and one space or tab, which continue the line before (RFC 6350, 3.2)
_FOLD = re.compile(r"(?:\r\n|\r|\n)[ \t]")


def _unfolded(text: str) -> tuple[str, list[int]]:
    """``text`` with its folded lines joined (round 22: "ADR:;;1200 Larkspur\\r\\n Avenue;Spring\\r\\n field;IL" kept
    the parts after each fold) and each of its characters' offset in ``text``."""
    if not _FOLD.search(text):
        return text, list(range(len(text) + 1))
    pieces: list[str] = []
    offsets: list[int] = []
    at = 0
    for m in _FOLD.finditer(text):
        pieces.append(text[at:m.start()])
        offsets += range(at, m.start())
        at = m.end()
    pieces.append(text[at:])
    offsets += range(at, len(text) + 1)
    return "".join(pieces), offsets


def _vcard_parts(value: str) -> list[tuple[int, tuple[int, int]]]:
    """``(index, (start, end))`` of each part of an address value with a letter or a figure, parts counted at every
    ";" that is not escaped."""
    parts: list[tuple[int, tuple[int, int]]] = []
    index, at = 0, 0
    for m in re.finditer(r"\\.|;", value):
        if m.group() == ";":
            parts.append((index, (at, m.start())))
            index, at = index + 1, m.end()
    parts.append((index, (at, len(value))))
    out = []
    for i, (s, e) in parts:
        piece = value[s:e]
        if any(c.isalnum() for c in piece):
            lead = len(piece) - len(piece.lstrip())
            out.append((i, (s + lead, s + len(piece.rstrip()))))
    return out
