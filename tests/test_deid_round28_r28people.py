"""Round 28, people (issue 13): the owner's names as people say them, relatives' names after kin words, and the
owner's names as everyday Spanish words.

a. The owner's hypocorisms the tables lacked ("Peg", "Des", "Ty", "Riek", "Meenu", "Olu", "J-Riv") and Irish names
   spelt as they sound ("Shiv", "Neeve", "Sersha", "Keeva"); the first word of the owner's e-mail used as a name; a
   nickname in brackets after the owner's name. Short ones that are words stay words ("peg the dose", "des
   comprimés", "ty for the refill").
b. Relatives' names after a kin word with no possessive ("Grandma Mae", "Uncle Ray", "Mbah Sarinah", "en peran
   Karthik", "bibi yangu Nyokabi"), anybody's nickname in brackets after a given name ("Margaret (Maggie)").
c. The owner's name parts as lower-case Spanish words ("la pastilla rosa y luego la blanca" for Rosa Blanco, "al
   alba" for Alba Luz): published, not refused.
"""

from __future__ import annotations

import datetime
from dataclasses import asdict

import pytest

from features.deid.leakcheck import OwnerForms
from features.deid.text import PatientIdentifiers
from tests import deid_probes as probes
from tests.deid_probes import redacted

OWNER_KEY = probes.OWNER_KEY


def _patient(name: str, email: str = "someone@example.com") -> PatientIdentifiers:
    return PatientIdentifiers("MRN-00417723", name, datetime.date(1958, 3, 4), "(555) 123-4417", email,
                              "27 Penhallow Street", "Houston", "TX", "77002")


_finds = probes.owner_and_check_finds
_assert_both_sides = probes.assert_owner_gone_for_both_sides
_assert_kept = probes.assert_owner_text_kept


# --------------------------------------------------------------------------- a. the owner's hypocorisms

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Margaret Ellison", "Peg says the new pills are fine", "Peg"),
    ("Margaret Ellison", "thanks Peg, see you Tuesday", "Peg"),
    ("Margaret Ellison", "the pharmacist asked Peg to wait", "Peg"),
    ("Margaret Ellison", "hi peg, your refill is ready", "peg"),
    ("Margaret Ellison", "all taken today.\nLove,\nPeg", "Peg"),
    ("Margaret Ellison", "done for today - Peg", "Peg"),
    ("Desmond Achterberg", "Des A. here, refill please", "Des"),
    ("Desmond Achterberg", "I gave Des the pills last night", "Des"),
    ("Desmond Achterberg", "this is Des, can you call back", "Des"),
    ("Tyler Brannigan", "Ty took his evening dose", "Ty"),
    ("Tyler Brannigan", "thanks Ty", "Ty"),
    ("Meenakshi Sundaram", "Meenu forgot the morning tablet", "Meenu"),
    ("Oluwaseun Adeyemi", "Olu missed the 8pm one", "Olu"),
    ("Jorge Rivera", "J-Riv took the pills", "Riv"),
    ("Jorge Rivera", "JRiv here, all good", "JRiv"),
    ("Jorge Rivera", "picked up by J.Riv yesterday", "Riv"),
    ("Siobhan Kearney", "Shiv missed a dose", "Shiv"),
    ("Niamh Gallagher", "Neeve missed a dose", "Neeve"),
    ("Saoirse Byrne", "the nurse told Sersha to take two", "Sersha"),
    ("Caoimhe Doyle", "Keeva took two at noon", "Keeva"),
    ("Hendrika de Vries", "Riek forgot her pills", "Riek"),
    ("Hendrika de Vries", "Hendrika (Zwaantje) took the pills", "Zwaantje"),
])
def test_the_owners_hypocorisms_go_for_both_sides(deid, name, text, secret):
    _assert_both_sides(deid, _patient(name), text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "email", "text", "secret"), [
    ("Hendrika de Vries", "riek.devries@example.com", "Riek says hi", "Riek"),
    ("Hendrika de Vries", "riek.devries@example.com", "all taken today. groetjes, Riek", "Riek"),
    ("Oluwaseun Adeyemi", "olu_adeyemi77@example.org", "Olu says hi", "Olu"),
    ("Amara Nwosu", "zizi.nwosu@example.org", "Zizi took the blue one", "Zizi"),
])
def test_the_first_word_of_the_owners_email_as_a_name_goes_for_both_sides(deid, name, email, text, secret):
    _assert_both_sides(deid, _patient(name, email), text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("name", "text"), [
    ("Margaret Ellison", "I peg the dose to breakfast"),
    ("Margaret Ellison", "Peg the dose to breakfast"),
    ("Desmond Achterberg", "je prends des comprimés le soir"),
    ("Desmond Achterberg", "Des comprimés le soir, rien le matin"),
    ("Tyler Brannigan", "ty for the refill"),
    ("Tyler Brannigan", "Ty for the refill!"),
    ("Siobhan Kearney", "the pill felt like a shiv in my throat"),
    ("Oluwaseun Adeyemi", "took the pills with rice and beans"),
    ("Jorge Rivera", "the river walk helped my knee"),
    ("Meenakshi Sundaram", "the menu at the clinic cafe"),
])
def test_short_hypocorisms_that_are_words_stay_words(deid, name, text):
    _assert_kept(deid, _patient(name), text)


