"""Which model versions the service runs: ``champion`` and ``challenger`` of each model, from MLflow.

``Models.refresh()`` resolves both aliases of every registered model of the catalog and loads any
version it does not hold yet (``mlflow.pyfunc.load_model``, then
``unwrap_python_model().estimator``: the native estimator, scored directly, because the
pyfunc layer's schema checks cost more than the model on one row). The new ``Lineup`` is
swapped in as one reference, so a request sees either the old or the new set, never a mix.
The service calls ``refresh`` at start, every ``poll_seconds`` (alias polling) and on the
reload endpoint: a new champion is picked up without a restart. The endpoint reaches one
worker; it announces the reload through the registry (``announce_reload``: a registered-model
tag), which every worker of every replica polls each second (``reload_token``), so no replica
needs a file shared with the others. A version's ``supply_scores.*`` tags ride along on
``Deployed.tags``: republished supply scores are noticed without reloading the model.

A registry that cannot be reached never unloads what is loaded: the running versions keep
answering and the error is reported (status endpoint, logs). Only a model with no loaded
champion makes its endpoints answer 503. A challenger that is the champion's own version is
not loaded (or run) twice.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import mlflow.pyfunc
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException

from adherence import catalog
from models.registry import (
    CHALLENGER,
    CHAMPION,
    SUPPLY_ERROR_TAG,
    SUPPLY_SCORES_TAG,
    SUPPLY_SNAPSHOT_TAG,
    announce_reload,
    connect,
    model_uri,
    registered_name,
    reload_requested,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

#: MLflow error codes that mean "no such alias / model" (as opposed to "cannot ask").
_ABSENT = frozenset({"RESOURCE_DOES_NOT_EXIST", "INVALID_PARAMETER_VALUE"})
#: Version tags kept on ``Deployed`` (a change of one is picked up without reloading the model).
_KEPT_TAGS = (SUPPLY_SCORES_TAG, SUPPLY_SNAPSHOT_TAG, SUPPLY_ERROR_TAG)


class RegistryUnavailableError(RuntimeError):
    """The MLflow registry cannot be asked; ``str()`` is the reason."""


@dataclass(frozen=True)
class Deployed:
    """One loaded model version."""

    model: str  # CLI name: dropoff | reminder | anomaly
    name: str  # registered model name
    version: str
    estimator: Any
    run_id: str | None = None
    #: The version's tags the service acts on (``supply_scores.*``: where its published supply scores are).
    tags: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Lineup:
    """The versions in service: champion (answers) and challenger (shadow) per model."""

    champions: dict[str, Deployed] = field(default_factory=dict)
    challengers: dict[str, Deployed] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    checked_at: float = 0.0

    def versions(self) -> dict[str, dict[str, str | None]]:
        return {
            model: {
                CHAMPION: self.champions[model].version if model in self.champions else None,
                CHALLENGER: self.challengers[model].version if model in self.challengers else None,
            }
            for model in (spec.name for spec in catalog.models())
        }


def _sqlite_path(uri: str) -> Path | None:
    return Path(uri.removeprefix("sqlite:///")) if uri.startswith("sqlite:///") else None


#: A registry file last changed this recently is asked again whatever its stat says (a file system's
#: modification times are coarse: two writes within one tick can leave the same time and size).
SETTLED_SECONDS = 2.0


def _file_state(path: Path) -> tuple[tuple[int, int, int], ...] | None:
    """The identity, size and modification time of an SQLite database and its write-ahead log; ``None``
    when either changed within ``SETTLED_SECONDS`` (or the database is missing): ask the registry."""
    states = []
    for name in (path, path.with_name(path.name + "-wal")):
        try:
            status = name.stat()
        except FileNotFoundError:
            if name == path:
                return None
            states.append((0, 0, 0))
            continue
        if time.time_ns() - status.st_mtime_ns < SETTLED_SECONDS * 1e9:
            return None
        states.append((status.st_ino, status.st_size, status.st_mtime_ns))
    return tuple(states)


class Models:
    """Loads and refreshes the lineup; ``lineup`` is always a complete, immutable snapshot."""

    def __init__(self, tracking_uri: str, models: tuple[str, ...] | None = None):
        self.tracking_uri = tracking_uri
        self._models = models  # None: every model of the catalog
        self._client: MlflowClient | None = None
        self._refreshing = threading.Lock()
        #: the embedded registry's file state when the reload token was last read, and that token
        self._token_seen: tuple[tuple[tuple[int, int, int], ...], str | None] | None = None
        self.lineup = Lineup()
        # Fail fast instead of MLflow's default of retrying an unreachable server for minutes.
        os.environ.setdefault("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "1")
        os.environ.setdefault("MLFLOW_HTTP_REQUEST_TIMEOUT", "10")

    def refresh(self) -> list[str]:
        """Resolve the aliases, load what changed, swap the lineup; returns what changed."""
        with self._refreshing:
            current = self.lineup
            champions, challengers = dict(current.champions), dict(current.challengers)
            errors: dict[str, str] = {}
            changes: list[str] = []
            loaded = {(d.name, d.version): d for d in (*current.champions.values(), *current.challengers.values())}
            for model in self._models or tuple(spec.name for spec in catalog.models()):
                name = registered_name(model)
                for alias, slot in ((CHAMPION, champions), (CHALLENGER, challengers)):
                    try:
                        version = self._resolve(name, alias)
                    except RegistryUnavailableError as error:
                        errors[model] = str(error)
                        continue  # keep whatever is loaded
                    if version is None:
                        if model in slot:
                            changes.append(f"{name}@{alias}: removed (was v{slot.pop(model).version})")
                        if alias == CHAMPION:
                            errors[model] = f"registered model {name!r} has no {CHAMPION} alias"
                        continue
                    number, run_id, tags = version
                    if model in slot and slot[model].version == number:
                        if slot[model].tags != tags:  # e.g. supply scores published again: no model reload
                            slot[model] = replace(slot[model], tags=tags)
                            changes.append(f"{name}@{alias}: v{number} tags updated")
                        continue
                    try:
                        known = loaded.get((name, number))
                        deployed = replace(known, tags=tags) if known else self._load(model, name, number, run_id, tags)
                    except Exception as error:  # a broken artifact must not take the others down
                        errors[model] = f"{name} v{number} could not be loaded: {type(error).__name__}: {error}"
                        log.exception("loading %s v%s failed", name, number)
                        continue
                    loaded[(name, number)] = deployed
                    previous = slot.get(model)
                    slot[model] = deployed
                    changes.append(f"{name}@{alias}: v{previous.version if previous else '-'} -> v{number}")
            self.lineup = Lineup(champions, challengers, errors, time.time())
            for change in changes:
                log.info("model lineup: %s", change)
            return changes

    def client(self) -> MlflowClient:
        """The registry's client (for artifacts of the versions in service).

        Raises:
            RegistryUnavailableError: an embedded registry whose database file is gone.
        """
        return self._connect()

    def announce_reload(self) -> str:
        """Ask every worker of every replica to re-read the registry now (``models.registry.RELOAD_TAG``).

        Raises:
            RegistryUnavailableError: the registry cannot be reached or refuses the write.
        """
        return self._ask(announce_reload, "reload not announced")

    def reload_token(self) -> str | None:
        """The last announced reload (polled every second by each worker); None when none was.

        An embedded (SQLite) registry is asked only when its database file or write-ahead log
        changed since the last answer (a ``stat`` of each, against MLflow's query: about 15 ms of
        CPU a second per worker, issue 18); an announcement writes to the file, so it is never
        missed, and a file changed within ``SETTLED_SECONDS`` is always asked.

        Raises:
            RegistryUnavailableError: the registry cannot be asked.
        """
        path = _sqlite_path(self.tracking_uri)
        state = _file_state(path) if path is not None else None
        seen = self._token_seen
        if state is not None and seen is not None and seen[0] == state:
            return seen[1]
        token = self._ask(reload_requested, "model registry unreachable")
        self._token_seen = None if state is None else (state, token)
        return token

    def _ask(self, call: Callable[[MlflowClient], T], failure: str) -> T:
        """``call`` on a registry client; any failure as ``RegistryUnavailableError`` starting with ``failure``."""
        try:
            return call(self._connect())
        except RegistryUnavailableError:
            raise
        except Exception as error:
            raise RegistryUnavailableError(f"{failure}: {type(error).__name__}: {str(error)[:300]}") from error

    # --- internals ----------------------------------------------------------------------
    def _connect(self) -> MlflowClient:
        path = _sqlite_path(self.tracking_uri)
        if path is not None and not path.is_file():  # MLflow would silently create an empty registry
            raise RegistryUnavailableError(f"model registry unreachable: {path} does not exist")
        if self._client is None:
            self._client = connect(self.tracking_uri)
        return self._client

    def _resolve(self, name: str, alias: str) -> tuple[str, str | None, tuple[tuple[str, str], ...]] | None:
        try:
            version = self._connect().get_model_version_by_alias(name, alias)
        except MlflowException as error:
            if error.error_code in _ABSENT:
                return None
            raise RegistryUnavailableError(f"model registry unreachable: {error.error_code}: {str(error)[:300]}") from error
        except RegistryUnavailableError:
            raise
        except Exception as error:
            raise RegistryUnavailableError(f"model registry unreachable: {type(error).__name__}: {str(error)[:300]}") from error
        tags = tuple(sorted((key, value) for key, value in (version.tags or {}).items() if key in _KEPT_TAGS))
        return str(version.version), version.run_id, tags

    def _load(self, model: str, name: str, version: str, run_id: str | None,
              tags: tuple[tuple[str, str], ...] = ()) -> Deployed:  # fmt: skip
        started = time.perf_counter()
        pyfunc = mlflow.pyfunc.load_model(model_uri(name, version))
        estimator = pyfunc.unwrap_python_model().estimator
        log.info("loaded %s v%s in %.1f s", name, version, time.perf_counter() - started)
        return Deployed(model=model, name=name, version=version, estimator=estimator, run_id=run_id, tags=tags)


__all__ = ["Deployed", "Lineup", "Models", "RegistryUnavailableError"]
