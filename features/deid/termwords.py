"""Medical and everyday terms that look like a person's name or a place, as vocabulary shared by the redactor and the
leak check: eponyms of diseases, devices, tests and manoeuvres ("Holter monitor", "Foley catheter", "Epley
manoeuvre"), diseases and foods named after places ("West Nile virus", "Brussels sprouts", "Dijon mustard"), foods
after "with" ("with tea") and the nouns of a role or a record the NER tags as a person ("inmate", "patient", "ssn").
One-word symptoms ("Heartburn again") are :data:`features.deid.readingwords.SYMPTOMS_ALONE`.

The seventeenth black-box round found each of these redacted (clinical meaning lost) or read by the check as a name
where a person stands (a lake refused). Only words here: the redactor (:func:`features.deid.text._is_eponym`,
:func:`features.deid.text._is_a_term`) and the check (:mod:`features.deid.leakpeople`) read them with their own
patterns. Everything is lower case, accents dropped; an eponym is its surname's letters ("crohn" of "Crohn's").

The twentieth round added compound eponyms and the disease said before its eponym in other languages ("Guillain-Barré",
"enfermedad de Crohn", "Morbus Basedow"), plants named after a person ("St John's wort"), cheeses and foods named after
places spoken of as food ("Brie or Cheddar"), and everyday words of medication care in other languages ("Termin",
"bei Bedarf", "los lunes"), each with its source beside it.
"""

from __future__ import annotations

import unicodedata


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, split at white space."""
    return frozenset(text.split())


# Diseases, signs and syndromes named after a person ("Crohn's flare", "Barrett's esophagus", "Bell's palsy"): the
# name is the disease's, not a person's in the message. Those below are seldom anyone's surname in a message about
# medication, so the possessive alone tells; the second list are common surnames or places as well (Wilson, Bell,
# Huntington), kept only with a word of disease, device or scale after them (no "test": "Wilson test results" may
# be a person's). Written by hand from common clinical eponyms (ICD-10-CM's index names most of them; the devices
# and scores from everyday clinical use).
_EPONYMS_ALONE = """
    alzheimer alzheimers asperger aspergers behcet buerger burkitt creutzfeldt crohn crohns dupuytren ehlers danlos fabry
    gaucher gehrig guillain hashimoto hirschsprung hodgkin kaposi kawasaki korsakoff marfan meniere munchausen niemann
    osgood schlatter parkinson parkinsons peyronie pompe raynaud raynauds sjogren sjogrens stargardt takayasu tourette
    wegener wernicke willebrand wilms basedow kussmaul lou heimlich apgar epley holter
"""
_EPONYMS_WITH_DISEASE = """
    addison barrett bell bright charcot conn cushing down ewing graves huntington lyme paget pick reiter still tay sachs
    whipple wilson chagas brugada sheehan gilbert bechterew
    baker colles tietze foley glasgow doppler valsalva babinski snellen hickman nissen heberden
    trendelenburg romberg tinel phalen swan ganz pap fontan bouchard kernig brudzinski mcburney rovsing lachman
    mcmurray rinne hallpike semont daroff korotkoff papanicolaou coombs ziehl tensilon adie horner
    horton
