"""Round 38 (lead): what the fresh-clone CI of the round-38 merge (5cff6dc) found, fixed as kinds.

a. r38ids read three capitals and six figures as Poland's identity card alone; a pharmacy card's routing label before
   its number ("Rx BIN 004336", "PCN") is no card's series. The labels are one table both sides read
   (``worldwords.NO_IDENTITY_CARD_SERIES``).
b. r38words kept a month's name before a verb and a subject pronoun ("Mai ging ich"); "marco" spells a month in some
   language, so "Marco bin ich" (I am Marco) was kept. A verb of being or being called names the word before it
   (``peoplewords.COPULAS_BEFORE_A_PRONOUN``).
"""

from __future__ import annotations

import pytest

from tests.deid_probes import assert_cost_in_proportion, assert_free_text_kept, free_text_kinds, redacted


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "card says Rx BIN 004336 PCN 1234", "RxBIN 610502 and PCN ADV", "the EAN 400638 on the box",
])
def test_a_pharmacy_cards_routing_labels_are_no_identity_card(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [("ABC 123456 to mój dowód", "123456"), ("mój dowód XKB 412733", "412733")])
def test_a_polish_card_alone_still_goes(deid, index, text, secret):
    out = redacted(deid, text)
    assert secret not in out, out
    assert "national identity number" in free_text_kinds(index, text)
    assert not free_text_kinds(index, out), out


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Marco bin ich", "Marco"), ("Marco heiße ich", "Marco"), ("Mai ist mein Name", "Mai"),
    ("Marco är jag", "Marco"),
])
def test_a_name_before_a_verb_of_being_goes_whatever_month_it_spells(deid, text, secret):
    assert secret not in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["Mai ging ich zum Arzt", "Avril dernier j'ai oublié"])
def test_a_month_before_a_verb_of_going_and_a_pronoun_stays(deid, text):
    assert redacted(deid, text) == text


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("piece", ["Rx BIN 004336 PCN 1234, Marco bin ich. "])
def test_the_readings_cost_time_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
