"""How far each drop-off candidate's validation figure is from its out-of-time one, under the
old and the new validation split, against each simulator's oracle (issue 15).

Training chooses the algorithm, stops boosting and calibrates on a validation slice. Under the
old split (``split="time"``) that slice was the later as-of dates of the very patients the
candidates were fitted on; every candidate then scored far better there than out of time. The
new split (``"patients_and_time"``, ``training.dropoff.split_fit_validation``) validates on
the later dates of other patients. This bench shows, per split and per candidate, on the same
kept lakes and the same scored rows as ``bench/models.py``:

- validation ROC AUC (the figure the choice and early stopping trust), and the oracle's AUC
  and the 7-day dose count's on the same validation rows;
- out-of-time ROC AUC after the cutoff (``bench/models.py``'s ``scored_patient_days``), its
  ratio to the oracle's AUC on the same rows (``true_dropoff``), ECE, and the 7-day dose
  count's AUC there;
- which candidate the validation figures would choose (``choose_algorithm``).

Candidates are fitted directly on ``dropoff_examples(lake, cutoff).latest`` (the rows the
registered refit learns from), split as training splits them, with ``fit_candidate``: the same
recipe as a full training run without its MLflow logging and registration. Lakes are built
(or reused) exactly as ``bench/models.py --keep DIR`` builds them (``DIR/<dynamics>``).

    .venv/bin/python bench/dropoff_gap.py --patients 1500 --keep /tmp/dropoff-bench

Writes ``bench/results/dropoff_gap.json`` (``dropoff_gap-backtest.json`` with ``--views backtest``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any, get_args

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project's packages before bench/'s scripts
from _common import lake_options, save
from reminder import bench_models

BASELINE = "doses_7d"
VIEWS = ("after_cutoff", "backtest")


def gap(lake: Path, patients: int, days: int, seed: int, dynamics: str, splits: list[str], candidates: list[str],
        epochs: int, views: list[str]) -> dict[str, Any]:  # fmt: skip
    """Build or reuse the lake; per view and split, fit each candidate and score it on validation and out of time.

    Views: ``after_cutoff`` fits on every labelled row before the cutoff (the registered refit's rows)
    and scores after it (``bench/models.py``'s rows); ``backtest`` is the training run's own view,
    fitted on ``examples.train`` and scored on its test window (the last 28 labelled days before the cutoff).
    """
    from adherence.settings import load_settings
    from training.datasets import dropoff_examples
    from training.dropoff import DropoffConfig

    bm = bench_models()
    bm.prepare_environment()
    setup = bm.build_lake(lake, patients, days, seed, dynamics)
    settings = load_settings(lake)
    line = bm.timeline(lake)
    config = DropoffConfig(until=line.cutoff, seed=seed, sequence_epochs=epochs)
    with bm.step(f"drop-off training rows until {line.cutoff}"):
        examples = dropoff_examples(lake, line.cutoff, step_days=config.step_days, test_days=config.test_days)
    figures: dict[str, Any] = {"scale": {"patients": patients, "days": days, "seed": seed, "dynamics": dynamics},
                               "cutoff": str(line.cutoff), "score_end": str(line.score_end), "setup": setup}  # fmt: skip
    if "after_cutoff" in views:
        with bm.step(f"out-of-time rows {line.cutoff}..{line.score_end} and the oracle"):
            scored = bm.scored_patient_days(settings, line)
        figures["after_cutoff"] = compare(bm, settings, config, examples.latest, scored, splits, candidates,
                                          f"{dynamics}, after the cutoff")  # fmt: skip
    if "backtest" in views:
        figures["backtest"] = compare(bm, settings, config, examples.train, examples.test, splits, candidates,
                                      f"{dynamics}, backtest from {examples.test_start}")  # fmt: skip
    return figures


def compare(bm: Any, settings: Any, config: Any, rows: pd.DataFrame, scored: pd.DataFrame, splits: list[str],
            candidates: list[str], title: str) -> dict[str, Any]:  # fmt: skip
    """Each candidate fitted on ``rows`` split each way: AUC on its validation slice and on ``scored``
    (rows with an oracle value only), beside the oracle's and the 7-day dose count's on the same rows."""
    from models.baselines import dropoff_baseline_scores
    from models.metrics import expected_calibration_error
    from training.datasets import feature_columns
    from training.dropoff import LABEL, choose_algorithm, fit_candidate, split_fit_validation

    scored = scored[bm.true_dropoff(settings, scored).notna().to_numpy()].reset_index(drop=True)
    oracle_scored = bm.true_dropoff(settings, scored).to_numpy()
    columns = feature_columns(rows)
    y_scored = scored[LABEL].to_numpy()
    out_of_time = {"rows": len(scored), "patients": int(scored.patient_key.nunique()), "prevalence": float(y_scored.mean()),
                   "as_of": [str(scored.as_of.min().date()), str(scored.as_of.max().date())],
                   "oracle_auc": bm.auc(y_scored, oracle_scored),
                   "baseline_doses_7d_auc": bm.auc(y_scored, dropoff_baseline_scores(scored)[BASELINE])}  # fmt: skip
    results: dict[str, Any] = {}
    for split in splits:
        fit, validation = split_fit_validation(rows, config.validation_share, config.seed, split)
        y_validation = validation[LABEL].to_numpy()
        oracle_validation = bm.true_dropoff(settings, validation).to_numpy()
        known = np.isfinite(oracle_validation)
        section: dict[str, Any] = {
            "rows_fit": len(fit), "rows_validation": len(validation),
            "patients_fit": int(fit.patient_key.nunique()), "patients_validation": int(validation.patient_key.nunique()),
            "patients_in_both": len(set(fit.patient_key) & set(validation.patient_key)),
            "validation_oracle_auc": bm.auc(y_validation[known], oracle_validation[known]),
            "validation_baseline_doses_7d_auc": bm.auc(y_validation, dropoff_baseline_scores(validation)[BASELINE]),
            "candidates": {},
        }  # fmt: skip
        for candidate in candidates:
            with bm.step(f"{title}, split {split}: fit {candidate} on {len(fit):,} rows, validate on {len(validation):,}"):
                started = time.perf_counter()
                model = fit_candidate(candidate, config, fit, validation, columns)
                seconds = time.perf_counter() - started
            validation_risk = model.predict_proba(validation[columns])[:, 1]
            risk = model.predict_proba(scored[columns])[:, 1]
            section["candidates"][candidate] = {
                "validation_auc": bm.auc(y_validation, validation_risk),
                "validation_pr_auc": _pr_auc(y_validation, validation_risk),
                "out_of_time_auc": bm.auc(y_scored, risk),
                "out_of_time_ratio_to_oracle": bm.auc(y_scored, risk) / out_of_time["oracle_auc"],
                "out_of_time_ece": expected_calibration_error(y_scored, risk),
                "trees": int(model.n_trees_), "fit_seconds": seconds,
            }  # fmt: skip
        chosen = choose_algorithm({name: figures["validation_pr_auc"] for name, figures in section["candidates"].items()},
                                  config.choice_tolerance)  # fmt: skip
        section["chosen_on_validation"] = chosen
        results[split] = section
    figures = {"training_rows": len(rows), "out_of_time": out_of_time, "splits": results}
    print_table(title, figures)
    return figures


def _pr_auc(labels: np.ndarray, risk: np.ndarray) -> float:
    from models.metrics import classification_metrics

    return float(classification_metrics(labels, risk)["pr_auc"])


def print_table(title: str, figures: dict[str, Any]) -> None:
    """One line per split and candidate: validation AUC, out-of-time AUC, its ratio to the oracle, ECE."""
    oot = figures["out_of_time"]
    print(f"\n{title}: out of time {oot['rows']:,} rows, oracle AUC {oot['oracle_auc']:.3f}, "
          f"7-day dose count AUC {oot['baseline_doses_7d_auc']:.3f}")  # fmt: skip
    print(f"{'split':<18} {'candidate':<9} {'valid AUC':>9} {'OOT AUC':>8} {'OOT/oracle':>10} {'OOT ECE':>8}")
    for split, section in figures["splits"].items():
        print(f"{split:<18} {'oracle':<9} {section['validation_oracle_auc']:>9.3f} {oot['oracle_auc']:>8.3f}")
        print(f"{split:<18} {BASELINE:<9} {section['validation_baseline_doses_7d_auc']:>9.3f} "
              f"{oot['baseline_doses_7d_auc']:>8.3f} {oot['baseline_doses_7d_auc'] / oot['oracle_auc']:>10.3f}")  # fmt: skip
        for name, c in section["candidates"].items():
            print(f"{split:<18} {name:<9} {c['validation_auc']:>9.3f} {c['out_of_time_auc']:>8.3f} "
                  f"{c['out_of_time_ratio_to_oracle']:>10.3f} {c['out_of_time_ece']:>8.3f}")  # fmt: skip
        print(f"{split:<18} chosen on validation: {section['chosen_on_validation']} "
              f"({section['patients_in_both']} patients on both sides)")  # fmt: skip


def main() -> None:
    from training.dropoff import ALGORITHMS, Split

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    lake_options(parser, patients=1500)
    parser.add_argument("--split", choices=[*get_args(Split), "both"], default="both",
                        help="time: the old split (same patients' later dates); patients_and_time: the new one")
    parser.add_argument("--candidates", nargs="+", choices=ALGORITHMS, default=list(ALGORITHMS))
    parser.add_argument("--sequence-epochs", type=int, default=15)
    parser.add_argument("--views", nargs="+", choices=VIEWS, default=["after_cutoff"],
                        help="after_cutoff: bench/models.py's scored rows; backtest: the training run's own test window")
    args = parser.parse_args()
    splits = list(get_args(Split))[::-1] if args.split == "both" else [args.split]  # the old split first
    load_before = os.getloadavg()
    figures: dict[str, Any] = {"load_average_at_start": [round(x, 2) for x in load_before]}
    for dynamics in ("default", "alt") if args.dynamics == "both" else (args.dynamics,):
        print(f"\n=== {dynamics} dynamics ===")
        figures[dynamics] = gap((args.keep / dynamics).resolve(), args.patients, args.days, args.seed, dynamics, splits,
                                args.candidates, args.sequence_epochs, args.views)  # fmt: skip
    figures["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    name = "dropoff_gap" + "".join(f"-{view}" for view in args.views if view != "after_cutoff")  # the default view's file
    print(f"\nresults: {save(name, bench_models().rounded(figures))}")


if __name__ == "__main__":
    main()
