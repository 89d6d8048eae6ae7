"""Identifier shapes the other recognizers miss (the ninth black-box round): ages over 89 said in words, ordinals,
spaced figures, Roman numerals or clinical slashes; block and street addresses written the Russian, Ukrainian,
Bulgarian, Greek and Japanese way; device serials with no device word; the day and month of a hospital stay with no
year. Every pattern reads pass 2's folded view (anyascii: "ул." is "ul.", "Οδός" is "Odos", "丁目" is "DingMu").

Kept apart from :mod:`features.deid.recognizers` so that each kind is one small recognizer with its own gate: most
messages hold none of the cues, and a substring test costs far less than the patterns. The leak check reads the
same kinds on its own, from the text as written (:func:`features.deid.leakcheck.identifier_shapes`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from presidio_analyzer import LocalRecognizer

from features.deid.agewords import (
    AGE_WORDS_AFTER_A_NUMBER_WORD,
    AMOUNTS_AFTER_A_FIGURE,
    MORE_UNITS_AFTER_A_FIGURE,
    NOT_AGE_AFTER_A_NUMBER_WORD,
    YEARS_WORDS,
)
from features.deid.hidden_shapes import hidden_shape_recognizers
from features.deid.more_shapes import more_shape_recognizers
from features.deid.normalize import fold_text, said_number_word
from features.deid.place_shapes import place_recognizers
from features.deid.readingwords import COUNTED_THINGS, READING_UNITS
from features.deid.recognizers import (
    _NOT_A_QUANTITY,
    _SPELLED_OLD_AGE,
    COMMON_WORDS,
    OLDEST_AGE_KEPT,
    RegexSpanRecognizer,
    _has_digit,
    _has_two_digits,
    _p,
    is_medication,
)
from features.deid.world_shapes import world_shape_recognizers

# --------------------------------------------------------------------------- ages over 89

#: what a person's age is called in the languages patients write, folded ("edad", "âge", "Alter", "età", "idade",
#: "leeftijd", "wiek", "возраст", "ηλικία", "yaş")
_AGE_WORD = r"(?:age|aged|edad|alter|eta|idade|leeftijd|wiek|vozrast|vik|ilikia|elikia|yas|umur|ald(?:er|ur))"
#: ninety to a hundred and nineteen in Dutch, Polish, Russian and Ukrainian (the Romance languages and German are
#: :data:`~features.deid.recognizers._FOREIGN_SPELLED_OLD_AGE`'s)
_MORE_SPELLED_OLD_AGE = (r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en)?negentig|honderd\w{0,12}|"
                         r"dziewiecdziesiat\w*|devyanost\w*|dev'?ianost\w*|dev'?yanost\w*")
_ENGLISH_UNIT_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_ENGLISH_TEEN_ORDINAL = (r"(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                         r"nineteenth)")
#: ninetieth to a hundred and nineteenth, in words or figures ("ninety-third", "hundredth", "94th")
_OLD_ORDINAL = (rf"(?:ninety[ \t-]?{_ENGLISH_UNIT_ORDINAL}|ninetieth|(?:(?:one|a)[ \t-]+)?hundredth|"
                rf"(?:(?:one|a)[ \t-]+)?hundred[ \t-]+(?:and[ \t-]+)?(?:{_ENGLISH_UNIT_ORDINAL}|{_ENGLISH_TEEN_ORDINAL})|"
                r"(?:9\d|1[01]\d)(?:st|nd|rd|th))")
#: a Roman numeral (its value is looked at by :func:`_roman_over_89`)
_ROMAN = r"([ivxlc]{2,9})"
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
#: what makes a spelled number no age: a quantity, a unit or money after it ("ninety minutes", "noventa días")
_NOT_AN_AGE_AMOUNT = (r"(?![ \t-]+(?:and[ \t-]+)?(?:thousand|twenty|thirty|forty|fifty|sixty|seventy|eighty)\b)"
                      r"(?![ \t-]*(?:%|percent|per|mg|mcg|ml|units?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
                      r"pills?|tablets?|doses?|times|dollars?|euros?|pounds?|lbs?|kg|steps|calories|miles?|km|degrees?|"
                      r"dias|jours|tage|giorni|dagen|minut\w*|pastillas|comprim\w*|tabletten|pillen|keer|mal|fois|veces|volte|vezes|"
                      r"raz|razy)\b)")
#: a reading spoken of just before a number: no age ("glucose ninety-four", "sugar was ninety five")
_MEASURE_BEFORE = re.compile(r"\b(?:glucose|sugar|bg|bs|bp|pressure|pulse|hr|heart|weight|weighs?|spo2|o2|oxygen|sats?|"
                             r"temp\w*|fever|a1c|readings?|level|score|count|number|room|page|bed|floor|speed|mph|"
                             r"batter\w*)\b[^.!?\n]{0,20}\Z", re.IGNORECASE)


def _roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral (``None`` for letters that are none, "vix", "iiii")."""
    values = [_ROMAN_VALUES[c] for c in numeral.lower()]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if _to_roman(total) == numeral.lower() else None


