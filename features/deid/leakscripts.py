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
from collections.abc import Callable

from anyascii import anyascii

from features.deid import peoplewords as vocab
from features.deid.aliases import nicknames_of
from features.deid.everydaywords import (
    LONGEST_SHORT_NAME,
    everyday_in,
    everyday_in_its_script,
    heard_as_a_word_of_its_own,
    prose_language,
    spelt,
    word_frequency,
)
from features.deid.normalize import fold_text
from features.deid.peoplewords import (
    HAN_NAME_CUES,
    KOREAN_COPULAS,
    KOREAN_NUMBER_SYLLABLES,
    KOREAN_SURNAMES,
)
from features.deid.recognizers import FIRST_NAMES
from features.deid.variantwords import JAPANESE_SURNAME_KANJI_READINGS

_LEAST = 4
_ABJAD = re.compile("[\u05d0-\u05ea\u05b0-\u05c7\u0620-\u065f\u0670-\u06d3]+")
#: the check's consonant groups for an abjad (letters an abjad writes for one Latin letter share a group)
_GROUP = {**dict.fromkeys("bvfpw", "B"), **dict.fromkeys("kqcg", "K"), **dict.fromkeys("sz", "S"), "t": "T", "d": "D",
          "l": "L", "m": "M", "n": "N", "r": "R", "j": "J", "x": "X", "h": "H", "y": "Y"}
_LONG = {"w": "ou", "v": "ou", "y": "ie"}


def _name_letters(part: str) -> list[str]:
    """A name part as letters an abjad may write: "sh", "ch", "kh", "th", "ph" made one letter."""
    part = part.replace("sh", "s").replace("ph", "f").replace("kh", "k").replace("th", "t").replace("ch", "k")
    part = part.replace("ck", "k").replace("gh", "g")
    return [c for i, c in enumerate(part) if i == 0 or c != part[i - 1] or c in "aeiouy"]


#: round 38: the Latin pairs anyascii writes for one abjad letter, read as one ("צ": "ts"); two letters are two sounds
#: ("اتصل", call: "t" and "s", no "s" of a Shelly)
_ONE_LETTER_PAIRS = {"sh": "s", "ts": "s", "kh": "k", "th": "t", "dh": "d"}


def _abjad_letters(word: str) -> str:
    """The abjad ``word`` read letter by letter by anyascii, lower case, letters and alef/ayin marks only, each
    letter's pair made one (:data:`_ONE_LETTER_PAIRS`)."""
    read = (anyascii(c).lower() for c in word)
    return "".join(c for said in read for c in _ONE_LETTER_PAIRS.get(said, said) if c.isalpha() or c in "'`")


def _abjad_pairs_joined(word: str) -> str:
    """The abjad ``word`` as anyascii writes it whole, each pair of :data:`_ONE_LETTER_PAIRS` made one across letters
    too ("هرتسل": "hrtsl" -> "hrsl", Herzl): the reading before round 38, kept for streets and towns (recall first;
    names are read letter by letter, "اتصل" is no Shelly)."""
    letters = "".join(c for c in anyascii(word).lower() if c.isalpha() or c in "'`")
    for pair, one in _ONE_LETTER_PAIRS.items():
        letters = letters.replace(pair, one)
    return letters


def _abjad_fits(word: str, name: list[str]) -> bool:
    """Whether the abjad letters ``word`` (:func:`_abjad_letters`) write ``name`` (:func:`_name_letters`)."""

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
#: round 30: what the check reads an abjad's letters as where anyascii writes nothing or another sound
_ABJAD_SAID = {"ا": "'", "آ": "'", "ض": "z", "ذ": "z", "ظ": "z"}


def _abjad_said(word: str) -> str:
    read = (_ABJAD_SAID.get(c) or anyascii(c).lower() for c in word)
    return "".join(c for said in read for c in _ONE_LETTER_PAIRS.get(said, said) if c in "'`" or c.isalpha())


def _letters_of(word: str) -> int:
    return sum(1 for c in word if c.isalpha() and not ("\u064b" <= c <= "\u065f"))


def holds_place_in_abjad(text: str, places: frozenset[str]) -> bool:
    """Round 31: whether ``text`` holds one of the owner's street words or town (``places``, folded lower case) of four
    letters or more written in Hebrew or Arabic letters ("רחוב הרצל" for Herzl Street): the table writes them in
    Latin letters, the patient in theirs. Lined up letter by letter as the owner's name is."""
    parts = [p for p in places if len(p) >= 4 and p.isascii() and p.isalpha()]
    if text.isascii() or not parts or not _ABJAD.search(text):
        return False
    for m in _ABJAD.finditer(text):
        word = m.group()
        for w in (word, *vocab.without_abjad_proclitics(word, 3)):  # round 40: two proclitics ("ולהרצל")
            for letters in (_abjad_letters(w), _abjad_pairs_joined(w)):  # a street's "تس" may be a "z": "هرتسل", Herzl
                if sum(c.isalpha() for c in letters) >= 3 and any(_abjad_fits(letters, _name_letters(p)) for p in parts):
                    return True
            if _letters_of(w) >= 3 and any(_abjad_fits(_abjad_said(w), _name_letters(p)) for p in parts):
                return True
    return False


