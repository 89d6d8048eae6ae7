"""Round 23 (the leak check's side, its own reading): the owner's own name and numbers in the forms earlier black-box
rounds published with the check passing, read from the vocabulary of :mod:`features.deid.variantwords` and the
nickname table of :mod:`features.deid.aliases`. Each function answers yes or no for one text; :func:`variant_kinds`
names what it found.

* A Japanese given name in kanji whose reading is a name word; one kanji only with an honorific, or alone with
  "です" after it, or after a relation word and "の".
* A Han character read as a name word of five letters or fewer, alone after a greeting, a self-introduction or a
  relation word (or opening the text before a comma), punctuation or a particle after it.
* A Korean family name (either table of spellings) with the given names joined in Hangul, alone before a title, or
  capitalised in another Latin spelling of the same Hangul.
* A token of letters and digits or signs whose leet reading is a name word of two letters or more, no lab code.
* A word whose consonants, read as :data:`~features.deid.variantwords.SOUND_ALIKE_SPELLINGS` says, are a long name
  word's (also its Spanish reading), no everyday word or medicine.
* A nickname of four letters or more in lower case that is no everyday word.
* The MRN backwards in a run of digits; the phone's last seven digits in a run of Roman numerals.

Nothing here is the redactor's: see :mod:`features.deid.owner_variants` for its reading.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from anyascii import anyascii

from features.deid import peoplewords as people
from features.deid import variantwords as vocab
from features.deid.aliases import EVERYDAY_SHORT_FORMS, nicknames_of
from features.deid.normalize import fold_text

_ALL_KOREAN_SPELLINGS = {**people.KOREAN_SURNAME_SPELLINGS, **vocab.KOREAN_RARER_SURNAME_SPELLINGS}
_WORD = re.compile(r"[A-Za-z]+")
_KANJI = re.compile("[\u4e00-\u9fff々]")
_HANGUL = re.compile("[\uac00-\ud7a3]+")
_SPACED_HANGUL = re.compile("[ \t]{0,3}([\uac00-\ud7a3]+)")


def _kanji(char: str) -> bool:
    return bool(char) and _KANJI.fullmatch(char) is not None


# --------------------------------------------------------------------------- CJK

def holds_japanese_given_name(text: str, name_words: Iterable[str]) -> bool:
    """Whether a kanji given name whose reading is one of ``name_words`` stands in ``text`` (see the module
    docstring)."""
    wanted = set(name_words)
    for kanji, readings in vocab.JAPANESE_GIVEN_NAME_READINGS.items():
        if wanted.isdisjoint(readings):
            continue
        at = text.find(kanji)
        while at >= 0:
            if len(kanji) > 1:
                return True
            after, before = text[at + 1:], text[at - 1] if at else ""
            if after.startswith(people.JAPANESE_HONORIFICS):
                return True
            apart = not _kanji(before) and not _kanji(after[:1])
            if apart and (after.startswith(vocab.JAPANESE_COPULAS_AFTER_NAMES) or (
                    before == "の" and text.endswith(people.JAPANESE_RELATIONS, 0, at - 1))):
                return True
            at = text.find(kanji, at + 1)
    return False


def _kanji_read_as(text: str, at: int, name: str) -> bool:
    """Whether the kanji from ``at`` on, two or three of them, read (each by one of its readings, "々" as the one
    before it) exactly as ``name``: the readings are tried as prefixes of what is left of the name."""
    pending = [(at, name, 0)]
    while pending:
        where, left, used = pending.pop()
        if not left:
            if used >= vocab.FEWEST_SURNAME_KANJI:
                return True
            continue
        if used >= vocab.MOST_SURNAME_KANJI or where >= len(text) or not _kanji(text[where]):
            continue
        char = text[where - 1] if text[where] == "々" and used else text[where]
        pending += [(where + 1, left[len(r):], used + 1)
                    for r in vocab.JAPANESE_SURNAME_KANJI_READINGS.get(char, ()) if left.startswith(r)]
    return False


def holds_japanese_family_name(text: str, name_words: Iterable[str]) -> bool:
    """Round 24: whether two or three kanji in a row read as a name word of three letters or more by the readings of
    :data:`~features.deid.variantwords.JAPANESE_SURNAME_KANJI_READINGS` ("藤森" for Fujimori)."""
    wanted = [w for w in name_words if len(w) >= vocab.FEWEST_KANJI_SURNAME_LETTERS]
    return bool(wanted) and any(_kanji(c) and any(_kanji_read_as(text, at, w) for w in wanted)
                                for at, c in enumerate(text))


#: how far before a Han syllable its cue is looked for (characters)
_CUE_REACH = 12


def holds_one_syllable_han_name(text: str, name_words: Iterable[str]) -> bool:
    """Whether a Han character read as a short name word stands alone after a cue (see the module docstring)."""
    short = {w for w in name_words if len(w) <= 5}
    cues = vocab.HAN_ONE_SYLLABLE_CUES + people.HAN_RELATIONS
    for at, char in enumerate(text):
        if not _kanji(char) or char in people.HAN_NOT_IN_NAMES or anyascii(char).lower() not in short:
            continue
        after = text[at + 1:at + 2]
        if after and after not in vocab.HAN_AFTER_ONE_SYLLABLE:
            continue
        lead = text[max(0, at - _CUE_REACH):at].rstrip(vocab.HAN_CUE_GAP)
        if lead.endswith(cues) or (at <= _CUE_REACH and lead == "" and after in ("，", ",")):
            return True
    return False


def _korean_said(latin: str) -> str:
    """One Korean name in Latin letters, spellings of one sound made one (the check's own rule, after anyascii's
    reading of Hangul: "ㄱ" is "g", "ㅓ" is "eo")."""
    said = latin.lower().replace("woo", "u").replace("wu", "u").replace("oo", "u").replace("eo", "o")
    said = said.replace("eu", "u").replace("ae", "e").replace("ee", "i").replace("ch", "j").replace("sh", "s")
    said = "".join({"k": "g", "p": "b", "t": "d", "r": "l"}.get(c, c) for c in said)
    return re.sub(r"(.)\1+", r"\1", said)


def _titled(word: str) -> bool:
    """A title after a family name, a particle after it in the same word or nothing ("씨가"; "씨앗" is a seed)."""
    for title in vocab.KOREAN_SURNAME_TITLES:
        if word.startswith(title) and word[len(title):] in vocab.KOREAN_PARTICLES_AFTER_TITLES:
            return True
    return False


_GLUED_LATIN = re.compile("(?<![A-Za-z])([A-Za-z]{2,12}+)([\uac00-\ud7a3]+)")


def holds_korean_family_name(text: str, name_words: tuple[str, ...], common: frozenset[str],
                             is_a_word: Callable[[str], bool] | None = None) -> bool:
    """Whether the owner's Korean family name stands in ``text`` with the given names in Hangul, alone before a
    title, or capitalised in another Latin spelling of its Hangul."""
    families = [w for w in name_words if w in _ALL_KOREAN_SPELLINGS]
    if not families:
        return False
    if _HANGUL.search(text):
        endings = (*people.KOREAN_SUBJECT_PARTICLES, *people.KOREAN_AFTER_NAMES, *people.KOREAN_COPULAS)
        for family in families:
            hangul = _ALL_KOREAN_SPELLINGS[family]
            given = _korean_said("".join(w for w in name_words if w != family))
            for m in _HANGUL.finditer(text):
                word = m.group()
                if not word.startswith(hangul):
                    continue
                rest = word[len(hangul):]
                following = _SPACED_HANGUL.match(text, m.end())
                if _titled(rest) or (not rest and following is not None and _titled(following.group(1))):
                    return True
                if hangul in vocab.KOREAN_SURNAMES_ALONE_BEFORE_PARTICLES and rest in vocab.KOREAN_PARTICLES_AFTER_FAMILY:
                    return True  # round 24: "석이 약을 먹었어"
                if any(_korean_said(anyascii(rest[:n])) == given and (rest[n:] == "" or rest[n:].startswith(endings))
                       for n in range(1, min(len(rest), 3) + 1)):
                    return True
    sounds = {_ALL_KOREAN_SPELLINGS[f] for f in families}
    spelled = [s for s, h in _ALL_KOREAN_SPELLINGS.items() if h in sounds]
    others = {s for s in spelled if s not in name_words and s not in common
              and (len(s) >= 3 or s in vocab.KOREAN_SHORT_SPELLINGS_ALONE)}
    said = {_korean_said(s) for s in spelled if len(s) >= vocab.FEWEST_KEYED_SPELLING_LETTERS}

    def spells_the_family(word: str) -> bool:
        """Round 24 besides: a spelling no table lists whose sounds are a listed one's ("Seog", "Sok" for Seok)."""
        return word in others or (len(word) >= vocab.FEWEST_KEYED_SPELLING_LETTERS and word not in name_words
                                  and word not in common and _korean_said(word) in said
                                  and not (is_a_word is not None and is_a_word(word)))

    if any(m.group()[0].isupper() and spells_the_family(m.group().lower()) for m in _WORD.finditer(fold_text(text))):
        return True
    # round 24: any spelling of it glued to a Hangul title or particle ("Seok씨가 전화했어요")
    for m in _GLUED_LATIN.finditer(text):
        word, after = m.group(1).lower(), m.group(2)
        glued_family = word in families or spells_the_family(word) or _ALL_KOREAN_SPELLINGS.get(word) in sounds
        if glued_family and (_titled(after) or after in vocab.KOREAN_PARTICLES_AFTER_FAMILY):
            return True
    return False


