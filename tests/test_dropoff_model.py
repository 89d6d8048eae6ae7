"""``DropoffClassifier`` and the GRU candidate (``SequenceDropoffClassifier``) keep scikit-learn's estimator
contract, so ``clone`` and model selection work on them.

``fit(X, y)`` keeps the last ``calibration_share`` of the rows apart for early stopping, calibration and the
threshold, exactly as when that later slice is passed explicitly (the training path's call).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.isotonic import IsotonicRegression
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit

from models.dropoff import DropoffClassifier

ROWS = 600


def _rows(seed: int = 0) -> tuple[pd.DataFrame, np.ndarray]:
    """Patient-days in time order whose drop-off follows the days since the last dose and the dose rate."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({"days_since_last_dose": rng.exponential(4.0, ROWS), "dose_rate_7d": rng.uniform(0, 1, ROWS),
                          "sex": rng.choice(["F", "M", "X"], ROWS)})  # fmt: skip
    risk = 1 / (1 + np.exp(-(frame.days_since_last_dose / 4 - 1 - 2 * frame.dose_rate_7d)))
    return frame, (rng.uniform(size=ROWS) < risk).to_numpy().astype(int)


@pytest.mark.parametrize("algorithm", ["logistic", "lightgbm", "xgboost"])
def test_clone_get_set_params_fit_and_predict_proba(algorithm: str) -> None:
    features, labels = _rows()
    model = DropoffClassifier(algorithm=algorithm, capacity=0.2, n_estimators=40, calibration_share=0.25)
    params = model.get_params()
    assert params == {"algorithm": algorithm, "capacity": 0.2, "n_estimators": 40, "learning_rate": 0.03,
                      "early_stopping_rounds": 50, "random_state": 0, "calibration_share": 0.25}  # fmt: skip
    copy = clone(model)
    assert copy is not model and copy.get_params() == params
    assert copy.set_params(capacity=0.3) is copy and copy.capacity == 0.3
    assert copy.fit(features, labels) is copy
    proba = copy.predict_proba(features)
    assert proba.shape == (ROWS, 2) and np.allclose(proba.sum(axis=1), 1.0)
    assert set(copy.predict(features)) <= {0, 1}
    assert not hasattr(model, "model_")  # the original stays unfitted


def test_fit_x_y_calibrates_on_the_last_rows_as_an_explicit_later_slice() -> None:
    features, labels = _rows(1)
    cut = ROWS - round(ROWS * 0.25)
    implicit = DropoffClassifier(n_estimators=40, calibration_share=0.25).fit(features, labels)
    explicit = DropoffClassifier(n_estimators=40).fit(features.iloc[:cut], labels[:cut], features.iloc[cut:], labels[cut:])
    np.testing.assert_array_equal(implicit.predict_proba(features), explicit.predict_proba(features))
    assert implicit.threshold_ == explicit.threshold_ and implicit.n_trees_ == explicit.n_trees_


def test_model_selection_searches_its_parameters() -> None:
    features, labels = _rows(2)
    search = GridSearchCV(DropoffClassifier(algorithm="logistic"), {"calibration_share": [0.2, 0.4]},
                          cv=TimeSeriesSplit(3), scoring="roc_auc").fit(features, labels)  # fmt: skip
    assert search.best_params_["calibration_share"] in (0.2, 0.4)
    assert 0.6 < search.best_score_ <= 1.0  # the signal is learnt on earlier rows, scored on later ones
    assert search.best_estimator_.predict_proba(features.head(5)).shape == (5, 2)


@pytest.mark.parametrize("share", [0.0, 1.0, 1.5])
def test_a_calibration_share_outside_0_1_is_refused(share: float) -> None:
    features, labels = _rows()
    with pytest.raises(ValueError, match="calibration_share must be between 0 and 1"):
        DropoffClassifier(algorithm="logistic", calibration_share=share).fit(features, labels)


def _sequence_rows(rows: int = 240, seed: int = 3) -> tuple[pd.DataFrame, np.ndarray]:
    """Tiny patient-days for the GRU: 60 daily dose counts and two static columns; drop-off follows the last week."""
    rng = np.random.default_rng(seed)
    fading = rng.random(rows) < 0.3
    doses = {f"doses_lag_{k:02d}": rng.binomial(1, np.where(fading & (k <= 7), 0.2, 0.9)).astype(float)
             for k in range(1, 61)}  # fmt: skip
    frame = pd.DataFrame({**doses, "doses_per_day": 1.0, "sex": rng.choice(["F", "M"], rows)})
    return frame, fading.astype(int)


