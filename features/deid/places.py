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

import re

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
    key = " ".join(re.findall(r"[a-z]+", city.lower().replace(".", " ")))
    names = CITY_NICKNAMES.get(key, ())
    initials = city_initials(city)
    capitals = {n.upper() for n in names if len(n) <= 3 and n.isalpha()} | ({initials} if initials else set())
    return frozenset(capitals), frozenset(n for n in names if not (len(n) <= 3 and n.isalpha()))


def city_initials(city: str) -> str | None:
    """The capitals a city of several words is written as ("Fort Worth" -> "FW", "Saint Louis" ->
    "SL"), or None for a one-word city."""
    words = re.findall(r"[A-Za-z]+", city)
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else None
