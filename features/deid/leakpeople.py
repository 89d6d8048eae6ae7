"""The leak check's own reading of the twelfth black-box round's third parties and staff: a surname after a staff role
of another language or an abbreviation ("zuster ngata", "медсестра петрова", "rn: ngata"), a name after a relation
word with an article, possessive or particle ("η κόρη μου η ελένη", "anak saya si budi"), a name after thanks or a
copy line ("thx to Oluwaseun", "cc: D. Vanterpool"), a name written backwards ("nhoJ"), a name in structured text
(JSON, YAML, XML, CSV, vCard, markdown links), beside an emoji, in a hashtag, a list set apart by slashes or a social
handle, and a payee's name; round 23: capitalised words between two dashes, a name with digits for letters after a
relation or role word, a romanised Thai surname after a given name, a Thai name after a Thai title.

A check that looks with the same eyes as the thing it checks is no check: nothing here calls the redactor's readings
(:mod:`features.deid.people`). What the two share is vocabulary only (:mod:`features.deid.peoplewords`: which words are
roles, relation words, particles or everyday words of other languages); which words are English is the check's own
(``is_word``, given by :mod:`features.deid.leakcheck`). The patterns are written here, apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from itertools import pairwise

from features.deid import termwords
from features.deid.agewords import (
    AGE_AUXILIARIES_AFTER_YEARS,
    AGE_WORDS,
    AGE_WORDS_AFTER_A_FIGURE,
    BARE_TURNING_VERBS,
    LATIN_AGE_COUNTERS,
)
from features.deid.clinicalwords import (
    DEVICE_EPONYMS,
    DEVICE_MODEL_WORDS,
    DEVICE_READING_WORDS,
    DEVICE_STATES,
    GLUCOSE_DEVICE_BRANDS,
    GLUCOSE_DEVICE_BRANDS_NAMED,
    SIGN_EPONYMS,
    SIGN_EPONYMS_ALONE,
    SIGN_WORDS_AFTER,
)
from features.deid.contactwords import SERVICES
from features.deid.digitwords import LATIN_DIGIT_WORDS
from features.deid.everydaywords import (
    ARABIZI_WORDS,
    HAVE_VERBS,
    everyday_in,
    everyday_word_of_no_name,
    folded_vietnamese,
    function_words,
    malay_word_after_its_possessive,
    object_of_a_have_verb,
    one_languages_prose,
    prose_language,
    prose_words_of_no_name,
    vietnamese_compounds,
    vietnamese_folded_words,
    vietnamese_prose,
    word_frequency,
)
from features.deid.everydaywords import everyday_words as words_of_language
from features.deid.holidaywords import SCRIPT_FEAST_STEMS, named_day_or_season
from features.deid.leakcarriers import CarrierLook
from features.deid.monthnames import MONTH_PREPOSITIONS, month_forms
from features.deid.normalize import a_long_number_word
from features.deid.peoplewords import (
    AFTER_A_MONTH,
    AFTER_INITIALS,
    ARABIC_GIVEN_NAMES_IN_LETTERS,
    ARABIZI_KIN_WORDS,
    ARABIZI_LETTER_DIGITS,
    ARABIZI_VOCATIVES,
    ARABIZI_WORDS_AFTER_KIN,
    ARTICLES,
    AUXILIARIES_BEFORE_A_PARTICIPLE,
    BARE_INITIALS_CUES,
    BEFORE_INITIALS,
    CAPITAL_PAIR_NO_NAMES,
    COMPANY_VERBS,
    COPULAS_BEFORE_A_PRONOUN,
    CYRILLIC_CAPITALS,
    CYRILLIC_DUTY_NO_NAMES,
    CYRILLIC_DUTY_ROLES,
    CYRILLIC_DUTY_WORDS,
    DEDICATIONS,
    DUTY_LABEL_NO_NAMES,
    DUTY_LABEL_WORDS,
    DUTY_WORDS_ABROAD,
    ENGLISH_RELATIONS,
    FACILITY_NAMES_OF_NO_ONE,
    FACILITY_WORDS,
    FAITH_WORDS,
    FAMILY_FORM_WORDS,
    FOREIGN_WORDS_THAT_ARE_NAMES,
    HAN_EVERYDAY_WORD,
    HAN_NOT_IN_NAMES,
    HAN_PERSON_VERBS,
    HAN_SURNAMES_ONE,
    HAN_SURNAMES_TWO,
    HAN_TIME_OPENERS,
    HEBREW_DUTY_NO_NAMES,
    HEBREW_DUTY_ROLES,
    HEBREW_DUTY_WORDS,
    HONORIFICS_AFTER,
    HONORIFICS_BEFORE,
    HONORIFICS_BEFORE_CAPITALISED,
    IBERIAN_SURNAME_ENDING,
    IBERIAN_TITLES,
    INITIALS_COPULA_AFTER,
    INITIALS_COPULAS,
    IRISH_SURNAME_PARTICLES,
    KIN_BEFORE_COPULA_INITIALS,
    KIN_LISTED_NAME_MOST_FREQUENCY,
    KIN_WORD_LANGUAGES,
    KIN_WORDS_ABROAD,
    KOREAN_PERSON_VERBS,
    KOREAN_SUBJECT_PARTICLES,
    KOREAN_SURNAMES,
    LEET_LETTERS,
    LEET_SHORTEST,
    LONGEST_CHAIN_NAME,
    LOWER_CASE_PREPOSITIONS,
    MARRIED_NAME_ENDINGS,
    NAMING_VERBS,
    NORDIC_KIN_WORDS,
    NOT_INITIALS,
    OWNED_RELATIONS,
    PATRONYMIC_ENDINGS,
    PERSON_CUES_BEFORE_A_CHAIN,
    PERSON_KEYS,
    PERSON_PREPOSITIONS,
    PERSON_VERBS,
    PERSON_VERBS_ABROAD,
    PERSON_VERBS_OF_GOING,
    PHARMACY_CHAIN_NAMES,
    PHARMACY_NAME_WORDS,
    PHARMACY_WORDS,
    PHARMACY_WORDS_AFTER_A_NAME,
    PHARMACY_WORDS_BEFORE_A_NAME,
    PLACE_CODES,
    PLACE_PHRASE_LEADS,
    PLACE_PHRASE_WORDS,
    POSSESSIVES,
    PRONOUNS_AFTER_A_VERB,
    RELATIONS,
    ROLES_AFTER_THE,
    SAINT_WORDS,
    SERVICE_BRANDS,
    SIGN_OFF_PHRASES,
    SIGN_OFF_WORDS,
    SMALL_LANGUAGE_OPENERS,
    STAFF_ROLES,
    THAI_BEFORE_TITLES,
    THAI_KIN_POSSESSIVES,
    THAI_NAME_END_PIECES,
    THAI_NAMED,
    THAI_NOT_NAME_STARTS,
    THAI_SURNAME_ENDINGS,
    THAI_SURNAME_SHORTEST,
    THAI_TITLES,
    THAI_WORDS_AFTER_A_SPACE,
    THAI_WORDS_AFTER_NAMES,
    TITLE_TAIL_WORDS,
    TITLE_TAILS,
    TITLED_BRANDS,
    TITLES_AFTER_ARTICLES,
    TITLES_BEFORE_WORD_SURNAMES,
    TRADES_AFTER,
    TRADES_BEFORE,
    TWO_WORD_ROLES,
    VERB_AFTER_A_NAME,
    VERB_OBJECT_LEADS,
    VERBS_THAT_ARE_NAMES,
    VIETNAMESE_BEFORE_NAME,
    VIETNAMESE_KIN,
    VOCATIVE_WORD_LANGUAGES,
    WORD_SURNAMES,
    WORDLIKE_GIVEN_NAMES,
    arabic_script_given_names,
    brand_key,
    company_form_ends,
    company_forms_by_first,
    everyday_words_abroad,
    key,
    known_brand,
    may_name_a_chain,
    no_name_where_it_stands,
    opening_words_of_no_name,
    owned_by_kin,
    saint_towns,
    small_language_of,
    small_language_words,
    vietnamese_names,
)
from features.deid.placewords import GLUED_STREET_ENDS
from features.deid.readingwords import (
    IMPRINT_WORDS,
    LIST_JOINERS,
    MARKING_WORDS,
    MEDICINE_PACK_WORDS,
    MEDICINE_VERBS,
    NAMED_MEDICINE_BRANDS,
    PACK_CUE_WORDS,
    SERIES_UNITS,
    medicine_brands_named,
)
from features.deid.worldwords import CAR_MAKES, CAR_MODEL_SERIES, CAR_MODELS, CAR_TRIMS

#: a word of any script's letters, inner hyphens and apostrophes kept
#: the vowel signs of Devanagari and the vowel marks of Arabic script, which no "\w" reads as part of a word ("बेटा")
_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u064b-\u065f\u0670"
_LETTERS = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*(?:['’\-][^\W\d_](?:[^\W\d_]|[{_MARKS}])*)*")
#: what may stand between two words read as one phrase: spaces, or one or two of ".:,-–—" with a space around each
#: titles of the bench said before a surname, the check's own list: after one, a capitalised word is the surname even
#: when it is an English word the check knows ("Judge Harlow", "Justice Fields"; round 20), unless an everyday one
_BENCH_TITLES = frozenset({"judge", "justice", "magistrate", "juez", "jueza", "juiz", "juíza", "giudice", "juge",
                           "richter", "richterin", "rechter", "domare", "dommer"})
_JOIN = re.compile(r"[ \t]{1,2}|(?:[ \t]?[.:,\-–—]){1,2}[ \t]?")
#: round 38: a strength with its unit right after a word ("Victan 2 mg", "Xanax 0,5mg"): the word is a medicine's
_DOSED_AFTER = re.compile(r"[ \t]?\d+(?:[.,]\d+)?[ \t]?(?:" + "|".join(sorted(
    (re.escape(u) for u in SERIES_UNITS if u.isalpha() or u == "µg"), key=len, reverse=True)) + r")(?![^\W\d_])", re.I)
#: round 39: a bare strength right after a word, a number that no word of time or count follows ("for Telma 40",
#: "for Telma 40."; not "with Allegra 2 days ago"): with a medicine's brand that is also a given name, the medicine
_STRENGTH_AFTER = re.compile(r"[ \t]\d+(?:[.,]\d+)?(?![\d/:.,-]?\d)(?![ \t]*(?i:x\b|times|mal\b|veces|vezes|fois|"
                             r"(?:second|minute|min|hour|hr|day|week|month|year|yr)s?\b|o'?clock|[ap]\.?m\b|y/?o\b|"
                             r"d[ií]as?|tage?|jours?|anos|años|jahre|lat\b|ans\b|meses|mois))")
#: a Cyrillic word in lower case with a verb's ending ("сказала", "звонит")
_SLAVIC_VERB = re.compile(r"^[а-яёіїє]+(?:ла|ли|ло|ет|ит|ут|ют|ат|ят|ть|ся|сь|ал|ил|ел)$")
_THANKS_LOOK = re.compile(
    r"(?i:(?<![^\W\d_])(?:thanks|thank[ \t]you|thx|tks|ty|tysm|cheers|b?cc|per|signed|regards|love|xoxo|attn|fyi|"
    r"gracias|merci|danke|grazie|obrigad[oa]))(?:[ \t]*[,:\-–—][ \t]*|[ \t]+)(?:(?i:to|you|so much|again)[ \t]+){0,2}"
    r"(?:[A-Z](?:\.[ \t]{0,2}|[ \t]{1,2}))?(?P<name>[A-Z][^\W\d_]+)")
#: a sign-off or thanks of another language, then a capitalised name, on its line or the next ("Pozdrawiam,\nDerek")
_SIGN_OFF_LOOK = re.compile(r"(?i:(?<![^\W\d_])(?:" + "|".join(
    re.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(SIGN_OFF_PHRASES, key=len, reverse=True))
    + r"))[ \t]*[,:!\-–—]?[ \t]*\n?[ \t]*(?:[A-Z](?:\.[ \t]{0,2}|[ \t]{1,2}))?(?P<name>[A-Z][^\W\d_]+)")
_SIGN_OFF_ENDS = frozenset(key(p.split()[-1]) for p in SIGN_OFF_PHRASES)
_DASH_SIGNATURE = re.compile(r"(?m)^[ \t]*(?:—|–|--|~)[ \t]*(?:[A-Z](?:\.[ \t]{0,2}|[ \t]{1,2}))?"
                             r"(?P<name>[A-Z][^\W\d_]+)")
_REVERSED_LOOK = re.compile(r"(?<![A-Za-z])[a-z]{2,}[A-Z](?![A-Za-z])")
_DIRECTION_OVERRIDE = re.compile("[\u202e\u2067][^\n\u202c\u2069]*[^\\W\\d_]")
_KEYED_VALUE = re.compile(r"(?<![\w\\])(?P<key>[A-Za-z_][\w-]{0,40})[\"']?[ \t]*[:=][ \t]*[\"']?"
                          r"(?P<value>[^\"'\n<>{}\[\],]{1,80})")
_TAGGED_VALUE = re.compile(r"<(?P<key>[A-Za-z_][\w-]{0,40})[^<>\n]*>(?P<value>[^<>\n]{1,80})</")
_LINKED_VALUE = re.compile(r"\[(?P<value>[^\[\]\n]{1,80})\]\((?i:mailto|tel|sms|callto):")
_EMOJI_THEN_NAME = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf][\ufe0f\u200d\u2695\u2640\u2642]*[ \t]?"
                              r"(?P<name>[A-Z][^\W\d_]+)")
_HASHTAG_LOOK = re.compile(r"(?<![\w#])#(?P<tag>[A-Za-z][A-Za-z0-9_]{2,50})")
_HANDLE_LOOK = re.compile(r"(?<![\w.@])@(?P<handle>[A-Za-z][\w.]{2,40})(?![\w@]|\.[A-Za-z]{2,})")
_WORD_IN_TAG = re.compile(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])")
_PAYMENT_SERVICE = r"(?:zelle|venmo|cash[ \t]?app|paypal|revolut|gpay|chime|monzo|bizum|gcash|interac|swish|vipps)"
_AFTER_SERVICE = re.compile(rf"(?i:(?<![a-z]){_PAYMENT_SERVICE}(?![a-z]))(?P<rest>[^\n.!?]{{0,60}})")
_BEFORE_SERVICE = re.compile(rf"(?i:(?<![a-z])(?:paid|pay|sent|send|owe|owes|transferred)[ \t]+"
                             rf"(?:(?:it|them|the[ \t]+money|money|the[ \t]+copay|copay|back)[ \t]+)?(?:to[ \t]+)?"
                             rf"(?P<a>[^\W\d_]+)(?:[ \t]+(?P<b>[^\W\d_]+))?[ \t]+(?:via|on|through|by|with|over|thru)"
                             rf"[ \t]+{_PAYMENT_SERVICE})")
_PAYMENT_FILLER = frozenset({
    "it", "to", "me", "the", "money", "copay", "back", "pls", "please", "him", "her", "them", "for", "at", "send", "sent",
    "pay", "paid", "via", "on", "by", "with", "app", "my", "a", "an", "through", "thru", "over", "request", "requested",
    "from", "and", "or", "just", "i", "you", "can", "will", "should", "need", "needs", "owe", "owes", "more", "cash"})
_BEFORE_KEYS = frozenset(key(w) for w in HONORIFICS_BEFORE | HONORIFICS_BEFORE_CAPITALISED)
#: round 24: Spanish and Portuguese titles of address, as written in lower case ("doña", "sra", "seu")
_ADDRESS_TITLES = IBERIAN_TITLES | frozenset(key(w) for w in IBERIAN_TITLES)
#: a capitalised word that ends as a patronymic or a Hungarian married name ("Ивановна", "Petrovich", "Kovácsné"),
#: and a word with an honorific glued on by a hyphen ("Tanaka-san", "Sharma-ji"; the honorifics checked by the reader)
_NAMED_BY_ENDING = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][^\W\d_]{2,}(?:" + "|".join(PATRONYMIC_ENDINGS + MARRIED_NAME_ENDINGS)
                              + r")(?![\w-])")
_GLUED_HONORIFIC = re.compile(r"(?<![\w-])(?P<name>[^\W\d_]{2,})-(?P<title>[^\W\d_]{2,12})(?![\w-])")
#: words before a noun that say whose or which: what stands after them and before a verb is a thing or a role
_OWNERS = POSSESSIVES | ARTICLES | RELATIONS | ENGLISH_RELATIONS | STAFF_ROLES | frozenset(
    {"the", "a", "an", "this", "that", "your", "our", "his", "her"})
_WORD_CUES = (STAFF_ROLES | TITLES_AFTER_ARTICLES | RELATIONS | ENGLISH_RELATIONS | OWNED_RELATIONS | HONORIFICS_AFTER
              | _BEFORE_KEYS
              | PERSON_VERBS | PERSON_VERBS_ABROAD | PERSON_PREPOSITIONS | frozenset(TWO_WORD_ROLES)
              | NAMING_VERBS)  # round 37 (r37seams): "min läkare hette Bergström"
_OTHER_KEYS = frozenset({"name", "n", "given", "family", "fn"})
#: round 37 (r37seams): the words a staff member's name or anybody's follows ("apotekaren Lindqvist", "hette Bergström")
_ROLES_OR_NAMING = STAFF_ROLES | NAMING_VERBS
#: what may stand before a name that starts a clause in Chinese, and the characters a Chinese name may be made of
_CLAUSE_OPENERS = frozenset("。！!？?，,：:")
_HAN_CHARACTER = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_NAME_CHARACTERS = frozenset(chr(c) for c in range(0x4E00, 0xA000)) - frozenset(HAN_NOT_IN_NAMES)
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
#: the name elements of an X12 EDI person segment ("NM1*IL*1*DOE*JOHN"; "*", "|" or "^" between elements) and the
#: quoted literals of an SQL statement after VALUES ("VALUES ('Orla','McCandlish')"), the check's own patterns
_EDI_NAMES = re.compile(r"(?i:nm1)([*|^])\w{1,3}\1 ?1 ?\1([^*|^~\n]{0,60}(?:\1[^*|^~\n]{0,60}){0,2})")
_SQL_ROW = re.compile(r"(?i:(?<![^\W_])values)\s*\(([^;]{0,2000})")
_QUOTED = re.compile(r"'([^'\n;]{1,80})'|\"([^\"\n;]{1,80})\"")
#: the pieces of a firm's name as the check reads them: "&" or a word; and what may stand between two of them
_FIRM_PIECE = re.compile(r"&|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_FIRM_SPACE = re.compile(r"[ \t]{1,2}|\.[ \t]|,[ \t]|\.,[ \t]")
_JOINING = frozenset({"&", "and", "y", "e", "et", "und", "en"})
_TRADES = TRADES_AFTER | TRADES_BEFORE
#: two or three capitals, each with a dot ("J.R.", "T. K.", "A.J.M.") or none ("DW"), standing apart from other letters
#: and dots: a third party's initials where a person's word is beside them (:meth:`PeopleLook._initials`)
_INITIALS = re.compile(r"(?<![\w.])(?:(?P<dotted>[A-Z](?:\.[ \t]?[A-Z]){1,2})(?:\.(?![\w.])|(?![\w.]))"
                       r"|(?P<bare>[A-Z]{2,3})(?!\w)(?!\.[\w.]))")  # round 31: a stop may follow ("my son is TJ.")
#: what may stand between initials and the word before or after them: a bracket, a comma, a dash, spaces
_INITIALS_GAP = re.compile(r"[ \t]*[(),:\-–—]?[ \t]*")
_INITIALS_CUES = RELATIONS | ENGLISH_RELATIONS | STAFF_ROLES | BEFORE_INITIALS
#: where a value ends: two spaces or more (a placeholder read as a space), a dash, a bar, a bracket, an escape
_VALUE_STOP = re.compile(r"[ \t]{2,}|[—–|()\\]| - ")



def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


#: the check's own patterns of :mod:`features.deid.termwords` (round 18): an eponym before a word of disease, device or
#: test ("Holter monitor", "Lyme disease"), a possessive eponym of a disease ("Parkinson's"), places that name a disease
#: or food before its head ("West Nile virus", "Brussels sprouts"), a place-named disease or a role noun alone
#: ("Ebola", "inmate"; no role word a name follows, "nurse"), a food in lower case after "with" or "and"; not after a
#: title ("Dr. Wilson's office")
_PLACE_NAMED = _alternation(termwords.PLACE_NAMED_WORDS)
#: a letter of a compound eponym as it may be written, with or without its accent ("Barré", "Sjögren", "Séquard")
_ACCENTED = {"a": "[aáàâäą]", "e": "[eéèêëęě]", "i": "[iíìîï]", "o": "[oóòôöø]", "u": "[uúùûüů]", "c": "[cçč]",
             "n": "[nñń]", "l": "[lł]", "y": "[yý]"}


def _spelled(word: str) -> str:
    """``word`` (lower case, accents dropped) as a pattern that reads it with or without its accents."""
    return "".join(_ACCENTED.get(c, re.escape(c)) for c in word)


def _compound_alternation(compounds: frozenset[tuple[str, ...]]) -> str:
    """Compound eponyms (round 20, :data:`~features.deid.termwords.EPONYM_COMPOUNDS`), their surnames joined by a
    hyphen or a space, their vowels accented or not."""
    return "|".join("(?:-|[ \t]+)".join(_spelled(word) for word in compound)
                    for compound in sorted(compounds, key=lambda c: -len("".join(c))))


def _spelled_alternation(words: frozenset[str]) -> str:
    return "|".join(_spelled(w) for w in sorted(words, key=len, reverse=True))


#: round 22: an eponym as it may be written, with or without its accents ("Ménière's", "Sjögren syndrome", "Behçet's")
_EPONYM = _spelled_alternation(termwords.EPONYMS)
_COMPOUND = _compound_alternation(termwords.EPONYM_COMPOUNDS)
#: round 20: a word of disease said before its eponym and joined to it ("enfermedad de Crohn", "maladie d'Alzheimer",
#: "Morbus Basedow")
_DISEASE_FIRST = (rf"(?i:(?:(?:{_spelled_alternation(termwords.DISEASE_WORDS_BEFORE)})"
                  rf"(?:[ \t]+(?:{_alternation(termwords.EPONYM_JOINS - {'d'})})[ \t]+|[ \t]+d['’])"
                  rf"|(?:{_alternation(termwords.DISEASE_WORDS_BEFORE_UNJOINED)})[ \t]+)"
                  rf"(?:{_COMPOUND}|(?:{_EPONYM})(?:[ \t-]+(?:{_EPONYM}))*))(?![^\W\d_])")
#: round 30: an eponymous disease in a Slavic language (:data:`~features.deid.termwords.SLAVIC_DISEASE_WORDS`): the word
#: of disease declined, then the eponym with a case's ending ("chorobę Parkinsona", "синдром Дауна"), or the eponym as
#: an adjective before it ("Parkinsonova nemoc", "Downův syndrom", "базедова болезнь")
_SLAVIC_DISEASE = "|".join(sorted((_spelled(w) for w in termwords.SLAVIC_DISEASE_WORDS), key=len, reverse=True))
_LATIN_ENDING = "|".join(_spelled(e) for e in sorted(termwords.SLAVIC_EPONYM_ENDINGS, key=len, reverse=True))
_LATIN_ADJECTIVE = "|".join(sorted({_spelled(e) for e in termwords.SLAVIC_EPONYM_ADJECTIVE_ENDINGS}
                                   | {"ův", "ová", "ové", "ový"}, key=len, reverse=True))
_CYRILLIC_EPONYM = _alternation(termwords.CYRILLIC_EPONYMS)
_SLAVIC_EPONYM = (rf"(?i:(?:{_SLAVIC_DISEASE})[ \t]+(?:(?:{_EPONYM})(?:{_LATIN_ENDING})?"
                  rf"|(?:{_CYRILLIC_EPONYM})(?:{_alternation(frozenset(termwords.CYRILLIC_EPONYM_ENDINGS))})?)"
                  rf"|(?:(?:{_EPONYM})(?:{_LATIN_ADJECTIVE})?"
                  rf"|(?:{_CYRILLIC_EPONYM})(?:{_alternation(frozenset(termwords.CYRILLIC_EPONYM_ADJECTIVE_ENDINGS))})?)"
                  rf"[ \t]+(?:{_SLAVIC_DISEASE}))(?![^\W\d_])")
#: round 23: right after a diagnosis said (:data:`~features.deid.termwords.DIAGNOSIS_CUES`, one space or tab between):
#: an eponym of a disease alone there, no possessive, is the disease ("diagnosed with Ménière")
_AFTER_A_DIAGNOSIS = "|".join(rf"(?<=(?i:{re.escape(cue)})[ \t])" for cue in sorted(termwords.DIAGNOSIS_CUES))
#: round 26: right after a word of having a disease (:data:`~features.deid.termwords.HAVING_CUES`, one space or tab
#: between, no letter before the word)
_AFTER_HAVING = "|".join(rf"(?<=(?<![^\W\d_])(?i:{re.escape(cue)})[ \t])" for cue in sorted(termwords.HAVING_CUES))
#: round 24: right after a diagnosis named outright (:data:`~features.deid.termwords.DIAGNOSIS_CUES_FOR_ANY_EPONYM`:
#: "dx Addison", "hx of Graves") any eponym is the disease
_AFTER_A_NAMED_DIAGNOSIS = "|".join(rf"(?<=(?i:{re.escape(cue)})[ \t])"
                                    for cue in sorted(termwords.DIAGNOSIS_CUES_FOR_ANY_EPONYM))
#: round 24: right after an owner's word (:data:`~features.deid.termwords.OWNER_WORDS`: "my Sjogren dry eyes") an
#: eponym of :data:`~features.deid.termwords.EPONYMS_AFTER_AN_OWNER` is one's own disease
_AFTER_AN_OWNER = "|".join(rf"(?<=(?i:{re.escape(word)})[ \t])" for word in sorted(termwords.OWNER_WORDS))
_DIAGNOSES = termwords.DIAGNOSIS_ABBREVIATIONS
_TERM_ALONE = _alternation(termwords.DISEASES_NAMED_AFTER_PLACES | (termwords.ROLE_NOUNS - _WORD_CUES))
_TERM_LOOK = re.compile(
    r"(?<![^\W\d_])(?<!(?i:dr|mr|ms)\.[ \t])(?<!(?i:dr|mr|ms)[ \t])(?<!(?i:mrs)[. \t])(?:"
    rf"{_SLAVIC_EPONYM}|{_DISEASE_FIRST}|(?i:{_compound_alternation(termwords.EPONYM_COMPOUNDS_ALONE)})(?![^\W\d_])"
    rf"|(?i:(?:{_COMPOUND}|{_EPONYM}))(?:['’]s|s)?(?=(?:[ \t]+|-)(?i:{_alternation(termwords.DISEASE_WORDS)})"
    r"(?![^\W\d_]))"
    rf"|(?i:(?:{_spelled_alternation(termwords.EPONYMS_ALONE)}))['’]s?(?![^\W\d_])"
    # round 26: a clinic, a nurse or a service named after its disease ("Addison's clinic", "Down syndrome clinic")
    rf"|(?i:(?:{_spelled_alternation(termwords.EPONYMS_OF_A_CLINIC)}))(?:['’]s|(?<=[sS])['’])?"
    rf"(?=(?:[ \t]+|-)(?:(?i:{_alternation(termwords.DISEASE_WORDS)})[ \t]+)?"
    rf"(?i:{_alternation(termwords.CLINIC_WORDS)})(?![^\W\d_]))"
    rf"|(?:{_AFTER_A_DIAGNOSIS})(?i:(?:{_spelled_alternation(termwords.EPONYMS_ALONE)}))(?![^\W\d_])"
    # round 26: after a word of having it ("she has Sjögren"), no person's verb after it ("had Hashimoto called?")
    rf"|(?:{_AFTER_HAVING})(?i:(?:{_spelled_alternation(termwords.EPONYMS_ALONE)}))(?![^\W\d_])"
    rf"(?![ \t]+(?i:{_alternation(PERSON_VERBS)})(?![^\W\d_]))"
    rf"|(?:{_AFTER_A_NAMED_DIAGNOSIS})(?i:(?:{_EPONYM}))(?![^\W\d_])"
    rf"|(?:{_AFTER_AN_OWNER})(?i:(?:{_spelled_alternation(termwords.EPONYMS_AFTER_AN_OWNER)}))(?![^\W\d_])"
    rf"(?![ \t]+(?i:{_alternation(PERSON_VERBS)})(?![^\W\d_]))"
    rf"|(?i:(?:{_PLACE_NAMED})(?:[ \t]+(?:{_PLACE_NAMED})){{0,3}})"
    rf"(?=[ \t]+(?i:{_alternation(termwords.PLACE_NAMED_HEADS)})(?![^\W\d_]))"
    rf"|(?i:(?:{_TERM_ALONE}))(?![^\W\d_])"
    rf"|(?:(?<=(?i:with)[ \t])|(?<=(?i:and)[ \t]))(?:{_alternation(termwords.FOODS)})(?![^\W\d_]))")


#: the check's own reading of :mod:`features.deid.clinicalwords` (round 22), not after a title: an eponym of a sign
#: alone ("Valsalva stopped the SVT"), eponyms (up to three, hyphened or spaced) before a word of a sign ("Kernig sign",
#: "Murphy's sign", "Hamilton Depression scale", "Achilles tendon"), a device's eponyms before its state ("Foley out",
#: "Swan-Ganz removed"), a glucose device's brand before its reading (round 23)
_DEVICE = _alternation(DEVICE_EPONYMS)
#: round 23: a glucose meter's, monitor's or pump's brand (its words with a space, a "-" or nothing between), read as
#: the device before its model and a reading word or a figure ("Libre 3 reading 112", "OneTouch Verio says 118")
_BRAND = "|".join(sorted(("[ \t-]?".join(phrase) for phrase in GLUCOSE_DEVICE_BRANDS), key=len, reverse=True))
#: round 24: a meter's brand that is a given name too, read as the device only before a figure ("my Dario says 145")
_NAMED_BRAND = "|".join(sorted(("[ \t]+".join(phrase) for phrase in GLUCOSE_DEVICE_BRANDS_NAMED), key=len, reverse=True))
_SIGN_LOOK = re.compile(
    r"(?<![^\W\d_])(?<!(?i:dr|mr|ms)\.[ \t])(?<!(?i:dr|mr|ms)[ \t])(?<!(?i:mrs)[. \t])(?<!(?i:doctor)[ \t])(?<!(?i:nurse)[ \t])"
    r"(?i:"
    rf"(?:{_alternation(SIGN_EPONYMS_ALONE)})(?:['’]s)?(?![^\W\d_])"
    rf"|(?:{_alternation(SIGN_EPONYMS)})(?:(?:[ \t]+|-)(?:{_alternation(SIGN_EPONYMS)})){{0,2}}"
    rf"(?:['’]s)?(?=(?:[ \t]+|-)(?:{_alternation(SIGN_WORDS_AFTER)})(?![^\W\d_]))"
    rf"|(?:{_DEVICE})(?:(?:[ \t]+|-)(?:{_DEVICE})){{0,2}}"
    rf"(?=[ \t]+(?:{_alternation(DEVICE_STATES)})(?![^\W\d_]))"
    rf"|(?:{_BRAND})(?=(?:[ \t]+(?:{_alternation(DEVICE_MODEL_WORDS)})(?![^\W\d_])){{0,2}}"
    rf"(?:[ \t]*[:=]?[ \t]*\d|[ \t]+(?:{_alternation(DEVICE_READING_WORDS)})(?![^\W\d_])))"
    rf"|(?:{_NAMED_BRAND})(?=(?:[ \t]+(?:{_alternation(DEVICE_MODEL_WORDS)})(?![^\W\d_])){{0,2}}"
    rf"(?:[ \t]+(?:{_alternation(DEVICE_READING_WORDS)}))?[ \t]*[:=]?[ \t]*\d))")


#: round 24, the check's own reading of :data:`~features.deid.termwords.NAMED_THINGS` ("Earl Grey", "Baked Alaska",
#: "Circle of Willis"): not after a title, nor before a person's verb ("Earl Grey called")
_NAMED_THING_LOOK = re.compile(
    r"(?<![^\W\d_])(?<!(?i:dr|mr|ms)\.[ \t])(?<!(?i:dr|mr|ms)[ \t])(?<!(?i:mrs)[. \t])(?i:"
    + "|".join("[ \t]+".join(re.escape(w[:-1]) + "['’]?s" if w.endswith("s") and len(w) > 3 else re.escape(w)
                             for w in thing) for thing in sorted(termwords.NAMED_THINGS, key=len, reverse=True))
    + r")(?![^\W\d_])(?![ \t]+(?i:" + _alternation(PERSON_VERBS) + r")(?![^\W\d_]))")


#: round 35 (r35kin), the check's own reading of a pharmacy named for an everyday word ("Hayat Eczanesi", "Yeni
#: Eczane", "Farmacia Centrale"): the word and the pharmacy's word are no name (a surname there is: "Demirtaş
#: Eczanesi", read by :mod:`features.deid.leakinflected`)
_EVERYDAY_PHARMACY_LOOK = re.compile(
    r"(?<![^\W\d_])(?i:(?:" + _alternation(PHARMACY_NAME_WORDS) + r")[ \t](?:"
    + _alternation(PHARMACY_WORDS_AFTER_A_NAME) + r")|(?:" + _alternation(PHARMACY_WORDS_BEFORE_A_NAME)
    + r")[ \t](?:" + _alternation(PHARMACY_NAME_WORDS) + r"))(?![^\W\d_])")


#: a pharmacy's word in the text: the gate of :data:`_EVERYDAY_PHARMACY_LOOK`
_PHARMACY_GATE = re.compile(r"(?i:eczane|apote|apotek|apteek|aptiek|farm[aá]c|pharmac|apteka|l[ée]k[aá]r|gy[oó]gyszert)")


#: round 26, the check's own reading of Vietnamese: a word, its letters and marks as written
_VIETNAMESE_WORD = re.compile(r"[^\W\d_]+")
#: a compound of :func:`~features.deid.everydaywords.vietnamese_compounds`, its syllables in any case, spaced
_VIETNAMESE_COMPOUND_LOOK = re.compile(r"(?<![^\W\d_])(?i:" + "|".join(
    r"\s{1,3}".join(re.escape(syllable) for syllable in compound.split())
    for compound in sorted(vietnamese_compounds(), key=len, reverse=True)) + r")(?![^\W\d_])")


#: round 26: Vietnamese titles of two words a name follows ("bác sĩ Lan": doctor, nurse, pharmacist, teacher)
_VIETNAMESE_TITLES = frozenset({"bác sĩ", "y tá", "dược sĩ", "thầy thuốc", "giáo sư", "tiến sĩ", "điều dưỡng"})
#: words a place's name follows in Vietnamese (at, in, from, to, hospital, street, district, province, market)
_VIETNAMESE_PLACE_LEADS = frozenset({"ở", "tại", "từ", "đến", "tới", "về", "viện", "phố", "đường", "quận", "huyện",
                                     "tỉnh", "thành", "xã", "phường", "chợ", "trường", "khoa"})
#: the end of a sentence between two words
_SENTENCE_END = re.compile(r"[.!?:;\n]")


@functools.lru_cache(maxsize=4)
def without_terms(text: str) -> str:
    """``text`` with the terms of :data:`_TERM_LOOK`, the signs of :data:`_SIGN_LOOK`, the things named after a person
    or place of :data:`_NAMED_THING_LOOK`, the named days and seasons (:func:`_without_named_days`) and the pharmacy
    chains' names (:func:`_without_chains`) read as spaces (same length): no name stands there. The last few texts'
    answers are kept (round 34, r34speed): the people look and the kin look read the same text, one after the other."""
    text = _EVERYDAY_PHARMACY_LOOK.sub(_spaces, text) if _PHARMACY_GATE.search(text) else text  # round 35
    return _without_services(_without_facilities(_without_chains(_without_named_days(_SIGN_LOOK.sub(
        _spaces, _NAMED_THING_LOOK.sub(_spaces, _TERM_LOOK.sub(_spaces, text)))))))


#: round 42 (r42over), the check's own reading of :data:`~features.deid.peoplewords.SERVICE_BRANDS` ("Lazada", "via
#: Jumia", "with M-Pesa", "Yandex Go"): each name's words in any case, a space, dot or hyphen between them or none
_SERVICE_LOOK = re.compile("(?i:(?<![^\\W_])(?:" + "|".join(sorted({
    r"[ \t.-]?".join(re.escape(w) for w in brand_key(b).split()) for b in SERVICE_BRANDS}, key=len, reverse=True))
    + ")(?![^\\W_]))")


def _without_services(text: str) -> str:
    """Round 42: ``text`` with the delivery, shopping, ride and payment services of
    :data:`~features.deid.peoplewords.SERVICE_BRANDS` read as spaces, but for one after a relation word, role,
    possessive or title ("my friend Daraz" is a person)."""
    read = list(text)
    for m in _SERVICE_LOOK.finditer(text):
        if not _owned_by_someone(text, m.start()):
            read[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(read)


#: round 37, the check's own reading of a hospital or pharmacy named for a saint: a capitalised word of "saint", the
#: saint's capitalised name (its possessive), a facility's word maybe before or after them
#: round 38: words of "saint" as Polish writes them, with their marks (the shared list holds them folded: "swietej")
_MARKED_SAINT_WORDS = ("św", "święty", "świętej", "świętego", "świętych", "święta")
_SAINT_LOOK = re.compile(
    r"(?:(?P<before>[^\W\d_]+)[ \t-])?(?<![^\W\d_])(?P<saint>(?i:" + "|".join(sorted(
        (*SAINT_WORDS, *_MARKED_SAINT_WORDS), key=len, reverse=True))
    + r"))(?P<stop>\.?)[ \t-]?(?P<name>[^\W\d_a-z][^\W\d_]+)(?P<owned>['’]s?)?(?![^\W\d_])(?:[ \t-](?P<after>[^\W\d_]+))?")
#: round 37: capitalised words of a faith or of a facility in a row ("Baptist Health", "Marien Apotheke")
_FAITH_WORD_LOOK = re.compile(r"[^\W\d_]+")
_FAITH_GATE = re.compile(r"(?i:" + "|".join(sorted(SAINT_WORDS | FAITH_WORDS | set(_MARKED_SAINT_WORDS) | {
    name[0] for name in (*DEDICATIONS, *FACILITY_NAMES_OF_NO_ONE)}, key=len, reverse=True)) + ")")
#: round 38: the most words of a name of no one or a dedication the check reads
_LONGEST_NAME_OF_NO_ONE = max(len(name) for name in (*DEDICATIONS, *FACILITY_NAMES_OF_NO_ONE))


def _without_facilities(text: str) -> str:
    """Round 37: ``text`` with the hospitals and pharmacies named for a saint or a faith read as spaces ("St Mary's",
    "St Luke's pharmacy", "Hôpital Sainte-Anne", "Baptist Health", "Marien Apotheke"): no one is named there. Not
    where the saint and the name are a town of the world's list ("St Albans pharmacy"), nor after a relation word,
    role, possessive or title ("my son Mercy"); a word of a faith only beside a facility's word, every word of the
    run one or the other."""
    if not _FAITH_GATE.search(text):
        return text
    read = list(text)
    towns = saint_towns()
    for m in _SAINT_LOOK.finditer(text):
        if not (m["saint"][:1].isupper() or m["stop"]) or _owned_by_someone(text, m.start("saint")):
            continue
        saint, name = key(m["saint"]), key(m["name"])
        before = m["before"] is not None and key(m["before"]) in FACILITY_WORDS
        after = m["after"] is not None and key(m["after"]) in FACILITY_WORDS
        if not ((m["owned"] and (before or after)) or before) and (  # round 38: "St. Joseph's Hospital" is the saint's
                # round 39: and "Hôpital Saint-Louis" (a facility's word first) too; "St Albans pharmacy" is a town
                f"{saint} {name}" in towns or (not m["owned"] and f"{saint} {name}s" in towns)):  # "St Mary's" no "St Marys"
            continue
        if m["owned"] or before or after:
            start, end = m.start("before" if before else "saint"), m.end("after" if after else "name")
            read[start:end] = " " * (end - start)
    run: list[re.Match[str]] = []
    for word in [*_FAITH_WORD_LOOK.finditer(text), None]:  # runs of words of a faith or a facility, then the end
        k = key(word.group()) if word is not None else ""
        fits = word is not None and ((k in FAITH_WORDS and word.group()[:1].isupper()) or k in FACILITY_WORDS)
        if word is not None and fits and (not run or text[run[-1].end():word.start()] in (" ", "-", "\t")):
            run.append(word)
            continue
        keys = [key(w.group()) for w in run]
        if any(k in FAITH_WORDS for k in keys) and (any(k in FACILITY_WORDS for k in keys) or any(
                k.endswith(("apotheke", "krankenhaus")) for k in keys)) and not _owned_by_someone(text, run[0].start()):
            read[run[0].start():run[-1].end()] = " " * (run[-1].end() - run[0].start())
        run = [word] if word is not None and fits else []
    return _without_names_of_no_one(text, read)


def _without_names_of_no_one(text: str, read: list[str]) -> str:
    """Round 38: ``read`` (``text`` as a list of characters) with the dedications ("Our Lady of Lourdes", "Nossa
    Senhora de Fátima": the title, then a capitalised name) and the facilities' names of no one ("Mount Sinai", "Santa
    Casa de Misericórdia", "Dr. Reddy's", "Apollo") read as spaces, capitalised, no relation word, role or title
    before them, with the words of a facility right after them."""
    words = list(_FAITH_WORD_LOOK.finditer(text))
    keys = [key(w.group()) for w in words]
    i = 0
    while i < len(words):
        found = 0
        if words[i].group()[:1].isupper() and not _owned_by_someone(text, words[i].start()):
            for n in range(min(_LONGEST_NAME_OF_NO_ONE, len(words) - i), 0, -1):
                run = tuple(keys[i:i + n])
                if run in FACILITY_NAMES_OF_NO_ONE:
                    found = n
                elif run in DEDICATIONS and i + n < len(words) and words[i + n].group()[:1].isupper():
                    found = n + 1
                if found:
                    break
        if not found:
            i += 1
            continue
        last = i + found - 1
        while last + 1 < len(words) and keys[last + 1] in FACILITY_WORDS and text[
                words[last].end():words[last + 1].start()] in (" ", "-", "\t"):
            last += 1
        read[words[i].start():words[last].end()] = " " * (words[last].end() - words[i].start())
        i = last + 1
    return "".join(read)


def _owned_by_someone(text: str, start: int) -> bool:
    """Round 37: a relation word, role, possessive or title right before ``start``."""
    before = _LAST_WORD.search(text, max(0, start - 24), start)
    return before is not None and key(before.group(1)) in _NAMED_DAY_OWNERS


#: round 34, the check's own split of a chain's name into words ("Aptека 36,6", "Dr.Max" one word each)
_CHAIN_WORD_LOOK = re.compile(r"[^\W_]+(?:[.,][^\W_]+)*")
#: the first words of the chains' names, as :func:`key` reads them (a cheap gate)
_CHAIN_FIRST_KEYS = frozenset(name[0] for name in PHARMACY_CHAIN_NAMES)


def chain_spans(text: str) -> list[tuple[int, int, bool]]:
    """Round 34: the pharmacy chains' names in ``text``
    (:data:`~features.deid.peoplewords.PHARMACY_CHAIN_NAMES`, longest first: "Cruz Verde", "Salcobrand", "Farmacias
    Ahumada"), each as (start, end, named a person): whether a relation word, role or title stands right before it
    (:data:`~features.deid.peoplewords.PERSON_CUES_BEFORE_A_CHAIN`: "mi hermano Cruz Verde", "my son Matas"), where
    the chain's name is a person's. Linear in the words (a chain has at most ``LONGEST_CHAIN_NAME`` words)."""
    if not may_name_a_chain(text):
        return []
    words = list(_CHAIN_WORD_LOOK.finditer(text))
    keys = [key(w.group()) for w in words]
    spans: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(words):
        n = 0 if keys[i] not in _CHAIN_FIRST_KEYS else next((n for n in range(min(
            LONGEST_CHAIN_NAME, len(words) - i), 0, -1) if tuple(keys[i:i + n]) in PHARMACY_CHAIN_NAMES), 0)
        if n:
            spans.append((words[i].start(), words[i + n - 1].end(), i > 0 and keys[i - 1] in PERSON_CUES_BEFORE_A_CHAIN))
        i += max(n, 1)
    return spans


def _without_chains(text: str) -> str:
    """``text`` with the chains' names of :func:`chain_spans` read as spaces, but for one named a person."""
    for start, end, person in chain_spans(text):
        if not person:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _spaces(m: re.Match[str]) -> str:
    """A match read as spaces of its length."""
    return " " * len(m.group())


#: the words that make a holiday's name after them a person's ("Mr. Ramadan", "my friend Diwali"): titles, relation
#: words, roles and possessives
_NAMED_DAY_OWNERS = RELATIONS | ENGLISH_RELATIONS | STAFF_ROLES | POSSESSIVES | frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "sra", "herr", "frau", "mme", "m"})
_LAST_WORD = re.compile(r"([^\W\d_]+)\W{0,3}\Z")


