"""The leak check's own reading of the thirteenth black-box round's shapes: the day and month of a date in any
language and calendar, ages over 89 said as idioms, post-office boxes of other countries.

A check that looks with the redactor's eyes is no check: nothing here calls :mod:`features.deid.world_shapes`. The
text is read as written, each script in its own letters (the redactor reads a transliteration): a day's figures are
found first and the words either side of them are looked up in the month table; Chinese, Japanese, Korean,
Vietnamese and Mongolian dates are read by their own characters. What the two share is vocabulary only
(:mod:`features.deid.monthnames`, :mod:`features.deid.worldwords`).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator

from adherence.domain import OLDEST_AGE_KEPT
from features.deid.everydaywords import UNITS_AFTER_A_FIGURE
from features.deid.holidaywords import BIRTH_WORDS_BEFORE_A_FESTIVAL
from features.deid.monthnames import (
    CAPITALISED_ONLY,
    ENDINGS,
    PROCLITICS,
    ROMAJI_DAY_SUFFIXES,
    ROMAJI_MONTH_SUFFIX,
    SHORT_NAMES,
    month_forms,
    romaji_day_words,
    romaji_month_words,
)
from features.deid.normalize import every_number_as_figures
from features.deid.patterns import first_character_gate
from features.deid.readingwords import (
    BIRTH_DATE_ID_WORDS,
    CHECK_LETTER_ID_WORDS,
    IDENTITY_CARD_WORDS,
    LOT_WORDS,
    NATIONAL_NUMBER_WORD_REACH,
    NATIONAL_NUMBER_WORDS,
    ONE_LETTER_WORDS,
    TWO_LETTER_WORDS_AFTER_A_NUMBER,
    WORDS_AFTER_A_LONE_FIGURE,
    lot_number_pattern,
)
from features.deid.recognizers import COMMON_WORDS
from features.deid.worldwords import (
    ACCESS_CODE_WORDS,
    APPROXIMATELY,
    ARABIC_STREET_WORDS,
    ARMENIAN_ADDRESS_WORDS,
    BANGLADESH_PLATE_CLASSES,
    BANK_CODE_COUNTRIES,
    BANK_CODE_REACH,
    BANK_CODE_WORDS,
    BENGALI_HOUSE_WORDS,
    BURMESE_NRC_CLASSES,
    CAPITALISED_SUBDIVISION_WORDS,
    CAR_MAKES,
    CAR_MAKES_NO_CUE,
    CAR_MODEL_SERIES,
    CAR_MODELS,
    CAR_TRIMS,
    CHILEAN_PLATE_LETTERS,
    CHINESE_PLATE_PROVINCES,
    CHINESE_STREET_WORDS,
    CJK_IDENTITY_PAPER_COPULAS,
    CJK_IDENTITY_PAPER_WORDS,
    COMPOUND_NUMBER_WORDS,
    DRIVING_WORDS,
    EXIT_WORDS,
    GEORGIAN_STREET_WORDS,
    GREEK_PLATE_LETTERS,
    HEBREW_STREET_WORDS,
    HINDI_HOUSE_WORDS,
    HOSPITAL_WARD_AFTER,
    HOSPITAL_WARD_BEFORE,
    IDENTITY_PAPER_FILLERS,
    IDENTITY_PAPER_WORDS,
    IRISH_PLATE_COUNTIES,
    KOREAN_COUNTERS_AFTER_FIGURES,
    KOREAN_PLATE_SYLLABLES,
    MOROCCAN_PLATE_LETTERS_SET_APART,
    MOST_WORDS_BEFORE_A_POSTCODE,
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
    POSTCODE_WORDS,
    READING_WORDS,
    ROAD_WORDS,
    ROMANIAN_PLATE_COUNTIES,
    RUSSIAN_PLATE_LATIN_LETTERS,
    RUSSIAN_PLATE_LETTERS,
    SCRIPT_PREFIX_LETTERS,
    SECRET_CODE_WORDS,
    SHORT_POST_BOX_WORDS,
    SOUTH_AFRICAN_PLATE_FIRST,
    SOUTH_AFRICAN_PLATE_PROVINCES,
    SPANISH_PLATE_CONSONANTS,
    STAFF_NUMBER_WORDS,
    SUBDIVISION_AFTER_NUMBER,
    SUBDIVISION_WORDS,
    SWEDISH_PLATE_LETTERS,
    SWISS_CANTONS,
    THAI_ADDRESS_WORDS,
    THAI_WORDS_NOT_A_PLATE,
    TIME_ZONES_AFTER_A_TIME,
    VEHICLE_WORDS,
    WHAT3WORDS_WORDS,
    WORDS_BEFORE_A_POSTCODE,
    WORDS_OF_A_CODE_BEFORE_ITS_SHAPE,
    WORDS_OF_A_DOSE_BEFORE_A_CODE,
)


def plain_lower(text: str) -> str:
    """``text`` in lower case, combining marks dropped (Latin, Greek and Cyrillic keep their letters: "Οδός" is
    "οδος", "année" is "annee", "й" is "и"); the check's shape readers compare on it."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def unaccented(text: str) -> str:
    """``text`` with combining marks dropped, its case kept (a Roman numeral month is in capitals)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _bare(text: str) -> str:
    """``text`` with its combining marks dropped, its case kept (composed again: Hangul stays syllables)."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text)
                                                if not unicodedata.combining(c)))


# --------------------------------------------------------------------------- the day and month, any language

@functools.lru_cache(maxsize=1)
def _months() -> tuple[frozenset[str], frozenset[str]]:
    """The month names as the check reads them (lower case, marks dropped): all of them, and the Latin ones of
    three letters (the few of ``SHORT_NAMES``) or that are everyday words, which name a month only capitalised ("14
    Mar", "14 Mei"; "2 pro" and "we march 2 miles" are no dates)."""
    names = {_bare(form).lower() for form in month_forms()}
    names -= {n for n in names if n.isascii() and len(n) <= 3 and n not in SHORT_NAMES}
    capital_only = {n for n in names if n.isascii() and (len(n) <= 3 or n in COMMON_WORDS or n in CAPITALISED_ONLY)}
    return frozenset(names), frozenset(capital_only)


_ENDINGS = tuple(sorted({_bare(e) for e in ENDINGS}, key=len, reverse=True))


def names_a_month(word: str, *, any_case: bool = False) -> bool:
    """Whether ``word`` (as written) names a month: itself, less a case ending (the nominative's last letter put
    back: "მარტს" -> "მარტი"), or less a Hebrew or Arabic proclitic ("במרץ"); a month that is an everyday word too
    only capitalised, unless ``any_case``."""
    names, capital_only = _months()
    plain = _bare(word).lower().rstrip(".")
    stems = [plain] + [plain[:-len(e)] + back for e in _ENDINGS if plain.endswith(e) and len(plain) - len(e) >= 3
                       for back in ("", "i", "a", "ი")]
    if plain[:1] in PROCLITICS:
        stems.append(plain[1:])
    return any(s in names and (s not in capital_only or any_case or word[:1].isupper()) for s in stems)


#: a day of one or two figures, not part of a longer number, a decimal or a time
_DAY_FIGURES = re.compile(r"(?<![\d.,:/])(?:0?[1-9]|[12]\d|3[01])(?!\d|[.,:/]\d)")
#: a word as written: any letters and marks, dots inside ("มี.ค."), no figures, spaces or ASCII punctuation
_TOKEN = r"[^\s\d!-/:-@\[-`{-~،؛«»“”„]+(?:\.[^\s\d!-/:-@\[-`{-~،؛«»“”„]+)*"
_AFTER_DAY = re.compile(rf"(?:st|nd|rd|th|er|e|o|a)?\.?\s*-?\s*(?:(?:de|of|ng|del|du|di)\s+)?(?P<w>{_TOKEN})", re.I)
_BEFORE_DAY = re.compile(rf"(?P<w>{_TOKEN})\.?,?\s*-?\s*$")
_AMOUNT_AFTER_DAY = re.compile(r"\s*(?:%|mg|mcg|ml|units?\b|mmol|kg|lbs?\b|x\b|am\b|pm\b|h\b|hrs?\b|tabs?\b|pills?\b|"
                               r"min|meals?\b|times\b|doses?\b)", re.I)
_CHINESE_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九十")} | {"零": 0}
_CJK_DATE = re.compile(r"(\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s*[日号號]")
#: Korean, Vietnamese and Mongolian dates by their own words ("3월 14일", "ngày 14 tháng 3", "ngày 14/3", "14 tháng 3",
#: "3 сарын 14", "гуравдугаар сарын 14")
_WORDED_DATES = re.compile(r"(?<!\d)\d{1,2}\s*월\s*\d{1,2}\s*일|(?i:\bngày\s*\d{1,2}\s*(?:tháng\s*\d{1,2}|[/.-]\s*\d{1,2}))|"
                           r"(?<![\d.,/])\d{1,2}\s*(?i:tháng)\s*\d{1,2}(?!\d)|"
                           r"(?:(?<![\d.,/])\d{1,2}\s*(?:-?р\s*)?|[а-яөү]+(?:дугаар|дүгээр)\s+)сар(?:ын|ийн)?\s*\d{1,2}(?!\d)",
                           re.IGNORECASE)


def _chinese_value(numeral: str) -> int:
    """A Chinese numeral of up to three characters by value ("十四" 14, "二十一" 21), or figures."""
    if numeral.isdigit():
        return int(numeral)
    values = [_CHINESE_DIGITS[c] for c in numeral]
    if 10 not in values:
        return values[0] if len(values) == 1 else 99
    tens, _, units = numeral.partition("十")
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[units] if units else 0)


#: round 25 (r25dates): a birth word a few words before a day (:mod:`features.deid.holidaywords`), read on the text
#: in lower case with its marks dropped
_BIRTH_WORD_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{BIRTH_WORDS_BEFORE_A_FESTIVAL})(?![^\W\d_])")


def _month_in_any_case(text: str, start: int, end: int) -> bool:
    """Whether a month after the day ``text[start:end]`` counts in lower case ("17. mai", "født 4 mars"): the day has
    an ordinal dot, as Norwegian, Danish and German write it, or a birth word stands in the 40 characters before
    ("we march 2 miles", "2 may" stay words)."""
    return text[end:end + 1] == "." or _BIRTH_WORD_BEFORE.search(plain_lower(text[max(0, start - 40):start])) is not None


#: round 25 (r25dates): a Japanese date in romaji, the month then the day (:mod:`features.deid.monthnames`'s words):
#: the month read by its word, the day by its next one or two words run together ("juugo nichi" is "juugonichi")
_ROMAJI_MONTH = re.compile(rf"(?<![^\W_])(?:([a-z]+)|(\d{{1,2}})[ \t-]?)(?:{ROMAJI_MONTH_SUFFIX})(?![^\W_])")
_ROMAJI_NEXT_WORDS = re.compile(r"[\s,-]*([^\W_]+)(?:[\s-]([^\W_]+))?")
_ROMAJI_DAY_FIGURES = re.compile(rf"(?:0?[1-9]|[12]\d|3[01])(?:{ROMAJI_DAY_SUFFIXES})")


@functools.lru_cache(maxsize=1)
def _romaji_words() -> tuple[frozenset[str], frozenset[str]]:
    """The month numbers' readings (the words before "gatsu") and the day words, run together, marks dropped."""
    months = {plain_lower(word).removesuffix("gatsu").removesuffix("gatu") for word in romaji_month_words()}
    days = {plain_lower(word).replace(" ", "").replace("-", "") for word in romaji_day_words()}
    return frozenset(months), frozenset(days)


def has_romaji_date(text: str) -> bool:
    """Whether ``text`` holds a Japanese day and month in romaji ("shichigatsu nanoka", "sangatsu mikka umare",
    "7-gatsu 15-nichi")."""
    plain = plain_lower(text)
    months, days = _romaji_words()
    for m in _ROMAJI_MONTH.finditer(plain):
        if not (m.group(1) in months or (m.group(2) and 1 <= int(m.group(2)) <= 12)):
            continue
        nxt = _ROMAJI_NEXT_WORDS.match(plain, m.end())
        if nxt and any(word in days or _ROMAJI_DAY_FIGURES.fullmatch(word)
                       for word in (nxt.group(1), nxt.group(1) + (nxt.group(2) or ""))):
            return True
    return False


def has_world_date(text: str) -> bool:
    """Whether ``text`` holds the day and month of a date with the month named in any language or calendar of the
    month table, the day either side of it, or written the Chinese, Japanese, Korean, Vietnamese or Mongolian way."""
    if "月" in text and any(1 <= _chinese_value(m.group(1)) <= 12 and 1 <= _chinese_value(m.group(2)) <= 31
                           for m in _CJK_DATE.finditer(text)):
        return True
    if "gat" in text.lower() and has_romaji_date(text):
        return True
    if not any(c.isdigit() for c in text):
        return False
    if _WORDED_DATES.search(text):
        return True
    for m in _DAY_FIGURES.finditer(text):
        after = _AFTER_DAY.match(text, m.end())
        if after and names_a_month(after.group("w"), any_case=_month_in_any_case(text, m.start(), m.end())):
            return True
        before = _BEFORE_DAY.search(text, max(0, m.start() - 40), m.start())
        if before and names_a_month(before.group("w")) and not _AMOUNT_AFTER_DAY.match(text, m.end()):
            return True
    return False


# --------------------------------------------------------------------------- ages over 89 as idioms