_SMALL_KANA = frozenset("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮー")


def holds_kana_pet_name(text: str, full_name: str) -> bool:
    """Round 32 (the check's reading): whether ``text`` holds the owner's given name by a Japanese pet name: the kana
    right before a pet ending (:data:`~features.deid.peoplewords.JAPANESE_PET_ENDINGS`), one to four of them, read as
    the start of a name part of three letters or more (two letters read at least: "セッちゃん" for Setsuko, "ケンくん"
    for Kenji) unless they end an everyday word of family or babies ("おばあちゃん"); or a whole katakana word read
    as a nickname of the tables ("ハル" for Haruko)."""
    names = [_kana_reading(p) for p in re.findall(r"[a-z]+", fold_text(full_name).lower()) if len(p) >= 3]
    pets = {_kana_reading(n) for n in nicknames_of(" ".join(re.findall(r"[a-z]+", fold_text(full_name).lower())))
            if len(n) >= 3 and n.isalpha()}
    for ending in vocab.JAPANESE_PET_ENDINGS:
        at = text.find(ending)
        while at > 0:
            before = text[max(0, at - 4):at]
            if not before.endswith(vocab.JAPANESE_PET_WORDS):
                for i in range(len(before)):
                    head = before[i:]
                    if not _KANA.fullmatch(head) or head[0] in _SMALL_KANA:
                        continue
                    said = _kana_reading(head).rstrip("t")  # a small "っ" before the ending
                    if len(said) >= 2 and (said in pets or any(n.startswith(said) for n in names)):
                        return True
            at = text.find(ending, at + 1)
    return any(_kana_reading(w) in pets for w in re.findall("[\u30a1-\u30fa\u30fc]+", text))


#: round 40 (r40pets): a run of Hebrew letters with the geresh, apostrophes or backticks a pet form is written with
_HEBREW_PET_RUN = re.compile("[\u05d0-\u05ea'\u05f3\u2019`]+")


def _hebrew_pet_bases(parts: frozenset[str]) -> frozenset[str]:
    """Round 40 (the check's reading): what a Hebrew pet tail may follow for the owner's name parts in Hebrew letters:
    a part in plain letters, less its last letter, less its he ("אברהם": "אברמ"), or a short form of it
    (:data:`~features.deid.peoplewords.HEBREW_SHORT_FORMS`) whole or less a last he; three letters or more."""
    bases: set[str] = set()
    for part in parts:
        plain = part.translate(vocab.HEBREW_FINAL_LETTERS)
        if not plain or not "א" <= plain[0] <= "ת":
            continue
        bases.update((plain, plain[:-1], plain[0] + plain[1:].replace("ה", "")))
        for short in vocab.HEBREW_SHORT_FORMS.get(part, ()):
            bases.add(short.translate(vocab.HEBREW_FINAL_LETTERS))
            if short.endswith("ה"):
                bases.add(short[:-1])  # "מוישה": "מויש|ל'ה"
    return frozenset(b for b in bases if len(b) >= vocab.HEBREW_PET_STEM_LETTERS)


def holds_hebrew_pet_form(text: str, parts: frozenset[str]) -> bool:
    """Round 40 (the check's reading): whether ``text`` holds one of the owner's name parts in Hebrew letters
    (``parts``, as stored) with a Hebrew or Yiddish pet tail after it (:data:`~features.deid.peoplewords.HEBREW_PET_TAILS`:
    "יעליק", "יעלה'לה", "אברמל'ה", "אבי'לה"), one proclitic letter before it or not."""
    if text.isascii() or not (bases := _hebrew_pet_bases(parts)):
        return False
    for m in _HEBREW_PET_RUN.finditer(text):
        word = "".join(c for c in m.group() if "א" <= c <= "ת")
        for w in (word, *vocab.without_abjad_proclitics(word, 2)):
            if any(w.endswith(t) and w[:-len(t)] in bases for t in vocab.HEBREW_PET_TAILS):
                return True
    return False