def _without_named_days(text: str) -> str:
    """``text`` with each holiday or fasting season (:func:`~features.deid.holidaywords.named_day_or_season`; round
    22: "fasting for Yom Kippur", "during Navratri") read as spaces, but for one after a title, relation word, role or
    possessive (a person named so)."""
    # round 34 (r34days): the named days' names are folded ("novy rok"): read on the text with its letters' marks
    # dropped in place (:func:`_unmarked_in_place`: "Nový rok", "Crăciun"), blanked in the text as written
    read = list(text)
    for m in named_day_or_season().finditer(_unmarked_in_place(text)):
        before = _LAST_WORD.search(text, max(0, m.start() - 24), m.start())
        if before is None or key(before.group(1)) not in _NAMED_DAY_OWNERS:
            read[m.start():m.end()] = " " * (m.end() - m.start())
    return _MONTH_AFTER_SINCE.sub(_blank_month, "".join(read))


#: letters with no decomposition that the named days' folded names write plain
_PLAIN_LETTERS = str.maketrans("łŁđĐøØıſ", "lLdDoOis")


def _unmarked_in_place(text: str) -> str:
    """``text`` with each letter's combining marks dropped where that leaves one letter ("ý" is "y", "ș" is "s", "ł"
    is "l"), every other character as it is: the same length, so that a find in it is a find in ``text``."""
    return "".join(_unmarked_letter(c) for c in text.translate(_PLAIN_LETTERS))


