"""Round 28, the redactor's reading: the owner's own numbers said in number words of many languages.

The owner's house number, phone, year of birth and age are known, so their spellings are *generated*: num2words
spells each of them (and every number under a hundred) in German, Dutch, Spanish, French, Italian, Portuguese,
English, Turkish, Indonesian, Korean and Persian, and the tables of :mod:`features.deid.numberwords` in Greek and Swiss
German. A message's words are folded (accents off, lower case) and read, a few words at a time, against those
spellings written without spaces, so "vier tausend vierhundert zehn" and "viertausendvierhundertzehn" are one number;
digits of any script are figures ("٢٧", "２７", "२७"). Numbers that follow one another make a run whose figures are
read together ("el catorce cincuenta" 1450, "nineteen-oh-seven" 1907, "two-ten" 210, "87 hundred" 8700, a phone said
in pairs).

What a run must say, and where, to be the owner's:

* the house number, with a word of a house number, an address, a street's kind (any script), the owner's street's own
  words or a verb of living a few words around ("Kastanienallee viertausendvierhundertzehn", "number forty-four",
  "ペンハロウ・ストリート２７"); a count or a dose of the same value elsewhere stays;
* the phone's last seven figures, in a run of three numbers or more ("föif föif föif eis zwöi …", "پانصد و پنجاه و
  پنج، صد و بیست و سه …");
* the year of birth of an owner over 89, all four figures anywhere, or its last two beside a word of birth
  ("dreiunddreißig geboren", "classe del trenta", "nato nel trentatré");
* the age of an owner over 89 beside a word of age ("ενενήντα τέσσερα χρονών").

Per owner, the spellings are made once (cached by the numbers); a message costs one pass over its words, each read
at most :data:`_LONGEST_NUMBER_WORDS` words ahead, and only while the words read so far begin some spelling.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata

from num2words import num2words

from features.deid.digitwords import (
    FEWEST_PATTERN_DIGITS,
    FEWEST_PATTERN_REPEATS,
    LONGEST_PATTERN_WORD,
    PATTERN_STOP_WORDS,
    PATTERN_WORD_GAPS,
    PATTERN_WORD_MARKS,
)
from features.deid.numberwords import (
    AGE_WORDS,
    BIRTH_YEAR_WORDS,
    GREEK_HUNDREDS,
    GREEK_TEENS,
    GREEK_TENS,
    GREEK_THOUSAND,
    GREEK_THOUSANDS,
    GREEK_UNITS,
    HOUSE_NUMBER_WORDS,
    HOUSE_NUMBER_WORDS_AFTER,
    HUNDRED_AFTER_A_NUMBER,
    LIVING_WORDS,
    SAID_ZEROS,
    STREET_WORDS_MORE,
    SWISS_DIGITS,
    SWISS_JOINS,
    SWISS_TEENS,
    SWISS_TENS,
    SWISS_UNITS_BEFORE_TENS,
)
from features.deid.places import STREET_TYPE_WORDS
from features.deid.readingwords import COUNTED_THINGS, READING_UNITS

#: the languages num2words spells the owner's numbers in
_LANGUAGES = ("de", "nl", "es", "fr", "it", "pt", "en", "tr", "id", "ko", "fa")
#: words that join the parts of a number and may be left out when it is typed ("four hundred ten")
_JOINERS = frozenset(("and", "und", "y", "e", "et", "en", "و", "ve"))
#: the most words one number spans ("mil novecientos treinta y tres": five; Persian with its "و": seven)
_LONGEST_NUMBER_WORDS = 9
#: what else a count is of, after a number that is no house number ("twenty seven minutes")
_MORE_COUNTED = frozenset(("minutes", "minute", "mins", "min", "hours", "hour", "days", "day", "weeks", "years",
                           "minuten", "stunden", "tage", "minutos", "horas", "dias", "días", "minuti", "ore", "giorni",
                           "dakika", "saat", "gün", "menit", "jam", "hari", "분", "시간", "일", "دقیقه", "ساعت", "روز",
                           "λεπτά", "ώρες", "μέρες"))
#: a run of this many numbers is a phone or a code said out, no house number within it ("number one two three four …")
_FEWEST_SAID_PHONE = 5
#: the most numbers one house number, year or age is said in ("nineteen oh seven": three)
_LONGEST_HOUSE_PARTS = 4
#: a word: a run of digits of any script, or of letters
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
#: what may stand between two numbers of one run ("14 50", "nineteen-oh-seven", "555، 123")
_RUN_GAP = re.compile(r"[\s\-‐‑–—,،.·/]{0,3}")
#: Sino-Korean numeral syllables a Hangul word may begin with before a particle or counter ("이십칠번지에")
_HANGUL_NUMERAL = re.compile("[영공일이삼사오육칠팔구십백천만]{1,12}")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def _fold(word: str) -> str:
    """A word folded for reading: lower case, accents and other marks off (Hangul recomposed), no joiner."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("\u200c", ""))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _squashed_variants(phrase: str) -> set[str]:
    """A spelled number's forms without spaces: as spelled, and without its joining words."""
    words = [_fold(w) for w in re.findall(r"[^\W_]+", phrase)]
    forms = {"".join(words)}
    if any(w in _JOINERS for w in words):
        forms.add("".join(w for w in words if w not in _JOINERS))
    return {f for f in forms if f}


