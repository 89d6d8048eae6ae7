"""Round 37, branch r37seams: identifiers split across two messages of one patient, a word at one edge (issue 13).

The thirty-seventh black-box round published a surname opening a message after a title or role word ending the one
before in lower case ("il dottor" then "Bianchetti", "Dziękuję pani" then "Wiśniewska", "apotekaren" then
"Lindqvist", "hette" then "Bergström"), a street's name after its kind and particle ("12 rue des" then "Lilas"), a
codice fiscale cut in two, a year of birth before "geboren" and the owner's phone split around a care team's reply;
and it took out figures that the next message's unit makes a measure ("My dad is 91" then "kg"), a dose after a
reading ("Şeker 160" then "Glifor 1000") and the year of a scan closing a message ("MRI 2024"). Each side now reads
a seam after a title, role, naming word or street's word of any case (``peoplewords.seam_cue_words``), a code's two
pieces with nothing between, and two messages of the patient with the care team's replies between them; the check
reads figures ending a message with the unit opening the next, and the redactor puts such figures back.
"""

from __future__ import annotations

import datetime
from collections import Counter

import pyarrow as pa
import pytest

from features.deid.leakcheck import LeakReport, seams_over_replies
from features.deid.pipeline import seam_redacted
from tests import deid_probes as probes
from tests.deid_probes import owner
from tests.test_deid_round31_r31numbers import T0


def _messages(bodies: list[str], authors: list[str]) -> pa.Table:
    return pa.table({"message_id": [f"m{i}" for i in range(len(bodies))], "patient_key": [probes.OWNER_KEY] * len(bodies),
                     "sent_at": pa.array([T0 + datetime.timedelta(minutes=m) for m in range(len(bodies))],
                                         pa.timestamp("us")),
                     "author": authors, "body": bodies})


def _kinds(bodies: list[str], authors: list[str] | None = None, *, across: bool = True) -> set[str]:
    """The check's kinds in a conversation of ``bodies`` (the patient's unless ``authors`` says otherwise): those
    across two messages, or all (``across=False``)."""
    report = LeakReport()
    probes.check_index().scan_table("messages", _messages(bodies, authors or ["patient"] * len(bodies)), report)
    return {hit.kind for hit in report.hits if hit.kind.endswith("across two messages") or not across}


def _published(deid, bodies: list[str], authors: list[str] | None = None) -> list[str]:
    patient = owner()
    texts = deid.redact(bodies, [patient] * len(bodies)).texts
    return seam_redacted(deid, texts, ["MRN-00417723"] * len(bodies),
                         [T0 + datetime.timedelta(minutes=m) for m in range(len(bodies))], [patient] * len(bodies),
                         Counter(), raw=bodies, authors=authors or ["patient"] * len(bodies))


SPLIT = [
    # (tail, head, the piece of the head that must go, whether the check's refusal is a kind across two messages)
    ("Oggi mi ha visitato il dottor", "Bianchetti, mi ha cambiato il Cardioaspirin", "Bianchetti", True),
    ("Naapuri on rouva", "Virtanen, hän hakee Marevanin", "Virtanen", True),
    ("Lääkäri oli herra", "Koskinen ja hän sanoi että Panadol jatkuu", "Koskinen", True),
    ("Jag pratade med apotekaren", "Lindqvist om Waran", "Lindqvist", True),
    ("Min nya läkare hette", "Bergström och hon ändrade Trombyl", "Bergström", True),
    ("Dziękuję pani", "Wiśniewska za pomoc z Polpiryną", "Wiśniewska", True),
    ("Rozmawiałem z pan", "Kowalczyk o Xarelto", "Kowalczyk", True),
    ("Enfermera: hablé con la señora", "Etxebarria del Sintrom", "Etxebarria", True),
    ("Vivo al 12 rue des", "Lilas depuis dix ans", "Lilas", True),
    ("Il mio codice fiscale è RSSMRA85", "T10A562S grazie", "T10A562S", True),
    ("My new carer is Adaeze", "Oyelaran-Ibadan and she brings my Metformin", "Oyelaran", True),
    ("Mein Opa ist", "1926 geboren und nimmt Marcumar", "1926", False),
    # our own: other titles, roles, naming words, streets and codes, in other languages
    ("Mi vecina es la señora", "Goikoetxea y me trae el Adiro", "Goikoetxea", True),
    ("Ieri è passata la professoressa", "Scarpellini per il Coumadin", "Scarpellini", True),
    ("Hoitaja oli tohtori", "Heikkilä, joka muutti Marevanin annosta", "Heikkilä", True),
    ("Lægen", "Søndergaard sagde at jeg skal tage Hjertemagnyl", "Søndergaard", True),
    ("Mi médico se llama", "Iturriaga y me cambió el Sintrom", "Iturriaga", True),
    ("Mieszkam przy ulica", "Kwiatowa 12 obok apteki", "Kwiatowa", True),
    ("Mon codice fiscale: VRDLGU72", "M21F205Z merci", "M21F205Z", True),
    ("Opa ist", "1924 geboren und nimmt Marcumar", "1924", False),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("tail", "head", "secret", "across"), SPLIT)
