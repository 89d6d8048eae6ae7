"""Daily behaviour of a chunk of patients, vectorised over patients × days.

A hidden three-state chain drives everything a patient does:
``engaged`` → ``struggling`` → ``dropped`` (absorbing), with transition rates set by the
patient's hidden risk and time on therapy. From it follow dose events (pillbox opens or
pack scans), app opens, sensor readings that worsen with missed doses, and the
response to reminders. The exact probability of dropping within 30 days, given the
current state, is computed forward through the same chain: that is the truth.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

ENGAGED, STRUGGLING, DROPPED, NOT_ENROLLED = 0, 1, 2, -1
STATE_NAMES = np.array(["engaged", "struggling", "dropped"])
HORIZON_DAYS = 30
MAX_DOSES = 4
REMINDER_ARMS = np.arange(6, 23)  # local hours a reminder may be sent at
RESPONSE_WINDOW_MIN = 120  # contract: a dose event within 120 minutes answers a reminder
RESPONSE_BY_STATE = np.array([1.0, 0.5, 0.0])
# Routine local times (minutes after midnight) of each dose by doses per day.
ROUTINES = {
    1: (8 * 60,),
    2: (8 * 60, 20 * 60),
    3: (8 * 60, 14 * 60, 20 * 60 + 30),
    4: (8 * 60, 12 * 60 + 30, 17 * 60, 21 * 60 + 30),
}
SENSOR_MODEL = {  # kind -> (baseline, per-sd spread, effect of full non-adherence, noise)
    "glucose_mg_dl": (125.0, 12.0, 90.0, 12.0),
    "systolic_bp_mm_hg": (130.0, 8.0, 28.0, 7.0),
    "peak_flow_l_min": (430.0, 50.0, -130.0, 20.0),
}


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


@dataclass(frozen=True)
class LoggingPolicy:
    """The exploring policy that picked reminder hours in the logs: mostly 09:00, else uniform."""

    name: str = "explore-09@1"
    default_hour: int = 9
    default_share: float = 0.4

    def probabilities(self) -> np.ndarray:
        probs = np.full(len(REMINDER_ARMS), (1 - self.default_share) / len(REMINDER_ARMS))
        probs[self.default_hour == REMINDER_ARMS] += self.default_share
        return probs


def transition_probabilities(risk: np.ndarray, enrol_day: np.ndarray, days: int) -> dict[str, np.ndarray]:
    """Daily transition probabilities per patient and day (``days`` columns), by risk and tenure."""
    tenure = np.maximum(np.arange(days)[None, :] - enrol_day[:, None], 0)
    early = 1 + 1.5 * np.exp(-tenure / 60)  # the first months on therapy are the riskiest
    r = risk[:, None]
    return {
        "engaged_to_struggling": np.minimum(_sigmoid(-6.2 + 0.9 * r) * early, 0.5),
        "struggling_to_engaged": np.full_like(early, 0.08),
        "struggling_to_dropped": np.minimum(_sigmoid(-3.9 + 0.5 * r) * np.sqrt(early), 0.4),
        "engaged_to_dropped": _sigmoid(-8.5 + r) * np.ones_like(early),
    }


def simulate_states(
    risk: np.ndarray, enrol_day: np.ndarray, days: int, rng: np.random.Generator
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Run the chain; ``NOT_ENROLLED`` before enrolment. Returns states and the rates used."""
    n = len(risk)
    rates = transition_probabilities(risk, enrol_day, days + HORIZON_DAYS)
    states = np.full((n, days), NOT_ENROLLED, dtype=np.int8)
    current = np.where(rng.random(n) < 0.08, STRUGGLING, ENGAGED).astype(np.int8)
    for t in range(days):
        u = rng.random(n)
        e_s, e_d = rates["engaged_to_struggling"][:, t], rates["engaged_to_dropped"][:, t]
        s_e, s_d = rates["struggling_to_engaged"][:, t], rates["struggling_to_dropped"][:, t]
        nxt = current.copy()
        nxt[(current == ENGAGED) & (u < e_d)] = DROPPED
        nxt[(current == ENGAGED) & (u >= e_d) & (u < e_d + e_s)] = STRUGGLING
        nxt[(current == STRUGGLING) & (u < s_d)] = DROPPED
        nxt[(current == STRUGGLING) & (u >= s_d) & (u < s_d + s_e)] = ENGAGED
        enrolled = enrol_day <= t
        # The day of enrolment starts in the initial state; afterwards the chain moves.
        current = np.where(enrolled & (enrol_day < t), nxt, current)
        states[:, t] = np.where(enrolled, current, NOT_ENROLLED)
    return states, rates


def dropout_probability(states: np.ndarray, rates: dict[str, np.ndarray]) -> np.ndarray:
    """P(reaching ``dropped`` within the next 30 days | state at the end of each day), exactly."""
    days = states.shape[1]
    p_engaged = (states == ENGAGED).astype(float)
    p_struggling = (states == STRUGGLING).astype(float)
    p_dropped = (states == DROPPED).astype(float)
    for k in range(1, HORIZON_DAYS + 1):
        window = slice(k, k + days)  # day t + k for every t
        e_s, e_d = rates["engaged_to_struggling"][:, window], rates["engaged_to_dropped"][:, window]
        s_e, s_d = rates["struggling_to_engaged"][:, window], rates["struggling_to_dropped"][:, window]
        p_dropped = p_dropped + p_engaged * e_d + p_struggling * s_d
        p_engaged, p_struggling = (
            p_engaged * (1 - e_s - e_d) + p_struggling * s_e,
            p_engaged * e_s + p_struggling * (1 - s_e - s_d),
        )
    return np.where(states == NOT_ENROLLED, np.nan, np.where(states == DROPPED, 1.0, p_dropped))


