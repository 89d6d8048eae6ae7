"""De-identification, eleventh round (shapes): ages over 89 in words, ordinals, spaced figures, Roman numerals and
clinical slashes; Russian, Ukrainian, Bulgarian, Greek and Japanese block addresses; device serials with no device
word; the day and month of a hospital stay with no year. Each is redacted by the redactor and seen by the leak check's
own reading (:mod:`features.deid.leakshapes`, which never calls the redactor's patterns), so a redactor that lets one
through is refused. Doses, readings, counts, lots and batches beside them stay, and so do brand names sold outside the
US and everyday words of other languages the NER used to take for names."""

from __future__ import annotations

import re

import pytest

from tests.deid_probes import assert_shape_caught, assert_shape_kept, redacted, shape_kinds

# --------------------------------------------------------------------------- ages over 89

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("grandma is at ninety-four and still sharp", "ninety-four"),
    ("Ninety Four and still driving, my dad", "Ninety Four"),
    ("age: 9 4", "9 4"),
    ("Age 9 6, lives alone", "9 6"),
    ("aged 97, widowed", "97"),
    ("Alter: 9-5", "9-5"),
    ("she is in her ninety-third year", "ninety-third"),
    ("in his 96th year now", "96th"),
    ("Age: XCIV", "XCIV"),
    ("edad: xcii", "xcii"),
    ("papi tiene noventa y dos años", "noventa"),
    ("papi tiene noventa y dos", "noventa"),
    ("mamie a quatre-vingt-quinze ans", "quinze"),
    ("Oma ist vierundneunzig Jahre alt", "vierundneunzig"),
    ("oma is vierennegentig jaar", "vierennegentig"),
    ("ей девяносто два года", "девяносто"),
    ("babcia ma dziewięćdziesiąt dwa lata", "dziewięćdziesiąt"),
    ("im 94. Lebensjahr", "94"),
    ("dans sa 94e année", "94"),
    ("Age/Sex: 94/F", "94"),
    ("F/93, fall at home", "93"),
    ("sex/age: M / 101", "101"),
    ("94yo F", "94"),
    ("94 y/o", "94"),
    ("Edad 96", "96"),
    ("papi tiene 92 años", "92"),
])
def test_ages_over_89_in_words_ordinals_spaced_roman_and_slashes(deid, text, secret):
    assert_shape_caught(deid, text, secret, "age over 89")


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "she told you a hundred times", "glucose ninety-four this morning", "one hundred and fifty mg",
    "w/ 95 units", "age 45, F/45", "ninety minutes walk", "noventa días de tratamiento", "seit 93 Jahren krank",
    "Age: XLV", "I took 1/2 tab",
])
def test_readings_amounts_and_younger_ages_stay(deid, text):
    assert_shape_kept(deid, text, "age over 89")


# --------------------------------------------------------------------------- block addresses

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("живу: ул. Ленина, д. 5, кв. 12", "Ленина"),
    ("вул. Шевченка 10", "Шевченка"),
    ("вулиця Шевченка, 10", "Шевченка"),
    ("проспект Миру 5, кв 3", "Миру"),
    ("бул. Витоша 15", "Витоша"),
    ("ж.к. Младост 1, бл. 12, вх. А, ап. 5", "Младост"),
    ("пр. Мира 23, кв 4", "Мира"),
    ("просп. Науки, 14", "Науки"),
    ("Οδός Ερμού 25", "Ερμού"),
    ("οδ. Πανεπιστημίου 30", "Πανεπιστημίου"),
    ("Λεωφόρος Κηφισίας 12", "Κηφισίας"),
    ("東京都新宿区西新宿2-8-1", "2-8-1"),
    ("大阪市北区梅田１ー２ー３", "梅田"),
    ("3丁目5番地", "5番地"),
    ("新宿区西新宿2丁目8番1号", "8番"),
])
def test_russian_ukrainian_bulgarian_greek_and_japanese_addresses(deid, text, secret):
    assert_shape_caught(deid, text, secret, "street or block address")


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", ["Приняла 2 таблетки утром", "Πήρα 2 χάπια", "薬を2錠飲みました"])
def test_counts_in_those_scripts_are_no_address(deid, text):
    assert "street or block address" not in shape_kinds(text)
    assert "<ADDRESS>" not in redacted(deid, text)


# --------------------------------------------------------------------------- device serials

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("my box PBX-77A1E2F9 is blinking", "77A1E2F9"),
    ("the code on the back is MX4-2291-ZT", "2291"),
    ("pillbox pbx-77a1e2f9 again", "77a1e2f9"),
    ("reader QX7-88K2-19B4 lost", "88K2"),
    ("it says PBX77A1E2F9 underneath", "PBX77A1E2F9"),
    ("SN: 4F7A-99B2-XK", "99B2"),
    ("S/N 8832KQ7", "8832KQ7"),
    ("Serien-Nr. 12AB345", "12AB345"),
])
def test_device_serials_with_no_device_word(deid, text, secret):
    assert_shape_caught(deid, text, secret, "device serial")


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "lot AB1234 expires 2027", "Lot: 7H22K1-A3BC9", "batch 7H22K1-A3BC9 was recalled", "Ch.-B. 4711AB-99C",
    "Metformin-500 twice", "500mg-1000mg", "COVID-19 booster", "pack PCK-1234", "SARS-CoV-2 test",
    "生日是1964年9月23号",
])
def test_lots_batches_doses_and_words_with_figures_are_no_serial(deid, text):
    assert "device serial" not in shape_kinds(text), text
    assert "<ID>" not in redacted(deid, text)


