"""Thresholds, breaches and where a breach is recorded.

A figure breaches when it crosses its threshold (``RULES``). The threshold is the model
version's tag ``monitor.threshold.<name>`` if set, else the settings' default
(``adherence.settings.MonitorThresholds``). A breach is recorded three ways:

- a signed ``monitor_alert`` entry in the audit log (aggregates only: model, version, day,
  check, feature name, value, threshold, rows);
- a row in ``<lake>/reports/monitor/alerts.parquet`` (written to a temporary name, then
  renamed), which is also the index of what was already raised: running the monitor again
  over the same days raises nothing twice;
- Prometheus gauges in a textfile, ``<lake>/reports/monitor/adherence_monitor_<model>.prom``, in
  the format of node_exporter's textfile collector (point its
  ``--collector.textfile.directory`` at that folder): ``adherence_monitor_breach`` is 1 for a
  figure of the newest monitored day over its threshold, so an alerting rule
  ``adherence_monitor_breach == 1`` pages someone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import pandas as pd
from prometheus_client import CollectorRegistry, Gauge, write_to_textfile

from adherence.audit import AuditLog
from adherence.settings import MonitorThresholds, parse_number

TAG_PREFIX = "monitor.threshold."
AUDIT_KIND = "monitor_alert"
ALERTS_FILE = "alerts.parquet"
KEY = ["model", "version", "day", "check", "feature"]
ALERT_COLUMNS = [*KEY, "value", "low", "high", "threshold", "rule", "n", "raised_at"]


@dataclass(frozen=True)
class Rule:
    """How a check is judged: which threshold, and which side of it is a breach.

    ``at_least``/``above``: the value at or above / above the threshold; ``below``: the value
    below it; ``upper_below``: the upper end of the value's 95% interval below it (the figure is
    significantly too low); ``lower_above``: the lower end above it (significantly too high).
    """

    threshold: str
    kind: str

    def breached(self, value: float, low: float, high: float, threshold: float) -> bool:
        side = {"at_least": value >= threshold, "above": value > threshold, "below": value < threshold,
                "upper_below": high < threshold, "lower_above": low > threshold}  # fmt: skip
        return bool(side[self.kind])

    def describe(self, threshold: float) -> str:
        words = {"at_least": ">=", "above": ">", "below": "<", "upper_below": "95% upper end <",
                 "lower_above": "95% lower end >"}  # fmt: skip
        return f"{words[self.kind]} {threshold:g}"


RULES = {
    "feature_drift": Rule("feature_drift", "at_least"),
    "drifted_share": Rule("drifted_share", "at_least"),
    "missing_increase": Rule("missing_increase", "above"),
    "stale_share": Rule("max_stale_share", "above"),
    "score_drift": Rule("score_drift", "lower_above"),
    "flagged_share_change": Rule("flagged_share_change", "lower_above"),
    "auc": Rule("min_auc", "upper_below"),
    "ece": Rule("max_ece", "above"),
    "recall_at_capacity": Rule("min_recall_at_capacity", "upper_below"),
    "hours_shift": Rule("hours_shift", "above"),
    "reminder_value_drop": Rule("reminder_value_drop", "lower_above"),
    "alert_rate": Rule("max_alert_rate", "above"),
    "detection_recall": Rule("min_detection_recall", "below"),
}


def thresholds_for(defaults: MonitorThresholds, tags: Mapping[str, str], model: str, version: str) -> MonitorThresholds:
    """``defaults`` with the version's ``monitor.threshold.<name>`` tags applied; a bad tag is a ValueError naming it."""
    known = {item.name for item in fields(MonitorThresholds)}
    values = asdict(defaults)
    for tag, text in tags.items():
        if not tag.startswith(TAG_PREFIX):
            continue
        name = tag.removeprefix(TAG_PREFIX)
        if name not in known:
            raise ValueError(f"{model} v{version}: tag {tag!r} names no monitor threshold; known: {', '.join(sorted(known))}")
        try:
            values[name] = parse_number(text)  # strict: float() also takes "1_000" and other scripts' digits
        except ValueError:
            raise ValueError(f"{model} v{version}: tag {tag!r} must be a number, got {text!r}") from None
        if math.isnan(values[name]):  # every comparison with NaN is false: the check would be off, silently
            raise ValueError(f"{model} v{version}: tag {tag!r} must be a number, got {text!r}")
    return MonitorThresholds(**values)


def breaches(figures: pd.DataFrame, thresholds: MonitorThresholds, model: str, version: str) -> pd.DataFrame:
    """The figures over their thresholds, as alert rows (``ALERT_COLUMNS`` but ``raised_at``)."""
    rows = []
    for row in figures.itertuples(index=False):
        rule = RULES.get(str(row.check))
        if rule is None or (math.isnan(row.value) and rule.kind not in ("upper_below", "lower_above")):
            continue
        threshold = float(getattr(thresholds, rule.threshold))
        if rule.breached(row.value, row.low, row.high, threshold):
            rows.append({"model": model, "version": version, "day": row.day, "check": row.check, "feature": row.feature,
                         "value": row.value, "low": row.low, "high": row.high, "threshold": threshold,
                         "rule": rule.describe(threshold), "n": row.n})  # fmt: skip
    return pd.DataFrame(rows, columns=ALERT_COLUMNS[:-1])


