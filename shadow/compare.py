"""Paired comparison of a candidate with production on the same patients.

Both models scored the same requests, so every comparison is paired: differences are
computed patient by patient, and their uncertainty comes from resampling patients
(paired bootstrap) or, for the primary metric (ROC AUC), from DeLong's closed-form
covariance of two correlated AUCs. The non-inferiority test asks whether the candidate's
AUC is at most ``margin`` below production's: it passes when the one-sided lower
confidence bound of ``AUC_candidate - AUC_production`` lies above ``-margin``.

References: DeLong, DeLong & Clarke-Pearson (1988), Biometrics 44:837; the fast midrank
algorithm of Sun & Xu (2014), IEEE Signal Processing Letters 21:1389.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.stats import norm

Metric = Callable[[np.ndarray, np.ndarray], float]


@dataclass(frozen=True)
class Evidence:
    """What a comparison needs before it judges: labelled outcomes, and positives among them."""

    outcomes: int
    positives: int

    def enough(self, outcomes: int, positives: int) -> bool:
        """True when ``outcomes`` labelled outcomes with ``positives`` among them meet both counts."""
        return outcomes >= self.outcomes and positives >= self.positives


@dataclass(frozen=True)
class Resampling:
    """The paired bootstrap's draws; the field names are the keywords of ``paired_bootstrap`` and
    ``models.off_policy.with_interval``, so ``**asdict(resampling)`` passes them."""

    #: Resamples drawn.
    samples: int = 500
    #: Seed of the draws: equal seeds give equal intervals.
    seed: int = 0


@dataclass(frozen=True)
class PairedDifference:
    """``candidate - production`` of one metric, with a paired confidence interval."""

    metric: str
    production: float
    candidate: float
    difference: float
    low: float
    high: float
    n: int
    standard_error: float = float("nan")  # of the bootstrap differences


@dataclass(frozen=True)
class NonInferiority:
    """Outcome of a one-sided non-inferiority test of ``candidate - production`` against ``-margin``."""

    difference: float
    standard_error: float
    margin: float
    lower_bound: float
    p_value: float
    alpha: float
    passed: bool


def _midranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks with ties given their average rank."""
    order = np.argsort(values, kind="mergesort")
    ordered = values[order]
    ranks = np.empty(len(values), dtype=float)
    start = 0
    while start < len(values):
        end = start
        while end + 1 < len(values) and ordered[end + 1] == ordered[start]:
            end += 1
        ranks[order[start : end + 1]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def delong(y: np.ndarray, production: np.ndarray, candidate: np.ndarray) -> tuple[float, float, float, float]:
    """Paired DeLong: ``(auc_production, auc_candidate, difference, standard error of the difference)``."""
    y = np.asarray(y).astype(bool)
    positives, negatives = int(y.sum()), int((~y).sum())
    if positives == 0 or negatives == 0:
        raise ValueError("AUC needs both outcomes among the compared patients")
    aucs, v10, v01 = [], [], []
    for score in (np.asarray(production, float), np.asarray(candidate, float)):
        pos, neg = score[y], score[~y]
        ranks_all = _midranks(np.concatenate([pos, neg]))
        ranks_pos, ranks_neg = _midranks(pos), _midranks(neg)
        auc = (ranks_all[:positives].sum() - positives * (positives + 1) / 2) / (positives * negatives)
        aucs.append(auc)
        v10.append((ranks_all[:positives] - ranks_pos) / negatives)  # per positive: share of negatives below
        v01.append(1 - (ranks_all[positives:] - ranks_neg) / positives)  # per negative: share of positives above
    s10 = np.cov(np.vstack(v10)) if positives > 1 else np.zeros((2, 2))
    s01 = np.cov(np.vstack(v01)) if negatives > 1 else np.zeros((2, 2))
    covariance = s10 / positives + s01 / negatives
    variance = covariance[0, 0] + covariance[1, 1] - 2 * covariance[0, 1]
    return float(aucs[0]), float(aucs[1]), float(aucs[1] - aucs[0]), float(np.sqrt(max(variance, 0.0)))


def non_inferiority(difference: float, standard_error: float, margin: float, alpha: float = 0.05) -> NonInferiority:
    """H0: candidate worse by at least ``margin``; rejected (passed) when the lower bound exceeds ``-margin``."""
    if margin < 0:
        raise ValueError(f"the non-inferiority margin must be >= 0, got {margin}")
    lower = difference - norm.ppf(1 - alpha) * standard_error
    if standard_error > 0:
        p_value = float(norm.sf((difference + margin) / standard_error))
    else:
        p_value = 0.0 if difference > -margin else 1.0
    return NonInferiority(difference, standard_error, margin, float(lower), p_value, alpha, bool(lower > -margin))


def paired_bootstrap(
    y: np.ndarray, production: np.ndarray, candidate: np.ndarray, metric: Metric, name: str,
    *, groups: np.ndarray | None = None, samples: int = 1000, level: float = 0.95, seed: int = 0,
) -> PairedDifference:  # fmt: skip
    """``metric(candidate) - metric(production)`` with a percentile interval over resampled rows.

    With ``groups`` (e.g. the patient of each decision) whole groups are resampled: the
    decisions about one patient are correlated, and treating them as independent would
    make the interval too narrow.
    """
    y, production, candidate = np.asarray(y), np.asarray(production, float), np.asarray(candidate, float)
    if not len(y) == len(production) == len(candidate) or (groups is not None and len(groups) != len(y)):
        raise ValueError("outcomes, both models' scores and the groups must be row-aligned")
    rng = np.random.default_rng(seed)
    draw_rows = _row_sampler(len(y), groups, rng)
    draws = []
    for _ in range(samples):
        rows = draw_rows()
        draws.append(metric(y[rows], candidate[rows]) - metric(y[rows], production[rows]))
    values = np.array(draws, dtype=float)
    tail = (1 - level) / 2
    low, high = np.nanquantile(values, [tail, 1 - tail])
    before, after = metric(y, production), metric(y, candidate)
    return PairedDifference(name, before, after, after - before, float(low), float(high), len(y), float(np.nanstd(values)))


def bootstrap_interval(
    y: np.ndarray, score: np.ndarray, metric: Metric, *, groups: np.ndarray | None = None, samples: int = 500,
    level: float = 0.95, seed: int = 0,
) -> tuple[float, float, float]:  # fmt: skip
    """``(metric(y, score), low, high)``: one model's metric with a percentile interval over resampled rows
    (whole ``groups`` resampled together when given, as ``paired_bootstrap`` does)."""
    y, score = np.asarray(y), np.asarray(score, float)
    rng = np.random.default_rng(seed)
    draw_rows = _row_sampler(len(y), groups, rng)
    draws = []
    for _ in range(samples):
        rows = draw_rows()
        both = 0 < y[rows].sum() < len(rows)
        draws.append(metric(y[rows], score[rows]) if both else float("nan"))
    tail = (1 - level) / 2
    low, high = np.nanquantile(np.array(draws, dtype=float), [tail, 1 - tail])
    return float(metric(y, score)), float(low), float(high)


def _row_sampler(n: int, groups: np.ndarray | None, rng: np.random.Generator) -> Callable[[], np.ndarray]:
    """A function drawing one bootstrap resample of row indices (of rows, or of whole groups)."""
    if groups is None:
        return lambda: rng.integers(0, n, n)
    codes = np.unique(np.asarray(groups), return_inverse=True)[1]
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(codes.max() + 2))
    members = [order[bounds[g] : bounds[g + 1]] for g in range(len(bounds) - 1)]

    def draw() -> np.ndarray:
        return np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))])

    return draw


def decision_agreement(production: np.ndarray, candidate: np.ndarray) -> dict[str, float]:
    """How often the two models take the same yes/no decision, and the flips either way."""
    production, candidate = np.asarray(production, bool), np.asarray(candidate, bool)
    return {
        "agreement": float(np.mean(production == candidate)),
        "flips_to_intervene": int(np.sum(~production & candidate)),
        "flips_to_no_intervention": int(np.sum(production & ~candidate)),
        "production_flagged": int(production.sum()),
        "candidate_flagged": int(candidate.sum()),
        "n": len(production),
    }
