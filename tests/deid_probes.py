"""Shared probes of the de-identification round tests: redact one text, read it as the leak check reads it, and assert
that the redactor and the check agree (the check sees the identifier in the raw text and nothing of its kind in the
output). One home for these, so every round's test file asks the same questions of both sides."""

from __future__ import annotations

import ast
import datetime
import functools
import re
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import pyarrow as pa

from features.deid.leakcheck import (
    _PLACEHOLDER,
    IdentifierIndex,
    OwnerForms,
    as_digits,
    decode_written,
    script_digits,
    third_party_shapes,
    visible,
)
from features.deid.leakshapes import identifier_shapes
from features.deid.text import PatientIdentifiers, TextDeidentifier

#: round 39: the year the probes' messages are written in (``tests.conftest`` sets it for every test): a pack's expiry
#: ("Verfall 03/2028") is read from it, not from the clock, so the tests hold in any year they run in
MESSAGES_YEAR = 2026


def owner(name: str = "Avraham Mizrahi", street: str = "27 Penhallow Street", city: str = "Houston", *,
          dob: datetime.date = datetime.date(1958, 3, 4), zip5: str = "77002",
          phone: str = "(555) 123-4417") -> PatientIdentifiers:
    """A patient whose identifiers the owner pass and the owner check look for (defaults: a Houston patient)."""
    return PatientIdentifiers("MRN-00417723", name, dob, phone, "someone@example.com", street, city, "TX", zip5)


def redacted(deid: TextDeidentifier, text: str, patient: PatientIdentifiers | None = None) -> str:
    """``text`` as the redactor publishes it, for ``patient`` (``None``: a message with no known owner)."""
    return deid.redact([text], [patient]).texts[0]


# --------------------------------------------------------------------------- the owner's identifiers

def owner_kinds(patient: PatientIdentifiers, text: str) -> set[str]:
    """The kinds of ``patient``'s own identifiers the leak check finds in ``text``."""
    return OwnerForms.of(asdict(patient)).kinds_in(text)


def assert_owner_caught(deid: TextDeidentifier, patient: PatientIdentifiers, text: str, secret: str) -> None:
    """The redactor takes ``secret`` out, the check finds it in the raw text and nothing in the redacted one."""
    out = redacted(deid, text, patient)
    assert secret not in out and "<" in out, out
    assert owner_kinds(patient, text), text
    assert not owner_kinds(patient, out), (out, owner_kinds(patient, out))


def owner_and_check_finds(patient: PatientIdentifiers, text: str) -> set[str]:
    """Everything the check finds in ``text`` written by ``patient``: every patient's values (``patient`` the only
    row of the table) and the owner check's free-text scan."""
    index = check_index({
        "mrn": [patient.mrn], "full_name": [patient.full_name], "date_of_birth": [patient.date_of_birth],
        "phone": [patient.phone], "email": [patient.email], "street_address": [patient.street_address],
        "city": [patient.city], "state": [patient.state], "zip5": [patient.zip5]}, {patient.mrn: OWNER_KEY})
    return index.kinds_in(text) | set(index._free_text_counts((0, [(text, OWNER_KEY)]))[0])


def assert_owner_gone_for_both_sides(deid: TextDeidentifier, patient: PatientIdentifiers, text: str,
                                     secret: str) -> None:
    """The redactor takes ``secret`` out of ``patient``'s ``text``; :func:`owner_and_check_finds` sees something in
    the raw text and nothing in the output."""
    out = redacted(deid, text, patient)
    assert secret not in out and "<" in out, out
    assert owner_and_check_finds(patient, text), text
    assert not owner_and_check_finds(patient, out), (out, owner_and_check_finds(patient, out))


def assert_owner_text_kept(deid: TextDeidentifier, patient: PatientIdentifiers, text: str) -> None:
    """``patient``'s ``text`` is published as written and :func:`owner_and_check_finds` sees nothing in it."""
    assert redacted(deid, text, patient) == text
    assert not owner_and_check_finds(patient, text), owner_and_check_finds(patient, text)


