"""Benchmark of the BentoML prediction service (``serving.service``) against bare baselines, in one run.

Run: ``python bench/serving.py [--patients 1500] [--lake DIR] [--workers 2] [--seconds 10]
[--rounds 3] [--soak-seconds 60] [--soak-rate 300] [--skip-fastapi] [--soak-only]``

Builds (or copies, ``--lake``) a trained lake: simulate, de-identify, features, Feast apply +
materialise, train the three models (v1 = champion = challenger). Then, on 127.0.0.1:

* **in-process baseline**: the same online read and model call the service makes, in a loop
  in this process, no HTTP: the service's SQLite reader and Feast's ``get_online_features``
  for comparison; the estimator (``predict_proba`` on the columns) and MLflow's pyfunc
  ``predict`` for comparison; and the whole ``Engine.dropoff`` (read, score, audit, log).
  p50 / p99 in microseconds and the calls per second one core could do.
* **minimal FastAPI app** (uvicorn, the same number of workers, ``gc.freeze``): one
  ``async def`` endpoint doing the same read and model call, nothing else (no auth, logs,
  audit, shadow, metrics). The bare HTTP baseline.
* **the service** (``bentoml serve``, ``--workers`` workers): single-patient drop-off risk at
  concurrency 8 and 32 (req/s, p50, p90, p99, max); a batch of 1,000 distinct patients per
  request at concurrency 1 and 2 (patients/s); and a bounded soak at ``--soak-rate`` req/s
  for ``--soak-seconds`` recording the RSS of every server process every 5 s.
* **the service with its feature cache off** (``ADHERENCE_SERVE_FEATURE_CACHE=0``): the same
  runs. The load repeats the same patients, so the service above answers them from its
  decoded-row cache; here every row comes from the SQLite file, as the first reads after a
  materialisation do. Both are reported against the targets.

The three servers run side by side (idle while another is measured) and are measured in
``--rounds`` interleaved rounds, the order rotating each round: the shared cores' speed
drifts by tens of per cent within minutes, so a server measured in a block of its own can
look faster or slower than it is. Each figure is the median over the rounds (every round is
kept under ``rounds``), and ``ratio_to_fastapi_baseline`` is the median of the per-round
ratios of the service's throughput to the baseline's. The soak runs last, alone.
``--soak-only`` runs just the service: one round of load, then a (longer) soak, written to
``bench/results/serving_soak.json``.

Load comes from a small closed-loop HTTP/1.1 keep-alive client (asyncio + uvloop) in a
child process (``_load``); it opens its connections 50 ms apart so that both workers get
some (BentoML and uvicorn workers share one listening socket without SO_REUSEPORT: a burst
of simultaneous connects tends to land on one worker, and keep-alive keeps them there).
It reports its own CPU time, which comes out of the same two cores. Each run also reports
the CPU each server process used, so an uneven split between workers is visible.

Results go to ``bench/results/serving.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # before bench/ (this script's folder), whose features.py would shadow the package

TOKEN = "bench-serving-token-0123456789abcdef"
AUDIT_KEY = "bench-serving-audit-key-0123456789"
PSEUDONYM_KEY = b"bench-serving-pseudonym-key-0123456789"
TARGETS = {"single_c8_p99_ms": 15.0, "single_c8_rps": 1500.0, "batch_patients_per_s": 50_000.0}
_MEDIAN_KEYS = ("rps", "p50_ms", "p90_ms", "p99_ms", "max_ms", "patients_per_second")


class Target(NamedTuple):
    """A running server to load: its port, the PID of its process group, its token, and how to balance connections."""

    port: int
    pid: int
    token: str | None
    balance: dict[str, Any]


# --------------------------------------------------------------------------- load generator (child process)


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> tuple[int, bytes]:
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
            break
    return int(head[9:12]), await reader.readexactly(length)


async def _open(cfg: dict[str, Any], auth: str, per_worker: dict[int, int]) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A connection; with ``balance``, reconnect until it lands on a worker below its share (as a load balancer would)."""
    balance = cfg.get("balance")
    for _ in range(200):
        reader, writer = await asyncio.open_connection(cfg["host"], cfg["port"])
        if not balance:
            return reader, writer
        probe = (f"POST {balance['path']} HTTP/1.1\r\nHost: {cfg['host']}\r\n{auth}"
                 "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
        _, body = await _exchange(reader, writer, probe.encode())
        pid = int(json.loads(body)["pid"])
        share = -(-cfg["concurrency"] // balance["workers"])
        if per_worker.get(pid, 0) < share:
            per_worker[pid] = per_worker.get(pid, 0) + 1
            return reader, writer
        writer.close()
        await asyncio.sleep(0.01)
    raise RuntimeError(f"could not spread {cfg['concurrency']} connections over {balance['workers']} workers: {per_worker}")


async def _connection(cfg: dict[str, Any], offset: int, stop_at: float, warm_until: float, latencies: list[float],
                      statuses: dict[int, int], per_worker: dict[int, int]) -> None:  # fmt: skip
    auth = f"Authorization: Bearer {cfg['token']}\r\n" if cfg.get("token") else ""
    reader, writer = await _open(cfg, auth, per_worker)
    requests = []
    for body in cfg["bodies"]:
        payload = body.encode()
        head = (f"POST {cfg['path']} HTTP/1.1\r\nHost: {cfg['host']}\r\n{auth}Content-Type: application/json\r\n"
                f"Content-Length: {len(payload)}\r\n\r\n")  # fmt: skip
        requests.append(head.encode() + payload)
    interval = cfg.get("interval", 0.0)  # open loop per connection (the soak); 0 = closed loop
    index = offset
    next_at = time.perf_counter()
    while True:
        now = time.perf_counter()
        if now >= stop_at:
            break
        if interval:
            if now < next_at:
                await asyncio.sleep(next_at - now)
            next_at += interval
        started = time.perf_counter()
        status, _ = await _exchange(reader, writer, requests[index % len(requests)])
        index += 1
        if started >= warm_until:
            latencies.append(time.perf_counter() - started)
            statuses[status] = statuses.get(status, 0) + 1
    writer.close()


async def _load(cfg: dict[str, Any]) -> dict[str, Any]:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    per_worker: dict[int, int] = {}
    warm_until = time.perf_counter() + cfg["warmup"] + cfg["concurrency"] * cfg.get("stagger", 0.05)
    stop_at = warm_until + cfg["seconds"]
    tasks = []
    for number in range(cfg["concurrency"]):
        tasks.append(asyncio.create_task(_connection(cfg, number * 7919, stop_at, warm_until, latencies, statuses, per_worker)))
        await asyncio.sleep(cfg.get("stagger", 0.05))
    await asyncio.gather(*tasks)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    ms = np.array(latencies) * 1000 if latencies else np.array([np.nan])
    return {
        "requests": len(latencies), "rps": round(len(latencies) / cfg["seconds"], 1),
        "p50_ms": round(float(np.percentile(ms, 50)), 2), "p90_ms": round(float(np.percentile(ms, 90)), 2),
        "p99_ms": round(float(np.percentile(ms, 99)), 2), "max_ms": round(float(ms.max()), 2),
        "statuses": {str(k): v for k, v in statuses.items()}, "load_generator_cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "connections_per_worker": sorted(per_worker.values(), reverse=True) if per_worker else None,
    }  # fmt: skip


def load_child() -> None:
    import uvloop

    print(json.dumps(uvloop.run(_load(json.loads(sys.stdin.read())))))


# --------------------------------------------------------------------------- helpers


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def process_tree(pid: int) -> list[Any]:
    import psutil

    try:
        parent = psutil.Process(pid)
        return [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def cpu_seconds(pid: int) -> dict[int, float]:
    seconds = {}
    for process in process_tree(pid):
        with contextlib.suppress(Exception):
            times = process.cpu_times()
            seconds[process.pid] = times.user + times.system
    return seconds


def rss_mb(pid: int) -> dict[int, float]:
    sizes = {}
    for process in process_tree(pid):
        with contextlib.suppress(Exception):
            sizes[process.pid] = round(process.memory_info().rss / 2**20, 1)
    return sizes


def run_load(port: int, path: str, bodies: list[str], concurrency: int, seconds: float, warmup: float = 2.0,
             token: str | None = TOKEN, server_pid: int | None = None, interval: float = 0.0,
             balance: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
    cfg = {"host": "127.0.0.1", "port": port, "path": path, "bodies": bodies, "token": token, "concurrency": concurrency,
           "seconds": seconds, "warmup": warmup, "stagger": 0.05, "interval": interval, "balance": balance}  # fmt: skip
    before = cpu_seconds(server_pid) if server_pid else {}
    done = subprocess.run([sys.executable, __file__, "_load"], input=json.dumps(cfg), capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    if server_pid:
        after = cpu_seconds(server_pid)
        used = {pid: round(after[pid] - before.get(pid, 0.0), 2) for pid in after}
        result["server_cpu_s_by_process"] = sorted((v for v in used.values() if v > 0.05), reverse=True)
    return result


def wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 240) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2).status_code == 200:
                return
        time.sleep(0.5)
    raise RuntimeError(f"{url} never answered 200")


def stop_group(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def percentiles_us(samples: list[float]) -> dict[str, float]:
    us = np.array(samples) * 1e6
    return {"p50_us": round(float(np.percentile(us, 50)), 1), "p99_us": round(float(np.percentile(us, 99)), 1),
            "per_second_one_core": round(1e6 / float(us.mean()), 1)}  # fmt: skip


def time_calls(call: Callable[[int], Any], n: int, warmup: int = 50) -> dict[str, float]:
    for i in range(warmup):
        call(i)
    samples = []
    for i in range(n):
        started = time.perf_counter()
        call(i)
        samples.append(time.perf_counter() - started)
    return percentiles_us(samples)




# --------------------------------------------------------------------------- the lake


def build_lake(lake: Path, patients: int, days: int) -> dict[str, float]:
    from adherence.audit import AuditLog
    from adherence.settings import load_settings
    from adherence.simulator import SimulationConfig, simulate
    from adherence.simulator.truth import incidents
    from features import materialize as fm
    from features.deid.pipeline import deidentify
    from training import anomaly, dropoff, reminder

    seconds = {}
    started = time.perf_counter()
    simulate(lake, SimulationConfig(patients=patients, days=days, seed=11))
    seconds["simulate"] = time.perf_counter() - started
    deidentify(lake, PSEUDONYM_KEY)
    seconds["deidentify"] = time.perf_counter() - started - sum(seconds.values())
    fm.build_feature_tables(lake)
    fm.apply(lake)
    fm.materialize(lake, fm.latest_snapshot(lake))
    seconds["features"] = time.perf_counter() - started - sum(seconds.values())
    settings = load_settings(lake)
    audit = AuditLog(settings.audit_log_path, settings.audit_key())
    dropoff.train(settings, dropoff.DropoffConfig(), audit)
    anomaly.train(settings, anomaly.AnomalyConfig(), audit, incidents=incidents(lake))
    reminder.train(settings, reminder.ReminderConfig(n_bootstrap=50), audit)
    seconds["train"] = time.perf_counter() - started - sum(seconds.values())
    return {k: round(v, 1) for k, v in seconds.items()}


def online_patients(lake: Path) -> list[str]:
    import pandas as pd

    from features import materialize as fm
    from serving.features import SqliteReader

    table = pd.read_parquet(fm.features_dir(lake) / "patient_activity.parquet", columns=["patient_key"])
    keys = sorted(table.patient_key.unique())
    rows = SqliteReader(fm.feature_store(lake), ["dropoff_v1"]).read("dropoff_v1", keys)
    return [key for key, found in zip(keys, rows.found, strict=True) if found]


# --------------------------------------------------------------------------- measurements


def in_process(lake: Path, keys: list[str], batch: list[str]) -> dict[str, Any]:
    """The service's read and model call, and Feast's, timed in this process (no HTTP)."""
    import pandas as pd

    from features import materialize as fm
    from models.pyfunc import model_input
    from models.registry import connect, load
    from serving.config import ServeConfig
    from serving.engine import Engine
    from serving.features import FeastReader, SqliteReader

    store = fm.feature_store(lake)
    direct, feast = SqliteReader(store, ["dropoff_v1"]), FeastReader(store, ["dropoff_v1"])
    cached = SqliteReader(store, ["dropoff_v1"], cache_entities=ServeConfig().feature_cache)
    from adherence.settings import load_settings

    settings = load_settings(lake)
    version, pyfunc = load(connect(settings.mlflow_tracking_uri), "dropoff")
    estimator = pyfunc.unwrap_python_model().estimator
    model = {"version": str(version.version), "algorithm": estimator.algorithm, "trees": estimator.n_trees_,
             "features": len(estimator.feature_names_in_)}  # fmt: skip
    rows = [direct.read("dropoff_v1", [key]) for key in keys[:200]]
    frames = [model_input(pd.DataFrame(r.columns).astype({c: "float64" for c, t in direct.spec("dropoff_v1").types.items()
                                                         if t != "string"})) for r in rows]  # fmt: skip
    n = 3000
    one = [[key] for key in keys]
    single = {
        "read_service_sqlite": time_calls(lambda i: direct.read("dropoff_v1", [keys[i % len(keys)]]), n),
        "read_service_sqlite_cached": time_calls(lambda i: cached.read("dropoff_v1", [keys[i % len(keys)]]), n),
        "read_feast_get_online_features": time_calls(lambda i: feast.read("dropoff_v1", [keys[i % len(keys)]]), n),
        "model_estimator_predict_proba": time_calls(lambda i: estimator.predict_proba(rows[i % len(rows)].columns), n),
        "model_mlflow_pyfunc_predict": time_calls(lambda i: pyfunc.predict(frames[i % len(frames)]), 500),
        "read_plus_model": time_calls(lambda i: estimator.predict_proba(direct.read("dropoff_v1", one[i % len(one)]).columns), n),
    }
    # The simulated lake lies in the past: never refuse on age.
    config = ServeConfig(log_flush_seconds=1.0, refuse_after_seconds=0)
    engine = Engine(settings, config, start_background=False)
    uncached = Engine(settings, dataclasses.replace(config, feature_cache=0), start_background=False)
    try:
        single["engine_dropoff_all_included"] = time_calls(lambda i: engine.dropoff(one[i % len(one)], single=True).settle(), n)
        single["engine_dropoff_no_feature_cache"] = time_calls(
            lambda i: uncached.dropoff(one[i % len(one)], single=True).settle(), n
        )
        repeats = 20
        batch_rows = direct.read("dropoff_v1", batch)
        batch_results = {
            "read_service_sqlite": time_calls(lambda i: direct.read("dropoff_v1", batch), repeats, warmup=2),
            "read_service_sqlite_cached": time_calls(lambda i: cached.read("dropoff_v1", batch), repeats, warmup=2),
            "read_feast_get_online_features": time_calls(lambda i: feast.read("dropoff_v1", batch), 5, warmup=1),
            "model_estimator_predict_proba": time_calls(lambda i: estimator.predict_proba(batch_rows.columns), repeats, warmup=2),
            "engine_dropoff_all_included": time_calls(lambda i: engine.dropoff(batch, single=False).settle(), repeats, warmup=2),
            "engine_dropoff_no_feature_cache": time_calls(
                lambda i: uncached.dropoff(batch, single=False).settle(), repeats, warmup=2
            ),
        }
    finally:
        engine.close()
        uncached.close()
    for figures in batch_results.values():
        figures["patients_per_second_one_core"] = round(figures.pop("per_second_one_core") * len(batch), 0)
    return {"dropoff_champion": model, "single_patient": single, f"batch_{len(batch)}": batch_results}


FASTAPI_APP = '''
"""Bare baseline: the service's online read and model call behind FastAPI, nothing else."""
import gc, os
from pathlib import Path
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from features import materialize as fm
from models.registry import connect, load
from serving.features import SqliteReader

LAKE = Path(os.environ["ADHERENCE_LAKE"])
reader = SqliteReader(fm.feature_store(LAKE), ["dropoff_v1"])
_, pyfunc = load(connect(f"sqlite:///{LAKE / 'mlflow' / 'mlflow.db'}"), "dropoff")
estimator = pyfunc.unwrap_python_model().estimator
threshold = float(estimator.threshold_)
app = FastAPI()
gc.collect(); gc.freeze()

class One(BaseModel):
    patient_key: str

class Many(BaseModel):
    patient_keys: list[str]

@app.post("/pid")
async def pid():
    return {"pid": os.getpid()}

@app.post("/v1/dropoff/risk")
async def risk(body: One):
    rows = reader.read("dropoff_v1", [body.patient_key])
    if not rows.found[0]:
        return JSONResponse({"error": "unknown patient"}, status_code=404)
    value = float(estimator.predict_proba(rows.columns)[0, 1])
    return JSONResponse({"patient_key": body.patient_key, "risk": value, "intervene": value >= threshold})

@app.post("/v1/dropoff/risk/batch")
async def batch(body: Many):
    rows = reader.read("dropoff_v1", body.patient_keys)
    risk = estimator.predict_proba(rows.columns)[:, 1].tolist()
    return JSONResponse({"results": [{"patient_key": k, "risk": r, "intervene": r >= threshold}
                                     for k, r in zip(body.patient_keys, risk)]})
'''


@contextlib.contextmanager
def running_fastapi(lake: Path, workers: int, key: str) -> Iterator[Target]:
    """The bare FastAPI baseline (uvicorn, ``workers`` workers) until the block ends."""
    folder = Path(tempfile.mkdtemp(prefix="bench-fastapi-"))
    (folder / "bare_app.py").write_text(textwrap.dedent(FASTAPI_APP))
    port = free_port()
    env = {**os.environ, "ADHERENCE_LAKE": str(lake), "OMP_NUM_THREADS": "1",
           "PYTHONPATH": os.pathsep.join([str(folder), str(ROOT)])}  # fmt: skip
    command = [sys.executable, "-m", "uvicorn", "bare_app:app", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers), "--no-access-log", "--log-level", "warning", "--loop", "uvloop",
               "--http", "httptools"]  # fmt: skip
    process = subprocess.Popen(command, env=env, cwd=folder, start_new_session=True)
    try:
        wait_ready_post(port, "/v1/dropoff/risk", key, process)
        yield Target(port, process.pid, None, {"path": "/pid", "workers": workers})
    finally:
        stop_group(process)
        shutil.rmtree(folder, ignore_errors=True)


def wait_ready_post(port: int, path: str, key: str, process: subprocess.Popen[bytes], timeout: float = 240) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.post(f"http://127.0.0.1:{port}{path}", json={"patient_key": key}, timeout=2).status_code == 200:
                time.sleep(3)  # every worker up
                return
        time.sleep(0.5)
    raise RuntimeError("the FastAPI baseline never answered")


def measure_http(target: Target, single: list[str], batch: list[str], seconds: float) -> dict[str, Any]:
    """Single patients at c=8 and c=32 (and c=8 as connections happen to land), batches at c=1, 2, 4."""
    bodies = [json.dumps({"patient_key": key}) for key in single]
    port, pid, token, balance = target
    figures: dict[str, Any] = {}
    for concurrency in (8, 32):
        figures[f"single_c{concurrency}"] = run_load(port, "/v1/dropoff/risk", bodies, concurrency, seconds, token=token,
                                                     server_pid=pid, balance=balance)  # fmt: skip
    figures["single_c8_unbalanced"] = run_load(port, "/v1/dropoff/risk", bodies, 8, seconds, token=token, server_pid=pid)
    batch_body = [json.dumps({"patient_keys": batch})]
    for concurrency in (1, 2, 4):
        result = run_load(port, "/v1/dropoff/risk/batch", batch_body, concurrency, seconds, token=token, server_pid=pid,
                          balance=balance if concurrency > 1 else None)  # fmt: skip
        result["patients_per_second"] = round(result["rps"] * len(batch), 0)
        figures[f"batch{len(batch)}_c{concurrency}"] = result
    return figures


def soak(target: Target, single: list[str], seconds: float, rate: float) -> dict[str, Any]:
    """``rate`` req/s over 8 connections for ``seconds``; RSS of every server process every 5 s."""
    bodies = [json.dumps({"patient_key": key}) for key in single]
    connections = 8
    cfg_interval = connections / rate
    samples: list[dict[str, Any]] = []
    child = subprocess.Popen([sys.executable, __file__, "_load"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(json.dumps({"host": "127.0.0.1", "port": target.port, "path": "/v1/dropoff/risk", "bodies": bodies,
                                  "token": target.token, "concurrency": connections, "seconds": seconds, "warmup": 0.0,
                                  "stagger": 0.05, "interval": cfg_interval}))  # fmt: skip
    child.stdin.close()
    started = time.monotonic()
    while child.poll() is None:
        samples.append({"t": round(time.monotonic() - started, 1), "rss_mb": rss_mb(target.pid)})
        time.sleep(5)
    load = json.loads(child.stdout.read())
    workers = sorted({p for s in samples for p in s["rss_mb"]})
    totals = [sum(s["rss_mb"].values()) for s in samples]
    settled = [t for s, t in zip(samples, totals, strict=True) if s["t"] >= min(60.0, seconds / 4)]
    per_process = {str(p): [s["rss_mb"].get(p) for s in samples] for p in workers}
    times = [s["t"] for s in samples if s["t"] >= min(60.0, seconds / 4)]
    slope = float(np.polyfit(times, settled, 1)[0]) if len(settled) > 2 else None
    return {
        "seconds": seconds, "target_rate": rate, "load": load,
        "rss_total_mb_first": totals[0] if totals else None, "rss_total_mb_last": totals[-1] if totals else None,
        "rss_total_mb_max": max(totals) if totals else None,
        "rss_growth_mb_per_minute_after_warmup": None if slope is None else round(slope * 60, 2),
        # A straight line reads a one-off step (an allocator arena growing once) as a slope: the range shows it.
        "rss_total_mb_range_after_warmup": [min(settled), max(settled)] if settled else None,
        "rss_mb_by_process": per_process, "sample_times_s": [s["t"] for s in samples],
    }  # fmt: skip


@contextlib.contextmanager
def running_service(lake: Path, workers: int, max_batch: int, feature_cache: int | None = None) -> Iterator[Target]:
    """The service (``feature_cache=0``: decoded-row cache off, every read from the file) until the block ends."""
    from _common import environment

    from adherence.settings import load_settings
    from serving.config import ServeConfig
    from serving.run import start, stop

    port = free_port()
    # The simulated lake lies in the past: never refuse on age.
    config = ServeConfig(workers=workers, max_batch=max(1000, max_batch), refuse_after_seconds=0)
    if feature_cache is not None:
        config = dataclasses.replace(config, feature_cache=feature_cache)
    with environment({"ADHERENCE_API_TOKEN": TOKEN, "ADHERENCE_AUDIT_KEY": AUDIT_KEY}):
        process = start(load_settings(lake), port=port, config=config, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(f"http://127.0.0.1:{port}/readyz", process)
        yield Target(port, process.pid, TOKEN, {"path": "/v1/status", "workers": workers})
    finally:
        stop(process)


def interleaved(targets: dict[str, Target], rounds: int, single: list[str], batch: list[str],
                seconds: float) -> dict[str, dict[str, Any]]:  # fmt: skip
    """Every run on every target, ``rounds`` times, the targets' order rotating each round.

    The cores are shared and their speed drifts by tens of per cent within minutes, so each
    target is measured between the others rather than in a block of its own; each figure is
    the median over the rounds, and every round's figures are kept.
    """
    names = list(targets)
    per_round: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for number in range(rounds):
        for name in names[number % len(names) :] + names[: number % len(names)]:
            print(f"  round {number + 1}/{rounds}: {name} ...", flush=True)
            target = targets[name]
            per_round[name].append(measure_http(target, single, batch, seconds))
    return {name: _medians(figures) for name, figures in per_round.items()}


def _medians(rounds: list[dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """Per run: the median of each figure over the rounds, and the rounds themselves."""
    summary: dict[str, Any] = {}
    for run in rounds[0]:
        values = [figures[run] for figures in rounds]
        medians = {key: round(float(np.median([v[key] for v in values])), 2) for key in _MEDIAN_KEYS if key in values[0]}
        summary[run] = {**medians, "rounds": values}
    return summary


def ratios(measured: dict[str, Any], baseline: dict[str, Any]) -> dict[str, float]:
    """Median over the rounds of the service's throughput over the baseline's, run by run."""
    out = {}
    for run, figures in measured.items():
        if run in baseline and "rounds" in figures:
            key = "patients_per_second" if "patients_per_second" in figures else "rps"
            pairs = zip(figures["rounds"], baseline[run]["rounds"], strict=True)
            out[run] = round(float(np.median([ours[key] / theirs[key] for ours, theirs in pairs])), 3)
    return out


def measure_all(results: dict[str, Any], lake: Path, args: argparse.Namespace, keys: list[str], batch: list[str]) -> None:
    """In-process baselines, then the three servers in interleaved rounds, then the soak."""
    print("in-process baseline ...", flush=True)
    # In a fresh process, as a server worker would be (this one trained the models: its OpenMP runtime
    # and heap are not those of a serving process; the model call measured twice as slow in here).
    child = subprocess.run([sys.executable, __file__, "_in_process", str(lake), str(args.batch)], check=True,
                           capture_output=True, text=True, env={**os.environ, "ADHERENCE_AUDIT_KEY": AUDIT_KEY})  # fmt: skip
    results["in_process"] = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"servers: bare FastAPI, the service, the service with its feature cache off; {args.rounds} rounds ...",
          flush=True)
    with running_service(lake, args.workers, args.batch) as warm:
        with contextlib.ExitStack() as others:
            targets = {"service": warm,
                       "service_feature_cache_off": others.enter_context(running_service(lake, args.workers, args.batch, 0))}
            if not args.skip_fastapi:
                targets["fastapi_baseline"] = others.enter_context(running_fastapi(lake, args.workers, keys[0]))
            results.update(interleaved(targets, args.rounds, keys, batch, args.seconds))
        if args.soak_seconds > 0:  # the other servers are stopped by now
            print(f"soak, {args.soak_seconds:.0f} s ...", flush=True)
            results["service"]["soak"] = soak(warm, keys, args.soak_seconds, args.soak_rate)
    if "fastapi_baseline" in results:
        results["ratio_to_fastapi_baseline"] = {
            name: ratios(results[name], results["fastapi_baseline"]) for name in ("service", "service_feature_cache_off")
        }


def soak_alone(results: dict[str, Any], lake: Path, args: argparse.Namespace, keys: list[str], batch: list[str]) -> None:
    """The service alone: one round of every run (its heap as after the rounds), then the soak."""
    with running_service(lake, args.workers, args.batch) as warm:
        print("the service alone: one round of load ...", flush=True)
        results["service"] = {"load_before_soak": measure_http(warm, keys, batch, args.seconds)}
        print(f"soak, {args.soak_seconds:.0f} s ...", flush=True)
        results["service"]["soak"] = soak(warm, keys, args.soak_seconds, args.soak_rate)


def main() -> None:
    from _common import cpu_speed_ms, environment, save

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patients", type=int, default=1500)
    parser.add_argument("--days", type=int, default=150)
    parser.add_argument("--lake", type=Path, help="a trained lake to copy instead of building one")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=10.0, help="measured seconds per load run (after warm-up)")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--soak-seconds", type=float, default=60.0)
    parser.add_argument("--soak-rate", type=float, default=300.0, help="requests per second during the soak")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds over the servers (figures are medians)")
    parser.add_argument("--skip-fastapi", action="store_true")
    parser.add_argument("--soak-only", action="store_true",
                        help="only the service: one round of load, then the soak (to bench/results/serving_soak.json)")
    args = parser.parse_args()

    os.environ.setdefault("OMP_NUM_THREADS", "1")  # as the server processes run
    for name in ("ADHERENCE_MLFLOW_TRACKING_URI", "MLFLOW_TRACKING_URI"):
        os.environ.pop(name, None)
    results: dict[str, Any] = {"targets": TARGETS}
    with tempfile.TemporaryDirectory(prefix="bench-serving-") as folder, \
            environment({"ADHERENCE_AUDIT_KEY": AUDIT_KEY, "ADHERENCE_PSEUDONYM_KEY": PSEUDONYM_KEY.decode()}):  # fmt: skip
        lake = Path(folder) / "lake"
        if args.lake:
            from features import materialize as fm

            skipped = shutil.ignore_patterns("silver", "feature_repo*", "prediction_log", "serving")
            shutil.copytree(args.lake, lake, ignore=skipped)
            fm.apply(lake)
            fm.materialize(lake, fm.latest_snapshot(lake))
            results["setup"] = {"copied_from": str(args.lake)}
        else:
            print(f"building a lake of {args.patients} patients x {args.days} days ...", flush=True)
            seconds = build_lake(lake, args.patients, args.days)
            results["setup"] = {"patients": args.patients, "days": args.days, "seconds": seconds}
        keys = online_patients(lake)
        if len(keys) < args.batch:
            raise SystemExit(f"only {len(keys)} patients online; a batch of {args.batch} needs more (--patients)")
        batch = keys[: args.batch]
        results["setup"].update({"online_patients": len(keys), "workers": args.workers, "seconds_per_run": args.seconds,
                                 "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
                                 "cpu_speed_ms_at_start": cpu_speed_ms()})  # fmt: skip
        if args.soak_only:
            soak_alone(results, lake, args, keys, batch)
        else:
            measure_all(results, lake, args, keys, batch)
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["cpu_speed_ms_at_end"] = cpu_speed_ms()  # _common.cpu_speed_ms: lower is faster

    if args.soak_only:
        soaked = results["service"]["soak"]
        print(json.dumps({k: v for k, v in soaked.items() if k not in ("rss_mb_by_process", "sample_times_s")}, indent=2))
        print(f"written to {save('serving_soak', results)}")
        return

    def best_batch(figures: dict[str, Any]) -> float:
        return max(v["patients_per_second"] for k, v in figures.items() if k.startswith("batch"))

    measured, cold = results["service"], results["service_feature_cache_off"]
    results["against_targets"] = {
        "single_c8_p99_ms": {"target": TARGETS["single_c8_p99_ms"], "measured": measured["single_c8"]["p99_ms"]},
        "single_c8_rps": {"target": TARGETS["single_c8_rps"], "measured": measured["single_c8"]["rps"]},
        "batch_patients_per_s": {"target": TARGETS["batch_patients_per_s"], "measured": best_batch(measured),
                                 "note": "the same patients again and again: rows from the service's feature cache"},
        "batch_patients_per_s_cache_off": {"target": TARGETS["batch_patients_per_s"], "measured": best_batch(cold),
                                           "note": "every row read from the SQLite file, as after a materialisation"},
        "single_c8_rps_cache_off": {"target": TARGETS["single_c8_rps"], "measured": cold["single_c8"]["rps"]},
        "single_c8_p99_ms_cache_off": {"target": TARGETS["single_c8_p99_ms"], "measured": cold["single_c8"]["p99_ms"]},
        "soak_rss_growth_mb_per_minute": measured["soak"]["rss_growth_mb_per_minute_after_warmup"]
        if "soak" in measured else None,
    }  # fmt: skip
    print(json.dumps(results["against_targets"], indent=2))
    print(f"written to {save('serving', results)}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_load":
        load_child()
    elif len(sys.argv) > 1 and sys.argv[1] == "_in_process":
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        online = online_patients(Path(sys.argv[2]))
        print(json.dumps(in_process(Path(sys.argv[2]), online, online[: int(sys.argv[3])])))
    else:
        main()
