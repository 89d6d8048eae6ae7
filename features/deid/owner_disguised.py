"""The redactor's owner pass, round 14: the owner's name respelt by ear or turned upside down, the birthday in spaced
single figures, told from its month's end or as a leap-day baby.

The twelfth black-box round published the owner's name respelt in lower case with no cue or split into words ("its
salasar again" for Salazar, "kevin wall ace here" for Kevin Wallace, "szewczuk" for Shevchuk), turned upside down
("ɥʇᴉɯS ʍǝɹpu∀" for Andrew Smith), and the birthday as spaced figures ("my bday is 1 1 1 7") or from its month's end
("born the last day of May"). Vocabulary: :mod:`features.deid.spellwords` and :mod:`features.deid.calendars`; the leak
check reads the same vocabulary with its own code (:mod:`features.deid.leakspelled`). Every reading is gated by a cheap
look and its patterns are linear.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import itertools
import re
import unicodedata

from spacy.lang.en.stop_words import STOP_WORDS

from features.deid.calendars import (
    BIRTH_CUE,
    BORN_ON_NAMES,
    DAY_OF_MONTH_WORDS,
    DAY_SHIFT_WORDS,
    DAYS_FROM_MONTH_END,
    MONTH_FIRST_WORDS,
    ORDINALS_BEFORE_LAST,
    month_words,
)
from features.deid.everydaywords import ARABIZI_WORDS
from features.deid.normalize import Folded, fold, fold_text
from features.deid.peoplewords import ARABIZI_WORDS_AFTER_KIN
from features.deid.recognizers import COMMON_WORDS
from features.deid.soundalike import heard_as_owner, letter_script, owner_name_keys, read_by_sound
from features.deid.spans import OwnerSpan as Span
from features.deid.spellwords import (
    ARABIZI_DIGIT_SOUNDS,
    ARABIZI_FEWEST_CONSONANTS,
    ARABIZI_VOWELS,
    FEWEST_SOUNDED_CONSONANTS,
    FEWEST_SOUNDED_LETTERS,
    FEWEST_SOUNDED_WORD_LETTERS,
    MOST_SOUNDED_WORDS,
    SILENT_LETTER,
    SOUNDED_VOWELS,
    SOUNDS_ALIKE,
    UPSIDE_DOWN,
    UPSIDE_DOWN_ASCII,
)
from features.deid.townnicknames import CAPITALISED_TOWN_NICKNAMES

# --------------------------------------------------------------------------- the name respelt by ear

_WORD = re.compile(r"[a-z]+")
#: what may stand between the words of a name split or respelt ("wall ace", "wall-ace", "o'connor")
_WORD_GAP = re.compile(r"[ \t_'.-]{1,3}")
_ONE_VOWEL = str.maketrans(dict.fromkeys(SOUNDED_VOWELS, "a"))
_SAID_TWICE = re.compile(r"(.)\1+")


def _merged(letters: str) -> str:
    return _SAID_TWICE.sub(r"\1", letters.translate(_ONE_VOWEL))


@functools.lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """One word (lower case ASCII letters) as it sounds (:data:`SOUNDS_ALIKE`): "salasar" and "salazar" are "salasar",
    "szewczuk" and "shevchuk" "SavSak"."""
    for written, said in SOUNDS_ALIKE:
        word = word.replace(written, said)
    return _merged(word[:1] + word[1:].replace(SILENT_LETTER, ""))


def _consonants(key: str) -> int:
    return sum(c != "a" for c in key)


@functools.lru_cache(maxsize=4096)
def _sounded_openings(full_name: str) -> frozenset[str]:
    """What the first word of a respelling may sound as: the beginnings of the keys of one part, the first key of a
    run of parts (a cheap look before a word's neighbours are read)."""
    single, runs, _ = _sounded_names(full_name)
    return frozenset({k[:n] for k in single for n in range(1, len(k) + 1)} | {r[0] for r in runs})


@functools.lru_cache(maxsize=4096)
def _sounded_names(full_name: str) -> tuple[frozenset[str], frozenset[tuple[str, ...]], int]:
    """``(parts, runs, longest)``: the sound keys of the owner's name parts of five letters or more and three consonants
    or more ("wallace"); the sound keys of two or three parts in a row, each apart ("ana", "das" for Ana Diaz), when
    together they have as many; the most letters of a part or run."""
    parts = [p.lower() for p in re.findall(r"[A-Za-z]+", fold_text(full_name))]
    single: set[str] = set()
    runs: set[tuple[str, ...]] = set()
    longest = 0
    for i in range(len(parts)):
        for j in range(i + 1, min(len(parts), i + MOST_SOUNDED_WORDS) + 1):
            keys = tuple(sound_key(p) for p in parts[i:j])
            letters = sum(map(len, parts[i:j]))
            if letters >= FEWEST_SOUNDED_LETTERS and _consonants("".join(keys)) >= FEWEST_SOUNDED_CONSONANTS:
                if j == i + 1:
                    single.add(keys[0])
                else:
                    runs.add(keys)
                longest = max(longest, letters)
    return frozenset(single), frozenset(runs), longest


def sounded_name_spans(text: str, full_name: str, folded: Folded | None = None) -> list[Span]:
    """The owner's name respelt as it sounds, in any case and with no cue: one name part in one word or split in up to
    three ("salasar", "szewczuk", "wall ace"), or two or three parts in as many words in a row, each sounding as its
    part ("ana dias"): sound keys (:func:`sound_key`) equal, five letters or more (six for one word alone, which is no
    English word: "wall"); words of one letter or function words are not read with others ("her man" is no Herman),
    and words that sound as the name's letters only joined across its parts are none ("numero es" for Noemi Rios)."""
    single, runs, longest = _sounded_names(full_name)
    if not single and not runs:
        return []
    if text.isascii():
        folded = None
    elif folded is None:
        folded = fold(text)
    lowered = (folded.text if folded is not None else text).lower()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(lowered)]
    openings = _sounded_openings(full_name)
    found = []
    for i, (start, end, word) in enumerate(words):
        key = sound_key(word)
        if key not in openings:
            continue
        letters, apart = len(word), [key]
        if letters >= FEWEST_SOUNDED_WORD_LETTERS and key in single and word not in COMMON_WORDS:
            found.append((start, end))
        if len(word) < 2 or word in STOP_WORDS:
            continue
        for s, e, more in words[i + 1:i + MOST_SOUNDED_WORDS]:
            letters += len(more)
            if letters > longest + 2 or len(more) < 2 or more in STOP_WORDS or not _WORD_GAP.fullmatch(lowered, end, s):
                break
            apart.append(sound_key(more))
            key, end = _merged(key + apart[-1]), e
            if letters >= FEWEST_SOUNDED_LETTERS and (key in single or tuple(apart) in runs):
                found.append((start, end))
    return [(*_original(folded, s, e), "PERSON") for s, e in found]


