"""Evidently report for a drop-off candidate: data drift from its training data to the shadow
period, and its classification quality on the shadow period's outcomes.

The reference is rebuilt from the candidate's own lineage (the as-of range its run
recorded) through Feast, point in time, so it is the data the model learned from; the
current data are the feature vectors production logged in the shadow period.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from evidently import BinaryClassification, DataDefinition, Dataset, Report
from evidently.presets import ClassificationPreset, DataDriftPreset
from mlflow import MlflowClient

from features.entities import decision_times
from features.materialize import training_frame
from models.dropoff import NON_FEATURE_COLUMNS, on_therapy
from shadow.outcomes import LABEL

REFERENCE_ROWS = 5000
REFERENCE_DATES = 10


def training_reference(lake: Path, client: MlflowClient, model_name: str, version: str, patients: pd.Series) -> pd.DataFrame:
    """Features of on-therapy patients at dates spread over the candidate's training as-of range."""
    run = client.get_run(str(client.get_model_version(model_name, version).run_id))
    first = pd.Timestamp(run.data.tags["as_of_start"])
    last = pd.Timestamp(run.data.params.get("test_start", run.data.tags["as_of_end"]))
    days = pd.Series(pd.date_range(first, last, periods=REFERENCE_DATES).normalize().unique())
    entities = pd.DataFrame({"patient_key": np.repeat(patients.unique(), len(days)),
                             "as_of": np.tile(days, patients.nunique())})  # fmt: skip
    featured = training_frame(lake, "dropoff_v1", entities.assign(event_timestamp=decision_times(entities.as_of))[
        ["patient_key", "event_timestamp"]])  # fmt: skip
    featured = featured[on_therapy(featured)]
    return featured.sample(min(REFERENCE_ROWS, len(featured)), random_state=0) if len(featured) else featured


def evidently_html(reference: pd.DataFrame, current: pd.DataFrame, features: list[str]) -> str:
    """Drift of ``features`` (reference → current) and the candidate's classification quality on ``current``.

    ``current`` holds the features, the label and ``candidate_risk``.
    """
    numeric = [c for c in features if pd.api.types.is_numeric_dtype(current[c])]
    categorical = [c for c in features if c not in numeric]
    drift = Report([DataDriftPreset(columns=features)])
    drift_definition = DataDefinition(numerical_columns=numeric, categorical_columns=categorical)
    drift_run = drift.run(Dataset.from_pandas(current[features], data_definition=drift_definition),
                          Dataset.from_pandas(reference[features], data_definition=drift_definition))  # fmt: skip
    quality = Report([ClassificationPreset()])
    definition = DataDefinition(
        numerical_columns=["candidate_risk"],
        classification=[BinaryClassification(target=LABEL, prediction_probas="candidate_risk")],
    )
    quality_run = quality.run(Dataset.from_pandas(current[[LABEL, "candidate_risk"]], data_definition=definition), None)
    with tempfile.TemporaryDirectory() as folder:
        drift_path, quality_path = Path(folder) / "drift.html", Path(folder) / "quality.html"
        drift_run.save_html(str(drift_path))
        quality_run.save_html(str(quality_path))
        return _combine(drift_path.read_text(), quality_path.read_text())


def _combine(drift: str, quality: str) -> str:
    """Two Evidently pages as one file: each in its own frame, so their scripts do not collide."""
    import html

    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Evidently: drift and classification</title></head><body>"
        "<h1>Data drift: training data → shadow period</h1>"
        f"<iframe style='width:100%;height:1400px;border:0' srcdoc=\"{html.escape(drift)}\"></iframe>"
        "<h1>Candidate classification quality on the shadow period</h1>"
        f"<iframe style='width:100%;height:1400px;border:0' srcdoc=\"{html.escape(quality)}\"></iframe></body></html>"
    )


def feature_names(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if c not in NON_FEATURE_COLUMNS]
