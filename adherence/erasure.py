"""Erasure (GDPR Art. 17): a deleted patient disappears from every store the platform derived.

``adherence erase`` runs inside the identifiable zone: it maps MRNs to ``patient_key`` with
the pseudonymisation key (``ADHERENCE_PSEUDONYM_KEY``), or finds the patients that the last
de-identified run (or the feature tables) hold but Silver no longer does. Then, in order:

1. ``deidentified``: their rows leave the de-identified tables (a new generation is published);
2. ``features``: and the feature tables, which are the DuckDB offline store's sources;
3. ``online``: their entities leave each applied profile's online store (SQLite, Redis);
4. ``prediction_log``: their rows leave the prediction log, segment by segment, atomically;
5. ``shadow``: and the shadow replays (``DIR/shadow/*/replay.parquet``);
6. ``exports``: and every research extract not marked delivered (see ``features.deid.export``);
7. ``model_cards``: each registered patient-keyed version gets the number of erased patients
   whose rows lay in its training range (tag and card section); models are not retrained;
8. ``audit``: a signed ``erasure`` entry (salted hashes and counts, never a key or an MRN) is
   appended, and the earlier entries naming them (decisions) get the key replaced by
   ``<erased>``, which the erasure entry authorises (``AuditLog.redact``);
9. ``ledger``: the erasure is added to ``DIR/erasure/ledger.json`` (salted hashes, the range
   of their feature snapshots, counts), and the journal is removed.

**An erasure that finds nobody** (no store holds a row of any of its keys and no audit entry
names one, e.g. MRNs mistyped or a request already carried out) changes nothing: no store is
rewritten, no model version re-tagged, nothing is added to the ledger. Its one trace is a
signed ``erasure`` entry with ``found_nobody: true`` and the number of keys asked for (no hash,
no salt), so that the request itself is on record. ``unmatched`` tells the CLI how many of
the MRNs asked for match no patient in Silver or the derived stores, so it can warn (by count,
never showing an MRN).

**Crash safety.** The plan, with the keys, is written first to a journal
(``DIR/erasure/journal/<id>.json``, atomically); each step is recorded there once done. Every
step is idempotent (it removes what is still there), so any later ``adherence erase`` (or
``--resume``) finishes a half-done erasure first, redoing at most the step a kill
interrupted. The journal is the only file holding the keys, and only until the erasure ends.
``ADHERENCE_FAILPOINT=erase:<step>`` kills the process after that step's work, before the
journal records it (the tests' fault injection, as in ``adherence.publish``).

This module sits on top, like the CLI and the demo: it calls into every stage (lazily, so
``--help`` stays fast); no stage imports it.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from adherence import catalog
from adherence.publish import drop_rows, failpoint, fsync_folder
from adherence.settings import Settings

STEPS = ("deidentified", "features", "online", "prediction_log", "shadow", "exports", "model_cards", "audit", "ledger")
#: The version tag that says how many erased patients the version's training range held.
ERASED_TAG = "erasure.erased_patients_in_training"
#: Entries of the audit log stay under its size bound: subjects and redactions are split across parts.
SUBJECTS_PER_ENTRY = 200
REDACTIONS_PER_ENTRY = 150
_MRN = re.compile(r"[^\s,;]+")
#: Characters a person may put inside an MRN that Silver does not (``loose_spelling``).
_SEPARATORS = frozenset("-_./:")


class ErasureError(ValueError):
    """The erasure cannot be planned as asked (the message says why; it never shows an MRN)."""


def erasure_dir(lake: Path) -> Path:
    return Path(lake).resolve() / "erasure"


def ledger_path(lake: Path) -> Path:
    """``DIR/erasure/ledger.json``: every finished erasure, by salted hashes only."""
    return erasure_dir(lake) / "ledger.json"


def subject_hash(salt: str, patient_key: str) -> str:
    """SHA-256 of the salt (hex) and the key: proves, to someone holding the key, that the patient was erased."""
    return hashlib.sha256(bytes.fromhex(salt) + patient_key.encode()).hexdigest()


# --- who is erased ------------------------------------------------------------------------------


def read_mrn_file(path: Path) -> list[tuple[int, str]]:
    """The MRNs of ``path`` with their line numbers (one a line; blank lines and ``#`` comments skipped).

    Raises ``ErasureError`` for a missing or empty file, or a line holding more than one
    value (named by line number, never by its content: an MRN is an identifier).
    """
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()  # a byte-order mark is not part of the MRN
    except (OSError, UnicodeDecodeError) as exc:
        raise ErasureError(f"--mrn-file {path} cannot be read: {type(exc).__name__}") from None
    mrns = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if not _MRN.fullmatch(text):
            raise ErasureError(f"--mrn-file {path}, line {number}: one MRN a line expected, found "
                               f"{len(text.split())} values separated by spaces, commas or semicolons")  # fmt: skip
        mrns.append((number, text))
    if not mrns:
        raise ErasureError(f"--mrn-file {path} holds no MRN (one a line)")
    return mrns


def keys_from_mrn_file(path: Path, pseudonym_key: bytes) -> list[str]:
    """The ``patient_key`` of each MRN in ``path`` (see ``read_mrn_file``), each once."""
    from features.deid.keys import patient_keys

    return sorted(set(patient_keys([mrn for _, mrn in read_mrn_file(path)], pseudonym_key)))


def loose_spelling(mrn: str) -> str:
    """An MRN as a person reads it: NFKC (full-width digits become ASCII), without invisible format characters
    (zero-width spaces, byte-order marks) or separators, case-folded, leading zeros dropped.

    Only to recognise a request for a patient spelled otherwise than Silver spells them: the key
    is the HMAC of the exact bytes, so such a request would find nobody, and say only that.
    """
    text = unicodedata.normalize("NFKC", mrn)
    text = "".join(char for char in text if unicodedata.category(char) != "Cf" and char not in _SEPARATORS)
    return text.casefold().lstrip("0")


def _spellings(mrn: str) -> set[str]:
    """Other writings of ``mrn`` a derived store may know by key (case, width, invisible characters, leading zeros)."""
    bases = {mrn, unicodedata.normalize("NFKC", mrn)}
    bases |= {"".join(char for char in text if unicodedata.category(char) != "Cf") for text in bases}
    variants = {form for text in bases for form in (text, text.upper(), text.lower(), text.lstrip("0"))}
    return variants - {mrn, ""}


def misspelled(settings: Settings, mrns: list[tuple[int, str]], pseudonym_key: bytes) -> list[int]:
    """Line numbers of the MRNs that match no patient as written but match one when spelled loosely.

    Compared with Silver's MRNs by ``loose_spelling`` and, for a patient Silver no longer holds,
    by the keys of the usual other writings (``_spellings``) in the derived stores. An erasure of
    such a line would find nobody while the patient meant stays everywhere, so the CLI refuses it
    (by line number: an MRN is never shown) rather than guess which patient was meant.
    """
    from features.deid.keys import patient_key, patient_keys
    from features.silver import ContractError, patient_mrns

    _check_lake(settings)
    try:
        silver = patient_mrns(settings.lake, settings.silver)
    except ContractError:  # no readable Silver here: the derived stores alone say who is known
        silver = set()
    derived = _derived_keys(settings)
    known = set(patient_keys(silver, pseudonym_key)) | derived
    loose = {loose_spelling(mrn) for mrn in silver} - {""}
    lines = []
    for number, mrn in mrns:
        if patient_key(mrn, pseudonym_key) in known:
            continue
        form = loose_spelling(mrn)
        if (form and form in loose) or any(patient_key(other, pseudonym_key) in derived for other in _spellings(mrn)):
            lines.append(number)
    return lines


def absent_from_silver(settings: Settings, pseudonym_key: bytes) -> list[str]:
    """Patients the de-identified zone, the feature tables or the prediction log hold but Silver no longer does.

    Silver is read with quarantined rows included: a patient set aside as implausible is not
    a deleted one. The prediction log counts too, so a patient deleted from Silver is still
    found after ``deidentify`` and ``features apply`` rebuilt their tables without them (the
    online store and the logs would keep them otherwise).
    """
    from features.deid.keys import patient_keys
    from features.silver import patient_mrns

    present = set(patient_keys(patient_mrns(settings.lake, settings.silver), pseudonym_key))
    return sorted(_derived_keys(settings) - present)


def unmatched(settings: Settings, keys: list[str], pseudonym_key: bytes) -> int:
    """How many of ``keys`` are patients neither of Silver (if it can be read) nor of the derived stores' tables.

    For a warning only: the erasure itself still looks for every key in every store (the
    online store and the exports are not scanned here).
    """
    from features.deid.keys import patient_keys
    from features.silver import ContractError, patient_mrns

    _check_lake(settings)
    try:
        known = set(patient_keys(patient_mrns(settings.lake, settings.silver), pseudonym_key))
    except ContractError:  # no readable Silver here: the derived stores alone say who is known
        known = set()
    known |= _derived_keys(settings)
    return len(set(keys) - known)


def _derived_keys(settings: Settings) -> set[str]:
    """Every ``patient_key`` of the de-identified patients, the feature tables' patients and the prediction log."""
    import pyarrow.parquet as pq

    sources = [settings.deidentified_dir / "patients", settings.lake / "features" / "patient_clinical.parquet",
               *sorted(settings.lake.glob("prediction_log/*/date=*/*.parquet"))]  # fmt: skip
    known: set[str] = set()
    for path in sources:
        for file in _parquet_files(path):  # an empty or half-made folder holds no patients (and no schema to read them by)
            if "patient_key" in pq.read_schema(file).names:
                known |= set(pq.read_table(file, columns=["patient_key"])["patient_key"].drop_null().to_pylist())
    return known


def _parquet_files(path: Path) -> list[Path]:
    """The data files of a Parquet file or folder, skipping ``.``/``_`` names as pyarrow's dataset reader does."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    return [f for f in sorted(path.rglob("*.parquet")) if not any(p[0] in "._" for p in f.relative_to(path).parts)]


# --- the journal -------------------------------------------------------------------------------


def _write_json(path: Path, value: object) -> None:
    """Write ``value`` to ``path`` atomically (temporary file, fsync, rename, fsync of the folder)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(value, handle, indent=2, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
    fsync_folder(path.parent)


def pending(lake: Path) -> list[Path]:
    """Journals of erasures that have not finished (oldest first)."""
    folder = erasure_dir(lake) / "journal"
    return sorted(folder.glob("*.json"), key=lambda path: path.stat().st_mtime) if folder.is_dir() else []


def plan(settings: Settings, keys: list[str], mode: str) -> Path:
    """Write the journal of a new erasure of ``keys`` (before anything is removed); returns its path.

    It records the keys (needed to resume), a fresh salt, each subject's salted hash and the
    range of their feature snapshots (for the model cards, read now, before the rows go).
    """
    if not keys:
        raise ErasureError("no patient to erase")
    salt = os.urandom(16).hex()
    ranges = _snapshot_ranges(settings.lake, keys)
    record = {
        "id": dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:8],
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "mode": mode,
        "salt": salt,
        "keys": sorted(keys),
        "subjects": sorted((_subject(salt, key, ranges.get(key)) for key in keys), key=lambda subject: str(subject["hash"])),
        "done": {},
    }
    path = erasure_dir(settings.lake) / "journal" / f"{record['id']}.json"
    _write_json(path, record)
    return path


def _subject(salt: str, key: str, snapshots: dict[str, str] | None) -> dict[str, str | None]:
    """What the ledger keeps of an erased patient: the salted hash and the first and last feature snapshot."""
    return {"hash": subject_hash(salt, key), "first": (snapshots or {}).get("first"), "last": (snapshots or {}).get("last")}


def _snapshot_ranges(lake: Path, keys: list[str]) -> dict[str, dict[str, str]]:
    """Per key, the first and last ``event_timestamp`` of its feature rows (ISO, UTC)."""
    import pyarrow.parquet as pq

    from features.engineering import FEATURE_TABLES

    ranges: dict[str, dict[str, str]] = {}
    for name in FEATURE_TABLES:
        path = Path(lake) / "features" / f"{name}.parquet"
        if not path.is_file() or "patient_key" not in pq.read_schema(path).names:
            continue
        frame = pq.read_table(path, columns=["patient_key", "event_timestamp"], filters=[("patient_key", "in", keys)]).to_pandas()
        for key, stamps in frame.groupby("patient_key")["event_timestamp"]:
            first, last = stamps.min().isoformat(), stamps.max().isoformat()
            known = ranges.setdefault(str(key), {"first": first, "last": last})
            known["first"], known["last"] = min(known["first"], first), max(known["last"], last)
    return ranges


@contextmanager
def _locked(lake: Path) -> Iterator[None]:
    """One erasure at a time per lake."""
    folder = erasure_dir(lake)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


# --- running it --------------------------------------------------------------------------------


def erase(settings: Settings, keys: list[str] | None, mode: str, pseudonym_key: bytes,
          progress: Callable[[str], None] = lambda _: None) -> list[dict[str, Any]]:  # fmt: skip
    """Finish every pending erasure, then erase ``keys`` (if any, and not just finished); returns a summary per erasure."""
    summaries = []
    _check_lake(settings)
    with _locked(settings.lake):
        verification = settings.audit_log().verify()
        if not verification.ok and "incomplete last line" not in str(verification.reason):  # a torn line is repaired
            raise ErasureError(
                f"the audit log does not verify (entry {verification.first_bad}: {verification.reason}); an erasure must "
                "be recorded in it, so nothing was removed: restore the log (see `adherence audit verify`) first"
            )
        for torn in (erasure_dir(settings.lake) / "journal").glob(".*.tmp"):  # a journal write a kill cut short
            torn.unlink()
        finished: set[str] = set()
        for journal in pending(settings.lake):
            record = json.loads(journal.read_text(encoding="utf-8"))
            progress(f"resuming erasure {record['id']} (done: {', '.join(record['done']) or 'nothing'})")
            finished |= set(record["keys"])
            summaries.append(run(settings, journal, pseudonym_key, progress, resumed=True))
        todo = sorted(set(keys or []) - finished)
        if todo:
            summaries.append(run(settings, plan(settings, todo, mode), pseudonym_key, progress))
    return summaries


def _check_lake(settings: Settings) -> None:
    if not any((settings.lake / part).is_dir() for part in ("deidentified", "features", "feature_repo", "prediction_log")):
        raise ErasureError(f"{settings.lake} holds no de-identified zone, feature tables or prediction log: is --lake the "
                           "right folder? (nothing was written)")  # fmt: skip


def run(settings: Settings, journal: Path, pseudonym_key: bytes, progress: Callable[[str], None] = lambda _: None,
        *, resumed: bool = False) -> dict[str, Any]:  # fmt: skip
    """Carry out the steps the journal has not recorded as done; returns ``{erasure, subjects, counts, resumed}``."""
    record = json.loads(journal.read_text(encoding="utf-8"))
    keys: list[str] = record["keys"]
    # Steps that remove rows: called with dry_run=True they count what is there (see below).
    removals: dict[str, Callable[[bool], Any]] = {
        "deidentified": lambda dry: _deidentified(settings, keys, dry),
        "features": lambda dry: _features(settings, keys, dry),
        "online": lambda dry: _online(settings, keys, dry),
        "prediction_log": lambda dry: _prediction_log(settings, keys, dry),
        "shadow": lambda dry: _shadow(settings, keys, dry),
        "exports": lambda dry: _exports(settings, keys, pseudonym_key, dry),
    }
    records: dict[str, Callable[[], Any]] = {
        "model_cards": lambda: _model_cards(settings, record),
        "audit": lambda: _audit(settings, journal, record),
        "ledger": lambda: _ledger(settings, record),
    }
    # What each step removes is counted, and journalled, before anything goes: a step a kill
    # interrupted finds less (or nothing) when resumed, and the record must still say what went.
    found = record.setdefault("found", {})
    uncounted = [step for step in removals if step not in found and step not in record["done"]]
    for step in uncounted:
        found[step] = removals[step](True)
    undecided = "found_nobody" not in record
    if undecided:  # decided once, before anything is removed
        record["found_nobody"] = _rows(found) == 0 and not settings.audit_log().redaction_plan(keys)
    if uncounted or undecided:
        _write_json(journal, record)
    nobody = bool(record["found_nobody"])
    if nobody:  # nothing to remove, re-tag or add to the ledger: only the request goes on record
        records = {"model_cards": lambda: 0, "audit": lambda: _audit_nobody(settings, record), "ledger": lambda: 0}
    for step in STEPS:
        if step in record["done"]:
            continue
        progress(f"  {step}")
        if step in removals:
            if not nobody:
                removals[step](False)
            record["done"][step] = found[step]
        else:
            record["done"][step] = records[step]()
        failpoint(f"erase:{step}")  # fault injection: the work is done, the journal does not know yet
        if step != "ledger":
            _write_json(journal, record)
    journal.unlink()  # the only copy of the keys
    fsync_folder(journal.parent)
    return {"erasure": record["id"], "subjects": len(keys), "counts": record["done"], "resumed": resumed,
            "found_nobody": nobody}  # fmt: skip


def _rows(counts: Any) -> int:
    """Rows (or entities) held, summed over a step's nested counts; the number of extracts looked at is no row."""
    if isinstance(counts, dict):
        return sum(_rows(value) for name, value in counts.items() if name != "extracts")
    return int(counts) if isinstance(counts, int) else 0


def _deidentified(settings: Settings, keys: list[str], dry_run: bool) -> dict[str, int]:
    from features.erasure import erase_deidentified

    if not settings.deidentified_dir.exists():
        return {}
    return erase_deidentified(settings.lake, keys, dry_run=dry_run)


def _features(settings: Settings, keys: list[str], dry_run: bool) -> dict[str, int]:
    from features.erasure import erase_feature_tables

    return erase_feature_tables(settings.lake, keys, dry_run=dry_run)


def _online(settings: Settings, keys: list[str], dry_run: bool) -> dict[str, int]:
    from features.erasure import applied_profiles, erase_online

    return {profile: erase_online(settings.lake, keys, profile, dry_run=dry_run) for profile in applied_profiles(settings.lake)}


def _prediction_log(settings: Settings, keys: list[str], dry_run: bool) -> int:
    from adherence.prediction_log import erase as erase_log

    return erase_log(settings.lake, keys, dry_run=dry_run)


def _shadow(settings: Settings, keys: list[str], dry_run: bool) -> int:
    replays = sorted(settings.lake.glob("shadow/**/*.parquet"))
    return sum(drop_rows(path, "patient_key", keys, dry_run=dry_run) for path in replays)


def _exports(settings: Settings, keys: list[str], pseudonym_key: bytes, dry_run: bool) -> dict[str, Any]:
    from features.deid.export import erase_from_extract, undelivered_extracts
    from features.deid.keys import research_id

    ids = {research_id(key, pseudonym_key) for key in keys}
    extracts = undelivered_extracts(settings.lake)
    rows = [erase_from_extract(output, ids, dry_run=dry_run) for output in extracts]
    return {"extracts": len(extracts), "rows": sum(sum(counts.values()) for counts in rows)}


def _model_cards(settings: Settings, record: dict[str, Any]) -> int:
    """Tag every patient-keyed registered version with the erased patients its training range held; returns versions updated."""
    uri = settings.mlflow_tracking_uri
    if uri.startswith("sqlite:///") and not Path(uri.removeprefix("sqlite:///")).is_file():
        return 0  # no registry yet: no model was trained
    from models.cards import with_erasure_note
    from models.registry import connect

    client = connect(uri)
    earlier = [erasure for erasure in _read_ledger(settings.lake) if erasure["id"] != record["id"]]
    subjects = [subject for erasure in earlier for subject in erasure["subjects"]] + record["subjects"]
    updated = 0
    # Models whose training rows are patients (the supply model learns from counts per batch and region).
    for name in (spec.registered for spec in catalog.models() if spec.per_patient):
        for version in client.search_model_versions(f"name='{name}'"):
            tags = client.get_run(version.run_id).data.tags if version.run_id else {}
            start, end = tags.get("as_of_start"), tags.get("as_of_end")
            if not start or not end:
                continue
            held = _held(subjects, start, end)
            client.set_model_version_tag(name, version.version, ERASED_TAG, str(held))
            client.update_model_version(name, version.version,
                                        description=with_erasure_note(version.description or "", held, start, end)[-4900:])
            updated += 1
    return updated


def _day(text: str) -> str:
    """The UTC calendar day of an ISO date or time, as text (dates and times compare as days)."""
    moment = dt.datetime.fromisoformat(text)
    moment = moment.astimezone(dt.UTC) if moment.tzinfo else moment
    return moment.date().isoformat()


def _audit(settings: Settings, journal: Path, record: dict[str, Any]) -> dict[str, int]:
    """Append the signed erasure entries (once), then redact the erased keys from earlier entries."""
    audit = settings.audit_log()
    if "redactions" not in record:  # fixed once, in the journal, before the erasure entry records it
        record["redactions"] = {str(seq): digest for seq, digest in audit.redaction_plan(record["keys"]).items()}
        _write_json(journal, record)
    redactions: dict[str, str] = record["redactions"]
    if not _recorded(audit, record):
        audit.append_many(_erasure_entries(record, redactions), batch=f"erasure-{record['id']}")
    rewritten = audit.redact(record["keys"])
    return {"entries_redacted": len(redactions), "rewritten_now": rewritten}


def _recorded(audit: Any, record: dict[str, Any]) -> bool:
    """Whether the audit log already holds this erasure's entry (a resumed run appends it once)."""
    from adherence.audit import ERASURE

    return any(e["kind"] == ERASURE and e["payload"].get("erasure") == record["id"] for e in audit.entries())


def _audit_nobody(settings: Settings, record: dict[str, Any]) -> dict[str, int]:
    """The one signed ``erasure`` entry of an erasure that found nobody (once): the request, no hash, no salt."""
    from adherence.audit import ERASURE

    audit = settings.audit_log()
    if not _recorded(audit, record):
        audit.append_many([(ERASURE, {"erasure": record["id"], "part": 1, "parts": 1, "mode": record["mode"],
                                      "subjects_total": len(record["keys"]), "found_nobody": True})],
                          batch=f"erasure-{record['id']}")  # fmt: skip
    return {"entries_redacted": 0, "rewritten_now": 0}


def _erasure_entries(record: dict[str, Any], redactions: dict[str, str]) -> list[tuple[str, dict[str, Any]]]:
    """The ``erasure`` entries: salted hashes and counts (part 1), then the rest of the hashes and redactions."""
    from adherence.audit import ERASURE

    hashes = [subject["hash"] for subject in record["subjects"]]
    pairs = sorted(redactions.items(), key=lambda item: int(item[0]))
    parts: list[dict[str, Any]] = [{"subjects": hashes[i : i + SUBJECTS_PER_ENTRY]}
                                   for i in range(0, len(hashes), SUBJECTS_PER_ENTRY)]  # fmt: skip
    parts += [{"redactions": dict(pairs[i : i + REDACTIONS_PER_ENTRY])} for i in range(0, len(pairs), REDACTIONS_PER_ENTRY)]
    counts = dict(record["done"])
    return [(ERASURE, {"erasure": record["id"], "part": number, "parts": len(parts), "salt": record["salt"],
                       "mode": record["mode"], "subjects_total": len(hashes),
                       **({"counts": counts} if number == 1 else {}), **part})
            for number, part in enumerate(parts, start=1)]  # fmt: skip


def _read_ledger(lake: Path) -> list[dict[str, Any]]:
    path = ledger_path(lake)
    return list(json.loads(path.read_text(encoding="utf-8"))["erasures"]) if path.is_file() else []


def _ledger(settings: Settings, record: dict[str, Any]) -> int:
    """Add the finished erasure (no key: salted hashes, snapshot ranges, counts) to the ledger; returns its size."""
    erasures = _read_ledger(settings.lake)
    if record["id"] not in {erasure["id"] for erasure in erasures}:
        erasures.append({"id": record["id"], "created": record["created"], "mode": record["mode"],
                         "completed": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "salt": record["salt"],
                         "subjects": record["subjects"], "counts": dict(record["done"])})  # fmt: skip
        _write_json(ledger_path(settings.lake), {"erasures": erasures})
    return len(erasures)


def _held(subjects: list[dict[str, Any]], as_of_start: str, as_of_end: str) -> int:
    """How many ``subjects`` had feature rows within ``[as_of_start, as_of_end]`` (compared as UTC days)."""
    end, start = _day(as_of_end), _day(as_of_start)
    return sum(1 for s in subjects if s["first"] and s["last"] and _day(s["first"]) <= end and _day(s["last"]) >= start)


__all__ = ["ERASED_TAG", "STEPS", "ErasureError", "absent_from_silver", "erase", "keys_from_mrn_file",
           "ledger_path", "loose_spelling", "misspelled", "pending", "plan", "read_mrn_file", "run",
           "subject_hash", "unmatched"]
