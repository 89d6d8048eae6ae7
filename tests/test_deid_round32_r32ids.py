"""Round 32, branch r32ids: IDs, plates, drug numbers and the check's refusal (findings of the thirty-first black-box
round and earlier helpers).

a. An ID that holds the owner's date of birth (a CURP "HERR451203MDFRZD08", an RFC, a Chinese resident ID, a Korean
   RRN, a personnummer, a Finnish HETU, a Danish CPR): the owner pass redacted only the date ("HERR<DATE>MDFRZD08"),
   after which neither side saw an ID. A placeholder of the owner pass glued inside a token of identifier-like letters
   and figures now takes the whole token (a date with a serial after a sign too), and the check refuses a published
   word that glues a placeholder to such letters and figures ("identifier glued to a placeholder").
b. Plates after a vehicle's word ("my car KDL 482", Swahili "gari KBX 123C"), Kenya's plates alone by their shape,
   plates in other scripts after a plate word ("номер машины А123ВС 77", "ナンバー 品川 500 あ 12-34").
c. Identity numbers after the words of their papers (Colombia's C.C. and cédula, Argentina's DNI, CI, documento de
   identidad) whatever their length: the check read them only as phones, so a short one passed.
d. Drug codes after their words kept by both sides: "NPN: 80012345" (its word read as a name, then the figures as a
   phone), Spain's "C.N. 712729.3", the UK's "PL 00289/0123", Brazil's "MS 1.0043.0012.001-1", Colombia's "INVIMA
   2019M-0012345", imprints of five figures and "the pills say TEVA 3109"; a phone after those words still goes.
e. The check's refusal names every refused row of each kind (up to ``ROWS_NAMED``, then how many more), each with its
   table, column, row, row key and kind, never the identifier.
"""

from __future__ import annotations

import datetime
from typing import cast

import pyarrow as pa
import pytest

from features.deid.leakcheck import ROWS_NAMED, LeakError, LeakReport, glued_to_a_placeholder
from tests import deid_probes as probes
from tests.deid_probes import owner, redacted

# --------------------------------------------------------------------------- a. IDs that hold the owner's birth date

ROSA = owner("Rosa Hernández Ruiz", dob=datetime.date(1945, 12, 3))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("mi CURP es HERR451203MDFRZD08", "MDFRZD08"), ("curp herr451203mdfrzd08 ok", "mdfrzd08"),
    ("RFC HERR451203AB3 por favor", "HERR"), ("la receta a nombre de HERR451203MDFRZD08", "HERR"),
    ("身份证 110105194512031234", "1234"), ("주민등록번호 451203-2345678", "2345678"),
    ("personnummer 451203-1234", "1234"), ("HETU 031245A123B", "A123B"), ("CPR 031245-1234", "1234"),
    ("fødselsnummer 03124512345", "12345"),
])
def test_a_an_id_holding_the_owners_birth_date_goes_whole_for_both_sides(deid, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, ROSA, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", [
    "mi CURP es HERR<DATE>MDFRZD08", "RFC HERR<DATE>AB3", "身份证 110105<DATE>1234", "주민등록번호 <DATE>-2345678",
    "the code 4417<PHONE>X9", "ID: AB<ZIP>CD12",
])
def test_a_the_check_refuses_a_placeholder_glued_to_the_rest_of_an_identifier(index, text):
    assert glued_to_a_placeholder(text), text
    assert "identifier glued to a placeholder" in probes.free_text_kinds(index, text), text


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "born on <DATE>th", "<PERSON>'s pills", "the <PERSON>s came", "<PERSON>Family", "at <DATE>T10:00",
    "<PERSON>さん、こんにちは", "call <PHONE>, ext 12", "<DATE> - 2 tablets",
])
def test_a_endings_and_words_beside_a_placeholder_are_no_identifier(text):
    assert not glued_to_a_placeholder(text), text


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("text", "out"), [
    ("my birthday is 3 December, the 3rd", "my birthday is <DATE>, the 3rd"),
    ("1945-12-03T10:00 ok", "<DATE>T10:00 ok"), ("Rosa's meds", "<PERSON>'s meds"),
])
def test_a_the_owners_date_or_name_beside_an_ending_stays_a_date_or_name(deid, text, out):
    assert redacted(deid, text, ROSA) == out


# --------------------------------------------------------------------------- b. plates

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("my car is KDL 482", "482"), ("gari KBX 123C", "123C"), ("moto KMEA 123B", "123B"),
    ("KDL 482A parked outside", "482A"), ("car ABC 123", "123"), ("mi carro ND 123-456", "123-456"),
    ("numberplate KDL 482", "482"), ("номер машины А123ВС 77", "123"), ("ナンバー 品川 500 あ 12-34", "12-34"),
    ("la voiture AB 123 CD est garée", "123"), ("plaka 34 ABC 123", "ABC"),
])
def test_b_plates_after_a_vehicles_word_or_in_a_countrys_shape_go_for_both_sides(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, "vehicle plate or access code")


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "my car 10am pickup", "the car is 4WD", "car seat for 2 kids", "my car needs 2 new tyres",
    "el coche llega a las 5 de la tarde", "the van came at 9 with 3 boxes",
])
def test_b_sentences_about_vehicles_stay(deid, text):
    probes.assert_shape_kept(deid, text, "vehicle plate or access code")


