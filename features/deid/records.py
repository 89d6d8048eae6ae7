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

Span = tuple[str, int, int, float]
#: below the other recognizers' scores, as the people readings' (:mod:`features.deid.people`)
_SCORE = 0.45

_MRZ = re.compile(r"(?<![A-Z])[A-Z]{2,39}(?:<[A-Z]{1,39}){0,5}<<[A-Z]{1,39}(?:<[A-Z]{1,39}){0,5}(?![A-Z])")
#: a zone's surname before its given names the owner pass already replaced ("P<GBRSURNAME<<<PERSON><<<")
_MRZ_SURNAME = re.compile(r"(?<![A-Z])[A-Z]{2,39}(?:<[A-Z]{1,39}){0,5}(?=<<<[A-Z_]{2,20}>)")
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
    if sum(code in text for code in _AAMVA_CODES) >= 2:
        found += [("PERSON", *m.span("v"), _SCORE) for m in _AAMVA.finditer(text)]
    for pattern in (_STRIPE, _BOARDING, _DICOM, _SLACK, _CALL_SIGN):
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
