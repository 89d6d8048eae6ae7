"""The MLflow model registry as this platform uses it: a name per model (``adherence.catalog``), two aliases, a history.

``champion`` answers patients; ``challenger`` is the newest candidate, run in shadow.
MLflow aliases keep no history, so every move is recorded twice: as a registered-model
tag ``alias_history.NNNN`` (JSON: alias, version, previous version, reason, actor, time)
and, when an audit log is given, as a signed ``model_alias_moved`` audit entry.

A crash cannot split a move from its records: the move is first written down as the tag
``alias_pending``, then recorded (history tag, audit entry with the move's id as its batch,
so a retry never writes it twice), and only then is the alias moved and the pending tag
removed. A move killed half-way is completed by the next ``move_alias`` on that model
(``complete_pending``): an alias never moves without its records.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import mlflow
import mlflow.pyfunc
from mlflow import MlflowClient
from mlflow.entities.model_registry import ModelVersion
from mlflow.exceptions import MlflowException
from mlflow.pyfunc import PyFuncModel

from adherence import catalog
from adherence.audit import AuditLog
from adherence.publish import failpoint

CHAMPION = "champion"
CHALLENGER = "challenger"
HISTORY_PREFIX = "alias_history."
PENDING = "alias_pending"
#: Version tag: did the version beat its naive baseline out of time? ``true``, ``false`` or ``unknown``
#: (``models.baselines``); the promotion gate refuses ``false``.
BEATS_BASELINE_TAG = "beats_baseline"
#: Version tags of the anomaly model's published supply scores (``serving.supply.publish``): the artifact
#: path in the version's run, the snapshot it scores, and why the last publication failed.
SUPPLY_SCORES_TAG = "supply_scores.artifact"
SUPPLY_SNAPSHOT_TAG = "supply_scores.snapshot"
SUPPLY_ERROR_TAG = "supply_scores.error"
#: Registered-model tag a service worker writes to ask every worker of every replica to re-read the
#: registry now (``announce_reload``); the workers poll it every second.
RELOAD_TAG = "serving.reload_requested"


@dataclass(frozen=True)
class AliasMove:
    """One recorded move of an alias."""

    model: str
    alias: str
    version: str
    previous: str | None
    reason: str
    actor: str
    time: str
    move_id: str = ""


def registered_name(model: str) -> str:
    """The registered model name for a CLI model name (``dropoff`` | ``anomaly`` | ``reminder``)."""
    return catalog.model(model).registered


def model_uri(name: str, version_or_alias: str) -> str:
    """``models:/name/3`` for a version number, ``models:/name@alias`` for an alias."""
    return f"models:/{name}/{version_or_alias}" if str(version_or_alias).isdigit() else f"models:/{name}@{version_or_alias}"


def version_for(client: MlflowClient, name: str, alias: str) -> ModelVersion | None:
    """The version an alias points at, or None when the alias (or the model) does not exist."""
    try:
        return client.get_model_version_by_alias(name, alias)
    except MlflowException:
        return None


def resolve(client: MlflowClient, name: str, version_or_alias: str) -> ModelVersion:
    """A version by number or alias, with an error that says which exist."""
    if not str(version_or_alias).isdigit():
        found = version_for(client, name, version_or_alias)
        if found is None:
            raise LookupError(f"registered model {name!r} has no alias {version_or_alias!r}; train it first")
        return found
    try:
        return client.get_model_version(name, str(version_or_alias))
    except MlflowException:
        raise LookupError(f"registered model {name!r} has no version {version_or_alias}") from None


def connect(tracking_uri: str) -> MlflowClient:
    """A client of the tracking server and registry at ``tracking_uri`` (also made MLflow's default)."""
    mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_registry_uri(tracking_uri)
    return MlflowClient(tracking_uri=tracking_uri, registry_uri=tracking_uri)


def announce_reload(client: MlflowClient) -> str:
    """Ask every service worker to re-read the registry: a new ``RELOAD_TAG`` value on each catalog model.

    Returns the value written. Raises ``MlflowException`` when the registry refuses the write (a
    model not registered yet is skipped: nothing of it is served).
    """
    token = f"{time.time():.6f}-{uuid.uuid4().hex[:8]}"
    for spec in catalog.models():
        try:
            client.set_registered_model_tag(spec.registered, RELOAD_TAG, token)
        except MlflowException as error:
            if error.error_code != "RESOURCE_DOES_NOT_EXIST":
                raise
    return token


def reload_requested(client: MlflowClient) -> str | None:
    """The newest ``RELOAD_TAG`` value (of the first catalog model that is registered), or None."""
    for spec in catalog.models():
        try:
            return client.get_registered_model(spec.registered).tags.get(RELOAD_TAG)
        except MlflowException as error:
            if error.error_code != "RESOURCE_DOES_NOT_EXIST":
                raise
    return None


class LakeMovedError(FileNotFoundError):
    """A registered model's files are recorded at a place that no longer exists: the lake was moved."""


def load(client: MlflowClient, model: str, version_or_alias: str = CHAMPION) -> tuple[ModelVersion, PyFuncModel]:
    """A registered version of a model (CLI name) and its pyfunc, loaded from the registry.

    Raises ``LakeMovedError`` when the version's files are recorded at a local path that is gone
    (MLflow stores absolute artifact URIs; ``adherence relocate`` rewrites them after a move).
    """
    name = registered_name(model)
    version = resolve(client, name, version_or_alias)
    location = str(client.get_model_version_download_uri(name, version.version) or "")
    if location.startswith("file://") and not Path(location.removeprefix("file://")).exists():
        raise LakeMovedError(
            f"registered model {name!r} version {version.version} is recorded at {location}, which does not exist: if the "
            "lake was moved or copied, run `adherence relocate --lake DIR` on it once"
        )
    return version, mlflow.pyfunc.load_model(model_uri(name, version.version))


def relocate_tracking_store(database: Path, old_root: Path, new_root: Path) -> dict[str, int]:
    """Rewrite every local path under ``old_root`` that an embedded (SQLite) MLflow store records.

    MLflow keeps absolute artifact locations (experiments, runs, model versions, logged models)
    and has no API to change them. The rewrite is schema-agnostic: every text column of every
    table, so new MLflow tables are covered too. It is one SQLite transaction: a crash leaves
    every record as it was (SQLite's journal), and open connections see the change, where a file
    replaced by rename would leave them reading the old one. Returns rows changed per ``table.column``.
    """
    import sqlite3

    old, new = str(old_root).rstrip("/") + "/", str(new_root).rstrip("/") + "/"
    changed: dict[str, int] = {}
    with contextlib.closing(sqlite3.connect(database, timeout=30)) as connection, connection:
        connection.execute("BEGIN IMMEDIATE")
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')
                       if row[2].upper().startswith(("TEXT", "VARCHAR", "CHAR", "CLOB")) or row[2] == ""]  # fmt: skip
            for column in columns:
                # the old root as a whole path component ("/old/…"), in plain and file:// forms alike
                count = connection.execute(
                    f'UPDATE "{table}" SET "{column}" = replace("{column}", ?, ?) WHERE instr("{column}", ?) > 0',
                    (old, new, old),
                ).rowcount  # fmt: skip
                if count:
                    changed[f"{table}.{column}"] = count
    return changed


