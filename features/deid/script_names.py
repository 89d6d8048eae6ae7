"""Round 17 (the redactor's side): the owner's name part written alone in a script whose spelling the sound classes of
:func:`features.deid.text._sounds` cannot tell (fewer than three consonant classes, or letters they hear otherwise).

* An abjad (Arabic, Hebrew) writes a name's consonants and its long vowels as "w"/"y"/alef, the short ones not at
  all: "يوسف" ("ywsf") and "יוסף" ("yvsf") for a Yusuf, Youssef or Yosef. A name part of four letters or more is
  made a pattern of what each of its letters may be written as (:func:`_abjad_pattern`: a vowel as nothing or its
  long letter, a "p" as "b" or "f", a "k" as "q"), which a word of the script, read by anyascii, must fill whole
  (three letters or more, a proclitic letter "و", "ب", "ל", "ה" ... before it or not).
* Kana (hiragana, and katakana read the same way) write syllables: "けんじ" is "ke-n-ji". A run of kana is read
  syllable by syllable (a small "ゃ", "ゅ", "ょ" joined to the one before it), and a span of whole syllables whose
  Hepburn reading, long vowels and doubled letters made one (:func:`_kana_key`), is a name part of four letters or
  more is the name ("けんじです", "ゆうきさん" for a Yuki). Japanese writes no spaces: the span stops at the name.
* Tamil writes Sanskrit's "kṣ" as "ட்ச" ("லட்சுமி" for Lakshmi): read as "க்ஷ" before anyascii.

A name in kanji or in Han characters (健二 for Kenji, 明開 for a Vietnamese Minh Khai) has readings no table in the lock
gives (pykakasi and a Sino-Vietnamese dictionary are not in it): those are left (docs/deid-rounds.md, round 17). Round 22 reads a
Chinese name by anyascii's Mandarin readings, the most common Japanese family names in kanji by a table of their
readings (:data:`~features.deid.peoplewords.JAPANESE_SURNAME_READINGS`), a Tamil word by its consonants and a Hangul
name by a key that makes Korean spellings one (the functions at the end of the module).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable

from anyascii import anyascii

from features.deid.aliases import nicknames_of
from features.deid.everydaywords import everyday_in_its_script, word_frequency
from features.deid.normalize import fold_text
from features.deid.peoplewords import (
    HAN_AFTER_A_GIVEN_NAME,
    HAN_EVERYDAY_WORD,
    HAN_GIVEN_OPENERS,
    HAN_KIN_BEFORE_A_GIVEN_NAME,
    HAN_NAME_CUES,
    HAN_NAMING_WORDS,
    HAN_NOT_IN_NAMES,
    HAN_RELATIONS,
    HAN_SURNAME_FAMILIAR,
    HAN_SURNAME_TITLES,
    HAN_SURNAMES_ONE,
    HAN_SURNAMES_TWO,
    HAN_TRANSLITERATION_CHARACTERS,
    HAN_WORDS_AFTER_RELATIONS,
    HEBREW_FINAL_LETTERS,
    HEBREW_PET_ENDINGS,
    HEBREW_PET_STEM_LETTERS,
    HEBREW_PET_TAILS,
    HEBREW_SHORT_FORMS,
    JAPANESE_AFTER_A_NAMING,
    JAPANESE_AFTER_NAMES,
    JAPANESE_HONORIFICS,
    JAPANESE_JOBS_BEFORE_AN_HONORIFIC,
    JAPANESE_KANA_NAME_AFTER,
    JAPANESE_KANA_NOT_NAMES,
    JAPANESE_KANA_RELATIONS,
    JAPANESE_NAMING_WORDS,
    JAPANESE_NOT_NAMES,
    JAPANESE_PET_ENDINGS,
    JAPANESE_PET_WORDS,
    JAPANESE_RELATIONS,
    JAPANESE_SURNAME_READINGS,
    JAPANESE_THING_ENDINGS,
    KATAKANA_NAME_AFTER,
    KATAKANA_NAME_LONGEST,
    KATAKANA_NAME_SHORTEST,
    KOREAN_AFTER_NAMES,
    KOREAN_COPULAS,
    KOREAN_ENDINGS_AFTER_A_LOANWORD,
    KOREAN_EVERYDAY_WORD,
    KOREAN_NUMBER_SYLLABLES,
    KOREAN_RELATIONS,
    KOREAN_SUBJECT_PARTICLES,
    KOREAN_SURNAME_SPELLINGS,
    KOREAN_SURNAMES,
    KOREAN_VOWEL_NAME_PARTICLES,
    LOANWORD_GLUED_PART_FEWEST_SOUNDS,
    PINYIN_FAMILY_NAMES,
    PINYIN_FINALS,
    PINYIN_INITIALS,
    PINYIN_KIN,
    katakana_given_name,
    without_abjad_proclitics,
)
from features.deid.recognizers import FIRST_NAMES
from features.deid.variantwords import JAPANESE_SURNAME_KANJI_READINGS

#: Arabic and Hebrew letters (a word of them)
_ABJAD_WORD = re.compile("[\u05d0-\u05ea\u05b0-\u05c7\u0620-\u065f\u0670-\u06d3]+")
#: how an abjad may write each Latin letter of a name (a vowel: nothing, or its long letter, or an alef/ayin)
_ABJAD_CONSONANT = {
    "b": "[bv]", "c": "(?:kh|[kqs])", "d": "d", "f": "[fp]", "g": "[gjq]", "j": "(?:j|y|zh|dj|g)", "k": "(?:kh|[kqc])",
    "l": "l", "m": "m", "n": "n", "p": "[pbf]", "q": "[qk]", "r": "r", "s": "(?:s|ts|sh)", "t": "t", "v": "[vwbf]",
    "w": "[wv]", "x": "ks", "z": "(?:[zs]|ts|tz)", "h": "h?",
}  # round 31: a "z" also as Hebrew "צ", which anyascii reads "ts" ("הרצל" for Herzl); round 40: a "c" or "k" as
#   Hebrew "כ", which anyascii reads "kh" ("כהן" for Cohen, "כץ" for Katz: the check heard them, the redactor not)
_ABJAD_DIGRAPHS = (("sh", "(?:sh|s)"), ("ch", "(?:sh|ch|kh|h|k|j)"), ("kh", "(?:kh|h|k)"), ("th", "(?:th|t|s)"),
                   ("ph", "[fp]"), ("gh", "(?:gh|g)?"), ("ck", "[kq]"), ("dh", "(?:dh|d|z)"), ("ts", "(?:ts|s)"))
_LEAST_ABJAD_LETTERS = 3
_LEAST_NAME_LETTERS = 4


def _abjad_pattern(part: str) -> str:
    """The anyascii letters an abjad may write ``part`` (lower-case ASCII) with."""
    out: list[str] = []
    i = 0
    while i < len(part):
        pair = part[i:i + 2]
        digraph = next((p for d, p in _ABJAD_DIGRAPHS if d == pair), None)
        if digraph is not None:
            out.append(digraph)
            i += 2
            continue
        c = part[i]
        j = i
        while j < len(part) and part[j] in "aeiouy" and not (c == "y" and j == i and (i == 0 or part[i - 1] in "aeiou")):
            j += 1
        if j > i:  # a run of vowels: nothing, an alef or ayin, a "w"/"v" for "o"/"u", a "y" for "i"/"e"
            vowels = part[i:j]
            long = "[wv]" if set(vowels) & set("ou") else "y" if set(vowels) & set("ie") else ""
            tail = "h" if j == len(part) else ""
            out.append(f"['`]?{long}?{tail}?" if long else f"['`]?{tail}?" if tail else "['`]?")
            i = j
            continue
        out.append("y" if c == "y" else _ABJAD_CONSONANT.get(c, re.escape(c)))
        i += 1
        while i < len(part) and part[i] == c:  # a doubled letter is written once
            i += 1
    return "".join(out)


def _name_parts(full_name: str) -> list[str]:
    return [p for p in re.findall(r"[a-z]+", fold_text(full_name).lower()) if len(p) >= _LEAST_NAME_LETTERS]


@functools.lru_cache(maxsize=4096)
def _abjad_name(full_name: str) -> re.Pattern[str] | None:
    parts = _name_parts(full_name)
    if not parts:
        return None
    return re.compile("|".join(f"(?:{_abjad_pattern(p)})" for p in sorted(set(parts))))


#: round 30: a name part of three letters ("Ali") is read in an abjad word of three letters at most
_SHORT_ABJAD_PART = 3


@functools.lru_cache(maxsize=4096)
def _short_abjad_names(full_name: str) -> re.Pattern[str] | None:
    parts = {p for p in re.findall(r"[a-z]+", fold_text(full_name).lower()) if len(p) == _SHORT_ABJAD_PART
             and len(re.sub("[aeiouy]", "", p)) >= 1}
    return re.compile("|".join(f"(?:{_abjad_pattern(p)})" for p in sorted(parts))) if parts else None


def _abjad_letters(word: str) -> str:
    """Round 30: an abjad word read letter by letter as anyascii does, but an alef kept as the long vowel it writes
    ("'") and a "ض" read as Persian and Urdu say it, a "z" ("رضا": "rz'" for a Reza; anyascii reads "rd")."""
    out = []
    for c in word:
        out.append("'" if c in "اآ" else "z" if c == "ض" else anyascii(c).lower())
    return re.sub(r"[^a-z'`]", "", "".join(out).replace("i'", "y"))


def _abjad_word_letters(word: str) -> int:
    """The letters of an abjad word, its vowel marks left out."""
    return sum(1 for c in word if unicodedata.category(c) == "Lo")


# --------------------------------------------------------------------------------------------------- kana
_KANA_RUN = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_SMALL_Y = frozenset("ゃゅょャュョ")
_SMALL_OTHER = frozenset("ぁぃぅぇぉっゎァィゥェォッヮー")
#: Hepburn and Kunrei spellings made one, then long vowels and doubled letters once
_KANA_SAME = ((r"sy", "sh"), (r"ty", "ch"), (r"[zj]y", "j"), (r"tu", "tsu"), (r"hu", "fu"), (r"s(?=i)", "sh"),
              (r"t(?=i)", "ch"), (r"[zd](?=i)", "j"), (r"du", "zu"), (r"n'", "n"), (r"m(?=[bp])", "n"), (r"shh", "sh"),
              (r"chh", "ch"), (r"ou|oh(?![aeiou])", "o"), (r"ei", "e"), (r"([a-z])\1+", r"\1"))


def _kana_key(reading: str) -> str:
    """A Japanese reading as :data:`_KANA_SAME` makes it ("shouta", "syota" and "shota" are all "shota")."""
    key = reading.lower().replace("'", "")
    for pattern, said in _KANA_SAME:
        key = re.sub(pattern, said, key)
    return key


def _syllables(run: str) -> list[str]:
    """The readings of a kana run syllable by syllable ("しょう" is "sho", "u")."""
    out: list[str] = []
    for c in run:
        said = anyascii(c).lower()
        if out and c in _SMALL_Y:
            before = out[-1]
            out[-1] = (before[:-1] if before.endswith(("shi", "chi", "ji")) else before[:-1] + "y") + said[-1:]
        elif out and c in _SMALL_OTHER:
            out[-1] += said if c not in "っッー" else ""
        else:
            out.append(said)
    return out


@functools.lru_cache(maxsize=4096)
def _kana_names(full_name: str) -> frozenset[str]:
    return frozenset(k for p in _name_parts(full_name) if len(k := _kana_key(p)) >= _LEAST_NAME_LETTERS)


def _kana_spans(text: str, names: frozenset[str]) -> list[tuple[int, int, str]]:
    longest = max(len(n) for n in names) + 4
    found = []
    for m in _KANA_RUN.finditer(text):
        run = m.group()
        syllables = _syllables(run)
        ends: list[int] = []  # where each syllable ends in the run
        at = 0
        for c_index, c in enumerate(run):
            if c_index and (c in _SMALL_Y or c in _SMALL_OTHER) and ends:
                ends[-1] = c_index + 1
            else:
                ends.append(c_index + 1)
            at = c_index
        del at
        starts = [0, *ends[:-1]]
        i = 0
        while i < len(syllables):
            reading = ""
            hit = None
            for j in range(i, len(syllables)):
                reading += syllables[j]
                if len(reading) > longest:
                    break
                if j > i and _kana_key(reading) in names:
                    hit = j
            if hit is not None:
                found.append((m.start() + starts[i], m.start() + ends[hit], "PERSON"))
                i = hit + 1
            else:
                i += 1
    return found


#: round 32: one to three kana before a pet ending (:data:`~features.deid.peoplewords.JAPANESE_PET_ENDINGS`)
_KANA_PET = re.compile("(?P<head>[\u3041-\u3096\u30a1-\u30fa\u30fc]{1,4}?)(?:" + "|".join(JAPANESE_PET_ENDINGS) + ")")
_KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc]+")
#: the fewest Latin letters a kana head before a pet ending reads as
_FEWEST_PET_HEAD_LETTERS = 2


@functools.lru_cache(maxsize=4096)
def _kana_pet_forms(full_name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """``(name keys, nickname keys)``: the owner's name parts (three letters or more) and their nicknames of the tables
    (:func:`~features.deid.aliases.nicknames_of`, three letters or more) as :func:`_kana_key` reads them."""
    parts = [p for p in re.findall(r"[a-z]+", fold_text(full_name).lower()) if len(p) >= 3]
    nicknames = frozenset(_kana_key(n) for n in nicknames_of(" ".join(parts)) if len(n) >= 3 and n.isalpha())
    return tuple(_kana_key(p) for p in parts), nicknames


def kana_pet_name_spans(text: str, full_name: str) -> list[tuple[int, int, str]]:
    """Round 32: the owner's given name by a Japanese pet name in kana: the name's first morae before a pet ending
    ("セッちゃん" for Setsuko, "ケンちゃん" for Kenji, "ハルくん" for Haruto: two letters read at least, the head only
    redacted), or a nickname of the tables written alone in katakana ("ハル" for Haruko). The kana of the family's and
    babies' everyday words before an ending (:data:`~features.deid.peoplewords.JAPANESE_PET_WORDS`: "おばあちゃん",
    "あかちゃん") stay; so does a nickname in hiragana ("はる" is spring)."""
    if text.isascii():
        return []
    names, nicknames = _kana_pet_forms(full_name)
    found: list[tuple[int, int, str]] = []
    for m in _KANA_PET.finditer(text):
        run = text[:m.end("head")]
        if run.endswith(JAPANESE_PET_WORDS):
            continue
        head = m.group("head")
        for cut in range(len(head)):  # the longest head first that reads as the name's start
            piece = head[cut:]
            if piece[0] in _SMALL_Y or piece[0] in _SMALL_OTHER:
                continue
            reading = _kana_key("".join(_syllables(piece)))
            if len(reading) >= _FEWEST_PET_HEAD_LETTERS and (
                    reading in nicknames or any(n.startswith(reading) for n in names)):
                found.append((m.start("head") + cut, m.end("head"), "PERSON"))
                break
    if nicknames:
        found += [(m.start(), m.end(), "PERSON") for m in _KATAKANA_RUN.finditer(text)
                  if _kana_key("".join(_syllables(m.group()))) in nicknames]
    return found


_TAMIL_KSH = re.compile("ட்ச")


def _abjad_spans(text: str, abjad: re.Pattern[str], label: str) -> list[tuple[int, int, str]]:
    """The words of an abjad in ``text`` that write a word of ``abjad`` (a pattern of :func:`_abjad_pattern`) whole,
    a proclitic letter before it or not."""
    found: list[tuple[int, int, str]] = []
    for m in _ABJAD_WORD.finditer(text):
        word = m.group()
        # round 40: up to two proclitics read off ("ولفاطمة"), three letters left at least
        bare = without_abjad_proclitics(word, _LEAST_ABJAD_LETTERS)
        for w in (word, *bare, *(_without_pet_ending(word) if label == "PERSON" else ())):
            # a yeh with a hamza writes a long "i" (round 28: Urdu "عائشہ" for Aisha)
            letters = re.sub(r"[^a-z'`]", "", anyascii(w).lower().replace("i'", "y"))
            # an ayin or alef first writes the name's first vowel: a letter of it ("عمر" for Omar, round 22)
            written = len(letters.replace("'", "").replace("`", "")) + (letters[:1] in ("'", "`"))
            if written >= _LEAST_ABJAD_LETTERS and abjad.fullmatch(letters):
                found.append((m.start(), m.end(), label))
                break
            # round 30: the alef read as a vowel and "ض" as "z" ("رضا" for Reza), three letters written at least
            if _abjad_word_letters(w) >= _LEAST_ABJAD_LETTERS and abjad.fullmatch(_abjad_letters(w)):
                found.append((m.start(), m.end(), label))
                break
    return found


def _without_pet_ending(word: str) -> tuple[str, ...]:
    """Round 39 (r39refusals): a Hebrew word less a pet ending of :data:`~features.deid.peoplewords.HEBREW_PET_ENDINGS`
    ("יעלי", "יעליק": "יעל", Yael), three letters left at least; none for another word."""
    return tuple(word[:-len(end)] for end in HEBREW_PET_ENDINGS
                 if word.endswith(end) and len(word) - len(end) >= _LEAST_ABJAD_LETTERS and "\u05d0" <= word[0] <= "\u05ea")


#: round 40 (r40pets): a word of Hebrew letters with the geresh or apostrophes a pet form is written with ("יעלה'לה")
_HEBREW_MARKED_WORD = re.compile("[\u05d0-\u05ea]+(?:['\u05f3\u2019`][\u05d0-\u05ea]+)*['\u05f3\u2019`]?")
_HEBREW_MARKS = str.maketrans("", "", "'\u05f3\u2019`")


@functools.lru_cache(maxsize=1024)
def _hebrew_pet_stems(full_name: str) -> tuple[str, ...]:
    """Round 40 (r40pets): the stems a pet tail follows for the given names in Hebrew letters of ``full_name`` (all its
    words but the last, or the one word): each whole, less its last letter and less an inner he ("אברהם": "אברמ"),
    and its short forms of :data:`~features.deid.peoplewords.HEBREW_SHORT_FORMS` whole or less a last he,
    three letters at least and in plain letters (longest first, so a tail is read off the longest stem)."""
    words = full_name.split()
    stems: set[str] = set()
    for given in (words[:-1] or words):
        if not given or not "\u05d0" <= given[0] <= "\u05ea":
            continue
        plain = given.translate(HEBREW_FINAL_LETTERS)
        cuts = {plain, plain[:-1], plain[:1] + plain[1:].replace("ה", "")}
        shorts = {f.translate(HEBREW_FINAL_LETTERS) for f in HEBREW_SHORT_FORMS.get(given, ())}
        cuts |= shorts | {f[:-1] for f in shorts if f.endswith("ה")}  # "מוישה": "מויש|ל'ה" (not "אבר|י", limbs)
        stems |= {c for c in cuts if len(c) >= HEBREW_PET_STEM_LETTERS}
    return tuple(sorted(stems, key=len, reverse=True))


def hebrew_pet_spans(text: str, full_name: str) -> list[tuple[int, int, str]]:
    """Round 40 (r40pets): the owner's given name in Hebrew letters with a Hebrew or Yiddish pet tail glued on
    (:data:`~features.deid.peoplewords.HEBREW_PET_TAILS`: "יעלי", "יעלקה", "יעלה'לה" for יעל; "אברמל'ה", "אבי'לה" for
    אברהם), a proclitic letter before it or not: the owner's name as the family says it, which the name's letters
    alone do not match."""
    if text.isascii() or full_name.isascii():
        return []
    if not (ordered := _hebrew_pet_stems(full_name)):
        return []
    found: list[tuple[int, int, str]] = []
    for m in _HEBREW_MARKED_WORD.finditer(text):
        word = m.group().translate(_HEBREW_MARKS)
        for w in (word, *without_abjad_proclitics(word, 2)):
            if any(w.startswith(s) and w[len(s):] in HEBREW_PET_TAILS for s in ordered if len(w) > len(s)):
                found.append((m.start(), m.end(), "PERSON"))
                break
    return found


@functools.lru_cache(maxsize=4096)
def _abjad_places(words: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    by_label: dict[str, set[str]] = {}
    for word, label in words:
        if label != "PERSON" and len(word) >= _LEAST_NAME_LETTERS and word.isalpha() and word.isascii():
            by_label.setdefault(label, set()).add(word)
    return tuple((re.compile("|".join(f"(?:{_abjad_pattern(w)})" for w in sorted(group))), label)
                 for label, group in sorted(by_label.items()))


def abjad_place_spans(text: str, words: tuple[tuple[str, str], ...]) -> list[tuple[int, int, str]]:
    """Round 31: the owner's street word or town (``words``: ``(folded lower-case word, placeholder)``, four letters or
    more) written in Hebrew or Arabic letters ("הרצל", "רחוב הרצל", "شارع هرتسل" for Herzl Street): the table keeps
    the street in Latin letters, a patient writing in Hebrew or Arabic writes it in theirs. Read as the owner's name
    is (:func:`script_name_spans`)."""
    if text.isascii() or not _ABJAD_WORD.search(text):
        return []
    found: list[tuple[int, int, str]] = []
    for pattern, label in _abjad_places(words):
        found += _abjad_spans(text, pattern, label)
    return found


def script_name_spans(text: str, full_name: str) -> list[tuple[int, int, str]]:
    """The owner's name parts of four letters or more written alone in an abjad, in kana or in Tamil (see the module
    docstring), and the name in Tamil, Han or Hangul (round 22, :func:`_tamil_spans`, :func:`_cjk_owner_spans`):
    ``(start, end, "PERSON")`` of ``text``."""
    found: list[tuple[int, int, str]] = []
    if text.isascii():
        return found
    abjad = _abjad_name(full_name)
    if abjad is not None and _ABJAD_WORD.search(text):
        found += _abjad_spans(text, abjad, "PERSON")
    short = _short_abjad_names(full_name)
    if short is not None and _ABJAD_WORD.search(text):
        # round 30: a part of three letters ("Ali": "علی") in a word of exactly three letters ("عالی", great, has four)
        found += [(m.start(), m.end(), "PERSON") for m in _ABJAD_WORD.finditer(text)
                  if _abjad_word_letters(m.group()) == _SHORT_ABJAD_PART and not m.group().startswith("ال")
                  and short.fullmatch(_abjad_letters(m.group()))]
    if (names := _kana_names(full_name)) and _KANA_RUN.search(text):
        found += _kana_spans(text, names)
    found += kana_pet_name_spans(text, full_name)  # round 32
    found += _tamil_spans(text, full_name) + _cjk_owner_spans(text, full_name)  # round 22
    if "ட்ச" in text:
        tamil = _TAMIL_KSH.sub("க்ஷ", text)  # same length: spans stay where they are
        sounds = {re.sub(r"[^a-z]", "", p) for p in _name_parts(full_name)}
        for m in re.finditer("[\u0b80-\u0bff]+", tamil):
            heard = re.sub(r"[^a-z]", "", anyascii(m.group()).lower())
            if "ட்ச" in text[m.start():m.end()] and any(_consonants(heard) == _consonants(s) for s in sounds):
                found.append((m.start(), m.end(), "PERSON"))
    return found


def _consonants(word: str) -> str:
    """A word's consonants, "h" left out and doubled ones once ("lakshmi" and "lksmi": "lksm")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyh]", "", word))


