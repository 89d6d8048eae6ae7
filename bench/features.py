"""Benchmark of the Feast feature store (``features.materialize``): retrieval, materialisation, online reads.

Run: ``python bench/features.py [--patients 1000] [--days 180] [--repeats 3] [--entity-rows 100000] [--skip-redis]``

Builds its own lake in a temporary folder (simulate, de-identify, build the feature
tables, ``feast apply``; each step is timed) and measures, in one run:

* **historical retrieval** of the ``dropoff_v1`` service for ``--entity-rows`` entity rows
  (patient_key, event_timestamp), drawn at random from the patient-day snapshots with
  random offsets of -1 to +3 days (1% exactly on a snapshot instant), so the as-of join
  hits earlier snapshots, the ``<=`` boundary, rows before a patient's first snapshot and
  rows whose latest snapshot is older than the views' TTL. Feast's
  ``get_historical_features`` (DuckDB offline store) against the baseline: a hand-written
  DuckDB ``ASOF LEFT JOIN`` of the same Parquet files honouring the same TTL. Both take the
  same pandas entity frame and return a pandas frame; their outputs must be equal (every
  feature column, sorted by key and timestamp) or the script stops. Median seconds over
  ``--repeats`` after one warm-up call each (order alternated between repeats), rows/s,
  the ratio Feast / DuckDB, and peak RSS of each in a child process next to a child that
  only imports and loads the entity frame.
* **materialisation** of every view over a window covering all snapshots (earliest
  snapshot to latest + 1 day) into a cleared online store: median seconds, and rows/s
  counted two ways: snapshot rows in the window read from the offline store, and entity
  rows written (Feast writes only the latest snapshot per entity; the SQLite count is
  checked). Baseline: DuckDB reading the latest row per entity in the window from the same
  Parquet files (the offline half of the work, no writes).
* **online reads** of ``dropoff_v1`` after materialising the latest snapshot, for 1 and
  for 100 random patients per call (a new random draw each call), p50/p99 in ms after a
  warm-up; online values are first checked against the DuckDB as-of join at that instant.
  Baseline: the raw store lookup of the same keys (SQLite ``SELECT ... IN`` or one Redis
  pipeline of HMGETs, values left as serialised protobuf), i.e. Feast's in-process cost
  on top of the store. A third variant calls Feast with the FeatureService fetched once,
  to separate ``online_features``' per-call registry lookup from the read itself.

Everything is done for the embedded profile (SQLite online store); the online part and
materialisation are repeated for the ``scaleout`` profile (Redis on 127.0.0.1:6379, SQL
registry on PostgreSQL 127.0.0.1:5432 ``test``) in a unique Feast project that is deleted
afterwards (``--skip-redis`` skips it; unreachable servers are reported, not fatal).
Results go to ``bench/results/features.json``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import run_measured, save

from features import duck
from features import materialize as fm
from features.store import DEFAULT_PROJECT, DEFAULT_REDIS, DEFAULT_REGISTRY_URL, repo_dir
from features.store.definitions import SNAPSHOT_TTL, VIEWS

SERVICE = "dropoff_v1"
PSEUDONYM_KEY = b"bench-features-pseudonym-key-0123456789"
ENTITY_KEYS = {"supply_series": ["batch_number", "region"]}  # every other view is keyed by patient_key
ONLINE_SIZES = {1: 500, 100: 200}  # patients per call: timed iterations
WARMUP_CALLS = 20
T = TypeVar("T")


# --------------------------------------------------------------------------- small helpers


@contextmanager
def step(label: str) -> Iterator[dict[str, float]]:
    """Print a progress line before and after a step; the yielded dict receives ``seconds``."""
    print(f"-> {label} ...", flush=True)
    record: dict[str, float] = {}
    started = time.perf_counter()
    yield record
    record["seconds"] = time.perf_counter() - started
    print(f"   {label}: {record['seconds']:.2f} s", flush=True)


def timed(call: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = call()
    return result, time.perf_counter() - started


def sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def parquet(lake: Path, view: str) -> str:
    """``read_parquet(...)`` of a feature table of the lake, for DuckDB SQL."""
    return f"read_parquet('{sql_path(fm.features_dir(lake) / f'{view}.parquet')}')"


def connect() -> duckdb.DuckDBPyConnection:
    con = duck.connect()
    con.execute("SET enable_progress_bar = false")
    return con


def percentiles_ms(samples_ns: Sequence[int]) -> dict[str, float]:
    p50, p99 = np.percentile(np.asarray(samples_ns, dtype=float) / 1e6, [50, 99])
    return {"p50_ms": round(float(p50), 3), "p99_ms": round(float(p99), 3)}


def reachable(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=2).close()
    except OSError:
        return False
    return True


# --------------------------------------------------------------------------- the lake


def build_lake(lake: Path, patients: int, days: int) -> dict[str, Any]:
    """Simulate, de-identify, build the feature tables and apply the embedded repo; time each step."""
    # Imported here so that the memory-measuring children load only what retrieval needs.
    from adherence.simulator import SimulationConfig, simulate
    from features.deid.pipeline import deidentify

    seconds: dict[str, float] = {}
    with step(f"simulate {patients} patients x {days} days") as t:
        simulate(lake, SimulationConfig(patients=patients, days=days, seed=0))
    seconds["simulate"] = t["seconds"]
    with step("de-identify") as t:
        deidentify(lake, PSEUDONYM_KEY)
    seconds["deidentify"] = t["seconds"]
    with step("build feature tables") as t:
        tables = fm.build_feature_tables(lake)
    seconds["build_feature_tables"] = t["seconds"]
    with step("feast apply (embedded)") as t:
        fm.apply(lake)
    seconds["apply_embedded"] = t["seconds"]
    rows = {name: int(info["rows"]) for name, info in tables.items()}
    print(f"   feature rows: {rows}")
    return {"seconds": {k: round(v, 2) for k, v in seconds.items()}, "feature_rows": rows}


def service_features(lake: Path) -> dict[str, list[str]]:
    """{view: [feature, ...]} of the benchmarked feature service, as registered."""
    service = fm.feature_store(lake).get_feature_service(SERVICE)
    return {p.name: [f.name for f in p.features] for p in service.feature_view_projections}


def draw_entities(lake: Path, n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` distinct (patient_key, event_timestamp) rows around random patient-day snapshots."""
    con = connect()
    try:
        snaps = con.execute(f"SELECT patient_key, event_timestamp FROM {parquet(lake, 'patient_activity')}").df()
    finally:
        con.close()
    rng = np.random.default_rng(seed)
    draws = int(n * 1.05) + 100
    picks = rng.integers(0, len(snaps), size=draws)
    offsets = rng.integers(-86_400, 3 * 86_400, size=draws)
    offsets[rng.random(draws) < 0.01] = 0  # exactly at a snapshot instant: exercises the <= boundary
    stamps = pd.DatetimeIndex(pd.to_datetime(snaps.event_timestamp, utc=True)).take(picks) + pd.to_timedelta(offsets, unit="s")
    keys = snaps.patient_key.to_numpy()[picks]
    frame = pd.DataFrame({"patient_key": keys, "event_timestamp": stamps})
    frame = frame.drop_duplicates(ignore_index=True).head(n)
    if len(frame) < n:
        raise RuntimeError(f"could draw only {len(frame)} distinct entity rows from {len(snaps)} snapshots")
    return frame


