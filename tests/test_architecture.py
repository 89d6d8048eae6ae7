"""Import rules: imports follow the data, upstream knows nothing of its consumers.

Every ``import`` and ``from ... import`` in the project's packages is read with ``ast``
(imports inside functions too, which is where the heavy libraries are imported), and checked
against the layers below. The known exceptions are listed with the issue that removes them;
the test fails when one is fixed and still listed, as when a new one appears.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from adherence import catalog, domain

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("features", "models", "training", "serving", "shadow", "monitor")
#: Shared plumbing: every stage may import it; it imports none of them.
PLUMBING = ("adherence.settings", "adherence.audit", "adherence.publish", "adherence.formatting", "adherence.processes",
            "adherence.parallel", "adherence.mlflow_server", "adherence.prediction_log", "adherence.domain",
            "adherence.catalog")  # fmt: skip
#: Commands that span stages: only the CLI and each other import them.
ROOF = ("adherence.cli", "adherence.demo", "adherence.erasure", "adherence.relocate", "adherence.regulatory")
SIMULATOR = "adherence.simulator"
#: What each stage must not import (besides the roof and the simulator, which no stage imports).
DOWNSTREAM = {
    "features": ("models", "training", "serving", "shadow", "monitor"),
    "models": ("features", "training", "serving", "shadow", "monitor"),
    "training": ("serving", "shadow", "monitor"),
    "serving": ("training", "shadow", "monitor"),
    "shadow": ("training", "monitor", "serving"),
    "monitor": ("training",),
}
#: Exceptions still to be removed (each with the issue that removes it); none left.
KNOWN: set[tuple[str, str]] = set()


def _within(name: str, prefixes: tuple[str, ...] | str) -> bool:
    prefixes = (prefixes,) if isinstance(prefixes, str) else prefixes
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def imports() -> dict[str, set[str]]:
    """Module name → the project modules it imports (absolute names, as written)."""
    found: dict[str, set[str]] = {}
    for package in ("adherence", *STAGES):
        for path in sorted((ROOT / package).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            names: set[str] = set()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if isinstance(node, ast.Import):
                    names |= {alias.name for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
            found[module] = {name for name in names if _within(name, ("adherence", *STAGES))}
    return found


def violations(found: dict[str, set[str]]) -> set[tuple[str, str]]:
    """Every (importer, imported) pair that breaks a rule."""
    broken = set()
    for module, names in found.items():
        for name in names:
            if _within(module, STAGES) and _within(name, (*ROOF, SIMULATOR)):
                broken.add((module, name))
            if _within(module, PLUMBING) and _within(name, (*STAGES, *ROOF, SIMULATOR)):
                broken.add((module, name))
            stage = module.split(".")[0]
            if stage in DOWNSTREAM and _within(name, DOWNSTREAM[stage]):
                broken.add((module, ".".join(name.split(".")[:2])))  # the module, not each name taken from it
    return broken


def test_the_scan_sees_the_projects_imports() -> None:
    """The check would be blind if the scan missed imports: a few known edges must be in it."""
    found = imports()
    assert "adherence.settings" in found["serving.config"]
    assert any(name.startswith("features.") for name in found["training.datasets"])
    assert any(name.startswith("shadow") for name in found["monitor.run"])  # a lazy import inside a function
    assert ("training.x", "adherence.cli") in violations({"training.x": {"adherence.cli"}})
    assert ("adherence.settings", "features") in violations({"adherence.settings": {"features"}})
    assert ("serving.y", "training.dropoff") in violations({"serving.y": {"training.dropoff"}})


def test_imports_follow_the_data() -> None:
    broken = violations(imports())
    new = sorted(broken - KNOWN)
    assert not new, f"imports against the layering (see ARCHITECTURE.md): {new}"
    fixed = sorted(KNOWN - broken)
    assert not fixed, f"fixed, so remove from KNOWN: {fixed}"


#: Names the stages share that must be written only in their home (``adherence/domain.py``) and imported
#: everywhere else: a second spelling of a feature service or of the label drifts from the first.
ONE_HOME = {"adherence.domain": (*domain.FEATURE_SERVICES, domain.DROPOFF_LABEL)}


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the docstring constants of a module, its classes and functions (prose may name a service)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def literals_outside_home(sources: dict[str, str]) -> set[tuple[str, str]]:
    """(module, name) for each shared name written in a string constant (SQL and f-strings included) away from home."""
    written = set()
    for module, text in sources.items():
        tree = ast.parse(text)
        skip = _docstrings(tree)
        for home, names in ONE_HOME.items():
            if module == home:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                    written |= {(module, name) for name in names if re.search(rf"\b{re.escape(name)}\b", node.value)}
    return written


def test_the_literal_scan_sees_a_restated_name() -> None:
    """The scan would pass vacuously if it missed a restatement, in plain strings or inside SQL."""
    assert ("serving.x", "dropoff_v1") in literals_outside_home({"serving.x": 'SERVICE = "dropoff_v1"'})
    sql = 'def f(h):\n    """Counts dropped_within_30d."""\n    return f"SELECT 1 AS dropped_within_30d, {h}"'
    assert literals_outside_home({"features.y": sql}) == {("features.y", "dropped_within_30d")}
    assert not literals_outside_home({"adherence.domain": 'DROPOFF_SERVICE = "dropoff_v1"'})


def test_feature_services_and_the_label_have_one_home() -> None:
    sources = {}
    for package in ("adherence", *STAGES):
        for path in sorted((ROOT / package).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            sources[module] = path.read_text(encoding="utf-8")
    written = sorted(literals_outside_home(sources))
    assert not written, f"import these from adherence.domain instead of writing them out: {written}"


#: The stage each kind of code a catalog entry names must lie in: the catalog imports it by name, which the scan
#: of imports above cannot see, so the same data-flow rule is checked on the names.
ENTRY_POINT_STAGES = {"trainer": "training", "config": "training", "batch_scorer": "serving", "shadow_report": "shadow"}


def test_the_catalogs_entry_points_lie_in_their_stage_and_exist() -> None:
    for spec in catalog.models():
        for kind, stage in ENTRY_POINT_STAGES.items():
            module, _, attribute = getattr(spec, kind).partition(":")
            assert _within(module, stage), f"{spec.name}.{kind} = {module}: must be in {stage}"
            tree = ast.parse((ROOT / (module.replace(".", "/") + ".py")).read_text(encoding="utf-8"))
            defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)}
            assert attribute in defined, f"{spec.name}.{kind}: {module} defines no {attribute}"
