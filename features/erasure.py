"""Erasure in the features layer: a patient's rows leave the de-identified zone, the feature tables and Feast's online store.

Each function takes pseudonymous ``patient_key`` values (the MRN never reaches this layer),
removes every row that carries one, and returns counts. Each is idempotent: called again
once done, it finds nothing and changes nothing, which is what lets an interrupted erasure
be resumed (``adherence.erasure``).

- **De-identified tables** and **feature tables** (the DuckDB offline store reads these very
  Parquet files; no other offline copy exists): a new generation without the rows is
  published with ``adherence.publish.republish_without``, and the old generation, the only
  other copy, is removed. ``supply_series`` holds no ``patient_key`` (daily counts per batch
  and region over all patients) and is copied unchanged.
- **Online store.** Feast 0.67 has no API to delete one entity's rows:
  ``FeatureStore`` offers none, ``SqliteOnlineStore`` none, and
  ``RedisOnlineStore.delete_entity_values(config, join_keys)`` deletes *every* entity with
  those join keys (all patients). So the deletion goes through Feast's own objects: the
  provider's online store, its connection (``SqliteOnlineStore._get_conn``) or client
  (``RedisOnlineStore._get_client``), its table names (``compute_table_id``) and its entity
  key encoding (``serialize_entity_key``, ``_redis_key``), i.e. exactly the rows and keys
  ``get_online_features`` reads. SQLite deletes with ``secure_delete`` on and is then
  ``VACUUM``-ed: freed pages, including those older materialisations left, would otherwise
  still hold the key's bytes.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Collection
from pathlib import Path
from typing import Any

from adherence import publish as publishing
from features.deidentified import TABLES as DEIDENTIFIED_TABLES
from features.engineering import FEATURE_TABLES
from features.store import PROFILES, repo_dir

log = logging.getLogger(__name__)

#: The entity column of every patient-keyed table, offline and online.
PATIENT_KEY = "patient_key"
DEIDENTIFY_GROUP = "deidentify"


def erase_deidentified(lake: Path, keys: Collection[str], *, dry_run: bool = False) -> dict[str, int]:
    """Remove the patients' rows from ``lake/deidentified``; returns rows removed per table (``{}`` if none held).

    ``dry_run`` (here and below): only count what would be removed.
    """
    removed = publishing.republish_without(Path(lake), DEIDENTIFY_GROUP, PATIENT_KEY, keys, dry_run=dry_run)
    return _per_table(removed, DEIDENTIFIED_TABLES)


def erase_feature_tables(lake: Path, keys: Collection[str], *, dry_run: bool = False) -> dict[str, int]:
    """Remove the patients' rows from ``lake/features`` (the offline store's sources); rows removed per table."""
    lake = Path(lake).resolve()
    if not (lake / "features").exists():
        return {}
    group = publishing.group_name("features", lake / "features")
    removed = publishing.republish_without(lake, group, PATIENT_KEY, keys, dry_run=dry_run)
    return _per_table(removed, FEATURE_TABLES)


def _per_table(removed: dict[str, int], tables: Collection[str]) -> dict[str, int]:
    """Rows removed per file (``deidentified/events/part-0000.parquet``) summed per table name."""
    totals: dict[str, int] = {}
    for path, rows in removed.items():
        parts = Path(path).with_suffix("").parts
        table = next((part for part in parts if part in tables), parts[-1])
        totals[table] = totals.get(table, 0) + rows
    return totals


def applied_profiles(lake: Path) -> list[str]:
    """The Feast profiles whose repository the lake holds (``features apply`` ran with them)."""
    return [profile for profile in PROFILES if (repo_dir(lake, profile) / "feature_store.yaml").is_file()]


def erase_online(lake: Path, keys: Collection[str], profile: str = "embedded", *, dry_run: bool = False) -> int:
    """Delete the patients' entities from the profile's online store; returns how many entity rows were there.

    SQLite: one row per (entity, feature) in each patient-keyed view's table; the count is of
    distinct (view, entity) pairs deleted. Redis: one hash per entity (all views); the count
    is of hashes deleted. Raises what Feast raises when the store cannot be reached.
    """
    from features.materialize import feature_store

    store = feature_store(lake, profile)
    online = store._get_provider().online_store  # Feast's own online-store object for this repo
    views = [view for view in store.list_feature_views() if PATIENT_KEY in view.join_keys]
    entity_keys = [_entity_key(key) for key in sorted(keys)]
    kind = type(online).__name__
    if kind == "SqliteOnlineStore":
        return _erase_sqlite(store, online, views, entity_keys, dry_run)
    if kind == "RedisOnlineStore":
        return _erase_redis(store, online, entity_keys, dry_run)
    raise NotImplementedError(f"erasure from a {kind} online store is not implemented (profiles: {', '.join(PROFILES)})")


def _entity_key(value: str) -> Any:
    from feast.protos.feast.types.EntityKey_pb2 import EntityKey
    from feast.protos.feast.types.Value_pb2 import Value

    return EntityKey(join_keys=[PATIENT_KEY], entity_values=[Value(string_val=value)])


def _erase_sqlite(store: Any, online: Any, views: list[Any], entity_keys: list[Any], dry_run: bool) -> int:
    from feast.infra.key_encoding_utils import serialize_entity_key
    from feast.infra.online_stores.helpers import compute_table_id

    config = store.config
    version = config.entity_key_serialization_version
    serialized = [serialize_entity_key(key, entity_key_serialization_version=version) for key in entity_keys]
    connection = online._get_conn(config)
    versioning = config.registry.enable_online_feature_view_versioning
    deleted = 0
    connection.execute("PRAGMA secure_delete = ON")  # deleted cells are overwritten with zeros
    with connection:  # one transaction: every view's rows go together
        for view in views:
            table = compute_table_id(config.project, view, versioning).replace('"', '""')
            for start in range(0, len(serialized), 500):
                chunk = serialized[start : start + 500]
                marks = ",".join("?" * len(chunk))
                with contextlib.suppress(sqlite3.OperationalError):  # a view never materialised has no table
                    found = connection.execute(f'SELECT count(DISTINCT entity_key) FROM "{table}" WHERE entity_key IN ({marks})',
                                               chunk).fetchone()[0]  # fmt: skip
                    if not dry_run:
                        connection.execute(f'DELETE FROM "{table}" WHERE entity_key IN ({marks})', chunk)
                    deleted += int(found)
    if not dry_run:  # free pages (this deletion's and older upserts') may still hold the key's bytes: rebuild the file
        connection.execute("VACUUM")
    return deleted


def _erase_redis(store: Any, online: Any, entity_keys: list[Any], dry_run: bool) -> int:
    from feast.infra.online_stores.helpers import _redis_key

    config = store.config
    client = online._get_client(config.online_store)
    names = [_redis_key(config.project, key, entity_key_serialization_version=config.entity_key_serialization_version)
             for key in entity_keys]  # fmt: skip
    deleted = 0
    for start in range(0, len(names), 500):
        chunk = names[start : start + 500]
        deleted += int(client.exists(*chunk) if dry_run else client.delete(*chunk))
    return deleted


__all__ = ["PATIENT_KEY", "applied_profiles", "erase_deidentified", "erase_feature_tables", "erase_online"]