# --------------------------------------------------------------------------- historical retrieval


def asof_sql(lake: Path, features: Mapping[str, list[str]], entity: str = "entity") -> str:
    """Hand-written point-in-time join: latest snapshot <= entity time, null if older than the TTL."""
    ttl = int(SNAPSHOT_TTL.total_seconds())
    selects, joins = [], []
    for i, (view, names) in enumerate(features.items()):
        alias = f"v{i}"
        joins.append(
            f"ASOF LEFT JOIN {parquet(lake, view)} {alias} "
            f"ON e.patient_key = {alias}.patient_key AND e.event_timestamp >= {alias}.event_timestamp"
        )
        fresh = f"{alias}.event_timestamp >= e.event_timestamp - INTERVAL '{ttl} seconds'"
        selects += [f'CASE WHEN {fresh} THEN {alias}."{name}" END AS "{name}"' for name in names]
    return f"SELECT e.patient_key, e.event_timestamp, {', '.join(selects)} FROM {entity} e {' '.join(joins)}"


def duckdb_asof(lake: Path, features: Mapping[str, list[str]], entity_df: pd.DataFrame) -> pd.DataFrame:
    """The baseline: a fresh DuckDB connection, the same pandas frame in and out as Feast."""
    con = connect()
    try:
        con.register("entity", entity_df)
        return con.execute(asof_sql(lake, features)).df()
    finally:
        con.close()


