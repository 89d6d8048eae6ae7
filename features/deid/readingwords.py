"""Words of clinical readings, doses and counts, as vocabulary shared by the redactor and the leak check.

A month and a day with no year ("8/8", "17.11", "2.10") is compared with the owner's birthday only, and a patient
born on 10 February writes "INR 2.10", one born on 17 November "17.11 mg", one born on 8 August "took 8/8 doses":
readings and doses, not birthdays (the fifteenth round's over-redactions, which also made the check refuse a lake).
Such a pair is a reading where a unit or a counted thing follows it or a word of a reading, score or dose comes a
few words before it, unless a birth word is near ("bday 8/8", "born 17.11": a birthday still).

Only words, no reading: the redactor (:func:`features.deid.text._owner_shape`) and the check
(:meth:`features.deid.leakcheck.OwnerForms._has_birthday`) each read them with their own patterns. The units are
those of the readings and doses the simulator and the earlier rounds' messages write (mass, volume, international
units, percent, the things counted in a dose), in English, Spanish, French, German, Italian and Portuguese; the
reading words are common laboratory abbreviations (LOINC short names: INR, PT, A1c, TSH, LDL...), vital signs and
the scores patients report (pain, mood, sleep).
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar

#: what follows a number of a dose or a reading ("17.11 mg", "8/8 doses", "2.10 mmol/l"): lower case, read as the
#: first word after the number (a unit's own slash or dot kept by each side's pattern)
READING_UNITS: frozenset[str] = frozenset({
    "mg", "mcg", "µg", "ug", "g", "kg", "ml", "l", "dl", "cc", "iu", "ui", "u", "unit", "units", "mmol", "meq",
    "mmhg", "bpm", "lb", "lbs", "%", "percent", "ng", "pg", "µmol", "umol",
    "dose", "doses", "pill", "pills", "tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules",
    "puff", "puffs", "drop", "drops", "shot", "shots", "injection", "injections", "sachet", "sachets", "patch",
    "patches", "spoon", "spoons", "times", "x",
    # Spanish, French, German, Italian, Portuguese
    "dosis", "pastilla", "pastillas", "tableta", "tabletas", "comprimido", "comprimidos", "gotas", "unidades",
    "comprimé", "comprimés", "gouttes", "unités", "fois",
    "dosen", "tabletten", "tropfen", "einheiten", "mal",
    "dosi", "compresse", "compressa", "gocce", "unità", "volte",
    "vezes",
})

#: what a count of everyday things is followed by ("77005 steps", "12000 kcal"): a five-figure number before one of
#: these, or one of :data:`READING_UNITS`, is a count, not a postcode (round 17: another patient's ZIP as a count
#: stopped a lake)
COUNTED_THINGS: frozenset[str] = frozenset({
    "steps", "step", "kcal", "cal", "calories", "kj", "km", "miles", "mi", "feet", "ft", "meters", "metres", "m",
    "yards", "yd", "points", "pts", "words", "people", "views", "likes", "followers", "rpm", "litres", "liters",
    "pasos", "pas", "schritte", "passi", "passos", "calorias", "kalorien", "calorie",
})
#: round 37 (r37seams): scans, tests and operations a patient names with the year they had them ("MRI 2024", "IRM
#: 2023", "colonoscopy 2019"): four figures after one are that year, no town's postcode
EXAM_WORDS: frozenset[str] = frozenset({
    "mri", "mrt", "irm", "rm", "rmn", "ct", "cat", "tac", "tc", "tk", "pet", "ecg", "ekg", "eeg", "emg", "echo", "xray",
    "x-ray", "scan", "scans", "mammogram", "mammo", "mammografia", "mammographie", "colonoscopy", "colonoscopia",
    "koloskopie", "endoscopy", "endoscopia", "gastroscopy", "dexa", "ultrasound", "ecografia", "echographie",
    "échographie", "biopsy", "biopsia", "surgery", "operation", "op", "cirugia", "cirugía", "operación", "operacion",
    "opération", "intervento", "angiogram", "stent", "bypass", "cabg", "checkup", "check-up", "physical", "vaccine",
    "vaccination", "booster", "flu", "covid", "röntgen", "rontgen", "radiografia", "radiographie", "holter", "spirometry",
})
#: words before a number that make it an order's number, not a postcode ("order #92683", round 13)
ORDER_WORDS: frozenset[str] = frozenset({"order", "orders", "pedido", "commande", "bestellung", "ordine"})

#: words of a laboratory reading, a vital sign, a score or a dose count that come before its figures ("INR 2.10",
#: "my INR was 2.10", "pain 8/8", "took 8/8", "A1c 7.11")
READING_WORDS: frozenset[str] = frozenset({
    "inr", "pt", "ptt", "aptt", "a1c", "hba1c", "hb", "hgb", "hemoglobin", "haemoglobin", "tsh", "t3", "t4", "ft4",
    "ldl", "hdl", "chol", "cholesterol", "trig", "triglycerides", "glucose", "sugar", "sugars", "bg", "bs", "fbs",
    "bsl", "bgl", "k", "potassium", "na", "sodium", "mg", "magnesium", "creat", "creatinine", "cr", "egfr", "gfr",
    "bun", "alt", "ast", "crp", "esr", "wbc", "plt", "platelets", "ferritin", "iron", "b12", "vitd", "psa", "lithium",
    "level", "levels", "lab", "labs", "result", "results", "reading", "readings", "value", "bp", "pressure", "temp",
    "temperature", "weight", "pulse", "hr", "spo2", "sats", "o2", "peak", "flow", "pain", "score", "scale", "rating",
    "mood", "sleep", "energy", "fatigue", "anxiety", "stress", "dose", "doses", "dosage", "took", "taken", "take",
    "missed", "adherence", "pills", "tablets",
    # round 44 (r44fixes): a SOAP note's vital signs ("O: BP 138/86, RR 18"), no house number after the note's "O"
    "rr", "resp", "sbp", "dbp", "bpm", "spo₂",
    # Spanish, French, German, Italian, Portuguese
    "azúcar", "azucar", "glucosa", "presión", "presion", "tensión", "tension", "dolor", "nivel", "niveles",
    "resultado", "peso", "glycémie", "glycemie", "douleur", "taux", "poids", "zucker", "blutzucker", "schmerz",
    "schmerzen", "wert", "werte", "gewicht", "glicemia", "dolore", "valore", "valori", "pressione", "dor", "valor",
    # round 35: blood pressure's word in more languages, before a pressure said in cmHg as a fraction ("tensió 13/8",
    # Catalan; "tlak 13/8", "ciśnienie 12/8", "давление 13/8"): a reading, no day and month
    "tensió", "tensio", "tensão", "tensao", "pressão", "pressao", "pressió", "pressio", "blutdruck", "bloeddruk",
    "tlak", "tlaku", "ciśnienie", "cisnienie", "ciśnienia", "cisnienia", "vérnyomás", "vernyomas", "verenpaine",
    "blodtryck", "blodtryk", "blodtrykk", "tansiyon", "tansiyonum", "tensiune", "tensiunea", "presiune", "presiunea",
    "давление", "давления", "тиск", "тиску", "тиснення", "притисак", "налягане", "πίεση", "πιεση",
    "血压", "血壓", "血圧", "혈압",
})

#: round 33: measures whose readings are said as a unit and its tenth in digit words, set apart by commas ("сахар утром
#: шесть и восемь, вечером семь и два": 6.8 and 7.2; "sugar six eight, seven two"), lower case: after one, in the same
#: sentence and with no word of a phone there, each piece of one or two single digits between commas is a reading,
#: no piece of a phone (:func:`~features.deid.normalize.said_readings_blanked`, read by both sides)
SAID_READING_MEASURES: frozenset[str] = frozenset({
    "glucose", "sugar", "sugars", "bg", "bs", "bsl", "bgl", "a1c", "hba1c", "inr", "temp", "temperature",
    "azúcar", "azucar", "glucosa", "glicemia", "glucemia", "glycémie", "glycemie", "zucker", "blutzucker", "açúcar",
    "acucar", "cukier", "cukru", "glukoza", "glukozy", "cukr", "glukóza",
    "сахар", "сахара", "сахаре", "глюкоза", "глюкозы", "глюкозу", "глюкометр", "цукор", "цукру",
    "температура", "температуры", "мно",
})
#: ... and the words of a phone that keep a sentence's digit words a possible phone after one (besides
#: :data:`~features.deid.contactwords.PHONE_WORDS`)
SAID_READING_PHONE_WORDS: frozenset[str] = frozenset({
    "телефон", "телефона", "номер", "номера", "звони", "позвони", "позвоните", "звоните", "мобильный", "сотовый",
    "телефону", "numer", "telefon", "zadzwoń", "zadzwon", "llama", "llamar", "appelle", "appeler", "anrufen", "ruf",
    "ligar", "liga", "chiama", "chiamare",
})

#: the few words that may stand between a reading word and its figures ("my INR was 2.10", "pain today 8/8")
READING_GAP_WORDS: frozenset[str] = frozenset({
    "is", "was", "were", "at", "of", "now", "today", "this", "morning", "week", "yesterday", "am", "pm", "level",
    "levels", "came", "back", "still", "about", "around", "es", "fue", "est", "était", "ist", "war", "è", "era", "é",
    "de", "hoy", "ayer", "heute", "oggi", "hoje", "the", "my", "his", "her", "mi", "su", "mon", "ma", "sa", "mein",
    "meine", "il", "la", "el",
})

#: symptoms patients name in two words, one of which is also a given name or a surname of Faker's locales ("Brain"
#: is one; "Brain Fog all week" was a person, and "brain fog" the name of an owner called Brian respelt), from the
#: patient-reported symptoms of medication side-effect leaflets: either word in any case, the two side by side
SYMPTOM_PHRASES: frozenset[tuple[str, str]] = frozenset({
    ("brain", "fog"), ("hot", "flash"), ("hot", "flashes"), ("hot", "flush"), ("hot", "flushes"), ("night", "sweats"),
    ("cold", "sweats"), ("heart", "burn"), ("charley", "horse"), ("restless", "legs"), ("dry", "mouth"),
    ("dry", "cough"), ("pins", "needles"), ("muscle", "aches"), ("foggy", "head"), ("brain", "zaps"),
})
SYMPTOM_WORDS: frozenset[str] = frozenset(w for phrase in SYMPTOM_PHRASES for w in phrase)

#: symptoms and complaints that open a sentence capitalised, which the NER may take for a name ("Heartburn again",
#: "Dizziness today", "Sciatica acting up"; round 18)
_SYMPTOMS_ALONE = """
    heartburn dizziness dizzy sciatica nausea nauseous vertigo migraine migraines headache headaches insomnia fatigue
    cramps cramping bloating constipation diarrhea diarrhoea indigestion reflux gout shingles tinnitus numbness
    tingling palpitations wheezing cough coughing itching rash hives swelling soreness stiffness spasms tremor chills
    sweats drowsiness lightheaded lightheadedness malaise
