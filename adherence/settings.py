"""One place for configuration: the lake, MLflow locations and secrets.

Values come from, in order of precedence: explicit arguments (the CLI's ``--lake``),
environment variables (``ADHERENCE_*``), an optional TOML file (``ADHERENCE_CONFIG``
or ``adherence.toml`` in the working directory, table ``[adherence]``), then
embedded defaults that need no server. Secrets only ever come from the environment,
and so does insecure mode (``ADHERENCE_INSECURE_DEV=1``, or the demo): a config file that
asks for it is ignored with a warning, since whoever can drop an ``adherence.toml`` in the
working directory must not be able to switch on public keys. In insecure mode, development
values announce themselves as INSECURE, and the service refuses any address but loopback.
"""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from adherence.audit import AuditLog

log = logging.getLogger(__name__)

INSECURE_PSEUDONYM_KEY = "INSECURE-DEVELOPMENT-PSEUDONYM-KEY-never-use-with-real-patients"
INSECURE_API_TOKEN = "insecure-development-token"
INSECURE_AUDIT_KEY = "INSECURE-DEVELOPMENT-AUDIT-KEY-anyone-can-forge-entries"
_ENV_PREFIX = "ADHERENCE_"
_ANNOUNCED: set[str] = set()
#: How far past this machine's clock an ingestion time may lie: the clocks of the producer's machine and
#: this one differ. Further ahead, it cannot be when a table was written (and every row would pass as plausible).
CLOCK_SKEW = dt.timedelta(days=1)


class SettingsError(ValueError):
    """A setting's value cannot be used; the message names the setting, its variable and the value."""


class MissingSecretError(RuntimeError):
    """A secret the command needs is not set in the environment."""


class WeakSecretError(MissingSecretError):
    """A secret is set but too weak to use: for the command, as good as missing (exit 2 where a missing one is)."""


#: A secret's minimum length. ``patient_key`` is an HMAC of an MRN, and MRNs are few enough to
#: enumerate, so the pseudonymisation key is all that keeps a pseudonym from being reversed; the audit
#: key is all that keeps a signed entry from being forged, and the API token all that keeps the
#: service's answers from anyone who reaches its port. 32 characters is what ``openssl rand -hex 16``
#: prints (128 random bits); a short or repetitive secret can be guessed.
MIN_SECRET_CHARS = 32
#: ...and its minimum number of distinct characters (32 random hex digits have about 14; ``aaaa…`` has 1).
MIN_SECRET_DISTINCT = 8

#: What guessing each secret gives away, said when a weak one is refused.
_SECRET_STAKES = {
    "PSEUDONYM_KEY": "pseudonyms are HMACs of MRNs, so anyone who can guess the key can reverse them by trying every MRN",
    "AUDIT_KEY": "the audit log is signed with it, so anyone who can guess it can forge or rewrite entries",
    "API_TOKEN": "it is all that keeps patients' scores from anyone who reaches the service",
}


def check_secret(name: str, value: str) -> None:
    """Refuse a secret that can be guessed, saying the rule and why (never the secret itself).

    Args:
        name: the secret's name without the prefix: ``PSEUDONYM_KEY``, ``AUDIT_KEY`` or ``API_TOKEN``.
        value: the secret as the environment holds it.

    Raises:
        WeakSecretError: surrounding whitespace (a copy-paste slip; the secret would differ from the one
            meant), fewer than ``MIN_SECRET_CHARS`` characters or fewer than ``MIN_SECRET_DISTINCT``
            distinct ones.
    """
    rule = (f"it must be at least {MIN_SECRET_CHARS} characters with at least {MIN_SECRET_DISTINCT} distinct ones "
            f"and no surrounding whitespace, e.g. from `openssl rand -hex 16`: {_SECRET_STAKES[name]}")  # fmt: skip
    if value != value.strip():
        problem = "is only whitespace" if not value.strip() else "has leading or trailing whitespace"
    elif len(value) < MIN_SECRET_CHARS:
        problem = f"is too short ({len(value)} characters)"
    elif len(set(value)) < MIN_SECRET_DISTINCT:
        problem = f"is too repetitive ({len(set(value))} distinct characters)"
    else:
        return
    raise WeakSecretError(f"{_ENV_PREFIX}{name} {problem}; {rule}.")


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
    #: The catalog's name inside that database (pyiceberg's SQL catalog keeps several apart by name);
    #: None: whichever one name holds the namespace's table.
    iceberg_catalog_name: str | None = None
    #: Object-store endpoint for ``s3://`` lakes (e.g. a local S3-compatible server).
    s3_endpoint_url: str | None = None