# --------------------------------------------------------------------------- anybody's name in Hangul or Han (round 20)

_HANGUL_NAME_BEFORE_COPULA = re.compile("(?<![\uac00-\ud7a3])(?P<v>[\uac00-\ud7a3]{3,4}?)(?=" + "|".join(KOREAN_COPULAS)
                                        + ")")
_HAN_AFTER_CUE = re.compile("(?:" + "|".join(sorted(HAN_NAME_CUES, key=len, reverse=True)) + r")[ \t:：　]+"
                            r"(?P<v>[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")


def cued_cjk_name_spans(text: str) -> list[tuple[str, int, int, float]]:
    """``("PERSON", start, end, score)`` of anybody's full name in Hangul before a copula ("김민준입니다": three or four
    syllables from a Korean surname, :data:`~features.deid.peoplewords.KOREAN_SURNAMES`) and in Han characters after
    a field's cue and a space or colon ("患者 山田太郎", "联系人：王小明"); round 20."""
    found: list[tuple[str, int, int, float]] = []
    if any("\uac00" <= c <= "\ud7a3" for c in text):
        found += [("PERSON", *m.span("v"), 0.6) for m in _HANGUL_NAME_BEFORE_COPULA.finditer(text)
                  if m["v"][0] in KOREAN_SURNAMES
                  and not all(c in KOREAN_NUMBER_SYLLABLES for c in m["v"][:-1])]  # "구십삼세입니다": an age
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        found += [("PERSON", *m.span("v"), 0.6) for m in _HAN_AFTER_CUE.finditer(text)]
    return found + related_cjk_name_spans(text)


