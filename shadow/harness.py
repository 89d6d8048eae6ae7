"""The shadow harness: gather what production and a candidate decided in a period, build the
safety report, write it, and attach its verdict to the candidate's registered version.

- drop-off: logged production requests (their feature vectors) replayed through the
  candidate (``shadow.replay``), joined to the outcomes Silver shows later;
- reminder timing: both policies evaluated off-policy on the reminders sent in the period;
- supply anomaly: both versions score every series-day of the period.

Reports land in ``<lake>/reports/shadow/<model>-v<candidate>/``; the Evidently HTML
report (drift between the training data and the shadow period, classification quality)
sits beside the summary for the drop-off model.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from mlflow import MlflowClient

from adherence import catalog
from adherence.domain import DROPOFF_LABEL as LABEL
from adherence.settings import Settings
from features.materialize import latest_snapshot, supply_history
from features.reminders import context_columns, logged_reminders
from models.anomaly import incidents_during
from models.pyfunc import score_series_days
from models.registry import BEATS_BASELINE_TAG, CHAMPION, connect, load, registered_name
from shadow import anomaly as anomaly_report
from shadow import dropoff as dropoff_report
from shadow import reminder as reminder_report
from shadow.drift import evidently_html, feature_names, training_reference
from shadow.dropoff import DropoffMargins
from shadow.gate import record_report
from shadow.outcomes import dropoff_outcomes
from shadow.replay import feature_frame, logged_decisions, replay
from shadow.report import Criterion, SafetyReport, write

log = logging.getLogger(__name__)
#: Days of each series' history scored before the period, so the change-point statistic is warm.
SUPPLY_HISTORY_DAYS = 60


@dataclass(frozen=True)
class Written:
    """Where a report went and what it concluded."""

    folder: Path
    report: SafetyReport


def report_folder(settings: Settings, model: str, candidate: str) -> Path:
    return settings.reports_dir / "shadow" / f"{registered_name(model)}-v{candidate}"


def default_period(settings: Settings, start: dt.date | None, end: dt.date | None, days: int = 28) -> tuple[dt.date, dt.date]:
    """The period to compare: the given bounds, else the ``days`` before the newest feature snapshot."""
    last = end or (latest_snapshot(settings.lake) - dt.timedelta(days=1)).date()
    return start or last - dt.timedelta(days=days - 1), last


def publish(client: MlflowClient, settings: Settings, report: SafetyReport, extra_files: dict[str, str] | None = None) -> Written:
    """Write the report and attach it to the candidate: artifacts on its training run, verdict as version tags."""
    model = catalog.by_registered(report.model).name
    version = client.get_model_version(report.model, report.candidate_version)
    report.criteria.append(baseline_criterion(version.tags.get(BEATS_BASELINE_TAG)))
    folder = write(report, report_folder(settings, model, report.candidate_version), extra_files)
    client.log_artifacts(str(version.run_id), str(folder), "shadow_report")
    record_report(client, model, report.candidate_version, report.passed, str(folder), report.summary())
    log.info("%s v%s: %s (%s)", report.model, report.candidate_version, report.recommendation, folder)
    return Written(folder, report)


def baseline_criterion(tag: str | None) -> Criterion:
    """The training run's own verdict against its naive baseline, as a criterion of the report.

    The promotion gate refuses a version tagged ``beats_baseline=false`` (``shadow.gate.promote``);
    the report must say so too, or it would recommend what the gate then refuses. ``unknown``
    (no baseline could be valued, e.g. no out-of-time rows) does not fail it: the gate lets it by.
    """
    detail = {
        "true": "training valued it above its naive baseline on the same out-of-time rows (model card, `baseline_*` metrics)",
        "false": "training valued it at or below its naive baseline on the same out-of-time rows: a one-line rule did "
        "as well (model card, `baseline_*` metrics); the gate refuses it without an override",
    }.get(str(tag), "training could not value its naive baseline (no out-of-time rows); the gate does not refuse it")
    return Criterion("beats its naive baseline out of time", tag != "false", detail)


def replay_dropoff(
    settings: Settings, candidate: str, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[pd.DataFrame, Path]:
    """Replay the logged drop-off requests of the period through ``candidate``; write and return them."""
    client = connect(settings.mlflow_tracking_uri)
    version, pyfunc = load(client, "dropoff", candidate)
    replayed = replay(logged_decisions(settings.lake, start, end), pyfunc, str(version.version))
    target = settings.lake / "shadow" / f"dropoff-v{version.version}" / "replay.parquet"
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    replayed.to_parquet(temporary, index=False)
    temporary.replace(target)
    return replayed, target


def report_dropoff(
    settings: Settings, candidate: str, start: dt.date | None = None, end: dt.date | None = None,
    margins: DropoffMargins | None = None,
) -> Written:  # fmt: skip
    """Production's logged decisions against the candidate's replayed ones, on the outcomes that followed."""
    client = connect(settings.mlflow_tracking_uri)
    replayed, _ = replay_dropoff(settings, candidate, start, end)
    labelled, pending = dropoff_outcomes(settings.lake, replayed)
    version = str(replayed.candidate_version.iloc[0])
    production = str(replayed.production_version.mode().iloc[0])
    period = (str(replayed.as_of.min()), str(replayed.as_of.max()))
    report = dropoff_report.build_report(labelled, version, production, period, pending, margins or DropoffMargins())
    if replayed.production_version.nunique() > 1:
        report.notes.append(f"Production changed during the period: versions {sorted(replayed.production_version.unique())}.")
    if replayed.attrs.get("live_shadow_rows"):
        report.notes.append(
            f"v{version} also ran live in shadow for {replayed.attrs['live_shadow_rows']} of these decisions; its logged "
            f"outputs differ from the replay by at most {replayed.attrs['live_shadow_max_difference']:.2e}."
        )
    extra = {}
    if len(labelled) and labelled[LABEL].nunique() == 2:
        current = feature_frame(labelled).assign(**{LABEL: labelled[LABEL], "candidate_risk": labelled.candidate_risk})
        reference = training_reference(settings.lake, client, "dropoff", version)
        extra["evidently.html"] = evidently_html(reference, current, feature_names(feature_frame(labelled)),
                                                 replayed.attrs.get("candidate_threshold"))  # fmt: skip
        report.notes.append("Evidently report (drift from the training data, classification quality): evidently.html.")
    return publish(client, settings, report, extra)


def report_reminder(settings: Settings, candidate: str, start: dt.date | None = None, end: dt.date | None = None) -> Written:
    """Off-policy comparison of the reminder champion and ``candidate`` on the period's logged reminders."""
    first, last = default_period(settings, start, end)
    client = connect(settings.mlflow_tracking_uri)
    production_version, production = load(client, "reminder", CHAMPION)
    candidate_version, challenger = load(client, "reminder", candidate)
    logs = logged_reminders(settings.lake, last + dt.timedelta(days=1), since=first)
    report = reminder_report.build_report(
        logs, context_columns(logs), production.unwrap_python_model().estimator, challenger.unwrap_python_model().estimator,
        (str(production_version.version), str(candidate_version.version)), (str(first), str(last)),
    )  # fmt: skip
    return publish(client, settings, report)


