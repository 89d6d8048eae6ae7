"""Round 38, branch r38places: facilities and towns, both directions.

a. Leaks (published, the check passing): a town or district inside a Nordic facility's name or after one ("Hedemora
   sjukhus", "vårdcentral Ersboda", "Oulun terveyskeskus"), a town after "i"/"på" that follows a facility's word or a
   chain's name ("Apoteket Kronan i Skellefteå", "Boots i Oslo"; a facility's word alone is no name: "på apoteket i
   Malmö" stays, as round 35 keeps it). The redactor
   (``recognizers.nordic_facility_town_spans``, read after the filters of everyday words) takes the town, the facility's
   word and the chain stay; the check (``leakplaces.town_in_a_facility_name``, kind "town in a facility's name") reads
   the same shapes its own way; the words are ``placewords.NORDIC_FACILITY_WORDS`` and ``NORDIC_TOWN_LEADS``. A town
   after a redacted address ("<ADDRESS>, Umeå") is now read by the check's ``town_left_by_a_place`` too.
b. Over-redaction and wrong refusals: facilities named for a saint, a dedication or a faith, and names of no one (a
   chain's, a maker's, a biblical place's), with no town in them: "St. Joseph's Medical Center" (a possessive saint
   beside a facility's word is the saint's, though St. Joseph is a town), "Szpital św. Łukasza" (a saint's word
   abbreviated in lower case), "Apteka Świętej Anny" (was refused by the check), "Our Lady of Lourdes",
   "Nossa Senhora de Fátima", "Mount Sinai", "Santa Casa de Misericórdia" (was refused as a home network's name),
   "Dr. Reddy's" (was refused as a staff name), "Apollo": kept by the redactor (``text._kept_facility_spans``) and
   passed by the check (``leakpeople._without_facilities``, ``_without_names_of_no_one``), both reading
   ``peoplewords.DEDICATIONS`` and ``FACILITY_NAMES_OF_NO_ONE``. Facilities with a town still go ("St Albans pharmacy",
   "Bristol Royal Infirmary"); a relation word still makes the word a name ("My son Apollo").
"""

from __future__ import annotations

import pytest

from features.deid.leakplaces import town_in_a_facility_name
from features.deid.peoplewords import DEDICATIONS, FACILITY_NAMES_OF_NO_ONE
from features.deid.placewords import NORDIC_FACILITY_WORDS
from tests import deid_probes as probes

#: a. the town goes; the check sees it in the text as written
TOWNS = [
    ("Mamma lades in på Hedemora sjukhus i går.", "Hedemora"),
    ("Hämta Waran på Apoteket Kronan i Skellefteå.", "Skellefteå"),
    ("Tid på Hälsocentralen Ersboda i morgon.", "Ersboda"),
    ("Kjøpte Paracet hos Boots i Oslo.", "Oslo"),
    ("Mor var på Hamar sykehus.", "Hamar"),
    ("Han ligger på Skellefteå lasarett.", "Skellefteå"),
    ("Kjøpte Paracet hos Vitusapotek i Bergen.", "Bergen"),
    ("Hämtade Waran på Apotek Hjärtat i Umeå.", "Umeå"),
    ("Kävin Oulun terveyskeskus eilen.", "Oulun"),
    ("Tid på vårdcentral Ersboda på måndag.", "Ersboda"),
]

#: b. kept by the redactor, passed by the check
KEPT = [
    "He was seen at St. Joseph's Medical Center for his INR.",
    "Pick up at St. Luke's Regional Medical Center.",
    "Admitted to Mount Sinai last week.",
    "Got it at Mount Sinai Hospital.",
    "Our Lady of Lourdes hospital called about the refill.",
    "Our Lady of Fatima Hospital called.",
    "Nossa Senhora de Fátima hospital ligou.",
    "Leżał w Szpital św. Łukasza przez tydzień.",
    "Internado na Santa Casa de Misericórdia ontem.",
    "Kupiłam leki w Apteka Świętej Anny.",
    "Dr. Reddy's makes my atorvastatin.",
    "Got it from Apollo.",
    "Hon låg på Sankt Görans sjukhus.",
]

#: towns, and names after a relation word, in the same positions still go
GONE = [
    ("Hon bor på <ADDRESS>, Umeå nu.", "Umeå"),
    ("Collected from St Albans pharmacy.", "Albans"),
    ("He was at Bristol Royal Infirmary.", "Bristol"),
    ("My son Apollo takes his pills.", "Apollo"),
    ("Kupiłam leki w Apteka Kowalski.", "Kowalski"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "secret"), TOWNS)
def test_round38_a_town_in_or_after_a_facilitys_name_goes_and_the_check_sees_it(deid, index, message, secret):
    probes.assert_free_text_caught(deid, index, message, secret, {"town in a facility's name"})


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("message", KEPT)
def test_round38_facilities_named_for_a_saint_or_no_one_are_published_and_pass_the_check(deid, index, message):
    probes.assert_free_text_kept(deid, index, message)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "secret"), GONE)
def test_round38_towns_and_cued_names_beside_facilities_still_go(deid, index, message, secret):
    probes.assert_gone_and_clean(deid, index, message, secret)


@pytest.mark.verifies("REQ-DEID-003")
def test_round38_the_tables_and_the_checks_reading():
    assert {"sjukhus", "sykehus", "vårdcentral", "terveyskeskus"} <= NORDIC_FACILITY_WORDS
    assert {("mount", "sinai"), ("dr", "reddy"), ("apollo",)} <= FACILITY_NAMES_OF_NO_ONE
    assert ("our", "lady", "of") in DEDICATIONS
    assert town_in_a_facility_name("Hedemora sjukhus") and not town_in_a_facility_name("Sankt Görans sjukhus")
    assert not town_in_a_facility_name("Apoteket Kronan") and not town_in_a_facility_name("på apoteket i Malmö")


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(600)
def test_the_round38_place_readings_cost_time_in_proportion(deid, index):
    piece = ("Hedemora sjukhus. Apoteket Kronan i Skellefteå. Boots i Oslo. vårdcentral Ersboda. St. Joseph's Medical "
             "Center. Szpital św. Łukasza. Apteka Świętej Anny. Our Lady of Lourdes. Mount Sinai. Dr. Reddy's. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
