"""A second producer (``adherence simulate --dynamics alt``): other mechanisms, same contract.

Written from the domain, not from the default dynamics:

- **Engagement** is a latent five-state process, ``committed`` → ``engaged`` → ``wavering`` →
  ``lapsing`` → ``dropped`` (absorbing). Patients slide one state at a time, with a hazard set
  by cost and pill burden (insurance, doses per day, comorbidities, asymptomatic conditions),
  raised on the days around each monthly refill (refill friction) and at weekends, and climb
  back with a rate set by their social support. A rare life event drops anyone at once.
  The exact 30-day drop-off probability is computed forward through the same chain.
- **Reminder response** follows each patient's chronotype: a morning type answers best
  around 06:00–09:00, an evening type around 19:00–22:00, with narrow personal curves; age
  shifts the odds of the type only slightly, so covariates say little about the best hour.
- **Doses**: lapsing patients skip whole days; routines shift with the chronotype.
- **Supply**: more pillbox users, so fewer dose scans per series; more incidents, also on
  small (batch, region) series; incidents ramp up or come in pulses as well as steps;
  counterfeiters clone a real batch number, so any pack of the product bought in the region
  may be a fake printed with it.
- The logging policy is another producer's: 30% at 18:00, the rest uniform.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd

from adherence.simulator import behaviour as bh
from adherence.simulator.dynamics import Dynamics
from adherence.simulator.supply import IncidentPlan

COMMITTED, ENGAGED, WAVERING, LAPSING, DROPPED = range(5)
STATE_NAMES = np.array(["committed", "engaged", "wavering", "lapsing", "dropped"])
# Relative slide hazard out of each non-dropped state, and relative climb-back rate into the one above.
SLIDE = np.array([0.8, 1.0, 1.7, 2.4])
CLIMB = np.array([0.0, 1.2, 0.9, 0.55])
REFILL_CYCLE_DAYS = 30
REFILL_FRICTION = 2.6  # slide hazard multiplier on the last two days of a pack and the refill day
WEEKEND_FRICTION = 1.35
CONDITION_BURDEN = {  # asymptomatic conditions give no felt reason to keep going
    "type2_diabetes": 0.2,
    "hypertension": 0.5,
    "hyperlipidemia": 0.6,
    "asthma": 0.1,
    "hiv": -0.4,
    "heart_failure": -0.3,
    "other": 0.2,
}
COST_BURDEN = {"commercial": 0.0, "medicare": 0.15, "medicaid": 0.3, "uninsured": 0.9, "other": 0.25}
INCIDENTS = IncidentPlan(
    patients_per_incident=300, minimum=8, min_patients=9, days=(16, 41),
    counterfeit_strength=(0.5, 0.9), suspect_strength=(0.2, 0.55),
)  # fmt: skip
SHAPES = np.array(["step", "ramp", "pulse"])
PULSE_ON, PULSE_PERIOD = 3, 7  # a pulse incident is live 3 days in every 7


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


class AltDynamics(Dynamics):
    name = "alt"
    state_names = STATE_NAMES
    dropped = DROPPED
    logging_policy = bh.LoggingPolicy(name="explore-18@1", default_hour=18, default_share=0.3)
    response_by_state = np.array([1.0, 0.85, 0.55, 0.25, 0.0])
    sensor_rate_by_state = np.array([0.85, 0.75, 0.5, 0.3, 0.15])
    app_rate_by_state = np.array([1.2, 1.0, 0.6, 0.3, 0.05])
    day_skip_by_state = np.array([0.0, 0.02, 0.1, 0.5, 1.0])
    take_by_state = np.array([1.0, 0.93, 0.7, 0.45, 0.0])
    cloned_counterfeits = True
    incident_plan = INCIDENTS

    def adjust_traits(self, traits: pd.DataFrame, silver: pd.DataFrame, seed: int) -> pd.DataFrame:
        """Cost-and-burden risk, support, chronotype and its response curve, pillbox share.

        Drawn from a stream of their own, so the population (and its PHI) is the default one's.
        """
        rng = np.random.default_rng([seed, 0xA17])
        n = len(traits)
        age = traits.age.to_numpy()
        risk = (
            np.array([CONDITION_BURDEN[c] for c in silver.condition])
            + np.array([COST_BURDEN[i] for i in silver.insurance])
            + 0.3 * (silver.doses_per_day.to_numpy() - 1)
            + 0.15 * silver.comorbidity_count.to_numpy()
            - 0.15 * silver.prior_hospitalizations_12m.to_numpy()  # a recent stay makes the stakes felt
            + rng.normal(0, 0.6, n)
        )
        morning = rng.random(n) < 0.42 + 0.16 * (age >= 60)
        best = np.where(morning, rng.uniform(6.0, 9.0, n), rng.uniform(19.0, 22.0, n))
        return traits.assign(
            risk=risk,
            support=rng.normal(0, 1, n),
            morning_person=morning,
            routine_shift_min=np.where(morning, -45.0, 50.0) + rng.normal(0, 30, n),
            adherence_engaged=_sigmoid(2.8 - 0.4 * risk + rng.normal(0, 0.4, n)),
            has_pillbox=rng.random(n) < 0.55,
            refill_phase=rng.integers(0, REFILL_CYCLE_DAYS, n),
            preferred_hour=best,  # the response curve (behaviour.response_curves): a narrow bump at the best hour
            response_peak=rng.uniform(0.35, 0.8, n),
            response_width=rng.uniform(0.8, 1.8, n),
            response_floor=rng.uniform(0.02, 0.07, n),
        )

    def transition_rates(self, traits: pd.DataFrame, days: int, start: dt.date) -> dict[str, np.ndarray]:
        """Daily probabilities, each patients × ``days``: ``slide_k`` (k → k+1, into dropped for
        k = 3), ``climb_k`` (k → k-1) and ``event`` (any state → dropped at once)."""
        n = len(traits)
        day = np.arange(days)[None, :]
        tenure = day - traits.enrol_day.to_numpy()[:, None]
        refill = ((tenure + traits.refill_phase.to_numpy()[:, None]) % REFILL_CYCLE_DAYS) >= REFILL_CYCLE_DAYS - 3
        weekday = (start.weekday() + day) % 7
        friction = np.where(refill, REFILL_FRICTION, 1.0) * np.where(weekday >= 5, WEEKEND_FRICTION, 1.0)
        hazard = _sigmoid(-5.2 + 0.8 * traits.risk.to_numpy())[:, None] * friction
        climb = _sigmoid(-2.9 + 0.7 * traits.support.to_numpy())[:, None] * np.ones((1, days))
        rates = {f"slide_{k}": np.minimum(hazard * SLIDE[k], 0.45) for k in range(4)}
        rates |= {f"climb_{k}": np.minimum(climb * CLIMB[k], 0.4) for k in range(1, 4)}
        rates["event"] = np.broadcast_to(_sigmoid(-8.0 + 0.6 * traits.risk.to_numpy())[:, None], (n, days)).copy()
        return rates

    def _moves(self, rates: dict[str, np.ndarray], t: int | slice) -> list[tuple[int, int, np.ndarray]]:
        """(from, to, probability) of every move on day(s) ``t``; at most one move a day."""
        moves = []
        for k in range(4):
            to_dropped = rates["event"][:, t] + (rates["slide_3"][:, t] if k == 3 else 0.0)
            moves.append((k, DROPPED, to_dropped))
            if k < 3:
                moves.append((k, k + 1, rates[f"slide_{k}"][:, t]))
            if k > 0:
                moves.append((k, k - 1, rates[f"climb_{k}"][:, t]))
        return moves

    def simulate_states(
        self, traits: pd.DataFrame, days: int, rng: np.random.Generator, start: dt.date
    ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        n = len(traits)
        enrol_day = traits.enrol_day.to_numpy()
        rates = self.transition_rates(traits, days + bh.HORIZON_DAYS, start)
        states = np.full((n, days), bh.NOT_ENROLLED, dtype=np.int8)
        # New patients start committed; those already on therapy anywhere short of dropped.
        initial = rng.choice(4, n, p=[0.35, 0.4, 0.17, 0.08]).astype(np.int8)
        current = np.where(enrol_day >= 0, COMMITTED, initial).astype(np.int8)
        for t in range(days):
            u = rng.random(n)
            nxt, low = current.copy(), np.zeros(n)
            for origin, target, probability in self._moves(rates, t):
                here = current == origin
                nxt[here & (u >= low) & (u < low + probability)] = target
                low = np.where(here, low + probability, low)
            current = np.where((enrol_day <= t) & (enrol_day < t), nxt, current)
            states[:, t] = np.where(enrol_day <= t, current, bh.NOT_ENROLLED)
        return states, rates

    def dropout_probability(self, states: np.ndarray, rates: dict[str, np.ndarray]) -> np.ndarray:
        days = states.shape[1]
        p = np.stack([(states == k).astype(float) for k in range(5)])  # state × patient × day
        for k in range(1, bh.HORIZON_DAYS + 1):
            window = slice(k, k + days)
            nxt = p.copy()
            for origin, target, probability in self._moves(rates, window):
                flow = p[origin] * probability
                nxt[origin] -= flow
                nxt[target] += flow
            p = nxt
        return np.where(states == bh.NOT_ENROLLED, np.nan, np.where(states == DROPPED, 1.0, p[DROPPED]))

    def daily_doses(
        self, states: np.ndarray, traits: pd.DataFrame, doses_per_day: np.ndarray, rng: np.random.Generator
    ) -> bh.Doses:
        """Doses by slot: whole days skipped when lapsing, single doses missed by state."""
        n, days = states.shape
        routine = bh.routine_minutes(doses_per_day, traits.morning_person.to_numpy(), traits.routine_shift_min.to_numpy())
        keep_day = rng.random((n, days)) >= self.by_state(states, self.day_skip_by_state)
        p_take = traits.adherence_engaged.to_numpy()[:, None] * self.by_state(states, self.take_by_state) * keep_day
        slot_exists = np.arange(bh.MAX_DOSES)[None, None, :] < doses_per_day[:, None, None]
        taken = slot_exists & (rng.random((n, days, bh.MAX_DOSES)) < p_take[:, :, None])
        minute = routine[:, None, :] + rng.normal(0, 25, (n, days, bh.MAX_DOSES))
        return bh.Doses(taken=taken, minute=np.clip(minute, 5, None))

    def incident_shapes(self, n: int, rng: np.random.Generator) -> np.ndarray:
        return np.asarray(SHAPES[rng.integers(0, len(SHAPES), n)])

    def incident_strength(self, incident: Any, day: np.ndarray) -> np.ndarray:
        """Steps hold their strength; ramps grow from 15% to it; pulses are live 3 days in 7."""
        start, end, strength = incident.start_day, incident.end_day, float(incident.strength)
        shape = incident.shape
        inside = (day >= start) & (day <= end)
        since = day - start
        if shape == "ramp":
            level = strength * (0.15 + 0.85 * since / max(end - start, 1))
        elif shape == "pulse":
            level = np.where(since % PULSE_PERIOD < PULSE_ON, strength, 0.0)
        else:
            level = np.full(len(day), strength)
        return np.where(inside, level, 0.0)