def feast_historical(lake: Path, entity_df: pd.DataFrame) -> pd.DataFrame:
    return fm.training_frame(lake, SERVICE, entity_df)


def assert_same(left: pd.DataFrame, right: pd.DataFrame, keys: list[str], columns: list[str], what: str) -> None:
    """Stop the benchmark unless both frames hold the same rows and values (nulls equal, floats to 1e-9)."""
    if len(left) != len(right):
        raise RuntimeError(f"{what}: {len(left)} rows against {len(right)}")
    missing = sorted(set(columns) - set(left.columns) | set(columns) - set(right.columns))
    if missing:
        raise RuntimeError(f"{what}: columns {missing} missing")
    a, b = (frame.sort_values(keys).reset_index(drop=True) for frame in (left, right))
    for column in keys + columns:
        x, y = a[column], b[column]
        if pd.api.types.is_datetime64_any_dtype(x) or pd.api.types.is_datetime64_any_dtype(y):
            x, y = (pd.to_datetime(s, utc=True).astype("datetime64[ns, UTC]") for s in (x, y))
            equal = (x == y).to_numpy() | (x.isna() & y.isna()).to_numpy()
        elif pd.api.types.is_numeric_dtype(x) or pd.api.types.is_numeric_dtype(y):
            fx, fy = (pd.to_numeric(s, errors="raise").astype(float).to_numpy() for s in (x, y))
            equal = np.isclose(fx, fy, rtol=1e-9, atol=1e-12, equal_nan=True)
        else:
            equal = (x.isna() & y.isna()).to_numpy() | (x.astype(object) == y.astype(object)).to_numpy()
        if not equal.all():
            first = int(np.flatnonzero(~equal)[0])
            raise RuntimeError(
                f"{what}: column {column!r} differs in {int((~equal).sum())} of {len(a)} rows, "
                f"e.g. row {a.loc[first, keys].to_dict()}: {x.iloc[first]!r} != {y.iloc[first]!r}"
            )


def coverage(lake: Path, entity_df: pd.DataFrame) -> dict[str, int]:
    """How the entity rows fall against patient_activity: matched, before any snapshot, expired by the TTL."""
    con = connect()
    try:
        con.register("entity", entity_df)
        ttl = int(SNAPSHOT_TTL.total_seconds())
        row = con.execute(f"""
            SELECT count(*) FILTER (WHERE a.event_timestamp IS NULL),
                   count(*) FILTER (WHERE a.event_timestamp < e.event_timestamp - INTERVAL '{ttl} seconds'),
                   count(*) FILTER (WHERE a.event_timestamp = e.event_timestamp)
            FROM entity e ASOF LEFT JOIN {parquet(lake, "patient_activity")} a
            ON e.patient_key = a.patient_key AND e.event_timestamp >= a.event_timestamp""").fetchone()
    finally:
        con.close()
    assert row is not None
    names = ("rows_before_first_snapshot", "rows_expired_by_ttl", "rows_exactly_on_snapshot")
    return {name: int(value) for name, value in zip(names, row, strict=True)}


