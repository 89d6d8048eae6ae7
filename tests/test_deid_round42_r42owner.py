"""Round 42, branch r42owner: the owner's own name in other scripts and spellings, and birthdays of the Hebrew
calendar, that the 41st black-box round saw published, fixed as kinds on both sides.

a. Published: an owner stored in Arabic letters written in Arabizi ("ana M7mod" for محمود, "ismi 5aled" for خالد,
   "3li" for علي): redactor ``owner_disguised.arabizi_name_spans`` by its own table of how Arabizi writes each Arabic
   letter; check ``leakspelled.holds_arabizi_of_abjad_name`` by anyascii's reading of the stored name. Everyday
   Arabizi ("3la el akl", "ma3lesh") stays.
b. Published: an owner stored in Bengali or Thai letters whose name part follows in Latin letters ("ফাতেমা Begum",
   "สมชาย Jaidee", "I am Fatima"), also when the part opens the owner's next message: redactor
   ``owner_disguised.latin_form_spans``; check ``leakspelled.holds_latin_form_of_stored_name``.
c. Published: a date of the Hebrew calendar in letters ("נולדתי בי"ד בניסן תשי"ח"): redactor
   ``calendar_shapes.hebrew_calendar_date_spans``; check ``leakcalendars._hebrew_calendar_date``; a month alone stays.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

AMMAN_STREET = "شارع الجاردنز 12"

#: (a) the owner stored in Arabic letters, the name in Arabizi: (owner, text, what goes, what stays)
_ARABIZI_OF_ARABIC_OWNERS = [
    ("محمود عبدالرحمن", "ana M7mod w 5adt el dawa ba3d el akl", "M7mod", "5adt el dawa ba3d el akl"),
    ("محمود عبدالرحمن", "ana M7mod 3abdelra7man, nseet el dawa", "3abdelra7man", "nseet el dawa"),
    ("خالد ناصر", "ismi 5aled, 5adt el 7ba2a el sob7", "5aled", "5adt el"),
    ("علي حداد", "ana 3li w 5adt el dawa 3la el akl", "3li", "3la el akl"),
    ("رائد صالح", "Ra2ed hena, nseet a5od el dawa", "Ra2ed", "nseet a5od el dawa"),
    ("عمر يوسف", "ana 3omar, el dawa 5eles", "3omar", "el dawa 5eles"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret", "kept"), _ARABIZI_OF_ARABIC_OWNERS)
def test_an_arabic_letter_owners_name_in_arabizi_goes(deid, name, text, secret, kept):
    patient = probes.owner(name, AMMAN_STREET, "Amman")
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)
    assert kept in probes.redacted(deid, text, patient)
    assert "own name in Arabizi" in probes.owner_and_check_finds(patient, text)


#: (a) everyday Arabizi heard near the Arabic-letter owner's name: (owner, text)
_ARABIZI_KEPT = [
    ("علي حداد", "5adt el dawa 3la el akl"),
    ("خالد ناصر", "5adt el dawa ba3d el akl, ma3lesh"),
    ("محمود عبدالرحمن", "el dawa 5eles, lazem a3ml refill"),
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text"), _ARABIZI_KEPT)
def test_everyday_arabizi_stays_for_an_arabic_letter_owner(deid, name, text):
    probes.assert_owner_text_kept(deid, probes.owner(name, AMMAN_STREET, "Amman"), text)


#: (b) an owner stored in Bengali or Thai letters, a name part in Latin letters: (owner, text, what goes)
_LATIN_FORMS = [
    ("ফাতেমা বেগম", "ফাতেমা Begum, ওষুধ খেয়েছি", "Begum"),
    ("ফাতেমা বেগম", "I am Fatima, took the tablets", "Fatima"),
    ("สมชาย ใจดี", "สมชาย Jaidee กินยาแล้ว", "Jaidee"),
    ("สมชาย ใจดี", "Somchai here, pills taken", "Somchai"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), _LATIN_FORMS)
def test_a_script_owners_name_in_latin_letters_goes(deid, name, text, secret):
    patient = probes.owner(name)
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)
    assert "own name stored in another script, in Latin letters" in probes.owner_and_check_finds(patient, text)


@pytest.mark.verifies("REQ-DEID-003")
def test_a_surname_opening_the_owners_next_message_goes(deid):
    """One patient's two messages redacted in one call: the surname opens the second."""
    patient = probes.owner("ফাতেমা বেগম")
    out = deid.redact(["I am Fatima", "Begum, room 4"], [patient, patient]).texts
    assert "Fatima" not in out[0] and "Begum" not in out[1], out
    assert "own name stored in another script, in Latin letters" in probes.owner_and_check_finds(
        patient, "Begum, room 4")
    assert not probes.owner_and_check_finds(patient, out[1]), out


#: (b) Latin words near the stored name's sounds: (owner, text)
_LATIN_KEPT = [
    ("ফাতেমা বেগম", "Begin the new pack on Monday"),
    ("สมชาย ใจดี", "Jet lag again, took the pills late"),
    ("ফাতেমা বেগম", "Took Metformin 500 mg after dinner"),
    ("ফাতেমা বেগম", "Bedtime pills taken, Bottom shelf"),
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text"), _LATIN_KEPT)
def test_latin_words_near_a_script_owners_name_stay(deid, name, text):
    probes.assert_owner_text_kept(deid, probes.owner(name), text)


#: (c) dates of the Hebrew calendar: (text, what goes)
_HEBREW_DATES = [
    ('נולדתי בי"ד בניסן תשי"ח', 'תשי"ח'),
    ('נולדתי בכ"ה באדר ב׳ תשי"ח', 'כ"ה'),
    ('יום ההולדת שלי בי"ד ניסן', 'י"ד'),
    ('נולדתי ב-14 בניסן תשי"ח', 'תשי"ח'),
    ('אני ילידת ניסן תשי"ח', 'תשי"ח'),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _HEBREW_DATES)
def test_a_hebrew_calendar_date_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"date of the Hebrew calendar"})


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["לקחתי 2 כדורים בניסן", "בניסן שעבר שכחתי את התרופה"])
def test_a_hebrew_month_alone_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("piece", ['נולדתי בי"ד בניסן תשי"ח, לקחתי 2 כדורים בניסן. ',
                                   "ana M7mod w 5adt el dawa 3la el akl; ma3lesh. ",
                                   "ফাতেমা Begum, Begin the pack; Jet lag. "])
def test_cost_of_round42_owner_readings(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
