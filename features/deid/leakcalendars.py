"""The leak check's own readings of round 30 (branch r30numbers): ages over 89 beside a word of age of another language
or after a given name in lower case ("je mi 93", "мне 93", "虚岁94", "93周岁", "92 na ako", "92-vuotias", "dot's 92
now"), and years of birth over 89 in other calendars and shapes ("民國19年生", "נולדתי בתרצ"א", "متولد 1309", "مواليد
1349 هـ", "विक्रम संवत 1987 में जन्म", "родился в 36-м", "born jan first 31").

Only the words come from :mod:`features.deid.agewords`; the reading is the check's: each figure of the text (its digits
of other scripts already made ASCII by the check) is taken in turn and the words on either side of it are looked at,
as written in lower case; the Hebrew, Persian and Islamic calendars are converted with convertdate.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata

from convertdate import hebrew, islamic

from adherence.domain import OLDEST_AGE_KEPT
from features.deid import agewords, monthnames
from features.deid.patterns import alternation
from features.deid.peoplewords import ENGLISH_RELATIONS, KIN_WORDS
from features.deid.readingwords import COUNTED_THINGS, READING_UNITS, READING_WORDS
from features.deid.recognizers import FIRST_NAMES

AGE = "age over 89"
YEAR = "year of birth over 89"
DATE_OF_BIRTH = "date of birth said with a month's name"
DAY_OF_BIRTH = "day of the month of a birth"

_FIGURES = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _cjk(word: str) -> bool:
    """Whether ``word`` is of a script written without blanks (round 43: Lao, Burmese and Khmer too), so that it is
    read glued to what is beside it."""
    return agewords.written_without_blanks(word)


def _squeezed(text: str) -> str:
    return " ".join(text.lower().split())


@functools.cache
def _before_words() -> tuple[str, ...]:
    return tuple(_squeezed(w) for w in agewords.AGE_WORDS_BEFORE_A_FIGURE)


@functools.cache
def _after_words() -> tuple[str, ...]:
    return tuple(_squeezed(w) for w in agewords.AGE_WORDS_AFTER_A_FIGURE)


@functools.cache
def _units() -> frozenset[str]:
    return frozenset(READING_UNITS | COUNTED_THINGS) | frozenset(agewords.MORE_UNITS_AFTER_A_FIGURE) | frozenset(
        agewords.AMOUNTS_AFTER_A_FIGURE)


@functools.cache
def _persons() -> frozenset[str]:
    return frozenset({*FIRST_NAMES, *KIN_WORDS, *ENGLISH_RELATIONS, *agewords.BARE_AGE_PERSONS}) - frozenset(
        w.lower() for w in (*READING_WORDS, *agewords.NOT_NAMES_BEFORE_A_BARE_AGE))


def _ends_with_word(before: str, word: str) -> bool:
    """Whether ``before`` (lower case, blanks squeezed, a colon dropped) ends with ``word``, a whole word unless it is
    of a script written without blanks."""
    if not before.endswith(word):
        return False
    head = before[:-len(word)]
    return _cjk(word) or not head or not head[-1].isalpha()


def _starts_with_word(after: str, word: str) -> bool:
    if not after.startswith(word):
        return False
    tail = after[len(word):]
    return _cjk(word) or not tail or not tail[0].isalpha()


def _age_word_beside(text: str, start: int, end: int) -> bool:
    """Whether a word of age stands right before the figure at ``start:end`` (no unit after it) or right after it."""
    before = _squeezed(text[max(0, start - 30):start]).rstrip(" :：=")
    after_raw = text[end:end + 30]
    after = _squeezed(after_raw.lstrip(" \t-"))
    if any(_starts_with_word(after, w) for w in _after_words()):
        return True
    if not any(_ends_with_word(before, w) for w in _before_words()):
        return False
    following = _WORD.match(after) or re.match(r"[%/]", after)
    return following is None or following.group().lower() not in _units()


def _person_now(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` follows a given name (or kin word) and its "'s" or "is" and has a word of
    time after it ("dot's 92 now", "ed is 95 already")."""
    after = _squeezed(text[end:end + 20]).lstrip(", ")
    if not any(_starts_with_word(after, w) for w in agewords.PERSON_AGE_TIME_WORDS):
        return False
    words = _WORD.findall(text[max(0, start - 40):start].replace("’", "'").lower())
    if words and words[-1] in ("now", "already", "just"):
        words.pop()
    if not words:
        return False
    last = words[-1]
    if last.endswith("'s"):
        return last[:-2] in _persons()
    return last in ("is", "was", "turned", "turns") and len(words) > 1 and words[-2] in _persons()