"""
#: eponyms a possessive alone says are a disease ("my dad has Parkinson's")
EPONYMS_ALONE = frozenset(_EPONYMS_ALONE.split())
#: round 23: the words right before a disease that say one is had or found ("diagnosed with Ménière", "dx Hashimoto",
#: "suffers from Sjögren"): an eponym of :data:`EPONYMS_ALONE` after them, its possessive unwritten, is the disease
#: (lower case, one space between words; each side reads them with its own pattern, not after a title)
DIAGNOSIS_CUES = frozenset({
    "diagnosed with", "diagnosis of", "diagnosed", "dx", "dx of", "dx:", "suffers from", "suffering from",
    "history of", "hx of", "living with", "treated for", "tested for", "positive for", "screened for",
    "hx", "h/o",
})
#: round 24: the cues of :data:`DIAGNOSIS_CUES` that name a diagnosis outright ("dx Addison", "hx of Graves, on
#: methimazole", "history of Cushing"): after them every eponym of :data:`EPONYMS` is the disease, even one that is a
#: common surname too; not "living with", "suffers from" or "diagnosed" alone, after which a person may follow
#: ("living with Wilson")
DIAGNOSIS_CUES_FOR_ANY_EPONYM = (DIAGNOSIS_CUES - frozenset({"living with", "suffers from", "suffering from",
                                                              "diagnosed"})
                                 # round 24 (r24keep2): one's own or the family's past illnesses headed so ("FHx
                                 # Alzheimer (mom)", "pmh: Dupuytren"), a history named outright
                                 | frozenset({"fhx", "fhx:", "fh", "fh:", "pmhx", "pmhx:", "pmh", "pmh:", "h/o:",
                                              "hx:", "family history of", "family hx of", "fhx of"}))
#: round 25: headings of one's past illnesses in the languages patients and carers write ("Vorerkrankungen: ...",
#: "antecedentes: ...", "antécédents : ...", "comorbidities: ..."), with and without their colon; with the cues of
#: :data:`DIAGNOSIS_CUES_FOR_ANY_EPONYM` they head a list of diagnoses, and every eponym that makes a whole item of the
#: comma list after one is the disease ("pmh: HTN, DM2, CKD3, hypothyroid, Hashimoto, Parkinson")
HISTORY_HEADINGS = frozenset(f"{word}{colon}" for word in (
    "vorerkrankungen", "vorgeschichte", "anamnese", "diagnosen", "nebendiagnosen", "antecedentes", "antecedentes de",
    "antécédents", "antecedents", "antécédents de", "antecedenti", "antecedentes pessoais", "comorbidities",
    "comorbidades", "comorbilidades", "comorbidités", "comorbidites", "komorbiditäten", "komorbiditaten",
    "diagnoses", "diagnósticos", "diagnosticos", "problem list", "past history", "medical history",
    "voorgeschiedenis", "choroby", "choroby przewlekłe", "historia", "pmh", "hx", "dx", "fhx", "h/o",
) for colon in ("", ":", " :"))
DIAGNOSIS_CUES_FOR_ANY_EPONYM |= HISTORY_HEADINGS
#: round 26: the words of having a disease right before an eponym of :data:`EPONYMS_ALONE` ("she has Sjögren and dry
#: eyes", "tengo Hashimoto", "ich habe Basedow"), unless a person's verb follows it ("has Hashimoto called?"); not for
#: every eponym ("has Wilson over" may be a person), nor words that are also "but" ("ma") or "to" ("a")
HAVING_CUES = frozenset({
    "has", "have", "had", "having", "i have", "she has", "he has", "tengo", "tiene", "tenía", "tenia", "padezco",
    "padece", "habe", "hat", "hatte", "leide an", "leidet an", "ho", "soffro di", "soffre di", "j'ai", "souffre de",
    "heeft", "tenho",
})
#: round 26: what someone's disease does or is, right after an eponym of :data:`EPONYMS_ALONE` ("Sjogren is worse this
#: week", "Crohn flaring again", "Hashimoto under control"): the eponym is the disease (each side reads the verb of being
#: before these with its own pattern)
CONDITION_STATES = frozenset({
    "worse", "flaring", "flared", "flares", "flare", "acting up", "playing up", "under control", "in remission",
    "uncontrolled", "worsening", "peggiorato", "peggiorata", "schlimmer", "empeorado", "empeorando", "pire",
})
#: round 26: the words of a clinic, a nurse or a service named after the disease it treats ("Addison's clinic", "Down
#: syndrome clinic", "Parkinson's nurse", "Huntington's disease society"): lower case, accents as written
CLINIC_WORDS = _words("""
    clinic clinics center centre centers centres unit service services team nurse nurses specialist specialists
    foundation society association trust charity program programme group groups
    klinik ambulanz sprechstunde ambulatorio consulta consultorio clínica clinica clinique centro policlinico
""")
#: the eponyms a clinic, a nurse or a service of :data:`CLINIC_WORDS` is named after, its possessive or a word of
#: :data:`DISEASE_WORDS` between ("Addison's clinic", "Cushing clinic"): those of :data:`EPONYMS_ALONE` and the
#: eponyms of a disease that are seldom a surname in these messages; a common surname ("Wilson's clinic", "Bell
#: clinic") is a doctor's practice, a third party (recall first)
EPONYMS_OF_A_CLINIC = EPONYMS_ALONE | _words("""
    addison cushing graves huntington paget lyme chagas brugada sheehan bechterew down tay sachs charcot
""")
#: round 24: the words of someone's own disease before an eponym of :data:`EPONYMS_ALONE` ("my Sjogren dry eyes are
#: worse", "her Crohn is flaring"), and the eponyms read so, but for a given name ("my Lou" is a person)
OWNER_WORDS = frozenset({"my", "his", "her", "their", "our", "your"})
EPONYMS_AFTER_AN_OWNER = EPONYMS_ALONE - frozenset({"lou"})
#: every eponym, read as one only before a word of :data:`DISEASE_WORDS` where not in :data:`EPONYMS_ALONE`
EPONYMS = EPONYMS_ALONE | frozenset(_EPONYMS_WITH_DISEASE.split())
#: round 24 (r24keep2): an eponym's possessive that closes an item of a list or a sentence ("I have Addison's, Graves'
#: and Raynaud's", "she has Huntington's."), no noun after it as after a person's ("Wilson's car"), is the disease
#: named so, whatever the eponym (lower case; each side reads it with its own pattern)
POSSESSIVE_EPONYM_ENDS = frozenset({",", ";", ".", ")", "!", "?", "and", "or", "y", "e", "und", "et"})
#: words that say the eponym before them is a disease, a device, a test or a manoeuvre ("Wilson's disease",
#: "Barrett's esophagus", "Addison's flare", "Holter monitor", "Foley catheter", "Glasgow scale", "Epley manoeuvre")
DISEASE_WORDS = _words("""
    disease diseases syndrome syndromes palsy disorder sarcoma lymphoma tumor tumour phenomenon esophagus oesophagus
    chorea ulcer contracture encephalopathy thyroiditis anomaly dementia cyst fracture sign triad flare flares flared
    flareup flare-up crisis symptoms symptom meds medication medications treatment diagnosis dx tremor tremors disease's
    monitor monitors catheter catheters cath manoeuvre manoeuvres maneuver maneuvers maneuvre score scores scale
    scales procedure reflex reflexes smear stain nodes node shunt fundoplication coma
    virus krankheit syndrom zeichen
