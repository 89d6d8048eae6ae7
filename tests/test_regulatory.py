"""The SOUP inventory and the requirement-to-test traceability matrix (issue 20)."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adherence.cli import app
from adherence.regulatory import EVIDENCE_DIR, REPO_ROOT, soup, trace

runner = CliRunner()


@pytest.mark.verifies("REQ-SOUP-001")
def test_committed_inventory_matches_the_lock_and_the_installed_metadata() -> None:
    # This is CI's check that the inventory was regenerated after the lock changed.
    assert soup.check() == []
    inventory = json.loads((EVIDENCE_DIR / "soup.json").read_text())
    locked = soup.parse_lock((REPO_ROOT / "requirements.lock").read_text())
    rows = {row["name"]: row for row in inventory["packages"]}
    assert set(rows) == set(locked)
    for name, row in rows.items():
        assert row["version"] == locked[name][0]
        assert importlib.metadata.version(name).split("+")[0] == row["version"].split("+")[0]
        assert row["licence"] and row["supplier"]
    direct = soup.direct_dependencies(REPO_ROOT / "pyproject.toml")
    assert {name for name, row in rows.items() if row["direct"]} == set(direct)
    for name in direct:
        assert all(rows[name][field] for field in soup.TABLE_FIELDS), name
    # transitive rows say who pulls them in, from the lock's own comments
    assert "opendp" in rows["deprecated"]["required_by"] and not rows["deprecated"]["direct"]


def _table_without(tmp_path: Path, package: str, *, blank: str | None = None) -> Path:
    """A copy of the hand-written table with ``package``'s entry removed, or its ``blank`` field emptied."""
    lines, skipping = [], False
    for line in (EVIDENCE_DIR / "soup_direct.toml").read_text().splitlines():
        if line.startswith("["):
            skipping = line == f"[{package}]" and blank is None
        if skipping:
            continue
        if blank and line.startswith(f"{blank} = ") and lines and _section(lines) == package:
            line = f'{blank} = ""'
        lines.append(line)
    path = tmp_path / "soup_direct.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _section(lines: list[str]) -> str:
    return next(line.strip("[]") for line in reversed(lines) if line.startswith("["))


@pytest.mark.verifies("REQ-SOUP-001")
def test_a_direct_dependency_without_purpose_stage_or_risk_is_refused(tmp_path: Path) -> None:
    with pytest.raises(soup.SoupError, match=r"opendp is a direct dependency without purpose, stage, risk"):
        soup.build_inventory(soup.Sources(table=_table_without(tmp_path, "opendp")))
    with pytest.raises(soup.SoupError, match=r"torch is a direct dependency without risk"):
        soup.build_inventory(soup.Sources(table=_table_without(tmp_path, "torch", blank="risk")))
    stale = tmp_path / "stale.toml"
    stale.write_text((EVIDENCE_DIR / "soup_direct.toml").read_text() + '\n[left-pad]\npurpose = "x"\nstage = "x"\nrisk = "x"\n')
    with pytest.raises(soup.SoupError, match=r"left-pad is in stale\.toml but is no direct dependency"):
        soup.build_inventory(soup.Sources(table=stale))


