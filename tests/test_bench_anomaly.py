"""``bench/models.py``'s anomaly evaluation helpers, on hand-made series (no lake)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from models.anomaly import circulation_windows, detection_metrics

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def bench() -> Any:
    sys.path.insert(0, str(BENCH))  # its ``_common``
    try:
        spec = importlib.util.spec_from_file_location("bench_models_under_test", BENCH / "models.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def days(start: str, n: int) -> pd.DatetimeIndex:
    return pd.date_range(start, periods=n, freq="D")


def series(batch: str, start: str, bad: list[int], alert: list[int]) -> pd.DataFrame:
    n = len(bad)
    return pd.DataFrame({"batch_number": batch, "region": "US-CA", "day": days(start, n), "scans": 5,
                         "suspect": 0, "unknown": bad, "alert": alert, "score": 0.5})  # fmt: skip


def test_models_option_judges_only_their_targets(bench: Any) -> None:
    assert bench.targets_for(bench.MODELS) == bench.TARGETS
    anomaly = {t.figure for t in bench.targets_for(("anomaly",))}
    assert anomaly == {t.figure for t in bench.TARGETS if t.figure.startswith("anomaly_")}
    assert "training_seconds_total" not in anomaly


def test_signal_ceiling_counts_the_evidence_in_each_window(bench: Any) -> None:
    scored = pd.concat([
        series("ONE", "2026-06-01", [0, 0, 1, 0, 0, 0, 0, 0], [0] * 8),  # one answer: not actionable
        series("TWO", "2026-06-01", [0, 1, 0, 1, 0, 0, 0, 0], [0, 0, 0, 1, 0, 0, 0, 0]),  # alerted on the second
        series("NONE", "2026-06-01", [0] * 8, [0] * 8),
    ], ignore_index=True)  # fmt: skip
    counted = pd.DataFrame({"incident_id": ["I1", "I2", "I3"], "kind": "counterfeit", "strength": 0.5,
                            "batch_number": ["ONE", "TWO", "NONE"], "region": "US-CA", "start_date": "2026-06-01",
                            "end_date": "2026-06-08"})  # fmt: skip
    peaks = bench.early_window_peaks(scored, counted)
    assert peaks.bad_answers_7d.tolist() == [1, 2, 0]
    assert peaks.day_of_second_bad_answer.tolist()[1] == 3 and np.isnan(peaks.day_of_second_bad_answer[0])
    ceiling = bench.signal_ceiling(peaks)
    assert ceiling["incidents_with_a_bad_answer_7d"] == 2
    assert ceiling["incidents_with_two_bad_answers_7d"] == 1
    assert ceiling["recall_7d_among_two_bad_answers"] == 1.0
    assert ceiling["alerted_by_the_second_bad_answer"] == 1


def test_false_alarm_breakdown_tells_fakes_still_in_use_from_clean_series(bench: Any) -> None:
    # An incident on HIT from 06-01 to 06-05; an alert 20 days after its end (a fake pack still in
    # use: false by the 14-day grace, not by the 45-day one) and one on a series without incidents.
    hit = [0] * 40
    hit[25] = 1
    clean = [0] * 40
    clean[10] = 1
    scored = pd.concat([series("HIT", "2026-06-01", [0] * 40, hit), series("CLEAN", "2026-06-01", [0] * 40, clean)],
                       ignore_index=True)  # fmt: skip
    incidents = pd.DataFrame({"batch_number": ["HIT"], "region": ["US-CA"], "kind": ["counterfeit"],
                              "start_date": ["2026-06-01"], "end_date": ["2026-06-05"]})  # fmt: skip
    figures = bench.false_alarm_breakdown(scored, incidents)
    assert figures["series_days_without_incidents"] == 40
    assert figures["false_alarms_per_1000_series_without_incidents"] == pytest.approx(1000 / 40)
    outside_45 = 80 - 40  # HIT's days are all within [start, end + 45]
    assert figures["false_alarms_per_1000_grace_45d"] == pytest.approx(1000 * 1 / outside_45)
    outside_14 = 80 - 19  # HIT's 06-01..06-19
    assert figures["false_alarms_per_1000_grace_14d"] == pytest.approx(1000 * 2 / outside_14)


def test_a_counterfeit_window_covers_its_packs_life_and_a_flag_does_not(bench: Any) -> None:
    """A counterfeit's fakes are scanned for a pack's life after the last sale (its truth end); a suspect
    flag stops with the registry's. An alert 30 days after each one's end: the flag's is a false alarm."""
    incidents = pd.DataFrame({"incident_id": ["C", "F"], "kind": ["counterfeit", "suspect_flag"], "strength": 0.5,
                              "batch_number": ["FAKE", "FLAG"], "region": "US-CA", "start_date": "2026-04-30",
                              "end_date": "2026-05-10"})  # fmt: skip
    ends = circulation_windows(incidents).set_index("incident_id").end_date
    assert ends["C"] == pd.Timestamp("2026-05-10") + pd.Timedelta(days=45)
    assert ends["F"] == pd.Timestamp("2026-05-10") + pd.Timedelta(days=14)
    alert = [0] * 40
    alert[8] = 1  # 06-09: 30 days after both ends
    scored = pd.concat([series(b, "2026-06-01", [0] * 40, alert) for b in ("FAKE", "FLAG")], ignore_index=True)
    line = bench.Timeline(*(dt.date(2026, *md) for md in ((1, 1), (7, 10), (6, 1), (6, 1))))
    counted, overlapping = bench.incident_windows(incidents, line)
    assert counted.empty  # both started before the cutoff
    found = detection_metrics(scored.rename(columns={"day": "date"}), overlapping, grace_days=0)
    assert found["false_alarms"] == 1  # the flag's; the counterfeit's fakes were still in use
    # training's verdict, the shadow report and monitoring give the truth's own dates the same windows
    by_kind = detection_metrics(scored.rename(columns={"day": "date"}), incidents)
    assert (by_kind["false_alarms"], by_kind["series_days_outside"]) == (found["false_alarms"], found["series_days_outside"])
    # Both ended 22 days before the cutoff: with a 45-day grace for every kind, both still cover 06-09.
    assert bench.false_alarm_breakdown(scored, incidents)["false_alarms_per_1000_grace_45d"] == 0


def test_consecutive_alert_days_are_one_alarm_episode(bench: Any) -> None:
    alert = [0, 1, 1, 1, 0, 1, 0, 0]
    scored = pd.concat([series("A", "2026-06-01", [0] * 8, alert), series("B", "2026-06-01", [0] * 8, alert)],
                       ignore_index=True).sample(frac=1, random_state=0)  # fmt: skip
    onsets = bench.alarm_onsets(scored)
    assert onsets.sum() == 4  # two a series: days 1 and 5
    assert set(scored.day[onsets].dt.day) == {2, 6}
    none = pd.DataFrame(columns=["batch_number", "region", "kind", "start_date", "end_date"])
    figures = bench.false_alarm_breakdown(scored, none)
    assert figures["false_alarm_episodes_per_1000"] == pytest.approx(1000 * 4 / 16)
    assert figures["false_alarms_per_1000_grace_14d"] == pytest.approx(1000 * 8 / 16)
