"""scripts/setup.sh is idempotent: a rerun with nothing changed reinstalls nothing, so the
`adherence` command never disappears under a command running at the same time."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_second_setup_run_touches_nothing() -> None:
    setup = ["bash", str(ROOT / "scripts" / "setup.sh")]
    subprocess.run(setup, check=True, capture_output=True, timeout=1800)  # installs only if the lock changed
    entry_point = ROOT / ".venv" / "bin" / "adherence"
    before = entry_point.stat()
    again = subprocess.run(setup, check=True, capture_output=True, text=True, timeout=120)
    assert "nothing reinstalled" in again.stdout
    after = entry_point.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
