"""Round 24 (branch r24names2): third parties' names a black-box tester got past both sides (findings L4), each kind
both ways (the redactor takes the name out, the check sees it in the raw text and nothing in the output; the ordinary
sentence beside it stays):

a. a name in lower case after a Spanish or Portuguese title of address ("la señora pilar", "doña mercedes", "seu
   joaquim", "sra. lopez", "el señor ramírez"): a given name, or a Spanish surname in "-ez"; the titles are words too
   ("seu remédio", "dona de casa", "don the brace", "la señora de la farmacia" stay);
b. a Chinese name in pinyin after a pinyin kinship word ("yeye li jianguo", "wo mama wang xiuying"): a common family
   name and a pinyin given name, no English word ("my mama said" stays);
c. a Japanese name of four kanji (a family name of two known kanji and a given name) after a kin word and "の", the
   kin word in kana too ("おばあちゃんの田中花子は");
d. the surname after a Thai given name glued to a title or kin word ("พ่อสมศักดิ์ ใจดี"): the word after the space, unless
   a common word ("ยายมาลี อายุ 92").
"""

from __future__ import annotations

import pytest

from features.deid.leakcheck import _an_english_word
from features.deid.leakscripts import holds_pinyin_name, holds_related_cjk_name
from features.deid.script_names import pinyin_name_spans, related_cjk_name_spans
from features.deid.third_parties import thai_name_spans
from tests import deid_probes as probes
from tests.deid_probes import redacted

# --------------------------------------------------------------------------- a. Spanish and Portuguese titles

TITLED = [
    ("la señora pilar me dijo que tome la pastilla", "pilar"), ("doña mercedes trajo las pastillas", "mercedes"),
    ("seu joaquim da farmácia trouxe o remédio", "joaquim"), ("sra. lopez llamó ayer", "lopez"),
    ("el señor ramírez trajo las pastillas", "ramírez"), ("dona maria trouxe o remédio", "maria"),
    ("don paco vino hoy", "paco"), ("a senhora carmen ligou", "carmen"), ("Doña mercedes y don ramón", "ramón"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), TITLED)
def test_a_name_after_a_title_of_address_goes_in_any_case(deid, index, text, secret):
    assert "name beside an honorific" in probes.third_party_kinds(text), probes.third_party_kinds(text)
    probes.assert_gone_and_clean(deid, index, text, secret)


TITLES_KEPT = ["seu remédio acabou ontem", "dona de casa cuida da mãe", "don the brace before walking",
               "la señora dijo que sí", "mi señora me dijo que tome la pastilla", "seu filho ligou hoje",
               "el señor de la farmacia", "don't forget the pills", "la señora de la farmacia me dijo"]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", TITLES_KEPT)
def test_a_title_of_address_before_no_name_stays(deid, index, text):
    assert "name beside an honorific" not in probes.third_party_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- b. pinyin after a kinship word

PINYIN = [("yeye li jianguo too", "jianguo"), ("nainai zhou guilan took it", "guilan"),
          ("wo mama wang xiuying lai le", "xiuying"), ("my laogong chen jianhua picked them up", "jianhua"),
          ("jiejie Zhang Xiuying called", "Xiuying")]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), PINYIN)
def test_a_pinyin_name_after_a_kinship_word_goes_on_both_sides(deid, text, secret):
    assert holds_pinyin_name(text, _an_english_word), text
    assert pinyin_name_spans(text, _an_english_word), text
    probes.assert_third_party_caught(deid, text, secret, {"Chinese name in pinyin after a kinship word"})


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["my mama said take it", "my baba li said hello", "mama mia that was a lot",
                                  "baba he said the pills are fine", "my mama and baba came"])
def test_mama_and_baba_before_no_pinyin_name_stay(deid, text):
    assert not holds_pinyin_name(text, _an_english_word), text
    assert not pinyin_name_spans(text, _an_english_word), text
    assert "<PERSON>" not in redacted(deid, text)


