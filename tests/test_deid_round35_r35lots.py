"""Round 35 (r35lots): a short word of another language whose mark, folded away, makes it a kin word or a role
("på", Swedish, Norwegian and Danish "at, on", is "pa", dad and a physician assistant), and a pack's lot of an identity
number's shape after a lot's word of any language.

The 35th black-box round: "Hämtade Waran på Kronans Apotek" was refused by the check ("name after a relation word",
"staff name after a role word"), "Tog Waran på morgonen" went out as "Tog Waran på <PERSON>". And lots shaped like a
DNI, a HETU, a codice fiscale, an NI number or a Chinese ID were redacted after 24 lot words ("Charge: 48291736Q",
"ロット 391204-2839", "lotto n. BNCGNN29C45F205M") and refused after "LOT" and "Παρτίδα".
"""

from __future__ import annotations

import pytest

from features.deid.peoplewords import MARKED_OTHER_WORDS, RELATIONS, STAFF_ROLES, key
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    free_text_kinds,
    redacted,
)

NORDIC_KEPT = [
    "Hämtade Alvedon och Waran på Kronans Apotek i går",
    "Hämtade Waran på Kronans Apotek",
    "Köpte Alvedon på Kronans Apotek",
    "Hämtade medicinen på Kronans Apotek",
    "Hämtade Waran på Apotek Hjärtat",
    "Waran på Kronans Apotek igen",
    "Jeg hentet medisinen på Apotek 1",
    "Hämtade Eliquis på Lloyds Apotek",
    "Jeg var på Boots i går med Albyl-E",
    "Köpte Alvedon på Hjärtat",
    "Tog Waran på morgonen",
    # (round 41: "på Apoteket i Malmö" and "på apoteket på Nørrebro" name a town and a district, which now go:
    # tests/test_deid_round41_r41towns.py)
    # beyond the round's: other sentences, capitals, and the other short words of the kind
    "PÅ Kronans Apotek hade de Waran",
    "Jeg hentede Marevan på Apoteket",
    "Han tog Eliquis på kvällen",
    "Så tog jag Waran igen",
    "Då tog jag Alvedon",
    "Nå tar jeg Albyl-E",
    "Jag må ta Waran i kväll",
    "Jag får Waran på Apotek Hjärtat",
    "Sön tog jag Waran",
    # a capitalised word after "på" that is no chain, which the redactor's folded view read after "pa"
    "Tog Waran på Morgonen",
    "Köpte Trombyl på Apoteksgruppen",
    "Jeg kjøpte Paracet på Vitusapotek i dag",
]


@pytest.mark.verifies("REQ-DEID-001")
def test_the_key_keeps_the_mark_of_a_word_of_another_language_only():
    assert key("på") != "pa" and key("PÅ") == key("på") and key("Må") != "ma"
    assert key("pa") in STAFF_ROLES and key("på") not in STAFF_ROLES
    assert all(key(w) not in RELATIONS | STAFF_ROLES for w in MARKED_OTHER_WORDS)
    # a kin word written with its own marks is still one ("tía", "mãe"), a name still loses its marks
    assert key("tía") == "tia" and key("Abuelá") == "abuela" and key("mãe") == "mae" and key("José") == "jose"


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("my pa Jonas called", "Jonas"),
    ("Pa Jonas called about the refill", "Jonas"),
    ("Mein Pa Jonas ruft an", "Jonas"),
    ("min pa Erik ringde", "Erik"),
])
def test_the_kin_word_pa_still_names_a_person(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Jag väntade på Anna Lindqvist i går", "Anna"),
    ("Jeg venter på Jonas Berg", "Jonas"),
])
def test_a_known_name_after_paa_still_goes(deid, text, secret):
    out = redacted(deid, text)
    assert secret not in out and "på" in out, out  # the redactor's reading of a known name, "på" kept


