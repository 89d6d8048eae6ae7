"""The drop-off sequence candidate: a small GRU over each patient's last 60 days of dose
activity plus the static context, isotonic-calibrated on a later time slice.

Trained with torch (imported inside ``fit`` only); scored in numpy from the exported
weights, so the registered model, the service and shadow replay need no torch and no
training code. The numpy forward pass is the torch ``nn.GRU`` recurrence (gates ``r, z, n``
in torch's order), checked against torch in the tests.

Inputs, per row:
- the sequence, oldest day first: for day ``k`` = 60..1 before the snapshot (``doses_lag_60``
  .. ``doses_lag_01``, ``features.engineering.SEQUENCE_DAYS``), three channels: dose events
  divided by the prescribed doses per day (clipped to [0, 3]), 1 if any dose that day, and
  1 if the day is observed (the patient's data had started), else all three 0;
- the static vector: every other feature column, numbers standardised with the fitting
  slice's mean and deviation (a null becomes 0, the mean, and sets a missing indicator for
  columns that had nulls when fitted), categories one-hot over the fitting slice's values.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin

from models.dropoff import CALIBRATION_SHARE, CalibratedRiskMixin, Features, _categorical_columns
from models.estimators import estimator_parameters

#: Feature columns of the daily dose sequence: ``doses_lag_01`` (the snapshot's day) .. ``doses_lag_60``.
SEQUENCE_PREFIX = "doses_lag_"
CHANNELS = 3


def sequence_columns(names: Sequence[str]) -> list[str]:
    """The sequence's columns among ``names``, oldest day first (``doses_lag_60`` .. ``doses_lag_01``)."""
    lags = [name for name in names if name.startswith(SEQUENCE_PREFIX)]
    return sorted(lags, key=lambda name: -int(name.removeprefix(SEQUENCE_PREFIX)))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * x)))


