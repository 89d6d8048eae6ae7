"""Round 22 (the leak check's side, its own reading): the owner's given name by a short form no nickname table lists,
read word by word. A capitalised word is one when, for a given name (every part of the name but the last; the only
part of a one-part name):

* the given name starts with it and is longer, four letters of it at least ("Shiv" for Shivani);
* it is three letters or more of the given name's start and a diminutive ending
  (:data:`~features.deid.aliases.DIMINUTIVE_ENDINGS`), five letters in all ("Tomek", "Ivanushka", "Juanito");
* the given name ends with it, four letters at least and two of the name before it ("Seun" for Oluwaseun);
* or it is two given names' first two letters together ("Majo" for María José).

The initials of the given names or of the whole name in capitals, bare or dotted ("MJ", "M.J.") are one too, unless
they are an abbreviation or a postal code (:data:`~features.deid.peoplewords.NOT_INITIALS`, ``PLACE_CODES``). A
short form that is an everyday word (the check's common words, :data:`~features.deid.aliases.EVERYDAY_SHORT_FORMS`)
or a bare three-letter start ("Max", "Tom") counts only after a name cue or relation word, or with another name part
of the owner's within six words.

Nothing here is the redactor's: see :mod:`features.deid.short_forms` for its reading.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from features.deid import peoplewords as words
from features.deid.aliases import (
    DIMINUTIVE_ENDINGS,
    EVERYDAY_SHORT_FORMS,
    PET_NAME_ENDINGS,
    SPANISH_SOFT_SPELLINGS,
    nicknames_of,
)
from features.deid.normalize import fold_text

_TOKEN = re.compile(r"[A-Za-z]+(?:\.[ \t]?[A-Z](?![a-z]))*\.?")
_CUE_WORDS = words.NAME_CUES_BEFORE | words.NAME_INTRODUCTION_WORDS | words.RELATIONS | words.ENGLISH_RELATIONS
_WITHIN_WORDS = 6


def _kind_of_short_form(word: str, given: list[str]) -> str:
    """``"plain"``, ``"weak"`` (a bare three-letter start) or ``""`` for the lower-case ``word`` and the given names."""
    for name in given:
        if word == name:
            return ""
        if len(name) > len(word) >= 4 and name.startswith(word):
            return "plain"
        if len(name) >= len(word) + 2 and len(word) >= 4 and name.endswith(word):
            return "plain"
        if len(word) >= 5 and any(word.endswith(e) and len(word) - len(e) >= 3 and name.startswith(word[:-len(e)])
                                  for e in DIMINUTIVE_ENDINGS):
            return "plain"
    if any(len(a) >= 2 and len(b) >= 2 and word == a[:2] + b[:2] for a, b in itertools.pairwise(given)):
        return "plain"
    if len(word) >= 5 and any(_made_from(word[:-len(e)], given) for e in PET_NAME_ENDINGS if word.endswith(e)):
        return "plain"
    if len(word) == 3 and any(len(name) >= 4 and name.startswith(word) for name in given):
        return "weak"
    return ""


def _made_from(head: str, given: list[str]) -> bool:
    """Round 32 (the check's reading): a pet name's ``head`` before a diminutive ending is a nickname of a given name
    whole or less its last vowel ("Dim|ochka" from Dima, "Ann|ushka"), or the end of a given name less its last
    vowel, three letters before it at least ("Lup|is" from Guadalupe)."""
    if len(head) < 3:
        return False
    for name in given:
        if len(name) >= len(head) + 4 and name[-1] in "aeiou" and name[:-1].endswith(head):
            return True
    pets = nicknames_of(" ".join(given))
    # round 39: a Spanish stem respelt before "-ito", "-illo" ("paqu" of Paco, "diegu" of Diego)
    soft = {stem + written for stem, last in ((head[:-2], head[-2:]), (head[:-1], head[-1:]))
            for written, spelt in SPANISH_SOFT_SPELLINGS.items() if last == spelt}
    return any(p == head or (p[:-1] in {head} | soft and p[-1] in "aeiouy") for p in pets if len(p) >= 4)


def holds_case_form(text: str, name_words: Iterable[str], common: frozenset[str]) -> bool:
    """Round 32 (the check's reading): whether ``text`` holds a capitalised word that is one of the owner's name parts
    with a case ending the round-12 reading (parts of five letters or more) leaves out: a four-letter part with a
    Finnish, Estonian or Hungarian ending ("Ainolle", "Annanak"), a four-letter part in "a" with a Slavic one in its
    place ("Anny", "Janou"), a part with the Turkish family plural ("Yılmazlar", "Yılmazlardan"); no everyday word."""
    parts = [w for w in name_words if w.isalpha() and len(w) >= 4]
    if not parts:
        return False
    for token in re.findall(r"[A-Za-z]+", re.sub(r"(?<=[A-Za-z])'(?=[A-Za-z])", "", fold_text(text))):
        word = token.lower()
        if not token[0].isupper() or word in common or word in parts:
            continue
        for part in parts:
            if not word.startswith(part[:-1]):
                continue
            rest = word[len(part):] if word.startswith(part) else None
            if rest is not None and rest in words.TURKISH_FAMILY_ENDINGS:
                return True
            if len(part) == 4 and rest is not None and rest in words.SHORT_NAME_CASE_ENDINGS:
                return True
            if len(part) == 4 and part[-1] == "a" and word[3:] in words.SHORT_NAME_SLAVIC_ENDINGS:
                return True
    return False


def holds_short_form(text: str, name_words: Iterable[str], common: frozenset[str]) -> bool:
    """Whether ``text`` holds a short form of the owner's given names (see the module docstring); ``name_words`` are
    the name's words in order (folded, lower case), ``common`` the check's everyday words."""
    parts = [w for w in name_words if w.isalpha()]
    if not parts:
        return False
    given = parts[:-1] if len(parts) >= 2 else parts
    ascii_text = fold_text(text)
    tokens = [m.group() for m in _TOKEN.finditer(ascii_text)]
    lowered = [t.lower().rstrip(".") for t in tokens]
    initials = {"".join(p[0] for p in given)} if len(given) >= 2 else set()
    if 2 <= len(parts) <= 3:
        initials.add("".join(p[0] for p in parts))
    initials -= words.NOT_INITIALS | words.PLACE_CODES
    for i, token in enumerate(tokens):
        letters = token.replace(".", "").replace(" ", "").replace("\t", "")
        if letters.isupper() and 2 <= len(letters) <= 3:
            if letters.lower() in initials:
                return True
            continue
        if not token[0].isupper():
            continue
        word = lowered[i]
        kind = _kind_of_short_form(word, given)
        if not kind:
            continue
        if kind == "plain" and word not in common and word not in EVERYDAY_SHORT_FORMS:
            return True
        near = set(lowered[max(0, i - _WITHIN_WORDS):i] + lowered[i + 1:i + 1 + _WITHIN_WORDS])
        if (i and words.key(lowered[i - 1]) in _CUE_WORDS) or near & ({p for p in parts if len(p) >= 3} - {word}):
            return True
    return False
