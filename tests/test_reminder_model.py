"""The reminder bandit learns the best hour per context off-policy, serves exact propensities
and evaluates itself honestly, on synthetic logs whose truth is known in closed form.

The generator is independent of the project's simulator: patients are morning or evening
people (best hour 07:00 or 18:00), visible through their response-rate features; a logging
policy that favours 09:00 or 12:00 depending on app use sent the reminders and logged its
exact propensities; the response probability of every (patient, hour) is known, so the
true value of any policy is ``mean_i sum_a pi(a | x_i) q(x_i, a)``.
"""

from __future__ import annotations

import copy
import pickle
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from sklearn.base import clone

from adherence.domain import DOSE_HOUR_DAYS, HOUR_HISTORY_DAYS
from models.reminder import ReminderPolicy

HOURS = np.array([7, 9, 12, 15, 18, 21])
MORNING_BEST, EVENING_BEST = 7, 18


@dataclass(frozen=True)
class Log:
    """Logged reminders plus the generator's truth for each row."""

    context: pd.DataFrame
    hour: np.ndarray
    reward: np.ndarray
    propensity: np.ndarray
    morning: np.ndarray  # hidden group
    logging_distribution: np.ndarray  # (n, len(HOURS)) of the logging policy
    response: np.ndarray  # (n, len(HOURS)) true response probability

    def rows(self, index: slice) -> Log:
        return Log(
            self.context.iloc[index],
            *(getattr(self, f)[index] for f in ("hour", "reward", "propensity", "morning", "logging_distribution", "response")),
        )


def response_probability(morning: np.ndarray) -> np.ndarray:
    """A bell around the group's best hour: 0.5 at the peak, 0.05 far from it."""
    best = np.where(morning, MORNING_BEST, EVENING_BEST)
    return 0.05 + 0.45 * np.exp(-0.5 * ((HOURS[None, :] - best[:, None]) / 3.0) ** 2)


def make_log(n: int, seed: int) -> Log:
    rng = np.random.default_rng(seed)
    morning = rng.random(n) < 0.5
    context = pd.DataFrame(
        {
            "response_rate_morning_60d": np.where(morning, rng.uniform(0.5, 0.9, n), rng.uniform(0.0, 0.3, n)),
            "response_rate_evening_60d": np.where(morning, rng.uniform(0.0, 0.3, n), rng.uniform(0.5, 0.9, n)),
            "reminders_7d": rng.poisson(5, n).astype(float),
            "app_opens_7d": rng.poisson(3, n).astype(float),
            "days_since_last_dose": rng.exponential(2.0, n),
        }
    )
    context.loc[rng.random(n) < 0.2, "days_since_last_dose"] = np.nan
    context.loc[rng.random(n) < 0.05, "response_rate_morning_60d"] = np.nan
    # Logging: 0.5 on a favoured hour (09:00 for frequent app users, else 12:00), 0.1 on the rest.
    favoured = np.where(context["app_opens_7d"].to_numpy() >= 3, 1, 2)
    logging = np.full((n, len(HOURS)), 0.1)
    logging[np.arange(n), favoured] = 0.5
    arm = np.argmax(rng.random(n)[:, None] < np.cumsum(logging, axis=1), axis=1)
    response = response_probability(morning)
    reward = (rng.random(n) < response[np.arange(n), arm]).astype(float)
    return Log(context, HOURS[arm], reward, logging[np.arange(n), arm], morning, logging, response)


def true_value(distribution: np.ndarray, log: Log) -> float:
    return float(np.mean(np.sum(distribution * log.response, axis=1)))


@pytest.fixture(scope="module")
def log() -> Log:
    return make_log(30_000, seed=11)


@pytest.fixture(scope="module")
def train(log: Log) -> Log:
    """The earlier 60% of the log (rows are in time order)."""
    return log.rows(slice(0, 18_000))


@pytest.fixture(scope="module")
def held_out(log: Log) -> Log:
    return log.rows(slice(18_000, None))


@pytest.fixture(scope="module")
def policy(train: Log) -> ReminderPolicy:
    return ReminderPolicy(random_state=0).fit(train.context, train.hour, train.reward, train.propensity)


def fit_args(log: Log) -> tuple[Any, ...]:
    return log.context, log.hour, log.reward, log.propensity


# --- (1) it learns ----------------------------------------------------------------------------
def test_learns_the_best_hour_per_group_and_beats_the_logging_policy(policy: ReminderPolicy, held_out: Log) -> None:
    assert policy.hours_.tolist() == HOURS.tolist()  # default action set: the logged hours
    distribution = policy.action_distribution(held_out.context)
    best = np.where(held_out.morning, HOURS.tolist().index(MORNING_BEST), HOURS.tolist().index(EVENING_BEST))
    for group in (held_out.morning, ~held_out.morning):
        mass_on_best = distribution[group, best[group]]
        assert mass_on_best.mean() > 0.6
        assert np.mean(distribution[group].argmax(axis=1) == best[group]) > 0.95
    learned, logging = true_value(distribution, held_out), true_value(held_out.logging_distribution, held_out)
    assert learned > logging + 0.15, (learned, logging)


