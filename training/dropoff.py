"""Train, evaluate and register the therapy drop-off model.

1. Patient-days as of every ``step_days`` with their 30-day drop-off label, features from
   the ``dropoff_v1`` service (point in time), split by time: the last ``test_days`` of
   labelled as-of dates are the test set, never seen in fitting, calibration or choice.
2. The training rows split again, by patient and by time (``split_fit_validation``): fit on
   the earlier as-of dates of about 70% of the patients (a seeded hash of ``patient_key``);
   early-stop, calibrate, set the intervention threshold and choose the algorithm on the
   later dates of the other 30% (validation), dates after the fitting rows' last. A
   validation slice of the fitted patients' own later days (``split="time"``, the old split,
   kept for ``bench/dropoff_gap.py``) scored every candidate far better than the
   out-of-time test did: the models knew those patients.
3. LightGBM and XGBoost against a logistic baseline, on the tabular features, their ensemble
   (the mean of the three's log-odds, calibrated on validation), and a GRU over the last 60
   days of daily doses plus the same context (``models.sequence``); the best on validation
   PR AUC wins, unless a cheaper-to-serve one is within
   ``choice_tolerance`` of it (the serving-cost tolerance). Every candidate's validation and
   test figures, its measured scoring cost and the choice are logged (``candidates.json``,
   tag ``candidate_choice``).
4. Test metrics for every candidate, subgroup metrics for the winner, plots: the backtest.
5. The winning recipe is fitted again on every labelled as-of date up to ``until``, split
   as in 2 (the earlier dates of 70% of the patients fit; the later dates of the other 30%
   stop, calibrate and set the threshold): the backtest model learned
   from data at least 44 + ``test_days`` days older than what is now known, and patients,
   time on therapy and base rates move. That refit, with the backtest's metrics, its card
   and lineage, is registered as ``dropoff`` with alias ``challenger``; the shadow
   comparison then measures it on traffic it has never seen before it can answer for patients.

A short history shrinks the test window (``training.datasets``). Below what any out-of-time
test needs, there is no backtest: the algorithm is chosen on the validation part of every
labelled day, that model is registered, and its metrics (``backtested`` = 0) and card say
plainly that it was not backtested; only the shadow comparison can then vouch for it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from dataclasses import dataclass
from typing import Literal, get_args

import mlflow
import numpy as np
import pandas as pd

from adherence.audit import AuditLog
from adherence.domain import DROPOFF_LABEL as LABEL
from adherence.domain import DROPOFF_SERVICE as FEATURE_SERVICE
from adherence.settings import Settings
from features.silver import shape
from models.baselines import dropoff_verdict
from models.cards import ModelCard
from models.dropoff import CALIBRATION_SHARE, DropoffClassifier, EnsembleDropoffClassifier
from models.metrics import classification_metrics, subgroup_metrics
from models.pyfunc import DropoffModel
from models.sequence import SEQUENCE_PREFIX, SequenceDropoffClassifier
from training import plots, tracking
from training.datasets import MIN_BACKTEST_DAYS, DropoffExamples, data_until, dropoff_examples, feature_columns

log = logging.getLogger(__name__)
NAME = "dropoff"
SUBGROUPS = ["sex", "age_band", "condition"]
Candidate = Literal["logistic", "lightgbm", "xgboost", "ensemble", "gru"]
#: Candidates, cheapest to serve first: one patient scores in about 50 us with the logistic
#: baseline or LightGBM, 160 us with XGBoost, whatever its size (its per-call overhead), the
#: sum of those with their ensemble, and a few hundred us with the GRU (60 recurrent steps in numpy).
ALGORITHMS: tuple[Candidate, ...] = ("logistic", "lightgbm", "xgboost", "ensemble", "gru")
#: The ensemble candidate's members: the tabular candidates among ``DropoffConfig.candidates``
#: (at least two), its mean log-odds calibrated on validation (``models.dropoff.EnsembleDropoffClassifier``).
ENSEMBLE_MEMBERS: tuple[Candidate, ...] = ("logistic", "lightgbm", "xgboost")
DropoffEstimator = DropoffClassifier | SequenceDropoffClassifier | EnsembleDropoffClassifier
#: How training rows split into fitting and validation: other patients' later dates, or (the old
#: split, kept to measure what it hid) the same patients' later dates.
Split = Literal["patients_and_time", "time"]
#: What the split's errors call the rows they split (table), by their columns.
ROWS = f"drop-off training rows ({FEATURE_SERVICE} features and labels)"


@dataclass(frozen=True)
class DropoffConfig:
    """Choices of one training run; every field is logged as a parameter."""

    until: dt.date | None = None
    step_days: int = 3
    test_days: int = 28
    validation_share: float = CALIBRATION_SHARE  # of the patients and of the as-of dates (see split_fit_validation)
    split: Split = "patients_and_time"
    capacity: float = 0.1
    n_estimators: int = 1000
    learning_rate: float = 0.03
    early_stopping_rounds: int = 50
    choice_tolerance: float = 0.01  # validation PR AUC a costlier algorithm must gain to be chosen
    candidates: tuple[Candidate, ...] = ALGORITHMS  # which candidates compete (at least one)
    sequence_epochs: int = 15
    seed: int = 0


def validation_patients(keys: pd.Series, share: float, seed: int) -> pd.Series:
    """True for the patients on the validation side: a seeded hash of ``patient_key`` below ``share``,
    so a patient's side depends on the key and the seed only, never on which rows or dates are present."""
    def side(key: str) -> bool:
        digest = hashlib.blake2b(f"{seed}|{key}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big") / 2**64 < share

    sides = {key: side(str(key)) for key in keys.unique()}
    return keys.map(sides).astype(bool)


