"""Erasure (issue 19): a deleted patient disappears from every store, and a killed erasure is finished.

Each end-to-end test takes a copy of the trained lake, serves a patient through the real
service engine (prediction log and audit log written by the service's own code), writes a
research extract, runs the real ``adherence erase`` command in a subprocess and then looks
for the patient everywhere: in every Parquet file of the lake (de-identified and feature
tables, prediction log, extracts), through Feast (``get_historical_features`` and
``get_online_features``), in the raw bytes of every other file (the SQLite online store, the
audit log, the journal and the ledger) and among Redis' keys. Before the erasure each place
must hold the patient, so the checks can fail.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from adherence import catalog, erasure
from adherence.audit import ERASURE, REDACTED, AuditLog
from adherence.cli import app
from adherence.prediction_log import read_log
from adherence.settings import load_settings
from features import materialize as fm
from features.deid.export import export, record_extract
from features.deid.keys import patient_key, research_id
from features.silver import read_table
from models.registry import connect
from serving.config import ServeConfig
from serving.engine import Engine
from tests.conftest import TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY
from tests.network import reachable

#: The patient-keyed models (the names the test searches the registry for).
PATIENT_MODELS = tuple(spec.name for spec in catalog.models() if spec.per_patient)

KEY = TEST_PSEUDONYM_KEY
#: Where erasure does not reach, by design: Silver and its quarantine are the identifiable zone
#: (the producer deletes there), truth is the simulator's and only tests read it.
IDENTIFIABLE = ("silver", "truth", "quarantine")


@dataclass
class Scene:
    lake: Path
    profile: str
    victim: str
    mrn: str
    bystander: str
    extract: Path
    delivered: Path
    project: str | None = None


def _environment(failpoint: str | None = None) -> dict[str, str]:
    env = {**os.environ, "ADHERENCE_PSEUDONYM_KEY": KEY.decode(), "ADHERENCE_AUDIT_KEY": TEST_AUDIT_KEY}
    for name in ("ADHERENCE_MLFLOW_TRACKING_URI", "MLFLOW_TRACKING_URI", "ADHERENCE_FAILPOINT", "ADHERENCE_INSECURE_DEV"):
        env.pop(name, None)
    if failpoint:
        env["ADHERENCE_FAILPOINT"] = failpoint
    return env


def _adherence(*args: str, failpoint: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, in its own process (so a failpoint can kill it)."""
    return subprocess.run([sys.executable, "-m", "adherence.cli", *args], env=_environment(failpoint), capture_output=True,
                          text=True, timeout=900)  # fmt: skip


def _needs_scaleout() -> None:
    if not (reachable(5432) and reachable(6379)):
        message = "PostgreSQL 127.0.0.1:5432 and Redis 127.0.0.1:6379 are needed"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(params=["embedded", pytest.param("scaleout", marks=pytest.mark.scaleout)])
def scene(request: pytest.FixtureRequest, trained_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Scene]:
    """A copy of the trained lake (Silver included) whose chosen patient was served, logged, audited and exported."""
    profile = request.param
    if profile == "scaleout":
        _needs_scaleout()
    for name, value in _environment().items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("ADHERENCE_MLFLOW_TRACKING_URI", raising=False)
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    lake = tmp_path / "lake"
    shutil.copytree(trained_lake, lake, ignore=shutil.ignore_patterns("feature_repo*", "prediction_log", "serving"))
    project = f"adh_erase_{uuid.uuid4().hex[:12]}" if profile == "scaleout" else None
    fm.apply(lake, profile=profile, **({"project": project} if project else {}))
    fm.materialize(lake, fm.latest_snapshot(lake), profile=profile)
    try:
        yield _serve_and_export(lake, profile, project, tmp_path)
    finally:
        if project is not None:
            import redis

            client = redis.Redis(host="127.0.0.1", port=6379)
            for name in client.scan_iter(match=b"*" + project.encode()):
                client.delete(name)
            fm.feature_store(lake, profile).registry.delete_project(project, commit=True)


