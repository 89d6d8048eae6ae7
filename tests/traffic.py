"""Drop-off traffic for tests: answered by the service's own engine, in-process, into the real prediction log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from adherence.settings import load_settings


def serve_days(lake: Path, days: list[dt.date]) -> None:
    """Answer every patient's drop-off risk each day, as the service does (in-process engine, real log)."""
    from features.deidentified import read_deidentified
    from features.entities import decision_time
    from features.materialize import materialize
    from features.store.definitions import SNAPSHOT_TTL
    from serving.config import ServeConfig
    from serving.engine import Engine

    keys = read_deidentified(lake, "patients", ["patient_key"]).patient_key.tolist()
    engine = Engine(load_settings(lake), ServeConfig(), start_background=False)
    try:
        for day in days:
            moment = decision_time(day)
            materialize(lake, moment.to_pydatetime(), start=(moment - SNAPSHOT_TTL).to_pydatetime())
            engine.dropoff(keys, single=False).settle(timeout=30)
    finally:
        engine.close()


def last_event_day(lake: Path) -> dt.date:
    """The last UTC day with a de-identified event."""
    from features.deidentified import read_deidentified

    return read_deidentified(lake, "events", ["event_time"]).event_time.max().date()
