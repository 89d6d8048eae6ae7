"""Derived outcomes follow the contract's definitions and agree with the simulator's truth."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from features.outcomes import dropoff_intervals, dropoff_labels, reminder_outcomes
from features.silver import read_table


def _events(rows: list[tuple[str, str, str]]) -> pa.Table:
    return pa.table(
        {
            "patient_key": [r[0] for r in rows],
            "event_type": [r[1] for r in rows],
            "event_time": pa.array([pd.Timestamp(r[2], tz="UTC") for r in rows], pa.timestamp("us", tz="UTC")),
        }
    )


PATIENTS = pa.table(
    {"patient_key": ["a", "b"], "enrolled_at": pa.array([pd.Timestamp("2026-01-01", tz="UTC")] * 2, pa.timestamp("us", tz="UTC"))}
)


@pytest.mark.verifies("REQ-FEAT-003")
def test_dropoff_follows_the_14_day_rule_exactly() -> None:
    # a: doses on Jan 1, Jan 10, then Feb 1 (a 22-day gap) and daily to Apr 30 → dropped on Jan 10..Jan 17.
    # b: doses daily until Feb 20, then only app opens → dropped from Feb 20 on.
    daily = [("a", "med_scan", f"{day.date()} 09:00") for day in pd.date_range("2026-02-01", "2026-04-30")]
    b_days = [("b", "pillbox_opened", f"{day.date()} 08:00") for day in pd.date_range("2026-01-01", "2026-02-20")]
    events = _events(
        [
            ("a", "med_scan", "2026-01-01 09:00"),
            ("a", "med_scan", "2026-01-10 09:00"),
            *daily,
            *b_days,
            ("b", "app_open", "2026-04-30 12:00"),
        ]
    )
    intervals = dropoff_intervals(events, PATIENTS).set_index("patient_key")
    assert (intervals.loc["a", "start"], intervals.loc["a", "end"]) == (pd.Timestamp("2026-01-10"), pd.Timestamp("2026-01-17"))
    assert intervals.loc["b", "start"] == pd.Timestamp("2026-02-20")

    grid = pd.DataFrame(
        {
            "patient_key": ["a", "a", "a", "b", "b", "b"],
            "as_of": pd.to_datetime(["2026-01-01", "2026-01-16", "2026-01-17", "2026-01-20", "2026-01-21", "2026-03-20"]),
        }
    )
    labels = dropoff_labels(events, PATIENTS, grid).set_index(["patient_key", "as_of"]).dropped_within_30d
    assert labels.loc[("a", pd.Timestamp("2026-01-01"))] == 1  # Jan 10 lies in Jan 2 … Jan 31
    assert labels.loc[("a", pd.Timestamp("2026-01-16"))] == 1  # Jan 17, the last dropped day, is D+1
    assert labels.loc[("a", pd.Timestamp("2026-01-17"))] == 0  # the window starts the day after
    assert labels.loc[("b", pd.Timestamp("2026-01-20"))] == 0  # Feb 20 is D+31
    assert labels.loc[("b", pd.Timestamp("2026-01-21"))] == 1  # Feb 20 is D+30
    assert ("b", pd.Timestamp("2026-03-20")) not in labels.index  # follow-up to May 3 is not observed: censored


@pytest.mark.verifies("REQ-SIM-001")
def test_labels_agree_with_the_simulators_truth(small_lake: Path) -> None:
    events = read_table(small_lake, "events", ["mrn", "event_type", "event_time"])
    patients = read_table(small_lake, "patients", ["mrn", "enrolled_at"])
    truth = pd.read_parquet(small_lake / "truth" / "patient_days")
    grid = truth[truth.date.dt.dayofweek == 0][["mrn", "date"]].rename(columns={"date": "as_of"})
    labels = dropoff_labels(events, patients, grid, key="mrn")
    merged = labels.merge(truth.rename(columns={"date": "as_of"}), on=["mrn", "as_of"])
    assert len(merged) > 1000
    # The label is an observable proxy of the hidden drop: the truth's probability ranks it well.
    order = np.argsort(-merged.p_dropout_30d.to_numpy())
    positives = merged.dropped_within_30d.to_numpy()[order]
    ranks = np.arange(1, len(positives) + 1)
    n_pos, n_neg = positives.sum(), len(positives) - positives.sum()
    auc = 1 - (ranks[positives == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
    assert auc > 0.8
    assert merged.dropped_within_30d.mean() == pytest.approx(merged.p_dropout_30d.mean(), abs=0.05)


@pytest.mark.verifies("REQ-FEAT-003")
def test_reminder_outcomes_equal_the_truth(small_lake: Path) -> None:
    outcomes = reminder_outcomes(
        read_table(small_lake, "reminders"), read_table(small_lake, "events", ["mrn", "event_type", "event_time"]), key="mrn"
    ).set_index("reminder_id")
    truth = pd.read_parquet(small_lake / "truth" / "reminders").set_index("reminder_id")
    assert (outcomes.responded.loc[truth.index] == truth.responded).all()
    assert (outcomes.minutes_to_dose.dropna() >= 0).all()


_LABELS_IN_A_SUBPROCESS = """
import json, sys
import pandas as pd, pyarrow as pa
from features.outcomes import dropoff_labels

days = [*pd.date_range("2026-01-01", "2026-01-10"), *pd.date_range("2026-01-25", "2026-03-31")]
moments = [day + pd.Timedelta(hours=3) for day in days]  # 03:00 UTC: the evening before, in Los Angeles
events = pa.table({
    "patient_key": ["a"] * len(moments),
    "event_type": ["pillbox_opened"] * len(moments),
    "event_time": pa.array(moments, pa.timestamp("us", tz="UTC")),
})
patients = pa.table({"patient_key": ["a"], "enrolled_at": pa.array([pd.Timestamp("2026-01-01 03:00", tz="UTC")],
                                                                      pa.timestamp("us", tz="UTC"))})
as_of = pd.DataFrame({"patient_key": "a", "as_of": pd.to_datetime(["2025-12-10", "2025-12-11", "2026-01-09", "2026-01-10"]).date})
labels = dropoff_labels(events, patients, as_of)
json.dump({str(pd.Timestamp(row.as_of).date()): int(row.dropped_within_30d) for row in labels.itertuples()}, sys.stdout)
"""


@pytest.mark.verifies("REQ-FEAT-003")
def test_labels_do_not_depend_on_the_machines_time_zone() -> None:
    """DuckDB turns TIMESTAMPTZ into a DATE in the session's time zone: it must be UTC whatever TZ says."""
    import json
    import os
    import subprocess
    import sys

    def labels(tz: str) -> dict[str, int]:
        command = [sys.executable, "-c", _LABELS_IN_A_SUBPROCESS]
        done = subprocess.run(command, env={**os.environ, "TZ": tz}, capture_output=True, text=True, check=True)
        result: dict[str, int] = json.loads(done.stdout)
        return result

    # The one drop-off day is 2026-01-10 (no dose in the 14 UTC days after it): D+1…D+30 reaches it
    # from D = 12-11, and has passed it at D = 01-10. Read in Los Angeles, it would be 01-09.
    expected = {"2025-12-10": 0, "2025-12-11": 1, "2026-01-09": 1, "2026-01-10": 0}
    assert labels("UTC") == expected
    assert labels("America/Los_Angeles") == expected
    assert labels("Asia/Tokyo") == expected
