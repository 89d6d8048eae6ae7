"""MLflow's scale-out profile: a tracking server on PostgreSQL that proxies the artifact root, used for real.

``adherence mlflow-server`` is started on 127.0.0.1 and a free port, in a schema of its own in the
database ``test`` (made and dropped by the test, as the Feast scale-out tests use a project of their
own), and stopped by its PID. Training, registration, alias moves, serving (the BentoML service loads
the champion through the server) and shadow promotion then all go through it; the lake holds no MLflow
store at all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from adherence.mlflow_server import TrackingServer, drop_schema, store_uri, wait_ready
from adherence.settings import load_settings
from tests.conftest import TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY, train_models
from tests.network import descendants, free_port, reachable

BACKEND = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TOKEN = "test-api-token-0123456789abcdefgh"


# --------------------------------------------------------------------------- without a server


def test_the_embedded_default_stays_sqlite_with_artifacts_in_the_lake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from training.tracking import configure

    monkeypatch.delenv("ADHERENCE_MLFLOW_TRACKING_URI", raising=False)
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    settings = load_settings(tmp_path / "lake")
    assert settings.mlflow_tracking_uri == f"sqlite:///{tmp_path / 'lake' / 'mlflow' / 'mlflow.db'}"
    client = configure(settings, "dropoff")
    location = client.get_experiment_by_name("dropoff").artifact_location  # type: ignore[union-attr]
    assert location == (tmp_path / "lake" / "mlflow" / "artifacts" / "dropoff").as_uri()


def test_the_server_command_proxies_artifacts_and_keeps_the_database_password_off_its_command_line() -> None:
    server = TrackingServer(backend_store_uri="postgresql://adherence:s3cret@db.internal:5432/test", schema="team_a",
                            artifacts_destination="s3://bucket/mlflow", port=5123, workers=1)  # fmt: skip
    command = server.command()
    assert command[1:4] == ["-m", "mlflow", "server"] and "--serve-artifacts" in command
    assert command[command.index("--artifacts-destination") + 1] == "s3://bucket/mlflow"
    assert "s3cret" not in " ".join(command)
    backend = server.environment({"MLFLOW_TRACKING_URI": "http://elsewhere"})
    assert backend["MLFLOW_BACKEND_STORE_URI"] == (
        "postgresql+psycopg://adherence:s3cret@db.internal:5432/test?options=-csearch_path%3Dteam_a"
    )
    assert "MLFLOW_TRACKING_URI" not in backend and server.url == "http://127.0.0.1:5123"
    assert store_uri("sqlite:///x.db", "team_a") == "sqlite:///x.db"  # a schema means nothing to SQLite
    with pytest.raises(ValueError, match="schema name"):
        TrackingServer(schema='x"; DROP SCHEMA public; --')
    environ = {"ADHERENCE_MLFLOW_SCHEMA": "from_env", "ADHERENCE_MLFLOW_ARTIFACTS_DESTINATION": "/srv/artifacts"}
    configured = TrackingServer.from_env(environ, schema=None, port=6000)
    assert (configured.schema, configured.artifacts_destination, configured.port) == ("from_env", "/srv/artifacts", 6000)
    assert configured.backend_store_uri == BACKEND


# --------------------------------------------------------------------------- through a tracking server


@dataclass(frozen=True)
class Tracking:
    url: str
    schema: str
    artifacts: Path


@pytest.fixture(scope="module")
def tracking(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tracking]:
    """``adherence mlflow-server`` on a free port, in a schema of its own; stopped by its PID, the schema dropped."""
    if not reachable(5432):
        message = "PostgreSQL on 127.0.0.1:5432 is needed"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI machines run it; restart it as the README says)")
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("mlflow-server")
    schema, port = f"adh_mlflow_{uuid.uuid4().hex[:12]}", free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("MLFLOW_", "ADHERENCE_MLFLOW_"))}
    command = [sys.executable, "-m", "adherence.cli", "mlflow-server", "--schema", schema, "--artifacts-destination",
               str(folder / "artifacts"), "--port", str(port), "--workers", "1"]  # fmt: skip
    with (folder / "server.out").open("wb") as output:
        cli = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    children: set[int] = set()
    try:
        try:
            wait_ready(cli, url)
        except RuntimeError as error:
            raise RuntimeError(f"{error}:\n{(folder / 'server.out').read_text(errors='replace')[-3000:]}") from None
        children = descendants(cli.pid)
        yield Tracking(url, schema, folder / "artifacts")
        cli.send_signal(signal.SIGTERM)  # the command, by its PID: it stops its server's process group
        assert cli.wait(timeout=60) == 128 + signal.SIGTERM
        assert not [pid for pid in children if Path(f"/proc/{pid}").exists()], "mlflow server processes left behind"
    finally:
        for pid in [cli.pid, *children]:  # on failure: our own processes, by their PIDs
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        cli.wait()
        drop_schema(BACKEND, schema)


def _environment(tracking: Tracking) -> dict[str, str]:
    return {"ADHERENCE_MLFLOW_TRACKING_URI": tracking.url, "ADHERENCE_API_TOKEN": TOKEN,
            "ADHERENCE_AUDIT_KEY": TEST_AUDIT_KEY, "ADHERENCE_PSEUDONYM_KEY": TEST_PSEUDONYM_KEY.decode()}  # fmt: skip


@pytest.fixture(scope="module")
def tracked_lake(trained_lake: Path, tracking: Tracking, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the trained lake's de-identified data and features, without its MLflow store, whose drop-off
    model and reminder policy are trained again into the tracking server (built once for the module)."""
    from features import materialize as fm

    lake = tmp_path_factory.mktemp("tracked") / "lake"
    skipped = shutil.ignore_patterns("silver", "truth", "feature_repo*", "mlflow", "prediction_log", "serving")
    shutil.copytree(trained_lake, lake, ignore=skipped)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in _environment(tracking).items():
            patch.setenv(name, value)
        patch.delenv("MLFLOW_TRACKING_URI", raising=False)
        fm.apply(lake)
        fm.materialize(lake, fm.latest_snapshot(lake))
        train_models(lake, ("dropoff", "reminder"))
        yield lake


