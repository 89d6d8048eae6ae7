"""Round 23 (branch r23own): the patient's own name and numbers in forms earlier black-box rounds published with the
check passing, each kind both ways (the redactor takes it out, the check sees it in the raw text and nothing in the
output; the ordinary sentence near it stays). Japanese given names in kanji, a Chinese name of one syllable alone
after a cue, Korean family names outside the round-22 table (Hangul, with a title, in another Latin spelling); short
names in leet; sound-alike spellings; pet names outside the nickname table and nicknames in lower case; the MRN
backwards and the phone in Roman numerals. Each side's reading is also asked alone, so that either one missing a
form fails here."""

from __future__ import annotations

import re

import pytest

from features.deid.leakcheck import _COMMON, _a_word_not_a_name, _an_english_word
from features.deid.leakvariants import variant_kinds
from features.deid.normalize import fold, fold_text
from features.deid.owner_variants import owner_variant_spans, roman_value, sound_alike_key
from features.deid.text import PatientIdentifiers
from tests import deid_probes as probes


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z]+", fold_text(name).lower()))


def _check_alone(patient: PatientIdentifiers, text: str) -> set[str]:
    """What the round-23 reading of the check finds in ``text``, alone."""
    return variant_kinds(text, _name_words(patient.full_name), re.sub(r"\D", "", patient.mrn),
                         re.sub(r"\D", "", patient.phone), _COMMON, _a_word_not_a_name, _an_english_word)


def _redactor_alone(patient: PatientIdentifiers, text: str) -> list[tuple[int, int, str]]:
    """What the round-23 reading of the redactor finds in ``text``, alone."""
    return owner_variant_spans(text, fold(text), patient.full_name, patient.mrn, patient.phone)


CAUGHT = [
    # Japanese given names in kanji
    ("Kenji Tanaka", "今日は健二が薬を取りに来ます", "健二"), ("Yumiko Sato", "母の由美子は今朝飲んだ", "由美子"),
    ("Daisuke Mori", "大輔は薬を忘れた", "大輔"), ("Hiroshi Sato", "息子の浩さんが来ました", "浩"),
    ("Hiroshi Ueda", "こんにちは、浩です。薬の件で", "浩"), ("Manabu Ito", "夫の学が薬局に行きます", "学"),
    # a Chinese name of one syllable alone after a cue
    ("Wei Li", "妈妈，我是伟，今天吃药了", "伟"), ("Wei Li", "我是李，药吃完了", "李"), ("Wei Li", "你好，伟！药到了吗", "伟"),
    # Korean family names outside the round-22 table, a family name with a title, another Latin spelling
    ("Minjun Seok", "석민준입니다", "석민준"), ("Minjun Namgung", "남궁민준이 약을 먹었어요", "남궁민준"),
    ("Minjun Yoon", "윤 씨가 전화했어요", "윤"), ("Seoyeon Hwangbo", "황보 선생님께서 오셨어요", "황보"),
    ("Minjun Jung", "ok, Jeong will come by", "Jeong"), ("Minjun Seok", "ok, Suk will come by", "Suk"),
    # short names in leet
    ("Jo Berg", "tell J0 the dose changed", "J0"), ("Eli Stone", "tell 3li the dose changed", "3li"),
    ("Tom Riley", "tell T0m the dose changed", "T0m"), ("Amy Stone", "tell 4my the dose changed", "4my"),
    ("Mark Dalton", "tell M4rk the dose changed", "M4rk"), ("Al Burns", "tell @l the dose changed", "@l"),
    ("Shiv Patel", "sh1v took it late again", "sh1v"),
    # sound-alike spellings
    ("Chidi Okonkwo", "the okonquo family called", "okonquo"), ("Joaquín Reyes", "tell Hoakin the dose changed", "Hoakin"),
    ("Catherine Doyle", "tell kathryn the dose changed", "kathryn"), ("Stephen Walsh", "tell steven it changed", "steven"),
    ("Mohammed Ali", "ask muhamad about it", "muhamad"),
    # pet names outside the table, nicknames in lower case
    ("Joaquín Reyes", "tell chimo the dose changed", "chimo"), ("Bartholomew Finch", "tell barty the dose changed", "barty"),
    ("Lorenzo Ortega", "ask lencho about it", "lencho"),
    # the MRN backwards, the phone in Roman numerals (MRN-00417723, (555) 123-4417)
    ("Avraham Mizrahi", "ref number 32771400 please", "32771400"), ("Avraham Mizrahi", "my id is 327-714 reversed", "327-714"),
    ("Avraham Mizrahi", "call me at DLV CXXIII XLIV XVII", "CXXIII"),
    ("Avraham Mizrahi", "phone V V V I II III IV IV I VII", "IV IV"),
    ("Avraham Mizrahi", "phone (DLV) CXXIII-MMMMCDXVII", "MMMMCDXVII"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("name", "text", "secret"), CAUGHT)
def test_the_owners_name_or_number_in_another_form_goes(deid, name, text, secret):
    patient = probes.owner(name)
    probes.assert_owner_caught(deid, patient, text, secret)
    assert _check_alone(patient, text), text  # the check's round-23 reading sees it on its own
    assert any(secret in text[s:e] or text[s:e] in secret for s, e, _ in _redactor_alone(patient, text)), text


PET_NAMES = [("Joaquín Reyes", "ask Chimo about it", "Chimo"), ("José María Ortega", "ask Chema about it", "Chema"),
             ("Lorenzo Ortega", "ask Lencho about it", "Lencho"), ("Mary Finch", "ask Polly about it", "Polly"),
             ("Bartholomew Finch", "Tolly took them late", "Tolly"), ("Gregorio Ruiz", "ask Goyo about it", "Goyo")]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("name", "text", "secret"), PET_NAMES)