@pytest.mark.verifies("REQ-SOUP-001")
def test_a_changed_lock_without_a_regenerated_inventory_fails_the_check(tmp_path: Path) -> None:
    output = tmp_path / "evidence"
    soup.generate(output)
    assert soup.check(output) == []
    lock = tmp_path / "requirements.lock"
    text = (REPO_ROOT / "requirements.lock").read_text()
    # drop one transitive pin, as a dependency change would
    start = text.index("\naioitertools==")
    lock.write_text(text[:start] + text[text.index("\n", text.index("# via", start)) :])
    problems = soup.check(output, soup.Sources(lock=lock))
    assert "requirements.lock changed since soup.json was generated" in problems
    assert "SOUP.md differs from a fresh generation" in problems
    result = runner.invoke(app, ["soup", "--check", "--output", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "SOUP.md is missing" in result.output


def test_cli_writes_both_files(tmp_path: Path) -> None:
    result = runner.invoke(app, ["soup", "--output", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "SOUP.md").read_text() == (EVIDENCE_DIR / "SOUP.md").read_text()
    assert (tmp_path / "soup.json").read_text() == (EVIDENCE_DIR / "soup.json").read_text()


@pytest.mark.verifies("REQ-TRACE-001")
def test_every_class_c_requirement_of_the_project_has_a_test() -> None:
    # CI's gate: no untested class C requirement, no test naming an unknown id.
    matrix = trace.build_matrix(trace.load_requirements(), trace.scan_tests())
    assert matrix.problems() == []
    assert all(row.tests for row in matrix.rows if row.requirement.safety_class == "C")
    result = runner.invoke(app, ["trace", "--check"])
    assert result.exit_code == 0, result.output


REQUIREMENTS = """
[[requirement]]
id = "REQ-TOY-001"
class = "C"
title = "verified by a passing and a parametrised test"
hazard = "h"

[[requirement]]
id = "REQ-TOY-002"
class = "B"
title = "verified by a failing test through a class marker"
hazard = "h"

[[requirement]]
id = "REQ-TOY-003"
class = "C"
title = "no test"
hazard = "h"

[[requirement]]
id = "REQ-TOY-004"
class = "A"
title = "verified by the module mark"
hazard = "h"
"""

TOY_TESTS = '''
import pytest

pytestmark = [pytest.mark.verifies("REQ-TOY-004")]


@pytest.mark.verifies("REQ-TOY-001")
def test_passes():
    assert True


@pytest.mark.parametrize("n", [1, 2])
@pytest.mark.verifies("REQ-TOY-001")
def test_param(n):
    assert n > 0


@pytest.mark.verifies("REQ-TOY-002")
class TestGroup:
    def test_fails(self):
        assert False

    @pytest.mark.verifies("REQ-TOY-999")
    def test_unknown_id(self):
        assert True


def test_unmarked():
    assert True
'''


@pytest.mark.verifies("REQ-TRACE-001")
def test_matrix_from_a_real_pytest_run(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_toy.py").write_text(TOY_TESTS)
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers =\n    verifies(*ids): requirement ids\n")
    (tmp_path / "requirements.toml").write_text(REQUIREMENTS)
    junit = tmp_path / "junit.xml"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", f"--junitxml={junit}", "tests/test_toy.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
    )  # fmt: skip
    assert run.returncode == 1, run.stdout  # the toy suite has one failing test
    marked = trace.scan_tests(tmp_path / "tests", tmp_path)
    assert marked["tests/test_toy.py::test_unmarked"] == ["REQ-TOY-004"]  # the module's mark alone
    assert marked["tests/test_toy.py::TestGroup::test_unknown_id"] == ["REQ-TOY-002", "REQ-TOY-004", "REQ-TOY-999"]
    # an interrupted run (Ctrl-C) leaves an anonymous test case at the end of the report
    junit.write_text(junit.read_text().replace("</testsuite>", '<testcase time="0.002" /></testsuite>'))
    results = trace.read_junit(junit, tmp_path)
    assert results["tests/test_toy.py::TestGroup::test_fails"] == "failed"
    assert results["tests/test_toy.py::test_param"] == "passed"
    matrix = trace.build_matrix(trace.load_requirements(tmp_path / "requirements.toml"), marked, results, str(junit))
    rows = {row.requirement.id: row for row in matrix.rows}
    assert rows["REQ-TOY-001"].tests == {"tests/test_toy.py::test_param": "passed", "tests/test_toy.py::test_passes": "passed"}
    assert rows["REQ-TOY-001"].result == "passed"
    assert rows["REQ-TOY-002"].result == "failed"
    assert rows["REQ-TOY-003"].result == "unverified"
    assert len(rows["REQ-TOY-004"].tests) == 5
    assert [req.id for req in matrix.unverified] == ["REQ-TOY-003"]
    assert matrix.problems() == [
        "class C requirement REQ-TOY-003 has no test (no test)",
        "tests/test_toy.py::TestGroup::test_unknown_id names unknown requirement ids: REQ-TOY-999",
    ]
    written = trace.write(matrix, tmp_path / "out")
    table = written[0].read_text()
    assert "`tests/test_toy.py::TestGroup::test_fails`: failed" in table
    assert "- REQ-TOY-003 (class C): no test" in table
    assert json.loads(written[1].read_text())["unverified"] == ["REQ-TOY-003"]
    # without a report every test is "not run"
    assert trace.build_matrix(trace.load_requirements(tmp_path / "requirements.toml"), marked).rows[0].result == "not run"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('id = "REQ-1"\nclass = "C"\ntitle = "t"\nhazard = "h"', "not shaped like"),
        ('id = "REQ-X-001"\nclass = "D"\ntitle = "t"\nhazard = "h"', "safety class 'D'"),
        ('id = "REQ-X-001"\nclass = "A"\ntitle = "t"', "needs a title and a hazard"),
    ],
)
def test_malformed_requirements_are_refused(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "requirements.toml"
    path.write_text("[[requirement]]\n" + textwrap.dedent(entry) + "\n")
    with pytest.raises(trace.TraceError, match=message):
        trace.load_requirements(path)
    path.write_text(('[[requirement]]\nid = "REQ-X-001"\nclass = "A"\ntitle = "t"\nhazard = "h"\n') * 2)
    with pytest.raises(trace.TraceError, match="appears twice"):
        trace.load_requirements(path)


@pytest.mark.parametrize(
    ("report", "message"),
    [
        ("<testsuites><testsuite", "not a readable JUnit XML report"),
        ("<html><body>hello</body></html>", "its root element is <html>"),
        ('<testsuites><testsuite><testcase classname="elsewhere.test_x" name="test_y"/></testsuite></testsuites>',
         "none of them is one of this project's marked tests"),
    ],
)
def test_a_report_that_is_not_this_suites_junit_is_refused(tmp_path: Path, report: str, message: str) -> None:
    path = tmp_path / "junit.xml"
    path.write_text(report)
    result = CliRunner().invoke(app, ["trace", "--junit", str(path), "--output", str(tmp_path / "out")])
    assert result.exit_code == 2 and message in " ".join(result.output.split())
    assert not (tmp_path / "out").exists()


def test_unreadable_requirements_and_keyword_marks_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "requirements.toml"
    path.write_text("[[requirement]\nid = ")
    with pytest.raises(trace.TraceError, match="cannot read the requirements"):
        trace.load_requirements(path)
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_k.py").write_text('import pytest\n\n@pytest.mark.verifies(id="REQ-X-001")\ndef test_k():\n    pass\n')
    with pytest.raises(trace.TraceError, match="not keywords"):
        trace.scan_tests(tests, tmp_path)
    (tests / "test_k.py").write_text("def test_k(:\n")
    with pytest.raises(trace.TraceError, match=r"test_k\.py: cannot be parsed as Python"):
        trace.scan_tests(tests, tmp_path)
    (tests / "test_k.py").write_text('import pytest\n\n@pytest.mark.skip(reason="later")\n@pytest.mark.verifies("REQ-X-001")\n'
                                     'def test_k():\n    pass\n\n@pytest.mark.verifies("REQ-X-002")\ndef test_j():\n    pass\n')
    assert trace.scan_tests(tests, tmp_path) == {"tests/test_k.py::test_j": ["REQ-X-002"]}  # a skipped test verifies nothing


@pytest.mark.verifies("REQ-TRACE-001")
def test_a_mark_the_matrix_cannot_read_is_refused_not_ignored(tmp_path: Path) -> None:
    """A verifies mark on a helper, a fixture, or an annotated or augmented ``pytestmark``: pytest accepts each, and
    the matrix used to leave their ids out silently, so a mistyped id there (or a class C test's only mark) went unseen."""
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_m.py").write_text(textwrap.dedent('''
        import pytest

        pytestmark: list = [pytest.mark.verifies("REQ-TYPO-001")]
        pytestmark += [pytest.mark.verifies("REQ-X-001")]


        @pytest.mark.verifies("REQ-TYPO-002")
        def helper():
            pass


        @pytest.fixture
        @pytest.mark.verifies("REQ-X-002")
        def thing():
            return 1


        @pytest.mark.skip(reason="later")
        @pytest.mark.verifies("REQ-X-003")
        class TestLater:
            @pytest.mark.verifies("REQ-X-004")
            def test_a(self):
                pass


        @pytest.mark.verifies("REQ-X-005")
        def test_x(thing):
            assert helper() is None
    '''))
    with pytest.raises(trace.TraceError, match=r"test_m\.py: line\(s\) 4, 5, 8, 14: verifies\(...\) marks nothing the "
                                               "matrix reads"):  # fmt: skip
        trace.scan_tests(tests, tmp_path)
    text = (tests / "test_m.py").read_text()
    (tests / "test_m.py").write_text(text[: text.index("pytestmark:")] + text[text.index("@pytest.mark.skip") :])
    # A skipped class's marks are read (and verify nothing); a test's are counted.
    assert trace.scan_tests(tests, tmp_path) == {"tests/test_m.py::test_x": ["REQ-X-005"]}


def test_an_unreadable_soup_table_is_exit_2_not_a_stale_inventory(tmp_path: Path) -> None:
    table = tmp_path / "soup_direct.toml"
    table.write_text("[broken\n")
    with pytest.raises(soup.SoupError, match="cannot read the table"):
        soup.load_table(table)
    table.write_text('[numpy]\npurpose = "arrays"\nstage = "all"\nrisk = 3\n')
    with pytest.raises(soup.SoupError, match="risk is not text"):
        soup.load_table(table)
    assert soup._person('"Doe, Jane and Roe, Rich" <team@example.org>, solo@example.org') == (
        "Doe, Jane and Roe, Rich, solo@example.org"
    )
