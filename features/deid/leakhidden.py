"""The leak check's own reading of the fifteenth round's shapes (an outside tester's messages): a payment card's or an
account's last figures after their word, a home's plot in a mobile-home park and the park's name, a room's number, a
Taiwan postcode of three figures after its word, Hijri and Hebrew months of two words with their day, a day and a
month both said as ordinals, a month's name with its day in words, and a date of figures in a file's name.

A check that looks with the redactor's eyes is no check: nothing here calls :mod:`features.deid.hidden_shapes`. The
text is read as written (marks dropped, case kept where it matters): the cue words are found first and the figures
after them are read and weighed by value (a month of 1 to 12, a day of 1 to 31), not by the redactor's patterns. What
the two share is vocabulary only (:mod:`features.deid.worldwords`, :mod:`features.deid.monthnames`).
"""

from __future__ import annotations

import re

from features.deid.leakworld import names_a_month, plain_lower, unaccented
from features.deid.monthnames import TWO_WORD_MONTH_ARTICLES, TWO_WORD_MONTH_HEADS, TWO_WORD_MONTH_TAILS
from features.deid.readingwords import (
    EXPIRY_CUES_IN_CAPITALS,
    EXPIRY_CUES_UNSPACED,
    EXPIRY_PHRASES,
    EXPIRY_WORDS,
    a_packs_expiry_year,
)
from features.deid.worldwords import (
    CARD_WORDS,
    NOT_A_PLACE_AFTER_ROOM,
    PARK_PLOT_WORDS,
    PARK_WORDS,
    ROOM_WORDS,
    TAIL_WORDS,
    THREE_FIGURE_POSTCODE_WORDS,
)


def _any_of(words: tuple[str, ...] | frozenset[str]) -> str:
    """A flat alternation of ``words`` (lower case, marks dropped), longest first, a space any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted({plain_lower(w) for w in words}, key=len,
                                                                        reverse=True))


# --------------------------------------------------------------------------- card and account tails

_TAIL_SAID = re.compile(rf"(?<![\w])(?:{_any_of(TAIL_WORDS)})(?![\w])")
_CARD_SAID = re.compile(rf"(?<![\w/])(?:{_any_of(CARD_WORDS)})(?![\w/])")
#: after the end's word: a preposition or a copula, mask signs, then the figures shown
_FIGURES_AFTER = re.compile(r"[\s:#]*(?:(?:is|are|in|with|by|en|par|auf|em|con|op)\s+)?[x*#.\s-]*(?P<n>\d+)(?![\d])")
#: a card's number masked but its last group: three groups of four mask signs, or two, then four figures
_MASKED_CARD = re.compile(r"(?<![\w*#])(?:[x*#•]{4}[\s-]?){2,3}\d{4}(?!\d)")
_MASKED_AFTER_CARD = re.compile(r"[\s:#]*(?:no\.?\s*|number\s*)?[x*#•]{2,}[\s-]?(?:[x*#•]{2,}[\s-]?)*\d{3,6}(?!\d)")


def has_card_tail(text: str) -> bool:
    """Whether ``text`` holds the last figures of a card or an account: a word of its end with a card or account word
    in the 40 characters before it (or after it, the end said first: "last 4 of my visa are 4417") and three to six
    figures right after, or a card's number masked but for its last group."""
    if not any(c.isdigit() for c in text):
        return False
    plain = plain_lower(text)
    if _MASKED_CARD.search(plain):
        return True
    for cue in _CARD_SAID.finditer(plain):
        if _MASKED_AFTER_CARD.match(plain, cue.end()):
            return True
    for tail in _TAIL_SAID.finditer(plain):
        card_before = _CARD_SAID.search(plain[max(0, tail.start() - 40):tail.start()])
        figures = _FIGURES_AFTER.match(plain, tail.end())
        if card_before and figures and 3 <= len(figures.group("n")) <= 6:
            return True
        if tail.group().startswith(("last", "final")):
            card_after = _CARD_SAID.search(plain, tail.end(), tail.end() + 40)
            if card_after:
                figures = _FIGURES_AFTER.match(plain, card_after.end())
                if figures and 3 <= len(figures.group("n")) <= 6:
                    return True
    return False


