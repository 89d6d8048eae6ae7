"""The fourteenth black-box round's over-refusals and the kinds the redactor missed while the check refused them (each
stopped a whole lake's publish): ordinary words of other languages read as the owner's inflected surname ("сокола" for
Sokolov, "mensaje" for Mensah), month-year lists and questionnaire answers read as phone numbers, and tracking numbers,
dotted object identifiers and names written in Braille, negative squared or regional-indicator letters, which the
redactor left and the check saw."""

from __future__ import annotations

import pytest

from features.deid.leakcheck import phone_shaped
from tests.deid_probes import assert_owner_caught, owner, owner_kinds, redacted, two_patients_index

# --------------------------------------------------------------------------- kind 1: the owner's name inflected

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text"), [
    ("Kwabena Mensah", "te mando un mensaje mañana con la lista"),
    ("Kwabena Mensah", "otro mensaje del doctor"),
    ("Aleksandr Sokolov", "сокола видел в парке"),
    ("Dmitri Sakharov", "уровень сахара утром 7,2"),
    ("Dmitri Sakharov", "без сахара не могу"),
    ("Igor Kholodov", "из-за холода давление выше"),
    ("Igor Kholodov", "от холоду болит"),
    ("Pavel Morozov", "из-за мороза не выходил"),
    ("Ivan Volkov", "видел волка в лесу"),
    ("Olga Medvedev", "медведя видели"),
])
def test_ordinary_words_sharing_the_surnames_stem_are_no_inflection(deid, name, text):
    """A case ending takes off a name's last vowel or nominative ending, never the consonant of "-ov" or "-ah": the
    check finds no name in the word and the redactor keeps it."""
    patient = owner(name)
    assert not {k for k in owner_kinds(patient, text) if "inflected" in k}, owner_kinds(patient, text)
    out = redacted(deid, text, patient)
    assert "<PERSON>" not in out, out
    assert not owner_kinds(patient, out), (out, owner_kinds(patient, out))


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Aleksandr Sokolov", "звонила Соколова вчера", "Соколова"),
    ("Aleksandr Sokolov", "передайте Соколову привет", "Соколову"),
    ("Dmitri Sakharov", "с Сахаровым говорил", "Сахаровым"),
    ("Kwabena Mensah", "the Mensahs came by", "Mensahs"),
    ("Kwabena Mensah", "it is Mensah's car", "Mensah"),
    ("Anna Kowalska", "list od pani Kowalskiej", "Kowalskiej"),
])
def test_true_inflections_of_the_surname_are_still_caught(deid, name, text, secret):
    assert_owner_caught(deid, owner(name), text, secret)


# --------------------------------------------------------------------------- kind 2: phone-shaped lists

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "refills picked up 03/2025 04/2025 05/2025", "went 11/2024 12/2024 01/2025 02/2025", "fills 2024-11 2024-12 2025-01",
    "PHQ-9 answers 1/2/1/0/0/1/2/0/1", "GAD-7: 0/1/1/2/0/0/1", "scores 3/3/2/1/0/0/1/2",
    "07.2024 08.2024 09.2024 no refill"])
def test_month_year_lists_and_slashed_answers_are_no_phone(text):
    assert not phone_shaped(text), text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "call 555 03/2025 4417", "my cell 5-5-5-1-2-3-4-4-1-7", "ring 5 5 5 1 2 3 4 4 1 7", "call me 917/555/0142",
    "03/2025 0142 5551", "number 212 555 2025"])
def test_phones_beside_or_like_those_lists_are_still_phones(text):
    assert phone_shaped(text), text


# --------------------------------------------------------------------------- kind 3: what the redactor missed

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("USPS tracking 9400 1118 9922 3344 5566 77", "5566 77"),
    ("tracking 9205 5000 0000 1234 5678 90 arrived?", "1234 5678"),
    ("the box 4203 1234 9400 1118 9922 3344 5566", "9922 3344"),
    ("Study UID 1.2.840.113619.2.55.3.604688119 was uploaded", "113619.2.55"),
    ("series 2.16.840.1.113883.3.1234 ok", "113883.3.1234"),
])
def test_tracking_numbers_and_object_identifiers_are_redacted(deid, text, secret):
    assert phone_shaped(text)
    out = redacted(deid, text)
    assert secret not in out and "<" in out, out
    assert not phone_shaped(out), out


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "app version 4.12.1.20931 crashes", "bp 118 76 64 120 80 72 110 70", "took 1.2.3 then 4",
    "steps 8412 9120 10233 all week"])