def test_a_pet_name_the_table_now_lists_goes(deid, name, text, secret):
    """Capitalised, as the round-12 nickname reading of either side reads the table."""
    patient = probes.owner(name)
    probes.assert_owner_caught(deid, patient, text, secret)
    assert "name by a nickname" in probes.owner_kinds(patient, text)


KEPT = [
    ("Manabu Ito", "大学です。学校に行きます"), ("Akira Mori", "明日また来ます"), ("Minoru Kato", "実は薬を忘れた"),
    ("Ai Sato", "愛してるよ"), ("Kenji Tanaka", "健康診断の予約"),
    ("Minjun Seok", "석 달 동안 약을 먹었어요"), ("Minjun Jung", "정말 고마워요"), ("Jiwoo Lee", "이 씨앗을 심었어요"),
    ("Minjun Kim", "김치 먹었어요"),
    ("Jo Berg", "take B12 and D3 daily"), ("Al Burns", "my A1c is 6.5"), ("Sam Ortiz", "woke at 5am with pain"),
    ("Ed Moss", "a 3D scan on the 4th"), ("Tam Nguyen", "took it at 7am"),
    ("Harriet Lowe", "a hearty meal helped"), ("Catherine Doyle", "the catheter was flushed"),
    ("Chidi Okonkwo", "the cause is unknown"), ("Sarah Finch", "a sally into town"),
    ("Avraham Mizrahi", "Stage III, type II, chapter XIV"), ("Avraham Mizrahi", "grade II of IV, then V"),
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text"), KEPT)
def test_an_ordinary_text_near_the_owners_forms_stays(deid, name, text):
    patient = probes.owner(name)
    assert not _check_alone(patient, text), (text, _check_alone(patient, text))
    assert not _redactor_alone(patient, text), text
    assert probes.redacted(deid, text, patient) == text


#: near misses other readings of the redactor's judge otherwise (a Han character read as the owner's syllable, a
#: medicine one letter off a name part, an order number read as a phone's): round 23's readings leave them, each side
KEPT_BY_ROUND23 = [("Wei Li", "我胃疼，吃了药"), ("Wei Li", "我是为你好"), ("Li Wang", "你好，里面有药吗"),
                   ("Ana Cozar", "started cozaar 50 mg"), ("Avraham Mizrahi", "order 12345678 shipped")]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text"), KEPT_BY_ROUND23)
def test_round23_readings_leave_a_near_miss(name, text):
    patient = probes.owner(name)
    assert not _check_alone(patient, text), (text, _check_alone(patient, text))
    assert not _redactor_alone(patient, text), text


@pytest.mark.verifies("REQ-DEID-002")
def test_the_keys_and_numerals_read_as_said():
    assert sound_alike_key("kathryn") == sound_alike_key("catherine")
    assert sound_alike_key("okonquo") == sound_alike_key("okonkwo")
    assert sound_alike_key("muhammed") == sound_alike_key("mohamad")
    assert sound_alike_key("catheter") != sound_alike_key("catherine")
    assert [roman_value(p) for p in ("IV", "XLIV", "MMMMCDXVII", "IIII", "vx", "mix")] == [4, 44, 4417, None, None, 1009]


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["我是伟， ", "浩さん 健二 ", "윤 씨 석민준 ", "J0 3li M4rk ", "okonquo kathryn ",
                                   "chimo barty ", "32771400 ", "V V V I II III IV IV I VII ", "I V X L C D M ",
                                   "x1x2x3x4 ", "IIIIIIIIIIII "])
def test_the_round23_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
    patient = probes.owner("Wei Okonkwo")
    probes.assert_cost_grows_linearly(lambda n: _redactor_alone(patient, piece * n))
    probes.assert_cost_grows_linearly(lambda n: _check_alone(patient, piece * n))
    probes.assert_cost_grows_linearly(lambda n: probes.owner_kinds(patient, piece * n))
