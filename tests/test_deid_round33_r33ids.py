"""Round 33, branch r33ids: identifiers the thirty-second black-box round saw published, each fixed as a kind on both
sides (the redactor takes it out, the check sees it in the text as written with its own reading).

a. Plates after their words in the national shapes of Greece ("πινακίδα ΙΚΑ-1234"), Czechia ("SPZ 1AB 2345",
   "značka 3T4 5678"), Switzerland ("Kontrollschild ZH 123456"), Russia ("номер машины — А123ВС 77"), China
   ("车牌号是粤B12345"), Korea ("번호판 123가4567") and the Netherlands' sidecodes ("mijn auto 1-ABC-23"): new plate
   words, and the national shapes read as written (:func:`features.deid.world_shapes.national_plate_spans`; the check's
   ``has_vehicle_plate``); Russia's, China's and Korea's alone by their shape.
b. China's resident ID in groups ("110105 19491001 123X") goes whole with its check X; Italy's codice fiscale
   glued or in groups, any case, and Romania's CNP after its word are read as national identity numbers.
c. The owner's MRN, ZIP and phone in hiragana digit words glued to the word and particle before them
   ("でんわはごーごーごー…", "ゆうびんばんごうななななぜろぜろに": one run of one script), or with the long vowel mark
   typed as a dash ("ななーななーぜろーぜろーに"): :func:`features.deid.normalize.katakana_digits_as_figures`.
Kept: model numbers, lot numbers, doses, dates, words of plates with no plate, ordinary hiragana.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner, redacted

PLATE = "vehicle plate or access code"
NATIONAL_ID = "national identity number"

# --------------------------------------------------------------------------- a. national plates after their words

PLATES = [
    ("πινακίδα ΙΚΑ-1234", "1234"), ("πινακίδα: IKA 1234", "1234"), ("αριθμός κυκλοφορίας ΥΖΑ 4821", "4821"),
    ("το αυτοκίνητο ΙΚΑ 1234", "1234"), ("SPZ 1AB 2345", "2345"), ("SPZ: 3T4-5678", "5678"),
    ("moje značka 3T4 5678", "5678"), ("registrační značka 5A2 3456", "3456"), ("Kontrollschild ZH 123456", "123456"),
    ("Kontrollschild: BE-45678", "45678"), ("номер машины — А123ВС 77", "123"), ("номер авто Х777ХХ 199", "777"),
    ("машина А123ВС 77", "А123ВС 77"), ("госномер: а123вс77", "123"), ("车牌号：京A·12345", "12345"),
    ("我的车牌是粤B12345", "12345"), ("车牌号 粤B 12345", "12345"), ("번호판 123가4567", "4567"),
    ("번호판은 12가 3456", "3456"), ("내 차 번호판 123가4567입니다", "4567"), ("차량번호 123가 4567", "4567"),
    ("nummerbord 12-ABC-3", "ABC"), ("mijn auto 1-ABC-23", "ABC"), ("kenteken: AB-123-C.", "123"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), PLATES)
def test_a_national_plates_after_their_words_go_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {PLATE})


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("他的车停在那里，川A 3B456", "3B456"), ("주차장 12가 3456 차량", "3456"), ("видел Е777КХ 50 вчера", "777"),
])
def test_a_russian_chinese_and_korean_plates_go_alone_by_their_shape(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {PLATE})


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "kenteken", "het kenteken is verlopen", "het kenteken is 2 jaar oud", "kenteken aanvragen kost 12 euro",
    "Kontrollschild verloren", "SPZ je neplatná", "značka BMW 320 je skvělá", "πινακίδα αλλάζει σε 2 μέρες",
    "номер 5 в списке", "с 100 мм осадков", "model ABC-1234 in stock", "lot AB-123-C", "lot 12-ABC-3 exp 2026", "batch 1-ABC-23",
    "mijn auto is 12 jaar oud", "de auto van 2019", "take 10 mg at 12:30", "αριθμός 3 χάπια",
    "체중 85가 2024년보다 늘었다", "약값 12가 3000원이에요",
])
def test_a_words_of_plates_codes_and_lots_stay(deid, index, text):
    assert PLATE not in probes.free_text_kinds(index, text), text
    assert "<ID>" not in redacted(deid, text), redacted(deid, text)


# --------------------------------------------------------------------------- b. resident and tax IDs

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("身份证 110105 19491001 123X", "123X"), ("身份证号 110105-19491001-123X", "X"), ("身份证 110105 1949 1001 123x", "x"),
    ("身份证号：110105-19491001-1237", "1237"), ("codice fiscale RSSMRA31C41H501Z", "H501Z"),
    ("il mio CF è rssmra31c41h501z", "h501z"), ("codice fiscale RSS MRA 31C41 H501Z", "H501Z"),
    ("codice fiscale: bnc gnn 80a01 f205x", "f205x"), ("RSS-MRA-31C41-H501Z", "H501Z"),
    ("CNP 2310704123456", "2310704123456"), ("C.N.P. 1850312400123", "1850312400123"),
    ("codul numeric personal: 6040229123451", "6040229123451"),
])
def test_b_resident_and_tax_ids_go_whole_as_national_ids_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {NATIONAL_ID})
    assert "<ID>" in redacted(deid, text), redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "EAN 5901234123457", "GTIN 4006381333931", "100 mg x 2, lot 20240115", "lot 2310704123456", "model X200 at 5 mg",
    "CNP test results tomorrow", "codice fiscale richiesto",
])
def test_b_codes_lots_and_words_of_ids_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- c. hiragana digit readings

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("でんわはごーごーごーいちにさんよんよんいちななです", "よんよんいちなな"),
    ("電話はごごごいちにさんよんよんいちななです", "よんよんいちなな"),
    ("郵便番号はななななぜろぜろにです", "ななななぜろぜろに"),
    ("ゆうびんばんごうはななななぜろぜろにだよ", "ななななぜろぜろに"),
    ("ゆうびんばんごうななななぜろぜろに", "ななななぜろぜろに"),
    ("ばんごうはぜろぜろよんいちななななにさん", "よんいちななな"),
    ("わたしのばんごうはぜろ、ぜろ、よん、いち、なな、なな、に、さんです", "はぜろ"),
    ("ななーななーぜろーぜろーに", "ぜろーぜろ"),
    ("でんわがごーごーごーのいちにさんのよんよんいちなな", "ごーごーごー"),
])
def test_c_the_owners_numbers_in_hiragana_glued_to_their_words_go_for_both_sides(deid, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, owner(), text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "きょうはごごにさんぽしました", "わたしはいちにちにさんかいくすりをのみます", "おかあさんはいちごがすきです",
    "くすりはいちにちさんかいです", "ははとごごさんじにあいます", "でんわはしないでください", "ぼくはよんさいです",
    "こどもがしくしくないている", "ごしごしあらってください", "よくよくかんがえてね",
])
def test_c_ordinary_hiragana_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "πινακίδα ΙΚΑ-1234 SPZ 1AB 2345 车牌号是粤B12345 번호판 123가4567 mijn auto 1-ABC-23 身份证 110105 19491001 123X "
    "CF RSS MRA 31C41 H501Z CNP 2310704123456 でんわはごーごーごーいちにさんよんよんいちななです ",
    "ばんごうは" + "いちに" * 40 + "か ",
])
def test_the_round33_ids_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
