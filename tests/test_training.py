"""Training, registration and batch prediction of the three models: real fits, real MLflow."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import mlflow
import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from adherence import catalog
from adherence.audit import AuditLog
from adherence.cli import app
from adherence.domain import DROPOFF_GAP_DAYS, DROPOFF_HORIZON_DAYS
from adherence.settings import load_settings
from features import materialize as fm
from features.deidentified import fingerprint
from models.registry import CHALLENGER, CHAMPION, alias_history, connect, version_for
from tests.conftest import TEST_AUDIT_KEY
from training.datasets import MIN_BACKTEST_DAYS, MIN_TEST_DAYS, data_until, dropoff_examples
from training.dropoff import DropoffConfig
from training.dropoff import train as train_dropoff

runner = CliRunner()
FOLLOW_UP = DROPOFF_HORIZON_DAYS + DROPOFF_GAP_DAYS


pytestmark = pytest.mark.usefixtures("test_secrets")


# --------------------------------------------------------------------------- registration and aliases


@pytest.mark.verifies("REQ-TRAIN-002")
def test_first_versions_are_champion_and_challenger_by_recorded_bootstrap(trained_lake: Path) -> None:
    client = connect(load_settings(trained_lake).mlflow_tracking_uri)
    for name in (spec.registered for spec in catalog.models()):
        champion, challenger = version_for(client, name, CHAMPION), version_for(client, name, CHALLENGER)
        assert champion is not None and challenger is not None
        assert str(champion.version) == str(challenger.version) == "1"
        moves = alias_history(client, name)
        assert [(m.alias, m.version) for m in moves] == [(CHALLENGER, "1"), (CHAMPION, "1")]
        assert "bootstrap" in moves[1].reason
        assert "Intended use" in (champion.description or "")
    audit = AuditLog(load_settings(trained_lake).audit_log_path, TEST_AUDIT_KEY.encode())
    assert audit.verify().ok
    moved = [e["payload"] for e in audit.entries() if e["kind"] == "model_alias_moved"]
    expected = {(spec.registered, alias) for spec in catalog.models() for alias in (CHAMPION, CHALLENGER)}
    assert {(m["model"], m["alias"]) for m in moved} == expected


@pytest.mark.verifies("REQ-TRAIN-002")
def test_runs_log_metrics_plots_card_signature_and_lineage(trained_lake: Path) -> None:
    settings = load_settings(trained_lake)
    client = connect(settings.mlflow_tracking_uri)
    expected_plots = {"dropoff": {"roc", "precision_recall", "reliability", "feature_importance"},
                      "supply_anomaly": {"top_series"}, "reminder_timing": {"hour_distribution"}}  # fmt: skip
    for name, plots in expected_plots.items():
        version = client.get_model_version(name, "1")
        run = client.get_run(version.run_id)
        tags = run.data.tags
        assert tags["deidentified_inputs_sha256"] == fingerprint(trained_lake)
        assert tags["git_commit"] and tags["feature_service"].endswith("_v1")
        assert tags["as_of_start"] <= tags["as_of_end"]
        assert "data_until" in run.data.params and "seed" in run.data.params
        artifacts = {a.path for a in client.list_artifacts(run.info.run_id, "plots")}
        assert {f"plots/{p}.png" for p in plots} <= artifacts
        assert "Intended use" in mlflow.artifacts.load_text(f"runs:/{run.info.run_id}/model_card.md")
        model = mlflow.models.get_model_info(f"models:/{name}/1")
        assert model.signature is not None and model.signature.inputs is not None
    dropoff_metrics = client.get_run(client.get_model_version("dropoff", "1").run_id).data.metrics
    for algorithm in ("logistic", "lightgbm", "xgboost", "ensemble", "gru"):
        assert 0.5 < dropoff_metrics[f"test_{algorithm}_roc_auc"] <= 1.0
        assert dropoff_metrics[f"serving_us_{algorithm}"] > 0
    # The choice between the boosted models and the GRU is logged with every candidate's figures.
    dropoff_run = client.get_run(client.get_model_version("dropoff", "1").run_id)
    choice = mlflow.artifacts.load_dict(f"runs:/{dropoff_run.info.run_id}/evaluation/candidates.json")
    assert set(choice["candidates"]) == {"logistic", "lightgbm", "xgboost", "ensemble", "gru"}
    assert choice["chosen"] == dropoff_run.data.params["algorithm"] == dropoff_run.data.tags["candidate_choice"]
    assert dropoff_run.data.tags["sequence_vs_boosting"].startswith("gru test ROC AUC")
    best = max(choice["candidates"].values(), key=lambda c: c["validation_pr_auc"])["validation_pr_auc"]
    assert choice["candidates"][choice["chosen"]]["validation_pr_auc"] >= best - choice["tolerance_validation_pr_auc"]
    assert 0 < dropoff_metrics["test_threshold"] < 1 and 0 <= dropoff_metrics["test_ece"] < 0.2
    # What is registered is the winning recipe refitted on the newest labelled data, not the backtest's fit.
    assert dropoff_metrics["rows_final_fit"] > dropoff_metrics["rows_fit"]
    registered = mlflow.pyfunc.load_model("models:/dropoff/1").unwrap_python_model().estimator  # type: ignore[attr-defined]
    assert registered.threshold_ == pytest.approx(dropoff_metrics["threshold"])
    assert registered.n_trees_ == dropoff_metrics["trees_final"]
    reminder_metrics = client.get_run(client.get_model_version("reminder_timing", "1").run_id).data.metrics
    assert reminder_metrics["ope_dr_low"] <= reminder_metrics["ope_dr"] <= reminder_metrics["ope_dr_high"]
    anomaly_metrics = client.get_run(client.get_model_version("supply_anomaly", "1").run_id).data.metrics
    assert anomaly_metrics["alert_rate_train"] <= 0.01 and "truth_recall" in anomaly_metrics


@pytest.mark.verifies("REQ-TRAIN-002")
def test_a_new_version_becomes_challenger_and_leaves_the_champion(trained_lake_copy: Path) -> None:
    settings = load_settings(trained_lake_copy)
    audit = AuditLog(settings.audit_log_path, settings.audit_key())
    registered = train_dropoff(settings, DropoffConfig(seed=1), audit)
    client = connect(settings.mlflow_tracking_uri)
    assert registered.version == "2" and not registered.champion_bootstrapped
    assert str(version_for(client, "dropoff", CHALLENGER).version) == "2"  # type: ignore[union-attr]
    assert str(version_for(client, "dropoff", CHAMPION).version) == "1"  # type: ignore[union-attr]
    assert [m.previous for m in alias_history(client, "dropoff")][-1] == "1"
    # One threshold: what training reports is what the registered model stores and the service applies.
    estimator = mlflow.pyfunc.load_model("models:/dropoff/2").unwrap_python_model().estimator  # type: ignore[attr-defined]
    assert registered.metrics["threshold"] == pytest.approx(estimator.threshold_)
    assert "backtest_threshold" in registered.metrics


def test_a_gru_candidate_trains_registers_and_scores_the_online_features(trained_lake_copy: Path) -> None:
    from models.pyfunc import model_input
    from models.sequence import SequenceDropoffClassifier

    settings = load_settings(trained_lake_copy)
    registered = train_dropoff(settings, DropoffConfig(candidates=("gru",), sequence_epochs=3))
    client = connect(settings.mlflow_tracking_uri)
    run = client.get_run(registered.run_id)
    assert run.data.params["algorithm"] == "gru" and run.data.tags["candidate_choice"] == "gru"
    pyfunc = mlflow.pyfunc.load_model(f"models:/dropoff/{registered.version}")
    estimator = pyfunc.unwrap_python_model().estimator  # type: ignore[attr-defined]
    assert isinstance(estimator, SequenceDropoffClassifier) and len(estimator.sequence_names_) == 60
    assert registered.metrics["threshold"] == pytest.approx(estimator.threshold_)
    keys = pd.read_parquet(trained_lake_copy / "deidentified" / "patients")[["patient_key"]]
    entities = keys.assign(event_timestamp=fm.latest_snapshot(trained_lake_copy))
    features = fm.training_frame(trained_lake_copy, "dropoff_v1", entities)
    inputs = model_input(features.drop(columns=["patient_key", "event_timestamp"]))
    risk = pyfunc.predict(inputs).risk.to_numpy()
    assert np.isfinite(risk).all() and 0 <= risk.min() <= risk.max() <= 1 and risk.std() > 0
    # The service's path: a mapping of column lists, scored in numpy, gives the same numbers.
    mapping = {name: inputs[name].tolist() for name in inputs.columns}
    np.testing.assert_allclose(estimator.predict_proba(mapping)[:, 1], risk, rtol=0, atol=1e-9)
    # A date nobody is on therapy: the command says so in the project's words, not scikit-learn's.
    result = runner.invoke(app, ["predict", "dropoff", "--lake", str(trained_lake_copy), "--as-of", "2030-01-01",
                                 "--version", registered.version, "--output", str(trained_lake_copy / "none.parquet")])
    assert result.exit_code == 2 and "no rows as of 2030-01-01" in result.output, result.output


def test_the_gru_numpy_forward_pass_is_torchs() -> None:
    import torch

    from models.sequence import SequenceDropoffClassifier

    rng = np.random.default_rng(0)
    n = 600
    per_day = rng.integers(1, 3, n)
    engaged = rng.random(n) < 0.7
    doses = {f"doses_lag_{k:02d}": rng.binomial(per_day, np.where(engaged | (k > 10), 0.9, 0.3)).astype(float)
             for k in range(1, 61)}  # fmt: skip
    frame = pd.DataFrame({**doses, "doses_per_day": per_day.astype(float), "sex": rng.choice(["F", "M"], n),
                          "days_since_last_dose": np.where(rng.random(n) < 0.1, np.nan, rng.random(n) * 5)})
    frame.loc[:50, "doses_lag_60"] = np.nan  # days before the patient's data started
    labels = (~engaged).astype(int)
    model = SequenceDropoffClassifier(epochs=4, random_state=1).fit(frame[:400], labels[:400], frame[400:], labels[400:])
    sequence, static = model.encode(frame)
    assert sequence.shape == (n, 60, 3) and static.shape[0] == n
    assert sequence[0, 0, 2] == 0 and sequence[0, -1, 2] == 1  # day 60 unobserved, the snapshot's day observed
    w = model.weights_
    gru = torch.nn.GRU(3, w["w_hh"].shape[1], batch_first=True)
    gru.load_state_dict({"weight_ih_l0": torch.from_numpy(w["w_ih"]), "weight_hh_l0": torch.from_numpy(w["w_hh"]),
                         "bias_ih_l0": torch.from_numpy(w["b_ih"]), "bias_hh_l0": torch.from_numpy(w["b_hh"])})
    with torch.no_grad():
        _, last = gru(torch.from_numpy(sequence))
    context = np.maximum(static @ w["static_w"].T + w["static_b"], 0)
    expected = (np.concatenate([last[0].numpy(), context], axis=1) @ w["head_w"].T + w["head_b"]).ravel()
    np.testing.assert_allclose(model._raw_scores(frame), expected, atol=1e-4)
    from sklearn.metrics import roc_auc_score

    assert roc_auc_score(labels[400:], model.predict_proba(frame[400:])[:, 1]) > 0.8  # it learned the recent days
    one = {name: frame[name].head(1).tolist() for name in frame.columns}
    assert model.predict_proba(one)[0, 1] == pytest.approx(model.predict_proba(frame.head(1))[0, 1])
    assert "sequence: doses / prescribed" in model.feature_importance().index


def test_training_is_reproducible_by_seed(trained_lake_copy: Path) -> None:
    settings = load_settings(trained_lake_copy)
    first = train_dropoff(settings, DropoffConfig(seed=5))
    second = train_dropoff(settings, DropoffConfig(seed=5))
    assert first.metrics == second.metrics
    features = fm.training_frame(
        trained_lake_copy, "dropoff_v1", pd.read_parquet(trained_lake_copy / "deidentified" / "patients")[["patient_key"]]
        .assign(event_timestamp=fm.latest_snapshot(trained_lake_copy)),
    )  # fmt: skip
    inputs = features.drop(columns=["patient_key", "event_timestamp"])
    from models.pyfunc import model_input

    scores = [
        mlflow.pyfunc.load_model(f"models:/dropoff/{v}").predict(model_input(inputs)).risk
        for v in (first.version, second.version)
    ]
    np.testing.assert_array_equal(scores[0], scores[1])


# --------------------------------------------------------------------------- the time split


@pytest.mark.verifies("REQ-FEAT-001")
def test_drop_off_split_never_lets_test_period_information_into_training(trained_lake: Path) -> None:
    until = data_until(trained_lake, None)
    examples = dropoff_examples(trained_lake, until, test_days=21)
    train, test = examples.train, examples.test
    assert len(train) and len(test)
    assert train.as_of.max() + pd.Timedelta(days=FOLLOW_UP) < pd.Timestamp(examples.test_start)  # labels known before the test
    assert test.as_of.min() >= pd.Timestamp(examples.test_start)
    assert test.as_of.max() + pd.Timedelta(days=FOLLOW_UP) < pd.Timestamp(until)
    assert not set(zip(train.patient_key, train.as_of, strict=True)) & set(zip(test.patient_key, test.as_of, strict=True))
    assert (train.event_timestamp == train.as_of.dt.tz_localize("UTC") + pd.Timedelta(days=1)).all()
    # The final fit's rows: every labelled as-of date, each label observed before ``until``.
    latest = examples.latest
    assert latest.as_of.min() <= train.as_of.min() and latest.as_of.max() == test.as_of.max()
    assert latest.as_of.max() + pd.Timedelta(days=FOLLOW_UP) < pd.Timestamp(until)
    pd.testing.assert_frame_equal(latest[latest.as_of >= pd.Timestamp(examples.test_start)].reset_index(drop=True), test)
    # Fitting and validation inside the training rows: other patients, later dates (``split_fit_validation``).
    from training.dropoff import split_fit_validation

    config = DropoffConfig()
    for rows in (train, latest):  # the backtest's and the registered refit's
        fit, validation = split_fit_validation(rows, config.validation_share, config.seed)
        assert len(fit) and len(validation) and not set(fit.patient_key) & set(validation.patient_key)
        assert validation.as_of.min() > fit.as_of.max()


def _patient_days(patients: int = 300, dates: int = 20) -> pd.DataFrame:
    """Training-shaped rows: every patient on every as-of date 3 days apart, keys shaped like HMAC pseudonyms."""
    import hashlib

    keys = [hashlib.sha256(f"patient-{i}".encode()).hexdigest() for i in range(patients)]
    days = pd.date_range("2026-03-01", periods=dates, freq="3D")
    grid = pd.DataFrame({"patient_key": np.repeat(keys, dates), "as_of": np.tile(days, patients)})
    return grid.assign(dropped_off_30d=np.arange(len(grid)) % 7 == 0).sort_values(["as_of", "patient_key"])


@pytest.mark.verifies("REQ-FEAT-001")
def test_validation_is_other_patients_at_later_dates_than_the_fitted_rows() -> None:
    """Validation chooses the algorithm, stops and calibrates: it must not score the fitted patients' own later days."""
    from training.dropoff import split_fit_validation

    frame = _patient_days()
    fit, validation = split_fit_validation(frame, 0.3, seed=0)
    assert len(fit) and len(validation)
    assert not set(fit.patient_key) & set(validation.patient_key)  # out of patient
    assert validation.as_of.min() > fit.as_of.max()  # out of time
    assert 0.2 < validation.patient_key.nunique() / frame.patient_key.nunique() < 0.4
    assert fit.as_of.min() == frame.as_of.min() and validation.as_of.max() == frame.as_of.max()
    again = split_fit_validation(frame.sample(frac=1.0, random_state=1), 0.3, seed=0)[1]
    assert set(again.patient_key) == set(validation.patient_key)  # the key and the seed decide, not the row order
    assert set(split_fit_validation(frame, 0.3, seed=1)[1].patient_key) != set(validation.patient_key)
    # The old split, kept to measure what it hid: the same patients on both sides.
    old_fit, old_validation = split_fit_validation(frame, 0.3, seed=0, split="time")
    assert set(old_fit.patient_key) == set(old_validation.patient_key) and old_validation.as_of.min() > old_fit.as_of.max()


