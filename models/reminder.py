"""The reminder-timing policy: a contextual bandit over local hours, learned off-policy.

Every reminder in Silver was sent at a local hour chosen by *some* policy, which logged
the probability of that choice (``silver/reminders.propensity``). From those logs this
module learns which hour a patient is most likely to answer, given the patient's context
(the ``reminder_v1`` feature service: reminder fatigue, response rates by hour bucket,
recent dosing, app use, age band, insurance), and turns that knowledge into a *stochastic* policy:

- **Reward model.** A disjoint LinUCB: one ridge regression per hour (arm) on the
  standardised, imputed context plus an intercept. Each arm keeps its posterior
  covariance ``A⁻¹`` so the model knows where it is unsure.
- **Off-policy correction.** The rows of one arm were not drawn from the patient
  population: the logging policy may favour that hour for some contexts (the
  simulator's favours 09:00; a future ``reminder@N`` favours what it learned). Each
  row is weighted by ``1 / propensity`` (clipped at ``max_weight``), which re-weights an
  arm's rows back to the population's context distribution. The weights are then
  rescaled within the arm so they sum to the arm's Kish effective sample size: the
  re-weighting changes *which* contexts count, never how much evidence an arm
  seems to have, so the posterior covariance stays honest (an hour logged 40 times is
  not made to look as certain as one logged 4,000 times).
- **Policy.** ``score = mean + alpha · sd`` (optimism under uncertainty), a softmax at
  ``temperature``, mixed with ``exploration`` spread uniformly. Every allowed hour keeps
  probability ≥ ``exploration / len(hours)``, so the logs this policy writes support
  off-policy evaluation of whatever comes next.

The probabilities are computed in closed form, never estimated: the propensity
returned with a chosen hour is the exact probability with which it was drawn. This is
why the policy is a softmax over UCB scores and not Thompson sampling, whose action
probabilities have no closed form and would have to be approximated.

The context is whatever numeric columns ``fit`` receives, remembered by name; in
production those of ``reminder_v1``: ``reminders_7d``, ``reminders_60d``,
``response_rate_60d``, ``reminders_{morning,midday,evening}_60d``,
``response_rate_{morning,midday,evening}_60d``, ``dose_rate_7d``,
``days_since_last_dose``, ``app_opens_7d``, and the clinical ``age_band``, ``sex``,
``insurance``, ``condition``, ``doses_per_day``. Text columns are one-hot encoded on the
categories seen in training (a null or unseen category is all zeros). Any number may be
null (a new patient has no response rates): nulls take the training median plus a
missing flag. Keys and timestamps (``patient_key``, ``event_timestamp``) must be dropped
before calling (a text column with more than ``MAX_CATEGORIES`` values is refused).

Nothing here knows how the logs were produced (simulator, partner, earlier model): the
action set defaults to the hours present in the training logs, whatever they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from models.estimators import estimator_parameters
from models.off_policy import Estimate, LoggedRounds, doubly_robust, ips, snips, with_interval

#: Standardised features are clipped to ±this many training standard deviations, so an
#: outlying context at serving time (a patient with 300 app opens) cannot push a linear
#: score far outside what the training data supported.
Z_CLIP = 5.0

#: A text column with more distinct values than this is refused: a key (``patient_key``), not a context.
MAX_CATEGORIES = 64

SeedLike = int | np.random.Generator | None


@estimator_parameters
class ReminderPolicy(BaseEstimator):
    """Exploring contextual bandit choosing the local hour of a patient's reminder.

    Parameters
    ----------
    hours: the action set (local hours 0..23). ``None`` (default) takes the hours present
        in the logs at fit time, so every action has logging support.
    exploration: share of probability spread uniformly over ``hours``; every hour keeps at
        least ``exploration / len(hours)``. ``0`` turns the floor off (only for analysis:
        logs of such a policy cannot evaluate other policies on the hours it never picks).
    temperature: softmax temperature, in reward units: an hour whose score is higher by
        ``temperature`` is e ≈ 2.7 times as likely. ``0`` is greedy (ties share the mass).
        The default, 0.02, tells apart hours whose response rates differ by a few points; at
        0.05 a policy spread much of its mass over hours it knew to be worse (bench/models.py).
    alpha: weight of the posterior standard deviation added to the mean (UCB optimism).
    regularization: ridge strength; it shrinks every arm toward the mean logged reward.
    max_weight: clip of the inverse-propensity weights ``1 / propensity``.
    random_state: seeds the policy's own stream of draws in ``choose`` and the bootstrap
        of ``evaluate_off_policy``; fitting itself is deterministic.

    Attributes (after ``fit``)
    --------------------------
    hours_: the action set, ascending. ``feature_names_in_``: the context columns.
    coef_: ``(len(hours_), d)`` ridge coefficients on the design ``[1, z, missing flags]``.
    covariance_: ``(len(hours_), d, d)`` per-arm ``A⁻¹``. ``noise_variance_``: pooled
    residual variance. ``prior_mean_``: mean logged reward. ``reward_range_``: min and max
    logged reward (the reward model is clipped to it). ``n_samples_per_hour_`` and
    ``effective_samples_per_hour_``: logged rows and Kish effective size per arm.
    """

    hours: Sequence[int] | None = None
    exploration: float = 0.1
    temperature: float = 0.02
    alpha: float = 1.0
    regularization: float = 1.0
    max_weight: float = 100.0
    random_state: int | None = 0

    # --- learning -----------------------------------------------------------------------
    def fit(self, context: pd.DataFrame, hour: Any, reward: Any, propensity: Any) -> ReminderPolicy:
        """Learn the per-hour reward model from logged reminders.

        ``context`` holds numeric feature columns only (nulls allowed); ``hour``,
        ``reward`` and ``propensity`` are row-aligned with it by position: the local hour
        each reminder was sent at, its outcome (1 if a dose followed within the window),
        and the logging policy's probability of that hour. Logged hours outside an
        explicit ``hours`` action set inform no arm; they still count for the context
        statistics.
        """
        self._check_params()
        logged_hour, reward_array, propensity_array = _check_logged(context, hour, reward, propensity)
        if len(set(context.columns)) != len(context.columns):
            raise ValueError("context has duplicate column names")
        self.feature_names_in_ = np.array(list(context.columns), dtype=object)
        self.n_features_in_ = len(self.feature_names_in_)
        # Text columns (age band, insurance, ...) are one-hot encoded on the categories seen here.
        self.categories_ = {
            str(name): sorted(context[name].dropna().astype(str).unique().tolist())
            for name in self.feature_names_in_
            if _is_categorical(context[name])
        }
        crowded = {name: len(values) for name, values in self.categories_.items() if len(values) > MAX_CATEGORIES}
        if crowded:
            raise ValueError(
                f"text column(s) with more than {MAX_CATEGORIES} distinct values {crowded}: keys or free text, not context; "
                "pass feature columns only"
            )
        self.numeric_names_ = np.array([n for n in self.feature_names_in_ if n not in self.categories_], dtype=object)
        raw = _numeric_matrix(context, self.numeric_names_)
        missing = np.isnan(raw)
        self.medians_ = np.array(
            [np.median(column[~gap]) if (~gap).any() else 0.0 for column, gap in zip(raw.T, missing.T, strict=True)]
        )
        # A missing flag only for columns that had gaps in training: a flag that was always
        # 0 would carry no information and only add a dimension to every arm.
        self.indicator_columns_ = np.flatnonzero(missing.any(axis=0))
        imputed = np.where(missing, self.medians_, raw)
        self.means_ = imputed.mean(axis=0)
        spread = imputed.std(axis=0)
        self.scales_ = np.where(spread > 0, spread, 1.0)
        self.hours_ = self._action_set(logged_hour)

        design = self._design(context)
        in_set = np.isin(logged_hour, self.hours_)
        if not in_set.any():
            raise ValueError(f"no logged reminder was sent at an hour of the action set {self.hours_.tolist()}")
        self.prior_mean_ = float(np.mean(reward_array))
        self.reward_range_ = (float(reward_array.min()), float(reward_array.max()))
        weights = np.minimum(1.0 / propensity_array, self.max_weight)
        arms, dims = len(self.hours_), design.shape[1]
        self.coef_ = np.zeros((arms, dims))
        self.covariance_ = np.zeros((arms, dims, dims))
        self.n_samples_per_hour_ = np.zeros(arms, dtype=int)
        self.effective_samples_per_hour_ = np.zeros(arms)
        residual_sum, weight_sum = 0.0, 0.0
        for arm, value in enumerate(self.hours_):
            rows = logged_hour == value
            x, centred, w = design[rows], reward_array[rows] - self.prior_mean_, weights[rows]
            if rows.any():
                w = w * (w.sum() / np.square(w).sum())  # now sum(w) is the Kish effective size
            precision = self.regularization * np.eye(dims) + (x * w[:, None]).T @ x
            covariance = np.linalg.inv(precision)
            covariance = (covariance + covariance.T) / 2
            self.covariance_[arm] = covariance
            self.coef_[arm] = covariance @ ((x * w[:, None]).T @ centred)
            self.n_samples_per_hour_[arm] = int(rows.sum())
            self.effective_samples_per_hour_[arm] = float(w.sum())
            residual_sum += float(np.sum(w * np.square(centred - x @ self.coef_[arm])))
            weight_sum += float(w.sum())
        # One pooled noise variance: a per-arm estimate from a handful of rows (all zeros,
        # say) could be 0 and silence that arm's uncertainty exactly where it matters.
        self.noise_variance_ = residual_sum / weight_sum
        self.rng_ = np.random.default_rng(self.random_state)
        return self

    # --- the policy ---------------------------------------------------------------------
    def expected_reward(self, context: pd.DataFrame) -> np.ndarray:
        """``(n, len(hours_))`` modelled reward of each hour per row (``q(x, a)`` for DR).

        Clipped to the range of logged rewards: a linear model can stray outside [0, 1].
        """
        return self._expected_reward(self._design_checked(context))

    def uncertainty(self, context: pd.DataFrame) -> np.ndarray:
        """``(n, len(hours_))`` posterior standard deviation of each hour's mean reward."""
        return self._uncertainty(self._design_checked(context))

    def action_distribution(self, context: pd.DataFrame) -> np.ndarray:
        """``(n, len(hours_))`` exact probability of each hour per row; rows sum to 1.

        ``exploration / K + (1 - exploration) · softmax((mean + alpha · sd) / temperature)``,
        with ``K = len(hours_)``; columns follow ``hours_``.
        """
        design = self._design_checked(context)
        return self._softmax_with_floor(self._expected_reward(design) + self.alpha * self._uncertainty(design))

    def _softmax_with_floor(self, scores: np.ndarray) -> np.ndarray:
        """``exploration / K + (1 - exploration) · softmax(scores / temperature)`` per row (greedy at 0)."""
        best = scores.max(axis=1, keepdims=True)
        greedy = self.temperature == 0
        preference = (scores == best).astype(float) if greedy else np.exp((scores - best) / self.temperature)
        preference /= preference.sum(axis=1, keepdims=True)
        arms = len(self.hours_)
        return np.asarray(self.exploration / arms + (1 - self.exploration) * preference)

    def choose(self, context: pd.DataFrame, random_state: SeedLike = None) -> pd.DataFrame:
        """Draw one hour per row: columns ``local_hour`` and ``propensity``, index of ``context``.

        ``propensity`` is the exact probability with which the drawn hour was chosen; log
        it with the reminder. ``random_state=None`` draws from the policy's own stream
        (seeded by ``random_state`` at fit, advancing with every call): reproducible for a
        batch job, fresh for each call. Copies of one pickled policy (several serving
        workers) replay the same stream, so a server should pass its own generator, or a
        seed derived from the request (patient, date, model version), which also lets a
        shadow replay reproduce the decision.
        """
        probabilities = self.action_distribution(context)
        rng = self.rng_ if random_state is None else np.random.default_rng(random_state)
        cumulative = np.cumsum(probabilities, axis=1)
        cumulative /= cumulative[:, -1:]  # the last column is exactly 1.0, so every draw lands
        draws = rng.random(len(probabilities))
        arm = np.argmax(draws[:, None] < cumulative, axis=1)
        return pd.DataFrame(
            {
                "local_hour": self.hours_[arm].astype(np.int64),
                "propensity": probabilities[np.arange(len(arm)), arm],
            },
            index=context.index,
        )

    # --- evaluation ---------------------------------------------------------------------
    def evaluate_off_policy(
        self,
        context: pd.DataFrame,
        hour: Any,
        reward: Any,
        propensity: Any,
        *,
        n_bootstrap: int = 500,
        level: float = 0.95,
        random_state: int | None = None,
    ) -> dict[str, Estimate]:
        """Estimate this policy's value, and the logging policy's, from logged reminders.

        Pass **held-out** logs: rows the policy was not fitted on, later in time than the
        training rows (split by ``sent_at``, as production will meet them). On the
        training rows the reward model has seen the outcomes and DR is optimistic.

        Returns, each an ``Estimate`` (value, bootstrap interval at ``level``, n):

        - ``ips``, ``snips``, ``dr``: the value of this policy, as served (exploration
          included), by the estimators of ``models.off_policy``; DR uses
          ``expected_reward`` as its reward model;
        - ``logging``: the logging policy's own value, the mean observed reward;
        - ``dr_lift``: ``dr`` minus ``logging``, bootstrapped on the same resamples
          (paired), so its interval answers "is the new policy better?".

        Rounds logged at an hour outside ``hours_`` are kept: this policy would never
        send them, so their target probability is 0 (they still count in the averages).
        """
        check_is_fitted(self)
        _, reward_array, propensity_array = _check_logged(context, hour, reward, propensity)
        if n_bootstrap < 1:
            raise ValueError(f"n_bootstrap must be at least 1, got {n_bootstrap}")
        if not 0 < level < 1:
            raise ValueError(f"level must lie in (0, 1), got {level}")
        rounds = self.logged_rounds(context, hour, reward, propensity)
        # Target = logging propensity gives weights of 1: IPS is then the mean observed reward.
        logged = LoggedRounds(reward_array, propensity_array, propensity_array.copy())
        seed = int(self.random_state or 0) if random_state is None else int(random_state)

        def run(estimator: Callable[[LoggedRounds, np.ndarray | None], float], on: LoggedRounds) -> Estimate:
            return with_interval(estimator, on, samples=n_bootstrap, level=level, seed=seed)

        def dr_lift(on: LoggedRounds, rows: np.ndarray | None = None) -> float:
            index = slice(None) if rows is None else rows
            return doubly_robust(on, rows) - float(np.mean(on.reward[index]))

        return {
            "ips": run(ips, rounds),
            "snips": run(snips, rounds),
            "dr": run(doubly_robust, rounds),
            "logging": run(ips, logged),
            "dr_lift": run(dr_lift, rounds),
        }

    def logged_rounds(self, context: pd.DataFrame, hour: Any, reward: Any, propensity: Any) -> LoggedRounds:
        """Logged reminders as ``LoggedRounds`` with this policy as the target (for any estimator).

        Rounds logged at an hour outside ``hours_`` get target probability 0.
        """
        check_is_fitted(self)
        logged_hour, reward_array, propensity_array = _check_logged(context, hour, reward, propensity)
        distribution = self.action_distribution(context)
        model = self.expected_reward(context)
        position = np.searchsorted(self.hours_, logged_hour)
        position = np.minimum(position, len(self.hours_) - 1)
        in_set = self.hours_[position] == logged_hour
        # Out-of-set rounds get target probability 0, hence weight 0: the DR correction
        # vanishes whatever column ``action_index`` names for them.
        action_index = np.where(in_set, position, 0)
        target = np.where(in_set, distribution[np.arange(len(position)), action_index], 0.0)
        return LoggedRounds(reward_array, propensity_array, target, action_index, distribution, model)

    # --- internals ----------------------------------------------------------------------
    def _check_params(self) -> None:
        if not 0 <= self.exploration <= 1:
            raise ValueError(f"exploration must lie in [0, 1], got {self.exploration}")
        if self.temperature < 0:
            raise ValueError(f"temperature must be >= 0, got {self.temperature}")
        if self.alpha < 0:
            raise ValueError(f"alpha must be >= 0, got {self.alpha}")
        if self.regularization <= 0:
            raise ValueError(f"regularization must be > 0, got {self.regularization}")
        if self.max_weight < 1:
            raise ValueError(f"max_weight must be >= 1 (a propensity is at most 1), got {self.max_weight}")

    def _action_set(self, logged_hour: np.ndarray) -> np.ndarray:
        if self.hours is None:
            return np.unique(logged_hour).astype(np.int64)
        hours = np.asarray(list(self.hours), dtype=float)
        if hours.ndim != 1 or len(hours) == 0:
            raise ValueError("hours must be a non-empty list of local hours")
        _check_hour_values(hours, "hours")
        if len(np.unique(hours)) != len(hours):
            raise ValueError(f"hours has duplicates: {sorted(int(h) for h in hours)}")
        return np.sort(hours).astype(np.int64)

    def _design_checked(self, context: pd.DataFrame) -> np.ndarray:
        check_is_fitted(self)
        if not isinstance(context, pd.DataFrame):
            raise ValueError(f"context must be a pandas DataFrame, got {type(context).__name__}")
        if len(context) == 0:
            raise ValueError("context is empty: pass at least one row")
        return self._design(context)

    def _design(self, context: pd.DataFrame) -> np.ndarray:
        """``[1, standardised imputed numbers clipped to ±Z_CLIP, missing flags, one-hot categories]``.

        A null or a category not seen in training is all zeros in its one-hot block (the arm's mean).
        """
        absent = [name for name in self.feature_names_in_ if name not in context.columns]
        if absent:
            raise ValueError(f"context is missing feature column(s): {absent}")
        raw = _numeric_matrix(context, self.numeric_names_)
        missing = np.isnan(raw)
        standard = (np.where(missing, self.medians_, raw) - self.means_) / self.scales_
        one_hot = [
            ((context[name].astype(str).to_numpy()[:, None] == np.array(values, dtype=object)[None, :])
             & context[name].notna().to_numpy()[:, None]).astype(float)
            for name, values in self.categories_.items()
        ]
        return np.column_stack(
            [np.ones(len(raw)), np.clip(standard, -Z_CLIP, Z_CLIP), missing[:, self.indicator_columns_].astype(float), *one_hot]
        )

    def _expected_reward(self, design: np.ndarray) -> np.ndarray:
        low, high = self.reward_range_
        return np.asarray(np.clip(self.prior_mean_ + design @ self.coef_.T, low, high))

    def _uncertainty(self, design: np.ndarray) -> np.ndarray:
        variance = np.column_stack([np.sum((design @ covariance) * design, axis=1) for covariance in self.covariance_])
        return np.asarray(np.sqrt(self.noise_variance_ * np.maximum(variance, 0.0)))


