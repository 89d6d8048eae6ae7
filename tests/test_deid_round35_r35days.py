"""Round 35, branch r35days: the two kinds the 34th black-box round published, each generalised.

a. A named day that restates a birthday: the national and civic days of more countries beside a birth word (Serbia's
   slavas "rođen na Đurđevdan", Chile's and Peru's "Fiestas Patrias", Mexico's "día del Grito" and "día de la
   Revolución", Ghana's "Republic Day", the US "Veterans Day", Mongolia's "Наадмын өдөр төрсөн", France's "prise de la
   Bastille", Thailand's, Indonesia's, the Philippines', India's, Nigeria's, Kenya's and Brazil's days), a day either
   side of one ("the day after Coronation Day", "le lendemain de Noël"), a Korean birth suffix glued to the day
   ("광복절생이에요"), and a day of the month said alone beside a birth or an age turned ("turned 90 on the 11th").
b. Ages over 89 in number words: Lithuanian ("devyniasdešimt penkeri", with no word of age after a dative),
   Azerbaijani and Turkish ("doxsan beş yaşındadır"), Malay and Indonesian ("sembilan puluh enam"), the languages
   num2words writes (Catalan, Esperanto, Belarusian, Tajik), Spanish slang for years ("91 pirulos", "92 abriles"),
   Uzbek with its locative ending and no word of age ("Buvim to'qson beshda"), Basque and Georgian with the verb after
   the number ("Amonak laurogeita hamabost ditu", "ბებია ოთხმოცდათხუთმეტის არის").
c. What stays: "ninety years ago" (the check had read "ninety y-ears"), counts, ordinary holidays greeted or named with
   no birth word ("Joyeux Noël", "Feliz Día de Reyes", "Happy Diwali", "Veterans Day refill").

Each on both sides: the redactor takes it, the check reads it in the raw text and nothing in the published one.
"""

from __future__ import annotations

import datetime

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner, owner_and_check_finds

#: the kinds the check reads a birthday said by a named day as (the owner's, or anybody's)
_DAY_KINDS = {"own date_of_birth as a holiday", "own date_of_birth next to a holiday", "birthday by a festival"}

# --------------------------------------------------------------------------- a. named days that restate a birthday

BIRTHDAYS = [
    # Serbia (Latin and Cyrillic, the cases), Chile, Peru, Mexico
    ("1951-05-06", "I was born on Đurđevdan and take my pills daily.", "Đurđevdan"),
    ("1951-06-28", "Rođena sam na Vidovdan.", "Vidovdan"),
    ("1951-05-06", "Рођен сам на Ђурђевдан.", "Ђурђевдан"),
    ("1951-11-08", "Rođen sam na Mitrovdan.", "Mitrovdan"),
    ("1951-09-18", "Yo nací en Fiestas Patrias, tomo metformina.", "Patrias"),
    ("1951-09-16", "Mi papá nació el día del Grito.", "Grito"),
    ("1951-11-20", "Nací el día de la Revolución.", "Revolución"),
    # Ghana, the US, Mongolia, France
    ("1951-07-01", "I was born on Republic Day in Accra.", "Republic"),
    ("1951-11-11", "My dad was born on Veterans Day.", "Veterans"),
    ("1951-06-14", "My mom was born on Flag Day.", "Flag"),
    ("1951-07-11", "Би Наадмын өдөр төрсөн.", "Наадм"),
    ("1951-07-14", "Je suis né le jour de la prise de la Bastille.", "Bastille"),
    # Thailand, Indonesia, the Philippines, India, Nigeria, Kenya, Brazil
    ("1951-05-05", "I was born the day after Coronation Day.", "Coronation"),
    ("1951-04-06", "ฉันเกิดวันจักรี", "จักรี"),
    ("1951-04-21", "Saya lahir pada Hari Kartini.", "Kartini"),
    ("1951-11-10", "Ayah saya lahir pada Hari Pahlawan.", "Pahlawan"),
    ("1951-04-09", "Ipinanganak ako noong Araw ng Kagitingan.", "Kagitingan"),
    ("1951-01-26", "I was born on Gantantra Diwas.", "Gantantra"),
    ("1951-06-12", "My father was born on Democracy Day.", "Democracy"),
    ("1951-06-01", "My mother was born on Madaraka Day.", "Madaraka"),
    ("1951-06-12", "Nasci no Dia dos Namorados.", "Namorados"),
    # a Korean birth suffix glued to the day
    ("1951-08-15", "저는 광복절생이에요.", "광복절"),
    ("1951-10-09", "우리 엄마는 한글날생입니다.", "한글날"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text", "secret"), BIRTHDAYS)
def test_a_anybodys_birthday_by_a_named_day_goes_for_both_sides(deid, index, dob, text, secret):
    # gone as a <DATE>, or (the Serbian sentences) inside a <PERSON> the NER found first
    probes.assert_shape_caught(deid, text, secret, probes.FESTIVAL_BIRTHDAY)
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text", "secret"), [
    ("1951-05-06", "Rođen sam na Đurđevdan.", "Đurđevdan"), ("1951-08-15", "저는 광복절생이에요.", "광복절"),
    ("1951-07-11", "Би Наадмын өдөр төрсөн.", "Наадм"),
    ("1951-05-05", "I was born the day after Coronation Day.", "Coronation"),
    ("1951-07-14", "Je suis né le jour de la prise de la Bastille.", "Bastille"),
])
def test_a_the_owners_birthday_by_a_named_day_goes_for_both_sides(deid, dob, text, secret):
    patient = owner(dob=datetime.date.fromisoformat(dob))
    out = probes.redacted(deid, text, patient)
    assert secret not in out and "<" in out, out
    assert _DAY_KINDS & owner_and_check_finds(patient, text), owner_and_check_finds(patient, text)
    assert not owner_and_check_finds(patient, out), (out, owner_and_check_finds(patient, out))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("Grandma turned 90 on the 11th.", "11th"), ("My father turns ninety-one on the 3rd.", "3rd"),
    ("I was born on the 11th, so my refill is late.", "11th"), ("Mi abuela cumplió 95 el día 11.", "día 11"),
    ("Je suis née le 11, merci", "le 11"), ("Meu pai nasceu no dia 11.", "dia 11"),
])
def test_a_a_day_of_the_month_beside_a_birth_or_an_age_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


