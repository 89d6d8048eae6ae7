"""Named days as vocabulary shared by the redactor and the leak check: a named day with its year is a date.

"Diwali 2024", "MLK Day 2025", "Thanksgiving 2024" name one day of one year as surely as "2024-11-01" (HIPAA Safe
Harbor: every element of a date but the year). The fixed-date holidays are :mod:`features.deid.calendars`'s (one
home); the holidays whose date moves with the year (lunar, lunisolar, "the fourth Thursday") are listed here. Names
are folded, lower case, for a case-insensitive pattern; the redactor (:mod:`features.deid.more_shapes`) and the
check (:mod:`features.deid.leakshapes`) each look for one before a year in their own way.
"""

from __future__ import annotations

import functools
import re

from features.deid.calendars import BIRTHDAY_ONLY_HOLIDAYS, MORE_BIRTH_PHRASES, MORE_BIRTH_WORDS, any_holiday
from features.deid.patterns import first_character_gate

#: holidays and named days whose Gregorian date moves from year to year (US federal Monday holidays, Christian,
#: Jewish, Muslim, Hindu, Buddhist and East Asian feasts), folded
MOVABLE_HOLIDAYS = (
    r"thanksgiving(?:[ \t]+day)?|(?:mlk|martin[ \t]+luther[ \t]+king(?:[ \t]+jr\.?)?)(?:[ \t]+jr\.?)?[ \t]+day",
    r"presidents?'?[ \t]+day|memorial[ \t]+day|labou?r[ \t]+day|columbus[ \t]+day|indigenous[ \t]+peoples'?[ \t]+day",
    r"mother'?s[ \t]+day|father'?s[ \t]+day|black[ \t]+friday|cyber[ \t]+monday|super[ \t]+bowl(?:[ \t]+sunday)?",
    r"easter(?:[ \t]+(?:sunday|monday))?|good[ \t]+friday|holy[ \t]+(?:thursday|saturday)|palm[ \t]+sunday",
    r"ash[ \t]+wednesday|mardi[ \t]+gras|shrove[ \t]+tuesday|pentecost|whitsun|ascension[ \t]+day|semana[ \t]+santa",
    r"passover|pesach|rosh[ \t]+hashan?ah?|yom[ \t]+kippur|hanukk?ah|chanukk?ah|purim|sukkot|shavuot",
    r"eid(?:[ \t-]+(?:al|ul|el)[ \t-]*(?:fitr|adha|kabir|saghir))?|ramadan|ramazan|bayram|mawlid|ashura",
    r"diwali|deepavali|divali|holi|navratri|dussehra|durga[ \t]+puja|raksha[ \t]+bandhan|janmashtami|pongal|onam",
    r"vesak|wesak|lunar[ \t]+new[ \t]+year|chinese[ \t]+new[ \t]+year|spring[ \t]+festival|tet|seollal|chuseok",
    r"mid[ \t-]+autumn[ \t]+festival|dragon[ \t]+boat[ \t]+festival|nowruz|norooz|songkran|obon|kwanzaa",
)


@functools.lru_cache(maxsize=1)
def named_days() -> str:
    """Every named day, fixed-date (:func:`features.deid.calendars.any_holiday`) and movable, as one alternation of
    folded names (for a case-insensitive pattern; the fixed days' groups are kept, unread)."""
    movable = "|".join(MOVABLE_HOLIDAYS)
    return rf"(?:{any_holiday()[0].pattern}|\b{first_character_gate(movable, re.IGNORECASE)}(?:{movable})\b)"


#: round 35 (r35days): the words of a festive greeting before a named day ("Joyeux Noël", "Feliz Día de Reyes", "Happy
#: Diwali", "Frohe Weihnachten", "Veselé Vánoce", "Shubh Deepavali", "Selamat Hari Raya"), folded, lower case: a
#: person the NER finds as such a greeting and a named day is the day, greeted
FESTIVE_GREETINGS = frozenset((
    "happy", "merry", "joyeux", "joyeuse", "joyeuses", "bon", "bonne", "bonnes", "feliz", "felices", "buon", "buona",
    "buone", "frohe", "frohes", "frohen", "frohliche", "frohliches", "gesegnete", "gesegnetes", "vesele", "vesel",
    "wesolych", "sretan", "sretna", "srecan", "srecna", "gledelig", "glaedelig", "god", "gott", "hyvaa", "boas", "boa",
    "shubh", "subh", "selamat", "maligayang", "manigong", "chuc", "mutlu", "iyi", "fijne", "prettige", "gelukkig",
    "gelukkige", "zalig", "kala", "kalo", "kali", "s"))
#: round 35 (r35days): the words of a festive greeting after a named day ("Diwali Mubarak", "Eid Mubarak", "Diwali ki
#: badhai", "Christmas greetings"), folded, lower case
FESTIVE_GREETINGS_AFTER = frozenset(("mubarak", "mubarik", "greetings", "wishes", "ki", "ke", "badhai", "badhaai",
                                     "shubhkamnayein", "shubhkamnaye", "ho",
                                     # round 43: Mubarak in the scripts of South Asia, folded ("ਦੀਵਾਲੀ ਮੁਬਾਰਕ")
                                     "mubark", "meabark", "mobarak", "mubaarak"))