def check_index(patients: dict[str, list[object]] | None = None,
                keys: dict[str, str] | None = None) -> IdentifierIndex:
    """The leak check's index over one Houston patient (or over ``patients``, columns of the patients table)."""
    columns = patients or {
        "mrn": ["MRN-00417723"], "full_name": ["Avraham Mizrahi"],
        "date_of_birth": [datetime.date(1958, 3, 4)], "phone": ["(555) 123-4417"],
        "email": ["someone@example.com"], "street_address": ["27 Penhallow Street"], "city": ["Houston"],
        "state": ["TX"], "zip5": ["77002"]}
    table = pa.table({name: pa.array(values, pa.date32()) if name == "date_of_birth" else values
                      for name, values in columns.items()})
    return IdentifierIndex(table, keys)


#: the key a message of the one patient of :func:`owner_check_index` is written under
OWNER_KEY = "p-0001"


def owner_check_index(name: str, *, phone: str = "(555) 123-4417") -> IdentifierIndex:
    """The leak check's index over one Houston patient called ``name`` (the phone of :func:`owner` unless given), the
    owner check on (messages keyed :data:`OWNER_KEY`)."""
    return check_index({
        "mrn": ["MRN-00417723"], "full_name": [name], "date_of_birth": [datetime.date(1958, 3, 4)],
        "phone": [phone], "email": ["someone@example.com"], "street_address": ["27 Penhallow Street"],
        "city": ["Houston"], "state": ["TX"], "zip5": ["77002"]}, {"MRN-00417723": OWNER_KEY})


def owner_check_finds(name: str, text: str, *, phone: str = "(555) 123-4417") -> set[str]:
    """Everything the leak check finds in ``text`` written by the patient called ``name`` (and ``phone``): every
    patient's values (a lake's column read value by value) and the free-text scan with its owner check."""
    index = owner_check_index(name, phone=phone)
    return index.kinds_in(text) | set(index._free_text_counts((0, [(text, OWNER_KEY)]))[0])


def assert_owner_word_kept(deid: TextDeidentifier, name: str, text: str) -> None:
    """For the owner called ``name``, the redactor publishes ``text`` as written (a piece of the name in an everyday
    sense) and the check (every patient's values and the owner check) finds nothing in it."""
    assert redacted(deid, text, owner(name)) == text
    assert not owner_check_finds(name, text), owner_check_finds(name, text)


def two_patients_index() -> IdentifierIndex:
    """The leak check's index over two patients whose ZIPs (10457, 92683) and towns (Boulder, Phoenix) are also an
    ordinary number and ordinary words: the residual pass's and the check's readings of other patients' values."""
    return check_index({
        "mrn": ["MRN-00417723", "MRN-00991122"], "full_name": ["Avraham Mizrahi", "Rosa Quintero"],
        "date_of_birth": [datetime.date(1958, 3, 4), datetime.date(1961, 7, 9)],
        "phone": ["(555) 123-4417", "(555) 987-1200"], "email": ["a@example.com", "r@example.com"],
        "street_address": ["27 Penhallow Street", "9 Larch Lane"], "city": ["Boulder", "Phoenix"],
        "state": ["CO", "AZ"], "zip5": ["10457", "92683"]})


# --------------------------------------------------------------------------- identifier shapes (anybody's)

def shape_kinds(text: str) -> list[str]:
    """The leak check's identifier shapes in ``text``, read as the free-text scan reads a message."""
    return identifier_shapes(_PLACEHOLDER.sub(" ", as_digits(script_digits(visible(decode_written(text))))))


def assert_shape_caught(deid: TextDeidentifier, text: str, secret: str, kind: str) -> None:
    """The check sees ``kind`` in ``text`` as written (what a redactor that missed it would publish), the redactor
    takes ``secret`` out, and the check sees nothing of the kind in its output."""
    assert kind in shape_kinds(text), text
    out = redacted(deid, text)
    assert secret not in out, out
    assert kind not in shape_kinds(out), out


def assert_shape_kept(deid: TextDeidentifier, text: str, kind: str) -> None:
    """Neither the redactor nor the check reads ``text`` as holding an identifier of ``kind``."""
    assert redacted(deid, text) == text
    assert kind not in shape_kinds(text), text


# --------------------------------------------------------------------------- third parties

def third_party_kinds(text: str) -> list[str]:
    """The leak check's third-party shapes in ``text``, placeholders read as spaces (as the check reads them)."""
    return third_party_shapes(re.sub(r"<[A-Z_]+>", " ", text))


