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
- **Dose rhythm.** The hours of the patient's own doses (``doses_hHH_<N>d``) may say which
  rhythm cluster the patient belongs to, or may not (on one programme chronotype shapes dose
  times, on another it does not). Their weight is learned per training set: a multinomial
  logistic regression from the patient's dose-hour shares to the cluster responsibilities
  (fitted by EM with the clusters' curves held: the responsibilities use the doses' prior),
  its regularisation chosen on held-out rows (other patients when ``groups`` are passed to
  ``fit``, else the latest rows), replaces the mixture weights as each patient's prior over
  clusters. It is kept only if, on those held-out rows, it raises the likelihood of the
  reminder histories over the mixture weights by ``dose_min_gain`` nats per row
  (``dose_gain_``); otherwise its weight is 0 and the clusters' prior is the mixture weights.
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

from models import rhythm
from models.estimators import estimator_parameters
from models.reminder import ReminderPolicy, _check_logged
from models.rhythm import _ONE_BLAS_THREAD, _normalise

#: Context columns holding the patient's own history at one local hour.
HISTORY = re.compile(r"^(reminders|responses)_h(\d\d)_\d+d$")
#: The families of prior a patient's own history is pooled toward (``PersonalisedReminderPolicy.prior``).
PRIORS = ("templates", "clusters")
#: Rows per block when the template posterior is computed (rows × templates floats at a time).
TEMPLATE_BLOCK = 8192
#: Context columns holding the patient's dose events at one local hour.
DOSES = re.compile(r"^doses_h(\d\d)_\d+d$")


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


def dose_columns(columns: Sequence[str]) -> dict[int, str]:
    """``{hour: column}`` of the dose-hour counts (``doses_hHH_<N>d``) found among ``columns``."""
    found: dict[int, str] = {}
    for column in columns:
        match = DOSES.match(str(column))
        if match:
            found[int(match.group(1))] = str(column)
    return found


def dose_shares(context: pd.DataFrame, names: dict[int, str]) -> np.ndarray:
    """``(n, 24)`` share of the patient's dose events at each local hour 0..23 (all 0 without doses)."""
    counts = np.column_stack(
        [
            pd.to_numeric(context[names[h]], errors="coerce").fillna(0.0).clip(lower=0).to_numpy(dtype=float)
            if h in names and names[h] in context.columns
            else np.zeros(len(context))
            for h in range(24)
        ]
    )
    total = counts.sum(axis=1, keepdims=True)
    return np.asarray(np.divide(counts, total, out=np.zeros_like(counts), where=total > 0))


class SoftLabelLogisticRegression:
    """Multinomial logistic regression fitted to soft labels (each row a probability over classes).

    Minimises ``Σ_i Σ_c r_ic · (−log softmax(x_i W + b)_c) + ||W||² / (2C)`` by L-BFGS with the
    analytic gradient: the objective scikit-learn's ``LogisticRegression(C)`` minimises when each
    row is repeated once per class with its responsibility as sample weight (intercept not
    penalised), so the same fit, on ``n`` rows instead of ``n × classes`` and without that
    estimator's per-call overhead (EM refits it a dozen times per cluster count).

    :param C: inverse L2 regularisation strength, as scikit-learn's.
    """

    def __init__(self, C: float = 1.0, max_iter: int = 300, tol: float = 1e-6):
        self.C, self.max_iter, self.tol = C, max_iter, tol

    def fit(self, X: np.ndarray, responsibility: np.ndarray) -> SoftLabelLogisticRegression:
        """``X``: ``(n, features)``; ``responsibility``: ``(n, classes)``, rows summing to 1."""
        from scipy.optimize import minimize

        X, targets = np.asarray(X, dtype=float), np.asarray(responsibility, dtype=float)
        (n, features), classes = X.shape, targets.shape[1]
        row_mass = targets.sum(axis=1, keepdims=True)

        def loss_and_gradient(theta: np.ndarray) -> tuple[float, np.ndarray]:
            W, b = theta[: features * classes].reshape(features, classes), theta[features * classes :]
            logits = X @ W + b
            log_p = logits - _log_sum_exp(logits)[:, None]
            residual = np.exp(log_p) * row_mass - targets  # d(cross-entropy)/d(logits)
            loss = -float((targets * log_p).sum()) + float((W**2).sum()) / (2 * self.C)
            gradient = np.concatenate([(X.T @ residual + W / self.C).ravel(), residual.sum(axis=0)])
            return loss / n, gradient / n

        start = np.zeros(features * classes + classes)
        result = minimize(loss_and_gradient, start, jac=True, method="L-BFGS-B",
                          options={"maxiter": self.max_iter, "gtol": self.tol})  # fmt: skip
        self.coef_ = result.x[: features * classes].reshape(features, classes).T
        self.intercept_ = result.x[features * classes :]
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """``(n, classes)`` class probabilities."""
        logits = np.asarray(X, dtype=float) @ self.coef_.T + self.intercept_
        return _normalise(logits)