def _original(folded: Folded | None, start: int, end: int) -> tuple[int, int]:
    return folded.span(start, end) if folded is not None else (start, end)


# --------------------------------------------------------------------------- round 41: the name in Arabizi

#: a Latin word holding an Arabizi digit beside a letter ("M7mod", "3li", "Ra2ed"; "5mg" is read and rejected below)
_ARABIZI_WORD = re.compile(r"(?<![^\W_])(?=[A-Za-z]*[0-9])[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?![^\W_])")
_ARABIZI_READ = str.maketrans(ARABIZI_DIGIT_SOUNDS)
_CLOSE_VOWELS = str.maketrans("euy", "ioi")
_ARABIZI_LOOK = re.compile("[" + "".join(ARABIZI_DIGIT_SOUNDS) + "][A-Za-z]|[A-Za-z][" + "".join(ARABIZI_DIGIT_SOUNDS)
                           + "]")


def _arabizi_letters(word: str) -> str:
    """``word`` (lower case) with its Arabizi digits read as letters; a hamza's or ain's at its start is the vowel
    after it, or "a" before a consonant ("3omar" is "omar", "3li" "ali")."""
    if word[:1] in "23":
        word = word[1:] if word[1:2] in ARABIZI_VOWELS else "a" + word[1:]
    return word.translate(_ARABIZI_READ)