def _served(lake: Path, output: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``adherence serve``'s own start, one worker, ready; the settings (and so the tracking URI) from the environment."""
    from adherence.processes import ready_timeout
    from serving.config import ServeConfig
    from serving.run import start, stop

    port = free_port()
    config = ServeConfig(workers=1, poll_seconds=2, log_flush_seconds=0.3, refuse_after_seconds=0)
    process = start(load_settings(lake), port=port, config=config, stdout=output.open("wb"), stderr=subprocess.STDOUT)
    url, deadline = f"http://127.0.0.1:{port}", time.monotonic() + ready_timeout()
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return process, url
        time.sleep(0.5)
    stop(process)
    raise RuntimeError(f"the service did not become ready:\n{output.read_text(errors='replace')[-3000:]}")


@pytest.mark.slow
@pytest.mark.scaleout
@pytest.mark.verifies("REQ-TRAIN-003", "REQ-SERVE-004")
def test_training_serving_and_promotion_go_through_a_tracking_server_on_postgresql(
    tracked_lake: Path, tracking: Tracking, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from sqlalchemy import create_engine, text

    from adherence.audit import AuditLog
    from adherence.cli import app
    from models.registry import CHALLENGER, CHAMPION, alias_history, connect, load, version_for
    from serving.run import stop
    from shadow import harness
    from tests.test_serving import _expected_dropoff
    from tests.test_shadow import _register_dropoff
    from tests.traffic import last_event_day, serve_days
    from training.datasets import data_until, dropoff_examples

    for name, value in _environment(tracking).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    lake, settings = tracked_lake, load_settings(tracked_lake)
    assert settings.mlflow_tracking_uri == tracking.url and not (lake / "mlflow").exists()
    client = connect(tracking.url)

    # Training registered each model's version 1 on the server: bootstrap champion and challenger, both moves recorded.
    for name in ("dropoff", "reminder_timing"):
        assert str(version_for(client, name, CHAMPION).version) == "1"  # type: ignore[union-attr]
        assert [(move.alias, move.version) for move in alias_history(client, name)] == [(CHALLENGER, "1"), (CHAMPION, "1")]
        assert client.get_model_version_download_uri(name, "1").startswith("mlflow-artifacts:/")  # proxied, not a path
    assert len(list(tracking.artifacts.rglob("MLmodel"))) == 2 and list(tracking.artifacts.rglob("model_card.md"))
    engine = create_engine(store_uri(BACKEND, tracking.schema))
    with engine.connect() as connection:
        registered = {row[0] for row in connection.execute(text("SELECT name FROM registered_models"))}
        schemas = {row[0] for row in connection.execute(text("SELECT table_schema FROM information_schema.tables "
                                                             "WHERE table_name = 'registered_models'"))}  # fmt: skip
    engine.dispose()
    assert registered == {"dropoff", "reminder_timing"} and tracking.schema in schemas

    # A second drop-off version (the champion's own estimator) becomes challenger through the server.
    champion = load(client, "dropoff", CHAMPION)[1].unwrap_python_model().estimator
    examples = dropoff_examples(lake, data_until(lake, None))
    candidate = _register_dropoff(lake, champion, examples.test[list(champion.feature_names_in_)].head(3))
    assert candidate == "2" and str(version_for(client, "dropoff", CHALLENGER).version) == "2"  # type: ignore[union-attr]

    # The service loads the champion and the challenger over HTTP and answers with the champion.
    process, url = _served(lake, tmp_path / "serve.out")
    try:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        status = httpx.post(f"{url}/v1/status", json={}, headers=headers, timeout=30).json()
        assert status["models"]["dropoff"] == {CHAMPION: "1", CHALLENGER: "2"}, status
        key = sorted(examples.test.patient_key.unique())[0]
        answer = httpx.post(f"{url}/v1/dropoff/risk", json={"patient_key": key}, headers=headers, timeout=30).json()
        assert (answer["model_version"], answer["risk"]) == ("1", _expected_dropoff(lake, [key])[key]["risk"]), answer

        # Traffic, the shadow report and the promotion gate, all against the server's registry.
        last = last_event_day(lake)
        days = [last - dt.timedelta(days=d) for d in range(58, 44, -1)]  # 14 days whose outcomes are all observed
        serve_days(lake, days)
        accepted = harness.report_dropoff(settings, candidate, days[0], days[-1])
        assert accepted.report.passed, accepted.report.criteria
        assert client.get_model_version("dropoff", candidate).tags["shadow.gate"] == "passed"
        assert list(tracking.artifacts.rglob("shadow_report/summary.json"))  # attached to the run, through the proxy
        result = CliRunner().invoke(app, ["shadow", "promote", "--lake", str(lake), "--model", "dropoff",
                                          "--candidate", candidate])  # fmt: skip
        assert result.exit_code == 0, result.output
        assert str(version_for(client, "dropoff", CHAMPION).version) == candidate  # type: ignore[union-attr]
        assert alias_history(client, "dropoff")[-1].previous == "1"
        moves = [entry["payload"] for entry in AuditLog(settings.audit_log_path, TEST_AUDIT_KEY.encode()).entries()
                 if entry["kind"] == "model_alias_moved" and entry["payload"]["model"] == "dropoff"]  # fmt: skip
        assert (moves[-1]["alias"], moves[-1]["version"]) == (CHAMPION, candidate)

        # The running service picks the new champion up from the server without a restart.
        reloaded = httpx.post(f"{url}/v1/admin/reload", json={}, headers=headers, timeout=60).json()
        assert reloaded["models"]["dropoff"][CHAMPION] == candidate, reloaded
        answer = httpx.post(f"{url}/v1/dropoff/risk", json={"patient_key": key}, headers=headers, timeout=30).json()
        assert answer["model_version"] == candidate, answer
    finally:
        stop(process)  # our service, by its PID (its own process group)
