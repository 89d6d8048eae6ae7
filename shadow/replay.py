"""Replay logged production requests through any registered version.

The service logs every drop-off answer with the exact feature vector it scored and the
time of the feature snapshot behind it. Replaying those vectors through a candidate
gives its decisions on the same patients at the same moments, weeks after the fact and
for versions that were not live then. Where the candidate *was* live as challenger, its
logged shadow outputs sit in the same rows and must agree with the replay.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
from mlflow.pyfunc import PyFuncModel

from adherence.prediction_log import read_log
from models.pyfunc import model_input

FEATURE_PREFIX = "features."
SUBGROUPS = ("sex", "age_band", "condition")


def logged_decisions(lake: Path, start: dt.date | None = None, end: dt.date | None = None) -> pd.DataFrame:
    """Logged drop-off answers whose as-of date (the feature snapshot's day) lies in ``[start, end]``.

    Only patients the model scores (on therapy) are kept. Columns: request_id, time,
    patient_key, as_of, production_version, production_risk, production_intervene,
    the live challenger's version and outputs, and the feature vector (``features.*``).
    """
    log = read_log(lake, "dropoff")
    if log.empty:
        raise LookupError(f"the prediction log under {lake} holds no drop-off requests: serve traffic first")
    as_of = as_of_days(log)
    keep = log["champion_output.on_therapy"].fillna(False).astype(bool)
    if start is not None:
        keep &= as_of >= start
    if end is not None:
        keep &= as_of <= end
    frame = log[keep].assign(as_of=as_of[keep])
    if frame.empty:
        raise LookupError(f"no logged drop-off decisions with as-of dates in [{start}, {end}]")
    return frame.rename(columns={
        "champion_version": "production_version", "champion_output.risk": "production_risk",
        "champion_output.intervene": "production_intervene",
    }).reset_index(drop=True)  # fmt: skip


def as_of_days(log: pd.DataFrame) -> pd.Series:
    """The as-of date of each logged row: the UTC day whose end is its feature snapshot (``features_as_of``)."""
    return (pd.to_datetime(log["features_as_of"], utc=True) - pd.Timedelta(microseconds=1)).dt.date


def feature_frame(decisions: pd.DataFrame) -> pd.DataFrame:
    """The logged feature vectors, with their feature names."""
    columns = [c for c in decisions.columns if c.startswith(FEATURE_PREFIX)]
    return decisions[columns].rename(columns=lambda c: c.removeprefix(FEATURE_PREFIX))


def replay(decisions: pd.DataFrame, candidate: PyFuncModel, version: str) -> pd.DataFrame:
    """``decisions`` plus the candidate's ``candidate_risk`` and ``candidate_intervene`` on the same vectors.

    Where the log holds live shadow outputs of this same version, ``live_shadow_max_difference``
    (in ``attrs``) says how far they are from the replay (0 up to float noise).
    """
    scored = pd.DataFrame(candidate.predict(model_input(feature_frame(decisions))))
    result = decisions.assign(
        candidate_version=version, candidate_risk=scored.risk.to_numpy(), candidate_intervene=scored.intervene.to_numpy()
    )
    for name in SUBGROUPS:
        result[name] = result[f"{FEATURE_PREFIX}{name}"]
    live = result[(result.challenger_version == version) & result["challenger_output.risk"].notna()]
    result.attrs["live_shadow_rows"] = len(live)
    threshold = getattr(getattr(candidate.unwrap_python_model(), "estimator", None), "threshold_", None)
    result.attrs["candidate_threshold"] = None if threshold is None else float(threshold)
    result.attrs["live_shadow_max_difference"] = (
        float(np.max(np.abs(live["challenger_output.risk"].to_numpy(float) - live.candidate_risk.to_numpy(float))))
        if len(live)
        else None
    )
    return result
