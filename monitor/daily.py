"""The daily figures of one champion version, from what the service logged and the outcomes that followed.

Every figure is a row of a long table (``FIGURE_COLUMNS``):

- ``day``: the decision day. For drop-off and reminder answers, the as-of day of the
  features scored (the day whose end is their snapshot), so replayed history and live
  traffic are dated alike; for supply alerts, the series-day scored;
- ``check``: what is measured (see ``CHECKS``); ``feature``: the feature (or hour, or
  quantile) it is about, ``""`` when none;
- ``value``; ``low`` and ``high``: its 95% interval where there is one (NaN otherwise);
- ``n``: the rows behind it (served answers, labelled decisions, logged reminders).

Only aggregates: no patient key, no single patient's vector ever leaves this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import wasserstein_distance
from sklearn.metrics import roc_auc_score

from adherence.domain import DROPOFF_LABEL as LABEL
from adherence.settings import MonitorThresholds
from models.metrics import expected_calibration_error, recall_at_capacity
from models.off_policy import doubly_robust, with_interval
from shadow.compare import bootstrap_interval
from shadow.drift import column_drift

FIGURE_COLUMNS = ["day", "check", "feature", "value", "low", "high", "n"]
#: What each check measures (the page's captions and the README's table come from here).
CHECKS = {
    "feature_drift": "Evidently drift distance of a feature from the version's training data",
    "drifted_share": "share of the features whose drift distance reaches the feature threshold",
    "missing_increase": "missing share of a feature as served, minus its missing share in the training data",
    "stale_share": "share of answers whose features were older than the service's staleness limit",
    "score_drift": "Evidently drift distance of the served drop-off risk from the version's risk on its training data "
                   "(95% bootstrap interval)",
    "risk_quantile": "quantiles of the served drop-off risk",
    "flagged_share": "share of scored decisions flagged for intervention",
    "flagged_share_change": "distance of that share from the share the version flags on its training data "
                            "(95% interval, Wilson's)",
    "outcomes_known": "decisions whose 44-day follow-up has closed",
    "outcomes_pending": "decisions whose follow-up is still open (left out of the quality figures)",
    "auc": "realised ROC AUC on decisions with known outcome (95% patient-bootstrap interval)",
    "ece": "realised expected calibration error (10 equal-width bins)",
    "recall_at_capacity": "realised share of drop-offs among the capacity share of highest risks (95% interval)",
    "hour_share": "share of reminders sent at each local hour the policy chose",
    "hours_shift": "total variation distance of the hours chosen from the version's hours on its training contexts",
    "reminder_value_drop": "response rate of what the sender logged minus the policy's doubly-robust value (95% interval)",
    "alert_rate": "share of scored supply series-days alerted",
    "detection_recall": "share of the confirmed incidents of the period that were alerted",
}
RISK_QUANTILES = (0.1, 0.25, 0.5, 0.75, 0.9)
BOOTSTRAP_SAMPLES = 300


def figure(day: dt.date, check: str, value: float, feature: str = "", low: float = np.nan, high: float = np.nan,
           n: int = 0) -> dict[str, Any]:  # fmt: skip
    """One row of the figures table."""
    return {"day": day, "check": check, "feature": feature, "value": float(value), "low": float(low), "high": float(high),
            "n": int(n)}  # fmt: skip


def figures_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=FIGURE_COLUMNS)


@dataclass(frozen=True)
class Reference:
    """What a version's served data are compared with: its training-range features (through Feast)."""

    features: pd.DataFrame
    names: list[str]


