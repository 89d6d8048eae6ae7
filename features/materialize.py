"""Feature tables, Feast apply/materialise and reads: the API behind ``adherence features``.

Everything hangs off the lake: de-identified input in ``<lake>/deidentified/``, feature
tables in ``<lake>/features/``, the Feast repo in ``<lake>/feature_repo*/`` (see
``features.store``). Nothing here reads ``silver/`` or ``truth/``.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from feast import FeatureService, FeatureStore

from adherence.domain import SUPPLY_SERVICE
from features import duck
from features.engineering import FEATURE_TABLES, build_tables
from features.store import DEFAULT_PROJECT, repo_dir, write_repo
from features.store.definitions import SNAPSHOT_TTL, build_definitions

log = logging.getLogger(__name__)
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_ROW = "__entity_row"
_STORES: dict[tuple[Path, float], FeatureStore] = {}
# Fetching a service from the registry costs ~1.5 ms per call (most of a one-patient online
# read, see bench/features.py); definitions change only through apply(), which clears this.
_SERVICES: dict[tuple[int, str], FeatureService] = {}


def features_dir(lake: Path) -> Path:
    return Path(lake).resolve() / "features"


def build_feature_tables(lake: Path, *, threads: int | None = None, memory_limit: str | None = None) -> dict[str, dict[str, Any]]:
    """Compute the feature tables from ``lake/deidentified`` into ``lake/features``.

    Returns ``{table: {"path": Path, "rows": int}}``. ``threads`` / ``memory_limit``
    (e.g. ``"4GB"``) bound DuckDB, which spills beyond the limit.
    """
    lake = Path(lake).resolve()
    tables = build_tables(lake / "deidentified", features_dir(lake), threads=threads, memory_limit=memory_limit)
    return {name: {"path": table.path, "rows": table.rows} for name, table in tables.items()}


def latest_snapshot(lake: Path) -> datetime:
    """The newest snapshot time in the lake's feature tables: what "now" is for the online store."""
    paths = [features_dir(lake) / f"{name}.parquet" for name in FEATURE_TABLES]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"feature tables {missing} are missing under {features_dir(lake)}: run features apply first")
    files = ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths)
    newest = duck.connect().execute(f"SELECT max(event_timestamp) FROM read_parquet([{files}], union_by_name = true)").fetchone()
    if newest is None or newest[0] is None:
        raise ValueError(f"the feature tables under {features_dir(lake)} are empty")
    return _utc(newest[0])


def feature_store(lake: Path, profile: str = "embedded") -> FeatureStore:
    """The FeatureStore of an applied repo (cached while its ``feature_store.yaml`` is unchanged)."""
    return feature_store_at(repo_dir(lake, profile))


def feature_store_at(folder: Path) -> FeatureStore:
    """The FeatureStore of a repository folder (its ``feature_store.yaml``), wherever it lives.

    The service reads its online store through this, from ``ADHERENCE_SERVE_FEATURE_REPO`` when set: a
    deployed replica has the repository's configuration (and, for SQLite, its online database), not the lake.

    Raises:
        FileNotFoundError: the folder has no ``feature_store.yaml``, or it names files of another folder.
    """
    folder = Path(folder).resolve()
    config = folder / "feature_store.yaml"
    if not config.is_file():
        raise FileNotFoundError(f"{config} does not exist: run features apply first")
    key = (folder, config.stat().st_mtime)
    if key not in _STORES:
        _check_not_elsewhere(config, folder)
        _STORES[key] = FeatureStore(repo_path=str(folder))
    return _STORES[key]


def _check_not_elsewhere(config: Path, folder: Path) -> None:
    """Refuse a repository whose files are another lake's: a lake copied or moved keeps the old absolute paths,
    and Feast would read, write or delete the original's online store. ``adherence relocate`` rewrites them."""
    import yaml

    settings = yaml.safe_load(config.read_text()) or {}
    recorded = [str(settings.get("online_store", {}).get("path") or "")]
    registry = settings.get("registry", {})
    recorded.append(str(registry.get("path", "") if isinstance(registry, dict) else registry).removeprefix("sqlite:///"))
    elsewhere = [path for path in recorded if path.startswith("/") and Path(path).parent.resolve() != folder.resolve()]
    if elsewhere:
        raise FileNotFoundError(f"{config} names {elsewhere[0]}, which is not in this lake (it was copied or moved): run "
                                f"`adherence relocate --lake {folder.parent}` once")  # fmt: skip