""")

# Round 20 (the twentieth black-box round found "Guillain-Barré", "Epstein-Barr virus", "enfermedad de Crohn", "Morbus
# Parkinson", "síndrome de Down" and "sindrome di Sjögren" redacted as persons): eponyms of two or three surnames, and
# the words of other languages that name the disease before its eponym. Written by hand from common clinical eponyms
# (ICD-10-CM's index and the ICD-10 German, French, Spanish and Italian editions name them so).
#: eponyms of several surnames read as one disease even alone ("history of Guillain-Barré", "Epstein-Barr titers"):
#: surnames seldom joined so in anybody's name; each is its words, lower case, accents dropped
EPONYM_COMPOUNDS_ALONE = frozenset(tuple(compound.split("-")) for compound in (
    "guillain-barre", "epstein-barr", "creutzfeldt-jakob", "ehlers-danlos", "osgood-schlatter",
    "charcot-marie-tooth", "wolff-parkinson-white", "legg-calve-perthes", "niemann-pick", "tay-sachs",
    "gougerot-sjogren", "zollinger-ellison", "mallory-weiss", "prader-willi", "lesch-nyhan", "peutz-jeghers",
    "von-hippel-lindau", "von-willebrand", "budd-chiari", "arnold-chiari", "klippel-feil", "dandy-walker",
    "kearns-sayre", "crigler-najjar",
))
#: eponyms of several surnames that are common surnames joined as a double surname may be ("Stevens-Johnson",
#: "Dubin-Johnson"): a disease only with a word of disease beside them ("Stevens-Johnson syndrome")
EPONYM_COMPOUNDS = EPONYM_COMPOUNDS_ALONE | frozenset(tuple(compound.split("-")) for compound in (
    "stevens-johnson", "dubin-johnson", "brown-sequard", "lown-ganong-levine",
))
#: the longest of :data:`EPONYM_COMPOUNDS`, in words
EPONYM_COMPOUND_WORDS = max(len(compound) for compound in EPONYM_COMPOUNDS)
#: words of Spanish, French, Italian, German and Portuguese that name a disease, a syndrome, a sign or a test before
#: its eponym ("enfermedad de Crohn", "maladie de Parkinson", "morbo di Crohn", "Morbus Basedow", "síndrome de Down",
#: "signe de Babinski", "linfoma de Hodgkin"), and English ones said so ("syndrome of Cushing"); accents dropped.
#: Round 28 (the twenty-eighth black-box round: "Choroba Hashimoto" redacted): Polish and Dutch ("Choroba Hashimoto",
#: "zespół Sjögren", "ziekte van Parkinson"; not an eponym's Polish case ending, "zespół Sjögrena")
DISEASE_WORDS_BEFORE = _words("""
    enfermedad enfermedades sindrome sindromes signo prueba maniobra linfoma sarcoma tiroiditis demencia mal
    maladie maladies syndrome syndromes signe manoeuvre lymphome sarcome thyroidite demence
    malattia malattie morbo sindrome segno manovra linfoma tiroidite
    morbus syndrom zeichen doenca
    choroba zespol ziekte
""")
#: the words that join a word of :data:`DISEASE_WORDS_BEFORE` to its eponym ("de", "d'", "di", "del", "von"): one of
#: them stands between, except after the words of :data:`DISEASE_WORDS_BEFORE_UNJOINED`
EPONYM_JOINS = _words("de d del di du des da do von van")
#: the words of disease that stand right before the eponym with no joining word: German's ("Morbus Crohn", "Morbus
#: Basedow") and Polish ones ("choroba Hashimoto", "zespół Sjögren")
DISEASE_WORDS_BEFORE_UNJOINED = _words("morbus choroba zespol")

# Round 30 (the lead's; found probing the eponyms of round 28 further): Slavic languages decline both the word of
# disease and the eponym after it ("mama ma chorobę Parkinsona", "u mamy болезнь Паркинсона", "синдром Дауна") or make
# the eponym an adjective before it (Czech "Parkinsonova nemoc", "Downův syndrom", "má Alzheimerovu chorobu"); each was
# redacted as a person, and some refused by the check. Written by hand from the Polish, Czech, Slovak, Russian and
# Ukrainian names of common eponymous diseases (the ICD-10's editions in those languages name them so).
#: Slavic words of disease or syndrome in their cases, right before an eponym and declining it (Polish, Czech, Slovak
#: in Latin letters, accents dropped; Russian and Ukrainian in Cyrillic, as written: each side folds them its way)
SLAVIC_DISEASE_WORDS = _words("""
    choroba chorobe choroby chorobie chorobo chorobou chorobu zespol zespolu zespolem zespole
    nemoc nemoci nemocou nemocou syndrom syndromu syndromem syndromom
    болезнь болезни болезнью синдром синдрома синдрому синдромом синдроме хвороба хворобу хвороби хворобою
    синдромі
""")
#: Slavic case endings an eponym takes after a word of :data:`SLAVIC_DISEASE_WORDS` ("Parkinsona", "Downa", "Паркинсона",
#: "Crohnem"): its letters are the eponym's and one of these
SLAVIC_EPONYM_ENDINGS = ("a", "u", "e", "ie", "em", "om", "owi", "ovi", "ym")
#: Czech, Slovak and Russian adjective endings that make an eponym the adjective of a word of :data:`SLAVIC_DISEASE_WORDS`
#: after it ("Parkinsonova nemoc", "Downův syndrom", "Alzheimerovu chorobu", "базедова болезнь"); accents dropped
SLAVIC_EPONYM_ADJECTIVE_ENDINGS = ("ova", "ovu", "ove", "ovy", "ovou", "ovo", "ovej", "uv", "ovoi", "ovoy", "ovym")
#: the same endings as Russian and Ukrainian write them, for the eponyms of :data:`CYRILLIC_EPONYMS` (the check reads
#: Cyrillic as written): a case's, then an adjective's ("Паркинсона", "базедова болезнь")
CYRILLIC_EPONYM_ENDINGS = ("а", "у", "е", "ом", "ым", "і", "ові")
CYRILLIC_EPONYM_ADJECTIVE_ENDINGS = ("ова", "ову", "овой", "ов", "ової", "ову")
#: eponyms as Russian and Ukrainian write them (lower case, in Cyrillic): read with the endings above like those of
#: :data:`EPONYMS`
CYRILLIC_EPONYMS = _words("""
    паркинсон альцгеймер даун крон хашимото аддисон кушинг базедов бехтерев рейно шегрен хантингтон грейвс ходжкин
    меньер бехчет пертес виллебранд вильсон туретт марфан гоше кавасаки такаясу вегенер педжет гентингтон
    паркінсон альцгеймер шегрен хашімото
