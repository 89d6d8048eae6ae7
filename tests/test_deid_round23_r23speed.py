"""The twenty-third round's speed work on the redactor: each shortcut reads what the slower reading it stands for read,
so the redacted text is the same on every input. Each is tested against that slower reading, kept or rebuilt here:

a. the owner's short forms (round 22) read as sets of prefixes, endings and joined syllables over the text's runs of
   letters, with no pattern compiled an owner; a text that is not ASCII is still read by the pattern (a letter of
   another alphabet may match a Latin one in any case); the initials' pattern is compiled once for every owner with
   the same initials;
b. the owner's shapes (e-mail, phones, dates, ZIP) are not looked for in a text with no digit and no "@";
c. the birthday in other calendars is not converted for a text with no number of four digits or more (for an owner
   born from 1700 on, every one of those years has four digits or more);
d. end to end: the redaction of the deid tests' own texts, for owners whose names have short forms, is the same with
   the shortcuts as with the slower readings put back.
"""

from __future__ import annotations

import ast
import datetime
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from features.deid import short_forms
from features.deid import text as text_module
from features.deid.aliases import DIMINUTIVE_ENDINGS
from features.deid.calendars import birthday_in_calendars
from features.deid.text import TextDeidentifier, clear_owner_caches
from tests import deid_probes as probes
from tests.deid_probes import redacted

#: owners whose given names have prefixes, endings, joined syllables and initials to read
NAMES = ["Shivani Okafor", "María José Ortega", "Oluwaseun Adeyemi", "Sebastian Kowalczyk", "Daniela Ruiz",
         "Ivan Petrov", "Cornelius Max Weber", "Tomasz Nowak", "Anna Maria Lee", "Jo Li", "Mark Will Day"]


def _pattern_matches(folded: str, full_name: str) -> Iterator[tuple[re.Match[str], str]]:
    """The short forms as the pattern of round 22 reads them (the reading of a text that is not ASCII), any text."""
    pattern = short_forms._short_form_pattern(full_name)
    for m in pattern.finditer(folded) if pattern is not None else ():
        yield m, ("tail" if m["tail"] is not None else "join" if m["join"] is not None
                  else "stem" if m["end"] is None else "ending")


def _short_form_texts(full_name: str, count: int, seed: int) -> list[str]:
    """ASCII texts of words made of the name's prefixes and endings, diminutive endings, other letters, in any case,
    glued to digits and marks: where a run of letters is and is not a short form."""
    rng = random.Random(seed)
    given = [p for p in re.findall(r"[a-z]+", short_forms.fold_text(full_name).lower())]
    pieces = [g[:n] for g in given for n in range(1, len(g) + 1)] + [g[-n:] for g in given for n in range(1, len(g))]
    pieces += [*DIMINUTIVE_ENDINGS, "x", "q", "the", "max", "will", "mj", "MJO"]
    glue = [" ", " ", " ", "-", ".", "'", "3", "_", ", ", "\n", ""]
    texts = []
    for _ in range(count):
        words = []
        for _ in range(rng.randint(1, 8)):
            word = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
            words.append(rng.choice([word, word.capitalize(), word.upper()]))
        texts.append("".join(w + rng.choice(glue) for w in words))
    return texts


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("full_name", NAMES)
def test_short_forms_read_as_sets_find_what_the_pattern_finds(full_name: str) -> None:
    for text in _short_form_texts(full_name, 400, seed=len(full_name)):
        fast = [(m.span(), kind) for m, kind in short_forms._short_form_matches(text, full_name)]
        assert fast == [(m.span(), kind) for m, kind in _pattern_matches(text, full_name)], text


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Shivani Okafor", "Shivy said the refill is late", "Shivy"), ("Shivani Okafor", "ask Shiv about it", "Shiv"),
    ("Oluwaseun Adeyemi", "Seun will pick it up", "Seun"), ("María José Ortega", "Majo called twice", "Majo"),
    ("María José Ortega", "signed M.J.O.", "M.J.O."), ("María José Ortega", "MJ has the pills", "MJ"),
])
def test_short_forms_still_caught(deid: TextDeidentifier, name: str, text: str, secret: str) -> None:
    assert secret not in redacted(deid, text, probes.owner(name))


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["shivering at night", "sebaceous cyst on the neck", "majority of doses taken",
                                  "mjolnir toy"])
