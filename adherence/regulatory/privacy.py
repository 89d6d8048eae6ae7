"""Differentially private aggregate statistics for external partners, with OpenDP's noise.

A query turns the de-identified lake into a table of integer counts over a fixed, public domain of
cells (every combination is released, zeros included, so which cells exist reveals nothing). The
unit of privacy is a patient: each query bounds how much one patient can change the whole count
vector in L1 distance (its sensitivity). OpenDP's Laplace mechanism on integer vectors (the discrete
Laplace, or geometric, mechanism) adds noise calibrated to that sensitivity and the requested ε;
δ is 0 (pure ε-DP). Each cell's error bound at confidence 1 − α comes from OpenDP's
``discrete_laplacian_scale_to_accuracy``. Negative noisy counts are set to 0 and rates are derived
from the noisy counts: post-processing, which costs no privacy.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from features import duck
from features.contract import CONDITIONS, DOSE_EVENT_TYPES
from features.deidentified import read_deidentified

#: Age bands as de-identification writes them (``features.deid.generalize.age_band``).
AGE_BANDS = ("0-17", "18-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+")
#: Regions as ISO 3166-2 US subdivisions (the 50 states and DC); anything else is ``other``.
US_STATES = (
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS",
    "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV",
    "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY",
)
REGIONS = (*(f"US-{state}" for state in US_STATES), "other")
#: A patient-week counts as adherent when its dose events reach this share of the prescribed doses.
ADHERENT_SHARE = 0.8
DEFAULT_ALPHA = 0.05
#: The error bounds' confidence 1 − alpha lies between 50% and 99.9%. A smaller alpha is a confidence that
#: prints, and is stored in the manifest, as 100% (1 − 1e-300 is 1.0 as a float): a claim of certainty about
#: noisy counts. A larger one is a bound that holds less often than not, which no partner can use.
MIN_ALPHA, MAX_ALPHA = 0.001, 0.5
#: The smallest ε one release may spend: below it the noise drowns every count of these queries (at ε = 0.001
#: and sensitivity 2 a count's 95% error bound is about ±6,000) and OpenDP's scale search loses precision.
MIN_RELEASE_EPSILON = 0.001
#: Partner names go into the ledger, the audit log and the manifest: printable, trimmed, at most this long.
PARTNER_MAX_LENGTH = 120
#: The longest release window: two years of weeks (the weekly query has 7 × 9 cells a week).
MAX_WEEKS = 104
MECHANISM = "discrete Laplace (geometric) mechanism: OpenDP make_laplace on an integer vector with L1 sensitivity"


class ReleaseError(ValueError):
    """A release that cannot be made as asked (bad parameters, no data)."""


class UnpublishedReleaseError(OSError):
    """A release charged (ledger and audit log) whose files could not be written, e.g. on a full disk."""

    def __init__(self, release_id: str, epsilon: float, cause: OSError):
        super().__init__(cause.errno, cause.strerror, cause.filename)
        self.release_id, self.epsilon = release_id, epsilon

    def __str__(self) -> str:
        where = f" ({self.filename})" if self.filename else ""
        return (f"{self.release_id} was charged (ε = {self.epsilon:g}, recorded in the ledger and the audit log) but its "
                f"files could not be written: {self.strerror}{where}; nothing was published and its ε stays spent. "
                "Free the space and run the release again (a new charge)")


@dataclass(frozen=True)
class Window:
    """The release period: ``weeks`` whole weeks of 7 UTC days ending with ``until``."""

    until: dt.date
    weeks: int

    @property
    def starts(self) -> list[dt.date]:
        first = self.until - dt.timedelta(days=7 * self.weeks - 1)
        return [first + dt.timedelta(days=7 * week) for week in range(self.weeks)]


@dataclass
class Aggregate:
    """Exact counts over a public domain: ``keys`` name the cell, ``counts`` the released columns."""

    cells: pd.DataFrame
    keys: list[str]
    counts: list[str]
    sensitivity: int  # L1: the most one patient changes the whole count vector
    description: str
    rates: dict[str, tuple[str, str]] = field(default_factory=dict)  # rate column → (numerator, denominator)


def _grid(**axes: list[Any] | tuple[Any, ...]) -> pd.DataFrame:
    index = pd.MultiIndex.from_product(list(axes.values()), names=list(axes))
    return index.to_frame(index=False)


def adherence_by_condition_age_week(lake: Path, window: Window) -> Aggregate:
    """Per condition × age band × week: patients enrolled before the week, and those adherent in it.

    A patient-week is adherent when its dose events (pillbox opens, pack scans) reach 80% of the
    prescribed doses (``doses_per_day`` × 7). A patient adds at most 1 to each of the two counts of
    one cell per week, so the sensitivity is 2 × weeks.
    """
    patients = read_deidentified(lake, "patients", ["patient_key", "age_band", "condition", "doses_per_day", "enrolled_at"])
    events = read_deidentified(lake, "events", ["patient_key", "event_type", "event_time"])
    con = duck.connect()
    con.register("patients_in", patients)
    con.register("events_in", events)
    con.register("weeks_in", pd.DataFrame({"week_start": window.starts}))
    dose_types = ", ".join(f"'{kind}'" for kind in DOSE_EVENT_TYPES)
    counted = con.sql(f"""
        WITH patient_weeks AS (
            SELECT p.patient_key, p.condition, p.age_band, p.doses_per_day, w.week_start::DATE AS week_start
            FROM patients_in p CROSS JOIN weeks_in w
            WHERE p.enrolled_at::DATE < w.week_start::DATE
        ),
        doses AS (
            SELECT patient_key, event_time::DATE AS day FROM events_in WHERE event_type IN ({dose_types})
        )
        SELECT pw.condition, pw.age_band, pw.week_start,
               count(*) AS patients,
               count(*) FILTER (WHERE coalesce(d.doses, 0) >= {ADHERENT_SHARE} * 7 * pw.doses_per_day) AS adherent
        FROM patient_weeks pw
        LEFT JOIN (
            SELECT pw2.patient_key, pw2.week_start, count(*) AS doses
            FROM patient_weeks pw2 JOIN doses d
              ON d.patient_key = pw2.patient_key AND d.day >= pw2.week_start AND d.day < pw2.week_start + 7
            GROUP BY ALL
        ) d ON d.patient_key = pw.patient_key AND d.week_start = pw.week_start
        GROUP BY ALL
    """).df()
    grid = _grid(condition=CONDITIONS, age_band=AGE_BANDS, week_start=window.starts)
    counted["week_start"] = pd.to_datetime(counted["week_start"]).dt.date
    cells = grid.merge(counted, on=["condition", "age_band", "week_start"], how="left")
    return Aggregate(
        cells=_as_counts(cells, ["patients", "adherent"]),
        keys=["condition", "age_band", "week_start"],
        counts=["patients", "adherent"],
        sensitivity=2 * window.weeks,
        description="patients enrolled before each week, and those whose dose events reached 80% of the prescribed doses "
        "that week, by condition × age band × week",
        rates={"adherence_rate": ("adherent", "patients")},
    )


def dropoff_by_region(lake: Path, window: Window) -> Aggregate:
    """Per region: patients enrolled by the window's end, and those whose drop-off began in the window.

    Drop-off as the contract defines it (no dose event for 14 days), observed up to ``until``. A
    patient adds at most 1 to each of the two counts of their region, so the sensitivity is 2.
    """
    from features.outcomes import dropoff_intervals

    patients = read_deidentified(lake, "patients", ["patient_key", "state", "enrolled_at"])
    events = read_deidentified(lake, "events", ["patient_key", "event_type", "event_time"])
    end = window.until
    start = window.starts[0]
    patients = patients[pd.to_datetime(patients["enrolled_at"], utc=True).dt.date <= end]
    intervals = dropoff_intervals(events, patients, observed_until=end)
    began = pd.to_datetime(intervals["start"]).dt.date
    dropped = set(intervals.loc[(began >= start) & (began <= end), "patient_key"])
    region = patients["state"].map(lambda state: f"US-{state}" if state in US_STATES else state)
    region = region.where(region.isin(REGIONS), "other")
    frame = pd.DataFrame({"region": region, "dropped_off": patients["patient_key"].isin(dropped).astype(int)})
    counted = frame.groupby("region").agg(patients=("dropped_off", "size"), dropped_off=("dropped_off", "sum")).reset_index()
    cells = _grid(region=REGIONS).merge(counted, on="region", how="left")
    return Aggregate(
        cells=_as_counts(cells, ["patients", "dropped_off"]),
        keys=["region"],
        counts=["patients", "dropped_off"],
        sensitivity=2,
        description="patients enrolled by the end of the window, and those whose drop-off (14 days without a dose) began "
        "in the window, by region",
        rates={"dropoff_rate": ("dropped_off", "patients")},
    )


def _as_counts(cells: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    for column in columns:
        cells[column] = cells[column].fillna(0).astype("int64")
    return cells


QUERIES: dict[str, Callable[[Path, Window], Aggregate]] = {
    "adherence_by_condition_age_week": adherence_by_condition_age_week,
    "dropoff_by_region": dropoff_by_region,
}


def event_days(lake: Path) -> tuple[dt.date, dt.date]:
    """The first and last UTC day with events; the last is the default end of a release window."""
    events = read_deidentified(lake, "events", ["event_time"])
    if events.empty:
        raise ReleaseError("the de-identified events table is empty: nothing to release")
    times = pd.to_datetime(events["event_time"], utc=True)
    return times.min().date(), times.max().date()


def check_epsilon(epsilon: float) -> None:
    """Raise ``ReleaseError`` unless ``MIN_RELEASE_EPSILON`` ≤ ε ≤ ``ledger.MAX_TOTAL_EPSILON`` (no budget could hold more)."""
    from adherence.regulatory.ledger import MAX_TOTAL_EPSILON

    if not (math.isfinite(epsilon) and MIN_RELEASE_EPSILON <= epsilon <= MAX_TOTAL_EPSILON):
        raise ReleaseError(f"--epsilon must be between {MIN_RELEASE_EPSILON:g} and {MAX_TOTAL_EPSILON:g} "
                           f"(the largest total budget), got {epsilon!r}")  # fmt: skip


def check_partner(partner: str) -> str:
    """The partner's name as the ledger records it; ``ReleaseError`` if it could pass for another partner's.

    NFKC-normalised, lower-cased (casefold) and with single spaces, so that ``Acme  Research`` and
    ``acme research`` are one partner whose ε adds up; refused when empty, untrimmed, unprintable,
    longer than ``PARTNER_MAX_LENGTH`` or written in two scripts at once (``Аcme`` with a Cyrillic
    А is a look-alike of ``Acme``).
    """
    import unicodedata

    if not partner.strip():
        raise ReleaseError("--partner must name who receives the release; got an empty name")
    if partner != partner.strip() or not partner.isprintable() or len(partner) > PARTNER_MAX_LENGTH:
        raise ReleaseError(f"--partner must be printable text without leading or trailing spaces, at most "
                           f"{PARTNER_MAX_LENGTH} characters; got {partner[:40]!r}")  # fmt: skip
    name = " ".join(unicodedata.normalize("NFKC", partner).casefold().split())
    scripts = {unicodedata.name(char, "UNKNOWN").split()[0] for char in name if char.isalpha()}
    if len(scripts) > 1:
        raise ReleaseError(f"--partner {partner!r} mixes scripts ({', '.join(sorted(scripts)).lower()}): "
                           "write it in one, so that it cannot pass for another partner's name")  # fmt: skip
    return name


def window_of(until: dt.date, weeks: int) -> Window:
    """The release window, or ``ReleaseError`` naming ``--weeks`` / ``--until`` when it cannot be a calendar span."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ReleaseError(f"--weeks must be between 1 and {MAX_WEEKS}, got {weeks}")
    try:
        window = Window(until, weeks)
        window.starts  # noqa: B018  (the first day must exist in the calendar)
    except OverflowError:
        raise ReleaseError(f"--until {until} with --weeks {weeks} starts before the calendar's first day") from None
    return window


