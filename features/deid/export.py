"""The research export: a k-anonymous, date-shifted partner extract of the de-identified zone.

``export(lake, output, key, k)`` reads ``lake/deidentified`` (never Silver) and writes
``output/{patients,events,reminders}/part-0000.parquet`` and ``output/manifest.json``:

- Patients get a research pseudonym (a keyed HMAC of ``patient_key`` with its own domain
  prefix), so the extract cannot be joined to the internal zone without the secret.
- Each patient's timeline (enrolment, events, reminders) is shifted by a secret whole
  number of weeks in [-26, 26], never 0, derived from the secret and ``patient_key``.
  Whole weeks keep the weekday; ``*_local_time`` columns (naive wall-clock time in the
  patient's zone, shifted the same way) keep the local hour exactly even across DST.
- Quasi-identifiers (age_band, sex, location = ZIP3, condition) are generalised along a
  lattice (ZIP3 -> state -> suppressed, 10-year -> 20-year age bands -> suppressed, sex ->
  suppressed, condition -> suppressed), trying the states that lose least first; the first
  state where the patients in classes smaller than k are at most ``max_suppression`` of all
  is chosen and those patients are suppressed; k is then measured with
  pycanon on the written table. l-diversity of ``insurance`` (no drop-off outcome exists
  in the de-identified zone yet, and condition is a quasi-identifier) is reported.
- Columns that would re-link or un-shift a timeline are dropped: record ids (globally
  chronological), device pseudonyms, pack serials, raw DataMatrix, batch, expiry date,
  scan region, timezone, state, exact age; messages are not exported at all.

The manifest records what was done, never the offsets. Written to a staging folder next
to ``output`` and published with ``adherence.publish`` (``output`` becomes a link through
``.generations/`` beside it, switched with one rename); on failure or a kill ``output`` is
left as it was.

Every extract is listed in ``<lake>/exports/ledger.json``; ``record_extract(..., delivered=True)``
(``adherence export --delivered``) marks one as delivered to the partner. An erasure rewrites
the extracts not delivered yet without the erased patients (``erase_from_extract``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from adherence import publish as publishing
from features.deid import generalize
from features.deid.keys import MAX_SHIFT_WEEKS, research_id, shift_weeks

EXPORT_QI = ("age_band", "sex", "location", "condition")
PATIENT_KEEP = ("doses_per_day", "comorbidity_count", "prior_hospitalizations_12m", "insurance", "product_gtin")
EVENT_KEEP = ("event_type", "gtin", "registry_state", "sensor_kind", "sensor_value")
REMINDER_KEEP = ("local_hour", "channel", "policy", "propensity")
DROPPED = {
    "patients": ["patient_key", "age_at_enrolment", "zip3 (as location)", "state (as location)", "timezone"],
    "events": ["event_id", "patient_key", "device_id", "raw_datamatrix", "serial_number", "batch_number",
               "expiry_date", "region"],
    "reminders": ["reminder_id", "patient_key"],
    "messages": ["whole table (free text is not exported)"],
}


class ExportError(RuntimeError):
    """The export cannot be produced as asked (the message says why)."""


def _read(lake: Path, table: str) -> pd.DataFrame:
    folder = Path(lake) / "deidentified" / table
    if not folder.is_dir():
        raise ExportError(f"{folder} does not exist: run `adherence deidentify --lake {lake}` first")
    return pq.read_table(folder).to_pandas()


def choose_generalisation(
    patients: pd.DataFrame, k: int, max_suppression: float
) -> tuple[dict[str, int], pd.DataFrame, pd.Series]:
    """The least-generalised state of the lattice (``generalize.lattice``) where suppressing
    the patients of classes smaller than k costs at most ``max_suppression`` of them; among
    equally generalised states, the one suppressing fewest patients.

    Returns the levels, the generalised quasi-identifiers and the mask of kept patients.
    """
    n = len(patients)
    if n < k:
        raise ExportError(f"k={k} cannot be reached: the de-identified zone holds only {n} patient(s)")
    best: tuple[float, int] | None = None
    chosen: tuple[dict[str, int], pd.DataFrame, pd.Series] | None = None
    for state in generalize.lattice():
        cost = sum(generalize.STEP_COST[d] * level for d, level in state.items())
        if best is not None and cost > best[0]:
            break
        qi = generalize.generalised(patients, state)
        sizes = qi.groupby(list(EXPORT_QI), observed=True)["sex"].transform("size")
        keep = sizes >= k
        suppressed = int((~keep).sum())
        if suppressed <= max_suppression * n and keep.sum() >= k and (best is None or suppressed < best[1]):
            best, chosen = (cost, suppressed), (state, qi, keep)
    if chosen is None:  # unreachable for n >= k: everything suppressed is one class of n
        raise ExportError(f"k={k} cannot be reached within max_suppression={max_suppression}")
    return chosen


def _shift_times(times: pd.Series, weeks: pd.Series, zones: pd.Series) -> tuple[pd.Series, pd.Series]:
    """UTC times and naive local wall-clock times, both shifted by whole ``weeks``."""
    delta = pd.to_timedelta(weeks * 7, unit="D")
    local = pd.Series(pd.NaT, index=times.index, dtype="datetime64[us]")
    for zone, rows in times.groupby(zones).groups.items():
        local.loc[rows] = times.loc[rows].dt.tz_convert(str(zone)).dt.tz_localize(None).astype("datetime64[us]")
    return times + delta, local + delta


def export(lake: Path, output: Path, key: bytes, k: int, *, max_suppression: float = 0.05) -> dict[str, Any]:
    """Write the research extract of ``lake/deidentified`` to ``output``; return the manifest."""
    if k < 1:
        raise ExportError(f"k must be at least 1, got {k}")
    lake, output = Path(lake), Path(output)
    patients = _read(lake, "patients")
    events = _read(lake, "events")
    reminders = _read(lake, "reminders")

    levels, qi, keep = choose_generalisation(patients, k, max_suppression)
    kept = patients[keep.to_numpy()]
    keys = kept["patient_key"]
    ids = keys.map(lambda pk: research_id(pk, key))
    weeks = keys.map(lambda pk: shift_weeks(pk, key))
    by_key = pd.DataFrame({"research_id": ids.to_numpy(), "weeks": weeks.to_numpy(),
                           "timezone": kept["timezone"].to_numpy()}, index=keys.to_numpy())

    enrolled, enrolled_local = _shift_times(kept["enrolled_at"], weeks, kept["timezone"])
    out_patients = pd.DataFrame({"research_id": ids, **{c: qi.loc[keep, c] for c in EXPORT_QI},
                                 "enrolled_at": enrolled, "enrolled_local_time": enrolled_local,
                                 **{c: kept[c] for c in PATIENT_KEEP}})

    def timeline(frame: pd.DataFrame, time_col: str, keep_cols: tuple[str, ...]) -> pd.DataFrame:
        frame = frame[frame["patient_key"].isin(by_key.index)]
        info = by_key.loc[frame["patient_key"].to_numpy()].set_index(frame.index)
        shifted, local = _shift_times(frame[time_col], info["weeks"], info["timezone"])
        local_col = time_col.removesuffix("_at").removesuffix("_time") + "_local_time"
        result = pd.DataFrame({"research_id": info["research_id"], time_col: shifted, local_col: local,
                               **{c: frame[c] for c in keep_cols}})
        return result.sort_values(["research_id", time_col], kind="stable").reset_index(drop=True)

    tables = {
        "patients": out_patients.sort_values("research_id").reset_index(drop=True),
        "events": timeline(events, "event_time", EVENT_KEEP),
        "reminders": timeline(reminders, "sent_at", REMINDER_KEEP),
    }

    def describe(written: pd.DataFrame, k_achieved: int) -> dict[str, Any]:
        return {
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "source": str(lake / "deidentified"),
            "k_requested": k,
            "k_achieved": k_achieved,
            "k_measured_by": "pycanon.anonymity.k_anonymity",
            "quasi_identifiers": list(EXPORT_QI),
            "generalisation": {dim: generalize.LEVELS[dim][level] for dim, level in levels.items()},
            "generalisation_search": "full lattice, least information lost first (costs: "
                                     + ", ".join(f"{d} {c}/step" for d, c in generalize.STEP_COST.items()) + ")",
            "max_suppression": max_suppression,
            "patients_suppressed": int((~keep).sum()),
            "patients_in": len(patients),
            "l_diversity": {"sensitive_attribute": generalize.SENSITIVE_ATTRIBUTE,
                            "why": "no drop-off outcome exists in the de-identified zone yet; condition is a quasi-identifier",
                            "l": generalize.l_diversity(written, EXPORT_QI)},
            "rows": {name: len(frame) for name, frame in tables.items()},
            "date_shift": {
                "policy": f"per patient, a secret whole number of weeks in [-{MAX_SHIFT_WEEKS}, {MAX_SHIFT_WEEKS}], never 0, "
                          "derived by HMAC-SHA256 from the pseudonymisation secret and patient_key; the same "
                          "offset for all of a patient's dates",
                "preserved": ["weekday", "local hour (*_local_time columns, naive wall-clock)", "intervals within a patient"],
                "offsets_disclosed": False,
            },
            "patient_id": "research_id = HMAC-SHA256(secret, domain prefix + patient_key), 32 hex",
            "dropped": DROPPED,
            "not_treated_as_quasi_identifiers": list(PATIENT_KEEP),
        }

    manifest = _publish_extract(output, tables, k, describe)
    record_extract(lake, output)
    return manifest


def _publish_extract(output: Path, tables: dict[str, pd.DataFrame], k: int,
                     describe: Callable[[pd.DataFrame, int], dict[str, Any]]) -> dict[str, Any]:  # fmt: skip
    """Write ``tables`` and their manifest (``describe(written patients, k measured)``) to ``output``, atomically.

    Staged beside ``output`` and published with ``adherence.publish``; k is measured with
    pycanon on the written patients table and must reach ``k`` (``ExportError`` otherwise,
    and ``output`` is left as it was). Returns the manifest.
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    group = publishing.group_name("export", output)
    publishing.recover(output.parent, (f".{output.name}.staging-*", f".{output.name}.previous-*"))
    outer = publishing.stage(output.parent, group)
    staging = outer / output.name
    try:
        for name, frame in tables.items():
            (staging / name).mkdir(parents=True)
            pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), staging / name / "part-0000.parquet",
                           compression="zstd")
        written = pq.read_table(staging / "patients").to_pandas()
        k_achieved = generalize.k_anonymity(written, EXPORT_QI)  # pycanon, on what was written
        if k_achieved < k:
            raise ExportError(f"k={k} was not reached: pycanon measures k={k_achieved} on the written extract")
        manifest = describe(written, k_achieved)
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        publishing.publish(output.parent, group, outer, [output.name])
    finally:
        publishing.discard(outer)
    return manifest