""")

#: places that name a disease or a food before one of :data:`PLACE_NAMED_HEADS` ("West Nile virus", "Lyme disease",
#: "Brussels sprouts", "Dijon mustard", "Greek yoghurt", "Swiss chard"): the place is no town of the message's
PLACE_NAMED_WORDS = _words("""
    west nile lyme norwalk rocky mountain spotted brussels dijon greek swiss canadian french worcestershire jerusalem
    cayenne boston bibb romaine spanish german hong kong asian russian stockholm legionnaires coxsackie marburg lassa
    hendra nipah ross river japanese eastern western equine st louis murray valley parma parmesan cheddar bologna
    buffalo philly cajun tuscan mexican thai indian italian chinese turkish english irish scotch danish belgian
    tex mex california maine idaho florida georgia vidalia kalamata cornish welsh manchego gouda brie feta camembert
    seville
    virginia kentucky texas vermont wisconsin maryland alaska alaskan hawaiian louisiana memphis chicago new york
    carolina key lime
    ceylon darjeeling assam nilgiri kenyan kenya yunnan sumatra java kona jamaican colombian ethiopian arabian
    moroccan persian madras bombay peking szechuan sichuan hainanese cantonese singapore wiener vienna viennese
    bavarian kobe
""")
#: what a place of :data:`PLACE_NAMED_WORDS` names when one of these follows it
PLACE_NAMED_HEADS = _words("""
    virus viruses fever flu influenza measles disease encephalitis infection tick ticks outbreak vaccine shot
    sprouts mustard yoghurt yogurt chard cheese bacon fries toast sauce artichoke artichokes pepper peppers lettuce
    salad wings muffin muffins chicken rice oats pasta ham crackers potatoes potato onion onions olives tea coffee
    bread roll rolls dressing syndrome sausage steak orange oranges marmalade sandwich sandwiches
    peach peaches lobster lobsters crab crabs crabcakes salmon syrup cheesecake pizza bbq barbecue chili gumbo chowder
    clams oysters shrimp pecans cobbler apples cherries maple
    noodles curry duck schnitzel sausages cake pie tart pudding pasty bun buns chocolate beer wine honey cream lamb
    stew soup dumplings beef
""")
#: round 22: the words before a state's name that make it the place itself, no food's ("in Maine lobster season"
#: stays a place: recall first)
PLACE_PREPOSITIONS_BEFORE_FOOD = _words("in from to near at around")

#: round 20: cheeses and foods named after a place or a person, that matter to a medicine (tyramine of aged cheese with
#: an MAOI, vitamin K with warfarin, furanocoumarins of Seville oranges with statins): a food, no town or person, where
#: the message speaks of food about them (:data:`FOOD_CONTEXT_WORDS`, another food joined to them). The cheeses are
#: those of the EU's register of protected designations of origin (eAmbrosia) and the US FDA's standards of identity for
#: cheeses (21 CFR 133) that are also place names; accents dropped
FOODS_NAMED_AFTER_PLACES = _words("""
    brie camembert cheddar gouda edam stilton roquefort emmental emmentaler emmenthal gruyere parmesan parmigiano
    reggiano manchego feta gorgonzola mozzarella ricotta asiago pecorino provolone havarti jarlsberg limburger munster
    muenster wensleydale leicester gloucester cheshire lancashire caerphilly colby monterey jack comte raclette
    fontina taleggio appenzeller tilsit tilsiter limburg mascarpone burrata halloumi
    dijon bologna seville worcestershire cayenne parma
""")
#: words that say a message speaks of food (the context of :data:`FOODS_NAMED_AFTER_PLACES`)
FOOD_CONTEXT_WORDS = _words("""
    cheese cheeses fromage queso formaggio kase tyramine tyramin ate eat eats eating eaten food foods diet snack
    snacks sandwich sandwiches slice slices grated melted aged crackers cracker wine meal meals dinner lunch
    breakfast grapefruit marmalade
