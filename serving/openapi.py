"""The OpenAPI document (``/docs.json``) as this service actually answers.

BentoML describes every API with its own errors: 400 for bad input, 404 and 500, no
authentication. This service answers differently (``serving.security``): 401 without the
bearer token, 413 for an oversized body, 422 for malformed input, 404 for an unknown
patient on the single-patient routes, and 503 when the online store, the registry or the
audit log is unavailable; every error body is ``{"error": reason}``. ``OpenAPIDocument``
rewrites the document on its way out, so that a client generated from it (the
intervention engine's, say) knows the codes it will meet and sends the token.
"""

from __future__ import annotations

import json
from typing import Any

from serving.security import HEALTH_PATHS, Receive, Scope, Send

API_PREFIX = "/v1/"
#: Routes answering about one patient: 404 when the online store has no row for the key.
SINGLE_PATIENT_ROUTES = frozenset({"/v1/dropoff/risk", "/v1/reminder/hour"})
ERROR_SCHEMA = {
    "title": "Error", "type": "object", "required": ["error"],
    "properties": {"error": {"type": "string", "description": "why there is no answer, in words"}},
}  # fmt: skip
ERRORS = {
    "401": "no bearer token, or the wrong one (ADHERENCE_API_TOKEN)",
    "404": "unknown patient: no online features for this patient_key",
    "413": "the request body exceeds the size limit",
    "415": "the body is not declared as JSON (Content-Type: application/json)",
    "422": "malformed input: the message names the field and what is wrong with it",
    "429": "too many failed authentications from this address: retry after Retry-After seconds",
    "500": "an unexpected error in the service",
    "503": "the online store, the registry or the audit log is unavailable: no score is made up",
}
BEARER = {"type": "http", "scheme": "bearer", "description": "the service's ADHERENCE_API_TOKEN"}


def describe_errors(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with this service's error responses on the API routes and the bearer token on all but health."""
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas["Error"] = ERROR_SCHEMA
    components.setdefault("securitySchemes", {})["bearer"] = BEARER
    for path, item in document.get("paths", {}).items():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            if path not in HEALTH_PATHS:
                operation["security"] = [{"bearer": []}]
            if not path.startswith(API_PREFIX):
                continue
            _closed(operation, schemas)
            codes = [code for code in ERRORS if code != "404" or path in SINGLE_PATIENT_ROUTES]
            responses = {code: value for code, value in operation["responses"].items() if not code.startswith(("4", "5"))}
            for response in responses.values():  # BentoML inlines the answer's model without its nulls: use the model's own
                content = response.get("content", {}).get("application/json", {})
                title = content.get("schema", {}).get("title")
                if title in schemas:
                    content["schema"] = {"$ref": f"#/components/schemas/{title}"}
            operation["responses"] = {**responses, **{code: _error(ERRORS[code]) for code in codes}}
    return nullable(document)


def _closed(operation: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Mark the operation's JSON request body ``additionalProperties: false``: the service refuses
    fields a route does not take (``StrictJSON``, 422), so the document must not promise them."""
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if not isinstance(body, dict):
        return
    if "$ref" in body:
        body = schemas.get(body["$ref"].rsplit("/", 1)[-1])
    if isinstance(body, dict) and body.get("type", "object") == "object":
        body["additionalProperties"] = False


def nullable(value: Any) -> Any:
    """OpenAPI 3.0's form of what may be null: ``anyOf: [X, {type: null}]`` becomes ``X`` with ``nullable: true``,
    and a typed property whose default is null is nullable too."""
    if isinstance(value, list):
        return [nullable(item) for item in value]
    if not isinstance(value, dict):
        return value
    value = {key: nullable(item) for key, item in value.items()}
    options = value.get("anyOf")
    if isinstance(options, list) and {"type": "null"} in options and len(options) == 2:
        (other,) = [option for option in options if option != {"type": "null"}]
        value = {**{k: v for k, v in value.items() if k != "anyOf"}, **other, "nullable": True}
    elif "default" in value and value["default"] is None and "type" in value:
        value["nullable"] = True
    return value


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


class OpenAPIDocument:
    """Rewrites the body of ``GET /docs.json`` with ``describe_errors``."""

    def __init__(self, app: Any, path: str = "/docs.json"):
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def rewriting_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            if start["status"] == 200:
                body = json.dumps(describe_errors(json.loads(body))).encode()
            headers = [(name, value) for name, value in start["headers"] if name.lower() != b"content-length"]
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, rewriting_send)


__all__ = ["OpenAPIDocument", "describe_errors", "nullable"]