@functools.lru_cache(maxsize=4096)
def _unmarked_letter(c: str) -> str:
    """``c`` with its combining marks dropped, where that leaves one character; else ``c``."""
    bare = "".join(part for part in unicodedata.normalize("NFD", c) if not unicodedata.combining(part))
    return bare if len(bare) == 1 else c


#: a word after a word of "since", "from" or "until" (:data:`~features.deid.monthnames.MONTH_PREPOSITIONS`)
_MONTH_AFTER_SINCE = re.compile(r"(?i:(?<![^\W\d_])(" + "|".join(sorted(MONTH_PREPOSITIONS, key=len, reverse=True))
                                + r")[ \t]{1,2}([^\W\d_]{3,20})(?![^\W\d_]))")


def _blank_month(m: re.Match[str]) -> str:
    """A month's name after "seit", "since", "desde" (:func:`~features.deid.monthnames.month_forms`; round 22) read as
    spaces: no person stands there."""
    return m.group(1) + m.group()[len(m.group(1)):m.start(2) - m.start()] + " " * len(m.group(2)) \
        if key(m.group(2)) in month_forms() else m.group()


#: round 23, the check's own patterns: an aside between two dashes, a word holding digits after a letter, the word
#: before it, a capitalised word, and a Thai title with the Thai letters after it
_DASHED_LOOK = re.compile(r"(?:--|[–—])[ \t]{1,2}([^\n\-–—]{2,60}?)[ \t]{1,2}(?:--|[–—])")
_DIGITS_IN_WORD = re.compile(r"(?<![^\W_])[A-Za-z][A-Za-z0-9]*[0-9][A-Za-z0-9]*(?![^\W_])")
_CUE_BEFORE = re.compile(r"([^\W\d_]+)(?:[ \t]{1,2}|[ \t]?[:,][ \t]?)\Z")
_DIGIT_NAME_CUES = RELATIONS | ENGLISH_RELATIONS | STAFF_ROLES
#: round 39 (r39arabizi): a cue word (letters and digits: "3ammi"), a title's stop or a colon or comma, and a word
_ARABIZI_LOOK = re.compile(r"(?<![^\W_])(?P<cue>[^\W_]+)(?:\.?[ \t]{1,2}|[ \t]?[:,][ \t]?)(?=(?P<word>[^\W_]+))")
#: round 40: the word one blank or two after another (what stands after a word read as a name)
_WORD_THEN = re.compile(r"[ \t]{1,2}([^\W\d_]+)")
#: round 39 (r39arabizi): a role word, its duty ("on call", :data:`DUTY_LABEL_WORDS`), a colon or dash and a
#: capitalised word: the one on duty ("Nurse on call: Precious")
_DUTY_LABEL_LOOK = re.compile(r"(?<![^\W\d_])(?P<role>[^\W\d_]+)\s+(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                                  for w in DUTY_LABEL_WORDS)
                              + r")\s*[:\-–—]\s*(?P<name>[A-Z][a-z\u00c0-\u024f]+)\b")
