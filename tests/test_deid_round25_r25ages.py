"""Round 25 (branch r25ages): ages over 89 the twenty-fifth black-box tester got past both sides, each kind both ways
(the redactor takes the number out, the check sees the age in the raw text and none in the output; a dose, a reading,
money, a younger age or an everyday word stays):

a. the Sino-Korean counter "se" romanised after a hyphen, glued to figures or before an end or a Korean copula
   ("halmeoni 95-se", "halmeonineun gusibo se", "harabeoji gusip-o-se-sida", "95se"), a romanised counter before a
   Korean copula ("96 sal iseyo"), the liaison of spoken romanisation ("gusibo", "gusimnyuk"), from
   ``agewords.KOREAN_SINO_COUNTERS``, ``KOREAN_COUNTER_FOLLOWERS`` and ``KOREAN_LIAISON_HEADS``;
b. an age in Chinese, Japanese or Korean with no counter after a relation, maybe words of time, then "了", a copula,
   an end or a mark ("奶奶今年九十五了", "爷爷今年96了", "外婆已经九十三了", "我爸九十一了", "祖母はもう95です",
   "할머니는 올해 아흔다섯이세요"), from ``agewords.CJK_AGE_PERSONS``, ``CJK_AGE_FILLERS`` and ``CJK_AGE_ENDINGS``;
c. Vietnamese numbers of 90 and more in words, with and without marks, before "tuổi" or after a relation and words of
   time ("bà tôi chín mươi lăm tuổi", "ông nội năm nay chín mươi sáu", "ba toi chin muoi lam tuoi"), from
   ``agewords.VIETNAMESE_OLD_HEADS`` and ``VIETNAMESE_UNITS``;
d. a name of one to three words, maybe in lower case, after a comma or a parenthesis and an honorific, between an
   in-law (or any relation) and the verb of the age, in the languages the age readings cover ("my mother-in-law Edna
   is 94", "my father in law, Walter, turns 96", "mi suegro Don Ramón tiene 95", "min svärmor Britt är 93", "mein
   Schwiegervater Kurt wird bald 96"), from ``agewords.IN_LAW_WORDS``, ``HONORIFICS_BEFORE_A_NAME``,
   ``MORE_AGE_LINK_VERBS`` and ``AGE_LINK_ADVERBS``.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import redacted, shape_kinds

AGE = "age over 89"

KOREAN = [
    ("halmeoni 95-se", ("95",)), ("uri halmeonineun gusibo se", ("gusibo",)),
    ("uri harabeoji-neun gusip-o-se-sida, geonganghaseyo", ("gusip-o",)), ("95se", ("95",)),
    ("halmeoni-neun 96 sal iseyo", ("96",)), ("96 sal-iseyo", ("96",)), ("halmeoni 95 se imnida", ("95",)),
    ("harabeoji-neun 97se-sida", ("97",)), ("uri halmeoni-neun baek-se", ("baek",)), ("할머니는 95세세요", ("95",)),
    ("halmeoni-neun 93sal ieyo", ("93",)),
]
CJK_NO_COUNTER = [
    ("奶奶今年九十五了", ("九十五",)), ("爷爷今年96了", ("96",)), ("外婆已经九十三了", ("九十三",)),
    ("我爸九十一了", ("九十一",)), ("我媽今年都九十多了", ("九十",)), ("爺爺已經一百零二了", ("一百零二",)),
    ("外公今年92，身体还好", ("92",)), ("祖母はもう95です", ("95",)), ("おばあちゃんは今年九十五になりました", ("九十五",)),
    ("할머니는 올해 아흔다섯이세요", ("아흔다섯",)), ("할아버지는 벌써 95이세요", ("95",)),
]
VIETNAMESE = [
    ("bà tôi chín mươi lăm tuổi", ("chín mươi lăm",)), ("ông nội năm nay chín mươi sáu", ("chín mươi sáu",)),
    ("bà ngoại 93 tuổi rồi", ("93",)), ("mẹ tôi đã chín mươi mốt tuổi", ("chín mươi mốt",)),
    ("ba toi chin muoi lam tuoi", ("chin muoi lam",)), ("ong noi nam nay chin muoi sau", ("chin muoi sau",)),
    ("bà nội năm nay một trăm lẻ hai", ("một trăm lẻ hai",)), ("ông ngoại tôi năm nay 97 rồi", ("97",)),
    ("mẹ chồng tôi chín mươi tư tuổi", ("chín mươi tư",)),
]
NAME_BETWEEN = [
    ("my mother-in-law Edna is 94", ("94",)), ("my father in law, Walter, turns 96", ("96",)),
    ("mi suegra Pilar tiene 93", ("93",)), ("meine Schwiegermutter Helga ist 95", ("95",)),
    ("ma belle-mère Odile a 92 ans", ("92",)), ("la suocera Pina ha 97 anni", ("97",)),
    ("minha sogra Dona Lurdes tem 91", ("91",)), ("my mother-in-law edna is 94", ("94",)),
    ("my mother-in-law, Edna, is 94", ("94",)), ("my mother in law zelphia is 94", ("94",)),
    ("my mother-in-law Mrs Edna Parker is 94", ("94",)), ("my mother-in-law (Edna) is 94", ("94",)),
    ("my granny Edna Mae Parker is 94", ("94",)), ("mi suegro Don Ramón tiene 95", ("95",)),
    ("minha sogra dona lurdes tem 91", ("91",)), ("meu sogro Seu Zé tem 93", ("93",)),
    ("mein Schwiegervater Kurt wird bald 96", ("96",)), ("min svärmor Britt är 93", ("93",)),
    ("min svigermor Grete er 95", ("95",)), ("moja teściowa Halina ma 92 lata", ("92",)),
    ("mijn schoonmoeder Truus is 94", ("94",)), ("his father-in-law Bartholomew will be 95", ("95",)),
    ("mi madrastra Lola tiene 92", ("92",)), ("my mother-in-law Edna is already 94", ("94",)),
    ("my mother-in-law Edna will turn 95", ("95",)), ("min svigerfar Knut fylder 97", ("97",)),
    ("mia suocera la signora Pina ha 97 anni", ("97",)), ("oma und opa sind 92 und 94", ("92", "94")),
]

KEPT = [
    # a.
    "el 95 se fue", "en 1995 se casó", "el bus 95 se va a las 10", "sal 90 g", "musuko wa 5 sai desu",
    "halmeoni 75-se", "adeul 30 sal iseyo",
    # b.
    "今年九十五元", "九十五公斤", "血糖九十五", "奶奶血糖九十五了", "奶奶今年九十五元", "其他九十五了",
    "奶奶今年八十五了", "爷爷吃了95毫克", "祖母は80です", "分母は95です",
    # c.
    "chúc bà sống lâu trăm tuổi", "bà mua chín mươi lăm nghìn", "ông tôi nặng 95 kg", "ông tôi năm nay 85",
    "tôi có 95 viên", "bà tôi tám mươi lăm tuổi", "he owes me 95.", "give me 95!", "ma 95, bo 96",
    "el médico me da 95.",
    # d.
    "my mother-in-law Edna takes 95 units", "my mother-in-law Edna is 64", "my mother-in-law Edna takes 95 mg",
    "my father in law walter paid 95 dollars", "my mother-in-law's sugar was 95",
    "my mother-in-law Edna's glucose is 95", "meine Schwiegermutter Helga wiegt 95 kg", "ma belle-mère Odile a 92 mg",
    "mom ran 95", "grandpa takes 95", "my dad Hector checked his sugar: 95", "my sister-in-law drove 95 miles",
    "my stepfather is 72 and my mother-in-law is 85", "my mother in law walter 95 mg", "she is 95% adherent",
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secrets"), KOREAN + CJK_NO_COUNTER + VIETNAMESE + NAME_BETWEEN)
def test_a_round25_age_goes_for_both_sides(deid, text, secrets):
    """The check sees the age in the raw text; the redactor takes the number out, and the check sees no age left in
    what it publishes."""
    out = redacted(deid, text)
    left = [secret for secret in secrets if secret in out]
    assert (AGE in shape_kinds(text), left, AGE in shape_kinds(out)) == (True, [], False), out


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [text for text, _ in CJK_NO_COUNTER + VIETNAMESE + NAME_BETWEEN[:8]]
                         + ["halmeoni 95-se", "95se", "halmeoni-neun 96 sal iseyo"])
def test_the_redactor_says_it_was_an_age(deid, text):
    assert "<AGE>" in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", KEPT)
def test_a_dose_a_reading_money_or_a_younger_age_stays(deid, text):
    assert ("<AGE>" in redacted(deid, text), AGE in shape_kinds(text)) == (False, False), text


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", ["95-se ", "gusibo se, ", "95se ", "96 sal iseyo ", "奶奶今年九十五了，",
                                   "爷爷今年96", "할머니는 올해 아흔다섯", "chin muoi lam tuoi ", "ông nội năm nay ",
                                   "my mother-in-law, Edna Mae Parker, ", "mi suegro Don Ramón ", "min svärmor "])
def test_the_round25_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