def test_an_empty_side_of_the_split_is_explained_without_showing_a_key() -> None:
    from features.silver import shape
    from training.dropoff import split_fit_validation, validation_patients

    frame = _patient_days()
    with pytest.raises(ValueError, match="no rows to split"):
        split_fit_validation(frame.iloc[:0], 0.3, seed=0)
    with pytest.raises(ValueError, match="unknown validation split 'patients'"):
        split_fit_validation(frame, 0.3, seed=0, split="patients")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"dropoff_v1 features and labels\)\.as_of: one as-of date only \(example: 2026-03-01\)"):
        split_fit_validation(frame[frame.as_of == frame.as_of.min()], 0.3, seed=0)
    held = validation_patients(frame.patient_key, 0.3, seed=0).to_numpy()
    lone = frame[frame.patient_key == frame.patient_key[~held].iloc[0]]  # one patient, on the fitting side
    with pytest.raises(ValueError, match=r"\.patient_key: the validation side of the patient split is empty") as raised:
        split_fit_validation(lone, 0.3, seed=0)
    key = lone.patient_key.iloc[0]
    assert key not in str(raised.value) and f"example: shaped {shape(key)!r}, not shown" in str(raised.value)
    late = frame.as_of >= frame.as_of.sort_values().iloc[len(frame) // 2]
    with pytest.raises(ValueError, match=r"\.as_of: the validation side is empty: its \d+ patient\(s\) have no row on or after"):
        split_fit_validation(frame[~(held & late.to_numpy())], 0.3, seed=0)  # validation patients seen early only


def test_no_training_rows_fail_in_the_projects_words_before_any_fit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nobody on therapy on any labelled date: said as "no rows as of ...", not an index error from the split."""
    import training.dropoff as dropoff
    from training.datasets import DropoffExamples

    until = dt.date(2026, 6, 1)
    nobody = _patient_days().iloc[:0]
    examples = DropoffExamples(train=nobody, test=nobody, test_start=None, until=until, latest=nobody)
    monkeypatch.setattr(dropoff, "dropoff_examples", lambda *args, **kwargs: examples)
    with pytest.raises(ValueError, match="no rows as of any labelled date before 2026-06-01 in the drop-off training rows"):
        dropoff.train(load_settings(tmp_path), DropoffConfig(until=until))
    assert not (tmp_path / "mlflow").exists()  # refused before a run was started


@pytest.mark.verifies("REQ-FEAT-001")
def test_events_after_until_change_nothing(trained_lake: Path, tmp_path: Path) -> None:
    """Plant dense doses after the cut-off for everybody: labels and features before it stay identical."""
    until = data_until(trained_lake, None) - dt.timedelta(days=30)
    planted = tmp_path / "planted"
    shutil.copytree(trained_lake / "deidentified", planted / "deidentified")
    events = pd.read_parquet(trained_lake / "deidentified" / "events")
    keys = events.patient_key.unique()
    days = pd.date_range(pd.Timestamp(until, tz="UTC"), periods=20, freq="D")
    extra = pd.DataFrame({"event_id": [f"PLANT-{i}-{d}" for i in range(len(keys)) for d in range(20)],
                          "patient_key": np.repeat(keys, 20), "event_type": "pillbox_opened",
                          "event_time": np.tile(days, len(keys))})  # fmt: skip
    extra = extra.reindex(columns=events.columns).astype(events.dtypes.to_dict())
    extra.to_parquet(planted / "deidentified" / "events" / "planted.parquet", index=False)
    fm.build_feature_tables(planted)
    fm.apply(planted)
    clean = dropoff_examples(trained_lake, until, test_days=7)
    dirty = dropoff_examples(planted, until, test_days=7)
    for a, b in ((clean.train, dirty.train), (clean.test, dirty.test), (clean.latest, dirty.latest)):
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))


def test_too_short_a_history_is_explained(trained_lake: Path) -> None:
    with pytest.raises(ValueError, match="too little history"):
        dropoff_examples(trained_lake, data_until(trained_lake, None) - dt.timedelta(days=100))


def _first_event_day(lake: Path) -> dt.date:
    from features.deidentified import read_deidentified

    return read_deidentified(lake, "events", ["event_time"]).event_time.min().date()


def test_a_short_history_shrinks_the_test_window(trained_lake: Path) -> None:
    until = _first_event_day(trained_lake) + dt.timedelta(days=MIN_BACKTEST_DAYS + 4)
    examples = dropoff_examples(trained_lake, until)
    assert examples.backtested and examples.test_days == MIN_TEST_DAYS + 4 < 28
    assert examples.test.as_of.min() == pd.Timestamp(examples.test_start) and len(examples.train)
    assert examples.train.as_of.max() + pd.Timedelta(days=FOLLOW_UP) < pd.Timestamp(examples.test_start)
    shorter = dropoff_examples(trained_lake, until - dt.timedelta(days=5))
    assert not shorter.backtested and shorter.test.empty and shorter.train is shorter.latest


def test_118_days_train_and_register_a_version_that_says_it_was_not_backtested(trained_lake_copy: Path) -> None:
    until = _first_event_day(trained_lake_copy) + dt.timedelta(days=118)
    result = runner.invoke(app, ["train", "dropoff", "--lake", str(trained_lake_copy), "--until", until.isoformat()])
    assert result.exit_code == 0, result.output
    registered = json.loads(result.stdout)
    assert registered["version"] == "2" and registered["metrics"]["backtested"] == 0.0
    client = connect(load_settings(trained_lake_copy).mlflow_tracking_uri)
    run = client.get_run(client.get_model_version("dropoff", "2").run_id)
    assert run.data.metrics["backtested"] == 0.0 and "test_roc_auc" not in run.data.metrics
    assert "test_start" not in run.data.params
    card = mlflow.artifacts.load_text(f"runs:/{run.info.run_id}/model_card.md")
    assert "NOT backtested" in card and "shadow evidence alone" in card
    assert client.get_run(client.get_model_version("dropoff", "1").run_id).data.metrics["backtested"] == 1.0


# --------------------------------------------------------------------------- commands


def test_train_and_predict_commands(trained_lake_copy: Path, tmp_path: Path) -> None:
    lake = str(trained_lake_copy)
    result = runner.invoke(app, ["train", "reminder", "--lake", lake])
    assert result.exit_code == 0, result.output
    assert '"version": "2"' in result.stdout
    as_of = (fm.latest_snapshot(trained_lake_copy) - dt.timedelta(days=1)).date().isoformat()
    outputs = {}
    documented = {
        "dropoff": ["patient_key", "as_of", "risk"],
        "reminder": ["patient_key", "as_of", "local_hour", "propensity"],
        "anomaly": ["batch_number", "region", "date", "score", "alert"],
    }
    for model, columns in documented.items():
        target = tmp_path / f"{model}.parquet"
        result = runner.invoke(app, ["predict", model, "--lake", lake, "--as-of", as_of, "--output", str(target)])
        assert result.exit_code == 0, result.output
        outputs[model] = pd.read_parquet(target)
        assert list(outputs[model].columns[: len(columns)]) == columns and len(outputs[model])
    assert outputs["dropoff"].risk.between(0, 1).all()
    assert outputs["reminder"].propensity.between(0, 1, inclusive="right").all()
    assert outputs["reminder"].local_hour.between(0, 23).all()
    anomaly = outputs["anomaly"]
    assert pd.to_datetime(anomaly.date).max().date().isoformat() == as_of
    assert not anomaly.duplicated(["batch_number", "region", "date"]).any()
    # Reminder draws are seeded by date and version: a rerun repeats them.
    again = tmp_path / "again.parquet"
    runner.invoke(app, ["predict", "reminder", "--lake", lake, "--as-of", as_of, "--output", str(again)])
    pd.testing.assert_frame_equal(pd.read_parquet(again), outputs["reminder"])
    # A date past the data scores nobody: said, and not exit 0.
    result = runner.invoke(app, ["predict", "dropoff", "--lake", lake, "--as-of", "2030-01-01", "--output",
                                 str(tmp_path / "empty.parquet")])  # fmt: skip
    assert result.exit_code == 2 and "no rows as of 2030-01-01" in result.output


def test_an_anomaly_version_that_misses_every_known_incident_is_flagged() -> None:
    from training.anomaly import missed_incidents_warning

    missed = {"truth_incidents": 1.0, "truth_detected": 0.0, "truth_false_alarms": 115.0}
    warning = missed_incidents_warning(missed, "1", bootstrapped=True)
    assert warning is not None and "0 of 1 known incident" in warning and "bootstrap" in warning
    assert missed_incidents_warning({**missed, "truth_detected": 1.0}, "1", bootstrapped=True) is None
    assert missed_incidents_warning({}, "1", bootstrapped=True) is None  # no known incidents: nothing to say


def test_commands_explain_bad_input(tmp_path: Path, trained_lake: Path) -> None:
    result = runner.invoke(app, ["train", "dropoff", "--lake", str(tmp_path)])
    assert result.exit_code == 2 and "adherence deidentify" in result.output
    result = runner.invoke(
        app, ["predict", "dropoff", "--lake", str(trained_lake), "--as-of", "2026-13-01", "--output", "x.parquet"]
    )
    assert result.exit_code == 2 and "--as-of must be a date" in result.output
    result = runner.invoke(app, ["predict", "dropoff", "--lake", str(trained_lake), "--as-of", "2026-03-01", "--version", "99",
                                 "--output", str(tmp_path / "x.parquet")])  # fmt: skip
    assert result.exit_code == 2 and "no version 99" in result.output
    assert not (tmp_path / "x.parquet").exists()


@pytest.mark.slow
def test_mlproject_entry_point_trains_through_mlflow_run(trained_lake_copy: Path) -> None:
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "ADHERENCE_AUDIT_KEY": TEST_AUDIT_KEY,
        "MLFLOW_TRACKING_URI": load_settings(trained_lake_copy).mlflow_tracking_uri,
        "HOME": str(trained_lake_copy),
    }
    project = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [str(Path(sys.executable).with_name("mlflow")), "run", str(project), "-e", "train_anomaly", "--env-manager", "local",
         "--experiment-name", "supply_anomaly", "-P", f"lake={trained_lake_copy}"],
        capture_output=True, text=True, timeout=900, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    client = connect(load_settings(trained_lake_copy).mlflow_tracking_uri)
    latest = version_for(client, "supply_anomaly", CHALLENGER)
    assert latest is not None and str(latest.version) == "2"
    run = client.get_run(latest.run_id)
    assert run.data.tags.get("mlflow.project.entryPoint") == "train_anomaly"


def test_the_cheapest_algorithm_within_tolerance_is_chosen() -> None:
    from training.dropoff import choose_algorithm

    scores = {"logistic": 0.60, "lightgbm": 0.762, "xgboost": 0.765}
    assert choose_algorithm(scores, tolerance=0.01) == "lightgbm"  # 0.003 worse, three times faster to serve
    assert choose_algorithm(scores, tolerance=0.0) == "xgboost"
    assert choose_algorithm({**scores, "logistic": 0.758}, tolerance=0.01) == "logistic"
    assert choose_algorithm({"logistic": float("nan"), "lightgbm": 0.5, "xgboost": 0.7}, tolerance=0.01) == "xgboost"


@pytest.mark.verifies("REQ-TRAIN-001")
def test_training_never_reads_a_truth_folder_only_an_explicit_incidents_file(
    trained_lake_copy: Path, trained_lake: Path, tmp_path: Path
) -> None:
    """Another producer's ``truth/`` (here without ``end_date``) changes nothing; confirmed incidents come from --incidents."""
    foreign = trained_lake_copy / "truth"
    shutil.rmtree(foreign, ignore_errors=True)
    foreign.mkdir()
    pd.DataFrame({"batch_number": ["B1"], "region": ["US-CA"], "start_date": [dt.date(2026, 2, 1)]}).to_parquet(
        foreign / "incidents.parquet"
    )
    lake = str(trained_lake_copy)
    result = runner.invoke(app, ["train", "anomaly", "--lake", lake])
    assert result.exit_code == 0, result.output
    assert not [name for name in json.loads(result.stdout)["metrics"] if name.startswith("truth_")]

    confirmed = tmp_path / "confirmed.parquet"
    shutil.copy(trained_lake / "truth" / "incidents.parquet", confirmed)
    result = runner.invoke(app, ["train", "anomaly", "--lake", lake, "--incidents", str(confirmed)])
    assert result.exit_code == 0, result.output
    assert "truth_recall" in json.loads(result.stdout)["metrics"]

    result = runner.invoke(app, ["train", "anomaly", "--lake", lake, "--incidents", str(foreign / "incidents.parquet")])
    assert result.exit_code == 2 and "lacks column(s) ['end_date']" in " ".join(result.output.split())


@pytest.mark.verifies("REQ-TRAIN-001")
def test_product_code_does_not_import_the_simulators_truth() -> None:
    root = Path(__file__).resolve().parent.parent
    packages = ["adherence", "features", "training", "models", "serving", "shadow"]
    sources = [path for package in packages for path in (root / package).rglob("*.py") if "simulator" not in path.parts]
    names = ("simulator.truth", "simulator import truth")
    readers = [path for path in sources if any(name in path.read_text() for name in names)]
    assert readers == []


@pytest.mark.verifies("REQ-GATE-004")
def test_baseline_verdicts_compare_on_the_same_rows() -> None:
    from models.baselines import anomaly_verdict, daily_rule_alerts, dropoff_verdict, reminder_verdict

    rng = np.random.default_rng(0)
    doses = rng.integers(0, 14, 2000)
    labels = (rng.random(2000) < 1 / (1 + np.exp(doses - 4))).astype(int)  # fewer doses, more drop-offs
    frame = pd.DataFrame({"doses_7d": doses, "days_since_last_dose": np.where(doses > 0, 1.0, np.nan)})
    assert dropoff_verdict(labels, rng.random(2000), frame).beats is False  # noise loses to the dose count
    good = dropoff_verdict(labels, -doses + labels * 3.0, frame)  # better than the count alone
    assert good.beats is True and good.model["roc_auc"] > good.baseline["doses_7d_roc_auc"]
    assert dropoff_verdict(labels, -doses, None).beats is None
    rule = {"incidents": 10, "recall": 0.7, "median_delay_days": 4.0, "false_alarms_per_1000": 1.0}
    assert anomaly_verdict({**rule, "recall": 0.9}, rule, 1.0).beats is True
    assert anomaly_verdict({**rule, "recall": 0.9, "false_alarms_per_1000": 3.0}, rule, 1.0).beats is False
    assert anomaly_verdict(rule, rule, 1.0).beats is False  # a tie does not beat
    assert anomaly_verdict(None, None, 1.0).beats is None
    assert reminder_verdict(0.30, 0.32).tag == "false" and reminder_verdict(0.35, 0.32).tag == "true"
    series = pd.DataFrame({"scans": [3, 3, 30, 0], "suspect": [1, 0, 2, 0], "unknown": [1, 1, 0, 0]})
    assert daily_rule_alerts(series).tolist() == [True, False, False, False]  # 2 of 30 is under 10%
