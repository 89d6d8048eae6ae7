"""Round 35, branch r35seams: identifiers split across two consecutive messages of one patient (issue 13).

The thirty-fifth black-box round published a surname after a title or a name cue ending the previous message
("Ms Priya" then "Ramanathan", "Mr" then "Okonkwo", "Frau Dr." then "Schneider"), a year of birth making the person
90+ or an age over 89 after "born in", "born on 3 March", "nació el 3 de marzo de", "turned", a UK NI number ("QQ 12"
then "34 56 C") and a plate ("1234" then "BCD") split over the seam; and it over-redacted readings joined across a
seam ("and 120" then "80 after lunch" as ``<ZIP>``). Each side now reads a seam where a word stands at one edge: the
redactor (:func:`features.deid.pipeline.seam_redacted`, a window of each side read together, in the texts as written)
takes the pieces out; the check (``IdentifierIndex.scan_message_seams``, its own look at the seam's two words) refuses
the pair when the redactor is off and passes the published pair. False joins stay: times, doses and readings before
a capitalised drug, pharmacy or clinic name.
"""

from __future__ import annotations

import datetime
from collections import Counter

import pytest

from features.deid.leakcheck import LeakReport
from features.deid.pipeline import seam_redacted
from tests import deid_probes as probes
from tests.deid_probes import owner
from tests.test_deid_round31_r31numbers import T0, _messages  # the same one-patient conversation


def _seam_kinds(bodies: list[str], *, across: bool = True) -> set[str]:
    """The check's kinds in a conversation of ``bodies``: those across two messages, or all (``across=False``: a
    kanji name's first character may end a message alone and be refused there)."""
    report = LeakReport()
    probes.check_index().scan_table("messages", _messages(bodies), report)
    return {hit.kind for hit in report.hits if hit.kind.endswith("across two messages") or not across}


def _published(deid, bodies: list[str]) -> list[str]:
    patient = owner()
    texts = deid.redact(bodies, [patient] * len(bodies)).texts
    return seam_redacted(deid, texts, ["MRN-00417723"] * len(bodies),
                         [T0 + datetime.timedelta(minutes=m) for m in range(len(bodies))], [patient] * len(bodies),
                         Counter(), raw=bodies)


SPLIT = [
    # (tail, head, the piece of the head that must go)
    ("The new pharmacist is Ms Priya", "Ramanathan, she was very kind about the Entresto", "Ramanathan"),
    ("My son-in-law is Mr", "Okonkwo, he drives me to Boots", "Okonkwo"),
    ("Frau Dr.", "Schneider sagt, ich soll das Ramipril weiter nehmen", "Schneider"),
    # our own: other titles, languages and spellings
    ("The physio is Mrs", "Adeyemi-Clarke, she comes on Fridays", "Adeyemi-Clarke"),
    ("Herr Prof.", "Wawrzyniak meinte, das Bisoprolol bleibt", "Wawrzyniak"),
    ("Mum was born on 3 March", "1929 and still takes her Aricept", "1929"),
    ("My uncle was born in", "1928 and he still takes his Lasix", "1928"),
    ("Mi padre nació el 3 de marzo de", "1929, toma Sintrom", "1929"),
    ("Grandpa was born in", "1931 and takes Eliquis", "1931"),
    ("La enfermera es la Sra.", "Etxeberria, muy amable con el Sintrom", "Etxeberria"),
    ("Ma voisine Mme", "Lefebvre passe chercher le Doliprane", "Lefebvre"),
    ("Mon père est né en", "1927, il prend du Kardégic", "1927"),
    ("Opa wurde", "95 letzte Woche", "95"),
    ("Grandma turned", "97 last week and still on Warfarin", "97"),
    ("Dad just turned", "94 and still on his Ramipril", "94"),
    ("his NI number QQ 12", "34 56 C for the carer form", "56 C"),
    ("my NI number is QQ 98", "76 54 A please", "54 A"),
    ("plate of my son's car is 1234", "BCD, he drives me to the clinic", "BCD"),
    ("my daughter's car plate is 4821", "KLM, she parks outside", "KLM"),
]


