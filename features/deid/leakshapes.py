"""The leak check's own reading of identifier shapes anybody's message may hold (the ninth black-box round's
findings): ages over 89 in words, ordinals, spaced figures, Roman numerals or clinical slashes; street and block
addresses written the Russian, Ukrainian, Bulgarian, Greek and Japanese way; device serials with no device word; the
day and month of a hospital stay with no year.

A check that looks with the same eyes as the thing it checks is no check: nothing here calls the redactor's patterns
(:mod:`features.deid.shapes`). The text is read as written, Cyrillic, Greek and Japanese in their own scripts (the
redactor reads them transliterated), Latin letters with their accents dropped, and numbers are read by value (a
number word's table, a Roman numeral's sum), not by the redactor's alternations. What the two share is vocabulary
only: which words are medicines or common words (a serial's group is neither).
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Iterable
from itertools import pairwise

from adherence.domain import OLDEST_AGE_KEPT

# What the check shares with the redactor: which words are medicines or common words.
from features.deid import agewords, clinicalwords
from features.deid.agewords import (
    AGE_WORDS,
    LATIN_AGE_COUNTERS,
    LATIN_COUNTER_FOLLOWERS,
    SCRIPT_AGE_COUNTERS,
    SPELLED_OLD_AGE_STARTS,
    old_number_words,
)
from features.deid.calendars import any_holiday
from features.deid.contactwords import PHONE_CONTINUATION_WORDS
from features.deid.holidaywords import (
    BIRTH_WORDS_AFTER_A_FESTIVAL,
    BIRTH_WORDS_BEFORE_A_FESTIVAL,
    BIRTHDAY_ONLY_FESTIVALS,
    FESTIVAL_JOINING_WORDS,
    GLUED_BIRTH_PARTICLES,
    GLUED_SCRIPT_BIRTH_SUFFIXES,
    LUNAR_FESTIVALS,
    NUMBER_FESTIVAL_NEIGHBOURS,
    NUMBERED_SCRIPT_FESTIVALS,
    SCRIPT_BIRTH_REACH,
    SCRIPT_BIRTH_WORDS,
    SCRIPT_YEAR_BETWEEN,
    SCRIPT_YEAR_LENGTH,
    named_days,
    script_festivals,
)
from features.deid.leakages import (
    has_asian_age_without_a_counter,
    has_bare_age_after_a_verb,
    has_year_of_birth_in_other_words,
)
from features.deid.leakcalendars import calendar_kinds
from features.deid.leakhidden import after_an_expiry_word, fifteenth_round_shapes
from features.deid.leakworld import names_a_month, plain_lower, thirteenth_round_shapes, unaccented
from features.deid.peoplewords import (
    COMPANY_VERBS,
    ENGLISH_RELATIONS,
    KIN_WORDS,
    PERSON_VERBS,
    RELATIONS,
    everyday_words_abroad,
)
from features.deid.readingwords import (
    COUNTED_THINGS,
    READING_UNITS,
    SPLIT_DOSE_VERBS,
    SPLIT_DOSE_WORDS_AFTER,
)
from features.deid.recognizers import COMMON_WORDS, FIRST_NAMES, is_medication
from features.deid.worldwords import (
    ACCOUNT_ALIAS_FILLERS,
    ACCOUNT_ALIAS_WORDS,
    AMOUNT_WORDS_AFTER_A_NUMBER,
    BANK_ACCOUNT_WORDS,
    BANK_BRANCH_WORDS,
    BANK_NUMBER_FILLERS,
    READING_WORDS,
)

# --------------------------------------------------------------------------- ages over 89

#: number words by value, as the check reads them (lower case, accents dropped)
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
          "nueve": 9, "um": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
          "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
          "один": 1, "одна": 1, "dwa": 2, "trzy": 3, "cztery": 4, "piec": 5, "szesc": 6, "siedem": 7, "osiem": 8,
          "dziewiec": 9}
#: words that are ninety or a number from 90 to 99 by themselves
_NINETIES = re.compile(
    r"(?<![\w-])(?:ninety|noventa|novanta|novant(?:uno|adue|atre|aquattro|acinque|asei|asette|otto|anove)|"
    r"(?:(?:ein|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun)und)?neunzig|"
    r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en)?negentig|dziewiecdziesiat\w*|девяност\w*|дев'?яност\w*|"
    r"quatre[ -]vingts?[ -](?:dix|onze|douze|treize|quatorze|quinze|seize)(?:[ -](?:sept|huit|neuf))?)"
    # round 35 (r35days): a joining word is a word of its own ("ninety years" had read "y" and "ears")
    r"(?:[ -](?:(?:y|e|and)[ -])?(?P<unit>[a-zа-я]+))?(?![\w-])")
#: a hundred said with an age word after it ("a hundred years old", "cien años", "hundert Jahre", "honderd jaar")
_HUNDRED_YEARS = re.compile(r"(?<![\w-])(?:hundred|cien|ciento|cent|cento|cem|hundert|honderd)[ -]?(?:\w+[ -]){0,2}"
                            r"(?:years? old|anos|ans|anni|jahre|jaar)\b")
#: after the number, what makes it no age: an amount, a unit, times ("ninety minutes", "noventa dias", "neunzig Mal")
_AMOUNT_AFTER = re.compile(
    r"[ -]*(?:%|percent|per\b|mg|mcg|ml|units?\b|minut|mins?\b|hours?|hrs?\b|days?\b|weeks?|months?|pills?|tablet|"
    r"doses?|times|dollar|euro|pounds?|lbs?|kg\b|steps|calori|miles?|km\b|degree|dias|jours|tage|giorni|dagen|"
    r"pastill|comprim|pillen|keer|mal\b|fois|veces|volte|vezes|razy?\b|thousand|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|and (?:twenty|thirty|forty|fifty|sixty|seventy|eighty))")
_READING_BEFORE = re.compile(r"\b(?:glucose|sugar|bg|bs|bp|pressure|pulse|hr|heart|weight|weighs?|spo2|o2|oxygen|sats?|"
                             r"temp\w*|fever|a1c|readings?|level|score|count|number|room|page|bed|floor|speed|mph|"
                             r"batter\w*)\b[^.!?\n]{0,20}$")
#: an age named before figures, spaced figures or a Roman numeral ("age: 9 4", "Alter 94", "edad: XCII")
_AGE_NAMED = re.compile(r"\b(?:age|aged|edad|alter|eta|idade|leeftijd|wiek|vozrast|ilikia|yas|umur|alder|aldur|"
                        + "|".join(agewords.AGE_BEFORE_WORDS) + r")\b"
                        r"\s*(?:[:=#-]|is|of)?\s*(?:(?P<spaced>\d(?:\s*[-_.]?\s*\d){1,2})|(?P<roman>[ivxlc]{2,9}))\b")
#: figures then years or an ordinal then a year ("94 years old", "94yo", "94th year", "94. Lebensjahr", "94e annee")
_AGE_FIGURES = re.compile(r"(?<![\d.,/])(?P<n>\d{2,3})(?:\s*-?\s*(?:years?[ -]old|y/?o\b|y\.o\.|yrs?\b)|"
                          r"(?:st|nd|rd|th)\s+(?:year|birthday|bday)\b|\.?\s*lebensjahr|(?:e|eme|o|a)\s+(?:annee|ano|anno)\b)")
#: figures then the word for years in other languages ("92 años", "95 Jahre", "93 ans", "94 lata", "95 лет", "93 года")
_FIGURES_YEARS = re.compile(r"(?<![\d.,/])(?P<n>\d{2,3})\s*-?\s*(?:anos|ans|anni|jahre|jahrig\w*|jaar|jarige?|lata?|let|"
                            r"goda|roky|rokiv|лет|года|роки|років)(?![\w'])")
#: a span of time, not an age: "seit 93 Jahren", "il y a 92 ans", "hace 95 años", "for 90 years"
_DURATION_BEFORE = re.compile(r"\b(?:seit|vor|fur|il y a|depuis|pendant|hace|desde|durante|por|per|da|od|przez|sinds|"
                              r"gedurende|i|for|since|over|уже|за|через)\s+$")
_ORDINAL_WORDS = re.compile(r"\b(?:ninet(?:ieth|y[ -]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|"
                            r"(?:(?:one|a)[ -])?hundredth)\s+(?:year|birthday|bday)\b")
#: an age slashed with a sex, either first ("94/F", "F/93", "M / 101")
_SEX_SLASH = re.compile(r"(?<![\d./:])(?P<a>\d{2,3})\s*/\s*(?:f|m|w|female|male)(?![a-z\d])|"
                        r"(?<![\w/])(?:f|m|female|male)\s*/\s*(?P<b>\d{2,3})(?![\d./])")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


#: an age over 89 with a part of a year, as the check reads it (round 16): after an age word, or after a relative and a
#: verb of being or turning ("aged 92½", "age 92.5", "Oma ist 93¾", "Opa wird 92,5", "dad is 94 and a half"); the
#: fraction is read as plain_lower leaves it ("½" is "1⁄2", glued: "921⁄2")
_PART_OF_A_YEAR = (r"(?:[.,](?:5|25|75)|\s?[13][⁄/][24]|\s+and\s+a\s+(?:half|quarter)|"
                   r"\s+(?:y|und|et|e|en)\s+(?:medio|media|halb|demi|mezzo|meio|half))")
_AGE_WITH_PART = re.compile(
    rf"(?:\b(?:age|aged|edad|alter|eta|idade|leeftijd|wiek)\b\s*[:=]?\s*|"
    rf"\b(?P<kin>{'|'.join(sorted(map(re.escape, RELATIONS | ENGLISH_RELATIONS), key=len, reverse=True))})\b"
    r"[^\d.!?\n]{0,30}?\b(?:is|turned|turns|ist|wird|tiene|cumple|ha|hat|tem|heeft|wordt|a|est|fait|compie)\s+)"
    rf"(?P<n>9\d|1[01]\d){_PART_OF_A_YEAR}(?![\d/⁄%])")


def _old_with_a_part(plain: str) -> bool:
    """An age over 89 with a half or a quarter (:data:`_AGE_WITH_PART`), not a reading or a fever ("temp 99.5")."""
    for m in _AGE_WITH_PART.finditer(plain):
        n = int(m.group("n"))
        if _AMOUNT_AFTER.match(plain, m.end()) or _READING_BEFORE.search(plain[max(0, m.start() - 30):m.end()]):
            continue
        if m.group("kin") and plain[m.end("n")] in ".," and 96 <= n <= 106:  # "dad is 99.5": a fever in Fahrenheit
            continue
        return True
    return False


def _old(value: int) -> bool:
    return OLDEST_AGE_KEPT < value < 120


def _roman(numeral: str) -> int:
    """A Roman numeral's value by the subtractive rule (a malformed one is read as best it can be)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


#: words of a count or a measure after a number, as the check compares them (round 33: "novanta compresse",
#: "novantacinque gocce", "novantadue milligrammi" stopped Italian lakes as ages; the shared tables'
#: :data:`~features.deid.readingwords.READING_UNITS`, :data:`~features.deid.readingwords.COUNTED_THINGS` and
#: :data:`~features.deid.agewords.MORE_UNITS_AFTER_A_FIGURE`, lower case and unaccented)
_COUNT_WORDS = frozenset(plain_lower(w) for w in (
    *READING_UNITS, *COUNTED_THINGS, *agewords.MORE_UNITS_AFTER_A_FIGURE))
_COUNT_WORD_AFTER = re.compile(r"[ \t-]*([^\W\d_]+)")


def _a_count_after(plain: str, end: int) -> bool:
    """Whether the word after ``plain[:end]`` is a count's or a measure's (:data:`_COUNT_WORDS`)."""
    word = _COUNT_WORD_AFTER.match(plain, end)
    return word is not None and word.group(1) in _COUNT_WORDS