def split_fit_validation(frame: pd.DataFrame, share: float, seed: int,
                         split: Split = "patients_and_time") -> tuple[pd.DataFrame, pd.DataFrame]:  # fmt: skip
    """Fitting and validation rows, validation out of patient and out of time.

    The as-of dates are cut where the later ``share`` of them begins; the patients are cut by
    ``validation_patients``. Fitting: the earlier dates of the other patients; validation: the
    later dates of the validation patients, every one after the fitting rows' last date. The
    earlier dates of validation patients and the later dates of fitted ones are left out: with
    them, validation would score patients (or a period) the model was fitted on, which is how
    the old split overstated every candidate. ``split="time"`` is that old split (every
    patient's earlier dates fit, later dates validate), kept only to measure the difference.

    A side left empty is an error that says which and why, before any estimator sees it.
    """
    if split not in get_args(Split):  # a misspelt split must not silently become the default one
        raise ValueError(f"unknown validation split {split!r}: choose among {get_args(Split)}")
    if frame.empty:
        raise ValueError(f"{ROWS}: no rows to split into fitting and validation (column as_of is empty)")
    dates = np.sort(frame.as_of.unique())
    if len(dates) < 2:
        raise ValueError(f"{ROWS}.as_of: one as-of date only (example: {pd.Timestamp(dates[0]).date()}); validation "
                         "needs dates later than the fitting rows': use more history or a smaller step_days")
    cut = dates[min(len(dates) - 1, max(1, round(len(dates) * (1 - share))))]
    later = (frame.as_of >= cut).to_numpy()
    if split == "time":
        return frame[~later], frame[later]
    held_out = validation_patients(frame.patient_key, share, seed).to_numpy()
    patients = frame.patient_key.nunique()
    example = f"shaped {shape(str(frame.patient_key.iloc[0]))!r}, not shown"
    for side, in_time, chosen in (("fitting", ~later, ~held_out), ("validation", later, held_out)):
        if not chosen.any():
            raise ValueError(
                f"{ROWS}.patient_key: the {side} side of the patient split is empty: none of the {patients} patient(s) "
                f"(example: {example}) hashes to it with seed {seed} and validation share {share:.0%}; validation "
                "must be other patients than the fitted ones, so more patients are needed"
            )
        if not (chosen & in_time).any():
            when = f"before {pd.Timestamp(cut).date()}" if side == "fitting" else f"on or after {pd.Timestamp(cut).date()}"
            raise ValueError(
                f"{ROWS}.as_of: the {side} side is empty: its {frame.patient_key[chosen].nunique()} patient(s) have "
                f"no row {when} (example: {pd.Timestamp(frame.as_of[chosen].iloc[0]).date()}, a date of theirs on the "
                "other side of the time cut); validation must come after the fitting rows' dates"
            )
    return frame[~later & ~held_out], frame[later & held_out]


def choose_algorithm(pr_auc: dict[str, float], tolerance: float) -> Candidate:
    """The cheapest-to-serve algorithm (``ALGORITHMS`` order) within ``tolerance`` of the best
    validation PR AUC: when quality is a wash, serving latency decides."""
    scores = {name: float(np.nan_to_num(value, nan=-1.0)) for name, value in pr_auc.items()}
    best = max(scores.values())
    return next(name for name in ALGORITHMS if name in scores and scores[name] >= best - tolerance)


def tabular_columns(columns: list[str]) -> list[str]:
    """The inputs of the tabular candidates: every feature but the daily dose sequence."""
    return [c for c in columns if not c.startswith(SEQUENCE_PREFIX)]


def ensemble_members(config: DropoffConfig) -> list[Candidate]:
    """The ensemble's members under ``config``: the tabular candidates it lets compete; at least two."""
    members = [name for name in ENSEMBLE_MEMBERS if name in config.candidates]
    if len(members) < 2:
        raise ValueError(f"the ensemble candidate averages at least two of {ENSEMBLE_MEMBERS}, but the candidates are "
                         f"{config.candidates}: add members or leave 'ensemble' out")
    return members


def fit_candidate(algorithm: Candidate, config: DropoffConfig, fit_rows: pd.DataFrame, later: pd.DataFrame,
                  columns: list[str], fitted: dict[str, DropoffEstimator] | None = None) -> DropoffEstimator:  # fmt: skip
    """One candidate: boosted, logistic, their ensemble or GRU on ``fit_rows``; stopped, calibrated and
    thresholded on ``later``.

    The tabular candidates read ``tabular_columns(columns)``, the GRU every column. The ensemble
    takes its members from ``fitted`` (candidates just fitted on the same split) or fits them.
    """
    if algorithm == "ensemble":
        done = fitted or {}
        members = [done[name] if name in done else fit_candidate(name, config, fit_rows, later, columns)
                   for name in ensemble_members(config)]  # fmt: skip
        inputs = tabular_columns(columns)
        return EnsembleDropoffClassifier.from_fitted(members, later[inputs], later[LABEL].to_numpy(), config.capacity)
    if algorithm == "gru":
        return SequenceDropoffClassifier(
            capacity=config.capacity, epochs=config.sequence_epochs, random_state=config.seed,
        ).fit(fit_rows[columns], fit_rows[LABEL].to_numpy(), later[columns], later[LABEL].to_numpy())
    inputs = tabular_columns(columns)
    return DropoffClassifier(
        algorithm=algorithm, capacity=config.capacity, n_estimators=config.n_estimators,
        learning_rate=config.learning_rate, early_stopping_rounds=config.early_stopping_rounds, random_state=config.seed,
    ).fit(fit_rows[inputs], fit_rows[LABEL].to_numpy(), later[inputs], later[LABEL].to_numpy())


def serving_cost_us(model: DropoffEstimator, rows: pd.DataFrame, repeats: int = 20) -> float:
    """Median microseconds to score one patient as the service does (a mapping of one-value columns)."""
    names = [str(name) for name in model.feature_names_in_]
    one = {name: rows[name].head(1).tolist() for name in names}
    model.predict_proba(one)  # warm
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        model.predict_proba(one)
        times.append(time.perf_counter() - started)
    return float(np.median(times) * 1e6)