def _to_roman(value: int) -> str:
    out = []
    for number, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"),
                            (1, "i")):
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


def _roman_over_89(m: re.Match[str]) -> bool:
    """A Roman numeral of 90 to 119 after an age word ("Age: XCIV")."""
    value = _roman_value(m.group(1))
    return value is not None and OLDEST_AGE_KEPT < value < 120


#: round 34: counts of medicine and measures after a spelled number (the shared tables: "ninety capsules left", "a
#: hundred sachets", "dziewięćdziesiąt kapsułek"), folded as pass 2 reads them, lower case
_COUNTED_AFTER = frozenset(fold_text(w).lower() for w in (*READING_UNITS, *COUNTED_THINGS, *MORE_UNITS_AFTER_A_FIGURE,
                                                          *AMOUNTS_AFTER_A_FIGURE))
_WORD_AFTER = re.compile(r"[ \t-]*([^\W\d_]+)")
#: round 34: a word of years and one of a span of time after the number ("devyanosto let nazad", "ninety years ago"),
#: folded
_YEARS_BEFORE_A_SPAN = frozenset(fold_text(w).lower() for w in (*AGE_WORDS_AFTER_A_NUMBER_WORD, *YEARS_WORDS))
_SPAN_AFTER = frozenset(fold_text(w).lower() for w in NOT_AGE_AFTER_A_NUMBER_WORD)
_SPAN_WORDS_AFTER = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)")


def _no_measure_before(m: re.Match[str]) -> bool:
    """No reading spoken of just before the number ("glucose ninety-four" is a reading), and (round 34) no count or
    measure of the shared tables right after it ("ninety capsules left") nor years of a span ("девяносто лет
    назад")."""
    after = _WORD_AFTER.match(m.string, m.end())
    span = _SPAN_WORDS_AFTER.match(m.string, m.end())
    return _MEASURE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is None and not (
        after and after.group(1).lower() in _COUNTED_AFTER) and not (
        span and span.group(1).lower() in _YEARS_BEFORE_A_SPAN and span.group(2).lower() in _SPAN_AFTER)


#: round 41 (r41numbers): the word right before a find
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t-]+\Z")


def _no_measure_nor_number_before(m: re.Match[str]) -> bool:
    """:func:`_no_measure_before`, and (round 41) no number word right before a hundred ("two hundred milligrams",
    "nineteen hundred": the hundred multiplies it, no age of a hundred)."""
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    return _no_measure_before(m) and not (before is not None and m.group().lower().lstrip(" \t-").startswith("hundred")
                                          and said_number_word(before.group(1)))


def _may_spell_an_old_age(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in ("ninet", "hundred", "negentig", "honderd", "dziewiecdziesiat", "devyanost",
                                            "devianost", "dev'"))


def _may_cue_an_age(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in ("age", "edad", "alter", "eta", "idade", "leeftijd", "wiek", "vozrast", "vik",
                                            "ilikia", "elikia", "yas", "umur", "ald", "year", "ans", "ano", "anni", "jahr",
                                            "jaar", "lat", "let", "god"))


