"""Evaluation plots, drawn with matplotlib's non-interactive backend."""

from __future__ import annotations

from collections.abc import Mapping

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from sklearn.calibration import calibration_curve
from sklearn.metrics import precision_recall_curve, roc_curve


def roc_figure(y: np.ndarray, scores: Mapping[str, np.ndarray]) -> Figure:
    """ROC curves of several scores on the same labels."""
    figure, axis = plt.subplots(figsize=(5, 5))
    for name, score in scores.items():
        fpr, tpr, _ = roc_curve(y, score)
        axis.plot(fpr, tpr, label=name)
    axis.plot([0, 1], [0, 1], color="grey", linestyle=":")
    axis.set(xlabel="false positive rate", ylabel="true positive rate", title="ROC (held-out period)")
    axis.legend(loc="lower right")
    return figure


def pr_figure(y: np.ndarray, scores: Mapping[str, np.ndarray]) -> Figure:
    """Precision-recall curves, with the prevalence as the no-skill line."""
    figure, axis = plt.subplots(figsize=(5, 5))
    for name, score in scores.items():
        precision, recall, _ = precision_recall_curve(y, score)
        axis.plot(recall, precision, label=name)
    axis.axhline(float(np.mean(y)), color="grey", linestyle=":", label="prevalence")
    axis.set(xlabel="recall", ylabel="precision", title="Precision-recall (held-out period)")
    axis.legend(loc="upper right")
    return figure


def reliability_figure(y: np.ndarray, scores: Mapping[str, np.ndarray], bins: int = 10) -> Figure:
    """Observed rate against mean predicted risk per bin: calibration at a glance."""
    figure, axis = plt.subplots(figsize=(5, 5))
    for name, score in scores.items():
        observed, predicted = calibration_curve(y, score, n_bins=bins, strategy="quantile")
        axis.plot(predicted, observed, marker="o", label=name)
    axis.plot([0, 1], [0, 1], color="grey", linestyle=":", label="perfect")
    axis.set(xlabel="mean predicted risk", ylabel="observed drop-off rate", title="Reliability (held-out period)")
    axis.legend(loc="upper left")
    return figure


def importance_figure(importance: pd.Series, top: int = 20) -> Figure:
    """Horizontal bars of the largest importances."""
    shown = importance.head(top)[::-1]
    figure, axis = plt.subplots(figsize=(6, 0.3 * len(shown) + 1))
    axis.barh(shown.index.astype(str), shown.to_numpy())
    axis.set(xlabel="importance (gain)", title="Feature importance")
    figure.tight_layout()
    return figure


def series_figure(frame: pd.DataFrame, value: str, title: str, ylabel: str) -> Figure:
    """One line per group over time (``frame``: columns day, group, value)."""
    figure, axis = plt.subplots(figsize=(8, 4))
    for group, part in frame.groupby("group"):
        axis.plot(part["day"], part[value], label=str(group))
    axis.set(xlabel="day", ylabel=ylabel, title=title)
    if frame["group"].nunique() <= 10:
        axis.legend(fontsize="small")
    figure.autofmt_xdate()
    return figure
