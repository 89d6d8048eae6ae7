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
to ``output`` and renamed into place; on failure ``output`` is left as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

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

    output.parent.mkdir(parents=True, exist_ok=True)
    staging = output.parent / f".{output.name}.staging-{uuid.uuid4().hex}"
    try:
        for name, frame in tables.items():
            (staging / name).mkdir(parents=True)
            pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), staging / name / "part-0000.parquet",
                           compression="zstd")
        written = pq.read_table(staging / "patients").to_pandas()
        k_achieved = generalize.k_anonymity(written, EXPORT_QI)  # pycanon, on what was written
        if k_achieved < k:
            raise ExportError(f"k={k} was not reached: pycanon measures k={k_achieved} on the written extract")
        manifest: dict[str, Any] = {
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
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        backup = output.parent / f".{output.name}.previous-{uuid.uuid4().hex}"
        if output.exists():
            output.rename(backup)
        staging.rename(output)
        shutil.rmtree(backup, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return manifest
