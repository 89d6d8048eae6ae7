"""Round 40, branch r40feasts: feasts, brands and the proper names of hospitals and pharmacies that the 39th black-box
round and a few hundred made-up adherence messages (no identifier in them; Faker's locales) saw over-redacted or
refused.

a. Feasts and named days in many languages the NER took for a person or a place (``holidaywords.MORE_FEASTS``, read
   by both sides through ``named_day_or_season``), also where the NER took only a piece of the day or the word before
   it with it (``text._prose_before_a_named_day``). A feast that is a given name or surname alone is read only in a
   longer form: "Valborg called me" is a person.
b. Hospitals, pharmacies and shops known by a proper name (``peoplewords.FACILITY_BRANDS`` in ``KNOWN_BRANDS``):
   the redactor keeps a find within one (``text._within_a_known_brand``), the check reads no town in one
   (``leakplaces._in_a_brand``); a town in a facility's own name still goes ("UMC Utrecht").
c. Words pharmacies are named for ("Pharmacie Principale", "Farmacia Popular"; ``peoplewords.PHARMACY_NAME_WORDS``)
   are no firm named after a person for the check.
"""

from __future__ import annotations

import pytest

from features.deid.leakplaces import town_in_a_facility_name
from tests import deid_probes as probes

#: a. feasts that stay, written as a patient writes them
FEASTS_KEPT = [
    "We had a barbecue on Victoria Day and I skipped my evening metformin.",
    "Durante el Jueves Santo no tomé la pastilla de la noche.",
    "Na Sexta-feira Santa esqueci o comprimido da noite.",
    "Waktu Waisak saya lupa minum obat pagi.",
    "در عید قربان قرص شبم را فراموش کردم.",
    "Tijdens Pinksteren nam ik mijn insuline te laat.",
    "Rằm tháng Bảy năm nay tôi uống thuốc muộn.",
    "No Dia dos Pais esqueci a insulina.",
    "Selama Imlek saya minum metformin setelah makan malam.",
    "A Pasquetta ho saltato la dose della sera.",
    "Am Rosenmontag habe ich die Tablette vergessen.",
    "Pendant la Chandeleur j'ai oublié mon comprimé.",
    "På Kristi himmelsfärd glömde jag kvällsdosen.",
]


#: a. a feast's word that is a person's name still goes where a person stands
FEAST_NAMES_OF_PEOPLE = [
    ("My daughter Victoria brought my pills on Victoria Day.", "Victoria brought"),
    ("Mein Bruder Nikolaus hat mir am Rosenmontag die Tabletten gebracht.", "Nikolaus"),
    ("Pasqua called me about the refill after Easter.", "Pasqua"),
    ("Valborg brought my pills yesterday.", "Valborg"),
]


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("text", "secret"), FEAST_NAMES_OF_PEOPLE)
def test_a_a_feasts_word_that_names_a_person_goes(deid, index, text, secret):
    out = probes.redacted(deid, text)
    assert secret not in out and "<PERSON>" in out, out
    assert not probes.free_text_kinds(index, out), (out, probes.free_text_kinds(index, out))


#: b. facilities and shops known by a proper name
FACILITIES_KEPT = [
    "Mi control de azúcar es en el Hospital Albert Einstein el martes.",
    "Morgen haal ik mijn insuline bij Albert Heijn.",
    "Bác sĩ ở Bệnh viện Chợ Rẫy cho tôi thêm thuốc.",
    "Kontrol saya di RS Mitra Keluarga minggu depan.",
    "I have a follow-up at the Aga Khan Hospital next Tuesday.",
    "Le cardiologue de l'Institut Curie m'a prescrit 5 mg.",
    "Mi hija me llevó a Farmacias del Ahorro por la insulina.",
    "Memorial Hastanesi randevum gelecek hafta.",
]


@pytest.mark.verifies("REQ-DEID-006")
def test_b_the_check_reads_no_town_in_a_known_hospitals_name():
    assert not town_in_a_facility_name("My check-up is at the Aga Khan Hospital on Monday.")
    assert town_in_a_facility_name("Ich war im Klinikum Ingolstadt zur Kontrolle.")  # a town's facility: still read


#: b. a town in a facility's name, and a person beside a kept brand, still go
FACILITY_TOWNS_AND_PEOPLE = [
    ("Ik lag in het UMC Utrecht na mijn val, daarna naar Albert Heijn.", "Utrecht"),
    ("My uncle Albert picked up my Coraspin at Walgreens.", "Albert picked"),
]


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("text", "secret"), FACILITY_TOWNS_AND_PEOPLE)
def test_b_a_town_or_person_beside_a_kept_name_goes(deid, index, text, secret):
    seen = probes.free_text_kinds(index, text)
    assert seen, text
    out = probes.redacted(deid, text)
    assert secret not in out, out
    assert not probes.free_text_kinds(index, out), (out, probes.free_text_kinds(index, out))


#: c. words pharmacies are named for
PHARMACY_NAMES_KEPT = [
    "J'ai acheté ma metformine à la Pharmacie Principale ce matin.",
    "Fui a la Farmacia Popular por el Glifage.",
]


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", FEASTS_KEPT + FACILITIES_KEPT + PHARMACY_NAMES_KEPT)
def test_feasts_facilities_and_pharmacy_names_stay_for_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-006")
def test_c_a_pharmacy_named_after_a_person_is_still_read():
    index = probes.check_index()
    assert probes.free_text_kinds(index, "Je vais à la Pharmacie Dupont demain.")


@pytest.mark.verifies("REQ-DEID-006")
def test_feasts_and_known_names_for_an_owner(deid):
    patient = probes.owner("Nina Park")
    for text in ("Na Sexta-feira Santa esqueci o comprimido.", "Morgen haal ik mijn insuline bij Albert Heijn."):
        probes.assert_owner_text_kept(deid, patient, text)


@pytest.mark.verifies("REQ-DEID-006")
def test_cost_of_feasts_and_known_names(deid, index):
    piece = ("Trong Quốc khánh tôi quên thuốc, Tijdens Pinksteren bij Albert Heijn, Hospital Albert Einstein, "
             "Aga Khan Hospital, på Kristi himmelsfärd, l'Institut Curie. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
