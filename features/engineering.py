"""Feature engineering: de-identified tables to daily snapshot tables, vectorised in DuckDB.

Reads only ``<lake>/deidentified/<table>/`` (patients are known by ``patient_key``) and
writes one Parquet file per feature table, the offline sources of the Feast repository.

Snapshot semantics, shared by every table: a row for calendar day *d* (UTC) carries
``event_timestamp`` = the end of *d* (midnight UTC starting *d* + 1) and is computed only
from events strictly before that instant, so a point-in-time join at any time *t* picks
a row that saw nothing at or after *t*. A reminder counts towards a response rate only
once its 120-minute outcome window has closed before the snapshot.

Patient-day grids run from the later of enrolment and the first day the lake has data
(earlier, every count would be a meaningless zero), or the patient's first event if that
is earlier still, to the last event date in the lake. Supply grids run per
(batch_number, region) from its first scan to the last event date.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from adherence import publish as publishing
from adherence.domain import DOSE_HOUR_DAYS, HOUR_HISTORY_DAYS, RESPONSE_WINDOW_MINUTES
from features import duck
from features.contract import DOSE_EVENT_TYPES

DOSE_TYPES = "(" + ", ".join(f"'{kind}'" for kind in DOSE_EVENT_TYPES) + ")"
#: Local-hour buckets for reminder response rates (inclusive bounds).
HOUR_BUCKETS = {"morning": (6, 10), "midday": (11, 15), "evening": (16, 22)}
#: Days of the patient's own usual rhythm that recent activity is compared with (``*_vs_own``).
RHYTHM_DAYS = 60
#: Days of daily dose counts a snapshot carries (``doses_lag_01`` = the snapshot's own day), for sequence models.
SEQUENCE_DAYS = 60
FEATURE_TABLES = ("patient_activity", "patient_clinical", "patient_reminders", "supply_series")


class FeatureInputError(ValueError):
    """The de-identified input is missing or unusable."""


@dataclass(frozen=True)
class FeatureTable:
    """One written feature table."""

    name: str
    path: Path
    rows: int


def _glob(deidentified: Path, table: str) -> str:
    folder = deidentified / table
    if not folder.is_dir() or not any(folder.rglob("*.parquet")):
        raise FeatureInputError(f"no Parquet files under {folder}: run `adherence deidentify` first")
    return str(folder / "**" / "*.parquet").replace("'", "''")


#: The de-identified columns features read, with the DuckDB type each is cast to (a producer's
#: narrower or wider Parquet types all arrive as these).
_INPUT_COLUMNS: dict[str, dict[str, str]] = {
    "patients": {
        "patient_key": "VARCHAR", "age_band": "VARCHAR", "sex": "VARCHAR", "condition": "VARCHAR",
        "doses_per_day": "BIGINT", "comorbidity_count": "BIGINT", "prior_hospitalizations_12m": "BIGINT",
        "insurance": "VARCHAR", "enrolled_at": "TIMESTAMPTZ", "timezone": "VARCHAR",
    },
    "events": {
        "patient_key": "VARCHAR", "event_type": "VARCHAR", "event_time": "TIMESTAMPTZ", "serial_number": "VARCHAR",
        "batch_number": "VARCHAR", "region": "VARCHAR", "registry_state": "VARCHAR", "sensor_kind": "VARCHAR",
        "sensor_value": "DOUBLE",
    },
    "reminders": {"patient_key": "VARCHAR", "sent_at": "TIMESTAMPTZ", "local_hour": "BIGINT"},
}  # fmt: skip


def _inputs(con: duckdb.DuckDBPyConnection, deidentified: Path) -> None:
    """Views over the de-identified tables, restricted to the columns features need."""
    for table, columns in _INPUT_COLUMNS.items():
        select = ", ".join(f"{column}::{kind} AS {column}" for column, kind in columns.items())
        con.execute(f"CREATE VIEW {table} AS SELECT {select} "
                    f"FROM read_parquet('{_glob(deidentified, table)}', union_by_name = true)")  # fmt: skip


def _patient_grid(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
        CREATE TEMP TABLE bounds AS
        SELECT min(event_time)::DATE AS first_day, max(event_time)::DATE AS last_day FROM events""")
    if con.execute("SELECT last_day IS NULL FROM bounds").fetchone() == (True,):
        raise FeatureInputError("the de-identified events table is empty")
    con.execute("""
        CREATE TEMP TABLE grid AS
        WITH first_events AS (SELECT patient_key, min(event_time)::DATE AS first_event_day FROM events GROUP BY 1),
        starts AS (
            SELECT p.*, least(greatest(p.enrolled_at::DATE, b.first_day),
                              coalesce(f.first_event_day, greatest(p.enrolled_at::DATE, b.first_day))) AS start_day,
                   b.last_day
            FROM patients p CROSS JOIN bounds b LEFT JOIN first_events f USING (patient_key)
        )
        SELECT s.patient_key, s.doses_per_day, s.enrolled_at, d.day::DATE AS day,
               (d.day::DATE - s.start_day + 1)::BIGINT AS n_obs
        FROM starts s, LATERAL (SELECT unnest(generate_series(s.start_day, s.last_day, INTERVAL 1 DAY)) AS day) d""")


