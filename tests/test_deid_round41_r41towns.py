"""Round 41, branch r41towns: towns beside a hospital's, clinic's or pharmacy's word in Latin-script languages, which
the 40th black-box round saw published (the check saw none of them, the redactor some), fixed as kinds on both sides.

a. Published: a town after a facility's word alone and a word of "in" ("på apoteket i Kiruna", "w szpitalu w
   Wadowicach", "v nemocnici v Kolíně", "het ziekenhuis in Zwolle"): a town of GeoNames too, no longer an errand's
   place that stays (rounds 35 and 39 kept it; a town is an identifier below a state's level). The facility's words
   in the cases a sentence puts them in (``peoplewords.FACILITY_WORDS``: "szpitalu", "przychodni", "nemocnici",
   "sjukhuset"); redactor ``place_shapes.small_town_after_a_facility_spans``, check
   ``leakplaces.small_town_after_a_facility``.
b. Published: after "i", "på", "w", "we", "v", "ve" (``placewords.LEADS_IN_LOWER_CASE_PROSE``: languages that write
   their nouns in lower case) a capitalised word that one language's word list also counts ("apoteket på Nørrebro",
   "aptece we Wrocławiu"); a word of many languages' lists stays ("w aptece w Centrum").
c. Published: a Swiss hospital's word before a town ("Spital Uster", "Kantonsspital Baden";
   ``placewords.FACILITY_WORDS_BEFORE_A_LISTED_TOWN``), a town of two words with "Bad", "Sankt" or "St." after a
   German facility's word or after a facility's word and "in" ("Krankenhaus Bad Tölz", "Klinikum St. Georgen";
   ``placewords.TOWN_PREFIXES``, ``FACILITY_WORDS_BEFORE_A_PREFIXED_TOWN``; ``place_shapes.town_with_a_prefix_spans``,
   ``leakplaces.prefixed_town_beside_a_facility``; "Klinikum St." is no street any more), a saint's hospital staying
   ("Krankenhaus St. Elisabeth"); a town's tail of "am", "an der", "im" and a capitalised word
   (``placewords.TOWN_TAIL_PARTICLES``; ``place_shapes.town_tail_end``, ``leakplaces.town_tail_left``).
d. Refused, blocking: a GeoNames town right after a Czech pharmacy's word ("Lékárna Kolín") was kept as a pharmacy's
   name by the redactor (``text._a_pharmacy_named`` now lets the towns read beside a facility's word go).
e. Published: Dutch towns after "uit" and "naar", French ones after words of being or travelling and "à" ("ik kom
   uit Apeldoorn", "mon fils est à Lyon"; ``placewords.MORE_RESIDENCE_CUES``, read by both sides).
f. Published: presidio-evaluator's address blocks, a town in capitals between a street line and a postcode
   ("12 Kyrenias Street\\nSTROVOLOS 2043"; ``text._with_capitals_towns_before_postcodes``,
   ``leakplaces.town_left_by_a_place``); an Australian state's capitals stay.
g. Kept by both sides: identifier-free sentences of the same languages with "i", "w", "v", "à", "uit", "naar" before
   common nouns, dishes and products named after towns ("Bad Reichenhaller Salz").
"""

from __future__ import annotations

import pytest

from features.deid.leakplaces import prefixed_town_beside_a_facility, town_left_by_a_place, town_tail_left
from tests import deid_probes as probes

_SMALL = {"small town after a facility's word"}
_NAMED = {"town in a facility's name"}
_PREFIXED = {"town of two words beside a facility's word"}
_LIVING = {"town after a word of living"}