def _may_slash_an_age(text: str) -> bool:
    return "/" in text and _has_two_digits(text) is not None


def old_age_shape_recognizer() -> RegexSpanRecognizer:
    """Ages over 89 (HIPAA Safe Harbor) that :func:`~features.deid.recognizers.other_recognizers` does not read:
    spelled with no verb before them ("at ninety-four", "ninety-four and still sharp", "vierennegentig jaar", "ей
    девяносто два"), ordinals ("in her ninety-third year", "94th year", "im 94. Lebensjahr", "dans sa 94e année"),
    figures spaced or written in Roman numerals after an age word ("age: 9 4", "Age: XCIV", "edad 94"), and ages
    slashed with a sex as clinical notes write them ("Age/Sex: 94/F", "F/93", "M / 101")."""
    spaced = r"(9[ \t]+\d|1[ \t]+[01][ \t]+\d|9[ \t]*[-_.][ \t]*\d)"
    return RegexSpanRecognizer("AGE", [
        _p(rf"(?<![\w-])({_SPELLED_OLD_AGE[1:-1]}|(?:{_MORE_SPELLED_OLD_AGE})(?:[ \t]+(?:dva|dve|tri|chetyre|odin|odna|"
           rf"piat'?|pyat'?|shest'?|sem'?|vosem'?|deviat'?|devyat'?|dwa|trzy|cztery|piec|szesc|siedem|osiem|dziewiec))?)"
           rf"(?![\w-]){_NOT_AN_AGE_AMOUNT}", 0.65, 1, accept=_no_measure_nor_number_before, gate=_may_spell_an_old_age),
        # round 33: not the end of an Afrikaans number ("vier-en-negentig", read whole by the number-word reading)
        # nor before "ago" ("negentig jaar geleden", "vier-en-negentig jaar gelede")
        _p(rf"(?<![\w-])({_MORE_SPELLED_OLD_AGE})(?:[ \t]+[a-z]+)?(?=[ \t]+(?:jaar|jarige?|lat|lata|let|goda?|rokiv|roky)\b)"
           rf"(?![ \t]+\w+[ \t]+(?:geleden|gelede|terug|temu|nazad|tomu)\b)", 0.7, 0, gate=_may_spell_an_old_age),
        _p(rf"\b({_OLD_ORDINAL})[ \t]+(?:year|birthday|bday)\b", 0.7, 1, gate=_may_cue_an_age),
        _p(r"(?<![\d.,])((?:9\d|1[01]\d)\.?)[ \t]*(?:lebensjahr\w*)|(?<![\d.,])((?:9\d|1[01]\d)(?:e|eme|o|a))"
           r"[ \t]+(?:annee|ano|anno|anniversaire|cumpleanos|compleanno)\b", 0.7, 0, gate=_may_cue_an_age),
        _p(rf"\b{_AGE_WORD}\b[ \t]*(?:[:=#-]|is|of)?[ \t]*{spaced}(?!\d|[.,]\d)", 0.7, 1, gate=_may_cue_an_age),
        _p(rf"\b{_AGE_WORD}\b[ \t]*[:=]?[ \t]*(9\d|1[01]\d)(?!\d|[.,/]\d|[ \t]*%){_NOT_A_QUANTITY}", 0.7, 1,
           gate=_may_cue_an_age),
        _p(rf"\b{_AGE_WORD}\b[ \t]*(?:[:=-]|is|of)?[ \t]*{_ROMAN}\b", 0.7, 1, accept=_roman_over_89, gate=_may_cue_an_age),
        _p(rf"\b{_ROMAN}[ \t]+(?:years?[ \t]+old|yrs?|y/o|ans|anos|anni|jahre|jaar|lat|let|goda)\b", 0.7, 1,
           accept=_roman_over_89, gate=_may_cue_an_age),
        # "94/F", "94 / m", "F/93", "w/ 95" (German weiblich), the age and the sex in either order
        _p(r"(?<![\d./:])(9\d|1[01]\d)[ \t]*/[ \t]*(?:f|m|w|female|male|fem|masc)(?![a-z\d])", 0.7, 1,
           gate=_may_slash_an_age),
        _p(rf"(?<![\w/])(?:f|m|female|male|fem|masc)[ \t]*/[ \t]*(9\d|1[01]\d)(?![\d./]){_NOT_A_QUANTITY}", 0.7, 1,
           gate=_may_slash_an_age),
    ], name="OldAgeShapeRecognizer")


