"""``adherence monitor``: for each champion version that answered in the period, its daily figures,
alerts and page.

Per model (``dropoff``, ``reminder``, ``anomaly``) the prediction log is read and split by the
champion version that gave each answer, so a promotion mid-period yields one page per version.
The period is the ``days`` days up to ``as_of`` (default: the newest day logged). Outcomes are
only those observable by the end of ``as_of`` (all known ones without it).

- drop-off: data drift of the served vectors against the version's training data (rebuilt
  through Feast over the as-of range its run recorded, as the shadow report does), risk
  distribution and drift, share flagged, realised AUC / ECE / recall at capacity on decisions
  whose follow-up closed, freshness and missing features;
- reminder: drift, freshness and missing features of the served contexts; hours chosen and
  their distance from the version's hours on its training contexts; its doubly-robust value
  on the reminders the sender logged that day against their observed response rate;
- anomaly: share of series-days alerted (alerts from the log, series-days from the
  de-identified scans); with ``incidents`` (confirmed ones, given explicitly), the share of
  the period's incidents detected. The log holds only the alerts and top scores returned, a
  biased sample of the supply features, so no feature drift is computed for it.

Results: ``<lake>/reports/monitor/<model>-v<version>/monitor.html`` (attached to the version as
MLflow artifacts under ``monitor/``, and named by its tag ``monitor.page``), alerts (see
``monitor.alerts``) and the Prometheus textfile.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from mlflow import MlflowClient

from adherence import catalog
from adherence.prediction_log import read_log
from adherence.settings import Settings
from features.entities import supply_series_days
from features.reminders import context_columns, logged_reminders
from models.anomaly import detection_metrics, incidents_during
from models.pyfunc import model_input
from models.registry import connect, load, registered_name
from monitor import alerts as monitor_alerts
from monitor import daily
from monitor import page as monitor_page
from monitor.daily import Reference, figure, figures_frame
from serving.config import ServeConfig
from shadow.drift import feature_names, training_reference
from shadow.outcomes import dropoff_outcomes
from shadow.replay import as_of_days, feature_frame, logged_decisions

log = logging.getLogger(__name__)
DEFAULT_DAYS = 28
#: Days of logged reminders before the end of a reminder version's training range that stand for its training contexts.
REMINDER_REFERENCE_DAYS = 28


@dataclass
class Monitored:
    """One champion version's monitoring: where its page is, what it raised."""

    model: str
    version: str
    days: list[dt.date]
    page: Path
    new_alerts: pd.DataFrame
    alerts: pd.DataFrame
    notes: list[str] = field(default_factory=list)


@dataclass
class _Version:
    """What was computed for one version before it is judged and written."""

    version: str
    figures: pd.DataFrame
    notes: list[str]


def monitor_folder(settings: Settings) -> Path:
    return settings.reports_dir / "monitor"


def run(settings: Settings, models: Iterable[str] | None = None, as_of: dt.date | None = None,
        days: int = DEFAULT_DAYS, incidents: pd.DataFrame | None = None,
        now: dt.datetime | None = None) -> tuple[list[Monitored], list[str]]:  # fmt: skip
    """Monitor ``models``' champions (default: every model of the catalog); returns what was monitored and why a model
    was not (no traffic logged)."""
    if days < 1:
        raise ValueError(f"--days must be at least 1, got {days}")
    # The log is read before the registry is opened: with nothing logged (a mistyped --lake, a lake never served)
    # the monitor writes nothing, not even the registry's database.
    chosen = [spec.name for spec in catalog.models()] if models is None else list(models)
    periods = {model: _logged(settings, model, as_of, days) for model in chosen}
    skipped = [f"{registered_name(model)}: {period}" for model, period in periods.items() if isinstance(period, str)]
    if len(skipped) == len(periods):
        return [], skipped
    client = connect(settings.mlflow_tracking_uri)
    now = now or dt.datetime.now(dt.UTC)
    folder = monitor_folder(settings)
    audit = settings.audit_log()
    done: list[Monitored] = []
    for model, period in periods.items():
        name = registered_name(model)
        if isinstance(period, str):
            continue
        computed = {"dropoff": _dropoff, "reminder": _reminder, "anomaly": _anomaly}[model](
            settings, client, _Period(*period, as_of), incidents)
        latest = {}
        for item in computed:
            version = client.get_model_version(name, item.version)
            thresholds = monitor_alerts.thresholds_for(settings.monitor, version.tags, name, item.version)
            found = monitor_alerts.breaches(item.figures, thresholds, name, item.version)
            new = monitor_alerts.record(found, folder, audit, now)
            raised = monitor_alerts.read_alerts(folder)
            window = sorted(item.figures.day.unique())
            mine = raised[(raised.model == name) & (raised.version.astype(str) == item.version)
                          & raised.day.astype(str).isin([str(day) for day in window])]  # fmt: skip
            html = monitor_page.render(name, item.version, item.figures, mine, thresholds, item.notes)
            page = monitor_page.write(folder / f"{name}-v{item.version}", html, item.figures, mine)
            _attach(client, name, item.version, page, window[-1], len(mine))
            latest[item.version] = (window[-1], item.figures, thresholds)
            done.append(Monitored(name, item.version, window, page, new, mine, item.notes))
            log.info("%s v%s: %d days, %d alerts (%d new); %s", name, item.version, len(window), len(mine), len(new), page)
        monitor_alerts.export_gauges(folder, name, latest, now)
    return done, skipped


