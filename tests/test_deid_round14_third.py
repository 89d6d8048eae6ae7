"""De-identification, fourteenth round (third parties), the twelfth black-box round's kinds: names after honorifics and
family words of more languages (Russian "г-н Смирнов", a patronymic "Мария Ивановна", Greek "η κα Σπανού", Hungarian
married names "Kovácsné Anna", Arabic "السيد حداد", Hebrew "מר לוי", Yiddish "Bubbe Rivka", "Pani Kowalska", "Khun
Somchai", "Tanaka-san") and a capitalised name before a verb of another language ("Смирнов принёс", "Σπανού πήρε");
names in form and shipping labels ("SHIP TO: NAKASHIMA, REN", "c/o LINDQVIST"); another person's mail address with "@"
said in another language or doubled ("olga собачка yandex.ru", "jenny@@gmail.com"). Each is removed by the redactor
(:mod:`features.deid.people`, :mod:`features.deid.carriers`) and seen by the leak check's own reading
(:mod:`features.deid.leakpeople`, :mod:`features.deid.leakcarriers`) in the text as written, not in the output; and
ordinary medication text that looks alike is kept by both."""

from __future__ import annotations

import pytest

from features.deid.text import TextDeidentifier
from tests.deid_probes import check_index, cpu_seconds, redacted


@pytest.fixture(scope="module")
def deid() -> TextDeidentifier:
    return TextDeidentifier(workers=1)


@pytest.fixture(scope="module")
def index():
    return check_index()


def check_kinds(index, text: str) -> set[str]:
    """Every kind the leak check's free-text scan finds in ``text`` (a message with no known owner)."""
    return set(index._free_text_counts((0, [(text, None)]))[0])


def assert_caught(deid: TextDeidentifier, index, text: str, secret: str) -> None:
    """The check sees something in ``text``; the redactor removes ``secret``; the check sees nothing in the output."""
    assert check_kinds(index, text), text
    out = redacted(deid, text)
    assert secret not in out, out
    assert not check_kinds(index, out), (out, check_kinds(index, out))


def assert_kept(deid: TextDeidentifier, index, text: str) -> None:
    """The redactor publishes ``text`` as written and the check finds nothing in it."""
    assert redacted(deid, text) == text
    assert not check_kinds(index, text), check_kinds(index, text)


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