# --------------------------------------------------------------------------- a name after a relation word (round 22)

def _either(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


#: a Chinese family name and one or two characters glued to a relation word or a field's cue ("我儿子李明会来",
#: "联系人王芳"), or to a word that gives a name (round 35: "我的护士叫王芳"); the characters are judged after the match
#: (:func:`_han_given`)
_HAN_AFTER_RELATION = re.compile(rf"(?:{_either(HAN_RELATIONS + HAN_NAME_CUES + HAN_NAMING_WORDS)})"
                                 rf"(?P<s>{_either(HAN_SURNAMES_TWO)}|[{HAN_SURNAMES_ONE}])(?P<a>[\u4e00-\u9fff])(?P<b>[\u4e00-\u9fff])?")
#: a given name's first character may be "明" ("李明"), which :data:`HAN_NOT_IN_NAMES` lists for "说明"
_HAN_NOT_FIRST_GIVEN = frozenset(HAN_NOT_IN_NAMES) - {"明"}
#: a name in kanji or katakana (two characters or more) or in hiragana after a relation word and "の", before an
#: honorific or a particle (kana only before an honorific: "娘のスマホが" is a phone)
_JAPANESE_AFTER_RELATION = re.compile(
    rf"(?:{_either(JAPANESE_RELATIONS + JAPANESE_KANA_RELATIONS)})の"
    rf"(?:(?P<k>[\u4e00-\u9fff々]{{1,4}})(?=(?P<p>{_either(JAPANESE_AFTER_NAMES)}))"
    rf"|(?P<kana>[\u3041-\u3096\u30a1-\u30fa\u30fc]{{2,6}})(?={_either(JAPANESE_HONORIFICS)}))")
#: round 35 (r35seams): a name in kanji (one to four) after a Japanese word that gives it ("息子の名前は健太です")
_JAPANESE_AFTER_NAMING = re.compile(rf"(?:{_either(JAPANESE_NAMING_WORDS)})(?P<k>[\u4e00-\u9fff々]{{1,4}}?)"
                                    rf"(?={_either(JAPANESE_AFTER_A_NAMING)}|$)")
#: round 25: a given name in katakana after a relation word and "の", before a particle or a clause's punctuation
#: ("母のマリアは", "娘のエミリーと"): a name only where it is a given name's sound and no everyday loanword
#: (:func:`~features.deid.peoplewords.katakana_given_name`: "母のスマホが", "祖母のメトホルミンを" stay)
_KATAKANA_AFTER_RELATION = re.compile(
    rf"(?:{_either(JAPANESE_RELATIONS + JAPANESE_KANA_RELATIONS)})の"
    rf"(?P<kana>[\u30a1-\u30fa\u30fc]{{{KATAKANA_NAME_SHORTEST},{KATAKANA_NAME_LONGEST}}})"
    rf"(?=(?:{_either(KATAKANA_NAME_AFTER)})|$)")
#: a Korean given name (two or three syllables) after a relation word and a space, with the "-이" of a name and a
#: particle, a title or a vocative after it ("딸 지은이가", "아들 민준씨")
_KOREAN_AFTER_RELATION = re.compile(rf"(?<![\uac00-\ud7a3])(?:{_either(KOREAN_RELATIONS)})[,.:]?[ \t]+"
                                    rf"(?P<v>[\uac00-\ud7a3]{{2,3}}?)(?:{_either(KOREAN_AFTER_NAMES)})")


def related_cjk_name_spans(text: str) -> list[tuple[str, int, int, float]]:
    """``("PERSON", start, end, score)`` of a name after a Chinese, Japanese or Korean relation word (round 22): a
    Chinese family name and its given name glued to the relation word or to a field's cue ("我儿子李明会来取药",
    "联系人王芳"), a Japanese name after the relation word and "の" ("息子の健太が", "娘のゆみちゃん"), a Korean given name
    after the relation word and a space ("딸 지은이가")."""
    found: list[tuple[str, int, int, float]] = []
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        for m in _HAN_AFTER_RELATION.finditer(text):
            # "小"/"大" open a given name of two when a name's character follows ("李小梅")
            opens = m["a"] in HAN_GIVEN_OPENERS and m["b"] is not None and m["b"] not in HAN_NOT_IN_NAMES
            if (m["a"] in _HAN_NOT_FIRST_GIVEN and not opens) or (m["s"] + m["a"]) in HAN_WORDS_AFTER_RELATIONS \
                    or text.startswith(HAN_RELATIONS, m.start("a")):  # "爸爸和妈妈": "和" before another relation is "and"
                continue
            # round 41: a person's verb after the given name's first character ends it ("欧阳明提醒我": "提" stays)
            end = m.end("b") if m["b"] and m["b"] not in HAN_NOT_IN_NAMES and not text.startswith(
                HAN_AFTER_A_GIVEN_NAME, m.start("b")) else m.end("a")
            found.append(("PERSON", m.start("s"), end, 0.6))
        for m in _JAPANESE_AFTER_RELATION.finditer(text):
            if m["k"] is not None and (m["k"] in JAPANESE_NOT_NAMES or (
                    len(m["k"]) < 2 and m["p"] not in JAPANESE_HONORIFICS) or (
                    len(m["k"]) > 3 and not all(c in JAPANESE_SURNAME_KANJI_READINGS for c in m["k"][:2]))):
                continue  # four kanji only as a family name of two known ones and a given name (round 24: "田中花子")
            found.append(("PERSON", *m.span("k" if m["k"] is not None else "kana"), 0.6))
        found += [("PERSON", *m.span("k"), 0.6) for m in _JAPANESE_AFTER_NAMING.finditer(text)
                  if m["k"] not in JAPANESE_NOT_NAMES and not m["k"].endswith(JAPANESE_THING_ENDINGS)]
    elif any("\u3041" <= c <= "\u30ff" for c in text):
        found += [("PERSON", *m.span("kana"), 0.6) for m in _JAPANESE_AFTER_RELATION.finditer(text) if m["kana"]]
    if any("\u30a1" <= c <= "\u30fa" for c in text):  # round 25: "母のマリアは", "祖母のハナコが"
        found += [("PERSON", *m.span("kana"), 0.6) for m in _KATAKANA_AFTER_RELATION.finditer(text)
                  if katakana_given_name(m["kana"], FIRST_NAMES)]
    if any("\uac00" <= c <= "\ud7a3" for c in text):
        found += [("PERSON", *m.span("v"), 0.6) for m in _KOREAN_AFTER_RELATION.finditer(text)]
    return found + kin_given_name_spans(text)


# --------------------------------------------------------------------------- round 30: a given name alone after kin
_HAN_KIN = re.compile(f"(?:{_either(HAN_KIN_BEFORE_A_GIVEN_NAME)})")
#: a given name's characters: none of :data:`HAN_NOT_IN_NAMES` but "明" ("小明"), "小", "大", "阿" first
_HAN_NAME_CHARACTER = frozenset(HAN_NOT_IN_NAMES) - {"明"}
_HAN_GIVEN_FIRST = frozenset(HAN_GIVEN_OPENERS + "阿")
_KANA_AFTER_KIN = re.compile(rf"(?:{_either(JAPANESE_RELATIONS + JAPANESE_KANA_RELATIONS)})の"
                             rf"(?P<kana>[\u3041-\u3096]{{2,5}}?)(?={_either(JAPANESE_KANA_NAME_AFTER)})")


def _han_given_after(text: str, at: int) -> int:
    """The end of a Chinese given name of two or three characters alone at ``text[at:]`` (after a kin word), a time
    word, an adverb or a person's verb right after it (:data:`HAN_AFTER_A_GIVEN_NAME`), no everyday word; or -1."""
    if text.startswith(HAN_AFTER_A_GIVEN_NAME, at):
        return -1
    for length in (2, 3):
        name = text[at:at + length]
        if len(name) < length or not all("\u4e00" <= c <= "\u9fff" for c in name):
            return -1
        if (name[0] in _HAN_NAME_CHARACTER and name[0] not in _HAN_GIVEN_FIRST) or any(
                c in _HAN_NAME_CHARACTER for c in name[1:]):
            return -1
        if text.startswith(HAN_AFTER_A_GIVEN_NAME, at + length) and word_frequency(name, "zh") < HAN_EVERYDAY_WORD \
                and name not in HAN_WORDS_AFTER_RELATIONS:
            return at + length
    return -1


def _japanese_kana_name(text: str, m: re.Match[str]) -> bool:
    """Whether kana after a kin word and "の" are a given name by janome's reading of the clause: a person's name in
    its dictionary, or no noun or pronoun of it ("たけし", "ゆい", read as a verb), no kana word of
    :data:`JAPANESE_KANA_NOT_NAMES` ("ほう", "ため")."""
    kana = m["kana"]
    if kana in JAPANESE_KANA_NOT_NAMES:
        return False
    if anyascii(kana).lower() in FIRST_NAMES:  # round 31: "姉のさくらが": a given name's sound, a noun too
        return True
    clause = text[m.start():m.end() + 1]
    at = m.start("kana") - m.start()
    read = japanese_words(clause)
    starts = list(itertools.accumulate((len(w) for w, _, _ in read), initial=0))
    inside = [pos for (w, _, pos), s in zip(read, starts, strict=False) if at <= s < at + len(kana)]
    if any("人名" in pos for pos in inside):
        return True
    whole = [pos for (w, _, pos), s in zip(read, starts, strict=False) if s == at and w == kana]
    return not (whole and whole[0].startswith("名詞"))


_KOREAN_VOWEL_NAME_AFTER_KIN = re.compile(
    rf"(?<![\uac00-\ud7a3])(?:{_either(KOREAN_RELATIONS)})[ \t]+(?P<v>[\uac00-\ud7a3]{{2}})"
    rf"(?:{_either(KOREAN_VOWEL_NAME_PARTICLES)})(?![\uac00-\ud7a3])")


def _korean_open_syllable(c: str) -> bool:
    """Whether a Hangul syllable ends in its vowel (no final consonant)."""
    return (ord(c) - 0xAC00) % 28 == 0


def kin_given_name_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 30: ``("PERSON", start, end, score)`` of a given name alone after a kin word: in Chinese, two or three
    characters glued to the kin word and followed by a time word or a person's verb ("我女儿小梅明天来拿药"; "我女儿明天来",
    "我女儿很好" stay), in Japanese, kana after the kin word and "の" before a particle ("息子のたけしが"; "息子のほうが"
    stays), in Korean, two syllables ending in a vowel after the kin word and a space, a particle glued ("남편 철수가";
    "딸 친구가" stays: an everyday word)."""
    found: list[tuple[str, int, int, float]] = []
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        for m in _HAN_KIN.finditer(text):
            if (end := _han_given_after(text, m.end())) > 0:
                found.append(("PERSON", m.end(), end, 0.6))
    if any("\u3041" <= c <= "\u3096" for c in text):  # hiragana: katakana after a kin word is round 25's
        found += [("PERSON", *m.span("kana"), 0.6) for m in _KANA_AFTER_KIN.finditer(text)
                  if _japanese_kana_name(text, m)]
    if any("\uac00" <= c <= "\ud7a3" for c in text):  # "남편 철수가": a name ending in a vowel, its particle glued
        found += [("PERSON", *m.span("v"), 0.6) for m in _KOREAN_VOWEL_NAME_AFTER_KIN.finditer(text)
                  if _korean_open_syllable(m["v"][-1]) and word_frequency(m["v"], "ko") < KOREAN_EVERYDAY_WORD]
    return found


# --------------------------------------------------------------------------- the owner's name in Tamil, Han, Hangul
# (round 22)
#: Tamil writes no voicing ("ப" is "p" and "b") and puts a vowel inside a cluster ("பிரியா" is "piriyaa" for Priya):
#: a Tamil word and a name part are compared by their consonants, voiced ones made voiceless
_VOICELESS = str.maketrans("bgdjwfzqx", "pktcvpskk")
_TAMIL_WORD = re.compile("[\u0b80-\u0bff]+")
_FEWEST_TAMIL_CONSONANTS = 3


def _skeleton(latin: str) -> str:
    """A word's consonants, digraphs one letter, voiced ones voiceless, "h" left out and doubled ones once."""
    word = re.sub(r"zh|ll", "l", latin.lower())
    for digraph, one in (("sh", "s"), ("ch", "c"), ("th", "t"), ("dh", "t"), ("kh", "k"), ("ph", "p"), ("bh", "p"),
                         ("gh", "k"), ("jh", "c"), ("ng", "n"), ("nj", "n")):
        word = word.replace(digraph, one)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]|[aeiouh]", "", word.translate(_VOICELESS)))