""")
#: round 20: plants and herbal remedies named after a person ("St John's wort", an inducer of CYP3A4 that lowers the
#: levels of many medicines), each its words in lower case, accents and apostrophes dropped; written by hand from the
#: NIH's Office of Dietary Supplements herb fact sheets and common names of medicinal plants
NAMED_PLANTS = frozenset(tuple(phrase.split()) for phrase in (
    "st johns wort", "st john wort", "saint johns wort", "saint john wort", "solomons seal", "queen annes lace",
    "joe pye weed", "jacobs ladder", "aarons rod", "adams needle", "robert herb", "herb robert"))
#: round 24: dishes, drinks, body parts and exercises named after a person or a place ("Earl Grey tea", "Eggs Benedict",
#: "Baked Alaska", "Beef Wellington", "Caesar salad", "Circle of Willis", "Kegel exercises"), each its words in lower
#: case, accents and apostrophes dropped: the thing itself, no person or place, unless a title or a person's verb
#: ("Earl Grey called") says a person; written by hand from everyday menus and anatomy
NAMED_THINGS = frozenset(tuple(phrase.split()) for phrase in (
    "earl grey", "lady grey", "eggs benedict", "egg benedict", "baked alaska", "beef wellington", "caesar salad",
    "caesar salads", "caesar dressing", "beef stroganoff", "chicken kiev", "peach melba", "waldorf salad", "cobb salad",
    "reuben sandwich", "sloppy joe", "sloppy joes", "bloody mary", "shirley temple", "granny smith", "graham crackers",
    "graham cracker", "salisbury steak", "oysters rockefeller", "pavlova", "circle of willis", "loop of henle",
    "islets of langerhans", "bundle of his", "adams apple", "achilles heel", "eustachian tube", "eustachian tubes",
    "fallopian tube", "fallopian tubes", "kegel exercises", "kegel exercise", "kegels", "kegel", "heimlich maneuver",
    "heimlich manoeuvre",
    # round 42 (r42over): cakes, dishes and drinks named after a person or a place ("Victoria sponge", "Wiener
    # Schnitzel"), the NER reading a given name or a town in them
    "victoria sponge", "victoria sandwich", "black forest cake", "black forest gateau", "battenberg cake",
    "bakewell tart", "eccles cake", "chelsea bun", "chelsea buns", "bath bun", "yorkshire pudding",
    "yorkshire puddings", "cornish pasty", "wiener schnitzel", "vienna sausage", "vienna sausages",
    "boston cream pie", "new york cheesecake", "peking duck", "singapore noodles", "swiss roll", "danish pastry",
    "turkish delight", "irish coffee", "scotch egg", "scotch eggs", "welsh rarebit", "dover sole", "eton mess",
    "mississippi mud pie", "dundee cake", "madeira cake", "melba toast", "crepes suzette", "tarte tatin",
    "napoleon cake", "charlotte russe", "margherita pizza", "pizza margherita", "lamington", "lamingtons",
    "sachertorte", "sacher torte", "linzer torte", "kiev cake", "olivier salad", "salat olivier", "kaiser roll",
    "kaiser rolls", "black forest ham", "parma ham", "kobe beef", "ceylon tea", "darjeeling tea", "assam tea",
    # round 44 (r44rare): sports teams, television shows and places of worship named after a person or a place, which
    # the NER read as a name, a town or a street ("Manchester United", "The Simpsons", "Coronation Street", "Golden
    # Temple"): the thing itself; a person named beside one still goes
    "manchester united", "manchester city", "man united", "man utd", "real madrid", "atletico madrid",
    "boston red sox", "red sox", "chicago white sox", "orlando pirates", "kaizer chiefs", "mamelodi sundowns",
    "boca juniors", "river plate", "aston villa", "tottenham hotspur", "inter milan", "ac milan", "bayern munich",
    "paris saint-germain", "new york yankees", "los angeles lakers", "dallas cowboys", "chicago bulls",
    "greys anatomy", "coronation street", "the simpsons", "simpsons", "emmerdale", "eastenders", "hollyoaks",
    "doctor who", "downton abbey", "family guy", "gilmore girls", "judge judy", "wheel of fortune",
    "notre-dame", "notre dame", "golden temple", "westminster abbey", "st peters basilica", "saint peters basilica",
    "sacre-coeur", "sacre coeur", "sagrada familia", "hagia sophia", "blue mosque", "lotus temple",
    # round 44 (r44rare): everyday phrases of Kurdish ("dermanên xwe", one's medicines) and Hausa ("tana shan", she
    # takes; "yana shan", he takes) that the NER read as a name
    "dermanên xwe", "dermanen xwe", "dermanê xwe", "tana shan", "yana shan"))
#: round 20: everyday words of medication care in Spanish, German, French, Italian and Portuguese that the NER or a
#: reading after a relation word took for a name or a place ("me lleva la insulina mi hija los lunes", "Termin beim
#: Hausarzt", "Dosierung:", "bei Bedarf"); weekday names from CLDR (Babel's ``Locale.days``) but those that are given
#: names too ("Domingo", "Domenica", "Sabato"); none is anybody's name
CARE_WORDS_ABROAD = _words("""
    insulina insulinas dosis cita citas ayunas inyeccion inyecciones vaso vasos agua jarabe gotas
    lunes martes miercoles jueves viernes sabado
    termin termine dosierung bedarf einnahme spritze spritzen blutzucker nebenwirkung nebenwirkungen packung apotheke
    hausarzt hausarztin tropfen zweimal dreimal taglich morgens abends nuchtern
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    posologie rendez-vous piqure lundi mardi mercredi jeudi vendredi samedi dimanche
    dose dosi posologia appuntamento iniezione lunedi martedi mercoledi giovedi venerdi
    consulta injecao segunda terca quarta quinta sexta
""")


def _written_and_folded(text: str) -> frozenset[str]:
    """The words of ``text`` as written (lower case) and with their accents and the letters that no accent makes
    ("ł", "ı") folded to ASCII ("zapomniałam" and "zapomnialam", "ilacımı" and "ilacimi"): each side's key of a word."""
    words: set[str] = set()
    for word in text.split():
        plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        words.update((word, plain, plain.translate(_UNACCENTED_LETTERS)))
    return frozenset(words)


_UNACCENTED_LETTERS = str.maketrans("łıøđßæœ", "liodsae")