class DosePrior:
    """Each patient's prior probability of each rhythm cluster given their dose-hour shares (or,
    for the rhythm templates, of each template given dose shares and clinical categories).

    A multinomial logistic regression on standardised features, fitted to soft labels (the EM
    responsibilities, as sample weights). With ``group`` (one class per component, ``(components,)``)
    the regression predicts the class and each component within it keeps its share of the
    mixture ``weights``: ``log P(c) = log P(group(c) | x) + log w_c - log W_group(c)``, so many
    components (templates) share few classes. A patient without doses gets the mixture
    weights, unless ``every_row`` (the features hold more than doses).
    """

    def __init__(
        self, weights: np.ndarray, mean: np.ndarray, scale: np.ndarray, model: Any = None,
        group: np.ndarray | None = None, every_row: bool = False,
    ):  # fmt: skip
        self.weights, self.mean, self.scale, self.model = weights, mean, scale, model
        self.group, self.every_row = group, every_row

    def within(self) -> np.ndarray:
        """``(components,)`` log share of each component within its class (0 without ``group``)."""
        group = getattr(self, "group", None)  # versions pickled before templates have none
        if group is None:
            return np.zeros(len(self.weights))
        mass = np.bincount(group, weights=self.weights)
        return np.asarray(np.log(self.weights) - np.log(mass[group]))

    def classes(self, responsibility: np.ndarray) -> np.ndarray:
        """Components' responsibilities summed per class, ``(n, classes)``."""
        group = getattr(self, "group", None)
        if group is None:
            return responsibility
        return np.asarray(responsibility @ np.eye(int(group.max()) + 1)[group])

    def log_prior(self, features: np.ndarray) -> np.ndarray:
        """``(n, components)`` log prior probability of each component."""
        log_weights = np.tile(np.log(self.weights), (len(features), 1))
        known = np.ones(len(features), bool) if getattr(self, "every_row", False) else features.sum(axis=1) > 0
        if known.any():
            z = (features[known] - self.mean) / self.scale
            log_class = np.log(np.clip(self.model.predict_proba(z), 1e-9, 1.0))
            group = getattr(self, "group", None)
            log_weights[known] = (log_class if group is None else log_class[:, group]) + self.within()
        return log_weights


