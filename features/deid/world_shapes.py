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
import unicodedata

from features.deid.everydaywords import UNITS_AFTER_A_FIGURE
from features.deid.monthnames import (
    CAPITALISED_ONLY,
    ENDINGS,
    ROMAJI_DAY_SUFFIXES,
    ROMAJI_MONTH_SUFFIX,
    SHORT_NAMES,
    TRANSLITERATED_WORDS,
    month_forms,
    romaji_day_words,
    romaji_month_words,
)
from features.deid.normalize import fold_text
from features.deid.peoplewords import KNOWN_BRANDS, PHARMACY_CHAIN_NAMES, brand_key
from features.deid.peoplewords import key as vocabulary_key
from features.deid.readingwords import (
    BIRTH_DATE_ID_WORDS,
    CHECK_LETTER_ID_WORDS,
    IDENTITY_CARD_WORDS,
    LOT_WORDS,
)
from features.deid.recognizers import (
    _MEASURE,
    ANY_NAME,
    COMMON_WORDS,
    OLDEST_AGE_KEPT,
    RegexSpanRecognizer,
    _has_digit,
    _p,
    _place_key,
    a_make_in_a_travel_case,
    alternation,
    is_medication,
    world_towns,
)
from features.deid.worldwords import (
    ACCESS_CODE_WORDS,
    ACCOUNT_ALIAS_FILLERS,
    ACCOUNT_ALIAS_WORDS,
    AMOUNT_WORDS_AFTER_A_NUMBER,
    APPROXIMATELY,
    ARMENIAN_ADDRESS_WORDS,
    ARTICLES_BEFORE_A_MAKE,
    BANGLADESH_PLATE_CLASSES,
    BANK_ACCOUNT_WORDS,
    BANK_BRANCH_WORDS,
    BANK_CODE_COUNTRIES,
    BANK_CODE_REACH,
    BANK_CODE_WORDS,
    BANK_NUMBER_FILLERS,
    BENGALI_HOUSE_WORDS,
    BURMESE_NRC_CLASSES,
    CAR_MAKE_SET,
    CAR_MAKES,
    CAR_MAKES_NO_CUE,
    CAR_MODEL_SERIES,
    CAR_MODEL_SET,
    CAR_MODELS,
    CAR_SERVICE_WORDS,
    CAR_TRIMS,
    CHILEAN_PLATE_LETTERS,
    CHINESE_PLATE_PROVINCES,
    CHINESE_STREET_WORDS,
    CJK_IDENTITY_PAPER_COPULAS,
    CJK_IDENTITY_PAPER_WORDS,
    DRIVING_WORDS,
    GEORGIAN_STREET_WORDS,
    GREEK_PLATE_LETTERS,
    HINDI_HOUSE_WORDS,
    HOUSE_NUMBER_WORDS,
    IDENTITY_PAPER_FILLERS,
    IDENTITY_PAPER_WORDS,
    IRISH_PLATE_COUNTIES,
    KOREAN_COUNTERS_AFTER_FIGURES,
    KOREAN_PLATE_SYLLABLES,
    MOROCCAN_PLATE_LETTERS_SET_APART,
    NEPALI_PLATE_ZONES,
    NEPALI_PLATE_ZONES_ROMANISED,
    NEPALI_PROVINCE_WORDS,
    NO_IDENTITY_CARD_SERIES,
    NOT_A_PLATE_FIRST,
    NOT_A_PLATE_LAST,
    OLD_NUMBER_WORDS,
    OLD_PERSON_WORDS,
    ORDINAL_LETTERS,
    PARTICLES_BEFORE_A_CODE,
    PERSON_WORDS,
    PLATE_CAPITALS,
    PLATE_NUMBER_WORDS,
    PLATE_OF_ONE_LETTER,
    PLATE_SHAPE_WORDS,
    PLATE_WORDS,
    PLATE_WORDS_AFTER,
    POLISH_PLATE_VOIVODESHIPS,
    POST_BOX_WORDS,
    READING_WORDS,
    ROMANIAN_PLATE_COUNTIES,
    RUSSIAN_PLATE_LATIN_LETTERS,
    RUSSIAN_PLATE_LETTERS,
    SECRET_CODE_WORDS,
    SOUTH_AFRICAN_PLATE_FIRST,
    SOUTH_AFRICAN_PLATE_PROVINCES,
    SPANISH_PLATE_CONSONANTS,
    STAFF_NUMBER_WORDS,
    SWEDISH_PLATE_LETTERS,
    SWISS_CANTONS,
    THAI_ADDRESS_WORDS,
    THAI_WORDS_NOT_A_PLATE,
    TIME_ZONES_AFTER_A_TIME,
    VEHICLE_WORDS,
    WORDS_OF_A_CODE_BEFORE_ITS_SHAPE,
    WORDS_OF_A_DOSE_BEFORE_A_CODE,
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
_NO_AMOUNT = (r"(?![ \t]*(?:%|mg|mcg|ml|units?\b|mmol|kg|lbs?\b|x\b|am\b|pm\b|h\b|hrs?\b|tabs?\b|pills?\b|min|meals?\b|"
              r"times\b|doses?\b))")
#: Chinese numerals as anyascii writes them ("十四" is "ShiSi"), ten first so that "Shi" is never read as "Si"
_CHINESE_NUMERAL = r"(?:Shi|Ling|Yi|Er|San|Si|Wu|Liu|Qi|Ba|Jiu)"


def _month_after(m: re.Match[str]) -> bool:
    return _is_month(m.group("month"))


def _may_hold_a_date(text: str) -> bool:
    return _has_digit(text) is not None or "Yue" in text or "gat" in text.lower()


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(fold_text(word)).replace(r"\ ", "[ \t]") for word in sorted(
        {fold_text(word) for word in words}, key=len, reverse=True))


#: round 25 (r25dates): a Japanese date in romaji, the month then the day, in words or figures ("shichigatsu nanoka",
#: "sangatsu mikka", "juugatsu juugo-nichi", "7-gatsu 7-ka"; :mod:`features.deid.monthnames`'s words), folded
_ROMAJI_DATE = (rf"\b(?:{_alternation(romaji_month_words())}|\d{{1,2}}[ \t-]?(?:{ROMAJI_MONTH_SUFFIX}))[ \t,-]*"
                rf"(?:{_alternation(romaji_day_words())}|\d{{1,2}}[ \t-]?(?:{ROMAJI_DAY_SUFFIXES}))\b")


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
        _p(_ROMAJI_DATE, 0.6),
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


# --------------------------------------------------------------------------- addresses written in their own scripts

def _as_written(words: tuple[str, ...]) -> str:
    """A flat alternation of ``words`` as written, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CJK_FIGURES = "\\d一二三四五六七八九十"
_THAI_WORD = r"[\u0e00-\u0e7f]"
_INDIC = r"[\u0900-\u097f\u0980-\u09ff\u0a00-\u0dff]"
_BENGALI_PIECE = r"(?:[\u0980-\u09ff]+(?:[ \t]+[\u0980-\u09ff]+){0,3}|\d{4}(?!\d))"
_ARMENIAN_NAME = r"[\u0531-\u0556][\u0561-\u0587-]+"
_GEORGIAN_WORD = r"[\u10d0-\u10ff]+"
#: (entity, pattern, group) of addresses read as written (Python's \d reads any script's digits: "বাড়ী নং ৪")
_SCRIPT_ADDRESSES = [(entity, re.compile(pattern), group) for entity, pattern, group in (
    # Chinese: a street's characters, its section, lane and alley, the number and 號 ("台中市信義街4號8樓", "光明路1段85號",
    # "民享街9號之0"), a postcode of three to six figures before it
    ("STREET_ADDRESS", rf"(?:\d{{3,6}}[ \t]*)?[\u4e00-\u9fff]{{0,12}}?(?:{_as_written(CHINESE_STREET_WORDS)})"
                       rf"(?:[ \t]*[{_CJK_FIGURES}]{{1,3}}[段巷弄])*[ \t]*\d{{1,5}}(?:-\d{{1,3}})?[ \t]*[號号]"
                       r"(?:之[ \t]*\d{1,3})?(?:[ \t]*\d{1,3}[ \t]*[樓楼层Ff])?", 0),
    # Thai: a street, lane, subdistrict, district or province word and its name ("ถ.ศรีอุ่น", "ต.บางไผ่", "ซอย 5"), a
    # house number before one or before หมู่ ("909/9 ถนน…", "67 หมู่ 92"), up to five words before a postcode
    ("STREET_ADDRESS", rf"(?<![\w.])(?:{_as_written(THAI_ADDRESS_WORDS)})[ \t]*{_THAI_WORD}{{1,30}}(?:[ \t]*\d{{1,4}}(?!\d))?|"
                       rf"(?<![\d/])\d{{1,4}}(?:/\d{{1,4}})?[ \t]+(?=หมู่|{_as_written(THAI_ADDRESS_WORDS)})|"
                       r"หมู่(?:ที่)?[ \t]*\d{1,3}(?!\d)", 0),
    ("STREET_ADDRESS", rf"(?<![\u0e00-\u0e7f.])(?:{_THAI_WORD}[\u0e00-\u0e7f.]*[ \t]+){{1,5}}\d{{5}}(?!\d)", 0),
    # India: a PIN of six figures after a word of an Indian script ("अखनूर-809679", "भागलपुर 938347"), the line back
    # to its house number ("89/3287 गोपाल गुरुंग, अखनूर-809679"); a house word and its number ("मकान नं. 12")
    ("STREET_ADDRESS", rf"(?<![\d/])\d{{1,4}}(?:/\d{{1,4}})?[ \t]+[^\d\n]{{1,60}}?{_INDIC}[ \t]*[-–,]?[ \t]*[1-9]\d{{5}}(?!\d)|"
                       rf"{_INDIC}{{2}}[ \t]*[-–,]?[ \t]*[1-9]\d{{5}}(?!\d)|"
                       rf"(?:{_as_written(HINDI_HOUSE_WORDS)})[ \t]*(?:(?:{_as_written(HOUSE_NUMBER_WORDS)})[ \t]*)?"
                       r"[.:#-]?[ \t]*\d{1,4}(?!\d)", 0),
    # Bangladesh: a house, building or flat word, its number and the comma-set pieces after it up to the postcode
    # ("বাড়ী নং ৪, আনোয়ারনগর পাড়া, সুবর্ণগ্রাম, কুড়িগ্রাম, ৮৭০১"); a town and a postcode of four figures
    ("STREET_ADDRESS", rf"(?:{_as_written(BENGALI_HOUSE_WORDS)})[ \t]*(?:(?:{_as_written(HOUSE_NUMBER_WORDS)})[ \t]*)?"
                       rf"[.:#-]?[ \t]*\d{{1,5}}(?!\d)(?:[ \t]*,[ \t]*{_BENGALI_PIECE}){{0,6}}|"
                       r"[\u0980-\u09ff]{2}[ \t]*,[ \t]*\d{4}(?!\d)", 0),
    # Armenia: a town, village or street after its abbreviation ("ք. Աշտարակ", "գ. Լեռնապար"), a flat ("բն. 7"), a
    # postcode between commas; a street and its number when the text says one of those ("Սեբաստիայի 92")
    ("STREET_ADDRESS", rf"(?<![\u0531-\u0587])(?:ք|գ|փ|պող|բն)\.[ \t]*(?:{_ARMENIAN_NAME}(?:[ \t]+{_ARMENIAN_NAME})?|"
                       r"\d{1,4}(?!\d))", 0),
    # Georgia: a street's name, its word or abbreviation and its number, and the town after a comma ("მიჩურინის ქ. 87,
    # ბათუმი", "რუსთაველის გამზ. 12")
    ("STREET_ADDRESS", rf"(?<![\u10d0-\u10ff]){_GEORGIAN_WORD}(?:[ \t]+{_GEORGIAN_WORD}){{0,2}}[ \t]+"
                       rf"(?:{_as_written(GEORGIAN_STREET_WORDS)})[ \t]*(?:N[ \t]*)?\d{{1,4}}(?!\d)"
                       rf"(?:[ \t]*,[ \t]*{_GEORGIAN_WORD})?", 0),
)]
_ARMENIAN_STREET = re.compile(rf"(?<![\u0531-\u0587]){_ARMENIAN_NAME}(?:[ \t]+{_ARMENIAN_NAME})?[ \t]+\d{{1,4}}"
                              r"(?:/\d{1,3})?(?!\d)|,[ \t]*(\d{4})[ \t]*,")
_SCRIPT_GATE = re.compile(r"[\u0531-\u0587\u0900-\u0dff\u0e00-\u0e7f\u10d0-\u10ff\u4e00-\u9fff]")


def script_address_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Addresses written in Chinese, Thai, Hindi and the other Indian scripts, Bengali, Armenian and Georgian, read as
    written (the folded readings lose their street words and house numbers): ``(entity, start, end, score)``. See
    :data:`_SCRIPT_ADDRESSES`; an Armenian street and number, or a postcode between commas, only in a text that holds
    an Armenian address word."""
    if text.isascii() or not _SCRIPT_GATE.search(text):
        return []
    found = [(entity, m.start(group), m.end(group), 0.8) for entity, regex, group in _SCRIPT_ADDRESSES
             for m in regex.finditer(text)]
    if any(w in text for w in ARMENIAN_ADDRESS_WORDS):
        found += [("STREET_ADDRESS", *m.span(), 0.8) for m in _ARMENIAN_STREET.finditer(text)]
    return found


# --------------------------------------------------------------------------- number plates, booking and access codes