# --- (2) it evaluates itself honestly ----------------------------------------------------------
def test_off_policy_estimates_match_the_true_value_on_held_out_logs(policy: ReminderPolicy, held_out: Log) -> None:
    result = policy.evaluate_off_policy(*fit_args(held_out), n_bootstrap=200, random_state=3)
    truth = true_value(policy.action_distribution(held_out.context), held_out)
    logging_truth = true_value(held_out.logging_distribution, held_out)
    for name, expected in (("ips", truth), ("snips", truth), ("dr", truth), ("logging", logging_truth)):
        estimate = result[name]
        assert estimate.n == len(held_out.reward)
        assert estimate.low <= estimate.value <= estimate.high
        standard_error = (estimate.high - estimate.low) / (2 * 1.96)
        assert abs(estimate.value - expected) < max(3.5 * standard_error, 0.01), (name, estimate, expected)
        assert abs(estimate.value - expected) < 0.05, (name, estimate, expected)
    # The reward model soaks up most of the IPS noise.
    assert result["dr"].high - result["dr"].low < result["ips"].high - result["ips"].low
    assert result["logging"].value == pytest.approx(held_out.reward.mean())
    lift = result["dr_lift"]
    assert lift.value == pytest.approx(result["dr"].value - result["logging"].value)
    assert lift.low > 0.1


def test_inverse_propensity_weights_undo_a_confounded_logging_policy() -> None:
    """No usable context: each arm's model is its mean reward. The logger sends 09:00 mostly to
    group A, who love it (0.6); group B never answers at 09:00. Unweighted, 09:00 looks like
    0.54; the population value, which the weighted fit must find, is 0.3 (and 0.25 at 12:00)."""
    rng = np.random.default_rng(5)
    n = 40_000
    group_a = rng.random(n) < 0.5
    p_nine = np.where(group_a, 0.9, 0.1)
    nine = rng.random(n) < p_nine
    response = np.where(nine, np.where(group_a, 0.6, 0.0), np.where(group_a, 0.2, 0.3))
    reward = (rng.random(n) < response).astype(float)
    policy = ReminderPolicy(max_weight=1000).fit(
        pd.DataFrame(index=range(n)), np.where(nine, 9, 12), reward, np.where(nine, p_nine, 1 - p_nine)
    )
    modelled = policy.expected_reward(pd.DataFrame(index=range(1)))[0]
    assert modelled == pytest.approx([0.3, 0.25], abs=0.02)


def test_weighted_ridge_matches_its_closed_form() -> None:
    x = np.array([0.0, 1.0, 2.0, 3.0, 5.0, 4.0])
    hour = np.array([8, 8, 8, 20, 20, 20])
    reward = np.array([1.0, 0.0, 1.0, 0.0, 1.0, 1.0])
    propensity = np.array([0.5, 0.25, 0.1, 0.5, 0.5, 0.2])
    policy = ReminderPolicy(regularization=0.7, max_weight=5.0).fit(pd.DataFrame({"f": x}), hour, reward, propensity)
    design = np.column_stack([np.ones(6), (x - x.mean()) / x.std()])
    prior = reward.mean()
    for arm, rows in enumerate((slice(0, 3), slice(3, 6))):
        w = np.minimum(1 / propensity[rows], 5.0)
        w = w * w.sum() / (w**2).sum()
        a = 0.7 * np.eye(2) + design[rows].T @ np.diag(w) @ design[rows]
        theta = np.linalg.solve(a, design[rows].T @ (w * (reward[rows] - prior)))
        np.testing.assert_allclose(policy.coef_[arm], theta)
        np.testing.assert_allclose(policy.covariance_[arm], np.linalg.inv(a))
        assert policy.effective_samples_per_hour_[arm] == pytest.approx(w.sum())
    expected = np.clip(prior + design @ policy.coef_.T, 0, 1)
    np.testing.assert_allclose(policy.expected_reward(pd.DataFrame({"f": x})), expected)


# --- (3) exact probabilities -------------------------------------------------------------------
@pytest.mark.verifies("REQ-MODEL-002")
def test_probabilities_are_exact_distributions_with_the_exploration_floor(policy: ReminderPolicy, held_out: Log) -> None:
    distribution = policy.action_distribution(held_out.context)
    assert distribution.shape == (len(held_out.reward), len(HOURS))
    np.testing.assert_allclose(distribution.sum(axis=1), 1.0, rtol=0, atol=1e-12)
    assert distribution.min() >= policy.exploration / len(HOURS)
    # The closed form, recomputed from the public pieces.
    scores = policy.expected_reward(held_out.context) + policy.alpha * policy.uncertainty(held_out.context)
    softmax = np.exp((scores - scores.max(axis=1, keepdims=True)) / policy.temperature)
    softmax /= softmax.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(distribution, 0.1 / len(HOURS) + 0.9 * softmax)