# --------------------------------------------------------------------------- parks, plots and rooms

_PARK_SAID = re.compile(rf"\b(?:{_any_of(PARK_WORDS)})\b")
_PLOT_NUMBER = re.compile(rf"\b(?P<w>{_any_of(PARK_PLOT_WORDS)})\.?\s*(?:#|no\.?|number)?\s*\d{{1,4}}[a-z]?\b(?![.,]\d)")
#: what makes a plot's word and number none: "a" before ("a lot 5 days a week"), a count of time or doses after
_A_BEFORE = re.compile(r"\ba\s$")
_COUNT_AFTER = re.compile(r"\s*(?:%|mg|mcg|ml|units?\b|x\b|am\b|pm\b|h\b|hrs?\b|hours?\b|min|days?\b|weeks?\b|"
                          r"months?\b|years?\b|times\b|tabs?\b|pills?\b|doses?\b)")
_PARK_NAMED = re.compile(r"\b[A-Z][\w'’-]{0,24}\s+(?:[A-Z][\w'’-]{0,24}\s+){0,2}(?:MHP|M\.H\.P|(?:Mobile|Manufactured)\s+Home\s+"
                         r"(?:Park|Community|Estates|Village)|Trailer\s+(?:Park|Court|Village)|RV\s+(?:Park|Resort)|"
                         r"Caravan\s+Park)\b")
_ROOM_NUMBER = re.compile(rf"\b(?:{_any_of(tuple(w.rstrip('.') for w in ROOM_WORDS))})\.?\s*(?:#|no\.?|nr\.?|n[o°º]\.?)?\s*"
                          r"\d{1,5}[a-z]?\b(?![.,]\d)")
_OF_A_THING = re.compile(rf"\s+of\s+(?:the\s+|this\s+|that\s+|your\s+|my\s+)?(?:{_any_of(NOT_A_PLACE_AFTER_ROOM)})\b")


def park_or_room_kinds(text: str) -> list[str]:
    """Kinds of a home's place smaller than a state in ``text``: a mobile-home park by its name ("Sunny Acres MHP"),
    a plot's number near a park's word or a trailer's number ("Lot 14 ... park", "trailer 22"), a room's number
    ("room 413", "Zimmer 12"; not "room 2 of the leaflet")."""
    kinds = []
    if _PARK_NAMED.search(unaccented(text)):
        kinds.append("mobile-home park")
    if not any(c.isdigit() for c in text):
        return kinds
    plain = plain_lower(text)
    for m in _PLOT_NUMBER.finditer(plain):
        if _A_BEFORE.search(plain, max(0, m.start() - 2), m.start()) or _COUNT_AFTER.match(plain, m.end()):
            continue
        if m.group("w") == "trailer" or _PARK_SAID.search(plain[max(0, m.start() - 60):m.end() + 60]):
            kinds.append("lot in a park")
            break
    if any(not _OF_A_THING.match(plain, m.end()) for m in _ROOM_NUMBER.finditer(plain)):
        kinds.append("room number")
    return kinds


# --------------------------------------------------------------------------- Taiwan's three-figure postcode

_TAIWAN_POSTCODE = re.compile(rf"(?:{'|'.join(re.escape(w) for w in THREE_FIGURE_POSTCODE_WORDS)})\s*[:：#.-]?\s*"
                              r"\d{3}(?:[\s-]?\d{2,3})?(?!\d)")


def has_three_figure_postcode(text: str) -> bool:
    """Whether ``text`` holds Taiwan's postcode word and three figures or more after it ("郵遞區號 106")."""
    return _TAIWAN_POSTCODE.search(text) is not None


# --------------------------------------------------------------------------- months of other calendars and ordinals

_HEADS = frozenset(TWO_WORD_MONTH_HEADS)
_TAILS = frozenset(TWO_WORD_MONTH_TAILS)
_ARTICLES = frozenset(TWO_WORD_MONTH_ARTICLES)
_LETTER_RUN = re.compile(r"[a-z]+")
_ORDINAL_VALUE = {w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                                                "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                                "nineteenth", "twentieth"), start=1)} | {"thirtieth": 30}
_ORDINAL_TOKEN = r"(?:(?:twenty|thirty)[\s-]*)?[a-z]+|\d{1,2}(?:st|nd|rd|th)"
_ORDINAL_MONTH = re.compile(rf"\b(?P<d>{_ORDINAL_TOKEN})(?:\s+day)?\s+of\s+the\s+(?P<m>{_ORDINAL_TOKEN})\s+month\b")


def _ordinal(word: str) -> int:
    """An ordinal's value ("fourth" 4, "twenty-first" 21, "4th" 4), or 0."""
    if word[:1].isdigit():
        return int(re.sub(r"\D", "", word))
    parts = re.split(r"[\s-]+", word)
    tens = {"twenty": 20, "thirty": 30}.get(parts[0], 0) if len(parts) > 1 else 0
    return tens + _ORDINAL_VALUE.get(parts[-1], 0) if (tens or len(parts) == 1) else 0


def _is_two_word_month(words: list[str]) -> bool:
    """Whether the letter runs ``words`` (lower case) begin with a two-word month: a head, an article or none, a
    tail ("rabi al awwal", "dhul hijjah", "jumada ii")."""
    if len(words) < 2 or words[0] not in _HEADS:
        return False
    rest = words[1:]
    if rest[0] in _ARTICLES and len(rest) > 1:
        rest = rest[1:]
    return rest[0] in _TAILS


_DAY_NEAR = re.compile(r"(?<![\d.,/:])(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d])")


def has_other_month_date(text: str) -> bool:
    """Whether ``text`` holds a day with a Hijri or Hebrew month of two words either side of it ("12 Rabi al-Awwal",
    "Jumada al-Thani 3"), or a day and a month both ordinals ("the fourth of the fourth month")."""
    plain = plain_lower(text)
    if "month" in plain:
        for m in _ORDINAL_MONTH.finditer(plain):
            if 1 <= _ordinal(m.group("d")) <= 31 and 1 <= _ordinal(m.group("m")) <= 12:
                return True
    if not any(c.isdigit() for c in plain):
        return False
    for m in _DAY_NEAR.finditer(plain):
        if not 1 <= int(m.group("d")) <= 31:
            continue
        after = _LETTER_RUN.findall(re.sub(r"^\s+(?:of\s+)?", "", plain[m.end():m.end() + 30]))[:3]
        before = _LETTER_RUN.findall(plain[max(0, m.start() - 30):m.start()])[-3:]
        if _is_two_word_month(after) or any(_is_two_word_month(before[i:]) and before[-1] in _TAILS
                                            for i in range(len(before) - 1)):
            return True
    return False


_DAY_WORD = re.compile(r"\b(?:(?:twenty|thirty)[\s-]*)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                       r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                       r"nineteenth|twentieth|thirtieth)\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?P<w>[^\W\d_]+)\.?,?\s+(?:the\s+)?$")
_MONTH_AFTER = re.compile(r"\s+(?:of|de)\s+(?P<w>[^\W\d_]+)")


def has_month_with_day_word(text: str) -> bool:
    """Whether ``text`` holds a month's name with its day said as an ordinal word, either first ("March fourth",
    "March the twenty-first", "the fourth of March"), the month looked up in the month table
    (:func:`features.deid.leakworld.names_a_month`, so "march" in lower case is a verb)."""
    for m in _DAY_WORD.finditer(text):
        if not 1 <= _ordinal(re.sub(r"\s+", " ", m.group().lower())) <= 31:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        after = _MONTH_AFTER.match(text, m.end())
        if (before and names_a_month(before.group("w"))) or (after and names_a_month(after.group("w"))):
            return True
    return False