def _greek(value: int) -> set[str]:
    """Greek spellings of ``value`` (0 to 9,999), each a phrase of words."""
    def below_thousand(n: int) -> list[str]:
        if n == 0:
            return [""]
        hundreds, rest = divmod(n, 100)
        heads = [""] if not hundreds else list(GREEK_HUNDREDS[hundreds * 100])
        if rest == 0:
            tails = [""]
        elif rest < 10:
            tails = list(GREEK_UNITS[rest])
        elif rest < 20:
            tails = list(GREEK_TEENS[rest])
        else:
            tens, unit = divmod(rest, 10)
            tails = [f"{t} {u}" if unit else t for t in GREEK_TENS[tens * 10]
                     for u in (GREEK_UNITS[unit] if unit else ("",))]
        return [f"{h} {t}".strip() for h in heads for t in tails]

    if value == 0:
        return set(GREEK_UNITS[0])
    thousands, rest = divmod(value, 1000)
    if not thousands:
        return set(below_thousand(rest))
    heads = list(GREEK_THOUSAND) if thousands == 1 else [
        f"{u} {k}" for u in below_thousand(thousands) for k in GREEK_THOUSANDS]
    return {f"{h} {t}".strip() for h in heads for t in below_thousand(rest)}


def _swiss(value: int) -> set[str]:
    """Swiss German spellings of ``value`` (0 to 99)."""
    if value < 10:
        return set(SWISS_DIGITS[value])
    if value < 20:
        return set(SWISS_TEENS[value])
    tens, unit = divmod(value, 10)
    return set(SWISS_TENS[tens * 10]) if not unit else {
        f"{u}{j}{t}" for u in SWISS_UNITS_BEFORE_TENS[unit] for j in SWISS_JOINS for t in SWISS_TENS[tens * 10]}


@functools.lru_cache(maxsize=8192)
def _spellings(value: int) -> frozenset[str]:
    """Every folded, unspaced spelling of ``value`` in the languages read."""
    forms: set[str] = set()
    for language in _LANGUAGES:
        try:
            forms |= _squashed_variants(num2words(value, lang=language))
        except (NotImplementedError, OverflowError, ValueError, KeyError, IndexError):  # a language's limit
            continue
    if value < 10_000:
        for phrase in _greek(value):
            forms |= _squashed_variants(phrase)
    if value < 100:  # Swiss German numbers as a phone is said, digit by digit or in pairs
        forms |= {_fold(s) for s in _swiss(value)}
    if 1100 <= value < 10_000 and value % 100 < 100:
        # a year's or a house number's halves said as two numbers in one word ("neunzehnhundertdreiunddreißig")
        head, tail = divmod(value, 100)
        for language in ("de", "nl", "en"):
            with_hundred = num2words(head, lang=language) + {"de": "hundert", "nl": "honderd", "en": " hundred"}[
                language] + (" " + num2words(tail, lang=language) if tail else "")
            forms |= _squashed_variants(with_hundred)
    return frozenset(forms)


class _Lexicon:
    """Folded, unspaced spellings -> figures; with ``prefixes``, every prefix of a spelling (to stop reading ahead
    early: the common numbers, made once), else the longest spelling's length (an owner's few numbers)."""

    def __init__(self, values: dict[str, str], *, prefixes: bool) -> None:
        self.values = values
        self.prefixes = {form[:i] for form in values for i in range(1, len(form) + 1)} if prefixes else None
        self.longest = max(map(len, values), default=0)

    def may_go_on(self, read: str) -> bool:
        return read in self.prefixes if self.prefixes is not None else len(read) <= self.longest


