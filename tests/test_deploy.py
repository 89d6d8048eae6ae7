"""The service as deployed: it reads the online store, the registry and its log sinks, never the lake.

The ``replica`` fixture builds what a deployed replica has, outside the lake: a copy of the
Feast repository (its ``feature_store.yaml`` and SQLite online store) and a copy of the MLflow
registry with its artifacts. The lake is then renamed away, so any read of a lake file fails
(and any write would recreate the folder, which the tests check is not there afterwards).

The Bento test builds ``bentofile.yaml`` into a private Bento store, serves the Bento with
``bentoml serve <tag>`` given only environment settings, and calls every endpoint over HTTP;
its answers must equal those of the in-process engine on the lake, taken before it was hidden.
The server runs in its own process group and is stopped by its PID (``adherence.processes.stop``).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest

from adherence.audit import AuditLog
from adherence.prediction_log import read_log
from adherence.settings import Settings, SettingsError, load_settings
from features import materialize as fm
from models.registry import RELOAD_TAG, connect, relocate_tracking_store
from serving.config import ServeConfig
from serving.engine import Engine
from tests.conftest import TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY
from tests.network import free_port

TOKEN = "test-api-token-0123456789abcdefgh"
SKIPPED = shutil.ignore_patterns("silver", "truth", "feature_repo*", "prediction_log", "serving", "audit")
#: The trained lake lies in the simulated past: no refusal for old features (as in tests/test_serving.py).
BATCH_FIELDS = ("patient_key", "found", "risk", "intervene", "features_as_of")
CONFIG = ServeConfig(refuse_after_seconds=0, log_flush_seconds=0.2)


@dataclass
class Replica:
    """What a deployed replica has, and where the (now absent) lake was."""

    lake: Path  # absent while the tests run
    hidden: Path  # the lake, renamed
    feature_repo: Path
    tracking_uri: str
    sinks: Path
    patients: list[str]
    expected: dict[str, Any]

    def env(self) -> dict[str, str]:
        """Only environment settings: the online store, the registry, the sinks, the secrets."""
        return {"ADHERENCE_LAKE": str(self.lake), "ADHERENCE_SERVE_FEATURE_REPO": str(self.feature_repo),
                "ADHERENCE_MLFLOW_TRACKING_URI": self.tracking_uri, "ADHERENCE_AUDIT_DIR": str(self.sinks / "audit"),
                "ADHERENCE_PREDICTION_LOG_DIR": str(self.sinks / "prediction_log"), "ADHERENCE_API_TOKEN": TOKEN,
                "ADHERENCE_AUDIT_KEY": TEST_AUDIT_KEY, "ADHERENCE_SERVE_REFUSE_AFTER_SECONDS": "0",
                "ADHERENCE_SERVE_LOG_FLUSH_SECONDS": "0.2", "ADHERENCE_SERVE_POLL_SECONDS": "3600"}  # fmt: skip

    def settings(self) -> Settings:
        with pytest.MonkeyPatch.context() as patch:
            for name, value in self.env().items():
                patch.setenv(name, value)
            return load_settings()


def _answers(engine: Engine, patients: list[str]) -> dict[str, Any]:
    """The engine's answers that do not depend on the request (ids, draws and ages left out)."""
    single = engine.dropoff([patients[0]], single=True).settle(30)
    batch = engine.dropoff([*patients[:20], "0" * 32], single=False).settle(30)
    supply = engine.supply_alerts(top=5).settle(30)
    reminder = engine.reminder(patients[0]).settle(30)
    return {
        "single": {k: single[k] for k in ("risk", "intervene", "on_therapy", "model_version", "features_as_of", "threshold")},
        "batch": [{k: r[k] for k in BATCH_FIELDS} for r in batch["results"]],
        "supply": {k: supply[k] for k in ("as_of", "snapshot", "model_version", "threshold", "series", "alerts", "top")},
        "reminder": {k: reminder[k] for k in ("model_version", "features_as_of")},
    }


