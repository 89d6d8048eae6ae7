"""Round 22 (the redactor's side): the owner's given name by a short form outside the nickname table
(:mod:`features.deid.aliases`), read in the folded text by patterns compiled once per owner.

* A prefix of a given name of four letters or more standing as a word ("Shiv" for Shivani or Shivakumar, "Dani" for
  Daniela), or of three letters or more with a diminutive ending of :data:`~features.deid.aliases.DIMINUTIVE_ENDINGS`
  ("Ivanushka", "Tomek", "Juanito", "Shivy"; five letters at least).
* An ending of a given name of four letters or more, two letters at least left before it ("Seun" for Oluwaseun,
  "Bastian" for Sebastian): Yoruba, German and many other names are shortened from the front.
* Two given names' first two letters joined ("Majo" for María José), and the initials of the given names or of the
  whole name in capitals, bare or dotted ("MJ", "M.J.O."), no abbreviation or postal code of
  :data:`~features.deid.peoplewords.NOT_INITIALS` and :data:`~features.deid.peoplewords.PLACE_CODES`.

Capitalised only: a prefix in lower case is too often an English word ("corn" for Cornelius). A short form that is an
everyday word (the common words, :data:`~features.deid.aliases.EVERYDAY_SHORT_FORMS`: "Max", "Will", "Candy") or a
prefix of three letters alone ("Tom", "Max") is the owner only after a name cue or a relation word ("hi Max", "my son
Max") or with another of the owner's name parts within :data:`_NEAR` characters ("Max Okafor"). The given names are
the name's parts but the last (the only one for a one-part name).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from features.deid.aliases import (
    DIMINUTIVE_ENDINGS,
    EVERYDAY_SHORT_FORMS,
    PET_NAME_ENDINGS,
    SPANISH_SOFT_SPELLINGS,
    nicknames_of,
)
from features.deid.normalize import fold_text
from features.deid.peoplewords import (
    ENGLISH_RELATIONS,
    FAMILY_NAME_ENDINGS,
    NAME_CUES_BEFORE,
    NAME_INTRODUCTION_WORDS,
    NOT_INITIALS,
    PLACE_CODES,
    RELATIONS,
    SHORT_NAME_CASE_ENDINGS,
    SHORT_NAME_SLAVIC_ENDINGS,
    TURKISH_FAMILY_ENDINGS,
)
from features.deid.peoplewords import key as vocabulary_key
from features.deid.recognizers import COMMON_WORDS

#: the fewest letters of a prefix or an ending alone, and of a prefix before a diminutive ending
_FEWEST_ALONE = 4
_FEWEST_BEFORE_ENDING = 3
#: the fewest letters of a prefix with its diminutive ending
_FEWEST_WITH_ENDING = 5
#: how far (characters) the owner's other name part may stand from an everyday short form that is theirs
_NEAR = 40
_CUES = NAME_CUES_BEFORE | NAME_INTRODUCTION_WORDS | RELATIONS | ENGLISH_RELATIONS
_EVERYDAY = COMMON_WORDS | STOP_WORDS | EVERYDAY_SHORT_FORMS
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z\n]{1,4}\Z")
#: a whole run of letters, as the short forms' bounds read them (``(?<![A-Za-z])``, ``(?![A-Za-z])``, any case): every
#: short form is letters only, so a short form found is one whole run
_LETTERS = re.compile(r"(?i)[A-Za-z]+")
_ENDINGS = frozenset(DIMINUTIVE_ENDINGS)


@functools.lru_cache(maxsize=4096)
def _name_parts(full_name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(given names, all parts)``: the folded, lower-case parts of ``full_name``."""
    parts = tuple(p for p in re.findall(r"[a-z]+", fold_text(full_name).lower()))
    return (parts[:-1] if len(parts) >= 2 else parts), parts


