"""The BentoML prediction service, run for real: a server subprocess called over HTTP.

One embedded-profile server (two workers, SQLite online store) carries most tests; it
starts with drop-off v1 as champion and a *raising* challenger (v2, a real registered MLflow
version), so every answer is also a shadow-isolation check. The shadow test then moves the
challenger alias to a *sleeping* version and the reload test to a new champion. The
scale-out test serves from a private Redis and kills it. Servers are stopped by the PID of
the process group the tests started, never by name.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import mlflow
import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from adherence.audit import AuditError, AuditLog
from adherence.cli import app
from adherence.prediction_log import Entry, PredictionLog, read_log
from adherence.processes import ready_timeout
from adherence.settings import load_settings
from features import materialize as fm
from models.dropoff import DropoffClassifier
from models.pyfunc import DropoffModel, model_input
from models.registry import CHALLENGER, CHAMPION, connect, load, move_alias, version_for
from serving import supply
from serving.auditing import AuditUnavailableError, AuditWriter
from serving.config import ServeConfig
from serving.engine import Engine, ServiceError, reminder_seed
from serving.features import FeastReader, OnlineRows, SqliteReader
from serving.models import Deployed
from serving.run import start, stop
from tests.conftest import TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY
from tests.network import descendants, free_port, reachable
from training.tracking import configure

TOKEN = "test-api-token-0123456789abcdefgh"
UNKNOWN = "0" * 32
runner = CliRunner()


# --------------------------------------------------------------------------- test-only challengers


class RaisingDropoff(DropoffClassifier):
    """A challenger whose scoring always fails."""

    def predict_proba(self, X: Any) -> np.ndarray:  # noqa: N803 (the estimator's signature)
        raise RuntimeError("challenger failure injected by the test")


class SleepingDropoff(DropoffClassifier):
    """A challenger that takes 2 s to score (then answers correctly)."""

    def predict_proba(self, X: Any) -> np.ndarray:  # noqa: N803 (the estimator's signature)
        time.sleep(2.0)
        return super().predict_proba(X)


def _clone(estimator: DropoffClassifier, kind: type[DropoffClassifier]) -> DropoffClassifier:
    twin = kind.__new__(kind)
    twin.__dict__.update({k: v for k, v in estimator.__dict__.items() if k != "_codes"})
    return twin


def _register_dropoff(lake: Path, estimator: DropoffClassifier, alias: str | None) -> str:
    """Log ``estimator`` as a new registered version of ``dropoff`` (same wrapper as training)."""
    client = configure(load_settings(lake), "serving-tests")  # its artifacts in the lake, not ./mlruns in the checkout
    with mlflow.start_run(run_name=f"serving-test-{type(estimator).__name__}"):
        info = mlflow.pyfunc.log_model(name="model", python_model=DropoffModel(estimator), registered_model_name="dropoff",
                                       pip_requirements=[])  # fmt: skip
    version = str(info.registered_model_version)
    if alias is not None:
        move_alias(client, "dropoff", alias, version, reason="serving test", actor="tests")
    return version


def _champion_estimator(lake: Path, version: str = CHAMPION) -> DropoffClassifier:
    _, pyfunc = load(connect(load_settings(lake).mlflow_tracking_uri), "dropoff", version)
    estimator: DropoffClassifier = pyfunc.unwrap_python_model().estimator
    return estimator


# --------------------------------------------------------------------------- servers


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    lake: Path
    output: Path

    def client(self, token: str | None = TOKEN, timeout: float = 30.0) -> httpx.Client:
        headers = {} if token is None else {"Authorization": f"Bearer {token}"}
        return httpx.Client(base_url=self.url, headers=headers, timeout=timeout)

    def tail(self, lines: int = 60) -> str:
        return "\n".join(self.output.read_text(errors="replace").splitlines()[-lines:])


def _environment() -> dict[str, str]:
    return {"ADHERENCE_API_TOKEN": TOKEN, "ADHERENCE_AUDIT_KEY": TEST_AUDIT_KEY,
            "ADHERENCE_PSEUDONYM_KEY": TEST_PSEUDONYM_KEY.decode()}  # fmt: skip


def _start(lake: Path, config: ServeConfig, output: Path, extra_env: dict[str, str] | None = None) -> Server:
    port = free_port()
    config = dataclasses.replace(config, refuse_after_seconds=0)  # the trained lake lies in the simulated past
    with pytest.MonkeyPatch.context() as patch:
        for name, value in {**_environment(), **(extra_env or {})}.items():
            patch.setenv(name, value)
        patch.delenv("ADHERENCE_MLFLOW_TRACKING_URI", raising=False)
        patch.delenv("MLFLOW_TRACKING_URI", raising=False)
        process = start(load_settings(lake), port=port, config=config, stdout=output.open("wb"), stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", process, lake, output)
    deadline = time.monotonic() + ready_timeout()  # 180 s, longer on a loaded machine
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}:\n{server.tail()}")
        try:
            if httpx.get(f"{server.url}/readyz", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    stop(process)
    raise RuntimeError(f"the server did not become ready:\n{server.tail()}")


def _copy_lake(trained_lake: Path, target: Path) -> Path:
    skipped = shutil.ignore_patterns("silver", "truth", "feature_repo*", "prediction_log", "serving")
    shutil.copytree(trained_lake, target, ignore=skipped)
    return target


@pytest.fixture(scope="module")
def lake(trained_lake: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A private copy of the trained lake (Feast re-applied), with drop-off v2 = a raising challenger."""
    target = _copy_lake(trained_lake, tmp_path_factory.mktemp("serving") / "lake")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in _environment().items():
            patch.setenv(name, value)
        patch.delenv("ADHERENCE_MLFLOW_TRACKING_URI", raising=False)
        patch.delenv("MLFLOW_TRACKING_URI", raising=False)
        fm.apply(target)
        fm.materialize(target, fm.latest_snapshot(target))
        _register_dropoff(target, _clone(_champion_estimator(target), RaisingDropoff), CHALLENGER)
        yield target


@pytest.fixture(scope="module")
def server(lake: Path) -> Iterator[Server]:
    config = ServeConfig(workers=2, poll_seconds=2, shadow_budget_ms=200, log_flush_seconds=0.3, max_body_bytes=256 * 1024,
                         max_batch=1000)  # fmt: skip
    started = _start(lake, config, lake.parent / "server.out")
    yield started
    assert stop(started.process) == 0 or True  # a SIGTERM'd server may report -15; the logs are flushed either way


@pytest.fixture(scope="module")
def patients(lake: Path) -> list[str]:
    keys = pd.read_parquet(fm.features_dir(lake) / "patient_activity.parquet", columns=["patient_key"]).patient_key
    return sorted(keys.unique().tolist())


@pytest.fixture(autouse=True)
def _secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in _environment().items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("ADHERENCE_MLFLOW_TRACKING_URI", raising=False)
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)


def _expected_dropoff(lake: Path, keys: list[str], version: str = "1", profile: str = "embedded") -> dict[str, dict[str, Any]]:
    """The model's own prediction (MLflow pyfunc, pandas input) on the online features; None off therapy."""
    _, pyfunc = load(connect(load_settings(lake).mlflow_tracking_uri), "dropoff", version)
    estimator = pyfunc.unwrap_python_model().estimator
    values = fm.online_features(lake, "dropoff_v1", [{"patient_key": key} for key in keys], profile=profile)
    frame = pd.DataFrame(values).drop(columns="patient_key")
    for column in frame.columns:
        if column not in estimator.categories_:
            frame[column] = pd.to_numeric(frame[column]).astype("float64")
    scored = pyfunc.predict(model_input(frame))
    on_therapy = frame.days_since_last_dose.notna() & (frame.days_since_last_dose < 14)
    return {
        key: {"risk": float(scored.risk.iloc[i]) if on_therapy.iloc[i] else None,
              "intervene": bool(scored.intervene.iloc[i]) if on_therapy.iloc[i] else False}
        for i, key in enumerate(keys)
    }  # fmt: skip