@_ONE_BLAS_THREAD
def fit_dose_prior(
    shares: np.ndarray,
    sent: np.ndarray,
    answered: np.ndarray,
    weights: np.ndarray,
    curves: np.ndarray,
    held_out: np.ndarray,
    strengths: Sequence[float],
    min_gain: float,
    iterations: int = 3,
) -> tuple[DosePrior | None, float]:
    """The dose-hour prior over clusters and its held-out gain over the mixture weights.

    For each inverse regularisation ``C`` in ``strengths``, on the rows not ``held_out``: the
    clusters' responsibilities for each history, a multinomial logistic regression of them on
    the dose-hour shares, the responsibilities again with that prior, and so on ``iterations``
    times (EM for a mixture whose weights depend on the doses). Its gain is the held-out rows'
    mean log-likelihood of their histories, ``log Σ_c P(c | doses) P(history | c)``, minus the same
    under the mixture weights, in nats per row. The best ``C`` is refitted on every row. Returns
    ``(None, gain)`` when the best gain is below ``min_gain`` (or nothing can be fitted): the
    doses then carry no weight.
    """
    likelihood = rhythm.template_log_likelihood(sent, answered, curves)
    return fit_gate(shares, likelihood, weights, held_out, strengths, min_gain, iterations)


def fit_gate(
    features: np.ndarray,
    likelihood: np.ndarray,
    weights: np.ndarray,
    held_out: np.ndarray,
    strengths: Sequence[float],
    min_gain: float,
    iterations: int = 3,
    group: np.ndarray | None = None,
) -> tuple[DosePrior | None, float]:
    """``fit_dose_prior`` on any features and a precomputed ``(n, components)`` history
    log-likelihood; with ``group``, the regression predicts each component's class (see
    ``DosePrior``) and every row is used (the features hold more than doses)."""
    classes = len(weights) if group is None else int(group.max()) + 1
    every_row = group is not None
    rows = np.ones(len(features), bool) if every_row else features.sum(axis=1) > 0
    train, test = rows & ~held_out, rows & held_out
    if train.sum() < 10 * min(classes, 10) or test.sum() < 10 or not strengths:
        return None, 0.0

    def fitted(mask: np.ndarray, strength: float) -> DosePrior:
        mean, spread = features[mask].mean(axis=0), features[mask].std(axis=0)
        prior = DosePrior(weights, mean, np.where(spread > 0, spread, 1.0), None, group, every_row)
        z = (features[mask] - prior.mean) / prior.scale
        log_prior = np.tile(np.log(weights), (int(mask.sum()), 1))
        for _ in range(iterations):
            responsibility = prior.classes(_normalise(likelihood[mask] + log_prior))
            prior.model = SoftLabelLogisticRegression(C=strength, max_iter=300).fit(z, responsibility)
            log_prior = prior.log_prior(features[mask])
        return prior

    base = _log_sum_exp(likelihood[test] + np.log(weights)[None, :])
    scores = {}
    for strength in strengths:
        candidate = fitted(train, float(strength))
        scores[float(strength)] = float(np.mean(_log_sum_exp(likelihood[test] + candidate.log_prior(features[test])) - base))
    best = max(scores, key=lambda c: scores[c])
    if scores[best] < min_gain:
        return None, scores[best]
    return fitted(rows, best), scores[best]


def _log_sum_exp(values: np.ndarray) -> np.ndarray:
    top = values.max(axis=1)
    return np.asarray(top + np.log(np.exp(values - top[:, None]).sum(axis=1)))


def smooth(counts: np.ndarray, hours: np.ndarray, bandwidth: float) -> np.ndarray:
    """Counts pooled across hours with a Gaussian kernel (weight 1 at distance 0)."""
    if bandwidth <= 0:
        return counts
    distance = hours[:, None] - hours[None, :]
    kernel = np.exp(-0.5 * (distance / bandwidth) ** 2)
    return np.asarray(counts @ kernel)


@_ONE_BLAS_THREAD
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


