"""The whole pipeline at the size of a real programme: wall time, peak memory and rows per second per step.

Run: ``python bench/scale.py [--sizes 10000 30000 100000] [--days 180] [--keep DIR]``

Each size gets a fresh lake, and every step runs as the README's command in its own process,
in the order the data flows: simulate, validate, deidentify, features apply, the three
trainings (on data before the shadow period, as the demo's champions), batch predict (the
drop-off champion on every patient), materialise, one day of served traffic (the service
started with ``adherence serve``; the day's materialisation, then its drop-off batches for every enrolled patient, the
reminder hours and the supply alerts, as the intervention engine asks them), and the shadow
report of that day for drop-off.

Per step and size: wall seconds, peak memory of the step's whole process tree (sampled every
0.2 s, so a spike shorter than that can be missed; pool workers and the service's workers are
counted together), as the summed proportional set size (PSS: a page that forked workers share
with their parent counts once over them, as the machine holds it once) and as the summed RSS
(which counts such a page in every process: an upper bound), and rows per second, where a step's rows are what it
reads: all Silver rows for the table steps, the patients for training and scoring, the
requests for the served day. Between consecutive sizes, the slope of log(time) against
log(size): 1.0 is linear, and above about 1.15 a step grows faster than its input.

Targets (issue 18): 100,000 patients × 180 days on 2 cores within 30 minutes end to end and
12 GiB peak, and no step worse than linear between 30,000 and 100,000. Results go to
``bench/results/scale.json``; ``--sizes`` runs a subset (the JSON says which).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import itertools
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import cpu_speed_ms, environment, save

ADHERENCE = str(Path(sys.executable).parent / "adherence")
TARGET_SECONDS = 30 * 60
TARGET_GIB = 12.0
SUPERLINEAR_SLOPE = 1.15
SECRETS = {"ADHERENCE_PSEUDONYM_KEY": "bench-scale-pseudonym-key-0123456789",
           "ADHERENCE_AUDIT_KEY": "bench-scale-audit-key-0123456789",
           "ADHERENCE_API_TOKEN": "bench-scale-token-0123456789abcdef"}  # fmt: skip


@dataclasses.dataclass
class Step:
    name: str
    seconds: float
    peak_rss_gib: float
    rows: int
    peak_pss_gib: float | None = None  # None: measured before the bench read PSS

    @classmethod
    def from_dict(cls, name: str, figures: dict[str, Any]) -> Step:
        """A step as :meth:`as_dict` wrote it (``peak_pss_gib`` absent or None: measured before the bench read PSS)."""
        pss = figures.get("peak_pss_gib")
        return cls(name, float(figures["seconds"]), float(figures["peak_rss_gib"]), int(figures["rows"]),
                   None if pss is None else float(pss))  # fmt: skip

    def as_dict(self) -> dict[str, object]:
        rate = self.rows / self.seconds if self.seconds > 0 else 0.0
        return {"seconds": round(self.seconds, 1), "peak_rss_gib": round(self.peak_rss_gib, 2),
                "peak_pss_gib": None if self.peak_pss_gib is None else round(self.peak_pss_gib, 2), "rows": self.rows,
                "rows_per_second": round(rate, 1)}  # fmt: skip


class TreeMemory:
    """Peaks of the summed PSS and of the summed RSS of a process and all its descendants, sampled
    in a thread (PSS read as RSS where the system gives none)."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.peak = 0
        self.peak_pss = 0
        self._root = psutil.Process(pid)
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total = pss = 0
            try:
                for process in [self._root, *self._root.children(recursive=True)]:
                    try:
                        total += process.memory_info().rss
                        pss += _footprint(process)
                    except psutil.Error:
                        continue
            except psutil.Error:
                return
            self.peak = max(self.peak, total)
            self.peak_pss = max(self.peak_pss, pss)
            self._stop.wait(self._every)

    def stop(self) -> tuple[float, float]:
        """Stop sampling; the peaks of summed RSS and of summed PSS, in GiB."""
        self._stop.set()
        self._thread.join()
        return self.peak / 2**30, self.peak_pss / 2**30


def _footprint(process: psutil.Process) -> int:
    """The process's proportional set size (shared pages split among the processes sharing them)."""
    try:
        return int(process.memory_full_info().pss)
    except (AttributeError, psutil.AccessDenied):
        return int(process.memory_info().rss)


def _peak(step: Step) -> float:
    """The step's peak memory against the target: PSS where measured, else summed RSS (an upper bound)."""
    return step.peak_pss_gib if step.peak_pss_gib is not None else step.peak_rss_gib


def run_step(name: str, argv: list[str], rows: int, env: dict[str, str], log: Path) -> Step:
    """Run one command to completion, measuring its wall time and its process tree's peak RSS."""
    started = time.perf_counter()
    with log.open("ab") as output:
        output.write(f"\n$ {' '.join(argv)}\n".encode())
        output.flush()
        child = subprocess.Popen(argv, stdout=output, stderr=subprocess.STDOUT, env=env)
        memory = TreeMemory(child.pid)
        code = child.wait()
    seconds = time.perf_counter() - started
    peak, pss = memory.stop()
    if code:
        raise SystemExit(f"{name} failed with exit code {code}; its output is in {log}")
    step = Step(name, seconds, peak, rows, pss)
    print(f"  {name:<22} {seconds:8.1f} s  {pss:6.2f} GiB PSS ({peak:.2f} RSS)  {step.as_dict()['rows_per_second']:>10} rows/s",
          flush=True)
    return step