"""
SYMPTOMS_ALONE: frozenset[str] = frozenset(_SYMPTOMS_ALONE.split())

#: words that say the figures next to them are times of day of a dose, four-figure 24-hour clock times in a row
#: ("take at 0800 2000", "q12h 0900 2100", "0700 1900 hrs"): before the times (a dosing interval "q12h", "q8h" is read
#: by each side's pattern too) ...
CLOCK_CUE_WORDS: frozenset[str] = frozenset({
    "at", "take", "takes", "taking", "took", "dose", "doses", "dosing", "given", "give", "due", "times", "time",
    "schedule", "scheduled", "bid", "tid", "qid", "daily", "twice", "hours", "alarm", "alarms", "reminder", "reminders",
    "med", "meds", "pass", "a las", "alle", "à", "um", "om", "às", "tomar", "tomo", "prendre", "nehmen", "prendere",
    "horario", "horaire", "uhrzeit", "orario",
})
#: ... or right after them
CLOCK_UNIT_WORDS: frozenset[str] = frozenset({"hrs", "hr", "h", "hours", "hundred", "uhr", "horas", "heures", "ore", "uur"})

#: supplements and medicines patients name in one everyday word that a dictionary of English lacks or that is also a
#: town's name ("nitro" for nitroglycerin; Nitro, WV; Zinc, AR; Calcium, NY): in lower case a medicine, never another
#: patient's town (round 16: "nitro under the tongue" became "<CITY>", and "calcium 600 mg" made the check refuse a
#: whole lake)
EVERYDAY_MEDICINE_WORDS: frozenset[str] = frozenset({
    "nitro", "nitros", "zinc", "calcium", "iron", "magnesium", "potassium", "sodium", "selenium", "iodine", "copper",
    "chromium", "biotin", "niacin", "folate", "thiamine", "riboflavin", "melatonin", "glucosamine", "chondroitin",
    "turmeric", "curcumin", "probiotic", "probiotics", "coq10", "ubiquinol", "fiber", "fibre", "psyllium", "senna",
    "aloe", "ginseng", "ginkgo", "echinacea", "valerian", "lysine", "creatine", "collagen", "lutein", "omega",
    "vitamin", "vitamins", "multivitamin", "insulin", "aspirin", "tylenol", "advil", "motrin", "benadryl", "sulfur",
})

#: dates of a medicine or a pack, not of a person ("exp 12/2026", "use by 03/27", "caduca 11/2025", "verfällt
#: 06.2027"): HIPAA's dates are those of an individual (birth, admission, discharge, death); a pack's expiry says
#: nothing of its patient (round 16). Lower case, read as the last word or two before the month and year.
EXPIRY_WORDS: frozenset[str] = frozenset({
    "exp", "expiry", "expiration", "expires", "expiring", "expd", "bbe", "caduca", "caducidad", "vence", "venc",
    "vencimiento", "verfällt", "verfallsdatum", "verw", "péremption", "peremption", "scadenza", "scad", "validade",
    "val",
    # round 26: "lote 123456 cad 08/2027" (Spanish "cad." of caducidad), "verw. bis 2027-08" (see EXPIRY_PHRASES)
    "cad", "cad.", "scad.", "exp.",
    # round 37 (r37keepdrugs): more languages' expiry words before a pack's month and year ("Verfall 03/2028",
    # "Utg.dat 03/2028", "Houdbaar tot 03/2028"); a birth's word ("born 03/1931") is none of them
    "verfall", "verfalldatum", "verfallsdat", "ablauf", "ablaufdatum", "haltbarkeit", "mhd", "utg", "utgång",
    "utgångsdatum", "utgår", "holdbarhed", "holdbarhedsdato", "udløb", "udløbsdato", "utløp", "utløpsdato",
    "viimeinen", "vanhenee", "käyttöpäivä", "houdbaarheid", "houdbaarheidsdatum", "vervaldatum", "vervalt", "tht",
    "exp.date", "expdate", "expira", "expiración", "caducado", "caduco", "scade", "péremp", "périme",
    "validité", "validita", "validità", "ważność", "ważności", "ważny", "ważne", "spotřebujte", "expirace",
    "trvanlivost", "lejárat", "felhasználható", "expiră", "expirare", "valabil", "годен", "годність", "срок",
    "skt", "λήξη", "λήξης", "kadaluarsa", "luput", "使用期限", "有効期限", "有效期", "유효기간",
    # round 38 (r38drugs): a Chinese or Japanese cue with its "until" glued on ("有效期至 2027.03", "有效期到"), the
    # Korean "유통기한", the Polish and Czech short forms ("ważn.", "exp. date" as "expdat")
    "有效期至", "有效期到", "有效日期", "失效日期", "保质期至", "有効期限は", "使用期限は", "유통기한", "ważn", "spotř",
    # round 39 (r39drugs): the cues of Arabic and Persian ("تاريخ الانتهاء 2027/05", "انقضا"), Hebrew, Thai
    # ("วันหมดอายุ", written with no space before the date too), Hindi, Vietnamese ("HSD", hạn sử dụng), Indonesian
    # ("kedaluwarsa" as the dictionary spells it), more Korean, Chinese and Japanese ones
    "الانتهاء", "انتهاء", "الصلاحية", "صلاحية", "ينتهي", "انقضا", "انقضاء", "תוקף", "วันหมดอายุ", "หมดอายุ",
    "วันที่หมดอายุ", "समाप्ति", "hsd", "kedaluwarsa", "kedaluarsa", "사용기한", "유효기한", "有效期限", "失效期", "到期日",
    "消費期限", "годна", "годны",
    # round 41 (r41over): Ukrainian ("термін придатності 03/2028", "придатний до"), the Indonesian packs' "ED" (expired
    # date: "ED 07/27"; "Ed" is a given name too, read as the cue only right before a pack's date, as "Val" is) and
    # spellings of kedaluwarsa, Hebrew "תפוגה" (expiry)
    "придатності", "придатний", "придатна", "придатне", "придатні", "ed", "kadaluwarsa", "kedaluarsanya",
    "kedaluwarsanya", "תפוגה",
})
#: round 41 (r41over): the expiry cues that are given names too and are read as a cue only written in capitals ("ED
#: 07/27" is a pack's; "my son Ed 03/2029" a person, whatever the figures after him)
EXPIRY_CUES_IN_CAPITALS: frozenset[str] = frozenset({"ed"})
#: the expiry cues of two words ("use by", "best before", "good thru", "à consommer avant")
EXPIRY_PHRASES: frozenset[tuple[str, str]] = frozenset({
    ("use", "by"), ("best", "before"), ("good", "thru"), ("good", "through"), ("use", "before"), ("valid", "until"),
    ("valid", "thru"), ("usar", "antes"), ("verwendbar", "bis"), ("haltbar", "bis"), ("utiliser", "avant"),
    ("exp", "date"), ("expiry", "date"), ("expiration", "date"), ("exp", "dt"),
    # round 26: German "verw. bis" (verwendbar bis, shortened on packs)
    ("verw", "bis"), ("verw.", "bis"), ("verwendb", "bis"),
    # round 37 (r37keepdrugs): two-word cues of Dutch, the Nordic languages, Polish, Russian, Turkish, Greek, Italian
    ("houdbaar", "tot"), ("te", "gebruiken"), ("gebruiken", "tot"), ("utg", "dat"), ("bäst", "före"),
    ("bedst", "før"), ("best", "før"), ("holdbar", "til"), ("anvendes", "før"),
    ("käytettävä", "ennen"), ("parasta", "ennen"), ("ważne", "do"), ("data", "ważności"), ("termin", "ważności"),
    ("годен", "до"), ("срок", "годности"), ("годно", "до"), ("son", "kullanma"), ("kullanma", "tarihi"),
    ("ημερομηνία", "λήξης"), ("data", "scadenza"), ("da", "consumarsi"), ("fecha", "caducidad"),
    ("date", "péremption"), ("usare", "entro"), ("exp", "end"), ("mindestens", "haltbar"),
    ("spotřebujte", "do"), ("použitelné", "do"), ("felhasználható", "eddig"),
    # round 38 (r38drugs): Polish "Ważny do 05.2028" in each gender, "ważn. do"
    ("ważny", "do"), ("ważna", "do"), ("ważność", "do"), ("ważn", "do"), ("spotř", "do"),
    # round 39 (r39drugs): Arabic "تاريخ الانتهاء" (date of ending), "صالح حتى" (valid until), Persian "تاریخ انقضا",
    # Vietnamese "hạn dùng", Russian "годна до"
    ("تاريخ", "الانتهاء"), ("تاريخ", "الصلاحية"), ("انتهاء", "الصلاحية"), ("صالح", "حتى"), ("تاریخ", "انقضا"),
    ("hạn", "dùng"), ("годна", "до"), ("годны", "до"),
    # round 41 (r41over): Ukrainian "придатний до", "придатності до", "вжити до"; Indonesian "tgl. kedaluwarsa" and
    # "baik digunakan sebelum" (best before); Hebrew "תוקף עד", "בתוקף עד" (valid until), "תאריך תפוגה"
    ("придатний", "до"), ("придатна", "до"), ("придатне", "до"), ("придатні", "до"), ("придатності", "до"),
    ("вжити", "до"), ("ужити", "до"), ("tgl", "kedaluwarsa"), ("tanggal", "kedaluwarsa"), ("tgl", "ed"),
    ("tgl", "exp"), ("digunakan", "sebelum"), ("תוקף", "עד"), ("בתוקף", "עד"), ("תאריך", "תפוגה"), ("תאריך", "תוקף"),
})
#: round 39: the expiry cues of the scripts written with no space between words (Thai, Chinese, Japanese): read as
#: the end of the text before a date, not as its last word ("วันหมดอายุ": Thai vowel signs split a "\w" run)
EXPIRY_CUES_UNSPACED: tuple[str, ...] = tuple(sorted(
    w for w in EXPIRY_WORDS if re.search("[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]", w)))
#: round 38 (r38drugs): how far back and ahead a pack's expiry year may lie from today's: a pack kept two years past
#: its date, or one made to last ten; a date after an expiry word with a year outside these ("exp 03/1985", a birth's
#: month and year misread) is no pack's and goes (recall first). Both sides read the year with
#: :func:`a_packs_expiry_year`.
EXPIRY_YEARS_BACK, EXPIRY_YEARS_AHEAD = 2, 10
_YEAR_OF_FOUR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LAST_TWO_FIGURES = re.compile(r"(?<!\d)\d\d(?!\d)(?!.*\d)", re.S)


#: round 39: the year a message was written in, where the caller knows it (:func:`packs_dated_from`): the window of a
#: pack's expiry is read from it, else from the clock (a message of 2026 with "exp 03/2028" is a pack's in 2031 too)
_REFERENCE_YEAR: ContextVar[int | None] = ContextVar("expiry_reference_year", default=None)


@contextlib.contextmanager
def packs_dated_from(year: int | None) -> Iterator[None]:
    """Read every pack's expiry within the block from ``year`` (the messages' year, as their ``sent_at`` gives it;
    ``None``: the clock's), on both sides: a redaction or a check of messages of another year, and the tests, hold in
    any year the code runs in."""
    token = _REFERENCE_YEAR.set(year)
    try:
        yield
    finally:
        _REFERENCE_YEAR.reset(token)


def a_packs_expiry_year(figures: str, this_year: int | None = None) -> bool:
    """Whether the date ``figures`` after an expiry cue ("03/2028", "2027-03", "03.28", "2027年3月") has a year a
    pack's expiry may have (:data:`EXPIRY_YEARS_BACK` before this year to :data:`EXPIRY_YEARS_AHEAD` after): its
    four-figure year, else its last two figures read as 20xx. This year is ``this_year``, else the one
    :func:`packs_dated_from` set, else the clock's."""
    year_now = this_year if this_year is not None else _REFERENCE_YEAR.get() or datetime.date.today().year
    if (four := _YEAR_OF_FOUR.search(figures)) is not None:
        year = int(four.group())
    elif (two := _LAST_TWO_FIGURES.search(figures)) is not None:
        year = 2000 + int(two.group())
    else:
        return False
    return year_now - EXPIRY_YEARS_BACK <= year <= year_now + EXPIRY_YEARS_AHEAD


