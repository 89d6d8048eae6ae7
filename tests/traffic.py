"""Traffic for tests: answered by the service's own engine, in-process, into the real prediction log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from adherence.settings import load_settings


def serve_days(lake: Path, days: list[dt.date], *, reminders: int = 0,
               after_materialize: Callable[[dt.date], None] | None = None) -> None:  # fmt: skip
    """Answer every patient's drop-off risk each day, as the service does (in-process engine, real log).

    ``reminders``: also ask the reminder hour of that many patients each day (unknown ones are
    skipped, as the service answers them 404). ``after_materialize(day)`` runs once the online
    store holds the day's snapshot, before any answer (e.g. to damage a feature).
    """
    from features.deidentified import read_deidentified
    from features.entities import decision_time
    from features.materialize import materialize
    from features.store.definitions import SNAPSHOT_TTL
    from serving.config import ServeConfig
    from serving.engine import Engine, ServiceError

    keys = read_deidentified(lake, "patients", ["patient_key"]).patient_key.tolist()
    # The simulated lake lies in the past: never refuse on age.
    engine = Engine(load_settings(lake), ServeConfig(refuse_after_seconds=0), start_background=False)
    try:
        for day in days:
            moment = decision_time(day)
            materialize(lake, moment.to_pydatetime(), start=(moment - SNAPSHOT_TTL).to_pydatetime())
            if after_materialize is not None:
                after_materialize(day)
            engine.dropoff(keys, single=False).settle(timeout=30)
            for key in keys[:reminders]:
                try:
                    engine.reminder(key).settle(timeout=30)
                except ServiceError as error:
                    if error.status != 404:
                        raise
    finally:
        engine.close()


def last_event_day(lake: Path) -> dt.date:
    """The last UTC day with a de-identified event."""
    from features.deidentified import read_deidentified

    return read_deidentified(lake, "events", ["event_time"]).event_time.max().date()