#: round 22: seasons of fasting or feasting spoken of around medicines ("fasting for Lent", "during Navratri I fast",
#: "Ramadan starts next week so I take metformin at night"), besides :data:`MOVABLE_HOLIDAYS`; folded. Only for reading
#: a found person or place as one of these: no date (a season is no day)
FASTING_SEASONS = (
    r"lent|great[ \t]+lent|advent|ramzan|ramadhan|ramazan|navaratri|karva[ \t]+chauth|karwa[ \t]+chauth|ekadashi",
    r"(?:ramadan|ramzan|eid)[ \t]+(?:mubarak|kareem)|shabbat|sabbath|tisha[ \t]+b['’]?av|paryushana?|uposatha",
    r"nineteen[ \t]+day[ \t]+fast|ganesh[ \t]+chaturthi",
    # round 37: the Turkish feasts in their cases ("Ramazan Bayramı", "Bayramda", "Kurban Bayramı'nda", "Şeker
    # Bayramından sonra"), the Russian ones in theirs, folded ("После Масленицы": "Posle Maslenitsy", "на Пасху") and as
    # written (the check reads Cyrillic unfolded)
    r"(?:(?:ramazan|kurban|seker|şeker|kadir|regaip|mevlid|cumhuriyet)[ \t]+)?bayram(?:[ıi]n?)?"
    r"(?:['’]?n?(?:d[ae]n?|[ae]|[ıi]n))?",
    r"(?:uraza|kurban|ураза|курбан)[ \t-]+(?:ba[iy]ram|байрам)\w*",
    r"maslenits(?:a|y|e|u|ei|ej|oi|oj)|маслениц(?:а|ы|е|у|ей|ой)|paskh(?:a|i|e|u|oi|oj)|пасх(?:а|и|е|у|ой)",
    r"velikden|велик(?:ий|ого|ому)?[ \t]+п(?:ост|оста|осту|остом)|великдень|великодн(?:я|ю|і)",
    r"troits(?:a|y|e|u)|троиц(?:а|ы|е|у)|kurban[ \t]+bayrami|hari[ \t]+raya(?:[ \t]+(?:aidilfitri|haji|puasa))?",
    r"lebaran|idul[ \t]+fitri|idul[ \t]+adha|sviatki|святки",
    # round 38: the Nordic midsummer and Easter in their cases (Finnish "Juhannuksena", "juhannusaattona",
    # "Pääsiäisenä", "Vappuna"; Swedish "Midsommarafton", "påskafton"; Norwegian "sankthansaften"), the Polish Holy
    # Week ("Wielki Piątek", "Wielkanoc"), the German "Karfreitag", the meals of Ramadan ("Iftar", "Sehri", "Suhoor"),
    # folded
    r"juhannu(?:s|ksena|ksen|kseen|ksella|ksesta|kselle|kseksi)|juhannusaatto(?:na|a|n)?|juhannusviikonloppuna",
    r"paasiai(?:nen|sena|sen|seen|sella|sesta)|vappu(?:na|a|n)?|joulu(?:na|ksi|sta|lle|n|aattona)?",
    r"midsommar(?:afton|aftonen|dag|dagen|en|helgen)?|paskafton|julafton|nyarsafton|sankthans(?:aften)?",
    r"wielk(?:i|iego|im)[ \t]+(?:piatek|piatku|czwartek|czwartku|tydzien|tygodniu)|wielk(?:a|iej)[ \t]+(?:sobota|sobote"
    r"|sobocie|noc)|wielkanoc(?:y|a)?|karfreitag|ostern|ostersonntag|ostermontag|pfingsten",
    r"iftar(?:i)?|sehri|sehar|suhoor|suhur|sahur|sahoor",
    # round 39 (r39words): a saint's feast in French, said with its article ("à la Saint-Jean", "la Saint-Martin", "la
    # Sainte-Catherine"; a town of the saint takes none: "à Saint-Martin"), folded
    r"la[ \t]+(?:saint|sainte|st|ste)[ \t-]+[a-z]+",
)
#: round 40 (r40feasts): feasts and named days in many languages that the 39th black-box round and a few hundred made-up
#: adherence messages saw the NER take for a person or a place ("on Victoria Day", "en Jueves Santo", "Tijdens
#: Pinksteren", "Waktu Waisak", "در عید قربان"), folded, lower case (the scripts as :func:`features.deid.normalize.
#: fold_text` writes them: Arabic and Persian as consonants, "`yd qrbn"; Chinese as pinyin, "ZhongQiuJie"; Korean
#: romanised). Read, as :data:`FASTING_SEASONS`, only to read a found person or place as the day: no date is read from
#: them. A feast that is a given name, a surname or a town alone stays out (Nikolaus, Silvester, Sylwester, Lucia,
#: Valborg, Toussaint, Pasqua, Kandil, Yalda, Natal, Corpus Christi, Muharram), read only in a longer form ("la
#: Toussaint", "Kandil gecesi", "a Pasqua", "Valborgsmässoafton") or by the words before it
#: (:mod:`features.deid.calendars`): "Valborg called me" is a person.
MORE_FEASTS = (
    # English
    r"victoria[ \t]+day|remembrance[ \t]+day|veterans'?[ \t]+day|juneteenth|family[ \t]+day|australia[ \t]+day",
    r"anzac[ \t]+day|bonfire[ \t]+night|guy[ \t]+fawkes[ \t]+night|pancake[ \t]+day|twelfth[ \t]+night|"
    r"all[ \t]+saints'?[ \t]+day|all[ \t]+souls'?[ \t]+day|(?:st\.?|saint)[ \t]+patrick'?s[ \t]+day|"
    r"valentine'?s[ \t]+day|new[ \t]+year'?s(?:[ \t]+(?:eve|day))?|christmas[ \t]+(?:eve|day)|thanksgiving[ \t]+weekend",
    # Spanish
    r"(?:jueves|viernes|sabado|domingo)[ \t]+(?:santo|de[ \t]+gloria|de[ \t]+resurreccion|de[ \t]+ramos)|"
    r"miercoles[ \t]+de[ \t]+ceniza|noche[ \t]*vieja|nochebuena|las[ \t]+posadas|feria[ \t]+de[ \t]+abril|"
    r"dia[ \t]+de[ \t]+(?:la[ \t]+madre|el[ \t]+padre|los[ \t]+(?:santos[ \t]+)?inocentes|la[ \t]+candelaria|"
    r"(?:los[ \t]+)?(?:fieles[ \t]+)?difuntos|todos[ \t]+los[ \t]+santos)|carnaval|carnavales",
    # Portuguese
    r"(?:quinta|sexta)[ \t-]+feira[ \t-]+santa|quarta[ \t-]+feira[ \t-]+de[ \t-]+cinzas|"
    r"dia[ \t]+d[aeo]s?[ \t]+(?:maes|mae|pais|pai|finados|criancas|namorados)|finados|festas?[ \t]+juninas?|"
    r"reveillon|pascoa",
    # Italian
    r"pasquetta|ferragosto|befana|epifania|ognissanti|capodanno|carnevale|vigilia(?:[ \t]+di[ \t]+natale)?|"
    r"festa[ \t]+della[ \t]+(?:repubblica|mamma|liberazione)|festa[ \t]+del[ \t]+papa|(?:a|di|dopo|prima[ \t]+di)[ \t]+pasqua",
    # Dutch
    r"pinksteren|pasen|paasdag|tweede[ \t]+(?:paasdag|pinksterdag|kerstdag)|eerste[ \t]+kerstdag|kerst(?:mis|avond)?|"
    r"koningsdag|sinterklaas(?:avond)?|oudejaarsavond|oud[ \t]+en[ \t]+nieuw|bevrijdingsdag|hemelvaart(?:sdag)?|"
    r"suikerfeest|offerfeest|goede[ \t]+vrijdag|moederdag|vaderdag",
    # German
    r"nikolaus(?:tag|abend)|heiligabend|fasching|karneval|fastnacht|rosenmontag|fronleichnam|allerheiligen|"
    r"christi[ \t]+himmelfahrt|himmelfahrt|tag[ \t]+der[ \t]+deutschen[ \t]+einheit|muttertag|vatertag|erntedank(?:fest)?",
    # French
    r"la[ \t]+toussaint|(?:le[ \t]+)?reveillon|la[ \t]+chandeleur|chandeleur|l['’]ascension|"
    r"(?:la[ \t]+)?pentecote|paques|(?:le[ \t]+)?nouvel[ \t]+an|la[ \t]+fete[ \t]+des[ \t]+(?:meres|peres|rois)|"
    r"l['’]epiphanie|l['’]aid(?:[ \t-]+el[ \t-]+(?:kebir|fitr|adha))?",
    # Polish, Czech
    r"boze[ \t]+narodzenie|wigilia|wigilie|wszystkich[ \t]+swietych|boze[ \t]+cialo|tlusty[ \t]+czwartek|"
    r"dzien[ \t]+(?:matki|ojca|babci|dziadka)|andrzejki|zaduszki|trzech[ \t]+kroli|swieto[ \t]+niepodleglosci|vanoce",
    # Nordic
    r"valborg(?:smassoafton|safton|smassa)|kristi[ \t]+himmelsfard(?:sdag)?|trettondagen|trettondedag[ \t]+jul|"
    r"alla[ \t]+helgons[ \t]+dag|pask|nationaldagen|sankt[ \t]+hans",
    # round 41 (r41over): Valborg (a given name too) said with a preposition of time ("på valborg", "till Valborg")
    r"(?:pa|till|efter|fore|under|inför|infor)[ \t]+valborg",
    # Turkish, Azerbaijani (round 41: the feast nights by name, "Berat Kandili", and "Kandil gecesinde")
    r"kandil(?:[ \t]+gece(?:si|sinde|siydi|leri)|i|de|den)|(?:berat|regaip|regaib|mirac|mevlid|mevlit|kadir)[ \t]+"
    r"kandil(?:i|inde|ini|de|den)?|nevruz|novruz|yilbasi(?:nda)?|hidirellez",
    # Vietnamese, Indonesian and Malay
    r"tet[ \t]+(?:nguyen[ \t]+dan|trung[ \t]+thu|doan[ \t]+ngo)|trung[ \t]+thu|ram[ \t]+thang[ \t]+(?:bay|gieng)|"
    r"gio[ \t]+to(?:[ \t]+hung[ \t]+vuong)?|vu[ \t]+lan|giang[ \t]+sinh|"
    r"imlek|nyepi|waisak|malam[ \t]+(?:takbiran|tahun[ \t]+baru)|tahun[ \t]+baru|maulid(?:[ \t]+nabi)?|"
    r"isra[ \t]+mi['’]?raj|galungan",
    # Arabic and Persian, folded to their consonants
    r"`yd[ \t]+(?:ldh|ldha|lfTr|lftr|qrbn|fTr|ftr|lmyld)|lmwld[ \t]+lnbwy|shm[ \t]+lnsym|`shwr|rs[ \t]+lsnh|"
    r"nwrwz|nwrz|chhrshnbh[ \t]*swry|syzdh[ \t]*bdr|lyl[ \t]+lqdr",
    # Chinese (pinyin), Korean (romanised), Japanese (romanised)
    r"chuxi|chunjie|yuanxiaojie|zhongqiujie|duanwujie|qingmingjie|guoqingjie|shengdanjie|"
    r"eolininal|gwangbogjeol|hangeulnal|jeongwoldaeboreum|oshougatsu|obon|oomisoka",
    # round 42 (r42over): feasts of the peoples of the 41st black-box round's locales that the NER took for a person
    # or a place ("On Sizdah Bedar we had a picnic", "During Loy Krathong", "We went to Tbilisoba", "Shana Tova"):
    # Georgian, Armenian, Persian and Central Asian
    r"tbilisoba|mtskhetoba|giorgoba|alaverdoba|svetitskhovloba|vardavar|trndez|zatik|"
    r"siz(?:dah|deh)[ \t-]*(?:be|bi)dar|chahar[ \t-]*shanbe(?:h)?[ \t-]*s(?:u|oo)ri|shab[ \t-]*e[ \t-]*yalda|"
    r"no(?:w|ou|o)r(?:u|oo)z|navruz|nauryz|(?:ramazon|qurbon|ramazan|kurban)[ \t]+hayit[ıi]?|oraza[ \t]+ait",
    # Hebrew greetings and feasts in Latin letters
    r"shana(?:h)?[ \t]+tova(?:h)?|(?:chag|hag)[ \t]+same(?:a)?ch|shabbat[ \t]+shalom|simchat[ \t]+torah|"
    r"tu[ \t]+b['’]?i?sh?vat|lag[ \t]+ba['’]?omer|shemini[ \t]+atzeret|yom[ \t]+ha['’]?atzmaut",
    # Thai, Lao, Khmer and Burmese (and Thai as written: the check reads Thai unfolded; folded, "loykrathng")
    r"lo[iy][ \t]+kra(?:th|t)ong|yi[ \t]+peng|yee[ \t]+peng|(?:makha|visakha|asarnha|asahna)[ \t]+bucha|"
    r"khao[ \t]+phansa|ok[ \t]+phansa|pi[ \t]+mai(?:[ \t]+lao)?|choul[ \t]+chnam[ \t]+thmey|pchum[ \t]+ben|"
    r"thingyan|thadingyut|loykrathng|sngkrant|ลอยกระทง|สงกรานต์",
    # Bengali, Nepali, Sinhala, Tamil and the rest of South Asia (Bengali folded, "phela baisakh", and as written)
    r"(?:pohela|poila|pahela|phela)[ \t]+b(?:oi|ai)sh?akh|nobo[ \t]*borsho|(?:kali|saraswati|lakshmi)[ \t]+"
    r"puja|chhath(?:[ \t]+puja)?|bihu|ugadi|gudi[ \t]+padwa|baisakhi|vaisakhi|lohri|makar[ \t]+sankranti|"
    r"uttarayan|ganeshotsav|rath[ \t]+yatra|raja[ \t]+parba|dashain|tihar|teej|losar|(?:aluth[ \t]+)?avurudu|"
    r"esala[ \t]+perahera|puthandu|thai[ \t]+pongal|পহেলা[ \t]+বৈশাখ|পয়লা[ \t]+বৈশাখ",
    # Ethiopian and Eritrean, West and East African
    r"timk[ae]t|meskel|enkutatash|fasika|ileya|sallah[ \t]+(?:day|celebrations?)|homowo|odwira|"
    r"new[ \t]+yam[ \t]+festival|iri[ \t]+ji|(?:mashujaa|madaraka|jamhuri|heroes'?|heritage|freedom)[ \t]+day",
    # Baltic, Slavic and Slovene
    r"ivan[ \t]+kupala|kupala[ \t]+night|ligo[ \t]+(?:svetki|vakars)|janu[ \t]+diena|jaanipaev|kolyada|koliada|"
    r"krsna[ \t]+slava|vidovdan|badnji[ \t]+dan|baba[ \t]+marta|presernov[ \t]+dan|martinovanje|kurentovanje",
    # Japanese and Chinese named days in Latin letters
    r"tanabata|setsubun|shichi[ \t-]*go[ \t-]*san|golden[ \t]+week|qingming|tomb[ \t-]+sweeping[ \t]+day|"
    r"chongyang|qixi|lantern[ \t]+festival",
    # round 43 (r43over): greetings and feasts of the 42nd black-box round's languages that the NER took for a person
    # ("Nollaig shona daoibh", "Nadolig Llawen", "Meri Kirihimete", "عيد مبارك" folded "`yd mbrk", Somali "Soonka
    # Ramadaanka"): Irish, Welsh, Māori, Filipino, Somali; Eid greeted in the scripts of Arabic, Persian, Urdu,
    # Hindi, Bengali, Punjabi and Russian, folded
    r"nollaig(?:[ \t]+(?:shona|mhaith|bheag))?|oiche[ \t]+nollag|(?:an[ \t]+)?chaisc|la[ \t]+fheile[ \t]+padraig|"
    r"nadolig(?:[ \t]+llawen)?|blwyddyn[ \t]+newydd[ \t]+dda|dydd[ \t]+gwyl[ \t]+dewi|"
    r"meri[ \t]+kirihimete|kirihimete|hari[ \t]+huritau|matariki|ngahuru|"
    r"maligayang[ \t]+(?:pasko|bagong[ \t]+taon)|manigong[ \t]+bagong[ \t]+taon|bagong[ \t]+taon|noche[ \t]+buena|"
    r"(?:soonka[ \t]+)?ramadaan(?:ka|ta)?|ciid(?:da|ul)?(?:[ \t]+(?:fidri|adxa|wanaagsan|mubaarak))?|"
    r"`yd[ \t]+(?:mbrk|s`yd)|[ie]{1,2}d[ \t]+m(?:u|e|o)?(?:a)?bar(?:a|e|o)?k",
)