def check_window(window: Window, first: dt.date, last: dt.date) -> None:
    """Refuse a window that lies wholly outside the lake's event days: it would spend ε on nothing but zeros."""
    if window.until < first or window.starts[0] > last:
        raise ReleaseError(f"the window {window.starts[0]} … {window.until} holds no day of the lake's events "
                           f"({first} … {last}); a release of it would spend ε on zeros")  # fmt: skip


@dataclass
class NoisyRelease:
    """The released table and what a partner needs to read it."""

    table: pd.DataFrame
    scale: float
    error_bound: int  # |noisy − true| ≤ error_bound for each count cell with probability ≥ 1 − alpha
    alpha: float
    epsilon: float
    aggregate: Aggregate


def laplace_scale(sensitivity: int, epsilon: float) -> float:
    """The smallest discrete-Laplace scale OpenDP accepts for ``epsilon`` at this L1 sensitivity."""
    import opendp.prelude as dp

    dp.enable_features("contrib")
    space = dp.vector_domain(dp.atom_domain(T=int)), dp.l1_distance(T=int)
    scale: float = dp.binary_search_param(lambda s: space >> dp.m.then_laplace(scale=s), d_in=sensitivity, d_out=epsilon)
    return scale


def error_bound(scale: float, alpha: float = DEFAULT_ALPHA) -> int:
    """The integer error a cell stays within with probability at least ``1 − alpha``."""
    import opendp.prelude as dp

    accuracy: float = dp.discrete_laplacian_scale_to_accuracy(scale, alpha)
    return max(math.ceil(accuracy) - 1, 0)  # P[|error| >= accuracy] = alpha, and errors are integers


