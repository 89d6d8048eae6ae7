"""Evidently report for a drop-off candidate: data drift from its training data to the shadow
period, and its classification quality on the shadow period's outcomes.

The reference is rebuilt from the candidate's own lineage (the as-of range its run
recorded) through Feast, point in time, so it is the data the model learned from; the
current data are the feature vectors production logged in the shadow period.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from evidently import BinaryClassification, DataDefinition, Dataset, Report
from evidently.legacy.calculations.stattests.registry import get_stattest
from evidently.legacy.core import ColumnType
from evidently.presets import ClassificationPreset, DataDriftPreset
from mlflow import MlflowClient

from adherence.domain import DROPOFF_LABEL as LABEL
from adherence.domain import DROPOFF_SERVICE
from features.entities import patients_as_of
from features.materialize import training_frame
from models.dropoff import NON_FEATURE_COLUMNS, on_therapy

REFERENCE_ROWS = 5000
REFERENCE_DATES = 10
#: At most this many (patient, date) pairs are featured for a reference (before the on-therapy filter).
REFERENCE_ENTITIES = 4 * REFERENCE_ROWS


def training_reference(lake: Path, client: MlflowClient, model_name: str, version: str) -> pd.DataFrame:
    """Features of the on-therapy patients at dates spread over the version's training as-of range.

    The population is everybody enrolled at each date, as training saw it; never the patients
    served (or labelled) later, who by being there months on are the ones who did not drop
    off: their risk on the training dates is the survivors' (on the small demo lake it put
    2% of the reference over the intervention threshold instead of the ~10% capacity, and
    every served day's score "drifted").
    """
    run = client.get_run(str(client.get_model_version(model_name, version).run_id))
    first = pd.Timestamp(run.data.tags["as_of_start"])
    last = pd.Timestamp(run.data.params.get("test_start", run.data.tags["as_of_end"]))
    days = pd.date_range(first, last, periods=REFERENCE_DATES).normalize().unique()
    entities = pd.concat([patients_as_of(lake, day.date()) for day in days], ignore_index=True)
    if len(entities) > REFERENCE_ENTITIES:
        entities = entities.sample(REFERENCE_ENTITIES, random_state=0)
    featured = training_frame(lake, DROPOFF_SERVICE, entities[["patient_key", "event_timestamp"]])
    featured = featured[on_therapy(featured)]
    return featured.sample(min(REFERENCE_ROWS, len(featured)), random_state=0) if len(featured) else featured


#: Evidently calls the whole dataset drifted only when at least this share of its columns drift.
DRIFT_SHARE = 0.5


def evidently_html(reference: pd.DataFrame, current: pd.DataFrame, features: list[str], threshold: float | None = None) -> str:
    """Drift of ``features`` (reference → current) and the candidate's classification quality on ``current``.

    ``current`` holds the features, the label and ``candidate_risk``. ``threshold`` is the
    candidate's intervention threshold: the quality panel's confusion matrix uses it, as the
    summary does, instead of Evidently's default 0.5.
    """
    drift_run = _drift_run(reference, current, features, DataDriftPreset(columns=features, drift_share=DRIFT_SHARE))
    quality = Report([ClassificationPreset(probas_threshold=threshold)])
    definition = DataDefinition(
        numerical_columns=["candidate_risk"],
        classification=[BinaryClassification(target=LABEL, prediction_probas="candidate_risk")],
    )
    quality_run = quality.run(Dataset.from_pandas(current[[LABEL, "candidate_risk"]], data_definition=definition), None)
    with tempfile.TemporaryDirectory() as folder:
        drift_path, quality_path = Path(folder) / "drift.html", Path(folder) / "quality.html"
        drift_run.save_html(str(drift_path))
        quality_run.save_html(str(quality_path))
        drifted = _drifted_columns(drift_run.dict())
        return _combine(drift_path.read_text(), quality_path.read_text(), drifted, len(features), threshold)


def _drift_run(reference: pd.DataFrame, current: pd.DataFrame, features: list[str], preset: DataDriftPreset) -> Any:
    """Evidently's drift ``preset`` on ``features`` from ``reference`` to ``current`` (numbers by dtype, the rest categories)."""
    numeric = [c for c in features if pd.api.types.is_numeric_dtype(current[c])]
    definition = DataDefinition(numerical_columns=numeric, categorical_columns=[c for c in features if c not in numeric])
    return Report([preset]).run(Dataset.from_pandas(current[features], data_definition=definition),
                                Dataset.from_pandas(reference[features], data_definition=definition))  # fmt: skip


