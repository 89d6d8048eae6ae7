"""Current supply alerts: the anomaly ensemble on each series' history, computed once per snapshot.

The ensemble scores a series-day from the series' earlier days (trailing windows and a
CUSUM), so the online store's one row per series is not enough. ``compute`` reads every
series-day up to the newest snapshot from the offline store (the same point-in-time read
``adherence predict anomaly`` does, so the two agree exactly) and keeps the newest day's
scores. The service holds the result in memory and recomputes it in the background when
a newer snapshot or another champion or challenger appears; requests only filter it.

The champion's scores are computed and published first; the challenger's are added after,
and a challenger that fails only leaves its columns empty with the error beside them.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

from features import materialize as fm
from models.pyfunc import model_input
from serving.models import Deployed

KEYS = ["batch_number", "region", "day"]


@dataclass(frozen=True)
class SupplyScores:
    """The newest day's scores of every series: ``current`` has ``KEYS``, the features, ``score``,
    ``alert`` and, once shadowed, ``challenger_score`` / ``challenger_alert``."""

    snapshot: dt.datetime
    as_of: dt.date
    champion: Deployed
    challenger: Deployed | None
    current: pd.DataFrame
    feature_names: tuple[str, ...]
    champion_ms: float
    challenger_ms: float | None = None
    challenger_error: str | None = None
    computed_at: float = 0.0

    @property
    def threshold(self) -> float:
        return float(self.champion.estimator.threshold_)


def history(lake: Path, snapshot: dt.datetime, profile: str = "embedded", days: int | None = None) -> pd.DataFrame:
    """Every series-day up to the day of ``snapshot`` (or its last ``days``) with ``anomaly_v1`` features."""
    as_of = (snapshot - dt.timedelta(days=1)).date()
    since = None if days is None else as_of - dt.timedelta(days=days - 1)
    return fm.supply_history(lake, as_of, since, profile)


def compute(lake: Path, champion: Deployed, profile: str = "embedded",
            days: int | None = None) -> tuple[SupplyScores, pd.DataFrame]:  # fmt: skip
    """The champion's scores of the newest snapshot's day, and the history they came from."""
    snapshot = fm.latest_snapshot(lake)
    frame = history(lake, snapshot, profile, days)
    as_of = (snapshot - dt.timedelta(days=1)).date()
    features = tuple(c for c in frame.columns if c not in KEYS)
    if frame.empty:
        current = pd.DataFrame(columns=[*KEYS, *features, "score", "alert"])
        return SupplyScores(snapshot, as_of, champion, None, current, features, 0.0, computed_at=time.time()), frame
    frame = model_input(frame)
    started = time.perf_counter()
    score = np.asarray(champion.estimator.score_samples(frame), dtype=float)
    elapsed = (time.perf_counter() - started) * 1000
    latest = (frame.day == as_of).to_numpy()
    current = frame.loc[latest, [*KEYS, *features]].assign(score=score[latest])
    current["alert"] = current.score >= champion.estimator.threshold_
    current = current.sort_values(["score", "batch_number", "region"], ascending=[False, True, True]).reset_index(drop=True)
    return SupplyScores(snapshot, as_of, champion, None, current, features, elapsed, computed_at=time.time()), frame


def shadow(scores: SupplyScores, frame: pd.DataFrame, challenger: Deployed, budget_seconds: float) -> SupplyScores:
    """``scores`` with the challenger's scores of the same series-days (``frame``, from ``compute``) added."""
    if frame.empty:
        return replace(scores, challenger=challenger, challenger_ms=0.0)
    started = time.perf_counter()
    try:
        values = np.asarray(challenger.estimator.score_samples(frame), dtype=float)
    except Exception as error:
        elapsed = (time.perf_counter() - started) * 1000
        return replace(scores, challenger=challenger, challenger_ms=elapsed,
                       challenger_error=f"{type(error).__name__}: {error}"[:500])  # fmt: skip
    elapsed = (time.perf_counter() - started) * 1000
    if elapsed > budget_seconds * 1000:
        return replace(scores, challenger=challenger, challenger_ms=elapsed,
                       challenger_error=f"timeout: took {elapsed:.0f} ms (budget {budget_seconds * 1000:.0f} ms)")  # fmt: skip
    latest = frame.assign(challenger_score=values).loc[frame.day == scores.as_of, [*KEYS, "challenger_score"]]
    current = scores.current.drop(columns=["challenger_score", "challenger_alert"], errors="ignore")
    current = current.merge(latest, on=KEYS, how="left")
    current["challenger_alert"] = current.challenger_score >= challenger.estimator.threshold_
    return replace(scores, challenger=challenger, current=current, challenger_ms=elapsed, challenger_error=None)


__all__ = ["SupplyScores", "compute", "history", "shadow"]
