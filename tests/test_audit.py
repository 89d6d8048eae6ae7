"""The audit log detects every kind of tampering and names the first bad entry."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from adherence.audit import AuditError, AuditLog

KEY = b"test-audit-key-0123456789abcdefgh"


@pytest.fixture
def log(tmp_path: Path) -> AuditLog:
    audit = AuditLog(tmp_path / "audit.log", KEY)
    for number in range(6):
        audit.append("intervention_flag", {"patient_key": f"{number:032x}", "risk": 0.1 * number, "model": "dropoff/1"})
    return audit


def _lines(log: AuditLog) -> list[str]:
    return log.path.read_text().splitlines(keepends=True)


def _write(log: AuditLog, lines: list[str]) -> None:
    log.path.write_text("".join(lines))


@pytest.mark.verifies("REQ-AUDIT-001")
def test_untouched_log_verifies(log: AuditLog) -> None:
    result = log.verify()
    assert result.ok and result.entries == 6 and result.first_bad is None
    assert [entry["seq"] for entry in log.entries()] == [1, 2, 3, 4, 5, 6]


@pytest.mark.verifies("REQ-AUDIT-001")
def test_edit_is_caught(log: AuditLog) -> None:
    lines = _lines(log)
    entry = json.loads(lines[2])
    entry["payload"]["risk"] = 0.99
    lines[2] = json.dumps(entry) + "\n"
    _write(log, lines)
    result = log.verify()
    assert not result.ok and result.first_bad == 3 and "edited" in result.reason


@pytest.mark.verifies("REQ-AUDIT-001")
def test_deletion_is_caught(log: AuditLog) -> None:
    lines = _lines(log)
    del lines[3]
    _write(log, lines)
    assert log.verify().first_bad == 4


@pytest.mark.verifies("REQ-AUDIT-001")
def test_insertion_is_caught(log: AuditLog) -> None:
    lines = _lines(log)
    lines.insert(2, lines[1])
    _write(log, lines)
    assert log.verify().first_bad == 3


@pytest.mark.verifies("REQ-AUDIT-001")
def test_reordering_is_caught(log: AuditLog) -> None:
    lines = _lines(log)
    lines[1], lines[4] = lines[4], lines[1]
    _write(log, lines)
    assert log.verify().first_bad == 2


@pytest.mark.verifies("REQ-AUDIT-001")
def test_cutting_off_the_tail_is_caught(log: AuditLog) -> None:
    _write(log, _lines(log)[:-2])
    result = log.verify()
    assert not result.ok and result.first_bad == 5 and "head records entry 6" in result.reason


@pytest.mark.verifies("REQ-AUDIT-002")
def test_rebuilt_chain_without_the_key_is_caught(log: AuditLog, tmp_path: Path) -> None:
    forger = AuditLog(tmp_path / "forged.log", b"guessed-key")
    for entry in log.entries():
        forger.append(entry["kind"], entry["payload"])
    forger.path.replace(log.path)
    result = log.verify()
    assert not result.ok and result.first_bad == 1 and "signature" in result.reason


@pytest.mark.verifies("REQ-AUDIT-003")
def test_identity_fields_are_refused(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.log", KEY)
    with pytest.raises(AuditError, match="mrn"):
        audit.append("reminder_hour", {"decision": {"mrn": "12345678", "hour": 9}})
    assert not audit.path.exists() or audit.path.read_text() == ""


@pytest.mark.verifies("REQ-AUDIT-004")
def test_append_many_writes_all_or_nothing(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.log", KEY)
    written = audit.append_many([("reminder_hour", {"patient_key": "a", "local_hour": 9}),
                                 ("reminder_hour", {"patient_key": "b", "local_hour": 10})])  # fmt: skip
    assert [entry["seq"] for entry in written] == [1, 2] and written[1]["prev"] == written[0]["hash"]
    with pytest.raises(AuditError, match="email"):
        audit.append_many([("reminder_hour", {"patient_key": "c", "local_hour": 8}),
                           ("reminder_hour", {"patient_key": "d", "email": "x@example.org"})])  # fmt: skip
    with pytest.raises(AuditError, match="not JSON-serialisable"):
        audit.append_many([("reminder_hour", {"patient_key": "e"}), ("reminder_hour", {"when": object()})])
    assert [entry["payload"]["patient_key"] for entry in audit.entries()] == ["a", "b"]
    assert audit.verify().ok and audit.verify().entries == 2


def test_append_many_reports_entries_on_disk_before_the_head_is_rewritten(tmp_path: Path) -> None:
    """``durable`` (the service answers on it) sees its entries in the log, the head still one write behind."""
    audit = AuditLog(tmp_path / "audit.log", KEY)
    audit.append("reminder_hour", {"patient_key": "a", "local_hour": 9})
    first_head = audit.head_path.read_text()
    seen: list[tuple[list[int], list[int], int]] = []

    def durable(entries: list[dict[str, object]]) -> None:
        on_disk = [json.loads(line)["seq"] for line in audit.path.read_text().splitlines()]
        seen.append(([int(str(e["seq"])) for e in entries], on_disk, json.loads(audit.head_path.read_text())["seq"]))

    written = audit.append_many([("reminder_hour", {"patient_key": "b", "local_hour": 10})] * 2, batch="b1", durable=durable)
    assert seen == [([2, 3], [1, 2, 3], 1)] and [e["seq"] for e in written] == [2, 3]
    assert json.loads(audit.head_path.read_text())["seq"] == 3 and audit.verify().ok
    # A crash between the two (the head one write behind the log) is what the checks allow: the next append goes on.
    audit.head_path.write_text(first_head)
    assert audit.append("reminder_hour", {"patient_key": "c", "local_hour": 8})["seq"] == 4 and audit.verify().ok


def _append_many(path: str, worker: int) -> None:
    audit = AuditLog(Path(path), KEY)
    for number in range(25):
        audit.append("supply_alert", {"worker": worker, "n": number})


@pytest.mark.verifies("REQ-AUDIT-004")
def test_concurrent_writers_keep_one_valid_chain(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    workers = [multiprocessing.get_context("spawn").Process(target=_append_many, args=(str(path), w)) for w in range(3)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=60)
    result = AuditLog(path, KEY).verify()
    assert result.ok and result.entries == 75


@pytest.mark.verifies("REQ-AUDIT-001")
def test_cli_verify_names_the_first_bad_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from adherence.cli import app
    from adherence.settings import load_settings

    monkeypatch.setenv("ADHERENCE_AUDIT_KEY", KEY.decode())
    audit = AuditLog(load_settings(tmp_path).audit_log_path, KEY)
    for number in range(3):
        audit.append("supply_alert", {"batch_number": f"B{number}", "region": "US-CA"})
    runner = CliRunner()
    assert runner.invoke(app, ["audit", "verify", "--lake", str(tmp_path)]).exit_code == 0
    lines = _lines(audit)
    _write(audit, [lines[0], lines[2]])
    result = runner.invoke(app, ["audit", "verify", "--lake", str(tmp_path)])
    assert result.exit_code == 1 and "entry 2" in result.output