#: Fixed drift measures, so that a feature's score means the same thing on every day and can be plotted
#: over time: Evidently otherwise picks a statistical test by sample size (a p-value on small days, a
#: distance on large ones).
NUMERIC_DRIFT_METHOD, CATEGORICAL_DRIFT_METHOD = "wasserstein", "jensenshannon"


def column_drift(reference: pd.DataFrame, current: pd.DataFrame, features: list[str], threshold: float) -> dict[str, float]:
    """Evidently's drift distance of each of ``features`` from ``reference`` to ``current``: {column: distance}.

    Numbers: Wasserstein distance normed by the reference's standard deviation; other columns
    (categories): Jensen-Shannon distance. A column drifts when its distance is at least
    ``threshold``. Missing and infinite values are left out of both sides (their rate is a
    figure of its own); a column empty on either side has no distance.

    Evidently's own statistical tests are called directly (the registry its drift metrics
    resolve ``num_method`` / ``cat_method`` through, so the figures are those of a
    ``DataDriftPreset`` with the same methods), not through a ``Report``: a report also draws a
    Plotly figure for every column, which took four fifths of a monitor run and is never shown.
    """
    distances: dict[str, float] = {}
    for column in features:
        ref, cur = (frame[column].replace([np.inf, -np.inf], np.nan).dropna() for frame in (reference, current))
        if ref.empty or cur.empty:
            continue
        if pd.api.types.is_numeric_dtype(current[column]):  # as the report's data definition reads it
            kind, method = ColumnType.Numerical, NUMERIC_DRIFT_METHOD
        else:
            kind, method = ColumnType.Categorical, CATEGORICAL_DRIFT_METHOD
        distances[column] = float(get_stattest(ref, cur, kind, method)(ref, cur, kind, threshold).drift_score)
    return distances


def _drifted_columns(result: dict[str, Any]) -> int | None:
    """How many columns Evidently found drifted, from its DriftedColumnsCount metric (None if absent)."""
    for metric in result.get("metrics", []):
        if str(metric.get("metric_name", "")).startswith("DriftedColumnsCount"):
            value = metric.get("value", {})
            count = value.get("count") if isinstance(value, dict) else None
            return int(count) if count is not None else None
    return None


def _combine(drift: str, quality: str, drifted: int | None, columns: int, threshold: float | None) -> str:
    """Two Evidently pages as one file: each in its own frame, so their scripts do not collide.

    A line above each says how to read it, so that "Dataset Drift is NOT detected" beside
    "10 drifted columns" does not read as a contradiction.
    """
    import html

    from adherence.formatting import format_value

    counted = f"{drifted} of {columns}" if drifted is not None else f"some of the {columns}"
    drift_note = (f"{counted} feature columns drifted. Evidently reports drift of the dataset as a whole only when at "
                  f"least {DRIFT_SHARE:.0%} of its columns drift, so read the column table below, not only that verdict.")
    cut = (f"the candidate's intervention threshold, {format_value(threshold)}, as in the safety summary"
           if threshold is not None else "Evidently's default cut-off of 0.5 on the risk")  # fmt: skip
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Evidently: drift and classification</title></head><body>"
        "<h1>Data drift: training data → shadow period</h1>"
        f"<p>{html.escape(drift_note)}</p>"
        f"<iframe style='width:100%;height:1400px;border:0' srcdoc=\"{html.escape(drift)}\"></iframe>"
        "<h1>Candidate classification quality on the shadow period</h1>"
        f"<p>{html.escape('Decisions (confusion matrix, precision, recall) use ' + cut + '.')}</p>"
        f"<iframe style='width:100%;height:1400px;border:0' srcdoc=\"{html.escape(quality)}\"></iframe></body></html>"
    )


def feature_names(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if c not in NON_FEATURE_COLUMNS]