def _words(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_APPROX = _words(APPROXIMATELY)
_OLD_SAID = re.compile(
    rf"\b(?:(?:{_APPROX})\s+)?(?:a|one)\s+century(?:[\s-]+old)?\b|"
    rf"\b(?:{_APPROX})\s+(?:(?P<n>\d{{2,3}})(?![\d.,]\d|\d)|(?:{_words(OLD_NUMBER_WORDS)})\b|a\s+hundred\b)|"
    r"\b(?:(?P<m>9\d)|ninety|neunzig|novanta|noventa)[\s-]?(?:something|odd|ish|plus)\b|"
    r"\b(?:a|one)\s+hundred\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")
_OLD_IDIOM = re.compile(
    r"\b(?:in|into)\s+(?:her|his|their|my|your|our)\s+(?:(?:tenth|eleventh|10th|11th)\s+decade|"
    r"(?:(?:mid|early|late)[\s-]*)?(?:nineties|90'?s))\b|\bbig\s+(?:nine[\s-]*oh|9[\s-]+0|one[\s-]*hundred)\b|"
    rf"\b(?:{_words(tuple(OLD_PERSON_WORDS))})s?\b")
_UNIT_AFTER = re.compile(r"[\s-]*(?:%|per\b|mg|mcg|ml|units?|minut|mins?\b|hours?|days?\b|weeks?|months?|pills?|tablet|"
                         r"doses?|times|dollar|euro|pounds?|lbs?|kg\b|steps|calori|miles?|km\b|degree|dias|jours|tage|"
                         r"giorni|dagen|mal\b|fois|veces|volte|vezes|bpm|mmhg|/)")


def _of_a_person(plain: str, start: int, end: int) -> bool:
    before = set(re.findall(r"[a-z'-]+", plain[max(0, start - 40):start]))
    after = set(re.findall(r"[a-z'-]+", plain[end:end + 20]))
    if before & READING_WORDS or _UNIT_AFTER.match(plain, end):
        return False
    return bool((before | after) & PERSON_WORDS) or re.match(r"\s*(?:years?\s+old|yo\b|y/o)", plain[end:]) is not None


def has_old_age_idiom(text: str) -> bool:
    """Whether ``text`` says an age over 89 as an idiom: an approximate hundred, century or ninety said of a person
    (a person word near, no reading before and no unit after), the tenth decade or the nineties of one's life, the
    big nine-oh, or a person over 89 in one word."""
    plain = _bare(text).lower()
    if _OLD_IDIOM.search(plain):
        return True
    for m in _OLD_SAID.finditer(plain):
        figures = m.group("n") or m.group("m")
        if (figures is None or OLDEST_AGE_KEPT < int(figures) < 120) and _of_a_person(plain, m.start(), m.end()):
            return True
    return False


# --------------------------------------------------------------------------- post-office boxes

_BOX = re.compile(rf"(?<![\w.])(?:{_words(tuple(_bare(w).lower() for w in POST_BOX_WORDS))})\.?[\s:#.,№-]*"
                  r"(?:no\.?|nr\.?|n[o°º]\.?)?\s*[a-z]?\s*\d{1,6}")
_SHORT_BOX = re.compile(rf"(?<![\w.])(?:{_words(SHORT_POST_BOX_WORDS)})\.?\s*\d{{1,6}}(?![\d/.,:-]\d|\d|\s*/),?\s+"
                        r"(?P<town>[A-Z][a-z]{2,})", re.IGNORECASE)


def has_post_box(text: str) -> bool:
    """Whether ``text`` holds a post-office box: a box word of any country and its number, or "BP" or "CP" and a
    number with a town's capitalised name after it."""
    if not any(c.isdigit() for c in text):
        return False
    plain = _bare(text)
    if _BOX.search(plain.lower()):
        return True
    return any(m.group("town")[0].isupper() and m.group("town").lower() not in COMMON_WORDS and m.group()[:1].isupper()
               for m in _SHORT_BOX.finditer(plain))


# --------------------------------------------------------------------------- places smaller than a state (round 14)

_POSTCODE_WORD = _words(tuple(_bare(w).lower() for w in POSTCODE_WORDS))
#: a postcode after its word, four figures or more, grouped or not ("우편번호 06236", "PLZ 10115", "CEP 01310-100")
#: round 42 (r42numbers): the possessives and copulas a postcode's word and its code may have between them, marks off
_BETWEEN_POSTCODE_WORD_AND_CODE = (rf"(?:(?:{_words(tuple(_bare(w).lower() for w in WORDS_BEFORE_A_POSTCODE))})\s+)"
                                   rf"{{0,{MOST_WORDS_BEFORE_A_POSTCODE}}}+")
_POSTCODE_AFTER_WORD = re.compile(rf"(?<![\w.])(?:{_POSTCODE_WORD})[\s:#.№-]*{_BETWEEN_POSTCODE_WORD_AND_CODE}"
                                  r"(?P<code>\d{2,6}(?:[ -]\d{2,4})?)"
                                  r"(?!\d|[.,]\d|\s*(?:%|mg|mcg|ml|units?\b))")
#: round 39 (r39ownernum): a postcode's word alone, and a postcode after it said in number words or in spaced figures
#: ("my zip is nine eight three seven nine" read "9 8 3 7 9", "zip 98 three 79" read "98 3 79"): in the check's look,
#: the figures in groups of one to three apart by blanks or marks, or one group, four to nine figures in all
_POSTCODE_WORD_SEEN = re.compile(rf"(?<![^\W\d_])(?:{_POSTCODE_WORD})(?![^\W\d_])")
_POSTCODE_SAID_AFTER_WORD = re.compile(
    rf"(?<![^\W\d_])(?:{_POSTCODE_WORD})[\s:#.№-]*{_BETWEEN_POSTCODE_WORD_AND_CODE}"
    r"(?P<code>[0-9]{1,3}(?:[\s,.-]{1,3}[0-9]{1,3})+|[0-9]{4,9})(?![0-9]|[.,][0-9]|\s*(?:%|mg|mcg|ml|units?\b))")
_PART_WORD = _words(tuple(_bare(w).lower() for w in SUBDIVISION_WORDS if w not in CAPITALISED_SUBDIVISION_WORDS))
_PART_NUMBER = r"(?:\d{1,4}(?:\.\d{1,2})?[a-z]?|[IVX]{1,5})(?![\w.]|\.\d)"
#: a town's part and its number ("Bezirk 4", "census tract 4021.02", "quận 7"), capitalised for the everyday words
#: ("Ward 7", "District 9"), or after an ordinal ("11e arrondissement", "4. Bezirk", "XI. kerület")
_TOWN_PART = re.compile(rf"(?i:\b(?:{_PART_WORD})[\s:#№]*(?:no\.?\s*)?){_PART_NUMBER}")
_CAPITALISED_PART = re.compile(rf"\b(?:{'|'.join(w.capitalize() for w in CAPITALISED_SUBDIVISION_WORDS)})\s+"
                               rf"(?:No\.?\s*)?{_PART_NUMBER}")
_ORDINAL_TOWN_PART = re.compile(rf"(?<![\w.])(?:\d{{1,2}}(?:st|nd|rd|th|e|er|re|eme|\.)?|[IVX]{{1,5}}(?:e|er|\.)?)\s+"
                                rf"(?i:{_words(tuple(_bare(w).lower() for w in SUBDIVISION_AFTER_NUMBER))})(?!\w)")
_EXIT_NUMBER = re.compile(rf"(?i)\b(?:{_words(EXIT_WORDS)})[\s:#]*\d{{1,3}}[a-z]?(?![\w.]|\.\d)")
_ROAD_NEAR = re.compile(rf"(?i:\b(?:{_words(ROAD_WORDS)})\b)|\b(?:I|US|SR|CR|M|A|N|E|B|R|Rt|SH)[ -]?\d{{1,4}}\b")
_DRIVING_BEFORE = re.compile(r"(?i)\b(?:take|took|taking|off\s+at|get\s+off\s+at)\s+(?:the\s+)?$")
_WHAT3WORDS = re.compile(rf"(?i)(?:///|\b(?:{_words(WHAT3WORDS_WORDS)})\W{{0,3}}(?:///)?)\s*[^\W\d_]{{2,}}\.[^\W\d_]{{2,}}"
                         r"\.[^\W\d_]{2,}")
#: latitude and longitude in decimal degrees, three decimals or more each ("40.7128, -74.0060"), or in degrees and
#: minutes with a hemisphere ("40°42'46\"N", "51° 30′ N")
_DECIMAL_DEGREES = re.compile(r"(?<![\w.])[-+]?(?P<lat>\d{1,2}\.\d{3,})\s*°?\s*[NSns]?\s*[,;/]\s*[-+]?"
                              r"(?P<lon>\d{1,3}\.\d{3,})(?![\d.]\d)")
_DEGREES_MINUTES = re.compile(r"\d{1,3}\s*°\s*\d{1,2}\s*['′’]\s*(?:\d{1,2}(?:\.\d+)?\s*(?:[\"″”]|''|′′))?\s*[NSEW]\b|"
                              r"\d{1,3}\.\d{2,}\s*°\s*[NSEW]\b")


def _a_town_part_here(text: str, start: int, end: int) -> bool:
    """No hospital's word just before a capitalised "Ward 7" ("on Ward 7", "transferred to Ward 7") nor just after it
    (round 42: "Ward 5 nurses", "Ward 7B staff")."""
    after = re.match(r"\s+([a-z]+)", text[end:end + 24].lower())
    return not HOSPITAL_WARD_BEFORE.intersection(re.findall(r"[a-z]+", text[max(0, start - 24):start].lower())[
        -2:]) and (after is None or after.group(1) not in HOSPITAL_WARD_AFTER)


def small_place_kinds(text: str) -> list[str]:
    """Kinds of place smaller than a state (HIPAA Safe Harbor: any geographic subdivision smaller than a state) in
    ``text``: a postcode after its word in any language, a town's part and its number, a highway's exit by its road
    (or after "take"), a what3words address, map coordinates."""
    kinds = []
    digits = any(c.isdigit() for c in text)
    plain = _bare(text)
    if digits and any(sum(c.isdigit() for c in m.group("code")) >= 4
                      for m in _POSTCODE_AFTER_WORD.finditer(plain.lower())):
        kinds.append("postcode")
    if _POSTCODE_WORD_SEEN.search(plain.lower()) and any(
            4 <= sum(c.isdigit() for c in m.group("code")) <= 9 for view in (plain, *every_number_as_figures(plain))
            for m in _POSTCODE_SAID_AFTER_WORD.finditer(_bare(view).lower())):
        kinds.append("postcode said in words or spaced figures")  # round 39 (r39ownernum)
    if (digits and _TOWN_PART.search(plain)) or any(
            _a_town_part_here(plain, m.start(), m.end()) for regex in (_CAPITALISED_PART, _ORDINAL_TOWN_PART)
            for m in regex.finditer(plain)):
        kinds.append("part of a town")
    if digits and any(_ROAD_NEAR.search(text[max(0, m.start() - 40):m.end() + 40])
                      or _DRIVING_BEFORE.search(text[max(0, m.start() - 24):m.start()])
                      for m in _EXIT_NUMBER.finditer(text)):
        kinds.append("highway exit")
    if "." in text and _WHAT3WORDS.search(text):
        kinds.append("what3words address")
    if digits and (any(float(m.group("lat")) <= 90 and float(m.group("lon")) <= 180
                       for m in _DECIMAL_DEGREES.finditer(text)) or _DEGREES_MINUTES.search(text)):
        kinds.append("map coordinates")
    return kinds


# --------------------------------------------------------------------------- addresses in their own scripts (round 14)

_HOUSE_NUMBER_SIGN = re.compile(r"(\d{1,5})\s*(?:-\s*\d{1,3}\s*)?[號号]")
_INDIAN_PIN = re.compile(r"[\u0900-\u0dff][\s,–-]{0,3}[1-9]\d{5}(?!\d)")
_BENGALI_POSTCODE = re.compile(r"[\u0980-\u09ff]\s*,\s*\d{4}(?!\d)")
_THAI_POSTCODE = re.compile(r"[\u0e00-\u0e7f]\s+\d{5}(?!\d)")
_ARMENIAN_CAPITAL_OR_FIGURE = re.compile(r"[\u0531-\u0556\d]")


def _word_then_number(tokens: list[str], words: frozenset[str]) -> bool:
    """A token that is one of ``words`` (or starts with one and goes on in letters) and, in it or in the one or two
    tokens after it, a figure."""
    for i, token in enumerate(tokens):
        named = token in words or any(token.startswith(w) and len(token) > len(w) for w in words if w.endswith("."))
        if named and any(c.isdigit() for c in "".join(tokens[i:i + 3])):
            return True
    return False


def has_script_address(text: str) -> bool:
    """Whether ``text`` holds an address written in Chinese, Thai, an Indian script, Bengali, Armenian or Georgian, read
    as written: a street's character a few characters before a number and 號 ("信義街4號"); a Thai street, lane,
    district or province word starting a word with its name after it ("ถ.ศรีอุ่น", "ซอย 5"), "หมู่ 9", a postcode
    after Thai words; a six-figure PIN after a word of an Indian script; a Hindi or Bengali house word and its
    number ("মকান नं. 12", "বাড়ী নং ৪"), a Bengali town and postcode after a comma; an Armenian town, street or
    flat abbreviation before a name or number ("ք. Աշտարակ", "բն. 7"); a Georgian street word and its number."""
    if text.isascii():
        return False
    for m in _HOUSE_NUMBER_SIGN.finditer(text):
        if any(w in text[max(0, m.start() - 14):m.start()] for w in CHINESE_STREET_WORDS):
            return True
    tokens = text.replace(",", " ").split()
    thai = frozenset(THAI_ADDRESS_WORDS)
    if any(("\u0e00" <= c <= "\u0e7f") for c in text) and (
            any(t.startswith(w) and (len(t) > len(w) or (i + 1 < len(tokens) and "\u0e00" <= tokens[i + 1][:1] <= "\u0e7f"))
                for i, t in enumerate(tokens) for w in thai)
            or re.search(r"หมู่(?:ที่)?\s*\d", text) or _THAI_POSTCODE.search(text)):
        return True
    if _INDIAN_PIN.search(text) or _BENGALI_POSTCODE.search(text):
        return True
    if _word_then_number(tokens, frozenset((*HINDI_HOUSE_WORDS, *BENGALI_HOUSE_WORDS))):
        return True
    if any(t in ARMENIAN_ADDRESS_WORDS[:5] and i + 1 < len(tokens) and _ARMENIAN_CAPITAL_OR_FIGURE.match(tokens[i + 1])
           for i, t in enumerate(tokens)):
        return True
    if any(_abjad_street_word(t) and any(c.isdigit() for c in "".join(tokens[i + 1:i + 5]))
           for i, t in enumerate(tokens)):
        return True
    return _word_then_number(tokens, frozenset(GEORGIAN_STREET_WORDS)) and any(
        "\u10d0" <= c <= "\u10ff" for c in text)


def _abjad_street_word(token: str) -> bool:
    """Round 37: whether ``token`` is a Hebrew or Arabic street word with up to three prefix letters glued before it
    (:data:`~features.deid.worldwords.SCRIPT_PREFIX_LETTERS`, the Arabic article too: "ברחוב", "והשדרות", "بشارع",
    "الشارع")."""
    for word in (*HEBREW_STREET_WORDS, *ARABIC_STREET_WORDS):
        head = token[:-len(word)].replace("ال", "")
        if token.endswith(word) and len(head) <= 3 and all(c in SCRIPT_PREFIX_LETTERS for c in head):
            return True
    return False


# --------------------------------------------------------------------------- plates, booking and access codes (round 14)

_PLATE_WORD = re.compile(rf"(?i)(?<!\w)(?:{_words(tuple(_bare(w).lower() for w in PLATE_WORDS))})(?!\w)")
_CODE_WORDS = (*ACCESS_CODE_WORDS, *SECRET_CODE_WORDS, *STAFF_NUMBER_WORDS)
_ACCESS_WORD = re.compile(rf"(?i)(?<!\w)(?:{_words(tuple(_bare(w).lower() for w in _CODE_WORDS))}|"
                          r"(?:wifi|wi-fi|wlan)\s+(?:password|passwort|pw|pass|key))(?!\w)")
#: the check's own shapes of plates by country (glued, spaces and dashes dropped): the UK's, Germany's with its dash
#: kept, France's, India's, Brazil's
_PLATE_LOOKS = (re.compile(r"[A-Z]{2}\d{2}[A-Z]{3}"), re.compile(r"[A-Z]{2}\d{3}[A-Z]{2}"),
                re.compile(r"[A-Z]{2}\d{1,2}[A-Z]{1,3}\d{4}"), re.compile(r"[A-Z]{3}\d[A-Z]\d{2}"))
_PLATE_RUN = re.compile(r"(?<![\w-])[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4}){0,3}(?![\w-])")
#: round 31 (r31numbers): the plates of Latin America the check reads as written, dashes kept: Mexico's ("ABC-123-D",
#: "ABC-12-34", not after a month's short name) and Chile's ("BB-CC-12", "BB·CC·12")
_LATIN_AMERICAN_PLATE = re.compile(r"(?<![\w-])(?:[A-Z]{3}-\d{3}-[A-Z]|[A-Z]{3}-\d\d-\d\d|[A-Z]{2}[-·][A-Z]{2}[-·]\d\d)(?![\w-])")
_MONTH_SHORT_NAMES = frozenset({"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"})
#: round 31 (r31numbers): identity numbers of Latin America as the check reads them, spaces and dashes between groups
#: dropped first: Mexico's CURP and RFC (any case), Chile's RUT and Brazil's CPF with their marks
#: (an RFC's last three characters hold a letter, unless set apart from its date: "AIC 012345678" is a drug's code)
_CURP_OR_RFC = re.compile(r"(?i)(?<![^\W_])(?:[a-z]{4}\d{6}[hmx][a-z]{5}[a-z\d]\d|[a-z&ñ]{3,4}\d{6}(?=[a-z\d]{0,2}[a-z])"
                          r"[a-z\d]{3})(?![^\W_])")
#: (in groups, the figures have a date's shape: "Rx BIN 004336 PCN 1234" is a pharmacy card's routing)
_SIX_FIGURES_OF_A_DATE = r"\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_CURP_OR_RFC_GROUPS = re.compile(rf"(?<![\w-])[A-Z&Ñ]{{3,4}}[ -]?{_SIX_FIGURES_OF_A_DATE}(?:[ -]?[A-Z\d]){{3,9}}(?![\w-])")
_RFC_SET_APART = re.compile(rf"(?<![\w-])[A-Z&Ñ]{{3,4}}[ -]{_SIX_FIGURES_OF_A_DATE}[ -][A-Z\d]{{3}}(?![\w-])")
_RUT_OR_CPF = re.compile(r"(?i)(?<![\w.-])(?:\d{1,2}\.\d{3}\.\d{3}|\d{7,8})-[\dk](?![\w-])|"
                         r"(?<![\w.-])\d{3}\.\d{3}\.\d{3}-\d\d(?![\w-])")


def has_latin_american_id(text: str) -> bool:
    """Whether ``text`` holds a CURP, an RFC, a RUT or a CPF by its shape (round 31; recall first: no check digit is
    verified)."""
    if sum(c.isdigit() for c in text) < 6:
        return False
    if _CURP_OR_RFC.search(text) or _RUT_OR_CPF.search(text) or _RFC_SET_APART.search(text):
        return True
    return any(_CURP_OR_RFC.fullmatch(m.group().replace(" ", "").replace("-", ""))
               for m in _CURP_OR_RFC_GROUPS.finditer(text))
#: (round 39, r39refusals: no engine's size after it, "Honda CR-V 1.5", "HR-V 1.5 i-VTEC": a model's name and its litres)
_GERMAN_PLATE = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4}[EH]?(?![\w-]|[.,]\d)")
#: round 39 (r39refusals): an engine's size in litres ("1.5", "2.0"): a run of a car's pieces with one is its model
#: and trim, no plate ("CR-V 1.5 VTEC")
_ENGINE_SIZE = re.compile(r"(?<![\d.])\d\.\d(?![\d.])")