def test_versions_readings_and_counts_are_no_long_number(deid, text):
    assert "<ID>" not in redacted(deid, text), text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Kwabena Mensah", "⠍⠑⠝⠎⠁⠓ here", "⠍⠑⠝⠎⠁⠓"),
    ("Kwabena Mensah", "it's 🅼🅴🅽🆂🅰🅷 again", "🅼🅴🅽🆂🅰🅷"),
    ("Kwabena Mensah", "from 🇲🇪🇳🇸🇦🇭", "🇲🇪🇳🇸🇦🇭"),
    ("Hemi Te Rangi", "⠓⠑⠍⠊ ⠞⠑ ⠗⠁⠝⠛⠊ writing", "⠗⠁⠝⠛⠊"),
    ("Lucia Moretti", "🅻🆄🅲🅸🅰 🅼🅾🆁🅴🆃🆃🅸 here", "🅼🅾🆁🅴🆃🆃🅸"),
])
def test_the_owners_name_in_symbol_letters_is_redacted(deid, name, text, secret):
    assert_owner_caught(deid, owner(name), text, secret)


# --------------------------------------------------------------------------- kind 4: other patients' ZIP and town

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "walked 10457 steps today", "order #92683 shipped", "10457 mg total this month?", "the boulder in my yard",
    "phoenix tattoo itches", "my boulder problem lol"])
def test_other_patients_zip_and_town_as_ordinary_numbers_and_words_stay(text):
    from collections import Counter

    assert two_patients_index().redact(text, Counter()) == text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("my zip is 10457", "10457"), ("Bronx, NY 10457", "10457"), ("send it to 9 Larch Lane 92683", "92683"),
    ("10457-1234 is the zip+4", "10457"), ("Boulder, CO 10457", "10457"), ("moving to Phoenix soon", "Phoenix"),
    ("we drove to Boulder", "Boulder"), ("postal code: 92683", "92683")])
def test_other_patients_zip_and_town_said_as_such_still_go(text, secret):
    from collections import Counter

    out = two_patients_index().redact(text, Counter())
    assert secret not in out and "<" in out, out


# --------------------------------------------------------------------------- kind 4: doses and prices read as phones

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "2 400 000 UI de penicilina benzatínica", "Penicillin 2.400.000 I.E. i.m.", "harganya Rp 1.250.000 per bulan",
    "paid $1 250 000 lol no", "vitamin D 1.000.000 IU?", "costó 3.450.000 pesos", "walked 1 204 330 steps this year"])
def test_amounts_with_thousands_set_apart_are_no_phone(deid, text):
    out = redacted(deid, text)
    assert "<PHONE>" not in out, out
    assert not phone_shaped(out), out


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("call 2 400 000 UI office", "2 400 000"), ("cell 612.345.678 mg pharmacy", "612.345.678"),
    ("my number 06 12 34 56 78", "56 78"), ("phone 1.250.000 ok", "1.250.000")])
def test_phones_beside_units_or_cued_still_go(deid, text, secret):
    out = redacted(deid, text)
    assert secret not in out, out


# --------------------------------------------------------------------------- kind 4: owner name parts that are words

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text"), [
    ("Hemi Te Rangi", "te reo class tonight so I take pills early"),
    ("Fatima Zahra El Idrissi", "el médico dijo que sí"),
    ("Nguyễn Thị Hoa", "uống thuốc rồi thì thấy chóng mặt"),
    ("Anh Van Tran", "the van broke down"),
])
def test_owner_name_parts_that_are_everyday_words_in_lower_case_stay(deid, name, text):
    patient = owner(name)
    out = redacted(deid, text, patient)
    assert "<PERSON>" not in out, out
    assert not owner_kinds(patient, text), owner_kinds(patient, text)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Hemi Te Rangi", "this is Te from the clinic", "Te from"), ("Fatima Zahra El Idrissi", "ask El about it", "El about"),
    ("Hemi Te Rangi", "hemi te rangi here", "rangi")])
def test_those_name_parts_capitalised_or_with_the_name_still_go(deid, name, text, secret):
    assert_owner_caught(deid, owner(name), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Kim Nguyen", "Hello kim, please call the pharmacy", "kim,"), ("Sam Okafor", "sam here, out of pills", "sam here"),
    ("Ben Adeyemi", "ok ben will pick it up", "ben will"), ("Mai Tran", "this is mai", "is mai"),
    ("Ali Haddad", "thanks ali", "ali")])
def test_given_names_that_are_words_of_other_languages_go_in_lower_case(deid, name, text, secret):
    """Only name particles match alone capitalised: a given name that is also a word of some language ('kim' is
    Vietnamese for needle) is the owner's name in lower case too (the simulator's greetings write it so)."""
    assert_owner_caught(deid, owner(name), text, secret)