def holds_name_in_abjad_kana_or_tamil(text: str, full_name: str) -> bool:
    """Whether ``text`` holds a name part of ``full_name`` (four letters or more) written alone in an abjad, in kana or
    in Tamil (see the module docstring), or the name in Tamil, Han or Hangul (round 22:
    :func:`holds_owner_in_tamil_han_or_hangul`)."""
    if text.isascii():
        return False
    if holds_owner_in_tamil_han_or_hangul(text, full_name):  # round 22
        return True
    if not (parts := _parts(full_name)):
        return False
    spellings = frozenset(spelt(p) for p in parts if len(p) <= LONGEST_SHORT_NAME)
    longer = tuple(p for p in parts if len(p) > LONGEST_SHORT_NAME)
    for m in _ABJAD.finditer(text):
        word = m.group()
        # round 40: an everyday word of its language that spells no short part is read for the longer parts only
        # ("ורק", and only, is no Park: the redactor's own reading does not take it)
        parts = longer if heard_as_a_word_of_its_own(word, spellings) else _parts(full_name)
        # round 39: a Hebrew pet ending after the name ("יעלי", "יעליק" for Yael) read off too
        pets = [word.removesuffix(e) for e in vocab.HEBREW_PET_ENDINGS if word.endswith(e) and "א" <= word[:1] <= "ת"]
        for w in (word, *vocab.without_abjad_proclitics(word, 3), *pets):  # round 40: two proclitics ("ولفاطمة")
            letters = _abjad_letters(w)
            written = sum(c.isalpha() for c in letters) + (letters[:1] in ("'", "`"))  # "عمر": the ayin is the "o"
            if written >= 3 and any(_abjad_fits(letters, _name_letters(p)) for p in parts):
                return True
            # round 30: the check's own letters: an alef a written vowel, "ض" the "z" Persian says ("رضا": Reza)
            said = _abjad_said(w)
            if _letters_of(w) >= 3 and any(_abjad_fits(said, _name_letters(p)) for p in parts
                                           if not w.endswith("ى") or p.endswith("a")):
                return True
    threes = {p for p in re.findall(r"[a-z]+", fold_text(full_name).lower()) if len(p) == 3}
    if threes:  # round 30: "علی" for Ali: a word of three letters, no more ("عالی", great, has four), no article
        for m in _ABJAD.finditer(text):
            word = m.group()
            if _letters_of(word) == 3 and word[:2] != "ال" and any(  # "على" (on) ends in an "a", no Ali
                    _abjad_fits(_abjad_said(word), _name_letters(p)) for p in threes
                    if not word.endswith("ى") or p.endswith("a")):
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
    if runs and holds_kana_pet_name(text, full_name):  # round 32
        return True
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
        if 2 <= len(run.group()) <= 4 and stripped != before and stripped.endswith(HAN_NAME_CUES) and \
                not run.group().startswith(vocab.HAN_AFTER_A_GIVEN_NAME):  # round 30: "儿子 下午会来", a gap's time word
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
    may be a name's), and the two no word of :data:`vocab.HAN_WORDS_AFTER_RELATIONS` ("高兴"); no relation word
    starts the given name ("爸爸和妈妈": "和" there is "and")."""
    family = next((len(f) for f in vocab.HAN_SURNAMES_TWO if text.startswith(f, at)), 1 if text[at:at + 1] and
                  text[at] in vocab.HAN_SURNAMES_ONE else 0)
    given, second = text[at + family:at + family + 1], text[at + family + 1:at + family + 2]
    opener = given in vocab.HAN_GIVEN_OPENERS and _is_han(second) and second not in vocab.HAN_NOT_IN_NAMES  # "李小梅"
    return bool(family and given and _is_han(given) and (given == "明" or opener or given not in vocab.HAN_NOT_IN_NAMES)
                and text[at:at + family + 1] not in vocab.HAN_WORDS_AFTER_RELATIONS
                and not text.startswith(vocab.HAN_RELATIONS, at + family))


def _japanese_name_at(text: str, at: int) -> bool:
    """After a relation word's "の" at ``at``: kanji (two or more, or one before an honorific) before a particle or an
    honorific, no thing of :data:`vocab.JAPANESE_NOT_NAMES`; kana (two to six) only before an honorific."""
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
            family_first = cut == 4 and all(c in JAPANESE_SURNAME_KANJI_READINGS for c in name[:2])  # round 24
            if (cut <= 3 or family_first) and name not in vocab.JAPANESE_NOT_NAMES and after.startswith(
                    vocab.JAPANESE_AFTER_NAMES) and (cut >= 2 or after.startswith(vocab.JAPANESE_HONORIFICS)):
                return True
        return False
    while end < len(text) and end - start < 7 and ("\u3041" <= text[end] <= "\u3096" or "\u30a1" <= text[end] <= "\u30fc"):
        end += 1
    return any(text.startswith(vocab.JAPANESE_HONORIFICS, cut) for cut in range(start + 2, end + 1))


def _kanji_named_at(text: str, at: int) -> bool:
    """Round 35 (r35seams): after a Japanese word that gives a name ("名前は") at ``at``: one to four kanji, no thing of
    :data:`vocab.JAPANESE_NOT_NAMES`, before a copula, a particle, a clause's mark or the end ("健太です")."""
    end = at
    while end < len(text) and end - at < 5 and (_is_han(text[end]) or text[end] == "々"):
        end += 1
    return any(text[at:cut] not in vocab.JAPANESE_NOT_NAMES and not text[at:cut].endswith(vocab.JAPANESE_THING_ENDINGS)
               and (cut == len(text) or text.startswith(
        vocab.JAPANESE_AFTER_A_NAMING, cut)) for cut in range(at + 1, min(end, at + 4) + 1))


