"""Round 28 (issue 18, serving duties): the audit writer keeps the end of the chain in memory, and the
prediction log is built column-wise; every duty holds.

- Two writers sharing one log (two workers) interleave appends; each append by a writer that
  wrote last reads no tail back (``_known_tail``), one after the other's appends parses only the
  last line; the chain verifies and the head follows.
- Anything that changed the log behind a writer's back (its last line edited to the same length,
  a line appended that no writer wrote, the log replaced by a shorter genuine copy, a torn line)
  is still found: refused, repaired or read from the file, as before.
- An entry's line is the canonical text of the entry (the single-pass signing gives the same bytes).
- A decision's audit entry is on disk before its answer is given (``Answer.settle``, the service's order).
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

from adherence import audit as audit_module
from adherence.audit import AuditIntegrityError, AuditLog, _canonical, _content_hash
from serving.auditing import AuditWriter

KEY = b"round28-audit-key-0123456789abcdef"


def _reminder(number: int) -> tuple[str, dict[str, Any]]:
    return "reminder_hour", {"patient_key": f"{number:032x}", "local_hour": number % 24}


def _tail_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the slow path's reads of the log's tail."""
    calls: list[str] = []
    for name in ("_tail", "_repair_tail"):
        original = getattr(AuditLog, name)

        def counted(self: AuditLog, *args: Any, _original: Any = original, _name: str = name) -> Any:
            calls.append(_name)
            return _original(self, *args)

        monkeypatch.setattr(AuditLog, name, counted)
    return calls


