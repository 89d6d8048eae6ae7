"""Text folding for matching identifiers written in another spelling than the one stored.

A patient stored as ``Joaquín Ibáñez`` writes ``IBANEZ``; a phone keyboard sends ``Renée``
decomposed (NFD, ``e`` + U+0301) while the patients table holds it composed (NFC); a
producer types ``Nguyễn`` as ``Nguyen``. Matching must therefore compare *folded* text:

* Unicode compatibility decomposition (NFKD: ``ﬁ`` -> ``fi``, full-width digits -> ASCII),
* combining marks dropped (accents: ``é`` -> ``e``),
* what is still not ASCII transliterated with ``anyascii`` (``ø`` -> ``o``, ``ß`` -> ``ss``,
  ``Đ`` -> ``D``, ``Ł`` -> ``L``),
* typographic apostrophes and dashes made ASCII (``’`` -> ``'``, ``–`` -> ``-``).

Case is left alone (the matchers are case-insensitive, and some rules need the case).

:func:`fold` keeps, for every character of the folded text, the index of the character of
the original it came from, so a span found in the folded text maps back onto the original
(:meth:`Folded.span`) and the redaction replaces what was really written.
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
import warnings
from collections.abc import Collection
from dataclasses import dataclass

import cn2an
from anyascii import anyascii
from confusable_homoglyphs import categories as _scripts
from confusable_homoglyphs import confusables as _confusables
from text_to_num import alpha2digit

from features.deid.contactwords import (
    AT_SIGN_WORDS,
    DOT_WORDS,
    MAIL_PROVIDERS,
    PHONE_WORDS,
    PREPOSITIONS_FOR_AT,
    SCRIPT_AT_WORDS,
    SCRIPT_DOT_WORDS,
    SCRIPT_TOP_LEVEL_DOMAINS,
)
from features.deid.digitwords import (
    AND_AFTER_TENS_OF,
    AND_BETWEEN_NUMBER_WORDS_OF,
    ARABIC_AND,
    ARABIC_TEEN_UNITS,
    AZERBAIJANI_UNITS,
    CJK_GROUP_SEPARATORS,
    CZECH_HUNDRED_WORDS,
    CZECH_UNITS_BEFORE_HUNDREDS,
    EVERYDAY_MULTIPLIERS,
    GLUED_SCRIPT_NUMBERS,
    HANGUL_GROUP_PARTICLES,
    HEBREW_AND,
    HEBREW_UNITS_BEFORE_THOUSANDS,
    HINDI_LANGUAGES,
    HIRAGANA_TO_KATAKANA,
    HUNDRED_WORDS,
    KANA_DIGIT_SEPARATORS,
    KANA_ENDINGS_AFTER_DIGITS,
    KANA_GROUP_SEPARATORS,
    KANA_PARTICLES_BEFORE_DIGITS,
    KANJI_DIGITS,
    KAZAKH_UNITS,
    LATIN_DIGIT_WORDS,
    MORE_GROUP_NUMBER_WORDS,
    NORDIC_LANGUAGES,
    NUMBER_AND_WORDS,
    NUMBER_JOIN_WORDS,
    ONE_BEFORE_A_MULTIPLIER,
    RADIO_DIGIT_WORDS,
    ROMANISED_DIGIT_READINGS,
    ROMANISED_GROUP_SEPARATORS,
    ROMANISED_WEAK_DIGIT_WORDS,
    SAID_DASH_WORDS,
    SAID_JOIN_WORDS,
    SCORES_BEFORE_MORE,
    SCRIPT_DIGIT_WORDS,
    TEEN_WORDS,
    TENS_SAID_AFTER_THEIR_UNIT,
    TIMES_TEN_WORDS,
    TIMES_THE_UNIT_AFTER_WORDS,
    TURKISH_TEN,
    TURKISH_UNITS,
    UNIT_TIMES_WORDS,
    WEAK_DIGIT_WORDS,
    WEAK_WORDS_THAT_BEGIN,
    WEAK_WORDS_THAT_BEGIN_HINDI_RUNS,
    WEAK_WORDS_THAT_BEGIN_NORDIC_RUNS,
    WEAK_WORDS_THAT_BEGIN_RUNS_OF,
    WELSH_HUNDRED_WORDS,
    WELSH_UNITS_BEFORE_TENS,
    GluedScriptNumbers,
    digit_values,
    glued_number_values,
    group_number_values,
    katakana_values,
    nordic_pair_values,
)
from features.deid.patterns import alternation
from features.deid.placewords import NUMBERED_STREET_KINDS_WRITTEN_OUT
from features.deid.readingwords import SAID_READING_MEASURES, SAID_READING_PHONE_WORDS

#: round 23: a regex class of the combining marks of the Latin, Arabic, Indic and Thai blocks (vowel signs, viramas,
#: harakat): ``str.isalpha`` and ``[^\W\d_]`` take none of them, so a word read with either ends before its vowel
#: sign ("ली" read as "ल"); a reader of whole words adds this class
COMBINING_MARKS = "[" + "".join(
    chr(c) for block in ((0x0300, 0x0370), (0x0610, 0x0620), (0x064B, 0x0670), (0x06D6, 0x06EE), (0x0900, 0x0E00),
                         (0x0E31, 0x0E4F))
    for c in range(*block) if unicodedata.category(chr(c)).startswith("M")) + "]"

_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-",
                              "‑": "-", "\u00a0": " ", "\u202f": " "})

#: the Unicode names of Latin letters drawn in a circle or a square, which are symbols ("So"), not letters
_ENCLOSED_LETTER = re.compile(r"^(?:NEGATIVE )?(?:CIRCLED|SQUARED) LATIN (?:SMALL|CAPITAL) LETTER [A-Z]$")


#: letters written as symbols, which NFKD leaves alone: negative squared capitals ("🅼🅴🅽🆂🅰🅷"), regional-indicator
#: letters ("🇲🇪🇳🇸🇦🇭"; two of them side by side show as a flag) and Braille letters of grade 1 ("⠍⠑⠝⠎⠁⠓"; the blank
#: cell is a space). Without them a name so written folded to spaces and the redactor missed what the check saw.
_BRAILLE_DOTS = ("1", "12", "14", "145", "15", "124", "1245", "125", "24", "245", "13", "123", "134", "1345", "135",
                 "1234", "12345", "1235", "234", "2345", "136", "1236", "2456", "1346", "13456", "1356")
_SYMBOL_LETTERS = {
    **{chr(0x1F170 + i): chr(ord("A") + i) for i in range(26)},
    **{chr(0x1F1E6 + i): chr(ord("A") + i) for i in range(26)},
    **{chr(0x2800 + sum(1 << (int(d) - 1) for d in dots)): chr(ord("a") + i) for i, dots in enumerate(_BRAILLE_DOTS)},
    "\u2800": " "}


@functools.lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """The ASCII spelling of one character: empty for a lone combining mark or an invisible
    format character (zero-width joiner, soft hyphen), a space for a symbol or an emoji (a
    separator between digits: "312🙂555🙂0147" is a phone number)."""
    if char.isascii():
        return char
    char = char.translate(_PUNCTUATION)
    if char.isascii():
        return char
    if "\u249c" <= char <= "\u24b5":
        return chr(ord(char) - 0x249C + ord("a"))  # a parenthesised letter ("⒲⒜⒤⒩" for "wain")
    if (letter := _SYMBOL_LETTERS.get(char)) is not None:
        return letter
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category == "So" and _ENCLOSED_LETTER.search(unicodedata.name(char, "")):
        return anyascii(char)  # a letter in a circle or a square, plain or negative ("ⓐ", "🅐", "🄰", "🅰": round 14)
    if category in ("So", "Sk", "Zs", "Zl", "Zp"):
        return " "
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return decomposed if decomposed.isascii() else anyascii(decomposed)


@dataclass(frozen=True)
class Folded:
    """Folded text and, per folded character, the index of its source character."""

    text: str
    source: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that the folded span ``[start, end)`` came from, with the
        combining marks that follow its last character (``"Jose\u0301"`` is one name)."""
        if start >= end:
            at = self.source[start] if start < len(self.source) else len(self.original)
            return at, at
        stop = self.source[end - 1] + 1
        while stop < len(self.original) and not fold_char(self.original[stop]):
            stop += 1
        return self.source[start], stop


#: Escape sequences written out as text, as exports that escaped a message twice leave them
#: ("Veress\\n\\nHELSINKI"): read as the white space they stand for, or "nHELSINKI" hides a city.
_WRITTEN_ESCAPE = re.compile(r"\\[nrt]")


def _unescape(text: str) -> str:
    """``text`` with written escapes made spaces; same length."""
    return _WRITTEN_ESCAPE.sub("  ", text) if "\\" in text else text


# Look-alike letters of other scripts (homoglyphs): "Säсkinger" with a Cyrillic "с", "TНЕОDОRЕ" with Cyrillic "Н", "Е",
# "О", "WAINWRIGᎻT" with a Cherokee "Ꮋ", Greek "ΚΗΑΤΙΒ", Lisu "ꓪꓮꓲꓠ". anyascii spells them by their sound (Cyrillic
# "Н" -> "N"), so the name is not read; by their shape (Unicode TR39 confusables, from ``confusable-homoglyphs``) they
# are the Latin letters they were written for. Only the letters of a word that mixes scripts are read by shape in
# :func:`fold` (a real Russian or Greek word keeps its sound); ``shapes=True`` reads by shape also a word made only of
# look-alikes of one other script ("ΚΗΑΤΙΒ", "МОНАММЕ"), for matching the owner's identifiers in a second view.
def _latin_shapes() -> dict[str, str]:
    shapes = {}
    for char, homoglyphs in _confusables.confusables_data.items():
        if len(char) == 1 and not char.isascii() and char.isalpha() and _scripts.alias(char) != "LATIN":
            latin = [h["c"] for h in homoglyphs if len(h["c"]) == 1 and h["c"].isascii() and h["c"].isalpha()]
            if latin:
                shapes[char] = latin[0]
    return shapes


LATIN_SHAPES = _latin_shapes()
_HAS_LOOKALIKE = re.compile("[" + "".join(re.escape(c) for c in sorted(LATIN_SHAPES)) + "]")
_LETTERS = re.compile(r"[^\W\d_]+")


#: A word of one other script is read by its shape from this many letters (Russian "а", "о", "с" are words)
_FEWEST_SHAPED_LETTERS = 3


@functools.lru_cache(maxsize=65536)
def _shaped_word(word: str, shapes: bool) -> str | None:
    """``word`` with its look-alike letters made the Latin letters they look like, or None where it is read by sound:
    no look-alike, or (without ``shapes``) a word of one script only; a look-alike of "l" is an "I" in capitals."""
    scripts = {_scripts.alias(c) for c in word if c.isalpha()}
    if len(scripts) < 2 and not (shapes and len(word) >= _FEWEST_SHAPED_LETTERS
                                 and all(c in LATIN_SHAPES for c in word if c.isalpha())):
        return None
    if "LATIN" not in scripts and len(scripts) > 1 and not shapes:
        return None  # two non-Latin scripts mixed: not a Latin word disguised
    upper = sum(c.isupper() for c in word) * 2 > sum(c.isalpha() for c in word) or (
        not any(c.islower() for c in word))
    out = []
    for c in word:
        latin = LATIN_SHAPES.get(c)
        if latin is None:
            out.append(c)
        else:
            out.append("I" if latin == "l" and (c.isupper() or (upper and not c.islower())) else latin)
    return "".join(out)


def has_lookalike(text: str) -> bool:
    """Whether ``text`` holds a letter of another script that looks like a Latin one (cheap: one regex scan)."""
    return not text.isascii() and _HAS_LOOKALIKE.search(text) is not None


def _shaped(text: str, shapes: bool) -> dict[int, str]:
    """Per index of ``text``, the Latin letter a look-alike letter stands for (see :func:`_shaped_word`)."""
    if not _HAS_LOOKALIKE.search(text):
        return {}
    shaped: dict[int, str] = {}
    for m in _LETTERS.finditer(text):
        word = m.group()
        if word.isascii() or (read := _shaped_word(word, shapes)) is None:
            continue
        shaped.update((m.start() + i, c) for i, c in enumerate(read) if c != word[i])
    return shaped


