"""Logged reminders with their derived outcome and the patient's context when each was sent.

The reminder bandit learns from these rows and the shadow harness evaluates policies on
them: ``local_hour`` and ``propensity`` as the sending policy logged them, ``responded``
as the contract derives it (a dose event within 120 minutes), and the ``reminder_v1``
features at ``sent_at`` (point in time: the snapshot of the day before).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from adherence.domain import REMINDER_SERVICE, RESPONSE_WINDOW_MINUTES
from features.deidentified import read_deidentified
from features.materialize import training_frame
from features.outcomes import reminder_outcomes

KEYS = ["patient_key", "event_timestamp"]


def logged_reminders(lake: Path, until: dt.date, since: dt.date | None = None) -> pd.DataFrame:
    """Reminders sent from ``since`` whose 120-minute outcome window closed before ``until``, oldest first."""
    before = pd.Timestamp(until, tz="UTC")
    columns = ["reminder_id", "patient_key", "sent_at", "local_hour", "policy", "propensity"]
    reminders = read_deidentified(lake, "reminders", columns)
    reminders = reminders[reminders.sent_at + pd.Timedelta(minutes=RESPONSE_WINDOW_MINUTES) < before]
    if since is not None:
        reminders = reminders[reminders.sent_at >= pd.Timestamp(since, tz="UTC")]
    if reminders.empty:
        raise ValueError(f"no logged reminders with a known outcome before {until}")
    events = read_deidentified(lake, "events", ["patient_key", "event_type", "event_time"], before=before)
    outcomes = reminder_outcomes(reminders, events)
    del events
    rows = reminders.merge(outcomes[["reminder_id", "responded"]], on="reminder_id")
    rows = rows.sort_values("sent_at").reset_index(drop=True)
    context = training_frame(lake, REMINDER_SERVICE, rows[["patient_key"]].assign(event_timestamp=rows.sent_at))
    # training_frame answers in the caller's row order, so the context joins by position, once: a merge on
    # (patient, time) and a sort after it copied its 89 columns twice more (and a merge multiplied a duplicated pair).
    return pd.concat([rows, context.drop(columns="patient_key")], axis=1)


def context_columns(frame: pd.DataFrame) -> list[str]:
    """The bandit's context: the feature service's columns, no keys, times or outcomes."""
    excluded = {*KEYS, "reminder_id", "sent_at", "local_hour", "policy", "propensity", "responded"}
    return [c for c in frame.columns if c not in excluded]
