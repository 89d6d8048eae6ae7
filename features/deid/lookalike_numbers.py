"""The owner's ZIP, phone and MRN with letters written for digits beyond O, I and l (the shared
:func:`~features.deid.normalize.digit_view` reads those): ``306B1`` for 30681, ``9EE 79l 7Z3Z`` for (933) 791-7232,
``MRN 7S433674`` (twelfth black-box round: 40 of 43 such ZIPs were published).

Only the owner's own numbers are looked for, so a wider letter table costs no over-redaction: a run of tokens that
each hold a digit and letters of :data:`LETTER_DIGITS` alone is read with those letters as digits, and it goes when
the owner's ZIP, national phone number, its last seven digits or the MRN's significant digits are inside it.
The letter table is typewriter and leetspeak usage (B 8, S 5, Z 2, E 3, G 6, T 7, g and q 9, A 4, b 6)."""

from __future__ import annotations

import functools
import re

#: Letters written for digits (their shapes), O/o, I/l/i and "|" included.
LETTER_DIGITS = str.maketrans("BSZEGTgqAbOoIli|", "8523679946001111")
_LOOKALIKE_LETTERS = frozenset("BSZEGTgqAbOoIli|")
#: A token that may be a number with letters for digits: digits and look-alike letters, at least one digit (checked)
_TOKEN = re.compile(r"[0-9BSZEGTgqAbOoIli|]+")
#: What may separate the tokens of one number
_GAP = re.compile(r"[ .\-()/]{1,3}")


Targets = tuple[tuple[str, str], ...]


@functools.lru_cache(maxsize=4096)
def owner_number_targets(national_phone: str, zip5: str, mrn: str) -> Targets:
    """``(digits, placeholder)`` looked for: the phone's national number (``national_phone``, from
    :func:`features.deid.text.national_number`) and its last seven digits, the ZIP, the MRN's digits without leading
    zeros when five or more are left."""
    digits = national_phone
    mrn_digits = re.sub(r"\D", "", mrn or "").lstrip("0")
    targets = [(digits, "PHONE")] if len(digits) >= 7 else []
    targets += [(digits[-7:], "PHONE")] if len(digits) > 7 else []
    targets += [(zip5, "ZIP")] if zip5 and len(zip5) == 5 and zip5.isdigit() else []
    targets += [(mrn_digits, "MRN")] if len(mrn_digits) >= 5 else []
    return tuple(targets)


def lookalike_number_spans(text: str, targets: Targets) -> list[tuple[int, int, str]]:
    """``(start, end, placeholder)`` of runs of ``text`` that hold one of the owner's numbers (``targets``, from
    :func:`owner_number_targets`) with letters for digits; ``[]`` when the text has no digit and no look-alike letter
    (one scan each)."""
    if not targets or not any(c.isdigit() for c in text) or not _LOOKALIKE_LETTERS.intersection(text):
        return []
    found: list[tuple[int, int, str]] = []
    run: list[re.Match[str]] = []
    for token in [*_TOKEN.finditer(text), None]:
        fits = token is not None and any(c.isdigit() for c in token.group()) and (
            token.start() == 0 or not text[token.start() - 1].isalnum()) and (
            token.end() == len(text) or not text[token.end()].isalnum())
        if fits and run and token is not None and not _GAP.fullmatch(text, run[-1].end(), token.start()):
            found += _owner_number_in(text, run, targets)
            run = []
        if fits and token is not None:
            run.append(token)
        elif run:
            found += _owner_number_in(text, run, targets)
            run = []
    return found


def _owner_number_in(text: str, run: list[re.Match[str]], targets: Targets) -> list[tuple[int, int, str]]:
    digits = "".join(token.group().translate(LETTER_DIGITS) for token in run)
    if any(c.isalpha() for c in "".join(token.group() for token in run)):
        for target, label in targets:
            if target in digits:
                return [(run[0].start(), run[-1].end(), label)]
    return []
