"""The leak check's own reading of the sixteenth round's places and names (nothing here calls the redactor's
:mod:`features.deid.place_shapes` or :mod:`features.deid.recognizers` readings; the two share only the words of
:mod:`features.deid.placewords`).

What it looks for, in a message with its placeholders read as spaces: a Japanese, Chinese or Korean address of two
administrative units or more; a capitalised place after a word of living or moving that is no English or everyday
word; two streets said to cross; a telephone area code said as a place; a given name in lower case after a verb of
passing a message on or closing a message. And in the message as published, placeholders kept: a house number's
first half or fraction left beside an address placeholder ("104-<ADDRESS>", "123<ADDRESS>"). Each kind is read only
when a cheap test of the text lets it, and is read the narrower way where the two sides might differ, so that the
check refuses no text the redactor rightly kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from features.deid.peoplewords import FOREIGN_WORDS_THAT_ARE_NAMES, everyday_words
from features.deid.peoplewords import key as folded_key
from features.deid.placewords import (
    ADDRESS_VERBS,
    AFTER_A_BARE_ZIP,
    AFTER_A_TOLD_NAME,
    AMOUNT_CUES_BEFORE_A_NUMBER,
    AREA_CODE_AFTER,
    AREA_CODE_MOVE_CUES,
    CJK_LOWER_UNITS,
    CJK_NOT_AFTER_A_UNIT,
    CJK_NOT_IN_A_PLACE_NAME,
    CJK_TOP_NAMES,
    CJK_TOP_UNITS,
    CLOSING_BEFORE_A_NAME,
    COMPASS_WORDS,
    CROSSING_CUES,
    CROSSING_JOINS,
    ENGLISH_STREET_KINDS,
    GLUED_STREET_ENDS,
    KINDS_NAMED_BY_A_STREET_WORD,
    KOREAN_MIDDLE_UNITS,
    KOREAN_TOP_UNITS,
    NON_GEOGRAPHIC_AREA_CODES,
    NOT_A_PLACE_AFTER_RESIDENCE,
    NOT_A_STREET_AFTER_A_NUMBER,
    PLACE_NAME_ENDS,
    PLACE_PREPOSITIONS,
    RESIDENCE_CUES,
    STREET_PAIR_BEFORE,
    STREET_WORDS_APART,
)
from features.deid.recognizers import is_medication

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d+(?:st|nd|rd|th)?|&|/")


def _either(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regular alternation of ``words``, longest first, any run of blanks for a space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# --------------------------------------------------------------------------- CJK and Korean units, read as written

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KOREAN_UNITS = re.compile(r"(?<![가-힣])(?=([가-힣]{2,})\s+([가-힣]+))")


def _han_run_places(text: str) -> bool:
    """A run of Han characters holding a city, prefecture or province (two name characters or more before its unit,
    and no everyday word after it) then a smaller unit, or a ward or county then a smaller unit, each of two name
    characters or more."""
    for run in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]+", text):
        for whole in CJK_TOP_NAMES:  # "東京都": its "都" is no unit elsewhere; read as any two names and a city
            run = run.replace(whole, "甲甲市")
        units: list[tuple[str, int]] = []  # each unit's last character and the length of its name, in order
        name = 0
        for i, char in enumerate(run):
            if char in CJK_TOP_UNITS and name >= 2 and run[i + 1:i + 2] not in set(CJK_NOT_AFTER_A_UNIT):
                units.append(("top", name))
            elif char in CJK_LOWER_UNITS and name >= 1:
                units.append((char, name))
            elif char in CJK_NOT_IN_A_PLACE_NAME or char in CJK_TOP_UNITS or char in CJK_LOWER_UNITS:
                units = []
            else:
                name += 1
                continue
            name = 0
            if len(units) >= 2 and (units[-2][0] == "top" or (units[-2][0] in "区區县縣" and units[-2][1] >= 2)):
                return True
    return False


def _korean_places(text: str) -> bool:
    """A city or province word then a district or county word, in Hangul ("서울특별시 강남구")."""
    return any(len(a) >= 3 and a.endswith(KOREAN_TOP_UNITS) and b.endswith(KOREAN_MIDDLE_UNITS) and len(b) >= 2
               for a, b in _KOREAN_UNITS.findall(text))


# --------------------------------------------------------------------------- the check's reading

_RESIDENCE_LOOK = re.compile(rf"(?i:\b(?:{_either(RESIDENCE_CUES)}))\s+(?:(?i:the)\s+)?((?:[A-Z][\w'’.-]*\s*){{1,3}})")
_CROSSING_LOOK = re.compile(rf"(?i:\b(?:{_either(CROSSING_CUES)}))\s+(?:(?i:the)\s+)?([A-Z0-9][^,;.!?\n]{{0,60}})")
_PAIR_LOOK = re.compile(rf"(?i:\b(?:{_either(STREET_PAIR_BEFORE)}))\s+([A-Z0-9][\w'’.]*(?:\s+[A-Z][\w'’.]*)?\s*(?:&|\band\b)"
                        r"\s*[A-Z0-9][\w'’.]*(?:\s+[A-Z][\w'’.]*)?)")
_GLUED_STREET = rf"[A-ZÄÖÜ][^\W\d_]+?(?i:{_either(GLUED_STREET_ENDS)})"
_APART_STREET = rf"[A-ZÄÖÜ][^\W\d_]+\s+(?i:{_either(STREET_WORDS_APART)})"
_SLASH_LOOK = re.compile(rf"{_GLUED_STREET}\s*(?:/|&)\s*(?:{_GLUED_STREET}|{_APART_STREET})")
_AREA_LOOK = re.compile(rf"(?i:\b(?:the|a|an|my|our|his|her|their|new|old)\s+([2-9][0-8]\d)[\s-]+"
                        rf"(?:{_either(AREA_CODE_AFTER)})\b|"
                        r"\barea\s+code(?:\s+(?:is|was|of))?\W{0,3}([2-9][0-8]\d)\b|"
                        rf"\b(?:{_either(AREA_CODE_MOVE_CUES)})\s+the\s+([2-9][0-8]\d)\b(?!\s*(?:mg|mcg|ml|units?)\b)(?![.,%]\d))")
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)\Z")
_TOLD_LOOK = re.compile(rf"(?i:\b(?:{_either(ADDRESS_VERBS)}))\s+([a-z][a-z'’-]+)(?=\s+(?i:{_either(AFTER_A_TOLD_NAME)})\b|"
                        r"\s*[,.!?;:]|\s*$)")
_CLOSING_LOOK = re.compile(rf"(?i:\b(?:{_either(CLOSING_BEFORE_A_NAME)}))\s*,\s*([a-z][a-z'’-]+)[\s.!]*$|"
                           r"^\s*(?i:for)\s+([a-z][a-z'’-]+)\s*,")
#: a house number's first half or fraction right before an address placeholder, as published; round 22: or a house
#: number and a compass word ("3901 S. <ADDRESS>")
_HOUSE_NUMBER_LEFT = re.compile(r"(?<![\w.])\d{1,6}(?:-|/|[½¼¾⅓⅔]|\s*[1-3]/[234]\s*|[a-z]?\s+"
                                rf"(?i:{_either(COMPASS_WORDS)})\.?\s*)?<ADDRESS>")
#: round 22: a word of place and figures, then the words after them, read word by word by :func:`partial_street` and
#: :func:`bare_zip`
_FIGURES_AFTER_PLACE = re.compile(rf"(?i:(?<![\w'’-])(?:{_either(PLACE_PREPOSITIONS)}))\s+(\d{{1,5}}(?:-\d{{4}})?)"
                                  r"([A-Za-z]?)(?=[\s,.;:!?)]|$)((?:\s+[^\s]{1,24}){0,2})")
_COMPASS_SET = frozenset(COMPASS_WORDS)


def partial_street(text: str) -> bool:
    """Whether ``text`` says a house number and a street's first word after a word of place with no street kind
    needed ("lives at 17 Elm", "at 12 Oak", "at 301 W 57th"): the word capitalised and no unit, time, month or
    medicine, or an ordinal after a compass word."""
    for m in _FIGURES_AFTER_PLACE.finditer(text):
        if "-" in m.group(1):
            continue
        words = [w.strip(".,;:!?()") for w in m.group(3).split()]
        if len(words) >= 2 and words[0].lower().strip(".") in _COMPASS_SET and _ORDINAL.match(words[1]):
            return True
        name = words[1] if len(words) >= 2 and words[0].lower() in _COMPASS_SET else words[0] if words else ""
        if name and words[-1] != name and words[-1] in KINDS_NAMED_BY_A_STREET_WORD:
            continue  # "at 10 Oak trees" (round 23): figures that count trees
        if len(name) >= 3 and name[0].isupper() and name[1:].isalpha() and name[1:].islower() and (
                name.lower() not in NOT_A_STREET_AFTER_A_NUMBER and not is_medication(name.lower())):
            return True
    return False


def bare_zip(text: str) -> bool:
    """Whether ``text`` says five figures after a word of place with no postcode word ("visiting cousins in 90210",
    "moved to 10027 last year"): no letter glued, no word after that makes them a quantity ("in 10000 patients"), no
    word of an amount changed or counted just before ("increased to 10000")."""
    for m in _FIGURES_AFTER_PLACE.finditer(text):
        figures = m.group(1)
        if len(figures.split("-")[0]) != 5 or m.group(2) or figures.startswith("000"):
            continue
        after = re.match(r"[^\W\d_]+", m.group(3).strip())
        if after is not None and after.group().lower() not in AFTER_A_BARE_ZIP:
            continue
        if m.group(3).strip()[:1] in ("%", "$", "€", "£", "/"):
            continue
        before = text[max(0, m.start() - 40):m.start()].lower()
        if AMOUNT_CUES_BEFORE_A_NUMBER.intersection(re.findall(r"[^\W\d_]+", before)[-3:]) or re.search(
                r"\d", before[-12:]):
            continue
        return True
    return False


def house_number_left(published: str) -> bool:
    """Whether ``published`` (placeholders kept) holds a house number's part glued to an ``<ADDRESS>``."""
    return "<ADDRESS>" in published and _HOUSE_NUMBER_LEFT.search(published) is not None