# --- which extracts exist, and which have left for the partner -------------------------------------


def ledger_path(lake: Path) -> Path:
    """``<lake>/exports/ledger.json``: every extract written from the lake and whether it was delivered."""
    return Path(lake).resolve() / "exports" / "ledger.json"


def _ledger(lake: Path) -> dict[str, dict[str, Any]]:
    path = ledger_path(lake)
    return json.loads(path.read_text(encoding="utf-8"))["extracts"] if path.is_file() else {}


def _save_ledger(lake: Path, extracts: dict[str, dict[str, Any]]) -> None:
    path = ledger_path(lake)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump({"extracts": extracts}, handle, indent=2, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)


def record_extract(lake: Path, output: Path, *, delivered: bool = False) -> None:
    """Write down that ``output`` was exported from ``lake`` (or, with ``delivered``, that it left for the partner).

    An extract not marked delivered is still ours to change: an erasure rewrites it without
    the erased patients. One delivered is the partner's, under the data-sharing agreement.
    Raises ``ExportError`` when marking an extract the lake never wrote.
    """
    extracts = _ledger(lake)
    where = str(Path(output).resolve())
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if delivered:
        if where not in extracts:
            raise ExportError(f"{where} is not an extract written from {lake} (see {ledger_path(lake)})")
        extracts[where]["delivered"] = now
    else:
        extracts[where] = {"created": now, "delivered": None}
    _save_ledger(lake, extracts)


