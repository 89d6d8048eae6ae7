"""Append-only, hash-chained, HMAC-signed audit log of decisions that influence patients.

Each line is one JSON entry::

    {"seq": 7, "time": "...", "kind": "intervention_flag", "payload": {...},
     "prev": "<hash of entry 6>", "hash": "<sha256 of this entry's content>",
     "signature": "<HMAC-SHA256(audit key, hash)>"}

The chain (``prev``) catches deletion, insertion and reordering; the hash catches
edits; the signature stops anyone without the key from recomputing a consistent chain.
A signed head file records the last entry, so cutting entries off the end is caught too.
Entries carry pseudonymous keys only: fields that name patients directly are refused.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import hmac
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
MAX_ENTRY_BYTES = 16_384  # decisions are small; a bound keeps reading the tail cheap
#: Field names that would carry identity; an audit payload must never contain them.
FORBIDDEN_FIELDS = frozenset(
    {"mrn", "full_name", "name", "date_of_birth", "phone", "email", "street_address", "address", "zip5", "device_id"}
)


class AuditError(ValueError):
    """An entry that may not be written (it would carry identity or is not JSON)."""


@dataclass(frozen=True)
class Verification:
    """Outcome of ``verify``: ``first_bad`` is the 1-based line of the first bad entry."""

    ok: bool
    entries: int
    first_bad: int | None = None
    reason: str = ""


def _content_hash(entry: Mapping[str, Any]) -> str:
    content = {key: entry[key] for key in ("seq", "time", "kind", "payload", "prev")}
    return hashlib.sha256(json.dumps(content, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _sign(key: bytes, digest: str) -> str:
    return hmac.new(key, digest.encode(), hashlib.sha256).hexdigest()


def _check_payload(payload: Mapping[str, Any]) -> None:
    def walk(value: Any, path: str) -> None:
        if isinstance(value, Mapping):
            for name, inner in value.items():
                if str(name).lower() in FORBIDDEN_FIELDS:
                    raise AuditError(f"audit payload field {path}{name!s} would carry patient identity")
                walk(inner, f"{path}{name!s}.")
        elif isinstance(value, list | tuple):
            for inner in value:
                walk(inner, path)

    walk(payload, "")


class AuditLog:
    """One audit log file; safe for several processes appending at once (``flock``)."""

    def __init__(self, path: Path, key: bytes):
        self.path = Path(path)
        self.head_path = self.path.with_name(self.path.name + ".head")
        self._key = key

    def append(self, kind: str, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Sign and append one entry; returns it."""
        return self.append_many([(kind, payload)])[0]

    def append_many(self, items: Sequence[tuple[str, Mapping[str, Any]]]) -> list[dict[str, Any]]:
        """Sign and append ``(kind, payload)`` entries in order, under one lock and one fsync; returns them.

        All or nothing: a payload that may not be written stops the call before anything is.
        """
        for _, payload in items:
            _check_payload(payload)
        if not items:
            return []
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                seq, prev = self._last(handle)
                now = dt.datetime.now(dt.UTC).isoformat()
                entries, lines = [], []
                for kind, payload in items:
                    seq += 1
                    entry: dict[str, Any] = {"seq": seq, "time": now, "kind": kind, "payload": dict(payload), "prev": prev}
                    try:
                        entry["hash"] = prev = _content_hash(entry)
                        entry["signature"] = _sign(self._key, entry["hash"])
                        line = json.dumps(entry, sort_keys=True, separators=(",", ":"))
                    except TypeError as exc:
                        raise AuditError(f"audit payload is not JSON-serialisable: {exc}") from exc
                    if len(line) > MAX_ENTRY_BYTES:
                        raise AuditError(f"audit entry of {len(line)} bytes exceeds {MAX_ENTRY_BYTES}")
                    entries.append(entry)
                    lines.append(line + "\n")
                handle.write("".join(lines))
                handle.flush()
                os.fsync(handle.fileno())
                self._write_head(entries[-1])
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        return entries

    def entries(self) -> Iterator[dict[str, Any]]:
        """Every entry in file order (no verification)."""
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)

    def verify(self) -> Verification:
        """Walk the chain; name the first entry that was edited, inserted, moved or removed."""
        prev, count = GENESIS, 0
        for number, line in enumerate(self._lines(), start=1):
            try:
                entry = json.loads(line)
                expected_hash = _content_hash(entry)
            except (json.JSONDecodeError, KeyError, TypeError):
                return Verification(False, count, number, "not a valid audit entry")
            if entry["seq"] != number:
                return Verification(False, count, number, f"sequence number {entry['seq']} where {number} was expected")
            if entry["prev"] != prev:
                return Verification(False, count, number, "does not follow the previous entry (deleted, inserted or moved)")
            if entry.get("hash") != expected_hash:
                return Verification(False, count, number, "content was edited (hash mismatch)")
            if not hmac.compare_digest(entry.get("signature", ""), _sign(self._key, expected_hash)):
                return Verification(False, count, number, "signature does not match (forged or wrong key)")
            prev, count = expected_hash, number
        head = self._read_head()
        if head is None:
            return Verification(count == 0, count, None if count == 0 else count, "" if count == 0 else "head record missing")
        if head.get("signature") != _sign(self._key, f"{head.get('seq')}:{head.get('hash')}"):
            return Verification(False, count, None, "head record signature does not match")
        if (head["seq"], head["hash"]) != (count, prev):
            return Verification(False, count, count + 1, f"log ends at entry {count} but the head records entry {head['seq']}")
        return Verification(True, count)

    # --- internals ----------------------------------------------------------------------
    def _lines(self) -> Iterator[str]:
        if self.path.exists():
            with self.path.open(encoding="utf-8") as handle:
                yield from (line for line in handle if line.strip())

    def _last(self, handle: Any) -> tuple[int, str]:
        """Sequence number and hash of the last entry (read backwards from the end)."""
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        if size == 0:
            return 0, GENESIS
        block = min(size, 2 * MAX_ENTRY_BYTES)
        handle.seek(size - block)
        last = handle.read(block).rstrip("\n").rsplit("\n", 1)[-1]
        entry = json.loads(last)
        return int(entry["seq"]), str(entry["hash"])

    def _write_head(self, entry: Mapping[str, Any]) -> None:
        head = {"seq": entry["seq"], "hash": entry["hash"], "signature": _sign(self._key, f"{entry['seq']}:{entry['hash']}")}
        temporary = self.head_path.with_suffix(".tmp")
        temporary.write_text(json.dumps(head))
        temporary.replace(self.head_path)

    def _read_head(self) -> dict[str, Any] | None:
        if not self.head_path.exists():
            return None
        loaded: dict[str, Any] = json.loads(self.head_path.read_text())
        return loaded
