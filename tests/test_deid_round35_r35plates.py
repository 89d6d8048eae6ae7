"""Round 35, branch r35plates: vehicle plates of countries neither side knew, published by the thirty-fourth
black-box round, fixed as a kind on both sides (the redactor takes the plate out; the check, with its own reading,
sees it in the text as written).

a. Plates after a word of a plate or a vehicle in the country's language or English, up to four words between, their
   figures in any script: Vietnam ("biển số xe của tôi là 51F-123.45"), the Gulf in Arabic-Indic figures ("رقم
   اللوحة ق ٥٤٣٢١"), Iran ("پلاک ۲۲ ب ۳۶۵ ایران ۱۱"), Pakistan, Sri Lanka, South Africa, Czechia (words between),
   Finland, Lithuania, Azerbaijan, Indonesia, Germany, the US states, and more of the kind: Thailand, India in
   Devanagari figures, Greece, Russia, Korea, Mexico, Brazil, Nigeria, Kenya, the Nordic and Baltic countries, Malaysia,
   Israel's words: the redactor's ``world_shapes._world_plate_spans``, the check's ``leakworld._a_world_plate``; the
   words in ``worldwords.PLATE_WORDS`` and ``PLATE_SHAPE_WORDS``.
b. Where the shape alone says a plate: Vietnam's with its dot, Iran's with "ایران" between its figures, Sri Lanka's
   with its province.
Kept: "targa da 150 km" (a distance after Italy's plate word: it was taken by both sides), "un plat de 200 g", doses,
times, blood pressure, lots after their word, "A1C 7.2", drug codes, plate words with no plate.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

PLATE = "vehicle plate or access code"

# --------------------------------------------------------------------------- a. plates after their words

PUBLISHED = [
    ("Biển số xe của tôi là 51F-123.45, nhớ giúp.", "123.45"), ("biển số 30A-123.45", "123.45"),
    ("رقم اللوحة ق ٥٤٣٢١ في دبي", "٥٤٣٢١"), ("سيارتي لوحة ق ٥٤٣٢١", "٥٤٣٢١"),
    ("پلاک ماشینم ۲۲ ب ۳۶۵ ایران ۱۱ است", "۳۶۵"), ("My car registration is LEB-2231 in Lahore.", "2231"),
    ("Vehicle number WP CAB-4512 parked outside.", "4512"), ("My number plate is CA 123-456", "123-456"),
    ("poznávací značka auta je 1AB 2345", "2345"), ("Auton rekisterinumero on ABC-123.", "ABC-123"),
    ("Mano automobilio valstybinis numeris ABC 123.", "ABC 123"), ("Maşının dövlət nömrə nişanı 10-AB-123", "AB-123"),
    ("nömrə 10-AB-123 olan maşın", "AB-123"), ("Plat nomor mobil saya B 1234 XYZ", "XYZ"),
    ("nopol B 1234 XYZ ya", "1234"), ("Mein Kennzeichen ist B-JS 1960.", "1960"), ("Vermont tag VT 4K9 21", "4K9"),
]

INVENTED = [
    # the same countries, other words and orders
    ("Xe máy của tôi biển số 29B1-234.56", "234.56"), ("bien so xe toi la 51F-678.90", "678.90"),
    ("رقم السيارة أ ب ج ١٢٣٤ من فضلك", "١٢٣٤"), ("لوحة السيارة هي م ٧٧٧٦٥", "٧٧٧٦٥"),
    ("شماره پلاک ماشین من ۴۵ ج ۷۸۹ ایران ۲۲", "۷۸۹"), ("گاڑی نمبر LEA-1234 ہے", "1234"),
    ("my car's registration number is LHR-4521", "4521"), ("vehicle no. CP KA-7788", "7788"),
    ("die Registrasienommer van my kar is CA 456-789", "456-789"), ("nommerplaat CY 12345", "12345"),
    ("SPZ mého auta je 2B3 4567", "4567"), ("rekisterikilpi autossani on XYZ-789", "XYZ-789"),
    ("valstybinio numerio ženklas: KLM 456", "KLM 456"), ("nömrə nişanı 90-HC-432", "HC-432"),
    ("nomor polisi motor saya AB 5678 CD", "5678"), ("das Kennzeichen vom Auto meiner Frau ist M-AB 1234", "1234"),
    ("Kennzeichen: B JS 1960", "1960"), ("my license plate on the truck is 4K9 21X", "21X"),
    ("plates: NY ABC-1234", "1234"), ("Vermont plates 4K9 21 on the Subaru", "4K9"),
    ("the tag on my Subaru is VT 4K9 21.", "4K9"), ("my car tag TX BK7-2291", "2291"),
    ("unser Auto, Kennzeichen B-JS 1960, steht vor der Apotheke", "1960"), ("nopol kendaraan saya: D 1234 ABC", "1234"),
    ("Biển kiểm soát: 51F-123.45", "123.45"),
    # more countries in their own scripts and figures
    ("ทะเบียนรถของฉันคือ กข 1234 กรุงเทพ", "1234"), ("ป้ายทะเบียน 1กข ๕๖๗๘", "๕๖๗๘"),
    ("मेरी गाड़ी का नंबर MH १२ AB १२३४ है", "१२३४"), ("गाड़ी नंबर DL 3C AB 1234", "1234"),
    ("η πινακίδα του αυτοκινήτου μου είναι ΙΚΑ-1234", "1234"), ("номер моей машины А123ВС 77", "А123ВС"),
    ("차량번호 12가 3456 입니다", "3456"), ("las placas de mi carro son ABC-123-D", "123"),
    ("a placa do meu carro é ABC1D23", "ABC1D23"), ("my plate number here in Lagos is KJA-123-AB", "123"),
    ("gari yangu namba ya gari ni KDA 123A", "123A"), ("registreringsnummer ABC 123 på bilen", "ABC 123"),
    ("bilnummer AB 12345", "12345"), ("nombor plat kereta saya WXY 1234", "1234"),
    ("numurzīme AB-1234", "1234"), ("מספר רכב 12-345-AB", "345"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), PUBLISHED + INVENTED)
def test_a_plates_after_their_words_go_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {PLATE})


# --------------------------------------------------------------------------- b. alone where the shape tells

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("đậu ở 51F-123.45 ngoài cổng", "123.45"), ("Parked the 30A-567.89 outside the clinic", "567.89"),
    ("ماشین ۲۲ ب ۳۶۵ ایران ۱۱ را بردم", "۳۶۵"), ("the van WP CAB-4512 came at noon", "4512"),
    ("SP KA 1234 was towed", "1234"),
])
def test_b_telling_shapes_go_alone_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {PLATE})


# --------------------------------------------------------------------------- kept

@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "Ho la targa da 150 km di autonomia", "la targa da 150 km", "un plat de 200 g de riz",
    "Metformin 500 mg at 07:30", "BP 135/85 this morning", "A1C 7.2 last month", "Lot: AB 1234 on the box",
    "lot number 51F-123.45 on the blister", "Lote 12A-345.67", "batch AB 1234 expired",
    "my plate of rice at 12:30 then 2 tablets", "the tag says 500 MG", "registration opens at 10 AM",
    "biển số xe mới chưa có", "vehicle number unknown, 2 days", "rekisterinumero puuttuu vielä 2 päivää",
    "nömrə 5 olan otaq", "لوحة المفاتيح ١٢ زر", "plat nomor belum ada 2 minggu", "the registration for the MRI 2024 was quick",
    "Kennzeichen ist seit 2023 abgelaufen", "AIC 012345678 on the pack", "NDC 0002-7510-01", "took 2 x 500 MG today",
    "Le plat du jour coûte 12 EUR", "my car is 10 YRS old", "vehicle registration due in 30 DAYS",
    "the car needs 2 NEW tyres", "tag me at 9 PM", "nomor antrian A 12 di apotek", "Số 2 viên mỗi ngày lúc 8 giờ",
])
def test_words_of_plates_doses_and_lots_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
def test_the_round35_plate_readings_cost_in_proportion(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "Biển số xe của tôi là 51F-123.45 رقم اللوحة ق ٥٤٣٢١ پلاک ۲۲ ب ۳۶۵ ایران ۱۱ rekisterinumero on "
        "ABC-123 valstybinis numeris ABC 123 dövlət nömrə nişanı 10-AB-123 targa da 150 km ", sizes=(125, 500))
