"""De-identification, tenth round (left): phones with commas or a run of look-alike letters between their groups, IPs
said in digit words and links spelled letter by letter, six-figure postcodes after a town or an address line, towns
after a foreign address, names after Cyrillic relation words or Chinese sign-off cues, the owner's name respelled in
syllables, and the owner's town read by its demonyms and case forms only. Each shape is redacted by the redactor and
refused by the leak check on its own readings; counts, doses and readings beside them stay."""

from __future__ import annotations

import datetime
import re
from dataclasses import asdict

import pytest

from features.deid.leakcheck import OwnerForms, as_digits, phone_shaped, shapes_of_places_and_links
from features.deid.text import PatientIdentifiers, TextDeidentifier


def _owner(name: str, street: str, city: str) -> PatientIdentifiers:
    return PatientIdentifiers("MRN-00417723", name, datetime.date(1950, 3, 4), "(555) 123-4567", "someone@example.com",
                              street, city, "IL", "62704")


def _redacted(deid: TextDeidentifier, text: str, owner: PatientIdentifiers | None = None) -> str:
    return deid.redact([text], [owner]).texts[0]


def _forms(owner: PatientIdentifiers) -> OwnerForms:
    return OwnerForms.of(asdict(owner))


def _check_sees_phone(text: str) -> bool:
    """The leak check's phone reading of ``text``, look-alike digits read first (as the check reads a message)."""
    return phone_shaped(as_digits(text))


def _check_sees(text: str) -> list[str]:
    """The leak check's shapes in ``text``, placeholders read as spaces (as the check reads a redacted message)."""
    return shapes_of_places_and_links(re.sub(r"<[A-Z]+>", " ", text))


# --------------------------------------------------------------------------- phones with commas or look-alike runs

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("call me on 212 , 555 , 7781", "7781"),
    ("call 0171, 234, 5678", "5678"),
    ("my cell is 415, 555, 2671 after six", "2671"),
    ("+44, 20, 7946, 0958", "7946"),
    ("ring 030, 1234, 5678 tonight", "1234"),
    ("her number: 06, 12, 34, 56, 78", "56, 78"),
    ("reach him at 312 ,555 ,0188", "0188"),
    ("the pharmacy is 0161, 496, 0000", "496"),           # a zero leads: no count
    ("son 917, 555, 0142 if I don't answer", "0142"),     # grouped 3-3-4
])
def test_phones_with_commas_between_their_groups(deid, monkeypatch, text, secret):
    out = _redacted(deid, text)
    assert secret not in out and "<PHONE>" in out, out
    assert not _check_sees_phone(out), out
    from features.deid import recognizers
    monkeypatch.setattr(recognizers, "_comma_spaced_phone", lambda _text, _m: False)
    assert _check_sees_phone(text)


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "1200, 1500, 1800 calories", "take 1, 2, 3 tablets", "steps 8000, 9000, 12000 this week",
    "doses 250, 500, 1000 mg", "glucose 110, 128, 145, 160 today", "on days 10, 11, 12, 13, 14 I skipped",
    "BP 120, 80, HR 72", "metformin 500, 500, 1000 mg a day", "at 8, 12, 1800 and bedtime",
    "weights 180, 182, 185 lbs", "2021, 2022, 2023 refills", "ran out on 14, 02, 2025", "since 2025, 02, 14",
])
def test_lists_of_counts_doses_and_readings_with_commas_stay(deid, text):
    assert _redacted(deid, text) == text
    assert not _check_sees_phone(text), text


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("text", ["555 ЗОВ 4567", "555 ОІЗ 4567", "my number 555 ЗОВ 4567", "555-ЗОВ-4567",
                                  "call 212 ВЗО 7781 tonight", "tel 0171 ЗВО 6789"])
def test_a_run_of_look_alike_letters_between_digit_groups_is_a_phone(deid, text):
    out = _redacted(deid, text)
    assert re.search(r"<(?:PHONE|ADDRESS)>", out) and not re.search(r"\d{4}", out), out
    assert _check_sees_phone(text)
    assert not _check_sees_phone(out), out


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", ["Зоя приняла 2 таблетки", "в 12 часов Оля 3 раза", "ОВ 12 мг утром"])
def test_cyrillic_words_between_numbers_stay(deid, text):
    assert not _check_sees_phone(text), text