# --------------------------------------------------------------------------- b. ages over 89 in number words

AGES = [
    ("Močiutei devyniasdešimt penkeri.", "devyniasdešimt"), ("Močiutei jau devyniasdešimt penkeri metai.", "devyniasdešimt"),
    ("Senelis švenčia devyniasdešimt penkerius metus.", "devyniasdešimt"),
    ("Nənəm doxsan beş yaşındadır.", "doxsan"), ("Babam doksan iki yaşında.", "doksan"),
    ("Nenek saya berumur sembilan puluh enam tahun.", "sembilan"), ("Nenek saya sembilan puluh enam.", "sembilan"),
    ("Atuk saya berusia sembilan puluh tujuh.", "sembilan"),
    ("Mi abuelo ya tiene 91 pirulos.", "91"), ("El abuelo cumple 92 abriles mañana.", "92"),
    ("La abuela festejó sus 93 primaveras.", "93"),
    ("Buvim to'qson beshda.", "qson"), ("Bobom to'qson ikkida.", "qson"),
    ("Amonak laurogeita hamabost ditu.", "laurogeita"), ("Amona laurogeita hamabost urte ditu.", "laurogeita"),
    ("ბებია ოთხმოცდათხუთმეტის არის.", "ოთხმოცდა"),
    ("La meva àvia té noranta-cinc anys.", "noranta"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), AGES)
def test_b_an_age_over_89_in_number_words_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"age over 89"})


# --------------------------------------------------------------------------- c. what stays

KEPT = [
    "That happened ninety years ago.", "ninety years ago the pharmacy opened", "I have ninety capsules left.",
    "Sembilan puluh tahun yang lalu kampung ini dibangun.", "Joyeux Noël!",
    "Joyeux Noël à toute l'équipe de la pharmacie.", "Happy Diwali to all!",
    "At Christmas I ran out of pills.", "Veterans Day refill done.", "Vidovdan je praznik, apoteka ne radi.",
    "Hari Ibu ini saya beli obat.", "광복절생활 계획", "refill on the 11th at Walgreens", "I was born on the 11th floor.",
    "Take 2 tablets on the 3rd of each cycle", "Merry Christmas from CVS Pharmacy",
]


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", KEPT)
def test_c_ordinary_text_and_holidays_with_no_birth_stay_for_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "Ada sembilan puluh enam tablet lagi.", "Doksan beş lira ödedim.", "Obat sembilan puluh enam ribu rupiah.",
    "Ninety years later the pharmacy still stands.", "La farmacia tiene 91 tacos de vendas.",
])
def test_c_counts_prices_and_spans_in_number_words_are_no_age(deid, index, text):
    # the NER may take another word of these (Ada, a city; beş read as a name): no age for either side
    assert "<AGE>" not in probes.redacted(deid, text), probes.redacted(deid, text)
    assert "age over 89" not in probes.free_text_kinds(index, text), probes.free_text_kinds(index, text)


@pytest.mark.verifies("REQ-DEID-006")
def test_c_a_greeted_day_the_ner_takes_in_part_stays(deid, index):
    # the NER took "Reyes" alone, "Noël" and "Diwali" with their greetings: each is the named day
    for text in ("Feliz Día de Reyes, gracias por todo.", "Joyeux Noël!", "Diwali Mubarak"):
        assert "<PERSON>" not in probes.redacted(deid, text), probes.redacted(deid, text)
    # a person greeted still goes, the day stays
    out = probes.redacted(deid, "Feliz Navidad, Dr. Ruiz")
    assert "Ruiz" not in out and "Navidad" in out, out


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
def test_the_round35_readings_cost_in_proportion(deid, index):
    piece = ("Rođen sam na Đurđevdan, 광복절생이에요, turned 90 on the 11th; Nənəm doxsan beş yaşındadır, "
             "Buvim to'qson beshda. Joyeux Noël, ninety years ago ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
