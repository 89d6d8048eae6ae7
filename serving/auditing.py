"""Audit entries for the decisions the service hands out, queued before the answer leaves.

Every decision that influences a patient goes to the signed, hash-chained audit log
(``adherence.audit``): an intervention flag (a drop-off answer with ``intervene`` true), a
reminder hour, a supply alert. ``AuditLog.append`` locks the file, fsyncs and rewrites the
head record (a second fsync and a rename): 0.4 ms alone on a quiet disk, 1 to 10 ms with two
worker processes appending under load, 20 ms on a disk shared with heavy jobs. A caller is
answered once its entries are fsynced (``append_many(durable=...)``), before the head rewrite. One
writer thread per worker appends, in order, from a bounded queue; what queued up while it
was writing goes in the next write together (``AuditLog.append_many``: one lock, one fsync).
While more appends wait, the head rewrite is left to the next one (``head_now``), and written
once nothing waits (``AuditLog.catch_up_head``): one head rewrite per run of queued appends.
The log's last entry is known from this writer's own last append (``AuditLog._known_tail``:
its last line compared byte for byte where it left it), so the tail is not read back and
parsed on every append.

Two modes (``ADHERENCE_SERVE_AUDIT_WAIT``):

- **wait** (default): an answer that carries a decision leaves only once its entries are on
  disk (fsynced): a decision answered 200 is always in the log, whatever happens next
  (SIGKILL, power loss, the log file replaced). Measured on 2 cores at 2,000 req/s, it puts
  the flagged tenth of drop-off answers at 11 ms median and the p99 of all answers at 22 ms.
- **queued** (``ADHERENCE_SERVE_AUDIT_WAIT=0``, opt-in): the answer leaves once its entries
  are *queued*; the writer appends them within milliseconds (p99 7 ms). A crash of the
  process loses the entries still queued, at most a few milliseconds of decisions.

Either way, while appends fail the writer keeps the failed entries and retries them (with
the same batch id, so lines already on disk are not written twice), the worker reports not
ready, and every answer that carries a decision gets 503 (a full queue, too). A log that is
missing, emptied or replaced behind the head's back is refused the same way
(``AuditIntegrityError``), never restarted.

Entries hold pseudonymous keys, model name and version, the decision and the request id;
never features. A drop-off request's flags go in entries of up to ``FLAGS_PER_ENTRY``
patients (a 1,000-patient request costs a few appends, not hundreds).

Supply alerts are audited once per series-day and model version, however many requests
return them: ``SupplyAuditIndex`` keeps the audited ones in a small JSON file, updated
under an exclusive lock, so two worker processes never audit the same alert twice.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import queue
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from adherence.audit import AuditError, AuditLog

log = logging.getLogger(__name__)
FLAGS_PER_ENTRY = 100
MAX_ENTRIES_PER_WRITE = 500  # appends gathered into one write (one fsync)
RETRY_SECONDS = 1.0


@dataclass
class _Work:
    """Queued audit work: the function that does it (for appends, ``append_many`` of its entries), the
    future of its result."""

    function: Callable[[], Any]
    entries: list[tuple[str, Mapping[str, Any]]] | None = None  # set for appends (which may be gathered)
    future: Future[Any] = field(default_factory=Future)


class AuditUnavailableError(RuntimeError):
    """Decisions cannot be audited now (appends failing, or the queue is full); ``str()`` says why."""


class AuditWriter:
    """A bounded queue of audit work and the one thread that does it, in order.

    Appends queued one after another are written together (``AuditLog.append_many``: one
    lock, one fsync, one head record for all of them), so the cost of an fsync is shared
    by every decision that arrived while the previous one was running.
    """

    def __init__(self, audit: AuditLog, max_queue: int = 100_000):
        self.audit = audit
        self._queue: queue.Queue[_Work | None] = queue.Queue(maxsize=max_queue)
        self.error: str | None = None  # set while appends fail
        self.failures = 0
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name="audit-writer", daemon=True)
        self._thread.start()

    def append(self, entries: Sequence[tuple[str, Mapping[str, Any]]]) -> Future[list[dict[str, Any]]]:
        """Queue ``(kind, payload)`` entries; raises ``AuditUnavailableError`` if they cannot be."""
        items = list(entries)  # one batch id for all its retries: a retry never writes an entry twice
        return self._submit(_Work(partial(self.audit.append_many, items, batch=uuid.uuid4().hex), entries=items))

    def call(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        """Queue ``function(*args)`` to run on the writer thread, after what is queued before it."""
        return self._submit(_Work(partial(function, *args)))

    @property
    def pending(self) -> int:
        return self._queue.qsize()

    def close(self, timeout: float = 30.0) -> None:
        """Write everything queued, then stop."""
        self._closing.set()
        self._queue.put(None)
        self._thread.join(timeout)

    def _submit(self, work: _Work) -> Future[Any]:
        if self.error is not None:
            raise AuditUnavailableError(f"audit log unavailable: {self.error}")
        try:
            self._queue.put_nowait(work)
        except queue.Full:
            raise AuditUnavailableError("audit log unavailable: the append queue is full") from None
        return work.future

    def _run(self) -> None:
        waiting: deque[_Work | None] = deque()  # taken from the queue while gathering appends, not done yet
        while True:
            work = waiting.popleft() if waiting else self._next()
            if work is None:
                self._catch_up_head()
                return
            if work.entries is None:
                self._do(work.function, [work])
                continue
            batch, size = [work], len(work.entries)
            while size < MAX_ENTRIES_PER_WRITE:
                try:
                    following = self._queue.get_nowait()
                except queue.Empty:
                    break
                if following is None or following.entries is None:
                    waiting.append(following)
                    break
                batch.append(following)
                size += len(following.entries)
            entries = [entry for w in batch for entry in w.entries or ()]
            # The callers are answered once the entries are fsynced, not after the head record too; and while more
            # work waits, the head is left to the next append (one head rewrite for both) or to _catch_up_head.
            self._do(partial(self.audit.append_many, entries, batch=uuid.uuid4().hex, durable=partial(_settle, batch),
                             head_now=self._queue.empty), batch)  # fmt: skip

    def _next(self) -> _Work | None:
        """The next work; before waiting for it, the head record any append left out is written."""
        try:
            return self._queue.get_nowait()
        except queue.Empty:
            self._catch_up_head()
            return self._queue.get()

    def _catch_up_head(self) -> None:
        try:
            self.audit.catch_up_head()
        except Exception as error:  # the next append writes it (or names what is wrong with the log)
            log.error("audit head record not written: %s: %s", type(error).__name__, error)

    def _do(self, function: Callable[[], Any], batch: list[_Work]) -> None:
        """Run ``function`` until it succeeds (retrying while appends fail), then settle the futures."""
        while True:
            try:
                result = function()
            except AuditError as error:  # an entry the log refuses: retrying cannot help
                log.error("audit entry refused: %s", error)
                if len(batch) > 1:  # only the request that holds it fails
                    for work in batch:
                        self._do(work.function, [work])
                else:
                    batch[0].future.set_exception(error)
                return
            except Exception as error:  # keep the entries, refuse new decisions, retry
                self.failures += 1
                self.error = f"{type(error).__name__}: {error}"
                log.error("audit append failed (retrying in %.0f s): %s", RETRY_SECONDS, self.error)
                if self._closing.is_set():
                    for work in batch:
                        work.future.set_exception(error)
                    return
                time.sleep(RETRY_SECONDS)
                continue
            self.error = None
            _settle(batch, result)
            return


def _settle(batch: list[_Work], result: Any) -> None:
    """Give each caller its result (appends: its own entries); futures already settled are left alone."""
    start = 0
    for work in batch:
        if work.entries is None:
            value = result
        else:
            value = result[start : start + len(work.entries)]
            start += len(work.entries)
        if not work.future.done():
            work.future.set_result(value)


def intervention_entries(request_id: str, model: str, version: str, threshold: float,
                         flagged: Iterable[tuple[str, float]]) -> list[tuple[str, dict[str, Any]]]:  # fmt: skip
    """``intervention_flag`` entries for the flagged patients of one drop-off request."""
    decisions = [{"patient_key": key, "risk": round(float(risk), 6), "intervene": True} for key, risk in flagged]
    return [
        ("intervention_flag", {"request_id": request_id, "model": model, "model_version": version,
                               "threshold": float(threshold), "decisions": decisions[start : start + FLAGS_PER_ENTRY]})
        for start in range(0, len(decisions), FLAGS_PER_ENTRY)
    ]  # fmt: skip


class SupplyAuditIndex:
    """Which supply alerts (day, batch, region, model version) are already audited, across processes."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        self._known: set[str] = set()

    @staticmethod
    def key(day: str, batch_number: str, region: str, version: str) -> str:
        return json.dumps([day, batch_number, region, version])

    def audit_new(self, audit: AuditLog, alerts: Sequence[tuple[str, dict[str, Any]]], keep_day: str) -> int:
        """Append the alerts not audited yet (``(key, payload)`` pairs); returns how many were new.

        Runs on the audit writer thread. ``keep_day``: entries of other days are dropped from
        the index (an alert is only ever served for the current day).
        """
        if all(key in self._known for key, _ in alerts):
            return 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock_path.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                known = set(json.loads(self.path.read_text())) if self.path.is_file() else set()
                known = {key for key in known if json.loads(key)[0] == keep_day}
                new = [(key, payload) for key, payload in alerts if key not in known]
                # The batch id follows from the alerts, so a retry after a failed index write appends nothing twice.
                batch = hashlib.sha256(json.dumps(sorted(key for key, _ in new)).encode()).hexdigest()[:32]
                audit.append_many([("supply_alert", payload) for _, payload in new], batch=batch)
                known.update(key for key, _ in new)
                temporary = self.path.with_name(f".{self.path.name}.tmp")
                temporary.write_text(json.dumps(sorted(known)))
                temporary.replace(self.path)
                self._known = known
                return len(new)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)


__all__ = ["FLAGS_PER_ENTRY", "AuditWriter", "SupplyAuditIndex", "intervention_entries"]
