"""Regex plumbing both sides share: a large word list as one fast pattern.

The redactor's readings and the leak check's build their own patterns from the shared word lists; this module only
turns a list into a regex alternation, and holds no reading and no word. Moved here from
:mod:`features.deid.recognizers` (2026-12-06) so that the shared data modules (:mod:`features.deid.normalize`) and the
check need not import a redactor module to use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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
