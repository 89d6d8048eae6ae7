"""The leak check's own reading of third parties' names and contacts in structured carriers (the thirteenth round): a
forwarded mail's header lines ("From: Folake Oyelaran", "Von:", "De :") and quoted first line ("On Tue, Derek Hollis
wrote:"), file names ("DerekHollis_discharge.pdf"), a handle after a social platform's name ("insta as kev.okafor_05",
"wechat id kev_o"), a mail address said with a provider's name or a written domain ("kev at gmail", "olga собачка
yandex.ru"), and a name after a shipping or form label ("SHIP TO: NAKASHIMA, REN", "c/o LINDQVIST").

Nothing here calls the redactor's reading (:mod:`features.deid.carriers`): the two share the vocabulary of
:mod:`features.deid.contactwords` only, and which word may be a name is the check's (``may_name``, given by
:class:`features.deid.leakpeople.PeopleLook`). Lines and tokens are read by splitting where the redactor uses patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from features.deid.contactwords import (
    AT_WORDS,
    FILE_EXTENSIONS,
    FILE_NAME_WORDS,
    FORM_LABELS,
    HANDLE_FILLERS,
    ID_FILLERS,
    MAIL_HEADER_LABELS,
    MAIL_PROVIDERS,
    PLATFORMS,
    PROSE_FORM_LABELS,
    PROSE_LABEL_REACH,
    WORD_PLATFORMS,
    WROTE_WORDS,
)

_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: a line cut where a forwarded mail joins its header fields on one line ("-----Original Message----- From: X")
_SEGMENTS = re.compile(r"-{3,}|[ \t]{2,}")
#: where a header's value ends: an address, a bracket, a ";" or another field's label ("Sent:", "Gesendet:")
_VALUE_END = re.compile(r"[<\[(;|]|[ \t][^\W\d_]+:")
_LABELS = frozenset(MAIL_HEADER_LABELS)
_WROTE_ENDS = frozenset(w.split()[-1] for w in WROTE_WORDS)
#: a file name: letters, digits, "_", "-" and inner dots, then a known extension; its start is no word's middle
_FILE = re.compile(r"(?i)(?<![\w.\-])(?P<stem>[a-z0-9][\w\-]{0,60}(?:\.[\w\-]{1,30}){0,2})\.(?:"
                   + "|".join(sorted(FILE_EXTENSIONS, key=len, reverse=True)) + r")(?!\w)")
_STEM_PIECES = re.compile(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")
#: a said address: a name, an "at" word of any language (bare or in brackets), a provider's name or a written domain
#: ("kev ätt gmail", "olga собачка yandex.ru")
_SAID_AT = re.compile(r"(?i)(?<![\w.+\-])(?P<local>[\w.+\-]{1,64})(?:[ \t]+|[ \t]*[(\[][ \t]*)(?:"
                      + "|".join(sorted(AT_WORDS, key=len, reverse=True)) + r")(?:[ \t]*[)\]][ \t]*|[ \t]+)(?:(?:"
                      + "|".join(sorted(MAIL_PROVIDERS, key=len, reverse=True))
                      + r")(?![\w])|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}(?![\w]))")
#: a time, a dose or a count: no handle
_AMOUNT = re.compile(r"(?i)\d+(?:[:.,]\d+)*(?:am|pm|h|hrs?|mg|ml|mcg|x|st|nd|rd|th)?")
_REACH = 4


def _handle_like(token: str) -> bool:
    """A token with two letters or more and a dot, "_", "#", "@" or a digit inside, or a capital after a small letter."""
    core = token.strip(".")
    return (sum(c.isalpha() for c in core) >= 2 and not _AMOUNT.fullmatch(core)
            and (any(c in "._#@" or c.isdigit() for c in core) or any(a.islower() and b.isupper()
                                                                          for a, b in pairwise(core))))


class CarrierLook:
    """The check's reading of the module docstring; ``may_name(word)`` tells a word that may be a name (any case)."""

    def __init__(self, may_name: Callable[[str], bool]) -> None:
        self.may_name = may_name

    def kinds(self, text: str, present: set[str]) -> list[str]:
        """The kinds found in ``text``; ``present`` holds its words in lower case (the gates)."""
        found = []
        if ":" in text and self._header_name(text, present):
            found.append("name in a mail header")
        if self._form_name(text):
            found.append("name after a form label")
        if "." in text and any(self._names(piece) for m in _FILE.finditer(text)
                               for piece in [" ".join(p for p in _STEM_PIECES.split(m["stem"])
                                                      if len(p) >= 3 and p.lower() not in FILE_NAME_WORDS)]):
            found.append("name in a file name")
        if not (present.isdisjoint(PLATFORMS) and present.isdisjoint(WORD_PLATFORMS)) and self._handle(text):
            found.append("handle after a platform")
        if not present.isdisjoint(AT_WORDS) and any(
                _handle_like(m["local"]) or self.may_name(m["local"]) for m in _SAID_AT.finditer(text)):
            found.append("email-shaped address")
        return found

    def _names(self, words: str) -> bool:
        return any(self.may_name(w) for w in _NAME_WORD.findall(words))

    def _header_name(self, text: str, present: set[str]) -> bool:
        """A header field's value (a line, or a piece of one cut at dash runs) holding a word that may be a name, or
        the words before a quoted mail's "wrote:" on their line, after its last comma."""
        for line in text.splitlines():
            for segment in _SEGMENTS.split(line):
                label, colon, value = segment.partition(":")
                if colon and label.strip(" \t>").lower() in _LABELS and self._names(_VALUE_END.split(value)[0]):
                    return True
        if _WROTE_ENDS.isdisjoint(present):
            return False
        lower = text.lower()
        for wrote in WROTE_WORDS:
            at = lower.find(wrote)
            while at >= 0:
                if lower[at + len(wrote):].lstrip(" \t").startswith(":"):
                    before = lower[:at].rsplit("\n", 1)[-1].rsplit(",", 1)[-1]
                    if self._names(" ".join(re.sub(r"<[^<>]*>", " ", before).split()[-3:])):
                        return True
                at = lower.find(wrote, at + 1)
        return False

    def _form_name(self, text: str) -> bool:
        """A shipping or form label (:data:`FORM_LABELS`) anywhere, not inside a word, and a word that may be a name in
        the rest of its line up to a sentence's end ("SHIP TO: NAKASHIMA, REN", "c/o LINDQVIST")."""
        lower = text.lower()
        for label in FORM_LABELS:
            at = lower.find(label)
            while at >= 0:
                end = at + len(label)
                if not (at and lower[at - 1].isalpha()) and not lower[end:end + 1].isalpha():
                    line = text[end:end + 120].split("\n", 1)[0]
                    rest = line.lstrip(" \t.:")
                    value = re.split(r"[<\[(;|!?]|\.\s|\.$", rest, maxsplit=1)[0][:80]
                    if label in PROSE_FORM_LABELS and ":" not in line[:len(line) - len(rest)]:
                        value = " ".join(value.split()[:PROSE_LABEL_REACH])  # round 41: "taking care of an important"
                    if self._names(value):
                        return True
                at = lower.find(label, end)
        return False

    def _handle(self, text: str) -> bool:
        """A platform's name, then within a few tokens (fillers skipped) a handle-shaped token or, where the platform
        is no English word or a colon, "@" or an id word is between, a word that may be a name."""
        tokens = text.split()
        for i, token in enumerate(tokens):
            platform = token.strip(":,.!?").lower()
            if platform not in PLATFORMS and platform not in WORD_PLATFORMS:
                continue
            cued = platform in PLATFORMS or token.endswith(":")
            for nxt in tokens[i + 1:i + 1 + _REACH]:
                word = nxt.strip(",;:!?()\"'").rstrip(".")
                if word.lower() in HANDLE_FILLERS or word in ("@", "-", ""):
                    cued = cued or word.lower() in ID_FILLERS or nxt.endswith(":") or word == "@"
                    continue
                if _handle_like(word) or (cued and word.lstrip("@").isalpha() and self.may_name(word.lstrip("@"))):
                    return True
                break
        return False
