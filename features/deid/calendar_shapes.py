"""The redactor's readings of round 30 (branch r30numbers): ages over 89 said with a word of age of another language,
or after a given name in lower case ("je mi 93", "мне 93", "umri wangu ni 93", "虚岁94", "93周岁", "92 na ako",
"92-vuotias", "dot's 92 now"), and years of birth over 89 in other calendars and shapes ("民國19年生", "נולדתי
בתרצ"א", "متولد ۱۳۰۹", "مواليد 1349 هـ", "विक्रम संवत 1987 में जन्म", "родился в 36-м", "born jan first 31").

Read on the text as written (no fold: the words are of many scripts, figures of any script are read by ``int``), as
``(entity, start, end, score)`` spans; the words are :mod:`features.deid.agewords`'s, the conversions of the Hebrew,
Persian and Islamic calendars convertdate's. A figure of 90 to 130 is an age only with a word of age beside it and no
unit or further figures after it ("92 mg", "bp 93/60", "93 tablets" stay).
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata

from convertdate import hebrew, islamic

from adherence.domain import OLDEST_AGE_KEPT
from features.deid import agewords, monthnames
from features.deid.peoplewords import ENGLISH_RELATIONS, KIN_WORDS
from features.deid.readingwords import COUNTED_THINGS, READING_UNITS, READING_WORDS
from features.deid.recognizers import FIRST_NAMES, alternation

Span = tuple[str, int, int, float]


def _latest_old_birth_year() -> int:
    """The latest year of birth that makes its person over 89 this year."""
    return datetime.date.today().year - (OLDEST_AGE_KEPT + 1)


def _spaced(word: str) -> bool:
    """Whether ``word`` is written in a script with blanks between words (a boundary is read around it); round 43: Lao,
    Burmese and Khmer are not (:data:`~features.deid.agewords.SCRIPTS_WITHOUT_BLANKS`)."""
    return not agewords.written_without_blanks(word)


def _words(words: tuple[str, ...]) -> str:
    """An alternation of ``words``, a blank in one read as any run of blanks."""
    return alternation(words).replace(r"\ ", r"[ \t]+")


# --------------------------------------------------------------------------- ages by a word of age

_FIGURE = r"(?P<n>\d{2,3})"
_NO_MORE_FIGURES = r"(?![\d%٪]|[.,:/]\d)"
_SPACED_BEFORE = _words(tuple(w for w in agewords.AGE_WORDS_BEFORE_A_FIGURE if _spaced(w)))
_GLUED_BEFORE = _words(tuple(w for w in agewords.AGE_WORDS_BEFORE_A_FIGURE if not _spaced(w)))
_SPACED_AFTER = _words(tuple(w for w in agewords.AGE_WORDS_AFTER_A_FIGURE if _spaced(w)))
_GLUED_AFTER = _words(tuple(w for w in agewords.AGE_WORDS_AFTER_A_FIGURE if not _spaced(w)))
#: a word of age, maybe a colon, then the figure ("je mi 93", "虚岁94", "年龄：93")
_AGE_WORD_THEN_FIGURE = re.compile(
    rf"(?i:(?:(?<![^\W\d_])(?:{_SPACED_BEFORE})|(?:{_GLUED_BEFORE}))[ \t]*[:：=]?[ \t]*(?<![\d.,/]){_FIGURE}"
    rf"{_NO_MORE_FIGURES})")
#: the figure, then a word of age ("93周岁", "92 na ako", "92-vuotias", "93 χρονών")
_FIGURE_THEN_AGE_WORD = re.compile(
    rf"(?i:(?<![\d.,/:]){_FIGURE}(?:[ \t]*-?[ \t]*(?:{_SPACED_AFTER})(?![^\W\d_])|[ \t]*(?:{_GLUED_AFTER})))")
_UNITS = (frozenset(READING_UNITS | COUNTED_THINGS) | frozenset(agewords.MORE_UNITS_AFTER_A_FIGURE)
          | frozenset(agewords.AMOUNTS_AFTER_A_FIGURE))
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+|%|/)")


def _old(written: str) -> bool:
    return OLDEST_AGE_KEPT < int(written) <= agewords.HIGHEST_AGE


def _no_unit_after(text: str, end: int) -> bool:
    """No unit or counted thing right after the figure ending at ``end`` ("je mi 93 kg" is a weight)."""
    m = _NEXT_WORD.match(text, end)
    return m is None or m.group(1).lower() not in _UNITS


#: a given name in lower case (or a kin word), its "'s" or "is", maybe "now", the figure, then a word of time ("dot's
#: 92 now", "ed is 95 already"); the name is read against the given names below
_PERSON_AGE_NOW = re.compile(
    rf"(?i:(?<![^\W\d_])(?P<person>[^\W\d_]{{2,20}})(?:(?=['’])|[ \t]+)(?:{_words(agewords.PERSON_AGE_VERBS)})[ \t]+{_FIGURE}"
    rf"{_NO_MORE_FIGURES}[ \t]*,?[ \t]+(?:{_words(agewords.PERSON_AGE_TIME_WORDS)})(?![^\W\d_]))")


@functools.cache
def _persons() -> frozenset[str]:
    """Given names and kin words a bare age is said of, lower case; no reading's word ("sugar's 94 now")."""
    return frozenset({*FIRST_NAMES, *KIN_WORDS, *ENGLISH_RELATIONS, *agewords.BARE_AGE_PERSONS}) - frozenset(
        w.lower() for w in (*READING_WORDS, *agewords.NOT_NAMES_BEFORE_A_BARE_AGE))