def _by_consonants(letters: str) -> str:
    """A word's consonants after its first letter, each doubled one once, behind its first letter ("a" for a vowel)."""
    head = "a" if letters[:1] in ARABIZI_VOWELS else letters[:1]
    return _SAID_TWICE.sub(r"\1", head + "".join(c for c in letters[1:] if c not in ARABIZI_VOWELS))


def _with_vowels(letters: str) -> str:
    """A word whole, "e" and "i", "o" and "u" one vowel each, each doubled letter once ("eman" and "iman")."""
    return _SAID_TWICE.sub(r"\1", letters.translate(_CLOSE_VOWELS))


@functools.lru_cache(maxsize=4096)
def _arabizi_targets(full_name: str) -> tuple[frozenset[str], frozenset[str]]:
    """``(by consonants, whole)``: the owner's name parts and two parts joined ("Abdel Rahman"), read by their
    consonants where they keep :data:`ARABIZI_FEWEST_CONSONANTS` or more, and whole."""
    parts = [p.lower() for p in re.findall(r"[A-Za-z]+", fold_text(full_name)) if len(p) >= 3]
    parts += [a + b for a, b in itertools.pairwise(parts)]
    loose = {k for p in parts if len((k := _by_consonants(p))[1:]) >= ARABIZI_FEWEST_CONSONANTS}
    return frozenset(loose), frozenset(_with_vowels(p) for p in parts)


#: round 42 (r42owner): how Arabizi writes each Arabic letter of an owner's name stored in Arabic letters (the
#: redactor's own table; the check reads the stored name with anyascii): a hamza's or ain's digit or the vowel it
#: carries, a long vowel's letter, a letter Latin lacks by its digit or its letters
_ARABIC_IN_ARABIZI: dict[str, str] = {
    "ا": "a|e|", "أ": "2|a|e|i|o|u|", "إ": "2|e|i|", "آ": "2a|a", "ء": "2|", "ئ": "2|e|i|y|", "ؤ": "2|o|u|",
    "ب": "b|p", "ت": "t", "ث": "th|s|t", "ج": "g|j|dj|dg", "ح": "7|h", "خ": "5|kh|7'", "د": "d", "ذ": "th|dh|z|d",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh|ch", "ص": "9|s", "ض": "9'|d|dh", "ط": "6|t", "ظ": "6'|z|dh|th",
    "ع": "3|a|e|i|o|", "غ": "8|3'|gh", "ف": "f", "ق": "8|9|q|2|g|k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h|a|e", "ة": "a|e|ah|eh|at|et", "و": "w|o|u|ou", "ي": "y|i|e|ei|ai", "ى": "a|e|y",
}
#: the short vowels Arabic does not write, one or none after each letter of a name part ("M7mod" for محمود)
_UNWRITTEN_VOWEL = "[aeiou]?"


@functools.lru_cache(maxsize=1024)
def _arabic_name_in_arabizi(full_name: str) -> re.Pattern[str] | None:
    """Round 42 (r42owner): the owner's name parts stored in Arabic letters (three letters or more), each as Arabizi
    may write it (:data:`_ARABIC_IN_ARABIZI`, every letter said once), a whole word; ``None`` for a name without."""
    parts = [p for p in re.findall("[\u0621-\u064a]+", full_name) if len(p) >= 3]
    spelt = ["".join(f"(?:{_ARABIC_IN_ARABIZI[c]}){_UNWRITTEN_VOWEL}" for c in p if c in _ARABIC_IN_ARABIZI)
             for p in parts]
    return re.compile("|".join(f"(?:{s})" for s in spelt)) if spelt else None


