"""Round 40 (r40kin, the redactor's side): third parties named right after a kin word that the name lists do not
hold, which a black-box tester got past both sides.

The rule, in every language: after a kin word (articles, possessives or particles between), a capitalised word, or a
word of a script with no capitals, is a name unless it is an everyday word of that language. Read here:

* Japanese in romaji: a kin word of :data:`~features.deid.peoplewords.ROMAJI_KIN_WORDS`, "no", and a capitalised word
  that is none of :data:`~features.deid.peoplewords.ROMAJI_THINGS_AFTER_KIN_NO` ("otto no Takeshi", "musuko no Ren").
* A kin word of the Latin-script lists (:data:`~features.deid.peoplewords.KIN_WORDS_ABROAD`: English's left out), an
  article of :data:`~features.deid.peoplewords.ARTICLES_BEFORE_A_KIN_NAME` or none, and a capitalised word no
  given-name list need hold, said seldom as a word of the kin word's languages and no facility's word ("mi comadre
  Chela", "mi nieta la Fer"; "mi nieta la farmacia" is in lower case and stays, "la Farmacia del Ahorro" is a
  facility), with a capitalised surname after it.
* A kin word of Thai, Khmer or Lao and a capitalised name in Latin letters after a space ("ลุง Somsak").
* A given name, an Irish surname's particle and its rest ("Seán Mac Giolla"), with or without a kin word before.
* A Khmer kin word with the name glued after it ("ពូសុខាមកយកថ្នាំ": the name ends where a verb or the medicine starts).

The check reads the same places with its own code (:mod:`features.deid.leakkinabroad`).
"""

from __future__ import annotations

import functools
import re

from features.deid.everydaywords import word_frequency
from features.deid.peoplewords import (
    ARTICLES_BEFORE_A_KIN_NAME,
    FACILITY_WORDS,
    IBERIAN_SHORT_NAMES,
    IRISH_SURNAME_PARTICLES,
    KHMER_AMHARIC_WORDS_AFTER_KIN,
    KHMER_GLUED_NAME_SHORTEST,
    KHMER_KIN_BEFORE_A_GLUED_NAME,
    KHMER_NOT_NAME_STARTS,
    KHMER_WORDS_AFTER_A_GLUED_NAME,
    KIN_BEFORE_A_LATIN_NAME,
    KIN_LISTED_NAME_MOST_FREQUENCY,
    KIN_NAME_MOST_FREQUENCY,
    KIN_WORD_LANGUAGES,
    KIN_WORDS_ABROAD,
    ROMAJI_GENITIVE,
    ROMAJI_GIVEN_NAMES,
    ROMAJI_KIN_WORDS,
    ROMAJI_THINGS_AFTER_KIN_NO,
    SCRIPT_KIN_POSSESSIVES,
    STAFF_ROLES,
    THAI_BEFORE_TITLES,
    VERBS_WHERE_A_NAME_WOULD_STAND,
    key,
)
from features.deid.recognizers import FIRST_NAMES, is_medication
from features.deid.spans import Span

_SCORE = 0.85
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_GAP = re.compile(r"[ \t]{1,2}")
_SCRIPT_TOKEN = re.compile(r"[^\s,.;:!?()\[\]<>\"។៕]+")
_KHMER_RUN = re.compile("[\u1780-\u17ff]+")
#: the Khmer consonants and independent vowels a word (a name) opens with; a vowel sign or a subscript does not
_KHMER_OPENING = re.compile("[\u1780-\u17b3]")
_KIN_WORDS = KIN_WORDS_ABROAD
_VERBS = VERBS_WHERE_A_NAME_WOULD_STAND
_KHMER_NO_NAME_OPENINGS = KHMER_NOT_NAME_STARTS + KHMER_AMHARIC_WORDS_AFTER_KIN + KHMER_WORDS_AFTER_A_GLUED_NAME


def _capitalised(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].islower()


