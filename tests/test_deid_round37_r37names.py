"""Round 37 (r37names): person names still published or missed by the check (issue 13).

Found by the thirty-sixth black-box round: a given name that is also a word opening a sentence before a verb of
taking or saying ("Pilar said", "pilar" a Spanish noun), a given name before a place phrase and its verb ("Jan at the
pharmacy said"), Hebrew streets glued to their prefix letter ("ברחוב הרצל 12"), the check blind to a surname that is
an English word after a role ("PA Morrison", "pharmacist Mark Jones"), a chain and its town taken whole ("Vitusapotek
i Bergen"), and two medicines joined by Hindi "aur" read as a person ("Telma aur Ecosprin").
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    free_text_kinds,
    redacted,
)

#: a given name that is a word elsewhere (or a common English word opening a sentence) before a verb of taking,
#: bringing or saying, with or without a short place phrase between
NAMES_BEFORE_A_VERB = [
    ("Pilar took her pills late.", "Pilar"),
    ("Pilar said the tablets are fine.", "Pilar"),
    ("Pilar dijo que no.", "Pilar"),
    ("Pilar trajo las pastillas.", "Pilar"),
    ("Consuelo told me to wait.", "Consuelo"),
    ("Amparo sagte, die Tabletten sind gut.", "Amparo"),
    ("Grace said the refill is ready.", "Grace"),
    ("Frank took his pills.", "Frank"),
    ("Jan at the pharmacy said the refill is ready.", "Jan"),
    ("Jan from the clinic called.", "Jan"),
    ("Rosa at the front desk said it was ready.", "Rosa"),
    ("Pilar de la farmacia dijo que no.", "Pilar"),
    ("Marta de la farmacia llamó ayer.", "Marta"),
    ("Jan aus der Apotheke sagte nein.", "Jan"),
    ("Jan van de apotheek zei nee.", "Jan"),
]


@pytest.mark.parametrize(("text", "secret"), NAMES_BEFORE_A_VERB)
def test_a_given_name_before_a_verb_of_taking_or_saying_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"name where a person stands"})


#: Hebrew and Arabic streets with their prefix letters glued ("in", "to", "and", the article)
GLUED_STREETS = [
    ("אני גר ברחוב הרצל 12", "הרצל"),
    ("אני גר בשדרות רוטשילד 5", "רוטשילד"),
    ("שלחו לרחוב ביאליק 7 בבקשה", "ביאליק"),
    ("أسكن بشارع الملك فهد 12", "فهد"),
]


@pytest.mark.parametrize(("text", "secret"), GLUED_STREETS)
def test_a_street_glued_to_its_prefix_letter_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"street or block address"})


#: a surname that is an English word after a role, or a given name and surname after a chain's role word: the
#: redactor took them, the check saw none
NAMES_AFTER_A_ROLE = [
    ("PA Morrison changed my dose.", "Morrison"),
    ("The Giant Eagle pharmacist Mark Jones called me.", "Jones"),
]


@pytest.mark.parametrize(("text", "secret"), NAMES_AFTER_A_ROLE)
def test_a_listed_name_after_a_role_is_seen_by_the_check(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"staff name after a role word"})


#: medicines joined by a word of "and" in other languages; nouns before a verb that are no person's name
KEPT = [
    "Telma aur Ecosprin roz leta hoon.",
    "Ecosprin aur Telma leta hoon.",
    "Telma and Ecosprin every morning.",
    "Telma y Ecosprin cada mañana.",
    "Doctor said the dose is fine.",
    "The pharmacy said the refill is ready.",
]


@pytest.mark.parametrize("text", KEPT)
def test_medicines_joined_and_roles_are_kept(deid, index, text):
    assert_free_text_kept(deid, index, text)


def test_a_brand_that_is_a_given_name_alone_stays_a_person(deid, index):
    assert_free_text_caught(deid, index, "Telma called me yesterday", "Telma")


@pytest.mark.parametrize(("text", "chain", "town"), [
    ("Vitusapotek i Bergen", "Vitusapotek", "Bergen"),
    ("Jeg handler på Vitusapotek i Bergen hver måned.", "Vitusapotek", "Bergen"),
])
def test_a_chain_stays_and_its_town_goes(deid, index, text, chain, town):
    out = redacted(deid, text)
    assert chain in out and town not in out, out
    assert not free_text_kinds(index, out), free_text_kinds(index, out)


def test_cost_of_the_round37_name_readings(deid, index):
    assert_cost_in_proportion(deid, index, "Pilar said the refill is ready; Jan at the pharmacy said so. Telma aur "
                              "Ecosprin roz leta hoon. PA Morrison called. אני גר ברחוב הרצל 12. ", sizes=(125, 500))
