"""The catalog of models: one entry per model, everything the stages must know about it.

Per-model knowledge used to be spread over about ten places in five packages (issue 17):
registered names, feature services, endpoints, the CLI's choices and its if/elif dispatch.
Each of those now reads this catalog, so adding a model is one entry here plus its module in
each layer that needs one (``models/<m>.py``, ``training/<m>.py``, ...).

This is plumbing: it imports no stage. The code an entry points at (its trainer, its batch
scorer, its shadow report) is therefore named, as ``"package.module:attribute"``, and
imported by the layer that runs it (``load``); ``tests/test_architecture.py`` checks each
name lies in the layer the import rules allow.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from adherence.domain import DROPOFF_SERVICE, REMINDER_SERVICE, SUPPLY_SERVICE

PATIENT = ("patient_key",)
SUPPLY_SERIES = ("batch_number", "region")


@dataclass(frozen=True)
class ModelSpec:
    """One model as every stage sees it.

    ``outputs`` are the answer's fields and their types (``int64``, ``float64``, ``bool``,
    ...), champion and challenger alike, as the prediction log stores them. ``trainer`` is
    called as ``trainer(settings, config(until=..., seed=...), audit)``, plus ``incidents=``
    when ``takes_incidents``; ``batch_scorer`` as ``scorer(lake, pyfunc, as_of, version)``;
    ``shadow_report`` as ``report(settings, candidate, start, end)``, plus ``incidents=``.
    """

    name: str  # the CLI's name
    registered: str  # the MLflow registered model
    feature_service: str  # its Feast feature service
    endpoint: str  # the service's endpoint, and the prediction log's folder
    entity_keys: tuple[str, ...]  # what one row is about
    outputs: tuple[tuple[str, str], ...]
    trainer: str
    config: str
    batch_scorer: str
    shadow_report: str
    takes_incidents: bool = False  # confirmed supply incidents score its alerts (training, shadow)

    @property
    def output_types(self) -> dict[str, str]:
        return dict(self.outputs)

    @property
    def per_patient(self) -> bool:
        """Its rows are patients (so erasure concerns its training data), not supply series."""
        return self.entity_keys == PATIENT


#: Every model, by CLI name, in the order commands list them.
CATALOG: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="dropoff", registered="dropoff", feature_service=DROPOFF_SERVICE, endpoint="dropoff",
            entity_keys=PATIENT, outputs=(("risk", "float64"), ("intervene", "bool"), ("on_therapy", "bool")),
            trainer="training.dropoff:train", config="training.dropoff:DropoffConfig",
            batch_scorer="serving.batch:score_dropoff", shadow_report="shadow.harness:report_dropoff",
        ),
        ModelSpec(
            name="anomaly", registered="supply_anomaly", feature_service=SUPPLY_SERVICE, endpoint="supply",
            entity_keys=SUPPLY_SERIES, outputs=(("score", "float64"), ("alert", "bool")),
            trainer="training.anomaly:train", config="training.anomaly:AnomalyConfig",
            batch_scorer="serving.batch:score_anomaly", shadow_report="shadow.harness:report_anomaly",
            takes_incidents=True,
        ),
        ModelSpec(
            name="reminder", registered="reminder_timing", feature_service=REMINDER_SERVICE, endpoint="reminder",
            entity_keys=PATIENT, outputs=(("local_hour", "int64"), ("propensity", "float64"), ("seed", "int64")),
            trainer="training.reminder:train", config="training.reminder:ReminderConfig",
            batch_scorer="serving.batch:score_reminder", shadow_report="shadow.harness:report_reminder",
        ),
    )
}  # fmt: skip


def models() -> Iterator[ModelSpec]:
    """Every model, read when called (so an entry added at run time, as a test's, is seen)."""
    return iter(tuple(CATALOG.values()))


def model(name: str) -> ModelSpec:
    """A model by CLI name, with an error that lists the names there are."""
    try:
        return CATALOG[name]
    except KeyError:
        raise ValueError(f"unknown model {name!r}; choose one of {', '.join(CATALOG)}") from None


def by_registered(registered: str) -> ModelSpec:
    """A model by its MLflow registered name."""
    return _one((spec for spec in models() if spec.registered == registered), "registered model", registered)


def by_endpoint(endpoint: str) -> ModelSpec:
    """A model by its endpoint (the prediction log's folder)."""
    return _one((spec for spec in models() if spec.endpoint == endpoint), "endpoint", endpoint)


def endpoints() -> tuple[str, ...]:
    return tuple(spec.endpoint for spec in models())


def load(reference: str) -> Any:
    """The object a ``"package.module:attribute"`` reference names, imported on first use."""
    module, _, attribute = reference.partition(":")
    return getattr(importlib.import_module(module), attribute)


def _one(found: Iterator[ModelSpec], what: str, value: str) -> ModelSpec:
    spec = next(found, None)
    if spec is None:
        raise ValueError(f"unknown {what} {value!r}")
    return spec