#: round 34: a word of years, then one that makes it a span of time ("девяносто лет назад", "ninety years ago",
#: "dziewięćdziesiąt lat temu"), lower case and unaccented
_YEARS_OF_A_SPAN = frozenset(plain_lower(w) for w in (*agewords.AGE_WORDS_AFTER_A_NUMBER_WORD, *agewords.YEARS_WORDS))
_SPAN_WORDS = frozenset(plain_lower(w) for w in agewords.NOT_AGE_AFTER_A_NUMBER_WORD)
_TWO_WORDS_AFTER = re.compile(r"\s+([^\W\d_]+)\s+([^\W\d_]+)")


def _a_span_after(plain: str, end: int) -> bool:
    """Whether a word of years and a word of a span of time follow ``plain[:end]`` ("лет назад", "years ago")."""
    words = _TWO_WORDS_AFTER.match(plain, end)
    return words is not None and words.group(1) in _YEARS_OF_A_SPAN and words.group(2) in _SPAN_WORDS


def _spelled_old_age(plain: str) -> bool:
    for m in _NINETIES.finditer(plain):
        end = m.end() if m.group("unit") in (*_UNITS, None) else m.start("unit") - 1
        if _AMOUNT_AFTER.match(plain, end) or _a_count_after(plain, end) or _a_span_after(plain, end) or _READING_BEFORE.search(
                plain[max(0, m.start() - 30):m.start()]):
            continue
        return True
    return _HUNDRED_YEARS.search(plain) is not None


def has_old_age(text: str) -> bool:
    """Whether ``text`` says an age over 89 (HIPAA Safe Harbor): spelled in English, Spanish, Portuguese, Italian,
    French, German, Dutch, Polish or Russian, an ordinal before a year, figures after an age word (spaced or Roman
    too), figures before years, or slashed with a sex."""
    plain = plain_lower(text)
    if any(stem in plain for stem in ("ninet", "novent", "novant", "vingt", "neunzig", "negentig", "dziewiecdziesiat",
                                      "девяност", "яност", "hundred", "cien", "cent", "cem", "hundert", "honderd")) and (
            _spelled_old_age(plain) or _ORDINAL_WORDS.search(plain)):
        return True
    if not any(c.isdigit() for c in plain) and not re.search(r"[ivxlc]{2}", plain):
        return False
    for m in _AGE_NAMED.finditer(plain):
        value = int(re.sub(r"\D", "", m.group("spaced"))) if m.group("spaced") else _roman(m.group("roman"))
        if _old(value) and not _AMOUNT_AFTER.match(plain, m.end()):
            return True
    if any(_old(int(m.group("n"))) for m in _AGE_FIGURES.finditer(plain)):
        return True
    if _old_with_a_part(plain):
        return True
    if any(_old(int(m.group("n"))) and not _DURATION_BEFORE.search(plain[max(0, m.start() - 20):m.start()])
           for m in _FIGURES_YEARS.finditer(plain)):
        return True
    return "/" in plain and any(_old(int(m.group("a") or m.group("b"))) and not _AMOUNT_AFTER.match(plain, m.end())
                                for m in _SEX_SLASH.finditer(plain))


# --------------------------------------------------------------------------- street and block addresses

_CYRILLIC_CUE = (r"(?<![а-яёіїєґ'])(?:(?:ул|вул|бул|пр|просп|пер|пров|пл|наб|ш|мкр|ж\.\s?к|кв-л)\.|улица|улице|улицу|"
                 r"улиці|вулиця|вулиці|вулицю|проспект|проспекті|переулок|провулок|бульвар|булевард|набережная|площадь|"
                 r"площа|шоссе|микрорайон|квартал|проезд|тупик)")
_GREEK_CUE = r"(?<![α-ω])(?:οδος|οδ\.|λεωφορος|λεωφ\.|πλατεια|πλ\.)"
#: a street word, one to three words and a number, or a street word and a capitalised name
_CYRILLIC_ADDRESS = re.compile(rf"(?i:{_CYRILLIC_CUE})\s*(?:(?:\w[\w'’-]*\s*){{1,3}},?\s*(?:(?i:д|дом|№|бл)\.?\s*)?\d|"
                               r"[А-ЯЁІЇЄҐ])")
_GREEK_ADDRESS = re.compile(rf"{_GREEK_CUE}\s*(?:(?:\w+\s*){{1,3}},?\s*\d)|(?<![α-ω])(?:οδος|λεωφορος|πλατεια)\s+[Α-Ω]")
#: a chōme, banchi or gō, or a ward, town or prefecture then a house number, in Japanese as written
_JAPANESE_ADDRESS = re.compile(r"\d{1,4}\s*(?:丁目|番地)|\d{1,4}\s*番\s*\d{1,4}\s*号|"
                               r"[都道府県市区町村郡][\u3040-\u30ff\u4e00-\u9fff]{0,8}\s*\d{1,4}\s*[-－−‐ー]\s*\d{1,4}")
_JAPANESE_PLACES = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{0,8}[都道府県市区町村郡][\u3040-\u30ff\u4e00-\u9fff]{0,8}"
                              r"\s*\d{1,4}")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def has_block_address(text: str) -> bool:
    """Whether ``text`` holds a street or block address written the Russian, Ukrainian, Bulgarian, Greek or Japanese
    way (see the patterns above), read in its own script."""
    if re.search(r"[\u0400-\u04ff]", text) and _CYRILLIC_ADDRESS.search(text):
        return True
    if re.search(r"[\u0370-\u03ff\u1f00-\u1fff]", text):
        greek = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        if _GREEK_ADDRESS.search(greek) or _GREEK_ADDRESS.search(greek.lower()):
            return True
    if _CJK.search(text) and any(c.isdigit() for c in text):
        if _JAPANESE_ADDRESS.search(text):
            return True
        return any(len(re.findall(r"[都道府県市区町村郡]", m.group())) >= 2 for m in _JAPANESE_PLACES.finditer(text))
    return False


# --------------------------------------------------------------------------- device serials with no device word

_CODE_TOKEN = re.compile(r"(?<![\w./-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-]|\.\w)")
_LOT_BEFORE = re.compile(r"\b(?:lot|lote|lotto|lotnr|batch|charge|ch\.?-?b|chargen\w*|partij|partida|exp|expiry|ndc|pzn|"
                         r"gtin|ean|upc|cpt|icd|loinc|atc|snomed|rxnorm|version|ver|v|build|firmware|pack|rx|order|ref|"
                         r"invoice|tracking)\W{0,4}$", re.IGNORECASE)
_SERIAL_WORD = re.compile(r"(?i)\b(?:s\s*/\s*n|s\.\s*n\.?|sn|serial|ser\.|serien\S*|seriennummer|serienummer|serie|"
                          r"matricola|серийный)\W{0,6}(?=\S*\d)[A-Za-z0-9]\S{2,}")
_UNIT_GROUP = re.compile(r"\d+(?:mg|mcg|ug|ml|g|iu|u|units?|mmol|x|h|hr|min|d|am|pm|st|nd|rd|th)|(?:mg|ml|x)\d+", re.I)


def _serial_shaped(token: str) -> bool:
    """Eight letters and figures or more, three figures, two letters; in dashed groups none of them a dose or a
    word, or glued with five changes between letters and figures."""
    groups = token.split("-")
    letters = sum(c.isalpha() for c in token)
    figures = sum(c.isdigit() for c in token)
    if letters + figures < 8 or figures < 3 or letters < 2:
        return False
    if any(_UNIT_GROUP.fullmatch(g) or (g.isalpha() and len(g) >= 4 and not g.isupper()) or (
            g.isalpha() and len(g) >= 4 and (g.lower() in COMMON_WORDS or is_medication(g))) for g in groups):
        return False
    if len(groups) > 1:
        return True
    if not (token.isupper() or token.islower()):  # mixed case in one run: words, not a serial's letters
        return False
    kinds = [c.isdigit() for c in token]
    return len(token) >= 10 and sum(a != b for a, b in pairwise(kinds)) >= 5


def has_device_serial(text: str) -> bool:
    """Whether ``text`` holds a device serial: letters and figures shaped as one (:func:`_serial_shaped`) that no lot,
    batch or code word names, or a figure after a serial word."""
    if sum(c.isdigit() for c in text) < 3:
        return False
    if _SERIAL_WORD.search(text):
        return True
    return any(_serial_shaped(m.group()) and not _LOT_BEFORE.search(text[max(0, m.start() - 20):m.start()])
               for m in _CODE_TOKEN.finditer(text))


# --------------------------------------------------------------------------- the day and month of a stay

_STAY_WORDS = re.compile(
    r"^(?:(?:re)?admit\w*|admission|discharg\w*|hospitali[sz]\w*|hospital|icu|ccu|nicu|ward|a&e|emergency|surgery|"
    r"operated|operation|transferred|inpatient|entlass\w*|aufgenommen|aufnahme|eingeliefert|stationar|krankenhaus|klinik|"
    r"intensivstation|notaufnahme|intensiv|sortie?|admise?|urgences|reanimation|ingresad[oa]|ingreso|alta|uci|"
    r"urgencias|ricoverat[oa]|ricovero|dimess[oa]|dimissione|internad[oa]|internacao|opgenomen|ontslagen|ziekenhuis|"
    r"since|seit|depuis|desde|dal|dalla|sinds|vien|госпитализ\w*|выписа\w*|выписк\w*|поступил\w*|больниц\w*|реанимац\w*)$")
_DAY_AND_MONTH = re.compile(r"(?<![\d./-])(\d{1,2})\s*([./-])\s*(\d{1,2})(?:\2)?(?![\d/-]|[.,]\d)")
_NOT_A_DATE_AFTER = re.compile(r"\s*(?:mg|ml|mcg|units?|%|tab|pill|mmol|kg|lbs?|x\b|of\b|years?|weeks?|days?|months?|"
                               r"hours?|h\b|jahr|wochen|tage|monat|ans\b|mois|semaine|jours|anos|anni|meses|semanas|dias|"
                               r"mesi|giorni|jaar|weken|dagen|maanden|comprim|pastill)")
_WORD = re.compile(r"[^\W\d_][\w'’&]*|\S*\d\S*")


def has_stay_date(text: str) -> bool:
    """Whether ``text`` holds a day and a month in figures with no year (either first: "14/3", "3/14", "12.03") six
    words or fewer after a word of a hospital stay or "since" in its clause ("admitted 14/3", "ICU since 12.03",
    "entlassen am 12.3.", "выписали 5.03")."""
    plain = plain_lower(text).replace("ё", "е")
    for m in _DAY_AND_MONTH.finditer(plain):
        a, b = int(m.group(1)), int(m.group(3))
        if min(a, b) > 12 or max(a, b) > 31 or min(a, b) == 0 or _NOT_A_DATE_AFTER.match(plain, m.end()):
            continue
        if m.group(2) == "/" and (a, b) in {(1, 2), (1, 3), (1, 4), (2, 3), (3, 4)}:  # a dose's fraction
            continue
        clause = re.split(r"[.!?;\n]\s", plain[max(0, m.start() - 80):m.start()])[-1]
        words = _WORD.findall(clause)[-7:]
        while words and any(c.isdigit() for c in words[0]):
            words.pop(0)
        if any(c.isdigit() for w in words for c in w):  # a figure between: only the words after it count
            words = words[max(i for i, w in enumerate(words) if any(c.isdigit() for c in w)) + 1:]
        if any(_STAY_WORDS.match(w.strip(".,:")) for w in words):
            return True
    return False


# --------------------------------------------------------------------------- the day and month after a date's word

#: words of a date before its figures, the check's own list (lower case, accents dropped): a birth, a visit, an
#: appointment, a weekday, a preposition of time of English, German, French, Spanish, Italian, Portuguese, Dutch
_DATE_WORDS = frozenset({
    "born", "dob", "birthday", "bday", "appt", "appointment", "follow-up", "followup", "f/u", "review",
    "checkup", "check-up", "seen", "visit", "due", "died", "surgery", "date", "dated", "termin", "arzttermin",
    "kontrolle", "geb", "geboren", "datum", "rdv", "cita", "consulta", "visita", "visite", "afspraak", "controllo",
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
    "sat", "saturday", "sun", "sunday", "on", "since", "until", "till", "am", "vom", "seit", "le", "el", "op", "sinds",
    "depuis", "nee", "ne"})
