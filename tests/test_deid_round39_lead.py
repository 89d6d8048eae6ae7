"""Round 39 (lead): review items of round 38 taken by the lead.

a. The check missed a given name before a verb of being and its subject pronoun ("Marco bin ich", "Anna är jag", "Jan
   ben ik"); the redactor took it since round 38. The check reads that clause as it reads a verb of going after a
   given name (``leakpeople.PeopleLook._given_name_going``, the shared tables
   ``peoplewords.COPULAS_BEFORE_A_PRONOUN`` and ``peoplewords.PRONOUNS_AFTER_A_VERB``); an everyday word opening
   the same clause ("Jetzt bin ich", "Hier bin ich") stays for both sides.
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
@pytest.mark.parametrize("piece", ["Marco bin ich, jetzt bin ich müde. "])
def test_the_readings_cost_time_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