def _serve_and_export(lake: Path, profile: str, project: str | None, tmp_path: Path) -> Scene:
    extract, delivered = tmp_path / "extract", tmp_path / "extract-delivered"
    export(lake, extract, KEY, 2)
    export(lake, delivered, KEY, 2)
    record_extract(lake, delivered, delivered=True)
    exported = set(pq.read_table(extract / "patients", columns=["research_id"])["research_id"].to_pylist())
    online = fm.online_features(lake, "dropoff_v1", [{"patient_key": k} for k in _feature_keys(lake)], profile=profile)
    served = [k for k, days in zip(online["patient_key"], online["days_on_therapy"], strict=True)
              if days is not None and research_id(k, KEY) in exported]  # fmt: skip
    victim, bystander = served[0], served[1]
    mrn = next(m for m in read_table(lake, "patients", ["mrn"])["mrn"].to_pylist() if patient_key(m, KEY) == victim)
    engine = Engine(load_settings(lake), ServeConfig(profile=profile, refuse_after_seconds=0), start_background=False)
    try:
        engine.dropoff([victim, bystander], single=False).settle(timeout=60)
        for key in (victim, bystander):
            engine.reminder(key).settle(timeout=60)  # a reminder hour is always audited
    finally:
        engine.close()
    return Scene(lake, profile, victim, mrn, bystander, extract, delivered, project)


def _feature_keys(lake: Path) -> list[str]:
    return sorted(set(pq.read_table(fm.features_dir(lake) / "patient_clinical.parquet", columns=["patient_key"])["patient_key"]
                      .to_pylist()))  # fmt: skip


# --------------------------------------------------------------------------- looking everywhere


def _parquet_hits(path: Path, values: set[str]) -> int:
    """Rows of a Parquet file with any string column (nested ones flattened) holding one of ``values``."""
    table = pq.read_table(path)
    while any(pa.types.is_struct(column.type) for column in table.columns):
        table = table.flatten()
    hits = pa.array([False] * table.num_rows)
    wanted = pa.array(sorted(values))
    for column in table.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            hits = pc.or_(hits, pc.fill_null(pc.is_in(column, value_set=wanted), False))
    return int(pc.sum(hits).as_py() or 0)


def _traces(scene: Scene) -> dict[str, int]:
    """Where the victim still is: a count per store (all 0 once erased)."""
    lake, victim = scene.lake, scene.victim
    values = {victim}
    found: dict[str, int] = {}
    files = {p.resolve() for p in lake.rglob("*") if p.is_file() and p.relative_to(lake).parts[0] not in IDENTIFIABLE}
    for path in sorted(files):  # each real file once (the output paths are links into .generations/)
        where = path.relative_to(lake).parts[0]
        count = _parquet_hits(path, values) if path.suffix == ".parquet" else path.read_bytes().count(victim.encode())
        if count:
            found[f"file {path.relative_to(lake)}"] = count
            found[where] = found.get(where, 0) + count
    moment = fm.latest_snapshot(lake)
    for service in ("dropoff_v1", "reminder_v1"):
        offline = fm.training_frame(lake, service, pd.DataFrame({"patient_key": [victim], "event_timestamp": [moment]}),
                                    profile=scene.profile)  # fmt: skip
        found[f"offline {service}"] = int(offline.drop(columns=["patient_key", "event_timestamp"]).notna().to_numpy().sum())
        online = fm.online_features(lake, service, [{"patient_key": victim}], profile=scene.profile)
        found[f"online {service}"] = sum(values[0] is not None for name, values in online.items() if name != "patient_key")
    if scene.profile == "scaleout":
        import redis

        client = redis.Redis(host="127.0.0.1", port=6379)
        names = client.scan_iter(match=b"*" + (scene.project or "").encode())
        found["redis keys"] = sum(victim.encode() in name for name in names)
    found["prediction log"] = sum(int((read_log(lake, name).patient_key == victim).sum()) for name in ("dropoff", "reminder"))
    found["extract"] = _parquet_hits(scene.extract / "patients", {research_id(victim, KEY)})
    return {name: count for name, count in found.items() if count}


