"""Round 30 (the redactor's side): the owner's given name or nickname that is an English word, written in lower case
and used as a name, and the owner's street said by its name alone.

* A name part or a nickname of the owner's (:func:`~features.deid.aliases.nicknames_of`) in lower case where a name
  stands (:func:`stands_as_a_name`): opening a sentence before "here", a verb of taking or calling
  (:data:`~features.deid.peoplewords.NAME_SUBJECT_VERBS`) or nothing more on its line ("will here", "may took her
  farxiga", "hope called", "bill says hi"); after a greeting, a cue or an introduction and closing its clause ("this is
  will", "it's may,", "hi bill!"); after a sign-off or a dash closing its line, or "from" opening it ("- will",
  "from may"); after a word that joins clauses before such a verb ("and will called"). "I will take", "may I ask",
  "I hope the pills", "by the grace of god", "pay the bill", "thanks, will do" stay.
* The owner's street by its name alone, no kind and no number, after a word of place or way and before nothing, a
  word of place or a figure ("I live on western near 103rd", "off penhallow by the park", "vivo en la alameda"):
  "western medicine", "on western blot", "at western union" stay.

The check reads the same kinds with its own code (:mod:`features.deid.leakwordnames`).
"""

from __future__ import annotations

import functools
import re

from features.deid.aliases import TWO_LETTER_NICKNAMES, nicknames_of, wordlike_nicknames_of
from features.deid.normalize import fold_text
from features.deid.peoplewords import (
    CAPITAL_ONLY_NAME_PARTS,
    NAME_CLAUSE_JOINS,
    NAME_CUES_BEFORE,
    NAME_FROM_WORDS,
    NAME_INTRODUCTION_WORDS,
    NAME_INTRODUCTIONS,
    NAME_INTRODUCTIONS_AFTER,
    NAME_SENDER_CUES,
    NAME_SUBJECT_VERBS,
    NICKNAME_HEADS,
    NICKNAME_TAILS,
)
from features.deid.placewords import (
    BARE_STREET_AFTER,
    BARE_STREET_ARTICLES,
    BARE_STREET_CUES,
    ENGLISH_STREET_KINDS,
    STREET_KINDS_ALWAYS,
    STREET_KINDS_BEFORE_ALWAYS,
    STREET_KINDS_BEFORE_CAPITALISED,
    STREET_KINDS_CAPITALISED,
    STREET_NOT_NAME_WORDS,
)

Span = tuple[int, int, str]

_LETTERS = re.compile(r"[A-Za-z]+")
#: what a sentence ends with before the next one opens (the line's start too)
_OPENS = re.compile(r"(?:\A|[.!?;:\n])[ \t\"'(]*\Z")
#: what closes a name's clause right after it: a sign, the line's end or the text's
_CLOSES = re.compile(r"[ \t]*(?:[,.!?;:)\"'\n]|\Z)")
#: what stands between a cue and the name after it: blanks, a comma
_CUE_GAP = re.compile(r"[ \t]*,?[ \t]*\Z")
_DASHES = ("-", "–", "—", "~")
_REACH = 40
_STREET_KINDS = frozenset((*ENGLISH_STREET_KINDS, *STREET_KINDS_ALWAYS, *STREET_KINDS_CAPITALISED,
                           *STREET_KINDS_BEFORE_ALWAYS, *STREET_KINDS_BEFORE_CAPITALISED))


#: round 31: a word after a pet name (a tail, :data:`~features.deid.peoplewords.NICKNAME_TAILS`) or before it (a head)
_NICKNAME_TAIL = re.compile(r"[ \t]([A-Za-z]{3})(?![A-Za-z])")
_NICKNAME_HEAD = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,6})[ \t]\Z")


def _word_before(folded: str, start: int) -> tuple[str, str, str]:
    """``(word, gap, word before it)`` right before ``start`` on its line, lower case ("" where there is none)."""
    head = folded[max(0, start - _REACH):start].rsplit("\n", 1)[-1]
    words = list(_LETTERS.finditer(head))
    if not words:
        return "", head, ""
    last = words[-1]
    return last.group().lower(), head[last.end():], words[-2].group().lower() if len(words) >= 2 else ""


