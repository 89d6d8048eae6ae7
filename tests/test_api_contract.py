"""The HTTP contract under fuzzing: a property-based run over the real BentoML service, over HTTP.

Hypothesis draws requests from the service's own OpenAPI document (``/docs.json``): bodies
that follow each route's schema, the same with one field swapped for any JSON value, any
JSON at all, raw bytes, and other content types. Every answer is checked as schemathesis'
checks would: never a 500; a status the document lists for the route; a JSON body; a 200
that validates against the documented answer schema (nulls included); a body the schema
accepts is never refused as malformed, and one it rejects is never answered 200.
Bounded in examples and time; 0 failures expected.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema.validators import extend
from openapi_schema_validator import OAS30Validator

from serving.security import BearerAuth
from tests.test_serving import Server, _secrets, lake, server  # noqa: F401  (the served lake and its server)

ROUTES = ["/v1/dropoff/risk", "/v1/dropoff/risk/batch", "/v1/reminder/hour", "/v1/supply/alerts", "/v1/status",
          "/v1/admin/reload"]  # fmt: skip
OTHER_TYPES = ["multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/xml", "image/png",
               "text/csv", "text/plain", ""]  # fmt: skip
# An integer is an int, never a float or a bool (the service's types are strict; so is this oracle).
StrictValidator = extend(OAS30Validator, type_checker=OAS30Validator.TYPE_CHECKER.redefine(
    "integer", lambda _, value: isinstance(value, int) and not isinstance(value, bool)))  # fmt: skip


@pytest.fixture(scope="module")
def spec(server: Server) -> dict[str, Any]:  # noqa: F811
    with server.client() as client:
        document: dict[str, Any] = client.get("/docs.json").json()
    return document


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    return StrictValidator({**schema, "components": spec["components"]})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=12,
)


def _from_schema(schema: dict[str, Any], spec: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values that follow ``schema`` (the subset of OpenAPI 3.0 the service's inputs use)."""
    if "$ref" in schema:
        return _from_schema(spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]], spec)
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        return st.fixed_dictionaries(
            {name: _from_schema(inner, spec) for name, inner in properties.items() if name in required},
            optional={name: _from_schema(inner, spec) for name, inner in properties.items() if name not in required},
        )
    if kind == "array":
        return st.lists(_from_schema(schema["items"], spec), min_size=schema.get("minItems", 0),
                        max_size=min(schema.get("maxItems", 20), 20))  # fmt: skip
    if kind == "integer":
        values: st.SearchStrategy[Any] = st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31))
    elif kind == "number":
        values = st.floats(allow_nan=False, allow_infinity=False)
    elif kind == "boolean":
        values = st.booleans()
    elif kind == "string" and "pattern" in schema:
        values = st.from_regex(schema["pattern"], fullmatch=True)
    elif kind == "string":
        values = st.text(max_size=schema.get("maxLength", 40))
    else:
        values = json_values
    return values | st.none() if schema.get("nullable") else values


@st.composite
def requests(draw: st.DrawFn, spec: dict[str, Any]) -> tuple[str, bytes, str]:
    route = draw(st.sampled_from(ROUTES))
    schema = spec["paths"][route]["post"]["requestBody"]["content"]["application/json"]["schema"]
    valid = _from_schema(schema, spec)
    how = draw(st.sampled_from(["valid", "valid", "one field", "any json", "bytes", "other type"]))
    if how in ("valid", "other type"):
        body: Any = draw(valid)
    elif how == "one field":
        body = draw(valid)
        if isinstance(body, dict) and schema.get("properties"):
            body[draw(st.sampled_from(sorted(schema["properties"])))] = draw(json_values)
    elif how == "any json":
        body = draw(json_values)
    if how == "bytes":
        return route, draw(st.binary(max_size=200)), "application/json"
    content = json.dumps(body).encode()
    if how == "other type":
        return route, content, draw(st.sampled_from(OTHER_TYPES))
    return route, content, draw(st.sampled_from(["application/json", "application/json; charset=utf-8"]))


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:  # noqa: F811
    with server.client(timeout=30) as http:
        yield http


