"""Identifier shapes of the twelfth black-box round, redactor side: the day and month of a date written with a Roman
numeral month, a month's abbreviation glued to the day or a Roman date ("14.III", "Mar14", "14Mar", "mar-14", "ides
of March"); ages over 89 in hexadecimal, in digit words, as a decade of a person's life or approximate ("0x5E years",
"nine four years old", "in her mid-nineties", "age ~96"); another patient's record number in hexadecimal and the last
four figures of a social security number; a device's name with a serial in it ("Pillbox-7F3A9C21"); street addresses
written the Icelandic, Polish, Georgian, Thai, Swahili, Welsh and Albanian way.

Every pattern reads pass 2's folded view (anyascii: "Mär" is "Mar", "févr." is "fevr.", "≈" is "~", "ถนน" is "thnn",
"გამზ." is "gamz."), and each runs only when a cheap test of the text lets it (most messages hold none of the cues).
The leak check reads the same kinds on its own (:mod:`features.deid.leakshapes`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from features.deid import clinicalwords
from features.deid.agewords import (
    AGE_WORDS,
    DECADE_WORDS,
    DECADES_SPAN_AFTER_WORDS,
    GRADUATION_AGE,
    GRADUATION_CUES,
    HALF_WORDS,
    LIFE_BEFORE_WORDS,
    NOT_AGE_AFTER_A_NUMBER_WORD,
    OLD_AFTER_WORDS,
    SCORE_WORDS,
    SMALL_NUMBER_WORDS,
    SPELLED_OLD_AGE_STARTS,
    TURNING_VERBS,
    YEARS_WORDS,
)
from features.deid.calendars import MORE_BIRTH_PHRASES, MORE_BIRTH_WORDS, any_holiday
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
from features.deid.normalize import fold, fold_text
from features.deid.recognizers import (
    _MEASURE,
    _NOT_A_QUANTITY,
    _PERSON_BEFORE,
    OLDEST_AGE_KEPT,
    RegexSpanRecognizer,
    _has_digit,
    _not_a_duration,
    _p,
    alternation,
    dose_step_runs,
    expiry_cue_before,
)
from features.deid.world_shapes import _is_month
from features.deid.worldwords import READING_WORDS

# --------------------------------------------------------------------------- day and month, the month named short

#: month abbreviations and names of English, Spanish, French, German, Italian and Portuguese, folded; words that are
#: also everyday words ("may", "set", "out", "ago", "gen", "mag") are left out: glued to a day they would take "14out"
MONTH_WORDS = (
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
    "noviembre", "diciembre", "ene", "abr", "dic",
    "janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    "janv", "fevr", "fev", "avr", "juil",
    "januar", "februar", "marz", "maerz", "juni", "juli", "oktober", "dezember", "okt", "dez", "febr",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "giu", "lug",
    "ott", "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
)
_MONTH = alternation(MONTH_WORDS)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
#: the words between the two days of a range of dates ("du 5 au 19 août", "vom 3. bis 17. März", "5 to 19 May")
_RANGE_JOINS = alternation(clinicalwords.RANGE_WORDS | {"to", "till", "until", "thru", "through", "a", "à", "y", "and",
                                                        "et", "und", "e", "an", "hasta", "fino"})
_ROMAN_MONTH = r"(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
#: what a number after a month's name is when it is no day: a dose, a reading, money, a time
_NO_DAY_AFTER = r"(?!\d|[.,:]\d|[ \t]*(?:%|mg|mcg|ml|units?|mmol|kg|lbs?|x\b|am\b|pm\b|h\b|hrs?\b|tabs?\b|pills?\b))"
#: a grade, a stage, a class or a type before a Roman numeral: no month ("stage III-2", "grade II/3", "type I-1")
_GRADE_BEFORE = re.compile(r"(?i)\b(?:stage|stadium|estadio|stade|grade|grado|grad|class|klasse|clase|type|typ|tipo|"
                           r"phase|fase|level|nivel|tier|nyha|gold|cn|cranial|lumbar|cervical|thoracic|step|part|"
                           r"chapter|vol|volume|section|lesson)\b[^\w\n]{0,3}\Z")


def _no_grade_before(m: re.Match[str]) -> bool:
    return _GRADE_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is None


def _no_verb_month(m: re.Match[str]) -> bool:
    """A month's name that is also a verb or a planet ("march", "mars") is a month only capitalised ("we march 2
    miles"); a lung function's measure ("FEV1", :data:`~features.deid.clinicalwords.MEASURES_LIKE_DATES`) is none."""
    if m.group().lower() in clinicalwords.MEASURES_LIKE_DATES:
        return False
    word = re.match(r"[a-z]+", m.group(), re.IGNORECASE)
    return word is None or word.group().lower() not in ("march", "mars") or word.group()[0].isupper()


def _named_month_gate(text: str) -> bool:
    return _has_digit(text) is not None or "ides" in text.lower() or "nones" in text.lower()


def named_month_date_recognizer() -> RegexSpanRecognizer:
    """The day and month of any date (HIPAA Safe Harbor: every date element but the year) in the shapes the date
    recognizers miss: a Roman numeral month after or before the day with a dot, a slash or a dash glued to the numeral
    ("14.III", "14/III/", "III-14"; "see you at 3 . I will" is prose), a month's abbreviation or name glued to the
    day or dashed ("Mar14", "14Mar", "mar-14", "14-fevr", "14.Mar"), and the Roman calendar's named days ("the ides
    of March"). A grade or a stage before a Roman numeral ("stage III-2") and an amount after a month's name ("Mar 5
    mg") leave the figures."""
    return RegexSpanRecognizer("DATE_TIME", [
        _p(rf"(?<![\w.,/-]){_DAY}[ \t]*[./-]{_ROMAN_MONTH}(?:[ \t]*[./-](?![ \t]*[\w]))?(?![\w-])", 0.6,
           accept=_no_grade_before),
        _p(rf"(?<![\w./-]){_ROMAN_MONTH}[./-][ \t]*{_DAY}(?![\w-]|[.,/]\d)", 0.6, accept=_no_grade_before),
        # (round 35: not the minutes of a clock, "at 10:15 Mayo Clinic")
        _p(rf"(?<![\w.,/-])(?<!\d:){_DAY}(?:st|nd|rd|th|er|e|o|a)?(?:[ \t]*[./-][ \t]*|[ \t]+(?:(?:of|de)[ \t]+)?|)"
           rf"(?:{_MONTH})\b\.?", 0.6),
        _p(rf"\b(?:{_MONTH})(?:\.?[ \t]*[/-][ \t]*|\.?[ \t]+|\.|){_DAY}(?:st|nd|rd|th)?\b{_NO_DAY_AFTER}", 0.6,
           accept=_no_verb_month),
        _p(rf"\b(?:the[ \t]+)?(?:ides|nones|kalends|calends)[ \t]+of[ \t]+(?:{_MONTH}|may)\b", 0.6),
        # the first day of a range whose month is said once, after its last day ("du 5 au 19 août", "vom 3. bis 17.
        # März", "from the 5th to 19th of May"; round 22)
        _p(rf"(?<![\w.,/-]){_DAY}(?:st|nd|rd|th|er|e|o|a|\.)?(?=[ \t]*(?:-|–|{_RANGE_JOINS})[ \t]*(?:the[ \t]+)?"
           rf"{_DAY}(?:st|nd|rd|th|er|e|o|a|\.)?[ \t]+(?:(?:of|de)[ \t]+)?(?:{_MONTH})\b)", 0.6),
    ], name="NamedMonthDateRecognizer", gate=_named_month_gate)


