"""A toy fourth model, for ``tests/test_catalog.py`` only: its catalog entry and one module's worth of code per layer.

It is registered in ``adherence.catalog`` by the tests that need it (never by the platform), to show that
every place enumerating or dispatching on models reads the catalog rather than a list of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from adherence import catalog
from adherence.audit import AuditLog
from adherence.domain import DROPOFF_SERVICE
from adherence.settings import Settings

TOY = catalog.ModelSpec(
    name="toy", registered="toy_model", feature_service=DROPOFF_SERVICE, endpoint="toy",
    entity_keys=catalog.PATIENT, outputs=(("score", "float64"), ("flagged", "bool")),
    trainer="tests.toy_model:train", config="tests.toy_model:ToyConfig",
    batch_scorer="tests.toy_model:score", shadow_report="tests.toy_model:report",
)  # fmt: skip


@dataclass(frozen=True)
class ToyConfig:
    """What the CLI's ``train`` passes every model's config."""

    until: dt.date | None = None
    seed: int = 0


def train(settings: Settings, config: ToyConfig, audit: AuditLog) -> Any:
    """The toy's training layer: nothing fitted, a registration as training reports one."""
    from training.tracking import Registered

    return Registered(model=TOY.registered, version="1", run_id=f"toy-seed-{config.seed}", metrics={"roc_auc": 0.5},
                      champion_bootstrapped=True)  # fmt: skip


def score(lake: Path, pyfunc: Any, as_of: dt.date, version: str) -> pd.DataFrame:
    """The toy's batch scorer: every patient the pyfunc is given, scored by it."""
    keys = ["p1", "p2"]
    return pd.DataFrame({"patient_key": keys, "as_of": as_of, "score": pyfunc.predict(keys)})


def report(settings: Settings, candidate: str, start: dt.date | None, end: dt.date | None) -> Any:
    """The toy's shadow report: one criterion, always met."""
    from shadow.harness import Written
    from shadow.report import Criterion, SafetyReport

    criteria = [Criterion("toy criterion", True, "the toy always passes")]
    safety = SafetyReport(TOY.registered, candidate, "1", (str(start), str(end)), {}, criteria)
    return Written(settings.reports_dir / "shadow" / f"{TOY.registered}-v{candidate}", safety)


def register() -> None:
    """Add the toy to the catalog (in a subprocess, before the CLI builds its choices from it)."""
    catalog.CATALOG[TOY.name] = TOY