def _logged(lake: Path, endpoint: str, request_ids: set[str], rows: int, timeout: float = 15.0) -> pd.DataFrame:
    """The prediction-log rows of ``request_ids`` once all ``rows`` of them are there."""

    def found() -> pd.DataFrame | None:
        frame = read_log(lake, endpoint)
        frame = frame[frame.request_id.isin(request_ids)]
        return frame if len(frame) >= rows else None

    result = _wait_for(found, timeout)
    assert result is not None, f"{rows} {endpoint} rows never reached the prediction log"
    return result.reset_index(drop=True)


def _wait_for(condition: Any, timeout: float = 15.0, every: float = 0.3) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if (value is not None and value is not False) or time.monotonic() > deadline:
            return value
        time.sleep(every)


# --------------------------------------------------------------------------- in-process units


@pytest.mark.verifies("REQ-SERVE-003")
def test_mapping_input_scores_exactly_like_the_pandas_path() -> None:
    rng = np.random.default_rng(0)
    n = 1500
    frame = pd.DataFrame({"a": rng.normal(size=n), "b": rng.integers(0, 5, n).astype(float),
                          "c": rng.choice(["x", "y", "z", None], n), "d": rng.normal(size=n)})  # fmt: skip
    frame.loc[rng.random(n) < 0.1, "a"] = np.nan
    labels = (frame.a.fillna(0) + (frame.c == "x") + rng.normal(size=n) > 0.5).astype(int).to_numpy()
    for algorithm in ("xgboost", "lightgbm", "logistic"):
        model = DropoffClassifier(algorithm=algorithm, n_estimators=20)
        model.fit(frame[:1000], labels[:1000], frame[1000:], labels[1000:])
        test = frame[1000:].copy()
        test.loc[test.index[:3], "c"] = "never-seen"
        pandas_path = np.clip(model.calibrator_.predict(model.model_.predict_proba(model._prepare(test))[:, 1]), 0, 1)
        columns = {name: test[name].tolist() for name in test.columns}
        assert np.array_equal(model.predict_proba(test)[:, 1], pandas_path), algorithm
        assert np.array_equal(model.predict_proba(columns)[:, 1], pandas_path), algorithm
        one = [model.predict_proba({name: [values[i]] for name, values in columns.items()})[0, 1] for i in range(20)]
        assert np.array_equal(np.array(one), pandas_path[:20]), algorithm


