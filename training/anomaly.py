"""Train, evaluate and register the supply-chain anomaly ensemble.

1. Every (batch_number, region, day) series-day before ``until`` with the ``anomaly_v1``
   features at the end of that day (point in time).
2. Split by day: the ensemble learns from days before the evaluation period (the last
   ``evaluation_days``), with its alert threshold set for a budget of
   ``false_alarms_per_1000`` series-days, estimated on the latest training days
   (``models.anomaly``). It is unsupervised: it never sees incident labels.
3. The evaluation period is scored with each series' full earlier history (the change-point
   statistic and trailing windows need it). Alert rate, and, when the caller passes known
   incidents (the simulator's truth, for evaluation only), recall, precision, median
   detection delay and false alarms per 1,000 series-days, for the model and for the naive
   daily rule (``models.baselines.daily_rule_alerts``) on the same days; the version is
   tagged with whether it beat the rule.
4. Plots, model card, lineage; registered as ``supply_anomaly`` with alias ``challenger``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import mlflow
import pandas as pd
from matplotlib.figure import Figure

from adherence.audit import AuditLog
from adherence.domain import SUPPLY_SERVICE as FEATURE_SERVICE
from adherence.settings import Settings
from features.entities import series_days, supply_series_days
from features.materialize import training_frame
from models.anomaly import SupplyAnomalyDetector, detection_metrics, incidents_during
from models.baselines import anomaly_verdict, daily_rule_alerts
from models.cards import ModelCard
from models.pyfunc import SupplyAnomalyModel, model_input
from training import plots, tracking
from training.datasets import data_until

log = logging.getLogger(__name__)
NAME = "supply_anomaly"


@dataclass(frozen=True)
class AnomalyConfig:
    """Choices of one training run; every field is logged as a parameter."""

    until: dt.date | None = None
    evaluation_days: int = 45
    #: The alarm's budget: false alarms per 1,000 series-days.
    false_alarms_per_1000: float = 1.0
    seed: int = 0


def train(
    settings: Settings,
    config: AnomalyConfig = AnomalyConfig(),
    audit: AuditLog | None = None,
    incidents: pd.DataFrame | None = None,
) -> tracking.Registered:
    """Run the whole pipeline. ``incidents`` (evaluation only) never reach the model."""
    until = data_until(settings.lake, config.until)
    last_day = until - dt.timedelta(days=1)
    grid = supply_series_days(settings.lake, last_day)
    if grid.empty:
        raise ValueError(f"no pack scans with batch and region before {until}")
    frame = series_days(training_frame(settings.lake, FEATURE_SERVICE, grid.drop(columns="day")), grid)
    evaluation_start = until - dt.timedelta(days=config.evaluation_days)
    learn = frame[frame.day < evaluation_start]
    if learn.empty or len(learn) == len(frame):
        raise ValueError(f"need series-days before and after {evaluation_start} to train and evaluate")
    log.info("anomaly: %d training series-days, %d in evaluation", len(learn), len(frame) - len(learn))

    client = tracking.configure(settings, NAME)
    with mlflow.start_run(run_name=f"anomaly-until-{until}", tags=tracking.owner_tags()) as run:
        tracking.log_config(config, until, evaluation_start=str(evaluation_start))
        tracking.log_lineage(settings.lake, FEATURE_SERVICE, (frame.day.min(), last_day), until)
        detector = SupplyAnomalyDetector(
            false_alarms_per_1000=config.false_alarms_per_1000, random_state=config.seed
        ).fit(model_input(learn))
        scored = frame.assign(score=detector.score_samples(model_input(frame)))
        scored["alert"] = scored.score >= detector.threshold_
        evaluated = scored[scored.day >= evaluation_start]
        metrics = {
            "series_days_train": float(len(learn)),
            "series_days_evaluation": float(len(evaluated)),
            "alert_rate_train": float(scored[scored.day < evaluation_start].alert.mean()),
            "alert_rate_evaluation": float(evaluated.alert.mean()),
            "threshold": float(detector.threshold_),
            "series_excluded_as_anomalous": float(detector.n_excluded_series_),
        }
        rule = evaluated.assign(alert=daily_rule_alerts(evaluated))
        metrics["baseline_alert_rate_evaluation"] = float(rule.alert.mean())
        found = found_by_rule = None
        if incidents is not None:
            found = _against_incidents(evaluated, incidents, evaluation_start)
            found_by_rule = _against_incidents(rule, incidents, evaluation_start)
            metrics.update({f"truth_{k}": v for k, v in found.items()})
        verdict = anomaly_verdict(found, found_by_rule, config.false_alarms_per_1000)
        mlflow.log_metrics(metrics)
        tracking.log_figures({"top_series": _top_series_figure(scored, detector.threshold_)})
        card = _card(config, metrics, incidents is not None)
        example = model_input(frame[frame.batch_number == frame.batch_number.iloc[0]].head(5))
        version, bootstrapped = tracking.log_and_register(
            client, name=NAME, wrapper=SupplyAnomalyModel(detector), input_example=example, card=card, audit=audit,
            verdict=verdict,
        )  # fmt: skip
        warned = missed_incidents_warning(metrics, version, bootstrapped)
        if warned:
            log.warning(warned)
            client.set_model_version_tag(NAME, version, "warning", warned)
        below_baseline = tracking.baseline_warning(NAME, version, verdict, bootstrapped)
        for text in below_baseline:
            log.warning(text)
        warnings = ([warned] if warned else []) + below_baseline
        return tracking.Registered(NAME, version, run.info.run_id, metrics, bootstrapped, warnings, verdict.tag)


def missed_incidents_warning(metrics: dict[str, float], version: str, bootstrapped: bool) -> str | None:
    """A warning when a version detected none of the known incidents of its evaluation period.

    A first version becomes champion by bootstrap, with nothing to compare it with; if it
    detects nothing it must not do so silently.
    """
    incidents, detected = metrics.get("truth_incidents", 0.0), metrics.get("truth_detected", 0.0)
    if incidents < 1 or detected > 0:
        return None
    role = "champion by bootstrap (no earlier version to compare with)" if bootstrapped else "challenger"
    return (f"anomaly v{version} detected 0 of {incidents:.0f} known incident(s) in its evaluation period "
            f"({metrics.get('truth_false_alarms', 0.0):.0f} false alarms) and is {role}: review it before "
            "relying on its alerts")


def _against_incidents(evaluated: pd.DataFrame, incidents: pd.DataFrame, start: dt.date) -> dict[str, float]:
    """Detection metrics (recall, median delay in days, false alarms per 1,000 series-days, ...)
    of ``evaluated``'s ``alert`` column on the evaluation period, over incidents active in it."""
    active = incidents_during(incidents, start)
    alerts = evaluated.rename(columns={"day": "date"})[["batch_number", "region", "date", "alert"]]
    return {name: float(value) for name, value in detection_metrics(alerts, active).items()}


