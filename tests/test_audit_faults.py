"""The audit log under faults: a full disk, a torn last line, a deleted or replaced log, a failing head
write, malformed input for ``verify``, and a rollback that only an anchor outside the lake can tell.

The faults are real: a write cut short by a file-size limit (``RLIMIT_FSIZE``) in a child
process, a full tmpfs, files deleted, replaced and garbled on disk.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from adherence.audit import AuditIntegrityError, AuditLog
from serving.auditing import AuditUnavailableError, AuditWriter
from tests.conftest import fill_disk, small_disk_at

KEY = b"test-audit-key-0123456789abcdefgh"


def _fill(audit: AuditLog, count: int = 3, start: int = 0) -> None:
    for number in range(start, start + count):
        audit.append("reminder_hour", {"patient_key": f"{number:032x}", "local_hour": 9})


def _payload_keys(audit: AuditLog) -> list[str]:
    return [entry["payload"].get("patient_key", entry["kind"]) for entry in audit.entries()]


def _wait_for(condition: object, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    log = AuditLog(tmp_path / "audit" / "audit.log", KEY)
    _fill(log)
    return log


# --- a write cut short, a full disk ------------------------------------------------------------
CUT_SHORT = """
import resource, signal, sys
from pathlib import Path
from adherence.audit import AuditLog
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # beyond the limit: EFBIG, as a full disk gives ENOSPC
path = Path(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size + 100, resource.RLIM_INFINITY))
try:
    AuditLog(path, b"test-audit-key-0123456789abcdefgh").append_many(
        [("reminder_hour", {"patient_key": f"{n:032x}", "local_hour": 7}) for n in range(100, 103)], batch="b-1")
except OSError as error:
    print(error.errno)
"""


def test_a_write_cut_short_is_repaired_and_the_retry_writes_each_entry_once(audit: AuditLog) -> None:
    result = subprocess.run([sys.executable, "-c", CUT_SHORT, str(audit.path)], capture_output=True, text=True, check=True,
                            timeout=60)  # fmt: skip
    assert result.stdout.strip() == "27"  # EFBIG: the write stopped part-way
    assert not audit.path.read_bytes().endswith(b"\n")  # a torn last line is on disk
    torn = audit.verify()
    assert not torn.ok and torn.first_bad == 4 and "incomplete last line" in torn.reason
    retried = audit.append_many([("reminder_hour", {"patient_key": f"{n:032x}", "local_hour": 7}) for n in range(100, 103)],
                                batch="b-1")  # fmt: skip
    assert [entry["payload"]["patient_key"][-3:] for entry in retried] == ["064", "065", "066"]
    kinds = [entry["kind"] for entry in audit.entries()]
    assert kinds == ["reminder_hour"] * 3 + ["log_repaired"] + ["reminder_hour"] * 3
    repaired = next(entry for entry in audit.entries() if entry["kind"] == "log_repaired")
    assert repaired["payload"]["truncated_bytes"] == 100 and repaired["payload"]["reason"] == "torn last line"
    assert audit.verify().ok and audit.verify().entries == 7


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KiB tmpfs (needs root; skipped where mounting is not allowed)."""
    with small_disk_at(tmp_path / "disk") as disk:
        yield disk


def test_full_disk_refuses_decisions_then_recovers_by_itself_once_space_is_freed(small_disk: Path) -> None:
    log = AuditLog(small_disk / "audit" / "audit.log", KEY)
    _fill(log, 2)
    filler = fill_disk(small_disk)
    writer = AuditWriter(log)
    decisions = [("intervention_flag", {"patient_key": f"{n:032x}", "risk": 0.9, "note": "y" * 5000}) for n in range(10, 13)]
    pending = writer.append(decisions)
    assert _wait_for(lambda: writer.error is not None)
    assert "No space left" in str(writer.error)
    with pytest.raises(AuditUnavailableError):  # every decision refused (503) while the disk is full
        writer.append([("reminder_hour", {"patient_key": "0" * 32, "local_hour": 9})])
    filler.unlink()  # the operator frees space: nothing else is needed
    written = pending.result(timeout=10)
    writer.close()
    assert writer.error is None and len(written) == 3
    entries = list(log.entries())
    assert [e["payload"].get("patient_key", "")[-2:] for e in entries if e["kind"] == "intervention_flag"] == ["0a", "0b", "0c"]
    assert log.verify().ok


# --- a complete line that no writer wrote is evidence, never "repaired" ---------------------------
def _replace_last(audit: AuditLog) -> None:
    lines = audit.path.read_bytes().split(b"\n")
    lines[-2] = b'{"seq": 3, "garbled": true}'  # the entry the head records, overwritten
    audit.path.write_bytes(b"\n".join(lines))


