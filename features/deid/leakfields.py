"""The leak check's own reading of identifiers in the fields of records (round 22): a JSON key that names an
identifier with a string, number or array of strings after it that still holds a letter or figure; a FHIR "telecom"
or "identifier" whose "value", an "address" whose "line" or "state", a "name" whose "family" or "given" does; a
query string's or form's "key=value" under such a key; a vCard "N:" property whose first part is a word; a Wi-Fi QR
payload with a password; round 23: a Wi-Fi payload's network name, a YAML line's or an XML element's value under a key
of an identifier or a role, an FHIR XML element's value attribute, an HL7 v2 provider's extended composite id in a
segment that names people. Placeholders are read as spaces before this reading, so a value the redactor replaced is
empty. Keys come from :mod:`features.deid.fieldwords`; its patterns are its own (the redactor's are in
:mod:`features.deid.fields`)."""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

from features.deid.fieldwords import (
    EMPTY_FIELD_VALUES,
    FIELD_KEYS,
    INNER_FIELD_KEYS,
    NAME_PIECES,
    NUMBER_FIELD_KEYS,
    PHONE_FIELD_KEYS,
    POSTCODE_FIELD_KEYS,
    QUERY_PERSON_KEYS,
    ROLE_FIELD_KEYS,
    THING_PIECES,
    XCN_SEGMENTS,
    XML_VALUE_KEYS,
)

#: a key in quotes, its colon, and what follows on: a quoted string, a figure run, or an array up to its bracket
_KEYED = re.compile(r"""(?:"([A-Za-z][A-Za-z0-9_.\-]{0,40})"|'([A-Za-z][A-Za-z0-9_.\-]{0,40})')\s{0,40}:\s{0,40}"""
                    r"""(?:"((?:\\.|[^"\\\n]){0,160})"|'([^'\n]{0,160})'|(-?[0-9][0-9.\-]{0,24})|(\[[^\[\]{}]{0,600}\]))""")
#: a FHIR container key and its bracket
_CONTAINER = re.compile(r"""["'](telecom|identifier|address|name)["']\s{0,8}:\s{0,8}[\[{]""")
_PAIR = re.compile(r"(?:^|(?<=[\s?&;(\[,:]))([A-Za-z][A-Za-z0-9_.\-]{0,30})=([^&\s#\"'<>;]{1,120})")
_N_NAME = re.compile(r"(?:^|(?<=[^A-Za-z0-9_\-])|(?<=\\n))N(?:;[^:\n]{0,40})?:[ \t]?[^\W\d_][^;:\n]{0,40};(?:[^\W\d_]|;)")
_WIFI = re.compile(r"(?i:wifi):(?:[^\n]{0,240}?;)?P:(?=[^;\s])")
#: round 23, the check's own patterns: a Wi-Fi QR payload's network name; a line "key: value" (YAML; its key after
#: spaces or a list's dash at a line's start), an element "<key …>value</" (XML), an element's value attribute
_WIFI_NETWORK = re.compile(r"(?i:wifi):(?:[^\n]{0,240}?;)?S:(?=[^;\s])")
_LINE_PAIR = re.compile(r"(?m)(?:^|\\n)[ \t\-]{0,40}([A-Za-z][A-Za-z0-9_.\-]{0,40}):[ \t]+([^\n\\]{1,120})")
_ELEMENT_TEXT = re.compile(r"<(?:[A-Za-z][A-Za-z0-9_\-]{0,20}:)?([A-Za-z][A-Za-z0-9_.\-]{0,40})\b[^<>\n]{0,200}>"
                           r"([^<>\n]{1,120})</")
_VALUE_ATTRIBUTE = re.compile(r"<(?:[A-Za-z][A-Za-z0-9_\-]{0,20}:)?([A-Za-z][A-Za-z0-9_.\-]{0,40})[ \t][^<>\n]{0,200}?"
                              r"\bvalue[ \t]*=[ \t]*[\"']((?i:tel:|mailto:|sms:|fax:)?)([^\"'<>\n]{0,160})[\"']")
