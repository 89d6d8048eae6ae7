"""Round 42, the lead: what the 42nd black-box round found beside the round's branches.

- A message closing with a record's field ("ZIP: 32700", "Caregiver: Ana Lima", "DOB: 1958-03-04") took the opening
  of the same patient's next message with it: the seam of the two was read as one line, and a field's value runs to
  its line's end ("What are my options?" was published as "<ZIP>"). The seam after a field's line is now a line
  break (``pipeline._a_field_line_closing``), figures meeting figures still joined ("ZIP: 77" then "002").
- A postcode's or a phone's field value ends at the first word of prose after its figures, on both sides
  (``fields._number_value_length``; the check's ``leakfields._NUMBER_KEYS``).
- A facility's word in lower case after a kin word is no name for the check ("si Lola sa ospital": round 42's
  r42towns made the redactor keep "ospital", the check read it as a name after "Lola"; ``leakpeople``).
- A pack's code in a Pakistani plate's shape ("pack PCK-1234", round 11) is kept: pack words are words of a code
  (`worldwords.WORDS_OF_A_CODE_BEFORE_ITS_SHAPE`, both sides).
- A contraction after a number was read as a national number's check letter ("05730 I'm" gave "<ZIP>'m", "PESEL
  44100712345 I'll" gave "<ID>'ll"), and as the town after a postcode ("<ZIP> I'm originally from…"): on both sides
  an apostrophe before a letter is no closing quote (``text._AFTER_A_CHECK_PART``,
  ``world_shapes._LETTERED_ID_AFTER_ITS_WORD``, ``leakworld._PART_AFTER_A_NUMBER``, ``text._CONTRACTION_END``).
"""

from __future__ import annotations

import datetime
from collections import Counter

import pytest

from features.deid.pipeline import seam_redacted
from tests import deid_probes as probes
from tests.deid_probes import owner

T0 = datetime.datetime(2026, 6, 1, 9, 0)


def _published(deid, bodies: list[str]) -> list[str]:
    """``bodies``, one patient's messages seven minutes apart, as the pipeline publishes them (each alone, then the
    seams between them)."""
    patient = owner()
    texts = deid.redact(bodies, [patient] * len(bodies)).texts
    return seam_redacted(deid, texts, ["MRN-00417723"] * len(bodies),
                         [T0 + datetime.timedelta(minutes=7 * m) for m in range(len(bodies))], [patient] * len(bodies),
                         Counter(), raw=bodies)


@pytest.mark.parametrize(("first", "second", "gone"), [
    ("ZIP: 32700", "What are my options?", "32700"),
    ("ZIP: 4032", "The Norwegian Border Force have detained him.", "4032"),
    ("Caregiver: Ana Lima", "I need a refill of Eliquis", "Ana Lima"),
    ("DOB: 1958-03-04", "Can I take it with food?", "1958-03-04"),
    ("phone: 555 123 4417", "What are my options?", "4417"),
    ("Name: Rosa Quintero\nZIP: 10457", "Is it safe with alcohol?", "10457"),
    ("- postcode: 77002", "thanks, see you Monday", "77002"),
])
def test_a_field_closing_a_message_leaves_the_next_message_as_written(deid, first, second, gone):
    out = _published(deid, [first, second])
    assert gone not in out[0] and "<" in out[0], out
    assert out[1] == second, out


@pytest.mark.parametrize(("first", "second", "secret"), [
    ("my number is 555 123", "4417 call me", "4417"),  # no field: the number read across the seam, as before
    ("ZIP: 77", "002", "002"),  # figures meeting figures after a field still join
    ("Mein Arzt ist Dr.", "Bianchetti in Graz", "Bianchetti"),
])
def test_what_is_cut_in_two_at_a_seam_still_goes(deid, first, second, secret):
    out = _published(deid, [first, second])
    assert secret not in out[1], out


@pytest.mark.parametrize(("text", "secret", "kept"), [
    ("ZIP: 32700 what are my options?", "32700", "what are my options?"),
    ("phone: 555 123 4417 call me after five", "4417", "call me after five"),
    ("zip: 77002 thanks", "77002", "thanks"),
])
def test_a_number_fields_value_ends_before_prose_on_both_sides(deid, index, text, secret, kept):
    out = probes.redacted(deid, text)
    assert secret not in out and out.endswith(kept), out
    assert probes.free_text_kinds(index, text), text
    assert not probes.free_text_kinds(index, out), (out, probes.free_text_kinds(index, out))


@pytest.mark.parametrize(("text", "secret"), [
    ("ZIP: 32700 Springfield", "Springfield"),  # a capitalised word after it: the town, taken with it
    ("phone: 555 123 four four one seven", "four four one seven"),  # number words go on
    ("phone: 555 123 4417 ext 12", "12"),  # an extension
    ("ZIP: seven seven zero zero two", "seven seven"),
])
def test_a_number_fields_value_keeps_what_may_be_the_number(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.parametrize(("text", "word"), [
    ("Uruguay 05730 I'm originally from New Zealand", "I'm"),
    ("Uruguay 05730 Im fine", "Im"),
    ("my zip 05730 I'm fine", "I'm"),
    ("PESEL 44100712345 I'll send the rest", "I'll"),
    ("12345678 I'm here with my son", "I'm"),
    ("Montevideo 05730 I’ve moved", "I’ve"),
])
def test_a_contraction_after_a_number_is_no_check_letter_nor_a_town(deid, index, text, word):
    out = probes.redacted(deid, text)
    assert word in out.split(), (word, out)
    assert not probes.free_text_kinds(index, out), (out, probes.free_text_kinds(index, out))


@pytest.mark.parametrize(("text", "secret"), [
    ("DNI 12345678 Z", "Z"),
    ("DNI 12345678-Z.", "Z"),
    ("PPSN 1234567 T", "T"),
    ("my PESEL is 44100712345 6", "6"),
    ("1012 AB Amsterdam", "Amsterdam"),
])
def test_check_letters_and_towns_after_a_postcode_still_go(deid, index, text, secret):
    out = probes.redacted(deid, text)
    assert secret not in out.replace("<", " ").replace(">", " ").split(), out
    assert not probes.free_text_kinds(index, out), (out, probes.free_text_kinds(index, out))


@pytest.mark.parametrize("text", ["Na-confine si Lola sa ospital.", "Dinala ni Kuya sa klinika kahapon."])
def test_a_facilitys_word_in_lower_case_after_a_kin_word_is_no_name(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


def test_a_name_after_a_tagalog_kin_word_still_goes(deid, index):
    probes.assert_free_text_caught(deid, index, "si Lola Maria sa ospital", "Maria")


@pytest.mark.parametrize("piece", ["ZIP: 32700 what are my options?\n", "Uruguay 05730 I'm fine. "])
def test_cost_of_field_values_and_contractions(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))


@pytest.mark.parametrize("text", ["pack PCK-1234", "the pack PCK-1234 was empty", "Packung ABC-1234 leer"])
def test_a_packs_code_in_a_plates_shape_is_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.parametrize(("text", "secret"), [("my car LEA-1234 is parked", "LEA-1234"), ("LEA-1234", "LEA-1234")])
def test_a_plate_of_the_same_shape_still_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)
