"""Naive baselines every training run must beat, on the same out-of-time rows as its model.

A model that learned the simulator that wrote its tests can look good and still lose to a
one-line rule on someone else's data. So each training run values a rule beside its model:

- **drop-off**: the recent dose count (fewer doses, more risk) and the days since the last
  dose, each as a risk score; the better one's ROC AUC is the bar;
- **reminder timing**: each patient's best logged hour, its response rate shrunk toward the
  population's rate at that hour (empirical Bayes, ``PatientBestHour``); valued off-policy;
- **supply anomaly**: a daily count-and-rate rule, at least ``min_bad`` bad (suspect or
  unknown) scans and a bad rate above ``min_rate`` (``daily_rule_alerts``).

``Verdict`` says whether the model beat the bar; training tags the registered version with
it (``models.registry.BEATS_BASELINE_TAG``), its card says so and the promotion gate refuses a
version that did not.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

#: The drop-off baselines: feature column -> sign making it a risk (higher = riskier).
DROPOFF_BASELINES = {"doses_7d": -1.0, "days_since_last_dose": 1.0}


@dataclass(frozen=True)
class Verdict:
    """Did the model beat its naive baseline out of time?

    ``beats`` is None when it could not be judged (no out-of-time rows, no incidents to score
    against); ``model`` and ``baseline`` are the figures compared (same rows), ``rule`` says how.
    """

    beats: bool | None
    rule: str
    model: Mapping[str, float] = field(default_factory=dict)
    baseline: Mapping[str, float] = field(default_factory=dict)

    @property
    def tag(self) -> str:
        """The registry tag value: ``true``, ``false`` or ``unknown``."""
        return "unknown" if self.beats is None else str(self.beats).lower()

    def card_lines(self) -> dict[str, object]:
        """What the model card says about the baseline."""
        verdict = {True: "yes", False: "NO: the promotion gate refuses this version", None: "not judged"}[self.beats]
        return {"beats its naive baseline": verdict, "how": self.rule,
                **{f"model {k}": v for k, v in self.model.items()},
                **{f"baseline {k}": v for k, v in self.baseline.items()}}  # fmt: skip


def dropoff_baseline_scores(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """Risk scores of each drop-off baseline for the rows of ``frame`` (its feature columns).

    A patient with no dose yet (``days_since_last_dose`` null) ranks as the riskiest.
    """
    scores = {}
    for column, sign in DROPOFF_BASELINES.items():
        values = pd.to_numeric(frame[column], errors="coerce").astype(float)
        fill = values.max() + 1 if sign > 0 else values.min() - 1
        scores[column] = sign * values.fillna(0.0 if math.isnan(fill) else fill).to_numpy()
    return scores


def dropoff_verdict(labels: np.ndarray, risk: np.ndarray, frame: pd.DataFrame | None) -> Verdict:
    """The model's ROC AUC against the best baseline's on the same out-of-time rows.

    ``frame`` None (no out-of-time test) gives an unjudged verdict.
    """
    rule = "test ROC AUC above the best of: recent dose count (7 days), days since the last dose"
    if frame is None or len(np.unique(labels)) < 2:
        return Verdict(None, rule + " (no out-of-time test rows: not judged)")
    baseline = {f"{name}_roc_auc": float(roc_auc_score(labels, score)) for name, score in dropoff_baseline_scores(frame).items()}
    model = {"roc_auc": float(roc_auc_score(labels, risk))}
    return Verdict(model["roc_auc"] > max(baseline.values()), rule, model, baseline)


def daily_rule_alerts(frame: pd.DataFrame, min_bad: int = 2, min_rate: float = 0.10) -> np.ndarray:
    """The daily count-and-rate rule per series-day: ``suspect + unknown >= min_bad`` and their
    rate above ``min_rate`` (columns ``suspect``, ``unknown``, ``scans``)."""
    bad = frame.suspect.fillna(0).to_numpy() + frame.unknown.fillna(0).to_numpy()
    scans = frame.scans.fillna(0).to_numpy()
    rate = np.divide(bad, scans, out=np.zeros(len(bad)), where=scans > 0)
    return np.asarray((bad >= min_bad) & (rate > min_rate))


def anomaly_verdict(model: Mapping[str, float] | None, baseline: Mapping[str, float] | None, budget: float) -> Verdict:
    """Detection figures of model and daily rule (``models.anomaly.detection_metrics``) on the same days.

    The model beats the rule when it finds at least as many incidents, no later (median
    delay), with false alarms within the larger of the rule's and the budget (per 1,000
    series-days), and is strictly better on one of the three. Without incidents: unjudged.
    """
    rule = (f"recall >= the daily rule's, median delay <= its, false alarms per 1,000 series-days <= max(its, "
            f"budget {budget:g}), and better on one of them")  # fmt: skip
    if model is None or baseline is None or not model.get("incidents"):
        return Verdict(None, rule + " (no known incidents in the evaluation period: not judged)")
    keys = ("recall", "median_delay_days", "false_alarms_per_1000")
    mine, theirs = ({k: float(figures[k]) for k in keys} for figures in (model, baseline))

    def delay(figures: dict[str, float]) -> float:
        return math.inf if math.isnan(figures["median_delay_days"]) else figures["median_delay_days"]

    allowed = max(theirs["false_alarms_per_1000"], budget)
    as_good = (mine["recall"] >= theirs["recall"] and delay(mine) <= delay(theirs)
               and mine["false_alarms_per_1000"] <= allowed)  # fmt: skip
    better = (mine["recall"] > theirs["recall"] or delay(mine) < delay(theirs)
              or mine["false_alarms_per_1000"] < theirs["false_alarms_per_1000"])  # fmt: skip
    return Verdict(as_good and better, rule, mine, theirs)


def reminder_verdict(policy_value: float, baseline_value: float, estimator: str = "DR") -> Verdict:
    """The policy's off-policy value against the per-patient baseline's, same held-out reminders."""
    rule = f"{estimator} value on the held-out reminders above each patient's best logged hour (shrunk to the population)"
    if math.isnan(policy_value) or math.isnan(baseline_value):
        return Verdict(None, rule + " (no estimate: not judged)")
    return Verdict(policy_value > baseline_value, rule, {"value": policy_value}, {"value": baseline_value})


class PatientBestHour:
    """Each patient's best logged hour, its rate shrunk toward the population's at that hour.

    From the patient's own history in the context (``reminders_hHH_<N>d`` and
    ``responses_hHH_<N>d``, as the personalised policy sees it): with ``n`` reminders logged
    at ``h`` and ``k`` answered, the shrunk rate is ``(k + m * r_h) / (n + m)``, ``r_h`` the
    population's logged rate at ``h`` and ``m`` (``prior_strength``) a pseudo-count. The
    patient's hour is the argmax, so a patient without history gets the population's best
    hour. Deterministic: its probability is 1 on that hour.
    """

    def __init__(self, prior_strength: float = 5.0):
        self.prior_strength = prior_strength

    def fit(self, context: pd.DataFrame, hour: pd.Series, reward: pd.Series) -> PatientBestHour:
        """The action set and the population's rate per hour, from the logged reminders."""
        from models.personal import history_columns

        logs = pd.DataFrame({"hour": hour.to_numpy().astype(int), "reward": reward.to_numpy().astype(float)})
        self.hours_ = np.sort(logs.hour.unique())
        self.population_ = logs.groupby("hour").reward.mean().reindex(self.hours_).to_numpy()
        self.history_ = history_columns(list(context.columns))
        return self

    def distribution(self, context: pd.DataFrame) -> np.ndarray:
        """``(n, len(hours_))`` one-hot probabilities (columns follow ``hours_``)."""
        from models.personal import hour_history

        sent, answered = hour_history(context, self.hours_, self.history_)
        shrunk = (answered + self.prior_strength * self.population_[None, :]) / (sent + self.prior_strength)
        chosen = np.argmax(shrunk, axis=1)
        return (chosen[:, None] == np.arange(len(self.hours_))[None, :]).astype(float)