class PlaceLook:
    """The kinds of the module docstring; ``is_word`` is the check's own English reading, ``given_names`` its
    gazetteer of given names (lower case)."""

    def __init__(self, is_word: Callable[[str], bool], given_names: frozenset[str]) -> None:
        self.is_word = is_word
        self.given_names = given_names
        self.everyday = everyday_words() | NOT_A_PLACE_AFTER_RESIDENCE

    def _plain(self, word: str) -> bool:
        """An English, everyday or no-place word (lower case, its marks stripped)."""
        folded = word.lower().strip(".'’")
        return folded in self.everyday or folded_key(folded) in self.everyday or self.is_word(folded)

    def _place_words(self, words: list[str]) -> bool:
        """Capitalised words after a residence cue that name a place: none a medicine or no-place word alone, and
        one no everyday word or the last a word a neighbourhood's name ends in."""
        keys = [re.sub(r"['’]s\Z", "", w.lower()).strip(".'’") for part in words for w in part.split("-") if w]
        if not keys or all(k in NOT_A_PLACE_AFTER_RESIDENCE for k in keys):
            return False
        return keys[-1] in PLACE_NAME_ENDS or not all(self._plain(k) for k in keys)

    def _streets(self, said: str, *, cued: bool) -> bool:
        """Whether ``said`` (after a crossing cue, or after "at"/"near" where not ``cued``) is two streets."""
        words = _WORD.findall(said)
        joins = [i for i, w in enumerate(words) if w.lower() in CROSSING_JOINS or w == "&"]
        if not joins or joins[0] == 0 or joins[0] > 3 or joins[0] + 1 >= len(words):
            return False
        first, second = words[:joins[0]], words[joins[0] + 1:joins[0] + 4]
        second = second[:next((i for i, w in enumerate(second) if not (w[:1].isupper() or w[:1].isdigit())),
                              len(second))]
        if not second or not all(w[:1].isupper() or _ORDINAL.match(w) for w in first):
            return False
        both = first + second
        if any(w.lower() in NOT_A_PLACE_AFTER_RESIDENCE and not _ORDINAL.match(w) for w in both):
            return False
        if cued:
            return any(_ORDINAL.match(w) or not self._plain(w) for w in both)
        kinds = {w.lower().strip(".") for w in both} & set(ENGLISH_STREET_KINDS)
        return (any(_ORDINAL.match(w) for w in both) or bool(kinds)) and any(w[:1].isupper() for w in both)

    def kinds(self, text: str) -> list[str]:
        """The kinds found in ``text`` (placeholders read as spaces)."""
        found: list[str] = []
        if (_HAN.search(text) and _han_run_places(text)) or (("시" in text or "도" in text) and _korean_places(text)):
            found.append("address of administrative units")
        if not text.isascii() or any(c.isupper() for c in text):
            if any(self._place_words(m.group(1).split()) for m in _RESIDENCE_LOOK.finditer(text)):
                found.append("place after a word of living or moving")
            if any(self._streets(m.group(1), cued=True) for m in _CROSSING_LOOK.finditer(text)) or any(
                    self._streets(m.group(1), cued=False) for m in _PAIR_LOOK.finditer(text)) or ((
                    "/" in text or "&" in text) and _SLASH_LOOK.search(text)):
                found.append("crossing streets")
        if any(c.isdigit() for c in text) and any(
                (code := next(g for g in m.groups() if g)) not in NON_GEOGRAPHIC_AREA_CODES and code[1:] != "11"
                for m in _AREA_LOOK.finditer(text)):
            found.append("area code said as a place")
        if any(c.isdigit() for c in text):
            if partial_street(text):
                found.append("house number and street's first word")
            if bare_zip(text):
                found.append("ZIP after a word of place")
        if any(name in self.given_names and not self._plain(name) and len(name) >= 3
               and folded_key(name) not in FOREIGN_WORDS_THAT_ARE_NAMES
               for m in (*_TOLD_LOOK.finditer(text), *_CLOSING_LOOK.finditer(text))
               for name in [next(g for g in m.groups() if g).lower()]):
            found.append("name after a verb of passing on")
        return found