_LEAD = re.compile(r"(?:\s*(?:no\.?|number|nr\.?|code|#|:|=|\.(?=\s)|[-–](?=\s)|(?:is|ist|es|est)(?=\s)))*\s*",
                   re.IGNORECASE)


def _after(text: str, end: int) -> str:
    """What follows ``end`` (40 characters) past a "no.", "#", ":", "=" or "is"."""
    rest = text[end:end + 40]
    lead = _LEAD.match(rest)
    return rest[lead.end():] if lead else rest


#: a plate's letters and figures after its word: up to four groups, no lower-case word after a space (round 33:
#: "het kenteken is 2 jaar oud" read "2 jaar oud" as a plate; round 34: nor a lower-case word first, "rendszám nélkül 2")
_CODE_AFTER_A_PLATE_WORD = re.compile(r"(?![a-z]{3,} )[A-Za-z0-9]{1,8}(?:(?:-|[ ](?![a-z]{2,}(?![\w-])))[A-Za-z0-9]{1,8}){0,3}")


#: round 35 (r35plates): Italy's plate typed in lower case ("targa ab 123 cd")
_LOWER_CASE_PLATE = re.compile(r"[a-z]{2}[ -]?\d{3}[ -]?[a-z]{2}(?![\w-])")


def _no_word_nor_unit(rest: str, code: str) -> bool:
    """Whether a code after a plate word is no word of the language first ("targa da 150 km", a distance) nor a
    figure before a unit of measure (round 35, r35plates: the 34th round found "targa da 150 km" refused)."""
    words = rest[len(code):].split()
    if words and words[0].strip(".,;:!?)").lower() in UNITS_AFTER_A_FIGURE:
        return False
    first = code.split(" ")[0]
    return not (len(code.split(" ")) > 1 and first.isalpha() and first.islower() and len(first) >= 2) or bool(
        _LOWER_CASE_PLATE.match(rest))


def _last_group(code: str) -> str:
    return re.split(r"[ -]+", code)[-1].lower()


def has_plate_or_code(text: str) -> bool:
    """Whether ``text`` holds a vehicle's plate (after a plate word: letters and figures, four or more; or alone in
    a country's shape) or a booking, access or network code after its word (a figure in it, five to eight capitals,
    or any word that is no common one after a wifi password word)."""
    text = _bare(text)
    for m in _PLATE_WORD.finditer(text):
        rest = _after(text, m.end())
        run = _CODE_AFTER_A_PLATE_WORD.match(rest)
        if run and any(c.isdigit() for c in run.group()) and any(c.isalpha() for c in run.group()) and sum(
                c.isalnum() for c in run.group()) >= 4 and _no_word_nor_unit(rest, run.group()) and (
                _last_group(run.group()) not in UNITS_AFTER_A_FIGURE):  # round 37: "tag: CVS 24 HR pharmacy"
            return True
    # (round 37, r37plates: nor a unit last alone, "Metformin XR 500 MG")
    if _GERMAN_PLATE.search(text) or any(any(look.fullmatch(m.group().replace(" ", "").replace("-", ""))
                                             for look in _PLATE_LOOKS) and _last_group(m.group()) not in
                                         UNITS_AFTER_A_FIGURE for m in _PLATE_RUN.finditer(text)):
        return True
    if any(m.group()[:3] not in _MONTH_SHORT_NAMES for m in _LATIN_AMERICAN_PLATE.finditer(text)):
        return True
    for m in _ACCESS_WORD.finditer(text):
        words = _after(text, m.end()).split()
        code = words[0].rstrip(".,;!?)#") if words else ""
        if len(code) >= 3 and (any(c.isdigit() for c in code) or (code.isupper() and 5 <= len(code) <= 8) or (
                m.group().lower().startswith(("wifi", "wi-fi", "wlan")) and code.lower() not in COMMON_WORDS)):
            return True
    return False


#: round 32 (r32ids): the check's own reading of a plate after a vehicle's word ("my car KDL 482", "gari KBX 123C"):
#: the words after it, up to three, read together while they are capitals and figures
_VEHICLE_WORD = re.compile(rf"(?i)(?<!\w)(?:{_words(tuple(_bare(w).lower() for w in VEHICLE_WORDS))})(?!\w)")
_KENYA_LOOK = re.compile(r"K[A-Z]{2}\d{3}[A-Z]")


def _plate_after_a_vehicle(text: str) -> bool:
    for m in _VEHICLE_WORD.finditer(text):
        words = _after(text, m.end()).split()[:3]
        run = last = ""
        # (round 38, r38plates: a make first and its model are no plate, "my car BMW 320"; the plate after them is
        # :func:`_a_plate_by_a_car_word`'s)
        if words and words[0].lower() in _CAR_MAKE:
            continue
        for word in words:
            word = word.rstrip(".,;!?)")
            if not word or not all(c.isdigit() or c.isupper() or c == "-" for c in word):
                break
            run += word.replace("-", "")
            last = word
        # (round 35: a count of years or money is no plate: "my car is 10 YRS old")
        if last.lower() not in _NO_PLATE_LAST and sum(c.isdigit() for c in run) >= 2 and sum(
                c.isupper() for c in run) >= 2 and len(run) <= 10:
            return True
    return False


#: round 33 (r33ids): the check's own reading of national plates, read as written with spaces, dashes and dots
#: dropped from a run of letters and figures: Russia's (a Cyrillic letter in it; a Cyrillic O the check may have read
#: as a zero), China's and Korea's alone ("А123ВС77", "粤B12345", "123가4567"); Greece's, Czechia's, Switzerland's, the
#: Netherlands' and Russia's in Latin letters after a word of a plate, a vehicle or a mark
_RU_LOOK = f"[{RUSSIAN_PLATE_LETTERS}{RUSSIAN_PLATE_LATIN_LETTERS}0]"
_RUSSIAN_LOOK = re.compile(rf"{_RU_LOOK}\d{{3}}{_RU_LOOK}{{2}}(?:\d{{2,3}})?(?:RUS)?")
_RUSSIAN_FIRST = frozenset(RUSSIAN_PLATE_LETTERS + RUSSIAN_PLATE_LATIN_LETTERS + "0")
#: (China's and Korea's are glued to the words around them: "我的车牌是粤B12345", "123가4567입니다")
_AFTER_A_PROVINCE = re.compile(rf"[{CHINESE_PLATE_PROVINCES}][ \t]?([A-Z][A-Z0-9 \t.·・-]{{4,9}})")
_CHINESE_TAIL = re.compile(r"[A-Z](?=(?:[A-Z]?\d){3})[A-Z0-9]{5,6}")
_AROUND_A_SYLLABLE = re.compile(rf"(?<!\d)(\d+)[ \t]?[{KOREAN_PLATE_SYLLABLES}][ \t]?(\d+)(?![A-Za-z0-9])")
_DUTCH_SIDECODE = re.compile(r"(?:[A-Z]+|\d+)(?:-(?:[A-Z]+|\d+)){2}")
_CYRILLIC_LOOK = f"[{RUSSIAN_PLATE_LETTERS}{RUSSIAN_PLATE_LATIN_LETTERS}Іі]"
_LATER_LOOKS = (re.compile(rf"[{GREEK_PLATE_LETTERS}A-Z0]{{3}}\d{{4}}"), re.compile(r"\d[A-Z][A-Z0-9]\d{4}"),
                re.compile(rf"(?:{'|'.join(SWISS_CANTONS)})\d{{2,6}}"), _RUSSIAN_LOOK,
                # round 34 (r34ids): Romania's ("CJ07XYZ"), Bulgaria's and Ukraine's ("СА1234ВС")
                re.compile(r"[A-Z]{1,2}\d{2,3}[A-Z]{3}"), re.compile(rf"{_CYRILLIC_LOOK}{{1,2}}\d{{4}}{_CYRILLIC_LOOK}{{2}}"))
_PLATE_OR_MARK_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted({_bare(w).lower() for w in (
        *PLATE_WORDS, *VEHICLE_WORDS, *PLATE_SHAPE_WORDS)}, key=len, reverse=True)) + r")(?![^\W\d_])")
_WORD_TO_PLATE = re.compile(r"(?i)[\s:#=—–-]*(?:(?:is|ist|je|es|est|είναι|это|no\.?|nr\.?)(?![^\W\d_])[\s:]*)?")
_PLATE_SEPARATORS = re.compile(r"[ \t.·・-]")
_PLATE_PIECES = re.compile(r"[^\W_]+(?:[ \t.·-][^\W_]+){0,3}")


def _a_national_plate_alone(text: str) -> bool:
    """Whether ``text`` holds China's, Korea's or Russia's plate by its shape alone (round 33: "车牌号是粤B12345",
    "번호판 123가4567" were published: the script's letters are no plate word's code to the other readings)."""
    for m in _AFTER_A_PROVINCE.finditer(text):
        if m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum():
            continue
        glued = _PLATE_SEPARATORS.sub("", m.group(1))
        if any(_CHINESE_TAIL.fullmatch(glued, 0, end) for end in (6, 7)):
            return True
    if any(len(m.group(1)) in (2, 3) and len(m.group(2)) == 4 and (text[m.end():m.end() + 1] or " ") not in
           KOREAN_COUNTERS_AFTER_FIGURES for m in _AROUND_A_SYLLABLE.finditer(text)):
        return True
    if not any("\u0400" <= c <= "\u04ff" for c in text):
        return False
    # alone, a plate's letters and figures are glued ("А123ВС77", "А123ВС 77"): "в 150 км" is a distance
    return any(word[:1] in _RUSSIAN_FIRST and any("\u0400" <= c <= "\u04ff" for c in word)
               and _RUSSIAN_LOOK.fullmatch(word) for word in (w.strip(".,;:!?()") for w in text.split()))


def _a_national_plate_after_a_word(text: str) -> bool:
    """Whether ``text`` holds a plate in Greece's, Czechia's, Switzerland's, the Netherlands' or Russia's (Latin) shape
    right after a word of a plate, a vehicle or a mark (round 33: "SPZ 1AB 2345", "značka 3T4 5678"; alone, a
    product's code may have those shapes)."""
    for m in _PLATE_OR_MARK_WORD.finditer(text):
        lead = _WORD_TO_PLATE.match(text, m.end())
        run = _PLATE_PIECES.match(text, lead.end() if lead else m.end())
        if not run:
            continue
        words = run.group()
        first = words.split()[0]
        if _DUTCH_SIDECODE.fullmatch(first) and not first.replace("-", "").isalpha() and not first.replace(
                "-", "").isdigit():
            return True
        pieces = _PLATE_SEPARATORS.split(words)
        if any(look.fullmatch("".join(pieces[:k])) for k in range(1, len(pieces) + 1) for look in _LATER_LOOKS):
            return True
    return False


#: round 34 (r34ids): the plates of Europe as the check reads them after a plate word, a few words between, their
#: separators dropped: capitals (Latin or Cyrillic) and figures in a country's order: letters, figures, letters
#: ("B123ABC", "W12345A", "ZG1234AB", "СА1234ВС"), letters then figures ("ABC123", "AABB123", "WA12345", no year after
#: letters: "MRI 2024"), Poland's with letters among the figures ("PO1AB23"), figures, letters, figures ("34ABC123",
#: "12AB34"), Spain's ("1234BCD"), Portugal's ("AA12BB", "1234AB")
_EUROPEAN_CAPITAL = f"[{PLATE_CAPITALS}]"
_LETTERS_AND_A_YEAR = re.compile(rf"{_EUROPEAN_CAPITAL}+(?:19|20)\d\d")
_EUROPEAN_LOOKS = (re.compile(rf"{_EUROPEAN_CAPITAL}{{1,3}}\d{{1,5}}{_EUROPEAN_CAPITAL}{{1,3}}"),
                   re.compile(rf"{_EUROPEAN_CAPITAL}{{2,4}}\d{{3,5}}"),
                   re.compile(rf"{_EUROPEAN_CAPITAL}{{2,3}}\d(?=.*\d)[{PLATE_CAPITALS}\d]{{3,4}}"),
                   re.compile(rf"\d\d{_EUROPEAN_CAPITAL}{{1,3}}\d{{2,5}}"),
                   re.compile(rf"\d{{4}}[{SPANISH_PLATE_CONSONANTS}]{{3}}"), re.compile(rf"\d{{4}}{_EUROPEAN_CAPITAL}{{2}}"))
