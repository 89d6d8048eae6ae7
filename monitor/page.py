"""The monitor's HTML page of one champion version: its figures over time, its thresholds and its alerts.

One self-contained file (plots embedded), ``monitor.html``, beside ``figures.parquet`` (the
long table of ``monitor.daily``) and ``alerts.parquet`` (this version's alerts), in
``<lake>/reports/monitor/<model>-v<version>/``. The folder is written under a temporary
name and swapped in, so a reader never sees half a page. Only aggregates are shown.
"""

from __future__ import annotations

import html
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from adherence.formatting import format_value
from adherence.settings import MonitorThresholds
from monitor.alerts import RULES
from monitor.daily import CHECKS
from shadow.report import PAGE_STYLE, figure_html, html_table, write_folder

#: Checks with one series per feature, drawn as a feature × day heat map.
PER_FEATURE = ("feature_drift", "missing_increase")
#: Checks drawn as one line over time (with their 95% interval, and the threshold when there is one).
LINES = ("auc", "ece", "recall_at_capacity", "score_drift", "flagged_share", "flagged_share_change", "drifted_share",
         "stale_share", "hours_shift", "reminder_value_drop", "alert_rate", "outcomes_known")  # fmt: skip


def _threshold(check: str, thresholds: MonitorThresholds) -> float | None:
    rule = RULES.get(check)
    return None if rule is None else float(getattr(thresholds, rule.threshold))


def heat_map(figures: pd.DataFrame, check: str, thresholds: MonitorThresholds) -> Figure | None:
    """Feature × day of a per-feature check; cells at or over the threshold are outlined in red text."""
    part = figures[figures.check == check]
    if part.empty:
        return None
    table = part.pivot_table(index="feature", columns="day", values="value", aggfunc="first").sort_index()
    figure, axis = plt.subplots(figsize=(min(16, 3 + 0.45 * table.shape[1]), 1.5 + 0.28 * table.shape[0]))
    image = axis.imshow(table.to_numpy(float), aspect="auto", cmap="viridis")
    axis.set_yticks(range(table.shape[0]), table.index)
    axis.set_xticks(range(table.shape[1]), [str(day) for day in table.columns], rotation=90)
    limit = _threshold(check, thresholds)
    if limit is not None:
        for (i, j), value in np.ndenumerate(table.to_numpy(float)):
            if np.isfinite(value) and value >= limit:
                axis.text(j, i, "!", ha="center", va="center", color="red", fontweight="bold")
    figure.colorbar(image, ax=axis)
    axis.set_title(f"{CHECKS[check]} ('!' at or over {limit:g})" if limit is not None else CHECKS[check], fontsize=9)
    return figure


def line(figures: pd.DataFrame, check: str, thresholds: MonitorThresholds) -> Figure | None:
    """One figure over time, with its interval as a band and its threshold as a dashed line."""
    part = figures[(figures.check == check) & (figures.feature == "")].sort_values("day")
    if part.empty or part.value.isna().all():
        return None
    figure, axis = plt.subplots(figsize=(7, 3))
    days = pd.to_datetime(part.day)
    axis.plot(days, part.value, marker="o", label=check)
    if part.low.notna().any():
        axis.fill_between(days, part.low, part.high, alpha=0.25, label="95% interval")
    limit = _threshold(check, thresholds)
    if limit is not None:
        axis.axhline(limit, color="red", linestyle="--", label=f"threshold {limit:g}")
    axis.set_title(CHECKS[check], fontsize=9)
    axis.legend(fontsize=8)
    figure.autofmt_xdate()
    return figure


def _by_day(figures: pd.DataFrame, check: str) -> pd.DataFrame:
    """Day × feature table of one check's values (0 where a feature has no row that day)."""
    part = figures[figures.check == check]
    return part.pivot_table(index="day", columns="feature", values="value", aggfunc="first", fill_value=0.0).sort_index()


def risk_distribution(figures: pd.DataFrame) -> Figure | None:
    """The served risk's quantiles per day (10-90% and 25-75% bands, median line)."""
    table = _by_day(figures, "risk_quantile")
    if table.empty:
        return None
    days = pd.to_datetime(table.index)
    figure, axis = plt.subplots(figsize=(7, 3))
    axis.fill_between(days, table["p10"], table["p90"], alpha=0.2, label="10-90%")
    axis.fill_between(days, table["p25"], table["p75"], alpha=0.4, label="25-75%")
    axis.plot(days, table["p50"], marker="o", label="median")
    axis.set(ylabel="drop-off risk", title="Score distribution as served")
    axis.legend(fontsize=8)
    figure.autofmt_xdate()
    return figure