# --------------------------------------------------------------------------- six-figure postcodes with no cue

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("Koramangala, Bengaluru 560034", "560034"),
    ("Moscow 125009", "125009"),
    ("Pune - 411001", "411001"),
    ("Flat 4, MG Road, 600028", "600028"),
    ("12 Residency Layout, 560025", "560025"),
    ("Koramangala, 560034", "560034"),
    ("Novosibirsk 630099", "630099"),
    ("Delhi-110001", "110001"),
    ("she moved to Chennai 600 028 last year", "600 028"),
])
def test_six_figure_postcodes_after_a_town_or_an_address_line(deid, text, secret):
    assert _check_sees(text) == ["postcode"], text
    out = _redacted(deid, text)
    assert secret not in out, out
    assert "postcode" not in _check_sees(out), out


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", ["Metformin - 500000", "Insulin - 100000", "walked 100000 steps", "Steps - 120000",
                                  "Ibuprofen / 400000", "Vitamin D 100000 IU", "Total, 250000 steps this month"])
def test_six_figures_after_a_drug_or_a_count_is_no_postcode(deid, text):
    assert "postcode" not in _check_sees(text), text
    if text.startswith(("Metformin", "Insulin", "walked", "Steps")):
        assert _redacted(deid, text) == text


# --------------------------------------------------------------------------- the owner's town by its demonyms only

PALERMO = _owner("Concetta Lombardo", "Via Garibaldi 21", "Palermo")
QUIMPER = _owner("Gwenaelle Le Gall", "8 rue des Glycines", "Quimper")
GRANADA = _owner("Ximena Villalobos", "Calle Feria 33", "Granada")
MONTREAL = _owner("Luc Tremblay", "1 Main Street", "Montreal")
MOSKVA = _owner("Dmitri Volkov", "ul. Tverskaya 7", "Moskva")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text"), [
    (PALERMO, "un vero palermitano"), (PALERMO, "Palerme demain"), (PALERMO, "le palermitane"),
    (QUIMPER, "une vraie quimpéroise"), (QUIMPER, "les Quimpérois"), (GRANADA, "soy granadino"),
    (MONTREAL, "une Montréalaise"), (MOSKVA, "живу на Тверской"), (MOSKVA, "tverskoye"),
])
def test_the_check_reads_the_owners_town_by_its_demonyms_and_case_forms(owner, text):
    assert _forms(owner).kinds_in(text), text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text"), [
    (GRANADA, "zumo de granatapfel"), (MONTREAL, "il faut montrer la boîte"), (PALERMO, "palermitanissimi"),
    (MOSKVA, "tverskayabrewerytour"),
])
def test_a_longer_word_that_only_shares_the_towns_stem_is_no_refusal(owner, text):
    assert not _forms(owner).kinds_in(text), text


# --------------------------------------------------------------------------- IPs in digit words, links spelled out

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("router is one nine two dot one six eight dot zero dot one", "six eight"),
    ("ten dot zero dot zero dot five", "zero dot five"),
    ("server at one seven two dot one six dot four dot twenty", "one six"),
    ("ip uno nove due punto uno sei otto punto zero punto uno", "sei otto"),
    ("IP eins neun zwei punkt eins sechs acht punkt null punkt eins", "sechs acht"),
    ("my box is 192 dot one six eight dot 1 dot 10", "one six eight"),
    ("ten point one point two point three", "two point three"),
])
def test_ips_said_in_digit_words(deid, text, secret):
    assert "network address said" in _check_sees(text), text
    out = _redacted(deid, text)
    assert secret not in out, out
    assert "network address said" not in _check_sees(out), out


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("see e x a m p l e . c o m", "x a m p"),
    ("w w w dot foo dot org", "foo"),
    ("my page m y s i t e . n e t / r o s a", "s i t e"),
    ("blog at j o h n s m i t h dot c o m", "s m i t h"),
    ("r o s a . d e", "r o s a"),
])
def test_links_spelled_letter_by_letter_with_no_scheme(deid, text, secret):
    assert _check_sees(text), text
    out = _redacted(deid, text)
    assert secret not in out and "<URL>" in out, out
    assert not _check_sees(out), out


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "took one dot two mg", "at this point one or two tablets", "A B C D E vitamins", "take 1 . 5 tablets",
    "one point five mg of warfarin", "BP 120/80 HR 72 SpO2 97", "took it at 9 30 pm", "dose 2.5 mg at 8 pm",
    "two dot three dot four", "I said a b c . then d",
])
def test_doses_and_ordinary_words_are_no_ip_or_spelled_link(deid, text):
    assert not _check_sees(text), text
    assert _redacted(deid, text) == text