_PLATE_WORDS = _spaced(tuple(fold_text(w).lower() for w in PLATE_WORDS))
_ACCESS_WORDS = _spaced(tuple(fold_text(w).lower() for w in (*ACCESS_CODE_WORDS, *SECRET_CODE_WORDS, *STAFF_NUMBER_WORDS)))
#: a plate's or a code's characters: letters and figures in up to four groups set apart by a space or a dash
#: (round 31: the pattern is read ignoring case, so "lower case" is said inside: "patente AB 123 CD" lost its "CD")
#: (no lower-case word after a space; round 34, r34ids: nor first, "rendszám nélkül 2 hétig" holds no plate)
_CODE_GROUPS = r"(?!(?-i:[a-z]{3,})[ \t])[A-Za-z0-9]{1,8}(?:(?:-|[ \t](?!(?-i:[a-z]{2,})(?![\w-])))[A-Za-z0-9]{1,8}){0,3}"
#: number plates by their country's shape alone: the UK ("AB12 CDE"), Germany ("M-AB 1234"), France ("AB-123-CD"),
#: India ("MH 12 AB 1234"), Brazil ("ABC1D23"; "ABC-1234" only after a plate word: a pack code looks so), Japan
#: folded ("品川 300 あ 12-34" is "PinChuan 300 a 12-34")
_PLATE_SHAPES = (r"(?<![\w-])(?:[A-Z]{2}\d{2}[ \t]?[A-Z]{3}|[A-Z]{1,3}-[A-Z]{1,2}[ \t]?\d{1,4}[EH]?|[A-Z]{2}-\d{3}-[A-Z]{2}|"
                 r"[A-Z]{2}[ \t-]?\d{1,2}[ \t-]?[A-Z]{1,3}[ \t-]?\d{4}|[A-Z]{3}\d[A-Z]\d{2}|"
                 # round 31 (r31numbers): Mexico ("ABC-123-D", "ABC-12-34", no month's name first), Argentina's
                 # Mercosur plate glued ("AB123CD"), Chile's ("BB-CC-12", "BB·CC·12")
                 r"[A-Z]{3}-\d{3}-[A-Z]|(?!(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-)[A-Z]{3}-\d{2}-\d{2}|"
                 r"[A-Z]{2}\d{3}[A-Z]{2}|[A-Z]{2}[-·][A-Z]{2}[-·]\d{2})(?![\w-])|"
                 r"(?<!\d)\d{3}[ \t]?[a-z]{1,2}[ \t]?\d{1,2}-\d{2}(?!\d)")


def _a_code(m: re.Match[str]) -> bool:
    """A code after its word: a figure in it, or five to eight capitals ("QXZKLM"), not a word of the language."""
    code = m.group("code")
    return any(c.isdigit() for c in code) or (code.isupper() and 5 <= len(code) <= 8) or (
        m.group("pw") is not None and code.lower() not in COMMON_WORDS)


#: round 35 (r35plates): a lower-case word first ("targa da 150 km", a distance; "un plat de 200 g") or a unit
#: right after makes no plate ("targa ab 123 cd", Italy's typed in lower case, is the European reading's)
_A_WORD_FIRST = re.compile(r"[a-z]{2,}[ \t]")
_A_UNIT_AFTER = re.compile(r"[ \t]*([^\W\d_]+)")


def _a_plate_code(m: re.Match[str]) -> bool:
    """A plate after its word: a figure and a letter, four characters at least, no word first nor unit after."""
    code = m.group("code")
    unit = _A_UNIT_AFTER.match(m.string, m.end("code"))
    return any(c.isdigit() for c in code) and any(c.isalpha() for c in code) and sum(
        c.isalnum() for c in code) >= 4 and not _A_WORD_FIRST.match(code) and not (
        unit and unit.group(1).lower() in UNITS_AFTER_A_FIGURE) and (
        # round 37 (r37plates): nor a unit or time last ("tag: CVS 24 HR pharmacy", a shop's hours)
        re.split(r"[ \t-]+", code)[-1].lower() not in _NO_PLATE_LAST)


def _may_name_a_plate_or_code(text: str) -> bool:
    return _has_digit(text) is not None or any(w in text.lower() for w in ("pnr", "booking", "confirm", "locator",
                                                                         "wifi", "wi-fi", "password", "code"))


def plate_and_code_recognizer() -> RegexSpanRecognizer:
    """Vehicle identifiers and plates (HIPAA Safe Harbor) after a plate word of any language or alone in a country's
    distinctive shape, and booking, access and network codes after their word ("PNR: QX7Z9K", "gate code 4417",
    "key safe 0912", "wifi password sunflower22")."""
    return RegexSpanRecognizer("ID_NUMBER", [
        _p(rf"\b(?:{_PLATE_WORDS})\b[ \t]*(?:no\.?|number|#|nr\.?)?[ \t:#=]*(?:is[ \t]+)?(?P<code>{_CODE_GROUPS})(?![\w-])",
           0.7, "code", accept=_a_plate_code),
        _p(_PLATE_SHAPES, 0.6, flags=0),
        _p(rf"\b(?:{_ACCESS_WORDS}|(?P<pw>(?:wifi|wi-fi|wlan)[ \t]+(?:password|passwort|mot[ \t]+de[ \t]+passe|contrasena|"
           rf"pw|pass|key)))\b\.?[ \t]*(?:no\.?|number|#|code)?[ \t:#=]*(?:[-–][ \t]+)?(?:(?:is|ist|es|est)[ \t]+)?"
           r"(?P<code>[A-Za-z0-9][\w@!$%&*.-]{2,23})(?![\w@!$%&*-])", 0.7, "code", accept=_a_code),
    ], name="PlateAndCodeRecognizer", gate=_may_name_a_plate_or_code)


# --------------------------------------------------------------------------- round 31: Latin America's identity numbers

#: identity numbers of Latin America by their shape alone (recall first: no check digit or birth date is verified):
#: Mexico's CURP (four letters, the birth date, H or M, five letters, two characters) and RFC (three or four letters,
#: a date, three characters, a letter among them unless set apart), Chile's RUT ("12.345.678-5", "12345678-K"),
#: Brazil's CPF ("123.456.789-09") and RG ("12.345.678-9"); glued in any case, in groups set apart by a space or a
#: dash in capitals only (an RFC so with a date's shape: "Rx BIN 004336 PCN" is a pharmacy card's routing)
_GLUED_NATIONAL_IDS = (r"(?<![\w-])(?:[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d|"
                       r"[A-Z&Ñ]{3,4}\d{6}(?=[A-Z0-9]{0,2}[A-Z])[A-Z0-9]{3}|"
                       r"\d{1,2}\.\d{3}\.\d{3}-[\dK]|\d{7,8}-[\dK]|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\w-])")
_GROUPED_NATIONAL_IDS = (r"(?<![\w-])(?:[A-Z]{4}[ \t-]\d{6}[ \t-]?[HMX][A-Z]{5}[ \t-]?[A-Z0-9]\d|"
                         r"[A-Z]{4}\d{6}[ \t-][HMX][A-Z]{5}[ \t-]?[A-Z0-9]\d|"
                         r"[A-Z&Ñ]{3,4}[ \t-]\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                         r"(?:[ \t-][A-Z0-9]{3}|(?=[A-Z0-9]{0,2}[A-Z])[A-Z0-9]{3}))(?![\w-])")


def latin_american_id_recognizer() -> RegexSpanRecognizer:
    """Mexico's CURP and RFC, Chile's RUT, Brazil's CPF and RG by their shape (round 31: a CURP written in groups,
    "GOMR 850312 HDFRRL09", went out whole)."""
    return RegexSpanRecognizer("ID_NUMBER", [_p(_GLUED_NATIONAL_IDS, 0.75), _p(_GROUPED_NATIONAL_IDS, 0.75, flags=0)],
                               name="LatinAmericanIdRecognizer", gate=_has_digit)


# --------------------------------------------------------------------------- round 32: plates after a vehicle's word,
# Kenya's plates, identity numbers after the words of identity papers

_VEHICLE_WORDS = _spaced(tuple(fold_text(w).lower() for w in VEHICLE_WORDS))
#: a plate's look after a vehicle's word: capitals and figures in up to three groups ("KDL 482", "KBX 123C", "ND
#: 123-456", "123-ABC"), two capitals or more and two figures or more (no "10am", "4WD", "2019 F150" has one capital)
#: (round 33, r33ids: a figure first, as the Netherlands' "1-ABC-23" and Czechia's "1AB 2345" are written)
_PLATE_LOOK = (r"(?-i:[A-Z]{1,4}(?:[ \t-]?\d{1,4}){1,2}[ \t-]?[A-Z]{0,3}|\d{2,4}[ \t-]?[A-Z]{2,3}(?:[ \t-]?\d{1,3})?|"
               r"\d[ \t-]?[A-Z]{2,3}[ \t-]?\d{2,3}|\d[A-Z][A-Z0-9][ \t-]?\d{4})")
#: Kenya's plates alone by their shape: K, two capitals, three figures and a capital ("KDL 482A", "KBX123C")
_KENYAN_PLATE = r"(?<![\w-])K[A-Z]{2}[ \t]?\d{3}[A-Z](?![\w-])"
_IDENTITY_CARD_WORDS = "|".join(
    (re.escape(w) if len(w.replace(".", "").replace(" ", "")) > 2 else "(?-i:" + re.escape(w.upper()) + ")").replace(
        r"\ ", "[ \t]+") for w in sorted({fold_text(w).lower() for w in IDENTITY_CARD_WORDS}, key=len, reverse=True))
#: an identity number after its paper's word, of any length (five figures to thirteen, Romania's CNP; in groups of
#: three after one to three; a check figure or K after a dash): "C.C. 1.020.304.050", "cédula 79123456", "mi DNI es 12.345.678"
_IDENTITY_CARD_NUMBER = (rf"(?<![^\W\d_])(?:{_IDENTITY_CARD_WORDS})(?![^\W\d_])\.?[ \t]*"
                         r"(?:(?:n(?:o|ro|um|úm|°|º)\.?|number|número|numero|#|es|é|is|:)[ \t]*){0,3}"
                         r"(?P<code>\d{1,3}(?:[., \t]\d{3}){1,3}(?:-[\dKk])?|\d{5,13}(?:-[\dKk])?)(?![\w-]|[.,]\d)")


def _plate_look(m: re.Match[str]) -> bool:
    """Two figures and two capitals, no count last (round 35: "my car is 10 YRS old")."""
    code = m.group("code")
    # (round 38, r38plates: a make first is the world reading's, its model no plate: "my car BMW 320")
    return sum(c.isdigit() for c in code) >= 2 and sum(c.isupper() for c in code) >= 2 and re.split(
        r"[ \t-]+", code)[-1].lower() not in _NO_PLATE_LAST and re.split(r"[ \t-]+", code)[0].lower() not in CAR_MAKE_SET


def vehicle_and_identity_card_recognizer() -> RegexSpanRecognizer:
    """Plates after a vehicle's word ("my car KDL 482", "gari KBX 123C"; round 32: published), Kenya's plates by their
    shape, and identity numbers after the word of their paper whatever their length (Colombia's cédula, Argentina's
    DNI: "C.C. 1.020.304.050", "DNI 12.345.678"; round 32: read only as phones, so a short one went out)."""
    return RegexSpanRecognizer("ID_NUMBER", [
        _p(rf"(?<![^\W\d_])(?:{_VEHICLE_WORDS})(?![^\W\d_])[ \t:]*(?:(?:is|es|ist|est|no\.?|number|#)[ \t:]*)?"
           rf"(?P<code>{_PLATE_LOOK})(?![\w-])", 0.7, "code", accept=_plate_look),
        _p(_KENYAN_PLATE, 0.6, flags=0),
        _p(_IDENTITY_CARD_NUMBER, 0.75, "code"),
    ], name="VehicleAndIdentityCardRecognizer", gate=_has_digit)


# --------------------------------------------------------------------------- round 33: national plates as written,
# China's resident ID in groups, Italy's codice fiscale