def assert_third_party_caught(deid: TextDeidentifier, text: str, secret: str, kinds: set[str]) -> None:
    """The check sees one of ``kinds`` in ``text``; the redactor removes ``secret``; the check sees none in the output."""
    assert kinds & set(third_party_kinds(text)), (text, third_party_kinds(text))
    out = redacted(deid, text)
    assert secret not in out, out
    assert not kinds & set(third_party_kinds(out)), (out, third_party_kinds(out))


def free_text_kinds(index: IdentifierIndex, text: str) -> set[str]:
    """Every kind the leak check's free-text scan finds in ``text`` (a message with no known owner)."""
    return set(index._free_text_counts((0, [(text, None)]))[0])


def assert_free_text_caught(deid: TextDeidentifier, index: IdentifierIndex, text: str, secret: str,
                            kinds: set[str] | None = None) -> None:
    """The check's free-text scan sees one of ``kinds`` (any kind where ``None``) in ``text``; the redactor removes
    ``secret``; the scan sees nothing in the output."""
    seen = free_text_kinds(index, text)
    assert (kinds & seen) if kinds is not None else seen, (text, seen)
    out = redacted(deid, text)
    assert secret not in out, out
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))


def assert_gone_and_clean(deid: TextDeidentifier, index: IdentifierIndex, text: str, secret: str) -> None:
    """The redactor removes ``secret`` and the check's free-text scan finds nothing in the output (whether or not it
    sees ``secret`` in the raw text)."""
    out = redacted(deid, text)
    assert secret not in out, out
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))


def assert_free_text_kept(deid: TextDeidentifier, index: IdentifierIndex, text: str) -> None:
    """The redactor publishes ``text`` as written and the check's free-text scan finds nothing in it."""
    assert redacted(deid, text) == text
    assert not free_text_kinds(index, text), free_text_kinds(index, text)


def cpu_seconds(run: Callable[[], object]) -> float:
    """The CPU seconds of this process that ``run()`` takes (the long-run tests' measure: other processes on a shared
    machine add none of it)."""
    start = time.process_time()
    run()
    return time.process_time() - start


#: the numbers of repeats a cost probe times by default: 4 to 1, as before, at half the 500 and 2,000 of rounds 8-32
#: (2026-12-06: the probes' 468 cases had grown to half of CI's time; a quadratic reading still shows 16 for 4)
COST_SIZES = (250, 1000)
#: the most characters a cost probe's larger text holds: a longer piece is repeated fewer times, in the same ratio
#: (16,000 characters is some ten times the longest message of the simulator's and the black-box rounds' lakes; a
#: reading quadratic in the length shows 16 for 4 there as at 200,000; the 171-character piece of round 22 was
#: repeated 2,000 times, 342,000 characters for each side, before; round 42: 8,000, five times that longest message, as
#: the probes' cases passed 600 and CI passed its 45 minutes; round 43: 4,000, as the cost probes of 152 round files
#: still took a third of their files' time: length is the test of all rounds' pieces together, 1 and 4 repeats of
#: every piece, tens of thousands of characters; a probe here guards its own piece's growth)
COST_CHARACTERS = 4_000
#: the fewest repeats at the larger size, whatever the piece's length (the test of all rounds' pieces together: 12)
COST_FEWEST_REPEATS = 12


def assert_cost_grows_linearly(run_at: Callable[[int], object], *, sizes: tuple[int, int] = COST_SIZES) -> None:
    """``run_at(n)`` costs, at the larger of ``sizes``, less than twice the size ratio times its cost at the smaller.

    Growth, not speed: a reading that is linear in the text's length gives the size ratio (4 for 250 and 1,000), a
    quadratic one its square (16), so the bound of twice the ratio separates the two without any absolute budget,
    which a shared, loaded machine breaks (a CI run once spent 4.8 CPU seconds on a text budgeted 4).
    Each size is measured in CPU seconds of this process; a pair past the bound is measured once more and the least of
    each size kept (a pause of the machine's, not the reading's, then passes; a reading that grows faster than its
    size fails both times; measuring twice always had doubled the suite's costliest tests). 0.3 s of slack covers
    sizes too small to time. An exponential reading is left to the test's own ``timeout`` mark.
    A first call at the small size warms up, unmeasured: a reading's lazy loads (janome's dictionary, compiled tables)
    are no cost of either size, and the small size is one that every ``run_at`` can take (a probe may map views of its
    own sizes only).
    """
    small, large = sizes
    run_at(small)  # the warm-up (see above)
    cost = {n: cpu_seconds(functools.partial(run_at, n)) for n in sizes}
    if cost[large] >= 2 * (large / small) * cost[small] + 0.3:  # measured again only when the first pair fails
        cost = {n: min(cost[n], cpu_seconds(functools.partial(run_at, n))) for n in sizes}
    assert cost[large] < 2 * (large / small) * cost[small] + 0.3, cost


