"""Round 39 (r39ownernum), the redactor's reading: the owner's phone and name parts said over several messages.

The thirty-ninth black-box round published the owner's phone (553) 994-6285 said over two messages ("my first number
part is 553 994", then "and the rest is 62 85": words between the figures and the seam, so the seam's window did not
join them) and over three ("my new cell: 354", "558", "1699": the area code left), and the owner's surname cut at a
seam ("Hu", then "ghes is the name"). A message read alone holds no identifier of the owner's; read in turn, the
figure groups of a patient's messages spell the owner's phone, and the last word of one and the first of the next
spell a part of the owner's name.

* Phone: the groups of figures (of any script) of the owner's messages, in turn; a stretch of groups that follow one
  another (no other group between) in messages that follow one another (or with at most :data:`REPLIES_BETWEEN`
  messages of another author between: the care team's replies), that crosses a message's edge and whose figures
  together are seven or more of the owner's phone in order, goes, each group a ``<PHONE>`` (a piece of two to four
  figures too: its neighbour holds the rest). A count or a dose is no piece of it: the figures must be the phone's
  own, in order, seven or more together.
* Name: the last word of a message glued to the first of the next is a part of the owner's name of four letters or
  more, and neither piece alone is one: both pieces go as ``<PERSON>``.

The leak check reads the same its own way (:meth:`~features.deid.leakcheck.IdentifierIndex.scan_message_seams`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from features.deid.peoplewords import key as vocabulary_key
from features.deid.text import PatientIdentifiers

#: the fewest figures of the owner's phone, in order, a stretch of groups over messages must spell
FEWEST_PHONE_FIGURES = 7
#: the most messages of another author (the care team's replies) between two messages of one stretch
REPLIES_BETWEEN = 2
#: the fewest letters of a name part read glued across a seam
FEWEST_NAME_LETTERS = 4
_GROUP = re.compile(r"\d+")
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s.,;:!?…'’)-]*\Z")
_FIRST_WORD = re.compile(r"[\s(\-'’]*([^\W\d_]+)")


def _figures(group: str) -> str:
    """A group of digits of any script as ASCII figures."""
    return group if group.isascii() else "".join(str(unicodedata.decimal(c, 0)) for c in group)


def _phone_digits(phone: str) -> str:
    """The owner's phone's figures, a leading NANP "1" dropped from eleven."""
    digits = re.sub(r"\D", "", phone or "")
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def phone_group_spans(texts: Sequence[str], phone: str, places: Sequence[int]) -> list[tuple[int, int, int]]:
    """``(message, start, end)`` of the figure groups of ``texts`` (one author's messages of a patient in turn, at
    ``places`` in the patient's turn) that spell ``phone`` over two messages or more (see the module's text)."""
    digits = _phone_digits(phone)
    if len(digits) < FEWEST_PHONE_FIGURES:
        return []
    groups = [(i, m.start(), m.end(), _figures(m.group())) for i, text in enumerate(texts)
              for m in _GROUP.finditer(text or "")]
    found: list[tuple[int, int, int]] = []
    start = 0
    while start < len(groups):
        said, end = "", start
        while end < len(groups) and (said + groups[end][3]) in digits and (
                end == start or (groups[end][0] - groups[end - 1][0] <= 1
                                 and places[groups[end][0]] - places[groups[end - 1][0]] <= REPLIES_BETWEEN + 1)):
            said += groups[end][3]
            end += 1
        if len(said) >= FEWEST_PHONE_FIGURES and groups[start][0] != groups[end - 1][0]:
            found += [(i, s, e) for i, s, e, _ in groups[start:end]]
            start = end
        else:
            start += 1
    return found


def _name_parts(full_name: str) -> frozenset[str]:
    return frozenset(vocabulary_key(w) for w in re.findall(r"[^\W\d_]+", full_name or "")
                     if len(w) >= FEWEST_NAME_LETTERS)


def name_piece_spans(first: str, second: str, full_name: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the last word of ``first`` and the first word of ``second`` when the two glued are a part of the
    owner's name (``full_name``) that neither is alone ("Hu" then "ghes is the name"); ``None`` otherwise."""
    last, opening = _LAST_WORD.search(first or ""), _FIRST_WORD.match(second or "")
    if last is None or opening is None:
        return None
    parts = _name_parts(full_name)
    tail, head = vocabulary_key(last.group(1)), vocabulary_key(opening.group(1))
    if tail + head not in parts or tail in parts or head in parts:
        return None
    return last.span(1), opening.span(1)


def owner_pieces_redacted(out: list[str], before: Sequence[str | None], seams: Sequence[tuple[int, int]],
                          pairs: Sequence[tuple[int, int]], owners: Sequence[PatientIdentifiers | None],
                          counts: Counter[str], authors: Sequence[str | None] | None = None) -> None:
    """The owner's phone said in figure groups over a patient's messages in turn (the chains of consecutive
    ``seams``, each author's apart: ``authors``) and the owner's name parts cut at the seams of ``pairs`` taken out
    of ``out`` (counted in ``counts``): found in ``before`` (the texts as written), each piece replaced where
    ``out`` still has it as written."""
    changes: dict[int, list[tuple[int, int, str]]] = {}
    for chain in _chains(seams):
        owner = owners[chain[0]]
        for author in {authors[row] for row in chain} if authors is not None and owner is not None else {None}:
            places = [place for place, row in enumerate(chain) if authors is None or authors[row] == author]
            spans = phone_group_spans([before[chain[p]] or "" for p in places], owner.phone,
                                      places) if owner is not None else []
            for i, start, end in spans:
                changes.setdefault(chain[places[i]], []).append((start, end, "<PHONE>"))
    for row, after in pairs:
        owner = owners[row]
        found = name_piece_spans(before[row] or "", before[after] or "", owner.full_name) if owner else None
        if found is not None:
            changes.setdefault(row, []).append((*found[0], "<PERSON>"))
            changes.setdefault(after, []).append((*found[1], "<PERSON>"))
    made: set[str] = set()
    for row, pieces in changes.items():
        out[row], done = _replaced(out[row] or "", before[row] or "", pieces)
        made |= done
    counts.update(placeholder.strip("<>") for placeholder in made)


def _chains(seams: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The rows of each run of consecutive seams (one patient's messages in turn), two rows or more each."""
    chains: list[list[int]] = []
    for row, after in seams:
        if chains and chains[-1][-1] == row:
            chains[-1].append(after)
        else:
            chains.append([row, after])
    return chains


def _replaced(text: str, raw: str, spans: list[tuple[int, int, str]]) -> tuple[str, set[str]]:
    """``text`` (``raw`` redacted) with each span of ``raw`` made its placeholder: at the same place when ``text``
    is ``raw`` up to it, else at the same occurrence of the piece among ``text``'s (figures or letters standing
    alone), else nowhere (the piece is gone already); and the placeholders put in."""
    made: set[str] = set()
    for start, end, placeholder in sorted(spans, reverse=True):
        piece = raw[start:end]
        if text[:end] == raw[:end]:
            text = text[:start] + placeholder + text[end:]
            made.add(placeholder)
            continue
        alone = re.compile(rf"(?<![^\W_]){re.escape(piece)}(?![^\W_])")
        nth = len(alone.findall(raw[:start]))
        found = list(alone.finditer(text))
        if len(found) == len(alone.findall(raw)):
            m = found[nth]
            text = text[:m.start()] + placeholder + text[m.end():]
            made.add(placeholder)
    return text, made
