"""Small helpers shared by the benchmark scripts: timing child processes and saving results."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def run_measured(argv: list[str]) -> tuple[float, float]:
    """Run a command in a child process; return (wall seconds, peak RSS in GiB of that child)."""
    # Each measurement runs in a fresh wrapper so ru_maxrss belongs to this child alone.
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *argv], check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]) / 2**20


def cpu_speed_ms(repeats: int = 7) -> float:
    """Median milliseconds of a fixed pure-Python workload: how fast this machine runs Python right now.

    Shared cloud cores vary by tens of per cent from hour to hour; recorded beside a run's
    figures, it tells a slower run on a slower machine from a slower program.
    """
    import statistics

    def work() -> float:
        started = time.perf_counter()
        total = 0
        for number in range(300_000):
            total += number * number % 7
        return (time.perf_counter() - started) * 1000

    return round(statistics.median(work() for _ in range(repeats)), 1)


def save(name: str, figures: dict[str, object]) -> Path:
    """Write figures to bench/results/NAME.json atomically and return the path."""
    RESULTS.mkdir(exist_ok=True)
    target = RESULTS / f"{name}.json"
    temporary = target.with_suffix(".json.tmp")
    figures = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
               "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S"), **figures}
    temporary.write_text(json.dumps(figures, indent=2) + "\n")
    temporary.replace(target)
    return target




def lake_options(parser: argparse.ArgumentParser, patients: int) -> None:
    """The options that pick ``bench/models.py``'s kept lakes (scale, seed, ``--keep DIR``, dynamics), shared by
    the quicker single-model benches so that their ``--keep DIR`` lakes stay interchangeable with it."""
    parser.add_argument("--patients", type=int, default=patients)
    parser.add_argument("--days", type=int, default=240)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, required=True, help="build the lakes in DIR/<dynamics> and keep them")
    parser.add_argument("--dynamics", choices=["default", "alt", "both"], default="both")


@contextlib.contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    """``os.environ`` with ``values`` set for the block, then as it was."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