@estimator_parameters
class SequenceDropoffClassifier(CalibratedRiskMixin, ClassifierMixin, BaseEstimator):
    """Calibrated probability of dropping off therapy within 30 days, from a GRU over daily doses.

    Parameters
    ----------
    capacity: share of patients the intervention team can contact; sets ``threshold_``.
    hidden: GRU state size; ``static_hidden``: units of the static context's layer.
    epochs: most passes over the fitting slice; training stops earlier when the log loss on
        the later calibration slice has not improved for ``patience`` epochs, and keeps the best.
    learning_rate, batch_size, weight_decay: Adam's; ``random_state``: torch's seed.
    calibration_share: share of the rows, the last ones, that ``fit(X, y)`` keeps apart for early
        stopping, calibration and the threshold when no calibration slice is given (scikit-learn's
        ``fit(X, y)`` contract, so ``clone`` and model selection work, as for ``DropoffClassifier``).
    """

    algorithm = "gru"
    #: Boosting rounds: none (kept so that training logs every candidate alike).
    n_trees_ = 0

    capacity: float = 0.1
    hidden: int = 16
    static_hidden: int = 32
    epochs: int = 15
    patience: int = 3
    learning_rate: float = 5e-3
    batch_size: int = 1024
    weight_decay: float = 1e-4
    random_state: int = 0
    calibration_share: float = CALIBRATION_SHARE

    # --- public -------------------------------------------------------------------------
    def fit(self, X: pd.DataFrame, y: np.ndarray, X_calibration: pd.DataFrame | None = None,
            y_calibration: np.ndarray | None = None) -> SequenceDropoffClassifier:  # fmt: skip
        """Fit on the earlier slice ``X, y``; stop, calibrate and set the threshold on the later slice.

        ``X`` holds the 60 ``doses_lag_NN`` columns and the static features (rows: patient-days).
        Without ``X_calibration, y_calibration``, the later slice is the last ``calibration_share``
        of ``X, y`` (rows in time order, as training's are).
        """
        X, y, X_calibration, y_calibration = self._slices(X, y, X_calibration, y_calibration)
        self.feature_names_in_ = np.array(X.columns)
        self.sequence_names_ = sequence_columns([str(c) for c in X.columns])
        if not self.sequence_names_:
            raise ValueError(f"no {SEQUENCE_PREFIX}NN columns: the sequence model needs the daily dose sequence")
        static = X.drop(columns=self.sequence_names_)
        self.categories_ = {c: sorted(static[c].astype(str).unique()) for c in _categorical_columns(static)}
        self.numeric_names_ = [str(c) for c in static.columns if c not in self.categories_]
        numbers = static[self.numeric_names_].apply(pd.to_numeric, errors="coerce").astype(float)
        self.mean_ = numbers.mean().fillna(0.0).to_numpy()
        self.scale_ = numbers.std().replace(0.0, 1.0).fillna(1.0).to_numpy()
        self.with_missing_ = [name for name in self.numeric_names_ if numbers[name].isna().any()]
        self.classes_ = np.array([0, 1])
        self.weights_ = self._train(X, np.asarray(y, dtype=float), X_calibration, np.asarray(y_calibration, dtype=float))
        self._fit_calibration(X_calibration, y_calibration)
        return self

    def feature_importance(self) -> pd.Series:
        """Mean |weight| of each standardised input in its first layer (the sequence's channels
        summed over the GRU's input weights), largest first: a rough guide, not a gain."""
        w = self.weights_
        names = [*self._static_names(), "sequence: doses / prescribed", "sequence: any dose", "sequence: observed"]
        values = [*np.abs(w["static_w"]).mean(axis=0), *np.abs(w["w_ih"]).mean(axis=0)]
        return pd.Series(values, index=names).sort_values(ascending=False)

    def encode(self, X: Features) -> tuple[np.ndarray, np.ndarray]:
        """``(sequence, static)``: ``(n, 60, 3)`` and ``(n, n_static)`` float32 inputs of the network."""
        missing = [str(name) for name in self.feature_names_in_ if str(name) not in X]
        if missing:
            raise ValueError(f"missing feature column(s): {missing}")
        rows = len(X[self.sequence_names_[0]])
        per_day = self._numbers(X, "doses_per_day", rows) if "doses_per_day" in self.numeric_names_ else np.ones(rows)
        per_day = np.where(np.isfinite(per_day) & (per_day > 0), per_day, 1.0)
        doses = np.column_stack([self._numbers(X, name, rows) for name in self.sequence_names_])
        observed = np.isfinite(doses)
        doses = np.where(observed, doses, 0.0)
        sequence = np.stack([np.clip(doses / per_day[:, None], 0.0, 3.0), (doses > 0).astype(float),
                             observed.astype(float)], axis=2)  # fmt: skip
        numbers = np.column_stack([self._numbers(X, name, rows) for name in self.numeric_names_]) if self.numeric_names_ \
            else np.empty((rows, 0))  # fmt: skip
        flags = [~np.isfinite(numbers[:, self.numeric_names_.index(name)]) for name in self.with_missing_]
        standard = np.nan_to_num((numbers - self.mean_) / self.scale_, nan=0.0, posinf=0.0, neginf=0.0)
        onehots = []
        for column, values in self.categories_.items():
            given = [str(value) for value in X[column]]
            onehots.append(np.array([[value == category for category in values] for value in given], dtype=float)
                           .reshape(rows, len(values)))  # fmt: skip
        static = np.column_stack([standard, *(f.astype(float)[:, None] for f in flags), *onehots])
        return sequence.astype(np.float32), static.astype(np.float32)

    # --- internals ----------------------------------------------------------------------
    @staticmethod
    def _numbers(X: Features, name: str, rows: int) -> np.ndarray:
        column = X[name]
        if isinstance(column, pd.Series):
            return np.asarray(pd.to_numeric(column, errors="coerce").to_numpy(dtype="float64", na_value=np.nan))
        values = np.array([np.nan if value is None else value for value in column], dtype="float64")
        return values.reshape(rows)

    def _static_names(self) -> list[str]:
        onehots = [f"{column}={value}" for column, values in self.categories_.items() for value in values]
        return [*self.numeric_names_, *(f"{name} missing" for name in self.with_missing_), *onehots]

    def _raw_scores(self, X: Features) -> np.ndarray:
        """The network's logit per row, in numpy (``weights_``: torch's, exported)."""
        sequence, static = self.encode(X)
        w = self.weights_
        hidden = w["w_hh"].shape[1]
        inputs = sequence @ w["w_ih"].T + w["b_ih"]  # (n, days, 3 * hidden): every step's input part at once
        h = np.zeros((len(sequence), hidden), dtype=np.float32)
        for t in range(sequence.shape[1]):
            x_r, x_z, x_n = np.split(inputs[:, t, :], 3, axis=1)
            h_r, h_z, h_n = np.split(h @ w["w_hh"].T + w["b_hh"], 3, axis=1)
            r = _sigmoid(x_r + h_r)
            z = _sigmoid(x_z + h_z)
            n = np.tanh(x_n + r * h_n)
            h = (1.0 - z) * n + z * h
        context = np.maximum(static @ w["static_w"].T + w["static_b"], 0.0)
        return np.asarray(np.concatenate([h, context], axis=1) @ w["head_w"].T + w["head_b"]).reshape(-1).astype(float)

    def _train(self, X: pd.DataFrame, y: np.ndarray, X_later: pd.DataFrame, y_later: np.ndarray) -> dict[str, np.ndarray]:
        """Fit the network with torch; return its weights as numpy arrays (the best epoch on the later slice)."""
        import torch
        from torch import nn

        torch.manual_seed(self.random_state)
        sequence, static = (torch.from_numpy(a) for a in self.encode(X))
        later_sequence, later_static = (torch.from_numpy(a) for a in self.encode(X_later))
        labels, later_labels = torch.from_numpy(y.astype(np.float32)), torch.from_numpy(y_later.astype(np.float32))

        class Network(nn.Module):
            def __init__(self, static_size: int, hidden: int, static_hidden: int):
                super().__init__()
                self.gru = nn.GRU(CHANNELS, hidden, batch_first=True)
                self.static = nn.Linear(static_size, static_hidden)
                self.head = nn.Linear(hidden + static_hidden, 1)

            def forward(self, seq: torch.Tensor, ctx: torch.Tensor) -> torch.Tensor:
                _, last = self.gru(seq)
                joined = torch.cat([last[0], torch.relu(self.static(ctx))], dim=1)
                return self.head(joined).squeeze(1)

        network = Network(static.shape[1], self.hidden, self.static_hidden)
        optimiser = torch.optim.Adam(network.parameters(), lr=self.learning_rate, weight_decay=self.weight_decay)
        loss = nn.BCEWithLogitsLoss()
        generator = torch.Generator().manual_seed(self.random_state)
        best, best_state, waited = float("inf"), {k: v.clone() for k, v in network.state_dict().items()}, 0
        for _ in range(self.epochs):
            network.train()
            for batch in torch.randperm(len(labels), generator=generator).split(self.batch_size):
                optimiser.zero_grad()
                loss(network(sequence[batch], static[batch]), labels[batch]).backward()
                optimiser.step()
            network.eval()
            with torch.no_grad():
                later_loss = float(loss(network(later_sequence, later_static), later_labels))
            if later_loss < best - 1e-5:
                best, best_state, waited = later_loss, {k: v.clone() for k, v in network.state_dict().items()}, 0
            else:
                waited += 1
                if waited >= self.patience:
                    break
        self.best_calibration_log_loss_ = best
        state = {k: v.detach().numpy().astype(np.float32) for k, v in best_state.items()}
        return {"w_ih": state["gru.weight_ih_l0"], "w_hh": state["gru.weight_hh_l0"], "b_ih": state["gru.bias_ih_l0"],
                "b_hh": state["gru.bias_hh_l0"], "static_w": state["static.weight"], "static_b": state["static.bias"],
                "head_w": state["head.weight"], "head_b": state["head.bias"]}  # fmt: skip