def _assert_erased(scene: Scene) -> None:
    assert _traces(scene) == {}
    lake = scene.lake
    # Nothing else went: the bystander is still served, logged, audited and exported.
    online = fm.online_features(lake, "dropoff_v1", [{"patient_key": scene.bystander}], profile=scene.profile)
    assert online["days_on_therapy"][0] is not None
    assert (read_log(lake, "reminder").patient_key == scene.bystander).sum() == 1
    assert scene.bystander.encode() in (lake / "audit" / "audit.log").read_bytes()
    assert _parquet_hits(scene.extract / "patients", {research_id(scene.bystander, KEY)}) == 1
    # The delivered extract is the partner's: it is not changed.
    assert _parquet_hits(scene.delivered / "patients", {research_id(scene.victim, KEY)}) == 1
    manifest = json.loads((scene.extract / "manifest.json").read_text())
    assert manifest["patients_erased"] == 1 and manifest["k_achieved"] >= manifest["k_requested"]
    # The audit log verifies, and holds one signed erasure record: a salted hash and counts.
    audit = AuditLog(lake / "audit" / "audit.log", TEST_AUDIT_KEY.encode())
    assert audit.verify().ok, audit.verify()
    records = [entry["payload"] for entry in audit.entries() if entry["kind"] == ERASURE]
    assert len({record["erasure"] for record in records}) == 1 and [r["part"] for r in records] == [1, 2]
    payload = records[0]
    assert payload["subjects"] == [erasure.subject_hash(payload["salt"], scene.victim)]
    assert payload["counts"]["online"][scene.profile] >= 1 and payload["counts"]["prediction_log"] == 2
    assert payload["counts"]["deidentified"]["patients"] == 1 and payload["counts"]["exports"]["rows"] > 0
    redacted = [entry for entry in audit.entries() if REDACTED in json.dumps(entry["payload"])]
    assert len(redacted) >= 1 and str(redacted[0]["seq"]) in records[1]["redactions"]
    verified = _adherence("audit", "verify", "--lake", str(lake), "--json")
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"], verified.stderr
    # The ledger keeps the salted hash; no journal (the only file with the key) is left.
    ledger = json.loads(erasure.ledger_path(lake).read_text())["erasures"]
    assert [s["hash"] for s in ledger[0]["subjects"]] == payload["subjects"]
    assert erasure.pending(lake) == []
    # Models were not retrained; their cards say how many erased patients their training range held.
    client = connect(load_settings(lake).mlflow_tracking_uri)
    version = client.get_model_version("dropoff", "1")
    assert version.tags[erasure.ERASED_TAG] == "1" and "## Erasure\n1 patient(s)" in (version.description or "")
    assert len(client.search_model_versions("name='dropoff'")) == 1


@pytest.mark.slow
@pytest.mark.verifies("REQ-ERASE-001", "REQ-ERASE-003")
def test_an_erased_patient_is_in_no_store(scene: Scene, tmp_path: Path) -> None:
    before = _traces(scene)
    for store in ("deidentified", "features", "prediction_log", "audit", "offline dropoff_v1", "online dropoff_v1",
                  "online reminder_v1", "prediction log", "extract"):  # fmt: skip
        assert before.get(store, 0) > 0, f"the victim should be in {store} before the erasure: {before}"
    if scene.profile == "embedded":
        assert before["feature_repo"] > 0  # the raw bytes of the SQLite online store
    else:
        assert before["redis keys"] == 1
    mrns = tmp_path / "mrns.txt"
    mrns.write_text(f"# erasure request 1\n{scene.mrn}\n")
    done = _adherence("erase", "--lake", str(scene.lake), "--mrn-file", str(mrns))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert [s["subjects"] for s in summary] == [1] and scene.mrn not in done.stdout + done.stderr
    _assert_erased(scene)
    _assert_a_request_finding_nobody_changes_nothing(scene, tmp_path)