# --------------------------------------------------------------------------- block and street addresses

#: Russian, Ukrainian and Bulgarian street words, folded: short forms only with their dot ("ul.", "vul.", "bul.",
#: "pr.", "per.", "prov.", "pl.", "nab.", "sh.", "zh.k." for ж.к., "kv-l" for квартал), whole words alone
_CYRILLIC_STREET_CUE = (r"(?:(?:ul|vul|bul|pr|prosp|pr-t|per|prov|pl|nab|sh|mkr|kv-l|zh[ \t]*\.[ \t]*k|pl-d)\.|"
                        r"ulitsa|ulitsy|ulitse|vulitsya|vulytsia|vulytsya|vulitsia|prospekt|pereulok|provulok|bul'?var|"
                        r"bulevard|naberezhn\w+|ploshcha\w*|shosse|mikroraion\w*|kvartal|proezd|tupik|alleya|aleya)")
#: a house, block, entrance, floor or flat after it: ", d. 5", "kv. 12", "bl. 12, vkh. A, et. 3, ap. 5"
_BLOCK_PART = (r"(?:[ \t]*,?[ \t]*(?:d|dom|korp|k|str|kv|kvartira|bl|blok|vkh|vh|et|etazh|ap|apt|apartament|pod)\.?"
               r"[ \t]*(?:\d{1,4}[a-z]?|[a-z](?![\w']))(?![\w']))")
_STREET_NAME = r"(?:[A-Za-z][\w'’-]*[ \t]+){0,2}[A-Za-z][\w'’-]*"
#: the Greek street words, folded: Οδός, οδ., Λεωφόρος, Λεωφ., Πλατεία, πλ.
_GREEK_STREET_CUE = r"(?:odos|od\.|leoforos|leof\.|plateia|plateias|pl\.)"
#: Japanese addresses, folded: 丁目 "DingMu", 番地 "FanDe", 番 "Fan", 号 "Hao"; the wards, towns and prefectures
#: before a house number (区 "Qu", 市 "Shi", 都 "Dou", 道 "Dao", 府 "Fu", 県 "Xian", 町 "Ding", 村 "Cun", 郡 "Jun")
_CHOME = (r"(?<!\d)\d{1,4}[ \t]*(?-i:DingMu|Ding[ \t]*Mu)(?:[ \t]*\d{1,4}[ \t]*(?-i:FanDe|FanDi|Fan|-))?"
          r"(?:[ \t]*\d{1,4}[ \t]*(?-i:Hao)?)?|(?<!\d)\d{1,4}[ \t]*(?-i:FanDe|FanDi)|(?<!\d)\d{1,4}[ \t]*(?-i:Fan)"
          r"[ \t]*\d{1,4}[ \t]*(?-i:Hao)")
_PLACE_SYLLABLE = r"(?:Qu|Shi|Dou|Du|Dao|Fu|Xian|Ding|Cun|Jun)"
_JAPANESE_BLOCK = (rf"(?-i:(?:[A-Z][a-z]{{0,5}}){{0,6}}{_PLACE_SYLLABLE}(?:[A-Z][a-z]{{0,5}}){{0,6}})[ \t]*"
                   r"\d{1,4}(?:[ \t]*-[ \t]*\d{1,4}){0,2}(?!\d)(?![:：]\d\d)")  # round 37: no clock ("服用时间 8:00")


def _cyrillic_street_gate(text: str) -> bool:
    lowered = text.lower()
    return "." in lowered or any(word in lowered for word in ("ulits", "vulits", "vulyts", "prosp", "perеul", "pereul",
                                                             "provul", "bul", "naberezh", "ploshch", "shosse", "mikro",
                                                             "kvartal", "proezd", "tupik", "aleya", "alleya"))


