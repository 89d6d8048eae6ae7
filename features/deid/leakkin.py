"""Round 25 (the leak check's side, its own readings): a given name that is an everyday word after a title of address
or before a verb after a kin word ("doña remedios", "seu chico", "grandma sue picked it up", "mi hija dolores viene"),
and a name after a Vietnamese kin word ("con gái tôi là Lan", "chị Mai gọi", "anh trai Tuan").

The check reads the text as a list of lower-case words with what stands between them, and asks of each title or kin
word what the words after it are, with the same word lists as the redactor (:mod:`features.deid.peoplewords`) and
none of its code (:mod:`features.deid.kin_names`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from wordfreq import word_frequency

from features.deid import peoplewords as vocab
from features.deid.everydaywords import function_words
from features.deid.peoplewords import key
from features.deid.recognizers import FIRST_NAMES

_PIECE = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)*)([^\w]*)")
_ENGLISH_TITLES = frozenset({"grandma", "grandpa", "granny", "grandad", "granddad", "grandpop", "gramma", "grampa",
                             "gramps", "nana", "nanna", "gran", "aunt", "auntie", "aunty", "uncle"})
_ENDS_A_CLAUSE = frozenset(".,;:!?)\n")


@functools.cache
def _stop_words() -> frozenset[str]:
    return function_words("en") | function_words("es") | function_words("pt")


def _a_given_name(low: str) -> bool:
    """In a name list, and no relation word of any language ("lola" is a grandmother in Tagalog)."""
    if low in vocab.RELATIONS or low in vocab.ENGLISH_RELATIONS:
        return False
    return low in vocab.everyday_given_names() or low in FIRST_NAMES or low in vocab.ENGLISH_WORD_NAMES


class KinLook:
    """The check's readings of the module docstring, with its English vocabulary (``is_word``: lower case) and its
    test of a capitalised word that may be a name (``may_name``)."""

    def __init__(self, is_word: Callable[[str], bool], may_name: Callable[[str], bool]) -> None:
        self.is_word = is_word
        self.may_name = may_name

    def kinds(self, text: str) -> list[str]:
        """``"given name after a title or kin word"`` and ``"name after a Vietnamese kin word"`` where ``text`` holds one."""
        pieces = [(m.group(1), m.group(2)) for m in _PIECE.finditer(text)]
        if not pieces:
            return []
        found = []
        if self._titled(pieces):
            found.append("given name after a title or kin word")
        if self._vietnamese(pieces):
            found.append("name after a Vietnamese kin word")
        return found

    @staticmethod
    def _then_a_verb(pieces: list[tuple[str, str]], n: int) -> bool:
        """A person's verb after piece ``n``: one space (or two) between, a clitic, a finite verb, a word in "-ed"."""
        if n + 1 >= len(pieces) or pieces[n][1].strip(" \t.") or not pieces[n][1]:
            return False
        after = key(pieces[n + 1][0])
        return after in vocab.VERB_AFTER_A_NAME or (len(after) > 3 and after.endswith("ed"))

    def _titled(self, pieces: list[tuple[str, str]]) -> bool:
        for n in range(len(pieces) - 1):
            word, gap = pieces[n]
            title = key(word)
            if title not in vocab.ADDRESS_TITLES and title not in vocab.KIN_BEFORE_A_NAMED_VERB:
                continue
            if gap.strip(" \t.") or not gap or len(gap) > 3:
                continue
            name = pieces[n + 1][0]
            low = key(name)
            if name != name.lower() or "'" in name or "’" in name or not _a_given_name(low):
                continue
            ends = n + 1 == len(pieces) - 1 or bool(set(pieces[n + 1][1]) & _ENDS_A_CLAUSE)
            verb = self._then_a_verb(pieces, n + 1)
            if low in vocab.VERB_AFTER_A_NAME and not verb:
                continue  # "mi abuela toma Kardegic": a person's verb where the name would stand
            if title in vocab.ADDRESS_TITLES:
                if low in vocab.ENGLISH_WORD_NAMES or (title in _ENGLISH_TITLES and self.is_word(low)):
                    if verb or ends:
                        return True
                elif low not in _stop_words() and (title not in vocab.WEAK_ADDRESS_TITLES or (
                        word_frequency(low, "pt") < vocab.WEAK_TITLE_NAME_FREQUENCY
                        and word_frequency(low, "es") < vocab.WEAK_TITLE_NAME_FREQUENCY)):
                    return True
            elif verb and (low not in _stop_words() or low in vocab.ENGLISH_WORD_NAMES):
                return True
        return False

    def _vietnamese(self, pieces: list[tuple[str, str]]) -> bool:
        listed = vocab.vietnamese_names()
        keys = [key(w) for w, _ in pieces]
        for n in range(len(pieces)):
            for size in (2, 1):
                phrase = " ".join(keys[n:n + size])
                if phrase not in vocab.VIETNAMESE_KIN or n + size >= len(pieces):
                    continue
                if any(pieces[m][1] not in (" ", "\t") for m in range(n, n + size)):
                    continue
                first = pieces[n][0]
                opens = n == 0 or bool(set(pieces[n - 1][1]) & set(".!?\n"))
                if not (first.islower() or opens):
                    continue
                plain = phrase in vocab.VIETNAMESE_KIN_ALSO_WORDS and first.isascii()
                at, told = n + size, False
                most = n + size + vocab.VIETNAMESE_BEFORE_NAME_WORDS
                while at < min(len(pieces) - 1, most) and keys[at] in vocab.VIETNAMESE_BEFORE_NAME \
                        and pieces[at][0].islower() and pieces[at - 1][1] in (" ", "\t"):
                    told = told or (keys[at] == "ten" and not plain)  # "con la cena" is Spanish
                    at += 1
                if pieces[at - 1][1].strip(" \t.,:"):
                    continue
                name = pieces[at][0]
                low = keys[at].replace("đ", "d")
                known = low in listed or keys[at] in listed or low in FIRST_NAMES
                if (name[:1].isupper() and (known or (not plain and self.may_name(name)))) or (
                        told and name.islower() and known):
                    return True
                break
        return False