def _katakana_name_at(text: str, at: int) -> bool:
    """Round 25: after a relation word's "の" at ``at``, a run of katakana (two to eight) that a particle, a clause's
    punctuation or the end follows and that is a given name's sound and no everyday loanword ("母のマリアは"; "母の
    スマホが" is none): read character by character, the check's own way."""
    if not text.startswith("の", at):
        return False
    end = at + 1
    while end < len(text) and ("\u30a1" <= text[end] <= "\u30fa" or text[end] == "ー"):
        end += 1
    run = text[at + 1:end]
    return (vocab.KATAKANA_NAME_SHORTEST <= len(run) <= vocab.KATAKANA_NAME_LONGEST
            and (end == len(text) or text.startswith(vocab.KATAKANA_NAME_AFTER, end))
            and vocab.katakana_given_name(run, FIRST_NAMES))


def holds_related_cjk_name(text: str) -> bool:
    """Whether ``text`` holds a name after a Chinese, Japanese or Korean relation word (round 22): a Chinese family name
    and a given name's character glued to the relation word or to a field's cue ("我儿子李明会来", "联系人王芳"), a
    Japanese name after the relation word and "の" ("息子の健太が"), a Korean word after the relation word and a space
    that is two or three syllables and a name's "-이" with a particle, a title or a vocative ("딸 지은이가")."""
    if text.isascii():
        return False
    if any(_is_han(c) for c in text) and any(_han_name_at(text, at)
                                              for at in _after_each(text, vocab.HAN_RELATIONS + HAN_NAME_CUES
                                                                    + vocab.HAN_NAMING_WORDS)):
        return True
    if "名" in text and any(_kanji_named_at(text, at) for at in _after_each(text, vocab.JAPANESE_NAMING_WORDS)):
        return True  # round 35 (r35seams): "息子の名前は健太です"
    kin = vocab.JAPANESE_RELATIONS + vocab.JAPANESE_KANA_RELATIONS
    if "の" in text and any(_japanese_name_at(text, at) or _katakana_name_at(text, at) for at in _after_each(text, kin)):
        return True
    words = text.split()
    for before, word in itertools.pairwise(words):
        letters = "".join(c for c in word if c.isalpha())
        if before.strip(",.:") in vocab.KOREAN_RELATIONS and any(
                letters.startswith(a, n) for n in (2, 3) for a in vocab.KOREAN_AFTER_NAMES):
            return True
    return any(before.strip(",.:") in vocab.KOREAN_RELATIONS and _korean_full_name(word) and after.startswith(
        _KOREAN_TITLES_AFTER) for before, word, after in zip(words, words[1:], words[2:], strict=False))


#: round 34: what follows a Korean full name a space apart: "씨", "님", "선생님" with or without a particle ("약사 김지영
#: 씨가", "의사 박민수 선생님이")
_KOREAN_TITLES_AFTER = ("씨", "님", "선생")


def _korean_full_name(word: str) -> bool:
    """A Korean surname and one or two syllables, nothing else ("김지영", "박민수")."""
    return 2 <= len(word) <= 3 and word[0] in KOREAN_SURNAMES and all("\uac00" <= c <= "\ud7a3" for c in word)


# --------------------------------------------------------------------------- the owner's name in Tamil, Han, Hangul
# (round 22)
#: the check's consonant classes for Tamil, which writes no voicing: each Latin consonant to its class
_TAMIL_CLASS = {**dict.fromkeys("pbf", "P"), **dict.fromkeys("kgqx", "K"), **dict.fromkeys("tdz", "T"),
                **dict.fromkeys("cjs", "C"), **dict.fromkeys("vw", "V"), "l": "L", "r": "R", "m": "M", "n": "N",
                "y": "Y"}


def _tamil_classes(latin: str) -> str:
    """The classes of a word's consonants, in order, one for a run of the same class (digraphs' "h" left out)."""
    out = ""
    for c in latin.lower().replace("zh", "l"):
        group = _TAMIL_CLASS.get(c, "")
        if group and not out.endswith(group):
            out += group
    return out


def _hangul_key(latin: str) -> str:
    """A Korean name's Latin spelling made one with anyascii's reading of its Hangul: "u" for "oo"/"woo"/"wu", "o"
    for "eo", voiceless stops read voiced, "r" as "l", doubled letters once."""
    key = re.sub(r"[\s-]", "", latin.lower())
    for spelled, read in (("woo", "u"), ("wu", "u"), ("oo", "u"), ("eo", "o"), ("eu", "u"), ("ae", "e"), ("ee", "i"),
                          ("ch", "j"), ("sh", "s")):
        key = key.replace(spelled, read)
    key = key.translate(str.maketrans("kptr", "gbdl"))
    return re.sub(r"(.)\1+", r"\1", key)