# Look-alike digits of other scripts inside a number: Cyrillic "З" for 3, "В" for 8, "О" for 0, "І" for 1, "Ч" for 4,
# "б" for 6, Latin "Ʒ" for 3, Greek "Ο" for 0, a Roman numeral character ("Ⅸ") for its value ("555 12З 4567",
# "627О4"). Read as digits only in a word of digits and look-alikes that holds at least as many digits as look-alikes,
# so a word of those scripts keeps its letters ("Зоя", "в" stay).
_DIGIT_LOOKS = {**dict.fromkeys("ЗзƷʒӠӡȜȝ", "3"), **dict.fromkeys("ВвΒ", "8"), **dict.fromkeys("ОоΟοՕօ", "0"),
                **dict.fromkeys("ІіӀӏΙƖ", "1"), **dict.fromkeys("Чч", "4"), **dict.fromkeys("бЬ", "6"),
                **dict.fromkeys("Ƽƽ", "5"),
                **{chr(c): str(int(unicodedata.numeric(chr(c)))) for c in (*range(0x2160, 0x2169), *range(0x2170, 0x2179))}}
_LOOKS_CLASS = "[" + "".join(sorted(_DIGIT_LOOKS)) + "]"
# a word holding a look-alike beside a digit (a word of digits and look-alikes only has one, if it has a digit at all),
# tried from a word's first character only: tried from each of its characters, a long word without one ("三月" x 4,000,
# one word of 8,000 characters to a regex) was read to its end from each, a square (2.4 s)
_DIGIT_LOOK_WORD = re.compile(rf"(?<![^\W_])[^\W_]*(?:\d{_LOOKS_CLASS}|{_LOOKS_CLASS}\d)[^\W_]*")


def _digit_shaped(text: str) -> dict[int, str]:
    """Per index of ``text``, the digit a look-alike of another script stands for inside a number (see
    :data:`_DIGIT_LOOKS`)."""
    shaped: dict[int, str] = {}
    for m in _DIGIT_LOOK_WORD.finditer(text):
        word = m.group()
        digits = sum(c in "0123456789" for c in word)
        looks = [i for i, c in enumerate(word) if c in _DIGIT_LOOKS]
        if digits and digits >= len(looks) and digits + len(looks) == len(word):
            shaped.update((m.start() + i, _DIGIT_LOOKS[word[i]]) for i in looks)
    return shaped


def fold(text: str, *, shapes: bool = False) -> Folded:
    """Fold ``text`` (see the module docstring), keeping the map back to the original; look-alike letters of other
    scripts read by their shape in a word that mixes scripts (with ``shapes``, also in a word made only of them)."""
    if text.isascii():
        return Folded(_unescape(text), tuple(range(len(text))), text)
    shaped = _shaped(text, shapes) | _digit_shaped(text)
    pieces: list[str] = []
    source: list[int] = []
    for i, char in enumerate(text):
        folded = shaped.get(i) or fold_char(char)
        pieces.append(folded)
        source.extend([i] * len(folded))
    return Folded(_unescape("".join(pieces)), tuple(source), text)


def fold_text(text: str) -> str:
    """Only the folded text of :func:`fold`."""
    if text.isascii():
        return text
    shaped = _shaped(text, False) | _digit_shaped(text)
    return "".join(shaped.get(i) or fold_char(c) for i, c in enumerate(text))


# Text smuggled in invisible characters: Unicode TAG characters (U+E0020-U+E007E, each an ASCII character + 0xE0000)
# and variation selectors standing for bytes (U+FE00-U+FE0F: 0-15, U+E0100-U+E01EF: 16-255, UTF-8 text after an
# emoji). :func:`reveal_hidden` writes what they spell as visible text; a single selector (the U+FE0F that makes an
# emoji a picture) and an emoji flag's tag sequence ("🏴" + tags + U+E007F) are left as they are.
_HIDDEN_RUN = re.compile("[\U000E0020-\U000E007E]+\U000E007F?|[\uFE00-\uFE0F\U000E0100-\U000E01EF]{2,}")
_FLAG = "\U0001F3F4"


def _hidden_bytes(run: str) -> str:
    if run[0] >= "\U000E0020" and run[0] <= "\U000E007E":
        return "".join(chr(ord(c) - 0xE0000) for c in run if c != "\U000E007F")
    data = bytes(ord(c) - 0xFE00 if c <= "\uFE0F" else ord(c) - 0xE0100 + 16 for c in run)
    return data.decode("utf-8", errors="replace").replace("\ufffd", " ")


def reveal_hidden(text: str) -> str:
    """``text`` with text smuggled in tag characters or variation selectors written out visibly, set off by spaces."""
    if text.isascii() or not _HIDDEN_RUN.search(text):
        return text

    def visible(m: re.Match[str]) -> str:
        if m.group().endswith("\U000E007F") and m.start() > 0 and text[m.start() - 1] == _FLAG:
            return m.group()
        spelled = "".join(c for c in _hidden_bytes(m.group()) if c.isprintable())
        before = "" if m.start() == 0 or text[m.start() - 1].isspace() or spelled[:1].isspace() else " "
        after = "" if m.end() == len(text) or text[m.end()].isspace() or spelled[-1:].isspace() else " "
        return before + spelled + after

    return _HIDDEN_RUN.sub(visible, text)


_LOOKALIKE_DIGITS = re.compile(r"(?<=[0-9])[OoIl|]{2,3}(?=[0-9])"  # "9OO123"
                               r"|(?<=[0-9])[OoIl|](?=[0-9 ().\-]*[0-9])|(?<=[0-9][ ().\-])[OoIl|](?=[0-9])"
                               r"|[OoIl](?=[0-9]{2})(?<![A-Za-z][OoIl|])"
                               # round 27: letters alone in a number said digit by digit ("9 0 1 5 5 5 O 1 5 5"; a bar separates)
                               r"|(?<=[0-9][ .\-])[OoIl](?:[ .\-][OoIl]){0,2}(?=[ .\-][0-9])")
_DIGIT_OF = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


def digit_view(text: str) -> str:
    """``text`` with letters that stand for digits inside a number made digits ("312-555-O147",
    "0l47" -> "312-555-0147", "0147"); same length, so spans carry over."""
    return _LOOKALIKE_DIGITS.sub(lambda m: m.group().translate(_DIGIT_OF), text)


# Numbers in words, in the languages text2num reads (English, French, Spanish, Portuguese, German, Dutch, Danish,
# Italian): "born the twenty-third of November nineteen forty-seven", "four one four, eight six seven, twenty-two
# ninety", "am vierten März neunzehnhundertsiebenundvierzig". A cheap look for two number words first (a false hit
# costs only the conversion); words that are English words first ("to", "for", "due", "once") are left out.
_NUMBER_WORD_LIST = """
    zero oh nought one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy
    eighty ninety hundred first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth
    thirtieth un une deux trois quatre cinq sept huit neuf dix onze douze treize seize vingt trente quarante cinquante
    soixante cent mille uno dos tres cuatro cinco seis siete ocho nueve diez veinte treinta cuarenta cincuenta sesenta
    setenta ochenta noventa cien mil dois duas quatro sete oito nove vinte trinta quarenta cinquenta sessenta oitenta
    een twee drie vijf zes zeven negen tien twaalf twintig quattro sei sette otto dieci venti trenta quaranta novanta
    zehn elf quatorze quinze catorce quince trece doce catorze treze doze quattordici quindici tredici dodici undici
    sedici
"""
_NUMBER_WORDS = frozenset(_NUMBER_WORD_LIST.split())
# a word ending as a number does ("seventeen", "fourteenth") or starting as a German compound does ("zweiundfünfzig")
_NUMBER_ENDINGS = ("teen", "teenth", "zig", "zigsten", "hundert")
_NUMBER_STARTS = ("ein", "zwei", "drei", "vier", "funf", "fünf", "sechs", "sieb", "acht", "neun", "veinti",
                  # round 19: Italian hundreds glued to their tens ("trecentoquarantasette")
                  "duecento", "trecento", "quattrocento", "cinquecento", "seicento", "settecento", "ottocento",
                  "novecento")
_LOWER_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_LANGUAGES = ("en", "fr", "es", "pt", "de", "nl", "da", "it")
_SPOKEN_YEAR = re.compile(r"\b(1[89]|20) (\d\d)\b")  # "nineteen forty-seven" comes out "19 47"


# A month named in the languages text2num reads: one number word beside it is a day ("August fourteenth", "le quatorze
# mars", "vierzehnter August", "catorce de marzo")
_MONTH_WORD = re.compile(r"(?i:\b(?:jan(?:uary|vier|eiro|uar)?|feb(?:ruary|rero|braio|ruar)?|f[eé]vrier|fevereiro|"
                         r"mar(?:ch|zo|s|ço|co|t)?|m[äa]rz|maart|apr(?:il|ile)?|avril|abril|may|mayo|mai|maio|maggio|mei|"
                         r"june?|juin|junio|junho|juni|giugno|july?|juillet|julio|julho|juli|luglio|aug(?:ust)?|ao[uû]t|"
                         r"agosto|sep(?:t|tember|tembre|tiembre)?|setembro|settembre|oct(?:ober|obre|ubre)?|okt(?:ober)?|"
                         r"outubro|ottobre|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|d[eé]cembre|dici?embre|"
                         r"dezember|dezembro)\b)")


def _says_numbers(text: str) -> bool:
    """Whether ``text`` holds two number words or more (see :data:`_NUMBER_WORDS`), or one beside a month's name."""
    count = 0
    for word in _LOWER_WORD.findall(text.lower()):
        if word in _NUMBER_WORDS or (len(word) > 5 and (word.endswith(_NUMBER_ENDINGS) or word.startswith(_NUMBER_STARTS))):
            count += 1
            if count == 2:
                return True
    return count == 1 and _MONTH_WORD.search(text) is not None


# "oh" and "o" said for a zero between digits ("six two seven oh four" comes out "6 2 7 oh 4")
_SAID_ZERO = re.compile(r"(?i:(?<=\d)([ \t,-]+)(?:oh|o)(?=[ \t,-]+\d|[ \t,-]+(?:oh|o)\b))")