def test_the_gru_candidate_keeps_scikit_learns_estimator_contract() -> None:
    from sklearn.utils.estimator_checks import (
        check_get_params_invariance,
        check_no_attributes_set_in_init,
        check_parameters_default_constructible,
        check_set_params,
    )

    from models.sequence import SequenceDropoffClassifier

    model = SequenceDropoffClassifier(hidden=4, static_hidden=4, epochs=2, batch_size=64, calibration_share=0.25)
    name = type(model).__name__
    for check in (check_parameters_default_constructible, check_no_attributes_set_in_init, check_get_params_invariance,
                  check_set_params):  # fmt: skip
        check(name, model)  # these take any estimator; the fitting checks feed arrays without the dose sequence
    params = model.get_params()
    copy = clone(model)
    assert copy is not model and copy.get_params() == params and params["calibration_share"] == 0.25
    features, labels = _sequence_rows()
    assert copy.fit(features, labels) is copy  # fit(X, y): the last quarter of the rows stops and calibrates
    proba = copy.predict_proba(features)
    assert proba.shape == (len(features), 2) and np.allclose(proba.sum(axis=1), 1.0)
    assert set(copy.predict(features)) <= {0, 1} and list(copy.classes_) == [0, 1]
    assert not hasattr(model, "weights_")  # the original stays unfitted
    cut = len(features) - round(len(features) * 0.25)
    explicit = clone(model).fit(features.iloc[:cut], labels[:cut], features.iloc[cut:], labels[cut:])
    np.testing.assert_array_equal(explicit.predict_proba(features), proba)  # the same as the explicit later slice


def test_no_rows_to_score_is_an_empty_answer_not_a_scikit_learn_error() -> None:
    """An as-of date nobody is on therapy on gives no rows: the answer is empty, so the command can say
    "no rows as of ..." (``tests/test_training.py``), instead of the calibrator's error about empty arrays."""
    from models.sequence import SequenceDropoffClassifier

    features, labels = _rows()
    for algorithm in ("logistic", "lightgbm"):
        model = DropoffClassifier(algorithm=algorithm, n_estimators=20).fit(features, labels)
        assert model.predict_proba(features.iloc[:0]).shape == (0, 2)
        assert model.predict_proba({name: [] for name in features.columns}).shape == (0, 2)
        assert model.predict(features.iloc[:0]).shape == (0,)
    frame, sequence_labels = _sequence_rows()
    gru = SequenceDropoffClassifier(hidden=4, static_hidden=4, epochs=1, batch_size=64).fit(frame, sequence_labels)
    assert gru.predict_proba(frame.iloc[:0]).shape == (0, 2)


def test_the_logistic_baseline_scores_natively_with_the_pipelines_numbers() -> None:
    """A logistic champion is scored from the fitted pipeline's parts (imputer medians and missing
    indicators, scaler, one-hot columns, one dot product): the same probabilities as scikit-learn's
    ``predict_proba`` on the prepared frame, with missing numbers, a column never observed in
    training, an unseen category, and a mapping of columns as the online read gives."""
    rng = np.random.default_rng(5)
    n = 1500
    frame = pd.DataFrame({
        "doses_7d": rng.integers(0, 15, n).astype(float),
        "gap_days": np.where(rng.random(n) < 0.25, np.nan, rng.exponential(3.0, n)),
        "never_seen": np.full(n, np.nan),
        "sex": rng.choice(["female", "male"], n),
        "age_band": rng.choice(["18-39", "40-64", "65+"], n),
    })
    y = (rng.random(n) < 1 / (1 + np.exp(frame.doses_7d.to_numpy() / 4 - 2))).astype(int)
    with pytest.warns(UserWarning, match="without any observed values"):
        model = DropoffClassifier(algorithm="logistic").fit(frame, y)
    later = frame.iloc[:300].copy()
    later.loc[later.index[:7], "sex"] = "unknown"
    later.loc[later.index[7:20], "doses_7d"] = np.nan
    with pytest.warns(UserWarning, match="without any observed values"):
        expected = model.model_.predict_proba(model._prepare(later))[:, 1]
    np.testing.assert_allclose(model._raw_scores(later), expected, rtol=0, atol=1e-12)
    mapping = {name: later[name].tolist() for name in later.columns}
    np.testing.assert_allclose(model.predict_proba(mapping), model.predict_proba(later), rtol=0, atol=1e-12)


