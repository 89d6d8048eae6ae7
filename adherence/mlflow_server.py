"""MLflow's scale-out profile: a tracking server on PostgreSQL whose artifact root it proxies.

The embedded default needs no server: each lake keeps its own SQLite store and artifact folder
(``sqlite:///<lake>/mlflow/mlflow.db``, ``<lake>/mlflow/artifacts/``). A team shares one tracking
server instead: ``adherence mlflow-server`` runs ``mlflow server`` with

- the backend store (runs, registry, aliases, tags) on PostgreSQL, by default
  ``postgresql+psycopg://postgres@127.0.0.1:5432/test``, in a schema of its own (``mlflow``
  by default, created if missing) so that it never mixes with Feast's registry tables there;
- ``--serve-artifacts``: clients upload and download every artifact (models, plots, cards,
  reports) over HTTP through the server (``mlflow-artifacts:/`` URIs), which keeps them under
  ``--artifacts-destination`` (a folder, or an object store such as ``s3://bucket/mlflow``).
  No trainer or serving host needs a path in common with another.

Trainers, ``adherence serve``, the shadow commands and the monitor then point at it with
``ADHERENCE_MLFLOW_TRACKING_URI=http://HOST:PORT``. The backend URI (with any password) reaches
``mlflow server`` through its environment, never its command line, so ``ps`` does not show it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BACKEND_STORE_URI = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DEFAULT_SCHEMA = "mlflow"
DEFAULT_ARTIFACTS_DESTINATION = "mlartifacts"
DEFAULT_PORT = 5000
_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def is_tracking_server(uri: str) -> bool:
    """Whether a tracking URI names a tracking server (HTTP), as opposed to a store MLflow opens itself."""
    return uri.startswith(("http://", "https://"))


def _is_postgresql(uri: str) -> bool:
    return uri.split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def check_schema(schema: str) -> str:
    """A schema name this module will quote into SQL: lower-case letters, digits and underscores."""
    if not _SCHEMA_NAME.fullmatch(schema):
        raise ValueError(f"a schema name is lower-case letters, digits and underscores (at most 63), got {schema!r}")
    return schema


def store_uri(backend_store_uri: str, schema: str | None) -> str:
    """The backend URI MLflow opens: for PostgreSQL with a schema, every connection's ``search_path`` set to it."""
    if not schema or not _is_postgresql(backend_store_uri):
        return backend_store_uri
    from sqlalchemy.engine import make_url

    url = make_url(backend_store_uri)
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")  # the driver this project installs (psycopg 3)
    url = url.update_query_dict({"options": f"-csearch_path={check_schema(schema)}"})
    return url.render_as_string(hide_password=False)


def _admin(backend_store_uri: str, statement: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(store_uri(backend_store_uri, None), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def create_schema(backend_store_uri: str, schema: str) -> None:
    """Create the schema in the backend's database unless it exists (PostgreSQL only; no-op otherwise)."""
    if _is_postgresql(backend_store_uri):
        _admin(backend_store_uri, f'CREATE SCHEMA IF NOT EXISTS "{check_schema(schema)}"')


def drop_schema(backend_store_uri: str, schema: str) -> None:
    """Drop the schema and every table MLflow made in it (tests' own schemas; never the default)."""
    if _is_postgresql(backend_store_uri):
        _admin(backend_store_uri, f'DROP SCHEMA IF EXISTS "{check_schema(schema)}" CASCADE')


@dataclass(frozen=True)
class TrackingServer:
    """How ``mlflow server`` is run for the scale-out profile."""

    backend_store_uri: str = DEFAULT_BACKEND_STORE_URI
    schema: str | None = DEFAULT_SCHEMA
    artifacts_destination: str = DEFAULT_ARTIFACTS_DESTINATION
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    workers: int = 2

    def __post_init__(self) -> None:
        if self.schema:
            check_schema(self.schema)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **given: object) -> TrackingServer:
        """Defaults overridden by ``ADHERENCE_MLFLOW_BACKEND_STORE_URI``, ``_SCHEMA``, ``_ARTIFACTS_DESTINATION``,
        then by ``given`` (the command's options; None means not given)."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for name in ("backend_store_uri", "schema", "artifacts_destination"):
            if environ.get(f"ADHERENCE_MLFLOW_{name.upper()}"):
                values[name] = environ[f"ADHERENCE_MLFLOW_{name.upper()}"]
        values.update({name: value for name, value in given.items() if value is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def url(self) -> str:
        """The tracking URI clients use (``ADHERENCE_MLFLOW_TRACKING_URI``)."""
        return f"http://{self.host}:{self.port}"

    def artifacts(self) -> str:
        """The artifact destination, a local folder made absolute (the server may run elsewhere than its caller)."""
        if "://" in self.artifacts_destination:
            return self.artifacts_destination
        return str(Path(self.artifacts_destination).resolve())

    def command(self) -> list[str]:
        """``mlflow server`` for this profile; the backend URI is in ``environment()``, not here."""
        return [sys.executable, "-m", "mlflow", "server", "--serve-artifacts", "--artifacts-destination", self.artifacts(),
                "--host", self.host, "--port", str(self.port), "--workers", str(self.workers)]  # fmt: skip

    def environment(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        env = dict(os.environ if base is None else base)
        env["MLFLOW_BACKEND_STORE_URI"] = store_uri(self.backend_store_uri, self.schema)
        for name in ("MLFLOW_TRACKING_URI", "MLFLOW_REGISTRY_STORE_URI", "MLFLOW_DEFAULT_ARTIFACT_ROOT"):
            env.pop(name, None)  # the server's own stores are the ones above
        # The server's job runner executes GenAI evaluation jobs; this platform submits none.
        env.setdefault("MLFLOW_SERVER_ENABLE_JOB_EXECUTION", "false")
        return env


def start(server: TrackingServer, **popen: object) -> subprocess.Popen[bytes]:
    """Create the schema if needed and start ``mlflow server`` in its own session (stop it with
    ``adherence.processes.stop``, by its PID). It answers ``/health`` once its tables are migrated.
    ``RuntimeError`` when the backend's database cannot be reached."""
    if server.schema:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            create_schema(server.backend_store_uri, server.schema)
        except SQLAlchemyError as error:
            raise RuntimeError(f"the backend store cannot be used: {str(error).splitlines()[0]}") from None
    if "://" not in server.artifacts_destination:
        Path(server.artifacts()).mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(server.command(), env=server.environment(), start_new_session=True,
                            **popen)  # type: ignore[call-overload]  # fmt: skip


def wait_ready(process: subprocess.Popen[bytes], url: str, timeout: float | None = None) -> None:
    """Wait until the server answers ``GET /health``; ``RuntimeError`` if it exits or the time runs out
    (default: ``adherence.processes.ready_timeout()``, 180 s scaled up by the machine's load)."""
    from adherence.processes import wait_answering

    wait_answering(process, f"{url}/health", "mlflow server", timeout)


__all__ = [
    "DEFAULT_BACKEND_STORE_URI",
    "TrackingServer",
    "create_schema",
    "drop_schema",
    "is_tracking_server",
    "start",
    "store_uri",
    "wait_ready",
]
