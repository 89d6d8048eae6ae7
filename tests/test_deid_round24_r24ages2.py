"""Round 24 (branch r24ages2): ages over 89 a black-box tester got past both sides, each kind both ways (the redactor
takes every figure out, the check sees the age in the raw text and none in the output; a dose, a younger age or an
everyday word stays):

a. the "of" of an age in Spanish, Portuguese, French and Italian after a relation, maybe a name and a comma ("mi
   suegra de 92 y mi suegro de 96", "mi tía rosario, de 97", "minha sogra de 91 anos e meu sogro de 94"), and an older neighbour's
   honorific read as a relation ("doña conchi, tiene 95"), from ``agewords.AGE_LINK_VERBS`` and
   ``agewords.MORE_KIN_WORDS``;
b. a counter of years of age of Japanese, Chinese or Korean, the number in figures or in romanised or scripted words
   ("kyuujuu-go sai", "96 sui", "jiushiliu sui", "gusip-chil sal", "baek sal", "97살", "아흔일곱 살", "九十五歳"), from
   ``agewords.OLD_NUMBER_HEADS``, ``OLD_NUMBER_UNITS`` and the counters; a romanised counter needs a hyphen before it
   or an end, a mark or a particle after it ("sal" is salt, "sai" a verb elsewhere).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import redacted, shape_kinds

AGE = "age over 89"

OF_AN_AGE = [
    ("mi suegra de 92 y mi suegro de 96", ("92", "96")),
    ("mi tía rosario, de 97, y mi tío paco, de 99", ("97", "99")),
    ("mi tía rosario, de 97, se olvida las pastillas", ("97",)),
    ("minha sogra de 91 anos e meu sogro de 94 moram comigo", ("91", "94")),
    ("abuelos de 91 y 93 años", ("91", "93")),
    ("mis tíos político, de 93 y 95, viven en Toledo", ("93", "95")),
    ("mi vecina del tercero, doña conchi, tiene 95", ("95",)),
    ("minha avó dona zefa tem 97", ("97",)),
]

BY_A_COUNTER = [
    ("obaasan wa kyuujuu-go sai desu", ("kyuujuu-go",)), ("ojiichan wa hyaku-sai", ("hyaku",)),
    ("obaachan wa 95 sai desu", ("95",)), ("obaachan Tanaka Hanako wa 95-sai desu", ("95",)),
    ("おばあちゃんは95歳です", ("95",)), ("祖母は九十五歳です", ("九十五",)),
    ("nainai 96 sui le", ("96",)), ("waipo Chen Meilan jiushiwu sui", ("jiushiwu",)),
    ("yeye jiushiliu sui", ("jiushiliu",)), ("奶奶九十六岁了", ("九十六",)),
    ("halmeoni-neun gusip-chil sal", ("gusip-chil",)), ("harabeoji-neun baek sal", ("baek",)),
    ("halmeoni-neun gusip-chil sal, harabeoji-neun baek sal", ("gusip-chil", "baek")),
    ("할머니는 97살", ("97",)), ("할머니는 아흔일곱 살이에요", ("아흔일곱",)), ("할아버지는 92세", ("92",)),
    ("halmeoni 97 sal ieyo", ("97",)),
]

KEPT = [
    "sal 90 g", "agregar sal 90 gramos", "o ônibus 95 sai às 10", "musuko wa 5 sai desu",
    "adeul 30 sal", "my son is 5 sai", "mi suegra de 85 años", "mi abuela de 90 kg no, de 60", "mi tío de 95 mg",
    "sal e pimenta 100 g", "la casa de 95 metros", "o número 95 sai amanhã", "nonna di 92 mg",
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secrets"), OF_AN_AGE + BY_A_COUNTER)
def test_an_age_of_a_relation_or_by_an_asian_counter_goes_for_both_sides(deid, text, secrets):
    """The check sees the age in the raw text; the redactor takes every number out, and the check sees no age left in
    what it publishes."""
    out = redacted(deid, text)
    left = [secret for secret in secrets if secret in out]
    assert (AGE in shape_kinds(text), "<AGE>" in out, left, AGE in shape_kinds(out)) == (True, True, [], False), out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", KEPT)
def test_a_dose_a_younger_age_or_salt_stays(deid, text):
    assert ("<AGE>" in redacted(deid, text), AGE in shape_kinds(text)) == (False, False), text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", ["kyuujuu-go ", "95 sai ", "gusip-", "mi suegra de 92 y ", "baek sal, ",
                                   "jiushi liu "])
def test_the_round24_r24ages2_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["halmeoni-neun gusip-chil sal, harabeoji-neun baek sal",
                                  "harabeoji-neun baek sal, halmeoni-neun gusip-il sal"])
def test_a_korean_age_counter_in_lower_case_is_no_given_name_to_the_check(deid, text):
    """The check refused these as "name where a person stands" ("sal" read as the given name Sal): it publishes what
    the redactor leaves (the ages gone), and a capitalised "Sal" before a verb is still a name."""
    from features.deid.leakcheck import third_party_shapes

    out = redacted(deid, text)
    assert (third_party_shapes(probes._PLACEHOLDER.sub(" ", out)), third_party_shapes("Sal, margaret called")) == (
        [], ["name where a person stands"]), out
