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
import socket
import subprocess
import tempfile
import warnings
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import mlflow
import pandas as pd
from matplotlib.figure import Figure
from mlflow import MlflowClient
from mlflow.models import infer_signature

import models
from adherence.audit import AuditLog
from adherence.mlflow_server import is_tracking_server
from adherence.settings import Settings
from features.deidentified import fingerprint
from models.baselines import Verdict
from models.cards import ModelCard
from models.pyfunc import EstimatorModel, model_input
from models.registry import BEATS_BASELINE_TAG, CHALLENGER, CHAMPION, connect, move_alias, version_for

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
    #: What a person must know before trusting this version (e.g. a bootstrap champion that missed every known incident).
    warnings: list[str] = field(default_factory=list)
    #: Did it beat its naive baseline out of time (``models.baselines.Verdict.tag``)?
    beats_baseline: str = "unknown"


def baseline_warning(model: str, version: str, verdict: Verdict, bootstrapped: bool) -> list[str]:
    """A warning when a version did not beat its naive baseline (none otherwise)."""
    if verdict.beats is not False:
        return []
    role = ("champion by bootstrap (nothing to compare with), but the gate will refuse later versions that do not "
            "beat theirs" if bootstrapped else "challenger; the promotion gate refuses it")  # fmt: skip
    return [f"{model} v{version} does not beat its naive baseline out of time ({verdict.rule}: model "
            f"{dict(verdict.model)}, baseline {dict(verdict.baseline)}); it is {role}"]  # fmt: skip


def configure(settings: Settings, experiment: str) -> MlflowClient:
    """Point MLflow at the settings' tracking URI and an experiment: its artifacts live in the lake (embedded
    store), or where a tracking server keeps them (``adherence.mlflow_server``: proxied over HTTP)."""
    if settings.mlflow_tracking_uri.startswith("sqlite:///"):
        Path(settings.mlflow_tracking_uri.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    client = connect(settings.mlflow_tracking_uri)
    if os.environ.get("MLFLOW_RUN_ID"):
        # Launched by `mlflow run` (MLproject): log into the run it started, in its experiment.
        return client
    if client.get_experiment_by_name(experiment) is None:
        if is_tracking_server(settings.mlflow_tracking_uri):
            client.create_experiment(experiment)  # the server's proxied artifact root, readable by every host
        else:
            artifacts = settings.mlflow_artifacts_dir / experiment
            artifacts.mkdir(parents=True, exist_ok=True)
            client.create_experiment(experiment, artifact_location=artifacts.as_uri())
    found = mlflow.set_experiment(experiment)
    fail_abandoned_runs(client, found.experiment_id)
    return client


def owner_tags() -> dict[str, str]:
    """Tags naming the process that runs a training run (so a later run can tell it was killed)."""
    return {"adherence.host": socket.gethostname(), "adherence.pid": str(os.getpid())}


def fail_abandoned_runs(client: MlflowClient, experiment_id: str) -> list[str]:
    """Mark FAILED the runs still RUNNING whose process on this machine is gone (killed); returns their ids."""
    failed = []
    for run in client.search_runs([experiment_id], "attributes.status = 'RUNNING'", max_results=1000):
        tags = run.data.tags
        if tags.get("adherence.host") != socket.gethostname() or not tags.get("adherence.pid", "").isdigit():
            continue
        try:
            os.kill(int(tags["adherence.pid"]), 0)
            continue  # still running
        except ProcessLookupError:
            pass
        except PermissionError:
            continue  # alive, someone else's
        client.set_tag(run.info.run_id, "adherence.failed_reason", "its process ended without finishing the run (killed)")
        client.set_terminated(run.info.run_id, status="FAILED")
        log.warning("training run %s was left RUNNING by a killed process: marked FAILED", run.info.run_id)
        failed.append(run.info.run_id)
    return failed


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
    verdict: Verdict,
    params: dict[str, Any] | None = None,
) -> tuple[str, bool]:
    """Log the model with its signature and card, register a version, tag it with ``verdict``
    (did it beat its naive baseline?), set the aliases.

    A version that did not beat its baseline is still registered and becomes challenger; its
    tag ``beats_baseline=false`` makes the promotion gate refuse it. The very first version
    still becomes champion by bootstrap (something must answer), and the bootstrap record says
    whether it beat its baseline. Returns ``(version, champion_bootstrapped)``.
    """
    card.baseline = verdict.card_lines()
    mlflow.set_tag(BEATS_BASELINE_TAG, verdict.tag)
    mlflow.log_metrics({f"baseline_{k}": v for k, v in verdict.baseline.items()})
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
    client.set_model_version_tag(name, version, BEATS_BASELINE_TAG, verdict.tag)
    run_id = mlflow.active_run().info.run_id  # type: ignore[union-attr]
    reason = f"trained in run {run_id}"
    move_alias(client, name, CHALLENGER, version, reason=reason, actor="training", audit=audit)
    bootstrapped = version_for(client, name, CHAMPION) is None
    if bootstrapped:
        move_alias(
            client, name, CHAMPION, version, audit=audit, actor="training",
            reason=f"bootstrap: first registered version, no production model to compare with "
            f"(beats_baseline={verdict.tag})",
        )  # fmt: skip
        log.info("%s v%s is the first version: it becomes champion by bootstrap (recorded)", name, version)
    return version, bootstrapped
