"""Round 30 (the leak check's side, its own reading): the owner's given name or nickname that is a word, in lower case
where a name stands, and the owner's street said by its name alone.

* A word of the owner's name or a nickname of a given name (:func:`~features.deid.aliases.nicknames_of`) in lower case
  counts where a name stands, read piece by piece (a word and the signs after it): first in its sentence with "here",
  a verb of taking or calling or nothing after it ("will here", "may took her farxiga", "hope called"); after a comma
  or a word joining clauses with such a verb after it ("ok, may took hers", "and will called"); after a greeting, a
  cue or an introduction with its clause closing or such a word after it ("this is will", "hi bill!"); after a
  sign-off or a dash with its line closing, or "from" opening the line ("- will", "from may"). "I will take", "may I
  ask", "pay the bill" are no name.
* The street's own words (no number, kind, unit or compass word) after a word of place or way, an article between or
  not, and before nothing, a sign, a figure or a word of place ("on western near 103rd", "en la alameda"): "western
  medicine", "on western blot" are no street.

Nothing here is the redactor's: see :mod:`features.deid.owner_wordnames` for its reading.
"""

from __future__ import annotations

import functools
import re

from features.deid import peoplewords as vocab
from features.deid import placewords as places
from features.deid.aliases import TWO_LETTER_NICKNAMES, nicknames_of, wordlike_nicknames_of
from features.deid.normalize import fold_text

#: a word and the signs and blanks after it, up to the next word
_PIECE = re.compile(r"([A-Za-z]+)([^A-Za-z]*)")
_DASHES = frozenset("-–—~")
_REACH = 60
_KINDS = frozenset(places.ENGLISH_STREET_KINDS + places.STREET_KINDS_ALWAYS + places.STREET_KINDS_CAPITALISED
                   + places.STREET_KINDS_BEFORE_ALWAYS + places.STREET_KINDS_BEFORE_CAPITALISED)


@functools.lru_cache(maxsize=4096)
def _forms(name_words: tuple[str, ...]) -> frozenset[str]:
    joined = " ".join(name_words)
    found = {w for w in name_words if w.isalpha() and len(w) >= 2}
    found |= {n for n in nicknames_of(joined) | wordlike_nicknames_of(joined) if len(n) >= 3 or n in TWO_LETTER_NICKNAMES}
    return frozenset(found - vocab.CAPITAL_ONLY_NAME_PARTS)


def _opens(pieces: list[tuple[str, str]], i: int) -> bool:
    """Whether ``pieces[i]`` is the first word of its sentence or line."""
    if i == 0:
        return True
    gap = pieces[i - 1][1]
    return "\n" in gap or any(c in gap for c in ".!?;:")


def _closes(gap: str, last: bool) -> bool:
    """Whether the signs after a word close its clause: a sign, a line's end, or the text's (``last``)."""
    rest = gap.lstrip(" \t")
    return (last and rest == "") or rest[:1] in tuple(",.!?;:)\"'\n")


def word_name_stands(pieces: list[tuple[str, str]], i: int) -> bool:
    """Whether the lower-case ``pieces[i]`` stands where a name stands (see the module docstring); round 31: a pet
    name's head or tail word about it read with it as one word ("this is billy boy", "lil bob here")."""
    if i + 1 < len(pieces) and pieces[i][1] in (" ", "\t") and pieces[i + 1][0].lower() in vocab.NICKNAME_TAILS:
        pieces = [*pieces[:i], (pieces[i][0], pieces[i + 1][1]), *pieces[i + 2:]]
    if i and pieces[i - 1][1] in (" ", "\t") and pieces[i - 1][0].lower() in vocab.NICKNAME_HEADS:
        pieces, i = [*pieces[:i - 1], *pieces[i:]], i - 1
    return _word_name_stands(pieces, i)


