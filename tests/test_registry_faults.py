"""A process killed (SIGKILL) in the middle of an alias move or a training run, on a real MLflow registry:
the alias never moves without its history tag and audit entry, and the next run completes the move
(once) and marks the killed run FAILED."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import mlflow
import pytest

from adherence.audit import AuditLog
from models.registry import CHAMPION, PENDING, alias_history, connect, move_alias, version_for
from training.tracking import fail_abandoned_runs

ROOT = Path(__file__).resolve().parents[1]
KEY = b"test-audit-key-0123456789abcdefgh"

MOVE = """
import sys
from pathlib import Path
from adherence.audit import AuditLog
from models.registry import connect, move_alias
client = connect(sys.argv[1])
audit = AuditLog(Path(sys.argv[2]), b"test-audit-key-0123456789abcdefgh")
move_alias(client, "m", "champion", "2", reason="promoted", actor="test", audit=audit)
"""

KILLED_RUN = """
import os, signal, socket, sys
import mlflow
mlflow.set_tracking_uri(sys.argv[1])
mlflow.set_experiment("e")
# The tags training.tracking.owner_tags() gives a run.
with mlflow.start_run(tags={"adherence.host": socket.gethostname(), "adherence.pid": str(os.getpid())}) as run:
    print(run.info.run_id, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _child(script: str, *args: str, failpoint: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("ADHERENCE_FAILPOINT", None)
    if failpoint:
        env["ADHERENCE_FAILPOINT"] = failpoint
    return subprocess.run([sys.executable, "-c", script, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=600)  # fmt: skip


@pytest.fixture
def registry(tmp_path: Path) -> str:
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = connect(uri)
    client.create_registered_model("m")
    for _ in range(2):
        client.create_model_version("m", source=(tmp_path / "model").as_uri())
    move_alias(client, "m", CHAMPION, "1", reason="bootstrap", actor="test")
    return uri


@pytest.mark.parametrize("step", ["alias-pending", "alias-recorded"])
def test_a_killed_alias_move_is_never_unrecorded_and_is_completed_once(registry: str, tmp_path: Path, step: str) -> None:
    audit_path = tmp_path / "audit" / "audit.log"
    killed = _child(MOVE, registry, str(audit_path), failpoint=step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    client = connect(registry)
    assert str(version_for(client, "m", CHAMPION).version) == "1"  # type: ignore[union-attr]  # not moved yet
    assert PENDING in client.get_registered_model("m").tags  # but written down before anything else
    audit = AuditLog(audit_path, KEY)
    move_alias(client, "m", "challenger", "2", reason="trained", actor="test", audit=audit)  # the next move completes it
    assert str(version_for(client, "m", CHAMPION).version) == "2"  # type: ignore[union-attr]
    assert PENDING not in client.get_registered_model("m").tags
    moves = [(move.alias, move.version) for move in alias_history(client, "m")]
    assert moves == [("champion", "1"), ("champion", "2"), ("challenger", "2")]  # the killed move recorded once
    audited = [(e["payload"]["alias"], e["payload"]["version"]) for e in audit.entries()]
    assert audited == [("champion", "2"), ("challenger", "2")] and audit.verify().ok


def test_a_killed_training_run_is_marked_failed_by_the_next_one(tmp_path: Path) -> None:
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    killed = _child(KILLED_RUN, uri)
    assert killed.returncode == -signal.SIGKILL
    run_id = killed.stdout.split()[0]
    client = connect(uri)
    assert client.get_run(run_id).info.status == "RUNNING"
    experiment = mlflow.get_experiment_by_name("e")
    assert experiment is not None
    assert fail_abandoned_runs(client, experiment.experiment_id) == [run_id]
    run = client.get_run(run_id)
    assert run.info.status == "FAILED" and "killed" in run.data.tags["adherence.failed_reason"]
    with mlflow.start_run(experiment_id=experiment.experiment_id, tags={"adherence.host": "x", "adherence.pid": "1"}) as alive:
        assert fail_abandoned_runs(client, experiment.experiment_id) == []  # live runs and other machines' are left alone
    assert client.get_run(alive.info.run_id).info.status == "FINISHED"
