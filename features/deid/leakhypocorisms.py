"""Round 28 (the leak check's side, its own reading): the owner's given name as people say it, read word by word.

* A short hypocorism that is also a word (:data:`~features.deid.aliases.WORDLIKE_NICKNAMES`: "Peg", "Des", "Ty"), or
  the first syllable of a given name, two or three letters cut where a consonant starts the next syllable ("Olu" of
  Oluwaseun, "Des" of Desmond), counts capitalised where a person stands: after a greeting, a thanks, a cue or a
  relation word; before "here", an initial, another of the owner's name parts or a verb of a person; alone at a
  line's end after a dash or a comma (a signature); or in the middle of a sentence, no everyday English word, with no
  capitalised word after it ("Des Moines" is a town). In lower case only after a greeting or an introduction.
* A given name's first letters (up to three) and the family name's first three letters or more, glued or joined by
  a dash or a dot ("J-Riv", "JRiv").
* The first word of the e-mail's local part, used as a name: capitalised anywhere when English says it seldom
  ("Riek", "Olu"), otherwise as a short hypocorism.
* A capitalised word in brackets right after one of the owner's name parts ("Hendrika (Riek)"): what the owner is
  called. Anybody's: a given name of the name lists with, in brackets right after it, a nickname of it or another
  given name ("Margaret (Maggie)", :func:`holds_bracketed_nickname`).

Nothing here is the redactor's: see :mod:`features.deid.owner_hypocorisms` for its reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wordfreq import word_frequency

from features.deid import peoplewords as vocab
from features.deid.aliases import (
    NOT_FIRST_SYLLABLES,
    PERSON_VERBS_AFTER_A_SHORT_NAME,
    nicknames_of,
    wordlike_nicknames_of,
)
from features.deid.normalize import fold_text

_PIECE = re.compile(r"([A-Za-z]+)([^A-Za-z]*)")
_VOWEL = "aeiouy"
_SELDOM = 1e-6
#: (round 40: an Indonesian honorific before, "Mbak Sit", an Indonesian verb after, "Iti sudah minum")
_BEFORE = (vocab.NAME_CUES_BEFORE | vocab.NAME_INTRODUCTION_WORDS | vocab.RELATIONS | vocab.ENGLISH_RELATIONS
           | vocab.SIGN_OFF_CUES | vocab.INDONESIAN_HONORIFICS)
_LOWER_BEFORE = vocab.NAME_CUES_BEFORE | vocab.NAME_INTRODUCTION_WORDS
#: a capitalised word, then a capitalised word in brackets right after it (quoted or not): "Margaret (Maggie)"
_BRACKETED = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+)[ \t]?\([ \t]?[\"'“‘]?([A-Z][a-z]{1,15})[\"'”’]?[ \t]?\)")
_VERBS = (vocab.VERB_AFTER_A_NAME | PERSON_VERBS_AFTER_A_SHORT_NAME | vocab.NAME_INTRODUCTIONS_AFTER
          | vocab.INDONESIAN_VERBS_AFTER_A_NAME)


def _syllable_heads(name: str) -> list[str]:
    """Two or three letters of the start of ``name`` (five letters or more) that end before a consonant opening the
    next syllable, a vowel among them."""
    heads = []
    for size in (2, 3):
        if len(name) < 5 or not any(c in _VOWEL for c in name[:size]) or name[size] in _VOWEL:
            continue
        if (name[size + 1] in _VOWEL or name[size - 1] not in _VOWEL) and name[:size] not in NOT_FIRST_SYLLABLES:
            heads.append(name[:size])
    return heads


def _short_words(parts: list[str], email: str, common: frozenset[str]) -> tuple[set[str], set[str]]:
    """``(anywhere, where a person stands)``: the owner's forms of the module docstring."""
    given = parts[:-1] if len(parts) >= 2 else parts
    standing = set(wordlike_nicknames_of(" ".join(parts))) | {h for g in given for h in _syllable_heads(g)}
    anywhere: set[str] = set()
    local = fold_text(email.partition("@")[0]).lower() if "@" in email else ""
    m = re.match(r"[a-z]{3,}", local)
    if m and m.group() not in parts and m.group() not in common:
        (anywhere if word_frequency(m.group(), "en") < _SELDOM else standing).add(m.group())
    return anywhere, standing - set(parts)