def bench_historical(lake: Path, entity_df: pd.DataFrame, repeats: int, work: Path) -> dict[str, Any]:
    features = service_features(lake)
    columns = [name for names in features.values() for name in names]
    with step("historical retrieval: warm-up and equality check"):
        feast_frame, feast_cold = timed(lambda: feast_historical(lake, entity_df))
        duck_frame, duck_cold = timed(lambda: duckdb_asof(lake, features, entity_df))
        assert_same(feast_frame, duck_frame, ["patient_key", "event_timestamp"], columns, "Feast vs DuckDB ASOF")
        nulls = int(duck_frame[columns].isna().all(axis=1).sum())
    print(f"   equal: {len(columns)} feature columns x {len(duck_frame)} rows ({nulls} rows without a snapshot in TTL)")
    runs: dict[str, list[float]] = {"feast": [], "duckdb": []}
    calls: dict[str, Callable[[], pd.DataFrame]] = {
        "feast": lambda: feast_historical(lake, entity_df),
        "duckdb": lambda: duckdb_asof(lake, features, entity_df),
    }
    for i in range(repeats):
        for name in ("feast", "duckdb") if i % 2 == 0 else ("duckdb", "feast"):
            _, seconds = timed(calls[name])
            runs[name].append(seconds)
            print(f"   repeat {i + 1}/{repeats} {name}: {seconds:.2f} s", flush=True)
    feast_s, duck_s = (statistics.median(runs[name]) for name in ("feast", "duckdb"))
    rows = len(entity_df)
    print(f"   historical {rows} rows: Feast {feast_s:.2f} s, DuckDB ASOF {duck_s:.2f} s, ratio {feast_s / duck_s:.1f}x")
    return {
        "entity_rows": rows,
        "feature_columns": len(columns),
        "values_equal": True,
        "rows_all_null": nulls,
        **coverage(lake, entity_df),
        "feast": {
            "median_seconds": round(feast_s, 3),
            "rows_per_second": round(rows / feast_s),
            "cold_seconds": round(feast_cold, 3),
            "runs_seconds": [round(s, 3) for s in runs["feast"]],
        },
        "duckdb_asof_baseline": {
            "median_seconds": round(duck_s, 3),
            "rows_per_second": round(rows / duck_s),
            "cold_seconds": round(duck_cold, 3),
            "runs_seconds": [round(s, 3) for s in runs["duckdb"]],
        },
        "ratio_feast_over_duckdb": round(feast_s / duck_s, 2),
        "peak_rss_mib": historical_memory(lake, entity_df, work),
    }