@dataclass(frozen=True)
class MonitorThresholds:
    """Default alert thresholds of ``adherence monitor`` (``monitor/``), one per daily figure.

    A registered model version overrides any of them with a version tag
    ``monitor.threshold.<name>`` (e.g. ``monitor.threshold.feature_drift = 0.3``); these defaults
    come from ``ADHERENCE_MONITOR_<NAME>`` or ``monitor_<name>`` in the config file. A day with
    fewer than ``min_rows`` served rows is shown but not judged, and realised quality needs
    ``min_outcomes`` decisions whose follow-up closed, ``min_positives`` of them drop-offs.
    """

    #: Evidently's per-feature drift distance from the version's training data (Wasserstein distance
    #: normed by the reference's standard deviation for numbers, Jensen-Shannon distance for categories):
    #: a feature drifts at or above it. Evidently's own default, 0.1, is crossed every day by several
    #: features here: a champion serves a population later in time than its training range (measured on the
    #: tests' lake, 400 patients: up to 0.63 for days_since_last_dose in the first eight days after training).
    feature_drift: float = 1.0
    #: Share of the features drifting at once (Evidently's dataset-drift rule).
    drifted_share: float = 0.5
    #: The same distance for the drop-off risk the champion served, against its risk on its training
    #: population (everybody on therapy at dates of its training range): an alert when the lower end of
    #: its 95% bootstrap interval is above it, so that a small day's sampling noise is none (measured on
    #: the small demo lake, 150 patients, ~110 decisions a day: 0.15 to 0.27 per day).
    score_drift: float = 1.0
    #: Change of the share of decisions flagged for intervention from that share on the training
    #: population: an alert when the lower end of its 95% interval (Wilson's) is above it (measured as
    #: above: 0.005 to 0.06).
    flagged_share_change: float = 0.15
    #: Realised drop-off ROC AUC: an alert when the upper end of its 95% bootstrap interval is below it.
    min_auc: float = 0.6
    #: Realised expected calibration error (10 equal-width bins) above which calibration has failed.
    max_ece: float = 0.1
    #: Realised recall at capacity: an alert when the upper end of its 95% interval is below it.
    min_recall_at_capacity: float = 0.2
    #: Reminder policy: an alert when the upper end of the doubly-robust value's 95% interval is this far
    #: below the response rate of what the sender logged.
    reminder_value_drop: float = 0.05
    #: Reminder hours chosen: total variation distance from the policy's hours on its training contexts.
    hours_shift: float = 0.3
    #: Supply anomaly: share of scored series-days alerted.
    max_alert_rate: float = 0.05
    #: Supply anomaly: share of confirmed incidents detected (only with ``--incidents``).
    min_detection_recall: float = 0.5
    #: Share of answers whose features were stale (older than the service's ``stale_after_seconds``).
    max_stale_share: float = 0.05
    #: Rise of a feature's missing share, as served, over its missing share in the training data.
    missing_increase: float = 0.05
    min_rows: float = 50
    min_outcomes: float = 100
    min_positives: float = 10


class _InLake:
    """A read-only ``Settings`` attribute: the folder ``<lake>/<parts>`` (a ``Path``, not created)."""

    def __init__(self, *parts: str) -> None:
        self.parts = parts

    @overload
    def __get__(self, settings: None, owner: type | None = None) -> _InLake: ...
    @overload
    def __get__(self, settings: Settings, owner: type | None = None) -> Path: ...
    def __get__(self, settings: Settings | None, owner: type | None = None) -> Path | _InLake:
        return self if settings is None else settings.lake.joinpath(*self.parts)