# --------------------------------------------------------------------------- a month and its year

#: a year of figures 1900-2099, alone (not part of a longer number, a decimal, a range's end or a date's day)
_FULL_YEAR = r"(?:19|20)\d\d(?![\w]|[.,/:-]\d)"
_MONTH_FIGURES = r"(?:0?[1-9]|1[0-2])"
#: a birth word before a month and a year of two figures ("born 11/51", "b. 4/90", "DOB: 12-76", "geb. 12.79")
_BIRTH_BEFORE = (r"(?:\bborn|\bb\.|\bd\.?o\.?b\.?|\bbirth(?:day|date)?|\bgeb\.?|\bgeboren|\bnee?|\bnacid[oa]|\bnac\.|"
                 r"\bnat[oa]|\bnascid[oa]|\bnar\.)[ \t:,]*(?:(?:in|en|em|im|on)[ \t]+)?")
#: an amount after figures that are no month and year ("10/2000 iu", "5/2025 mg")
_NO_AMOUNT_AFTER = r"(?![ \t]*(?:%|mg|mcg|ug|ml|iu|ui|units?\b|mmol|kg|lbs?\b|x\b|tabs?\b|pills?\b|dilution))"
#: a word that may be a month's name, of bounded length (a run of letters and dots is read once, not from each dot)
_MONTH_TOKEN = r"[^\W\d_]{2,24}+"
#: the words between a month's name and its year ("noviembre de 1951", "thang 8 nam 1962", "iiule 1966")
_MONTH_YEAR_GLUE = r"(?:\.?[ \t]*[/-][ \t]*|\.?,?[ \t]+(?:(?:de|del|of|nam|year|du|di|do|da)[ \t]+)?|\.?[ \t]*['’`]|\.)"


def _no_expiry_before(m: re.Match[str]) -> bool:
    """No expiry word or phrase just before the month and year ("exp 12/2026", "EXP: 03/2027", "use by 11/2025",
    "caduca 06/2027", "verfällt 09.2026"): a pack's or a medicine's date, no date of a person (round 16; HIPAA's
    dates are those of an individual)."""
    return not expiry_cue_before(m.string, m.start(), m.end())



def _month_before_year(m: re.Match[str]) -> bool:
    """The word before the year names a month; one of three letters in lower case ("oct", an everyday word
    spaced) only glued to the year by a slash, a dash, a dot or an apostrophe ("oct/58", "nov-1951")."""
    word = m.group("month")
    glued = m.string[m.end("month"):m.end("month") + 1] in "/-.'’`"
    return _is_month(word) or (glued and _is_month(word.capitalize()))


#: what each reading needs before it runs: a year of four figures or after an apostrophe, or a birth word
_A_YEAR = re.compile(r"(?:19|20)\d\d|['’`]\d\d")
_A_BIRTH_WORD = re.compile(_BIRTH_BEFORE, re.IGNORECASE)


def _may_hold_a_year(text: str) -> bool:
    return re.search(r"\d\d", text) is not None


def month_year_recognizer() -> RegexSpanRecognizer:
    """A month with its year (HIPAA Safe Harbor: every element of a date but the year, so a month is one with its
    year, and the year goes with it as ``<DATE>`` takes a whole date): figures either way round with a slash, a dash
    or a dot and a year of four figures 1900-2099 ("admitted 11/2024", "11.2024", "2024-11", "2025/03"; a dose of
    "12.5" and a score of "8/10" have no such year), a Roman numeral month ("III.2025"), a month's name in any
    language of the month table before a year of four figures or an apostrophe's two ("Nov '24", "nov/1951",
    "noviembre de 1951", "в июле 1966" read "v iiule 1966", "thang 8 nam 1962"), after a birth word a month and
    a year of two figures ("born 11/51", "b. oct/58"), and a named day with its year ("Diwali 2024", "MLK Day 2025":
    :func:`features.deid.holidaywords.named_days`)."""
    return RegexSpanRecognizer("DATE_TIME", [
        _p(rf"(?<![\w.,/:-]){_MONTH_FIGURES}[ \t]*[./-][ \t]*{_FULL_YEAR}{_NO_AMOUNT_AFTER}", 0.6,
           accept=_no_expiry_before, gate=_A_YEAR.search),
        _p(rf"(?<![\w.,/:$€£-])(?:19|20)\d\d[ \t]*(?:[/-][ \t]*{_MONTH_FIGURES}|\.(?:0[1-9]|1[0-2]))(?![\w]|[.,/:-]\d)"
           rf"{_NO_AMOUNT_AFTER}", 0.6, accept=_no_expiry_before, gate=_A_YEAR.search),
        _p(rf"(?<![\w.,/-]){_ROMAN_MONTH}[ \t]*[./-][ \t]*{_FULL_YEAR}", 0.6,
           accept=lambda m: _no_grade_before(m) and _no_expiry_before(m), gate=_A_YEAR.search),
        _p(rf"(?<![^\W\d_])(?P<month>{_MONTH_TOKEN}){_MONTH_YEAR_GLUE}[ \t]*(?:{_FULL_YEAR}|(?<=['’`])\d\d(?!\w|[.,/:-]\d))",
           0.6, accept=lambda m: _month_before_year(m) and _no_expiry_before(m), gate=_A_YEAR.search),
        _p(r"\bthang[ \t]*(?:0?[1-9]|1[0-2])[ \t]*,?[ \t]*(?:nam[ \t]*)?(?:19|20)\d\d(?!\d)", 0.6, gate=_A_YEAR.search),
        _p(rf"{_BIRTH_BEFORE}((?:{_MONTH_FIGURES}|(?P<month>{_MONTH_TOKEN}))\.?[ \t]*[./-][ \t]*'?\d\d)(?![\w]|[.,/:-]\d)",
           0.6, 1, accept=lambda m: m.group("month") is None or _month_before_year(m),
           gate=_A_BIRTH_WORD.search),
        _p(rf"{named_days()}[ \t]*,?[ \t]*(?:(?:of|de|del|in)[ \t]+)?(?:{_FULL_YEAR}|['’`]\d\d(?![\w]|[.,/:-]\d))", 0.6,
           gate=_A_YEAR.search),
        # round 22: after a birth word, a named day and a year of two figures with no apostrophe ("born on leap day 36")
        _p(rf"{_BIRTH_BEFORE}(?:the[ \t]+)?({named_days()}[ \t]*,?[ \t]*(?:(?:of|in)[ \t]+)?\d\d)(?![\w]|[.,/:-]\d)"
           rf"{_NO_AMOUNT_AFTER}", 0.6, 1, gate=_A_BIRTH_WORD.search),
    ], name="MonthYearRecognizer", gate=_may_hold_a_year)


# --------------------------------------------------------------------------- a birthday said by a festival (round 24)

_FESTIVAL_JOIN = rf"(?:[ \t]+(?:{alternation(FESTIVAL_JOINING_WORDS)})(?![\w'])){{0,5}}"
_FESTIVAL = rf"(?:{any_holiday()[0].pattern}|\b(?:{LUNAR_FESTIVALS}|{BIRTHDAY_ONLY_FESTIVALS})\b)"
#: a birth word, joining words, a fixed-date (or lunar) festival ("nací en Nochebuena", "my birthday is on Christmas
#: Day", "compleanno a Capodanno"), or the festival, joining words and a birthday word ("Nochebuena es mi cumple",
#: "Christmas is my birthday", "a Christmas baby"); read on the folded text, the festival's span taken
_FESTIVAL_BIRTHDAY = re.compile(
    rf"(?i:\b(?:{BIRTH_WORDS_BEFORE_A_FESTIVAL}){_FESTIVAL_JOIN}[ \t]+(?P<after>{_FESTIVAL})"
    rf"|(?P<before>{_FESTIVAL})(?:['’]s|-[a-z]{{1,5}})?,?{_FESTIVAL_JOIN}[ \t]+(?:{BIRTH_WORDS_AFTER_A_FESTIVAL})\b)")
