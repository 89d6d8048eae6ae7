"""Outcomes the platform derives from events, as the Silver contract defines them.

- **Drop-off**: a patient has dropped off at day *d* when no ``med_scan`` and no
  ``pillbox_opened`` event occurs in the 14 days after *d*. The label as of date *D* is
  whether that happens on some day in ``D+1 … D+30``. It is known only once the data
  reach ``D + 30 + 14``; earlier as-of dates are censored (left out).
- **Reminder response**: a dose event within 120 minutes after ``sent_at``.

Works on de-identified tables (``patient_key``) or Silver (``mrn``): name the key.
All days are UTC calendar days. Computed in DuckDB, vectorised.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pyarrow as pa

from adherence.domain import DROPOFF_GAP_DAYS, DROPOFF_HORIZON_DAYS, DROPOFF_LABEL, RESPONSE_WINDOW_MINUTES
from features import duck
from features.contract import DOSE_EVENT_TYPES

_DOSE_TYPES = ", ".join(f"'{kind}'" for kind in DOSE_EVENT_TYPES)


def _last_event_day(con: duckdb.DuckDBPyConnection) -> dt.date:
    """The last UTC day the registered ``events_in`` cover: by default, how far outcomes are observed."""
    day: dt.date = con.execute("SELECT max(event_time)::DATE FROM events_in").fetchall()[0][0]
    return day


def dropoff_intervals(
    events: pa.Table | pd.DataFrame,
    patients: pa.Table | pd.DataFrame,
    *,
    key: str = "patient_key",
    observed_until: dt.date | None = None,
) -> pd.DataFrame:
    """Per patient, the day ranges ``[start, end]`` on which the patient counts as dropped off.

    A gap from dose day ``t_i`` to the next dose day ``t_j`` makes every ``d`` in
    ``[t_i, t_j - 15]`` a drop-off day; after the last dose, days up to
    ``observed_until - 14`` are. A patient with no dose since enrolment is dropped from
    enrolment on.
    """
    con = duck.connect()
    con.register("events_in", events)
    con.register("patients_in", patients)
    until = observed_until or _last_event_day(con)
    return con.sql(f"""
        WITH dose_days AS (
            SELECT DISTINCT {key} AS k, event_time::DATE AS day FROM events_in
            WHERE event_type IN ({_DOSE_TYPES}) AND event_time::DATE <= DATE '{until}'
            UNION
            -- enrolment acts as a start: never starting therapy is dropping off
            SELECT {key}, enrolled_at::DATE FROM patients_in WHERE enrolled_at::DATE <= DATE '{until}'
        ),
        gaps AS (
            SELECT k, day AS start,
                   coalesce(lead(day) OVER (PARTITION BY k ORDER BY day) - {DROPOFF_GAP_DAYS + 1},
                            DATE '{until}' - {DROPOFF_GAP_DAYS}) AS "end"
            FROM dose_days
        )
        SELECT k AS {key}, start, "end" FROM gaps WHERE "end" >= start ORDER BY k, start
    """).df()


def dropoff_labels(
    events: pa.Table | pd.DataFrame,
    patients: pa.Table | pd.DataFrame,
    as_of: pd.DataFrame,
    *,
    key: str = "patient_key",
    observed_until: dt.date | None = None,
) -> pd.DataFrame:
    """Label rows of ``as_of`` (columns ``key``, ``as_of`` date): 1 if drop-off occurs in D+1…D+30.

    Rows whose 30 + 14 day follow-up is not observed yet are dropped (censored).
    """
    con = duck.connect()
    con.register("events_in", events)
    until = observed_until or _last_event_day(con)
    con.register("intervals", dropoff_intervals(events, patients, key=key, observed_until=until))
    con.register("grid", as_of)
    return con.sql(f"""
        SELECT g.{key}, g.as_of::DATE AS as_of,
               (count(i.start) > 0)::INTEGER AS {DROPOFF_LABEL}
        FROM grid g
        LEFT JOIN intervals i
          ON i.{key} = g.{key}
         AND i.start <= g.as_of::DATE + {DROPOFF_HORIZON_DAYS}
         AND i."end" >= g.as_of::DATE + 1
        WHERE g.as_of::DATE + {DROPOFF_HORIZON_DAYS + DROPOFF_GAP_DAYS} <= DATE '{until}'
        GROUP BY ALL ORDER BY g.{key}, as_of
    """).df()


def reminder_outcomes(
    reminders: pa.Table | pd.DataFrame, events: pa.Table | pd.DataFrame, *, key: str = "patient_key"
) -> pd.DataFrame:
    """``reminder_id, responded, minutes_to_dose``: whether a dose followed within 120 minutes."""
    con = duck.connect()
    con.register("reminders_in", reminders)
    con.register("events_in", events)
    return con.sql(f"""
        WITH doses AS (SELECT {key} AS k, event_time FROM events_in WHERE event_type IN ({_DOSE_TYPES}))
        SELECT r.reminder_id,
               coalesce(d.event_time <= r.sent_at + INTERVAL {RESPONSE_WINDOW_MINUTES} MINUTE, false) AS responded,
               date_diff('second', r.sent_at, d.event_time) / 60.0 AS minutes_to_dose
        FROM reminders_in r
        ASOF LEFT JOIN doses d ON r.{key} = d.k AND d.event_time >= r.sent_at
        ORDER BY r.reminder_id
    """).df()