def holds_owner_in_tamil_han_or_hangul(text: str, full_name: str) -> bool:
    """Whether ``text`` holds the owner's name in Tamil (a word
    with a part's consonant classes, three or more), in Han characters (syllables anyascii reads as two parts joined
    or as a part of five letters or more; a part alone before a title or after "老"/"小"), a Japanese family name in
    kanji whose reading is a part, or in Hangul (two to four syllables, a particle after them or none, spelling a part
    or the family name and a given name)."""
    if text.isascii():
        return False
    everything = tuple(p for p in re.findall(r"[a-z]+", fold_text(full_name).lower()) if len(p) >= 2)
    if any("\u0b80" <= c <= "\u0bff" for c in text):
        wanted = {c for p in everything if len(p) >= _LEAST and len(c := _tamil_classes(p)) >= 3}
        if any(_tamil_classes(anyascii(w)) in wanted for w in re.findall("[\u0b80-\u0bff]+", text)):
            return True
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        if any(k in text for k, said in vocab.JAPANESE_SURNAME_READINGS.items() if set(said) & set(everything)):
            return True
        joined = {a + b for a in everything for b in everything if a != b} | {p for p in everything if len(p) >= 5}
        for run in re.findall("[\u4e00-\u9fff]+", text):
            syllables = [anyascii(c).lower() for c in run]
            for i in range(len(run)):
                if any("".join(syllables[i:j]) in joined for j in range(i + 2, min(len(run), i + 4) + 1)):
                    return True
                alone = syllables[i] in everything
                if alone and (run[i + 1:].startswith(vocab.HAN_SURNAME_TITLES) or run[i - 1:i] in vocab.HAN_SURNAME_FAMILIAR):
                    return True
    if any("\uac00" <= c <= "\ud7a3" for c in text):
        keys = {_hangul_key(p) for p in everything if p not in vocab.KOREAN_SURNAME_SPELLINGS}
        keys |= {_hangul_key(anyascii(vocab.KOREAN_SURNAME_SPELLINGS[f]) + g) for f in everything
                 if f in vocab.KOREAN_SURNAME_SPELLINGS for g in everything if g != f}
        keys = {k for k in keys if len(k) >= 3}
        endings = ("", *vocab.KOREAN_SUBJECT_PARTICLES, *vocab.KOREAN_AFTER_NAMES, *KOREAN_COPULAS)
        for word in re.findall("[\uac00-\ud7a3]+", text):
            if any(_hangul_key(anyascii(word[:n])) in keys and (word[n:] in endings or word[n:].startswith(endings[1:]))
                   for n in range(2, min(len(word), 4) + 1)):
                return True
    return False


# --------------------------------------------------------------------------- a Chinese name in pinyin (round 24)
_PINYIN_SYLLABLE = re.compile("(?:" + "|".join(vocab.PINYIN_INITIALS) + ")?(?:" + "|".join(vocab.PINYIN_FINALS) + ")")
_LOWER_WORD = re.compile(r"[a-zü]+")


def _syllables(word: str) -> int:
    """How many pinyin syllables ``word`` is, read greedily from the left (0 where it is no pinyin)."""
    at, count = 0, 0
    while at < len(word):
        m = _PINYIN_SYLLABLE.match(word, at)
        if m is None or m.end() == at:
            return 0
        at, count = m.end(), count + 1
    return count


def holds_pinyin_name(text: str, is_word: Callable[[str], bool]) -> bool:
    """Whether ``text`` holds a Chinese name in pinyin after a pinyin kinship word (round 24: "yeye li jianguo",
    "nainai zhou guilan"): a common family name, then a given name of one word of one or two syllables or of two words
    of one, no English word among them; read word by word, the check's own way."""
    low = text.lower()
    found = list(_LOWER_WORD.finditer(low))
    words = [m.group() for m in found]
    for at, word in enumerate(words[:-2]):  # a kinship word, a family name, a given name
        if word not in vocab.PINYIN_KIN or words[at + 1] not in vocab.PINYIN_FAMILY_NAMES:
            continue
        if any(low[found[n].end():found[n + 1].start()].strip(" \t") for n in (at, at + 1)):
            continue  # session 25: one name, its words side by side ("mama ma 64 lata" is Polish: mum is 64)
        if _syllables(words[at + 2]) in (1, 2) and not is_word(words[at + 2]) and not _of_its_prose(
                words[:at] + words[at + 3:], words[at + 2]):
            return True
    return False


def _of_its_prose(rest: list[str], word: str) -> bool:
    """Whether ``word`` is an everyday word of the language the ``rest`` of the text (three words at least) is written
    in (session 25: "mama ma lata … i nadciśnienie" is Polish); pinyin is no such language, so "yeye li jianguo lai le"
    reads as before, and a text too short to tell ("mama ma lan") too."""
    return everyday_in(word, prose_language(rest) if len(rest) >= 3 else None)


# --------------------------------------------------------------------------- round 28: Indic scripts and Thai
#: the check's own reading of an abugida: an Indic word (written with spaces) or a Thai run (without)
_INDIC = re.compile("[\u0900-\u0dff]+")
_THAI = re.compile("[\u0e00-\u0e7f]+")
_THAI_BEFORE = frozenset("เแโใไ")  # vowels written before their consonant: loose ones, left out
#: how an abugida's anyascii reading may write each Latin consonant of a name (aspirated or not)
_ABUGIDA_LETTER = {
    "b": "(?:bh?|v|w)", "v": "[vwb]", "w": "[vwb]", "p": "(?:ph?|f)", "f": "(?:ph|f|p)", "k": "(?:kh?|q|c)",
    "q": "(?:kh?|q)", "c": "(?:kh?|c)", "g": "gh?", "j": "(?:jh?|z)", "z": "(?:jh?|z)", "t": "th?", "d": "dh?",
    "s": "(?:sh?|s)", "n": "[nmn]", "m": "[mn]", "r": "r", "l": "l", "y": "y", "h": "h?", "x": "ks",
}
_LEAST_ABUGIDA_CONSONANTS = 2


