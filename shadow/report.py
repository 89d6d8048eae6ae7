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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from adherence.formatting import GLOSSARY, format_value, json_safe, label
from models.cards import markdown_table

#: The shadow period: its first and last as-of dates (YYYY-MM-DD), both included.
Period: TypeAlias = tuple[str, str]


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
    period: Period
    sample: dict[str, Any]
    criteria: list[Criterion]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    figures: dict[str, Figure] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: What a reviewer must see even when the gate passes (e.g. a subgroup significantly worse, within the margin).
    flags: list[str] = field(default_factory=list)

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
            "recommendation": self.recommendation, "flags": self.flags, "notes": self.notes,
        }  # fmt: skip


def render_markdown(report: SafetyReport) -> str:
    """The summary page as Markdown."""
    lines = [
        f"# Clinical safety summary: {report.model} v{report.candidate_version}",
        "",
        f"**Recommendation: {report.recommendation}**",
        "",
        *(f"> **For review:** {flag}" for flag in report.flags),
        *([""] if report.flags else []),
        f"- Production (champion): v{report.production_version}",
        f"- Candidate: v{report.candidate_version}",
        f"- Shadow period: {report.period[0]} to {report.period[1]}",
        *(f"- {label(key)}: {format_value(value)}" for key, value in report.sample.items()),
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
    lines += ["## Terms", "", *(f"- **{term}**: {meaning}" for term, meaning in GLOSSARY.items()), ""]
    return "\n".join(lines)


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return buffer.getvalue()


def figure_html(name: str, figure: Figure) -> str:
    """A plot as an HTML figure, embedded as a PNG data URI (the page stays one self-contained file)."""
    data = base64.b64encode(_png(figure)).decode()
    return (f"<figure><img alt='{html.escape(name)}' src='data:image/png;base64,{data}'>"
            f"<figcaption>{html.escape(name.replace('_', ' '))}</figcaption></figure>")  # fmt: skip


def html_table(frame: pd.DataFrame) -> str:
    """A data frame as an HTML table: names in words, numbers through ``format_value`` (never NaN)."""
    head = "".join(f"<th>{html.escape(label(str(column)))}</th>" for column in frame.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(format_value(value))}</td>" for value in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return f"<div class='table'><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"


#: Tables fit the page: cells wrap (long words too) and the page is never wider than the window.
PAGE_STYLE = """body{font-family:sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;table-layout:auto}.table{max-width:100%}
td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere;font-size:0.9em}
th{background:#f4f4f4}img{max-width:100%;height:auto}figure{display:inline-block;margin:8px;max-width:100%}
.flag{border-left:4px solid #bf8700;background:#fff8c5;padding:6px 10px;margin:8px 0}"""


def render_html(report: SafetyReport) -> str:
    """The summary page as self-contained HTML (plots embedded); no empty section, no NaN, no table wider than the page."""
    colour = "#1a7f37" if report.passed else "#cf222e"
    rows = "".join(
        f"<tr><td>{html.escape(c.name)}</td><td style='color:{'#1a7f37' if c.passed else '#cf222e'}'><b>"
        f"{'PASS' if c.passed else 'FAIL'}</b></td><td>{html.escape(c.detail)}</td></tr>"
        for c in report.criteria
    )
    facts = "".join(f"<li>{html.escape(label(k))}: {html.escape(format_value(v))}</li>" for k, v in report.sample.items())
    flags = "".join(f"<p class='flag'><b>For review:</b> {html.escape(flag)}</p>" for flag in report.flags)
    sections = [f"<h2>{html.escape(name)}</h2>{html_table(table)}" for name, table in report.tables.items()]
    if report.notes:
        sections.append("<h2>Notes</h2><ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in report.notes) + "</ul>")
    if report.figures:
        sections.append("<h2>Plots</h2>" + "".join(figure_html(name, fig) for name, fig in report.figures.items()))
    terms = "".join(f"<li><b>{html.escape(term)}</b>: {html.escape(meaning)}</li>" for term, meaning in GLOSSARY.items())
    sections.append(f"<h2>Terms</h2><ul>{terms}</ul>")
    return f"""<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Safety summary {html.escape(report.model)} v{report.candidate_version}</title>
<style>{PAGE_STYLE}</style></head><body>
<h1>Clinical safety summary: {html.escape(report.model)} v{report.candidate_version}</h1>
<p style="font-size:1.2em;color:{colour}"><b>{html.escape(report.recommendation)}</b></p>{flags}
<ul><li>Production (champion): v{report.production_version}</li><li>Candidate: v{report.candidate_version}</li>
<li>Shadow period: {html.escape(report.period[0])} to {html.escape(report.period[1])}</li>{facts}</ul>
<h2>Criteria</h2><div class='table'><table><thead><tr><th>criterion</th><th>result</th><th>evidence</th></tr></thead>
<tbody>{rows}</tbody></table></div>
{"".join(sections)}</body></html>"""


def write(report: SafetyReport, folder: Path, extra_files: dict[str, str] | None = None) -> Path:
    """Write summary.md, summary.html, summary.json, the plots and ``extra_files`` (name → text) atomically."""

    def fill(staging: Path) -> None:
        (staging / "summary.md").write_text(render_markdown(report))
        (staging / "summary.html").write_text(render_html(report))
        (staging / "summary.json").write_text(json.dumps(json_safe(report.summary(), digits=6), indent=2, allow_nan=False))
        for name, figure in report.figures.items():
            (staging / f"{name}.png").write_bytes(_png(figure))
            plt.close(figure)
        for name, text in (extra_files or {}).items():
            (staging / name).write_text(text)

    return write_folder(folder, fill)


def write_folder(folder: Path, fill: Callable[[Path], None]) -> Path:
    """``fill(staging)`` writes a new version of ``folder`` into a staging folder beside it, which then
    replaces ``folder`` whole: a reader sees the old folder or the new one, never half of one."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        fill(staging)
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