@functools.lru_cache(maxsize=1)
def _common() -> _Lexicon:
    """Every number under a hundred (with zeros said as "oh" and the words of hundreds after a number)."""
    values = {form: str(value) for value in range(100) for form in _spellings(value)}
    for word in SAID_ZEROS:
        values.setdefault(word, "0")
    for word in HUNDRED_AFTER_A_NUMBER:
        values[_fold(word)] = "100"
    return _Lexicon(values, prefixes=True)


@functools.lru_cache(maxsize=4096)
def _owner_lexicon(numbers: tuple[int, ...]) -> _Lexicon:
    """The owner's own numbers of a hundred or more, spelled."""
    return _Lexicon({form: str(value) for value in numbers if value >= 100 for form in _spellings(value)},
                    prefixes=False)


@functools.lru_cache(maxsize=1)
def _cue_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(words of a house number or an address, street kinds, verbs of living, words of birth, words of age),
    folded."""
    streets = frozenset(_fold(w) for w in (*STREET_WORDS_MORE, *STREET_TYPE_WORDS))
    return (frozenset(map(_fold, HOUSE_NUMBER_WORDS)), streets, frozenset(map(_fold, LIVING_WORDS)),
            frozenset(map(_fold, BIRTH_YEAR_WORDS)), frozenset(map(_fold, AGE_WORDS)))


@functools.lru_cache(maxsize=1)
def _after_words() -> frozenset[str]:
    return frozenset(map(_fold, HOUSE_NUMBER_WORDS_AFTER))


@functools.lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    return frozenset(_fold(w) for w in READING_UNITS | COUNTED_THINGS | _MORE_COUNTED)


def _counts(tokens: list[tuple[int, int, str]], last: int) -> bool:
    """Whether the number ending at token ``last`` counts or measures: a unit or a counted thing right after it."""
    return last + 1 < len(tokens) and tokens[last + 1][2] in _count_words()


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, folded key)`` of the words of ``text``; digits of any script as ASCII figures, and a Hangul word
    that begins with numeral syllables cut after them ("이십칠번지에" -> "이십칠", "번지에")."""
    found: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word[0].isdigit():
            found.append((m.start(), m.end(), "".join(str(unicodedata.decimal(c, 0)) for c in word)))
            continue
        if _HANGUL.match(word) and (head := _HANGUL_NUMERAL.match(word)) and head.end() < len(word):
            found.append((m.start(), m.start() + head.end(), head.group()))
            found.append((m.start() + head.end(), m.end(), word[head.end():]))
            continue
        found.append((m.start(), m.end(), _fold(word)))
    return found


class _Item:
    __slots__ = ("figures", "first", "last", "said")

    def __init__(self, first: int, last: int, figures: str, said: bool) -> None:
        self.first, self.last, self.figures, self.said = first, last, figures, said


def _items(text: str, tokens: list[tuple[int, int, str]], lexicons: tuple[_Lexicon, ...]) -> list[_Item]:
    """The numbers of the text, each the longest reading of one or more words (token indices, figures)."""
    items: list[_Item] = []
    i = 0
    while i < len(tokens):
        key = tokens[i][2]
        if key.isdigit():
            items.append(_Item(i, i, key, False))
            i += 1
            continue
        best: tuple[int, str] | None = None
        for lexicon in lexicons:
            acc = ""
            for j in range(i, min(len(tokens), i + _LONGEST_NUMBER_WORDS)):
                if j > i and not _RUN_GAP.fullmatch(text[tokens[j - 1][1]:tokens[j][0]]):
                    break
                acc += tokens[j][2]
                if not lexicon.may_go_on(acc):
                    break
                if acc in lexicon.values and (best is None or j > best[0]):
                    best = (j, lexicon.values[acc])
        if best is not None:
            items.append(_Item(i, best[0], best[1], True))
            i = best[0] + 1
        else:
            i += 1
    return items


def _runs(text: str, tokens: list[tuple[int, int, str]], items: list[_Item]) -> list[list[_Item]]:
    """Numbers that follow one another with at most a dash, comma or space between, "hundred" after a number of two
    figures merged into it ("87 hundred" 8700, "fourteen hundred fifty" 1450); a said zero opens no run."""
    runs: list[list[_Item]] = []
    for item in items:
        run = runs[-1] if runs else None
        joined = run is not None and item.first == run[-1].last + 1 and _RUN_GAP.fullmatch(
            text[tokens[run[-1].last][1]:tokens[item.first][0]]) is not None
        if joined and run is not None and item.figures == "100" and item.said and len(run[-1].figures) <= 2 \
                and run[-1].figures != "0":
            run[-1] = _Item(run[-1].first, item.last, str(int(run[-1].figures) * 100), True)
            continue
        if joined and run is not None and len(run[-1].figures) >= 3 and run[-1].figures.endswith("00") \
                and len(item.figures) <= 2 and item.figures != "0" and tokens[run[-1].last][2] in _hundreds():
            run[-1] = _Item(run[-1].first, item.last, str(int(run[-1].figures) + int(item.figures)), True)
            continue
        if joined and run is not None:
            run.append(item)
        elif not item.said or _may_open_a_run(item, tokens[item.first][2]):
            runs.append([item])
    return runs


