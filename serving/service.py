"""The BentoML prediction service: ``bentoml serve serving.service:AdherenceService``.

Champion answers, challenger shadows (``serving.engine`` does the work; this module is the
HTTP surface). Every route but ``/livez``, ``/healthz`` and ``/readyz`` needs the bearer
token. POST bodies and answers are JSON:

- ``/v1/dropoff/risk`` ``{"patient_key"}`` -> risk, intervene, threshold, on_therapy,
  model version, features_as_of, feature_age_seconds (404 unknown patient);
- ``/v1/dropoff/risk/batch`` ``{"patient_keys": [...]}`` -> the same per patient, with
  ``found`` false for unknown ones;
- ``/v1/reminder/hour`` ``{"patient_key"}`` -> local_hour, propensity, policy version;
- ``/v1/supply/alerts`` ``{"batch_number"?, "region"?, "top"?}`` -> the newest day's alerts;
- ``/v1/admin/reload`` ``{}`` -> re-read the registry aliases now (all workers);
- ``/v1/status`` ``{}`` -> versions, readiness and its reason, supply and log state.

Also BentoML's ``/metrics`` (Prometheus), ``/docs.json`` (OpenAPI, with this service's error
codes and bearer token: ``serving.openapi``) and ``/`` (Swagger UI).
Errors are ``{"error": reason}``: 401, 404, 413, 415 (a body that is not JSON), 422
(malformed input), 429 (too many failed authentications from one address), 503 (online
store, registry or audit log unavailable: never a made-up score).

Latency settings (BentoML 1.4.40's tail latency; measured in ``bench/serving.py``): tracing excluded for every
URL, a short ``traffic.timeout``, access log off, ``async def`` endpoints (the SQLite read
and the model call take well under a millisecond; a network store's reads go to a thread),
and ``gc.freeze()`` once the models are loaded.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import sys
from typing import TYPE_CHECKING, Annotated, Any

import anyio
import anyio.to_thread
import bentoml
import msgspec
from prometheus_client import Counter
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse

from serving import lifeline
from serving.auditing import AuditUnavailableError
from serving.config import ServeConfig, settings_from_env
from serving.dispatch import DirectRoutes, api_routes
from serving.errors import ServiceError
from serving.openapi import OpenAPIDocument
from serving.run import check_worker_socket
from serving.security import BearerAuth, RequestChecks, install_log_redaction, route_fields

if TYPE_CHECKING:
    from serving.engine import Answer

log = logging.getLogger(__name__)
lifeline.guard_worker()  # a worker of a server started by ``serving.run.start`` stops when the server is gone

SETTINGS = settings_from_env()
try:
    check_worker_socket(SETTINGS)  # insecure mode on a public address, e.g. a bare `bentoml serve` (host 0.0.0.0)
except ValueError as refused:
    log.critical("%s", refused)
    print(f"error: {refused}", file=sys.stderr, flush=True)
    os.kill(os.getppid(), signal.SIGTERM)  # the server (BentoML's arbiter), by its PID: it would restart this worker
    raise SystemExit(2) from None
CONFIG = ServeConfig.from_env()
AUDIT_WAIT_SECONDS = min(2.0, CONFIG.timeout_seconds / 2)
TOKEN = SETTINGS.api_token()  # fails at import without ADHERENCE_API_TOKEN (or ADHERENCE_INSECURE_DEV=1)
install_log_redaction()

DIRECT_ROUTES = ("/v1/dropoff/risk", "/v1/dropoff/risk/batch", "/v1/reminder/hour")
SHADOW = Counter("adherence_shadow", "Challenger shadow scorings by endpoint and outcome", ["endpoint", "outcome"])
ANSWERS = Counter("adherence_answers", "Answers by endpoint and HTTP status", ["endpoint", "status"])
AUTH_FAILURES = Counter("adherence_auth_failures", "Failed authentications by reason (missing, invalid, throttled)", ["reason"])

PatientKey = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$", description="pseudonymous patient key: 32 lower-case hex digits")]
PatientKeys = Annotated[list[PatientKey], Field(min_length=1, max_length=CONFIG.max_batch)]


class DropoffRisk(BaseModel):
    request_id: str
    patient_key: str
    risk: float | None = Field(description="calibrated probability of dropping off therapy within 30 days; null off therapy")
    intervene: bool | None = Field(description="risk at or above the model's stored intervention threshold")
    on_therapy: bool | None = Field(description="a dose event in the last 14 days: the population the model scores")
    threshold: float
    model: str
    model_version: str
    features_as_of: str | None = Field(description="snapshot time of the online features (UTC)")
    feature_age_seconds: float | None
    stale: bool | None = Field(description="features older than the staleness limit (ADHERENCE_SERVE_STALE_AFTER_SECONDS)")


class DropoffResult(BaseModel):
    patient_key: str
    found: bool
    on_therapy: bool | None
    risk: float | None
    intervene: bool | None
    features_as_of: str | None
    feature_age_seconds: float | None
    stale: bool | None


class DropoffBatch(BaseModel):
    request_id: str
    model: str
    model_version: str
    threshold: float
    results: list[DropoffResult]


class ReminderHour(BaseModel):
    request_id: str
    patient_key: str
    local_hour: int = Field(description="local hour to send the reminder at, drawn from the policy")
    propensity: float = Field(description="probability with which the policy chose this hour (log it with the reminder)")
    model: str
    model_version: str
    features_as_of: str | None
    feature_age_seconds: float | None
    stale: bool | None


class SupplySeries(BaseModel):
    batch_number: str
    region: str
    day: str
    score: float
    alert: bool


class SupplyAlerts(BaseModel):
    request_id: str
    as_of: str = Field(description="the day the scores are for (the newest snapshot's day)")
    snapshot: str
    model: str
    model_version: str
    threshold: float
    series: int = Field(description="series matching the filter")
    alerts: list[SupplySeries]
    top: list[SupplySeries] = Field(description="the highest scores, alerting or not (when top > 0)")
    challenger_version: str | None


class FastJSONResponse(JSONResponse):
    """A JSON response encoded by msgspec: a tenth of ``json.dumps``'s time for a 1,000-patient answer."""

    def render(self, content: Any) -> bytes:
        return msgspec.json.encode(content)