#: a word between a plate word and its plate: letters, not all capitals ("targa della mia macchina è AB 123 CD")
_WORD_BEFORE_A_PLATE = re.compile(r"[ \t]+([^\W\d_]+)")
_PLATE_WORD_AFTER = re.compile(r"(?i)(?<![\w-])(\d\d[ \t]?[A-Z]{1,3}[ \t]?\d{2,5})[ \t]+(?:"
                               + _words(PLATE_WORDS_AFTER) + r")(?!\w)")


def _a_european_plate_after_its_word(text: str) -> bool:
    """Whether ``text`` holds a plate of Europe after a plate word, up to four words between (round 34: "numărul de
    înmatriculare B 123 ABC", "rendszám AA BB-123", "Kennzeichen meines Autos ist W 12345 A", "номерний знак АА 1234
    ВВ" were published), or Turkey's before "plakalı" ("34 ABC 123 plakalı araç")."""
    for m in _PLATE_WORD.finditer(text):
        at = m.end()
        for _ in range(5):
            lead = _WORD_TO_PLATE.match(text, at)
            run = _PLATE_PIECES.match(text, lead.end() if lead else at)
            if run:
                pieces = _PLATE_SEPARATORS.split(run.group())
                # (round 37, r37plates: no unit or time last, "tag: CVS 24 HR pharmacy")
                if any(look.fullmatch(glued) and not _LETTERS_AND_A_YEAR.fullmatch(glued) for glued in (
                        "".join(pieces[:k]) for k in range(1, len(pieces) + 1)
                        if pieces[k - 1].lower() not in UNITS_AFTER_A_FIGURE) for look in _EUROPEAN_LOOKS):
                    return True
            word = _WORD_BEFORE_A_PLATE.match(text, at)
            if not word or word.group(1).isupper():
                break
            at = word.end()
    return any(m for m in _PLATE_WORD_AFTER.finditer(text))


# --------------------------------------------------------------------------- round 35: the plates of the world
# (r35plates) as the check reads them: after a word of a plate or a vehicle, up to four words between (after a word of
# a number only right after it), figures of any script read as ASCII ones, the pieces of a run glued

_ARABIC_LETTER = "\u0621-\u064a\u0671-\u06d3"
_IRAN_LOOK = re.compile(rf"\d\d[{_ARABIC_LETTER}]\d{{3}}(?:(?:ایران|IR)?\d\d)?")
_GULF_LOOK = re.compile(rf"[{_ARABIC_LETTER}]{{1,3}}\d{{1,5}}|\d{{1,5}}[{_ARABIC_LETTER}]{{1,3}}")
_THAI_LOOK = re.compile(r"\d?[\u0e01-\u0e2e]{1,2}\d{1,4}")
_CAPITALS_AND_FIGURES = re.compile(rf"[{PLATE_CAPITALS}ÄÖÜ{GREEK_PLATE_LETTERS}0-9]{{3,10}}")
_NO_PLATE_LAST = UNITS_AFTER_A_FIGURE | set(NOT_A_PLATE_LAST)
#: (Thai glues its words: "ทะเบียนรถของฉันคือ กข 1234" runs on from the plate word to the next blank)
_THAI = re.compile(r"[\u0e00-\u0e7f]*")
_WORLD_PLATE_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:(?P<near>" + _words(tuple({_bare(w).lower() for w in (
    *PLATE_WORDS, *VEHICLE_WORDS)})) + r")|(?P<next>" + _words(tuple({_bare(w).lower() for w in PLATE_NUMBER_WORDS}))
    + r"))(?![^\W\d_\u0e00-\u0e7f]|(?<![\u0e00-\u0e7f])[^\W\d_])")
_WORLD_PIECES = re.compile(r"[^\W_]+(?:[ \t.·-][^\W_]+){0,4}")
_WORLD_PIECE_GAP = re.compile(r"[ \t.·-]")


def _ascii_figures(text: str) -> str:
    """``text`` with each figure of another script ("٥", "۳", "१") as its ASCII figure, one character for one."""
    if text.isascii():
        return text
    return "".join(c if c.isascii() or not c.isdigit() else str(unicodedata.decimal(c, 0)) for c in text)


def _a_world_plate_run(pieces: list[str]) -> bool:
    """Whether the first pieces of a run make a plate: Iran's, the Gulf's (its letters one to a piece), Thailand's,
    or capitals and figures (two figures at least, a letter; no unit, time, count or money last, no word after figures
    alone; no year after one word of letters)."""
    for k in range(1, len(pieces) + 1):
        glued = "".join(pieces[:k])
        if sum(c.isdigit() for c in glued) < 2 or not any(c.isalpha() for c in glued):
            continue
        after = pieces[k].lower() if k < len(pieces) else ""
        if pieces[k - 1].lower() in _NO_PLATE_LAST or after in _NO_PLATE_LAST:
            continue
        if pieces[k - 1].isalpha() and pieces[k - 1].lower() in COMMON_WORDS and all(
                p.isdigit() for p in pieces[:k - 1]):
            continue
        if _IRAN_LOOK.fullmatch(glued) or _THAI_LOOK.fullmatch(glued):
            return True
        if _GULF_LOOK.fullmatch(glued) and all(p.isdigit() or len(p) == 1 for p in pieces[:k]):
            return True
        if _CAPITALS_AND_FIGURES.fullmatch(glued) and all(len(p) <= 7 for p in pieces[:k]) and not (
                k == 2 and pieces[0].isalpha() and re.fullmatch(r"(?:19|20)\d\d", pieces[1])):
            return True
    return False


#: alone: Vietnam's with its dot ("51F-123.45"), Sri Lanka's with its province ("WP CAB-4512"), Iran's with its
#: country's name between the figures ("۲۲ ب ۳۶۵ ایران ۱۱")
_VIETNAM_LOOK = re.compile(r"\d\d[A-Z][A-Z0-9]?-\d{3}\.\d\d")
_SRI_LANKA_PROVINCES = frozenset({"WP", "CP", "SP", "NP", "EP", "NW", "NC", "UP", "SG"})
_SRI_LANKA_LOOK = re.compile(r"[A-Z]{2,3}-?\d{4}")
_IRAN_AROUND = re.compile(rf"(\d\d) ?([{_ARABIC_LETTER}]) ?(\d{{3}})[ -]*ایران[ -]*(\d\d)(?!\d)")


def _a_world_plate_alone(text: str) -> bool:
    words = [w.strip(",;:!?()\"'") for w in text.split()]
    for i, word in enumerate(words):
        if any(w.lower().strip(".:#") in LOT_WORDS for w in words[max(0, i - 2):i]):
            continue
        if _VIETNAM_LOOK.fullmatch(word.rstrip(".")) or _VIETNAM_LOOK.fullmatch(word):
            return True
        if word not in _SRI_LANKA_PROVINCES or i + 1 == len(words):
            continue
        if _SRI_LANKA_LOOK.fullmatch(words[i + 1].rstrip(".")) or (
                i + 2 < len(words) and words[i + 1].isalpha() and words[i + 1].isupper() and words[i + 2][:4].isdigit()
                and _SRI_LANKA_LOOK.fullmatch(words[i + 1] + words[i + 2].rstrip("."))):
            return True
    return "ایران" in text and bool(_IRAN_AROUND.search(text))


def _a_world_plate(text: str) -> bool:
    """Whether ``text`` holds a plate of the world after its word, a few words between, or alone where its shape
    tells (round 35: "biển số xe của tôi là 51F-123.45", "رقم اللوحة ق ٥٤٣٢١", "پلاک ۲۲ ب ۳۶۵ ایران ۱۱",
    "rekisterinumero on ABC-123", "valstybinis numeris ABC 123", "dövlət nömrə nişanı 10-AB-123" were published)."""
    text = _ascii_figures(text)
    if _a_world_plate_alone(text):
        return True
    for m in _WORLD_PLATE_WORD.finditer(text):
        thai = _THAI.match(text, m.end()) if "\u0e00" <= text[m.end() - 1] <= "\u0e7f" else None
        for at in _starts_past_words(text, thai.end() if thai else m.end(), 5 if m.group("near") else 1):
            lead = _WORD_TO_PLATE.match(text, at)
            run = _WORLD_PIECES.match(text, _past_a_model(text, lead.end() if lead else at))
            end = run.end() if run else 0
            if run and not (text[end:end + 1] in ("/", "-") or re.match(r"[.,]\d", text[end:end + 2])) and (
                    _a_world_plate_run(_WORLD_PIECE_GAP.split(run.group()))):
                return True
    return False


_CAR_MAKE = frozenset(_bare(w) for w in CAR_MAKES)
_A_PIECE = re.compile(r"[^\s,]+[ \t]*")
#: round 38 (r38plates): a make as the check reads it as a cue, in any case of its language ("Toyotalla", "Volvon"),
#: not the makes that are everyday words; a model's piece ("XC90", "EV6", "320d"), series ("GLC", "RX") and trims
#: (round 39, r39plates: the makes that are everyday words only capitalised, "Seat", "Mini", and no unit or name of
#: three letters, "Mg", "Ram": the shape after them decides)
_MAKE_CUE = re.compile(r"(?<![^\W\d_])(?:(?i:" + _words(tuple(_CAR_MAKE - {_bare(w) for w in CAR_MAKES_NO_CUE}))
                       + ")|" + _words(tuple(w.capitalize() for w in CAR_MAKES_NO_CUE if len(w) > 3))
                       + r")(?:[:'’-]?[a-z]{1,5})?(?![^\W\d_])")
_MODEL_PIECE = re.compile(r"(?:[^\W\d_]{1,3})?\d{1,4}[^\W\d_]?")
_SERIES = frozenset(CAR_MODEL_SERIES)
_TRIM = frozenset(CAR_TRIMS)


def _a_model_named(pieces: list[str]) -> bool:
    """Round 38 (r38plates): whether a run's pieces are a model's series and figures, a trim or none after ("GLC 300",
    "C 200 CDI", "CX-30"): no plate after a make or a car's word."""
    trimmed = pieces
    while trimmed and trimmed[-1] in _TRIM:
        trimmed = trimmed[:-1]
    if trimmed != pieces and all(p.isdigit() for p in trimmed):  # ("Audi A4 2.0 TDI": a size and an engine)
        return True
    return len(trimmed) == 2 and trimmed[0] in _SERIES and trimmed[1].isdigit() and len(trimmed[1]) <= 3


def _a_series_and_dash(piece: str) -> bool:
    """Round 38 (r38cars): a model's series, a dash and its figures ("Mazda CX-5", "MX-30"): a model, no plate."""
    parts = piece.split("-")
    return len(parts) == 2 and parts[0] in _SERIES and parts[1].isdigit() and len(parts[1]) <= 2


_MAKE_BEFORE_A_DASH = re.compile(r"[^\s,-]+(?=-)")


def _past_a_model(text: str, at: int) -> int:
    """Where a plate may begin at ``at`` past a car's make and model ("bilen är en Volvo XC60", "a BMW M4": round 37,
    r37plates, a model is no plate): past the model after a make, past a make and its model."""
    before = text[:at].split()[-1:]
    first = _A_PIECE.match(text, at)
    if first and "-" in first.group() and first.group().split("-")[0].lower() in _CAR_MAKE:
        first = _MAKE_BEFORE_A_DASH.match(text, at)  # (round 42, r42plates: "KIA-1234", a make and its figures)
    at_a_make = bool(first and _bare(first.group()).strip().lower() in _CAR_MAKE)
    if at_a_make and first:
        at = first.end()
    # (round 38, r38plates: the piece after a make is its model only in a model's look: "Volvo KLM 482" is a plate)
    if at_a_make or (before and (_bare(before[0]).lower() in _CAR_MAKE or _MAKE_CUE.fullmatch(before[0]))):
        piece = _A_PIECE.match(text, at)
        if piece and (_MODEL_PIECE.fullmatch(piece.group().strip()) or _a_series_and_dash(piece.group().strip())):
            at = piece.end()
        elif piece and piece.group().strip() in _SERIES:  # (round 39: a series and its figures, "Lexus RX 350h")
            figures = _A_PIECE.match(text, piece.end())
            after = _A_PIECE.match(text, figures.end()) if figures else None
            # (figures and capitals after them are a plate's three groups: "Dacia B 123 ABC")
            if figures and (re.fullmatch(r"\d{1,3}[a-z]", figures.group().strip()) or (re.fullmatch(
                    r"\d{1,3}", figures.group().strip()) and not (after and after.group().strip().isupper()))):
                at = figures.end()
    return at


def _starts_past_words(text: str, at: int, count: int) -> Iterator[int]:
    """Where a plate may begin after its word ending at ``at``: there, and past each of up to ``count - 1`` words
    between (letters, not all capitals: "targa della mia macchina è AB 123 CD")."""
    for _ in range(count):
        yield at
        word = _WORD_BEFORE_A_PLATE.match(text, at)
        if not word or word.group(1).isupper():
            return
        at = word.end()


# --------------------------------------------------------------------------- round 37 (r37plates): plates by a car's,
# a driving or a plate word the 36th round published, and three countries' plates alone by their shape

_DRIVING_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:" + _words(tuple({_bare(w).lower() for w in DRIVING_WORDS}))
                           + r")(?![^\W\d_])")
#: Israel's plates of figures ("12-345-67", "123-45-678"), the Gulf's letters glued ("أبج 1234"), figures alone
_COMMA = re.compile(r"[ \t]*,?")


def _past_the_lead(text: str, at: int) -> int:
    """Where a plate may begin after a word ending at ``at``: past a comma, a colon, a copula or "no." (all optional)."""
    comma = _COMMA.match(text, at)
    at = comma.end() if comma else at
    lead = _WORD_TO_PLATE.match(text, at)
    return lead.end() if lead else at


_ISRAEL_LOOK = re.compile(r"(?:\d\d-\d{3}-\d\d|\d{3}-\d\d-\d{3})(?![\w-])")
_GLUED_ARABIC_LETTERS = re.compile(rf"[{_ARABIC_LETTER}]{{2,3}}")
_NO_ARABIC_PLATE_WORD = frozenset({"رقم", "هي", "هو", "في", "مع", "على", "من", "عدد", "سنة", "عام"})
#: (a copula or a word of number after the plate word: "registreringsnummer är", "my plate is", "رقم")
_PLATE_COPULA = frozenset({"is", "ist", "ar", "er", "es", "est", "on", "je", "e", "είναι", "это", "no", "no.", "nr",
                           "nr.", "number", "nummer", "numer", "numero", "هي", "هو", "رقم", ":", "#", "-", "="})
