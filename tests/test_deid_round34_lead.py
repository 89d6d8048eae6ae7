"""Round 34 (lead): a pharmacy chain's name is a chain for both sides wherever it stands, and a person's name right
after a relation word, role or title.

The 33rd black-box round: once the redactor kept "En Cruz Verde y Salcobrand el Eutirox está más barato.", the check
read the chains as a name where a person stands and a name with a surname particle and refused the lake. Trying the
kind showed the other half: "My nephew Benu", "my son Matas", "Mr. Boots" were kept as chains by the redactor, and
"Benu" and "Catena" passed the check too (ordinary words to it).
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    redacted,
)

CHAINS_KEPT = [
    "En Cruz Verde y Salcobrand el Eutirox está más barato.",
    "Compré el Eutirox en Farmacias Ahumada y en Cruz Verde.",
    "Fui a Cruz Verde con Salcobrand cerca.",  # a sentence's first word beside a chain, in one find of the NER
    "Gracias. Fui a Cruz Verde ayer por la Losartán.",
    "Siempre compro en Farmacias del Ahorro o en Farmacias Guadalajara.",
    "Inkafarma y Mifarma tenían el Glucophage.",
    "I went to Boots and then Priceline for the inhaler.",
    "Cheaper at Chemist Warehouse than at Priceline.",
    "the chemist Boots was closed so I went to Superdrug",
    "ke Guardian dan Watsons semalam untuk ubat",
]

CHAINS_NAMING_A_PERSON = [
    ("My nephew Benu brought the pills.", "Benu"),
    ("My son Matas called me yesterday.", "Matas"),
    ("My daughter Catena will pick it up.", "Catena"),
    ("Mi hermano Cruz Verde me trajo las pastillas.", "Cruz Verde"),
    ("Mr. Boots called about the refill.", "Boots"),
    ("nurse Matas checked my sugar", "Matas"),
    ("Dr. Benu said to halve it.", "Benu"),
    ("mein Sohn Matas holt die Tabletten", "Matas"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", CHAINS_KEPT)
def test_a_chains_name_is_kept_by_the_redactor_and_passed_by_the_check(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), CHAINS_NAMING_A_PERSON)
def test_a_chains_name_after_a_relation_word_or_title_is_a_person_for_both_sides(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["Ana fue a Cruz Verde.", "Marta, fui a Salcobrand ayer."])
def test_a_given_name_beside_a_chain_still_goes(deid, text):
    out = redacted(deid, text)
    assert "Ana" not in out and "Marta" not in out and ("Cruz Verde" in out or "Salcobrand" in out), out


def test_the_chain_readings_cost_grows_linearly(deid, index):
    assert_cost_in_proportion(deid, index, "Fui a Cruz Verde con Salcobrand; my son Matas y mi hermano Benu. ",
                              sizes=(125, 500))


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("separator", ["[GS]", "{GS}", "<GS>", "<FNC1>", "␝", "|", "^"])
def test_every_written_group_separator_is_a_gap_of_a_pack_string_copied_with_spaces(deid, index, separator):
    # the check's one list of written separators parts words and sets off a spaced pack string's elements alike
    text = f"scan: 01 00379723666825 17 271118 10 AB12 {separator} 21 XK4471902"
    assert_free_text_caught(deid, index, text, "XK4471902", {"device serial"})
    assert "01 00379723666825 17 271118 10 AB12" in redacted(deid, text)


# The issue's rule: a checksum never decides whether a value goes. Round 34's r34ids took Spain's DNI and NIE and
# Finland's HETU by their shape alone only where the check letter was right, so a mistyped one left its letter.
MISTYPED_CHECK_LETTERS = [
    ("12345678A", "12345678A"),  # the right letter is Z
    ("el numero 12345678-A de mi madre", "12345678-A"),
    ("Y1234567A es el NIE de mi vecina", "Y1234567A"),
    ("080239-123Q on hänen tunnuksensa", "080239-123Q"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), MISTYPED_CHECK_LETTERS)
def test_a_national_number_with_a_wrong_check_letter_goes_whole_for_both_sides(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"national identity number"})
    assert secret[-1] + " " not in redacted(deid, text) + " ", redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["Lote: 12345678A, caducidad 01/2027", "batch 87654321B on the box"])
def test_a_lot_of_a_national_numbers_shape_is_the_packs(deid, index, text):
    assert_free_text_kept(deid, index, text)


# The 34th black-box round: "My CGM read 88 at 3 am, then 140 at 7" was refused as a house number and a street's
# first word across two messages, the next message opening "Took my Xarelto ..." (any capitalised opening word did).
@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("head", ["Took my Xarelto 20 mg with dinner at 6:30", "Refill Lipitor 40 mg x 90 tabs please",
                                  "Walked 8,000 steps today, weight 201.4 lb", "Pillbox says 14 of 14 doses"])
def test_a_messages_capitalised_opening_word_is_no_street_across_a_seam(index, head):
    assert not index._seam_kinds(["My CGM read 88 at 3 am, then 140 at 7", head], None, said=False)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("tail", "head"), [("we moved, the new place is at 17", "Penhallow, by the school 2"),
                                            ("my number is 555 123", "4417 call me")])
def test_an_identifier_split_over_a_seam_is_still_seen(index, tail, head):
    assert index._seam_kinds([tail, head], None, said=False)