#: Finnish possessive suffixes ("lääkkeeni": my medicine; "-si" your, "-nsa"/"-nsä" their, "-mme" our, "-nne" your)
_FINNISH_POSSESSIVES = ("", "ni", "si", "nsa", "nsä", "mme", "nne")


def _finnish_forms(text: str) -> list[str]:
    """Each Finnish word of ``text`` as written and with each possessive suffix, a case's final "n" or "t" dropped
    before the suffix as Finnish drops it ("lääkkeen" + "-ni" is "lääkkeeni"; "lääkkeet" + "-ni", "lääkkeeni")."""
    forms: list[str] = []
    for word in text.split():
        stem = word[:-1] if word.endswith(("n", "t")) and len(word) > 5 else word
        forms += [word, *(stem + ending for ending in _FINNISH_POSSESSIVES[1:])]
    return forms

#: round 22: everyday words of medication messages in Turkish, Indonesian and Malay, Swahili, Hindi and Urdu written in
#: Latin letters, Polish, Portuguese, Arabic and Korean that the NER took, in lower case (or read transliterated), for
#: a person ("ilacımı sabah aldım", "saya lupa minum obat", "nimesahau dawa", "maine dawai le li", "zapomniałam
#: tabletki", "tomei o remédio de manhã", "اليوم نسيت الدواء"): in lower case, a find made of these words (and spaCy's
#: stop words) alone is no name, and a name after a relation word in Arabic or Korean ends before one. Written by hand,
#: a language a block, from the words of taking, forgetting and timing a medicine, its forms and the times of day; a
#: word that is also a given name or surname of Faker's locales ("leo", "kal", "meri") is left out (recall first: "my
#: son leo").
CARE_WORDS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "tr": _written_and_folded("""
        ilaç ilacı ilacım ilacımı ilacımız ilaçlar ilaçları ilaçlarım ilaçlarımı ilacını hap hapı hapım hapımı haplar
        haplarımı tablet tableti doz dozu iğnemi insülin insülinimi şeker şekerim tansiyon tansiyonum eczane
        randevu reçete sabahleyin akşam akşamleyin öğle öğlen öğleden gece bugün dün yarın aldım almadım
        alamadım alacağım almayı almak unuttum unutmuşum unuttun içtim içmedim içmeyi içmek yuttum kahvaltı kahvaltıdan
        yemek yemekten aç karnına tok günde kez defa saat saatte lütfen teşekkürler hatırlat hatırlatır mısın
        """),
    "id": _written_and_folded("""
        saya aku kamu lupa minum obat obatnya sudah belum pagi siang sore malam kemarin besok tadi nanti
        apotek suntik suntikan darah tensi pil kapsul tablet dosis sebelum sesudah setelah jam sekali
        tolong terima kasih ingatkan diminum habis lagi tidak jangan
        """),
    "sw": _written_and_folded("""
        nimesahau umesahau amesahau kusahau kumeza kunywa nimekunywa nimemeza sijakunywa sijameza nimechukua dawa
        vidonge kidonge kesho asubuhi mchana jioni daktari sindano sukari presha chakula kabla
        baada moja kwa tafadhali nikumbushe bado yangu vyangu wangu changu
        zimeisha imeisha zimekwisha imekwisha zimeniishia imeniishia nimeisha dawa yangu zangu
                """),
    "hi": _written_and_folded("""
        maine mujhe mera mere aaj subah shaam sham raat dopahar dawai dawa dawaai davai goliyan
        khana khane khaya pehle baad bhool bhul gayi gya gyi nahi nahin haan hai hain tha
        raha rahi roz baar shukriya dhanyavad yaad dilana dila injection
        khatam khatm khtm hogayi hogaya gai kha khayi khaya dawaiyan dawaiyaan goliyaan tablet tabletein hogai chahiye
        दवा दवाई दवाइयाँ दवाइयां गोली गोलियाँ गोलियां खत्म ख़त्म हो गई गया गए गयी है हैं था थी मैंने मुझे मेरी मेरा
        आज कल सुबह शाम रात दोपहर खाना खाने खा ली लिया लेना भूल डॉक्टर नहीं हाँ बाद पहले इंजेक्शन पानी के साथ
        से को में और भी बार रोज़ रोज दिन चाहिए अभी
        """),
    # round 30: Persian and Urdu in their script ("قرص را خوردم", I took the pill; "دوا ختم ہو گئی", the medicine ran
    # out), read by the NER transliterated as a town or a person; round 42 (r42over): a shop's being open or closed,
    # buying, going ("داروخانه بسته بود", the pharmacy was closed: "بسته" read as a person)
    "fa": _written_and_folded("""
        قرص قرصم قرصش قرصها قرص‌ها قرص‌هایم دارو داروم داروی داروهایم داروها داروخانه نسخه خوردم خورد خوردی نخوردم
        نخورد خوردن بخورم بخورید می‌خورم میخورم می‌خورد میخوره امروز دیروز فردا صبح صبحانه شب ظهر عصر ناهار شام بعد
        قبل از با آب غذا را و است هست بود حالم حالش عالی خوب خوبه خوبم دکتر پزشک فشار قند انسولین یادم رفت فراموش
        کردم کرد یک دو سه بار روزی روزانه ساعت تمام شد شده تموم ممنون مرسی لطفا دیگه هم نه بله من
        قرص قرصم قرصش قرصها قرص‌ها قرص‌هایم قرصهایم قرص‌هام دارو داروی داروها داروهایم داروهام داروم
        دارویم هایم هام انسولین آمپول کپسول فشار فشارم قند قندم خون امروز دیروز فردا صبح شب ظهر عصر
        خوردم نخوردم خورد بخورم فراموش یادم رفت تمام شد شده داروخانه دکتر پزشک نسخه بعد قبل غذا بار
        روزی لطفا ممنون مرسی را
        بسته باز تعطیل نیست نبود بودم دارم ندارم داشتم خریدم نخریدم خرید گرفتم نگرفتم رفتم آمد اومد متفورمین
        """),
    "ur": _written_and_folded("""
        دوا دوائی دوائیں دوائی گولی گولیاں ختم ہو ہوگئی گئی گیا گئے ہے ہیں تھا تھی میں نے آج کل صبح شام رات دوپہر
        کھانا کھانے کھا لی لیا لے بھول ڈاکٹر نہیں ہاں بعد پہلے پانی کے ساتھ سے کو اور بھی بار روز دن چاہیے ابھی
        میری میرا مجھے شکریہ انسولین
        """),
    "pl": _written_and_folded("""
        zapomniałam zapomniałem zapomniał zapomniała wziąć wzięłam wziąłem brać biorę wzięła wziął leki leków lek
        lekarstwo lekarstwa tabletki tabletkę tabletek tabletka tabletkami rano wieczorem wieczór dzisiaj dziś
        wczoraj jutro południe noc nocy jedzeniu jedzenia śniadaniu śniadanie obiad obiedzie kolacja kolacji
        insulina insulinę ciśnienie lekarz lekarza apteka apteki recepta recepty dawka dawkę razy dziennie
        proszę dziękuję przypomnij
        cukrzyca cukrzycę cukrzycy nadciśnienie nadciśnienia grypa grypę grypy katar kataru kaszel kaszlu gorączka
        gorączkę gorączki angina anginę alergia alergię alergii astma astmę wysokie wysokie niskie ciśnienie
        przeziębienie infekcja infekcję zapalenie biegunka biegunkę ból bóle migrenę migrena
                """),
    "ar": _written_and_folded("""
        نسيت نسي نسيتها أنسى أن سيذكرني يذكرها آخذ أخذ أخذت اخذت تأخذ يأخذ ناخذ الدواء دواء دوائي بالدواء أدوية
        الأدوية أدويتي حبوب ابني ابنتي بنتي أمي أبي زوجي زوجتي أخي أختي جدتي جدي
        حبة الحبوب حبوبي الضغط السكر السكري الإنسولين الانسولين انسولين إبرة الإبرة الصباح صباحا المساء مساء الليل ليلا
        الظهر العشاء الغداء الفطور الإفطار السحور الطعام الأكل قبل بعد مع مرة مرتين أخرى اليوم أمس غدا يذكرني ذكرني
        تذكرني يمكنني هل كيف متى الصيدلية الطبيب الدكتور موعد جرعة الجرعة هذا هذه
        """),
    "ko": _written_and_folded("""
        오늘 어제 내일 아침 점심 저녁 밤 약 약을 약은 약이 약도 혈압약 혈압약을 당뇨약 인슐린 주사 주사를 식사 후에 전에
        먹었어요 먹었다 먹어야 먹을게요 먹는 먹기 먹을 잊었어요 잊어버렸어요 깜빡했어요 것을 꼭 하나요 해요 했어요 아직
        안 못 다시 병원 약국 의사 선생님
        """),
    "pt": _written_and_folded("""
        tomou tomamos esqueci esqueceu esquecer remédio comprimido comprimidos manhã tarde noite hoje
        ontem amanhã antes depois café almoço jantar insulina açúcar pressão médico médica farmácia receita dose
        doses vez vezes favor obrigado obrigada lembrar lembrete
        """),
    # round 30: Finnish, Persian, Tagalog and Vietnamese, and more of Hindi and Urdu, Swahili and Polish: the
    # twenty-ninth black-box round's "unohdin lääkkeeni" (I forgot my medicine), "دارو هایم تمام شد", "goli khatam ho
    # gayi" (the pills ran out), "dawa zimeisha", "tata ma cukrzycę" (dad has diabetes)
    "fi": _written_and_folded(" ".join(_finnish_forms("""
        lääke lääkkeen lääkettä lääkkeet lääkkeitä lääkkeiden lääkkeistä lääkkeisiin lääkkeillä lääkkeiltä
        lääkkeeseen lääkkeestä lääkkeellä lääkkeelle lääkkeeltä lääkkeenä lääkkeitte tabletti tabletin tablettia
        tabletit tabletteja tablettien pilleri pillerin pillereitä pillerit insuliini insuliinin insuliinia
        piikki piikin resepti reseptin reseptiä annos annoksen annosta""")) + """
        otin otan ottanut ottaa ottaisin unohdin unohtui unohtanut unohtaa muista muistuta muistutatko muistin
        loppui loppuivat loppunut loppumassa aamulla illalla yöllä päivällä tänään eilen huomenna
        verenpaine verenpaineeni verensokeri verensokerini apteekki apteekista apteekkiin lääkäri lääkärille
        lääkärin kaapissa kotiin kotona kiitos kertaa päivässä ennen jälkeen ruoan syömisen ovat ei on
        enää vielä taas nyt sitten kun mutta ja myös minun minulla minulta unohtunut pitää pitäisi
        """),
    "tl": _written_and_folded("""
        gamot gamut ng ko ako uminom iinom nakainom nainom nakalimutan nakalimutang naubos ubos wala
        kaninang kagabi bukas ngayon umaga tanghali hapon tableta insulina presyon asukal
        botika reseta salamat pakipaalala araw-araw beses bago pagkatapos kumain
        """),
    "vi": _written_and_folded("""
        thuốc uống quên hết rồi hôm nay qua viên insulin huyết áp
        """),
    # round 33: Russian, Romanian and Bengali, the thirty-second black-box round's first words of a sentence
    # ("Забыл выпить таблетку", I forgot to take the pill; "Am uitat să iau pastila"; "আমি ওষুধ খেতে ভুলে গেছি"),
    # capitalised where the sentence opens (or in a script with no case) and read by the NER as a person
    "ru": _written_and_folded("""
        забыл забыла забыли забыть забываю забывает не выпить выпил выпила выпили выпью пить пью принять принял
        приняла приняли принимаю принимать пропустил пропустила таблетку таблетки таблетка таблеток таблеткой
        лекарство лекарства лекарств лекарством укол уколы инсулин инсулина давление давления сахар сахара утром
        вечером днём днем ночью сегодня вчера завтра утро вечер после перед до еды едой завтрака ужина обеда
        врач врача аптеке аптеку аптека рецепт дозу доза раз раза в день пожалуйста спасибо напомни напомните
        опять снова уже ещё еще кончились закончились закончилось кончилось я мне мои мою
        """),
    "ro": _written_and_folded("""
        am ai a uitat uitasem iau ia luat luată lua pastila pastilele pastile pastilă medicamentul medicamentele
        medicament tableta tabletele tabletă insulina doza dimineața dimineață seara aseară azi astăzi ieri mâine
        după înainte mesei micul dejun prânz cina farmacie farmacia doctorul medicul rețeta rog mulțumesc
        nu iar terminat s-au mi-am le-am
        emailul e-mailul mailul mesajul mesajele telefonul apelul scrisoarea rețetei programarea programării
        """),
    "bn": _written_and_folded("""
        আমি আমার আমাকে ওষুধ ওষুধটা ঔষধ খেতে খেয়েছি খাইনি খাওয়া খাব খেলাম ভুলে গেছি গেছে গিয়েছি ট্যাবলেট বড়ি
        সকালে রাতে আজ গতকাল কাল দুপুরে সন্ধ্যায় পরে আগে খাবার খাবারের ডাক্তার ইনসুলিন প্রেশার সুগার
        শেষ হয়ে হয়েছে দয়া করে মনে করিয়ে দিন ধন্যবাদ আবার না
        """),
}