def stands_as_a_name(folded: str, start: int, end: int) -> bool:
    """Whether the lower-case word at ``folded[start:end]`` stands where a name stands (see the module docstring);
    round 31: with a pet name's head or tail word about it read as one name ("this is billy boy", "lil bob here")."""
    tail = _NICKNAME_TAIL.match(folded, end)
    if tail is not None and tail.group(1).lower() in NICKNAME_TAILS:
        end = tail.end()
    head = _NICKNAME_HEAD.search(folded, max(0, start - 8), start)
    if head is not None and head.group(1).lower() in NICKNAME_HEADS:
        start = head.start(1)
    after = re.match(r"[ \t]+([A-Za-z]+)", folded[end:end + _REACH])
    nxt = after.group(1).lower() if after else ""
    closes = _CLOSES.match(folded, end) is not None
    line_closes = not folded[end:end + _REACH].split("\n", 1)[0].strip(" \t.!,;:)\"'")
    verb = nxt in NAME_SUBJECT_VERBS
    called = closes or verb or nxt in NAME_INTRODUCTIONS_AFTER
    if _OPENS.search(folded, max(0, start - 8), start) is not None:
        return called
    word, gap, earlier = _word_before(folded, start)
    if gap.strip(" \t")[-1:] in _DASHES and gap.strip(" \t") and (not word or gap[:1] in " \t"):
        return line_closes  # "- will", "all taken — may"; not "an x-ray"
    if word in NAME_FROM_WORDS and _CUE_GAP.match(gap) and not _word_before(folded, start - len(gap) - len(word))[0]:
        return line_closes  # "from may" opening its line; not "starting from may"
    spaced = not gap.strip(" \t")
    if gap.strip(" \t") == "," and verb:  # "ok, may took hers"
        return True
    if spaced and word in NAME_CLAUSE_JOINS and verb:  # "and will called"
        return True
    if _CUE_GAP.match(gap) and (word in NAME_CUES_BEFORE or word in NAME_INTRODUCTION_WORDS
                                or (earlier, word) in NAME_INTRODUCTIONS):
        return called  # "this is will", "hi bill!", "it's may,"; not "it's may 5", "thanks, will do"
    return _CUE_GAP.match(gap) is not None and word in NAME_SENDER_CUES and line_closes  # "from may", "love, will"


@functools.lru_cache(maxsize=4096)
def _word_names(full_name: str) -> frozenset[str]:
    """The owner's name parts and nicknames looked for in lower case (two letters or more, no name particle)."""
    parts = re.findall(r"[a-z]+", fold_text(full_name).lower())
    joined = " ".join(parts)
    forms = set(parts) | set(nicknames_of(joined)) | set(wordlike_nicknames_of(joined))
    return frozenset(f for f in forms if (len(f) >= 3 or f in TWO_LETTER_NICKNAMES or f in parts)
                     and f not in CAPITAL_ONLY_NAME_PARTS and len(f) >= 2)


def word_name_spans(folded: str, full_name: str) -> list[Span]:
    """``(start, end, "PERSON")`` of the owner's name parts and nicknames in lower case where a name stands."""
    names = _word_names(full_name)
    if not names:
        return []
    return [(m.start(), m.end(), "PERSON") for m in _LETTERS.finditer(folded)
            if m.group().islower() and m.group() in names and stands_as_a_name(folded, m.start(), m.end())]


@functools.lru_cache(maxsize=4096)
def street_name_words(street_address: str) -> tuple[str, ...]:
    """The words of the street's own name, lower case, folded: no house number, kind, unit or compass word."""
    words = re.findall(r"[a-z0-9]+", fold_text(street_address).lower())
    return tuple(w for w in words if w.isalpha() and len(w) >= 3 and w not in _STREET_KINDS
                 and w not in STREET_NOT_NAME_WORDS)


def bare_street_spans(folded: str, street_address: str) -> list[Span]:
    """``(start, end, "ADDRESS")`` of the owner's street said by its name alone after a word of place or way (see the
    module docstring): the name's words in a row, or one of them of four letters or more."""
    name = street_name_words(street_address)
    if not name:
        return []
    lower = folded.lower()
    if not any(w in lower for w in name):
        return []
    words = list(_LETTERS.finditer(lower))
    found: list[Span] = []
    for i, m in enumerate(words):
        if m.group() not in name:
            continue
        run = len(name) if tuple(w.group() for w in words[i:i + len(name)]) == name else 1
        if run == 1 and (len(m.group()) < 4 and len(name) > 1):
            continue
        last = words[i + run - 1]
        if _after_a_place_word(lower, words, i) and _nothing_of_a_phrase_after(lower, last.end()):
            found.append((m.start(), last.end(), "ADDRESS"))
    return found


def _after_a_place_word(lower: str, words: list[re.Match[str]], i: int) -> bool:
    """A word of place or way right before ``words[i]``, an article between or not ("on western", "en la alameda")."""
    def right_before(j: int, k: int) -> bool:
        return j >= 0 and lower[words[j].end():words[k].start()] in (" ", "  ")

    if not right_before(i - 1, i):
        return False
    if words[i - 1].group() in BARE_STREET_CUES:
        return True
    return words[i - 1].group() in BARE_STREET_ARTICLES and right_before(i - 2, i - 1) and (
        words[i - 2].group() in BARE_STREET_CUES)


def _nothing_of_a_phrase_after(lower: str, end: int) -> bool:
    """Nothing after the street makes it an everyday phrase: the end, a sign, a figure, or a word of place."""
    rest = lower[end:end + _REACH]
    if not rest.strip(" \t") or (not rest[:1].isalpha() and not rest.startswith((" ", "\t"))):
        return True
    after = re.match(r"[ \t]+([a-z]+|[0-9&])", rest)
    if after is None:
        return not rest.strip(" \t")[:1].isalpha()
    return after.group(1)[0].isdigit() or after.group(1) in BARE_STREET_AFTER