def _daily_patient_facts(con: duckdb.DuckDBPyConnection) -> None:
    """Per patient and UTC day: everything the rolling windows need, zero-filled on the grid."""
    con.execute(f"""
        CREATE TEMP TABLE daily AS
        WITH ev AS (
            SELECT patient_key, event_time::DATE AS day,
                   count(*) FILTER (WHERE event_type IN {DOSE_TYPES}) AS doses,
                   count(*) FILTER (WHERE event_type = 'app_open') AS app_opens,
                   max(event_time) FILTER (WHERE event_type IN {DOSE_TYPES}) AS last_dose_time,
                   sum(sin(2 * pi() * epoch(event_time) / 86400.0)) FILTER (WHERE event_type IN {DOSE_TYPES}) AS dose_sin,
                   sum(cos(2 * pi() * epoch(event_time) / 86400.0)) FILTER (WHERE event_type IN {DOSE_TYPES}) AS dose_cos,
                   max(event_time) FILTER (WHERE event_type = 'sensor_reading' AND sensor_value IS NOT NULL)
                       AS last_sensor_time,
                   arg_max(sensor_value, event_time)
                       FILTER (WHERE event_type = 'sensor_reading' AND sensor_value IS NOT NULL) AS last_sensor_value,
                   arg_max(sensor_kind, event_time)
                       FILTER (WHERE event_type = 'sensor_reading' AND sensor_value IS NOT NULL) AS last_sensor_kind,
                   avg(sensor_value) FILTER (WHERE event_type = 'sensor_reading') AS mean_sensor_value
            FROM events GROUP BY ALL
        ),
        packs AS (
            SELECT patient_key, first_seen AS day, count(*) AS new_packs
            FROM (SELECT patient_key, serial_number, min(event_time)::DATE AS first_seen
                  FROM events WHERE event_type = 'med_scan' AND serial_number IS NOT NULL GROUP BY ALL)
            GROUP BY ALL
        )
        SELECT g.*, coalesce(ev.doses, 0) AS doses, coalesce(ev.app_opens, 0) AS app_opens,
               coalesce(packs.new_packs, 0) AS new_packs,
               coalesce(ev.dose_sin, 0) AS dose_sin, coalesce(ev.dose_cos, 0) AS dose_cos,
               CASE WHEN coalesce(ev.doses, 0) > 0 THEN g.n_obs END AS dose_idx,
               ev.last_dose_time, ev.last_sensor_time, ev.last_sensor_value, ev.last_sensor_kind,
               ev.mean_sensor_value
        FROM grid g
        LEFT JOIN ev USING (patient_key, day)
        LEFT JOIN packs USING (patient_key, day)""")