def privatize(aggregate: Aggregate, epsilon: float, alpha: float = DEFAULT_ALPHA, scale: float | None = None) -> NoisyRelease:
    """Add OpenDP discrete Laplace noise to every count cell; derive rates with conservative intervals.

    ``scale``: ``laplace_scale(aggregate.sensitivity, epsilon)`` when the caller has it already (a binary search).
    """
    import opendp.prelude as dp

    check_epsilon(epsilon)
    dp.enable_features("contrib")
    scale = scale if scale is not None else laplace_scale(aggregate.sensitivity, epsilon)
    space = dp.vector_domain(dp.atom_domain(T=int)), dp.l1_distance(T=int)
    measurement = space >> dp.m.then_laplace(scale=scale)
    if measurement.map(aggregate.sensitivity) > epsilon:
        raise ReleaseError("OpenDP's privacy map exceeds the requested epsilon")  # binary_search_param guarantees it does not
    exact = aggregate.cells[aggregate.counts].to_numpy(dtype=np.int64)
    noisy = np.asarray(measurement([int(value) for value in exact.ravel()]), dtype=np.int64).reshape(exact.shape)
    bound = error_bound(scale, alpha)
    table = aggregate.cells[aggregate.keys].copy()
    for position, column in enumerate(aggregate.counts):
        table[column] = np.maximum(noisy[:, position], 0)
        table[f"{column}_error"] = bound
    for rate, (numerator, denominator) in aggregate.rates.items():
        top, bottom = table[numerator].astype(float), table[denominator].astype(float)
        table[rate] = (top / bottom.where(bottom > 0)).clip(0, 1)
        table[f"{rate}_low"] = ((top - bound).clip(lower=0) / (bottom + bound)).clip(0, 1)
        table[f"{rate}_high"] = ((top + bound) / (bottom - bound).where(bottom - bound > 0)).clip(0, 1).fillna(1.0)
    return NoisyRelease(table, scale, bound, alpha, epsilon, aggregate)


