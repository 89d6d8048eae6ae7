"""The MLflow model registry as this platform uses it: three names, two aliases, a history.

``champion`` answers patients; ``challenger`` is the newest candidate, run in shadow.
MLflow aliases keep no history, so every move is recorded twice: as a registered-model
tag ``alias_history.NNNN`` (JSON: alias, version, previous version, reason, actor, time)
and, when an audit log is given, as a signed ``model_alias_moved`` audit entry.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import mlflow
import mlflow.pyfunc
from mlflow import MlflowClient
from mlflow.entities.model_registry import ModelVersion
from mlflow.exceptions import MlflowException
from mlflow.pyfunc import PyFuncModel

from adherence.audit import AuditLog

#: CLI name -> registered model name.
MODEL_NAMES = {"dropoff": "dropoff", "anomaly": "supply_anomaly", "reminder": "reminder_timing"}
CHAMPION = "champion"
CHALLENGER = "challenger"
HISTORY_PREFIX = "alias_history."


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


def registered_name(model: str) -> str:
    """The registered model name for a CLI model name (``dropoff`` | ``anomaly`` | ``reminder``)."""
    try:
        return MODEL_NAMES[model]
    except KeyError:
        raise ValueError(f"unknown model {model!r}; choose one of {', '.join(MODEL_NAMES)}") from None


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


def load(client: MlflowClient, model: str, version_or_alias: str = CHAMPION) -> tuple[ModelVersion, PyFuncModel]:
    """A registered version of a model (CLI name) and its pyfunc, loaded from the registry."""
    name = registered_name(model)
    version = resolve(client, name, version_or_alias)
    return version, mlflow.pyfunc.load_model(model_uri(name, version.version))


def alias_history(client: MlflowClient, name: str) -> list[AliasMove]:
    """Every recorded alias move of a registered model, oldest first."""
    tags = client.get_registered_model(name).tags
    moves = [json.loads(value) for key, value in sorted(tags.items()) if key.startswith(HISTORY_PREFIX)]
    return [AliasMove(**move) for move in moves]


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
    """Point ``alias`` at ``version`` and record the move (registry tag, and audit entry if given)."""
    previous = version_for(client, name, alias)
    move = AliasMove(
        model=name,
        alias=alias,
        version=str(version),
        previous=str(previous.version) if previous else None,
        reason=reason,
        actor=actor,
        time=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    client.set_registered_model_alias(name, alias, str(version))
    count = len(alias_history(client, name))
    client.set_registered_model_tag(name, f"{HISTORY_PREFIX}{count:05d}", json.dumps(move.__dict__, sort_keys=True))
    if audit is not None:
        audit.append("model_alias_moved", {**move.__dict__, **(extra or {})})
    return move