#: of those, the prepositions: a day.month with no closing dot after them only past the 12th ("on 2.5" is a dose)
_DATE_PREPOSITIONS = frozenset({"on", "since", "until", "till", "am", "vom", "seit", "le", "el", "op", "sinds",
                                "depuis", "nee", "ne"})
_CUED_FIGURES = re.compile(r"(?<![a-z/-])(?P<cue>[a-z/-]+)\.?[ \t:,]*(?:the\s+|le\s+|el\s+)?(?<![\d./-])"
                           r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?![\d/-]|[.,]\d)")
_BARE_SLASHED = re.compile(r"(?<![\w./-])(?P<a>1[3-9]|2\d|3[01])/(?P<b>0?[1-9]|1[0-2])(?![\d/]|[.,]\d)")
_QUANTITY_AFTER = re.compile(r"\s*(?:%|'|percent|mg|mcg|ml|units?|min|hours?|hrs?|days?|weeks?|months?|lbs?|pounds?|"
                             r"kg|pills?|tab|doses?|times|am\b|pm\b|a\.m|p\.m|o'?clock|degrees?|steps?|of\b|fast|"
                             r"diet|window|split|schedule|eating|care|support|access|service|mmol)")
_READING_BEFORE_FIGURES = re.compile(r"\b(?:bp|blood|sugars?|glucose|bg|bs|pressure|readings?|pulse|hr|weight|temp\w*|"
                                     r"levels?|a1c|fasting|fast|if|vision|acuity|eyes?|ratio|icr|scor\w*|rated|rating|"
                                     r"pain|insulin|units?|doses?|blutzucker|zucker|blutdruck|glycemie|tension|glucosa|"
                                     r"azucar|presion|glicemia|pressione|pressao|tensao|"
                                     # round 35: "tensió 13/8" (Catalan), "tlak", "ciśnienie", "давление"
                                     r"tensio|pressio|tlak\w*|cisnieni[ea]|vernyomas|verenpaine|blodtry\w*|"
                                     r"tansiyon\w*|tensiune\w*|presiune\w*|давлени[ея]|тиск\w*|πιεση|"
                                     # (Hangul as plain_lower leaves it, in its letters: 혈압)
                                     rf"{unicodedata.normalize('NFD', '혈압')})\b"
                                     r"[^\n\d]{0,24}$|(?:血压|血壓|血圧)[^\n\d]{0,8}$")


def has_cued_date(text: str) -> bool:
    """Whether ``text`` holds a day and a month in figures with no year right after a date's word, either first
    ("born 23/7", "follow-up 18/11", "appt 30.4", "am 17.3.", "on 7/23"), or a day past the 12th first with a slash
    and no word ("see you 23/7": a ratio puts the smaller first; not "24/7"); a quantity after the figures, a reading
    before them, a dose's fraction, and a day.month with no closing dot after a preposition up to the 12th ("on
    2.5"), are no dates."""
    plain = plain_lower(text)
    for m in _CUED_FIGURES.finditer(plain):
        cue, sep, a, b = m.group("cue"), m.group("sep"), int(m.group("a")), int(m.group("b"))
        if cue not in _DATE_WORDS or _QUANTITY_AFTER.match(plain, m.end()):
            continue
        if not (1 <= a <= 31 and 1 <= b <= 12) and not (sep != "." and 1 <= a <= 12 and 1 <= b <= 31):
            continue
        if f"{a}/{b}" in {"1/2", "1/3", "1/4", "2/3", "3/4"}:
            continue
        if sep == "." and not plain.startswith(".", m.end()) and (
                _READING_BEFORE_FIGURES.search(plain[max(0, m.start() - 60):m.start("a")])
                or (cue in _DATE_PREPOSITIONS and a <= 12)
                or (cue == "am" and re.search(r"\d\s*$", plain[max(0, m.start() - 8):m.start()]))):
            continue
        return True
    return any(m.group() != "24/7" and not _QUANTITY_AFTER.match(plain, m.end())
               and not _READING_BEFORE_FIGURES.search(plain[max(0, m.start() - 60):m.start()])
               and not _dose_split(plain, m.start(), m.end())
               for m in _BARE_SLASHED.finditer(plain))


#: the check's own words around slashed figures (round 24): the last word before them (an owner's word skipped), the
#: first after
_LAST_WORDS = re.compile(r"([a-z]+)(?:[^a-z\d\n]{1,3}(?:my|the|her|his))?[^a-z\d\n]{1,3}\Z")
_FIRST_WORD = re.compile(r"[ \t]{0,3}([a-z]+)")


def _dose_split(plain: str, start: int, end: int) -> bool:
    """Whether the slashed figures ``plain[start:end]`` are a split dose (:data:`~features.deid.readingwords.
    SPLIT_DOSE_VERBS`): after a medicine or a verb of taking ("oxycodone 15/5", "take 15/5"), or before a word of
    directions ("15/5 twice daily"); "on 15/5", "dob 15/5" stay dates."""
    before = _LAST_WORDS.search(plain, max(0, start - 40), start)
    if before is not None and (before.group(1) in SPLIT_DOSE_VERBS or is_medication(before.group(1))):
        return True
    after = _FIRST_WORD.match(plain, end)
    return after is not None and after.group(1) in SPLIT_DOSE_WORDS_AFTER


# --------------------------------------------------------------------------- years of birth over 89

#: a year as four figures, not part of a longer number or a date, no amount after it ("1930", not "11930", "1930/12",
#: "19.30", "1930 mg")
_YEAR_FIGURES = re.compile(r"(?<![\d/.:,-])(1[89]\d\d)(?!\d|[/.:,-]\d)(?!" + _AMOUNT_AFTER.pattern + ")")
#: words that make a year before which they stand (up to four words) a year of birth
_BIRTH_TERMS = frozenset({"born", "b", "nee", "ne", "nacido", "nacida", "naci", "nacio", "nacimiento", "nato", "nata",
                          "nascido", "nascida", "nasceu", "nasci", "geboren", "geb", "jahrgang", "geburtsjahr", "yob",
                          "dob", "birth", "urodzony", "urodzona", "urodzil", "urodzila", "rodilsya", "rodilas",
                          "родился", "родилась", "рождения", "γεννηθηκε", *agewords.BIRTH_COHORT_WORDS})
#: round 37 (r37seams): birth words said after the year (German, Dutch and Turkish put the verb last)
_BIRTH_TERMS_AFTER = frozenset({"geboren", "geb", "geburtig", "dogdu", "dogmus", "dogumlu", "urodzony", "urodzona",
                                "urodzil", "urodzila", "born"})
#: a year in two figures after an apostrophe ("born '29", "Jg. ’31"), read in the 1900s; only right after a birth word
_APOSTROPHE_YEAR = re.compile(r"(?<!\w)['’‘](\d\d)(?!\d|[/.:,-]\d)")
#: round 23: a year in two bare figures right after a German or Polish cohort word ("Jahrgang 30", "Jg. 31"), no
#: amount after it
_TWO_FIGURES_AFTER_A_COHORT = re.compile(
    r"\b(?:" + "|".join(agewords.COHORT_WORDS_BEFORE_TWO_FIGURES) + r")\.?[\s:,]{0,3}(\d\d)(?!\d|[/.:,-]\d)"
    r"(?!\s*(?:years?|yrs?|jahre|lat|mg|%))")
#: a person "of" a year, the Romance and Dutch way ("papa est de 1930", "mijn vader is van 1930"): a copula, then "of"
_COPULAS = frozenset({"est", "es", "era", "e", "ist", "is", "was", "sono", "sou", "soy", "suis", "war"})
_OF_WORDS = frozenset({"de", "del", "dal", "van", "da", "do", "uit", "aus", "vom", "d"})


#: round 23: two figures, maybe after an apostrophe, after "of" ("mi abuela es del '28", "papa est de 29", "nonno del
#: '29"): a year of birth when a relation is among the words before, with a copula or right before "of"
_TWO_FIGURES_AFTER_OF = re.compile(r"\b(?:del|de|dal)\s+['’‘]?(\d\d)(?!\d|[/.:,-]\d)(?!" + _AMOUNT_AFTER.pattern
                                   + r"|\s*(?:years?|yrs?|anos?|anni|años|ans|jahre|cm|kilos?))")


def _two_figures_of_a_relation(plain: str, today_year: int) -> bool:
    """A year in two figures after "of" that a relation is of (:data:`_TWO_FIGURES_AFTER_OF`) and that makes them
    over 89."""
    for m in _TWO_FIGURES_AFTER_OF.finditer(plain):
        before = re.findall(r"[^\W\d_]+", plain[max(0, m.start() - 40): m.start()])[-3:]
        kin = [w for w in before if unaccented(w) in _KIN_UNMARKED | _AGE_PERSON_UNMARKED]
        if 1900 + int(m.group(1)) <= today_year - (OLDEST_AGE_KEPT + 1) and kin and (
                _COPULAS.intersection(before) or before[-1:] == kin[-1:]):
            return True
    return False


def has_old_birth_year(text: str, today_year: int) -> bool:
    """Whether ``text`` gives anybody's year of birth that makes them over 89 in ``today_year`` (HIPAA Safe Harbor:
    a date element of an age over 89): a year of four figures with a birth word among the four words before it
    ("born at home in 1930", "Jahrgang 1929") or a copula and "of" there ("papa est de 1930", "è del 1929")."""
    if not any(c.isdigit() for c in text):
        return False
    plain = plain_lower(text)
    for m in _YEAR_FIGURES.finditer(plain):
        if int(m.group(1)) > today_year - (OLDEST_AGE_KEPT + 1):
            continue
        before = re.findall(r"[^\W\d_]+", plain[max(0, m.start() - 48): m.start()])[-4:]
        if _BIRTH_TERMS.intersection(before) or any(a in _COPULAS and b in _OF_WORDS for a, b in pairwise(before)):
            return True
        # round 37 (r37seams): a birth word after the year, where the verb comes last ("Opa ist 1926 geboren",
        # "1927'de doğdu", "w 1926 urodzony")
        if _BIRTH_TERMS_AFTER.intersection(re.findall(r"[^\W\d_]+", plain[m.end(): m.end() + 24])[:2]):
            return True
    for m in _TWO_FIGURES_AFTER_A_COHORT.finditer(plain):
        if 1900 + int(m.group(1)) <= today_year - (OLDEST_AGE_KEPT + 1):
            return True
    if _two_figures_of_a_relation(plain, today_year):
        return True
    for m in _APOSTROPHE_YEAR.finditer(plain):
        before = re.findall(r"[^\W\d_]+", plain[max(0, m.start() - 16): m.start()])[-1:]
        if 1900 + int(m.group(1)) <= today_year - (OLDEST_AGE_KEPT + 1) and _BIRTH_TERMS.intersection(before):
            return True
    return False


# --------------------------------------------------------------------------- round 21: an age said of a person

