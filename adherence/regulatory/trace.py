"""Requirement-to-test traceability: requirement → tests → last result.

Requirements live in ``regulatory/requirements.toml`` (id, IEC 62304 safety class, hazard). Tests
name the ids they verify with ``@pytest.mark.verifies("REQ-…")`` on a test function or class, or in a
module's ``pytestmark``. The tests are found by reading the test files (``ast``), so the matrix needs
no test run; the last result of each test comes from a JUnit XML report (``scripts/test.sh`` writes
one). A class C requirement without a test, or a test naming an unknown id, fails the check.
"""

from __future__ import annotations

import ast
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adherence.regulatory import EVIDENCE_DIR, REPO_ROOT, write_atomic

MARKER = "verifies"
ID_PATTERN = re.compile(r"^REQ-[A-Z]+-\d{3}$")
CLASSES = ("A", "B", "C")
NOT_RUN = "not run"


class TraceError(ValueError):
    """The requirements file or a test's marker is malformed."""


@dataclass(frozen=True)
class Requirement:
    """One entry of ``regulatory/requirements.toml``, as ``load_requirements`` checked it."""

    #: Shaped like ``REQ-AREA-001`` (``ID_PATTERN``), unique in the file.
    id: str
    #: IEC 62304 software safety class: ``A``, ``B`` or ``C`` (``CLASSES``).
    safety_class: str
    #: What the software must do.
    title: str
    #: The hazard (ISO 14971) the requirement controls.
    hazard: str


@dataclass
class Row:
    """One requirement of the matrix with the tests that verify it and their last results."""

    requirement: Requirement
    tests: dict[str, str] = field(default_factory=dict)

    @property
    def result(self) -> str:
        """``unverified`` (no test), else the worst last result of its tests."""
        if not self.tests:
            return "unverified"
        for outcome in ("failed", NOT_RUN, "skipped"):
            if outcome in self.tests.values():
                return outcome
        return "passed"


def load_requirements(path: Path = EVIDENCE_DIR / "requirements.toml") -> list[Requirement]:
    """Every requirement of the file, checked: id shape, unique ids, class A/B/C, a title and a hazard."""
    try:
        entries = tomllib.loads(path.read_text(encoding="utf-8")).get("requirement", [])
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TraceError(f"{path}: cannot read the requirements ({exc})") from exc
    requirements, seen = [], set()
    for entry in entries:
        ident = str(entry.get("id", ""))
        if not ID_PATTERN.match(ident):
            raise TraceError(f"{path.name}: requirement id {ident!r} is not shaped like REQ-AREA-001")
        if ident in seen:
            raise TraceError(f"{path.name}: requirement id {ident} appears twice")
        if entry.get("class") not in CLASSES:
            raise TraceError(f"{path.name}: {ident} has safety class {entry.get('class')!r}; it must be one of A, B, C")
        if not entry.get("title") or not entry.get("hazard"):
            raise TraceError(f"{path.name}: {ident} needs a title and a hazard")
        seen.add(ident)
        requirements.append(Requirement(ident, entry["class"], str(entry["title"]), str(entry["hazard"])))
    return requirements


def _marker_calls(node: ast.AST) -> Iterator[ast.Call]:
    """Every ``….verifies(...)`` call in ``node``."""
    for call in ast.walk(node):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == MARKER:
            yield call


def _marked_ids(decorators: list[ast.expr], seen: set[int] | None = None) -> list[str]:
    """The ids of every ``pytest.mark.verifies(...)`` call among ``decorators`` (each call's ``id()`` added to ``seen``)."""
    ids = []
    for node in decorators:
        for call in _marker_calls(node):
            if seen is not None:
                seen.add(id(call))
            if not call.args and not call.keywords:
                raise TraceError(f"line {call.lineno}: {MARKER}() names no requirement")
            if call.keywords:  # ``verifies(id="REQ-…")`` would otherwise be silently ignored
                raise TraceError(f"line {call.lineno}: {MARKER}(...) takes requirement ids as positional strings, "
                                 f"not keywords ({', '.join(str(k.arg) for k in call.keywords)}=)")  # fmt: skip
            for argument in call.args:
                if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                    raise TraceError(f"line {call.lineno}: {MARKER}(...) takes requirement ids as string literals")
                ids.append(argument.value)
    return ids


