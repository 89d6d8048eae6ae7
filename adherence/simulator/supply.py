"""The supply chain behind the packs: batch releases per product, the batch a pharmacy
dispenses on a given day, injected counterfeit / suspect-flag incidents, and the
traceability registry's answer to every scan (with background noise)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

# Background answers to a scan of a genuine, dispensed pack.
REGISTRY_NOISE = {"active": 0.006, "decommissioned": 0.002, "suspect": 0.002, "unknown": 0.003}
INCIDENT_KINDS = ("counterfeit", "suspect_flag")
INCIDENT_COLUMNS = ["incident_id", "kind", "batch_number", "region", "start_day", "end_day", "strength"]
LETTERS = np.array(list("ABCDEFGHJKLMNPRSTUVWXYZ"))


def make_batches(products: pd.DataFrame, days: int, rng: np.random.Generator) -> pd.DataFrame:
    """Batches released every 20–40 days per product, from well before the window to its end."""
    rows = []
    for product_index, gtin in enumerate(products.product_gtin):
        prefix = "".join(rng.choice(LETTERS, 2))
        day = -int(rng.integers(200, 240))
        while day < days:
            rows.append(
                {
                    "product_index": product_index,
                    "product_gtin": gtin,
                    "release_day": day,
                    "batch_number": f"{prefix}{rng.integers(1000, 9999)}{rng.choice(LETTERS)}",
                }
            )
            day += int(rng.integers(20, 41))
    batches = pd.DataFrame(rows).drop_duplicates("batch_number").reset_index(drop=True)
    batches["expiry_days"] = batches.release_day + 730
    return batches


def dispensed_batch(
    batches: pd.DataFrame, product_index: np.ndarray, acquired_day: np.ndarray, pharmacy_lag: np.ndarray
) -> np.ndarray:
    """Row in ``batches`` a pharmacy hands out: the newest batch released ``lag`` days before."""
    result = np.empty(len(product_index), dtype=np.int64)
    for product, group in batches.groupby("product_index"):
        mask = product_index == product
        releases = group.release_day.to_numpy()
        position = np.searchsorted(releases, acquired_day[mask] - pharmacy_lag[mask], side="right") - 1
        result[mask] = group.index.to_numpy()[np.clip(position, 0, len(group) - 1)]
    return result


@dataclass(frozen=True)
class IncidentPlan:
    """How many incidents to inject and how: one per ``patients_per_incident`` patients (at least
    ``minimum``), on (product, region) pairs with at least ``min_patients``, lasting ``days``
    (low inclusive, high exclusive), with strengths drawn uniformly in the kind's range."""

    patients_per_incident: int = 1500
    minimum: int = 4
    min_patients: int = 12
    days: tuple[int, int] = (14, 36)
    counterfeit_strength: tuple[float, float] = (0.35, 0.9)
    suspect_strength: tuple[float, float] = (0.12, 0.4)


def make_incidents(
    batches: pd.DataFrame,
    patient_product: np.ndarray,
    patient_region: np.ndarray,
    days: int,
    rng: np.random.Generator,
    plan: IncidentPlan = IncidentPlan(),
) -> pd.DataFrame:
    """Incidents on (batch, region) pairs that carry traffic while the batch is dispensed."""
    traffic = pd.DataFrame({"product_index": patient_product, "region": patient_region}).value_counts()
    wanted = max(plan.minimum, round(len(patient_product) / plan.patients_per_incident))
    rows: list[dict[str, object]] = []
    candidates = traffic[traffic >= plan.min_patients]
    if candidates.empty:
        return pd.DataFrame(columns=INCIDENT_COLUMNS)
    for _ in range(wanted * 20):
        if len(rows) >= wanted:
            break
        product, region = candidates.index[rng.choice(len(candidates), p=(candidates / candidates.sum()).to_numpy())]
        group = batches[batches.product_index == product]
        # A batch is mostly dispensed from ~2 weeks after its release to ~2 weeks after the next one.
        windows = [
            (r + 18, n + 10) for r, n in zip(group.release_day, group.release_day.shift(-1, fill_value=days + 60), strict=True)
        ]
        usable = [i for i, (a, b) in enumerate(windows) if max(a, 20) + 5 <= min(b, days - 20)]
        if not usable:
            continue
        choice = usable[rng.integers(len(usable))]
        batch_number = group.batch_number.iloc[choice]
        if any(r["batch_number"] == batch_number and r["region"] == region for r in rows):
            continue
        low, high = max(windows[choice][0], 20), min(windows[choice][1], days - 20)
        start_day = int(rng.integers(low, high))
        kind = INCIDENT_KINDS[int(rng.random() < 0.4)]
        strength = rng.uniform(*plan.counterfeit_strength) if kind == "counterfeit" else rng.uniform(*plan.suspect_strength)
        rows.append(
            {
                "incident_id": f"INC{len(rows) + 1:03d}",
                "kind": kind,
                "batch_number": batch_number,
                "region": region,
                "start_day": start_day,
                "end_day": start_day + int(rng.integers(*plan.days)),
                "strength": round(float(strength), 3),
            }
        )
    return pd.DataFrame(rows, columns=INCIDENT_COLUMNS)


def registry_answers(n: int, counterfeit: np.ndarray, suspect_probability: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The registry's answer per scan: noise for genuine packs, unknown/suspect for the rest."""
    states = np.array(["dispensed", *REGISTRY_NOISE])
    noise = np.array([1 - sum(REGISTRY_NOISE.values()), *REGISTRY_NOISE.values()])
    answers = states[rng.choice(len(states), n, p=noise)]
    flagged = rng.random(n) < suspect_probability
    answers[flagged] = "suspect"
    answers[counterfeit] = np.where(rng.random(int(counterfeit.sum())) < 0.7, "unknown", "suspect")
    return answers