@functools.lru_cache(maxsize=1)
def named_day_or_season() -> re.Pattern[str]:
    """A named day (:func:`named_days`) or a fasting season (:data:`FASTING_SEASONS`), case-insensitive, for folded
    text: a person or place found that is one of these whole is the day or season, unless a title or relation word
    stands before it (round 22; "Mr. Ramadan" is a person). Each side reads the words before it in its own way."""
    seasons = "|".join((*FASTING_SEASONS, *MORE_FEASTS))
    # round 40: no word character before, not a word boundary: the folded Arabic "`yd qrbn" begins with a mark of ayin
    return re.compile(rf"(?:{named_days()}|(?<!\w){first_character_gate(seasons, re.IGNORECASE)}(?:{seasons})\b)",
                      re.IGNORECASE)


# --------------------------------------------------------------------------- a birthday said by a festival (round 24)
#: words that say a birth or a birthday before a festival's name ("born on", "nací en", "compleanno a", "geboren an",
#: "urodziłam się w"), folded, lower case, as regex alternatives: a birthday on a fixed-date festival is the month and
#: the day of a date of birth (HIPAA Safe Harbor), whoever's it is. ("naci" is the Spanish "I was born", folded.)
BIRTH_WORDS_BEFORE_A_FESTIVAL = (
    r"born|birthday|bday|b-day|birth|dob|naci(?:o|do|da|miento)?|cumple\w*|geboren|geburtstag|n[ée]e?|nat[oa]|"
    r"nascid[oa]|nasceu|nasci|anniversaire|compleanno|urodz\w*|aniversario|"
    # round 24 (r24fest2): Czech, romanised Japanese, Korean, Bengali and Hindi, Thai
    r"narod\w*|narozen\w*|tanjou?bi|tanjyoubi|umare\w*|saengil\w*|taeeona\w*|jonmo\w*|janam\w*|janma\w*|koet|kerd|"
    # round 25 (r25dates): the Spanish "cumplo (años)", the Portuguese "faço anos", the Italian "compio gli anni" (a
    # phrase of two or three words: "faço" alone is "I do"), Norwegian, Danish and Swedish, Vietnamese ("sinh", "sinh
    # nhật", "ngày sinh")
    r"cumplo|cumpli|cumplire|cumplira|cumplio|cumplia|(?:fa[cz]o|faz|fiz|fez|fazia|farei|fara)[ \t]+anos|"
    r"compi[oe][ \t]+(?:gli[ \t]+)?anni|f[oø]dt|f[oø]dd|f[oø]dselsdag\w*|bursdag\w*|sinh[ \t]+nhat|sinh|"
    # round 30 (r30numbers): the Dutch "jarig" (having one's birthday), "verjaardag"
    r"jarig|verjaardag\w*|"
    # round 31 (r31days): the birth words of more languages (:data:`features.deid.calendars.MORE_BIRTH_WORDS`)
    + "|".join((*MORE_BIRTH_WORDS, *MORE_BIRTH_PHRASES)).replace(" ", r"[ \t]+"))
