"""The de-identification report: JSON for machines, a short Markdown page for people."""

from __future__ import annotations

import json
from typing import Any


def to_json(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, sort_keys=True) + "\n"


def to_markdown(report: dict[str, Any]) -> str:
    """A short human-readable page; only counts and measures, never identifier values."""
    leak = report["leak_check"]
    quasi = report["quasi_identifiers"]
    lines = [
        "# De-identification report",
        "",
        f"- Silver read from: `{report['source']}`",
        f"- Seconds taken: {report['seconds']:.1f}",
        f"- Leak check: {'passed' if leak['clean'] else 'FAILED'} "
        f"({leak['scanned_columns']} columns, {leak['scanned_distinct_values']} distinct values scanned)",
        "",
        "## Rows per table",
        "",
        "| table | rows |",
        "|---|---|",
        *(f"| {name} | {rows} |" for name, rows in sorted(report["rows"].items())),
        "",
        "## Free-text redactions (messages.body)",
        "",
        "| placeholder | count |",
        "|---|---|",
        *(f"| {name} | {count} |" for name, count in sorted(report["redactions"].items())),
        "",
        "Residual pass (any Silver patient's known identifiers left by the text engine): "
        + (", ".join(f"{k} {v}" for k, v in sorted(report["residual_redactions"].items())) or "none"),
        "",
        "## Quasi-identifiers of `patients`",
        "",
        f"- Quasi-identifiers: {', '.join(quasi['columns'])}",
        f"- k-anonymity achieved: {quasi['k']} (measured with pycanon; the ML zone reports k, it does not enforce it)",
        f"- l-diversity of `{quasi['sensitive_attribute']}`: {quasi['l']}",
        f"- Equivalence classes: {quasi['classes']}, of which smaller than 5: {quasi['classes_below_5']}",
        "",
        "## Pseudonyms and top-coded counts",
        "",
        *(f"- {line}" for line in report["column_transformations"]),
        "",
    ]
    return "\n".join(lines)