@functools.lru_cache(maxsize=4096)
def _tamil_keys(full_name: str) -> frozenset[str]:
    return frozenset(k for p in _name_parts(full_name) if len(k := _skeleton(p)) >= _FEWEST_TAMIL_CONSONANTS)


def _tamil_spans(text: str, full_name: str) -> list[tuple[int, int, str]]:
    """The owner's name part (four letters or more, three consonants or more) written in Tamil ("பிரியா" for Priya,
    "ராமன்" for Raman): a Tamil word with the part's consonants (:func:`_skeleton`)."""
    if not any("\u0b80" <= c <= "\u0bff" for c in text) or not (keys := _tamil_keys(full_name)):
        return []
    return [(m.start(), m.end(), "PERSON") for m in _TAMIL_WORD.finditer(text)
            if _skeleton(anyascii(m.group())) in keys]


_HAN_CHARS = re.compile("[\u4e00-\u9fff々]+")
_HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")
_LONGEST_HAN_NAME = 4
#: Korean spellings made one: "woo", "oo", "wu" and "u" are "우"; "eo" is "어"; "k", "p", "t", "ch" and "r" are read
#: as anyascii writes "ㄱ", "ㅂ", "ㄷ", "ㅈ" and "ㄹ"
_KOREAN_SAME = ((r"-|\s", ""), (r"woo|wu|oo", "u"), (r"eo", "o"), (r"eu", "u"), (r"ae", "e"), (r"ee", "i"),
                (r"ch", "j"), (r"k", "g"), (r"p", "b"), (r"t", "d"), (r"r", "l"), (r"sh", "s"), (r"(.)\1+", r"\1"))