@pytest.fixture(scope="module")
def replica(trained_lake: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replica]:
    root = tmp_path_factory.mktemp("deploy")
    lake = root / "lake"
    shutil.copytree(trained_lake, lake, ignore=SKIPPED)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in {"ADHERENCE_API_TOKEN": TOKEN, "ADHERENCE_AUDIT_KEY": TEST_AUDIT_KEY,
                            "ADHERENCE_PSEUDONYM_KEY": TEST_PSEUDONYM_KEY.decode()}.items():  # fmt: skip
            patch.setenv(name, value)
        for name in ("ADHERENCE_MLFLOW_TRACKING_URI", "MLFLOW_TRACKING_URI"):
            patch.delenv(name, raising=False)
        fm.apply(lake)
        fm.materialize(lake, fm.latest_snapshot(lake))
        patients = sorted(pd.read_parquet(fm.features_dir(lake) / "patient_activity.parquet").patient_key.unique())[:40]
        engine = Engine(load_settings(lake), CONFIG, start_background=False)
        try:
            expected = _answers(engine, patients)
        finally:
            engine.close()
    # The replica's state, outside the lake: the Feast repository and the registry, as a deployment mounts them.
    replica_root = root / "replica"
    repo = replica_root / "feature_repo"
    shutil.copytree(lake / "feature_repo", repo)
    config = repo / "feature_store.yaml"
    config.write_text(config.read_text().replace(str(lake / "feature_repo"), str(repo)))
    shutil.copytree(lake / "mlflow", replica_root / "mlflow")
    relocate_tracking_store(replica_root / "mlflow" / "mlflow.db", trained_lake, replica_root)
    hidden = root / "lake-hidden"
    lake.rename(hidden)
    yield Replica(lake, hidden, repo, f"sqlite:///{replica_root / 'mlflow' / 'mlflow.db'}", root / "sinks", patients,
                  expected)  # fmt: skip
    assert not lake.exists(), "the service created or wrote something under the lake"


# --------------------------------------------------------------------------- settings


@pytest.mark.parametrize(("variable", "value", "says"), [
    ("ADHERENCE_AUDIT_DIR", "relative/audit", "must be an absolute folder path like /srv/adherence/audit"),
    ("ADHERENCE_PREDICTION_LOG_DIR", "logs", "must be an absolute folder path like /srv/adherence/prediction_log"),
    ("ADHERENCE_SERVE_FEATURE_REPO", "/nonexistent/feature_repo",
     "must name an existing folder, like /srv/adherence/feature_repo"),
])  # fmt: skip
def test_bad_sink_and_repository_settings_are_named_with_an_example(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                     variable: str, value: str, says: str) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as raised:
        load_settings(tmp_path)
    assert variable in str(raised.value) and says in str(raised.value)