@functools.cache
def _kin_languages(kin: str) -> tuple[str, ...]:
    """The languages of :data:`~features.deid.peoplewords.KIN_WORD_LANGUAGES` whose everyday word ``kin`` is, and
    English (an English word is written capitalised in any message: "mi hija Tylenol" is no name, nor "Monday")."""
    return tuple(lang for lang in KIN_WORD_LANGUAGES if lang == "en" or word_frequency(kin, lang) >= 1e-6)


@functools.cache
def _a_name_after_kin(word: str, kin: str) -> bool:
    """A capitalised ``word`` after the kin word ``kin`` (a key) is a name: no medicine, staff role or kin word, and a
    listed given name or a word said seldom in the kin word's languages ("Chela", "Fer"; not "Farmacia")."""
    low = key(word)
    if not _capitalised(word) or is_medication(low) or low in STAFF_ROLES or low in _KIN_WORDS or (
            low in ARTICLES_BEFORE_A_KIN_NAME) or low in FACILITY_WORDS or low in _VERBS:  # "la Farmacia", "Toma"
        return False
    lowered = word.lower()
    most = KIN_LISTED_NAME_MOST_FREQUENCY if low in FIRST_NAMES or low in IBERIAN_SHORT_NAMES else (
        KIN_NAME_MOST_FREQUENCY)
    return all(word_frequency(lowered, lang) < most for lang in _kin_languages(kin))