#: (a) a town after a facility's word alone and a word of "in", any language's; (b) a word one language's list counts,
#: after a word of "in" of a language of lower-case nouns; (c) Swiss hospitals' words before a town and towns of two
#: words; (d) a town right after a Czech pharmacy's word; (e) Dutch towns after "uit" and "naar", French ones after
#: being or travelling and "à"
_CAUGHT = [
    ("Hentet Marevan på apoteket i Tromsø i dag.", "Tromsø", _SMALL),
    ("Mamma ligger på sjukhuset i Borlänge sedan i söndags.", "Borlänge", _SMALL),
    ("Jeg var på sygehuset i Holstebro med min far.", "Holstebro", _SMALL),
    ("Tata leży w szpitalu w Tarnowie od wtorku.", "Tarnowie", _SMALL),
    ("Zapisałam się w przychodni w Mielcu na jutro.", "Mielcu", _SMALL),
    ("Babička je v nemocnici v Jihlavě už týden.", "Jihlavě", _SMALL),
    ("Mijn vader ligt in het ziekenhuis in Hengelo.", "Hengelo", _SMALL),
    ("Compré la insulina en la farmacia en Alcorcón.", "Alcorcón", _SMALL),
    ("Jeg hentede pillerne på apoteket på Østerbro.", "Østerbro", _SMALL),
    ("Odebrałam receptę w aptece we Wrocławiu.", "Wrocławiu", _SMALL),
    ("Hun ble lagt inn på sykehuset i Bodø i går.", "Bodø", _SMALL),
    ("Mein Vater ist im Spital Wetzikon zur Abklärung.", "Wetzikon", _NAMED),
    ("Termin im Kantonsspital Aarau am Donnerstag.", "Aarau", _NAMED),
    ("Sie ist seit Freitag im Krankenhaus Bad Aibling.", "Aibling", _PREFIXED),
    ("Die Reha im Klinikum Bad Bramstedt hat angerufen.", "Bramstedt", _PREFIXED),
    ("Er liegt in der Klinik Bad Wildungen.", "Wildungen", _PREFIXED),
    ("Ich hole es in der Apotheke in Bad Schwalbach ab.", "Schwalbach", _PREFIXED),
    ("Wir waren im Klinikum St. Blasien zur Kontrolle.", "Blasien", _PREFIXED),
    ("Kantonsspital St. Gallen schickt den Bericht.", "Gallen", _PREFIXED),
    ("Lékárna Jihlava mi poslala jiný lék.", "Jihlava", _NAMED),
    ("mijn schoonmoeder komt uit Enschede", "Enschede", _LIVING),
    ("zaterdag gaan we naar Leeuwarden voor de bruiloft", "Leeuwarden", _LIVING),
    ("ma fille Chloé est à Grenoble cette semaine", "Grenoble", _LIVING),
    ("nous partons en voyage à Toulouse en mai", "Toulouse", _LIVING),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret", "kinds"), _CAUGHT)
def test_round41_a_town_beside_a_facilitys_or_a_travel_word_goes(deid, index, text, secret, kinds):
    probes.assert_free_text_caught(deid, index, text, secret, kinds)


@pytest.mark.verifies("REQ-DEID-003")
def test_round41_the_checks_own_readings_of_towns_left():
    assert prefixed_town_beside_a_facility("Kreisklinik Bad Reichenhall")
    assert prefixed_town_beside_a_facility("Apotheke in St. Georgen")
    assert not prefixed_town_beside_a_facility("Krankenhaus St. Josef")
    assert not prefixed_town_beside_a_facility("Ich nehme Bad Reichenhaller Salz")
    assert town_tail_left("im Krankenhaus <LOCATION> am Mondsee")
    assert not town_tail_left("im Krankenhaus <LOCATION> am Montag")
    assert town_left_by_a_place("<ADDRESS>\nKYRENIA <ZIP>")
    assert not town_left_by_a_place("<ADDRESS>, QLD <ZIP>")


#: (c) a town's tail of particles; (f) a town in capitals between a street line and its postcode
_GONE = [
    ("Wir waren im Krankenhaus Neumarkt am Wallersee.", "Wallersee"),
    ("Eleni Charalambous\n7 Agiou Andreou Street\nLATSIA 2220\nCyprus", "LATSIA"),
    ("Please post to 19 Digeni Akrita Avenue, PAPHOS 8046", "PAPHOS"),
    ("31 Griva Digeni Street\nLARNACA 6030", "LARNACA"),
]


@pytest.mark.verifies("REQ-DEID-003")
def test_round41_a_towns_tail_and_a_capitals_town_before_a_postcode_go(deid, index):
    for text, secret in _GONE:  # each goes, and the check sees nothing left
        probes.assert_gone_and_clean(deid, index, text, secret)


#: (g) identifier-free sentences of the same languages, and what is named after a town
_KEPT = [
    ("nb", "Jeg henter medisinen på apoteket i morgen tidlig."),
    ("sv", "Jag låg på sjukhuset i fyra dagar."),
    ("pl", "Kupiłam leki w aptece w poniedziałek."),
    ("pl", "Tata był w szpitalu w zeszłym tygodniu."),
    ("cs", "Babička byla v nemocnici v úterý."),
    ("nl", "Ik lag in het ziekenhuis in februari."),
    ("nl", "Ik kom net uit bed en neem mijn pillen."),
    ("nl", "Na de apotheek gaan we naar huis."),
    ("fr", "Je rentre à la maison après la pharmacie."),
    ("fr", "Il est à la pharmacie depuis une heure."),
    ("pl", "Kupiłam leki w aptece w Centrum."),
    ("de", "Er liegt im Krankenhaus St. Elisabeth."),
    ("de", "Wir fahren nächste Woche nach Deutschland."),
    ("sv", "Hämtade Waran på Apotek Hjärtat i går."),
]


@pytest.mark.verifies("REQ-DEID-003")
def test_round41_identifier_free_sentences_stay_for_both_sides(deid, index):
    texts = [text for _, text in _KEPT]  # (language, text)
    changed = {text: probes.redacted(deid, text) for text in texts if probes.redacted(deid, text) != text}
    refused = {text: probes.free_text_kinds(index, text) for text in texts if probes.free_text_kinds(index, text)}
    assert not changed and not refused, (changed, refused)  # "Krankenhaus St." was a street before


@pytest.mark.verifies("REQ-DEID-006")
def test_round41_cost_of_towns_beside_facilities(deid, index):
    probes.assert_cost_in_proportion(
        deid,
        index,
        "på apoteket i Kiruna; w aptece we Wrocławiu; im Krankenhaus Bad Tölz am Wallersee; Klinikum St. "
        "Georgen; Lékárna Kolín; ik kom uit Zwolle; 12 Kyrenias Street\nSTROVOLOS 2043. ",
        sizes=(125, 500),
    )
