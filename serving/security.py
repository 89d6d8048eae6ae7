"""ASGI middleware of the service: bearer token, body size limit, 422 for malformed input, no PHI in logs.

Added with ``Service.add_asgi_middleware`` (BentoML 1.4's documented hook); they run
inside BentoML's own metrics, timeout and concurrency middleware, so rejected requests
still show in the Prometheus metrics.

- ``BearerAuth``: every path but the health probes (``/livez``, ``/healthz``, ``/readyz``)
  needs ``Authorization: Bearer <ADHERENCE_API_TOKEN>``, compared in constant time; 401
  otherwise. That includes ``/metrics`` (Prometheus sends the token with
  ``authorization: {credentials: ...}`` in its scrape config), ``/docs.json`` and the
  Swagger page: the issue asks for the token on everything but health, and the metrics
  name model versions and traffic.
- ``BodyLimit``: 413 when ``Content-Length`` exceeds the limit (at once, without waiting
  for the body), or when a body without one grows past it while being read.
- ``JSONOnly``: the API routes take ``application/json`` only; any other body (a form,
  multipart, XML, an image, CSV) gets 415 before anything parses it.
- ``InputErrors``: BentoML answers a body its pydantic input model rejects (invalid JSON,
  wrong types, a ``patient_key`` that is not 32 hex digits, too many keys) with 400; the
  issue wants 422 for malformed input, so this turns the 400 of the API routes into 422.
  The body (pydantic's message, without the input values) is kept.
- ``StrictJSON``: a POST body to an API route must be a JSON object (``Content-Type:
  application/json``) holding only the route's own fields: a ``text/plain`` body or an
  unknown field (``"name": "John"``) gets 422 naming the fields allowed, never silence.
- ``RedactValidationInput``: BentoML logs a rejected request's pydantic error with its
  traceback, which quotes the input (``input_value='...'``): a caller that sent a name or
  an MRN by mistake would put it in the server log. This log filter drops the traceback
  and keeps the error type and location only. A rejected request is the client's error, so it
  is logged at INFO, not at ERROR.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from typing import Any

Scope = dict[str, Any]
Receive = Any
Send = Any

HEALTH_PATHS = frozenset({"/livez", "/healthz", "/readyz"})
log = logging.getLogger(__name__)


async def send_json(send: Send, status: int, body: dict[str, Any], headers: Iterable[tuple[bytes, bytes]] = ()) -> None:
    payload = json.dumps(body).encode()
    await send({
        "type": "http.response.start", "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()), *headers],
    })  # fmt: skip
    await send({"type": "http.response.body", "body": payload})


def _header(scope: Scope, wanted: bytes) -> bytes:
    """The first value of a (lower-case) request header, or ``b""``."""
    for name, value in scope["headers"]:
        if name == wanted:
            return bytes(value)
    return b""


class BearerAuth:
    """401 unless ``Authorization: Bearer <token>`` (health probes exempt).

    Failed authentications are counted (``on_failure(reason)``, a Prometheus counter in the
    service) and logged with the client address and the reason, never the token sent. After
    ``max_failures`` failures from one address within ``window_seconds``, that address's
    further failing attempts get 429 with ``Retry-After`` until the window has passed (the
    right token still goes through, so a scanner behind the same address cannot lock the
    intervention engine out). Counted per worker process.
    """

    def __init__(self, app: Any, token: str, exempt: Iterable[str] = HEALTH_PATHS, max_failures: int = 20,
                 window_seconds: float = 60.0, on_failure: Callable[[str], None] | None = None,
                 max_clients: int = 10_000):  # fmt: skip
        if not token:
            raise ValueError("the API token is empty")
        self.app = app
        self._expected = f"Bearer {token}".encode()
        self._exempt = frozenset(exempt)
        self.max_failures = max_failures
        self.window = window_seconds
        self._on_failure = on_failure
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._max_clients = max_clients

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._failures.get(client)
        if times is None:
            times = self._failures[client] = deque()
            while len(self._failures) > self._max_clients:
                self._failures.popitem(last=False)
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self._exempt:
            await self.app(scope, receive, send)
            return
        supplied = _header(scope, b"authorization")
        if hmac.compare_digest(supplied, self._expected):
            await self.app(scope, receive, send)
            return
        client = str((scope.get("client") or ("unknown",))[0])
        now = time.monotonic()
        recent = self._recent(client, now)
        reason = "missing bearer token" if not supplied else "invalid bearer token"
        if self._on_failure is not None:
            self._on_failure("throttled" if len(recent) >= self.max_failures else reason.split()[0])
        if len(recent) >= self.max_failures:
            wait = max(1, int(recent[0] + self.window - now) + 1)
            await send_json(send, 429, {"error": f"too many failed authentications from this address; retry in {wait} s"},
                        [(b"retry-after", str(wait).encode())])  # fmt: skip
            return
        recent.append(now)
        log.warning("authentication failed from %s: %s (%s %s)", client, reason, scope.get("method"), scope["path"])
        await send_json(send, 401, {"error": reason}, [(b"www-authenticate", b'Bearer realm="adherence"')])


class JSONOnly:
    """415 for a body on the API routes that is not declared ``application/json`` (forms, XML, images, CSV)."""

    def __init__(self, app: Any, prefix: str = "/v1/"):
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix) or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        media = _header(scope, b"content-type").split(b";", 1)[0].strip().lower()
        if media != b"application/json":
            shown = media.decode("latin-1")[:80] or "none"
            await send_json(send, 415, {"error": f"the body must be JSON (Content-Type: application/json), not {shown}"})
            return
        await self.app(scope, receive, send)


class _TooLargeError(Exception):
    pass


class BodyLimit:
    """413 for request bodies over ``max_bytes``.

    A ``Content-Length`` over the limit is answered at once, before any of the body is
    read (a client may declare a huge length and never send it). The rest of the body is
    then read and dropped (up to ``drain_factor`` times the limit; for a body without a
    declared length, before answering): a client still sending would otherwise get a
    connection reset instead of the 413. Beyond that the connection is simply closed.
    """

    def __init__(self, app: Any, max_bytes: int, drain_factor: int = 16):
        self.app = app
        self.max_bytes = max_bytes
        self.max_drain = drain_factor * max_bytes

    async def _drain(self, receive: Receive, already: int) -> None:
        total = already
        while total <= self.max_drain:
            message = await receive()
            if message["type"] != "http.request":
                return
            total += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await send_json(send, 400, {"error": "invalid Content-Length"})
                    return
                if declared > self.max_bytes:  # answered at once, before any of the body (it may never come)
                    limit = f"request body of {declared} bytes exceeds the limit of {self.max_bytes}"
                    await send_json(send, 413, {"error": limit})
                    if declared <= self.max_drain:  # then let a client that is sending finish, so it reads the 413
                        await self._drain(receive, 0)
                    return
                break
        received = 0
        exceeded = replaced = started = complete = False

        async def counting_receive() -> dict[str, Any]:
            nonlocal received, exceeded, complete
            message: dict[str, Any] = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                complete = not message.get("more_body", False)
                if received > self.max_bytes:
                    exceeded = True
                    raise _TooLargeError
            return message

        async def guarded_send(message: dict[str, Any]) -> None:
            nonlocal started, replaced
            if replaced:
                return  # the rest of the app's own answer to the aborted read
            if exceeded and not started and message["type"] == "http.response.start":
                started = replaced = True
                if not complete:
                    await self._drain(receive, received)
                await send_json(send, 413, {"error": f"request body exceeds the limit of {self.max_bytes} bytes"})
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except _TooLargeError:
            if not started:
                if not complete:
                    await self._drain(receive, received)
                await send_json(send, 413, {"error": f"request body exceeds the limit of {self.max_bytes} bytes"})


class InputErrors:
    """422 instead of BentoML's 400 for a malformed request body on the API routes."""

    def __init__(self, app: Any, prefix: str = "/v1/"):
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return

        async def rewriting_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and message["status"] == 400:
                message = {**message, "status": 422}
            await send(message)

        await self.app(scope, receive, rewriting_send)