#: the words that may stand between such a birth word and the festival ("my birthday is on the", "je suis né le jour
#: de", "urodziłam się w"), folded, lower case; the redactor takes five at most, the check as many
FESTIVAL_JOINING_WORDS: tuple[str, ...] = (
    "is", "was", "falls", "fell", "on", "at", "the", "day", "after", "before", "right", "just", "of", "en", "el", "la",
    "an", "am", "a", "le", "il", "di", "em", "no", "na", "au", "de", "del", "zu", "w", "we", "sie", "ma", "mam", "jest",
    "byl", "byla", "jour", "dia", "tag", "giorno", "es", "est", "ist", "e", "cae", "tombe", "fallt", "my", "mi", "mon",
    "mein", "meine", "mio", "moje", "moj", "es", "fue", "era", "war", "c'est", "c", "me", "ich", "yo", "je", "suis",
    "nel", "nella", "il", "dzien",
    # round 24 (r24fest2): Czech "narodil jsem se na", Japanese "tanjoubi wa", Korean "-e", Bengali "te amar"
    "jsem", "jsme", "se", "v", "ve", "wa", "ga", "ni", "hi", "eun", "neun", "i", "te", "amar", "amr", "mera",
    "meri", "mero", "vao", "dos", "das", "do", "da", "wan", "nai",
    # round 25 (r25dates): Spanish "cumplo años el", Portuguese, Norwegian "jeg er født på", "bursdagen min er",
    # Vietnamese "tôi sinh ngày", "sinh nhật tôi là (vào) ngày"
    "anos", "años", "er", "pa", "min", "mitt", "jeg", "ngay", "toi", "cua", "mung", "em", "anh",
    # round 30 (r30numbers): a day told from a festival ("the night before Christmas", "the eve of Nowruz", "two days
    # after Christmas", "a week before Valentine's"), the Dutch "jarig op", "de avond voor"
    "night", "eve", "evening", "morning", "days", "two", "three", "week", "op", "avond", "nacht", "dag", "voor", "na",
    "vor", "nach", "dem", "der", "im",
    # round 31 (r31days): Malay and Indonesian "lahir pada", Tagalog "ipinanganak ako noong", Greek (folded) "τον", "την",
    # "στις", Icelandic "fædd á", Estonian "ma sündisin", Urdu "paidaish ... ko", Swahili "siku ya", Zulu "ngomhla"
    "pada", "tanggal", "tgl", "saat", "hari", "ako", "ay", "noong", "sa", "ng", "ton", "tin", "tis", "ti", "sto", "stin",
    "stis", "toy", "tou", "thann", "eg", "mu", "on", "ko", "par", "pe", "ke", "hui", "hua", "ngomhla", "siku", "ya",
    "mnamo", "kwenye", "olen", "ben", "ja", "sam", "sunt", "m-am", "nascut", "adalah", "ialah", "merupakan", "saya",
    # round 34 (r34days): the Romanian "în" (folded "in": "m-am născut în Ajunul Crăciunului"), the Slovak "som" (I am:
    # "narodila som sa na prvý sviatok vianočný"), the Czech "o" ("o Vánocích", at Christmas), the Portuguese and
    # Spanish "feriado" (a public holiday: "nasci no feriado da Restauração")
    "in", "feriado", "som", "o",
    # round 35 (r35days): a day either side of a festival in more languages ("né le lendemain de Noël", "nací la
    # víspera de", "nací el día después de", "nato il giorno dopo", "urodziłam się dzień przed", "rođen dan posle";
    # not "veille" nor "véspera", whose eves of Christmas are names of their own: "la veille de Noël" is the 24th's),
    # the Mongolian "өдөр" (day: "Наадмын өдөр төрсөн"; folded "odor"), the Serbian "dan" and "sam" (I am)
    "lendemain", "vispera", "despues", "antes", "dopo", "prima", "depois", "przed", "po", "pre",
    "posle", "poslije", "dan", "odor", "өдөр", "des", "les",
    # the Serbian words as the check reads Cyrillic ("Рођен сам на Ђурђевдан")
    "сам", "на", "је", "се", "дан", "после", "пре")