def _as_written_words(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` as written (not folded: the national shapes after them are read as written),
    longest first, a space inside one any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in sorted(set(words), key=len, reverse=True))


_RU = f"[{RUSSIAN_PLATE_LETTERS}]"
#: (round 34: Bulgaria's and Ukraine's letters, Russia's look-alikes and Ukraine's І, in Cyrillic or Latin)
_CYRILLIC_LOOK = f"{RUSSIAN_PLATE_LETTERS}{RUSSIAN_PLATE_LATIN_LETTERS}Іі"
_RU_OR_LATIN = f"[{RUSSIAN_PLATE_LETTERS}{RUSSIAN_PLATE_LATIN_LETTERS}]"
#: plates by their country's shape alone, read as written (their letters are lost when the text is folded): Russia's
#: glued, with a Cyrillic letter in it ("А123ВС 77", "в456ор199"; "в 150 км" is a distance), China's ("京A·12345",
#: "粤B 12345", "沪A D12345"), Korea's ("12가 3456", "123가4567입니다": a particle or copula glued after it)
_PLATES_ALONE = re.compile(
    rf"(?<![\w-])(?=[^ \t]*{_RU}){_RU_OR_LATIN}\d{{3}}{_RU_OR_LATIN}{{2}}(?:[ \t]?\d{{2,3}})?(?:[ \t]?RUS)?(?![\w-])|"
    rf"(?<![A-Za-z0-9])[{CHINESE_PLATE_PROVINCES}][ \t]?[A-Z][ \t·・.-]?(?=(?:[A-Z]?\d){{3}})[A-Z0-9]{{5,6}}(?![A-Za-z0-9])|"
    rf"(?<![\d\w])(?:\d{{2,3}})[ \t]?[{KOREAN_PLATE_SYLLABLES}][ \t]?\d{{4}}(?![A-Za-z0-9{KOREAN_COUNTERS_AFTER_FIGURES}])")
#: plates in the shapes of Greece ("ΙΚΑ-1234", Greek or Latin capitals), Czechia ("1AB 2345"), Switzerland ("ZH 123456"),
#: the Netherlands' sidecodes ("12-ABC-3", "AB-123-C", "1-ABC-23", "99-XX-99") and Russia's in Latin look-alikes
#: ("A123BC777"), after a word of a plate, a vehicle or a mark (a product's code may have those shapes alone)
_NATIONAL_PLATE_SHAPES = (
    rf"[{GREEK_PLATE_LETTERS}A-Z]{{3}}[ \t-]?\d{{4}}|\d[A-Z][A-Z0-9][ \t-]?\d{{4}}|"
    rf"(?:{'|'.join(SWISS_CANTONS)})[ \t.·-]?\d{{2,6}}|"
    r"[A-Z]{2}-\d\d-(?:\d\d|[A-Z]{2})|\d\d-\d\d-[A-Z]{2}|\d\d-[A-Z]{2}-(?:\d\d|[A-Z]{2})|[A-Z]{2}-[A-Z]{2}-\d\d|"
    r"\d\d-[A-Z]{3}-\d|\d-[A-Z]{3}-\d\d|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d\d-[A-Z]|[A-Z]-\d\d-[A-Z]{3}|"
    r"\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d|"
    rf"{_RU_OR_LATIN}[ \t]?\d{{3}}[ \t]?{_RU_OR_LATIN}{{2}}(?:[ \t]?\d{{2,3}})?|"
    # round 34 (r34ids): Romania's ("CJ 07 XYZ", "B 123 ABC"), Bulgaria's and Ukraine's ("СА 1234 ВС", "АА 1234 ВВ")
    r"[A-Z]{1,2}[ \t-]?\d{2,3}[ \t-]?[A-Z]{3}|"
    rf"[{_CYRILLIC_LOOK}]{{1,2}}[ \t-]?\d{{4}}[ \t-]?[{_CYRILLIC_LOOK}]{{2}}")
_PLATE_AFTER_A_WORD = re.compile(
    rf"(?i:(?<![^\W\d_])(?:{_as_written_words((*PLATE_WORDS, *VEHICLE_WORDS, *PLATE_SHAPE_WORDS))})(?![^\W\d_]))"
    r"[ \t]*(?:[:#=—–-][ \t]*)?(?i:(?:is|ist|je|es|est|είναι|это|no\.?|nr\.?)[ \t:]*)?"
    rf"(?P<plate>{_NATIONAL_PLATE_SHAPES})(?![\w-])")


def national_plate_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Plates in their country's shape, read as written (round 33, r33ids: "πινακίδα ΙΚΑ-1234", "SPZ 1AB 2345",
    "Kontrollschild ZH 123456", "车牌 京A·12345", "번호판 123가4567", "kenteken 1-ABC-23" were published): Russia's,
    China's and Korea's alone by their shape, the others after a word of a plate, a vehicle or a mark;
    ``(entity, start, end, score)``."""
    if not _has_digit(text):
        return []
    found = [("ID_NUMBER", *m.span(), 0.8) for m in _PLATES_ALONE.finditer(text)]
    found += [("ID_NUMBER", *m.span("plate"), 0.8) for m in _PLATE_AFTER_A_WORD.finditer(text)]
    return found + _european_plate_spans(text) + _world_plate_spans(text)


# --------------------------------------------------------------------------- round 34: the plates of Europe after
# their word, a few words between

_C = f"[{PLATE_CAPITALS}]"
_S = r"[ \t.·-]"
#: plates of Europe in capitals (Latin or Cyrillic) after a plate word: letters, figures and letters (Romania "B 123
#: ABC", Italy "AB 123 CD", Austria "W 12345 A", Spain before 2000 "M-1234-AB", Bulgaria and Ukraine "СА 1234 ВС",
#: Croatia "ZG 1234-AB", Serbia "BG 123-AB"), Hungary's ("ABC-123", "AA BB-123"), Poland's ("WA 12345", "KR 1234A",
#: "PO 1AB23"), figures, letters and figures (Turkey "34 ABC 123", Portugal "12-AB-34"), Spain's ("1234 BCD") and
#: Portugal's other sidecodes ("AA-12-BB", "12-34-AB")
_EUROPEAN_PLATE_SHAPES = (
    rf"{_C}{{1,3}}{_S}?\d{{1,5}}{_S}?{_C}{{1,3}}|{_C}{{2}}[ \t]?{_C}{{2}}{_S}?\d{{3}}|{_C}{{3}}-\d{{3}}|"
    rf"{_C}{{2,3}}[ \t]?\d{{4,5}}|{_C}{{2,3}}[ \t]?\d[{PLATE_CAPITALS}0-9]{{3,4}}|\d{{2}}{_S}?{_C}{{1,3}}{_S}?\d{{2,5}}|"
    rf"\d{{4}}{_S}?[{SPANISH_PLATE_CONSONANTS}]{{3}}|{_C}{{2}}{_S}\d{{2}}{_S}{_C}{{2}}|\d{{2}}{_S}\d{{2}}{_S}{_C}{{2}}")
#: a word between the plate word and the plate: no figure, not in capitals alone ("la targa della mia macchina è AB 123
#: CD", "das Kennzeichen meines Autos ist W 12345 A", "номер на колата е СА 1234 ВС"), four at most
_A_WORD_BEFORE_THE_PLATE = rf"[ \t]+(?!{_C}+(?![^\W\d_]))[^\W\d_]+"
_EUROPEAN_PLATE_AFTER_ITS_WORD = re.compile(
    rf"(?i:(?<![^\W\d_])(?:{_as_written_words(PLATE_WORDS)})(?![^\W\d_]))(?:{_A_WORD_BEFORE_THE_PLATE}){{0,4}}"
    rf"[ \t]*(?:[:#=—–-][ \t]*)?(?P<plate>{_EUROPEAN_PLATE_SHAPES})(?![\w-])|"
    # Italy's and France's typed in lower case right after the word ("targa ab 123 cd": its "cd" was left)
    rf"(?i:(?<![^\W\d_])(?:{_as_written_words(PLATE_WORDS)})(?![^\W\d_]))[ \t]*(?:[:#=—–-][ \t]*)?"
    r"(?P<lower>[a-z]{2}[ \t-]?\d{3}[ \t-]?[a-z]{2})(?![\w-])|"
    # Turkey's plate before its word ("34 ABC 123 plakalı araç")
    rf"(?<![\w-])(?P<before>\d{{2}}[ \t]?[A-Z]{{1,3}}[ \t]?\d{{2,5}})[ \t]+(?i:{_as_written_words(PLATE_WORDS_AFTER)})"
    r"(?![^\W\d_])")
#: (a year after letters is no plate: "registration for the MRI 2024")
_A_YEAR_AT_THE_END = re.compile(r"(?:19|20)\d\d\Z")


def _european_plate_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Plates of Europe after their word, up to four words between (round 34, r34ids: "numărul de înmatriculare B 123
    ABC", "rendszám AA BB-123", "la targa della mia macchina è AB 123 CD", "Kennzeichen meines Autos ist W 12345 A",
    "registarska oznaka ZG 1234-AB", "номерний знак АА 1234 ВВ" were published), and Turkey's before "plakalı";
    two figures and a letter at least, no year after letters alone."""
    found = []
    for m in _EUROPEAN_PLATE_AFTER_ITS_WORD.finditer(text):
        group = next(g for g in ("plate", "lower", "before") if m.group(g))
        plate = m.group(group)
        if sum(c.isdigit() for c in plate) >= 2 and not (plate[:1].isalpha() and _A_YEAR_AT_THE_END.search(plate)) and (
                group != "lower" or plate[-2:].lower() not in UNITS_AFTER_A_FIGURE) and (
                # round 37 (r37plates): no unit or time last ("tag: CVS 24 HR pharmacy")
                re.split(r"[ \t.·-]+", plate)[-1].lower() not in UNITS_AFTER_A_FIGURE):
            found.append(("ID_NUMBER", *m.span(group), 0.8))
    return found


# --------------------------------------------------------------------------- round 35: the plates of the world after
# their word, in their own scripts and figures

#: any script's figures read as ASCII ones, one character for one ("٥٤٣٢١", "۳۶۵", "१२३४" are "54321", "365", "1234")
_ANY_FIGURE = re.compile(r"(?![0-9])\d")


def _figures_as_ascii(text: str) -> str:
    return _ANY_FIGURE.sub(lambda m: str(unicodedata.decimal(m.group())), text)


_AR = "[\u0621-\u064a\u0671-\u06d3]"
#: the capitals of a plate in Latin, Cyrillic or Greek letters ("ΙΚΑ-1234" after "η πινακίδα του αυτοκινήτου μου είναι")
_WC = f"{PLATE_CAPITALS}ÄÖÜ{GREEK_PLATE_LETTERS}"
#: Thai writes its words glued: a plate word's sentence runs on to the next blank ("ทะเบียนรถของฉันคือ กข 1234")
_THAI_RUN_ON = "(?:(?<=[\u0e00-\u0e7f])[\u0e00-\u0e7f]*)?"
#: a time is no plate ("registration opens at 10 AM")
_NO_PLATE_LAST = UNITS_AFTER_A_FIGURE | frozenset(NOT_A_PLATE_LAST)
#: a plate in the world's shapes after its word, figures of any script: Vietnam's ("51F-123.45", "29B1 123.45"),
#: Iran's ("۲۲ ب ۳۶۵ ایران ۱۱"), the Gulf's with letters of the Arabic script set apart ("ق ٥٤٣٢١", "أ ب ج ١٢٣٤"),
#: Thailand's ("กข 1234", "1กข 1234"), and capitals and figures in up to four groups (Pakistan "LEB-2231", Sri Lanka
#: "WP CAB-4512", South Africa "CA 123-456", Czechia "1AB 2345", Finland "ABC-123", Lithuania "ABC 123", Azerbaijan
#: "10-AB-123", Indonesia "B 1234 XYZ", Germany "B-JS 1960", Vermont "VT 4K9 21", India "MH 12 AB 1234")
_WORLD_PLATE_SHAPES = (
    r"\d{2}[ \t-]?[A-Z]{1,2}\d?[ \t-]?\d{3}\.\d{2}|"
    rf"\d{{2}}[ \t]?{_AR}[ \t]?\d{{3}}(?:[ \t-]*(?:ایران|IR)[ \t-]*\d{{2}})?|"
    rf"{_AR}(?:[ \t]{_AR}){{0,2}}[ \t-]?\d{{1,5}}|\d{{1,5}}[ \t-]?{_AR}(?:[ \t]{_AR}){{0,2}}|"
    r"\d?[\u0e01-\u0e2e]{1,2}[ \t-]?\d{1,4}|"
    rf"(?=[{_WC}0-9 \t-]*[{_WC}])(?=(?:[{_WC} \t-]*\d){{2}})[{_WC}0-9]{{1,7}}(?:[ \t-][{_WC}0-9]{{1,7}}){{0,3}}|"
    # round 37 (r37plates): Saudi Arabia's letters written together ("أبج ١٢٣٤", "1234 ABD" is the Latin reading's),
    # Israel's figures ("12-345-67", "123-45-678") and a plate of figures alone (Qatar "123456"; read only right after
    # a plate word)
    rf"{_AR}{{2,3}}[ \t-]?\d{{1,4}}|\d{{1,4}}[ \t-]?{_AR}{{2,3}}|\d{{2}}-\d{{3}}-\d{{2}}|\d{{3}}-\d{{2}}-\d{{3}}")
#: round 38 (r38plates): a car's make as a plate's cue, in any case of its language ("Volvo KLM 482", "Ajoin Toyotalla
#: XKV-482", "Dacia B 123 ABC"): not the makes that are everyday words ("mg", "seat", "focus")
#: (round 39, r39plates: the everyday words' makes capitalised as a name is, "Seat", "Mini", "Golf", but no unit or
#: name of three letters, "Mg", "Ram", decided by the plate's shape after them: "my Seat WPR 12345", "Mini AB12 CDE")
_MAKES_AS_CUES = (rf"(?:{_as_written_words(tuple(sorted(set(CAR_MAKES) - set(CAR_MAKES_NO_CUE))))}|"
                  rf"(?-i:{_as_written_words(tuple(w.capitalize() for w in CAR_MAKES_NO_CUE if len(w) > 3))}))"
                  r"(?-i:(?:[:'’-]?[a-zäöåüõšžčřěůýáíéóúőű]{1,5})?)")
#: (an Arabic letter plate's letters stand alone: "رقم ١٢" is "number 12"; a letter alone is no word between)
_WORLD_PLATE_END = r"(?![\w/-]|[.,]\d)"
_WORLD_PLATE_AFTER_ITS_WORD = re.compile(
    rf"(?i:(?<![^\W\d_])(?:(?P<pw>{_as_written_words(PLATE_WORDS)})|(?P<vw>{_as_written_words(VEHICLE_WORDS)})|"
    rf"(?P<dw>{_as_written_words(DRIVING_WORDS)})|(?P<mk>{_MAKES_AS_CUES})){_THAI_RUN_ON}(?![^\W\d_]))"
    rf"(?P<between>(?:(?![ \t]+{_AR}{{2,3}}[ \t-]?\d){_A_WORD_BEFORE_THE_PLATE}(?<![ \t]{_AR})){{0,4}})"
    r"[ \t]*(?:[,:#=—–-][ \t]*)?"  # (round 37: a comma, "parkerade bilen, ABC 123, utanför")
    rf"(?<!\w)(?P<plate>{_WORLD_PLATE_SHAPES}){_WORLD_PLATE_END}|"
    rf"(?i:(?<![^\W\d_])(?:{_as_written_words(PLATE_NUMBER_WORDS)})(?![^\W\d_]))[ \t]*(?:[:#=—–-][ \t]*)?"
    rf"(?P<next>{_WORLD_PLATE_SHAPES}){_WORLD_PLATE_END}|"
    # round 37 (r37plates): figures alone right after a plate word, a copula between or not ("Qatar plate 123456")
    rf"(?i:(?<![^\W\d_])(?P<fw>{_as_written_words((*PLATE_WORDS, *VEHICLE_WORDS))})(?![^\W\d_]))"
    r"(?:[ \t]+(?:is|ist|är|er|es|est|on|je|"
    r"no\.?|nr\.?|number|nummer|numer|numéro|número|numero|هي|هو|رقم)(?![^\W\d_]))?[ \t]*(?:[:#=—–-][ \t]*)?"
    rf"(?P<figures>\d{{3,8}}){_WORLD_PLATE_END}")
#: the same alone where the shape says a plate: Vietnam's with its dot ("51F-123.45"), Iran's with its country
#: ("۲۲ ب ۳۶۵ ایران ۱۱"), Sri Lanka's with its province ("WP CAB-4512")
_WORLD_PLATES_ALONE = re.compile(
    r"(?<![\w.-])\d{2}[A-Z]{1,2}\d?-\d{3}\.\d{2}(?![\w-]|[.,]\d)|"
    rf"(?<![\w.-])\d{{2}}[ \t]?{_AR}[ \t]?\d{{3}}[ \t-]*ایران[ \t-]*\d{{2}}(?!\w)|"
    r"(?<![\w-])(?:WP|CP|SP|NP|EP|NW|NC|UP|SG)[ \t][A-Z]{2,3}[ \t-]\d{4}(?![\w-])|"
    # round 37 (r37plates): Spain's since 2000 (four figures, three consonants: "7392-BCD", "7392 BCD"), the
    # Netherlands' sidecodes with their two dashes ("GZ-123-X", "1-ABC-23", "12-ABC-3", "AB-12-CD"), Italy's in its
    # three groups ("FG 456 HK"); no unit, time or word last ("1000 MCG", "1530 GMT", "XR 500 MG")
    # (round 39, r39plates: Indonesia's region's letters before the same shape, "B 1234 XYZ": "B" was left)
    rf"(?<![\w.-])(?:(?:[A-Z]{{1,2}}[ \t])?\d{{4}}[ \t-]?[{SPANISH_PLATE_CONSONANTS}]{{3}}|[A-Z]{{2}}[ \t]\d{{3}}[ \t][A-Z]{{2}}|"
    r"(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)(?:[A-Z]{1,3}|\d{1,3})-(?:[A-Z]{1,3}|\d{1,3})-(?:[A-Z]{1,3}|\d{1,3}))"
    r"(?![\w-]|[.,]\d)|"
    # round 38 (r38plates): India's with a series of a figure and a letter ("DL 3C AB 4521"), Japan's with its
    # region's name, class, kana and serial ("品川 300 さ 12-34": the region was left)
    r"(?<![\w-])[A-Z]{2}[ \t-]?\d{1,2}[A-Z]{0,2}[ \t-]?[A-Z]{1,3}[ \t-]?\d{4}(?![\w-])|"
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}[ \t\u3000]?\d{2,3}[ \t\u3000]?[\u3041-\u3096][ \t\u3000]?"
    r"(?:\d{1,2}-\d{2}|[・･.]{1,3}\d{1,3})(?!\d)|"
    # round 39 (r39plates): Vietnam's with its dot, a dash or none after the province's figures and a blank or a dash
    # before the serial ("29-B1 123.45", "29B1 123.45"), or five figures after a dash ("30A-12345")
    r"(?<![\w.-])\d{2}-?[A-Z]{1,2}\d?[ \t-]\d{3}\.\d{2}(?![\w-]|[.,]\d)|(?<![\w.-])\d{2}[A-Z]{1,2}\d?-\d{5}(?![\w-]|[.,]\d)")
#: round 39 (r39plates): plates alone the 37th and 38th rounds published with no word of theirs, each by its country's
#: own shape: Czechia's ("2AB 3456"), Greece's with a Greek capital ("ΙΚΑ-4821"), Switzerland's with its canton
#: ("ZH 123456"), Hungary's ("NKL-482", "AB CD-123"), Thailand's ("กข 1234", "1กข 1234"), Poland's with its
#: voivodeship's letter, five characters after two letters, four or five after three ("WPR 12345", "DW 4F210",
#: "KR 9AB12"); no code's, reading's or ordinal's letters first
#: (:data:`~features.deid.worldwords.NOT_A_PLATE_FIRST`: "CPT 99213", "1ST 2024"), no year after letters alone
_PLATES_ALONE_BY_COUNTRY = re.compile(
    r"(?<![\w.-])(?P<cz>\d(?P<czl>[A-Z][A-Z0-9])[ \t-]\d{4})(?![\w-]|[.,]\d)|"
    rf"(?<![\w.-])(?P<gr>(?=[A-Z]{{0,2}}[{GREEK_PLATE_LETTERS}])[{GREEK_PLATE_LETTERS}A-Z]{{3}}[ \t-]?\d{{4}})(?![\w-]|[.,]\d)|"
    rf"(?<![\w.-])(?P<ch>(?P<chl>{'|'.join(SWISS_CANTONS)})[ \t]\d{{4,6}})(?![\w-]|[.,]\d)|"
    r"(?<![\w.-])(?P<hu>(?P<hul>[A-Z]{3}|[A-Z]{2}[ \t][A-Z]{2})-\d{3})(?![\w-]|[.,]\d)|"
    r"(?<![\u0e00-\u0e7f\w])(?P<th>\d?(?P<thl>[\u0e01-\u0e2e]{2})[ \t]\d{3,4})(?!\d|[.,]\d)|"
    rf"(?<![\w.-])(?P<pl>(?P<pll>[{POLISH_PLATE_VOIVODESHIPS}][A-Z]{{1,2}})[ \t](?=\d[A-Z]{{0,2}}\d)"
    r"(?:(?<=[A-Z]{3}[ \t])\d[A-Z0-9]{3}|\d[A-Z0-9]{4}))"
    r"(?![\w-]|[.,/]\d)")  # (round 39, lead: "PL 00289/0123", a product licence's number, is no plate)
_NOT_A_PLATE_FIRST = frozenset(NOT_A_PLATE_FIRST)
_THAI_WORDS_NOT_A_PLATE = frozenset(THAI_WORDS_NOT_A_PLATE)


def _plates_alone_by_country(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_PLATES_ALONE_BY_COUNTRY` whose letters are no code's, unit's or word's and whose figures
    are no year after letters alone ("MRI 2024", "ZH 2024")."""
    found = []
    for m in _PLATES_ALONE_BY_COUNTRY.finditer(text):
        kind = next(k for k in ("cz", "gr", "ch", "hu", "th", "pl") if m.group(k))
        letters = m.group(kind + "l") if kind in ("cz", "ch", "hu", "th", "pl") else m.group(kind)[:3]
        if kind == "th":
            if letters in _THAI_WORDS_NOT_A_PLATE:
                continue
        elif letters in _NOT_A_PLATE_FIRST or letters.lower() in COMMON_WORDS or letters.lower() in _NO_PLATE_LAST:
            continue
        if kind != "th" and _A_YEAR.fullmatch(re.split(r"[ \t-]", m.group(kind))[-1]):
            continue
        if _after_a_lot_word(text, m.start()) or after_a_codes_word(text, m.start()):
            continue
        found.append(m.span(kind))
    return found
#: round 41 (r41plates): more plates alone by their country's shape, which the 40th round saw published with no cue
#: word: South Africa's with its province last ("BX 12 CD GP", "ABC 123 MP") or the Western Cape's and
#: KwaZulu-Natal's letters first ("CA 123-456", "ND 45678"), Sweden's ("YDS 30K", "ABC 123"), Denmark's ("RB 72 310"),
#: Switzerland's serial in two groups ("ZG-449 674", "ZH 123 456"), the Gulf's and Egypt's Arabic letters set apart
#: before or after the figures ("أ ب ج ١٢٣٤", "ق ط ع ٤٥٦٧"; two letters at least) and Bangladesh's region, class and
#: serial ("ঢাকা মেট্রো-গ ১১-২২৩৩", "Dhaka Metro-Ga 11-2233"); figures of any script read as ASCII ones
_SE = f"[{SWEDISH_PLATE_LETTERS}]"
_ZA_PROVINCES = "|".join(SOUTH_AFRICAN_PLATE_PROVINCES)
_BENGALI = "[\u0980-\u09ff]"
_MORE_PLATES_ALONE = re.compile(
    rf"(?<![\w.-])(?:(?P<za>(?P<zal>[A-Z]{{2,3}})[ \t]\d{{2,3}}(?:[ \t][A-Z]{{2}})?[ \t](?:{_ZA_PROVINCES}))|"
    rf"(?P<zw>(?P<zwl>[{SOUTH_AFRICAN_PLATE_FIRST}][A-Z]{{1,2}})[ \t](?:\d{{3}}-\d{{3}}|\d{{4,6}}))|"
    rf"(?P<se>(?P<sel>{_SE}{{3}})[ \t]\d\d(?:\d|(?![OIQV]){_SE}))|"
    r"(?P<dk>(?P<dkl>[A-Z]{2})[ \t]\d\d[ \t]\d{3}(?![ \t]\d))|"
    rf"(?P<ch>(?P<chl>{'|'.join(SWISS_CANTONS)})(?:[ \t-]\d{{1,3}}[ \t'’]\d{{3}}|-\d{{4,6}})))(?![\w-]|[.,]\d)|"
    rf"(?<!\w)(?P<ar>(?:{_AR}[ \t]){{1,2}}{_AR}[ \t]?\d{{1,4}}|\d{{1,4}}[ \t]?{_AR}(?:[ \t]{_AR}){{1,2}})(?!\w)|"
    rf"(?<!\w)(?P<bd>{_BENGALI}+(?:[ \t]{_BENGALI}+)?(?:[ \t]*-[ \t]*|[ \t]+)[\u0995-\u09b9][ \t]+\d\d-\d{{4}}|"
    rf"(?:[A-Z][a-z]+[ \t])?[A-Z][a-z]+(?:[ \t]*-[ \t]*|[ \t]+)(?:{'|'.join(BANGLADESH_PLATE_CLASSES)})[ \t]+"
    r"\d\d-\d{4})(?!\w|[.,-]\d)")


def _more_plates_alone(text: str) -> list[tuple[int, int]]:
    """Round 41 (r41plates): the spans of :data:`_MORE_PLATES_ALONE` whose letters are no code's, test's, unit's or
    word's (an ordinal's letters stand at a word's start here: "ND 45678"), with no unit after ("ABC 123 mg"), no
    year for a serial of letters alone, and not after a lot's, a code's or a dose's word."""
    found = []
    for m in _MORE_PLATES_ALONE.finditer(text):
        kind = next(k for k in ("za", "zw", "se", "dk", "ch", "ar", "bd") if m.group(k))
        if kind in ("za", "zw", "se", "dk", "ch"):
            letters = m.group(kind + "l")
            if (letters in _NOT_A_PLATE_FIRST and letters not in ORDINAL_LETTERS) or letters.lower() in COMMON_WORDS or (
                    letters in _MODEL_SERIES):  # (a model's series and figures: "Mercedes GLC 300")
                continue
            if not _no_unit_after(text, m.end(kind)) or _A_YEAR.fullmatch(m.group(kind).split()[-1]):
                continue
        if _after_a_lot_word(text, m.start()) or after_a_codes_word(text, m.start()):
            continue
        found.append(m.span(kind))
    return found


#: round 42 (r42plates): plates alone by the shapes of further countries, which the 41st round saw published with no
#: cue word: Romania's county, figures and three letters ("B 123 ABC", "CJ 07 XYZ"); Chile's four letters and two
#: figures ("BBCL-23"; set apart by dots, "BB·CL·23", :data:`_PLATE_SHAPES` reads); Pakistan's and Taiwan's three
#: letters, a dash and four figures, a year's two between or none ("LEA-1234", "LEA-07-1234", "ABC-1234"), Taiwan's
#: four figures and two letters ("1234-AB"); Australia's figure, three letters and three figures ("1ABC234");
#: Uzbekistan's region, letter, figures and letters ("01 A 123 BC"); Azerbaijan's region, letters and figures
#: ("10-AB-123"); Nigeria's area, figures and letters ("KJA 456 XY"); Morocco's serial, letter and region set apart
#: by dashes or bars ("12345-أ-6", "12345 | A | 6"; round 44, r44fixes: or by blanks alone, "12345 ب 26"); Nepal's
#: zone, lot, class and serial ("बा ३ च ४५६७", "Ba 3 Cha 4567"); figures of any script read as ASCII ones
_CL = f"[{CHILEAN_PLATE_LETTERS}]"
_BAR = r"[ \t]*[|-][ \t]*"
_FURTHER_PLATES_ALONE = re.compile(
    rf"(?<![\w.-])(?:(?P<ro>(?:B[ \t-]\d{{2,3}}|(?P<rol>{'|'.join(c for c in ROMANIAN_PLATE_COUNTIES if c != 'B')})"
    r"[ \t-]\d\d)[ \t-](?P<rot>[A-Z]{3}))|"
    rf"(?P<cl>(?P<cll>{_CL}{{2}}[·.-]?{_CL}{{2}})[ \t·.-]?\d\d)|"
    r"(?P<tw>(?P<twl>[A-Z]{3})-(?:\d\d-)?\d{4}|(?P<twf>\d{4})-(?P<twt>[A-Z]{2}))|"
    r"(?P<au>\d(?P<aul>[A-Z]{3})[ \t-]?\d{3})|"
    r"(?P<uz>\d\d[ \t]?[A-Z][ \t]?\d{3}[ \t]?(?P<uzt>[A-Z]{2}))|"
    r"(?P<az>\d\d[ \t-](?P<azl>[A-Z]{2})[ \t-]\d{3})|"
    r"(?P<ng>(?P<ngl>[A-Z]{3})[ \t-]?\d{3}[ \t-]?(?P<ngt>[A-Z]{2}))|"
    rf"(?P<ma>\d{{1,5}}{_BAR}{_AR}{_BAR}\d{{1,5}}|\d{{3,5}}{_BAR}[A-Z]{_BAR}\d\d?|"
    rf"\d{{3,5}}[ \t]+[{MOROCCAN_PLATE_LETTERS_SET_APART}][ \t]+\d\d?))(?![\w-]|[.,]\d)|"
    rf"(?<!\w)(?P<np>(?:{'|'.join(NEPALI_PLATE_ZONES)})[ \t]+\d\d?[ \t]+[\u0915-\u0939][ \t]+\d{{1,4}}|"
    rf"(?:{'|'.join(NEPALI_PLATE_ZONES_ROMANISED)})[ \t]+\d\d?[ \t]+"
    rf"(?:{'|'.join(c for c in BANGLADESH_PLATE_CLASSES if len(c) > 1)})[ \t]+\d{{1,4}})(?!\w|[.,]\d)")
#: (the letters of each shape above that must be no code's, test's, unit's or word's: first, and last, where a code's
#: letters may stand, "01 A 123 BC")
_FURTHER_PLATE_FIRST = ("rol", "cll", "twl", "aul", "azl", "ngl")
_FURTHER_PLATE_LAST = ("rot", "twt", "uzt", "ngt")


def _letters_of_no_plate(m: re.Match[str]) -> bool:
    """Whether the letters of a match of :data:`_FURTHER_PLATES_ALONE` are a code's, a test's or a make's first
    ("HCTZ 25", "BMW 320"), or a unit's or an everyday word's anywhere ("MG", "THE")."""
    first = [re.sub(r"[·.-]", "", m.group(g)) for g in _FURTHER_PLATE_FIRST if m.group(g)]
    letters = [*first, *(m.group(g) for g in _FURTHER_PLATE_LAST if m.group(g))]
    return any(w in _NOT_A_PLATE_FIRST for w in first) or any(
        w.lower() in COMMON_WORDS or w.lower() in _NO_PLATE_LAST for w in letters)


def _further_plates_alone(text: str) -> list[tuple[int, int]]:
    """Round 42 (r42plates): the spans of :data:`_FURTHER_PLATES_ALONE` whose letters are no code's, unit's or word's,
    with no unit after, no year for Taiwan's figures or after letters alone, and not after a lot's, a code's or a
    dose's word ("Lot ABC-1234", "model ABC-1234", "2 tabs of ABC-1234")."""
    found = []
    for m in _FURTHER_PLATES_ALONE.finditer(text):
        kind = next(k for k in ("ro", "cl", "tw", "au", "uz", "az", "ng", "ma", "np") if m.group(k))
        if _letters_of_no_plate(m):
            continue
        if (m.group("twf") and _A_YEAR.fullmatch(m.group("twf"))) or (
                m.group("twl") and _A_YEAR.fullmatch(m.group("tw")[-4:])):
            continue
        if not _no_unit_after(text, m.end(kind)) or _after_a_lot_word(text, m.start()) or (
                after_a_codes_word(text, m.start())):
            continue
        found.append(m.span(kind))
    return found


#: round 38 (r38plates): Ireland's plate alone with its dashes (year, county, serial: "191-D-12345")
_IRISH_PLATE = rf"\d{{2,3}}[ \t-](?:{'|'.join(IRISH_PLATE_COUNTIES)})[ \t-]\d{{1,6}}"
_IRISH_PLATE_ALONE = re.compile(rf"(?<![\w.-])\d{{2,3}}-(?:{'|'.join(IRISH_PLATE_COUNTIES)})-\d{{1,6}}(?![\w-]|[.,]\d)")
#: (the Netherlands' sidecodes hold six characters, in three groups of letters or figures, a change at each dash)
_DUTCH_SIDECODE = re.compile(r"(?:[A-Z]+-\d+-[A-Z]+|\d+-[A-Z]+-\d+|[A-Z]+-[A-Z]+-\d+|\d+-\d+-[A-Z]+|[A-Z]+-\d+-\d+|"
                             r"\d+-[A-Z]+-[A-Z]+)")


def _a_plate_alone(plate: str) -> bool:
    """A plate alone by its shape: no unit, time or word of the language last, a Dutch sidecode of six characters."""
    if re.fullmatch(r"[A-Z0-9]+-[A-Z0-9]+-[A-Z0-9]+", plate):
        return bool(_DUTCH_SIDECODE.fullmatch(plate)) and sum(c.isalnum() for c in plate) == 6
    last = re.split(r"[ \t-]+", plate)[-1].lower()
    return not (last in _NO_PLATE_LAST or (last.isalpha() and last in COMMON_WORDS))


def _a_world_plate(plate: str) -> bool:
    """Two figures at least and a letter; no unit of measure, time, count or money last ("150 KM", "10 AM", "10 YRS",
    "12 EUR"), no word of the language after figures alone, no year after letters alone ("MRI 2024"; "B-JS 1960"
    has two groups of letters), ten characters at most in Latin capitals."""
    groups = re.split(r"[ \t.-]+", plate)
    if sum(c.isdigit() for c in plate) < 2 or not any(c.isalpha() for c in plate):
        return False
    if groups[-1].lower() in _NO_PLATE_LAST or (plate.isascii() and sum(c.isalnum() for c in plate) > 10):
        return False
    if groups[-1].isalpha() and all(g.isdigit() for g in groups[:-1]) and groups[-1].lower() in COMMON_WORDS:
        return False  # figures and a word ("2 FOR 10" ends in figures; "12 NEW" is a word's)
    return not (len(groups) == 2 and groups[0].isalpha() and _A_YEAR_AT_THE_END.search(groups[1]))


#: round 37 (r37plates): Israel's plates of figures alone ("12-345-67"), after a plate's, a vehicle's or a driving word
_ISRAELI_PLATE = re.compile(r"\d{2}-\d{3}-\d{2}|\d{3}-\d{2}-\d{3}")
_ARABIC_WORDS_NO_PLATE = frozenset({"رقم", "هي", "هو", "في", "مع", "على", "من", "عدد", "سنة", "عام"})
_PLATE_WORD_SET = frozenset(PLATE_WORDS)
#: (a copula or a word of number between is still right after: "my plate is 123456", "Kennzeichen ist 4711")
_COPULAS = frozenset({"is", "ist", "är", "er", "es", "est", "on", "je", "é", "è", "είναι", "это", "no", "nr", "number",
                      "nummer", "numer", "numéro", "número", "numero", "هي", "هو"})
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]*\Z")
#: round 38 (r38plates): a model's look after a make ("XC90", "EV6", "RAV4", "320d", "500X"); a model's series and
#: its figures, a trim after ("GLC 300", "RX 350h", "C 200 CDI")
_A_MODEL = re.compile(r"[A-Za-z]{1,3}\d{1,3}[A-Za-z]?|\d{1,4}[A-Za-z]?")
_MODEL_SERIES = frozenset(CAR_MODEL_SERIES)
_TRIMS = frozenset(CAR_TRIMS)


