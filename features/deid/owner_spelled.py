"""The redactor's owner pass, round 13: the owner's name spelled out or respelled, and the birthday as a lunar date.

The eleventh black-box round published the owner's name in Morse code, spelled with words between its letters ("w
dot e dot x l e r", "W as in Walter, E as in Echo", "Whiskey Echo X-ray Lima"), in the other Latin spellings of one
name ("Chevtchouk" for Shevchuk, "Siobhan OBrien" for Siobhán Ní Bhriain), and the birthday as a lunar date ("農曆二月
初八", "my lunar birthday is the 8th of the 2nd month"). Vocabulary: :mod:`features.deid.spellwords` and
:mod:`features.deid.calendars`; the leak check reads the same vocabulary with its own code
(:mod:`features.deid.leakspelled`). Every reading is gated by a substring test and its patterns are linear.
"""

from __future__ import annotations

import datetime
import functools
import re
from itertools import pairwise

from features.deid.calendars import LUNAR_CUES, lunar_birthdays, lunar_numbers
from features.deid.normalize import fold_text
from features.deid.recognizers import COMMON_WORDS
from features.deid.spans import OwnerSpan as Span
from features.deid.spellwords import (
    AS_IN_WORDS,
    FEWEST_RESPELLED_LETTERS,
    IRISH_PARTICLES,
    LENITED,
    MORSE,
    MORSE_SIGNS,
    RESPELLINGS,
    SPELLING_GAP_WORDS,
    SPELLING_WORDS,
)

# a run of Morse letters: one to six signs, set apart by spaces, "/" or "|" (possessive pieces: linear)
_MORSE_SIGN = "[" + re.escape("".join(MORSE_SIGNS)) + "]"
_MORSE_RUN = re.compile(rf"(?<![\w.\-]){_MORSE_SIGN}{{1,6}}+(?:(?:[ \t]{{1,3}}+[/|]?+[ \t]*+|[/|][ \t]*+)"
                        rf"{_MORSE_SIGN}{{1,6}}+)++")
_MORSE_PIECE = re.compile(rf"{_MORSE_SIGN}+")
_MORSE_TABLE = str.maketrans(MORSE_SIGNS)
# a spelled token: a letter, a spelling-alphabet word ("x-ray" with its hyphen) or any word (closing a run)
_TOKEN = re.compile(r"x-ray|[a-z]+")
# what may stand between two spelled tokens: spaces and punctuation, no letter or digit
_GAP = re.compile(r"[^a-z0-9]{0,4}")
_SPELLING_LOOK = re.compile(r"(?<![a-z])[a-z](?![a-z])[^a-z0-9]{1,4}(?:[a-z]{2,8}[^a-z0-9]{1,4})?[a-z](?![a-z])|"
                            r"\b(?:" + "|".join(sorted(SPELLING_WORDS, key=len, reverse=True)) + r")\b")
_NAME_WORD = re.compile(r"[a-z']+")
_CONSONANTS = re.compile(r"[^bcdfgjklmnpqrstvxz]")


@functools.lru_cache(maxsize=4096)
def name_parts(full_name: str) -> frozenset[str]:
    """The owner's name parts of three letters or more, folded, lower case."""
    return frozenset(p.lower() for p in re.findall(r"[A-Za-z]+", fold_text(full_name)) if len(p) >= 3)


def _holds_a_part(letters: str, parts: frozenset[str]) -> bool:
    return len(letters) >= 3 and any(p in letters for p in parts)


def morse_name_spans(text: str, full_name: str) -> list[Span]:
    """Runs of Morse code whose letters hold a name part of the owner's (".-- . -..- .-.. . .-." for Wexler)."""
    if ".-" not in text and "-." not in text and "·" not in text and "•" not in text:
        return []
    parts = name_parts(full_name)
    found = []
    for m in _MORSE_RUN.finditer(text):
        letters = "".join(MORSE.get(p.translate(_MORSE_TABLE), "?") for p in _MORSE_PIECE.findall(m.group()))
        if _holds_a_part(letters, parts):
            found.append((m.start(), m.end(), "PERSON"))
    return found


def _as_in_length(tokens: list[tuple[int, int, str]], at: int) -> int:
    """How many tokens after ``at`` say "as in Word" (the words and the example word), or 0."""
    for phrase in AS_IN_WORDS:
        n = len(phrase)
        if tuple(t for _, _, t in tokens[at + 1:at + 1 + n]) == phrase and at + 1 + n < len(tokens):
            return n + 1
    return 0


