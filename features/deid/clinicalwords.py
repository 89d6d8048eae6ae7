"""Clinical words that look like a person's name or a place, as vocabulary shared by the redactor and the leak check
(round 22): eponymous signs, tests, manoeuvres, devices, scales and body parts ("Babinski negative", "Foley out",
"Trendelenburg position", "Hamilton Depression scale", "Achilles tendon"), read by the clinical word after them.

The twenty-second black-box round found each of these redacted as a person or a place (clinical meaning lost) or read
by the check as a name where a person stands. Only words here: the redactor (:func:`features.deid.text._is_a_sign`) and
the check (:func:`features.deid.leakpeople.without_signs`) read them with their own patterns. A title before the word
("Dr Foley called", "Mr Holter will visit") says a person on both sides. Everything is lower case, accents dropped.
Written by hand from everyday clinical usage (bedside examination, nursing notes, device and scale names).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, split at white space."""
    return frozenset(text.split())


#: eponyms of signs, tests and manoeuvres that are seldom anyone's surname in a message about medication: one such word
#: alone, not after a title, is the sign ("Valsalva stopped the SVT", "Doppler showed no clot", "Romberg: swaying")
SIGN_EPONYMS_ALONE = _words("""
    valsalva trendelenburg babinski romberg kernig brudzinski tinel phalen mcburney doppler snellen apgar heimlich epley
    hallpike korotkoff rovsing
""")
#: eponyms of devices, read as the device before a word of its state ("Foley out", "Holter on for 48h", "Swan-Ganz
#: removed")
DEVICE_EPONYMS = _words("foley holter swan ganz doppler hickman groshong broviac")
#: eponyms that are common surnames or places as well, read as the sign only before a word of :data:`SIGN_WORDS_AFTER`
#: ("Murphy's sign", "Levine sign", "Hamilton Depression scale", "Bristol stool scale", "Achilles tendon", "Gleason
#: score")
SIGN_EPONYMS = SIGN_EPONYMS_ALONE | DEVICE_EPONYMS | _words("""
    murphy levine hamilton bristol achilles gleason glasgow braden waterlow ranson pugh mallampati homan homans
    chvostek trousseau lhermitte finkelstein adson spurling schober ortolani barlow killip
""")
#: words after an eponym that say it is a sign, a score, a device, a manoeuvre or a body part ("Kernig sign",
#: "Trendelenburg position", "Achilles tendon", "McBurney point", "Bristol stool scale"); no "test" or "positive",
#: which follow a person as well ("Murphy test results", "Levine positive for flu"): the eponyms of
#: :data:`SIGN_EPONYMS_ALONE` need no word after them
SIGN_WORDS_AFTER = _words("""
    sign signs score scores scale scales catheter catheters cath monitor monitors monitoring manoeuvre manoeuvres
    maneuver maneuvers maneuvre position positioning reflex reflexes tendon tendons tendonitis tendinitis
    tendinopathy point stool depression anxiety rating criteria classification
""")
#: a device's state after its eponym ("Foley out", "Holter on", "Swan-Ganz removed", "Hickman placed")
DEVICE_STATES = _words("""
    out on off in removed placed inserted changed pulled discontinued dc'd dcd started due flushed draining leaking
    blocked clogged
""")
#: names of stores, glucose meters and days that hold a given name ("Sam's Club", "Contour Next", "Christmas Eve",
#: "New Year's Eve", "Trader Joe's"): where a refill or a meter's reading came from, or a day, no person; apostrophes
#: optional
NAMED_PHRASES = frozenset(tuple(phrase.split()) for phrase in """
    sam's club|trader joe's|dollar general|family dollar|whole foods|rite aid|christmas eve|new year's eve|xmas eve|
    contour next|freestyle libre|one touch|onetouch verio|accu-chek guide|true metrix
""".replace("\n", " ").split("|") if phrase.strip())
#: laboratory, vital and examination abbreviations a tagger or a cue reads as a name or a platform ("TG 180" is
#: triglycerides, not a Telegram handle; "JVD noted", "PND" are no persons): with a figure after them a reading
LAB_ABBREVIATIONS = _words("""
    tg trig trigs ig igg iga igm ige jvd pnd hpi pmh bnp ntprobnp ast alt alp ggt ldh ck cpk crp esr
    fev1 fvc pef pefr dlco tlc hct hgb wbc rbc plt mcv anc ptt aptt inr uacr acr upcr tsh ft4 ft3 psa cea
    afp lft lfts cbc cmp bmp abg vbg ekg ecg cxr rr hr bp spo2 sao2 etco2 cvp gcs
""")
#: measures of lung function written as a month's abbreviation glued to a day ("FEV1 68% predicted": Portuguese and
#: French "fev" is February): no date
MEASURES_LIKE_DATES = _words("fev1 fev6")
#: relation words that lead a name a tagger may take into the name ("며느리 이지은", "زوجة ابني فاطمة", "büyükannem"),
#: beyond the relations of :data:`~features.deid.peoplewords.RELATIONS`: Korean in-laws and grandparents, Arabic and
#: Turkish relations with their possessive endings (Turkish folded: "büyükannem" is "buyukannem"); trimmed off the
#: name's front, the name after them still goes
MORE_RELATIONS = _words("""
    며느리 사위 시어머니 시아버지 장모 장인 할머니 할아버지 손주 조카 이모 고모 삼촌 외삼촌 형수 제수 매형 처제
    زوجة زوج ابني ابنتي ابن بنت أمي ابي أبي أخي أختي جدتي جدي حماتي كنتي زوجتي زوجي خالتي عمتي خالي عمي
    buyukannem buyukbabam anneannem babaannem dedem ninem gelinim damadim kizim oglum annem babam esim torunum
""")
#: words before a value that a tagger takes for a name ("Urlaub vom 12.07.", "geo:37.77,-122.41", "IBAN DE89...",
#: "Kennzeichen B-AB 1234", "WhatsApp 555-0123"), everyday Irish words ("níl mo chuid piollaí agam", I do not have my
#: pills) and Russian words of living somewhere ("живу в Спрингфилде"): never a name alone, trimmed off a name's front
#: (the value after them goes by its own shape); accents dropped
WORDS_NEVER_A_NAME = _words("""
    urlaub ferien geo iban kennzeichen nummernschild whatsapp telegram signal viber
    wifi wlan ssid
    nil ta mo chuid piollai agam aige aici leigheas taibleid
    живу живём живем живёт живет жила жил в во
""")
#: the words of a range of dates or doses that a street's suffix reads as a street ("du 5 au 19 août": "au" and "du"
#: read as a street with its number): never a street alone
RANGE_WORDS = _words("du au al del dal vom bis von")