def has_cued_age(text: str) -> bool:
    """Whether ``text`` says an age over 89 with a word of age beside the figure, or after a given name and a word of
    time (see the module docstring)."""
    for m in _FIGURES.finditer(text):
        if not OLDEST_AGE_KEPT < int(m.group()) <= agewords.HIGHEST_AGE or len(m.group()) > 3:
            continue
        if text[max(0, m.start() - 1):m.start()] in (".", ",", "/") and m.start() > 1 and text[m.start() - 2].isdigit():
            continue  # a decimal or a reading's second figure ("bp 120/93")
        if text[m.end():m.end() + 2][:1] in ("%", "/") or re.match(r"[.,:]\d", text[m.end():m.end() + 2]):
            continue
        if _age_word_beside(text, m.start(), m.end()) or _person_now(text, m.start(), m.end()):
            return True
    return False


# --------------------------------------------------------------------------- years of birth in other calendars

def _latest() -> int:
    return datetime.date.today().year - (OLDEST_AGE_KEPT + 1)


_CJK_DIGITS = "〇一二三四五六七八九"


def _chinese_value(written: str) -> int | None:
    if written.isdigit():
        return int(written)
    if written.count("十") == 1:
        head, tail = written.split("十")
        value = (_CJK_DIGITS.find(head) if head else 1) * 10 + (_CJK_DIGITS.find(tail) if tail else 0)
        return value if value >= 0 and (not head or _CJK_DIGITS.find(head) > 0) and (
            not tail or _CJK_DIGITS.find(tail) >= 0) else None
    if written and all(c in _CJK_DIGITS for c in written):
        return int("".join(str(_CJK_DIGITS.find(c)) for c in written))
    return None


def _minguo_birth(text: str) -> bool:
    for era in agewords.MINGUO_ERA_WORDS:
        at = text.find(era)
        while at >= 0:
            rest = text[at + len(era):at + len(era) + 8].lstrip()
            written = "".join(c for c in rest.split("年")[0] if c.isdigit() or c in _CJK_DIGITS or c == "十")
            value = _chinese_value(written) if "年" in rest and written else None
            near = text[max(0, at - 4):at] + rest.partition("年")[2][:3]
            if value is not None and value + agewords.MINGUO_OFFSET <= _latest() and (
                    "生" in near or "出世" in near):
                return True
            at = text.find(era, at + 1)
    return False


def _hebrew_value(token: str) -> int | None:
    """A Hebrew year in letters (with a gershayim or a geresh; a leading "in" or the thousands' "ה'" dropped) or in
    figures of the 5600s and 5700s."""
    token = token.strip("-־ ")
    if token.isdigit():
        return int(token) if len(token) == 4 else None
    if not any(c in token for c in "\"״'׳"):
        return None
    letters = [c for c in token if c in agewords.HEBREW_LETTER_VALUES]
    if len(letters) > 1 and letters[0] == "ה" and token[1:2] in ("'", "׳"):
        letters = letters[1:]
    if len(letters) > 2 and letters[0] == "ב" and letters[1] in "תשרק":  # "בתרצ"א": "in" glued before the year
        letters = letters[1:]
    value = sum(agewords.HEBREW_LETTER_VALUES[c] for c in letters)
    return 5000 + value if 600 <= value < 800 else None


def _hebrew_birth(text: str) -> bool:
    for word in agewords.HEBREW_BIRTH_WORDS:
        at = text.find(word)
        while at >= 0:
            for token in text[at + len(word):at + len(word) + 24].split()[:3]:
                token = token[1:] if token.startswith("ב") and len(token) > 2 and (
                    token[1:2] == "-" or token[1:2].isdigit()) else token
                year = _hebrew_value(token)
                if year is not None and 5600 <= year <= 5800 and hebrew.to_gregorian(
                        year, hebrew.TISHRI, 1)[0] <= _latest():
                    return True
            at = text.find(word, at + 1)
    return False


#: round 42 (r42owner): a date of the Hebrew calendar by its day or year beside a Hebrew month
HEBREW_DATE = "date of the Hebrew calendar"
_HEBREW_MONTH_SET = frozenset(monthnames.HEBREW_MONTHS)


def _hebrew_day(token: str) -> bool:
    """A day of a month (1 to 30) in figures or letters with a geresh or gershayim, "in" or "the" glued before it
    ("בי"ד", "ב-14", "ה'")."""
    token = token.strip(",")
    for bare in (token, token[1:].lstrip("-") if token[:1] in "בהלו" else token):
        if bare.isdigit():
            return 1 <= int(bare) <= 30
        letters = [c for c in bare if c in agewords.HEBREW_LETTER_VALUES]
        marked = len(bare) in (2, 3) and bare[-2 if len(bare) == 3 else -1] in "\"״'׳"
        if marked and len(letters) == len(bare) - 1 and 1 <= sum(agewords.HEBREW_LETTER_VALUES[c] for c in letters) <= 30:
            return True
    return False


