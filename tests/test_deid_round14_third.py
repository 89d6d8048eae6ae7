"""De-identification, fourteenth round (third parties), the twelfth black-box round's kinds: names after honorifics and
family words of more languages (Russian "г-н Смирнов", a patronymic "Мария Ивановна", Greek "η κα Σπανού", Hungarian
married names "Kovácsné Anna", Arabic "السيد حداد", Hebrew "מר לוי", Yiddish "Bubbe Rivka", "Pani Kowalska", "Khun
Somchai", "Tanaka-san") and a capitalised name before a verb of another language ("Смирнов принёс", "Σπανού πήρε");
names in form and shipping labels ("SHIP TO: NAKASHIMA, REN", "c/o LINDQVIST"); another person's mail address with "@"
said in another language or doubled ("olga собачка yandex.ru", "jenny@@gmail.com"); Chinese and Korean names that
start a clause before a verb a person does ("李伟来过了", "김민준이 약 가져감"). Each is removed by the redactor
(:mod:`features.deid.people`, :mod:`features.deid.carriers`) and seen by the leak check's own reading
(:mod:`features.deid.leakpeople`, :mod:`features.deid.leakcarriers`) in the text as written, not in the output; and
ordinary medication text that looks alike is kept by both."""

from __future__ import annotations

import pytest

from features.deid.text import TextDeidentifier
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    redacted,
)


def assert_caught(deid: TextDeidentifier, index, text: str, secret: str) -> None:
    assert_free_text_caught(deid, index, text, secret)


def assert_kept(deid: TextDeidentifier, index, text: str) -> None:
    assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- 1. honorifics of more languages
@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("г-н Воронцов принёс лекарства", "Воронцов"),          # Russian
    ("вчера г-жа зайцева принесла лекарства", "зайцева"),    # in lower case
    ("Людмила Сергеевна принесла таблетки", "Сергеевна"),   # a patronymic
    ("Олег Петрович звонил насчёт рецепта", "Петрович"),
    ("η κα Σπανού έφερε τα χάπια", "Σπανού"),              # Greek
    ("ο κ. Καραγιάννης είπε να πάρω δύο", "Καραγιάννης"),
    ("Szabóné hozta a gyógyszert", "Szabó"),                # Hungarian married names
    ("Nagyné Erzsébet hívott", "Erzsébet"),
    ("السيد حداد أحضر الدواء", "حداد"),                     # Arabic
    ("الدكتور منصور قال", "منصور"),
    ("מר לוי הביא את התרופות", "לוי"),                     # Hebrew
    ("آقای رضایی دارو آورد", "رضایی"),                     # Persian
    ("Bubbe Rivka picked up my meds", "Rivka"),             # Yiddish and Hebrew kin words
    ("Zayde Moishe is visiting", "Moishe"),
    ("Pani Kowalska przyniosła leki", "Kowalska"),          # Polish, Czech
    ("paní Nováková přinesla léky", "Nováková"),
    ("Khun Somchai called about the refill", "Somchai"),    # Thai
    ("Bi Amina alileta dawa", "Amina"),                     # Swahili
    ("Patel-ji is coming tomorrow", "Patel"),               # an honorific glued on by a hyphen
    ("Nakamura-san will pick up my refill", "Nakamura"),
    ("Ayşe Hanım aradı", "Ayşe"),                           # Turkish, after
    ("Смирнов принёс таблетки", "Смирнов"),                  # a capitalised name before a verb of another language
    ("Dimitriou έφερε τα χάπια", "Dimitriou"),
    ("Wiśniewski przyniósł leki wczoraj", "Wiśniewski"),
    ("Jiménez trajo las pastillas", "Jiménez"),
])
def test_names_after_honorifics_of_more_languages_go(deid, index, text, secret):
    assert_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "Pan fried fish for dinner, took my pills", "I take a follow-up pill at 9", "Bi-weekly refill is due",
    "Вчера принесла таблетки", "Аптека позвонила насчёт рецепта", "Ayer vino mi hija con las pastillas",
    "El vino tinto no va con la medicina", "Oggi prendo la pillola", "η κα είπε να πάρω δύο",
    "السيد قال اليوم", "my bubbe is visiting", "Mevrouw belde gisteren",
])
def test_ordinary_words_beside_honorifics_of_more_languages_stay(deid, index, text):
    assert_kept(deid, index, text)


# --------------------------------------------------------------------------- time
@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", ["Ивановна ", "Ab-san ", "г-н ", "attn ", "SHIP TO: A ", "x собачка a.ru ", "a@@",
                                   "Ana/", "Kovácsné "])
def test_a_long_run_of_a_new_readings_piece_costs_time_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece)