#: the cheap look: a birth word's stem in the folded text, lower case
_FESTIVAL_BIRTH_STEMS = ("born", "birth", "bday", "b-day", "dob", "nac", "cumple", "geb", "ne", "nat", "nasc", "anniv",
                         "compleanno", "urodz", "aniv", "baby", "babies", "kid", "child", "nar", "umare", "tanj",
                         "saengil", "taeeon", "jonmo", "janam", "janma", "koet", "kerd", "kert",
                         # round 25 (r25dates)
                         "cumpl", "anos", "anni", "fodt", "fodd", "fodsel", "bursdag", "sinh",
                         "jarig", "verjaard",  # round 30
                         # round 33 (r33days): round 31's birth words, which the check reads beside a festival
                         # ("lahir pada Hari Kemerdekaan" was published with no owner while the check refused it)
                         *MORE_BIRTH_WORDS, *MORE_BIRTH_PHRASES)
#: (round 25: a festival said by numerals, "十一", only with no numeral, figure or counter beside it)
_NUMBER_NEIGHBOUR = f"[{re.escape(''.join(sorted(NUMBER_FESTIVAL_NEIGHBOURS)))}]"
_SCRIPT_FESTIVAL = re.compile("|".join([*map(re.escape, script_festivals()), *(
    rf"(?<!{_NUMBER_NEIGHBOUR}){re.escape(name)}(?!{_NUMBER_NEIGHBOUR})"
    for names in NUMBERED_SCRIPT_FESTIVALS.values() for name in names)]))
_SCRIPT_BIRTH_WORD = re.compile("|".join(map(re.escape, SCRIPT_BIRTH_WORDS)))
#: round 34 (r34days): a year between a festival and a birth word in those scripts, not counted
_SCRIPT_YEAR = re.compile(SCRIPT_YEAR_BETWEEN)
#: what ends a clause between a festival and a birth word in those scripts
_SCRIPT_CLAUSE_END = re.compile(r"[。！？!?.\n]")


def festival_birthday_spans(text: str) -> list[tuple[str, int, int, float]]:
    """A birthday said by a fixed-date festival, whoever's it is (HIPAA Safe Harbor: the month and the day of a date
    of birth), as ``("DATE_TIME", start, end, score)`` of ``text``: in Latin letters with a birth word before it or a
    birthday word after it, joining words between (:mod:`features.deid.holidaywords`), and in Chinese, Japanese or
    Korean with a birth word a few characters either side in the same clause ("元旦是我的生日", "생일이 설날이에요").
    The festival alone ("see you after Christmas", "Christmas Eve dinner") is no birthday."""
    found: list[tuple[str, int, int, float]] = []
    folded = fold(text)
    lowered = folded.text.lower()
    if any(stem in lowered for stem in _FESTIVAL_BIRTH_STEMS):
        for m in _FESTIVAL_BIRTHDAY.finditer(folded.text):
            found.append(("DATE_TIME", *folded.span(*m.span("after" if m.group("after") else "before")), 0.6))
    if not text.isascii() and _SCRIPT_BIRTH_WORD.search(text):
        found += [("DATE_TIME", m.start(), m.end(), 0.6) for m in _SCRIPT_FESTIVAL.finditer(text)
                  if _a_script_birth_word_beside(text, m.start(), m.end())]
    # round 35 (r35days): a birth suffix glued to the festival ("광복절생이에요", born on Liberation Day)
    if not text.isascii() and _GLUED_BIRTH.search(text):
        found += [("DATE_TIME", m.start(), m.end() + 1, 0.6) for m in _SCRIPT_FESTIVAL.finditer(text)
                  if _GLUED_BIRTH.match(text, m.end())]
    return found


#: round 35 (r35days): a birth suffix of those scripts glued to a festival's name, a particle's syllable or no
#: syllable after it (:data:`~features.deid.holidaywords.GLUED_SCRIPT_BIRTH_SUFFIXES`)
_GLUED_BIRTH = re.compile(rf"(?:{'|'.join(map(re.escape, GLUED_SCRIPT_BIRTH_SUFFIXES))})"
                          rf"(?![\uac00-\ud7a3])|(?:{'|'.join(map(re.escape, GLUED_SCRIPT_BIRTH_SUFFIXES))})"
                          rf"(?=[{''.join(sorted(GLUED_BIRTH_PARTICLES))}])")


def _a_script_birth_word_beside(text: str, start: int, end: int) -> bool:
    """Whether a birth word of :data:`~features.deid.holidaywords.SCRIPT_BIRTH_WORDS` stands within the reach of
    ``text[start:end]`` on either side, in its clause."""
    reach = SCRIPT_BIRTH_REACH + 4 + SCRIPT_YEAR_LENGTH  # the longest birth word's letters, a year between
    before, after = text[max(0, start - reach):start], text[end:end + reach]
    gaps = [before[m.end():] for m in _SCRIPT_BIRTH_WORD.finditer(before)]
    gaps += [after[:m.start()] for m in _SCRIPT_BIRTH_WORD.finditer(after)]
    return any(len(_SCRIPT_YEAR.sub("", gap, count=1)) <= SCRIPT_BIRTH_REACH and not _SCRIPT_CLAUSE_END.search(gap)
               for gap in gaps)


# --------------------------------------------------------------------------- a day of the month of a birth (round 35)

_ORDINAL_DAY_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                      "eighteenth", "nineteenth", "twentieth", "thirtieth")
_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])"
#: a birth or a birthday, or an age turned, a few words before a day of the month said alone ("turned 90 on the 11th",
#: "born on the 3rd", "cumplió 95 el día 11", "née le 11", "nasceu no dia 11", "geboren am 11."): the day of a date of
#: birth (HIPAA Safe Harbor); the day's words taken. Not a floor, a time or a month's day said with its month (a date
#: read already)
_BIRTH_DAY_OF_MONTH = re.compile(
    r"(?i:\b(?:born|birthday|b-?day|turn(?:s|ed|ing)?[ \t]+(?:\d{1,3}|[a-z]+ty\b(?:[ \t-][a-z]+)?|(?:a|one)[ \t]+hundred)|"
    r"naci(?:o|do|da|ste)?|cumpl(?:e|o|io|i[oó]|ira|ir[aá]|ia)|"
    r"cumplea[nñ]os|n[ée]e?|geboren|geburtstag|nasc(?:eu|i|ido|ida)|fez[ \t]+anos|compi(?:e|uto)|compleanno|"
    r"anniversaire|ganwyd|lahir|ipinanganak)\b"
    r"(?:[ \t]+(?!on\b|el\b|le\b|am\b|no\b|il\b)[\w'’-]+){0,4}?[ \t]+"
    rf"(?P<day>on[ \t]+the[ \t]+(?:{_DAY_NUMBER}(?:st|nd|rd|th)|(?:twenty|thirty)[ \t-]?(?:first|second|third|"
    rf"fourth|fifth|sixth|seventh|eighth|ninth)|{alternation(_ORDINAL_DAY_WORDS)})"
    rf"|el[ \t]+(?:d[ií]a[ \t]+)?{_DAY_NUMBER}|le[ \t]+(?:{_DAY_NUMBER}|1er)|am[ \t]+{_DAY_NUMBER}\.|"
    rf"no[ \t]+dia[ \t]+{_DAY_NUMBER}|(?:il|l['’])[ \t]*{_DAY_NUMBER}|pada[ \t]+tanggal[ \t]+{_DAY_NUMBER}|"
    rf"noong[ \t]+ika-?{_DAY_NUMBER})"
    r"(?![\w:/%]|[.,]\d|[ \t]+(?:floor|century|hole|time|try|attempt|round|street|st|avenue|ave|road|rd|exit|stop|"
    r"page|line|of|de|del|di|do|da|du|im|in|ano|ans|anni|day|days|week|weekend|month|"
    r"anos|a[nñ]os|years?|jahre|jahren|bulan|ng)\b))")
