"""Atomic publishing: a process killed (SIGKILL) at each step of a publish leaves the previous outputs whole
or the new ones in place, never a mix; the next start removes what it staged.

Real processes are killed at chosen points (``ADHERENCE_FAILPOINT``), on real files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from adherence import publish
from adherence.publish import GENERATIONS

ROOT = Path(__file__).resolve().parents[1]
STEPS = ["staged", "generation", "flipped", "linking", "linked", "cleaned"]
AFTER_FLIP = {"flipped", "linking", "linked", "cleaned"}

WRITER = """
import sys
from pathlib import Path
from adherence import publish
root, label = Path(sys.argv[1]), sys.argv[2]
staging = publish.stage(root, "pair")
for name in ("silver", "truth", "nested/report.txt"):
    target = staging / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if name.endswith(".txt"):
        target.write_text(label)
    else:
        target.mkdir()
        (target / "label").write_text(label)
publish.publish(root, "pair", staging, ["silver", "truth", "nested/report.txt"])
"""


def _run(args: list[str], failpoint: str | None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("ADHERENCE_FAILPOINT", None)
    if failpoint:
        env["ADHERENCE_FAILPOINT"] = failpoint
    return subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)


def _labels(root: Path) -> set[str]:
    return {(root / "silver" / "label").read_text(), (root / "truth" / "label").read_text(),
            (root / "nested" / "report.txt").read_text()}  # fmt: skip


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in (root / GENERATIONS).iterdir() if not p.name.endswith(".current"))


@pytest.mark.parametrize("legacy", [False, True], ids=["published-before", "legacy-folders"])
@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_each_step_leaves_old_or_new_never_a_mix(tmp_path: Path, step: str, legacy: bool) -> None:
    root = tmp_path / "lake"
    if legacy:  # a lake written before publishing went through the helper: real folders
        for name in ("silver", "truth"):
            (root / name).mkdir(parents=True)
            (root / name / "label").write_text("old")
        (root / "nested").mkdir()
        (root / "nested" / "report.txt").write_text("old")
    else:
        assert _run([sys.executable, "-c", WRITER, str(root), "old"], None).returncode == 0
    killed = _run([sys.executable, "-c", WRITER, str(root), "new"], step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    # With legacy folders, "linking" is first reached while adopting them, before the flip to the new outputs.
    expected = {"new"} if step in AFTER_FLIP and not (legacy and step == "linking") else {"old"}
    assert _labels(root) == expected  # at the instant of the kill: one state, whole
    publish.recover(root)  # what the next command does first
    assert _labels(root) == expected
    # Only the current generation is left: staging and older ones removed (none yet if a legacy lake was never adopted).
    assert len(_leftovers(root)) == (0 if legacy and step == "staged" else 1)
    assert _run([sys.executable, "-c", WRITER, str(root), "newer"], None).returncode == 0
    assert _labels(root) == {"newer"} and len(_leftovers(root)) == 1


def test_a_real_folder_no_publish_adopted_is_refused(tmp_path: Path) -> None:
    staging = publish.stage(tmp_path, "one")
    (staging / "out").mkdir()
    publish.publish(tmp_path, "one", staging, ["out"])
    with pytest.raises(ValueError, match="invalid publish group"):
        publish.stage(tmp_path, "bad.group")


def _patients(lake: Path, table: str) -> int:
    return int(pq.read_table(lake / table / "patients").num_rows)


@pytest.mark.slow
@pytest.mark.parametrize("step", ["staged", "flipped"])
def test_simulate_killed_at_a_publish_step_keeps_silver_and_truth_together(tmp_path: Path, step: str) -> None:
    lake = tmp_path / "lake"
    command = [sys.executable, "-m", "adherence.cli", "simulate", "--lake", str(lake), "--days", "20", "--patients"]
    assert _run([*command, "30"], None).returncode == 0
    killed = _run([*command, "20"], step)
    assert killed.returncode == -signal.SIGKILL
    expected = 20 if step in AFTER_FLIP else 30
    assert _patients(lake, "silver") == _patients(lake, "truth") == expected
    if step == "staged":  # the killed run's staging (Silver with identifiers) is there until the next start
        assert any(p.name.endswith(".staging") for p in (lake / GENERATIONS).iterdir())
    validated = _run([sys.executable, "-m", "adherence.cli", "validate", "--lake", str(lake)], None)
    assert validated.returncode == 0
    assert _run([*command, "25"], None).returncode == 0
    assert _patients(lake, "silver") == _patients(lake, "truth") == 25
    assert not any(p.name.endswith(".staging") for p in (lake / GENERATIONS).iterdir())


def _adherence(lake: Path, *args: str, failpoint: str | None = None) -> subprocess.CompletedProcess[str]:
    return _run([sys.executable, "-m", "adherence.cli", *args, "--lake", str(lake)], failpoint)


@pytest.mark.slow
def test_deidentify_and_features_killed_at_a_publish_step_keep_a_whole_generation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``deidentify`` and ``features apply`` killed mid-publish: their outputs are the old run's or the new one's.

    Each command is killed once before the flip (``staged``: the old generation stays) and once after it
    (``flipped``: the new one is in place), on one lake: the second kill starts from what the first left."""
    monkeypatch.setenv("ADHERENCE_INSECURE_DEV", "1")
    lake = tmp_path / "lake"
    assert _adherence(lake, "simulate", "--days", "60", "--patients", "30").returncode == 0
    assert _adherence(lake, "deidentify").returncode == 0
    assert _adherence(lake, "features", "apply").returncode == 0
    features = lake / "features" / "patient_clinical.parquet"
    before = pq.read_table(features).num_rows
    assert _adherence(lake, "simulate", "--days", "60", "--patients", "20").returncode == 0

    for step, expected in (("staged", 30), ("flipped", 20)):
        killed = _adherence(lake, "deidentify", failpoint=step)
        assert killed.returncode == -signal.SIGKILL, (step, killed.stderr)
        assert _patients(lake, "deidentified") == expected, step
        reports = sorted(p.name for p in (lake / "reports").iterdir() if p.name.startswith("deid"))
        assert reports, f"the de-identification report went missing with the kill at {step}"
    assert _adherence(lake, "deidentify").returncode == 0
    assert _patients(lake, "deidentified") == 20

    for step in ("staged", "flipped"):
        killed = _adherence(lake, "features", "apply", failpoint=step)
        assert killed.returncode == -signal.SIGKILL, (step, killed.stderr)
        rows = pq.read_table(features).num_rows  # whole and readable: the old generation, or the new one
        assert rows < before if step in AFTER_FLIP else rows == before, step
    assert _adherence(lake, "features", "apply").returncode == 0
    assert pq.read_table(features).num_rows < before  # 20 patients now, not 30
    assert not any(p.name.endswith(".staging") for p in (lake / GENERATIONS).iterdir())


def test_staging_left_by_earlier_versions_is_removed_first_thing_by_simulate(tmp_path: Path) -> None:
    """Issue 21: hidden ``.simulate-*`` folders (Silver with patient identifiers) were never cleaned."""
    from typer.testing import CliRunner

    from adherence.cli import app

    lake = tmp_path / "lake"
    left = [lake / ".simulate-1a2b" / "silver" / "patients", lake / ".deidentify-staging-9f" / "patients",
            lake / ".silver.old" / "patients", lake / "features" / ".building-3c"]  # fmt: skip
    for folder in left:
        folder.mkdir(parents=True)
        (folder / "part-0.parquet").write_bytes(b"PAR1 identifiers PAR1")
    result = CliRunner().invoke(app, ["simulate", "--lake", str(lake), "--days", "20", "--patients", "10"])
    assert result.exit_code == 0, result.output
    assert [folder for folder in left if folder.exists()] == []
    assert _patients(lake, "silver") == 10