def _rate(count: str, doses_per_day: str, days: str) -> str:
    return f"CASE WHEN ({days}) > 0 THEN ({count})::DOUBLE / ({doses_per_day} * ({days})) END"


def _circular_hours(sin_sum: str, cos_sum: str) -> str:
    """Mean time of day (hours, 0-24 UTC) of unit vectors summed into ``sin_sum``, ``cos_sum``."""
    return f"((atan2({sin_sum}, {cos_sum}) * 12 / pi() + 24) % 24)"


def _patient_activity_sql() -> str:
    windows = (3, 7, 14, 30)
    counts = ",\n".join(f"sum(doses) OVER w{n} AS doses_{n}d" for n in windows)
    rates = ",\n".join(f"{_rate(f'doses_{n}d', 'doses_per_day', f'least({n}, n_obs)')} AS dose_rate_{n}d" for n in windows)
    window_defs = ",\n".join(
        f"w{n} AS (PARTITION BY patient_key ORDER BY day ROWS BETWEEN {n - 1} PRECEDING AND CURRENT ROW)"
        for n in (*windows, RHYTHM_DAYS)
    )
    prev14 = "greatest(0, least(14, n_obs - 7))"
    # The patient's own usual rhythm: the RHYTHM_DAYS days before the last 7 (days 8..60).
    own = f"(PARTITION BY patient_key ORDER BY day ROWS BETWEEN {RHYTHM_DAYS - 1} PRECEDING AND 7 PRECEDING)"
    own_days = f"greatest(0, least({RHYTHM_DAYS - 7}, n_obs - 7))"
    lags = ",\n".join(
        f"lag(doses, {k - 1}) OVER (PARTITION BY patient_key ORDER BY day) AS doses_lag_{k:02d}"
        for k in range(1, SEQUENCE_DAYS + 1)
    )
    recent_hour = _circular_hours("dose_sin_7d", "dose_cos_7d")
    own_hour = _circular_hours("dose_sin_own", "dose_cos_own")
    return f"""
        WITH rolled AS (
            SELECT patient_key, day, n_obs, doses_per_day,
                   {counts},
                   sum(doses) OVER w{RHYTHM_DAYS} AS doses_{RHYTHM_DAYS}d,
                   sum(doses) OVER (PARTITION BY patient_key ORDER BY day
                                    ROWS BETWEEN 20 PRECEDING AND 7 PRECEDING) AS doses_prev14,
                   sum(doses) OVER {own} AS doses_own,
                   sum((doses > 0)::BIGINT) OVER w7 AS dose_days_7d,
                   sum((doses > 0)::BIGINT) OVER w{RHYTHM_DAYS} AS dose_days_{RHYTHM_DAYS}d,
                   sum(app_opens) OVER {own} AS app_opens_own,
                   sum(dose_sin) OVER w7 AS dose_sin_7d, sum(dose_cos) OVER w7 AS dose_cos_7d,
                   sum(dose_sin) OVER {own} AS dose_sin_own, sum(dose_cos) OVER {own} AS dose_cos_own,
                   max(last_dose_time) OVER (PARTITION BY patient_key ORDER BY day
                                             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS last_dose_time,
                   list(dose_idx) FILTER (WHERE dose_idx IS NOT NULL) OVER w30 AS dose_days_30,
                   sum(app_opens) OVER w7 AS app_opens_7d,
                   sum(new_packs) OVER w30 AS pack_scans_30d,
                   {lags}
            FROM daily
            WINDOW {window_defs}
        ),
        framed AS (
            SELECT *, (day + 1)::TIMESTAMPTZ AS event_timestamp,
                   list_concat([greatest(n_obs - 29, 1) - 1], coalesce(dose_days_30, []), [n_obs + 1]) AS fence,
                   epoch((day + 1)::TIMESTAMPTZ - last_dose_time) / 86400.0 AS days_since
            FROM rolled
        )
        SELECT patient_key, event_timestamp, day,
               {", ".join(f"doses_{n}d::BIGINT AS doses_{n}d" for n in windows)},
               {rates},
               days_since AS days_since_last_dose,
               list_max(list_transform(range(1, len(fence)), lambda i: fence[i + 1] - fence[i] - 1))::BIGINT
                   AS longest_gap_30d,
               {_rate("doses_7d", "doses_per_day", "least(7, n_obs)")}
                   - {_rate("coalesce(doses_prev14, 0)", "doses_per_day", prev14)} AS dose_rate_trend,
               app_opens_7d::BIGINT AS app_opens_7d,
               pack_scans_30d::BIGINT AS pack_scans_30d,
               doses_{RHYTHM_DAYS}d::BIGINT AS doses_{RHYTHM_DAYS}d,
               dose_days_7d::BIGINT AS dose_days_7d,
               dose_days_{RHYTHM_DAYS}d::BIGINT AS dose_days_{RHYTHM_DAYS}d,
               CASE WHEN {own_days} > 0 AND doses_own > 0
                    THEN (doses_7d::DOUBLE / least(7, n_obs)) / (doses_own::DOUBLE / {own_days}) END AS doses_7d_vs_own,
               CASE WHEN {own_days} > 0 AND app_opens_own > 0
                    THEN (app_opens_7d::DOUBLE / least(7, n_obs)) / (app_opens_own::DOUBLE / {own_days})
               END AS app_opens_7d_vs_own,
               CASE WHEN dose_days_{RHYTHM_DAYS}d > 0
                    THEN days_since / (least({RHYTHM_DAYS}, n_obs)::DOUBLE / dose_days_{RHYTHM_DAYS}d) END AS gap_vs_own,
               CASE WHEN doses_7d > 0 AND doses_own > 0
                    THEN abs(((({recent_hour}) - ({own_hour})) + 36) % 24 - 12) END AS dose_hour_shift_7d,
               CASE WHEN doses_7d > 0
                    THEN 1 - sqrt(dose_sin_7d ^ 2 + dose_cos_7d ^ 2) / doses_7d END AS dose_hour_spread_7d,
               CASE WHEN doses_own > 0
                    THEN 1 - sqrt(dose_sin_own ^ 2 + dose_cos_own ^ 2) / doses_own END AS dose_hour_spread_own,
               {", ".join(f"doses_lag_{k:02d}::BIGINT AS doses_lag_{k:02d}" for k in range(1, SEQUENCE_DAYS + 1))}
        FROM framed ORDER BY patient_key, day"""


