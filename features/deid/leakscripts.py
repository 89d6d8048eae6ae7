"""Round 17 (the leak check's side, its own readings): the owner's name part of four letters or more written alone in
an abjad (Arabic, Hebrew), in kana or in Tamil, which the check's sound groups (:func:`features.deid.leakcheck.heard`)
do not hear: "يوسف"/"יוסף" for a Yusuf (two consonant groups only), "けんじ" for a Kenji (hiragana, written without
spaces), "லட்சுமி" for a Lakshmi (Tamil's "ட்ச" for "kṣ").

* An abjad word (read by anyascii) is lined up with the name letter by letter (:func:`_abjad_fits`): each of its
  consonants is one of the name's of the same group, its "w"/"v" a name's "o"/"u", its "y" an "i"/"e", an alef or
  ayin a vowel, a final "h" a final vowel; the name's other vowels and an "h" may go unwritten. Three letters at least.
* A kana run is read whole by anyascii, small "ゃゅょ" joined and doubled letters once; the name part, read alike,
  must stand in it from a syllable's start.
* A Tamil word with "ட்ச" is read with "க்ஷ" for it, its consonants compared.

Nothing here is the redactor's: see :mod:`features.deid.script_names` for its reading.
"""

from __future__ import annotations

import functools
import itertools
import re

from anyascii import anyascii

from features.deid.normalize import fold_text
from features.deid.peoplewords import (
    HAN_NAME_CUES,
    HAN_NOT_IN_NAMES,
    HAN_RELATIONS,
    HAN_SURNAMES_ONE,
    HAN_SURNAMES_TWO,
    HAN_WORDS_AFTER_RELATIONS,
    JAPANESE_AFTER_NAMES,
    JAPANESE_HONORIFICS,
    JAPANESE_NOT_NAMES,
    JAPANESE_RELATIONS,
    KOREAN_AFTER_NAMES,
    KOREAN_COPULAS,
    KOREAN_NUMBER_SYLLABLES,
    KOREAN_RELATIONS,
    KOREAN_SURNAMES,
)

_LEAST = 4
_ABJAD = re.compile("[\u05d0-\u05ea\u05b0-\u05c7\u0620-\u065f\u0670-\u06d3]+")
_PREFIX_LETTERS = frozenset("וּהבכלמשوفبلكس")
#: the check's consonant groups for an abjad (letters an abjad writes for one Latin letter share a group)
_GROUP = {**dict.fromkeys("bvfpw", "B"), **dict.fromkeys("kqcg", "K"), **dict.fromkeys("sz", "S"), "t": "T", "d": "D",
          "l": "L", "m": "M", "n": "N", "r": "R", "j": "J", "x": "X", "h": "H", "y": "Y"}
_LONG = {"w": "ou", "v": "ou", "y": "ie"}


def _name_letters(part: str) -> list[str]:
    """A name part as letters an abjad may write: "sh", "ch", "kh", "th", "ph" made one letter."""
    part = part.replace("sh", "s").replace("ph", "f").replace("kh", "k").replace("th", "t").replace("ch", "k")
    part = part.replace("ck", "k").replace("gh", "g")
    return [c for i, c in enumerate(part) if i == 0 or c != part[i - 1] or c in "aeiouy"]


def _abjad_fits(word: str, name: list[str]) -> bool:
    """Whether the abjad letters ``word`` (anyascii, lower case) write ``name`` (:func:`_name_letters`)."""
    word = word.replace("sh", "s").replace("ts", "s").replace("kh", "k").replace("th", "t").replace("dh", "d")

    @functools.cache
    def fits(i: int, j: int) -> bool:
        if i == len(word):
            return all(c in "aeiouyh" for c in name[j:])
        w = word[i]
        if j == len(name):
            return False
        n = name[j]
        vowel = n in "aeiou" or (n == "y" and j > 0 and name[j - 1] not in "aeiou")
        if vowel or n == "h":
            if fits(i, j + 1):  # an unwritten vowel or "h"
                return True
            if vowel and (w in "'`" or n in _LONG.get(w, "") or (w == "h" and i == len(word) - 1)):
                return fits(i + 1, j + 1) or fits(i + 1, j)
        if w in "'`" and i == 0:
            return fits(i + 1, j)
        return _GROUP.get(w) == _GROUP.get(n) and w.isalpha() and fits(i + 1, j + 1)

    return fits(0, 0)


@functools.lru_cache(maxsize=4096)
def _parts(full_name: str) -> tuple[str, ...]:
    return tuple(sorted({p for p in re.findall(r"[a-z]+", fold_text(full_name).lower()) if len(p) >= _LEAST}))


def _kana_reading(text: str) -> str:
    said = anyascii(text).lower()
    said = re.sub(r"(sh|ch|j)iy", r"\1", said)
    said = re.sub(r"([kgnhbpmr])iy", r"\1y", said)
    for written, same in (("si", "shi"), ("ti", "chi"), ("tu", "tsu"), ("hu", "fu"), ("zi", "ji"), ("ou", "o"),
                          ("ei", "e"), ("shhi", "shi"), ("chhi", "chi"), ("tsssu", "tsu")):
        said = said.replace(written, same)
    said = re.sub(r"t(?=[kpsc])", "", said)  # a small "っ" is the next consonant doubled
    return re.sub(r"([a-z])\1+", r"\1", said)


_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]+")


