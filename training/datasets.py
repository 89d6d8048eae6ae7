"""Point-in-time training sets, built only through Feast's ``get_historical_features``
(decisions as of date D are taken at the end of D: see ``features.entities``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from adherence.domain import DROPOFF_GAP_DAYS, DROPOFF_HORIZON_DAYS, DROPOFF_SERVICE
from features.deidentified import read_deidentified
from features.entities import decision_times
from features.materialize import training_frame
from features.outcomes import dropoff_labels
from models.dropoff import NON_FEATURE_COLUMNS, on_therapy

#: Days of history a patient needs before a drop-off prediction is made for them.
MIN_HISTORY_DAYS = 14
FOLLOW_UP_DAYS = DROPOFF_HORIZON_DAYS + DROPOFF_GAP_DAYS
#: The shortest test window a backtest is run with, and the fewest days of training as-of
#: dates it needs before the test labels' follow-up; with less history there is no backtest.
MIN_TEST_DAYS = 7
MIN_BACKTEST_TRAIN_DAYS = 9


def data_until(lake: Path, until: dt.date | None) -> dt.date:
    """The first day whose data a run may not see: ``until``, or the day after the last event."""
    if until is not None:
        return until
    last = read_deidentified(lake, "events", ["event_time"]).event_time.max()
    if pd.isna(last):
        raise ValueError("the de-identified events table is empty")
    return (last + pd.Timedelta(days=1)).date()


@dataclass(frozen=True)
class DropoffExamples:
    """Labelled patient-days of the drop-off model, already split by time."""

    train: pd.DataFrame
    test: pd.DataFrame
    #: First test as-of date; None when the history is too short for any out-of-time test.
    test_start: dt.date | None
    until: dt.date
    #: Every as-of date whose follow-up is observed before ``until``, labelled with all events
    #: before it: what the model that is registered learns from once the backtest is done.
    latest: pd.DataFrame
    #: Days in the test window (``test_days``, or fewer when history is short; 0 without a backtest).
    test_days: int = 0

    @property
    def backtested(self) -> bool:
        return self.test_start is not None


def dropoff_examples(lake: Path, until: dt.date, *, step_days: int = 3, test_days: int = 28) -> DropoffExamples:
    """Labelled, featured patient-days for a backtest (train earlier, test later) and for the final fit.

    Only events before ``until`` are read. Test as-of dates are the last ``test_days`` whose
    30 + 14-day follow-up is observed before ``until``; training rows are labelled with
    events before the first test date only, as a model deployed then would have been.
    ``latest`` holds every labelled as-of date up to the last test date (labels observed
    before ``until``). Only patients still on therapy at the as-of date are kept (a dose in
    the last 14 days).

    A short history shrinks the test window (down to ``MIN_TEST_DAYS``). Shorter still, there
    is no backtest: ``train`` is ``latest``, ``test`` is empty and ``test_start`` is None.
    """
    before = pd.Timestamp(until, tz="UTC")
    events = read_deidentified(lake, "events", ["patient_key", "event_type", "event_time"], before=before)
    patients = read_deidentified(lake, "patients", ["patient_key", "enrolled_at"], before=before)
    if events.empty or patients.empty:
        raise ValueError(f"no de-identified events or patients before {until}")
    last_day = until - dt.timedelta(days=1)
    last_labelled = last_day - dt.timedelta(days=FOLLOW_UP_DAYS)
    first_day = events.event_time.min().date() + dt.timedelta(days=MIN_HISTORY_DAYS)
    labelled_days = (last_labelled - first_day).days + 1
    if labelled_days < 2 * step_days:  # two as-of dates at least: one to fit, a later one to calibrate
        raise ValueError(
            f"too little history before {until}: drop-off training needs at least "
            f"{MIN_HISTORY_DAYS + FOLLOW_UP_DAYS + 2 * step_days} days of events ({MIN_HISTORY_DAYS} before a first "
            f"prediction, {FOLLOW_UP_DAYS} of follow-up for its label)"
        )
    latest = _labelled(lake, events, patients, first_day, last_labelled, step_days, observed_until=last_day)
    window = min(test_days, labelled_days - (FOLLOW_UP_DAYS + 1) - MIN_BACKTEST_TRAIN_DAYS)
    if window < MIN_TEST_DAYS:
        return DropoffExamples(train=latest, test=latest.iloc[:0], test_start=None, until=until, latest=latest)
    test_start = last_labelled - dt.timedelta(days=window - 1)
    train_last = test_start - dt.timedelta(days=FOLLOW_UP_DAYS + 1)
    train = _labelled(lake, events, patients, first_day, train_last, step_days, observed_until=test_start - dt.timedelta(days=1))
    test = latest[latest.as_of >= pd.Timestamp(test_start)].reset_index(drop=True)
    return DropoffExamples(train=train, test=test, test_start=test_start, until=until, latest=latest, test_days=window)


#: Events a backtest needs at the least: a first prediction, training as-of dates, their
#: follow-up before the test window, the window and its own follow-up.
MIN_BACKTEST_DAYS = MIN_HISTORY_DAYS + MIN_BACKTEST_TRAIN_DAYS + FOLLOW_UP_DAYS + 1 + MIN_TEST_DAYS + FOLLOW_UP_DAYS


def _labelled(
    lake: Path, events: pd.DataFrame, patients: pd.DataFrame, first: dt.date, last: dt.date, step_days: int,
    *, observed_until: dt.date,
) -> pd.DataFrame:  # fmt: skip
    days = pd.date_range(first, last, freq=f"{step_days}D")
    enrolled = patients.assign(enrolled=patients.enrolled_at.dt.tz_convert("UTC").dt.tz_localize(None).dt.normalize())
    grid = enrolled[["patient_key", "enrolled"]].merge(pd.DataFrame({"as_of": days}), how="cross")
    grid = grid[grid.as_of >= grid.enrolled][["patient_key", "as_of"]]
    labels = dropoff_labels(
        events[events.event_time.dt.date <= observed_until], patients, grid, observed_until=observed_until
    )
    labels["as_of"] = pd.to_datetime(labels.as_of)
    entities = labels[["patient_key"]].assign(event_timestamp=decision_times(labels.as_of))
    featured = training_frame(lake, DROPOFF_SERVICE, entities)
    frame = labels.assign(event_timestamp=entities.event_timestamp).merge(featured, on=["patient_key", "event_timestamp"])
    return frame[on_therapy(frame)].sort_values(["as_of", "patient_key"]).reset_index(drop=True)


def feature_columns(frame: pd.DataFrame) -> list[str]:
    """The model inputs of a featured frame: everything but keys, times and labels."""
    return [c for c in frame.columns if c not in NON_FEATURE_COLUMNS]
