"""Round 30, scripts (issue 13, the twenty-ninth black-box round): names and places written in another script than the
patients table's Latin letters, relatives' given names after kin words in Chinese, Japanese and Korean, and prose of
those scripts that was over-redacted.

a. The owner's name in their own script: Persian and Arabic ("علی", "رضا", "السيد أحمد": an alef read as the vowel it
   writes, "ض" as Persian says it, a name of three letters in a word of three letters), Thai (a surname with a silent
   consonant under the karan: "วงศ์สกุล"), Japanese kanji read by janome's dictionary ("春樹" for Haruki), Hebrew,
   Cyrillic, Greek, Devanagari, Hangul. Kept: medication sentences of those languages whose words read near a name
   ("عالی", great, for an Ali; "على", on).
b. The owner's street or town word in kanji ("梅田" for Umeda Street), read the same way.
c. A given name alone after a kin word: "我女儿小梅明天来拿药", "息子のたけしが", "남편 철수가"; kept: "我女儿明天来",
   "我女儿很好", "息子が来ます", "息子のほうが早い".
d. Over-redaction undone: a CJK full stop read as a domain's dot ("飲みました。夜も" was "<URL>も"), a Japanese clause
   the NER read romanised as a place ("息子が来ます"), everyday medicine words of Persian, Urdu and Hindi (in their
   scripts and romanised: "قرص", "دوا ختم ہو گئی", "goli khatam ho gayi") read as a town or a person.
"""

from __future__ import annotations

from dataclasses import asdict

import pytest

from features.deid.leakcheck import OwnerForms
from features.deid.text import PatientIdentifiers
from tests import deid_probes as probes
from tests.deid_probes import redacted


def _patient(name: str, street: str = "27 Penhallow Street", city: str = "Houston") -> PatientIdentifiers:
    return probes.owner(name, street, city)


_assert_both_sides = probes.assert_owner_gone_for_both_sides
_assert_kept = probes.assert_owner_text_kept


# --------------------------------------------------------------------------- a. the owner's name in their own script

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Ali Rezaei", "علی قرصش را خورد", "علی"),
    ("Ali Rezaei", "امروز علی دارو نخورد", "علی"),
    ("Reza Ahmadi", "رضا امروز قرص را نخورد", "رضا"),
    ("Reza Ahmadi", "احمدی قرص را خورد", "احمدی"),
    ("Sara Karimi", "سارا دارو را خورد", "سارا"),
    ("Ahmed Hassan", "السيد أحمد أخذ الدواء", "أحمد"),
    ("Ali Hassan", "علي أخذ الدواء صباحا", "علي"),
    ("Omar Khalil", "عمر أخذ الدواء", "عمر"),
    ("Somchai Wongsakul", "สมชาย กินยาแล้ว", "สมชาย"),
    ("Somchai Wongsakul", "วงศ์สกุลกินยาแล้ว", "วงศ์สกุล"),
    ("Somchai Wongsakul", "คุณวงศ์สกุล กินยาแล้ว", "วงศ์สกุล"),
    ("Haruki Murakami", "春樹は薬を飲みました", "春樹"),
    ("Haruki Murakami", "村上春樹です、薬をください", "春樹"),
    ("Kenji Tanaka", "健二が薬を取りに来ます", "健二"),
    ("Shota Yamada", "翔太は朝の薬を忘れました", "翔太"),
    ("Yumi Sato", "由美です。薬がなくなりました", "由美"),
    ("David Cohen", "דוד לקח את התרופה", "דוד"),
    ("Ivan Petrov", "Иван принял таблетку", "Иван"),
    ("Nikos Papadopoulos", "Νίκος πήρε το φάρμακο", "Νίκος"),
    ("Rahul Sharma", "राहुल ने दवा ली", "राहुल"),
    ("Jimin Park", "지민 씨가 약을 먹었어요", "지민"),
])
def test_the_owners_name_in_their_own_script_goes_for_both_sides(deid, name, text, secret):
    _assert_both_sides(deid, _patient(name), text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("name", "text"), [
    ("Ali Rezaei", "حالم عالی است و قرصم را خوردم"),
    ("Ali Rezaei", "قرص را بعد از شام خوردم"),
    ("Ali Hassan", "أخذت الدواء على الريق"),
    ("Omar Khalil", "نسيت الدواء اليوم"),
    ("Somchai Wongsakul", "กินยาแล้วค่ะ"),
    ("Haruki Murakami", "今日は春に薬を飲みました"),
    ("Haruki Murakami", "朝に飲みました。夜も飲みます。"),
    ("Kenji Tanaka", "薬局で薬をもらいました"),
    ("David Cohen", "לקחתי את התרופה בבוקר"),
    ("Ivan Petrov", "Я принял таблетку утром"),
])
def test_medication_sentences_of_those_scripts_are_kept(deid, name, text):
    _assert_kept(deid, _patient(name), text)