@pytest.mark.verifies("REQ-MODEL-002")
def test_choose_draws_hours_with_the_stated_probabilities(policy: ReminderPolicy, held_out: Log) -> None:
    half = 20_000
    rows = held_out.context.iloc[[0, 1]]
    context = rows.iloc[np.repeat([0, 1], half)]
    distribution = policy.action_distribution(rows)
    chosen = policy.choose(context, random_state=123)
    assert list(chosen.columns) == ["local_hour", "propensity"]
    assert chosen.index.equals(context.index)
    assert chosen["local_hour"].dtype == np.int64
    for row in (0, 1):
        picked = chosen["local_hour"].to_numpy()[row * half : (row + 1) * half]
        counts = np.array([(picked == h).sum() for h in HOURS])
        assert stats.chisquare(counts, distribution[row] * half).pvalue > 1e-3
        # Each returned propensity is the distribution's entry for the hour actually drawn.
        propensity = chosen["propensity"].to_numpy()[row * half : (row + 1) * half]
        np.testing.assert_array_equal(propensity, distribution[row][np.searchsorted(HOURS, picked)])


def test_greedy_and_uniform_limits(train: Log) -> None:
    greedy = ReminderPolicy(temperature=0, exploration=0.2).fit(*fit_args(train))
    distribution = greedy.action_distribution(train.context.iloc[:50])
    assert set(np.round(np.unique(distribution), 12)) == {round(0.2 / 6, 12), round(0.2 / 6 + 0.8, 12)}
    uniform = ReminderPolicy(exploration=1.0).fit(*fit_args(train))
    np.testing.assert_allclose(uniform.action_distribution(train.context.iloc[:50]), 1 / 6)
    deterministic = ReminderPolicy(temperature=0, exploration=0.0).fit(*fit_args(train))
    chosen = deterministic.choose(train.context.iloc[:200], random_state=0)
    assert (chosen["propensity"] == 1.0).all()


# --- (4) nulls and column handling --------------------------------------------------------------
def test_null_context_is_imputed_and_flagged(policy: ReminderPolicy, held_out: Log) -> None:
    context = held_out.context.iloc[:5].copy()
    context.iloc[0] = np.nan  # a brand-new patient: nothing known
    # Feast may hand back nullable integers and object columns of None; extra columns and
    # another column order are fine.
    context["reminders_7d"] = pd.array([None, 3, 4, None, 6], dtype="Int64")
    context["days_since_last_dose"] = pd.Series([None, 1.0, None, 2.0, 0.5], dtype=object, index=context.index)
    context["patient_note"] = "ignored"
    context = context[context.columns[::-1]]
    distribution = policy.action_distribution(context)
    assert np.isfinite(distribution).all()
    np.testing.assert_allclose(distribution.sum(axis=1), 1.0, atol=1e-12)
    chosen = policy.choose(context, random_state=1)
    assert chosen["local_hour"].isin(HOURS).all() and chosen["propensity"].between(0, 1, inclusive="right").all()
    # Missing values are imputed with training medians, with their own flag where training had gaps.
    assert set(policy.feature_names_in_[policy.indicator_columns_]) == {"response_rate_morning_60d", "days_since_last_dose"}


def test_a_patient_without_the_morning_rate_still_gets_the_right_hour(policy: ReminderPolicy, held_out: Log) -> None:
    context = held_out.context.copy()
    context["response_rate_morning_60d"] = np.nan
    best = np.where(held_out.morning, 0, 4)
    assert np.mean(policy.action_distribution(context).argmax(axis=1) == best) > 0.9


# --- (5) determinism and persistence -----------------------------------------------------------
def test_deterministic_and_picklable(train: Log, held_out: Log) -> None:
    first = ReminderPolicy(random_state=4).fit(*fit_args(train))
    second = clone(first).fit(*fit_args(train))
    context = held_out.context.iloc[:300]
    np.testing.assert_array_equal(first.action_distribution(context), second.action_distribution(context))
    # The policy's own stream: equal for twins, fresh on each call.
    first_draws, second_draws = first.choose(context), second.choose(context)
    pd.testing.assert_frame_equal(first_draws, second_draws)
    assert not first.choose(context)["local_hour"].equals(first_draws["local_hour"])
    pd.testing.assert_frame_equal(first.choose(context, random_state=9), second.choose(context, random_state=9))

    restored = pickle.loads(pickle.dumps(first))
    np.testing.assert_array_equal(restored.action_distribution(context), first.action_distribution(context))
    np.testing.assert_array_equal(restored.expected_reward(context), first.expected_reward(context))
    pd.testing.assert_frame_equal(restored.choose(context), first.choose(context))  # the stream state travels too
    assert restored.get_params() == first.get_params()
    sample = fit_args(held_out.rows(slice(0, 2000)))
    assert restored.evaluate_off_policy(*sample, n_bootstrap=20) == first.evaluate_off_policy(*sample, n_bootstrap=20)


# --- action set ---------------------------------------------------------------------------------
def test_logged_hours_outside_the_action_set_get_target_probability_zero(train: Log, held_out: Log) -> None:
    policy = ReminderPolicy(hours=[21, 7, 18]).fit(*fit_args(train))
    assert policy.hours_.tolist() == [7, 18, 21]
    assert policy.n_samples_per_hour_.sum() == np.isin(train.hour, [7, 18, 21]).sum()
    result = policy.evaluate_off_policy(*fit_args(held_out), n_bootstrap=50)
    assert result["ips"].n == len(held_out.reward)  # the out-of-set rounds are kept
    restricted = np.zeros((len(held_out.reward), len(HOURS)))
    restricted[:, [0, 4, 5]] = policy.action_distribution(held_out.context)
    truth = true_value(restricted, held_out)
    assert result["dr"].value == pytest.approx(truth, abs=0.04)


