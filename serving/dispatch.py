"""The hot API routes answered without BentoML's per-request dispatch (issue 18).

For every request BentoML 1.4.40 builds a Starlette ``Request`` and enters the service
context, matches the route among all of Starlette's, takes ``inspect.signature`` of the API
function (``APIMethod.__get__``), and binds a dependency-injected function's signature to
set the response headers: about a fifth of a worker's CPU for a single-patient drop-off
answer, more than the online read or the model call (profile in README, "Benchmarks").

``DirectRoutes`` answers the routes it is given itself, with what BentoML would have done
and nothing else. ``serving.security.RequestChecks`` hands it the body of a POST to an API
route once the body has passed the service's checks (token, size limit, JSON only, strict
fields: it was read in full there, once):

- the body is validated by the route's own BentoML input model (``model_validate_json``,
  the call BentoML makes; an empty body is ``{}``, as in BentoML);
- a rejected input is 422 with BentoML's body (``error``: "N validation error for ...",
  ``detail``: pydantic's errors without input values or context; BentoML's 400, which
  ``RequestChecks`` turns into 422 for the other routes), logged at INFO without the values;
- the service method runs on the worker's service instance and its response is sent; an
  unexpected exception is 500 with BentoML's message, logged with its traceback.

Outside the checks everything stays: BentoML's metrics, timeout and concurrency middleware.
Until the worker's service instance exists, and for every other route, requests go on to
BentoML.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError
from starlette.responses import JSONResponse, Response

from serving.security import Scope, Send, rejected_input, send_json

log = logging.getLogger(__name__)

#: What a route runs: the API's input model and the service method (called with the instance and the model's fields).
Route = tuple[type[BaseModel], Callable[..., Awaitable[Any]]]
UNEXPECTED = "An unexpected error has occurred, please check the server log."  # BentoML's 500 message


class DirectRoutes:
    """Answers POST ``routes`` through ``instance()`` (the worker's service object; ``None``: not created yet)."""

    def __init__(self, routes: Mapping[str, Route], instance: Callable[[], Any | None]):
        self.routes = dict(routes)
        self._instance = instance

    async def answer(self, scope: Scope, body: bytes, send: Send) -> bool:
        """Answer a checked POST ``body`` if its route is one of these and the instance exists; whether it did."""
        route = self.routes.get(scope["path"])
        target = None if route is None else self._instance()
        if route is None or target is None:
            return False
        model, method = route
        try:
            values = model.model_validate_json(body or b"{}")
        except ValidationError as error:
            log.info("%s %s: %s", scope["method"], scope["path"], rejected_input(error))
            detail = error.errors(include_context=False, include_input=False)
            await send_json(send, 422, {"error": f"{error.error_count()} validation error for {error.title}", "detail": detail})
            return True
        try:
            response: Response = await method(target, **{name: getattr(values, name) for name in type(values).model_fields})
        except Exception:
            log.exception("%s %s failed", scope["method"], scope["path"])
            response = JSONResponse({"error": UNEXPECTED}, status_code=500)
        await response(scope, _no_body, send)
        return True


async def _no_body() -> dict[str, Any]:
    """The ``receive`` a response is given: the request body was read in full already."""
    return {"type": "http.disconnect"}


def api_routes(service: Any, routes: Collection[str]) -> dict[str, Route]:
    """The ``routes`` of a BentoML service as ``DirectRoutes`` takes them: each API's input model and function."""
    found = {api.route: (api.input_spec, api.func) for api in service.apis.values() if api.route in routes}
    missing = set(routes) - set(found)
    if missing:
        raise ValueError(f"no API at {sorted(missing)}")
    return found


__all__ = ["DirectRoutes", "api_routes"]
