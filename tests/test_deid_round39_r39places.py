"""Round 39, branch r39places: towns in the names of places of care, every language's, both directions.

a. Leaks (published, the check passing): a town named with a facility's word outside round 38's Nordic readings,
   on either side of the word or after a word of "in" or "of": "Klinikum Ingolstadt", "Aalborg Universitetshospital",
   "Szpital Wojewódzki w Kielcach" (the Polish locative), "Apteka Centralna w Gdyni", "Apotek 1 Tromsø" (a chain, then
   the town), "St. Olav Apotek i Trondheim" (the facility's name before its word), "Sint-Lucas apotheek Gent", the
   Finnish genitive before an adjective ("Tampereen yliopistollinen sairaala", "Oulun yliopistollisessa
   sairaalassa"), "Hospital de Getafe", "CHU de Rennes", "Fakultní nemocnice Brno". The redactor
   (``recognizers.nordic_facility_town_spans``) takes the town and keeps the facility's word (a find of the facility's
   word and the town together is cut to the town: ``text._without_facility_words_beside``); the check
   (``leakplaces.town_in_a_facility_name``, kind "town in a facility's name") reads the same shapes its own way. The
   words are in ``placewords`` (``NORDIC_FACILITY_WORDS``, ``FACILITY_WORDS_AFTER_A_LISTED_TOWN``,
   ``FACILITY_WORDS_BEFORE_A_LISTED_TOWN``, ``FACILITY_WORDS_BETWEEN_TOWN_AND_WORD``, ``NORDIC_TOWN_LEADS``,
   ``TOWN_LEADS_OF_A_FACILITY_NAME``).
b. Leak: the town after a postcode whose shape kept it from the older readings ("1012 AB Amsterdam" published as
   "<ZIP> Amsterdam"): the redactor takes a capitalised word after ``<ZIP>`` (``text._with_towns_after_postcodes``),
   the check reads a GeoNames town after ``<ZIP>`` (``leakplaces.town_left_by_a_place``).
c. Over-redaction: facilities named for a saint right after their word, though a town bears the saint's name
   ("Hôpital Saint-Louis", "Farmacia Santa Lucía"), a Nordic saint in the genitive ("Sankt Olavs hospital", which
   the English facility reading took with the sentence before it), the order of Saint John of God ("Hospital San
   Juan de Dios", refused by the check as a name with a particle): kept by both sides. A facility's word alone and
   the errand's town stayed as round 35 kept them ("på apoteket i Malmö", "w szpitalu w Gdyni"; round 41 takes the
   town); a saint's town before the word still goes ("St Albans pharmacy").
"""

from __future__ import annotations

import pytest

from features.deid.leakplaces import town_in_a_facility_name, town_left_by_a_place
from tests import deid_probes as probes

#: a. the town goes, the facility's word stays; the check sees the town in the text as written
TOWNS = [
    ("Ich war im Klinikum Ingolstadt zur Kontrolle.", "Ingolstadt", "Klinikum"),
    ("Jeg var på Aalborg Universitetshospital i går.", "Aalborg", "Universitetshospital"),
    ("Leżałam w Szpital Wojewódzki w Kielcach przez tydzień.", "Kielcach", "Szpital"),
    ("Odebrałam leki w Apteka Centralna w Gdyni.", "Gdyni", "Apteka"),
    ("Jeg hentet medisinen på Apotek 1 Tromsø.", "Tromsø", "Apotek 1"),
    ("Jeg var på Apotek 1 i Tromsø.", "Tromsø", "Apotek 1"),
    ("Jeg hentet pillene på St. Olav Apotek i Trondheim.", "Trondheim", "Apotek"),
    ("Ik haal mijn pillen bij Sint-Lucas apotheek Gent.", "Gent", "apotheek"),
    ("Olin Tampereen yliopistollinen sairaala osastolla.", "Tampere", "sairaala"),
    ("Kävin Oulun yliopistollisessa sairaalassa eilen.", "Oulun", "sairaalassa"),
    ("Estuve en el Hospital de Getafe.", "Getafe", "Hospital"),
    ("J'étais au CHU de Rennes.", "Rennes", "CHU"),
    ("Byl jsem ve Fakultní nemocnice Brno.", "Brno", "nemocnice"),
    ("Ik lag in het UMC Utrecht.", "Utrecht", "UMC"),
    ("Sono stato all'Ospedale di Bergamo.", "Bergamo", "Ospedale"),
    ("Fui ao Centro de Saúde de Braga.", "Braga", "Saúde"),
]