# --------------------------------------------------------------------------- c. Japanese four-kanji names

JAPANESE = [("おばあちゃんの田中花子は95歳です", "田中花子"), ("母の山本花子は元気です", "山本花子"),
            ("おじいちゃんの中村一郎が来ます", "中村一郎")]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), JAPANESE)
def test_a_japanese_full_name_after_a_kin_word_goes_on_both_sides(deid, text, secret):
    read = {text[start:end] for _, start, end, _ in related_cjk_name_spans(text)}
    assert secret in read, read
    probes.assert_third_party_caught(deid, text, secret, {"name in Hangul or Han after its cue"})
    assert secret[2:] not in redacted(deid, text)  # the given name too


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["おばあちゃんの誕生日は明日です", "母の病院予約は明日"])
def test_a_japanese_kin_word_before_no_name_stays(deid, text):
    assert not holds_related_cjk_name(text), text
    assert "<PERSON>" not in redacted(deid, text)


# --------------------------------------------------------------------------- d. Thai surnames

THAI = [("พ่อสมศักดิ์ ใจดี มาแล้ว", "ใจดี"), ("ยายมาลี ศรีสุข อายุ 92 ปี", "ศรีสุข"), ("แม่สมศรี ใจดี โทรมา", "ใจดี"),
        ("คุณวิชัย รักไทย จะมาพรุ่งนี้", "รักไทย")]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "surname"), THAI)
def test_the_surname_after_a_titled_thai_name_goes_on_both_sides(deid, text, surname):
    assert any(text[e - len(surname):e] == surname for _, _, e, _ in thai_name_spans(text)), thai_name_spans(text)
    probes.assert_third_party_caught(deid, text, surname, {"Thai surname after a titled name"})


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("text", "kept"), [("ยายมาลี อายุ 92 ปี", "อายุ"), ("แม่สมศรี สบายดี", "สบายดี"),
                                            ("พี่สมชายมาแล้ว ขอบคุณ", "ขอบคุณ"), ("คุณสมชาย อายุ 92 ปี", "อายุ")])
def test_a_common_word_after_a_titled_thai_name_stays(deid, text, kept):
    assert "Thai surname after a titled name" not in probes.third_party_kinds(text)
    out = redacted(deid, text)
    assert kept in out, out
    assert "Thai surname after a titled name" not in probes.third_party_kinds(out)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_check_sees_a_thai_surname_left_beside_a_redacted_given_name():
    """The redactor's old output ("พ่อ<PERSON> ใจดี") is refused: the surname after the placeholder is seen."""
    assert "Thai surname after a titled name" in probes.third_party_kinds("พ่อ<PERSON> ใจดี มาแล้ว")
    assert "Thai surname after a titled name" not in probes.third_party_kinds("พ่อ<PERSON> มาแล้ว")


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["la señora pilar y don paco ", "yeye li jianguo mama wang ", "mama " * 5,
                                   "พ่อสมศักดิ์ ใจดี ", "พ่อ " * 5, "おばあちゃんの田中花子は"])
def test_the_round24_name_readings_cost_time_in_proportion(deid, index, piece):
    if piece.isascii() or " " in piece:  # a long Japanese run without spaces is measured by its readers alone
        probes.assert_cost_in_proportion(deid, index, piece)
    probes.assert_cost_grows_linearly(lambda n: related_cjk_name_spans(piece * n))
    probes.assert_cost_grows_linearly(lambda n: holds_related_cjk_name(piece * n))
    probes.assert_cost_grows_linearly(lambda n: pinyin_name_spans(piece * n, _an_english_word))
    probes.assert_cost_grows_linearly(lambda n: holds_pinyin_name(piece * n, _an_english_word))
    probes.assert_cost_grows_linearly(lambda n: thai_name_spans(piece * n))
    probes.assert_cost_grows_linearly(lambda n: probes.third_party_kinds(piece * n))
