"""Shadow scoring: the challenger scores what the champion scored, off the request path.

The request handler computes and returns the champion's answer; it only *enqueues* a
shadow job (a non-blocking ``put`` on a bounded queue) holding the prediction-log entry
and a function that scores the challenger on the same feature vector. One background
thread runs the jobs. The challenger's output, its error or its timing goes into the
prediction log entry, which is written then; it is never returned and never enacted.

Why the challenger cannot delay or break the production answer:

- the response never waits for the job (it may already be sent when the job starts);
- exceptions are caught in the shadow thread and logged as ``challenger_error``;
- time-bounded: a job that waited longer than ``budget_seconds`` in the queue is skipped,
  and a score that took longer is discarded (``timeout``); a challenger that sleeps
  therefore costs its own thread and its own log rows, not the request;
- a full queue (a challenger much slower than traffic) drops shadow jobs, not requests.

What a thread cannot give: a challenger that burns CPU in pure Python shares the GIL
with the request loop. A separate process would isolate that too, at the cost of
serialising every feature vector; the models here spend their time in native code
(XGBoost, LightGBM, NumPy), which releases the GIL.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from adherence.prediction_log import Entry, PredictionLog

log = logging.getLogger(__name__)

Outcome = Callable[[str, str], None]


@dataclass
class _Job:
    entry: Entry
    score: Callable[[], dict[str, list[Any]]]
    enqueued: float


class Shadow:
    """A bounded queue and one thread that runs challengers and completes log entries."""

    def __init__(self, log_: PredictionLog, *, budget_seconds: float = 0.2, max_queue: int = 10_000,
                 on_outcome: Outcome | None = None):  # fmt: skip
        self._log = log_
        self.budget = budget_seconds
        self._queue: queue.Queue[_Job | None] = queue.Queue(maxsize=max_queue)
        self._on_outcome = on_outcome or (lambda endpoint, outcome: None)
        self._thread = threading.Thread(target=self._run, name="shadow", daemon=True)
        self._thread.start()

    def submit(self, entry: Entry, score: Callable[[], dict[str, list[Any]]]) -> None:
        """Queue the challenger's scoring of ``entry``; never blocks, never raises."""
        try:
            self._queue.put_nowait(_Job(entry, score, time.monotonic()))
        except queue.Full:
            self._finish(entry, None, "skipped: shadow queue full", None, "queue_full")

    def close(self, timeout: float = 5.0) -> None:
        """Stop after the queued jobs (or after ``timeout``, logging the rest as skipped)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._queue.put(None, timeout=max(0.01, deadline - time.monotonic()))
                break
            except queue.Full:
                if time.monotonic() >= deadline:
                    break
        self._thread.join(max(0.0, deadline - time.monotonic()))
        while True:  # whatever the thread did not get to
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                self._finish(job.entry, None, "skipped: service shutting down", None, "skipped")

    # --- internals ----------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                self._execute(job)
            except Exception:  # the log itself failed: keep the thread alive
                log.exception("shadow: completing a log entry failed")

    def _execute(self, job: _Job) -> None:
        waited = time.monotonic() - job.enqueued
        budget_ms = self.budget * 1000
        if waited > self.budget:
            reason = f"skipped: waited {waited * 1000:.0f} ms in the shadow queue (budget {budget_ms:.0f} ms)"
            self._finish(job.entry, None, reason, None, "skipped")
            return
        started = time.perf_counter()
        try:
            output = job.score()
        except Exception as error:
            elapsed = (time.perf_counter() - started) * 1000
            self._finish(job.entry, None, f"{type(error).__name__}: {error}"[:500], elapsed, "error")
            return
        elapsed = (time.perf_counter() - started) * 1000
        if elapsed > budget_ms:
            self._finish(job.entry, None, f"timeout: took {elapsed:.0f} ms (budget {budget_ms:.0f} ms)", elapsed, "timeout")
            return
        self._finish(job.entry, output, None, elapsed, "ok")

    def _finish(self, entry: Entry, output: dict[str, list[Any]] | None, error: str | None, elapsed: float | None,
                outcome: str) -> None:  # fmt: skip
        entry.challenger_output, entry.challenger_error, entry.challenger_ms = output, error, elapsed
        self._log.append(entry)
        self._on_outcome(entry.endpoint, outcome)


__all__ = ["Shadow"]
