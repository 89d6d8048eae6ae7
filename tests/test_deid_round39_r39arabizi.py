"""Round 39 (r39arabizi): Arabizi (Egyptian Arabic in Latin letters, the digits 2, 3, 5, 7, 9 for letters) that the
thirty-ninth black-box round saw published with the check passing. Kinds, each read by the redactor and the check:

(a) an Arabizi name (a digit for a letter, before a letter) after an English relation or role word or an Arabizi kin
    word ("my brother 7ossam", "Dr. Mo7sen", "akhoya 3ali", "ebn 3ammi 5aled", "gedo 3abd el 3aziz"), and a
    capitalised name after an Arabizi kin word ("akhoya Karim");
(b) a phone said in Arabizi digit words ("sefr wa7ed wa7ed, talata arba3a, ...");
(c) an age over 89 before "sana" (years), in figures or in Arabizi words ("93 sana", "tes3een sana");
(d) a street after "share3" (street), its name words or a number and words ("12 share3 Gamal Abdel Nasser", "22
    share3 9 el Ma3adi");
(f) a name after a staff role's duty label, an English word too ("Pharmacist on duty: Ravindra", "Nurse on call:
    Precious");
(e) ordinary Arabizi and English sentences around them that stay: Arabizi verbs after a kin word ("mama 3ayza el
    dawa"), counts glued to their unit ("dad 3days"), codes ("covid19", "B12"), "Nurse on call: Please ring".
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

_NAME = {"Arabizi name after a kin or role word"}

NAMES = [
    # (a) names after kin and role words: (text, the name)
    ("my brother 7ossam will bring the pills", "7ossam"),
    ("akhoya 3ali gab el dawa", "3ali"),
    ("ebn 3ammi 5aled 3ayez yeegy", "5aled"),
    ("mrat akhoya Ra7ma gat el nharda", "Ra7ma"),
    ("Dr. Mo7sen 2al a5od el dawa", "Mo7sen"),
    ("mama 7anan 5adet el dawa", "7anan"),
    ("5alty Ne3mat gat", "Ne3mat"),
    ("gedo 3abd el 3aziz 3ando 80 sana", "3aziz"),
    ("sa7by Ma7moud 3ayesh fi Cairo", "Ma7moud"),
    ("akhoya Karim gab el dawa", "Karim"),
    ("my sister: Sa3ida called", "Sa3ida"),
]
OTHERS = [
    # (b) phones in Arabizi digit words
    "ra2m 7assan: sefr wa7ed wa7ed, talata arba3a, khamsa sitta sab3a, tamanya tes3a|talata arba3a",
    "ra2m 7assan: sefr wa7ed etnein, talata talata arba3a, 5amsa sitta sab3a tamanya|5amsa sitta",
    # (c) ages over 89
    "teta 3andaha 93 sana|93",
    "gedo 3ando 95 sana|95",
    "teta 3andaha tes3een sana|tes3een",
    # (d) streets
    "3amty sakna fi 12 share3 Gamal Abdel Nasser, Maadi|Nasser",
    "3ayesh fi 22 share3 9 el Ma3adi|Ma3adi",
    # (f) the one on duty after a staff label
    "Pharmacist on duty: Ravindra|Ravindra",
    "Nurse on call: Precious|Precious",
    "Pharmacist on duty - Olumide, ring before six|Olumide",
]


KEPT = [
    "mama 3ayza el dawa el sob7",
    "my son took 2 tabs, dad 3days left",
    "my brother has covid19 and B12 low",
    "ana 5adt el dawa el sob7",
    "akhoya 3ando sokkar",
    "Nurse on call: Please ring the clinic",
]


#: the names with the check's kind, then the other identifiers (any kind), each "text|secret"
CAUGHT = [(text, name, _NAME) for text, name in NAMES] + [(*line.split("|"), None) for line in OTHERS]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kinds"), CAUGHT + [(text, None, None) for text in KEPT])
def test_arabizi_identifiers_go_for_both_sides_and_ordinary_words_stay(deid, index, text, secret, kinds):
    """(a)-(d) go and the check sees them raw, not in the output; (e) stays and the check is silent."""
    if secret is None:
        probes.assert_free_text_kept(deid, index, text)
    else:
        probes.assert_free_text_caught(deid, index, text, secret, kinds)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_arabizi_readings_cost_in_proportion(deid, index):
    """A name after a kin word, a phone in digit words and an old age, repeated: time in proportion to the length."""
    names, phone, age = CAUGHT[1][0], CAUGHT[11][0], CAUGHT[13][0]
    probes.assert_cost_in_proportion(deid, index, f"{names}; {phone}. {age}. ", sizes=(125, 500))