def _korean_key(latin: str) -> str:
    key = latin.lower()
    for pattern, same in _KOREAN_SAME:
        key = re.sub(pattern, same, key)
    return key


@functools.lru_cache(maxsize=4096)
def _cjk_owner_keys(full_name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """``(Han readings, one-syllable parts, Japanese family names in kanji, Hangul keys)`` of the owner's name: its
    parts and two parts joined either way (as anyascii reads Han: "zhangwei"), its parts of three letters or fewer (a
    family name with a title: "张先生"), the kanji of :data:`JAPANESE_SURNAME_READINGS` whose reading is a part, and
    the Korean keys (:func:`_korean_key`) of its parts of two syllables and of a family name and a given name joined
    (:data:`KOREAN_SURNAME_SPELLINGS`)."""
    parts = [p for p in re.findall(r"[a-z]+", fold_text(full_name).lower()) if len(p) >= 2]
    han = {a + b for a in parts for b in parts if a != b} | {p for p in parts if len(p) >= 5}
    short = {p for p in parts if len(p) <= 5}
    kanji = {k for k, readings in JAPANESE_SURNAME_READINGS.items() if set(readings) & set(parts)}
    hangul = {_korean_key(p) for p in parts if len(p) >= 4 and p not in KOREAN_SURNAME_SPELLINGS}
    for family in (p for p in parts if p in KOREAN_SURNAME_SPELLINGS):
        hangul |= {_korean_key(anyascii(KOREAN_SURNAME_SPELLINGS[family]) + g) for g in parts if g != family}
    return frozenset(han), frozenset(short), frozenset(kanji), frozenset(k for k in hangul if len(k) >= 3)


def _cjk_owner_spans(text: str, full_name: str) -> list[tuple[int, int, str]]:
    """The owner's name in Han characters read as Mandarin by anyascii ("张伟" for Wei Zhang, "小明" for a Xiaoming;
    a family name alone with a title or "老"/"小": "张先生", "老张"), a Japanese family name in kanji
    (:data:`JAPANESE_SURNAME_READINGS`: "田中" for Tanaka), and in Hangul: a word of two to four syllables, a subject
    particle after it or not, whose Korean key is a part's or the family name's and a given name's ("김지우", "지우가"
    for Jiwoo Kim). Spans of ``text``."""
    found: list[tuple[int, int, str]] = []
    han, short, kanji, hangul = _cjk_owner_keys(full_name)
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        for surname in kanji:
            found += [(m.start(), m.end(), "PERSON") for m in re.finditer(re.escape(surname), text)]
        for m in _HAN_CHARS.finditer(text):
            run = m.group()
            readings = [anyascii(c).lower() for c in run]
            for i in range(len(run)):
                said = ""
                for j in range(i, min(len(run), i + _LONGEST_HAN_NAME)):
                    said += readings[j]
                    if j > i and said in han:
                        found.append((m.start() + i, m.start() + j + 1, "PERSON"))
                if readings[i] in short and (run.startswith(HAN_SURNAME_TITLES, i + 1) or (
                        i and run[i - 1] in HAN_SURNAME_FAMILIAR)):
                    found.append((m.start() + i, m.start() + i + 1, "PERSON"))
    if hangul and any("\uac00" <= c <= "\ud7a3" for c in text):
        for m in _HANGUL_RUN.finditer(text):
            word = m.group()
            for end in range(min(len(word), _LONGEST_HAN_NAME), 1, -1):
                rest = word[end:]
                if (not rest or rest.startswith(KOREAN_SUBJECT_PARTICLES + KOREAN_AFTER_NAMES + KOREAN_COPULAS)) and \
                        _korean_key(anyascii(word[:end])) in hangul:
                    found.append((m.start(), m.start() + end, "PERSON"))
                    break
    return found


# --------------------------------------------------------------------------- a Chinese name in pinyin (round 24)
#: one pinyin syllable, no tone marks
_SYLLABLE = f"(?:{'|'.join(PINYIN_INITIALS)})?(?:{'|'.join(PINYIN_FINALS)})"
#: a pinyin kinship word, a family name of :data:`PINYIN_FAMILY_NAMES`, then a given name: one word of one or two
#: syllables ("li jianguo"), or two words of one syllable each ("wang xiu ying")
_PINYIN_NAME = re.compile(
    rf"(?i)(?<![\w'’-])(?:{'|'.join(sorted(PINYIN_KIN, key=len, reverse=True))})[ \t]+"
    rf"(?P<name>(?P<family>[a-zü]+)[ \t]+(?P<given>(?:{_SYLLABLE}){{1,2}}|{_SYLLABLE}[ \t]+{_SYLLABLE})(?![\w'’-]))")


def pinyin_name_spans(text: str, is_word: Callable[[str], bool] = lambda _: False) -> list[tuple[str, int, int, float]]:
    """``("PERSON", start, end, score)`` of a Chinese name in pinyin after a pinyin kinship word ("yeye li jianguo",
    "wo mama wang xiuying"), any case: the family name must be a common Chinese one and the given name pinyin and no
    English word (``is_word``), as "mama" and "baba" are English words too ("my mama said" stays)."""
    if not text.isascii():
        return []
    found: list[tuple[str, int, int, float]] = []
    for m in _PINYIN_NAME.finditer(text):
        given = m["given"].split()
        if m["family"].lower() in PINYIN_FAMILY_NAMES and not any(is_word(g.lower()) for g in given):
            found.append(("PERSON", *m.span("name"), 0.6))
    return found


# --------------------------------------------------------------------------- round 28: Indic scripts and Thai
#: a word of an Indic script (Devanagari to Malayalam and Sinhala: written with spaces) and a run of Thai (without)
_INDIC_WORD = re.compile("[\u0900-\u0dff]+")
_THAI_RUN = re.compile("[\u0e00-\u0e7f]+")
#: Thai vowels written before their consonant (e, ae, o, ai): loose vowels, left out of a Thai word's letters
_THAI_PRE_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
#: Thai tone marks and the silent mark: no vowel between two consonants
_THAI_SILENT = frozenset("\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e47")
#: round 40: the marks that sit on a syllable's first consonant (the tone marks, the shortener): a consonant after them
#: ends that syllable, so a name may not end there; the karan ends a syllable, so a word glued after it is another
#: ("ณัฐพงษ์ลืมกินยา": Nattapong, then "forgot")
_THAI_TONE_MARKS = _THAI_SILENT - {"\u0e4c"}
#: what a Latin spelling and a transliteration write alike: long vowels, "w" and "v", aspiration and "f", "z" and "j"
_ABUGIDA_SAME = (("ee", "i"), ("ii", "i"), ("oo", "u"), ("uu", "u"), ("ou", "u"), ("aa", "a"), ("ph", "f"), ("f", "p"),
                 ("w", "v"), ("q", "k"), ("x", "ks"), ("z", "j"))
_STRICT_VOWELS = "iu"
_FEWEST_SKELETON = 3


def _abugida_letters(latin: str) -> str:
    """``latin`` (a name's spelling or an Indic or Thai word's anyascii reading) with what the two write otherwise
    made one: long vowels, aspirated consonants ("sh" of "Meenakshi" and "s" of "minaksi"), a nasal before a
    consonant as one "N" (an anusvara is "m": "sumdrm" for Sundaram), an "i" before "y" in the glide ("Iyer",
    "ayyr"), an "i" after a vowel as "y" ("Somchai", "smchay"), doubled letters once."""
    s = re.sub(r"[^a-z]", "", latin.lower())
    for written, same in _ABUGIDA_SAME:
        s = s.replace(written, same)
    s = re.sub(r"c(?!h)", "k", s)
    s = re.sub(r"(?<=[^aeiou])h", "", s)
    s = re.sub(r"[mn](?=[^aeiouympbv])", "N", s)
    s = re.sub(r"^iy", "ay", s)
    s = re.sub(r"i(?=y)", "", s)
    s = re.sub(r"(?<=[aeiou])i(?![aeiou])", "y", s)
    return re.sub(r"(.)\1+", r"\1", s)


def _abugida_key(latin: str) -> tuple[str, str, str]:
    """``(skeleton, skeleton without "y"/"v", strict vowels)`` of :func:`_abugida_letters`: the consonants in order
    (after "_" when the word opens on a vowel), and the vowels an abugida must write ("i", "u"; its inherent "a",
    "o" and a Latin spelling's "e" for a schwa may be written or not). "Kumar" is "kmr" with "u": "कमरा" ("kmra",
    room) has no "u" and is no Kumar."""
    s = _abugida_letters(latin)
    opens = "_" if s[:1] in "aeiou" else ""
    consonants = re.sub("[aeiou]", "", s)
    return (opens + consonants, opens + re.sub(r"(.)\1+", r"\1", re.sub("[yv]", "", consonants)),
            "".join(c for c in s if c in _STRICT_VOWELS))


def _abugida_fits(word_key: tuple[str, str, str], owner_key: tuple[str, str, str]) -> bool:
    """The same strict vowels and the same consonants (three at least without "y"/"v", or two with them after a vowel
    that opens the word: "_yr" of Iyer)."""
    if word_key[2] != owner_key[2]:
        return False
    if word_key[1] == owner_key[1] and len(owner_key[1].lstrip("_")) >= _FEWEST_SKELETON:
        return True
    return word_key[0] == owner_key[0] and len(owner_key[0].lstrip("_")) >= (2 if owner_key[0][:1] == "_" else 3)


def _thai_reading(run: str) -> str:
    """A Thai run as anyascii reads it, its vowels written before their consonant left out and "รร" read as the vowel
    it writes ("ศรีสุวรรณ": "srisuwan")."""
    return "".join(anyascii(c) for c in _thai_rr(run) if c not in _THAI_PRE_VOWELS)


def _thai_rr(run: str) -> str:
    """``run`` with "รร" written as the vowel it stands for ("-an" at the end of a syllable) and a consonant under the
    karan ("วงศ์": "wong") left silent, of the same length."""
    run = re.sub("[\u0e01-\u0e2e]\u0e4c", "\u0e4c\u0e4c", run)  # round 30: a consonant under the karan is silent
    return re.sub("รร", "\u0e31\u0e31", re.sub("รร(?![\u0e01-\u0e2e])", "\u0e31น", run))


def _indic_reading(word: str) -> str:
    """An Indic word as it is said: anyascii's letters with each consonant's inherent "a" where no vowel sign, virama
    or nukta follows it, and an anusvara as "n" ("कमला": "kamala", "सुंदरम": "sundaram")."""
    out = []
    for i, char in enumerate(word):
        name = unicodedata.name(char, "")
        if "ANUSVARA" in name:
            out.append("n")
            continue
        out.append(anyascii(char))
        if " LETTER " in name and "VOWEL" not in name.split(" LETTER ")[0] and not name.split(" LETTER ")[1].startswith(
                ("A", "E", "I", "O", "U", "VOCALIC")):
            after = unicodedata.name(word[i + 1], "") if i + 1 < len(word) else ""
            if not any(sign in after for sign in ("VOWEL SIGN", "VIRAMA", "NUKTA")):
                out.append("a")
    return "".join(out)


def _thai_consonants(char: str) -> str:
    """One Thai character's consonant letters for the skeleton search (a vowel, a tone mark, "อ": none)."""
    letters = _abugida_letters(anyascii(char)) if char not in _THAI_PRE_VOWELS else ""
    return re.sub("[aeiou]", "", letters)


def abugida_owner_spans(text: str, words: tuple[tuple[str, str], ...]) -> list[tuple[int, int, str]]:
    """Round 28: the owner's name part, street word or town (``words``: ``(folded lower-case word, placeholder)``, four
    letters or more) written in an Indic script or in Thai, compared by :func:`_abugida_key` (anyascii's reading: the
    consonants and the vowels an abugida must write): "अय्यर" for Iyer, "สมชาย ศรีสุวรรณ" for Somchai Srisuwan; not
    "कमरा" for Kumar. An Indic word is read whole. Thai is written without spaces: the owner's skeleton is looked for
    with ``str.find`` in the run's consonants, one character at a time (linear in the run), and only where it is
    found is the window read whole."""
    keys = [(_abugida_key(w), label) for w, label in words if len(w) >= 4]
    keys = [(k, label) for k, label in keys if len(k[0].lstrip("_")) >= 2]
    if not keys:
        return []
    # round 41: an English name's last "r" is written in Thai under the karan, unsaid ("อเล็กซานเดอร์" for Alexander)
    silent_r = [(_abugida_key(w[:-1]), label) for w, label in words if len(w) >= 5 and w.endswith("r")]
    found: list[tuple[int, int, str]] = []
    for m in _INDIC_WORD.finditer(text):
        word_key = _abugida_key(_indic_reading(m.group()))
        label = next((label for k, label in keys if _abugida_fits(word_key, k)), None)
        if label is not None:
            found.append((m.start(), m.end(), label))
    for m in _THAI_RUN.finditer(text):
        found += _thai_spans(m.group(), m.start(), keys)
        found += [span for span in _thai_spans(m.group(), m.start(), silent_r) if text.endswith(_THAI_SILENT_R, 0, span[1])]
    return found


#: round 41: the Thai letter a syllable opening on a vowel is written with ("อ")
_THAI_VOWEL_CARRIER = "\u0e2d"
#: round 41: the Thai "r" under the karan that writes an English name's last "r" ("เดอร์", "เตอร์")
_THAI_SILENT_R = "ร์"


def _thai_spans(run: str, offset: int, keys: list[tuple[tuple[str, str, str], str]]) -> list[tuple[int, int, str]]:
    stream: list[str] = []
    at: list[int] = []  # the run's index of each consonant of ``stream``
    read = _thai_rr(run)
    vowel_between = True
    for i, char in enumerate(read):
        letters = _thai_consonants(char)
        if not letters:  # round 41: a vowel written before its consonant is the next syllable's ("ซานเดอร์": "sand")
            vowel_between = vowel_between or (char not in _THAI_SILENT and char not in _THAI_PRE_VOWELS and bool(
                anyascii(char).strip()))
            continue
        for letter in letters:
            if not vowel_between and stream and stream[-1] in "mnN" and letter not in "mpbvy":
                stream[-1] = "N"  # a nasal before a consonant, as :func:`_abugida_letters` writes it
            if not (stream and stream[-1] == letter and at[-1] == i - 1):
                stream.append(letter)
                at.append(i)
            vowel_between = False
    consonants = "".join(stream)
    found: list[tuple[int, int, str]] = []
    for key, label in keys:
        skeleton = key[0].lstrip("_")
        if len(skeleton) < _FEWEST_SKELETON + 1:  # unspaced: four consonants at least ("smcy" of Somchai)
            continue
        start = consonants.find(skeleton)
        while start >= 0:
            first, last = at[start], at[start + len(skeleton) - 1] + 1
            while first > 0 and run[first - 1] in _THAI_PRE_VOWELS:
                first -= 1
            if key[0][:1] == "_" and first > 0 and run[first - 1] == _THAI_VOWEL_CARRIER:
                first -= 1  # round 41: a name opening on a vowel opens on the letter that carries it ("อเล็ก")
            # round 40: a vowel written before its consonant belongs to the next syllable ("ณัฐพงษ์ไป": "ไป" is "go")
            while last < len(run) and not _thai_consonants(read[last]) and run[last] not in _THAI_PRE_VOWELS:
                last += 1
            if _abugida_fits(_abugida_key(_thai_reading(run[first:last])), key) and not (
                    last < len(run) and _thai_consonants(read[last]) and read[last - 1] in _THAI_TONE_MARKS):
                found.append((offset + first, offset + last, label))
            start = consonants.find(skeleton, start + len(skeleton))
    return found


# --------------------------------------------------------------------------- round 30: kanji read by a dictionary
#: a run of Japanese writing (kana and kanji) and a kanji in it
_JAPANESE_RUN = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々]+")
_KANJI = re.compile("[\u4e00-\u9fff々]")
#: a name or a street word whose reading is one dictionary word or two joined ("村上" "春樹")
_MOST_KANJI_WORDS = 2