# --------------------------------------------------------------------------- towns after a foreign address

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "gone"), [
    ("Moda Cd. No:5, Kadıköy/İstanbul", ("Kadıköy", "İstanbul")),
    ("Calle Mayor 3, Chamberí, Madrid", ("Chamberí", "Madrid")),
    ("ul. Długa 22/4, Śródmieście, Gdańsk", ("Śródmieście", "Gdańsk")),
    ("Rua Augusta 120, Bela Vista, São Paulo", ("Bela Vista", "São Paulo")),
    ("Via Roma 12, Trastevere - Roma", ("Trastevere",)),
    ("Bağdat Caddesi No 112/4 Kadıköy", ("Kadıköy",)),
])
def test_districts_and_towns_after_a_foreign_address(deid, text, gone):
    out = _redacted(deid, text)
    assert "<ADDRESS>" in out and not any(g in out for g in gone), out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("text", "kept"), [
    ("Calle Mayor 3, thanks for the Metformin 500 mg", "Metformin 500 mg"),
    ("Moda Cd. No:5, Tuesday at 9 am", "Tuesday at 9 am"),
    ("Calle Mayor 3, Lisinopril 10 mg daily", "Lisinopril 10 mg"),
    ("Calle Mayor 3, see you at 8", "see you at 8"),
])
def test_medicines_days_and_times_after_an_address_stay(deid, text, kept):
    assert kept in _redacted(deid, text)


# --------------------------------------------------------------------------- names after other scripts' cues

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "gone"), [
    ("мой сын иван звонил", ("иван",)),
    ("дочь маша звонила вчера", ("маша",)),
    ("моя жена ольга петрова приедет", ("ольга", "петрова")),
    ("внук серёжа заберёт таблетки", ("серёжа",)),
    ("муж николай иванович дома", ("николай", "иванович")),
    ("сестра наташа", ("наташа",)),
])
def test_lower_case_cyrillic_names_after_a_relation_word(deid, text, gone):
    out = _redacted(deid, text)
    assert "<PERSON>" in out and not any(g in out for g in gone), out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["сын звонил вчера", "дочь приедет завтра", "жена сказала что таблетки кончились",
                                  "мама вера в лечение", "муж дома"])
def test_lower_case_cyrillic_words_after_a_relation_word_stay(deid, text):
    assert "<PERSON>" not in _redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "gone"), [
    ("谢谢提醒\n—伟", "伟"),
    ("药已经吃了 ——小红", "小红"),
    ("此致 王芳", "王芳"),
    ("此致\n敬礼\n李娜", "李娜"),
    ("你好，我是李娜，药吃完了", "李娜"),
    ("我叫张伟", "张伟"),
])
def test_chinese_names_after_a_sign_off_or_self_introduction(deid, text, gone):
    out = _redacted(deid, text)
    assert gone not in out and "<PERSON>" in out, out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["我是病人", "我是高血压患者", "此致敬礼", "我叫了救护车", "每天两片——早上"])
def test_chinese_words_after_those_cues_stay(deid, text):
    assert "<PERSON>" not in _redacted(deid, text)


# --------------------------------------------------------------------------- the owner's name respelled in syllables

HAWAII = _owner("Kawika Kahananui", "1450 Ala Moana Blvd", "Honolulu")
GERMANY = _owner("Ludmila Hartkopf", "Ehrenstraße 12", "Köln")
POLAND = _owner("Przemysław Wojciechowski", "ul. Polna 4", "Kraków")


@pytest.mark.verifies("REQ-DEID-004", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text", "gone"), [
    (HAWAII, "Kah-ha-na-nu-ee says hi", "nu-ee"),
    (HAWAII, "this is Ka ha na nu i", "nu i"),
    (HAWAII, "it's kah ha na noo ee from the clinic list", "noo ee"),
    (GERMANY, "Lud-mi-la here", "mi-la"),
    (GERMANY, "lood mee la speaking", "mee la"),
    (GERMANY, "Hart-kopf, Lud-mil-la", "mil-la"),
    (POLAND, "Woj-cie-chow-ski picking up", "chow-ski"),
])
def test_the_owners_name_respelled_in_syllables(deid, monkeypatch, owner, text, gone):
    out = _redacted(deid, text, owner)
    assert gone not in out and "<PERSON>" in out, out
    assert not _forms(owner).kinds_in(out), out
    from features.deid import text as redactor
    monkeypatch.setattr(redactor, "_syllable_spans", lambda _folded, _owner: [])
    assert _forms(owner).kinds_in(text)


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text"), [
    (HAWAII, "take 1 tab in the am and one at pm"), (HAWAII, "I am ok no new pain"),
    (GERMANY, "ok la la la"), (GERMANY, "BP 120 80 HR 72 mg"), (POLAND, "me and my son at the bus"),
])
def test_short_words_in_a_row_are_no_respelled_name(deid, owner, text):
    assert _redacted(deid, text, owner) == text
    assert not _forms(owner).kinds_in(text), text