def served_figures(day: dt.date, served: pd.DataFrame, reference: Reference, age_seconds: np.ndarray, stale_after: float,
                   thresholds: MonitorThresholds) -> list[dict[str, Any]]:  # fmt: skip
    """Data drift, missing-feature rates and freshness of one day's served feature vectors.

    ``served``: the day's vectors (one column per feature); ``age_seconds``: each answer's
    feature age when it was given (NaN when unknown, which counts as stale, as the service
    says). Drift and missing rates need ``min_rows`` answers (on fewer, a rate is mostly noise);
    freshness is given for any day.
    """
    n = len(served)
    rows = [figure(day, "stale_share", float(np.mean(~(age_seconds <= stale_after))) if n else np.nan, n=n)]
    if n >= thresholds.min_rows:
        missing = served[reference.names].isna().mean() - reference.features[reference.names].isna().mean()
        rows += [figure(day, "missing_increase", value, name, n=n) for name, value in missing.items()]
        distances = column_drift(reference.features, served, reference.names, thresholds.feature_drift)
        rows += [figure(day, "feature_drift", value, name, n=n) for name, value in distances.items()]
        drifted = float(np.mean([value >= thresholds.feature_drift for value in distances.values()])) if distances else np.nan
        rows.append(figure(day, "drifted_share", drifted, n=n))
    return rows


def risk_figures(day: dt.date, risk: np.ndarray, flagged: np.ndarray, reference_risk: np.ndarray, reference_flagged: float,
                 thresholds: MonitorThresholds) -> list[dict[str, Any]]:  # fmt: skip
    """Prediction drift of one day's drop-off answers: risk quantiles and drift, share flagged.

    A day holds a hundred-odd decisions: the drift distance and the flagged share's change
    carry 95% intervals (``score_interval``, Wilson's for the share), and are judged by their
    lower end, so that sampling noise of a small day is no alert while a real shift is.
    """
    n = len(risk)
    rows = [figure(day, "risk_quantile", value, f"p{round(q * 100)}", n=n)
            for q, value in zip(RISK_QUANTILES, np.quantile(risk, RISK_QUANTILES), strict=True)]  # fmt: skip
    share = float(np.mean(flagged))
    rows.append(figure(day, "flagged_share", share, n=n))
    if n >= thresholds.min_rows:
        nearest, farthest = _distance_interval(*wilson_interval(int(np.sum(flagged)), n), reference_flagged)
        rows.append(figure(day, "flagged_share_change", abs(share - reference_flagged), low=nearest, high=farthest, n=n))
        distance = column_drift(pd.DataFrame({"risk": reference_risk}), pd.DataFrame({"risk": risk}), ["risk"],
                                thresholds.score_drift)  # fmt: skip
        low, high = score_interval(reference_risk, risk)
        rows.append(figure(day, "score_drift", distance["risk"], low=low, high=high, n=n))
    return rows


def normed_wasserstein(reference: np.ndarray, current: np.ndarray) -> float:
    """Evidently's ``wasserstein`` drift distance: the first Wasserstein distance over the reference's
    standard deviation (at least 0.001)."""
    return float(wasserstein_distance(reference, current) / max(float(np.std(reference)), 0.001))


def score_interval(reference: np.ndarray, current: np.ndarray, samples: int = BOOTSTRAP_SAMPLES,
                   seed: int = 0) -> tuple[float, float]:  # fmt: skip
    """95% bootstrap interval of ``normed_wasserstein``, resampling both the day and the reference.

    The basic (reverse-percentile) interval, ``2d - q97.5 .. 2d - q2.5``: a resampled sample is
    noisier than the sample, so resampled distances run higher than the distance itself, and
    the percentile interval would carry that bias (on a day drawn from the reference, its lower
    end is about the distance). Clipped at 0, as a distance is, and widened to hold the distance.
    """
    generator = np.random.default_rng(seed)
    reference, current = np.asarray(reference, float), np.asarray(current, float)
    distance = normed_wasserstein(reference, current)
    draws = [normed_wasserstein(generator.choice(reference, len(reference)), generator.choice(current, len(current)))
             for _ in range(samples)]  # fmt: skip
    below, above = np.quantile(draws, [0.025, 0.975])
    return max(0.0, min(distance, 2 * distance - float(above))), max(distance, 2 * distance - float(below))