COMPLETE_BUT_BAD = {
    "last entry overwritten": _replace_last,
    "a line appended": lambda audit: audit.path.write_bytes(audit.path.read_bytes() + b"not an entry\n"),
    "zeros and a newline": lambda audit: audit.path.write_bytes(audit.path.read_bytes() + b"\x00" * 300 + b"\n"),
}


@pytest.mark.parametrize("damage", COMPLETE_BUT_BAD)
def test_a_complete_bad_last_line_is_refused_and_left_untouched(audit: AuditLog, damage: str) -> None:
    """A writer's lines are whole or torn (no newline): a whole bad line was written by something else.

    Truncating it as a "torn last line" would destroy the evidence (an entry the head records,
    or whatever was injected) and, for an overwritten last entry, leave the log refused anyway.
    """
    COMPLETE_BUT_BAD[damage](audit)
    before = audit.path.read_bytes()
    named = audit.verify()
    assert not named.ok and named.first_bad in (3, 4) and "not a valid audit entry" in named.reason
    with pytest.raises(AuditIntegrityError, match="not a valid entry"):
        _fill(audit, 1, start=40)
    assert audit.path.read_bytes() == before  # nothing truncated, nothing appended
    assert "log_repaired" not in [entry["kind"] for entry in audit.entries()]


# --- a deleted, emptied or replaced log -------------------------------------------------------
@pytest.mark.parametrize("damage", ["deleted", "emptied", "folder"])
def test_a_lost_log_is_refused_never_restarted(audit: AuditLog, damage: str) -> None:
    if damage == "deleted":
        audit.path.unlink()
    elif damage == "emptied":
        audit.path.write_bytes(b"")
    else:
        audit.path.unlink()
        audit.path.mkdir()
    with pytest.raises((AuditIntegrityError, IsADirectoryError), match=r"missing|Is a directory"):
        _fill(audit, 1, start=50)
    writer = AuditWriter(audit)
    refused = writer.append([("reminder_hour", {"patient_key": "f" * 32, "local_hour": 9})])
    assert _wait_for(lambda: writer.error is not None)
    with pytest.raises(AuditUnavailableError):
        writer.append([("reminder_hour", {"patient_key": "e" * 32, "local_hour": 9})])
    writer.close(timeout=5)
    assert refused.exception(timeout=5) is not None
    assert not audit.path.is_file() or audit.path.read_bytes() == b""  # nothing was started over it


def test_a_log_replaced_by_a_shorter_genuine_copy_is_refused(audit: AuditLog, tmp_path: Path) -> None:
    copy = tmp_path / "copy.log"
    shutil.copy(audit.path, copy)
    _fill(audit, 2, start=10)
    shutil.copy(copy, audit.path)
    with pytest.raises(AuditIntegrityError, match="head records entry 5"):
        _fill(audit, 1, start=20)


# --- a failing head write ---------------------------------------------------------------------
def test_a_failing_head_write_never_duplicates_entries(audit: AuditLog) -> None:
    # The head's temporary file cannot be created (a folder holds its name), as in a read-only folder.
    blocker = audit.head_path.with_name(f".{audit.head_path.name}.{os.getpid()}.tmp")
    blocker.mkdir()
    writer = AuditWriter(audit)
    pending = writer.append([("intervention_flag", {"patient_key": "a" * 32, "risk": 0.8})])
    assert _wait_for(lambda: writer.failures >= 3, timeout=10)  # retried every second
    assert _payload_keys(audit).count("a" * 32) == 1  # the entry is on disk once, however many retries
    blocker.rmdir()
    assert len(pending.result(timeout=10)) == 1
    writer.close()
    assert _payload_keys(audit).count("a" * 32) == 1 and audit.verify().ok


def test_two_writers_retrying_after_failed_head_writes_never_duplicate(audit: AuditLog) -> None:
    """Two workers share the log; while the head cannot be written, each retry finds the other's lines after its own."""
    other = AuditLog(audit.path, KEY)
    blocker = audit.head_path.with_name(f".{audit.head_path.name}.{os.getpid()}.tmp")
    blocker.mkdir()
    for writer, batch in [(audit, "a"), (other, "b")] * 3:
        with pytest.raises(OSError):
            writer.append_many([("reminder_hour", {"patient_key": batch * 32, "local_hour": 9})], batch=batch)
    blocker.rmdir()
    assert len(audit.append_many([("reminder_hour", {"patient_key": "a" * 32, "local_hour": 9})], batch="a")) == 1
    assert len(other.append_many([("reminder_hour", {"patient_key": "b" * 32, "local_hour": 9})], batch="b")) == 1
    assert _payload_keys(audit).count("a" * 32) == 1 and _payload_keys(audit).count("b" * 32) == 1
    assert audit.verify().ok and audit.verify().entries == 5