#: words that make a festival before them a birthday ("a Christmas baby", "Nochebuena es mi cumple", "Christmas is my
#: birthday", "Silvester ist mein Geburtstag"), folded, lower case, as regex alternatives; joining words may stand
#: between (:data:`FESTIVAL_JOINING_WORDS`)
BIRTH_WORDS_AFTER_A_FESTIVAL = (
    r"baby|babies|birthday|bday|b-day|born|kid|child|cumple\w*|anniversaire|geburtstag\w*|compleanno|urodziny|"
    r"aniversario|nacimiento|"
    # round 24 (r24fest2): Czech, romanised Japanese, Korean, Bengali and Hindi, Thai
    r"narozeniny|narozen\w*|umare\w*|tanjou?bi|saengil\w*|taeeona\w*|taeeon\w*|jonmo\w*|janam\w*|janma\w*|kert|koet|"
    # round 25 (r25dates): Norwegian, Danish and Swedish, Vietnamese ("Quốc khánh là sinh nhật tôi")
    r"f[oø]dselsdag\w*|bursdag\w*|sinh[ \t]+nhat|"
    # round 30 (r30numbers): Dutch
    r"verjaardag\w*|jarig|"
    # round 31 (r31days): the birth words of more languages
    + "|".join((*MORE_BIRTH_WORDS, *MORE_BIRTH_PHRASES)).replace(" ", r"[ \t]+"))