#: an HL7 segment's id at a line's start or after a space or an escaped line break, and its fields up to the next
#: a colon and a blank: YAML's plain (unquoted) values never hold one, so a line with one after its key's is prose
_PLAIN_COLON = re.compile(r":[ \t]")
_HL7_SEGMENT_LOOK = re.compile(r"(?:^|(?<=\s)|(?<=\\[rn]))([A-Z][A-Z0-9]{2})\|")
_WORDS_OF_A_KEY = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_REACH = 800


def _key_words(key: str) -> list[str]:
    return [w.lower() for w in _WORDS_OF_A_KEY.findall(key)]


def _names_an_identifier(key: str, *, query: bool) -> bool:
    """Whether a field's ``key`` names an identifier (a person's name key needs a piece before "name" that is no
    thing's, or a query string's "name=")."""
    words = _key_words(key)
    joined = "".join(words)
    if not words:
        return False
    if joined in QUERY_PERSON_KEYS:
        return query
    if words[-1] in NAME_PIECES:
        return (len(words) > 1 and not any(w in THING_PIECES for w in words)) or query
    return joined in FIELD_KEYS or words[-1] in FIELD_KEYS


def _holds_something(value: str) -> bool:
    """A letter or a figure, in a value that is not a word for "empty" ("none", "n/a": ``EMPTY_FIELD_VALUES``)."""
    return bool(re.search(r"[^\W_]", value)) and value.strip().lower() not in EMPTY_FIELD_VALUES


def _container_spans(text: str) -> list[tuple[str, int, int]]:
    """``(container, start, end)`` of each FHIR container's value, its brackets counted up to :data:`_REACH`."""
    spans = []
    for m in _CONTAINER.finditer(text):
        depth, end = 0, m.end() - 1 + _REACH
        for i, c in enumerate(text[m.end() - 1:m.end() - 1 + _REACH], start=m.end() - 1):
            depth += (c in "[{") - (c in "]}")
            if depth == 0:
                end = i
                break
        spans.append((m.group(1), m.start(), end))
    return spans


def field_kinds(text: str) -> list[str]:
    """The kinds of identifiers in ``text`` (placeholders read as spaces) that the fields of the module docstring
    hold."""
    kinds: list[str] = []
    if ":" in text and _json_field_left(text):
        kinds.append("identifier in a record field")
    if "=" in text and any(_names_an_identifier(m.group(1), query=True) and _holds_something(unquote_plus(m.group(2)))
                           for m in _PAIR.finditer(text)):
        kinds.append("identifier in a query or form field")
    if "N" in text and _N_NAME.search(text):
        kinds.append("name in a vCard name property")
    if "wifi" in text.lower() and _WIFI.search(text):
        kinds.append("Wi-Fi password")
    if "wifi" in text.lower() and _WIFI_NETWORK.search(text):
        kinds.append("Wi-Fi network name")
    if (":" in text or "</" in text or "value" in text) and _markup_field_left(text):
        kinds.append("identifier in a YAML or XML field")
    if "|" in text and "^" in text and _provider_named(text):
        kinds.append("name in an HL7 provider field")
    return kinds


def _role_or_field_key(key: str, *, element: bool = False) -> bool:
    """Whether a YAML or XML ``key`` names an identifier (as a JSON key does; an XML element "<name>" too) or a role a
    person holds."""
    words = _key_words(key)
    return bool(words) and ("".join(words) in ROLE_FIELD_KEYS or words[-1] in ROLE_FIELD_KEYS
                            or _names_an_identifier(key, query=False) or (element and words == ["name"]))


#: round 42: the keys whose value is a number: an id, a phone, a postcode (the value holds one only where its first
#: word may be one, :func:`_an_id_first`)
_NUMBER_KEYS = NUMBER_FIELD_KEYS | PHONE_FIELD_KEYS | POSTCODE_FIELD_KEYS