PATIENT_CLINICAL_SQL = """
    WITH rolled AS (
        SELECT d.patient_key, d.day, d.enrolled_at,
               max(last_sensor_time) OVER upto AS last_sensor_time,
               last_value(last_sensor_value IGNORE NULLS) OVER upto AS last_sensor_value,
               last_value(last_sensor_kind IGNORE NULLS) OVER upto AS last_sensor_kind,
               regr_slope(mean_sensor_value, n_obs) OVER (PARTITION BY d.patient_key ORDER BY d.day
                                                         ROWS BETWEEN 13 PRECEDING AND CURRENT ROW) AS sensor_trend_14d
        FROM daily d
        WINDOW upto AS (PARTITION BY d.patient_key ORDER BY d.day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
    )
    SELECT r.patient_key, (r.day + 1)::TIMESTAMPTZ AS event_timestamp, r.day,
           p.age_band, p.sex, p.condition, p.doses_per_day, p.comorbidity_count, p.prior_hospitalizations_12m,
           p.insurance,
           greatest(epoch((r.day + 1)::TIMESTAMPTZ - p.enrolled_at), 0) / 86400.0 AS days_on_therapy,
           r.last_sensor_kind, r.last_sensor_value,
           epoch((r.day + 1)::TIMESTAMPTZ - r.last_sensor_time) / 86400.0 AS days_since_last_sensor,
           r.sensor_trend_14d
    FROM rolled r JOIN patients p USING (patient_key)
    ORDER BY r.patient_key, r.day"""