def _greek_street_gate(text: str) -> bool:
    lowered = text.lower()
    return "odos" in lowered or "od." in lowered or "leof" in lowered or "plateia" in lowered or "pl." in lowered


def _japanese_block_gate(text: str) -> bool:
    return _has_digit(text) is not None and any(s in text for s in ("Qu", "Shi", "Dou", "Du", "Dao", "Fu", "Xian", "Ding",
                                                                   "Cun", "Jun", "Fan"))


def _japanese_block(m: re.Match[str]) -> bool:
    """A Japanese town, ward or prefecture and a house number: the number dashed ("XiXinSu2-8-1") or two place
    syllables before it ("DaBanShiBeiQuMeiTian123" for 大阪市北区梅田１ー２ー３, the long mark folded away)."""
    head = m.group()
    if sum(c.isupper() for c in head) < 2:  # one word: German "Du 2-3 Tabletten"
        return False
    return "-" in head or len(re.findall(_PLACE_SYLLABLE + r"(?=[A-Z\d \t])", head)) >= 2


def block_address_recognizer() -> RegexSpanRecognizer:
    """Street and block addresses written the Russian, Ukrainian, Bulgarian, Greek and Japanese way, read folded:
    a street word, a name and a number ("вул. Шевченка 10", "бул. Витоша 15", "просп. Науки, 14", "ж.к. Младост 1,
    бл. 12", "Οδός Ερμού 25", "Λεωφ. Αλεξάνδρας 5"), or a street word and a capitalised name alone ("живу на бул.
    Витоша"); a chōme, banchi or gō ("3丁目5番地", "2丁目8番1号"); a ward or town glued to a house number
    ("東京都新宿区西新宿2-8-1")."""
    number = r"(?:(?:d|dom|no|nr|n)\.?[ \t]*)?\d{1,4}[a-z]?(?:/\d{1,3})?(?!\d)"
    return RegexSpanRecognizer("STREET_ADDRESS", [
        _p(rf"\b{_CYRILLIC_STREET_CUE}[ \t]*{_STREET_NAME}[ \t]*,?[ \t]*{number}{_BLOCK_PART}*", 0.7,
           gate=_cyrillic_street_gate),
        _p(rf"\b{_CYRILLIC_STREET_CUE}[ \t]*(?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+))?", 0.6,
           gate=_cyrillic_street_gate),
        _p(rf"\b{_GREEK_STREET_CUE}[ \t]*{_STREET_NAME}[ \t]*,?[ \t]*{number}", 0.7, gate=_greek_street_gate),
        _p(r"\b(?:odos|leoforos|plateia)[ \t]+(?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+))?", 0.6,
           gate=_greek_street_gate),
        _p(_CHOME, 0.7, gate=_japanese_block_gate),
        _p(_JAPANESE_BLOCK, 0.6, accept=_japanese_block, gate=_japanese_block_gate),
    ], name="BlockAddressRecognizer")


# --------------------------------------------------------------------------- device serials with no device word

#: letters and figures in two to five groups joined by dashes ("PBX-77A1E2F9", "MX4-2291-ZT"), or glued in one long
#: run that changes between letters and figures often ("PBX77A1E2F9")
_DASHED_CODE = re.compile(r"(?<![\w./-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+){1,4}(?![\w-]|\.\w)")
_GLUED_CODE = re.compile(r"(?<![\w./-])(?=\w*\d)(?=\w*[A-Za-z])[A-Za-z0-9]{10,40}(?![\w-]|\.\w)")
#: a drug pack's lot or batch, a product or a medical code, a version named before the figures: no device
#: (:data:`~features.deid.recognizers.RegexSpanRecognizer`s of their own keep or take those)
_NOT_A_SERIAL_BEFORE = re.compile(
    r"\b(?:lot|lote|lotto|lotnr|batch|charge|ch\.?-?b|chargen\w*|partij|partida|exp|expiry|ndc|pzn|gtin|ean|upc|cpt|icd|"
    r"loinc|atc|snomed|rxnorm|version|ver|v|build|firmware|pack|rx|order|ref|invoice|tracking)\b[^\w\n]{0,4}\Z",
    re.IGNORECASE)
