"""Round 39 (lead): review items of round 38 taken by the lead.

a. The check missed a given name before a verb of being and its subject pronoun ("Marco bin ich", "Anna är jag", "Jan
   ben ik"); the redactor took it since round 38. The check reads that clause as it reads a verb of going after a
   given name (``leakpeople.PeopleLook._given_name_going``, the shared tables
   ``peoplewords.COPULAS_BEFORE_A_PRONOUN`` and ``peoplewords.PRONOUNS_AFTER_A_VERB``); an everyday word opening
   the same clause ("Jetzt bin ich", "Hier bin ich") stays for both sides.
b. What the fresh-clone CI of the round-39 merge (0218eef) found, fixed as kinds: a product's code in a plate's shape
   after its word ("the code ABC-123", "model ABC-1234": ``worldwords.WORDS_OF_A_CODE_BEFORE_ITS_SHAPE``, both sides;
   the check's Greek shape now needs a Greek capital, as the redactor's does), a product licence's number ("PL
   00289/0123") no Polish plate, and a town beside a facility's word that is an eponym or a month ("Cushing clinic in
   March") or lies past lower-case words after the facility's word ("farmácia no feriado da Independência").
"""

from __future__ import annotations

import pytest

from tests.deid_probes import assert_cost_in_proportion, assert_free_text_caught, assert_free_text_kept


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Marco bin ich", "Marco"), ("Anna är jag, mamma till Erik", "Anna"), ("Jan ben ik", "Jan"),
    ("Hallo, Sofia bin ich, die Tochter", "Sofia"),
])
def test_a_given_name_before_a_verb_of_being_and_its_pronoun_goes_for_both_sides(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"name where a person stands"})


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "Jetzt bin ich müde", "Hier bin ich", "So bin ich eben", "Heute bin ich in der Apotheke", "Müde bin ich",
])
def test_an_everyday_word_before_a_verb_of_being_stays_for_both_sides(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "the code ABC-123 on the box", "model ABC-1234 in stock", "PL 00289/0123 on the pack", "Cushing clinic in March",
    "vou à farmácia no feriado da Independência", "item XYZ-482 is out of stock",
])
def test_codes_licences_eponyms_and_months_beside_shapes_stay_for_both_sides(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("mi auto NKL-482", "482"), ("model ABC-1234 parked outside, plate NKL-482", "NKL-482"),
    ("ΙΚΑ-4821 ήταν το αυτοκίνητο", "4821"), ("WPR 12345 stoi pod domem", "12345"),
    ("Szpital Wojewódzki w Kielcach", "Kielcach"), ("Hospital Santa Maria de Getafe", "Getafe"),
])
def test_plates_and_facility_towns_beside_them_still_go(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("piece", ["Marco bin ich, jetzt bin ich müde. "])
def test_the_readings_cost_time_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
