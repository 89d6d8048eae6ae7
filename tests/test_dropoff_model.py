"""``DropoffClassifier`` keeps scikit-learn's estimator contract, so ``clone`` and model selection work on it.

``fit(X, y)`` keeps the last ``calibration_share`` of the rows apart for early stopping, calibration and the
threshold, exactly as when that later slice is passed explicitly (the training path's call).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
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