#: round 42 (r42numbers): a Yoruba word of age, then one word of a number ("ọmọ ọdún mẹ́tàlélọ́gọ́rùn-ún")
#: (the words composed and decomposed: the text is read as written, its spans kept)
_YORUBA_AGE_WORDS = _words(tuple({unicodedata.normalize(form, w) for w in agewords.YORUBA_AGE_WORDS
                                   for form in ("NFC", "NFD")}))
_YORUBA_AGE_THEN_A_WORD = re.compile(rf"(?i:(?<![^\W\d_])(?:{_YORUBA_AGE_WORDS})[ \t]+"
                                     r"(?P<number>[^\W\d_][\w\u0300-\u036f-]*))")


def _unmarked(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _old_yoruba_number(word: str) -> bool:
    """Whether ``word`` is a Yoruba number of 90 or more (:data:`~features.deid.agewords.YORUBA_NINETY`)."""
    plain = _unmarked(word)
    return agewords.YORUBA_HUNDRED in plain or (agewords.YORUBA_NINETY in plain and agewords.YORUBA_LESS not in plain)


def yoruba_spelled_age_spans(text: str) -> list[Span]:
    """Round 42 (r42numbers): an age of 90 or more said in a Yoruba number word after its word of age ("ọmọ ọdún
    mẹ́tàlélọ́gọ́rùn-ún"), as ``("AGE", start, end, score)`` spans of the number."""
    if text.isascii() and "odun" not in text.lower():
        return []
    return [("AGE", m.start("number"), m.end("number"), 0.7) for m in _YORUBA_AGE_THEN_A_WORD.finditer(text)
            if _old_yoruba_number(m.group("number"))]


def cued_age_spans(text: str) -> list[Span]:
    """Ages over 89 said with a word of age of another language before or after the figure, or after a given name in
    lower case and its verb with a word of time after ("dot's 92 now"), as ``("AGE", start, end, score)`` spans of the
    figure."""
    if not any(c.isdigit() for c in text):
        return []
    found: list[Span] = []
    for pattern in (_AGE_WORD_THEN_FIGURE, _FIGURE_THEN_AGE_WORD):
        for m in pattern.finditer(text):
            if _old(m.group("n")) and (pattern is _FIGURE_THEN_AGE_WORD or _no_unit_after(text, m.end("n"))):
                found.append(("AGE", m.start("n"), m.end("n"), 0.7))
    for m in _PERSON_AGE_NOW.finditer(text):
        if _old(m.group("n")) and m.group("person").lower() in _persons():
            found.append(("AGE", m.start("n"), m.end("n"), 0.6))
    return found


# --------------------------------------------------------------------------- years of birth in other calendars

_CJK_NUMERALS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cjk_number(written: str) -> int | None:
    """A number of up to 99 in figures or Chinese numerals ("19", "十九", "二十", "一九")."""
    if written.isdigit():
        return int(written)
    if "十" in written:
        tens, _, units = written.partition("十")
        head = _CJK_NUMERALS.get(tens, 1 if not tens else -100)
        tail = _CJK_NUMERALS.get(units, 0 if not units else -100)
        return head * 10 + tail if head >= 0 and tail >= 0 else None
    digits = [_CJK_NUMERALS.get(c) for c in written]
    return int("".join(map(str, digits))) if digits and None not in digits else None


_MINGUO_YEAR = re.compile(
    rf"(?P<before>{_words(agewords.CHINESE_BIRTH_BEFORE_A_YEAR)})?[ \t]*(?:{_words(agewords.MINGUO_ERA_WORDS)})"
    r"[ \t]*(?P<year>\d{1,3}|[〇零一二三四五六七八九十]{1,3})[ \t]*年"
    rf"(?P<after>[ \t]*(?:{_words(agewords.CHINESE_BIRTH_AFTER_A_YEAR)}))?")
_HEBREW_YEAR = (r"(?:ה['׳]?[ \t]*)?(?P<letters>[א-ת]{1,3}[\"״][א-ת]|[א-ת]['׳])"
                r"|(?P<figures>5[67]\d\d)")
_HEBREW_BIRTH = re.compile(
    rf"(?<![א-ת])(?:{_words(agewords.HEBREW_BIRTH_WORDS)})(?![א-ת])[ \t:,-]*(?:(?:בשנת|שנת|בשנה)[ \t]+)?"
    rf"(?:ב-?|ב[ \t]+)?(?:{_HEBREW_YEAR})")
_ARABIC_SCRIPT_BIRTH = re.compile(
    rf"(?P<word>{_words(agewords.PERSIAN_BIRTH_WORDS + agewords.ARABIC_BIRTH_WORDS)})"
    rf"(?:[ \t]+(?:{_words(agewords.WORDS_BEFORE_AN_ERA_YEAR)})){{0,3}}[ \t:،,]*(?P<year>\d{{4}})(?!\d)"
    rf"(?P<mark>[ \t]*(?:{_words(agewords.LUNAR_HIJRI_MARKS + agewords.SOLAR_HIJRI_MARKS)})(?![^\W\d_]))?")
_VIKRAM_YEAR = re.compile(rf"(?i:(?:{_words(agewords.VIKRAM_ERA_WORDS)})[ \t:]*(?P<year>\d{{4}})(?!\d))")
_VIKRAM_BIRTH = re.compile(rf"(?i:{_words(agewords.VIKRAM_BIRTH_WORDS)})")
_RUSSIAN_TWO_FIGURES = re.compile(
    rf"(?i:(?<![^\W\d_])(?:{_words(agewords.RUSSIAN_BIRTH_WORDS)})(?![^\W\d_])[^.!?\n\d]{{0,30}}?"
    rf"(?<![^\W\d_])в[ \t]+(?P<year>\d\d)(?:{_words(agewords.RUSSIAN_YEAR_ENDINGS)})(?![^\W\d_]))")


def _hebrew_letters_value(letters: str) -> int:
    return sum(agewords.HEBREW_LETTER_VALUES.get(c, 0) for c in letters)


def _hebrew_year_over_89(m: re.Match[str]) -> bool:
    """A Hebrew year of birth (letters, the thousands left out, or figures) that makes its person over 89: its first
    day (Tishrei) falls in the Gregorian year convertdate gives."""
    year = int(m.group("figures")) if m.group("figures") else 5000 + _hebrew_letters_value(m.group("letters"))
    if not 5600 <= year <= 5800:
        return False
    return hebrew.to_gregorian(year, hebrew.TISHRI, 1)[0] <= _latest_old_birth_year()


#: round 42 (r42owner): a date of the Hebrew calendar: a day in letters (a gershayim or geresh: "י"ד", "ה'") or
#: figures, "in" or "the" glued before it or not ("בי"ד", "ב-14"), a Hebrew month ("בניסן", "אדר ב'"), a year in
#: letters or figures after it ("תשי"ח", "ה'תשי"ח", "5718"); a day or a year must stand by the month
_HEBREW_DAY = r"(?<![א-ת\w\"״'׳])[בהלו]?-?(?P<day>[א-ת][\"״][א-ת]|[א-ת]['׳](?![א-ת])|[1-3]?\d(?!\d))"
_HEBREW_CALENDAR_DATE = re.compile(
    rf"(?:{_HEBREW_DAY}[ \t]+)?(?<![א-ת])(?:[בהל]-?)?(?P<month>{_words(monthnames.HEBREW_MONTHS)})"
    r"(?:[ \t]+[אב]['׳])?(?![א-ת])(?:[ \t,]+(?:ב?שנת[ \t]+)?(?:ה['׳]?)?(?P<year>[א-ת]{1,3}[\"״][א-ת](?![א-ת])|5[67]\d\d(?!\d)))?")


_HEBREW_LOOK = re.compile("[\u05d0-\u05ea]")


def hebrew_calendar_date_spans(text: str) -> list[Span]:
    """Round 42 (r42owner): a date of the Hebrew calendar (:data:`_HEBREW_CALENDAR_DATE`) with its day (1 to 30) or
    its year (the 5600s and 5700s) beside the month, as a ``DATE_TIME`` span; a month alone ("בניסן") stays."""
    found: list[Span] = []
    for m in _HEBREW_CALENDAR_DATE.finditer(text):
        day, year = m.group("day"), m.group("year")
        day_ok = day is not None and 1 <= (int(day) if day.isdigit() else _hebrew_letters_value(day)) <= 30
        year_ok = year is not None and 5600 <= (int(year) if year.isdigit() else 5000 + _hebrew_letters_value(year)) < 5800
        if day_ok or year_ok:
            start = m.start("day") if day_ok else m.start("month")
            end = m.end("year") if year_ok else m.end("month")
            found.append(("DATE_TIME", start, end, 0.7))
    return found


def _era_year_gregorian(m: re.Match[str]) -> int | None:
    """The Gregorian year of a year of birth after a Persian or Arabic birth word: solar with a solar mark, a Persian
    word or Persian figures; lunar with a lunar mark, an Arabic word or Arabic figures; the older of the two else."""
    year = int(m.group("year"))
    if not 1250 <= year <= 1450:
        return None
    mark = (m.group("mark") or "").strip().lower()
    solar = year + agewords.SOLAR_HIJRI_OFFSET
    lunar = islamic.to_gregorian(year, 1, 1)[0]
    if mark in agewords.SOLAR_HIJRI_MARKS:
        return solar
    if mark in agewords.LUNAR_HIJRI_MARKS:
        return lunar
    persian = m.group("word") in agewords.PERSIAN_BIRTH_WORDS or any("۰" <= c <= "۹" for c in m.group("year"))
    arabic = m.group("word") in agewords.ARABIC_BIRTH_WORDS or any("٠" <= c <= "٩" for c in m.group("year"))
    if persian and not arabic:
        return solar
    if arabic and not persian:
        return lunar
    return min(solar, lunar)


def other_calendar_birth_spans(text: str) -> list[Span]:
    """Years of birth over 89 in the Minguo, Hebrew, solar and lunar Hijri and Vikram calendars, and a Russian year of
    two figures after a birth word, as ``("DATE_TIME", start, end, score)`` spans of the year."""
    if text.isascii() and "samvat" not in text.lower() and "sambat" not in text.lower():
        return []
    found: list[Span] = []
    latest = _latest_old_birth_year()
    for m in _MINGUO_YEAR.finditer(text):
        year = _cjk_number(m.group("year"))
        if year is not None and (m.group("before") or m.group("after")) and year + agewords.MINGUO_OFFSET <= latest:
            found.append(("DATE_TIME", m.start("year"), m.end("year"), 0.7))
    for m in _HEBREW_BIRTH.finditer(text):
        if _hebrew_year_over_89(m):
            group = "figures" if m.group("figures") else "letters"
            found.append(("DATE_TIME", m.start(group), m.end(group), 0.7))
    for m in _ARABIC_SCRIPT_BIRTH.finditer(text):
        year = _era_year_gregorian(m)
        if year is not None and year <= latest:
            found.append(("DATE_TIME", m.start("year"), m.end("year"), 0.7))
    for m in _VIKRAM_YEAR.finditer(text):
        clause = text[max(0, m.start() - 40):m.end() + 40]
        if int(m.group("year")) - agewords.VIKRAM_OFFSET <= latest and _VIKRAM_BIRTH.search(clause):
            found.append(("DATE_TIME", m.start("year"), m.end("year"), 0.7))
    for m in _RUSSIAN_TWO_FIGURES.finditer(text):
        if 1900 + int(m.group("year")) <= latest:
            found.append(("DATE_TIME", m.start("year"), m.end("year"), 0.7))
    return found


# --------------------------------------------------------------------------- a year of two figures after a date in words

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth", "thirtieth")
_DAY = (rf"(?:(?:twenty|thirty)[ \t-]?(?:{alternation(_ORDINAL_WORDS[:9])})|{alternation(_ORDINAL_WORDS)}"
        r"|[0-3]?\d(?:st|nd|rd|th)?)")
#: a birth word, a month and a day in words or figures (or the day, "of" and the month), then a year of two figures
#: ("born jan first 31", "born on the first of january, '31")
_MONTH = alternation(_MONTHS)
_SPELLED_DATE_SHORT_YEAR = re.compile(
    rf"(?i:\b(?:born|birthday|dob|b-day|bday)\b(?:[ \t]+(?:on|in|the|was|is))*[ \t]+"
    rf"(?P<date>(?:<DATE>(?:[ \t]*<DATE>)*|(?:{_MONTH})\.?[ \t]+(?:the[ \t]+)?{_DAY}|{_DAY}[ \t]+(?:of[ \t]+)?(?:{_MONTH})\.?)"
    r"[ \t]*,?[ \t]*(?:of[ \t]+|in[ \t]+)?(?P<year>['’]?\d\d))(?![\d:]|[.,/]\d))")


def spelled_date_year_spans(text: str) -> list[Span]:
    """A year of two figures after a date of birth said with a month's name ("born jan first 31"), as
    ``("DATE_TIME", start, end, score)``: the date and its year (every one of them, whoever's; the month and the day
    of a date of birth are identifiers, the year too when it makes its person over 89)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in ("born", "birth", "dob", "bday", "b-day")):
        return []
    return [("DATE_TIME", m.start("date"), m.end("date"), 0.6) for m in _SPELLED_DATE_SHORT_YEAR.finditer(text)]


# --------------------------------------------------------------------------- round 31 (r31days): ages in number words

_TOKEN = re.compile(r"[^\s,.;:!?।|()\"“”'’]+")


def _nfc(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


@functools.cache
def _number_word_phrases() -> dict[tuple[str, ...], int]:
    """:data:`features.deid.agewords.OLD_AGE_NUMBER_WORDS` as tuples of words (NFC, lower case) -> value."""
    return {tuple(_nfc(w).split()): value for w, value in agewords.OLD_AGE_NUMBER_WORDS.items()}


@functools.cache
def _number_word_firsts() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in _number_word_phrases())


@functools.cache
def _normalized(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """``words`` (NFC, lower case) as a set, and those not of Latin letters, which may begin a longer word."""
    folded = tuple(_nfc(w) for w in words)
    return frozenset(folded), tuple(w for w in folded if not w.isascii())


def _is_one_of(word: str, words: tuple[str, ...]) -> bool:
    """Whether ``word`` (NFC, lower case) is one of ``words``: a word of Latin letters whole, another begun by one
    ("বছরের", "წლისაა": a word of age with its ending)."""
    whole, stems = _normalized(words)
    return word in whole or word.startswith(stems)


def _is_a_pair_of(two: str, words: tuple[str, ...]) -> bool:
    """Round 33: whether two words (joined by a blank) are one word of age of two words of ``words`` ("de ani", "taong
    gulang", "år gammal"), whole or, not of Latin letters, with an ending: a word of one word begun by its first
    ("лет назад" begins with "лет") is no pair, so the word after it is read as the next word."""
    whole, stems = _normalized(words)
    return two in whole or two.startswith(tuple(stem for stem in stems if " " in stem))


def _glued_number_word_age(word: str) -> int | None:
    """Round 33: the age of ``word`` (NFC, lower case) when it is a number word of 90 to 119 with a word of age glued
    after it ("yhdeksänkymmentäkaksivuotias", "üheksakümneaastane", "vier-en-negentigjarige": a number word of
    :data:`~features.deid.agewords.OLD_AGE_NUMBER_WORDS` or a stem of
    :data:`~features.deid.agewords.GLUED_NUMBER_STEMS`, then one of
    :data:`~features.deid.agewords.GLUED_AGE_WORD_STARTS`), or an age word by itself ("sajane"); else ``None``. The
    word says its age with no other word beside it."""
    alone = agewords.AGE_NUMBER_WORDS_ALONE.get(word)
    if alone is not None or len(word) < 7:
        return alone
    for start in agewords.GLUED_AGE_WORD_STARTS:
        at = word.find(start, 3)
        if at > 0:
            head = word[:at].rstrip("-")
            value = _number_word_phrases().get((head,)) or agewords.GLUED_NUMBER_STEMS.get(head)
            if value is not None:
                return value
    return None


@functools.cache
def _bare_persons() -> frozenset[str]:
    """Round 34: the persons a verb of :data:`~features.deid.agewords.BARE_NUMBER_WORD_VERBS` follows (NFC, lower
    case): the shared persons of that list, the kin and relation words, the pronouns of bare ages."""
    return frozenset(_nfc(w) for w in (*agewords.BARE_NUMBER_WORD_PERSONS, *KIN_WORDS, *ENGLISH_RELATIONS,
                                       *agewords.BARE_AGE_PERSONS, *agewords.AGE_PERSON_WORDS))


_MARK_BETWEEN = re.compile(r"[.,;:!?)]")


def _clause_ends(text: str, tokens: list[tuple[int, int, str]], after: int) -> bool:
    """Whether the clause ends at ``tokens[after]``: no token there, a mark before it, or a word of
    :data:`~features.deid.agewords.BARE_NUMBER_WORD_FOLLOWERS`."""
    return after >= len(tokens) or bool(_MARK_BETWEEN.search(text, tokens[after - 1][1], tokens[after][0])) or (
        tokens[after][2] in _normalized(agewords.BARE_NUMBER_WORD_FOLLOWERS)[0])


def _said_with_no_verb_before(text: str, tokens: list[tuple[int, int, str]], i: int, length: int) -> bool:
    """Round 35: whether the number word of ``tokens[i:i + length]`` is an age said with no verb before it: right
    after a person of :data:`~features.deid.agewords.BARE_NUMBER_WORD_PERSONS_WITHOUT_A_VERB` (an adverb may stand
    between) at the end of its clause ("Močiutei devyniasdešimt penkeri", "Buvim to'qson beshda"), or after a person
    of :data:`~features.deid.agewords.BARE_NUMBER_WORD_PERSONS_BEFORE_A_VERB_AFTER` with a verb of
    :data:`~features.deid.agewords.BARE_NUMBER_WORD_VERBS_AFTER` after it, the clause ending there ("Amonak laurogeita
    hamabost ditu")."""
    before = i - 1
    if before > 0 and tokens[before][2] in _normalized(agewords.AGE_LINK_ADVERBS)[0]:
        before -= 1
    if before < 0:
        return False
    person, after = tokens[before][2], i + length
    if person in _normalized(agewords.BARE_NUMBER_WORD_PERSONS_WITHOUT_A_VERB)[0] and _clause_ends(text, tokens, after):
        return True
    verbs = _normalized(agewords.BARE_NUMBER_WORD_VERBS_AFTER)[0]
    return (person in _normalized(agewords.BARE_NUMBER_WORD_PERSONS_BEFORE_A_VERB_AFTER)[0] and after < len(tokens)
            and tokens[after][2] in verbs and (_clause_ends(text, tokens, after + 1) or (
                after + 1 < len(tokens) and tokens[after + 1][2] in verbs and _clause_ends(text, tokens, after + 2))))


def _said_bare(text: str, tokens: list[tuple[int, int, str]], i: int, length: int) -> bool:
    """Round 34: whether the number word of ``tokens[i:i + length]`` is an age with no word of age: after a verb of
    being or turning (:data:`~features.deid.agewords.BARE_NUMBER_WORD_VERBS`, maybe an adverb between) that follows
    a person (:func:`_bare_persons`, or a capitalised word not first in its sentence) or says an age by itself
    ("fylder", "skończyła"), and at the end of its clause: nothing after, a mark, or a word of
    :data:`~features.deid.agewords.BARE_NUMBER_WORD_FOLLOWERS` ("Farmor er toogthalvfems og stadig frisk", "mae Nain
    yn naw deg tri"); "Der er halvfems i pakken" has no person before its verb, "sada" (Croatian: now) is read so
    with a word of age only (:data:`~features.deid.agewords.NOT_BARE_NUMBER_WORDS`)."""
    if length == 1 and tokens[i][2] in agewords.NOT_BARE_NUMBER_WORDS:
        return False  # "Baka je sada i dobro": now
    if _said_with_no_verb_before(text, tokens, i, length):
        return True  # round 35: "Močiutei devyniasdešimt penkeri", "Amonak laurogeita hamabost ditu"
    verb = i - 1
    if verb > 0 and tokens[verb][2] in _normalized(agewords.AGE_LINK_ADVERBS)[0]:
        verb -= 1
    if verb < 0 or tokens[verb][2] not in _normalized(agewords.BARE_NUMBER_WORD_VERBS)[0]:
        return False
    if tokens[verb][2] not in _normalized(agewords.BARE_NUMBER_WORD_TURNING_VERBS)[0]:
        if verb == 0:
            return False
        start, _, person = tokens[verb - 1]
        before = text[max(0, start - 20):start].rstrip()
        named = text[start].isupper() and bool(before) and before[-1] not in ".!?。\n"
        if person not in _bare_persons() and not named:
            return False
    return _clause_ends(text, tokens, i + length)


@functools.cache
def _kana_age() -> re.Pattern[str]:
    """Round 34: a number of 90 to 119 in kana (:data:`~features.deid.agewords.KANA_OLD_AGE_NUMBER_WORDS`) before a
    counter of years ("きゅうじゅうよんさい"), or after a person, a particle and words of time with an ending of an
    age after it ("祖母は今年できゅうじゅうよん", "おじいちゃんはもうきゅうじゅうごだよ")."""
    number = _words(tuple(agewords.KANA_OLD_AGE_NUMBER_WORDS))
    person = (rf"(?:{_words(agewords.CJK_AGE_PERSONS)})(?:{_words(agewords.CJK_PERSON_PARTICLES)})?[ \t、,]*"
              rf"(?:(?:{_words(agewords.CJK_AGE_FILLERS)})[ \t]*){{0,3}}")
    return re.compile(rf"(?P<n>{number})[ \t]?(?:{_words(agewords.KANA_AGE_COUNTERS)})|{person}(?P<m>{number})"
                      rf"(?=[ \t]*(?:{_words(agewords.CJK_AGE_ENDINGS)}|[、,。．.！!？?\n]|\Z))")


def kana_age_spans(text: str) -> list[Span]:
    """Round 34: the kana numbers of :func:`_kana_age` in ``text``, as ``("AGE", start, end, score)`` spans."""
    if not any(head in text for head in ("ゅう", "ゃく", "ュウ", "ャク")):
        return []
    return [("AGE", m.start(g), m.end(g), 0.7) for m in _kana_age().finditer(text) for g in "nm" if m.group(g)]


def number_word_age_spans(text: str) -> list[Span]:
    """Ages of 90 to 119 in number words of Bengali, Georgian, Mongolian, Hindi and Urdu (romanised or in their
    scripts) with a word of age right after the number ("তিরানব্বই বছর", "ოთხმოცდაცამეტი წლისაა", "ерэн гурван
    настай", "nabbe saal ki") or one or two words before it ("বয়স নব্বই", "umar tiranve"), no word of a span of time
    after ("nabbe saal pehle": ninety years ago), as ``("AGE", start, end, score)`` spans of the number words. Round 32:
    the table's other languages too ("naw deg tri oed", "nouăzeci și trei de ani", "ενενήντα τριών ετών"), a word of
    age of two words ("de ani"), and none after a word of a span before it ("acum", "преди")."""
    tokens = [(m.start(), m.end(), _nfc(m.group())) for m in _TOKEN.finditer(text)]
    firsts, phrases = _number_word_firsts(), _number_word_phrases()
    longest = max(map(len, phrases))  # round 32: the Welsh vigesimal "tri ar ddeg a phedwar ugain" is six words
    found: list[Span] = []
    for i, (start, end, word) in enumerate(tokens):
        if word not in firsts:
            glued = _glued_number_word_age(word)  # round 33: "yhdeksänkymmenvuotias", "sajane"
            if glued is not None and OLDEST_AGE_KEPT < glued <= agewords.HIGHEST_AGE:
                found.append(("AGE", start, end, 0.7))
            continue
        for length in range(longest, 0, -1):
            value = phrases.get(tuple(t[2] for t in tokens[i:i + length]))
            if value is not None and len(tokens[i:i + length]) == length:
                break
        else:
            continue
        after = [t[2] for t in tokens[i + length:i + length + 3]]
        if after and _is_one_of(after[0], agewords.NOT_AGE_AFTER_A_NUMBER_WORD):
            continue
        if i and _is_one_of(tokens[i - 1][2], agewords.NOT_AGE_BEFORE_A_NUMBER_WORD):
            continue  # round 32: "acum nouăzeci de ani" (ninety years ago)
        if i > 1 and f"{tokens[i - 2][2]} {tokens[i - 1][2]}" in _normalized(agewords.NOT_AGE_BEFORE_A_NUMBER_WORD)[0]:
            continue  # round 34: "il y a nonante ans" (ninety years ago)
        # round 32: a word of age of two words ("de ani", "mlwydd oed") is read as one, and the word after it
        paired = len(after) > 1 and _is_a_pair_of(" ".join(after[:2]), agewords.AGE_WORDS_AFTER_A_NUMBER_WORD)
        next_word = after[2:3] if paired else after[1:2]
        cued_after = (paired or (bool(after) and _is_one_of(after[0], agewords.AGE_WORDS_AFTER_A_NUMBER_WORD))) and not (
            next_word and _is_one_of(next_word[0], agewords.NOT_AGE_AFTER_A_NUMBER_WORD))
        cued_before = any(_is_one_of(t[2], agewords.AGE_WORDS_BEFORE_A_NUMBER_WORD) for t in tokens[max(0, i - 2):i])
        # round 34: with no word of age after it at all, one said as an age by a verb before it
        bare = not (after and _is_one_of(after[0], agewords.AGE_WORDS_AFTER_A_NUMBER_WORD)) and _said_bare(
            text, tokens, i, length)
        if OLDEST_AGE_KEPT < value <= agewords.HIGHEST_AGE and (cued_after or cued_before or bare):
            found.append(("AGE", start, tokens[i + length - 1][1], 0.7))
    return found


_LONGEVITY_NAME = rf"(?P<name>{_words(tuple(agewords.LONGEVITY_NAMES))})(?:[晋晉又有][一二三四五六七八九])?"
_LONGEVITY = re.compile(
    rf"(?:(?:{_words(agewords.CJK_AGE_PERSONS)})[^。．.！!？?\n]{{0,{agewords.LONGEVITY_REACH}}}?{_LONGEVITY_NAME}"
    # round 33: a name before "老" ("九旬老人") needs no person before it
    rf"|{_LONGEVITY_NAME.replace('name', 'alone')}(?={agewords.LONGEVITY_PERSON_AFTER}))")


def longevity_name_spans(text: str) -> list[Span]:
    """Round 32: the name of a celebrated age of 90 or more said of a person a few characters before it ("祖母の卒寿のお
    祝い", "祖父は白寿を迎えた": :data:`~features.deid.agewords.LONGEVITY_NAMES`), as ``("AGE", start, end, score)``
    spans of the name: the age over 89 it says is a Safe Harbor identifier."""
    if not any(c in text for c in "寿壽暦頤颐旬秩背龄齡"):
        return []
    found: list[Span] = []
    for m in _LONGEVITY.finditer(text):
        group = "name" if m.group("name") else "alone"
        # round 33: the whole of "九秩晋五" goes; "年近九旬" (nearly ninety) is younger
        younger = agewords.LONGEVITY_NAMES[m.group(group)] <= OLDEST_AGE_KEPT + 1 and text[
            max(0, m.start(group) - 2):m.start(group)].endswith(agewords.LONGEVITY_NOT_AFTER)
        if not younger:
            found.append(("AGE", m.start(group), m.end(), 0.7))
    return found


_CHINESE_AGE = re.compile(
    rf"(?P<n>[〇零一二两三四五六七八九十百]{{1,6}})(?:{_words(tuple(c for c in agewords.SCRIPT_AGE_COUNTERS if len(c) == 2))})")


def _chinese_value(written: str) -> int | None:
    """A number of up to 199 in Chinese numerals ("九十三", "百", "一百零二", "百一十")."""
    if "百" not in written:
        return _cjk_number(written)
    head, _, tail = written.partition("百")
    hundreds = _cjk_number(head) if head else 1
    rest = _cjk_number(tail.lstrip("零〇")) if tail.lstrip("零〇") else 0
    if tail and len(tail) == 1 and tail not in "零〇":  # "百一": a hundred and ten
        rest = (rest or 0) * 10
    return None if hundreds is None or rest is None else hundreds * 100 + rest


def chinese_counted_age_spans(text: str) -> list[Span]:
    """An age of 90 or more in Chinese numerals before a counter of full or nominal years ("九十三周岁", "一百零一虚岁"),
    as ``("AGE", start, end, score)`` spans of the numerals."""
    if not any(c in text for c in "岁歲龄齡寿壽"):  # round 33: "九十高龄", "百岁高寿"
        return []
    found: list[Span] = []
    for m in _CHINESE_AGE.finditer(text):
        value = _chinese_value(m.group("n"))
        if value is not None and OLDEST_AGE_KEPT < value <= agewords.HIGHEST_AGE:
            # round 33: "九十高龄" goes whole ("高龄" left after a kin word reads as a name to the check)
            whole = m.group()[len(m.group("n")):] in ("高龄", "高齡", "高寿", "高壽")
            found.append(("AGE", m.start("n"), m.end() if whole else m.end("n"), 0.7))
    return found


_ETHIOPIAN_YEAR = re.compile(r"(?<!\d)(?P<year>1[89]\d\d)(?!\d)")
_ETHIOPIAN_ERA = re.compile(rf"(?i:[ \t]*(?:{_words(agewords.ETHIOPIAN_ERA_WORDS)}))")
_ETHIOPIAN_BIRTH = re.compile(rf"(?i:{_words(agewords.ETHIOPIAN_BIRTH_WORDS)})")


def ethiopian_birth_year_spans(text: str) -> list[Span]:
    """A year of birth in the Ethiopian calendar that makes its person over 89 (its Gregorian year seven or eight
    later: the earlier read, recall first): four figures with the era's mark after them ("በ1927 ዓ.ም") and a word of
    birth within forty characters ("ተወለድኩ"), as ``("DATE_TIME", start, end, score)`` spans of the year."""
    if text.isascii() or ("ዓ" not in text and not _ETHIOPIAN_BIRTH.search(text)):
        return []
    found: list[Span] = []
    for m in _ETHIOPIAN_YEAR.finditer(text):
        if not _ETHIOPIAN_ERA.match(text, m.end()):
            continue
        clause = text[max(0, m.start() - 40):m.end() + 40]
        if int(m.group("year")) + agewords.ETHIOPIAN_OFFSET <= _latest_old_birth_year() and _ETHIOPIAN_BIRTH.search(
                clause):
            found.append(("DATE_TIME", m.start("year"), m.end("year"), 0.7))
    return found


def round30_spans(text: str) -> list[Span]:
    """Every span of this module in ``text`` (round 31's readings too)."""
    return [*cued_age_spans(text), *yoruba_spelled_age_spans(text), *other_calendar_birth_spans(text),
            *spelled_date_year_spans(text),
            *number_word_age_spans(text), *kana_age_spans(text), *chinese_counted_age_spans(text),
            *ethiopian_birth_year_spans(text), *longevity_name_spans(text),
            *(hebrew_calendar_date_spans(text) if _HEBREW_LOOK.search(text) else [])]