# --- verify names every malformed input ------------------------------------------------------
def _rewrite(audit: AuditLog, number: int, change: object) -> None:
    lines = audit.path.read_bytes().split(b"\n")
    lines[number - 1] = change(lines[number - 1]) if callable(change) else change  # type: ignore[assignment]
    audit.path.write_bytes(b"\n".join(lines))


def _edit(field: str, value: object) -> object:
    def change(line: bytes) -> bytes:
        entry = json.loads(line)
        entry[field] = value
        return json.dumps(entry, sort_keys=True, separators=(",", ":")).encode()

    return change


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (b"\xff\xfe not utf-8", "not valid UTF-8"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "not a JSON object"),
        (_edit("signature", None), "field 'signature' is not a str"),
        (_edit("seq", True), "field 'seq' is not an integer"),
        (_edit("added", "x"), "unexpected field(s) ['added']"),
        (lambda line: line[:-1] + b',"payload":{"patient_key":"x"}}', "duplicate field 'payload'"),
        (lambda line: line.replace(b'"local_hour":9', b'"local_hour":9,"local_hour":3'), "duplicate field 'local_hour'"),
        (_edit("kind", "supply_alert"), "content was edited"),
        (b"[" * 100_000, "JSON nested too deeply"),  # json's decoder recurses per bracket: was a RecursionError
    ],
)
def test_verify_names_each_malformed_entry(audit: AuditLog, damage: object, reason: str) -> None:
    _rewrite(audit, 2, damage)
    result = audit.verify()
    assert not result.ok and result.first_bad == 2 and reason in result.reason


BAD_HEADS = [(b"\x00\xff garbage", "head record is not valid JSON"), (b'{"seq": 3}', "head record is malformed"),
             (b'{"seq": 3, "hash": "0", "signature": "0"}', "head record signature"),
             (b"[" * 100_000, "head record is not valid JSON")]  # fmt: skip


@pytest.mark.parametrize(("head", "reason"), BAD_HEADS)
def test_verify_names_a_bad_head(audit: AuditLog, head: bytes, reason: str) -> None:
    audit.head_path.write_bytes(head)
    result = audit.verify()
    assert not result.ok and reason in result.reason


def test_a_head_behind_the_log_after_a_crash_verifies(audit: AuditLog) -> None:
    head = audit.head_path.read_bytes()
    _fill(audit, 1, start=9)
    audit.head_path.write_bytes(head)  # as if killed between the entry's fsync and the head write
    assert audit.verify().ok
    _fill(audit, 1, start=10)  # the next append moves the head on
    assert json.loads(audit.head_path.read_text())["seq"] == 5 and audit.verify().ok


# --- the anchor outside the lake ------------------------------------------------------------
@pytest.fixture
def anchored(tmp_path: Path) -> AuditLog:
    log = AuditLog(tmp_path / "lake" / "audit" / "audit.log", KEY, anchor=tmp_path / "elsewhere" / "anchor.jsonl",
                   anchor_seconds=0)  # fmt: skip
    _fill(log, 3)
    return log


def test_a_wiped_log_and_head_are_caught_by_the_anchor(anchored: AuditLog) -> None:
    anchored.path.unlink()
    anchored.head_path.unlink()
    assert AuditLog(anchored.path, KEY).verify().ok  # without the anchor, nothing can tell
    result = anchored.verify()
    assert not result.ok and "anchor records entry 3" in result.reason
    with pytest.raises(AuditIntegrityError, match="missing"):
        _fill(anchored, 1, start=7)


def _roll_back(audit: AuditLog, saved: Path) -> None:
    """Keep a copy of the log and its head, append two entries, then put the older genuine pair back."""
    saved.mkdir()
    for path in (audit.path, audit.head_path):
        shutil.copy(path, saved / path.name)
    _fill(audit, 2, start=3)
    for path in (audit.path, audit.head_path):
        shutil.copy(saved / path.name, path)


def test_an_older_genuine_log_and_head_restored_are_caught_by_the_anchor(anchored: AuditLog, tmp_path: Path) -> None:
    _roll_back(anchored, tmp_path / "saved")
    assert AuditLog(anchored.path, KEY).verify().ok  # an older genuine pair: intact on its own
    result = anchored.verify()
    assert not result.ok and "anchor records entry 5" in result.reason and "rolled back" in result.reason
    with pytest.raises(AuditIntegrityError, match="anchor records entry 5"):
        _fill(anchored, 1, start=8)


