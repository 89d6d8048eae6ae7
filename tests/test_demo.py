"""The README's main command, end to end on a small lake: from simulation to a promotion decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adherence.audit import AuditLog
from adherence.cli import app
from adherence.settings import INSECURE_AUDIT_KEY, load_settings
from models.registry import CHAMPION, MODEL_NAMES, connect, version_for
from serving.prediction_log import read_log
from tests.network import free_port

runner = CliRunner()


@pytest.mark.slow
def test_demo_runs_every_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    for name in ("ADHERENCE_PSEUDONYM_KEY", "ADHERENCE_API_TOKEN", "ADHERENCE_AUDIT_KEY", "ADHERENCE_MLFLOW_TRACKING_URI",
                 "MLFLOW_TRACKING_URI"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)  # the demo runs on the insecure development secrets
    lake = tmp_path / "demo"
    # Silver as Delta tables: the Parquet-folder producer is the default everywhere else.
    arguments = ["demo", "--lake", str(lake), "--patients", "150", "--days", "215", "--port", str(free_port())]
    arguments += ["--format", "delta"]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0, result.output
    assert "INSECURE: ADHERENCE_PSEUDONYM_KEY not set" in caplog.text
    assert "10/10" in result.output and "mlflow ui --backend-store-uri" in result.output
    assert (lake / "silver" / "events" / "_delta_log").is_dir() and "events: delta version 0" in result.output

    # Traffic went through the service and was logged, with the feature vectors replayed later.
    logged = read_log(lake, "dropoff")
    assert len(logged) > 1000 and logged.features_as_of.notna().all()
    assert len(read_log(lake, "reminder")) > 0

    # Each model: champions v1 (bootstrap), challengers v2, a safety report, and a gate that followed it.
    client = connect(load_settings(lake).mlflow_tracking_uri)
    for model, name in MODEL_NAMES.items():
        summary = json.loads((lake / "reports" / "shadow" / f"{name}-v2" / "summary.json").read_text())
        assert summary["candidate_version"] == "2" and summary["production_version"] == "1"
        champion = str(version_for(client, name, CHAMPION).version)  # type: ignore[union-attr]
        assert champion == ("2" if summary["passed"] else "1"), (model, summary["recommendation"])
        assert client.get_model_version(name, "2").tags["shadow.gate"] == ("passed" if summary["passed"] else "failed")
    assert (lake / "reports" / "shadow" / "dropoff-v2" / "evidently.html").is_file()

    # The audit log holds the decisions and the alias moves, and verifies.
    audit = AuditLog(load_settings(lake).audit_log_path, INSECURE_AUDIT_KEY.encode())
    assert audit.verify().ok
    kinds = {entry["kind"] for entry in audit.entries()}
    assert "model_alias_moved" in kinds and len(kinds) > 1

    # Running it again replaces the demo lake; a folder the demo did not make is refused.
    foreign = tmp_path / "mine"
    (foreign / "data").mkdir(parents=True)
    result = runner.invoke(app, ["demo", "--lake", str(foreign)])
    assert result.exit_code == 2 and "not made by the demo" in result.output
    assert (foreign / "data").is_dir()