def _hebrew_calendar_date(text: str) -> bool:
    """Round 42 (r42owner): a Hebrew month ("ניסן", "בניסן") with a day before it (:func:`_hebrew_day`) or a year
    after it (:func:`_hebrew_value`, the 5600s and 5700s; an Adar's "א'"/"ב'" stepped over)."""
    tokens = text.replace("־", "-").split()
    for i, token in enumerate(tokens):
        bare = token.strip(",.")
        if bare not in _HEBREW_MONTH_SET:
            bare = bare[1:].lstrip("-")
        if bare not in _HEBREW_MONTH_SET:
            continue
        after = tokens[i + 1:i + 4]
        if after and after[0] in ("א'", "ב'", "א׳", "ב׳"):
            after = after[1:]
        if after and after[0] in ("שנת", "בשנת"):
            after = after[1:]
        year = _hebrew_value(after[0].strip(",.")) if after else None
        if (i and _hebrew_day(tokens[i - 1])) or (year is not None and 5600 <= year < 5800):
            return True
    return False


def _arabic_script_birth(text: str) -> bool:
    for word in (*agewords.PERSIAN_BIRTH_WORDS, *agewords.ARABIC_BIRTH_WORDS):
        at = text.find(word)
        while at >= 0:
            tokens = text[at + len(word):at + len(word) + 40].replace("،", " ").split()
            for i, token in enumerate(tokens[:5]):
                if token.isdigit() and len(token) == 4:
                    year = int(token)
                    mark = " ".join(tokens[i + 1:i + 3]).lower()
                    solar, lunar = year + agewords.SOLAR_HIJRI_OFFSET, islamic.to_gregorian(year, 1, 1)[0]
                    if any(mark.startswith(m) for m in agewords.SOLAR_HIJRI_MARKS if len(m) > 1) or mark[:1] == "ش":
                        gregorian = solar
                    elif any(mark.startswith(m) for m in agewords.LUNAR_HIJRI_MARKS):
                        gregorian = lunar
                    else:  # the calendar unsaid: whichever makes its person the older (recall first)
                        gregorian = min(solar, lunar)
                    if 1250 <= year <= 1450 and gregorian <= _latest():
                        return True
                    break
            at = text.find(word, at + 1)
    return False


def _vikram_birth(text: str) -> bool:
    lowered = text.lower()
    if not any(w in lowered for w in agewords.VIKRAM_BIRTH_WORDS):
        return False
    for era in agewords.VIKRAM_ERA_WORDS:
        at = lowered.find(era)
        while at >= 0:
            tokens = lowered[at + len(era):at + len(era) + 12].replace(":", " ").split()
            if tokens and tokens[0][:4].isdigit() and int(tokens[0][:4]) - agewords.VIKRAM_OFFSET <= _latest():
                return True
            at = lowered.find(era, at + 1)
    return False


_TWO_FIGURES_AFTER_V = re.compile(r"(?<![^\W\d_])в\s+(\d\d)(?!\d)(-?[^\W\d_]{0,3})")


def _russian_two_figures(text: str) -> bool:
    lowered = text.lower()
    for m in _TWO_FIGURES_AFTER_V.finditer(lowered):
        before = _WORD.findall(lowered[max(0, m.start() - 40):m.start()])
        ending = m.group(2)
        after = lowered[m.end():m.end() + 6].strip()
        if (ending in ("-м", "-ом", "-ем", "м", "ом", "-го") or after.startswith(("году", "г.", "года"))) and any(
                w in agewords.RUSSIAN_BIRTH_WORDS for w in before) and 1900 + int(m.group(1)) <= _latest():
            return True
    return False


_MONTH_WORDS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                          "sept", "oct", "nov", "dec"))
_DAY_WORDS = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth", "thirtieth", "twenty", "thirty"))
_DATE_TOKEN = re.compile(r"['’]?\d+(?:st|nd|rd|th)?|[a-z]+")
_BIRTH_TOKENS = frozenset(("born", "birthday", "dob", "bday", "b-day"))