def apply(lake: Path, profile: str = "embedded", project: str = DEFAULT_PROJECT) -> FeatureStore:
    """Write the repo config for the lake and register every definition (``feast apply``)."""
    lake = Path(lake).resolve()
    missing = [name for name in ("patient_activity", "supply_series") if not (features_dir(lake) / f"{name}.parquet").is_file()]
    if missing:
        raise FileNotFoundError(f"feature tables {missing} are missing under {features_dir(lake)}: build them first")
    write_repo(lake, profile, project)
    store = feature_store(lake, profile)
    _SERVICES.clear()
    store.apply(list(build_definitions(features_dir(lake)).values()))
    return store


def materialize(lake: Path, end: datetime, profile: str = "embedded", start: datetime | None = None) -> FeatureStore:
    """Load the latest snapshot per entity in ``[start, end]`` into the online store.

    ``start`` defaults to ``end`` minus the snapshot TTL, which makes online reads equal
    a point-in-time read at ``end``.
    """
    end = _utc(end)
    begin = _utc(start) if start is not None else end - SNAPSHOT_TTL
    store = feature_store(lake, profile)
    # Feast prints coloured progress (ANSI codes) to stdout and a tqdm bar per feature view to
    # stderr, whatever they are: a log or a pipe gets escape codes. What it says goes to the log.
    said = io.StringIO()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        store.materialize(start_date=begin, end_date=end)
    log.debug("feast materialize: %s", _ANSI.sub("", said.getvalue()).strip())
    return store


def feature_service(store: FeatureStore, name: str) -> FeatureService:
    """A feature service of ``store``, fetched from the registry once per process."""
    key = (id(store), name)
    if key not in _SERVICES:
        _SERVICES[key] = store.get_feature_service(name)
    return _SERVICES[key]


def training_frame(lake: Path, service: str, entity_df: pd.DataFrame, profile: str = "embedded") -> pd.DataFrame:
    """Point-in-time correct features of a feature service for ``entity_df``, in its row order.

    ``entity_df`` holds the service's join keys and an ``event_timestamp`` column; each
    row gets the latest snapshot at or before its timestamp (within the view's TTL).
    """
    store = feature_store(lake, profile)
    frame = entity_df.copy()
    if "event_timestamp" not in frame.columns:
        raise ValueError("entity_df needs an event_timestamp column")
    frame["event_timestamp"] = pd.to_datetime(frame["event_timestamp"], utc=True)
    # Feast returns rows in no particular order (it changes between calls); give them back in
    # the caller's order, so seeded draws and positional joins downstream are reproducible.
    frame[_ROW] = np.arange(len(frame))
    job = store.get_historical_features(entity_df=frame, features=feature_service(store, service))
    return job.to_df().sort_values(_ROW).drop(columns=_ROW).reset_index(drop=True)


def supply_history(lake: Path, until: date, since: date | None = None, profile: str = "embedded") -> pd.DataFrame:
    """Point-in-time ``anomaly_v1`` features of every supply series-day from ``since`` (default: each
    series' start) to ``until``: one row per (``batch_number``, ``region``, ``day``), each series' days in order.

    The anomaly ensemble scores a day from the series' earlier days (trailing windows, a CUSUM), so
    batch prediction, the service's current alerts and the shadow report all read this same history.
    """
    from features.entities import series_days, supply_series_days

    grid = supply_series_days(lake, until, since)
    if grid.empty:
        return pd.DataFrame(columns=["batch_number", "region", "day"])
    return series_days(training_frame(lake, SUPPLY_SERVICE, grid.drop(columns="day"), profile=profile), grid)


def online_features(
    lake: Path,
    service: str,
    entity_rows: Iterable[Mapping[str, Any]],
    profile: str = "embedded",
) -> dict[str, list[Any]]:
    """Online features of a feature service for entity rows (e.g. ``[{"patient_key": ...}]``)."""
    store = feature_store(lake, profile)
    response = store.get_online_features(
        features=feature_service(store, service), entity_rows=[dict(row) for row in entity_rows]
    )
    return response.to_dict()


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


__all__ = [
    "apply",
    "build_feature_tables",
    "feature_service",
    "feature_store",
    "feature_store_at",
    "features_dir",
    "latest_snapshot",
    "materialize",
    "online_features",
    "training_frame",
]