@pytest.mark.verifies("REQ-AUDIT-005")
def test_two_writers_interleaving_keep_one_verified_chain_without_rereading_their_own_tail(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    path = tmp_path / "audit" / "audit.log"
    first, second = AuditLog(path, KEY), AuditLog(path, KEY)
    first.append(*_reminder(0))  # a new log: read from the file
    reads = _tail_reads(monkeypatch)
    for number in range(1, 6):
        first.append(*_reminder(number))  # the last writer: nothing read back
    assert reads == []
    second.append(*_reminder(6))  # never wrote: reads the tail
    assert reads == ["_repair_tail", "_tail"]
    reads.clear()
    for number in range(7, 27):
        (first if number % 3 else second).append_many([_reminder(number), _reminder(number + 100)])
    assert reads == []  # after the other's lines: only their last line is parsed
    checked = AuditLog(path, KEY).verify()
    assert checked.ok and checked.entries == 1 + 5 + 1 + 40
    head = json.loads(first.head_path.read_text())
    assert head["seq"] == 47 and [entry["seq"] for entry in AuditLog(path, KEY).entries()] == list(range(1, 48))


def _rewrite_last(path: Path, change: Any) -> None:
    lines = path.read_bytes().split(b"\n")
    lines[-2] = change(lines[-2])
    path.write_bytes(b"\n".join(lines))


def _same_length_other_hash(line: bytes) -> bytes:
    entry = json.loads(line)
    entry["hash"] = ("0" if entry["hash"][0] != "0" else "1") + entry["hash"][1:]
    return _canonical(entry).encode()


@pytest.mark.verifies("REQ-AUDIT-005")
@pytest.mark.parametrize(
    ("damage", "error"),
    [
        ("last line edited, same length", "not the one the head records"),
        ("a line appended", "not a valid entry"),
        ("replaced by a shorter genuine copy", "head records entry 4"),
    ],
)
def test_a_log_changed_behind_the_writers_back_is_still_refused(tmp_path: Path, damage: str, error: str) -> None:
    path = tmp_path / "audit.log"
    log = AuditLog(path, KEY)
    log.append(*_reminder(1))
    log.append(*_reminder(2))
    copy = tmp_path / "copy.log"
    shutil.copy(path, copy)
    log.append_many([_reminder(3), _reminder(4)])
    size = path.stat().st_size
    if damage == "last line edited, same length":
        _rewrite_last(path, _same_length_other_hash)
        assert path.stat().st_size == size
    elif damage == "a line appended":
        path.write_bytes(path.read_bytes() + b"not an entry\n")
    else:
        shutil.copy(copy, path)  # the same file (inode), shorter
    before = path.read_bytes()
    with pytest.raises(AuditIntegrityError, match=error):
        log.append(*_reminder(5))
    assert path.read_bytes() == before  # nothing appended after a log it cannot vouch for


@pytest.mark.verifies("REQ-AUDIT-005")
def test_a_torn_line_after_the_writers_own_is_repaired_as_before(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    log = AuditLog(path, KEY)
    log.append(*_reminder(1))
    with path.open("ab") as handle:
        handle.write(b'{"seq": 2, "time": "cut sh')  # another writer's write cut short
    log.append(*_reminder(2))
    kinds = [entry["kind"] for entry in log.entries()]
    assert kinds == ["reminder_hour", "log_repaired", "reminder_hour"] and log.verify().ok


@pytest.mark.verifies("REQ-AUDIT-005")
def test_a_deleted_or_emptied_log_is_refused_though_the_writer_remembers_its_end(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    log = AuditLog(path, KEY)
    log.append(*_reminder(1))
    path.write_bytes(b"")
    with pytest.raises(AuditIntegrityError, match="missing"):
        log.append(*_reminder(2))
    path.unlink()
    with pytest.raises(AuditIntegrityError, match="missing"):
        log.append(*_reminder(3))


@pytest.mark.verifies("REQ-AUDIT-005")
def test_the_single_pass_line_is_the_canonical_entry(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.log", KEY)
    payloads = [{"request_id": "r\"1\u2028", "decisions": [{"patient_key": "é" * 3, "risk": 0.1 + n / 7, "intervene": True}
                                                           for n in range(5)], "threshold": 0.5, "none": None}]  # fmt: skip
    entries = log.append_many([("intervention_flag", payload) for payload in payloads] + [_reminder(7)])
    lines = (tmp_path / "audit.log").read_bytes().splitlines()
    for entry, line in zip(entries, lines, strict=True):
        assert line.decode() == _canonical(entry)
        content = {key: value for key, value in entry.items() if key not in ("hash", "signature")}
        assert entry["hash"] == _content_hash(content) and entry["signature"] == audit_module._sign(KEY, entry["hash"])
    assert log.verify().ok


@pytest.mark.verifies("REQ-AUDIT-005")
def test_the_writer_thread_answers_only_once_the_entries_are_on_disk(tmp_path: Path) -> None:
    """The caller's future is settled after the fsync of its lines: on disk when the answer may leave."""
    path = tmp_path / "audit.log"
    log = AuditLog(path, KEY)
    synced: list[int] = []
    fsync = audit_module.os.fsync

    def counting(descriptor: int) -> None:
        fsync(descriptor)
        synced.append(descriptor)

    writer = AuditWriter(log)
    try:
        audit_module.os.fsync = counting  # type: ignore[assignment]
        done = threading.Event()
        futures = [writer.append([_reminder(n)]) for n in range(20)]
        for future in futures:
            future.add_done_callback(lambda f: done.set())
            entries = future.result(timeout=10)
            assert synced, "answered before any fsync"
            keys = {entry["payload"]["patient_key"] for entry in AuditLog(path, KEY).entries()}
            assert entries[0]["payload"]["patient_key"] in keys
    finally:
        audit_module.os.fsync = fsync  # type: ignore[assignment]
        writer.close()
    assert AuditLog(path, KEY).verify().ok


@pytest.mark.verifies("REQ-AUDIT-005")
def test_a_head_left_to_later_is_written_once_nothing_waits_and_never_moves_back(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    first, second = AuditLog(path, KEY), AuditLog(path, KEY)
    first.append(*_reminder(1))
    first.append_many([_reminder(2)], head_now=lambda: False)
    assert json.loads(first.head_path.read_text())["seq"] == 1  # left to later: the head is behind, which verifies
    assert AuditLog(path, KEY).verify().ok
    first.catch_up_head()
    assert json.loads(first.head_path.read_text())["seq"] == 2
    first.append_many([_reminder(3)], head_now=lambda: False)
    second.append(*_reminder(4))  # another writer's append writes a later head
    first.catch_up_head()  # never back to entry 3
    assert json.loads(first.head_path.read_text())["seq"] == 4 and AuditLog(path, KEY).verify().ok


@pytest.mark.verifies("REQ-AUDIT-005")
def test_the_writer_thread_brings_the_head_up_to_its_last_entry(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    writer = AuditWriter(AuditLog(path, KEY))
    release = threading.Event()
    busy = writer.call(release.wait, 10)
    futures = [writer.append([_reminder(n)]) for n in range(30)]
    release.set()
    assert busy.result(timeout=10) is True
    for future in futures:
        future.result(timeout=10)
    def head_seq() -> int:
        head = tmp_path / "audit.log.head"
        return json.loads(head.read_text())["seq"] if head.is_file() else 0

    pause = threading.Event()
    for _ in range(100):  # written once nothing waits, without another append or close
        if head_seq() == 30:
            break
        pause.wait(0.05)
    assert head_seq() == 30
    more = writer.append([_reminder(99)])
    writer.close()
    assert more.done() and json.loads((tmp_path / "audit.log.head").read_text())["seq"] == 31
    assert AuditLog(path, KEY).verify().ok


@pytest.mark.verifies("REQ-SERVE-002")
def test_snapshot_times_are_logged_to_the_microsecond_as_before() -> None:
    from adherence.prediction_log import _microseconds

    stamps = [1_764_000_000.0000005, 1_764_000_000.0000015, 1_764_000_000.123456, 0.0, 1.5e-6, 2.5e-6]
    expected = [round(stamp * 1_000_000) for stamp in stamps]
    assert _microseconds(stamps).to_pylist() == expected
    assert _microseconds([*stamps, None]).to_pylist() == [*expected, None]
    assert _microseconds([]).to_pylist() == []


@pytest.mark.verifies("REQ-SERVE-002")
def test_logged_segments_keep_every_value_and_statistics_for_all_but_the_features(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from adherence.prediction_log import Entry, PredictionLog, read_log

    types = {"x": "float64", "n": "int64", "s": "string", "b": "bool"}
    log = PredictionLog(tmp_path, {"dropoff": types}, flush_seconds=60)
    log.append(Entry("dropoff", "r1", 1_764_000_000.25, "1", {"risk": [0.25, None], "intervene": [True, False],
                     "on_therapy": [True, False]}, {"x": [0.1, float("nan")], "n": [3, None], "s": ["a", None],
                     "b": [True, None]}, 0.5, patient_keys=["k1", "k2"],
                     features_as_of=[1_764_000_000.0000005, None]))  # fmt: skip
    log.close()
    frame = read_log(tmp_path, "dropoff")
    assert frame.patient_key.tolist() == ["k1", "k2"] and frame["features.x"].iloc[0] == 0.1
    assert frame["features.n"].iloc[0] == 3 and frame["features.s"].iloc[0] == "a" and frame["features.b"].iloc[0]
    assert frame["champion_output.intervene"].tolist() == [True, False]
    assert frame.features_as_of.iloc[0].value == 1_764_000_000_000_000_000
    assert frame.features_as_of.isna().tolist() == [False, True]
    segment = next(tmp_path.rglob("*.parquet"))
    table = pq.read_table(segment)
    x = table.column("features").combine_chunks().field("x")
    assert x.null_count == 0 and x.to_pylist()[1] != x.to_pylist()[1]  # a NaN stays a NaN, not a null
    assert table.column("features").combine_chunks().field("n").to_pylist() == [3, None]
    group = pq.ParquetFile(segment).metadata.row_group(0)
    with_statistics = {group.column(i).path_in_schema for i in range(group.num_columns) if group.column(i).is_stats_set}
    assert {"time", "request_id", "patient_key", "features_as_of", "champion_output.risk"} <= with_statistics
    assert not any(path.startswith("features.") for path in with_statistics)
