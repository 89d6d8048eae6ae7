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
                 "gotham", "the big apple", "nyc", "the five boroughs",
                 "big apple", "la gran manzana", "gran manzana", "la grande pomme"),  # round 26
    "houston": ("htx", "h-town", "h town", "htown", "space city", "bayou city", "clutch city"),
    "santa fe": ("the city different", "city different", "sfnm"),
    "los angeles": ("la", "lala land", "la la land", "lala-land", "city of angels", "the city of angels", "hollywood",
                    "socal", "l.a."),
    "detroit": ("motor city", "motown", "d-town"),
    "boston": ("beantown", "bean town", "bos", "southie"),
    "atlanta": ("atl", "a-town", "hotlanta"),
    "chicago": ("chi-town", "chitown", "chi town", "chiraq", "the windy city", "windy city", "chi", "chgo"),
    "new orleans": ("nola", "the big easy", "big easy", "crescent city"),
    "philadelphia": ("philly", "phl", "city of brotherly love", "south philly", "filadelfia"),
    "las vegas": ("sin city", "lv", "lvnv"),
    "san francisco": ("san fran", "frisco", "sf", "bay area", "san pancho"),
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
    # round 26: the towns of the twenty-sixth black-box round and the best-known nicknames of towns of the Spanish- and
    # Portuguese-speaking world, said as often as the names ("el Chuco", "la Gran Manzana", "el De Efe", "Sampa")
    "el paso": ("el chuco", "chuco", "chuco town", "chucotown", "elp", "sun city"),
    "new york city": ("the big apple", "big apple", "la gran manzana", "gran manzana", "la grande pomme", "nyc"),
    "mexico city": ("df", "d.f.", "de efe", "el de efe", "el defe", "defe", "cdmx", "chilangolandia", "el distrito federal"),
    "ciudad de mexico": ("df", "d.f.", "de efe", "el de efe", "el defe", "defe", "cdmx", "chilangolandia"),
    "sao paulo": ("sampa", "sp", "terra da garoa"),
    # round 28: towns by the short name their own people use ("saya tinggal di Jogja")
    "yogyakarta": ("jogja", "yogya", "jogya", "jogjakarta", "ngayogyakarta"),
    "johannesburg": ("joburg", "jozi", "jhb"),
    "kuala lumpur": ("kl",),
    "dar es salaam": ("dsm",),
    "bengaluru": ("blr", "bangalore"),
    "thiruvananthapuram": ("trivandrum", "tvm"),
    "rio de janeiro": ("cidade maravilhosa", "rj"),
    "buenos aires": ("ba", "bs as", "bsas", "baires", "capital federal", "caba"),
    "guadalajara": ("gdl", "guanatos", "la perla tapatia", "perla tapatia"),
    "monterrey": ("mty", "la sultana del norte", "sultana del norte"),
    "tijuana": ("tj", "tijuas"),
    "bogota": ("rolandia",),  # not "la nevera": "en la nevera" is in the fridge
    "medellin": ("medallo", "la ciudad de la eterna primavera"),
    "barcelona": ("barna", "bcn"),
    "caracas": ("la sucursal del cielo",),
    "santiago": ("stgo", "santiasco"),
    "lima": ("la tres veces coronada",),
}

#: round 43 (r43places): New Zealand's official dual names in Māori (New Zealand Geographic Board), which GeoNames'
#: alternate names mostly lack: a patient of Hamilton writes "back home in Kirikiriroa", one of Auckland "Tāmaki
#: Makaurau"; lower case, macrons folded, each also written with hyphens or none between its words
OFFICIAL_DUAL_NAMES: dict[str, tuple[str, ...]] = {
    "hamilton": ("kirikiriroa",), "auckland": ("tamaki makaurau", "tamaki-makaurau"),
    "wellington": ("te whanganui-a-tara", "te whanganui a tara", "poneke"), "christchurch": ("otautahi",),
    "dunedin": ("otepoti",), "napier": ("ahuriri",), "nelson": ("whakatu",), "invercargill": ("waihopai",),
    "new plymouth": ("ngamotu",), "palmerston north": ("te papaioea", "papaioea"),
    "gisborne": ("turanganui-a-kiwa", "turanganui a kiwa"), "hastings": ("heretaunga",), "masterton": ("whakaoriori",),
}


#: round 14: nicknames that are everyday phrases in lower case, matched only as written here, with their capitals ("took
#: the train into the City": New York's; "the city" stays)
CAPITALISED_TOWN_NICKNAMES: dict[str, tuple[str, ...]] = {
    "san francisco": ("the City", "The City"), "new york": ("the City", "The City"), "london": ("the City", "The City")}


#: round 26: every nickname of a town above and of :data:`CAPITALISED_TOWN_NICKNAMES` of four characters or more, lower
#: case: a third party's town said by its nickname is a place too (HIPAA Safe Harbor: a subdivision smaller than a
#: state), read after a word of place; the shorter codes ("BA", "DF", "SF") are :data:`SHORT_PLACE_CODES`, in capitals
PLACE_NICKNAMES: frozenset[str] = frozenset(
    name for table in (TOWN_NICKNAMES, OFFICIAL_DUAL_NAMES) for names in table.values() for name in names
    if len(name.replace(".", "")) > 3)
SHORT_PLACE_CODES: frozenset[str] = frozenset(
    name.replace(".", "").upper() for names in TOWN_NICKNAMES.values() for name in names
    if len(name.replace(".", "")) <= 3 and name.replace(".", "").isalpha())
