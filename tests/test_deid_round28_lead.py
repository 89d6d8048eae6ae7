"""Round 28, the lead's: eponyms the twenty-eighth black-box round saw redacted as persons.

a. A disease said before its eponym in Polish and Dutch ("Choroba Hashimoto", "zespół Sjögren", "ziekte van
   Parkinson"), where the tagger may take the joining word into the name ("ziekte <van Parkinson>"), and Horton's
   disease (giant-cell arteritis) with its word of disease after it. A person of that name is still one.
b. A lower-case word glued to a street's suffix is no street when it is an everyday word of the message's language:
   Portuguese "a glicemia deu 180" went out as "a glicemia <ADDRESS>" ("de" + Hungarian "u" + a house number).
c. A street's kind abbreviated after its name, found on neither side before: Hungarian "Petőfi u. 12", Turkish
   "Bağdat cd 5", "Gül Sk. 3"; "love u 2" stays. Where the tagger's place outscored the street rule over such a
   street, the place is labelled an address, so the town after it goes too ("…u. 7/B, Szeged", which the check
   refused).
d. A given name that is an English word after a kin word, then a lower-case surname and a verb ("my daughter christian
   lee will pick up the pack"): the simulator's own 1,500-patient lake was refused on it (another reading took
   "christian" as a listed patient's given name, and the check read "lee" after the kin word before "will").
e. The twenty-ninth black-box round's wrong refusal: Polish "moja mama ma 64 lata" (my mum is 64) read by the check as
   a Chinese name in pinyin after a kinship word ("mama" + the family name "Ma" + "lata"), across the figures between.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import redacted


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "Choroba Hashimoto, biorę Euthyrox 50 rano",
    "zespół Sjögren, suche oczy",
    "mijn moeder heeft de ziekte van Parkinson",
    "Horton's disease follow-up next week",
])
def test_a_disease_said_before_or_after_its_eponym_is_kept_by_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Horton called about the refill", "Horton"),
    ("ziekte van Jansen, zei Pieter Bakker", "Bakker"),
    ("Hashimoto called twice about her pills", "Hashimoto"),
])
def test_a_person_of_an_eponyms_name_still_goes(deid, text, secret):
    assert secret not in redacted(deid, text)


# --------------------------------------------------------------------------- b. an everyday word is no glued street

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "a glicemia deu 180 hoje de manhã", "ontem a pressão deu 130 por 80, melhor que antes",
])
def test_an_everyday_word_of_the_prose_is_no_street_glued_to_its_suffix(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- c. abbreviated street kinds

@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Petőfi u. 12", "12"),
    ("lakom a Petőfi u. 12 alatt", "Petőfi"),
    ("Bağdat cd 5 daire 3", "Bağdat"),
    ("Gül Sk. 3, Kadıköy", "Gül"),
    ("new address: Kossuth Lajos u. 7/B, Szeged", "Szeged"),
])
def test_a_street_with_its_kind_abbreviated_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"street line"})


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["love u 2", "Love U. 2", "Thank u 12 times", "see u. 5 pm", "Miss U. 2 much"])
def test_you_written_u_before_a_number_is_no_street(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", ["Petőfi u. ", "Bağdat cd ", "Aa u. 1 ", "deu 1 "])
def test_the_round28_lead_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)


# --------------------------------------------------------------------------- d. a word-name and its surname after a kin word

@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("my daughter christian lee will pick up the pack", "lee"),
    ("my daughter grace lee will pick up the pack", "grace"),
    ("my son faith long will call", "long"),
])
def test_a_word_name_and_its_surname_after_a_kin_word_go_together(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["my daughter is a christian and goes to church", "my son will call",
                                  "grandma rose early"])
def test_a_kin_word_without_a_name_after_it_is_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- e. Polish "mama ma … lata" is no pinyin name

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "moja mama ma 64 lata i nadciśnienie", "mama ma 3 lata do emerytury", "tata ma 70 lat i bierze leki",
])
def test_polish_mama_ma_with_a_number_is_no_pinyin_name(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["yeye li jianguo lai le", "mama ma xiuying bu shufu"])
def test_a_pinyin_name_after_a_kinship_word_is_still_seen_by_the_check(index, text):
    assert "Chinese name in pinyin after a kinship word" in probes.free_text_kinds(index, text)