def read_alerts(folder: Path) -> pd.DataFrame:
    """Every alert raised so far (empty with the right columns when none)."""
    path = folder / ALERTS_FILE
    if not path.is_file():
        return pd.DataFrame(columns=ALERT_COLUMNS)
    return pd.read_parquet(path)


def record(found: pd.DataFrame, folder: Path, audit: AuditLog, now: dt.datetime) -> pd.DataFrame:
    """Audit and store the breaches not raised before; returns those new alerts.

    The audit entries go first (one batch, its id derived from the alerts, so a retry after a
    crash before the Parquet file was replaced is not written twice), then the Parquet file.
    """
    earlier = read_alerts(folder)
    if found.empty:
        return found.assign(raised_at=pd.Series(dtype="datetime64[us, UTC]"))
    raised = set(map(tuple, earlier[KEY].astype(str).to_numpy())) if len(earlier) else set()
    new = found[[tuple(key) not in raised for key in found[KEY].astype(str).to_numpy()]].copy()
    if new.empty:
        return new.assign(raised_at=pd.Series(dtype="datetime64[us, UTC]"))
    new["raised_at"] = pd.Timestamp(now).tz_convert("UTC") if pd.Timestamp(now).tzinfo else pd.Timestamp(now, tz="UTC")
    entries = [(AUDIT_KIND, _payload(row)) for row in new.to_dict("records")]
    batch = hashlib.sha256("|".join(sorted(str(tuple(r[k] for k in KEY)) for r in new.to_dict("records"))).encode())
    audit.append_many(entries, batch=f"monitor-{batch.hexdigest()[:32]}")
    combined = pd.concat([earlier, new], ignore_index=True) if len(earlier) else new
    _write_parquet(combined.astype({"day": "object"}), folder / ALERTS_FILE)
    return new


def _payload(alert: Mapping[str, Any]) -> dict[str, Any]:
    """The audit entry of one alert: aggregates only, numbers rounded, no NaN."""

    def number(value: Any) -> float | None:
        return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(float(value), 6)

    return {"model": alert["model"], "version": str(alert["version"]), "day": str(alert["day"]), "check": alert["check"],
            "feature": alert["feature"], "value": number(alert["value"]),
            "interval": [number(alert["low"]), number(alert["high"])], "threshold": number(alert["threshold"]),
            "rule": alert["rule"], "rows": int(alert["n"])}  # fmt: skip


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False) as handle:
        temporary = Path(handle.name)
    try:
        frame.to_parquet(temporary, index=False)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def prometheus_file(folder: Path, model: str) -> Path:
    return folder / f"adherence_monitor_{model}.prom"


def export_gauges(folder: Path, model: str, latest: Mapping[str, tuple[dt.date, pd.DataFrame, MonitorThresholds]],
                  now: dt.datetime) -> Path:  # fmt: skip
    """Write ``model``'s gauges for the newest monitored day of each version (``latest``: version → day, figures, thresholds).

    Gauges: ``adherence_monitor_value`` and ``adherence_monitor_threshold`` of every judged
    figure, ``adherence_monitor_breach`` (1 over the threshold, 0 not), labelled by model,
    version, check and feature; ``adherence_monitor_day_timestamp_seconds`` (the day
    monitored) and ``adherence_monitor_run_timestamp_seconds``. The file is replaced
    atomically, as the textfile collector requires.
    """
    registry = CollectorRegistry()
    labels = ["model", "version", "check", "feature"]
    value = Gauge("adherence_monitor_value", "Monitored figure of a champion, newest day", labels, registry=registry)
    limit = Gauge("adherence_monitor_threshold", "Alert threshold of the figure", labels, registry=registry)
    breach = Gauge("adherence_monitor_breach", "1 when the figure is over its threshold on the newest day", labels,
                   registry=registry)  # fmt: skip
    day_seen = Gauge("adherence_monitor_day_timestamp_seconds", "The newest day monitored (UTC midnight)",
                     ["model", "version"], registry=registry)  # fmt: skip
    ran = Gauge("adherence_monitor_run_timestamp_seconds", "When the monitor last ran", ["model"], registry=registry)
    for version, (day, figures, thresholds) in latest.items():
        today = figures[(figures.day == day) & figures.check.isin(list(RULES))]
        for row in today.itertuples(index=False):
            rule = RULES[str(row.check)]
            threshold = float(getattr(thresholds, rule.threshold))
            key = {"model": model, "version": version, "check": str(row.check), "feature": str(row.feature)}
            value.labels(**key).set(row.value)
            limit.labels(**key).set(threshold)
            breach.labels(**key).set(1.0 if rule.breached(row.value, row.low, row.high, threshold) else 0.0)
        day_seen.labels(model=model, version=version).set(dt.datetime.combine(day, dt.time(), dt.UTC).timestamp())
    ran.labels(model=model).set(now.timestamp())
    folder.mkdir(parents=True, exist_ok=True)
    path = prometheus_file(folder, model)
    write_to_textfile(str(path), registry)  # writes a temporary file, then renames it
    return path