def _markup_field_left(text: str) -> bool:
    """Whether a YAML line or an XML element under a key of :func:`_role_or_field_key` holds a value that is not
    empty, or an XML element of :data:`~features.deid.fieldwords.XML_VALUE_KEYS` a value attribute that does."""
    for pattern in (_LINE_PAIR, _ELEMENT_TEXT):
        for m in pattern.finditer(text):
            raw = m.group(2).split(" #")[0].strip(" \t\r")
            if pattern is _LINE_PAIR and _PLAIN_COLON.search(raw) and raw[:1] not in "\"'":
                continue  # a plain YAML value holds no ": ": a sentence of several "key: value" ("MRN: … / DOB: …")
            value = raw.strip("\"'")
            if _NUMBER_KEYS.intersection(_key_words(m.group(1))[-1:]) and not _an_id_first(value):
                continue  # round 24: "MRN: x - missed my dose", no id given before the prose; round 42: a phone's and
                # a postcode's too ("ZIP: <ZIP> what are my options?", the number taken out before the words)
            if not value.startswith(("{", "[")) and _holds_something(value) and _role_or_field_key(
                    m.group(1), element=pattern is _ELEMENT_TEXT):
                return True
    return any(m.group(1).lower() in XML_VALUE_KEYS and _holds_something(m.group(3))
               for m in _VALUE_ATTRIBUTE.finditer(text))


def _an_id_first(value: str) -> bool:
    """Whether a number field's ``value`` may be an id (round 24): one word not of small letters only, or several whose
    first holds a figure or is in capitals ("48213377 - missed my dose"); "x - missed my dose" or "- missed my dose"
    (the id taken out) is none."""
    words = value.split()
    if len(words) <= 1:  # "MRN: pending", the id taken out before a word ("MRN: <ID> missed")
        return not (value.strip().isalpha() and value.strip().islower())
    first = words[0].rstrip(",;.!?)")
    return any(c.isdigit() for c in first) or (len(first) > 1 and first.isupper())


def _provider_named(text: str) -> bool:
    """Whether a field of an HL7 segment that names people (:data:`~features.deid.fieldwords.XCN_SEGMENTS`) holds an
    id of figures (or none) and then a family name with a letter ("|1234^Okafor^Ines^^^Dr|")."""
    heads = list(_HL7_SEGMENT_LOOK.finditer(text))
    for n, head in enumerate(heads):
        if head.group(1) not in XCN_SEGMENTS:
            continue
        body = text[head.end():heads[n + 1].start() if n + 1 < len(heads) else len(text)]
        for field in re.split(r"[|~\r\n]", body):
            parts = field.split("^")
            if len(parts) > 2 and (not parts[0] or (parts[0].isalnum() and any(c.isdigit() for c in parts[0]))) and \
                    any(re.search(r"[^\W\d_]", part) for part in parts[1:3]):  # a family or given name: an id's
                # fourth part is its assigning authority ("123^^^H" in PID-3), no middle name
                return True
    return False


def _json_field_left(text: str) -> bool:
    """Whether a JSON key that names an identifier, alone or inside its FHIR container, has a value with a letter or
    a figure."""
    containers = _container_spans(text) if ("[" in text or "{" in text) else []
    at = 0
    for m in _KEYED.finditer(text):
        key = m.group(1) or m.group(2)
        value = next((g for g in m.groups()[2:] if g is not None), "")
        if value.startswith("["):
            value = " ".join(re.findall(r"""["']([^"'\n]*)["']""", value))
        if not _holds_something(value):
            continue
        if _names_an_identifier(key, query=False):
            return True
        words = "".join(_key_words(key))
        while at < len(containers) and containers[at][2] < m.start():
            at += 1
        if any(words in INNER_FIELD_KEYS[name] for name, start, end in containers[at:at + 16]
               if start < m.start() < end):
            return True
    return False