#: round 41 (r41arabizi): what shows a text is Arabizi for a name after "ya": the article "el" or a word with an Arabizi
#: letter digit between letters or before a vowel ("5odi", "ba3d"; "5mg" is a dose)
_ARABIZI_IN_TEXT = re.compile(r"(?<![^\W_])(?:el(?![^\W_])|[a-z]+[23579][a-z]|[23579][aeiou])", re.IGNORECASE)
#: round 41 (r41arabizi): a colon or dash and the Hebrew word after it (a Hebrew duty label's value)
_HEBREW_AFTER_A_SIGN = re.compile(r"[ \t]*[:\-–—][ \t]*([\u05d0-\u05ea]+)")
#: Arabizi words that are no name after a cue: everyday ones, kin words, digit words
_ARABIZI_NO_NAME = ARABIZI_WORDS | ARABIZI_WORDS_AFTER_KIN | ARABIZI_KIN_WORDS | frozenset(
    spelling for digit in LATIN_DIGIT_WORDS["egyptian arabic in latin letters"] for spelling in digit.split("/"))
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}(?![\w-])")
#: round 25: a possessive ("my") and "named" may stand between the Thai title and the name ("ลูกสาวผมชื่อ มาลี")
_THAI_TITLE_HEAD = ("(?:" + "|".join(["(?<![\u0e01-\u0e4e.])", *(f"(?<={w})" for w in THAI_BEFORE_TITLES)])
                    + ")(?:" + "|".join(re.escape(t) for t in THAI_TITLES) + ")[ \t]?"
                    + "(?:(?:" + "|".join(THAI_KIN_POSSESSIVES) + ")[ \t]?)?(?:(?:" + "|".join(THAI_NAMED) + ")[ \t]?)?")
_THAI_TITLE_LOOK = re.compile(_THAI_TITLE_HEAD + "([\u0e01-\u0e4e]{2,})")
#: round 24: a Thai title, the given name (or the space a placeholder left for it), one space and the surname
_THAI_SURNAME_LOOK = re.compile(_THAI_TITLE_HEAD
                                + "(?:(?P<given>[\u0e01-\u0e4e]{2,})|[ \t])[ \t](?P<surname>[\u0e01-\u0e4e]{2,})")


def _thai_name_piece_first(letters: str) -> bool:
    """Round 25: Thai letters that open with a common word a given name ends with (:data:`THAI_NAME_END_PIECES`)
    and another common word after it ("ยามารับยา"): what a name cut inside it left ("ปรียา" cut as ปรี), a name."""
    piece = next((p for p in THAI_NAME_END_PIECES if letters.startswith(p)), "")
    rest = letters[len(piece):]
    return bool(piece) and rest.startswith(THAI_WORDS_AFTER_NAMES) and not rest.startswith(THAI_NAME_END_PIECES)


def _thai_runs_whole(given: str) -> bool:
    """A Thai given name with no common word glued after its second letter, but for a name's ending followed by
    nothing or by a common word ("นิตยา", "บุญมี"; round 25)."""
    for at in range(2, len(given)):
        if given.startswith(THAI_WORDS_AFTER_NAMES, at):
            piece = next((p for p in THAI_NAME_END_PIECES if given.startswith(p, at)), "")
            rest = given[at + len(piece):]
            if not piece or (rest and not (rest.startswith(THAI_WORDS_AFTER_NAMES)
                                           and not rest.startswith(THAI_NAME_END_PIECES))):
                return False
    return True


#: round 30: a word for years right after a figure is no given name, nor what follows it ("65 urte ditut": Basque "I am
#: 65", "Urte" a Lithuanian given name); agglutinative age phrases have no name in them
_YEARS_AFTER_A_FIGURE = frozenset(w.lower() for w in (*AGE_WORDS, *AGE_WORDS_AFTER_A_FIGURE) if " " not in w)
_FIGURE_BEFORE = re.compile(r"\d[ \t-]*\Z")


#: round 33: the words after which "with" and a word in capitals is a pill's marking (the shared
#: :data:`~features.deid.readingwords.IMPRINT_WORDS` and :data:`~features.deid.readingwords.MARKING_WORDS`' participles)
_IMPRINTED = frozenset({key(w) for w in (*IMPRINT_WORDS, *MARKING_WORDS) if " " not in w and w.endswith("ed")})


#: round 35: the words of a CamelCase compound read apart ("HealthPlus": "Health", "Plus")
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")
#: the particles a surname written in CamelCase begins with ("McDonald", "MacLeod", "VanDyke", "DiMaggio", "LaToya")
_SURNAME_PARTICLES = frozenset({"mc", "mac", "van", "von", "der", "den", "de", "di", "da", "du", "del", "della", "la",
                                "le", "fitz", "st", "ben", "bin", "al", "el", "ter", "ten", "vander", "vande"})
#: pieces of a brand's compound that are no English word ("PharmaCare", "MediPlus", "RxPlus", "VitaCare")
_BRAND_PIECES = frozenset({"pharma", "medi", "med", "meds", "vita", "apo", "rx", "derma", "cardio", "neuro", "bio",
                           "eco", "uni", "omni", "nutri", "labs"})

#: round 35: given names of the lists that before a verb of going are a kin word or a medicine's brand ("Oma nimmt die
#: Tabletten", "Allegra ran out")
_NO_NAME_BEFORE_GOING = RELATIONS | NAMED_MEDICINE_BRANDS
#: round 38: the words of age read after a relation word (one word each): no name's place
_AGE_VERBS = frozenset(w for w in BARE_TURNING_VERBS if " " not in w)


def _a_month_said_last_or_next(words: list[re.Match[str]], keys: list[str], i: int) -> bool:
    """Round 38: whether ``words[i]`` is a month's name (one that is a given name too: "Avril", "Mayo") with a word of
    "last" or "next" after it (:data:`~features.deid.peoplewords.AFTER_A_MONTH`: "Avril dernier", "Mayo pasado")."""
    return i + 1 < len(words) and words[i].group().lower() in month_forms() and keys[i + 1] in AFTER_A_MONTH


_CAR_MAKE_KEYS = frozenset(key(m) for m in CAR_MAKES)
_CAR_MODEL_KEYS = frozenset(key(m) for m in CAR_MODELS)
#: round 39 (r39refusals): an engine's size or a model year right after a word ("Niro 1.6", "Sportage 2021")
_ENGINE_OR_YEAR_AFTER = re.compile(r"[ \t]+(?:\d\.\d(?!\d)|(?:19|20)\d\d(?!\d)|[A-Z]-?[A-Z][A-Za-z]+-)")


#: round 40 (r40cars): a model's series letters (lower case, as keyed) and the figures right after them ("Mercedes GLC
#: 300 4MATIC", "Mercedes C 220 d", "Lexus RX 350h")
_SERIES_KEYS = frozenset(key(s) for s in CAR_MODEL_SERIES)
_SERIES_FIGURES = re.compile(r"[ \t-]?\d{1,4}[a-z]?(?![^\W_])")


#: round 42 (r42plates): a car's trims as written ("SW", "GT-Line", "SR5")
_CAR_TRIMS = frozenset(CAR_TRIMS)


def _a_trim_after_a_car(words: list[re.Match[str]], keys: list[str], i: int) -> bool:
    """Round 42 (r42plates): whether ``words[i]`` is a car's trim as written after a capitalised model of the table or
    a make and its model, other trims between or none ("Lada Vesta SW Cross 1.8": "SW" is the body, no social
    worker, and "Cross" no surname after a role)."""
    if words[i].group() not in _CAR_TRIMS:
        return False
    n = i - 1
    while n >= 0 and words[n].group() in _CAR_TRIMS:
        n -= 1
    return n >= 0 and words[n].group()[:1].isupper() and (keys[n] in _CAR_MODEL_KEYS or (
        n >= 1 and keys[n - 1] in _CAR_MAKE_KEYS))


def _a_make_and_its_model(keys: list[str], i: int, text: str, model_end: int) -> bool:
    """Round 39 (r39refusals): whether ``keys[i]``, a car make that is also a given name ("Kia"), stands before its
    model: a listed model, or a word with an engine's size, a year or a trim after it ("Kia Niro 1.6 GDi", "Kia
    Sportage T-GDi"); round 40 (r40cars): or a model's series and its figures ("Mercedes GLC 300 4MATIC")."""
    return keys[i] in _CAR_MAKE_KEYS and (keys[i + 1] in _CAR_MODEL_KEYS or bool(
        _ENGINE_OR_YEAR_AFTER.match(text, model_end)) or (
        keys[i + 1] in _SERIES_KEYS and bool(_SERIES_FIGURES.match(text, model_end))))


