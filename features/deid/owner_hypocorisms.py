"""Round 28 (the redactor's side): the owner's given name as people say it, where no nickname table or short-form
rule reached it before, read in the folded text once an owner.

* A short hypocorism that is a word of some language too (:data:`~features.deid.aliases.WORDLIKE_NICKNAMES`: "Peg"
  for Margaret, "Des" for Desmond, "Ty" for Tyler), or a given name's first syllable of two or three letters ("Olu"
  for Oluwaseun, "Ty" for Tyler: the letters up to where the next syllable starts). One is the owner where a person
  stands: capitalised, with a greeting, a cue or a relation word before it ("thanks Peg"), an introduction after it
  ("Des here"), an initial, a verb of a person or another of the owner's name parts after it ("Des A.", "Ty took",
  "Peg Ellison"), alone as a signature ("- Peg"), or inside a sentence with no capitalised word after it ("I gave
  Des the pills"; not "Des Moines"). In lower case only after a greeting or a cue ("hi peg"): "peg the dose", "des
  comprimés", "ty for the refill" stay.
* The given name's initial (or first letters) and the family name's first three letters or more, joined or with a
  dash or a dot ("J-Riv", "JRiv", "A-Rod" for J. Rivera, A. Rodríguez).
* The first word of the owner's e-mail's local part used as a name ("riek.devries@…" and "Riek says hi"): capitalised
  anywhere when it is no word of English; otherwise as the short hypocorisms above.
* A capitalised word in brackets right after one of the owner's name parts: what the owner is called ("Hendrika
  (Riek)", "Desmond ("Dessie")").

The check reads the same kinds with its own code (:mod:`features.deid.leakhypocorisms`).
"""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import word_frequency

from features.deid.aliases import NOT_FIRST_SYLLABLES, PERSON_VERBS_AFTER_A_SHORT_NAME, wordlike_nicknames_of
from features.deid.normalize import fold_text
from features.deid.peoplewords import (
    ENGLISH_RELATIONS,
    INDONESIAN_HONORIFICS,
    INDONESIAN_VERBS_AFTER_A_NAME,
    NAME_CUES_BEFORE,
    NAME_INTRODUCTION_WORDS,
    NAME_INTRODUCTIONS,
    NAME_INTRODUCTIONS_AFTER,
    RELATIONS,
    SIGN_OFF_CUES,
    VERB_AFTER_A_NAME,
)
from features.deid.peoplewords import key as vocabulary_key
from features.deid.recognizers import COMMON_WORDS

#: how often (wordfreq, English) an e-mail's first word may be said and still be read as a name wherever it stands
#: capitalised ("Riek", "Olu"); a word said more often needs a cue, as a short hypocorism does
_MAIL_WORD_MOST_FREQUENCY = 1e-6
_VOWELS = frozenset("aeiouy")
_REACH = 80
#: (round 40, r40pets: Indonesian honorifics, "Mbak Sit", and Indonesian verbs after a name, "Iti sudah minum")
_CAPITAL_CUES = (NAME_CUES_BEFORE | NAME_INTRODUCTION_WORDS | RELATIONS | ENGLISH_RELATIONS | SIGN_OFF_CUES
                 | INDONESIAN_HONORIFICS)
_AFTER = VERB_AFTER_A_NAME | PERSON_VERBS_AFTER_A_SHORT_NAME | NAME_INTRODUCTIONS_AFTER | INDONESIAN_VERBS_AFTER_A_NAME
_EVERYDAY = COMMON_WORDS | STOP_WORDS
_WORD = re.compile(r"[A-Za-z]+")
#: a capitalised word in brackets (quoted or not) right after a word: group ``name`` the word, ``called`` the other
_IN_BRACKETS = re.compile(r"(?<![A-Za-z])(?P<name>[A-Za-z]+)[ \t]?\([ \t]?[\"'“‘]?(?P<called>[A-Z][a-z]{1,15})[\"'”’]?[ \t]?\)")
#: round 39: an English possessive right after a short form ("Olu's refill"): whose it is, a person
_POSSESSIVE = re.compile(r"['’]s(?![A-Za-z])")
#: what may join the owner's first letters and family name's start ("JRiv", "J-Riv", "J.Riv")
_JOIN = r"(?:\.?[-‐]|\.)?"


def _parts(full_name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z]+", fold_text(full_name).lower()))


def first_syllables(given: str) -> set[str]:
    """A given name's first two or three letters where the next syllable starts after them: a consonant then a vowel
    ("Ty|ler", "Olu|wa", "Mee|nakshi") or a cluster of consonants split ("Des|mond"); five letters of name at least."""
    found: set[str] = set()
    if len(given) < 5:
        return found
    for n in (2, 3):
        head, nxt, after = given[:n], given[n], given[n + 1]
        if not _VOWELS & set(head) or nxt in _VOWELS:
            continue
        if (after in _VOWELS or head[-1] not in _VOWELS) and head not in NOT_FIRST_SYLLABLES:
            found.add(head)
    return found


@functools.lru_cache(maxsize=4096)
def _forms(full_name: str, email: str) -> tuple[frozenset[str], frozenset[str]]:
    """``(plain, cued)``: the forms read capitalised anywhere, and those read where a person stands (see the module
    docstring)."""
    parts = _parts(full_name)
    given = parts[:-1] if len(parts) >= 2 else parts
    cued = set(wordlike_nicknames_of(" ".join(parts)))
    cued |= {s for g in given for s in first_syllables(g)}
    plain: set[str] = set()
    local = fold_text(email.split("@")[0]).lower() if "@" in email else ""
    first = re.match(r"[a-z]+", local)
    if first is not None and len(word := first.group()) >= 3 and word not in parts:
        if word_frequency(word, "en") < _MAIL_WORD_MOST_FREQUENCY and word not in _EVERYDAY:
            plain.add(word)
        elif word not in _EVERYDAY:
            cued.add(word)
    return frozenset(plain), frozenset(cued - set(parts))