def holds_name_in_abjad_kana_or_tamil(text: str, full_name: str) -> bool:
    """Whether ``text`` holds a name part of ``full_name`` (four letters or more) written alone in an abjad, in kana or
    in Tamil (see the module docstring)."""
    if text.isascii() or not (parts := _parts(full_name)):
        return False
    for m in _ABJAD.finditer(text):
        word = m.group()
        for w in (word, word[1:] if len(word) > 3 and word[0] in _PREFIX_LETTERS else ""):
            letters = "".join(c for c in anyascii(w).lower() if c.isalpha() or c in "'`")
            if sum(c.isalpha() for c in letters) >= 3 and any(_abjad_fits(letters, _name_letters(p)) for p in parts):
                return True
    runs = _KANA.findall(text)
    if runs:
        names = {_kana_reading(p) for p in parts}
        for run in runs:
            said = _kana_reading(run)
            for name in names:
                at = said.find(name)
                while at >= 0:
                    if at == 0 or said[at - 1] in "aeioun":
                        return True
                    at = said.find(name, at + 1)
    if "ட்ச" in text:
        bare = {re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyh]", "", p)) for p in parts}
        for word in re.findall("[\u0b80-\u0bff]+", text.replace("ட்ச", "க்ஷ")):
            heard = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]|[aeiouyh]", "", anyascii(word).lower()))
            if len(heard) >= 3 and heard in bare:
                return True
    return False


# --------------------------------------------------------------------------- anybody's name in Hangul or Han (round 20)

_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")


def holds_cued_cjk_name(text: str) -> bool:
    """Whether ``text`` holds a Hangul word that is a Korean surname, two or three syllables more and a copula
    ("박서연이에요"), or a run of two to four Han characters after a field's cue and a space or colon ("联系人 王小明");
    read word by word, the check's own way (round 20)."""
    for word in _HANGUL_WORD.findall(text):
        for copula in KOREAN_COPULAS:
            at = word.find(copula, 3)
            number = set(word[:at - 1]) <= set(KOREAN_NUMBER_SYLLABLES)  # "구십삼세입니다": an age, no name
            if 3 <= at <= 4 and word[0] in KOREAN_SURNAMES and not number:
                return True
    for run in _HAN_RUN.finditer(text):
        before = text[max(0, run.start() - 8):run.start()]
        stripped = before.rstrip(" \t:：\u3000")
        if 2 <= len(run.group()) <= 4 and stripped != before and stripped.endswith(HAN_NAME_CUES):
            return True
    return holds_related_cjk_name(text)


# --------------------------------------------------------------------------- a name after a relation word (round 22)

def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _after_each(text: str, words: tuple[str, ...]) -> list[int]:
    """Where each occurrence of one of ``words`` in ``text`` ends."""
    ends = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            ends.append(at + len(word))
            at = text.find(word, at + 1)
    return ends


def _han_name_at(text: str, at: int) -> bool:
    """A Chinese family name at ``at`` and a character of a given name after it: no verb or particle ("会", "来"; "明"
    may be a name's), and the two no word of :data:`HAN_WORDS_AFTER_RELATIONS` ("高兴")."""
    family = next((len(f) for f in HAN_SURNAMES_TWO if text.startswith(f, at)), 1 if text[at:at + 1] and
                  text[at] in HAN_SURNAMES_ONE else 0)
    given = text[at + family:at + family + 1]
    return bool(family and given and _is_han(given) and (given == "明" or given not in HAN_NOT_IN_NAMES)
                and text[at:at + family + 1] not in HAN_WORDS_AFTER_RELATIONS)


def _japanese_name_at(text: str, at: int) -> bool:
    """After a relation word's "の" at ``at``: kanji (two or more, or one before an honorific) before a particle or an
    honorific, no thing of :data:`JAPANESE_NOT_NAMES`; kana (two to six) only before an honorific."""
    if not text.startswith("の", at):
        return False
    start = at + 1
    end = start
    while end < len(text) and end - start < 6 and (_is_han(text[end]) or text[end] == "々"):
        end += 1
    if end > start:
        run, rest = text[start:end], text[end:]
        for cut in range(len(run), 0, -1):
            name, after = run[:cut], run[cut:] + rest
            if cut <= 3 and name not in JAPANESE_NOT_NAMES and after.startswith(JAPANESE_AFTER_NAMES) and (
                    cut >= 2 or after.startswith(JAPANESE_HONORIFICS)):
                return True
        return False
    while end < len(text) and end - start < 7 and ("\u3041" <= text[end] <= "\u3096" or "\u30a1" <= text[end] <= "\u30fc"):
        end += 1
    return any(text.startswith(JAPANESE_HONORIFICS, cut) for cut in range(start + 2, end + 1))


def holds_related_cjk_name(text: str) -> bool:
    """Whether ``text`` holds a name after a Chinese, Japanese or Korean relation word (round 22): a Chinese family name
    and a given name's character glued to the relation word or to a field's cue ("我儿子李明会来", "联系人王芳"), a
    Japanese name after the relation word and "の" ("息子の健太が"), a Korean word after the relation word and a space
    that is two or three syllables and a name's "-이" with a particle, a title or a vocative ("딸 지은이가")."""
    if text.isascii():
        return False
    if any(_is_han(c) for c in text) and any(_han_name_at(text, at)
                                              for at in _after_each(text, HAN_RELATIONS + HAN_NAME_CUES)):
        return True
    if "の" in text and any(_japanese_name_at(text, at) for at in _after_each(text, JAPANESE_RELATIONS)):
        return True
    words = text.split()
    for before, word in itertools.pairwise(words):
        letters = "".join(c for c in word if c.isalpha())
        if before.strip(",.:") in KOREAN_RELATIONS and any(
                letters.startswith(a, n) for n in (2, 3) for a in KOREAN_AFTER_NAMES):
            return True
    return False