def arabizi_name_spans(text: str, full_name: str) -> list[Span]:
    """The owner's name part written in Arabizi ("M7mod 3abdelra7man" for Mahmoud Abdelrahman, "5aled" for Khaled,
    "3li" for Ali): a word with an Arabizi digit beside a letter, no everyday Arabizi word, read as letters
    (:data:`ARABIZI_DIGIT_SOUNDS`), is a name part by its consonants, or whole where the part has few. Round 42: a name
    stored in Arabic letters, by :func:`_arabic_name_in_arabizi` ("ana M7mod" for محمود, "ismi 5aled" for خالد)."""
    if not any(c.isdigit() for c in text) or _ARABIZI_LOOK.search(text) is None:
        return []
    loose, whole = _arabizi_targets(full_name)
    in_arabic = _arabic_name_in_arabizi(full_name) if not full_name.isascii() else None
    found = []
    for m in _ARABIZI_WORD.finditer(text):
        word = m.group().lower()
        if _ARABIZI_LOOK.search(word) is None or word in ARABIZI_WORDS or word in ARABIZI_WORDS_AFTER_KIN:
            continue
        if in_arabic is not None and in_arabic.fullmatch(_SAID_TWICE.sub(r"\1", word)):
            found.append((m.start(), m.end(), "PERSON"))
            continue
        letters = _arabizi_letters(word)
        if not letters.isalpha():
            continue
        if _by_consonants(letters) in loose or _with_vowels(letters) in whole:
            found.append((m.start(), m.end(), "PERSON"))
    return found


#: round 43 (r43owner): a plain Latin word read against a name stored in Arabic letters, and the fewest letters of one
#: in lower case so read (a capitalised one: three; "mahmoud abdelrahman" said in lower case)
_PLAIN_LATIN = re.compile(r"(?<![\w'])[A-Za-z]{3,}(?![\w'])")
_FEWEST_LOWER_LETTERS = 5


def plain_latin_of_arabic_spans(text: str, full_name: str) -> list[Span]:
    """Round 43 (r43owner): the owner's name part stored in Arabic letters written in plain Latin letters ("Mahmoud",
    "Mahmud" for محمود, "abdelrahman" for عبدالرحمن): a word, capitalised or of five letters or more, no common or
    function word, that :func:`_arabic_name_in_arabizi` spells (the letters Arabizi writes without its digits)."""
    in_arabic = _arabic_name_in_arabizi(full_name) if not full_name.isascii() else None
    if in_arabic is None:
        return []
    found: list[Span] = []
    for m in _PLAIN_LATIN.finditer(text):
        word = m.group()
        if word.lower() in COMMON_WORDS or word.lower() in STOP_WORDS or (
                word.islower() and len(word) < _FEWEST_LOWER_LETTERS):
            continue
        if in_arabic.fullmatch(_SAID_TWICE.sub(r"\1", word.lower())):
            found.append((m.start(), m.end(), "PERSON"))
    return found


# --------------------------------------------------------------------------- round 42: a name stored in another script

#: round 42 (r42owner): the redactor's consonant classes of a name part read in Latin letters, from anyascii's reading
#: of a part stored in another script or from a Latin word: aspirates and their plain letters one ("ph"/"f"/"p" for
#: ফ), "j" and "ch" one (จ is "ch" to anyascii, "j" to Thai writers), "v" and "b" one (Bengali ব)
_LATIN_CLASSES = (("ph", "p"), ("f", "p"), ("bh", "b"), ("v", "b"), ("th", "t"), ("dh", "d"), ("kh", "k"),
                  ("gh", "g"), ("ch", "j"), ("sh", "s"), ("c", "k"), ("q", "k"), ("z", "s"))
#: the fewest consonant classes of a stored part matched by any capitalised Latin word; one of fewer is matched only
#: right after another part of the name as stored ("สมชาย Jaidee")
_LATIN_FORM_FEWEST_CLASSES = 3
_LATIN_NAME_WORD = re.compile(r"(?<![^\W\d_])[A-Z][a-z]{2,}(?![^\W\d_])")


def _latin_classes(letters: str) -> str:
    for written, said in _LATIN_CLASSES:
        letters = letters.replace(written, said)
    return _SAID_TWICE.sub(r"\1", "".join(c for c in letters if c.isalpha() and c not in "aeiouhwy"))