def _kin_article_names(text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
    found: list[Span] = []
    for i, k in enumerate(keys[:-1]):
        if k not in _KIN_WORDS or not _GAP.fullmatch(text, words[i].end(), words[i + 1].start()):
            continue
        j = i + 1
        if keys[j] in ARTICLES_BEFORE_A_KIN_NAME and words[j].group().islower() and j + 1 < len(words) and (
                _GAP.fullmatch(text, words[j].end(), words[j + 1].start())):
            j += 1  # "mi nieta la Fer"
        if not _a_name_after_kin(words[j].group(), k):
            continue
        end = words[j].end()
        if j + 1 < len(words) and _GAP.fullmatch(text, end, words[j + 1].start()) and _a_name_after_kin(
                words[j + 1].group(), k):
            end = words[j + 1].end()  # "mi comadre Chela Ramírez"
        found.append(("PERSON", words[j].start(), end, _SCORE))
    return found


def _romaji_names(text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
    found: list[Span] = []
    for i in range(len(words) - 2):
        if keys[i] not in ROMAJI_KIN_WORDS or keys[i + 1] != ROMAJI_GENITIVE:
            continue
        name = words[i + 2].group()
        if not (_GAP.fullmatch(text, words[i].end(), words[i + 1].start()) and _GAP.fullmatch(
                text, words[i + 1].end(), words[i + 2].start())):
            continue
        capitalised = _capitalised(name) and keys[i + 2] not in ROMAJI_THINGS_AFTER_KIN_NO and not is_medication(
            keys[i + 2])
        if capitalised or (name.islower() and keys[i + 2] in ROMAJI_GIVEN_NAMES):  # round 42: "musuko no takeshi"
            found.append(("PERSON", *words[i + 2].span(), _SCORE))
    return found


def _a_latin_name(word: str) -> bool:
    return word.isascii() and word.isalpha() and _capitalised(word) and not is_medication(word.lower()) and (
        key(word) not in STAFF_ROLES)


def _script_kin(token: str) -> bool:
    """A kin word of Thai, Khmer or Lao, alone or glued after a Thai word a title follows ("กับลุง")."""
    if token in KIN_BEFORE_A_LATIN_NAME:
        return True
    return any(token.startswith(before) and token[len(before):] in KIN_BEFORE_A_LATIN_NAME
               for before in THAI_BEFORE_TITLES)


def _latin_names_after_script_kin(text: str) -> list[Span]:
    found: list[Span] = []
    tokens = list(_SCRIPT_TOKEN.finditer(text))
    for i, t in enumerate(tokens[:-1]):
        if t.group().isascii() or not _script_kin(t.group()):
            continue
        j = i + 1
        if tokens[j].group() in SCRIPT_KIN_POSSESSIVES and j + 1 < len(tokens):
            j += 1
        if not _GAP.fullmatch(text, tokens[j - 1].end(), tokens[j].start()) or not _a_latin_name(tokens[j].group()):
            continue
        end = tokens[j].end()
        if j + 1 < len(tokens) and _GAP.fullmatch(text, end, tokens[j + 1].start()) and _a_latin_name(
                tokens[j + 1].group()):
            end = tokens[j + 1].end()  # a surname in letters too ("ลุง Somsak Jaidee")
        found.append(("PERSON", tokens[j].start(), end, _SCORE))
    return found


def khmer_glued_name_length(rest: str) -> int:
    """How many characters of ``rest`` (a Khmer run right after a kin word and its "my") are the name: up to the first
    word of :data:`~features.deid.peoplewords.KHMER_WORDS_AFTER_A_GLUED_NAME` (a verb, the medicine) past its first
    :data:`~features.deid.peoplewords.KHMER_GLUED_NAME_SHORTEST` letters, 0 where none can be (it opens with such a
    word, a vowel sign, or a kin word)."""
    if not rest or not _KHMER_OPENING.match(rest) or rest.startswith(_KHMER_NO_NAME_OPENINGS) or rest.startswith(
            KHMER_KIN_BEFORE_A_GLUED_NAME):
        return 0
    ends = [at for word in KHMER_WORDS_AFTER_A_GLUED_NAME
            if (at := rest.find(word, KHMER_GLUED_NAME_SHORTEST)) >= 0 and _KHMER_OPENING.match(rest, at)]
    length = min(ends, default=len(rest))
    return length if length >= KHMER_GLUED_NAME_SHORTEST else 0


def _khmer_glued_names(text: str) -> list[Span]:
    found: list[Span] = []
    for run in _KHMER_RUN.finditer(text):
        word = run.group()
        kin = next((k for k in KHMER_KIN_BEFORE_A_GLUED_NAME if word.startswith(k)), None)
        if kin is None:
            continue
        start = len(kin)
        for my in ("របស់ខ្ញុំ", "ខ្ញុំ"):
            if word.startswith(my, start):
                start += len(my)
                break
        if length := khmer_glued_name_length(word[start:]):
            found.append(("PERSON", run.start() + start, run.start() + start + length, _SCORE))
    return found


def _irish_particle_names(text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
    """A capitalised given name (a listed one, or no English word said often), an Irish surname's particle of
    :data:`~features.deid.peoplewords.IRISH_SURNAME_PARTICLES` as written, and one or two capitalised words of its
    rest ("Seán Mac Giolla", "Nóra Nic Giolla Phádraig", "Pádraig Ó Briain"): all of it goes."""
    found: list[Span] = []
    for i in range(len(words) - 2):
        given = words[i].group()
        if words[i + 1].group() not in IRISH_SURNAME_PARTICLES or not _capitalised(given) or not (
                keys[i] in FIRST_NAMES or word_frequency(given.lower(), "en") < KIN_NAME_MOST_FREQUENCY):
            continue
        if not (_GAP.fullmatch(text, words[i].end(), words[i + 1].start()) and _GAP.fullmatch(
                text, words[i + 1].end(), words[i + 2].start()) and _capitalised(words[i + 2].group())):
            continue
        end = words[i + 2].end()
        if i + 3 < len(words) and _GAP.fullmatch(text, end, words[i + 3].start()) and _capitalised(
                words[i + 3].group()) and word_frequency(words[i + 3].group().lower(), "en") < KIN_NAME_MOST_FREQUENCY:
            end = words[i + 3].end()  # "Nic Giolla Phádraig"
        found.append(("PERSON", words[i].start(), end, _SCORE))
    return found


def kin_abroad_spans(text: str) -> list[Span]:
    """``("PERSON", start, end, score)`` of the names of the module docstring in ``text``."""
    words = list(_WORD.finditer(text))
    keys = [key(w.group()) for w in words]
    found = _kin_article_names(text, words, keys) + _romaji_names(text, words, keys)
    found += _irish_particle_names(text, words, keys)
    if not text.isascii():
        found += _latin_names_after_script_kin(text)
        if max(text) >= "\u1780":
            found += _khmer_glued_names(text)
    return found
