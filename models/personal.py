"""A reminder policy that personalises: each patient's own responses by hour, pooled toward
the population's curve (empirical Bayes).

The contextual bandit of ``models.reminder`` learns one response curve per *kind* of patient
(age band, insurance, recent dosing...). On a programme where each patient's best hour is
their own (a morning or an evening person, whatever their covariates) it sends everyone to
the hours that suit the population. This policy keeps that bandit as the **prior**, and
updates it with the patient's own logged reminders by hour:

- **History.** The context carries, per local hour ``h``, the patient's reminders with a
  known outcome (``reminders_hHH_<N>d``) and those answered (``responses_hHH_<N>d``), from the
  ``reminder_v1`` feature service (point in time: never the outcome being predicted).
- **Smoothing across hours.** Responses at neighbouring hours are evidence too (a routine
  shifts by an hour from day to day): counts are pooled with a Gaussian kernel of
  ``bandwidth`` hours (weight 1 at the hour itself; 0 turns pooling off).
- **Rhythm clusters.** People keep a few kinds of daily rhythm (morning or evening types...).
  A mixture of ``k`` response curves over hours is fitted by EM on the histories; a patient's
  prior is the clusters' curves weighted by how well each explains the patient's history, at
  the population's level for the context. ``k = 1`` uses the contextual population curve.
- **Choice of the hyper-parameters** (cluster count, prior strength, bandwidth): the value of
  the greedy choice on the latest ``selection_share`` of the learning logs (rows in time
  order), by SNIPS with the exact logged propensities, the predictive log-likelihood of the
  logged outcomes breaking near-ties. The clusters are fitted on the earlier rows' histories,
  so no outcome the choice is judged on has shaped them.
- **Partial pooling.** With ``n`` smoothed reminders and ``k`` smoothed answers at ``h``, and
  the prior's rate ``q(x, h)`` (population or cluster curve), the posterior mean is
  ``(k + m q) / (n + m)``: a patient with no history gets the population's curve, one with a
  long history their own.
- **Policy.** ``mean + alpha · sd`` (the posterior's standard deviation), a softmax at
  ``temperature``, and ``exploration`` of the probability set aside: a share
  ``uniform_share`` of it spread uniformly over the hours (so every hour keeps probability
  ``≥ exploration · uniform_share / len(hours_)`` and the logs support evaluating any later
  policy), the rest *directed*, in proportion to each hour's posterior probability of beating
  the patient's best hour, ``Φ((mean_h − mean_best) / √(sd_h² + sd_best²))`` (a normal
  approximation; 0.5 at the best hour). Exploration is then spent where the patient's own
  evidence leaves doubt, not on hours already known to be poor, which costs the patient less
  (bench/models.py). All closed form, so the propensity logged with each reminder is exact.

It is a ``ReminderPolicy`` for everything downstream: ``choose``, ``action_distribution``,
``expected_reward`` (the posterior mean, DR's reward model), ``evaluate_off_policy``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy.special import ndtr
from sklearn.utils.validation import check_is_fitted

from models.reminder import ReminderPolicy, _check_logged

#: Context columns holding the patient's own history at one local hour.
HISTORY = re.compile(r"^(reminders|responses)_h(\d\d)_\d+d$")


def history_columns(columns: Sequence[str]) -> dict[str, dict[int, str]]:
    """``{"reminders": {hour: column}, "responses": {hour: column}}`` found among ``columns``."""
    found: dict[str, dict[int, str]] = {"reminders": {}, "responses": {}}
    for column in columns:
        match = HISTORY.match(str(column))
        if match:
            found[match.group(1)][int(match.group(2))] = str(column)
    return found


def hour_history(context: pd.DataFrame, hours: np.ndarray, names: dict[str, dict[int, str]]) -> tuple[np.ndarray, np.ndarray]:
    """``(sent, answered)``, each ``(n, len(hours))``: the patient's own counts at each hour (0 if
    the column is absent or null)."""
    out = []
    for kind in ("reminders", "responses"):
        columns = [
            pd.to_numeric(context[names[kind][h]], errors="coerce").fillna(0.0).to_numpy(dtype=float)
            if h in names[kind] and names[kind][h] in context.columns
            else np.zeros(len(context))
            for h in hours
        ]
        out.append(np.column_stack(columns) if columns else np.zeros((len(context), 0)))
    return out[0], out[1]


def smooth(counts: np.ndarray, hours: np.ndarray, bandwidth: float) -> np.ndarray:
    """Counts pooled across hours with a Gaussian kernel (weight 1 at distance 0)."""
    if bandwidth <= 0:
        return counts
    distance = hours[:, None] - hours[None, :]
    kernel = np.exp(-0.5 * (distance / bandwidth) ** 2)
    return np.asarray(counts @ kernel)


def fit_clusters(
    sent: np.ndarray, answered: np.ndarray, clusters: int, seed: int, iterations: int = 60
) -> tuple[np.ndarray, np.ndarray]:
    """A mixture of ``clusters`` response curves over hours, by EM on histories.

    ``sent`` and ``answered`` are ``(n, H)`` counts (one history per row). Each cluster has a
    response probability per hour; a history's likelihood under it is the product of binomials
    over hours. Returns the mixture weights ``(clusters,)`` and curves ``(clusters, H)``. Every
    curve carries one pseudo-reminder at the pooled rate per hour, so no probability is 0 or 1.
    """
    rng = np.random.default_rng(seed)
    pooled = (answered.sum(axis=0) + 0.5) / (sent.sum(axis=0) + 1.0)
    responsibility = rng.dirichlet(np.ones(clusters), len(sent))
    weights, curves = np.full(clusters, 1 / clusters), np.tile(pooled, (clusters, 1))
    for _ in range(iterations):
        weights = (responsibility.sum(axis=0) + 1.0) / (len(sent) + clusters)
        curves = (responsibility.T @ answered + pooled) / (responsibility.T @ sent + 1.0)
        responsibility = cluster_posterior(sent, answered, weights, curves)
    return weights, curves


def cluster_posterior(sent: np.ndarray, answered: np.ndarray, weights: np.ndarray, curves: np.ndarray) -> np.ndarray:
    """``(n, clusters)`` posterior probability of each cluster given each history (rows sum to 1)."""
    log_likelihood = answered @ np.log(curves).T + (sent - answered) @ np.log(1 - curves).T + np.log(weights)[None, :]
    log_likelihood -= log_likelihood.max(axis=1, keepdims=True)
    posterior = np.exp(log_likelihood)
    return np.asarray(posterior / posterior.sum(axis=1, keepdims=True))


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    """Row-wise softmax of ``scores / temperature``; greedy at 0 (ties share the mass)."""
    best = scores.max(axis=1, keepdims=True)
    preference = (scores == best).astype(float) if temperature == 0 else np.exp((scores - best) / temperature)
    return np.asarray(preference / preference.sum(axis=1, keepdims=True))


class PersonalisedReminderPolicy(ReminderPolicy):
    """Empirical-Bayes personalisation of the contextual bandit (see the module docstring).

    Parameters as ``ReminderPolicy`` (``exploration``, ``temperature``, ``alpha``: of the final
    policy; the population prior is fitted greedy, without its own optimism), plus
    ``prior_strengths`` and ``bandwidths``: the grid the empirical-Bayes choice searches.

    Attributes (after ``fit``): ``population_`` (the fitted prior), ``history_`` (history
    column names by kind and hour), ``prior_strength_``, ``bandwidth_``, and
    ``clusters_`` (per cluster count: mixture weights and curves), ``n_clusters_`` (1: the
    contextual population curve is the prior), ``selection_value_`` (SNIPS value of the greedy
    choice on the learning logs), ``log_likelihood_`` (mean predictive log-likelihood) and
    ``search_`` (both, for every grid point).
    """

    def __init__(
        self,
        hours: Sequence[int] | None = None,
        exploration: float = 0.1,
        temperature: float = 0.005,
        alpha: float = 0.0,
        regularization: float = 1.0,
        max_weight: float = 100.0,
        random_state: int | None = 0,
        prior_strengths: Sequence[float] = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0),
        bandwidths: Sequence[float] = (0.0, 0.5, 1.0, 1.5),
        cluster_counts: Sequence[int] = (1, 2, 4, 6, 8),
        max_cluster_rows: int = 20_000,
        selection_share: float = 0.3,
        uniform_share: float = 0.2,
    ):
        super().__init__(hours, exploration, temperature, alpha, regularization, max_weight, random_state)
        self.prior_strengths = prior_strengths
        self.bandwidths = bandwidths
        self.cluster_counts = cluster_counts
        self.max_cluster_rows = max_cluster_rows
        self.selection_share = selection_share
        self.uniform_share = uniform_share

    def _check_params(self) -> None:
        super()._check_params()
        if not 0 <= self.uniform_share <= 1:
            raise ValueError(f"uniform_share must lie in [0, 1], got {self.uniform_share}")

    def fit(self, context: pd.DataFrame, hour: Any, reward: Any, propensity: Any) -> PersonalisedReminderPolicy:
        """Fit the population prior on the context without the history columns, then choose the
        prior strength and bandwidth by the predictive likelihood of the logged outcomes."""
        self._check_params()
        logged_hour, reward_array, propensity_array = _check_logged(context, hour, reward, propensity)
        self.history_ = history_columns(list(context.columns))
        if not self.history_["reminders"] or not self.history_["responses"]:
            raise ValueError("context has no hour-level history columns (reminders_hHH_<N>d, responses_hHH_<N>d)")
        historical = {c for kind in self.history_.values() for c in kind.values()}
        covariates = [c for c in context.columns if c not in historical]
        self.population_ = ReminderPolicy(
            hours=self.hours, exploration=0.0, temperature=0.0, alpha=0.0, regularization=self.regularization,
            max_weight=self.max_weight, random_state=self.random_state,
        ).fit(context[covariates], hour, reward, propensity)  # fmt: skip
        self.hours_ = self.population_.hours_
        self.feature_names_in_ = np.array(list(context.columns), dtype=object)
        self.n_features_in_ = len(self.feature_names_in_)
        self.reward_range_ = self.population_.reward_range_
        self.rng_ = np.random.default_rng(self.random_state)

        column = np.searchsorted(self.hours_, logged_hour).clip(0, len(self.hours_) - 1)
        # Rows are in time order: cluster curves come from the histories of the earlier rows, the
        # choice of hyper-parameters is made on the later ones, whose outcomes no cluster has seen.
        later = np.arange(len(context)) >= int(len(context) * (1 - self.selection_share))
        rows = (self.hours_[column] == logged_hour) & later
        sent, answered = hour_history(context, self.hours_, self.history_)
        rng = np.random.default_rng(self.random_state)
        informative = np.flatnonzero((sent.sum(axis=1) >= 5) & ~later)
        if len(informative) > self.max_cluster_rows:
            informative = rng.choice(informative, self.max_cluster_rows, replace=False)
        self.clusters_ = {
            k: fit_clusters(sent[informative], answered[informative], k, int(self.random_state or 0))
            for k in self.cluster_counts
            if k > 1 and len(informative) >= 10 * k
        }
        outcome, weight = reward_array[rows], np.minimum(1.0 / propensity_array[rows], self.max_weight)
        self.search_: dict[tuple[int, float, float], tuple[float, float]] = {}
        for clusters in [1, *self.clusters_]:
            prior = self._prior(context[covariates], sent, answered, clusters)
            for bandwidth in self.bandwidths:
                n, k = smooth(sent, self.hours_, bandwidth), smooth(answered, self.hours_, bandwidth)
                for strength in self.prior_strengths:
                    mean = (k + strength * prior) / (n + strength)
                    # The greedy choice's value on the logs (SNIPS: each row saw only its own past)...
                    chosen = (mean[rows].argmax(axis=1) == column[rows]) * weight
                    value = float(np.sum(chosen * outcome) / max(chosen.sum(), 1e-12))
                    # ...and, to break near-ties, the predictive log-likelihood of the logged outcomes.
                    p = np.clip(mean[rows, column[rows]], 1e-4, 1 - 1e-4)
                    likelihood = float(np.mean(outcome * np.log(p) + (1 - outcome) * np.log(1 - p)))
                    self.search_[(clusters, float(strength), float(bandwidth))] = (round(value, 3), likelihood)
        best, (self.selection_value_, self.log_likelihood_) = max(self.search_.items(), key=lambda kv: kv[1])
        self.n_clusters_, self.prior_strength_, self.bandwidth_ = best
        return self

    def _prior(self, covariates: pd.DataFrame, sent: np.ndarray, answered: np.ndarray, clusters: int) -> np.ndarray:
        """The curve each row's history is pooled toward: the contextual population curve
        (``clusters`` = 1), or the rhythm clusters' curves weighted by their posterior given the
        history, rescaled to the population's level for this context."""
        population = self.population_.expected_reward(covariates)
        if clusters == 1:
            return population
        weights, curves = self.clusters_[clusters]
        mixture = cluster_posterior(sent, answered, weights, curves) @ curves
        level = population.mean(axis=1, keepdims=True) / np.maximum(mixture.mean(axis=1, keepdims=True), 1e-6)
        return np.asarray(np.clip(mixture * level, 0.0, 1.0))

    def _posterior(self, context: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """``(mean, sd)`` of each hour's response probability per row, ``(n, len(hours_))``."""
        check_is_fitted(self, "prior_strength_")
        if not isinstance(context, pd.DataFrame) or len(context) == 0:
            raise ValueError("context must be a non-empty pandas DataFrame")
        covariates = list(self.population_.feature_names_in_)
        sent, answered = hour_history(context, self.hours_, self.history_)
        prior = self._prior(context[covariates], sent, answered, self.n_clusters_)
        n = smooth(sent, self.hours_, self.bandwidth_) + self.prior_strength_
        mean = (smooth(answered, self.hours_, self.bandwidth_) + self.prior_strength_ * prior) / n
        low, high = self.reward_range_
        mean = np.clip(mean, low, high)
        return mean, np.sqrt(mean * (1 - mean) / (n + 1))

    def expected_reward(self, context: pd.DataFrame) -> np.ndarray:
        """``(n, len(hours_))`` posterior mean response probability (DR's reward model)."""
        return self._posterior(context)[0]

    def uncertainty(self, context: pd.DataFrame) -> np.ndarray:
        """``(n, len(hours_))`` posterior standard deviation."""
        return self._posterior(context)[1]

    def action_distribution(self, context: pd.DataFrame) -> np.ndarray:
        """``(n, len(hours_))`` exact probabilities, rows summing to 1 (columns follow ``hours_``):
        ``(1 - exploration) · softmax((mean + alpha · sd) / temperature)``
        ``+ exploration · uniform_share / K + exploration · (1 - uniform_share) · directed``,
        ``directed`` each hour's normalised posterior probability of beating the best hour."""
        mean, sd = self._posterior(context)
        exploit = softmax(mean + self.alpha * sd, self.temperature)
        best = mean.argmax(axis=1)
        rows = np.arange(len(mean))
        spread = np.sqrt(np.square(sd) + np.square(sd[rows, best])[:, None])
        improve = ndtr((mean - mean[rows, best][:, None]) / np.maximum(spread, 1e-9))
        directed = improve / improve.sum(axis=1, keepdims=True)
        arms = len(self.hours_)
        explore = self.exploration * (self.uniform_share / arms + (1 - self.uniform_share) * directed)
        return np.asarray((1 - self.exploration) * exploit + explore)