@dataclass
class Published:
    """A finished release: where it is and what the ledger charged."""

    folder: Path
    manifest: dict[str, Any]
    #: Releases an interrupted earlier run had charged but never published (their ε stays spent).
    interrupted: list[str] = field(default_factory=list)


def publish(
    lake: Path, audit: Any, *, query: str, epsilon: float, partner: str, weeks: int = 4, until: dt.date | None = None,
    output: Path | None = None, total_epsilon: float | None = None, alpha: float = DEFAULT_ALPHA,
) -> Published:
    """Compute ``query`` on the de-identified lake, charge the ledger, then write the release and its manifest.

    Raises ``ReleaseError`` for bad input and ``ledger.BudgetExceededError`` when the budget would be exceeded;
    either way nothing is published.
    """
    from adherence.regulatory.ledger import Ledger

    if query not in QUERIES:
        raise ReleaseError(f"unknown query {query!r}; queries are {', '.join(QUERIES)}")
    if not MIN_ALPHA <= alpha <= MAX_ALPHA:  # NaN fails too
        raise ReleaseError(f"--alpha must be between {MIN_ALPHA:g} and {MAX_ALPHA:g} (error bounds at 50% to 99.9% "
                           f"confidence), got {alpha!r}")  # fmt: skip
    check_epsilon(epsilon)
    partner = check_partner(partner)
    first, last = event_days(lake)
    window = window_of(until or last, weeks)
    check_window(window, first, last)
    aggregate = QUERIES[query](lake, window)
    scale = laplace_scale(aggregate.sensitivity, epsilon)
    if error_bound(scale, alpha) < 1:
        raise ReleaseError(f"ε = {epsilon:g} is too large for {query} (L1 sensitivity {aggregate.sensitivity}): every "
                           f"count would be published exactly with probability at least {1 - alpha:.2f}; choose a "
                           "smaller ε")  # fmt: skip
    ledger = Ledger(lake / "releases", audit)
    ledger.check("deidentified", epsilon, total_epsilon)  # refuse before the noise is drawn, not after
    staging = _staging_folder(output, lake / "releases")  # before the charge: an unwritable place costs no ε
    try:
        return _charge_and_write(ledger, staging, privatize(aggregate, epsilon, alpha, scale), query=query, partner=partner,
                                 window=window, output=output, total_epsilon=total_epsilon, lake=lake)  # fmt: skip
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _staging_folder(output: Path | None, releases: Path) -> Path:
    """An empty folder beside where the release will go; ``ReleaseError`` if that place cannot hold it."""
    import tempfile

    if output is not None and output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise ReleaseError(f"--output {output} exists and is not an empty folder; a release never overwrites anything")
    parent = output.parent if output is not None else releases
    try:
        parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{output.name if output else 'release'}.", dir=parent))
    except OSError as exc:
        raise ReleaseError(f"--output: cannot write a release under {parent} ({exc.strerror or exc})") from exc