def alias_history(client: MlflowClient, name: str) -> list[AliasMove]:
    """Every recorded alias move of a registered model, oldest first."""
    tags = client.get_registered_model(name).tags
    moves = [json.loads(value) for key, value in sorted(tags.items()) if key.startswith(HISTORY_PREFIX)]
    return [AliasMove(**move) for move in moves]


def complete_pending(client: MlflowClient, name: str, audit: AuditLog | None = None) -> AliasMove | None:
    """Finish a move that a crash interrupted (records first, then the alias); returns it, or None if none was."""
    try:
        pending = client.get_registered_model(name).tags.get(PENDING)
    except MlflowException:
        return None
    if not pending:
        return None
    record = json.loads(pending)
    move, extra = AliasMove(**record["move"]), record.get("extra") or {}
    history = alias_history(client, name)
    if all(old.move_id != move.move_id for old in history):
        client.set_registered_model_tag(name, f"{HISTORY_PREFIX}{len(history):05d}", json.dumps(move.__dict__, sort_keys=True))
    if audit is not None:
        audit.append_many([("model_alias_moved", {**move.__dict__, **extra})], batch=move.move_id)
    failpoint("alias-recorded")
    client.set_registered_model_alias(name, move.alias, move.version)
    client.delete_registered_model_tag(name, PENDING)
    return move


def move_alias(
    client: MlflowClient,
    name: str,
    alias: str,
    version: str,
    *,
    reason: str,
    actor: str,
    audit: AuditLog | None = None,
    extra: dict[str, Any] | None = None,
) -> AliasMove:
    """Point ``alias`` at ``version`` and record the move (registry tag, and audit entry if given).

    The records are written before the alias moves (see the module doc); a move a crash left
    unfinished is completed first.
    """
    complete_pending(client, name, audit)
    previous = version_for(client, name, alias)
    move = AliasMove(
        model=name,
        alias=alias,
        version=str(version),
        previous=str(previous.version) if previous else None,
        reason=reason,
        actor=actor,
        time=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        move_id=uuid.uuid4().hex,
    )
    client.set_registered_model_tag(name, PENDING, json.dumps({"move": move.__dict__, "extra": extra or {}}, sort_keys=True))
    failpoint("alias-pending")
    complete_pending(client, name, audit)
    return move