def _date_of_birth_in_words(text: str) -> bool:
    """A birth word, a few words, a month's name and a day (a figure or an ordinal in words), and a year of two figures
    ("born jan first 31"): the month and the day of a date of birth."""
    lowered = text.lower()
    if not any(w in lowered for w in _BIRTH_TOKENS):
        return False
    tokens = _DATE_TOKEN.findall(lowered)
    for i, token in enumerate(tokens):
        if token not in _BIRTH_TOKENS:
            continue
        window = tokens[i + 1:i + 9]
        month = next((j for j, t in enumerate(window) if t in _MONTH_WORDS), None)
        if month is None:
            continue
        days = [j for j, t in enumerate(window) if t in _DAY_WORDS or re.fullmatch(r"[0-3]?\d(?:st|nd|rd|th)?", t)]
        short_years = [j for j, t in enumerate(window) if re.fullmatch(r"['’]?\d\d", t) and j > month]
        if any(abs(d - month) <= 3 for d in days) and any(y > d for y in short_years for d in days):
            return True
    return False


# --------------------------------------------------------------------------- round 31 (r31days)

_PUNCTUATION = str.maketrans({c: " " for c in ",.;:!?।|()\"“”'’"})


@functools.cache
def _number_words_by_length() -> dict[int, dict[str, int]]:
    """The number words of 90 to 119 (:data:`~features.deid.agewords.OLD_AGE_NUMBER_WORDS`), NFC and lower case, by
    their count of words."""
    table: dict[int, dict[str, int]] = {}
    for words, value in agewords.OLD_AGE_NUMBER_WORDS.items():
        key = unicodedata.normalize("NFC", words).lower()
        table.setdefault(len(key.split()), {})[key] = value
    return table


@functools.cache
def _first_number_words() -> frozenset[str]:
    """The first word of each of the number words of :func:`_number_words_by_length`."""
    return frozenset(key.split()[0] for keys in _number_words_by_length().values() for key in keys)