def undelivered_extracts(lake: Path) -> list[Path]:
    """The extracts of ``lake`` that still exist and were not marked delivered."""
    return [Path(where) for where, record in sorted(_ledger(lake).items())
            if record.get("delivered") is None and (Path(where) / "manifest.json").is_file()]  # fmt: skip


def erase_from_extract(output: Path, research_ids: Collection[str], *, dry_run: bool = False) -> dict[str, int]:
    """Rewrite the extract at ``output`` without the patients whose ``research_id`` is in ``research_ids``.

    If removing them leaves a class of the quasi-identifiers smaller than the extract's k,
    the patients of that class are suppressed too, so the extract keeps its k. Published
    atomically as ``export`` does; the manifest's counts are updated and it gains
    ``patients_erased``. Returns the rows removed per table (``{}``, writing nothing, when the
    extract holds none of them: calling it again is a no-op). ``dry_run``: only count their rows.
    """
    output = Path(output)
    if not dry_run:
        publishing.recover(output.parent)  # a rewrite killed after its flip leaves the old extract beside it
    manifest = json.loads((output / "manifest.json").read_text(encoding="utf-8"))
    tables = {name: pq.read_table(output / name).to_pandas() for name in ("patients", "events", "reminders")}
    erased = set(research_ids) & set(tables["patients"]["research_id"])
    held = {name: int(frame["research_id"].isin(research_ids).sum()) for name, frame in tables.items()}
    if dry_run or not any(held.values()):
        return {name: rows for name, rows in held.items() if rows}
    k = int(manifest["k_requested"])
    patients = tables["patients"][~tables["patients"]["research_id"].isin(research_ids)]
    sizes = patients.groupby(list(EXPORT_QI), observed=True, dropna=False)["research_id"].transform("size")
    small = set(patients.loc[sizes < k, "research_id"])
    gone = set(research_ids) | small
    kept = {name: frame[~frame["research_id"].isin(gone)].reset_index(drop=True) for name, frame in tables.items()}

    def describe(written: pd.DataFrame, k_achieved: int) -> dict[str, Any]:
        return {**manifest, "k_achieved": k_achieved,
                "patients_suppressed": int(manifest["patients_suppressed"]) + len(small),
                "patients_erased": int(manifest.get("patients_erased", 0)) + len(erased),
                "rows": {name: len(frame) for name, frame in kept.items()},
                "l_diversity": {**manifest["l_diversity"], "l": generalize.l_diversity(written, EXPORT_QI)}}  # fmt: skip

    _publish_extract(output, kept, k, describe)
    return {name: len(tables[name]) - len(kept[name]) for name in tables}