# Digits said one by one in languages text2num does not read, and letters in the NATO spelling alphabet: a run of three
# or more of them is written as figures and letters ("ba bốn năm" -> "3 4 5", "san si wu", "ثلاثة أربعة خمسة",
# "alpha seven zulu" -> "a 7 z", "mike romeo november" -> "m r n"). Words are compared lower-cased and folded.
_SAID_DIGITS = {
    # Vietnamese (folded: "bốn" -> "bon")
    "khong": "0", "mot": "1", "hai": "2", "ba": "3", "bon": "4", "tu": "4", "nam": "5", "lam": "5", "sau": "6",
    "bay": "7", "tam": "8", "chin": "9",
    # pinyin (tone marks folded away; "yao" is one in a phone number)
    "ling": "0", "yi": "1", "yao": "1", "er": "2", "liang": "2", "san": "3", "si": "4", "wu": "5", "liu": "6", "qi": "7",
    "jiu": "9",
    # Russian and Ukrainian, Polish, Turkish (folded)
    "nol": "0", "nul": "0", "odin": "1", "dva": "2", "tri": "3", "chetyre": "4", "piat": "5", "pyat": "5", "shest": "6",
    "sem": "7", "vosem": "8", "deviat": "9", "devyat": "9", "odyn": "1", "dvi": "2", "chotyry": "4", "shist": "6",
    "visim": "8", "deviat'": "9", "jeden": "1", "dwa": "2", "trzy": "3", "cztery": "4", "piec": "5", "szesc": "6",
    "siedem": "7", "osiem": "8", "dziewiec": "9", "sifir": "0", "bir": "1", "iki": "2", "uc": "3", "dort": "4",
    "bes": "5", "alti": "6", "yedi": "7", "sekiz": "8", "dokuz": "9",
    # Hindi (folded)
    "shunya": "0", "ek": "1", "do": "2", "teen": "3", "char": "4", "paanch": "5", "panch": "5", "chhah": "6",
    "chah": "6", "saat": "7", "aath": "8", "nau": "9",
    # English, for a run that mixes them with the others
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "niner": "9",
    # NATO and the older police alphabet
    "alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f", "golf": "g",
    "hotel": "h", "india": "i", "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m", "november": "n",
    "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
    "whiskey": "w", "whisky": "w", "xray": "x", "x-ray": "x", "yankee": "y", "zulu": "z",
    # Irish (folded: "náid" -> "naid"; "dó" and "trí" are read above), said with the particle "a" before each
    # ("a náid, a haon, a dó"): :data:`_SAID_PARTICLES`
    "naid": "0", "haon": "1", "aon": "1", "ceathair": "4", "cuig": "5", "se": "6", "seacht": "7", "ocht": "8",
    "naoi": "9",
}
# the other languages' digit words (:mod:`features.deid.digitwords`); a word read above keeps its reading ("lima" is
# the NATO "l" here and five in Tagalog and Malay: :data:`_DIGIT_BEFORE_LETTER`)
_LATIN_DIGITS = digit_values(LATIN_DIGIT_WORDS)
_DIGIT_BEFORE_LETTER = {w: v for w, v in _LATIN_DIGITS.items() if _SAID_DIGITS.get(w, v) != v}
_SAID_DIGITS.update({w: v for w, v in _LATIN_DIGITS.items() if w not in _SAID_DIGITS})
_SAID_DIGITS.update({w: v for w, v in RADIO_DIGIT_WORDS.items() if w not in _SAID_DIGITS})
#: round 20: Norwegian, Swedish and Danish tens and teens, each two figures ("førtifem tolv trettifire")
_SAID_DIGITS.update({w: v for w, v in nordic_pair_values().items() if w not in _SAID_DIGITS and w not in WEAK_DIGIT_WORDS})
#: a word said before each digit word and not a digit itself (Irish "a": "a haon, a dó, a trí"): skipped in a run
#: words said between digit groups that a run of digit words goes on across ("one two three dash four five", round 17)
#: and the dash of Spanish ("guion", "guión"), Portuguese ("hífen", "traço"), Italian ("trattino"), French ("tiret") and
#: German ("Bindestrich"), compared folded (round 18: "dos uno dos guion cinco cinco cinco guion ..."); round 19: the
#: dash words of more languages and English "slash", "dot", "minus", "and" (:data:`SAID_DASH_WORDS`), French "trait
#: d'union" (two words, each skipped inside a run)
_SAID_DASHES = SAID_DASH_WORDS
_SAID_PARTICLES = frozenset({"a", "trait", "d'union", *_SAID_DASHES, *SAID_JOIN_WORDS})
#: a said dash between figures text2num wrote, as written (accents kept: the text2num view is not folded)
_SAID_DASHES_AS_WRITTEN = (*_SAID_DASHES, "guión", "hífen", "traço", "myślnik", "тире", r"trait[ \t]+d['’]union")
# the same in their own scripts (Arabic, Hebrew, Cyrillic, Devanagari), compared as written
_SAID_DIGITS_IN_SCRIPT = {
    **dict.fromkeys(("صفر",), "0"), **dict.fromkeys(("واحد", "واحدة"), "1"),
    **dict.fromkeys(("اثنان", "اثنين", "إثنان", "اثنتان"), "2"),
    **dict.fromkeys(("ثلاثة", "ثلاث"), "3"), **dict.fromkeys(("أربعة", "اربعة", "أربع", "اربع"), "4"),
    **dict.fromkeys(("خمسة", "خمس"), "5"), **dict.fromkeys(("ستة", "ست"), "6"), **dict.fromkeys(("سبعة", "سبع"), "7"),
    **dict.fromkeys(("ثمانية", "ثماني", "ثمان"), "8"), **dict.fromkeys(("تسعة", "تسع"), "9"),
    "אפס": "0", "אחת": "1", "אחד": "1", "שתיים": "2", "שתים": "2", "שניים": "2", "שלוש": "3", "שלושה": "3", "ארבע": "4",
    "ארבעה": "4", "חמש": "5", "חמישה": "5", "שש": "6", "שישה": "6", "שבע": "7", "שבעה": "7", "שמונה": "8", "תשע": "9",
    "תשעה": "9",
    "ноль": "0", "нуль": "0", "один": "1", "одна": "1", "два": "2", "две": "2", "три": "3", "четыре": "4", "пять": "5",
    "шесть": "6", "семь": "7", "восемь": "8", "девять": "9",
    "शून्य": "0", "एक": "1", "दो": "2", "तीन": "3", "चार": "4", "पांच": "5", "पाँच": "5", "छह": "6", "सात": "7",
    "आठ": "8", "नौ": "9",
}
_SAID_DIGITS_IN_SCRIPT.update({w: v for w, v in digit_values(SCRIPT_DIGIT_WORDS).items()
                               if w not in _SAID_DIGITS_IN_SCRIPT})
_SAID_DIGITS_IN_SCRIPT.update(ARABIC_TEEN_UNITS)  # round 23: "اثنا عشر" 12
_SAID_DIGITS_IN_SCRIPT.update(HEBREW_UNITS_BEFORE_THOUSANDS)  # round 42 (r42numbers): "ארבעת אלפים" 4000
#: round 22: the tens, teens and hundreds of Russian, Ukrainian, Greek, Turkish and Irish, each its value in figures
#: (a Ukrainian digit word with any apostrophe: "п'ять"); a word of a smaller order joins a round one before it
#: (:func:`_joined_groups`)
_SAID_DIGITS_IN_SCRIPT.update({w.replace("ʼ", mark): v for w, v in list(_SAID_DIGITS_IN_SCRIPT.items()) if "ʼ" in w
                               for mark in ("'", "’")})
for _word, _value in group_number_values().items():
    (_SAID_DIGITS if _word.isascii() else _SAID_DIGITS_IN_SCRIPT).setdefault(_word, _value)
#: round 32 (r32numbers): the numbers of 1 to 999 that Finnish, Hungarian, Afrikaans and Georgian glue into one word
#: ("kaksikymmentäkolme" 23, "ötszázötvenöt" 555, "ორმოცდათხუთმეტი" 55), each its figures: a phone read out in pairs
#: or groups in them is a run as one read digit by digit is; a hundred before more joins the number after it
for _word, _value in glued_number_values().items():
    if _word not in WEAK_DIGIT_WORDS:
        (_SAID_DIGITS if _word.isascii() else _SAID_DIGITS_IN_SCRIPT).setdefault(_word, _value)
#: the combining marks of the scripts above (a Devanagari or Bengali vowel sign, an Arabic vowel): part of a word,
#: though Python's \w does not read them so ("दो", "পাঁচ")
_MARKS = "".join(chr(c) for c in range(0x300, 0xE00) if unicodedata.category(chr(c)).startswith("M"))
#: Hebrew, Arabic, the Indic scripts; round 31: Armenian, Georgian and Ge'ez too (their digit words are read as written,
#: and folding turns their other words into Latin ones: "ჩემი" is "chemi")
_SCRIPT_WITH_OWN_WORDS = re.compile("[\u0530-\u0dff\u10a0-\u10ff\u1200-\u137f]")
_LETTER = rf"(?:[^\W\d_]|[{_MARKS}])"
_NOT_AFTER_LETTER = rf"(?<![^\W_])(?<![{_MARKS}])"
_NOT_BEFORE_LETTER = rf"(?![^\W_]|[{_MARKS}])"
_ACCENTED_LATIN = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")  # "bốn", "pięć", "dört": read folded
#: round 39 (r39arabizi): the digit words of Arabizi written with a digit for a letter ("wa7ed", "arba3a", "5amsa"):
#: one word each, not letters and figures
_DIGIT_WORDS_WITH_FIGURES = sorted({*(w for w in _LATIN_DIGITS if not w.isalpha()),
                                    # round 41 (r41numbers): Arabizi tens and hundreds ("3ashrin", "rub3umiyye")
                                    *(w for w in group_number_values() if any(c.isdigit() for c in w))},
                                   key=len, reverse=True)
_SAID_WORD = re.compile(rf"(?i:{'|'.join(_DIGIT_WORDS_WITH_FIGURES)})(?![^\W_])|{_LETTER}+(?:[-\u02bc'’]{_LETTER}+){{0,2}}|\d")
#: round 41 (r41numbers): the "and" of a number said in Romanian or in Arabizi, folded, as it may stand between two
#: words of a run (each reading it only where :func:`_an_and_word` says)
_AND_GAPS = sorted({fold_text(w) for w in NUMBER_AND_WORDS} | set(AND_AFTER_TENS_OF) | set(AND_BETWEEN_NUMBER_WORDS_OF),
                   key=len, reverse=True)
#: round 41 (r41numbers): the Romanian tens, folded: ASCII "si" after one is its "and" ("patruzeci si cinci"); round
#: 42 (r42numbers): the Swahili tens, "na" after one ("kumi na saba"), by each "and" of
#: :data:`~features.deid.digitwords.AND_AFTER_TENS_OF`
_TENS_BEFORE_AN_AND = {and_word: frozenset(w for v, ws in MORE_GROUP_NUMBER_WORDS[language].items() if 10 <= v < 100
                                           for w in ws.split("/"))
                       for and_word, language in AND_AFTER_TENS_OF.items()}
#: round 43 (r43phones): the number words (folded) of each language whose "and" is read only between two of them
#: (:data:`~features.deid.digitwords.AND_BETWEEN_NUMBER_WORDS_OF`: "ħamsa u ħamsin", "ehun eta hogeita")
_NUMBER_WORDS_OF = {language: frozenset({*digit_values({language: LATIN_DIGIT_WORDS[language]}),
                                         *(w for ws in MORE_GROUP_NUMBER_WORDS[language].values() for w in ws.split("/")),
                                         *(w for w in UNIT_TIMES_WORDS if w.isascii())})
                    for language in set(AND_BETWEEN_NUMBER_WORDS_OF.values())}
#: round 42 (r42numbers): the Swahili number words (folded) that let "mia" and "elfu" multiply (:func:`_times_after`)
_SWAHILI_NUMBER_WORDS = frozenset({*digit_values({"swahili": LATIN_DIGIT_WORDS["swahili"]}),
                                   *(w for ws in MORE_GROUP_NUMBER_WORDS["swahili"].values() for w in ws.split("/")),
                                   *TIMES_THE_UNIT_AFTER_WORDS})
#: the glued "and" of Arabic and Hebrew before a word of a number ("وأربعون", "וארבע")
_GLUED_ANDS = (ARABIC_AND, HEBREW_AND)
#: round 41 (r41numbers): a mark between two words of a run: a multiplier after it multiplies no unit before it
_MARK_IN_A_GAP = re.compile(r"[,;.:/()\u060c\u061b]")
#: round 41 (r41numbers): a run of figures in groups and digit words mixed ("503 two 88 1934"): this many numbers at
#: least (two numbers and a word are a range or a dose: "2019 two 2020"), groups of figures up to four long, and a
#: phone's figures in all
_FEWEST_MIXED_GROUPS = 4
_DATE_OR_TIME_FIGURES = re.compile(r"\d[./:]\d")
_LONGEST_MIXED_GROUP = 4
_MIXED_PHONE_FIGURES = range(7, 16)
#: the fewest digit or spelling words in a row read as one number or code
_FEWEST_SAID = 3
#: a run with figures among its words: this many figures and words at least, one word at least ("5 5 8 null 2")
_FEWEST_MIXED = 5
#: (read on the gap folded: "guión", "myślnik", "тире", "d’union" fold to the words of :data:`_SAID_DASHES`)
#: (round 43, r43phones: and the Arabic comma and semicolon, for the look on a script's words as written: "دوه ویشت، پنځه")
_SAID_GAP = re.compile(rf"[ \t,.;:/()\u060c\u061b-]*+(?:\b(?i:a|trait[ \t]+d'union|"
                       rf"{'|'.join((*_SAID_DASHES, *SAID_JOIN_WORDS, *_AND_GAPS))})[ \t,.;:/()\u060c\u061b-]++)?+")
