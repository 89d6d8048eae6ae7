"""Evaluation metrics for risk scores used to choose whom to contact.

Besides the usual ROC AUC, PR AUC and Brier score, an intervention programme cares about
two things: whether a risk of 0.3 really means 3 in 10 (calibration, measured by the
expected calibration error) and how many future drop-offs the team reaches when it can
contact only a fixed share of patients (recall at capacity).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score


def expected_calibration_error(y_true: np.ndarray, risk: np.ndarray, bins: int = 10) -> float:
    """Count-weighted mean |observed rate − mean predicted risk| over equal-width risk bins."""
    y, p = np.asarray(y_true, dtype=float), np.asarray(risk, dtype=float)
    which = np.minimum((p * bins).astype(int), bins - 1)
    error = 0.0
    for b in np.unique(which):
        members = which == b
        error += members.sum() * abs(y[members].mean() - p[members].mean())
    return float(error / len(y))


def threshold_for_capacity(risk: np.ndarray, capacity: float) -> float:
    """The risk above which the top ``capacity`` share of patients lies."""
    if not 0 < capacity <= 1:
        raise ValueError(f"capacity must be a share in (0, 1], got {capacity}")
    return float(np.quantile(np.asarray(risk, dtype=float), 1 - capacity))


def recall_at_capacity(y_true: np.ndarray, risk: np.ndarray, capacity: float) -> float:
    """Share of all positives found among the ``capacity`` share of highest-risk rows."""
    y = np.asarray(y_true)
    top = max(1, round(capacity * len(y)))
    chosen = np.argsort(-np.asarray(risk), kind="stable")[:top]
    positives = y.sum()
    return float(y[chosen].sum() / positives) if positives else float("nan")


def classification_metrics(y_true: np.ndarray, risk: np.ndarray, capacity: float = 0.1) -> dict[str, float]:
    """All headline metrics of one risk score on one labelled set."""
    y = np.asarray(y_true)
    both_classes = 0 < y.sum() < len(y)
    return {
        "roc_auc": float(roc_auc_score(y, risk)) if both_classes else float("nan"),
        "pr_auc": float(average_precision_score(y, risk)) if both_classes else float("nan"),
        "brier": float(brier_score_loss(y, risk)),
        "ece": expected_calibration_error(y, risk),
        "recall_at_capacity": recall_at_capacity(y, risk, capacity),
        "prevalence": float(y.mean()),
        "n": float(len(y)),
    }


def subgroup_metrics(frame: pd.DataFrame, label: str, risk: str, groups: list[str], capacity: float = 0.1) -> pd.DataFrame:
    """``classification_metrics`` per value of each grouping column (e.g. sex, age band, condition)."""
    rows = []
    for column in groups:
        for value, part in frame.groupby(column, observed=True):
            metrics = classification_metrics(part[label].to_numpy(), part[risk].to_numpy(), capacity)
            rows.append({"group": column, "value": value, **metrics})
    return pd.DataFrame(rows)