def _patient_reminders_sql() -> str:
    bucket = " ".join(f"WHEN local_hour BETWEEN {lo} AND {hi} THEN '{name}'" for name, (lo, hi) in HOUR_BUCKETS.items())
    per_bucket = ",\n".join(
        f"count(*) FILTER (WHERE bucket = '{name}') AS sent_{name}, "
        f"count(*) FILTER (WHERE bucket = '{name}' AND responded) AS responded_{name}"
        for name in HOUR_BUCKETS
    )
    rolled = ",\n".join(
        f"sum(coalesce(o.sent_{name}, 0)) OVER w60 AS reminders_{name}_60d, "
        f"sum(coalesce(o.responded_{name}, 0)) OVER w60 AS responses_{name}_60d"
        for name in HOUR_BUCKETS
    )
    hourly = ",\n".join(
        f"count(*) FILTER (WHERE local_hour = {h}) AS sent_h{h:02d}, "
        f"count(*) FILTER (WHERE local_hour = {h} AND responded) AS responded_h{h:02d}"
        for h in range(24)
    )
    hourly_rolled = ",\n".join(
        f"sum(coalesce(o.sent_h{h:02d}, 0)) OVER wh AS reminders_h{h:02d}, "
        f"sum(coalesce(o.responded_h{h:02d}, 0)) OVER wh AS responses_h{h:02d}"
        for h in range(24)
    )
    hourly_selected = ",\n".join(
        f"reminders_h{h:02d}::BIGINT AS reminders_h{h:02d}_{HOUR_HISTORY_DAYS}d, "
        f"responses_h{h:02d}::BIGINT AS responses_h{h:02d}_{HOUR_HISTORY_DAYS}d, "
        f"dose_h{h:02d}::BIGINT AS doses_h{h:02d}_{DOSE_HOUR_DAYS}d"
        for h in range(24)
    )
    # The patient's own dose times by local hour (in the patient's time zone), per UTC day of the
    # event as every other count: the daily rhythm a reminder hour can be fitted to.
    dose_hourly = ",\n".join(f"count(*) FILTER (WHERE dose_hour = {h}) AS dose_h{h:02d}" for h in range(24))
    dose_hourly_rolled = ",\n".join(f"sum(coalesce(dh.dose_h{h:02d}, 0)) OVER wd AS dose_h{h:02d}" for h in range(24))
    selected = ",\n".join(
        f"reminders_{name}_60d::BIGINT AS reminders_{name}_60d, "
        f"CASE WHEN reminders_{name}_60d > 0 THEN responses_{name}_60d::DOUBLE / reminders_{name}_60d END "
        f"AS response_rate_{name}_60d"
        for name in HOUR_BUCKETS
    )
    return f"""
        WITH doses AS (SELECT patient_key, event_time FROM events WHERE event_type IN {DOSE_TYPES}),
        outcome AS (
            SELECT r.patient_key, r.sent_at, r.local_hour, CASE {bucket} END AS bucket,
                   r.sent_at + INTERVAL {RESPONSE_WINDOW_MINUTES} MINUTE AS known_at,
                   coalesce(d.event_time <= r.sent_at + INTERVAL {RESPONSE_WINDOW_MINUTES} MINUTE, false) AS responded
            FROM reminders r ASOF LEFT JOIN doses d ON r.patient_key = d.patient_key AND d.event_time >= r.sent_at
        ),
        sent_daily AS (SELECT patient_key, sent_at::DATE AS day, count(*) AS sent FROM outcome GROUP BY ALL),
        dose_daily AS (
            SELECT patient_key, day, {dose_hourly}
            FROM (SELECT d.patient_key, d.event_time::DATE AS day, hour(timezone(p.timezone, d.event_time)) AS dose_hour
                  FROM doses d JOIN patients p USING (patient_key))
            GROUP BY ALL
        ),
        known_daily AS (
            SELECT patient_key, known_at::DATE AS day, count(*) AS known, count(*) FILTER (WHERE responded) AS responded,
                   {per_bucket},
                   {hourly}
            FROM outcome GROUP BY ALL
        ),
        rolled AS (
            SELECT g.patient_key, g.day,
                   sum(coalesce(s.sent, 0)) OVER w7 AS reminders_7d,
                   sum(coalesce(o.known, 0)) OVER w60 AS reminders_60d,
                   sum(coalesce(o.responded, 0)) OVER w60 AS responses_60d,
                   {rolled},
                   {hourly_rolled},
                   {dose_hourly_rolled}
            FROM grid g
            LEFT JOIN sent_daily s USING (patient_key, day)
            LEFT JOIN known_daily o USING (patient_key, day)
            LEFT JOIN dose_daily dh USING (patient_key, day)
            WINDOW w7 AS (PARTITION BY g.patient_key ORDER BY g.day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW),
                   w60 AS (PARTITION BY g.patient_key ORDER BY g.day ROWS BETWEEN 59 PRECEDING AND CURRENT ROW),
                   wh AS (PARTITION BY g.patient_key ORDER BY g.day
                          ROWS BETWEEN {HOUR_HISTORY_DAYS - 1} PRECEDING AND CURRENT ROW),
                   wd AS (PARTITION BY g.patient_key ORDER BY g.day
                          ROWS BETWEEN {DOSE_HOUR_DAYS - 1} PRECEDING AND CURRENT ROW)
        )
        SELECT patient_key, (day + 1)::TIMESTAMPTZ AS event_timestamp, day,
               reminders_7d::BIGINT AS reminders_7d,
               reminders_60d::BIGINT AS reminders_60d,
               CASE WHEN reminders_60d > 0 THEN responses_60d::DOUBLE / reminders_60d END AS response_rate_60d,
               {selected},
               {hourly_selected}
        FROM rolled ORDER BY patient_key, day"""


