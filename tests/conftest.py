"""Shared fixtures: small simulated lakes, built once per test session."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from adherence.simulator import SimulationConfig, simulate
from features.deid.leakcheck import IdentifierIndex
from features.deid.pipeline import OUTPUT_TABLES, deidentify
from features.deid.readingwords import packs_dated_from
from features.deid.text import TextDeidentifier
from tests.deid_probes import MESSAGES_YEAR, check_index

if TYPE_CHECKING:
    import pandas as pd

SMALL = SimulationConfig(patients=600, days=120, seed=7)
TEST_PSEUDONYM_KEY = b"test-pseudonym-key-0123456789abcdef"


def simulated_lake(tmp_path_factory: pytest.TempPathFactory, name: str, config: SimulationConfig) -> Path:
    """A new simulated lake in a session folder called ``name``."""
    lake = tmp_path_factory.mktemp(name)
    simulate(lake, config)
    return lake


@contextmanager
def small_disk_at(where: Path, size: str = "256k") -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted at ``where`` (needs root; the test is skipped where mounting is not allowed)."""
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill_disk(disk: Path) -> Path:
    """Fill the file system of ``disk`` to the last byte; returns the filler file (delete it to free the space)."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as handle:
        for size in (65536, 4096, 512, 1):
            try:
                while handle.write(b"x" * size):
                    pass
            except OSError:
                continue
    return filler


def silver_copy(lake: Path, target: Path) -> Path:
    """``target`` holding a private copy of ``lake``'s Silver, free to be damaged by a test."""
    shutil.copytree(lake / "silver", target / "silver")
    return target


@pytest.fixture(scope="session")
def small_lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A simulated lake shared read-only by many tests; copy it before changing anything."""
    return simulated_lake(tmp_path_factory, "small-lake", SMALL)


@pytest.fixture(scope="session")
def tiny_lake(small_lake: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small lake's first 80 patients with everything that is theirs (Silver only)."""
    lake = tmp_path_factory.mktemp("tiny-lake")
    patients = pq.read_table(small_lake / "silver" / "patients")
    mrns = pa.array(patients.column("mrn").to_pylist()[:80])
    for table in OUTPUT_TABLES:
        data = pq.read_table(small_lake / "silver" / table)
        (lake / "silver" / table).mkdir(parents=True)
        pq.write_table(data.filter(pc.is_in(data.column("mrn"), mrns)), lake / "silver" / table / "part-0.parquet")
    return lake


@pytest.fixture(scope="session")
def alt_lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A lake from the second producer (``--dynamics alt``), the small lake's size; read-only."""
    return simulated_lake(tmp_path_factory, "alt-lake", dataclasses.replace(SMALL, dynamics="alt"))


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
TEST_AUDIT_KEY = "test-audit-key-0123456789abcdefgh"


@pytest.fixture(autouse=True)
def messages_year() -> Iterator[None]:
    """Round 39: every test reads a pack's expiry from :data:`tests.deid_probes.MESSAGES_YEAR`, not from the clock
    (a test of "Verfall 03/2028" would fail from 2031)."""
    with packs_dated_from(MESSAGES_YEAR):
        yield


@pytest.fixture(scope="session")
def deid() -> TextDeidentifier:
    """One text de-identifier per test worker, shared by the de-identification tests: loading its spaCy model
    takes seconds, and module-scoped copies were rebuilt whenever a worker's next test came from another module
    (``--maxschedchunk 1``). One worker: inputs are small. A module that needs other settings defines its own."""
    return TextDeidentifier(workers=1)


@pytest.fixture(scope="module")
def index() -> IdentifierIndex:
    """The leak check's index over one Houston patient (:func:`tests.deid_probes.check_index`)."""
    return check_index()


@pytest.fixture(scope="session")
def trained_lake(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A lake taken through features, training of all three models and materialisation.

    Every model has version 1 as champion and challenger (the bootstrap). Tests that
    register more versions or move aliases must use a copy (``trained_lake_copy``).
    """
    from adherence.simulator.truth import incidents
    from features import materialize as fm

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
        train_models(lake, incidents=incidents(lake))
        publish_supply_scores(lake)
        yield lake


def publish_supply_scores(lake: Path) -> None:
    """The anomaly versions' supply scores, published to the registry as ``adherence train anomaly`` does."""
    from adherence.settings import load_settings
    from serving.supply import publish

    assert set(publish(load_settings(lake)).values()) == {"published"}


def train_models(
    lake: Path, models: tuple[str, ...] = ("dropoff", "anomaly", "reminder"), incidents: pd.DataFrame | None = None
) -> None:
    """Train ``models`` on a lake whose features are applied, into the settings' MLflow (the tests' recipe)."""
    from adherence.audit import AuditLog
    from adherence.settings import load_settings
    from training import anomaly, dropoff, reminder

    settings = load_settings(lake)
    audit = AuditLog(settings.audit_log_path, settings.audit_key())
    recipes = {
        "dropoff": lambda: dropoff.train(settings, dropoff.DropoffConfig(), audit),
        "anomaly": lambda: anomaly.train(settings, anomaly.AnomalyConfig(), audit, incidents=incidents),
        "reminder": lambda: reminder.train(settings, reminder.ReminderConfig(n_bootstrap=50), audit),
    }
    for model in models:
        recipes[model]()


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


@pytest.fixture(autouse=True)
def _insecure_warnings_announced_afresh() -> None:
    """Each test sees the INSECURE warnings again (a process announces each insecure secret once)."""
    from adherence import settings

    settings._ANNOUNCED.clear()


# The modules that took the most worker time in a fresh-clone CI run (2026-12-04, ff68233: test_erasure 560 s,
# test_shadow 291 s, test_demo 287 s, ... of 3,731 worker-seconds), the one with the longest single test first. They
# are collected first and scripts/test.sh sends each worker one test at a time as it frees (`--maxschedchunk 1`), so
# the end of a run is short tests shared by both workers rather than one long end-to-end test on one worker while the
# other waits. Whole modules move and each worker takes its tests in collection order, so it builds a module's
# fixtures once.
LONGEST_MODULES = ("test_demo", "test_erasure", "test_shadow", "test_mlflow_server", "test_features", "test_publish",
                   "test_serving", "test_deid_export", "test_deid_pipeline", "test_api_contract", "test_reminder_model",
                   "test_training", "test_deploy", "test_cli_progress", "test_monitor", "test_notebooks")  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run :data:`LONGEST_MODULES` first, in that order; the sort is stable, so each module keeps its own order."""
    rank = {name: place for place, name in enumerate(LONGEST_MODULES)}
    items.sort(key=lambda item: rank.get(item.path.stem, len(rank)))
