"""The seventeenth black-box round's leftover of digit words (round 18, kind f): digits said one by one in Spanish,
Portuguese, Italian or French with the language's word for a dash between the groups ("dos uno dos guion cuatro
...") are one run on both sides: a phone or an SSN goes and the check sees it left; the owner's phone so said goes; a
dash word between two counts ("dos guion tres pastillas") stays and the check is quiet."""

from __future__ import annotations

import pytest

from features.deid.normalize import numbers_as_figures
from tests.deid_probes import assert_free_text_caught, assert_free_text_kept, assert_owner_caught, owner

SAID = [
    ("llama al dos uno dos guion cuatro dos tres guion cuatro cinco seis siete", "cuatro cinco seis"),
    ("mi seguro social es uno dos tres guión cuatro cinco guión seis siete ocho nueve", "seis siete ocho"),
    ("ligue dois um dois hífen quatro dois três hífen quatro cinco seis sete", "quatro cinco seis"),
    ("chiama due uno due trattino quattro due tre trattino quattro cinque sei sette", "quattro cinque sei"),
    ("appelle deux un deux tiret quatre deux trois tiret quatre cinq six sept", "quatre cinq six"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), SAID)
def test_a_number_said_with_a_dash_word_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_owners_phone_said_with_guion_goes(deid):
    patient = owner(phone="(212) 423-4567")
    assert_owner_caught(deid, patient, "mi cel es dos uno dos guion cuatro dos tres guion cuatro cinco seis siete",
                        "cuatro cinco seis")


@pytest.mark.verifies("REQ-DEID-002")
def test_a_said_dash_between_figures_is_one_dash():
    assert any("2 1 2-4 2 3-4 5 6 7" in view for view in numbers_as_figures(
        "dos uno dos guion cuatro dos tres guion cuatro cinco seis siete"))


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["tomo dos guion tres pastillas al día", "cinco guión seis horas de sueño",
                                  "o guion do filme era bom"])
def test_a_dash_word_between_counts_stays(deid, index, text):
    assert_free_text_kept(deid, index, text)