def hours_chosen(figures: pd.DataFrame) -> Figure | None:
    """Share of reminders per local hour chosen, stacked, per day."""
    table = _by_day(figures, "hour_share")
    if table.empty:
        return None
    table = table[sorted(table.columns, key=int)]
    figure, axis = plt.subplots(figsize=(7, 3.5))
    colours = [plt.get_cmap("twilight")(int(hour) / 24) for hour in table.columns]  # a cyclic map: 23h sits by 0h
    axis.stackplot(pd.to_datetime(table.index), table.T.to_numpy(), labels=[f"{hour}h" for hour in table.columns],
                   colors=colours)  # fmt: skip
    axis.set(ylabel="share of answers", title="Reminder hours chosen")
    axis.legend(fontsize=7, ncol=4, loc="upper left", bbox_to_anchor=(1, 1))
    figure.autofmt_xdate()
    return figure


def alerts_per_day(alerts: pd.DataFrame) -> Figure | None:
    """How many figures breached their threshold each day."""
    if alerts.empty:
        return None
    counts = alerts.groupby("day").size()
    figure, axis = plt.subplots(figsize=(7, 2.5))
    axis.bar(pd.to_datetime(counts.index), counts.to_numpy())
    axis.set(ylabel="breaches", title="Monitor alerts per day")
    figure.autofmt_xdate()
    return figure


def render(model: str, version: str, figures: pd.DataFrame, alerts: pd.DataFrame, thresholds: MonitorThresholds,
           notes: list[str]) -> str:  # fmt: skip
    """The page as HTML."""
    plots: list[tuple[str, Figure | None]] = [("alerts_per_day", alerts_per_day(alerts)),
                                              ("score_distribution", risk_distribution(figures)),
                                              ("hours_chosen", hours_chosen(figures))]  # fmt: skip
    plots += [(check, line(figures, check, thresholds)) for check in LINES]
    plots += [(check, heat_map(figures, check, thresholds)) for check in PER_FEATURE]
    drawn = [(name, plot) for name, plot in plots if plot is not None]
    parts = [figure_html(name, plot) for name, plot in drawn]
    for _, plot in drawn:
        plt.close(plot)
    days = sorted(figures.day.unique())
    period = f"{days[0]} to {days[-1]}" if days else "no day"
    judged = pd.DataFrame([{"check": check, "measures": CHECKS[check], "alert when": RULES[check].describe(
        float(getattr(thresholds, RULES[check].threshold)))} for check in RULES if check in set(figures.check)])  # fmt: skip
    shown = alerts.drop(columns=[c for c in ("raised_at", "model", "version") if c in alerts.columns])
    alert_section = html_table(shown) if len(shown) else "<p>No figure crossed its threshold.</p>"
    note_list = "".join(f"<li>{html.escape(note)}</li>" for note in notes)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Monitor {html.escape(model)} v{html.escape(version)}</title><style>{PAGE_STYLE}</style></head><body>
<h1>Champion monitor: {html.escape(model)} v{html.escape(version)}</h1>
<ul><li>Days monitored: {html.escape(period)} ({len(days)})</li>
<li>Alerts: {format_value(len(alerts))}</li>{note_list}</ul>
<h2>Alerts</h2>{alert_section}
<h2>Thresholds</h2>{html_table(judged) if len(judged) else "<p>No judged figure.</p>"}
<h2>Plots</h2>{"".join(parts)}</body></html>"""


def write(folder: Path, page: str, figures: pd.DataFrame, alerts: pd.DataFrame) -> Path:
    """Write ``monitor.html``, ``figures.parquet`` and ``alerts.parquet`` to ``folder``, swapped in whole."""

    def fill(staging: Path) -> None:
        (staging / "monitor.html").write_text(page)
        figures.astype({"day": "object"}).to_parquet(staging / "figures.parquet", index=False)
        alerts.to_parquet(staging / "alerts.parquet", index=False)

    return write_folder(folder, fill) / "monitor.html"
