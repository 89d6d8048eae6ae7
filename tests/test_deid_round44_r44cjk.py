"""Round 44, branch r44cjk: a CJK owner's name stored glued ("鈴木真綾", "柯建成", "강주원"), written by a part alone.

Kinds, each taken by the redactor (:mod:`features.deid.owner_cjk`) and seen by the check
(:mod:`features.deid.leakcjknames`, kind "name's part alone, stored glued in a CJK script"):

* a surname of two characters or more alone ("鈴木です", "佐々木です", iteration mark kept);
* a given name of two characters or more alone ("真綾の", "주원이");
* a one-character surname or given name beside a word of naming, the other part, or alone in a line ("柯先生",
  "this is 柯", "주원 강", "舞の薬" after the surname);
* the given name in kana as the dictionary reads its kanji ("あすか", "アスカ" for 明日香).

Kept: the same characters as everyday words ("木曜日", "金曜日", "강에서", "舞台").
"""

from __future__ import annotations

import pytest

from features.deid.leakcheck import IdentifierIndex
from features.deid.text import TextDeidentifier
from tests import deid_probes as probes

CAUGHT = [
    ("鈴木真綾", "鈴木です。明日また電話します", "鈴木"),
    ("鈴木真綾", "母の真綾の薬が切れました", "真綾"),
    ("佐々木舞", "佐々木です、薬局の件で", "佐々木"),
    ("佐々木舞", "佐々木です。舞の薬の件です", "舞"),
    ("柯建成", "this is 柯, re my refill", "柯"),
    ("柯建成", "柯先生的药", "柯"),
    ("柯建成", "建成 here, calling back", "建成"),
    ("강주원", "mi nombre: 주원 강", "강"),
    ("강주원", "주원이 약을 먹었어요", "주원"),
    ("강주원", "강 씨 전화 주세요", "강"),
    ("遠藤明日香", "遠藤です。あすかの薬の件です", "あすか"),
    ("遠藤明日香", "アスカです、よろしく", "アスカ"),
]

KEPT = [
    ("鈴木真綾", "木曜日に薬局へ行きます"),
    ("鈴木真綾", "金曜日に薬を受け取りました"),
    ("강주원", "강에서 산책했어요"),
    ("佐々木舞", "舞台を見に行きました"),
    ("柯建成", "明天下午去医院拿药"),
]


@pytest.mark.parametrize(("name", "text", "secret"), CAUGHT)
def test_part_of_a_glued_cjk_name_is_caught(deid: TextDeidentifier, name: str, text: str, secret: str) -> None:
    patient = probes.owner(name)
    assert "own name's part alone, stored glued in a CJK script" in probes.owner_and_check_finds(patient, text)
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)


@pytest.mark.parametrize(("name", "text"), KEPT)
def test_everyday_words_with_the_same_characters_are_kept(deid: TextDeidentifier, name: str, text: str) -> None:
    probes.assert_owner_text_kept(deid, probes.owner(name), text)


def test_cost(deid: TextDeidentifier, index: IdentifierIndex) -> None:
    piece = " ".join(text for _, text, _ in CAUGHT) + " " + " ".join(text for _, text in KEPT)
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