def report_anomaly(
    settings: Settings, candidate: str, start: dt.date | None = None, end: dt.date | None = None,
    incidents: pd.DataFrame | None = None,
) -> Written:  # fmt: skip
    """Both anomaly versions over every series-day of the period; detection of ``incidents`` if given."""
    first, last = default_period(settings, start, end)
    client = connect(settings.mlflow_tracking_uri)
    production_version, production = load(client, "anomaly", CHAMPION)
    candidate_version, challenger = load(client, "anomaly", candidate)
    featured = supply_history(settings.lake, last, since=first - dt.timedelta(days=SUPPLY_HISTORY_DAYS))
    scored = featured[["batch_number", "region"]].assign(date=featured.day)
    for name, pyfunc in (("production", production), ("candidate", challenger)):
        result = score_series_days(featured, pyfunc)
        scored[f"{name}_score"], scored[f"{name}_alert"] = result.score.to_numpy(), result.alert.to_numpy()
    scored = scored[pd.to_datetime(scored.date).dt.date >= first].reset_index(drop=True)
    if incidents is not None:
        incidents = incidents_during(incidents, first, last)
    report = anomaly_report.build_report(
        scored, (str(production_version.version), str(candidate_version.version)), (str(first), str(last)), incidents
    )
    return publish(client, settings, report)
