"""The seventeenth round's names: the owner's name part written alone in an abjad (Arabic, Hebrew: consonants and long
vowels only), in kana (hiragana, no spaces) or in Tamil ("ட்ச" for "kṣ"), which the sound classes did not hear; and a
record id holding a person's name in lower case ("caregiver-<given>-<surname>-0002"). For each kind the redactor
takes it out (:mod:`features.deid.script_names`; the pipeline's ids by the check's own reading, as for every id),
the check (:mod:`features.deid.leakscripts`, :func:`features.deid.leakcheck.record_id_names_someone`) sees it in the
raw text and nothing in the output, and ordinary text in those scripts stays."""

from __future__ import annotations

import pyarrow as pa
import pytest

from features.deid import leakscripts
from features.deid.leakcheck import record_id_names_someone
from features.deid.pipeline import _any_embeds_an_identifier
from features.deid.script_names import script_name_spans
from tests.deid_probes import assert_cost_grows_linearly, assert_owner_caught, check_index, owner, owner_kinds, redacted

# --------------------------------------------------------------------------- in an abjad, and in Tamil ("ட்ச" for "kṣ")

@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Hassan Demir", "مرحبا، حسن يتكلم، أحتاج وصفة جديدة", "حسن"),
    ("Karim Aziz", "كريم هنا، الحبوب خلصت", "كريم"),
    ("Yousef Amrani", "وصلت الرسالة إلى يوسف أمس", "يوسف"),
    ("Moshe Katz", "משה מדבר, צריך מרשם חדש", "משה"),
    ("Rivka Stern", "שלום, כאן רבקה", "רבקה"),
    ("Yosef Levin", "תודה, ליוסף אין כבר כדורים", "ליוסף"),
    ("Meenakshi Raman", "மீனாட்சி பேசுகிறேன், மாத்திரை தீர்ந்துவிட்டது", "மீனாட்சி"),
    ("Lakshmi Iyer", "நான் லட்சுமி", "லட்சுமி"),
])
def test_a_name_part_in_an_abjad_or_tamil_is_caught(deid, name, text, secret):
    assert_owner_caught(deid, owner(name), text, secret)


# --------------------------------------------------------------------------- in kana (no spaces)

@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Takeshi Ono", "たけしです。くすりがありません", "たけし"),
    ("Hiroshi Sato", "ひろしさんにでんわしました", "ひろし"),
    ("Ryota Mori", "りょうたのくすりです", "りょうた"),
    ("Kenichi Abe", "けんいちはげんきです", "けんいち"),
])
def test_a_name_part_in_kana_is_caught_and_the_words_after_it_stay(deid, name, text, secret):
    assert_owner_caught(deid, owner(name), text, secret)
    out = redacted(deid, text, owner(name))
    assert out.startswith("<PERSON>") and out.endswith(text[text.index(secret) + len(secret):][-3:]), out


# --------------------------------------------------------------------------- ordinary text in those scripts stays

@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("name", ["Hassan Demir", "Moshe Katz", "Takeshi Ono", "Meenakshi Raman", "Kenichi Abe"])
@pytest.mark.parametrize("text", [
    "الدواء في البيت، شكرا", "سأتصل بالطبيب غدا", "נגמרו התרופות אתמול", "הרופא אמר לקחת פעמיים ביום",
    "くすりをのみました", "あしたびょういんにいきます", "மருந்து முடிந்துவிட்டது", "பட்சி பறந்தது"])
def test_ordinary_text_in_an_abjad_kana_or_tamil_stays(name, text):
    assert "name in an abjad, kana or Tamil" not in owner_kinds(owner(name), text)
    assert not leakscripts.holds_name_in_abjad_kana_or_tamil(text, name)
    assert not script_name_spans(text, name)


@pytest.mark.verifies("REQ-DEID-001")
def test_a_long_text_of_kana_and_abjad_words_costs_time_in_proportion(deid):
    """Repeats of kana and abjad pieces: linear on both sides."""
    patient = owner("Takeshi Hassan")
    piece = "くすりをのみました حسنا ש"
    assert_cost_grows_linearly(lambda n: redacted(deid, piece * n, patient))
    assert_cost_grows_linearly(lambda n: owner_kinds(patient, piece * n))


# --------------------------------------------------------------------------- a person's name in a record id

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("value", [
    "caregiver-gwendolyn-okafor-0007", "nurse-brandt-12", "msg_from_daughter_imogen_3", "CaregiverMorwenna01",
    "sms-son-adebayo-2026-11-03"])
def test_a_record_id_holding_a_name_is_pseudonymised_and_refused(value):
    assert record_id_names_someone(value)
    assert _any_embeds_an_identifier(pa.array([value, "R0001-00000001"]), check_index())


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("value", [
    "R0001-00000001", "E0002-00000042", "sms-inbound-0001", "reminder-morning-1", "explore-09@1", "refill-request-12",
    "pharmacy-callback-3", "dose-missed-44", "chat-2026-11-03-0001", "bcdfghjklmnpqrstbcdfghjk"])
def test_a_record_id_with_no_name_is_kept(value):
    assert not record_id_names_someone(value)
    assert not _any_embeds_an_identifier(pa.array([value]), check_index())
