"""Medical and everyday terms that look like a person's name or a place, as vocabulary shared by the redactor and the
leak check: eponyms of diseases, devices, tests and manoeuvres ("Holter monitor", "Foley catheter", "Epley
manoeuvre"), diseases and foods named after places ("West Nile virus", "Brussels sprouts", "Dijon mustard"), foods
after "with" ("with tea") and the nouns of a role or a record the NER tags as a person ("inmate", "patient", "ssn").
One-word symptoms ("Heartburn again") are :data:`features.deid.readingwords.SYMPTOMS_ALONE`.

The seventeenth black-box round found each of these redacted (clinical meaning lost) or read by the check as a name
where a person stands (a lake refused). Only words here: the redactor (:func:`features.deid.text._is_eponym`,
:func:`features.deid.text._is_a_term`) and the check (:mod:`features.deid.leakpeople`) read them with their own
patterns. Everything is lower case, accents dropped; an eponym is its surname's letters ("crohn" of "Crohn's").
"""

from __future__ import annotations


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
    whipple wilson baker colles tietze foley glasgow doppler valsalva babinski snellen hickman nissen heberden
    trendelenburg romberg tinel phalen swan ganz pap fontan bouchard kernig brudzinski mcburney rovsing lachman
    mcmurray rinne hallpike semont daroff korotkoff papanicolaou coombs ziehl tensilon adie horner
"""
#: eponyms a possessive alone says are a disease ("my dad has Parkinson's")
EPONYMS_ALONE = frozenset(_EPONYMS_ALONE.split())
#: every eponym, read as one only before a word of :data:`DISEASE_WORDS` where not in :data:`EPONYMS_ALONE`
EPONYMS = EPONYMS_ALONE | frozenset(_EPONYMS_WITH_DISEASE.split())
#: words that say the eponym before them is a disease, a device, a test or a manoeuvre ("Wilson's disease",
#: "Barrett's esophagus", "Addison's flare", "Holter monitor", "Foley catheter", "Glasgow scale", "Epley manoeuvre")
DISEASE_WORDS = _words("""
    disease diseases syndrome syndromes palsy disorder sarcoma lymphoma tumor tumour phenomenon esophagus oesophagus
    chorea ulcer contracture encephalopathy thyroiditis anomaly dementia cyst fracture sign triad flare flares flared
    flareup flare-up crisis symptoms symptom meds medication medications treatment diagnosis dx tremor tremors disease's
    monitor monitors catheter catheters cath manoeuvre manoeuvres maneuver maneuvers maneuvre score scores scale
    scales procedure reflex reflexes smear stain nodes node shunt fundoplication coma
""")

#: places that name a disease or a food before one of :data:`PLACE_NAMED_HEADS` ("West Nile virus", "Lyme disease",
#: "Brussels sprouts", "Dijon mustard", "Greek yoghurt", "Swiss chard"): the place is no town of the message's
PLACE_NAMED_WORDS = _words("""
    west nile lyme norwalk rocky mountain spotted brussels dijon greek swiss canadian french worcestershire jerusalem
    cayenne boston bibb romaine spanish german hong kong asian russian stockholm legionnaires coxsackie marburg lassa
    hendra nipah ross river japanese eastern western equine st louis murray valley parma parmesan cheddar bologna
    buffalo philly cajun tuscan mexican thai indian italian chinese turkish english irish scotch danish belgian
    tex mex california maine idaho florida georgia vidalia kalamata cornish welsh manchego gouda brie feta camembert
""")
#: what a place of :data:`PLACE_NAMED_WORDS` names when one of these follows it
PLACE_NAMED_HEADS = _words("""
    virus viruses fever flu influenza measles disease encephalitis infection tick ticks outbreak vaccine shot
    sprouts mustard yoghurt yogurt chard cheese bacon fries toast sauce artichoke artichokes pepper peppers lettuce
    salad wings muffin muffins chicken rice oats pasta ham crackers potatoes potato onion onions olives tea coffee
    bread roll rolls dressing syndrome sausage steak
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

#: nouns of a role, a record or an identifier's name that the NER tags as a person ("the inmate next to me", "ssn on
#: file", "Patient reports", "Nurse said"): never a name alone
ROLE_NOUNS = _words("""
    inmate inmates ssn ssns patient patients nurse nurses resident residents caller caregiver client member
    subscriber guarantor beneficiary dependent dependents veteran vet pharmacist tech technician doc mrn dob pt pts
""")
