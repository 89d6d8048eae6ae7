"""Round 26 (branch r26ages): ages over 89, years of birth over 89 and the owner's date of birth in number words that
the twenty-sixth black-box tester got past both sides, each kind both ways (the redactor takes it out, the check sees
it in the raw text and nothing of its kind in the output; a dose, a reading, a weight, a speed, a younger person or a
year that is no birth stays):

a. a bare figure of 90 to 119 after a verb of age, an end, a mark, a join or a word of time after it and no unit
   ("ella tiene 91", "halmeoni is 93 this year", "η κυρία Ελένη είναι 96", "going 90 next week", "Tante Liesel wird am
   3. März 95"), in many languages, a relative clause between the person and the verb too ("my mother-in-law Edna,
   who lives with us, is 94"), from ``agewords.BARE_AGE_PERSONS``, ``BARE_AGE_VERBS``, ``BARE_AGE_FOLLOWERS`` and
   ``RELATIVE_CLAUSE_OPENERS``; a unit after the figure keeps it ("mi suegra Pilar tiene 93 kilos");
b. a year of birth after the birth words of other scripts and languages, in the Thai Buddhist era and Japanese eras
   ("เกิดปี 2472", "مواليد ١٩٣٠", "lahir tahun 1929", "γεννήθηκε το 1930", "昭和5年生まれ", "昭和五年生まれ"), from
   ``agewords.BIRTH_WORDS_BEFORE_A_YEAR``, ``BIRTH_WORDS_AFTER_A_YEAR``, ``THAI_BIRTH_WORDS``, ``JAPANESE_ERA_STARTS``,
   ``ERA_YEAR_NUMERALS``;
c. the owner's day and month said as numbers joined by "del"/"do" ("nací el once del once del cuarenta y siete").
"""

from __future__ import annotations

import datetime

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner_kinds, redacted, shape_kinds

AGE = "age over 89"
YEAR = "year of birth over 89"

BARE_AGES = [
    ("ella tiene 91", "91"), ("Ella tiene 91.", "91"), ("mi abuelo ya tiene 97 y sigue fuerte", "97"),
    ("Tante Liesel wird am 3. März 95", "95"), ("Oma wird nächste Woche 94.", "94"), ("halmeoni is 93 this year", "93"),
    ("η κυρία Ελένη είναι 96", "96"), ("η γιαγιά μου είναι 96.", "96"), ("going 90 next week", "90"),
    ("she's going 91 on Sunday", "91"), ("turning 92 on Sunday", "92"),
    ("my mother-in-law Edna, who lives with us, is 94", "94"), ("mi suegra, que vive conmigo, tiene 93.", "93"),
    ("ELLE A 92 ET ELLE MARCHE", "92"), ("elle a 92 et elle marche", "92"), ("lei ha 95.", "95"),
    ("ela tem 91 e ainda cozinha", "91"), ("hij is 94 en woont alleen", "94"), ("Opa wordt volgende week 93", "93"),
    ("ona ma 92.", "92"), ("si lola ay 93 na", "93"), ("93 na si lola", "93"), ("nenek saya sudah 93", "93"),
    ("babaannem bu yıl 93 oldu", "93"), ("she's 95 and sharp", "95"), ("ella  tiene  96 ,y camina", "96"),
    ("Edna is 94.", "94"), ("Rosa tiene 95 y vive sola", "95"), ("Ramón tiene 95.", "95"),
    ("Walter, who lives with us, is 94", "94"),
]
BARE_KEPT = [
    "tiene 91 de glucosa", "is 93 mg/dL", "mi suegra Pilar tiene 93 kilos", "page 95", "bus 93", "95% adherence",
    "going 90 km/h", "going 90 on the highway", "my glucose is 95.", "mom's sugar is 95.", "Mom's Glucose is 95",
    "ella tiene 91 pastillas", "she is 95% adherent", "the score is 93.", "he got 95 on the test", "la dosis es 95.",
    "ella tiene 81", "elle a 92 mg", "Opa wird nächste Woche 84.", "oma wiegt 95 kg", "she is 5 ft and 95 lbs",
    "el Ensure tiene 95.", "Oma hat 95 Tabletten", "mi abuela tiene 95 pastillas", "el médico dice que tiene 95.",
    "BP is 95 and HR 80", "she is 90 minutes away",
]
BIRTH_YEARS = [
    ("เกิดปี 2472", "2472"), ("ยายเกิดปี 2472", "2472"), ("مواليد 1930", "1930"), ("مواليد ١٩٣٠", "١٩٣٠"),
    ("ولد عام 1929", "1929"), ("1931년생", "1931"), ("lahir tahun 1929", "1929"), ("LAHIR TAHUN 1929", "1929"),
    ("γεννήθηκε το 1930", "1930"), ("1930 doğumlu", "1930"), ("sinh năm 1930", "1930"), ("1930年生まれ", "1930"),
    ("昭和5年生まれ", "昭和5"), ("昭和元年生まれ", "昭和元"), ("大正12年生まれ", "大正12"), ("1930年出生", "1930"),
    ("昭和五年生まれ", "昭和五"), ("大正十二年生まれ", "大正十二"), ("昭和十一年生まれ", "昭和十一"),
    ("明治四十五年生まれ", "四十五"),
    ("เกิดปี ๒๔๗๒", "๒๔๗๒"), ("เกิด พ.ศ. 2479", "2479"),
]
BIRTH_KEPT = ["since 1930", "the clinic was founded 1930", "lahir tahun 1950", "1950年生まれ", "昭和20年生まれ",
              "昭和十二年生まれ", "昭和二十年生まれ", "เกิด พ.ศ. 2480",
              "เกิด พ.ศ. 2500", "مواليد 1960", "γεννήθηκε το 1950", "1960 doğumlu"]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), BARE_AGES)