# --------------------------------------------------------------------------- Latin readings

_MIXED = re.compile(r"(?<![\w@$|!+])[\w@$|!+]{2,6}(?![\w@$|!+])")


def holds_short_leet_name(text: str, name_words: Iterable[str]) -> bool:
    """Whether a token of two to six characters mixing letters and digits or signs reads, each digit or sign as a
    letter of :data:`~features.deid.variantwords.LEET_LETTERS`, as a name word ("J0", "3li"); no lab code."""
    names = {w for w in name_words if len(w) >= vocab.FEWEST_LEET_CHARACTERS}
    for m in _MIXED.finditer(fold_text(text)):
        token = m.group().lower()
        if token in vocab.CODES_LIKE_LEET or "_" in token or token.isalpha() or not re.search("[a-z]", token):
            continue
        if re.sub("^[0-9]+", "", token) in vocab.FIGURE_SUFFIXES:
            continue  # a time, an ordinal, a unit after a figure ("5am", "3D")
        options = [vocab.LEET_LETTERS.get(c, c) for c in token]
        if any(len(name) == len(token) and all(n in o for n, o in zip(name, options, strict=True)) for name in names):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _consonant_key(word: str) -> str:
    """The check's sound-alike key: the spellings replaced, the first letter kept (a vowel as "a"), then the
    consonants alone, an "h" after a consonant silent, each said once."""
    for written, said in vocab.SOUND_ALIKE_SPELLINGS:
        word = word.replace(written, said)
    out = "a" if word[:1] in vocab.KEY_VOWELS else word[:1]
    previous = word[:1]
    for c in word[1:]:
        if c not in vocab.KEY_VOWELS and not (c == "h" and previous not in vocab.KEY_VOWELS) and out[-1] != c:
            out += c
        previous = c
    return out


