"""Identifier shapes of the fifteenth round, redactor side (an outside tester's messages the project had not
written): the last figures of a payment card or a bank account after their word ("visa ending in 4417", "acct ending
77812", "tarjeta terminada en 4417", "carte se terminant par 4417", "amex xxxx-xxxx-xxxx-1005"); a home's plot in a
mobile-home park and the park's name ("Lot 14, Sunny Acres MHP", "trailer 22"); a room of a care home in other
languages ("Zimmer 12", "chambre 4"); Taiwan's postcode of three figures after its word ("郵遞區號 106"); Hijri and
Hebrew months of two words with their day ("12 Rabi al-Awwal", "Jumada al-Thani 3"); a day and a month both said as
ordinals ("the fourth of the fourth month").

HIPAA Safe Harbor: account numbers, every geographic subdivision smaller than a state and every date element but the
year go. Every pattern reads pass 2's folded view ("郵遞區號" is "YouDiQuHao", "Rabīʿ al-ʾAwwal" is "Rabi` al-'Awwal")
and each runs only when a cheap test of the text lets it. The leak check reads the same kinds on its own
(:mod:`features.deid.leakhidden`); what the two share is vocabulary (:mod:`features.deid.worldwords`,
:mod:`features.deid.monthnames`).
"""

from __future__ import annotations

import re

from features.deid.contactwords import EXTENSION_WORDS, PHONE_WORDS
from features.deid.monthnames import TWO_WORD_MONTH_ARTICLES, TWO_WORD_MONTH_HEADS, TWO_WORD_MONTH_TAILS
from features.deid.normalize import fold_text
from features.deid.recognizers import RegexSpanRecognizer, _has_digit, _p, alternation
from features.deid.worldwords import (
    CARD_WORDS,
    NOT_A_PLACE_AFTER_ROOM,
    PARK_PLOT_WORDS,
    PARK_WORDS,
    ROOM_WORDS,
    TAIL_WORDS,
    THREE_FIGURE_POSTCODE_WORDS,
)


def _blank_spaced(words: tuple[str, ...]) -> str:
    """A trie alternation of ``words`` folded, lower case, each space inside any run of blanks."""
    return alternation(sorted({fold_text(w).lower() for w in words})).replace(r"\ ", "[ \t]+")


# --------------------------------------------------------------------------- card and account tails

_CARD = _blank_spaced(CARD_WORDS)
_TAIL = _blank_spaced(TAIL_WORDS)
#: mask signs before the figures shown ("xxxx-xxxx-xxxx-1005", "****1005", "•••• 1005" folded to "**** 1005")
_MASK = r"(?:[x*#.][ \t-]?){1,19}"


def _may_name_a_tail(text: str) -> bool:
    lowered = text.lower()
    return _has_digit(text) is not None and any(w in lowered for w in (
        "end", "last", "termin", "finis", "finit", "ziffer", "final", "eindig", "acab", "xxx", "***", "###"))


def card_tail_recognizer() -> RegexSpanRecognizer:
    """The last figures of a payment card or a bank account (HIPAA Safe Harbor: account numbers): a card or account
    word, up to three words, a word of its end and three to six figures ("visa ending in 4417", "my debit card
    ending 0932", "acct ending in 77812", "cuenta terminada en 4417", "Karte endet auf 4417"), the end said first
    ("the last 4 of my visa are 4417"), or a card's number masked but for its last group ("xxxx-xxxx-xxxx-1005",
    "**** **** **** 1005", "amex ****1005")."""
    return RegexSpanRecognizer("ID_NUMBER", [
        _p(rf"\b(?:{_CARD})\b(?:[ \t]+[\w'’-]{{1,20}}){{0,3}}?[ \t,:]+(?:{_TAIL})\b[ \t:#]*"
           rf"(?:(?:is|are|in|with|by|en|par|auf|em|con|op|:)[ \t]+)?(?:{_MASK})?(?P<tail>\d{{3,6}})(?![\d.,]\d|\d)", 0.7,
           "tail"),
        _p(rf"\b(?:last|final)[ \t]+(?:4|four|3|three|5|five|6|six)[ \t]+(?:digits?[ \t]+|numbers?[ \t]+)?(?:of|on|from)"
           rf"[ \t]+(?:[\w'’-]{{1,20}}[ \t]+){{0,2}}?(?:{_CARD})\b[ \t:]*(?:(?:is|are|was|were|:)[ \t]+)?"
           r"(?P<tail>\d{3,6})(?![\d.,]\d|\d)", 0.7, "tail"),
        _p(r"(?<![\w*#])(?:[x*#]{4}[ \t-]?){2,3}\d{4}(?![\d.,]\d|\d)", 0.7),
        _p(rf"\b(?:{_CARD})\b[ \t:#]*(?:no\.?[ \t]*|number[ \t]*)?[x*#]{{2,}}[ \t-]?(?:[x*#]{{2,}}[ \t-]?)*(\d{{3,6}})"
           r"(?![\d.,]\d|\d)", 0.7, 1),
    ], name="CardTailRecognizer", gate=_may_name_a_tail)


# --------------------------------------------------------------------------- phone tails (round 23)

_PHONE = _blank_spaced(PHONE_WORDS)
_EXTENSION = _blank_spaced(EXTENSION_WORDS)
#: what after four figures makes them a quantity ("ends in 1200 mg", "ext 1200 steps")
_NO_UNIT_AFTER = (r"(?![\d.,]\d|\d|[ \t]*(?:%|mg|mcg|ml|units?\b|steps\b|kcal|cal\b|mmol|lbs?\b|kg\b|times\b|"
                  r"(?:days?|weeks?|months?|hours?|hrs?|minutes?|mins?)\b))")


def _may_name_a_phone_tail(text: str) -> bool:
    lowered = text.lower()
    return _has_digit(text) is not None and any(w in lowered for w in (
        "end", "last", "termin", "finis", "final", "eindig", "acab", "ext", "x", "...", "…", "***", "durchwahl",
        "anexo", "wewn"))


def phone_tail_recognizer() -> RegexSpanRecognizer:
    """Anybody's phone by its last four figures (HIPAA Safe Harbor: telephone numbers; the owner's own tail is read
    by the text engine): a phone word, up to seven words and a word of its end ("her number ends in 4417", "cell
    ending 4417"), the end said alone ("last four 4417"), an extension ("ext. 4417", "x4417"), or an ellipsis or a mask
    after a phone word ("call her on ...4417", "phone ***-4417"); no unit after the figures."""
    return RegexSpanRecognizer("PHONE_NUMBER", [
        # round 27: up to seven words between, set apart by commas or brackets too ("her mobile, the one from work,
        # ends in 4417"), as far back as the check looks
        _p(rf"\b(?:{_PHONE})\b(?:[ \t,;()]+[\w'’-]{{1,20}}){{0,7}}?[ \t,;:()]+(?:{_TAIL})\b[ \t:#]*"
           rf"(?:(?:is|are|in|with|by|en|par|auf|em|con|op|:)[ \t]+)?(?P<tail>\d{{4}}){_NO_UNIT_AFTER}", 0.7, "tail"),
        _p(rf"\blast[ \t]+(?:four|4)(?:[ \t]+(?:digits|numbers|figures))?[ \t:]*(?:(?:is|are)[ \t]+)?"
           rf"(?P<tail>\d{{4}}){_NO_UNIT_AFTER}", 0.7, "tail"),
        _p(rf"(?<![\w.])(?:{_EXTENSION})\.?[ \t:#]*(?P<tail>\d{{2,5}}){_NO_UNIT_AFTER}", 0.7, "tail"),
        _p(rf"(?<!\d[ \t])(?<![\w.])x[ \t]?(?P<tail>\d{{4}}){_NO_UNIT_AFTER}", 0.6, "tail"),
        _p(rf"\b(?:{_PHONE})\b(?:[ \t]+[\w'’-]{{1,20}}){{0,3}}?[ \t,:]*(?:\.{{3}}|…|(?:[x*#]{{3}}[ \t.-]?){{1,2}})[ \t]?"
           rf"(?P<tail>\d{{4}}){_NO_UNIT_AFTER}", 0.7, "tail"),
    ], name="PhoneTailRecognizer", gate=_may_name_a_phone_tail)


# --------------------------------------------------------------------------- parks, lots and rooms

_PARK = _blank_spaced(PARK_WORDS)
_PLOT = _blank_spaced(PARK_PLOT_WORDS)
_ROOM = _blank_spaced(tuple(w.rstrip(".") for w in ROOM_WORDS))
_NOT_A_PLACE = _blank_spaced(NOT_A_PLACE_AFTER_ROOM)
_PARK_NEAR = re.compile(rf"\b(?:{_PARK})\b", re.IGNORECASE)
#: a park's name: capitalised words before "MHP", "Mobile Home Park", "Trailer Park", "RV Park", "Caravan Park" (each
#: word of bounded length: a run of "Ab-Ab-..." read whole from each capital was a square)
_PARK_NAME = (r"\b(?:[A-Z][\w'’-]{0,24}[ \t]+){1,3}(?:MHP|M\.H\.P\.?|(?:Mobile|Manufactured)[ \t]+Home[ \t]+(?:Park|Community|"
              r"Estates|Village)|Trailer[ \t]+(?:Park|Court|Village)|RV[ \t]+(?:Park|Resort)|Caravan[ \t]+Park)\b")


#: a count of time or of doses after a plot's number: no plot ("space 2 hours apart", "site 2 times")
_NO_COUNT_AFTER = (r"(?![ \t]*(?:%|mg|mcg|ml|units?\b|x\b|am\b|pm\b|h\b|hrs?\b|hours?\b|min|days?\b|weeks?\b|"
                   r"months?\b|years?\b|times\b|tabs?\b|pills?\b|doses?\b))")


def _in_a_park(m: re.Match[str]) -> bool:
    """A plot's number is a home's place in a park when a park's word is within 60 characters either side (a lot
    alone is a medicine's batch: "lot 14 was recalled"); a trailer's number is a home's place anywhere."""
    if m.group("word").lower().startswith("trailer"):
        return True
    near = m.string[max(0, m.start() - 60):m.end() + 60]
    return _PARK_NEAR.search(near) is not None


def _may_name_a_park_or_room(text: str) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in ("park", "mhp", "m.h.p", "trailer", "caravan", "mobile", "room", "rm", "zimmer",
                                      "chambre", "habitac", "stanza", "quarto", "kamer", "sala", "pokoj"))


def park_and_room_recognizer() -> RegexSpanRecognizer:
    """A home's place smaller than a state (HIPAA Safe Harbor): a mobile-home or trailer park's name ("Sunny Acres
    MHP", "Pine Ridge Mobile Home Park"), a plot's number near a park's word ("Lot 14, Sunny Acres MHP", "space 9 at
    the trailer park"), a trailer's number ("trailer 22"), and a room of a care home or hospital in other languages
    ("room no. 413", "Zimmer 12", "chambre 4", "habitación 23"; "room 413" is an address unit of
    :func:`features.deid.recognizers.address_recognizers` too), not the room of a leaflet or a game ("room 2 of the
    leaflet")."""
    return RegexSpanRecognizer("STREET_ADDRESS", [
        _p(_PARK_NAME, 0.7, flags=0),
        _p(rf"(?<!\ba[ \t])\b(?P<word>{_PLOT})\.?[ \t]*(?:#|no\.?|number)?[ \t]*\d{{1,4}}[A-Za-z]?\b(?![.,]\d)"
           rf"{_NO_COUNT_AFTER}", 0.7, accept=_in_a_park, gate=_has_digit),
        _p(rf"\b(?:{_ROOM})\.?[ \t]*(?:#|no\.?|nr\.?|n[o°º]\.?)?[ \t]*\d{{1,5}}[A-Za-z]?\b(?![.,]\d)"
           rf"(?![ \t]+of[ \t]+(?:the[ \t]+|this[ \t]+|that[ \t]+|your[ \t]+|my[ \t]+)?(?:{_NOT_A_PLACE})\b)", 0.6,
           gate=_has_digit),
    ], name="ParkAndRoomRecognizer", gate=_may_name_a_park_or_room)


# --------------------------------------------------------------------------- Taiwan's three-figure postcode

