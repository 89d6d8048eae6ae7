"""Shadow reports and the promotion gate, end to end on a trained lake (real MLflow, real models)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import mlflow
import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from adherence.audit import AuditLog
from adherence.cli import app
from adherence.settings import load_settings
from features.materialize import latest_snapshot
from features.reminders import context_columns, logged_reminders
from models.baselines import Verdict
from models.cards import ModelCard
from models.dropoff import NON_FEATURE_COLUMNS, DropoffClassifier
from models.personal import PersonalisedReminderPolicy
from models.pyfunc import DropoffModel, ReminderModel
from models.registry import CHAMPION, alias_history, connect, version_for
from models.reminder import ReminderPolicy
from shadow import harness
from shadow.outcomes import LABEL
from tests.conftest import TEST_AUDIT_KEY
from tests.traffic import last_event_day, serve_days
from training import reminder as reminder_training
from training.datasets import data_until, dropoff_examples
from training.tracking import configure, log_and_register

runner = CliRunner()
#: Hand-made versions are not compared with a baseline: the shadow gate alone decides for them.
HAND_MADE = Verdict(None, "hand-made by a test: not judged")


pytestmark = pytest.mark.usefixtures("test_secrets")


def _register_reminder_policy(lake: Path, policy: ReminderPolicy, example: pd.DataFrame) -> str:
    """Register a hand-made policy as a new reminder_timing version, through training's own registration."""
    client = configure(load_settings(lake), reminder_training.NAME)
    card = ModelCard("test policy", "tests", "patients", {}, {}, ["made by a test"])
    with mlflow.start_run(run_name="test-policy"):
        version, _ = log_and_register(client, name=reminder_training.NAME, wrapper=ReminderModel(policy),
                                      input_example=example, card=card, audit=None, verdict=HAND_MADE,
                                      params={"seed": 0})  # fmt: skip
    return version


@pytest.fixture
def reminder_candidates(trained_lake_copy: Path) -> dict[str, str]:
    """An equivalent policy (training's recipe on the same logs, another seed) and a clearly worse one
    (the population bandit fitted on inverted rewards)."""
    last = latest_snapshot(trained_lake_copy).date()
    logs = logged_reminders(trained_lake_copy, last)
    columns = context_columns(logs)
    learn = logs[logs.sent_at < logs.sent_at.quantile(0.7)]
    fit = {"context": learn[columns], "hour": learn.local_hour, "propensity": learn.propensity}
    recipe = reminder_training.ReminderConfig()
    equivalent = PersonalisedReminderPolicy(exploration=recipe.exploration, temperature=recipe.temperature, alpha=recipe.alpha,
                                            random_state=1).fit(reward=learn.responded.astype(float), **fit)  # fmt: skip
    worse = ReminderPolicy(random_state=1, temperature=0.01).fit(reward=1.0 - learn.responded.astype(float), **fit)
    example = logs[columns].head(3)
    return {
        "equivalent": _register_reminder_policy(trained_lake_copy, equivalent, example),
        "worse": _register_reminder_policy(trained_lake_copy, worse, example),
    }


