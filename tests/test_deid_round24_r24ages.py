"""Round 24 (branch r24ages): ages over 89 a black-box tester got past both sides, each kind both ways (the redactor
takes every figure out, the check sees the age in the raw text and none in the output; the reading, dose or younger
age near it stays):

a. persons in the plural, in-laws, great- and step- relations, in many languages, maybe a verb or two of being or
   having, and one figure or several listed ("my grandparents are 93 and 96", "my in-laws are 93", "meine Großeltern
   sind 92 und 94", "her folks, 94 and 97, live with her", "my aunts are 91, 93 and 95"), from
   ``agewords.plural_kin_words``, ``agewords.AGE_LINK_VERBS`` and ``agewords.AGE_LIST_JOINS``;
b. a relation and a name in lower case that the given-name lists lack or call an everyday word ("grandad ted 95",
   "uncle ed 94", "nonna pina 93", "granny sue 95"), any word after the relation read as a name unless it is a verb, a
   preposition or a reading (``agewords.NOT_NAMES_BEFORE_A_FIGURE``), and the round-23 wordings said otherwise
   ("Grandma Edna is 94", "Oma Grete ist 96", "mi abuela tiene 97").
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import redacted, shape_kinds

AGE = "age over 89"

# --------------------------------------------------------------------------- a. plurals, in-laws, lists

AGES_OF_PERSONS_IN_THE_PLURAL = [
    ("my grandparents are 93 and 96", ("93", "96")), ("my in-laws are 93", ("93",)),
    ("meine Großeltern sind 92 und 94", ("92", "94")), ("mis abuelos tienen 91 y 95 años", ("91", "95")),
    ("her folks, 94 and 97, live with her", ("94", "97")), ("my aunts are 91, 93 and 95", ("91", "93", "95")),
    ("my uncles are 92 & 94", ("92", "94")), ("my great-grandparents are 101 and 104", ("101", "104")),
    ("my brothers-in-law are 90 and 92", ("90", "92")), ("oma und opa sind 92 und 94", ("92", "94")),
    ("i nonni hanno 91 e 94 anni", ("91", "94")), ("my grandparents, 93 and 96, live with us", ("93", "96")),
    ("our grandparents (93 and 96) live nearby", ("93", "96")), ("my parents-in-law are 92 and 97", ("92", "97")),
    ("meine Eltern sind 91 und 96 Jahre alt", ("91", "96")),
    ("my grandchildren are 90 and 92", ("90", "92")), ("my great aunts are 93 and 95", ("93", "95")),
    ("mis padres tienen 90 y 93 años", ("90", "93")), ("my grandparents are 89 and 93", ("93",)),
]

# --------------------------------------------------------------------------- b. a relation and a name in lower case

AGES_AFTER_A_RELATION_AND_A_NAME = [
    ("grandad ted 95", "95"), ("uncle ed 94", "94"), ("nonna pina 93", "93"), ("granny sue 95", "95"),
    ("Grandma Edna is 94", "94"), ("my sister-in-law ruth is 91", "91"),
    ("mi abuela tiene 97", "97"), ("Oma Grete ist 96", "96"), ("my gran, 96, lives with us", "96"),
]

KEPT = [
    "my mom's sugar was 95", "dad's bp 94/60", "grandpa takes 100 mg", "my son's o2 was 96%", "mom's weight 92 kg",
    "pulse 98", "my grandparents are 83 and 86", "my grandkids are 9 and 12", "grandpa's glucose 110",
    "my grandparents take 100 mg", "nonna pina takes 93 mg", "grandma's pulse 98", "uncle ed 94 mg",
    "my grandparents are 90 minutes away", "grandad ted 95 kg", "my in-laws paid 100 dollars", "mom ran 95",
    "dad ate 95 grapes", "she got 95", "grandpa got 95 on the quiz", "dad walked 95", "uncle ed 94/60",
    "my grandparents take 92 and 95 mg", "my parents walked 95 miles", "grandma takes 95 units", "dad's sats 96",
]


CAUGHT = AGES_OF_PERSONS_IN_THE_PLURAL + [(text, (secret,)) for text, secret in AGES_AFTER_A_RELATION_AND_A_NAME]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secrets"), CAUGHT)
def test_every_age_after_a_relation_plural_or_named_goes_for_both_sides(deid, text, secrets):
    """The check sees the age in the raw text; the redactor takes every figure of the list out, and the check sees
    no age left in what it publishes."""
    out = redacted(deid, text)
    left = [secret for secret in secrets if secret in out]
    assert (AGE in shape_kinds(text), "<AGE>" in out, left, AGE in shape_kinds(out)) == (True, True, [], False), out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", KEPT)
def test_a_reading_a_dose_or_a_younger_age_after_a_relation_stays(deid, text):
    assert ("<AGE>" in redacted(deid, text), AGE in shape_kinds(text)) == (False, False), text


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", ["my grandparents are 93 and ", "grandad ted 95 ", "folks, 94, 97, ", "aunts 9 & ",
                                   "nonna pina ", "in-laws are both "])
def test_the_round24_r24ages_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
