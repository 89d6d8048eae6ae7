"""Entity rows for point-in-time reads: which patients and supply series exist, and when.

Time convention shared by training, prediction and serving: a decision "as of date D" is
taken at the end of D, i.e. at ``D + 1 day 00:00 UTC``. It sees the feature snapshot of D
(computed from events before that instant) and nothing later.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from features.deidentified import read_deidentified


def decision_time(as_of: dt.date) -> pd.Timestamp:
    """The instant a decision as of date D is taken: the end of D (``D + 1`` at 00:00 UTC)."""
    return pd.Timestamp(as_of.isoformat()[:10], tz="UTC") + pd.Timedelta(days=1)


def decision_times(as_of: pd.Series) -> pd.Series:
    """``decision_time`` of a column of dates (naive, UTC or date objects)."""
    days = pd.to_datetime(as_of)
    if days.dt.tz is not None:
        days = days.dt.tz_convert("UTC").dt.tz_localize(None)
    return days.dt.normalize().dt.tz_localize("UTC") + pd.Timedelta(days=1)


def patients_as_of(lake: Path, as_of: dt.date) -> pd.DataFrame:
    """``patient_key, event_timestamp``: every patient enrolled by the end of ``as_of``."""
    moment = decision_time(as_of)
    patients = read_deidentified(lake, "patients", ["patient_key", "enrolled_at"], before=moment.to_pydatetime())
    return patients[["patient_key"]].assign(event_timestamp=moment).reset_index(drop=True)


def supply_series_days(lake: Path, until: dt.date, since: dt.date | None = None) -> pd.DataFrame:
    """``batch_number, region, day, event_timestamp``: each series' days from its first scan to ``until``.

    ``since`` drops earlier days (their history still defines when a series starts).
    """
    before = decision_time(until).to_pydatetime()
    scans = read_deidentified(lake, "events", ["event_type", "batch_number", "region", "event_time"], before=before)
    scans = scans[(scans.event_type == "med_scan") & scans.batch_number.notna() & scans.region.notna()]
    if scans.empty:
        return pd.DataFrame(columns=["batch_number", "region", "day", "event_timestamp"])
    starts = scans.groupby(["batch_number", "region"]).event_time.min().dt.date.rename("start").reset_index()
    days = pd.DataFrame({"day": pd.date_range(starts.start.min(), until, freq="D").date})
    grid = starts.merge(days, how="cross")
    grid = grid[grid.day >= grid.start]
    if since is not None:
        grid = grid[grid.day >= since]
    grid = grid.drop(columns="start").reset_index(drop=True)
    return grid.assign(event_timestamp=decision_times(grid.day))


def series_days(featured: pd.DataFrame, grid: pd.DataFrame) -> pd.DataFrame:
    """The point-in-time features keyed by the grid's calendar day instead of the decision time."""
    joined = featured.merge(grid, on=["batch_number", "region", "event_timestamp"]).drop(columns="event_timestamp")
    return joined.sort_values(["batch_number", "region", "day"], ignore_index=True)