# --------------------------------------------------------------------------- c. identity numbers after their words

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("C.C. 1020304050", "1020304050"), ("cédula 79123", "79123"), ("mi cédula es 1.020.304.050 y ya", "304"),
    ("mi DNI es 12.345.678", "345"), ("DNI 7.123.456", "123"), ("CI 1234567", "1234567"),
    ("documento de identidad 10203040", "10203040"), ("CC 1.020.304.050", "304"), ("nro. de documento: 95123", "95123"),
])
def test_c_identity_numbers_after_their_words_go_as_ids_for_both_sides(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, "national identity number")


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "cc 5 ml", "el DNI está vencido", "documento 3 páginas", "tomo 20 cc 3 veces", "ci sono 12 compresse",
])
def test_c_words_of_identity_papers_without_a_number_stay(deid, text):
    probes.assert_shape_kept(deid, text, "national identity number")


# --------------------------------------------------------------------------- d. drug codes after their words

@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "NPN: 80012345 on the label", "NPN number 80012345", "the box says NPN 80012345 on the side",
    "C.N. 712729.3 en la caja", "código nacional 712729.3", "PL 00289/0123 on the pack", "PLGB 12345/0001 licence",
    "MS 1.0043.0012.001-1", "INVIMA 2019M-0012345", "registro INVIMA 2019M-0012345", "the pills say TEVA 3109",
    "imprint TEVA 74983", "pill marked WATSON 34567",
])
def test_d_drug_codes_after_their_words_stay_for_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("INVIMA 555-123-4567", "123-4567"), ("PL 555 123 4567", "123 4567"),
    ("C.N. 712729.3, mi cel 555 123 4567", "123 4567"), ("MS 555.123.4567", "123.4567"),
])
def test_d_a_phone_after_or_beside_those_words_still_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"phone-shaped number"})


# --------------------------------------------------------------------------- e. every refused row named

def _messages(bodies: list[str]) -> pa.Table:
    return pa.table({"message_id": [f"m-{i:03d}" for i in range(len(bodies))], "body": bodies})


@pytest.mark.verifies("REQ-DEID-001")
def test_e_a_refusal_names_every_refused_row_with_its_key_never_the_identifier():
    bodies = ["took my pills"] * 60
    phones = list(range(3, 60, 2))
    for row in phones:
        bodies[row] = f"call 212 555 {1000 + row}"
    bodies[4] = bodies[50] = "Rosa Quintero called"
    report = LeakReport()
    probes.two_patients_index().scan_table("messages", _messages(bodies), report)
    said = str(LeakError(report))
    phone = next(hit for hit in report.hits if hit.kind == "phone-shaped number")
    assert phone.rows == tuple(phones[:ROWS_NAMED]) and phone.row_keys == tuple(f"m-{r:03d}" for r in phone.rows)
    assert f"and {len(phones) - ROWS_NAMED} more" in said and "row 51 (key m-051)" in said, said
    name = next(hit for hit in report.hits if hit.kind == "name")
    assert name.rows == (4, 50) and "row 50 (key m-050)" in said, said
    assert "Quintero" not in said and "555 10" not in said, said
    assert all(hit["row_keys"] for hit in cast(list[dict[str, object]], report.as_dict()["hits"])), report.as_dict()


@pytest.mark.verifies("REQ-DEID-001")
def test_e_a_refusal_names_each_row_of_a_few_with_its_kind():
    bodies = ["ok", "DNI 7.123.456", "ok", "my car is KDL 482", "CURP HERR<DATE>MDFRZD08"]
    report = LeakReport()
    probes.check_index().scan_table("messages", _messages(bodies), report)
    said = {hit.kind: (hit.rows, hit.row_keys) for hit in report.hits}
    assert said["national identity number"] == ((1,), ("m-001",)), said
    assert said["vehicle plate or access code"] == ((3,), ("m-003",)), said
    assert said["identifier glued to a placeholder"] == ((4,), ("m-004",)), said
    assert "KDL" not in str(LeakError(report)) and "7.123" not in str(LeakError(report))


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "HERR451203MDFRZD08 HERRMDFR<DATE>AB12AB12 car KDL 482 C.C. 1.020.304.050 C.N. 712729.3 MS 1.0043.0012.001-1 ",
])
def test_the_round32_ids_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
