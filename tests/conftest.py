"""Shared fixtures: small simulated lakes, built once per test session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from adherence.simulator import SimulationConfig, simulate
from features.deid.pipeline import deidentify

SMALL = SimulationConfig(patients=600, days=120, seed=7)
TEST_PSEUDONYM_KEY = b"test-pseudonym-key-0123456789abcdef"


def simulated_lake(tmp_path_factory: pytest.TempPathFactory, name: str, config: SimulationConfig) -> Path:
    """A new simulated lake in a session folder called ``name``."""
    lake = tmp_path_factory.mktemp(name)
    simulate(lake, config)
    return lake


def silver_copy(lake: Path, target: Path) -> Path:
    """``target`` holding a private copy of ``lake``'s Silver, free to be damaged by a test."""
    shutil.copytree(lake / "silver", target / "silver")
    return target


@pytest.fixture(scope="session")
def small_lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A simulated lake shared read-only by many tests; copy it before changing anything."""
    return simulated_lake(tmp_path_factory, "small-lake", SMALL)


@pytest.fixture
def lake_copy(small_lake: Path, tmp_path: Path) -> Path:
    """A private copy of the small lake's Silver, free to be damaged by a test."""
    return silver_copy(small_lake, tmp_path / "lake")


@pytest.fixture(scope="session")
def deid_lake(small_lake: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the small lake, de-identified once with ``TEST_PSEUDONYM_KEY``; treat as read-only."""
    lake = tmp_path_factory.mktemp("deid-lake")
    shutil.copytree(small_lake / "silver", lake / "silver")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ADHERENCE_PSEUDONYM_KEY", TEST_PSEUDONYM_KEY.decode())
        deidentify(lake, TEST_PSEUDONYM_KEY)
        yield lake


# Long enough for the drop-off model's 30 + 14-day follow-up on both sides of its time split.
TRAINING = SimulationConfig(patients=400, days=150, seed=11)
TEST_AUDIT_KEY = "test-audit-key-0123456789abcdef"


@pytest.fixture(scope="session")
def trained_lake(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A lake taken through features, training of all three models and materialisation.

    Every model has version 1 as champion and challenger (the bootstrap). Tests that
    register more versions or move aliases must use a copy (``trained_lake_copy``).
    """
    from adherence.audit import AuditLog
    from adherence.settings import load_settings
    from adherence.simulator.truth import incidents
    from features import materialize as fm
    from training import anomaly, dropoff, reminder

    lake = tmp_path_factory.mktemp("trained-lake")
    simulate(lake, TRAINING)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ADHERENCE_PSEUDONYM_KEY", TEST_PSEUDONYM_KEY.decode())
        mp.setenv("ADHERENCE_AUDIT_KEY", TEST_AUDIT_KEY)
        mp.delenv("ADHERENCE_MLFLOW_TRACKING_URI", raising=False)
        mp.delenv("MLFLOW_TRACKING_URI", raising=False)
        deidentify(lake, TEST_PSEUDONYM_KEY)
        fm.build_feature_tables(lake)
        fm.apply(lake)
        fm.materialize(lake, fm.latest_snapshot(lake))
        settings = load_settings(lake)
        audit = AuditLog(settings.audit_log_path, settings.audit_key())
        dropoff.train(settings, dropoff.DropoffConfig(), audit)
        anomaly.train(settings, anomaly.AnomalyConfig(), audit, incidents=incidents(lake))
        reminder.train(settings, reminder.ReminderConfig(n_bootstrap=50), audit)
        yield lake


@pytest.fixture
def trained_lake_copy(trained_lake: Path, tmp_path: Path) -> Path:
    """A private copy of ``trained_lake`` (de-identified data, features, MLflow store, audit log).

    Silver and truth are left out; the Feast repo is re-applied so its paths point at the copy.
    """
    from features import materialize as fm

    target = tmp_path / "lake"
    shutil.copytree(trained_lake, target, ignore=shutil.ignore_patterns("silver", "feature_repo*"))
    fm.apply(target)
    fm.materialize(target, fm.latest_snapshot(target))
    return target


@pytest.fixture
def test_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' own keys in the environment, and MLflow at each lake's default store."""
    monkeypatch.setenv("ADHERENCE_PSEUDONYM_KEY", TEST_PSEUDONYM_KEY.decode())
    monkeypatch.setenv("ADHERENCE_AUDIT_KEY", TEST_AUDIT_KEY)
    monkeypatch.delenv("ADHERENCE_MLFLOW_TRACKING_URI", raising=False)
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