@functools.lru_cache(maxsize=1024)
def _stored_in_script(full_name: str) -> tuple[tuple[str, str], ...]:
    """``(part, consonant classes)`` of the owner's name parts stored in a script other than Latin (an Indic script,
    Thai, Arabic...), as the redactor's folding reads them (two classes or more)."""
    parts = [p for p in full_name.split() if any(c.isalpha() for c in p)
             and not any(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in p if c.isalpha())]
    return tuple((p, k) for p in parts if len(k := _latin_classes(fold_text(p).lower())) >= 2)


def latin_form_spans(text: str, full_name: str) -> list[Span]:
    """Round 42 (r42owner): the owner's name part stored in another script written in Latin letters ("ফাতেমা Begum"
    for ফাতেমা বেগম, "Fatima" for ফাতেমা): a capitalised Latin word, no common word, with the part's consonant
    classes (:data:`_LATIN_CLASSES`), three or more, or fewer right after another part as stored."""
    stored = _stored_in_script(full_name)
    if not stored or (text.isascii() and not any(len(k) >= _LATIN_FORM_FEWEST_CLASSES for _, k in stored)):
        return []
    found = []
    for m in _LATIN_NAME_WORD.finditer(text):
        if m.group().lower() in COMMON_WORDS:
            continue
        key = _latin_classes(m.group().lower())
        before = text[:m.start()].rstrip(" ")
        for part, classes in stored:
            if key == classes and (len(key) >= _LATIN_FORM_FEWEST_CLASSES or any(
                    before.endswith(other) for other, _ in stored if other != part)):
                found.append((m.start(), m.end(), "PERSON"))
                break
    return found


# --------------------------------------------------------------------------- round 43: heard in another script

#: round 43 (r43owner): a run of letters, the marks inside it (a Thai vowel sign or silencing mark, a Mongolian
#: variation selector, an accent written apart) and hyphens between syllables ("Hiu-dơ"), split by script below
_LETTERS_AND_MARKS = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u180b-\u180d])+"
                                r"(?:-(?:[^\W\d_]|[\u0300-\u036f])+)*")


def _one_script_pieces(start: int, word: str) -> list[tuple[int, int]]:
    """``word`` (found at ``start``) cut where its letters change script ("ヒューズです": katakana, then hiragana); a
    mark or a hyphen goes with the letters before it."""
    pieces, begin, current = [], 0, None
    for i, char in enumerate(word):
        script = letter_script(char)
        if script is None or script == current:
            continue
        if current is not None:
            pieces.append((start + begin, start + i))
        begin, current = i, script
    return [*pieces, (start + begin, start + len(word))]


def heard_name_spans(text: str, full_name: str) -> list[Span]:
    """Round 43 (r43owner): the owner's name part written by its sound in another script ("ヒューズです", "Հյուզն",
    "ฮิวจ์ส", "Hiu-dơ", "هیوز", "Хьюз", "ᠬᠢᠦ᠋ᠽ" for Hughes; "ᠪᠠᠲᠤᠪᠠᠶᠠᠷ" for Батбаяр): each word of one script that
    :func:`~features.deid.soundalike.heard_as_owner` hears as a part."""
    if text.isascii() or not owner_name_keys(full_name):
        return []
    found: list[Span] = []
    for m in _LETTERS_AND_MARKS.finditer(text):
        for start, end in _one_script_pieces(m.start(), m.group()):
            word = text[start:end]
            if read_by_sound(word) and (heard := heard_as_owner(word, full_name)) is not None:
                found.append((start + heard[0], start + heard[1], "PERSON"))
    return found


# --------------------------------------------------------------------------- the name upside down

_TURNED_LOOK = re.compile("[" + re.escape("".join(UPSIDE_DOWN)) + "]")
_TURNED_WORD = re.compile("[A-Za-z" + re.escape("".join(UPSIDE_DOWN)) + "]+")


def _turned(word: str) -> str:
    return "".join(UPSIDE_DOWN.get(c) or UPSIDE_DOWN_ASCII.get(c, c) for c in word).lower()


@functools.lru_cache(maxsize=4096)
def _name_parts(full_name: str) -> frozenset[str]:
    return frozenset(p.lower() for p in re.findall(r"[A-Za-z]+", fold_text(full_name)) if len(p) >= 3)