#: a figure and a unit ("500mg", "10ml", "2x"): a dose, not a serial's group
_DOSE_GROUP = re.compile(r"\d+(?:mg|mcg|ug|ml|g|iu|u|units?|mmol|x|h|hr|min|d|am|pm|st|nd|rd|th)|"
                         r"(?:mg|ml|x)\d+", re.IGNORECASE)
_SERIAL_CUE = (r"\b(?:s[ \t]*/[ \t]*n|s\.[ \t]*n\.?|sn|ser(?:ial)?\.?[ \t]*(?:no\.?|nr\.?|#|number|num)?|"
               r"serien[ \t-]*(?:nr\.?|nummer)|seriennummer|serienummer|n[o°]?[ \t]*de[ \t]+serie|numero[ \t]+de[ \t]+serie|"
               r"numero[ \t]+di[ \t]+serie|matricola|seriinyi[ \t]+nomer|seriinyi|serii?nyi[ \t]+nomer|seriynyy[ \t]+nomer)")


def _looks_like_a_serial(token: str) -> bool:
    """Letters and figures that make a serial: eight or more of them, three figures or more, two letters or more,
    no group a dose ("500mg-1000mg") or a word of four letters or more ("Metformin-500", "HbA1c-test"), and,
    glued, five changes or more between letters and figures."""
    groups = token.split("-")
    chars = "".join(groups)
    if len(chars) < 8 or sum(c.isdigit() for c in chars) < 3 or sum(c.isalpha() for c in chars) < 2:
        return False
    for group in groups:
        if _DOSE_GROUP.fullmatch(group):
            return False
        if group.isalpha() and len(group) >= 4 and (group.lower() in COMMON_WORDS or is_medication(group)
                                                     or group.islower()):
            return False
    if len(groups) == 1:
        if not (chars.isupper() or chars.islower()):  # CamelCase letters: Han folded ("ShengRi1964Nian9Yue23Hao")
            return False
        return sum(a.isdigit() != b.isdigit() for a, b in pairwise(chars)) >= 5
    return True


def _bare_serial(m: re.Match[str]) -> bool:
    """A serial-looking code (:func:`_looks_like_a_serial`) that no lot, batch or code word names just before."""
    return _looks_like_a_serial(m.group()) and _NOT_A_SERIAL_BEFORE.search(
        m.string, max(0, m.start() - 20), m.start()) is None


def _may_hold_a_serial(text: str) -> bool:
    return sum(c.isdigit() for c in text) >= 3


def device_serial_recognizer() -> RegexSpanRecognizer:
    """Device identifiers and serial numbers (HIPAA Safe Harbor) with no device word before them: a code of letters
    and figures shaped as serials are ("my box PBX-77A1E2F9 is blinking", "MX4-2291-ZT"), and anything with a figure
    after a serial word in any language ("S.N. 4F7A99B2", "Serien-Nr. 12AB345", "N° de série X1234"). A drug pack's
    lot or batch and a product code named as such stay, as do doses ("500mg-1000mg") and words with a figure."""
    return RegexSpanRecognizer("ID_NUMBER", [
        _p(_DASHED_CODE.pattern, 0.6, accept=_bare_serial, gate=_may_hold_a_serial),
        _p(_GLUED_CODE.pattern, 0.6, accept=_bare_serial, gate=_may_hold_a_serial),
        _p(rf"{_SERIAL_CUE}[ \t]*[:#=.-]?[ \t]*((?=[\w./-]*\d)[A-Za-z0-9][\w./-]{{2,40}}[A-Za-z0-9])", 0.7, 1,
           gate=_has_digit),
    ], name="BareDeviceSerialRecognizer")


# --------------------------------------------------------------------------- the day and month of a stay

