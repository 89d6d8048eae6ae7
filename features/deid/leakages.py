"""The leak check's own readings of the ages over 89 the twenty-fifth black-box round got past both sides (round 25,
branch r25ages): the Sino-Korean counter "se" romanised and the Korean copulas after a romanised counter ("halmeoni
95-se", "gusibo se", "95se", "96 sal iseyo"); an age in Chinese, Japanese or Korean with no counter after a relation
("奶奶今年九十五了", "爷爷今年96了", "祖母はもう95です", "할머니는 올해 아흔다섯이세요"); Vietnamese numbers in words
("chín mươi lăm tuổi", "ông nội năm nay chín mươi sáu"). Only the words come from :mod:`features.deid.agewords`; the
patterns are the check's, read on the text as written (Chinese, Japanese, Korean) or in lower case with its marks
dropped (Vietnamese, "đ" read as "d")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from adherence.domain import OLDEST_AGE_KEPT
from features.deid import agewords
from features.deid.leakworld import plain_lower, unaccented
from features.deid.peoplewords import ENGLISH_RELATIONS, KIN_WORDS, RELATIONS, everyday_words_abroad
from features.deid.readingwords import READING_WORDS
from features.deid.recognizers import FIRST_NAMES


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


# --------------------------------------------------------------------------- round 26: a bare age after a verb of age

def _lowered(words: Iterable[str]) -> frozenset[str]:
    """``words`` in lower case with their marks dropped (as :func:`plain_lower` writes the text)."""
    return frozenset(plain_lower(word) for word in words)


#: the persons a bare age is said of: every relation list, the persons of the age readings, pronouns, honorifics
_BARE_PERSONS = _lowered({*RELATIONS, *ENGLISH_RELATIONS, *KIN_WORDS, *agewords.MORE_KIN_WORDS,
                          *agewords.plural_kin_words(), *agewords.IN_LAW_WORDS, *agewords.BARE_AGE_PERSONS,
                          *(set(agewords.AGE_PERSON_WORDS) - agewords.NOT_KIN_PERSON_WORDS),
                          *agewords.HONORIFICS_BEFORE_A_NAME, *agewords.MORE_HONORIFICS_BEFORE_A_NAME})
_BARE_VERBS = _lowered(v.replace("’", "'") for v in agewords.BARE_AGE_VERBS)
_TURNING = _lowered(agewords.BARE_TURNING_VERBS)
_TIME_BETWEEN = _lowered(agewords.BARE_TURNING_VERBS_WITH_TIME_BETWEEN)
_GOING = _lowered(agewords.GOING_VERBS)
_ADVERBS = _lowered(agewords.AGE_LINK_ADVERBS)
_POSSESSIVES = _lowered(agewords.POSSESSIVES_AFTER_A_PERSON)
_OPENERS = _lowered(agewords.RELATIVE_CLAUSE_OPENERS)
_NO_NAMES = _lowered(READING_WORDS) | _lowered(agewords.NOT_NAMES_BEFORE_A_BARE_AGE) | {"room", "rm", "bed", "page",
                                                                                      "floor", "bus", "route"}
#: a figure of 90 to 119 that may be a bare age: no more figures, no decimals, no percent after it
_BARE_FIGURE = re.compile(r"(?<![\d.,/:])(?:9\d|1[01]\d)(?![\d%]|[.,:/]\d)")
#: what follows a bare age: an end, a mark, a join or a word of time ("y sigue fuerte", "this year", "na")
_BARE_FOLLOWER = re.compile(r"[ \t]*(?:[.!?;,)\n…]|\Z)|\s+(?:" + _any_of(_lowered(agewords.BARE_AGE_FOLLOWERS), blanks=True)
                            + r")(?![\w'’])")
_GOING_FOLLOWER = re.compile(r"\s+(?:" + _any_of(_lowered(agewords.TIME_FOLLOWERS_OF_GOING), blanks=True) + r")(?![\w'’])")
#: Turkish verbs of becoming after the figure ("babaannem bu yıl 93 oldu") and the Tagalog "na si" ("93 na si lola")
_AGE_VERB_AFTER = re.compile(r"\s+(?:oldu|olacak|oluyor)(?!\w)")
_TAGALOG_AFTER = re.compile(r"\s+na\s+(?:si|sina)(?!\w)")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d{1,2}\.|\d+|[,()—–]")
#: the most words of a relative clause between the person and the verb
_LONGEST_CLAUSE = 12


def _tokens(before: str) -> list[str]:
    """The words, day figures, commas and brackets of ``before``; a "'s" glued to a word is a word of its own."""
    tokens: list[str] = []
    for token in _TOKEN.findall(before.replace("’", "'")):
        if token.lower().endswith("'s") and len(token) > 2:
            tokens += [token[:-2], "'s"]
        else:
            tokens.append(token)
    return tokens


def _phrase_ending(tokens: list[str], end: int, words: frozenset[str]) -> int | None:
    """Where a phrase of ``words`` (one to three tokens) ending at ``end`` starts, or ``None``."""
    for size in (3, 2, 1):
        if end - size >= 0 and " ".join(tokens[end - size:end]).lower() in words:
            return end - size
    return None


def _person_before(tokens: list[str], end: int) -> bool:
    """Whether the tokens before ``end`` (where a verb of age starts) end in a person: adverbs, a relative clause in
    commas, up to three capitalised names (no reading), a word of "my" after the person, then a person of
    :data:`_BARE_PERSONS` ("my mother-in-law Edna, who lives with us, is", "η κυρία Ελένη είναι")."""
    at = end
    while at > 0 and tokens[at - 1].lower() in _ADVERBS and end - at < 2:
        at -= 1
    if at > 0 and tokens[at - 1] == ",":  # a relative clause: ", who lives with us,"
        opening = next((i for i in range(at - 2, max(-1, at - 2 - _LONGEST_CLAUSE), -1) if tokens[i] == ","), None)
        if opening is not None and tokens[opening + 1].lower() in _OPENERS:
            at = opening
    names = 0
    while at > 0 and names < 3:
        token = tokens[at - 1]
        if token in ",()—–":
            at -= 1
            continue
        if token[:1].isupper() and token.lower() not in _NO_NAMES and _phrase_ending(tokens, at, _BARE_PERSONS) is None:
            names += 1
            at -= 1
            continue
        break
    if at > 0 and tokens[at - 1].lower() in _POSSESSIVES:
        at -= 1
    if at > 0 and (person := _phrase_ending(tokens, at, _BARE_PERSONS)) is not None:
        # a reading just before the person is whose the figure is ("el azúcar de mi abuela tiene 95")
        return not _NO_NAMES.intersection(t.lower() for t in tokens[max(0, person - 4):person])
    # a given name alone, no everyday word ("Edna is 94."; "Max is 95." is a reading's maximum)
    named = [t.lower() for t in tokens[at:end] if t[:1].isupper()]
    return bool(named) and all(name in _given_names() and name not in _NO_NAMES for name in named)


@functools.cache
def _given_names() -> frozenset[str]:
    """Given names that are no everyday word, lower case."""
    return frozenset(FIRST_NAMES - everyday_words_abroad())


def _bare_age_verb_before(tokens: list[str]) -> bool | None:
    """Whether ``tokens`` (the words before a bare figure) end in a verb of age said of a person: ``True`` for a
    person's verb or a turning verb (maybe adverbs between, or words of time and a day after a German or Dutch one),
    ``None`` for a verb of going right before (a word of time must follow the figure), ``False`` otherwise."""
    end = len(tokens)
    for between in range(6):
        verb_end = end - between
        fillers = tokens[verb_end:end]
        if verb_end <= 0 or any(not t[:1].isalnum() for t in fillers):
            return False
        start = _phrase_ending(tokens, verb_end, _GOING | _BARE_VERBS)
        if start is None:
            continue
        verb = " ".join(tokens[start:verb_end]).lower()
        adverbs_only = all(t.lower() in _ADVERBS for t in fillers)
        if verb in _GOING and not fillers:
            return None
        if verb in _TIME_BETWEEN or (adverbs_only and verb in _TURNING):
            return True
        if adverbs_only and verb in _BARE_VERBS and _person_before(tokens, start):
            return True
    return False


def has_bare_age_after_a_verb(text: str) -> bool:
    """Whether ``text`` says an age over 89 as a bare figure after a verb of age (round 26: "ella tiene 91", "mi abuelo
    ya tiene 97 y sigue fuerte", "Tante Liesel wird am 3. März 95", "halmeoni is 93 this year", "η κυρία Ελένη είναι
    96", "going 90 next week", "my mother-in-law Edna, who lives with us, is 94", "93 na si lola"): an end, a mark,
    a join or a word of time after the figure (a unit keeps a quantity: "tiene 91 de glucosa", "is 93 mg/dL")."""
    if not any(c.isdigit() for c in text):
        return False
    view = unaccented(text)
    for m in _BARE_FIGURE.finditer(view):
        after = view[m.end():m.end() + 40].lower()
        if _TAGALOG_AFTER.match(after):
            return True
        tokens = _tokens(view[max(0, m.start() - 160):m.start()])
        if _AGE_VERB_AFTER.match(after) and any(_phrase_ending(tokens, end, _BARE_PERSONS) is not None
                                                for end in range(max(1, len(tokens) - 2), len(tokens) + 1)):
            return True
        follows, timed = _BARE_FOLLOWER.match(after), _GOING_FOLLOWER.match(after)
        if not (follows or timed):
            continue
        verb = _bare_age_verb_before(tokens)
        if verb or (verb is None and timed):
            return True
    return False


# --------------------------------------------------------------------------- round 26: years of birth in other scripts

_BIRTH_BEFORE = re.compile(r"(?<![\w])(?:" + _any_of(_lowered(agewords.BIRTH_WORDS_BEFORE_A_YEAR), blanks=True)
                           + r")(?:\s+(?:" + _any_of(_lowered(agewords.WORDS_BEFORE_A_BIRTH_YEAR)) + r")\.?){0,3}"
                           r"\s*[:,]?\s*(1[89]\d\d)(?![\d]|[.,/:-]\d)")
_BIRTH_AFTER = re.compile(r"(?<![\d.,/:-])(1[89]\d\d)\s*(?:" + _any_of(_lowered(agewords.BIRTH_WORDS_AFTER_A_YEAR), blanks=True)
                          + r")")
_THAI_BIRTH = re.compile(r"(?:" + _any_of(agewords.THAI_BIRTH_WORDS, blanks=True) + r")\s*(?:พ\.ศ\.|ปี)?\s*(2[45]\d\d)(?!\d)")
_ERA_BIRTH = re.compile(r"(" + "|".join(agewords.JAPANESE_ERA_STARTS) + r")\s*(\d{1,2}|元|["
                        + "".join(agewords.ERA_YEAR_NUMERALS) + r"]{1,3})\s*年\s*(?:"
                        + _any_of(agewords.JAPANESE_BIRTH_AFTER_AN_ERA_YEAR) + r")")


def has_year_of_birth_in_other_words(text: str, today_year: int) -> bool:
    """Whether ``text`` gives a year of birth over 89 years ago after the birth words of other scripts and languages
    (round 26: "مواليد 1930", "lahir tahun 1929", "γεννήθηκε το 1930", "1930 doğumlu", "1931년생", "1930年生まれ"),
    in the Thai Buddhist era ("เกิดปี 2472") or a Japanese era ("昭和5年生まれ")."""
    if not any(c.isdigit() for c in text) and "年" not in text:
        return False
    latest = today_year - (OLDEST_AGE_KEPT + 1)
    plain = plain_lower(text)
    if any(int(m.group(1)) <= latest for pattern in (_BIRTH_BEFORE, _BIRTH_AFTER) for m in pattern.finditer(plain)):
        return True
    if text.isascii():
        return False
    if any(int(m.group(1)) - agewords.BUDDHIST_ERA_OFFSET <= latest for m in _THAI_BIRTH.finditer(text)):
        return True
    return any(agewords.JAPANESE_ERA_STARTS[m.group(1)] + _era_year(m.group(2)) <= latest
               for m in _ERA_BIRTH.finditer(text))


def _era_year(written: str) -> int:
    """An era's year in figures, as "元" (its first) or in numerals ("五" 5, "十二" 12, "二十" 20)."""
    if written.isdigit():
        return int(written)
    if written == "元":
        return 1
    tens, ten, units = written.partition("十")
    if not ten:
        return agewords.ERA_YEAR_NUMERALS.get(written, 0)
    return (agewords.ERA_YEAR_NUMERALS.get(tens, 0) if tens else 1) * 10 + agewords.ERA_YEAR_NUMERALS.get(units, 0)