#: alone: Spain's ("7392-BCD"), the Netherlands' sidecodes of six characters with two dashes ("GZ-123-X"), Italy's
#: in three groups ("FG 456 HK")
_SPANISH_ALONE = re.compile(rf"(?<![\w.-])\d{{4}}[ -]?([{SPANISH_PLATE_CONSONANTS}]{{3}})(?![\w-]|[.,]\d)")
_ITALIAN_ALONE = re.compile(r"(?<![\w.-])[A-Z]{2} \d{3} ([A-Z]{2})(?![\w-]|[.,]\d)")
_SIDECODE_ALONE = re.compile(r"(?<![\w.-])([A-Z0-9]{1,3})-([A-Z0-9]{1,3})-([A-Z0-9]{1,3})(?![\w-]|[.,]\d)")


#: round 38 (r38plates): Ireland's with its dashes ("191-D-12345": year, county, serial), Japan's with its region's
#: name before the class, kana and serial ("品川 300 さ 12-34"); and Ireland's after a car's word, blanks or dashes
_IRISH_COUNTY = frozenset(IRISH_PLATE_COUNTIES)
_IRISH_ALONE = re.compile(r"(?<![\w.-])\d\d\d?-([A-Z]{1,2})-\d{1,6}(?![\w-]|[.,]\d)")
_IRISH_LOOK = re.compile(r"\d\d\d?[ -](?:" + "|".join(IRISH_PLATE_COUNTIES) + r")[ -]\d{1,6}")
_JAPANESE_LOOK = re.compile(r"[\u4e00-\u9fff]\s?\d\d\d?\s?[\u3041-\u3096]\s?(?:\d\d?-\d\d|[・･.]+\d{1,3})(?!\d)")


def _a_sidecode(groups: tuple[str, ...]) -> bool:
    """Three groups, each of letters or of figures alone, both kinds among them, six characters in all."""
    kinds = {"a" if g.isalpha() else "d" if g.isdigit() else "" for g in groups}
    return kinds == {"a", "d"} and sum(map(len, groups)) == 6


#: round 39 (r39plates): the pieces of plates alone by their country's shape, as the check reads them one or two
#: words at a time: a first group (letters, or Czechia's figure and letters, Vietnam's province) and a serial
_CANTON = frozenset(SWISS_CANTONS)
_FIRST_GROUP = {
    "cz": re.compile(r"\d[A-Z][A-Z0-9]"), "gr": re.compile(rf"[A-Z{GREEK_PLATE_LETTERS}]{{3}}"),
    "th": re.compile(r"\d?[\u0e01-\u0e2e]{2}"), "pl": re.compile(rf"[{POLISH_PLATE_VOIVODESHIPS}][A-Z]{{1,2}}"),
    "vn": re.compile(r"\d\d-?[A-Z][A-Z0-9]?\d?")}
_SERIAL = {"cz": re.compile(r"\d{4}"), "gr": re.compile(r"\d{4}"), "th": re.compile(r"\d{3,4}"),
           "pl": re.compile(r"(?=\d[A-Z]{0,2}\d)[0-9A-Z]{4,5}"), "vn": re.compile(r"\d{3}\.\d\d"),
           "ch": re.compile(r"\d{4,6}")}
#: (one word: Czechia's, Greece's, Hungary's and Vietnam's with a dash: "2AB-3456", "ΙΚΑ-4821", "NKL-482",
#: "30A-12345")
_ONE_WORD_PLATE = re.compile(rf"(?:\d[A-Z][A-Z0-9]|(?=[A-Z]{{0,2}}[{GREEK_PLATE_LETTERS}])[A-Z{GREEK_PLATE_LETTERS}]{{3}})"
                             r"-\d{4}|[A-Z]{3}-\d{3}|"
                             r"\d\d[A-Z][A-Z0-9]?-\d{5}")
_NOT_FIRST = frozenset(NOT_A_PLATE_FIRST)


def _no_plate_letters(first: str) -> bool:
    """Letters before figures that are a code's, a unit's or an everyday word ("CPT", "MG", "THE"), a Thai word of
    two consonants ("ผม", "พศ")."""
    letters = first.lstrip("0123456789")
    return first in _NOT_FIRST or letters in _NOT_FIRST or letters in THAI_WORDS_NOT_A_PLATE or (len(letters) > 1 and (
        letters.lower() in COMMON_WORDS or letters.lower() in _NO_PLATE_LAST))


def _a_plate_by_its_country_alone(text: str) -> bool:
    """Round 39 (r39plates): a plate alone by its country's shape, one word or two ("2AB 3456", "ΙΚΑ-4821", "ZH
    123456", "NKL-482", "AB CD-123", "กข 1234", "WPR 12345", "DW 4F210", "29-B1 123.45"): no code's or word's letters
    first, no year for a serial but Thailand's."""
    words = [(w.group().strip("([\"'"), w.start()) for w in re.finditer(r"\S+", text)]
    words = [(w.rstrip(".,;:!?)]\"'") if not re.search(r"\d\.\d\d$", w) else w, at) for w, at in words]
    for i, (word, at) in enumerate(words):
        if _after_a_lot_word(text, at) or _after_a_lot_word(text, at, WORDS_OF_A_CODE_BEFORE_ITS_SHAPE) or (
                _after_a_dose_word(text, at)):
            continue  # (round 39, lead: "the code ABC-123", "model ABC-1234" name a product's code; round 40: a drug's)
        head = re.split(r"-(?=\d+$)", word)[0]
        if _ONE_WORD_PLATE.fullmatch(word) and not _no_plate_letters(head) and not re.search(r"-(?:19|20)\d\d$", word):
            return True
        if i + 1 == len(words) or _no_plate_letters(word):
            continue
        serial = words[i + 1][0]
        pair = serial.split("-") if serial.count("-") == 1 else []
        if len(word) == 2 and word.isupper() and len(pair) == 2 and pair[0].isupper() and len(pair[0]) == 2 and (
                re.fullmatch(r"\d{3}", pair[1])):
            return True  # (Hungary's: "AB CD-123")
        year = re.fullmatch(r"(?:19|20)\d\d", serial)
        for kind, first in _FIRST_GROUP.items():
            if first.fullmatch(word) and _SERIAL[kind].fullmatch(serial) and (kind == "th" or not year) and (
                    kind != "gr" or not word.isascii()) and (kind != "pl" or len(word) + len(serial) in (7, 8)):
                return True
        if word in _CANTON and _SERIAL["ch"].fullmatch(serial) and not year:
            return True
    return False


#: round 41 (r41plates): the pieces of more plates alone, as the check reads them word by word: Sweden's letters and
#: serial ("YDS 30K", "ABC 123"), two capitals (Denmark's "RB 72 310", South Africa's "BX 12 CD GP"), the Western
#: Cape's and KwaZulu-Natal's letters and serial ("CA 123-456", "ND 45678"), a province of South Africa last, a Swiss
#: canton with its dash ("ZG-449 674"), an Arabic letter alone, Bangladesh's class glued to its region or alone and
#: its serial ("মেট্রো-গ ১১-২২৩৩", "Metro-Ga 11-2233")
_SWEDISH_LETTERS = re.compile(f"[{SWEDISH_PLATE_LETTERS}]{{3}}")
_SWEDISH_SERIAL = re.compile(f"\\d\\d(?:\\d|(?![OIQV])[{SWEDISH_PLATE_LETTERS}])")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_CAPE_OR_NATAL = re.compile(f"[{SOUTH_AFRICAN_PLATE_FIRST}][A-Z]{{1,2}}")
_CAPE_OR_NATAL_SERIAL = re.compile(r"\d{3}-\d{3}|\d{4,6}")
_SA_PROVINCE = frozenset(SOUTH_AFRICAN_PLATE_PROVINCES)
_CANTON_AND_DASH = re.compile("(?:" + "|".join(SWISS_CANTONS) + r")-(?:\d{1,3}|\d{4,6})")
_ARABIC_LETTER_ALONE = re.compile(f"[{_ARABIC_LETTER}]")
_BANGLADESH_SERIAL = re.compile(r"\d\d-\d{4}")
_BANGLADESH_CLASS = re.compile("(?:.+-)?(?:[\u0995-\u09b9]|" + "|".join(BANGLADESH_PLATE_CLASSES) + ")")


def _letters_of_no_plate(letters: str) -> bool:
    """Letters a code's, a test's, a unit's or an everyday word's; an ordinal's letters alone are a plate's ("ND")."""
    return (letters in _NOT_FIRST and letters not in ORDINAL_LETTERS) or letters.lower() in COMMON_WORDS or (
        letters in _SERIES)  # (a model's series and figures: "Mercedes GLC 300")


def _a_plate_of_more_countries_alone(text: str) -> bool:
    """Round 41 (r41plates): the check's own reading of the plates alone of the pieces above, word by word: no unit
    after the serial ("ABC 123 mg"), no year for a serial, not after a lot's, a code's or a dose's word."""
    spans = [(w.group().strip("([\"'").rstrip(".,;:!?)]\"'"), w.start()) for w in re.finditer(r"\S+", text)]
    words = [w for w, _ in spans] + ["", "", ""]
    for i, (word, at) in enumerate(spans):
        nxt, third, fourth = words[i + 1], words[i + 2], words[i + 3]
        if _after_a_lot_word(text, at) or _after_a_lot_word(text, at, WORDS_OF_A_CODE_BEFORE_ITS_SHAPE) or (
                _after_a_dose_word(text, at)):
            continue
        if _ARABIC_LETTER_ALONE.fullmatch(word) and _ARABIC_LETTER_ALONE.fullmatch(nxt):
            run = list(itertools.takewhile(_ARABIC_LETTER_ALONE.fullmatch, words[i:i + 4]))
            before = words[i - 1] if i else ""
            after = words[i + len(run)]
            if len(run) <= 3 and any(re.fullmatch(r"\d{1,4}", w) for w in (before, after)):
                return True
        if _BANGLADESH_SERIAL.fullmatch(nxt) and _BANGLADESH_CLASS.fullmatch(word) and not third[:1].isdigit():
            return True
        if word.isupper() and word.isalpha() and not _letters_of_no_plate(word):
            unit = fourth if _TWO_CAPITALS.fullmatch(third) and third in _SA_PROVINCE else third
            if unit.lower() in _NO_PLATE_LAST or re.fullmatch(r"(?:19|20)\d\d", nxt):
                continue
            if _SWEDISH_LETTERS.fullmatch(word) and _SWEDISH_SERIAL.fullmatch(nxt):
                return True
            if _CAPE_OR_NATAL.fullmatch(word) and _CAPE_OR_NATAL_SERIAL.fullmatch(nxt):
                return True
            if _TWO_CAPITALS.fullmatch(word) and re.fullmatch(r"\d\d", nxt) and re.fullmatch(r"\d{3}", third) and (
                    not fourth.isdigit()):
                return True
            if 2 <= len(word) <= 3 and re.fullmatch(r"\d{2,3}", nxt) and (third in _SA_PROVINCE or (
                    _TWO_CAPITALS.fullmatch(third) and fourth in _SA_PROVINCE)):
                return True
        if _CANTON_AND_DASH.fullmatch(word) and not _letters_of_no_plate(word[:2]) and (
                re.fullmatch(r"\d{3}", nxt) or len(word) >= 7):
            return True
    return False


#: round 42 (r42plates): the pieces of the further countries' plates alone, as the check reads them word by word:
#: one word with its dashes (Pakistan's and Taiwan's "LEA-1234", "LEA-07-1234", "1234-AB", Australia's "1ABC234",
#: Azerbaijan's "10-AB-123", Chile's "BBCL-23", Nigeria's "KJA-456XY", Uzbekistan's glued "01A123BC", Morocco's
#: "12345-أ-6"); in words, Romania's county, figures and letters ("CJ 07 XYZ"), Chile's letters and figures ("BBCL
#: 23"), Australia's ("1ABC 234"), Uzbekistan's ("01 A 123 BC"), Azerbaijan's ("10 AB 123"), Nigeria's ("KJA 456 XY"),
#: Morocco's between bars ("12345 | A | 6") and Nepal's zone, lot, class and serial ("बा ३ च ४५६७", "Ba 3 Cha 4567")
_CHILEAN_LETTERS = f"[{CHILEAN_PLATE_LETTERS}]{{2}}[·.-]?[{CHILEAN_PLATE_LETTERS}]{{2}}"
_FURTHER_ONE_WORD = re.compile(
    rf"(?P<first>[A-Z]{{3}})-(?:\d\d-)?(?P<serial>\d{{4}})|(?P<year>\d{{4}})-(?P<last>[A-Z]{{2}})|"
    rf"\d(?P<au>[A-Z]{{3}})\d{{3}}|\d\d-(?P<az>[A-Z]{{2}})-\d{{3}}|(?P<cl>{_CHILEAN_LETTERS})[·.-]?\d\d|"
    r"(?P<ng>[A-Z]{3})-?\d{3}-?(?P<ngt>[A-Z]{2})|\d\d[A-Z]\d{3}(?P<uzt>[A-Z]{2})|"
    rf"\d{{1,5}}-[{_ARABIC_LETTER}]-\d{{1,5}}|\d{{3,5}}-[A-Z]-\d\d?")
_ROMANIAN_COUNTY = frozenset(ROMANIAN_PLATE_COUNTIES)
_CHILEAN_PLATE = re.compile(_CHILEAN_LETTERS)
_NEPALI_ZONE = frozenset((*NEPALI_PLATE_ZONES, *NEPALI_PLATE_ZONES_ROMANISED))
_NEPALI_CLASS = re.compile("[\u0915-\u0939]|" + "|".join(c for c in BANGLADESH_PLATE_CLASSES if len(c) > 1))
_MOROCCAN_LETTER = re.compile(f"[{_ARABIC_LETTER}]|[A-Z]")


def _stops_a_plate(word: str) -> bool:
    """Round 44 (r44fixes): whether ``word`` after a plate's pieces is a unit's, a count's or money's, which ends no
    plate; a time zone only in capitals ("12345-A-6 EST"), in lower case it is a word of prose ("12345-أ-6 est devant",
    French)."""
    return word.lower() in _NO_PLATE_LAST and (word.isupper() or word.lower() not in TIME_ZONES_AFTER_A_TIME)


def _last_letters_of_no_plate(letters: str) -> bool:
    """Letters last that are a unit's or an everyday word's ("ABC 123 MG", "B 12 THE")."""
    return letters.lower() in COMMON_WORDS or letters.lower() in _NO_PLATE_LAST