LOTS_KEPT = [
    # the round's, redacted
    "El lote X4827361Y del Omeprazol sale como sospechoso",
    "lote: x4827361y del Enantyum",
    "Erä 131052-308T Panadol-pakkauksessa, onko se väärennös?",
    "Eränumero 070391A4564, Burana 400 mg",
    "erä 250825-914H Burana",
    "Batch A123456(3) on my Panadol box looks odd",
    "Batch No. K839207(2) on the Augmentin",
    "lot no. K839207(2) Panadol Extra",
    "Lot AB123456C on the Sertraline box, pharmacist says fine",
    "lot n° AB123456C, Kardegic 75",
    "Lotto BNCGNN29C45F205M sulla scatola di Tachipirina 1000",
    "lotto n. BNCGNN29C45F205M, Brufen 600",
    "Sats 391204-2839 på Alvedon-förpackningen",
    "Parti 391204-2839 på Albyl-E",
    "partia 32031508730 Polocard, czy to podróbka?",
    "Lotnummer 31.04.12-273.46 op de doos Dafalgan",
    "Ch.-B. 131052A308T auf der Packung Ramipril 5 mg",
    "Los-Nr. 48291736Q auf der Schachtel Eliquis",
    "Chargen-Nr.: RSSMRA31D12H501V Pantoprazol 40",
    "numéro de lot 131052-308T sur le Doliprane",
    "B/N 1234567T Ventolin Evohaler",
    "Šarže 315412/1234 na krabičce Anopyrin",
    "LOT: 8473926EA Lipitor 20",
    "批号 110105193105120022 的阿司匹林是真的吗",
    "ロット 391204-2839 のロキソニン",
    "серия 112-233-445 95 на упаковке Кардиомагнила",
    "LOT 131052-308T EXP 2027-09",
    "LOT 391204-2839 EXP 2027-09",
    "Lot RSSMRA31D12H501V on the Eliquis",
    "Parti No: AB123456C Coraspin",
    "Gyártási szám 131052-308T, Algopyrin",
    "Серия: X4827361Y, Кардиомагнил",
    "製造番号 391204-2839 のバイアスピリン",
    "제조번호 A123456(3) 타이레놀",
    "生产批号 RSSMRA31D12H501V 二甲双胍",
    "رقم التشغيلة 48291736Q بنادول",
    # the round's, refused
    "LOT RSSMRA31D12H501V EXP 2027-09 on the Eliquis",
    "LOT BNCGNN29C45F205M EXP 2027-09",
    "Παρτίδα 48291736Q στο Depon",
    # beyond the round's: other words, marks, scripts and a few words between
    "El lote de este mes es X4827361Y, Omeprazol",
    "Il lotto di questo mese è RSSMRA31D12H501V",
    "The batch on the box is K839207(2)",
    "the lot number is 48291736Q",
    "Partij nr. 12345678Z op de doos",
    "Lotnr: X1234567L Ibuprofen",
    "Charge-Nr. 131052-308T Ramipril",
    "Batch number: AB123456C on the inhaler",
    "Lot no. 1234567T Ventolin",
    "número de lote: Y7654321Z del Nolotil",
    "Satsnummer 080239-123X Alvedon",
    "Партия 112-233-445 95 Кардиомагнил",
    "ロット番号 391204-2839 のロキソニン",
    "批次 110105193105120022 阿司匹林",
    "로트번호 A123456(3) 타이레놀",
    "lotto n° RSSMRA31D12H501V Brufen",
    "Batch QQ 12 34 56 C on my inhaler",
]



@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [*NORDIC_KEPT, *LOTS_KEPT])
def test_nordic_short_words_and_lots_of_an_id_shape_are_kept_by_both_sides(deid, index, text):
    """A word of :data:`~features.deid.peoplewords.MARKED_OTHER_WORDS` is no kin word or role; a lot after its word
    (:func:`~features.deid.readingwords.lot_number_pattern`) is no one's number."""
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("DNI 12345678Z", "12345678Z"),
    ("codice fiscale RSSMRA31D12H501V", "RSSMRA31D12H501V"),
    ("Lot is fine, my DNI is 12345678Z", "12345678Z"),  # a lot's word far away protects nothing
    ("El lote está bien pero mi NIE es X4827361Y", "X4827361Y"),
    ("Lot checked, codice fiscale RSSMRA31D12H501V", "RSSMRA31D12H501V"),
    ("My DNI 12345678Z and lot 48291736Q", "12345678Z"),
    ("hetu 131052-308T, erä 250825-914H", "131052-308T"),
    ("NRIC S1234567D and Lot S7654321A on Panadol", "S1234567D"),
    ("lot 212-555-7781", "212-555-7781"),  # grouped as a phone, it is one
    ("Lot 12 Sampaguita Street, Makati", "Sampaguita"),  # a lot of an address
])
def test_an_identifier_beside_or_far_from_a_lot_word_still_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_lot_is_kept_while_the_identity_number_beside_it_goes(deid, index):
    out = redacted(deid, "My DNI 12345678Z and lot 48291736Q")
    assert "48291736Q" in out and "12345678Z" not in out
    assert not free_text_kinds(index, out)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("piece", [
    "Hämtade Waran på Kronans Apotek, Charge: 48291736Q, el lote de este mes es X4827361Y; DNI 12345678Z. ",
])
def test_the_readings_cost_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
