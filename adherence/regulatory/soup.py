"""The SOUP inventory (IEC 62304 software of unknown provenance), generated from the lock file.

Every package pinned in ``requirements.lock`` gets a row: name and version, licence, supplier and
homepage (from the installed distribution's metadata, ``importlib.metadata``), and the packages that
pull it in. The direct dependencies (``pyproject.toml``) also carry what the project uses them for,
which stage uses them and a risk note, from the hand-written table ``regulatory/soup_direct.toml``.
Generation refuses a direct dependency that lacks any of the three, a table entry that names no
direct dependency, and an installed version that differs from the lock.

The output is deterministic (no time stamps), so ``check`` can compare it with the committed files.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adherence.regulatory import EVIDENCE_DIR, REPO_ROOT, write_atomic

TABLE_FIELDS = ("purpose", "stage", "risk")
PROJECT = "adherence-ml"
JSON_NAME = "soup.json"
MARKDOWN_NAME = "SOUP.md"
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


class SoupError(ValueError):
    """The inventory cannot be generated as it stands (its message says what to fix)."""


@dataclass(frozen=True)
class Sources:
    """The files the inventory is generated from."""

    lock: Path = REPO_ROOT / "requirements.lock"
    pyproject: Path = REPO_ROOT / "pyproject.toml"
    table: Path = EVIDENCE_DIR / "soup_direct.toml"


def canonical(name: str) -> str:
    """A distribution name as PEP 503 normalises it (``Foo_Bar.baz`` → ``foo-bar-baz``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_lock(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """``name → (version, packages that require it)`` from a ``uv pip compile`` lock file."""
    packages: dict[str, tuple[str, list[str]]] = {}
    current: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            name, sep, version = line.partition("==")
            if not sep:
                raise SoupError(f"requirements.lock: cannot read the pin {line!r} (expected name==version)")
            current = canonical(name.split("[")[0].strip())
            packages[current] = (version.split(";")[0].strip(), [])
            continue
        if current is None or not raw.startswith("    #"):
            continue
        via = line.lstrip("#").strip()
        via = via.removeprefix("via").strip()
        if via:
            packages[current][1].append(canonical(via.split(" (")[0]))
    return {name: (version, tuple(sorted(set(via)))) for name, (version, via) in packages.items()}


def direct_dependencies(pyproject: Path) -> dict[str, tuple[str, ...]]:
    """``name → groups`` (``runtime``, ``dev``) declared in ``pyproject.toml``."""
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise SoupError(f"cannot read the [project] table of {pyproject} ({exc})") from exc
    groups: dict[str, set[str]] = {}
    declared = [("runtime", project.get("dependencies", []))]
    declared += [(extra, specs) for extra, specs in project.get("optional-dependencies", {}).items()]
    for group, specs in declared:
        for spec in specs:
            match = _REQUIREMENT_NAME.match(spec)
            if match is None:
                raise SoupError(f"{pyproject.name}: cannot read the dependency {spec!r}")
            groups.setdefault(canonical(match.group(1)), set()).add(group)
    return {name: tuple(sorted(found)) for name, found in groups.items()}


def load_table(path: Path) -> dict[str, dict[str, str]]:
    """The hand-written table: ``[package]`` sections with ``purpose``, ``stage`` and ``risk``."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SoupError(f"{path}: cannot read the table ({exc})") from exc
    for name, entry in raw.items():
        wrong = [key for key, value in (entry.items() if isinstance(entry, dict) else []) if not isinstance(value, str)]
        if not isinstance(entry, dict) or wrong:
            raise SoupError(f"{path.name}: [{name}] must be a table of text fields; {', '.join(wrong) or name} is not text")
    return {canonical(name): {key: str(value).strip() for key, value in entry.items()} for name, entry in raw.items()}


def _field(meta: importlib.metadata.PackageMetadata, name: str) -> str:
    """One metadata field's first value, or an empty string when the distribution does not state it."""
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def _licence(meta: importlib.metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression)
    text = _field(meta, "License").strip()
    if text and "\n" not in text and len(text) <= 80 and text.upper() != "UNKNOWN":
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License :: ")]
    if classifiers:
        return " AND ".join(classifiers)
    heading = text.splitlines()[0].strip() if text else ""
    if heading and len(heading) <= 80 and re.search(r"licen[cs]e", heading, re.IGNORECASE):
        return heading  # a licence's full text in the field: its title line ("MIT License")
    return "not stated in metadata (see the distribution's files)" if not text else "see the distribution's licence text"


def _person(value: str | None) -> str:
    """Supplier names from an RFC 5322 address list, the address standing in for a missing name.

    ``"Guido van Rossum, Jukka Lehtosalo" <g@x.org>, Bob <b@y>`` → ``Guido van Rossum, Jukka Lehtosalo, Bob``;
    ``protobuf@googlegroups.com`` alone stays as it is (parsed with ``email.utils.getaddresses``).
    """
    if not value:
        return ""
    if "@" not in value:  # plain names ("Thomas Wood, Ann Lee"): no address list to parse
        return ", ".join(part.strip().strip('"') for part in value.split(",") if part.strip())
    from email.utils import getaddresses

    names = [(name or address).strip().strip('"') for name, address in getaddresses([value])]
    return ", ".join(name for name in names if name)


def _homepage(meta: importlib.metadata.PackageMetadata) -> str:
    if _field(meta, "Home-page"):
        return _field(meta, "Home-page")
    urls = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    for label in ("homepage", "home", "source", "repository", "source code", "documentation"):
        if label in urls:
            return urls[label]
    return next(iter(urls.values()), "")


def _same_version(installed: str, locked: str) -> bool:
    return installed == locked or (installed.split("+")[0] == locked.split("+")[0] and "+" not in locked)


def package_metadata(name: str, locked_version: str) -> dict[str, str]:
    """Licence, supplier and homepage of the installed distribution, which must be the locked version."""
    try:
        distribution = importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError as exc:
        raise SoupError(f"{name}=={locked_version} is in requirements.lock but not installed: run scripts/setup.sh") from exc
    if not _same_version(distribution.version, locked_version):
        raise SoupError(
            f"{name}: installed {distribution.version}, but requirements.lock pins {locked_version}: run scripts/setup.sh"
        )
    meta = distribution.metadata
    supplier = (
        _person(_field(meta, "Author"))
        or _person(_field(meta, "Author-email"))
        or _person(_field(meta, "Maintainer"))
        or _person(_field(meta, "Maintainer-email"))
    )
    return {"licence": _licence(meta), "supplier": supplier or "not stated", "homepage": _homepage(meta)}


def build_inventory(sources: Sources = Sources()) -> dict[str, Any]:
    """The inventory as a JSON-ready dict; raises ``SoupError`` naming every missing or stale table entry."""
    try:
        lock_text = sources.lock.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SoupError(f"cannot read {sources.lock} ({exc})") from exc
    locked = parse_lock(lock_text)
    direct = direct_dependencies(sources.pyproject)
    table = load_table(sources.table)
    problems = [f"{name} is a direct dependency but is not in requirements.lock" for name in sorted(set(direct) - set(locked))]
    for name in sorted(direct):
        missing = [field for field in TABLE_FIELDS if not table.get(name, {}).get(field)]
        if missing:
            problems.append(f"{name} is a direct dependency without {', '.join(missing)} in {sources.table.name}")
    stale = sorted(set(table) - set(direct))
    problems += [f"{name} is in {sources.table.name} but is no direct dependency (remove the entry)" for name in stale]
    if problems:
        raise SoupError("the SOUP inventory cannot be generated:\n  " + "\n  ".join(problems))
    rows = []
    for name, (version, via) in sorted(locked.items()):
        row: dict[str, Any] = {"name": name, "version": version, **package_metadata(name, version)}
        row["direct"] = name in direct
        row["required_by"] = [package for package in via if package != PROJECT]
        if name in direct:
            row["groups"] = list(direct[name])
            row.update({field: table[name][field] for field in TABLE_FIELDS})
        rows.append(row)
    return {
        "generated_from": {"lock": sources.lock.name, "lock_sha256": hashlib.sha256(lock_text.encode()).hexdigest()},
        "counts": {"packages": len(rows), "direct": sum(row["direct"] for row in rows)},
        "packages": rows,
    }


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(inventory: dict[str, Any]) -> str:
    """``SOUP.md``: the direct dependencies with purpose, stage and risk, then every package's metadata."""
    packages = inventory["packages"]
    lines = [
        "# SOUP inventory",
        "",
        "Generated by `adherence soup` from `requirements.lock` (SHA-256 "
        f"`{inventory['generated_from']['lock_sha256'][:16]}…`) and the installed distributions' metadata; "
        "purpose, stage and risk of the direct dependencies come from `regulatory/soup_direct.toml`. "
        "Do not edit by hand: run `adherence soup`.",
        "",
        f"{inventory['counts']['packages']} packages, {inventory['counts']['direct']} of them direct dependencies.",
        "",
        "## Direct dependencies",
        "",
        "| package | version | licence | supplier / homepage | used for | stage | risk note |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in packages:
        if row["direct"]:
            lines.append(
                f"| {row['name']} | {row['version']} | {_cell(row['licence'])} | {_cell(row['supplier'])}<br>{row['homepage']} "
                f"| {_cell(row['purpose'])} | {_cell(row['stage'])} | {_cell(row['risk'])} |"
            )
    lines += [
        "",
        "## Transitive dependencies",
        "",
        "Listed with their metadata alone; their risk is carried by the direct dependencies that require them.",
        "",
        "| package | version | licence | supplier / homepage | required by |",
        "|---|---|---|---|---|",
    ]
    for row in packages:
        if not row["direct"]:
            lines.append(
                f"| {row['name']} | {row['version']} | {_cell(row['licence'])} | {_cell(row['supplier'])}<br>{row['homepage']} "
                f"| {', '.join(row['required_by'])} |"
            )
    return "\n".join(lines) + "\n"


def render(inventory: dict[str, Any]) -> dict[str, str]:
    """File name → content of the generated inventory."""
    return {JSON_NAME: json.dumps(inventory, indent=2, ensure_ascii=False) + "\n", MARKDOWN_NAME: render_markdown(inventory)}


def generate(output: Path = EVIDENCE_DIR, sources: Sources = Sources()) -> list[Path]:
    """Write ``SOUP.md`` and ``soup.json`` into ``output`` (each atomically); returns their paths."""
    if output.exists() and not output.is_dir():
        raise SoupError(f"--output {output} is a file, not a folder")
    written = []
    for name, content in render(build_inventory(sources)).items():
        write_atomic(output / name, content)
        written.append(output / name)
    return written


def check(output: Path = EVIDENCE_DIR, sources: Sources = Sources()) -> list[str]:
    """What is out of date in the committed inventory (empty when it matches a fresh generation)."""
    expected = render(build_inventory(sources))
    problems = []
    committed_json = output / JSON_NAME
    if committed_json.exists():
        try:
            recorded = json.loads(committed_json.read_text(encoding="utf-8"))["generated_from"]["lock_sha256"]
        except (json.JSONDecodeError, KeyError, TypeError):
            recorded = None
        if recorded != json.loads(expected[JSON_NAME])["generated_from"]["lock_sha256"]:
            problems.append(f"{sources.lock.name} changed since {committed_json.name} was generated")
    for name, content in expected.items():
        path = output / name
        if not path.exists():
            problems.append(f"{path.name} is missing")
        elif path.read_text(encoding="utf-8") != content:
            problems.append(f"{path.name} differs from a fresh generation")
    return problems
