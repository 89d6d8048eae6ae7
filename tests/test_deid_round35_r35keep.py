"""Round 35, r35keep: the thirty-fourth black-box round's wrong refusals, over-redactions and labels.

a. The minutes of a clock read as the day of a date before a month's name or a word that opens with one ("Tuesday at
   10:15" then "Mayo Clinic ...", across the seam of two messages or in one): a day right after "<figure>:" is none, on
   both sides (``recognizers``, ``more_shapes``, ``leakshapes._DAY_THEN_MONTH``); "born 15 May" still goes.
b. A CamelCase brand before a word of pharmacy ("HealthPlus Pharmacy") read by the check as a firm named after a
   person: a compound of everyday words, the first no surname's particle, is a brand (``leakpeople``); "McDonald
   Plumbing", "Okonkwo Logistics" are still firms named after people.
c. Chains, insurers and makers of more countries (``peoplewords.PHARMACY_CHAIN_NAMES``: Giant Eagle, Jewel-Osco,
   Vitusapotek, Humana, Aetna, Eli Lilly, Novo Nordisk ...), kept by both sides; after a relation word or a title they
   are a person's name ("my cousin Humana").
d. Greetings of two words whose first is a name ("Kia ora", "Talofa lava": ``peoplewords.GREETING_PHRASES``); a name
   after one still goes, and the check reads it there ("Kia ora Aroha").
e. Blood pressure in centimetres of mercury after the pressure's word of more languages ("tensió 13/8", "tlak 13/8",
   "давление 13/8", "혈압 13/8"): a reading on both sides, no day and month; "born 13/8" still a date.
f. A number after a national number's word is labelled an identifier ("isikukood 38001085718", "BSN 123456782" went
   out as <PHONE>), and the check names it a national identity number.
g. A Malay or Indonesian everyday word in lower case after a relation word and its possessive ("Adik saya makan
   Panadol"): the sentence's verb, no name (``everydaywords.malay_word_after_its_possessive``, both sides); a rarer
   word in lower case there ("adik saya rizal") is still a name.
"""

from __future__ import annotations

import pytest

from features.deid.leakshapes import has_named_month_date
from features.deid.peoplewords import GREETING_PHRASES, PHARMACY_CHAIN_NAMES
from features.deid.readingwords import READING_WORDS
from tests import deid_probes as probes

KEPT = [
    # a. the minutes of a clock before a month's name or a word opening with one
    "I can come Tuesday at 10:15 Mayo Clinic called.", "Llego a las 9:30 mayo no.", "10:15 de mayo",
    # b. a brand in CamelCase before a word of pharmacy
    "I bought it at HealthPlus Pharmacy.", "We go to PharmaCare Pharmacy.", "We go to GoodLife Pharmacy",
    # c. chains, insurers and makers
    "Giant Eagle had it.", "Jewel-Osco had it.", "Humana said no.", "Eli Lilly makes it.",
    "I called Aetna and Cigna yesterday.", "Vitusapotek har det.",
    # d. greetings of two words
    "Kia ora, I took my pills.", "Kia ora koutou", "Talofa lava, I took them",
    # e. blood pressure in cmHg
    "Azi tensió 13/8 bé.", "tlak 13/8", "давление 13/8 утром", "Tansiyonum 13/8 çıktı", "πίεση 13/8", "혈압 13/8",
    "тиск 13/8", "Вранці тиск 13/8", "A pressão 13/8 hoje", "ciśnienie 12/8",
    # g. a Malay verb after a relation word and its possessive
    "Adik saya makan Panadol", "Ibu saya makan ubat", "Anak saya minum ubat tadi", "Suami saya lupa makan ubat",
]


#: identifiers beside the kept words, each with the piece that must go
CAUGHT = [
    ("She was born 15 May.", "15 May"), ("Meet at 10:15 May 3rd.", "May 3rd"),
    ("He is at Okonkwo Logistics.", "Okonkwo"), ("My son works at McDonald Plumbing.", "McDonald"),
    ("Giant Eagle pharmacist Tomasz Wiśniewski helped me.", "Wiśniewski"),
    ("my cousin Humana called", "Humana"),
    ("Kia ora Aroha, take your pills.", "Aroha"), ("Kia ora, Tamati here", "Tamati"),
    ("Kia came over with the pills.", "Kia"),
    ("born 13/8", "13/8"), ("mi cumple 13/8", "13/8"),
    ("Adik saya Rizal makan Panadol", "Rizal"), ("adik saya rizal makan", "rizal"), ("adik saya bayu tidur", "bayu"),
    ("anak saya si budi datang", "budi"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("message", KEPT)
def test_round35_words_are_published_and_pass_the_check(deid, index, message):
    probes.assert_free_text_kept(deid, index, message)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "secret"), CAUGHT)
def test_round35_identifiers_beside_kept_words_are_caught(deid, index, message, secret):
    probes.assert_free_text_caught(deid, index, message, secret)


@pytest.mark.verifies("REQ-DEID-003")
def test_the_minutes_across_the_seam_of_two_messages_are_no_day(index):
    assert not index._seam_kinds(["I can come Tuesday at 10:15", "Mayo Clinic moved it to 3pm."], None, said=False)
    assert not has_named_month_date("Tuesday at 10:15 Mayo Clinic")
    assert has_named_month_date("born 15 May") and has_named_month_date("Nació el 15 de mayo")


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("message", "number"), [
    ("isikukood 38001085718", "38001085718"), ("Minu isikukood on 38001085718", "38001085718"),
    ("BSN 123456782", "123456782"), ("burgerservicenummer 123456782", "123456782"),
    ("PESEL 80010812345", "80010812345"), ("CNP 1800108123456", "1800108123456"),
    ("id number 8001015009087", "8001015009087"),
])
def test_a_number_after_a_national_numbers_word_is_labelled_an_identifier(deid, index, message, number):
    assert "national identity number" in probes.free_text_kinds(index, message)
    out = probes.redacted(deid, message)
    assert number not in out and "<ID>" in out and "<PHONE>" not in out, out
    assert not probes.free_text_kinds(index, out)


@pytest.mark.verifies("REQ-DEID-003")
def test_the_tables_behind_those_readings():
    assert {("giant", "eagle"), ("humana",), ("vitusapotek",), ("eli", "lilly")} <= PHARMACY_CHAIN_NAMES
    assert ("lilly",) not in PHARMACY_CHAIN_NAMES  # a given name alone: kept only with "Eli"
    assert ("kia", "ora") in GREETING_PHRASES
    assert {"tensió", "tlak", "ciśnienie", "давление", "혈압"} <= READING_WORDS


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(600)
def test_the_round35_keep_readings_cost_time_in_proportion(deid, index):
    piece = ("Tuesday at 10:15 Mayo Clinic called. HealthPlus Pharmacy. Giant Eagle had it. Kia ora, I took my pills. "
             "Azi tensió 13/8 bé. isikukood 38001085718. Adik saya makan Panadol. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