def test_a_bare_age_after_a_verb_goes_for_both_sides(deid, text, secret):
    out = redacted(deid, text)
    assert (AGE in shape_kinds(text), secret in out, AGE in shape_kinds(out)) == (True, False, False), out
    assert "<AGE>" in out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", BARE_KEPT)
def test_a_dose_a_reading_a_weight_or_a_younger_age_stays(deid, text):
    assert ("<AGE>" in redacted(deid, text), AGE in shape_kinds(text)) == (False, False), text


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["Max is 95.", "Peak is 95.", "la glucosa de mi abuela tiene 95.",
                                  "Average was 93 this week"])
def test_the_check_refuses_no_reading_the_redactor_may_take_for_an_age(text):
    """The redactor may take these for ages (recall first); the check, reading a bare age on its own, sees none: a
    refusal would stop a lake for a reading."""
    assert AGE not in shape_kinds(text), text


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), BIRTH_YEARS)
def test_a_year_of_birth_over_89_goes_for_both_sides(deid, text, secret):
    out = redacted(deid, text)
    assert (YEAR in shape_kinds(text), secret in out, YEAR in shape_kinds(out)) == (True, False, False), out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", BIRTH_KEPT)
def test_a_year_that_is_no_birth_or_a_later_birth_stays(deid, text):
    assert (redacted(deid, text), YEAR in shape_kinds(text)) == (text, False), text


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("dob", "text", "secret"), [
    (datetime.date(1947, 11, 11), "nací el once del once del cuarenta y siete", "once del once"),
    (datetime.date(1947, 11, 11), "nací el 11 del 11 del 47", "11 del 11"),
    (datetime.date(1947, 11, 11), "Nací el ONCE DEL ONCE del cuarenta y siete", "ONCE DEL ONCE"),
    (datetime.date(1947, 11, 11), "nasci a onze do onze de quarenta e sete", "onze do onze"),
    (datetime.date(1947, 11, 11), "nasci em onze de novembro de mil novecentos e quarenta e sete", "onze de novembro"),
    (datetime.date(1947, 11, 11), "sono nato l'undici novembre millenovecentoquarantasette", "undici novembre"),
    (datetime.date(1958, 3, 3), "nací el tres del tres del cincuenta y ocho", "tres del tres"),
    (datetime.date(1958, 3, 3), "el tres de marzo del cincuenta y ocho", "tres de marzo"),
    (datetime.date(1958, 3, 3), "nací el 3 del 3", "3 del 3"),
])
def test_the_owners_birthday_by_numbers_joined_with_del_goes(deid, dob, text, secret):
    patient = probes.owner("Carmen Ruiz", dob=dob)
    out = redacted(deid, text, patient)
    assert (bool(owner_kinds(patient, text)), secret in out, owner_kinds(patient, out)) == (True, False, set()), out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["tomé 11 de 11 pastillas", "me quedan 11 de 11", "tomé once de once",
                                  "la 11 de la mañana"])
def test_other_days_and_counts_joined_with_de_stay_for_the_owner(deid, text):
    patient = probes.owner("Carmen Ruiz", dob=datetime.date(1947, 11, 11))
    assert (redacted(deid, text, patient), owner_kinds(patient, text)) == (text, set()), text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", [
    "mi suegra Pilar, que vive con ella, ya ", "Tante Liesel wird am 3. März ", "my mother-in-law Edna Mae Parker, ",
    "η κυρία Ελένη είναι ", "she is going ", "lahir tahun tahun tahun ", "เกิดปีเกิดปี ", "昭和昭和5年", "昭和十十十十",
    "11 del 11 del ",
    "tiene 91 de ", "93 na si ", "babaannem bu yıl ", "Rosa Maria Luisa, que ", "Edna Mae ",
])
def test_the_round26_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