SUPPLY_SERIES_SQL = """
    WITH scans AS (
        SELECT batch_number, region, event_time::DATE AS day, count(*) AS scans,
               count(*) FILTER (WHERE registry_state = 'suspect') AS suspect,
               count(*) FILTER (WHERE registry_state = 'unknown') AS unknown,
               count(*) FILTER (WHERE registry_state = 'decommissioned') AS decommissioned,
               count(*) FILTER (WHERE registry_state = 'active') AS active
        FROM events
        WHERE event_type = 'med_scan' AND batch_number IS NOT NULL AND region IS NOT NULL
        GROUP BY ALL
    ),
    series AS (SELECT batch_number, region, min(day) AS start_day FROM scans GROUP BY ALL),
    grid AS (
        SELECT s.batch_number, s.region, d.day::DATE AS day
        FROM series s CROSS JOIN bounds b,
             LATERAL (SELECT unnest(generate_series(s.start_day, b.last_day, INTERVAL 1 DAY)) AS day) d
    ),
    daily AS (
        SELECT g.batch_number, g.region, g.day,
               coalesce(scans, 0) AS scans, coalesce(suspect, 0) AS suspect, coalesce(unknown, 0) AS unknown,
               coalesce(decommissioned, 0) AS decommissioned, coalesce(active, 0) AS active
        FROM grid g LEFT JOIN scans USING (batch_number, region, day)
    ),
    rated AS (
        SELECT *,
               CASE WHEN scans > 0 THEN suspect::DOUBLE / scans END AS suspect_rate,
               CASE WHEN scans > 0 THEN unknown::DOUBLE / scans END AS unknown_rate,
               CASE WHEN scans > 0 THEN decommissioned::DOUBLE / scans END AS decommissioned_rate,
               CASE WHEN scans > 0 THEN active::DOUBLE / scans END AS active_rate,
               CASE WHEN scans > 0 THEN (suspect + unknown)::DOUBLE / scans END AS suspect_unknown_rate
        FROM daily
    ),
    baselined AS (
        SELECT *,
               avg(suspect_unknown_rate) OVER prev14 AS baseline_mean_14d,
               stddev_samp(suspect_unknown_rate) OVER prev14 AS baseline_std_14d,
               sum(scans) OVER prev14 AS baseline_scans_14d
        FROM rated
        WINDOW prev14 AS (PARTITION BY batch_number, region ORDER BY day ROWS BETWEEN 14 PRECEDING AND 1 PRECEDING)
    )
    SELECT batch_number, region, (day + 1)::TIMESTAMPTZ AS event_timestamp, day,
           scans::BIGINT AS scans, suspect::BIGINT AS suspect, unknown::BIGINT AS unknown,
           decommissioned::BIGINT AS decommissioned, active::BIGINT AS active,
           suspect_rate, unknown_rate, decommissioned_rate, active_rate, suspect_unknown_rate,
           baseline_mean_14d, baseline_std_14d, coalesce(baseline_scans_14d, 0)::BIGINT AS baseline_scans_14d,
           CASE WHEN baseline_std_14d > 0 THEN (suspect_unknown_rate - baseline_mean_14d) / baseline_std_14d END
               AS suspect_unknown_zscore
    FROM baselined ORDER BY batch_number, region, day"""