#: the words of :data:`CARE_WORDS_BY_LANGUAGE`'s languages that are also given names or surnames ("sabah", "gaya", "le",
#: "tomei", "jana"): no name only inside a lower-case find of two words or more of everyday words ("aaj subah dawai
#: bhool gaya"), never alone
CARE_WORDS_THAT_ARE_NAMES: frozenset[str] = _written_and_folded("""
    sabah iğne gula hari kali makan asante jana mara mbili siku tatu usiku dena gaya gaye goli kya le lena leni li
    liya thi cukier dia dias remédios tomei
    ho lo meri ole gabi doktor ang na pa đường sáng tôi tối
    kal abhi gai khali kha khaa
    să de mai masă
""")

#: round 22: abbreviations of diagnoses clinicians and patients write in capitals ("91yF CHF", "with CHF", "hx of
#: COPD, AFib"), taken for a person's initials after "with" or "and": never a name; lower case, of three letters or
#: more but for none that is a title, a word or a common pair of initials ("MS", "MI", "PAD", "RA" are left out)
DIAGNOSIS_ABBREVIATIONS = _words("""
    chf hfref hfpef copd afib ckd esrd htn t2dm t1dm dm2 iddm niddm gerd dvt uti osa bph tia cva cabg stemi nstemi
    ptsd adhd ocd ibs ibd hiv aids hcv hbv nash nafld sle pcos
""")

