"""What the service's duties cost: py-spy samples of the workers under the benchmark's load, by duty.

Run: ``python bench/serving_profile.py --lake DIR [--py-spy PATH] [--seconds 8]`` (a trained lake,
e.g. one ``bench/serving.py`` built; py-spy is in the dev extra, installed by ``scripts/setup.sh``).

For the service (single patient at c=8; cold 1,000-patient batches at c=2, feature cache off)
and the bare FastAPI baseline of ``bench/serving.py`` under the same load, py-spy records
every worker for ``--seconds`` (``--gil``: only the thread holding the GIL, i.e. the Python
CPU the duties compete for; ``--nonblocking``, so the workers are not paused). Each sample
goes to the duty of its innermost frame that names one (``DUTIES``, checked in order), and
the shares become microseconds per request with the throughput measured meanwhile (the
workers' sampled GIL seconds over the requests answered). Results go to
``bench/results/serving_profile.json``, and under ``duty_profile`` into
``bench/results/serving.json`` when that exists (run it after ``bench/serving.py``).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_spec = importlib.util.spec_from_file_location("bench_serving", ROOT / "bench" / "serving.py")
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

RATE = 200  # samples per second and worker
#: (duty, pattern on a frame "function (file:line)"), innermost matching frame first.
DUTIES = [
    ("audit (writer thread, signing, fsync)", r"serving/auditing\.py|adherence/audit\.py"),
    ("prediction log (append and flush)", r"adherence/prediction_log\.py"),
    ("shadow hand-off", r"serving/shadow\.py"),
    ("prometheus counters", r"prometheus_client"),
    ("online read", r"serving/features\.py"),
    ("model call", r"[(/]models/|xgboost|lightgbm|sklearn"),
    ("engine (answer assembly)", r"serving/engine\.py"),
    ("service call (audit wait, response)", r"serving/service\.py|msgspec"),
    ("direct routes (validation, dispatch)", r"serving/dispatch\.py"),
    ("auth, body limit, JSON-only, strict fields", r"serving/security\.py|serving/openapi\.py"),
    ("pydantic input validation", r"pydantic"),
    ("BentoML dispatch (context, signature, DI, headers)", r"_bentoml_impl|_bentoml_sdk|simple_di"),
    ("BentoML middleware (metrics, timeout, concurrency, tracing)", r"bentoml/_internal|opentelemetry"),
    ("starlette / fastapi routing", r"starlette|fastapi"),
    ("HTTP server (uvicorn, socket writes)", r"uvicorn|httptools"),
    ("event loop", r"asyncio|uvloop"),
]
_COMPILED = [(name, re.compile(pattern)) for name, pattern in DUTIES]


def duty(frames: list[str]) -> str:
    for frame in reversed(frames):
        for name, pattern in _COMPILED:
            if pattern.search(frame):
                return name
    return "other"


def shares(files: list[Path]) -> tuple[int, dict[str, int]]:
    counts: collections.Counter[str] = collections.Counter()
    for path in files:
        for line in path.read_text().splitlines():
            stack, _, number = line.rpartition(" ")
            counts[duty(stack.split(";"))] += int(number)
    return sum(counts.values()), dict(counts.most_common())


def workers(pid: int) -> list[int]:
    """The server's worker processes: the ones holding a model (the arbiter and the lifeline are small)."""
    return [p.pid for p in bench.process_tree(pid) if p.memory_info().rss > 300 * 2**20]


def profile(py_spy: str, target: Any, path: str, bodies: list[str], concurrency: int, seconds: float,
            folder: Path, name: str) -> dict[str, Any]:  # fmt: skip
    loaded: dict[str, Any] = {}

    def load() -> None:
        loaded.update(bench.run_load(target.port, path, bodies, concurrency, seconds + 6, token=target.token,
                                     server_pid=target.pid, balance=target.balance))  # fmt: skip

    thread = threading.Thread(target=load)
    thread.start()
    time.sleep(3 + concurrency * 0.05)  # the load's warm-up and connections
    files = {pid: folder / f"{name}-{pid}.txt" for pid in workers(target.pid)}
    spies = [subprocess.Popen([py_spy, "record", "-p", str(pid), "-d", str(int(seconds)), "-r", str(RATE), "--nonblocking",
                               "--gil", "-f", "raw", "-o", str(file)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for pid, file in files.items()]  # fmt: skip
    for spy in spies:
        spy.wait()
    thread.join()
    total, counts = shares([file for file in files.values() if file.exists()])
    gil_seconds = total / RATE
    answered = loaded["rps"] * seconds  # requests answered while sampled (the load runs at a steady rate)
    per_request_us = {k: round(v / RATE / answered * 1e6, 1) for k, v in counts.items()} if answered else {}
    return {"load": {k: loaded[k] for k in ("rps", "p50_ms", "p99_ms", "statuses")}, "samples": total,
            "gil_seconds_sampled": round(gil_seconds, 2), "share": {k: round(v / total, 3) for k, v in counts.items()},
            "gil_us_per_request": per_request_us,
            "gil_us_per_request_total": round(gil_seconds / answered * 1e6, 1) if answered else None}  # fmt: skip


def main() -> None:
    from _common import save

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lake", type=Path, required=True, help="a trained lake (served in place)")
    beside = Path(sys.executable).parent / "py-spy"  # the venv's, when run as .venv/bin/python without activating it
    parser.add_argument("--py-spy", default=str(beside) if beside.is_file() else shutil.which("py-spy") or "py-spy")
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("ADHERENCE_AUDIT_KEY", bench.AUDIT_KEY)
    keys = bench.online_patients(args.lake)
    single = [json.dumps({"patient_key": key}) for key in keys]
    batch = [json.dumps({"patient_keys": keys[:1000]})]
    results: dict[str, Any] = {"load_average_at_start": [round(x, 2) for x in os.getloadavg()], "seconds": args.seconds,
                               "rate_hz": RATE, "duties": [name for name, _ in DUTIES]}  # fmt: skip
    folder = ROOT / "bench" / "results" / "serving_profile_stacks"
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        service = stack.enter_context(bench.running_service(args.lake, args.workers, 1000))
        cold = stack.enter_context(bench.running_service(args.lake, args.workers, 1000, 0))
        bare = stack.enter_context(bench.running_fastapi(args.lake, args.workers, keys[0]))
        runs = [("service_single_c8", service, "/v1/dropoff/risk", single, 8),
                ("bare_single_c8", bare, "/v1/dropoff/risk", single, 8),
                ("service_cold_batch1000_c2", cold, "/v1/dropoff/risk/batch", batch, 2),
                ("bare_batch1000_c2", bare, "/v1/dropoff/risk/batch", batch, 2)]  # fmt: skip
        for name, target, path, bodies, concurrency in runs:
            print(f"{name} ...", flush=True)
            results[name] = profile(args.py_spy, target, path, bodies, concurrency, args.seconds, folder, name)
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    shutil.rmtree(folder, ignore_errors=True)
    for name, _, _, _, _ in runs:
        print(name, json.dumps(results[name]["gil_us_per_request"]), flush=True)
    print(f"written to {save('serving_profile', results)}")
    serving = ROOT / "bench" / "results" / "serving.json"
    if serving.is_file():  # beside the ratios: what each duty costs (a separate run, on the same lake and machine)
        figures = json.loads(serving.read_text())
        figures["duty_profile"] = {"from": "bench/serving_profile.py (bench/results/serving_profile.json)",
                                   **{k: v for k, v in results.items() if k != "duties"}}  # fmt: skip
        print(f"and beside the ratios in {save('serving', figures)}")


if __name__ == "__main__":
    main()
