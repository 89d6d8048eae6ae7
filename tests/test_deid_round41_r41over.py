"""Round 41, branch r41over: identifier-free messages the 40th black-box round saw over-redacted or refused, fixed as
kinds on both sides.

a. Wrongly refused: a form's label that is also English prose ("taking care of", "attention", "recipient") with no
   colon after it reads the next three words only, not the rest of the sentence (a presidio-evaluator sentence opening
   "Mission Statement:"; ``contactwords.PROSE_FORM_LABELS``, redactor ``carriers``, check ``leakcarriers``); a word the
   label's 80 characters cut is read whole by the redactor.
b. Over-redacted: a pack's expiry after Ukrainian, Indonesian and Hebrew cues ("термін придатності 03/2028", "ED 07/27",
   "Tgl kedaluwarsa 08-2027", "תאריך תפוגה 05/28"; ``readingwords.EXPIRY_WORDS``, ``EXPIRY_PHRASES``); "ED" is the
   cue only in capitals (``readingwords.EXPIRY_CUES_IN_CAPITALS``: "my son Ed 03/2029" is a person); the first word of
   a cue of two read as a person ("Tgl") is the cue (``recognizers.an_expiry_cue_read_as_a_name``).
c. Over-redacted: a state-sized country read as a person with no person's cue before it nor a person's verb after it
   ("came from France", "France has"; ``text._a_country_not_a_person``); "my aunt France" stays a person.
d. Over-redacted and refused: "på valborg" and the Turkish feast nights ("Berat Kandili", "Kandil gecesinde";
   ``holidaywords.MORE_FEASTS``, read by both sides).
e. Over-redacted and refused: the owner's nickname that is a quantifier of the prose's language opening a sentence
   before a word of it ("Inga biverkningar" for an Ingrid; ``everydaywords.opens_its_prose_as_a_function_word`` and
   ``NOUN_LEADS``, read by ``text._alias_name_spans`` and ``leakcheck``'s nickname reading); "Inga har tagit" stays.
f. Over-redacted and refused: duty labels and facility words ("Pharmacien de garde", "Nöbetçi Eczane", "Puskesmas";
   ``peoplewords.DUTY_WORDS_ABROAD``, ``DUTY_LABEL_WORDS``, ``PHARMACY_NAME_WORDS``, ``FACILITY_WORDS``; redactor
   ``people.PeopleReader.kept``, check ``leakpeople``); the name after such a label still goes on both sides.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

_MISSION = ('Mission Statement: This non-profit "supports its songwriters by taking care of an important aspect of '
            'their careers – getting paid," according to the Tunewell website. They offer licenses.')

#: a. a prose label's reach; b. packs' expiry dates after their cues; c. countries; d. feasts; f. duty labels and
#: facility words: published as written, nothing seen by the check
_KEPT = [
    _MISSION,
    "Упаковка, термін придатності 03/2028, ще повна.",
    "Придатний до 03/2028, пачка нова.",
    "ED 07/27 tertulis di kotak obat saya.",
    "My cousin came from France last week with my pills.",
    "France has good pharmacies, I bought my inhaler there.",
    "Il vient de France avec mes médicaments.",
    "Vi firade på valborg och jag glömde medicinen.",
    "Jag tog medicinen för sent på Valborg.",
    "Berat Kandili gecesi ilacımı içtim.",
    "Pharmacien de garde ce soir, je vais y aller.",
    "Médecin de garde ce week-end, j'ai appelé.",
    "Le pharmacien de garde m'a donné du paracétamol.",
    "Nöbetçi Eczane kapalıydı, ilacımı alamadım.",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _KEPT)
def test_identifier_free_text_of_these_kinds_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


#: what must still go beside them: a name right after a prose label, a birth's date after a cue, "Ed" before
#: figures, a person called by a country's name, a name after a duty label or a role
_STILL_CAUGHT = [
    ("Thanks for taking care of Bella while I was away.", "Bella"),
    ("Please send it care of Lindqvist at the pharmacy.", "Lindqvist"),
    ("Термін придатності 03/1985 — це дата народження.", "03/1985"),
    ("My son Ed 03/2029 is coming.", "Ed"),
    ("My aunt France is visiting with my pills.", "France"),
    ("Pharmacien de garde: Jean Dupont", "Dupont"),
    ("Le pharmacien Dubois m'a donné du paracétamol.", "Dubois"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _STILL_CAUGHT)
def test_an_identifier_beside_these_kinds_still_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


#: e. the owner's nickname that is a quantifier opening the sentence
@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", ["Inga biverkningar idag, allt är bra.", "Inga problem med tabletterna."])
def test_e_a_quantifier_is_no_nickname_of_the_owner(deid, text):
    probes.assert_owner_word_kept(deid, "Ingrid Larsson", text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", ["Inga har tagit sina tabletter.", "Inga tog medicinen.", "Hej, det är Inga."])
def test_e_the_owners_nickname_still_goes(deid, text):
    probes.assert_owner_gone_for_both_sides(deid, probes.owner("Ingrid Larsson"), text, "Inga")


@pytest.mark.verifies("REQ-DEID-003")
def test_the_new_readings_cost_in_proportion(deid, index):
    piece = ("Pharmacien de garde ce soir. ED 07/27 tertulis. Tgl kedaluwarsa 08-2027. came from France. "
             "på valborg. taking care of an important aspect of it. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
