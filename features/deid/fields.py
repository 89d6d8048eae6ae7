"""Identifiers in the fields of records pasted into a message (round 22), the redactor's reading: a JSON object's
value under a key that names an identifier ("city", "caregiver_zip", "dob", "postalCode", "contact_name"; a string, a
number or an array of strings), a FHIR resource's "value" inside "telecom" or "identifier", "line" and "state" inside
"address", "family" and "given" inside "name" (any key order, compact or pretty); a query string's or a form's
"key=value" pair under such a key ("last=Drummond", "name=Ana+Lima"); every part of a vCard "N:" property on a line
with no card around it ("N:Fairweather;Colm;;;": the family name is its first part, whatever word it is); and a Wi-Fi
QR payload's password ("WIFI:S:…;T:WPA;P:…;;"), which is a secret whatever it holds. Round 23: the payload's network
name ("S:Kowalski-Home", often a family's), a YAML line's or an XML element's value under a key of an identifier or a
role ("caregiver: Ana Lima", "<caregiverName>…", "<telecom value="tel:…"/>"), and an HL7 v2 doctor given as an
extended composite id ("PV1|…|1234^Smith^John^^^Dr"). A value that is a word for "empty" stays everywhere.

Keys come from :mod:`features.deid.fieldwords`; the leak check reads the same fields with its own patterns
(:mod:`features.deid.leakfields`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote_plus

from features.deid.contactwords import EXTENSION_WORDS
from features.deid.fieldwords import (
    BIRTH_FIELD_KEYS,
    EMAIL_FIELD_KEYS,
    EMPTY_FIELD_VALUES,
    FIELD_KEYS,
    INNER_FIELD_KEYS,
    NAME_PIECES,
    NUMBER_FIELD_KEYS,
    PERSON_FIELD_KEYS,
    PHONE_FIELD_KEYS,
    PLACE_FIELD_KEYS,
    POSTCODE_FIELD_KEYS,
    QUERY_PERSON_KEYS,
    ROLE_FIELD_KEYS,
    STREET_FIELD_KEYS,
    THING_PIECES,
    XCN_SEGMENTS,
    XML_VALUE_KEYS,
)
from features.deid.normalize import is_number_word
from features.deid.spans import Span

_SCORE = 0.7
#: the entity of each kind of field key
_ENTITIES = ((PERSON_FIELD_KEYS | QUERY_PERSON_KEYS | NAME_PIECES, "PERSON"), (PLACE_FIELD_KEYS, "CITY"),
             (POSTCODE_FIELD_KEYS, "ZIP_CODE"), (PHONE_FIELD_KEYS, "PHONE_NUMBER"), (BIRTH_FIELD_KEYS, "DATE_TIME"),
             (STREET_FIELD_KEYS, "STREET_ADDRESS"), (EMAIL_FIELD_KEYS, "EMAIL_ADDRESS"), (NUMBER_FIELD_KEYS, "ID_NUMBER"))
#: the entity of a key that is an identifier only inside its FHIR container ("value" in "telecom")
_INNER_ENTITIES = {("telecom", "value"): "PHONE_NUMBER", ("identifier", "value"): "ID_NUMBER",
                   ("address", "line"): "STREET_ADDRESS", ("address", "text"): "STREET_ADDRESS",
                   ("address", "state"): "LOCATION", ("name", "family"): "PERSON", ("name", "given"): "PERSON",
                   ("name", "text"): "PERSON"}
#: how far a FHIR container's value reaches at most (its closing bracket is looked for no further)
_CONTAINER_REACH = 800

_KEY_PIECES = re.compile(r"[_\-.]|(?<=[a-z0-9])(?=[A-Z])")
_JSON_KEY = re.compile(r"""["'](?P<k>[A-Za-z][\w\-.]{0,40})["'][ \t\r\n]{0,8}:[ \t\r\n]{0,40}""")
_JSON_STRING = re.compile(r""""(?P<v>(?:[^"\\\n]|\\.){0,160})"|'(?P<w>[^'\\\n]{0,160})'""")
_JSON_NUMBER = re.compile(r"-?\d[\d.\-]{0,24}(?![\w.])")
_ARRAY = re.compile(r"\[[^\[\]{}]{0,600}\]")
_QUERY_PAIR = re.compile(r"(?:(?<=[?&;])|(?<![^\s(\[,:]))(?P<k>[A-Za-z][\w.\-]{0,30})=(?P<v>[^&\s#\"'<>;]{1,120})")
#: a vCard name property's parts: a first part that begins with a letter, then up to four more, each after a ";" that
#: a letter or another ";" follows (no space: "N: negative; repeat" is none); a space before a property name ends it
_N_PART = r"(?:[^;:\n\\ \t]|[ \t](?![A-Z][A-Z\-]{0,20}[;:]))"
_N_PROPERTY = re.compile(r"(?:(?<![\w\-])|(?<=\\n))N(?:;[^:\n]{0,40})?:(?P<v>[^\W\d_]" + _N_PART + r"{0,40}"
                         r"(?:;(?=[^\W\d_]|;)" + _N_PART + r"{0,40}){1,4})")
_WIFI_PASSWORD = re.compile(r"(?i:WIFI:)(?:(?:\\.|[^;\\\n]){0,80};){0,6}?P:(?P<v>(?:\\.|[^;\\\n]){1,80})")


#: round 23: a Wi-Fi QR payload's network name (SSID: "S:Kowalski-Home"), a secret whatever it holds, as its password is
_WIFI_NETWORK = re.compile(r"(?i:WIFI:)(?:(?:\\.|[^;\\\n]){0,80};){0,6}?S:(?P<v>(?:\\.|[^;\\\n]){1,80})")
#: round 23: an HL7 v2 segment's id (at the start of a line or after a space or an escaped line break: "|MED|" is a
#: field), and a person given as an extended composite id in one of its fields: an id of
#: letters and figures (or none), then the family, given and middle names (:data:`XCN_SEGMENTS`)
_SEGMENT_ID = re.compile(r"(?:(?<![^\s])|(?<=\\r)|(?<=\\n))(?P<id>[A-Z][A-Z0-9]{2})\|")
_XCN = re.compile(r"(?<=[|~])(?P<id>[A-Za-z0-9]{0,24})\^(?P<family>[^\W\d_][^|^~\r\n\\]{0,60})"
                  r"(?:\^(?P<given>[^|^~\r\n\\]{0,60}))?(?:\^(?P<middle>[^|^~\r\n\\]{0,60}))?")


#: round 23: a YAML line's key and value (a list's dash before the key, quotes around the value and a comment after it
#: allowed; at a line's start, or after a written "\\n"), an XML element's text, an XML element's "value" attribute
_YAML_PAIR = re.compile(r"(?:^|(?<=\n)|(?<=\\n))[ \t]{0,40}(?:-[ \t]{1,4})?(?P<k>[A-Za-z][\w.\-]{0,40})[ \t]{0,4}:"
                        r"[ \t]{1,8}(?P<v>[^\n\\#{}\[\]]{1,120})")
#: a colon before a blank, which no plain (unquoted) YAML value holds (YAML 1.2, plain scalars)
_COLON_AND_BLANK = re.compile(r":[ \t]")
_XML_ELEMENT = re.compile(r"<(?:[A-Za-z][\w\-]{0,20}:)?(?P<k>[A-Za-z][\w.\-]{0,40})(?:[ \t][^<>\n]{0,200})?>"
                          r"(?P<v>[^<>\n]{1,120})</")
_XML_VALUE = re.compile(r"<(?:[A-Za-z][\w\-]{0,20}:)?(?P<k>[A-Za-z][\w.\-]{0,40})[ \t][^<>\n]{0,200}?"
                        r"(?<![\w-])value[ \t]*=[ \t]*(?P<q>[\"'])(?P<v>[^\"'<>\n]{1,160})(?P=q)")
_SCHEME = re.compile(r"(?i:tel|mailto|sms|fax):")


def _markup_entity(key: str) -> str | None:
    """The entity of a YAML or XML field's value under ``key``: a key of any record field
    (:func:`_field_entity`, as a query's), or a role's (:data:`~features.deid.fieldwords.ROLE_FIELD_KEYS`)."""
    pieces = [p.lower() for p in _KEY_PIECES.split(key) if p]
    if "".join(pieces) in ROLE_FIELD_KEYS or (pieces and pieces[-1] in ROLE_FIELD_KEYS):
        return "PERSON"
    return _field_entity(key)


def markup_field_spans(text: str) -> list[Span]:
    """``(entity, start, end, score)`` of the values of YAML lines and XML elements under a key that names an
    identifier or a role ("caregiver: Ana Lima", "<caregiverName>Ana Lima</caregiverName>", "phone: \"555 123 4417\"")
    and of the "value" attribute of a FHIR XML element that holds one ("<telecom value=\"tel:…\"/>"); a value that
    is a word for "empty" stays (:data:`~features.deid.fieldwords.EMPTY_FIELD_VALUES`)."""
    found: list[Span] = []
    pairs = [*(_YAML_PAIR.finditer(text) if ":" in text else ()), *(_XML_ELEMENT.finditer(text) if "</" in text else ())]
    for m in pairs:
        entity = _markup_entity(m["k"])
        value = m["v"].rstrip(" \t\r")
        if m.re is _YAML_PAIR and _COLON_AND_BLANK.search(value) and value.lstrip(" \t")[:1] not in "\"'":
            continue  # YAML's plain values hold no ": ": prose of several "key: value" ("MRN: … / DOB: …, missed …")
        start = m.start("v") + len(value) - len(value.lstrip(" \t\"'"))
        end = m.start("v") + len(value.rstrip("\"'"))
        if entity == "ID_NUMBER":
            end = start + _id_length(text[start:end])
        elif entity in _NUMBER_VALUE_ENTITIES:
            end = start + _number_value_length(text[start:end])
        if entity is not None and start < end and _a_value(text[start:end]):
            found.append((entity, start, end, _SCORE))
    for m in _XML_VALUE.finditer(text) if "value" in text else ():
        entity = XML_VALUE_KEYS.get(m["k"].lower())
        scheme = _SCHEME.match(m["v"])
        start = m.start("v") + (scheme.end() if scheme else 0)
        if entity is not None and _a_value(text[start:m.end("v")]):
            found.append((entity, start, m.end("v"), _SCORE))
    return found


#: a word of a value, the punctuation that may close it before prose goes on ("48213377," of "MRN: 48213377, missed")
_VALUE_WORD = re.compile(r"[^ \t]+?(?=[,;.!?)]*(?:[ \t]|\Z))")
_AFTER_VALUE_WORD = re.compile(r"[,;.!?)]*[ \t]*")


def _value_words(value: str) -> Iterator[re.Match[str]]:
    """The words of a field's ``value`` (:data:`_VALUE_WORD`), the punctuation and blanks after each skipped."""
    at = 0
    while at < len(value) and (m := _VALUE_WORD.match(value, at)) is not None:
        yield m
        at = _AFTER_VALUE_WORD.match(value, m.end()).end()  # type: ignore[union-attr]


def _id_length(value: str) -> int:
    """How much of a number field's ``value`` is the number (round 24): all of one word, or the words from the first
    that hold a figure or are capitals ("MRN: 48213377 - missed my dose", "MRN: AB 4471"), none where the first
    word of several is neither ("MRN: x - missed my dose": no id was given) or the one word is small letters only."""
    words = [m.span() for m in _value_words(value)]
    if len(words) <= 1:  # a lone word of small letters is prose, no id ("MRN: pending", "MRN: <ID> missed")
        return 0 if value.isalpha() and value.islower() else len(value)
    end = 0
    for start, stop in words:
        word = value[start:stop]
        if not (any(c.isdigit() for c in word) or (len(word) > 1 and word.isupper())):
            break
        end = stop
    return end


#: round 42 (the 42nd black-box round): the entities of a field whose value is a number that prose may follow on its line
_NUMBER_VALUE_ENTITIES = frozenset({"ZIP_CODE", "PHONE_NUMBER"})


def _number_value_length(value: str) -> int:
    """How much of a postcode's or a phone's field ``value`` is the number (round 42): up to the first word of small
    letters after a word with a figure ("ZIP: 32700 what are my options?", the seam of two messages read as one line
    by :func:`features.deid.pipeline.seam_redacted` took the next message whole), unless that word says a number or
    an extension ("555 one two", "ext 12"); all of it where the value opens with no figure (a number said in words)."""
    figures = False
    for m in _value_words(value):
        word = m.group()
        if any(c.isdigit() for c in word):
            figures = True
        elif not figures:
            return len(value)
        elif (len(word) > 1 and word.isalpha() and word.islower() and word not in EXTENSION_WORDS
              and not is_number_word(word)):
            return len(value[:m.start()].rstrip(" \t,;:.-"))
    return len(value)


def xcn_spans(text: str) -> list[Span]:
    """``("PERSON", start, end, score)`` of the family, given and middle names of each extended composite id in the
    fields of a segment of :data:`~features.deid.fieldwords.XCN_SEGMENTS` ("PV1|1|I|W2||||4471^Okafor^Ines^^^Dr"), the
    id before them figures or none ("ADT^A01", a code of letters, is no person's)."""
    segments = list(_SEGMENT_ID.finditer(text))
    found: list[Span] = []
    ends = [s.start() for s in segments[1:]] + [len(text)] * bool(segments)
    for segment, end in zip(segments, ends, strict=True):
        if segment["id"] not in XCN_SEGMENTS:
            continue
        for m in _XCN.finditer(text, segment.end() - 1, end):
            if m["id"] and not any(c.isdigit() for c in m["id"]):
                continue
            found += [("PERSON", *m.span(part), _SCORE) for part in ("family", "given", "middle")
                      if m[part] and any(c.isalpha() for c in m[part])]
    return found


def _field_entity(key: str, *, in_query: bool = False) -> str | None:
    """The entity of the value under ``key`` wherever it stands, ``None`` for a key that names no identifier."""
    pieces = [p.lower() for p in _KEY_PIECES.split(key) if p]
    folded = "".join(pieces)
    last = pieces[-1] if pieces else ""
    if folded in QUERY_PERSON_KEYS:
        return "PERSON" if in_query else None
    if last in NAME_PIECES and (len(pieces) == 1 or THING_PIECES.isdisjoint(pieces)):
        return "PERSON" if len(pieces) > 1 or in_query else None
    for keys, entity in _ENTITIES:
        if folded in keys or last in keys & FIELD_KEYS:
            return entity
    return None


def _value_spans(text: str, at: int) -> list[tuple[int, int]]:
    """The spans of the string, number or strings of an array that stand at ``at``, each with a letter or figure."""
    spans: list[tuple[int, int]] = []
    if (m := _JSON_STRING.match(text, at)) is not None:
        spans.append(m.span("v" if m["v"] is not None else "w"))
    elif (m := _JSON_NUMBER.match(text, at)) is not None:
        spans.append(m.span())
    elif (m := _ARRAY.match(text, at)) is not None:
        for q in _JSON_STRING.finditer(text, m.start(), m.end()):
            spans.append(q.span("v" if q["v"] is not None else "w"))
    return [(s, e) for s, e in spans if _a_value(text[s:e])]


def _a_value(value: str) -> bool:
    """Whether a field's value may hold an identifier: a letter or a figure, and not a word for "empty"
    (:data:`~features.deid.fieldwords.EMPTY_FIELD_VALUES`: "kin_name=none")."""
    return any(c.isalnum() for c in value) and value.strip().lower() not in EMPTY_FIELD_VALUES


def _container_end(text: str, at: int) -> int:
    """Where the array or object that opens at ``at`` closes (its brackets counted, not those in its strings), or
    :data:`_CONTAINER_REACH` after ``at``."""
    depth, quoted = 0, False
    for i in range(at, min(len(text), at + _CONTAINER_REACH)):
        c = text[i]
        if quoted:
            quoted = c != '"' or text[i - 1] == "\\"
        elif c == '"':
            quoted = True
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
            if depth == 0:
                return i
    return at + _CONTAINER_REACH


def json_field_spans(text: str) -> list[Span]:
    """``(entity, start, end, score)`` of each value of a JSON object's key that names an identifier, alone or inside
    its FHIR container (:data:`features.deid.fieldwords.INNER_FIELD_KEYS`)."""
    found: list[Span] = []
    open_containers: list[tuple[str, int]] = []  # (container key, where its value ends)
    for m in _JSON_KEY.finditer(text):
        key = m["k"]
        folded = "".join(p.lower() for p in _KEY_PIECES.split(key) if p)
        open_containers = [(name, end) for name, end in open_containers if end > m.start()]
        entity = _field_entity(key)
        if entity is None:
            entity = next((_INNER_ENTITIES[(name, folded)] for name, _ in reversed(open_containers)
                           if (name, folded) in _INNER_ENTITIES), None)
        if folded in INNER_FIELD_KEYS and m.end() < len(text) and text[m.end()] in "[{":
            open_containers.append((folded, _container_end(text, m.end())))
        if entity is not None:
            found += [(entity, s, e, _SCORE) for s, e in _value_spans(text, m.end())]
    return found


def record_value_spans(text: str) -> list[Span]:
    """``(entity, start, end, score)`` of every field of the module docstring in ``text``, read as written."""
    found: list[Span] = []
    if ":" in text and ('"' in text or "'" in text):
        found += json_field_spans(text)
    if "=" in text:
        for m in _QUERY_PAIR.finditer(text):
            entity = _field_entity(m["k"], in_query=True)
            if entity is not None and _a_value(unquote_plus(m["v"])):
                found.append((entity, *m.span("v"), _SCORE))
    if "N" in text:
        for m in _N_PROPERTY.finditer(text):
            at = m.start("v")
            for part in m["v"].split(";"):
                if any(c.isalpha() for c in part):
                    found.append(("PERSON", at, at + len(part.rstrip()), _SCORE))
                at += len(part) + 1
    if "wifi" in text.lower():
        found += [("ID_NUMBER", *m.span("v"), 0.85) for m in _WIFI_PASSWORD.finditer(text)]
        found += [("ID_NUMBER", *m.span("v"), 0.85) for m in _WIFI_NETWORK.finditer(text)]
    if "|" in text and "^" in text:
        found += xcn_spans(text)
    if ":" in text or "<" in text:
        found += markup_field_spans(text)
    return found