#: a whole date of figures with a four-figure year, the year first ("2024-04-12", "2024_04_12", "2024.04.12") or last
#: ("04-12-2024", "12/04/2024"), one separator throughout; and eight figures glued in a file's or a camera's name
#: ("IMG_20240412_101530.jpg", "scan-20240412.pdf", "IMG20240412"), a letter, "_" or "-" against them
_YEAR_FIRST = re.compile(r"(?<![0-9A-Za-z.,/:])(?<!\d-)(?:19|20)\d\d(?P<s>[-/._])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d|[.,]\d)")
_YEAR_LAST = re.compile(r"(?<![0-9A-Za-z.,/:])(?<!\d-)(?P<a>\d{1,2})(?P<s>[-/._])(?P<b>\d{1,2})(?P=s)(?:19|20)\d\d(?!\d|[.,]\d)")
_GLUED_DATE = re.compile(r"(?:(?<=[A-Za-z_-])|(?<![0-9]))(?:19|20)\d\d_?(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
                         r"(?:(?=[_.-][A-Za-z0-9])|(?=[A-Za-z])|(?<=[A-Za-z_-]\d{8})|(?<=[A-Za-z_-]\d{4}_\d{4}))(?!\d)")


#: round 38: a cue's last letter and only signs after it, a CJK colon too ("有効期限：")
_CUE_THEN_SIGNS = re.compile(r"[^\W\d_][\s:.#：-]*\Z")
#: what may stand between a cue written with no spaces and its date ("วันหมดอายุ 12/2027", "使用期限：")
_SIGNS_BEFORE_A_DATE = " \t\n:.#：-"
_CUE_LETTERS = re.compile(r"[^\W\d_]+")


def after_an_expiry_word(text: str, start: int, end: int) -> bool:
    """Whether an expiry word or phrase stands right before the date ``text[start:end]`` with only signs between
    ("exp 12/2026", "EXP: 03/2027", "use by 11/2025", "caduca 06/2027", "有効期限：2027年3月"): a pack's date, no
    person's (round 16), read on the check's own; round 38: only a year a pack's expiry may have
    (:func:`~features.deid.readingwords.a_packs_expiry_year`: "exp 03/1985" is refused). Round 39: a cue of a script
    written with no spaces is read as the text's end ("วันหมดอายุ", which Thai vowel signs split), and a whole date
    after a cue is a pack's too ("Exp. 2028-03-31", "유효기간 2027.12.31")."""
    before = text[max(0, start - 24):start]
    if before.rstrip(_SIGNS_BEFORE_A_DATE).endswith(EXPIRY_CUES_UNSPACED):
        return a_packs_expiry_year(text[start:end])
    if not _CUE_THEN_SIGNS.search(before):
        return False
    written = _CUE_LETTERS.findall(before)[-2:]
    words = [w.lower() for w in written]
    return bool(words) and ((words[-1] in EXPIRY_WORDS and (  # round 41: "ED 07/27", not "my son Ed 03/2029"
        words[-1] not in EXPIRY_CUES_IN_CAPITALS or written[-1].isupper())) or tuple(words) in EXPIRY_PHRASES) and (
        a_packs_expiry_year(text[start:end]))


def has_figure_date(text: str) -> bool:
    """Whether ``text`` holds a whole date of figures (HIPAA Safe Harbor: every date element but the year), a month
    of 1 to 12 and a day of 1 to 31 by value: with a four-figure year either first or last, or glued in a file's
    name ("IMG_20240412_101530.jpg"); round 39: a pack's expiry is none (:func:`after_an_expiry_word`)."""
    if sum(c.isdigit() for c in text) < 6:
        return False
    if any(1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31
           and not after_an_expiry_word(text, m.start(), m.end()) for m in _YEAR_FIRST.finditer(text)):
        return True
    for m in _YEAR_LAST.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if min(a, b) >= 1 and min(a, b) <= 12 and max(a, b) <= 31 and not after_an_expiry_word(text, m.start(), m.end()):
            return True
    return _GLUED_DATE.search(text) is not None


def fifteenth_round_shapes(text: str) -> list[str]:
    """The kinds of identifier shape the fifteenth round's tester found past the check."""
    kinds = []
    if has_card_tail(text):
        kinds.append("card or account tail")
    kinds += park_or_room_kinds(text)
    if not text.isascii() and has_three_figure_postcode(text):
        kinds.append("postcode")
    if has_other_month_date(text) or has_month_with_day_word(text):
        kinds.append("day and month of a date")
    if has_figure_date(text):
        kinds.append("date of figures")
    return kinds