def test_short_forms_near_misses_kept(deid: TextDeidentifier, text: str) -> None:
    patient = probes.owner("Shivani Oluwaseun María José Ortega")
    assert redacted(deid, text, patient) == text


@pytest.mark.verifies("REQ-DEID-003")
def test_a_text_of_another_alphabet_is_read_by_the_pattern() -> None:
    """"ſ" is an "s" to the pattern in any case: the text that is not ASCII is read by the pattern, and finds it."""
    found = list(short_forms._short_form_matches("ask Sebaſtian or Baſtian", "Sebastian Kowalczyk"))
    assert [m.group() for m, _ in found] == [m.group() for m, _ in _pattern_matches("ask Sebaſtian or Baſtian",
                                                                                     "Sebastian Kowalczyk")]


@pytest.mark.verifies("REQ-DEID-003")
def test_owners_with_the_same_initials_share_one_pattern() -> None:
    assert short_forms._initials("Maria Jose Ortega") == short_forms._initials("Mark James Owens")
    first = short_forms._initials_pattern(short_forms._initials("Maria Jose Ortega"))
    assert short_forms._initials_pattern(short_forms._initials("Mark James Owens")) is first


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", [
    "March fourth, nineteen fifty eight", "ngay bon thang ba", "jdoe at example dot com", "zip is seven seven oh",
    "born on the fourth of March", "call me at five five five", "mar/iv/lviii", "Showa era, third month",
])
def test_shapes_need_a_digit_or_an_at_sign(text: str) -> None:
    """Every branch of the owner's shapes holds a digit, or "@" for an e-mail: a text with neither holds none, and is
    not scanned. An e-mail with no digit is still one."""
    assert not text_module._SHAPE_NEEDS.search(text)
    assert list(text_module._SHAPES.finditer(text)) == []
    assert [m.lastgroup for m in text_module._SHAPES.finditer("write to jdoe@example.com")] == ["EMAIL"]


@pytest.mark.verifies("REQ-DEID-003")
def test_calendar_years_have_four_digits_from_1700() -> None:
    """The shortcut's premise, on the first and last days of each month of every year from 1700 to 2100."""
    for year in range(text_module.CALENDAR_YEARS_OF_FOUR_DIGITS_FROM, 2101, 7):
        for month in range(1, 13):
            for day in (1, 28):
                dates = birthday_in_calendars(datetime.date(year, month, day))
                assert min(d.year for d in dates) >= 1000, (year, month, day)


def _deid_test_texts(count: int) -> list[str]:
    """Texts the deid tests give the redactor (string constants of their modules, read without importing them)."""
    texts: list[str] = []
    for path in sorted(Path(__file__).parent.glob("test_deid_round2*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and 6 <= len(node.value) <= 300
                    and " " in node.value and "\n    " not in node.value):
                texts.append(node.value)
    unique = list(dict.fromkeys(texts))
    return random.Random(23).sample(unique, min(count, len(unique)))


def _slower_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Put back the readings the shortcuts stand for."""
    monkeypatch.setattr(short_forms, "_short_form_matches", _pattern_matches)
    monkeypatch.setattr(text_module, "_SHAPE_NEEDS", re.compile(""))
    monkeypatch.setattr(text_module, "CALENDAR_YEARS_OF_FOUR_DIGITS_FROM", 10**6)


@pytest.mark.verifies("REQ-DEID-003")
def test_the_redaction_is_the_same_with_the_slower_readings(deid: TextDeidentifier,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _deid_test_texts(300)
    texts += ["Shivy and Majo came by; M.J.O. signed", "Dani (Daniela) born 1 Rajab 1378 AH, call 555 0100",
              "Seun's bday 1958 in Tehran: 13 Esfand 1336", "no digits here, Bastian said"]
    owners = [probes.owner(NAMES[i % len(NAMES)], dob=datetime.date(1940 + i % 60, 1 + i % 12, 1 + i % 28))
              for i in range(len(texts))] + [None]
    texts += texts[:1]
    fast = deid.redact(texts, owners).texts
    with monkeypatch.context() as patched:
        _slower_readings(patched)
        clear_owner_caches()
        slow = deid.redact(texts, owners).texts
    assert [(t, a) for t, a, b in zip(texts, fast, slow, strict=True) if a != b] == []
