"""Identifier shapes of the thirteenth black-box round, redactor side: the day and month of a date in any language
CLDR knows and in other calendars ("১৪ মার্চ", "tarehe 14 Machi", "kovo 14 d.", "۱۴ اسفند", "三月十四日", "ngày 14 tháng
3", "3 сарын 14"); ages over 89 said as idioms ("pushing 100", "in his tenth decade", "the big nine-oh", "über
neunzig", "centenaire"); post-office boxes of other countries ("Apartado Postal 123", "GPO Box 9", "BP 56, Dakar").

Every pattern reads pass 2's folded view (anyascii: "মার্চ" is "marc", "اسفند" is "sfnd", "三月" is "SanYue") and
runs only when a cheap test of the text lets it. A month's name is read as a word and looked up in the month table
(:mod:`features.deid.monthnames`, folded here once), not as an alternation of its 2,600 names. The leak check reads the
same kinds on its own (:mod:`features.deid.leakworld`).
"""

from __future__ import annotations

import functools
import re

from features.deid.monthnames import CAPITALISED_ONLY, ENDINGS, SHORT_NAMES, TRANSLITERATED_WORDS, month_forms
from features.deid.normalize import fold_text
from features.deid.recognizers import (
    COMMON_WORDS,
    OLDEST_AGE_KEPT,
    RegexSpanRecognizer,
    _has_digit,
    _p,
    alternation,
)
from features.deid.worldwords import (
    APPROXIMATELY,
    OLD_NUMBER_WORDS,
    OLD_PERSON_WORDS,
    PERSON_WORDS,
    POST_BOX_WORDS,
    READING_WORDS,
)

# --------------------------------------------------------------------------- the day and month, any language


#: English titles a transliterated month folds to ("مارس" is "mrs"): English writes them capitalised
_TITLES = frozenset({"mrs"})


@functools.lru_cache(maxsize=1)
def _folded_months() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """The month table folded as pass 2 folds a text (apostrophes dropped): the names of Latin script, those
    transliterated from other scripts, the transliterated ones a proclitic may precede (Hebrew, Arabic), and the
    case endings folded. A Latin name of three letters (:data:`~features.deid.monthnames.SHORT_NAMES` only) or an
    everyday word is a month only capitalised (a transliteration that is one is none); a short transliteration only
    in lower case (anyascii writes other scripts so: "١٤ مارس" is "14 mrs", not "14 Mrs")."""
    latin: set[str] = set()
    other: set[str] = set()
    clitic: set[str] = set()
    for form in month_forms():
        folded = fold_text(form).lower().replace("'", "")
        if not folded.replace(".", "").isalpha() or len(folded) < 3:
            continue
        if fold_text(form) == form or form.isascii() or all(c < "\u0250" for c in form):
            latin.add(folded)
        elif folded.rstrip(".") not in TRANSLITERATED_WORDS | CAPITALISED_ONLY and (
                folded not in COMMON_WORDS or folded in _TITLES):
            other.add(folded)
            if "\u0590" <= form[0] <= "\u06ff":
                clitic.add(folded)
    endings = tuple(sorted({fold_text(e).lower().replace("'", "").replace("’", "") for e in ENDINGS}, key=len,
                           reverse=True))
    return frozenset(latin), frozenset(other), frozenset(clitic), endings


def _is_month(word: str) -> bool:
    """Whether ``word`` (folded) names a month: as listed, less a case ending (the nominative's "i" or "a" put back:
    "marts" -> "mart", "martxoaren" -> "martxoa"), or less a proclitic before a Hebrew or Arabic month."""
    latin, other, clitic, endings = _folded_months()
    lowered = word.lower().replace("'", "").replace("’", "").rstrip(".")
    capitalised = word[:1].isupper()
    candidates = [lowered] + [lowered[:-len(e)] + back for e in endings if lowered.endswith(e)
                              and len(lowered) - len(e) >= 4 for back in ("", "i", "a")]
    for candidate in candidates:
        if candidate in latin and (len(candidate) > 3 or candidate in SHORT_NAMES) and (capitalised or (
                len(candidate) > 3 and candidate not in COMMON_WORDS and candidate not in CAPITALISED_ONLY)):
            return True
        if candidate in other and (len(candidate) > 3 or word.islower()):
            return True
    return len(lowered) > 3 and lowered[1:] in clitic


_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_WORD = r"[^\W\d_]+(?:['’.][^\W\d_]+)*"
_NO_AMOUNT = r"(?![ \t]*(?:%|mg|mcg|ml|units?\b|mmol|kg|lbs?\b|x\b|am\b|pm\b|h\b|hrs?\b|tabs?\b|pills?\b|min))"
#: Chinese numerals as anyascii writes them ("十四" is "ShiSi"), ten first so that "Shi" is never read as "Si"
_CHINESE_NUMERAL = r"(?:Shi|Ling|Yi|Er|San|Si|Wu|Liu|Qi|Ba|Jiu)"