async def read_body(receive: Receive) -> bytes | None:
    """The whole request body (``None`` when the client went away before sending it all)."""
    chunks, more = [], True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    return b"".join(chunks)


class StrictJSON:
    """422 for a POST body that is not a JSON object of the route's own fields (``fields``: route → names)."""

    def __init__(self, app: Any, fields: dict[str, frozenset[str]]):
        self.app = app
        self.fields = fields

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        allowed = self.fields.get(scope["path"]) if scope["type"] == "http" and scope.get("method") == "POST" else None
        if allowed is None:
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)  # bounded by BodyLimit, outside this middleware
        if body is None:
            await self.app(scope, receive, send)
            return
        problem = _body_problem(scope, body, allowed)
        if problem is not None:
            detail = [{"type": "strict_body", "msg": problem}]
            await send_json(send, 422, {"error": f"validation error: {problem}", "detail": detail})
            return
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return dict(await receive())

        await self.app(scope, replay, send)


def _body_problem(scope: Scope, body: bytes, allowed: frozenset[str]) -> str | None:
    """What is wrong with a POST body for a route with ``allowed`` fields (None: nothing)."""
    if not body.strip():
        return None  # no body: the route's defaults
    # a body declared as anything but JSON is JSONOnly's to refuse (415); a body that does not
    # parse is the route's own validation's (json_invalid)
    try:
        parsed = json.loads(body)
    except ValueError:
        return None  # malformed JSON: the route's own validation says where (json_invalid)
    if not isinstance(parsed, dict):
        return "the body must be a JSON object"
    unknown = sorted(set(parsed) - allowed)
    if unknown:
        shown = ", ".join(repr(name[:40]) for name in unknown[:5])
        return f"unknown field(s) {shown}; this route takes only {sorted(allowed)}"
    return None


