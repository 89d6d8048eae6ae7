"""Issue 18's two serving ratios, before and after a change, in one run: this tree's service against another tree's.

Run: ``python bench/serving_ab.py --lake DIR --base-tree DIR [--seconds 10] [--rounds 5] [--workers 2]``
(``--lake``: a trained lake, e.g. one ``bench/serving.py`` built, served in place; ``--base-tree``: the
source of the revision to compare with, e.g. ``git archive main | tar -x -C /tmp/base``).

Two phases, each with three servers side by side (idle while another is measured), measured in
``--rounds`` interleaved rounds, the order rotating each round, as ``bench/serving.py`` does:

1. single-patient drop-off risk at c=8 (2 workers, connections spread over them), feature cache on
   (the service's default): the base tree's service, this tree's, and the bare FastAPI app of
   ``bench/serving.py`` (``FASTAPI_APP``, unchanged);
2. cold 1,000-patient batches at c=2, feature cache off (every row read from the SQLite file):
   the same three.

Per run: throughput, p50 / p99, and the servers' CPU time per request (user + system of every
server process over the requests answered; on shared cores a steadier figure than throughput).
Each figure is the median over the rounds; the ratio to the bare app is the median of the
per-round ratios. The load average is recorded at the start and end of every run. Results go
to ``bench/results/serving_ab.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from serving_profile import bench  # bench/serving.py, loaded by path (this folder's features.py shadows the package)


@contextlib.contextmanager
def service_from(tree: Path | None, lake: Path, workers: int, feature_cache: int | None) -> Iterator[Any]:
    """``bench.running_service`` with the service's code taken from ``tree`` (None: this tree)."""
    import serving.run

    saved = serving.run.ROOT
    if tree is not None:  # the server's PYTHONPATH, working dir and BentoML --working-dir
        serving.run.ROOT = tree
    try:
        with bench.running_service(lake, workers, 1000, feature_cache) as target:
            serving.run.ROOT = saved
            yield target
    finally:
        serving.run.ROOT = saved


def one_run(target: Any, path: str, bodies: list[str], concurrency: int, seconds: float, rows: int) -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    result = bench.run_load(target.port, path, bodies, concurrency, seconds, token=target.token, server_pid=target.pid,
                            balance=target.balance)  # fmt: skip
    cpu = sum(result.pop("server_cpu_s_by_process", []))
    requests = max(result["requests"], 1)
    return {**{k: result[k] for k in ("requests", "rps", "p50_ms", "p99_ms", "statuses")},
            "patients_per_second": round(result["rps"] * rows, 0), "server_cpu_ms_per_request": round(cpu / requests * 1000, 3),
            "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)]}  # fmt: skip


def phase(targets: dict[str, Any], rounds: int, path: str, bodies: list[str], concurrency: int, seconds: float,
          rows: int) -> dict[str, Any]:  # fmt: skip
    names = list(targets)
    per_round: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for number in range(rounds):
        for name in names[number % len(names) :] + names[: number % len(names)]:
            print(f"  round {number + 1}/{rounds}: {name} ...", flush=True)
            per_round[name].append(one_run(targets[name], path, bodies, concurrency, seconds, rows))
    out: dict[str, Any] = {}
    for name, runs in per_round.items():
        medians = {key: round(float(np.median([run[key] for run in runs])), 3)
                   for key in ("rps", "patients_per_second", "p50_ms", "p99_ms", "server_cpu_ms_per_request")}  # fmt: skip
        out[name] = {**medians, "rounds": runs}
    bare = per_round["bare"]
    for name in names:
        if name != "bare":
            pairs = list(zip(per_round[name], bare, strict=True))
            out[name]["ratio_to_bare"] = round(float(np.median([ours["rps"] / theirs["rps"] for ours, theirs in pairs])), 3)
            out[name]["ratio_to_bare_by_round"] = [round(ours["rps"] / theirs["rps"], 3) for ours, theirs in pairs]
            out[name]["cpu_ratio_bare_over_this"] = round(float(np.median(
                [theirs["server_cpu_ms_per_request"] / ours["server_cpu_ms_per_request"] for ours, theirs in pairs])), 3)
    return out


def main() -> None:
    from _common import cpu_speed_ms, environment, save

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lake", type=Path, required=True)
    parser.add_argument("--base-tree", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--phases", nargs="+", default=["single", "cold_batch"], choices=["single", "cold_batch"])
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    for name in ("ADHERENCE_MLFLOW_TRACKING_URI", "MLFLOW_TRACKING_URI"):
        os.environ.pop(name, None)
    keys = bench.online_patients(args.lake)
    results: dict[str, Any] = {"base_tree": str(args.base_tree), "lake": str(args.lake), "workers": args.workers,
                               "seconds_per_run": args.seconds, "rounds": args.rounds,
                               "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
                               "cpu_speed_ms_at_start": cpu_speed_ms()}  # fmt: skip
    runs = {"single": ("/v1/dropoff/risk", [json.dumps({"patient_key": key}) for key in keys], 8, None, 1),
            "cold_batch": ("/v1/dropoff/risk/batch", [json.dumps({"patient_keys": keys[:1000]})], 2, 0, 1000)}  # fmt: skip
    with environment({"ADHERENCE_AUDIT_KEY": bench.AUDIT_KEY}):
        for name in args.phases:
            path, bodies, concurrency, cache, rows = runs[name]
            print(f"{name}: c={concurrency}, feature cache {'off' if cache == 0 else 'on'} ...", flush=True)
            with contextlib.ExitStack() as stack:
                targets = {"base": stack.enter_context(service_from(args.base_tree.resolve(), args.lake, args.workers, cache)),
                           "this": stack.enter_context(service_from(None, args.lake, args.workers, cache)),
                           "bare": stack.enter_context(bench.running_fastapi(args.lake, args.workers, keys[0]))}  # fmt: skip
                results[name] = phase(targets, args.rounds, path, bodies, concurrency, args.seconds, rows)
            summary = {k: {f: v[f] for f in ("rps", "p99_ms", "server_cpu_ms_per_request", "ratio_to_bare",
                                             "ratio_to_bare_by_round") if f in v} for k, v in results[name].items()}  # fmt: skip
            print(json.dumps(summary, indent=1), flush=True)
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["cpu_speed_ms_at_end"] = cpu_speed_ms()
    print(f"written to {save('serving_ab', results)}")


if __name__ == "__main__":
    main()
