"""Round 44 (r44cjk), the redactor's side: the owner's name stored glued in Han characters or Hangul ("鈴木真綾",
"柯建成", "강주원") written by its parts one at a time. The stored name is split into surname and given name by the
shared table (:func:`~features.deid.cjknamewords.split_glued_cjk_name`); each part is the name wherever it stands
when it has two characters or more ("鈴木です", "佐々木です", "真綾の薬"), and beside a word of naming only when it has
one (:func:`_named_here`: "柯先生", "this is 柯", "주원 강", a line of "柯" alone among Latin words), since "金",
"木" and "강" are everyday words too. A part in kanji is also looked for in kana, as janome's dictionary reads it
("明日香" typed "あすか" or "アスカ") or as Faker's readings of
Japanese names give it ("真綾": "まあや"): a reading of three kana or more anywhere, a shorter one beside a word of
naming."""

from __future__ import annotations

import functools
import re

from features.deid.cjknamewords import (
    CJK_WORDS_AFTER_A_NAME,
    CJK_WORDS_BEFORE_A_NAME,
    hiragana_and_katakana,
    split_glued_cjk_name,
)
from features.deid.peoplewords import japanese_name_kana
from features.deid.script_names import japanese_words

#: blanks and marks that may stand between a name and the word of naming beside it
_GAP = " \t\u3000:：,、."
#: a kana reading this long is the name wherever it stands; a shorter one is often a word ("まい", "はる")
_LEAST_KANA_ANYWHERE = 3
#: a part in Han characters or Hangul this long is the name wherever it stands
_LEAST_PART_ANYWHERE = 2


def _script_of(char: str) -> str:
    """"han" (kanji, hanzi, kana), "hangul" or "" for any other character."""
    if "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff" or "\u3130" <= char <= "\u318f":
        return "hangul"
    if "\u4e00" <= char <= "\u9fff" or char == "々" or "\u3041" <= char <= "\u30ff":
        return "han"
    return ""


def _alone_in_its_line(text: str, start: int, end: int) -> bool:
    """The part is the only writing of its script in its line ("柯 re meds", "강"): no word of the script beside it
    that could make it an everyday word."""
    script = _script_of(text[start])
    line_start = text.rfind("\n", 0, start) + 1
    line_end = len(text) if (n := text.find("\n", end)) < 0 else n
    return not any(_script_of(c) == script for c in text[line_start:start] + text[end:line_end])


def _named_here(text: str, start: int, end: int, other: str) -> bool:
    """Why a short part at ``text[start:end]`` is a name: a word of naming or the other part of the name right after
    it or right before it, it stands alone in its line, or the message names the other part too and nothing glues
    this one into a longer word ("佐々木です。舞の薬")."""
    after = text[end:].lstrip(_GAP)
    if after.startswith(CJK_WORDS_AFTER_A_NAME) or after.startswith(other):
        return True
    before = text[:start].rstrip(_GAP).lower()
    if before.endswith(other):
        return True
    for cue in CJK_WORDS_BEFORE_A_NAME:
        if before.endswith(cue):
            head = before[:-len(cue)]
            if not cue.isascii() or not head or not head[-1].isalnum():
                return True
    return _alone_in_its_line(text, start, end) or (other in text and _stands_apart(text, start, end))


def _stands_apart(text: str, start: int, end: int) -> bool:
    """No ideograph (or, for Hangul, no syllable) glued on either side: "舞の薬" but not "舞台"."""
    def glued(char: str) -> bool:
        return ("\u4e00" <= char <= "\u9fff" or char == "々") if _script_of(text[start]) == "han" \
            else _script_of(char) == "hangul"
    return not (start and glued(text[start - 1])) and not (end < len(text) and glued(text[end]))


@functools.lru_cache(maxsize=1024)
def _kana_forms(full_name: str, part: str) -> tuple[str, ...]:
    """The part in katakana and hiragana as janome reads the stored name (or the part alone), when one dictionary word
    covers the part exactly: a reading pieced from several words is a guess ("陽菜" read "ヒサイ")."""
    for run in (full_name, part):
        at = 0
        for surface, reading, _ in japanese_words(run):
            if at == run.find(part) and surface == part and reading != surface:
                return hiragana_and_katakana(reading)
            at += len(surface)
    return ()


def glued_cjk_owner_spans(text: str, full_name: str) -> list[tuple[int, int, str]]:
    """Spans of ``text`` that are a part of the owner's glued CJK name (see the module docstring)."""
    split = split_glued_cjk_name(full_name)
    if split is None or text.isascii():
        return []
    found: list[tuple[int, int, str]] = []
    surname, given = split
    for part, other in ((surname, given), (given, surname)):
        kana = (*_kana_forms(full_name.strip(), part), *japanese_name_kana(part)) \
            if any("\u4e00" <= c <= "\u9fff" for c in part) else ()
        for form in (part, *kana):
            least = _LEAST_KANA_ANYWHERE if form in kana else _LEAST_PART_ANYWHERE
            for m in re.finditer(re.escape(form), text):
                if len(form) >= least or _named_here(text, m.start(), m.end(), other):
                    found.append((m.start(), m.end(), "PERSON"))
    return found