def test_the_contract_holds_under_fuzzing(server: Server, spec: dict[str, Any], client: httpx.Client) -> None:  # noqa: F811
    failures: list[str] = []
    deadline = time.monotonic() + 90

    @settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def check(data: st.DataObject) -> None:
        if time.monotonic() > deadline:
            return
        route, body, content_type = data.draw(requests(spec))
        headers = {"Content-Type": content_type} if content_type else {}
        response = client.post(route, content=body, headers=headers)
        operation = spec["paths"][route]["post"]
        case = f"POST {route} {content_type!r} {body[:80]!r} -> {response.status_code} {response.text[:160]}"
        if response.status_code >= 500 and response.status_code != 503:
            failures.append(f"server error: {case}")
        if str(response.status_code) not in operation["responses"]:
            failures.append(f"undocumented status: {case}")
        if not response.headers.get("content-type", "").startswith("application/json"):
            failures.append(f"not JSON: {case}")
            return
        answer = response.json()
        if response.status_code == 200:
            schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            problems = [error.message for error in _validator(spec, schema).iter_errors(answer)]
            if problems:
                failures.append(f"answer breaks its schema ({problems[0]}): {case}")
        elif not isinstance(answer.get("error"), str):
            failures.append(f"error without a reason: {case}")
        is_json = content_type.split(";")[0] == "application/json"
        try:  # no body at all is an empty object to the service (the document does not require a body)
            parsed, parsed_ok = (json.loads(body) if body else {}), True
        except ValueError:
            parsed, parsed_ok = None, False
        request_schema = operation["requestBody"]["content"]["application/json"]["schema"]
        conforms = is_json and parsed_ok and _validator(spec, request_schema).is_valid(parsed)
        if conforms and response.status_code in (415, 422):
            failures.append(f"a request the schema accepts was refused: {case}")
        if not conforms and response.status_code == 200:
            failures.append(f"a request the schema rejects was answered: {case}")
        if not is_json and response.status_code != 415:
            failures.append(f"a body that is not JSON was not refused with 415: {case}")

    check()
    assert not failures, f"{len(failures)} contract failures, e.g.:\n" + "\n".join(failures[:10])