_ARABIC_AND = ARABIC_AND
#: a said dash between two figures text2num wrote ("2 1 2 guion 4 2 3": "2 1 2-4 2 3"; round 18), written as one
_SAID_DASH_BETWEEN_FIGURES = re.compile(rf"(?<=\d)[ \t,]+(?i:{'|'.join(_SAID_DASHES_AS_WRITTEN)})[ \t,]+(?=\d)")
#: the cheap look for a said dash word in a text (round 19: the numbers text2num reads, with a said dash between them,
#: are read for a phone: "novecentos e onze hífen quatrocentos ...", "zéro six tiret douze tiret trente-quatre ...")
_SAID_DASH_LOOK = re.compile(rf"(?i:\b(?:{'|'.join(_SAID_DASHES_AS_WRITTEN)})\b)")


def _said_value(word: str, *, letters: bool = True) -> str | None:
    lowered = word.lower()
    if lowered.isdigit():
        return lowered
    value = _SAID_DIGITS_IN_SCRIPT.get(lowered)
    if value is None and lowered[:1] in _GLUED_ANDS:
        value = _SAID_DIGITS_IN_SCRIPT.get(lowered[1:])
    if value is not None or _SCRIPT_WITH_OWN_WORDS.search(lowered):
        return value  # "है" (Hindi "is") folds to "hai", the Vietnamese two: a script with its own words is read in them
    folded = fold_text(lowered).replace("'", "")
    if (weak := WEAK_DIGIT_WORDS.get(folded)) is not None:
        return weak
    return _SAID_DIGITS.get(folded) if letters else _DIGIT_BEFORE_LETTER.get(folded, _SAID_DIGITS.get(folded))


def said_number_word(word: str) -> bool:
    """Round 39: whether ``word`` is a digit or number word of the shared tables, any language ("sto", "vierendertig",
    "сорок"; no spelling-alphabet letter): the shared reading, for a side to tell a value said in words from a name."""
    return (_said_value(word) or "").isdigit()


#: round 39: the fewest letters of a number word that is no given name wherever it stands (:func:`a_long_number_word`)
_FEWEST_LETTERS_OF_NO_NAME = 7


def a_long_number_word(word: str) -> bool:
    """Round 39: whether ``word`` is a number of two figures or more in one word of seven letters or more, which no
    given name is ("negenentwintig", "vierendertig", "kaksikymmentä"): after a relation word it is an age, no name
    ("mijn zoon negenentwintig"); shorter number words are names too ("Tien", "Elli", "Sita")."""
    value = _said_value(word) or "" if len(word) >= _FEWEST_LETTERS_OF_NO_NAME else ""
    return len(value) >= 2 and value.isdigit()


def _said_words(text: str) -> list[tuple[int, int, str]]:
    """The words and figures of ``text`` as ``(start, end, word)``: a hyphenated word that is no digit word is read
    as its parts ("six-one-two", "Sechs-Eins-Zwei", "fuenf-fuenf": round 19; "x-ray" stays one)."""
    words: list[tuple[int, int, str]] = []
    for m in _SAID_WORD.finditer(text):
        word, start = m.group(), m.start()
        if "-" in word and _said_value(word) is None:
            for part in re.finditer(r"[^-]+", word):  # round 32: up to three parts ("drie-en-twintig" is one)
                words.append((start + part.start(), start + part.end(), part.group()))
        else:
            words.append((start, m.end(), word))
    return words


@functools.cache
def _said_runs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cheap looks for a run before reading word by word, on the folded text in lower case, and (other scripts) on
    the text as written: three words of :data:`_SAID_DIGITS` or :data:`_SAID_DIGITS_IN_SCRIPT` (or figures) in a row.
    Their words as a trie (:func:`~features.deid.patterns.alternation`)."""
    def run(words: Collection[str]) -> re.Pattern[str]:
        word = rf"{_NOT_AFTER_LETTER}(?:{alternation(words)}|\d{{1,4}}){_NOT_BEFORE_LETTER}"  # round 41: "503 two 88"
        return re.compile(rf"{word}(?:{_SAID_GAP.pattern}{word}){{2,}}")

    times = {w for w in UNIT_TIMES_WORDS if w.isascii()}
    return (run({*_SAID_DIGITS, *WEAK_DIGIT_WORDS, *CZECH_HUNDRED_WORDS, *times, *ONE_BEFORE_A_MULTIPLIER,
                 *TIMES_THE_UNIT_AFTER_WORDS}),
            run({w for k in _SAID_DIGITS_IN_SCRIPT for w in (k, *(a + k for a in _GLUED_ANDS))}
                | set(UNIT_TIMES_WORDS) - times))


@functools.cache
def _nordic_digit_words() -> frozenset[str]:
    return frozenset(digit_values({language: LATIN_DIGIT_WORDS[language] for language in NORDIC_LANGUAGES}))


def _a_weak_word_begins(word: str, strong: str) -> bool:
    """Whether a weak digit word (folded) that begins a run whose first other digit word is ``strong`` (folded)
    begins the number (:data:`~features.deid.digitwords.WEAK_WORDS_THAT_BEGIN`)."""
    return word in WEAK_WORDS_THAT_BEGIN or (word in WEAK_WORDS_THAT_BEGIN_NORDIC_RUNS and strong in _nordic_digit_words()) or (
        word in WEAK_WORDS_THAT_BEGIN_HINDI_RUNS and strong in _hindi_digit_words()) or (
        strong in _digit_words_of(WEAK_WORDS_THAT_BEGIN_RUNS_OF.get(word, ())))


@functools.cache
def _digit_words_of(languages: tuple[str, ...]) -> frozenset[str]:
    """The strong digit words (folded) of ``languages`` of :data:`LATIN_DIGIT_WORDS` (round 31: a weak Albanian word
    begins a run whose first strong word is Albanian)."""
    return frozenset(w for w in digit_values({language: LATIN_DIGIT_WORDS[language] for language in languages})
                     if w not in WEAK_DIGIT_WORDS)


@functools.cache
def _hindi_digit_words() -> frozenset[str]:
    return frozenset(w for w in digit_values({language: LATIN_DIGIT_WORDS[language] for language in HINDI_LANGUAGES})
                     if w not in WEAK_DIGIT_WORDS)


def _a_turkish_ten(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the ``i``-th word is Turkish "on" (ten) before a Turkish unit ("on iki" 12): "on" alone is English;
    round 43 (r43phones): or Kazakh "он" before a Kazakh unit ("он жеті" 17; "он" alone is the Russian "he")."""
    if i + 1 >= len(words) or fold_text(words[i][2].lower()) != TURKISH_TEN:
        return False
    after = words[i + 1][2].lower()
    return fold_text(after) in TURKISH_UNITS | AZERBAIJANI_UNITS if words[i][2].isascii() else after in KAZAKH_UNITS