def _top_series_figure(scored: pd.DataFrame, threshold: float, top: int = 6) -> Figure:
    """Scores over time of the series with the highest peaks, against the alert threshold."""
    peaks = scored.groupby(["batch_number", "region"]).score.max().nlargest(top).index
    shown = scored.set_index(["batch_number", "region"]).loc[peaks].reset_index()
    shown["group"] = shown.batch_number + " / " + shown.region
    figure = plots.series_figure(shown, "score", "Highest-scoring supply series", "anomaly score")
    figure.axes[0].axhline(threshold, color="red", linestyle="--", label="alert threshold")
    return figure


def _card(config: AnomalyConfig, metrics: dict[str, float], with_truth: bool) -> ModelCard:
    shown = {k: v for k, v in metrics.items() if k.startswith(("alert_rate", "truth_", "threshold"))}
    limits = [
        "Unsupervised: it flags unusual registry answers, not proven counterfeits; every alert needs an investigation.",
        "Needs about 28 days of a series' history to score a day; new series start from 'no evidence'.",
        "Few scans a day means weak evidence: small batches in small regions are detected later.",
    ]
    if not with_truth:
        limits.append("No known incidents were available, so detection was not measured for this version.")
    return ModelCard(
        title="supply_anomaly (counterfeit or suspect packs per batch and region)",
        intended_use=(
            "Flag a rise of 'suspect' or 'unknown' registry answers for one batch in one region, for regulators "
            "and pharma partners to investigate possible counterfeit infiltration or a distribution disruption."
        ),
        not_for="Decisions about individual patients or pharmacies; proof of counterfeiting.",
        details={"ensemble": "Isolation Forest + torch autoencoder + excess CUSUM + binomial tail probability against "
                             "the series' and region's baseline, calibrated and averaged",
                 "false-alarm budget (per 1,000 series-days)": config.false_alarms_per_1000,
                 "feature service": FEATURE_SERVICE},
        data={"training series-days": metrics["series_days_train"],
              "evaluation series-days": metrics["series_days_evaluation"],
              "evaluation period": f"last {config.evaluation_days} days before {config.until or 'the end of the data'}"},
        metrics=shown,
        limits=limits,
    )  # fmt: skip
