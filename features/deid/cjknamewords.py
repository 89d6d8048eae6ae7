"""Round 44 (r44cjk): the words both sides read a Chinese, Japanese or Korean owner's name by when it is stored glued,
surname and given name with no space between ("鈴木真綾", "柯建成", "강주원"), as such names are usually written.

Stored so, the name is one word, and the readings that split a name at its spaces saw only the whole, or its last
characters: a patient who wrote the surname alone ("鈴木です") had it published. The split is a table look-up: the
longest of Faker's Japanese, Chinese and Korean surnames the stored name opens with (:func:`split_glued_cjk_name`),
"々" kept with the kanji before it ("佐々木"). A one-character Chinese or Korean surname ("柯", "강", "金") is an
everyday word or part of one as often ("金曜日", "강에서"), so both sides take it only beside a word of naming:
:data:`CJK_WORDS_AFTER_A_NAME` after it, :data:`CJK_WORDS_BEFORE_A_NAME` before it, the given name beside it, or
standing alone in a line that holds no other word of its script. The redactor's reading is
:mod:`features.deid.owner_cjk`, the check's :mod:`features.deid.leakcjknames`; each reads the given name in kana by
its own dictionary."""

from __future__ import annotations

import functools
import re

from features.deid.peoplewords import HAN_SURNAME_TITLES, JAPANESE_HONORIFICS, faker_person_lists

#: the Faker locales whose surnames are written in Han characters, kana or Hangul
CJK_NAME_LOCALES = ("ja_JP", "zh_CN", "zh_TW", "ko_KR")
#: a stored name written wholly in Han characters (with "々") or wholly in Hangul, no space; and a surname so written
GLUED_CJK_NAME = re.compile("[\u4e00-\u9fff々]{2,6}|[\uac00-\ud7a3]{2,5}")
CJK_SURNAME = re.compile("[\u4e00-\u9fff々]{1,3}|[\uac00-\ud7a3]{1,2}")
#: words after a surname or a given name alone that make it a name: Japanese, Chinese and Korean honorifics and the
#: copulas a caller names themself with ("鈴木です", "柯先生", "강 씨", "주원입니다")
CJK_WORDS_AFTER_A_NAME: tuple[str, ...] = tuple(sorted({
    *JAPANESE_HONORIFICS, *HAN_SURNAME_TITLES, "です", "でした", "と申します", "といいます", "殿",
    "씨", "님", "선생님", "입니다", "이에요", "예요", "이라고", "라고", "여사", "이고요"}, key=len, reverse=True))
#: words of naming before a name, in lower case: English, Spanish, French, Portuguese, and in the three languages
#: themselves ("this is 建成", "mi nombre: 주원 강", "我是柯", "저는 강")
CJK_WORDS_BEFORE_A_NAME: tuple[str, ...] = (
    "this is", "it's", "its", "i am", "i'm", "im", "my name is", "my name", "name", "called", "signed", "from",
    "mi nombre es", "mi nombre", "me llamo", "soy", "habla", "je suis", "je m'appelle", "moi c'est", "nom",
    "meu nome é", "meu nome", "sou", "ich bin", "名前は", "名前", "氏名", "私は", "わたしは", "我是", "我叫", "姓名",
    "名字", "저는", "제 이름은", "이름은", "이름", "나는", "-", "—")


@functools.cache
def cjk_surnames() -> tuple[str, ...]:
    """Faker's surnames of :data:`CJK_NAME_LOCALES` written in Han characters or Hangul, the longest first (so that
    "佐々木" is tried before "佐")."""
    names = {n for n in faker_person_lists("last_name", CJK_NAME_LOCALES) if CJK_SURNAME.fullmatch(n)}
    return tuple(sorted(names, key=len, reverse=True))


@functools.lru_cache(maxsize=1024)
def split_glued_cjk_name(full_name: str) -> tuple[str, str] | None:
    """``(surname, given name)`` of a name stored glued in Han characters or Hangul ("鈴木真綾": "鈴木", "真綾"), by
    the longest known surname it opens with that leaves a given name; None for any other name (spaced, Latin, or
    opening with no known surname)."""
    name = full_name.strip()
    if not GLUED_CJK_NAME.fullmatch(name):
        return None
    for surname in cjk_surnames():
        if name.startswith(surname) and len(name) > len(surname):
            return surname, name[len(surname):]
    return None


def hiragana_and_katakana(katakana: str) -> tuple[str, str]:
    """A reading in katakana ("アスカ") and the same in hiragana ("あすか"): a name typed in either."""
    return katakana, "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)