# --------------------------------------------------------------------------- 3. names in other scripts with no cue
@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("李伟来过了", "李伟"), ("张敏拿了药", "张敏"), ("今天，王芳打电话说药没了", "王芳"), ("周杰送来了药", "周杰"),
    ("김민준이 약 가져감", "김민준"), ("박서연이 왔어요", "박서연"), ("Σπανού πήρε τα χάπια", "Σπανού"),
    ("Петрова звонила вчера", "Петрова"),
])
def test_names_in_other_scripts_before_a_verb_go(deid, index, text, secret):
    assert_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["马上来了", "我今天吃药了", "医生说要每天吃", "오늘 약 먹었어요", "약을 가져왔어요"])
def test_ordinary_words_of_other_scripts_before_a_verb_stay(deid, index, text):
    assert_kept(deid, index, text)


# --------------------------------------------------------------------------- 2. form labels and slash lists
@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("SHIP TO: NAKASHIMA, REN\n30 tablets", "NAKASHIMA"), ("ATTN: OKAFOR K", "OKAFOR"),
    ("Deliver to: BRENNAN, SIOBHAN", "SIOBHAN"), ("Bill to: WOJCIK TOMASZ", "WOJCIK"),
    ("please ship to: Adebayo Ogunleye at the back door", "Ogunleye"), ("c/o LINDQVIST", "LINDQVIST"),
    ("Consignee: HALVORSEN, INGRID", "HALVORSEN"), ("Empfänger: Schäfer, Jörg", "Schäfer"),
    ("meds for Dagny/Ingrid/Solveig this week", "Solveig"), ("pickup by Kwame/Ngozi/Chidera", "Chidera"),
])
def test_names_after_form_labels_and_in_slash_lists_go(deid, index, text, secret):
    assert_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "pay attention to the dosage", "take care of my meds", "Mon/Wed/Fri at 8am", "AM/PM doses",
    "Tylenol/Advil as needed", "yes/no", "ship to home please", "The recipient of the refill was me",
])
def test_ordinary_words_beside_form_labels_and_slashes_stay(deid, index, text):
    assert_kept(deid, index, text)


# --------------------------------------------------------------------------- 4. "@" said in another language
@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("her mail is olga собачка yandex.ru", "olga"), ("zsofi kukac freemail.hu", "zsofi"),
    ("sven snabel-a telia.se", "sven"), ("daughter is jenny@@gmail.com", "jenny"),
    ("his email: tomas zavinac seznam.cz", "tomas"), ("mail my son piet apenstaartje ziggo.nl", "piet"),
    ("write to marisol arroba correo.mx", "marisol"),
])
def test_addresses_with_at_said_in_another_language_or_doubled_go(deid, index, text, secret):
    assert_caught(deid, index, text, secret)


# --------------------------------------------------------------------------- 6. over-redaction removed
@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "Kaiser pharmacy called", "my Kaiser pharmacy refill is ready", "Heather in the garden is blooming",
    "posted it on ig stories", "snap peas with dinner", "I'll look at gmail later", "looking at yahoo news",
    "la dottoressa vino ieri", "el doctor cita el lunes", "Oma kommt heute",
])
def test_ordinary_words_read_as_people_or_contacts_stay(deid, index, text):
    assert_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "name", "word"), [
    ("Dr Patel Thu at 2", "Patel", "Thu"), ("Grazie Dott. Rossi Oggi ho preso la pillola", "Rossi", "Oggi"),
])
def test_a_day_or_an_everyday_word_after_a_name_stays(deid, text, name, word):
    out = redacted(deid, text)
    assert name not in out and word in out, out


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("Dr. Kaiser called about the refill", "Kaiser"), ("insta kevokafor", "kevokafor"),
    ("username: jsmith", "jsmith"), ("rosa at gmail", "rosa"),
])
def test_names_beside_the_words_now_kept_still_go(deid, index, text, secret):
    out = redacted(deid, text)
    assert secret not in out, out


# --------------------------------------------------------------------------- 5. leftovers, and phones with letters
@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("pid|1||12345||kowalczyk^grzegorz", "kowalczyk"), ("nk1|1|wozniak^agnieszka|spo", "wozniak"),
    ("chồng tôi tên tuấn", "tuấn"), ("con trai tôi tên là minh", "minh"),
    ("went with okonkwo to the pharmacy", "okonkwo"), ("talked with adaeze yesterday", "adaeze"),
    ("text him at (3l2) 555-O1B7", "O1B7"), ("call 555-I23-4S67", "4S67"),
])
def test_lower_case_records_names_after_ten_and_with_and_lettered_phones_go(deid, index, text, secret):
    assert_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "went with breakfast pills", "came with my daughter", "B12 500 mcg daily", "tên thuốc là metformin",
])
def test_ordinary_words_after_with_and_ten_and_capitals_beside_figures_stay(deid, index, text):
    assert_kept(deid, index, text)