@dataclass(frozen=True)
class Settings:
    """Where things live and how to reach them. Every path hangs off the lake."""

    lake: Path
    mlflow_tracking_uri: str
    allow_insecure_defaults: bool = False
    silver: SilverSettings = field(default_factory=SilverSettings)
    #: A file outside the lake that the audit log's head is published to (``ADHERENCE_AUDIT_ANCHOR``).
    audit_anchor: Path | None = None
    audit_anchor_seconds: float = 60.0
    monitor: MonitorThresholds = field(default_factory=MonitorThresholds)
    #: Folder of the signed audit log (``ADHERENCE_AUDIT_DIR``); None: ``<lake>/audit``. A deployed service
    #: writes its decisions there, so a replica needs no lake.
    audit_dir_setting: Path | None = None
    #: Folder of the service's prediction log (``ADHERENCE_PREDICTION_LOG_DIR``); None: ``<lake>/prediction_log``.
    prediction_log_dir_setting: Path | None = None
    #: The Feast repository folder the service reads (``ADHERENCE_SERVE_FEATURE_REPO``, a folder holding
    #: ``feature_store.yaml``); None: the lake's repository of the service's profile.
    serve_feature_repo: Path | None = None
    #: DuckDB's memory limit for the table steps, in GiB (``ADHERENCE_DUCKDB_MEMORY_GIB``). Beyond it DuckDB
    #: spills to a temporary folder inside the output's staging folder. Without a limit it takes up to 80% of
    #: the machine's memory: ``features apply`` peaked at 3.8 GiB on a 10,000-patient lake and 10.2 GiB on
    #: 30,000, and with 1 GiB it took 1.2 GiB in the same time (``bench/scale.py``, 2026-12-02).
    duckdb_memory_gib: float = 2.0

    #: The Silver tables, as the producer exports them (``adherence simulate`` writes them for the demo).
    silver_dir = _InLake("silver")
    #: The simulator's ground truth: for evaluation and benchmarks only.
    truth_dir = _InLake("truth")
    #: The de-identified tables (``adherence deidentify``), which the feature tables and exports read.
    deidentified_dir = _InLake("deidentified")
    #: Rows of Silver set aside as implausible (``features.silver``), with their reason: PHI, so always here, in the
    #: project's own lake, never beside the Silver tables of a lake read from elsewhere (a producer's bucket).
    quarantine_dir = _InLake("quarantine")
    #: The commands' reports: de-identification, ``shadow/`` safety reports, ``monitor/`` pages and alerts.
    reports_dir = _InLake("reports")
    #: The artifacts of the embedded MLflow store (its database is ``<lake>/mlflow/mlflow.db``).
    mlflow_artifacts_dir = _InLake("mlflow", "artifacts")

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
    def audit_dir(self) -> Path:
        """Where the audit log (and the service's record of supply alerts already audited) lives."""
        return self.audit_dir_setting or self.lake / "audit"

    @property
    def audit_log_path(self) -> Path:
        return self.audit_dir / "audit.log"

    @property
    def prediction_log_dir(self) -> Path:
        """Where the service writes its prediction log, and shadow replay, monitoring and erasure read it."""
        return self.prediction_log_dir_setting or self.lake / "prediction_log"

    def audit_log(self) -> AuditLog:
        """The lake's audit log, signed with ``audit_key()`` and anchored to ``audit_anchor`` if set."""
        from adherence.audit import AuditLog

        return AuditLog(self.audit_log_path, self.audit_key(), anchor=self.audit_anchor, anchor_seconds=self.audit_anchor_seconds)

    def _secret(self, name: str, insecure_default: str) -> str:
        value = os.environ.get(_ENV_PREFIX + name)
        if value:
            check_secret(name, value)
            return value
        if not self.allow_insecure_defaults:
            raise MissingSecretError(
                f"{_ENV_PREFIX}{name} is not set. Set it in the environment "
                f"(or set {_ENV_PREFIX}INSECURE_DEV=1 to use an insecure development value)."
            )
        if name not in _ANNOUNCED:  # once per secret and process: a warning repeated a dozen times is read by no one
            _ANNOUNCED.add(name)
            log.warning(
                "INSECURE: %s%s not set; using the public development value. Never use it with real patients.", _ENV_PREFIX, name
            )
        return insecure_default