@functools.lru_cache(maxsize=4096)
def _short_forms(full_name: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]] | None:
    """The owner's short forms: the given names' prefixes (longest first), which a diminutive ending may follow, the
    given names' endings and the given names' first syllables joined; None where there are no prefixes nor endings.
    Sets, not a pattern: compiling one pattern an owner cost more than reading all of an owner's messages with it."""
    given, _ = _name_parts(full_name)
    stems = {g[:n] for g in given if len(g) >= _FEWEST_ALONE for n in range(_FEWEST_BEFORE_ENDING, len(g) + 1)}
    tails = {g[-n:] for g in given for n in range(_FEWEST_ALONE, len(g) - 1)}
    joins = {a[:2] + b[:2] for a, b in itertools.pairwise(given) if len(a) >= 2 and len(b) >= 2}
    if not stems and not tails:
        return None
    return tuple(sorted(stems, key=len, reverse=True)), frozenset(tails), frozenset(joins)


def _short_form_kind(word: str, forms: tuple[tuple[str, ...], frozenset[str], frozenset[str]]) -> str | None:
    """How ``word`` (a whole run of letters, lower case) is one of the owner's short ``forms``: ``"stem"`` (a prefix
    alone), ``"ending"`` (a prefix and a diminutive ending), ``"tail"`` or ``"join"``, or None. The longest prefix
    that leaves nothing or an ending after it decides, as a pattern of the prefixes longest first would."""
    stems, tails, joins = forms
    for stem in stems:
        if word.startswith(stem):
            rest = word[len(stem):]
            if not rest:
                return "stem"
            if rest in _ENDINGS:
                return "ending"
    if word in tails:
        return "tail"
    return "join" if word in joins else None


@functools.lru_cache(maxsize=4096)
def _short_form_pattern(full_name: str) -> re.Pattern[str] | None:
    """The owner's short forms as one pattern: a given name's prefix and a diminutive ending or none (groups ``stem``
    and ``end``), a given name's ending (group ``tail``), the given names' first syllables joined (group ``join``).
    Read only in a text that is not ASCII, where a letter of another alphabet may match a Latin one in any case
    ("ſ" an "s"); in an ASCII text :func:`_short_form_kind` reads the same."""
    forms = _short_forms(full_name)
    if forms is None:
        return None
    stems, tails, joins = forms

    def alternation(words: Iterable[str]) -> str:
        return "|".join(sorted(words, key=len, reverse=True)) or "(?!)"

    return re.compile(rf"(?i)(?<![A-Za-z])(?:(?P<stem>{alternation(stems)})(?P<end>{alternation(DIMINUTIVE_ENDINGS)})?"
                      rf"|(?P<tail>{alternation(tails)})|(?P<join>{alternation(joins)}))(?![A-Za-z])")