@functools.cache
def japanese_tokenizer() -> object:
    """Janome's tokenizer over the IPADIC dictionary the package ships (loaded once, on the first text with kanji)."""
    from janome.tokenizer import Tokenizer
    return Tokenizer()


def japanese_words(run: str) -> list[tuple[str, str, str]]:
    """``(surface, reading in katakana or the surface itself, part of speech)`` of each word of a Japanese ``run``,
    as janome's dictionary reads it ("春樹は": ("春樹", "ハルキ", "名詞,固有名詞,人名,名"), ("は", "ハ", ...)); a word
    the dictionary lacks is "未知語"."""
    words = []
    for token in japanese_tokenizer().tokenize(run):  # type: ignore[attr-defined]
        reading = token.reading if token.reading and token.reading != "*" else token.surface
        words.append((token.surface, reading, "未知語" if token.node_type == "UNKNOWN" else token.part_of_speech))
    return words


_KANA_OR_KANJI_RUN = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々]+")


def japanese_honorific_name_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 42 (r42kin): a name in kana or kanji right before an honorific with no kin word or cue before it
    ("ゆみこさんが", "由美子さん", "たけしくん", "田中由美子さん"): in each run of kana and kanji that holds an honorific, the
    dictionary words janome reads as a person's name (given or family, one or two of them) before the honorific's word;
    a job's word ("看護師さん", :data:`~features.deid.peoplewords.JAPANESE_JOBS_BEFORE_AN_HONORIFIC`) is none."""
    if not any(h in text for h in JAPANESE_HONORIFICS):
        return []
    found: list[tuple[str, int, int, float]] = []
    for run in _KANA_OR_KANJI_RUN.finditer(text):
        if not any(h in run.group() for h in JAPANESE_HONORIFICS):
            continue
        words = japanese_words(run.group())
        starts = list(itertools.accumulate((len(w) for w, _, _ in words), initial=run.start()))
        for k in range(1, len(words)):
            if words[k][0] not in JAPANESE_HONORIFICS or not _a_dictionary_name(words[k - 1]):
                continue
            first = k - 1
            if first and _a_dictionary_name(words[first - 1]):
                first -= 1  # a family name before the given name ("田中由美子さん")
            found.append(("PERSON", starts[first], starts[k], 0.6))
    return found