_BIRTH_DAY_GATE = re.compile(r"(?i:\d(?:st|nd|rd|th)?|first|second|third|[a-z]th\b|eleventh|twelfth)")


def birth_day_of_month_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 35: a day of the month said alone a few words after a birth, a birthday or an age turned
    (:data:`_BIRTH_DAY_OF_MONTH`: "turned 90 on the 11th" gives the day of the owner's date of birth), as
    ``("DATE_TIME", start, end, score)`` spans of the day's words."""
    if not _BIRTH_DAY_GATE.search(text):
        return []
    folded = fold(text)
    return [("DATE_TIME", *folded.span(*m.span("day")), 0.6) for m in _BIRTH_DAY_OF_MONTH.finditer(folded.text)]


# --------------------------------------------------------------------------- ages over 89, more shapes

_DIGIT_NAMES = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DIGIT_VALUE = {w: (0 if w == "oh" else i - (w != "zero")) for i, w in enumerate(_DIGIT_NAMES)}
_DIGIT_NAME = alternation(_DIGIT_NAMES)
_YEARS_AFTER = r"(?=[ \t]*-?[ \t]*(?:years?|yrs?|y/?o|y\.o\.|yo)\b)"
_AGE_CUE = r"\b(?:age|aged|edad|alter|idade|eta)\b[ \t]*[:=]?[ \t]*"


def _hex_age(m: re.Match[str]) -> bool:
    return OLDEST_AGE_KEPT < int(m.group(1), 16) < 120


def _digit_words_age(m: re.Match[str]) -> bool:
    """Digit words said one by one that make 90 to 119 ("nine four", "one oh one")."""
    digits = "".join(str(_DIGIT_VALUE[w.lower()]) for w in re.findall(r"[a-z]+", m.group(1), re.IGNORECASE))
    return OLDEST_AGE_KEPT < int(digits) < 120 and not digits.startswith("0")


#: a part of a year after an age (round 16: "aged 92½", "age 92.5", "Oma ist 93¾", "Opa wird 92,5"), as pass 2 folds
#: it ("½" is "1/2", glued: "921/2"): a half or a quarter in figures or words
_AGE_FRACTION = (r"(?:[.,](?:5|25|75)|[ \t]?[13]/[24]|[ \t]+and[ \t]+a[ \t]+(?:half|quarter)|"
                 r"[ \t]+(?:y|und|et|e|en)[ \t]+(?:medio|media|halb|demi|mezzo|meio|half))")
_OLD_WITH_FRACTION = rf"((?:9\d|1[01]\d){_AGE_FRACTION})(?![\d/%]){_NOT_A_QUANTITY}"
_MAY_HAVE_A_FRACTION = re.compile(r"(?:9\d|1[01]\d)(?:[.,]\d|[ \t]?[13]/[24]|[ \t]+(?:and|y|und|et|e|en)[ \t])")
_AGE_VERB = (r"\b(?:turned|turning|turns|i'?m|is|was|ist|wird|wurde|war|tiene|cumple|cumplio|ha|hat|tem|heeft|wordt|"
             r"a|est|fait|compie)[ \t]+")


_FEVER_LOW, _FEVER_HIGH = 96, 106


def _a_person_before(m: re.Match[str]) -> bool:
    """A person spoken of in the clause before ``m`` and no reading between them ("Oma ist 93.5", not "weight is 92.5")."""
    clause = re.split(r"[.!?;\n]", m.string[max(0, m.start() - 40):m.start()])[-1]
    person = _PERSON_BEFORE.search(clause)
    fever = re.match(r"(\d+)[.,]\d", m.group(1))  # "Dad is 99.5", "she was 101.5": a temperature in Fahrenheit
    return (person is not None and _MEASURE.search(clause, person.start()) is None
            and not (fever and _FEVER_LOW <= int(fever.group(1)) <= _FEVER_HIGH))


def _may_say_an_old_age(text: str) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in ("0x", "nine", "one", "ninet", "90", "nonagen", "centen", "~", "approx", "about",
                                      "around", "ca.")) or _MAY_HAVE_A_FRACTION.search(text) is not None


def more_old_age_recognizer() -> RegexSpanRecognizer:
    """Ages over 89 (HIPAA Safe Harbor) in shapes the age recognizers miss: hexadecimal before years ("0x5E years
    old"), digit words said one by one ("nine four years old", "age one oh one"), the decade of a person's life after
    a possessive ("in her mid-nineties", "in his early 90s"; "the 90s music" is a decade of history), the words for a
    person in their nineties or hundreds ("nonagenarian"), and an approximate age ("age ~96", "aged about 95")."""
    return RegexSpanRecognizer("AGE", [
        _p(rf"\b0x([0-9a-f]{{1,2}}){_YEARS_AFTER}", 0.7, accept=_hex_age),
        _p(rf"{_AGE_CUE}0x([0-9a-f]{{1,2}})\b", 0.7, accept=_hex_age),
        _p(rf"\b((?:{_DIGIT_NAME})(?:[ \t,-]+(?:{_DIGIT_NAME})){{1,2}})\b{_YEARS_AFTER}", 0.7, 1, accept=_digit_words_age),
        _p(rf"{_AGE_CUE}((?:{_DIGIT_NAME})(?:[ \t,-]+(?:{_DIGIT_NAME})){{1,2}})\b", 0.7, 1, accept=_digit_words_age),
        _p(r"\bin[ \t]+(?:her|his|their|my|your|our|its)[ \t]+((?:(?:very[ \t]+)?(?:mid|early|late|upper|lower)[ \t-]*)?"
           r"(?:nineties|90'?s|nonantaine|neunzigern?|noventas?))\b", 0.7, 1),
        _p(r"\b((?:super)?centenarian\w*|nonagenarian\w*|nonagenari[oa]s?|hundertjahrig\w*)\b", 0.7, 1),
        _p(rf"{_AGE_CUE}(?:~|approx\.?|approximately|about|around|ca\.?|c\.|roughly|circa|\+/-|\+-)[ \t]*"
           r"((?:9\d|1[01]\d))(?!\d|[.,]\d)", 0.7, 1),
        _p(r"(?:~|\bapprox\.?|\bca\.)[ \t]*((?:9\d|1[01]\d))(?=[ \t]*-?[ \t]*(?:years?|yrs?|y/?o|y\.o\.|yo)\b)", 0.7, 1),
        _p(rf"{_AGE_CUE}{_OLD_WITH_FRACTION}", 0.7, 1),
        _p(rf"{_AGE_VERB}{_OLD_WITH_FRACTION}", 0.65, 1, accept=_a_person_before),
    ], name="MoreOldAgeRecognizer", gate=_may_say_an_old_age)


# --------------------------------------------------------------------------- ages over 89, the word for years of any language