_CONFIG_TABLE = "adherence"


def _config_file() -> dict[str, object]:
    """The config file's ``[adherence]`` table (empty when there is no file).

    Raises:
        SettingsError: the file is a directory or not valid TOML, or holds a key or table that no setting reads (a typo,
            ``max_quarantine_shar``, would otherwise leave the default in force silently), naming the file,
            the key and the known key closest to it.
    """
    path = _config_path()
    if path.is_dir():  # ``adherence.toml`` in the working directory is a folder: its settings cannot be in force
        raise SettingsError(f"{path.resolve()} is a directory, not a TOML file")
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise SettingsError(f"{path}: cannot be read ({exc.strerror})") from None
    outside = [key for key in document if key != _CONFIG_TABLE]
    if outside:
        raise SettingsError(f"{path}: {outside[0]!r} is outside the [{_CONFIG_TABLE}] table, where every setting goes"
                            f"{_did_you_mean(outside[0], {_CONFIG_TABLE, *config_keys()})}")  # fmt: skip
    table = document.get(_CONFIG_TABLE, {})
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [{_CONFIG_TABLE}] must be a table")
    known = config_keys()
    unknown = sorted(key for key in table if key not in known)
    if unknown:
        raise SettingsError(f"{path}: [{_CONFIG_TABLE}] has no setting {unknown[0]!r}{_did_you_mean(unknown[0], known)}")
    return table


def _config_path() -> Path:
    """The config file's path: ``ADHERENCE_CONFIG``, else ``adherence.toml`` in the working directory.

    Raises:
        SettingsError: ``ADHERENCE_CONFIG`` names a file that does not exist, or a directory: its settings would
            silently not be in force (the defaults would).
    """
    named = os.environ.get(_ENV_PREFIX + "CONFIG", "")
    if not named:  # unset or empty: the working directory's file, if there is one
        return Path("adherence.toml")
    path = Path(named)
    if path.is_dir():
        raise SettingsError(f"{_ENV_PREFIX}CONFIG names {named!r}, a directory, not a TOML file")
    if not path.exists():
        raise SettingsError(f"{_ENV_PREFIX}CONFIG names {named!r}, which does not exist")
    return path


class _FromFile(str):
    """A setting's value as the config file wrote it, kept beside its text: a number setting refuses a TOML string."""

    written: object

    def __new__(cls, text: str, written: object) -> _FromFile:
        value = super().__new__(cls, text)
        value.written = written
        return value