#: round 42 (r42kin): a colon or dash, then what a Cyrillic duty label's value opens with after any placeholder: initials
#: or a capitalised word, and the initials, given name or patronymic after it
_CYRILLIC_AFTER_A_SIGN = re.compile(
    r"[:\-–—](?:[ \t]*<[A-Z_]+>)?[ \t]*(?P<value>(?:[" + CYRILLIC_CAPITALS + r"][^\W\d_]*\.?[ \t]?){1,4})")


def _cyrillic_duty_named(text: str) -> bool:
    """Round 42 (r42kin): the one on duty after a Russian, Ukrainian or Bulgarian staff role and its duty word before a
    colon or dash, in the raw text or left beside a placeholder ("Дежурный врач: Смирнов И.П.", "врач: <PERSON> И.П."):
    initials, or a capitalised word that is no empty value; after a role with no duty word, initials or a second word
    (a patronymic) must be there ("Врач: Петров И.И.")."""
    for m in _CYRILLIC_AFTER_A_SIGN.finditer(text):
        before = [w.casefold() for w in text[max(0, m.start() - 60):m.start()].split()[-3:]]
        while before and before[0] not in CYRILLIC_DUTY_ROLES and before[0] not in CYRILLIC_DUTY_WORDS:
            before = before[1:]
        if not any(w in CYRILLIC_DUTY_ROLES for w in before) or any(
                w not in CYRILLIC_DUTY_ROLES and w not in CYRILLIC_DUTY_WORDS for w in before):
            continue
        value = m["value"].split()
        if value[0].rstrip(".").casefold() in CYRILLIC_DUTY_NO_NAMES:
            continue
        if any(w in CYRILLIC_DUTY_WORDS for w in before) or "." in m["value"] or len(value) > 1:
            return True
    return False


def _hebrew_duty_named(text: str) -> bool:
    """Round 41 (r41arabizi): a Hebrew word after a colon or dash that closes a Hebrew staff role and one or two words of
    duty ("רוקח תורן: דוד", "אחות אחראית משמרת - מרים"), no empty or pending value ("אין")."""
    for m in _HEBREW_AFTER_A_SIGN.finditer(text):
        if m.group(1) in HEBREW_DUTY_NO_NAMES:
            continue
        before = text[max(0, m.start() - 48):m.start()].split()
        for n in (2, 3):
            if len(before) >= n and before[-n] in HEBREW_DUTY_ROLES and all(
                    w in HEBREW_DUTY_WORDS for w in before[1 - n:]):
                return True
    return False


@functools.cache
def _said_often_where_its_kin_word_is(kin: str, word: str) -> bool:
    """Round 41 (r41inlaws): whether the capitalised ``word`` after the kin word ``kin`` (a key of the Latin lists
    abroad, not English's) is said more often than a listed name may be in a language whose everyday word the kin
    word is: that language's word (a verb capitalised for stress or by a phone: "mi hija Está enferma", "meine Mutter
    Hat Fieber"), no name ("mi hija Rosa", "mi hija Luz" are names)."""
    if kin not in KIN_WORDS_ABROAD or not word[:1].isupper():
        return False
    low = word.lower()
    return any(word_frequency(low, lang) >= KIN_LISTED_NAME_MOST_FREQUENCY and word_frequency(kin, lang) >= 1e-6
               for lang in KIN_WORD_LANGUAGES if lang != "en")


#: round 41 (r41over): what :meth:`PeopleLook._vietnamese_read` writes for a word of Vietnamese prose ("và", and)
_VIETNAMESE_BLANK = "và"


