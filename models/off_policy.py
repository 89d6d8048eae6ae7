"""Off-policy evaluation of a reminder policy from logged decisions and propensities.

Given logged rounds ``(context, action, reward, logging propensity)`` and a target
policy's probabilities, these estimate the reward the target policy would have earned:

- IPS, inverse propensity scoring: ``mean(w * r)`` with ``w = pi(a|x) / p0(a|x)``;
- SNIPS, self-normalised IPS: ``sum(w * r) / sum(w)``;
- DR, doubly robust: ``mean(sum_a pi(a|x) q(x, a) + w * (r - q(x, a_logged)))``, where
  ``q`` is a reward model.

Each comes with a percentile bootstrap confidence interval. ``obp`` offers these
formulas but does not install on Python 3.11, so they are written out here and tested
against hand-computed values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

Estimator = Callable[[np.ndarray], float]


@dataclass(frozen=True)
class Estimate:
    """A policy value with a bootstrap confidence interval."""

    value: float
    low: float
    high: float
    n: int


@dataclass(frozen=True)
class LoggedRounds:
    """Logged decisions, row-aligned.

    ``target_probability`` is the target policy's probability of the logged action;
    ``target_distribution`` (n × actions) and ``reward_model`` (n × actions) are only
    needed for DR, with ``action_index`` the column of the logged action.
    """

    reward: np.ndarray
    logging_propensity: np.ndarray
    target_probability: np.ndarray
    action_index: np.ndarray | None = None
    target_distribution: np.ndarray | None = None
    reward_model: np.ndarray | None = None

    def __post_init__(self) -> None:
        n = len(self.reward)
        if len(self.logging_propensity) != n or len(self.target_probability) != n:
            raise ValueError("reward, logging_propensity and target_probability must have the same length")
        if n == 0:
            raise ValueError("off-policy evaluation needs at least one logged round")
        if np.any(self.logging_propensity <= 0) or np.any(self.logging_propensity > 1):
            raise ValueError("logging propensities must lie in (0, 1]")

    @property
    def weights(self) -> np.ndarray:
        return np.asarray(self.target_probability / self.logging_propensity, dtype=float)


def ips(rounds: LoggedRounds, rows: np.ndarray | None = None) -> float:
    """Inverse propensity scoring estimate."""
    index = slice(None) if rows is None else rows
    return float(np.mean(rounds.weights[index] * rounds.reward[index]))


def snips(rounds: LoggedRounds, rows: np.ndarray | None = None) -> float:
    """Self-normalised IPS: lower variance, slightly biased, bounded by the reward range."""
    index = slice(None) if rows is None else rows
    weights = rounds.weights[index]
    total = weights.sum()
    return float(np.sum(weights * rounds.reward[index]) / total) if total > 0 else float("nan")


def doubly_robust(rounds: LoggedRounds, rows: np.ndarray | None = None) -> float:
    """Doubly robust: the reward model's value, corrected by weighted residuals."""
    if rounds.target_distribution is None or rounds.reward_model is None or rounds.action_index is None:
        raise ValueError("doubly_robust needs action_index, target_distribution and reward_model")
    index = np.arange(len(rounds.reward)) if rows is None else rows
    model = rounds.reward_model[index]
    direct = np.sum(rounds.target_distribution[index] * model, axis=1)
    logged_prediction = model[np.arange(len(index)), rounds.action_index[index]]
    correction = rounds.weights[index] * (rounds.reward[index] - logged_prediction)
    return float(np.mean(direct + correction))


def with_interval(
    estimator: Callable[[LoggedRounds, np.ndarray | None], float],
    rounds: LoggedRounds,
    *,
    samples: int = 500,
    level: float = 0.95,
    seed: int = 0,
) -> Estimate:
    """Point estimate plus a percentile bootstrap interval over logged rounds."""
    rng = np.random.default_rng(seed)
    n = len(rounds.reward)
    draws = np.array([estimator(rounds, rng.integers(0, n, n)) for _ in range(samples)])
    tail = (1 - level) / 2
    low, high = np.nanquantile(draws, [tail, 1 - tail])
    return Estimate(value=estimator(rounds, None), low=float(low), high=float(high), n=n)


def retarget(rounds: LoggedRounds, distribution: np.ndarray) -> LoggedRounds:
    """The same logged rounds and reward model with another target policy, ``distribution``
    (n × actions, columns as ``rounds.target_distribution``): two policies valued on the same
    logs by the same estimators. Rounds whose target probability was 0 (an action outside the
    set) stay at 0."""
    if rounds.action_index is None or rounds.target_distribution is None:
        raise ValueError("retarget needs rounds with action_index and target_distribution")
    if distribution.shape != rounds.target_distribution.shape:
        raise ValueError(f"distribution has shape {distribution.shape}, expected {rounds.target_distribution.shape}")
    logged = distribution[np.arange(len(rounds.reward)), rounds.action_index]
    target = np.where(rounds.target_probability > 0, logged, 0.0)
    return LoggedRounds(rounds.reward, rounds.logging_propensity, target, rounds.action_index, distribution, rounds.reward_model)