def _short_form_matches(folded: str, full_name: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each whole run of letters of ``folded`` that is one of the owner's short forms, and its kind
    (:func:`_short_form_kind`)."""
    forms = _short_forms(full_name)
    if forms is None:
        return
    if folded.isascii():
        for m in _LETTERS.finditer(folded):
            if (kind := _short_form_kind(m.group().lower(), forms)) is not None:
                yield m, kind
        return
    pattern = _short_form_pattern(full_name)
    for m in pattern.finditer(folded) if pattern is not None else ():
        yield m, ("tail" if m["tail"] is not None else "join" if m["join"] is not None
                  else "stem" if m["end"] is None else "ending")


@functools.lru_cache(maxsize=4096)
def _initials(full_name: str) -> tuple[str, ...]:
    """The initials of the owner's given names (two or more) and of the whole name (two or three parts), in capitals,
    longest first; no abbreviation or postal code."""
    given, parts = _name_parts(full_name)
    found = {"".join(p[0] for p in given)} if len(given) >= 2 else set()
    if 2 <= len(parts) <= 3:
        found.add("".join(p[0] for p in parts))
    return tuple(sorted({i.upper() for i in found if i not in NOT_INITIALS and i not in PLACE_CODES}, key=len,
                        reverse=True))


@functools.lru_cache(maxsize=4096)
def _initials_pattern(initials: tuple[str, ...]) -> re.Pattern[str]:
    """:func:`_initials` bare or with a full stop after each letter; compiled once for every owner with the same
    initials (there are few: most owners share theirs with others)."""
    dotted = "|".join(r"\.?[ \t]?".join(i) + r"\.?" for i in initials)
    return re.compile(rf"(?<![A-Za-z.])(?:{dotted})(?![A-Za-z])")


def _cued(folded: str, start: int, end: int, parts: tuple[str, ...], word: str) -> bool:
    """An everyday word is the owner's short form here: a name cue or relation word right before it, or another of
    the owner's name parts (three letters or more) within :data:`_NEAR` characters."""
    before = _WORD_BEFORE.search(folded, max(0, start - 30), start)
    if before is not None and vocabulary_key(before.group(1)) in _CUES:
        return True
    around = folded[max(0, start - _NEAR):start] + " " + folded[end:end + _NEAR]
    others = {p for p in parts if len(p) >= 3 and p != word}
    return any(w in others for w in re.findall(r"[a-z]+", around.lower()))


def short_form_spans(folded: str, full_name: str) -> list[tuple[int, int, str]]:
    """``(start, end, "PERSON")`` of the owner's short forms in ``folded`` (see the module docstring)."""
    given, parts = _name_parts(full_name)
    if not given:
        return []
    lower = folded.lower()
    found: list[tuple[int, int, str]] = []
    # every match of the pattern holds a given name's first three letters, its last four or the joined syllables
    keys = {g[:_FEWEST_BEFORE_ENDING] for g in given} | {g[-_FEWEST_ALONE:] for g in given}
    keys |= {a[:2] + b[:2] for a, b in itertools.pairwise(given)}
    if any(k in lower for k in keys):
        for m, kind in _short_form_matches(folded, full_name):
            word = m.group().lower()
            if not m.group()[0].isupper() or word in parts:
                continue
            bare = len(word) >= _FEWEST_ALONE if kind == "stem" else kind != "ending" or len(word) >= _FEWEST_WITH_ENDING
            # a short one ("Max", "Ivy") or an everyday word goes only where a cue or the owner's other name is
            if (bare and word not in _EVERYDAY) or _cued(folded, m.start(), m.end(), parts, word):
                found.append((m.start(), m.end(), "PERSON"))
    if initials := _initials(full_name):
        found += [(m.start(), m.end(), "PERSON") for m in _initials_pattern(initials).finditer(folded)]
    return found + _pet_ending_spans(folded, full_name) + _case_form_spans(folded, full_name)


#: a name part's length that the redactor's round-12 case endings pass over (they read parts of five letters or more)
_SHORT_PART = 4


@functools.lru_cache(maxsize=4096)
def _case_forms(full_name: str) -> dict[str, frozenset[str]]:
    """Round 32: ``stem -> endings`` of the owner's name parts in the cases the round-12 reading
    (:func:`features.deid.text._alias_name_spans`) leaves out: a part of four letters whole with a Finnish, Estonian
    or Hungarian ending (:data:`~features.deid.peoplewords.SHORT_NAME_CASE_ENDINGS`: "Aino|lle"), less its final "a"
    with a Slavic one (:data:`~features.deid.peoplewords.SHORT_NAME_SLAVIC_ENDINGS`: "Ann|y" from "Анны"), and any
    part of four letters or more with the Turkish family plural and its cases ("Yılmaz|lar", "Yılmaz|lardan")."""
    _, parts = _name_parts(full_name)
    forms: dict[str, set[str]] = {}
    for p in parts:
        if len(p) == _SHORT_PART:
            forms.setdefault(p, set()).update(SHORT_NAME_CASE_ENDINGS)
            if p.endswith("a"):
                forms.setdefault(p[:-1], set()).update(SHORT_NAME_SLAVIC_ENDINGS)
        if len(p) >= _SHORT_PART:
            forms.setdefault(p, set()).update(TURKISH_FAMILY_ENDINGS)
    if len(parts) >= 2 and len(family := parts[-1]) >= _SHORT_PART + 1:
        # round 39 (r39refusals): the family name for a wife, a daughter, the household or in a pet form
        # ("Wójcikowa", "Wojcikowie", "Carvalhinho")
        forms.setdefault(family, set()).update(FAMILY_NAME_ENDINGS)
        if family[-1] in "aeiou":
            forms.setdefault(family[:-1], set()).update(FAMILY_NAME_ENDINGS)
    return {stem: frozenset(ends) for stem, ends in forms.items()}


def _case_form_spans(folded: str, full_name: str) -> list[tuple[int, int, str]]:
    """``(start, end, "PERSON")`` of :func:`_case_forms` in ``folded``: a capitalised whole run of letters, no
    everyday word, no name part itself."""
    forms = _case_forms(full_name)
    if not forms:
        return []
    squeezed, kept = _without_soft_signs(folded)
    lower = squeezed.lower()
    if not any(stem in lower for stem in forms):
        return []
    _, parts = _name_parts(full_name)
    found: list[tuple[int, int, str]] = []
    for m in _LETTERS.finditer(squeezed):
        word = m.group().lower()
        if not m.group()[0].isupper() or word in parts or word in _EVERYDAY:
            continue
        if any(word.startswith(stem) and word[len(stem):] in ends for stem, ends in forms.items()):
            found.append((kept[m.start()], kept[m.end() - 1] + 1, "PERSON"))
    return found


def _without_soft_signs(folded: str) -> tuple[str, list[int]]:
    """``folded`` without the apostrophes between two letters that a Cyrillic soft sign folds to ("Наташенька":
    "Natashen'ka", "Ольги": "Ol'gi"), and where each of its characters stands in ``folded``."""
    kept = [i for i, c in enumerate(folded)
            if c != "'" or not (folded[i - 1:i].isalpha() and folded[i + 1:i + 2].isalpha())]
    return ("".join(folded[i] for i in kept) if len(kept) < len(folded) else folded), kept


@functools.lru_cache(maxsize=4096)
def _pet_ending_pattern(full_name: str) -> re.Pattern[str] | None:
    """Round 32: a diminutive ending after what a pet name is made from beside the given name's start: a nickname of
    the tables, whole or without its last vowel ("Dim|ochka" from Dima for Dmitri, "Natash|enka", "Ann|ushka"), or
    the given name's last syllables without its last vowel ("Lup|is", "Lup|ita" for Guadalupe: Spanish pet names are
    made from a name's end). Capitalised, five letters at least."""
    given, _ = _name_parts(full_name)
    stems: set[str] = set()
    for nickname in nicknames_of(" ".join(given)):
        if len(nickname) >= _FEWEST_ALONE and nickname.isalpha():
            stems.add(nickname)
            if nickname[-1] in "aeiouy" and len(nickname) - 1 >= _FEWEST_BEFORE_ENDING:
                stems.add(nickname[:-1])
                if respelt := SPANISH_SOFT_SPELLINGS.get(nickname[-2]):  # round 39: "Paqu|illo" from Paco
                    stems.add(nickname[:-2] + respelt)
    for g in given:
        if g[-1:] in ("a", "e", "i", "o", "u"):
            stems |= {g[i:-1] for i in range(_FEWEST_BEFORE_ENDING, len(g) - _FEWEST_BEFORE_ENDING)}
    if not stems:
        return None
    ends = "|".join(sorted(set(PET_NAME_ENDINGS), key=len, reverse=True))
    heads = "|".join(sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?i:(?P<head>{heads}))(?i:{ends})(?![A-Za-z])")


def _pet_ending_spans(folded: str, full_name: str) -> list[tuple[int, int, str]]:
    """``(start, end, "PERSON")`` of :func:`_pet_ending_pattern`'s forms, capitalised and no everyday word."""
    pattern = _pet_ending_pattern(full_name)
    if pattern is None:
        return []
    _, parts = _name_parts(full_name)
    squeezed, kept = _without_soft_signs(folded)
    return [(kept[m.start()], kept[m.end() - 1] + 1, "PERSON") for m in pattern.finditer(squeezed)
            if m.group()[0].isupper() and len(m.group()) >= _FEWEST_WITH_ENDING
            and (word := m.group().lower()) not in _EVERYDAY and word not in parts]