def _as_float(values: Any, name: str) -> np.ndarray:
    try:
        array = pd.Series(values).to_numpy(dtype="float64", na_value=np.nan)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name} must be a one-dimensional sequence of numbers: {error}") from error
    return np.asarray(array)


def _check_hour_values(hours: np.ndarray, name: str) -> None:
    bad = ~np.isfinite(hours) | (hours != np.round(hours)) | (hours < 0) | (hours > 23)
    if bad.any():
        raise ValueError(f"{name} must be whole local hours 0..23, got {hours[bad][0]!r} at position {np.flatnonzero(bad)[0]}")


def _check_logged(context: Any, hour: Any, reward: Any, propensity: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Validate logged rounds; return hour (int), reward and propensity as arrays."""
    if not isinstance(context, pd.DataFrame):
        raise ValueError(f"context must be a pandas DataFrame, got {type(context).__name__}")
    hours, rewards, propensities = _as_float(hour, "hour"), _as_float(reward, "reward"), _as_float(propensity, "propensity")
    lengths = {"context": len(context), "hour": len(hours), "reward": len(rewards), "propensity": len(propensities)}
    if len(set(lengths.values())) != 1:
        raise ValueError(f"context, hour, reward and propensity must have the same length, got {lengths}")
    if len(context) == 0:
        raise ValueError("no logged reminders: context, hour, reward and propensity are empty")
    _check_hour_values(hours, "hour")
    if not np.isfinite(rewards).all():
        raise ValueError(f"reward must be finite, got {rewards[~np.isfinite(rewards)][0]!r}")
    bad = ~((propensities > 0) & (propensities <= 1))  # NaN fails both comparisons
    if bad.any():
        raise ValueError(f"propensity must lie in (0, 1], got {propensities[bad][0]!r} at position {np.flatnonzero(bad)[0]}")
    return hours.astype(np.int64), rewards, propensities


def _is_categorical(series: pd.Series) -> bool:
    """Text or categorical columns (one-hot encoded); numbers, booleans and timestamps are not."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        return True
    if not pd.api.types.is_string_dtype(series.dtype):
        return False
    # An object column of numbers (or of nulls only) is numeric context, not text.
    present = series.dropna()
    return bool(len(present)) and bool(pd.to_numeric(present, errors="coerce").isna().any())


def _numeric_matrix(context: pd.DataFrame, names: np.ndarray) -> np.ndarray:
    """The named columns as a float matrix; nulls and infinities become NaN."""
    absent = [name for name in names if name not in context.columns]
    if absent:
        raise ValueError(f"context is missing feature column(s): {absent}")
    columns = []
    for name in names:
        series = context[name]
        if series.dtype == object:
            try:
                series = pd.to_numeric(series)
            except (TypeError, ValueError) as error:
                raise ValueError(f"context column {name!r} is not numeric: {error}") from error
        if not pd.api.types.is_numeric_dtype(series):
            raise ValueError(
                f"context column {name!r} is not numeric (dtype {series.dtype}): "
                "pass feature columns only, not keys or timestamps"
            )
        columns.append(series.to_numpy(dtype="float64", na_value=np.nan))
    matrix = np.column_stack(columns) if columns else np.empty((len(context), 0))
    return np.where(np.isfinite(matrix), matrix, np.nan)