# --------------------------------------------------------------------------- the day and month of a stay

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("admitted 14/3 with pneumonia", "14/3"),
    ("ICU since 12.03", "12.03"),
    ("entlassen am 12.3.", "12.3"),
    ("ricoverato dal 14/3", "14/3"),
    ("opgenomen op 3-4", "3-4"),
    ("выписали из больницы 5.03", "5.03"),
    ("discharged home on 28/2 after a fall", "28/2"),
    ("hospitalisée depuis le 21.11", "21.11"),
])
def test_day_and_month_of_a_stay_with_no_year(deid, text, secret):
    assert_shape_caught(deid, text, secret, "day and month of a stay")
    assert "<DATE>" in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", ["since 1.5 years on insulin", "in hospital, took 1/2 tab", "ward 5.5 mg",
                                  "admitted, glucose 12.5 mmol"])
def test_doses_and_durations_after_a_stay_word_are_no_date(deid, text):
    assert "day and month of a stay" not in shape_kinds(text), text
    assert "<DATE>" not in redacted(deid, text)


# --------------------------------------------------------------------------- over-redaction removed

@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "I take Telma 40 every morning", "Kardegic 75 after lunch", "Levothyrox 50 before breakfast",
    "Adiro 100 con la cena", "mi abuela toma Kardegic 75 y Levothyrox", "Nonna prende Cardioaspirina e Eutirox",
    "je prends du Doliprane et du Tahor", "Hausnr. bitte", "seit 5 Jahren", "10 jaar geleden",
])
def test_world_brands_and_everyday_foreign_words_stay(deid, text):
    assert redacted(deid, text) == text


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-006")
def test_only_the_age_goes_beside_foreign_words(deid):
    assert redacted(deid, "papi tiene noventa y dos") == "papi tiene <AGE>"
    out = redacted(deid, "mon père est de Lyon")
    assert out.startswith("mon père est de <") and "Lyon" not in out


@pytest.mark.verifies("REQ-DEID-003")
def test_a_brand_that_is_also_a_given_name_is_a_person_without_a_strength(deid):
    assert "Telma" not in redacted(deid, "Telma called me yesterday")
    assert re.search(r"\bTelma 40\b", redacted(deid, "I take Telma 40 every morning"))


# years of birth over 89 some words after their cue, and the Romance and Dutch "is of 1930" (session 9: the ninth
# black-box round's `papa est de 1930`; the years are 1936 or earlier, so over 89 for as long as these tests run)
@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("papa est de 1930, il prend son traitement", "1930"), ("mi padre es de 1931 y toma metformina", "1931"),
    ("mio padre è del 1929", "1929"), ("meu pai é de 1932", "1932"), ("mijn vader is van 1930", "1930"),
    ("mi abuela es del año 1928", "1928"), ("il nonno è nato nel lontano 1929", "1929"),
    ("grandpa (b. in 1927) takes aspirin", "1927"), ("geboren im Winter 1929", "1929"),
    ("papa est de Lyon, 1930 il est né", "1930"),
])
def test_years_of_birth_over_89_after_a_birth_word_or_is_of(deid, text, secret):
    assert_shape_caught(deid, text, secret, "year of birth over 89")


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("born in the spring of 1930, my dad still walks", "1930"), ("my aunt was born on a farm in 1929", "1929"),
    ("nacida en un pueblo en 1931", "1931"),
])
def test_the_redactor_reads_a_birth_word_further_back_than_the_check(deid, text, secret):
    """Six words back in the redactor, four in the check: the check never refuses what the redactor takes out."""
    assert secret not in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "my dad was born in 1960 and takes metformin", "mi padre es de 1958", "the 1930 mg total this week",
    "glucose 1930 at 7", "es de 1930 mg al día", "the house is from 1930",
])
def test_younger_years_amounts_and_other_years_stay(deid, text):
    assert_shape_kept(deid, text, "year of birth over 89")


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["oui, il prend ses comprimés le soir", "Montag, il prend la metformine",
                                  "bueno, il medico ha detto di continuare", "alors, ca va mieux"])
def test_lower_case_il_ca_after_a_comma_are_no_state(deid, text):
    """"il" and "ça" (folded "ca") after a comma are French and Italian words, not "Town, IL" or "Town, CA"."""
    assert "<STATE>" not in redacted(deid, text) and "<CITY>" not in redacted(deid, text)