class PeopleLook:
    """The check's reading (see the module docstring), with the check's English vocabulary (``is_word``: lower case)."""

    def __init__(self, is_word: Callable[[str], bool], given_names: frozenset[str] = frozenset(),
                 family_names: frozenset[str] = frozenset(), is_medicine: Callable[[str], bool] | None = None,
                 is_town: Callable[[str], bool] | None = None) -> None:
        self.is_word = is_word
        self.is_town = is_town or (lambda _: False)  # round 38: a town's name, lower case ("san antonio")
        self.is_medicine = is_medicine or is_word  # round 35: a medicine's name (lower case), no given name however it stands
        self.given_names = given_names
        self.family_names = family_names
        self.everyday = (everyday_words_abroad() | _BEFORE_KEYS | HONORIFICS_AFTER | OWNED_RELATIONS | SIGN_OFF_WORDS
                         | DUTY_WORDS_ABROAD)  # round 41: "le pharmacien de garde m'a donné"
        self.carriers = CarrierLook(self._may_name)

    def _may_name(self, word: str, *, lower: bool = True) -> bool:
        """A word the check reads as a name here: no English or everyday word; lower case only where ``lower``."""
        folded = word.lower()
        if len(word) < 2 or key(word) in self.everyday or self.is_word(folded) or folded in _DIAGNOSES:
            return False  # a diagnosis's abbreviation is none ("with CHF"; round 22)
        if a_long_number_word(folded):
            return False  # round 39: "mijn zoon negenentwintig", an age
        if not word.isascii() and word.startswith(SCRIPT_FEAST_STEMS):
            return False  # round 39 (r39refusals): a South Asian feast, no name ("मेरी माँ दिवाली पर मंदिर गईं")

        stem, mark, _ = folded.replace("’", "'").partition("'")
        if mark and len(stem) > 1 and (self.is_word(stem) or stem in self.everyday or stem == _VIETNAMESE_BLANK):
            return False  # "he'll", "it's": a contraction; round 41: "m'a" read as Vietnamese, "và'và"
        return not word.islower() or (lower and not _SLAVIC_VERB.match(folded))

    def kinds(self, text: str) -> list[str]:
        """The kinds of the module docstring in ``text`` (placeholders read as spaces)."""
        found: list[str] = []
        text = without_terms(text)
        if not text.isascii() and self._vietnamese_named(text):
            found.append("name where a person stands")
        unread, text = text, self._vietnamese_read(text)
        lower_words = {w.lower() for w in _LETTERS.findall(text)}
        present = {key(w) for w in lower_words}
        if (not _WORD_CUES.isdisjoint(present) or not present.isdisjoint(self.given_names)
                or not present.isdisjoint(_ADDRESS_TITLES) or not present.isdisjoint(WORDLIKE_GIVEN_NAMES)):
            words = list(_LETTERS.finditer(text))
            keys = [key(w.group()) for w in words]
            joined = [bool(_JOIN.fullmatch(text, a.end(), b.start())) for a, b in pairwise(words)]
            # (round 42, r42plates: a car's trim after its model is no role, "Lada Vesta SW Cross 1.8")
            role_keys = [k if not _a_trim_after_a_car(words, keys, i) else "" for i, k in enumerate(keys)]
            if any(k in _ROLES_OR_NAMING and joined[i] and (keys[i], keys[i + 1]) not in PHARMACY_CHAIN_NAMES
                   and (keys[i], keys[i + 1]) not in TITLED_BRANDS and ((  # round 38: "Dr. Oetker", "Dr Pepper"
                    self._may_name(words[i + 1].group()) and not (  # round 32: "Dr. Simi", a chain of pharmacies
                    everyday_word_of_no_name(words[i + 1].group()))) or (  # round 31: "lekarz podejrzewa"
                    k in TITLES_BEFORE_WORD_SURNAMES and keys[i + 1] in WORD_SURNAMES))  # "Nurse Green" (round 22)
                   for i, k in enumerate(role_keys[:-1])) or self._name_past_title(words, role_keys, joined) \
                    or self._listed_name_after_a_role(words, role_keys, joined, text):
                found.append("staff name after a role word")
            if self._relation_name(words, keys, joined, text):
                found.append("name after a relation word")
            if self._honorific_name(words, keys, joined, text):
                found.append("name beside an honorific")
            if self._uncued_name(words, keys, joined, text) or self._a_given_name_going(unread) \
                    or self._names_in_capitals(words, keys):  # round 38: "NOWAK JAN", "KOVÁCS ISTVÁN"
                found.append("name where a person stands")  # round 35: read as written ("è" is no Vietnamese "và")
        if any(person for *_, person in chain_spans(text)):
            found.append("name after a relation word")  # round 34: "my son Matas", "mi hermano Cruz Verde"
        if (not text.isascii() or "ovich" in text or "ovna" in text or "evna" in text or "-" in text) and (
                any(self._may_name(m.group(), lower=False) and m.group().lower() not in PACK_CUE_WORDS  # round 38
                    for m in _NAMED_BY_ENDING.finditer(text)) or any(
                    m["title"].lower() in HONORIFICS_AFTER and self._may_name(m["name"])
                    for m in _GLUED_HONORIFIC.finditer(text))):
            found.append("name beside an honorific")
        sign_offs = (_THANKS_LOOK, _DASH_SIGNATURE) + ((_SIGN_OFF_LOOK,) if not present.isdisjoint(_SIGN_OFF_ENDS) else ())
        if any(self._may_name(m["name"], lower=False) for pattern in sign_offs for m in pattern.finditer(text)):
            found.append("name after thanks or a sign-off")
        found += self.carriers.kinds(text, lower_words)
        if _REVERSED_LOOK.search(text):
            found.append("name written backwards")
        if any(c in text for c in ":=<[\n") and self._structured_name(text):
            found.append("name in structured text")
        if not text.isascii() and any(self._may_name(m["name"], lower=False) for m in _EMOJI_THEN_NAME.finditer(text)):
            found.append("name beside an emoji")
        if not text.isascii() and (_cjk_name_before_verb(text) or _korean_name_before_verb(text)):
            found.append("name where a person stands")
        if "/" in text and self._slash_listed(text):
            found.append("name in a slash list")
        if "#" in text and any(self._tag_names(m["tag"]) for m in _HASHTAG_LOOK.finditer(text)):
            found.append("name in a hashtag")
        if "@" in text and any(self._handle_names(m["handle"]) for m in _HANDLE_LOOK.finditer(text)):
            found.append("social handle")
        if self._payee(text):
            found.append("payee name")
        if self._initials(text):
            found.append("initials of a third party")
        if self._row_names(text):
            found.append("name in a record row")
        if self._firm_named(text, lower_words):
            found.append("firm named after a person")
        return found + self._round23_kinds(text)

    def _vietnamese_read(self, text: str) -> str:
        """Round 26: ``text`` read as Vietnamese where it is Vietnamese prose, with its marks or without
        (:func:`~features.deid.everydaywords.vietnamese_prose`: "đường huyết cao", "duong huyet hom nay 140", "bác sĩ
        giảm liều thuốc"): the words of a compound of care or of every day ("đường huyết", "duong huyet", "thứ Năm";
        any case), and each Vietnamese word in lower case that is no name's piece the check knows, with its marks or
        without ("giảm", "huyet"), read as "và" ("and": no name, no cue). A capitalised word in mid-sentence, and a word
        that folds to a given name or a surname ("lan", "tuấn", "nguyễn"), stay as written."""
        words = list(_VIETNAMESE_WORD.finditer(text))
        if not vietnamese_prose([w.group().lower() for w in words]):
            return text
        blank = {m.start(): m.end() for c in _VIETNAMESE_COMPOUND_LOOK.finditer(text)
                 for m in _VIETNAMESE_WORD.finditer(text, c.start(), c.end())}
        for i, w in enumerate(words):
            low = w.group().lower()
            bare = folded_vietnamese(low)
            cue = folded_vietnamese(words[i - 1].group().lower()) if i else ""
            if bare in VIETNAMESE_KIN or bare in VIETNAMESE_BEFORE_NAME or bare in HONORIFICS_BEFORE:
                continue  # the cues stay: "bà", "tôi là" (a name after them is read as one)
            if (cue in VIETNAMESE_KIN or cue in VIETNAMESE_BEFORE_NAME or cue in HONORIFICS_BEFORE) \
                    and bare in vietnamese_names():
                continue  # "bà hoa gọi tôi", "con gái tôi là hương": a name's piece where a name stands
            if (w.group().islower() and bare not in self.given_names and bare not in self.family_names
                    and (low in words_of_language("vi") or bare in vietnamese_folded_words())):
                blank[w.start()] = w.end()
        if not blank:
            return text
        pieces, at = [], 0
        for start in sorted(blank):
            pieces += [text[at:start], _VIETNAMESE_BLANK]
            at = blank[start]
        return "".join([*pieces, text[at:]])

    def _vietnamese_named(self, text: str) -> bool:
        """Round 26: in Vietnamese prose written with its marks, capitalised words in mid-sentence that fold to names'
        pieces the check knows: two or more in a row ("gặp Nguyễn Văn Bình"), or one after a title of two words
        ("bác sĩ Lan", "y tá Hoa": :data:`_VIETNAMESE_TITLES`); none after a word a place follows ("ở Hà Nội")."""
        words = list(_VIETNAMESE_WORD.finditer(text))
        if not vietnamese_prose([w.group().lower() for w in words]):
            return False
        terms = [m.span() for m in _VIETNAMESE_COMPOUND_LOOK.finditer(text)]  # "Tết Nguyên Đán" is no one
        for i, w in enumerate(words):
            if (any(a <= w.start() and w.end() <= b for a, b in terms) or not self._vietnamese_name_piece(w.group())
                    or not i or _SENTENCE_END.search(text, words[i - 1].end(), w.start())
                    or words[i - 1].group().lower() in _VIETNAMESE_PLACE_LEADS):
                continue  # (a place's name after "ở", "tại", "bệnh viện": "ở Hà Nội", "bệnh viện Bạch Mai")
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is not None and text[w.end():nxt.start()] == " " and self._vietnamese_name_piece(nxt.group()):
                return True
            title = " ".join(x.group().lower() for x in words[max(0, i - 2):i])
            if title in _VIETNAMESE_TITLES and text[words[i - 1].end():w.start()] == " ":
                return True
        return False

    def _vietnamese_name_piece(self, word: str) -> bool:
        """A capitalised word that folds to a given name or a surname the check knows ("Nguyễn", "Văn", "Lan")."""
        bare = folded_vietnamese(word).lower()
        return word[:1].isupper() and word[1:].islower() and (bare in self.given_names or bare in self.family_names)

    def _round23_kinds(self, text: str) -> list[str]:
        """The twenty-third round's third parties, each read where a character it needs is there: capitalised words
        between two dashes, a word with digits for letters after a relation or role word, a long capitalised word
        with a Thai surname's ending after a capitalised word, a Thai word after a Thai title."""
        found: list[str] = []
        if ("--" in text or "–" in text or "—" in text) and any(
                self._may_name(w, lower=False) for m in _DASHED_LOOK.finditer(text)
                for w in m.group(1).split() if w[:1].isupper()):
            found.append("name between dashes")
        if any(c.isdigit() for c in text) and self._digits_for_letters(text):
            found.append("name spelled with digits after a cue")
        if self._arabizi_named(text):
            found.append("Arabizi name after a kin or role word")
        if any(m["role"].lower() in STAFF_ROLES and m["name"].lower() not in DUTY_LABEL_NO_NAMES
               for m in _DUTY_LABEL_LOOK.finditer(text)):
            found.append("name after a staff duty label")
        if not text.isascii() and (_hebrew_duty_named(text) or _cyrillic_duty_named(text)):
            found.append("name after a staff duty label")
        if self._thai_surname(text):
            found.append("Thai surname after a given name")
        if not text.isascii() and any(not m.group(1).startswith(THAI_NOT_NAME_STARTS) or _thai_name_piece_first(
                m.group(1)) for m in _THAI_TITLE_LOOK.finditer(text)):
            found.append("name after a Thai title")
        if not text.isascii() and any(self._thai_surname_after(m) for m in _THAI_SURNAME_LOOK.finditer(text)):
            found.append("Thai surname after a titled name")
        return found

    @staticmethod
    def _thai_surname_after(m: re.Match[str]) -> bool:
        """Round 24: a Thai word after a titled given name and a space ("พ่อสมศักดิ์ ใจดี"), or after the space a
        placeholder left for the given name: a Thai name is a given name, a space and a surname. The given name must
        run whole, no common word glued to it ("พี่สมชายมาแล้ว ขอบคุณ" is a clause), and the word after the space must
        start as no common word does ("ยายมาลี อายุ 92")."""
        given = m["given"] or ""
        if given.startswith(THAI_NOT_NAME_STARTS) or not _thai_runs_whole(given):
            return False
        if not given and m["surname"].startswith(THAI_WORDS_AFTER_NAMES):
            return False  # round 41: the clause goes on after the name's placeholder ("แม่ <PERSON> เตือนให้กินยา")
        return not m["surname"].startswith(THAI_NOT_NAME_STARTS + THAI_WORDS_AFTER_A_SPACE)

    def _digits_for_letters(self, text: str) -> bool:
        """A word that starts with a letter and holds digits for letters after a relation or role word, that read
        as letters is a given name or may be one ("my son J4m3s", "nurse K4te"); a code the check knows ("A1c") is
        none."""
        for m in _DIGITS_IN_WORD.finditer(text):
            before = _CUE_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if before is None or key(before.group(1)) not in _DIGIT_NAME_CUES or self.is_word(m.group().lower()):
                continue
            letters = "".join(LEET_LETTERS.get(c, c) for c in m.group().lower())
            if letters.isalpha() and len(letters) >= LEET_SHORTEST and sum(c.isalpha() for c in m.group()) > 1 and (
                    letters in self.given_names or self._may_name(letters)):
                return True
        return False

    def _arabizi_named(self, text: str) -> bool:
        """Round 39 (r39arabizi): after a relation or role word or an Arabizi kin word (:data:`ARABIZI_KIN_WORDS`), a
        word with an Arabizi letter digit before a letter ("7ossam", "Ra7ma", "3ali"), of three letters or more and no
        everyday Arabizi word, kin word or number; or after an Arabizi kin word a capitalised word the check may read
        as a name ("akhoya Karim")."""
        arabizi = None  # round 41: whether the text holds Arabizi, read once a vocative ("ya") is seen
        for m in _ARABIZI_LOOK.finditer(text):
            cue, word = m["cue"].lower(), m["word"]
            low = word.lower()
            if cue in ARABIZI_VOCATIVES:
                if arabizi is None:
                    arabizi = _ARABIZI_IN_TEXT.search(text) is not None
                cue = "ya"
            if low in _ARABIZI_NO_NAME or (cue not in ARABIZI_KIN_WORDS and key(cue) not in _DIGIT_NAME_CUES
                                           and not (cue == "ya" and (arabizi or self._called_by_name(word)))):
                continue
            after = _WORD_THEN.match(text, m.end("word"))
            if no_name_where_it_stands(word, m["cue"], after.group(1) if after else ""):
                continue  # round 40: "moje mama Zavolej mi": a verb of calling, no name
            letters = [c for c in low if c.isalpha()]
            if any(c in ARABIZI_LETTER_DIGITS for c in low) and re.search("[23579][a-z]", low):
                count = low.lstrip("0123456789")  # "dad 3days", "2eggs": a count, but "3ali", "5aled" are names
                if len(letters) >= 3 and not (self.is_word(count) and (count[0] not in "aeiou" or count[-1] == "s")):
                    return True
            elif (cue in ARABIZI_KIN_WORDS or cue == "ya") and word[:1].isupper() and word[1:].islower() \
                    and (not self.is_word(low) or key(word) in self.given_names) \
                    and key(word) not in _DIGIT_NAME_CUES:  # round 41: "3amo Sami", "habibti Rana", "ya Reem"
                return True
        return False

    def _called_by_name(self, word: str) -> bool:
        """Round 42 (r42kin): "ya" and a capitalised word in a text with no other Arabizi ("ya Reem"): a name where it is
        a given name the check knows or an Arabic one in letters, no medicine, and seldom a word where "ya" is one."""
        plain = key(word)
        if not (word[:1].isupper() and word[1:].islower()) or self.is_medicine(plain):
            return False
        if plain not in ARABIC_GIVEN_NAMES_IN_LETTERS and plain not in self.given_names:
            return False
        return all(word_frequency(word.lower(), lang) < KIN_LISTED_NAME_MOST_FREQUENCY for lang in VOCATIVE_WORD_LANGUAGES)

    def _thai_surname(self, text: str) -> bool:
        """A capitalised word of :data:`THAI_SURNAME_SHORTEST` letters or more, ending as a Thai surname does and no
        word the check knows, right after another capitalised word ("Kanya Wongsawat")."""
        words = list(_CAPITALISED.finditer(text))
        return any(text[a.end():b.start()] in (" ", "\t") and len(b.group()) >= THAI_SURNAME_SHORTEST
                   and b.group().lower().endswith(THAI_SURNAME_ENDINGS) and self._may_name(b.group(), lower=False)
                   for a, b in pairwise(words))

    def _firm_named(self, text: str, lower_words: set[str]) -> bool:
        """A firm named after a person: capitalised words before a trade or a company form ("Okonkwo Logistics",
        "Kowalczyk & Sons", "Abernathy, Inc.") or after a trade said first ("Boulangerie Lefebvre"), one of which may be
        a name, carries a possessive ("Przybylski's Bakery") or stands before a family's form ("Baker & Sons"); a brand
        (:func:`known_brand`, read as one even where it is also a family name) is none."""
        keyed = {key(w) for w in lower_words}
        if keyed.isdisjoint(_TRADES) and keyed.isdisjoint(company_form_ends()):
            return False
        forms = company_forms_by_first()
        pieces = list(_FIRM_PIECE.finditer(text))
        folded = ["and" if p.group() == "&" else key(p.group()) for p in pieces]
        for i, k in enumerate(folded):
            form = [f for f in forms.get(k, ()) if tuple(folded[i:i + len(f)]) == f and not (
                len(f) == 1 and len(k) <= 3 and pieces[i].group().islower())]
            if k in TRADES_BEFORE:
                run = self._capitals(text, pieces, range(i + 1, min(len(pieces), i + 3)))
            elif k in TRADES_AFTER or form:
                run = self._capitals(text, pieces, range(i - 1, max(-1, i - 4), -1))[::-1]
            else:
                continue
            if k in TRADES_BEFORE and len(run) == 1 and _DOSED_AFTER.match(text, run[0].end()):
                continue  # round 38: a medicine dosed after a trade and a comma ("até à farmácia, Victan 2 mg")
            names = [p.group() for p in run if p.group().lower() not in _JOINING]
            if not names or (k in PHARMACY_WORDS and all(key(w) in PHARMACY_NAME_WORDS for w in names)):
                continue  # round 40: words pharmacies are named for ("Pharmacie Principale", "Farmacia Popular")
            name = text[run[0].start():run[-1].end()]
            whole = text[min(run[0].start(), pieces[i].start()):max(run[-1].end(), pieces[i].end())]
            chain = tuple(key(p.group()) for p in run)
            if {chain, (*chain, k), (k, *chain)} & PHARMACY_CHAIN_NAMES:  # round 32: "Priceline Pharmacy", "Farmacia Tei"
                continue
            family = any(w in FAMILY_FORM_WORDS for f in form for w in f)
            if not known_brand(name, whole, family_name=False) and any(
                    family or (self._may_name(w, lower=False) and not self._brand_compound(w))
                    or (len(w) > 3 and w[-2:] in ("'s", "’s")) or (form and key(w) in self.given_names)
                    for w in names):
                return True
        return False

    def _brand_compound(self, word: str) -> bool:
        """Round 35: a word of two words or more glued in CamelCase, each an everyday word of English or a piece of a
        brand (:data:`_BRAND_PIECES`), the first no particle of a surname ("HealthPlus", "MediCare", "PharmaCare"; not
        "McDonald", "VanDyke", "DiMaggio", "FitzGerald"): a brand's, no person's name (round 34: "HealthPlus Pharmacy"
        was read as a firm named after a person)."""
        parts = _CAMEL_PARTS.findall(word)
        return len(parts) >= 2 and "".join(parts) == word and parts[0].lower() not in _SURNAME_PARTICLES and all(
            len(p) >= 3 and (p.lower() in _BRAND_PIECES or self.is_word(p.lower())) for p in parts)

    def _capitals(self, text: str, pieces: list[re.Match[str]], order: range) -> list[re.Match[str]]:
        """The capitalised words and joins next to a trade or form, outward in ``order``, up to a gap that is more
        than a space, a comma or a dot, or a word in lower case."""
        run: list[re.Match[str]] = []
        previous = order.start - order.step
        for n in order:
            a, b = sorted((n, previous))
            if not _FIRM_SPACE.fullmatch(text, pieces[a].end(), pieces[b].start()):
                break
            word = pieces[n].group()
            joins = word.lower() in _JOINING and bool(run)
            if not joins and not (word[:1].isupper() and key(word) not in _TRADES):
                break
            run.append(pieces[n])
            previous = n
        while run and run[-1].group().lower() in _JOINING:
            run.pop()
        return run

    def _row_names(self, text: str) -> bool:
        """A name in a row no key names: an element of letters in an EDI person segment, whatever its case (a name in
        capitals is a name there), or a quoted SQL literal after VALUES with a word that may be a name."""
        lowered = text.lower()
        if "nm1" in lowered and any(re.search(r"[^\W\d_]{2}", m[2]) for m in _EDI_NAMES.finditer(text)):
            return True
        return "values" in lowered and any(
            self._value_names((q[1] or q[2] or "").replace("_", " ")) for m in _SQL_ROW.finditer(text)
            for q in _QUOTED.finditer(m[1]))

    def _initials(self, text: str) -> bool:
        """A third party's initials: dotted ones ("J.R.", "T.K.") before a person's word ("from", "my", a verb a
        person does) or after a relation, role or asking word ("my son (T.K.)", "ask K.L."), and bare capitals
        before a possessive and a relation word ("DW my neighbour", "JR, my son"); abbreviations of
        :data:`NOT_INITIALS` ("U.S.", "B.I.D.", "BP") are none."""
        for m in _INITIALS.finditer(text):
            letters = re.sub(r"[.\s]", "", m.group())
            if letters.lower() in NOT_INITIALS or (m["bare"] and letters.lower() in PLACE_CODES):
                continue
            after = [w for w in _LETTERS.finditer(text, m.end(), m.end() + 40)][:2]
            if not after or not _INITIALS_GAP.fullmatch(text, m.end(), after[0].start()):
                after = []
            nxt = [key(w.group()) for w in after]
            before = list(_LETTERS.finditer(text, max(0, m.start() - 30), m.start()))
            cue = key(before[-1].group()) if before and _INITIALS_GAP.fullmatch(text, before[-1].end(), m.start()) \
                else ""
            if m["bare"]:
                if len(nxt) == 2 and nxt[0] in POSSESSIVES and nxt[1] in _INITIALS_CUES and _JOIN.fullmatch(
                        text, after[0].end(), after[1].start()):
                    return True
                if cue in BARE_INITIALS_CUES and not (cue in _CAR_MODEL_KEYS and before[-1].group()[:1].isupper()):
                    return True  # "grandson TJ will pick up", "my daughter JR" (round 22); "Ford Ranger XLT" a trim
                if (cue in INITIALS_COPULAS and len(before) >= 2 and key(before[-2].group()) in KIN_BEFORE_COPULA_INITIALS
                        and text[before[-2].end():before[-1].start()] in (" ", "  ", "\t")
                        and (not nxt or nxt[0] in AFTER_INITIALS or nxt[0] in INITIALS_COPULA_AFTER)):
                    return True  # round 31: "my grandson is DJ", "my niece is AJ and she drives"
                continue
            if nxt and nxt[0] in AFTER_INITIALS:
                return True
            if cue in _INITIALS_CUES:
                return True
        return False

    def _relation_name(self, words: list[re.Match[str]], keys: list[str], joined: list[bool], text: str) -> bool:
        """A relation word (an English one with a possessive before it), then up to three possessives, articles or
        particles, then a word that may be a name; in lower case only after such a cue or a comma."""
        cues = POSSESSIVES | ARTICLES
        for i, k in enumerate(keys):
            b = i - 1 if k not in TWO_WORD_ROLES or i < 1 or keys[i - 1] not in TWO_WORD_ROLES[k] else i - 2
            before = b >= 0 and joined[b] and (keys[b] in cues or owned_by_kin(keys[b]) or (
                keys[b] == "the" and (k in ROLES_AFTER_THE or b < i - 1)))  # "the home help", "neighbour's boy"
            if not (k in RELATIONS or k in OWNED_RELATIONS or ((k in ENGLISH_RELATIONS or b < i - 1) and before)):
                continue
            cue, j = before or k in OWNED_RELATIONS, i
            while j + 1 < len(words) and joined[j]:
                cue = cue or "," in text[words[j].end():words[j + 1].start()]
                j += 1
                if keys[j] not in cues or j - i > 3:
                    break
                cue = True
            else:
                continue
            if "\u0621" <= words[j].group()[0] <= "\u06d3" and words[j].group() not in arabic_script_given_names():
                continue  # round 31: no capitals in the script: a listed name only ("مادرم قرص‌هایش را خورد")
            if k in OWNED_RELATIONS and keys[j] in function_words("tr"):
                continue  # round 31: "oğlum beni götürdü": a Turkish pronoun
            if malay_word_after_its_possessive(keys[j - 1], words[j].group()):
                continue  # round 35: "Adik saya makan Panadol": a verb of Malay
            if self._a_verb_and_its_object(words, keys, j, text) or self._an_age_verb(words, j):
                continue  # round 38: "Mi madre Toma la metformina", "Ibu saya berumur 70 tahun"
            if no_name_where_it_stands(words[j].group(), words[j - 1].group(),
                                       words[j + 1].group() if j + 1 < len(words) and joined[j] else ""):
                continue  # round 40: "mama zavolaj mi", "annem Beni ara", "my mother May come by"
            if _said_often_where_its_kin_word_is(k, words[j].group()):
                continue  # round 41: "mi hija Está enferma" ("is"; "Esta" is a given name of Faker's English)
            if keys[j] in FACILITY_WORDS and words[j].group().islower():
                continue  # round 42: a facility's word in lower case, "si Lola sa ospital" (Tagalog: "Grandma, at the")
            if (k in RELATIONS or cue) and (self._may_name(words[j].group(), lower=cue) or (
                    k in OWNED_RELATIONS and keys[j] in self.given_names) or (  # round 37: "mi hijo Tomo", "my daughter April"
                    k in RELATIONS and keys[j] in self.given_names and words[j].group().istitle() and not (
                        self.is_medicine(keys[j]))) or (  # round 38: "Mein Sohn Mercy", a name that is a word
                    keys[j] in WORDLIKE_GIVEN_NAMES and words[j].group().istitle() and (
                        (k in RELATIONS and k not in ENGLISH_RELATIONS) or self._a_verb_after(words, keys, j, text))
                    ) or (  # round 39: "Meine Tochter Hope", "Mon fils Grace", "my daughter Grace called"
                    words[j].group()[:1].isupper() and (keys[j] in FOREIGN_WORDS_THAT_ARE_NAMES or (
                        words[j].group().lower() in month_forms())))) and not (
                    self._a_have_verbs_object(words, j)):
                return True
        return False

    def _a_verb_after(self, words: list[re.Match[str]], keys: list[str], j: int, text: str) -> bool:
        """Round 39 (r39kin): whether a person's verb stands one space after ``words[j]`` (one of
        :data:`~features.deid.peoplewords.VERB_AFTER_A_NAME` or a word in "-ed": "my daughter Grace called")."""
        return j + 1 < len(words) and self._spaced(text, words[j], words[j + 1]) and (
            keys[j + 1] in VERB_AFTER_A_NAME or (len(keys[j + 1]) > 3 and keys[j + 1].endswith("ed")))

    def _a_verb_and_its_object(self, words: list[re.Match[str]], keys: list[str], j: int, text: str) -> bool:
        """Round 38: whether ``words[j]`` is a verb of taking that is also a name, in any case
        (:data:`~features.deid.peoplewords.VERBS_THAT_ARE_NAMES`), with its object one space after it: a medicine, or
        an article, determiner or possessive with no person's verb after it ("Mi madre Toma la metformina", "mi padre
        Toma sus pastillas"; "mi hijo Tomás la llamó" stays a name)."""
        if keys[j] not in VERBS_THAT_ARE_NAMES or j + 1 >= len(words) or not self._spaced(text, words[j], words[j + 1]):
            return False
        if self.is_medicine(words[j + 1].group().lower()):
            return True
        if keys[j + 1] not in VERB_OBJECT_LEADS:
            return False
        if j + 2 >= len(words) or not self._spaced(text, words[j + 1], words[j + 2]):
            return False
        then = words[j + 2].group().lower()  # a past verb of Spanish or Portuguese after a clitic: "la llamó"
        return keys[j + 2] not in VERB_AFTER_A_NAME and not then.endswith(("ed", "ó", "ou", "eu", "iu"))

    def _an_age_verb(self, words: list[re.Match[str]], j: int) -> bool:
        """Round 38: whether ``words[j]`` is a verb or word of age in lower case that needs no person before it
        (:data:`~features.deid.agewords.BARE_TURNING_VERBS`) and no given name the check knows ("Ibu saya berumur 70
        tahun", "Nenek saya berumur sembilan puluh enam tahun": the age goes by its own reading)."""
        word = words[j].group()
        return word.islower() and word in _AGE_VERBS and key(word) not in self.given_names

    def _a_have_verbs_object(self, words: list[re.Match[str]], at: int) -> bool:
        """Whether the word at ``at`` is the object of a short verb of having just before it
        (:data:`~features.deid.everydaywords.HAVE_VERBS`; round 30: "tata ma cukrzycę", "mama ima dijabetes"), in lower
        case, a word of the verb's language and no given name the check knows."""
        word = words[at].group()
        return at > 0 and words[at - 1].group() in HAVE_VERBS and key(word) not in self.given_names and (
            object_of_a_have_verb(words[at - 1].group(), [word]))

    def _spaced(self, text: str, a: re.Match[str], b: re.Match[str]) -> bool:
        return text[a.end():b.start()] in (" ", "\t")

    def _names_in_capitals(self, words: list[re.Match[str]], keys: list[str]) -> bool:
        """Round 38: a given name of the check's lists in capitals next to another word in capitals, a single space
        between, each three letters or more and a word the check may read as a name, the two no town: a name written
        in capitals surname first or last ("WOJCIECHOWSKA HALINA", "JAN NOWAK")."""
        for n in range(1, len(words)):
            left, right = words[n - 1], words[n]
            if left.string[left.end():right.start()] not in (" ", "\t"):
                continue
            pair = keys[n - 1:n + 1]
            if not (left.group().isupper() and right.group().isupper()) or len(min(pair, key=len)) < 3:
                continue
            if (pair[0] in self.given_names or pair[1] in self.given_names) \
                    and not (set(pair) & CAPITAL_PAIR_NO_NAMES - self.given_names) \
                    and all(self._may_name(w.group(), lower=False) or k in self.given_names or k in self.family_names
                            for w, k in ((left, pair[0]), (right, pair[1]))) \
                    and not self.is_town(" ".join(pair)):
                return True
        return False

    def _listed_name_after_a_role(self, words: list[re.Match[str]], keys: list[str], joined: list[bool],
                                  text: str) -> bool:
        """Round 37: a capitalised surname of the check's lists that is also an English word right after a staff role
        ("PA Morrison", "Dr Green"), or a given name of the lists, or one that is an English word, and such a surname
        after it ("the Giant Eagle pharmacist Mark Jones"): the role says a person, the word's other sense is none
        (not a chain's pair of words, "Dr. Max", nor a medicine)."""
        def listed(n: int, names: frozenset[str]) -> bool:
            word = words[n].group()
            return keys[n] in names and word[:1].isupper() and word[1:].islower() and not self.is_medicine(word.lower())

        for i, k in enumerate(keys[:-1]):
            if k not in STAFF_ROLES or not joined[i] or (k, keys[i + 1]) in PHARMACY_CHAIN_NAMES:
                continue
            if listed(i + 1, self.family_names) and not self._a_verb_and_its_object(words, keys, i + 1, text):
                return True  # (round 38: not "mi padre Toma sus pastillas", a verb of taking and its object)
            if i + 2 < len(keys) and joined[i + 1] and listed(i + 1, self.given_names | WORDLIKE_GIVEN_NAMES) \
                    and (listed(i + 2, self.family_names) or listed(i + 2, WORD_SURNAMES)):  # round 38: "Nurse Grace Young"
                return True
        return False

    def _name_past_title(self, words: list[re.Match[str]], keys: list[str], joined: list[bool]) -> bool:
        """A name after a title said in more than one word (round 19: "la jueza de guardia Grzelak", "el guardia civil
        X", "la juge d'instruction X"; :data:`TITLE_TAILS`), after "pm" or "gip" with an article before ("il pm X"),
        or an Irish surname's particle and the surname after a title ("Father Ó Súilleabháin")."""
        for i, k in enumerate(keys[:-1]):
            capital = words[i].group().lower() in HONORIFICS_BEFORE_CAPITALISED
            if not joined[i] or not (capital or k in STAFF_ROLES or (
                    k in TITLES_AFTER_ARTICLES and i and keys[i - 1] in ARTICLES)):
                continue
            n = i + 1
            tail = next((size for size in range(TITLE_TAIL_WORDS, 0, -1) if n + size < len(words)
                         and tuple(keys[n:n + size]) in TITLE_TAILS and all(joined[n:n + size])), 0)
            n += tail
            if words[n].group() in IRISH_SURNAME_PARTICLES and n + 1 < len(words) and joined[n]:
                n += 1
            if (tail or n > i + 1 or k in TITLES_AFTER_ARTICLES) and self._may_name(words[n].group(), lower=not capital):
                return True
        return False

    def _honorific_name(self, words: list[re.Match[str]], keys: list[str], joined: list[bool], text: str) -> bool:
        """A word that may be a name after an honorific said before one ("anh minh", "shri rahul") or before one said
        after ("hüseyin amca", "kovács néni", "rahul bhaiya"), any case."""
        plain = prose_words_of_no_name([w.group().lower() for w in words])
        for i, k in enumerate(keys):
            title = words[i].group().lower()
            n = i + 2 if i + 2 < len(words) and joined[i] and joined[i + 1] and keys[i + 1] in ARTICLES else i + 1
            if (n < len(words) and joined[i] and (title in HONORIFICS_BEFORE or title in HONORIFICS_BEFORE_CAPITALISED)
                    and self._may_name(words[n].group(), lower=title in HONORIFICS_BEFORE)):
                return True  # an article may stand between ("tên là tuấn")
            if (title in _BENCH_TITLES and i + 1 < len(words) and joined[i] and len(after := words[i + 1].group()) > 2
                    and after[0].isupper() and after[1:].islower() and key(after) not in self.everyday):
                return True
            if (k in HONORIFICS_AFTER and i and self._spaced(text, words[i - 1], words[i])
                    and self._may_name(words[i - 1].group()) and title not in plain):  # Hinglish "dono": both
                return True
            if title in _ADDRESS_TITLES and i + 1 < len(words) and joined[i] and self._addressed_name(words[i + 1].group()):
                return True
        return False

    def _addressed_name(self, word: str) -> bool:
        """A name after a Spanish or Portuguese title of address (round 24: "doña mercedes", "sra. lopez"): any word
        that may be a name when capitalised; in lower case only a given name the check knows or an "-ez" surname (the
        titles are words too: "seu filho", "dona de casa")."""
        if word[:1].isupper():
            return self._may_name(word, lower=False)
        low = word.lower()
        if low in self.given_names or key(low) in self.given_names:  # "pilar", "maria": dictionary words as well
            return key(low) not in self.everyday and low not in _DIAGNOSES
        return low.endswith(IBERIAN_SURNAME_ENDING) and len(low) >= 5 and self._may_name(low)

    def _uncued_name(self, words: list[re.Match[str]], keys: list[str], joined: list[bool], text: str) -> bool:
        """A word that may be a name just before a verb a person does ("Nwachukwu picked"), just after a preposition a
        person follows ("with Nwachukwu", "per solberg"), or after a known given name ("ingrid solberg"), but for a
        given name in lower case that is a word of the message's language where wordfreq has no list of it (round 32:
        Welsh "y dabled gyda bwyd", "gyda" is "with", Gyda a given name; :func:`_small_prose_words`)."""
        prose = self._small_prose_words(words)
        plain = prose_words_of_no_name([w.group().lower() for w in words])
        lowered = [w.group().lower() for w in words]
        language = prose_language(lowered) or one_languages_prose(lowered)  # round 43: a word salad has few function words
        for i, k in enumerate(keys):
            if k in PERSON_VERBS_ABROAD and i and self._spaced(text, words[i - 1], words[i]) and not words[
                    i - 1].group().islower() and self._may_name(words[i - 1].group(), lower=False) and not (
                    keys[i - 1] in FACILITY_WORDS and keys[i - 1] not in self.given_names):
                return True  # "Смирнов принёс", "Σπανού πήρε"; round 42: not "Szpital zadzwonił", a facility's word
            if k in PERSON_VERBS and i and self._spaced(text, words[i - 1], words[i]) and keys[i - 1] not in SERVICES \
                    and not re.search("[a-z][A-Z]", words[i - 1].group()) and (i < 2 or keys[i - 2] not in _OWNERS) \
                    and not ((keys[i - 1] in RELATIONS or keys[i - 1] in NORDIC_KIN_WORDS) and words[i - 1].group().islower()) \
                    and self._may_name(words[i - 1].group()):
                return True  # (not "my Dexcom says", "the nurse-san said", "MomLinda says": a thing, a role, glued;
                # round 37: nor a kin word in lower case, "min bror hämtade")
            if i + 1 >= len(words) or not joined[i] or keys[i + 1] in SERVICES or re.search(
                    "[a-z][A-Z]", after := words[i + 1].group()):
                continue  # "with InPen": a brand
            if k == "with" and i and keys[i - 1] in _IMPRINTED and after.isupper():
                continue  # round 33: a pill's marking, its maker in capitals ("imprinted with TEVA", "marked with M")
            if k in PERSON_PREPOSITIONS and not self._brand_switched(keys, i) and not self._brand_dosed(
                    keys[i + 1], text, words[i + 1].end()) and self._may_name(
                    after, lower=k in LOWER_CASE_PREPOSITIONS or (
                    k == "with" and i > 0 and keys[i - 1] in COMPANY_VERBS)) and not (
                    k == "per" and re.search(r"\d", " ".join(text[:words[i].start()].split()[-3:]))):  # a rate: "2 x per dag"
                return True
            if (k in self.given_names and k not in self.everyday and not self.is_word(k)
                    and not (words[i].group().islower() and words[i].group() in prose and after.islower())
                    and not self._plain_prose_word(words, i, plain, text)
                    and not self._opens_its_small_languages_prose(words, i, text)
                    and not self._a_pair_of_its_prose(words, i, language)
                    and not (k in LATIN_AGE_COUNTERS and words[i].group().islower())
                    and not (k in _YEARS_AFTER_A_FIGURE and (_FIGURE_BEFORE.search(text, 0, words[i].start())
                                                             or keys[i + 1] in AGE_AUXILIARIES_AFTER_YEARS))
                    and keys[i + 1] not in self.given_names and self._may_name(after)
                    and not _a_make_and_its_model(keys, i, text, words[i + 1].end())
                    and not (keys[i + 1] not in self.family_names and any(
                        w.group().islower() and (c in RELATIONS or c in NORDIC_KIN_WORDS)
                        for w, c in ((words[i], k), (words[i + 1], keys[i + 1]))))
                    and not self._a_have_verbs_object(words, i + 1) and not self._listed_with_a_medicine(keys, i)
                    and not _a_month_said_last_or_next(words, keys, i)):  # round 38: "Avril dernier"
                # (round 37: a kin word in lower case is no given name, nor a surname after one, but before a known
                # surname: "Min bror hämtade", Swedish "my brother fetched", "Bror" and "Min" being given names)
                # (round 24: "sal", "sai", "sui" in lower case are counters of years of age, no "Sal":
                # "halmeoni-neun gusip-chil sal, harabeoji-neun baek sal")
                return True
        return False

    def _listed_with_a_medicine(self, keys: list[str], i: int) -> bool:
        """Round 37: whether ``keys[i]``, a medicine's brand that is also a given name, is joined to a medicine by a
        word of :data:`~features.deid.readingwords.LIST_JOINERS` ("Telma aur Ecosprin", "Ecosprin aur Telma")."""
        return keys[i] in medicine_brands_named() and (
            (i + 2 < len(keys) and keys[i + 1] in LIST_JOINERS and self.is_medicine(keys[i + 2]))
            or (i >= 2 and keys[i - 1] in LIST_JOINERS and self.is_medicine(keys[i - 2])))

    def _a_given_name_going(self, text: str) -> bool:
        """Round 35: whether :meth:`_given_name_going` holds at a word of ``text`` ("Ana fue a la farmacia")."""
        words = list(_LETTERS.finditer(text))
        keys = [key(w.group()) for w in words]
        return any(self._given_name_going(words, keys, i, text) for i in range(1, len(keys))
                   if not _a_month_said_last_or_next(words, keys, i - 1))  # round 38: "Mayo pasado dejé"

    def _given_name_going(self, words: list[re.Match[str]], keys: list[str], i: int, text: str) -> bool:
        """Round 35: whether a capitalised given name of the check's lists stands just before ``words[i]``, a verb of
        going, taking or forgetting of :data:`~features.deid.peoplewords.PERSON_VERBS_OF_GOING`, or an auxiliary with
        such a participle after it; the name may be a word elsewhere (Spanish "Ana fue", "ana" being Turkish for
        mother), but no medicine ("Allegra"). Round 37: the verbs of saying and bringing are of them ("Pilar said"),
        a short place phrase may stand between ("Jan at the pharmacy said", "Pilar de la farmacia dijo"), and a given
        name that is a common English word counts opening a sentence ("Grace said")."""
        participle = i + 1 < len(keys) and keys[i + 1] in PERSON_VERBS_OF_GOING and self._spaced(
            text, words[i], words[i + 1])
        said_to_be = i + 1 < len(keys) and keys[i] in COPULAS_BEFORE_A_PRONOUN and keys[i + 1] in PRONOUNS_AFTER_A_VERB
        if not (keys[i] in PERSON_VERBS_OF_GOING or (keys[i] in AUXILIARIES_BEFORE_A_PARTICIPLE and participle)
                or said_to_be):  # round 39 (lead): "Marco bin ich", "Anna är jag": a verb of being, then its subject
            return False
        at = i - 1
        for lead in range(i - 1, max(0, i - 1 - PLACE_PHRASE_WORDS), -1):  # back over "at the pharmacy"
            if not (self._spaced(text, words[lead - 1], words[lead]) and words[lead].group()[1:].islower()):
                break  # (a German noun's capital: "aus der Apotheke")
            if keys[lead] in PLACE_PHRASE_LEADS and words[lead].group().islower() and words[lead - 1].group()[:1].isupper() \
                    and keys[lead - 1] in self.given_names | WORDLIKE_GIVEN_NAMES:
                at = lead - 1
                break
        name = words[at].group()
        opening = at == 0 or _SENTENCE_END.search(text, words[at - 1].end(), words[at].start()) is not None
        return (keys[at] in self.given_names or (keys[at] in WORDLIKE_GIVEN_NAMES and opening)) \
            and name[:1].isupper() and self._spaced(text, words[at], words[at + 1]) \
            and not self.is_medicine(name.lower()) and keys[at] not in _NO_NAME_BEFORE_GOING \
            and keys[at] not in opening_words_of_no_name() \
            and not (at > 0 and keys[at - 1] in POSSESSIVES) \
            and not (len(name) > 1 and name.isupper() and not words[i].group().isupper())
        # ("Oma nimmt", "my Allegra ran out": kin, a brand, a thing; "the MAR says": capitals before a verb in lower
        # case are an abbreviation, "ANA FUE" a name in a text in capitals)

    @staticmethod
    def _plain_prose_word(words: list[re.Match[str]], i: int, plain: frozenset[str], text: str) -> bool:
        """Round 34: whether the given name ``words[i]`` is an everyday word of the message's Malay, Tagalog, Swahili
        or Hinglish prose (``plain``, :func:`~features.deid.everydaywords.prose_words_of_no_name`), in lower case or
        opening a sentence, before another of its words or a word in capitals (a brand): "Lupa makan ubat malam tadi",
        "Jana usiku nilisahau dawa", "Sudah makan Panadol"."""
        word, after = words[i].group(), words[i + 1].group()
        opens = not i or _SENTENCE_END.search(text, words[i - 1].end(), words[i].start()) is not None
        return word.lower() in plain and (word.islower() or (opens and word[1:].islower())) and (
            after.lower() in plain or after[:1].isupper())

    def _a_pair_of_its_prose(self, words: list[re.Match[str]], i: int, language: str | None) -> bool:
        """Round 43 (r43over): whether the given name ``words[i]`` and the word after it, both in lower case, are each
        an everyday word of ``language``, the language of the message's prose (wordfreq's: "il pane e la gioia
        appoggiare", "la cena działać" in Faker's word salads of Italian or Polish), the word after no surname of the
        check's lists ("maria santos" stays a name)."""
        name, after = words[i].group(), words[i + 1].group()
        return name.islower() and after.islower() and key(after) not in self.family_names \
            and everyday_in(name, language) and everyday_in(after, language)

    @staticmethod
    def _opens_its_small_languages_prose(words: list[re.Match[str]], i: int, text: str) -> bool:
        """Round 43 (r43over): whether ``words[i]``, capitalised where a sentence opens, is a word that opens the prose
        of the small language the message is written in as its verb or a word of time, a name elsewhere
        (:data:`~features.deid.peoplewords.SMALL_LANGUAGE_OPENERS`: Somali "Berri isbitaalka ayaan aadayaa",
        Albanian "Mora barnat"), the word after it one of that language's in lower case."""
        word = words[i].group()
        opens = not i or _SENTENCE_END.search(text, words[i - 1].end(), words[i].start()) is not None
        if not (opens and word[:1].isupper() and i + 1 < len(words) and words[i + 1].group().islower()):
            return False
        language = small_language_of([w.group().lower() for w in words])
        return language is not None and word.lower() in SMALL_LANGUAGE_OPENERS.get(language, frozenset()) \
            and words[i + 1].group() in small_language_words(language)

    @staticmethod
    def _small_prose_words(words: list[re.Match[str]]) -> frozenset[str]:
        """Round 32: the words of the language the whole message is written in where that is one of
        :data:`~features.deid.peoplewords.SMALL_PROSE_LANGUAGES` (told over all its words, lower case), else none."""
        language = small_language_of([w.group().lower() for w in words])
        return small_language_words(language) if language is not None else frozenset()

    @staticmethod
    def _brand_switched(keys: list[str], i: int) -> bool:
        """Whether the word after the preposition ``keys[i]`` is a medicine's brand that is also a name or no
        dictionary's word (:data:`~features.deid.readingwords.NAMED_MEDICINE_BRANDS`) with a verb of taking or switching
        up to three words before it or a pack word up to three after it (round 19: "switched from Aubra, same pill?")."""
        return keys[i + 1] in medicine_brands_named() and (
            any(k in MEDICINE_VERBS for k in keys[max(0, i - 3):i])
            or any(k in MEDICINE_PACK_WORDS for k in keys[i + 2:i + 5]))

    @staticmethod
    def _brand_dosed(word: str, text: str, end: int) -> bool:
        """Round 39: whether ``word`` (a key), a medicine's brand that is also a name
        (:func:`~features.deid.readingwords.medicine_brands_named`), ending at ``end``, has its strength right after it
        ("drove to Apollo Pharmacy for Telma 40", "for Telma 40 mg"): the medicine, no person the preposition names."""
        return word in medicine_brands_named() and (
            _STRENGTH_AFTER.match(text, end) is not None or _DOSED_AFTER.match(text, end) is not None)

    def _value_names(self, value: str) -> bool:
        return any(self._may_name(w) for w in _LETTERS.findall(value))

    def _structured_name(self, text: str) -> bool:
        """A person key's value with a word that may be a name: "key": "value", key: value, <key>value</key>, a
        vCard's FN or N, a markdown link to an address, or a column under a person key of a CSV header."""
        for pattern in (_KEYED_VALUE, _TAGGED_VALUE):
            for m in pattern.finditer(text):
                name = m["key"]
                if name.lower() in ("n", "fn") and m.start() and text[m.start() - 1] != "\n":
                    continue  # a vCard's name line starts a line
                pieces = [p.lower() for p in re.split(r"[_\-]|(?<=[a-z])(?=[A-Z])", name) if p]
                if (name.lower() in PERSON_KEYS or any(p in PERSON_KEYS - _OTHER_KEYS for p in pieces)) and \
                        self._value_names(_VALUE_STOP.split(m["value"].lstrip())[0].replace(";", " ")):
                    return True
        if "[" in text and any(self._value_names(m["value"]) for m in _LINKED_VALUE.finditer(text)):
            return True
        lines = text.splitlines()
        if len(lines) > 1:
            for separator in ",;\t":
                header = [c.strip(" \"'").lower() for c in lines[0].split(separator)]
                columns = [i for i, c in enumerate(header) if c in PERSON_KEYS or any(
                    p in PERSON_KEYS - _OTHER_KEYS for p in re.split(r"[_\- ]", c))]
                if len(header) > 1 and columns and any(
                        self._value_names(cells[i]) for line in lines[1:] for cells in [line.split(separator)]
                        for i in columns if i < len(cells)):
                    return True
        return False

    def _slash_listed(self, text: str) -> bool:
        """A token of capitalised words joined by slashes ("Ana/Ben/Carlos") with a known given name among them, or with
        an empty place where a name was taken out ("/Carlos" of "<PERSON>/Carlos"), and a word among them that may be a
        name or is a given name that is no everyday word."""
        for token in text.split():
            if "/" not in token:
                continue
            pieces = token.strip(".,;:!?()\"'").split("/")
            # round 16: a German street's one-word name is no person's ("Hauptstraße/Bahnhofstraße": a crossing)
            named = [p for p in pieces if p and not any(
                p.lower().endswith(end) and len(p) > len(end) + 2 for end in GLUED_STREET_ENDS)]
            if named and all(p.isalpha() and p[0].isupper() for p in named) and (
                    len(named) < len(pieces) or any(key(p) in self.given_names for p in named)) and any(
                    self._may_name(p, lower=False) or (key(p) in self.given_names and key(p) not in self.everyday)
                    for p in named):
                return True
        return False

    def _tag_names(self, tag: str) -> bool:
        pieces = _WORD_IN_TAG.findall(tag.replace("_", " "))
        return len(pieces) > 1 and any(p[0].isupper() and self._may_name(p, lower=False) for p in pieces)

    def _handle_names(self, handle: str) -> bool:
        return any(len(p) >= 3 and self._may_name(p) for p in re.split(r"[\d_.]+", handle))

    def _payee(self, text: str) -> bool:
        """A word that may be a name among the few after a payment service, the fillers ("it to me") skipped, or one
        or two between a verb of paying and "via"/"on" a service."""
        if not any(s in text.lower() for s in ("zelle", "venmo", "cash", "paypal", "revolut", "pay", "chime", "monzo",
                                               "bizum", "interac", "swish", "vipps")):
            return False
        for m in _AFTER_SERVICE.finditer(text):
            for word in _LETTERS.findall(m["rest"])[:8]:
                if word.lower() in _PAYMENT_FILLER:
                    continue
                if self._may_name(word):
                    return True
                break
        return any(self._may_name(w) for m in _BEFORE_SERVICE.finditer(text) for w in (m["a"], m["b"]) if w)