def _attach(client: MlflowClient, name: str, version: str, page: Path, last: dt.date, alerts: int) -> None:
    """The page (and its tables) as artifacts of the version's run, and tags that say where and what."""
    run_id = str(client.get_model_version(name, version).run_id)
    client.log_artifacts(run_id, str(page.parent), "monitor")
    for key, value in (("monitor.page", str(page)), ("monitor.last_day", str(last)), ("monitor.alerts", str(alerts))):
        client.set_model_version_tag(name, version, key, value)


def _period(logged: pd.DataFrame, day: str, as_of: dt.date | None, days: int,
            what: str) -> tuple[pd.DataFrame, dt.date, dt.date] | str:  # fmt: skip
    """The ``logged`` rows whose ``day`` column lies in the ``days`` days up to ``as_of`` (default: the newest);
    a sentence saying so when there are none."""
    if logged.empty:
        return f"the prediction log holds no {what}"
    last = as_of or max(logged[day])
    first = last - dt.timedelta(days=days - 1)
    kept = logged[(logged[day] >= first) & (logged[day] <= last)]
    return (kept, first, last) if len(kept) else f"no logged {what} for days in [{first}, {last}]"


@dataclass(frozen=True)
class _Period:
    """A model's answers logged in the period (each with its ``day``), the period's bounds, and ``--as-of``."""

    rows: pd.DataFrame
    first: dt.date
    last: dt.date
    as_of: dt.date | None


def _logged(settings: Settings, model: str, as_of: dt.date | None,
            days: int) -> tuple[pd.DataFrame, dt.date, dt.date] | str:  # fmt: skip
    """The answers of ``model`` logged in the period with their ``day``: drop-off decisions (scored ones, with the
    as-of day of their features), reminder answers (as-of day too), supply alerts (the series-day)."""
    if model == "dropoff":
        try:
            decisions = logged_decisions(settings.lake)
        except LookupError as error:
            return str(error)
        return _period(decisions.assign(day=decisions.as_of), "day", as_of, days, "drop-off decisions")
    endpoint = catalog.model(model).endpoint
    logged = read_log(settings.lake, endpoint)
    day = as_of_days(logged) if endpoint == "reminder" else pd.to_datetime(logged["entity.day"]).dt.date
    what = ("reminder answers" if endpoint == "reminder"
            else "supply alerts (the service logs a supply answer only when it returns alerts)")  # fmt: skip
    return _period(logged.assign(day=day), "day", as_of, days, what)


def _ages(rows: pd.DataFrame) -> np.ndarray:
    """Seconds between each answer and its feature snapshot (NaN when the snapshot time is unknown)."""
    age = pd.to_datetime(rows["time"], utc=True) - pd.to_datetime(rows["features_as_of"], utc=True)
    return np.asarray(age.dt.total_seconds(), dtype=float)


def _dropoff(settings: Settings, client: MlflowClient, period: _Period, incidents: pd.DataFrame | None) -> list[_Version]:
    decisions, as_of = period.rows, period.as_of
    stale_after = ServeConfig.from_env().stale_after_seconds
    thresholds = settings.monitor
    results = []
    for version, rows in decisions.groupby("production_version"):
        version = str(version)
        reference = training_reference(settings.lake, client, "dropoff", version)
        served = feature_frame(rows)
        names = [name for name in feature_names(served) if name in reference.columns]
        _, pyfunc = load(client, "dropoff", version)
        reference_scores = pd.DataFrame(pyfunc.predict(model_input(reference[names])))
        capacity = float(getattr(pyfunc.unwrap_python_model().estimator, "capacity", 0.1))
        labelled, _ = dropoff_outcomes(settings.lake, rows[["request_id", "patient_key", "as_of", "production_risk"]],
                                       observed_until=as_of)  # fmt: skip
        ages = _ages(rows)
        figures: list[dict[str, Any]] = []
        for day, part in rows.groupby("as_of"):
            mask = (rows.as_of == day).to_numpy()
            known = labelled[labelled.as_of.dt.date == day]
            figures += daily.served_figures(day, feature_frame(part), Reference(reference, names), ages[mask], stale_after,
                                            thresholds)  # fmt: skip
            figures += daily.risk_figures(day, part.production_risk.to_numpy(float), part.production_intervene.to_numpy(bool),
                                    reference_scores.risk.to_numpy(float), float(reference_scores.intervene.mean()),
                                    thresholds)  # fmt: skip
            figures += daily.quality_figures(day, known, len(part) - len(known), capacity, thresholds)
        notes = [f"Reference: {len(reference):,} on-therapy feature vectors of the version's training as-of range, rebuilt "
                 f"through Feast; capacity {capacity:.0%}; outcomes observable by "
                 f"{as_of or 'the last day of events'} (a decision's follow-up takes 44 days)."]  # fmt: skip
        results.append(_Version(version, figures_frame(figures), notes))
    return results


