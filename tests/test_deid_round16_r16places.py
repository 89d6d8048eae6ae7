"""The sixteenth round's places and names (an outside tester's messages the project had not written): Japanese,
Chinese and Korean addresses of administrative units with no house number, a neighbourhood after a word of living or
moving, two crossing streets, a telephone area code said as a place, the rest of a house number beside an address,
and a given name in lower case after a verb of passing a message on or closing a message. For each kind the redactor
takes it out, the check (:mod:`features.deid.leakplaces`, its own reading) sees it in the raw text and nothing of its
kind in the output, and ordinary text that looks alike stays."""

from __future__ import annotations

import pytest

from tests.deid_probes import assert_free_text_caught, assert_free_text_kept, free_text_kinds, redacted

# --------------------------------------------------------------------------- CJK and Korean addresses

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("母は名古屋市中区栄に住んでいます", "中区栄"), ("実家は福岡県久留米市です", "久留米"),
    ("〒530-0001 大阪府大阪市北区", "530-0001"), ("妈妈住在广州市天河区体育西路", "天河区"),
    ("他搬到了成都市武侯区", "武侯区"), ("兒子住在臺北市大安區", "大安區"), ("北海道札幌市豊平区に引っ越した", "豊平区"),
    ("딸은 부산광역시 해운대구 우동에 살아요", "해운대구")])
def test_cjk_addresses_of_units_are_caught(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "市販の薬を飲みました", "区別がつきません", "町医者に相談した", "我们都知道要按时吃药", "我去市场买菜了",
    "市民病院で薬をもらった", "区役所に行った", "오늘 다시 친구를 만났어요"])
def test_ordinary_cjk_words_with_unit_characters_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- neighbourhoods after living or moving

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("my niece lives in Inwood now", "Inwood"), ("he's over in Fishtown most weekends", "Fishtown"),
    ("they moved to Boyle Heights in june", "Boyle Heights"), ("mi hermana vive en Caballito", "Caballito"),
    ("grandpa is staying in Ballard with us", "Ballard"), ("we relocated to Crown Heights", "Crown Heights")])
def test_a_neighbourhood_after_living_or_moving_is_caught(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"place after a word of living or moving"})


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "she moved to Tuesday's slot", "mom lives in a nursing home", "I live in pain most days",
    "moved to the evening dose", "we moved to March for the refill"])
def test_living_words_before_no_place_stay(deid, index, text):
    assert "place after a word of living or moving" not in free_text_kinds(index, text)
    assert redacted(deid, text) == text


# --------------------------------------------------------------------------- crossing streets

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("the house on the corner of Birch and 9th", "Birch"), ("wait for me at Grand & 14th", "14th"),
    ("en la esquina de Florida y Lavalle", "Lavalle"), ("Ecke Schillerstraße/Kantstraße", "Kantstraße"),
    ("wohnen an der Kreuzung Gartenstraße/Mühlweg", "Mühlweg"), ("near Pine Ave and Cedar St", "Cedar"),
    ("Treffpunkt Marienplatz/Kaufinger Straße", "Kaufinger")])
def test_crossing_streets_are_caught(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"crossing streets"})


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "took my 2nd and 3rd dose", "refill due on the 1st and 15th", "switching Lipitor/Crestor next week",
    "at breakfast and dinner", "in the corner of my eye"])
def test_pairs_that_are_no_streets_stay(deid, index, text):
    assert "crossing streets" not in free_text_kinds(index, text)
    assert redacted(deid, text) == text


# --------------------------------------------------------------------------- area codes said as a place

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("got a new 503 number after the move", "503"), ("we are in the 614 area these days", "614"),
    ("her area code is 305", "305"), ("moved back to the 210 in may", "210")])
def test_an_area_code_said_as_a_place_is_caught(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"area code said as a place"})


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "call the 800 number on the box", "took the 500 mg tablet", "the 911 operator was kind", "a 100 count bottle"])
def test_numbers_that_are_no_area_code_stay(deid, index, text):
    assert "area code said as a place" not in free_text_kinds(index, text)
    assert redacted(deid, text) == text


# --------------------------------------------------------------------------- the rest of a house number

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("send it to 87-11 Parsons Blvd", "87-"), ("leave it at 42½ Walnut St", "42"), ("at 16 1/2 Cherry Rd", "16")])
def test_the_whole_house_number_goes(deid, index, text, secret):
    out = redacted(deid, text)
    assert secret not in out and "<ADDRESS>" in out, out
    assert not free_text_kinds(index, out), out


@pytest.mark.verifies("REQ-DEID-005")
def test_the_check_sees_a_house_number_left_beside_an_address(index):
    assert "house number beside an address" in free_text_kinds(index, "send it to 87-<ADDRESS> please")
    assert "house number beside an address" in free_text_kinds(index, "leave it at 42<ADDRESS>")
    assert "house number beside an address" not in free_text_kinds(index, "send it to <ADDRESS> please")


# --------------------------------------------------------------------------- names after a verb of passing on

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "secret"), [
    ("let rosalind know the pills came", "rosalind"), ("ping henrietta about the pharmacy", "henrietta"),
    ("tell cornelius thanks", "cornelius"), ("dile a rosaura que ya llegaron", "rosaura"),
    ("alright talk tomorrow, cornelius", "cornelius"), ("for rosalind, the key is under the mat", "rosalind")])
def test_a_lower_case_name_after_a_verb_of_passing_on_is_caught(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("text", [
    "let me know if the dose changes", "tell them thanks", "ask the pharmacist about it", "ok see you then, thanks",
    "for now, one tablet a day", "dile a esperanza que no"])
def test_everyday_words_after_those_verbs_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)
