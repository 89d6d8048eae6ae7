"""Reading the simulator's ground truth, for evaluation and benchmarks only.

Features, training and serving never call this. Evaluation code receives what it returns
as an argument (e.g. the incident list to score alerts against), so a lake written by any
other producer simply has no truth and its evaluation says so.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def truth_dir(lake: Path) -> Path:
    return Path(lake) / "truth"


def incidents(lake: Path) -> pd.DataFrame | None:
    """The injected supply incidents (batch_number, region, start_date, end_date, kind, strength), or None."""
    path = truth_dir(lake) / "incidents.parquet"
    return pd.read_parquet(path) if path.is_file() else None


def dropoff_probabilities(lake: Path) -> pd.DataFrame | None:
    """Per patient (by MRN) and day, the true probability of dropping off within 30 days, or None."""
    folder = truth_dir(lake) / "patient_days"
    return pd.read_parquet(folder) if folder.is_dir() else None