@functools.lru_cache(maxsize=4096)
def _long_name_keys(name_words: tuple[str, ...]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for name in name_words:
        if len(name) < vocab.FEWEST_SOUND_ALIKE_LETTERS - 1 or not name.isalpha():
            continue
        heard_as = name
        for written, said in vocab.SPANISH_SOUNDS:
            heard_as = heard_as.replace(written, said)
        for reading in {name, heard_as}:
            key = _consonant_key(reading)
            if len(key.replace("a", "")) >= vocab.FEWEST_SOUND_ALIKE_CONSONANTS:
                keys[key] = name
    return keys


def holds_sound_alike_name(text: str, name_words: tuple[str, ...], common: frozenset[str],
                           is_a_word: Callable[[str], bool] | None = None) -> bool:
    """Whether a word of six letters or more, no everyday word, sounds as a long name word (same consonant key, the
    lengths two letters apart at most): "okonquo", "Kathryn" for Catherine, "hoakin" for Joaquín."""
    keys = _long_name_keys(name_words)
    if not keys:
        return False
    for m in _WORD.finditer(fold_text(text)):
        word = m.group().lower()
        if len(word) < vocab.FEWEST_SOUND_ALIKE_LETTERS or word in name_words or word in common:
            continue
        name = keys.get(_consonant_key(word))
        if name is not None and abs(len(name) - len(word)) <= vocab.MOST_SOUND_ALIKE_LENGTH_GAP and not (
                is_a_word is not None and is_a_word(word)):
            return True
    return False


def holds_lower_case_nickname(text: str, name_words: tuple[str, ...], common: frozenset[str],
                              in_a_dictionary: Callable[[str], bool] | None = None) -> bool:
    """Whether a nickname of the owner's given names of four letters or more stands in lower case, no everyday or
    dictionary word ("a sally" is a word)."""
    forms = {n for n in nicknames_of(" ".join(name_words)) if len(n) >= 4 and n not in EVERYDAY_SHORT_FORMS}
    wanted = {n for n in forms if n not in common and not (in_a_dictionary is not None and in_a_dictionary(n))}
    folded = fold_text(text)
    if wanted and any(w in wanted for w in _WORD.findall(folded) if w.islower()):
        return True
    return bool(forms - wanted) and _word_nickname_of_a_person(folded, forms - wanted)


#: a word and what stands after it up to the next word
_WORD_AND_GAP = re.compile(r"([A-Za-z]+)([^A-Za-z]*)")


def _word_nickname_of_a_person(folded: str, forms: set[str]) -> bool:
    """Round 26: a nickname that is a word too ("nacho") in lower case, said of a person: after a cue ("dile a nacho",
    "con nacho", "tell nacho") or before a person's verb ("nacho vino", "nacho me dijo"), and after no article."""
    pieces = [(m.group(1), m.group(2)) for m in _WORD_AND_GAP.finditer(folded)]
    lows = [w.lower() for w, _ in pieces]
    for n, (word, gap) in enumerate(pieces):
        if word not in forms:
            continue
        near = [g.strip(" ,") == "" and 0 < len(g) <= 2 for g in (pieces[n - 1][1] if n else "!", gap)]
        prior = lows[n - 1] if n and near[0] else ""
        if prior == "a":  # "dile a nacho"; not "a nacho" (a thing)
            if n >= 2 and pieces[n - 2][1] == " " and lows[n - 2].endswith(vocab.PERSONAL_A_VERB_ENDINGS):
                return True
            continue
        if prior in vocab.NICKNAME_THING_BEFORE:
            continue
        if prior in vocab.NICKNAME_CUES_BEFORE or (near[1] and n + 1 < len(pieces)
                                                     and lows[n + 1] in vocab.NICKNAME_CUES_AFTER):
            return True
    return False


# --------------------------------------------------------------------------- numbers

_DIGITS_APART = re.compile(r"\d(?:[ .\-]?\d)*")


def holds_reversed_mrn(text: str, mrn_digits: str) -> bool:
    """Whether a run of digits holds the MRN's digits backwards (six significant digits or more)."""
    backwards = mrn_digits[::-1].rstrip("0")
    if len(backwards) < 6 or backwards == mrn_digits.lstrip("0"):
        return False
    return any(backwards in re.sub(r"\D", "", m.group()) for m in _DIGITS_APART.finditer(text))


_NUMERAL_OR_FIGURE = re.compile(r"[A-Za-z]+|\d+|[^A-Za-z\d]+")
_WELL_FORMED = re.compile(r"(?i)m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


def _numeral(word: str) -> int | None:
    # ASCII only: a case-blind match takes the Turkish "İ" and "ı" for "i" ("İzmir'de" crashed the check)
    if not word or not word.isascii() or _WELL_FORMED.fullmatch(word) is None or not (word.isupper() or word.islower()):
        return None
    values = [vocab.ROMAN_VALUES[c] for c in word.upper()]
    return sum(-v if i + 1 < len(values) and values[i + 1] > v else v for i, v in enumerate(values))


#: the most figures a run of numerals keeps to look for the phone's tail in (a numeral says four at most)
_SAID_KEPT = 24


def holds_roman_phone(text: str, phone_digits: str) -> bool:
    """Whether three or more Roman numerals (figures and "0"/"N" for zeros among them), only spaces or signs between
    them, say the phone's last seven digits one after another."""
    if len(phone_digits) < 7 or not re.search("[IVXLCDMivxlcdm]", text):
        return False
    tail = phone_digits[-7:]
    said, numerals = "", 0
    for piece in _NUMERAL_OR_FIGURE.findall(text):
        if not piece.isalnum():
            if len(piece) > 3 or not all(c in " \t.,/()-" for c in piece):
                said, numerals = "", 0
            continue
        if piece.isdigit() or piece in vocab.ROMAN_ZEROS:
            said += "0" if piece in vocab.ROMAN_ZEROS else piece
        elif (value := _numeral(piece)) is not None:
            said, numerals = said + str(value), numerals + 1
        else:
            said, numerals = "", 0
            continue
        said = said[-_SAID_KEPT:]  # the tail is looked for in what was said last: a long run costs no square
        if numerals >= vocab.FEWEST_ROMAN_PIECES - 1 and tail in said:
            return True
    return False


def variant_kinds(text: str, name_words: tuple[str, ...], mrn_digits: str, phone_digits: str,
                  common: frozenset[str], is_a_word: Callable[[str], bool] | None = None,
                  in_a_dictionary: Callable[[str], bool] | None = None) -> set[str]:
    """The kinds of round 23 the check finds in ``text`` for the owner (``name_words`` folded, lower case;
    ``is_a_word``: an everyday word, no name; ``in_a_dictionary``: any English word or medicine)."""
    found: set[str] = set()
    if name_words:
        if not text.isascii() and (holds_japanese_given_name(text, name_words)
                                   or holds_one_syllable_han_name(text, name_words)
                                   or holds_japanese_family_name(text, name_words)):
            found.add("name in kanji or one Han syllable alone")
        if holds_korean_family_name(text, name_words, common, is_a_word):
            found.add("Korean family name in another spelling or with a title")
        if holds_short_leet_name(text, name_words):
            found.add("short name in leet spelling")
        if holds_sound_alike_name(text, name_words, common, is_a_word):
            found.add("name by a sound-alike spelling")
        if holds_lower_case_nickname(text, name_words, common, in_a_dictionary):
            found.add("name by a nickname in lower case")
    if mrn_digits and holds_reversed_mrn(text, mrn_digits):
        found.add("mrn backwards")
    if phone_digits and holds_roman_phone(text, phone_digits):
        found.add("phone in Roman numerals")
    return found