def _folded_age_words() -> str:
    """:data:`features.deid.agewords.AGE_WORDS` folded as pass 2 folds a text, one alternation: a word of another
    script of four letters or more folded may take a case ending of up to three ("bchrer" of "বছরের"), a Latin one
    none ("90 answers", "94 shoes")."""
    latin = {fold_text(w).lower() for w in AGE_WORDS if all(c < "\u0250" for c in w)}
    other = {fold_text(w).lower() for w in AGE_WORDS if not all(c < "\u0250" for c in w)}
    other = {w for w in other if len(w) >= 2 and w not in latin}
    words = [re.escape(w) for w in sorted(latin, key=len, reverse=True)]
    words += [re.escape(w) + ("[a-z]{0,3}" if len(w) >= 4 else "") for w in sorted(other, key=len, reverse=True)]
    return "|".join(words)


_OLD_FIGURES = re.compile(r"(?<!\d)(?:9\d|1[01]\d)(?!\d)")


def _an_age_not_a_span(m: re.Match[str]) -> bool:
    """No span of time ("for 95 years") and no reading ("glucose 94 ...") before the figures."""
    before = re.findall(r"[a-z0-9]+", m.string[max(0, m.start() - 30):m.start()].lower())
    return _not_a_duration(m) and not READING_WORDS.intersection(before)


_WORD_AFTER = re.compile(r"[ \t]*([^\W\d_]+)")
#: round 33: the words of a span of time after a word of years, folded ("sedan", "sitten", "geleden")
_SPAN_AFTER_WORDS = frozenset(fold_text(w).lower() for w in NOT_AGE_AFTER_A_NUMBER_WORD if " " not in w)


def _a_spelled_age_not_a_span(m: re.Match[str]) -> bool:
    """:func:`_an_age_not_a_span`, and (round 33) no word of a span of time right after the word of years ("nittio år
    sedan", "yhdeksänkymmentä vuotta sitten": ninety years ago; :data:`~features.deid.agewords.
    NOT_AGE_AFTER_A_NUMBER_WORD`)."""
    after = _WORD_AFTER.match(m.string, m.end())
    return _an_age_not_a_span(m) and not (after and after.group(1).lower() in _SPAN_AFTER_WORDS)


_SPELLED_START = re.compile(rf"(?i)(?<![a-z])(?:{'|'.join(SPELLED_OLD_AGE_STARTS)})")


def _may_spell_in_tens(text: str) -> bool:
    return _SPELLED_START.search(text) is not None


def world_old_age_recognizer() -> RegexSpanRecognizer:
    """Ages over 89 (HIPAA Safe Harbor) in figures before the word for years of any language CLDR knows or a word for
    "years old" (:mod:`features.deid.agewords`: "94 ára", "94 metai", "94 bliain", "৯৪ বছর" read "94 bchr", "94 жаста"
    read "94 zhasta", "94 տարեկան"); a span of time ("for 95 years") and a reading ("glucose 94") are none."""
    return RegexSpanRecognizer("AGE", [
        _p(rf"(?<![\d.,/:$€£])(9\d|1[01]\d)[ \t]*-?[ \t]*(?:{_folded_age_words()})(?![a-z`'])", 0.7, 1,
           accept=_an_age_not_a_span),
        # spelled in a language whose tens the other readers do not know ("noranta-quatre anys", "yhdeksankymmentanelja
        # vuotta", "sembilan puluh empat tahun"): the number's start, the rest of it, the word for years
        # (round 33: a word of years glued only to the number, not to a word after it: "kilencven kapszulát" is no
        # "kapszu" + "lat")
        _p(rf"(?<![a-z])((?:{'|'.join(SPELLED_OLD_AGE_STARTS)})[a-z-]{{0,24}}(?:(?:[ \t]+[a-z]+){{1,2}}?(?=[ \t]))?)"
           rf"[ \t]*(?:{_folded_age_words()})(?![a-z`'])", 0.7, 1, accept=_a_spelled_age_not_a_span,
           gate=_may_spell_in_tens),
    ], name="WorldOldAgeRecognizer", gate=lambda text: _OLD_FIGURES.search(text) or _may_spell_in_tens(text))


# --------------------------------------------------------------------------- ages over 89 said otherwise (round 19)

#: a unit after the figures, whole words ("91 amanhã" is no "91 am")
_NOT_A_WORLD_QUANTITY = (r"(?![ \t]*(?:grad\w*|graus|grados|gradi|ml|mg|kg|kr|kron\w*|euro\w*|eur|dias|dagar|dager|dage|"
                         r"tage\w*|giorni|jours|min\w*|timer|timmar|horas|ore|stunden|km|meter|metros|cm|kilo\w*|"
                         r"pund|pesos|reais|percent|mcg|units?|hours?|hrs?|days?|weeks?|months?|lbs?|pounds?|pills?|"
                         r"tablets?|doses?|times|a\.m|p\.m|o'?clock|degrees?|steps?|bpm|mmhg)\b|"
                         r"[ \t]*(?:am|pm)\b(?![ \t]+\w)|[ \t]*%)")
_SMALL_NUMBER = rf"(?:\d{{1,2}}|{alternation(SMALL_NUMBER_WORDS)})"
_JOIN = r"[ \t]*(?:and|y|e|et|und|en|og|och|\+|&)[ \t]*"


def _small(word: str) -> int:
    return int(word) if word.isdigit() else SMALL_NUMBER_WORDS[word.lower()]


def _scores_old(m: re.Match[str]) -> bool:
    """Scores and years that make 90 to 119, said as an age ("4 score and 15", "five score years")."""
    age = 20 * _small(m.group("n")) + (_small(m.group("more")) if m.group("more") else 0)
    return OLDEST_AGE_KEPT < age < 120 and bool(m.group("more") or m.group("years"))


def _decades_old(m: re.Match[str]) -> bool:
    """Decades and a part that make 90 to 119, said of a life ("9 décadas y media", "9 decades + 4 years old", "lived
    nine decades", "neun Jahrzehnte alt"); "nine decades of research" is none."""
    age = 10 * _small(m.group("n")) + (5 if m.group("half") else _small(m.group("more")) if m.group("more") else 0)
    return OLDEST_AGE_KEPT < age < 120 and bool(
        m.group("half") or m.group("more") or m.group("old") or m.group("life") or _no_span_after(m))


def _no_span_after(m: re.Match[str]) -> bool:
    """No word after the decades that makes them a span of time, no life (round 20: "nine decades and still gardening"
    is an age, "nine decades of research" none: :data:`~features.deid.agewords.DECADES_SPAN_AFTER_WORDS`)."""
    after = re.match(r"[ \t]*([^\W\d_]+)", m.string[m.end():m.end() + 40])
    return after is None or after.group(1).lower() not in DECADES_SPAN_AFTER_WORDS


def _no_reading_before(m: re.Match[str]) -> bool:
    """No reading spoken of just before ("Puls wird 95")."""
    return not READING_WORDS.intersection(re.findall(r"[a-z0-9]+", m.string[max(0, m.start() - 30):m.start()].lower()))


def _may_say_an_age_otherwise(text: str) -> bool:
    lowered = text.lower()
    return _OLD_FIGURES.search(text) is not None or any(w in lowered for w in (
        "score", "decad", "decen", "jahrzehnt", "rtionden", "rtier", "vuosikymmen", "dekad"))