def test_nullable_answers_say_so_in_the_document(spec: dict[str, Any]) -> None:
    risk = spec["components"]["schemas"]["DropoffRiskIODescriptor"]["properties"]["risk"]
    assert risk["type"] == "number" and risk["nullable"] is True
    ok = spec["paths"]["/v1/dropoff/risk"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/DropoffRiskIODescriptor"}
    off_therapy = {"request_id": "r", "patient_key": "0" * 32, "risk": None, "intervene": None, "on_therapy": False,
                   "threshold": 0.3, "model": "dropoff", "model_version": "1", "features_as_of": None,
                   "feature_age_seconds": None, "stale": None}  # fmt: skip
    assert _validator(spec, ok).is_valid(off_therapy)


@pytest.mark.parametrize("content_type", OTHER_TYPES)
def test_bodies_that_are_not_json_get_415(client: httpx.Client, content_type: str) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/v1/supply/alerts", content=b"top=1", headers=headers)
    assert response.status_code == 415 and "must be JSON" in response.json()["error"]


def test_false_is_not_an_integer(client: httpx.Client) -> None:
    response = client.post("/v1/supply/alerts", json={"top": False})
    assert response.status_code == 422


def test_a_huge_declared_length_gets_413_at_once(server: Server) -> None:  # noqa: F811
    host, port = server.url.removeprefix("http://").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(b"POST /v1/dropoff/risk HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + _token() +
                           b"\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n")  # fmt: skip
        answer = connection.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413") and time.monotonic() - started < 2.0


def _token() -> bytes:
    from tests.test_serving import TOKEN

    return TOKEN.encode()


def test_failed_authentications_are_counted_and_logged(server: Server, client: httpx.Client) -> None:  # noqa: F811
    with server.client(token="wrong-token-0001") as wrong:
        assert wrong.post("/v1/status", json={}).status_code == 401
    metrics = client.get("/metrics").text
    assert 'adherence_auth_failures_total{reason="invalid"}' in metrics
    log = Path(server.output).read_text(errors="replace")
    assert "authentication failed from 127.0.0.1: invalid bearer token" in log and "wrong-token-0001" not in log


async def _app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


def test_failed_authentications_are_throttled_per_address() -> None:
    import anyio

    counted: list[str] = []
    auth = BearerAuth(_app, token="right", max_failures=3, window_seconds=60, on_failure=counted.append)

    async def call(token: str, address: str) -> tuple[int, dict[bytes, bytes]]:
        sent: list[dict[str, Any]] = []
        scope = {"type": "http", "path": "/v1/status", "method": "POST", "client": (address, 1234),
                 "headers": [(b"authorization", f"Bearer {token}".encode())]}  # fmt: skip

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await auth(scope, None, send)
        return sent[0]["status"], dict(sent[0]["headers"])

    async def scenario() -> None:
        assert [(await call("wrong", "10.0.0.1"))[0] for _ in range(3)] == [401, 401, 401]
        status, headers = await call("wrong", "10.0.0.1")
        assert status == 429 and int(headers[b"retry-after"]) > 0
        assert (await call("right", "10.0.0.1"))[0] == 200  # the right token still passes
        assert (await call("wrong", "10.0.0.2"))[0] == 401  # another address is not throttled

    anyio.run(scenario)
    assert counted == ["invalid", "invalid", "invalid", "throttled", "invalid"]


def test_request_checks_read_the_body_once_and_answer_as_the_separate_checks_did() -> None:
    """``RequestChecks`` (token, size limit, JSON only, strict fields, 400 -> 422 in one pass): each refusal
    as before, a checked body handed to the direct routes once, and the other routes' bodies replayed."""
    import anyio

    from serving.security import RequestChecks

    dispatched: list[bytes] = []
    replayed: list[bytes] = []

    async def dispatch(scope: dict[str, Any], body: bytes, send: Any) -> bool:
        if scope["path"] != "/v1/direct":
            return False
        dispatched.append(body)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"direct"})
        return True

    async def bentoml(scope: dict[str, Any], receive: Any, send: Any) -> None:  # BentoML: 400 for input it rejects
        message = await receive()
        replayed.append(message["body"])
        await send({"type": "http.response.start", "status": 400 if b"bad" in message["body"] else 200, "headers": []})
        await send({"type": "http.response.body", "body": b"bentoml"})

    fields = {"/v1/direct": frozenset({"patient_key"}), "/v1/other": frozenset({"top"})}
    checks = RequestChecks(bentoml, BearerAuth(None, token="right"), max_bytes=64, fields=fields, dispatch=dispatch)

    async def call(path: str, chunks: list[bytes], *, token: str = "right", media: bytes = b"application/json",
                   length: bool = True) -> tuple[int, bytes]:  # fmt: skip
        headers = [(b"authorization", f"Bearer {token}".encode()), (b"content-type", media)]
        if length:
            headers.append((b"content-length", str(sum(map(len, chunks))).encode()))
        scope = {"type": "http", "path": path, "method": "POST", "client": ("10.0.0.1", 1), "headers": headers}
        pending = list(chunks) or [b""]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            if not pending:
                return {"type": "http.disconnect"}
            return {"type": "http.request", "body": pending.pop(0), "more_body": bool(pending)}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await checks(scope, receive, send)
        return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])

    async def scenario() -> None:
        assert (await call("/v1/direct", [b'{"patient_key": "k"}'], token="wrong"))[0] == 401
        assert (await call("/v1/direct", [b"x" * 65]))[0] == 413  # declared
        status, body = await call("/v1/direct", [b'{"patient_key": "', b"k" * 60, b'"}'], length=False)
        assert status == 413 and b"exceeds the limit of 64 bytes" in body  # counted while read
        assert (await call("/v1/direct", [b'{"patient_key": "k"}'], media=b"text/plain"))[0] == 415
        status, body = await call("/v1/direct", [b'{"patient_key": "k", "name": "J"}'])
        assert status == 422 and b"unknown field(s) 'name'" in body
        status, body = await call("/v1/direct", [b'{"patient_key": "k", "name": NaN}'])  # Python's JSON, not msgspec's
        assert status == 422 and b"unknown field(s) 'name'" in body
        assert (await call("/v1/direct", [b"[1]"]))[0] == 422
        assert dispatched == [] and replayed == []
        assert await call("/v1/direct", [b'{"patient_', b'key": "k"}']) == (200, b"direct")
        assert dispatched == [b'{"patient_key": "k"}']  # the body, read once, in full
        assert await call("/v1/other", [b'{"top": 3}']) == (200, b"bentoml")
        assert (await call("/v1/other", [b'{"top": "bad"}']))[0] == 422  # BentoML's 400
        assert replayed == [b'{"top": 3}', b'{"top": "bad"}']

    anyio.run(scenario)
