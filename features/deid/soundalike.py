"""Round 43 (r43owner): one phonetic comparison of a word of another script with an owner's Latin name part, shared by
the redactor (:func:`features.deid.owner_disguised.heard_name_spans`) and the leak check
(:func:`features.deid.leakspelled.holds_name_heard_in_another_script`), each of which finds its own words to compare.

A Latin owner's short surname written by its sound in another script ("ヒューズ", "Հյուզն", "ฮิวจ์ส", "Hiu-dơ", "هیوز",
"Хьюз", "ᠬᠢᠦ᠋ᠽ" for Hughes) has too few consonants for the readings by consonant groups alone (round 40's
:func:`~features.deid.everydaywords.spelt`, the check's ``heard``): "Hughes" is an "h" and an "s" there, as "house" and
"hose" are. This key keeps the vowels, each run of them as one class (a, e, o, u; "ai", "ie" and "y" are an "e", "au"
an "o", "iu", "yu" and "ou" a "u"), so "ハウス" (house, "hOs") and "ヒス" (hiss, "hEs") are not "Hughes" ("hUs"). A
word's script is read first with its own rules (a Thai consonant under a silencing mark is not said; a Vietnamese "d"
is a "z"; Armenian and Cyrillic case endings come off), then with anyascii into Latin letters; an owner's English
spelling is read with the vowels it may be said with ("u" of "Hughes" as "yoo", of "Hunter" as "uh").
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from anyascii import anyascii

from features.deid.everydaywords import everyday_in_its_script
from features.deid.peoplewords import KOREAN_ENDINGS_AFTER_A_LOANWORD

#: the consonant classes of a Latin spelling (after :data:`_DIGRAPHS`): lips, teeth, throat, hiss, tongue (Japanese
#: writes one letter for "l" and "r"), and "m", "n", "h" apart
_CONSONANT_CLASS = dict.fromkeys("pbfv", "p") | dict.fromkeys("td", "t") | dict.fromkeys("kgq", "k") | \
    dict.fromkeys("szjx", "s") | dict.fromkeys("lr", "l") | {"m": "m", "n": "n", "h": "h", "c": "k"}
#: spellings of one sound in two or three letters, read first ("gh" is silent inside an English name: "Hughes")
_DIGRAPHS = (("tch", "s"), ("sch", "s"), ("kh", "h"), ("ph", "f"), ("th", "t"), ("dh", "t"), ("sh", "s"),
             ("ch", "s"), ("zh", "s"), ("ts", "s"), ("tz", "s"), ("dz", "s"), ("ck", "k"), ("qu", "k"), ("ng", "n"))
#: a run of vowel letters as one class: a, e (also "i", "y", "ai", "ei"...), o (also "au", "aw"), u (also "oo", "ou",
#: "ue", "iu", "yu", "ew": a glide before it is none); a run not listed is the class of its last letter
_VOWEL_RUNS = {"a": "a", "e": "e", "i": "e", "ai": "e", "ei": "e", "ie": "e", "ee": "e", "ea": "e", "ae": "e",
               "ia": "a", "o": "o", "au": "o", "ao": "o", "oa": "o", "u": "u", "oo": "u", "ou": "u", "ue": "u",
               "iu": "u", "eu": "u", "io": "o", "ui": "u", "uo": "o", "eo": "o", "oi": "o"}
_VOWELS = "aeiouy"
#: an English vowel letter's other sounds in a name (the owner's side only): "u" as "uh" before two consonants
#: ("Hunter"), "a" as "ei" ("April", "Kate")
_ENGLISH_VOWEL_SOUNDS = {"a": ("a", "e")}
_TWO_CONSONANTS = re.compile("[^aeiou]{2}")
#: endings a script adds to a name (case, article, possessive), read off before the key: Armenian "-ն", "-ը", "-ի",
#: "-ից", "-ով", "-ին"; Cyrillic case endings; Georgian's nominative "-ი" is a final vowel and goes by itself
SCRIPT_NAME_ENDINGS: dict[str, tuple[str, ...]] = {
    "armenian": ("ից", "ով", "ին", "ն", "ը", "ի"),
    "cyrillic": ("ом", "ем", "ой", "ей", "ым", "им", "ою", "у", "ю", "а", "я", "е", "ы", "і"),
}
#: a Thai consonant followed by the silencing mark (thanthakhat) is not said ("ฮิวจ์ส" is "hiws")
_THAI_SILENT = re.compile("[\u0e01-\u0e2e][\u0e38\u0e34]?\u0e4c")
#: letters only Vietnamese writes among Latin scripts (its hooked, horned and breved vowels, "đ", its dot below)
VIETNAMESE_LETTERS = frozenset("ơưăđờởỡớợừửữứựằẳẵắặầẩẫấậềểễếệồổỗốộạảẹẻịỉọỏụủỵỷỹ")
#: the fewest consonant classes of an owner's name part read this way (one is a syllable any word makes)
FEWEST_CONSONANTS = 2
#: the fewest letters of an owner's Latin name part read this way
FEWEST_NAME_LETTERS = 4
#: the fewest consonant classes of a name part matched by its consonants alone, whatever its vowels
FEWEST_SKELETON_CONSONANTS = 4


#: the scripts whose words are not read so: Latin (but for a word with a Vietnamese letter), hiragana (Japanese writes
#: a foreign name in katakana; "です", "はず" are its own words) and Han (read as Chinese syllables elsewhere)
UNREAD_SCRIPTS = frozenset({"latin", "hiragana", "cjk"})


def letter_script(char: str) -> str | None:
    """The script of one letter, lower case, as Unicode names it first ("katakana", "thai", "mongolian"); ``None`` for
    anything else (a mark, which belongs to the letter before it; katakana's long-vowel mark; a hyphen)."""
    if not char.isalpha() or char == "\u30fc":
        return None
    return unicodedata.name(char, "?").split(" ")[0].lower()


def read_by_sound(word: str) -> bool:
    """Whether a word of one script is one :func:`heard_keys` reads: not of :data:`UNREAD_SCRIPTS`, or Latin with a
    Vietnamese letter ("Hiu-dơ")."""
    script = _script_of(word)
    if script == "hangul" and len(word) < 2:  # one syllable block is any word's ("석 달": three months, for Seok)
        return False
    return script not in UNREAD_SCRIPTS or (script == "latin" and any(c in VIETNAMESE_LETTERS for c in word.lower()))


def _script_of(word: str) -> str:
    names = {s for c in word if (s := letter_script(c)) is not None}
    return next(iter(names)) if len(names) == 1 else "mixed"


def _latin_key(letters: str, english: bool = False) -> frozenset[str]:
    """The keys of lower-case Latin ``letters``: consonant classes and vowel-run classes in order, a final vowel run
    and a doubled class once; ``english``: the owner's spelling, whose vowels may sound as :data:`_ENGLISH_VOWEL_SOUNDS`
    says and whose "gh" inside a word and final "e" are silent."""
    letters = "".join(c for c in letters if "a" <= c <= "z")
    if english:
        letters = re.sub("c(?=[eiy])", "s", letters[:1] + letters[1:].replace("gh", ""))  # "Wallace", "Hughes"
        letters = re.sub("er$", "a", letters)  # "Hunter" is "hanta" in katakana
        letters = re.sub(r"(?<=[^aeiouy])e(?=s?$)", "", letters) if len(letters) > 3 else letters
    for written, said in _DIGRAPHS:
        letters = letters.replace(written, said)
    # "y" and "w" before a vowel are a glide (none); elsewhere a vowel ("Kylie", "hiw")
    letters = re.sub(r"[yw](?=[aeiou])", "", letters).replace("y", "i").replace("w", "u")
    letters = re.sub(r"(?<=[aeiou])h(?![aeiou])", "", letters)  # a "h" after a vowel, before none, is not said
    pieces: list[tuple[str, ...]] = []
    start = 0
    for vowel, run in itertools.groupby(letters, key=lambda c: c in _VOWELS):
        text = "".join(run)
        start += len(text)
        if vowel:
            said = _VOWEL_RUNS.get(text[-2:], _VOWEL_RUNS.get(text[-1], "e"))
            pieces.append(_ENGLISH_VOWEL_SOUNDS.get(text, (said,)) if english else (said,))
            if english and text == "u" and _TWO_CONSONANTS.match(letters, start):
                pieces[-1] = ("u", "a")  # "uh" in a closed syllable ("Hunter", "Duncan")
        else:
            classes = [_CONSONANT_CLASS.get(c, "") for c in text]
            pieces.append(("".join(k for k, _ in itertools.groupby(c for c in classes if c)),))
    if pieces and pieces[-1][0][:1] in "aeou" and len(pieces) > 1:
        pieces.pop()  # a final vowel: an echo vowel of a script that ends no word on a consonant ("hiyuzu")
    return frozenset("".join(p) for p in itertools.product(*pieces))


def _consonant_count(key: str) -> int:
    return sum(c not in "aeou" for c in key)


@functools.lru_cache(maxsize=4096)
def owner_name_keys(full_name: str) -> frozenset[str]:
    """The keys the owner's name parts (:data:`FEWEST_NAME_LETTERS` letters or more, two consonant classes or more, a
    vowel) may be heard as in another script: a Latin part by its English spelling, a part stored in another script
    (a Mongolian name in Cyrillic) by :func:`heard_keys`."""
    keys: set[str] = set()
    for part in re.findall(r"[^\W\d_]+", full_name):
        if len(part) < FEWEST_NAME_LETTERS:
            continue
        heard = _latin_key(part.lower(), english=True) if part.isascii() else heard_keys(part)
        keys |= {k for k in heard if FEWEST_CONSONANTS <= _consonant_count(k) < len(k)}
    return frozenset(keys)


def _skeleton(key: str) -> str:
    return "".join(c for c in key if c not in "aeou")


@functools.lru_cache(maxsize=4096)
def _owner_skeletons(full_name: str) -> frozenset[str]:
    """The consonants alone of :func:`owner_name_keys` that hold :data:`FEWEST_SKELETON_CONSONANTS` or more: so many
    tell a name without its vowels, which a script may add between two consonants ("ᠪᠠᠲᠤᠪᠠᠶᠠᠷ" for Батбаяр)."""
    return frozenset(k for key in owner_name_keys(full_name) if len(k := _skeleton(key)) >= FEWEST_SKELETON_CONSONANTS)


@functools.lru_cache(maxsize=65536)
def heard_keys(word: str) -> frozenset[str]:
    """The keys one word of another script (or a Vietnamese Latin word, its syllables joined) is heard as: its own
    script's rules, anyascii's Latin letters, with and without a name ending of its script."""
    word = unicodedata.normalize("NFC", word.lower())
    script = _script_of(word)
    if script == "thai":
        word = _THAI_VOWEL_BEFORE.sub(r"\2\1", _THAI_SILENT.sub("", word))
    endings = KOREAN_ENDINGS_AFTER_A_LOANWORD if script == "hangul" else SCRIPT_NAME_ENDINGS.get(script, ())
    forms = {word} | {word[:-len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= 2}
    keys: set[str] = set()
    for form in forms:
        latin = anyascii(form).lower()
        if any(c in VIETNAMESE_LETTERS for c in form):  # Vietnamese: "d" is a "z", "đ" a "d", "gi" a "z"
            latin = anyascii(form.replace("gi", "z").replace("d", "z").replace("đ", "d")).lower()
        if script == "thai":
            latin = latin.replace("kh", "k")  # Thai "ข", "ค" are a "k"
        elif script == "greek":
            latin = latin.replace("ch", "h").replace("oy", "u")  # Greek "χ" is an "h", "ου" a "u" ("Χιουζ")
        keys |= _latin_key(latin)
    return frozenset(keys)


#: a Thai vowel written before its consonant, said after it (read so before anyascii: "ไคลี" is "kaili")
_THAI_VOWEL_BEFORE = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
#: where a Thai syllable may begin (a consonant, or a vowel written before one) and the most letters of a name in Thai
_THAI_SYLLABLE_START = re.compile("[\u0e40-\u0e44]?[\u0e01-\u0e2e]")
_THAI_LONGEST_NAME = 10


def _heard(word: str, full_name: str) -> bool:
    """Whether ``word`` is heard as a name part; one heard by a key of two consonant classes only that is an everyday
    word of its script's language in lower case is none ("лес", forest, for a Lisa; "Хьюз" keeps its capital)."""
    keys = heard_keys(word)
    if not {_skeleton(k) for k in keys}.isdisjoint(_owner_skeletons(full_name)):
        return True
    matched = keys & owner_name_keys(full_name)
    return bool(matched) and not (all(_consonant_count(k) <= FEWEST_CONSONANTS for k in matched)
                                  and everyday_in_its_script(word))


def heard_as_owner(word: str, full_name: str) -> tuple[int, int] | None:
    """Where in ``word`` of another script one of the owner's name parts is heard (a key of :func:`owner_name_keys`, or
    the consonants of :func:`_owner_skeletons`): the whole word, or for Thai, written without spaces between words,
    a run of its syllables ("ฮิวจ์สกินยาแล้ว", Hughes took the medicine); ``None`` where none is."""
    if not owner_name_keys(full_name):
        return None
    if _heard(word, full_name):
        return 0, len(word)
    if _script_of(word) != "thai" or len(word) <= 3:
        return None
    starts = [m.start() for m in _THAI_SYLLABLE_START.finditer(word)] + [len(word)]
    for i, start in enumerate(starts[:-1]):
        j = i + 2  # (the ends after it read one by one up to the longest name: no copy of the rest, no square)
        while j < len(starts) and starts[j] - start <= _THAI_LONGEST_NAME:
            if (start, starts[j]) != (0, len(word)) and _heard(word[start:starts[j]], full_name):
                return start, starts[j]
            j += 1
    return None