#: Round 37: the words that join two medicines of a list in the messages' languages ("Telma aur Ecosprin", Hindi and
#: Urdu "aur"/"ya"; "y", "e", "et", "und", "en", "och", "og", "i", "ve", "dan", "at" for "and", "oder", "ou" for
#: "or"): a given name that is also a brand, joined by one to a medicine, is the medicine
LIST_JOINERS = frozenset({"and", "or", "&", "+", "aur", "ya", "y", "e", "et", "und", "oder", "ou", "en", "och", "og",
                          "i", "ve", "dan", "atau", "at", "o"})
#: brand names of medicines that are also given names, or that the drug dictionary lacks, most of them the generic
#: contraceptive pills' (FDA-approved labels; round 16: "took my Camila at 9pm", "switched from Heather to Errin",
#: "Yasmin 3 mg", "Portia and Tilia", "Nikki pack started" lost the medicine as a person); a given name among them is a
#: medicine only where a dose, a pack word, a taking or switching verb or another medicine stands beside it
#: ("Heather called" is a person)
def _listed(block: str) -> frozenset[str]:
    """The words of a block written a few to a line (a long list kept readable)."""
    return frozenset(block.split())


#: round 38 (r38drugs): brands of Central and Southern Europe and Portugal the drug dictionary lacks (the Czech,
#: Slovak, Croatian, Serbian, Slovenian, Hungarian, German and Portuguese registers: "Anopyrin", "Andol", "Waranet",
#: "Lekadol", "Plivadon", "Ramilich", "Victan", "Ben-u-ron"), none a given name or surname of Faker's lists: the NER's
#: persons ("Tar Andol mot feber", "Uzimam Lekadol i Plivadon"), a medicine wherever it stands. Round 39 (r39drugs):
#: the chronic therapies' brands of Poland, India, Brazil, Mexico, Indonesia, Turkey and Egypt the dictionary lacks
#: (one line each, from the second block: antihypertensives, antidiabetics, statins, anticoagulants and antiplatelets,
#: inhalers, thyroid and antiretroviral brands; "I take Polpryl" lost the brand as a person, "Glifor 1000" its
#: strength as a postcode). A brand that is a given name or surname is read in context only (see
#: :data:`NAMED_MEDICINE_BRANDS`; the redactor drops the names from this table).
NATIONAL_REGISTER_BRANDS: frozenset[str] = _listed("""
    andol anopyrin waranet lekadol plivadon ramilich ibalgin ataralgin godasal valetol modafen vasocardin tensiomin
    caffetin kafetin neofen nalgesin sinersul helex normabel bensedin lorsilan ben-u-ron benuron victan lorenin
    trifene ansilor mesulid nimed rubophen kalmopyrin coldrex febricet acylcoffin cilkanol stoptussin sinecod diklofen
    diclac olfen dolgit

    polpryl ampril piramil atoris torvacard vasilip zahron roswera valsacor vanatex telmizek tolura candepres karbis
    carvetrend avedol tenaxum formetic metfogamma metformax diaprel gliclada diuver trifas verospiron indapen losacor
    berodual budiair miflonide lanzul controloc polprazol helicid
    telvas glyciphage gluconorm glucored glimisave glimy zoryl istamet galvus jalra ziten teneza dynaglipt volix amlong
    amlopres starpress repace olmezest olsar cilacar cilnid rozavel rozat atorlip storvas lipvas tonact aztor clopilet
    deplatt clopivas acitrom uniwarfin asthalin foracort budecort seroflo duolin levolin tiova formonide thyrox rabekind
    omez nexpro huminsulin basalog telura duovir lamivir nevimune tenolam acriptega dytor
    naprix eupressin pressat citalor plenance rosucor somalgin clenil aerolin foraseq levoid biovir stocrin
    dabex euglucon lopresor salbulair kivexa tiroxin
    tensivask amdixal noperten blopress glucodex glurenorm aspilets simarc duviral hiviral neviral
    ecopirin glifor matofin dideral cholvast levotiron tefor lansor pantpas
    epilat cidophage aspocid jusprin farcolin
""")


