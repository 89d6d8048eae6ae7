"""The one-page clinical safety summary: criteria with pass/fail, evidence, recommendation.

A ``SafetyReport`` is built by the model-specific comparisons (``shadow.dropoff``,
``shadow.reminder``, ``shadow.anomaly``) and written here as Markdown, HTML (with its
plots) and JSON. The folder is written under a temporary name and renamed, so a reader
never sees half a report.
"""

from __future__ import annotations

import base64
import html
import io
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from models.cards import format_value, markdown_table


@dataclass(frozen=True)
class Criterion:
    """One pass/fail check of the promotion gate, with the evidence in words."""

    name: str
    passed: bool
    detail: str


@dataclass
class SafetyReport:
    """Everything the clinical safety reviewer reads about one candidate."""

    model: str
    candidate_version: str
    production_version: str
    period: tuple[str, str]
    sample: dict[str, Any]
    criteria: list[Criterion]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    figures: dict[str, Figure] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return bool(self.criteria) and all(c.passed for c in self.criteria)

    @property
    def recommendation(self) -> str:
        if self.passed:
            return f"PROMOTE: v{self.candidate_version} meets every criterion against production v{self.production_version}."
        failed = ", ".join(c.name for c in self.criteria if not c.passed) or "no criteria evaluated"
        return f"DO NOT PROMOTE: v{self.candidate_version} fails {failed}."

    def summary(self) -> dict[str, Any]:
        """The machine-readable summary (what the gate and the registry tags use)."""
        return {
            "model": self.model, "candidate_version": self.candidate_version,
            "production_version": self.production_version, "period": list(self.period), "sample": self.sample,
            "criteria": [c.__dict__ for c in self.criteria], "passed": self.passed,
            "recommendation": self.recommendation, "notes": self.notes,
        }  # fmt: skip


def render_markdown(report: SafetyReport) -> str:
    """The summary page as Markdown."""
    lines = [
        f"# Clinical safety summary: {report.model} v{report.candidate_version}",
        "",
        f"**Recommendation: {report.recommendation}**",
        "",
        f"- Production (champion): v{report.production_version}",
        f"- Candidate: v{report.candidate_version}",
        f"- Shadow period: {report.period[0]} to {report.period[1]}",
        *(f"- {key.replace('_', ' ')}: {format_value(value)}" for key, value in report.sample.items()),
        "",
        "## Criteria",
        "",
        "| criterion | result | evidence |",
        "|---|---|---|",
        *(f"| {c.name} | {'PASS' if c.passed else 'FAIL'} | {c.detail} |" for c in report.criteria),
        "",
    ]
    for name, table in report.tables.items():
        lines += [f"## {name}", "", markdown_table(table), ""]
    if report.notes:
        lines += ["## Notes", "", *(f"- {note}" for note in report.notes), ""]
    if report.figures:
        lines += ["## Plots", "", *(f"![{name}]({name}.png)" for name in report.figures), ""]
    return "\n".join(lines)


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return buffer.getvalue()


def render_html(report: SafetyReport) -> str:
    """The summary page as self-contained HTML (plots embedded)."""
    colour = "#1a7f37" if report.passed else "#cf222e"
    rows = "".join(
        f"<tr><td>{html.escape(c.name)}</td><td style='color:{'#1a7f37' if c.passed else '#cf222e'}'><b>"
        f"{'PASS' if c.passed else 'FAIL'}</b></td><td>{html.escape(c.detail)}</td></tr>"
        for c in report.criteria
    )
    facts = "".join(
        f"<li>{html.escape(k.replace('_', ' '))}: {html.escape(format_value(v))}</li>" for k, v in report.sample.items()
    )
    tables = "".join(f"<h2>{html.escape(name)}</h2>{table.to_html(index=False, float_format=format_value)}"
                     for name, table in report.tables.items())  # fmt: skip
    images = "".join(
        f"<figure><img alt='{html.escape(name)}' src='data:image/png;base64,{base64.b64encode(_png(fig)).decode()}'>"
        f"<figcaption>{html.escape(name)}</figcaption></figure>"
        for name, fig in report.figures.items()
    )
    notes = "".join(f"<li>{html.escape(n)}</li>" for n in report.notes)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>Safety summary {html.escape(report.model)} v{report.candidate_version}</title>
<style>body{{font-family:sans-serif;max-width:1000px;margin:2em auto}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left}}figure{{display:inline-block;margin:8px}}</style></head><body>
<h1>Clinical safety summary: {html.escape(report.model)} v{report.candidate_version}</h1>
<p style="font-size:1.2em;color:{colour}"><b>{html.escape(report.recommendation)}</b></p>
<ul><li>Production (champion): v{report.production_version}</li><li>Candidate: v{report.candidate_version}</li>
<li>Shadow period: {html.escape(report.period[0])} to {html.escape(report.period[1])}</li>{facts}</ul>
<h2>Criteria</h2><table><tr><th>criterion</th><th>result</th><th>evidence</th></tr>{rows}</table>
{tables}<h2>Notes</h2><ul>{notes}</ul><h2>Plots</h2>{images}</body></html>"""


def write(report: SafetyReport, folder: Path, extra_files: dict[str, str] | None = None) -> Path:
    """Write summary.md, summary.html, summary.json, the plots and ``extra_files`` (name → text) atomically."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        (staging / "summary.md").write_text(render_markdown(report))
        (staging / "summary.html").write_text(render_html(report))
        (staging / "summary.json").write_text(json.dumps(report.summary(), indent=2, default=str))
        for name, figure in report.figures.items():
            (staging / f"{name}.png").write_bytes(_png(figure))
            plt.close(figure)
        for name, text in (extra_files or {}).items():
            (staging / name).write_text(text)
        if folder.exists():
            retired = folder.with_name(f".{folder.name}.old")
            shutil.rmtree(retired, ignore_errors=True)
            folder.rename(retired)
            staging.rename(folder)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder
