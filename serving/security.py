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
- ``RequestChecks``: the token (through a ``BearerAuth``) and every other check in one pass:
  413 for a body over the size limit (at once when ``Content-Length`` declares it); 415 for
  a body on the API routes not declared ``application/json`` (a form, multipart, XML, an
  image, CSV) before anything parses it; 422 for a POST body that is not a JSON object of
  the route's own fields (an unknown field such as ``"name": "John"`` is refused naming the
  fields allowed, never ignored); and 422 instead of BentoML's 400 for a body its pydantic
  input model rejects (invalid JSON, wrong types, a ``patient_key`` that is not 32 hex
  digits, too many keys), pydantic's message kept, without the input values.
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
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import msgspec

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
        if scope["type"] == "http" and await self.refused(scope, send):
            return
        await self.app(scope, receive, send)

    async def refused(self, scope: Scope, send: Send) -> bool:
        """Answer an HTTP request without the right token (401, or 429 when throttled); whether it was answered."""
        if scope["path"] in self._exempt:
            return False
        supplied = _header(scope, b"authorization")
        if hmac.compare_digest(supplied, self._expected):
            return False
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
            return True
        recent.append(now)
        log.warning("authentication failed from %s: %s (%s %s)", client, reason, scope.get("method"), scope["path"])
        await send_json(send, 401, {"error": reason}, [(b"www-authenticate", b'Bearer realm="adherence"')])
        return True


class _TooLargeError(Exception):
    pass


#: Answers a POST to an API route whose body passed the checks, if it is one of its routes: ``(scope, body, send)``
#: -> whether it answered (``serving.dispatch.DirectRoutes.answer``).
Dispatch = Callable[[Scope, bytes, Send], Awaitable[bool]]


class RequestChecks:
    """The service's request checks in one middleware and one pass (issue 18), in this order:

    1. the bearer token (``auth``, a ``BearerAuth``: 401, or 429 when throttled);
    2. the body size limit: 413 at once when ``Content-Length`` exceeds ``max_bytes`` (before any
       of the body is read: a client may declare a huge length and never send it), or when a
       body without one grows past it while being read; the rest of the body is read and
       dropped first (up to ``drain_factor`` times the limit), so a client still sending reads
       the 413 rather than a connection reset; beyond that the connection is simply closed;
    3. JSON only: a POST under ``prefix`` not declared ``application/json`` (a form, multipart,
       XML, an image, CSV) gets 415 before anything parses it;
    4. strict fields: a POST body to an API route (``fields``: route -> its field names) must be
       a JSON object holding only the route's own fields: 422 naming the fields allowed;
    5. malformed input: BentoML answers a body its pydantic input model rejects with 400; under
       ``prefix`` that becomes 422 (the issue's code), its body kept.

    Each used to be a middleware of its own, each wrapping ``receive`` or ``send`` and one of
    them reading the body to replay it: five layers of calls per request, and the body read
    and parsed twice. Here a POST to an API route is read once, checked, and handed to
    ``dispatch`` (the direct routes, ``serving.dispatch``) or replayed to BentoML.
    """

    def __init__(self, app: Any, auth: BearerAuth, max_bytes: int, fields: dict[str, frozenset[str]],
                 dispatch: Dispatch | None = None, prefix: str = "/v1/", drain_factor: int = 16):  # fmt: skip
        self.app = app
        self.auth = auth
        self.max_bytes = max_bytes
        self.max_drain = drain_factor * max_bytes
        self.fields = fields
        self.dispatch = dispatch
        self.prefix = prefix
        self._too_large = {"error": f"request body exceeds the limit of {max_bytes} bytes"}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if await self.auth.refused(scope, send) or await self._declared_too_large(scope, receive, send):
            return
        path = scope["path"]
        api = path.startswith(self.prefix)
        if scope.get("method") == "POST":
            if api:
                media = _header(scope, b"content-type").split(b";", 1)[0].strip().lower()
                if media != b"application/json":
                    shown = media.decode("latin-1")[:80] or "none"
                    await send_json(send, 415, {"error": f"the body must be JSON (Content-Type: application/json), not {shown}"})
                    return
            allowed = self.fields.get(path)
            if allowed is not None:
                await self._checked_body(scope, receive, _rewriting_400(send) if api else send, allowed)
                return
        await self._limited(scope, receive, _rewriting_400(send) if api else send)

    async def _checked_body(self, scope: Scope, receive: Receive, send: Send, allowed: frozenset[str]) -> None:
        """A POST to an API route: read the body (bounded), check its fields, answer it directly or replay it."""
        chunks, received, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            received += len(chunk)
            more = message.get("more_body", False)
            if received > self.max_bytes:
                if more:
                    await self._drain(receive, received)
                await send_json(send, 413, self._too_large)
                return
            chunks.append(chunk)
        body = b"".join(chunks)
        problem = _body_problem(body, allowed)
        if problem is not None:
            detail = [{"type": "strict_body", "msg": problem}]
            await send_json(send, 422, {"error": f"validation error: {problem}", "detail": detail})
            return
        if self.dispatch is not None and await self.dispatch(scope, body, send):  # its 422 is its own, never a 400
            return
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return dict(await receive())

        await self.app(scope, replay, send)

    async def _declared_too_large(self, scope: Scope, receive: Receive, send: Send) -> bool:
        """Answer a request whose ``Content-Length`` is invalid (400) or over the limit (413); whether it was answered."""
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await send_json(send, 400, {"error": "invalid Content-Length"})
                    return True
                if declared > self.max_bytes:  # answered at once, before any of the body (it may never come)
                    limit = f"request body of {declared} bytes exceeds the limit of {self.max_bytes}"
                    await send_json(send, 413, {"error": limit})
                    if declared <= self.max_drain:  # then let a client that is sending finish, so it reads the 413
                        await self._drain(receive, 0)
                    return True
                return False
        return False

    async def _drain(self, receive: Receive, already: int) -> None:
        total = already
        while total <= self.max_drain:
            message = await receive()
            if message["type"] != "http.request":
                return
            total += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def _limited(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Any other request, to the app, with its body counted as the app reads it (413 past the limit)."""
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
                await send_json(send, 413, self._too_large)
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
                await send_json(send, 413, self._too_large)


def _rewriting_400(send: Send) -> Send:
    """``send`` with BentoML's 400 for a body its input model rejects turned into 422."""

    async def rewriting_send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start" and message["status"] == 400:
            message = {**message, "status": 422}
        await send(message)

    return rewriting_send


def _body_problem(body: bytes, allowed: frozenset[str]) -> str | None:
    """What is wrong with a POST body for a route with ``allowed`` fields (None: nothing).

    A body that does not parse is the route's own validation's to refuse (json_invalid, saying where).
    """
    if not body.strip():
        return None  # no body: the route's defaults
    try:
        parsed = msgspec.json.decode(body)  # a few times json.loads's speed on a 1,000-key batch
    except msgspec.DecodeError:
        try:
            parsed = json.loads(body)  # what msgspec refuses and Python's parser takes (NaN, Infinity)
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


__all__ = ["HEALTH_PATHS", "BearerAuth", "Dispatch", "RedactValidationInput", "RequestChecks", "install_log_redaction",
           "rejected_input", "route_fields", "send_json"]
