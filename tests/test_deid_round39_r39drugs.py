"""Round 39 (r39drugs): chronic therapies' brands and strengths, and packs' expiry dates, over-redacted or refused.

Kinds, on both sides (the redactor keeps them, the check is silent), with the identifier of the same shape beside them
still going:

A. brands of Poland, India, Brazil, Mexico, Indonesia, Turkey and Egypt the drug dictionary lacks
   (``readingwords.NATIONAL_REGISTER_BRANDS``: "I take Polpryl" lost the brand as a person, "Minum Tensivask 5" was
   a street glued to Turkish "sk");
B. a strength right after a brand, no postcode ("Glifor 1000" was "Glifor <ZIP>");
C. a brand that is a given name, with its strength after a preposition a person may follow ("for Telma 40": the check
   refused it as a name); "for Telma 40 minutes" is a person and goes on both sides;
D. a brand dosed after a trade's name the redactor ran into ("Farmácia Silva, Victan 2 mg" lost the brand with the
   pharmacy's name);
E. a pack's expiry after its cue: a whole date ("Exp. 2028-03-31", "유효기간 2027.12.31" was a phone number), a CJK
   year and month after a space ("使用期限 2028年3月" was an address), Arabic ("تاريخ الانتهاء 2027/05": the cue was a
   person), Thai ("วันหมดอายุ", which Thai vowel signs split), Russian; a birth's date after a cue still goes;
F. the window of a pack's expiry year is read from the messages' year (``readingwords.packs_dated_from``; the tests'
   year is ``tests.deid_probes.MESSAGES_YEAR``), not from the clock.

"Appa drove the Swift to Apollo Pharmacy for Telma 40": "Appa" (Tamil and Korean "father") goes as a name of address,
as "Amma", "Thatha", "Paati" and "Eomma" do on both sides (recall first: "Amma" is a given name too); the brand and its
strength stay and the check passes the output.
"""

from __future__ import annotations

import pytest

from features.deid.readingwords import a_packs_expiry_year, packs_dated_from
from features.deid.recognizers import is_medication
from tests.deid_probes import (
    MESSAGES_YEAR,
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    assert_gone_and_clean,
    free_text_kinds,
    redacted,
)

BRANDS_KEPT = [
    "I take Polpryl every morning.",
    "Started Polpryl last week.",
    "Biorę Polpryl 5 mg i Atoris 20 rano.",
    "Papa takes Glycomet 500 and Telvas 40 daily.",
    "Started Rozavel 10 and Cilacar 10 last week.",
    "Tomo Naprix 5 mg e Citalor 20 à noite.",
    "Uso Aerolin e Clenil para asma.",
    "Tomo Dabex 850 y Lopresor 100 diario.",
    "Minum Tensivask 5 dan Glucodex 80 tiap pagi.",
    "Glifor 1000 ve Matofin 1000 aldım.",
    "Levotiron 50 sabah aç karnına.",
    "Cidophage 500 and Aspocid 75 daily.",
    "I take Eliquis after dinner.",
]

STRENGTHS_KEPT = ["Glifor 1000", "Metformax 1000", "Matofin 1000", "Glifor 850"]

PREPOSITION_KEPT = [
    "Drove the Swift to Apollo Pharmacy for Telma 40",
    "Went to the pharmacy for Telma 40 mg",
    "Went to the pharmacy for Telma 40 twice a day.",
]

EXPIRIES_KEPT = [
    "유효기간 2027.12.31",
    "유효기간: 2028.03",
    "使用期限 2028年3月",
    "使用期限：2028.03.31",
    "Exp. 2028-03-31",
    "EXP 31/03/2028",
    "تاريخ الانتهاء 2027/05",
    "تاريخ الانتهاء: 05/2027",
    "تاريخ الصلاحية: 2028/03/31",
    "صالح حتى 05/2027",
    "วันหมดอายุ 12/2027",
    "วันหมดอายุ: 31/12/2027",
    "годен до 12.2027",
    "Годен до 31.12.2027",
    "HSD 12/2027",
]


@pytest.mark.verifies("REQ-DEID-001")
def test_the_tables_hold_the_new_brands():
    assert all(map(is_medication, ["Polpryl", "Glifor", "Tensivask", "Cidophage", "Naprix", "Dabex", "Telvas"]))


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [*BRANDS_KEPT, *STRENGTHS_KEPT, *PREPOSITION_KEPT, *EXPIRIES_KEPT])
def test_medicines_strengths_and_expiries_are_kept_by_both_sides(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("Appa drove the Swift to Apollo Pharmacy for Telma 40", "for Telma 40", "Appa"),
    ("Farmácia Silva, Victan 2 mg", "Victan 2 mg", "Silva"),
    ("Comprei na Farmácia Silva, Victan 2 mg", "Victan 2 mg", "Silva"),
    ("Jan Kowalski, Polpryl 5 mg", "Polpryl 5 mg", "Kowalski"),
    ("Maria exp 03/2028", "exp 03/2028", "Maria"),
])
def test_the_medicine_or_pack_stays_while_the_person_beside_it_goes(deid, index, text, kept, gone):
    assert_gone_and_clean(deid, index, text, gone)
    assert kept in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("exp 1985-03-04", "1985-03-04"),
    ("Exp. 1985-03-31", "1985-03-31"),
    ("유효기간 1985.03.04", "1985.03.04"),
    ("تاريخ الانتهاء 1985/05", "1985/05"),
    ("วันหมดอายุ 12/1985", "12/1985"),
    ("I waited for Telma 40 minutes", "Telma"),
])
def test_a_birth_or_a_person_in_the_same_place_still_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_expiry_window_is_read_from_the_messages_year_not_the_clock():
    assert MESSAGES_YEAR == 2026 and a_packs_expiry_year("03/2028") and not a_packs_expiry_year("03/2037")
    with packs_dated_from(2030):  # a lake of 2030: a pack of 2028 is still one, a birth's 1985 is not
        assert a_packs_expiry_year("03/2028") and a_packs_expiry_year("2040-03") and not a_packs_expiry_year("03/1985")
    with packs_dated_from(2045):
        assert not a_packs_expiry_year("03/2028")
    assert a_packs_expiry_year("03/2028", this_year=2030) and not a_packs_expiry_year("03/2028", this_year=2031)


@pytest.mark.verifies("REQ-DEID-001")
def test_a_later_year_takes_an_older_pack_out_on_both_sides(deid, index):
    with packs_dated_from(2045):
        assert "2028" not in redacted(deid, "Exp. 2028-03-31")
        assert free_text_kinds(index, "Exp. 2028-03-31")


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("piece", [
    "Polpryl 5 mg, Glifor 1000, for Telma 40, Farmácia Silva, Victan 2 mg, Exp. 2028-03-31, 使用期限 2028年3月, "
    "تاريخ الانتهاء 2027/05, วันหมดอายุ 12/2027. ",
])
def test_the_readings_cost_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
