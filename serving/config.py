"""The service's configuration: ``adherence.settings`` plus a few serving knobs, all from the environment.

The BentoML workers are separate processes that import ``serving.service``; everything
reaches them through environment variables, which ``serving.run.serve`` sets:

| variable | default | what |
|---|---|---|
| ``ADHERENCE_LAKE`` | ``./demo-lake`` | the lake: only the defaults below hang off it; nothing is read from it |
| ``ADHERENCE_MLFLOW_TRACKING_URI`` | ``sqlite:///<lake>/mlflow/mlflow.db`` | registry (models, published supply scores) |
| ``ADHERENCE_SERVE_FEATURE_REPO`` | ``<lake>/feature_repo*`` of the profile | the Feast repository of the online store |
| ``ADHERENCE_AUDIT_DIR`` | ``<lake>/audit`` | audit-log sink |
| ``ADHERENCE_PREDICTION_LOG_DIR`` | ``<lake>/prediction_log`` | prediction-log sink |
| ``ADHERENCE_API_TOKEN`` | required | bearer token of every endpoint but health |
| ``ADHERENCE_AUDIT_KEY`` | required | audit-log signing key |
| ``ADHERENCE_INSECURE_DEV`` | ``0`` | ``1``: public development secrets (logged as INSECURE) |
| ``ADHERENCE_SERVE_PROFILE`` | ``embedded`` | Feast profile: ``embedded`` (SQLite) or ``scaleout`` (Redis) |
| ``ADHERENCE_SERVE_READER`` | ``auto`` | online reader: ``auto``, ``sqlite`` or ``feast`` |
| ``ADHERENCE_SERVE_WORKERS`` | ``1`` | worker processes |
| ``ADHERENCE_SERVE_POLL_SECONDS`` | ``30`` | how often the registry aliases are checked |
| ``ADHERENCE_SERVE_SHADOW_BUDGET_MS`` | ``200`` | time bound of a challenger's shadow score |
| ``ADHERENCE_SERVE_SUPPLY_BUDGET_SECONDS`` | ``120`` | time bound of a version's supply scoring (publishing) |
| ``ADHERENCE_SERVE_SUPPLY_HISTORY_DAYS`` | all | days of series history the published supply scores use |
| ``ADHERENCE_SERVE_MAX_BODY_BYTES`` | ``1048576`` | larger request bodies get 413 |
| ``ADHERENCE_SERVE_MAX_BATCH`` | ``10000`` | most patient keys in one request (422 beyond) |
| ``ADHERENCE_SERVE_TIMEOUT_SECONDS`` | ``5`` | BentoML ``traffic.timeout`` (504 beyond) |
| ``ADHERENCE_SERVE_READ_TIMEOUT_MS`` | ``2000`` | a network online store (Redis) that takes longer: 503 |
| ``ADHERENCE_SERVE_AUDIT_WAIT`` | ``1`` | answer once the audit entry is fsynced; ``0``: once queued (``serving.auditing``) |
| ``ADHERENCE_SERVE_LOG_FLUSH_SECONDS`` | ``1`` | prediction-log flush interval |
| ``ADHERENCE_SERVE_AUTH_MAX_FAILURES`` | ``20`` | failed authentications per client address and window before 429 |
| ``ADHERENCE_SERVE_AUTH_WINDOW_SECONDS`` | ``60`` | that window |
| ``ADHERENCE_SERVE_FEATURE_CACHE`` | ``50000`` | decoded online rows kept per service and worker (SQLite); ``0``: off |
| ``ADHERENCE_SERVE_STALE_AFTER_SECONDS`` | ``129600`` (36 h) | older online features: the answer says ``"stale": true`` |
| ``ADHERENCE_SERVE_REFUSE_AFTER_SECONDS`` | ``2592000`` (30 days) | older online features: 503, no answer; ``0``: never refuse |
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from adherence.settings import Settings, load_settings, parse_number, parse_whole_number

_PREFIX = "ADHERENCE_SERVE_"


@dataclass(frozen=True)
class ServeConfig:
    """Serving knobs (the lake, registry and secrets come from ``Settings``)."""

    profile: str = "embedded"
    reader: str = "auto"
    workers: int = 1
    poll_seconds: float = 30.0
    shadow_budget_ms: float = 200.0
    supply_budget_seconds: float = 120.0
    supply_history_days: int | None = None
    max_body_bytes: int = 1_048_576
    max_batch: int = 10_000
    timeout_seconds: float = 5.0
    read_timeout_ms: float = 2000.0
    audit_wait: bool = True
    log_flush_seconds: float = 1.0
    feature_cache: int = 50_000  # decoded online rows kept per feature service and worker (SQLite store); 0 = off
    stale_after_seconds: float = 36 * 3600.0  # a daily materialisation plus slack; older answers say "stale": true
    refuse_after_seconds: float = 30 * 86400.0  # older features get 503, not an answer; 0 = never refuse
    auth_max_failures: int = 20  # failed authentications per address and window before 429
    auth_window_seconds: float = 60.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServeConfig:
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for name, default in asdict(cls()).items():
            raw = environ.get(_PREFIX + name.upper())
            if raw is None or raw == "":
                continue
            try:
                if name in ("profile", "reader"):
                    values[name] = raw
                elif name == "audit_wait":
                    values[name] = raw.lower() in ("1", "true", "yes")
                elif name == "supply_history_days":
                    values[name] = parse_whole_number(raw) if raw.lower() not in ("all", "none") else None
                elif isinstance(default, int):
                    values[name] = parse_whole_number(raw)  # strict: int() also takes "1_000" and other scripts' digits
                else:
                    values[name] = parse_number(raw)
            except ValueError:
                kind = "a whole number" if isinstance(default, int) else "a number"
                raise ValueError(f"{_PREFIX}{name.upper()} must be {kind}, got {raw!r}") from None
        config = cls(**values)  # type: ignore[arg-type]
        config.validate()
        return config

    def to_env(self) -> dict[str, str]:
        return {_PREFIX + name.upper(): ("all" if value is None else str(value)) for name, value in asdict(self).items()}

    def validate(self) -> None:
        if self.profile not in ("embedded", "scaleout"):
            raise ValueError(f"{_PREFIX}PROFILE must be embedded or scaleout, got {self.profile!r}")
        if self.reader not in ("auto", "sqlite", "feast"):
            raise ValueError(f"{_PREFIX}READER must be auto, sqlite or feast, got {self.reader!r}")
        positive = ("workers", "poll_seconds", "shadow_budget_ms", "max_body_bytes", "max_batch", "timeout_seconds",
                    "read_timeout_ms", "auth_max_failures", "auth_window_seconds")  # fmt: skip
        for name in positive:
            if getattr(self, name) <= 0:
                raise ValueError(f"{_PREFIX}{name.upper()} must be positive")
        if self.feature_cache < 0:
            raise ValueError(f"{_PREFIX}FEATURE_CACHE must be 0 (off) or a number of entities")
        if self.stale_after_seconds <= 0 or self.refuse_after_seconds < 0:
            raise ValueError(f"{_PREFIX}STALE_AFTER_SECONDS must be positive and {_PREFIX}REFUSE_AFTER_SECONDS 0 (off) or more")


def settings_from_env() -> Settings:
    """``adherence.settings`` as the worker sees it (``ADHERENCE_LAKE`` etc.)."""
    return load_settings()


__all__ = ["ServeConfig", "settings_from_env"]
