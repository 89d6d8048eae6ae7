"""The README's main command, end to end on a tiny lake."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from adherence.cli import app
from features import materialize as fm

runner = CliRunner()


@pytest.mark.slow
def test_demo_runs_every_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("ADHERENCE_PSEUDONYM_KEY", raising=False)  # the demo uses the insecure development key
    lake = tmp_path / "demo"
    result = runner.invoke(app, ["demo", "--lake", str(lake), "--patients", "150", "--days", "140"])
    assert result.exit_code == 0, result.output
    assert "INSECURE: ADHERENCE_PSEUDONYM_KEY not set" in caplog.text
    assert (lake / "deidentified" / "patients").is_dir()
    keys = pd.read_parquet(lake / "deidentified" / "patients").patient_key.head(5)
    online = fm.online_features(lake, "dropoff_v1", [{"patient_key": key} for key in keys])
    assert any(value is not None for value in online["doses_30d"])  # the online store was materialised