def said_old_age_recognizer() -> RegexSpanRecognizer:
    """Ages over 89 said without figures and an age word (round 19): after a verb of turning of another language
    ("Farmor fyller 97", "cumple 96", "compie 92", "faz 91"; no unit after), in scores ("4 score and 15", "four score
    and fourteen", "five score years") and in decades and a part or said of a life ("9 décadas y media", "9 decades +
    4 years old", "has lived nine decades"). The check reads them on its own (:func:`features.deid.leakshapes.\
has_age_said_otherwise`)."""
    return RegexSpanRecognizer("AGE", [
        _p(rf"\b(?:{alternation(TURNING_VERBS)})[ \t]+(9\d|1[01]\d)(?![\d.,:/]\d|[\d%])"
           rf"{_NOT_A_WORLD_QUANTITY}", 0.65, 1, accept=_no_reading_before),
        _p(rf"\b(?P<n>{_SMALL_NUMBER})[ \t]+(?:{alternation(SCORE_WORDS)})\b(?:{_JOIN}(?P<more>{_SMALL_NUMBER})\b)?"
           r"(?P<years>[ \t]+(?:years?|yrs?|summers|winters)\b)?", 0.7, accept=_scores_old),
        _p(rf"(?P<life>\b(?:{alternation(LIFE_BEFORE_WORDS)})[ \t]+)?(?P<age>\b(?P<n>{_SMALL_NUMBER})[ \t]+"
           rf"(?:{alternation(DECADE_WORDS)})\b"
           rf"(?:{_JOIN}(?:(?:a|an|one|un|una|uno|ein|eine|en|et)[ \t]+)?(?P<half>{alternation(HALF_WORDS)})\b|"
           rf"{_JOIN}(?P<more>{_SMALL_NUMBER})[ \t]+(?:{alternation(YEARS_WORDS)})\b)?"
           rf"(?P<old>[ \t]+(?:{alternation(OLD_AFTER_WORDS)})\b)?)", 0.7, "age", accept=_decades_old),
    ], name="SaidOldAgeRecognizer", gate=_may_say_an_age_otherwise)


# --------------------------------------------------------------------------- record numbers and the last four of an SSN

_SSN = r"(?:ssn|ss[ \t]*#|ss[ \t]*no\.?|soc(?:ial)?(?:[ \t]+sec(?:urity)?)?(?:[ \t]+(?:number|no\.?|num|#))?)"
_MRN = (r"(?:mrn|mr[ \t]*#|mr[ \t]*no\.?|medical[ \t]+record(?:[ \t]+(?:number|no\.?|num|#))?|chart[ \t]*(?:#|no\.?|number)|"
        r"record[ \t]*(?:#|no\.?)|patient[ \t]*id|pt[ \t]*id|nhs[ \t]*(?:no\.?|number)|hospital[ \t]*(?:no\.?|number))")


def _may_name_a_record(text: str) -> bool:
    lowered = text.lower()
    return _has_digit(text) is not None and any(w in lowered for w in ("ss", "soc", "mr", "record", "chart", "id",
                                                                       "nhs", "hospital"))


def record_number_recognizer() -> RegexSpanRecognizer:
    """Another patient's record number written in hexadecimal or split by unusual separators after a record word
    ("MRN 0x1A2B3C", "MRN: 0041_7723", "chart # 41|77|23"), and the last four figures of a social security number
    (a Safe Harbor identifier: "SSN last four 1234", "last 4 of ssn: 1234", "ss# ending 1234")."""
    return RegexSpanRecognizer("ID", [
        _p(rf"\b{_MRN}[ \t]*(?:[:#=]|is|was)?[ \t]*(0x[0-9a-f]{{3,16}}|[0-9a-f]{{0,3}}\d[0-9a-f]{{0,3}}"
           r"(?:[ \t]?[._/\\|:~*+][ \t]?[0-9a-f]{1,8}){1,5})(?![\w])", 0.7, 1),
        _p(rf"\b{_SSN}[^\n\d]{{0,24}}?\b(?:last|ending|ends|final)\b[^\n\d]{{0,16}}?(\d{{4}})(?!\d)", 0.7, 1),
        _p(rf"\b(?:last|final)[ \t]+(?:4|four)(?:[ \t]+(?:digits|numbers|nums))?[ \t]+(?:of|from|on|in)[ \t]+"
           rf"(?:(?:my|his|her|their|the|your|pt'?s|patient'?s)[ \t]+)?{_SSN}[^\n\d]{{0,12}}?(\d{{4}})(?!\d)", 0.7, 1),
        _p(rf"\b{_SSN}[ \t]*[:#]?[ \t]*(?:x{{3}}|\*{{3}}|#{{3}})[ \t-]*(?:x{{2}}|\*{{2}}|#{{2}})[ \t-]*(\d{{4}})(?!\d)", 0.7, 1),
    ], name="RecordNumberRecognizer", gate=_may_name_a_record)


# --------------------------------------------------------------------------- a device's name with a serial

_DEVICE_CUE = (r"\b(?:paired|pairing|pair|connected|connecting|connect|bluetooth|bt|ble|device(?:[ \t]+name)?|"
               r"gekoppelt|verbunden|emparejad[oa]|conectad[oa]|appaire|connecte)\b")


def _may_name_a_device(text: str) -> bool:
    lowered = text.lower()
    return _has_digit(text) is not None and any(w in lowered for w in ("pair", "connect", "bluetooth", "bt", "ble",
                                                                       "device", "gekoppelt", "verbunden", "empareja",
                                                                       "conectad", "appair"))


def device_name_recognizer() -> RegexSpanRecognizer:
    """A device's name that carries a serial, a few words after pairing or a device word ("paired
    "Pillbox-7F3A9C21"", "BT: MEDMINDER_SN4471902"): the name is one word, then a serial of five or more letters and
    figures with three figures at least after a dash, an underscore or "SN"."""
    return RegexSpanRecognizer("ID", [
        _p(rf"{_DEVICE_CUE}[^\n]{{0,24}}?(?<![\w-])([A-Za-z][A-Za-z0-9]{{0,20}}(?:[-_]|[ \t]*[-_][ \t]*)(?:sn|s/n)?[-_]?"
           r"(?=[0-9a-f_-]*\d[0-9a-f_-]*\d[0-9a-f_-]*\d)(?:[0-9a-f]|sn)[0-9a-z]{4,23})(?![\w-])", 0.7, 1),
    ], name="DeviceNameRecognizer", gate=_may_name_a_device)


# --------------------------------------------------------------------------- street addresses in more languages

#: street words that stand before a name: Albanian ("rruga", "rr.", "bulevardi", "sheshi"), Welsh ("heol", "stryd",
#: "ffordd", "lon", "rhodfa", "cilgant", "teras"), Swahili ("mtaa wa", "barabara ya", "njia ya"), Polish ("ulica",
#: "aleja", "osiedle"), Georgian folded ("kucha", "gamz.", "gamziri"), Thai folded ("thnn" for ถนน)
#: (round 40, r40cars: Welsh "Lon" a word whole: "Long Range 2023", a car's trim and year, was an address)
_STREET_BEFORE = (r"(?:rruga|rr\.|bulevardi|blv\.|sheshi|heol|stryd|ffordd|(?-i:Lon(?![a-z]))|rhodfa|cilgant|teras|mtaa[ \t]+wa|"
                  r"barabara[ \t]+ya|njia[ \t]+ya|ulica|ulicy|aleja|alei|osiedle|kucha|k'ucha|gamz\.|gamziri|chikhi|thnn)")
#: Icelandic street names end in a street word ("Laugavegur", "Thorsgata", "Skolavordustigur", "Hringbraut")
_ICELANDIC_STREET = r"[A-Z][a-z]{2,}(?:vegur|vegi|gata|gotu|stigur|stig|braut|straeti|torg|sund|teigur|hagi|gerdi|tun|lind|holt)"
_HOUSE = (r"(?:nr\.?[ \t]*|no\.?[ \t]*)?\d{1,4}[a-z]?(?:[ \t]*(?:m\.|/|-)[ \t]*\d{1,4})?(?![\d.,]\d|\d)"
          r"(?![ \t]*(?:%|mg|mcg|ml|units?|tabs?|pills?|x\b|am\b|pm\b|h\b|hrs?\b|min))")


