"""The check's own reading of the owner's phone said digit by digit in words of any language (round 44, r44digits).

No table of digit words ever ends (Kyrgyz, Samoan, Quechua, Tigrinya, Yiddish...), but the owner's digits are known:
said one word a digit, the words repeat where the digits do. The check reads the text in its own way: it splits
the text into stretches between marks that end a run, and, for every stretch, walks windows as long as the phone (or
its last seven or more digits) and holds the two mappings word -> digit and digit -> word, which must both stay
single-valued. The words and limits are shared with the redactor (:mod:`features.deid.digitwords`), the reading is
not: the redactor compares first-seen indices of its own tokens."""

from __future__ import annotations

import re
import unicodedata

from features.deid import digitwords as dw

_IN_A_STRETCH = frozenset(dw.PATTERN_WORD_GAPS + dw.PATTERN_WORD_MARKS)
_GAPS = re.compile("[" + re.escape(dw.PATTERN_WORD_GAPS) + "]+")


def _is_word(piece: str) -> bool:
    """A piece that may stand for a digit: letters (and their marks), short, no function word."""
    core = piece.strip(dw.PATTERN_WORD_MARKS)
    return (0 < len(core) <= dw.LONGEST_PATTERN_WORD and piece not in dw.PATTERN_STOP_WORDS
            and all(c.isalpha() or unicodedata.category(c)[0] == "M" or c in dw.PATTERN_WORD_MARKS for c in piece))


def _bijective(said: list[str], digits: str) -> bool:
    """Whether ``said`` and ``digits`` map one to one, position by position."""
    forth: dict[str, str] = {}
    back: dict[str, str] = {}
    for word, digit in zip(said, digits, strict=True):
        if forth.setdefault(word, digit) != digit or back.setdefault(digit, word) != word:
            return False
    return True


def said_in_the_phones_pattern(text: str, phone: str) -> bool:
    """Whether ``text`` says the owner's ``phone`` (its digits, or the last seven or more of them) one word a digit,
    in words of any language, the words repeating exactly as the digits do."""
    digits = re.sub(r"\D", "", phone)
    tails = [digits[-n:] for n in range(len(digits), dw.FEWEST_PATTERN_DIGITS - 1, -1)
             if n - len(set(digits[-n:])) >= dw.FEWEST_PATTERN_REPEATS]
    if not tails or len(text) < 2 * dw.FEWEST_PATTERN_DIGITS:
        return False
    kept = "".join(c if c.isalpha() or unicodedata.category(c)[0] == "M" or c in _IN_A_STRETCH else "\n"
                   for c in text)
    for stretch in kept.split("\n"):
        said = [w.casefold() for w in _GAPS.split(stretch) if w]
        for start in range(len(said) - dw.FEWEST_PATTERN_DIGITS + 1):
            for tail in tails:
                window = said[start:start + len(tail)]
                if len(window) == len(tail) and all(map(_is_word, window)) and _bijective(window, tail):
                    return True
    return False
