"""The leak check's own reading of identifiers in the fields of records (round 22): a JSON key that names an
identifier with a string, number or array of strings after it that still holds a letter or figure; a FHIR "telecom"
or "identifier" whose "value", an "address" whose "line" or "state", a "name" whose "family" or "given" does; a
query string's or form's "key=value" under such a key; a vCard "N:" property whose first part is a word; a Wi-Fi QR
payload with a password. Placeholders are read as spaces before this reading, so a value the redactor replaced is
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
    QUERY_PERSON_KEYS,
    THING_PIECES,
)

#: a key in quotes, its colon, and what follows on: a quoted string, a figure run, or an array up to its bracket
_KEYED = re.compile(r"""(?:"([A-Za-z][A-Za-z0-9_.\-]{0,40})"|'([A-Za-z][A-Za-z0-9_.\-]{0,40})')\s{0,40}:\s{0,40}"""
                    r"""(?:"((?:\\.|[^"\\\n]){0,160})"|'([^'\n]{0,160})'|(-?[0-9][0-9.\-]{0,24})|(\[[^\[\]{}]{0,600}\]))""")
#: a FHIR container key and its bracket
_CONTAINER = re.compile(r"""["'](telecom|identifier|address|name)["']\s{0,8}:\s{0,8}[\[{]""")
_PAIR = re.compile(r"(?:^|(?<=[\s?&;(\[,:]))([A-Za-z][A-Za-z0-9_.\-]{0,30})=([^&\s#\"'<>;]{1,120})")
_N_NAME = re.compile(r"(?:^|(?<=[^A-Za-z0-9_\-])|(?<=\\n))N(?:;[^:\n]{0,40})?:[ \t]?[^\W\d_][^;:\n]{0,40};(?:[^\W\d_]|;)")
_WIFI = re.compile(r"(?i:wifi):(?:[^\n]{0,240}?;)?P:(?=[^;\s])")
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
    return kinds


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