def wilson_interval(successes: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """Wilson's 95% score interval of a proportion."""
    share = successes / n
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return float(centre - half), float(centre + half)


def _distance_interval(low: float, high: float, reference: float) -> tuple[float, float]:
    """The interval of ``|share - reference|`` when the share lies in ``[low, high]``."""
    nearest = 0.0 if low <= reference <= high else min(abs(low - reference), abs(high - reference))
    return nearest, max(abs(low - reference), abs(high - reference))


def quality_figures(day: dt.date, labelled: pd.DataFrame, pending: int, capacity: float,
                    thresholds: MonitorThresholds) -> list[dict[str, Any]]:  # fmt: skip
    """Realised drop-off quality on one day's decisions whose follow-up closed.

    ``labelled``: patient_key, ``production_risk`` and the label. AUC and recall at capacity
    get 95% intervals from resampling patients; nothing is computed below ``min_outcomes``
    decisions or ``min_positives`` drop-offs (the counts are still given).
    """
    n, y = len(labelled), labelled[LABEL].to_numpy() if len(labelled) else np.empty(0)
    rows = [figure(day, "outcomes_known", n, n=n), figure(day, "outcomes_pending", pending, n=pending)]
    positives = int(y.sum())
    if n < thresholds.min_outcomes or positives < thresholds.min_positives or positives == n:
        return rows
    risk, groups = labelled.production_risk.to_numpy(float), labelled.patient_key.to_numpy()
    boot = {"groups": groups, "samples": BOOTSTRAP_SAMPLES, "seed": 0}
    auc, auc_low, auc_high = bootstrap_interval(y, risk, roc_auc_score, **boot)

    def recall(labels: np.ndarray, scores: np.ndarray) -> float:
        return recall_at_capacity(labels, scores, capacity)

    reach, reach_low, reach_high = bootstrap_interval(y, risk, recall, **boot)
    return [*rows, figure(day, "auc", auc, low=auc_low, high=auc_high, n=n),
            figure(day, "ece", expected_calibration_error(y, risk), n=n),
            figure(day, "recall_at_capacity", reach, low=reach_low, high=reach_high, n=n)]  # fmt: skip


def hours_figures(day: dt.date, hours: np.ndarray, reference: pd.Series, thresholds: MonitorThresholds) -> list[dict[str, Any]]:
    """The hours the reminder policy chose on one day, and (from ``min_rows`` answers) their distance from its
    hours on the training contexts.

    ``reference``: probability of each hour (index: hour) under the version on its training contexts.
    """
    n = len(hours)
    chosen = pd.Series(hours).value_counts(normalize=True)
    support = reference.index.union(chosen.index)
    distance = 0.5 * float(np.abs(chosen.reindex(support, fill_value=0) - reference.reindex(support, fill_value=0)).sum())
    rows = [figure(day, "hour_share", share, str(int(hour)), n=n) for hour, share in chosen.sort_index().items()]
    return [*rows, figure(day, "hours_shift", distance, n=n)] if n >= thresholds.min_rows else rows


def reminder_value_figures(day: dt.date, logs: pd.DataFrame, columns: list[str], policy: Any,
                           thresholds: MonitorThresholds) -> list[dict[str, Any]]:  # fmt: skip
    """Off-policy value of the reminder version on one day's logged reminders against what the sender logged.

    ``logs``: reminders sent that day with their outcome (``responded``), the sender's
    ``local_hour`` and ``propensity`` and the context ``columns``. The figure is the logged
    response rate minus the version's doubly-robust value: positive means the version would
    have done worse than what was sent. Its interval is the DR value's bootstrap interval.
    """
    n = len(logs)
    if n < thresholds.min_rows:
        return []
    rounds = policy.logged_rounds(logs[columns], logs.local_hour.to_numpy(), logs.responded.to_numpy(float),
                                  logs.propensity.to_numpy(float))  # fmt: skip
    estimate = with_interval(doubly_robust, rounds, samples=BOOTSTRAP_SAMPLES, seed=0)
    observed = float(logs.responded.mean())
    return [figure(day, "reminder_value_drop", observed - estimate.value, low=observed - estimate.high,
                   high=observed - estimate.low, n=n)]  # fmt: skip
