"""More of what people call a town: its nicknames and its boroughs and best-known neighbourhoods (round 13).

A patient of New York writes "grew up in BK" or "still in the Bronx"; one of Houston "back in HTX", "Space City";
one of Santa Fe "The City Different". Each names the patients-table town as surely as its name does. This table
adds to :data:`features.deid.places.CITY_NICKNAMES` (which both the redactor's owner pass and the leak check read
through :func:`features.deid.places.city_codes`: vocabulary, each side matching it with its own code).

Keys are the GeoNames names of the towns (lower case, as ``places`` keys them). A name of three letters or fewer
("bk", "htx", "la") is matched in capitals only; longer ones in any case. Left out on purpose: nicknames that are
everyday words or phrases on their own ("the city", "the valley", "the island"): they would take ordinary words out
of every message of that town's patients; written with their capitals ("the City"), a few are read as written
(:data:`CAPITALISED_TOWN_NICKNAMES`, round 14).

Source: facts from Wikipedia's "List of city nicknames in the United States" and the articles on the boroughs of
New York City and the community areas of the larger cities; the table is written here, lower case, accents folded.
"""

from __future__ import annotations

#: town -> nicknames and boroughs or neighbourhoods that stand for it
TOWN_NICKNAMES: dict[str, tuple[str, ...]] = {
    "new york": ("bk", "brooklyn", "bklyn", "the bronx", "bronx", "queens", "staten island", "manhattan", "harlem",
                 "gotham", "the big apple", "nyc", "the five boroughs"),
    "houston": ("htx", "h-town", "h town", "htown", "space city", "bayou city", "clutch city"),
    "santa fe": ("the city different", "city different", "sfnm"),
    "los angeles": ("la", "lala land", "la la land", "lala-land", "city of angels", "the city of angels", "hollywood",
                    "socal", "l.a."),
    "detroit": ("motor city", "motown", "d-town"),
    "boston": ("beantown", "bean town", "bos", "southie"),
    "atlanta": ("atl", "a-town", "hotlanta"),
    "chicago": ("chi-town", "chitown", "chi town", "chiraq", "the windy city", "windy city", "chi", "chgo"),
    "new orleans": ("nola", "the big easy", "big easy", "crescent city"),
    "philadelphia": ("philly", "phl", "city of brotherly love", "south philly"),
    "las vegas": ("sin city", "lv", "lvnv"),
    "san francisco": ("san fran", "frisco", "sf", "bay area"),
    "seattle": ("emerald city", "the emerald city", "sea"),
    "miami": ("the 305", "magic city", "mia"),
    "dallas": ("big d", "dfw", "dtx"),
    "austin": ("atx", "the live music capital"),
    "nashville": ("music city", "bna"),
    "denver": ("mile high city", "the mile high city", "mile high"),
    "minneapolis": ("mpls", "the twin cities", "twin cities", "mill city"),
    "pittsburgh": ("the burgh", "steel city", "pgh"),
    "cleveland": ("cle",),
    "phoenix": ("phx", "valley of the sun"),
    "san antonio": ("satx", "alamo city"),
    "baltimore": ("bmore", "b-more", "charm city"),
    "indianapolis": ("indy", "naptown"),
    "saint louis": ("stl", "gateway city"),
    "kansas city": ("kc", "kcmo", "cowtown"),
    "memphis": ("bluff city", "m-town"),
    "milwaukee": ("mke", "brew city", "cream city"),
    "portland": ("pdx", "rose city", "stumptown", "bridgetown"),
    "washington": ("dc", "d.c."),
    "washington, d.c.": ("dc", "d.c."),
    "honolulu": ("hnl",),
}

#: round 14: nicknames that are everyday phrases in lower case, matched only as written here, with their capitals ("took
#: the train into the City": New York's; "the city" stays)
CAPITALISED_TOWN_NICKNAMES: dict[str, tuple[str, ...]] = {
    "san francisco": ("the City", "The City"), "new york": ("the City", "The City"), "london": ("the City", "The City")}
