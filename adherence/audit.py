"""Append-only, hash-chained, HMAC-signed audit log of decisions that influence patients.

Each line is one JSON entry::

    {"seq": 7, "time": "...", "kind": "intervention_flag", "payload": {...}, "batch": "<id>",
     "prev": "<hash of entry 6>", "hash": "<sha256 of this entry>",
     "signature": "<HMAC-SHA256(audit key, hash)>"}

- The hash covers the whole canonical entry (every field but ``hash`` and ``signature``),
  so an edited, added or removed field is caught; the chain (``prev``) catches deletion,
  insertion and reordering; the signature stops anyone without the key from recomputing a
  consistent chain. Entries written before ``batch`` existed verify the same way.
- A signed head file (``audit.log.head``) records the last entry, so cutting entries off the
  end is caught. A writer refuses to go on when the log is missing, emptied or shorter than
  the head says (or than the anchor says): it never starts a new chain over a lost one.
- **Anchor.** A log and its head can both be wiped, or replaced by an older genuine pair;
  nothing inside the lake can tell. With an anchor file outside the lake
  (``ADHERENCE_AUDIT_ANCHOR``), the writer appends the signed head to it at most every
  ``anchor_seconds``; ``verify(anchor=...)`` then names a log that lacks an anchored entry.
- **Crash and full-disk safety.** A write cut short (``ENOSPC``, a kill) leaves a torn last
  line: the next append truncates the log to its last valid entry and records a
  ``log_repaired`` entry (bytes dropped and their SHA-256). Appends are idempotent: every
  entry carries its batch id, and a retried batch whose lines are already on disk (say the
  head write failed) is not written again.

Entries carry pseudonymous keys only: fields that name patients directly are refused.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import hashlib
import hmac
import json
import logging
import os
import time
import uuid
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adherence.publish import fsync_folder

log = logging.getLogger(__name__)

GENESIS = "0" * 64
MAX_ENTRY_BYTES = 16_384  # decisions are small; a bound keeps reading the tail cheap
MAX_PENDING_BATCHES = 10_000  # failed batches a writer remembers where it wrote (a retry comes within seconds)
MAX_REPAIR_BYTES = 4 * MAX_ENTRY_BYTES  # a torn tail longer than this needs a person, not the writer
#: Field names that would carry identity; an audit payload must never contain them.
FORBIDDEN_FIELDS = frozenset(
    {"mrn", "full_name", "name", "date_of_birth", "phone", "email", "street_address", "address", "zip5", "device_id"}
)
REQUIRED_FIELDS = frozenset({"seq", "time", "kind", "payload", "prev", "hash", "signature"})
ENTRY_FIELDS = REQUIRED_FIELDS | {"batch"}
REPAIRED = "log_repaired"
#: An erasure's record; its ``redactions`` (``{seq: content hash once redacted}``) authorise rewriting those entries.
ERASURE = "erasure"
#: What an erased pseudonymous key becomes inside an earlier entry.
REDACTED = "<erased>"


class AuditError(ValueError):
    """An entry that may not be written (it would carry identity or is not JSON)."""


class AuditIntegrityError(RuntimeError):
    """The log on disk is not the one the head (or the anchor) describes: appending would hide a loss."""


@dataclass(frozen=True)
class _End:
    """The log as this writer left it: the file (device, inode), its size, its last line (with the newline), and that
    line's entry's ``seq`` and ``hash``."""

    file: tuple[int, int]
    size: int
    line: bytes
    seq: int
    hash: str


@dataclass(frozen=True)
class Verification:
    """Outcome of ``verify``: ``first_bad`` is the 1-based line of the first bad entry."""

    ok: bool
    entries: int
    first_bad: int | None = None
    reason: str = ""
    anchored: int | None = None  # the newest anchored entry the log was checked against


class _BadEntryError(ValueError):
    pass


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _content_hash(entry: Mapping[str, Any]) -> str:
    content = {key: value for key, value in entry.items() if key not in ("hash", "signature")}
    return hashlib.sha256(_canonical(content).encode()).hexdigest()


def _sign(key: bytes, digest: str) -> str:
    return hmac.new(key, digest.encode(), hashlib.sha256).hexdigest()


def _sign_entry(entry: dict[str, Any], key: bytes) -> str:
    """Set a new entry's ``hash`` and ``signature``; returns its canonical line.

    The same text as ``_canonical`` of the entry before and after (sorted keys, no spaces),
    with the payload, most of the line, serialised once instead of twice.
    """
    if entry.keys() != {"seq", "time", "kind", "payload", "batch", "prev"} or type(entry["seq"]) is not int:
        entry["hash"] = _content_hash(entry)
        entry["signature"] = _sign(key, entry["hash"])
        return _canonical(entry)
    fields = {name: json.dumps(entry[name]) for name in ("batch", "kind", "prev", "time")}
    payload = _canonical(entry["payload"])
    head = f'{{"batch":{fields["batch"]},'
    rest = f'"kind":{fields["kind"]},"payload":{payload},"prev":{fields["prev"]},"seq":{entry["seq"]},'
    digest = hashlib.sha256(f'{head}{rest}"time":{fields["time"]}}}'.encode()).hexdigest()
    entry["hash"], entry["signature"] = digest, _sign(key, digest)
    return f'{head}"hash":"{digest}",{rest}"signature":"{entry["signature"]}","time":{fields["time"]}}}'


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise _BadEntryError(f"duplicate field {name!r}")
        result[name] = value
    return result


def _parse_entry(raw: bytes) -> dict[str, Any]:
    """One log line as an entry of the right shape (signature not checked); ``_BadEntryError`` names what is wrong."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _BadEntryError("not valid UTF-8") from None
    try:
        entry = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError:
        raise _BadEntryError("not valid JSON") from None
    except RecursionError:  # a line of thousands of nested brackets: json's decoder recurses per level
        raise _BadEntryError("JSON nested too deeply") from None
    if not isinstance(entry, dict):
        raise _BadEntryError("not a JSON object")
    if missing := REQUIRED_FIELDS - entry.keys():
        raise _BadEntryError(f"missing field(s) {sorted(missing)}")
    if extra := entry.keys() - ENTRY_FIELDS:
        raise _BadEntryError(f"unexpected field(s) {sorted(extra)}")
    for name, kind in (("time", str), ("kind", str), ("prev", str), ("hash", str), ("signature", str), ("payload", dict)):
        if not isinstance(entry[name], kind):
            raise _BadEntryError(f"field {name!r} is not a {kind.__name__}")
    if not isinstance(entry["seq"], int) or isinstance(entry["seq"], bool):
        raise _BadEntryError("field 'seq' is not an integer")
    if "batch" in entry and not isinstance(entry["batch"], str):
        raise _BadEntryError("field 'batch' is not a string")
    return entry


