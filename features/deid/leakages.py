"""The leak check's own readings of the ages over 89 the twenty-fifth black-box round got past both sides (round 25,
branch r25ages): the Sino-Korean counter "se" romanised and the Korean copulas after a romanised counter ("halmeoni
95-se", "gusibo se", "95se", "96 sal iseyo"); an age in Chinese, Japanese or Korean with no counter after a relation
("奶奶今年九十五了", "爷爷今年96了", "祖母はもう95です", "할머니는 올해 아흔다섯이세요"); Vietnamese numbers in words
("chín mươi lăm tuổi", "ông nội năm nay chín mươi sáu"). Only the words come from :mod:`features.deid.agewords`; the
patterns are the check's, read on the text as written (Chinese, Japanese, Korean) or in lower case with its marks
dropped (Vietnamese, "đ" read as "d")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from features.deid import agewords
from features.deid.leakworld import plain_lower


def _any_of(words: Iterable[str], *, blanks: bool = False) -> str:
    """An alternation of ``words``, longest first; with ``blanks``, a blank in a word is read as any run of blanks and
    a hyphen as a blank, a hyphen or nothing."""
    escaped = []
    for word in sorted(set(words), key=len, reverse=True):
        text = re.escape(word)
        if blanks:
            text = text.replace(r"\ ", r"\s+").replace(r"\-", r"[\s-]?")
        escaped.append(text)
    return "|".join(escaped)


# --------------------------------------------------------------------------- the Korean counter "se" romanised

_HEADS, _UNITS = agewords.old_number_words(agewords.KOREAN_LIAISON_HEADS, agewords.KOREAN_LIAISON_UNITS)
_NUMBER = r"(?:(?<![\d.,/:])(?:9\d|1[0-2]\d|130)(?![.,]\d)|(?<![a-z])(?:" + _HEADS + r")(?:[\s-]?(?:" + _UNITS + r"))?)"
_FIGURES_GLUED = r"(?<![\d.,/:])(?:9\d|1[0-2]\d|130)"
_KOREAN_FOLLOWER = _any_of(agewords.KOREAN_COUNTER_FOLLOWERS)
_ANY_FOLLOWER = _any_of([*agewords.KOREAN_COUNTER_FOLLOWERS, *agewords.LATIN_COUNTER_FOLLOWERS])
_SE = _any_of(agewords.KOREAN_SINO_COUNTERS)
_LATIN = _any_of(agewords.LATIN_AGE_COUNTERS)
#: a number of 90 to 139, then "se" after a hyphen ("95-se", "gusip-o-se-sida"), glued to figures ("95se"), or after a
#: blank with an end, a mark or a Korean copula after it ("gusibo se", "95 se imnida"); and a romanised counter before
#: an end, a mark or a particle, the Korean copulas among them ("96 sal iseyo", "gusimnyuk sal")
_KOREAN_COUNTED_AGE = re.compile(
    r"(?i:" + _NUMBER + r"\s*-\s*(?:" + _SE + r")(?![a-z])"
    r"|" + _FIGURES_GLUED + r"(?:" + _SE + "|" + _LATIN + r")(?:-?(?:" + _ANY_FOLLOWER + r"))?(?![a-z])"
    r"|" + _NUMBER + r"\s*(?:" + _SE + r")(?=\s*(?:[^\w\s]|\Z)|\s+(?:" + _KOREAN_FOLLOWER + r")(?![a-z]))"
    r"|" + _NUMBER + r"\s*(?:" + _LATIN + r")(?=\s*(?:[^\w\s]|\Z)|\s+(?:" + _ANY_FOLLOWER + r")(?![a-z])))")


# --------------------------------------------------------------------------- Chinese, Japanese, Korean: no counter

_CJK_NUMBER = (r"(?:(?<![\d０-９.,/:])(?:9\d|1[0-2]\d|130|[９][０-９]|１[０-２][０-９])(?![\d０-９]|[.,]\d)"
               r"|(?:" + _HEADS + r")(?:" + _UNITS + r"|几|幾)?)")
#: a relation ("奶奶", "我爸", "祖母", "할머니"), maybe a particle ("は", "는"), up to three words of time or degree
#: ("今年", "已经", "もう", "올해"), a number of 90 to 139 in figures or words, maybe "多", then a particle of a state
#: reached or a copula ("了", "です", "이세요"), an end or a mark; "其他" ("the other") and "分母" (a denominator) are
#: no persons
_CJK_AGE = re.compile(
    r"(?<!其)(?<!分)(?:" + _any_of(agewords.CJK_AGE_PERSONS) + r")(?:" + _any_of(agewords.CJK_PERSON_PARTICLES) + r")?"
    r"[\s,，、]*(?:(?:" + _any_of(agewords.CJK_AGE_FILLERS) + r")\s*){0,3}" + _CJK_NUMBER + r"\s*(?:多|余|餘)?"
    r"(?:" + _any_of(agewords.CJK_AGE_ENDINGS) + r"|[ \t]*(?:[,，。．.！!？?、；;～~…）)\n]|\Z))")


# --------------------------------------------------------------------------- Vietnamese numbers in words

_VI_NUMBER_WORDS = (r"(?<![a-z])(?:" + _any_of(agewords.VIETNAMESE_OLD_HEADS, blanks=True) + r")(?:\s+(?:"
                    + _any_of(agewords.VIETNAMESE_UNITS, blanks=True) + r"))?(?![a-z])")
#: a Vietnamese number of 90 or more in words before "tuổi" ("chín mươi lăm tuổi", "mot tram tuoi")
_VI_SPELLED_AGE = re.compile(_VI_NUMBER_WORDS + r"\s*(?:tuoi)(?![a-z])")
#: a relation ("ông nội", "bà tôi", "mẹ chồng"), up to three words of time ("năm nay", "đã"), a number of 90 or more in
#: words or figures (these after a word of "my" or of time: "me 95." is English), then an end, a mark or a word that
#: ends the clause ("rồi", "tuổi", "ạ")
_VI_PERSON_AGE = re.compile(
    r"(?<![a-z])(?:" + _any_of(agewords.VIETNAMESE_AGE_PERSONS, blanks=True) + r")(?P<between>(?:\s+(?:"
    + _any_of(agewords.VIETNAMESE_PERSON_TAILS, blanks=True) + r")){0,2}(?:\s+(?:"
    + _any_of(agewords.VIETNAMESE_AGE_FILLERS, blanks=True) + r")){0,3})\s+(?:(?P<words>" + _VI_NUMBER_WORDS
    + r")|(?<![\d.,/:])(?:9\d|1[0-2]\d|130)(?![\d]|[.,]\d))"
    r"(?=\s*(?:[^\w\s]|\Z)|\s+(?:" + _any_of(agewords.VIETNAMESE_AGE_ENDINGS, blanks=True) + r")(?![a-z]))")


#: words of time that are Spanish words too ("el médico me da 95."): figures need another between them and the person
_SPANISH_TOO = frozenset({"da", "la"})


def has_asian_age_without_a_counter(text: str) -> bool:
    """Whether ``text`` says an age over 89 that the round-24 counter reading misses: the Korean "se" romanised or a
    romanised counter before a Korean copula (:data:`_KOREAN_COUNTED_AGE`), a relation's age in Chinese, Japanese or
    Korean with no counter (:data:`_CJK_AGE`), or in Vietnamese (:data:`_VI_SPELLED_AGE`, :data:`_VI_PERSON_AGE`)."""
    plain = plain_lower(text).replace("đ", "d")
    if _KOREAN_COUNTED_AGE.search(plain) or _VI_SPELLED_AGE.search(plain) or any(
            m.group("words") or set(m.group("between").split()) - _SPANISH_TOO for m in _VI_PERSON_AGE.finditer(plain)):
        return True
    return not text.isascii() and _CJK_AGE.search(text) is not None