class _WORKER:
    """This worker process's service instance, once BentoML has created it (``DirectRoutes`` answers through it)."""

    instance: AdherenceService | None = None


_ANSWERED: dict[tuple[str, int], Any] = {}  # ANSWERS' child of each (endpoint, status) met


def _count(endpoint: str, status: int) -> None:
    """Count an answer; the labelled child is looked up once per (endpoint, status), not per request
    (``labels`` takes a lock and checks the values: a few per cent of a single-patient answer)."""
    child = _ANSWERED.get((endpoint, status))
    if child is None:
        child = _ANSWERED[endpoint, status] = ANSWERS.labels(endpoint, str(status))
    child.inc()


def _respond(endpoint: str, status: int, body: dict[str, Any]) -> Any:
    _count(endpoint, status)
    return FastJSONResponse(body, status_code=status)


@bentoml.service(
    name="adherence",
    workers=CONFIG.workers,
    traffic={"timeout": CONFIG.timeout_seconds},
    tracing={"excluded_urls": ".*"},
    logging={"access": {"enabled": False}},
)
class AdherenceService:
    """Drop-off risk, reminder hours and supply alerts from the registry's champions."""

    def __init__(self) -> None:
        # Imported here, in the worker: BentoML's arbiter imports this module only for its configuration,
        # and the engine's imports (Feast, MLflow, the models) would cost it about 450 MB for nothing.
        from serving.engine import Engine

        self.engine = Engine(SETTINGS, CONFIG, on_shadow=lambda endpoint, outcome: SHADOW.labels(endpoint, outcome).inc())
        gc.collect()
        gc.freeze()  # the ~0.5 M long-lived objects of Feast, pandas and the models: out of every later collection
        _WORKER.instance = self  # the direct routes answer through it from now on

    @bentoml.api(route="/v1/dropoff/risk")
    async def dropoff_risk(self, patient_key: PatientKey) -> DropoffRisk:
        """Drop-off risk of one patient (404 if the online store has no row for the key)."""
        return await self._call("dropoff", self.engine.dropoff, [patient_key], single=True)

    @bentoml.api(route="/v1/dropoff/risk/batch")
    async def dropoff_risk_batch(self, patient_keys: PatientKeys) -> DropoffBatch:
        """Drop-off risk of many patients; unknown ones come back with ``found`` false."""
        return await self._call("dropoff_batch", self.engine.dropoff, patient_keys, single=False)

    @bentoml.api(route="/v1/reminder/hour")
    async def reminder_hour(self, patient_key: PatientKey) -> ReminderHour:
        """The local hour for a patient's next reminder, with its propensity (logged for the bandit)."""
        return await self._call("reminder", self.engine.reminder, patient_key)

    @bentoml.api(route="/v1/supply/alerts")
    async def supply_alerts(
        self,
        batch_number: Annotated[str | None, Field(max_length=64)] = None,
        region: Annotated[str | None, Field(max_length=16)] = None,
        top: Annotated[int, Field(ge=0, le=10_000, strict=True, description="also list the highest scores")] = 0,
    ) -> SupplyAlerts:
        """Current supply alerts (suspect / unknown spikes) by batch and region, with scores."""
        return await self._call("supply", self.engine.supply_alerts, batch_number, region, top)

    @bentoml.api(route="/v1/admin/reload")
    async def reload(self) -> dict[str, Any]:
        """Re-read the registry aliases now (every worker follows within a second)."""
        return await anyio.to_thread.run_sync(self.engine.reload)

    @bentoml.api(route="/v1/status")
    async def status(self) -> dict[str, Any]:
        """Model versions, readiness (with its reason), supply scores and prediction-log state."""
        return await anyio.to_thread.run_sync(self.engine.status)

    async def __is_ready__(self) -> bool:
        try:
            ready, reason = await self._in_thread(self.engine.ready) if self.engine.reader.blocking else self.engine.ready()
        except ServiceError as error:
            ready, reason = False, error.reason
        if not ready:
            log.warning("not ready: %s", reason)
        return ready

    @bentoml.on_shutdown
    def shutdown(self) -> None:
        self.engine.close()

    async def _call(self, endpoint: str, function: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            if self.engine.reader.blocking:  # a network online store: off the event loop, and time-bounded
                answer: Answer = await self._in_thread(lambda: function(*args, **kwargs))
            else:
                answer = function(*args, **kwargs)
        except ServiceError as error:
            return _respond(endpoint, error.status, {"error": error.reason})
        response: FastJSONResponse | None = None
        if answer.audit is not None:  # queued for the audit log (and on disk, with audit_wait) before it leaves
            try:
                queued = answer.audit()
                response = FastJSONResponse(answer.body)  # encoded while the writer thread writes the entries
                if CONFIG.audit_wait:  # a write that does not finish in time (a failing disk): 503, not 504
                    await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(queued)), AUDIT_WAIT_SECONDS)
            except Exception as error:
                log.error("audit failed: %s: %s", type(error).__name__, error)
                if isinstance(error, TimeoutError):
                    why = self.engine.audit.error or "the write did not finish"
                    error = AuditUnavailableError(f"audit log unavailable: {why}")
                reason = error.args[0] if isinstance(error, AuditUnavailableError) else f"audit log unavailable: {error}"
                return _respond(endpoint, 503, {"error": f"{reason}; the decision was not given"})
        if answer.commit is not None:
            answer.commit()
        _count(endpoint, 200)
        return response or FastJSONResponse(answer.body)

    async def _in_thread(self, function: Any) -> Any:
        """Run ``function`` in a thread; 503 when it takes longer than the read timeout (the thread is abandoned)."""
        seconds = CONFIG.read_timeout_ms / 1000
        try:
            with anyio.fail_after(seconds):
                return await anyio.to_thread.run_sync(function, abandon_on_cancel=True)
        except TimeoutError:
            raise ServiceError(503, f"online store did not answer within {CONFIG.read_timeout_ms:.0f} ms") from None


# Outermost first: the token and the other request checks, in one pass (serving.security.RequestChecks); the patient
# routes are answered there, without BentoML's per-request dispatch (serving.dispatch; the same validation and errors).
_DIRECT = DirectRoutes(api_routes(AdherenceService, DIRECT_ROUTES), instance=lambda: _WORKER.instance)
_AUTH = BearerAuth(None, token=TOKEN, max_failures=CONFIG.auth_max_failures, window_seconds=CONFIG.auth_window_seconds,
                   on_failure=lambda reason: AUTH_FAILURES.labels(reason).inc())  # fmt: skip
AdherenceService.add_asgi_middleware(RequestChecks, auth=_AUTH, max_bytes=CONFIG.max_body_bytes,  # type: ignore[attr-defined]
                                     fields=route_fields(AdherenceService), dispatch=_DIRECT.answer)  # fmt: skip
AdherenceService.add_asgi_middleware(OpenAPIDocument)  # type: ignore[attr-defined]  # /docs.json: our codes, the token