def test_the_ensemble_calibrates_the_mean_log_odds_of_its_members() -> None:
    """``EnsembleDropoffClassifier``: isotonic calibration (and the capacity threshold) on the later slice of the
    mean of its members' raw log-odds; ``fit`` on clones gives the numbers ``from_fitted`` gives on the same fits;
    scored from a mapping of columns (the service's call) as from a frame; keeps scikit-learn's contract."""
    import pickle

    from models.dropoff import EnsembleDropoffClassifier
    from models.metrics import threshold_for_capacity

    features, labels = _rows(3)
    cut = ROWS - round(ROWS * 0.3)
    early, later, y_early, y_later = features.iloc[:cut], features.iloc[cut:], labels[:cut], labels[cut:]
    members = [DropoffClassifier(algorithm=a, n_estimators=30) for a in ("logistic", "lightgbm", "xgboost")]
    fitted = [clone(m).fit(early, y_early, later, y_later) for m in members]
    ensemble = EnsembleDropoffClassifier.from_fitted(fitted, later, y_later, capacity=0.2)

    raw = [np.clip(np.asarray(m._raw_scores(features), dtype=float), 1e-9, 1 - 1e-9) for m in fitted]
    mean_log_odds = np.mean([np.log(p / (1 - p)) for p in raw], axis=0)
    np.testing.assert_allclose(ensemble._raw_scores(features), mean_log_odds)
    later_mean = mean_log_odds[cut:]
    expected = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(later_mean, y_later)
    np.testing.assert_allclose(ensemble.predict_proba(features)[:, 1], expected.predict(mean_log_odds))
    assert ensemble.threshold_ == threshold_for_capacity(expected.predict(later_mean), 0.2)
    assert ensemble.n_trees_ == sum(m.n_trees_ for m in fitted) and list(ensemble.feature_names_in_) == list(features.columns)
    # It differs from every member: it is their mean, not one of them.
    assert all(not np.allclose(ensemble.predict_proba(features), m.predict_proba(features)) for m in fitted)

    refit = EnsembleDropoffClassifier(members=members, capacity=0.2).fit(early, y_early, later, y_later)
    np.testing.assert_allclose(refit.predict_proba(features), ensemble.predict_proba(features))
    mapping = {name: features[name].head(3).tolist() for name in features.columns}
    np.testing.assert_allclose(ensemble.predict_proba(mapping), ensemble.predict_proba(features.head(3)))
    np.testing.assert_allclose(pickle.loads(pickle.dumps(ensemble)).predict_proba(features), ensemble.predict_proba(features))
    assert clone(refit).get_params()["capacity"] == 0.2 and not hasattr(clone(refit), "members_")
    assert ensemble.feature_importance().index.isin([*features.columns, *fitted[0].feature_importance().index]).all()
    with pytest.raises(ValueError, match="at least one member"):
        EnsembleDropoffClassifier().fit(early, y_early, later, y_later)


def test_the_training_ensemble_needs_two_tabular_members_and_reuses_the_fitted_candidates() -> None:
    from training.dropoff import LABEL, DropoffConfig, ensemble_members, fit_candidate

    assert ensemble_members(DropoffConfig()) == ["logistic", "lightgbm", "xgboost"]
    assert ensemble_members(DropoffConfig(candidates=("lightgbm", "ensemble", "logistic"))) == ["logistic", "lightgbm"]
    with pytest.raises(ValueError, match="at least two"):
        ensemble_members(DropoffConfig(candidates=("lightgbm", "ensemble", "gru")))
    features, labels = _rows(4)
    frame = features.assign(**{LABEL: labels})
    config = DropoffConfig(candidates=("logistic", "lightgbm", "ensemble"), n_estimators=20)
    early, later = frame.iloc[:420], frame.iloc[420:]
    columns = list(features.columns)
    fitted = {name: fit_candidate(name, config, early, later, columns) for name in ("logistic", "lightgbm")}
    reused = fit_candidate("ensemble", config, early, later, columns, fitted=fitted)
    assert reused.members_[0] is fitted["logistic"] and reused.members_[1] is fitted["lightgbm"]
    alone = fit_candidate("ensemble", config, early, later, columns)  # the final refit: fits its members itself
    np.testing.assert_allclose(alone.predict_proba(features), reused.predict_proba(features))