#: names of fixed-date festivals in scripts without spaces between words (Chinese, Japanese, Korean), as written, by
#: (month, day) of the Gregorian year; their Latin names are :mod:`features.deid.calendars`'s
SCRIPT_FESTIVALS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("元旦", "元日", "お正月", "신정", "새해 첫날", "새해첫날"),
    (2, 14): ("情人节", "情人節", "バレンタインデー", "발렌타인데이", "밸런타인데이"),
    (5, 5): ("こどもの日", "子供の日", "子どもの日", "어린이날",
             # round 35 (r35days): Thailand's Coronation Day before 2019
             "วันฉัตรมงคล"),
    (6, 1): ("儿童节", "兒童節", "六一儿童节"),
    (10, 1): ("国庆节", "國慶節", "国庆", "國慶", "十一黄金周", "十一長假", "十一长假",
              # round 34 (r34days): Korea's Armed Forces Day
              "국군의 날", "국군의날"),
    (11, 11): ("光棍节", "光棍節", "双十一", "雙十一", "双11", "雙11"),
    (10, 10): ("双十节", "雙十節", "國慶日"),
    # round 24 (r24fest2): Japanese, Korean, Chinese, Thai and Bengali fixed-date festivals and national days
    (7, 7): ("七夕", "たなばた"),
    (3, 1): ("삼일절", "3·1절", "3.1절", "삼일운동 기념일"),
    (3, 3): ("ひな祭り", "ひなまつり", "雛祭り"),
    (5, 3): ("憲法記念日",),
    # round 34 (r34days): the Japanese Empire Day (紀元節, 11 February, now 建国記念の日) and Labour Thanksgiving Day
    # (新嘗祭 before 1948); Korea's Constitution Day, Arbor Day, Parents' Day and Teachers' Day, its Christmas by the
    # law's name
    (2, 11): ("建国記念の日", "建国記念日", "紀元節", "紀元节", "纪元节"),
    (11, 23): ("勤労感謝の日", "新嘗祭"),
    (7, 17): ("제헌절",), (4, 5): ("식목일",), (5, 8): ("어버이날",), (5, 15): ("스승의 날", "스승의날"),
    (11, 3): ("文化の日",
              # round 33 (r33days): Meiji's day (3 November from 1927; before, the emperor's birthday, 天長節)
              "明治節", "天長節"),
    # round 33 (r33days): the emperor's birthday as the Shōwa era kept it (29 April; 31 August in the Taishō era),
    # now Shōwa Day; the day of the war's end (15 August), in Japanese and in both Chinese scripts
    (4, 29): ("天長節", "昭和の日", "昭和節"),
    (8, 31): ("天長節",),
    (6, 6): ("현충일",),
    (8, 15): ("광복절", "終戦記念日", "終戦の日", "终战纪念日", "終戰紀念日"),
    (10, 3): ("개천절",),
    (10, 9): ("한글날",),
    (5, 1): ("劳动节", "勞動節", "メーデー", "근로자의 날", "วันแรงงาน"),
    (3, 8): ("妇女节", "婦女節"),
    (4, 13): ("สงกรานต์", "วันสงกรานต์"),
    (12, 5): ("วันพ่อ",),
    (8, 12): ("วันแม่",),
    (2, 21): ("একুশে ফেব্রুয়ারি", "একুশে", "শহীদ দিবস", "ভাষা দিবস"),
    (4, 14): ("পহেলা বৈশাখ", "পয়লা বৈশাখ"),
    (12, 16): ("বিজয় দিবস",),
    (3, 26): ("স্বাধীনতা দিবস",),
    (12, 24): ("平安夜", "クリスマスイブ", "クリスマス・イブ", "크리스마스 이브", "크리스마스이브"),
    (12, 25): ("圣诞节", "聖誕節", "圣诞", "聖誕", "クリスマス", "크리스마스", "성탄절", "기독탄신일"),
    (12, 31): ("大晦日", "大みそか", "跨年夜"),
    # round 35 (r35days): Thailand's Chakri Day, Coronation Day (4 May since 2019, 5 May before), Chulalongkorn Day
    # and Constitution Day; Korea's Memorial Day is above; Mongolia's Naadam in Mongolian script is Cyrillic (calendars)
    (4, 6): ("วันจักรี",), (5, 4): ("วันฉัตรมงคล",), (10, 23): ("วันปิยมหาราช",),
    (12, 10): ("วันรัฐธรรมนูญ",),
}
#: round 25 (r25dates): festivals Chinese calls by the month and the day's numerals run together ("我是十一出生的": the
#: National Day, 1 October; "五一" Labour Day, "六一" Children's Day, "三八" Women's Day): the numerals are a festival
#: only with no numeral, figure or counter beside them (:data:`NUMBER_FESTIVAL_NEIGHBOURS`: "十一月" November, "十一点"
#: eleven o'clock, "二十一" 21, "十一岁" eleven years old stay numbers); read beside a birth word as the others are
NUMBERED_SCRIPT_FESTIVALS: dict[tuple[int, int], tuple[str, ...]] = {
    (10, 1): ("十一",), (5, 1): ("五一",), (6, 1): ("六一",), (7, 1): ("七一",), (8, 1): ("八一",), (3, 8): ("三八",),
    (5, 4): ("五四",), (12, 12): ("双十二", "雙十二", "双12", "雙12"), (10, 10): ("双十", "雙十")}