def _least_holding(run: list[_Item], figures: str) -> list[_Item]:
    """The shortest stretch of ``run`` from either end whose figures still hold ``figures`` (session 25: a phone in
    figures followed by "on", Turkish ten, took the word into the phone; figures alone are the other readings')."""
    start, end = 0, len(run)
    while end - start > 1 and figures in "".join(item.figures for item in run[start:end - 1]):
        end -= 1
    while end - start > 1 and figures in "".join(item.figures for item in run[start + 1:end]):
        start += 1
    return run[start:end]


@functools.lru_cache(maxsize=1)
def _script_street_words() -> frozenset[str]:
    """The words of a street's kind written in a script other than Latin ("стрит", "ストリート", "οδός"), folded."""
    return frozenset(_fold(w) for w in STREET_WORDS_MORE if not w.isascii() and not _fold(w).isascii())


def _may_open_a_run(item: _Item, key: str) -> bool:
    """Whether a said number may begin a run: a said zero ("oh") or one word of two letters ("on", Turkish ten) may
    not."""
    if item.figures == "0" and key in SAID_ZEROS:
        return False
    return not (item.first == item.last and len(key) <= 2 and key.isascii())


@functools.lru_cache(maxsize=1)
def _hundreds() -> frozenset[str]:
    return frozenset(map(_fold, HUNDRED_AFTER_A_NUMBER))


def _years_old(born: datetime.date) -> int:
    today = datetime.date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _house_number(street: str) -> str:
    """The first number of the stored street address, figures only ("27 Penhallow Street" -> "27")."""
    m = re.search(r"\d+", street or "")
    return m.group() if m else ""


def _street_words(street: str) -> frozenset[str]:
    return frozenset(w for w in (_fold(x) for x in re.findall(r"[^\W\d_]+", street or "")) if len(w) >= 3)


@functools.lru_cache(maxsize=64)
def _script_words(words: frozenset[str]) -> tuple[str, ...]:
    """The cue words of a set written in a script other than Latin, two characters or more: a word of the text in
    such a script is read by its beginning or its end (Korean particles follow a word, "マケダ通り" glues the street's
    kind after its name)."""
    return tuple(w for w in words if not w.isascii() and len(w) >= 2)


def _near(tokens: list[tuple[int, int, str]], lo: int, hi: int, words: frozenset[str]) -> bool:
    """Whether a word of ``words`` is among the tokens ``lo`` to ``hi`` (a Hangul token: by its beginning)."""
    for k in range(max(lo, 0), min(hi, len(tokens))):
        key = tokens[k][2]
        if key in words or (not key.isascii() and (key.startswith(_script_words(words))
                                                    or key.endswith(_script_words(words)))):
            return True
    return False