def _a_dictionary_name(word: tuple[str, str, str]) -> bool:
    surface, _, pos = word
    return "固有名詞,人名" in pos and surface not in JAPANESE_JOBS_BEFORE_AN_HONORIFIC and len(surface) >= 2


def kanji_owner_spans(text: str, words: tuple[tuple[str, str], ...]) -> list[tuple[int, int, str]]:
    """Round 30: the owner's name part, street word or town (``words``: ``(folded lower-case word, placeholder)``, four
    letters or more) written in kanji: "春樹" for a Haruki, "梅田" for Umeda Street. Each word of a Japanese run with
    a kanji in it is read by janome's dictionary, its reading made a Hepburn key (:func:`_kana_key`) that must be the
    word's (one dictionary word or two joined)."""
    if not _KANJI.search(text):
        return []
    keys = {k: label for w, label in words if len(k := _kana_key(w)) >= _LEAST_NAME_LETTERS}
    if not keys:
        return []
    found: list[tuple[int, int, str]] = []
    for m in _JAPANESE_RUN.finditer(text):
        if not _KANJI.search(m.group()):
            continue
        tokens = japanese_words(m.group())
        starts = list(itertools.accumulate((len(s) for s, _, _ in tokens), initial=m.start()))
        for i in range(len(tokens)):
            said = ""
            for j in range(i, min(len(tokens), i + _MOST_KANJI_WORDS)):
                said += "".join(_syllables(tokens[j][1]))
                label = keys.get(_kana_key(said))
                if label is not None and _KANJI.search("".join(s for s, _, _ in tokens[i:j + 1])):
                    found.append((starts[i], starts[j + 1], label))
    return found