def train(settings: Settings, config: DropoffConfig = DropoffConfig(), audit: AuditLog | None = None) -> tracking.Registered:
    """Run the whole pipeline; returns the registered version and its headline metrics."""
    until = data_until(settings.lake, config.until)
    examples = dropoff_examples(settings.lake, until, step_days=config.step_days, test_days=config.test_days)
    if examples.train.empty:  # in the project's words, before the split or any estimator sees it
        raise ValueError(f"no rows as of any labelled date before {until} in the {ROWS}: no patient was on therapy "
                         "(a dose in the 14 days before) on any of them")
    fit_rows, validation = split_fit_validation(examples.train, config.validation_share, config.seed, config.split)
    test = examples.test
    slices = (("fitting", fit_rows), ("validation", validation)) + ((("test", test),) if examples.backtested else ())
    for part, rows in slices:
        if rows[LABEL].nunique() < 2:
            raise ValueError(f"the {part} slice has only one class ({len(rows)} rows); simulate or collect more data")
    columns = feature_columns(examples.train)
    sizes = (len(fit_rows), len(validation), len(test), len(columns))
    log.info("drop-off: %d fitting, %d validation, %d test rows; %d features", *sizes)
    if not examples.backtested:
        log.warning("drop-off: history too short for an out-of-time test (%d days needed): NOT backtested", MIN_BACKTEST_DAYS)

    client = tracking.configure(settings, NAME)
    with mlflow.start_run(run_name=f"dropoff-until-{until}", tags=tracking.owner_tags()) as run:
        tracking.log_config(config, until, **({"test_start": str(examples.test_start)} if examples.backtested else {}))
        as_of_range = (examples.train.as_of.min().date(), examples.latest.as_of.max().date())
        tracking.log_lineage(settings.lake, FEATURE_SERVICE, as_of_range, until)
        mlflow.log_metrics({"rows_fit": len(fit_rows), "rows_validation": len(validation), "rows_test": len(test),
                            "backtested": float(examples.backtested), "test_days": examples.test_days})  # fmt: skip
        # Without a backtest, candidates are compared, and the winner described, on validation.
        scored, part = (test, "test") if examples.backtested else (validation, "validation")
        if examples.backtested:
            mlflow.log_metric("prevalence_test", float(test[LABEL].mean()))

        candidates: dict[str, DropoffEstimator] = {}
        validation_scores: dict[str, dict[str, float]] = {}
        scores: dict[str, np.ndarray] = {}
        algorithms = [a for a in ALGORITHMS if a in config.candidates]
        if not algorithms:
            raise ValueError(f"no known candidate in {config.candidates}: choose among {ALGORITHMS}")
        if "ensemble" in algorithms:
            ensemble_members(config)  # refused before any fit when it would have fewer than two members
        for algorithm in algorithms:
            model = fit_candidate(algorithm, config, fit_rows, validation, columns, fitted=candidates)
            candidates[algorithm] = model
            validation_scores[algorithm] = classification_metrics(
                validation[LABEL].to_numpy(), model.predict_proba(validation[columns])[:, 1], config.capacity
            )
            mlflow.log_metrics({f"validation_{algorithm}_{k}": v for k, v in validation_scores[algorithm].items()})
            scores[algorithm] = model.predict_proba(scored[columns])[:, 1]
            if examples.backtested:
                test_metrics = classification_metrics(test[LABEL].to_numpy(), scores[algorithm], config.capacity)
                mlflow.log_metrics({f"test_{algorithm}_{k}": v for k, v in test_metrics.items()})

        chosen = choose_algorithm({name: values["pr_auc"] for name, values in validation_scores.items()},
                                  config.choice_tolerance)  # fmt: skip
        _log_choice(candidates, chosen, config, validation_scores, scored, scores, part)
        model = candidates[chosen]
        risk = scores[chosen]
        labels = scored[LABEL].to_numpy()
        headline = classification_metrics(labels, risk, config.capacity)
        flagged = risk >= model.threshold_
        headline["share_flagged_at_threshold"] = float(flagged.mean())
        headline["precision_at_threshold"] = float(labels[flagged].mean()) if flagged.any() else float("nan")
        headline["threshold"] = float(model.threshold_)
        mlflow.log_metrics({f"{part}_{k}": v for k, v in headline.items()})
        mlflow.log_param("algorithm", chosen)
        subgroups = subgroup_metrics(scored.assign(risk=risk), LABEL, "risk", SUBGROUPS, config.capacity)
        tracking.log_frame(subgroups, "evaluation/subgroups.csv")
        tracking.log_figures({
            "roc": plots.roc_figure(labels, scores),
            "precision_recall": plots.pr_figure(labels, scores),
            "reliability": plots.reliability_figure(labels, scores),
            "feature_importance": plots.importance_figure(model.feature_importance()),
        })  # fmt: skip

        final_fit, final_calibration = split_fit_validation(examples.latest, config.validation_share, config.seed,
                                                            config.split)  # fmt: skip
        final = fit_candidate(chosen, config, final_fit, final_calibration, columns)
        mlflow.log_metrics({"rows_final_fit": len(final_fit), "rows_final_calibration": len(final_calibration),
                            "trees_backtest": model.n_trees_, "trees_final": final.n_trees_,
                            "threshold": final.threshold_})  # fmt: skip
        log.info("drop-off: %s refitted on %d rows, calibrated on %d later rows", chosen, len(final_fit), len(final_calibration))
        card = _card(final, chosen, config, examples, headline, subgroups, len(final_fit), len(final_calibration))
        # The naive baselines on the same out-of-time rows (none without a backtest).
        verdict = dropoff_verdict(labels, risk, scored if examples.backtested else None)
        version, bootstrapped = tracking.log_and_register(
            client, name=NAME, wrapper=DropoffModel(final), input_example=scored[columns].head(5), card=card, audit=audit,
            verdict=verdict,
        )  # fmt: skip
        # One threshold everywhere: the one the registered model stores and the service applies.
        # The backtest model's own threshold is kept, named as such, for the record.
        summary = {**headline, "backtest_threshold": headline["threshold"], "threshold": float(final.threshold_),
                   "backtested": float(examples.backtested)}  # fmt: skip
        warned = tracking.baseline_warning(NAME, version, verdict, bootstrapped)
        for text in warned:
            log.warning(text)
        return tracking.Registered(NAME, version, run.info.run_id, summary, bootstrapped, warned, verdict.tag)


