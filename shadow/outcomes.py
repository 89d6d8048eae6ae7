"""Outcomes that Silver shows later, joined to decisions taken in the shadow period.

The contract derives them; nothing here is given by the producer: a drop-off within 30
days of the as-of date (no dose event for 14 days), known only once 30 + 14 days have
passed; a reminder's response (a dose event within 120 minutes). Decisions whose outcome
is not observable yet are counted as pending, never guessed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from adherence.domain import DROPOFF_LABEL as LABEL
from features.deidentified import read_deidentified
from features.outcomes import dropoff_labels


def dropoff_outcomes(lake: Path, decisions: pd.DataFrame, observed_until: dt.date | None = None) -> tuple[pd.DataFrame, int]:
    """``decisions`` (patient_key, as_of, ...) with the drop-off label; returns (labelled rows, pending count).

    Several decisions about one patient on one as-of date share one outcome (the label
    is per patient-day); all are kept, so each logged request counts once. Outcomes are
    those observable by the end of ``observed_until`` (default: the last day with an event),
    so a look back "as of" a past day uses only what was known then.
    """
    events = read_deidentified(lake, "events", ["patient_key", "event_type", "event_time"])
    patients = read_deidentified(lake, "patients", ["patient_key", "enrolled_at"])
    last_event: dt.date = events.event_time.max().date()
    observed_until = last_event if observed_until is None else min(observed_until, last_event)
    grid = decisions[["patient_key", "as_of"]].drop_duplicates().assign(as_of=lambda f: pd.to_datetime(f.as_of))
    labels = dropoff_labels(events, patients, grid, observed_until=observed_until)
    labels["as_of"] = pd.to_datetime(labels.as_of)
    joined = decisions.assign(as_of=pd.to_datetime(decisions.as_of)).merge(labels, on=["patient_key", "as_of"], how="left")
    pending = int(joined[LABEL].isna().sum())
    return joined.dropna(subset=[LABEL]).astype({LABEL: int}).reset_index(drop=True), pending