#: the characters that make such numerals a number when they stand beside them: numerals, figures, and the counters
#: and units said after a number (month, day, hour, age, times, people, yuan, floors, pills, kilos, per cent)
NUMBER_FESTIVAL_NEIGHBOURS = frozenset(
    "0123456789０１２３４５６７８９〇零一二两兩三四五六七八九十百千万萬亿億廿卅双雙第初点點.%％:：/-"
    "月日号號时時岁歲个個年分秒位次天周週期届屆班楼樓层層路元块塊斤克粒片颗顆毫升倍遍名人回份张張条條本户戶栋棟室")
#: festivals on a fixed day of the lunisolar year (Chinese New Year and its eve, the Lantern, Dragon Boat and
#: Mid-Autumn festivals, Korean Seollal and Chuseok, Vietnamese Tết): a birthday on one is a lunar birthday, a day of
#: the year as surely; as written (scripts) and folded (Latin letters)
LUNAR_FESTIVALS_IN_SCRIPT: tuple[str, ...] = (
    "春节", "春節", "除夕", "元宵节", "元宵節", "端午节", "端午節", "中秋节", "中秋節", "旧正月", "설날", "추석", "단오",
    "정월 대보름", "대보름",
    # round 34 (r34days): Buddha's birthday in Korean (the eighth day of the fourth lunar month)
    "부처님오신날", "부처님 오신 날", "석가탄신일")
LUNAR_FESTIVALS = (
    r"lunar[ \t]+new[ \t]+year'?s?(?:[ \t]+(?:day|eve))?|chinese[ \t]+new[ \t]+year'?s?(?:[ \t]+(?:day|eve))?|"
    r"spring[ \t]+festival|seollal|chuseok|tet|mid[ \t-]+autumn[ \t]+festival|dragon[ \t]+boat[ \t]+festival|"
    r"lantern[ \t]+festival|chunjie|zhongqiu")
#: words for a birth or a birthday in those scripts ("生日", "誕生日", "生まれ", "出生", "생일", "태어났"): a festival
#: with one of them a few characters before or after it is a birthday ("元旦是我的生日", "こどもの日が誕生日です",
#: "생일이 설날이에요", "我出生在平安夜")
SCRIPT_BIRTH_WORDS: tuple[str, ...] = ("生日", "誕生日", "诞辰", "誕辰", "生まれ", "出生", "生于", "生於", "생일", "태어났",
                                       "태어난", "태어남", "탄생",
                                       # round 24 (r24fest2): Chinese "生的", Thai "เกิด", Bengali "জন্ম"
                                       "生的", "เกิด", "জন্ম", "জন্মদিন", "জন্মেছি")
#: round 35 (r35days): a birth word glued to a festival's name in those scripts, read only right after it: the Korean
#: "생" (born: "광복절생이에요", born on Liberation Day, as "1951년생" is born in 1951), with no syllable after it but a
#: particle or copula's (:data:`GLUED_BIRTH_PARTICLES`: "생활", life, "생각", a thought, are other words)
GLUED_SCRIPT_BIRTH_SUFFIXES: tuple[str, ...] = ("생",)
#: the syllables that may follow such a suffix ("생이에요", "생입니다", "생인", "생으로", "생은")
GLUED_BIRTH_PARTICLES = frozenset("이입인으은도")
#: how many characters of those scripts may stand between the festival and the birth word ("是我的", "が", "이 ")
SCRIPT_BIRTH_REACH = 6
#: round 34 (r34days): a year between the festival and the birth word is not counted in that reach ("紀元節 1951年に生まれました",
#: "1951年の明治節に生まれました"): figures of a year of birth and its "年" (or "년"), spaces either side, as a pattern
SCRIPT_YEAR_BETWEEN = r"[ \t]*(?:18|19|20)\d\d[ \t]*[年년]?[ \t]*"
#: the most characters such a year takes
SCRIPT_YEAR_LENGTH = 8