def upside_down_name_spans(text: str, full_name: str) -> list[Span]:
    """A word of the owner's name turned upside down ("ɥʇᴉɯS" for Smith, "ʍǝɹpu∀" for Andrew): a word holding a turned
    letter (:data:`UPSIDE_DOWN`), read from its end (or as written) with every letter turned back."""
    if text.isascii() or _TURNED_LOOK.search(text) is None:
        return []
    parts = _name_parts(full_name)
    found = []
    for m in _TURNED_WORD.finditer(text):
        word = m.group()
        if _TURNED_LOOK.search(word) and (_turned(word[::-1]) in parts or _turned(word) in parts):
            found.append((m.start(), m.end(), "PERSON"))
    return found


# --------------------------------------------------------------------------- the birthday

_BIRTH_WORD = re.compile(rf"(?i:\b(?:{BIRTH_CUE}|cumple\w*|geburtstag\w*|compleanno|anniversaire)\b)")
#: how far before and after a birth word the birthday is looked for, in characters
_CUE_BEFORE, _CUE_AFTER = 60, 30
#: single figures set apart by spaces or signs, a year of two or four figures after them ("1 1 1 7", "0 4 / 0 3 / 58")
_SPACED_FIGURES = re.compile(r"(?<![0-9])[0-9](?![0-9])(?:[ \t/.,\-]{1,5}[0-9](?![0-9]))++"
                             r"(?:[ \t/.,\-]{1,5}(?:[0-9]{4}|[0-9]{2})(?![0-9]))?")

_SPACED_FIGURES_LOOK = re.compile(r"(?<![0-9])[0-9](?:[ \t/.,\-]{1,5}[0-9](?![0-9])){2}")


def near_a_birth_word(view: str, start: int, end: int) -> bool:
    """Whether a birth word ("born", "bday", "cumpleaños") stands within a few words of ``view[start:end]``."""
    return _BIRTH_WORD.search(view, max(0, start - _CUE_BEFORE), min(len(view), end + _CUE_AFTER)) is not None


def spaced_birthday_spans(text: str, dob: datetime.date, folded: Folded | None = None) -> list[Span]:
    """The birthday's month and day in single figures set apart by spaces or signs near a birth word ("my bday is
    1 1 1 7", "born 0 4 / 0 3", "dob 3 4 5 8"): the figures read together hold the month and day of four figures
    (either order), or are the month and day without zeros, a year after them or not."""
    if not _SPACED_FIGURES_LOOK.search(text):
        return []
    if not text.isascii():
        folded = folded or fold(text)
    view = folded.text if folded is not None and not text.isascii() else text  # "né 0 3 0 4" is read "ne 0 3 0 4"
    if not _BIRTH_WORD.search(view):
        return []
    m, d, years = dob.month, dob.day, ("", f"{dob.year % 100:02d}", str(dob.year))
    padded = (f"{m:02d}{d:02d}", f"{d:02d}{m:02d}")
    whole = {f"{a}{b}{y}" for a, b in ((m, d), (d, m)) for y in years}
    found = []
    for run in _SPACED_FIGURES.finditer(view):
        figures = re.sub(r"[^0-9]", "", run.group())
        if len(figures) >= 3 and (any(p in figures for p in padded) or figures in whole) and near_a_birth_word(
                view, run.start(), run.end()):
            found.append((*_original(folded if view is not text else None, run.start(), run.end()), "DATE"))
    return found