_SCALARS = (str, int, float, bool, type(None))


def _check_payload(payload: Mapping[str, Any]) -> None:
    def walk(value: Any, path: str) -> None:
        if type(value) in _SCALARS:  # most of a payload: no abstract-class checks for them
            return
        if isinstance(value, Mapping):
            for name, inner in value.items():
                if str(name).lower() in FORBIDDEN_FIELDS:
                    raise AuditError(f"audit payload field {path}{name!s} would carry patient identity")
                walk(inner, f"{path}{name!s}.")
        elif isinstance(value, list | tuple):
            for inner in value:
                walk(inner, path)

    walk(payload, "")


def _redact(entry: Mapping[str, Any], values: frozenset[str]) -> tuple[bool, dict[str, Any]]:
    """The entry without ``hash`` and ``signature``, each string of its payload equal to one of ``values`` replaced."""
    changed = False

    def walk(value: Any) -> Any:
        nonlocal changed
        if isinstance(value, str) and value in values:
            changed = True
            return REDACTED
        if isinstance(value, Mapping):
            return {name: walk(inner) for name, inner in value.items()}
        if isinstance(value, list):
            return [walk(inner) for inner in value]
        return value

    content = {key: value for key, value in entry.items() if key not in ("hash", "signature")}
    content["payload"] = walk(content["payload"])
    return changed, content


