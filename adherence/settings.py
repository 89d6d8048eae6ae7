"""One place for configuration: the lake, MLflow locations and secrets.

Values come from, in order of precedence: explicit arguments (the CLI's ``--lake``),
environment variables (``ADHERENCE_*``), an optional TOML file (``ADHERENCE_CONFIG``
or ``adherence.toml`` in the working directory, table ``[adherence]``), then
embedded defaults that need no server. Secrets only ever come from the environment;
the demo may fall back to development values that announce themselves as insecure.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

INSECURE_PSEUDONYM_KEY = "INSECURE-DEVELOPMENT-PSEUDONYM-KEY-never-use-with-real-patients"
INSECURE_API_TOKEN = "insecure-development-token"
INSECURE_AUDIT_KEY = "INSECURE-DEVELOPMENT-AUDIT-KEY-anyone-can-forge-entries"
_ENV_PREFIX = "ADHERENCE_"


class MissingSecretError(RuntimeError):
    """A secret the command needs is not set in the environment."""


@dataclass(frozen=True)
class SilverSettings:
    """How Silver is found and which of its rows are plausible (see ``features.silver``).

    A timestamp is plausible from ``programme_start`` up to the table's ingestion time
    plus ``future_tolerance``. The ingestion time is when the table's current content was
    written: a Delta table's newest commit, an Iceberg table's current snapshot, else the
    newest modification time of its Parquet files (``ingested_at`` overrides all three,
    e.g. for a lake copied without its file times). An event more than
    ``enrolment_tolerance`` before its patient's enrolment is implausible too. A table with
    more than ``max_quarantine_share`` of its rows set aside fails validation.
    """

    programme_start: dt.datetime = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    future_tolerance: dt.timedelta = dt.timedelta(days=1)
    enrolment_tolerance: dt.timedelta = dt.timedelta(days=7)
    max_quarantine_share: float = 0.01
    ingested_at: dt.datetime | None = None
    #: SQLAlchemy URL of the Iceberg SQL catalog holding Silver tables (SQLite or PostgreSQL).
    iceberg_catalog_uri: str | None = None
    iceberg_namespace: str = "silver"
    #: Object-store endpoint for ``s3://`` lakes (e.g. a local S3-compatible server).
    s3_endpoint_url: str | None = None


@dataclass(frozen=True)
class Settings:
    """Where things live and how to reach them. Every path hangs off the lake."""

    lake: Path
    mlflow_tracking_uri: str
    allow_insecure_defaults: bool = False
    silver: SilverSettings = field(default_factory=SilverSettings)

    @property
    def silver_dir(self) -> Path:
        return self.lake / "silver"

    @property
    def truth_dir(self) -> Path:
        """The simulator's ground truth: for evaluation and benchmarks only."""
        return self.lake / "truth"

    @property
    def deidentified_dir(self) -> Path:
        return self.lake / "deidentified"

    @property
    def reports_dir(self) -> Path:
        return self.lake / "reports"

    @property
    def mlflow_artifacts_dir(self) -> Path:
        return self.lake / "mlflow" / "artifacts"

    def pseudonym_key(self) -> bytes:
        """The HMAC key behind ``patient_key`` (``ADHERENCE_PSEUDONYM_KEY``)."""
        return self._secret("PSEUDONYM_KEY", INSECURE_PSEUDONYM_KEY).encode()

    def api_token(self) -> str:
        """The bearer token the prediction service requires (``ADHERENCE_API_TOKEN``)."""
        return self._secret("API_TOKEN", INSECURE_API_TOKEN)

    def audit_key(self) -> bytes:
        """The HMAC key that signs audit-log entries (``ADHERENCE_AUDIT_KEY``)."""
        return self._secret("AUDIT_KEY", INSECURE_AUDIT_KEY).encode()

    @property
    def audit_log_path(self) -> Path:
        return self.lake / "audit" / "audit.log"

    def _secret(self, name: str, insecure_default: str) -> str:
        value = os.environ.get(_ENV_PREFIX + name)
        if value:
            return value
        if not self.allow_insecure_defaults:
            raise MissingSecretError(
                f"{_ENV_PREFIX}{name} is not set. Set it in the environment "
                f"(or set {_ENV_PREFIX}INSECURE_DEV=1 to use an insecure development value)."
            )
        log.warning(
            "INSECURE: %s%s not set; using the public development value. Never use it with real patients.", _ENV_PREFIX, name
        )
        return insecure_default


def _config_file() -> dict[str, object]:
    path = Path(os.environ.get(_ENV_PREFIX + "CONFIG", "adherence.toml"))
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("adherence", {})
    if not isinstance(table, dict):
        raise ValueError(f"{path}: [adherence] must be a table")
    return table


def load_settings(lake: Path | str | None = None, *, allow_insecure_defaults: bool | None = None) -> Settings:
    """Resolve settings from arguments, environment, config file and defaults."""
    file_values = _config_file()

    def pick(name: str, default: str) -> str:
        return str(os.environ.get(_ENV_PREFIX + name.upper()) or file_values.get(name) or default)

    lake_path = Path(lake if lake is not None else pick("lake", "demo-lake")).resolve()
    default_tracking = f"sqlite:///{lake_path / 'mlflow' / 'mlflow.db'}"
    insecure = allow_insecure_defaults
    if insecure is None:
        insecure = pick("insecure_dev", "0").lower() in ("1", "true", "yes")
    return Settings(
        lake=lake_path,
        # MLflow's own variable counts too, so `mlflow run` and `mlflow ui` users need not set two.
        mlflow_tracking_uri=pick("mlflow_tracking_uri", os.environ.get("MLFLOW_TRACKING_URI") or default_tracking),
        allow_insecure_defaults=insecure,
        silver=silver_settings(pick),
    )


def silver_settings(pick: Callable[[str, str], str]) -> SilverSettings:
    """Silver's settings from ``pick(name, default)`` (environment, then config file, then default)."""
    defaults = SilverSettings()

    def number(name: str, default: float) -> float:
        text = pick(name, str(default))
        try:
            return float(text)
        except ValueError:
            raise ValueError(f"setting {name} must be a number, got {text!r}") from None

    def moment(name: str, default: dt.datetime | None) -> dt.datetime | None:
        text = pick(name, default.isoformat() if default else "")
        if not text:
            return None
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"setting {name} must be an ISO date or time, got {text!r}") from None
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)  # naive means UTC

    start = moment("programme_start", defaults.programme_start)
    return SilverSettings(
        programme_start=start or defaults.programme_start,
        future_tolerance=dt.timedelta(hours=number("future_tolerance_hours", 24)),
        enrolment_tolerance=dt.timedelta(days=number("enrolment_tolerance_days", 7)),
        max_quarantine_share=number("max_quarantine_share", defaults.max_quarantine_share),
        ingested_at=moment("ingested_at", None),
        iceberg_catalog_uri=pick("iceberg_catalog_uri", "") or None,
        iceberg_namespace=pick("iceberg_namespace", defaults.iceberg_namespace),
        s3_endpoint_url=pick("s3_endpoint_url", os.environ.get("AWS_ENDPOINT_URL", "")) or None,
    )