def _words_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` (phrases), longest first, spaces read as any run of blanks."""
    phrases = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in phrases)


#: a figure that may be an age over 89, read on its own, then the words before and after it asked about
_OLD_FIGURE_LOOK = re.compile(r"(?<![\d.,/:])(?:9\d|1[0-2]\d|130)(?!\d|[.,:/]\d)")
#: what the words before such a figure end in when it is said of a person: a person (a relation word of either list
#: or :data:`~features.deid.agewords.AGE_PERSON_WORDS`) and a colon, "is a <adjective>", "is" or "turned" alone (round
#: 22: "grandpa is 97", the redactor's age; a unit after it makes it a quantity) or a Portuguese or Spanish
#: join ("com", "va para los"); "ages" and maybe a first figure; "age (" ; or years short of a hundred before "100"
_PERSON_THEN_AGE_BEFORE = re.compile(
    r"(?i:(?:^|[^\w-])(?:" + _words_pattern([*RELATIONS, *ENGLISH_RELATIONS, *agewords.AGE_PERSON_WORDS]) + r")"
    r"(?:\s*:\s*|(?:\s+|(?=['’]s\s))(?:is|was|'s|’s)\s+an?\s+(?:" + _words_pattern(agewords.AGE_ADJECTIVES) + r")\s+"
    r"|(?:\s+|(?=['’]s\s))(?:is|was|'s|’s|turns|turned|just\s+turned|will\s+be|is\s+now|is\s+almost|is\s+nearly)\s+"
    r"|\s+(?:" + _words_pattern(agewords.AGE_PERSON_JOINS) + r")\s+)"
    r"|(?:^|\W)(?:" + _words_pattern(agewords.AGES_WORDS) + r")\s+(?:\d{1,3}\s*(?:,|and|&|y|e|et|und)\s*)?"
    r"|(?:^|\W)age\s*\(\s*)\Z")
_SHY_OF_BEFORE = re.compile(r"(?i:(?:^|\W)(\d{1,2})\s+(?:years?|yrs?)\s+(?:" + _words_pattern(agewords.SHY_OF_WORDS)
                            + r")\s+(?:a\s+)?\Z)")
#: what, right after the figure, makes it a quantity and no age ("mom: 92 mg", "dad: 95%")
_QUANTITY_NEXT = re.compile(r"(?i:\s*(?:%|percent|mg|mcg|ml|units?|mmhg|bpm|kg|lbs?|pounds?|degrees?|°|minutes?|"
                            r"hours?|days?|weeks?|months?|pills?|tablets?|doses?|steps?|bpm|beats|mmol|over|"
                            # round 26: "mi suegra Pilar tiene 93 kilos" is a weight
                            + "|".join(re.escape(u) for u in sorted(agewords.MORE_UNITS_AFTER_A_FIGURE, key=len, reverse=True))
                            + r")(?!\w))")
#: clinical shorthand right after the figure: "91yF", "91M", "91 y F" (a sex letter in capitals, or after a "y")
_SEX_LETTER_NEXT = re.compile(r"(?:y?[FM]|(?i:\s?y\s?[fm]))(?![\w°'])")


#: round 22: a relation (or a family pet name) and maybe a name or two in capitals, then a blank, a dash or a comma
#: ("Aunt Bea 96", "Grandma Edna 94", "Mom — 93 —", "Grandpa Joe, 97,"), as the words before the figure end
_KIN_UNMARKED = {unaccented(w) for w in {*RELATIONS, *KIN_WORDS}}
_AGE_PERSON_UNMARKED = {unaccented(w) for w in agewords.AGE_PERSON_WORDS} - agewords.NOT_KIN_PERSON_WORDS
_KIN_BEFORE_AN_AGE = _words_pattern(_KIN_UNMARKED | _AGE_PERSON_UNMARKED)
#: (a word in lower case after the relation is no other relation: "mom and dad 95" is dad's age, read from "dad")
_KIN_AND_NAME_BEFORE = re.compile(
    r"(?:^|[^\w-])(?i:" + _KIN_BEFORE_AN_AGE + r")"
    r"(?P<names>(?:\s+(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+|(?!(?:" + _KIN_BEFORE_AN_AGE + r")(?![\w'’-]))[a-z][a-z'’-]+)){0,2})"
    r"(?:\s*[—–,-]\s*|\s+)\Z")
#: a person and up to three words, then an open parenthesis ("the nonagenarian next door (", "my neighbor (")
_PERSON_THEN_PARENTHESIS_BEFORE = re.compile(
    r"(?i:(?:^|[^\w-])(?:" + _words_pattern(_KIN_UNMARKED | set(agewords.OLD_PERSON_NOUNS)) + r")"
    r"(?P<between>(?:\s+[^\W\d_]+){0,3})\s*\(\s*)\Z")
_PARENTHESIS_CLOSED = re.compile(r"\s*[!?]*\s*\)")
#: round 23: persons in the plural or the first person, and maybe a first figure and "and", before the figure
#: ("the twins are 91", "they're both 93", "we are 92 and 94")
_PLURAL_SUBJECT_BEFORE = re.compile(r"(?i:(?:^|[^\w'’-])(?:" + _words_pattern(agewords.PLURAL_AGE_SUBJECTS) + r")"
                                    r"\s+(?:\d{1,3}\s*(?:,|and|&)\s*)?)\Z")
#: a figure is no age when a reading is named before it ("mom's sugar (95)", "Dad Glucose 95")
_READING_NAMED = frozenset(READING_WORDS) | {"room", "rm", "bed", "page", "floor", "apt", "suite", "score", "count"}


@functools.cache
def _given_names_in_lower_case() -> frozenset[str]:
    """Round 23: the words in lower case the check reads as a name between a relation and an age ("grandma edna 94"):
    given names that are no everyday word and no verb ("mom ran 95", "dad ate 95 grapes" are no ages)."""
    return frozenset(FIRST_NAMES - everyday_words_abroad() - PERSON_VERBS - COMPANY_VERBS
                     - set(agewords.VERBS_THAT_ARE_GIVEN_NAMES))


def _age_after_kin(text: str, end: int, before: str) -> bool:
    """Round 22: the figure ending at ``end`` follows a relation and maybe a name (no medicine: "Mom Lipitor 90"), or a
    person and a parenthesis that closes after it, or (round 23) persons in the plural ("they're both 93"), with no
    reading word in the words before it."""
    if _READING_NAMED.intersection(re.findall(r"[^\W\d_]+", before.lower())[-5:]):
        return False
    if _PLURAL_SUBJECT_BEFORE.search(before):
        return True
    before = unaccented(before)  # "Tía Carmen 95": the relation words are read without their marks
    if (kin := _KIN_AND_NAME_BEFORE.search(before)) is not None:
        return not any(is_medication(word) for word in kin.group().split()) and all(
            word in _given_names_in_lower_case() for word in kin.group("names").split() if word[0].islower())
    return _PERSON_THEN_PARENTHESIS_BEFORE.search(before) is not None and _PARENTHESIS_CLOSED.match(text, end) is not None


#: round 24: a relation of any list, in the plural, an in-law or great- and step- ones (``agewords``), as the words
#: before a figure end: the relation, maybe "'s", a word that may be a name, a comma or a dash, up to two verbs of
#: being or having, and maybe earlier figures with their joins ("my grandparents are 93 and ", "meine Großeltern sind
#: 92 und ", "her folks, 94 and ", "grandad ted ", "my aunts are 91, 93 and ")
_LISTING_KIN = {unaccented(w) for w in {*RELATIONS, *ENGLISH_RELATIONS, *KIN_WORDS, *agewords.MORE_KIN_WORDS,
                                        *agewords.plural_kin_words(), *agewords.IN_LAW_WORDS}} | _AGE_PERSON_UNMARKED
#: round 25: verbs of more languages ("är", "ma") and adverbs ("wird bald 96") are links too
_LINKS = _words_pattern({unaccented(w) for w in (*agewords.AGE_LINK_VERBS, *agewords.MORE_AGE_LINK_VERBS,
                                                 *agewords.AGE_LINK_ADVERBS)})
_OF_AN_AGE = _words_pattern(set(agewords.AGE_LINK_PREPOSITIONS))
#: a word of a name is no link, no join of a list ("oma und opa sind 92") and no relation in lower case ("oma, opa")
_NOT_A_LINK = (r"(?!(?:" + _LINKS + "|" + _OF_AN_AGE + "|" + _words_pattern(agewords.AGE_LIST_JOINS) + r")(?![\w'’-]))"
               r"(?!(?-i:" + _words_pattern(_LISTING_KIN) + r")(?![\w'’-]))")
_A_NAME = r"[^\W\d_][^\W\d_'’-]*"
#: round 25: one to three words of a name after the relation, maybe after a comma or a parenthesis and an honorific
#: ("my mother-in-law, Edna, is 94", "mi suegro Don Ramón tiene 95", "my mother-in-law Mrs Edna Parker is 94")
_LISTED_AGES_BEFORE = re.compile(
    r"(?i:(?:^|[^\w-])(?:" + _words_pattern(_LISTING_KIN) + r")(?:['’]s)?"
    r"(?:(?:\s*[,(]\s*|\s+)(?:(?P<honorific>" + _words_pattern({unaccented(w) for w in agewords.HONORIFICS_BEFORE_A_NAME})
    + r")\.?\s+)?" + _NOT_A_LINK + r"(?P<word>" + _A_NAME + r")(?P<more>(?:\s+" + _NOT_A_LINK + _A_NAME + r"){0,2})"
    r"\s*\)?)?"
    r"\s*[,:—–(-]?(?P<link>(?:\s+(?:" + _LINKS + r")(?![\w'’-])){1,3}|\s+(?:" + _OF_AN_AGE + r")(?![\w'’-]))?"
    r"(?:['’](?:s|re))?\s*"
    r"(?:\d{1,3}\s*(?:,\s*(?:(?:" + _words_pattern(agewords.AGE_LIST_JOINS) + r")\s+)?|\s(?:"
    + _words_pattern(agewords.AGE_LIST_JOINS) + r")\s+|&\s*)){0,4})\Z")
#: the words in lower case after a relation that are no name before a figure: verbs (and by their endings), words of
#: place and time, readings
_NO_NAME_BEFORE_A_FIGURE = frozenset({*agewords.NOT_NAMES_BEFORE_A_FIGURE, *PERSON_VERBS, *COMPANY_VERBS,
                                      *_READING_NAMED})


#: later figures of a list, two or three each, and a quantity's unit after the last ("92 and 95 mg": each a dose)
_LIST_THEN_QUANTITY = re.compile(r"(?i:(?:\s*(?:,|&|\s(?:" + _words_pattern(agewords.AGE_LIST_JOINS) + r")\s)\s*"
                                 r"\d{2,3}){1,4}" + _QUANTITY_NEXT.pattern + ")")


def _listed_ages_after_kin(before: str) -> bool:
    """Round 24: the words before a figure end in a relation (in the plural, an in-law: :data:`_LISTED_AGES_BEFORE`),
    and the words after it, if any, may be a person's name (round 25: up to three, maybe after an honorific)."""
    found = _LISTED_AGES_BEFORE.search(unaccented(before))
    if found is None:
        return False
    words = re.findall(r"[^\W\d_]+", found.group().lower())
    if _READING_NAMED.intersection(re.findall(r"[^\W\d_]+", before.lower())[-5:]):
        return False
    if found.group("word") is None:
        return True
    if words[0] in agewords.PRONOUN_PERSON_WORDS:
        return False
    honorific = found.group("honorific") is not None
    linked = found.group("link") is not None
    return all(_may_be_a_name(word, honorific=honorific, later=at > 0 or linked)
               for at, word in enumerate([found.group("word"), *found.group("more").split()]))


def _may_be_a_name(word: str, *, honorific: bool, later: bool) -> bool:
    """Whether ``word``, after a relation (and maybe an honorific) before a figure, may be a person's name: capitalised
    and no medicine, or in lower case neither a verb ("mom ran 95", "grandpa takes 95"), a word of
    :data:`_NO_NAME_BEFORE_A_FIGURE` nor a relation (a ``later`` word of a name, or one before a verb, may be one
    capitalised: "Edna Mae", "mi madrastra Lola tiene 92");
    after an honorific any other word ("dona lurdes")."""
    folded = word.lower()
    kin = folded in _LISTING_KIN and not (later and word[0].isupper())
    if folded in _NO_NAME_BEFORE_A_FIGURE or kin or is_medication(word):
        return False
    if word[0].isupper() or honorific or folded in FIRST_NAMES or len(folded) <= 3:
        return True
    return not (folded.endswith(("ed", "ing")) or (folded.endswith("s") and not folded.endswith("ss")))


def has_age_by_a_person(text: str) -> bool:
    """Whether ``text`` says an age over 89 of a person with no age word between (round 21: "grandpa: 97", "she is a
    young 92", "vovó com 92", "ages 91 and 93", "his age (93)", "91yF", "1 year shy of 100"), read figure by figure:
    each figure of 90 to 130 is asked about the few words before it and the unit or letter after it."""
    for m in _OLD_FIGURE_LOOK.finditer(text):
        start, end = m.span()
        before = text[max(0, start - 48):start]
        if _QUANTITY_NEXT.match(text, end):
            continue
        if _SEX_LETTER_NEXT.match(text, end) or _PERSON_THEN_AGE_BEFORE.search(before):
            return True
        if _age_after_kin(text, end, before):
            return True
        if _listed_ages_after_kin(text[max(0, start - 72):start]) and not _LIST_THEN_QUANTITY.match(text, end):
            return True
        if m.group() == "100" and (shy := _SHY_OF_BEFORE.search(before)) and 100 - int(shy.group(1)) > OLDEST_AGE_KEPT:
            return True
    return False


# --------------------------------------------------------------------------- an age by an Asian counter (round 24)

_OLD_HEADS, _OLD_UNITS = old_number_words()
#: round 24 (r24ages2): a number of 90 to 139, in figures or in romanised or scripted words ("95", "kyuujuu-go",
#: "jiushiliu", "gusip-chil", "baek", "아흔일곱", "九十五"), then a counter of years of age of Japanese, Chinese or
#: Korean; a romanised counter only with a hyphen before it or with an end, a mark or a particle after it ("sal" is
#: salt in Spanish and Portuguese, "sai" a verb in Italian and Portuguese)
_COUNTED_AGE = re.compile(
    r"(?i:(?:(?<![\d.,/:])(?:9\d|1[0-2]\d|130)(?![.,]\d)|(?<![a-z])(?:" + _OLD_HEADS + r")(?:[\s-]?(?:" + _OLD_UNITS + r"))?)"
    r"(?:\s*-\s*(?:" + _words_pattern(LATIN_AGE_COUNTERS) + r")(?![a-z])"
    r"|\s*(?:" + _words_pattern(LATIN_AGE_COUNTERS) + r")(?:\s*(?:[^\w\s]|\Z)|\s+(?:"
    + _words_pattern(LATIN_COUNTER_FOLLOWERS) + r")(?![a-z]))"
    r"|\s*(?:" + "|".join(SCRIPT_AGE_COUNTERS) + r")))")


def has_age_by_a_counter(text: str) -> bool:
    """Whether ``text`` says an age over 89 with a counter of years of age of Japanese, Chinese or Korean
    (:data:`_COUNTED_AGE`: "95-sai", "kyuujuu-go sai desu", "96 sui le", "gusip-chil sal", "97살", "九十五歳")."""
    return _COUNTED_AGE.search(text) is not None


# --------------------------------------------------------------------------- a birthday said by a festival (round 24)

#: the festivals read (the fixed-date holidays of :func:`features.deid.calendars.any_holiday` and the lunar ones), on
#: the text in lower case with its marks dropped
_FESTIVAL_NAMES = re.compile(rf"{any_holiday()[0].pattern}|\b(?:{LUNAR_FESTIVALS}|{BIRTHDAY_ONLY_FESTIVALS})\b",
                             re.IGNORECASE)
_BIRTH_BEFORE_WORD = re.compile(rf"(?:{BIRTH_WORDS_BEFORE_A_FESTIVAL})")
_BIRTH_AFTER_WORD = re.compile(rf"(?:{BIRTH_WORDS_AFTER_A_FESTIVAL})")
_FESTIVAL_JOINS = frozenset(FESTIVAL_JOINING_WORDS)
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
#: joining words the check passes over between a birth word and a festival
_MOST_JOINING = 6
#: the most words of a birth phrase ("compio gli anni")
_LONGEST_BIRTH_PHRASE = 3


def _a_birth_word_across_joins(words: list[str], birth: re.Pattern[str], *, backwards: bool = False) -> bool:
    """Whether, passing over joining words (:data:`FESTIVAL_JOINING_WORDS`, a few), the first other word of ``words``
    is a birth word of ``birth`` (whole), or begins a birth phrase of up to three words (round 25: "faço anos",
    "sinh nhật"; ``words`` run away from the festival, so backwards before it)."""
    for at, word in enumerate(words[:_MOST_JOINING + 1]):
        for size in range(1, _LONGEST_BIRTH_PHRASE + 1):
            phrase = words[at:at + size]
            if birth.fullmatch(" ".join(phrase[::-1] if backwards else phrase)):
                return True
        if word not in _FESTIVAL_JOINS:
            return False
    return False


def has_festival_birthday(text: str) -> bool:
    """Whether ``text`` says somebody's birthday by a fixed-date festival (HIPAA Safe Harbor: a month and a day of a
    date of birth), read on the check's own: a festival's name with a birth word before it or a birthday word after
    it, only joining words between ("nací en Nochebuena", "Nochebuena es mi cumple", "a Christmas baby"), or, in
    Chinese, Japanese or Korean, a festival with a birth word a few characters away in its clause ("元旦是我的生日")."""
    lowered = plain_lower(text)
    for m in _FESTIVAL_NAMES.finditer(lowered):
        before = _WORD_TOKEN.findall(lowered[max(0, m.start() - 80):m.start()])[::-1]
        after = _WORD_TOKEN.findall(re.sub(r"^['’]s\b", "", lowered[m.end():m.end() + 80]))
        if (_a_birth_word_across_joins(before, _BIRTH_BEFORE_WORD, backwards=True)
                or _a_birth_word_across_joins(after, _BIRTH_AFTER_WORD)):
            return True
    if text.isascii():
        return False
    composed = unicodedata.normalize("NFC", text)
    numbered = {name for names in NUMBERED_SCRIPT_FESTIVALS.values() for name in names}
    for name in (*script_festivals(), *numbered):
        at = composed.find(name)
        while at >= 0:
            end = at + len(name)
            reach = SCRIPT_BIRTH_REACH + 4 + SCRIPT_YEAR_LENGTH
            window = (composed[max(0, at - reach):at], composed[end:end + reach])
            alone = name not in numbered or not ({composed[at - 1:at], composed[end:end + 1]}
                                                 & NUMBER_FESTIVAL_NEIGHBOURS)
            if alone and any(_birth_word_within(side, backwards=i == 0) for i, side in enumerate(window)):
                return True
            if alone and _glued_birth(composed[end:end + 2]):  # round 35: "광복절생이에요"
                return True
            at = composed.find(name, at + 1)
    return False


def _glued_birth(after: str) -> bool:
    """Whether ``after`` (the two characters after a festival's name in those scripts) opens with a birth suffix of
    :data:`GLUED_SCRIPT_BIRTH_SUFFIXES` that ends its word or is followed by a particle's syllable (round 35:
    "광복절생이에요" is born on Liberation Day; "광복절생활" is no birth)."""
    suffix, rest = after[:1], after[1:]
    return suffix in GLUED_SCRIPT_BIRTH_SUFFIXES and (
        not rest or not unicodedata.name(rest, "").startswith("HANGUL SYLLABLE") or rest in GLUED_BIRTH_PARTICLES)


#: round 34 (r34days): a year of birth in figures between a festival and a birth word in those scripts
_SCRIPT_YEAR = re.compile(SCRIPT_YEAR_BETWEEN)


def _birth_word_within(side: str, *, backwards: bool) -> bool:
    """Whether a birth word of :data:`SCRIPT_BIRTH_WORDS` stands in ``side`` (the characters before a festival when
    ``backwards``, after it otherwise) within the reach, no clause's end between."""
    for word in SCRIPT_BIRTH_WORDS:
        at = side.rfind(word) if backwards else side.find(word)
        if at < 0:
            continue
        gap = side[at + len(word):] if backwards else side[:at]
        # round 34 (r34days): a year of birth between is passed over ("紀元節 1951年に生まれました")
        left = len(gap) - max((len(year.group()) for year in _SCRIPT_YEAR.finditer(gap)), default=0)
        if left <= SCRIPT_BIRTH_REACH and not any(c in gap for c in "。！？!?.\n"):
            return True
    return False


def identifier_shapes(text: str) -> list[str]:
    """Kinds of identifier shape in ``text`` (a message with its placeholders made spaces), each looked for only
    when a character it needs is there."""
    kinds = []
    if (has_old_age(text) or has_age_by_a_person(text) or has_age_by_a_counter(text)
            or has_asian_age_without_a_counter(text) or has_bare_age_after_a_verb(text)):
        kinds.append("age over 89")
    if not text.isascii() and has_block_address(text):
        kinds.append("street or block address")
    if has_device_serial(text):
        kinds.append("device serial")
    if any(c in text for c in "./-") and has_stay_date(text):
        kinds.append("day and month of a stay")
    if any(c in text for c in "./-") and has_cued_date(text):
        kinds.append("day and month of a date")
    if has_old_birth_year(text, datetime.date.today().year) or has_year_of_birth_in_other_words(
            text, datetime.date.today().year):
        kinds.append("year of birth over 89")
    if has_festival_birthday(text):
        kinds.append("birthday by a festival")
    kinds += [kind for kind in calendar_kinds(text) if kind not in kinds]  # round 30
    if has_bank_account(text):  # round 40
        kinds.append("bank account number")
    kinds += [kind for kind in twelfth_round_shapes(text) if kind not in kinds]
    kinds += [kind for kind in thirteenth_round_shapes(text) if kind not in kinds]
    return kinds + [kind for kind in fifteenth_round_shapes(text) if kind not in kinds]


# --------------------------------------------------------------------------- the twelfth round's shapes

#: months by number, as the check reads them: English, Spanish, French, German, Italian and Portuguese names and their
#: short forms, accents dropped ("févr." is "fevr", "Mär" is "mar")
_MONTH_NUMBER = {
    **dict.fromkeys(("january", "jan", "enero", "ene", "janvier", "janv", "januar", "gennaio", "janeiro"), 1),
    **dict.fromkeys(("february", "feb", "febrero", "fevrier", "fevr", "fev", "februar", "febr", "febbraio",
                     "fevereiro"), 2),
    **dict.fromkeys(("march", "mar", "marzo", "mars", "marz", "maerz", "marco"), 3),
    **dict.fromkeys(("april", "apr", "abril", "abr", "avril", "avr", "aprile"), 4),
    **dict.fromkeys(("may", "mayo", "mai", "maggio", "maio"), 5),
    **dict.fromkeys(("june", "jun", "junio", "juin", "juni", "giugno", "giu", "junho"), 6),
    **dict.fromkeys(("july", "jul", "julio", "juillet", "juil", "juli", "luglio", "lug", "julho"), 7),
    **dict.fromkeys(("august", "aug", "agosto", "aout", "ago"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septiembre", "setiembre", "septembre", "settembre", "setembro"), 9),
    **dict.fromkeys(("october", "oct", "octubre", "octobre", "oktober", "okt", "ottobre", "ott", "outubro", "out"), 10),
    **dict.fromkeys(("november", "nov", "noviembre", "novembre", "novembro"), 11),
    **dict.fromkeys(("december", "dec", "diciembre", "dic", "decembre", "dezember", "dez", "dicembre", "dezembro"), 12),
}
#: months' names that are everyday words too: a month only capitalised ("May 3", not "you may 3x")
_MONTH_ONLY_CAPITALISED = frozenset({"may", "mai", "ago", "out", "march", "mars", "set"})
_MONTH_WORD = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_DAY_THEN_MONTH = re.compile(rf"(?i)(?<![\w.,/-])(?<!\d:)(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|e|o|a)?\.?"
                             rf"(?:\s*[./-]\s*|\s+(?:of|de|del)\s+|\s*)(?P<month>{_MONTH_WORD})(?![^\W\d_])")
_MONTH_THEN_DAY = re.compile(rf"(?i)(?<![^\W\d_])(?P<month>{_MONTH_WORD})\.?\s*[./-]?\s*(?P<day>\d{{1,2}})"
                             r"(?:st|nd|rd|th)?(?!\d|[.,:]\d|\s*(?:%|mg|mcg|ml|units?|mmol|kg|lbs?|x\b|am\b|pm\b|h\b|"
                             r"hrs?\b|tabs?\b|pills?\b))")
#: (the separator glued to the numeral: "see you at 3 . I will" is prose)
_ROMAN_MONTH_DATE = re.compile(r"(?<![\w.,/-])(?P<day>\d{1,2})\s*[./-](?P<roman>[IVX]{1,4})(?![\w-])|"
                               r"(?<![\w./-])(?P<roman2>[IVX]{1,4})[./-]\s*(?P<day2>\d{1,2})(?![\w-]|[.,/]\d)")
_ROMAN_DAYS = re.compile(r"(?i)\b(?:ides|nones|kalends|calends)\s+of\s+(?:" + _MONTH_WORD + r")\b")
_GRADE_WORD = re.compile(r"(?i)\b(?:stage|stadium|estadio|stade|grade|grado|grad|class|klasse|clase|type|typ|tipo|phase|"
                         r"fase|level|nivel|tier|nyha|gold|cn|step|part|chapter|vol|volume|section)\W{0,3}$")


def _a_month_named(m: re.Match[str]) -> bool:
    """A day and a month's name, no lung function's measure glued ("FEV1 68%", round 22)."""
    word = m.group("month")
    if m.start("month") < m.start("day") and m.string[m.start("month"):m.end("day")].lower() in (
            clinicalwords.MEASURES_LIKE_DATES):
        return False
    return 1 <= int(m.group("day")) <= 31 and (word.lower() not in _MONTH_ONLY_CAPITALISED or word[0].isupper())


def has_named_month_date(text: str) -> bool:
    """Whether ``text`` holds the day and month of a date with the month named (HIPAA Safe Harbor: every date element
    but the year), read by the check's own table of months: the day and the month's name or short form either
    first, glued, dashed or spaced ("14Mar", "mar-14", "3 Jan", "14 févr.", "the 14th of mar"), a Roman numeral
    month ("14.III", "III-14", not after a stage or a grade) or a Roman named day ("the ides of March")."""
    plain = unaccented(text)
    if _ROMAN_DAYS.search(plain):
        return True
    if not any(c.isdigit() for c in plain):
        return False
    if any(_a_month_named(m) for regex in (_DAY_THEN_MONTH, _MONTH_THEN_DAY) for m in regex.finditer(plain)):
        return True
    for m in _ROMAN_MONTH_DATE.finditer(plain):
        day, roman = (m.group("day"), m.group("roman")) if m.group("day") else (m.group("day2"), m.group("roman2"))
        value = _roman(roman.lower())
        if 1 <= int(day) <= 31 and 1 <= value <= 12 and _to_roman_check(value) == roman.lower() and not (
                _GRADE_WORD.search(plain[max(0, m.start() - 16):m.start()])):
            return True
    return False


def _to_roman_check(value: int) -> str:
    """A month's Roman numeral as written (1 to 12), to tell "IIII" or "VX" from a numeral."""
    return ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")[value - 1]


_DIGIT_WORD_VALUE = {"zero": 0, "oh": 0, **{w: v for w, v in _UNITS.items() if w in (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")}}
_DIGIT_WORD = "|".join(_DIGIT_WORD_VALUE)
_YEARS = r"\s*-?\s*(?:years?|yrs?|y/?o\b|y\.o\.|yo\b)"
_AGE_SAID = r"\b(?:age|aged|edad|alter|idade)\b\s*[:=]?\s*"
_HEX_AGE = re.compile(rf"(?i)\b0x(?P<n>[0-9a-f]{{1,2}})(?={_YEARS})|{_AGE_SAID}0x(?P<m>[0-9a-f]{{1,2}})\b")
_DIGIT_WORDS_AGE = re.compile(rf"(?i)\b(?P<n>(?:{_DIGIT_WORD})(?:[\s,-]+(?:{_DIGIT_WORD})){{1,2}})\b(?={_YEARS})|"
                              rf"{_AGE_SAID}(?P<m>(?:{_DIGIT_WORD})(?:[\s,-]+(?:{_DIGIT_WORD})){{1,2}})\b")
_DECADE_OF_LIFE = re.compile(r"(?i)\bin\s+(?:her|his|their|my|your|our)\s+(?:(?:very\s+)?(?:mid|early|late|upper|lower)"
                             r"[\s-]*)?(?:nineties|90'?s)\b|\b(?:super)?centenarian|\bnonagenarian")
_ABOUT_AGE = re.compile(rf"(?i){_AGE_SAID}(?:~|≈|approx\.?|approximately|about|around|ca\.?|c\.|roughly|circa)\s*"
                        rf"(?P<n>9\d|1[01]\d)(?![\d])|(?:~|≈|\bapprox\.?|\bca\.)\s*(?P<m>9\d|1[01]\d)(?={_YEARS})")


def has_more_old_age(text: str) -> bool:
    """Whether ``text`` says an age over 89 in the twelfth round's shapes: keycap digits ("9️⃣4️⃣ years old"),
    hexadecimal ("0x5E years"), digit words one by one ("nine four years old"), a decade of a person's life after a
    possessive ("in her mid-nineties"; "the 90s" is history), "nonagenarian", an approximate age ("age ~96")."""
    if "\u20e3" in text and has_old_age(re.sub("[\ufe0f\u20e3]", "", text)):
        return True
    if _DECADE_OF_LIFE.search(text):
        return True
    if any(_old(int(m.group("n") or m.group("m"), 16)) for m in _HEX_AGE.finditer(text)):
        return True
    for m in _DIGIT_WORDS_AGE.finditer(text):
        digits = "".join(str(_DIGIT_WORD_VALUE[w]) for w in re.findall(r"[a-z]+", (m.group("n") or m.group("m")).lower()))
        if not digits.startswith("0") and _old(int(digits)):
            return True
    return any(_old(int(m.group("n") or m.group("m"))) for m in _ABOUT_AGE.finditer(text))


_SSN_SAID = r"(?:ssn|ss\s*#|ss\s*no\.?|soc(?:ial)?(?:\s+sec(?:urity)?)?(?:\s+(?:number|no\.?|num|#))?)"
_SSN_LAST_FOUR = re.compile(rf"(?i)\b{_SSN_SAID}\D{{0,24}}?\b(?:last|ending|ends|final)\b\D{{0,16}}?(?<!\d)\d{{4}}(?!\d)|"
                            rf"\b(?:last|final)\s+(?:4|four)\b\D{{0,24}}?\b{_SSN_SAID}\D{{0,12}}?(?<!\d)\d{{4}}(?!\d)|"
                            rf"\b{_SSN_SAID}\s*[:#]?\s*(?:x{{3}}|\*{{3}}|#{{3}})[\s-]*(?:x{{2}}|\*{{2}}|#{{2}})[\s-]*\d{{4}}(?!\d)")
_RECORD_SAID = (r"(?:mrn|mr\s*#|mr\s*no\.?|medical\s+record(?:\s+(?:number|no\.?|num|#))?|chart\s*(?:#|no\.?|number)|"
                r"record\s*(?:#|no\.?)|patient\s*id|pt\s*id)")
_ODD_RECORD = re.compile(rf"(?i)\b{_RECORD_SAID}\s*(?:[:#=]|is|was)?\s*(?:0x[0-9a-f]{{3,}}|"
                         r"[0-9a-f]{0,3}\d[0-9a-f]{0,3}(?:\s?[._/\\|:~*+]\s?[0-9a-f]{1,8}){1,5})(?![\w])")


def has_record_digits(text: str) -> bool:
    """Whether ``text`` holds the last four figures of a social security number ("SSN last four 1234", "last 4 of
    ssn: 1234") or a record number after a record word in hexadecimal or with odd separators ("MRN 0x1A2B3C")."""
    return any(c.isdigit() for c in text) and (_SSN_LAST_FOUR.search(text) is not None
                                               or _ODD_RECORD.search(text) is not None)


_DEVICE_SAID = re.compile(r"(?i)\b(?:paired|pairing|pair|connected|connecting|connect|bluetooth|bt|ble|device)\b")
_NAMED_SERIAL = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9]{0,20}\s*[-_]\s*(?:sn|SN|s/n|S/N)?[-_]?(?P<serial>[0-9A-Za-z]{5,24})"
                           r"(?![\w-])")


def has_device_name_serial(text: str) -> bool:
    """Whether ``text`` names a device with a serial in its name a few words after pairing or a device word
    ("paired "Pillbox-7F3A9C21"", "BT: MEDMINDER_SN4471902"): a word, a dash or an underscore, then letters and
    figures with three figures or more."""
    for cue in _DEVICE_SAID.finditer(text):
        m = _NAMED_SERIAL.search(text[cue.end():cue.end() + 60])
        if m and sum(c.isdigit() for c in m.group("serial")) >= 3:
            return True
    return False


#: street words of Albanian, Welsh, Swahili and Polish before a name and a number; Georgian and Thai in their scripts
#: (a Thai street word with its name: "ซอย 5" alone is a lane's number, no address; round 40, r40cars: Welsh "lon" a
#: word whole, "Long Range 2023" is a car's trim and year)
_STREET_FIRST = re.compile(
    r"(?i)\b(?:rruga|rr\.|bulevardi|blv\.|sheshi|heol|stryd|ffordd|lon(?![^\W\d_])|rhodfa|cilgant|teras|mtaa\s+wa|barabara\s+ya|"
    r"njia\s+ya|ulica|ulicy|aleja|osiedle|ul\.)\s*(?:[\w'’.-]+,?\s+){0,3}?,?\s*(?:nr\.?\s*)?\d{1,4}(?!\d|[.,]\d|\s*(?:%|mg|"
    r"mcg|ml|units?|tabs?|pills?|x\b|am\b|pm\b|h\b|hrs?\b|min))")
_NUMBER_FIRST = re.compile(r"(?i)(?<![\d.,])\d{1,4}[a-z]?,?\s+(?:rruga|heol|stryd|ffordd|lon|rhodfa|cilgant|teras|"
                           r"mtaa\s+wa|barabara\s+ya)\s+\w")
_ICELANDIC = re.compile(r"\b[A-ZÞÆÐ][a-zþæð]{2,}(?:vegur|vegi|gata|gotu|stigur|braut|straeti|stræti|torg|sund|teigur|"
                        r"hagi|gerdi|gerði|tun)\s+\d{1,4}(?!\d)")
_GEORGIAN_OR_THAI = re.compile(r"(?:ქუჩა|ქუჩის|გამზ\.|გამზირი|ჩიხი|შესახვევი)\s*,?\s*(?:N\s*)?\d{1,4}|"
                               r"(?:ถนน|ถ\.|ซอย|ซ\.)[\u0e00-\u0e7f]{1,30}\s*\d{1,4}")


def has_more_street(text: str) -> bool:
    """Whether ``text`` holds a street address written the Albanian, Welsh, Swahili, Polish, Icelandic, Georgian or
    Thai way: a street word, up to three words and a house number, the number first, an Icelandic street name and its
    number, or a Georgian or Thai street word and a number in their scripts."""
    if not any(c.isdigit() for c in text):
        return False
    plain = unaccented(text)
    return any(regex.search(plain) for regex in (_STREET_FIRST, _NUMBER_FIRST, _ICELANDIC, _GEORGIAN_OR_THAI))


# Ages over 89 said otherwise (round 19), read word by word: a verb of turning of another language before 90 to 119
# ("fyller 97", "cumple 96"), scores ("4 score and 15"), decades with a part or said of a life ("9 décadas y media",
# "9 decades + 4 years old", "lived nine decades")
_AGE_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+(?:'[^\W\d_]+)?|[+&]")
_TURNING = frozenset(agewords.TURNING_VERBS) | {"compiuto"}
_JOINING = frozenset({"and", "y", "e", "et", "und", "en", "og", "och", "+", "&"})
_ARTICLE = frozenset({"a", "an", "one", "un", "una", "uno", "ein", "eine", "en", "et"})
_YEAR_UNITS = frozenset(agewords.YEARS_WORDS)
_SUMMERS = frozenset({"year", "years", "yrs", "summers", "winters"})
_OLD_ONE = {tuple(words.split()) for words in agewords.OLD_AFTER_WORDS}
_UNIT_AFTER = frozenset({
    "mg", "mcg", "ml", "kg", "g", "lb", "lbs", "kr", "eur", "euro", "euros", "dollars", "pesos", "reais", "grad",
    "grader", "graus", "grados", "gradi", "degrees", "minutes", "min", "minuten", "minuter", "minutos", "minuti",
    "timer", "timmar", "horas", "ore", "stunden", "hours", "dias", "days", "dagar", "dager", "dage", "tage", "tagen",
    "giorni", "jours", "km", "meter", "metros", "cm", "kilo", "kilos", "pund", "percent", "prozent", "units", "tablets",
    "pills", "steps", "bpm", "mmhg"})


def _count(token: str) -> int | None:
    return int(token) if token.isdigit() and len(token) <= 3 else agewords.SMALL_NUMBER_WORDS.get(token)


def _said_old_at(tokens: list[str], i: int) -> bool:
    """Whether the word at ``i`` of ``tokens`` says an age over 89 in one of the ways above."""
    word, before = tokens[i], tokens[max(0, i - 4):i]
    after = tokens[i + 1:i + 6] + [""] * 5
    if word in _TURNING and after[0].isdigit() and _old(int(after[0])):
        return after[1] not in _UNIT_AFTER and not READING_WORDS.intersection(before)
    n = _count(tokens[i - 1]) if i else None
    if n is None:
        return False
    if word in agewords.SCORE_WORDS:
        more = _count(after[1]) if after[0] in _JOINING else None
        return _old(20 * n + (more or 0)) and (more is not None or after[0] in _SUMMERS)
    if word in agewords.DECADE_WORDS:
        rest = after[1:] if after[0] in _JOINING else None
        if rest and rest[0] in _ARTICLE and rest[1] in agewords.HALF_WORDS:
            rest = rest[1:]
        part = 5 if rest and rest[0] in agewords.HALF_WORDS else (
            _count(rest[0]) if rest and rest[1] in _YEAR_UNITS else None)
        life = i >= 2 and tokens[i - 2] in agewords.LIFE_BEFORE_WORDS
        old = any(tuple(after[:k]) in _OLD_ONE for k in (1, 2))
        alone = after[0] not in agewords.DECADES_SPAN_AFTER_WORDS  # round 20: "nine decades and still gardening"
        return _old(10 * n + (part or 0)) and (part is not None or life or old or alone)
    return False


def has_age_said_otherwise(text: str) -> bool:
    """Whether ``text`` says an age over 89 after a verb of turning of another language, in scores or in decades
    (round 19; the check's reading, word by word)."""
    plain = plain_lower(text)
    if not (_OLD_FIGURES_LOOK.search(plain) or any(w in plain for w in ("score", "decad", "decen", "jahrzehnt",
                                                                          "rtionden", "rtier", "vuosikymmen", "dekad"))):
        return False
    tokens = _AGE_TOKEN.findall(plain)
    return any(_said_old_at(tokens, i) for i, token in enumerate(tokens)
               if token in _TURNING or token in agewords.SCORE_WORDS or token in agewords.DECADE_WORDS)


_OLD_FIGURES_LOOK = re.compile(r"(?<!\d)(?:9\d|1[01]\d)(?!\d)")


# A national register number whose first part reads as a date (round 19: "29.07.12-033.28" went out as
# "<DATE>-033.28"): read as a chunk of figures and separators, nine to twelve figures, a date in its first six
# (day first or year first) and a separator after them
_NUMBER_CHUNK = re.compile(r"(?<![\w.,/-])\d[\d./+-]{7,15}[\dA-Z](?![\w-]|[.,/]\d)")


def has_dated_national_number(text: str) -> bool:
    """Whether ``text`` holds a national register number whose first part reads as a date."""
    for m in _NUMBER_CHUNK.finditer(text):
        chunk = m.group()
        figures = "".join(c for c in chunk if c.isdigit())
        head = chunk.replace(".", "").replace("/", "")
        sign = next((k for k, c in enumerate(head) if c in "-+"), -1)
        if not 9 <= len(figures) + (not chunk[-1].isdigit()) <= 12 or sign not in (6, 8):
            continue
        if not re.match(r"\d{3}", chunk[chunk.find(head[sign]) + 1:]):  # "12.03.21-15.03.21" is two dates
            continue
        if chunk.count("-") + chunk.count("+") > (3 if chunk[2] in "./-" else 1):
            continue
        d1, d2, d3 = int(figures[:2]), int(figures[2:4]), int(figures[4:6])
        if (1 <= d1 <= 31 and 1 <= d2 <= 12) or (1 <= d2 <= 12 and 1 <= d3 <= 31):
            return True
    return False


def twelfth_round_shapes(text: str) -> list[str]:
    """The kinds of :func:`identifier_shapes` the twelfth black-box round found past the check."""
    kinds = []
    if has_named_month_date(text):
        kinds.append("day and month of a date")
    if has_more_old_age(text):
        kinds.append("age over 89")
    if has_record_digits(text):
        kinds.append("record number or SSN digits")
    if has_dated_national_number(text):
        kinds.append("national number beginning with a date")
    if has_device_name_serial(text):
        kinds.append("device serial")
    if has_more_street(text):
        kinds.append("street or block address")
    if has_masked_phone(text):
        kinds.append("phone with a masked tail")
    if has_month_year(text):
        kinds.append("month and year of a date")
    if (has_world_old_age(text) or has_age_said_otherwise(text)) and "age over 89" not in kinds:
        kinds.append("age over 89")
    if has_old_class_year(text):
        kinds.append("class year of a person over 89")
    return kinds


#: a class year's cues, read on the text in lower case with its words apart (the shared words; the reading is the
#: check's own)
_CLASS_CUE_WORDS = [tuple(cue.split()) for cue in agewords.GRADUATION_CUES]
_CLASS_TOKEN = re.compile(r"[a-z]+|['’]?[0-9]+[a-z]*")


def has_old_class_year(text: str) -> bool:
    """Whether ``text`` says the year a person older than 89 finished school ("class of 1951", "class of '49";
    round 20): the year right after a cue, as old as this year less 90 plus the age of leaving school."""
    lowered = text.lower()
    if not any(w in lowered for w in ("class", "grad", "abitur", "matur", "examen", "promo")):
        return False
    tokens = _CLASS_TOKEN.findall(lowered)
    now = datetime.date.today().year
    for i, token in enumerate(tokens):
        figures = token.lstrip("'’")
        if not figures.isdigit() or not (len(figures) == 4 or (len(figures) == 2 and figures != token)):
            continue
        if not any(tuple(tokens[max(0, i - len(cue)):i]) == cue for cue in _CLASS_CUE_WORDS):
            continue
        year = int(figures) if len(figures) == 4 else (1900 if int(figures) > now % 100 else 2000) + int(figures)
        if year >= 1800 and now - year + agewords.GRADUATION_AGE > OLDEST_AGE_KEPT:
            return True
    return False


# --------------------------------------------------------------------------- a month and its year

#: a month of figures and a year of four (1900-2099) either way round ("11/2024", "11.2024", "2024-11", "2025/03"),
#: a Roman numeral month and a year ("III.2025"); not a part of a longer number, a decimal or a full date
_FIGURES_MONTH_YEAR = re.compile(
    r"(?<![\w.,/:-])(?:0?[1-9]|1[0-2])\s*[./-]\s*(?:19|20)\d\d(?![\w]|[.,/:-]\d)|"
    r"(?<![\w.,/:$€£-])(?:19|20)\d\d\s*(?:[/-]\s*(?:0?[1-9]|1[0-2])|\.(?:0[1-9]|1[0-2]))(?![\w]|[.,/:-]\d)|"
    r"(?<![\w.,/-])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[./-]\s*(?:19|20)\d\d(?![\w]|[.,/:-]\d)")
_AMOUNT_AFTER_MONTH_YEAR = re.compile(r"\s*(?:%|mg|mcg|ug|ml|iu|ui|units?\b|mmol|kg|lbs?\b|x\b|tabs?\b|pills?\b|dilution)",
                                      re.I)
#: a month and a year in Chinese, Japanese or Korean ("2024年11月", "2024년 11월")
_CJK_MONTH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[年년]\s*(?:0?[1-9]|1[0-2])\s*[月월]")
#: a year after a month's name: four figures, or two after an apostrophe ("Nov '24")
_NAMED_YEAR = re.compile(r"(?<![\d.,:])(?<!\d[/-])(?:19|20)\d\d(?!\d|[.,/:-]\d)|['’`]\d\d(?![\w]|[.,/:-]\d)")
#: the month's word before the year and what may stand between ("noviembre de 1951", "tháng 8 năm 1962")
_WORD_BEFORE_YEAR = re.compile(r"(?P<w>[^\W\d_]+)\.?\s*(?:[/-]\s*|,?\s+(?:(?:de|del|of|năm|nam|year|du|di|do|da)\s+)?|"
                               r"['’`]?)$")