class RedactValidationInput(logging.Filter):
    """Drop the traceback (which quotes the input) of a logged request-validation error."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            if type(error).__name__ == "ValidationError" and hasattr(error, "errors"):
                record.msg = f"{record.getMessage()}: {rejected_input(error)}"
                record.args = ()
                record.levelno, record.levelname = logging.INFO, "INFO"  # the client's error, not the service's
                record.exc_info = None
                record.exc_text = None
        return True


def rejected_input(error: Any) -> str:
    """A pydantic ``ValidationError`` for the log: where and what type of error, never the values."""
    try:
        where = "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('type')}"
                          for e in error.errors(include_input=False, include_context=False))  # fmt: skip
    except Exception:
        where = "details withheld"
    return f"rejected input ({where}); values not logged"


def install_log_redaction() -> None:
    """Attach ``RedactValidationInput`` to the loggers BentoML reports request errors on."""
    for name in ("bentoml._internal.server.http_app", "bentoml.serve", "_bentoml_impl.server.app"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactValidationInput) for f in logger.filters):
            logger.addFilter(RedactValidationInput())


def route_fields(service: Any) -> dict[str, frozenset[str]]:
    """Each API route of a BentoML service and the names of its input fields (from the methods' signatures)."""
    import inspect

    fields: dict[str, frozenset[str]] = {}
    for api in service.apis.values():
        names = [name for name in inspect.signature(api.func).parameters if name != "self"]
        fields[api.route] = frozenset(names)
    return fields


__all__ = ["HEALTH_PATHS", "BearerAuth", "BodyLimit", "InputErrors", "JSONOnly", "RedactValidationInput", "StrictJSON",
           "install_log_redaction", "read_body", "rejected_input", "route_fields", "send_json"]