def _assert_a_request_finding_nobody_changes_nothing(scene: Scene, tmp_path: Path) -> None:
    """The same MRN again (still in Silver, gone from every derived store) and one that is nobody's."""
    lake = scene.lake
    client = connect(load_settings(lake).mlflow_tracking_uri)
    versions = {(m, v.version): (v.last_updated_timestamp, v.tags, v.description)
                for m in PATIENT_MODELS for v in client.search_model_versions(f"name='{m}'")}  # fmt: skip
    ledger = erasure.ledger_path(lake).read_bytes()
    audit = AuditLog(lake / "audit" / "audit.log", TEST_AUDIT_KEY.encode())
    entries = audit.verify().entries
    mrns = tmp_path / "again.txt"
    mrns.write_text(f"{scene.mrn}\n99999999-TYPO\n")
    done = _adherence("erase", "--lake", str(lake), "--mrn-file", str(mrns))
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    assert "1 of 2 MRN(s) in --mrn-file match no patient" in said and "found nobody" in said
    assert scene.mrn not in done.stdout + done.stderr and "TYPO" not in done.stdout + done.stderr
    assert [(s["subjects"], s["found_nobody"]) for s in json.loads(done.stdout)] == [(2, True)]
    # No model version re-tagged or re-described, nothing added to the ledger, no journal left.
    assert versions == {(m, v.version): (v.last_updated_timestamp, v.tags, v.description)
                        for m in PATIENT_MODELS for v in client.search_model_versions(f"name='{m}'")}  # fmt: skip
    assert erasure.ledger_path(lake).read_bytes() == ledger and erasure.pending(lake) == []
    # One signed entry records the request: no hash, no salt, no count of anything removed.
    assert audit.verify().ok and audit.verify().entries == entries + 1
    last = list(audit.entries())[-1]
    assert last["kind"] == ERASURE and last["payload"]["found_nobody"] is True and last["payload"]["subjects_total"] == 2
    assert not {"salt", "subjects", "counts", "redactions"} & set(last["payload"])
    assert _traces(scene) == {}