def test_a_piece_after_a_word_at_the_seam_is_refused_taken_out_and_passed(deid, tail, head, secret, across):
    assert _kinds([tail, head], across=across), (tail, head)
    out = _published(deid, [tail, head])
    assert secret not in out[1], out
    assert not _kinds(out, across=False), out


#: the owner's phone (and a stranger's) split around the care team's replies: (messages, authors, the piece to go)
OVER_REPLIES = [
    (["my number is 555 123", "Thanks, could you send the rest of it?", "4417 is the end"],
     ["patient", "care_team", "patient"], "4417"),
    (["mi teléfono es 555 123", "Gracias", "¿El resto?", "4417, gracias"],
     ["patient", "care_team", "care_team", "patient"], "4417"),
    (["call me on (555) 123", "Sure, what is the rest?", "4417 thanks"], ["patient", "care_team", "patient"], "4417"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("bodies", "authors", "secret"), OVER_REPLIES)
def test_a_number_split_around_a_care_team_reply_is_refused_and_taken_out(deid, bodies, authors, secret):
    assert _kinds(bodies, authors), bodies
    out = _published(deid, bodies, authors)
    assert secret not in out[-1], out
    assert not _kinds(out, authors, across=False), out


def test_seams_over_replies_pair_the_patients_messages_only():
    owners, times = ["a"] * 5, list(range(5))
    authors = ["patient", "care_team", "patient", "patient", "care_team"]
    assert seams_over_replies(owners, times, authors) == [(0, 2), (1, 4)]
    assert seams_over_replies(owners, times, ["patient"] * 5) == []


KEPT = [
    # figures that the unit opening the next message makes a measure, doses after a reading, the year of a scan
    ("My dad is 91", "kg now, he lost weight on Ozempic"),
    ("Şeker 160", "Glifor 1000 aldım"),
    ("Had my MRI 2024", "results are fine"),
    # our own
    ("Mum is 94", "lbs lighter than last year? no, 94 kg, sorry"),
    ("BZ 140", "Metformin 1000 genommen"),
    ("Glicemia 132", "Glucophage 850 preso"),
    ("I had a colonoscopy 2019", "and all was fine"),
    ("Thanks nurse", "Okay I will take the Lasix"),
    ("Took it with the", "Metformin this morning"),
    ("Je prends le", "Kardégic le matin"),
]


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("tail", "head"), KEPT)
def test_measures_doses_and_years_at_a_seam_are_kept(deid, tail, head):
    assert not _kinds([tail, head], across=False), (tail, head)
    assert _published(deid, [tail, head]) == [tail, head]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["Had my MRI 2024", "CT 2023", "Şeker 160 Glifor 1000 aldım",
                                  "BZ 140 Metformin 1000"])
def test_a_scan_year_and_a_dose_after_a_reading_in_one_message(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("Oggi mi ha visitato il dottor Bianchetti", "Bianchetti"),
                                              ("Jag pratade med apotekaren Lindqvist om Waran", "Lindqvist"),
                                              ("Min nya läkare hette Bergström", "Bergström"),
                                              ("Mein Opa ist 1926 geboren", "1926")])
def test_a_role_a_naming_word_and_a_birth_year_in_one_message(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", ["il dottor Bianchetti apotekaren Lindqvist hette Bergström Opa 1926 geboren "
                                   "MRI 2024 Şeker 160 Glifor 1000 aldım 12 rue des Lilas "])
def test_the_round37_seam_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