def _charge_and_write(
    ledger: Any, staging: Path, noisy: NoisyRelease, *, query: str, partner: str, window: Window, output: Path | None,
    total_epsilon: float | None, lake: Path,
) -> Published:
    """Charge the ledger, then write the release and its manifest into ``staging`` and rename it into place."""
    from importlib.metadata import version

    from adherence.regulatory import write_atomic
    from features.deidentified import fingerprint

    epsilon, alpha, weeks = noisy.epsilon, noisy.alpha, window.weeks
    details = {
        "window": {"from": window.starts[0].isoformat(), "until": window.until.isoformat(), "weeks": weeks},
        "sensitivity_l1": noisy.aggregate.sensitivity, "scale": noisy.scale, "mechanism": MECHANISM,
        "dataset_sha256": fingerprint(lake, ("patients", "events")),
    }  # fmt: skip
    charge = ledger.charge(
        "deidentified", partner, query, epsilon, 0.0, total_epsilon=total_epsilon, details=details
    )
    folder = output or lake / "releases" / charge.release_id
    csv = noisy.table.to_csv(index=False, float_format="%.4f")
    manifest = {
        **charge.as_dict(),
        "query": {"name": query, "counts": noisy.aggregate.description, "cells": len(noisy.table),
                  "keys": noisy.aggregate.keys, "domain": "every combination of the keys' public values, zeros included"},
        "privacy": {
            "unit": "patient: adding or removing all of one patient's records changes the counts by at most sensitivity_l1",
            "epsilon": epsilon, "delta": 0.0,
            "mechanism": MECHANISM, "opendp_version": version("opendp"), **details,
        },
        "error": {
            "confidence": 1 - alpha,
            "per_cell": {column: {"bound": noisy.error_bound, "standard_deviation": _discrete_laplace_sd(noisy.scale)}
                         for column in noisy.aggregate.counts},
            "meaning": f"each count column's cell is within ±{noisy.error_bound} of the exact count with probability "
                       f"at least {1 - alpha:.2f} (column `<count>_error` repeats it per cell); negative noisy counts are "
                       "shown as 0, which only brings them closer",
            "rates": "a rate is the ratio of two noisy counts; `<rate>_low` … `<rate>_high` holds the exact rate whenever "
                     f"both counts are within their bounds, so with probability at least {1 - 2 * alpha:.2f}",
        },
        "ledger": {"spent_before": charge.spent_before, "spent_after": charge.spent_after,
                   "total_epsilon": charge.total_epsilon, "remaining": charge.remaining},
        "files": {"release.csv": "the released table"},
    }  # fmt: skip
    try:
        write_atomic(staging / "release.csv", csv)
        write_atomic(staging / "manifest.json", json.dumps(manifest, indent=2, default=str) + "\n")
        if folder.exists():
            folder.rmdir()  # empty, checked above
        staging.replace(folder)
    except OSError as exc:  # charged already: say so now, as the ledger is whole and no later run can tell
        raise UnpublishedReleaseError(charge.release_id, epsilon, exc) from exc
    return Published(folder, manifest, list(ledger.finished))


def _discrete_laplace_sd(scale: float) -> float:
    """Standard deviation of the discrete Laplace with this scale: sqrt(2 e^{-1/s}) / (1 − e^{-1/s})."""
    q = math.exp(-1 / scale)
    return math.sqrt(2 * q) / (1 - q)
