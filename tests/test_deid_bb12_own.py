"""The twelfth black-box round's owner numbers with letters for digits beyond O, I and l: the owner's ZIP, phone and
MRN written with B for 8, S for 5, Z for 2, E for 3, G for 6, T for 7, g for 9, A for 4 ("306B1", "9EE 79l 7Z3Z",
"MRN 4I77Z3"; 40 of 43 such ZIPs were published). The redactor (:mod:`features.deid.lookalike_numbers`) takes them
out and the check (``OwnerForms``, its own letter table) sees them in the raw text and not in the output; only the
owner's own numbers are read so, so ordinary capitals beside figures stay."""

from __future__ import annotations

import pytest

from tests.deid_probes import assert_owner_caught, owner, owner_kinds, redacted

PATIENT = owner("Ana Diaz", zip5="30681", phone="(933) 791-7232")



@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("my zip is 306B1", "306B1"), ("zip code: 3o6BI thanks", "3o6BI"), ("ZIP 3O68l", "3O68l"),
    ("call me 9EE 79l 7Z3Z", "7Z3Z"), ("cell 9EE-79I-7232", "79I-7232"), ("my number is 93379l7Z3Z", "93379l7Z3Z"),
    ("reach me at 79I 7Z3Z after 6", "7Z3Z"), ("MRN 4I77Z3 please", "4I77Z3"), ("mrn: A177Z3", "A177Z3")])
def test_the_owners_numbers_with_letters_for_digits_are_caught(deid, text, secret):
    assert_owner_caught(deid, PATIENT, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "take 2 BID at 8", "SEE 30 ZIGS", "1 tab QID, 5 mg", "B12 500 mcg daily", "A1c was 6.8 last week",
    "vitamin D3 2000 IU", "E3 and B6 vitamins", "glucose 138 at 7 AM"])
def test_capitals_beside_figures_that_are_not_the_owners_numbers_stay(deid, text):
    assert redacted(deid, text, PATIENT) == text
    assert not {k for k in owner_kinds(PATIENT, text) if "letters for digits" in k}, owner_kinds(PATIENT, text)


@pytest.mark.verifies("REQ-DEID-005")
def test_the_check_reads_lettered_numbers_on_its_own(deid, monkeypatch):
    """With the redactor's reading turned off, the owner pass publishes the ZIP and the check refuses it."""
    from features.deid import text as text_module

    monkeypatch.setattr(text_module, "lookalike_number_spans", lambda *_a: [])
    out = redacted(deid, "my zip is 306B1", PATIENT)
    assert "306B1" in out and "own number with letters for digits" in owner_kinds(PATIENT, out)


BORN_NOVEMBER_17 = owner(dob=__import__("datetime").date(1950, 11, 17))


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("bday 1117", "1117"), ("my birthday: 1711 yay", "1711"), ("born 1117 in Ohio", "1117"),
    ("dob 1117 call me", "1117"), ("cumpleaños 1711!", "1711")])
def test_the_owners_birthday_glued_in_four_figures_after_a_birth_word(deid, text, secret):
    assert_owner_caught(deid, BORN_NOVEMBER_17, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["1117 tablets left", "born 1118", "refill 1117 due soon"])
def test_four_figures_that_are_not_the_birthday_or_have_no_birth_word_stay(deid, text):
    kinds = owner_kinds(BORN_NOVEMBER_17, text)
    assert "date_of_birth as a day and a month in words or ordinals" not in kinds, kinds


@pytest.mark.verifies("REQ-DEID-005")
def test_the_check_reads_a_glued_birthday_on_its_own(deid, monkeypatch):
    from features.deid import text as text_module

    monkeypatch.setattr(text_module, "_glued_days", lambda _dob: ("", ""))
    out = redacted(deid, "bday 1117", BORN_NOVEMBER_17)
    assert "1117" in out and owner_kinds(BORN_NOVEMBER_17, out)