def _further_plate_words(w: list[str]) -> int:
    """How many of the words ``w`` (five, blanks past the text's end) a plate of the further countries' shapes written
    in words takes at their start (see above; 0: none), its letters no code's, unit's or word's."""
    figures = [re.fullmatch(r"\d+", x) is not None for x in w]
    if w[0] in _ROMANIAN_COUNTY and figures[1] and len(w[1]) in ((2, 3) if w[0] == "B" else (2,)) and re.fullmatch(
            r"[A-Z]{3}", w[2]) and not _last_letters_of_no_plate(w[2]) and (w[0] == "B" or not _no_plate_letters(w[0])):
        return 3
    if figures[1] and ((_CHILEAN_PLATE.fullmatch(w[0]) and len(w[1]) == 2 and not _no_plate_letters(w[0])) or (
            re.fullmatch(r"\d[A-Z]{3}", w[0]) and len(w[1]) == 3 and not _no_plate_letters(w[0][1:]))):
        return 2  # (Chile's, Australia's)
    if figures[0] and len(w[0]) == 2 and re.fullmatch(r"[A-Z]", w[1]) and figures[2] and len(w[2]) == 3 and (
            re.fullmatch(r"[A-Z]{2}", w[3])) and not _last_letters_of_no_plate(w[3]):
        return 4  # (Uzbekistan's)
    if figures[0] and len(w[0]) == 2 and re.fullmatch(r"[A-Z]{2}", w[1]) and figures[2] and len(w[2]) == 3 and (
            not _no_plate_letters(w[1])):
        return 3  # (Azerbaijan's)
    if re.fullmatch(r"[A-Z]{3}", w[0]) and figures[1] and len(w[1]) == 3 and re.fullmatch(r"[A-Z]{2}", w[2]) and (
            not _no_plate_letters(w[0]) and not _last_letters_of_no_plate(w[2])):
        return 3  # (Nigeria's)
    if figures[0] and len(w[0]) <= 5 and w[1] in ("|", "-") and _MOROCCAN_LETTER.fullmatch(w[2]) and w[3] == w[1] and (
            figures[4] and (not w[2].isascii() or (len(w[0]) >= 3 and len(w[4]) <= 2))):
        return 5  # (Morocco's; a Latin letter after a serial of three figures at least: "Page 12 - A - 4" is none)
    if figures[0] and 3 <= len(w[0]) <= 5 and len(w[1]) == 1 and w[1] in MOROCCAN_PLATE_LETTERS_SET_APART and (
            figures[2] and len(w[2]) <= 2):
        return 3  # (round 44, r44fixes: Morocco's set apart by blanks alone, "12345 ب 26"; "100 و 20" is "and")
    return 4 if w[0] in _NEPALI_ZONE and figures[1] and len(w[1]) <= 2 and bool(_NEPALI_CLASS.fullmatch(w[2])) and (
        figures[3] and len(w[3]) <= 4) else 0


def _a_plate_of_further_countries_alone(text: str) -> bool:
    """Round 42 (r42plates): the check's own reading of the further countries' plates alone, one word with its dashes
    or in words (see above): no unit after, no year for Taiwan's figures or after letters alone, not after a lot's,
    a code's or a dose's word."""
    spans = [(w.group().strip("([\"'").rstrip(".,;:!?)]\"'"), w.start()) for w in re.finditer(r"\S+", text)]
    words = [w for w, _ in spans] + [""] * 6
    for i, (word, at) in enumerate(spans):
        if not word[:1].isalnum() or _after_a_lot_word(text, at) or _after_a_lot_word(
                text, at, WORDS_OF_A_CODE_BEFORE_ITS_SHAPE) or _after_a_dose_word(text, at):
            continue
        one = _FURTHER_ONE_WORD.fullmatch(word)
        if one and not _stops_a_plate(words[i + 1]):
            first = one.group("first") or one.group("au") or one.group("az") or one.group("cl") or one.group("ng")
            last = one.group("last") or one.group("ngt") or one.group("uzt")
            year = one.group("year") or (one.group("serial") if one.group("first") else None)
            if not (first and _no_plate_letters(re.sub(r"[·.-]", "", first))) and not (
                    last and _last_letters_of_no_plate(last)) and not (year and re.fullmatch(r"(?:19|20)\d\d", year)):
                return True
        size = _further_plate_words(words[i:i + 5]) if any(c.isdigit() for c in "".join(words[i:i + 5])) else 0
        if size and not _stops_a_plate(words[i + size]):
            return True
    return False


def _a_plate_of_its_shape_alone(text: str) -> bool:
    if any(c.isdigit() for c in text) and _a_plate_by_its_country_alone(text):
        return True
    if any(c.isdigit() for c in text) and _a_plate_of_more_countries_alone(text):
        return True
    if any(c.isdigit() for c in text) and _a_plate_of_further_countries_alone(text):
        return True
    for m in (*_SPANISH_ALONE.finditer(text), *_ITALIAN_ALONE.finditer(text)):
        last = m.group(1).lower()
        if last not in _NO_PLATE_LAST and last not in COMMON_WORDS and not _after_a_lot_word(text, m.start()):
            return True
    if any(m.group(1) in _IRISH_COUNTY for m in _IRISH_ALONE.finditer(text)) or _JAPANESE_LOOK.search(text):
        return True
    return any(_a_sidecode(m.groups()) and not _after_a_lot_word(text, m.start())
               for m in _SIDECODE_ALONE.finditer(text))


#: round 40 (r40cars): a plate of one capital and five to eight figures ("Q 123456"), read after a plate's, a vehicle's
#: or a driving word or a car's name only; the word after it no unit ("D 50000 IU" is a dose)
_ONE_LETTER_PLATE = re.compile(PLATE_OF_ONE_LETTER)


def _one_letter_plate(words: str) -> bool:
    """Round 40 (r40cars): whether ``words`` open with a plate of one capital and figures and no unit after it."""
    plate = _ONE_LETTER_PLATE.match(words)
    rest = words[plate.end():].split()[:1] if plate else []
    return plate is not None and not (rest and rest[0].rstrip(".,;!?)").lower() in _NO_PLATE_LAST)


def _figures_or_glued_letters(text: str, at: int, word: str, fewest: int = 3) -> bool:
    """After a plate word, past a copula: figures alone (three to eight, no year, no unit after; Qatar "123456"; not
    after "tag", a price's) or the Gulf's letters glued before or after figures ("أبج 1234")."""
    words = text[at:at + 60].split()
    while words and _bare(words[0]).lower().strip(":") in _PLATE_COPULA:
        words = words[1:]
    if not words:
        return False
    first = words[0].rstrip(".,;!?)")
    after = words[1].rstrip(".,;!?)") if len(words) > 1 else ""
    if _one_letter_plate(" ".join(words[:3])):  # (round 40, r40cars: Qatar's letter and figures, "Q 123456")
        return True
    if first.isdigit() and fewest <= len(first) <= 8 and word not in ("tag", "tags"):
        # (a short figure ending the message may be a plate's first part: the seams' reading reads it with the next)
        return not re.fullmatch(r"(?:19|20)\d\d", first) and after.lower() not in _NO_PLATE_LAST and (
            len(first) >= 5 or len(words) > 1)
    glued = [w for w in (first, after) if _GLUED_ARABIC_LETTERS.fullmatch(w) and fewest == 3]
    return bool(glued) and glued[0] not in _NO_ARABIC_PLATE_WORD and any(w.isdigit() for w in (first, after))


#: round 38 (r38cars): the pieces of a car's name after its model as the check reads them: an engine's size, a trim
#: or engine code, a generation, a model year ("1.3 DIG-T", "B8 2.0 TDI", "2019 LE", "quattro"); and Czechia's plate
#: of one letter after a make ("Škoda Fabia 5L1 2345")
_TAIL_TRIM = frozenset(w.upper() for w in CAR_TRIMS)
_TAIL_PIECE = re.compile(r"[ \t]*(\d\.\d[A-Za-z]{0,2}|(?:19|20)\d\d|[A-Z]\d\d?|[^\s,;]+)(?=[\s,;]|\Z)")
_CZECH_LOOK = re.compile(r"\d[A-Z][A-Z0-9][ -]?\d{4}(?![\w-]|[.,]\d)")


def _past_a_car_tail(text: str, at: int) -> int:
    """Where a plate may begin at ``at`` past a car's trims, engine and year: a trim before figures alone stays (it may
    be a plate's letters: "LE 4821")."""
    while piece := _TAIL_PIECE.match(text, at):
        word = piece.group(1)
        if not (re.fullmatch(r"\d\.\d[A-Za-z]{0,2}|(?:19|20)\d\d|[A-Z]\d\d?", word) or word.upper() in _TAIL_TRIM):
            return at
        after = _TAIL_PIECE.match(text, piece.end())
        if word.upper() in _TAIL_TRIM and after and after.group(1).isdigit() and not re.fullmatch(
                r"(?:19|20)\d\d", after.group(1)):
            return at
        at = piece.end()
    return at


#: round 39 (r39plates): a model or make of the tables as a name is written (capitalised; any word of a script with no
#: capitals: "لاندكروزر"), none an everyday word nor of three letters or fewer, before figures alone (Qatar's plate)
_A_CAR_BEFORE_FIGURES = re.compile(r"(?<![^\W\d_])(?:" + _words(frozenset(
    " ".join(part[:1].upper() + part[1:] for part in _bare(w).split()) for w in {*CAR_MODELS, *CAR_MAKES}
    if len(w) >= 4 and w not in COMMON_WORDS and w not in CAR_MAKES_NO_CUE)) + r")(?![^\W\d_])")


def _a_plate_by_a_car_word(text: str) -> bool:
    """Whether ``text`` holds a plate of the 36th round's kinds (round 37, r37plates): Israel's figures after a plate's,
    a car's or a driving word; figures alone or Saudi letters glued right after a plate word; after a driving word, up
    to four words between, a comma or not, capitals and figures (two letters and two figures at least: "fahre
    W-12345A", "parkerade bilen, ABC 123"; "drove on the M25", "a BMW M4" are a road and a model); or Spain's, the
    Netherlands' or Italy's plate alone by its shape."""
    text = _ascii_figures(text)
    if _a_plate_of_its_shape_alone(text):
        return True
    for m in _WORLD_PLATE_WORD.finditer(text):
        if m.group("near") and _ISRAEL_LOOK.match(text, _past_the_lead(text, m.end())):
            return True
    for m in _PLATE_WORD.finditer(text):
        if _figures_or_glued_letters(text, m.end(), m.group().lower()):
            return True
    for m in _VEHICLE_WORD.finditer(text):  # (round 38: figures alone after a vehicle's word, "gari 123456")
        if _figures_or_glued_letters(text, m.end(), m.group().lower(), fewest=5):
            return True
    if re.search(r"\d{5}", text):  # (round 39: Qatar's figures after a model, "my Land Cruiser 123456")
        for m in _A_CAR_BEFORE_FIGURES.finditer(text):
            if _figures_or_glued_letters(text, m.end(), m.group().lower(), fewest=5):
                return True
    for m in (*_DRIVING_WORD.finditer(text), *_VEHICLE_WORD.finditer(text), *_MAKE_CUE.finditer(text)):
        for at in _starts_past_words(text, m.end(), 5):
            start = _past_the_lead(text, at)
            if _ISRAEL_LOOK.match(text, start) or _CZECH_LOOK.match(text, start) or _one_letter_plate(
                    text[start:start + 40]):
                return True
            run = _WORLD_PIECES.match(text, _past_a_car_tail(text, _past_a_model(text, start)))
            if run:
                pieces = list(itertools.takewhile(lambda p: not any(c.islower() for c in p),
                                                  _WORLD_PIECE_GAP.split(run.group())))
                # (the first pieces that make a plate: two letters and two figures in them)
                plate = next(("".join(pieces[:k]) for k in range(1, len(pieces) + 1) if _a_world_plate_run(pieces[:k])
                              and sum(c.isalpha() for c in "".join(pieces[:k])) >= 2), "")
                if _a_model_named(pieces) or _ENGINE_SIZE.search(run.group()):
                    continue
                if _IRISH_LOOK.fullmatch(run.group()):
                    return True
                if sum(c.isalpha() for c in plate) >= 2 and sum(
                        c.isdigit() for c in plate) >= 2:
                    return True
    return False


def has_vehicle_plate(text: str) -> bool:
    """Whether ``text`` holds a plate after a vehicle's word, or Kenya's plate by its look ("KDL 482A"), or a plate
    in any script after a plate word ("номер машины А123ВС 77"; round 32: published)."""
    if not any(c.isdigit() for c in text):
        return False
    text = _bare(text)
    if _plate_after_a_vehicle(text) or any(_KENYA_LOOK.fullmatch(m.group().replace(" ", ""))
                                           for m in _PLATE_RUN.finditer(text)):
        return True
    if _a_national_plate_alone(text) or _a_national_plate_after_a_word(text) or _a_european_plate_after_its_word(text):
        return True
    if _a_world_plate(text) or _a_plate_by_a_car_word(text):
        return True
    for m in _PLATE_WORD.finditer(text):
        run = re.match(r"[^\W_]{1,8}(?:[ -][^\W_]{1,8}){0,3}", _after(text, m.end()))
        # (round 35: a word of four letters or more first is no plate's: "لوحة المفاتيح ١٢", the keyboard's 12)
        if run and sum(c.isdigit() for c in run.group()) >= 2 and sum(
                c.isalpha() and not c.isascii() for c in run.group()) >= 1 and not (
                run.group().split()[0].isalpha() and len(run.group().split()[0]) > 3):
            return True
    return False


#: round 32 (r32ids): the words of identity papers as the check reads them (a word of two letters only in capitals:
#: "CC", "CI", "RG"), and a number after one: five figures or more, in groups or not, with a check figure or not
_CARD_WORDS = sorted({_bare(w).lower() for w in IDENTITY_CARD_WORDS}, key=len, reverse=True)
_CARD_WORD = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(w) if len(w.replace(".", "").replace(" ", "")) > 2 else "(?-i:" + re.escape(w.upper()) + ")"
    for w in _CARD_WORDS).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)
_CARD_LEAD = re.compile(r"(?i)[\s.:#°º]*(?:(?:no|nro|num|núm|number|número|numero|es|é|is)\b[\s.:#°º]*){0,3}")
_CARD_NUMBER = re.compile(r"(?:\d{1,3}(?:[., ]\d{3}){1,3}(?!\d)|\d+)(?:-[\dKk])?")


def has_identity_card_number(text: str) -> bool:
    """Whether ``text`` holds a number of five figures or more after a word of an identity paper ("C.C. 1.020.304.050",
    "cédula 79123", "DNI 12.345.678"; round 32: the check read them only as phones, so a short one passed)."""
    if sum(c.isdigit() for c in text) < 5:
        return False
    text = _bare(text)
    for m in _CARD_WORD.finditer(text):
        lead = _CARD_LEAD.match(text, m.end())
        number = _CARD_NUMBER.match(text, lead.end() if lead else m.end())
        if number and 5 <= sum(c.isdigit() for c in number.group()) <= 13 and not (
                number.end() < len(text) and text[number.end()].isalpha()):
            return True
    return False


#: round 33 (r33ids): China's resident ID in groups as the check reads it (six figures, a birth date of eight, four
#: more, the last a figure or X: "110105 19491001 123X"), and Italy's codice fiscale (a letter the check may have read
#: as a figure, O or I, is taken as either), each with its separators dropped
_RESIDENT_ID_RUN = re.compile(r"(?<![\w-])\d{6}[ -]?\d{4}[ -]?\d{4}[ -]?\d{3}[\dXx](?![\w-])")
_BIRTH_DATE_IN_IT = re.compile(r"(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_FISCAL_CODE_RUN = re.compile(r"(?<![\w-])[A-Za-z01]{3}[ -]?[A-Za-z01]{3}[ -]?[A-Za-z0-9]{5}[ -]?[A-Za-z0-9]{4}[ -]?[A-Za-z01]"
                              r"(?![\w-])")
