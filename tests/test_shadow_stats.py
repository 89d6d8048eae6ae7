"""The comparison statistics of the shadow report, on cases with exact answers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import brier_score_loss, roc_auc_score

from shadow.compare import decision_agreement, delong, non_inferiority, paired_bootstrap


@pytest.mark.verifies("REQ-GATE-002")
def test_delong_matches_a_hand_computed_case() -> None:
    # AUCs 3/4 and 1; per-positive components [1, .5] and [1, 1], per-negative [.5, 1] and [1, 1]:
    # var = .125/2 + .125/2 = .125 (the candidate's components are constant, so no covariance).
    y = np.array([1, 1, 0, 0])
    production = np.array([0.9, 0.4, 0.5, 0.1])
    candidate = np.array([0.8, 0.7, 0.3, 0.2])
    auc_p, auc_c, diff, se = delong(y, production, candidate)
    assert (auc_p, auc_c, diff) == (0.75, 1.0, 0.25)
    assert se == pytest.approx(math.sqrt(0.125))


def test_delong_counts_ties_as_half() -> None:
    y = np.array([1, 0, 1, 0])
    flat = np.array([0.5, 0.5, 0.5, 0.5])
    auc_p, auc_c, diff, se = delong(y, flat, flat)
    assert (auc_p, auc_c, diff, se) == (0.5, 0.5, 0.0, 0.0)


@pytest.mark.verifies("REQ-GATE-002")
def test_delong_agrees_with_sklearn_and_with_the_bootstrap() -> None:
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 2000)
    production, candidate = y + rng.normal(0, 1, 2000), y + rng.normal(0, 1.3, 2000)
    auc_p, auc_c, diff, se = delong(y, production, candidate)
    assert auc_p == pytest.approx(roc_auc_score(y, production)) and auc_c == pytest.approx(roc_auc_score(y, candidate))
    boot = paired_bootstrap(y, production, candidate, roc_auc_score, "auc", samples=400, seed=1)
    assert boot.difference == pytest.approx(diff)
    assert (boot.high - boot.low) / (2 * 1.96) == pytest.approx(se, rel=0.2)  # same spread, two methods


def test_delong_needs_both_outcomes() -> None:
    with pytest.raises(ValueError, match="both outcomes"):
        delong(np.ones(3), np.zeros(3), np.zeros(3))


@pytest.mark.verifies("REQ-GATE-002")
def test_non_inferiority_exact_values() -> None:
    # difference -0.01, se 0.01, margin 0.02: z = (-0.01 + 0.02) / 0.01 = 1 -> p = 1 - Phi(1) = 0.158655...
    test = non_inferiority(-0.01, 0.01, 0.02)
    assert test.p_value == pytest.approx(0.15865525393145707)
    assert test.lower_bound == pytest.approx(-0.01 - 1.6448536269514722 * 0.01)
    assert not test.passed  # -0.0264 is below -0.02
    assert non_inferiority(0.0, 0.005, 0.02).passed  # lower bound -0.0082 > -0.02
    assert non_inferiority(0.0, 0.0, 0.0).passed is False  # equal is not better than a zero margin
    assert non_inferiority(0.001, 0.0, 0.0).passed
    with pytest.raises(ValueError, match="margin"):
        non_inferiority(0.0, 0.01, -0.1)


def test_identical_models_differ_by_exactly_zero() -> None:
    rng = np.random.default_rng(0)
    y, risk = rng.integers(0, 2, 300), rng.random(300)
    result = paired_bootstrap(y, risk, risk, brier_score_loss, "Brier", samples=50)
    assert (result.difference, result.low, result.high) == (0.0, 0.0, 0.0)
    assert result.production == result.candidate == pytest.approx(brier_score_loss(y, risk))


@pytest.mark.verifies("REQ-GATE-002")
def test_paired_bootstrap_sees_a_clearly_worse_model() -> None:
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 1000)
    good, bad = np.clip(y * 0.8 + 0.1, 0, 1), rng.random(1000)
    result = paired_bootstrap(y, good, bad, brier_score_loss, "Brier", samples=200)
    assert result.production == pytest.approx(0.01) and result.low > 0.2  # the candidate is far worse
    with pytest.raises(ValueError, match="row-aligned"):
        paired_bootstrap(y, good, bad[:-1], brier_score_loss, "Brier")


@pytest.mark.verifies("REQ-GATE-002")
def test_decision_agreement_counts_flips() -> None:
    production = np.array([1, 1, 0, 0, 0], dtype=bool)
    candidate = np.array([1, 0, 1, 1, 0], dtype=bool)
    assert decision_agreement(production, candidate) == {
        "agreement": 0.4, "flips_to_intervene": 2, "flips_to_no_intervention": 1,
        "production_flagged": 2, "candidate_flagged": 3, "n": 5,
    }  # fmt: skip


def test_patient_bootstrap_resamples_whole_patients() -> None:
    # Each patient's decision repeated on 5 days: resampling patients must give exactly the interval of
    # resampling one decision per patient (same draws; a mean is unchanged by repeating each row 5 times),
    # while resampling decisions as if independent gives a narrower, over-confident one.
    rng = np.random.default_rng(2)
    y, production, candidate = rng.integers(0, 2, 200), rng.random(200), rng.random(200)
    once = paired_bootstrap(y, production, candidate, brier_score_loss, "Brier", samples=300, seed=4)
    repeat = np.repeat(np.arange(200), 5)
    grouped = paired_bootstrap(y[repeat], production[repeat], candidate[repeat], brier_score_loss, "Brier",
                               groups=repeat, samples=300, seed=4)  # fmt: skip
    assert (grouped.low, grouped.high) == pytest.approx((once.low, once.high))
    naive = paired_bootstrap(y[repeat], production[repeat], candidate[repeat], brier_score_loss, "Brier", samples=300, seed=4)
    assert naive.high - naive.low < 0.6 * (grouped.high - grouped.low)
    assert grouped.standard_error == pytest.approx(once.standard_error)
    with pytest.raises(ValueError, match="row-aligned"):
        paired_bootstrap(y, production, candidate, brier_score_loss, "Brier", groups=repeat)