NAMED_MEDICINE_BRANDS: frozenset[str] = _listed("""
    allegra alli ella camila heather errin jolivette nora jencycla lyza lyleq incassia tulana norlyda deblitane sharobel
    yasmin yaz gianvi ocella syeda zarah jasmiel loryna nikki vestura beyaz safyral tydemy natazia portia tilia altavera
    marlissa levora aviane lutera lessina sronyx vienva afirmelle orsythia larissia falmina kurvelo chateal lillow aubra
    sprintec estarylla mili previfem nymyo trinessa mononessa enskyce isibloom juleber kalliga reclipsen cyred apri
    emoquette enpresse trivora myzilra elinest kelnor zovia hailey charlotte larin junel microgestin blisovi tarina
    aurovela melodetta daysee jolessa amethia camrese introvale setlakin quasense jaimiess simpesse ashlyna amethyst
    dolishale velivet pirmella philith vyfemla wera nylia briellyn gildagia balziva alyacen dasetta aranelle leena ayuna
    iclevia fayosim rivelsa seasonique loseasonique minastrin taytulla layolis kaitlib rennie
    telma
    moderna pfizer biontech janssen novavax astrazeneca sinovac sinopharm covaxin comirnaty spikevax nuvaxovid
""")
"""round 22: the makers and brands of vaccines, which patients name the shot by ("got my Moderna booster", "Janssen
vaccine"): a maker that is no given name or surname is a medicine wherever it stands, one that is ("Janssen") only with
a vaccine or pack word beside it (the named brands' context above)."""


@functools.cache
def dictionary_drug_names() -> frozenset[str]:
    """One-word drug names, generic and brand, lower case, of the dictionary the drug-named-entity-recognition package
    ships (DrugBank, MeSH, NHS and Wikipedia names; ~36,000 words of four letters or more, nothing downloaded): the
    well-kept source of medicine names both sides read (round 22)."""
    from drug_named_entity_recognition.drugs_finder import d as dictionary

    return frozenset(w for w in dictionary["drug_variant_to_canonical"] if w.isalpha() and len(w) > 3)


@functools.cache
def medicine_brands_named() -> frozenset[str]:
    """The medicines that may also be a person's name: :data:`NAMED_MEDICINE_BRANDS` and every word of the drug
    dictionary (:func:`dictionary_drug_names`; round 22: "Allegra", a given name the dictionary also lists, was always
    a person). Either side removes the names from the dictionary's medicines and reads these in context (a dose, a
    pack word, a taking verb, what the medicine is taken for): a dictionary word that is no name is a medicine anyway."""
    return NAMED_MEDICINE_BRANDS | dictionary_drug_names()
#: what says a word beside it is a medicine taken: a pack or a form after it ("Nikki pack", "Portia pills", "Camila
#: refill") and verbs of taking, starting or switching before it ("took my Camila", "switched from Heather")
MEDICINE_PACK_WORDS: frozenset[str] = frozenset({
    "pack", "packs", "pill", "pills", "tab", "tabs", "tablet", "tablets", "refill", "refills", "prescription", "rx",
    "generic", "brand", "dose", "doses", "daily", "nightly", "bc", "fe", "active", "placebo", "placebos", "blister",
    "strip", "box", "bottle", "script", "once", "twice",
    # round 22: a vaccine's and a device's words ("Moderna booster", "Janssen vaccine")
    "booster", "boosters", "vaccine", "vaccines", "vaccination", "jab", "jabs", "injection", "injections", "inhaler",
    "spray",
})
#: round 22: what a medicine is taken for, after "for" and a possessive ("take Allegra for my allergies", "on Lyrica for
#: nerve pain"): conditions and symptoms, lower case; no person is taken for these
MEDICINE_PURPOSES: frozenset[str] = frozenset({
    "allergies", "allergy", "hay", "hayfever", "pain", "pains", "sugar", "sugars", "diabetes", "pressure", "bp",
    "cholesterol", "heart", "sleep", "insomnia", "anxiety", "depression", "nerve", "nerves", "neuropathy", "seizures",
    "seizure", "migraine", "migraines", "headache", "headaches", "asthma", "copd", "thyroid", "clots", "clot", "afib",
    "reflux", "heartburn", "arthritis", "cough", "cold", "colds", "flu", "nausea", "itching", "itch", "hives", "sinus",
    "sinuses", "acid", "weight", "fibromyalgia", "shingles", "covid", "cramps", "swelling", "inflammation",
})
#: round 23: what a medicine does or runs out of, in two words right after it ("my Allegra ran out", "Camila wore off",
#: "my Allegra stopped working"): said of a pill, not of a person, unless a place or a person follows (see the readers)
MEDICINE_STATE_PHRASES: frozenset[tuple[str, str]] = frozenset({
    ("ran", "out"), ("runs", "out"), ("running", "out"), ("running", "low"), ("runs", "low"), ("wore", "off"),
    ("wears", "off"), ("wearing", "off"), ("kicked", "in"), ("kicks", "in"), ("stopped", "working"),
    ("is", "expired"), ("has", "expired"), ("expired", "last"),
})
#: round 26: what a medicine does to its taker, a verb then, within three words, a side effect no person is said to cause
#: so ("Alli makes my stomach upset", "Madopar makes me dizzy", "Metformin gives me diarrhea"; "Heather makes me
#: laugh" is a person, and "sick" or "tired", said of people too, are left out)
MEDICINE_EFFECT_VERBS: frozenset[str] = frozenset({"makes", "made", "making", "gives", "gave", "giving", "upsets",
                                                   "upset", "causes", "caused", "causing"})
