import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from adherence.cli import app
from adherence.settings import load_settings
from features.silver import table_files
from tests.network import free_port

#: A secret strong enough for every ``ADHERENCE_*`` secret (32 characters or more, 8 distinct).
SECRET = "cli-test-secret-0123456789abcdefgh"
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


@pytest.mark.verifies("REQ-DATA-001")
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


# --------------------------------------------------------------------------- a CLI that answers at once

HEAVY = ("feast", "mlflow", "bentoml", "torch", "evidently", "presidio_analyzer", "spacy")


def _run_cli(arguments: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> dict[str, object]:
    """Run the CLI in a fresh interpreter; its exit code, output and which heavy libraries it imported."""
    probe = (
        "import json, sys\n"
        "from adherence.cli import app\n"
        "try:\n    app(sys.argv[1:], prog_name='adherence')\n"
        "except SystemExit as exc:\n    code = exc.code\n"
        f"heavy = [name for name in {HEAVY!r} if name in sys.modules]\n"
        "print('\\n@@' + json.dumps({'code': code, 'heavy': heavy}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, *arguments], capture_output=True, text=True,
                          env=env if env is not None else _clean_env(), cwd=cwd, timeout=300)  # fmt: skip
    stdout, _, tail = done.stdout.rpartition("\n@@")
    result = json.loads(tail)
    return {**result, "stdout": stdout, "stderr": done.stderr}


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ADHERENCE_", "MLFLOW_"))}
    return {**env, "COLUMNS": "80", **extra}


FAST = [["--help"], ["train", "--help"], ["serve", "--help"], ["demo", "--help"], ["shadow", "report", "--help"],
        ["train", "nonsense"], ["predict", "dropoff"], ["monitor", "--help"], ["monitor", "--model", "nonsense"], ["--version"]]


@pytest.mark.parametrize("arguments", FAST)
def test_help_and_argument_errors_import_no_heavy_library(arguments: list[str]) -> None:
    result = _run_cli(arguments)
    assert result["code"] in (0, 2), result
    assert result["heavy"] == [], f"{arguments} imported {result['heavy']}"  # the time is measured in bench/cli.py


def test_version_names_the_installed_distribution() -> None:
    import importlib.metadata

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith(f"adherence-ml {importlib.metadata.version('adherence-ml')} ")


def test_a_missing_secret_fails_before_any_slow_work(tmp_path: Path) -> None:
    result = _run_cli(["train", "dropoff", "--lake", str(tmp_path)])
    assert result["code"] == 2 and "ADHERENCE_AUDIT_KEY is not set" in str(result["stderr"])
    result = _run_cli(["monitor", "--lake", str(tmp_path)])  # its alerts are signed
    assert result["code"] == 2 and "ADHERENCE_AUDIT_KEY is not set" in str(result["stderr"]) and result["heavy"] == []
    assert "Traceback" not in str(result["stderr"]) and result["heavy"] == []


def test_train_on_a_lake_without_features_says_what_to_run_first(tmp_path: Path) -> None:
    result = _run_cli(["train", "dropoff", "--lake", str(tmp_path)], env=_clean_env(ADHERENCE_AUDIT_KEY=SECRET))
    assert result["code"] == 2 and "run `adherence deidentify" in str(result["stderr"])
    assert result["heavy"] == []
    (tmp_path / "deidentified").mkdir()
    result = _run_cli(["train", "dropoff", "--lake", str(tmp_path)], env=_clean_env(ADHERENCE_AUDIT_KEY=SECRET))
    assert result["code"] == 2 and "run `adherence features apply" in str(result["stderr"])


def test_serve_without_a_token_fails_before_announcing_anything(tmp_path: Path) -> None:
    result = _run_cli(["serve", "--lake", str(tmp_path)], env=_clean_env(ADHERENCE_AUDIT_KEY=SECRET))
    assert result["code"] == 2 and "ADHERENCE_API_TOKEN is not set" in str(result["stderr"])
    assert "serving" not in str(result["stderr"]) and result["heavy"] == []


def test_serve_on_a_lake_without_a_feature_store_says_what_to_run_and_never_starts(tmp_path: Path) -> None:
    env = _clean_env(ADHERENCE_AUDIT_KEY=SECRET, ADHERENCE_API_TOKEN=SECRET)
    result = _run_cli(["serve", "--lake", str(tmp_path)], env=env)
    assert result["code"] == 2 and "has no Feast repository" in str(result["stderr"])
    assert "adherence features apply" in str(result["stderr"]) and "serving" not in str(result["stderr"])
    result = _run_cli(["serve", "--lake", str(tmp_path), "--port", "99999"], env=env)
    assert result["code"] == 2 and "--port" in str(result["stderr"])


def test_quiet_keeps_errors_and_a_missing_key_fails_before_the_text_model_loads(tmp_path: Path) -> None:
    result = _run_cli(["--quiet", "deidentify", "--lake", str(tmp_path)], env=_clean_env())
    assert result["code"] == 2 and "ADHERENCE_PSEUDONYM_KEY is not set" in str(result["stderr"])
    assert result["heavy"] == []  # neither Presidio nor spaCy nor Feast was imported


def test_serve_takes_its_knobs_from_the_environment_and_names_a_bad_one(tmp_path: Path) -> None:
    from serving.config import ServeConfig
    from serving.run import server_env

    env = _clean_env(ADHERENCE_AUDIT_KEY=SECRET, ADHERENCE_API_TOKEN=SECRET, ADHERENCE_SERVE_REFUSE_AFTER_SECONDS="ten days")
    result = _run_cli(["serve", "--lake", str(tmp_path)], env=env)
    assert result["code"] == 2 and "ADHERENCE_SERVE_REFUSE_AFTER_SECONDS must be a number, got 'ten days'" in str(
        result["stderr"]
    )
    assert "serving" not in str(result["stderr"]) and result["heavy"] == []
    # An operator's knob reaches the workers (it was once overwritten by the defaults).
    config = ServeConfig.from_env({"ADHERENCE_SERVE_REFUSE_AFTER_SECONDS": "0", "ADHERENCE_SERVE_MAX_BATCH": "7"})
    assert (config.refuse_after_seconds, config.max_batch) == (0.0, 7)
    workers = server_env(load_settings(tmp_path, allow_insecure_defaults=True), config, base={})
    assert workers["ADHERENCE_SERVE_REFUSE_AFTER_SECONDS"] == "0.0" and workers["ADHERENCE_SERVE_MAX_BATCH"] == "7"


def test_output_to_a_pipe_has_no_escape_codes_and_no_cut_lines(tmp_path: Path) -> None:
    lake = tmp_path / "a-lake-with-a-long-name-so-that-its-lines-are-wider-than-eighty-columns" / "lake"
    result = _run_cli(["simulate", "--lake", str(lake), "--patients", "20", "--days", "10"])
    assert result["code"] == 0, result
    assert "\x1b[" not in str(result["stderr"]) and "\x1b[" not in str(result["stdout"])
    assert str(lake / "silver") in str(result["stderr"]).replace("\n", "")
    assert any(str(lake / "silver") in line for line in str(result["stderr"]).splitlines())  # on one line, whole
    result = _run_cli(["--quiet", "validate", "--lake", str(lake)])
    assert result["code"] == 0 and str(result["stderr"]).strip() == ""
    json.loads(str(result["stdout"]), parse_constant=_no_nan)  # strict JSON on stdout


def _no_nan(name: str) -> None:
    raise AssertionError(f"{name} is not JSON")


# --------------------------------------------------------------------------- audit verify as printed


def test_audit_verify_exit_codes_say_intact_tampered_or_missing_key(tmp_path: Path) -> None:
    from adherence.audit import AuditLog

    path = load_settings(tmp_path).audit_log_path
    log = AuditLog(path, SECRET.encode())
    for number in range(3):
        log.append("test", {"n": number})
    result = _run_cli(["audit", "verify", "--lake", str(tmp_path)])
    assert result["code"] == 2 and "ADHERENCE_AUDIT_KEY is not set" in str(result["stderr"])
    assert "Traceback" not in str(result["stderr"])
    result = _run_cli(["audit", "verify", "--lake", str(tmp_path), "--json"], env=_clean_env(ADHERENCE_AUDIT_KEY=SECRET))
    assert result["code"] == 0 and json.loads(str(result["stdout"]))["entries"] == 3
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], lines[2], lines[1]]) + "\n")
    result = _run_cli(["audit", "verify", "--lake", str(tmp_path), "--json"], env=_clean_env(ADHERENCE_AUDIT_KEY=SECRET))
    assert result["code"] == 1 and json.loads(str(result["stdout"]))["ok"] is False
    result = _run_cli(["audit", "verify", "--lake", str(tmp_path / "elsewhere")], env=_clean_env(ADHERENCE_AUDIT_KEY=SECRET))
    assert result["code"] == 2 and "no audit log" in str(result["stderr"])


