"""Names and contacts of third parties in structured carriers, which the eleventh black-box round published past the
check, read by the redactor: a forwarded mail's header lines ("From: Folake Oyelaran", "Von:", "De :", "Reply-To: derek
hollis") and its quoted first line ("On Tue, Derek Hollis wrote:"), file names ("DerekHollis_discharge.pdf",
"scan_oyelaran-folake.jpg"), a handle after a social platform's name ("insta as kev.okafor_05", "KakaoTalk ID kevo",
"discord kev#1234") and a mail address said aloud with a provider's name ("kev ätt gmail", "k dot e dot v at gmail dot
com").

Names after a shipping or form label ("SHIP TO: NAKASHIMA, REN", "c/o LINDQVIST") are read here too.

Which word may be a name is the caller's (:class:`features.deid.people.PeopleReader`); the vocabulary is shared with
the leak check (:mod:`features.deid.contactwords`), which reads the same carriers with its own patterns
(:mod:`features.deid.leakcarriers`). Every pattern here is compiled once, gated by a substring or word test, and
linear: no piece it repeats can be read two ways.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from features.deid.contactwords import (
    AT_WORDS,
    DOT_WORDS,
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
from features.deid.peoplewords import key
from features.deid.spans import NAME_WORD, Span

_SCORE = 0.45
#: a word of letters, inner hyphens and apostrophes kept
_WORD = re.compile(NAME_WORD)
#: a header line's label, at a line's start or after a dash run or two spaces ("-----Original Message----- From: ..")
_HEADER = re.compile(r"(?im)(?:^|(?<=-)|(?<=[ \t][ \t]))[ \t>]*(?:"
                     + "|".join(re.escape(label) for label in MAIL_HEADER_LABELS)
                     + r")[ \t]*:[ \t]*(?P<value>[^\n]{1,200})")
#: a shipping or form label anywhere in a line, its colon optional, and the rest of its line ("SHIP TO: NAKASHIMA, REN",
#: "c/o LINDQVIST"); the value is read up to a sentence's end (:data:`_FORM_VALUE_STOP`)
_FORM = re.compile(r"(?i)(?<![^\W\d_])(?P<label>" + "|".join(re.escape(label) for label in sorted(FORM_LABELS, key=len,
                                                                                                 reverse=True))
                   + r")(?![^\W\d_])\.?[ \t]*(?P<colon>:?)[ \t]*(?P<value>[^\n]{1,80})")
#: round 41 (r41over): the first words of a prose label's value (:data:`~features.deid.contactwords.PROSE_FORM_LABELS`)
_PROSE_VALUE = re.compile(r"(?:[^\W_]+(?:['’\-][^\W_]+)?[^\w\n]*){0," + str(PROSE_LABEL_REACH) + "}")
_FORM_VALUE_STOP = re.compile(r"[<\[(;|!?]|\.(?:[ \t]|$)|[ \t][A-Z][a-z]+:")
#: where a header's value stops: an address in angle brackets, a bracket, a ";" or the next label ("Sent:")
_VALUE_STOP = re.compile(r"[<\[(;|]|[ \t][A-Z][a-z]+:")
#: one to three words just before a "wrote:" of any language (the lookbehind keeps its starts at words' starts)
_WROTE = re.compile(r"(?<![^\W\d_])(?P<who>[^\W\d_]+(?:['’\-][^\W\d_]+)?(?:[ \t][^\W\d_]+(?:['’\-][^\W\d_]+)?){0,2})"
                    r"[ \t]*(?:<[^<>\n]{0,80}>[ \t]*)?(?i:" + "|".join(re.escape(w) for w in WROTE_WORDS) + r")[ \t]*:")
#: the words of :data:`FORM_LABELS` one of which a text holds (lower case) where a label may be
_FORM_GATE = frozenset(key(w) for label in FORM_LABELS for w in re.split(r"[ \-]", label) if w.isalpha() and w not in
                       ("to", "of", "party", "c", "o"))
#: the last words of :data:`WROTE_WORDS` as the caller's word keys read them (lower case, no accents)
_WROTE_KEYS = frozenset(key(w.split()[-1]) for w in WROTE_WORDS)
#: a file's extension; its name is read backwards from the dot
_EXTENSION = re.compile(r"(?i)(?<=[\w\-])\.(?:" + "|".join(sorted(FILE_EXTENSIONS, key=len, reverse=True))
                        + r")(?![\w])")
_FILE_NAME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
#: how far back a file's name is read
_LONGEST_FILE_NAME = 80
#: a file name's pieces: a capital and lower-case letters, lower-case letters, or capitals (camel case read apart)
_FILE_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: a token of a platform's line: anything but spaces and the marks that end a phrase
_TOKEN = re.compile(r"[^\s,;!?()\[\]{}<>\"]+")
#: a token that is a time, a dose or a number, never a handle ("ig at 5pm", "snap 2x")
_MEASURE = re.compile(r"(?i)\d+(?:[:.,]\d+)*(?:am|pm|h|hr|hrs|mg|ml|mcg|x|st|nd|rd|th)?")
#: how many tokens after a platform's name a handle is looked for
_HANDLE_REACH = 4
#: a written domain after a said "@" ("olga собачка yandex.ru", "peter kukac freemail.hu")
_DOMAIN = re.compile(r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")


def handle_shaped(token: str) -> bool:
    """A token only a handle is: a dot, "_", "#", "@" or a digit among letters, or a capital after a lower-case letter
    ("kev.okafor_05", "kev#1234", "xX_kev_Xx")."""
    letters = sum(c.isalpha() for c in token)
    return letters >= 2 and not _MEASURE.fullmatch(token) and (
        any(c in "._#@" or c.isdigit() for c in token.strip(".")) or re.search("[a-z][A-Z]", token) is not None)


class CarrierReader:
    """The readings of the module docstring; ``is_name(word, lower_ok)`` tells a word that may be a name (no English,
    everyday or medicine word) and ``is_word`` a word of English (lower case)."""

    def __init__(self, is_name: Callable[[str, bool], bool], is_word: Callable[[str], bool]) -> None:
        self.is_name = is_name
        self.is_word = is_word

    def spans(self, text: str, present: set[str]) -> list[Span]:
        """Every reading's spans in ``text``; ``present`` holds the text's words in lower case (the gates)."""
        found: list[Span] = []
        if not present.isdisjoint(_FORM_GATE) or "c/o" in text.lower():
            for m in _FORM.finditer(text):
                stop = _FORM_VALUE_STOP.search(m["value"])
                end = m.start("value") + (stop.start() if stop else len(m["value"]))
                if not m["colon"] and m["label"].lower() in PROSE_FORM_LABELS and (  # round 41: "taking care of an"
                        first := _PROSE_VALUE.match(m["value"])) is not None:
                    end = min(end, m.start("value") + first.end())
                while end < len(text) and text[end].isalpha() and text[end - 1].isalpha():
                    end += 1  # round 41: a word the value's 80 characters cut is read whole ("Smith-Jon", "Gr")
                found += self._names_in(text, m.start("value"), end)
        if ":" in text:
            found += self._headers(text)
            if not present.isdisjoint(_WROTE_KEYS):
                found += self._wrote(text)
        if "." in text:
            found += self._file_names(text)
        if not present.isdisjoint(PLATFORMS) or not present.isdisjoint(WORD_PLATFORMS):
            found += self._handles(text)
        if not present.isdisjoint(AT_WORDS):
            found += self._said_addresses(text)
        return found

    def _names_in(self, text: str, start: int, end: int) -> list[Span]:
        return [("PERSON", start + w.start(), start + w.end(), _SCORE) for w in _WORD.finditer(text[start:end])
                if self.is_name(w.group(), True)]

    def _headers(self, text: str) -> list[Span]:
        """The words of a header line's value that may be a name, up to its address or the next label."""
        found: list[Span] = []
        for m in _HEADER.finditer(text):
            start = m.start("value")
            stop = _VALUE_STOP.search(m["value"])
            found += self._names_in(text, start, start + (stop.start() if stop else len(m["value"])))
        return found

    def _wrote(self, text: str) -> list[Span]:
        return [span for m in _WROTE.finditer(text) for span in self._names_in(text, *m.span("who"))]

    def _file_names(self, text: str) -> list[Span]:
        """The pieces of a file's name, read apart at marks, digits and capitals, that may be a name."""
        found: list[Span] = []
        for m in _EXTENSION.finditer(text):
            start = m.start()
            while start > 0 and m.start() - start < _LONGEST_FILE_NAME and text[start - 1] in _FILE_NAME_CHARACTERS:
                start -= 1
            for piece in _FILE_PIECE.finditer(text, start, m.start()):
                word = piece.group()
                if len(word) >= 3 and word.lower() not in FILE_NAME_WORDS and self.is_name(word, True):
                    found.append(("PERSON", *piece.span(), _SCORE))
        return found

    def _handles(self, text: str) -> list[Span]:
        """A handle within a few tokens after a platform's name, fillers ("as", "id", "user") skipped: a token shaped
        like one, or a word that may be a name; after a platform that is also a word, only with a colon, "@" or an id
        word before it."""
        found: list[Span] = []
        tokens = list(_TOKEN.finditer(text))
        for i, t in enumerate(tokens):
            name = t.group().rstrip(":").lower()
            if name not in PLATFORMS and name not in WORD_PLATFORMS:
                continue
            cued = name in PLATFORMS or t.group().endswith(":")
            for n in tokens[i + 1:i + 1 + _HANDLE_REACH]:
                token = n.group().rstrip(".:")
                folded = token.lower()
                if folded in HANDLE_FILLERS or token in ("@", "-", ":"):
                    cued = cued or folded in ID_FILLERS or n.group().endswith(":") or token == "@"
                    continue
                bare = token.lstrip("@")
                if handle_shaped(token) or (cued and bare.isalpha() and self.is_name(bare, True)):
                    found.append(("ID_NUMBER", n.start(), n.start() + len(token), _SCORE))
                break
        return found

    def _said_addresses(self, text: str) -> list[Span]:
        """A word, or letters joined by said dots, then an "at" word and a mail provider's name (and a said or written
        domain after it): "kev ätt gmail", "k dot e dot v at gmail dot com", "kev (at) yahoo"."""
        found: list[Span] = []
        tokens = list(_TOKEN.finditer(text.replace("(", " ").replace(")", " ")))
        folded = [t.group().lower() for t in tokens]
        for i in range(1, len(tokens) - 1):
            provider = folded[i + 1].split(".")[0]
            if folded[i] not in AT_WORDS or not (provider in MAIL_PROVIDERS or _DOMAIN.fullmatch(folded[i + 1].rstrip("."))):
                continue
            first = i - 1
            while first >= 2 and folded[first - 1] in DOT_WORDS and len(folded[first - 2]) <= 20:
                first -= 2  # "k dot e dot v"
            local = folded[i - 1]
            if first == i - 1 and not handle_shaped(local) and (self.is_word(local) or not self.is_name(local, True)):
                continue  # "look at gmail": no address's name before it
            last = i + 1
            while last + 2 < len(tokens) and folded[last + 1] in DOT_WORDS and len(folded[last + 2]) <= 6:
                last += 2  # "gmail dot com"
            found.append(("EMAIL_ADDRESS", tokens[first].start(), tokens[last].end(), _SCORE))
        return found