@functools.lru_cache(maxsize=4096)
def _joined_pattern(full_name: str) -> re.Pattern[str] | None:
    """The given name's first letters (one to three) and the family name's start, joined ("J-Riv"), or None."""
    parts = _parts(full_name)
    if len(parts) < 2 or len(parts[-1]) < 4:
        return None
    heads = {g[:n] for g in parts[:-1] for n in range(1, min(3, len(g)) + 1)}
    head = "|".join(sorted((h[0].upper() + h[1:] for h in heads), key=len, reverse=True))
    family = parts[-1]
    tail = "|".join(family[0].upper() + family[1:n] for n in range(len(family) - 1, 2, -1))
    return re.compile(rf"(?<![A-Za-z])(?:{head}){_JOIN}(?:{tail})(?![a-z])")


def _previous_word(folded: str, start: int) -> tuple[str, str]:
    """The word right before ``start`` (lower case, "" for none) and what stands between it and ``start``."""
    m = re.search(r"([A-Za-z]+)([^A-Za-z\n]{0,4})\Z", folded[max(0, start - 40):start])
    return (m.group(1).lower(), m.group(2)) if m else ("", folded[max(0, start - 4):start])


def _where_a_person_stands(folded: str, start: int, end: int, parts: tuple[str, ...], word: str) -> bool:
    """Whether the capitalised short form at ``folded[start:end]`` stands as a person (see the module docstring)."""
    before, gap = _previous_word(folded, start)
    if before and gap.strip(" \t") in ("", ",") and vocabulary_key(before) in _CAPITAL_CUES:
        return True
    two = re.findall(r"[A-Za-z]+", folded[max(0, start - 30):start].lower())[-2:]
    if tuple(two) in NAME_INTRODUCTIONS:
        return True
    rest = folded[end:end + 40]
    if _POSSESSIVE.match(rest):  # round 39: "Olu's refill", a person's
        return True
    after = re.match(r"[ \t]*([A-Za-z]+)(\.?)", rest)
    if after is not None:
        nxt = after.group(1)
        if len(nxt) == 1 and nxt.isupper() and (after.group(2) or not re.match(r"[ \t]+[a-z]", rest[len(after.group()):])):
            return True  # an initial: "Des A." (not "Des A lot")
        if nxt.lower() in parts and nxt.lower() != word:
            return True
        low = vocabulary_key(nxt)
        if nxt.islower() and (low in _AFTER or (low.endswith("ed") and len(low) > 4)):
            return True
    # the line around it, read no further than :data:`_REACH` characters each way (a long line read whole for each
    # short form found on it would cost its length squared)
    line_rest = folded[end:end + _REACH].split("\n", 1)[0].strip(" \t.!")
    opening = folded[max(0, start - _REACH):start].rsplit("\n", 1)[-1].strip(" \t")
    if not line_rest and (not opening or opening[-1] in "-–—~," or (before and vocabulary_key(before) in SIGN_OFF_CUES)):
        return True  # a signature: "- Peg", "Love,\nPeg", "Thanks, Peg"
    inside = bool(opening) and opening[-1] not in ".!?:;\"“(" and not (before and gap.strip(" \t") in (".", "!", "?"))
    if inside and word not in _EVERYDAY:
        return not (after is not None and after.group(1)[:1].isupper() and after.group()[:1] in " \t")
    return False


def hypocorism_spans(folded: str, full_name: str, email: str = "") -> list[tuple[int, int, str]]:
    """``(start, end, "PERSON")`` of the forms of the module docstring in ``folded`` (the folded text)."""
    parts = _parts(full_name)
    if not parts:
        return []
    plain, cued = _forms(full_name, email or "")
    found: list[tuple[int, int, str]] = []
    lower_text = folded.lower()
    if (plain or cued) and any(f in lower_text for f in plain | cued):
        for m in _WORD.finditer(folded):
            text = m.group()
            word = text.lower()
            if word not in plain and word not in cued:
                continue
            capital = text[0].isupper() and (len(text) == 1 or text[1:].islower())
            if (capital and (word in plain or _where_a_person_stands(folded, m.start(), m.end(), parts, word))) or (
                    text.islower() and _lower_case_cued(folded, m.start())):
                found.append((m.start(), m.end(), "PERSON"))
    if "(" in folded:
        found += [(*m.span("called"), "PERSON") for m in _IN_BRACKETS.finditer(folded) if m["name"].lower() in parts]
    pattern = _joined_pattern(full_name)
    if pattern is not None and parts[-1][:3] in lower_text:
        found += [(m.start(), m.end(), "PERSON") for m in pattern.finditer(folded)]
    return found


def _lower_case_cued(folded: str, start: int) -> bool:
    """A greeting, a name cue or an introduction right before a short form in lower case ("hi peg", "this is des")."""
    before, gap = _previous_word(folded, start)
    if before and gap.strip(" \t") in ("", ",") and vocabulary_key(before) in NAME_CUES_BEFORE | NAME_INTRODUCTION_WORDS:
        return True
    two = re.findall(r"[A-Za-z]+", folded[max(0, start - 30):start].lower())[-2:]
    return tuple(two) in NAME_INTRODUCTIONS