def _module_marks(tree: ast.Module, seen: set[int]) -> list[str]:
    values = [
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets)
    ]
    return _marked_ids(values, seen)


def _skipped(decorators: list[ast.expr]) -> bool:
    """Whether ``@pytest.mark.skip`` (unconditional) is among ``decorators``: such a test verifies nothing."""
    for node in decorators:
        target = node.func if isinstance(node, ast.Call) else node
        if isinstance(target, ast.Attribute) and target.attr == "skip":
            return True
    return False


def _tests_in(body: list[ast.stmt], prefix: str, inherited: list[str], seen: set[int]) -> Iterator[tuple[str, list[str]]]:
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            ids = _marked_ids(node.decorator_list, seen)
            yield f"{prefix}::{node.name}", [] if _skipped(node.decorator_list) else inherited + ids
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            ids = _marked_ids(node.decorator_list, seen)
            if _skipped(node.decorator_list):  # its tests verify nothing; their marks are read, not counted
                list(_tests_in(node.body, "", [], seen))
                continue
            yield from _tests_in(node.body, f"{prefix}::{node.name}", inherited + ids, seen)


def _unread_marks(tree: ast.Module, seen: set[int]) -> None:
    """Refuse a ``verifies`` mark on nothing the matrix reads: a helper, a fixture, an annotated or augmented
    ``pytestmark``. Its ids would be left out silently, a mistyped one included."""
    unread = sorted(call.lineno for call in _marker_calls(tree) if id(call) not in seen)
    if unread:
        raise TraceError(f"line(s) {', '.join(map(str, unread))}: {MARKER}(...) marks nothing the matrix reads: put it "
                         "on a test_ function or a Test class, or in a plain `pytestmark = [...]`")  # fmt: skip


def scan_tests(tests_dir: Path = REPO_ROOT / "tests", root: Path = REPO_ROOT) -> dict[str, list[str]]:
    """``test node id → requirement ids`` for every test that names at least one id."""
    found: dict[str, list[str]] = {}
    for path in sorted(tests_dir.rglob("test_*.py")):
        prefix = path.relative_to(root).as_posix()
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            seen: set[int] = set()
            marked = dict(_tests_in(tree.body, prefix, _module_marks(tree, seen), seen))
            _unread_marks(tree, seen)
        except (SyntaxError, UnicodeDecodeError) as exc:
            raise TraceError(f"{prefix}: cannot be parsed as Python ({exc})") from exc
        except TraceError as exc:
            raise TraceError(f"{prefix}: {exc}") from exc
        found.update({test: sorted(set(ids)) for test, ids in marked.items() if ids})
    return found


def _node_id(classname: str, name: str, root: Path) -> str:
    """A pytest node id from JUnit's dotted ``classname`` (module, then any test classes)."""
    parts = classname.split(".")
    for split in range(len(parts), 0, -1):
        module = Path(*parts[:split]).with_suffix(".py")
        for base in (Path(), Path("tests")):  # pytest run from the root, or from inside tests/
            if (root / base / module).exists():
                return "::".join([(base / module).as_posix(), *parts[split:], name])
    return "::".join([Path(*parts).with_suffix(".py").as_posix(), name])


def read_junit(path: Path, root: Path = REPO_ROOT) -> dict[str, str]:
    """``test node id → passed | failed | skipped`` from a JUnit XML report; parametrised cases are combined."""
    results: dict[str, list[str]] = {}
    try:
        root_element = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise TraceError(f"{path}: not a readable JUnit XML report ({exc})") from exc
    if root_element.tag not in ("testsuites", "testsuite"):
        raise TraceError(f"{path}: not a JUnit XML report (its root element is <{root_element.tag}>)")
    for case in root_element.iter("testcase"):
        if not case.get("classname") or not case.get("name"):
            continue  # an interrupted run ends with an anonymous entry: it names no test
        test = _node_id(case.get("classname", ""), case.get("name", "").split("[")[0], root)
        if case.find("failure") is not None or case.find("error") is not None:
            outcome = "failed"
        elif case.find("skipped") is not None:
            outcome = "skipped"
        else:
            outcome = "passed"
        results.setdefault(test, []).append(outcome)
    combined = {}
    for test, outcomes in results.items():
        combined[test] = "failed" if "failed" in outcomes else "passed" if "passed" in outcomes else "skipped"
    return combined


