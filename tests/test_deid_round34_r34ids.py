"""Round 34, branch r34ids: identifier shapes published in the thirty-third black-box round, each fixed as a kind on
both sides (the redactor takes it out, the check sees it in the text as written with its own reading).

a. Plates of Europe after their words, a few words between the word and the plate: Romania ("numărul de
   înmatriculare B 123 ABC", "mașina cu numărul CJ 07 XYZ"), Hungary ("rendszámom ABC-123", "AA BB-123"), Italy
   (in lower case, or after "della mia macchina è"), Spain, Portugal, Poland, Austria, Bulgaria, Croatia, Serbia,
   Turkey (also before "plakalı") and Ukraine: :func:`features.deid.world_shapes._european_plate_spans`, the check's
   ``_a_european_plate_after_its_word``; the plate words in ``worldwords.PLATE_WORDS``.
b. National numbers whose last character is a check letter go whole, any case, with or without separators ("DNI
   12345678Z" was "<PHONE>Z", "hetu 080239-123x" was "<DATE>-123x"): the redactor's ``check_letter_id_recognizer``
   and the owner pass's serial after a date; the check's ``has_lettered_national_id`` and a letter left beside a
   placeholder after the number's word (``check_letter_beside_a_placeholder``).
Kept: words of plates and IDs with no plate or ID, times, years, doses, the Spanish "y" after a number.
"""

from __future__ import annotations

import datetime

import pytest

from features.deid.leakcheck import glued_to_a_placeholder
from tests import deid_probes as probes
from tests.deid_probes import owner, redacted

PLATE = "vehicle plate or access code"
NATIONAL_ID = "national identity number"

# --------------------------------------------------------------------------- a. plates of Europe after their words

PLATES = [
    ("numărul de înmatriculare B 123 ABC", "123 ABC"), ("Numărul de înmatriculare este B 123 ABC.", "123 ABC"),
    ("numărul mașinii: CJ 07 XYZ", "07 XYZ"), ("plăcuța de înmatriculare IS-12-ABC", "12-ABC"),
    ("am parcat cu numărul CJ 07 XYZ in fata", "07 XYZ"),
    ("rendszám ABC-123", "ABC-123"), ("a rendszámom ABC-123, köszönöm", "ABC-123"), ("rendszáma: AA BB-123", "BB-123"),
    ("az autó rendszámtáblája AB CD-456", "CD-456"),
    ("la targa della mia macchina è AB 123 CD, grazie", "123"), ("targa ab 123 cd", "cd"),
    ("la matrícula de mi coche es 1234 BCD.", "BCD"), ("a matrícula do meu carro é AA-12-BB", "12"),
    ("matrícula 12-AB-34 do carro", "AB"), ("mój numer rejestracyjny to PO 1AB23.", "1AB23"),
    ("tablica rejestracyjna KR 1234A", "1234A"), ("das Kennzeichen meines Autos ist W 12345 A.", "12345"),
    ("регистрационният номер на колата е СА 1234 ВС", "1234"), ("номер СА 1234 ВС", "1234"),
    ("registarska tablica mog auta je ZG 1234-AB.", "1234"), ("registracija ST 456-C", "456"),
    ("регистарске таблице БГ 123-АБ", "123"), ("arabamın plakası 34 ABC 123.", "ABC"),
    ("araç plakası 34 A 1234", "1234"), ("34 ABC 123 plakalı araç", "ABC"),
    ("номерний знак моєї машини АА 1234 ВВ.", "1234"), ("держномер КА 5678 ІВ", "5678"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), PLATES)
def test_a_plates_of_europe_after_their_words_go_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {PLATE})


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "registration opens at 10 AM", "the registration for the MRI 2024 is done",
    "la targa della macchina è nuova da 2 anni", "das Kennzeichen meines Autos ist abgelaufen",
    "registracija je istekla prije 3 mjeseca", "plakası yok, 2 gün sonra gelecek", "rendszám nélkül 2 hétig vártam",
    "numărul 5 din listă", "номер на колата ми е нов от 3 години", "take 2 tablets at 8 PM",
])
def test_a_words_of_plates_without_a_plate_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- b. national numbers with a check letter

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("mi DNI es 12345678Z y vivo en el centro", "Z y"), ("Mi DNI: 12345678z", "12345678"),
    ("el DNI 12.345.678-Z", "-Z"), ("su NIE es x1234567l", "l"), ("NIE Y-1234567-X", "-X"),
    ("PPSN 1234567TA please", "TA"), ("Cartão de Cidadão 12345678 9 ZZ4", "ZZ4"),
    ("HKID A123456(7)", "(7)"), ("personnummer 19811218-T123", "T123"),
    ("hetu 131052-308t kiitos", "308t"), ("henkilötunnus 131052-308T", "308T"),
    ("tengo el 12345678Z en la cartera", "12345678Z"), ("a HETU 131052A308T", "308T"),
])
def test_b_numbers_with_a_check_letter_go_whole_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {NATIONAL_ID})
    assert not glued_to_a_placeholder(redacted(deid, text))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "dob", "secret"), [
    ("hetu 080239-123x", datetime.date(1939, 2, 8), "123x"),
    ("minun hetu on 080239-123x, kiitos", datetime.date(1939, 2, 8), "x,"),
    ("henkilötunnus 080239A123x", datetime.date(2039, 2, 8), "123x"),
    ("personnummer 811218-T123", datetime.date(1981, 12, 18), "T123"),
])
def test_b_the_owners_number_with_its_check_letter_goes_whole_for_both_sides(deid, text, dob, secret):
    probes.assert_owner_gone_for_both_sides(deid, owner(dob=dob), text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", ["DNI <PHONE>Z", "mi DNI es <PHONE>-Z", "su NIE es x<PHONE>l", "hetu <DATE>-123x"])
def test_b_a_check_letter_left_beside_its_placeholder_is_refused(text):
    assert glued_to_a_placeholder(text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "DNI <ID> y vivo en el centro", "hetu <ID>, kiitos", "the <PERSON>s came", "mi DNI es <ID>",
])
def test_b_placeholders_with_words_beside_them_pass(text):
    assert not glued_to_a_placeholder(text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "el DNI caduca en 2027", "DNI renovado hace 3 meses", "hetu puuttuu vielä", "batch 12345678B",
    "the NIE appointment is at 10 AM",
])
def test_b_lots_and_words_of_ids_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
def test_the_round34_ids_readings_cost_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "la targa della mia macchina è AB 123 CD rendszám AA BB-123 номерний знак АА 1234 ВВ "
        "34 ABC 123 plakalı araç mi DNI es 12345678Z hetu 131052-308t NIE x1234567l ", sizes=(125, 500))