_TOKEN = re.compile(r"[a-z0-9]+")
_ARTICLES = frozenset(("the", "el", "le", "la", "l", "del", "al", "dem", "der", "den", "du", "de", "des", "il"))
#: a cheap look for an ordinal of :data:`DAYS_FROM_MONTH_END` or :data:`MONTH_FIRST_WORDS`, accents or not
_ORDINAL_LOOK = re.compile(r"(?i:last|final|ltim|derni|letzt|penult|first|1st|prim|premi|erst)")
#: the words that tie a day to its month ("last day of May", "dia de junio", "Tag im Mai")
_OF_WORDS = frozenset(("of", "in", "im", "di", "de", "del", "des", "du"))
_SHIFT_COUNTS = {"a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3}


def _day_from_end(tokens: list[str], at: int) -> tuple[int, int] | None:
    """``(where the words before a day word at ``at`` begin, the day they say)``: days before the month's last (0 for
    "last", 1 for "second-to-last", "penultimate", "last but one", "avant-dernier") or -1 for its first; None."""
    before = tokens[max(0, at - 3):at]
    if before == ["last", "but", "one"]:
        return at - 3, 1
    if not before:
        return None
    word = before[-1]
    if len(before) >= 2 and f"{before[-2]}-{word}" in DAYS_FROM_MONTH_END:
        return at - 2, DAYS_FROM_MONTH_END[f"{before[-2]}-{word}"]
    if word in MONTH_FIRST_WORDS:
        return at - 1, -1
    if word not in DAYS_FROM_MONTH_END:
        return None
    if len(before) == 3 and before[1] in ("to", "from") and before[0] in ORDINALS_BEFORE_LAST:
        return at - 3, DAYS_FROM_MONTH_END[word] + ORDINALS_BEFORE_LAST[before[0]]
    return at - 1, DAYS_FROM_MONTH_END[word]


def _shift_before(tokens: list[str], at: int) -> tuple[int, int]:
    """``(where a shift before the phrase at ``at`` begins, the days it adds)``: "the day before", "two days after",
    "el dia antes del"; ``(at, 0)`` when there is none."""
    i = at
    while i > 0 and tokens[i - 1] in _ARTICLES and at - i < 2:
        i -= 1
    if i >= 2 and tokens[i - 1] in DAY_SHIFT_WORDS:
        direction, day = DAY_SHIFT_WORDS[tokens[i - 1]], tokens[i - 2]
        if day in DAY_OF_MONTH_WORDS:
            return i - 2, direction
        if day == "days" and i >= 3 and tokens[i - 3] in _SHIFT_COUNTS:
            return i - 3, direction * _SHIFT_COUNTS[tokens[i - 3]]
    return at, 0


def month_end_days(month: int, from_end: int, shift: int) -> frozenset[tuple[int, int]]:
    """The ``(month, day)`` a day told from ``month``'s end (``from_end`` days before its last, -1: its first) and
    shifted by ``shift`` days is, in a leap year and in another ("the last day of February" is the 28th or the 29th)."""
    out = set()
    for year in (2023, 2024):
        last = calendar.monthrange(year, month)[1]
        day = datetime.date(year, month, 1 if from_end < 0 else last - min(from_end, last - 1))
        day += datetime.timedelta(days=shift)
        out.add((day.month, day.day))
    return frozenset(out)


def month_end_birthday_spans(text: str, dob: datetime.date, folded: Folded | None = None) -> list[Span]:
    """The birthday told from its month's end or start near a birth word, in English, Spanish, French, German or
    Italian ("the last day of May", "second-to-last day of June", "the day before the last day of February", "the day
    after the first of March", "el penultimo dia de junio"): from the first word of the phrase to the month's."""
    if not _ORDINAL_LOOK.search(text):
        return []
    folded = folded or fold(text)
    lowered = folded.text.lower()
    if not _BIRTH_WORD.search(lowered):
        return []
    matches = list(_TOKEN.finditer(lowered))
    tokens = [m.group() for m in matches]
    wanted = (dob.month, dob.day)
    found = []
    for at, token in enumerate(tokens):
        day_word = token in DAY_OF_MONTH_WORDS
        if not day_word and token not in MONTH_FIRST_WORDS and token not in DAYS_FROM_MONTH_END:
            continue
        # "the last of May", "the first of March": no day word, the ordinal ends the phrase
        told = _day_from_end(tokens, at if day_word else at + 1)
        if told is None:
            continue
        month_at = next((j for j in range(at + 1, min(len(tokens), at + 4))
                         if not tokens[j].isdigit() and month_words().months_of(tokens[j])), None)
        between = tokens[at + 1:month_at]
        if month_at is None or not _OF_WORDS.intersection(between) or any(
                t not in _ARTICLES and t not in _OF_WORDS and t != "month" for t in between):
            continue
        start, shift = _shift_before(tokens, told[0])
        if any(wanted in month_end_days(month, told[1], shift) for month in month_words().months_of(tokens[month_at])):
            s, e = matches[start].start(), matches[month_at].end()
            if near_a_birth_word(lowered, s, e):
                found.append((*folded.span(s, e), "DATE"))
    return found


@functools.lru_cache(maxsize=16)
def _born_on_pattern(month: int, day: int) -> re.Pattern[str] | None:
    names = BORN_ON_NAMES.get((month, day))
    return re.compile(rf"(?i:\b(?:{names})\b)") if names else None


def born_on_name_spans(text: str, dob: datetime.date) -> list[Span]:
    """A word naming a person by the day of the owner's birth, with no birth word needed ("I'm a leapling")."""
    pattern = _born_on_pattern(dob.month, dob.day)
    return [] if pattern is None else [(m.start(), m.end(), "DATE") for m in pattern.finditer(text)]


# --------------------------------------------------------------------------- the phone partly masked, the town as "the City"

#: a phone's area code and exchange, then four figures some of which are masked ("413-862-xx07", "413 862 x5x7")
_PARTLY_MASKED = re.compile(r"(?<![0-9(])\(?([2-9][0-9]{2})\)?[ \t./-]{0,2}([2-9][0-9]{2})[ \t./-]{1,2}"
                            r"((?=[0-9]{0,3}[x*#_\u2022])[0-9x*#_\u2022]{4})(?![0-9a-z*#_\u2022])", re.IGNORECASE)


def partly_masked_phone_spans(text: str, phone: str) -> list[Span]:
    """The owner's phone (``phone``: its national number) with some or all of its last four figures masked: its area
    code and exchange before them say whose it is."""
    if len(phone) != 10 or phone[:3] not in text:
        return []
    return [(m.start(), m.end(), "PHONE") for m in _PARTLY_MASKED.finditer(text) if m.group(1) + m.group(2) == phone[:6]]


@functools.lru_cache(maxsize=1024)
def _capitalised_town_pattern(city: str) -> re.Pattern[str] | None:
    names = CAPITALISED_TOWN_NICKNAMES.get(" ".join(re.findall(r"[a-z]+", fold_text(city).lower())))
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None


def capitalised_town_spans(text: str, city: str) -> list[Span]:
    """The owner's town by a nickname that is an everyday phrase in lower case, written with its capitals ("the City"
    for San Francisco or New York: :data:`CAPITALISED_TOWN_NICKNAMES`)."""
    pattern = _capitalised_town_pattern(city) if city else None
    return [] if pattern is None else [(m.start(), m.end(), "CITY") for m in pattern.finditer(text)]


def round14_owner_spans(text: str, full_name: str, dob: datetime.date | None, folded: Folded | None = None, *,
                        phone: str = "", city: str = "") -> list[Span]:
    """Every reading above, spans of ``text`` (``folded``: the text folded, when the caller has it; ``phone``: the
    owner's national number)."""
    found = sounded_name_spans(text, full_name, folded) + upside_down_name_spans(text, full_name)
    found += arabizi_name_spans(text, full_name)  # round 41: "M7mod 3abdelra7man" for Mahmoud Abdelrahman
    found += latin_form_spans(text, full_name)  # round 42: "ফাতেমা Begum" for ফাতেমা বেগম
    found += heard_name_spans(text, full_name)  # round 43: "ヒューズ", "Хьюз", "Hiu-dơ" for Hughes
    found += plain_latin_of_arabic_spans(text, full_name)  # round 43: "Mahmoud", "Mahmud" for محمود
    found += partly_masked_phone_spans(text, phone) + capitalised_town_spans(text, city)
    if dob is not None:
        found += spaced_birthday_spans(text, dob, folded) + month_end_birthday_spans(text, dob, folded)
        found += born_on_name_spans(text, dob)
    return found