def _word_name_stands(pieces: list[tuple[str, str]], i: int) -> bool:
    gap = pieces[i][1]
    last = i + 1 == len(pieces)
    nxt = "" if last or gap.strip(" \t") else pieces[i + 1][0].lower()
    verb = nxt in vocab.NAME_SUBJECT_VERBS
    line_ends = last or "\n" in gap
    after = _closes(gap, last) or verb or nxt in vocab.NAME_INTRODUCTIONS_AFTER
    if _opens(pieces, i):
        return after
    prior, prior_gap = pieces[i - 1][0].lower(), pieces[i - 1][1].strip(" \t")
    if prior_gap and prior_gap[-1] in _DASHES and pieces[i - 1][1][:1] in (" ", "\t"):
        return line_ends  # "all taken - will"; not "an x-ray"
    if prior in vocab.NAME_FROM_WORDS and prior_gap in ("", ",") and _opens(pieces, i - 1):
        return line_ends  # "from may" opening its line
    if prior_gap == "," and verb:
        return True
    if prior_gap == "" and prior in vocab.NAME_CLAUSE_JOINS and verb:
        return True
    if prior_gap not in ("", ","):
        return False
    two = (pieces[i - 2][0].lower() if i >= 2 else "", prior)
    if prior in vocab.NAME_CUES_BEFORE or prior in vocab.NAME_INTRODUCTION_WORDS or two in vocab.NAME_INTRODUCTIONS:
        return after
    return prior in vocab.NAME_SENDER_CUES and line_ends


def holds_word_name(text: str, name_words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds the owner's name part or nickname in lower case where a name stands (``name_words``: the
    name's words, folded, lower case)."""
    forms = _forms(name_words)
    folded = fold_text(text)
    if not forms or not any(f in folded for f in forms):
        return False
    pieces = [(m.group(1), m.group(2)) for m in _PIECE.finditer(folded)]
    return any(w.islower() and w in forms and word_name_stands(pieces, i) for i, (w, _) in enumerate(pieces))


def called_a_name_here(text: str, start: int, end: int) -> bool:
    """Whether the lower-case word at ``text[start:end]`` stands where a name stands, read on its line no further than
    :data:`_REACH` characters each way (a long line read whole for each word would cost its length squared)."""
    low = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    high = text.find("\n", end)
    high = min(high if high >= 0 else len(text), end + _REACH)
    head = fold_text(text[low:start])
    if low > 0 and text[low - 1] != "\n":  # cut inside the line: from the first word that starts whole, after a
        cut = re.search(r"[^A-Za-z]", head)  # word of no weight
        head = "x " + (head[cut.start():] if cut else "")
    pieces = [(m.group(1), m.group(2)) for m in _PIECE.finditer(head + fold_text(text[start:high]))]
    at = len(_PIECE.findall(head))
    return at < len(pieces) and pieces[at][0] == fold_text(text[start:end]) and word_name_stands(pieces, at)


@functools.lru_cache(maxsize=4096)
def street_own_words(street_address: str) -> tuple[str, ...]:
    """The street's own name, its words in order (folded, lower case, three letters or more, no figure, kind, unit or
    compass word)."""
    return tuple(w for w in re.findall(r"[a-z0-9]+", fold_text(street_address).lower())
                 if w.isalpha() and len(w) >= 3 and w not in _KINDS and w not in places.STREET_NOT_NAME_WORDS)


def holds_bare_street(text: str, name: tuple[str, ...]) -> bool:
    """Whether ``text`` holds the street's own name (:func:`street_own_words`) alone after a word of place or way."""
    if not name:
        return False
    lower = fold_text(text).lower()
    if not any(w in lower for w in name):
        return False
    pieces = [(m.group(1), m.group(2)) for m in _PIECE.finditer(lower)]
    for i, (word, _) in enumerate(pieces):
        if word not in name:
            continue
        size = len(name) if tuple(p[0] for p in pieces[i:i + len(name)]) == name else 1
        if size == 1 and len(name) > 1 and len(word) < 4:
            continue
        if _place_word_before(pieces, i) and _ends_the_phrase(pieces, i + size - 1):
            return True
    return False


def _place_word_before(pieces: list[tuple[str, str]], i: int) -> bool:
    if i == 0 or pieces[i - 1][1].strip(" \t"):
        return False
    if pieces[i - 1][0] in places.BARE_STREET_CUES:
        return True
    return (i >= 2 and pieces[i - 1][0] in places.BARE_STREET_ARTICLES and not pieces[i - 2][1].strip(" \t")
            and pieces[i - 2][0] in places.BARE_STREET_CUES)


def _ends_the_phrase(pieces: list[tuple[str, str]], i: int) -> bool:
    gap = pieces[i][1]
    if i + 1 == len(pieces) or gap.strip(" \t"):
        return not gap.strip(" \t")[:1].isalpha()
    return pieces[i + 1][0] in places.BARE_STREET_AFTER