def test_an_hour_never_logged_falls_back_to_the_prior_with_wide_uncertainty(train: Log) -> None:
    policy = ReminderPolicy(hours=[*HOURS.tolist(), 3]).fit(*fit_args(train))
    unseen = policy.hours_.tolist().index(3)
    assert policy.n_samples_per_hour_[unseen] == 0
    context = train.context.iloc[:20]
    np.testing.assert_allclose(policy.expected_reward(context)[:, unseen], policy.prior_mean_)
    sd = policy.uncertainty(context)
    assert (sd[:, unseen] > 5 * np.delete(sd, unseen, axis=1).max(axis=1)).all()


# --- (6) errors ---------------------------------------------------------------------------------
def _small() -> tuple[pd.DataFrame, np.ndarray, np.ndarray, np.ndarray]:
    return pd.DataFrame({"a": [1.0, 2.0, 3.0]}), np.array([8, 9, 8]), np.array([1.0, 0.0, 1.0]), np.array([0.5, 0.5, 0.5])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c, h, r, p: (c, h[:2], r, p), "same length"),
        (lambda c, h, r, p: (c.iloc[:0], h[:0], r[:0], p[:0]), "empty"),
        (lambda c, h, r, p: (c, h, r, np.array([0.5, 0.0, 0.5])), r"propensity must lie in \(0, 1\]"),
        (lambda c, h, r, p: (c, h, r, np.array([0.5, 1.5, 0.5])), r"propensity must lie in \(0, 1\]"),
        (lambda c, h, r, p: (c, h, r, np.array([0.5, np.nan, 0.5])), r"propensity must lie in \(0, 1\]"),
        (lambda c, h, r, p: (c, np.array([8, 24, 8]), r, p), "whole local hours 0..23"),
        (lambda c, h, r, p: (c, np.array([8.5, 9, 8]), r, p), "whole local hours 0..23"),
        (lambda c, h, r, p: (c, h, np.array([1.0, np.nan, 0.0]), p), "reward must be finite"),
        (lambda c, h, r, p: (c.assign(at=pd.Timestamp("2024-01-01")), h, r, p), "not keys or timestamps"),
        (lambda c, h, r, p: (c.to_numpy(), h, r, p), "must be a pandas DataFrame"),
        (lambda c, h, r, p: (c, ["8", "nine", "8"], r, p), "hour must be a one-dimensional sequence of numbers"),
    ],
)
def test_fit_rejects_bad_logs(change: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ReminderPolicy().fit(*change(*_small()))


def test_a_key_column_is_refused_not_one_hot_encoded() -> None:
    log = make_log(200, seed=5)
    keyed = log.context.assign(patient_key=[f"p{i:04d}" for i in range(200)])
    with pytest.raises(ValueError, match="patient_key"):
        ReminderPolicy().fit(keyed, log.hour, log.reward, log.propensity)


def test_text_context_is_one_hot_encoded_and_learned() -> None:
    """The group is visible only through a text column: the policy must learn it from the categories."""
    log = make_log(6000, seed=11)
    group = np.where(log.morning, "early-riser", "night-owl")
    context = pd.DataFrame({"chronotype": group, "reminders_7d": log.context["reminders_7d"]})
    train, test = slice(0, 4000), slice(4000, None)
    policy = ReminderPolicy(exploration=0.1, temperature=0.02).fit(
        context.iloc[train], log.hour[train], log.reward[train], log.propensity[train]
    )
    assert policy.categories_ == {"chronotype": ["early-riser", "night-owl"]}
    chosen = policy.hours_[policy.action_distribution(context.iloc[test]).argmax(axis=1)]
    best = np.where(log.morning[test], MORNING_BEST, EVENING_BEST)
    assert (chosen == best).mean() > 0.95
    # A null or an unseen category falls back to the arm means: a valid distribution, no error.
    odd = pd.DataFrame({"chronotype": [None, "unheard-of"], "reminders_7d": [5.0, 5.0]})
    distribution = policy.action_distribution(odd)
    np.testing.assert_allclose(distribution.sum(axis=1), 1.0)
    np.testing.assert_allclose(distribution[0], distribution[1])


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"exploration": 1.5}, "exploration"),
        ({"temperature": -1}, "temperature"),
        ({"alpha": -0.1}, "alpha"),
        ({"regularization": 0}, "regularization"),
        ({"max_weight": 0.5}, "max_weight"),
        ({"hours": []}, "non-empty"),
        ({"hours": [8, 8]}, "duplicates"),
        ({"hours": [8, 25]}, "whole local hours"),
        ({"hours": [3, 4]}, "no logged reminder was sent at an hour of the action set"),
    ],
)
def test_fit_rejects_bad_parameters(params: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ReminderPolicy(**params).fit(*_small())


def test_prediction_errors() -> None:
    context, hour, reward, propensity = _small()
    with pytest.raises(ValueError, match="not fitted"):  # sklearn's NotFittedError is a ValueError
        ReminderPolicy().action_distribution(context)
    policy = ReminderPolicy().fit(context, hour, reward, propensity)
    with pytest.raises(ValueError, match=r"missing feature column\(s\): \['a'\]"):
        policy.choose(pd.DataFrame({"b": [1.0]}))
    with pytest.raises(ValueError, match="context is empty"):
        policy.action_distribution(context.iloc[:0])
    with pytest.raises(ValueError, match="same length"):
        policy.evaluate_off_policy(context, hour, reward[:2], propensity)
    with pytest.raises(ValueError, match="n_bootstrap"):
        policy.evaluate_off_policy(context, hour, reward, propensity, n_bootstrap=0)


# --- (n) personalisation: each patient's own history, pooled toward the population -------------
PERSONAL_HOURS = np.arange(6, 23)


def personal_log(patients: int, reminders: int, seed: int) -> tuple[pd.DataFrame, np.ndarray]:
    """Logs of a uniform logging policy where each patient's best hour is their own (morning or
    evening, whatever their covariates); every row carries the patient's history before it.

    Returns the rows (context, ``local_hour``, ``responded``, ``propensity``, ``round``) in time
    order, and the true response probability per row and hour ``(n, len(PERSONAL_HOURS))``.
    """
    rng = np.random.default_rng(seed)
    best = np.where(rng.random(patients) < 0.5, rng.uniform(6, 9, patients), rng.uniform(19, 22, patients))
    curve = 0.05 + 0.5 * np.exp(-0.5 * ((PERSONAL_HOURS[None, :] - best[:, None]) / 1.2) ** 2)
    arm = rng.integers(0, len(PERSONAL_HOURS), (patients, reminders))
    reward = rng.random((patients, reminders)) < curve[np.arange(patients)[:, None], arm]
    sent = np.zeros((patients, len(PERSONAL_HOURS)))
    answered = np.zeros((patients, len(PERSONAL_HOURS)))
    frames = []
    for r in range(reminders):  # the history each row sees is of the reminders before it
        context = pd.DataFrame({"age_noise": rng.normal(0, 1, patients), "reminders_7d": rng.poisson(4, patients)})
        for j, h in enumerate(PERSONAL_HOURS):
            context[f"reminders_h{h:02d}_{HOUR_HISTORY_DAYS}d"] = sent[:, j]
            context[f"responses_h{h:02d}_{HOUR_HISTORY_DAYS}d"] = answered[:, j]
        frames.append(context.assign(local_hour=PERSONAL_HOURS[arm[:, r]], responded=reward[:, r].astype(float),
                                     propensity=1 / len(PERSONAL_HOURS), round=r, patient=np.arange(patients)))  # fmt: skip
        sent[np.arange(patients), arm[:, r]] += 1
        answered[np.arange(patients), arm[:, r]] += reward[:, r]
    rows = pd.concat(frames, ignore_index=True)
    return rows, curve[rows.patient.to_numpy()]


@pytest.mark.verifies("REQ-MODEL-005")
@pytest.mark.parametrize("prior", ["templates", "clusters"])
def test_personalised_policy_learns_each_patients_hour_and_beats_the_per_patient_baseline(prior: str) -> None:
    from models.baselines import PatientBestHour
    from models.personal import PersonalisedReminderPolicy

    rows, truth = personal_log(1500, 30, seed=3)
    columns = [c for c in rows.columns if c not in {"local_hour", "responded", "propensity", "round", "patient"}]
    learn, held = rows[rows["round"] < 20], rows[rows["round"] >= 20]
    truth_held = truth[(rows["round"] >= 20).to_numpy()]
    args = (learn[columns], learn.local_hour, learn.responded, learn.propensity)
    policy = PersonalisedReminderPolicy(exploration=0.05, random_state=0, prior=prior).fit(*args)
    population = ReminderPolicy(exploration=0.05, random_state=0).fit(*args)
    baseline = PatientBestHour().fit(learn[columns], learn.local_hour, learn.responded)

    def value(distribution: np.ndarray) -> float:
        return float(np.mean(np.sum(distribution * truth_held, axis=1)))

    oracle, logging = float(truth_held.max(axis=1).mean()), float(truth_held.mean())
    share = {name: (value(d) - logging) / (oracle - logging) for name, d in {
        "personal": policy.action_distribution(held[columns]),
        "population": population.action_distribution(held[columns]),
        "baseline": baseline.distribution(held[columns]),
    }.items()}  # fmt: skip
    assert share["personal"] > share["baseline"] + 0.04 and share["personal"] > share["population"] + 0.04, share
    if prior == "clusters":
        assert 1 <= policy.prior_strength_ <= 32 and policy.bandwidth_ > 0  # pooled and smoothed, by empirical Bayes
    else:  # the rhythm templates pool through the curves' shapes: more of the oracle's uplift than the clusters
        assert share["personal"] > share["baseline"] + 0.08, share
        assert 10 < len(policy.templates_) < 2000 and np.isclose(policy.template_weights_.sum(), 1)

    # Exact, exploring probabilities; a patient without history gets the population's curve.
    distribution = policy.action_distribution(held[columns])
    assert np.allclose(distribution.sum(axis=1), 1)
    assert distribution.min() >= 0.05 * policy.uniform_share / len(PERSONAL_HOURS) - 1e-12
    # Directed exploration: the same 5% spent on hours in doubt loses less than spread uniformly,
    # and puts more than the uniform floor on each patient's second-best hours.
    uniform = copy.deepcopy(policy).set_params(uniform_share=1.0).action_distribution(held[columns])
    assert uniform.min() >= 0.05 / len(PERSONAL_HOURS) - 1e-12 and np.allclose(uniform.sum(axis=1), 1)
    assert value(distribution) > value(uniform) + 0.005, (value(distribution), value(uniform))
    greedy_best = policy.expected_reward(held[columns]).argmax(axis=1)
    explored = distribution.copy()
    explored[np.arange(len(explored)), greedy_best] = 0
    assert (explored.max(axis=1) > 0.05 / len(PERSONAL_HOURS)).mean() > 0.9
    drawn = policy.choose(held[columns].head(200), random_state=1)
    index = np.searchsorted(policy.hours_, drawn.local_hour.to_numpy())
    assert np.allclose(drawn.propensity.to_numpy(), distribution[np.arange(200), index])
    fresh = held[columns].head(5).copy()
    fresh[[c for c in columns if c.startswith(("reminders_h", "responses_h"))]] = 0
    nothing = np.zeros((len(fresh), len(policy.hours_)))
    if prior == "clusters":
        prior_curve = policy._prior(fresh[list(policy.population_.feature_names_in_)], nothing, nothing, policy.n_clusters_)
    else:  # the templates' prior mean (no gate: the context holds no doses and no categories)
        assert policy.template_gate_ is None
        prior_curve = np.tile(policy.template_weights_ @ policy.templates_, (len(fresh), 1))
    assert np.allclose(policy.expected_reward(fresh), prior_curve)  # no history: the prior alone

    # Off-policy: DR on the held-out logs is close to the true value.
    estimates = policy.evaluate_off_policy(held[columns], held.local_hour, held.responded, held.propensity, n_bootstrap=50)
    assert abs(estimates["dr"].value - value(distribution)) < 0.03
    assert pickle.loads(pickle.dumps(policy)).action_distribution(held[columns].head(3)) == pytest.approx(distribution[:3])


def with_dose_hours(rows: pd.DataFrame, truth: np.ndarray, informative: bool, seed: int) -> tuple[pd.DataFrame, np.ndarray]:
    """``rows`` with each patient's dose events by local hour (``doses_hHH_<N>d``, ``N`` = ``DOSE_HOUR_DAYS``), and each
    patient's dose-hour centre. ``informative``: the doses are taken around the patient's best
    reminder hour (chronotype shapes both); otherwise around an hour drawn independently of it."""
    rng = np.random.default_rng(seed)
    patients = int(rows.patient.max()) + 1
    best = PERSONAL_HOURS[truth[np.searchsorted(rows.patient.to_numpy(), np.arange(patients))].argmax(axis=1)]
    independent = np.where(rng.random(patients) < 0.5, rng.uniform(6, 9, patients), rng.uniform(19, 22, patients))
    centre = best.astype(float) if informative else independent
    doses = np.zeros((patients, 24))
    for patient in range(patients):
        taken = np.clip(np.round(rng.normal(centre[patient], 0.6, 80)), 0, 23).astype(int)
        np.add.at(doses[patient], taken, 1)
    counts = doses[rows.patient.to_numpy()]
    return rows.assign(**{f"doses_h{h:02d}_{DOSE_HOUR_DAYS}d": counts[:, h] for h in range(24)}), centre


def dose_hour_log(informative: bool) -> tuple[pd.DataFrame, np.ndarray, np.ndarray, list[str]]:
    """1,200 patients' 12 rounds of ``personal_log`` with ``with_dose_hours``: rows, truth, dose centres, context columns."""
    rows, truth = personal_log(1200, 12, seed=5)
    rows, centre = with_dose_hours(rows, truth, informative, seed=6)
    columns = [c for c in rows.columns if c not in {"local_hour", "responded", "propensity", "round", "patient"}]
    return rows, truth, centre, columns


@pytest.mark.verifies("REQ-MODEL-005")
@pytest.mark.parametrize("informative", [True, False])
def test_the_dose_hour_prior_earns_its_weight_from_the_logs(informative: bool) -> None:
    from sklearn.base import clone

    from models.personal import PersonalisedReminderPolicy

    rows, truth, centre, columns = dose_hour_log(informative)
    learn, held = rows[rows["round"] < 8], rows[rows["round"] >= 8]
    truth_held = truth[(rows["round"] >= 8).to_numpy()]
    args = (learn[columns], learn.local_hour, learn.responded, learn.propensity)
    policy = PersonalisedReminderPolicy(exploration=0.05, random_state=0, cluster_counts=(2, 4, 8), prior="clusters")
    fitted = clone(policy).fit(*args, groups=learn.patient)
    without = clone(policy).set_params(dose_strengths=()).fit(*args, groups=learn.patient)
    assert without.dose_weight_ == 0 and all(prior is None for prior in without.dose_priors_.values())

    def value(estimator: PersonalisedReminderPolicy) -> float:
        return float(np.mean(truth_held[np.arange(len(held)), estimator.expected_reward(held[columns]).argmax(axis=1)]))

    # A patient with no reminder history yet: only the doses can say when to remind.
    first = held["round"] == 8
    fresh = held[first][columns].copy()
    fresh[[c for c in columns if c.startswith(("reminders_h", "responses_h"))]] = 0
    nothing = np.zeros((len(fresh), len(fitted.hours_)))

    def near_doses(curves: np.ndarray) -> float:
        chosen = fitted.hours_[curves.argmax(axis=1)]
        return float(np.mean(np.abs(chosen - centre[held[first].patient.to_numpy()]) <= 1.5))

    clusters = max(fitted.clusters_)
    with_doses, no_doses = fitted._prior(fresh, nothing, nothing, clusters), without._prior(fresh, nothing, nothing, clusters)
    if informative:
        assert all(prior is not None for prior in fitted.dose_priors_.values()), fitted.dose_gain_
        assert min(fitted.dose_gain_.values()) > fitted.dose_min_gain, fitted.dose_gain_
        assert fitted.dose_weight_ == (fitted.dose_gain_[fitted.n_clusters_] if fitted.n_clusters_ > 1 else 0.0)
        assert near_doses(with_doses) > 0.6 and near_doses(with_doses) > near_doses(no_doses) + 0.2
        assert near_doses(fitted.expected_reward(fresh)) > 0.6
        assert value(fitted) >= value(without) - 0.005, (value(fitted), value(without))
    else:  # the doses say nothing about the hour: no weight, the same policy as without them
        assert fitted.dose_weight_ == 0 and all(prior is None for prior in fitted.dose_priors_.values()), fitted.dose_gain_
        assert np.allclose(with_doses, no_doses)
        assert np.allclose(fitted.action_distribution(held[columns]), without.action_distribution(held[columns]))
        # ...and the same as a policy that never saw them: the dose-hour counts are not covariates
        # of the population prior (24 raw counts in each hour's ridge only add variance).
        bare = [c for c in columns if not c.startswith("doses_h")]
        blind = clone(policy).fit(learn[bare], learn.local_hour, learn.responded, learn.propensity, groups=learn.patient)
        assert not any(c.startswith("doses_h") for c in fitted.population_.feature_names_in_)
        assert np.allclose(fitted.population_.expected_reward(held[list(fitted.population_.feature_names_in_)]),
                           blind.population_.expected_reward(held[bare]))  # fmt: skip
        assert np.allclose(fitted.action_distribution(held[columns]), blind.action_distribution(held[bare]))
    # sklearn conventions: the dose parameters travel with get_params / clone.
    assert clone(fitted).get_params()["dose_min_gain"] == policy.dose_min_gain


def test_the_dose_priors_soft_label_regression_is_scikit_learns_fit_on_rows_repeated_per_class() -> None:
    """The dose prior's multinomial fit to EM responsibilities: the same probabilities as
    ``LogisticRegression(C)`` on each row repeated once per class with its responsibility as
    sample weight (the fit it replaces, at a fraction of the cost), for weak and strong penalties."""
    from sklearn.linear_model import LogisticRegression

    from models.personal import SoftLabelLogisticRegression, _normalise

    rng = np.random.default_rng(3)
    n, features, classes = 600, 5, 4
    shares = rng.normal(size=(n, features))
    responsibility = _normalise(shares @ rng.normal(size=(features, classes)) + rng.normal(size=(n, classes)))
    for strength in (0.05, 1.0, 20.0):
        ours = SoftLabelLogisticRegression(C=strength).fit(shares, responsibility).predict_proba(shares)
        theirs = LogisticRegression(C=strength, max_iter=1000, tol=1e-8).fit(
            np.repeat(shares, classes, axis=0), np.tile(np.arange(classes), n), sample_weight=responsibility.ravel()
        ).predict_proba(shares)
        assert ours.shape == (n, classes)
        np.testing.assert_allclose(ours.sum(axis=1), 1.0)
        assert np.abs(ours - theirs).max() < 1e-4, strength
    # a stronger penalty pulls every row toward the classes' average share
    flat = SoftLabelLogisticRegression(C=1e-4).fit(shares, responsibility).predict_proba(shares)
    assert flat.std(axis=0).max() < 0.01


# --- (o) rhythm templates: the prior over daily-rhythm curves, its gate and Thompson's exploration -----
def test_template_weights_recover_the_population_and_best_hour_probabilities_are_thompsons() -> None:
    from models.rhythm import (
        best_hour_probability,
        fit_template_weights,
        response_templates,
        template_log_likelihood,
        template_posterior,
    )

    grid = response_templates(PERSONAL_HOURS, widths=(1.0, 2.5), peaks=(0.3, 0.6), floors=(0.05,), flat_rates=(0.1, 0.4))
    # 37 centres (05:00..23:00 every half hour) x 2 widths x 2 peaks, then the 2 flat curves
    assert grid.shape == (37 * 2 * 2 + 2, len(PERSONAL_HOURS)) and grid.min() > 0 and grid.max() < 1
    rng = np.random.default_rng(11)
    morning, evening = grid[(4 * 2 + 0) * 2 + 1], grid[(30 * 2 + 1) * 2 + 0]  # 07:00 narrow and high; 20:00 wide and low
    assert PERSONAL_HOURS[morning.argmax()] == 7 and PERSONAL_HOURS[evening.argmax()] == 20
    truth = np.where(rng.random(3000)[:, None] < 0.3, morning, evening)
    sent = rng.multinomial(40, np.full(len(PERSONAL_HOURS), 1 / len(PERSONAL_HOURS)), 3000).astype(float)
    answered = rng.binomial(sent.astype(int), truth).astype(float)
    likelihood = template_log_likelihood(sent, answered, grid)
    weights = fit_template_weights(likelihood)
    assert np.isclose(weights.sum(), 1) and weights.min() >= 0
    # The population's mean curve is recovered, and most of the weight sits on the two true curves' best hours.
    assert np.abs(weights @ grid - (0.3 * morning + 0.7 * evening)).max() < 0.03
    best = grid.argmax(axis=1)
    assert weights[best == morning.argmax()].sum() == pytest.approx(0.3, abs=0.05)
    # Each hour's probability of being the best is the frequency with which Thompson sampling picks it.
    posterior = template_posterior(likelihood[:3], np.log(np.maximum(weights, 1e-300)))
    exact = best_hour_probability(posterior, grid)
    assert np.allclose(exact.sum(axis=1), 1)
    for row in range(3):
        curves = grid[rng.choice(len(grid), 20_000, p=posterior[row])]
        drawn = (curves + 1e-9 * rng.random(curves.shape)).argmax(axis=1)  # a tie (centre between two hours) split at random
        assert np.abs(np.bincount(drawn, minlength=len(PERSONAL_HOURS)) / 20_000 - exact[row]).max() < 0.015
    # A flat curve has no best hour: its mass is shared by every hour.
    assert np.allclose(best_hour_probability(np.array([[1.0]]), grid[-1:]), 1 / len(PERSONAL_HOURS))


def test_template_policy_explores_where_the_best_hour_is_in_doubt() -> None:
    from models.personal import PersonalisedReminderPolicy, softmax
    from models.rhythm import best_hour_probability

    rows, _ = personal_log(800, 30, seed=7)
    columns = [c for c in rows.columns if c not in {"local_hour", "responded", "propensity", "round", "patient"}]
    learn, held = rows[rows["round"] < 20], rows[rows["round"] == 29]
    policy = PersonalisedReminderPolicy(exploration=0.1, uniform_share=0.2, random_state=0).fit(
        learn[columns], learn.local_hour, learn.responded, learn.propensity, groups=learn.patient
    )
    mean, _, directed = policy._beliefs(held[columns])
    assert np.allclose(directed.sum(axis=1), 1) and directed.min() >= 0
    expected = 0.9 * softmax(mean, policy.temperature) + 0.1 * (0.2 / len(PERSONAL_HOURS) + 0.8 * directed)
    distribution = policy.action_distribution(held[columns])
    assert np.allclose(distribution, expected)
    # Thompson's probabilities: hours of the other chronotype than the patient's best get almost none.
    best = policy.hours_[mean.argmax(axis=1)]
    other = np.abs(policy.hours_[None, :] - best[:, None]) >= 8
    assert directed[other].mean() < 0.01 and directed[~other].mean() > 0.05
    # Exact propensities: what choose draws is logged with the distribution's probability.
    drawn = policy.choose(held[columns].head(100), random_state=2)
    index = np.searchsorted(policy.hours_, drawn.local_hour.to_numpy())
    assert np.allclose(drawn.propensity.to_numpy(), distribution[np.arange(100), index])
    assert best_hour_probability(np.eye(len(policy.templates_))[:2], policy.templates_).sum() == pytest.approx(2)


@pytest.mark.verifies("REQ-MODEL-005")
@pytest.mark.parametrize("informative", [True, False])
def test_the_template_gate_learns_from_dose_hours_only_when_they_inform(informative: bool) -> None:
    from models.personal import PersonalisedReminderPolicy

    rows, _truth, centre, columns = dose_hour_log(informative)
    learn, held = rows[rows["round"] < 8], rows[rows["round"] >= 8]
    policy = PersonalisedReminderPolicy(exploration=0.05, random_state=0)
    fitted = clone(policy).fit(learn[columns], learn.local_hour, learn.responded, learn.propensity, groups=learn.patient)
    bare = [c for c in columns if not c.startswith("doses_h")]
    blind = clone(policy).fit(learn[bare], learn.local_hour, learn.responded, learn.propensity, groups=learn.patient)
    assert blind.template_gate_ is None  # no doses, no categories: nothing to gate on
    fresh = held[held["round"] == 8][columns].copy()
    fresh[[c for c in columns if c.startswith(("reminders_h", "responses_h"))]] = 0
    chosen = fitted.hours_[fitted.expected_reward(fresh).argmax(axis=1)]
    near = float(np.mean(np.abs(chosen - centre[held[held["round"] == 8].patient.to_numpy()]) <= 1.5))
    if informative:  # a patient without reminder history yet: the doses say when to remind
        assert fitted.template_gate_ is not None and fitted.template_gain_ > fitted.dose_min_gain, fitted.template_gain_
        assert fitted.dose_weight_ == fitted.template_gain_ and near > 0.6, near
    else:  # no gain on held-out patients: no gate, the same policy as one that never saw the doses
        assert fitted.template_gate_ is None and fitted.dose_weight_ == 0, fitted.template_gain_
        assert np.allclose(fitted.action_distribution(held[columns]), blind.action_distribution(held[bare]))