def _month_after(m: re.Match[str]) -> bool:
    return _is_month(m.group("month"))


def _may_hold_a_date(text: str) -> bool:
    return _has_digit(text) is not None or "Yue" in text


def world_date_recognizer() -> RegexSpanRecognizer:
    """The day and month of a date (HIPAA Safe Harbor: every date element but the year) with the month named in any
    language of the month table, the day either side ("14 Machi", "kovo 14 d.", "martxoaren 14a", "ב-14 במרץ"), or
    written the Chinese, Japanese, Korean, Vietnamese or Mongolian way with figures or Chinese numerals ("三月十四日",
    "3월14일", "ngày 14 tháng 3", "ngày 14/3", "3 сарын 14", "гуравдугаар сарын 14")."""
    return RegexSpanRecognizer("DATE_TIME", [
        _p(rf"(?<![\d.,/:])(?:{_DAY})(?:st|nd|rd|th|er|e|o|a|-?in|-?an)?\.?[ \t]*-?[ \t]*"
           rf"(?:(?:de|of|ng|del|du|di)[ \t]+)?(?P<month>{_WORD})\.?", 0.6, accept=_month_after),
        _p(rf"(?<![^\W\d_])(?<!['’.])(?P<month>{_WORD})\.?,?[ \t]*{_DAY}(?:st|nd|rd|th|a|an|e|-?ean|-?en|-?an|-?in)?"
           rf"(?!\d|[.,:/]\d){_NO_AMOUNT}", 0.6, accept=_month_after),
        _p(rf"(?-i:(?:\d{{1,2}}|{_CHINESE_NUMERAL}{{1,3}})[ \t]*Yue[ \t]*(?:\d{{1,2}}|{_CHINESE_NUMERAL}{{1,3}})"
           r"[ \t]*(?:Ri|Hao))", 0.6, flags=0),
        _p(r"(?<!\d)\d{1,2}[ \t]*wol[ \t]*\d{1,2}[ \t]*il", 0.6),
        _p(rf"\bngay[ \t]*{_DAY}(?:[ \t]*thang[ \t]*\d{{1,2}}|[ \t]*[/.-][ \t]*\d{{1,2}})(?!\d)|"
           rf"(?<![\d.,/])\b{_DAY}[ \t]*thang[ \t]*\d{{1,2}}(?!\d)", 0.6),
        _p(rf"(?<![\d.,/])\b(?:\d{{1,2}}|[a-z]+(?:dugaar|dugeer))[ \t]*(?:-?r[ \t]*)?sar(?:yn|iin)?[ \t]*{_DAY}(?!\d)"
           rf"{_NO_AMOUNT}", 0.6),
    ], name="WorldDateRecognizer", gate=_may_hold_a_date)


# --------------------------------------------------------------------------- ages over 89 as idioms



def _spaced(words: tuple[str, ...]) -> str:
    """A flat alternation of ``words`` (a few dozen), longest first, a space in one any run of spaces or tabs."""
    return "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in sorted(set(words), key=len, reverse=True))


_APPROXIMATELY = _spaced(APPROXIMATELY)
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun)"
_TEENS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          r"seventeen|eighteen|nineteen)")
_OLD_NUMBER = rf"(?:(?:{alternation(OLD_NUMBER_WORDS)})(?:[ \t-]+{_UNITS})?|(?:a|one)[ \t]+hundred(?:[ \t]+and[ \t]+{_TEENS})?)"
_AMOUNT_AFTER = re.compile(r"[ \t-]*(?:%|percent|per\b|mg|mcg|ml|units?\b|minut|mins?\b|hours?|hrs?\b|days?\b|weeks?|"
                           r"months?|pills?|tablet|doses?|times|dollar|euro|pounds?|lbs?|kg\b|steps|calori|miles?|km\b|"
                           r"degree|dias|jours|tage|giorni|dagen|mal\b|fois|veces|volte|vezes|bpm|mmhg|/)", re.IGNORECASE)
_WORDS = re.compile(r"[a-z']+")


def _near_a_person(m: re.Match[str]) -> bool:
    """An idiom of age said of a person: a person word in the 40 characters before it or 20 after, no reading word
    before it ("my glucose is over 90") and no amount or unit after it ("almost 100 steps")."""
    text = m.string.lower()
    before = _WORDS.findall(text[max(0, m.start() - 40):m.start()])
    after = _WORDS.findall(text[m.end():m.end() + 20])
    if READING_WORDS.intersection(before) or _AMOUNT_AFTER.match(text, m.end()):
        return False
    return bool(PERSON_WORDS.intersection(before) or PERSON_WORDS.intersection(after)
                or re.match(r"[ \t]*(?:years?[ \t]+old|yo\b|y/o)", text[m.end():]))