#: a hospital stay or an event of one, in English, German, French, Spanish, Italian, Portuguese, Dutch and Russian,
#: folded ("admitted", "ICU", "entlassen", "hospitalisée", "ingresado", "ricoverato", "opgenomen", "выписан")
_STAY_CUE = (r"(?:re)?admit\w*|admission|discharg\w*|hospitali[sz]\w*|hospital|icu|ccu|nicu|ward|a&e|(?-i:ER|ED)|"
             r"emergency|surgery|operated|operation|transferred|inpatient|"
             r"entlass\w*|aufgenommen|aufnahme|eingeliefert|stationar|krankenhaus|klinik|intensivstation|notaufnahme|"
             r"intensiv|hospitalis\w*|sorti[e]?|sortie|admis[e]?|urgences|reanimation|ingresad[oa]|ingreso|alta|"
             r"uci|urgencias|ricoverat[oa]|ricovero|dimess[oa]|dimissione|terapia[ \t]+intensiva|internad[oa]|internacao|"
             r"opgenomen|ontslagen|ziekenhuis|spoedeisende|gospitaliz\w*|vypisa\w*|vypiska|postupil\w*|bol'?nits\w*|"
             r"reanimats\w*|since|seit|depuis|desde|dal|dalla|sinds|"
             # Vietnamese "nhập viện" (admitted), "xuất viện" (discharged), "bệnh viện" (hospital), folded
             r"vien")
_DAY_MONTH = (r"((?:0?[1-9]|[12]\d|3[01])[ \t]*([./-])[ \t]*(?:0?[1-9]|[12]\d|3[01])(?:\2(?![ \t]*\d))?)"
              r"(?![\d/-]|[.,]\d|[ \t]*(?:mg|ml|mcg|units?|%|tab\w*|pills?|mmol|kg|lbs?|x\b|of\b|years?|weeks?|days?|"
              r"months?|hours?|h\b|jahr\w*|wochen|tage\w*|monat\w*|ans|mois|semaines?|jours|anos|anni|meses|semanas|dias|"
              r"mesi|giorni|jaar|weken|dagen|maanden|comprim\w*|pastill\w*))")


def _a_day_and_a_month(m: re.Match[str]) -> bool:
    """Two numbers that can be a day and a month, either first ("14/3", "3/14", "12.03")."""
    a, b = (int(n) for n in re.findall(r"\d+", m.group(1)))
    return min(a, b) <= 12 and max(a, b) <= 31


def _stay_gate(text: str) -> bool:
    return _has_digit(text) is not None and re.search(r"\d[ \t]*[./-][ \t]*\d", text) is not None


def stay_date_recognizer() -> RegexSpanRecognizer:
    """The day and month of a hospital stay with no year (Safe Harbor: every date element but the year): a figure
    date a few words after a word of admission, discharge, a ward or "since", the day first or the month
    ("admitted 14/3", "ICU since 12.03", "entlassen am 12.3.", "ingresado el 5/3", "in hospital from 3/4"); a dose
    or a reading after the figures leaves them ("since 2/3 tab", "ward 5.5 mg" are no dates)."""
    return RegexSpanRecognizer("DATE_TIME", [
        _p(rf"\b(?:{_STAY_CUE})\b\.?(?:[ \t]+(?!\d)[\w'’]+){{0,5}}?[ \t:,]+(?:(?:on|am|le|el|il|em|op|the|since|seit|"
           rf"depuis|desde|dal|from|vom|du|del|until|bis)[ \t]+)?(?!(?:1/[234]|2/3|3/4)(?!\d)){_DAY_MONTH}", 0.6, 1,
           accept=_a_day_and_a_month,
           gate=_stay_gate),
    ], name="StayDateRecognizer")


def identifier_shape_recognizers() -> list[LocalRecognizer]:
    """The recognizers of this module, ready to add to the text engine's rules."""
    return [old_age_shape_recognizer(), block_address_recognizer(), device_serial_recognizer(), stay_date_recognizer(),
            *more_shape_recognizers(), *world_shape_recognizers(), *hidden_shape_recognizers(),
            *place_recognizers()]
