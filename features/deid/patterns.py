"""Regex plumbing both sides share: a large word list as one fast pattern.

The redactor's readings and the leak check's build their own patterns from the shared word lists; this module only
turns a list into a regex alternation, and holds no reading and no word. Moved here from
:mod:`features.deid.recognizers` (2026-12-06) so that the shared data modules (:mod:`features.deid.normalize`) and the
check need not import a redactor module to use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of ``words``, longest first so that prefixes never win.

    Written as a trie ("st(?:r(?:eet)?)?" for "street", "str", "st"): Python's ``re`` tries a flat
    alternation's words one by one at every position, a trie only the branch of the next character,
    which made the rules with large word lists (common words, month and digit words, countries,
    towns) several times faster. It matches exactly what the flat alternation matches, in the same
    order: the words that can match at one position are prefixes of one another, so they lie on one
    path of the trie, which tries the longer first as the flat alternation does. Branches whose
    characters are the same letter in another case stay a flat alternation, longest first, since a
    case-insensitive pattern may take either.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_WORD_END] = {}
    return "(?:" + _trie_pattern(trie) + ")"


#: The key of a trie node that marks the end of a word (no character is empty).
_WORD_END = ""


def _flat_alternation(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _words_below(node: dict[str, dict], prefix: str) -> Iterable[str]:
    for key, child in node.items():
        yield from (prefix,) if key == _WORD_END else _words_below(child, prefix + key)


def _case_classes(chars: Iterable[str]) -> list[list[str]]:
    """``chars`` grouped by the characters a case-insensitive pattern takes for one another."""
    classes: list[list[str]] = []
    for char in chars:
        same = next((c for c in classes if any(re.fullmatch(re.escape(char), o, re.IGNORECASE) for o in c)), None)
        if same is None:
            classes.append([char])
        else:
            same.append(char)
    return classes


def _trie_pattern(node: dict[str, dict]) -> str:
    """The words below a trie ``node`` as a regex (see :func:`alternation`), longest first."""
    branches = [re.escape(chars[0]) + _trie_pattern(node[chars[0]]) if len(chars) == 1
                else _flat_alternation(w for char in chars for w in _words_below(node[char], char))
                for chars in _case_classes(sorted(k for k in node if k != _WORD_END))]
    if not branches:
        return ""
    if len(branches) == 1 and _WORD_END not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if _WORD_END in node else "")


def first_character_gate(pattern: str, flags: int = 0) -> str:
    """A look-ahead ``(?=[...])`` of the characters a match of ``pattern`` (compiled with ``flags``) can begin with,
    or "" where its parse does not tell (a class of categories, flags set inside, a match that may be empty). Put
    right before ``pattern`` under the same flags it turns nothing away that ``pattern`` matches: the characters are
    its own first literals, read under its flags as they are. ``re`` tries a long alternation whole at every position
    (a word boundary before it does not stop it at a word's end); the gate stops it at once where no branch can
    start (round 34, r34speed: the fixed-date holidays, read by both sides on every text)."""
    chars: set[str] = set()
    try:
        sure = _first_characters(list(_parser.parse(pattern, flags)), chars)
    except ValueError:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" if sure and chars else ""


#: the most characters of one range a gate lists (a wider range: no gate)
_GATE_RANGE = 512


def _first_characters(items: list[tuple[Any, Any]], chars: set[str]) -> bool:
    """Adds to ``chars`` the characters the parsed ``items`` may begin with; whether they surely take one (False:
    they may match empty). Raises ValueError on what it does not read."""
    for op, av in items:
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):  # zero-width: passed over
            continue
        if op is _constants.LITERAL:
            chars.add(chr(av))
            return True
        if op is _constants.IN:
            for kind, value in av:
                if kind is _constants.LITERAL:
                    chars.add(chr(value))
                elif kind is _constants.RANGE and value[1] - value[0] < _GATE_RANGE:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    raise ValueError(kind)
            return True
        if op is _constants.SUBPATTERN and not av[1] and not av[2]:
            if _first_characters(av[3], chars):
                return True
        elif op is _constants.BRANCH:
            if all([_first_characters(branch, chars) for branch in av[1]]):
                return True
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            if _first_characters(av[2], chars) and av[0] >= 1:
                return True
        else:
            raise ValueError(op)
    return False