MEDICINE_SIDE_EFFECTS: frozenset[str] = frozenset({
    "stomach", "tummy", "dizzy", "dizziness", "nauseous", "nausea", "queasy", "diarrhea", "diarrhoea", "gas", "gassy",
    "bloated", "bloating", "drowsy", "sleepy", "groggy", "constipated", "constipation", "headache", "headaches",
    "cramps", "cramping", "rash", "itchy", "jittery", "shaky", "heartburn", "reflux", "oily", "spotting", "insomnia",
    "palpitations", "vomit", "vomiting", "swollen", "swelling", "hives",
})
#: round 23: what a medicine helps with or works for ("my Allegra helps with the sneezing"), after "helps with", "works
#: for" and an article or a possessive: the symptoms of :data:`MEDICINE_PURPOSES` and a few more no person is helped with
MEDICINE_HELP_VERBS: frozenset[str] = frozenset({"helps", "helped", "works", "worked", "is", "was"})
MEDICINE_SYMPTOMS: frozenset[str] = frozenset({
    "sneezing", "sneezes", "congestion", "runny", "stuffy", "itchy", "watery", "pollen", "symptoms", "rash",
})
#: what a medicine is taken with or at, after "with", "at", "before" or "after" ("Alli with meals")
MEDICINE_TIMES: frozenset[str] = frozenset({"meals", "meal", "food", "breakfast", "lunch", "dinner", "supper",
                                            "bedtime", "water", "milk", "juice"})
MEDICINE_VERBS: frozenset[str] = frozenset({
    "took", "take", "takes", "taking", "started", "start", "starting", "starts", "stopped", "stop", "stopping",
    "switched", "switch", "switching", "changed", "change", "changing", "on", "off", "using", "use", "refilled",
    "missed", "miss", "forgot", "skipped", "skip", "prescribed", "tried", "try", "refill", "tomo", "tomé", "tomar",
    "nehme", "prends", "pris",
})
#: the words that may stand between such a verb and the medicine ("took my Camila", "switched back from Heather")
MEDICINE_VERB_GAP_WORDS: frozenset[str] = frozenset({"my", "the", "her", "his", "from", "to", "on", "off", "back",
                                                     "over", "onto", "mi", "la", "el", "meine", "ma", "mon"})

#: words that say the dashed figures after them are doses changed step by step ("taper 40-30-20-10-5", "wean
#: 20-15-10-5", "titrate 25-50-75-100"; round 17: read as phone numbers): lower case, a few words before the figures
DOSE_STEP_WORDS: frozenset[str] = frozenset({
    "taper", "tapers", "tapering", "tapered", "wean", "weaning", "weaned", "titrate", "titrating", "titration",
    "step", "steps", "stepping", "stepdown", "schedule", "pack", "dosepak", "decrease", "decreasing", "reduce",
    "reducing", "increase", "increasing", "ramp", "ramping", "pred", "prednisone", "prednisolone", "steroid",
    "steroids", "ausschleichen", "reducir", "bajar", "diminuer",
})
#: round 21: words that say the space-apart figures after them are a series of doses or readings ("oxygen 92 93 94 95",
#: "sugars 110 120 130"), besides :data:`DOSE_STEP_WORDS` ("prednisone 60 50 40 30 20 10"): lower case, a few words
#: before the figures; each side reads them with its own pattern, and a phone grouping (3-3-4, 2-2-2-2-2) or a
#: phone word before still makes them a number
SERIES_WORDS: frozenset[str] = frozenset({
    "oxygen", "o2", "spo2", "sat", "sats", "saturation", "sugar", "sugars", "glucose", "bg", "bp", "reading",
    "readings", "pulse", "hr", "weight", "weights", "temp", "temps", "level", "levels", "dose", "doses", "dosing",
    "titrated", "titrations", "mg", "units",
})
#: the units that, right after space-apart figures, make them a series of doses or readings ("Keppra 500 1000 1500 mg",
#: "40 30 20 10 5 mg"): lower case, the first word (or sign) after the figures
SERIES_UNITS: frozenset[str] = frozenset({
    "mg", "mcg", "µg", "ug", "g", "ml", "l", "iu", "ui", "u", "unit", "units", "mmol", "meq", "mmhg", "%", "bpm", "kg",
})
#: round 21: the words of a prescription's directions (sig), which a number and a street suffix around them do not make a
#: street ("TAKE 1 TAB BID DR." is one delayed-release tablet twice a day, not "1 Tab Bid Drive"): lower case
SIG_WORDS: frozenset[str] = frozenset({
    "tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules", "pill", "pills", "bid", "tid", "qid",
    "qd", "qhs", "hs", "qam", "qpm", "prn", "po", "sl", "od", "q4h", "q6h", "q8h", "q12h", "q24h", "daily", "er", "xr",
    "sr", "ec", "odt", "puff", "puffs", "drop", "drops", "unit", "units", "mg", "mcg", "ml",
})
#: round 24: a day past the 12th and a month with a slash and no date's word ("15/5") is a split dose, no date, right
#: after a medicine or one of these verbs of taking ("oxycodone 15/5", "take 15/5"; not "started 15/5", a date), or
#: before one of :data:`SPLIT_DOSE_WORDS_AFTER` ("15/5 twice daily", "15/5 tabs")
SPLIT_DOSE_VERBS: frozenset[str] = frozenset({"take", "takes", "took", "taking", "tomo", "tomar", "nehme", "prends"})
SPLIT_DOSE_WORDS_AFTER: frozenset[str] = SIG_WORDS | frozenset({"twice", "thrice", "tablet", "tablets", "dose"})
#: round 24 (r24keep2): a laboratory analyte's plausible range of whole values (lower case, as written before them):
#: its abbreviation before two- or three-figure values all inside it is a trend of readings ("Na 139 142 138 136 over
#: four days"), no phone; a value outside ("na 603 123 456", Czech "on") leaves a phone
LAB_TREND_RANGES: dict[str, tuple[int, int]] = {
    "na": (110, 175), "sodium": (110, 175), "cl": (70, 135), "chloride": (70, 135), "glu": (30, 700),
    "gluc": (30, 700), "bun": (2, 150), "chol": (60, 450), "ldl": (10, 350), "hdl": (10, 150), "tg": (20, 999),
    "ast": (5, 999), "alt": (5, 999), "alp": (15, 999), "alk": (15, 999), "ggt": (5, 999), "ldh": (50, 999),
    "ck": (10, 999), "cpk": (10, 999), "plt": (10, 999), "osm": (230, 380), "ferr": (5, 999), "hr": (30, 220),
    "pulse": (30, 220), "sbp": (60, 260), "dbp": (30, 160), "egfr": (5, 150), "gfr": (5, 150),
}
#: round 25: the analytes and vitals patients and carers name in their own languages and shorthand, by the plausible
#: range of their whole values ("cukier 110 115 108 122", "BZ 140 135 150" for Blutzucker, "TA 140 135 150" for
#: tension artérielle or tensión arterial, "peso 82 81 80 79", "Puls 72 80 76 88"): added to :data:`LAB_TREND_RANGES`.
#: Glucose in mg/dL; blood pressure in mmHg ("TA", "RR" of Riva-Rocci, "PA" of pressione arteriosa, or the last word
#: of "tensión arterial"); pulse; weight in kg or lb; temperature in °C or °F; oxygen saturation; creatinine in µmol/L
#: or mg/dL; haemoglobin in g/L; urea; sodium; INR and potassium (their whole values; most are written as decimals).
_ANALYTE_WORDS_BY_RANGE: tuple[tuple[tuple[int, int], str], ...] = (
    ((20, 700), """glucose glu gluc sugar sugars bg bgl bgs bs fbs fbg cbg rbs glycemia glycaemia glycémie glycemie
        glucemia glicemia glicemie glucosa glicose glicosio glykemie glykämie glykaemie glykemi blutzucker zucker bz
        azúcar azucar açúcar acucar cukier cukru glukoza glukozy glukose glucoza sokeri verensokeri socker blodsocker
        sukker blodsukker bloedsuiker suiker zucchero şeker seker cukr cukor сахар глюкоза цукор"""),
    ((30, 260), """bp nibp rr ta pa tension tensión tensão tensao pressure pressures pressione presión presion pressão
        pressao arterial artérielle arterielle arteriosa ciśnienie cisnienie ciśnienia cisnienia blutdruck bloeddruk
        verenpaine blodtryck blodtryk blodtrykk tlak vérnyomás vernyomas давление systolic diastolic syst
        тиск тиску"""),
    ((30, 220), """puls pouls pulso polso tętno tetno syke pols fc hf herzfrequenz cardíaca cardiaca cardiaque cardiaco
        heartrate"""),
    ((20, 450), "weight weights wt gewicht peso poids waga wagi paino vikt vekt vægt vaegt вес"),
    ((34, 108), """temp temps temperature temperatur température temperatura temperatuur fever fieber fiebre fièvre
        fievre febbre gorączka goraczka kuume"""),
    ((50, 100), "sat sats saturation sättigung sattigung saturación saturacion saturação saturacao saturazione"),
    ((20, 999), """creat creatinine créatinine creatinina kreatinin kreatinine krea crea cr scr kreatynina
        kreatiniini"""),
    ((30, 220), "hb hgb hemoglobin haemoglobin hämoglobin hemoglobina hémoglobine hemoglobine"),
    ((2, 300), "urea harnstoff urée uree"),
    ((110, 175), "natrium sodio sódio sodico sód"),
    ((1, 10), "inr"),
    ((1, 9), "k kalium potassium potasio potássio potassio"),
    # round 26: HbA1c in mmol/mol (IFCC), its whole values 20 to 150 ("HbA1c 58 53 48 45"); a word with a figure in
    # it, each side reads the analyte's word so ("a1c", "hba1c")
    ((20, 150), "hba1c a1c hba1 hb1ac glykohämoglobin glykohb"),
)
LAB_TREND_RANGES.update({word: span for span, words in _ANALYTE_WORDS_BY_RANGE for word in words.split()
                         if word not in LAB_TREND_RANGES})