def build_tables(
    deidentified: Path, output: Path, *, threads: int | None = None, memory_limit: str | None = None
) -> dict[str, FeatureTable]:
    """Compute every feature table from ``deidentified`` into ``output/<name>.parquet``.

    ``threads`` and ``memory_limit`` (e.g. ``"4GB"``) bound DuckDB; beyond the memory
    limit it spills to a temporary folder inside ``output``.

    All tables are written to a staging folder first and published together only when
    every one succeeded (``adherence.publish``: ``output`` is switched with one rename), so a
    failure or a kill leaves the previous tables untouched, never a mix of old and new.
    """
    deidentified, output = Path(deidentified), Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    group = publishing.group_name("features", output)
    publishing.recover(output.parent, (f"{output.name}/.building-*",))
    outer = publishing.stage(output.parent, group)
    staging = outer / output.name
    staging.mkdir()
    try:
        con = duck.connect()
        try:
            con.execute("SET enable_progress_bar = false")
            spill = str(staging / "spill").replace("'", "''")
            con.execute(f"SET temp_directory = '{spill}'")  # spills stay inside the lake and are removed
            if threads:
                con.execute(f"SET threads = {int(threads)}")
            if memory_limit:
                con.execute("SET memory_limit = ?", [memory_limit])
            _inputs(con, deidentified)
            _patient_grid(con)
            _daily_patient_facts(con)
            queries = {
                "patient_activity": _patient_activity_sql(),
                "patient_clinical": PATIENT_CLINICAL_SQL,
                "patient_reminders": _patient_reminders_sql(),
                "supply_series": SUPPLY_SERIES_SQL,
            }
            rows = {}
            for name, sql in queries.items():
                target = str(staging / f"{name}.parquet").replace("'", "''")
                con.execute(f"COPY ({sql}) TO '{target}' (FORMAT PARQUET, COMPRESSION ZSTD)")
                rows[name] = con.execute(f"SELECT count(*) FROM read_parquet('{target}')").fetchone()[0]  # type: ignore[index]
        finally:
            con.close()
        shutil.rmtree(staging / "spill", ignore_errors=True)
        publishing.publish(output.parent, group, outer, [output.name])
        return {name: FeatureTable(name, output / f"{name}.parquet", int(rows[name])) for name in queries}
    finally:
        publishing.discard(outer)
