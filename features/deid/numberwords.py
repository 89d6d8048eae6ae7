"""Round 28 (shared data, no reading): number words that neither num2words nor text2num knows, and the words that say a
number is a house number, a year of birth or an age, in the languages the owner's numbers were published in.

The redactor (:mod:`features.deid.owner_numbers`) *spells* the owner's numbers with these and num2words; the leak check
(:mod:`features.deid.leaknumbers`) *reads* the words of a message back as figures with these and text2num. Both import
this module: the tables are data, what each side does with them is its own.

Spellings are written as people type them; each side folds them (accents off, lower case) its own way.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- Swiss German (no library has it)

#: the digits said alone, as a phone number is read out ("föif föif eis zwöi …"), by value
SWISS_DIGITS: dict[int, tuple[str, ...]] = {
    0: ("null", "nul", "nulle"),
    1: ("eis", "äis", "ais", "eins", "eini"),
    2: ("zwöi", "zwoi", "zwei", "zwee", "zwai", "zwöii"),
    3: ("drü", "drüü", "drei", "dry", "drüi"),
    4: ("vier", "vieri", "viär"),
    5: ("föif", "foif", "füüf", "füf", "feuf", "fööf", "föifi"),
    6: ("sächs", "sechs", "säx", "sächsi"),
    7: ("sibe", "sibä", "siebe", "sibni", "sebe"),
    8: ("acht", "achti", "ach"),
    9: ("nün", "nüün", "nüni", "nüüni", "nöin"),
}
#: ten to nineteen
SWISS_TEENS: dict[int, tuple[str, ...]] = {
    10: ("zä", "zää", "zäh", "zäni", "zehni", "zähni"), 11: ("elf", "elfi", "ölf", "ölfi"),
    12: ("zwölf", "zwölfi", "zwöuf", "zwöufi"), 13: ("drizä", "dryzä", "drizäh", "drüzä", "dreizä"),
    14: ("vierzä", "vierzäh", "viärzä"), 15: ("füfzä", "föfzä", "fuffzä", "füfzäh", "föifzä"),
    16: ("sächzä", "sechzä", "sächzäh"), 17: ("sibzä", "sibezä", "sibzäh"), 18: ("achtzä", "achzä", "achtzäh"),
    19: ("nünzä", "nüünzä", "nünzäh"),
}
#: the tens from twenty
SWISS_TENS: dict[int, tuple[str, ...]] = {
    20: ("zwänzg", "zwanzg", "zwänzig", "zwäinzg"), 30: ("drissg", "drissig", "drüssg", "dryssg", "drissgi"),
    40: ("vierzg", "vierzig", "viärzg"), 50: ("füfzg", "fuffzg", "föifzg", "füfzig", "foifzg"),
    60: ("sächzg", "sechzg", "sächzig"), 70: ("sibezg", "siebzg", "sibzg", "sibezig"), 80: ("achzg", "achtzg", "achzig"),
    90: ("nünzg", "nüünzg", "nünzig"),
}
#: a unit as it stands before its ten, glued ("sibenezwänzg" 27, "einezwänzg" 21, "drüezwänzg" 23)
SWISS_UNITS_BEFORE_TENS: dict[int, tuple[str, ...]] = {
    1: ("eine", "einä", "ei", "eis"), 2: ("zwöie", "zweie", "zwoie", "zwöiä"), 3: ("drüe", "dreie", "drüä", "drüü"),
    4: ("viere", "vierä"), 5: ("föife", "füfe", "füfä", "foife", "füüfe"), 6: ("sächse", "sächsä", "sechse"),
    7: ("sibene", "sibenä", "sibe"), 8: ("achte", "achtä"), 9: ("nüne", "nünä", "nüüne"),
}
#: what may join a unit to its ten in Swiss German, besides nothing ("sibe-und-zwänzg")
SWISS_JOINS = ("", "und", "e", "a")
SWISS_HUNDRED = ("hundert", "hunderd", "hundärt")

# --------------------------------------------------------------------------- Greek (num2words has none)

GREEK_UNITS: dict[int, tuple[str, ...]] = {
    0: ("μηδέν",), 1: ("ένα", "ένας", "μία", "μια"), 2: ("δύο", "δυο"), 3: ("τρία", "τρεις"),
    4: ("τέσσερα", "τέσσερις", "τέσσαρα"), 5: ("πέντε",), 6: ("έξι",), 7: ("επτά", "εφτά"), 8: ("οκτώ", "οχτώ"),
    9: ("εννέα", "εννιά"),
}
GREEK_TEENS: dict[int, tuple[str, ...]] = {
    10: ("δέκα",), 11: ("έντεκα", "ένδεκα"), 12: ("δώδεκα",), 13: ("δεκατρία", "δεκατρείς"),
    14: ("δεκατέσσερα", "δεκατέσσερις"), 15: ("δεκαπέντε",), 16: ("δεκαέξι", "δεκάξι"), 17: ("δεκαεπτά", "δεκαεφτά"),
    18: ("δεκαοκτώ", "δεκαοχτώ"), 19: ("δεκαεννέα", "δεκαεννιά"),
}
GREEK_TENS: dict[int, tuple[str, ...]] = {
    20: ("είκοσι",), 30: ("τριάντα",), 40: ("σαράντα",), 50: ("πενήντα",), 60: ("εξήντα",), 70: ("εβδομήντα",),
    80: ("ογδόντα",), 90: ("ενενήντα",),
}
GREEK_HUNDREDS: dict[int, tuple[str, ...]] = {
    100: ("εκατό", "εκατόν"), 200: ("διακόσια",), 300: ("τριακόσια",), 400: ("τετρακόσια",), 500: ("πεντακόσια",),
    600: ("εξακόσια",), 700: ("επτακόσια", "εφτακόσια"), 800: ("οκτακόσια", "οχτακόσια"),
    900: ("εννιακόσια", "εννεακόσια"),
}
#: a thousand alone, and the word of thousands after a unit ("δύο χιλιάδες")
GREEK_THOUSAND = ("χίλια",)
GREEK_THOUSANDS = ("χιλιάδες",)

# --------------------------------------------------------------------------- what says which number it is

#: English "oh"/"o" said for a zero between figures ("nineteen-oh-seven")
SAID_ZEROS = ("oh", "o", "ou")
#: the word of hundreds said after a number of two figures ("87 hundred", "fourteen hundred"), in the languages read
HUNDRED_AFTER_A_NUMBER = ("hundred", "hundert", "honderd", "cent", "cento", "cien", "cem", "yüz", "ratus")

#: words that say a number beside them is a house number or a street's (lower case, as typed); a word of a street's
#: kind of each language counts too (each side has its own list of those)
HOUSE_NUMBER_WORDS = (
    "number", "no", "nr", "nro", "num", "numero", "número", "numéro", "nummer", "hausnummer", "huisnummer", "numer",
    "numara", "numarada", "numaralı", "nomor", "αριθμός", "αριθμό", "αρ", "پلاک", "번지", "번", "호", "номер", "дом",
    "house", "casa", "haus", "huis", "maison", "ev", "evim", "rumah", "σπίτι", "집", "خانه",
    "address", "adresse", "adres", "adressa", "dirección", "direccion", "indirizzo", "endereço", "endereco", "alamat",
    "διεύθυνση", "주소", "адрес", "آدرس", "نشانی",
)
#: the words of a house number that come after it ("이십칠번지", "yirmi yedi numarada"); the others stand before it
HOUSE_NUMBER_WORDS_AFTER = ("번지", "번", "호", "numarada", "numaralı", "numarali", "番地", "号", "bis", "ter")
#: verbs and phrases of living at a place: the number after them within a few words is a house number
LIVING_WORDS = (
    "live", "lives", "living", "lived", "wohne", "wohnt", "wohnen", "woon", "woont", "wonen", "vivo", "vive", "vivimos",
    "moro", "mora", "moramos", "abito", "abita", "habite", "habitons", "oturuyorum", "oturuyor", "tinggal", "μένω",
    "μένει", "μένουμε", "살아요", "삽니다", "사는", "زندگی", "живу", "живёт", "живет",
)
#: words of a street's kind in scripts other than Latin and in languages the check's and the redactor's Latin lists
#: lack (the street written in katakana, Hangul, Cyrillic, Greek, Turkish, Indonesian, Persian)
STREET_WORDS_MORE = (
    "ストリート", "通り", "アベニュー", "ロード", "レーン", "番地", "丁目", "스트리트", "애비뉴", "로드", "길", "거리", "대로",
    "улица", "ул", "стрит", "авеню", "проспект", "пр", "переулок", "οδός", "οδού", "οδό", "λεωφόρος", "στρητ", "στριτ",
    "sokak", "sokağı", "sokagi", "sk", "cadde", "caddesi", "cd", "bulvarı", "mahallesi", "jalan", "jl", "gang", "gg",
    "خیابان", "کوچه", "بلوار", "straße", "strasse", "str", "gasse", "weg", "allee", "platz", "straat", "laan", "gracht",
    "calle", "avenida", "rua", "travessa", "via", "viale", "piazza", "rue", "avenue", "street", "st", "road", "rd",
    "lane", "ln", "drive", "dr", "boulevard", "blvd", "way", "court", "ct", "place", "pl",
)
#: words of birth beside a year ("neunzehnhundertdreiunddreißig geboren", "classe del trenta", "nato nel trentatré")
BIRTH_YEAR_WORDS = (
    "geboren", "geb", "jahrgang", "baujahr", "geburtsjahr", "nato", "nata", "nati", "nascita", "classe", "born",
    "nacido", "nacida", "nací", "naci", "nasceu", "nasci", "nascido", "nascida", "né", "née", "geboren", "doğdum",
    "doğumlu", "lahir", "γεννήθηκα", "γεννήθηκε", "γέννηση", "태어났", "생", "متولد", "родился", "родилась",
)
#: words of age after a number of years ("ενενήντα τέσσερα χρονών", "vierundneunzig Jahre alt")
AGE_WORDS = (
    "χρονών", "χρονώ", "χρόνων", "ετών", "χρόνια", "χρονια", "years", "yrs", "yo", "jahre", "jahren", "jaar", "anni",
    "años", "anos", "ans", "yaşında", "yasinda", "yaş", "tahun", "살", "세", "سال", "ساله", "лет", "года", "год",
)


# --------------------------------------------------------------------------- round 30: counting runs

#: a run of small numbers counted up is no phone ("1 2 3 4 5 6 7 days in a row", "pills 10 20 30 40 50"): the steps
#: one counts by, the most figures of each number and the fewest numbers of such a run. Each side reads a run its own
#: way with these; a phone said digit by digit ("5 5 5 1 2 3 4 4 1 7") never climbs by one step all along
COUNTING_STEPS = (1, 10)
COUNTING_MOST_FIGURES = 2
COUNTING_FEWEST_NUMBERS = 4
