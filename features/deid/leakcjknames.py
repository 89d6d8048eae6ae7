"""Round 44 (r44cjk), the check's side: a part of the owner's name stored glued in Han characters or Hangul
("鈴木真綾", "柯建成", "강주원") written alone. The check splits the stored name by the shared surname table
(:func:`~features.deid.cjknamewords.split_glued_cjk_name`) and reads each part by patterns of its own: a part of two
characters or more, or a kana reading of three or more (Faker's readings of Japanese names and the check's own
dictionary), anywhere; a shorter one only with a word of naming after or before it, the other part beside it or in
the message with no ideograph glued to this one, or alone in a line with no other word of its script."""

from __future__ import annotations

import functools
import re

from features.deid.cjknamewords import (
    CJK_WORDS_AFTER_A_NAME,
    CJK_WORDS_BEFORE_A_NAME,
    hiragana_and_katakana,
    split_glued_cjk_name,
)
from features.deid.leakscripts import dictionary_katakana
from features.deid.peoplewords import japanese_name_kana

#: writing of each script a short part may not be glued to, and the script's letters in a line
_IDEOGRAPH = "\u4e00-\u9fff々"
_HANGUL = "\uac00-\ud7a3"
_HAN_SCRIPT = "\u3041-\u30ff\u4e00-\u9fff々"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _ascii_cue(cue: str) -> str:
    """A word of naming: a Latin one not the end of a longer word ("im" is not "him")."""
    return (r"(?<![^\W\d_])" if cue.isascii() and cue[0].isalpha() else "") + re.escape(cue)


@functools.lru_cache(maxsize=1024)
def _short_part_pattern(part: str, other: str) -> re.Pattern[str]:
    """Where a part of one character (or a kana reading of two) is a name, per the module docstring."""
    own = _HANGUL if "\uac00" <= part[0] <= "\ud7a3" else _HAN_SCRIPT
    loose = _HANGUL if own == _HANGUL else _IDEOGRAPH
    gap = r"[ \t\u3000:：,、.]*"
    cues = "|".join(_ascii_cue(c) for c in sorted(CJK_WORDS_BEFORE_A_NAME, key=len, reverse=True))
    p = re.escape(part)
    beside = f"|{re.escape(other)}" if other else ""
    return re.compile(
        rf"{p}{gap}(?:{_alternation(CJK_WORDS_AFTER_A_NAME)}{beside})"
        rf"|(?:{cues}{beside}){gap}{p}"
        rf"|^[^{own}\n]*(?<![{own}]){p}(?![{own}])[^{own}\n]*$"
        + (rf"|(?<![{loose}]){p}(?![{loose}])" if other else ""), re.IGNORECASE | re.MULTILINE)


def _forms(part: str) -> tuple[str, ...]:
    """The part and its kana readings (Faker's table, the check's dictionary)."""
    kana = dictionary_katakana(part) if re.search(f"[{_IDEOGRAPH}]", part) else ""
    return (part, *japanese_name_kana(part), *(hiragana_and_katakana(kana) if kana else ()))


def holds_glued_cjk_name_part(text: str, stored_names: frozenset[str]) -> bool:
    """A part of a glued CJK stored name in ``text`` (see the module docstring)."""
    if text.isascii():
        return False
    for name in stored_names:
        if (split := split_glued_cjk_name(name)) is None:
            continue
        surname, given = split
        for part, other in ((surname, given), (given, surname)):
            for form in _forms(part):
                is_kana = not re.search(f"[{_IDEOGRAPH}{_HANGUL}]", form)
                if form not in text:
                    continue
                if len(form) >= (3 if is_kana else 2):
                    return True
                if _short_part_pattern(form, other if other in text else "").search(text):
                    return True
    return False