#: b. the town after a postcode goes
AFTER_POSTCODES = [
    ("Mijn adres is Damrak 1, 1012 AB Amsterdam.", "Amsterdam"),
    ("Postcode 3511 LN Utrecht, daar woon ik.", "Utrecht"),
]

#: c. kept by the redactor, passed by the check
KEPT = [
    "Jeg var på Sankt Olavs hospital i går.",
    "Il est à l'Hôpital Saint-Louis depuis lundi.",
    "Estuve en el Hospital San Juan de Dios ayer.",
    "Compré en la Farmacia Santa Lucía.",
    # (round 41: the errands' towns after a facility's word alone, "på apoteket i Malmö", "w szpitalu w Gdyni",
    # "la farmacia en Getafe", now go: below in GONE)
    "Went to Walgreens in December for my refill.",
    "Bolnica ima novi lijek za mene.",
    "Our Lady of Lourdes hospital called about the refill.",
    "yliopistollinen sairaala soitti Marevanista",
]

#: c. a saint's town before the facility's word, and the town beside a saint's facility, still go
GONE = [
    ("Collected from St Albans pharmacy.", "Albans"),
    ("Jeg var på Legevakten Lillestrøm i natt.", "Lillestrøm"),
    ("Compré en la Farmacia Santa Lucía en Madrid.", "Madrid"),
    # round 41: a town after a facility's word alone is a town too (rounds 35 and 39 kept it as an errand's)
    ("på apoteket i Malmö köpte jag Alvedon.", "Malmö"),
    ("Byłam w szpitalu w Gdyni.", "Gdyni"),
    ("Fui a la farmacia en Getafe.", "Getafe"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "secret", "word"), TOWNS)
def test_round39_a_town_in_any_languages_facility_name_goes_and_the_check_sees_it(deid, index, message, secret,
                                                                                   word):
    probes.assert_free_text_caught(deid, index, message, secret, {"town in a facility's name"})
    assert word in probes.redacted(deid, message)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "secret"), AFTER_POSTCODES)
def test_round39_the_town_after_a_postcode_goes(deid, index, message, secret):
    probes.assert_free_text_caught(deid, index, message, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("message", KEPT)
def test_round39_saints_facilities_and_errands_are_published_and_pass_the_check(deid, index, message):
    probes.assert_free_text_kept(deid, index, message)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "secret"), GONE)
def test_round39_towns_beside_saints_facilities_still_go(deid, index, message, secret):
    probes.assert_gone_and_clean(deid, index, message, secret)


@pytest.mark.verifies("REQ-DEID-003")
def test_round39_the_checks_own_readings():
    assert town_in_a_facility_name("Szpital Wojewódzki w Kielcach")
    assert town_in_a_facility_name("Hospital de Getafe") and not town_in_a_facility_name("Hospital de la Princesa")
    assert not town_in_a_facility_name("Szpital Wojewódzki") and not town_in_a_facility_name("w szpitalu w Gdyni")
    assert town_left_by_a_place("<ZIP> Amsterdam") and not town_left_by_a_place("<ZIP> Thanks")


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(600)
def test_the_round39_place_readings_cost_time_in_proportion(deid, index):
    piece = ("Klinikum Ingolstadt. Aalborg Universitetshospital. Szpital Wojewódzki w Kielcach. Apotek 1 Tromsø. "
             "Tampereen yliopistollinen sairaala. Hospital de Getafe. 1012 AB Amsterdam. Hôpital Saint-Louis. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