def test_the_demo_summarys_commands_run_as_printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The summary's `audit verify` used to crash with a traceback: the demo's insecure key was not in its environment."""
    from adherence.audit import AuditLog
    from adherence.demo import summary, summary_lines
    from adherence.settings import INSECURE_API_TOKEN, INSECURE_AUDIT_KEY

    lake = tmp_path / "demo lake"  # a space: paths are quoted
    for name in ("ADHERENCE_API_TOKEN", "ADHERENCE_AUDIT_KEY"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(lake, allow_insecure_defaults=True)
    AuditLog(settings.audit_log_path, INSECURE_AUDIT_KEY.encode()).append("test", {"n": 1})
    facts = summary(settings, [lake / "reports" / "shadow" / "dropoff-v2"], 3123)
    printed = "\n".join(summary_lines(facts))
    assert facts["audit_verify"] in printed and INSECURE_API_TOKEN in printed
    done = subprocess.run(facts["audit_verify"], shell=True, capture_output=True, text=True, env=_clean_env(), cwd=tmp_path,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0 and "audit log intact" in done.stderr, done.stderr
    assert facts["serve"].startswith("ADHERENCE_INSECURE_DEV=1 ") and "--port 3123" in facts["serve"]
    assert "ADHERENCE_SERVE_REFUSE_AFTER_SECONDS=0 " in facts["serve"]  # the demo's data are months old


# --------------------------------------------------------------------------- numbers people read


def test_json_output_is_strict_and_rounded() -> None:
    from adherence.formatting import format_value, json_safe, label

    value = json_safe({"auc": 0.7612345678, "nan": float("nan"), "inf": float("inf"), "n": np.int64(1504),
                       "small": -8.567e-05, "nested": [np.float32(0.1), True]})  # fmt: skip
    assert value == {"auc": 0.7612, "nan": None, "inf": None, "n": 1504, "small": -8.567e-05, "nested": [0.1, True]}
    json.dumps(value, allow_nan=False)
    assert format_value(float("nan")) == "n/a" and format_value(58898) == "58,898" and format_value(58898.0) == "58,898"
    assert format_value(-8.567e-05) == "-0.0001" and format_value(0.23614) == "0.2361"
    assert label("auc_difference_95_high") == "AUC difference, 95% CI upper end"


# --------------------------------------------------------------------------- the demo on a busy machine


def test_readiness_wait_scales_with_the_load(monkeypatch: pytest.MonkeyPatch) -> None:
    from adherence.processes import BASE_READY_TIMEOUT, ready_timeout

    monkeypatch.delenv("ADHERENCE_READY_TIMEOUT", raising=False)
    assert ready_timeout(load=0.5, cpus=2) == BASE_READY_TIMEOUT
    assert ready_timeout(load=7.0, cpus=2) == 3.5 * BASE_READY_TIMEOUT  # the load: 630 s, not 180 s
    assert ready_timeout(load=500.0, cpus=2) == 10 * BASE_READY_TIMEOUT
    assert ready_timeout(42.0, load=7.0, cpus=2) == 42.0
    monkeypatch.setenv("ADHERENCE_READY_TIMEOUT", "600")
    assert ready_timeout(load=0.0, cpus=2) == 600.0


def test_readiness_timeout_names_the_option_to_raise_it() -> None:
    from adherence.demo import wait_until_ready

    with pytest.raises(TimeoutError, match="--ready-timeout"):
        wait_until_ready(f"http://127.0.0.1:{free_port()}", timeout=1.0)


def test_demo_state_resumes_only_the_same_demo(tmp_path: Path) -> None:
    from adherence.demo import DemoState, StateError

    marker = tmp_path / "lake" / ".adherence-demo"
    arguments = {"patients": 10, "days": 210, "seed": 0, "format": "parquet"}
    state = DemoState.open(marker, arguments, resume=False)
    state.finish(1)
    state.finish_day(dt.date(2026, 5, 1))
    again = DemoState.open(marker, arguments, resume=True)
    assert again.finished == {1} and again.traffic_days == {"2026-05-01"}
    with pytest.raises(StateError, match="drop --resume"):
        DemoState.open(marker, {**arguments, "seed": 1}, resume=True)
    fresh = DemoState.open(marker, arguments, resume=False)  # without --resume: a fresh start
    assert fresh.finished == set() and marker.is_file()
    foreign = tmp_path / "mine"
    (foreign / "data").mkdir(parents=True)
    with pytest.raises(StateError, match="not made by the demo"):
        DemoState.open(foreign / ".adherence-demo", arguments, resume=True)


def test_the_service_definition_imports_no_store_and_no_model() -> None:
    """BentoML's arbiter imports ``serving.service`` only for its configuration: it must stay small."""
    probe = (
        "import sys, serving.service\n"
        f"print([name for name in {HEAVY!r} + ('pandas', 'lightgbm', 'xgboost') if name in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300,
                          env=_clean_env(ADHERENCE_INSECURE_DEV="1"))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "['bentoml']"