#: a named day with its year ("Diwali 2024", "Día de los Muertos 2024"), read on the text unaccented
_NAMED_DAY_YEAR = re.compile(rf"{named_days()}\s*,?\s*(?:(?:of|de|del|in)\s+)?(?:(?<![\d.,/:-])(?:19|20)\d\d|['’`]\d\d)"
                             r"(?!\d|[.,/:-]\d)", re.IGNORECASE)
#: round 22: after a birth word, a named day and a year of two figures with no apostrophe ("born on leap day 36",
#: "birthday: Christmas Day 81")
_BIRTH_NAMED_DAY_YEAR = re.compile(rf"(?:\bborn|\bbirth(?:day)?|\bb-?day|\bd\.?o\.?b\.?|\bgeboren|\bnacid[oa]|\bn[ée]e?)"
                                   rf"[\s:,]*(?:(?:on|in|the|was|is)\s+){{0,2}}{named_days()}\s*,?\s*(?:(?:of|in)\s+)?"
                                   r"\d\d(?!\w|[.,/:-]\d|\s*(?:mg|ml|units?|hours?|hrs?|min|days?)\b)", re.IGNORECASE)
_THANG_YEAR = re.compile(r"(?i)\btháng\s*(?:0?[1-9]|1[0-2])\s*,?\s*(?:năm\s*)?(?:19|20)\d\d(?!\d)")
#: after a birth word, a month and a year of two figures ("born 11/51", "b. 4/90", "DOB nov/58", "geb. 12.79")
_BIRTH_SHORT_YEAR = re.compile(r"(?i)(?:\bborn|\bb\.|\bd\.?o\.?b\.?|\bbirth(?:day|date)?|\bgeb\.?|\bgeboren|\bn[ée]e?|"
                               r"\bnacid[oa]|\bnac\.|\bnat[oa]|\bnascid[oa]|\bnar\.)[\s:,]*(?:(?:in|en|em|im|on)\s+)?"
                               r"(?:(?:0?[1-9]|1[0-2])|(?P<w>[^\W\d_]+))\.?\s*[./-]\s*'?\d\d(?![\w]|[.,/:-]\d)")