def _a_model_and_trim(groups: list[str]) -> bool:
    """Whether ``groups`` (a plate's, split at blanks) are a model's series and figures, or a model and its trim."""
    while groups and groups[-1] in _TRIMS:
        groups = groups[:-1]
    series = [g for part in groups for g in part.split("-")]
    return not groups or (len(series) == 2 and series[0] in _MODEL_SERIES and bool(re.fullmatch(
        r"\d{1,3}[a-z]?", series[1]))) or (len(groups) == 1 and bool(_A_MODEL.fullmatch(groups[0])))


def _plate_after_its_word(m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the plate :func:`_a_plate_after_its_word` reads: without a word of number before its figures
    ("اللوحة رقم ١٢٣٤"), nor a car's make and model before it ("bilen är en Volvo XC90 ABC 123")."""
    start, end = m.span("plate")
    plate = m.group("plate")
    word = re.match(rf"({_AR}{{2,3}})[ \t-]?(?=\d+\Z)", plate)
    if word and word.group(1) in _ARABIC_WORDS_NO_PLATE:
        start += word.end()
    groups = list(re.finditer(r"[^ \t-]+", plate))
    before = _LAST_WORD.search(m.string, max(0, start - 64), start)  # (round 39: a window, not the whole text before)
    skip = int(groups[0].group().lower() in CAR_MAKE_SET)
    # (round 38, r38plates: the model after a make only in a model's look: "Volvo KLM 482" is a plate)
    after_a_make = bool(skip or m.group("mk") or (before and before.group(1).lower() in CAR_MAKE_SET))
    if after_a_make and len(groups) > skip and _A_MODEL.fullmatch(groups[skip].group()):
        skip += 1
    while after_a_make and len(groups) > skip + 1 and groups[skip].group() in _TRIMS:
        skip += 1  # (round 42, r42plates: a trim after the model is no plate's, "VW Golf GTI LEA-1234")
    if skip:
        if len(groups) <= skip:
            return None
        start += groups[skip].start()
    plate = m.string[start:end]
    if after_a_make and _a_model_and_trim(plate.split()):
        return None
    if plate.isdigit():  # (the figures after "رقم", "number": a plate of figures alone after a plate word)
        return (start, end) if m.group("pw") and 3 <= len(plate) <= 8 else None
    return (start, end) if _a_plate_after_its_word(m, plate) else None


def _a_plate_after_its_word(m: re.Match[str], plate: str) -> bool:
    """Round 37 (r37plates): the plate after a plate's, a vehicle's or a driving word: Israel's figures; Saudi letters
    together only right after a plate word ("لوحة السيارة أبج ١٢٣٤"); after a driving word two letters and two figures
    at least ("fahre W-12345A"; a road "M25" stays)."""
    if _ISRAELI_PLATE.fullmatch(plate) or re.fullmatch(_IRISH_PLATE, plate):
        return True
    right_after = all(w.lower() in _COPULAS for w in m.group("between").split())
    if re.match(rf"{_AR}{{2,3}}(?=[ \t-]?\d)|\d+[ \t-]?{_AR}{{2,3}}\Z", plate):
        return bool(m.group("pw")) and right_after  # ("لوحة المفاتيح ١٢ زر": the keyboard's 12 keys)
    if m.group("mk") and _CZECH_PLATE.fullmatch(plate):  # (round 38, r38cars: "Škoda Fabia 5L1 2345", one letter)
        return True
    if _ONE_LETTER_PLATE.fullmatch(plate):  # (round 40, r40cars: "Parked at the clinic, Q 123456")
        return _no_unit_after(m.string, m.end("plate"))
    if (m.group("dw") or m.group("mk")) and (sum(c.isalpha() for c in plate) < 2 or sum(c.isdigit() for c in plate) < 2):
        return False
    return _a_world_plate(plate)


#: round 40 (r40cars): a plate of one capital and five to eight figures (Qatar's letter series: "Q 123456"), after a
#: plate's, vehicle's or driving word or a car's name (alone it may be a dose's "D 50000")
_ONE_LETTER_PLATE = re.compile(PLATE_OF_ONE_LETTER)


def _no_unit_after(text: str, end: int) -> bool:
    """Round 40 (r40cars): whether no unit of measure follows ``end`` ("Q 123456" is a plate, "D 50000 IU" a dose)."""
    unit = _A_UNIT_AFTER.match(text, end)
    word = unit.group(1) if unit else ""
    # (round 44, r44fixes: a time zone only in capitals, "41289-أ-6 est devant" is French "is")
    return not (word.lower() in _NO_PLATE_LAST and (word.isupper() or word.lower() not in TIME_ZONES_AFTER_A_TIME))


#: round 38 (r38cars): Czechia's plate, a figure, a letter, a letter or figure, four figures ("5L1 2345", "2AB 3456")
_CZECH_PLATE = re.compile(r"\d[A-Z][A-Z0-9][ \t-]?\d{4}")
#: round 38 (r38cars): a car's name: its make (capitalised), its model (a word or a code: "Octavia", "XC60", "F-150",
#: "RAV4", "3008") and after it trims, engine sizes and codes, a generation, a model year ("1.3 DIG-T N-Connecta 2020",
#: "Variant B8 2.0 TDI", "2019 LE", "Lariat 2019"); a plate after it is read on its own ("Volvo XC60 ABC 12D")
_TRIM_AS_WRITTEN = "|".join(re.escape(w) for w in sorted(set(CAR_TRIMS), key=len, reverse=True))
#: (round 39, r39plates: a model of two words of the table, "Land Cruiser", "Santa Fe", "Grand Cherokee", and a series
#: and its figures apart, "RX 350h", "GLC 300", "C 200", are one model)
_TWO_WORD_MODELS = _as_written_words(tuple(w for w in CAR_MODELS if " " in w))
_CAR_TAIL_PIECES = (rf"(?:[ \t]+(?:\d\.\d[A-Za-z]{{0,2}}|(?:19|20)\d\d|[A-Z]\d{{1,2}}|\d|{_TRIM_AS_WRITTEN}|"
                    r"[A-Z]-?[A-Z]?[a-zé]+(?:-[A-Z]?[a-z]+)?)(?![\w-]|\.\w))*")
_CAR_NAME = re.compile(
    rf"(?<![^\W\d_])(?P<make>(?i:{_as_written_words(CAR_MAKES)}))(?![^\W\d_])"
    rf"[ \t]+(?P<model>(?i:{_TWO_WORD_MODELS})|[A-Z]{{1,3}}[ \t]\d{{1,3}}[a-z]?|[A-Za-z]{{1,3}}-?\d{{1,4}}[A-Za-z]?|"
    r"\d{1,4}[A-Za-z]?|[^\W\d_](?:[^\W\d_]+(?:-[^\W\d_]+)?|-[^\W\d_]{2,}))(?![\w-]|\.\w)"
    rf"(?P<tail>{_CAR_TAIL_PIECES})")
#: round 41 (r41plates): a make in its case of travelling before its model ("Jedu Škodou Octavia RS"; the make is read
#: by :func:`~features.deid.recognizers.a_make_in_a_travel_case`), and a make alone before a word of a car's repair,
#: up to four words in lower case between ("Mercedes is at the garage")
_CAR_TAIL = re.compile(_CAR_TAIL_PIECES)
_A_WORD_THEN_A_CAPITAL = re.compile(r"(?<![^\W\d_])([^\W\d_]{4,})(?=[ \t]+([A-Z][^\W\d_]+)(?![\w-]))")
_MAKE_AT_THE_GARAGE = re.compile(
    rf"(?<![^\W\d_])(?P<make>(?i:{_as_written_words(CAR_MAKES)}))(?![^\W\d_])(?:[ \t]+[a-zäöüéèàåø']+){{1,4}}?[ \t]+"
    rf"(?P<service>(?i:{_as_written_words(tuple(sorted(CAR_SERVICE_WORDS)))}))(?![^\W\d_])")
#: (a model's code in a make's series, or figures, or a word: what the NER read as a name there, and what a plate's
#: reading took with the plate after it)
_MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,3}[a-z]?|[A-Z]{3}\d|\d{3,4}")
_MODEL_WORDS = frozenset(CAR_MODELS)
#: round 39 (r39plates): a make alone after a verb of driving, an article or a possessive between or none ("fährt den
#: Golf", "drive my Mercedes", "conduzco mi Seat"): the car's name, no person's
_MAKE_DRIVEN = re.compile(
    rf"(?i:(?<![^\W\d_])(?:{_as_written_words(DRIVING_WORDS)})(?![^\W\d_]))(?:[ \t]+[a-zäöüéèà]{{1,6}}){{0,2}}[ \t]+"
    rf"(?P<make>(?i:{_as_written_words(CAR_MAKES)}))(?![\w-])")