class AuditLog:
    """One audit log file; safe for several processes appending at once (``flock`` on ``audit.log.lock``)."""

    def __init__(self, path: Path, key: bytes, anchor: Path | None = None, anchor_seconds: float = 60.0):
        self.path = Path(path)
        self.head_path = self.path.with_name(self.path.name + ".head")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.anchor_path = Path(anchor) if anchor else None
        self.anchor_seconds = anchor_seconds
        self._key = key
        self._anchored_at = 0.0
        #: batch id -> where its lines began, for batches whose append failed after writing (a retry looks there)
        self._written_at: dict[str, int] = {}
        #: Where this writer's last append left the log (see ``_known_tail``); None: read the tail from the file.
        self._end: _End | None = None
        #: The head and the anchor's last record as last read: (raw bytes, what they gave), so unchanged bytes are
        #: not parsed and their signatures not checked again.
        self._head_seen: tuple[bytes, dict[str, Any]] | None = None
        self._anchor_seen: tuple[bytes, tuple[int, str] | None] | None = None
        #: The last entry this writer appended without rewriting the head (``append_many(head_now=...)``).
        self._head_due: dict[str, Any] | None = None

    def append(self, kind: str, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Sign and append one entry; returns it."""
        return self.append_many([(kind, payload)])[0]

    def append_many(self, items: Sequence[tuple[str, Mapping[str, Any]]], batch: str | None = None,
                    durable: Callable[[list[dict[str, Any]]], None] | None = None,
                    head_now: Callable[[], bool] | None = None) -> list[dict[str, Any]]:  # fmt: skip
        """Sign and append ``(kind, payload)`` entries in order, under one lock and one fsync; returns them.

        All or nothing: a payload that may not be written stops the call before anything is.
        ``batch``: an id for these entries; calling again with the same id (a retry) writes
        only those of them not on disk yet. Raises ``AuditIntegrityError`` when the log is
        not the one the head or the anchor describes.

        ``durable``: called with the entries (what this returns) once they are fsynced, before
        the head record is rewritten (a second fsync and a rename, about half the call on a
        busy disk). A caller that waits only for its entries to be on disk need not wait for
        the head: a crash in between leaves the head one write behind the log, which the
        checks allow (entries beyond the head are fine; fewer than it records are not), and
        the next append rewrites it.

        ``head_now``: asked after ``durable``; False leaves the head record to the next append
        (a writer with more entries waiting: one head rewrite, an fsync and a rename, for all of
        them) or to ``catch_up_head``, which the writer must call once nothing is waiting.
        """
        for _, payload in items:
            _check_payload(payload)
        if not items:
            return []
        batch = batch or uuid.uuid4().hex
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.lock_path.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                entries = self._append_locked(items, batch, durable, head_now)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        self._anchor(entries[-1])
        return entries

    def entries(self) -> Iterator[dict[str, Any]]:
        """Every entry in file order (no verification; malformed lines are skipped)."""
        for _, raw in self._raw_lines():
            try:
                yield _parse_entry(raw)
            except _BadEntryError:
                continue

    def never_written(self) -> bool:
        """No entry was ever written: no log, no head and (when anchored) no anchor file yet."""
        anchor_exists = self.anchor_path is not None and Path(self.anchor_path).exists()
        return not (self.path.exists() or self.head_path.exists() or anchor_exists)

    def verify(self, anchor: Path | None = None) -> Verification:
        """Walk the chain; name the first entry that was edited, inserted, moved, removed or is malformed.

        With ``anchor`` (default: this log's anchor file), the log must also hold every
        anchored entry: a wiped log, or an older genuine log-and-head pair, is named.
        """
        anchors, anchor_problem = self._read_anchor(anchor or self.anchor_path)
        if anchor_problem:
            return Verification(False, 0, None, anchor_problem)
        newest = max(anchors, default=None)
        head, head_problem = self._read_head()
        if head_problem:
            return Verification(False, 0, None, head_problem, newest)
        prev, count, at_head = GENESIS, 0, None
        redactions = self._redactions()
        for number, raw in self._raw_lines():
            if number != count + 1:
                return Verification(False, count, count + 1, "empty line where an entry was expected", newest)
            problem = self._entry_problem(raw, number, prev, redactions.get(number))
            if problem:
                return Verification(False, count, number, problem, newest)
            prev, count = json.loads(raw)["hash"], number  # checked above: the content's hash, or a redaction's
            if number in anchors and anchors[number] != prev:
                return Verification(False, count - 1, number, "differs from the anchored entry (log replaced)", newest)
            if head is not None and number == head["seq"]:
                at_head = prev
        if newest is not None and newest > count:
            return Verification(False, count, count + 1, f"log ends at entry {count} but the anchor records entry {newest} "
                                                         "(wiped, or rolled back to an older copy)", newest)  # fmt: skip
        if head is None:
            if count == 0:
                return Verification(True, 0, anchored=newest)
            return Verification(False, count, count, "head record missing", newest)
        if head["seq"] > count:
            return Verification(False, count, count + 1, f"log ends at entry {count} but the head records entry {head['seq']}",
                                newest)  # fmt: skip
        if at_head != head["hash"]:
            return Verification(False, count, head["seq"], "differs from the entry the head records (log replaced)", newest)
        # A head behind the log: a crash between writing entries and the head; the next append moves it.
        return Verification(True, count, anchored=newest)

    # --- erasure -------------------------------------------------------------------------
    def redaction_plan(self, values: Collection[str]) -> dict[int, str]:
        """Entries holding any of ``values`` (as a whole string anywhere in the payload), and their content hash once redacted.

        Returns ``{seq: sha256 of the entry with each such string replaced by REDACTED}``,
        what an ``erasure`` entry records in ``redactions`` so that ``verify`` accepts those
        entries after ``redact``. Entries already redacted are not listed again.
        """
        wanted = frozenset(values)
        plan: dict[int, str] = {}
        for entry in self.entries():
            changed, content = _redact(entry, wanted)
            if changed:
                plan[entry["seq"]] = _content_hash(content)
        return plan

    def redact(self, values: Collection[str]) -> int:
        """Replace ``values`` by REDACTED in the entries this log's ``erasure`` entries authorise; returns how many changed.

        An entry is changed only when its redacted content hashes to what a signed erasure
        entry, appended first, records for it in ``redactions`` (see ``redaction_plan``):
        nothing else can be rewritten this way. Its ``hash`` and ``signature`` stay, so the
        chain, the head and the anchor still hold. The new log is written beside the old
        one, fsynced and renamed over it under the writers' lock: a kill leaves the whole
        old log or the whole new one. Calling it again is a no-op.
        """
        plan = {seq: digest for seq, (digest, _) in self._redactions().items()}
        wanted = frozenset(values)
        with self.lock_path.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                lines, rewritten = self.path.read_bytes().split(b"\n"), 0  # every byte kept but the redacted lines
                for index, raw in enumerate(lines):
                    try:
                        entry = _parse_entry(raw)
                    except _BadEntryError:
                        continue
                    if entry["seq"] in plan:
                        changed, content = _redact(entry, wanted)
                        if changed and _content_hash(content) == plan[entry["seq"]]:
                            signed = {**content, "hash": entry["hash"], "signature": entry["signature"]}
                            lines[index] = _canonical(signed).encode()
                            rewritten += 1
                if rewritten:
                    temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.redact")
                    with temporary.open("wb") as handle:
                        handle.write(b"\n".join(lines))
                        handle.flush()
                        os.fsync(handle.fileno())
                    temporary.chmod(self.path.stat().st_mode & 0o777)
                    temporary.replace(self.path)
                    fsync_folder(self.path.parent)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        return rewritten

    def _redactions(self) -> dict[int, tuple[str, int]]:
        """``seq -> (redacted content hash, seq of the erasure entry that recorded it)`` from every erasure entry."""
        found: dict[int, tuple[str, int]] = {}
        for entry in self.entries():
            if entry["kind"] == ERASURE and isinstance(entry["payload"].get("redactions"), dict):
                for seq, digest in entry["payload"]["redactions"].items():
                    if str(seq).isdigit() and isinstance(digest, str):
                        found[int(seq)] = (digest, entry["seq"])
        return found

    # --- writing -------------------------------------------------------------------------
    def catch_up_head(self) -> None:
        """Write the head record an append left out (``append_many(head_now=...)``), unless a later one is written."""
        due = self._head_due
        if due is None:
            return
        with self.lock_path.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                head, problem = self._read_head()
                if not problem and (head is None or head["seq"] < due["seq"]):  # never moved back
                    self._write_head(due)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        self._head_due = None

    def _append_locked(self, items: Sequence[tuple[str, Mapping[str, Any]]], batch: str,
                       durable: Callable[[list[dict[str, Any]]], None] | None = None,
                       head_now: Callable[[], bool] | None = None) -> list[dict[str, Any]]:  # fmt: skip
        head, head_problem = self._read_head()
        if head_problem:
            raise AuditIntegrityError(f"{self.head_path}: {head_problem}")
        anchored = self._last_anchor()
        if self.anchor_path is not None and not self.anchor_path.exists() and (head is not None or self._has_bytes()):
            # Recreating it would anchor whatever log is here now: an anchor deleted beside a rolled-back
            # log would hide the rollback for good (verify would then say "intact, anchored").
            raise AuditIntegrityError(f"the audit anchor {self.anchor_path} does not exist but {self.path} has "
                                      "entries: restore the anchor (to start anchoring this log, create it empty)")  # fmt: skip
        try:
            descriptor = os.open(self.path, os.O_RDWR | os.O_APPEND)
        except FileNotFoundError:
            known = max(head["seq"] if head else 0, anchored[0] if anchored else 0)
            if known:
                raise AuditIntegrityError(f"{self.path} is missing but entry {known} was written: "
                                          "restore the log, never start a new chain over it") from None  # fmt: skip
            descriptor = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_EXCL, 0o640)
            fsync_folder(self.path.parent)
        with os.fdopen(descriptor, "r+b", buffering=0) as handle:
            self._end, known = None, self._known_tail(handle, batch)  # forgotten until this append succeeds
            if known is not None:
                repaired, tail = None, [known]
            else:
                repaired = self._repair_tail(handle)
                tail = self._tail(handle, batch)
            seq, prev = (tail[0]["seq"], tail[0]["hash"]) if tail else (0, GENESIS)
            for name, recorded in (("head", head["seq"] if head else 0), ("anchor", anchored[0] if anchored else 0)):
                if recorded > seq:
                    raise AuditIntegrityError(f"{self.path} ends at entry {seq} but the {name} records entry {recorded}: "
                                              "entries are missing (log emptied or replaced)")  # fmt: skip
            if head and tail and head["seq"] == seq and head["hash"] != tail[0]["hash"]:
                raise AuditIntegrityError(f"{self.path}: entry {seq} is not the one the head records (log replaced)")
            done = [entry for entry in reversed(tail) if entry.get("batch") == batch]
            if not done and batch in self._written_at:  # other writers appended after this batch's failed attempt
                done = self._batch_at(handle, self._written_at[batch], batch, len(items))
            now = dt.datetime.now(dt.UTC).isoformat()
            todo: list[tuple[str, Mapping[str, Any], str]] = [(kind, payload, batch) for kind, payload in items[len(done) :]]
            if repaired:
                todo.insert(0, (REPAIRED, repaired, uuid.uuid4().hex))
            lines, written = [], []
            for kind, payload, entry_batch in todo:
                seq += 1
                entry: dict[str, Any] = {"seq": seq, "time": now, "kind": kind, "payload": dict(payload), "batch": entry_batch,
                                         "prev": prev}  # fmt: skip
                try:
                    line = _sign_entry(entry, self._key)
                    prev = entry["hash"]
                except (TypeError, ValueError) as exc:
                    raise AuditError(f"audit payload is not JSON-serialisable: {exc}") from exc
                if len(line) > MAX_ENTRY_BYTES:
                    raise AuditError(f"audit entry of {len(line)} bytes exceeds {MAX_ENTRY_BYTES}")
                lines.append(line + "\n")
                written.append(entry)
            if lines:
                self._written_at.setdefault(batch, os.fstat(handle.fileno()).st_size)
                while len(self._written_at) > MAX_PENDING_BATCHES:
                    del self._written_at[next(iter(self._written_at))]
                data = "".join(lines).encode()
                view = memoryview(data)
                while view:  # a short write (a nearly full disk) goes on where it stopped, or raises
                    view = view[handle.write(view) or 0 :]
                os.fsync(handle.fileno())
                status = os.fstat(handle.fileno())
                self._end = _End((status.st_dev, status.st_ino), status.st_size, lines[-1].encode(), written[-1]["seq"],
                                 written[-1]["hash"])  # fmt: skip
            last = written[-1] if written else tail[0]
            if repaired:
                log.warning("audit log %s: torn last line removed (%s bytes), recorded as entry %s",
                            self.path, repaired["truncated_bytes"], written[0]["seq"])  # fmt: skip
                written = written[1:]
            if durable is not None:
                durable(done + written)
            if head_now is None or head_now():
                self._write_head(last)
                self._head_due = None
            else:
                self._head_due = {"seq": last["seq"], "hash": last["hash"]}
        self._written_at.pop(batch, None)
        return done + written

    def _known_tail(self, handle: Any, batch: str) -> dict[str, Any] | None:
        """The log's last entry (``seq`` and ``hash``) without reading its tail back, when this writer knows it.

        After an append this writer remembers the file, its size and its last line (``_End``).
        When the same file still holds that line, byte for byte, where it left it, the log
        ends there (nothing appended since) or with whole lines another writer appended after
        it, of which only the last is parsed. Anything else (another file, a shorter one, that
        line changed, a torn or unparsable line after it, a retried batch, which must look for
        its own lines) gives None: the tail is then read and repaired as before.
        """
        end = self._end
        if end is None or batch in self._written_at:
            return None
        status = os.fstat(handle.fileno())
        start = end.size - len(end.line)
        if (status.st_dev, status.st_ino) != end.file or status.st_size < end.size or status.st_size - start > MAX_REPAIR_BYTES:
            return None
        handle.seek(start)
        data = handle.read(status.st_size - start)
        if not data.startswith(end.line):
            return None
        if len(data) == len(end.line):
            return {"seq": end.seq, "hash": end.hash}
        if not data.endswith(b"\n"):
            return None  # a torn line: repaired by the slow path
        try:
            return _parse_entry(data[data.rfind(b"\n", 0, len(data) - 1) + 1 : -1])
        except _BadEntryError:
            return None  # named by the slow path

    def _batch_at(self, handle: Any, offset: int, batch: str, count: int) -> list[dict[str, Any]]:
        """The entries of ``batch`` written from ``offset`` on (up to ``count``; repair entries between them skipped).

        A writer whose append failed after its lines were fsynced (the head write failed) may
        find, when it retries, other writers' entries after them: the tail no longer shows
        them. Its lines began where the file ended when it wrote them (``O_APPEND`` under the
        lock, after any repair), so that is where they are, if they were written at all.
        """
        size = os.fstat(handle.fileno()).st_size
        if offset >= size:
            return []
        handle.seek(offset)
        found: list[dict[str, Any]] = []
        for raw in handle.read(min(size - offset, (count + 2) * MAX_ENTRY_BYTES)).split(b"\n"):
            try:
                entry = _parse_entry(raw)
            except _BadEntryError:
                break
            if entry.get("batch") == batch:
                found.append(entry)
            elif entry["kind"] != REPAIRED or len(found) >= count:
                break
        return found[:count]

    def _has_bytes(self) -> bool:
        try:
            return self.path.stat().st_size > 0
        except FileNotFoundError:
            return False

    def _repair_tail(self, handle: Any) -> dict[str, Any] | None:
        """Truncate a torn tail back to the last complete entry; returns what the repair entry records.

        Only what a write cut short can leave is removed: the bytes after the last newline
        (ENOSPC, a kill, zeros after a power loss) and blank lines before them. A complete
        line that is not a valid entry was not written by a writer (a writer's lines are
        whole or torn), so it is evidence of tampering or of a fault a person must look at:
        the append is refused and the file left untouched, never truncated over it.
        """
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            return None
        block = min(size, MAX_REPAIR_BYTES)
        handle.seek(size - block)
        data = handle.read(block)
        keep = data.rfind(b"\n") + 1  # a line after the last newline is torn
        while keep > 0:  # blank lines before it go with it
            start = data.rfind(b"\n", 0, keep - 1) + 1
            if data[start:keep].strip() or (start == 0 and block < size):
                break
            keep = start
        if keep == 0 and block < size:
            raise AuditIntegrityError(f"{self.path}: no complete line in its last {block} bytes; repair it by hand")
        if keep > 0:
            start = data.rfind(b"\n", 0, keep - 1) + 1
            if data[start:keep].strip() and not (start == 0 and block < size):
                try:
                    _parse_entry(data[start : keep - 1])
                except _BadEntryError as bad:
                    raise AuditIntegrityError(f"{self.path}: its last complete line is not a valid entry ({bad}); "
                                              "not a write cut short, so it is left for a person to examine "
                                              "(`adherence audit verify` names it)") from None  # fmt: skip
        if keep == len(data):
            return None
        dropped = data[keep:]
        os.ftruncate(handle.fileno(), size - block + keep)
        os.fsync(handle.fileno())
        return {"truncated_bytes": len(dropped), "sha256": hashlib.sha256(dropped).hexdigest(), "reason": "torn last line"}

    def _tail(self, handle: Any, batch: str) -> list[dict[str, Any]]:
        """The last entry, then (newest first) the entries of ``batch`` and repair entries just before it."""
        size = os.fstat(handle.fileno()).st_size
        found: list[dict[str, Any]] = []
        position, pending = size, b""
        while position > 0:
            step = min(position, 4 * MAX_ENTRY_BYTES)
            position -= step
            handle.seek(position)
            pending = handle.read(step) + pending
            lines = pending.split(b"\n")
            pending = lines[0] if position > 0 else b""
            for raw in reversed(lines[1:] if position > 0 else lines):
                if not raw.strip():
                    continue
                try:
                    entry = _parse_entry(raw)
                except _BadEntryError as bad:
                    raise AuditIntegrityError(f"{self.path}: an entry near the end is malformed ({bad})") from None
                found.append(entry)
                if entry.get("batch") != batch and entry["kind"] != REPAIRED:
                    return found
        return found

    def _write_head(self, entry: Mapping[str, Any]) -> None:
        head = {"seq": entry["seq"], "hash": entry["hash"], "signature": _sign(self._key, f"{entry['seq']}:{entry['hash']}")}
        temporary = self.head_path.with_name(f".{self.head_path.name}.{os.getpid()}.tmp")
        try:
            text = json.dumps(head)
            with temporary.open("w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            temporary.replace(self.head_path)
            self._head_seen = (text.encode(), head)
        except OSError:
            temporary.unlink(missing_ok=True)
            raise

    def _anchor(self, entry: Mapping[str, Any]) -> None:
        """Publish the head to the anchor file (at most every ``anchor_seconds``); a failure is logged, not raised."""
        if self.anchor_path is None or (self._anchored_at and time.monotonic() - self._anchored_at < self.anchor_seconds):
            return
        record = {"seq": entry["seq"], "hash": entry["hash"], "time": dt.datetime.now(dt.UTC).isoformat(),
                  "signature": _sign(self._key, f"anchor:{entry['seq']}:{entry['hash']}")}  # fmt: skip
        try:
            self.anchor_path.parent.mkdir(parents=True, exist_ok=True)
            with self.anchor_path.open("a", encoding="utf-8") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                handle.write(json.dumps(record) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            self._anchored_at = time.monotonic()
        except OSError as error:
            log.error("audit anchor %s not written (retried with the next append): %s", self.anchor_path, error)

    # --- reading -------------------------------------------------------------------------
    def _raw_lines(self) -> Iterator[tuple[int, bytes]]:
        """Non-empty lines as bytes with their 1-based line number (a line without its newline is torn)."""
        if not self.path.is_file():
            return
        with self.path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.endswith(b"\n"):
                    yield number, line + b"\x00torn"  # never valid JSON: named as a bad entry
                elif line.strip():
                    yield number, line.rstrip(b"\n")

    def _entry_problem(self, raw: bytes, number: int, prev: str, redacted: tuple[str, int] | None = None) -> str:
        if raw.endswith(b"\x00torn"):
            return "incomplete last line (a write cut short; the next append repairs it)"
        try:
            entry = _parse_entry(raw)
        except _BadEntryError as bad:
            return f"not a valid audit entry: {bad}"
        if entry["seq"] != number:
            return f"sequence number {entry['seq']} where {number} was expected"
        if entry["prev"] != prev:
            return "does not follow the previous entry (deleted, inserted or moved)"
        expected = _content_hash(entry)
        if entry["hash"] != expected:
            # An erasure may have replaced erased keys in this entry: the signed erasure entry
            # (later in the chain) records the hash of exactly the redacted content.
            if redacted is None or redacted[0] != expected:
                return "content was edited (hash mismatch)"
            if redacted[1] <= number:
                return "redacted by an erasure entry that does not follow it"
        if not hmac.compare_digest(entry["signature"], _sign(self._key, entry["hash"])):
            return "signature does not match (forged or wrong key)"
        return ""

    def _read_head(self) -> tuple[dict[str, Any] | None, str]:
        """The head record and, if it is unusable, why (never raises)."""
        try:
            raw = self.head_path.read_bytes()
        except FileNotFoundError:
            return None, ""
        except OSError as error:
            return None, f"head record unreadable ({error.strerror or error})"
        seen = self._head_seen
        if seen is not None and seen[0] == raw:  # the bytes last read (or written) and found good
            return seen[1], ""
        try:
            head = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
        except (UnicodeDecodeError, json.JSONDecodeError, _BadEntryError, RecursionError):
            return None, "head record is not valid JSON"
        if not (isinstance(head, dict) and isinstance(head.get("seq"), int) and not isinstance(head.get("seq"), bool)
                and isinstance(head.get("hash"), str) and isinstance(head.get("signature"), str)):  # fmt: skip
            return None, "head record is malformed"
        if not hmac.compare_digest(head["signature"], _sign(self._key, f"{head['seq']}:{head['hash']}")):
            return None, "head record signature does not match (a different ADHERENCE_AUDIT_KEY, or a forged head)"
        self._head_seen = (raw, head)
        return head, ""

    def _read_anchor(self, path: Path | None) -> tuple[dict[int, str], str]:
        """Anchored ``seq -> hash`` (signatures checked) and, if the anchor is unusable, why."""
        if path is None:
            return {}, ""
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            return {}, f"anchor {path} does not exist"
        except OSError as error:
            return {}, f"anchor {path} unreadable ({error.strerror or error})"
        return self._read_anchor_bytes(data, path)

    def _read_anchor_bytes(self, data: bytes, path: Path) -> tuple[dict[int, str], str]:
        anchors: dict[int, str] = {}
        lines = data.split(b"\n")
        for number, raw in enumerate(lines, start=1):
            if not raw.strip() or (number == len(lines) and not data.endswith(b"\n")):
                continue  # blank, or a torn last record (a write cut short)
            try:
                record = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
                seq, digest, signature = int(record["seq"]), str(record["hash"]), str(record["signature"])
            except (UnicodeDecodeError, json.JSONDecodeError, _BadEntryError, KeyError, TypeError, ValueError, RecursionError):
                return {}, f"anchor {path} record {number} is malformed"
            if not hmac.compare_digest(signature, _sign(self._key, f"anchor:{seq}:{digest}")):
                return {}, f"anchor {path} record {number}: signature does not match"
            anchors[seq] = digest
        return anchors, ""

    def _last_anchor(self) -> tuple[int, str] | None:
        """The newest anchored ``(seq, hash)``, read from the anchor file's tail."""
        if self.anchor_path is None or not self.anchor_path.exists():
            return None
        with self.anchor_path.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - 4096))
            tail = handle.read()
        complete = tail[: tail.rfind(b"\n") + 1]
        start = complete.rfind(b"\n", 0, len(complete) - 1) + 1
        if not complete or (start == 0 and size > len(tail)):
            return None
        record = complete[start:]
        seen = self._anchor_seen
        if seen is not None and seen[0] == record:  # the record last read and found good
            return seen[1]
        anchors, problem = self._read_anchor_bytes(record, self.anchor_path)
        if problem:
            raise AuditIntegrityError(problem)
        newest = max(anchors.items()) if anchors else None
        self._anchor_seen = (record, newest)
        return newest


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error`` is a full file system or quota (the cue to free space; the log repairs itself)."""
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