def word_spelled_name_spans(text: str, full_name: str) -> list[Span]:
    """The owner's name spelled with words: single letters with words or signs between them ("w dot e dot x l e r",
    "W-E-X-L-E-R"), spelling-alphabet words ("Whiskey Echo X-ray"), letters "as in" a word ("W as in Walter")."""
    lowered = fold_text(text).lower() if not text.isascii() else text.lower()
    if len(lowered) != len(text) or not _SPELLING_LOOK.search(lowered):
        return []
    parts = name_parts(full_name)
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(lowered)]
    found: list[Span] = []
    letters: list[str] = []
    start = end = 0
    i = 0
    while i <= len(tokens):
        token = tokens[i] if i < len(tokens) else None
        letter = None if token is None else (token[2] if len(token[2]) == 1 else SPELLING_WORDS.get(token[2]))
        joined = token is not None and letters and _GAP.fullmatch(lowered, end, token[0]) is not None
        if token is not None and letters and joined and letter is None and token[2] in SPELLING_GAP_WORDS:
            end = token[1]
            i += 1
            continue
        if letters and (letter is None or not joined):
            if _holds_a_part("".join(letters), parts):
                found.append((start, end, "PERSON"))
            letters = []
        if token is not None and letter is not None:
            if not letters:
                start = token[0]
            letters.append(letter)
            skip = _as_in_length(tokens, i)
            end = tokens[i + skip][1]
            i += skip
        i += 1
    return found


def respelled(word: str) -> str:
    """``word`` (lower case) with each sound of :data:`RESPELLINGS` written one way ("szewczuk", "chevtchouk" and
    "schewtschuk" are all "SevSuk")."""
    for written, said in RESPELLINGS:
        word = word.replace(written, said)
    return word


@functools.lru_cache(maxsize=4096)
def _respelled_parts(full_name: str) -> tuple[tuple[str, str, str], ...]:
    """``(part, its respelling, the respelling's last two letters)`` of the owner's long name parts."""
    out = []
    for part in name_parts(full_name):
        if len(part) >= FEWEST_RESPELLED_LETTERS:
            said = respelled(part)
            out.append((part, said, said[-2:].lower()))
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _irish_bases(full_name: str) -> tuple[str, ...]:
    """The surnames after an Irish particle of the owner's name, lenition dropped ("Ní Bhriain" -> "briain")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", fold_text(full_name))]
    bases = []
    for particle, word in pairwise(words):
        if particle in IRISH_PARTICLES and len(word) >= 4:
            bases.append(word[0] + word[2:] if word[1] == "h" and word[0] in LENITED else word)
    return tuple(bases)


def _consonants(word: str) -> str:
    return _CONSONANTS.sub("", word)


def respelled_name_spans(text: str, full_name: str) -> list[Span]:
    """The owner's name in another Latin spelling of it: the same sounds respelled (:func:`respelled`), and an Irish
    surname anglicised or with another particle ("OBrien", "O'Brien", "Brien" for "Ní Bhriain": the same consonants
    after the particle, the first letter kept); capitalised words only, as names are written ("brain" is a word,
    "tobiasz" another name)."""
    lowered = fold_text(text).lower() if not text.isascii() else text.lower()
    if len(lowered) != len(text):
        return []
    spelled = _respelled_parts(full_name)
    bases = _irish_bases(full_name)
    if not any(tail in lowered for _, _, tail in spelled) and not any(b[:2] in lowered for b in bases):
        return []
    found = []
    for m in _NAME_WORD.finditer(lowered):
        word = m.group().strip("'")
        written = text[m.start():m.end()]
        if len(word) < 4 or word in COMMON_WORDS or not (written[:1].isupper() or not written.isascii()):
            continue  # a name is capitalised, or written in IPA or with marks ("/ˈwɛkslər/")
        if any(word != part and len(word) >= FEWEST_RESPELLED_LETTERS and respelled(word) == said
               for part, said, _ in spelled):
            found.append((m.start(), m.end(), "PERSON"))
            continue
        bare = word.replace("'", "")
        rests = [bare] + [bare[len(p):] for p in IRISH_PARTICLES if bare.startswith(p)]
        if any(r[:1] == b[:1] and len(r) >= 4 and r not in COMMON_WORDS
                                             and _consonants(r) == _consonants(b) for r in rests for b in bases):
            found.append((m.start(), m.end(), "PERSON"))
    return found


#: the most characters between a lunar month's and day's numbers, and between them and a lunar word
_LUNAR_PAIR_GAP = 20
_LUNAR_CUE_REACH = 60


def lunar_birthday_spans(text: str, dob: datetime.date) -> list[Span]:
    """The birthday as a Chinese, Korean or Vietnamese lunar date near a word for the lunar calendar ("農曆二月初八",
    "음력 2월 8일", "my lunar birthday is the 8th of the 2nd month", "ngày 8 tháng 2 âm lịch"), month and day in either
    order; spans from the first number to the second."""
    lowered = text.lower()
    cues = [at for cue in LUNAR_CUES if (at := lowered.find(cue)) >= 0]
    if not cues:
        return []
    dates = lunar_birthdays(dob)
    found = []
    for (s1, e1, a), (s2, e2, b) in pairwise(lunar_numbers(text)):
        if s2 - e1 <= _LUNAR_PAIR_GAP and ((a, b) in dates or (b, a) in dates) and any(
                s1 - _LUNAR_CUE_REACH <= at <= e2 + _LUNAR_CUE_REACH for at in cues):
            found.append((s1, e2, "DATE"))
    return found


def round13_owner_spans(text: str, full_name: str, dob: datetime.date | None) -> list[Span]:
    """Every reading above, spans of ``text``."""
    found = morse_name_spans(text, full_name) + word_spelled_name_spans(text, full_name)
    found += respelled_name_spans(text, full_name)
    return found + (lunar_birthday_spans(text, dob) if dob is not None else [])