#: round 25: the analytes' words of four letters or more, which a tagger may read as a name before their figures
#: ("sokeri 7.2 8.1", "Krea 110 125 140"; Finnish sugar, German shorthand for creatinine)
ANALYTE_WORDS: frozenset[str] = frozenset(word for word in LAB_TREND_RANGES if len(word) >= 4)

#: words that say a range of four-figure times after them is opening or working hours ("open 0900-1700",
#: "office hours 0800-1630", "shift 0700-1900"; round 17: read as phone numbers), before the range ...
OPENING_HOURS_WORDS: frozenset[str] = frozenset({
    "open", "opens", "opening", "closed", "closes", "hours", "hrs", "office", "clinic", "pharmacy", "shift", "shifts",
    "between", "from", "available", "staffed", "weekdays", "weekday", "weekends", "daily", "mon-fri", "m-f",
    "horario", "abierto", "geöffnet", "öffnungszeiten", "ouvert", "aperto",
})
#: ... or after it
OPENING_HOURS_AFTER_WORDS: frozenset[str] = frozenset({
    "weekdays", "weekday", "daily", "mon-fri", "m-f", "monday", "mondays", "weekends", "hrs", "hours", "h", "uhr",
})
#: words that name a pack's lot or batch before its figures ("Lot: 2411803", "batch no 8812", "LOT 2411803"; round 17:
#: read as phone numbers): no person's number (the owner's own numbers are still found anywhere by each side)
LOT_WORDS: frozenset[str] = frozenset({
    "lot", "lote", "lotto", "lotnr", "batch", "chargenummer", "charge-nr", "ch.-b.", "ch-b", "partij", "partida",
    # round 35 (r35lots): the words of many languages, abbreviations and all, that a pack prints before its lot
    "charge", "chargen-nr", "chargen-nr.", "chargennummer", "ch.-b", "ch.b.", "los-nr", "los-nr.", "losnummer",
    "lotnummer", "lotnumber", "lot-nr", "lot-nr.", "lotnr.", "batchnr", "batchnr.", "batchnummer", "b/n", "partijnummer",
    "parti", "partinummer", "partia", "serii", "sats", "satsnummer", "satsnr", "erä", "eränumero", "eränro",
    "šarže", "sarze", "šarža", "sarza", "партия", "серия", "партида", "серија", "партiя", "παρτίδα", "lotul",
    "tételszám", "gyártási szám", "numero di lotto", "rakam", "parti no", "رقم التشغيلة", "التشغيلة", "אצווה",
    # round 37 (r37keepdrugs): more languages' words of a batch, a lot, a series or a charge as packs print them
    # (Swedish "Tillverkningssats", Polish "Numer serii", Turkish "Seri no", Greek "Αριθμός παρτίδας")
    "tillverkningssats", "tillverkningsnummer", "tillverkningsnr", "sarjanumero", "valmistuserä",
    "produktionsnummer", "chargenr", "chargenr.", "charge-nummer", "herstellungsnummer", "fabricagenummer",
    "productienummer", "numer serii", "nr serii", "seria", "numer partii", "nr partii", "seri", "seri no", "seri numarası",
    "parti numarası", "üretim no", "αριθμός παρτίδας", "αρ. παρτίδας", "παρτίδας", "παρτίδα αρ", "número de lote",
    "nº de lote", "n.º de lote", "numéro de lot", "n° de lot", "numero de lot", "numero lotto", "číslo šarže",
    "č. šarže", "číslo série", "serijski broj", "broj serije", "serija", "šarža br", "номер партии",
    "номер серии", "серия №", "номер партії", "серія", "номер на партида", "partinr",
    "batch number", "batch no", "batch code", "lot number", "lot no", "serial number", "serial no", "sarjanro",
    "gyártási tétel", "nr. lot", "seria nr", "lote nº", "lotto n", "ロット番号", "loten", "batchkod",
})
#: ... those of the scripts written without spaces, which a word's letters may stand right before ("生产批号")
#: round 38 (r38drugs): the words of a pack's lot and expiry cues, lower case: none is a name however it ends (Czech
#: "Použitelné do", read as a Hungarian married name "-né")
PACK_CUE_WORDS: frozenset[str] = frozenset(w.lower() for w in (*EXPIRY_WORDS, *LOT_WORDS, *(a for a, _ in EXPIRY_PHRASES)))
LOT_WORDS_UNSPACED: frozenset[str] = frozenset({
    "ロット", "ロット番号", "製造番号", "製造記号", "批号", "生产批号", "批次", "批號", "제조번호", "로트", "로트번호",
})
#: ... the marks of a number after a lot's word ("Batch No.", "lot n°", "lotto n.", "Parti No:", "ロット番号")
LOT_NUMBER_MARKS: tuple[str, ...] = ("no", "nr", "n", "n°", "nº", "n.º", "n.o", "núm", "num", "número", "numero", "numéro",
                                      "number", "nummer", "#")