@functools.cache
def _word_set(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    normal = [unicodedata.normalize("NFC", w).lower() for w in words]
    return frozenset(normal), tuple(w for w in normal if not w.isascii())


def _begins_with_one_of(word: str, words: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``words``, or begins with one not of Latin letters ("বছরের", "წლისაა")."""
    whole, stems = _word_set(words)
    return word in whole or word.startswith(stems)


def _glued_age(word: str) -> int | None:
    """Round 33: the age a word says by itself: a number word of 90 to 119 (of the table, or a stem of
    :data:`~features.deid.agewords.GLUED_NUMBER_STEMS`) with a word of age glued after it (one of
    :data:`~features.deid.agewords.GLUED_AGE_WORD_STARTS`: "yhdeksänkymmenvuotias", "vierennegentigjarige"), or one
    of :data:`~features.deid.agewords.AGE_NUMBER_WORDS_ALONE` ("sajane")."""
    if word in agewords.AGE_NUMBER_WORDS_ALONE:
        return agewords.AGE_NUMBER_WORDS_ALONE[word]
    if len(word) < 7:
        return None
    singles = _number_words_by_length().get(1, {})
    for start in agewords.GLUED_AGE_WORD_STARTS:
        at = word.find(start, 3)
        head = word[:at].rstrip("-") if at > 0 else ""
        if head in singles or head in agewords.GLUED_NUMBER_STEMS:
            return singles.get(head) or agewords.GLUED_NUMBER_STEMS[head]
    return None


@functools.cache
def _persons_of_bare_number_words() -> frozenset[str]:
    """Round 34: the persons a verb of :data:`~features.deid.agewords.BARE_NUMBER_WORD_VERBS` is read after: the shared
    list's and the persons of the check's bare ages (:func:`_persons`), NFC and lower case."""
    return _word_set(agewords.BARE_NUMBER_WORD_PERSONS)[0] | _persons()


def _ends_its_clause(plain: str, spans: list[tuple[int, int]], words: list[str], end: int) -> bool:
    """Whether nothing of its clause follows ``words[:end]``: the end, a mark, or a word of
    :data:`~features.deid.agewords.BARE_NUMBER_WORD_FOLLOWERS`."""
    return end >= len(words) or any(c in ".,;:!?)" for c in plain[spans[end - 1][1]:spans[end][0]]) or (
        words[end] in _word_set(agewords.BARE_NUMBER_WORD_FOLLOWERS)[0])


def _no_verb_before(plain: str, spans: list[tuple[int, int]], words: list[str], at: int, end: int) -> bool:
    """Round 35: a number word ending at ``end`` said as an age with no verb before it: ``words[at]`` a person of
    :data:`~features.deid.agewords.BARE_NUMBER_WORD_PERSONS_WITHOUT_A_VERB` and the clause ending after the number
    (the Lithuanian dative, the Uzbek locative: "Buvim to'qson beshda"), or a person of
    :data:`~features.deid.agewords.BARE_NUMBER_WORD_PERSONS_BEFORE_A_VERB_AFTER` and one or two verbs of
    :data:`~features.deid.agewords.BARE_NUMBER_WORD_VERBS_AFTER` ending the clause after it (Basque "ditu", Georgian
    "არის")."""
    if words[at] in _word_set(agewords.BARE_NUMBER_WORD_PERSONS_WITHOUT_A_VERB)[0]:
        return _ends_its_clause(plain, spans, words, end)
    if words[at] not in _word_set(agewords.BARE_NUMBER_WORD_PERSONS_BEFORE_A_VERB_AFTER)[0]:
        return False
    verbs = _word_set(agewords.BARE_NUMBER_WORD_VERBS_AFTER)[0]
    taken = 0
    while end + taken < len(words) and taken < 2 and words[end + taken] in verbs:
        taken += 1
    return taken > 0 and _ends_its_clause(plain, spans, words, end + taken)


def _bare_number_word_age(plain: str, spans: list[tuple[int, int]], words: list[str], i: int, n: int) -> bool:
    """Round 34: a number word with no word of age (``words[i:i + n]``, at ``spans`` of ``plain``) said as an age: a
    verb of being or turning before it (an adverb may stand between), a person or a name not first in its sentence
    before that verb (none before a verb of turning: "fylder", "skończyła"), and nothing after it in its clause but a
    word of :data:`~features.deid.agewords.BARE_NUMBER_WORD_FOLLOWERS` ("Farmor er toogthalvfems", "mae Nain yn naw
    deg tri", not "der er halvfems i pakken"; nor a word of
    :data:`~features.deid.agewords.NOT_BARE_NUMBER_WORDS`, "Baka je sada i dobro")."""
    at = i - 1 - (i > 1 and words[i - 1] in _word_set(agewords.AGE_LINK_ADVERBS)[0])
    if at >= 0 and not (n == 1 and words[i] in agewords.NOT_BARE_NUMBER_WORDS) and _no_verb_before(
            plain, spans, words, at, i + n):
        return True  # round 35: "Močiutei devyniasdešimt penkeri", "Amonak laurogeita hamabost ditu"
    if (n == 1 and words[i] in agewords.NOT_BARE_NUMBER_WORDS) or at < 0 or (
            words[at] not in _word_set(agewords.BARE_NUMBER_WORD_VERBS)[0]):
        return False
    if words[at] not in _word_set(agewords.BARE_NUMBER_WORD_TURNING_VERBS)[0]:
        if at == 0:
            return False
        start = spans[at - 1][0]
        head = plain[max(0, start - 20):start].rstrip()
        if words[at - 1] not in _persons_of_bare_number_words() and not (
                plain[start].isupper() and head and head[-1] not in ".!?。\n"):
            return False
    return _ends_its_clause(plain, spans, words, i + n)


@functools.cache
def _kana_numbers() -> re.Pattern[str]:
    return re.compile(alternation(agewords.KANA_OLD_AGE_NUMBER_WORDS))


def _kana_age(text: str) -> bool:
    """Round 34: a number of 90 to 119 in kana with a counter of years after it (a blank may stand between:
    "きゅうじゅうよんさい"), or with an ending of an age, a mark or the end after it and a person before it in its
    sentence ("祖母は今年できゅうじゅうよん")."""
    if not any(head in text for head in ("ゅう", "ゃく", "ュウ", "ャク")):
        return False
    for m in _kana_numbers().finditer(text):
        rest = text[m.end():m.end() + 8].lstrip(" \t")
        if rest.startswith(agewords.KANA_AGE_COUNTERS):
            return True
        sentence = re.split(r"[。．.！!？?\n]", text[max(0, m.start() - 24):m.start()])[-1]
        if (not rest or rest[0] in "、,。．.！!？?\n" or rest.startswith(agewords.CJK_AGE_ENDINGS)) and any(
                person in sentence for person in agewords.CJK_AGE_PERSONS):
            return True
    return False


def has_number_word_age(text: str) -> bool:
    """Whether ``text`` says an age of 90 to 119 in number words of Bengali, Georgian, Mongolian, Hindi or Urdu with a
    word of age right after it or one or two words before it, and no word of a span of time after ("nabbe saal
    pehle"); round 32: the table's other languages ("naw deg tri oed", "ενενήντα τριών ετών"), a word of age of two
    words ("de ani") and a word of a span before the number ("acum nouăzeci de ani": none)."""
    if _kana_age(text):
        return True
    plain = unicodedata.normalize("NFC", text)
    spans = [m.span() for m in re.finditer(r"\S+", plain.translate(_PUNCTUATION))]
    words = [plain[a:b].lower() for a, b in spans]
    table = _number_words_by_length()
    lengths = sorted(table, reverse=True)
    firsts = _first_number_words()
    i = 0
    while i < len(words):
        hit = None if words[i] not in firsts else next(
            ((n, table[n][" ".join(words[i:i + n])]) for n in lengths if " ".join(words[i:i + n]) in table[n]), None)
        if hit is None:
            glued = _glued_age(words[i])  # round 33: "yhdeksänkymmenvuotias", "sajane"
            if glued is not None and OLDEST_AGE_KEPT < glued <= agewords.HIGHEST_AGE:
                return True
            i += 1
            continue
        n, value = hit
        after = words[i + n:i + n + 3]
        # round 32: a word of age of two words ("de ani", "mlwydd oed") is one; a word of a span before the number
        # ("acum nouăzeci de ani": ninety years ago) makes it none
        two = " ".join(after[:2])
        # round 33: a pair is a listed word of two words, not one word begun by a listed word ("лет назад")
        whole, stems = _word_set(agewords.AGE_WORDS_AFTER_A_NUMBER_WORD)
        paired = two in whole or (" " in two and two.startswith(tuple(w for w in stems if " " in w)))
        timed = any(_begins_with_one_of(w, agewords.NOT_AGE_AFTER_A_NUMBER_WORD) for w in after[2 if paired else 0:][:2])
        timed = timed or (i > 0 and words[i - 1] in _word_set(agewords.NOT_AGE_BEFORE_A_NUMBER_WORD)[0]) or (
            " ".join(words[max(0, i - 2):i]) in _word_set(agewords.NOT_AGE_BEFORE_A_NUMBER_WORD)[0])  # "il y a"
        said = (after[:1] and (paired or _begins_with_one_of(after[0], agewords.AGE_WORDS_AFTER_A_NUMBER_WORD))) or any(
            _begins_with_one_of(w, agewords.AGE_WORDS_BEFORE_A_NUMBER_WORD) for w in words[max(0, i - 2):i])
        # round 34: with no word of age after it at all, one said as an age by a verb before it
        said = said or (not (after and _begins_with_one_of(after[0], agewords.AGE_WORDS_AFTER_A_NUMBER_WORD))
                        and _bare_number_word_age(plain, spans, words, i, n))
        if said and not timed and OLDEST_AGE_KEPT < value <= agewords.HIGHEST_AGE:
            return True
        i += n
    return False


def _longevity_of_a_person(text: str) -> bool:
    """Round 32: a name of a celebrated age of 90 or more (:data:`~features.deid.agewords.LONGEVITY_NAMES`) with a
    person word (:data:`~features.deid.agewords.CJK_AGE_PERSONS`) a few characters before it in the same sentence."""
    for name in agewords.LONGEVITY_NAMES:
        at = text.find(name)
        while at >= 0:
            before = re.split(r"[。．.！!？?\n]", text[max(0, at - agewords.LONGEVITY_REACH - 8):at])[-1]
            # round 33: "年近九旬" (nearly ninety) is younger; "年近期颐" (nearly a hundred) is not
            younger = agewords.LONGEVITY_NAMES[name] <= OLDEST_AGE_KEPT + 1 and before.endswith(
                agewords.LONGEVITY_NOT_AFTER)
            if not younger and (text.startswith(agewords.LONGEVITY_PERSON_AFTER, at + len(name)) or any(
                    person in before[-(agewords.LONGEVITY_REACH + len(person)):] for person in agewords.CJK_AGE_PERSONS)):
                return True
            at = text.find(name, at + 1)
    return False


def _ethiopian_birth(text: str) -> bool:
    """A year of four figures with the Ethiopian era's mark after it, seven years before a year that makes its person
    over 89, and an Ethiopian birth word in the text."""
    lowered = text.lower()
    if not any(w in lowered for w in agewords.ETHIOPIAN_BIRTH_WORDS):
        return False
    for m in _FIGURES.finditer(lowered):
        rest = lowered[m.end():m.end() + 30].lstrip()
        if len(m.group()) == 4 and any(rest.startswith(era) for era in agewords.ETHIOPIAN_ERA_WORDS) and (
                int(m.group()) >= 1800 and int(m.group()) + agewords.ETHIOPIAN_OFFSET <= _latest()):
            return True
    return False


#: round 35 (r35days): a day of the month said alone ("on the 11th", "el día 11", "le 11", "am 11.", "no dia 11"), read
#: on the text in lower case with its marks dropped, and what may not follow it (a floor, a time, a month: then it is
#: no day alone, or a date the other readings take)
_DAY_ALONE = re.compile(
    r"(?<![\w'])(?:on the (?:(?:[12]?\d|3[01])(?:st|nd|rd|th)|(?:twenty|thirty)[ -]?[a-z]+|[a-z]+(?:th|st|nd|rd))"
    r"|el (?:dia )?(?:[12]?\d|3[01])|le (?:[12]?\d|3[01]|1er)|am (?:[12]?\d|3[01])\.|no dia (?:[12]?\d|3[01])"
    r"|il (?:[12]?\d|3[01])|l'(?:[12]?\d|3[01])|pada tanggal (?:[12]?\d|3[01])|noong ika-?(?:[12]?\d|3[01]))"
    r"(?![\w:/%]|[.,]\d)")
_NOT_A_DAY_AFTER = frozenset(("floor", "century", "hole", "time", "try", "attempt", "round", "street", "st", "avenue",
                              "ave", "road", "rd", "exit", "stop", "page", "line", "of", "de", "del", "di", "do", "da",
                              "du", "im", "in", "ano", "ans", "anni", "anos", "years", "year", "jahre", "bulan", "ng", "day",
                              "days", "week", "weekend", "month"))
#: the words of a birth that make such a day a date of birth's day, whole words: "born", "birthday", a turned age's
#: verb with a number after it, and the words of other languages
_BIRTH_OF_A_DAY = frozenset(("born", "birthday", "bday", "b-day", "naci", "nacio", "nacido", "nacida", "cumple",
                             "cumplio", "cumplo", "cumplira", "cumpleanos", "ne", "nee", "geboren", "geburtstag",
                             "nasceu", "nasci", "nascido", "nascida", "compie", "compiuto", "compleanno",
                             "anniversaire", "lahir", "ipinanganak", "ganwyd"))
_TURNING = frozenset(("turn", "turns", "turned", "turning"))
_TENS_WORD = re.compile(r"[a-z]+ty(?:-[a-z]+)?")
_ORDINAL_DAY = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                          r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                          r"thirtieth|(?:twenty|thirty)[ -]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                          r"ninth)|(?:[12]?\d|3[01])(?:st|nd|rd|th))")


def _day_of_a_birth(text: str) -> bool:
    """Round 35: a day of the month said alone (:data:`_DAY_ALONE`) with a birth word, or a turning verb and an age
    after it, among the five words before it ("turned 90 on the 11th", "born on the 3rd", "cumplió 95 el día 11")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    for m in _DAY_ALONE.finditer(plain):
        if m.group().startswith("on the ") and not _ORDINAL_DAY.fullmatch(m.group()[7:]):
            continue
        after = _WORD.match(plain, m.end() + 1) if plain[m.end():m.end() + 1] == " " else None
        if after is not None and after.group() in _NOT_A_DAY_AFTER:
            continue
        before = re.split(r"[.!?;\n]", plain[max(0, m.start() - 60):m.start()])[-1].split()[-6:]
        if any(word in _BIRTH_OF_A_DAY for word in before) or any(
                word in _TURNING and i + 1 < len(before) and (before[i + 1].isdigit() or before[i + 1] in ("a", "one")
                                                              or _TENS_WORD.fullmatch(before[i + 1]) is not None)
                for i, word in enumerate(before)):
            return True
    return False


def _yoruba_spelled_age(text: str) -> bool:
    """Round 42 (r42numbers): whether ``text`` says an age of 90 or more in a Yoruba number word after a word of age
    ("ọmọ ọdún mẹ́tàlélọ́gọ́rùn-ún"): read with the marks dropped; a number whose end is a hundred, or ninety with
    nothing taken off (:data:`~features.deid.agewords.YORUBA_NINETY`)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))
    if "odun" not in plain:
        return False
    words = plain.split()
    for i in range(len(words) - 1):
        if any(" ".join(words[max(0, i + 1 - len(cue)):i + 1]) == " ".join(cue) for cue in _yoruba_cues()):
            number = words[i + 1].strip(".,;:!?")
            if agewords.YORUBA_HUNDRED in number or (agewords.YORUBA_NINETY in number
                                                     and agewords.YORUBA_LESS not in number):
                return True
    return False


@functools.cache
def _yoruba_cues() -> tuple[tuple[str, ...], ...]:
    return tuple({tuple("".join(c for c in unicodedata.normalize("NFD", w.lower()) if not unicodedata.combining(c))
                        .split()) for w in agewords.YORUBA_AGE_WORDS})


def age_unit_across_a_seam(tail: str, head: str) -> bool:
    """Round 42 (r42numbers): whether ``tail`` (a message's end) closes on an age's ninety, said or already a
    placeholder, and ``head`` (the patient's next message) opens on its unit ("my mother is ninety" or "... is <AGE>",
    then "-four now"), joined by a hyphen, the number's "and", or with an end or a word of time or years after the
    unit ("four next week"; "four pills a day" is a count)."""
    closing = tail.rstrip(" \t\n").lower()
    hyphen = closing.endswith("-")
    closing = closing.rstrip("- \t")
    if not any(closing.endswith(tens.lower()) and (len(closing) == len(tens) or not closing[-len(tens) - 1].isalpha())
               for tens in agewords.OLD_TENS_BEFORE_A_SEAM):
        return False
    opening = head.lstrip(" \t\n")
    hyphen = hyphen or opening.startswith("-")
    words = _WORD.findall(opening.lstrip("- \t").lower())[:3]
    joined = bool(words) and words[0] in agewords.UNIT_JOINS_AT_A_SEAM
    if joined:
        words = words[1:]
    if not words or not 1 <= agewords.SMALL_NUMBER_WORDS.get(_plain(words[0]), 0) <= 9:
        return False
    rest = opening.lower().split(words[0], 1)[1].lstrip(" \t")
    follower = rest.split()[0].strip(".,;:!?") if rest.split() else ""
    return hyphen or joined or follower in _AGE_TAIL_WORDS or not follower[:1].isalpha()


def split_age_across_a_seam(tail: str, head: str) -> bool:
    """Round 43 (r43ages): whether ``tail`` (a message's end) closes on the first half of an age said the German or
    the French way and ``head`` (the patient's next message) opens on its second half, the two making 90 or more: a
    German unit with "und" at the seam, then "neunzig" ("dreiund", then "neunzig"); "quatre-vingt", then a ten or a
    teen with a hyphen at the seam or an end or a word of time or years after it ("quatre-vingt", then "-treize
    ans"). A half already a placeholder counts as said."""
    closing = tail.rstrip(" \t\n").lower()
    hyphen = closing.endswith("-")
    closing = closing.rstrip("- \t")
    opening = head.lstrip(" \t\n").lower()
    hyphen = hyphen or opening.startswith("-")
    opening = opening.lstrip("- \t")
    last = _WORD.findall(closing[-30:])[-2:]
    units, und = agewords.GERMAN_UNITS_BEFORE_TENS, agewords.GERMAN_AND
    if last and (last[-1] in units or (last[-1].endswith(und) and last[-1][:-len(und)] in units) or (
            last[-1] == und and len(last) == 2 and last[0] in units)):
        said_und = last[-1].endswith(und)
        if opening.startswith(und):
            said_und, opening = True, opening[len(und):].lstrip(" \t")
        return said_und and (opening.startswith("<age>") or bool(
            (first := _WORD.match(opening)) and first.group() in agewords.GERMAN_TENS_AFTER_A_UNIT))
    if not any(closing.endswith(eighty) and (len(closing) == len(eighty) or not closing[-len(eighty) - 1].isalpha())
               for eighty in agewords.FRENCH_EIGHTY):
        return False
    teen = re.match(r"([^\W\d_]+)(?:-[^\W\d_]+)?(?![^\W\d_])\s*([^\W\d_]*)", opening)
    if teen is None or teen.group(1) not in agewords.FRENCH_TEENS_AFTER_EIGHTY:
        return False
    return hyphen or not teen.group(2) or teen.group(2) in _AGE_TAIL_WORDS


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


#: the words that may follow an age's unit opening a message (a word of time or of years, a conjunction)
_AGE_TAIL_WORDS = frozenset({*agewords.PERSON_AGE_TIME_WORDS, *agewords.YEARS_WORDS, "next", "this", "last", "and",
                             "but", "so"})


def calendar_kinds(text: str) -> list[str]:
    """The kinds of this module in ``text`` (placeholders read as blanks, digits ASCII)."""
    kinds = []
    if ((any(c.isdigit() for c in text) and has_cued_age(text)) or has_number_word_age(text)  # round 31: words
            or _longevity_of_a_person(text) or _yoruba_spelled_age(text)):
        kinds.append(AGE)
    lowered = text.lower()
    if ((not text.isascii() and (_minguo_birth(text) or _hebrew_birth(text) or _arabic_script_birth(text)
                                 or _russian_two_figures(text) or _ethiopian_birth(text)))
            or (("samvat" in lowered or "sambat" in lowered or not text.isascii()) and _vikram_birth(text))):
        kinds.append(YEAR)
    if _date_of_birth_in_words(text):
        kinds.append(DATE_OF_BIRTH)
    if not text.isascii() and _HEBREW_MONTH_SET.intersection(re.findall("[\u05d0-\u05ea]{3,}", text)) | {
            w[1:] for w in re.findall("[בהל][\u05d0-\u05ea]{3,}", text)} and _hebrew_calendar_date(text):
        kinds.append(HEBREW_DATE)
    if (any(c.isdigit() for c in text) or "on the " in lowered) and _day_of_a_birth(text):
        kinds.append(DAY_OF_BIRTH)
    return kinds