#: round 40 (r40cars): a make alone after an article or a possessive that says a thing ("The Mercedes broke down", "a
#: Mercedes", "el Mercedes"; :data:`~features.deid.worldwords.ARTICLES_BEFORE_A_MAKE`): the car's name, no person's
_MAKE_AFTER_AN_ARTICLE = re.compile(
    rf"(?i:(?<![^\W\d_])(?:{_as_written_words(ARTICLES_BEFORE_A_MAKE)}))[ \t]+"
    rf"(?P<make>(?i:{_as_written_words(CAR_MAKES)}))(?![\w-])")


def _a_model_word(make: str, model: str) -> bool:
    """Round 39 (r39plates): whether a word after a make is its model: one of the table, or a word in no plate's
    shape (letters not all capitals) unless both it and the make are persons' names ("Dacia Spring", "Skoda Enyaq",
    "Toyota Hilux" are models; "Lincoln Burrows", "Mercedes García" may be a person)."""
    if model.lower() in _MODEL_WORDS:
        return True
    if model.isupper() or not model[0].isupper():
        return False
    return not (vocabulary_key(make) in ANY_NAME and vocabulary_key(model.split("-")[0]) in ANY_NAME)


def car_name_spans(text: str) -> list[tuple[int, int, int, bool]]:
    """Round 38 (r38cars): each car's name in ``text`` as ``(make's start, model's end, name's end, a model by its
    look)``: a make in capitals first, a model after it; a model by its look is one of the table, a word after its make
    in no plate's shape (round 39: the models out of the table were the NER's persons, "Dacia Spring") or a model's
    code ("XC60", "EV6", "F-150", "RX 350h"; a plate's letters "KLM", "2AB" are none); a model of the table after the
    first is the same model's ("MX-5 Miata"); and a make alone after a verb of driving ("fährt den Golf")."""
    found = []
    for m in _CAR_NAME.finditer(text):
        model = m.group("model")
        if not m.group("make")[0].isupper() or not (model[0].isupper() or model[0].isdigit()):
            continue
        code = _MODEL_CODE.fullmatch(model)
        series = re.match(r"[A-Z]+", model)
        if " " in model and model.lower() not in _MODEL_WORDS:  # (a series and its figures: "RX 350h")
            if series is None or series.group() not in _MODEL_SERIES:
                continue
            code = series
        looks = _a_model_word(m.group("make"), model) or bool(code and (
            not series or series.group() in _MODEL_SERIES or len(series.group()) == 3 or "-" in model))
        if model.isupper() and model.isalpha():  # (a plate's letters: "Volvo KLM 482")
            continue
        model_end = m.end("model")
        second = re.match(r"[ \t]+([^\W\d_]+)", m.group("tail"))
        if second and second.group(1).lower() in _MODEL_WORDS:
            model_end += second.end()
        found.append((m.start(), model_end, m.end(), looks))
    for m in _A_WORD_THEN_A_CAPITAL.finditer(text):  # (round 41: a make in its case and its model, "Škodou Octavia")
        if m.group(2).lower() in CAR_MODEL_SET and a_make_in_a_travel_case(m.group(1)):
            tail = _CAR_TAIL.match(text, m.end(2))
            found.append((m.start(), m.end(2), tail.end() if tail else m.end(2), True))
    for m in _MAKE_AT_THE_GARAGE.finditer(text):  # (round 41: "Mercedes is at the garage")
        if m.group("make")[0].isupper():
            found.append((m.start("make"), m.end("make"), m.end("make"), True))
    for reading in (_MAKE_DRIVEN, _MAKE_AFTER_AN_ARTICLE):  # (round 40: "the Mercedes", "a Mercedes")
        found += [(m.start("make"), m.end(), m.end(), True) for m in reading.finditer(text)
                  if m.group("make")[0].isupper() and not any(s <= m.start("make") < e for s, _, e, _ in found)]
    return found