def test_sinks_default_to_the_lake_and_follow_their_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("ADHERENCE_AUDIT_DIR", "ADHERENCE_PREDICTION_LOG_DIR", "ADHERENCE_SERVE_FEATURE_REPO"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(tmp_path / "lake")
    assert settings.audit_log_path == tmp_path / "lake" / "audit" / "audit.log"
    assert settings.prediction_log_dir == tmp_path / "lake" / "prediction_log" and settings.serve_feature_repo is None
    monkeypatch.setenv("ADHERENCE_AUDIT_DIR", str(tmp_path / "a"))
    monkeypatch.setenv("ADHERENCE_PREDICTION_LOG_DIR", str(tmp_path / "p"))
    settings = load_settings(tmp_path / "lake")
    assert settings.audit_log_path == tmp_path / "a" / "audit.log" and settings.prediction_log_dir == tmp_path / "p"
    from adherence.prediction_log import log_dir

    assert log_dir(tmp_path / "lake") == tmp_path / "p"  # shadow replay, monitoring and erasure read the same sink


# --------------------------------------------------------------------------- in process, lake absent


def test_engine_answers_like_before_with_the_lake_absent(replica: Replica, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = replica.settings()
    engine = Engine(settings, CONFIG, start_background=False)
    try:
        assert engine.ready() == (True, "ready"), engine.status()
        assert _answers(engine, replica.patients) == replica.expected
    finally:
        engine.close()
    assert (replica.sinks / "audit" / "audit.log").is_file()
    monkeypatch.setenv("ADHERENCE_PREDICTION_LOG_DIR", str(replica.sinks / "prediction_log"))
    assert not read_log(replica.lake, "dropoff").empty  # read through ADHERENCE_PREDICTION_LOG_DIR


def test_reload_is_announced_through_the_registry_to_other_workers(replica: Replica) -> None:
    settings = replica.settings()
    client = connect(settings.mlflow_tracking_uri)
    listener = Engine(settings, dataclasses.replace(CONFIG, poll_seconds=3600))  # polls the announcement every second
    caller = Engine(settings, CONFIG, start_background=False)
    try:
        before = listener.models.lineup.checked_at
        answer = caller.reload()
        assert answer["reload_announced"] and answer["reload_error"] is None
        assert client.get_registered_model("dropoff").tags[RELOAD_TAG] == caller._reload_seen
        deadline = time.monotonic() + 15
        while listener.models.lineup.checked_at == before and time.monotonic() < deadline:
            time.sleep(0.2)
        assert listener.models.lineup.checked_at > before  # re-read on the announcement, not the hour-long poll
        assert listener._reload_seen == caller._reload_seen
    finally:
        caller.close()
        listener.close()


# --------------------------------------------------------------------------- the Bento


@pytest.mark.slow
def test_the_bento_serves_every_endpoint_with_only_environment_settings(replica: Replica, tmp_path: Path) -> None:
    from adherence.processes import stop, wait_answering
    from serving.run import build

    home = tmp_path / "bentoml"
    base = {k: v for k, v in os.environ.items() if not k.startswith(("ADHERENCE_", "MLFLOW_", "BENTOML_"))}
    base["BENTOML_HOME"] = str(home)
    tag = build(env=base)
    assert tag.startswith("adherence:") and (home / "bentos" / "adherence").is_dir()
    port = free_port()
    output = tmp_path / "bento.out"
    env = {**base, **replica.env(), "BENTOML_DO_NOT_TRACK": "True"}
    env.pop("PYTHONPATH", None)
    command = [sys.executable, "-m", "bentoml", "serve", tag, "--host", "127.0.0.1", "--port", str(port)]
    with output.open("wb") as sink:
        process = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=sink, stderr=subprocess.STDOUT,
                                   start_new_session=True)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_answering(process, f"{url}/readyz", "bentoml serve")
        except RuntimeError as error:
            raise AssertionError(f"{error}:\n{output.read_text()[-4000:]}") from error
        headers = {"Authorization": f"Bearer {TOKEN}"}
        with httpx.Client(base_url=url, headers=headers, timeout=60) as client:
            for path in ("/livez", "/healthz", "/readyz", "/metrics", "/docs.json"):
                assert client.get(path).status_code == 200, path
            assert httpx.post(f"{url}/v1/status", json={}).status_code == 401  # no token
            single = client.post("/v1/dropoff/risk", json={"patient_key": replica.patients[0]}).json()
            batch = client.post("/v1/dropoff/risk/batch", json={"patient_keys": [*replica.patients[:20], "0" * 32]}).json()
            supply = client.post("/v1/supply/alerts", json={"top": 5}).json()
            reminder = client.post("/v1/reminder/hour", json={"patient_key": replica.patients[0]}).json()
            assert client.post("/v1/dropoff/risk", json={"patient_key": "0" * 32}).status_code == 404
            reloaded = client.post("/v1/admin/reload", json={}).json()
            status = client.post("/v1/status", json={}).json()
        served = {
            "single": {k: single[k] for k in replica.expected["single"]},
            "batch": [{k: r[k] for k in BATCH_FIELDS} for r in batch["results"]],
            "supply": {k: supply[k] for k in replica.expected["supply"]},
            "reminder": {k: reminder[k] for k in replica.expected["reminder"]},
        }
        assert served == replica.expected
        assert 0 <= reminder["local_hour"] <= 23 and 0 < reminder["propensity"] <= 1
        assert reloaded["reload_announced"] and status["ready"] and status["supply_error"] is None
        assert status["online_reader"] == "SqliteReader" and status["audit"]["error"] is None
    finally:
        stop(process)
    audit = AuditLog(replica.sinks / "audit" / "audit.log", TEST_AUDIT_KEY.encode())
    assert audit.verify().ok and any(entry["kind"] == "reminder_hour" for entry in audit.entries())
    assert (replica.sinks / "prediction_log" / "reminder").is_dir()