def response_curves(traits: pd.DataFrame) -> np.ndarray:
    """True probability of a dose within 120 min of a reminder, per patient × arm, when engaged."""
    distance = (REMINDER_ARMS[None, :] - traits.preferred_hour.to_numpy()[:, None]) / traits.response_width.to_numpy()[:, None]
    return traits.response_floor.to_numpy()[:, None] + traits.response_peak.to_numpy()[:, None] * np.exp(-0.5 * distance**2)


@dataclass
class Doses:
    """Dose slots per patient × day × slot: taken or not, and local minute of the day."""

    taken: np.ndarray  # bool (P, T, 4)
    minute: np.ndarray  # float (P, T, 4), may exceed 1440 (after midnight)


def routine_minutes(doses_per_day: np.ndarray, morning_person: np.ndarray, shift_min: np.ndarray) -> np.ndarray:
    """Routine local minute of each dose slot, patients × ``MAX_DOSES`` (NaN past the patient's doses).

    A once-daily evening person takes the dose at 20:30; everyone's routine is shifted by
    their own offset, clipped to ±150 minutes.
    """
    routine = np.full((len(doses_per_day), MAX_DOSES), np.nan)
    for count, times in ROUTINES.items():
        rows = doses_per_day == count
        routine[rows, :count] = times
    routine[(doses_per_day == 1) & ~morning_person, 0] = 20 * 60 + 30
    return routine + np.clip(shift_min, -150, 150)[:, None]


def daily_doses(states: np.ndarray, traits: pd.DataFrame, doses_per_day: np.ndarray, rng: np.random.Generator) -> Doses:
    """Which routine doses each patient takes each day, and when."""
    n, days = states.shape
    routine = routine_minutes(doses_per_day, traits.morning_person.to_numpy(), traits.routine_shift_min.to_numpy())
    engaged = traits.adherence_engaged.to_numpy()[:, None]
    p_take = np.select([states == ENGAGED, states == STRUGGLING], [engaged, 0.35 * engaged], 0.0)
    slot_exists = np.arange(MAX_DOSES)[None, None, :] < doses_per_day[:, None, None]
    taken = slot_exists & (rng.random((n, days, MAX_DOSES)) < p_take[:, :, None])
    minute = routine[:, None, :] + rng.normal(0, 35, (n, days, MAX_DOSES))
    return Doses(taken=taken, minute=np.clip(minute, 5, None))


@dataclass
class Reminders:
    """One row per reminder sent: patient row, day, local hour and minute, truth of the response."""

    patient: np.ndarray
    day: np.ndarray
    hour: np.ndarray
    minute: np.ndarray
    propensity: np.ndarray
    response_probability: np.ndarray
    responded: np.ndarray
    state: np.ndarray


def send_reminders(
    states: np.ndarray,
    traits: pd.DataFrame,
    doses: Doses,
    curves: np.ndarray,
    policy: LoggingPolicy,
    rng: np.random.Generator,
    response_by_state: np.ndarray = RESPONSE_BY_STATE,
) -> Reminders:
    """Send reminders on ~60% of enrolled days, then move doses so outcomes follow the truth.

    A response puts one dose inside the 120-minute window; without one, doses that would
    fall inside it by routine are taken later, so the observed outcome is exactly the
    Bernoulli draw whose probability the truth records. ``response_by_state`` scales the
    curve by the patient's hidden state that day (one factor per state, 0 for dropped).
    """
    enabled = traits.reminders_enabled.to_numpy()[:, None] & (states != NOT_ENROLLED)
    patient, day = np.nonzero(enabled & (rng.random(states.shape) < 0.6))
    probs = policy.probabilities()
    arm = rng.choice(len(REMINDER_ARMS), len(patient), p=probs)
    hour = REMINDER_ARMS[arm]
    minute = hour * 60 + rng.uniform(0, 5, len(patient))
    state = states[patient, day]
    response_probability = curves[patient, arm] * response_by_state[state]
    responded = rng.random(len(patient)) < response_probability

    slot_minutes = doses.minute[patient, day]  # (R, 4)
    # A minute of margin before the window: a pillbox user's new-pack scan follows the opening
    # by under a minute (see run.py), and must not fall in the window either.
    in_window = (slot_minutes >= minute[:, None] - 1) & (slot_minutes < minute[:, None] + RESPONSE_WINDOW_MIN)
    late = minute[:, None] + RESPONSE_WINDOW_MIN + rng.uniform(5, 60, slot_minutes.shape)
    moved = np.where(in_window & ~responded[:, None], late, slot_minutes)
    exists = ~np.isnan(doses.minute[patient, day])
    nearest = np.argmin(np.where(exists, np.abs(slot_minutes - minute[:, None]), np.inf), axis=1)
    rows = np.nonzero(responded)[0]
    moved[rows, nearest[rows]] = minute[rows] + rng.uniform(3, RESPONSE_WINDOW_MIN - 5, len(rows))
    doses.minute[patient, day] = moved
    doses.taken[patient[rows], day[rows], nearest[rows]] = True
    return Reminders(patient, day, hour, minute, probs[arm], response_probability, responded, state)


def rolling_adherence(doses: Doses, doses_per_day: np.ndarray, window: int = 7) -> np.ndarray:
    """Share of prescribed doses taken over the trailing ``window`` days, per patient × day."""
    daily = doses.taken.sum(axis=2) / doses_per_day[:, None]
    cumulative = np.cumsum(np.pad(daily, ((0, 0), (window, 0))), axis=1)
    return (cumulative[:, window:] - cumulative[:, :-window]) / window