def _log_choice(
    candidates: dict[str, DropoffEstimator], chosen: Candidate, config: DropoffConfig,
    validation_scores: dict[str, dict[str, float]], scored: pd.DataFrame, scores: dict[str, np.ndarray], part: str,
) -> None:  # fmt: skip
    """Log which candidate was chosen and why: every candidate's validation PR AUC (the choice),
    its figures on ``part`` (the out-of-time test when backtested), its scoring cost for one
    patient (microseconds), and the tolerance (``evaluation/candidates.json``, tag ``candidate_choice``)."""
    labels = scored[LABEL].to_numpy()
    table = {}
    for name, model in candidates.items():
        cost = serving_cost_us(model, scored)
        figures = classification_metrics(labels, scores[name], config.capacity)
        table[name] = {"validation_pr_auc": validation_scores[name]["pr_auc"],
                       "validation_roc_auc": validation_scores[name]["roc_auc"],
                       f"{part}_roc_auc": figures["roc_auc"], f"{part}_pr_auc": figures["pr_auc"],
                       f"{part}_ece": figures["ece"], "serving_us_per_patient": cost}  # fmt: skip
        mlflow.log_metric(f"serving_us_{name}", cost)
    best = max(table, key=lambda name: float(np.nan_to_num(table[name]["validation_pr_auc"], nan=-1.0)))
    reason = (f"{chosen}: best validation PR AUC" if chosen == best else
              f"{chosen}: within {config.choice_tolerance} validation PR AUC of {best} and cheaper to serve")
    tabular = [n for n in table if n != "gru"]
    if "gru" in table and tabular:
        rival = max(tabular, key=lambda n: float(np.nan_to_num(table[n]["validation_pr_auc"], nan=-1.0)))
        versus = (f"gru {part} ROC AUC {table['gru'][f'{part}_roc_auc']:.4f} vs {rival} "
                  f"{table[rival][f'{part}_roc_auc']:.4f}")  # fmt: skip
    else:
        versus = "not compared (one kind of candidate only)"
    mlflow.log_dict({"chosen": chosen, "reason": reason, "tolerance_validation_pr_auc": config.choice_tolerance,
                     "order_cheapest_first": list(ALGORITHMS), "candidates": table}, "evaluation/candidates.json")
    mlflow.set_tags({"candidate_choice": chosen, "candidate_choice_reason": reason, "sequence_vs_boosting": versus})
    log.info("drop-off: chose %s (%s)", chosen, reason)