def silver_rows(lake: Path) -> int:
    """Rows in every Silver table (what the table steps read)."""
    import pyarrow.dataset as ds

    return sum(ds.dataset(table, format="parquet").count_rows() for table in (lake / "silver").iterdir() if table.is_dir())


def served_day(lake: Path, port: int, env: dict[str, str], log: Path) -> Step:
    """Start ``adherence serve``, wait until ready, ask one day's questions as the engine would, stop it by its PID."""
    from adherence.demo import drive_traffic, timeline, wait_until_ready
    from adherence.settings import load_settings

    settings = load_settings(lake)
    line = timeline(lake)
    one_day = dataclasses.replace(line, shadow_end=line.shadow_start)
    with log.open("ab") as output:
        # The day replayed is in the simulated past: answers say "stale" but are not refused on age (as in the demo).
        server = subprocess.Popen([ADHERENCE, "serve", "--lake", str(lake), "--port", str(port)], stdout=output,
                                  stderr=subprocess.STDOUT, env={**env, "ADHERENCE_SERVE_REFUSE_AFTER_SECONDS": "0"})  # fmt: skip
    memory = TreeMemory(server.pid)
    try:
        wait_until_ready(f"http://127.0.0.1:{port}", timeout=900, alive=lambda: server.poll() is None)
        started = time.perf_counter()
        with environment(SECRETS):
            traffic = drive_traffic(settings, f"http://127.0.0.1:{port}", SECRETS["ADHERENCE_API_TOKEN"], one_day,
                                    progress=lambda _: None)  # fmt: skip
        seconds = time.perf_counter() - started
    finally:
        server.terminate()  # by its own PID
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    peak, pss = memory.stop()
    step = Step("one served day", seconds, peak, traffic.risk_answers + traffic.reminder_answers + 1, pss)
    print(f"  {step.name:<22} {seconds:8.1f} s  {pss:6.2f} GiB PSS ({peak:.2f} RSS)  "
          f"{step.as_dict()['rows_per_second']:>10} answers/s "
          f"(the service's start-up is not counted)", flush=True)  # fmt: skip
    return step


def pipeline(lake: Path, patients: int, days: int, port: int, log: Path, done: Path) -> list[Step]:
    """Every step of the README's pipeline on a lake of ``patients`` × ``days``.

    Each finished step is recorded in ``done`` (JSON); a rerun on a kept lake skips those and
    reuses their figures, so a failure at 100,000 patients does not cost the hour before it.
    """
    import json

    from adherence.demo import timeline

    finished: dict[str, dict[str, Any]] = json.loads(done.read_text()) if done.exists() else {}
    env = {**os.environ, **SECRETS}
    for name in ("ADHERENCE_INSECURE_DEV", "ADHERENCE_MLFLOW_TRACKING_URI", "MLFLOW_TRACKING_URI", "ADHERENCE_LAKE"):
        env.pop(name, None)
    at = ["--lake", str(lake)]
    steps: list[Step] = []

    def record(name: str, run: Callable[[], Step]) -> None:
        if name in finished:
            steps.append(Step.from_dict(name, finished[name]))
            print(f"  {name:<22} (done in an earlier run: {finished[name]['seconds']} s)", flush=True)
            return
        steps.append(run())
        finished[name] = steps[-1].as_dict()
        temporary = done.with_suffix(".tmp")
        temporary.write_text(json.dumps(finished, indent=2))
        temporary.replace(done)

    def command(name: str, args: list[str], rows: Callable[[], int]) -> None:
        record(name, lambda: run_step(name, [ADHERENCE, *args, *at], rows(), env, log))

    record("simulate", lambda: run_step("simulate", [ADHERENCE, "simulate", *at, "--patients", str(patients), "--days",
                                                     str(days)], patients, env, log))  # fmt: skip
    command("validate", ["validate"], lambda: silver_rows(lake))
    command("deidentify", ["deidentify"], lambda: silver_rows(lake))
    command("features apply", ["features", "apply"], lambda: silver_rows(lake))
    until = timeline(lake).champion_until
    for model in ("dropoff", "reminder", "anomaly"):
        command(f"train {model}", ["train", model, "--until", until.isoformat()], lambda: patients)
    command("predict dropoff", ["predict", "dropoff", "--as-of", until.isoformat(), "--output",
                                str(lake / "bench-predictions.parquet")], lambda: patients)  # fmt: skip
    decision = dt.datetime.combine(until, dt.time(23, 59), tzinfo=dt.UTC)
    command("materialize", ["features", "materialize", "--end", decision.isoformat()], lambda: patients)
    record("one served day", lambda: served_day(lake, port, env, log))
    day = until.isoformat()
    shadow = ["shadow", "report", "--model", "dropoff", "--candidate", "challenger", "--from", day, "--to", day]
    command("shadow report dropoff", shadow, lambda: patients)
    return steps


