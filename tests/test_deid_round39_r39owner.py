"""Round 39 (r39owner): the patient's own name in messages, on both sides (the redactor's owner pass and the leak
check's owner readings).

* (a) nicknames the tables lacked, published: Finnish ("Jussi" for Juhani), Swedish ("Inga" for Ingrid and
  Ingeborg), Spanish ("Pacorro", "Paquillo" for Francisco), Polish, Yoruba and Igbo (``aliases._ROUND_39_NICKNAMES``);
  with the cases names take: the Nordic genitive "-s" ("Ingas"), a Polish soft "-ia" nickname's genitive and dative
  ("Kasi" for Kasia), Finnish endings ("Jussille", "Jussin"), Spanish augmentatives after a respelt stem ("Pac|orro",
  "Paqu|illo": ``aliases.SPANISH_SOFT_SPELLINGS``); a short hypocorism before a possessive ("Olu's refill").
* (b) the owner's name in Finnish and Polish cases the redactor missed while the check refused them: Finnish
  consonant gradation ("Pekalle", "Pekan" for Pekka: ``aliases.FINNISH_WEAK_GRADE_ENDINGS``), a Polish "-ska" name's
  "-iej" ("Wiśniewskiej").
* (c) over-redaction: "pilares" (pillars) for an owner named Pilar, on both sides; "Pilar" herself still goes.
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_owner_gone_for_both_sides,
    assert_owner_text_kept,
    owner,
)

KATARZYNA = owner("Katarzyna Wiśniewska", "ul. Długa 5", "Kraków")
OLUWASEUN = owner("Oluwaseun Adeyemi", "12 Allen Avenue", "Lagos")
FRANCISCO = owner("Francisco Gómez", "Calle Mayor 5", "Madrid")
INGRID = owner("Ingrid Larsson", "Storgatan 5", "Uppsala")
INGEBORG = owner("Ingeborg Nilsson", "Storgatan 5", "Uppsala")
JUHANI = owner("Juhani Virtanen", "Mannerheimintie 5", "Helsinki")
PEKKA = owner("Pekka Korhonen", "Mannerheimintie 5", "Helsinki")
MATTI = owner("Matti Nieminen", "Hämeenkatu 5", "Tampere")
PILAR = owner("Pilar Ruiz", "Calle Mayor 5", "Madrid")

#: (owner, message, the piece of the owner's name in it)
NICKNAMES = [
    (KATARZYNA, "Nie było Kasi w domu.", "Kasi"),
    (KATARZYNA, "Powiedz Kasi że lek się skończył.", "Kasi"),
    (KATARZYNA, "rozmawiałam z Kasią o lekach.", "Kasią"),
    (OLUWASEUN, "Olu's refill is due.", "Olu"),
    (OLUWASEUN, "Olu’s pills ran out.", "Olu"),
    (FRANCISCO, "Pacorro no tomó la pastilla.", "Pacorro"),
    (FRANCISCO, "Le di a Paquillo su dosis.", "Paquillo"),
    (INGRID, "Inga glömde tabletten.", "Inga"),
    (INGRID, "Jag ringde Ingas läkare.", "Ingas"),
    (INGEBORG, "Ingas medicin är slut.", "Ingas"),
    (JUHANI, "Soitin Jussille eilen.", "Jussille"),
    (JUHANI, "Jussin lääkkeet loppuivat.", "Jussin"),
    (JUHANI, "Jukalle soitettiin aamulla.", "Jukalle"),
]

#: (owner, message, the piece of the owner's name in a case)
CASES = [
    (PEKKA, "Soitin Pekalle eilen.", "Pekalle"),
    (PEKKA, "hoitaja antoi Pekalle tabletin.", "Pekalle"),
    (PEKKA, "Pekan lääkkeet loppuivat.", "Pekan"),
    (MATTI, "Soitin Matille eilen.", "Matille"),
    (KATARZYNA, "Wiśniewskiej nie było.", "Wiśniewskiej"),
    (KATARZYNA, "u Wiśniewskiej skończył się lek.", "Wiśniewskiej"),
    (KATARZYNA, "lekarz powiedział Katarzynie o dawce.", "Katarzynie"),
    (KATARZYNA, "lek dla Katarzyny jest w aptece.", "Katarzyny"),
]

#: (owner, an ordinary message): published as written, the check silent
KEPT = [
    (PILAR, "los pilares del tratamiento son la dieta y la medicación"),
    (KATARZYNA, "Kasa chorych zwróciła pieniądze za lek."),
    (FRANCISCO, "El paquete de pastillas llegó ayer."),
    (PEKKA, "Pekingin ankka oli hyvää."),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), NICKNAMES)
def test_a_nicknames_in_their_cases_go(deid, patient, text, secret):
    assert_owner_gone_for_both_sides(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), CASES)
def test_b_names_in_finnish_and_polish_cases_go(deid, patient, text, secret):
    assert_owner_gone_for_both_sides(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("patient", "text"), KEPT)
def test_c_ordinary_words_kept(deid, patient, text):
    assert_owner_text_kept(deid, patient, text)


@pytest.mark.verifies("REQ-DEID-001")
def test_c_pilar_herself_still_goes(deid):
    assert_owner_gone_for_both_sides(deid, PILAR, "Pilar tomó la pastilla y los pilares siguen.", "Pilar ")


@pytest.mark.verifies("REQ-DEID-006")
def test_cost_in_proportion(deid, index):
    assert_cost_in_proportion(deid, index, "Soitin Pekalle, Kasi i Ingas, Pacorro y Paquillo, los pilares. ",
                              sizes=(125, 500))
