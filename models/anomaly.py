"""The supply-chain anomaly model: per (batch, region, day) series, flags an abnormal rise
of ``suspect`` or ``unknown`` registry answers (possible counterfeit infiltration or a
distribution disruption).

Four detectors look at the same series from different angles, and one score combines
them:

- a **CUSUM** on the daily ``suspect + unknown`` count. It compares each day's count with
  the background rate *given that day's number of scans*, and accumulates the evidence over
  consecutive days, so a weak rise that lasts weeks builds up to an alert that no single
  day would raise. It is the principled, count-aware detector. Its alternative is an
  *additive* excess (``excess_cusum``): a new source of about one bad answer a day, whatever
  the series' volume, which is how a fake pack shows (bought at a refill, then scanned at
  every dose, each scan answering suspect or unknown). Until 2026-12-02 it was a binomial
  CUSUM for a *rate* rise (``cusum="binomial"``), which a busy series' many clean scans
  argue against: on the alt simulator's lake at 1,500 patients with 30 times its
  incidents, the excess CUSUM caught 48 of 84 incidents within 7 days instead of 43, at the
  same false-alarm rate on series without incidents (0.46 against 0.44 per 1,000); on the
  other three seed-0 lakes measured (default and alt, 12 and 30 times the incidents) it caught
  as many, and on seed 1 one more (default) and one or two fewer (alt, with fewer false
  alarms): a small gain (``bench/models.py``; README, Model quality).
- a **binomial tail** score: how improbable the day's (and the last 3 and 7 days') bad
  answers are given their scans and the series' own baseline, shrunk toward its region's
  rate. Volume-aware: 2 bad scans out of 3 is not 20 out of 300.
- an **Isolation Forest** and a small **PyTorch autoencoder** (reconstruction error) on
  the day's *excess* suspect / unknown rates over 1 to 28 trailing days. They catch
  shapes the CUSUM is not tuned for (one very unusual day, an odd suspect/unknown mix).

Every component's raw score is mapped to its empirical CDF on (presumed clean) training
series-days, so "0.999" means the same thing for all three; the combined score is their
(weighted) mean, re-mapped to its own training CDF, so the final score reads as "more
anomalous than this share of clean training series-days". ``threshold_`` is the score
above which ``false_alarms_per_1000`` of 1,000 such series-days lie, set on the latest training
days with components fitted on the earlier ones (an out-of-time estimate of the budget).

Why a mean and not a max: the three detectors look at the same evidence (an excess of
suspect / unknown answers) through different, noisy lenses. Averaging their calibrated
scores cancels part of each one's noise, while a max takes the union of their false
alarms and has to raise the threshold to pay for it. On a synthetic benchmark (1,500 clean
and 450 incident series; rises of +0.02 to +0.3 in the suspect + unknown rate over a 0.5%
background; 1 to 10 scans a day) the mean detected more incidents than the max at both 1%
and 0.1% false alarms, and more than any single component at 0.1%: e.g. a +0.08 rise at
one scan a day was caught in 47% of incidents by the mean, 30% by the max, 37% by the
CUSUM alone. (At 1%, the Isolation Forest alone did slightly better on the weakest rises.)
``combine="max"`` remains available.

**Robustness to unlabelled incidents.** Training data contains some incidents, with no
labels. The background rate is estimated by iteratively trimming the series whose total
``suspect + unknown`` count is significantly above the pooled rate (one-sided binomial
test at ``clean_alpha``), and every learned distribution (scaling, Isolation Forest,
autoencoder, CDFs, threshold) is fitted on the remaining, presumed clean series. The
assumption: incidents touch a minority of series, and a series with an incident strong
enough to matter stands out over its whole history. Incidents too weak to be trimmed stay
in, which can only raise the threshold, so the realised false-alarm rate on clean series
errs below the target rather than above it.

**Days with few or no scans.** The Isolation Forest and the autoencoder see rates shrunk
towards the background rate with ``prior_scans`` pseudo-scans, so one ``unknown`` out of
one scan is weak evidence, and a day with no scans gets exactly the background rate:
"no data" is imputed as "normal", never as an anomaly. Features are one-sided (only an
*excess* over background counts), so a busy series with fewer answers than usual is not
an outlier either. The CUSUM adds nothing on a day without scans.

**History.** Trailing windows and the CUSUM need each series' earlier days, so
``score_samples`` sorts the frame by (batch_number, region, day), computes per series,
and returns scores in the input order. A series' first rows in a frame start from "no
evidence", so pass at least ~28 days of history before the days you want scored.

``detection_metrics`` evaluates alerts against known incidents (recall, precision,
detection delay, false alarms per 1,000 series-days). The model itself never reads truth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
import torch
from scipy.stats import binom
from sklearn.base import BaseEstimator
from sklearn.ensemble import IsolationForest
from sklearn.utils.validation import check_is_fitted
from torch import nn

#: Columns ``fit`` and ``score_samples`` need; every other column is ignored. They are a
#: subset of the ``supply_series`` feature view (rates are recomputed from the counts,
#: which, unlike the rates, are never null).
KEY_COLUMNS = ("batch_number", "region", "day")
COUNT_COLUMNS = ("scans", "suspect", "unknown")
REQUIRED_COLUMNS = KEY_COLUMNS + COUNT_COLUMNS
#: Names of the ensemble's components, as in ``component_scores``.
COMPONENTS = ("isolation_forest", "autoencoder", "cusum", "binomial_tail")
#: Windows (days, today included) of the volume-aware binomial tail score, and the days of a
#: series' own history before the window that make its baseline.
TAIL_WINDOWS = (1, 3, 7)
TAIL_HISTORY_DAYS = 28
#: Trailing windows (days, today included) of the pooled suspect + unknown rate.
WINDOWS = (3, 7, 14, 28)
FEATURES = ("suspect_1d", "unknown_1d", *(f"suspect_unknown_{w}d" for w in WINDOWS))

Combine = Literal["max", "mean"]
Cusum = Literal["excess", "binomial"]


# --- data preparation --------------------------------------------------------------------
@dataclass(frozen=True)
class _Series:
    """The frame's rows sorted by series and day, as plain arrays."""

    order: np.ndarray  # position in the input frame of each sorted row
    series: np.ndarray  # series code, contiguous per series
    region: np.ndarray  # region name of each row
    day: np.ndarray  # day number (days since 1970-01-01)
    scans: np.ndarray
    suspect: np.ndarray
    unknown: np.ndarray

    @property
    def hits(self) -> np.ndarray:
        return self.suspect + self.unknown


