"""Round 41, branch r41arabizi: Arabizi, Hebrew and Arabic cases the 40th black-box round saw published, refused or
over-redacted, fixed as kinds on both sides.

a. Published: the owner's own name in Arabizi, digits for the letters Latin has none of ("M7mod 3abdelra7man" for
   Mahmoud Abdelrahman, "5aled" for Khaled, "3li" for Ali, "Ra2ed" for Raed), the surname after the given name too
   (``spellwords.ARABIZI_DIGIT_SOUNDS``; redactor ``owner_disguised.arabizi_name_spans``; check
   ``leakspelled.holds_arabizi_name``); everyday Arabizi ("3la el akl", "5adt el dawa") stays.
b. Published past the check: a name after an Arabizi word of endearment or the vocative ("habibti Rana", "3amo Sami",
   "ya Reem" where the text is Arabizi; ``peoplewords.ARABIZI_KIN_WORDS``, ``ARABIZI_VOCATIVES``;
   ``third_parties.arabizi_name_spans``, ``leakpeople._arabizi_named``, which reads a given name that is a word too).
c. Published: an age over 89 after an Arabizi word of age or having, or a grandparent, with no word of years
   ("3andaha 93", "3omro 91", "sitti 95"; ``agewords.ARABIZI_AGE_WORDS`` in ``AGE_WORDS_BEFORE_A_FIGURE``).
d. Published: the one on duty after a Hebrew staff duty label ("רוקח תורן: דוד לוי", "אחות אחראית - מרים";
   ``peoplewords.HEBREW_DUTY_ROLES``, ``HEBREW_DUTY_WORDS``, ``HEBREW_DUTY_NO_NAMES``;
   ``third_parties.hebrew_duty_name_spans``, ``leakpeople._hebrew_duty_named``); the label itself stays.
e. Published in part: the owner's street in Arabic letters with no street word ("الملكة رانيا 45" for "شارع الملكة
   رانيا 45"; ``text._abjad_street_spans``; check ``IdentifierIndex`` owner forms' ``_abjad_street_kinds``).
f. Over-redacted and refused: everyday Hebrew and Arabic words heard as the owner's name ("לحسن الحظ", fortunately,
   for a Hassan; "הכל", everything, for a Cohen; "ורק", and only, for a Park;
   ``everydaywords.abjad_word_of_no_name``); and unseen by the check: "כץ" for a Katz (a Hebrew kaf heard as "k").
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

ARABIZI_NAME = "Arabizi name after a kin or role word"

#: (a) the owner's name in Arabizi: (owner, text, what goes, what stays)
_ARABIZI_OWNERS = [
    ("Mahmoud Abdelrahman", "ana M7mod w 5adt el dawa ba3d el akl", "M7mod", "5adt el dawa ba3d el akl"),
    ("Mahmoud Abdelrahman", "M7mod 3abdelra7man, nseet el dawa embare7", "3abdelra7man", "nseet el dawa"),
    ("Mahmoud Abdelrahman", "ana Mahmoud 3abdelra7man, el dawa 5eles", "3abdelra7man", "el dawa 5eles"),
    ("Khaled Nasser", "ana 5aled, 5adt el 7ba2a el sob7", "5aled", "5adt el"),
    ("Ali Haddad", "ana 3li w 5adt el dawa 3la el akl", "3li", "3la el akl"),
    ("Raed Saleh", "Ra2ed hena, nseet a5od el dawa", "Ra2ed", "nseet a5od el dawa"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret", "kept"), _ARABIZI_OWNERS)
def test_the_owners_name_in_arabizi_goes(deid, name, text, secret, kept):
    patient = probes.owner(name, "شارع الجاردنز 12", "Amman")
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)
    assert kept in probes.redacted(deid, text, patient)
    assert "own name in Arabizi" in probes.owner_and_check_finds(patient, text)


#: (b) names after endearments and the vocative; (c) ages over 89 with no word of years; (d) Hebrew duty labels
_CAUGHT = [
    ("habibti Rana 5odi el dawa ba3d el akl", "Rana", {ARABIZI_NAME}),
    ("habibi Ziad, el dawa 5alas", "Ziad", {ARABIZI_NAME}),
    ("3amo Sami gab el dawa men el saydaleya", "Sami", {ARABIZI_NAME}),
    ("5alto Mona 3ayza el dawa", "Mona", {ARABIZI_NAME}),
    ("ya Reem, ma tensash el dawa", "Reem", {ARABIZI_NAME}),
    ("teta 3andaha 93 w bt5od el dawa", "93", {"age over 89"}),
    ("gedo 3omro 91, nasi el dawa", "91", {"age over 89"}),
    ("sitti 95 w lessa bt5od el dawa", "95", {"age over 89"}),
    ("רוקח תורן: דוד לוי", "לוי", {"name after a staff duty label"}),
    ("אחות אחראית - מרים", "מרים", {"name after a staff duty label"}),
    ("הרוקחת התורנית: רונית, לשאלות על התרופה", "רונית", {"name after a staff duty label"}),
]


@pytest.mark.parametrize(("text", "secret", "kinds"), _CAUGHT)
@pytest.mark.verifies("REQ-DEID-003")
def test_arabizi_names_ages_and_hebrew_duty_names_go(deid, index, text, secret, kinds):
    """The check sees each in the raw text (the redactor took some of the names already), the redactor takes it."""
    probes.assert_free_text_caught(deid, index, text, secret, kinds)


@pytest.mark.verifies("REQ-DEID-002")
def test_a_hebrew_duty_label_stays_and_an_empty_one_is_no_name(deid, index):
    assert probes.redacted(deid, "רוקח תורן: דוד לוי").startswith("רוקח תורן:")
    assert "name after a staff duty label" not in probes.free_text_kinds(index, "אחות אחראית: אין")


#: (e) the owner's street in Arabic letters with no street word
@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [("ana sakin fi الملكة رانيا 45", "رانيا"),
                                              ("بيتي في الملكة رانيا قريب من الصيدلية", "رانيا")])
def test_the_owners_arabic_street_without_its_word_goes(deid, text, secret):
    patient = probes.owner("Mahmoud Abdelrahman", "شارع الملكة رانيا 45", "Amman")
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)
    assert "own street in Hebrew or Arabic letters with no word of its kind" in probes.owner_and_check_finds(
        patient, text)


#: (f) everyday words heard as the owner's name: (owner, text)
_OWNER_WORDS_KEPT = [
    ("Hassan Omar", "لحسن الحظ أخذت الدواء قبل النوم"),
    ("David Cohen", "זה הכל להיום"),
    ("Daniel Park", "לקחתי ורק את הכדור של הבוקר"),
]


@pytest.mark.parametrize(("name", "text"), _OWNER_WORDS_KEPT)
@pytest.mark.verifies("REQ-DEID-002")
def test_everyday_words_heard_as_the_owners_name_stay(deid, name, text):
    """A proclitic glued to a function word, or an idiom's first word, is no name part of the owner's."""
    probes.assert_owner_text_kept(deid, probes.owner(name, "12 Herzl Street", "Haifa"), text)


@pytest.mark.verifies("REQ-DEID-003")
def test_katz_in_hebrew_letters_is_seen_by_the_check(deid):
    patient = probes.owner("Yossi Katz", "12 Herzl Street", "Haifa")
    probes.assert_owner_gone_for_both_sides(deid, patient, "כץ לקח את התרופה בבוקר", "כץ")


@pytest.mark.verifies("REQ-DEID-006")
def test_cost_of_arabizi_and_hebrew_duty_readings(deid, index):
    probes.assert_cost_in_proportion(
        deid, index, "habibti Rana 5odi el dawa ba3d el akl; teta 3andaha 93; ya Reem, ma tensash; "
        "רוקח תורן: דוד לוי; זה הכל להיום. ", sizes=(125, 500))