@pytest.mark.verifies("REQ-GATE-001")
def test_worse_candidate_is_refused_equivalent_promoted_override_recorded_rollback_restores(
    trained_lake_copy: Path, reminder_candidates: dict[str, str]
) -> None:
    lake = str(trained_lake_copy)
    settings = load_settings(trained_lake_copy)
    client = connect(settings.mlflow_tracking_uri)
    worse, equivalent = reminder_candidates["worse"], reminder_candidates["equivalent"]

    # Before any report, the gate refuses.
    result = runner.invoke(app, ["shadow", "promote", "--lake", lake, "--model", "reminder", "--candidate", worse])
    assert result.exit_code == 1 and "no shadow report" in result.output

    # The clearly worse candidate fails its report and is refused.
    result = runner.invoke(app, ["shadow", "report", "--lake", lake, "--model", "reminder", "--candidate", worse])
    assert result.exit_code == 0, result.output
    assert "DO NOT PROMOTE" in result.output
    summary = json.loads((settings.reports_dir / "shadow" / f"reminder_timing-v{worse}" / "summary.json").read_text())
    failed = {c["name"] for c in summary["criteria"] if not c["passed"]}
    assert failed == {"reminder value non-inferior (doubly robust)"}
    assert client.get_model_version("reminder_timing", worse).tags["shadow.gate"] == "failed"
    result = runner.invoke(app, ["shadow", "promote", "--lake", lake, "--model", "reminder", "--candidate", worse])
    assert result.exit_code == 1 and "failed its shadow report" in result.output
    assert str(version_for(client, "reminder_timing", CHAMPION).version) == "1"  # type: ignore[union-attr]

    # The equivalent candidate passes and is promoted through the gate.
    result = runner.invoke(app, ["shadow", "report", "--lake", lake, "--model", "reminder", "--candidate", equivalent])
    assert result.exit_code == 0 and "PROMOTE:" in result.output and "DO NOT PROMOTE" not in result.output, result.output
    result = runner.invoke(app, ["shadow", "promote", "--lake", lake, "--model", "reminder", "--candidate", equivalent])
    assert result.exit_code == 0, result.output
    assert str(version_for(client, "reminder_timing", CHAMPION).version) == equivalent  # type: ignore[union-attr]

    # An override needs a reason, and records it.
    result = runner.invoke(app, ["shadow", "promote", "--lake", lake, "--model", "reminder", "--candidate", worse, "--override"])
    assert result.exit_code == 1 and "needs --reason" in result.output
    reason = "validated at the partner site; local logs too short"
    result = runner.invoke(app, ["shadow", "promote", "--lake", lake, "--model", "reminder", "--candidate", worse,
                                 "--override", "--reason", reason])  # fmt: skip
    assert result.exit_code == 0 and "OVERRIDE" in result.output
    assert client.get_model_version("reminder_timing", worse).tags["override_reason"] == reason
    last_move = alias_history(client, "reminder_timing")[-1]
    assert (last_move.alias, last_move.version, last_move.previous) == (CHAMPION, worse, equivalent)
    assert reason in last_move.reason
    audit = AuditLog(settings.audit_log_path, TEST_AUDIT_KEY.encode())
    entry = [e for e in audit.entries() if e["kind"] == "model_alias_moved"][-1]["payload"]
    assert entry["override"] is True and reason in entry["reason"]

    # Rollback restores the previous champion, recorded too.
    result = runner.invoke(app, ["shadow", "rollback", "--lake", lake, "--model", "reminder", "--reason", "adverse signal"])
    assert result.exit_code == 0, result.output
    assert str(version_for(client, "reminder_timing", CHAMPION).version) == equivalent  # type: ignore[union-attr]
    assert "ROLLBACK" in alias_history(client, "reminder_timing")[-1].reason
    assert audit.verify().ok


@pytest.mark.verifies("REQ-GATE-003")
def test_anomaly_report_scores_both_versions_against_confirmed_incidents(trained_lake_copy: Path, trained_lake: Path) -> None:
    from adherence.simulator.truth import incidents
    from training import anomaly

    settings = load_settings(trained_lake_copy)
    registered = anomaly.train(settings, anomaly.AnomalyConfig(seed=3))
    written = harness.report_anomaly(settings, registered.version, incidents=incidents(trained_lake))
    summary = json.loads((written.folder / "summary.json").read_text())
    names = [c["name"] for c in summary["criteria"]]
    assert names == ["enough evidence", "detects the confirmed incidents production detects", "false alarms in bounds",
                     "beats its naive baseline out of time"]  # fmt: skip
    tag = connect(settings.mlflow_tracking_uri).get_model_version("supply_anomaly", registered.version).tags["beats_baseline"]
    assert summary["criteria"][-1]["passed"] == (tag != "false")
    assert summary["sample"]["series_days"] > 1000
    assert 0 <= summary["sample"]["alert_overlap_jaccard"] <= 1
    assert (written.folder / "summary.html").read_text().startswith("<!doctype html>")
    client = connect(settings.mlflow_tracking_uri)
    version = client.get_model_version("supply_anomaly", registered.version)
    assert version.tags["shadow.gate"] in {"passed", "failed"} and version.tags["shadow.report"] == str(written.folder)
    artifacts = {a.path for a in client.list_artifacts(version.run_id, "shadow_report")}
    assert "shadow_report/summary.md" in artifacts
    assert np.isfinite(summary["sample"]["candidate_alerts"])