#: The pipeline's steps, in the order they run (see :func:`pipeline`).
STEP_NAMES = ("simulate", "validate", "deidentify", "features apply", "train dropoff", "train reminder", "train anomaly",
              "predict dropoff", "materialize", "one served day", "shadow report dropoff")


def _finished(done: Path) -> list[Step]:
    """The steps a kept lake's step file records as finished, in the pipeline's order."""
    import json

    figures = json.loads(done.read_text())
    return [Step.from_dict(name, figures[name]) for name in STEP_NAMES if name in figures]


def slopes(results: dict[int, list[Step]]) -> dict[str, dict[str, float]]:
    """log-log slope of each step's time between consecutive sizes (1.0 = linear)."""
    sizes = sorted(results)
    found: dict[str, dict[str, float]] = {}
    for small, large in itertools.pairwise(sizes):
        later = {step.name: step for step in results[large]}
        for a in results[small]:
            b = later.get(a.name)  # a size run in part has fewer steps
            if b is not None and a.seconds > 0 and b.seconds > 0:
                found.setdefault(a.name, {})[f"{small}->{large}"] = round(
                    math.log(b.seconds / a.seconds) / math.log(large / small), 2
                )
    return found


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--port", type=int, default=3931)
    parser.add_argument("--keep", type=Path, help="build the lakes under this folder and keep them; a rerun with the "
                        "same folder reuses each lake's finished steps")
    parser.add_argument("--report-finished", action="store_true", help="with --keep: run nothing, write the JSON "
                        "from the finished steps of the kept lakes (a size stopped part-way is reported as such)")
    args = parser.parse_args(argv)
    if args.report_finished and not args.keep:
        parser.error("--report-finished reads the steps of --keep DIR")

    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    root.mkdir(parents=True, exist_ok=True)
    results: dict[int, list[Step]] = {}
    speed_start = cpu_speed_ms()
    if args.report_finished:
        results = {size: _finished(root / f"lake-{size}.steps.json") for size in sorted(args.sizes)
                   if (root / f"lake-{size}.steps.json").exists()}
    try:
        for patients in [] if args.report_finished else sorted(args.sizes):
            lake = root / f"lake-{patients}"
            done = root / f"lake-{patients}.steps.json"
            if not (args.keep and done.exists()):  # a kept lake's finished steps are reused
                shutil.rmtree(lake, ignore_errors=True)
                done.unlink(missing_ok=True)
            log = root / f"lake-{patients}.log"
            print(f"{patients:,} patients × {args.days} days (commands' output: {log})", flush=True)
            results[patients] = pipeline(lake, patients, args.days, args.port, log, done)
            total = sum(step.seconds for step in results[patients])
            peak = max(_peak(step) for step in results[patients])
            print(f"  {'total':<22} {total:8.1f} s  {peak:6.2f} GiB peak", flush=True)
            if not args.keep:
                shutil.rmtree(lake, ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)

    found_slopes = slopes(results)
    complete = {size: len(steps) == len(STEP_NAMES) for size, steps in results.items()}
    largest = max(results)
    total = sum(step.seconds for step in results[largest])
    peak = max(_peak(step) for step in results[largest])
    worse = sorted(name for name, pairs in found_slopes.items() if list(pairs.values())[-1] > SUPERLINEAR_SLOPE)
    report: dict[str, object] = {
        "days": args.days,
        "memory": "peak_pss_gib: peak of the summed PSS of each step's process tree, sampled every 0.2 s; "
                  "peak_rss_gib: of the summed RSS (an upper bound); the targets read PSS where it was measured",
        "sizes": sorted(results),
        "steps": {str(size): {step.name: step.as_dict() for step in steps} for size, steps in results.items()},
        "totals": {str(size): {"seconds": round(sum(s.seconds for s in steps), 1),
                               "peak_gib": round(max(_peak(s) for s in steps), 2)}
                   for size, steps in results.items()},
        "slopes": found_slopes,
        "targets": {"patients": 100_000, "seconds": TARGET_SECONDS, "peak_rss_gib": TARGET_GIB,
                    "max_slope": SUPERLINEAR_SLOPE},
        "largest_size_run": largest,
        "complete": {str(size): done for size, done in complete.items()},
        "meets_targets_at_largest": (complete[largest] and largest >= 100_000 and total <= TARGET_SECONDS
                                     and peak <= TARGET_GIB and not worse),
        "superlinear_steps": worse,
        "load_average_end": os.getloadavg(),
        "cpu_speed_ms_start": speed_start,
        "cpu_speed_ms_end": cpu_speed_ms(),
    }
    print(f"largest run: {largest:,} patients in {total / 60:.1f} min, peak {peak:.2f} GiB; "
          f"worse than linear: {', '.join(worse) or 'none'}")
    print(f"written to {save('scale', report)}")
    return report


if __name__ == "__main__":
    main()
