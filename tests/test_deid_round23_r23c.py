"""Round 23 (branch r23c): third parties' names and ages over 89 a black-box tester found published, each kind both
ways (the redactor takes it out, the check sees it in the raw text and nothing in the output; the ordinary sentence
near it stays):

a. a Chinese name glued to a relation word the round-22 reading did not list: grandparents, a spouse of many years,
   in-laws and the one-character "妈" and "爸" ("我奶奶王秀英住院了", "我妈张淑芬吃了药", "我老伴李建华帮我拿药"), read from
   ``peoplewords.HAN_RELATIONS`` by ``script_names`` and ``leakscripts``;
b. an age over 89 right after the grandparents of many languages and the family's shorthand ("Pépé 95", "Bà 95",
   "Bubbe 97 and Zayde 98", "MIL 95", "GGM 99") and after persons in the plural ("the twins are 91", "they're both
   93", "we are 92 and 94"), from ``agewords.AGE_PERSON_WORDS`` and ``agewords.PLURAL_AGE_SUBJECTS``;
c. a year of birth in two figures after "of", with an apostrophe or in French and Italian ("mi abuela es del '28",
   "papa est de 29", "nonno del '29"), when a relation is said of and the year makes them over 89.
"""

from __future__ import annotations

import re

import pytest

from features.deid.leakscripts import holds_related_cjk_name
from features.deid.script_names import related_cjk_name_spans
from tests import deid_probes as probes
from tests.deid_probes import redacted, shape_kinds

AGE = "age over 89"
BIRTH_YEAR = "year of birth over 89"

# --------------------------------------------------------------------------- a. Chinese names after family words

NAMES_AFTER_FAMILY_WORDS = [
    ("我奶奶王秀英住院了", "王秀英"), ("我妈张淑芬吃了药", "张淑芬"), ("我老伴李建华帮我拿药", "李建华"),
    ("我外婆刘桂兰九十五岁了", "刘桂兰"), ("我爷爷陈国强每天吃药", "陈国强"), ("我爸赵志刚来过了", "赵志刚"),
    ("我外公黄德明住院了", "黄德明"), ("婆婆孙玉梅帮我拿药", "孙玉梅"), ("我媽林美玲吃了藥", "林美玲"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), NAMES_AFTER_FAMILY_WORDS)
def test_a_chinese_name_after_a_family_word_goes_for_both_sides(deid, text, secret):
    assert holds_related_cjk_name(text), text
    out = redacted(deid, text)
    assert secret not in out, out
    assert not holds_related_cjk_name(re.sub(r"<[A-Z_]+>", " ", out)), out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["我妈吃了药", "我奶奶住院了", "我老伴帮我拿药", "我爸常吃药", "我妈高血压又犯了",
                                  "我妈明天来", "奶奶和爷爷住院了", "我外婆九十五岁了", "我爸每天散步"])
def test_a_family_word_before_no_name_stays(deid, text):
    assert not holds_related_cjk_name(text), text
    assert not related_cjk_name_spans(text), text
    assert "<PERSON>" not in redacted(deid, text)


# --------------------------------------------------------------------------- b. ages after kin words and plurals

AGES_AFTER_KIN_AND_PLURALS = [
    ("Pépé 95 prend son Kardegic", "95"), ("Mémé 96", "96"), ("Bà 95", "95"), ("Yiayia 96", "96"),
    ("Bubbe 97 and Zayde 98", "97"), ("Bubbe 97 and Zayde 98", "98"), ("MIL 95", "95"), ("FIL 91", "91"),
    ("GGM 99", "99"), ("the twins are 91", "91"), ("they're both 93", "93"), ("we are 92 and 94", "92"),
    ("we are 92 and 94", "94"), ("Auntie Mae 97yo", "97"), ("mormor 94 bor själv", "94"),
    ("they are both 95 and still drive", "95"), ("both 96 and sharp as tacks", "96"),
]


KEPT_AFTER_KIN_AND_PLURALS = ["dog (95)", "BP 95/60", "95 mg", "SpO2 94", "glucose 96", "we are 92% adherent",
                              "they're both 90 mg tablets", "they are 95 mg each", "glucose readings both 95",
                              "we are 95 minutes away", "Bubbe 97 mg", "MIL 95 kg"]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["my aunt Mae called", "our aunt Mae drove her"])
def test_a_given_name_that_is_a_relation_abroad_goes_after_a_kin_word(deid, text):
    """"Mae" is also Portuguese "mãe" folded: after an English kin word and capitalised it is a name (redactor only:
    the check reads no third party's Latin given name)."""
    assert "Mae" not in redacted(deid, text)


# --------------------------------------------------------------------------- c. "is of '28"

BIRTH_YEARS_OF = [
    ("mi abuela es del '28", "28"), ("papa est de 29", "29"), ("nonno del '29 prende la cardioaspirina", "29"),
    ("mi padre es del 31", "31"), ("ma grand-mère est de 1928", "1928"), ("il nonno è del ’30", "30"),
]


KEPT_AFTER_OF = ["la glycémie est de 12", "la dose est de 29 mg", "le poids est de 30 kg", "papa est de 85",
                 "il nonno è del '50", "la cifra è del 29 per cento", "mon fils est de 95", "la tension est de 13"]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kind"), [(t, s, AGE) for t, s in AGES_AFTER_KIN_AND_PLURALS]
                         + [(t, s, BIRTH_YEAR) for t, s in BIRTH_YEARS_OF])
def test_an_age_or_a_birth_year_after_a_kin_word_or_a_plural_goes_for_both_sides(deid, text, secret, kind):
    probes.assert_shape_caught(deid, text, secret, kind)
    assert ("<AGE>" if kind == AGE else "<DATE>") in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "kind"), [(t, AGE) for t in KEPT_AFTER_KIN_AND_PLURALS]
                         + [(t, BIRTH_YEAR) for t in KEPT_AFTER_OF])
def test_a_reading_a_quantity_or_a_younger_year_after_a_kin_word_stays(deid, text, kind):
    out = redacted(deid, text)
    assert "<AGE>" not in out and (kind == AGE or out == text), out
    assert kind not in shape_kinds(text), text


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", ["我奶奶王秀英住院了 ", "我妈 ", "Bubbe 97 and ", "they're both 93 ", "we are 92 and ",
                                   "both both ", "papa est de 29 ", "nonno del '29 ", "de de '2"])
def test_the_round23_r23c_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
