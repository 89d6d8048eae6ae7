"""Round 30, the lead's: eponymous diseases said in Slavic languages, and a relative's given name that is an English
word, written in lower case with its surname.

a. Polish, Czech, Slovak, Russian and Ukrainian decline the word of disease and the eponym after it ("mama ma chorobę
   Parkinsona", "у мамы болезнь Паркинсона", "синдром Дауна") or make the eponym an adjective ("Parkinsonova nemoc",
   "Downův syndrom"): each was redacted as a person (round 28 knew "choroba Hashimoto" only), and "mama ma chorobę
   Parkinsona" was refused by the check as a name after a relation word. A person of that name is still one.
b. "my daughter hope young will call tomorrow" was published whole: the NER's "hope" was dropped as the kin's verb
   ("grandma rose early"), and neither side read a given name that is a word, its lower-case surname and a verb. The
   verb is read after the surname now, on both sides; "my daughter hope you are well" stays.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import redacted

# --------------------------------------------------------------------------- a. Slavic eponyms


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "mama ma chorobę Parkinsona od 2019",
    "mój brat ma zespół Downa, bierze leki",
    "tata choruje, choroba Alzheimera postępuje",
    "Parkinsonova nemoc, beru Madopar",
    "babička má Alzheimerovu chorobu",
    "Downův syndrom u syna",
    "у мамы болезнь Паркинсона, пьёт леводопу",
    "у папы болезнь Альцгеймера",
    "синдром Дауна у сына",
    "базедова болезнь, пью тирозол",
    "у тата хвороба Паркінсона",
    "Choroba Leśniowskiego-Crohna, biorę leki",
])
def test_a_slavic_eponymous_disease_is_kept_by_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Pan Parkinsona zadzwonił wczoraj", "Parkinsona"),
    ("moja mama Alzheimerova dzwoniła", "Alzheimerova"),
    ("zadzwonił Jan Parkinson, syn pacjentki", "Parkinson"),
    ("Anna Kowalska ma chorobę Parkinsona", "Kowalska"),
])
def test_a_person_beside_or_named_like_a_slavic_eponym_still_goes(deid, text, secret):
    assert secret not in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-005")
def test_the_checks_slavic_eponym_reading_costs_in_proportion(deid, index):
    probes.assert_cost_in_proportion(deid, index, "chorobę Parkinsona Parkinsonova ")


# --------------------------------------------------------------------------- b. a word-name, its surname, a verb

@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("my daughter hope young will call tomorrow", "young"),
    ("my son chase brown picked up the pills", "brown"),
    ("my sister grace lee will bring the pack", "lee"),
    ("my wife faith miller is picking up the meds", "miller"),
    ("my son will young will call", "young"),
])
def test_a_relatives_word_name_and_surname_before_a_verb_go_and_the_check_reads_them(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "my daughter hope you are well",
    "my daughter and I hope young doctors will help",
    "grandma rose early today",
    "my son will bring the pills",
    "mi abuela toma Kardegic",
])
def test_a_kins_verb_before_other_words_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)