# --------------------------------------------------------------------------- round 39: loanwords in other scripts
#: a run of the Han characters Chinese writes foreign names with, or a word of a script written with spaces, katakana
#: or Hangul: where the owner's name, street or town written as that script writes English is looked for
_LOAN_SCRIPT_WORD = re.compile("[" + "".join(sorted(HAN_TRANSLITERATION_CHARACTERS)) + "]{2,}|[\u0370-\u03ff"
                               "\u1f00-\u1fff\u0400-\u052f\u0531-\u058f\u05d0-\u05ea\u0620-\u06ff\u0900-\u0dff"
                               "\u10a0-\u10ff\u1200-\u137f\u30a1-\u30fa\u30fc\uac00-\ud7af]+")
#: what sets a foreign given name apart from its surname: nothing, a space or a middle dot
_LOAN_NAME_GAPS = frozenset(("", " ", "\u30fb", "\u00b7", "\u2027", "\u2022"))


def _loan_forms(word: str) -> frozenset[str]:
    """The Latin forms a loanword of another script is read by: anyascii's letters; the Hangul word without the
    copula or particle Korean writes after it ("휴즈예요"); katakana's small "ッ" left out (it doubles, says no "t");
    Greek "μπ" a "b" and "ντ" a "d"; an ayin an opening vowel ("عبد"); "ts" one sound (a Polish "c": "Βόιτσικ");
    Mandarin's "x" an "h" (休, "xiu", for Hugh-)."""
    bare = word.lower().replace("ッ", "")
    stems = {bare, *(bare.removesuffix(e) for e in KOREAN_ENDINGS_AFTER_A_LOANWORD
                     if bare.endswith(e) and len(bare) > len(e) + 1)}
    forms: set[str] = set()
    for stem in stems:
        plain = anyascii(stem).lower()
        read = anyascii(stem.replace("μπ", "b").replace("ντ", "d")).lower()
        forms.update((plain, read, read.replace("`", "'"), read.replace("ts", "c"), read.replace("x", "h")))
    return frozenset(f for f in forms if f)


def _is_indic(char: str) -> bool:
    return "\u0900" <= char <= "\u0dff"


def loanword_owner_spans(text: str, sounds: Callable[[str], str], keys: dict[str, str],
                         pairs: frozenset[tuple[str, str]],
                         everyday: Callable[[str, set[str]], bool] | None = None) -> list[tuple[int, int, str]]:
    """Round 39: the owner's name, street or town as another script writes English: a loanword
    (:data:`_LOAN_SCRIPT_WORD`, read by :func:`_loan_forms`) whose ``sounds`` are one of ``keys`` (the owner's words
    as said -> placeholder), two such words glued ("포트 매튜" for Port Matthew, "عبد الرحمن" for Abdelrahman), or a
    given name and a short surname after it (``pairs``: "亚历山大·休斯", "캐서린 보이치크" with a "b" or "v" for the
    "w" of Wojcik). An Indic word alone or glued is left to the abugida reading, which hears its vowels too. Round
    40 (lead): a word alone is no name where ``everyday(word, sounds heard)`` says it is an everyday word of its own
    language heard as a short name part ("больше" for a Park)."""
    words = [(m.start(), m.end(), _loan_forms(m.group())) for m in _LOAN_SCRIPT_WORD.finditer(text)]
    found: list[tuple[int, int, str]] = []
    for start, end, forms in words:
        heard_as = {sounds(f) for f in forms} & keys.keys()
        if heard_as and not _is_indic(text[start]) and not (everyday and everyday(text[start:end], heard_as)):
            found.append((start, end, keys[min(heard_as)]))
    for (start, end, first), (after, stop, second) in itertools.pairwise(words):
        if text[end:after] not in _LOAN_NAME_GAPS or (
                everyday_in_its_script(text[start:end]) and everyday_in_its_script(text[after:stop])):
            continue  # (round 40, lead: two everyday words are prose: "забув ліки" sounds as "Kovalchuk" glued)
        glued = set() if _is_indic(text[start]) else {
            sounds(a + b) for a in first for b in second
            if min(len(sounds(a).lstrip("0")), len(sounds(b).lstrip("0"))) >= LOANWORD_GLUED_PART_FEWEST_SOUNDS
        } & keys.keys()
        if glued:
            found.append((start, stop, keys[min(glued)]))
            continue
        surnames = {sounds(b) for b in second} | {sounds("w" + b[1:]) for b in second if b[0] in "bv"}
        if any((sounds(a), b) in pairs for a in first for b in surnames):
            found.append((start, stop, "PERSON"))
    return found