def _prepare(frame: pd.DataFrame) -> _Series:
    """Validate ``frame`` and sort it by (batch_number, region, day)."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"expected a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"missing column(s) {missing}: the supply series frame needs {list(REQUIRED_COLUMNS)}")
    if frame.empty:
        raise ValueError("the supply series frame is empty: there is nothing to fit or score")
    for column in REQUIRED_COLUMNS:
        if frame[column].isna().any():
            raise ValueError(f"column {column!r} has nulls (e.g. at row {frame.index[frame[column].isna()][0]!r})")
    day = pd.to_datetime(frame["day"])
    if isinstance(day.dtype, pd.DatetimeTZDtype):
        day = day.dt.tz_convert("UTC").dt.tz_localize(None)
    day_number = day.dt.floor("D").to_numpy().astype("datetime64[D]").astype(np.int64)
    counts = {}
    for column in COUNT_COLUMNS:
        values = pd.to_numeric(frame[column]).to_numpy(dtype=float)
        if (values < 0).any() or (values != np.round(values)).any():
            raise ValueError(f"column {column!r} must hold non-negative whole counts")
        counts[column] = values
    if (counts["suspect"] + counts["unknown"] > counts["scans"]).any():
        raise ValueError("suspect + unknown exceeds scans on some rows: counts are inconsistent")
    keys = pd.MultiIndex.from_arrays([frame["batch_number"].astype(str), frame["region"].astype(str)])
    series = pd.factorize(keys, sort=True)[0].astype(np.int64)
    order = np.lexsort((day_number, series))
    series, day_number = series[order], day_number[order]
    duplicated = (np.diff(series) == 0) & (np.diff(day_number) == 0)
    if duplicated.any():
        row = frame.iloc[order[int(np.argmax(duplicated))]]
        raise ValueError(
            f"duplicate series-day: batch_number={row['batch_number']!r}, region={row['region']!r}, day={row['day']!r}"
        )
    region = frame["region"].astype(str).to_numpy()[order]
    return _Series(order, series, region, day_number, *(counts[c][order] for c in COUNT_COLUMNS))


def _trailing_sums(data: _Series, values: np.ndarray, width: int) -> np.ndarray:
    """Sum of ``values`` over the ``width`` calendar days ending on each row, within its series.

    Works on calendar days, not rows, so missing days (= no scans) are handled correctly.
    """
    span = int(data.day.max() - data.day.min()) + width + 1
    key = data.series * span + (data.day - data.day.min())
    start = np.searchsorted(key, key - width + 1, side="left")
    total = np.concatenate([[0.0], np.cumsum(values)])
    return np.asarray(total[np.arange(len(key)) + 1] - total[start])


def _excess(hits: np.ndarray, scans: np.ndarray, rate: float, prior_scans: float) -> np.ndarray:
    """log(shrunk rate / background rate), floored at 0: only an excess is evidence.

    The rate is shrunk towards ``rate`` with ``prior_scans`` pseudo-scans (a beta prior), so
    a day with one scan moves it little and a day with none leaves it at the background.
    """
    shrunk = (hits + prior_scans * rate) / (scans + prior_scans)
    return np.asarray(np.maximum(np.log(shrunk / rate), 0.0))


# --- the volume-aware tail score --------------------------------------------------------------
def binomial_tail_score(data: _Series, reference_rate: np.ndarray) -> np.ndarray:
    """-log10 of the smallest binomial tail probability over ``TAIL_WINDOWS``, Bonferroni-corrected.

    For each trailing window: ``P(X >= k)`` with ``X ~ Binomial(n, p)``, ``k`` the window's
    suspect + unknown answers, ``n`` its scans and ``p`` the row's ``reference_rate``. Volume
    counts: 2 bad answers out of 3 scans is weak evidence, 20 out of 300 is overwhelming, although
    their rates are alike. A window without scans gives ``P = 1``, a score of 0.
    """
    smallest = np.ones(len(data.series))
    for width in TAIL_WINDOWS:
        hits, scans = _trailing_sums(data, data.hits, width), _trailing_sums(data, data.scans, width)
        smallest = np.minimum(smallest, binom.sf(hits - 1, scans, reference_rate))
    corrected = np.minimum(1.0, smallest * len(TAIL_WINDOWS))
    return np.asarray(-np.log10(np.maximum(corrected, 1e-300)))


# --- the CUSUM ----------------------------------------------------------------------------
def binomial_cusum(
    series: np.ndarray, hits: np.ndarray, trials: np.ndarray, p0: float, p1: float, cap: float = np.inf
) -> np.ndarray:
    """One-sided binomial CUSUM per series, rows sorted by series then day.

    (``cusum="binomial"``; the default ``excess_cusum`` detects the simulators' counterfeits sooner.)
    Each day adds its log-likelihood ratio of ``p1`` against ``p0`` given its own number of
    trials, ``k log(p1/p0) + (n - k) log((1 - p1)/(1 - p0))``; the statistic is reset at 0
    (evidence against an incident is not banked) and capped at ``cap`` (bounded memory: once
    an incident ends, the statistic returns to 0 within about ``cap / |log((1-p1)/(1-p0))|``
    clean trials). A day without trials leaves it unchanged. It starts at 0 in each series.
    """
    if not 0 < p0 < p1 < 1:
        raise ValueError(f"need 0 < p0 < p1 < 1, got p0={p0}, p1={p1}")
    llr = hits * np.log(p1 / p0) + (trials - hits) * np.log((1 - p1) / (1 - p0))
    return _cusum(series, llr, cap)


def excess_cusum(
    series: np.ndarray, hits: np.ndarray, trials: np.ndarray, rate: float, excess: float, cap: float = np.inf
) -> np.ndarray:
    """One-sided CUSUM of an *additive* excess per series, rows sorted by series then day.

    The alternative is a new source of about ``excess`` bad answers a day on top of the
    background, whatever the series' volume: a fake pack (or a flagged one) in daily use is
    scanned once per dose, so it adds ~1 suspect / unknown answer a day to a busy series as to
    a quiet one. Day by day, Poisson(``rate`` n + ``excess``) against Poisson(``rate`` n): ``k
    log(1 + excess / (rate n)) - excess``. Unlike the binomial CUSUM (a rise of the *rate*,
    which a busy series' many clean scans argue against), one bad answer a day for two or three
    days stands out in a series of 10 scans a day as in one of 1, while a lone background
    answer is forgotten after a few quiet days. A day without scans leaves it unchanged (no
    pack was scanned, fake or not). Reset at 0 and capped at ``cap``, as ``binomial_cusum``.
    """
    if not (rate > 0 and excess > 0):
        raise ValueError(f"need rate > 0 and excess > 0, got rate={rate}, excess={excess}")
    expected = rate * trials
    llr = np.where(trials > 0, hits * np.log1p(excess / np.maximum(expected, 1e-12)) - excess, 0.0)
    return _cusum(series, llr, cap)


def _cusum(series: np.ndarray, llr: np.ndarray, cap: float) -> np.ndarray:
    """Page's CUSUM of the daily log-likelihood ratios ``llr``: reset at 0, capped at ``cap``, restarted per series."""
    out = np.empty(len(llr))
    statistic, previous = 0.0, None
    for i, (code, step) in enumerate(zip(series.tolist(), llr.tolist(), strict=True)):
        if code != previous:
            statistic, previous = 0.0, code
        statistic = min(cap, max(0.0, statistic + step))
        out[i] = statistic
    return out


def _robust_background(data: _Series, alpha: float, max_iterations: int = 20) -> np.ndarray:
    """Series presumed clean: those whose total suspect + unknown count is not significantly
    above the pooled rate of the other presumed-clean series (iterated to a fixed point)."""
    n_series = int(data.series.max()) + 1
    hits = np.bincount(data.series, weights=data.hits, minlength=n_series)
    scans = np.bincount(data.series, weights=data.scans, minlength=n_series)
    keep = np.ones(n_series, dtype=bool)
    for _ in range(max_iterations):
        rate = (hits[keep].sum() + 0.5) / (scans[keep].sum() + 1.0)
        p_value = binom.sf(hits - 1, scans, rate)  # P(X >= observed count)
        new_keep = p_value >= alpha
        if (new_keep == keep).all() or not new_keep.any():  # a fixed point, or nothing left to call clean
            break
        keep = new_keep
    return keep


# --- the autoencoder ------------------------------------------------------------------------
class _AutoEncoder(nn.Module):
    """in -> hidden -> bottleneck -> hidden -> in; defined at module level so a pickled
    detector only needs this module (its weights are stored as numpy arrays)."""

    def __init__(self, n_features: int, hidden: int = 8, bottleneck: int = 3):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(n_features, hidden), nn.Tanh(), nn.Linear(hidden, bottleneck), nn.Tanh())
        self.decoder = nn.Sequential(nn.Linear(bottleneck, hidden), nn.Tanh(), nn.Linear(hidden, n_features))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.as_tensor(self.decoder(self.encoder(x)))


class _Adam:
    """Plain Adam (Kingma & Ba). Written out rather than ``torch.optim.Adam`` because any
    ``torch.optim`` optimizer imports ``torch._dynamo`` on first use: seconds of start-up
    for an MLP of a few dozen weights, in every process that trains one."""

    def __init__(self, parameters: list[nn.Parameter], learning_rate: float, betas: tuple[float, float] = (0.9, 0.999),
                 eps: float = 1e-8):
        self.parameters, self.learning_rate, self.betas, self.eps = parameters, learning_rate, betas, eps
        self.first = [torch.zeros_like(p) for p in parameters]
        self.second = [torch.zeros_like(p) for p in parameters]
        self.steps = 0

    @torch.no_grad()
    def step(self) -> None:
        self.steps += 1
        beta1, beta2 = self.betas
        for parameter, first, second in zip(self.parameters, self.first, self.second, strict=True):
            if parameter.grad is None:
                continue
            first.mul_(beta1).add_(parameter.grad, alpha=1 - beta1)
            second.mul_(beta2).addcmul_(parameter.grad, parameter.grad, value=1 - beta2)
            denominator = (second / (1 - beta2**self.steps)).sqrt_().add_(self.eps)
            parameter.addcdiv_(first, denominator, value=-self.learning_rate / (1 - beta1**self.steps))


def _ecdf(reference: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Mid-rank empirical CDF of ``values`` in the sorted ``reference``: ties count half, so
    the most common value (e.g. a CUSUM at 0) maps to the middle of its mass, not to 1."""
    below = np.searchsorted(reference, values, side="left")
    at_or_below = np.searchsorted(reference, values, side="right")
    return np.asarray((below + at_or_below) / (2.0 * len(reference)))


def _reference(values: np.ndarray, size: int = 100_001) -> np.ndarray:
    """Sorted training scores (or evenly spaced quantiles of them, to bound the model size)."""
    values = np.sort(values)
    if len(values) <= size:
        return values
    return np.asarray(values[np.linspace(0, len(values) - 1, size).round().astype(int)])


def _threshold_for_rate(scores: np.ndarray, rate: float) -> float:
    """The smallest training score ``t`` with share(scores >= t) <= ``rate``.

    With ties the share can fall below ``rate`` (never above); if even the top score is too
    common, the threshold lies just above it and no training series-day alerts.
    """
    values, counts = np.unique(scores, return_counts=True)
    share_at_or_above = np.cumsum(counts[::-1])[::-1] / len(scores)
    allowed = np.nonzero(share_at_or_above <= rate)[0]
    if len(allowed) == 0:
        return float(np.nextafter(values[-1], np.inf))
    return float(values[allowed[0]])


class SupplyAnomalyDetector(BaseEstimator):
    """Ensemble anomaly score per (batch_number, region, day) for suspect / unknown answers.

    Parameters
    ----------
    false_alarms_per_1000: the false-alarm budget, alerts per 1,000 (presumed clean) series-days.
        ``threshold_`` is set so that the latest ``calibration_share`` of the training days,
        scored by components fitted on the earlier days, stay within it: an out-of-time
        estimate, not the in-sample quantile of the rows the components learned from.
    calibration_share: share of the training days (the latest) kept for setting ``threshold_``;
        0 sets it on the fitting days themselves.
    combine: ``mean`` (default) or ``max`` of the components' calibrated scores; see the
        module docstring for why the mean is the default.
    weights: optional weight per component (``COMPONENTS`` order) for ``mean``; equal by default.
    cusum: ``excess`` (default): the CUSUM looks for a new source of ``excess_per_day``
        suspect / unknown answers a day whatever the series' volume (``excess_cusum``: a fake
        pack in daily use); ``binomial``: for a rise of the answer *rate* by
        ``cusum_odds_ratio`` (``binomial_cusum``, the detector's CUSUM before 2026-12-02).
    excess_per_day: the excess CUSUM is tuned to detect fastest this many extra bad answers a
        day (1: one fake pack scanned once a day).
    cusum_odds_ratio: the binomial CUSUM is tuned to detect fastest a rise of the suspect + unknown
        odds by this factor over background (20: from 0.5% to about 9%). Relative, so it
        follows whatever background rate is learned.
    cusum_cap_factor: the CUSUM is capped at this multiple of its own training quantile at
        the budget (or of one suspect/unknown answer's evidence, if larger), so it forgets an
        incident soon after it ends.
    prior_scans: pseudo-scans of background rate added to every window before taking the
        rates the forest and autoencoder see (shrinkage of low-traffic days); also the weight
        of the region's rate in a series' own baseline for the binomial tail score.
    clean_alpha: level of the one-sided binomial test that marks a training series as
        contaminated by an incident (excluded from every learned distribution).
    n_estimators: trees of the Isolation Forest.
    ae_hidden, ae_bottleneck, ae_epochs, ae_learning_rate, ae_max_rows: the autoencoder's
        width, training epochs (Adam, mini-batches of 256), step size, and the number of
        training rows it is trained on (a seeded subsample; it is a small model).
    random_state: seed of the forest, the autoencoder's initialisation and its batches.
    """

    def __init__(
        self,
        false_alarms_per_1000: float = 1.0,
        calibration_share: float = 0.3,
        combine: Combine = "mean",
        weights: Sequence[float] | None = None,
        cusum: Cusum = "excess",
        excess_per_day: float = 1.0,
        cusum_odds_ratio: float = 20.0,
        cusum_cap_factor: float = 2.0,
        prior_scans: float = 20.0,
        clean_alpha: float = 1e-3,
        n_estimators: int = 100,
        ae_hidden: int = 8,
        ae_bottleneck: int = 3,
        ae_epochs: int = 15,
        ae_learning_rate: float = 0.01,
        ae_max_rows: int = 20_000,
        random_state: int = 0,
    ):
        self.false_alarms_per_1000 = false_alarms_per_1000
        self.calibration_share = calibration_share
        self.combine = combine
        self.weights = weights
        self.cusum = cusum
        self.excess_per_day = excess_per_day
        self.cusum_odds_ratio = cusum_odds_ratio
        self.cusum_cap_factor = cusum_cap_factor
        self.prior_scans = prior_scans
        self.clean_alpha = clean_alpha
        self.n_estimators = n_estimators
        self.ae_hidden = ae_hidden
        self.ae_bottleneck = ae_bottleneck
        self.ae_epochs = ae_epochs
        self.ae_learning_rate = ae_learning_rate
        self.ae_max_rows = ae_max_rows
        self.random_state = random_state

    # --- public API -------------------------------------------------------------------------
    def fit(self, frame: pd.DataFrame, y: Any = None) -> SupplyAnomalyDetector:
        """Learn background rates, scaling, the forest, the autoencoder, the CUSUM's cap,
        the components' CDFs and the alert threshold from unlabelled series-days."""
        self._check_params()
        data = _prepare(frame)
        clean_series = _robust_background(data, self.clean_alpha)
        days = np.unique(data.day)
        cut = days[min(len(days) - 1, int(len(days) * (1 - self.calibration_share)))] if self.calibration_share else np.inf
        # Components learn from the earlier days; the threshold is set on the later ones.
        calibrating = clean_series[data.series] & (data.day >= cut)
        clean = clean_series[data.series] & (data.day < cut)
        if not clean.any() or not calibrating.any():
            clean = calibrating = clean_series[data.series]
        scans = data.scans[clean].sum()
        if scans == 0:
            raise ValueError("the training frame has no scans: the background answer rates cannot be learned")
        # Jeffreys-style +0.5 keeps every rate positive even if training saw no such answer.
        self.background_rates_ = {
            "suspect": float((data.suspect[clean].sum() + 0.5) / (scans + 1.0)),
            "unknown": float((data.unknown[clean].sum() + 0.5) / (scans + 1.0)),
            "suspect_unknown": float((data.hits[clean].sum() + 0.5) / (scans + 1.0)),
        }
        p0 = self.background_rates_["suspect_unknown"]
        regions = pd.DataFrame({"region": data.region[clean], "hits": data.hits[clean], "scans": data.scans[clean]})
        totals = regions.groupby("region")[["hits", "scans"]].sum()
        # Each region's rate, itself shrunk toward the pooled one (a small region has little evidence).
        self.region_rates_ = ((totals.hits + self.prior_scans * p0) / (totals.scans + self.prior_scans)).to_dict()
        odds = self.cusum_odds_ratio * p0 / (1 - p0)
        self.cusum_alternative_rate_ = float(odds / (1 + odds))
        self.n_training_rows_ = len(data.series)
        self.n_training_series_ = len(clean_series)
        self.n_excluded_series_ = int((~clean_series).sum())
        self.clean_row_share_ = float(clean.mean())

        features = self._features(data)
        self.feature_mean_ = features[clean].mean(axis=0)
        std = features[clean].std(axis=0)
        self.feature_scale_ = np.where(std > 1e-9, std, 1.0)
        scaled = (features - self.feature_mean_) / self.feature_scale_

        self.isolation_forest_ = IsolationForest(
            n_estimators=self.n_estimators, random_state=self.random_state, n_jobs=1
        ).fit(scaled[clean])
        self.autoencoder_state_ = self._train_autoencoder(scaled[clean])

        llr_hit = float(np.log(self.cusum_alternative_rate_ / p0))
        uncapped = binomial_cusum(data.series, data.hits, data.scans, p0, self.cusum_alternative_rate_)
        level = float(np.quantile(uncapped[clean], 1 - self.false_alarms_per_1000 / 1000))
        # At least one hit's worth, so a single strong day is never cut off by the cap.
        self.cusum_cap_ = float(self.cusum_cap_factor * max(level, llr_hit))
        if self.cusum == "excess":
            uncapped = excess_cusum(data.series, data.hits, data.scans, p0, self.excess_per_day)
            level = float(np.quantile(uncapped[clean], 1 - self.false_alarms_per_1000 / 1000))
            one_answer = float(np.log1p(self.excess_per_day / p0) - self.excess_per_day)  # out of one scan
            self.cusum_cap_ = float(self.cusum_cap_factor * max(level, one_answer))

        raw = self._raw_scores(data, scaled)
        self.references_ = {name: _reference(values[clean]) for name, values in raw.items()}
        combined = self._combine(self._calibrate(raw))
        self.combined_reference_ = _reference(combined[clean])
        score = _ecdf(self.combined_reference_, combined)
        self.threshold_ = _threshold_for_rate(score[calibrating], self.false_alarms_per_1000 / 1000)
        self.training_alert_rate_ = float((score >= self.threshold_).mean())
        self.calibration_series_days_ = int(calibrating.sum())
        return self

    def score_samples(self, frame: pd.DataFrame) -> np.ndarray:
        """Anomaly score in [0, 1] per row, in the input order (higher = more anomalous): the
        share of clean training series-days whose combined score was lower."""
        return np.asarray(self._scores(frame)["score"].to_numpy())

    def predict(self, frame: pd.DataFrame) -> np.ndarray:
        """Alert (1) where the score reaches ``threshold_``, else 0, in the input order."""
        return (self.score_samples(frame) >= self.threshold_).astype(int)

    def component_scores(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Per row (input index and order): each component's calibrated score in [0, 1]
        (``COMPONENTS``), the raw CUSUM statistic, the combined ``score`` and ``alert``.
        It explains an alert: which detector fired, and how much evidence the CUSUM holds."""
        return self._scores(frame)

    # --- internals ----------------------------------------------------------------------------
    def _check_params(self) -> None:
        if not 0 < self.false_alarms_per_1000 < 1000:
            raise ValueError(f"false_alarms_per_1000 must be in (0, 1000), got {self.false_alarms_per_1000}")
        if not 0 <= self.calibration_share < 1:
            raise ValueError(f"calibration_share must be in [0, 1), got {self.calibration_share}")
        if self.combine not in ("max", "mean"):
            raise ValueError(f"combine must be 'max' or 'mean', got {self.combine!r}")
        if self.weights is not None and (len(self.weights) != len(COMPONENTS) or min(self.weights) < 0 or sum(self.weights) <= 0):
            raise ValueError(f"weights must be {len(COMPONENTS)} non-negative numbers, not all 0 ({COMPONENTS})")
        if self.cusum not in ("excess", "binomial"):
            raise ValueError(f"cusum must be 'excess' or 'binomial', got {self.cusum!r}")
        if self.excess_per_day <= 0:
            raise ValueError(f"excess_per_day must be positive, got {self.excess_per_day}")
        if self.cusum_odds_ratio <= 1:
            raise ValueError(f"cusum_odds_ratio must exceed 1, got {self.cusum_odds_ratio}")
        if self.cusum_cap_factor < 1:
            raise ValueError(f"cusum_cap_factor must be at least 1, got {self.cusum_cap_factor}")
        if self.prior_scans <= 0:
            raise ValueError(f"prior_scans must be positive, got {self.prior_scans}")

    def _scores(self, frame: pd.DataFrame) -> pd.DataFrame:
        check_is_fitted(self, "threshold_")
        data = _prepare(frame)
        scaled = (self._features(data) - self.feature_mean_) / self.feature_scale_
        raw = self._raw_scores(data, scaled)
        calibrated = self._calibrate(raw)
        score = _ecdf(self.combined_reference_, self._combine(calibrated))
        sorted_columns = {**calibrated, "cusum_statistic": raw["cusum"], "score": score}
        result = pd.DataFrame(index=frame.index)
        for name, values in sorted_columns.items():
            aligned = np.empty(len(values))
            aligned[data.order] = values
            result[name] = aligned
        result["alert"] = (result["score"] >= self.threshold_).astype(int)
        return result

    def _features(self, data: _Series) -> np.ndarray:
        """The forest's and autoencoder's inputs, columns ``FEATURES``: one-sided log excess
        over background of the day's suspect and unknown rates, and of the pooled
        suspect + unknown rate over each trailing window in ``WINDOWS``."""
        rates = self.background_rates_
        columns = [
            _excess(data.suspect, data.scans, rates["suspect"], self.prior_scans),
            _excess(data.unknown, data.scans, rates["unknown"], self.prior_scans),
        ]
        for width in WINDOWS:
            hits, scans = _trailing_sums(data, data.hits, width), _trailing_sums(data, data.scans, width)
            columns.append(_excess(hits, scans, rates["suspect_unknown"], self.prior_scans))
        return np.column_stack(columns)

    def _raw_scores(self, data: _Series, scaled: np.ndarray) -> dict[str, np.ndarray]:
        return {
            "isolation_forest": -self.isolation_forest_.score_samples(scaled),
            "autoencoder": self._reconstruction_error(scaled),
            "cusum": self._cusum_statistic(data),
            "binomial_tail": binomial_tail_score(data, self._reference_rates(data)),
        }

    def _cusum_statistic(self, data: _Series) -> np.ndarray:
        rate = self.background_rates_["suspect_unknown"]
        # A detector pickled before the ``cusum`` parameter existed used the binomial CUSUM.
        if getattr(self, "cusum", "binomial") == "binomial":
            return binomial_cusum(data.series, data.hits, data.scans, rate, self.cusum_alternative_rate_, self.cusum_cap_)
        return excess_cusum(data.series, data.hits, data.scans, rate, self.excess_per_day, self.cusum_cap_)

    def _reference_rates(self, data: _Series) -> np.ndarray:
        """Each row's expected suspect + unknown rate: the series' own rate over the
        ``TAIL_HISTORY_DAYS`` before the tail windows, shrunk toward its region's rate with
        ``prior_scans`` pseudo-scans (an unseen region takes the pooled rate)."""
        longest = max(TAIL_WINDOWS)
        span = longest + TAIL_HISTORY_DAYS
        hits = _trailing_sums(data, data.hits, span) - _trailing_sums(data, data.hits, longest)
        scans = _trailing_sums(data, data.scans, span) - _trailing_sums(data, data.scans, longest)
        pooled = self.background_rates_["suspect_unknown"]
        region = pd.Series(data.region).map(self.region_rates_).fillna(pooled).to_numpy(dtype=float)
        return np.asarray((hits + self.prior_scans * region) / (scans + self.prior_scans))

    def _calibrate(self, raw: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        return {name: _ecdf(self.references_[name], raw[name]) for name in COMPONENTS}

    def _combine(self, calibrated: dict[str, np.ndarray]) -> np.ndarray:
        stacked = np.column_stack([calibrated[name] for name in COMPONENTS])
        if self.combine == "max":
            return np.asarray(stacked.max(axis=1))
        weights = np.ones(len(COMPONENTS)) if self.weights is None else np.asarray(self.weights, dtype=float)
        return np.asarray(stacked @ (weights / weights.sum()))

    def _train_autoencoder(self, scaled: np.ndarray) -> dict[str, np.ndarray]:
        """Train on a seeded subsample; return the weights as numpy arrays (picklable, and
        loading needs no training code). The global torch RNG and thread count are restored."""
        rng = np.random.default_rng(self.random_state)
        rows = scaled if len(scaled) <= self.ae_max_rows else scaled[rng.choice(len(scaled), self.ae_max_rows, replace=False)]
        x = torch.from_numpy(np.ascontiguousarray(rows, dtype=np.float32))
        threads = torch.get_num_threads()
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(self.random_state)
            torch.set_num_threads(1)  # one thread: bit-for-bit reproducible, and fast enough for this size
            try:
                model = _AutoEncoder(x.shape[1], self.ae_hidden, self.ae_bottleneck)
                adam = _Adam(list(model.parameters()), self.ae_learning_rate)
                generator = torch.Generator().manual_seed(self.random_state)
                for _ in range(self.ae_epochs):
                    for batch in torch.randperm(len(x), generator=generator).split(256):
                        model.zero_grad()
                        nn.functional.mse_loss(model(x[batch]), x[batch]).backward()
                        adam.step()
            finally:
                torch.set_num_threads(threads)
        return {name: value.detach().cpu().numpy().copy() for name, value in model.state_dict().items()}

    def _reconstruction_error(self, scaled: np.ndarray) -> np.ndarray:
        model = _AutoEncoder(scaled.shape[1], self.ae_hidden, self.ae_bottleneck)
        model.load_state_dict({name: torch.from_numpy(value) for name, value in self.autoencoder_state_.items()})
        model.eval()
        x = torch.from_numpy(np.ascontiguousarray(scaled, dtype=np.float32))
        with torch.no_grad():
            error = ((model(x) - x) ** 2).mean(dim=1)
        return np.asarray(error.numpy(), dtype=float)


# --- evaluation against known incidents ----------------------------------------------------------
#: Days after an incident's recorded end during which its alerts are still the incident's, not false
#: alarms: a suspect flag stops answering when the registry lifts it, and two weeks cover the packs
#: scanned in between (the project's figure since its first anomaly model).
GRACE_DAYS = 14
#: The ``kind`` of a confirmed incident whose recorded end is the last day fakes were *sold*.
COUNTERFEIT = "counterfeit"
#: A counterfeit's grace: a fake pack bought on its last day is scanned at every dose for its life
#: (30 days of doses, longer with missed ones), each scan answering suspect or unknown. On the alt
#: simulator's 10,000-patient lake, 96% of the bad answers on a counterfeit's series after its end came
#: from packs first scanned during it (``bench/models.py``, 2026-12-04).
COUNTERFEIT_GRACE_DAYS = 45


def circulation_windows(incidents: pd.DataFrame, grace_days: int | None = None, end_column: str = "end_date") -> pd.DataFrame:
    """``incidents`` with ``end_column`` moved to the last day their packs still answer in the field.

    ``COUNTERFEIT_GRACE_DAYS`` after the end for an incident whose ``kind`` is ``COUNTERFEIT``, ``GRACE_DAYS``
    for any other kind and for every incident of a frame without a ``kind`` column (a programme's confirmed
    incidents need not say). ``grace_days`` gives every incident that grace instead. Shape: ``incidents``' rows
    and columns, ``end_column`` a normalised Timestamp.
    """
    if grace_days is not None:
        grace = np.full(len(incidents), grace_days)
    elif "kind" in incidents.columns:
        grace = np.where(incidents["kind"].to_numpy() == COUNTERFEIT, COUNTERFEIT_GRACE_DAYS, GRACE_DAYS)
    else:
        grace = np.full(len(incidents), GRACE_DAYS)
    ends = pd.to_datetime(incidents[end_column]).dt.normalize() + pd.to_timedelta(grace, unit="D")
    return incidents.assign(**{end_column: ends})


def incidents_during(incidents: pd.DataFrame, first: dt.date, last: dt.date | None = None) -> pd.DataFrame:
    """The rows of ``incidents`` whose window (start to its ``circulation_windows`` end) meets the period
    ``[first, last]`` (open-ended without ``last``): the incidents whose alerts that period's scores can hold."""
    during = circulation_windows(incidents).end_date.dt.date >= first
    if last is not None:
        during &= pd.to_datetime(incidents.start_date).dt.date <= last
    return incidents[during]


def detection_metrics(
    alerts: pd.DataFrame,
    incidents: pd.DataFrame,
    *,
    grace_days: int | None = None,
    date_column: str = "date",
    alert_column: str = "alert",
    start_column: str = "start_date",
    end_column: str = "end_date",
    keys: Sequence[str] = ("batch_number", "region"),
) -> dict[str, float]:
    """Score alerts against known incidents (e.g. the simulator's ``truth/incidents.parquet``).

    ``alerts`` has one row per scored series-day: ``keys``, ``date_column`` and
    ``alert_column`` (0/1). ``incidents`` has one row per incident: ``keys``,
    ``start_column`` and ``end_column`` (inclusive dates), and optionally ``kind``. An incident's
    window is [start, end + grace] on its own series: the grace covers packs bought during the
    incident but scanned after it ended, by kind (``circulation_windows``) unless ``grace_days``
    gives one for all.

    Returns:
    - ``recall``: share of incidents with an alert on some day of their window (an incident
      on a series that was never scored counts as missed);
    - ``precision``: share of alerts inside some incident window of the same series (NaN
      without alerts);
    - ``median_delay_days``: over detected incidents, first alert day in the window minus the
      start day (NaN if none detected);
    - ``false_alarms_per_1000``: alerts outside every window per 1,000 scored series-days
      outside every window;
    - the counts behind them: ``incidents``, ``detected``, ``alerts``, ``true_alerts``,
      ``false_alarms``, ``series_days_outside``.
    """
    keys = list(keys)
    for name, frame, columns in (
        ("alerts", alerts, [*keys, date_column, alert_column]),
        ("incidents", incidents, [*keys, start_column, end_column]),
    ):
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise ValueError(f"{name} frame is missing column(s) {missing}")
    if grace_days is not None and grace_days < 0:
        raise ValueError(f"grace_days must be non-negative, got {grace_days}")

    days = alerts[keys].copy()
    days["_date"] = pd.to_datetime(alerts[date_column]).dt.normalize().to_numpy()
    days["_alert"] = alerts[alert_column].astype(bool).to_numpy()
    days["_row"] = np.arange(len(days))
    windows = incidents[keys].copy()
    windows["_incident"] = np.arange(len(incidents))
    windows["_start"] = pd.to_datetime(incidents[start_column]).dt.normalize().to_numpy()
    windows["_end"] = circulation_windows(incidents, grace_days, end_column)[end_column].to_numpy()
    if (windows["_end"] < windows["_start"]).any():
        raise ValueError("an incident ends before it starts")

    pairs = days.merge(windows, on=keys, how="inner")
    pairs = pairs[(pairs["_date"] >= pairs["_start"]) & (pairs["_date"] <= pairs["_end"])]
    inside = np.zeros(len(days), dtype=bool)
    inside[pairs["_row"].to_numpy()] = True

    alerted = pairs[pairs["_alert"]]
    first_alert = alerted.groupby("_incident")["_date"].min()
    delays = (first_alert - windows.set_index("_incident").loc[first_alert.index, "_start"]).dt.days
    is_alert = days["_alert"].to_numpy()
    n_alerts = int(is_alert.sum())
    true_alerts = int((is_alert & inside).sum())
    false_alarms = n_alerts - true_alerts
    outside = int((~inside).sum())
    return {
        "recall": float(len(first_alert) / len(windows)) if len(windows) else float("nan"),
        "precision": float(true_alerts / n_alerts) if n_alerts else float("nan"),
        "median_delay_days": float(np.median(delays)) if len(delays) else float("nan"),
        "false_alarms_per_1000": float(1000 * false_alarms / outside) if outside else float("nan"),
        "incidents": float(len(windows)),
        "detected": float(len(first_alert)),
        "alerts": float(n_alerts),
        "true_alerts": float(true_alerts),
        "false_alarms": float(false_alarms),
        "series_days_outside": float(outside),
    }