#: diseases named after a place that are no town's name in a message, alone ("Ebola scare", "Zika warning")
DISEASES_NAMED_AFTER_PLACES = _words("ebola zika marburg lassa chikungunya hantavirus norovirus")

#: foods and drinks said after "with" that are also given names ("with tea", "with toast", "with honey", "with
#: ginger"): kept in lower case after "with", "and" or a count
FOODS = _words("""
    tea toast honey ginger olive olives basil rosemary sage pepper candy brandy sherry cherry apple apples juice milk
    water food meals meal rice bread crackers yogurt yoghurt jam jelly butter peanut porridge oatmeal soup coffee
    cocoa lemon lime mint cinnamon
""")
#: round 23: colours that are also surnames ("Brown", "White", "Green") before a food they name a kind of ("Brown rice
#: and chicken", "White bread", "Green tea", "Black beans"): a food, no person, with one of :data:`FOODS` or these after
FOOD_COLOURS = _words("brown white black green red yellow")
COLOURED_FOODS = _words("""
    beans bean lentils sugar pasta noodles eggs egg potatoes potato onions onion grapes wine vinegar peppers cabbage
    lettuce meat chili chilli tortillas wheat flour
""")

#: nouns of a role, a record or an identifier's name that the NER tags as a person ("the inmate next to me", "ssn on
#: file", "Patient reports", "Nurse said"): never a name alone
ROLE_NOUNS = _words("""
    inmate inmates ssn ssns patient patients nurse nurses resident residents caller caregiver client member
    subscriber guarantor beneficiary dependent dependents veteran vet pharmacist tech technician doc mrn dob pt pts
""")
