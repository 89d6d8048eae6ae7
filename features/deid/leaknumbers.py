"""Round 28, the leak check's own reading: the owner's numbers said in number words, read back as figures.

The redactor spells the owner's numbers and looks for the spellings; the check goes the other way and *reads* a
message's number words as figures, then compares figures. Two readers:

* text2num's ``alpha2digit`` (English, French, Spanish, Portuguese, German, Dutch, Italian; every number, one word
  too: ``threshold=0``), and
* the check's own positional reader, below, for Greek, Turkish, Indonesian, Korean, Persian and Swiss German, whose
  words (Greek and Swiss German from :mod:`features.deid.numberwords`, the others written here) are read as units,
  tens, absolute hundreds and multipliers ("dua puluh tujuh" 2 x 10 + 7, "پانصد و پنجاه و پنج" 500 + 50 + 5,
  "이십칠" 2 x 10 + 7, "sibenezwänzg" 7 + 20); digits of any script are figures.

In each reading, figures that follow one another with a space, dash or comma between are read together (a said "oh"
or "o" between them a zero, "hundred" after two figures a multiplier), and a run is the owner's:

* house number: its figures, with a word of a house number, an address, a street's kind, an ``<ADDRESS>``
  placeholder or the owner's street's words around it, or a verb of living before it;
* phone: its last seven figures in a run of three numbers or more;
* year of birth (owner over 89): all four figures, or the last two beside a word of birth;
* age (owner over 89): the age with a word of age after it.

Only numbers said in words or other scripts' digits are read here: ASCII figures are the other readings' (except a
house number after a street's word of another script, "стрит 27"). The work is gated by the words that say which
number it is, so most messages cost one scan of their words.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from text_to_num import alpha2digit

from features.deid import numberwords as numbers
from features.deid.leakpattern import said_in_the_phones_pattern
from features.deid.placewords import ENGLISH_STREET_KINDS, STREET_ENDS_GLUED, STREET_KINDS_BEFORE_ALWAYS
from features.deid.readingwords import COUNTED_THINGS, READING_UNITS

_TEXT2NUM_LANGUAGES = ("en", "fr", "es", "pt", "de", "nl", "it")
_WORD = re.compile(r"<[A-Z_]+>|\d+|[^\W\d_]+")
_GAP = re.compile(r"[\s\-‐‑–—,،.·/]{0,3}")
#: numbers in a row that are a phone or a code said out: no house number among them
_A_PHONE_SAID_OUT = 5
_HYPHEN_IN_WORDS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_HANGUL_NUMERALS = "영공일이삼사오육칠팔구십백천"


def _key(word: str) -> str:
    """The check's folding of a word: lower case, no marks, no joiner."""
    plain = unicodedata.normalize("NFKD", word.lower().replace("\u200c", "").replace("ß", "ss"))
    return unicodedata.normalize("NFC", "".join(c for c in plain if unicodedata.category(c) != "Mn"))


# --------------------------------------------------------------------------- the check's own number words
# (kind, value): "u" a unit or a number under a hundred that others add to, "h" an absolute hundreds word,
# "m" a multiplier of what comes before it (1 when nothing does), "b" Indonesian "belas" (ten more), "j" a joiner

_TURKISH = {"sıfır": 0, "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
            "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80,
            "doksan": 90}