@pytest.mark.parametrize("keys_per_query", [5_000, 3])
@pytest.mark.verifies("REQ-SERVE-003")
def test_sqlite_reader_equals_feast_get_online_features(lake: Path, patients: list[str], keys_per_query: int,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr("serving.features._MAX_KEYS_PER_QUERY", keys_per_query)  # 3: several queries fill each column
    store = fm.feature_store(lake)
    keys = [*patients, UNKNOWN, patients[0]]
    sqlite, feast = SqliteReader(store, ["dropoff_v1", "reminder_v1"]), FeastReader(store, ["dropoff_v1", "reminder_v1"])
    for service in ("dropoff_v1", "reminder_v1"):
        direct, reference = sqlite.read(service, keys), feast.read(service, keys)
        assert direct.found == reference.found and direct.found[-2:] == [False, True]
        assert direct.as_of == reference.as_of
        assert list(direct.columns) == list(reference.columns)
        for name, values in direct.columns.items():
            assert pd.Series(values, dtype=object).equals(pd.Series(reference.columns[name], dtype=object)), name
        snapshot = fm.latest_snapshot(lake).timestamp()
        assert {stamp for stamp, ok in zip(direct.as_of, direct.found, strict=True) if ok} == {snapshot}


@pytest.mark.verifies("REQ-SERVE-003")
def test_cached_reads_equal_file_reads_and_a_materialisation_drops_the_cache(
    trained_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in _environment().items():
        monkeypatch.setenv(name, value)
    lake = _copy_lake(trained_lake, tmp_path / "lake")
    fm.apply(lake)
    fm.materialize(lake, fm.latest_snapshot(lake))
    store = fm.feature_store(lake)
    keys = sorted(pd.read_parquet(fm.features_dir(lake) / "patient_activity.parquet").patient_key.unique())[:30]
    asked = [*keys, UNKNOWN, keys[0]]
    cached, uncached = SqliteReader(store, ["dropoff_v1"], cache_entities=20), SqliteReader(store, ["dropoff_v1"])
    for _ in range(2):  # cold, then partly from the cache (20 of the 31 distinct keys fit)
        assert cached.read("dropoff_v1", asked) == uncached.read("dropoff_v1", asked)
        assert all(len(rows) <= 20 for rows in cached._cache.values())

    # Another connection writes (as `feast materialize` does): the next read sees the new value.
    patient = keys[-1]
    assert cached.read("dropoff_v1", [patient]).columns["doses_7d"] != [999]
    rows = pd.read_parquet(fm.features_dir(lake) / "patient_activity.parquet")
    newest = rows[rows.patient_key == patient].sort_values("event_timestamp").tail(1).assign(doses_7d=999)
    store.write_to_online_store("patient_activity", newest)
    assert cached.read("dropoff_v1", [patient]).columns["doses_7d"] == [999]
    assert cached.read("dropoff_v1", asked) == uncached.read("dropoff_v1", asked)

    # A store written by an older Feast: no value_text in one table, nulls in another. The values
    # then come from the protos, and still equal Feast's own read.
    reference = FeastReader(store, ["dropoff_v1"]).read("dropoff_v1", asked)
    assert _rows_equal(cached.read("dropoff_v1", asked), reference)
    with sqlite3.connect(cached.path) as connection:
        connection.execute(f'ALTER TABLE "{store.project}_patient_activity" DROP COLUMN value_text')
        connection.execute(f'UPDATE "{store.project}_patient_clinical" SET value_text = NULL')
    for reader in (cached, SqliteReader(store, ["dropoff_v1"])):
        assert _rows_equal(reader.read("dropoff_v1", asked), reference)


def _rows_equal(direct: OnlineRows, reference: OnlineRows) -> bool:
    """Same keys, found flags, snapshot times and values (NaN equal to NaN, 1 never equal to 1.0)."""
    same_values = all(
        pd.Series(values, dtype=object).equals(pd.Series(reference.columns[name], dtype=object))
        and [type(v) for v in values] == [type(v) for v in reference.columns[name]]
        for name, values in direct.columns.items()
    )
    return (direct.keys, direct.found, direct.as_of) == (reference.keys, reference.found, reference.as_of) and same_values


@pytest.mark.verifies("REQ-AUDIT-005", "REQ-SERVE-002")
def test_audit_writer_refuses_decisions_while_appends_fail(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")
    writer = AuditWriter(AuditLog(blocked / "audit.log", b"key"))  # every append fails: the parent is a file
    first = writer.append([("reminder_hour", {"patient_key": "k", "local_hour": 9})])
    assert _wait_for(lambda: writer.error, timeout=5)
    with pytest.raises(AuditUnavailableError, match="audit log unavailable"):
        writer.append([("reminder_hour", {"patient_key": "k", "local_hour": 10})])
    writer.close()
    assert isinstance(first.exception(timeout=5), OSError)
    good = AuditWriter(AuditLog(tmp_path / "audit" / "audit.log", b"key"))
    done = good.append([("reminder_hour", {"patient_key": "k", "local_hour": 9})] * 3)
    good.close()
    assert len(done.result(timeout=5)) == 3 and AuditLog(tmp_path / "audit" / "audit.log", b"key").verify().ok


def test_audit_writer_gathers_queued_appends_into_one_write(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.log", b"key")
    writes: list[int] = []
    append_many = audit.append_many
    audit.append_many = lambda items, batch=None, **kw: writes.append(len(items)) or append_many(items, batch, **kw)  # type: ignore[method-assign]
    writer = AuditWriter(audit)
    release = threading.Event()
    busy = writer.call(release.wait, 10)  # the writer is busy: what follows queues up
    first = writer.append([("reminder_hour", {"patient_key": "a", "local_hour": 9})])
    second = writer.append([("intervention_flag", {"patient_key": "b"}), ("intervention_flag", {"patient_key": "c"})])
    refused = writer.append([("reminder_hour", {"patient_key": "d", "mrn": "123"})])  # identity: refused
    third = writer.append([("reminder_hour", {"patient_key": "e", "local_hour": 7})])
    release.set()
    assert busy.result(timeout=10) is True
    assert [e["payload"]["patient_key"] for e in first.result(timeout=10)] == ["a"]
    assert [e["payload"]["patient_key"] for e in second.result(timeout=10)] == ["b", "c"]
    assert isinstance(refused.exception(timeout=10), AuditError)
    assert [e["payload"]["patient_key"] for e in third.result(timeout=10)] == ["e"]
    writer.close()
    # One gathered write of all five entries was refused; then each request alone: only the bad one failed.
    assert writes[0] == 5 and len(writes) == 5 and writer.error is None
    assert [e["payload"]["patient_key"] for e in audit.entries()] == ["a", "b", "c", "e"] and audit.verify().ok


@pytest.mark.verifies("REQ-SERVE-002")
def test_unreachable_registry_is_503_not_a_guess(lake: Path, tmp_path: Path) -> None:
    settings = dataclasses.replace(load_settings(lake), mlflow_tracking_uri=f"sqlite:///{tmp_path / 'gone' / 'mlflow.db'}")
    engine = Engine(settings, ServeConfig(), start_background=False)
    try:
        ready, reason = engine.ready()
        assert not ready and "registry unreachable" in reason
        for call in (lambda: engine.dropoff([UNKNOWN], single=True), lambda: engine.reminder(UNKNOWN), engine.supply_alerts):
            with pytest.raises(ServiceError) as raised:
                call()
            assert raised.value.status == 503 and "registry unreachable" in raised.value.reason
    finally:
        engine.close()
    assert not (tmp_path / "gone").exists()  # MLflow was not allowed to create an empty registry there


@pytest.mark.verifies("REQ-SHADOW-001")
def test_supply_challenger_failure_is_recorded_not_served(lake: Path) -> None:
    _, pyfunc = load(connect(load_settings(lake).mlflow_tracking_uri), "anomaly", CHAMPION)
    champion = Deployed("anomaly", "supply_anomaly", "1", pyfunc.unwrap_python_model().estimator)

    class Failing:
        threshold_ = 0.5

        def score_samples(self, frame: pd.DataFrame) -> np.ndarray:
            raise RuntimeError("broken challenger")

    scores, frame = supply.compute(lake, champion)
    shadowed = supply.shadow(scores, frame, Deployed("anomaly", "supply_anomaly", "9", Failing()), budget_seconds=60)
    assert shadowed.challenger_error == "RuntimeError: broken challenger" and shadowed.current.equals(scores.current)
    twin = supply.shadow(scores, frame, champion, budget_seconds=60)  # the champion as its own challenger: equal scores
    assert twin.challenger_error is None and (twin.current.challenger_score == twin.current.score).all()


def test_prediction_log_round_trip(tmp_path: Path) -> None:
    types = {"x": "float64", "n": "int64", "s": "string"}
    log = PredictionLog(tmp_path, {"dropoff": types}, flush_seconds=60)
    now = time.time()
    log.append(Entry("dropoff", "r1", now, "1", {"risk": [0.25, None], "intervene": [False, False], "on_therapy": [True, False]},
                     {"x": [0.1, None], "n": [3, None], "s": ["a", None]}, 0.5, patient_keys=["k1", "k2"],
                     challenger_version="2", challenger_output={"risk": [0.3, None], "intervene": [False, False],
                                                                 "on_therapy": [True, False]}, challenger_ms=0.7))  # fmt: skip
    log.append(Entry("dropoff", "r2", now + 1, "1", {"risk": [0.9], "intervene": [True], "on_therapy": [True]},
                     {"x": [2.0], "n": [1], "s": ["b"]}, 0.4, patient_keys=["k3"], challenger_version="2",
                     challenger_error="RuntimeError: boom"))  # fmt: skip
    log.close()
    assert not list(tmp_path.rglob("*.tmp"))
    frame = read_log(tmp_path, "dropoff")
    assert frame.request_id.tolist() == ["r1", "r1", "r2"] and frame.patient_key.tolist() == ["k1", "k2", "k3"]
    assert frame["features.n"].tolist()[0] == 3 and pd.isna(frame["features.n"].iloc[1])
    assert frame["champion_output.risk"].iloc[0] == 0.25 and frame["challenger_output.risk"].iloc[0] == 0.3
    assert pd.isna(frame["challenger_output.risk"].iloc[2]) and frame.challenger_error.iloc[2] == "RuntimeError: boom"
    assert str(frame.time.dt.tz) == "UTC"
    assert read_log(tmp_path, "dropoff", start=dt.datetime.fromtimestamp(now + 0.5, dt.UTC)).request_id.tolist() == ["r2"]
    assert read_log(tmp_path, "reminder").empty


def test_the_reload_token_is_read_again_whenever_the_registry_file_changes(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The embedded registry is asked for the reload token only when its file changed (or changed lately)."""
    from serving import models as serving_models

    database = tmp_path / "mlflow.db"
    database.write_bytes(b"registry")
    asked: list[int] = []
    token = {"value": "t1"}

    def reload_requested(client: Any) -> str:
        asked.append(1)
        return token["value"]

    monkeypatch.setattr(serving_models, "reload_requested", reload_requested)
    monkeypatch.setattr(serving_models.Models, "_connect", lambda self: None)
    registry = serving_models.Models(f"sqlite:///{database}")
    assert registry.reload_token() == "t1" and len(asked) == 1  # written just now: asked, and not remembered
    old = time.time() - 60
    os.utime(database, (old, old))
    assert [registry.reload_token() for _ in range(3)] == ["t1"] * 3 and len(asked) == 2  # unchanged: asked once
    token["value"] = "t2"  # an announcement writes the file: same size, a later time
    database.write_bytes(b"registrx")
    assert registry.reload_token() == "t2" and len(asked) == 3
    os.utime(database, (old + 1, old + 1))  # a change to an old time (a restored copy) is a change too
    assert registry.reload_token() == "t2" and len(asked) == 4
    (tmp_path / "mlflow.db-wal").write_bytes(b"wal")  # a write still in the write-ahead log
    os.utime(tmp_path / "mlflow.db-wal", (old, old))
    token["value"] = "t3"
    assert registry.reload_token() == "t3" and len(asked) == 5
    assert registry.reload_token() == "t3" and len(asked) == 5


def test_prediction_log_keeps_every_row_in_order_across_one_row_and_batch_appends(tmp_path: Path) -> None:
    """After a clean stop every answered row is on disk, in the order answered, with the values given:
    one-row and batch entries mixed, a feature missing, several threads at once."""
    types = {"x": "float64", "n": "int64", "s": "string"}
    log = PredictionLog(tmp_path, {"dropoff": types}, flush_seconds=60)
    now = time.time()
    expected: list[tuple[str, str, float | None, int | None]] = []

    def one(request: str, key: str, x: float | None, n: int | None) -> Entry:
        expected.append((request, key, x, n))
        return Entry("dropoff", request, now, "1", {"risk": [0.5], "intervene": [False], "on_therapy": [True]},
                     {"x": [x], "n": [n], "s": [key]}, 0.1, patient_keys=[key], features_as_of=[now - 60])  # fmt: skip

    log.append(one("a", "k0", 0.5, 1))
    log.append(one("b", "k1", None, None))
    keys = ["k2", "k3", "k4"]
    expected.extend(("c", key, float(i), i) for i, key in enumerate(keys))
    log.append(Entry("dropoff", "c", now, "1", {"risk": [0.1] * 3, "intervene": [False] * 3, "on_therapy": [True] * 3},
                     {"x": [0.0, 1.0, 2.0], "n": [0, 1, 2], "s": keys}, 0.2, patient_keys=keys))  # fmt: skip
    log.append(one("d", "k5", 3.5, 7))
    log.append(Entry("dropoff", "e", now, "1", {"risk": [0.2], "intervene": [False], "on_therapy": [True]},
                     {"x": [9.0]}, 0.1, patient_keys=["k6"]))  # a feature missing: added by column, null  # fmt: skip
    expected.append(("e", "k6", 9.0, None))
    threads = [threading.Thread(target=lambda t=t: [log.append(one(f"t{t}-{i}", f"t{t}-{i}", float(i), i))
                                                      for i in range(200)]) for t in range(4)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    log.close()
    frame = read_log(tmp_path, "dropoff")
    got = [(r, k, None if pd.isna(x) else x, None if pd.isna(n) else int(n))
           for r, k, x, n in zip(frame.request_id, frame.patient_key, frame["features.x"], frame["features.n"], strict=True)]
    assert len(got) == len(expected) == 7 + 800
    assert got[:7] == expected[:7]  # appended from one thread: in that order
    assert sorted(got[7:], key=str) == sorted(expected[7:], key=str)
    assert frame["features.s"].tolist()[:2] == ["k0", "k1"] and pd.isna(frame["features.s"].iloc[6])
    assert frame.features_as_of.notna().tolist()[:3] == [True, True, False]


# --------------------------------------------------------------------------- HTTP: security and errors


@pytest.mark.slow
@pytest.mark.verifies("REQ-SERVE-001")
def test_health_is_open_everything_else_needs_the_token(server: Server) -> None:
    with server.client(token=None) as anonymous, server.client(token="wrong-token") as wrong:
        for path in ("/livez", "/healthz", "/readyz"):
            assert anonymous.get(path).status_code == 200, path
        for method, path in (("POST", "/v1/dropoff/risk"), ("POST", "/v1/reminder/hour"), ("POST", "/v1/supply/alerts"),
                             ("POST", "/v1/admin/reload"), ("GET", "/metrics"), ("GET", "/docs.json")):  # fmt: skip
            for client in (anonymous, wrong):
                response = client.request(method, path, json={})
                assert response.status_code == 401, (method, path)
                assert response.headers["www-authenticate"].startswith("Bearer") and "bearer token" in response.json()["error"]


@pytest.mark.slow
@pytest.mark.verifies("REQ-SERVE-001")
def test_malformed_input_is_422_with_a_message(server: Server, patients: list[str]) -> None:
    cases = [
        ("/v1/dropoff/risk", b'{"patient_key": "0102', "json_invalid"),
        ("/v1/dropoff/risk", json.dumps({"patient_key": "John Smith"}).encode(), "string_pattern_mismatch"),
        ("/v1/dropoff/risk", json.dumps({"patient_key": 12}).encode(), "string_type"),
        ("/v1/dropoff/risk", json.dumps({}).encode(), "missing"),
        ("/v1/dropoff/risk/batch", json.dumps({"patient_keys": []}).encode(), "too_short"),
        ("/v1/dropoff/risk/batch", json.dumps({"patient_keys": [patients[0]] * 1001}).encode(), "too_long"),
        ("/v1/reminder/hour", json.dumps({"patient_key": "ABC"}).encode(), "string_pattern_mismatch"),
        ("/v1/supply/alerts", json.dumps({"top": -1}).encode(), "greater_than_equal"),
    ]
    with server.client() as client:
        for path, body, kind in cases:
            response = client.post(path, content=body, headers={"Content-Type": "application/json"})
            assert response.status_code == 422, (path, body[:40], response.text)
            answer = response.json()
            assert "validation error" in answer["error"] and answer["detail"][0]["type"] == kind
            assert "input" not in answer["detail"][0]  # no echo of what was sent
    assert "John Smith" not in server.output.read_text(errors="replace")  # not in the server log either
    # A client's error is no server error: logged at INFO, without a traceback.
    rejected = [line for line in server.output.read_text(errors="replace").splitlines() if "rejected input" in line]
    assert rejected and not any("ERROR" in line for line in rejected)


@pytest.mark.slow
def test_bodies_that_are_not_json_objects_of_the_routes_fields_are_422(server: Server, patients: list[str]) -> None:
    # (a body declared as anything but JSON gets 415: tests/test_api_contract.py)
    cases = [
        ("/v1/dropoff/risk", json.dumps({"patient_key": patients[0], "name": "John"}).encode(), "application/json", "'name'"),
        ("/v1/dropoff/risk/batch", json.dumps({"patient_keys": [patients[0]], "extra": 1}).encode(), "application/json",
         "'extra'"),
        ("/v1/supply/alerts", json.dumps({"top": 1, "mrn": "x"}).encode(), "application/json", "'mrn'"),
        ("/v1/dropoff/risk", json.dumps([patients[0]]).encode(), "application/json", "JSON object"),
    ]  # fmt: skip
    with server.client() as client:
        for path, body, content_type, said in cases:
            response = client.post(path, content=body, headers={"Content-Type": content_type})
            assert response.status_code == 422, (path, content_type, response.text)
            assert said in response.json()["error"] and "validation error" in response.json()["error"]
        assert client.post("/v1/dropoff/risk", json={"patient_key": patients[0]}).status_code == 200  # still answers
        assert client.post("/v1/status", json={}).status_code == 200


@pytest.mark.slow
@pytest.mark.verifies("REQ-SERVE-001")
def test_unknown_patient_is_404(server: Server) -> None:
    with server.client() as client:
        for path in ("/v1/dropoff/risk", "/v1/reminder/hour"):
            response = client.post(path, json={"patient_key": UNKNOWN})
            assert response.status_code == 404 and "unknown patient" in response.json()["error"]


@pytest.mark.slow
@pytest.mark.verifies("REQ-SERVE-001")
def test_request_bodies_over_the_limit_are_413(server: Server, patients: list[str]) -> None:
    big = json.dumps({"patient_keys": [patients[0]] * 9000}).encode()  # ~300 KB > 256 KiB
    with server.client() as client:
        declared = client.post("/v1/dropoff/risk/batch", content=big, headers={"Content-Type": "application/json"})
        assert declared.status_code == 413 and "exceeds" in declared.json()["error"]
        chunked = client.post("/v1/dropoff/risk/batch", content=iter([big[:100_000], big[100_000:]]),
                              headers={"Content-Type": "application/json"})  # fmt: skip
        assert chunked.status_code == 413
        assert client.post("/v1/dropoff/risk", json={"patient_key": patients[0]}).status_code == 200


@pytest.mark.slow
def test_metrics_and_openapi(server: Server) -> None:
    with server.client() as client:
        client.post("/v1/dropoff/risk", json={"patient_key": UNKNOWN})
        metrics = client.get("/metrics")
        assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
        assert "bentoml_service_request_duration_seconds" in metrics.text
        assert 'adherence_answers_total{endpoint="dropoff",status="404"}' in metrics.text
        spec = client.get("/docs.json").json()
    paths = set(spec["paths"])
    assert {"/v1/dropoff/risk", "/v1/dropoff/risk/batch", "/v1/reminder/hour", "/v1/supply/alerts", "/v1/admin/reload",
            "/v1/status", "/readyz", "/livez", "/metrics"} <= paths  # fmt: skip
    schema = spec["paths"]["/v1/dropoff/risk"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["patient_key"]["pattern"] == "^[0-9a-f]{32}$"
    # The document names the codes the service answers (422, not BentoML's 400) and the bearer token.
    single, batch = (spec["paths"][path]["post"] for path in ("/v1/dropoff/risk", "/v1/dropoff/risk/batch"))
    assert set(single["responses"]) == {"200", "401", "404", "413", "415", "422", "429", "500", "503"}
    assert set(batch["responses"]) == {"200", "401", "413", "415", "422", "429", "500", "503"}  # unknown patients: found false
    assert single["responses"]["422"]["content"]["application/json"]["schema"]["$ref"] == "#/components/schemas/Error"
    assert spec["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert single["security"] == [{"bearer": []}] and spec["paths"]["/metrics"]["get"]["security"] == [{"bearer": []}]
    assert "security" not in spec["paths"]["/readyz"]["get"]


# --------------------------------------------------------------------------- HTTP: predictions


@pytest.mark.slow
@pytest.mark.verifies("REQ-SERVE-003")
def test_dropoff_risk_equals_the_models_own_prediction(server: Server, lake: Path, patients: list[str]) -> None:
    expected = _expected_dropoff(lake, patients)
    snapshot = fm.latest_snapshot(lake)
    with server.client() as client:
        for key in patients[:25]:
            answer = client.post("/v1/dropoff/risk", json={"patient_key": key}).json()
            assert answer["patient_key"] == key and answer["model_version"] == "1"
            assert answer["risk"] == expected[key]["risk"] and answer["intervene"] == expected[key]["intervene"]
            assert answer["on_therapy"] == (expected[key]["risk"] is not None)
            assert answer["features_as_of"] == snapshot.isoformat().replace("+00:00", "Z")
            assert answer["feature_age_seconds"] == pytest.approx(time.time() - snapshot.timestamp(), abs=60)
        batch = client.post("/v1/dropoff/risk/batch", json={"patient_keys": [*patients, UNKNOWN]}).json()
    results = {row["patient_key"]: row for row in batch["results"]}
    assert batch["model_version"] == "1" and len(batch["results"]) == len(patients) + 1
    assert results[UNKNOWN]["found"] is False and results[UNKNOWN]["risk"] is None
    for key in patients:
        assert results[key]["found"] and results[key]["risk"] == expected[key]["risk"], key
        assert results[key]["intervene"] == expected[key]["intervene"]
    assert sum(row["intervene"] for row in results.values() if row["intervene"]) > 0  # some flags: audited below


@pytest.mark.slow
@pytest.mark.verifies("REQ-SERVE-004")
def test_reminder_hour_is_a_logged_reproducible_draw(server: Server, lake: Path, patients: list[str]) -> None:
    _, pyfunc = load(connect(load_settings(lake).mlflow_tracking_uri), "reminder", CHAMPION)
    policy = pyfunc.unwrap_python_model().estimator
    answers = []
    with server.client() as client:
        for key in patients[:8]:
            answer = client.post("/v1/reminder/hour", json={"patient_key": key}).json()
            assert answer["local_hour"] in policy.hours_.tolist() and 0 < answer["propensity"] <= 1
            assert answer["model"] == "reminder_timing" and answer["model_version"] == "1"
            answers.append(answer)
    logged = _logged(lake, "reminder", {a["request_id"] for a in answers}, len(answers))
    assert len(logged) == len(answers)
    for answer in answers:
        row = logged[logged.request_id == answer["request_id"]].iloc[0]
        assert row["champion_output.local_hour"] == answer["local_hour"]
        assert row["champion_output.propensity"] == answer["propensity"]
        seed = reminder_seed(answer["request_id"], answer["patient_key"])
        assert row["champion_output.seed"] == seed
        context = pd.DataFrame({name: [row[f"features.{name}"]] for name in policy.feature_names_in_})
        text = getattr(policy, "population_", policy).categories_  # the personalised policy pools over a population one
        context = context.astype({name: "float64" for name in policy.feature_names_in_ if name not in text})  # text stays
        replay = policy.choose(context, random_state=seed)  # the bandit can learn from (and replay) what was served
        assert replay.local_hour.iloc[0] == answer["local_hour"] and replay.propensity.iloc[0] == answer["propensity"]


@pytest.mark.slow
@pytest.mark.verifies("REQ-SERVE-003")
def test_supply_alerts_match_batch_prediction(server: Server, lake: Path, tmp_path: Path) -> None:
    from serving.batch import predict

    with server.client() as client:
        answer = client.post("/v1/supply/alerts", json={"top": 5}).json()
        again = client.post("/v1/supply/alerts", json={}).json()
    as_of = dt.date.fromisoformat(answer["as_of"])
    assert as_of == (fm.latest_snapshot(lake) - dt.timedelta(days=1)).date()
    batch = predict(load_settings(lake), "anomaly", as_of, tmp_path / "anomaly.parquet")
    today = batch[batch.date == as_of]
    expected = {(r.batch_number, r.region): r.score for r in today[today.alert].itertuples()}
    assert {(a["batch_number"], a["region"]): a["score"] for a in answer["alerts"]} == pytest.approx(expected)
    assert len(answer["top"]) == 5 and answer["top"][0]["score"] == today.score.max()
    assert answer["series"] == len(today) and again["alerts"] == answer["alerts"]
    if not expected:
        pytest.skip("no supply alert on the newest day of this lake")
    with server.client() as client:
        filtered = client.post("/v1/supply/alerts", json={"batch_number": answer["alerts"][0]["batch_number"]}).json()
    assert {a["batch_number"] for a in filtered["alerts"]} == {answer["alerts"][0]["batch_number"]}

    def audited() -> list[tuple[str, str]] | None:
        entries = AuditLog(load_settings(lake).audit_log_path, TEST_AUDIT_KEY.encode()).entries()
        found = sorted((e["payload"]["batch_number"], e["payload"]["region"]) for e in entries if e["kind"] == "supply_alert")
        return found if len(found) >= len(expected) else None

    time.sleep(0.5)  # three requests returned the alerts: each is audited once, not once per request
    assert _wait_for(audited) == sorted(expected)


@pytest.mark.slow
@pytest.mark.verifies("REQ-SHADOW-001")
def test_prediction_log_has_champion_and_challenger(server: Server, lake: Path, patients: list[str]) -> None:
    with server.client() as client:
        answer = client.post("/v1/dropoff/risk/batch", json={"patient_keys": patients[:50]}).json()
    rows = _logged(lake, "dropoff", {answer["request_id"]}, 50)
    assert len(rows) == 50
    by_key = rows.set_index("patient_key")
    for result in answer["results"]:
        row = by_key.loc[result["patient_key"]]
        assert row["champion_version"] == "1" and row["challenger_version"] == "2"
        expected_risk = result["risk"] if result["risk"] is not None else np.nan
        assert row["champion_output.risk"] == pytest.approx(expected_risk, nan_ok=True)
        assert pd.isna(row["challenger_output.risk"]) and "challenger failure injected" in row["challenger_error"]
        assert row["champion_ms"] > 0 and isinstance(row["features.doses_7d"], int | np.integer | float)
        # the snapshot behind the answer, by whose day the shadow harness joins outcomes
        assert row["features_as_of"] == pd.Timestamp(result["features_as_of"])
    assert "patient_key" not in [c.removeprefix("features.") for c in rows.columns if c.startswith("features.")]


# --------------------------------------------------------------------------- shadow isolation and reload


def _timed(client: httpx.Client, keys: list[str]) -> tuple[list[dict[str, Any]], list[float]]:
    answers, seconds = [], []
    for key in keys:
        started = time.perf_counter()
        response = client.post("/v1/dropoff/risk", json={"patient_key": key})
        seconds.append(time.perf_counter() - started)
        assert response.status_code == 200, response.text
        answers.append(response.json())
    return answers, seconds


def _strip(answer: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in answer.items() if k not in ("request_id", "feature_age_seconds")}


def _versions(server: Server, model: str = "dropoff") -> set[tuple[str | None, str | None]]:
    with server.client() as client:  # a fresh connection per call: both workers get asked
        seen = set()
        for _ in range(12):
            with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {TOKEN}"}) as fresh:
                versions = fresh.post("/v1/status", json={}).json()["models"][model]
            seen.add((versions[CHAMPION], versions[CHALLENGER]))
        client.close()
    return seen


@pytest.mark.slow
@pytest.mark.verifies("REQ-SHADOW-001")
def test_shadow_challenger_that_raises_or_sleeps_changes_nothing(server: Server, lake: Path, patients: list[str]) -> None:
    keys = patients[:30]
    raising = version_for(connect(load_settings(lake).mlflow_tracking_uri), "dropoff", CHALLENGER)
    assert raising is not None
    with server.client() as client:
        with_raising, raising_seconds = _timed(client, keys)  # challenger v2 raises on every call
        expected = _expected_dropoff(lake, keys)
        assert [a["risk"] for a in with_raising] == [expected[k]["risk"] for k in keys]

        sleeper = _register_dropoff(lake, _clone(_champion_estimator(lake), SleepingDropoff), CHALLENGER)
        assert client.post("/v1/admin/reload", json={}).status_code == 200
        assert _wait_for(lambda: _versions(server) == {("1", sleeper)}), _versions(server)
        with_sleeping, sleeping_seconds = _timed(client, keys)  # challenger sleeps 2 s per call
    assert [_strip(a) for a in with_sleeping] == [_strip(a) for a in with_raising]
    assert max(sleeping_seconds) < 1.0, sleeping_seconds  # never waited for the 2-s challenger
    assert np.median(sleeping_seconds) < np.median(raising_seconds) + 0.05
    request_ids = {a["request_id"] for a in with_sleeping}
    rows = _logged(lake, "dropoff", request_ids, len(keys), timeout=20)
    assert set(rows.challenger_version) == {sleeper} and rows["challenger_output.risk"].isna().all()
    assert rows.challenger_error.str.match(r"^(timeout|skipped): ").all(), rows.challenger_error.unique()
    assert rows.challenger_error.str.startswith("timeout").any()
    flags = [e["payload"] for e in AuditLog(load_settings(lake).audit_log_path, TEST_AUDIT_KEY.encode()).entries()
             if e["kind"] == "intervention_flag"]  # fmt: skip
    assert flags and {p["model_version"] for p in flags} == {"1"}  # the challengers' decisions were never enacted
    move_alias(connect(load_settings(lake).mlflow_tracking_uri), "dropoff", CHALLENGER, str(raising.version),
               reason="serving test: restore the raising challenger", actor="tests")  # fmt: skip
    with server.client() as client:
        client.post("/v1/admin/reload", json={})
    assert _wait_for(lambda: _versions(server) == {("1", str(raising.version))})


@pytest.mark.slow
@pytest.mark.verifies("REQ-SERVE-004")
def test_new_champion_without_restart(server: Server, lake: Path, patients: list[str]) -> None:
    client_ = connect(load_settings(lake).mlflow_tracking_uri)
    fresh = _register_dropoff(lake, _clone(_champion_estimator(lake, "1"), DropoffClassifier), None)
    move_alias(client_, "dropoff", CHAMPION, fresh, reason="serving test: reload endpoint", actor="tests")
    with server.client() as client:
        assert client.post("/v1/admin/reload", json={}).json()["models"]["dropoff"][CHAMPION] == fresh
        assert _wait_for(lambda: {c for c, _ in _versions(server)} == {fresh})
        assert client.post("/v1/dropoff/risk", json={"patient_key": patients[0]}).json()["model_version"] == fresh
    move_alias(client_, "dropoff", CHAMPION, "1", reason="serving test: alias polling", actor="tests")
    assert _wait_for(lambda: {c for c, _ in _versions(server)} == {"1"}, timeout=10)  # picked up by polling (2 s)


@pytest.mark.verifies("REQ-SERVE-003")
def test_a_gru_champion_is_scored_over_http_like_its_own_prediction(server: Server, lake: Path, patients: list[str]) -> None:
    """The sequence candidate, once registered and champion, answers through the same path (numpy, no torch)."""
    from models.sequence import SequenceDropoffClassifier
    from training.datasets import dropoff_examples, feature_columns
    from training.dropoff import LABEL

    examples = dropoff_examples(lake, fm.latest_snapshot(lake).date())
    rows = examples.latest
    cut = rows.as_of.sort_values().iloc[int(len(rows) * 0.7)]
    fit, later = rows[rows.as_of < cut], rows[rows.as_of >= cut]
    columns = feature_columns(rows)
    gru = SequenceDropoffClassifier(epochs=2).fit(fit[columns], fit[LABEL].to_numpy(), later[columns], later[LABEL].to_numpy())
    client_ = connect(load_settings(lake).mlflow_tracking_uri)
    version = _register_dropoff(lake, gru, None)  # type: ignore[arg-type]
    move_alias(client_, "dropoff", CHAMPION, version, reason="serving test: GRU champion", actor="tests")
    try:
        expected = _expected_dropoff(lake, patients, version)
        with server.client() as client:
            assert client.post("/v1/admin/reload", json={}).json()["models"]["dropoff"][CHAMPION] == version
            one = client.post("/v1/dropoff/risk", json={"patient_key": patients[0]}).json()
            batch = client.post("/v1/dropoff/risk/batch", json={"patient_keys": patients}).json()
        assert one["model_version"] == version and one["risk"] == pytest.approx(expected[patients[0]]["risk"])
        assert batch["model_version"] == version
        scored = [row for row in batch["results"] if row["risk"] is not None]
        assert len(scored) > 10 and len({row["risk"] for row in scored}) > 1
        for row in batch["results"]:
            want = expected[row["patient_key"]]["risk"]
            assert (row["risk"] is None) == (want is None) and (want is None or row["risk"] == pytest.approx(want))
    finally:
        move_alias(client_, "dropoff", CHAMPION, "1", reason="serving test: back to v1", actor="tests")
        with server.client() as client:
            client.post("/v1/admin/reload", json={})


# --------------------------------------------------------------------------- audit


def _tamper(source: Path, target_lake: Path, change: Any) -> subprocess.CompletedProcess[str] | Any:
    audit_dir = target_lake / "audit"
    shutil.copytree(source, audit_dir)
    path = audit_dir / "audit.log"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(change(lines)))
    return runner.invoke(app, ["audit", "verify", "--lake", str(target_lake)])


@pytest.mark.slow
@pytest.mark.verifies("REQ-AUDIT-005")
def test_service_audit_entries_verify_and_tampering_is_caught(server: Server, lake: Path, patients: list[str],
                                                              tmp_path: Path) -> None:  # fmt: skip
    with server.client() as client:  # decisions of all three kinds
        flags = client.post("/v1/dropoff/risk/batch", json={"patient_keys": patients}).json()["results"]
        assert any(row["intervene"] for row in flags)
        for key in patients[:3]:
            assert client.post("/v1/reminder/hour", json={"patient_key": key}).status_code == 200
        supply = client.post("/v1/supply/alerts", json={}).json()
    settings = load_settings(lake)
    time.sleep(0.5)  # the writer appends queued entries within milliseconds
    entries = list(AuditLog(settings.audit_log_path, TEST_AUDIT_KEY.encode()).entries())
    kinds = {e["kind"] for e in entries}
    assert {"intervention_flag", "reminder_hour"} <= kinds and ("supply_alert" in kinds) == bool(supply["alerts"])
    for entry in entries:
        assert not {"features", "name", "mrn"} & set(entry["payload"])
    result = runner.invoke(app, ["audit", "verify", "--lake", str(lake)])
    assert result.exit_code == 0, result.output
    source = settings.audit_log_path.parent
    service = [i for i, e in enumerate(entries) if e["kind"] in ("intervention_flag", "reminder_hour")]
    k = service[len(service) // 2]  # 0-based line of a service entry; entries are numbered from 1

    def edit(lines: list[str]) -> list[str]:
        entry = json.loads(lines[k])
        if entry["kind"] == "reminder_hour":
            entry["payload"]["local_hour"] = (entry["payload"]["local_hour"] + 1) % 24
        else:
            entry["payload"]["decisions"][0]["intervene"] = False
        return [*lines[:k], json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n", *lines[k + 1 :]]

    tampering = {
        "edit": edit,
        "deletion": lambda lines: lines[:k] + lines[k + 1 :],
        "insertion": lambda lines: [*lines[:k], lines[k + 1], *lines[k:]],
        "reordering": lambda lines: [*lines[:k], lines[k + 1], lines[k], *lines[k + 2 :]],
    }
    for name, change in tampering.items():
        result = _tamper(source, tmp_path / name, change)
        assert result.exit_code == 1, (name, result.output)
        assert f"entry {k + 1}:" in result.output, (name, result.output)


# --------------------------------------------------------------------------- unavailable dependencies (last: break the store)


@pytest.mark.slow
@pytest.mark.verifies("REQ-SERVE-002")
def test_online_store_gone_is_503_with_a_reason_and_recovers(server: Server, lake: Path, patients: list[str]) -> None:
    online = lake / "feature_repo" / "online.db"
    hidden = online.with_name("online.db.away")
    with server.client() as client:
        assert client.post("/v1/dropoff/risk", json={"patient_key": patients[0]}).status_code == 200
        online.rename(hidden)
        try:
            for path in ("/v1/dropoff/risk", "/v1/reminder/hour"):
                for _ in range(4):  # both workers
                    response = client.post(path, json={"patient_key": patients[0]})
                    assert response.status_code == 503 and "online store" in response.json()["error"], response.text
            batch = client.post("/v1/dropoff/risk/batch", json={"patient_keys": patients[:3]})
            assert batch.status_code == 503 and "risk" not in batch.text
            assert _wait_for(lambda: httpx.get(f"{server.url}/readyz").status_code == 503)
            assert client.post("/v1/status", json={}).json()["reason"].startswith("online store")
        finally:
            hidden.rename(online)
        assert _wait_for(lambda: client.post("/v1/dropoff/risk", json={"patient_key": patients[0]}).status_code == 200)
        assert httpx.get(f"{server.url}/readyz").status_code == 200


# --------------------------------------------------------------------------- scale-out: Redis online store


@pytest.mark.slow
@pytest.mark.scaleout
@pytest.mark.verifies("REQ-SERVE-002")
def test_redis_online_store_stopped_is_503(trained_lake: Path, tmp_path: Path) -> None:
    if shutil.which("redis-server") is None or not reachable(5432):
        message = "redis-server and PostgreSQL on 127.0.0.1:5432 are needed"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                              "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    project = f"adh_serve_{uuid.uuid4().hex[:12]}"
    lake = _copy_lake(trained_lake, tmp_path / "lake")
    server = None
    store = None
    try:
        assert _wait_for(lambda: reachable(port), timeout=10)
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("ADHERENCE_FEAST_REDIS", f"127.0.0.1:{port}")
            store = fm.apply(lake, profile="scaleout", project=project)
            fm.materialize(lake, fm.latest_snapshot(lake), profile="scaleout")
        key = sorted(pd.read_parquet(fm.features_dir(lake) / "patient_activity.parquet").patient_key.unique())[0]
        server = _start(lake, ServeConfig(profile="scaleout", workers=1), tmp_path / "server.out")
        with server.client() as client:
            answer = client.post("/v1/dropoff/risk", json={"patient_key": key})
            assert answer.status_code == 200
            assert answer.json()["risk"] == _expected_dropoff(lake, [key], profile="scaleout")[key]["risk"]
            assert client.post("/v1/status", json={}).json()["online_reader"] == "FeastReader"
            redis.terminate()  # our own redis-server, by its PID
            redis.wait(10)
            for path in ("/v1/dropoff/risk", "/v1/reminder/hour"):
                response = client.post(path, json={"patient_key": key})
                assert response.status_code == 503 and "online store" in response.json()["error"], response.text
            assert httpx.get(f"{server.url}/readyz").status_code == 503
    finally:
        if server is not None:
            stop(server.process)
        if redis.poll() is None:
            redis.terminate()
            redis.wait(10)
        if store is not None:
            store.registry.delete_project(project, commit=True)


def _serve_cli(lake: Path, port: int, output: Path, **env: str) -> subprocess.Popen[bytes]:
    """``adherence serve`` in a process (and session) of its own, as an operator or a supervisor runs it."""
    import sys

    environment = {**os.environ, **_environment(), "PYTHONUNBUFFERED": "1", **env}
    environment.pop("ADHERENCE_MLFLOW_TRACKING_URI", None)
    environment.pop("MLFLOW_TRACKING_URI", None)
    command = [sys.executable, "-m", "adherence.cli", "serve", "--lake", str(lake), "--port", str(port), "--workers", "1"]
    with output.open("wb") as log:
        return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=environment, start_new_session=True)


def _bentoml_started(cli: subprocess.Popen[bytes], *, catching_sigterm: bool = False) -> set[int]:
    """The CLI's processes once BentoML's server has started its worker (found from the CLI's PID in /proc);
    ``catching_sigterm``: once the worker has its own SIGTERM handler, i.e. defers a SIGTERM until it has started."""
    import signal

    def read(pid: int, name: str) -> bytes:
        try:
            return Path(f"/proc/{pid}/{name}").read_bytes()
        except OSError:
            return b""

    def catches_sigterm(pid: int) -> bool:
        caught = [line for line in read(pid, "status").splitlines() if line.startswith(b"SigCgt:")]
        return bool(caught) and bool(int(caught[0].split()[1], 16) & (1 << (signal.SIGTERM - 1)))

    def found() -> set[int] | None:
        below = descendants(cli.pid)
        workers = [pid for pid in below if b"_bentoml_impl.worker" in read(pid, "cmdline")]
        ready = workers and (not catching_sigterm or all(catches_sigterm(pid) for pid in workers))
        return below if ready or cli.poll() is not None else None

    return _wait_for(found, timeout=ready_timeout(), every=0.1) or set()


def _running(pids: set[int]) -> list[int]:
    """Those of ``pids`` still running: a zombie has finished (its new parent, init, reaps it)."""
    def state(pid: int) -> str:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return "gone"

    return [pid for pid in pids if state(pid) not in ("gone", "Z")]


def _kill_left(cli: subprocess.Popen[bytes], pids: set[int]) -> None:
    """On failure: our own processes, by their PIDs."""
    import signal

    for pid in [cli.pid, *pids]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    cli.wait()


@pytest.mark.slow
def test_sigterm_stops_adherence_serve_within_10_s_and_leaves_no_child(lake: Path, tmp_path: Path) -> None:
    """SIGTERM used to deadlock the CLI (its handler waited on the child under the interrupted wait's lock)."""
    import signal

    port = free_port()
    cli = _serve_cli(lake, port, tmp_path / "serve.out")
    children: set[int] = set()
    try:
        ready = _wait_for(lambda: cli.poll() is not None or _ready(f"http://127.0.0.1:{port}"), timeout=ready_timeout(),
                          every=0.5)  # fmt: skip
        assert ready and cli.poll() is None, (tmp_path / "serve.out").read_text(errors="replace")[-3000:]
        children = descendants(cli.pid)
        assert len(children) >= 2, "the CLI runs BentoML's server as its child, and the server its worker"
        began = time.monotonic()
        cli.send_signal(signal.SIGTERM)
        code = cli.wait(timeout=30)
        assert time.monotonic() - began < 10, f"SIGTERM took {time.monotonic() - began:.1f} s"
        assert code == 128 + signal.SIGTERM
        left = _running(children)
        assert not left, f"processes left behind: {left}"
    finally:
        _kill_left(cli, children)


def test_sigterm_while_bentoml_starts_stops_it_and_its_worker_at_once(tmp_path: Path) -> None:
    """BentoML finishes starting before it acts on SIGTERM (its worker runs in a session of its own, out of reach
    of the group's signal): the CLI used to wait its whole grace period, then leave the worker running."""
    import signal

    lake = _unservable_lake(tmp_path)
    port = free_port()
    cli = _serve_cli(lake, port, tmp_path / "serve.out")
    children: set[int] = set()
    try:
        children = _bentoml_started(cli, catching_sigterm=True)
        assert cli.poll() is None and len(children) >= 2, (tmp_path / "serve.out").read_text(errors="replace")[-3000:]
        assert not _ready(f"http://127.0.0.1:{port}")  # still starting
        began = time.monotonic()
        cli.send_signal(signal.SIGTERM)
        code = cli.wait(timeout=30)
        assert time.monotonic() - began < 5, f"SIGTERM took {time.monotonic() - began:.1f} s"
        assert code == 128 + signal.SIGTERM
        _wait_for(lambda: not _running(children), timeout=5, every=0.1)
        assert not _running(children), f"processes left behind: {_running(children)}"
    finally:
        _kill_left(cli, children)


@pytest.mark.parametrize("phase", ["starting", pytest.param("serving", marks=pytest.mark.slow)])
def test_sigkill_of_adherence_serve_takes_its_bentoml_processes_with_it(phase: str, tmp_path: Path,
                                                                       request: pytest.FixtureRequest) -> None:  # fmt: skip
    """``kill -9`` of the CLI: the server dies with it (PR_SET_PDEATHSIG), and its worker with the server."""
    import signal

    port = free_port()
    lake = request.getfixturevalue("lake") if phase == "serving" else _unservable_lake(tmp_path)
    cli = _serve_cli(lake, port, tmp_path / "serve.out")
    children: set[int] = set()
    try:
        children = _bentoml_started(cli)
        if phase == "serving":
            _wait_for(lambda: cli.poll() is not None or _ready(f"http://127.0.0.1:{port}"), timeout=ready_timeout(), every=0.5)
        # Looked up again just before the kill: the server may have started a second worker since the first
        # was seen, and that worker holds the listening socket too.
        children |= descendants(cli.pid)
        assert cli.poll() is None and len(children) >= 2, (tmp_path / "serve.out").read_text(errors="replace")[-3000:]
        cli.send_signal(signal.SIGKILL)
        assert cli.wait(timeout=10) == -signal.SIGKILL
        # A worker still importing stops when it reaches the service module; a serving one at once. The port
        # closes when the last process holding the socket is gone.
        _wait_for(lambda: not _running(children) and not reachable(port), timeout=60, every=0.2)
        assert not _running(children), f"BentoML processes outlived the CLI: {_running(children)}"
        assert not reachable(port), "the server's port is still open after the CLI and its processes died"
    finally:
        _kill_left(cli, children)


def _unservable_lake(tmp_path: Path) -> Path:
    """A lake that passes the CLI's checks (a Feast repository's file is there) but has nothing to serve:
    the server starts, and its workers never get ready."""
    repo = tmp_path / "lake" / "feature_repo"
    repo.mkdir(parents=True)
    (repo / "feature_store.yaml").write_text("project: adherence\n")
    return repo.parent


def _ready(url: str) -> bool:
    try:
        return httpx.get(f"{url}/readyz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def test_old_features_are_flagged_stale_and_refused_past_the_hard_limit(lake: Path, patients: list[str]) -> None:
    """The trained lake's snapshot lies months in the (simulated) past: far beyond 36 hours and 30 days."""
    settings = load_settings(lake)
    lenient = Engine(settings, ServeConfig(refuse_after_seconds=0), start_background=False)
    try:
        answer = lenient.dropoff([patients[0]], single=True)
        answer.settle(timeout=30)
        age = answer.body["feature_age_seconds"]
        assert age > 88 * 86400 and answer.body["stale"] is True  # the issue's 88-day-old row: flagged
        hour = lenient.reminder(patients[0])
        hour.settle(timeout=30)
        assert hour.body["stale"] is True
        batch = lenient.dropoff([patients[0], UNKNOWN], single=False)
        batch.settle(timeout=30)
        assert [r["stale"] for r in batch.body["results"]] == [True, None]
    finally:
        lenient.close()
    tolerant = Engine(settings, ServeConfig(stale_after_seconds=age + 86400, refuse_after_seconds=0), start_background=False)
    try:
        fresh_enough = tolerant.dropoff([patients[0]], single=True)
        fresh_enough.settle(timeout=30)
        assert fresh_enough.body["stale"] is False
    finally:
        tolerant.close()
    strict = Engine(settings, ServeConfig(), start_background=False)  # the default hard limit: 30 days
    try:
        for call in (lambda: strict.dropoff([patients[0]], single=True), lambda: strict.reminder(patients[0]),
                     lambda: strict.dropoff(patients[:5], single=False)):  # fmt: skip
            with pytest.raises(ServiceError) as refused:
                call()
            assert refused.value.status == 503 and "days old" in refused.value.reason
    finally:
        strict.close()