def test_a_forged_anchor_is_named(anchored: AuditLog) -> None:
    assert anchored.anchor_path is not None
    with anchored.anchor_path.open("a") as handle:
        handle.write(json.dumps({"seq": 9, "hash": "0" * 64, "signature": "0" * 64}) + "\n")
    result = anchored.verify()
    assert not result.ok and "signature does not match" in result.reason


def test_a_deleted_anchor_is_never_recreated_over_a_rolled_back_log(anchored: AuditLog, tmp_path: Path) -> None:
    """Deleting the anchor beside a rollback must not let the next append anchor the older log as genuine."""
    assert anchored.anchor_path is not None
    _roll_back(anchored, tmp_path / "saved")
    anchored.anchor_path.unlink()
    with pytest.raises(AuditIntegrityError, match=r"anchor .* does not exist but .* has entries"):
        _fill(anchored, 1, start=8)
    assert not anchored.anchor_path.exists() and anchored.verify().reason.endswith("does not exist")
    anchored.anchor_path.touch()  # the documented way to start anchoring a log that has entries
    _fill(anchored, 1, start=8)
    assert anchored.verify().ok and anchored.verify().anchored == 4


def test_a_deeply_nested_anchor_record_is_named(anchored: AuditLog) -> None:
    assert anchored.anchor_path is not None
    with anchored.anchor_path.open("ab") as handle:
        handle.write(b"[" * 100_000 + b"\n")
    result = anchored.verify()
    assert not result.ok and "record 4 is malformed" in result.reason


def test_cli_verify_with_an_anchor_names_a_rollback(anchored: AuditLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from adherence.cli import app

    assert anchored.anchor_path is not None
    monkeypatch.setenv("ADHERENCE_AUDIT_KEY", KEY.decode())
    lake = tmp_path / "lake"
    runner = CliRunner()
    ok = runner.invoke(app, ["audit", "verify", "--lake", str(lake), "--anchor", str(anchored.anchor_path)])
    assert ok.exit_code == 0 and "anchored up to entry 3" in " ".join(ok.output.split())
    anchored.head_path.write_bytes(b"\xff garbage")
    garbled = runner.invoke(app, ["audit", "verify", "--lake", str(lake)])
    assert garbled.exit_code == 1 and "head record is not valid JSON" in garbled.output
    anchored.path.unlink()
    anchored.head_path.unlink()
    wiped = runner.invoke(app, ["audit", "verify", "--lake", str(lake), "--anchor", str(anchored.anchor_path)])
    assert wiped.exit_code == 1 and "anchor records entry 3" in wiped.output
    # an anchor path that names no file: a configuration error (exit 2), never "intact"
    missing = runner.invoke(app, ["audit", "verify", "--lake", str(lake), "--anchor", str(tmp_path / "no.anchor")])
    assert missing.exit_code == 2 and "does not exist" in " ".join(missing.output.split())


def test_unanchored_cli_verify_says_so(audit: AuditLog, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from adherence.cli import app

    monkeypatch.setenv("ADHERENCE_AUDIT_KEY", KEY.decode())
    monkeypatch.delenv("ADHERENCE_AUDIT_ANCHOR", raising=False)
    result = CliRunner().invoke(app, ["audit", "verify", "--lake", str(audit.path.parents[1])])
    assert result.exit_code == 0 and "no anchor" in " ".join(result.output.split())


def test_payload_shape_is_unchanged_for_old_entries(tmp_path: Path) -> None:
    """Entries written before the batch id existed (hash over the same canonical entry) still verify."""
    import hashlib
    import hmac

    entry = {"seq": 1, "time": "2026-01-01T00:00:00+00:00", "kind": "supply_alert", "payload": {"b": 1}, "prev": "0" * 64}
    digest = hashlib.sha256(json.dumps(entry, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
    entry |= {"hash": digest, "signature": hmac.new(KEY, digest.encode(), hashlib.sha256).hexdigest()}
    path = tmp_path / "audit.log"
    path.write_text(json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n")
    head = {"seq": 1, "hash": digest, "signature": hmac.new(KEY, f"1:{digest}".encode(), hashlib.sha256).hexdigest()}
    (tmp_path / "audit.log.head").write_text(json.dumps(head))
    old = AuditLog(path, KEY)
    assert old.verify().ok
    old.append("supply_alert", {"b": 2})
    assert old.verify().ok and old.verify().entries == 2


def test_answers_wait_for_their_audit_entry_to_be_on_disk_by_default() -> None:
    from serving.config import ServeConfig

    assert ServeConfig().audit_wait and ServeConfig.from_env({}).audit_wait
    assert not ServeConfig.from_env({"ADHERENCE_SERVE_AUDIT_WAIT": "0"}).audit_wait  # queued: an explicit opt-in
