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
from dataclasses import dataclass

import cn2an
from anyascii import anyascii
from text_to_num import alpha2digit

_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-",
                              "‑": "-", "\u00a0": " ", "\u202f": " "})


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
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
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


def fold(text: str) -> Folded:
    """Fold ``text`` (see the module docstring), keeping the map back to the original."""
    if text.isascii():
        return Folded(_unescape(text), tuple(range(len(text))), text)
    pieces: list[str] = []
    source: list[int] = []
    for i, char in enumerate(text):
        folded = fold_char(char)
        pieces.append(folded)
        source.extend([i] * len(folded))
    return Folded(_unescape("".join(pieces)), tuple(source), text)


def fold_text(text: str) -> str:
    """Only the folded text of :func:`fold`."""
    return text if text.isascii() else "".join(fold_char(c) for c in text)


_LOOKALIKE_DIGITS = re.compile(r"(?<=[0-9])[OoIl|]{2,3}(?=[0-9])"  # "9OO123"
                               r"|(?<=[0-9])[OoIl|](?=[0-9 ().\-]*[0-9])|(?<=[0-9][ ().\-])[OoIl|](?=[0-9])"
                               r"|[OoIl](?=[0-9]{2})(?<![A-Za-z][OoIl|])")
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
    zehn elf
"""
_NUMBER_WORDS = frozenset(_NUMBER_WORD_LIST.split())
# a word ending as a number does ("seventeen", "fourteenth") or starting as a German compound does ("zweiundfünfzig")
_NUMBER_ENDINGS = ("teen", "teenth", "zig", "zigsten", "hundert")
_NUMBER_STARTS = ("ein", "zwei", "drei", "vier", "funf", "fünf", "sechs", "sieb", "acht", "neun", "veinti")
_LOWER_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_LANGUAGES = ("en", "fr", "es", "pt", "de", "nl", "da", "it")
_SPOKEN_YEAR = re.compile(r"\b(1[89]|20) (\d\d)\b")  # "nineteen forty-seven" comes out "19 47"


def _says_numbers(text: str) -> bool:
    """Whether ``text`` holds two number words or more (see :data:`_NUMBER_WORDS`)."""
    count = 0
    for word in _LOWER_WORD.findall(text.lower()):
        if word in _NUMBER_WORDS or (len(word) > 5 and (word.endswith(_NUMBER_ENDINGS) or word.startswith(_NUMBER_STARTS))):
            count += 1
            if count == 2:
                return True
    return False


def numbers_as_figures(text: str) -> list[str]:
    """``text`` with its numbers in words written as figures, once per language that changes it (text2num's
    ``alpha2digit``; a year said in two halves joined: "nineteen forty-seven" -> "1947"); none when ``text`` holds
    fewer than two number words. Lengths differ from ``text``: map spans back by alignment."""
    views: set[str] = set()
    if not text.isascii() and (cjk := cjk_numerals_as_figures(text)) != text:
        views.add(cjk)
    if _says_numbers(text):
        views |= {_SPOKEN_YEAR.sub(r"\1\2", converted) for language in _NUMBER_LANGUAGES
                  if (converted := alpha2digit(text, language)) != text}
    return sorted(views)


# Chinese and Japanese numerals (digit by digit "一九四〇", positional "八十八", financial "壹叁捌"), read by cn2an;
# Sino-Korean numerals in Hangul before a date unit ("일월 구일", "천구백사십팔년"), read here.
warnings.filterwarnings("ignore", category=UserWarning, module=r"cn2an\.")  # "不符合格式的数据" per odd numeral
_CJK_NUMERAL = re.compile("[〇零一二两三四五六七八九十百千万壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]")
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
        with contextlib.suppress(ValueError, KeyError, IndexError, TypeError):  # one it cannot read stays as written
            text = cn2an.transform(text, "cn2an")
    if any(unit in text for unit in "년월일"):
        text = _HANGUL_DATE.sub(_hangul_date_part, text)
    return text
