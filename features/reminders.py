"""Logged reminders with their derived outcome and the patient's context when each was sent.

The reminder bandit learns from these rows and the shadow harness evaluates policies on
them: ``local_hour`` and ``propensity`` as the sending policy logged them, ``responded``
as the contract derives it (a dose event within 120 minutes), and the ``reminder_v1``
features at ``sent_at`` (point in time: the snapshot of the day before).

The frame is held compact (issue 18: at 100,000 patients it is millions of rows × 97 columns):
text with few distinct values (patient keys, policies, age bands...) as pandas categories, and
whole-number columns (the counts) as float32, which holds every integer below 2²⁴ exactly, so a
model reading them as float64 sees the same numbers. Rates stay float64. The context is retrieved
from Feast in blocks of rows, each made compact before the next is read: Feast's join result, its
conversion to pandas and the sort back into row order then hold one block's worth, not the frame's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype, union_categoricals

from adherence.domain import REMINDER_SERVICE, RESPONSE_WINDOW_MINUTES
from features.deidentified import read_deidentified
from features.materialize import training_frame
from features.outcomes import reminder_outcomes

KEYS = ["patient_key", "event_timestamp"]
#: Reminders per Feast retrieval of their context (rows × 89 features; ~0.1 GiB of Feast's working copies).
CONTEXT_BLOCK = 50_000
#: A text column becomes a category when it has at most this share of distinct values (not ids).
CATEGORY_SHARE = 0.5
#: float32 holds every whole number of magnitude up to 2**24 exactly.
FLOAT32_EXACT = 2**24


def logged_reminders(lake: Path, until: dt.date, since: dt.date | None = None) -> pd.DataFrame:
    """Reminders sent from ``since`` whose 120-minute outcome window closed before ``until``, oldest first.

    One row per reminder: ``reminder_id``, ``patient_key``, ``sent_at`` (UTC), ``local_hour``
    (0..23), ``policy``, ``propensity`` (the logged probability of that hour), ``responded``
    (bool) and the ``reminder_v1`` features, compact as the module says (``compact``).
    """
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
    del reminders, outcomes
    rows = rows.sort_values("sent_at", ignore_index=True)
    entities = rows[["patient_key"]].assign(event_timestamp=rows.sent_at)
    rows = rows.astype({"patient_key": "category", "policy": "category"})
    # training_frame answers in the caller's row order, so the context joins by position, once: a merge on
    # (patient, time) and a sort after it copied its 89 columns twice more (and a merge multiplied a duplicated pair).
    blocks = [
        compact(training_frame(lake, REMINDER_SERVICE, entities.iloc[start : start + CONTEXT_BLOCK]).drop(columns="patient_key"))
        for start in range(0, len(entities), CONTEXT_BLOCK)
    ]
    del entities
    return pd.concat([rows, concat_compact(blocks)], axis=1)


def compact(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its text columns of few distinct values (at most ``CATEGORY_SHARE`` of the rows)
    as categories and its whole-number columns (nulls allowed, magnitude below 2²⁴) as float32; both
    lossless, other columns (rates, booleans, times, ids, all-null columns) as they are."""
    types: dict[str, str] = {}
    for name in frame.columns:
        series = frame[name]
        if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
            if infer_dtype(series, skipna=True) == "string" and series.nunique() <= CATEGORY_SHARE * len(series):
                types[name] = "category"
        elif pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
            values = series.to_numpy(dtype="float64", na_value=np.nan)
            present = values[~np.isnan(values)]
            if len(present) and np.array_equal(present, np.round(present)) and (np.abs(present) < FLOAT32_EXACT).all():
                types[name] = "float32"
    return frame.astype(types) if types else frame


def concat_compact(blocks: list[pd.DataFrame]) -> pd.DataFrame:
    """Row blocks of ``compact`` frames stacked (index 0..n-1), keeping categories (over the union of
    the blocks' values, sorted) and float32 where every block has them; other columns as ``pd.concat``."""
    if len(blocks) == 1:
        return blocks[0].reset_index(drop=True)
    columns = {}
    for name in blocks[0].columns:
        parts = [block[name] for block in blocks]
        if all(isinstance(part.dtype, pd.CategoricalDtype) for part in parts):
            columns[name] = pd.Series(union_categoricals(parts, sort_categories=True), name=name)
        else:
            columns[name] = pd.concat(parts, ignore_index=True)
    return pd.DataFrame(columns)


def context_columns(frame: pd.DataFrame) -> list[str]:
    """The bandit's context: the feature service's columns, no keys, times or outcomes."""
    excluded = {*KEYS, "reminder_id", "sent_at", "local_hour", "policy", "propensity", "responded"}
    return [c for c in frame.columns if c not in excluded]