def _a_czech_hundred(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the ``i``-th word is a Czech hundred said apart after its unit ("sedm set", "čtyři sta", "dvě stě";
    round 39): "set" alone is the Catalan seven, "sta" an Italian word."""
    return i > 0 and fold_text(words[i][2].lower()) in CZECH_HUNDRED_WORDS and (
        fold_text(words[i - 1][2].lower()) in CZECH_UNITS_BEFORE_HUNDREDS)


def _a_phones_length_mixed(text: str, run: list[tuple[int, int, str]]) -> bool:
    """Round 41 (r41numbers): whether a run of figures and digit words is a phone's length in groups ("503 two 88
    1934"): four numbers at least, no group of figures over four, seven to fifteen figures, figures first and last (words
    between), and no date or time among them ("до 31.12.2027": "до" is the Hindi two folded)."""
    if _DATE_OR_TIME_FIGURES.search(text, run[0][0], run[-1][1]) or not (run[0][2].isdigit() and run[-1][2].isdigit()):
        return False
    groups: list[int] = []  # the lengths of the groups of figures (read a figure at a time, glued)
    words = 0
    end = -1
    for start, stop, word in run:
        if not word.isdigit():
            words += 1
        elif start == end and groups:
            groups[-1] += 1
        else:
            groups.append(1)
        end = stop if word.isdigit() else -1
    # three groups of figures at least: two and words between are a number then a year ("type 2 từ năm 2015")
    return (len(groups) + words >= _FEWEST_MIXED_GROUPS and len(groups) >= 3 and max(groups) <= _LONGEST_MIXED_GROUP
            and sum(groups) + words in _MIXED_PHONE_FIGURES)


def _a_multiplier_after_a_unit(words: list[tuple[int, int, str]], i: int, letters: bool) -> bool:
    """Round 41 (r41numbers): whether the ``i``-th word multiplies a unit said right before it ("dört bin", "tujuh
    ratus", "dua puluh", "două mii": :data:`~features.deid.digitwords.UNIT_TIMES_WORDS`)."""
    return i > 0 and _times_word(words[i][2]) != "" and _said_unit(words[i - 1][2], letters) != ""


def _times_word(word: str) -> str:
    """Round 41 (r41numbers): the multiplier ``word`` says (:data:`~features.deid.digitwords.UNIT_TIMES_WORDS`), else
    ``""``."""
    lowered = word.lower()
    return UNIT_TIMES_WORDS.get(lowered) or UNIT_TIMES_WORDS.get(fold_text(lowered), "")


def _a_one_before_a_multiplier(words: list[tuple[int, int, str]], i: int) -> bool:
    """Round 41 (r41numbers): whether the ``i``-th word is a one said only before a multiplier ("o sută", "o mie")."""
    after = ONE_BEFORE_A_MULTIPLIER.get(words[i][2].lower())
    return after is not None and i + 1 < len(words) and fold_text(words[i + 1][2].lower()) in after


def _an_and_word(words: list[tuple[int, int, str]], i: int) -> bool:
    """Round 41 (r41numbers): whether the ``i``-th word is the "and" inside a number said in Romanian or Arabizi
    ("patruzeci și cinci", "miyye w 3ashrin"); ASCII "si" only after a Romanian ten (else the pinyin four); round 43
    (r43phones): Maltese "u", Basque "eta", Malagasy "amby" only between two number words of their language."""
    lowered = words[i][2].lower()
    if (language := AND_BETWEEN_NUMBER_WORDS_OF.get(lowered)) is not None:  # round 43: "ħamsa u ħamsin"
        return 0 < i < len(words) - 1 and all(fold_text(words[k][2].lower()) in _NUMBER_WORDS_OF[language]
                                              for k in (i - 1, i + 1))
    return lowered in NUMBER_AND_WORDS or (
        lowered in _TENS_BEFORE_AN_AND and i > 0 and fold_text(words[i - 1][2].lower()) in _TENS_BEFORE_AN_AND[lowered])


def _a_multiplier_of_the_unit_after(words: list[tuple[int, int, str]], i: int) -> bool:
    """Round 42 (r42numbers): whether the ``i``-th word is a Swahili hundred or thousand ("mia tano" 500, "elfu nne",
    :data:`~features.deid.digitwords.TIMES_THE_UNIT_AFTER_WORDS`) beside another Swahili number word."""
    return words[i][2].lower() in TIMES_THE_UNIT_AFTER_WORDS and any(
        0 <= k < len(words) and fold_text(words[k][2].lower()) in _SWAHILI_NUMBER_WORDS - set(TIMES_THE_UNIT_AFTER_WORDS)
        for k in (i - 1, i + 1))


def _said_unit(word: str, letters: bool) -> str:
    """A unit of one to nine said in a word (no figure), else ``""``."""
    value = "" if word.isdigit() else _said_value(word, letters=letters) or ""
    return value if len(value) == 1 and value in "123456789" else ""


def _times(figures: str, unit: str, times: str, alone: str) -> list[str]:
    """Round 41 (r41numbers): ``figures`` (ending in ``unit``, added to a round number or alone) with the unit
    multiplied by ``times`` ("+10": ten added): one number where the product fits under the round number's zeros, a
    thousand multiplying all of it ("dua puluh tiga ribu" 23000); else the multiplier is a number of its own, its
    value ``alone`` ("beş yüz elli beş yüz yirmi üç": 555 123), or the round number and the product apart."""
    if times == "1000":
        return [str(int(figures) * 1000)]
    rest = int(figures) - int(unit)
    product = int(unit) + 10 if times == "+10" else int(unit) * int(times)
    if rest == 0 or rest % 10 ** len(str(product)) == 0:
        return [str(rest + product)]
    return [figures, alone] if alone.isdigit() else [str(rest), str(product)]


def _joined_groups(words: list[str], *, letters: bool, after_and: list[bool] | None = None,
                   after_a_mark: list[bool] | None = None) -> list[str]:
    """The figures a run of said words gives, a number said in groups joined: a unit before a hundred word multiplied
    ("beş yüz" 500), a unit before a teen word raised by ten (Irish "a dó dhéag" 12, Arabic "ثلاثة عشر" 13), a unit
    before tens said with the Arabic "and" joined to them ("خمسة وأربعون" 45), and a said number of a smaller
    order after a round one added to it ("девятьсот шестнадцать" 916, "сорок два" 42, "on iki" 12); digits said one by
    one stay one by one ("девять ноль ноль" 9 0 0). Figures as written are never joined."""
    figures: list[str] = []
    joinable = False  # whether the last figures are a said number another may join
    previous = ""
    unit = ""  # round 41: the unit said last, which a multiplier after it multiplies
    times_after = ""  # round 42: the multiplier said last of the unit after it ("mia" 100 of "mia tano" 500)
    for k, word in enumerate(words):
        folded = word if _SCRIPT_WITH_OWN_WORDS.search(word) else fold_text(word.lower())
        value = "10" if folded == TURKISH_TEN else _said_value(word, letters=letters) or ""
        if not value and word.lower() in ONE_BEFORE_A_MULTIPLIER:
            value = "1"  # "o sută", "o mie" (read so only before its multiplier: :func:`_a_one_before_a_multiplier`)
        times_after, before = TIMES_THE_UNIT_AFTER_WORDS.get(word.lower(), ""), times_after  # round 42: "mia tano"
        value = value or times_after
        last = figures[-1] if figures and joinable else ""
        czech_hundred = folded in CZECH_HUNDRED_WORDS and previous in CZECH_UNITS_BEFORE_HUNDREDS
        previous, before_folded = folded, previous
        said_unit, unit = unit, (value if not word.isdigit() and len(value) == 1 and value in "123456789" else "")
        if last and before and unit:  # round 42 (r42numbers): a Swahili hundred or thousand times the unit after it
            figures[-1] = str(int(last) + int(before) * (int(unit) - 1))
            unit = ""
        elif last and said_unit and (times := _times_word(word)) and not (after_a_mark and after_a_mark[k]):
            figures[-1:] = _times(last, said_unit, times, value)
            unit = ""
        elif len(last) == 1 and last != "0" and (folded in HUNDRED_WORDS | TEEN_WORDS or czech_hundred):
            figures[-1] = str(int(last) + 10 if folded in TEEN_WORDS else int(last) * 100)
        elif (last and last[0] != "0" and (word[:1] == _ARABIC_AND or (after_and and after_and[k])
                                           or word in TENS_SAID_AFTER_THEIR_UNIT) and len(value) == 2
              and value.endswith("0") and 0 < int(last) % 100 < 10):
            figures[-1] = str(int(last) + int(value))  # Arabic, the unit first: "خمسة وأربعون" 45; Pashto "پنځه پنځوس"
        elif last and before_folded in SCORES_BEFORE_MORE and value.isdigit() and not word.isdigit() and int(value) < 20:
            figures[-1] = str(int(last) + int(value))  # round 43: Basque "berrogeita hamabost" 55
        elif (last and value.isdigit() and not word.isdigit() and value[0] != "0" and len(value) < len(last)
              and last.endswith("0" * len(value))):
            figures[-1] = str(int(last) + int(value))
        else:
            figures.append(value)
            joinable = not word.isdigit()
    return figures


def said_digits_as_figures(text: str, *, letters: bool = True) -> str:
    """``text`` with every run of three or more digit words of :data:`_SAID_DIGITS` (figures among them too)
    written as the figures and letters they say, one by one ("san si wu" -> "3 4 5"); ``text`` itself when it has none.
    Without ``letters``, a word that is a digit in one language and a spelling-alphabet letter in another is read as
    the digit ("siyam tatlo lima": "9 3 5")."""
    folded_words, script_words = _said_runs()
    latin = fold_text(text) if not text.isascii() and _ACCENTED_LATIN.search(text) else text
    # (round 39: a script's words in capitals too, "ВОСЕМЬ ДЕВЯТЬСОТ ШЕСТНАДЦАТЬ …", which the look missed)
    if not (folded_words.search(latin.lower()) or (not text.isascii() and script_words.search(text.lower()))):
        return text
    pieces: list[str] = []
    run: list[tuple[int, int, str]] = []
    last = 0

    def lone_figure(start: int, end: int) -> bool:
        return not (text[start - 1:start].isdigit() or text[end:end + 1].isdigit())

    def flush() -> None:
        nonlocal last
        first_strong = next((fold_text(w.lower()) for _, _, w in run
                             if not w.isdigit() and fold_text(w.lower()) not in WEAK_DIGIT_WORDS), "")
        weak = 0
        while weak < len(run) and (word := fold_text(run[weak][2].lower())) in WEAK_DIGIT_WORDS and not (
                _a_weak_word_begins(word, first_strong)):
            weak += 1
        del run[:weak]
        said = [w for _, _, w in run if not w.isdigit()]
        strong = sum(fold_text(w.lower()) not in WEAK_DIGIT_WORDS for w in said)
        if (strong >= _FEWEST_SAID and len(run) >= _FEWEST_SAID) or (
                said and strong == len(said) and ((
                    len(run) >= _FEWEST_MIXED and all(lone_figure(s, e) for s, e, w in run if w.isdigit()))
                    or _a_phones_length_mixed(text, run))):
            pieces.append(text[last:run[0][0]])
            pieces.append(" ".join(_joined_groups([w for _, _, w in run], letters=letters,
                                                  after_and=[s in after_and for s, _, _ in run],
                                                  after_a_mark=[s in after_a_mark for s, _, _ in run])))
            last = run[-1][1]
        run.clear()

    words = _said_words(text)
    after_and: set[int] = set()  # round 41: the words said right after a number's "and" ("khamsa w 3ashrin")
    after_a_mark: set[int] = set()  # ... and after a comma or another mark: no multiplier of the unit before it
    and_before = False
    for i, (start, end, word) in enumerate(words):
        if run and _an_and_word(words, i):
            and_before = True
            continue
        if run and fold_text(word.lower()) in _SAID_PARTICLES:
            continue
        if _said_value(word, letters=letters) is None and not _a_turkish_ten(words, i) and not (
                run and (_a_czech_hundred(words, i) or _a_multiplier_after_a_unit(words, i, letters))) and not (
                _a_one_before_a_multiplier(words, i) or _a_multiplier_of_the_unit_after(words, i)):
            flush()
            and_before = False
            continue
        if run and not _SAID_GAP.fullmatch(fold_text(text[run[-1][1]:start])):
            flush()
        if and_before and run:
            after_and.add(start)
        if run and _MARK_IN_A_GAP.search(text, run[-1][1], start):
            after_a_mark.add(start)
        and_before = False
        run.append((start, end, word))
    flush()
    return text if not pieces else "".join(pieces) + text[last:]


# Russian and Ukrainian days of the month said as ordinals, read folded ("четырнадцатого марта" -> "chetyrnadtsatogo
# marta" -> "14 marta", "двадцать первого мая" -> "21 maya"), and a figure with its ordinal ending ("17-го мая" ->
# "17 maya")
_RUSSIAN_ORDINAL_STEMS = {
    "perv": 1, "vtor": 2, "tret'": 3, "tret": 3, "chetvert": 4, "chetvyort": 4, "piat": 5, "pyat": 5, "shest": 6,
    "sed'm": 7, "sedm": 7, "vos'm": 8, "vosm": 8, "deviat": 9, "devyat": 9, "desiat": 10, "desyat": 10,
    **{f"{unit}nadtsat": value + 10 for value, units in enumerate(
        (("odin",), ("dve",), ("tri",), ("chetyr",), ("piat", "pyat"), ("shest",), ("sem",), ("vosem",),
         ("deviat", "devyat")), start=1) for unit in units},
    "dvadtsat": 20, "tridtsat": 30,
}
_RUSSIAN_ORDINAL = "(?:" + "|".join(re.escape(s) for s in sorted(_RUSSIAN_ORDINAL_STEMS, key=len, reverse=True)) + ")"
_RUSSIAN_DAY = re.compile(rf"(?i:\b(?:(dvadtsat|tridtsat)'?[ \t]+)?({_RUSSIAN_ORDINAL})(?:'?(?:ogo|ego|oe|ye|yi|yy|e|go|"
                          r"omu|ogo))(?![a-z])|(?<!\d)(\d{1,2})[ \t]*-[ \t]*(?:go|e|ogo|oe|ye|yi|ia|ya)(?![a-z]))")


# the months' names in Russian and Ukrainian, as a day is said with them (genitive): the cheap look before folding
_CYRILLIC_MONTH = re.compile("(?i:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
                             "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)")


def _russian_day(m: re.Match[str]) -> str:
    if m.group(3):
        return m.group(3)
    return str(_RUSSIAN_ORDINAL_STEMS[m.group(2).lower()] + (_RUSSIAN_ORDINAL_STEMS[m.group(1).lower()] if m.group(1) else 0))


#: round 26: a numbered street's kind (a street named by one number said in words: "calle ocho", "eighth street")
_NUMBERED_STREET_KIND = re.compile("(?i)(?<![^\\W\\d_])(?:" + "|".join(
    sorted(map(re.escape, NUMBERED_STREET_KINDS_WRITTEN_OUT), key=len, reverse=True)) + ")(?![^\\W\\d_])")


def numbers_as_figures(text: str) -> list[str]:
    """``text`` with its numbers in words written as figures, once per language that changes it (text2num's
    ``alpha2digit``; a year said in two halves joined: "nineteen forty-seven" -> "1947"; "oh" between digits a
    zero), and digits said one by one in other languages or letters in the NATO alphabet read
    (:func:`said_digits_as_figures`); none when ``text`` holds fewer than two number words (one beside a month's
    name). Lengths differ from ``text``: map spans back by alignment."""
    views: set[str] = set()
    if not text.isascii() and (cjk := cjk_numerals_as_figures(text)) != text:
        views.add(cjk)
    if _says_numbers(text) or _NUMBERED_STREET_KIND.search(text):  # round 26: one number beside "calle", "street"
        views |= {_SAID_DASH_BETWEEN_FIGURES.sub("-", _SAID_ZERO.sub(r"\g<1>0", _SPOKEN_YEAR.sub(r"\1\2", converted)))
                  for language in _NUMBER_LANGUAGES if (converted := alpha2digit(text, language)) != text}
    views |= {said for said in spoken_digit_views(text) if said != text}
    if not text.isascii() and _CYRILLIC_MONTH.search(text) and _RUSSIAN_DAY.search(folded := fold_text(text)):
        views.add(_RUSSIAN_DAY.sub(_russian_day, folded))
    if not text.isascii() and (hangul := hangul_digits_as_figures(text)) != text:
        views.add(hangul)
    return sorted(views)


# Sino-Korean digits said one by one, as a phone number is read out ("공일공 오오오오 일이삼사" for 010 5555 1234; 영 and
# 공 are both zero): a Hangul word made only of them, three or more, is written as its figures. A word of other
# syllables too ("이사", "오늘") stays.
_HANGUL_DIGIT_VALUES = {"영": "0", "공": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6",
                        "칠": "7", "팔": "8", "구": "9"}
#: (round 25: a group particle glued after the word, "공일공에", is dropped with it: a separator, as the comma is)
_HANGUL_DIGIT_WORD = re.compile("(?<![\uac00-\ud7af])([" + "".join(_HANGUL_DIGIT_VALUES) + "]{3,})"
                                f"(?:{'|'.join(HANGUL_GROUP_PARTICLES)})?(?![\uac00-\ud7af])")


def hangul_digits_as_figures(text: str) -> str:
    """``text`` with each Hangul word of three or more Sino-Korean digit syllables written as figures."""
    return _HANGUL_DIGIT_WORD.sub(lambda m: "".join(_HANGUL_DIGIT_VALUES[c] for c in m.group(1)), text)


# Japanese digit readings in katakana, glued in a word as a phone number is read out ("ゼロキュウゼロ イチニサンヨン"), and
# (round 23) in hiragana or kanji, one a word ("はち ぜろ はち きゅう", "八 〇 八"): hiragana is read as katakana; a run of
# words made only of readings or digit kanji, with separators only between them, is written as its figures when it
# holds three readings at least; "イチゴ" (two) or "サンドイッチ" stays.
_KATAKANA_DIGITS = katakana_values()
#: round 32 (r32numbers): a word is a run of one script, read on the text as written: katakana, or hiragana (either
#: with the long vowel mark), or a kanji digit ("電話はゴーゴーゴー": the particle "は" is no part of the digits)
_KANA_DIGIT_WORD = re.compile("[\u30a1-\u30fa\u30fc]+|[\u3041-\u3096\u30fc]+|[" + "".join(KANJI_DIGITS) + "]")
_KANA_DIGIT_GAP = re.compile(f"[{KANA_DIGIT_SEPARATORS}]*")
#: round 25: a run of kana readings across a joiner word ("…のイチニサンの…") is a phone's length: "いち に の さん"
#: (one, two, three!) stays words
_FEWEST_JOINED_KANA = 7
#: the lengths of the readings, longest first (a reading of the longest first, as a phone is said: "キュウ" not "ク")
_READING_SIZES = sorted({len(reading) for reading in _KATAKANA_DIGITS}, reverse=True)
#: round 33 (r33ids): the fewest readings glued at the end of a hiragana word with no particle before them read as a
#: number ("ゆうびんばんごうななななぜろぜろに"): a postcode's length; ordinary words end in fewer ("ぼくはよくしく")
_FEWEST_READINGS_AFTER_A_WORD = 5


def _readings_after(body: str) -> tuple[list[int], list[int]]:
    """For each place of a katakana ``body``, the length of the digit reading that begins a reading of the rest of
    ``body`` as readings alone (0: the rest is no such run), and how many readings that rest holds: read from the
    end, so finding the longest run of readings at a word's end costs the word's length. A long vowel mark after a
    reading is a gap between two (round 33: the dash typed in kana mode, "ナナーナナーゼロ"), never a reading's start."""
    take = [0] * (len(body) + 1)
    count = [0] * (len(body) + 1)
    ends = [False] * len(body) + [True]
    for at in range(len(body) - 1, -1, -1):
        if body[at] == "\u30fc" and ends[at + 1]:
            take[at], count[at], ends[at] = 1, count[at + 1], True
            continue
        for size in _READING_SIZES:
            if at + size <= len(body) and ends[at + size] and body[at:at + size] in _KATAKANA_DIGITS:
                take[at], count[at], ends[at] = size, count[at + size] + 1, True
                break
    return take, count


def _kana_word_digits(word: str) -> tuple[int, str]:
    """Where in a katakana word (or a digit kanji) its digit readings begin and the figures they say; ``(0, "")`` for
    a word that holds none. A copula or particle glued after the readings is dropped (round 32: "…イチナナデス").
    Round 33 (r33ids): a word of hiragana is a run of one script, so it may hold the word before the readings
    ("ばんごうはぜろぜろ…", "ゆうびんばんごうななななぜろぜろに"): the longest run of readings at its end, after a particle
    of :data:`~features.deid.digitwords.KANA_PARTICLES_BEFORE_DIGITS`, or of
    :data:`_FEWEST_READINGS_AFTER_A_WORD` readings after any word."""
    if word in KANJI_DIGITS:
        return 0, KANJI_DIGITS[word]
    ending = next((e for e in KANA_ENDINGS_AFTER_DIGITS if word.endswith(e) and len(word) > len(e)), "")
    for body in dict.fromkeys((word, word[:len(word) - len(ending)])):
        take, count = _readings_after(body)
        start = next((at for at in range(len(body)) if take[at] and body[at] != "\u30fc" and (
            at == 0 or count[at] >= _FEWEST_READINGS_AFTER_A_WORD or body[:at].endswith(KANA_PARTICLES_BEFORE_DIGITS))),
                     None)
        if start is not None:
            figures, at = [], start
            while at < len(body):
                figures.append(_KATAKANA_DIGITS.get(body[at:at + take[at]], ""))
                at += take[at]
            return start, "".join(figures)
    return 0, ""


def _kana_word_figures(word: str) -> str:
    """The figures a katakana word made only of digit readings, or a digit kanji, says; "" for any other word."""
    return _kana_word_digits(word)[1]


def katakana_digits_as_figures(text: str) -> str:
    """``text`` with each run of kana digit readings (glued or one a word) and spaced digit kanji, three readings at
    least, written as figures ("キュウイチゴ" -> "915", "はち ぜろ はち" -> "8 0 8")."""
    if max(text) < "\u3041":
        return text
    written = text.translate(HIRAGANA_TO_KATAKANA)  # same length: spans of one are spans of the other
    kana = written
    for separator in KANA_GROUP_SEPARATORS:  # round 25: a joiner between groups is a space of its length
        kana = kana.replace(separator, " " * len(separator))
    pieces: list[str] = []
    run: list[tuple[int, int, str]] = []
    last = 0
    joined = False  # whether the run goes on across a joiner word: then it must be a phone's length

    def flush() -> None:
        nonlocal last, joined
        if sum(len(figures) for _, _, figures in run) >= (_FEWEST_JOINED_KANA if joined else _FEWEST_SAID):
            pieces.extend((text[last:run[0][0]], " ".join(figures for _, _, figures in run)))
            last = run[-1][1]
        run.clear()
        joined = False

    scripts = "".join(" " if k == " " else t for t, k in zip(text, kana, strict=True))  # joiners blank, as written
    for m in _KANA_DIGIT_WORD.finditer(scripts):
        at, figures = _kana_word_digits(kana[m.start():m.end()])
        if run and (at or not figures or not _KANA_DIGIT_GAP.fullmatch(kana, run[-1][1], m.start())):
            flush()
        if figures:
            joined = joined or (bool(run) and kana[run[-1][1]:m.start()] != written[run[-1][1]:m.start()])
            run.append((m.start() + at, m.end(), figures))
    flush()
    return text if not pieces else "".join(pieces) + text[last:]


# Round 24: Japanese digits in romaji and Sino-Korean digits romanised, one a word ("roku ichi nana san kyu ...",
# "gong il gong il i sam sa o ..."): read per language (Japanese "ni" is two, the Norwegian nine), a run of one
# language's readings with only spaces or punctuation between them written as its figures when it holds three readings
# that are no everyday word (:data:`~features.deid.digitwords.ROMANISED_WEAK_DIGIT_WORDS`), or one among seven
# readings at least (a phone read out mostly in short readings: "il i sam sa o yuk il i"); "I go to San Diego" stays.
_ROMANISED_VALUES = {language: digit_values({language: readings})
                     for language, readings in ROMANISED_DIGIT_READINGS.items()}
#: round 32 (r32numbers): Welsh tens and hundreds ("pedwar deg pedwar" 44, "pum cant" 500): "deg" and "cant" multiply
#: the unit before them (:func:`_romanised_figures`), and the units as they stand before them ("pum", "chwe")
_ROMANISED_VALUES["welsh"] = {**{w: v for w, v in WELSH_UNITS_BEFORE_TENS.items()}, **_ROMANISED_VALUES["welsh"],
                              **dict.fromkeys(TIMES_TEN_WORDS, "10"), **dict.fromkeys(WELSH_HUNDRED_WORDS, "100")}
_ROMANISED_WORD = re.compile(r"[a-z]+")
_ROMANISED_GAP = re.compile(r"[ \t,.;:/-]+")
#: the gap between two readings of a language, a group separator word of it in the middle (round 24)
_ROMANISED_GAPS = {language: re.compile(rf"[ \t,.;:/-]+(?:(?:{'|'.join(words)})[ \t,.;:/-]+)?")
                   for language, words in ROMANISED_GROUP_SEPARATORS.items()}
_ROMANISED_LONG_MACRONS = str.maketrans("ūōŪŌ", "uouo")  # "kyū", "gō": same length, spans stay
#: a run this long needs only one reading that is no everyday word
_FEWEST_ROMANISED_WITH_ONE_STRONG = 7


def _romanised_runs(lowered: str, values: dict[str, str], gap: re.Pattern[str] = _ROMANISED_GAP,
                    ) -> list[tuple[int, int, str]]:
    """``(start, end, figures)`` of each run of the readings of ``values`` in ``lowered`` that says a number, ``gap``
    between two readings (its language's group separator words passed over)."""
    found: list[tuple[int, int, str]] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        strong = sum(m.group() not in ROMANISED_WEAK_DIGIT_WORDS for m in run)
        if strong >= _FEWEST_SAID or (strong and len(run) >= _FEWEST_ROMANISED_WITH_ONE_STRONG):
            found.append((run[0].start(), run[-1].end(), " ".join(_romanised_figures([m.group() for m in run], values))))
        run.clear()

    for m in _ROMANISED_WORD.finditer(lowered):
        if run and m.group() not in values and gap.fullmatch(lowered, run[-1].end(), m.start() + len(m.group()) + 1):
            continue  # a separator word between two groups ("... zero no ichi ..."): the next reading decides
        if run and (m.group() not in values or not gap.fullmatch(lowered, run[-1].end(), m.start())):
            flush()
        if m.group() in values:
            run.append(m)
    flush()
    return found


def _romanised_figures(words: list[str], values: dict[str, str]) -> list[str]:
    """The figures of a run of romanised readings, Welsh tens and hundreds joined (round 32: "pedwar deg pedwar" 44,
    "un deg saith" 17, "pum cant pump deg pump" 555): "deg" or "cant" after a unit multiplies it, a number of a
    smaller order after a round one is added to it; digits said one by one stay one by one."""
    figures: list[str] = []
    for word in words:
        value = values[word]
        last = figures[-1] if figures else ""
        if word in TIMES_TEN_WORDS | WELSH_HUNDRED_WORDS and len(last) == 1 and last != "0":
            figures[-1] = str(int(last) * int(value))
        elif (word not in TIMES_TEN_WORDS | WELSH_HUNDRED_WORDS and len(last) > 1 and last.endswith("0")
              and value != "0" and len(value) < len(last) and last.endswith("0" * len(value))):
            figures[-1] = str(int(last) + int(value))
        else:
            figures.append(value)
    return figures


def romanised_digits_as_figures(text: str) -> str:
    """``text`` with each run of Japanese romaji or romanised Sino-Korean digit readings that says a number written
    as its figures ("roku ichi nana san" -> "6 1 7 3"); ``text`` itself when it has none."""
    lowered = text.translate(_ROMANISED_LONG_MACRONS).lower()
    runs = sorted((run for language, values in _ROMANISED_VALUES.items()
                   for run in _romanised_runs(lowered, values, _ROMANISED_GAPS.get(language, _ROMANISED_GAP))),
                  key=lambda run: (run[0], run[0] - run[1]))
    pieces: list[str] = []
    last = 0
    for start, end, figures in runs:
        if start >= last:  # a run of the other language over the same words: the first and longest is kept
            pieces += [text[last:start], figures]
            last = end
    return text if not pieces else "".join(pieces) + text[last:]


# Round 26: Thai digit words, glued in a word or one a word, groups apart by spaces, dashes or "ขีด" ("ศูนย์แปดหนึ่ง
# สองสามสี่ ห้าหกเจ็ดแปด" for 081 234 5678): a run of seven digit words at least (a phone's length; "สามสี่วัน", three
# or four days, stays) is written as its figures, a group's words glued and the groups apart. Round 43 (r43phones):
# Lao, Khmer and Burmese are read the same way (:data:`~features.deid.digitwords.GLUED_SCRIPT_NUMBERS`), and digits
# among the words (a script's own, "໕໕໕", or ASCII) are figures of the run, three words at least being said.


@dataclass(frozen=True)
class _GluedReader:
    """One script's reading of :data:`~features.deid.digitwords.GLUED_SCRIPT_NUMBERS`: each digit word's digit, each
    part's value (round 42: a number said in groups, "ห้าร้อยห้าสิบห้า" 555, its multipliers and the units said beside a
    ten read only glued to a digit word or another of them), the look for a word or a digit and the gap between two."""

    numbers: GluedScriptNumbers
    digits: dict[str, str]
    parts: dict[str, str]
    word: re.Pattern[str]
    gap: re.Pattern[str]
    first: str  # the script's first letter: a text below it holds none of its words

    @classmethod
    def of(cls, numbers: GluedScriptNumbers) -> _GluedReader:
        digits = digit_values({"words": numbers.digits})
        parts = {**digits, **{w: str(v) for w, v in {**numbers.multipliers, **numbers.units_beside_a_ten}.items()}}
        word = re.compile(f"(?:{'|'.join(sorted(parts, key=len, reverse=True))})(?![{numbers.marks_after}])|\\d")
        separators = "".join(f"|{w}" for w in numbers.separators)
        gap = re.compile(rf"[ \t,.\-–—\u104a\u17d4]*(?:(?:(?!){separators})[ \t,.\-–—\u104a\u17d4]*)?")
        return cls(numbers, digits, parts, word, gap, min(w[0] for w in parts))


_GLUED_READERS = {script: _GluedReader.of(numbers) for script, numbers in GLUED_SCRIPT_NUMBERS.items()}
#: the fewest digit words of a run read as a number; round 43: the fewest words among digits as written
_FEWEST_THAI_DIGITS = 7
_FEWEST_GLUED_WORDS = 3


def _glued_value(reader: _GluedReader, words: list[str]) -> str:
    """Round 42 (r42numbers): the figures of a script's words glued in one group: digit by digit where it holds no
    multiplier ("ศูนย์แปดหนึ่ง" 081), else the number it says ("ห้าร้อยห้าสิบห้า" 555, "สี่พันสี่ร้อยสิบเจ็ด" 4417,
    "ยี่สิบเอ็ด" 21); ``""`` where the words make no number (two units in a row beside a multiplier)."""
    multipliers = reader.numbers.multipliers
    if not any(w in multipliers for w in words):
        return "".join(str(int(w)) if w.isdigit() else reader.digits.get(w, "") for w in words) if all(
            w.isdigit() or w in reader.digits for w in words) else ""
    total, unit = 0, -1
    for word in words:
        if word in multipliers:
            total += (1 if unit < 0 else unit) * multipliers[word]
            unit = -1
        elif unit >= 0 or word.isdigit():
            return ""  # "ห้าห้าร้อย": no number
        else:
            unit = int(reader.parts[word])
    return str(total + max(unit, 0))


def _glued_digits_as_figures(text: str, reader: _GluedReader) -> str:
    """``text`` with each run of seven digit words of ``reader``'s script or more written as figures, groups kept
    apart by a space; round 42 (r42numbers): or of groups said with multipliers that make seven figures or more
    ("ห้าร้อยห้าสิบห้า หนึ่งร้อยยี่สิบสาม ..." 555 123 ...)."""
    if max(text) < reader.first or not reader.word.search(text):
        return text
    pieces: list[str] = []
    last = 0
    run: list[re.Match[str]] = []

    def flush() -> None:
        nonlocal last
        glued: list[list[re.Match[str]]] = []
        for m in run:
            if glued and glued[-1][-1].end() == m.start():
                glued[-1].append(m)
            else:
                glued.append([m])
        groups = [_glued_value(reader, [m.group() for m in group]) for group in glued]
        said = any(m.group() in reader.numbers.multipliers for m in run)
        words = sum(not m.group().isdigit() for m in run)
        if all(groups) and words >= _FEWEST_GLUED_WORDS and (
                sum(map(len, groups)) >= _FEWEST_THAI_DIGITS if said else len(run) >= _FEWEST_THAI_DIGITS):
            pieces.extend((text[last:run[0].start()], " ".join(groups)))
            last = run[-1].end()
        run.clear()

    position = 0
    while (m := reader.word.search(text, position)) is not None:
        if run and reader.gap.fullmatch(text, run[-1].end(), m.start()) is None:
            flush()
        if m.group().isdigit() and text[m.start() - 1:m.start()].isalpha():
            flush()  # a figure glued after a letter of no number word ("A1") begins no run
        run.append(m)
        position = m.end()
    flush()
    return text if not pieces else "".join(pieces) + text[last:]


def thai_digits_as_figures(text: str) -> str:
    """``text`` with each run of Thai digit words read as figures (:func:`_glued_digits_as_figures`)."""
    return _glued_digits_as_figures(text, _GLUED_READERS["thai"])


def glued_script_digits_as_figures(text: str) -> list[str]:
    """Round 43 (r43phones): the views of ``text`` with the runs of number words of each script that glues them (Thai,
    Lao, Khmer, Burmese: :data:`~features.deid.digitwords.GLUED_SCRIPT_NUMBERS`) written as figures, one a script
    that changes it."""
    return [view for reader in _GLUED_READERS.values() if (view := _glued_digits_as_figures(text, reader)) != text]


#: round 33: a measure whose readings are said in digit words (:data:`~features.deid.readingwords.SAID_READING_MEASURES`)
_SAID_READING_MEASURE = re.compile(rf"(?i:{_NOT_AFTER_LETTER}(?:{alternation(SAID_READING_MEASURES)}){_NOT_BEFORE_LETTER})")
#: ... its sentence's words of a phone, and the pieces between commas after it, read within this many characters
_SAID_READING_PHONE_WORDS = frozenset(w.lower() for w in (*PHONE_WORDS, *SAID_READING_PHONE_WORDS))
_SAID_READING_REACH = 160
_SENTENCE_END = re.compile(r"[.!?\n。]")
_READING_PIECE = re.compile(r"[^,;]+")
#: the most digit words a reading said after its measure holds (a unit and its tenth: "шесть и восемь", "six eight")
_MOST_READING_DIGITS = 2


def said_readings_blanked(text: str) -> str:
    """``text`` with the digit words of readings said after their measure blanked, each letter a space (the offsets
    kept): in the sentence after a measure of :data:`~features.deid.readingwords.SAID_READING_MEASURES`, with no word
    of a phone in it, each piece between commas or semicolons that holds one or two digit words, each a single digit
    ("сахар утром шесть и восемь, вечером семь и два", "sugar six eight, seven two, five nine, six one": readings of
    6.8 and 7.2, which read together were eight digits, a phone). A piece of more digit words, or of a number of tens
    ("восемьдесят девять"), stays as written: a phone after a measure word still goes. Round 33; both sides read the
    phones said in words in the text this gives."""
    if not _SAID_READING_MEASURE.search(text):
        return text
    blanked = list(text)
    for measure in _SAID_READING_MEASURE.finditer(text):
        stop = _SENTENCE_END.search(text, measure.end(), measure.end() + _SAID_READING_REACH)
        end = stop.start() if stop is not None else min(len(text), measure.end() + _SAID_READING_REACH)
        words = _said_words(text[measure.end():end])
        if any(fold_text(w.lower()) in _SAID_READING_PHONE_WORDS or w.lower() in _SAID_READING_PHONE_WORDS
               for _, _, w in words):
            continue
        for piece in _READING_PIECE.finditer(text, measure.end(), end):
            digits = [(s, e) for s, e, w in _said_words(piece.group())
                      if not w.isdigit() and len(_said_value(w) or "") == 1]
            said = [w for _, _, w in _said_words(piece.group()) if _said_value(w) is not None]
            if 0 < len(digits) <= _MOST_READING_DIGITS and len(said) == len(digits):
                for s, e in digits:
                    blanked[piece.start() + s:piece.start() + e] = " " * (e - s)
    return "".join(blanked)


def spoken_digit_views(text: str) -> list[str]:
    """``text`` with its digits said in words written as figures, one view per reading that changes it: digit words
    of any language one by one (:func:`said_digits_as_figures`, a word that is also a spelling-alphabet letter read
    both ways), Japanese romaji and romanised Korean digits, Chinese and Japanese numerals, katakana digit readings.
    The shared conversion for anybody's phone said in words; what a side looks for in the views is its own."""
    views = [said_digits_as_figures(text), romanised_digits_as_figures(text)]
    if any(word in text.lower() for word in _DIGIT_BEFORE_LETTER):
        views.append(said_digits_as_figures(text, letters=False))
    if not text.isascii():
        views += [cjk_numerals_as_figures(text), katakana_digits_as_figures(text), *glued_script_digits_as_figures(text)]
    return [view for view in dict.fromkeys(views) if view != text]


def said_dash_number_views(text: str) -> list[str]:
    """The views of :func:`numbers_as_figures` of ``text`` when a said dash word is in it (round 19: numbers of two or
    three figures said as numbers with dash words between them, "zéro six tiret douze tiret trente-quatre ...",
    "novecentos e onze hífen ...", "trecentoquarantasette trattino ..."); none otherwise. The shared conversion for
    anybody's phone so said; what a side looks for in the views is its own."""
    return numbers_as_figures(text) if _SAID_DASH_LOOK.search(text) else []


#: the words for "@" and for "." of :mod:`features.deid.contactwords` as regular alternations, longest first: one
#: spelling of them for the shared view below and for each side's own reading of an e-mail said in words
AT_SIGN_ALTERNATION = "|".join(sorted(map(re.escape, AT_SIGN_WORDS), key=len, reverse=True))
DOT_WORD_ALTERNATION = "|".join(sorted(DOT_WORDS, key=len, reverse=True))
# An e-mail address said with the words for "@" and "." of other languages ("juan punt brown94 arrova outlook punt
# com"): the words between two words written as the signs
_AT_SIGN_SAID = re.compile(r"(?i)(?<=\w)[ \t]+(?:" + AT_SIGN_ALTERNATION + r")[ \t]+(?=\w)")
_DOT_SAID_BETWEEN = re.compile(r"(?i)(?<=\w)[ \t]+(?:" + DOT_WORD_ALTERNATION + r")[ \t]+(?=\w)")


#: round 40 (r40numbers): the words for "@" and "." of a script written with no spaces (Thai), between letters or
#: figures of the Latin alphabet, blanks around them or not ("somchai แอท gmail ดอท com", "nidaแอทhotmailจุดcom"), and
#: a top-level domain said in that script after such a dot ("ดอทคอม", ".com")
_LATIN_BEFORE = r"(?<=[A-Za-z0-9_.+\-])"
_SCRIPT_AT_SAID = re.compile(_LATIN_BEFORE + r"[ \t]*(?:" + "|".join(SCRIPT_AT_WORDS) + r")[ \t]*(?=[A-Za-z0-9])")
_SCRIPT_DOT_SAID = re.compile(_LATIN_BEFORE + r"[ \t]*(?:" + "|".join(SCRIPT_DOT_WORDS) + r")[ \t]*(?=[A-Za-z0-9]|"
                              + "|".join(SCRIPT_TOP_LEVEL_DOMAINS) + ")")
#: round 40: a preposition said for "@" ("ion.popescu la gmail punct com") after a handle's shape (a dot, "_" or a
#: figure inside: "scrie-mi la gmail" is a sentence) and before a mail provider's name
_PREPOSITION_AT_SAID = re.compile(r"(?i)(?<![\w.+-])(?=[a-z0-9+-]*[._\d])([\w.+-]{1,64})[ \t]+(?:"
                                  + "|".join(PREPOSITIONS_FOR_AT) + r")[ \t]+(?=(?:" + "|".join(sorted(MAIL_PROVIDERS))
                                  + r")(?![\w-]))")
#: round 41 (r41numbers): ... and after a handle of any shape where the provider's domain is said in full after it
#: ("emailul meu este mihai punct ionescu la yahoo punct com": the dot said, the handle has no dot of its own)
_PREPOSITION_AT_BEFORE_A_DOMAIN = re.compile(
    r"(?i)(?<![\w.+-])([\w.+-]{1,64})[ \t]+(?:" + "|".join(PREPOSITIONS_FOR_AT) + r")[ \t]+(?=(?:"
    + "|".join(sorted(MAIL_PROVIDERS)) + r")(?:[ \t]*\.[ \t]*|[ \t]+(?:" + DOT_WORD_ALTERNATION
    + r")[ \t]+)[a-z]{2,6}(?![\w-]))")
_SCRIPT_TOP_LEVEL_SAID = re.compile(r"(?<=\.)(?:" + "|".join(SCRIPT_TOP_LEVEL_DOMAINS) + ")")


def said_address_view(text: str) -> str:
    """``text`` with an e-mail address said in words written with its signs ("juan punt brown94 arrova outlook punt
    com" -> "juan.brown94@outlook.com"; round 40: Romanian "ion punct popescu arond gmail punct com", Thai "somchai
    แอท gmail ดอท com"), when a word for "@" is in it; ``text`` itself otherwise. The shared conversion: what is
    looked for in the view is each side's own."""
    said = text
    if not text.isascii() and _SCRIPT_AT_SAID.search(text):
        said = _SCRIPT_AT_SAID.sub("@", said)
        said = _SCRIPT_TOP_LEVEL_SAID.sub(lambda m: SCRIPT_TOP_LEVEL_DOMAINS[m.group()], _SCRIPT_DOT_SAID.sub(".", said))
    if _PREPOSITION_AT_SAID.search(said):
        said = _PREPOSITION_AT_SAID.sub(r"\1@", said)
    elif _PREPOSITION_AT_BEFORE_A_DOMAIN.search(said):
        said = _PREPOSITION_AT_BEFORE_A_DOMAIN.sub(r"\1@", said)
    if _AT_SIGN_SAID.search(said):
        said = _AT_SIGN_SAID.sub("@", said)
    elif said == text:
        return text
    return _DOT_SAID_BETWEEN.sub(".", said)


# Chinese and Japanese numerals (digit by digit "一九四〇", positional "八十八", financial "壹叁捌"), read by cn2an;
# Sino-Korean numerals in Hangul before a date unit ("일월 구일", "천구백사십팔년"), read here.
warnings.filterwarnings("ignore", category=UserWarning, module=r"cn2an\.")  # "不符合格式的数据" per odd numeral
_CJK_NUMERAL = re.compile("[〇零一二两三四五六七八九十百千万壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]")
#: a joiner said between two groups of Chinese numerals (:data:`~features.deid.digitwords.CJK_GROUP_SEPARATORS`)
_CJK_GROUP_SEPARATOR = re.compile(
    rf"(?<={_CJK_NUMERAL.pattern})(?:{'|'.join(CJK_GROUP_SEPARATORS)})(?={_CJK_NUMERAL.pattern})")
_HANGUL_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
_HANGUL_UNITS = {"십": 10, "백": 100, "천": 1000}
_HANGUL_D = "[이삼사오육륙칠팔구]"
_HANGUL_DATE = re.compile(rf"(?<![가-힣])((?:{_HANGUL_D}?천)?(?:{_HANGUL_D}?백)?(?:{_HANGUL_D}?십)?[일이삼사오육륙칠팔구]?)"
                          r"(년|월|일)|(?<![가-힣])(시|유)(월)")
_HANGUL_MONTHS = {"시": 10, "유": 6}  # the two months said irregularly: 시월 (October), 유월 (June)


def _hangul_number(word: str) -> int:
    """The value of a Sino-Korean numeral ("구십삼" -> 93, "천구백사십팔" -> 1948)."""
    total, digit = 0, 0
    for char in word:
        if char in _HANGUL_UNITS:
            total += (digit or 1) * _HANGUL_UNITS[char]
            digit = 0
        else:
            digit = _HANGUL_DIGITS[char]
    return total + digit


def _hangul_date_part(m: re.Match[str]) -> str:
    if m.group(3):
        return f"{_HANGUL_MONTHS[m.group(3)]}{m.group(4)}"
    return f"{_hangul_number(m.group(1))}{m.group(2)}" if m.group(1) else m.group()


@functools.lru_cache(maxsize=4096)
def cjk_numerals_as_figures(text: str) -> str:
    """``text`` with its Chinese and Japanese numerals written as figures ("出生于一九四〇年十月一日" -> "出生于1940年10月1日",
    "壹叁捌零零壹叁捌零零零" -> "13800138000") and Sino-Korean numerals before 년, 월 or 일 too ("일월 구일" -> "1월 9일");
    ``text`` itself when it has none. Lengths differ: map spans back by alignment."""
    if text.isascii():
        return text
    if _CJK_NUMERAL.search(text):
        text = _CJK_GROUP_SEPARATOR.sub("-", text)  # round 25: "五五五杠一二三" is "五五五-一二三"
        with contextlib.suppress(ValueError, KeyError, IndexError, TypeError):  # one it cannot read stays as written
            text = cn2an.transform(text, "cn2an")
    if any(unit in text for unit in "년월일"):
        text = _HANGUL_DATE.sub(_hangul_date_part, text)
    return text


# Round 31 (r31numbers): a number said in words and split over two messages ("my number is five five five one two",
# then "three four four one seven call me"). The shared look for the words of a number at the end of a message and at
# the start of the next; what each side reads across the seam is its own.
#: round 32 (r32numbers): a run of katakana or of hiragana is a word of its own ("電話はゴーゴーゴー": "ゴーゴーゴー")
_KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc"
_SEAM_LETTER = rf"(?:(?![{_KANA}]){_LETTER})"
_SEAM_WORD = re.compile(rf"[\u30a1-\u30fa\u30fc]+|[\u3041-\u3096\u30fc]+|{_SEAM_LETTER}+(?:[-'’\u02bc]{_SEAM_LETTER}+)*|\d+")
#: what may stand between two words of a number said across a seam: blanks, commas, dots, dashes, slashes
_SEAM_WORD_GAP = re.compile(r"[ \t,.;:/()\u3001\u3000-]*")
#: what may end a message after its number (a mark, blanks) or stand before it at the start of the next
_SEAM_WORD_EDGE = re.compile(r"[ \t.,;:!?…)(\u3001\u3002\u3000-]*")
#: the fewest words of a number across a seam, both pieces together, that are no everyday word (figures count)
FEWEST_STRONG_SEAM_WORDS = 2
#: round 32 (r32numbers): the stems of the number words of pairs and hundreds that text2num reads and the cheap list
#: lacks ("quinientos", "veintitrés", "diecisiete", "quatre-vingt", "cinquante"): such a word is read by text2num
_NUMBER_STEM = re.compile(r"(?i)cient|ient[oa]s|veint|dieci|vingt|cent|trent|quarant|cinquant|soixant|septant|nonant|"
                          r"zent|hent|vint|trint|quarent|cinquent|sessent|setent|oitent|novent|zig|ssig|zehn|tig|tien")


def _text2num_number(word: str) -> bool:
    return bool(_NUMBER_STEM.search(word)) and any(
        alpha2digit(word, language).isdigit() for language in _NUMBER_LANGUAGES)


def is_number_word(word: str) -> bool:
    """Whether ``word`` says a number or a digit: figures, a digit word of any language read here (one by one or in
    groups, romanised readings too) or a number word text2num reads. Round 31: a number said in words may be split
    over two messages as one in figures is, so each side looks for these at a seam. Round 32: a word of kana digit
    readings ("ヨンヨンイチナナ"), a hyphenated number ("quarante-quatre") and the pair and hundred words text2num reads
    ("quinientos", "veintitrés") too."""
    lowered = word.lower()
    if lowered.isdigit() or lowered in _NUMBER_WORDS or _said_value(word) is not None:
        return True
    if _times_word(lowered) and fold_text(lowered) not in EVERYDAY_MULTIPLIERS:
        return True  # round 41 (r41numbers): "0722 trei sute" ending a message, "45 67" opening the next
    if any(lowered in values for values in _ROMANISED_VALUES.values()):
        return True
    if "\u3041" <= word[:1] <= "\u30ff":
        return bool(_kana_word_figures(word.translate(HIRAGANA_TO_KATAKANA)))
    if "-" in lowered and all(map(is_number_word, filter(None, lowered.split("-")))):
        return True
    return _text2num_number(lowered)


def _strong_number_word(word: str) -> bool:
    folded = fold_text(word.lower())
    return word.isdigit() or (folded not in WEAK_DIGIT_WORDS and folded not in ROMANISED_WEAK_DIGIT_WORDS)


def _seam_number_run(words: list[re.Match[str]], text: str, edge: int, *, backwards: bool) -> tuple[int, int]:
    """The far end and the strong words of the run of number words next to ``edge`` of ``text`` (``words`` in the
    order read, from ``edge`` on): a join word ("y", "et", "und": :data:`~features.deid.digitwords.NUMBER_JOIN_WORDS`)
    between two number words goes on the run ("cuarenta y cuatro"), never ends it."""
    far, strong, near = edge, 0, edge
    joined = False
    for m in words:
        gap = _SEAM_WORD_EDGE if near == edge else _SEAM_WORD_GAP
        if not (gap.fullmatch(text, m.end(), near) if backwards else gap.fullmatch(text, near, m.start())):
            break
        if near != edge and not joined and m.group().lower() in NUMBER_JOIN_WORDS:
            joined, near = True, (m.start() if backwards else m.end())
            continue
        if not is_number_word(m.group()):
            break
        joined = False
        far = near = m.start() if backwards else m.end()
        strong += _strong_number_word(m.group())
    return far, strong


def number_words_at_the_end(text: str) -> tuple[int, int]:
    """``(start, strong)``: where the run of number words (:func:`is_number_word`) that ends ``text`` (a mark or blanks
    after it) begins, ``len(text)`` when there is none, and how many of its words are no everyday word."""
    return _seam_number_run(list(reversed(list(_SEAM_WORD.finditer(text)))), text, len(text), backwards=True)


def number_words_at_the_start(text: str) -> tuple[int, int]:
    """``(end, strong)``: where the run of number words that starts ``text`` (blanks or a mark before it) ends, 0 when
    there is none, and how many of its words are no everyday word."""
    return _seam_number_run(list(_SEAM_WORD.finditer(text)), text, 0, backwards=False)


def is_whole_number(text: str) -> bool:
    """Whether ``text`` (a message) is nothing but a number: figures or number words (:func:`is_number_word`) with
    blanks and marks ("uno dos tres", "123", "ヨンヨン"). Round 32 (r32numbers): a phone split over three messages
    ("five five five one", "two three", "four four one seven") is read across the middle one when it is whole."""
    body = text.strip(" \t\n.,;:!?…)(\u3001\u3002\u3000-")
    if not body or len(body) > SEAM_WHOLE_REACH:
        return False
    end, _ = number_words_at_the_start(body)
    return end == len(body)


#: the longest middle message read whole across two seams (a number said in words, "veinticinco, treinta y dos")
SEAM_WHOLE_REACH = 120


def every_number_as_figures(text: str) -> list[str]:
    """Round 39 (r39ownernum): the views of :func:`numbers_as_figures` of ``text`` and, besides, ``text`` with every
    number word written as figures, a lone one too (text2num's ``alpha2digit`` with no threshold, once per language
    that changes it; "oh" between figures a zero): a postcode said in words and figures mixed ("zip 98 three 79",
    "código postal noventa y ocho tres setenta y nueve"). The shared conversion; what a side looks for in the views
    (a postcode after its word) is its own, and each asks for the views only after such a word."""
    views = set(numbers_as_figures(text))
    views |= {_SAID_ZERO.sub(r"\g<1>0", converted) for language in _NUMBER_LANGUAGES
              if (converted := alpha2digit(text, language, threshold=0)) != text}
    return sorted(views)
