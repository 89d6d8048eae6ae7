"""Round 38 (r38drugs): medication words, strengths, lots and expiry dates over-redacted or wrongly refused.

Fixed kinds. The check refused a medicine dosed after a trade said first and a comma ("até à farmácia, Victan 2 mg"
read as a firm named after a person), a Chinese expiry cue with its "until" glued on and a CJK colon ("有效期至：
2027.03"), and the dates the redactor bared by taking an expiry cue for a person ("Val. 03/2028": "Val" is a given
name; "Použitelné do": a Hungarian married name's "-né"). The redactor took a pack's expiry for an address where its
cue word stood after a number ("take 20 Verfall 03/2028" was "<ADDRESS>/2028", "使用期限 2027.03" a block), CJK and
Polish expiries for dates ("有効期限：2027年3月", "Ważny do 05.2028"), brands of Central and Southern European and
Portuguese registers for persons ("Andol", "Anopyrin", "Lekadol i Plivadon", "kćeri Ani Andol" lost the brand with the
name) and products named with a title for persons or a state ("Dr Pepper", "Dr. Oetker", "MS Word"). An expiry cue
keeps its date on both sides only where the year is a pack's (two years back to ten ahead of today's): "exp 03/1985"
is a birth's month and year, and goes.
"""

from __future__ import annotations

import pytest

from features.deid.peoplewords import TITLED_BRANDS
from features.deid.readingwords import EXPIRY_PHRASES, EXPIRY_WORDS, a_packs_expiry_year
from features.deid.recognizers import is_medication
from tests.deid_probes import (
    MESSAGES_YEAR,
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    free_text_kinds,
    redacted,
)
from tests.test_deid_round35_r35seams import _published, _seam_kinds

REFUSED_BEFORE = [
    "Fui até à farmácia, Victan 2 mg",
    "有效期至 2027.03",
    "批号：A1234 有效期至：2027.03",
    "Val. 03/2028",
    "Šarže: AB123, Použitelné do: 11/2027",
    # beyond the round's: other trades, brands, cues and spellings
    "Vou à farmácia, Lorenin 1 mg",
    "Lote 123AB Val. 05/2028",
    "有效期至：2027年03月",
    "Val: 03/28",
]

EXPIRIES_KEPT = [
    "I take 20 Verfall 03/2028",
    "使用期限 2027.03",
    "有効期限：2027年3月",
    "Ważny do 05.2028",
    # beyond the round's: other cues after a number, other gendered forms
    "Got 12 THT 12-2027",
    "Box 5 utg. 2027-03",
    "Ważna do 11/2027",
    "유통기한 2027.03",
]

BRANDS_KEPT = [
    "Andol for the fever",
    "Tar Andol mot feber.",
    "Beru Anopyrin a Warfarin.",
    "Uzimam Lekadol i Plivadon.",
    "Jeg fikk Kåvepenin 1 g fra legen.",
    "Ramilich Verw. bis 03.28",
    "I drank Dr Pepper with the pills",
    "I keep my pill list in MS Word.",
    "Dr. Oetker pudding after dinner",
    "Cleaned with Mr Muscle",
]


@pytest.mark.verifies("REQ-DEID-001")
def test_the_tables_hold_the_new_words():
    assert "有效期至" in EXPIRY_WORDS and ("ważny", "do") in EXPIRY_PHRASES and ("dr", "pepper") in TITLED_BRANDS
    assert all(map(is_medication, ["Andol", "Anopyrin", "Lekadol", "Waranet", "Victan", "Kavepenin"]))
    year = MESSAGES_YEAR  # round 39: the tests' year, not the clock's (tests.conftest)
    assert a_packs_expiry_year(f"03/{year + 2}") and a_packs_expiry_year(f"03.{(year + 1) % 100:02d}")
    assert not a_packs_expiry_year("03/1985") and not a_packs_expiry_year(f"{year + 30}-03")


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("piece", [
    "I take 20 Verfall 03/2028, 有効期限：2027年3月, Val. 03/2028, farmácia, Victan 2 mg, Andol, Dr Pepper, MS Word. ",
])
def test_the_readings_cost_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [*REFUSED_BEFORE, *EXPIRIES_KEPT, *BRANDS_KEPT])
def test_medication_content_is_kept_by_both_sides(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("Dala sam kćeri Ani Andol.", "Andol", "Ani"),
    ("Mama je dala kćeri Ani Andol za glavobolju.", "Andol", "Ani"),
    ("Verfall 03/2028, mamma född 03/1931", "03/2028", "03/1931"),
])
def test_the_brand_or_pack_is_kept_while_the_person_beside_it_goes(deid, index, text, kept, gone):
    out = redacted(deid, text)
    assert kept in out and gone not in out, out
    assert not free_text_kinds(index, out), free_text_kinds(index, out)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("exp 03/1985", "03/1985"),
    ("Verfall 03/1985", "03/1985"),
    ("有効期限：1985年3月", "1985年3月"),
    ("Val called me yesterday", "Val"),
    ("Kovácsné Anna hívott", "Anna"),
    ("Mrs Dashwood phoned", "Dashwood"),
])
def test_a_birth_or_a_name_in_the_same_place_still_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("bodies", [
    ["Verfall 03/2028", "utg. 2027-03", "THT 12-2027"],
    ["Xarelto 20", "Verfall 03/2028"],
])
def test_expiries_in_a_conversation_are_kept_across_its_seams(deid, bodies):
    assert _published(deid, bodies) == bodies
    assert not _seam_kinds(bodies)
