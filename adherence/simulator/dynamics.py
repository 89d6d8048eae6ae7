"""The simulator's dynamics: what drives patients' behaviour and the supply incidents.

Two producers share one writer (``run.py``) and so one Silver contract and one kind of truth,
but not their mechanisms:

- ``default`` (``behaviour.py``, ``supply.py``): a three-state engagement chain driven by risk
  and tenure, reminder preferences set mostly by covariates, constant-strength incidents;
- ``alt`` (``alt.py``): a five-state latent engagement process driven by refill friction,
  weekends and support, a chronotype (morning or evening) per patient that sets the best
  reminder hour, other incident shapes (ramps, pulses) and lower, uneven scan volumes.

Models are benchmarked on both, so a figure that holds only on the simulator that wrote the
tests shows up as such.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from adherence.simulator import behaviour as bh
from adherence.simulator.supply import IncidentPlan, make_incidents


class Dynamics:
    """The default producer. Subclasses override the mechanisms, never the writer.

    Shapes: ``states`` is int8 (patients × days), ``NOT_ENROLLED`` (-1) before enrolment,
    else an index into ``state_names``; ``dropped`` is the absorbing state's index.
    """

    name = "default"
    state_names: np.ndarray = bh.STATE_NAMES
    dropped: int = bh.DROPPED
    logging_policy = bh.LoggingPolicy()
    #: Multiplier of the reminder response curve, per state.
    response_by_state: np.ndarray = bh.RESPONSE_BY_STATE
    #: Daily probability of a sensor reading and mean app opens (× the patient's rate), per state.
    sensor_rate_by_state = np.array([0.8, 0.5, 0.25])
    app_rate_by_state = np.array([1.0, 0.5, 0.1])
    #: Counterfeits hit only packs of the incident's batch (False), or any pack of its product
    #: bought in its region, printed with the cloned batch number (True).
    cloned_counterfeits = False
    incident_plan = IncidentPlan()

    def adjust_traits(self, traits: pd.DataFrame, silver: pd.DataFrame, seed: int) -> pd.DataFrame:
        """The hidden traits this producer uses, from the population's (default: unchanged)."""
        return traits

    def simulate_states(
        self, traits: pd.DataFrame, days: int, rng: np.random.Generator, start: dt.date
    ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """States (patients × days) and the transition rates used (patients × days + 30 each);
        ``start`` is the first simulated day (for weekdays)."""
        return bh.simulate_states(traits.risk.to_numpy(), traits.enrol_day.to_numpy(), days, rng)

    def dropout_probability(self, states: np.ndarray, rates: dict[str, np.ndarray]) -> np.ndarray:
        """Exact P(dropped within 30 days | state at the end of the day), NaN before enrolment."""
        return bh.dropout_probability(states, rates)

    def daily_doses(
        self, states: np.ndarray, traits: pd.DataFrame, doses_per_day: np.ndarray, rng: np.random.Generator
    ) -> bh.Doses:
        return bh.daily_doses(states, traits, doses_per_day, rng)

    def response_curves(self, traits: pd.DataFrame) -> np.ndarray:
        """P(dose within 120 min of a reminder), patients × ``bh.REMINDER_ARMS``, at factor 1."""
        return bh.response_curves(traits)

    def make_incidents(
        self,
        batches: pd.DataFrame,
        patient_product: np.ndarray,
        patient_region: np.ndarray,
        days: int,
        rng: np.random.Generator,
        scale: float = 1.0,
    ) -> pd.DataFrame:
        """Incidents as ``incident_plan`` says, each with a ``shape`` (``incident_shapes``); ``scale``
        multiplies their number (the plan's rate per patient and its minimum; 1 is the plan itself)."""
        plan = self.incident_plan
        if scale != 1.0:
            plan = replace(plan, patients_per_incident=max(1, round(plan.patients_per_incident / scale)),
                           minimum=max(1, round(plan.minimum * scale)))  # fmt: skip
        incidents = make_incidents(batches, patient_product, patient_region, days, rng, plan)
        return incidents.assign(shape=self.incident_shapes(len(incidents), rng))

    def incident_shapes(self, n: int, rng: np.random.Generator) -> np.ndarray:
        """How each of ``n`` incidents evolves over its window (``incident_strength``): steps here."""
        return np.full(n, "step")

    def incident_strength(self, incident: Any, day: np.ndarray) -> np.ndarray:
        """Strength of ``incident`` on each simulated ``day`` (0 outside it): constant here."""
        start, end, strength = incident.start_day, incident.end_day, incident.strength
        return np.where((day >= start) & (day <= end), float(strength), 0.0)

    def by_state(self, states: np.ndarray, table: np.ndarray) -> np.ndarray:
        """``table[state]`` per cell, 0 before enrolment."""
        return np.where(states >= 0, table[np.clip(states, 0, None)], 0.0)


def dynamics(name: str) -> Dynamics:
    """The producer called ``name``; ValueError naming the known ones otherwise."""
    from adherence.simulator.alt import AltDynamics

    known: dict[str, type[Dynamics]] = {"default": Dynamics, "alt": AltDynamics}
    if name not in known:
        raise ValueError(f"dynamics must be one of {', '.join(known)}, got {name!r}")
    return known[name]()


DYNAMICS_NAMES = ("default", "alt")
