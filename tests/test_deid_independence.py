"""The leak check looks with its own eyes (README, De-identification: "the check"): no module it reads
is one of the redactor's readings, and what it takes from the redactor's modules is word lists only.

One test over every ``features.deid.leak*`` module and every ``features.deid`` module they import, directly
or not, so that a check module added later is held to the same rule (each round's tests used to hold only
the modules that round touched)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re

import pytest

import features.deid

#: The redactor's readings: its patterns and the code that applies them. The check imports none of them.
REDACTOR_READINGS = frozenset(f"features.deid.{name}" for name in (
    "text", "shapes", "more_shapes", "world_shapes", "hidden_shapes", "place_shapes", "people", "carriers",
    "owner_spelled", "owner_disguised", "lookalike_numbers", "script_names", "records", "short_forms", "fields",
    "owner_variants", "kin_names", "calendar_shapes", "inflected_kin",
))  # fmt: skip
#: Redactor modules that also hold word lists (names, common and clinical words, texting words): the check may take
#: their constants, never a function or a pattern, and does not read what they import in turn.
WORD_LIST_MODULES = frozenset({"features.deid.recognizers", "features.deid.third_parties"})
_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]*")
#: The functions the check takes from them, each a word list in a function's form, reading no text: the medication
#: vocabulary (what must stay), the world's town names and Faker's English given names (round 30). (The regex
#: alternation and Faker's name lists live in the shared modules ``patterns`` and ``peoplewords`` since 2026-12-06.)
#: Any other function is a reading of the redactor's and fails the test below.
SHARED_TOOLS = frozenset({("features.deid.recognizers", "is_medication"), ("features.deid.recognizers", "world_towns"),
                          ("features.deid.recognizers", "english_given_names")})  # fmt: skip


def _deid_imports(module: str) -> list[tuple[str, list[str]]]:
    """``(imported features.deid module, names taken from it)`` of ``module``'s source ("*" for a whole module)."""
    tree = ast.parse(importlib.import_module(module).__loader__.get_source(module))  # type: ignore[union-attr]
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "features.deid":
            found += [(f"features.deid.{alias.name}", ["*"]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("features.deid."):
            found.append((node.module or "", [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found += [(alias.name, ["*"]) for alias in node.names if alias.name.startswith("features.deid.")]
    return found


def _the_checks_modules() -> dict[str, list[tuple[str, list[str]]]]:
    """Every ``leak*`` module and, transitively, the ``features.deid`` modules they import (not through a
    word-list module), each with its imports."""
    pending = [f"features.deid.{info.name}" for info in pkgutil.iter_modules(features.deid.__path__)
               if info.name.startswith("leak")]  # fmt: skip
    seen: dict[str, list[tuple[str, list[str]]]] = {}
    while pending:
        module = pending.pop()
        if module in seen:
            continue
        seen[module] = _deid_imports(module)
        pending += [name for name, _ in seen[module] if name not in WORD_LIST_MODULES and name not in seen]
    return seen


def test_the_walk_reaches_the_check_and_its_vocabulary():
    """Guards the test itself: an empty walk would pass everything."""
    modules = _the_checks_modules()
    assert {"features.deid.leakcheck", "features.deid.leakshapes", "features.deid.leakpeople",
            "features.deid.leakscripts", "features.deid.normalize", "features.deid.peoplewords"} <= set(modules)


@pytest.mark.verifies("REQ-DEID-003")
def test_no_module_the_check_reads_is_a_redactor_reading():
    modules = _the_checks_modules()
    assert not REDACTOR_READINGS & set(modules), sorted(REDACTOR_READINGS & set(modules))
    for module, imports in modules.items():
        taken = {name for name, _ in imports} & REDACTOR_READINGS
        assert not taken, (module, sorted(taken))


@pytest.mark.verifies("REQ-DEID-003")
def test_the_check_takes_only_word_lists_from_the_redactors_modules():
    for module, imports in _the_checks_modules().items():
        for source, names in imports:
            if source not in WORD_LIST_MODULES:
                continue
            names = [name for name in names if (source, name) not in SHARED_TOOLS]
            assert all(_CONSTANT.fullmatch(name) for name in names), (module, source, names)
            values = [getattr(importlib.import_module(source), name) for name in names]
            lists = frozenset | set | tuple | list | dict | str
            assert all(isinstance(value, lists) for value in values), (module, source, names)