_INDONESIAN = {"nol": 0, "kosong": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
               "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11}
_PERSIAN = {"صفر": 0, "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8, "نه": 9,
            "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "پونزده": 15, "شانزده": 16,
            "شونزده": 16, "هفده": 17, "هیفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30,
            "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90}
_PERSIAN_HUNDREDS = {"صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500, "ششصد": 600,
                     "هفتصد": 700, "هشتصد": 800, "نهصد": 900}
_MULTIPLIERS = {"yüz": 100, "bin": 1000, "puluh": 10, "ratus": 100, "ribu": 1000, "seratus": 100, "seribu": 1000,
                "هزار": 1000}
_JOINS = ("و", "ve")


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for words in (_TURKISH, _INDONESIAN, _PERSIAN):
        table.update({_key(w): ("u", v) for w, v in words.items()})
    table.update({_key(w): ("h", v) for w, v in _PERSIAN_HUNDREDS.items()})
    for group in (numbers.GREEK_UNITS, numbers.GREEK_TEENS, numbers.GREEK_TENS, numbers.SWISS_DIGITS,
                  numbers.SWISS_TEENS, numbers.SWISS_TENS):
        table.update({_key(w): ("u", v) for v, ws in group.items() for w in ws})
    table.update({_key(w): ("h", v) for v, ws in numbers.GREEK_HUNDREDS.items() for w in ws})
    table.update({_key(w): ("m", v) for w, v in _MULTIPLIERS.items()})
    table.update({_key(w): ("m", 1000) for w in (*numbers.GREEK_THOUSAND, *numbers.GREEK_THOUSANDS)})
    table.update({_key(w): ("m", 100) for w in numbers.SWISS_HUNDRED})
    table[_key("belas")] = ("b", 10)
    table.update({_key(w): ("j", 0) for w in _JOINS})
    return table


@functools.lru_cache(maxsize=1)
def _swiss_glued() -> tuple[dict[str, int], dict[str, int]]:
    """Swiss German units as they stand glued before a ten, and the tens (folded)."""
    return ({_key(w): v for v, ws in numbers.SWISS_UNITS_BEFORE_TENS.items() for w in ws},
            {_key(w): v for v, ws in numbers.SWISS_TENS.items() for w in ws})


def _atoms(key: str) -> list[tuple[str, int]] | None:
    """A folded word read as number atoms: a word of the lexicon, a Hangul numeral word, a Swiss unit glued to its
    ten ("sibenezwänzg"), or a Turkish number glued ("yirmiyedi"); ``None`` for any other word."""
    table = _lexicon()
    if key in table:
        return [table[key]]
    if key[0] in _HANGUL_NUMERALS:
        end = 0
        while end < len(key) and end < 12 and key[end] in _HANGUL_NUMERALS:
            end += 1
        if end >= 2:
            values = {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
            return [("m", {"십": 10, "백": 100, "천": 1000}[c]) if c in "십백천" else ("u", values[c]) for c in key[:end]]
        return None
    if len(key) > 24 or not key.isalpha():
        return None
    units, tens = _swiss_glued()
    for cut in range(2, len(key) - 3):
        head, tail = key[:cut], key[cut:]
        for join in ("und", "e", "a", ""):
            if head in units and tail.startswith(join) and tail[len(join):] in tens:
                return [("u", units[head] + tens[tail[len(join):]])]
    # Turkish numbers glued ("yirmiyedi", "dörtyüzon"): the word cut into lexicon words, longest first
    found: list[tuple[str, int]] = []
    at = 0
    while at < len(key):
        for end in range(min(len(key), at + 8), at, -1):
            if key[at:end] in table and table[key[at:end]][0] in "um":
                found.append(table[key[at:end]])
                at = end
                break
        else:
            return None
    return found if len(found) >= 2 else None


def _own_reading(text: str) -> str:
    """``text`` with the words of the check's own languages written as figures (a number at a time); the words it
    does not read stay."""
    pieces: list[str] = []
    last = 0
    number: list[tuple[str, int]] = []
    span: list[int] = []
    glued_after = False

    def value_of(atoms: list[tuple[str, int]]) -> int:
        total, current, lastv = 0, 0, 0
        for kind, v in atoms:
            if kind in "uh":
                current += v
                lastv = v
            elif kind == "b":
                current += v
            elif kind == "m" and v >= 1000:
                total += (current or 1) * v
                current = lastv = 0
            elif kind == "m":
                current = current - lastv + (lastv or 1) * v
                lastv = 0
        return total + current

    def flush() -> None:
        nonlocal last
        if number and not (len(number) == 1 and len(text[span[0]:span[1]]) <= 2):
            pieces.append(text[last:span[0]])
            pieces.append(str(value_of(number)))
            last = span[1]
        number.clear()
        span.clear()

    def magnitude(v: int) -> int:
        return len(str(v))

    for m in _WORD.finditer(text):
        word = m.group()
        atoms = None if word[0] in "<" or word[0].isdigit() else _atoms(_key(word))
        if atoms is None:
            flush()
            glued_after = False
            continue
        if atoms == [("j", 0)]:
            glued_after = bool(number)
            continue
        if number and not _GAP.fullmatch(text[span[1]:m.start()].replace("و", "")):
            flush()
        if number:
            prev_kind, prev = number[-1]
            kind, v = atoms[0]
            adds = glued_after or kind in "mb" or prev_kind == "m" or (
                kind in "uh" and prev_kind in "uh" and magnitude(v) < magnitude(prev) and prev >= 10)
            if not adds:
                flush()
        if not number:
            span[:] = [m.start(), m.end()]
        number.extend(atoms)
        span[1] = m.end()
        glued_after = False
    flush()
    return "".join(pieces) + text[last:] if pieces else text


def number_views(text: str) -> list[str]:
    """``text`` read with its number words as figures: once for each of text2num's languages that changes it, and
    once by the check's own reader; digits of other scripts as ASCII figures in each."""
    plain = "".join(str(unicodedata.decimal(c)) if c.isdigit() and not c.isascii() else c for c in text)
    views = {alpha2digit(plain, language, threshold=0) for language in _TEXT2NUM_LANGUAGES}
    if (apart := _HYPHEN_IN_WORDS.sub(" ", plain)) != plain:  # "nineteen-oh-seven", "two-ten": each word its number
        views |= {alpha2digit(apart, language, threshold=0) for language in _TEXT2NUM_LANGUAGES}
    views.add(_own_reading(plain))
    return sorted(views)


# --------------------------------------------------------------------------- what the figures must say, and where

@functools.lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(house and address words, street kinds and the address placeholder, verbs of living, words of birth, words of
    age, street words of other scripts)."""
    streets = frozenset(_key(w.rstrip(".")) for w in (*numbers.STREET_WORDS_MORE, *ENGLISH_STREET_KINDS,
                                                      *STREET_KINDS_BEFORE_ALWAYS, *STREET_ENDS_GLUED)) | {"<address>"}
    scripts = frozenset(_key(w) for w in numbers.STREET_WORDS_MORE if not _key(w).isascii())
    return (frozenset(map(_key, numbers.HOUSE_NUMBER_WORDS)), streets, frozenset(map(_key, numbers.LIVING_WORDS)),
            frozenset(map(_key, numbers.BIRTH_YEAR_WORDS)), frozenset(map(_key, numbers.AGE_WORDS)), scripts)


#: what follows a count or a measure, not a house number (the check's own few words of time besides the shared units)
_TIME_WORDS = ("minutes", "minute", "min", "mins", "hours", "hour", "days", "day", "weeks", "years", "minuten", "stunden",
               "tage", "minutos", "horas", "dias", "minuti", "ore", "giorni", "dakika", "saat", "gun", "menit", "jam",
               "hari", "분", "시간", "일", "دقیقه", "ساعت", "روز", "λεπτα", "ωρες", "μερες")


@functools.lru_cache(maxsize=1)
def _after() -> frozenset[str]:
    return frozenset(map(_key, numbers.HOUSE_NUMBER_WORDS_AFTER))


@functools.lru_cache(maxsize=1)
def _counted() -> frozenset[str]:
    return frozenset(_key(w) for w in (*READING_UNITS, *COUNTED_THINGS, *_TIME_WORDS))


@functools.lru_cache(maxsize=64)
def _non_latin(wanted: frozenset[str]) -> tuple[str, ...]:
    return tuple(c for c in wanted if len(c) >= 2 and not c.isascii())


def _has(words: list[str], lo: int, hi: int, wanted: frozenset[str]) -> bool:
    """Whether a word of ``wanted`` is among ``words[lo:hi]``; a word of another script also by its beginning or its
    end ("번지에", "マケダ通り")."""
    return any(w in wanted or (not w.isascii() and (w.startswith(_non_latin(wanted)) or w.endswith(_non_latin(wanted))))
               for w in words[max(lo, 0):max(hi, 0)])


def _could_say(text: str, house: str, old: bool, phone: str, places: frozenset[str]) -> bool:
    """The gate: a word that says which number it is, or enough number words for a phone."""
    keys = [_key(w) for w in _WORD.findall(text)]
    house_words, streets, living, births, ages, _ = _cues()
    if house and any(k in house_words or k in streets or k in living or k in places or
                     (not k.isascii() and _has([k], 0, 1, house_words | streets | living)) for k in keys):
        return True
    if old and any(k in births or k in ages or (not k.isascii() and _has([k], 0, 1, births | ages)) for k in keys):
        return True
    return bool(phone) and sum(1 for k in keys if not k[0].isdigit() and _atoms(k) is not None) >= 4


def owner_number_kinds(text: str, *, house: str, phone: str, born: dt.date | None, places: frozenset[str],
                       today: dt.date | None = None) -> set[str]:
    """Kinds of the owner's numbers said in words (or other scripts' digits) that the check finds in ``text``."""
    if text.isascii() and not any(c.isalpha() for c in text):
        return set()
    today = today or dt.date.today()
    age = (today.year - born.year - ((today.month, today.day) < (born.month, born.day))) if born else 0
    old = age > 89
    tail = phone[-7:] if len(phone) >= 7 else ""
    # round 44 (r44digits): the phone one word a digit in any language, read by its pattern of repeats
    by_pattern = {"phone said in its digits' pattern"} if tail and said_in_the_phones_pattern(text, phone) else set()
    if not _could_say(text, house, old, tail, places):
        return by_pattern
    house_words, streets, living, births, ages, scripts = _cues()
    ascii_figures = set(re.findall(r"[0-9]+", text))
    found: set[str] = set(by_pattern)
    for view in number_views(text):
        matches = list(_WORD.finditer(view))
        words = [_key(m.group()) if m.group()[0] != "<" else m.group().lower() for m in matches]
        # runs of figures, a said zero between two of them, "hundred" after two figures a multiplier
        runs: list[list[tuple[int, str]]] = []
        for i, m in enumerate(matches):
            word = words[i]
            joined = bool(runs) and runs[-1][-1][0] == i - 1 and _GAP.fullmatch(
                view[matches[i - 1].end():m.start()]) is not None
            if word.isdigit():
                if joined:
                    runs[-1].append((i, word))
                else:
                    runs.append([(i, word)])
            elif joined and word in numbers.SAID_ZEROS and i + 1 < len(matches) and words[i + 1].isdigit():
                runs[-1].append((i, "0"))
            elif joined and word in numbers.HUNDRED_AFTER_A_NUMBER and len(runs[-1][-1][1]) <= 2:
                runs[-1][-1] = (i, str(int(runs[-1][-1][1]) * 100))
        for run in runs:
            said = [figures not in ascii_figures for _, figures in run]
            if tail and len(run) >= 3 and any(said) and tail in "".join(f for _, f in run):
                found.add("phone in number words")
            for a in range(len(run)):
                figures = ""
                for b in range(a, min(len(run), a + 4)):
                    figures += run[b][1]
                    first, last = run[a][0], run[b][0]
                    by_words = any(said[a:b + 1])
                    if house and figures == house and len(run) < _A_PHONE_SAID_OUT and (
                            by_words or _has(words, first - 3, first, scripts)) and not (
                            last + 1 < len(words) and words[last + 1] in _counted()) and (
                            _has(words, first - 4, last + 5, streets | places)
                            or _has(words, first - 2, first, house_words) or _has(words, last + 1, last + 2, _after())
                            or _has(words, first - 4, first, living)):
                        found.add("house number in number words")
                    if old and by_words and born is not None and (figures == str(born.year) or (
                            figures == f"{born.year % 100:02d}" and _has(words, first - 4, last + 5, births))):
                        found.add("year of birth over 89 in number words")
                    if old and by_words and figures == str(age) and _has(words, last + 1, last + 3, ages):
                        found.add("age over 89 in number words")
    return found
