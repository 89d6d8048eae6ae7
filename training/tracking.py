"""MLflow plumbing shared by the three pipelines: experiments, lineage, logging, registration.

Each run logs parameters, metrics, plots, a model (pyfunc wrapper with signature and
input example), a model card, and lineage: feature service, as-of range, a hash of the
de-identified inputs and the git commit. It then registers a new version with alias
``challenger``; a model's very first version also becomes ``champion`` (a recorded
bootstrap: there is nothing to compare it with).
"""

from __future__ import annotations

import importlib.metadata
import logging
import os
import subprocess
import tempfile
import warnings
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import mlflow
import pandas as pd
from matplotlib.figure import Figure
from mlflow import MlflowClient
from mlflow.models import infer_signature

import models
from adherence.audit import AuditLog
from adherence.settings import Settings
from features.deidentified import fingerprint
from models.cards import ModelCard
from models.pyfunc import EstimatorModel, model_input
from models.registry import CHALLENGER, CHAMPION, connect, move_alias, version_for

log = logging.getLogger(__name__)
PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: What a served model needs besides the project's own ``models`` package (copied with it).
RUNTIME_PACKAGES = ("mlflow", "pandas", "numpy", "scikit-learn", "lightgbm", "xgboost", "torch")


@dataclass(frozen=True)
class Registered:
    """What a training run produced."""

    model: str
    version: str
    run_id: str
    metrics: dict[str, float]
    champion_bootstrapped: bool


def configure(settings: Settings, experiment: str) -> MlflowClient:
    """Point MLflow at the settings' tracking URI and an experiment whose artifacts live in the lake."""
    if settings.mlflow_tracking_uri.startswith("sqlite:///"):
        Path(settings.mlflow_tracking_uri.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    client = connect(settings.mlflow_tracking_uri)
    if os.environ.get("MLFLOW_RUN_ID"):
        # Launched by `mlflow run` (MLproject): log into the run it started, in its experiment.
        return client
    if client.get_experiment_by_name(experiment) is None:
        artifacts = settings.mlflow_artifacts_dir / experiment
        artifacts.mkdir(parents=True, exist_ok=True)
        client.create_experiment(experiment, artifact_location=artifacts.as_uri())
    mlflow.set_experiment(experiment)
    return client


def git_commit() -> str:
    """The project's git commit (with ``-dirty`` if the tree has changes), or ``unknown``."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(PROJECT_ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(PROJECT_ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True, check=True, timeout=10,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return commit + ("-dirty" if dirty else "")


def log_config(config: Any, until: object, **extra: object) -> None:
    """A run's configuration as parameters; the resolved cut-off as ``data_until``.

    ``until`` itself is not logged as given: `mlflow run` logs the MLproject's parameters
    (``until`` may be "" there) and MLflow refuses to change a logged value.
    """
    values = {key: value for key, value in asdict(config).items() if key != "until"}
    mlflow.log_params({**values, "data_until": str(until), **extra})


def log_lineage(lake: Path, feature_service: str, as_of_range: tuple[object, object], until: object) -> dict[str, str]:
    """Tags that say exactly what a model learned from."""
    tags = {
        "feature_service": feature_service,
        "feature_service_version": feature_service.rsplit("_v", 1)[-1],
        "as_of_start": str(as_of_range[0]),
        "as_of_end": str(as_of_range[1]),
        "data_until": str(until),
        "deidentified_inputs_sha256": fingerprint(lake),
        "git_commit": git_commit(),
    }
    mlflow.set_tags(tags)
    return tags


def log_figures(figures: Mapping[str, Figure]) -> None:
    """Each figure as ``plots/<name>.png``."""
    import matplotlib.pyplot as plt

    for name, figure in figures.items():
        mlflow.log_figure(figure, f"plots/{name}.png")
        plt.close(figure)


def log_frame(frame: pd.DataFrame, path: str) -> None:
    """A small table as a CSV artifact."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / Path(path).name
        frame.to_csv(target, index=False)
        folder_in_run = str(Path(path).parent)
        mlflow.log_artifact(str(target), None if folder_in_run == "." else folder_in_run)


def _requirements() -> list[str]:
    pins = []
    for package in RUNTIME_PACKAGES:
        try:
            pins.append(f"{package}=={importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    return pins


def log_and_register(
    client: MlflowClient,
    *,
    name: str,
    wrapper: EstimatorModel,
    input_example: pd.DataFrame,
    card: ModelCard,
    audit: AuditLog | None,
    params: dict[str, Any] | None = None,
) -> tuple[str, bool]:
    """Log the model with its signature and card, register a version, set the aliases.

    Returns ``(version, champion_bootstrapped)``.
    """
    input_example = model_input(input_example)
    with warnings.catch_warnings():
        # Outputs such as local_hour are never missing, so MLflow's hint about integer columns does not apply.
        warnings.filterwarnings("ignore", message="Hint: Inferred schema contains integer column")
        signature = infer_signature(input_example, wrapper.predict(None, input_example, params), params)
    # MLflow warns that a Python object is pickled; these are our own estimators, loaded from our own registry.
    logging.getLogger("mlflow.pyfunc").setLevel(logging.ERROR)
    info = mlflow.pyfunc.log_model(
        name="model",
        python_model=wrapper,
        signature=signature,
        input_example=input_example,
        code_paths=[str(Path(models.__file__).parent)],
        pip_requirements=_requirements(),
        registered_model_name=name,
    )
    text = card.render()
    mlflow.log_text(text, "model_card.md")
    version = str(info.registered_model_version)
    client.update_model_version(name, version, description=text[:4900])
    run_id = mlflow.active_run().info.run_id  # type: ignore[union-attr]
    reason = f"trained in run {run_id}"
    move_alias(client, name, CHALLENGER, version, reason=reason, actor="training", audit=audit)
    bootstrapped = version_for(client, name, CHAMPION) is None
    if bootstrapped:
        move_alias(
            client, name, CHAMPION, version, audit=audit, actor="training",
            reason="bootstrap: first registered version, no production model to compare with",
        )  # fmt: skip
        log.info("%s v%s is the first version: it becomes champion by bootstrap (recorded)", name, version)
    return version, bootstrapped
