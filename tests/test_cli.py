import json
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from adherence.cli import app
from features.silver import table_files

runner = CliRunner()


def test_simulate_then_validate(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["simulate", "--lake", str(tmp_path), "--patients", "40", "--days", "15", "--start", "2026-03-02"]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["validate", "--lake", str(tmp_path)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["patients"]["rows"] == 40 and report["events"]["format"] == "parquet"
    assert report["events"]["quarantined"] == 0


def test_validate_reports_a_contract_violation(lake_copy: Path) -> None:
    path = table_files(lake_copy, "patients")[0]
    pq.write_table(pq.read_table(path).drop_columns(["insurance"]), path)
    result = runner.invoke(app, ["validate", "--lake", str(lake_copy)])
    assert result.exit_code == 2
    assert "silver/patients.insurance" in result.output and "missing" in result.output


def test_bad_start_date_is_explained(tmp_path: Path) -> None:
    result = runner.invoke(app, ["simulate", "--lake", str(tmp_path), "--start", "yesterday"])
    assert result.exit_code == 2
    assert "--start must be a date" in result.output


def test_features_apply_needs_deidentified_tables(tmp_path: Path) -> None:
    result = runner.invoke(app, ["features", "apply", "--lake", str(tmp_path)])
    assert result.exit_code == 2
    assert "adherence deidentify" in result.output


def test_features_materialize_explains_a_bad_time(tmp_path: Path) -> None:
    result = runner.invoke(app, ["features", "materialize", "--lake", str(tmp_path), "--end", "soon"])
    assert result.exit_code == 2
    assert "--end must be an ISO date" in result.output