#: round 23: units of length a size is measured in ("3 mm stone", "2 cm DVT"), short enough to be a person's initials
#: ("- CM") elsewhere: a unit only right after its figures
LENGTH_UNITS = _words("mm cm")

#: round 23: the most doses of a taper counting down (or up) by one single figure at a time: methylprednisolone's
#: dose pack is 6-5-4-3-2-1 tablets. Seven single figures or more counting by one ("9 8 7 6 5 4 3 2 1", said digit by
#: digit in words) are an identifier's digits in order, not a taper, to both sides.
LONGEST_TAPER_BY_ONES = 6
#: round 24: what every dose of four figures in a titration is a multiple of (gabapentin 600-900-1200-1500-1800-2100 mg,
#: levetiracetam 250-500-...-1500 mg, metformin 1000-1500-2000): tablets and capsules of a gram or more come in steps of
#: fifty milligrams or more, so a four-figure group of a taper read by its steps alone is one; a phone's last four
#: digits rarely are, and the taper needs six such steps going one way besides
LARGE_DOSE_STEP = 50

#: round 23: glucose meters, continuous glucose monitors and insulin pumps by brand, each brand's words (lower case;
#: a written "-" or none may stand for a space between two words: "Accu-Chek", "OneTouch"); a brand before a word
#: of :data:`DEVICE_READING_WORDS` or a figure, its model's words (:data:`DEVICE_MODEL_WORDS`) between, is the device
#: giving a reading, no person ("Libre 3 reading 112", "OneTouch Verio says 118", "Dexcom G7 shows 140")
GLUCOSE_DEVICE_BRANDS: tuple[tuple[str, ...], ...] = tuple(tuple(phrase.split()) for phrase in """
    freestyle libre|freestyle|libre|one touch verio|one touch ultra|one touch select|one touch|verio|accu chek guide|
    accu chek aviva|accu chek instant|accu chek|contour next|contour|dexcom|omnipod|medtronic guardian|medtronic|
    minimed|guardian|eversense|true metrix|relion|tandem
""".replace("\n", " ").split("|") if phrase.strip())
#: round 24: glucose meters by a brand that is a given name too ("Dario"): the device only with a figure after it, its
#: model's words and a reading word of :data:`DEVICE_READING_WORDS` between at most ("my Dario says 145", "Dario
#: reading 132", "Dario 145 this morning"); "Dario says hi" is a person
GLUCOSE_DEVICE_BRANDS_NAMED: tuple[tuple[str, ...], ...] = (("dario",),)
#: a device's model or part said after its brand ("Libre 3", "Dexcom G7", "Contour Next One", "Libre sensor")
DEVICE_MODEL_WORDS = _words("one plus pro ultra flash mini link sensor cgm meter pump app reader receiver 2 3 g6 g7 780g")
#: words of a device giving a reading after its brand ("says", "reading", "shows", "showed", "gave")
DEVICE_READING_WORDS = _words("""
    reading readings read reads says said say shows showed showing shown gave gives displayed displays displaying
    measured measures recorded registered alarmed alarming alarm beeped beeping high low
""")

#: round 25: insulin named in the languages patients write, besides its brands (which the medicines' vocabulary knows):
#: three dashed doses after one ("Insulin 8-8-10", "insulina 6-8-6") are its doses at the three meals, no date
INSULIN_WORDS = _words("""
    insulin insulina insuline insulinu insuliini insulinet insulinen insulini huminsulin berlinsulin
    bolus basal
""")
#: round 25: a unit of insulin written after its meal doses ("Novorapid 6-8-6 IE", "8-8-10 UI"; not "e" or "u",
#: a word of Romance languages)
INSULIN_UNITS = _words("ie ui iu einheiten unidades unités unites jednostek")