def has_month_year(text: str) -> bool:
    """Whether ``text`` holds a month with its year (HIPAA Safe Harbor: every element of a date but the year), read
    on the check's own: figures either way round with a four-figure year, a Roman numeral month, a month's name in any
    language of the month table before the year (:func:`features.deid.leakworld.names_a_month`), Vietnamese "tháng
    8 năm 1962", a month and a two-figure year after a birth word, or a named day and its year
    (:func:`features.deid.holidaywords.named_days`)."""
    if not any(c.isdigit() for c in text):
        return False
    if any(not _AMOUNT_AFTER_MONTH_YEAR.match(text, m.end()) and not after_an_expiry_word(text, m.start(), m.end())
           for m in _FIGURES_MONTH_YEAR.finditer(text)):
        return True
    if _THANG_YEAR.search(text) or _NAMED_DAY_YEAR.search(plain := unaccented(text)) or (
            _BIRTH_NAMED_DAY_YEAR.search(plain)):
        return True
    if any(not after_an_expiry_word(text, m.start(), m.end()) for m in _CJK_MONTH_YEAR.finditer(text)):
        return True
    if any(m.group("w") is None or names_a_month(m.group("w").capitalize()) for m in _BIRTH_SHORT_YEAR.finditer(text)):
        return True
    for m in _NAMED_YEAR.finditer(text):
        before = _WORD_BEFORE_YEAR.search(text, max(0, m.start() - 40), m.start())
        if before and (names_a_month(before.group("w")) or (
                text[before.end("w"):before.end("w") + 1] in "/-.'’`" and names_a_month(before.group("w").capitalize()))
                ) and not after_an_expiry_word(text, before.start("w"), m.end()):
            return True
    return False