def _reminder(settings: Settings, client: MlflowClient, period: _Period, incidents: pd.DataFrame | None) -> list[_Version]:
    served_log, first, last = period.rows, period.first, period.last
    stale_after = ServeConfig.from_env().stale_after_seconds
    thresholds = settings.monitor
    try:
        sent = logged_reminders(settings.lake, last + dt.timedelta(days=1), since=first)
        sent_days = sent.sent_at.dt.date
    except ValueError:  # no reminder with a known outcome in the period
        sent, sent_days = None, None
    results = []
    for version, rows in served_log.groupby("champion_version"):
        version = str(version)
        _, pyfunc = load(client, "reminder", version)
        policy = pyfunc.unwrap_python_model().estimator
        run = client.get_run(str(client.get_model_version(registered_name("reminder"), version).run_id))
        end = pd.Timestamp(run.data.tags["as_of_end"]).date()
        start = max(pd.Timestamp(run.data.tags["as_of_start"]).date(), end - dt.timedelta(days=REMINDER_REFERENCE_DAYS))
        trained_on = logged_reminders(settings.lake, end + dt.timedelta(days=1), since=start)
        columns = context_columns(trained_on)
        hours = pd.Series(policy.action_distribution(trained_on[columns]).mean(axis=0), index=policy.hours_)
        served = feature_frame(rows)
        names = [name for name in served.columns if name in columns]
        ages = _ages(rows)
        figures: list[dict[str, Any]] = []
        for day, part in rows.groupby("day"):
            mask = (rows.day == day).to_numpy()
            figures += daily.served_figures(day, feature_frame(part), Reference(trained_on, names), ages[mask], stale_after,
                                      thresholds)  # fmt: skip
            figures += daily.hours_figures(day, part["champion_output.local_hour"].to_numpy(int), hours, thresholds)
            if sent is not None and sent_days is not None:
                figures += daily.reminder_value_figures(day, sent[(sent_days == day).to_numpy()], columns, policy, thresholds)
        notes = [f"Reference: {len(trained_on):,} reminders logged in the {REMINDER_REFERENCE_DAYS} days before the end of "
                 f"the version's training range ({start} to {end}), with their contexts rebuilt through Feast."]  # fmt: skip
        results.append(_Version(version, figures_frame(figures), notes))
    return results


def _anomaly(settings: Settings, client: MlflowClient, period: _Period, incidents: pd.DataFrame | None) -> list[_Version]:
    served_log, first, last = period.rows, period.first, period.last
    grid = supply_series_days(settings.lake, last, since=first)[["batch_number", "region", "day"]]
    results = []
    for version, rows in served_log.groupby("champion_version"):
        alerted = rows[rows["champion_output.alert"].fillna(False).astype(bool)]
        alerted = alerted.rename(columns={"entity.batch_number": "batch_number", "entity.region": "region"})
        flags = alerted[["batch_number", "region", "day"]].drop_duplicates().assign(alert=True)
        scored = grid[grid.day.isin(set(rows.day))].merge(flags, on=["batch_number", "region", "day"], how="left")
        scored["alert"] = scored.alert.astype("boolean").fillna(False).astype(bool)
        figures = [figure(day, "alert_rate", float(part.alert.mean()), n=len(part)) for day, part in scored.groupby("day")]
        notes = ["Alerts as the service returned them; series-days scored from the de-identified scans."]
        if incidents is not None:
            confirmed = incidents_during(incidents, first, last)
            if len(confirmed):
                found = detection_metrics(scored.rename(columns={"day": "date"}), confirmed)
                figures.append(figure(last, "detection_recall", found["recall"], n=int(found["incidents"])))
                notes.append(f"{int(found['detected'])} of {int(found['incidents'])} confirmed incidents of the period "
                             "detected (incidents given with --incidents).")  # fmt: skip
        results.append(_Version(str(version), figures_frame(figures), notes))
    return results


__all__ = ["DEFAULT_DAYS", "Monitored", "monitor_folder", "run"]