def owner_number_word_spans(text: str, street: str, phone: str, born: datetime.date | None) -> list[tuple[int, int, str]]:
    """``(start, end, placeholder)`` of the owner's house number, phone, year of birth (over 89) and age (over 89)
    said in number words or other scripts' digits (see the module's text)."""
    if not any(c.isalpha() for c in text) and text.isascii():
        return []
    tokens = _tokens(text)
    if not tokens:
        return []
    house = _house_number(street)
    digits = re.sub(r"\D", "", phone or "")
    phone_tail = digits[-7:] if len(digits) >= 7 else ""
    old = born is not None and _years_old(born) > 89
    year, age = (str(born.year), str(_years_old(born))) if born is not None and old else ("", "")
    house_words, streets, living, births, ages = _cue_words()
    own_street = _street_words(street)
    # the owner's own spellings are made (once an owner) only for a text that may say them: a word of a house or a
    # street for the house number, an owner over 89 for the year and the age, three numbers at least for the phone
    common = _items(text, tokens, (_common(),))
    owned: set[int] = set()
    if house and _near(tokens, 0, len(tokens), house_words | streets | living | own_street | _after_words()):
        owned.add(int(house))
    if old:
        owned |= {int(year), int(age)}
    if len(digits) >= 10 and len(common) >= 3:
        owned |= {int(digits[a:b]) for a, b in ((-10, -7), (-7, -4), (-4, None), (-4, -2), (-2, None))}
    items = _items(text, tokens, (_owner_lexicon(tuple(sorted(owned))), _common())) if owned else common
    if not items:
        return []
    found: list[tuple[int, int, str]] = []

    def span(a: _Item, b: _Item, label: str) -> None:
        found.append((tokens[a.first][0], tokens[b.last][1], label))

    for run in _runs(text, tokens, items):
        said = any(item.said for item in run)
        if phone_tail and len(run) >= 3 and said and phone_tail in "".join(item.figures for item in run):
            least = _least_holding(run, phone_tail)  # "… 4567 on my file": "on" (Turkish ten) is no part of it
            if any(item.said for item in least) or any(not tokens[item.first][2].isascii() for item in least):
                span(least[0], least[-1], "PHONE")
            continue
        for a, b in ((s, e) for s in range(len(run)) for e in range(s, min(len(run), s + _LONGEST_HOUSE_PARTS))):
            part = run[a:b + 1]
            figures = "".join(item.figures for item in part)
            first, last = part[0].first, part[-1].last
            if not any(item.said for item in part) and not any(
                    not tokens[item.first][2].isascii() or not text[tokens[item.first][0]].isascii() for item in part) \
                    and not (house and figures == house and _near(tokens, first - 3, first, _script_street_words())):
                continue  # ASCII figures alone are the other readings' (but after a street's word of another script)
            if house and figures == house and not _counts(tokens, last) and len(run) < _FEWEST_SAID_PHONE and (
                    _near(tokens, first - 4, last + 4, streets | own_street)
                    or _near(tokens, first - 2, first, house_words) or _near(tokens, last + 1, last + 2, _after_words())
                    or _near(tokens, first - 4, first, living)):
                span(part[0], part[-1], "ADDRESS")
            elif year and (figures == year or (figures == year[2:] and _near(tokens, first - 4, last + 4, births))):
                if figures == year or any(item.said for item in part):
                    span(part[0], part[-1], "DATE")
            elif age and figures == age and _near(tokens, last + 1, last + 3, ages):
                span(part[0], part[-1], "AGE")
    return found


#: round 44 (r44digits): a token of a said phone: letters, their marks and apostrophes (a mark is no ``\\w``)
_PATTERN_TOKEN = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0eff"
                            r"\u1000-\u109f\u1780-\u17ff\u1dc0-\u1dff" + re.escape(PATTERN_WORD_MARKS) + "])+")


def _first_seen(items: list[str] | str) -> tuple[int, ...]:
    """Each item's index of its first occurrence: two sequences share a pattern of repeats when these are equal."""
    seen: dict[str, int] = {}
    return tuple(seen.setdefault(item, i) for i, item in enumerate(items))


def owner_phone_pattern_spans(text: str, phone: str) -> list[tuple[int, int, str]]:
    """Round 44 (r44digits): ``(start, end, "PHONE")`` of the owner's phone said one word a digit in a language no
    table holds ("тогуз нөл төрт үч тогуз нөл…" in Kyrgyz, "valu iva valu lima…" in Samoan): a run of words apart by
    blanks, commas or hyphens only, as many as the phone's digits (or their last seven or more), the same word where
    the same digit stands and different words where different digits do. The digits must repeat
    (:data:`~features.deid.digitwords.FEWEST_PATTERN_REPEATS`) and the words be short and no function word, so that
    prose does not mirror the pattern by chance."""
    digits = re.sub(r"\D", "", phone or "")
    shapes = {n: _first_seen(digits[-n:]) for n in range(len(digits), FEWEST_PATTERN_DIGITS - 1, -1)
              if n - len(set(digits[-n:])) >= FEWEST_PATTERN_REPEATS}
    if not shapes:
        return []
    tokens = list(_PATTERN_TOKEN.finditer(text))
    found: list[tuple[int, int, str]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        words = [m.group().casefold() for m in run]
        i = 0
        while i < len(words):
            for n, shape in shapes.items():  # longest first
                part = words[i:i + n]
                if len(part) == n and all(len(w.strip(PATTERN_WORD_MARKS)) <= LONGEST_PATTERN_WORD
                                          and w not in PATTERN_STOP_WORDS for w in part) and _first_seen(part) == shape:
                    found.append((run[i].start(), run[i + n - 1].end(), "PHONE"))
                    i += n - 1
                    break
            i += 1

    for token in tokens:
        if run and text[run[-1].end():token.start()].strip(PATTERN_WORD_GAPS) == "" \
                and text[run[-1].end():token.start()] != "":
            run.append(token)
            continue
        close()
        run = [token]
    close()
    return found