#: ... and the few words that may stand between a lot's word and its figures ("El lote de este mes es X4827361Y",
#: "the batch on the box is …"): no more than :data:`LOT_FILLERS_AT_MOST` of them, so a lot's word far away protects
#: no identifier
LOT_FILLER_WORDS: frozenset[str] = frozenset({
    "de", "del", "este", "esta", "mes", "es", "is", "was", "on", "the", "box", "pack", "of", "this", "month's", "ist",
    "est", "è", "é", "är", "er", "era", "nuevo", "new", "du", "di", "da", "do", "mois", "mese", "dieses", "monats",
    "questo", "questa", "deste", "desta", "mês", "ce", "cette", "denna", "månad", "dieser", "diese", "der", "die",
})
LOT_FILLERS_AT_MOST = 4
#: a lot's word as the fold has it, kept where the fold leaves letters and figures ("Era", "PiHao", "Seriya")
_FOLDED_CUE = re.compile(r"[a-z0-9][a-z0-9 ./#-]*")


def lot_number_pattern() -> str:
    """Round 35 (r35lots): the source of a pattern of a lot's word (:data:`LOT_WORDS`, :data:`LOT_WORDS_UNSPACED`),
    the mark of its number, a few words of :data:`LOT_FILLER_WORDS`, and the lot's letters and figures (group
    ``lot``: with a figure in its first seven characters, five letters and figures before a space ("Lot 12
    Sampaguita St." is an address's), and not grouped 3-3-4 as a phone is, "lot 212-555-7781";
    groups after a space begin with a figure, a last letter may stand alone: "112-233-445 95", "QQ 12 34 56 C").
    Each side compiles it ignoring case; "a lot" and "parking lot" say no lot. Both sides read a lot's
    number alike (round 35: the redactor redacted 40 lots of an identity number's shape after words the check knew
    not, and the check refused three)."""
    from features.deid.normalize import fold_text  # the fold reads these lists (a cycle at the top)

    def spaced(words: Iterable[str]) -> str:  # as written and as the redactor's folded view has them ("PiHao", "Era")
        both = {*words, *(w for w in (fold_text(word).lower().strip() for word in words) if _FOLDED_CUE.fullmatch(w))}
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(both, key=len, reverse=True))
    return (rf"(?:(?<![^\W\d_])(?:(?<!\ba )(?<!\bparking )lot(?![^\W\d_])|"
            rf"{spaced({*LOT_WORDS, *LOT_WORDS_UNSPACED} - {'lot'})})|"
            rf"(?:{'|'.join(map(re.escape, LOT_WORDS_UNSPACED))}))(?![^\W\d_])\.?"
            rf"(?:[ \t]*(?:{spaced(LOT_NUMBER_MARKS)})(?![^\W\d_])\.?)?[ \t]*[:#]?"
            rf"(?:[ \t]+(?:{spaced(LOT_FILLER_WORDS)})(?![^\W\d_])){{0,{LOT_FILLERS_AT_MOST}}}[ \t]*[:#]?[ \t]*"
            r"(?P<lot>(?=[A-Za-z]{0,6}[ \t]?\d)(?=(?:[./()\-]?[A-Za-z0-9]){5}|[A-Za-z]{1,3}[ \t]\d)"
            r"(?![+(])(?!\d{3}[.\-]\d{3}[.\-]\d{4}(?!\d))[A-Za-z0-9][A-Za-z0-9./()\-]*"
            r"(?:[ \t](?=[A-Za-z]{0,3}\d)[A-Za-z0-9][A-Za-z0-9./()\-]*)*(?:[ \t][A-Z](?![\w-]))?)")
#: round 31 (r31numbers): a drug's national code after its word, and how many figures it has: Canada's DIN and NPN
#: (eight: "DIN 02242705" was read as a phone), France's CIP (seven or thirteen), Italy's AIC and MINSAN (nine),
#: Belgium's CNK (seven), the Nordic Vnr (six), Australia's AUST R and AUST L (five or six); NDC, PZN and GTIN are
#: round 17's (a phone grouped 3-3-4 after "NDC" is a phone). No person's number: kept by both sides when
#: it has its length (a phone of other figures after the word is still one); lower case, as typed
DRUG_CODE_LENGTHS: dict[str, tuple[int, ...]] = {
    "din": (8,), "din-pin": (8,), "din-hm": (8,), "npn": (8,), "cip": (7, 13), "cip7": (7,), "cip13": (13,),
    "cip-7": (7,), "cip-13": (13,), "acl": (7, 13), "aic": (9,), "minsan": (9,), "cnk": (7,), "vnr": (6,),
    "varenummer": (6,), "aust r": (5, 6), "aust l": (5, 6),
    # round 32 (r32ids): Spain's código nacional ("C.N. 712729.3": six figures and a check figure), the UK's product
    # licence ("PL 00289/0123", "PLGB 12345/0001": nine), Brazil's registry of the ministry of health ("Registro MS
    # 1.0043.0012.001-1": thirteen), Colombia's INVIMA ("INVIMA 2019M-0012345": eleven, the year and the serial)
    "c.n.": (7,), "cn": (7,), "código nacional": (7,), "codigo nacional": (7,), "pl": (9,), "plgb": (9,),
    "plni": (9,), "pl gb": (9,), "product licence": (9,), "registro ms": (13,), "reg. ms": (13,), "reg ms": (13,),
    "ms": (13,), "invima": (10, 11),
}
#: round 32 (r32ids): the letters between a drug code's year and its serial ("INVIMA 2019M-0012345", "2015DM-…"),
#: which both sides let stand inside the code
DRUG_CODE_INFIX = r"[A-Z]{1,3}-"
#: round 32 (r32ids): words of identity papers of Spanish and Portuguese speakers, after which a number of any length
#: (five figures to twelve, in groups or not: "C.C. 1.020.304.050", "cédula 79123456", "DNI 12.345.678") is an
#: identity number, not a phone; lower case, as folded, dots kept
IDENTITY_CARD_WORDS: frozenset[str] = frozenset({
    "c.c.", "c.c", "cc.", "cc", "ci", "cédula", "cedula", "cédula de ciudadanía", "cedula de ciudadania", "cédula de identidad",
    "cedula de identidad", "c.i.", "dni", "d.n.i.", "documento", "documento de identidad", "doc. identidad",
    "nro. de documento", "número de documento", "numero de documento", "carnet de identidad", "carné de identidad",
    "dpi", "dui", "nuip", "tarjeta de identidad", "bilhete de identidade", "rg", "cni", "nie", "n.i.e.",
    # round 33 (r33ids): Romania's CNP, thirteen figures ("CNP 2310704123456": read only as a phone)
    "cnp", "c.n.p.", "cod numeric personal", "codul numeric personal",
})
#: round 32: the words of a medicine's product line written after its brand ("Lemsip Max Strength", "Nurofen Plus",
#: "Panadol Extra", "Strepsils Night"): after a brand, no person's name
BRAND_LINE_WORDS: frozenset[str] = frozenset({
    "max", "maximum", "strength", "extra", "plus", "forte", "mite", "rapid", "express", "night", "nighttime", "day",
    "daytime", "cold", "flu", "retard", "zapp", "advance", "junior", "duo", "ultra", "original",
})
#: round 31 (r31numbers): words that say what follows is the marking on a pill ("imprint WATSON 3202": read as a town
#: and its ZIP), lower case: a maker's name and a code of up to four figures after one is no place, person or number
IMPRINT_WORDS: frozenset[str] = frozenset({
    "imprint", "imprinted", "imprints", "imprint code", "debossed", "prägung", "pragung", "aufdruck", "opdruk",
    "impronta", "marquage",
})
#: ... the words that say so after a word of a pill (:data:`PILL_WORDS`) a few words before ("the tablet says TEVA
#: 3109", "white pill marked M 367", "cápsula con grabado")
MARKING_WORDS: frozenset[str] = frozenset({
    "marked", "marking", "markings", "engraved", "stamped", "embossed", "inscribed", "says", "reads", "said", "shows",
    "has", "with",
    # round 32 (r32ids): the plural's verbs ("the pills say TEVA 3109" was read as a town and ZIP)
    "say", "read", "show", "have", "bear", "bears",
    "aufschrift", "gravé", "grave", "gravure", "inscription", "grabado", "grabada", "impresión",
    "impresion", "inscripción", "inscripcion", "gravado", "gravada", "inciso", "incisa", "dice", "diz", "con", "com",
    "mit", "avec",
})
#: ... and the words of a pill that a marking "says" or "reads" after ("the tablet says TEVA 3109")
PILL_WORDS: frozenset[str] = frozenset({
    "pill", "pills", "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "caplet", "caplets", "pastilla",
    "pastillas", "comprimido", "comprimidos", "cápsula", "capsula", "comprimé", "comprime", "gélule", "gelule",
    "tablette", "kapsel", "pille", "compressa", "pillola",
})