_FISCAL_CODE = re.compile(r"[A-Z01]{6}[0-9L-V]{2}[ABCDEHLMPRST][0-9L-V]{2}[A-Z01][0-9L-V]{3}[A-Z01]")


def has_resident_or_tax_id(text: str) -> bool:
    """Whether ``text`` holds China's resident ID in groups or glued with its birth date, or Italy's codice fiscale
    glued or in groups, any case (round 33: the X of one was published, a spaced codice fiscale passed, a glued one was
    read only as a device's serial)."""
    if sum(c.isdigit() for c in text) < 4:
        return False
    for m in _RESIDENT_ID_RUN.finditer(text):
        if _BIRTH_DATE_IN_IT.fullmatch(re.sub(r"[ -]", "", m.group())[6:14]):
            return True
    return any(_FISCAL_CODE.fullmatch(glued) and sum(c.isdigit() for c in glued) >= 4
               for glued in (re.sub(r"[ -]", "", m.group()).upper() for m in _FISCAL_CODE_RUN.finditer(text)))


#: round 34 (r34ids): national numbers with a check letter as the check reads them: after a word of their paper, figures
#: (six or more, any separators) with a letter glued or dashed before or after them, any case, or a capital set apart
#: ("mi DNI es 12345678z", "NIE x1234567l", "PPSN 1234567TA", "CC 12345678 9 ZZ4"); Spain's DNI and NIE and Finland's
#: HETU alone by their shape, the check letter right or not (round 34, lead: validity never decides)
_LETTERED_ID_WORD = re.compile(r"(?i)(?<!\w)(?:" + _words(tuple(sorted(
    {_bare(w).lower() for w in (*IDENTITY_CARD_WORDS, *BIRTH_DATE_ID_WORDS, *CHECK_LETTER_ID_WORDS)
     if len(w.replace(".", "")) > 2}))) + r")(?!\w)")
_LETTERED_ID_LEAD = re.compile(r"(?i)[\s.:#°º]*(?:(?:no|nro|num|número|numero|nummer|number|on|är|er|es|é|is|ist)\b"
                               r"[\s.:#°º]*){0,3}")
_LETTERED_NUMBER = re.compile(r"(?:[A-Za-z]{1,2}[.-]?|[A-Z]{1,2} )?(\d(?:[., -]?\d){5,12})(?:[.+-]?[A-Za-z]\d{3,4})?"
                              r"(?:[.-]?[A-Za-z]{1,2}\d?|[ ][A-Z]{1,2}\d?|\([A-Za-z0-9]\))?(?![\w-])")
_DNI_SHAPE = re.compile(r"(?i)(?<![\w-])([xyz][ .-]?\d{7}|\d{8}|\d{1,2}\.\d{3}\.\d{3})[ .-]?([a-z])(?![\w-])")
_HETU_SHAPE = re.compile(r"(?i)(?<![\w-])(\d{6})[-+a-fu-y](\d{3})([0-9a-z])(?![\w-])")
#: round 37: the UK's National Insurance number by its shape, any prefix, any case, spaced or not ("qq 123456 c", "ab
#: 12 34 56 c", "QQ123456C": the check read none but after its word)
_NI_NUMBER_SHAPE = re.compile(r"(?i)(?<![\w-])[a-z]{2} ?[0-9]{2}(?: ?[0-9]{2}){2} ?[a-d](?![\w-])")


def has_lettered_national_id(text: str) -> bool:
    """Whether ``text`` holds a national number whose check letter is part of it (round 34: "DNI 12345678Z" was
    published as "<PHONE>Z", "hetu 080239-123x" as "<DATE>-123x")."""
    if sum(c.isdigit() for c in text) < 6:
        return False
    text = _bare(text)
    for m in _LETTERED_ID_WORD.finditer(text):
        lead = _LETTERED_ID_LEAD.match(text, m.end())
        number = _LETTERED_NUMBER.match(text, lead.end() if lead else m.end())
        if number and any(c.isalpha() for c in number.group()):
            return True
    return any(not _after_a_lot_word(text, m.start()) for shape in (_DNI_SHAPE, _HETU_SHAPE, _NI_NUMBER_SHAPE)
               for m in shape.finditer(text))


def has_national_number_after_its_word(text: str) -> bool:
    """Round 35: whether ``text`` holds a number of six figures at least right after a national number's word, with
    or without a letter ("isikukood 38001085718", "BSN 123456782": read only as a phone's shape before)."""
    if sum(c.isdigit() for c in text) < 6:
        return False
    text = _bare(text)
    for m in _LETTERED_ID_WORD.finditer(text):
        lead = _LETTERED_ID_LEAD.match(text, m.end())
        if _LETTERED_NUMBER.match(text, lead.end() if lead else m.end()):
            return True
    return False


#: round 35 (r35lots): the check's reading of a pack's lot after its word (the shared table of lot words, marks and
#: fillers, :func:`~features.deid.readingwords.lot_number_pattern`), gated by the characters a lot's word begins with
_LOT_AFTER_ITS_WORD = re.compile(first_character_gate(lot_number_pattern(), re.I) + lot_number_pattern(), re.I)


def lot_numbers_blanked(text: str) -> str:
    """``text`` with each pack's lot after its word read as spaces (round 35: "LOT RSSMRA31D12H501V EXP 2027-09",
    "Παρτίδα 48291736Q στο Depon" were refused as a codice fiscale and a DNI): a lot of any shape is no one's; the
    owner's own numbers are read before (:meth:`~features.deid.leakcheck.IdentifierIndex._free_text_counts`)."""
    if not any(c.isdigit() for c in text):
        return text
    return _LOT_AFTER_ITS_WORD.sub(lambda m: m.group() if _an_identity_card_series(text, m.start()) else (
        text[m.start():m.start("lot")] + " " * len(m["lot"])), text)


def _an_identity_card_series(text: str, at: int) -> bool:
    """Round 39: whether the lot's word at ``at`` is an identity card's series ("buletin seria MX 654321", "seria RX
    numărul 123456"): after a paper's word, or in Romania's shape."""
    bare = _bare(text)
    return _ROMANIAN_SERIES.match(bare, at) is not None or any(
        m.end() >= at - 3 for m in _PAPER_WORD.finditer(bare, max(0, at - 40), at))


def _after_a_dose_word(text: str, at: int) -> bool:
    """Round 40 (r40cars): whether a dose's form or a drug's word is the last word before ``at``, or the one before a
    particle of "of" ("Take 2 tabs of ABC-123", "3 Tabletten XYZ-789"): the letters and figures are its code."""
    words = [w.strip(".,:#").lower() for w in text[max(0, at - 40):at].split()][-2:]
    if words and words[-1] in PARTICLES_BEFORE_A_CODE:
        words = words[:-1]
    return bool(words) and words[-1] in WORDS_OF_A_DOSE_BEFORE_A_CODE


def _after_a_lot_word(text: str, at: int, words_of: frozenset[str] | None = None) -> bool:
    """Whether the last word before ``at`` is a lot's (round 34: "Lote: 12345678A" is the pack's number), or one of
    ``words_of`` where given (round 39: a product code's, "model ABC-1234")."""
    words = text[max(0, at - 24):at].replace(":", " ").replace("#", " ").split()
    return bool(words) and words[-1].lower() in (LOT_WORDS if words_of is None else words_of)


#: a letter or two glued to a placeholder, or after a dash ("<PHONE>Z", "<PHONE>-Z", "x<PHONE>l")
_LETTER_BESIDE_A_PLACEHOLDER = re.compile(r"(?<![\w-])[A-Za-z]?<[A-Z_]+>(?:[.-]?[A-Za-z]{1,2}\d?)?(?![\w-])")


def check_letter_beside_a_placeholder(text: str) -> bool:
    """Whether a national number's letter was left beside its placeholder right after the number's word (round 34:
    "DNI <PHONE>Z", "NIE x<PHONE>l"; "DNI <ID> y" is a word)."""
    text = _bare(text)
    for m in _LETTERED_ID_WORD.finditer(text):
        lead = _LETTERED_ID_LEAD.match(text, m.end())
        left = _LETTER_BESIDE_A_PLACEHOLDER.match(text, lead.end() if lead else m.end())
        if left and not (left.group().startswith("<") and left.group().endswith(">")):
            return True
    return False


#: round 35: capitals glued before a number's placeholder, or check characters glued after it ("A<PHONE>", "<PHONE>Q",
#: "<ID>(7)", "<PHONE>ZX"), a word's end on both sides
_CHECK_CHARACTERS_BESIDE_A_NUMBER = re.compile(r"(?<![^\W_])[A-Z]{1,2}<(?:PHONE|ID|MRN)>"
                                               r"|<(?:PHONE|ID|MRN)>(?:\([0-9A-Za-z]\)|[A-Za-z]{1,2}\d?)(?![^\W_])")


def check_characters_beside_a_number(text: str) -> bool:
    """Round 35: whether a number's check characters were left glued to its placeholder, whatever word stands before
    it (the 35th black-box round: "Sean will collect, <PHONE>A", "Aunt <PERSON> A<PHONE> will come", a PPSN and a
    Hong Kong ID with no word of theirs): a letter or two is all a checksum adds, and it identifies with the rest.
    Round 37: or set apart from it (:func:`_a_check_part_set_apart`)."""
    return "<" in text and (_CHECK_CHARACTERS_BESIDE_A_NUMBER.search(text) is not None or any(
        _a_check_part_set_apart(m) for m in _PART_AFTER_A_NUMBER.finditer(text)))


#: round 37: a number's placeholder, a blank, a dash or " - ", then a lone group of a check part's shape (a figure; a
#: letter; two letters of an Irish PPSN, its check letter and "W", "A", "B" or "H"; Portugal's check figure, two
#: letters and a figure), then the clause's end (the ``end`` group; round 42: an apostrophe before a letter is a
#: contraction's, "<ID> I'll send", no closing quote) or the next word
_PART_AFTER_A_NUMBER = re.compile(
    r"<(?:PHONE|ID|MRN|ZIP)>(?:[ \t]*(?P<dash>[-‐‑–—])[ \t]*|[ \t])"
    r"(?P<part>(?:[0-9][ \t]?)?[a-z]{2}[0-9]|[a-w][abhw]|[a-z]|[0-9])(?![^\W_]|[:.,][0-9])"  # round 38: "- 5:30 pm"
    r"(?:[ \t]*(?P<end>$|[\r\n.,;:!?)\]}\"»」。，、！？]|'(?![^\W\d_]))|[ \t]+(?P<next>[^\s.,;:!?)]+))?",
    re.IGNORECASE)


#: round 38: a national number's word as the check reads it, bare of its marks, any case
_NATIONAL_NUMBER_WORD_NEAR = re.compile(r"(?i)(?<!\w)(?:" + _words(frozenset(_bare(w) for w in NATIONAL_NUMBER_WORDS))
                                        + r")(?!\w)")


def _a_check_part_set_apart(m: re.Match[str]) -> bool:
    """Round 37: whether a match of :data:`_PART_AFTER_A_NUMBER` is a national number's check part left after its
    placeholder (the 36th black-box round: a PESEL's "<PHONE> 6", a DNI's "- A", a RUT's "- K", a PPSN's " T", a
    Chinese ID's " X", a Cartão de Cidadão's "8 ZX7"), not what ordinarily follows a phone: the clock or a count
    ("<PHONE> 8 am", "x 2"), a word of one letter ("a day", "y pregunta", "w domu"), an interjection."""
    part, following = m.group("part"), (m.group("next") or "").lower()
    if len(part) > 2 or m.group("end") is not None:
        return len(part) > 2 or part.lower() not in TWO_LETTER_WORDS_AFTER_A_NUMBER
    if part.isdigit() and following[:1].isalpha() and _NATIONAL_NUMBER_WORD_NEAR.search(
            _bare(m.string), max(0, m.start() - NATIONAL_NUMBER_WORD_REACH), m.end() + NATIONAL_NUMBER_WORD_REACH):
        return True  # round 38: "<PHONE> 6 to mój PESEL", a check figure before a word with its number's word near
    if not following or following in WORDS_AFTER_A_LONE_FIGURE or not following[0].isalpha():
        return False
    if part.lower() in TWO_LETTER_WORDS_AFTER_A_NUMBER:
        return False
    set_apart = m.group("dash") is not None or part.isupper()
    # (round 38, r38plates: a word of one letter in lower case before a word of Latin letters is the language's,
    # "Mașina mea <ID> e în parcare")
    if part in ONE_LETTER_WORDS and following[0].isalpha() and unicodedata.name(following[0], "").startswith("LATIN"):
        return False
    return not following[0].isascii() or (set_apart and part.lower() not in ONE_LETTER_WORDS)


#: round 38 (r38ids): identity cards and passports as the check reads them: a word of the paper, bare of its marks (a
#: word of two letters only in capitals), a few fillers, then letters and five figures or more in one code, a code of
#: letters and figures, or figures alone; or the series left beside a number's placeholder ("ABC <ZIP>")
_PAPER_WORD = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") if len(w) > 2 or not w.isupper() else "(?-i:" + re.escape(w) + ")"
    for w in sorted({_bare(w) if len(w) <= 2 and w.isupper() else _bare(w).lower() for w in IDENTITY_PAPER_WORDS},
                    key=len, reverse=True)) + r")(?!\w)"
    # round 39: a word of Chinese, Japanese or Korean script, no boundary: the number is glued to it ("护照号E12345678")
    + "|(?:" + "|".join(re.escape(_bare(w)) for w in sorted(CJK_IDENTITY_PAPER_WORDS, key=len, reverse=True)) + ")(?:\\s*(?:"
    + "|".join(map(re.escape, CJK_IDENTITY_PAPER_COPULAS)) + r"))?(?=[\s:#=.,-]*[0-9a-z<])", re.IGNORECASE)
_PAPER_FILLER = re.compile(r"(?i)(?:[\s:#=.,-]*(?:" + _words(frozenset(_bare(w).lower() for w in IDENTITY_PAPER_FILLERS))
                           + r")(?![\w<]))*[\s:#=.,-]*")  # (round 39: "E<PHONE>" is a series, no filler "è")
_PAPER_CODE = re.compile(r"(?:[^\W\d_]{1,3}(?:[\s.-]|,\s*)?(?:(?:nr|no|n°|nº|№|numarul|numar)\.?\s*)?\d(?:\s?\d){4,11}"
                         r"[^\W\d_]{0,2}"
                         r"|(?=[0-9a-z]*\d[0-9a-z]*\d)[0-9a-z]{8,10}|\d\d\s?\d\d\s\d{6}|\d{1,4}(?:-\d{2,4}){1,3}|\d{5,12}[^\W\d_]{0,2})(?![\w-])"
                         r"|(?-i:[A-ZА-ЯЁΑ-Ω]{1,3})[\s.-]?(?:(?:nr|no)\.?\s*)?<(?:ZIP|PHONE|ID|MRN)>", re.IGNORECASE)