HAN_SPLIT = [
    ("我的护士叫王", "芳，她人很好，帮我拿了二甲双胍", "芳"),
    ("息子の名前は健", "太です。薬を取りに行きます", "太です"),
    # our own: other naming words, a name of three characters, a name split after its family name
    ("我的医生叫李", "明，他说继续吃药", "明，"),
    ("孙女的名字是陈", "静，她会来拿药", "静，"),
    ("娘の名前は花", "子です。よろしく", "子です"),
    ("看護師の名前が美", "咲でした", "咲"),
]


#: each split, and whether the check's refusal is a kind across two messages (a kanji name's first character may end a
#: message alone and be refused there: "息子の名前は健")
SPLITS = [(*case, True) for case in SPLIT] + [(*case, False) for case in HAN_SPLIT]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("tail", "head", "secret", "across"), SPLITS)
def test_the_check_refuses_an_identifier_split_over_a_seam(tail, head, secret, across):
    assert _seam_kinds([tail, head], across=across), (tail, head)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("tail", "head", "secret", "across"), SPLITS)
def test_the_redactor_takes_both_pieces_out_and_the_check_passes(deid, tail, head, secret, across):
    out = _published(deid, [tail, head])
    assert secret not in out[1], out
    assert not _seam_kinds(out, across=False), out


#: a name after a word that gives it in one message (the name to go), and a thing's name so given (``None``: stays)
NAMED = [("我叫王芳", "王芳"), ("息子の名前は健太です", "健太"), ("我的医生名叫李明", "李明"),
         ("祖母の名前は千代子です", "千代子"), ("病院の名前は中央病院です", None),
         ("薬の名前はロキソニンです", None), ("薬の名前は頭痛薬です", None),
         ("这个药叫二甲双胍", None), ("医生叫我多喝水", None)]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), NAMED)
def test_a_han_or_kanji_name_after_a_naming_word_in_one_message(deid, index, text, secret):
    if secret is None:
        probes.assert_free_text_kept(deid, index, text)
    else:
        probes.assert_free_text_caught(deid, index, text, secret)


KEPT = [
    ("my reading was 7.8 this morning and 120", "80 after lunch, the clinic said fine"),
    ("bp 135", "85 after the walk"),
    ("glucose 102", "10 am Lipitor done"),
    ("glucose 110 120", "130 today, the pharmacy has Januvia"),
    ("Appointment Tuesday at 10:15", "Mayo Clinic said bring the list"),
    ("Cita el martes a las 9:30", "Mayo Clinic otra vez"),
    ("I took 2 tablets at 8", "Boots Pharmacy was closed"),
    ("Took my Xarelto 20 mg", "Walgreens had it ready"),
    ("My CGM read 88 at 3 am, then 140 at 7", "Took my Xarelto 20 mg with dinner"),
    ("Picked up the Eliquis 5 mg", "CVS was busy today"),
    ("Refill of Metformin 500", "Lloyds Pharmacy said Friday"),
    ("Thanks", "Okay I will take the Lasix"),
    ("Took my Eliquis", "Feeling fine today"),
    ("Dr Okafor said take Metformin 500", "Twice a day with food"),
]


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("tail", "head"), KEPT)
def test_readings_times_and_doses_before_names_are_no_identifier_across_a_seam(deid, tail, head):
    assert not _seam_kinds([tail, head]), (tail, head)
    assert _published(deid, [tail, head]) == deid.redact([tail, head], [owner()] * 2).texts


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", ["Mr Okonkwo born in 1928 turned 97 QQ 12 34 56 C 1234 BCD and 120 80 at 10:15 Mayo "])
def test_the_round35_seam_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))


@pytest.mark.verifies("REQ-DEID-003")
def test_a_message_between_two_seams_loses_both_pieces(deid):
    bodies = ["Our new carer is Mrs", "Abernathy-Osei, her dad was born in", "1927 and lives with her"]
    assert _seam_kinds(bodies)
    out = _published(deid, bodies)
    assert "Abernathy" not in out[1] and "1927" not in out[2], out
    assert not _seam_kinds(out, across=False), out