def _an_old_number(m: re.Match[str]) -> bool:
    figures = m.group("n")
    return (figures is None or OLDEST_AGE_KEPT < int(figures) < 120) and _near_a_person(m)


def _may_say_an_idiom(text: str) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in ("centur", "decade", "big", "ninet", "neunzig", "vingt", "novant", "novent",
                                      "negentig", "hundr", "cent", "cien", "cem", "honderd", "nonagen", "9", "1"))


def old_age_idiom_recognizer() -> RegexSpanRecognizer:
    """Ages over 89 (HIPAA Safe Harbor) said as idioms: an approximate hundred or ninety said of a person ("pushing
    100", "nearly a century old", "über neunzig", "casi cien", "a hundred and two"; "the church is nearly a century
    old", "almost 100 steps" stay), the tenth decade of a life, the big nine-oh, ninety-odd, well into the nineties,
    and a person over 89 in one word ("centenaire", "novantenne")."""
    return RegexSpanRecognizer("AGE", [
        _p(rf"\b(?:(?:{_APPROXIMATELY})[ \t]+)?(?:a|one)[ \t]+century(?:[ \t-]+old)?\b", 0.7, accept=_near_a_person),
        _p(rf"\b(?:{_APPROXIMATELY})[ \t]+(?:(?P<n>\d{{2,3}})(?![\d.,]\d|\d)|{_OLD_NUMBER}\b)", 0.7,
           accept=_an_old_number),
        _p(r"\b(?:(?P<n>9\d)|ninety|neunzig|novanta|noventa)[ \t-]?(?:something|odd|ish|plus|\+|und[ \t]+etwas)"
           r"(?![\w+])", 0.7, accept=_an_old_number),
        _p(r"\bin[ \t]+(?:her|his|their|my|your|our)[ \t]+(?:tenth|eleventh|10th|11th)[ \t]+decade\b", 0.7),
        _p(r"\binto[ \t]+(?:her|his|their|my|your|our)[ \t]+(?:(?:mid|early|late)[ \t-]*)?(?:nineties|90'?s)\b", 0.7),
        _p(r"\b(?:the[ \t]+)?big[ \t]+(?:nine[ \t-]*oh|9[ \t-]+0|one[ \t-]*oh[ \t-]*oh|one[ \t-]*hundred|1[ \t-]+0[ \t-]+0)"
           r"(?![\w-])", 0.7),
        _p(rf"\b(?:{alternation(OLD_PERSON_WORDS)})s?\b", 0.7),
    ], name="OldAgeIdiomRecognizer", gate=_may_say_an_idiom)


# --------------------------------------------------------------------------- post-office boxes of other countries

_BOX_WORDS = _spaced(tuple(fold_text(w).lower() for w in POST_BOX_WORDS))
_BOX_NUMBER = r"[ \t:#.,-]*(?:no\.?|nr\.?|n[o°º]\.?|num\.?)?[ \t]*[a-z]?[ \t]*\d{1,6}(?:[ \t]\d{2}){0,2}(?:[ \t]*hao)?\b"


def _a_town_after(m: re.Match[str]) -> bool:
    town = re.match(r",?[ \t]+([A-Z][a-z]{2,})", m.string[m.end():])
    return town is not None and town.group(1).lower() not in COMMON_WORDS


def _may_name_a_box(text: str) -> bool:
    lowered = text.lower()
    return _has_digit(text) is not None and any(w in lowered for w in (
        "apart", "apdo", "postal", "postfach", "postbus", "postbo", "box", "bag", "pob", "p.o", "skr", "a/ya",
        "yashchik", "sishu", "casill", "kutusu", "lokero", "bp", "b.p", "cp", "c.p"))


def post_box_recognizer() -> RegexSpanRecognizer:
    """A post-office box of any country (HIPAA Safe Harbor: a street address's part): a box word and its number
    ("Apartado Postal 123", "Caixa Postal 789", "P.O.B. 1234", "Locked Bag 5", "GPO Box 9", "абонентский ящик 5",
    "私書箱 12号"), and "BP" or "CP" before a number only with a town's name after it ("BP 56, Dakar", "CP 45
    Cotonou"; "BP 140 this morning" is a blood pressure)."""
    return RegexSpanRecognizer("STREET_ADDRESS", [
        _p(rf"(?<![\w.])(?:{_BOX_WORDS})\.?{_BOX_NUMBER}", 0.7),
        _p(r"(?<![\w.])(?:BP|B\.P\.?|CP|C\.P\.?)[ \t]*(?:No\.?[ \t]*)?\d{1,6}(?![\d/.,:-]\d|\d|[ \t]*/)", 0.7, flags=0,
           accept=_a_town_after),
    ], name="PostBoxRecognizer", gate=_may_name_a_box)


def world_shape_recognizers() -> list[RegexSpanRecognizer]:
    """The recognizers of this module, ready to add to the text engine's rules."""
    return [world_date_recognizer(), old_age_idiom_recognizer(), post_box_recognizer()]
