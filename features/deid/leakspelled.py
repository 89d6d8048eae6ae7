"""The leak check's own reading, round 13, of the owner's name spelled out or respelled and of a lunar birthday.

What the eleventh black-box round published with the check passing: the name in Morse code, spelled with words
between its letters ("w dot e dot x", "W as in Walter", "Whiskey Echo X-ray"), in another romanisation ("Chevtchouk"
for Shevchuk) or anglicised from Irish ("OBrien" for Ní Bhriain), and the birthday as a lunar date ("農曆二月初八").
The check shares vocabulary only with the redactor (:mod:`features.deid.spellwords`, :mod:`features.deid.calendars`)
and reads it its own way: whole words turned into letters and looked through, no spans; nothing here imports the
redactor's :mod:`features.deid.owner_spelled`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from itertools import pairwise

from anyascii import anyascii

from features.deid import spellwords as vocab
from features.deid.calendars import LUNAR_CUES, lunar_birthdays, lunar_numbers

_MORSE_CHUNK = re.compile("[" + re.escape("".join(vocab.MORSE_SIGNS)) + r"/| \t]+")
_SIGNS = str.maketrans(vocab.MORSE_SIGNS)
_WORDS = re.compile(r"x-ray|[^\W\d_]+")
_ONLY_MARKS = re.compile(r"[^\w]*")
_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NOT_CONSONANT = re.compile(r"[^bcdfgjklmnpqrstvxz]")


def morse_letters(text: str) -> list[str]:
    """The letters each run of Morse code in ``text`` spells (its dots and dashes in any of their signs, letters set
    apart by spaces, "/" or "|"), glued."""
    if not any(sign in text for sign in ".·•"):
        return []
    out = []
    for m in _MORSE_CHUNK.finditer(text):
        pieces = re.split(r"[/| \t]+", m.group().translate(_SIGNS))
        if sum(1 for p in pieces if p) >= 3 and ("-" in m.group() or "–" in m.group() or "−" in m.group()):
            out.append("".join(vocab.MORSE.get(p, "") for p in pieces if p))
    return out


def word_spelled_letters(text: str) -> list[str]:
    """The letters each run of spelled words in ``text`` spells: one letter, a spelling-alphabet word or a letter "as
    in" a word, with only marks or gap words ("dot", "dash") between them."""
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORDS.finditer(text)]
    runs: list[str] = []
    current = ""
    last_end = -1
    skip = 0
    for i, (word, start, end) in enumerate(words):
        if skip:
            skip -= 1
            last_end = end
            continue
        glued = last_end >= 0 and _ONLY_MARKS.fullmatch(text, last_end, start) is not None
        letter = word if len(word) == 1 and word.isascii() else vocab.SPELLING_WORDS.get(word)
        if current and glued and word in vocab.SPELLING_GAP_WORDS:
            last_end = end
            continue
        if letter is None or not glued:
            if len(current) >= 3:
                runs.append(current)
            current = ""
        if letter is not None:
            current += letter
            following = tuple(w for w, _, _ in words[i + 1:i + 4])
            skip = next((len(p) + 1 for p in vocab.AS_IN_WORDS if following[:len(p)] == p and len(following) > len(p)), 0)
        last_end = end
    if len(current) >= 3:
        runs.append(current)
    return runs


def holds_spelled_name(text: str, names: Iterable[str]) -> bool:
    """Whether a name of three letters or more is spelled in ``text`` in Morse code or with words."""
    long_names = [n for n in names if len(n) >= 3]
    if not long_names:
        return False
    spelled = morse_letters(text)
    if len(_WORDS.findall(text)) >= 3:
        spelled += word_spelled_letters(text)
    return any(n in letters for letters in spelled for n in long_names)


def _one_way(word: str) -> str:
    for written, said in vocab.RESPELLINGS:
        word = word.replace(written, said)
    return word


def holds_respelled_name(text: str, names: Iterable[str], common: frozenset[str]) -> bool:
    """Whether a word of ``text`` (Latin, or IPA and other scripts read by anyascii) is a name part of five letters or
    more written another way (:data:`vocab.RESPELLINGS`: "Chevtchouk" for "shevchuk", "/ˈwɛkslər/" for "wexler"), or an
    Irish surname with another particle or anglicised ("OBrien", "O'Brien" for "bhriain" after "ni")."""
    names = list(names)
    keyed = {_one_way(n): n for n in names if len(n) >= vocab.FEWEST_RESPELLED_LETTERS and n.isalpha()}
    irish = [w[0] + w[2:] if w[1:2] == "h" and w[0] in vocab.LENITED else w
             for p, w in pairwise(names) if p in vocab.IRISH_PARTICLES and len(w) >= 4]
    if not keyed and not irish:
        return False
    plain = text if text.isascii() else anyascii(text)
    lowered = plain.lower()
    if not any(k[-2:].lower() in lowered for k in keyed) and not any(b[:2] in lowered for b in irish):
        return False
    for m in _LETTERS.finditer(lowered):
        word = m.group()
        if len(word) < 4 or word in common or not (plain[m.start()].isupper() or not text.isascii()):
            continue  # a name is capitalised, or written in IPA or with marks ("/ˈwɛkslər/")
        if _one_way(word) in keyed and keyed[_one_way(word)] != word:
            return True
        bare = word.replace("'", "")
        for rest in [bare, *(bare[len(p):] for p in vocab.IRISH_PARTICLES if bare.startswith(p))]:
            if len(rest) >= 4 and rest not in common and any(
                    rest[0] == b[0] and _NOT_CONSONANT.sub("", rest) == _NOT_CONSONANT.sub("", b) for b in irish):
                return True
    return False


def holds_lunar_birthday(text: str, dob: datetime.date) -> bool:
    """Whether ``text`` holds a word for the lunar calendar and, two numbers in a row within twenty characters,
    the lunar month and day of ``dob`` (either order)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in LUNAR_CUES):
        return False
    dates = lunar_birthdays(dob)
    return any(b[0] - a[1] <= 20 and ((a[2], b[2]) in dates or (b[2], a[2]) in dates)
               for a, b in pairwise(lunar_numbers(text)))
