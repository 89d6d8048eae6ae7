"""The off-policy estimators give the exact answers on hand-computed cases."""

from __future__ import annotations

import numpy as np
import pytest

from models.off_policy import LoggedRounds, doubly_robust, ips, snips, with_interval

# Three logged rounds over two actions. Logging propensities 0.5, 0.25, 0.8;
# the target policy gives the logged actions 1.0, 0.5, 0.2 → weights 2, 2, 0.25.
ROUNDS = LoggedRounds(
    reward=np.array([1.0, 0.0, 1.0]),
    logging_propensity=np.array([0.5, 0.25, 0.8]),
    target_probability=np.array([1.0, 0.5, 0.2]),
    action_index=np.array([0, 1, 0]),
    target_distribution=np.array([[1.0, 0.0], [0.5, 0.5], [0.2, 0.8]]),
    reward_model=np.array([[0.6, 0.2], [0.4, 0.4], [0.5, 0.1]]),
)


@pytest.mark.verifies("REQ-MODEL-001")
def test_ips_exact() -> None:
    # (2*1 + 2*0 + 0.25*1) / 3
    assert ips(ROUNDS) == pytest.approx(2.25 / 3)


@pytest.mark.verifies("REQ-MODEL-001")
def test_snips_exact() -> None:
    # (2 + 0 + 0.25) / (2 + 2 + 0.25)
    assert snips(ROUNDS) == pytest.approx(2.25 / 4.25)


@pytest.mark.verifies("REQ-MODEL-001")
def test_doubly_robust_exact() -> None:
    # direct: 0.6, 0.4, 0.2*0.5+0.8*0.1=0.18; corrections: 2*(1-0.6)=0.8, 2*(0-0.4)=-0.8, 0.25*(1-0.5)=0.125
    assert doubly_robust(ROUNDS) == pytest.approx((0.6 + 0.8 + 0.4 - 0.8 + 0.18 + 0.125) / 3)


def test_doubly_robust_with_a_perfect_reward_model_has_no_correction() -> None:
    perfect = LoggedRounds(
        reward=np.array([0.6, 0.4]),
        logging_propensity=np.array([0.5, 0.5]),
        target_probability=np.array([1.0, 0.0]),
        action_index=np.array([0, 1]),
        target_distribution=np.array([[1.0, 0.0], [1.0, 0.0]]),
        reward_model=np.array([[0.6, 0.1], [0.3, 0.4]]),
    )
    assert doubly_robust(perfect) == pytest.approx((0.6 + 0.3) / 2)


def test_estimators_agree_with_truth_on_a_simulated_bandit() -> None:
    """Uniform logging over 4 arms, a deterministic target: all three recover its true value."""
    rng = np.random.default_rng(1)
    n, arms = 20_000, 4
    means = np.array([0.1, 0.3, 0.5, 0.2])
    action = rng.integers(0, arms, n)
    reward = (rng.random(n) < means[action]).astype(float)
    target = np.zeros((n, arms))
    target[:, 2] = 1.0
    rounds = LoggedRounds(
        reward, np.full(n, 1 / arms), target[np.arange(n), action], action, target, np.tile(means + 0.05, (n, 1))
    )
    for estimator in (ips, snips, doubly_robust):
        estimate = with_interval(estimator, rounds, samples=200)
        assert estimate.low <= 0.5 <= estimate.high
        assert estimate.value == pytest.approx(0.5, abs=0.02)


def test_interval_contains_the_point_estimate_and_is_reproducible() -> None:
    first = with_interval(ips, ROUNDS, samples=300, seed=3)
    assert first.low <= first.value <= first.high and first.n == 3
    assert with_interval(ips, ROUNDS, samples=300, seed=3) == first


@pytest.mark.parametrize("propensity", [0.0, 1.5])
def test_invalid_propensity_is_refused(propensity: float) -> None:
    with pytest.raises(ValueError, match="propensities"):
        LoggedRounds(np.array([1.0]), np.array([propensity]), np.array([1.0]))


def test_doubly_robust_needs_a_reward_model() -> None:
    with pytest.raises(ValueError, match="reward_model"):
        doubly_robust(LoggedRounds(np.array([1.0]), np.array([0.5]), np.array([1.0])))


@pytest.mark.verifies("REQ-MODEL-001")
def test_retarget_values_another_policy_on_the_same_logs_exactly() -> None:
    from models.off_policy import retarget

    # A deterministic policy: action 1, 0, 1. Logged actions 0, 1, 0 -> target probabilities 0, 0, 0.
    other = retarget(ROUNDS, np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]]))
    assert other.target_probability.tolist() == [0.0, 0.0, 0.0] and ips(other) == 0.0
    # DR: the reward model's value of the chosen actions (0.2, 0.4, 0.1), no correction (weights 0).
    assert doubly_robust(other) == pytest.approx((0.2 + 0.4 + 0.1) / 3)
    # The same policy as the logged target gives back the same estimates.
    same = retarget(ROUNDS, ROUNDS.target_distribution)  # type: ignore[arg-type]
    assert (ips(same), snips(same), doubly_robust(same)) == pytest.approx((ips(ROUNDS), snips(ROUNDS), doubly_robust(ROUNDS)))
    with pytest.raises(ValueError, match="shape"):
        retarget(ROUNDS, np.ones((3, 3)))