def historical_memory(lake: Path, entity_df: pd.DataFrame, work: Path) -> dict[str, float]:
    """Peak RSS of a child doing one retrieval, each way, and of one that only imports and loads the entities."""
    entities = work / "entities.parquet"
    entity_df.to_parquet(entities, index=False)
    peaks = {}
    for mode in ("floor", "feast", "duckdb"):
        with step(f"peak memory, child process: {mode}"):
            _, gib = run_measured(
                [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--lake", str(lake), "--entities", str(entities)]
            )
        peaks[mode] = round(gib * 1024, 1)
    print(f"   peak RSS MiB: {peaks}")
    return {"imports_and_entities_only": peaks["floor"], "feast": peaks["feast"], "duckdb_asof_baseline": peaks["duckdb"]}


def run_child(mode: str, lake: Path, entities: Path) -> None:
    """One retrieval in this process, for ``historical_memory`` (which reads its peak RSS)."""
    entity_df = pd.read_parquet(entities)
    if mode == "feast":
        feast_historical(lake, entity_df)
    elif mode == "duckdb":
        duckdb_asof(lake, service_features(lake), entity_df)


# --------------------------------------------------------------------------- materialisation


def snapshot_window(lake: Path) -> tuple[datetime, datetime, datetime]:
    """(earliest snapshot, latest snapshot + 1 day, latest snapshot) across every view."""
    con = connect()
    try:
        parts = " UNION ALL ".join(
            f"SELECT min(event_timestamp) AS lo, max(event_timestamp) AS hi FROM {parquet(lake, view)}" for view in VIEWS
        )
        row = con.execute(f"SELECT min(lo), max(hi) FROM ({parts})").fetchone()
    finally:
        con.close()
    assert row is not None
    first, last = (pd.Timestamp(v).tz_convert(UTC).to_pydatetime() for v in row)
    return first, last + timedelta(days=1), last


def latest_per_entity_sql(lake: Path, view: str, start: datetime, end: datetime) -> str:
    keys = ", ".join(ENTITY_KEYS.get(view, ["patient_key"]))
    return (
        f"SELECT * FROM {parquet(lake, view)} WHERE event_timestamp BETWEEN '{start.isoformat()}' AND '{end.isoformat()}' "
        f"QUALIFY row_number() OVER (PARTITION BY {keys} ORDER BY event_timestamp DESC) = 1"
    )


def window_counts(lake: Path, start: datetime, end: datetime) -> dict[str, dict[str, int]]:
    """Per view: snapshot rows in [start, end] and distinct entities (= rows Feast writes online)."""
    con = connect()
    counts = {}
    try:
        for view, (_, specs) in VIEWS.items():
            keys = ENTITY_KEYS.get(view, ["patient_key"])
            row = con.execute(
                f"SELECT count(*), count(DISTINCT ({', '.join(keys)})) FROM {parquet(lake, view)} "
                f"WHERE event_timestamp BETWEEN ? AND ?",
                [start, end],
            ).fetchone()
            assert row is not None
            counts[view] = {"snapshot_rows": int(row[0]), "entities": int(row[1]), "features": len(specs)}
    finally:
        con.close()
    return counts


def read_latest_baseline(lake: Path, start: datetime, end: datetime) -> int:
    """The offline half of materialisation by hand: latest row per entity in the window, into Arrow."""
    con = connect()
    try:
        tables = [con.sql(latest_per_entity_sql(lake, view, start, end)).to_arrow_table() for view in VIEWS]
        return sum(table.num_rows for table in tables if table is not None)
    finally:
        con.close()


def clear_sqlite(lake: Path) -> None:
    with sqlite3.connect(repo_dir(lake) / "online.db") as db:
        for view in VIEWS:
            db.execute(f'DELETE FROM "{DEFAULT_PROJECT}_{view}"')


def sqlite_entity_counts(lake: Path) -> dict[str, int]:
    with sqlite3.connect(repo_dir(lake) / "online.db") as db:
        query = 'SELECT count(DISTINCT entity_key) FROM "{}_{}"'
        return {view: db.execute(query.format(DEFAULT_PROJECT, view)).fetchone()[0] for view in VIEWS}


def bench_materialize(lake: Path, profile: str, repeats: int, clear: Callable[[], object], baseline: bool) -> dict[str, Any]:
    """Median time of a full-window materialisation into a cleared online store."""
    start, end, _ = snapshot_window(lake)
    counts = window_counts(lake, start, end)
    runs = []
    for i in range(repeats):
        clear()
        with step(f"materialise {profile} {start:%Y-%m-%d}..{end:%Y-%m-%d}, repeat {i + 1}/{repeats}") as t:
            fm.materialize(lake, end, profile=profile, start=start)
        runs.append(t["seconds"])
    seconds = statistics.median(runs)
    snapshot_rows = sum(c["snapshot_rows"] for c in counts.values())
    entity_rows = sum(c["entities"] for c in counts.values())
    values = sum(c["entities"] * c["features"] for c in counts.values())
    if profile == "embedded":
        written = sqlite_entity_counts(lake)
        expected = {view: c["entities"] for view, c in counts.items()}
        if written != expected:
            raise RuntimeError(f"SQLite holds {written} entities per view after materialisation, expected {expected}")
    print(
        f"   materialise {profile}: {seconds:.2f} s, {snapshot_rows / seconds:,.0f} snapshot rows/s, "
        f"{entity_rows / seconds:,.0f} entity rows written/s"
    )
    result: dict[str, Any] = {
        "window": [start.isoformat(), end.isoformat()],
        "views": counts,
        "snapshot_rows_in_window": snapshot_rows,
        "entity_rows_written": entity_rows,
        "feature_values_written": values,
        "median_seconds": round(seconds, 3),
        "runs_seconds": [round(s, 3) for s in runs],
        "snapshot_rows_per_second": round(snapshot_rows / seconds),
        "entity_rows_written_per_second": round(entity_rows / seconds),
        "feature_values_written_per_second": round(values / seconds),
        "counting": "snapshot rows = rows of all 4 views with event_timestamp in the window (what the offline store "
        "scans); entity rows = latest snapshot per entity per view (what Feast writes online); "
        "feature values = entity rows x features of the view",
    }
    if baseline:
        reads = [timed(lambda: read_latest_baseline(lake, start, end)) for _ in range(repeats)]
        if reads[0][0] != entity_rows:
            raise RuntimeError(f"baseline read {reads[0][0]} latest rows, expected {entity_rows}")
        read_s = statistics.median(s for _, s in reads)
        result["duckdb_read_latest_baseline"] = {
            "median_seconds": round(read_s, 3),
            "what": "DuckDB: latest row per entity in the window from the same Parquet files, into Arrow (no writes)",
            "materialise_over_baseline": round(seconds / read_s, 1),
        }
        print(f"   DuckDB read-latest baseline: {read_s:.3f} s ({seconds / read_s:.0f}x faster than materialise)")
    return result


# --------------------------------------------------------------------------- online reads


def check_online(lake: Path, profile: str, patients: list[str], at: datetime) -> None:
    """Online values must equal the hand-written as-of join at the materialised instant."""
    features = service_features(lake)
    online = pd.DataFrame(fm.online_features(lake, SERVICE, [{"patient_key": p} for p in patients], profile=profile))
    entity_df = pd.DataFrame({"patient_key": patients, "event_timestamp": pd.Timestamp(at)})
    offline = duckdb_asof(lake, features, entity_df).drop(columns="event_timestamp")
    columns = [name for names in features.values() for name in names]
    assert_same(online, offline, ["patient_key"], columns, f"online ({profile}) vs DuckDB ASOF at {at:%Y-%m-%d}")
    if online[columns].notna().sum().sum() <= len(online):
        raise RuntimeError(f"online ({profile}) returned almost only nulls")


def time_calls(call: Callable[[list[str]], object], draws: list[list[str]]) -> list[int]:
    for keys in draws[:WARMUP_CALLS]:
        call(keys)
    samples = []
    for keys in draws[WARMUP_CALLS:]:
        started = time.perf_counter_ns()
        call(keys)
        samples.append(time.perf_counter_ns() - started)
    return samples


def bench_online(
    lake: Path, profile: str, patients: list[str], raw: Callable[[list[str]], int], raw_name: str, seed: int = 1
) -> dict[str, Any]:
    """p50/p99 per batch size of ``online_features``, of Feast with the service resolved once, and of the raw lookup."""
    store = fm.feature_store(lake, profile)
    service = store.get_feature_service(SERVICE)
    calls: dict[str, Callable[[list[str]], object]] = {
        "feast": lambda keys: fm.online_features(lake, SERVICE, [{"patient_key": k} for k in keys], profile=profile),
        "feast_service_resolved_once": lambda keys: store.get_online_features(
            features=service, entity_rows=[{"patient_key": k} for k in keys]
        ).to_dict(),
        f"raw_{raw_name}_baseline": raw,
    }
    rng = np.random.default_rng(seed)
    pool = np.asarray(patients)
    figures: dict[str, Any] = {}
    for size, iterations in ONLINE_SIZES.items():
        draws = [[str(k) for k in rng.choice(pool, size=size, replace=False)] for _ in range(WARMUP_CALLS + iterations)]
        got = raw(draws[0])
        if got != size:
            raise RuntimeError(f"raw {raw_name} lookup found {got} of {size} patients")
        with step(f"online reads {profile}, {size} patient(s) x {iterations}"):
            timings = {name: percentiles_ms(time_calls(call, draws)) for name, call in calls.items()}
        for name, figure in timings.items():
            print(f"   {size} patient(s), {name}: p50 {figure['p50_ms']} ms, p99 {figure['p99_ms']} ms")
        feast, once, base = (timings[name]["p50_ms"] for name in calls)
        figures[f"{size}_patients"] = {
            "iterations": iterations,
            **timings,
            "p50_ratio_feast_over_raw": round(feast / base, 1),
            "p50_ratio_feast_over_service_resolved_once": round(feast / once, 1),
        }
    figures["variants"] = {
        "feast": "features.materialize.online_features, as callers use it",
        "feast_service_resolved_once": "store.get_online_features(...).to_dict() with the FeatureService fetched once "
        "beforehand: what online_features costs without its per-call registry lookup",
        f"raw_{raw_name}_baseline": f"raw {raw_name} lookup of the same keys and features of both views, values left "
        "as serialised protobuf: the store's own cost",
    }
    return figures


def entity_key_bytes(patient: str) -> bytes:
    from feast.infra.key_encoding_utils import serialize_entity_key
    from feast.protos.feast.types.EntityKey_pb2 import EntityKey
    from feast.protos.feast.types.Value_pb2 import Value

    key = EntityKey(join_keys=["patient_key"], entity_values=[Value(string_val=patient)])
    return serialize_entity_key(key, entity_key_serialization_version=3)


def raw_sqlite_lookup(lake: Path, views: list[str]) -> Callable[[list[str]], int]:
    """SELECT the rows of the same keys from each view's table in Feast's online.db; returns patients found."""
    db = sqlite3.connect(repo_dir(lake) / "online.db", check_same_thread=False)

    def lookup(patients: list[str]) -> int:
        keys = [entity_key_bytes(p) for p in patients]
        marks = ",".join("?" * len(keys))
        found: set[bytes] = set()
        for view in views:
            rows = db.execute(
                f'SELECT entity_key, feature_name, value, event_ts FROM "{DEFAULT_PROJECT}_{view}" '
                f"WHERE entity_key IN ({marks}) ORDER BY entity_key",
                keys,
            ).fetchall()
            found.update(row[0] for row in rows)
        return len(found)

    return lookup


def raw_redis_lookup(client: Any, project: str, features: Mapping[str, list[str]]) -> Callable[[list[str]], int]:
    """One pipeline of HMGETs (per patient and view, the same fields Feast asks for); returns patients found."""
    from feast.infra.online_stores.helpers import _mmh3

    fields = {view: [_mmh3(f"{view}:{name}") for name in names] + [f"_ts:{view}"] for view, names in features.items()}
    suffix = project.encode()

    def lookup(patients: list[str]) -> int:
        keys = [entity_key_bytes(p) + suffix for p in patients]
        with client.pipeline(transaction=False) as pipe:
            for key in keys:
                for view_fields in fields.values():
                    pipe.hmget(key, view_fields)
            replies = pipe.execute()
        per_key = len(fields)
        return sum(
            any(v is not None for reply in replies[i : i + per_key] for v in reply) for i in range(0, len(replies), per_key)
        )

    return lookup


def online_section(lake: Path, profile: str, raw: Callable[[list[str]], int], raw_name: str) -> dict[str, Any]:
    """Materialise the latest snapshot (default start = end - TTL), check it, then time reads."""
    _, _, latest = snapshot_window(lake)
    with step(f"materialise latest snapshot {latest:%Y-%m-%d} ({profile})") as t:
        fm.materialize(lake, latest, profile=profile)
    activity = pd.read_parquet(fm.features_dir(lake) / "patient_activity.parquet", columns=["patient_key"])
    patients = sorted(activity.patient_key.unique())
    check_online(lake, profile, patients[:200], latest)
    print(f"   online values of 200 patients equal the DuckDB as-of join at {latest:%Y-%m-%d}")
    return {
        "materialise_latest_seconds": round(t["seconds"], 3),
        "online_equals_offline": True,
        **bench_online(lake, profile, patients, raw, raw_name),
    }


# --------------------------------------------------------------------------- scale-out profile


def scaleout_addresses() -> tuple[tuple[str, int], tuple[str, int]]:
    """(Redis host, port), (PostgreSQL host, port), resolved as ``features.store`` does."""
    from sqlalchemy.engine import make_url

    host, _, port = os.environ.get("ADHERENCE_FEAST_REDIS", DEFAULT_REDIS).partition(":")
    url = make_url(os.environ.get("ADHERENCE_FEAST_REGISTRY_URL", DEFAULT_REGISTRY_URL))
    return (host, int(port or 6379)), (url.host or "127.0.0.1", int(url.port or 5432))


def delete_redis_keys(client: Any, project: str) -> int:
    deleted = 0
    for key in client.scan_iter(match=b"*" + project.encode(), count=1000):
        deleted += client.delete(key)
    return deleted


def bench_scaleout(lake: Path, repeats: int) -> dict[str, Any]:
    (redis_host, redis_port), (pg_host, pg_port) = scaleout_addresses()
    down = [
        f"{name} {host}:{port}"
        for name, host, port in (("Redis", redis_host, redis_port), ("PostgreSQL", pg_host, pg_port))
        if not reachable(host, port)
    ]
    if down:
        message = f"skipped: {' and '.join(down)} unreachable"
        print(f"-> scaleout profile {message}")
        return {"skipped": message}
    import redis

    client = redis.Redis(host=redis_host, port=redis_port)
    project = f"bench_{uuid.uuid4().hex[:12]}"
    figures: dict[str, Any] = {
        "project": project,
        "redis": f"{redis_host}:{redis_port}",
        "registry": f"PostgreSQL {pg_host}:{pg_port}",
    }
    try:
        with step(f"feast apply (scaleout, project {project})") as t:
            fm.apply(lake, profile="scaleout", project=project)
        figures["apply_seconds"] = round(t["seconds"], 2)
        figures["materialize"] = bench_materialize(lake, "scaleout", repeats, lambda: delete_redis_keys(client, project), False)
        delete_redis_keys(client, project)
        raw = raw_redis_lookup(client, project, service_features(lake))
        figures["online"] = online_section(lake, "scaleout", raw, "redis")
    finally:
        figures["cleaned_up"] = cleanup_scaleout(lake, client, project)
    return figures


def cleanup_scaleout(lake: Path, client: Any, project: str) -> bool:
    """Delete the project's Redis keys and registry entry, as tests/test_features.py's fixture does."""
    try:
        store = fm.feature_store(lake, "scaleout")
        delete_redis_keys(client, project)
        store.registry.delete_project(project, commit=True)
        clean = not list(client.scan_iter(match=b"*" + project.encode()))
        clean &= project not in {p.name for p in store.registry.list_projects(allow_cache=False)}
    except Exception as error:  # cleanup must not hide the benchmark's own failure
        print(f"   WARNING: cleanup of Feast project {project} failed: {error!r}", flush=True)
        return False
    print(f"   scaleout project {project} deleted from Redis and the registry: {clean}", flush=True)
    return clean


# --------------------------------------------------------------------------- main


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=1000)
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--entity-rows", type=int, default=100_000)
    parser.add_argument("--skip-redis", action="store_true", help="skip the scaleout profile (Redis + PostgreSQL)")
    parser.add_argument("--child", choices=("floor", "feast", "duckdb"), help=argparse.SUPPRESS)
    parser.add_argument("--lake", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--entities", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    warnings.filterwarnings("ignore", category=DeprecationWarning)  # ibis and Feast, on every query
    if args.child:
        run_child(args.child, args.lake, args.entities)
        return
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="bench-features-"))
    try:
        lake = work / "lake"
        figures: dict[str, Any] = {
            "scale": {"patients": args.patients, "days": args.days, "repeats": args.repeats},
            "setup": build_lake(lake, args.patients, args.days),
        }
        with step(f"draw {args.entity_rows} entity rows"):
            entity_df = draw_entities(lake, args.entity_rows)
        figures["historical"] = bench_historical(lake, entity_df, args.repeats, work)
        figures["materialize_embedded"] = bench_materialize(lake, "embedded", args.repeats, partial(clear_sqlite, lake), True)
        clear_sqlite(lake)
        raw = raw_sqlite_lookup(lake, list(service_features(lake)))
        figures["online_embedded"] = online_section(lake, "embedded", raw, "sqlite")
        figures["scaleout"] = {"skipped": "--skip-redis"} if args.skip_redis else bench_scaleout(lake, args.repeats)
        figures["total_seconds"] = round(time.perf_counter() - started, 1)
        print(f"results written to {save('features', figures)} ({figures['total_seconds']:.0f} s in all)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