def cost_sizes(length: int, sizes: tuple[int, int] = COST_SIZES) -> tuple[int, int]:
    """``sizes`` (small, large repeats) for a piece of ``length`` characters: as given where the larger text holds at
    most :data:`COST_CHARACTERS`, otherwise fewer repeats in the same ratio (at least :data:`COST_FEWEST_REPEATS`)."""
    small, large = sizes
    fewer = max(COST_FEWEST_REPEATS, COST_CHARACTERS // max(length, 1))
    if fewer >= large:
        return sizes
    if large % small == 0:  # round 42: a multiple of the sizes' ratio, which is then kept exactly
        step = large // small
        fewer = max(step, fewer // step * step)
        return fewer // step, fewer
    return max(1, round(fewer * small / large)), fewer


def assert_cost_in_proportion(deid: TextDeidentifier, index: IdentifierIndex, piece: str, *,
                              sizes: tuple[int, int] = COST_SIZES) -> None:
    """Repeats of ``piece`` cost the redactor and the check's free-text scan CPU time in proportion to their number
    (``sizes`` of :func:`assert_cost_grows_linearly`, scaled down in their ratio so that the larger text holds at
    most :data:`COST_CHARACTERS`, and at least :data:`COST_FEWEST_REPEATS` repeats)."""
    sizes = cost_sizes(len(piece), sizes)
    assert_cost_grows_linearly(lambda n: deid.redact([piece * n], [None]), sizes=sizes)
    assert_cost_grows_linearly(lambda n: index._free_text_counts((0, [(piece * n, None)])), sizes=sizes)


def long_run_pieces(folder: Path = Path(__file__).parent) -> list[str]:
    """Every piece the rounds' long-run tests repeat: the ``piece`` parameters of each ``test_deid_*`` test that asserts
    a cost (a list written in the decorator or a list of the module's named in it), read from the source without
    importing the modules. Each piece is linear alone; put together they test that no two readings compound."""
    pieces: list[str] = []
    for path in sorted(folder.glob("test_deid_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        named = {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                 for target in node.targets if isinstance(target, ast.Name)}
        for test in (node for node in tree.body if isinstance(node, ast.FunctionDef)):
            if "assert_cost" not in ast.unparse(test):
                continue
            for mark in test.decorator_list:
                if (isinstance(mark, ast.Call) and ast.unparse(mark.func).endswith("parametrize") and mark.args
                        and isinstance(mark.args[0], ast.Constant) and mark.args[0].value == "piece"):
                    values = mark.args[1]
                    values = named.get(values.id, values) if isinstance(values, ast.Name) else values
                    pieces += [value for value in map(_constant, getattr(values, "elts", ())) if isinstance(value, str)]
    return list(dict.fromkeys(pieces))


def _constant(node: ast.expr) -> object:
    """A parameter written in a test's decorator: a literal, or an expression of literals alone ("พี่" * 7 + " ")
    evaluated with no names in reach."""
    try:
        return ast.literal_eval(node)
    except ValueError:
        return eval(compile(ast.Expression(node), "<piece>", "eval"), {"__builtins__": {}}, {})


# --------------------------------------------------------------------------- birthdays said by a festival (round 24)

FESTIVAL_BIRTHDAY = "birthday by a festival"


def assert_festival_birthday_caught(deid: TextDeidentifier, text: str, secret: str) -> None:
    """The check sees a birthday said by a festival in ``text``; the redactor makes it a ``<DATE>``."""
    assert_shape_caught(deid, text, secret, FESTIVAL_BIRTHDAY)
    assert "<DATE>" in redacted(deid, text)


def assert_owners_festival_birthday_caught(deid: TextDeidentifier, index: IdentifierIndex, dob: str, text: str,
                                           secret: str) -> None:
    """For an owner born on ``dob`` (ISO), the festival goes as a ``<DATE>`` and the check finds nothing left."""
    out = redacted(deid, text, owner(dob=datetime.date.fromisoformat(dob)))
    assert secret not in out and "<DATE>" in out, out
    assert not free_text_kinds(index, out), out
