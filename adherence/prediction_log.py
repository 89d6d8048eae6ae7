"""The prediction log: every answer the service gave, with the challenger's shadow answer beside it.

One row per scored entity (a patient, or a supply series-day), in Parquet segments::

    <log dir>/<endpoint>/date=YYYY-MM-DD/part-<pid>-<start>-<seq>.parquet

The log dir is ``ADHERENCE_PREDICTION_LOG_DIR`` when set (a deployed service's sink, e.g. a mounted
volume), else ``<lake>/prediction_log``; ``log_dir`` resolves it, so the service, shadow replay,
monitoring and erasure all read and write the same folder.

Columns (Arrow types; ``read_log`` flattens the structs to dotted names):

- ``request_id`` (string), ``time`` (timestamp[us, UTC]), ``endpoint`` (string);
- ``patient_key`` (string; null for supply), ``entity`` (struct ``batch_number, region,
  day``; null for patient endpoints);
- ``features`` (struct, one typed field per feature of the endpoint's feature service:
  exactly the vector the models scored), ``features_as_of`` (timestamp[us, UTC], null for
  supply: the snapshot time of those features, by whose day the shadow harness joins outcomes);
- ``champion_version``, ``challenger_version`` (string; the challenger's null when there
  is none), ``champion_output``, ``challenger_output`` (struct: drop-off ``risk,
  intervene, on_therapy``; reminder ``local_hour, propensity, seed``; supply ``score,
  alert``; the challenger's null when it failed, timed out or was skipped);
- ``challenger_error`` (string, why the challenger output is missing), ``champion_ms``,
  ``challenger_ms`` (float64, model time of the request; the challenger's in shadow).

Typed struct columns rather than JSON text: values round-trip exactly (a replay scores
the same floats), a 1,000-patient request is logged without a Python loop over its rows,
and DuckDB queries them directly (``SELECT champion_output.risk FROM read_parquet(...)``).

Writes are buffered in memory and flushed by a background thread every ``flush_seconds``
or ``max_rows`` rows, and at shutdown. Each segment is written to a hidden temporary name,
fsynced, then renamed, so a reader never sees half a file. A crash loses at most the
last ``flush_seconds`` of rows (the audit log, not this log, is the record of decisions).
No patient identity is logged: keys are pseudonyms and features carry none.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import threading
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute
import pyarrow.parquet as pq

from adherence import catalog
from adherence.publish import drop_rows

log = logging.getLogger(__name__)

ARROW_TYPES = {"int64": pa.int64(), "float64": pa.float64(), "string": pa.string(), "bool": pa.bool_(),
               "date": pa.date32()}  # fmt: skip
ENTITY = {"batch_number": "string", "region": "string", "day": "date"}


def outputs(endpoint: str) -> dict[str, str]:
    """The output fields of an endpoint and their types (champion and challenger alike), from its catalog entry."""
    return catalog.by_endpoint(endpoint).output_types


def log_dir(lake: Path) -> Path:
    """The prediction log's folder for ``lake``: ``Settings.prediction_log_dir`` (one place for the setting).

    Raises:
        SettingsError: ``ADHERENCE_PREDICTION_LOG_DIR`` (or another setting) is malformed.
    """
    from adherence.settings import load_settings

    return load_settings(lake).prediction_log_dir


@dataclass
class Entry:
    """The rows of one request: ``features[name][i]`` and ``*_output[name][i]`` belong to row i."""

    endpoint: str
    request_id: str
    time: float
    champion_version: str
    champion_output: dict[str, list[Any]]
    features: dict[str, list[Any]]
    champion_ms: float
    patient_keys: list[str] | None = None
    entities: dict[str, list[Any]] | None = None
    challenger_version: str | None = None
    challenger_output: dict[str, list[Any]] | None = None
    challenger_error: str | None = None
    challenger_ms: float | None = None
    features_as_of: list[float | None] | None = None  # epoch seconds of each row's feature snapshot

    @property
    def rows(self) -> int:
        return len(next(iter(self.champion_output.values())))


_SCALARS = ("request_id", "time", "champion_version", "challenger_version", "challenger_error", "champion_ms", "challenger_ms")


class _Columns:
    """One endpoint's buffered rows, column by column (a few long-lived lists, not an object per
    request: the buffer adds nothing for the garbage collector to walk)."""

    def __init__(self, endpoint: str, feature_types: Mapping[str, str]):
        self.endpoint = endpoint
        self.feature_types = dict(feature_types)
        self.outputs = outputs(endpoint)
        self.scalars: dict[str, list[Any]] = {name: [] for name in _SCALARS}
        self.patient_key: list[Any] = []
        self.entity_valid: list[bool] = []
        self.entity: dict[str, list[Any]] = {name: [] for name in ENTITY}
        self.features: dict[str, list[Any]] = {name: [] for name in self.feature_types}
        self.features_as_of: list[float | None] = []
        self.champion: dict[str, list[Any]] = {name: [] for name in self.outputs}
        self.challenger_valid: list[bool] = []
        self.challenger: dict[str, list[Any]] = {name: [] for name in self.outputs}
        self.days: list[dt.date] = []
        self.rows = 0

    def add(self, entry: Entry) -> None:
        rows = entry.rows
        nulls = [None] * rows if rows > 1 else [None]
        for name in _SCALARS:
            value = entry.time if name == "time" else getattr(entry, name)
            column = self.scalars[name]
            if rows == 1:
                column.append(value)
            else:
                column.extend([value] * rows)
        self.patient_key.extend(entry.patient_keys if entry.patient_keys is not None else nulls)
        self.entity_valid.extend([entry.entities is not None] * rows)
        for name, column in self.entity.items():
            column.extend(entry.entities[name] if entry.entities is not None else nulls)
        for name, column in self.features.items():
            column.extend(entry.features.get(name, nulls))
        self.features_as_of.extend(entry.features_as_of if entry.features_as_of is not None else nulls)
        for name, column in self.champion.items():
            column.extend(entry.champion_output[name])
        self.challenger_valid.extend([entry.challenger_output is not None] * rows)
        for name, column in self.challenger.items():
            column.extend(entry.challenger_output[name] if entry.challenger_output is not None else nulls)
        self.rows += rows

    def tables(self) -> dict[dt.date, pa.Table]:
        """The buffered rows as Arrow tables, one per UTC day."""
        table = self._table()
        days = pa.compute.cast(pa.compute.cast(table["time"], pa.timestamp("us")), pa.date32())
        if len(pa.compute.unique(days)) == 1:
            return {days[0].as_py(): table}
        return {day.as_py(): table.filter(pa.compute.equal(days, day)) for day in pa.compute.unique(days)}

    def _table(self) -> pa.Table:
        rows = self.rows
        seconds = self.scalars["time"]
        columns = {
            "request_id": pa.array(self.scalars["request_id"], pa.string()),
            "time": pa.array((np.asarray(seconds) * 1e6).astype(np.int64)).cast(pa.timestamp("us", tz="UTC")),
            "endpoint": pa.array([self.endpoint] * rows, pa.string()),
            "patient_key": pa.array(self.patient_key, pa.string()),
            "entity": _struct(self.entity, ENTITY, self.entity_valid),
            "features": _struct(self.features, self.feature_types),
            "features_as_of": _microseconds(self.features_as_of).cast(pa.timestamp("us", tz="UTC")),
            "champion_version": pa.array(self.scalars["champion_version"], pa.string()),
            "champion_output": _struct(self.champion, self.outputs),
            "challenger_version": pa.array(self.scalars["challenger_version"], pa.string()),
            "challenger_output": _struct(self.challenger, self.outputs, self.challenger_valid),
            "challenger_error": pa.array(self.scalars["challenger_error"], pa.string()),
            "champion_ms": pa.array(self.scalars["champion_ms"], pa.float64()),
            "challenger_ms": pa.array(self.scalars["challenger_ms"], pa.float64()),
        }
        return pa.table(columns)


class PredictionLog:
    """Buffered, background-flushed Parquet segments; ``append`` is cheap and thread-safe."""

    def __init__(self, lake: Path, feature_types: Mapping[str, Mapping[str, str]], *, flush_seconds: float = 1.0,
                 max_rows: int = 50_000, root: Path | None = None):  # fmt: skip
        self.root = root if root is not None else log_dir(lake)  # ``root``: the service's configured sink
        self._feature_types = {endpoint: dict(types) for endpoint, types in feature_types.items()}
        self._flush_seconds = flush_seconds
        self._max_rows = max_rows
        self._buffers = self._empty()
        self._lock = threading.Lock()
        self._writing = threading.Lock()
        self._wake = threading.Event()
        self._closed = threading.Event()
        self._prefix = f"part-{os.getpid()}-{time.time_ns():x}"
        self._sequence = itertools.count()
        self.rows_written = 0
        self.errors = 0
        self._thread = threading.Thread(target=self._run, name="prediction-log", daemon=True)
        self._thread.start()

    def append(self, entry: Entry) -> None:
        with self._lock:
            buffer = self._buffers[entry.endpoint]
            buffer.add(entry)
            full = buffer.rows >= self._max_rows
        if full:
            self._wake.set()

    def flush(self) -> None:
        """Write whatever is buffered now (in the caller's thread)."""
        with self._writing:
            with self._lock:
                buffers, self._buffers = self._buffers, self._empty()
            for buffer in buffers.values():
                if buffer.rows:
                    self._write(buffer)

    def close(self) -> None:
        """Stop the flusher and write the rest."""
        self._closed.set()
        self._wake.set()
        self._thread.join(timeout=30)
        self.flush()

    # --- internals ----------------------------------------------------------------------
    def _empty(self) -> dict[str, _Columns]:
        return {endpoint: _Columns(endpoint, self._feature_types.get(endpoint, {})) for endpoint in catalog.endpoints()}

    def _run(self) -> None:
        while not self._closed.is_set():
            self._wake.wait(self._flush_seconds)
            self._wake.clear()
            try:
                self.flush()
            except Exception:  # never let a bad flush kill the flusher; the rows are lost, and counted
                self.errors += 1
                log.exception("prediction log: a flush failed")

    def _write(self, buffer: _Columns) -> None:
        for day, table in buffer.tables().items():
            folder = self.root / buffer.endpoint / f"date={day.isoformat()}"
            folder.mkdir(parents=True, exist_ok=True)
            name = f"{self._prefix}-{next(self._sequence):06d}.parquet"
            temporary = folder / f".{name}.tmp"
            with temporary.open("wb") as handle:
                pq.write_table(table, handle, compression="snappy", write_statistics=_statistics_columns(table))
                handle.flush()
                os.fsync(handle.fileno())
            temporary.replace(folder / name)
            self.rows_written += table.num_rows


def _microseconds(stamps: list[float | None]) -> pa.Array:
    """Epoch seconds (None: null) as int64 microseconds, rounded half to even as ``round`` does; without a Python
    loop when no stamp is None."""
    seconds = np.array(stamps, dtype=np.float64) if stamps else np.empty(0)
    if np.isnan(seconds).any():  # None (or NaN): per value
        return pa.array([None if stamp is None else round(stamp * 1_000_000) for stamp in stamps], pa.int64())
    return pa.array(np.rint(seconds * 1_000_000).astype(np.int64))


def _statistics_columns(table: pa.Table) -> list[str]:
    """The columns whose min/max a segment records: all but the features (dozens of them, which no reader filters
    on; their statistics were about 8% of the write's time, 0.2 ms per 1,000 rows)."""
    return [".".join(path) for path in _leaf_paths(table.schema) if path[0] != "features"]


def _leaf_paths(schema: pa.Schema) -> list[tuple[str, ...]]:
    paths: list[tuple[str, ...]] = []

    def walk(field: pa.Field, prefix: tuple[str, ...]) -> None:
        if pa.types.is_struct(field.type):
            for index in range(field.type.num_fields):
                walk(field.type.field(index), (*prefix, field.name))
        else:
            paths.append((*prefix, field.name))

    for field in schema:
        walk(field, ())
    return paths


def _array(values: list[Any], kind: str) -> pa.Array:
    try:
        return pa.array(values, type=ARROW_TYPES[kind])
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # e.g. pandas floats (3.0, NaN) for an int64 feature: 15x slower
        return pa.array(values, type=ARROW_TYPES[kind], from_pandas=True)


def _struct(values: Mapping[str, list[Any]], types: Mapping[str, str], valid: list[bool] | None = None) -> pa.StructArray:
    arrays = [_array(values[name], kind) for name, kind in types.items()]
    fields = [pa.field(name, ARROW_TYPES[kind]) for name, kind in types.items()]
    mask = None if valid is None or all(valid) else pa.array([not ok for ok in valid], type=pa.bool_())
    if not arrays:  # a struct needs a length even without fields
        return pa.array([{}] * len(valid or []), type=pa.struct([]))
    return pa.StructArray.from_arrays(arrays, fields=fields, mask=mask)


def to_table(endpoint: str, entries: Sequence[Entry], feature_types: Mapping[str, str]) -> pa.Table:
    """The Arrow table of some log entries of one endpoint (one table, whatever their days)."""
    buffer = _Columns(endpoint, feature_types)
    for entry in entries:
        buffer.add(entry)
    return buffer._table()


def read_log(lake: Path, endpoint: str, start: dt.datetime | None = None, end: dt.datetime | None = None,
             *, flatten: bool = True) -> pd.DataFrame:  # fmt: skip
    """Logged rows of ``endpoint`` with ``start <= time < end`` (UTC; naive means UTC), oldest first.

    Struct columns are flattened to dotted names (``features.doses_7d``,
    ``champion_output.risk``, ``entity.batch_number``) unless ``flatten=False``.
    """
    if endpoint not in catalog.endpoints():
        raise ValueError(f"unknown endpoint {endpoint!r}; choose one of {', '.join(catalog.endpoints())}")
    low, high = (None if moment is None else pd.Timestamp(moment) for moment in (start, end))
    low = low.tz_localize("UTC") if low is not None and low.tzinfo is None else low
    high = high.tz_localize("UTC") if high is not None and high.tzinfo is None else high
    folder = log_dir(lake) / endpoint
    tables = []
    for partition in sorted(folder.glob("date=*")) if folder.is_dir() else []:
        day = dt.date.fromisoformat(partition.name.removeprefix("date="))
        if (low is not None and day < low.date()) or (high is not None and day > high.date()):
            continue
        for path in sorted(partition.glob("*.parquet")):
            tables.append(pq.read_table(path))
    if not tables:
        return pd.DataFrame(columns=_empty_columns(endpoint, flatten))
    table = pa.concat_tables(tables, promote_options="permissive")
    if flatten:
        while any(pa.types.is_struct(column.type) for column in table.columns):
            table = table.flatten()
    frame = table.to_pandas()
    if low is not None:
        frame = frame[frame.time >= low]
    if high is not None:
        frame = frame[frame.time < high]
    return frame.sort_values("time", kind="stable").reset_index(drop=True)


def erase(lake: Path, patient_keys: Collection[str], *, dry_run: bool = False) -> int:
    """Remove every logged row of ``patient_keys`` from the prediction log; returns the rows removed.

    Each segment holding one of them is rewritten without those rows, atomically
    (``adherence.publish.drop_rows``: a hidden temporary file, fsynced, renamed over the
    segment; a segment left empty is removed). Segments without them are not touched, so
    calling it again is a no-op. Rows a running service still buffers (at most its flush
    interval) are written after this returns: erase once the patient is no longer served.
    ``dry_run``: only count them.
    """
    removed = 0
    for path in sorted(log_dir(lake).glob("*/date=*/*.parquet")):
        removed += drop_rows(path, "patient_key", patient_keys, dry_run=dry_run)
    return removed


def _empty_columns(endpoint: str, flatten: bool) -> list[str]:
    names = ["request_id", "time", "endpoint", "patient_key"]
    names += [f"entity.{name}" for name in ENTITY] if flatten else ["entity"]
    names += ["features_as_of"] if flatten else ["features", "features_as_of"]
    names += ["champion_version"]
    names += [f"champion_output.{name}" for name in outputs(endpoint)] if flatten else ["champion_output"]
    names += ["challenger_version"]
    names += [f"challenger_output.{name}" for name in outputs(endpoint)] if flatten else ["challenger_output"]
    return [*names, "challenger_error", "champion_ms", "challenger_ms"]


__all__ = ["Entry", "PredictionLog", "erase", "log_dir", "read_log", "to_table"]