# --------------------------------------------------------------------------- ages over 89, the word for years of any language

#: figures of 90 to 119 before the word for years of any language CLDR knows or a word for "years old"
#: (:mod:`features.deid.agewords`), read as written in lower case with marks dropped ("94 ara", "৯৪ বছর" read as
#: "94 বছর" by the scan's digits, "94 жаста"); a word of another script may take a case ending
_YEAR_WORD = "(?:" + "|".join(
    [re.escape(w) + r"(?![^\W\d_])" for w in sorted({plain_lower(w) for w in AGE_WORDS if plain_lower(w).isascii()}, key=len,
                                                     reverse=True)]
    + [re.escape(w) for w in sorted({plain_lower(w) for w in AGE_WORDS if not plain_lower(w).isascii()}, key=len, reverse=True)]
) + ")"
_WORLD_AGE = re.compile(r"(?<![\d.,/:$€£])(?P<n>9\d|1[01]\d)\s*-?\s*" + _YEAR_WORD)


#: round 16: an age over 89 spelled in a language whose tens the check's other readings do not know, before the word for
#: years ("noranta-quatre anys", "yhdeksankymmentanelja vuotta"), the start of the number as the shared vocabulary
#: gives it (:data:`~features.deid.agewords.SPELLED_OLD_AGE_STARTS`), the rest of it the check's own loose reading
_SPELLED_AGE_START = re.compile("(?<![a-z])(?:" + "|".join(map(re.escape, SPELLED_OLD_AGE_STARTS)) + ")")
_WORLD_SPELLED_AGE = re.compile(_SPELLED_AGE_START.pattern + r"[a-z-]*(?:(?:\s+[a-z]+){1,2}?(?=\s))?\s*-?\s*(?:"
                                + _YEAR_WORD + ")")  # round 33: no word of years glued to a word after the number


