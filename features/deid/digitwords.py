"""Digit words per language, shared vocabulary of the redactor and the leak check (words only, no reading).

A phone number, a ZIP or a record number is read out digit by digit in the writer's language ("nou u cinc" in
Catalan, "नौ एक पांच" in Hindi, "ゼロキュウゼロ" in katakana). Both sides need the same words and neither may read
with the other's eyes, so the words live here and each side reads runs of them its own way
(:func:`features.deid.normalize.said_digits_as_figures` for the shared conversion).

Written by hand: no library in the lock spells digits (num2words is not a dependency; Babel ships no CLDR
spell-out rules). Words are given as a writer types them; Latin ones are compared folded (marks dropped,
lower case), the others as written. Words that are everyday words of English or of the language itself first
("to", "en", "et", "kan") are left out: a run of three or more digit words is needed anyway.
"""

from __future__ import annotations

from typing import NamedTuple

#: digit words in Latin letters, folded, by language: each entry lists the words for 0 to 9 (a "/" between spellings
#: of one digit)
LATIN_DIGIT_WORDS: dict[str, tuple[str, ...]] = {
    "catalan": ("zero", "u/un/una", "dos/dues", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou"),
    "estonian": ("null", "uks", "kaks", "kolm", "neli", "viis", "kuus", "seitse", "kaheksa", "uheksa"),
    "finnish": ("nolla", "yksi", "kaksi", "kolme", "nelja", "viisi", "kuusi", "seitseman", "kahdeksan", "yhdeksan"),
    "swedish": ("noll", "ett", "tva", "tre", "fyra", "fem", "sex", "sju", "atta", "nio"),
    "norwegian and danish": ("null/nul", "", "", "tre", "fire", "fem", "seks", "syv/sju", "atte/otte", "ni"),
    # round 19: Icelandic and German ("ein", "eine" are everyday German words: only "eins"; Norwegian, Danish and
    # Icelandic "en", "to", "ein" are in :data:`WEAK_DIGIT_WORDS`)
    "icelandic": ("null", "einn/eitt", "tveir/tvo/tvaer", "thrir/thrju", "fjorir/fjogur", "fimm", "sex", "sjo", "atta",
                  "niu"),
    "german": ("null", "eins", "zwei/zwo", "drei", "vier", "funf/fuenf", "sechs", "sieben", "acht", "neun"),
    "tagalog": ("sero", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam"),
    "indonesian and malay": ("nol/kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan/lapan",
                             "sembilan"),
    "swahili": ("sifuri", "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"),
    "yoruba": ("odo", "ookan/okan", "eeji/meji", "eeta/meta", "eerin/merin", "aarun/marun", "eefa/mefa", "eeje/meje",
               "eejo/mejo", "eesan/mesan"),
    "czech and slovak": ("nula", "jedna", "dva/dve", "tri", "ctyri/styri", "pet/pat", "sest", "sedm/sedem", "osm/osem",
                         "devet/devat"),
    "croatian and serbian": ("nula", "jedan", "dva", "tri", "cetiri", "pet", "sest", "sedam", "osam", "devet"),
    # round 20: Lithuanian and Latvian (Lithuanian "du" is the French "du": in :data:`WEAK_DIGIT_WORDS`), colloquial
    # Finnish as a number is read out ("nol kaks yks kasi ysi")
    "lithuanian": ("nulis", "vienas", "", "trys", "keturi", "penki", "sesi", "septyni", "astuoni", "devyni"),
    "latvian": ("nulle", "viens", "divi", "tris", "cetri", "pieci", "sesi", "septini", "astoni", "devini"),
    "colloquial finnish": ("nol", "yks", "kaks", "kol", "nel", "viis", "kuus", "seiska/seittema", "kasi/kaheksa",
                           "ysi/yheksa"),
    "hungarian": ("nulla", "egy", "ketto/ket", "harom", "negy", "ot", "hat", "het", "nyolc", "kilenc"),
    "romanian": ("zero", "unu", "doi/doua", "trei", "patru", "cinci", "sase", "sapte", "opt", "noua"),
    # the languages text2num reads as numbers, read here digit by digit too, so that anybody's phone said one digit at
    # a time with a said dash between the groups ("dos uno dos guion ...") is one run (round 18)
    "spanish": ("cero", "uno/una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "portuguese": ("zero", "um/uma", "dois/duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"),
    "italian": ("zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"),
    "french": ("zero", "un/une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    # round 23: Hindi and Urdu in Latin letters as typed in chat, each digit with its spellings ("chaar zero aath, chhe
    # ek paanch"); the everyday words among them ("sat", "che", "nao") are in :data:`WEAK_DIGIT_WORDS`, and "do",
    # "teen", "char" are digit words of the older list already (a run of three is needed anyway)
    "hindi and urdu in latin letters": (
        "shunya/sunya/shoonya/shunye/sifar/sifr", "ek/ik", "do", "teen/tin", "chaar/char", "paanch/panch/paach/panj",
        "chhe/chhah/chah/chhey/chheh/chhai/che", "saat/sat", "aath/ath/aat", "nau/nao/naw"),
    # round 24: Bengali in Latin letters as typed in chat ("ek dui tin char panch chhoy saat aat noy shunno"): its
    # two, six, nine and zero are no Hindi words, so a Bengali number broke its run after its first digit and left
    # it and its neighbours in view; "noi" (Italian "we") and "choy" ("bok choy") are weak
    "bengali in latin letters": (
        "shunno/shunnyo/shunyo/sunno", "ek", "dui/duii", "tin/teen", "char/chaar", "panch/pach/paanch",
        "chhoy/chhoi/choy/chhoe", "saat/sat/shat", "aat/aath", "noy/noi"),
    # round 31 (r31numbers): Albanian ("tetë", "pesë" fold to the French "tête" and the Spanish "pese": weak, and they
    # begin an Albanian run), Azerbaijani and Uzbek in Latin letters ("to'rt" folds to "tort": weak)
    "albanian": ("zero", "nje", "dy", "tre", "kater", "pese", "gjashte", "shtate", "tete", "nente"),
    "azerbaijani and uzbek": ("sifir/nol", "bir", "iki/ikki", "uc/uch", "dord/tort", "bes/besh", "alti/olti",
                              "yeddi/yetti", "sekkiz/sakkiz", "doqquz/toqqiz"),
    # round 32 (r32numbers): Afrikaans ("vyf vyf vyf een twee drie ..."); "een" is the Dutch article: weak, and it
    # begins an Afrikaans run
    "afrikaans": ("nul", "een", "twee", "drie", "vier", "vyf", "ses", "sewe", "agt", "nege"),
    # round 39 (r39numbers): Dutch ("nul zes twaalf vierendertig ...": a phone read out in pairs was published); its
    # "een" is the article, weak as the Afrikaans one is
    "dutch": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    # round 39 (r39arabizi): Egyptian Arabic in Latin letters and digits ("sefr wa7ed wa7ed, talata arba3a ...": a
    # phone said so was published), the digits 2, 3, 5, 7 standing for hamza, ain, kha, ha as chat writes them
    "egyptian arabic in latin letters": (
        "sefr/sifr/sfr", "wa7ed/wahed/wahid/wa7id", "etnein/etnen/etneen/itnein/itnen/itneen/ethnein/tnein",
        "talata/talatah/tlata/thalatha", "arba3a/arba3/arb3a/arbaa/arba3ah", "khamsa/5amsa/khamsah/5amsah",
        "sitta/setta/seta/sitah", "sab3a/saba3a/sab3ah/sabaa", "tamanya/tamania/tmanya/tamanyah/thamanya/tamaneya",
        "tes3a/tis3a/tesa3/tes3ah/tesaa"),
    # round 41 (r41numbers): Levantine Arabic in Latin letters and digits ("tlete arb3a khamse", "sab3 miyye" 700)
    "levantine arabic in latin letters": (
        "sifr", "wa7ad/wahad", "tnein/tnen/tneen", "tlete/tleteh/tlateh/tlat", "arb3a/arba3",
        "khamse/5amse/khamseh/khams", "sitte/setteh", "sab3", "tmene/tmeneh/tamanye/tmen", "tis3/tes3"),
    # round 43 (r43phones): Basque, Maltese (folded: "ħamsa" is "hamsa", "erbgħa" "erbgha"; with the short forms said
    # before a hundred or a thousand, "ħames mija", "erbat elef") and Malagasy, as the 42nd black-box round saw a phone
    # read out in them published whole or in part; Basque "bat" and "bi" are weak (:data:`WEAK_DIGIT_WORDS`)
    "basque": ("zero/huts", "bat", "bi", "hiru", "lau", "bost/bortz", "sei", "zazpi", "zortzi", "bederatzi"),
    "maltese": ("zero", "wiehed/wahda", "tnejn/zewg", "tlieta/tliet", "erbgha/erba/erbat", "hamsa/hames",
                "sitta/sitt", "sebgha/seba", "tmienja/tmien", "disgha/disa"),
    "malagasy": ("aotra", "iray/iraika/isa", "roa", "telo", "efatra", "dimy", "enina", "fito", "valo", "sivy"),
    # round 44 (r44digits): the 43rd black-box round heard the owner's phone said in these and saw it published; a
    # third party's after a phone word is read by these words (the owner's by its pattern of repeats too)
    "samoan": ("selo/noa", "tasi", "lua", "tolu", "fa", "lima", "ono", "fitu", "valu", "iva"),
    "tongan": ("noa/noau", "taha", "ua", "tolu", "fa", "nima", "ono", "fitu", "valu", "hiva"),
    "quechua": ("ch'usaq/chusaq/ch'usaj", "huk/huq/juk", "iskay", "kimsa/kinsa", "tawa", "pichqa/phisqa/pisqa/pisqha",
                "suqta/soqta/suqhta", "qanchis/qanchik/qanchiy", "pusaq/pusaj", "isqun/isqon/jisq'un"),
    "kurmanji": ("sifir", "yek", "du", "se", "car", "penc", "ses", "heft", "hest", "neh"),
    "faroese": ("null", "ein/eitt", "tveir/tvey/tvaer", "triggir/try", "fyra", "fimm", "seks", "sjey", "atta", "niggju"),
    "luxembourgish": ("null", "eent/eng/een", "zwee/zwou", "drai", "veier", "fennef", "sechs", "siwen", "aacht",
                      "neng"),
}

#: digit words that are everyday words too (Norwegian and Danish "en", "to", Icelandic "ein", the radio spellings "too",
#: "tree", the pinyin "er" that is the Norwegian and Danish "is"), folded: they go on a run of other digit words but
#: count for none of the three it needs and begin none (round 19: "fem fem åtte null to", "seks en to åtte ...",
#: "nummeret er fem fem ...")
WEAK_DIGIT_WORDS: dict[str, str] = {"en": "1", "ein": "1", "to": "2", "too": "2", "tree": "3", "er": "2", "du": "2",
                                    # round 23: romanised Hindi and Urdu seven, six and nine that are English, Italian
                                    # and Portuguese words ("sat", "che", "não")
                                    "sat": "7", "che": "6", "nao": "9", "tin": "3", "aat": "8",
                                    # round 24: romanised Bengali nine, six and seven that are an Italian and an
                                    # English word ("noi", "choy", "shat"); its eight "at" is left out (English)
                                    "noi": "9", "choy": "6", "shat": "7",
                                    # round 31: the Albanian eight and five, the Uzbek four (French "tête", Spanish
                                    # "pese a", English "tort")
                                    "tete": "8", "pese": "5", "tort": "4",
                                    # round 32: the Afrikaans one (the Dutch article "een")
                                    "een": "1",
                                    # round 43 (r43phones): the Basque one and two (English "bat", "bi")
                                    "bat": "1", "bi": "2",
                                    # round 44 (r44digits): Samoan, Tongan, Kurmanji, Faroese and Luxembourgish
                                    # digits that are everyday words or names elsewhere ("fa", "lua", "car", "try")
                                    "fa": "4", "ua": "2", "lua": "2", "iva": "9", "selo": "0", "noa": "0",
                                    "taha": "1", "car": "4", "heft": "7", "neh": "9", "try": "3", "eng": "1"}
# (the Kurmanji three "sê" folds to "se", the Irish six "sé": no weak word of either, read in its own language's run)

#: weak digit words that may begin a run all the same (round 20: "en to tre fire ..." lost its leading 1, and the
#: owner's phone said from "en" was one digit short): "en" and "ein" always (no article stands before a number said
#: digit by digit), "to" when the run's first other digit word is Nordic ("to fire fem ...", not "text to five five")
WEAK_WORDS_THAT_BEGIN: frozenset[str] = frozenset({"en", "ein"})
WEAK_WORDS_THAT_BEGIN_NORDIC_RUNS: frozenset[str] = frozenset({"to"})
NORDIC_LANGUAGES: tuple[str, ...] = ("swedish", "norwegian and danish", "icelandic")
#: round 23: the weak romanised Hindi and Urdu digit words begin a run whose first other digit word is Hindi or Urdu
#: ("sat aath zero ...", not "sat 2 hours"; :data:`HINDI_LANGUAGE`)
WEAK_WORDS_THAT_BEGIN_HINDI_RUNS: frozenset[str] = frozenset({"sat", "che", "nao", "tin", "aat", "noi", "choy", "shat"})
HINDI_LANGUAGE = "hindi and urdu in latin letters"
#: round 24: the languages of South Asia in Latin letters whose strong digit words let a weak one begin a run
HINDI_LANGUAGES: tuple[str, ...] = (HINDI_LANGUAGE, "bengali in latin letters")
#: round 31 (r31numbers): more weak words that begin a run whose first other digit word is of their own language
#: ("tete pese pese nje dy tre ...": an Albanian number that begins with its weak eight), by the languages of
#: :data:`LATIN_DIGIT_WORDS` that let each begin
WEAK_WORDS_THAT_BEGIN_RUNS_OF: dict[str, tuple[str, ...]] = {
    "tete": ("albanian",), "pese": ("albanian",), "tort": ("azerbaijani and uzbek",), "een": ("afrikaans", "dutch"),
    "bat": ("basque",), "bi": ("basque",),
    # round 44 (r44digits): the Samoan and Tongan zero ("selo fitu tolu…", "noa fitu…" lost their first digit)
    "selo": ("samoan",), "noa": ("samoan", "tongan")}

#: the radio (ICAO) spellings of digits that are no word of English (round 19: "wun ait tree fower fife niner")
RADIO_DIGIT_WORDS: dict[str, str] = {"wun": "1", "fower": "4", "fife": "5", "ait": "8", "niner": "9"}

#: words said between groups of digit words that a run goes on across, folded: the dash of English, Spanish
#: ("guion", "raya"), Portuguese, Italian ("trattino", "meno"), French ("tiret", "trait d'union"), German ("Strich",
#: "Bindestrich"), Dutch ("streepje"), Polish ("myślnik"), Russian and Turkish ("тире", "tire"), and English "slash",
#: "dot", "minus" and "and" (round 19: "one two three and four five and six seven eight nine")
SAID_DASH_WORDS: tuple[str, ...] = (
    "dash", "hyphen", "guion", "raya", "hifen", "traco", "trattino", "meno", "tiret", "bindestrich", "strich",
    "streepje", "myslnik", "tire",
    # round 20: Lithuanian, Latvian, Estonian, Finnish, Swedish, Norwegian and Danish
    "bruksnys", "bruksnelis", "domuzime", "defise", "kriips", "sidekriips", "viiva", "tavuviiva", "streck", "strek",
    "bindestrek", "bindestreg", "streg")
SAID_JOIN_WORDS: tuple[str, ...] = ("slash", "dot", "minus", "and")

#: the tens and teens of Norwegian, Swedish and Danish, folded, as a number is read out in pairs ("førtifem tolv
#: trettifire" for 45 12 34; round 20): Norwegian and Swedish say the tens first, glued ("førtifem", "fyrtiofem"),
#: Danish the unit first with "og" ("femogfyrre"); see :func:`nordic_pair_values`
NORDIC_TENS: dict[str, tuple[str, ...]] = {
    "tens first": ("", "", "tjue/tyve/tjugo", "tretti/tredve/trettio", "forti/forr/fyrtio", "femti/femtio",
                   "seksti/sextio", "sytti/sjuttio", "atti/attio", "nitti/nittio"),
    "unit first": ("", "", "tyve", "tredive/tredve", "fyrre/fyrretyve", "halvtreds/halvtredsindstyve", "tres/tresindstyve",
                   "halvfjerds/halvfjerdsindstyve", "firs/firsindstyve", "halvfems/halvfemsindstyve"),
}
NORDIC_UNITS: tuple[str, ...] = ("", "en/ett/ein", "to/tva", "tre", "fire/fyra", "fem", "seks/sex", "sju/syv",
                                 "atte/atta/otte", "ni/nio")
NORDIC_TEENS: tuple[str, ...] = ("tio", "elleve/elva", "tolv", "tretten/tretton", "fjorten/fjorton", "femten/femton",
                                 "seksten/sexton", "sytten/sjutton", "atten/arton/aderton", "nitten/nitton")


def nordic_pair_values() -> dict[str, str]:
    """Each Norwegian, Swedish and Danish number from 10 to 99 in one word, folded -> its two figures ("fortifem",
    "fyrtiofem", "femogfyrre" -> "45"); "ti", the bare ten, is left out (a word of other languages)."""
    values: dict[str, str] = {}
    for value, spellings in enumerate(NORDIC_TEENS, start=10):
        values.update(dict.fromkeys(spellings.split("/"), str(value)))
    for order, tens in NORDIC_TENS.items():
        for ten, ten_spellings in enumerate(tens):
            for ten_word in filter(None, ten_spellings.split("/")):
                values.setdefault(ten_word, f"{ten}0")
                for unit, unit_spellings in enumerate(NORDIC_UNITS):
                    for unit_word in filter(None, unit_spellings.split("/")):
                        word = ten_word + unit_word if order == "tens first" else f"{unit_word}og{ten_word}"
                        values.setdefault(word, f"{ten}{unit}")
    return values


#: digit words in their own scripts, compared as written (Arabic-script words also with the Arabic yeh and kaf)
SCRIPT_DIGIT_WORDS: dict[str, tuple[str, ...]] = {
    "persian": ("صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"),
    "urdu": ("صفر", "ایک", "دو", "تین", "چار", "پانچ", "چھ/چھے/چھہ", "سات", "آٹھ", "نو"),
    "hindi and nepali": ("शून्य", "एक", "दो/दुई", "तीन", "चार", "पांच/पाँच", "छह/छः/छे/छ", "सात", "आठ", "नौ"),
    "marathi": ("शून्य", "एक", "दोन", "तीन", "चार", "पाच", "सहा", "सात", "आठ", "नऊ"),
    "bengali": ("শূন্য", "এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়/ছয়", "সাত", "আট", "নয়/নয়"),
    "gujarati": ("શૂન્ય", "એક", "બે", "ત્રણ", "ચાર", "પાંચ", "છ", "સાત", "આઠ", "નવ"),
    "punjabi": ("ਸਿਫ਼ਰ/ਸਿਫਰ", "ਇੱਕ/ਇਕ", "ਦੋ", "ਤਿੰਨ", "ਚਾਰ", "ਪੰਜ", "ਛੇ", "ਸੱਤ", "ਅੱਠ", "ਨੌਂ/ਨੌ"),
    "tamil": ("பூஜ்ஜியம்/பூஜ்யம்", "ஒன்று", "இரண்டு", "மூன்று", "நான்கு", "ஐந்து", "ஆறு", "ஏழு", "எட்டு", "ஒன்பது"),
    "greek": ("μηδέν/μηδεν", "ένα/ενα", "δύο/δυο", "τρία/τρια", "τέσσερα/τεσσερα", "πέντε/πεντε", "έξι/εξι",
              "επτά/επτα/εφτά/εφτα", "οκτώ/οκτω/οχτώ", "εννέα/εννεα/εννιά/εννια"),
    "ukrainian": ("нуль", "один/одна/одне", "два/дві", "три", "чотири", "пʼять", "шість", "сім", "вісім", "девʼять"),
    # round 31 (r31numbers): Bulgarian, Serbian and Macedonian in Cyrillic, Belarusian, Amharic (Ge'ez), Georgian and
    # Armenian: a phone read out digit by digit in them ("пет пет пет едно две три ...") was no run at all
    "bulgarian": ("нула", "едно/един/една", "две/два", "три", "четири", "пет", "шест", "седем", "осем", "девет"),
    "serbian and macedonian": ("нула", "један/једна/једно/еден", "два/две", "три", "четири", "пет", "шест",
                               "седам/седум", "осам/осум", "девет"),
    "belarusian": ("нуль", "адзін/адна", "два/дзве", "тры", "чатыры", "пяць", "шэсць", "сем", "восем", "дзевяць"),
    "amharic": ("ዜሮ", "አንድ", "ሁለት", "ሶስት/ሦስት", "አራት", "አምስት", "ስድስት", "ሰባት", "ስምንት", "ዘጠኝ"),
    "georgian": ("ნული/ნოლი", "ერთი", "ორი", "სამი", "ოთხი", "ხუთი", "ექვსი", "შვიდი", "რვა", "ცხრა"),
    "armenian": ("զրո", "մեկ", "երկու", "երեք", "չորս", "հինգ", "վեց", "յոթ/յոթը", "ութ", "ինը/ինն"),
    # round 43 (r43phones): Kazakh and Mongolian in Cyrillic (Mongolian with the forms said before a larger number,
    # "таван зуун"), Malayalam, Kannada and Pashto, as the 42nd black-box round saw the owner's phone read out in them
    # published whole
    "kazakh": ("нөл/нөль", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"),
    "mongolian": ("тэг", "нэг/нэгэн", "хоёр", "гурав/гурван", "дөрөв/дөрвөн", "тав/таван", "зургаа/зургаан",
                  "долоо/долоон", "найм/найман", "ес/есөн"),
    "malayalam": ("പൂജ്യം", "ഒന്ന്", "രണ്ട്", "മൂന്ന്", "നാല്", "അഞ്ച്", "ആറ്", "ഏഴ്", "എട്ട്", "ഒമ്പത്/ഒൻപത്"),
    "kannada": ("ಸೊನ್ನೆ/ಶೂನ್ಯ", "ಒಂದು", "ಎರಡು", "ಮೂರು", "ನಾಲ್ಕು", "ಐದು", "ಆರು", "ಏಳು", "ಎಂಟು", "ಒಂಬತ್ತು/ಒಂಭತ್ತು"),
    "pashto": ("صفر", "یو", "دوه", "درې", "څلور", "پنځه", "شپږ", "اووه/اوه", "اته", "نهه"),
    # round 44 (r44digits): Kyrgyz and Tajik in Cyrillic, Tigrinya, Yiddish (with and without its points) and Uyghur
    "kyrgyz": ("нөл/ноль", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"),
    "tajik": ("сифр/нол", "як", "ду", "се", "чор", "панҷ/панч", "шаш", "ҳафт/хафт", "ҳашт/хашт", "нӯҳ/нух"),
    "tigrinya": ("ዜሮ/ባዶ", "ሓደ", "ክልተ", "ሰለስተ", "ኣርባዕተ", "ሓሙሽተ", "ሽዱሽተ", "ሸውዓተ", "ሸሞንተ", "ትሽዓተ"),
    "yiddish": ("נול", "איינס/אײנס", "צוויי/צװײ/צווײ", "דריי/דרײַ/דרײ", "פיר/פֿיר", "פינף/פֿינף/פֿינעף",
                "זעקס", "זיבן", "אכט/אַכט", "ניין/נײַן/נײן"),
    "uyghur": ("نۆل", "بىر", "ئىككى", "ئۈچ", "تۆت", "بەش", "ئالتە", "يەتتە", "سەككىز", "توققۇز"),
}

#: Japanese digit readings in katakana, as a phone number is read out ("ゼロキュウゼロ イチニサンヨン"): glued in a word;
#: a long vowel mark is said after two and five ("ニー", "ゴー")
KATAKANA_DIGIT_READINGS: tuple[str, ...] = (
    "ゼロ/レイ/マル", "イチ", "ニ/ニー", "サン", "ヨン/ヨ/シ", "ゴ/ゴー", "ロク", "ナナ/シチ", "ハチ", "キュウ/キュー/ク")

#: round 23: the same readings as a phone number is typed in hiragana, one reading a word ("はち ぜろ はち きゅう"):
#: written as katakana before they are read (the two scripts' letters lie 0x60 apart), so one list serves both
HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}
#: round 32 (r32numbers): the copula and particles glued after the last group of a phone typed in hiragana
#: ("よんよんいちななです", "…はちにさんごだよ"), in katakana: dropped from a word of digit readings before it is read
KANA_ENDINGS_AFTER_DIGITS: tuple[str, ...] = ("デスヨ", "デシタ", "デス", "ダヨ", "ダネ", "ダ", "ネ", "マデ", "デ", "ヘ")
#: round 33 (r33ids): the particles typed glued BEFORE a phone, record number or postcode in hiragana, the word it
#: follows being hiragana too ("でんわはごーごーごー…", "ばんごうがぜろぜろよん…", "ゆうびんばんごうってなななな…"): in
#: katakana; a word read as the particle's prefix and the digit readings after it (the hiragana run is one word, so
#: the particle once kept the whole run from being read). No digit reading is among them ("に" two, "し" four are no
#: particle here)
KANA_PARTICLES_BEFORE_DIGITS: tuple[str, ...] = ("ッテ", "ハ", "ワ", "ガ", "ヲ", "モ", "ヘ", "ト", "デ")
#: the separators between spaced kana or kanji digit words ("はち ぜろ、はち", "八 〇 八"): spaces, the ideographic space
#: and comma, the middle dot and dashes
KANA_DIGIT_SEPARATORS = " \t\u3000\u3001,\u30fb\uff0d-"

#: round 23: the kanji digits, each said alone between separators ("八 〇 八 九"); glued ones are read as numerals
KANJI_DIGITS: dict[str, str] = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
                                "七": "7", "八": "8", "九": "9"}

#: round 24: Japanese digit readings in romaji (Hepburn and the spellings typed in chat: "kyu", "kyuu", "ku"; "yon" or
#: "shi" for four, "nana" or "shichi" for seven) and Sino-Korean digits romanised (Revised and McCune-Reischauer:
#: "gong" or "yeong" for zero, "yuk" or "ryuk" for six), folded, each language's words for 0 to 9: a phone read out
#: digit by digit ("roku ichi nana san kyu ...", "gong il gong il i sam sa ..."). Several are everyday words of other
#: languages ("go", "san", "ni", "o", "i", "il", "sa", "pal"): :data:`ROMANISED_WEAK_DIGIT_WORDS`
ROMANISED_DIGIT_READINGS: dict[str, tuple[str, ...]] = {
    "japanese": ("zero/rei/maru", "ichi", "ni/nii", "san", "yon/shi/yo", "go/goo", "roku", "nana/shichi", "hachi",
                 "kyu/kyuu/ku"),
    "korean": ("gong/yeong/young/kong/yong", "il", "i/ee", "sam", "sa", "o", "yuk/ryuk/yug", "chil", "pal", "gu/ku"),
    # round 31 (r31numbers): languages whose romanised digits are another language's digit of another value (Dari
    # "se" is three, the Irish six; Thai "ha" five) or everyday words of English (Welsh "pump", "dim", Amharic
    # "and"), so each is read on its own: Welsh, Dari and Persian, Pashto, Thai, Amharic, Hausa, Somali, Igbo in
    # Latin letters ("pump pump pump un dau tri ...", "panj panj panj yak du se chahar ...")
    "welsh": ("dim/sero", "un", "dau/dwy", "tri/tair", "pedwar/pedair", "pump", "chwech", "saith", "wyth", "naw"),
    "dari and persian": ("sefr/sifr/sefer/sifir", "yak/yek/yik", "du/do/doo/dow", "se/seh/sey", "chahar/chaar/char/chor",
                         "panj/panch", "shash/shesh/shish/shush", "haft", "hasht", "noh/nuh/nu/no"),
    "pashto": ("sifar/sefar", "yaw/yo", "dwa/dwah", "dre/dray/drey", "tsalor/salor/tsalur", "pinza/pindza/pinzah",
               "shpag/shpazh/shpaj", "owa/uwa/owah", "ata/atah", "naha/nah"),
    "thai": ("suun/soon/sun/soun", "nueng/neung/nung", "song/sawng/sorng", "sam/saam", "si/see/sii", "ha/haa", "hok",
             "jet/chet/jed", "paet/paed/pad/pat/pet", "kao/gao/kow"),
    "amharic in latin letters": ("zero/ziro/baado/bado", "and/ande", "hulet/hulett", "sost/sosit", "arat/arrat",
                                 "amist/ammist", "sidist/siddist/sedist", "sebat/sabat/sebatt", "siment/simint/sement",
                                 "zetegn/zeteny/zetenj"),
    "hausa": ("sifili/sifiri", "daya", "biyu", "uku", "hudu", "biyar", "shida", "bakwai", "takwas", "tara"),
    "somali": ("eber", "kow", "laba", "saddex", "afar", "shan", "lix", "toddoba/todobo", "siddeed", "sagaal"),
    "igbo": ("efu", "otu", "abuo", "ato", "ano", "ise", "isii", "asaa", "asato", "itoolu/iteghete"),
}
#: round 24 (r24fest2): words said between the groups of a number read in those languages, as the comma or the dash
#: is ("zero kyuu zero no ichi ni san yon no go roku nana hachi": Japanese "no", Korean "e" and "ui" of "공일공에"):
#: passed over between two readings, never read as a digit
#: round 25 (r25dates): one vocabulary for every romanised language, as writers mix them ("gong il gong no i sam sa o
#: no ...": the Japanese "no" between Korean digits; "zero kyuu zero dash ichi ..."): the Japanese "no" and "haifun",
#: the Korean "e", "ui", "eui" (에, 의) and "haipeun", "daesi", and the said dash of English
ROMANISED_SEPARATOR_WORDS: tuple[str, ...] = ("no", "e", "ui", "eui", "dash", "hyphen", "haifun", "haihun", "haipeun",
                                              "hipeun", "daesi")
ROMANISED_GROUP_SEPARATORS: dict[str, tuple[str, ...]] = dict.fromkeys(ROMANISED_DIGIT_READINGS,
                                                                       ROMANISED_SEPARATOR_WORDS)
#: round 25 (r25dates): the Korean particles glued after a group of Hangul digits, as the comma is ("공일공에 일이삼사의
#: 오육칠팔"): dropped after a word of Hangul digits, never read as a digit
HANGUL_GROUP_PARTICLES: tuple[str, ...] = ("에", "의")
#: round 25 (r25dates): the same joiners between groups of kana digit readings ("ゴーゴーゴーのイチニサンの…": the
#: particle "no", "haifun", "dasshu"), in katakana (hiragana is read as katakana), and between Chinese numerals
#: ("五五五杠一二三杠…": "gang", the dash said in Chinese)
KANA_GROUP_SEPARATORS: tuple[str, ...] = ("ハイフン", "ダッシュ", "ノ")
CJK_GROUP_SEPARATORS: tuple[str, ...] = ("杠", "槓", "－", "—")
#: the romanised readings that are everyday words elsewhere (English "go", "I", "pal", "young", Spanish "o", "ni",
#: French and Italian "il", the name "Sam", "San Diego"): they go on a run of their language's readings but count for
#: none of the three distinct readings it needs
ROMANISED_WEAK_DIGIT_WORDS: frozenset[str] = frozenset({
    "ni", "nii", "san", "shi", "yo", "go", "goo", "ku", "maru", "il", "i", "ee", "sam", "sa", "o", "pal", "gu",
    "young", "kong", "yong", "yug",
    # round 31 (r31numbers): the readings of the languages added in round 31 that are everyday words of English or of
    # other languages ("pump", "dim", "no", "do", "see", "song", "jet", "pet", "and", "ano", "shan")
    "dim", "un", "pump", "naw", "yak", "du", "do", "doo", "dow", "se", "sey", "char", "chor", "no", "nu", "yaw", "ata",
    "nah", "soon", "sun", "song", "si", "see", "ha", "jet", "pad", "pat", "pet", "kow", "and", "tara",
    "daya", "afar", "shan", "lix", "ano", "ise", "ato", "otu", "dre", "owa", "hok", "haft"})

#: (the Arabic letters a Persian or Urdu word may be typed with: yeh and kaf)
_ARABIC_LETTERS = str.maketrans("یک", "يك")


def digit_values(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Word -> its digit ("0" to "9") over every language of ``table``; a word two languages give different
    values keeps the first."""
    values: dict[str, str] = {}
    for words in table.values():
        for value, spellings in enumerate(words):
            for word in filter(None, spellings.split("/")):
                values.setdefault(word, str(value))
                values.setdefault(word.translate(_ARABIC_LETTERS), str(value))
    return values


def katakana_values() -> dict[str, str]:
    """Katakana reading -> its digit."""
    return {reading: str(value) for value, readings in enumerate(KATAKANA_DIGIT_READINGS)
            for reading in readings.split("/")}


#: round 22: the tens, teens and hundreds of languages whose numbers are read out in groups ("восемь девятьсот
#: шестнадцать сорок два" for 8 916 42, Turkish "beş yüz elli beş, on iki" for 555 12, Irish "fiche a haon" for 21),
#: each word with its value; Latin words folded, the others as written (Ukrainian with each of its apostrophes). A
#: word of a smaller order after a round one joins it ("сорок" "два" -> 42): see
#: :func:`features.deid.normalize.said_digits_as_figures`. Turkish "on" (ten) is an everyday English word: it is read
#: only before a Turkish unit (:data:`TURKISH_TEN`)
GROUP_NUMBER_WORDS: dict[str, dict[int, str]] = {
    "russian": {10: "десять", 11: "одиннадцать", 12: "двенадцать", 13: "тринадцать", 14: "четырнадцать",
                15: "пятнадцать", 16: "шестнадцать", 17: "семнадцать", 18: "восемнадцать", 19: "девятнадцать",
                20: "двадцать", 30: "тридцать", 40: "сорок", 50: "пятьдесят", 60: "шестьдесят", 70: "семьдесят",
                80: "восемьдесят", 90: "девяносто/девяноста", 100: "сто", 200: "двести", 300: "триста",
                400: "четыреста", 500: "пятьсот", 600: "шестьсот", 700: "семьсот", 800: "восемьсот", 900: "девятьсот"},
    "ukrainian": {10: "десять", 11: "одинадцять", 12: "дванадцять", 13: "тринадцять", 14: "чотирнадцять",
                  15: "пʼятнадцять", 16: "шістнадцять", 17: "сімнадцять", 18: "вісімнадцять", 19: "девʼятнадцять",
                  20: "двадцять", 30: "тридцять", 40: "сорок", 50: "пʼятдесят", 60: "шістдесят", 70: "сімдесят",
                  80: "вісімдесят", 90: "девʼяносто", 100: "сто", 200: "двісті", 300: "триста", 400: "чотириста",
                  500: "пʼятсот", 600: "шістсот", 700: "сімсот", 800: "вісімсот", 900: "девʼятсот"},
    "greek": {10: "δέκα/δεκα", 11: "έντεκα/εντεκα", 12: "δώδεκα/δωδεκα", 13: "δεκατρία/δεκατρια",
              14: "δεκατέσσερα/δεκατεσσερα", 15: "δεκαπέντε/δεκαπεντε", 16: "δεκαέξι/δεκαεξι/δεκάξι",
              17: "δεκαεπτά/δεκαεφτά/δεκαεπτα/δεκαεφτα", 18: "δεκαοκτώ/δεκαοχτώ/δεκαοκτω/δεκαοχτω",
              19: "δεκαεννέα/δεκαεννιά/δεκαεννεα/δεκαεννια", 20: "είκοσι/εικοσι", 30: "τριάντα/τριαντα",
              40: "σαράντα/σαραντα", 50: "πενήντα/πενηντα", 60: "εξήντα/εξηντα", 70: "εβδομήντα/εβδομηντα",
              80: "ογδόντα/ογδοντα", 90: "ενενήντα/ενενηντα", 100: "εκατό/εκατο/εκατόν/εκατον", 200: "διακόσια/διακοσια",
              300: "τριακόσια/τριακοσια", 400: "τετρακόσια/τετρακοσια", 500: "πεντακόσια/πεντακοσια",
              600: "εξακόσια/εξακοσια", 700: "επτακόσια/εφτακόσια/επτακοσια", 800: "οκτακόσια/οχτακόσια/οκτακοσια",
              900: "εννιακόσια/εννεακόσια/εννιακοσια"},
    "turkish": {20: "yirmi", 30: "otuz", 40: "kirk", 50: "elli", 60: "altmis", 70: "yetmis", 80: "seksen",
                90: "doksan", 100: "yuz"},
    # Arabic says the unit first, joined by "و" ("خمسة وأربعون" 45), and a teen the unit then "عشر" ("ثلاثة عشر" 13)
    "arabic": {10: "عشرة", 20: "عشرون/عشرين", 30: "ثلاثون/ثلاثين", 40: "أربعون/أربعين/اربعون/اربعين",
               50: "خمسون/خمسين", 60: "ستون/ستين", 70: "سبعون/سبعين", 80: "ثمانون/ثمانين", 90: "تسعون/تسعين",
               100: "مائة/مئة/مية", 200: "مائتان/مائتين/مئتان/مئتين", 300: "ثلاثمائة/ثلاثمئة",
               400: "أربعمائة/أربعمئة/اربعمائة/اربعمئة", 500: "خمسمائة/خمسمئة", 600: "ستمائة/ستمئة",
               700: "سبعمائة/سبعمئة", 800: "ثمانمائة/ثمانمئة", 900: "تسعمائة/تسعمئة"},
    # round 32 (r32numbers): Azerbaijani tens, folded ("qırx dörd" 44, "doxsan" 90); its "on" is Turkish's
    "azerbaijani": {20: "iyirmi", 30: "otuz", 40: "qirx", 50: "elli", 60: "altmis", 70: "yetmis", 80: "seksen",
                    90: "doxsan", 100: "yuz"},
    # round 39 (r39numbers): Czech and Slovak, folded ("sedm set dvacet tri" 723, "styridsat pat" 45, Slovak hundreds
    # glued: "patsto"; a Czech hundred said apart, "sedm set", is :data:`CZECH_HUNDRED_WORDS`)
    "czech": {10: "deset", 11: "jedenact", 12: "dvanact", 13: "trinact", 14: "ctrnact", 15: "patnact", 16: "sestnact",
              17: "sedmnact", 18: "osmnact", 19: "devatenact", 20: "dvacet", 30: "tricet", 40: "ctyricet",
              50: "padesat", 60: "sedesat", 70: "sedmdesat", 80: "osmdesat", 90: "devadesat", 100: "sto",
              200: "dveste", 300: "trista", 400: "ctyrista", 500: "petset", 600: "sestset", 700: "sedmset",
              800: "osmset", 900: "devetset"},
    "slovak": {10: "desat", 11: "jedenast", 12: "dvanast", 13: "trinast", 14: "strnast", 15: "patnast",
               16: "sestnast", 17: "sedemnast", 18: "osemnast", 19: "devatnast", 20: "dvadsat", 30: "tridsat",
               40: "styridsat", 50: "patdesiat", 60: "sestdesiat", 70: "sedemdesiat", 80: "osemdesiat",
               90: "devatdesiat", 200: "dvesto", 300: "tristo", 400: "styristo", 500: "patsto", 600: "seststo",
               700: "sedemsto", 800: "osemsto", 900: "devatsto"},
    "irish": {10: "deich", 20: "fiche", 30: "triocha", 40: "daichead", 50: "caoga", 60: "seasca",
              70: "seachto", 80: "ochto", 90: "nocha", 100: "cead/chead"},
}
#: words that multiply the unit said before them by a hundred (Turkish "beş yüz" 500, Irish "cúig chéad"), folded
HUNDRED_WORDS: frozenset[str] = frozenset({"yuz", "cead", "chead"})
#: round 39 (r39numbers): the Czech hundred said apart after its unit ("sedm set" 700, "ctyri sta" 400, "dve ste" 200),
#: folded; read so only after a unit of :data:`CZECH_UNITS_BEFORE_HUNDREDS` ("set" alone is the Catalan seven)
CZECH_HUNDRED_WORDS: frozenset[str] = frozenset({"set", "sta", "ste"})
CZECH_UNITS_BEFORE_HUNDREDS: frozenset[str] = frozenset({"dve", "dva", "tri", "ctyri", "pet", "sest", "sedm", "osm",
                                                         "devet"})
#: words that add ten to the unit said before them (Irish "a dó dhéag" 12, folded; Arabic "ثلاثة عشر" 13, as written)
TEEN_WORDS: frozenset[str] = frozenset({"deag", "dheag", "عشر", "عشرة",
                                        # round 42 (r42numbers): Hebrew "שבע עשרה" 17, "שלושה עשר" 13
                                        "עשרה", "עשר"})
#: round 23: the Arabic one and two as a teen says them, before "عشر" or "عشرة" ("أحد عشر" 11, "اثنا عشر" / "اثني عشر"
#: 12, "إحدى عشرة", "اثنتا عشرة"), each its unit: a teen word after one raises it by ten
ARABIC_TEEN_UNITS: dict[str, str] = {
    **dict.fromkeys(("أحد", "احد", "إحدى", "احدى", "حادي"), "1"),
    **dict.fromkeys(("اثنا", "اثني", "إثنا", "إثني", "اثنتا", "اثنتي", "إثنتا", "إثنتي"), "2")}
#: the Arabic "and" glued to a word: tens said after their unit with it join it ("خمسة وأربعون" 45)
ARABIC_AND = "و"
#: round 42 (r42numbers): the Hebrew "and" glued to a word of a number ("ארבעים וארבע" 44, "עשרים ושלוש" 23)
HEBREW_AND = "ו"
#: Turkish ten, read only before a Turkish unit ("on iki" 12; "on" alone is English)
TURKISH_TEN = "on"
TURKISH_UNITS: frozenset[str] = frozenset({"bir", "iki", "uc", "dort", "bes", "alti", "yedi", "sekiz", "dokuz"})
#: round 43 (r43phones): the Kazakh ten "он" (folded, Turkish's "on"; also the Russian "he"), read as ten only before a
#: Kazakh unit as written ("он жеті" 17)
KAZAKH_UNITS: frozenset[str] = frozenset(w for spellings in SCRIPT_DIGIT_WORDS["kazakh"][1:] for w in spellings.split("/"))
_APOSTROPHES = ("ʼ", "'", "’")


def group_number_values() -> dict[str, str]:
    """Each word of :data:`GROUP_NUMBER_WORDS` (and of :data:`TEEN_WORDS`) -> its value in figures; a Ukrainian word
    with "ʼ" also with "'" and "’"."""
    values: dict[str, str] = dict.fromkeys(TEEN_WORDS, "10")
    for words in (*GROUP_NUMBER_WORDS.values(), *MORE_GROUP_NUMBER_WORDS.values()):
        for value, spellings in words.items():
            for word in spellings.split("/"):
                values.update({word.replace(_APOSTROPHES[0], mark): str(value) for mark in _APOSTROPHES})
    return values


#: round 26: Thai digit words, as a phone number is read out glued in a word ("ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด"):
#: "โท" is the two said on the telephone; the words for 0 to 9, each with its spellings
THAI_DIGIT_WORDS: tuple[str, ...] = (
    "ศูนย์", "หนึ่ง", "สอง/โท", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
#: round 42 (r42numbers): the Thai words of a number said in groups, glued to its digit words ("ห้าร้อยห้าสิบห้า" 555,
#: "สี่สิบสี่" 44, "ยี่สิบเอ็ด" 21): each multiplier's value; "ยี่" is the two and "เอ็ด" the one said only beside "สิบ"
THAI_MULTIPLIERS: dict[str, int] = {"สิบ": 10, "ร้อย": 100, "พัน": 1000, "หมื่น": 10000}
THAI_UNITS_BESIDE_A_TEN: dict[str, int] = {"ยี่": 2, "เอ็ด": 1}
#: words said between groups of Thai digit words, as the dash is ("ขีด", "ขีดกลาง")
THAI_GROUP_SEPARATORS: tuple[str, ...] = ("ขีดกลาง", "ขีด")
#: the Thai marks that go on the letter before them (vowels above and below, tone marks): a digit word with one of
#: them right after it is part of a longer word
THAI_MARKS_AFTER = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"


class GluedScriptNumbers(NamedTuple):
    """Round 43 (r43phones): the number words of a script that glues a number's words with no space between, as
    Thai does, read by one reader (:func:`features.deid.normalize.glued_script_digits_as_figures`): the digit words
    (0-9, "/" between spellings), the multipliers glued after a unit and each its value (a ten of a language that has
    a word of its own for it, Lao "ຊາວ" 20, multiplies nothing before it: its value is the ten), the units said only
    beside a ten, the words said between groups as a dash is, and the marks that go on the letter before them (a digit
    word with one right after it is part of a longer word)."""

    digits: tuple[str, ...]
    multipliers: dict[str, int]
    units_beside_a_ten: dict[str, int]
    separators: tuple[str, ...]
    marks_after: str


#: round 43 (r43phones): Thai, and Lao, Khmer and Burmese as the 42nd black-box round saw a phone read out in them
#: glued and published ("ຫ້າຮ້ອຍຫ້າສິບຫ້າ" 555, "ប្រាំប្រាំប្រាំ" 555, "ငါးရာငါးဆယ့်ငါး" 555): Khmer says six to nine as
#: five and a unit ("ប្រាំពីរ" 7), one word here; its tens from thirty and Burmese's creaky forms before more
#: ("ဆယ့်", "ရာ့", "ထောင့်") are multipliers too
GLUED_SCRIPT_NUMBERS: dict[str, GluedScriptNumbers] = {
    "thai": GluedScriptNumbers(THAI_DIGIT_WORDS, THAI_MULTIPLIERS, THAI_UNITS_BESIDE_A_TEN, THAI_GROUP_SEPARATORS,
                               THAI_MARKS_AFTER),
    "lao": GluedScriptNumbers(
        ("ສູນ", "ໜຶ່ງ/ຫນຶ່ງ/ນຶ່ງ", "ສອງ", "ສາມ", "ສີ່", "ຫ້າ", "ຫົກ", "ເຈັດ", "ແປດ", "ເກົ້າ"),
        {"ສິບ": 10, "ຊາວ": 20, "ຮ້ອຍ": 100, "ພັນ": 1000, "ໝື່ນ": 10000, "ຫມື່ນ": 10000}, {"ເອັດ": 1}, ("ຂີດ",),
        "\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd"),
    "khmer": GluedScriptNumbers(
        ("សូន្យ", "មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន"),
        {"ដប់": 10, "ម្ភៃ": 20, "សាមសិប": 30, "សែសិប": 40, "ហាសិប": 50, "ហុកសិប": 60, "ចិតសិប": 70, "ប៉ែតសិប": 80,
         "កៅសិប": 90, "រយ": 100, "ពាន់": 1000, "ម៉ឺន": 10000}, {}, ("សញ្ញាដក",), "\u17b6-\u17d3\u17dd"),
    "burmese": GluedScriptNumbers(
        ("သုည", "တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်/ခုနှစ်", "ရှစ်", "ကိုး"),
        {"ဆယ်": 10, "ဆယ့်": 10, "ရာ": 100, "ရာ့": 100, "ထောင်": 1000, "ထောင့်": 1000, "သောင်း": 10000}, {}, (),
        "\u102b-\u103e"),
}


# --------------------------------------------------------------------------- round 32 (r32numbers): tens said glued

#: round 32 (r32numbers): the numbers of languages that glue their tens, teens and hundreds into one word, as a phone is
#: read out in pairs or groups ("kaksikymmentäkolme" 23 in Finnish, "negyvennégy" 44 in Hungarian, "ორმოცდათხუთმეტი"
#: 55 in Georgian, "drieëntwintig" 23 in Afrikaans): each language's units (1-9, "/" between spellings), its teens
#: (10-19) and its tens (20-90) as said alone, the tens as they stand before a unit, and its hundreds (100-900) alone
#: and before more; the units are the digit words above. :func:`glued_number_values` builds every word of 1 to 999
#: from them. Latin words are folded (accents off, lower case), Georgian as written. Finnish "sataa" (bare, "it
#: rains") is left out.
GLUED_NUMBER_PARTS: dict[str, dict[str, tuple[str, ...]]] = {
    "finnish": {
        "units": ("", *LATIN_DIGIT_WORDS["finnish"][1:]),
        "teens": ("kymmenen", "yksitoista", "kaksitoista", "kolmetoista", "neljatoista", "viisitoista", "kuusitoista",
                  "seitsemantoista", "kahdeksantoista", "yhdeksantoista"),
        "tens": ("", "", "kaksikymmenta", "kolmekymmenta", "neljakymmenta", "viisikymmenta", "kuusikymmenta",
                 "seitsemankymmenta", "kahdeksankymmenta", "yhdeksankymmenta"),
        "hundreds": ("", "sata", "kaksisataa", "kolmesataa", "neljasataa", "viisisataa", "kuusisataa",
                     "seitsemansataa", "kahdeksansataa", "yhdeksansataa"),
    },
    "hungarian": {
        "units": ("", *LATIN_DIGIT_WORDS["hungarian"][1:]),
        "teens": ("tiz", "tizenegy", "tizenketto/tizenket", "tizenharom", "tizennegy", "tizenot", "tizenhat",
                  "tizenhet", "tizennyolc", "tizenkilenc"),
        "tens": ("", "", "husz", "harminc", "negyven", "otven", "hatvan", "hetven", "nyolcvan", "kilencven"),
        "tens before a unit": ("", "", "huszon", "harminc", "negyven", "otven", "hatvan", "hetven", "nyolcvan",
                               "kilencven"),
        "hundreds": ("", "szaz/egyszaz", "ketszaz", "haromszaz", "negyszaz", "otszaz", "hatszaz", "hetszaz",
                     "nyolcszaz", "kilencszaz"),
    },
    "afrikaans": {
        "units": ("", *LATIN_DIGIT_WORDS["afrikaans"][1:]),
        "teens": ("tien", "", "twaalf", "dertien", "veertien", "vyftien", "sestien", "sewentien", "agtien",
                  "negentien"),
        "tens": ("", "", "twintig", "dertig", "veertig", "vyftig", "sestig", "sewentig", "tagtig", "negentig"),
        "hundreds": ("", "honderd/eenhonderd", "tweehonderd", "driehonderd", "vierhonderd", "vyfhonderd",
                     "seshonderd", "sewehonderd", "agthonderd", "negehonderd"),
    },
    # round 39 (r39numbers): Dutch, which says the unit first as Afrikaans does ("vierendertig" 34, "tweeëntwintig"
    # folded "tweeentwintig" 22, "honderdzesenvijftig" 156)
    "dutch": dict(
        units=("", *LATIN_DIGIT_WORDS["dutch"][1:]),
        teens=("tien", "elf", "twaalf", *(f"{unit}tien" for unit in ("der", "veer", "vijf", "zes", "zeven", "acht",
                                                                       "negen"))),
        tens=("", "", "twintig", *(f"{unit}tig" for unit in ("der", "veer", "vijf", "zes", "zeven", "tach", "negen"))),
        # a hundred is its unit glued before "honderd" ("zeshonderd")
        hundreds=("", "honderd/eenhonderd", *(f"{unit}honderd" for unit in LATIN_DIGIT_WORDS["dutch"][2:]))),
    # round 42 (r42numbers): Armenian glues its tens and teens to the unit ("քառասունչորս" 44, "տասնյոթ" 17); a hundred
    # is said apart ("հինգ հարյուր": :data:`UNIT_TIMES_WORDS`)
    "armenian": {
        "units": ("", *SCRIPT_DIGIT_WORDS["armenian"][1:]),
        "teens": ("տասը/տաս", "տասնմեկ", "տասներկու", "տասներեք", "տասնչորս", "տասնհինգ", "տասնվեց", "տասնյոթ/տասնյոթը",
                  "տասնութ", "տասնինը/տասնինն"),
        "tens": ("", "", "քսան", "երեսուն", "քառասուն", "հիսուն", "վաթսուն", "յոթանասուն", "ութսուն", "իննսուն"),
        "hundreds": ("", "հարյուր", "", "", "", "", "", "", "", ""),
    },
    "georgian": {
        "units": ("", *SCRIPT_DIGIT_WORDS["georgian"][1:]),
        "teens": ("ათი", "თერთმეტი", "თორმეტი", "ცამეტი", "თოთხმეტი", "თხუთმეტი", "თექვსმეტი", "ჩვიდმეტი",
                  "თვრამეტი", "ცხრამეტი"),
        # vigesimal: forty is "two twenties"; 20-99 are a score's stem, "და" and 1-19 ("ორმოცდათხუთმეტი" 40 + 15)
        "scores": ("", "ოცი", "ორმოცი", "სამოცი", "ოთხმოცი"),
        "scores before more": ("", "ოცდა", "ორმოცდა", "სამოცდა", "ოთხმოცდა"),
        "hundreds": ("", "ასი", "ორასი", "სამასი", "ოთხასი", "ხუთასი", "ექვსასი", "შვიდასი", "რვაასი", "ცხრაასი"),
        "hundreds before more": ("", "ას", "ორას", "სამას", "ოთხას", "ხუთას", "ექვსას", "შვიდას", "რვაას", "ცხრაას"),
    },
    # round 43 (r43phones): Malayalam and Kannada glue a ten to its unit ("നാല്പത്തിനാല്" 44, "ಇಪ್ಪತ್ಮೂರು" 23), the
    # unit's first vowel joined to the ten's end ("ഇരുപത്തിയൊന്ന്", "ಇಪ್ಪತ್ತೊಂದು": "units after a ten"); a ten or a
    # hundred before more is a word of its own too ("നൂറ്റി ഇരുപത്തി മൂന്ന്" 123, "ಐನೂರ ಐವತ್ತೈದು" 555)
    "malayalam": {
        "units": ("", *SCRIPT_DIGIT_WORDS["malayalam"][1:]),
        "units after a ten": ("", "യൊന്ന്/ഒന്ന്", "രണ്ട്", "മൂന്ന്", "നാല്", "യഞ്ച്/അഞ്ച്", "യാറ്/ആറ്", "യേഴ്/ഏഴ്",
                              "യെട്ട്/എട്ട്", "യൊമ്പത്/യൊൻപത്/ഒമ്പത്"),
        "teens": ("പത്ത്", "പതിനൊന്ന്", "പന്ത്രണ്ട്", "പതിമൂന്ന്", "പതിനാല്", "പതിനഞ്ച്", "പതിനാറ്", "പതിനേഴ്",
                  "പതിനെട്ട്", "പത്തൊമ്പത്/പത്തൊൻപത്"),
        "tens": ("", "", "ഇരുപത്", "മുപ്പത്", "നാല്പത്/നാൽപത്", "അമ്പത്/അൻപത്", "അറുപത്", "എഴുപത്", "എൺപത്",
                 "തൊണ്ണൂറ്"),
        "tens before a unit": ("", "", "ഇരുപത്തി", "മുപ്പത്തി", "നാല്പത്തി/നാൽപത്തി", "അമ്പത്തി/അൻപത്തി", "അറുപത്തി",
                               "എഴുപത്തി", "എൺപത്തി", "തൊണ്ണൂറ്റി"),
        "hundreds": ("", "നൂറ്", "ഇരുനൂറ്", "മുന്നൂറ്", "നാനൂറ്", "അഞ്ഞൂറ്", "അറുനൂറ്", "എഴുനൂറ്", "എണ്ണൂറ്",
                     "തൊള്ളായിരം"),
        "hundreds before more": ("", "നൂറ്റി", "ഇരുനൂറ്റി", "മുന്നൂറ്റി", "നാനൂറ്റി", "അഞ്ഞൂറ്റി", "അറുനൂറ്റി",
                                 "എഴുനൂറ്റി", "എണ്ണൂറ്റി", "തൊള്ളായിരത്തി"),
    },
    "kannada": {
        "units": ("", *SCRIPT_DIGIT_WORDS["kannada"][1:]),
        "units after a ten": ("", "ತೊಂದು", "ತೆರಡು", "ಮೂರು/ತಮೂರು", "ನಾಲ್ಕು/ತನಾಲ್ಕು", "ತೈದು", "ತಾರು", "ತೇಳು", "ತೆಂಟು",
                              "ತೊಂಬತ್ತು"),
        "teens": ("ಹತ್ತು", "ಹನ್ನೊಂದು", "ಹನ್ನೆರಡು", "ಹದಿಮೂರು", "ಹದಿನಾಲ್ಕು", "ಹದಿನೈದು", "ಹದಿನಾರು", "ಹದಿನೇಳು", "ಹದಿನೆಂಟು",
                  "ಹತ್ತೊಂಬತ್ತು"),
        "tens": ("", "", "ಇಪ್ಪತ್ತು", "ಮೂವತ್ತು", "ನಲವತ್ತು/ನಲುವತ್ತು", "ಐವತ್ತು", "ಅರವತ್ತು", "ಎಪ್ಪತ್ತು", "ಎಂಬತ್ತು/ಎಂಭತ್ತು",
                 "ತೊಂಬತ್ತು/ತೊಂಭತ್ತು"),
        "tens before a unit": ("", "", "ಇಪ್ಪತ್", "ಮೂವತ್", "ನಲವತ್/ನಲುವತ್", "ಐವತ್", "ಅರವತ್", "ಎಪ್ಪತ್", "ಎಂಬತ್/ಎಂಭತ್",
                               "ತೊಂಬತ್/ತೊಂಭತ್"),
        "hundreds": ("", "ನೂರು", "ಇನ್ನೂರು", "ಮುನ್ನೂರು", "ನಾನೂರು/ನಾಲ್ಕುನೂರು", "ಐನೂರು", "ಆರುನೂರು", "ಏಳುನೂರು",
                     "ಎಂಟುನೂರು", "ಒಂಬೈನೂರು/ಒಂಬತ್ತುನೂರು"),
        "hundreds before more": ("", "ನೂರ", "ಇನ್ನೂರ", "ಮುನ್ನೂರ", "ನಾನೂರ/ನಾಲ್ಕುನೂರ", "ಐನೂರ", "ಆರುನೂರ", "ಏಳುನೂರ", "ಎಂಟುನೂರ",
                                 "ಒಂಬೈನೂರ/ಒಂಬತ್ತುನೂರ"),
    },
}
#: Afrikaans says the unit first, joined by "en" ("drie-en-twintig", "drieëntwintig" folded "drieentwintig"); round 39:
#: Dutch too (:data:`UNIT_FIRST_LANGUAGES`)
AFRIKAANS_AND = ("en", "-en-")
UNIT_FIRST_LANGUAGES: frozenset[str] = frozenset({"afrikaans", "dutch"})


def _spellings(parts: tuple[str, ...]) -> list[list[str]]:
    return [[word for word in spellings.split("/") if word] for spellings in parts]


def glued_number_values() -> dict[str, str]:
    """Each number from 1 to 999 of :data:`GLUED_NUMBER_PARTS` in one word -> its figures ("kaksikymmentakolme" ->
    "23", "otszazotvenot" -> "555", "ორმოცდათხუთმეტი" -> "55", "drieentwintig" -> "23"); a hundred before more
    ("ხუთას", "viisisataa") is also a word of its own, which the said number after it joins."""
    values: dict[str, str] = {}
    for language, parts in GLUED_NUMBER_PARTS.items():
        below: dict[int, list[str]] = {}  # 1-99 -> its words
        units, teens = _spellings(parts["units"]), _spellings(parts["teens"])
        for unit in range(1, 10):
            below[unit] = units[unit]
        for teen in range(10):
            below[10 + teen] = teens[teen]
        if language == "georgian":
            scores, before = _spellings(parts["scores"]), _spellings(parts["scores before more"])
            for score in range(1, 5):
                below[20 * score] = scores[score]
                for rest in range(1, 20):
                    below[20 * score + rest] = [stem + word for stem in before[score] for word in below[rest]]
        else:
            tens = _spellings(parts["tens"])
            tens_before = _spellings(parts.get("tens before a unit", parts["tens"]))
            units_after = _spellings(parts.get("units after a ten", parts["units"]))  # round 43: "ഇരുപത്തിയൊന്ന്"
            for ten in range(2, 10):
                below[10 * ten] = tens[ten] + [t for t in tens_before[ten] if t not in tens[ten]]
                for unit in range(1, 10):
                    if language in UNIT_FIRST_LANGUAGES:
                        below[10 * ten + unit] = [u + join + t for u in units[unit] for t in tens[ten]
                                                  for join in AFRIKAANS_AND]
                    else:
                        below[10 * ten + unit] = [t + u for t in tens_before[ten] for u in units_after[unit]]
        hundreds = _spellings(parts["hundreds"])
        hundreds_before = _spellings(parts.get("hundreds before more", parts["hundreds"]))
        numbers = dict(below)
        for hundred in range(1, 10):
            numbers[100 * hundred] = hundreds[hundred] + hundreds_before[hundred]
            for rest, words in below.items():
                numbers[100 * hundred + rest] = [h + w for h in hundreds_before[hundred] for w in words]
        for value, words in numbers.items():
            for word in words:
                values.setdefault(word, str(value))
    return values


#: round 32 (r32numbers): words that multiply the unit said before them by ten, as a number is said in Welsh ("pedwar
#: deg pedwar" 44, "dau ddeg tri" 23, "un deg saith" 17), folded; and Welsh hundreds ("pum cant" 500)
TIMES_TEN_WORDS: frozenset[str] = frozenset({"deg", "ddeg"})
WELSH_HUNDRED_WORDS: frozenset[str] = frozenset({"cant", "gant", "chant"})
#: round 32 (r32numbers): the Welsh units as they stand before "deg" and "cant" ("pum deg", "chwe chant"), each its value
WELSH_UNITS_BEFORE_TENS: dict[str, str] = {"pum": "5", "chwe": "6", "wyth": "8", "naw": "9", "saith": "7",
                                            "tri": "3", "dau": "2", "un": "1", "pedwar": "4"}
#: round 32 (r32numbers): Azerbaijani units after "on" (ten) as Turkish's are ("on yeddi" 17, "on dörd" 14), folded
AZERBAIJANI_UNITS: frozenset[str] = frozenset({"bir", "iki", "uc", "dord", "bes", "alti", "yeddi", "sekkiz", "doqquz"})
#: round 32 (r32numbers): words that join two words of a number said in pairs ("noventa y dos", "vingt et un",
#: "einundzwanzig" said apart, "trinta e dois", "twenty and one"): a run of number words across a seam goes on over
#: them, never begins or ends with one
NUMBER_JOIN_WORDS: frozenset[str] = frozenset({"y", "e", "et", "und", "and", "en", "og", "i", "ve", "va"})


# --------------------------------------------------------------------------- round 41 (r41numbers): hundreds, thousands

#: round 41 (r41numbers): the teens, tens and hundreds said alone of Romanian, Indonesian, English and Levantine Arabic
#: in Latin letters, as a phone or a postcode is read out in groups ("trei sute patruzeci și cinci" 345, "seratus dua
#: puluh tiga" 123, "nine-seven-two-twelve" 97212, "miyye w 3ashrin" 120), folded, "/" between spellings; a unit said
#: before a word of :data:`UNIT_TIMES_WORDS` is multiplied by it
MORE_GROUP_NUMBER_WORDS: dict[str, dict[int, str]] = {
    "romanian": {10: "zece", 11: "unsprezece/unspe", 12: "doisprezece/douasprezece/doispe", 13: "treisprezece/treispe",
                 14: "paisprezece/patrusprezece/paispe", 15: "cincisprezece/cinsprezece/cinspe",
                 16: "saisprezece/sasesprezece/saispe", 17: "saptesprezece/saptespe", 18: "optsprezece/optspe",
                 19: "nouasprezece/nouaspe", 20: "douazeci", 30: "treizeci", 40: "patruzeci", 50: "cincizeci",
                 60: "saizeci", 70: "saptezeci", 80: "optzeci", 90: "nouazeci", 100: "suta"},
    "indonesian": {10: "sepuluh", 11: "sebelas", 100: "seratus", 1000: "seribu"},
    "english": {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
                17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty/fourty",
                50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"},
    "levantine arabic in latin letters": {
        10: "3ashra/3ashara/3ashar/3asharah", 20: "3ashrin/3eshrin/3ishrin/3oshrin", 30: "tlatin/tletin/talatin/tlateen",
        40: "arb3in/arba3in/arb3een/arba3een", 50: "khamsin/5amsin/khamseen/5amseen", 60: "sittin/settin/sitteen",
        70: "sab3in/sab3een", 80: "tmanin/tamanin/tmaneen", 90: "tis3in/tes3in/tis3een",
        100: "miyye/miyyeh/miye/meyye/meyya/miya/mieh", 200: "mitein/mitain/miteen/mteen",
        300: "tultumiyye/tlatmiyye/tlatemiyye/tultumiye", 400: "rub3umiyye/arba3miyye/rub3umiye",
        500: "khamsumiyye/5amsumiyye/khamsmiyye/khamsumiye", 600: "suttumiyye/sittmiyye/suttumiye",
        700: "sub3umiyye/sab3umiyye/sab3miyye/sub3umiye", 800: "tumnumiyye/tmanmiyye/tumnumiye",
        900: "tus3umiyye/tis3miyye/tus3umiye"},
    # round 42 (r42numbers): Vietnamese (folded: "mười" 10 and "mươi", the tens after a unit, both fold to "muoi":
    # :data:`UNIT_TIMES_WORDS`), Swahili and Hebrew (as written), as the owner's phone was read out in groups in the
    # 41st black-box round ("năm trăm năm mươi lăm" 555, "mia tano hamsini na tano" 555, "ארבעים וארבע" 44)
    "vietnamese": {10: "muoi"},
    "swahili": {10: "kumi", 20: "ishirini", 30: "thelathini", 40: "arobaini", 50: "hamsini", 60: "sitini",
                70: "sabini", 80: "themanini", 90: "tisini"},
    "hebrew": {20: "עשרים", 30: "שלושים/שלשים", 40: "ארבעים", 50: "חמישים/חמשים", 60: "שישים/ששים", 70: "שבעים",
               80: "שמונים", 90: "תשעים", 100: "מאה", 200: "מאתיים/מאתים", 1000: "אלף", 2000: "אלפיים"},
    # round 43 (r43phones): the languages whose phones the 42nd black-box round saw read out in groups and published:
    # Kazakh and Mongolian (Cyrillic, as written; Kazakh "он" is :data:`TENS_ONLY_BEFORE_A_UNIT`), Basque (folded;
    # its tens of twenty before more are :data:`SCORES_BEFORE_MORE`), Maltese (folded), Malagasy (folded), Pashto
    # (as written; its tens said after their unit, :data:`TENS_SAID_AFTER_THEIR_UNIT`) and the thousands Malayalam
    # glues to its unit ("നാലായിരത്തി" 4000)
    "kazakh": {20: "жиырма", 30: "отыз", 40: "қырық", 50: "елу", 60: "алпыс", 70: "жетпіс", 80: "сексен", 90: "тоқсан",
               100: "жүз", 1000: "мың"},
    # (Mongolian 60, 70 and 90 said alone, "жар", "дал", "ер", are Russian "fever", "gave" and a letter's name: only
    # their forms before a unit, "жаран", "далан", "ерэн")
    "mongolian": {10: "арав/арван", 20: "хорь/хорин", 30: "гуч/гучин", 40: "дөч/дөчин", 50: "тавь/тавин",
                  60: "жаран", 70: "далан", 80: "ная/наян", 90: "ерэн", 100: "зуу/зуун", 1000: "мянга/мянган"},
    "basque": {10: "hamar", 11: "hamaika", 12: "hamabi", 13: "hamahiru", 14: "hamalau", 15: "hamabost",
               16: "hamasei", 17: "hamazazpi", 18: "hemezortzi", 19: "hemeretzi", 20: "hogei/hogeita",
               40: "berrogei/berrogeita", 60: "hirurogei/hirurogeita", 80: "laurogei/laurogeita", 100: "ehun",
               200: "berrehun", 300: "hirurehun", 400: "laurehun",
               500: "bostehun", 600: "seiehun", 700: "zazpiehun", 800: "zortziehun", 900: "bederatziehun"},
    "maltese": {10: "ghaxra", 11: "hdax", 12: "tnax", 13: "tlettax", 14: "erbatax", 15: "hmistax", 16: "sittax",
                17: "sbatax", 18: "tmintax", 19: "dsatax", 20: "ghoxrin", 30: "tletin", 40: "erbghin", 50: "hamsin",
                60: "sittin", 70: "sebghin", 80: "tmenin", 90: "disghin", 100: "mija", 200: "mitejn"},
    "malagasy": {10: "folo", 20: "roapolo", 30: "telopolo", 40: "efapolo", 50: "dimampolo", 60: "enimpolo",
                 70: "fitopolo", 80: "valopolo", 90: "sivifolo", 100: "zato", 1000: "arivo"},
    "pashto": {10: "لس", 11: "یوولس", 12: "دولس", 13: "دیارلس", 14: "څوارلس", 15: "پنځلس", 16: "شپاړس", 17: "اوولس",
               18: "اتلس", 19: "نولس", 20: "شل/ویشت", 21: "یوویشت", 23: "درویشت", 24: "څلورویشت", 26: "شپږویشت",
               30: "دېرش/دیرش", 40: "څلوېښت/څلویښت", 50: "پنځوس", 60: "شپېته/شپیته", 70: "اویا", 80: "اتیا", 90: "نوي",
               100: "سل", 1000: "زر"},
    "malayalam": {1000: "ആയിരം/ആയിരത്തി", 2000: "രണ്ടായിരം/രണ്ടായിരത്തി", 3000: "മൂവായിരം/മൂവായിരത്തി",
                  4000: "നാലായിരം/നാലായിരത്തി", 5000: "അയ്യായിരം/അയ്യായിരത്തി", 6000: "ആറായിരം/ആറായിരത്തി",
                  7000: "ഏഴായിരം/ഏഴായിരത്തി", 8000: "എണ്ണായിരം/എണ്ണായിരത്തി", 9000: "ഒമ്പതിനായിരം/ഒമ്പതിനായിരത്തി"},
}
#: round 41 (r41numbers): words that multiply the unit said right before them, read only there ("yedi yüz" 700, "dört
#: bin" 4000, "tujuh ratus" 700, "dua puluh" 20, "tujuh belas" 17, "trei sute" 300, "două mii" 2000, "sab3 miyye"
#: 700), folded (Cyrillic as written), each its multiplier ("belas" adds ten: its value is "+10"); a unit already
#: added to the round number before it is taken back first ("tujuh ratus dua puluh" 720, not 702 tens)
UNIT_TIMES_WORDS: dict[str, str] = {
    "yuz": "100", "bin": "1000", "ratus": "100", "puluh": "10", "ribu": "1000", "belas": "+10", "sute": "100",
    "suta": "100", "mii": "1000", "mie": "1000", **dict.fromkeys(("miyye", "miyyeh", "miye", "meyye", "meyya", "miya"),
                                                                 "100"), "alaf": "1000", "alf": "1000",
    # Ukrainian and Russian thousands, as written ("чотири тисячі" 4000)
    **dict.fromkeys(("тисяча", "тисячі", "тисяч", "тысяча", "тысячи", "тысяч"), "1000"),
    # round 42 (r42numbers): Vietnamese "mươi" (tens), "trăm", "nghìn"/"ngàn" (folded), Hebrew "מאות", "אלפים" ("חמש
    # מאות" 500, "ארבעת אלפים" 4000), the Hebrew teen's ten ("ושבע עשרה" 17: "+10") and Armenian "հարյուր",
    # "հազար" ("հինգ հարյուր" 500), as written
    "muoi": "10", "tram": "100", "nghin": "1000", "ngan": "1000", "מאות": "100", "אלפים": "1000",
    **dict.fromkeys(("עשרה", "עשר"), "+10"), "հարյուր": "100", "հազար": "1000",
    # round 43 (r43phones): Kazakh "жүз", "мың", Mongolian "зуун", "мянга", Basque "mila", Maltese "mija", "elef",
    # Malagasy "arivo", Pashto "سوه", "زره" and Kannada "ಸಾವಿರ" ("бес жүз" 500, "таван зуун", "lau mila" 4000, "ħames
    # mija", "erbat elef", "پنځه سوه", "ನಾಲ್ಕು ಸಾವಿರದ")
    "жүз": "100", "мың": "1000", **dict.fromkeys(("зуу", "зуун"), "100"), **dict.fromkeys(("мянга", "мянган"), "1000"),
    "mila": "1000", "mija": "100", "elef": "1000", "arivo": "1000", "سوه": "100", "زره": "1000",
    **dict.fromkeys(("ಸಾವಿರ", "ಸಾವಿರದ"), "1000")}
#: round 42 (r42numbers): words that multiply the unit said right AFTER them, as Swahili says a hundred and a thousand
#: ("mia tano" 500, "elfu nne" 4000; "mia" alone 100): read only before or after a Swahili number word ("mia" is the
#: Italian "my"), each its multiplier
TIMES_THE_UNIT_AFTER_WORDS: dict[str, str] = {"mia": "100", "elfu": "1000"}
#: round 42 (r42numbers): the "and" said between a ten and its unit that is an everyday word too, read only after a
#: ten of its language, by the language of :data:`MORE_GROUP_NUMBER_WORDS` (Romanian "si" is also the pinyin four,
#: Swahili "na" is "with": "kumi na saba" 17)
AND_AFTER_TENS_OF: dict[str, str] = {"si": "romanian", "na": "swahili"}
#: round 43 (r43phones): the "and" said between two words of one number that is an everyday word too (Maltese "u",
#: Basque "eta", Malagasy "amby" and "ambin'ny": "ħamsa u ħamsin" 55, "ehun eta hogeita hiru" 123, "efatra amby
#: efapolo" 44), read only between two number words of its language of :data:`LATIN_DIGIT_WORDS` and
#: :data:`MORE_GROUP_NUMBER_WORDS` (Catalan "u" is one elsewhere)
AND_BETWEEN_NUMBER_WORDS_OF: dict[str, str] = {"u": "maltese", "eta": "basque", "amby": "malagasy",
                                               "ambin'ny": "malagasy", "ambinny": "malagasy"}
#: round 43 (r43phones): the Basque tens of twenty said before more, which add the number of 1 to 19 after them
#: ("berrogeita hamabost" 55, "hogeita hiru" 23, "hogeita hamar" 30), folded (their values are the group words')
SCORES_BEFORE_MORE: frozenset[str] = frozenset({"hogeita", "berrogeita", "hirurogeita", "laurogeita"})
#: round 43 (r43phones): the Pashto tens said after their unit with no "and" ("پنځه پنځوس" 55, "دوه ویشت" 22), as
#: written: one number with the unit before them
TENS_SAID_AFTER_THEIR_UNIT: frozenset[str] = frozenset({"ویشت", "دېرش", "دیرش", "څلوېښت", "څلویښت", "پنځوس", "شپېته",
                                                        "شپیته", "اویا", "اتیا", "نوي"})
#: round 42 (r42numbers): the Hebrew units in the construct form said before "אלפים" ("ארבעת אלפים" 4000), as written
HEBREW_UNITS_BEFORE_THOUSANDS: dict[str, str] = {"שלושת": "3", "ארבעת": "4", "חמשת": "5", "ששת": "6", "שבעת": "7",
                                                 "שמונת": "8", "תשעת": "9"}
#: round 41 (r41numbers): the multipliers that are everyday words too (English "bin", Indonesian "mie", noodles): no
#: number word where they stand alone, as at a seam between two messages (the others are: "0722 trei sute", "45 67")
EVERYDAY_MULTIPLIERS: frozenset[str] = frozenset({"bin", "mie", "alf", "tram"})
#: round 41 (r41numbers): a word that is one only before a multiplier (Romanian "o sută" 100, "o mie" 1000)
ONE_BEFORE_A_MULTIPLIER: dict[str, frozenset[str]] = {"o": frozenset({"suta", "mie"})}
#: round 41 (r41numbers): the "and" of Romanian and of Arabic in Latin letters between the words of one number
#: ("patruzeci și cinci" 45, "khamsa w 3ashrin" 25: the unit before the tens, as Arabic says it), as written; ASCII
#: "si" (also the pinyin four) is one only after a Romanian ten
NUMBER_AND_WORDS: frozenset[str] = frozenset({"și", "şi", "w", "wa", "wi", "we"})
ROMANIAN_ASCII_AND = "si"

# round 44 (r44digits): the owner's phone said digit by digit in words of a language no table above holds. Both sides
# read it by its shape alone: a run of words as long as the phone's digits (or their last seven or more) in which the
# same word stands where the same digit does and different words where different digits do. Only the owner's own
# digits are looked for, so prose has to mirror their pattern exactly; the guards below make that rarer still.

#: what may stand between two words of such a run: blanks, commas (Latin, Arabic, Ethiopic), hyphens and dashes, the
#: Ethiopic word space
PATTERN_WORD_GAPS = " \t\u00a0,\u060c\u1363\u1361\u2010\u2011\u2013\u2014-"
#: apostrophes and glottal marks that are letters of a word ("lo'u", "ch'usaq", Samoan and Tongan "ʻ")
PATTERN_WORD_MARKS = "'\u2019\u02bb\u02bc\u02bf"
#: the fewest digits of the owner's phone read so (a phone's subscriber part)
FEWEST_PATTERN_DIGITS = 7
#: the digits read so must repeat at least this often (digits minus distinct digits): a pattern with repeats is one
#: prose does not fall into by chance
FEWEST_PATTERN_REPEATS = 2
#: a digit's word is short; a longer word is prose
LONGEST_PATTERN_WORD = 12
#: function words that recur in any sentence: a run holding one is prose (digit words of a language without a table,
#: "ein", "een", "un", are left out; those of a table's language are read by the table)
PATTERN_STOP_WORDS: frozenset[str] = frozenset(word for words in (
    "the a an and or of to in on at is are was be it i you he she we they my your his her our their this that with for",
    "not no yes but so if as by from me him them do did have has had will would can may",
    "de la le les el los las et y e o u en des del al da do das di il lo gli und der die den dem",
    "eine ist nicht zu im mit von och att det som är og er ikke af til ja nee het van op",
    "и в на не что с по я он она мы вы они но а к у о из за то это как",  # Russian
    "мен сен ал биз силер алар жана менен бу ушул да дагы эмес",  # Kyrgyz
    "ман ту вай мо шумо онҳо ва дар аз ба бо ки ин он ҳам",  # Tajik
    "ma na ai ia lea mai atu ou 'o ʻo",  # Samoan and Tongan
    "ka pa chay kay mana manam qam pay",  # Quechua
    "û ez tu ew em hûn ji li bi di ne ku vê wê jî",  # Kurmanji
    "ye ya ọ ha anyị m gị",  # Igbo
    "tað hetta eg tú hann hon vit tit teir í á við frá ikki var",  # Faroese
    "ass net ech hien si mir dir mat vun fir",  # Luxembourgish
    "ער זי מיר איר איך דו און אין אויף פון מיט נישט ניט איז דער די דאס א אַ",  # Yiddish
    "بۇ ئۇ مەن سەن بىز سىلەر ۋە بىلەن ئەمەس دە دا",  # Uyghur
    "ኣነ ንስኻ ንሱ ንሳ ንሕና እዚ እቲ ከምኡ ኣብ ካብ ምስ",  # Tigrinya
) for word in words.split())
