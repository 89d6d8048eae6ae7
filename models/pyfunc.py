"""MLflow pyfunc wrappers: one ``predict`` contract per model, the native estimator inside.

Training logs these; batch prediction and shadow replay call ``predict`` on any registered
version through ``mlflow.pyfunc.load_model``; the online service unwraps the estimator
(``load_model(...).unwrap_python_model().estimator``) and calls it directly, because the
pyfunc layer's input checks cost more than the model itself on one patient.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from mlflow.pyfunc import PythonModel


def model_input(frame: pd.DataFrame) -> pd.DataFrame:
    """Features as every logged signature expects them: numbers as float64 (null-capable), categories as
    text (object), the rest as is.

    Feast returns a count as int64 when no row is missing and float64 when one is, and the logged
    reminders hold counts as float32 and text as categories (``features.reminders.compact``), so the
    same feature would otherwise switch type between calls and fail MLflow's schema check.
    """
    numeric = [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c]) or pd.api.types.is_bool_dtype(frame[c])]
    text = [c for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)]
    return frame.astype({c: "float64" for c in numeric} | {c: object for c in text})


def score_series_days(featured: pd.DataFrame, pyfunc: Any) -> pd.DataFrame:
    """``score, alert`` of a loaded anomaly pyfunc for each row of a supply history
    (``features.materialize.supply_history``), row-aligned; each series' earlier rows are its history."""
    if featured.empty:
        return pd.DataFrame({"score": pd.Series(dtype=float), "alert": pd.Series(dtype=bool)})
    return pd.DataFrame(pyfunc.predict(model_input(featured))).reset_index(drop=True)


class EstimatorModel(PythonModel):
    """Holds a fitted estimator; subclasses turn its output into the documented columns."""

    def __init__(self, estimator: Any):
        self.estimator = estimator


class DropoffModel(EstimatorModel):
    """``risk`` (calibrated probability of drop-off within 30 days) and ``intervene`` at the stored threshold."""

    def predict(self, context: Any, model_input: pd.DataFrame, params: dict[str, Any] | None = None) -> pd.DataFrame:
        risk = self.estimator.predict_proba(model_input)[:, 1]
        return pd.DataFrame({"risk": risk, "intervene": risk >= self.estimator.threshold_}, index=model_input.index)


class SupplyAnomalyModel(EstimatorModel):
    """``score`` in [0, 1] and ``alert`` per (batch_number, region, day) row; needs each series' history."""

    def predict(self, context: Any, model_input: pd.DataFrame, params: dict[str, Any] | None = None) -> pd.DataFrame:
        score = self.estimator.score_samples(model_input)
        return pd.DataFrame({"score": score, "alert": score >= self.estimator.threshold_}, index=model_input.index)


class ReminderModel(EstimatorModel):
    """A drawn ``local_hour`` and its exact ``propensity`` per patient context.

    ``params={"seed": n}`` makes the draw reproducible (shadow replay, batch runs).
    """

    def predict(self, context: Any, model_input: pd.DataFrame, params: dict[str, Any] | None = None) -> pd.DataFrame:
        seed = (params or {}).get("seed")
        generator = np.random.default_rng(int(seed)) if seed is not None else None
        return self.estimator.choose(model_input, random_state=generator)