def _stands_as_a_person(pieces: list[tuple[str, str]], i: int, parts: list[str], common: frozenset[str]) -> bool:
    word, gap = pieces[i]
    low = word.lower()
    prev_word, prev_gap = pieces[i - 1] if i > 0 else ("", "")
    if prev_word and prev_gap.strip(" \t") in ("", ",") and vocab.key(prev_word) in _BEFORE:
        return True
    if i >= 2 and (pieces[i - 2][0].lower(), prev_word.lower()) in vocab.NAME_INTRODUCTIONS:
        return True
    nxt = pieces[i + 1][0] if i + 1 < len(pieces) and "\n" not in gap else ""
    if nxt == "s" and gap in ("'", "’"):  # round 39: a possessive, "Olu's refill"
        return True
    if nxt:
        if len(nxt) == 1 and nxt.isupper() and (i + 2 >= len(pieces) or len(pieces[i + 1][1].strip()) > 0
                                                 or not pieces[i + 2][0][:1].islower()):
            return True  # an initial ("Des A."), not "A lot"
        if nxt.lower() in parts and nxt.lower() != low:
            return True
        if nxt.islower() and (vocab.key(nxt) in _VERBS or (nxt.endswith("ed") and len(nxt) > 4)):
            return True
    rest_of_line = not nxt and gap.strip(" \t.!") == ""
    opens_line = i == 0 or "\n" in prev_gap
    if rest_of_line and (opens_line or prev_gap.strip(" \t")[-1:] in ("-", "–", "—", "~", ",")):
        return True
    mid_sentence = i > 0 and "\n" not in prev_gap and not re.search(r"[.!?:;\"“(]", prev_gap)
    # a capitalised word or a placeholder right after it: a name of two words that is no person ("Des Moines")
    capital_after = (nxt[:1].isupper() and gap.strip(" \t") == "") or gap.strip(" \t").startswith("<")
    return mid_sentence and low not in common and not capital_after


def holds_hypocorism(text: str, name_words: Iterable[str], email: str, common: frozenset[str]) -> bool:
    """Whether ``text`` holds one of the owner's forms of the module docstring (``name_words``: the name's words,
    folded, lower case; ``common``: the check's everyday words)."""
    parts = [w for w in name_words if w.isalpha()]
    if not parts:
        return False
    folded = fold_text(text)
    anywhere, standing = _short_words(parts, email, common)
    lower = folded.lower()
    if (anywhere or standing) and any(w in lower for w in anywhere | standing):
        pieces = [(m.group(1), m.group(2)) for m in _PIECE.finditer(folded)]
        for i, (word, _) in enumerate(pieces):
            low = word.lower()
            if low not in anywhere and low not in standing:
                continue
            titled = word[0].isupper() and word[1:].islower() if len(word) > 1 else word.isupper()
            if titled and (low in anywhere or _stands_as_a_person(pieces, i, parts, common)):
                return True
            if word.islower() and i > 0 and pieces[i - 1][1].strip(" \t") in ("", ",") and (
                    vocab.key(pieces[i - 1][0]) in _LOWER_BEFORE
                    or (i >= 2 and (pieces[i - 2][0].lower(), pieces[i - 1][0].lower()) in vocab.NAME_INTRODUCTIONS)):
                return True
    if "(" in folded and any(m.group(1).lower() in parts for m in _BRACKETED.finditer(folded)):
        return True  # "Hendrika (Riek)"
    return len(parts) >= 2 and len(parts[-1]) >= 4 and parts[-1][:3] in lower and _joined(folded, parts)


def holds_bracketed_nickname(text: str, first_names: frozenset[str], common: frozenset[str]) -> bool:
    """Whether a given name of ``first_names`` (lower case) has a nickname of it, or another given name that is no
    everyday word (``common``), in brackets right after it ("Margaret (Maggie)", "Joanne (Jo)")."""
    if "(" not in text:
        return False
    for m in _BRACKETED.finditer(fold_text(text)):
        name, called = m.group(1).lower(), m.group(2).lower()
        if name in first_names and name not in common and (
                called in nicknames_of(name) or (called in first_names and called not in common)):
            return True
    return False


def _joined(folded: str, parts: list[str]) -> bool:
    """A given name's first letters and the family name's start glued or joined by a dash or a dot ("J-Riv")."""
    family = parts[-1]
    for m in re.finditer(r"(?<![A-Za-z])([A-Z][a-z]{0,2})(\.?[-‐]|\.)?([A-Z][a-z]{2,})(?![a-z])", folded):
        head, tail = m.group(1).lower(), m.group(3).lower()
        if len(tail) < len(family) and family.startswith(tail) and any(g.startswith(head) for g in parts[:-1]):
            return True
    return False
