"""Independent labelled test corpus for the de-identification benchmark: medication-adherence messages.

Free-text messages between patients of a US medication-adherence programme (patients and their
contacts have names from many countries) and their care team: SMS, app chat, care-team messages and
nurse notes.  Every identifier this module inserts is labelled with a character span; medication names
are labelled too (label ``MEDICATION``) so over-redaction can be measured.  About 35% of messages carry
no identifier at all.

Labelling conventions (the value only, never the cue word):

* ``PERSON`` - names, including initials ("J.I.") and names that are also words ("Hope", "Will") when
  used as a name; titles ("Dr.", "Mrs.") are not part of the span.
* ``PHONE`` - the whole number including a ``+1``/``1-``/``001-``/``011`` prefix and an extension that
  is written next to it; a cue glued to the number ("cell:", "call") is not part of the span.
* ``DATE`` - calendar dates with or without a year; times of day, weekdays, months alone and bare years
  are not labelled.  ``AGE`` - only ages over 89 (digits or words, without "years old"/"y/o").
* Address components are labelled separately: ``ADDRESS`` (street line, PO box, foreign street line),
  ``CITY``, ``STATE`` (US states, and the state/province component of a Canadian or Brazilian
  address), ``ZIP`` (US ZIP / ZIP+4 and foreign postcodes).  ``LOCATION`` is for countries, regions
  and facilities named by place.
  A leading "the" ("the Netherlands") stays outside the span.
* ``owner`` is True only for spans that spell one of the owner's stored identifiers
  (``PatientIdentifiers``: name or part of it, phone, email, street address, city, state, ZIP, DOB,
  MRN), in whatever spelling the text uses.  Everything else is ``owner=False``: other people's
  identifiers, and also ID/URL/LOCATION/AGE spans even where the text suggests they are the owner's
  (a passport or IP address is not a stored identifier).  Relatives sometimes share the owner's surname
  ("her son Chase Ibáñez"); such a name is the relative's, so ``owner=False``.

Owners are never 90 or older, so an owner's own age is always an unlabelled number.  The ``check``
function verifies span offsets against the inserted values, label shapes, that owner spans spell a
stored identifier (accent/case/NFD/punctuation-insensitive) and that no unlabelled identifier-shaped
text (long digit runs, e-mails, URLs, dates, old ages) is left in a message.

Run ``python bench/deid_corpus_meds.py`` for samples, label counts and a timing run.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import random
import re
import sys
import time
import unicodedata
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.append(str(Path(__file__).resolve().parent))

from deid_text_data import LabelledMessage, LabelledSpan
from faker import Faker

from features.deid.text import PatientIdentifiers

__all__ = ["LABELS", "TEMPLATES", "check", "generate"]

LABELS = (
    "PERSON", "PHONE", "EMAIL", "DATE", "ADDRESS", "CITY", "STATE", "ZIP", "LOCATION",
    "MRN", "AGE", "ID", "URL", "MEDICATION",
)
IDENTIFIER_LABELS = frozenset(LABELS) - {"MEDICATION"}
NO_IDENTIFIER_SHARE = 0.35

Piece = tuple[str, str | None, bool]  # (text, label or None, owner)

#: The long lists of medications and places: data, kept in deid_corpus_meds.json beside this file.
_DATA = json.loads(Path(__file__).with_name("deid_corpus_meds.json").read_text(encoding="utf-8"))

# ---------------------------------------------------------------------------------------------------
# Medications (name -> typical doses as written).  Only the name is labelled; the dose stays unlabelled.
# ---------------------------------------------------------------------------------------------------

_MED_CLASSES: dict[str, dict[str, tuple[str, ...]]] = {
    kind: {name: tuple(doses) for name, doses in meds.items()} for kind, meds in _DATA["medications"].items()
}
_MEDS: dict[str, tuple[str, ...]] = {k: v for cls in _MED_CLASSES.values() for k, v in cls.items()}
_MED_NAMES = tuple(_MEDS)
_INHALERS = ("albuterol", "ProAir HFA", "Ventolin", "Symbicort", "budesonide/formoterol", "Advair Diskus",
             "fluticasone/salmeterol", "Breo Ellipta", "Trelegy Ellipta", "Spiriva", "tiotropium", "Flovent", "ipratropium")
_ORAL = tuple(m for m in _MEDS if m not in _INHALERS and m not in ("Cabenuva", "Voltaren gel", "Repatha")
              and not m.lower().startswith(("insulin", "humulin")) and m not in (
                  "Ozempic", "semaglutide", "Trulicity", "Victoza", "Mounjaro", "tirzepatide", "Lantus", "Basaglar",
                  "Toujeo", "Tresiba", "Humalog", "Novolog"))
_PENS = ("Ozempic", "semaglutide", "Trulicity", "Victoza", "Mounjaro", "tirzepatide", "Lantus", "insulin glargine",
         "Basaglar", "Toujeo", "Tresiba", "Humalog", "insulin lispro", "Novolog", "Repatha")
_MED_KEYS = frozenset(m.casefold() for m in _MEDS)
_GENERIC_BRAND = (
    ("metformin", "Glucophage"), ("sitagliptin", "Januvia"), ("empagliflozin", "Jardiance"), ("dapagliflozin", "Farxiga"),
    ("semaglutide", "Ozempic"), ("tirzepatide", "Mounjaro"), ("insulin glargine", "Lantus"), ("insulin lispro", "Humalog"),
    ("lisinopril", "Zestril"), ("losartan", "Cozaar"), ("amlodipine", "Norvasc"), ("metoprolol succinate", "Toprol XL"),
    ("carvedilol", "Coreg"), ("atorvastatin", "Lipitor"), ("rosuvastatin", "Crestor"), ("ezetimibe", "Zetia"),
    ("montelukast", "Singulair"), ("budesonide/formoterol", "Symbicort"), ("fluticasone/salmeterol", "Advair Diskus"),
    ("tiotropium", "Spiriva"), ("dolutegravir", "Tivicay"), ("sacubitril/valsartan", "Entresto"), ("furosemide", "Lasix"),
    ("warfarin", "Coumadin"), ("apixaban", "Eliquis"), ("rivaroxaban", "Xarelto"), ("dabigatran", "Pradaxa"),
    ("clopidogrel", "Plavix"), ("ticagrelor", "Brilinta"), ("levothyroxine", "Synthroid"), ("acetaminophen", "Tylenol"),
    ("ibuprofen", "Advil"), ("naproxen", "Aleve"), ("gabapentin", "Neurontin"), ("pregabalin", "Lyrica"),
    ("celecoxib", "Celebrex"), ("duloxetine", "Cymbalta"), ("hydrocodone/acetaminophen", "Norco"),
)
_OTC = ("Tylenol", "acetaminophen", "ibuprofen", "Advil", "Aleve", "naproxen", "aspirin")

_PHARMACIES = (
    "CVS", "Walgreens", "Rite Aid", "Walmart pharmacy", "the Walmart pharmacy", "Costco", "Kroger", "Publix",
    "H-E-B", "Safeway", "Express Scripts", "OptumRx", "CVS Caremark", "Amazon Pharmacy", "Sam's Club",
    "Meijer", "Hy-Vee", "Albertsons", "Giant Eagle", "Walgreens Specialty", "the mail order pharmacy",
)
_STORES = ("CVS", "Walgreens", "Rite Aid", "Walmart", "Costco", "Kroger", "Publix", "H-E-B", "Safeway", "Meijer",
           "Hy-Vee", "Giant Eagle", "Fry's", "Winn-Dixie", "Harris Teeter")
_DEVICES = (
    "FreeStyle Libre 3", "Libre", "Dexcom G7", "Dexcom", "OneTouch Verio Flex", "Accu-Chek Guide",
    "Contour Next meter", "Omron cuff", "BP cuff", "InPen", "Omnipod 5", "pill organizer", "pill box",
    "AeroChamber spacer", "MyChart app", "Medisafe app", "glucometer",
)
_LANGUAGES = (
    "Spanish", "Vietnamese", "Portuguese", "Haitian Creole", "Somali", "Polish", "Tagalog", "Turkish",
    "Mandarin", "Korean", "Arabic", "French", "Italian",
)

# ---------------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _City:
    name: str
    state: str
    zip3: str
    area_codes: tuple[str, ...]


_US_STATES: dict[str, str] = _DATA["us_states"]  # abbreviation -> name

_US_CITIES = tuple(_City(name, state, zip3, tuple(areas)) for name, state, zip3, areas in _DATA["us_cities"])

_STREET_NAMES = (
    "Maple", "Oak", "Cedar", "Pine", "Elm", "Willow", "Lincoln", "Washington", "Jefferson", "Madison", "Franklin",
    "Highland", "Lakeview", "Sunset", "Mesa Verde", "Camino del Sol", "Martin Luther King Jr", "Cesar Chavez",
    "Bayshore", "Riverside", "Hillcrest", "Park", "Church", "Main", "Magnolia", "Peachtree", "Sycamore",
    "Chestnut", "Orchard", "Prospect", "Grand", "Pleasant", "Spring", "Meadowbrook", "Fairview", "Kingsley",
    "Granada", "Alameda", "Saguaro", "Mockingbird", "Dogwood", "Bluebonnet", "Cypress", "Palmetto", "Hickory",
    "Juniper", "Aspen", "Tamarind", "Old Spanish Trail", "Ridgewood", "Glenwood", "Valley View", "Laurel",
    "Bougainvillea", "Coral Reef", "Kensington", "Evergreen", "Harbor", "Rosewood", "Bunker Hill", "Mission",
)
_STREET_ORDINALS = ("1st", "2nd", "3rd", "5th", "7th", "12th", "23rd", "34th", "41st", "52nd", "89th", "112th", "145th")
_SUFFIXES = {  # abbreviation -> long form
    "St": "Street", "Ave": "Avenue", "Dr": "Drive", "Rd": "Road", "Ln": "Lane", "Blvd": "Boulevard",
    "Ct": "Court", "Pl": "Place", "Cir": "Circle", "Ter": "Terrace", "Pkwy": "Parkway", "Trl": "Trail",
    "Way": "Way", "Loop": "Loop", "Hwy": "Highway",
}
_DIRECTIONS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast", "SW": "Southwest",
               "NW": "Northwest", "SE": "Southeast"}
_UNIT_WORDS = ("Apt", "Apt.", "Unit", "#", "Ste", "Apartment")

# (city, region or "", country as written, dialling code) - kept coherent within a message
_PLACES: tuple[tuple[str, str, str, str], ...] = tuple((city, region, country, code)
                                                 for city, region, country, code in _DATA["places"])
_PLACES_WITH_REGION = tuple(pl for pl in _PLACES if pl[1])
_FACILITY_PLACES = (
    "Lakeview", "Riverside", "Cedar Valley", "Mesa Vista", "Northside", "Pinecrest", "Highland Park",
    "Desert Springs", "Green Valley", "Fox Valley", "Blue Ridge", "Rio Grande", "Kings County", "Cook County",
    "Bergen", "Tri-County", "Bay Harbor", "South Shore", "Westside", "Lake Forest", "Sun City", "Oak Park",
)
_FACILITY_KINDS = (
    "General Hospital", "Medical Center", "Regional Medical Center", "Dialysis Center", "Rehab & Nursing",
    "Urgent Care", "Senior Living", "VA Medical Center", "Community Hospital", "Memorial Hospital",
    "Health Center", "Skilled Nursing", "Heart Hospital",
)

# ---------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------

_WORD_NAMES_M = ("Will", "Bill", "Mark", "Chase", "Hunter", "Rusty", "Ray", "Art", "Frank", "Sterling", "Jack", "Cash")
_WORD_NAMES_F = ("Hope", "Grace", "Rose", "Joy", "Faith", "Dawn", "Summer", "Iris", "Ivy", "Holly", "Amber",
                 "Crystal", "Penny", "Ginger", "June", "April", "Destiny", "Charity")

_OWN_NAME_LISTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # locale: (male first, female first, last)
    "irish": (
        ("Seán", "Ciarán", "Pádraig", "Eoin", "Colm", "Declan", "Cathal", "Donnacha", "Tadhg", "Oisín"),
        ("Orla", "Siobhán", "Niamh", "Aoife", "Róisín", "Sinéad", "Dervla", "Máire", "Fionnuala", "Caoimhe"),
        ("O'Brien", "O'Sullivan", "O'Connor", "O'Neill", "McCandlish", "McCarthy", "MacNamara", "Ó Súilleabháin",
         "O'Donoghue", "McGillicuddy", "D'Arcy", "Fitzgerald", "MacDonagh", "Ó Conaill", "O'Shaughnessy",
         "Mac Giolla Phádraig", "McLoughlin", "O'Keeffe"),
    ),
    "fil": (
        ("Rodrigo", "Jun", "Rommel", "Edgardo", "Dante", "Bayani", "Ramil", "Jomar", "Ariel", "Noel"),
        ("Maricel", "Jocelyn", "Ma. Theresa", "Analyn", "Jessa", "Marites", "Lorna", "Rizalina", "Luzviminda", "Divina"),
        ("Santos", "Reyes", "Cruz", "Bautista", "dela Cruz", "Villanueva", "Mendoza", "Aquino", "Ramos", "Castillo",
         "Manalo", "Dimaculangan", "Macaraeg", "Pangilinan", "de los Santos", "Magbanua"),
    ),
    "ko": (
        ("Min-jun", "Ji-hoon", "Hyun-woo", "Jae-sung", "Dong-hyun", "Sung-min", "Young-ho", "Minjun"),
        ("Seo-yeon", "Soo-jin", "Young-hee", "Eun-ji", "Mi-kyung", "Ji-young", "Hye-jin", "Sooah"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo"),
    ),
    "ht": (
        ("Jean-Robert", "Fritznel", "Wilner", "Dieudonné", "Jean-Claude", "Frantz", "Wisly", "Réginald"),
        ("Marie-Carmelle", "Widline", "Guerline", "Nadège", "Rosemène", "Ketly", "Marie-Ange", "Fabienne"),
        ("Jean-Baptiste", "Pierre-Louis", "Joseph", "Desrosiers", "Fils-Aimé", "Saint-Fleur", "Louis-Jean",
         "Étienne", "Dorvil", "Célestin", "Théodore"),
    ),
    "so": (
        ("Abdirahman", "Mohamed", "Yusuf", "Ahmed", "Farah", "Abdullahi", "Omar", "Khalid", "Hassan", "Mahad"),
        ("Hodan", "Fadumo", "Ayaan", "Hamdi", "Khadra", "Sagal", "Fatima", "Layla", "Nour", "Amina"),
        ("Mohamed", "Abdi", "Hassan", "Ali", "Warsame", "Farah", "Al-Hassan", "Abdullahi", "Osman", "El-Amin",
         "Jama", "Hersi", "Al-Masri", "Haddad", "Khoury"),
    ),
}
_EXTRA_FIRST = {
    "fr_FR": (("Jean-Luc", "Jean-Baptiste", "Jean-François", "Pierre-Yves"),
              ("Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Marie-Ève")),
    "de_DE": (("Hans-Peter", "Karl-Heinz", "Hans-Jürgen", "Jürgen"), ("Anne-Marie", "Hannelore", "Jürgen")),
    "es_MX": (("José Luis", "Juan Carlos", "Joaquín", "Jesús"), ("María José", "María del Carmen", "Ana Sofía")),
    "es_ES": (("Joaquín", "José María", "Iñaki"), ("María José", "Begoña", "Nuria")),
    "vi_VN": (("Hùng", "Tuấn", "Long", "Khánh", "Hiếu", "Duy"), ("Thảo", "Phương", "Quỳnh", "Thủy", "Nhung", "Hằng")),
}
_EXTRA_LAST = {
    "en_US": ("O'Neal", "O'Connell", "D'Amato", "O'Hara", "McDaniel", "DeLuca", "St. Clair", "LaFleur"),
    "it_IT": ("D'Angelo", "D'Amico", "Dell'Orto", "D'Alessandro", "De Luca", "Lo Bianco"),
    "fr_FR": ("D'Aubigné", "Le Goff", "De La Fontaine", "N'Diaye"),
    "en_IN": ("D'Souza", "D'Cruz", "Fernandes"),
    "en_GB": ("O'Reilly", "McKenzie", "Fforde"),
    "es_MX": ("Ibáñez", "Núñez", "Muñoz", "Peña", "Gómez", "Sáenz", "Martínez", "Hernández", "Rodríguez"),
    "es_ES": ("Ibáñez", "Núñez", "Muñoz", "Peña", "Gómez", "Sáenz"),
    "de_DE": ("Müller", "Schröder", "Weiß", "Groß", "Jäger", "Köhler", "Günther", "Böhm", "Strauß"),
    "vi_VN": ("Huỳnh", "Phan", "Võ", "Đỗ", "Hồ", "Ngô", "Lý", "Trương", "Đinh"),
    "tr_TR": ("Çelik", "Şahin", "Öztürk", "Aydın", "Doğan", "Kılıç", "Işık", "Güneş"),
}
_VI_MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Ngọc", "Bích", "Quốc", "Thanh", "Hữu", "Xuân")

_FAKER_NAME_LOCALES = (
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "es_MX", "pt_BR", "it_IT", "pl_PL", "vi_VN", "tr_TR", "nl_NL",
    "sv_SE", "ga_IE", "en_IE", "yo_NG", "en_IN", "fr_CA", "ro_RO", "cs_CZ", "hu_HU", "zh_CN", "ja_JP",
)
_OWNER_LOCALE_WEIGHTS = (
    ("en_US", 20), ("es_MX", 12), ("es_ES", 3), ("pt_BR", 4), ("vi_VN", 7), ("de_DE", 4), ("fr_FR", 3),
    ("it_IT", 3), ("pl_PL", 4), ("tr_TR", 3), ("nl_NL", 2), ("sv_SE", 2), ("ga_IE", 2), ("irish", 4),
    ("en_GB", 2), ("yo_NG", 3), ("en_IN", 4), ("fil", 3), ("zh_CN", 3), ("ko", 2), ("ja_JP", 1), ("fr_CA", 1),
    ("ht", 2), ("so", 3), ("ro_RO", 1), ("cs_CZ", 1), ("hu_HU", 1), ("en_IE", 1),
)
_FAMILY_FIRST = frozenset({"vi_VN", "zh_CN", "ko", "ja_JP", "hu_HU"})
_GERMANIC = frozenset({"de_DE", "de_AT", "de_CH"})
_PARTICLE_LOCALES = frozenset({"nl_NL", "de_DE", "fr_FR", "fr_CA", "it_IT", "pt_BR", "es_MX", "es_ES", "fil", "irish",
                               "ga_IE", "en_US", "ht"})


@dataclass(frozen=True)
class _NamePool:
    male: tuple[str, ...]
    female: tuple[str, ...]
    last_m: tuple[str, ...]
    last_f: tuple[str, ...]


def _pl_female(last: str) -> str:
    for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if last.endswith(a):
            return last[: -len(a)] + b
    return last


_POOLS: dict[str, _NamePool] = {}
_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def _build_pools() -> dict[str, _NamePool]:
    if _POOLS:
        return _POOLS
    for loc in _FAKER_NAME_LOCALES:
        p = _faker(loc).provider("faker.providers.person")
        assert p is not None
        if loc in ("zh_CN", "ja_JP"):
            firsts = tuple(p.first_romanized_names)
            lasts = tuple(p.last_romanized_names)
            pool = _NamePool(firsts, firsts, lasts, lasts)
        elif loc == "vi_VN":
            pool = _NamePool(tuple(p.first_names_male) + tuple(p.first_names_unisex),
                             tuple(p.first_names_female) + tuple(p.first_names_unisex),
                             tuple(p.last_names), tuple(p.last_names))
        elif loc == "pl_PL":
            males = tuple(p.male_last_names)
            unisex = tuple(p.unisex_last_names)[:600]
            pool = _NamePool(tuple(p.first_names_male), tuple(p.first_names_female),
                             males + unisex, tuple(_pl_female(x) for x in males) + unisex)
        elif hasattr(p, "last_names_male") and loc in ("cs_CZ", "yo_NG"):
            pool = _NamePool(tuple(p.first_names_male), tuple(p.first_names_female),
                             tuple(p.last_names_male), tuple(p.last_names_female))
        else:
            lasts = tuple(x for x in p.last_names if x.strip())
            pool = _NamePool(tuple(p.first_names_male), tuple(p.first_names_female), lasts, lasts)
        extra_m, extra_f = _EXTRA_FIRST.get(loc, ((), ()))
        extra_l = _EXTRA_LAST.get(loc, ())
        _POOLS[loc] = _NamePool(pool.male + extra_m * 3, pool.female + extra_f * 3,
                                pool.last_m + extra_l * 3, pool.last_f + extra_l * 3)
    for loc, (m, f, last) in _OWN_NAME_LISTS.items():
        _POOLS[loc] = _NamePool(m, f, last, last)
    # single-word, letters-only names only (a few Faker entries carry digits or stray spaces)
    ok = re.compile(r"[^\W\d_]+(?:[ '’\-.]+[^\W\d_]+)*\.?")
    for loc, pool in list(_POOLS.items()):
        _POOLS[loc] = _NamePool(*(tuple(x for x in xs if ok.fullmatch(x)) for xs in
                                  (pool.male, pool.female, pool.last_m, pool.last_f)))
    return _POOLS


@dataclass(frozen=True)
class _Name:
    given: tuple[str, ...]
    middle: tuple[str, ...]
    family: tuple[str, ...]
    locale: str
    suffix: str = ""

    def full(self) -> str:
        s = " ".join(self.given + self.middle + self.family)
        return f"{s} {self.suffix}" if self.suffix else s


# ---------------------------------------------------------------------------------------------------
# Text normalisation shared by the generator and check()
# ---------------------------------------------------------------------------------------------------

_FOLD_MAP = str.maketrans({
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ı": "i",
    "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D",
})
_GERMAN_MAP = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


@lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    """Strip accents: 'Ibáñez' -> 'Ibanez', 'Łukasz' -> 'Lukasz', 'Đặng' -> 'Dang'."""
    s = unicodedata.normalize("NFKD", s).translate(_FOLD_MAP)
    return "".join(c for c in s if not unicodedata.combining(c))


def _initial(name: str) -> str:
    return next(ch for ch in _fold(name) if ch.isalpha()).upper()


def _german_fold(s: str) -> str:
    return _fold(unicodedata.normalize("NFC", s).translate(_GERMAN_MAP))


def _has_marks(s: str) -> bool:
    return _fold(s) != s


def _key(s: str) -> str:
    return _fold(unicodedata.normalize("NFC", s)).casefold()


def _gkey(s: str) -> str:
    return _german_fold(unicodedata.normalize("NFC", s).casefold()).casefold()


_NAME_SPLIT = re.compile(r"[\s\-'’‘`´.,]+")


# ---------------------------------------------------------------------------------------------------
# Small generators
# ---------------------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return f"{rng.randrange(10 ** n):0{n}d}"


def _fill(rng: random.Random, pattern: str) -> str:
    """'#' -> digit, 'N' -> digit 2-9, 'A' -> capital letter, '?' -> capital letter or digit."""
    out = []
    for c in pattern:
        if c == "#":
            out.append(rng.choice("0123456789"))
        elif c == "N":
            out.append(rng.choice("23456789"))
        elif c == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif c == "?":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(c)
    return "".join(out)


_NANP_STYLES = (
    "({a}) {e}-{l}", "({a}) {e}-{l}", "({a}){e}-{l}", "{a}-{e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}",
    "{a}{e}{l}", "+1 {a} {e} {l}", "+1 ({a}) {e}-{l}", "+1-{a}-{e}-{l}", "1-{a}-{e}-{l}", "1 ({a}) {e}-{l}",
    "001-{a}-{e}-{l}", "+1{a}{e}{l}", "{a}-{e}{l}", "1{a}{e}{l}", "+1.{a}.{e}.{l}", "{a} {e}-{l}",
)
_EXT_STYLES = ("x{n}", " x{n}", " ext. {n}", " ext {n}", " Ext.{n}", " EXT {n}", " x {n}")


def _fmt_nanp(rng: random.Random, d10: str, style: str | None = None) -> str:
    style = style or rng.choice(_NANP_STYLES)
    return style.format(a=d10[:3], e=d10[3:6], l=d10[6:])


_VALID_AREAS = tuple(sorted({a for c in _US_CITIES for a in c.area_codes} | {
    "201", "212", "215", "224", "240", "253", "267", "301", "312", "346", "347", "404", "415", "469", "503",
    "510", "562", "571", "612", "646", "702", "713", "720", "747", "786", "818", "832", "917", "929", "954",
}))
_TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")


def _nanp_valid(rng: random.Random, area: str | None = None) -> str:
    a = area or rng.choice(_VALID_AREAS)
    while True:
        e = _fill(rng, "N##")
        if e[1:] != "11":
            return a + e + _digits(rng, 4)


def _nanp_invalid(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        a = "0" + _digits(rng, 2)
    elif r < 0.55:
        a = "1" + _digits(rng, 2)
    elif r < 0.75:
        a = rng.choice("23456789") + "11"
    elif r < 0.87:
        a = rng.choice(("37", "96")) + rng.choice("0123456789")
    else:  # valid area code, impossible exchange (starts with 0/1)
        return rng.choice(_VALID_AREAS) + rng.choice("01") + _digits(rng, 6)
    return a + _fill(rng, "N##") + _digits(rng, 4)


_INTL_PATTERNS = (
    "+44 20 7946 ####", "+44 (0)20 7946 ####", "+44 7700 9#####", "0044 161 496 ####", "+447700 9#####",
    "07700 9#####", "+44 131 496 ####",
    "+49 30 ########", "+49 (0)89 #######", "+49 151 ########", "0049 40 #######", "+4930########",
    "+49 171 #######",
    "+33 1 ## ## ## ##", "+33 6 ## ## ## ##", "06 ## ## ## ##", "0033 4 ## ## ## ##", "+33 (0)1 ## ## ## ##",
    "+52 55 #### ####", "+52 1 33 #### ####", "011 52 81 #### ####", "+52 (999) ### ####", "+52 1 55 ## ## ## ##",
    "+84 28 #### ####", "+84 9## ### ###", "0084 24 #### ####", "+84 (0)90 ### ####", "+849########",
    "+55 11 9####-####", "+55 (21) 9####-####", "+55 85 ####-####",
    "+39 06 #### ####", "+39 3## ### ####", "+34 91 ### ## ##", "+34 6## ## ## ##",
    "+48 22 ### ## ##", "+48 6## ### ###", "+90 212 ### ## ##", "+90 5## ### ## ##", "+90 (532) ### ## ##",
    "+31 20 ### ####", "+31 6 ########", "+46 8 ### ### ##", "+46 70 ### ## ##",
    "+353 1 ### ####", "+353 87 ### ####", "+91 9#### #####", "+91-98###-#####", "+63 917 ### ####",
    "+63 2 #### ####", "+234 803 ### ####", "+234 (0)803 ### ####", "+509 34## ####", "+252 61 #######",
    "+82 10-####-####", "+86 138 #### ####", "+40 72# ### ###", "+351 91# ### ###",
)


def _intl_phone(rng: random.Random) -> str:
    return _fill(rng, rng.choice(_INTL_PATTERNS))


def _ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


_DL_PATTERNS = (
    "A#######", "A###-###-##-###-#", "### ### ###", "########", "A###-####-####", "WDL??#??##?#",
    "D########", "A#### ##### #####", "A ### ### ### ###", "## ### ###", "#########", "S########", "AA######",
)
_PASSPORT_PATTERNS = ("#########", "A########", "C???????#", "##AA#####", "G########", "PA#######",
                      "C#######", "FA######", "N#######", "YA#######")
_MEMBER_PATTERNS = ("W#########", "AAA#########", "MEM-########", "H#########", "ZGP#######-01", "###########",
                    "AAA########", "U########01", "JQU#########", "M#########")
_SERIAL_PATTERNS = ("####-AAAA-####", "GXA########", "#?#?#?", "PMP-######-##", "##########", "SN-AA######",
                    "A#A-###-?##", "OT####-######")


def _mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    s = (rng.choice("123456789") + rng.choice(letters) + rng.choice(an) + rng.choice("0123456789")
         + rng.choice(letters) + rng.choice(an) + rng.choice("0123456789") + rng.choice(letters)
         + rng.choice(letters) + rng.choice("0123456789") + rng.choice("0123456789"))
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"))


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return "2601:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(7))
    first = rng.choice((24, 47, 50, 66, 68, 71, 73, 76, 98, 99, 107, 108, 174, 184, 187, 201, 189, 81, 92))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


_IBAN_LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "tr_TR", "nl_NL", "pt_PT", "en_IE", "de_AT",
                 "pt_BR", "en_GB")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")
_MONTH_LOOKUP: dict[str, int] = {}
for _i, _m in enumerate(_MONTHS, 1):
    _MONTH_LOOKUP[_m.lower()] = _i
    _MONTH_LOOKUP[_m[:3].lower()] = _i
for _i, _m in enumerate(_MONTHS_ES, 1):
    _MONTH_LOOKUP[_m] = _i
_MONTH_LOOKUP["sept"] = 9
_MONTH_LOOKUP["setiembre"] = 9


def _abbr(mon: str) -> str:
    """'March' -> 'Mar.', 'May' -> 'May', 'September' -> 'Sept.'"""
    if len(mon) <= 4:
        return mon
    return ("Sept" if mon == "September" else mon[:3]) + "."


def _ordinal(d: int) -> str:
    suf = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def _fmt_date(rng: random.Random, d: datetime.date, kind: str) -> str:
    """kind: 'num' (numeric, with year), 'txt' (month name, with year), 'any' (either), 'md' (no year),
    'es' (Spanish)."""
    m, day, y = d.month, d.day, d.year
    mon = _MONTHS[m - 1]
    if kind == "any":
        kind = rng.choice(("num", "num", "txt"))
    if kind == "num":
        return rng.choice((
            f"{m}/{day}/{y}", f"{m:02d}/{day:02d}/{y}", f"{m}/{day}/{y % 100:02d}", f"{m:02d}-{day:02d}-{y % 100:02d}",
            f"{m:02d}-{day:02d}-{y}", f"{day}.{m}.{y}", f"{day:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{day:02d}",
            f"{day:02d}/{m:02d}/{y}", f"{m}-{day}-{y}",
        ))
    if kind == "txt":
        return rng.choice((
            f"{mon} {day}, {y}", f"{mon} {_ordinal(day)} {y}", f"{day} {mon} {y}", f"{_ordinal(day)} {mon} {y}",
            f"{mon[:3]} {day} {y}", f"{_abbr(mon)} {day}, {y}", f"{mon} {_ordinal(day)}, '{y % 100:02d}",
            f"{_ordinal(day)} of {mon} {y}", f"{mon.upper()} {day} {y}", f"{mon.lower()} {day} {y}",
        ))
    if kind == "md":
        return rng.choice((
            f"{m}/{day}", f"{m:02d}/{day:02d}", f"{m:02d}-{day:02d}", f"{mon} {_ordinal(day)}", f"{mon[:3].lower()} {day}",
            f"{day} {mon}", f"{mon} {day}", f"{_abbr(mon)} {_ordinal(day)}", f"{_ordinal(day)} of {mon}",
            f"{mon.lower()} {_ordinal(day)}", f"{m}/{day}",
        ))
    if kind == "es":
        es = _MONTHS_ES[m - 1]
        return rng.choice((f"{day} de {es} de {y}", f"{day:02d}/{m:02d}/{y}", f"{day} de {es}", f"{day}-{es}-{y}"))
    raise ValueError(kind)


def _age_words(n: int) -> str:
    ones = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    if n < 100:
        return "ninety" + (f"-{ones[n - 90]}" if n > 90 else "")
    head = "a hundred" if n == 100 or n % 2 else "one hundred"
    return head + (f" and {ones[n - 100]}" if n > 100 else "")


def _old_age(rng: random.Random) -> int:
    if rng.random() < 0.1:
        return 90
    return rng.randint(91, 99) if rng.random() < 0.78 else rng.randint(100, 105)


def _young_age(rng: random.Random) -> int:
    return 89 if rng.random() < 0.08 else rng.randint(18, 88)


def _time_of_day(rng: random.Random) -> str:
    h = rng.randint(1, 12)
    mm = rng.choice((0, 0, 15, 30, 45))
    hh = rng.randint(5, 23)
    return rng.choice((
        f"{h}", f"{h}pm", f"{h} pm", f"{h}am", f"{h} a.m.", f"{h}:{mm:02d}", f"{h}:{mm:02d} PM", f"{hh:02d}:{mm:02d}",
        f"{hh}:{mm:02d}", "noon", "bedtime", f"{h}ish", f"{h}:{mm:02d}am", f"{h} o'clock", "8pm", "9",
    ))


def _lab(rng: random.Random) -> str:
    return rng.choice((
        f"A1c {rng.uniform(5.6, 11.5):.1f}", f"A1C {rng.uniform(5.6, 11.5):.1f}%",
        f"BP {rng.randint(104, 178)}/{rng.randint(58, 104)}", f"glucose {rng.randint(85, 260)}",
        f"fasting sugar {rng.randint(85, 190)}", f"INR {rng.uniform(1.3, 3.9):.1f}", f"LDL {rng.randint(55, 190)}",
        f"TSH {rng.uniform(0.3, 9.5):.2f}", f"eGFR {rng.randint(28, 95)}", f"K {rng.uniform(3.2, 5.6):.1f}",
        f"CD4 {rng.randint(180, 1100)}", f"O2 sat {rng.randint(88, 99)}%", f"HR {rng.randint(52, 112)}",
        f"weight {rng.randint(110, 290)} lb", "viral load undetectable", f"BNP {rng.randint(40, 900)}",
    ))


# ---------------------------------------------------------------------------------------------------
# Owners and third parties
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Owner:
    ids: PatientIdentifiers
    name: _Name
    female: bool
    city: _City
    phone10: str
    ext: str
    street: tuple[str, str, str, str, str, str] | None  # (number, direction, name, suffix, unit word, unit)
    pobox: str
    ref: datetime.date


@dataclass
class _Person:
    name: _Name
    female: bool
    cache: dict[str, str] = field(default_factory=dict)


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


def _make_name(rng: random.Random, loc: str, female: bool) -> _Name:
    pool = _build_pools()[loc]
    given = [rng.choice(pool.female if female else pool.male)]
    lasts = pool.last_f if female else pool.last_m
    family = [rng.choice(lasts)]
    middle: list[str] = []
    suffix = ""
    if loc in ("es_MX", "es_ES"):
        if rng.random() < 0.15:
            extra = rng.choice(pool.female if female else pool.male)
            if extra not in given[0]:
                given.append(extra)
        if rng.random() < 0.6:
            second = rng.choice(lasts)
            if second != family[0]:
                family = ([f"{family[0]}-{second}"] if rng.random() < 0.12 else [family[0], second])
    elif loc == "pt_BR" and rng.random() < 0.4:
        second = rng.choice(lasts)
        if second != family[0]:
            family.append(second)
    elif loc == "vi_VN":
        middle = [rng.choice(("Thị",) * 3 + _VI_MIDDLE if female else ("Văn",) * 3 + _VI_MIDDLE)]
    elif loc == "en_US":
        r = rng.random()
        if r < 0.12:
            middle = [rng.choice("ABCDEFGHJKLMNPRSTW") + "."]
        elif r < 0.2:
            middle = [rng.choice(pool.female if female else pool.male)]
        if not female and rng.random() < 0.05:
            suffix = rng.choice(("Jr.", "Jr", "III", "Sr."))
    elif loc == "tr_TR" and rng.random() < 0.15:
        extra = rng.choice(pool.female if female else pool.male)
        if extra != given[0]:
            given.append(extra)
    return _Name(tuple(given), tuple(middle), tuple(family), loc, suffix)


@lru_cache(maxsize=16384)
def _name_atoms(full: str) -> tuple[frozenset[str], frozenset[str]]:
    """All name atoms of a stored name, their consecutive concatenations and their initials."""
    allowed: set[str] = set()
    initials: set[str] = set()
    for key in {_key(full), _gkey(full)}:
        atoms = [a for a in _NAME_SPLIT.split(key) if a]
        for i in range(len(atoms)):
            for j in range(i + 1, min(len(atoms), i + 4) + 1):
                allowed.add("".join(atoms[i:j]))
        initials.update(a[0] for a in atoms)
    return frozenset(allowed), frozenset(initials)


# ---------------------------------------------------------------------------------------------------
# Message builder
# ---------------------------------------------------------------------------------------------------


class _Builder:
    __slots__ = ("case", "parts", "pos", "spans", "values")

    def __init__(self, case: str) -> None:
        self.case = case
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[LabelledSpan] = []
        self.values: list[str] = []

    def add(self, text: str, label: str | None = None, owner: bool = False) -> None:
        if not text:
            return
        if self.case == "upper":
            text = text.upper()
        elif self.case == "lower":
            text = text.lower()
        if label is not None:
            if text != text.strip():
                raise AssertionError(f"span value with surrounding whitespace: {text!r}")
            self.spans.append(LabelledSpan(label, self.pos, self.pos + len(text), owner))
            self.values.append(text)
        self.parts.append(text)
        self.pos += len(text)

    def text(self) -> str:
        return "".join(self.parts)


_INSERTED: weakref.WeakKeyDictionary[LabelledMessage, tuple[str, ...]] = weakref.WeakKeyDictionary()

# ---------------------------------------------------------------------------------------------------
# Slot resolution
# ---------------------------------------------------------------------------------------------------

_PERSON_KEYS = ("p", "q", "m", "f", "rel", "relm", "relf", "w", "wm", "wf", "dr", "rn")


class _Ctx:
    """Per-message state: resolves template slots to labelled or plain pieces."""

    def __init__(self, rng: random.Random, owner: _Owner, fakers: dict[str, Faker]) -> None:
        self.rng = rng
        self.owner = owner
        self.fakers = fakers
        self.persons: dict[str, _Person] = {}
        self.meds: list[str] = []
        self.used_atoms: set[str] = set(_name_atoms(owner.ids.full_name)[0]) | set(
            _name_atoms(owner.name.full())[0])
        self._tp_city: _City | None = None
        self._dates: dict[str, datetime.date] = {}
        self._place: tuple[str, str, str, str] | None = None
        self.needs_region = False
        self.uses_place = False
        self.med_pool: tuple[str, ...] = _MED_NAMES
        self.otcs: list[str] = []
        self._pair: tuple[str, str] | None = None
        self.last_a1c = 0.0

    # ----- helpers -------------------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def tp_city(self) -> _City:
        if self._tp_city is None:
            while True:
                c = self.rng.choice(_US_CITIES)
                if c.state != self.owner.city.state:
                    break
            self._tp_city = c
        return self._tp_city

    def med(self, i: int, pool: tuple[str, ...] = _MED_NAMES) -> str:
        if pool is _MED_NAMES:
            pool = self.med_pool
        while len(self.meds) <= i:
            m = self.rng.choice(pool)
            if m not in self.meds:
                self.meds.append(m)
        return self.meds[i]

    def pair(self) -> tuple[str, str]:
        if self._pair is None:
            g, b = self.rng.choice(_GENERIC_BRAND)
            if self.rng.random() < 0.2:
                g = g.lower() if self.rng.random() < 0.5 else g.upper()
            if self.rng.random() < 0.2:
                b = b.lower()
            self._pair = (g, b)
        return self._pair

    def pick_otc(self, i: int) -> str:
        while len(self.otcs) <= i:
            m = self.rng.choice(_OTC)
            if m not in self.otcs:
                self.otcs.append(m)
        return self.otcs[i]

    def med_written(self, i: int, pool: tuple[str, ...] = _MED_NAMES) -> str:
        m = self.med(i, pool)
        r = self.rng.random()
        if r < 0.22:
            return m.lower()
        if r < 0.26:
            return m.upper()
        return m

    def person(self, key: str) -> _Person:
        if key in self.persons:
            return self.persons[key]
        rng = self.rng
        female = {"m": False, "f": True, "relm": False, "relf": True, "wm": False, "wf": True}.get(
            key, rng.random() < 0.55)
        if key in ("w", "wm", "wf"):
            female = key == "wf" or (key == "w" and rng.random() < 0.6)
        for _ in range(30):
            if key in ("rel", "relm", "relf"):
                loc = self.owner.name.locale if rng.random() < 0.7 else _weighted(rng, _OWNER_LOCALE_WEIGHTS)
            elif key in ("dr", "rn"):
                loc = _weighted(rng, _OWNER_LOCALE_WEIGHTS)
            else:  # family members (m/f) mostly share the owner's background; others less so
                same = 0.65 if key in ("m", "f") else 0.4
                loc = self.owner.name.locale if rng.random() < same else _weighted(rng, _OWNER_LOCALE_WEIGHTS)
            name = _make_name(rng, loc, female)
            if key in ("w", "wm", "wf"):
                name = _Name((rng.choice(_WORD_NAMES_F if female else _WORD_NAMES_M),), (), name.family, loc)
            if key.startswith("rel") and rng.random() < 0.5:  # relatives often share the owner's surname
                name = _Name(name.given, (), self.owner.name.family, loc)
                atoms = _name_atoms(" ".join(name.given))[0]
            else:
                atoms = _name_atoms(name.full())[0]
            if not atoms & self.used_atoms:
                break
        self.used_atoms |= atoms
        p = _Person(name, female)
        self.persons[key] = p
        return p

    def respell(self, s: str, locale: str, case_p: float = 0.25, german: bool = True) -> str:
        """Spell a name differently from how it is stored."""
        rng = self.rng
        if _has_marks(s) and rng.random() < 0.4:
            s = _german_fold(s) if german and locale in _GERMANIC and rng.random() < 0.5 else _fold(s)
        if ("'" in s or "’" in s) and rng.random() < 0.6:
            s = re.sub("['’]", rng.choice(("", " ", "’", "'")), s)
        if "-" in s and rng.random() < 0.35:
            s = s.replace("-", rng.choice((" ", "")))
        if locale in _PARTICLE_LOCALES and rng.random() < 0.3:  # 'van der Berg' -> 'Van Der Berg' / 'VanderBerg'
            s = re.sub(r"\b(van|de|der|den|da|dos|do|di|del|la|le|dela|von|Mac|Ó)\s",
                       lambda m: m.group(1).capitalize() + rng.choice((" ", "")), s)
        r = rng.random()
        if r < case_p * 0.55:
            s = s.upper()
        elif r < case_p:
            s = s.lower()
        if _has_marks(s) and rng.random() < 0.3:
            s = unicodedata.normalize("NFD", s)
        return s

    # ----- owner ---------------------------------------------------------------------------------
    def owner_name(self, kind: str) -> str:
        rng = self.rng
        n = self.owner.name
        giv, mid, fam = list(n.given), list(n.middle), list(n.family)
        first = " ".join(giv) if len(giv) > 1 and rng.random() < 0.4 else giv[0]
        last = fam[0] if len(fam) > 1 and rng.random() < 0.4 else " ".join(fam)
        if kind == "any":
            kind = rng.choice(("full", "full", "first_last", "lastfirst", "last_comma_first", "first", "init_last"))
        if kind == "first":
            s = first
        elif kind == "last":
            s = last
        elif kind == "full":
            s = n.full() if rng.random() < 0.7 else " ".join(giv + fam)
        elif kind == "first_last":
            s = f"{first} {last}"
        elif kind == "lastfirst":
            s = " ".join(fam + mid + giv) if rng.random() < 0.6 else f"{last} {first}"
        elif kind == "last_comma_first":
            s = f"{last}, {first}" + (f" {mid[0]}" if mid and rng.random() < 0.5 else "")
        elif kind == "initials":
            letters = [_initial(x) for x in (giv[0], *mid[:1], fam[0])]
            s = rng.choice((".".join(letters) + ".", "".join(letters), ". ".join(letters) + "."))
        elif kind == "init_last":
            gi = _initial(giv[0])
            s = rng.choice((f"{gi}. {last}", f"{gi} {last}", f"{first} {_initial(fam[0])}."))
        else:
            raise ValueError(kind)
        if kind == "initials":
            return s
        # 'ue' for 'ü' is only recoverable from the stored name if the stored name kept its umlauts
        return self.respell(s, n.locale, german=_has_marks(self.owner.ids.full_name))

    def owner_phone(self, with_ext: bool | None = None) -> str:
        o = self.owner
        s = _fmt_nanp(self.rng, o.phone10)
        if o.ext and (with_ext if with_ext is not None else self.chance(0.5)):
            s += self.rng.choice(_EXT_STYLES).format(n=o.ext)
        return s

    def owner_street(self) -> str:
        o, rng = self.owner, self.rng
        if o.street is None:
            s = rng.choice((f"PO Box {o.pobox}", f"P.O. Box {o.pobox}", f"po box {o.pobox}", f"POB {o.pobox}",
                            f"P.O. BOX {o.pobox}", f"Post Office Box {o.pobox}"))
        else:
            num, direction, name, suf, unit_word, unit = o.street
            parts = [num]
            if direction:
                parts.append(_DIRECTIONS[direction] if rng.random() < 0.3 else direction)
            parts.append(name)
            r = rng.random()
            parts.append(_SUFFIXES[suf] if r < 0.35 else suf + "." if r < 0.5 and suf != _SUFFIXES[suf] else suf)
            s = " ".join(parts)
            if unit and rng.random() < 0.8:
                word = rng.choice(("Apt", "apt", "#", "Unit", "Apt.", unit_word))
                s += rng.choice((" ", ", ")) + (f"#{unit}" if word == "#" else f"{word} {unit}")
        r = rng.random()
        if r < 0.12:
            s = s.upper()
        elif r < 0.24:
            s = s.lower()
        return s

    def owner_city(self) -> str:
        c = self.owner.ids.city
        r = self.rng.random()
        if c.startswith("St. ") and r < 0.3:
            c = "Saint " + c[4:]
        if _has_marks(c) and r < 0.5:
            c = _fold(c)
        r = self.rng.random()
        return c.upper() if r < 0.1 else c.lower() if r < 0.25 else c

    def owner_state(self) -> str:
        s = self.owner.ids.state
        r = self.rng.random()
        if r < 0.3:
            return _US_STATES[s]
        return s.lower() if r < 0.38 else s

    def owner_zip(self) -> str:
        z = self.owner.ids.zip5
        return f"{z}-{_digits(self.rng, 4)}" if self.chance(0.2) else z

    def owner_mrn(self) -> str:
        m = self.owner.ids.mrn
        r = self.rng.random()
        if r < 0.15 and "-" in m:
            return m.replace("-", "")
        if r < 0.25 and m.isdigit() and m.startswith("0"):
            return m.lstrip("0")
        if r < 0.3:
            return m.lower()
        return m

    def owner_email(self) -> str:
        e = self.owner.ids.email or ""
        r = self.rng.random()
        if r < 0.08:
            return e.upper()
        if r < 0.15:
            local, _, dom = e.partition("@")
            return local.capitalize() + "@" + dom
        return e

    def owner_addr(self) -> list[Piece]:
        sep1, sep2 = self.rng.choice(((", ", ", "), (", ", " "), ("\n", ", "), (" ", " "), (", ", ", ")))
        return [(self.owner_street(), "ADDRESS", True), (sep1, None, False), (self.owner_city(), "CITY", True),
                (sep2, None, False), (self.owner_state(), "STATE", True), (" ", None, False),
                (self.owner_zip(), "ZIP", True)]

    # ----- third parties -------------------------------------------------------------------------
    def person_slot(self, key: str, attr: str) -> list[Piece]:
        rng = self.rng
        p = self.person(key)
        n = p.name
        first = n.given[0]
        last = " ".join(n.family)
        if attr == "first":
            return [(first if key.startswith("w") else self.respell(first, n.locale, 0.12), "PERSON", False)]
        if attr == "last":
            return [(self.respell(last, n.locale, 0.1), "PERSON", False)]
        if attr == "full":
            return [(self.respell(f"{' '.join(n.given)} {last}", n.locale, 0.12), "PERSON", False)]
        if attr == "FULL":
            return [(self.respell(f"{first} {last}", n.locale, 0.0).upper(), "PERSON", False)]
        if attr == "lower":
            return [(self.respell(f"{first} {last}", n.locale, 0.0).lower(), "PERSON", False)]
        if attr in ("phone", "badphone", "badext", "intl", "usphone", "intlglue"):
            if attr not in p.cache:
                if attr == "phone":
                    r = rng.random()
                    num = (_fmt_nanp(rng, _nanp_invalid(rng)) if r < 0.35 else
                           _fmt_nanp(rng, _nanp_valid(rng)) if r < 0.65 else _intl_phone(rng))
                    if r < 0.65 and rng.random() < 0.15:
                        num += rng.choice(_EXT_STYLES).format(n=_digits(rng, rng.randint(2, 4)))
                elif attr == "badphone":
                    num = _fmt_nanp(rng, _nanp_invalid(rng))
                elif attr == "badext":
                    num = _fmt_nanp(rng, _nanp_invalid(rng)) + rng.choice(_EXT_STYLES).format(
                        n=_digits(rng, rng.randint(2, 4)))
                elif attr == "usphone":
                    num = _fmt_nanp(rng, _nanp_valid(rng))
                elif attr == "intlglue":
                    num = re.sub(r"[\s()\-]", "", self.intl_phone())
                    if not num.startswith("+"):
                        num = "+" + num.lstrip("0")
                else:
                    num = self.intl_phone()
                p.cache[attr] = num
            return [(p.cache[attr], "PHONE", False)]
        if attr == "email":
            return [(self.email_for(n, rng), "EMAIL", False)]
        if attr in ("age", "ageword", "young", "elder", "peer"):
            if "age" not in p.cache:
                if attr == "young":
                    age = _young_age(rng)
                elif attr == "elder":
                    age = 89 if rng.random() < 0.2 else rng.randint(72, 88)
                elif attr == "peer":
                    age = max(18, min(89, int(_age_now(self)) + rng.randint(-6, 8)))
                else:
                    age = _old_age(rng)
                p.cache["age"] = str(age)
            age = int(p.cache["age"])
            if attr in ("young", "elder", "peer"):
                return [(str(age), None, False)]
            if attr == "ageword":
                w = _age_words(age)
                return [(w.capitalize() if rng.random() < 0.2 else w, "AGE", False)]
            return [(str(age), "AGE", False)]
        if attr in ("bday", "dob"):
            if "dob" not in p.cache:
                age = int(p.cache.get("age", rng.randint(20, 85)))
                ref = self.owner.ref
                d = ref - datetime.timedelta(days=age * 365 + rng.randint(int(age / 4) + 1, int(age / 4) + 360))
                p.cache["dob"] = d.isoformat()
            d = datetime.date.fromisoformat(p.cache["dob"])
            kind = rng.choice(("md", "md", "md", "num", "txt")) if attr == "bday" else rng.choice(("num", "txt"))
            return [(_fmt_date(rng, d, kind), "DATE", False)]
        if attr in ("url", "fb", "fund"):
            return [(self.url_for(n, rng, attr), "URL", False)]
        if attr == "mrn":
            return [(self.mrn_like(), "MRN", False)]
        raise KeyError(f"{key}_{attr}")

    @staticmethod
    def _slug(n: _Name, sep: str) -> str:
        return re.sub(r"[^a-z0-9.\-_]", "", _fold(f"{n.given[0]}{sep}{n.family[-1]}").lower().replace(" ", sep))

    def email_for(self, n: _Name, rng: random.Random) -> str:
        f = re.sub(r"[^a-z]", "", _fold(n.given[0]).lower())
        la = re.sub(r"[^a-z]", "", _fold(n.family[0]).lower())
        local = rng.choice((f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{la}.{f}", f"{f}_{la}",
                            f"{f}{la}{rng.randint(1, 99)}", f"{f}.{la}{rng.randint(40, 99)}", f"{la}{f[0]}"))
        loc = n.locale
        domains = {
            "de_DE": ("gmx.de", "web.de", "t-online.de"), "fr_FR": ("orange.fr", "free.fr", "laposte.net"),
            "it_IT": ("libero.it", "virgilio.it"), "pl_PL": ("wp.pl", "o2.pl", "interia.pl"),
            "es_MX": ("yahoo.com.mx", "hotmail.com", "prodigy.net.mx"), "pt_BR": ("uol.com.br", "bol.com.br"),
            "en_GB": ("btinternet.com", "hotmail.co.uk"), "nl_NL": ("ziggo.nl", "kpnmail.nl"),
            "sv_SE": ("telia.com",), "ga_IE": ("eircom.net",), "tr_TR": ("hotmail.com.tr",),
        }.get(loc, ())
        common = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com",
                  "aol.com", "comcast.net", "att.net", "proton.me")
        return f"{local}@{rng.choice(domains + common)}"

    def url_for(self, n: _Name, rng: random.Random, kind: str = "url") -> str:
        dot, dash, cat = self._slug(n, "."), self._slug(n, "-"), self._slug(n, "")
        if kind == "fb":
            return rng.choice((f"https://www.facebook.com/{dot}.{rng.randint(1, 99)}", f"facebook.com/{cat}",
                               f"www.facebook.com/{dash}", f"fb.com/{cat}{rng.randint(1, 9)}"))
        if kind == "fund":
            return rng.choice((f"gofundme.com/f/help-{dash}-with-medical-bills",
                               f"https://www.gofundme.com/f/{dash}-medication-fund", f"caringbridge.org/visit/{cat}",
                               f"https://gofund.me/{_fill(rng, '#?#?#?#?').lower()}", f"venmo.com/u/{dash}",
                               f"paypal.me/{cat}"))
        return rng.choice((
            f"https://www.facebook.com/{dot}.{rng.randint(1, 99)}", f"facebook.com/{cat}", f"instagram.com/{cat}",
            f"https://www.instagram.com/{dot}/", f"gofundme.com/f/help-{dash}-with-medical-bills",
            f"https://www.gofundme.com/f/{dash}-medication-fund", f"caringbridge.org/visit/{cat}",
            f"https://www.linkedin.com/in/{dash}-{rng.randint(10, 99)}a{rng.randint(100, 999)}",
            f"tiktok.com/@{cat}", f"venmo.com/u/{dash}", f"paypal.me/{cat}", f"https://{cat}.blogspot.com",
            f"https://sites.google.com/view/{dash}", f"www.youtube.com/@{cat}",
        ))

    def mrn_like(self) -> str:
        rng = self.rng
        return rng.choice((f"{rng.randint(0, 99999999):08d}", f"{_fill(rng, 'A')}{_digits(rng, 7)}",
                           f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}", _digits(rng, 10)))

    # ----- places --------------------------------------------------------------------------------
    def us_street(self) -> str:
        rng = self.rng
        num = str(rng.randint(2, 29999))
        direction = rng.choice(("", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "))
        name = rng.choice(_STREET_ORDINALS) if rng.random() < 0.2 else rng.choice(_STREET_NAMES)
        suf = rng.choice(tuple(_SUFFIXES))
        s = f"{num} {direction}{name} {rng.choice((suf, _SUFFIXES[suf]))}"
        if rng.random() < 0.25:
            s += rng.choice((f" Apt {rng.randint(1, 40)}", f" #{rng.randint(1, 300)}", f", Unit {_fill(rng, '#A')}"))
        return s

    def place(self) -> tuple[str, str, str, str]:
        """One foreign (city, region, country, dialling code) per message, so that places stay coherent."""
        if self._place is None:
            pool = _PLACES_WITH_REGION if self.needs_region else _PLACES
            while True:
                pl = self.rng.choice(pool)
                if _key(pl[0]) != _key(self.owner.ids.city):
                    break
            self._place = pl
        return self._place

    def intl_phone(self) -> str:
        if self.uses_place and self.place()[3]:
            cc = self.place()[3]
            pats = [x for x in _INTL_PATTERNS if re.match(rf"(?:\+|00|011 ){cc}\b", x)]
            if pats:
                return _fill(self.rng, self.rng.choice(pats))
        return _intl_phone(self.rng)

    def foreign_address(self) -> list[Piece]:
        rng, fk = self.rng, self.fakers
        country = rng.choice(("DE", "AT", "FR", "ES", "IT", "PL", "NL", "SE", "PT", "UK", "IE", "CA", "MX", "MX",
                              "BR", "VN", "VN", "TR", "IN", "PH", "NG", "CH"))
        pieces: list[Piece] = []
        names = {"DE": ("Germany", "Deutschland"), "AT": ("Austria", "Österreich"), "FR": ("France",),
                 "ES": ("Spain", "España"), "IT": ("Italy", "Italia"), "PL": ("Poland", "Polska"),
                 "NL": ("the Netherlands", "Nederland"), "SE": ("Sweden", "Sverige"), "PT": ("Portugal",),
                 "UK": ("UK", "United Kingdom", "England"), "IE": ("Ireland",), "CA": ("Canada",),
                 "MX": ("Mexico", "México"), "BR": ("Brazil", "Brasil"), "VN": ("Vietnam", "Việt Nam"),
                 "TR": ("Turkey", "Türkiye"), "IN": ("India",), "PH": ("Philippines",), "NG": ("Nigeria",),
                 "CH": ("Switzerland", "Schweiz")}
        faker_loc = {"DE": "de_DE", "AT": "de_AT", "CH": "de_CH", "ES": "es_ES", "PL": "pl_PL", "SE": "sv_SE",
                     "PT": "pt_PT", "FR": "fr_FR", "IT": "it_IT", "NL": "nl_NL"}
        if country in faker_loc:
            f = fk[faker_loc[country]]
            street = re.sub(r"\s+", " ", f.street_address()).strip()
            post = f.postcode()
            if country == "SE":
                post = f"{post[:3]} {post[3:]}"
            city = {"FR": ("Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Strasbourg", "Rennes",
                           "Montpellier", "Saint-Étienne", "Le Havre"),
                    "IT": ("Napoli", "Palermo", "Bari", "Torino", "Bologna", "Firenze", "Catania", "Roma", "Milano"),
                    "NL": ("Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg")}.get(
                country)
            city_s = rng.choice(city) if city else re.sub(r"\s+", " ", re.sub(r"\d+", "", f.city())).strip()
            post = post.strip()
            pieces = [(street, "ADDRESS", False), (", ", None, False), (post, "ZIP", False), (" ", None, False),
                      (city_s, "CITY", False)]
        elif country == "UK":
            street = rng.choice((
                f"{rng.randint(1, 240)} {rng.choice(('Victoria', 'Church', 'Mill', 'Station', 'Albert', 'Kingsley', 'Ash'))}"
                f" {rng.choice(('Road', 'Street', 'Lane', 'Close', 'Crescent', 'Gardens', 'Avenue', 'Terrace'))}",
                f"Flat {rng.randint(1, 30)}, {rng.randint(1, 120)} {rng.choice(('Grove', 'Park', 'Queens'))} Road",
            ))
            outward = rng.choice(("SW1A", "E1", "M14", "LS6", "G12", "CF10", "BT9", "B15", "BS8", "NW3", "N16",
                                  "SE15", "L8", "OX4", "EH6", "W12", "CR0", "LE2"))
            post = f"{outward} {rng.randint(0, 9)}{_fill(rng, 'A')}{_fill(rng, 'A')}".replace("I", "L")
            city_s = rng.choice(("London", "Manchester", "Leeds", "Glasgow", "Cardiff", "Belfast", "Bristol",
                                 "Birmingham", "Liverpool", "Oxford", "Edinburgh", "Leicester"))
            pieces = [(street, "ADDRESS", False), (", ", None, False), (city_s, "CITY", False), (" ", None, False),
                      (post, "ZIP", False)]
        elif country == "IE":
            street = re.sub(r"\s+", " ", self.fakers["en_IE"].street_address()).strip()
            city_s = rng.choice(("Dublin", "Cork", "Galway", "Limerick", "Waterford", "Sligo"))
            post = f"{rng.choice('ADHKPRTVWXY')}{_digits(rng, 2)} {_fill(rng, '?###').replace('O', '0')}"
            pieces = [(street, "ADDRESS", False), (", ", None, False), (city_s, "CITY", False), (", ", None, False),
                      (post, "ZIP", False)]
        elif country == "CA":
            road = rng.choice(("Queen", "King", "Bloor", "Sherbrooke", "Portage", "Jasper", "Main"))
            street = f"{rng.randint(1, 9999)} {road} {rng.choice(('St', 'Street', 'Ave', 'Rd', 'Blvd', 'St W'))}"
            city_s, prov = rng.choice((("Toronto", "ON"), ("Ottawa", "ON"), ("Montréal", "QC"), ("Winnipeg", "MB"),
                                       ("Mississauga", "ON"), ("Brampton", "ON"), ("Surrey", "BC"), ("Laval", "QC"),
                                       ("Edmonton", "AB"), ("Halifax", "NS")))
            pl = "ABCEGHJKLMNPRSTVXY"
            post = (f"{rng.choice(pl)}{rng.randint(0, 9)}{rng.choice(pl)} "
                    f"{rng.randint(0, 9)}{rng.choice(pl)}{rng.randint(0, 9)}")
            if rng.random() < 0.2:
                post = post.replace(" ", "")
            pieces = [(street, "ADDRESS", False), (", ", None, False), (city_s, "CITY", False), (", ", None, False),
                      (prov, "STATE", False), (" ", None, False), (post, "ZIP", False)]
        elif country == "MX":
            nm = rng.choice(("Hidalgo", "Juárez", "Morelos", "Independencia", "Reforma", "Zaragoza", "5 de Mayo",
                             "Revolución", "Niños Héroes", "Allende"))
            street = rng.choice((f"Calle {nm} #{rng.randint(1, 2500)}", f"Av. {nm} {rng.randint(1, 2500)}",
                                 f"{nm} {rng.randint(1, 999)} Int. {rng.randint(1, 12)}"))
            if rng.random() < 0.6:
                street += f", Col. {rng.choice(('Centro', 'Americana', 'Del Valle', 'Las Flores', 'San Rafael', 'Jardines'))}"
            city_s = rng.choice(("Guadalajara", "Monterrey", "Puebla", "León", "Zapopan", "Morelia", "Oaxaca de Juárez",
                                 "Mérida", "Tijuana", "Ciudad de México", "Querétaro", "Aguascalientes"))
            pieces = [(street, "ADDRESS", False), (", C.P. ", None, False), (_digits(rng, 5), "ZIP", False),
                      (" ", None, False), (city_s, "CITY", False)]
        elif country == "BR":
            nm = rng.choice(("das Flores", "Sete de Setembro", "Voluntários da Pátria", "Augusta", "XV de Novembro",
                             "Barão do Rio Branco", "dos Andradas"))
            street = rng.choice((f"Rua {nm}, {rng.randint(1, 2500)}",
                                 f"Av. {nm}, {rng.randint(1, 2500)}, apto {rng.randint(11, 190)}"))
            city_s, uf = rng.choice((("São Paulo", "SP"), ("Porto Alegre", "RS"), ("Recife", "PE"), ("Belo Horizonte", "MG"),
                                     ("Fortaleza", "CE"), ("Curitiba", "PR"), ("Salvador", "BA"), ("Goiânia", "GO")))
            pieces = [(street, "ADDRESS", False), (", ", None, False), (city_s, "CITY", False), (" - ", None, False),
                      (uf, "STATE", False), (", ", None, False), (f"{_digits(rng, 5)}-{_digits(rng, 3)}", "ZIP", False)]
        elif country == "VN":
            street = re.sub(r"\s+", " ", self.fakers["vi_VN"].street_address()).strip()
            district = rng.choice(("1", "3", "5", "10", "Bình Thạnh", "Gò Vấp", "Hoàn Kiếm"))
            street += f", Phường {rng.randint(1, 15)}, Quận {district}"
            city_s = rng.choice(("TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "TP.HCM", "Sài Gòn"))
            if rng.random() < 0.4:
                street, city_s = _fold(street), _fold(city_s)
            pieces = [(street, "ADDRESS", False), (", ", None, False), (city_s, "CITY", False)]
        elif country == "TR":
            street = rng.choice((
                f"{rng.choice(('Bağdat', 'Atatürk', 'İstiklal', 'Cumhuriyet'))} Cad. No:{rng.randint(1, 300)}"
                f" D:{rng.randint(1, 20)}",
                f"{rng.choice(('Gül', 'Lale', 'Çınar', 'Papatya'))} Sok. No: {rng.randint(1, 90)}",
            ))
            city_s = rng.choice(("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Istanbul", "Izmir", "Konya"))
            pieces = [(street, "ADDRESS", False), (", ", None, False), (_digits(rng, 5), "ZIP", False),
                      (" ", None, False), (city_s, "CITY", False)]
        elif country == "IN":
            f = self.fakers["en_IN"]
            street = re.sub(r"\s*\n\s*", ", ", f.street_address()).strip()
            pieces = [(street, "ADDRESS", False), (", ", None, False), (f.city().strip(), "CITY", False),
                      (" ", None, False), (_digits(rng, 6), "ZIP", False)]
        elif country == "PH":
            brgy = rng.choice(("San Isidro", "Malanday", "Poblacion", "Bagong Silang"))
            street = f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 60)}, Brgy. {brgy}"
            city_s = rng.choice(("Quezon City", "Cebu City", "Davao City", "Manila", "Pasig", "Iloilo City"))
            pieces = [(street, "ADDRESS", False), (", ", None, False), (city_s, "CITY", False),
                      (" ", None, False), (_digits(rng, 4), "ZIP", False)]
        else:  # NG
            street = f"{rng.randint(1, 80)} {rng.choice(('Adeola Odeku', 'Awolowo', 'Allen', 'Herbert Macaulay', 'Okpara'))} " \
                     f"{rng.choice(('Street', 'Road', 'Way', 'Avenue'))}"
            city_s = rng.choice(("Lagos", "Ibadan", "Abuja", "Enugu", "Ikeja", "Port Harcourt"))
            pieces = [(street, "ADDRESS", False), (", ", None, False), (city_s, "CITY", False)]
        if any(label == "CITY" and _key(v) == _key(self.owner.ids.city) for v, label, _ in pieces):
            return self.foreign_address()  # e.g. Manchester (UK) for an owner living in Manchester, NH
        if rng.random() < 0.5:
            pieces += [(", ", None, False), *_the(rng.choice(names[country]))]
        return pieces

    def date_near(self, key: str, lo: int, hi: int) -> datetime.date:
        if key not in self._dates:
            self._dates[key] = self.owner.ref + datetime.timedelta(days=self.rng.randint(lo, hi))
        return self._dates[key]

    # ----- dispatcher ----------------------------------------------------------------------------
    def slot(self, name: str) -> list[Piece]:
        key, _, attr = name.partition("_")
        if key in _PERSON_KEYS and attr:
            if key == "dr":
                p = self.person("dr")
                return [(self.respell(p.name.family[-1], p.name.locale, 0.0), "PERSON", False)]
            if key == "rn":
                p = self.person("rn")
                return [(p.name.given[0], "PERSON", False)]
            return self.person_slot(key, attr)
        handler = _SLOTS.get(name)
        if handler is None:
            raise KeyError(f"unknown slot {{{name}}}")
        out = handler(self)
        if isinstance(out, str):
            return [(out, None, False)]
        return out


def _p(label: str, owner: bool = False) -> Callable[[Callable[[_Ctx], str]], Callable[[_Ctx], list[Piece]]]:
    def deco(fn: Callable[[_Ctx], str]) -> Callable[[_Ctx], list[Piece]]:
        return lambda c: [(fn(c), label, owner)]
    return deco


def _med_slot(i: int, dose: bool, pool: tuple[str, ...] = _MED_NAMES) -> Callable[[_Ctx], list[Piece]]:
    def fn(c: _Ctx) -> list[Piece]:
        out: list[Piece] = [(c.med_written(i, pool), "MEDICATION", False)]
        if dose:
            out.append((" " + c.rng.choice(_MEDS[c.med(i)]), None, False))
        return out
    return fn


def _dose(which: int) -> Callable[[_Ctx], str]:
    def fn(c: _Ctx) -> str:
        doses = _MEDS[c.med(0)]
        if len(doses) < 2:
            return ("5 mg", "10 mg")[which]
        a, b = doses[0], doses[1]
        return (a, b)[which]
    return fn


def _set_a1c(c: _Ctx, v: float) -> float:
    c.last_a1c = round(v, 1)
    return c.last_a1c


def _lab_value(kind: str) -> Callable[[_Ctx], str]:
    def fn(c: _Ctx) -> str:
        r = c.rng
        return {
            "bp": lambda: f"{r.randint(104, 178)}/{r.randint(58, 104)}",
            "glucose": lambda: str(r.randint(86, 180)),
            "glucose_high": lambda: str(r.randint(190, 340)),
            "glucose_low": lambda: str(r.randint(45, 69)),
            "a1c": lambda: f"{_set_a1c(c, r.uniform(5.8, 10.5)):.1f}",
            "a1c_prev": lambda: f"{c.last_a1c + r.uniform(0.3, 2.4):.1f}",
            "inr": lambda: f"{r.uniform(1.3, 3.9):.1f}",
            "tsh": lambda: f"{r.uniform(0.3, 9.5):.1f}",
            "weight": lambda: f"{r.randint(110, 290)} {r.choice(('lb', 'lbs', 'pounds'))}",
            "peak": lambda: str(r.randint(180, 520)),
        }[kind]()
    return fn


def _owner_dob(kind: str) -> Callable[[_Ctx], list[Piece]]:
    def fn(c: _Ctx) -> list[Piece]:
        return [(_fmt_date(c.rng, c.owner.ids.date_of_birth, kind), "DATE", True)]
    return fn


def _age_next(c: _Ctx) -> str:
    dob, ref = c.owner.ids.date_of_birth, c.owner.ref
    age = ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))
    return str(age + 1)


def _age_now(c: _Ctx) -> str:
    dob, ref = c.owner.ids.date_of_birth, c.owner.ref
    return str(ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day)))


def _us_tp_addr(c: _Ctx) -> list[Piece]:
    city = c.tp_city()
    z = city.zip3 + _digits(c.rng, 2)
    st = _US_STATES[city.state] if c.chance(0.2) else city.state
    return [(c.us_street(), "ADDRESS", False), (", ", None, False), (city.name, "CITY", False),
            (c.rng.choice((", ", " ")), None, False), (st, "STATE", False), (" ", None, False), (z, "ZIP", False)]


def _the(place: str) -> list[Piece]:
    """'the Netherlands' -> 'the ' + LOCATION 'Netherlands'."""
    if place.startswith("the "):
        return [("the ", None, False), (place[4:], "LOCATION", False)]
    return [(place, "LOCATION", False)]


def _pobox(c: _Ctx) -> str:
    return c.rng.choice(("PO Box ", "P.O. Box ", "po box ", "PO BOX ")) + str(c.rng.randint(1, 9999))


def _facility(c: _Ctx) -> str:
    place = c.rng.choice(_FACILITY_PLACES) if c.chance(0.6) else c.tp_city().name
    return f"{place} {c.rng.choice(_FACILITY_KINDS)}"


def _iban(c: _Ctx) -> str:
    s = c.fakers[c.rng.choice(_IBAN_LOCALES)].iban()
    return _group4(s) if c.chance(0.55) else s


def _clinic_phone(c: _Ctx) -> str:
    return _fmt_nanp(c.rng, c.rng.choice(_TOLL_FREE) + _fill(c.rng, "N######"),
                     c.rng.choice(("1-{a}-{e}-{l}", "({a}) {e}-{l}", "{a}-{e}-{l}", "1 ({a}) {e}-{l}")))


def _date_fmt(lo: int, hi: int, kind: str, key: str) -> Callable[[_Ctx], list[Piece]]:
    def fn(c: _Ctx) -> list[Piece]:
        return [(_fmt_date(c.rng, c.date_near(key, lo, hi), kind), "DATE", False)]
    return fn


_SLOTS: dict[str, Callable[[_Ctx], list[Piece] | str]] = {
    # owner identifiers (owner=True)
    "o_first": lambda c: [(c.owner_name("first"), "PERSON", True)],
    "o_last": lambda c: [(c.owner_name("last"), "PERSON", True)],
    "o_fl": lambda c: [(c.owner_name("first_last"), "PERSON", True)],
    "o_lcf": lambda c: [(c.owner_name("last_comma_first"), "PERSON", True)],
    "o_full": lambda c: [(c.owner_name("full"), "PERSON", True)],
    "o_name": lambda c: [(c.owner_name("any"), "PERSON", True)],
    "o_lastfirst": lambda c: [(c.owner_name(c.rng.choice(("lastfirst", "last_comma_first"))), "PERSON", True)],
    "o_init": lambda c: [(c.owner_name("initials"), "PERSON", True)],
    "o_sig": lambda c: [(c.owner_name(c.rng.choice(("first", "initials", "init_last", "first_last"))),
                         "PERSON", True)],
    "o_NAME": lambda c: [(c.owner_name(c.rng.choice(("full", "last_comma_first", "lastfirst"))).upper(),
                          "PERSON", True)],
    "o_phone": lambda c: [(c.owner_phone(), "PHONE", True)],
    "o_phone_ext": lambda c: [(c.owner_phone(with_ext=True), "PHONE", True)],
    "o_digits": lambda c: [(c.rng.choice(("", "", "1", "+1")) + c.owner.phone10, "PHONE", True)],
    "o_email": lambda c: [(c.owner_email(), "EMAIL", True)],
    "o_street": lambda c: [(c.owner_street(), "ADDRESS", True)],
    "o_city": lambda c: [(c.owner_city(), "CITY", True)],
    "o_state": lambda c: [(c.owner_state(), "STATE", True)],
    "o_zip": lambda c: [(c.owner_zip(), "ZIP", True)],
    "o_addr": lambda c: c.owner_addr(),
    "o_dob": _owner_dob("any"),
    "o_dob_num": _owner_dob("num"),
    "o_dob_txt": _owner_dob("txt"),
    "o_dob_md": _owner_dob("md"),
    "o_dob_es": _owner_dob("es"),
    "o_mrn": lambda c: [(c.owner_mrn(), "MRN", True)],
    # owner, unlabelled
    "o_age": _age_now,
    "o_turn": _age_next,
    "o_peer": lambda c: str(max(18, min(89, int(_age_now(c)) + c.rng.randint(-6, 8)))),
    # places (owner=False)
    "fa": lambda c: c.foreign_address(),
    "fa_city": _p("CITY")(lambda c: c.place()[0]),
    "country": lambda c: _the(c.place()[2]),
    "region": lambda c: _the(c.place()[1]),
    "facility": _p("LOCATION")(_facility),
    "tp_addr": _us_tp_addr,
    "tp_street": _p("ADDRESS")(lambda c: c.us_street()),
    "other_city": _p("CITY")(lambda c: c.tp_city().name),
    "other_state": _p("STATE")(lambda c: c.rng.choice((c.tp_city().state, _US_STATES[c.tp_city().state]))),
    "tp_zip": _p("ZIP")(lambda c: c.tp_city().zip3 + _digits(c.rng, 2)),
    "pobox": _p("ADDRESS")(_pobox),
    # ids, urls, dates
    "iban": _p("ID")(_iban),
    "ip": _p("ID")(lambda c: _ip(c.rng)),
    "dl": _p("ID")(lambda c: _fill(c.rng, c.rng.choice(_DL_PATTERNS))),
    "passport": _p("ID")(lambda c: _fill(c.rng, c.rng.choice(_PASSPORT_PATTERNS))),
    "ssn": _p("ID")(lambda c: _ssn(c.rng)),
    "member": _p("ID")(lambda c: _fill(c.rng, c.rng.choice(_MEMBER_PATTERNS))),
    "mbi": _p("ID")(lambda c: _mbi(c.rng)),
    "serial": _p("ID")(lambda c: _fill(c.rng, c.rng.choice(_SERIAL_PATTERNS))),
    "mrn_p": _p("MRN")(lambda c: c.mrn_like()),
    "clinic_phone": _p("PHONE")(_clinic_phone),
    "date": _date_fmt(2, 120, "any", "date"),
    "date_md": _date_fmt(-40, -10, "md", "date_md"),
    "date_md2": _date_fmt(-9, -1, "md", "date_md2"),
    "date_txt": _date_fmt(3, 90, "txt", "date_txt"),
    "date_next": _date_fmt(5, 60, "md", "date_next"),
    # medications
    "med": _med_slot(0, False), "med2": _med_slot(1, False), "med3": _med_slot(2, False),
    "med_d": _med_slot(0, True), "med2_d": _med_slot(1, True), "med3_d": _med_slot(2, True),
    "inh": _med_slot(0, False, _INHALERS), "inh2": _med_slot(1, False, _INHALERS), "pen": _med_slot(0, False, _PENS),
    "pen_d": _med_slot(0, True, _PENS),
    "otc": _p("MEDICATION")(lambda c: c.pick_otc(0)),
    "gen": lambda c: [(c.pair()[0], "MEDICATION", False)],
    "brand": lambda c: [(c.pair()[1], "MEDICATION", False)],
    "otc2": _p("MEDICATION")(lambda c: c.pick_otc(1)),
    "dose_a": _dose(0), "dose_b": _dose(1),
    # unlabelled fillers
    "time": lambda c: _time_of_day(c.rng), "time2": lambda c: _time_of_day(c.rng),
    "weekday": lambda c: c.rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                        "Mon", "Tues", "Wed", "Thurs", "Fri", "monday", "friday", "thursday")),
    "weekdays": lambda c: c.rng.choice(("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays",
                                         "Sundays", "weekends", "mondays", "fridays")),
    "weekday2": lambda c: c.rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                         "Sunday", "sat", "sunday", "tues")),
    "lab": lambda c: _lab(c.rng), "lab2": lambda c: _lab(c.rng),
    "bp": _lab_value("bp"), "bp2": _lab_value("bp"), "glucose": _lab_value("glucose"),
    "glucose2": _lab_value("glucose"), "glucose_high": _lab_value("glucose_high"),
    "glucose_low": _lab_value("glucose_low"), "a1c": _lab_value("a1c"), "a1c_prev": _lab_value("a1c_prev"),
    "inr": _lab_value("inr"), "tsh": _lab_value("tsh"), "weight": _lab_value("weight"), "peak": _lab_value("peak"),
    "qty": lambda c: f"{c.rng.choice((28, 30, 30, 60, 90, 100, 120, 180))} "
                     f"{c.rng.choice(('tablets', 'pills', 'tabs', 'capsules', 'caps'))}",
    "supply": lambda c: c.rng.choice(("30 day supply", "90-day supply", "90 DS", "month's supply", "3 month supply",
                                      "90 day supply", "1 month supply")),
    "pharmacy": lambda c: c.rng.choice(_PHARMACIES),
    "store": lambda c: c.rng.choice(_STORES),
    "device": lambda c: c.rng.choice(_DEVICES),
    "count": lambda c: str(c.rng.randint(2, 6)),
    "small": lambda c: str(c.rng.randint(1, 9)),
    "money": lambda c: c.rng.choice(("45", "112.50", "9.99", "35", "250", "64.20", "180", "47")),
    "year": lambda c: str(c.rng.randint(1998, 2023)),
    "small_age": lambda c: str(_young_age(c.rng)),
    "pdc": lambda c: str(c.rng.randint(40, 79)),
    "language": lambda c: c.rng.choice(_LANGUAGES),
}

# ---------------------------------------------------------------------------------------------------
# Templates.  <a|b|c> picks one alternative; {slot} inserts a value (see _SLOTS and the person slots
# {KEY_ATTR}: KEY is p/q (anyone), m/f (male/female), rel/relm/relf (relative, may share the owner's
# surname), w/wm/wf (names that are also words: Hope, Will, ...), dr (dr_last), rn (rn_first); ATTR is
# first/last/full/FULL/lower, phone/badphone/badext/intl/intlglue/usphone, email, url/fb/fund, age/ageword
# (over 89, labelled), young/elder/peer (89 or under, unlabelled), bday/dob, mrn).
# Channel: sms (patient SMS), chat (app chat), team (care team to patient), note (nurse/pharmacist note),
# optionally followed by "@tags": a language (es, vi, pt, fil, pl, tr, fr, de, it: only for owners of that
# background) and "parent"/"grand" (a parent/grandparent over 89: only for owners old/young enough).
# ---------------------------------------------------------------------------------------------------

TEMPLATES: tuple[tuple[str, str], ...] = (
    # ----- no identifiers: medications, doses, times, weekdays, labs, everyday words ---------------
    ("sms", "took my {med_d} at {time} like usual. sugar this morning was {glucose}"),
    ("sms", "<Hi|Hello|Hey|Good morning>, is it ok to take {med} with food? I forgot this morning and it's {time} now"),
    ("chat", "Refill request: {med_d}, {supply}. <Please send to|Send to|Same pharmacy,> {pharmacy}"
             " <as usual|like last time|pls|thanks>."),
    ("sms", "I will be out of {med} by {weekday}. Can you call it in?"),
    ("sms", "Hope so! The {med} has been fine, no dizziness <at all|so far|this week>."),
    ("sms", "May I cut the {med_d} tabs in half? They're huge"),
    ("chat", "The bill from {pharmacy} was ${money} for a {supply} of {med}. Is there a cheaper option?"),
    ("chat", "Is there a grace period if I'm a day late on my {pen} shot?"),
    ("sms", "BP {bp} this am, {bp2} tonight after the {med}"),
    ("sms", "my sugar rose to {glucose_high} after lunch, took {med_d} at {time}"),
    ("sms", "Mark it down: missed {med} {weekday} night, back on track {weekday2}."),
    ("sms", "no joy with the new {device}, keeps saying error {small}. back to finger sticks"),
    ("chat", "Chase the pharmacy about the {med} prior auth? It's been {count} days"),
    ("chat", "Grace period on my insurance ends {weekday}, so I need the {med} filled before then."),
    ("sms", "A1c came back {a1c}!! down from {a1c_prev}. still on {med_d} and {med2_d}"),
    ("note", "Pt reports taking {med_d} daily at {time}. Denies missed doses this week. {lab}. Reviewed refill schedule."),
    ("note", "Pt states {med} causing nausea in the mornings. Advised to take with breakfast, f/u {weekday}."),
    ("note", "Nurse call: pt using {inh} {count}x/day this week, more than usual. Reviewed rescue vs controller ({inh2})."),
    ("team", "Reminder: take your {med} at {time}. Reply 1 if taken, 2 if skipped."),
    ("sms", "<Taken|taken|Done|took it> <at|@> {time} 👍"),
    ("sms", "2. forgot, <will take it now|taking it now|will take when i get home>"),
    ("sms", "Missed my {med} last night, should I double up today?"),
    ("team", "Please don't double up. Take your next dose of {med} at the usual time ({time})."),
    ("sms", "INR {inr} today, they kept the {med} the same. Next check {weekday}."),
    ("chat", "Switching from {med} to {med2} — do I stop the old one {weekday} or finish the bottle?"),
    ("chat", "Got the {qty} of {med_d} from {pharmacy} but the pills look different. Same thing?"),
    ("sms", "New {device} works! {glucose} fasting, {glucose2} after dinner"),
    ("chat", "Can I take {otc} with my {med}? back pain again"),
    ("sms", "Spacer for the {inh} came today. doing 2 puffs at {time} and {time2}"),
    ("sms", "viral load undetectable again 🎉 still taking {med} every day at {time}"),
    ("sms", "weight {weight} today, ankles swollen. took the extra {med_d} like the plan says"),
    ("sms", "I'll take the {med} at {time} instead of morning, it makes me pee all day"),
    ("team", "TSH {tsh}. Keep {med_d} the same; take it on an empty stomach 30-60 min before breakfast."),
    ("chat", "Are {brand} and {gen} the same thing? The label says one and the box says the other"),
    ("sms", "Pharmacy says {med} is on backorder till {weekday}. anything I can use instead?"),
    ("chat", "I've been on {med} since {year} and never had this rash before"),
    ("sms", "{med} at {time}, {med2} at {time2}, {med3} with dinner. Is that right?"),
    ("sms", "pill box: {med} in the AM slots Mon-Sun, {med2} in PM. {weekday}'s still full, oops"),
    ("chat", "Bottle says take 1/2 tab of {med} if BP under 100/60?? is that right"),
    ("sms", "Will do. Taking {med} now."),
    ("team", "Hope you're having a good {weekday}! Just checking in on the {med} — any side effects?"),
    ("team", "Great news on the A1c. Keep going with the {med} and the walks after dinner."),
    ("sms", "{qty} left of {med}, {count} refills left on the label"),
    ("chat", "Mail order said the 90 day supply of {med} ships {weekday}, 5-7 days to arrive"),
    ("chat", "Can't afford the {med} copay this month (${money}). Is there a coupon?"),
    ("sms", "felt shaky at {time}, sugar was {glucose_low}. had juice, now {glucose}. should I lower the {med}?"),
    ("sms", "Summer heat makes me dizzy on {med}. ok to skip on hot days?"),
    ("chat", "My numbers rose since the {med} dose went up, is that normal? {glucose_high} before dinner"),
    ("sms", "April refill of {med} never showed up"),
    ("chat", "June and July were rough but I'm back on {med} every day now"),
    ("note", "Pt educated on {pen} pen technique, demonstrated correctly. Pen needles 32G 4mm. F/u 2 wks."),
    ("note", "Dose change: {med} increased from {dose_a} to {dose_b} per provider. Pt verbalized understanding."),
    ("sms", "the {med} makes my mouth taste like metal. normal?"),
    ("sms", "hi!! i took the {med} twice by accident at {time} and {time2} 😬 what do i do"),
    ("team", "Please hold the {med} the morning of your procedure and resume the next day."),
    ("chat", "Logged in the app: {med} ✔ {med2} ✔ {med3} ✘ (forgot)"),
    ("sms", "ok got it. will set an alarm for {time}"),
    ("chat", "{med} savings card got declined at {pharmacy}, says plan limit reached"),
    ("sms", "coughing at night, using the {inh} more, maybe 4 puffs a day. peak flow {peak}"),
    ("chat", "Can I get the {med} in the 100 count bottle instead of the 30s?"),
    ("sms", "grace period ends friday, i will pay the bill then and grab my {med}"),
    ("note", "Pt declined {med} today d/t cost. SW referral placed for copay assistance."),
    ("team", "If you have chest pain or trouble breathing, call 911. For refills of {med} reply REFILL."),
    ("sms", "hope so. the {med} is doing its thing, {bp} this morning"),
    ("chat", "Faith in this {med} restored lol, {glucose} fasting three days in a row"),
    ("sms", "may i take {med} and {med2} together or space them out"),
    ("note", "Adherence review: PDC 0.{pdc} for {med}, 1.0 for {med2}. Barriers: cost, forgetfulness (takes at {time})."),
    ("team", "Your {med} refill is ready for pickup at {store}. Bring your card. Reply STOP to opt out."),
    ("sms", "took {med} late ({time}) bc of work, is that ok or skip tomorrow's"),
    ("chat", "3-4 times a week I forget the evening {med}. Is there a once a day version?"),
    ("sms", "dizzy when I stand up since the {med} went up. BP {bp}"),
    ("note", "Lab f/u: {lab}, {lab2}. Continue {med_d}. Recheck in 3 months."),
    ("chat", "Do I keep the {pen} pens in the fridge after opening? Kitchen gets warm in the summer"),
    ("sms", "Bill came for the {device} sensors — $75?? thought insurance covered them"),
    ("chat", "I'm {o_age} and never needed this many pills. {med}, {med2}, {med3}... is all of it necessary?"),
    ("sms", "my husband is {o_peer} and takes {med} too, can we get them filled the same day?"),
    ("note", "{o_age} y/o pt on {med_d} and {med2_d}. Reports good adherence with {device}. {lab}."),
    ("sms", "Rain check on the call today? {weekday} at {time} works better"),
    ("chat", "Which is better for my knees, {otc} or {otc2}? I'm already on {med}"),
    ("sms", "To be frank, the {med} isn't doing much. {lab} again."),
    ("sms", "sunny out so I walked 30 min after taking the {med}"),
    ("sms", "memory is rusty today, did I already take the {med}? pill box says yes lol"),
    ("chat", "Art class on {weekdays} runs late, can I shift the {med} to {time}?"),
    ("chat", "The pharmacy gave me {gen} instead of {brand}, is that ok?"),
    ("sms", "Dawn shift this week so I'm taking the {med} at 5am, that ok?"),
    ("sms", "Pat on the back for me: no missed {med} doses this month 💪"),
    ("team", "Quick tip: keep the {brand} next to your toothbrush so you remember it at {time}."),
    # ----- owner identifiers ----------------------------------------------------------------------
    ("sms", "<Hi|Hey|Hello> this is {o_first}, my {med} refill is stuck at {pharmacy}"),
    ("sms", "its {o_first} again. new number is {o_phone}, pls update"),
    ("sms", "please call me back at {o_phone} after {time}"),
    ("sms", "text me <cell|cel|mobile|cell#>:{o_digits} not the house phone"),
    ("sms", "pls <call|text|ring>{o_digits} before {time}, the {med} bottle is almost empty"),
    ("chat", "My email changed to {o_email} — the {med} reminders still go to the old one"),
    ("chat", "Send the {med} savings card to {o_email} please"),
    ("chat", "I moved! New address is {o_street}, {o_city}, {o_state} {o_zip}. Mail order for {med} needs it."),
    ("chat", "Pharmacy wants my address, it's {o_addr}"),
    ("sms", "my bday is {o_dob_md} do I get a free refill lol"),
    ("sms", "dob {o_dob_md}, yes that's me — {o_last}"),
    ("chat", "I turn {o_turn} on {o_dob_md}, can we do the {med} review before then?"),
    ("note", "Identity verified: {o_lastfirst}, DOB {o_dob}. Reviewed {med_d} and {med2_d}."),
    ("sms", "{o_init} here — took {med_d} at {time}"),
    ("chat", "Thanks for the help with the {med} coupon!\n<-- |— |- |>{o_sig}"),
    ("team", "Hi {o_first}! This is {rn_first} with the adherence program. Did you pick up your {med}?"),
    ("team", "{o_fl}, your {med} is ready at {store}. Reply STOP to opt out."),
    ("team", "Reminder for {o_first}: {med} at {time}. Questions? Call us at {clinic_phone}."),
    ("chat", "I live at {o_street} in {o_city}. The courier keeps leaving my {med} at the wrong door"),
    ("sms", "any {store} near {o_zip}? mine closed"),
    ("sms", "I'm in {o_city} now, can the {med} go to the {store} on my side of town"),
    ("note", "MRN {o_mrn} — {o_last}. PA needed for {med}. Faxed to plan {weekday}."),
    ("chat", "my birthday is {o_dob_txt} so I'm {o_age} now and still taking {med}"),
    ("chat", "Born {o_dob} in {country}, moved to {o_city} in {year}."),
    ("note", "{o_NAME} {o_dob_num} {o_phone} LVM re {med} refill"),
    ("note", "LVM for pt at {o_phone} re: overdue {med} refill. Will try again {weekday}."),
    ("note", "Spoke w/ pt {o_name}, confirmed DOB {o_dob} and address on file ({o_street})."),
    ("chat", "Please update my phone to {o_phone}. The cell on file is my son {m_first}'s: {m_usphone}"),
    ("sms", "address for delivery: {o_street}, {o_zip}"),
    ("chat", "{o_email} is my email, the other one bounced"),
    ("sms", "Hello my name is {o_full} and I was told to text this number about my {med}"),
    ("sms@es", "Hola, soy {o_first}. Ya se me acabó el {med}, ¿me lo pueden resurtir? Mi número es {o_phone}"),
    ("chat@es", "{o_full}, fecha de nacimiento {o_dob_es}. Necesito más {med} por favor."),
    ("chat", "The app shows someone else's name, not {o_full}. My MRN is {o_mrn}."),
    ("chat", "I'm at work today, use {o_phone_ext} and ask for me"),
    ("chat", "my dob is {o_dob_num} if you need it for the {med} form"),
    ("chat", "DOB: {o_dob} / MRN: {o_mrn} / {med_d} refill pls"),
    ("note", "Pt {o_lcf} (DOB {o_dob_num}, MRN#{o_mrn}) called re {med}. Sent to pharmacy."),
    ("sms", "I was born {o_dob_txt}, the pharmacy has it wrong"),
    ("chat", "They have my birthday on the wrong day, it should be {o_dob}. Name is {o_name}."),
    ("chat", "Is there a program office in {o_city}, {o_state}? I'd rather drop off the forms"),
    ("sms", "moving from {o_city} to {other_city} next month, will the {med} coverage follow me?"),
    ("sms", "email:{o_email} phone:{o_phone}"),
    ("note", "PT {o_NAME} DOB {o_dob_num} SEEN FOR {med} TEACHING. BP {bp}."),
    ("note", "Address verified:\n{o_street}\n{o_city}, {o_state} {o_zip}\nPhone {o_phone}"),
    ("sms@vi", "{o_lastfirst} đây. Tôi hết thuốc {med} rồi, gọi lại số {o_phone} nhé"),
    ("sms@pt", "Oi, aqui é {o_first}. Meu {med} acabou, pode mandar pra {store}?"),
    ("sms@fil", "Hi po, si {o_first} po ito. Ubos na po yung {med} ko. {o_phone} po number ko"),
    ("chat@pl", "Dzień dobry, tu {o_fl}. Skończył mi się {med}, proszę o receptę."),
    ("sms@tr", "Merhaba, ben {o_first}. {med} bitti, yenisini eczaneye gönderebilir misiniz?"),
    ("chat", "Name on the {med} bottle is spelled wrong, it's {o_full} not what they printed"),
    ("sms", "ok thanks! {o_sig}"),
    ("team", "Good morning {o_first}, we noticed your {med} hasn't been refilled since {date_md}. Everything ok?"),
    ("note", "Pharmacist note: {o_NAME} (MRN {o_mrn}) — {med_d} and {med2_d}, interaction reviewed, OK to continue."),
    ("sms", "{o_fl} {o_dob_num} needs refill on {med}"),
    ("chat", "Hi, for the copay card the form asks zip — mine is {o_zip}. And birthday {o_dob_md}."),
    ("sms", "it's {o_init}. bp {bp}"),
    ("chat", "I changed my number to {o_phone} and my email to {o_email}"),
    ("note", "Called pt at {o_phone}, no answer; VM full. Letter mailed to {o_addr}."),
    # ----- third parties -----------------------------------------------------------------------------
    ("sms", "hi this is {f_first}, {o_first}'s daughter. she's out of {med}"),
    ("sms", "<her|his> son {wm_first} picks up the {med} on {weekdays}"),
    ("chat", "daughter {f_first} checks in on me most days, her cell is {f_phone}"),
    ("note", "PT'S DAUGHTER {f_FULL} CALLED, REQUESTS CALLBACK AT {f_phone}. RE: {med} DOSE."),
    ("sms@parent", "my mom {f_first} is {f_age} and takes {med} too, can she join the program?"),
    ("chat@grand", "Grandpa, {m_age}, needs help with his {pen} pen"),
    ("sms@parent", "Aunt {f_first} is {f_ageword} years old and still does her own {med} lol"),
    ("chat", "Caregiver: {f_full} — {f_email} — please cc her on {med} updates"),
    ("chat", "Please call my neighbor {p_full} at {p_badphone} if you can't reach me"),
    ("sms", "u can reach my brother in {country} at {m_intl}"),
    ("sms", "<whatsapp|WhatsApp|wa|tel>{f_intlglue} is my daughter, she translates"),
    ("chat", "My son lives at {fa}. Can you ship the {med} there while I visit?"),
    ("chat", "Staying with my cousin at {fa} until {date}. I have a {supply} of {med}."),
    ("chat", "Refund goes to my daughter {f_first}'s account {iban}, she paid for the {med}"),
    ("chat", "It says login blocked from IP {ip}?? It's just me at the library"),
    ("chat", "DL {dl} — the pharmacy wants ID to pick up {med} for my husband {m_first}"),
    ("chat", "Passport no. {passport}, for the travel letter for my {med} (flying to {country} {date})"),
    ("chat", "My wife's SSN is {ssn}, for her patient assistance form for {med}"),
    ("chat", "insurance member id {member}, the {med} got denied again"),
    ("chat", "Medicare number {mbi} — they said {med} isn't on the formulary"),
    ("sms", "meter serial {serial} keeps showing E-3"),
    ("chat", "my husband's MRN is {mrn_p}, he's on {med} too"),
    ("sms", "we started a gofundme for my dad's meds {m_fund}"),
    ("sms", "my sister's facebook is {f_fb}, message her there if I don't answer"),
    ("chat", "Dr. {dr_last} wants me to switch to {med}. Is that covered?"),
    ("team", "You're scheduled with Dr {dr_last} on {date} at {time}. Bring your {med} bottles."),
    ("team", "Next refill of {med} is due {date}. Reply YES to confirm."),
    ("sms", "I was at {facility} from {date_md} to {date_md2}, that's why I missed the {med}"),
    ("sms", "back from {region}, {country} — ran out of {med} on the trip"),
    ("sms", "{p_first}'s birthday is {p_bday} so I'll be in {fa_city} that week, need an early {med} refill"),
    ("sms", "daughter {f_first} checks in on weekends, she fills the pill box"),
    ("chat@parent", "Mom ({f_full}, {f_age}) lives with me now, she's on {med} and {med2}"),
    ("note", "Spoke with pt's husband {m_first} at {m_phone}; pt admitted to {facility} since {date_md}."),
    ("sms", "{wf_first} from church drives me to {store} on {weekdays}"),
    ("sms", "{wm_first} said he'd pick up the {med} after work"),
    ("chat", "Ask for {wf_first} at the front desk, she knows about my {med}"),
    ("note", "Contacts: {m_FULL} {m_phone} (son) / {f_FULL} {f_phone} (dtr)"),
    ("sms", "text my niece {f_lower} at {f_phone}, she has my {med} list"),
    ("chat", "Social worker {f_full} ({f_email}, {f_usphone}) is helping with the {med} assistance"),
    ("note", "Interpreter {p_first} ({language}) on the line; pt confirms taking {med_d} at {time}."),
    ("chat", "my brother-in-law {m_full} lives at {tp_addr}, you can send it there"),
    ("chat", "ship-to for this month: {tp_street}, {other_city}, {other_state} {tp_zip}"),
    ("sms", "use my sister's PO box: {pobox}, {other_city} {tp_zip}"),
    ("sms", "neighbor's number {p_badext} if I'm not answering"),
    ("sms", "{m_full} (my son) {m_intl} - he's in {country} for work"),
    ("chat", "{o_first} here. My daughter {f_full} is my emergency contact: {f_phone}, {f_email}"),
    ("note@parent", "PT'S MOTHER {f_FULL}, AGE {f_age}, LIVES WITH PT. ALSO ON {med}."),
    ("sms@grand", "grandma turned {f_age} on {f_bday}!! we celebrated, she says hi"),
    ("chat@parent", "My dad {m_first} is {m_ageword}, can he get his {med} delivered too?"),
    ("sms@parent", "{f_first} ({f_age}) is my mother-in-law, her {med} is the same as mine"),
    ("sms@parent", "mom is {f_elder} and dad is {m_age}, both take {med}"),
    ("chat", "I'm {o_age} and my husband {m_first} is {m_peer}; we both get {med} from {pharmacy}"),
    ("note", "Pt's wife {f_first} manages pills. She is {f_peer}. Phone {f_usphone}."),
    ("chat", "Call my granddaughter {f_first} at {f_intl}, she's studying in {fa_city}"),
    ("sms", "new cell for my husband {m_first}: {m_phone}"),
    ("sms", "if no answer call {p_first} tel:{p_badphone}"),
    ("chat", "Email the {med} instructions to my son at {m_email} and to me at {o_email}"),
    ("chat", "Here's my caregiver's page {f_url} — she posts my med schedule there"),
    ("sms", "{wf_first} is picking me up from {facility} tomorrow, she'll bring the {med}"),
    ("sms", "{wm_first} is bringing the {med} up tonight"),
    ("chat", "{wf_first} is my home health aide, she sets up my {med}"),
    ("sms@fr+grand", "Bonjour, c'est {f_first}, la fille de {o_first}. Ma grand-mère {relf_first} a {relf_age} ans"
                     " et prend aussi du {med}."),
    ("chat@de", "Hallo, hier ist {m_first}, der Sohn von {o_full}. Die neue Nummer von {o_first} ist {o_phone}."),
    ("sms@it", "Buongiorno, sono {f_first}, la figlia di {o_first}. Il numero di casa è {o_phone}."),
    ("note", "TC from {relf_full} (sister) re: pt's {med}. She can be reached at {relf_phone}."),
    ("chat", "my brother {relm_full} is also in your program, can you link our {med} refills?"),
    ("sms", "{relf_FULL} IS MY WIFE, SHE CAN TALK ABOUT MY {med}"),
    ("sms", "this is {p_first} from {o_first}'s building, he asked me to text you about his {med}"),
    ("note", "Visit at {facility}. Pt accompanied by son {m_first}. {lab}. Continue {med_d}."),
    ("chat@parent", "my mother's records are at {facility}. She's {f_age}, DOB {f_dob}."),
    ("sms@grand", "Grandma {f_first}, {f_age}, fell on {date_md}, can't open the {med} bottles"),
    ("chat", "the {med} for my dad goes to {fa} — he's back home for the winter"),
    ("chat", "Need a letter for customs: I'm carrying {med} and {med2} to {fa_city}, {country} on {date}"),
    ("team", "Your video visit with Dr. {dr_last} is {date_txt}. Link: we'll text you 10 min before."),
    ("note", "Dr. {dr_last} approved {med} increase. Notified pt by text ({o_phone})."),
    ("sms", "my daughter's new email {f_email} pls send the {med} info there"),
    ("chat", "Registered the {device} under serial {serial}, from IP {ip} if that matters"),
    ("chat", "IBAN for the reimbursement: {iban} (account of my son {m_full})"),
    ("chat", "My husband {m_first}'s driver's license is {dl}, he picks up my {med}"),
    ("sms", "Ssn for the PAP form: {ssn}. It's my husband {m_first}'s, he's the policyholder"),
    ("note", "Member ID {member} verified with plan. Tier 3 copay for {med}."),
    ("sms@parent", "Dad ({m_first}) turns {m_age} on {date_next}!! can you send a card lol"),
    ("chat", "My landlady {f_full} at {tp_addr} gets packages when I'm out"),
    ("sms", "call<| >{m_badphone} its my son, he'll answer"),
    ("chat", "{f_first} from the {facility} pharmacy said to message you about the {med}"),
    ("sms@parent", "my mom ({f_first}) is {f_ageword} and my aunt is {relf_elder}, both on {med}"),
    ("note", "Collateral from neighbor {p_full}, {p_phone}: pt has not picked up {med} since {date_md}."),
    ("chat", "Visiting family in {region} until {date}. Local number there: {p_intl} (my cousin {p_first})"),
)


def _slot_names(t: str) -> list[str]:
    return re.findall(r"\{(\w+)\}", t)


_ID_SLOT_PREFIXES = ("o_", "fa", "country", "region", "facility", "tp_", "other_", "pobox", "iban", "ip", "dl",
                     "passport", "ssn", "member", "mbi", "serial", "mrn_p", "clinic_phone", "date")


def _slot_is_identifier(s: str) -> bool:
    if s in ("o_age", "o_turn"):
        return False
    key, _, attr = s.partition("_")
    if key in _PERSON_KEYS and attr:
        return attr != "young"
    return s.startswith(_ID_SLOT_PREFIXES)


_NEG_IDX = tuple(i for i, (_, t) in enumerate(TEMPLATES) if not any(_slot_is_identifier(s) for s in _slot_names(t)))
_ID_IDX = tuple(i for i in range(len(TEMPLATES)) if i not in set(_NEG_IDX))

_ALT = re.compile(r"<([^<>]*)>")
_SLOT = re.compile(r"\{(\w+)\}")

# ---------------------------------------------------------------------------------------------------
# Owner generation
# ---------------------------------------------------------------------------------------------------


def _make_owner(rng: random.Random) -> _Owner:
    loc = _weighted(rng, _OWNER_LOCALE_WEIGHTS)
    female = rng.random() < 0.55
    name = _make_name(rng, loc, female)
    stored_name = name.full()
    if _has_marks(stored_name) and rng.random() < 0.2:  # some registration systems drop accents
        stored_name = _fold(stored_name)
    if rng.random() < 0.04:
        stored_name = stored_name.upper()
    stored_name = unicodedata.normalize("NFC", stored_name)
    ref = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 729))
    age_days = rng.randint(19 * 366, 88 * 365)
    dob = ref - datetime.timedelta(days=age_days)
    city = rng.choice(_US_CITIES)
    phone10 = _nanp_valid(rng, rng.choice(city.area_codes))
    ext = str(rng.randint(2, 9999)) if rng.random() < 0.12 else ""
    phone = _fmt_nanp(rng, phone10, rng.choice(_NANP_STYLES[:9]))
    if ext:
        phone += rng.choice((" x{n}", "x{n}", " ext. {n}", " ext {n}")).format(n=ext)
    street: tuple[str, str, str, str, str, str] | None = None
    pobox = ""
    if rng.random() < 0.08:
        pobox = str(rng.randint(1, 99999))
        street_s = f"PO Box {pobox}"
    else:
        num = str(rng.randint(1, 29999))
        direction = rng.choice(("", "", "", "", "N", "S", "E", "W", "NE", "SW"))
        sname = rng.choice(_STREET_ORDINALS) if rng.random() < 0.15 else rng.choice(_STREET_NAMES)
        suf = rng.choice(tuple(_SUFFIXES))
        unit_word, unit = "", ""
        if rng.random() < 0.25:
            unit_word = rng.choice(_UNIT_WORDS)
            unit = rng.choice((str(rng.randint(1, 40)), f"{rng.randint(1, 9)}{rng.choice('ABCDR')}", str(rng.randint(100, 420))))
        street = (num, direction, sname, suf, unit_word, unit)
        street_s = " ".join(x for x in (num, direction, sname, suf) if x)
        if unit:
            street_s += f" #{unit}" if unit_word == "#" else f" {unit_word} {unit}"
    email: str | None = None
    if rng.random() < 0.75:
        f = re.sub(r"[^a-z]", "", _fold(name.given[0]).lower()) or "pt"
        la = re.sub(r"[^a-z]", "", _fold(name.family[0]).lower()) or "home"
        local = rng.choice((f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}{dob.year % 100:02d}", f"{la}.{f}",
                            f"{f}{dob.year}", f"{f}_{la}{rng.randint(1, 99)}", f"{la}{f[0]}"))
        domain = rng.choice(("gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com",
                             "aol.com", "comcast.net"))
        email = f"{local}@{domain}"
    mrn = rng.choice((f"{rng.randint(0, 99999999):08d}", f"{_fill(rng, 'A')}{_digits(rng, 7)}",
                      f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}", f"00{_digits(rng, 7)}",
                      _digits(rng, 10)))
    ids = PatientIdentifiers(
        mrn=mrn, full_name=stored_name, date_of_birth=dob, phone=phone, email=email, street_address=street_s,
        city=city.name, state=city.state, zip5=city.zip3 + _digits(rng, 2),
    )
    return _Owner(ids, name, female, city, phone10, ext, street, pobox, ref)


_LANG_LOCALES = {
    "es": {"es_MX", "es_ES"}, "vi": {"vi_VN"}, "pt": {"pt_BR"}, "fil": {"fil"}, "pl": {"pl_PL"}, "tr": {"tr_TR"},
    "fr": {"fr_FR", "fr_CA", "ht"}, "de": {"de_DE"}, "it": {"it_IT"},
}


def _usable(tid: int, owner: _Owner) -> bool:
    channel, template = TEMPLATES[tid]
    if "{o_email}" in template and not owner.ids.email:
        return False
    if "{o_phone_ext}" in template and not owner.ext:
        return False
    dob, ref = owner.ids.date_of_birth, owner.ref
    age = ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))
    for tag in channel.partition("@")[2].split("+"):
        if tag == "parent" and age < 52:  # a parent over 89
            return False
        if tag == "grand" and age > 62:  # a grandparent over 89
            return False
        if tag in _LANG_LOCALES and owner.name.locale not in _LANG_LOCALES[tag]:
            return False
    return True


_POOL_CUES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # dosage form
    (re.compile(r"puff|inhaler|spacer|peak flow|cough", re.IGNORECASE), _INHALERS),
    (re.compile(r"\bpens?\b|\bshot\b|inject|fridge|needle", re.IGNORECASE), _PENS),
    (re.compile(r"\btabs?\b|tablet|pill|bottle|capsule|\{qty\}|\bsplit\b|\bcut\b", re.IGNORECASE), _ORAL),
    # therapeutic class
    (re.compile(r"every day|daily|pill box|AM slots", re.IGNORECASE), _ORAL + _INHALERS),
    (re.compile(r"viral load|CD4", re.IGNORECASE), tuple(_MED_CLASSES["hiv"])),
    (re.compile(r"\bINR\b"), ("warfarin", "Coumadin", "Jantoven")),
    (re.compile(r"\bTSH\b"), tuple(_MED_CLASSES["thyroid"])),
    (re.compile(r"sugar|glucose|\bA1c|shaky|\{a1c", re.IGNORECASE), tuple(_MED_CLASSES["diabetes"])),
    (re.compile(r"\bBP\b|\{bp\}|dizzy|\bpee\b|ankles", re.IGNORECASE),
     tuple(_MED_CLASSES["htn"]) + tuple(_MED_CLASSES["hf"])),
)


def _med_pool_for(text: str) -> tuple[str, ...]:
    """Keep medications plausible for the sentence: dosage form ('puffs', 'pen', 'tabs') and class ('INR', 'A1c')."""
    pool = _MED_NAMES
    for rx, names in _POOL_CUES:
        if rx.search(text):
            narrowed = tuple(m for m in pool if m in names)
            pool = narrowed or pool
    return pool


def _render(template_id: int, ctx: _Ctx) -> LabelledMessage:
    channel, template = TEMPLATES[template_id]
    channel = channel.partition("@")[0]
    rng = ctx.rng
    r = rng.random()
    case = "as-is"
    if channel == "note" and r < 0.12:
        case = "upper"
    elif channel in ("sms", "chat") and r < 0.08:
        case = "lower"
    elif channel == "sms" and r < 0.1:
        case = "upper"
    text = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    ctx.med_pool = _TEMPLATE_MED_POOLS[template_id]
    ctx.needs_region = "{region}" in text
    ctx.uses_place = "{country}" in text or "{region}" in text or "{fa_city}" in text
    b = _Builder(case)
    pos = 0
    for m in _SLOT.finditer(text):
        b.add(text[pos:m.start()])
        for value, label, owner in ctx.slot(m.group(1)):
            b.add(value, label, owner)
        pos = m.end()
    b.add(text[pos:])
    out = b.text()
    for s, v in zip(b.spans, b.values, strict=True):
        if out[s.start:s.end] != v:
            raise AssertionError(f"span mismatch in template {template_id}: {out[s.start:s.end]!r} != {v!r}")
    msg = LabelledMessage(text=out, owner=ctx.owner.ids, spans=tuple(b.spans), template_id=template_id)
    with contextlib.suppress(TypeError):  # unhashable message type: check() then skips the inserted-value comparison
        _INSERTED[msg] = tuple(b.values)
    return msg


_TEMPLATE_MED_POOLS = tuple(_med_pool_for(t) for _, t in TEMPLATES)
_LANG_IDX: dict[str, tuple[int, ...]] = {
    lang: tuple(i for i in _ID_IDX if lang in TEMPLATES[i][0].partition("@")[2].split("+")) for lang in _LANG_LOCALES}


def generate(n: int, seed: int = 0) -> list[LabelledMessage]:
    """n labelled messages; owners write 2-7 messages each; deterministic for a seed, offline."""
    rng = random.Random(f"deid-corpus-meds/{seed}")
    _build_pools()
    fakers: dict[str, Faker] = {}
    for i, loc in enumerate(sorted(set(_IBAN_LOCALES) | {"de_DE", "de_AT", "de_CH", "es_ES", "pl_PL", "sv_SE",
                                                          "pt_PT", "fr_FR", "it_IT", "nl_NL", "en_IE", "vi_VN",
                                                          "en_IN"})):
        fk = _faker(loc)
        fk.seed_instance(seed * 7919 + i)
        fakers[loc] = fk
    out: list[LabelledMessage] = []
    while len(out) < n:
        owner = _make_owner(rng)
        k = min(rng.randint(2, 7), n - len(out))
        seen: set[int] = set()
        own_lang = _LANG_IDX.get(next((lang for lang, locs in _LANG_LOCALES.items() if owner.name.locale in locs), ""), ())
        for _ in range(k):
            pool = _NEG_IDX if rng.random() < NO_IDENTIFIER_SHARE else _ID_IDX
            if pool is _ID_IDX and own_lang and rng.random() < 0.12:  # owners sometimes write in their language
                pool = own_lang
            for attempt in range(200):
                if attempt == 20 and pool is own_lang:
                    pool = _ID_IDX
                tid = rng.choice(pool)
                if (tid not in seen or attempt > 50) and _usable(tid, owner):
                    break
            else:
                raise RuntimeError("no usable template")
            seen.add(tid)
            out.append(_render(tid, _Ctx(rng, owner, fakers)))
    return out


# ---------------------------------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------------------------------

_ADDR_CANON = {
    "street": "st", "str": "st", "avenue": "ave", "av": "ave", "drive": "dr", "road": "rd", "lane": "ln",
    "boulevard": "blvd", "court": "ct", "place": "pl", "circle": "cir", "terrace": "ter", "parkway": "pkwy",
    "trail": "trl", "highway": "hwy", "north": "n", "south": "s", "east": "e", "west": "w", "northeast": "ne",
    "northwest": "nw", "southeast": "se", "southwest": "sw", "apt": "unit", "apartment": "unit", "ste": "unit",
    "suite": "unit",
}


def _addr_tokens(s: str) -> list[str]:
    k = _key(s)
    k = re.sub(r"\bp\s*\.?\s*o\s*\.?\s*box\b|\bpost office box\b|\bpob\b", " pobox ", k)
    k = k.replace("#", " unit ")
    return [_ADDR_CANON.get(t, t) for t in re.split(r"[\s.,]+", k) if t]


def _address_matches(value: str, stored: str) -> bool:
    st, vt = _addr_tokens(stored), _addr_tokens(value)
    house = next((t for t in st if any(ch.isdigit() for ch in t)), None)
    return bool(vt) and house in vt and set(vt) <= set(st) | {"unit"}


def _person_matches(value: str, stored: str) -> bool:
    allowed, initials = _name_atoms(stored)
    for k in {_key(value), _gkey(value)}:
        toks = [t for t in _NAME_SPLIT.split(k) if t]
        if toks and all(t in allowed or (len(t) <= 4 and all(ch in initials for ch in t)) for t in toks):
            return True
    return False


def _phone_matches(value: str, stored: str) -> bool:
    parts = re.split(r"(?i)\s*(?:x|ext\.?)\s*", stored, maxsplit=1)
    base = re.sub(r"\D", "", parts[0])[-10:]
    ext = re.sub(r"\D", "", parts[1]) if len(parts) > 1 else ""
    d = re.sub(r"\D", "", value)
    for pre in ("", "1", "001"):
        if d.startswith(pre + base):
            rest = d[len(pre) + 10:]
            if rest == "" or (ext and rest == ext):
                return True
    return False


def _date_candidates(value: str) -> list[tuple[int | None, int, int]]:
    """(year or None, month, day) readings of a written date; year may be 2-digit."""
    k = _key(value)
    words = [w for w in re.findall(r"[a-z]+", k) if w not in ("st", "nd", "rd", "th", "of", "de", "the")]
    nums = re.findall(r"\d+", k)
    out: list[tuple[int | None, int, int]] = []
    if words:
        if len(words) != 1 or words[0] not in _MONTH_LOOKUP:
            return []
        mon = _MONTH_LOOKUP[words[0]]
        if len(nums) == 1:
            out.append((None, mon, int(nums[0])))
        elif len(nums) == 2:
            a, b = nums
            if len(a) <= 2:
                out.append((int(b), mon, int(a)))
            if len(b) <= 2:
                out.append((int(a), mon, int(b)))
    elif len(nums) == 3:
        a, b, c = nums
        if len(a) == 4:
            out.append((int(a), int(b), int(c)))
        else:
            out += [(int(c), int(a), int(b)), (int(c), int(b), int(a))]
    elif len(nums) == 2:
        a, b = nums
        out += [(None, int(a), int(b)), (None, int(b), int(a))]
    return [(y, m, d) for y, m, d in out if 1 <= m <= 12 and 1 <= d <= 31]


def _date_matches(value: str, dob: datetime.date) -> bool:
    for y, m, d in _date_candidates(value):
        if (m, d) == (dob.month, dob.day) and (y is None or y == dob.year or (y < 100 and y == dob.year % 100)):
            return True
    return False


def _city_key(s: str) -> str:
    k = _key(s)
    k = re.sub(r"\bst\b\.?", "saint", k)
    return re.sub(r"[^a-z0-9]", "", k)


def _owner_matches(label: str, value: str, o: PatientIdentifiers) -> bool:
    if label == "PERSON":
        return _person_matches(value, o.full_name)
    if label == "PHONE":
        return _phone_matches(value, o.phone)
    if label == "EMAIL":
        return o.email is not None and value.casefold() == o.email.casefold()
    if label == "ADDRESS":
        return _address_matches(value, o.street_address)
    if label == "CITY":
        return _city_key(value) == _city_key(o.city)
    if label == "STATE":
        return _key(value) in (_key(o.state), _key(_US_STATES.get(o.state, o.state)))
    if label == "ZIP":
        d = re.sub(r"\D", "", value)
        return d[:5] == o.zip5 and len(d) in (5, 9)
    if label == "DATE":
        return _date_matches(value, o.date_of_birth)
    if label == "MRN":
        def norm(s: str) -> str:
            return re.sub(r"[^0-9a-z]", "", s.casefold()).lstrip("0")
        return norm(value) == norm(o.mrn)
    return False


def _age_value(value: str) -> int | None:
    if value.isdigit():
        return int(value)
    k = value.lower().replace("-", " ")
    tens = {"ninety": 90, "hundred": 100}
    ones = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                        "nine"))}
    total = 0
    for w in k.split():
        if w in tens:
            total += tens[w]
        elif w in ones:
            total += ones[w]
        elif w not in ("a", "and"):
            return None
    return total or None


_ZIP_SHAPES = re.compile(
    r"\d{5}(?:-\d{4})?|\d{4,6}|\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3} \d{2}|\d{4} ?[A-Z]{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]\d{2} ?[A-Z0-9]{4}", re.IGNORECASE)
_SHAPES: dict[str, Callable[[str], bool]] = {
    "PERSON": lambda v: re.fullmatch(r"[^\W\d_]+(?:[\s\-'’.,]+[^\W\d_]+)*\.?", _fold(v)) is not None,
    "PHONE": lambda v: len(re.sub(r"\D", "", v)) >= 7 and re.fullmatch(
        r"\+?[\d\s().\-]+(?:\s*(?:x|ext\.?)\s*\d+)?", v, re.IGNORECASE) is not None,
    "EMAIL": lambda v: re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v, re.IGNORECASE) is not None,
    "DATE": lambda v: bool(_date_candidates(v)),
    "AGE": lambda v: (_age_value(v) or 0) > 89,
    "MEDICATION": lambda v: v.casefold() in _MED_KEYS,
    "ZIP": lambda v: _ZIP_SHAPES.fullmatch(v) is not None,
    "URL": lambda v: re.fullmatch(r"(?:https?://)?(?:www\.)?[\w.-]+\.[a-z]{2,}(?:/\S*)?", v, re.IGNORECASE) is not None,
    "ID": lambda v: any(ch.isdigit() for ch in v) and (len(re.sub(r"[^0-9A-Za-z]", "", v)) >= 6
                                                        or re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", v) is not None),
    "MRN": lambda v: re.fullmatch(r"[A-Za-z]?[\d\-]{4,}", v) is not None,
    "ADDRESS": lambda v: len(v) >= 4 and any(ch.isalpha() for ch in v),
    "CITY": lambda v: not any(ch.isdigit() for ch in v),
    "STATE": lambda v: not any(ch.isdigit() for ch in v),
    "LOCATION": lambda v: not any(ch.isdigit() for ch in v),
}
_MONTH_RE = (r"(?:january|february|march|april|may|june|july|august|september|sept|october|november|december"
             r"|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?")
_LEAKS = (
    ("digits", re.compile(r"\d(?:[\s.\-()]{0,2}\d){6,}")),
    ("email", re.compile(r"\w@\w")),
    ("url", re.compile(r"https?://|www\.|\.com\b|\.org\b|\.me/", re.IGNORECASE)),
    ("date", re.compile(r"\b\d{1,2}([/\-.])\d{1,2}\1\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")),
    ("date", re.compile(rf"\b{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE)),
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:\s|$)", re.IGNORECASE)),
    ("age", re.compile(r"\b(?:9\d|1[01]\d)\s*(?:y/?o|years?\s+old|yrs?)\b", re.IGNORECASE)),
    ("age", re.compile(r"\bninety|\bhundred and", re.IGNORECASE)),
)
_GLUE_OK = {"PHONE": "before", "AGE": "after"}


def check(messages: Sequence[LabelledMessage]) -> None:
    """Assert span integrity, label shapes, owner-span correctness and the absence of unlabelled identifiers."""
    for i, m in enumerate(messages):
        text = m.text
        where = f"message {i} (template {m.template_id}): {text!r}"
        inserted = _INSERTED.get(m)
        if inserted is not None:
            assert len(inserted) == len(m.spans), where
        prev_end = 0
        masked = list(text)
        for j, s in enumerate(m.spans):
            assert s.entity_type in LABELS, f"bad label {s.entity_type} in {where}"
            assert 0 <= s.start < s.end <= len(text), f"span out of range in {where}"
            assert s.start >= prev_end, f"overlapping/unsorted spans in {where}"
            prev_end = s.end
            v = text[s.start:s.end]
            if inserted is not None:
                assert v == inserted[j], f"span text {v!r} != inserted {inserted[j]!r} in {where}"
            assert v == v.strip(), f"span {v!r} has surrounding whitespace in {where}"
            assert _SHAPES[s.entity_type](v), f"{s.entity_type} span {v!r} has a wrong shape in {where}"
            glue = _GLUE_OK.get(s.entity_type)
            if s.start > 0 and text[s.start - 1].isalnum():
                assert glue == "before", f"span {v!r} starts inside a word in {where}"
            if s.end < len(text) and text[s.end].isalnum() and unicodedata.category(text[s.end]) != "Mn":
                assert glue == "after", f"span {v!r} ends inside a word in {where}"
            if s.owner:
                assert s.entity_type in IDENTIFIER_LABELS, where
                assert _owner_matches(s.entity_type, v, m.owner), (
                    f"owner span {s.entity_type} {v!r} does not spell an owner identifier {m.owner} in {where}")
            for k in range(s.start, s.end):
                masked[k] = " "
        rest = "".join(masked)
        for name, rx in _LEAKS:
            hit = rx.search(rest)
            assert hit is None, f"unlabelled {name} {hit.group(0)!r} in {where}"


# ---------------------------------------------------------------------------------------------------


def _summary(messages: Sequence[LabelledMessage]) -> None:
    by_label: Counter[tuple[str, bool]] = Counter()
    for m in messages:
        for s in m.spans:
            by_label[(s.entity_type, s.owner)] += 1
    no_id = sum(1 for m in messages if not any(s.entity_type in IDENTIFIER_LABELS for s in m.spans))
    owners = len({m.owner for m in messages})
    print(f"{len(messages)} messages, {owners} owners, {len(TEMPLATES)} templates "
          f"({len(_NEG_IDX)} without identifiers), {no_id / len(messages):.1%} messages without identifiers")
    print(f"{'label':<12}{'owner':>8}{'other':>8}{'total':>8}")
    for lab in LABELS:
        o, t = by_label[(lab, True)], by_label[(lab, False)]
        print(f"{lab:<12}{o:>8}{t:>8}{o + t:>8}")
    used = Counter(m.template_id for m in messages)
    print(f"templates used: {len(used)} / {len(TEMPLATES)}")


if __name__ == "__main__":
    t0 = time.perf_counter()
    msgs = generate(5000, seed=0)
    t1 = time.perf_counter()
    check(msgs)
    assert [m.text for m in generate(300, seed=0)] == [m.text for m in msgs[:300]], "not deterministic"
    sample_rng = random.Random(1)
    for m in sample_rng.sample(msgs, 30):
        print("-" * 100)
        print(f"[template {m.template_id}] owner={m.owner.full_name!r} phone={m.owner.phone!r} dob={m.owner.date_of_birth}")
        print(m.text)
        for s in m.spans:
            print(f"    {s.entity_type:<10} {'OWNER' if s.owner else 'other':<6} {m.text[s.start:s.end]!r}")
    print("=" * 100)
    _summary(msgs)
    t2 = time.perf_counter()
    big = generate(20000, seed=1)
    t3 = time.perf_counter()
    check(big)
    print(f"generate(5000): {t1 - t0:.2f}s; generate(20000): {t3 - t2:.2f}s; check(20000): {time.perf_counter() - t3:.2f}s")
