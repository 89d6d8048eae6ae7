"""One catalog of models (issue 17): a toy fourth model registered in ``adherence.catalog``, in the test
only, is picked up by every place that lists the models or dispatches on them, none of them edited.

The toy's code lives in ``tests/toy_model.py``, one function per layer, as a real model's lives in
``training/<m>.py``, ``serving/batch.py`` and ``shadow/harness.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adherence import catalog
from adherence.prediction_log import Entry, PredictionLog, read_log
from adherence.settings import load_settings
from tests.conftest import TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY
from tests.toy_model import TOY

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> Iterator[catalog.ModelSpec]:
    monkeypatch.setitem(catalog.CATALOG, TOY.name, TOY)
    yield TOY


def test_the_catalog_holds_the_three_models() -> None:
    assert [spec.name for spec in catalog.models()] == ["dropoff", "anomaly", "reminder"]
    assert catalog.by_registered("supply_anomaly") is catalog.model("anomaly") is catalog.by_endpoint("supply")
    assert [spec.name for spec in catalog.models() if spec.per_patient] == ["dropoff", "reminder"]
    with pytest.raises(ValueError, match="unknown model 'toy'; choose one of dropoff, anomaly, reminder"):
        catalog.model("toy")


def test_registry_serving_and_shadow_name_the_toy(toy: catalog.ModelSpec, tmp_path: Path) -> None:
    from models.registry import registered_name
    from serving.models import Lineup
    from shadow.harness import report_folder

    assert registered_name("toy") == "toy_model"
    assert catalog.by_registered("toy_model") is toy  # shadow.harness.publish's reverse map
    assert report_folder(load_settings(tmp_path), "toy", "3").name == "toy_model-v3"
    assert Lineup().versions()["toy"] == {"champion": None, "challenger": None}  # the service's status


def test_batch_prediction_dispatches_to_the_toy(toy: catalog.ModelSpec, tmp_path: Path) -> None:
    from serving.batch import score

    class Constant:
        def predict(self, keys: list[str]) -> list[float]:
            return [0.25] * len(keys)

    frame = score("toy", tmp_path, Constant(), dt.date(2026, 4, 1), "7")
    assert frame.score.tolist() == [0.25, 0.25]
    assert frame.model_version.tolist() == ["7", "7"]


def test_the_prediction_log_takes_the_toys_endpoint(toy: catalog.ModelSpec, tmp_path: Path) -> None:
    log = PredictionLog(tmp_path, {"toy": {"doses_7d": "int64"}}, flush_seconds=60)
    log.append(Entry("toy", "r1", 1.8e9, "1", {"score": [0.5], "flagged": [True]}, {"doses_7d": [3]}, 0.1,
                     patient_keys=["p1"]))  # fmt: skip
    log.close()
    logged = read_log(tmp_path, "toy")
    assert logged[["patient_key", "champion_output.score", "champion_output.flagged", "features.doses_7d"]].values.tolist() == [
        ["p1", 0.5, True, 3]
    ]


_RUN = """
import json, sys
from typer.testing import CliRunner
from tests.toy_model import register
register()
from adherence.cli import app
results = [CliRunner().invoke(app, arguments) for arguments in json.loads(sys.argv[1])]
print(json.dumps([{"code": r.exit_code, "output": r.output} for r in results]))
"""


def _cli(*invocations: list[str]) -> list[dict[str, Any]]:
    """Each invocation of the ``adherence`` command (exit code, output), in one fresh process whose catalog holds the
    toy, registered before the CLI builds its choices from the catalog."""
    env = {**os.environ, "ADHERENCE_AUDIT_KEY": TEST_AUDIT_KEY, "ADHERENCE_PSEUDONYM_KEY": TEST_PSEUDONYM_KEY.decode(),
           "COLUMNS": "200"}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", _RUN, json.dumps(invocations)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    results: list[dict[str, Any]] = json.loads(done.stdout.splitlines()[-1])
    return results


def test_the_cli_offers_trains_and_reports_the_toy(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    (lake / "deidentified").mkdir(parents=True)
    (lake / "feature_repo").mkdir()
    (lake / "feature_repo" / "feature_store.yaml").write_text("project: toy\n")
    helps = [["train", "--help"], ["predict", "--help"], ["shadow", "report", "--help"], ["monitor", "--help"]]
    *shown, trained, refused, reported = _cli(
        *helps,
        ["train", "toy", "--lake", str(lake), "--seed", "5"],
        ["train", "toy", "--lake", str(lake), "--incidents", str(tmp_path / "x.parquet")],
        ["shadow", "report", "--model", "toy", "--candidate", "2", "--lake", str(lake)],
    )
    for command, result in zip(helps, shown, strict=True):
        assert result["code"] == 0 and "toy" in result["output"], (command, result)
    assert trained["code"] == 0, trained
    assert '"run_id": "toy-seed-5"' in trained["output"]  # the toy's trainer ran, with the CLI's seed
    assert refused["code"] != 0 and "--incidents applies to the anomaly model only" in refused["output"]
    assert reported["code"] == 0, reported
    assert "toy criterion" in reported["output"] and "PROMOTE: v2" in reported["output"]
