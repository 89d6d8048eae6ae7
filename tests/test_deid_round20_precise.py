"""The twentieth black-box round's over-redactions (clinical meaning lost), each both ways (recall first):

a. eponyms of diseases taken for persons: compound eponyms ("Guillain-Barré", "Epstein-Barr virus", "Stevens-Johnson
   syndrome"; ``termwords.EPONYM_COMPOUNDS``), and the disease named before its eponym in Spanish, French, Italian,
   German and Portuguese ("enfermedad de Crohn", "maladie de Crohn", "Morbus Basedow", "Down-Syndrom";
   ``termwords.DISEASE_WORDS_BEFORE``); after a title, a relation word or as the patient's own name they still go;
b. terms taken for persons or places: a plant named after a person ("St John's wort"; ``termwords.NAMED_PLANTS``),
   words of medication care of other languages ("me lleva la insulina mi hija los lunes", "Termin", "Dosierung", "bei
   Bedarf"; ``termwords.CARE_WORDS_ABROAD``), cheeses and foods named after places spoken of as food ("aged cheese like
   Brie or Cheddar", "Seville oranges"; ``termwords.FOODS_NAMED_AFTER_PLACES``); the same words as a person or a town
   still go;
c. two dates joined by a dash, a date range of a dose or a stay ("12.03.21-15.03.21", "2021-03-12–2021-03-15"): dates
   (redacted as dates, as every date is), no phone or account number for the redactor or the check; with a phone word
   before, or years far apart, they stay a number.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds, redacted, third_party_kinds

# --------------------------------------------------------------------------- a. eponyms

EPONYMS_KEPT = [
    "Romberg sign was positive at the visit",
    "history of Guillain-Barré after the flu",
    "Epstein-Barr virus titers were high",
    "Stevens-Johnson syndrome after lamotrigine",
    "tengo enfermedad de Crohn desde 2010",
    "mi hijo tiene síndrome de Down",
    "enfermedad de Addison, tomo hidrocortisona",
    "síndrome de Guillain-Barré hace dos años",
    "maladie de Crohn depuis 2015",
    "ma mère a la maladie de Crohn",
    "maladie d'Alzheimer",
    "syndrome de Gougerot-Sjögren",
    "sindrome di Sjögren",
    "morbo di Crohn",
    "Morbus Parkinson",
    "Morbus Basedow, Thiamazol seit 2019",
    "meine Mutter hat Morbus Addison",
    "Morbus Wilson",
    "Parkinson-Krankheit seit 2019",
    "Down-Syndrom bei meinem Sohn",
    "Sjögren syndrome makes my mouth dry",
    "Hashimoto thyroiditis, on levothyroxine",
    "Bell's palsy last year",
    "my sister had Epstein-Barr",
]


EPONYMS_THAT_ARE_PEOPLE = [
    ("Dr. Romberg called", "Romberg"),
    ("Dr. Crohn wrote the prescription", "Crohn"),
    ("my neighbour Crohn came by", "Crohn"),
    ("Mrs Stevens-Johnson called about the pills", "Stevens-Johnson"),
    ("la doctora Parkinson me llamó", "Parkinson"),
    ("le docteur Addison a appelé", "Addison"),
    ("Dr. Guillain-Barré signed the form", "Guillain-Barré"),
]


# --------------------------------------------------------------------------- b. plants, care words, foods

TERMS_KEPT = [
    "I take St John's wort for my mood",
    "St. John's Wort interacts with my birth control",
    "me lleva la insulina mi hija los lunes",
    "tomo 8 vasos de agua al día",
    "Termin beim Hausarzt am Montag",
    "Dosierung: zweimal täglich",
    "Ibuprofen bei Bedarf nehmen",
    "no aged cheese like Brie or Cheddar with my MAOI",
    "Parmesan and Gouda are high in tyramine",
    "I ate some Stilton and Roquefort",
    "Emmental and Cheddar",
    "I had Brie with crackers",
    "Bologna sandwich",
    "Seville orange marmalade interacts with my statin",
    "Seville oranges and grapefruit",
    "Dijon mustard on my sandwich",
    "Brussels sprouts affect my warfarin",
]


TERMS_THAT_ARE_PEOPLE_OR_PLACES = [
    ("Brie called me about the pills", "Brie"),
    ("Brie and I had tea", "Brie"),
    ("my friend Brie with crackers came by", "Brie"),
    ("Brie brought cheese and crackers", "Brie"),
    ("my friend Gouda came by", "Gouda"),
    ("I live in Cheddar now", "Cheddar"),
    ("St John called me", "John"),
    ("Seville is hot in summer, I live there", "Seville"),
]


# --------------------------------------------------------------------------- a. and b., both ways

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", EPONYMS_KEPT + TERMS_KEPT)
def test_eponyms_plants_care_words_and_foods_stay_for_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), EPONYMS_THAT_ARE_PEOPLE + TERMS_THAT_ARE_PEOPLE_OR_PLACES)
def test_the_same_words_after_a_title_or_a_relation_or_as_a_person_or_town_go(deid, text, secret):
    assert secret not in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_owners_surname_that_is_an_eponym_goes(deid):
    probes.assert_owner_caught(deid, probes.owner("Miriam Parkinson"), "Miriam Parkinson picked up the levodopa",
                               "Parkinson")


@pytest.mark.verifies("REQ-DEID-001")
def test_a_name_after_a_relation_word_in_spanish_still_goes(deid):
    text = "me lleva la insulina mi hija Itziar los lunes"
    out = redacted(deid, text)
    assert "Itziar" not in out and "insulina" in out and "lunes" in out, out


# --------------------------------------------------------------------------- c. date ranges

DATE_RANGES = [
    ("took amoxicillin 12.03.21-15.03.21", ("12.03.21", "15.03.21")),
    ("course 03/12/2021-03/15/2021 then stopped", ("03/12/2021", "03/15/2021")),
    ("admitted 2021-03-12–2021-03-15", ("2021-03-12", "2021-03-15")),
    ("admitted 2021-03-12-2021-03-15", ("2021-03-12", "2021-03-15")),
    ("prednisone 12.03.2021-15.03.2021", ("12.03.2021", "15.03.2021")),
    ("stay 12/03/21-15/03/21", ("12/03/21", "15/03/21")),
    ("12.03.21 - 15.03.21 in hospital", ("12.03.21", "15.03.21")),
    ("antibiotics 28.12.21-03.01.22", ("28.12.21", "03.01.22")),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "dates"), DATE_RANGES)
def test_a_date_range_is_dates_not_a_phone(deid, index, text, dates):
    out = redacted(deid, text)
    assert "<DATE>" in out and "<PHONE>" not in out and "<ID>" not in out, out
    assert not any(d in out for d in dates), out
    assert "phone-shaped number" not in free_text_kinds(index, text), free_text_kinds(index, text)
    assert not third_party_kinds(text), third_party_kinds(text)
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))


DATE_LIKE_PHONES = [
    ("call 12.03.21-15.03.21", "12.03.21-15.03.21"),  # a phone word before
    ("12.03.21-15.03.95", "15.03.95"),  # years far apart: no range of a stay
    ("12.03.21-15/03/21", "12.03.21"),  # two shapes
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), DATE_LIKE_PHONES)
def test_dashed_dates_after_a_phone_word_or_unlike_are_a_number(deid, index, text, secret):
    out = redacted(deid, text)
    assert secret not in out, out
    assert "phone-shaped number" in free_text_kinds(index, text), free_text_kinds(index, text)
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))


@pytest.mark.verifies("REQ-DEID-005")
def test_reading_this_rounds_terms_costs_time_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "Morbus Basedow, maladie de Crohn, Guillain-Barré; Brie or Cheddar; St John's wort 12.03.21-15.03.21 ")