@pytest.mark.verifies("REQ-DEID-005")
def test_a_town_of_two_capitalised_words_is_no_short_hypocorism():
    patient = _patient("Desmond Achterberg")
    assert "own name by a hypocorism" not in " ".join(_finds(patient, "we drove through Des Moines"))
    assert "own name by a hypocorism" not in " ".join(_finds(patient, "we drove through Des <LOCATION>"))


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("name", "email", "text"), [
    ("Avraham Mizrahi", "someone.else@example.com", "someone left the pills at the door"),
    ("Hendrika de Vries", "info.desk@example.com", "the info leaflet says twice a day"),
    ("Hendrika de Vries", "info.desk@example.com", "Info: take twice a day"),
])
def test_an_everyday_first_word_of_an_email_is_no_name(deid, name, email, text):
    _assert_kept(deid, _patient(name, email), text)


# --------------------------------------------------------------------------- b. relatives after kin words

KIN = {"name after a kin title or a kunya"}


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "secret"), [
    ("Grandma Mae is staying with us this week", "Mae"),
    ("Granny Flo brought soup and my pills", "Flo"),
    ("Auntie Bea picks up my meds on Fridays", "Bea"),
    ("Uncle Ray drove me to the pharmacy", "Ray"),
    ("Mbah Sarinah ikut minum obat jam tujuh", "Sarinah"),
    ("en peran Karthik medicine vaangi vandhaan", "Karthik"),
    ("bibi yangu Nyokabi amenywa dawa leo", "Nyokabi"),
])
def test_a_relatives_name_after_a_kin_word_goes_for_both_sides(deid, text, secret):
    probes.assert_third_party_caught(deid, text, secret, KIN)


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "secret"), [
    ("Margaret (Maggie) drops off the pills", "Maggie"),
    ("the nurse, Joanne (Jo), said to take it with food", "Joanne"),
])
def test_a_nickname_in_brackets_after_a_given_name_goes_for_both_sides(deid, text, secret):
    probes.assert_third_party_caught(deid, text, secret, {"name with a nickname in brackets"})


@pytest.mark.verifies("REQ-DEID-004")
def test_a_name_after_a_japanese_kin_word_goes_for_both_sides(deid):
    text = "祖母のハナコが薬を飲んだ"
    assert "name in Hangul or Han after its cue" in probes.third_party_kinds(text)
    out = redacted(deid, text)
    assert "ハナコ" not in out and "祖母" in out, out
    assert not probes.third_party_kinds(out), probes.third_party_kinds(out)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "母のメガネを探した",
    "bibi yangu amenywa dawa leo",
    "gave Grandma Tylenol for the pain",
    "Grandma said to take it with food",
    "my uncle drove me to the pharmacy",
    "take Aspirin (Bayer) daily",
    "Tylenol (Acetaminophen) twice a day",
])
def test_kin_words_and_brackets_without_a_name_are_kept(deid, text):
    assert redacted(deid, text) == text
    kinds = set(probes.third_party_kinds(text))
    assert not kinds & (KIN | {"name with a nickname in brackets"}), kinds


# --------------------------------------------------------------------------- c. the owner's names as Spanish words

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text"), [
    ("Rosa Blanco", "tomo la pastilla rosa y luego la blanca"),
    ("Rosa Blanco", "las pastillas blancas por la noche"),
    ("Alba Luz", "al alba tomo la pastilla con la luz"),
    ("Alba Luz", "me levanto con el alba y tomo una"),
])
def test_the_owners_names_as_everyday_spanish_words_are_published(deid, name, text):
    probes.assert_owner_word_kept(deid, name, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Rosa Blanco", "hola rosa, tu receta esta lista", "rosa"),
    ("Alba Luz", "- alba", "alba"),
    ("Rosa Blanco", "soy Rosa Blanco", "Blanco"),
])
def test_the_owners_spanish_word_names_called_names_still_go(deid, name, text, secret):
    probes.assert_owner_caught(deid, probes.owner(name), text, secret)


# --------------------------------------------------------------------------- costs

@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.timeout(240)
@pytest.mark.parametrize("piece", [
    "Peg Des Ty Olu J-Riv JRiv (Maggie) ",
    "Grandma Mae bibi yangu Nyokabi Margaret (Maggie) ",
    "la blanca rosa alba luz ",
])
def test_the_new_readings_cost_in_proportion(deid, piece):
    probes.assert_cost_in_proportion(deid, probes.two_patients_index(), piece)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.timeout(240)
@pytest.mark.parametrize(("name", "piece"), [
    ("Margaret Rivera", "Peg the J-Riv Peg, Des Mar (Peggy) "),
    ("Desmond Achterberg", "thanks Des Des Des Ach- "),
])
def test_the_owners_hypocorisms_cost_in_proportion(deid, name, piece):
    patient = _patient(name, "peggy.r@example.com")
    forms = OwnerForms.of(asdict(patient))
    probes.assert_cost_grows_linearly(lambda n: deid.redact([piece * n], [patient]))
    probes.assert_cost_grows_linearly(lambda n: forms.kinds_in(piece * n))