#: round 33: words of a span of time after a word of years, folded as :func:`plain_lower` writes them
_SPAN_WORDS_AFTER = frozenset(plain_lower(w) for w in agewords.NOT_AGE_AFTER_A_NUMBER_WORD if " " not in w)


def has_world_old_age(text: str) -> bool:
    """Whether ``text`` says an age over 89 in figures before the word for years of another language ("94 metai",
    "94 bliain", "94 տարեկան"), not a span of time ("seit 95 Jahren") nor a reading ("glucose 94")."""
    plain = plain_lower(text)
    # round 33: nor a span of time ("i nittiosex år": for ninety-six years; "nittio år sedan": ninety years ago)
    if _SPELLED_AGE_START.search(plain) and any(
            not READING_WORDS.intersection(re.findall(r"\w+", plain[max(0, m.start() - 30):m.start()]))
            and not _DURATION_BEFORE.search(plain[max(0, m.start() - 20):m.start()])
            and not set(plain[m.end():m.end() + 20].split()[:1]) & _SPAN_WORDS_AFTER
            for m in _WORLD_SPELLED_AGE.finditer(plain)):
        return True
    for m in _WORLD_AGE.finditer(plain):
        before = plain[max(0, m.start() - 30):m.start()]
        if not _DURATION_BEFORE.search(before[-20:]) and not READING_WORDS.intersection(re.findall(r"\w+", before)):
            return True
    return False


# --------------------------------------------------------------------------- the thirteenth round's shapes

#: the check's reading of a phone whose last four are masked ("413-862-xxxx", "(413) 862-****"): three figures, three
#: more, then one mask sign said three or four times (the same sign: "x", "*", "#", "_", "•" or ".")
_MASKED_TAIL = re.compile(r"(?<![\d(])\(?([2-9][0-9]{2})\)?[ \t./-]{0,2}([2-9][0-9]{2})[ \t./-]{1,2}"
                          r"(x{3,4}|\*{3,4}|#{3,4}|_{3,4}|\u2022{3,4}|\.{3,4})(?![0-9a-z*#_\u2022])", re.IGNORECASE)


def masked_phones(text: str) -> list[str]:
    """The six visible figures (area code and exchange) of each phone in ``text`` whose last four are masked."""
    if not any(sign * 2 in text.lower() for sign in "x*#_\u2022."):
        return []
    return [m.group(1) + m.group(2) for m in _MASKED_TAIL.finditer(text)]


#: round 14: the same with some of the last four figures still shown ("413-862-xx07", "413 862 x5x7"), the owner's only
_PARTLY_MASKED_TAIL = re.compile(r"(?<![\d(])\(?([2-9][0-9]{2})\)?[ \t./-]{0,2}([2-9][0-9]{2})[ \t./-]{1,2}"
                                 r"([0-9x*#_\u2022]{4})(?![0-9a-z*#_\u2022])", re.IGNORECASE)


def partly_masked_phones(text: str) -> list[str]:
    """The six visible figures of each phone in ``text`` whose last four are masked in part or whole (read for the
    owner's phone only: anybody's is read by :func:`masked_phones`)."""
    if not any(sign in text.lower() for sign in "x*#_\u2022"):
        return []
    return [m.group(1) + m.group(2) for m in _PARTLY_MASKED_TAIL.finditer(text) if not m.group(3).isdigit()]


def has_masked_phone(text: str) -> bool:
    """Anybody's phone with a masked tail: its area code and exchange are still a phone's (round 13)."""
    return bool(masked_phones(text))


# --------------------------------------------------------------------------- round 40: bank accounts


def _no_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _phrases(words: frozenset[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(_no_marks(w).split()) for w in words)


_BANK_PHRASES = _phrases(BANK_ACCOUNT_WORDS | BANK_BRANCH_WORDS)
_BRANCH_PHRASES = _phrases(BANK_BRANCH_WORDS)
_LONGEST_BANK_PHRASE = max(map(len, _BANK_PHRASES))
_FILLERS = frozenset(_no_marks(w) for w in BANK_NUMBER_FILLERS)
_AMOUNTS = frozenset(_no_marks(w) for w in AMOUNT_WORDS_AFTER_A_NUMBER)
_ALIASES = frozenset(ACCOUNT_ALIAS_WORDS)
_ALIAS_FILLERS = frozenset(_no_marks(w) for w in ACCOUNT_ALIAS_FILLERS)
#: a piece of an account's number as the check reads it: figures, with dashes, dots or a slash inside
_NUMBER_PIECE = re.compile(r"\d+(?:[-./]\d+)*(?:-[xX])?")
_ALIAS_VALUE = re.compile(r"[a-z0-9]{2,20}(?:\.[a-z0-9]{1,20}){1,4}|\d{18,26}")
_HUNGARIAN_ACCOUNT_LOOK = re.compile(r"(?<![\w-])\d{8}\s?-\s?\d{8}(?:\s?-\s?\d{8})?(?![\w-])")
_BANK_TOKEN = re.compile(r"[^\s:#=]+")
_EDGE_MARKS = ".,;:!?()[]\"'"


def _figures_after(tokens: list[str], at: int) -> tuple[int, bool]:
    """How many figures the pieces of a number from ``tokens[at]`` on hold, and whether an amount's word or decimals
    end it (a sum, no account)."""
    figures, last = 0, at
    while last < len(tokens) and _NUMBER_PIECE.fullmatch(tokens[last].strip(_EDGE_MARKS) or "-") and (
            tokens[last].strip(_EDGE_MARKS)):
        figures += sum(c.isdigit() for c in tokens[last])
        last += 1
    if last == at:
        return 0, False
    whole = "".join(tokens[at:last]).strip(_EDGE_MARKS)
    amount = (last < len(tokens) and tokens[last].strip(_EDGE_MARKS) in _AMOUNTS) or bool(
        re.search(r"[.,]\d{2}\Z", whole))
    return figures, amount


def has_bank_account(text: str) -> bool:
    """Round 40 (r40numbers): a bank account in ``text``, the check's own way (the redactor's:
    :func:`features.deid.world_shapes.bank_account_spans`): the figures after an account's word and its fillers, read
    word by word with marks dropped (five or more, four after a branch's word; no sum), an alias of words joined by
    dots or a CBU after "alias", or Hungary's groups of eight figures."""
    if sum(c.isdigit() for c in text) < 4 and "alias" not in text.lower():
        return False
    if _HUNGARIAN_ACCOUNT_LOOK.search(text):
        return True
    tokens = [t.strip(_EDGE_MARKS) or t for t in _BANK_TOKEN.findall(_no_marks(text.lower()))]
    for i, token in enumerate(tokens):
        if token in _ALIASES:
            rest = [t for t in tokens[i + 1:i + 5] if t not in _ALIAS_FILLERS]
            if rest and _ALIAS_VALUE.fullmatch(rest[0]):
                return True
        for n in range(min(_LONGEST_BANK_PHRASE, len(tokens) - i), 0, -1):
            phrase = tuple(tokens[i:i + n])
            if phrase not in _BANK_PHRASES:
                continue
            at = i + n
            while at < len(tokens) and at - i - n < 3 and tokens[at] in _FILLERS:
                at += 1
            figures, amount = _figures_after(tokens, at)
            fewest = 4 if phrase in _BRANCH_PHRASES else 5
            if fewest <= figures <= 34 and not amount:
                return True
            break
    return False


#: round 40 (r40numbers): a phone's placeholder, a word that goes on with a number
#: (:data:`~features.deid.contactwords.PHONE_CONTINUATION_WORDS`) and figures in groups of two to four after it: the
#: phone's last groups, left ("<PHONE> and then 45 67", "<PHONE> а потом 45 67")
_GOES_ON_AFTER_A_PHONE = re.compile(
    r"(?i)<PHONE>\s*[,;]?\s*(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in PHONE_CONTINUATION_WORDS),
                                              key=len, reverse=True))
    + r")\s*[,:]?\s*(\d{2,4}(?:[\s.-]\d{2,4}){0,2})(?![\d]|\s?[.,:/-]\s?\d)\s*([^\W\d_]*)")
_NO_PHONE_AFTER = frozenset(COUNTED_THINGS | READING_UNITS | {"mg", "ml", "mcg", "min", "mins", "kg", "h", "hrs"})
#: round 41 (r41numbers): a phone's first groups, too short for one alone, a word that goes on with a number and its
#: last groups ("612 345 y luego 67 89"): two to four groups before the word, a phone's count of figures in all
_PHONE_OVER_A_PAUSE = re.compile(
    r"(?i)(?<![\w.,:/-])(\d{2,4}(?:[ \t.-]\d{2,4}){1,3})\s*[,;]?\s*(?:"
    + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in PHONE_CONTINUATION_WORDS), key=len, reverse=True))
    + r")(?![^\W\d_])\s*[,:]?\s*(\d{2,4}(?:[ \t.-]\d{2,4}){0,2})(?![\d]|\s?[.,:/-]\s?\d)\s*([^\W\d_]*)")
_PHONE_OVER_A_PAUSE_FIGURES = range(9, 14)


def phone_groups_after_a_placeholder(text: str) -> bool:
    """Round 40: whether a phone's last groups stand after its placeholder and a word that goes on with a number, no
    unit or counted thing after them ("<PHONE> then 20 mg" is a dose)."""
    return "<PHONE>" in text and any(m.group(2).lower() not in _NO_PHONE_AFTER
                                     for m in _GOES_ON_AFTER_A_PHONE.finditer(text))


def phone_over_a_pause(text: str) -> bool:
    """Round 41 (r41numbers): whether a phone stands in groups with a word that goes on with it between them, its
    first groups too short for a phone alone ("612 345 y luego 67 89"), no unit or counted thing after it."""
    return any(m.group(3).lower() not in _NO_PHONE_AFTER
               and sum(c.isdigit() for c in m.group(1) + m.group(2)) in _PHONE_OVER_A_PAUSE_FIGURES
               for m in _PHONE_OVER_A_PAUSE.finditer(text))