# --------------------------------------------------------------------------- drop-off: logged traffic, replay, gate


def _register_dropoff(lake: Path, estimator: DropoffClassifier, example: pd.DataFrame) -> str:
    """Register a hand-made drop-off model, with the champion's lineage tags (the drift report reads them)."""
    client = configure(load_settings(lake), "dropoff")
    champion_run = client.get_run(str(version_for(client, "dropoff", CHAMPION).run_id))  # type: ignore[union-attr]
    card = ModelCard("test drop-off model", "tests", "patients", {}, {}, ["made by a test"])
    with mlflow.start_run(run_name="test-dropoff"):
        mlflow.set_tags({key: champion_run.data.tags[key] for key in ("as_of_start", "as_of_end")})
        version, _ = log_and_register(client, name="dropoff", wrapper=DropoffModel(estimator), input_example=example,
                                      card=card, audit=None, verdict=HAND_MADE)  # fmt: skip
    return version


@pytest.mark.verifies("REQ-GATE-001")
def test_dropoff_gate_refuses_a_worse_model_and_promotes_an_equivalent_one(trained_lake_copy: Path) -> None:
    lake = trained_lake_copy
    settings = load_settings(lake)
    client = connect(settings.mlflow_tracking_uri)
    last = last_event_day(lake)
    days = [last - dt.timedelta(days=d) for d in range(58, 44, -1)]  # 14 days whose outcomes are all observed
    serve_days(lake, days)

    champion = mlflow.pyfunc.load_model("models:/dropoff@champion").unwrap_python_model().estimator
    examples = dropoff_examples(lake, data_until(lake, None))
    columns = [c for c in examples.train.columns if c not in NON_FEATURE_COLUMNS]
    train, calibrate = examples.train.iloc[::2], examples.train.iloc[1::2]
    shuffled = np.random.default_rng(0).permutation(train[LABEL].to_numpy())
    noise = DropoffClassifier(algorithm="logistic").fit(train[columns], shuffled, calibrate[columns], calibrate[LABEL].to_numpy())
    worse = _register_dropoff(lake, noise, examples.test[columns].head(3))
    equivalent = _register_dropoff(lake, champion, examples.test[columns].head(3))

    refused = harness.report_dropoff(settings, worse, days[0], days[-1])
    assert not refused.report.passed
    failed = {c.name for c in refused.report.criteria if not c.passed}
    assert "discrimination non-inferior (ROC AUC, primary)" in failed
    assert refused.report.sample["decisions_pending_outcome"] == 0
    assert (refused.folder / "evidently.html").stat().st_size > 10_000
    result = runner.invoke(app, ["shadow", "promote", "--lake", str(lake), "--model", "dropoff", "--candidate", worse])
    assert result.exit_code == 1 and "failed its shadow report" in result.output

    accepted = harness.report_dropoff(settings, equivalent, days[0], days[-1])
    assert accepted.report.passed, accepted.report.criteria
    comparison = accepted.report.tables["Paired comparison (candidate - production)"]
    assert (comparison.difference == 0).all()  # the same model, replayed on the same vectors
    assert accepted.report.sample["decision_agreement"] == 1.0
    result = runner.invoke(app, ["shadow", "promote", "--lake", str(lake), "--model", "dropoff", "--candidate", equivalent])
    assert result.exit_code == 0, result.output
    assert str(version_for(client, "dropoff", CHAMPION).version) == equivalent  # type: ignore[union-attr]

    replayed, path = harness.replay_dropoff(settings, worse, days[0], days[-1])
    assert path.is_file() and len(replayed) == len(pd.read_parquet(path))
    assert set(replayed.as_of) == set(days)