def _did_you_mean(key: str, known: set[str] | frozenset[str]) -> str:
    close = difflib.get_close_matches(key, sorted(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else f"; the settings are {', '.join(sorted(known))}"


def config_keys() -> frozenset[str]:
    """Every key the config file may hold: the names the settings are resolved by, recorded by resolving
    the defaults once, so that a setting added to ``_settings_from`` is known here without a second list."""
    asked = {"insecure_dev"}  # known, and ignored with a warning: insecure mode comes from the environment only

    def recording(name: str, default: str) -> str:
        asked.add(name)
        return default

    _settings_from(recording, None, insecure=False)
    return frozenset(asked)


def _picker(file_values: dict[str, object]) -> Callable[[str, str], str]:
    """``pick(name, default)``: the environment's ``ADHERENCE_<NAME>``, else the config file's ``name``, else the default."""

    def pick(name: str, default: str) -> str:
        value = os.environ.get(_ENV_PREFIX + name.upper())
        if value:
            return value
        written = file_values.get(name)
        if written is None or written == "":
            return default
        # `false` is a value, not "unset"
        return _FromFile(str(written).lower() if isinstance(written, bool) else str(written), written)

    return pick


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")


def insecure_from_environment() -> bool:
    """``ADHERENCE_INSECURE_DEV`` as a switch (1/true/yes/on, 0/false/no/off or unset).

    Raises:
        SettingsError: any other value (``2``, ``maybe``), which must not silently mean off or on.
    """
    text = os.environ.get(_ENV_PREFIX + "INSECURE_DEV", "0").strip().lower()
    if text not in _TRUE + _FALSE:
        raise SettingsError(f"{_ENV_PREFIX}INSECURE_DEV must be one of 1, true, yes, on, 0, false, no, off; got {text!r}")
    return text in _TRUE


def check_settings() -> None:
    """Parse every setting that has a type or range, so that a bad one is named before a command starts.

    Raises:
        SettingsError: naming the setting, its environment variable and the value.
    """
    _settings_from(_picker(_config_file()), None, insecure=insecure_from_environment())


def _named(name: str) -> str:
    return f"setting {name} ({_ENV_PREFIX}{name.upper()} or {name} in the config file)"


#: A number as a setting is written: ASCII digits, an optional sign, decimals and exponent. Python's
#: ``float()`` and ``int()`` also take other scripts' digits (Arabic-Indic ``٣``, full-width ``３``) and
#: underscores (``1_000``, ``2_026``): in a setting those are typos or pasted text, never meant.
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
#: Spellings of NaN and infinity: parsed, so that the caller can refuse them as "not finite" by name.
_NON_FINITE = re.compile(r"[+-]?(nan|inf|infinity)", re.IGNORECASE)


def parse_number(text: str) -> float:
    """``text`` as a number written in ASCII digits (``nan`` and ``inf`` too, for the caller to refuse).

    Raises:
        ValueError: anything else, including what ``float()`` alone would take (``٣``, ``1_000``).
    """
    stripped = text.strip()
    if not (_NUMBER.fullmatch(stripped) or _NON_FINITE.fullmatch(stripped)):
        raise ValueError(f"not a number in ASCII digits: {text!r}")
    return float(stripped)


def parse_whole_number(text: str) -> int:
    """``text`` as a whole number written in ASCII digits.

    Raises:
        ValueError: anything else, including what ``int()`` alone would take (``٣``, ``1_000``).
    """
    stripped = text.strip()
    if not _WHOLE_NUMBER.fullmatch(stripped):
        raise ValueError(f"not a whole number in ASCII digits: {text!r}")
    return int(stripped)


def setting_number(pick: Callable[[str, str], str], name: str, default: float, *, minimum: float | None = None,
                   maximum: float | None = None) -> float:  # fmt: skip
    """A finite number setting within ``[minimum, maximum]``.

    Raises:
        SettingsError: not a number in ASCII digits, not finite (``nan``, ``inf``), or out of range.
    """
    text = pick(name, str(default))
    if isinstance(text, _FromFile) and isinstance(text.written, str):  # `max_quarantine_share = "0.5"`, as `= true` is
        raise SettingsError(f"{_config_path()}: {name} must be a number, written without quotes; got the string {text!r}")
    try:
        value = parse_number(text)
    except ValueError:
        raise SettingsError(f"{_named(name)} must be a number, got {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise SettingsError(f"{_named(name)} must be a finite number, got {text!r}")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        bounds = f"between {minimum:g} and {maximum:g}" if minimum is not None and maximum is not None else (
            f"at least {minimum:g}" if minimum is not None else f"at most {maximum:g}")  # fmt: skip
        raise SettingsError(f"{_named(name)} must be {bounds}, got {text!r}")
    return value


#: A date setting's only form: ISO 8601's calendar date in ASCII digits.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: Dates and times of settings must lie after this day: a device clock reset reads as 1970-01-01, so a
#: programme start or an ingestion time on it (or before it) tells nothing from a reset clock.
_CLOCK_RESET = dt.datetime(1970, 1, 2, tzinfo=dt.UTC)


def setting_date(pick: Callable[[str, str], str], name: str, default: dt.date) -> dt.datetime:
    """A date setting (``YYYY-MM-DD`` only), as midnight UTC of that day.

    A time or an offset is refused, not cut off: ``2026-01-01T10:00:00+02:00`` asks for a moment,
    and reading it as the date 2026-01-01 would silently move it by hours.

    Raises:
        SettingsError: not a date in that form and in ASCII digits, a date that does not exist, or a
        date on or before 1970-01-01.
    """
    text = pick(name, default.isoformat()).strip()
    if not _DATE.fullmatch(text):
        hint = ("; it is a date, without a time or an offset" if _DATE.match(text) else
                "; written in ASCII digits" if _DATE.fullmatch(_ascii_digits(text)) else "")  # fmt: skip
        raise SettingsError(f"{_named(name)} must be a date like 2026-04-01 (YYYY-MM-DD){hint}, got {text!r}")
    try:
        value = dt.datetime.combine(dt.date.fromisoformat(text), dt.time(), dt.UTC)
    except ValueError:
        raise SettingsError(f"{_named(name)} must be a date like 2026-04-01 (YYYY-MM-DD) that exists, got {text!r}") from None
    _check_after_clock_reset(name, value, text)
    return value


def _ascii_digits(text: str) -> str:
    """``text`` with any script's decimal digits as ASCII ones (only to say why a setting was refused)."""
    return "".join(str(int(char)) if char.isdecimal() else char for char in text)


def _check_after_clock_reset(name: str, value: dt.datetime, text: str) -> None:
    if value < _CLOCK_RESET:
        raise SettingsError(f"{_named(name)} must be after 1970-01-01 (a device clock reset reads as that day), got {text!r}")


def setting_moment(pick: Callable[[str, str], str], name: str, default: dt.datetime | None) -> dt.datetime | None:
    """An ISO 8601 date or time setting in UTC, or None when unset.

    A time without an offset is UTC, as every time of the contract is; one with an offset is
    converted to UTC, so that every message and comparison shows the instant meant (a
    ``+02:00`` time printed with ``Z`` would be two hours off).

    Raises:
        SettingsError: not a date or time Python can hold (``2026-02-30``, ``nan``).
    """
    text = pick(name, default.isoformat() if default else "")
    if not text:
        return None
    try:
        if not text.isascii() or "_" in text:  # fromisoformat refuses these today; a setting must, whatever Python does
            raise ValueError(text)
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise SettingsError(f"{_named(name)} must be an ISO date or time like 2026-04-01T00:00Z (ASCII digits), "
                            f"got {text!r}") from None  # fmt: skip
    value = value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)  # naive means UTC
    _check_after_clock_reset(name, value, text)
    return value


def load_settings(lake: Path | str | None = None, *, allow_insecure_defaults: bool | None = None) -> Settings:
    """Resolve settings from arguments, environment, config file and defaults."""
    file_values = _config_file()
    pick = _picker(file_values)
    insecure = allow_insecure_defaults
    if insecure is None:  # from the environment only, never from the config file
        insecure = insecure_from_environment()
    if "insecure_dev" in file_values:
        log.warning("insecure_dev in the config file is ignored: insecure mode comes only from %sINSECURE_DEV", _ENV_PREFIX)
    return _settings_from(pick, lake, insecure=insecure)


def _settings_from(pick: Callable[[str, str], str], lake: Path | str | None, *, insecure: bool) -> Settings:
    """Every setting, each read by ``pick(name, default)``: the one definition of their names (see ``config_keys``)."""
    lake_path = Path(lake if lake is not None else pick("lake", "demo-lake")).resolve()
    default_tracking = f"sqlite:///{lake_path / 'mlflow' / 'mlflow.db'}"
    anchor = pick("audit_anchor", "")
    return Settings(
        lake=lake_path,
        # MLflow's own variable counts too, so `mlflow run` and `mlflow ui` users need not set two.
        mlflow_tracking_uri=pick("mlflow_tracking_uri", os.environ.get("MLFLOW_TRACKING_URI") or default_tracking),
        allow_insecure_defaults=insecure,
        silver=silver_settings(pick),
        audit_anchor=Path(anchor).resolve() if anchor else None,
        audit_anchor_seconds=setting_number(pick, "audit_anchor_seconds", 60.0, minimum=0.001),
        monitor=monitor_thresholds(pick),
        audit_dir_setting=setting_folder(pick, "audit_dir", "/srv/adherence/audit"),
        prediction_log_dir_setting=setting_folder(pick, "prediction_log_dir", "/srv/adherence/prediction_log"),
        serve_feature_repo=setting_folder(pick, "serve_feature_repo", "/srv/adherence/feature_repo", must_exist=True),
        duckdb_memory_gib=setting_number(pick, "duckdb_memory_gib", 2.0, minimum=0.25),
    )


def setting_folder(pick: Callable[[str, str], str], name: str, example: str, *, must_exist: bool = False) -> Path | None:
    """A folder setting as an absolute path, or None when unset (the caller's default under the lake).

    A relative path would depend on the working directory of whichever process reads it (a BentoML
    worker, a cron job), so it is refused rather than resolved.

    Raises:
        SettingsError: a relative path, a path that names an existing file rather than a folder, or
            (``must_exist``) a folder that does not exist; naming the setting and an example.
    """
    text = pick(name, "").strip()
    if not text:
        return None
    path = Path(text)
    if not path.is_absolute():
        raise SettingsError(f"{_named(name)} must be an absolute folder path like {example}, got {text!r}")
    if path.exists() and not path.is_dir():
        raise SettingsError(f"{_named(name)} must name a folder, like {example}; {text!r} is a file")
    if must_exist and not path.is_dir():
        raise SettingsError(f"{_named(name)} must name an existing folder, like {example}; {text!r} does not exist")
    return path


def monitor_thresholds(pick: Callable[[str, str], str]) -> MonitorThresholds:
    """The monitor's default thresholds from ``pick("monitor_<name>", default)``; a bad value names the setting."""
    values = {item.name: setting_number(pick, f"monitor_{item.name}", float(str(item.default)), minimum=0.0)
              for item in fields(MonitorThresholds)}  # fmt: skip
    return MonitorThresholds(**values)


def silver_settings(pick: Callable[[str, str], str]) -> SilverSettings:
    """Silver's settings from ``pick(name, default)`` (environment, then config file, then default)."""
    defaults = SilverSettings()
    start = setting_date(pick, "programme_start", defaults.programme_start.date())
    if start > dt.datetime.now(dt.UTC):
        raise SettingsError(f"{_named('programme_start')} must not be in the future (every row would be before it), "
                            f"got {start.date().isoformat()!r}")  # fmt: skip
    ingested = setting_moment(pick, "ingested_at", None)
    if ingested is not None and ingested > dt.datetime.now(dt.UTC) + CLOCK_SKEW:
        # Believed, it would move the plausible window past now: a future-dated row would pass.
        raise SettingsError(f"{_named('ingested_at')} must not be in the future (beyond the {CLOCK_SKEW.days}-day "
                            f"allowance for clock skew), got {pick('ingested_at', '')!r}")  # fmt: skip
    if ingested is not None and ingested < start:
        raise SettingsError(f"{_named('ingested_at')} must not be before the programme start (every row would be after "
                            f"it), got {pick('ingested_at', '')!r}")  # fmt: skip
    # A tolerance is a span forward (never negative) of at most a century: longer is no check at all.
    century = 100 * 365.25
    return SilverSettings(
        programme_start=start,
        future_tolerance=dt.timedelta(hours=setting_number(pick, "future_tolerance_hours", 24, minimum=0, maximum=century * 24)),
        enrolment_tolerance=dt.timedelta(days=setting_number(pick, "enrolment_tolerance_days", 7, minimum=0, maximum=century)),
        max_quarantine_share=setting_number(pick, "max_quarantine_share", defaults.max_quarantine_share, minimum=0, maximum=1),
        ingested_at=ingested,
        iceberg_catalog_uri=pick("iceberg_catalog_uri", "") or None,
        iceberg_namespace=pick("iceberg_namespace", defaults.iceberg_namespace),
        iceberg_catalog_name=pick("iceberg_catalog_name", "") or None,
        s3_endpoint_url=pick("s3_endpoint_url", os.environ.get("AWS_ENDPOINT_URL", "")) or None,
    )
