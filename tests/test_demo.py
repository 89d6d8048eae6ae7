"""The README's main command, end to end on a small lake: from simulation to a promotion decision."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adherence import catalog
from adherence.audit import AuditLog
from adherence.cli import app
from adherence.prediction_log import read_log
from adherence.settings import INSECURE_AUDIT_KEY, load_settings
from models.registry import CHAMPION, connect, version_for
from tests.network import free_port

runner = CliRunner()


@pytest.mark.slow
@pytest.mark.verifies("REQ-DEMO-001")
def test_demo_runs_every_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    for name in ("ADHERENCE_PSEUDONYM_KEY", "ADHERENCE_API_TOKEN", "ADHERENCE_AUDIT_KEY", "ADHERENCE_MLFLOW_TRACKING_URI",
                 "MLFLOW_TRACKING_URI", "ADHERENCE_INSECURE_DEV"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)  # the demo runs on the insecure development secrets
    lake = tmp_path / "demo"
    # Silver as Delta tables: the Parquet-folder producer is the default everywhere else.
    arguments = ["demo", "--lake", str(lake), "--patients", "150", "--days", "215", "--format", "delta"]
    # A service that is not ready in time (here: 1 s) fails step 6 with a clear message and keeps steps 1-5 ...
    result = runner.invoke(app, [*arguments, "--port", str(free_port()), "--ready-timeout", "1"])
    assert result.exit_code == 1 and "step 6/11 failed" in result.output and "--ready-timeout" in result.output
    assert "--resume" in result.output and "Traceback" not in result.output
    assert "INSECURE: ADHERENCE_PSEUDONYM_KEY not set" in caplog.text
    first_output = result.output
    assert (lake / "silver" / "events" / "_delta_log").is_dir() and "events: delta version 0" in first_output
    # ... and --resume continues from step 6 (the adaptive wait this time) to the end.
    result = runner.invoke(app, [*arguments, "--port", str(free_port()), "--resume", "--json"])
    assert result.exit_code == 0, result.output
    assert "5/11 train the champions" in result.output and "(done in an earlier run)" in result.output
    assert "== 11/11 materialise the newest snapshot ==" in result.output and "ready after" in result.output
    assert "\x1b[" not in first_output + result.output  # no escape codes in a log or a pipe
    facts = json.loads(result.stdout)  # --json: the summary for scripts
    assert "mlflow ui --backend-store-uri" in result.output and facts["audit_verify"] in result.output
    assert result.output.count("INSECURE: ") <= 3  # each development secret announced once, not a dozen times

    # Traffic went through the service and was logged, with the feature vectors replayed later.
    logged = read_log(lake, "dropoff")
    assert len(logged) > 1000 and logged.features_as_of.notna().all()
    assert len(read_log(lake, "reminder")) > 0

    # Each model: champions v1 (bootstrap), challengers v2, a safety report, and a gate that followed it.
    client = connect(load_settings(lake).mlflow_tracking_uri)
    for model, name in ((spec.name, spec.registered) for spec in catalog.models()):
        summary = json.loads((lake / "reports" / "shadow" / f"{name}-v2" / "summary.json").read_text())
        assert summary["candidate_version"] == "2" and summary["production_version"] == "1"
        champion = str(version_for(client, name, CHAMPION).version)  # type: ignore[union-attr]
        # The gate also refuses a challenger that did not beat its naive baseline out of time.
        beats = client.get_model_version(name, "2").tags["beats_baseline"]
        assert champion == ("2" if summary["passed"] and beats != "false" else "1"), (model, summary["recommendation"], beats)
        tag = client.get_model_version(name, champion).tags["beats_baseline"]
        assert f"{model} v{champion}: beats_baseline={tag}" in result.output  # said in the summary, even for a bootstrap
        assert client.get_model_version(name, "2").tags["shadow.gate"] == ("passed" if summary["passed"] else "failed")
    assert (lake / "reports" / "shadow" / "dropoff-v2" / "evidently.html").is_file()

    # The monitor watched the champions over the traffic; the summary says where its pages are.
    pages = [Path(page) for page in facts["monitor_pages"]]
    assert lake / "reports" / "monitor" / "dropoff-v1" / "monitor.html" in pages and all(p.is_file() for p in pages)
    assert "Monitor pages" in result.output and "10/11 monitor the champions" in result.output

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
    # The demo's development secrets stay in the demo: the caller's environment is left as it was.
    assert "ADHERENCE_INSECURE_DEV" not in os.environ