@pytest.mark.verifies("REQ-GATE-004")
def test_a_version_worse_than_its_baseline_is_tagged_carded_and_refused_by_the_gate(trained_lake_copy: Path) -> None:
    """A reminder policy that explores uniformly (no preference at all) loses to each patient's best
    logged hour: training registers it, tags it beats_baseline=false, its card says so, and the gate
    refuses it even with a passed shadow report, unless overridden with a reason."""
    from models.registry import BEATS_BASELINE_TAG
    from shadow.gate import GATE_TAG, PromotionRefusedError, promote

    settings = load_settings(trained_lake_copy)
    audit = AuditLog(settings.audit_log_path, settings.audit_key())
    registered = reminder_training.train(settings, reminder_training.ReminderConfig(exploration=1.0, n_bootstrap=20), audit)
    client = connect(settings.mlflow_tracking_uri)
    version = client.get_model_version("reminder_timing", registered.version)
    assert registered.beats_baseline == "false" and version.tags[BEATS_BASELINE_TAG] == "false"
    assert registered.metrics["ope_dr"] < registered.metrics["baseline_ope_dr"]
    assert any("does not beat its naive baseline" in w for w in registered.warnings)
    assert "beats its naive baseline**: NO" in (version.description or "")
    run = client.get_run(version.run_id)
    assert run.data.tags[BEATS_BASELINE_TAG] == "false" and "baseline_value" in run.data.metrics
    report = harness.report_reminder(settings, registered.version).report  # the report says what the gate will do
    criterion = next(c for c in report.criteria if c.name == "beats its naive baseline out of time")
    assert not criterion.passed and not report.passed and "beats its naive baseline" in report.recommendation
    client.set_model_version_tag("reminder_timing", registered.version, GATE_TAG, "passed")  # even with a passed report
    with pytest.raises(PromotionRefusedError, match="does not beat its naive baseline"):
        promote(client, "reminder", registered.version, actor="test", audit=audit)
    assert str(version_for(client, "reminder_timing", CHAMPION).version) == "1"  # type: ignore[union-attr]
    moved = promote(client, "reminder", registered.version, actor="test", audit=audit, override=True,
                    reason="accepted for a pilot: reviewed by the safety board")  # fmt: skip
    assert moved.reason.startswith("OVERRIDE by test") and moved.version == str(registered.version)
    entry = [e for e in audit.entries() if e["kind"] == "model_alias_moved"][-1]["payload"]
    assert entry[BEATS_BASELINE_TAG] == "false"


@pytest.mark.verifies("REQ-GATE-004")
def test_the_first_versions_carry_their_baseline_verdict(trained_lake: Path) -> None:
    """Every trained version says whether it beat its baseline (tag, card, logged baseline metrics)."""
    from models.registry import BEATS_BASELINE_TAG

    client = connect(load_settings(trained_lake).mlflow_tracking_uri)
    for name in ("dropoff", "reminder_timing", "supply_anomaly"):
        version = client.get_model_version(name, "1")
        assert version.tags[BEATS_BASELINE_TAG] in {"true", "false", "unknown"}
        assert "Naive baseline (same out-of-time rows)" in (version.description or "")
        bootstrap = alias_history(client, name)[1].reason
        assert "bootstrap" in bootstrap and BEATS_BASELINE_TAG in bootstrap
    metrics = client.get_run(client.get_model_version("dropoff", "1").run_id).data.metrics
    assert 0.5 < metrics["baseline_doses_7d_roc_auc"] < 1 and "baseline_days_since_last_dose_roc_auc" in metrics
