"""Batch prediction: any registered version, point-in-time features, one Parquet file.

``adherence predict <model> --as-of DATE --output FILE`` writes:

- drop-off: ``patient_key, as_of, risk`` (+ ``intervene``, ``model_version``) for every
  patient on therapy at the end of DATE (the population the model was trained for);
- reminder: ``patient_key, as_of, local_hour, propensity`` (+ ``model_version``) for every
  patient enrolled by then; draws are seeded by the date and version, so a rerun repeats them;
- anomaly: ``batch_number, region, date, score, alert`` (+ ``model_version``) for every
  series-day up to DATE.

Features come from Feast's offline store at the decision time (the end of DATE), exactly
as training saw them. The output is written to a temporary file and renamed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd
from mlflow.pyfunc import PyFuncModel

from adherence import catalog
from adherence.settings import Settings
from features.entities import patients_as_of
from features.materialize import supply_history, training_frame
from models.dropoff import NON_FEATURE_COLUMNS, on_therapy
from models.pyfunc import model_input, score_series_days
from models.registry import CHAMPION, connect, load


def predict(settings: Settings, model: str, as_of: dt.date, output: Path, version: str = CHAMPION) -> pd.DataFrame:
    """Score ``model`` (dropoff | anomaly | reminder) as of the end of ``as_of``; write and return the frame."""
    registered, pyfunc = load(connect(settings.mlflow_tracking_uri), model, version)
    frame = score(model, settings.lake, pyfunc, as_of, str(registered.version))
    _write(frame, output)
    return frame


def score(model: str, lake: Path, pyfunc: PyFuncModel, as_of: dt.date, version: str) -> pd.DataFrame:
    """The rows of ``model``'s batch scorer (``adherence.catalog``), each marked with the version that scored it."""
    scorer = catalog.load(catalog.model(model).batch_scorer)
    frame: pd.DataFrame = scorer(lake, pyfunc, as_of, version)
    frame["model_version"] = version
    return frame


def score_dropoff(lake: Path, pyfunc: PyFuncModel, as_of: dt.date, version: str) -> pd.DataFrame:
    featured = training_frame(lake, catalog.model("dropoff").feature_service, patients_as_of(lake, as_of))
    featured = featured[on_therapy(featured)].reset_index(drop=True)
    inputs = featured[[c for c in featured.columns if c not in NON_FEATURE_COLUMNS]]
    scored = pd.DataFrame(pyfunc.predict(model_input(inputs)))
    return pd.DataFrame({"patient_key": featured.patient_key, "as_of": as_of, "risk": scored.risk, "intervene": scored.intervene})


def score_reminder(lake: Path, pyfunc: PyFuncModel, as_of: dt.date, version: str) -> pd.DataFrame:
    featured = training_frame(lake, catalog.model("reminder").feature_service, patients_as_of(lake, as_of))
    seed = int.from_bytes(hashlib.sha256(f"reminder|{as_of}|{version}".encode()).digest()[:8], "big")
    context = model_input(featured.drop(columns=["patient_key", "event_timestamp"]))
    chosen = pd.DataFrame(pyfunc.predict(context, params={"seed": seed}))
    return pd.DataFrame(
        {"patient_key": featured.patient_key, "as_of": as_of, "local_hour": chosen.local_hour, "propensity": chosen.propensity}
    )


def score_anomaly(lake: Path, pyfunc: PyFuncModel, as_of: dt.date, version: str) -> pd.DataFrame:
    featured = supply_history(lake, as_of)
    scored = score_series_days(featured, pyfunc)
    return featured[["batch_number", "region"]].assign(date=featured.day, score=scored.score, alert=scored.alert)


def _write(frame: pd.DataFrame, output: Path) -> None:
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.tmp")
    frame.to_parquet(temporary, index=False)
    temporary.replace(output)