def _may_name_a_street(text: str) -> bool:
    lowered = text.lower()
    return _has_digit(text) is not None and any(w in lowered for w in (
        "rrug", "rr.", "bulevard", "blv.", "shesh", "heol", "stryd", "ffordd", "lon", "rhodfa", "cilgant", "teras",
        "mtaa", "barabara", "njia", "ulic", "alej", "osiedl", "kucha", "gamz", "chikh", "thnn",
        "veg", "gat", "stig", "braut", "straet", "torg", "sund", "teig", "hagi", "gerd", "tun", "lind", "holt"))


def more_street_recognizer() -> RegexSpanRecognizer:
    """Street addresses written the Albanian, Welsh, Swahili, Polish, Georgian, Thai and Icelandic way, read folded:
    a street word, up to three words of a name and a house number ("Rruga e Kavajës 7", "Heol y Frenhines 5",
    "Mtaa wa Uhuru 14", "aleja Jana Pawła 12", "რუსთაველის გამზ. 12" folded "rustavelis gamz. 12", "ถนนสุขุมวิท 21"
    folded "thnnsukhumwith 21"), the house number first ("5 Heol y Frenhines"), or an Icelandic street name and
    its number ("Laugavegur 12")."""
    name = r"(?:[ \t]+[\w'’.-]{1,24}){0,3}?"
    return RegexSpanRecognizer("STREET_ADDRESS", [
        _p(rf"\b{_STREET_BEFORE}(?:[a-z]{{0,20}}){name}[ \t]*,?[ \t]*{_HOUSE}", 0.7),
        _p(rf"\b[\w'’-]{{2,24}}[ \t]+(?:gamz\.|gamziri|kucha|k'ucha)[ \t]*,?[ \t]*{_HOUSE}", 0.7),
        _p(r"(?<![\d.,])\d{1,4}[a-z]?,?[ \t]+(?:rruga|heol|stryd|ffordd|lon|rhodfa|cilgant|teras|mtaa[ \t]+wa|"
           r"barabara[ \t]+ya)(?:[ \t]+[\w'’-]{1,24}){1,3}", 0.7),
        _p(rf"(?-i:\b{_ICELANDIC_STREET})[ \t]+{_HOUSE}", 0.7),
    ], name="MoreStreetRecognizer", gate=_may_name_a_street)


# --------------------------------------------------------------------------- long numbers: tracking numbers and OIDs

#: a tracking number of 16 figures or more in groups set apart by single spaces ("9400 1118 9922 3344 5566 77", USPS;
#: "7712 3456 7890 1234", FedEx): every group but the last of four figures or more, so listed readings ("118 76 64
#: 120 80 72") stay
_SPACED_LONG_NUMBER = r"(?<![\d.,])\d{4,6}(?:[ \t]\d{4,6}){2,8}(?:[ \t]\d{1,3})?(?!\d|[.,]\d)"
#: a dotted object identifier (a DICOM study or series UID, an HL7 OID: "1.2.840.113619.2.55.3.604688119"): a first
#: arc of 0, 1 or 2 and four more arcs at least, ten figures or more in all (a version, "4.12.1.20931", or an IP
#: address starts otherwise or is shorter)
_DOTTED_OID = r"(?<![\w.])[0-2](?:\.\d{1,20}){4,40}(?![\w]|\.\d)"
_FEWEST_LONG_FIGURES = 16
_FEWEST_OID_FIGURES = 10


def _long_enough(fewest: int) -> Callable[[re.Match[str]], bool]:
    return lambda m: sum(c.isdigit() for c in m.group()) >= fewest


def _long_and_no_taper(m: re.Match[str]) -> bool:
    """A spaced number of 16 figures or more that is not part of a taper's steps (round 24: "600 900 1200 1500 1800
    2100 mg" lost its last four steps as a tracking number)."""
    return _long_enough(_FEWEST_LONG_FIGURES)(m) and not any(
        start <= m.start() and m.end() <= end for start, end in dose_step_runs(m.string))


def _may_hold_a_long_number(text: str) -> bool:
    return sum(c.isdigit() for c in text) >= _FEWEST_OID_FIGURES


def long_number_recognizer() -> RegexSpanRecognizer:
    """Tracking numbers of 16 to 40 figures in spaced groups and dotted object identifiers (a Safe Harbor "any other
    unique identifying number"): the check reads both as phone-shaped numbers, so a redactor that left them stopped
    the publish."""
    return RegexSpanRecognizer("ID", [
        _p(_SPACED_LONG_NUMBER, 0.6, accept=_long_and_no_taper),
        _p(_DOTTED_OID, 0.6, accept=_long_enough(_FEWEST_OID_FIGURES)),
    ], name="LongNumberRecognizer", gate=_may_hold_a_long_number)


#: a national register number whose first part reads as a date, its serial and check after a dash, a plus or an "A"
#: (round 19: the Belgian "29.07.12-033.28" published as "<DATE>-033.28"; the Danish "010203-1234", the Finnish
#: "131052-308T", the Swedish "520803-1234"): the whole of it is an identifier, not a date and a rest
_DATED_NATIONAL_NUMBER = (r"(?<![\w.,/-])(?:\d{2}[./-]\d{2}[./-]\d{2}|\d{6}|\d{8})[-+A]\d{3}(?:\.?\d{2}|\d|[A-Y])"
                          r"(?![\w-]|[.,/]\d)")


def _dated_at_start(m: re.Match[str]) -> bool:
    """The first six figures read as a date, day first or year first."""
    figures = re.sub(r"\D", "", m.group())[:6]
    a, b, c = int(figures[:2]), int(figures[2:4]), int(figures[4:6])
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= b <= 12 and 1 <= c <= 31)


def dated_national_number_recognizer() -> RegexSpanRecognizer:
    """A national register number whose first part reads as a date (:data:`_DATED_NATIONAL_NUMBER`), as one ID."""
    return RegexSpanRecognizer("ID", [_p(_DATED_NATIONAL_NUMBER, 0.85, flags=0, accept=_dated_at_start)],
                               name="DatedNationalNumberRecognizer",
                               gate=lambda text: re.search(r"\d[-+A]\d{3}", text) is not None)


#: a class year after its cue: four figures, or two after an apostrophe ("class of '51")
_CLASS_CUE = "|".join(re.escape(cue).replace(r"\ ", r"[ \t]+") for cue in GRADUATION_CUES)
_CLASS_YEAR = rf"\b(?:{_CLASS_CUE})[ \t]*[:,]?[ \t]*((?:1[89]|20)\d\d|['’]\d\d)(?![\w'’])"


def _class_year_of_the_very_old(m: re.Match[str]) -> bool:
    """A class year that makes the person older than 89 this year (finished school at :data:`GRADUATION_AGE`); a year
    of two figures above this year's two is of the last century."""
    this_year = datetime.date.today().year
    figures = m.group(1).lstrip("'’")
    year = int(figures) if len(figures) == 4 else 1900 + int(figures) if int(figures) > this_year % 100 else 2000 + int(
        figures)
    return this_year - year + GRADUATION_AGE > OLDEST_AGE_KEPT


def class_year_recognizer() -> RegexSpanRecognizer:
    """The year a person over 89 finished school ("class of 1951", "graduated in 1949", "Abitur 1950"; round 20): like
    a year of birth, an age over 89 told by a year."""
    return RegexSpanRecognizer("DATE_TIME", [_p(_CLASS_YEAR, 0.7, 1, accept=_class_year_of_the_very_old)],
                               name="ClassYearRecognizer",
                               gate=lambda text: any(w in text.lower() for w in ("class", "grad", "abitur", "matur",
                                                                                  "examen", "promo")))