# --------------------------------------------------------------------------- b. the owner's street or town in kanji

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("street", "city", "text", "secret"), [
    ("12 Umeda Street", "Houston", "梅田の薬局で受け取りました", "梅田"),
    ("4 Shinjuku Avenue", "Houston", "新宿の薬局で薬をもらいました", "新宿"),
    ("27 Penhallow Street", "Sapporo", "札幌の病院に行きました", "札幌"),
])
def test_the_owners_street_or_town_in_kanji_goes_for_both_sides(deid, street, city, text, secret):
    _assert_both_sides(deid, _patient("Kenji Tanaka", street, city), text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["近くの薬局で受け取りました", "梅の花が咲きました、薬も飲みました"])
def test_kanji_of_no_owners_street_are_kept(deid, text):
    _assert_kept(deid, _patient("Kenji Tanaka", "12 Umeda Street"), text)


# --------------------------------------------------------------------------- c. a given name alone after a kin word

KIN = {"given name alone after a kin word in Han, kana or Hangul", "name in Hangul or Han after its cue"}


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "secret"), [
    ("我女儿小梅明天来拿药", "小梅"),
    ("我儿子阿强下午会来", "阿强"),
    ("我孙女丽丽帮我买药", "丽丽"),
    ("我老公建华每天提醒我吃药", "建华"),
    ("我外孙女思思也来看我", "思思"),
    ("息子のたけしが薬を取りに来ます", "たけし"),
    ("娘のゆいが来ます", "ゆい"),
    ("娘のゆみは元気です", "ゆみ"),
    ("母のはなこが来ました", "はなこ"),
    ("제 딸 지민이가 약을 가지러 와요", "지민"),
    ("우리 아들 민준이가 약을 가지러 와요", "민준"),
    ("남편 철수가 약을 가져왔어요", "철수"),
])
def test_a_given_name_after_a_kin_word_goes_for_both_sides(deid, text, secret):
    probes.assert_third_party_caught(deid, text, secret, KIN)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "我女儿明天来", "我女儿很好", "我女儿身体很好", "我儿子每天提醒我", "我女儿也来了",
    "息子が来ます", "息子のほうが早いです", "母のためにも飲みます", "母のくすりが切れました",
    "딸 친구가 왔어요", "남편 회사가 멀어요",
])
def test_kin_words_without_a_name_are_kept(deid, text):
    assert redacted(deid, text) == text
    assert not set(probes.third_party_kinds(text)) & KIN, probes.third_party_kinds(text)


# --------------------------------------------------------------------------- d. over-redaction undone

@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "朝に飲みました。夜も飲みます。",
    "薬を飲みました。Aspirinも飲みます。",
    "朝飲んだ．夜も飲む．",
    "飲んだ｡夜も飲む",
    "아침에 먹었어요。저녁에도 먹어요。",
    "ยาหมดแล้ว。พรุ่งนี้ซื้อ",
    "息子が来ます",
    "見てください",
    "娘が薬局に行きました",
    "قرص را خوردم",
    "روزانه دو قرص می‌خورم",
    "دو قرص بعد از شام",
    "داروهایم تمام شد",
    "goli khatam ho gayi",
    "meri goli khatam ho gayi",
    "dawa khatam ho gayi hai",
    "دوا ختم ہو گئی",
    "میری گولیاں ختم ہو گئی ہیں",
    "गोली खत्म हो गई",
    "मेरी दवा खत्म हो गई है",
])
def test_prose_of_other_scripts_is_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("text", "placeholder"), [
    ("メールはtanaka。example。comです", "<URL>"),
    ("tanaka@example。com に送ってください", "<EMAIL>"),
    ("ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ を見てください", "<URL>"),
    ("連絡はｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｃｏｍまで", "<EMAIL>"),
])
def test_a_link_with_cjk_full_stops_between_latin_words_still_goes(deid, text, placeholder):
    out = redacted(deid, text)
    assert placeholder in out and "example" not in out and "ｅｘａｍｐｌｅ" not in out, out


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-007")
@pytest.mark.timeout(300)
@pytest.mark.parametrize("piece", [
    "我女儿小梅明天来拿药。我女儿很好。",
    "息子のたけしが薬を取りに来ます。息子が来ます。",
    "朝に飲みました。夜も飲みます。",
    "남편 철수가 약을 가져왔어요. ",
    "قرص را خوردم و دوا ختم ہو گئی. ",
])
def test_the_new_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(100, 400))


@pytest.mark.verifies("REQ-DEID-007")
@pytest.mark.timeout(300)
def test_the_owners_kanji_and_abjad_readings_cost_in_proportion(deid):
    patient = _patient("Haruki Rezaei", "12 Umeda Street")
    piece = "春樹は梅田の薬局で薬をもらいました。علی قرص را خورد. "
    forms = OwnerForms.of(asdict(patient))
    probes.assert_cost_grows_linearly(lambda n: deid.redact([piece * n], [patient]), sizes=(100, 400))
    probes.assert_cost_grows_linearly(lambda n: forms.kinds_in(piece * n), sizes=(100, 400))