def _cjk_name_before_verb(text: str) -> bool:
    """A Chinese family name (:data:`HAN_SURNAMES_ONE`, :data:`HAN_SURNAMES_TWO`) that starts the text or a clause, one
    or two characters of a given name, then a verb a person does ("李伟来过了", "张敏拿了药")."""
    if not _HAN_CHARACTER.search(text):
        return False
    for i, c in enumerate(text):
        timed = text[max(0, i - 2):i] in HAN_TIME_OPENERS  # round 34: "昨天李娜帮我买了药"
        if i and not (text[i - 1].isspace() or text[i - 1] in _CLAUSE_OPENERS or timed):
            continue
        family = [len(f) for f in HAN_SURNAMES_TWO if text.startswith(f, i)] + ([1] if c in HAN_SURNAMES_ONE else [])
        for n in family:
            for given in (1, 2):
                end = i + n + given
                if all(ch in _HAN_NAME_CHARACTERS for ch in text[i + n:end]) and end <= len(text) and text.startswith(
                        HAN_PERSON_VERBS, end) and not (
                        timed and word_frequency(text[i:end], "zh") >= HAN_EVERYDAY_WORD):
                    return True
    return False


def _korean_name_before_verb(text: str) -> bool:
    """A Korean family name and two syllables with a subject particle, then (a word between at most) a verb a person
    does ("김민준이 약 가져감", "박서연이 왔어요")."""
    words = text.split()
    for i, word in enumerate(words):
        if not (len(word) > 3 and word[0] in KOREAN_SURNAMES and word[3:] in KOREAN_SUBJECT_PARTICLES
                and _HANGUL_WORD.fullmatch(word)):
            continue
        after = words[i + 1:i + 3]
        if after and (after[0].startswith(KOREAN_PERSON_VERBS) or (
                len(after) == 2 and _HANGUL_WORD.fullmatch(after[0]) and after[1].startswith(KOREAN_PERSON_VERBS))):
            return True
    return False


def overridden(text: str) -> bool:
    """Whether ``text`` (as written, before its invisible characters are dropped) turns letters with a right-to-left
    override or isolate: what a reader sees there is not what is stored ("\u202esilloh kered")."""
    return ("\u202e" in text or "\u2067" in text) and _DIRECTION_OVERRIDE.search(text) is not None