def _abugida_said(reading: str) -> str:
    """An anyascii reading of an Indic or Thai word with long vowels once and a "y" glide before "u" left out
    ("hyustn": "hustn")."""
    s = reading.lower()
    for long, short in (("ii", "i"), ("uu", "u"), ("ue", "u"), ("aa", "a")):
        s = s.replace(long, short)
    return re.sub(r"(?<=[^aeiou])y(?=u)", "", re.sub(r"[^a-z]", "", s))


@functools.lru_cache(maxsize=4096)
def _abugida_pattern(word: str) -> tuple[re.Pattern[str], int] | None:
    """What an abugida's reading of the Latin ``word`` may be: its consonants each as written or aspirated, one or
    twice; "a", "e", "o" written or not (the inherent vowel, a schwa); "i" and "u" written (a vowel sign no abugida
    leaves out: "कमरा", "kmra", is no Kumar); an "i" before "y" in the glide ("Iyer": "ayyr"). With it, how many
    consonants it has ("h" left out)."""
    w = word.lower()
    for long, short in (("ee", "i"), ("oo", "u"), ("ou", "u"), ("aa", "a"), ("ii", "i"), ("uu", "u")):
        w = w.replace(long, short)
    w = re.sub(r"^iy", "ay", w)
    w = re.sub(r"(?<=[aeo])i$", "", re.sub(r"i(?=y)", "I", w))
    out, consonants, i = [], 0, 0
    while i < len(w):
        c = w[i]
        if c in "aeo":
            out.append("[aeo]?")
            i += 1
            continue
        if c in "iuI":
            out.append("i?" if c == "I" else c)
            i += 1
            continue
        letter = _ABUGIDA_LETTER.get(c)
        if letter is None:
            return None
        i += 2 if w[i + 1:i + 2] == "h" and c != "h" else 1
        while i < len(w) and w[i] == c:
            i += 1
        if c == "n" and not any(d not in "aeiouIh" for d in w[i:]):
            letter = "n"  # round 38: an "m" (an anusvara) stands for an "n" before a consonant only ("সময়" is no Sean)
        out.append(f"{letter}(?:{letter})?")
        consonants += c != "h"
    if consonants < _LEAST_ABUGIDA_CONSONANTS:
        return None
    return re.compile("".join(out) + "(?:a|y)?"), consonants


def holds_owner_in_an_abugida(text: str, words: frozenset[str]) -> bool:
    """Round 28: one of the owner's ``words`` (name parts, street and town words, four letters or more) written in an
    Indic script (a word read whole) or in Thai (a run without spaces: each place where a consonant of the word's
    first letter's reading starts is tried, the pattern matched from there, as far as the word can reach)."""
    patterns = [p for w in words if len(w) >= 4 and w.isalpha() and (p := _abugida_pattern(w)) is not None]
    if not patterns:
        return False
    for m in _INDIC.finditer(text):
        said = _abugida_said(anyascii(m.group()))
        if any(p.fullmatch(said) for p, _ in patterns):
            return True
    for m in _THAI.finditer(text):
        run = re.sub("รร(?![ก-ฮ])", "ัน", m.group()).replace("รร", "ั")
        said = _abugida_said("".join(anyascii(c) for c in run if c not in _THAI_BEFORE))
        # a name is never more than 24 letters said: a match is sought from each letter, that far at most
        long = [p for p, consonants in patterns if consonants >= _LEAST_THAI_CONSONANTS]
        if any((found := p.match(said, i, i + _LONGEST_SAID)) is not None and len(found.group()) >= 4
               for p in long for i in range(len(said))):
            return True
    return False


#: a name is never longer than this, said: a Thai match is sought from each letter that far at most (linear)
_LONGEST_SAID = 24
#: Thai is written without spaces: a word of three consonants at least is looked for in it
_LEAST_THAI_CONSONANTS = 3


# --------------------------------------------------------------------------- round 30: kanji read by a dictionary
_KANJI_OR_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々]+")


