"""Round 26 (branch r26places): addresses and phones the twenty-sixth black-box round got PUBLISHED past both sides,
each kind both ways (the redactor takes it out, the check sees it in the raw text with its own reading and nothing in
the output), and the ordinary sentences near each new reading kept by both:

a. the owner's street said by its numbers in words ("vivo en la calle ocho numero catorce veinte" for 1420 SW 8th St,
   "fourteen twenty southwest eighth street", "rua oito número catorze vinte", "achten Straße"), and anybody's after a
   cue of living or an address ("mi hija vive en la calle ocho numero catorce veinte", "my son lives on calle ocho");
b. a town's nickname: the owner's ("el Chuco" for El Paso, "la Gran Manzana", "el De Efe", "DF", "Sampa") and a third
   party's after a word of place ("my aunt lives in el Chuco", "mi prima vive en el DF");
c. a Japanese place in kanji with no number before a word of living, a station or coming from ("北沢に住んでいます",
   "下北沢の駅前"), a Chinese place ending in a unit after a word of living ("我住在海淀区");
d. third parties' neighbourhoods and houses: a neighbourhood before its town or after its word ("Chapinero, Bogotá",
   "el barrio Chapinero"), a town's numbered part with the town ("Sector 15 Noida"), a house's name before a street
   or town ("Kestrel House, Mill Lane", "Rose Cottage, Ludlow", "The Old Rectory, Church Lane");
e. a Thai phone in digit words glued in groups, apart by spaces, dashes or "ขีด" ("ศูนย์แปดหนึ่ง สองสามสี่
   ห้าหกเจ็ดแปด" left its last group).
"""

from __future__ import annotations

from dataclasses import asdict

import pytest

from features.deid.leakcheck import OwnerForms
from features.deid.leakplaces import bare_kanji_place, numbered_street_said, street_numbers
from features.deid.normalize import thai_digits_as_figures
from features.deid.place_shapes import bare_cjk_place_spans, owner_numbered_street_spans
from tests import deid_probes as probes
from tests.deid_probes import redacted

MIAMI = probes.owner("Avraham Mizrahi", "1420 SW 8th St", "Miami", zip5="33135")
BOGOTA = probes.owner("Avraham Mizrahi", "Calle 8 # 14-20", "Bogotá", zip5="11001")

# --------------------------------------------------------------------------- a. the owner's street by its numbers

OWNER_STREET = [
    (MIAMI, "vivo en la calle ocho numero catorce veinte", "catorce"),
    (MIAMI, "vivo en la calle ocho numero catorce veinte", "ocho"),
    (MIAMI, "VIVO EN LA CALLE OCHO NÚMERO CATORCE VEINTE", "CATORCE"),
    (MIAMI, "I live at fourteen twenty southwest eighth street", "fourteen"),
    (MIAMI, "moro na rua oito, número catorze vinte", "catorze"),
    (MIAMI, "vivo en la calle 8, número 14-20", "14-20"),
    (MIAMI, "wohne in der achten Straße", "achten"),
    (MIAMI, "we're on SW 8th Street now", "8th"),
    (MIAMI, "la casa está en la calle ocho", "ocho"),
    (BOGOTA, "vivo en la calle ocho numero catorce veinte", "catorce"),
    (BOGOTA, "mi dirección: carrera 3, calle 8, casa 14 20", "14 20"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), OWNER_STREET)
def test_the_owners_street_said_by_its_numbers_goes(deid, patient, text, secret):
    probes.assert_owner_caught(deid, patient, text, secret)


