"""Progress of long CLI steps in a log: plain lines while the step runs, not rich's bars printed once at the end."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from adherence.cli import LineProgress
from tests.conftest import TEST_PSEUDONYM_KEY


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_step_says_it_started_then_speaks_at_most_every_interval_with_rate_and_time_left():
    said: list[str] = []
    clock = _Clock()
    progress = LineProgress(said.append, every=10.0, clock=clock)
    progress("redacting messages", 0, 1_000)
    for second in range(1, 31):
        clock.now = float(second)
        progress("redacting messages", 20 * second, 1_000)
    assert said[0] == "redacting messages: started, 1,000 rows"
    assert said[1:] == ["redacting messages: 200 of 1,000 (20%) after 10 s, 20/s, 40 s left",
                        "redacting messages: 400 of 1,000 (40%) after 20 s, 20/s, 30 s left",
                        "redacting messages: 600 of 1,000 (60%) after 30 s, 20/s, 20 s left"]


def test_the_next_step_and_the_end_close_the_step_before():
    said: list[str] = []
    clock = _Clock()
    progress = LineProgress(said.append, every=60.0, clock=clock)
    progress("reading Silver", 0, None)
    clock.now = 4.0
    progress("redacting messages", 0, 50)
    clock.now = 9.0
    progress("redacting messages", 40, 50)  # the step moved on without a last count: it is complete
    progress.finish()
    assert said == ["reading Silver: started", "reading Silver: done in 4 s",
                    "redacting messages: started, 50 rows", "redacting messages: 50 of 50 (100%) done in 5 s, 10/s"]


def _adherence(*arguments: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh interpreter, its stderr a pipe (as in CI and under ``nohup``)."""
    return subprocess.run([sys.executable, "-c", "from adherence.cli import app; app(prog_name='adherence')",
                           *arguments], capture_output=True, text=True, env=env, timeout=600)


def test_simulate_and_deidentify_in_a_pipe_print_each_steps_lines_while_they_run(tmp_path):
    """Every step says it started and how it ended, and no bar characters (rich's bars, printed once at the end when
    the output is no terminal) reach the output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ADHERENCE_", "MLFLOW_"))}
    env["ADHERENCE_PSEUDONYM_KEY"] = TEST_PSEUDONYM_KEY.decode()
    simulated = _adherence("simulate", "--lake", str(tmp_path), "--patients", "12", "--days", "20", "--seed", "3",
                           env=env)
    assert simulated.returncode == 0, simulated.stderr
    assert re.search(r"simulating, chunks of patients: (\d+) of \1 \(100%\) done in", simulated.stderr), simulated.stderr
    done = _adherence("deidentify", "--lake", str(tmp_path), env=env)
    assert done.returncode == 0, done.stderr
    for step in ("reading Silver", "redacting messages"):
        assert f"{step}: started" in done.stderr, done.stderr
        assert re.search(rf"{step}: .*done in \d+ s", done.stderr), done.stderr
    assert re.search(r"redacting messages: [\d,]+ of [\d,]+ \(100%\) done in", done.stderr), done.stderr
    for output in (simulated.stderr, done.stderr):
        assert "━" not in output and "\r" not in output


def test_a_step_with_no_count_says_when_it_started_and_how_long_it_took_in_a_log(capsys):
    from adherence import cli

    with cli._status("bentoml build"):
        pass
    said = capsys.readouterr().err.splitlines()
    assert said[0] == "bentoml build: started" and re.fullmatch(r"bentoml build: done in \d+ s", said[1]), said