def cluster_posterior(
    sent: np.ndarray, answered: np.ndarray, weights: np.ndarray, curves: np.ndarray, log_prior: np.ndarray | None = None
) -> np.ndarray:
    """``(n, clusters)`` posterior probability of each cluster given each history (rows sum to 1);
    the prior is the mixture ``weights``, or each row's own ``log_prior`` ``(n, clusters)``."""
    prior = np.log(weights)[None, :] if log_prior is None else log_prior
    log_likelihood = rhythm.template_log_likelihood(sent, answered, curves) + prior
    log_likelihood -= log_likelihood.max(axis=1, keepdims=True)
    posterior = np.exp(log_likelihood)
    return np.asarray(posterior / posterior.sum(axis=1, keepdims=True))


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    """Row-wise softmax of ``scores / temperature``; greedy at 0 (ties share the mass)."""
    best = scores.max(axis=1, keepdims=True)
    preference = (scores == best).astype(float) if temperature == 0 else np.exp((scores - best) / temperature)
    return np.asarray(preference / preference.sum(axis=1, keepdims=True))


@estimator_parameters
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
    ``search_`` (both, for every grid point); ``dose_columns_`` (dose-hour columns by hour),
    ``dose_priors_`` (per cluster count: the dose-hour prior over clusters, ``None`` where it
    did not earn a weight), ``dose_gain_`` (its held-out gain over the mixture weights, nats per
    row) and ``dose_weight_`` (that gain for the chosen prior, 0 when the doses carry no weight
    in it: no cluster prior chosen, or no gain on held-out rows).

    Parameters of the dose prior: ``dose_strengths`` (the inverse regularisations tried),
    ``dose_min_gain`` (the held-out gain in nats per row it needs to be kept) and
    ``dose_holdout_share`` (the share of patients, or of the latest rows, held out to judge it).
    """

    # ReminderPolicy's parameters keep their places; these two change their defaults.
    temperature: float = 0.005
    alpha: float = 0.0
    prior_strengths: Sequence[float] = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0)
    bandwidths: Sequence[float] = (0.0, 0.5, 1.0, 1.5)
    cluster_counts: Sequence[int] = (1, 2, 4, 6, 8)
    max_cluster_rows: int = 20_000
    selection_share: float = 0.3
    uniform_share: float = 0.2
    dose_strengths: Sequence[float] = (0.01, 0.1, 1.0)
    dose_min_gain: float = 0.005
    dose_holdout_share: float = 0.25
    prior: str = "templates"
    template_widths: Sequence[float] = (0.8, 1.2, 1.8, 2.7, 4.0)
    template_peaks: Sequence[float] = (0.1, 0.2, 0.35, 0.5, 0.7)
    template_floors: Sequence[float] = (0.03, 0.08)
    template_flat_rates: Sequence[float] = (0.03, 0.08, 0.15, 0.3, 0.5)
    template_min_weight: float = 1e-6
    gate_bin_hours: float = 1.0
    gate_strengths: Sequence[float] = (0.1, 1.0, 10.0)

    def _check_params(self) -> None:
        super()._check_params()
        if self.prior not in PRIORS:
            raise ValueError(f"prior must be one of {PRIORS}, got {self.prior!r}")
        if self.gate_bin_hours <= 0 or any(c <= 0 for c in self.gate_strengths):
            raise ValueError("gate_bin_hours and gate_strengths must be > 0")
        if not 0 <= self.uniform_share <= 1:
            raise ValueError(f"uniform_share must lie in [0, 1], got {self.uniform_share}")
        if not 0 < self.dose_holdout_share < 1:
            raise ValueError(f"dose_holdout_share must lie in (0, 1), got {self.dose_holdout_share}")
        if any(c <= 0 for c in self.dose_strengths):
            raise ValueError(f"dose_strengths must be > 0, got {list(self.dose_strengths)}")

    def fit(
        self, context: pd.DataFrame, hour: Any, reward: Any, propensity: Any, groups: Any = None
    ) -> PersonalisedReminderPolicy:
        """Fit the population prior on the context without the history columns, the rhythm
        clusters and their dose-hour prior, then choose the cluster count, prior strength and
        bandwidth on the latest logs. ``groups`` (optional, row-aligned: the patient of each
        row) makes the dose prior's held-out rows other patients' instead of the latest rows."""
        self._check_params()
        logged_hour, reward_array, propensity_array = _check_logged(context, hour, reward, propensity)
        self.history_ = history_columns(list(context.columns))
        if not self.history_["reminders"] or not self.history_["responses"]:
            raise ValueError("context has no hour-level history columns (reminders_hHH_<N>d, responses_hHH_<N>d)")
        self.dose_columns_ = dose_columns(list(context.columns))
        covariates = self._covariates(list(context.columns))
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
        if self.prior == "templates":
            self._fit_templates(context, sent, answered, groups)
            return self
        rng = np.random.default_rng(self.random_state)
        informative = np.flatnonzero((sent.sum(axis=1) >= 5) & ~later)
        if len(informative) > self.max_cluster_rows:
            informative = np.sort(rng.choice(informative, self.max_cluster_rows, replace=False))
        self.clusters_ = {
            k: fit_clusters(sent[informative], answered[informative], k, int(self.random_state or 0))
            for k in self.cluster_counts
            if k > 1 and len(informative) >= 10 * k
        }
        self.dose_priors_: dict[int, DosePrior | None] = {}
        self.dose_gain_: dict[int, float] = {}
        if self.dose_columns_ and self.clusters_:
            shares = dose_shares(context.iloc[informative], self.dose_columns_)
            held_out = self._dose_holdout(informative, groups, len(context))
            for count, (weights, curves) in self.clusters_.items():
                self.dose_priors_[count], self.dose_gain_[count] = fit_dose_prior(
                    shares, sent[informative], answered[informative], weights, curves, held_out, self.dose_strengths,
                    self.dose_min_gain,
                )  # fmt: skip
        outcome, weight = reward_array[rows], np.minimum(1.0 / propensity_array[rows], self.max_weight)
        self.search_: dict[tuple[int, float, float], tuple[float, float]] = {}
        for clusters in [1, *self.clusters_]:
            prior = self._prior(context, sent, answered, clusters)
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
        used = self.dose_priors_.get(self.n_clusters_) is not None
        self.dose_weight_ = max(self.dose_gain_.get(self.n_clusters_, 0.0), 0.0) if used else 0.0
        return self

    def _covariates(self, columns: list[str]) -> list[str]:
        """The population prior's context: every column but the patient's hour-level history and
        dose-hour counts. Those are the patient's own rhythm, which enters through the pooling and
        the dose prior; as raw counts in each hour's linear model they only add variance (on a programme
        where dose times carry no rhythm, pure noise)."""
        personal = {c for kind in self.history_.values() for c in kind.values()} | set(self.dose_columns_.values())
        return [c for c in columns if c not in personal]

    def _dose_holdout(self, informative: np.ndarray, groups: Any, rows: int) -> np.ndarray:
        """Which of the ``informative`` rows validate the dose prior: a share of the patients
        (``groups``), or the latest rows."""
        if groups is None:
            return np.arange(len(informative)) >= int(len(informative) * (1 - self.dose_holdout_share))
        labels = pd.Series(np.asarray(groups)).astype(str)
        if len(labels) != rows:
            raise ValueError(f"groups must be row-aligned with context: {len(labels)} labels for {rows} rows")
        hashed = pd.util.hash_pandas_object(labels.iloc[informative], index=False).to_numpy()
        return np.asarray((hashed % 10_000) < self.dose_holdout_share * 10_000)

    def _prior(self, context: pd.DataFrame, sent: np.ndarray, answered: np.ndarray, clusters: int) -> np.ndarray:
        """The curve each row's history is pooled toward: the contextual population curve
        (``clusters`` = 1), or the rhythm clusters' curves weighted by their posterior given the
        history (and the dose-hour prior, when it earned a weight), rescaled to the population's
        level for this context."""
        population = self.population_.expected_reward(context[list(self.population_.feature_names_in_)])
        if clusters == 1:
            return population
        weights, curves = self.clusters_[clusters]
        dose_prior = self.dose_priors_.get(clusters)
        log_prior = None if dose_prior is None else dose_prior.log_prior(dose_shares(context, self.dose_columns_))
        mixture = cluster_posterior(sent, answered, weights, curves, log_prior) @ curves
        level = population.mean(axis=1, keepdims=True) / np.maximum(mixture.mean(axis=1, keepdims=True), 1e-6)
        return np.asarray(np.clip(mixture * level, 0.0, 1.0))

    def _fit_templates(self, context: pd.DataFrame, sent: np.ndarray, answered: np.ndarray, groups: Any) -> None:
        """The rhythm-template prior (``models.rhythm``): weights over the template grid by NPMLE
        on one history per patient (their latest with ``>= 5`` reminders: the rows of one patient
        are one patient's evidence, not many), then the gate from dose-hour shares and clinical
        categories to the templates' best-hour bins, kept only if it raises held-out patients'
        history likelihood by ``dose_min_gain`` nats (``template_gain_``)."""
        informative = np.flatnonzero(sent.sum(axis=1) >= 5)
        if groups is not None:
            labels = pd.Series(np.asarray(groups)[informative]).astype(str)
            informative = informative[~labels.duplicated(keep="last").to_numpy()]
        elif len(informative) > self.max_cluster_rows:
            informative = informative[-self.max_cluster_rows :]
        if len(informative) < 10:
            raise ValueError(f"too few histories with >= 5 reminders to fit rhythm templates: {len(informative)}")
        grid = rhythm.response_templates(self.hours_, self.template_widths, self.template_peaks, self.template_floors,
                                         self.template_flat_rates)  # fmt: skip
        likelihood = rhythm.template_log_likelihood(sent[informative], answered[informative], grid)
        weights = rhythm.fit_template_weights(likelihood)
        kept = weights > self.template_min_weight
        self.templates_, self.template_weights_ = grid[kept], weights[kept] / weights[kept].sum()
        self.template_gate_: DosePrior | None = None
        self.template_gain_ = 0.0
        self.gate_inputs_: tuple[str, ...] = ()
        blocks = self._gate_blocks(context.iloc[informative])
        held_out = self._dose_holdout(informative, groups, len(context))
        classes = rhythm.peak_groups(self.templates_, self.hours_, self.gate_bin_hours)
        # Which inputs inform the gate differs by programme (dose times on one, age and insurance on
        # another): each block alone and all together, the best by the same held-out gain.
        candidates = [(name,) for name in blocks] + ([tuple(blocks)] if len(blocks) > 1 else [])
        for inputs in candidates:
            features = np.column_stack([blocks[name] for name in inputs])
            gate, gain = fit_gate(features, likelihood[:, kept], self.template_weights_, held_out, self.gate_strengths,
                                  self.dose_min_gain, group=classes)  # fmt: skip
            if gate is not None and gain > self.template_gain_:
                self.template_gate_, self.template_gain_, self.gate_inputs_ = gate, gain, inputs
        # No strength, bandwidth or cluster count is chosen: the templates' shapes do the pooling.
        self.prior_strength_, self.bandwidth_, self.n_clusters_ = 0.0, 0.0, 0
        self.dose_weight_ = max(self.template_gain_, 0.0) if self.template_gate_ is not None else 0.0

    def _gate_blocks(self, context: pd.DataFrame) -> dict[str, np.ndarray]:
        """The template gate's possible inputs, by name: ``doses`` (dose-hour shares) and
        ``categories`` (the population model's one-hot clinical categories: age band, insurance...),
        those the context has. Not the rates of the reminder history: the history enters through
        its likelihood, and would count twice."""
        blocks = {}
        if self.dose_columns_:
            blocks["doses"] = dose_shares(context, self.dose_columns_)
        width = sum(len(values) for values in self.population_.categories_.values())
        if width:
            blocks["categories"] = self.population_._design(context)[:, -width:]
        return blocks

    def _beliefs(self, context: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(mean, sd, directed)``, each ``(n, len(hours_))``: each hour's posterior mean and
        standard deviation of the response probability, and where exploration goes (rows sum to 1):
        under the templates, the posterior probability that the hour is the best (Thompson
        sampling's, exact); under the population or cluster prior, the normalised probability of
        beating the best hour, ``Φ((mean_h − mean_best) / √(sd_h² + sd_best²))``."""
        check_is_fitted(self, "prior_strength_")
        if not isinstance(context, pd.DataFrame) or len(context) == 0:
            raise ValueError("context must be a non-empty pandas DataFrame")
        low, high = self.reward_range_
        if hasattr(self, "templates_"):  # fitted with prior="templates" (versions pickled before have none)
            starts = range(0, len(context), TEMPLATE_BLOCK)
            blocks = [self._template_beliefs(context.iloc[i : i + TEMPLATE_BLOCK]) for i in starts]
            mean, sd, directed = (np.vstack(parts) for parts in zip(*blocks, strict=True))
            return np.clip(mean, low, high), sd, directed
        sent, answered = hour_history(context, self.hours_, self.history_)
        prior = self._prior(context, sent, answered, self.n_clusters_)
        n = smooth(sent, self.hours_, self.bandwidth_) + self.prior_strength_
        mean = np.clip((smooth(answered, self.hours_, self.bandwidth_) + self.prior_strength_ * prior) / n, low, high)
        sd = np.sqrt(mean * (1 - mean) / (n + 1))
        rows, best = np.arange(len(mean)), mean.argmax(axis=1)
        spread = np.sqrt(np.square(sd) + np.square(sd[rows, best])[:, None])
        improve = ndtr((mean - mean[rows, best][:, None]) / np.maximum(spread, 1e-9))
        return mean, sd, improve / improve.sum(axis=1, keepdims=True)

    def _template_beliefs(self, context: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``_beliefs`` under the rhythm templates, for one block of rows."""
        sent, answered = hour_history(context, self.hours_, self.history_)
        gate = self.template_gate_
        if gate is None:
            log_prior = np.log(self.template_weights_)[None, :]
        else:
            blocks = self._gate_blocks(context)
            log_prior = gate.log_prior(np.column_stack([blocks[name] for name in self.gate_inputs_]))
        posterior = rhythm.template_posterior(rhythm.template_log_likelihood(sent, answered, self.templates_), log_prior)
        mean = posterior @ self.templates_
        sd = np.sqrt(np.maximum(posterior @ np.square(self.templates_) - np.square(mean), 0.0))
        return mean, sd, rhythm.best_hour_probability(posterior, self.templates_)

    def _posterior(self, context: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """``(mean, sd)`` of each hour's response probability per row, ``(n, len(hours_))``."""
        mean, sd, _ = self._beliefs(context)
        return mean, sd

    def expected_reward(self, context: pd.DataFrame) -> np.ndarray:
        """``(n, len(hours_))`` posterior mean response probability (DR's reward model)."""
        return self._posterior(context)[0]

    def uncertainty(self, context: pd.DataFrame) -> np.ndarray:
        """``(n, len(hours_))`` posterior standard deviation."""
        return self._posterior(context)[1]

    def action_distribution(self, context: pd.DataFrame) -> np.ndarray:
        """``(n, len(hours_))`` exact probabilities, rows summing to 1 (columns follow ``hours_``):
        ``(1 - exploration) · softmax((mean + alpha · sd) / temperature)``
        ``+ exploration · uniform_share / K + exploration · (1 - uniform_share) · directed``
        (``_beliefs``: under the templates, each hour's posterior probability of being the best)."""
        mean, sd, directed = self._beliefs(context)
        exploit = softmax(mean + self.alpha * sd, self.temperature)
        arms = len(self.hours_)
        explore = self.exploration * (self.uniform_share / arms + (1 - self.uniform_share) * directed)
        return np.asarray((1 - self.exploration) * exploit + explore)