@dataclass
class Matrix:
    rows: list[Row]
    unknown: dict[str, list[str]]  # test → ids it names that no requirement has
    junit: str | None

    @property
    def unverified(self) -> list[Requirement]:
        return [row.requirement for row in self.rows if not row.tests]

    def problems(self) -> list[str]:
        """What fails CI: an untested class C requirement, a test naming an unknown id."""
        found = [
            f"class C requirement {req.id} has no test ({req.title})" for req in self.unverified if req.safety_class == "C"
        ]
        found += [f"{test} names unknown requirement ids: {', '.join(ids)}" for test, ids in sorted(self.unknown.items())]
        return found

    def as_dict(self) -> dict[str, Any]:
        return {
            "junit": self.junit,
            "requirements": [
                {
                    "id": row.requirement.id,
                    "class": row.requirement.safety_class,
                    "title": row.requirement.title,
                    "hazard": row.requirement.hazard,
                    "result": row.result,
                    "tests": [{"test": test, "result": outcome} for test, outcome in row.tests.items()],
                }
                for row in self.rows
            ],
            "unverified": [req.id for req in self.unverified],
            "problems": self.problems(),
        }


def build_matrix(
    requirements: list[Requirement], marked: Mapping[str, list[str]], results: Mapping[str, str] | None = None,
    junit: str | None = None,
) -> Matrix:
    """Join requirements with the tests that name them and, given a JUnit report's results, their outcomes."""
    if results is not None and marked and not set(results) & set(marked):
        raise TraceError(f"{junit or 'the JUnit report'} holds {len(results)} named tests and none of them is one of "
                         "this project's marked tests: it is the report of another suite (or its testcases have no "
                         "classname)")  # fmt: skip
    rows = {req.id: Row(req) for req in requirements}
    unknown: dict[str, list[str]] = {}
    for test, ids in sorted(marked.items()):
        for ident in ids:
            if ident in rows:
                rows[ident].tests[test] = results.get(test, NOT_RUN) if results is not None else NOT_RUN
            else:
                unknown.setdefault(test, []).append(ident)
    return Matrix(list(rows.values()), unknown, junit)


def render_markdown(matrix: Matrix) -> str:
    source = f"last results from `{matrix.junit}`" if matrix.junit else "no test report given: results are `not run`"
    lines = [
        "# Requirement-to-test traceability",
        "",
        f"Generated by `adherence trace` from `regulatory/requirements.toml` and the tests' `verifies` markers; {source}.",
        "",
        "| requirement | class | hazard | tests | last result |",
        "|---|---|---|---|---|",
    ]
    for row in matrix.rows:
        req = row.requirement
        tests = "<br>".join(f"`{test}`: {outcome}" for test, outcome in row.tests.items()) or "**none**"
        lines.append(f"| **{req.id}** {req.title} | {req.safety_class} | {req.hazard} | {tests} | {row.result} |")
    lines += ["", "## Unverified requirements", ""]
    lines += [f"- {req.id} (class {req.safety_class}): {req.title}" for req in matrix.unverified] or ["None."]
    if matrix.problems():
        lines += ["", "## Problems (CI fails)", "", *(f"- {problem}" for problem in matrix.problems())]
    return "\n".join(lines) + "\n"


def write(matrix: Matrix, output: Path) -> list[Path]:
    """Write ``traceability.md`` and ``traceability.json`` into ``output`` (each atomically)."""
    if output.exists() and not output.is_dir():
        raise TraceError(f"--output {output} is a file, not a folder")
    paths = [output / "traceability.md", output / "traceability.json"]
    write_atomic(paths[0], render_markdown(matrix))
    write_atomic(paths[1], json.dumps(matrix.as_dict(), indent=2) + "\n")
    return paths