#: (round 39: or glued in any case, "abc123456")
_POLISH_CARD_SHAPE = re.compile(r"(?<![\w-])([A-Z]{3}(?= ?\d)|[A-Za-z]{3}(?=\d)) ?\d{6}(?![\w-])")
#: round 39 (r39numbers): Romania's card by its series' word, two letters and its number's word, bare of marks
#: ("seria RX numarul 123456"); a lot's word it is too, but no lot is said so
_ROMANIAN_SERIES = re.compile(r"(?i)(?<!\w)seria\s*[:.]?\s*(?-i:[A-Z]{2}|[a-z]{2})\s*[,.:-]?\s*(?:nr|no|numarul|numar)"
                              r"\.?\s*[:.]?\s*\d{6}(?!\d)")


def _paper_codes(text: str) -> Iterator[str]:
    """The codes after a word of an identity paper in ``text`` (bare of its marks), fillers skipped."""
    for m in _PAPER_WORD.finditer(text):
        filler = _PAPER_FILLER.match(text, m.end())
        if code := _PAPER_CODE.match(text, filler.end() if filler else m.end()):
            yield code.group()


def has_identity_paper_number(text: str) -> bool:
    """Round 38: whether ``text`` holds an identity card's or a passport's number after the paper's word, or Poland's
    card by its shape in capitals (the 37th black-box round: "dowód osobisty ABC 123456", "dowód to ayz 412733"
    passed)."""
    if sum(c.isdigit() for c in text) < 5:
        return False
    text = _bare(text)
    if any(sum(c.isdigit() for c in code) >= 5 for code in _paper_codes(text)) or _ROMANIAN_SERIES.search(text):
        return True
    return any(m.group(1).lower() not in NO_IDENTITY_CARD_SERIES and not _after_a_lot_word(text, m.start())
               for m in _POLISH_CARD_SHAPE.finditer(text))


#: round 38: a word or a group of up to four figures, and what may stand between two of a phone's groups
_NUMBER_TOKEN = re.compile(r"[^\W\d_]+|\d{1,4}(?!\d)")
_BETWEEN_GROUPS = re.compile(r"[ \t,.-]*")


def _groups_said(tokens: list[str]) -> str:
    """The figures a run of number words and figures says, group by group: a hundred takes a ten and a unit after it,
    a ten a unit ("pięćset dwanaście" 512, "trzysta czterdzieści pięć" 345)."""
    figures, value, place = [], 0, 0  # place: 3 after a hundred, 2 after a ten, 0 none open
    for token in tokens:
        if token.isdigit():
            figures += [str(value)] if place else []
            figures.append(token)
            value, place = 0, 0
            continue
        number = COMPOUND_NUMBER_WORDS[token]
        size = 3 if number >= 100 else 2 if number >= 20 else 1 if number < 10 else 2
        if place and ((size == 1 and place in (3, 2) and value % 10 == 0 and (place == 3 or value % 100 >= 20))
                      or (size == 2 and place == 3 and value % 100 == 0)):
            value += number
            place = 2 if size == 2 and number >= 20 else 1
            continue
        figures += [str(value)] if place else []
        value, place = number, (3 if size == 3 else 2 if number >= 20 else 1)
    figures += [str(value)] if place else []
    return "".join(figures)


def has_phone_in_compound_number_words(text: str) -> bool:
    """Round 38 (r38ids): whether ``text`` holds a phone said in Polish or Russian numbers in groups, in part in
    figures or not ("pięćset dwanaście trzysta czterdzieści pięć sześćset siedemdziesiąt osiem", "pięćset dwanaście
    345 678"): a run of three number words, or two with a hundred among them in four tokens, saying seven figures to
    fifteen, three values among them, a teen, a ten or a hundred among its words (the 37th black-box round published
    the second; the check read neither)."""
    lowered = _bare(text).lower().replace("ł", "l")
    if not any(word in lowered for word in ("set", "sta", "scie", "sci", "nascie", "сот", "ст", "дцать", "сорок")):
        return False
    run: list[str] = []
    last = 0
    for m in _NUMBER_TOKEN.finditer(lowered):
        joined = bool(run) and _BETWEEN_GROUPS.fullmatch(lowered, last, m.start()) is not None
        if m.group().isdigit() or m.group() in COMPOUND_NUMBER_WORDS:
            if not joined and run:
                if _a_said_phone(run):
                    return True
                run = []
            run.append(m.group())
            last = m.end()
        elif run:
            if _a_said_phone(run):
                return True
            run = []
    return bool(run) and _a_said_phone(run)


def _a_said_phone(run: list[str]) -> bool:
    words = [t for t in run if not t.isdigit()]
    if all(COMPOUND_NUMBER_WORDS[w] < 10 for w in words):
        return False  # digits one by one are the shared digit words' reading (readings said after a measure stay)
    if not (len(words) >= 3 or (len(words) >= 2 and len(run) >= 4 and any(COMPOUND_NUMBER_WORDS[w] >= 100 for w in words))):
        return False
    figures = _groups_said(run)
    return 7 <= len(figures) <= 15 and len(set(figures)) >= 3


#: round 38 (r38ids): a postcode in groups ("903 26", "00-950", "1100-053") or of four or five figures (no year's)
#: right before a town's placeholder, no reading's word a little before it
_POSTCODE_BEFORE_A_PLACEHOLDER = re.compile(r"(?<![\w.,/:-])(?:\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|"
                                            r"(?!(?:19|20)\d\d\b)\d{4,5})[ \t]+<(?:LOCATION|CITY)>")
_READING_BEFORE = re.compile(r"(?i)\b(?:bp|pressure|pulse|hr|glucose|sugar|sats?|readings?|mg|ml|kg|mmhg|units?|"
                             r"doses?|steps|score)\b[^\n]{0,25}\Z")


def has_postcode_before_a_placeholder(text: str) -> bool:
    """Round 38: whether a postcode was left right before a town's placeholder (the 37th black-box round: Sweden's
    "903 26 <LOCATION>" was published)."""
    return any(not _READING_BEFORE.search(text, max(0, m.start() - 30), m.start())
               for m in _POSTCODE_BEFORE_A_PLACEHOLDER.finditer(text))


def parts_left_beside_a_placeholder(text: str) -> list[str]:
    """Round 38: the kinds of a postcode left before a town's placeholder and of an identity paper's series left
    before its number's placeholder ("903 26 <LOCATION>", "dowód osobisty ABC <ZIP>"), read in the text with its
    placeholders (the other shapes read it with them blanked)."""
    if "<" not in text:
        return []
    kinds = ["postcode before a town's placeholder"] if has_postcode_before_a_placeholder(text) else []
    return kinds + (["identity paper's series beside a placeholder"]
                    if any(code.endswith(">") for code in _paper_codes(_bare(text))) else [])


# --------------------------------------------------------------------------- round 43 (r43ids): numbered ids,
# Nepal's provincial plates and a bank's code beside an account, as the check reads them

#: Myanmar's NRC as the check reads it: the state's figures, a slash, the township's letters (Latin or Burmese), a
#: class in brackets or none, then figures; the parts are weighed in :func:`_a_burmese_nrc`
_NRC_LOOK = re.compile(r"(?<![\w/.])\d\d?\s*/\s*([A-Za-z]+|[\u1000-\u103f\u104c-\u109f]+)\s*"
                       r"(?:\(\s*([^()\s]{1,12})\s*\)\s*|/\s*([^/\s]{1,12})\s*/\s*)?(\d+(?: \d+)?)")
_NRC_CLASS_SET = frozenset(c.lower() for c in BURMESE_NRC_CLASSES)
_NRC_FIGURES = 6


def _a_burmese_nrc(text: str) -> bool:
    """Whether ``text`` holds Myanmar's NRC: six figures after a township's letters and a citizen's class of
    :data:`~features.deid.worldwords.BURMESE_NRC_CLASSES` in brackets or slashes, or after capitals of a township of five
    letters or more with no class ("12/BAHANA 123456"); a dose's fraction ("1/2 tab") has no letters there."""
    for m in _NRC_LOOK.finditer(text):
        township, bracketed, slashed, figures = m.groups()
        citizen = bracketed if bracketed is not None else slashed
        if len(figures.replace(" ", "")) != _NRC_FIGURES:
            continue
        if citizen is not None and citizen.lower() in _NRC_CLASS_SET and len(township) >= 2:
            return True
        if citizen is None and township.isascii() and township.isupper() and 5 <= len(township) <= 9:
            return True
    return False


_FIGURE_GROUP = re.compile(r"\d+")
#: the groups of twenty figures the check reads as a card's number: glued, Tanzania's NIDA (8, 5, 5, 2) and a health
#: card's four groups of five
_TWENTY_FIGURE_GROUPS = frozenset({(20,), (8, 5, 5, 2), (5, 5, 5, 5)})
_MOST_GROUPS = 4
#: the widest gap between two groups: a dash or a dot with a blank each side
_WIDEST_GAP = 3


def _twenty_figures(text: str) -> bool:
    """Whether ``text`` holds a card's twenty figures in one of :data:`_TWENTY_FIGURE_GROUPS`, a blank, a dash or a
    dot between groups (blanks around it or none), no figure, letter or decimal beside (Tanzania's NIDA, Italy's
    tessera sanitaria; the check read them only as a phone's shape), not after a lot's word."""
    groups = list(_FIGURE_GROUP.finditer(text))
    for i, first in enumerate(groups):
        if first.start() and (text[first.start() - 1].isalnum() or text[first.start() - 1] in ".,/-"):
            continue
        for n in range(1, min(_MOST_GROUPS, len(groups) - i) + 1):
            window = groups[i:i + n]
            if any(text[a.end():b.start()].strip(" ") not in ("", "-", ".") or b.start() - a.end() > _WIDEST_GAP
                   for a, b in itertools.pairwise(window)):
                break
            end = window[-1].end()
            if tuple(len(g.group()) for g in window) in _TWENTY_FIGURE_GROUPS and not (
                    end < len(text) and (text[end].isalnum() or text[end] == "-" or (
                        text[end] in ".," and text[end + 1:end + 2].isdigit()))) and not _after_a_lot_word(
                    text, first.start()):
                return True
    return False


_PROVINCE_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:" + _words(NEPALI_PROVINCE_WORDS) + r")\.?")
_PROVINCIAL_PLATE_REST = re.compile(r"\s*(?:no\.?\s*)?\d{1,2}(?:\s*[-–]\s*\d{2,3}){1,2}\s*[-–]?\s*(\S+?)\s*[-–]?\s*"
                                    r"\d{1,4}(?![\w-]|[.,]\d)")
_PROVINCIAL_PLATE_ALONE = re.compile(r"(?<![\w.,/-])\d{1,2}-\d{2,3}-\d{3}\s+(\S+)\s+\d{1,4}(?![\w-]|[.,]\d)")
_PLATE_CLASS_IN_DEVANAGARI = re.compile("[\u0915-\u0939\u0958-\u095f][\u093c\u093e-\u094d]*")
_PLATE_CLASS_ROMANISED = frozenset(c.lower() for c in BANGLADESH_PLATE_CLASSES)


def _a_plate_class(word: str) -> bool:
    return word.lower() in _PLATE_CLASS_ROMANISED or bool(_PLATE_CLASS_IN_DEVANAGARI.fullmatch(word))


def _a_nepali_provincial_plate(text: str) -> bool:
    """Whether ``text`` holds Nepal's provincial plate: after a province's word, two or three dashed groups of
    figures, a class (a consonant, or its name romanised) and a serial; with no such word, three dashed groups."""
    for m in _PROVINCE_WORD.finditer(text):
        rest = _PROVINCIAL_PLATE_REST.match(text, m.end())
        if rest and _a_plate_class(rest.group(1)) and not _after_a_lot_word(text, m.start()):
            return True
    return any(_a_plate_class(m.group(1)) and not _after_a_lot_word(text, m.start())
               for m in _PROVINCIAL_PLATE_ALONE.finditer(text))


_BANK_WORD = r"(?<![^\W\d_])(?:" + _words(BANK_CODE_WORDS) + r")(?![^\W\d_])"
_BANK_CODE_LOOK = r"(?-i:([A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?))(?![\w-])"
_BANK_CODE_AFTER_ITS_WORD = re.compile(rf"(?i){_BANK_WORD}[\s:#=.-]*(?:(?:is|code|no\.?)\s+)?{_BANK_CODE_LOOK}")
_BANK_CODE_BEFORE_ITS_WORD = re.compile(r"(?i)(?<![\w-])" + _BANK_CODE_LOOK.replace(r"(?![\w-])", "")
                                        + rf"\s*[(,]?\s*(?:(?:via|by|per|over|through)\s+)?{_BANK_WORD}")
_AN_ACCOUNT_NEAR = re.compile(r"\d(?:[\s-]?\d){5,}|<[A-Z_]+>|(?<![\w])[A-Z]{2}\d\d[A-Z0-9]{4,}")


def _a_bank_code_beside_an_account(text: str) -> bool:
    """Whether a bank's SWIFT or BIC code beside its word (its country one of
    :data:`~features.deid.worldwords.BANK_CODE_COUNTRIES`) has an account's number (or a placeholder) within
    :data:`~features.deid.worldwords.BANK_CODE_REACH` characters: then it tells whose account; alone it names a bank
    and stays."""
    for m in (*_BANK_CODE_AFTER_ITS_WORD.finditer(text), *_BANK_CODE_BEFORE_ITS_WORD.finditer(text)):
        if m.group(2) not in BANK_CODE_COUNTRIES:
            continue
        before, after = text[max(0, m.start() - BANK_CODE_REACH):m.start()], text[m.end():m.end() + BANK_CODE_REACH]
        if _AN_ACCOUNT_NEAR.search(before) or _AN_ACCOUNT_NEAR.search(after):
            return True
    return False


def round43_id_kinds(text: str) -> list[str]:
    """Round 43 (r43ids): the kinds of the numbered ids, plates and banks' codes above."""
    if sum(c.isdigit() for c in text) < 5 and "<" not in text:
        return []
    kinds = ["national identity number"] if _a_burmese_nrc(text) or _twenty_figures(text) else []
    kinds += ["vehicle plate or access code"] if _a_nepali_provincial_plate(text) else []
    return kinds + (["bank's code beside an account"] if _a_bank_code_beside_an_account(text) else [])


def thirteenth_round_shapes(text: str) -> list[str]:
    """The kinds of identifier shape the thirteenth black-box round found past the check."""
    kinds = []
    if has_world_date(text):
        kinds.append("day and month of a date")
    if has_old_age_idiom(text):
        kinds.append("age over 89")
    if has_post_box(text):
        kinds.append("post office box")
    if has_script_address(text):
        kinds.append("street or block address")
    if has_plate_or_code(text) or has_vehicle_plate(text):
        kinds.append("vehicle plate or access code")
    if has_latin_american_id(text) or has_identity_card_number(text) or has_resident_or_tax_id(text) or (
            has_lettered_national_id(text) or has_national_number_after_its_word(text)) or has_identity_paper_number(text):
        kinds.append("national identity number")
    if has_phone_in_compound_number_words(text):
        kinds.append("phone said in numbers in groups")
    kinds += [kind for kind in round43_id_kinds(text) if kind not in kinds]
    return kinds + small_place_kinds(text)
