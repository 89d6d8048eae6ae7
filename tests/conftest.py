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


@pytest.fixture(scope="session")
def small_lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A simulated lake shared read-only by many tests; copy it before changing anything."""
    lake = tmp_path_factory.mktemp("small-lake")
    simulate(lake, SMALL)
    return lake


@pytest.fixture
def lake_copy(small_lake: Path, tmp_path: Path) -> Path:
    """A private copy of the small lake's Silver, free to be damaged by a test."""
    target = tmp_path / "lake"
    shutil.copytree(small_lake / "silver", target / "silver")
    return target


@pytest.fixture(scope="session")
def deid_lake(small_lake: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the small lake, de-identified once with ``TEST_PSEUDONYM_KEY``; treat as read-only."""
    lake = tmp_path_factory.mktemp("deid-lake")
    shutil.copytree(small_lake / "silver", lake / "silver")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ADHERENCE_PSEUDONYM_KEY", TEST_PSEUDONYM_KEY.decode())
        deidentify(lake, TEST_PSEUDONYM_KEY)
        yield lake