@pytest.mark.slow
@pytest.mark.verifies("REQ-ERASE-002")
@pytest.mark.parametrize(("scene", "failpoint"), [
    ("embedded", "flipped"),  # inside the de-identified step: its publish flipped, the old generation not yet removed
    ("embedded", "erase:online"),  # the online store emptied, the journal not told
    ("embedded", "erase:audit"),  # the erasure entry appended and the log redacted, the journal not told
    pytest.param("scaleout", "erase:online", marks=pytest.mark.scaleout),  # Redis emptied, the journal not told
], indirect=["scene"])  # fmt: skip
def test_a_killed_erasure_is_resumed_and_leaves_nothing_half_erased(scene: Scene, tmp_path: Path, failpoint: str) -> None:
    mrns = tmp_path / "mrns.txt"
    mrns.write_text(f"{scene.mrn}\n")
    killed = _adherence("erase", "--lake", str(scene.lake), "--mrn-file", str(mrns), failpoint=failpoint)
    assert killed.returncode == -9, killed.stderr  # SIGKILL: no clean-up ran
    journals = erasure.pending(scene.lake)
    assert len(journals) == 1 and scene.victim in json.loads(journals[0].read_text())["keys"]
    half = _traces(scene)
    assert half, "a killed erasure leaves its journal (and, before the last steps, stores) holding the key"
    resumed = _adherence("erase", "--lake", str(scene.lake), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert [(s["subjects"], s["resumed"]) for s in json.loads(resumed.stdout)] == [(1, True)]
    _assert_erased(scene)
    again = _adherence("erase", "--lake", str(scene.lake), "--mrn-file", str(mrns))  # a second request: nothing left
    assert again.returncode == 0 and _traces(scene) == {}


@pytest.mark.slow
@pytest.mark.verifies("REQ-ERASE-001")
def test_absent_from_silver_finds_exactly_the_patients_silver_deleted(trained_lake: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    for name, value in _environment().items():
        monkeypatch.setenv(name, value)
    lake = tmp_path / "lake"
    shutil.copytree(trained_lake, lake, ignore=shutil.ignore_patterns("feature_repo*", "prediction_log", "serving"))
    fm.apply(lake)
    settings = load_settings(lake)
    assert erasure.absent_from_silver(settings, KEY) == []
    keys = _feature_keys(lake)
    gone = {m for m in read_table(lake, "patients", ["mrn"])["mrn"].to_pylist() if patient_key(m, KEY) in keys[:2]}
    for table in ("patients", "events", "reminders", "messages"):  # Silver deletes the two patients
        for path in sorted((lake / "silver" / table).rglob("*.parquet")):
            data = pq.read_table(path)
            pq.write_table(data.filter(pc.invert(pc.is_in(data["mrn"], value_set=pa.array(sorted(gone))))), path)
    assert erasure.absent_from_silver(settings, KEY) == sorted(keys[:2])
    done = _adherence("erase", "--lake", str(lake), "--absent-from-silver")
    assert done.returncode == 0, done.stderr
    assert [s["subjects"] for s in json.loads(done.stdout)] == [2]
    assert not set(_feature_keys(lake)) & set(keys[:2]) and set(_feature_keys(lake)) == set(keys[2:])
    assert erasure.absent_from_silver(settings, KEY) == []


def test_erase_refuses_bad_input_with_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in _environment().items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("ADHERENCE_INSECURE_DEV", raising=False)  # secrets are required, not defaulted
    empty = tmp_path / "empty.txt"
    empty.write_text("# nobody\n\n")
    two = tmp_path / "two.txt"
    two.write_text("MRN-1 MRN-2\n")
    for args, said in ((["--mrn-file", str(empty)], "holds no MRN"), (["--mrn-file", str(two)], "line 1"),
                       ([], "exactly one of"), (["--resume", "--absent-from-silver"], "exactly one of")):  # fmt: skip
        result = CliRunner().invoke(app, ["erase", "--lake", str(tmp_path / "lake"), *args])
        assert result.exit_code == 2 and said in result.output, result.output
        assert "MRN-1" not in result.output  # an MRN is never shown
    monkeypatch.delenv("ADHERENCE_AUDIT_KEY")
    result = CliRunner().invoke(app, ["erase", "--lake", str(tmp_path / "lake"), "--resume"])
    assert result.exit_code == 2 and "ADHERENCE_AUDIT_KEY" in result.output


# --------------------------------------------------------------------------- the audit log's redaction


@pytest.mark.verifies("REQ-ERASE-003", "REQ-AUDIT-001")
def test_redacted_entries_verify_and_any_other_edit_is_caught(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.log", b"key")
    victim, other = "a" * 32, "b" * 32
    audit.append_many([("reminder_hour", {"patient_key": victim, "local_hour": 9}),
                       ("intervention_flag", {"decisions": [{"patient_key": victim}, {"patient_key": other}]}),
                       ("reminder_hour", {"patient_key": other, "local_hour": 8})])  # fmt: skip
    plan = audit.redaction_plan([victim])
    assert sorted(plan) == [1, 2]
    assert audit.redact([victim]) == 0  # not authorised yet: no erasure entry records the plan
    audit.append("erasure", {"erasure": "e1", "subjects": [hashlib.sha256(b"salted").hexdigest()],
                             "redactions": {str(seq): digest for seq, digest in plan.items()}})  # fmt: skip
    assert audit.verify().ok
    assert audit.redact([victim]) == 2 and audit.redact([victim]) == 0
    text = (tmp_path / "audit.log").read_text()
    assert victim not in text and other in text and text.count(REDACTED) == 2
    assert audit.verify().ok and audit.verify().entries == 4
    audit.append("reminder_hour", {"patient_key": other, "local_hour": 7})  # the chain goes on
    assert audit.verify().ok
    lines = text.splitlines(keepends=True)
    for edit in (lambda line: line.replace('"local_hour":9', '"local_hour":10'),  # another field of a redacted entry
                 lambda line: line.replace(REDACTED, other)):  # the redaction replaced by someone else's key
        tampered = tmp_path / "tampered.log"
        tampered.write_text("".join([edit(lines[0]), *lines[1:]]))
        result = AuditLog(tampered, b"key").verify()
        assert not result.ok and result.first_bad == 1 and "edited" in result.reason
    # A redaction the erasure entry does not record (an entry it did not list) is caught too.
    tampered = tmp_path / "tampered.log"
    tampered.write_text("".join([*lines[:2], lines[2].replace(other, REDACTED), *lines[3:]]))
    result = AuditLog(tampered, b"key").verify()
    assert not result.ok and result.first_bad == 3


def test_an_mrn_file_with_a_byte_order_mark_and_a_folder_that_is_no_lake(tmp_path: Path) -> None:
    mrns = tmp_path / "mrns.txt"
    mrns.write_bytes("\ufeff10000001\r\n\r\n 10000002 \r\n10000001\r\n".encode())
    keys = erasure.keys_from_mrn_file(mrns, TEST_PSEUDONYM_KEY)
    assert keys == sorted({patient_key("10000001", TEST_PSEUDONYM_KEY), patient_key("10000002", TEST_PSEUDONYM_KEY)})
    env = {"ADHERENCE_PSEUDONYM_KEY": TEST_PSEUDONYM_KEY.decode(), "ADHERENCE_AUDIT_KEY": TEST_AUDIT_KEY}
    typo = tmp_path / "no-such-lake"
    result = CliRunner().invoke(app, ["erase", "--lake", str(typo), "--mrn-file", str(mrns)], env=env)
    assert result.exit_code == 2 and "is --lake the right folder?" in " ".join(result.output.split())
    assert not typo.exists()  # nothing written where there is no lake


def test_erase_on_a_lost_audit_log_removes_nothing(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    (lake / "deidentified" / "patients").mkdir(parents=True)
    log = AuditLog(lake / "audit" / "audit.log", TEST_AUDIT_KEY.encode())
    log.append_many([("reminder_hour", {"patient_key": "a" * 32, "local_hour": 9})] * 2)
    log.path.write_text("")  # emptied: the head still records two entries
    mrns = tmp_path / "mrns.txt"
    mrns.write_text("10000001\n")
    env = {"ADHERENCE_PSEUDONYM_KEY": TEST_PSEUDONYM_KEY.decode(), "ADHERENCE_AUDIT_KEY": TEST_AUDIT_KEY}
    result = CliRunner().invoke(app, ["erase", "--lake", str(lake), "--mrn-file", str(mrns)], env=env)
    assert result.exit_code == 2 and "nothing was removed" in " ".join(result.output.split()), result.output
    assert not (lake / "erasure" / "journal").exists() or not any((lake / "erasure" / "journal").iterdir())


FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.verifies("REQ-ERASE-001")
def test_an_mrn_spelled_otherwise_than_silver_spells_it_is_refused_by_line(lake_copy: Path, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The key is the HMAC of the MRN's exact bytes: a request with a zero-width space, full-width digits, a leading
    zero or a dash would find nobody and leave the patient everywhere (it used to exit 0 with a count warning)."""
    for name, value in _environment().items():
        monkeypatch.setenv(name, value)
    lake = lake_copy
    mrns = sorted(read_table(lake, "patients", ["mrn"])["mrn"].to_pylist())
    kept, deleted = mrns[0], mrns[1]
    derived = lake / "deidentified" / "patients" / "part-0.parquet"
    derived.parent.mkdir(parents=True)
    pd.DataFrame({"patient_key": [patient_key(m, KEY) for m in mrns]}).to_parquet(derived, index=False)
    before = derived.read_bytes()
    for table in ("patients", "events", "reminders", "messages"):  # Silver deleted one of them; the derived stores not yet
        for path in sorted((lake / "silver" / table).rglob("*.parquet")):
            data = pq.read_table(path)
            pq.write_table(data.filter(pc.invert(pc.is_in(data["mrn"], value_set=pa.array([deleted])))), path)
    spellings = [kept, kept + "\u200b", kept.translate(FULL_WIDTH), "0" + kept, f"{kept[:4]}-{kept[4:]}",  # lines 2-6
                 "\u200b" + deleted, "00" + deleted, deleted.translate(FULL_WIDTH),  # lines 7-9: known only by key now
                 "99999999-TYPO"]  # line 10: nobody's, however spelled  # fmt: skip
    request = tmp_path / "mrns.txt"
    request.write_text("# erasure requests\n" + "\n".join(spellings) + "\n")
    result = CliRunner().invoke(app, ["erase", "--lake", str(lake), "--mrn-file", str(request)])
    said = " ".join(result.output.split())
    assert result.exit_code == 2, result.output
    assert "line(s) 3, 4, 5, 6, 7, 8, 9: the MRN matches no patient as written" in said and "nothing was erased" in said
    assert not any(m in result.output for m in [*mrns, *spellings[1:]])  # an MRN is never shown, however spelled
    assert derived.read_bytes() == before and not erasure.erasure_dir(lake).exists()
    # Written as Silver spells them (and the typo), the request goes ahead: it is only refused for spelling.
    assert erasure.misspelled(load_settings(lake), [(1, kept), (2, deleted), (3, "99999999-TYPO")], KEY) == []