def _is_kanji(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or c == "々"


@functools.cache
def _dictionary() -> object:
    """Janome's tokenizer (IPADIC, shipped in the package), the check's own instance."""
    from janome.tokenizer import Tokenizer
    return Tokenizer()


def _read_words(run: str) -> list[tuple[str, str, str]]:
    """``(surface, the check's romanised reading, part of speech)`` of each dictionary word of ``run``."""
    out = []
    for token in _dictionary().tokenize(run):  # type: ignore[attr-defined]
        kana = token.reading if token.reading and token.reading != "*" else token.surface
        out.append((token.surface, _kana_reading(kana), token.part_of_speech))
    return out


def holds_japanese_name_before_an_honorific(text: str) -> bool:
    """Round 42 (r42kin): a word of two characters or more the dictionary reads as a person's name right before an
    honorific ("ゆみこさん", "由美子さんが", "たけしくん"), no job's word ("看護師さん")."""
    if text.isascii() or not any(h in text for h in vocab.JAPANESE_HONORIFICS):
        return False
    for run in _KANJI_OR_KANA.findall(text):
        if not any(h in run for h in vocab.JAPANESE_HONORIFICS):
            continue
        read = _read_words(run)
        for (word, _, pos), (after, _, _) in itertools.pairwise(read):
            if after in vocab.JAPANESE_HONORIFICS and "固有名詞,人名" in pos and len(word) >= 2 and (
                    word not in vocab.JAPANESE_JOBS_BEFORE_AN_HONORIFIC):
                return True
    return False


def holds_owner_in_kanji(text: str, words: frozenset[str]) -> bool:
    """Round 30: whether ``text`` holds one of ``words`` (the owner's name parts, street words and town, four letters or
    more) written in kanji: the run's dictionary words are read (janome) and romanised by the check's kana reading,
    and one word or two joined, a kanji among them, must read as the word does ("春樹" for Haruki, "梅田" for
    Umeda)."""
    if not any(_is_kanji(c) for c in text):
        return False
    wanted = {r for w in words if len(w) >= _LEAST and len(r := _kana_reading(w)) >= _LEAST}
    if not wanted:
        return False
    for run in _KANJI_OR_KANA.findall(text):
        if not any(map(_is_kanji, run)):
            continue
        read = _read_words(run)
        for i in range(len(read)):
            if _kana_reading(read[i][1]) in wanted and any(map(_is_kanji, read[i][0])):
                return True
            if i + 1 < len(read) and any(map(_is_kanji, read[i][0] + read[i + 1][0])) and \
                    _kana_reading(read[i][1] + read[i + 1][1]) in wanted:
                return True
    return False


# --------------------------------------------------------------------------- round 30: a given name alone after kin
def _zh_rare(word: str) -> bool:
    return word_frequency(word, "zh") < vocab.HAN_EVERYDAY_WORD


def _han_given_before(text: str, at: int) -> bool:
    """Whether two or three characters right before ``at`` (where a time word or a person's verb starts) are a given
    name alone after a kin word: read backwards from the verb, the check's own direction."""
    stop = set(vocab.HAN_NOT_IN_NAMES) - {"明"}
    for length in (2, 3):
        start = at - length
        if start < 1:
            return False
        name = text[start:at]
        if not all(map(_is_han, name)):
            return False
        if any(c in stop for c in name[1:]) or (name[0] in stop and name[0] not in "小大阿"):
            continue
        if any(text.endswith(kin, 0, start) for kin in vocab.HAN_KIN_BEFORE_A_GIVEN_NAME) and _zh_rare(name) and \
                name not in vocab.HAN_WORDS_AFTER_RELATIONS and not text.startswith(vocab.HAN_AFTER_A_GIVEN_NAME, start):
            return True
    return False


def _kana_given_name(kana: str) -> bool:
    """Whether kana after a kin word's "の" read alone are a given name: a given name's romanised sound, or by the
    dictionary a person's name, or no noun at all ("ゆい" is read as a verb); none of the kana words that are things."""
    if kana in vocab.JAPANESE_KANA_NOT_NAMES:
        return False
    if _kana_reading(kana) in FIRST_NAMES:
        return True
    read = _read_words(kana)
    if any("人名" in pos for _, _, pos in read):
        return True
    return not (len(read) == 1 and read[0][2].startswith("名詞"))


_KANA_AFTER_NO = re.compile("の([\u3041-\u3096]{2,5}?)(?=[がはもとに])")  # hiragana: katakana is round 25's


def holds_kin_given_name(text: str) -> bool:
    """Round 30: whether ``text`` holds a given name alone after a kin word: Chinese characters between a kin word and
    a time word or a person's verb ("我女儿小梅明天来"), kana between a Japanese kin word's "の" and a particle
    ("息子のたけしが"), a Korean name ending in a vowel after a kin word, its particle glued ("남편 철수가")."""
    if text.isascii():
        return False
    if any(map(_is_han, text)):
        for after in vocab.HAN_AFTER_A_GIVEN_NAME:
            at = text.find(after, 1)
            while at > 0:
                if _han_given_before(text, at):
                    return True
                at = text.find(after, at + 1)
    kin = vocab.JAPANESE_RELATIONS + vocab.JAPANESE_KANA_RELATIONS
    for m in _KANA_AFTER_NO.finditer(text):
        if text.endswith(kin, 0, m.start()) and _kana_given_name(m.group(1)):
            return True
    for m in re.finditer("[\uac00-\ud7a3]+", text):
        word = m.group()
        before = text[:m.start()].rstrip(" \t")
        if before == text[:m.start()] or not before.endswith(vocab.KOREAN_RELATIONS):
            continue
        name, particle = word[:2], word[2:]
        if len(name) == 2 and particle in vocab.KOREAN_VOWEL_NAME_PARTICLES and (ord(name[-1]) - 0xAC00) % 28 == 0 \
                and word_frequency(name, "ko") < vocab.KOREAN_EVERYDAY_WORD:
            return True
    return False


def holds_armenian_surname(text: str) -> bool:
    """Round 40: an Armenian surname left in ``text`` by its shape, anybody's: a word that starts with an Armenian
    capital and, past a case or article ending (:data:`~features.deid.peoplewords.ARMENIAN_CASE_ENDINGS`: "-ը",
    "-ի", "-ից", "-ներ"), ends in a surname's "-յան", "-եան", "-յանց" or "-ունց" with three letters before it
    ("Պետրոսյանը", "Գրիգորեանի"); not "Ծննդյան" (birth's) nor the others of
    :data:`~features.deid.peoplewords.NOT_ARMENIAN_SURNAMES`."""
    if text.isascii() or not any("\u0531" <= c <= "\u0556" for c in text):
        return False
    for word in re.findall("[\u0531-\u0587]+", text):
        if not "\u0531" <= word[0] <= "\u0556":
            continue
        lowered = word.lower()
        stems = [lowered] + [lowered[:-len(e)] for e in vocab.ARMENIAN_CASE_ENDINGS if lowered.endswith(e)]
        for stem in stems:
            ending = next((e for e in vocab.ARMENIAN_SURNAME_ENDINGS if stem.endswith(e)), None)
            if ending and len(stem) - len(ending) >= 3 and stem not in vocab.NOT_ARMENIAN_SURNAMES:
                return True
    return False


# --------------------------------------------------------------------------- round 39: loanwords in other scripts
#: a word of a script written with spaces (Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Georgian, Ethiopic), of
#: katakana, of Hangul, or a run of Han characters Chinese writes foreign names with (the check's own list of ranges)
_LOANWORD = re.compile("[" + "".join(sorted(vocab.HAN_TRANSLITERATION_CHARACTERS)) + "]{2,}|[\u0370-\u03ff\u1f00-\u1fff"
                       "\u0400-\u052f\u0531-\u058f\u05d0-\u05ea\u0620-\u06ff\u0900-\u0dff\u10a0-\u10ff\u1200-\u137f"
                       "\u30a1-\u30fa\u30fc\uac00-\ud7af]+")
#: how a script writes an English sound apart from anyascii's letter: Greek "μπ" for "b" and "ντ" for "d" (read
#: before anyascii), an ayin for a vowel's opening and "ts" for a Polish "c" (read after it)
_GREEK_LOAN_LETTERS = (("μπ", "b"), ("ντ", "d"))
_LATIN_LOAN_LETTERS = (("`", "'"), ("ts", "c"))


def loanword_readings(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Round 39: the words of ``text`` another script writes a foreign name, street or town with, each with the Latin
    readings the check hears it by: anyascii's; a Hangul word without the copula or particle after it ("휴즈예요");
    katakana without its small "ッ" (a doubling, no "t"); Han with its "x" an "h" (休 "xiu" for Hugh-); the letters of
    :data:`_GREEK_LOAN_LETTERS` and :data:`_LATIN_LOAN_LETTERS` read as one sound. Spans of ``text``."""
    found: list[tuple[int, int, frozenset[str]]] = []
    for m in _LOANWORD.finditer(text):
        word = m.group().lower().replace("ッ", "")
        forms = {word}
        if "\uac00" <= word[-1] <= "\ud7a3":
            forms |= {word[:-len(e)] for e in vocab.KOREAN_ENDINGS_AFTER_A_LOANWORD
                      if word.endswith(e) and len(word) - len(e) >= 2}
        readings: set[str] = set()
        for form in forms:
            for written, said in _GREEK_LOAN_LETTERS:
                form = form.replace(written, said)
            latin = anyascii(form).lower()
            for written, said in _LATIN_LOAN_LETTERS:
                latin = latin.replace(written, said)
            readings |= {anyascii(form).lower(), latin, latin.replace("x", "h")}
        found.append((m.start(), m.end(), frozenset(r for r in readings if r)))
    return found


def loanword_neighbours(text: str, found: list[tuple[int, int, frozenset[str]]]
                        ) -> list[tuple[frozenset[str], frozenset[str], bool]]:
    """Two :func:`loanword_readings` words set apart by a space, a middle dot or nothing ("亚历山大·休斯", "포트 매튜"):
    their readings, in order, and whether the first is an Indic word (read glued to the next by its vowels only);
    round 40 (lead): not two everyday words of their script's language ("забув ліки": prose, though it sounds as
    "Kovalchuk" glued)."""
    return [(a, b, "\u0900" <= text[at] <= "\u0dff") for (at, end, a), (start, stop, b) in itertools.pairwise(found)
            if text[end:start] in ("", " ", "\u30fb", "\u00b7", "\u2027", "\u2022")
            and not (everyday_in_its_script(text[at:end]) and everyday_in_its_script(text[start:stop]))]


def dictionary_katakana(word: str) -> str:
    """Round 44 (r44cjk): ``word``'s reading in katakana when the check's dictionary holds it as one word ("明日香":
    "アスカ"), else "" (a reading pieced from several words is a guess)."""
    tokens = list(_dictionary().tokenize(word))  # type: ignore[attr-defined]
    if len(tokens) != 1 or not tokens[0].reading or tokens[0].reading in ("*", word):
        return ""
    return str(tokens[0].reading)