def _card(
    model: DropoffEstimator, algorithm: str, config: DropoffConfig, examples: DropoffExamples, metrics: dict[str, float],
    subgroups: pd.DataFrame, n_fit: int, n_validation: int,
) -> ModelCard:  # fmt: skip
    shown = subgroups[["group", "value", "n", "prevalence", "roc_auc", "ece", "recall_at_capacity"]]
    if examples.backtested:
        evaluation = {"metrics": f"time-split backtest of this recipe: fitted before the test period "
                                 f"({examples.test_days} days), scored on it",
                      "backtest test rows": metrics["n"], "test period starts": examples.test_start}
        heading = "Metrics (held-out, later in time than training)"
        caveat = []
    else:
        evaluation = {"metrics": "NOT BACKTESTED: validation rows of the same period, also used to calibrate, set the "
                                 "threshold and choose the algorithm", "validation rows": metrics["n"]}
        heading = "Metrics (NOT backtested: validation on the training period; optimistic)"
        caveat = [f"NOT BACKTESTED: the history is shorter than an out-of-time test needs ({MIN_BACKTEST_DAYS} days of "
                  "events). Its metrics come from the period it was calibrated on; only the shadow comparison can show "
                  "how it does on later patients, so promotion rests on shadow evidence alone."]
    return ModelCard(
        title="dropoff (therapy drop-off within 30 days)",
        intended_use=(
            "Rank patients still on therapy by their calibrated probability of dropping off within the next 30 days, "
            f"so the intervention engine contacts those at or above the threshold stored with the model: set to flag the top "
            f"{config.capacity:.0%} of patient-days of its calibration period (on any one day, the share flagged follows "
            "the risk in the population)."
        ),
        not_for="Diagnosis, eligibility or coverage decisions; patients already off therapy (no dose in 14 days).",
        details={"algorithm": algorithm, "trees": model.n_trees_,
                 "calibration": "isotonic, on the latest labelled period (after the fitting period) of patients "
                                "it was not fitted on",
                 "threshold": round(model.threshold_, 4), "capacity": config.capacity, "feature service": FEATURE_SERVICE},
        data={"fitting rows": n_fit, "calibration rows": n_validation, **evaluation,
              "label": "no dose event for 14 days starting within D+1..D+30",
              "identity": "none: pseudonymous patient_key only, never a model input"},
        metrics_heading=heading,
        metrics={k: metrics[k] for k in ("roc_auc", "pr_auc", "brier", "ece", "recall_at_capacity", "prevalence",
                                          "precision_at_threshold", "share_flagged_at_threshold")},
        subgroups=shown,
        limits=[
            *caveat,
            "Learned from one programme's history; recalibrate when the population, devices or outreach change.",
            "Label depends on devices recording doses: a patient who doses without scanning looks like a drop-off.",
            "Subgroups with few test patients have wide uncertainty; read their n before their metrics.",
            "Must pass shadow comparison against production before it answers for patients.",
        ],
    )  # fmt: skip