def more_shape_recognizers() -> list[RegexSpanRecognizer]:
    """The recognizers of this module, ready to add to the text engine's rules."""
    return [named_month_date_recognizer(), month_year_recognizer(), more_old_age_recognizer(),
            world_old_age_recognizer(), said_old_age_recognizer(), record_number_recognizer(),
            device_name_recognizer(), more_street_recognizer(), long_number_recognizer(),
            dated_national_number_recognizer(), class_year_recognizer()]


# --------------------------------------------------------------------------- GS1 element strings (round 17)

#: a GS1 pack's application identifiers whose data is the pack's, no person's: the trade item (GTIN 01, 02), the
#: shipping container (00), production, best-before and expiry dates (11-17), the variant (20), the lot (10), the
#: count (30, 37), the consumer variant (22) and the national reimbursement numbers of the product (710-715)
_GS1_PACK_DATA = frozenset({"00", "01", "02", "10", "11", "12", "13", "15", "16", "17", "20", "22", "30", "37",
                            "710", "711", "712", "713", "714", "715"})
#: a pack's serial (21), a third party's or a secondary serial (235, 250): a device identifier
_GS1_SERIALS = frozenset({"21", "235", "250"})
_GS1_FIXED = {"00": 18, "01": 14, "02": 14, "11": 6, "12": 6, "13": 6, "15": 6, "16": 6, "17": 6, "20": 2}
#: element strings written with their identifiers in parentheses ("(01)09506000134352(17)270131(10)AB12(21)X9"),
#: spaces allowed around each element; the data runs to the next parenthesis or space (possessive: linear)
_GS1_BRACKETED = re.compile(r"(?:\][A-Za-z]\d)?(?:\([ \t]?\d{2,4}+[ \t]?\)[ \t]?[^\s()]{1,40}+[ \t]*+)++")
_GS1_ELEMENT = re.compile(r"\([ \t]?(\d{2,4}+)[ \t]?\)[ \t]?([^\s()]{1,40}+)")
#: the same glued, as a scanner sends it ("]d2" + "01" GTIN + dates, a variable field ended by a group separator
#: written as the control character or as "<GS>", "[GS]", "{GS}", "<FNC1>", "^", "|" or "␝")
_GS1_SEPARATOR = r"(?:\x1d|<GS>|\[GS\]|\{GS\}|<FNC1>|␝|\^|\|)"
_GS1_GLUED = re.compile(r"(?<![\w])(?:\][A-Za-z]\d)?0[12]\d{14}+(?:1[1-7]\d{6})*+(?:20\d\d)?+"
                        rf"(?:(?:10|21|22|30|37|235|250|71[0-5])[A-Za-z0-9./_-]{{1,20}}+(?:{_GS1_SEPARATOR}|(?![\w])))*+")
_GS1_GLUED_FIXED = re.compile(r"(?:\][A-Za-z]\d)?0[12]\d{14}(?:1[1-7]\d{6})*+(?:20\d\d)?+")
_GS1_GLUED_FIELD = re.compile(rf"(10|21|22|30|37|235|250|71[0-5])([A-Za-z0-9./_-]{{1,20}}+)(?:{_GS1_SEPARATOR}|\Z)")


#: the same copied by hand or from a label, round 33: the identifiers set off by spaces or a separator from their data
#: and from each other ("01 00379723666825 17 271118 10 AB12", "0100379723666825|17271118|10LOT4471A", "01 ... | 21
#: ZQ81KX7"); at least one element after the GTIN (the glued form is read above)
_GS1_SPACED_GAP = rf"(?:[ \t]*{_GS1_SEPARATOR}[ \t]*|[ \t]+)"


def _gs1_spaced_element(groups: str) -> str:
    """One element after a gap: a date's identifier and six figures, or a variable field's identifier and its data
    (``groups`` "(" captures the identifier and the data, groups 1-2 or 3-4; "(?:" none: re cannot repeat captured
    groups possessively)."""
    return (rf"{_GS1_SPACED_GAP}(?:{groups}1[1-7])[ \t]?{groups}\d{{6}})|"
            rf"{groups}10|21|22|30|37|235|250|71[0-5])[ \t]?{groups}[A-Za-z0-9./_-]{{1,20}}+))(?![\w])")


_GS1_SPACED = re.compile(rf"(?<![\w])(?:\][A-Za-z]\d[ \t]*)?0[12][ \t]?\d{{14}}(?!\d)(?:{_gs1_spaced_element('(?:')})++")
_GS1_SPACED_FIELD = re.compile(_gs1_spaced_element("("))


def gs1_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The GS1 element strings of ``text`` a pack's label or a scanner gives: the spans that are the pack's data
    (identifiers, GTIN, dates, lot: no person's) and the spans of its serials (a device identifier, redacted).
    Parenthesised strings need a GTIN (01, 02) or a container code (00) of its length and only known identifiers;
    glued ones start with "01" or "02" and the GTIN's fourteen figures; a glued lot of more than ten letters and
    figures is none (it may hold a serial glued on without its separator); spaced or separated ones
    (:data:`_GS1_SPACED`) the same with a gap between an identifier, its data and the next."""
    if "(" not in text and not re.search(r"0[12][ \t]?\d{14}", text):
        return [], []
    kept: list[tuple[int, int]] = []
    serials: list[tuple[int, int]] = []
    for m in _GS1_BRACKETED.finditer(text):
        elements = list(_GS1_ELEMENT.finditer(text, m.start(), m.end()))
        ais = [e.group(1) for e in elements]
        if not any(ai in ("00", "01", "02") for ai in ais) or not all(ai in _GS1_PACK_DATA or ai in _GS1_SERIALS
                                                                      for ai in ais):
            continue
        if any(ai in _GS1_FIXED and not (e.group(2).isdigit() and len(e.group(2)) == _GS1_FIXED[ai])
               for ai, e in zip(ais, elements, strict=True)):
            continue
        at = m.start()
        for ai, e in zip(ais, elements, strict=True):
            if ai in _GS1_SERIALS:
                kept.append((at, e.start(2)))
                serials.append(e.span(2))
                at = e.end(2)
        kept.append((at, m.end()))
    for m in _GS1_GLUED.finditer(text):
        fixed = _GS1_GLUED_FIXED.match(text, m.start())
        pos = fixed.end() if fixed else m.start()
        kept.append((m.start(), pos))
        for f in _GS1_GLUED_FIELD.finditer(text, pos, m.end()):
            if f.start() != pos or (f.group(1) == "10" and len(f.group(2)) > 10):
                break
            if f.group(1) in _GS1_SERIALS:
                kept += [(f.start(), f.start(2)), (f.end(2), f.end())]
                serials.append(f.span(2))
            else:
                kept.append(f.span())
            pos = f.end()
    for m in _GS1_SPACED.finditer(text):
        at = m.start()
        for f in _GS1_SPACED_FIELD.finditer(text, m.start(), m.end()):
            if f.group(3) in _GS1_SERIALS:
                kept.append((at, f.start(4)))
                serials.append(f.span(4))
                at = f.end(4)
            elif f.group(4) and sum(c.isdigit() for c in f.group(4)) >= 7:
                kept.append((at, f.start()))  # a lot of seven figures or more is left to the shapes, with its identifier
                at = f.end()
        kept.append((at, m.end()))
    return [(s, e) for s, e in kept if s < e], serials
