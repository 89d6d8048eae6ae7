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
- ``BodyLimit``: 413 when ``Content-Length`` exceeds the limit, or when a body without one
  grows past it while being read.
- ``InputErrors``: BentoML answers a body its pydantic input model rejects (invalid JSON,
  wrong types, a ``patient_key`` that is not 32 hex digits, too many keys) with 400; the
  issue wants 422 for malformed input, so this turns the 400 of the API routes into 422.
  The body (pydantic's message, without the input values) is kept.
- ``RedactValidationInput``: BentoML logs a rejected request's pydantic error with its
  traceback, which quotes the input (``input_value='...'``): a caller that sent a name or
  an MRN by mistake would put it in the server log. This log filter drops the traceback
  and keeps the error type and location only.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Iterable
from typing import Any

Scope = dict[str, Any]
Receive = Any
Send = Any

HEALTH_PATHS = frozenset({"/livez", "/healthz", "/readyz"})


async def _json(send: Send, status: int, body: dict[str, Any], headers: Iterable[tuple[bytes, bytes]] = ()) -> None:
    payload = json.dumps(body).encode()
    await send({
        "type": "http.response.start", "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()), *headers],
    })  # fmt: skip
    await send({"type": "http.response.body", "body": payload})


class BearerAuth:
    """401 unless ``Authorization: Bearer <token>`` (health probes exempt)."""

    def __init__(self, app: Any, token: str, exempt: Iterable[str] = HEALTH_PATHS):
        if not token:
            raise ValueError("the API token is empty")
        self.app = app
        self._expected = f"Bearer {token}".encode()
        self._exempt = frozenset(exempt)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self._exempt:
            await self.app(scope, receive, send)
            return
        supplied = b""
        for name, value in scope["headers"]:
            if name == b"authorization":
                supplied = value
                break
        if not hmac.compare_digest(supplied, self._expected):
            reason = "missing bearer token" if not supplied else "invalid bearer token"
            await _json(send, 401, {"error": reason}, [(b"www-authenticate", b'Bearer realm="adherence"')])
            return
        await self.app(scope, receive, send)


class _TooLargeError(Exception):
    pass


class BodyLimit:
    """413 for request bodies over ``max_bytes``.

    Before answering, the rest of the body is read and dropped (up to ``drain_factor`` times
    the limit): a client still sending would otherwise get a connection reset instead of
    the 413. Beyond that the connection is simply closed after the answer.
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
                    await _json(send, 400, {"error": "invalid Content-Length"})
                    return
                if declared > self.max_bytes:
                    await self._drain(receive, 0)
                    await _json(send, 413, {"error": f"request body of {declared} bytes exceeds the limit of {self.max_bytes}"})
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
                await _json(send, 413, {"error": f"request body exceeds the limit of {self.max_bytes} bytes"})
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
                await _json(send, 413, {"error": f"request body exceeds the limit of {self.max_bytes} bytes"})


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


class RedactValidationInput(logging.Filter):
    """Drop the traceback (which quotes the input) of a logged request-validation error."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            if type(error).__name__ == "ValidationError" and hasattr(error, "errors"):
                try:
                    where = "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('type')}"
                                      for e in error.errors(include_input=False, include_context=False))  # fmt: skip
                except Exception:
                    where = "details withheld"
                record.msg = f"{record.getMessage()}: rejected input ({where}); values not logged"
                record.args = ()
                record.exc_info = None
                record.exc_text = None
        return True


def install_log_redaction() -> None:
    """Attach ``RedactValidationInput`` to the loggers BentoML reports request errors on."""
    for name in ("bentoml._internal.server.http_app", "bentoml.serve", "_bentoml_impl.server.app"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactValidationInput) for f in logger.filters):
            logger.addFilter(RedactValidationInput())


__all__ = ["HEALTH_PATHS", "BearerAuth", "BodyLimit", "InputErrors", "RedactValidationInput", "install_log_redaction"]