#: round 26: a sliding scale of insulin, each range of glucose with its dose ("150-200 2u, 201-250 4u",
#: "Korrekturschema 150-200 2 IE"; the twenty-sixth round published "<PHONE>u"): the words that head one, lower case,
#: a few words before the ranges ...
SLIDING_SCALE_WORDS: frozenset[str] = frozenset({
    "scale", "sliding", "ssi", "correction", "correctional", "korrektur", "korrekturschema", "spritzschema",
    "korrekturfaktor", "escala", "escalas", "pauta", "corrección", "correccion", "échelle", "echelle", "schema",
    "schéma", "scala", "correzione", "schaal", "skala", "insulin", "insulina", "insuline", "novorapid", "humalog",
    "actrapid", "apidra", "fiasp", "lyumjev", "admelog", "novolog",
})
#: ... and the units of insulin right after a range's dose ("2u", "4 IE", "6 units", "2 UI", "3 E")
SLIDING_SCALE_UNITS: frozenset[str] = frozenset({
    "u", "iu", "ui", "ie", "e", "ed", "unit", "units", "unidades", "unidad", "unités", "unites", "unità", "unita",
    "einheiten", "eenheden", "jednostek", "j",
})
#: round 26: a weekday's short and full names in the languages patients log readings in ("Mon 142 Tue 138 Wed 151",
#: "Mo 142 Di 138", "lun 142 mar 138"): between two figures no street's name (the twenty-sixth round published "Mon
#: <ADDRESS> <LOCATION> 151"). Lower case; from CLDR's abbreviated day names (Babel's ``Locale.days``)
WEEKDAY_WORDS: frozenset[str] = _listed("""
    mon tue tues wed weds thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
    mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag
    lun mar mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche
    lu ma mi ju vi sá sa do lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    gio lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica
    wo vr za zo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    pon wt śr sr czw pt sob nd nie poniedziałek wtorek środa czwartek piątek sobota niedziela
    seg ter qua qui sex sáb dom segunda terça terca quarta quinta sexta
    må ti on to fr lö sö
""")

#: round 32 (r32pieces): the words of national numbers that hold their owner's date of birth, lower case: Mexico's CURP
#: and RFC, Malaysia's MyKad ("IC", "No. IC"), Singapore's NRIC, Sweden's and Norway's personnummer and
#: fødselsnummer, Poland's PESEL, Romania's CNP, Finland's HETU, Denmark's CPR, Korea's RRN (주민등록번호), China's
#: resident ID (身份证), South Africa's ID, Bulgaria's EGN, the Baltic personal codes. An owner's date after one of them
#: (a few words at most between) is a piece of the number, with the pieces written beside it ("CURP: QUGD 310704
#: MCSNXL 02"); each side reads them with its own pattern
BIRTH_DATE_ID_WORDS: frozenset[str] = frozenset({
    "curp", "rfc", "ic", "mykad", "mykid", "nric", "personnummer", "personnr", "pnr", "fødselsnummer",
    "fodselsnummer", "pesel", "cnp", "hetu", "henkilötunnus", "henkilotunnus", "cpr", "cpr-nr", "cpr-nummer", "rrn",
    "주민등록번호", "주민번호", "身份证", "身份证号", "身份證", "egn", "егн", "isikukood", "asmens kodas", "personas kods",
    "id number", "id no", "identity number", "sa id", "kennitala", "amka", "jmbg", "emšo", "emso", "rodné číslo",
    "rodne cislo", "tc kimlik", "nik",
})
#: round 34 (r34ids): more words of national numbers whose last character may be a check letter (Spain's NIF, Ireland's
#: PPSN, Hong Kong's HKID, the Netherlands' BSN, Portugal's Cartão de Cidadão, the UK's National Insurance number):
#: with :data:`IDENTITY_CARD_WORDS` and :data:`BIRTH_DATE_ID_WORDS`, the words after which a number with a letter
#: before or after it is taken whole, the letter any case ("mi DNI es 12345678z", "hetu 080239-123x")
CHECK_LETTER_ID_WORDS: frozenset[str] = frozenset({
    "nif", "n.i.f.", "ppsn", "pps number", "pps no", "hkid", "bsn", "burgerservicenummer", "cartão de cidadão",
    "cartao de cidadao", "número de identificação civil", "numero de identificacao civil", "ni number",
    "national insurance number", "personal number",
})


#: round 38 (r38ids): the words of national numbers of three letters or more (:data:`IDENTITY_CARD_WORDS`,
#: :data:`BIRTH_DATE_ID_WORDS`, :data:`CHECK_LETTER_ID_WORDS`), lower case: with one a little before or after a number,
#: a lone figure set apart after the number is its check figure whatever word follows ("4410071234 6 to mój PESEL")
NATIONAL_NUMBER_WORDS: frozenset[str] = frozenset(
    w for w in IDENTITY_CARD_WORDS | BIRTH_DATE_ID_WORDS | CHECK_LETTER_ID_WORDS if len(w.replace(".", "")) > 2)
#: ... how many characters before the number's end and after its check figure are read for one
NATIONAL_NUMBER_WORD_REACH = 60


#: round 37: what follows a number's lone last figure or letter set apart by a blank or a dash when that is no check
#: part of a national number ("<PHONE> 8 am", "<PHONE> - 2 times", "<ID> x 3"): words of the clock, of a dose and of
#: a count; each side reads a lone figure or letter at a clause's end, or before another word, as a check part only
#: where no such word follows it
WORDS_AFTER_A_LONE_FIGURE: frozenset[str] = READING_UNITS | COUNTED_THINGS | CLOCK_UNIT_WORDS | frozenset({
    "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "oclock", "ext", "extension", "more", "days", "day",
    "weeks", "week", "months", "month", "years", "year", "mins", "min", "minutes", "hours", "hour", "sec", "secs",
})
#: round 37: the words of one letter of English and the languages of the rounds (articles, "and", "or", "in",
#: "with": "<PHONE> a day", "<PHONE> o <PHONE>", "<PHONE> y tarde", Polish "<PHONE> w domu"), and "x" of an extension
#: or a count: a capital of them before another word is no check letter either ("<PHONE> A day", "<PHONE> - I will
#: call"); not the Slavic "k", a RUT's check letter ("<PHONE> - K gracias")
ONE_LETTER_WORDS: frozenset[str] = frozenset({"a", "i", "o", "e", "y", "u", "x", "w", "z", "s", "v"})
#: round 37: interjections and words of yes and no of two letters that may end a message after a number ("call 555
#: 1234 ah", "<PHONE> ja"): never a check part of two letters (an Irish PPSN's "TW", "WA", "FA")
TWO_LETTER_WORDS_AFTER_A_NUMBER: frozenset[str] = frozenset({"ah", "oh", "eh", "uh", "ha", "ja", "na", "ok"})

#: round 34: makers of generics whose name is written after the medicine's, as sold in Germany, Austria and their
#: neighbours ("L-Thyroxin Henning", "Ramipril Hexal", "Metformin Sandoz", "Amlodipin Teva"), some of them also
#: people's names (Henning, Heumann); lower case: no person right after a medicine
_GENERIC_MAKERS = """
    henning hexal ratiopharm sandoz teva stada aliud heumann betapharm winthrop zentiva krka mylan actavis accord
    axcount puren abz 1a al aristo basics glenmark apotex viatris
"""
GENERIC_MAKERS: frozenset[str] = frozenset(_GENERIC_MAKERS.split())