_THREE_FIGURE_WORDS = alternation(sorted({fold_text(w).lower() for w in THREE_FIGURE_POSTCODE_WORDS}))


def three_figure_postcode_recognizer() -> RegexSpanRecognizer:
    """Taiwan's postcode after its word, three figures and the two or three of its 3+2 or 3+3 form if written
    ("郵遞區號 106", "郵遞區號：10603", "郵遞區號 106-03"): its first three figures name a district, smaller than a
    state."""
    return RegexSpanRecognizer("ZIP_CODE", [
        _p(rf"(?:{_THREE_FIGURE_WORDS})[ \t:#.-]*(?:(?:is|wei|shi)[ \t]+)?(\d{{3}}(?:[ \t-]?\d{{2,3}})?)(?!\d)", 0.7, 1),
    ], name="ThreeFigurePostcodeRecognizer", gate=lambda text: "quhao" in text.lower())


# --------------------------------------------------------------------------- months of two words, ordinal months

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
#: a Hijri or Hebrew month of two words as folded: "Rabi al-Awwal", "Rabi` al-'Awwal", "Rabiul Akhir", "Dhul Hijjah",
#: "Jumada II", "Adar Bet"
_TWO_WORD_MONTH = (rf"(?:{alternation(TWO_WORD_MONTH_HEADS)})['`’]?(?:[ \t-]*(?:{alternation(TWO_WORD_MONTH_ARTICLES)})"
                   rf"(?=[ \t'`’-]))?[ \t'`’-]+(?:{alternation(TWO_WORD_MONTH_TAILS)})\b")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth")
_DAY_ORDINALS = (*_ORDINALS, "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                 "nineteenth", "twentieth", "thirtieth")
#: a day said as an ordinal: "fourth", "fourteenth", "twenty-first", "thirty first"
_DAY_ORDINAL = rf"(?:(?:twenty|thirty)[ \t-]*)?(?:{alternation(_DAY_ORDINALS)})"
_MONTH_ORDINAL = alternation(_ORDINALS)
_DAY_FIGURE_ORDINAL = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
_MONTH_FIGURE_ORDINAL = r"(?:0?[1-9]|1[0-2])(?:st|nd|rd|th)"


def _may_name_another_month(text: str) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in ("rab", "jum", "jam", "dh", "zu", "zi", "thul", "adar", "menachem", "month"))


def other_month_recognizer() -> RegexSpanRecognizer:
    """The day and month of a date (HIPAA Safe Harbor: every date element but the year) with a Hijri or Hebrew month
    of two words, the day either side ("12 Rabi al-Awwal", "Jumada al-Thani 3", "10 Dhul Hijjah", "Adar II 14"; the
    one-word months are in the month table: "14 Tishrei"), and a day and month both ordinals ("the fourth of the
    fourth month", "4th day of the 4th month")."""
    return RegexSpanRecognizer("DATE_TIME", [
        _p(rf"(?<![\d.,/:]){_DAY}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_TWO_WORD_MONTH}", 0.7, gate=_has_digit),
        _p(rf"\b{_TWO_WORD_MONTH}[ \t,]*{_DAY}(?:st|nd|rd|th)?(?![\d.,:/]\d|\d|[ \t]*(?:%|mg|mcg|ml|units?\b|x\b|am\b|"
           r"pm\b|tabs?\b|pills?\b|times\b|doses?\b))", 0.7, gate=_has_digit),
        _p(rf"\b(?:the[ \t]+)?(?:{_DAY_ORDINAL}|{_DAY_FIGURE_ORDINAL})(?:[ \t]+day)?[ \t]+of[ \t]+the[ \t]+"
           rf"(?:{_MONTH_ORDINAL}|{_MONTH_FIGURE_ORDINAL})[ \t]+month\b", 0.7),
    ], name="OtherMonthRecognizer", gate=_may_name_another_month)


def hidden_shape_recognizers() -> list[RegexSpanRecognizer]:
    """The recognizers of this module, ready to add to the text engine's rules."""
    return [card_tail_recognizer(), phone_tail_recognizer(), park_and_room_recognizer(), three_figure_postcode_recognizer(),
            other_month_recognizer()]
