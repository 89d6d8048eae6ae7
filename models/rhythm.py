"""Rhythm templates: each patient's response curve over hours as one of many daily-rhythm shapes,
their prior weights estimated from the logs (empirical Bayes by nonparametric maximum likelihood).

Why: a patient answers a reminder best near one time of their day (a morning or an evening
person, a routine), and the response falls off on either side. With a handful of logged
reminders per patient and hour, the patient's own rates are too noisy to pick the hour, and
pooling each hour toward the population's curve (``models.personal``'s strength and bandwidth)
pulls everyone toward the hours that suit the population. Here the curve's *shape* carries
the pooling instead: a template is ``floor + peak · exp(-½ ((h - centre) / width)²)`` (or a
flat rate), on a grid of centres, widths, peaks and floors; the population is a mixture over
that grid whose weights are fitted by EM to one history per patient (the NPMLE of the prior,
Kiefer-Wolfowitz: no shape of prior is assumed, only the family of curves, and the weights
concentrate on the few hundred templates the data support). A patient's posterior over
templates then follows from their own binomial counts by hour, so three answers at 07:00 and
none at 20:00 move the belief to every morning hour at once, as far as the data say such
patients' curves reach. No prior strength or bandwidth is chosen on noisy off-policy values.

The posterior is a finite mixture, so everything the policy needs is exact and closed form:
the posterior mean per hour (the reward model), its spread, and each hour's posterior
probability of being the patient's best (``best_hour_probability``), the probability with
which Thompson sampling would pick it: exploration spent there is spent where the patient's
evidence leaves a real chance, and its propensity is exact.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from threadpoolctl import threadpool_limits

#: EM's products are small (thousands of rows × tens of columns): a second BLAS thread only spins,
#: and on a busy machine (two test workers, a trainer beside the service) the spinning threads made
#: the dose prior's fits 10× slower (149 s against 14 s for one reminder training on 400 patients).
_ONE_BLAS_THREAD = threadpool_limits.wrap(limits=1, user_api="blas")


#: Response probabilities are kept inside (0, 1) so every log-likelihood is finite.
EDGE = 1e-3


def response_templates(
    hours: np.ndarray,
    widths: Sequence[float],
    peaks: Sequence[float],
    floors: Sequence[float],
    flat_rates: Sequence[float],
    step: float = 0.5,
) -> np.ndarray:
    """``(templates, len(hours))`` response curves: a bump for every centre (every ``step`` hours
    from an hour before the first action to an hour after the last), width, peak and floor, then
    one flat curve per ``flat_rates`` (a patient whose hour does not matter)."""
    hours = np.asarray(hours, dtype=float)
    centres = np.arange(hours.min() - 1, hours.max() + 1 + 1e-9, step)
    centre, width, peak, floor = (axis.ravel()[:, None] for axis in np.meshgrid(centres, widths, peaks, floors, indexing="ij"))
    bumps = floor + peak * np.exp(-0.5 * ((hours[None, :] - centre) / width) ** 2)
    flat = np.tile(np.asarray(flat_rates, dtype=float)[:, None], (1, len(hours)))
    return np.clip(np.vstack([bumps, flat]), EDGE, 1 - EDGE)


def template_log_likelihood(sent: np.ndarray, answered: np.ndarray, templates: np.ndarray) -> np.ndarray:
    """``(n, templates)`` binomial log-likelihood of each history (``(n, hours)`` counts) under each template."""
    return np.asarray(answered @ np.log(templates).T + (sent - answered) @ np.log(1 - templates).T)


@_ONE_BLAS_THREAD
def fit_template_weights(log_likelihood: np.ndarray, iterations: int = 300, tol: float = 1e-7) -> np.ndarray:
    """Mixture weights over fixed templates maximising the histories' marginal likelihood (EM for
    the NPMLE of the prior): ``w ← mean over histories of P(template | history, w)``."""
    likelihood = np.exp(log_likelihood - log_likelihood.max(axis=1, keepdims=True))
    weights = np.full(log_likelihood.shape[1], 1.0 / log_likelihood.shape[1])
    for _ in range(iterations):
        posterior = likelihood * weights
        posterior /= posterior.sum(axis=1, keepdims=True)
        updated = posterior.mean(axis=0)
        done = np.abs(updated - weights).max() < tol
        weights = updated
        if done:
            break
    return np.asarray(weights)


def peak_groups(templates: np.ndarray, hours: np.ndarray, bin_hours: float) -> np.ndarray:
    """Class of each template for the gate: its best hour's bin of ``bin_hours`` hours, flat
    templates a class of their own; numbered 0.. without gaps."""
    flat = np.ptp(templates, axis=1) < 1e-9
    best = np.asarray(hours, dtype=float)[templates.argmax(axis=1)]
    raw = np.where(flat, -1, np.floor((best - float(np.min(hours))) / bin_hours)).astype(int)
    return np.asarray(np.unique(raw, return_inverse=True)[1])


def _normalise(log_values: np.ndarray) -> np.ndarray:
    """Rows of ``exp(log_values)`` scaled to sum to 1."""
    shifted = np.exp(log_values - log_values.max(axis=1, keepdims=True))
    return np.asarray(shifted / shifted.sum(axis=1, keepdims=True))


def template_posterior(log_likelihood: np.ndarray, log_prior: np.ndarray) -> np.ndarray:
    """``(n, templates)`` posterior over templates, rows summing to 1."""
    return _normalise(log_likelihood + log_prior)


def best_hour_probability(posterior: np.ndarray, templates: np.ndarray) -> np.ndarray:
    """``(n, hours)`` posterior probability that each hour is the patient's best (a flat template
    shares its mass over its tied hours): the exact probabilities of Thompson sampling."""
    best = (templates == templates.max(axis=1, keepdims=True)).astype(float)
    return np.asarray(posterior @ (best / best.sum(axis=1, keepdims=True)))