#: round 40 (r40cars): a car's trims or engine and its model year with no make before them, as a car's row goes on in
#: the next message ("Tesla Model 3", then "Long Range 2023, ..."; "1.6 TDI 2019", "Hybrid 2021", "2.0 TDI 2018
#: Variant"): no street, postcode, town or plate; a trim of the table first, as written, at a word's start
_TRIMS_AND_A_YEAR = re.compile(
    rf"(?<![\w-])(?:\d\.\d[A-Za-z]{{0,2}}[ \t]+)?(?:{_TRIM_AS_WRITTEN})(?:[ \t]+(?:{_TRIM_AS_WRITTEN}|\d\.\d[A-Za-z]{{0,2}}))*"
    rf"[ \t]+(?:19|20)\d\d(?:[ \t]+(?:{_TRIM_AS_WRITTEN}))*(?![\w-]|[.,]\d)")
_A_MODEL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: round 41 (r41plates): trims alone opening a message, two or more, one of them no capitalised word ("EV Max XZ+
#: Lux", "SX(O) Turbo": the car's row went on from the message before; "Max Smart" may be a person)
_TRIMS_OPENING = re.compile(rf"[ \t]*(?:{_TRIM_AS_WRITTEN})(?:[ \t]+(?:{_TRIM_AS_WRITTEN}))+(?![\w+(-]|\.\w)")
_A_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")


def car_tail_spans(text: str) -> list[tuple[int, int]]:
    """Round 40 (r40cars): the spans of a car's trims or engine and its model year read alone (see
    :data:`_TRIMS_AND_A_YEAR`), where a car's name of :func:`car_name_spans` does not reach; round 41 (r41plates):
    and trims alone opening a message (:data:`_TRIMS_OPENING`)."""
    found = []
    opening = _TRIMS_OPENING.match(text)
    if opening and not all(_A_CAPITALISED_WORD.fullmatch(w) for w in opening.group().split()):
        found.append(opening.span())
    if not _A_MODEL_YEAR.search(text):
        return found
    return found + [m.span() for m in _TRIMS_AND_A_YEAR.finditer(text)]


def _figures_of_a_plate(m: re.Match[str]) -> bool:
    """Figures alone after a plate word (three to eight; Qatar "123456"): no year, no unit after, not after "tag" (a
    price's)."""
    figures = m.group("figures")
    unit = _A_UNIT_AFTER.match(m.string, m.end("figures"))
    # (round 38, r38plates: after a vehicle's word five figures at least, "gari 123456", "my car 482913")
    word = m.group("fw").lower()
    return word not in ("tag", "tags") and (len(figures) >= 5 or word in _PLATE_WORD_SET) and not (
        len(figures) == 4 and _A_YEAR_AT_THE_END.search(figures)) and not (
        unit and unit.group(1).lower() in _NO_PLATE_LAST)


#: round 39 (r39plates): a car's model or make, capitalised as written (or in a script without capitals), before a
#: plate of figures alone ("my Land Cruiser 123456", "لاندكروزر ١٢٣٤٥٦": Qatar's): five to eight figures, no year nor
#: unit (a model's own figures are fewer: "Land Cruiser 300", "Peugeot 3008"); no everyday word ("Model", "Note")
_NAMES_BEFORE_FIGURES = tuple(sorted({w.title() if w.isascii() else w for w in (*CAR_MODELS, *CAR_MAKES)
                                     if w not in COMMON_WORDS and w not in CAR_MAKES_NO_CUE and len(w) > 3}))
_FIGURES_AFTER_A_CAR = re.compile(
    rf"(?<![^\W\d_])(?P<fw>{_as_written_words(_NAMES_BEFORE_FIGURES)})(?![^\W\d_])[ \t]*(?:[:#—–-][ \t]*)?"
    # (round 40, r40cars: one capital before the figures is the plate's too, "my Land Cruiser Q 123456")
    rf"(?P<plate>(?:[A-Z][ \t-]?)?(?P<figures>\d{{5,8}})){_WORLD_PLATE_END}")
_FIVE_FIGURES = re.compile(r"\d{5}")


_A_PLATE_AFTER = re.compile(rf"[ \t]+(?:[,:—–-][ \t]*)?(?P<plate>{_WORLD_PLATE_SHAPES}){_WORLD_PLATE_END}")


def _plates_after_a_cars_name(text: str) -> list[tuple[int, int]]:
    """Round 39 (r39plates): a plate right after a car's name read whole, its model in a look of its own the plate
    readings do not pass ("Lexus RX 350h KLM 482"): two letters and two figures at least."""
    found = []
    for _, _, end, looks in car_name_spans(text):
        plate = _A_PLATE_AFTER.match(text, end)
        if plate and _a_model_and_trim(plate.group("plate").split()):
            continue  # (round 40, r40cars: an engine's power code and its trim, "Audi A4 40 TDI", no plate)
        if looks and plate and ((_a_world_plate(plate.group("plate")) and sum(
                c.isalpha() for c in plate.group("plate")) >= 2) or (  # (round 40: "Nissan Patrol Q 482913")
                _ONE_LETTER_PLATE.fullmatch(plate.group("plate")) and _no_unit_after(text, plate.end("plate")))):
            found.append(plate.span("plate"))
    return found


def _world_plate_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Plates of the world after their word, up to four words between, figures of any script (round 35, r35plates:
    "biển số xe của tôi là 51F-123.45", "رقم اللوحة ق ٥٤٣٢١", "پلاک ۲۲ ب ۳۶۵ ایران ۱۱", "rekisterinumero on ABC-123",
    "valstybinis numeris ABC 123", "dövlət nömrə nişanı 10-AB-123" were published), and the most telling alone."""
    read = _figures_as_ascii(text)
    found = [("ID_NUMBER", *m.span(), 0.8) for m in _WORLD_PLATES_ALONE.finditer(read)
             if not _after_a_lot_word(read, m.start()) and _a_plate_alone(m.group())]
    found += [("ID_NUMBER", *m.span(), 0.8) for m in _IRISH_PLATE_ALONE.finditer(read)]
    found += [("ID_NUMBER", *span, 0.8) for span in _plates_alone_by_country(read)]
    found += [("ID_NUMBER", *span, 0.8) for span in _more_plates_alone(read)]
    found += [("ID_NUMBER", *span, 0.8) for span in _further_plates_alone(read)]
    for m in _WORLD_PLATE_AFTER_ITS_WORD.finditer(read):
        if m.group("plate"):
            if span := _plate_after_its_word(m):
                found.append(("ID_NUMBER", *span, 0.8))
        elif m.group("next"):
            if _a_world_plate(m.group("next")):
                found.append(("ID_NUMBER", *m.span("next"), 0.8))
        elif _figures_of_a_plate(m):
            found.append(("ID_NUMBER", *m.span("figures"), 0.8))
    found += [("ID_NUMBER", *span, 0.8) for span in _plates_after_a_cars_name(read)]
    if _FIVE_FIGURES.search(read):
        found += [("ID_NUMBER", *m.span("plate"), 0.8) for m in _FIGURES_AFTER_A_CAR.finditer(read)
                  if _figures_of_a_plate(m)]
    return found


def after_a_codes_word(text: str, at: int) -> bool:
    """Round 39 (lead): whether the word before ``at`` names a product's code ("the code ABC-123", "model ABC-1234");
    round 40 (r40cars): or a dose's form or a drug's word, a particle of "of" between or none ("Take 2 tabs of
    ABC-123", "3 Tabletten XYZ-789": a drug's code, no Hungarian plate)."""
    words = text[max(0, at - 40):at].replace(":", " ").replace("#", " ").lower().split()
    if words and words[-1] in PARTICLES_BEFORE_A_CODE:
        return len(words) > 1 and words[-2] in WORDS_OF_A_DOSE_BEFORE_A_CODE
    return bool(words) and (words[-1] in WORDS_OF_A_CODE_BEFORE_ITS_SHAPE or words[-1] in WORDS_OF_A_DOSE_BEFORE_A_CODE)


def _after_a_lot_word(text: str, at: int) -> bool:
    """Whether a lot's word is one of the two words before ``at`` ("Lot: ...", "lot number ...", "batch no. ...")."""
    return any(w.strip(".:#").lower() in LOT_WORDS for w in text[max(0, at - 30):at].split()[-2:])


#: China's resident ID in groups (six figures of the place, the birth date, three figures and a check figure or X:
#: "110105 19491001 123X", "110105-1949-1001-123X"; round 33: its X was left), Italy's codice fiscale glued or in its
#: groups, any case ("RSSMRA31C41H501Z", "RSS MRA 31C41 H501Z"; figures may be letters of its own list, omocodia)
_OMOCODE = "[0-9LMNPQRSTUV]"
_RESIDENT_OR_TAX_IDS = (
    r"(?<![\w-])\d{6}[ \t-]?(?:18|19|20)\d\d[ \t-]?(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ \t-]?\d{3}[\dXx](?![\w-])|"
    rf"(?<![\w-])[A-Z]{{3}}[ \t-]?[A-Z]{{3}}[ \t-]?{_OMOCODE}{{2}}[ABCDEHLMPRST]{_OMOCODE}{{2}}[ \t-]?[A-Z]{_OMOCODE}{{3}}"
    r"[ \t-]?[A-Z](?![\w-])")


def _a_resident_or_tax_id(m: re.Match[str]) -> bool:
    """Four figures at least: a codice fiscale's letters alone ("the cat ...") are words."""
    return sum(c.isdigit() for c in m.group()) >= 4


def resident_and_tax_id_recognizer() -> RegexSpanRecognizer:
    """China's resident ID in groups with its check X, Italy's codice fiscale glued or in groups (round 33: the X was
    left, a spaced codice fiscale published, a glued one read only as a device's serial)."""
    return RegexSpanRecognizer("ID_NUMBER", [_p(_RESIDENT_OR_TAX_IDS, 0.8, accept=_a_resident_or_tax_id)],
                               name="ResidentAndTaxIdRecognizer", gate=_has_digit)


# --------------------------------------------------------------------------- round 34: national numbers ending in a
# check letter, taken whole

_ID_WORDS_OF_CHECK_LETTERS = _as_written_words(tuple(
    {*IDENTITY_CARD_WORDS, *BIRTH_DATE_ID_WORDS, *CHECK_LETTER_ID_WORDS} - {"ic", "cc", "ci", "rg", "c.c", "nik"}))
#: a national number after its word, a letter (any case) before or after its figures, or a check character in
#: brackets: Spain's DNI and NIE ("12345678Z", "12.345.678-z", "X-1234567-L"), Finland's HETU ("080239-123x"), a
#: healthcare reserve number ("19811218-T123"), Ireland's PPSN ("1234567TA"), Portugal's CC ("12345678 9 ZZ4"),
#: Singapore's NRIC ("S1234567D"), Hong Kong's HKID ("A123456(7)"), the UK's NI number ("QQ 12 34 56 C")
#: (a letter set apart by a space only in capitals: "DNI 12345678 y vivo en Madrid" keeps its "y")
_LETTERED_ID = (r"(?:[A-Za-z]{1,2}[.-]?|[A-Z]{1,2}[ \t])?\d(?:[., \t-]?\d){4,12}(?:[.+-]?[A-Za-z]\d{3,4})?"
                r"(?:[.-]?[A-Za-z]{1,2}\d?|[ \t][A-Z]{1,2}\d?|\([A-Za-z0-9]\))?")
_LETTERED_ID_AFTER_ITS_WORD = (
    rf"(?i:(?<![^\W\d_])(?:{_ID_WORDS_OF_CHECK_LETTERS})(?![^\W\d_]))\.?[ \t]*"
    r"(?:(?i:n(?:o|ro|um|úm|°|º)\.?|number|número|numero|nummer|on|är|er|es|é|is|ist|:|#)[ \t]*){0,3}"
    rf"(?P<code>{_LETTERED_ID})(?![\w-]|[.,]\d|['’][^\W\d_])")
#: Spain's DNI and NIE, Finland's HETU by their shape alone, any case (a letter set apart by a space only in
#: capitals), whatever their check letter: a mistyped number identifies as well, the checksum decides nothing
_DNI_OR_NIE = (r"(?<![\w-])(?P<dni>[XYZxyz][ \t.-]?\d{7}|\d{8}|\d{1,2}\.\d{3}\.\d{3})(?:[.-]?|[ \t](?=[A-Z]))"
               r"(?P<letter>[A-Za-z])(?![\w-]|['’][^\W\d_])")
_HETU = (r"(?<![\w-])(?P<date>(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d)(?P<sign>[-+A-FU-Ya-fu-y])(?P<serial>\d{3})"
         r"(?P<check>[0-9A-Za-z])(?![\w-])")


#: round 34, lead: the word right before a number (a lot's word: "Lote: 12345678A" is the pack's, no person's)
_WORD_BEFORE_A_NUMBER = re.compile(r"([^\s:#]+)[\s:#]*\Z")


def _no_lot(m: re.Match[str]) -> bool:
    """A DNI's or HETU's shape not right after a lot's word (:data:`~features.deid.readingwords.LOT_WORDS`)."""
    before = _WORD_BEFORE_A_NUMBER.search(m.string, max(0, m.start() - 24), m.start())
    return before is None or before.group(1).lower() not in LOT_WORDS


def _a_lettered_id(m: re.Match[str]) -> bool:
    """A number of six figures at least, with a letter: a plain number is the other readings' (a phone, a card)."""
    code = m.group("code")
    return sum(c.isdigit() for c in code) >= 6 and any(c.isalpha() for c in code)


def _a_plain_national_number(m: re.Match[str]) -> bool:
    """Round 35: a number of six figures at least and no letter after a national number's word ("isikukood
    38001085718", "BSN 123456782", "burgerservicenummer 123456782"): the identifier it names, labelled so (it went out
    as a phone's)."""
    code = m.group("code")
    return sum(c.isdigit() for c in code) >= 6 and not any(c.isalpha() for c in code)


def check_letter_id_recognizer() -> RegexSpanRecognizer:
    """National numbers whose last character is a check letter, taken whole in any case, with or without separators
    (round 34, r34ids: "DNI 12345678Z" went out as "<PHONE>Z", "hetu 080239-123x" as "<DATE>-123x"): after the word
    of their paper, and Spain's and Finland's alone by their shape, the check letter right or not (round 34, lead: the
    issue's rule, validity never decides)."""
    return RegexSpanRecognizer("ID_NUMBER", [
        _p(_LETTERED_ID_AFTER_ITS_WORD, 0.85, "code", accept=_a_lettered_id, flags=0),
        _p(_LETTERED_ID_AFTER_ITS_WORD, 0.8, "code", accept=_a_plain_national_number, flags=0),
        _p(_DNI_OR_NIE, 0.85, flags=0, accept=_no_lot),
        _p(_HETU, 0.85, flags=0, accept=_no_lot),
    ], name="CheckLetterIdRecognizer", gate=_has_digit)


# --------------------------------------------------------------------------- round 38: identity cards and passports
# after their word, in letters and figures; Poland's series and number alone in capitals


def _paper_words(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` as written, longest first, any case but a word of two letters or less written in
    capitals (only so: "CI", "OP"), a space inside one any run of blanks."""
    return "|".join((re.escape(w) if len(w) > 2 or not w.isupper() else f"(?-i:{re.escape(w)})").replace(r"\ ", "[ \t]+")
                    for w in sorted(set(words), key=len, reverse=True))


#: a paper's number: a series of one to three letters (any script, any case) and five to nine figures, "nr" between
#: or not ("ABC 123456", "ayz412733", "XB nr 123456", "МЕ 123456", "AB 123456"); a code of eight to ten letters and
#: figures with two figures at least ("C01X00T47"); figures alone, five to twelve, a letter or two glued after them
#: ("123456789", "123456AB"), or Russia's "45 06 123456"
#: (round 39: "numărul" between series and number, a comma before it: "buletinul, seria MX, numarul 654321"; Han, kana
#: or Hangul right after the number is the sentence's, "护照号是E12345678谢谢")
_CJK_LETTER = "[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
_PAPER_NUMBER = (r"[0-9A-Za-z](?:[ \t.-][0-9A-Za-z](?![0-9A-Za-z])){7,24}|"  # round 40: spelled, "G O M E 8 5 0 …"
                 r"[^\W\d_]{1,3}(?:[ \t.-]|,[ \t]*)?(?:(?i:nr|no|n°|nº|№|num[aă]r(?:ul)?)\.?[ \t]*)?\d{5,9}"
                 rf"(?:(?!{_CJK_LETTER})[^\W\d_]){{0,2}}|"
                 r"(?=[0-9A-Za-z]*\d[0-9A-Za-z]*\d)(?=[0-9A-Za-z]*[A-Za-z])[0-9A-Za-z]{8,10}|"
                 r"\d{2}[ \t]?\d{2}[ \t]\d{6}|\d{1,4}(?:-\d{2,4}){1,3}|\d{5,12}[^\W\d_]{0,2}")
_PAPER_NUMBER_AFTER_ITS_WORD = re.compile(
    rf"(?:(?i:(?<![^\W\d_])(?:{_paper_words(IDENTITY_PAPER_WORDS)})(?![^\W\d_]))"
    # round 39: a word of Chinese, Japanese or Korean script, the number glued after it ("护照号E12345678")
    rf"|(?:{_paper_words(CJK_IDENTITY_PAPER_WORDS)})(?:[ \t]*(?:{_paper_words(CJK_IDENTITY_PAPER_COPULAS)}))?"
    r"(?=[ \t:#=.,-]*[0-9A-Za-z]))"
    rf"[ \t]*(?:[:#=.,-][ \t]*)?"
    rf"(?:(?i:{_paper_words(IDENTITY_PAPER_FILLERS)})(?![^\W\d_])[ \t]*(?:[:#=.-][ \t]*)?){{0,4}}"
    rf"(?P<code>{_PAPER_NUMBER})(?!(?!{_CJK_LETTER})[\w-])")
#: Poland's identity card by its shape alone, in capitals: a series of three letters and six figures ("ABC 123456");
#: round 39 (r39numbers): or in any case glued to its figures ("abc123456", "Abc123456")
_POLISH_CARD_ALONE = re.compile(r"(?<![\w-])(?:(?P<series>[A-Z]{3})[ \t]?|(?P<glued>[A-Za-z]{3}))\d{6}(?![\w-])")
#: round 39 (r39numbers): Romania's identity card by its series' word, its two letters and its number's word, no
#: paper's word before ("seria RX numărul 123456", "seria mx nr. 654321"): the letters are part of it
_ROMANIAN_CARD = re.compile(r"(?i:(?<![^\W\d_])seria)[ \t]*[:.]?[ \t]*(?P<code>(?-i:[A-Z]{2}|[a-z]{2})[ \t]*[,.:-]?[ \t]*"
                            r"(?i:nr|no|num[aă]r(?:ul)?)\.?[ \t]*[:.]?[ \t]*\d{6})(?!\d)")
#: the letters before six figures that make no card's series: a lot's, a date's of expiry, a currency's
_NO_CARD_SERIES = LOT_WORDS | NO_IDENTITY_CARD_SERIES


def identity_paper_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Identity cards' and passports' numbers, read as written (round 38, r38ids: the 37th black-box round published
    Poland's "dowód osobisty ABC 123456" as "ABC <ZIP>" and "dowód to ayz 412733" whole): after a word of the paper
    (:data:`~features.deid.worldwords.IDENTITY_PAPER_WORDS`), a few fillers between, in letters and figures or
    figures alone; Poland's series and number alone by their shape in capitals; ``(entity, start, end, score)``."""
    if sum(c.isdigit() for c in text) < 5:
        return []
    found = [("ID_NUMBER", *m.span("code"), 0.85) for m in _PAPER_NUMBER_AFTER_ITS_WORD.finditer(text)
             if sum(c.isdigit() for c in m.group("code")) >= 5]
    found += [("ID_NUMBER", *m.span("code"), 0.85) for m in _ROMANIAN_CARD.finditer(text)]
    return found + [("ID_NUMBER", *m.span(), 0.8) for m in _POLISH_CARD_ALONE.finditer(text)
                    if (m.group("series") or m.group("glued")).lower() not in _NO_CARD_SERIES
                    and not (m.group("glued") and _after_a_lot_word(text, m.start()))]


# --------------------------------------------------------------------------- round 38: a postcode before a town's
# placeholder, or before a town in capitals or in lower case

#: a postcode in groups (Sweden's, Czechia's, Slovakia's, Greece's "903 26", Poland's "00-950", Portugal's "1100-053")
#: or of four or five figures, then a town's placeholder, or a town written in capitals or in lower case
_POSTCODE_BEFORE_A_TOWN = re.compile(
    r"(?<![\w.,/:-])(?P<code>\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|(?P<plain>\d{4,5}))[ \t]+"
    r"(?:<(?:LOCATION|CITY)>|(?P<town>[^\W\d_][^\W\d_'’]*))(?![\d-])")
#: the capitals of a reading's unit or label after two figures ("120 80 BPM"), no town
_NO_TOWN_IN_CAPITALS = frozenset({"bpm", "mmhg", "sys", "dia", "pul", "map", "spo"})
#: a year's four figures, no postcode before a town's placeholder ("in 2019 <LOCATION>")
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def postcode_before_a_town_spans(text: str) -> list[tuple[str, int, int, float]]:
    """A postcode before a town's placeholder, or a grouped one before a town in capitals or one GeoNames knows in
    lower case, with the town (round 38, r38ids: the 37th black-box round published Sweden's "903 26 <LOCATION>"; "903
    26 UMEÅ", "110 00 praha" went out whole): read as written; ``(entity, start, end, score)``."""
    if not _has_digit(text):
        return []
    found: list[tuple[str, int, int, float]] = []
    for m in _POSTCODE_BEFORE_A_TOWN.finditer(text):
        town, plain = m.group("town"), m.group("plain")
        if _MEASURE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if town is None:
            if plain is None or not (len(plain) == 4 and _A_YEAR.fullmatch(plain)):
                found.append(("ZIP_CODE", *m.span("code"), 0.7))
        elif plain is None and len(town) > 2 and town.lower() not in COMMON_WORDS | UNITS_AFTER_A_FIGURE and not (
                is_medication(town)) and town.lower() not in _NO_TOWN_IN_CAPITALS and (
                town.isupper() or (town.islower() and _place_key(town) in world_towns())):
            found += [("ZIP_CODE", *m.span("code"), 0.7), ("CITY", *m.span("town"), 0.65)]
    return found


def world_shape_recognizers() -> list[RegexSpanRecognizer]:
    """The recognizers of this module, ready to add to the text engine's rules."""
    return [world_date_recognizer(), old_age_idiom_recognizer(), post_box_recognizer(), plate_and_code_recognizer(),
            latin_american_id_recognizer(), vehicle_and_identity_card_recognizer(), resident_and_tax_id_recognizer(),
            check_letter_id_recognizer()]


# --------------------------------------------------------------------------- round 40: bank accounts


def _unmarked(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _written_and_unmarked(words: frozenset[str]) -> tuple[str, ...]:
    return tuple({form for w in words for form in (w, _unmarked(w))})


#: a bank account's word (:data:`~features.deid.worldwords.BANK_ACCOUNT_WORDS`, as written or with no marks), up to
#: three filler words ("cuenta nro", "my account number is"), then its number: figures in groups joined by a blank, a
#: dash or a dot, a check figure after a dash ("12345-6"); read as written (the account's words keep their marks)
_BANK_NUMBER = r"(?P<number>\d(?:[ \t]?[.-]?[ \t]?\d){3,33}(?:[ \t]?[-/][ \t]?[\dXx])?)(?![\w]|[.,]\d)"
_BANK_ACCOUNT_AFTER_ITS_WORD = re.compile(
    rf"(?i)(?<![^\W_])(?P<word>{_as_written_words(_written_and_unmarked(BANK_ACCOUNT_WORDS | BANK_BRANCH_WORDS))})"
    rf"(?![^\W_])(?:[ \t]*[:#=.-]?[ \t]*(?:{_as_written_words(_written_and_unmarked(BANK_NUMBER_FILLERS))})(?![^\W_]))"
    rf"{{0,3}}[ \t]*[:#=.-]?[ \t]*{_BANK_NUMBER}")
#: Argentina's alias of an account: words joined by dots ("mate.lluvia.sol"), or the account's number after it
_ACCOUNT_ALIAS = re.compile(
    rf"(?i)(?<![^\W_])(?:{_as_written_words(tuple(ACCOUNT_ALIAS_WORDS))})"
    rf"(?:[ \t]+(?:{_as_written_words(_written_and_unmarked(ACCOUNT_ALIAS_FILLERS))})(?![^\W_])){{0,3}}[ \t]*[:=-]?[ \t]*"
    r"(?P<alias>[a-z0-9]{2,20}(?:\.[a-z0-9]{1,20}){1,4}(?![\w.])|\d{18,26}(?![\w]|[.,]\d))")
#: Hungary's account number, two or three groups of eight figures joined by dashes ("11773016-11111018-00000000")
_HUNGARIAN_ACCOUNT = re.compile(r"(?<![\w-])\d{8}[ \t]?-[ \t]?\d{8}(?:[ \t]?-[ \t]?\d{8})?(?![\w-]|[.,]\d)")
_FEWEST_ACCOUNT_FIGURES = 5
_FEWEST_BRANCH_FIGURES = 4
_MOST_ACCOUNT_FIGURES = 34
#: an amount's decimals at a number's end ("1.500,00", "15000.50")
_DECIMALS_AT_THE_END = re.compile(r"[.,]\d{2}\Z")
_WORD_AFTER = re.compile(r"[ \t]*([^\s]+)")
_BANK_GATE = re.compile(r"\d{4}")


def _an_account_number(m: re.Match[str]) -> bool:
    """Whether the figures after a bank account's word are an account's (round 40): five figures or more (four after
    a branch's word, "agência 1234"), no amount's decimals nor a currency or unit after them ("cuenta 15000 pesos")."""
    number = m["number"]
    figures = sum(c.isdigit() for c in number)
    fewest = _FEWEST_BRANCH_FIGURES if _unmarked(m["word"].lower()) in _BRANCH_WORDS_READ else _FEWEST_ACCOUNT_FIGURES
    if not fewest <= figures <= _MOST_ACCOUNT_FIGURES or _DECIMALS_AT_THE_END.search(number):
        return False
    after = _WORD_AFTER.match(m.string, m.end())
    return after is None or after.group(1).lower().rstrip(".,;:!?") not in AMOUNT_WORDS_AFTER_A_NUMBER


_BRANCH_WORDS_READ = frozenset(_written_and_unmarked(BANK_BRANCH_WORDS))


def bank_account_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 40 (r40numbers): anybody's bank account, read as written: its number after its word in twenty languages
    ("CBU 0170099040000001234567", "agência 1234 conta 12345-6", "CLABE 012180015012345678"), Argentina's alias
    ("alias: mate.lluvia.sol"), Hungary's account number by its shape alone ("11773016-11111018-00000000"; its third
    group was published); ``(entity, start, end, score)``. The check reads them on its own
    (:func:`features.deid.leakshapes.has_bank_account`)."""
    if not _BANK_GATE.search(text) and "alias" not in text.lower():
        return []
    found = [("ID_NUMBER", *m.span("number"), 0.8) for m in _BANK_ACCOUNT_AFTER_ITS_WORD.finditer(text)
             if _an_account_number(m)]
    found += [("ID_NUMBER", *m.span("alias"), 0.8) for m in _ACCOUNT_ALIAS.finditer(text)]
    return found + [("ID_NUMBER", *m.span(), 0.8) for m in _HUNGARIAN_ACCOUNT.finditer(text)]


# --------------------------------------------------------------------------- round 43 (r43ids): numbered ids and
# Nepal's provincial plates by their shape; banks' codes kept

_MYANMAR_LETTER = "[\u1000-\u103f\u104c-\u109f]"
#: Myanmar's NRC: the state's figures (Latin or Burmese), a slash, the township's letters, the citizen's class in
#: brackets or between slashes (:data:`~features.deid.worldwords.BURMESE_NRC_CLASSES`) and six figures (or two groups
#: of three), blanks between or none; a
#: township in capitals of five letters or more may go without the class ("12/BAHANA 123456")
_NRC_CLASS = rf"(?i:{_as_written(BURMESE_NRC_CLASSES)})"
_BURMESE_NRC = re.compile(
    r"(?<![\w/.])\d{1,2}[ \t]*/[ \t]*"
    rf"(?:(?:[A-Za-z]{{2,9}}|{_MYANMAR_LETTER}{{2,12}}?)[ \t]*(?:\([ \t]*{_NRC_CLASS}[ \t]*\)|/[ \t]*{_NRC_CLASS}[ \t]*/)"
    r"|(?-i:[A-Z]{5,9})(?=[ \t]*\d))[ \t]*(?:\d{6}|\d{3}[ \t]\d{3})(?!\d)")
#: twenty figures glued, or in the groups of Tanzania's NIDA (its holder's birth date of eight, then five, five and
#: two: "19850314-12345-00001-23") or of a health card's four groups of five (Italy's tessera sanitaria, "80380 00030
#: 12345 67890"): valid or not, a card's number
_GROUP_GAP = r"(?:[ \t]?[.-][ \t]?|[ \t])"
_TWENTY_FIGURES = re.compile(rf"(?<![\w.,/-])(?:\d{{20}}|\d{{8}}(?:{_GROUP_GAP}\d{{5}}){{2}}{_GROUP_GAP}\d{{2}}|"
                             rf"\d{{5}}(?:{_GROUP_GAP}\d{{5}}){{3}})(?![\w-]|[.,]\d)")
_DEVANAGARI_CLASS = "[\u0915-\u0939\u0958-\u095f][\u093c\u093e-\u094d]*"
_NEPALI_CLASSES_ROMANISED = "|".join(sorted(BANGLADESH_PLATE_CLASSES, key=len, reverse=True))
_PLATE_DASH = r"[ \t]*[-–][ \t]*"
_NEPALI_PROVINCIAL_SERIAL = (rf"(?:(?i:{_NEPALI_CLASSES_ROMANISED})|{_DEVANAGARI_CLASS})(?:{_PLATE_DASH}|[ \t]+)"
                             r"\d{1,4}(?![\w-]|[.,]\d)")
#: Nepal's provincial plate: after the province's word (:data:`~features.deid.worldwords.NEPALI_PROVINCE_WORDS`),
#: the province's and office's figures in two or three dashed groups, the class (a consonant in Devanagari, its name
#: romanised) and the serial; with no province's word, three dashed groups before the class ("३-०१-००१ च ०००१")
_NEPALI_PROVINCIAL_PLATE = re.compile(
    rf"(?:(?<![^\W\d_])(?i:{_as_written(NEPALI_PROVINCE_WORDS)})\.?[ \t]*(?:no\.?[ \t]*)?"
    rf"(?P<after>\d{{1,2}}(?:{_PLATE_DASH}\d{{2,3}}){{1,2}})"
    rf"|(?<![\w.,/-])(?P<alone>\d{{1,2}}(?:-\d{{2,3}}){{2}}))(?:{_PLATE_DASH}|[ \t]+){_NEPALI_PROVINCIAL_SERIAL}")


def numbered_id_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 43 (r43ids): identifiers by their shape that the 42nd black-box round saw published or refused: Myanmar's
    NRC (published, Latin and Burmese), twenty figures of Tanzania's NIDA or a health card (the check refused them as
    a phone's shape), Nepal's provincial plates (published in Devanagari); valid or not, not after a lot's word;
    ``(entity, start, end, score)``. The check reads them on its own (:mod:`features.deid.leakworld`)."""
    if sum(c.isdigit() for c in text) < 5:
        return []
    found = [("ID_NUMBER", *m.span(), 0.85) for m in _BURMESE_NRC.finditer(text)]
    found += [("ID_NUMBER", *m.span(), 0.8) for m in _TWENTY_FIGURES.finditer(text)
              if not _after_a_lot_word(text, m.start())]
    return found + [("ID_NUMBER", m.start("after") if m.group("after") else m.start(), m.end(), 0.85)
                    for m in _NEPALI_PROVINCIAL_PLATE.finditer(text) if not _after_a_lot_word(text, m.start())]


_BANK_CODE_WORD = rf"(?i:(?<![^\W\d_])(?:{_as_written(BANK_CODE_WORDS)})(?![^\W\d_]))"
_BANK_CODE_SHAPE = r"(?P<code>[A-Z]{4}(?P<country>[A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![\w-])"
#: a bank's code after its word, or before it with "via", "by" or "per" between: four letters of the bank, two of its
#: country, two of its place, three of a branch or none, in capitals ("SWIFT code: NEDSZAJJ", "BIC COBADEFFXXX", "BIC:
#: DEUTDEFF500", "NEDSZAJJ via SWIFT")
_BANK_CODE = re.compile(rf"{_BANK_CODE_WORD}[ \t]*(?:[:#=.-][ \t]*)?(?:(?i:is|code|no\.?)[ \t]+)?{_BANK_CODE_SHAPE}|"
                        rf"(?<![\w-]){_BANK_CODE_SHAPE.replace('?P<', '?P<before_')}[ \t]*[(,]?[ \t]*"
                        rf"(?:(?i:via|by|per|over|through)[ \t]+)?{_BANK_CODE_WORD}")
#: an account's number beside a bank's code: six figures or more, blanks or dashes between, or an IBAN
_ACCOUNT_BESIDE = re.compile(r"\d(?:[ \t-]?\d){5,}|\b[A-Z]{2}\d{2}[A-Z0-9]{4,}")


def bank_code_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[str, int, int, float]]]:
    """Round 43 (r43ids): banks' SWIFT or BIC codes beside their word, which the 42nd black-box round saw redacted
    as a person, a place or a number ("<PERSON> code: <PERSON>"): a bank's code names the bank, no person, so with no
    account's number within :data:`~features.deid.worldwords.BANK_CODE_REACH` characters the word and the code stay
    (the first list, spans no reading may take); beside one, the code goes with it (the second, as finds)."""
    kept: list[tuple[int, int]] = []
    taken: list[tuple[str, int, int, float]] = []
    for m in _BANK_CODE.finditer(text):
        code = "code" if m.group("code") else "before_code"
        if m.group("country" if code == "code" else "before_country") not in BANK_CODE_COUNTRIES:
            continue
        near = text[max(0, m.start() - BANK_CODE_REACH):m.start()] + " " + text[m.end():m.end() + BANK_CODE_REACH]
        if _ACCOUNT_BESIDE.search(near) or "<ID>" in near:
            taken.append(("ID_NUMBER", *m.span(code), 0.8))
        else:
            kept.append(m.span())
    return kept, taken


#: round 43 (r43ids): the firms' names a bare domain may carry, glued as a domain writes them ("boots", "riteaid")
_BRANDS_GLUED = frozenset(b.replace(" ", "") for b in KNOWN_BRANDS) | frozenset("".join(n) for n in PHARMACY_CHAIN_NAMES)
#: a bare domain: no scheme, no mailbox, no path but a closing slash ("boots.com", "www.cvs.com/")
_BARE_DOMAIN = re.compile(r"(?<![\w.@/:-])(?:www\.)?(?P<label>[A-Za-z0-9][A-Za-z0-9-]{1,40})"
                          r"(?:\.[a-z]{2,3}){1,2}/?(?![\w@/-]|\.\w)")


def brand_domain_spans(text: str) -> list[tuple[int, int]]:
    """Round 43 (r43ids): bare domains of a known firm or pharmacy chain ("boots.com", "walgreens.com", which the 42nd
    black-box round saw redacted as a link or, after "us at", as an e-mail): a chain's site names the chain, no
    person, as its name does (:data:`~features.deid.peoplewords.KNOWN_BRANDS`); spans no reading may take."""
    if "." not in text:
        return []
    return [m.span() for m in _BARE_DOMAIN.finditer(text)
            if (label := m.group("label").lower()) in _BRANDS_GLUED or brand_key(label) in KNOWN_BRANDS]