#: round 24 (r24fest2): festivals whose day is fixed but whose name alone is no safe date word (the Portuguese
#: "Natal" is also a city; "National Day", "Children's Day" fall on other days in other countries): read only as a
#: birthday beside a birth word ("nasceu no Natal de 1930", "born on National Day"), never as a named day with a year
BIRTHDAY_ONLY_FESTIVALS = (
    r"natal|national[ \t]+day|children'?s[ \t]+day|dia[ \t]+das[ \t]+criancas|dia[ \t]+del[ \t]+nino|"
    r"republic[ \t]+day|constitution[ \t]+day|independence[ \t]+movement[ \t]+day|"
    r"(?:jour|fete)[ \t]+nationale?|den[ \t]+nezavislosti|tag[ \t]+der[ \t]+kinder|kinder[ \t]*tag|"
    # round 34 (r34days): the dated days read so (the Finnish May Day's cases, "Columbus Day"), whoever's birthday
    + "|".join(BIRTHDAY_ONLY_HOLIDAYS.values()))


def script_festivals() -> tuple[str, ...]:
    """Every festival name of :data:`SCRIPT_FESTIVALS` and :data:`LUNAR_FESTIVALS_IN_SCRIPT`, longest first (so
    "クリスマスイブ" is read before "クリスマス")."""
    names = {name for names in SCRIPT_FESTIVALS.values() for name in names} | set(LUNAR_FESTIVALS_IN_SCRIPT)
    return tuple(sorted(names, key=len, reverse=True))


#: round 38 (r38feasts): the feasts of the calendars of South Asia as their scripts write them (Pongal, Sankranti,
#: Onam, Vishu, Ugadi, Deepavali and Diwali, Holi, Durga Puja, Navratri, Dussehra, Eid, Bakrid, Baisakhi, Lohri,
#: Uttarayan, Bihu, Pohela Boishakh, Christmas, Easter; not Ramzan, a given name too), as stems: these scripts write
#: a feast's case glued to it ("பொங்கலுக்கு", "ഓണത്തിന്", "দুর্গাপূজায়", "ಯುಗಾದಿಗೆ"), so a word opening with one is
#: the feast. A feast is no name: after a kin word it is an ordinary word for both sides, and a name before it ends
#: there ("மனைவி பிரியா பொங்கல்"). No stem is a given name's opening ("दीप" would be Deepak's: Deepavali is whole)
SCRIPT_FEAST_STEMS: tuple[str, ...] = (
    # Devanagari (Hindi, Marathi, Nepali)
    "होली", "होळी", "दिवाली", "दीवाली", "दीपावली", "दिवाळी", "ईद", "बकरीद", "नवरात्र",
    "दशहरा", "दशहरे", "दसरा", "विजयादशमी", "लोहड़ी", "बैसाखी", "वैसाखी", "संक्रांति", "संक्रान्ति", "पोंगल",
    "ओणम", "क्रिसमस", "ईस्टर", "रक्षाबंधन", "जन्माष्टमी", "गुड़ीपाडवा", "पाडवा", "करवाचौथ", "शिवरात्रि", "गणेशोत्सव",
    "उत्तरायण", "दशैं", "तिहार",
    # Bengali and Assamese
    "দুর্গাপূজ", "দুর্গাপুজ", "পুজো", "কালীপূজ", "কালীপুজ", "সরস্বতীপূজ", "ঈদ", "রোজার", "দীপাবলি",
    "দিওয়ালি", "হোলি", "দোলযাত্র", "দোলপূর্ণিম", "বিহু", "পহেলা", "পয়লা", "নববর্ষ", "বড়দিন", "ইস্টার", "কোরবানি",
    "ক্রিসমাস",
    # Tamil
    "பொங்கல", "தைப்பொங்கல", "தீபாவளி", "பக்ரீத", "நவராத்திரி", "ஆயுதபூஜை", "கிறிஸ்துமஸ",
    "ஈஸ்டர", "சங்கராந்தி", "புத்தாண்ட", "ஓணம", "ஓணத்",
    # Gujarati
    "દિવાળી", "દીવાળી", "ઉત્તરાયણ", "ઉતરાયણ", "હોળી", "ધુળેટી", "નવરાત્ર", "ઈદ", "દશેરા",
    "જન્માષ્ટમી", "ક્રિસમસ", "સંક્રાંતિ",
    # Odia
    "ରଥଯାତ୍ରା", "ଦଶହରା", "ଦୀପାବଳି", "ହୋଲି", "ଦୋଳଯାତ୍ରା", "ଈଦ", "ସଂକ୍ରାନ୍ତି",
    # Telugu
    "సంక్రాంతి", "ఉగాది", "దీపావళి", "దసరా", "హోలీ", "బక్రీద", "క్రిస్మస", "ఈస్టర", "శివరాత్రి",
    "బతుకమ్మ", "వినాయకచవితి", "పొంగల", "నవరాత్ర", "బోనాల",
    # Kannada
    "ದೀಪಾವಳಿ", "ಯುಗಾದಿ", "ಸಂಕ್ರಾಂತಿ", "ದಸರಾ", "ದಸರ", "ಹೋಳಿ", "ಬಕ್ರೀದ", "ಕ್ರಿಸ್ಮಸ", "ಈಸ್ಟರ", "ನವರಾತ್ರಿ",
    "ಶಿವರಾತ್ರಿ", "ಚೌತಿ", "ಓಣಂ",
    # Malayalam
    "ഓണ", "വിഷു", "ക്രിസ്മസ", "ദീപാവലി", "ബക്രീദ", "പെരുന്നാള", "ഈസ്റ്റർ", "ഈസ്റ്ററ", "നവരാത്രി",
    "ശിവരാത്രി", "തിരുവാതിര", "പൊങ്കാല",
    # Gurmukhi (Punjabi)
    "ਵਿਸਾਖੀ", "ਵੈਸਾਖੀ", "ਲੋਹੜੀ", "ਦੀਵਾਲੀ", "ਦਿਵਾਲੀ", "ਗੁਰਪੁਰਬ", "ਹੋਲੀ", "ਹੋਲਾ", "ਈਦ", "ਦੁਸਹਿਰ",
    "ਕ੍ਰਿਸਮਸ",
)