OWNER_STREET_KEPT = [
    "tomo ocho pastillas al día", "caminé catorce o veinte minutos", "at 14:20 I took it", "took 8 pills",
    "número de pastillas: ocho", "the street was busy, 8 of us walked", "vivo en la calle de mi hija",
    "mi azúcar: 142 0 ayer", "eighth day of the course",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", OWNER_STREET_KEPT)
def test_numbers_near_no_street_stay_for_the_owner(deid, text):
    assert redacted(deid, text, MIAMI) == text
    assert not probes.owner_kinds(MIAMI, text), probes.owner_kinds(MIAMI, text)


@pytest.mark.verifies("REQ-DEID-003")
def test_each_side_reads_the_stored_street_on_its_own():
    assert street_numbers("1420 sw 8th st") == ("1420", "8")
    assert street_numbers("calle 8 # 14-20") == ("1420", "8")
    assert street_numbers("hauptstrasse 12") == ("12", "")
    assert OwnerForms.of(asdict(MIAMI)).street_number == "8"
    assert numbered_street_said("calle 8 numero 14 20", "1420", "8")
    assert not numbered_street_said("at 14:20 i took 8", "1420", "8")
    assert owner_numbered_street_spans("calle 8 numero 14 20", "1420 SW 8th St") == [(0, 7), (15, 20)]


# --------------------------------------------------------------------------- b. a town's nickname

OWNER_NICKNAMES = [
    (probes.owner(city="El Paso", zip5="79901"), "sigo viviendo en el Chuco", "Chuco"),
    (probes.owner(city="El Paso", zip5="79901"), "ya regresé a el chuco", "chuco"),
    (probes.owner(city="New York", zip5="10001"), "vivo en la Gran Manzana", "Manzana"),
    (probes.owner(city="Mexico City", zip5="06000"), "vivo en el De Efe", "Efe"),
    (probes.owner(city="Mexico City", zip5="06000"), "vivo en el DF desde niño", "DF"),
    (probes.owner(city="São Paulo", zip5="01000"), "moro em Sampa", "Sampa"),
    (probes.owner(city="Buenos Aires", zip5="10000"), "vivo en BA hace años", "BA"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), OWNER_NICKNAMES)
def test_the_owners_town_by_its_nickname_goes(deid, patient, text, secret):
    probes.assert_owner_caught(deid, patient, text, secret)


THIRD_PARTY_NICKNAMES = [
    ("my aunt lives in el Chuco", "Chuco"), ("mi tía vive en la Gran Manzana", "Manzana"),
    ("mi prima vive en el DF", "DF"), ("minha irmã mora em Sampa", "Sampa"), ("my uncle is back in Philly", "Philly"),
    ("my brother moved to chitown last year", "chitown"), ("she went back to nola for good", "nola"),
    ("su hijo vive en el De Efe", "Efe"), ("mi hermano se mudó a Medallo", "Medallo"),
]


NICKNAME_NEAR_MISSES = [
    "la insulina está en la nevera", "I have a BA in nursing", "she has a BA", "vivo en la ciudad",
    "I live in the city", "back in the day", "no DF today", "de la capital", "the big bottle is empty",
]


# --------------------------------------------------------------------------- c. Japanese and Chinese places with no number

CJK_CAUGHT = [
    ("北沢に住んでいます", "北沢"), ("下北沢の駅前で待っています", "下北沢"), ("娘は世田谷在住です", "世田谷"),
    ("母は吉祥寺に住んでいる", "吉祥寺"), ("兄は三鷹から引っ越しました", "三鷹"), ("我住在海淀区", "海淀"),
    ("他住在朝阳区", "朝阳"), ("我妈妈来自浦东新区", "浦东"), ("叔叔搬到天河区了", "天河"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), CJK_CAUGHT)
def test_a_cjk_place_with_no_number_goes(deid, index, text, secret):
    assert bare_kanji_place(text), text
    assert bare_cjk_place_spans(text), text
    probes.assert_free_text_caught(deid, index, text, secret)


CJK_KEPT = [
    "母と一緒に住んでいます", "実家に住んでいます", "病院から来ました", "最寄りの駅まで歩きます", "近くの駅",
    "明日から飲みます", "日本に住んでいます", "施設に住んでいます", "住在农村", "我们住在一起", "住在医院附近",
    "最寄駅から十分", "一人で住んでいます",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", CJK_KEPT)
def test_cjk_words_of_no_place_stay(text):
    assert not bare_kanji_place(text), text
    assert not bare_cjk_place_spans(text), bare_cjk_place_spans(text)


# --------------------------------------------------------------------------- d. neighbourhoods, towns' parts, houses

THIRD_PARTY_PLACES = [
    ("mi tía está en Chapinero, Bogotá", "Chapinero"), ("mi tía está en Chapinero, Bogotá", "Bogotá"),
    ("mi hermano vive en el barrio Chapinero", "Chapinero"), ("mi hija vive en la colonia Narvarte", "Narvarte"),
    ("she is in Sector 15, Noida", "Noida"), ("my son's flat is in Sector 62 Noida", "Noida"),
    ("she lives at Kestrel House, Mill Lane", "Kestrel"), ("send it to Rose Cottage, Ludlow", "Rose Cottage"),
    ("The Old Rectory, Church Lane", "Rectory"), ("my cousin stays at Villa Maria, Via Roma", "Villa Maria"),
    ("my cousin lives at 79110 Freiburg", "79110"), ("meine Tochter: plz 79110", "79110"),
    ("New Delhi 110001", "110001"), ("my mum's postcode is sw1a 1aa", "sw1a"),
    # a. for anybody: a street by its number in words after a cue of living or an address
    ("mi hija vive en la calle ocho numero catorce veinte", "ocho"),
    ("mi hija vive en la calle ocho numero catorce veinte", "catorce"),
    ("my daughter lives at fourteen twenty eighth street", "eighth"), ("my son lives on calle ocho", "ocho"),
    ("MY SON LIVES ON THE EIGHTH STREET", "EIGHTH"), ("minha filha mora na rua oito", "oito"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [*THIRD_PARTY_NICKNAMES, *THIRD_PARTY_PLACES])
def test_a_third_partys_town_nickname_neighbourhood_postcode_or_house_goes(deid, index, text, secret):
    """b. and d.: the check reads each kind in the raw text, nothing of any kind in the output."""
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("published", ["he lives in <LOCATION> Noida", "mi tía está en <LOCATION>, Bogotá"])
def test_the_check_sees_a_town_left_beside_a_place(index, published):
    """What a redactor that took the neighbourhood or the town's part without its town would publish."""
    assert "town left beside a place" in probes.free_text_kinds(index, published)


PLACES_KEPT = [
    "phase 2 of the trial", "Phase 2, then phase 3", "block 3 of chemo", "Blood Pressure, Heart Rate",
    "Metformin, Lisinopril and Atorvastatin", "Dear Doctor, Thanks", "the house is quiet", "Public Health, please call",
    "my sector of work", "take the second street on the right", "vive en la calle de mi hija ocho veces",
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [*NICKNAME_NEAR_MISSES, *PLACES_KEPT])
def test_words_like_a_nickname_a_neighbourhood_or_a_house_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- e. a Thai phone in digit words

THAI_PHONES = [
    "เบอร์ ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด", "ศูนย์แปดหนึ่ง-สองสามสี่-ห้าหกเจ็ดแปด",
    "ศูนย์แปดหนึ่ง ขีด สองสามสี่ ขีด ห้าหกเจ็ดแปด", "ศูนย์ แปด หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด",
    "โทรหาลูกสาวที่ ศูนย์เก้าโท หนึ่งหนึ่งสอง สามสามสี่สี่ นะคะ",
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", THAI_PHONES)
def test_a_thai_phone_in_digit_words_goes_whole(deid, index, text):
    out = redacted(deid, text)
    assert "<PHONE>" in out and not any(w in out for w in ("ห้าหกเจ็ดแปด", "สามสามสี่สี่", "เจ็ด แปด")), out
    assert "phone-shaped number in digit words" in probes.free_text_kinds(index, text)
    assert not probes.free_text_kinds(index, out), probes.free_text_kinds(index, out)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["กินยาสองเม็ด สามสี่วัน", "หนึ่งสองสาม", "ลูกสาวโทรมาแล้ว", "สี่ห้าวันแล้ว"])
def test_thai_counts_stay(deid, index, text):
    assert thai_digits_as_figures(text) == text
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- cost

ROUND26_PIECES = ["vivo en la calle ocho numero catorce veinte ", "lives on calle ocho street nine ",
                  "in el Chuco in the Big Apple en BA ",
                  "Aaaa Bbbb, Cccc Dddd, ", "Sector 1 Sector 2, ", "Rose Cottage, Rose Cottage, ",
                  "barrio Chapinero barrio ", "14 20 14 20 14 "]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ROUND26_PIECES)
def test_round26_places_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["北沢に住住在朝阳区", "ศูนย์แปดหนึ่ง ", "下北沢下北沢下北沢の駅"])
def test_round26_places_in_other_scripts_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(200, 800))


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
def test_the_owners_street_by_numbers_costs_time_in_proportion(deid):
    piece = "calle 8 numero 14 20 ocho catorce "
    probes.assert_cost_grows_linearly(lambda n: deid.redact([piece * n], [MIAMI]), sizes=(100, 400))
    probes.assert_cost_grows_linearly(lambda n: probes.owner_kinds(MIAMI, piece * n), sizes=(100, 400))
