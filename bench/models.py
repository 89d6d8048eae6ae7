"""Benchmark of model quality against the simulator's truth, and of training time (issue 5).

Run: ``python bench/models.py [--patients 10000] [--days 240] [--seed 0] [--keep DIR] [--dynamics default|alt|both]
[--models dropoff,anomaly,reminder] [--incident-scale X]``

``--models`` trains and evaluates only the models named (e.g. ``--models anomaly``: minutes
instead of the three trainings); only their targets are judged, and the results go to
``bench/results/models-<dynamics>-<models>.json`` so the full run's file stays as it was.

Runs on both simulators by default (``adherence simulate --dynamics default`` and ``alt``),
each in its own lake, and writes ``bench/results/models-<dynamics>.json``: a target counts
only when it holds on both. Every section gives the naive baseline beside the model, on the
same rows (``models.baselines``).

Builds its own lake in a temporary folder (simulate, de-identify with a fixed bench key,
build the feature tables, ``feast apply``; each step is timed). ``--keep DIR`` builds it in
DIR instead and keeps it; a later run with the same ``--keep DIR`` and the same
patients / days / seed reuses the built lake (steps reported as reused) and trains again.

**Time line.** ``last`` is the newest fully observed UTC day (the newest UTC day of the
events is partial: US evenings fall on the next UTC day). The drop-off label of an as-of
date D needs data up to D + 44, so the cutoff is ``last - 44 - SCORE_DAYS + 1``: every
as-of date in ``[cutoff, cutoff + SCORE_DAYS - 1]`` has its follow-up observed. The three
models are trained with ``until=cutoff`` (events before the cutoff's 00:00 UTC only),
through ``training.dropoff.train`` / ``training.anomaly.train`` / ``training.reminder.train``,
which log to the lake's MLflow store and register a version each. Each training is timed
(wall and process CPU seconds, with the load average), and so is their total (target
< 180 s on 2 cores). Everything below scores the registered version a training returned,
on data after the cutoff only.

* **Drop-off.** Patient-days of on-therapy patients every 3 days in the scored period,
  labelled and featured exactly as training does it (``training.datasets``: Feast
  point-in-time features at ``decision_times``, ``features.outcomes.dropoff_labels`` on the
  de-identified events), scored by the registered pyfunc. The **oracle** is the simulator's
  exact probability of dropping off within 30 days (``truth/patient_days``), joined on
  ``patient_key`` = HMAC(bench key, MRN) and the same day. Day alignment: the truth's
  ``date`` is the patient's local calendar day and its probability is conditioned on the
  hidden state of that day (the chain moves between days, so the state holds all day). A
  decision as of D is taken at D+1 00:00 UTC, which is 16:00-20:00 local time on day D in
  every simulated (US) zone: the state at the decision is the state of local day D, so
  the oracle row is ``date == as_of``. The oracle with dates shifted by -1 and +1 days is
  reported as a check (+1 peeks one day ahead). Figures: AUC of the model and of the
  oracle on the same rows, their ratio (target >= 0.9), ECE of the model (10 equal-width
  bins, target <= 0.03), and a baseline in the same run: the plain 7-day dose count
  (``-doses_7d``), its AUC and its ratio to the oracle.
* **Supply anomaly.** Every series-day up to ``last`` is scored by the registered version
  with each series' full history (``features.materialize.supply_history`` + ``models.pyfunc.score_series_days``, as
  ``adherence predict`` does); series-days from the cutoff on are evaluated against
  ``truth/incidents.parquet``. Recall counts incidents that start on or after the cutoff
  and whose 7-day detection window ``[start, start + 7]`` ends by ``last``: an incident is
  detected if an alert falls on its (batch, region) in that window. Incidents that started
  before the cutoff are not counted for recall (they are in the training period, where the
  unsupervised model saw them unlabelled), but their windows still exclude alerts from the
  false-alarm count. False alarms: alert days outside every incident's circulation window
  (``models.anomaly.circulation_windows``: ``[start, end + 45 days]`` for a counterfeit, whose truth
  ``end`` is the last day fakes were sold while a fake bought then is scanned for its pack's life;
  ``[start, end + 14 days]`` for a suspect flag; training, the shadow report and monitoring use the
  same windows since 2026-12-05) per 1,000 series-days
  outside those windows; until 2026-12-04 every kind had the 14 days, and that figure is
  still reported (``false_alarms_per_1000_grace_14d``). Targets: recall_7d >=
  0.9 at <= 1 false alarm per 1,000. The registered threshold's result is the one that
  counts; other operating points on the same scores are reported for information only
  (they are tuned on the evaluation itself). Also for information: ``signal``, how many counted
  incidents left one, or two, suspect / unknown answers in their 7-day window (a ceiling on any
  detector's recall: one answer is background noise on a few per cent of series-days), the
  recall among those with two, and whether the alert came by the second answer; false
  alarms per 1,000 on series that never had an incident, with the 14-day grace for every kind
  and with a 45-day grace for every kind; false alarm *episodes* (a run of
  consecutive alert days on a series is one alarm to investigate) per 1,000; and the recall
  during the incident (an alert in ``[start, end]``, any delay), for the model and the daily rule.
* **Reminder timing.** Reminders sent from the cutoff on (``logged_reminders(since=cutoff)``)
  and the registered policy's exact action distribution. The true expected reward of
  sending at hour h at that moment is exact: the simulator answers with probability
  ``curve(patient, h) x RESPONSE_BY_STATE[state that day]`` (``truth/reminder_curves`` and the
  state in ``truth/reminders``); the bench checks it reproduces ``truth/reminders``'
  probability at every logged hour. V_policy = mean over rounds of sum_h pi(h|x) p(h);
  V_logging = the same with the logging policy's known distribution (``truth/simulation.json``);
  V_oracle = mean max_h p(h). Uplift captured = (V_policy - V_logging) / (V_oracle -
  V_logging), target >= 0.6. The doubly-robust estimate of V_policy
  (``ReminderPolicy.evaluate_off_policy`` on the same rounds, observed outcomes and logged
  propensities) must lie within 10% of V_policy (relative error).

Every figure goes to an MLflow run in the experiment ``benchmarks`` of the lake's store
(params: scale, seed, cutoff; metrics: the figures; tags: which targets were met), and to
``bench/results/models.json``. The bench sets ``ADHERENCE_PSEUDONYM_KEY`` and
``ADHERENCE_AUDIT_KEY`` to bench values in its own process and ignores any MLflow tracking
URI in the environment, so it writes only inside its lake.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import resource
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import save

from adherence.settings import Settings

PSEUDONYM_KEY = "bench-models-pseudonym-key-0123456789abcdef"
AUDIT_KEY = "bench-models-audit-key-0123456789abcdef"
SCORE_DAYS = 56  # as-of dates scored after the cutoff (drop-off)
STEP_DAYS = 3  # spacing of the scored as-of dates, as in training
DETECTION_DAYS = 7  # an incident counts as detected by an alert in [start, start + 7 days]
BOOTSTRAP = 200  # patient-level resamples of the drop-off figures
MARKER = ".bench-models-lake.json"
EXPERIMENT = "benchmarks"
T = TypeVar("T")


@dataclass(frozen=True)
class Target:
    """One figure's target: ``value op bound``."""

    figure: str
    op: str  # ">=", "<=" or "<"
    bound: float
    what: str

    def met(self, value: float) -> bool:
        if not np.isfinite(value):
            return False
        return {">=": value >= self.bound, "<=": value <= self.bound, "<": value < self.bound}[self.op]


TARGETS = (
    Target("dropoff_auc_ratio_to_oracle", ">=", 0.93, "drop-off AUC / oracle AUC on the same rows"),
    Target("dropoff_ece", "<=", 0.02, "drop-off expected calibration error"),
    Target("anomaly_recall_7d", ">=", 0.9, "incidents detected within 7 days of their start"),
    Target("anomaly_false_alarms_per_1000", "<=", 1.0, "false alarms per 1,000 series-days outside incidents"),
    Target("anomaly_median_delay_days", "<=", 3.0, "median days from an incident's start to its first alert"),
    Target("anomaly_recall_interval_half_width", "<", 0.15, "half the width of the recall's 95% interval (enough incidents)"),
    Target("reminder_uplift_captured", ">=", 0.75, "share of the oracle's true uplift over the logging policy"),
    Target("reminder_uplift_over_baseline", ">=", 0.10, "uplift captured minus the per-patient baseline's"),
    Target("reminder_dr_relative_error", "<=", 0.05, "|DR estimate - true policy value| / true policy value"),
    Target("training_seconds_total", "<", 180.0, "wall time of the three trainings"),
)
DYNAMICS = ("default", "alt")
MODELS = ("dropoff", "anomaly", "reminder")


def targets_for(models: tuple[str, ...]) -> tuple[Target, ...]:
    """The targets about ``models`` (the training-time target only when all three are trained)."""
    return tuple(t for t in TARGETS if t.figure.split("_")[0] in models or set(MODELS) <= set(models))


# --------------------------------------------------------------------------- small helpers


@contextmanager
def step(label: str) -> Iterator[dict[str, float]]:
    """Print a progress line before and after a step; the yielded dict receives wall and CPU seconds and the load."""
    print(f"-> {label} ...", flush=True)
    record: dict[str, float] = {"load_1min_before": round(os.getloadavg()[0], 2)}
    started, cpu = time.perf_counter(), cpu_seconds()
    yield record
    record["seconds"] = round(time.perf_counter() - started, 2)
    record["cpu_seconds"] = round(cpu_seconds() - cpu, 2)
    record["load_1min_after"] = round(os.getloadavg()[0], 2)
    seconds, cpu_used, load = record["seconds"], record["cpu_seconds"], record["load_1min_after"]
    print(f"   {label}: {seconds:.1f} s (CPU {cpu_used:.1f} s, load {load})", flush=True)


def cpu_seconds() -> float:
    """User + system CPU seconds of this process, all threads (and of finished children)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def auc(labels: np.ndarray, scores: np.ndarray) -> float:
    return float(roc_auc_score(labels, scores)) if 0 < labels.sum() < len(labels) else float("nan")


def rounded(value: Any, digits: int = 4) -> Any:
    """Floats rounded for the results file (NaN becomes None); containers recursively."""
    if isinstance(value, dict):
        return {k: rounded(v, digits) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [rounded(v, digits) for v in value]
    if isinstance(value, float | np.floating):
        return None if not np.isfinite(value) else round(float(value), digits)
    if isinstance(value, np.integer):
        return int(value)
    return value


# --------------------------------------------------------------------------- the lake


def prepare_environment() -> None:
    """Bench secrets in this process only; the lake's own MLflow store, whatever the environment says."""
    os.environ["ADHERENCE_PSEUDONYM_KEY"] = PSEUDONYM_KEY
    os.environ["ADHERENCE_AUDIT_KEY"] = AUDIT_KEY
    forget_tracking_uri()
    logging.basicConfig(level=logging.WARNING, format="   %(levelname)s %(name)s: %(message)s")
    for noisy in ("mlflow", "feast", "alembic"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=".*pydantic.*")
    warnings.filterwarnings("ignore", message=".*fetch_arrow_table.*")


def forget_tracking_uri() -> None:
    """Drop any MLflow tracking URI from the environment, so the next lake's settings use its own store.

    ``mlflow.set_tracking_uri`` (``models.registry.connect``) exports ``MLFLOW_TRACKING_URI``; without
    this, the second lake of ``--dynamics both`` logged and registered into the first lake's store.
    """
    for name in ("ADHERENCE_MLFLOW_TRACKING_URI", "MLFLOW_TRACKING_URI", "MLFLOW_RUN_ID", "MLFLOW_EXPERIMENT_NAME"):
        os.environ.pop(name, None)


def build_lake(
    lake: Path, patients: int, days: int, seed: int, dynamics: str = "default", incident_scale: float = 1.0
) -> dict[str, Any]:
    """Simulate (with the producer ``dynamics`` and ``incident_scale`` times its supply incidents),
    de-identify, build the feature tables and apply the embedded repo; time each step.

    A lake this script built before with the same scale, seed, dynamics and incident scale (``--keep``) is reused.
    """
    from adherence.simulator import SimulationConfig, simulate
    from features import materialize as fm

    wanted: dict[str, Any] = {"patients": patients, "days": days, "seed": seed, "dynamics": dynamics}
    if incident_scale != 1.0:  # lakes kept before the option existed stay reusable
        wanted["incident_scale"] = incident_scale
    marker = lake / MARKER
    if marker.is_file() and json.loads(marker.read_text()) == wanted:
        print(f"-> reusing the lake built earlier in {lake}")
        fm.apply(lake)
        return {"reused": True}
    if lake.exists() and any(lake.iterdir()):
        raise SystemExit(f"{lake} is not empty and holds no lake this benchmark built with {wanted}")
    timings: dict[str, dict[str, float]] = {}
    with step(f"simulate {patients} patients x {days} days (seed {seed}, dynamics {dynamics})") as timings["simulate"]:
        simulate(lake, SimulationConfig(patients=patients, days=days, seed=seed, dynamics=dynamics,
                                        incident_scale=incident_scale))  # fmt: skip
    with step("de-identify") as timings["deidentify"]:
        deidentification = deidentify_lake(lake)
    with step("build feature tables") as timings["build_feature_tables"]:
        fm.build_feature_tables(lake)
    with step("feast apply (embedded)") as timings["apply"]:
        fm.apply(lake)
    marker.write_text(json.dumps(wanted))
    return {"reused": False, "steps": timings, "deidentification": deidentification}


def deidentify_lake(lake: Path) -> dict[str, Any]:
    """``deidentify`` with the bench key (its leak check included); the report's headline figures."""
    from features.deid.pipeline import deidentify

    report = deidentify(lake, PSEUDONYM_KEY.encode())
    return {"leak_check_clean": report["leak_check"]["clean"], "seconds": report["seconds"]}


@dataclass(frozen=True)
class Timeline:
    """The benchmark's dates (UTC calendar days)."""

    first_day: dt.date
    last_day: dt.date  # newest fully observed UTC day
    cutoff: dt.date  # training sees events before its 00:00 UTC; scoring starts on it
    score_end: dt.date  # last drop-off as-of date scored; its 44-day follow-up ends on last_day


def timeline(lake: Path) -> Timeline:
    """Place the cutoff so every scored drop-off as-of date has its follow-up observed."""
    from features.deidentified import read_deidentified
    from training.datasets import FOLLOW_UP_DAYS

    times = read_deidentified(lake, "events", ["event_time"]).event_time
    first, newest = times.min().date(), times.max().date()
    last = newest - dt.timedelta(days=1)  # the newest UTC day holds only part of the US evening
    score_end = last - dt.timedelta(days=FOLLOW_UP_DAYS)
    cutoff = score_end - dt.timedelta(days=SCORE_DAYS - 1)
    return Timeline(first, last, cutoff, score_end)


# --------------------------------------------------------------------------- training


@dataclass(frozen=True)
class Trained:
    """The three registered versions and how long their training took."""

    versions: dict[str, str]
    training_metrics: dict[str, dict[str, Any]]
    steps: dict[str, dict[str, float]]
    seconds_total: float
    cpu_seconds_total: float


def train_all(settings: Settings, cutoff: dt.date, seed: int, models: tuple[str, ...] = MODELS) -> Trained:
    """Train and register ``models`` (all three by default) on data before ``cutoff``; time each and the total."""
    from adherence.audit import AuditLog
    from adherence.simulator.truth import incidents
    from training import anomaly, dropoff, reminder

    audit = AuditLog(settings.audit_log_path, settings.audit_key())
    known = incidents(settings.lake)  # scores the training run's own evaluation only; never reaches the model
    runs: dict[str, Callable[[], Any]] = {
        "dropoff": lambda: dropoff.train(settings, dropoff.DropoffConfig(until=cutoff, seed=seed), audit),
        "anomaly": lambda: anomaly.train(settings, anomaly.AnomalyConfig(until=cutoff, seed=seed), audit, incidents=known),
        "reminder": lambda: reminder.train(settings, reminder.ReminderConfig(until=cutoff, seed=seed), audit),
    }
    versions, metrics, steps = {}, {}, {}
    started, cpu = time.perf_counter(), cpu_seconds()
    for name, run in runs.items():
        if name not in models:
            continue
        with step(f"train {name} until {cutoff}") as steps[name]:
            registered = run()
        versions[name] = registered.version
        metrics[name] = {**{k: float(v) for k, v in registered.metrics.items()}, **run_sizes(registered.run_id)}
        print(f"   registered {registered.model} v{registered.version}")
    total, total_cpu = time.perf_counter() - started, cpu_seconds() - cpu
    print(f"   training total: {total:.1f} s (CPU {total_cpu:.1f} s)")
    return Trained(versions, metrics, steps, round(total, 2), round(total_cpu, 2))


def run_sizes(run_id: str) -> dict[str, Any]:
    """How much data a training run learned from and was tested on (its ``rows_*`` / ``series_days_*``
    metrics), and the drop-off algorithm it chose."""
    from mlflow import MlflowClient

    data = MlflowClient().get_run(run_id).data
    sizes: dict[str, Any] = {k: float(v) for k, v in data.metrics.items() if k.startswith(("rows_", "series_days_"))}
    if "algorithm" in data.params:
        sizes["algorithm"] = data.params["algorithm"]
    return sizes


def load_model(settings: Settings, model: str, version: str) -> Any:
    """The pyfunc of a registered version (CLI model name)."""
    from models.registry import connect, load

    return load(connect(settings.mlflow_tracking_uri), model, version)[1]


# --------------------------------------------------------------------------- drop-off


def mrn_keys(mrns: pd.Series) -> pd.Series:
    """``patient_key`` of each MRN with the bench key, as de-identification computed it."""
    from features.deid.keys import patient_key

    unique = mrns.unique()
    lookup = {mrn: patient_key(str(mrn), PSEUDONYM_KEY.encode()) for mrn in unique}
    return mrns.map(lookup)


def scored_patient_days(settings: Settings, line: Timeline) -> pd.DataFrame:
    """On-therapy patient-days every ``STEP_DAYS`` in the scored period: label and features, as training builds them."""
    from features.deidentified import read_deidentified
    from training.datasets import _labelled  # the very grid, labels and Feast features of training's test set

    events = read_deidentified(settings.lake, "events", ["patient_key", "event_type", "event_time"])
    patients = read_deidentified(settings.lake, "patients", ["patient_key", "enrolled_at"])
    return _labelled(settings.lake, events, patients, line.cutoff, line.score_end, STEP_DAYS, observed_until=line.last_day)


def true_dropoff(settings: Settings, rows: pd.DataFrame, shift_days: int = 0) -> pd.Series:
    """The truth's 30-day drop-off probability for each row's patient on ``as_of + shift_days`` (NaN if none)."""
    from adherence.simulator.truth import dropoff_probabilities

    truth = dropoff_probabilities(settings.lake)
    if truth is None:
        raise SystemExit("the lake has no truth/patient_days: the benchmark needs a simulated lake")
    days = pd.to_datetime(rows.as_of) + pd.Timedelta(days=shift_days)
    truth = truth[pd.to_datetime(truth.date).between(days.min(), days.max())]
    truth = truth.assign(patient_key=mrn_keys(truth.mrn), day=pd.to_datetime(truth.date))
    wanted = pd.DataFrame({"patient_key": rows.patient_key.to_numpy(), "day": days.to_numpy()})
    joined = wanted.merge(truth[["patient_key", "day", "p_dropout_30d"]], on=["patient_key", "day"], how="left")
    return joined.p_dropout_30d.set_axis(rows.index)


def evaluate_dropoff(settings: Settings, line: Timeline, version: str) -> dict[str, Any]:
    """Model, oracle and 7-day dose-count AUCs on the same scored patient-days; the model's ECE."""
    from models.metrics import classification_metrics, expected_calibration_error
    from models.pyfunc import model_input
    from training.datasets import feature_columns
    from training.dropoff import LABEL

    with step(f"drop-off: label and feature as-of dates {line.cutoff}..{line.score_end} every {STEP_DAYS} days"):
        rows = scored_patient_days(settings, line)
    with step(f"drop-off: score {len(rows):,} patient-days with v{version} and join the truth"):
        pyfunc = load_model(settings, "dropoff", version)
        risk = pd.DataFrame(pyfunc.predict(model_input(rows[feature_columns(rows)]))).risk.to_numpy(dtype=float)
        oracle = {shift: true_dropoff(settings, rows, shift) for shift in (-1, 0, 1)}
    matched = oracle[0].notna().to_numpy()
    y = rows[LABEL].to_numpy()[matched]
    p_model, p_true = risk[matched], oracle[0].to_numpy()[matched]
    from models.baselines import dropoff_baseline_scores

    baselines = {name: auc(y, score[matched]) for name, score in dropoff_baseline_scores(rows).items()}
    auc_model, auc_oracle, auc_doses = auc(y, p_model), auc(y, p_true), baselines["doses_7d"]
    shifted = {}
    for name, shift in (("minus_1", -1), ("plus_1", 1)):
        both = matched & oracle[shift].notna().to_numpy()
        shifted[f"oracle_auc_truth_day_{name}"] = auc(rows[LABEL].to_numpy()[both], oracle[shift].to_numpy()[both])
    model_metrics = classification_metrics(y, p_model)
    with step("drop-off: patient-level bootstrap of the AUC ratio and the ECE"):
        intervals = patient_bootstrap(rows.patient_key.to_numpy()[matched], y, p_model, p_true)
    return {
        "as_of_dates": [str(line.cutoff), str(line.score_end)],
        "step_days": STEP_DAYS,
        "rows": len(rows),
        "rows_without_truth": int((~matched).sum()),
        "patients": int(rows.patient_key[matched].nunique()),
        "prevalence": float(y.mean()),
        "auc_model": auc_model,
        "auc_oracle": auc_oracle,
        "auc_ratio_to_oracle": auc_model / auc_oracle,
        "auc_ratio_95_interval": intervals["auc_ratio"],
        "ece": expected_calibration_error(y, p_model),
        "ece_95_interval": intervals["ece"],
        "ece_oracle": expected_calibration_error(y, p_true),
        "brier": model_metrics["brier"],
        "pr_auc": model_metrics["pr_auc"],
        "recall_at_capacity": model_metrics["recall_at_capacity"],
        "mean_risk": float(p_model.mean()),
        "mean_oracle_probability": float(p_true.mean()),
        "baseline_doses_7d_auc": auc_doses,
        "baseline_doses_7d_ratio_to_oracle": auc_doses / auc_oracle,
        "baseline_days_since_last_dose_auc": baselines["days_since_last_dose"],
        "baseline_days_since_last_dose_ratio_to_oracle": baselines["days_since_last_dose"] / auc_oracle,
        "alignment_check": {"oracle_auc_truth_same_day": auc_oracle, **shifted},
    }


def patient_bootstrap(
    patients: np.ndarray, y: np.ndarray, model: np.ndarray, oracle: np.ndarray, resamples: int = BOOTSTRAP, seed: int = 0
) -> dict[str, list[float]]:
    """95% percentile intervals of AUC(model) / AUC(oracle) and of the model's ECE, resampling patients
    (a patient's patient-days are correlated), each patient's rows repeated as often as it is drawn."""
    from models.metrics import expected_calibration_error

    codes, unique = pd.factorize(patients)
    rng = np.random.default_rng(seed)
    ratios, eces = [], []
    for _ in range(resamples):
        drawn = np.bincount(rng.integers(0, len(unique), len(unique)), minlength=len(unique))
        rows = np.repeat(np.arange(len(y)), drawn[codes])
        ratios.append(auc(y[rows], model[rows]) / auc(y[rows], oracle[rows]))
        eces.append(expected_calibration_error(y[rows], model[rows]))
    return {"auc_ratio": percentile_interval(ratios), "ece": percentile_interval(eces)}


def percentile_interval(values: list[float]) -> list[float]:
    return [float(v) for v in np.nanpercentile(values, [2.5, 97.5])]


# --------------------------------------------------------------------------- supply anomaly


def score_series_days(settings: Settings, line: Timeline, version: str) -> pd.DataFrame:
    """``batch_number, region, day, score, alert`` of every series-day from the cutoff to the last day."""
    from features.materialize import supply_history
    from models.pyfunc import score_series_days

    with step(f"anomaly: features of every series-day up to {line.last_day} (full history)"):
        featured = supply_history(settings.lake, line.last_day)
    with step(f"anomaly: score {len(featured):,} series-days with v{version}"):
        scored = score_series_days(featured, load_model(settings, "anomaly", version))
    frame = featured[["batch_number", "region", "day", "scans", "suspect", "unknown"]].assign(
        score=scored.score.to_numpy(), alert=scored.alert.to_numpy()
    )
    frame["day"] = pd.to_datetime(frame.day)
    return frame[frame.day >= pd.Timestamp(line.cutoff)].reset_index(drop=True)


def incident_windows(incidents: pd.DataFrame, line: Timeline) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(incidents counted for recall, their truth dates; incidents whose circulation window overlaps
    the scored period, with ``end_date`` at the window's end: ``circulation_windows``)."""
    from models.anomaly import circulation_windows

    start = pd.to_datetime(incidents.start_date)
    windows = circulation_windows(incidents)
    overlapping = windows[windows.end_date >= pd.Timestamp(line.cutoff)]
    counted = incidents[
        (start >= pd.Timestamp(line.cutoff)) & (start + pd.Timedelta(days=DETECTION_DAYS) <= pd.Timestamp(line.last_day))
    ]
    return counted.reset_index(drop=True), overlapping.reset_index(drop=True)


def early_window_peaks(scored: pd.DataFrame, counted: pd.DataFrame) -> pd.DataFrame:
    """Per counted incident: highest score and first alert day in ``[start, start + 7 days]`` on its series,
    and its first alert while it was live (``[start, end]``, any delay)."""
    rows = []
    for incident in counted.itertuples():
        start = pd.Timestamp(incident.start_date)
        window = scored[
            (scored.batch_number == incident.batch_number)
            & (scored.region == incident.region)
            & scored.day.between(start, start + pd.Timedelta(days=DETECTION_DAYS))
        ]
        alerts = window[window.alert.astype(bool)]
        live = scored[(scored.batch_number == incident.batch_number) & (scored.region == incident.region)
                      & scored.day.between(start, pd.Timestamp(incident.end_date)) & scored.alert.astype(bool)]  # fmt: skip
        bad = window.suspect + window.unknown
        rows.append({
            "incident_id": incident.incident_id, "kind": incident.kind, "strength": float(incident.strength),
            "batch_number": incident.batch_number, "region": incident.region, "start_date": str(start.date()),
            "series_days_in_window": len(window), "scans_7d": int(window.scans.sum()), "bad_answers_7d": int(bad.sum()),
            "day_of_second_bad_answer": float((window.day[bad.cumsum() >= 2].min() - start).days) if bad.sum() >= 2
            else float("nan"),
            "max_score_7d": float(window.score.max()) if len(window) else float("nan"),
            "detected_7d": bool(len(alerts)),
            "delay_days": float((alerts.day.min() - start).days) if len(alerts) else float("nan"),
            "detected_during_incident": bool(len(live)),
            "delay_days_during_incident": float((live.day.min() - start).days) if len(live) else float("nan"),
        })  # fmt: skip
    return pd.DataFrame(rows)


def signal_ceiling(peaks: pd.DataFrame) -> dict[str, Any]:
    """How many counted incidents left any evidence in their 7-day window: a bound on every detector's recall.

    One suspect / unknown answer is what the 0.5%-per-scan background gives on a few per cent of
    series-days, so no detector within a budget of ~1 per 1,000 can alert on it alone; the second
    one within the window is the first evidence a detector can act on.
    """
    if not len(peaks):
        return {}
    bad = peaks.bad_answers_7d.to_numpy()
    two = bad >= 2
    return {
        "incidents_with_a_bad_answer_7d": int((bad >= 1).sum()),
        "incidents_with_two_bad_answers_7d": int(two.sum()),
        "recall_7d_ceiling_one_bad_answer": float((bad >= 1).mean()),
        "recall_7d_ceiling_two_bad_answers": float(two.mean()),
        "recall_7d_among_two_bad_answers": float(peaks.detected_7d[two].mean()) if two.any() else float("nan"),
        "alerted_by_the_second_bad_answer": int((peaks.delay_days[two] <= peaks.day_of_second_bad_answer[two]).sum()),
    }


def false_alarm_breakdown(alerted: pd.DataFrame, known: pd.DataFrame) -> dict[str, float]:
    """False alarms per 1,000 series-days other ways (information): on series that never had an
    incident; outside windows with the same grace for every kind, 14 days (the definition before
    2026-12-04) and 45 days; and alarm episodes outside the circulation windows.

    ``alerted``: ``batch_number, region, day, alert`` per scored series-day; ``known``: every incident of
    the truth (windows that end before the scored period simply cover none of its days).
    """
    from models.anomaly import COUNTERFEIT_GRACE_DAYS, GRACE_DAYS, circulation_windows, detection_metrics

    touched = pd.MultiIndex.from_frame(known[["batch_number", "region"]])
    clean = ~pd.MultiIndex.from_frame(alerted[["batch_number", "region"]]).isin(touched)
    dated = alerted.rename(columns={"day": "date"})
    same_grace = {
        days: detection_metrics(dated, circulation_windows(known, days), grace_days=0)["false_alarms_per_1000"]
        for days in (GRACE_DAYS, COUNTERFEIT_GRACE_DAYS)
    }
    episodes = detection_metrics(dated.assign(alert=alarm_onsets(alerted)), circulation_windows(known), grace_days=0)
    return {
        "false_alarms_per_1000_series_without_incidents": (
            float(1000 * alerted.alert.to_numpy()[clean].mean()) if clean.any() else float("nan")
        ),
        "series_days_without_incidents": int(clean.sum()),
        **{f"false_alarms_per_1000_grace_{days}d": value for days, value in same_grace.items()},
        "false_alarm_episodes_per_1000": episodes["false_alarms_per_1000"],
    }


def alarm_onsets(alerted: pd.DataFrame) -> np.ndarray:
    """Per row of ``alerted`` (``batch_number, region, day, alert``): whether an alarm *episode* starts
    there, i.e. the row alerts and its series did not alert the day before (consecutive alert days are
    one alarm for an analyst to investigate). Row order is kept; boolean array."""
    ordered = alerted.assign(_row=np.arange(len(alerted))).sort_values(["batch_number", "region", "day"])
    alert = ordered.alert.astype(bool).to_numpy()
    same_series = (ordered.batch_number.to_numpy()[1:] == ordered.batch_number.to_numpy()[:-1]) & (
        ordered.region.to_numpy()[1:] == ordered.region.to_numpy()[:-1]
    )
    next_day = np.diff(pd.to_datetime(ordered.day).to_numpy()) == np.timedelta64(1, "D")
    continues = np.r_[False, same_series & next_day & alert[:-1]]
    onset = np.empty(len(alerted), dtype=bool)
    onset[ordered._row.to_numpy()] = alert & ~continues
    return onset


def exact_interval(successes: int, trials: int, level: float = 0.95) -> list[float]:
    """Clopper-Pearson interval of a proportion (few incidents: the recall is uncertain)."""
    from scipy.stats import beta

    if trials == 0:
        return [float("nan"), float("nan")]
    tail = (1 - level) / 2
    low = float(beta.ppf(tail, successes, trials - successes + 1)) if successes else 0.0
    high = float(beta.ppf(1 - tail, successes + 1, trials - successes)) if successes < trials else 1.0
    return [low, high]


def outside_scores(scored: pd.DataFrame, overlapping: pd.DataFrame) -> np.ndarray:
    """Scores of the series-days outside every incident window ``[start, end]`` (ends already moved
    to the circulation window's, ``circulation_windows``)."""
    inside = np.zeros(len(scored), dtype=bool)
    for incident in overlapping.itertuples():
        end = pd.Timestamp(incident.end_date)
        inside |= (
            (scored.batch_number == incident.batch_number)
            & (scored.region == incident.region)
            & scored.day.between(pd.Timestamp(incident.start_date), end)
        ).to_numpy()
    return np.asarray(scored.score.to_numpy()[~inside], dtype=float)


def operating_points(peaks: np.ndarray, outside: np.ndarray, fa_bound: float, recall_bound: float) -> dict[str, float]:
    """Other thresholds on the same scores (tuned on this evaluation: information only)."""
    ranked = np.sort(outside)

    def false_alarms(threshold: float) -> float:
        return 1000 * float(len(ranked) - np.searchsorted(ranked, threshold, side="left")) / len(ranked)

    # The lowest threshold within the false-alarm bound, over every distinct score that could be one.
    candidates = np.unique(np.r_[peaks[np.isfinite(peaks)], ranked, np.nextafter(ranked, np.inf)])
    within = [t for t in candidates if false_alarms(t) <= fa_bound]
    lowest = float(min(within)) if within else float("nan")
    finite = np.where(np.isfinite(peaks), peaks, -np.inf)
    # The highest threshold that still reaches the recall bound.
    needed = int(np.ceil(recall_bound * len(peaks)))
    at_recall = float(np.sort(finite)[::-1][needed - 1]) if 0 < needed <= len(peaks) else float("nan")
    return {
        "threshold_at_fa_bound": lowest,
        "recall_7d_at_fa_bound": float((finite >= lowest).mean()) if within else float("nan"),
        "false_alarms_per_1000_at_fa_bound": false_alarms(lowest) if within else float("nan"),
        "threshold_at_recall_bound": at_recall,
        "false_alarms_per_1000_at_recall_bound": false_alarms(at_recall) if np.isfinite(at_recall) else float("nan"),
    }


def evaluate_anomaly(settings: Settings, line: Timeline, version: str) -> dict[str, Any]:
    """Recall within 7 days of an incident's start and false alarms per 1,000 series-days, after the cutoff."""
    from adherence.simulator.truth import incidents
    from models.anomaly import COUNTERFEIT, COUNTERFEIT_GRACE_DAYS, GRACE_DAYS, detection_metrics

    known = incidents(settings.lake)
    if known is None:
        raise SystemExit("the lake has no truth/incidents.parquet")
    scored = score_series_days(settings, line, version)
    counted, overlapping = incident_windows(known, line)
    peaks = early_window_peaks(scored, counted)
    alerts = scored.rename(columns={"day": "date"})
    found = detection_metrics(alerts, overlapping, grace_days=0)
    outside = outside_scores(scored, overlapping)
    threshold = float(load_model(settings, "anomaly", version).unwrap_python_model().estimator.threshold_)
    detected = int(peaks.detected_7d.sum()) if len(peaks) else 0
    recall_7d = detected / len(peaks) if len(peaks) else float("nan")
    delays = peaks.delay_days.dropna().to_numpy() if len(peaks) else np.array([])
    peak_scores = peaks.max_score_7d.to_numpy(dtype=float) if len(peaks) else np.array([])
    interval = exact_interval(detected, len(peaks))
    return {
        "period": [str(line.cutoff), str(line.last_day)],
        "series_days_scored": len(scored),
        "series": int(scored.groupby(["batch_number", "region"]).ngroups),
        "threshold": threshold,
        "incidents_counted": len(counted),
        "incidents_excluded_started_before_cutoff_or_too_late": int(len(overlapping) - len(counted)),
        "incidents_in_lake": len(known),
        "detected_7d": detected,
        "recall_7d": recall_7d,
        "recall_7d_95_interval": interval,
        "recall_7d_interval_half_width": (interval[1] - interval[0]) / 2,
        "median_delay_days_7d": float(np.median(delays)) if len(delays) else float("nan"),
        **during_incident(peaks),
        "recall_any_time_in_window": found["recall"],
        "false_alarms_per_1000": found["false_alarms_per_1000"],
        "false_alarms": int(found["false_alarms"]),
        "alerts": int(found["alerts"]),
        "precision": found["precision"],
        "series_days_outside_incidents": int(found["series_days_outside"]),
        "grace_days_after_end": {COUNTERFEIT: COUNTERFEIT_GRACE_DAYS, "other kinds": GRACE_DAYS},
        **false_alarm_breakdown(scored, known),
        "signal": signal_ceiling(peaks),
        "other_operating_points": operating_points(peak_scores, outside, 2.0, 0.9) if len(peaks) else {},
        "per_incident": peaks.to_dict(orient="records"),
        "baseline_daily_rule": daily_rule_figures(scored, known, counted, overlapping),
    }


def daily_rule_figures(
    scored: pd.DataFrame, known: pd.DataFrame, counted: pd.DataFrame, overlapping: pd.DataFrame
) -> dict[str, Any]:
    """The naive daily rule (``models.baselines.daily_rule_alerts``) on the same series-days and incidents
    (``overlapping`` with circulation-window ends, as ``incident_windows`` gives them)."""
    from models.anomaly import detection_metrics
    from models.baselines import daily_rule_alerts

    ruled = scored.assign(alert=daily_rule_alerts(scored))
    peaks = early_window_peaks(ruled, counted)
    found = detection_metrics(ruled.rename(columns={"day": "date"}), overlapping, grace_days=0)
    delays = peaks.delay_days.dropna().to_numpy() if len(peaks) else np.array([])
    return {
        "recall_7d": float(peaks.detected_7d.mean()) if len(peaks) else float("nan"),
        "median_delay_days_7d": float(np.median(delays)) if len(delays) else float("nan"),
        **during_incident(peaks),
        "false_alarms_per_1000": found["false_alarms_per_1000"],
        **false_alarm_breakdown(ruled, known),
    }


def during_incident(peaks: pd.DataFrame) -> dict[str, float]:
    """Recall and median delay counting an alert at any time while the incident was live (information:
    the target is the 7-day recall)."""
    if not len(peaks):
        return {}
    return {
        "recall_during_incident": float(peaks.detected_during_incident.mean()),
        "median_delay_days_during_incident": float(peaks.delay_days_during_incident.median()),
    }


# --------------------------------------------------------------------------- reminder timing


def true_response(settings: Settings, rows: pd.DataFrame, hours: np.ndarray) -> np.ndarray:
    """``(len(rows), len(hours))`` exact response probability of sending each hour at each logged moment.

    curve(patient, hour) x the response factor of the patient's hidden state that day
    (``truth/reminders.response_factor``), as the simulator draws it, whichever its dynamics.
    """
    truth = settings.truth_dir
    states = pd.read_parquet(truth / "reminders", columns=["reminder_id", "response_factor"])
    factor = rows[["reminder_id"]].merge(states, on="reminder_id", how="left").response_factor
    if factor.isna().any():
        raise SystemExit(f"{int(factor.isna().sum())} logged reminders have no truth row")
    factor = factor.to_numpy(dtype=float)
    curves = pd.read_parquet(truth / "reminder_curves")
    curves = curves.assign(patient_key=mrn_keys(curves.mrn)).pivot(
        index="patient_key", columns="local_hour", values="response_probability"
    )
    missing = sorted(set(hours) - set(curves.columns))
    if missing:
        raise SystemExit(f"the truth has no response curve for hours {missing}")
    return curves.loc[rows.patient_key, list(hours)].to_numpy() * factor[:, None]


def logging_distribution(settings: Settings, hours: np.ndarray) -> np.ndarray:
    """The simulator's logging policy over ``hours``, as ``truth/simulation.json`` records it."""
    policy = json.loads((settings.truth_dir / "simulation.json").read_text())["logging_policy"]
    probabilities = dict(zip(policy["arms"], policy["probabilities"], strict=True))
    return np.array([probabilities.get(int(h), 0.0) for h in hours])


def evaluate_reminder(settings: Settings, line: Timeline, version: str, seed: int) -> dict[str, Any]:
    """True values of the registered policy, the logging policy and the oracle on the rounds after the cutoff; DR's error."""
    from features.reminders import logged_reminders
    from models.baselines import PatientBestHour
    from training.datasets import data_until

    with step(f"reminder: logged reminders sent from {line.cutoff}"):
        rows = logged_reminders(settings.lake, data_until(settings.lake, None), since=line.cutoff)
    with step("reminder: the per-patient baseline's population rates by hour (the 60 days before the cutoff)"):
        learned = logged_reminders(settings.lake, line.cutoff, since=line.cutoff - dt.timedelta(days=60))
    policy = load_model(settings, "reminder", version).unwrap_python_model().estimator
    context = rows[list(policy.feature_names_in_)]
    hours = np.asarray(policy.hours_)
    baseline = PatientBestHour().fit(learned[list(policy.feature_names_in_)], learned.local_hour, learned.responded)
    baseline_distribution = (
        pd.DataFrame(baseline.distribution(context), columns=baseline.hours_).reindex(columns=hours, fill_value=0.0).to_numpy()
    )
    with step(f"reminder: true values and off-policy estimates on {len(rows):,} rounds"):
        p_true = true_response(settings, rows, hours)
        p_logged_hour = true_response(settings, rows, np.array(sorted(rows.local_hour.unique())))
        truth = rows[["reminder_id"]].merge(
            pd.read_parquet(settings.truth_dir / "reminders", columns=["reminder_id", "response_probability", "responded"]),
            on="reminder_id", how="left",
        )  # fmt: skip
        logged_column = np.searchsorted(np.array(sorted(rows.local_hour.unique())), rows.local_hour.to_numpy())
        check = np.abs(p_logged_hour[np.arange(len(rows)), logged_column] - truth.response_probability.to_numpy())
        distribution = policy.action_distribution(context)
        pi0 = logging_distribution(settings, hours)
        values = {
            "policy": float(np.mean(np.sum(distribution * p_true, axis=1))),
            "logging": float(np.mean(p_true @ pi0)),
            "oracle": float(np.mean(p_true.max(axis=1))),
            "policy_greedy": float(np.mean(p_true[np.arange(len(rows)), distribution.argmax(axis=1)])),
            "uniform": float(np.mean(p_true.mean(axis=1))),
            "baseline": float(np.mean(np.sum(baseline_distribution * p_true, axis=1))),
        }
        # The policy's greedy choice with only its exploration floor (no softmax spread): separates the two.
        values["greedy_with_floor"] = policy.exploration * values["uniform"] + (1 - policy.exploration) * values["policy_greedy"]
        estimates = policy.evaluate_off_policy(
            context, rows.local_hour, rows.responded.astype(float), rows.propensity, n_bootstrap=200, random_state=seed
        )
    dr = estimates["dr"]

    def uplift(value: float) -> float:
        return (value - values["logging"]) / (values["oracle"] - values["logging"])

    return {
        "rounds": len(rows),
        "patients": int(rows.patient_key.nunique()),
        "hours": [int(h) for h in hours],
        "true_value_policy": values["policy"],
        "true_value_logging": values["logging"],
        "true_value_oracle": values["oracle"],
        "true_value_policy_greedy": values["policy_greedy"],
        "realised_true_value_logged_hours": float(truth.response_probability.mean()),
        "uplift_captured": uplift(values["policy"]),
        "true_value_baseline_patient_best_hour": values["baseline"],
        "uplift_captured_baseline_patient_best_hour": uplift(values["baseline"]),
        "uplift_over_baseline": uplift(values["policy"]) - uplift(values["baseline"]),
        "share_of_patients_per_chosen_hour": {
            int(h): float(share) for h, share in zip(hours, np.bincount(distribution.argmax(axis=1), minlength=len(hours))
                                                     / len(rows), strict=True)
        },
        "true_value_uniform": values["uniform"],
        "true_value_greedy_with_exploration_floor": values["greedy_with_floor"],
        "uplift_captured_greedy": uplift(values["policy_greedy"]),
        "uplift_captured_greedy_with_exploration_floor": uplift(values["greedy_with_floor"]),
        "policy_exploration": float(policy.exploration),
        "policy_temperature": float(policy.temperature),
        "dr_estimate": dr.value,
        "dr_interval": [dr.low, dr.high],
        "dr_relative_error": abs(dr.value - values["policy"]) / values["policy"],
        "true_value_in_dr_interval": bool(dr.low <= values["policy"] <= dr.high),
        "ips_estimate": estimates["ips"].value,
        "snips_estimate": estimates["snips"].value,
        "observed_logging_value": estimates["logging"].value,
        "logging_propensity_matches_truth": bool(
            np.allclose(rows.propensity.to_numpy(), logging_distribution(settings, rows.local_hour.to_numpy()))
        ),
        "truth_reproduced_max_abs_error": float(check.max()),
        "observed_outcome_agrees_with_truth": float(
            (rows.responded.astype(bool).to_numpy() == truth.responded.astype(bool).to_numpy()).mean()
        ),
    }  # fmt: skip


# --------------------------------------------------------------------------- reporting


def headline(sections: dict[str, dict[str, Any]], trained: Trained) -> dict[str, float]:
    """The figures the targets are about, by target name, for the models evaluated (``sections``' keys)."""
    sources = {
        "dropoff": {"dropoff_auc_ratio_to_oracle": "auc_ratio_to_oracle", "dropoff_ece": "ece"},
        "anomaly": {
            "anomaly_recall_7d": "recall_7d",
            "anomaly_false_alarms_per_1000": "false_alarms_per_1000",
            "anomaly_median_delay_days": "median_delay_days_7d",
            "anomaly_recall_interval_half_width": "recall_7d_interval_half_width",
        },
        "reminder": {
            "reminder_uplift_captured": "uplift_captured",
            "reminder_uplift_over_baseline": "uplift_over_baseline",
            "reminder_dr_relative_error": "dr_relative_error",
        },
    }
    figures = {figure: sections[model][key] for model in sections for figure, key in sources[model].items()}
    return {**figures, "training_seconds_total": trained.seconds_total}


def flat_metrics(prefix: str, figures: dict[str, Any]) -> dict[str, float]:
    """Every finite number of a nested dict as ``prefix.key.subkey`` (lists and strings skipped)."""
    flat: dict[str, float] = {}
    for key, value in figures.items():
        name = f"{prefix}.{key}"
        if isinstance(value, dict):
            flat.update(flat_metrics(name, value))
        elif isinstance(value, bool | np.bool_ | int | float | np.integer | np.floating) and np.isfinite(float(value)):
            flat[name] = float(value)
    return flat


def log_to_mlflow(settings: Settings, params: dict[str, Any], sections: dict[str, Any], met: dict[str, bool]) -> str:
    """One run in the ``benchmarks`` experiment of the lake's store; returns its id."""
    import mlflow

    from training.tracking import configure

    configure(settings, EXPERIMENT)
    with mlflow.start_run(run_name=f"models-{params['patients']}p-{params['days']}d-seed{params['seed']}") as run:
        mlflow.log_params(params)
        metrics: dict[str, float] = {}
        for name, figures in sections.items():
            metrics.update(flat_metrics(name, figures))
        mlflow.log_metrics(metrics)
        mlflow.set_tags({f"target.{name}": "met" if ok else "missed" for name, ok in met.items()})
        mlflow.set_tag("all_targets_met", str(all(met.values())).lower())
        mlflow.log_dict(rounded(sections), "bench_models.json")
        return str(run.info.run_id)


def print_table(figures: dict[str, float], met: dict[str, bool]) -> None:
    print("\nfigure                               value      target     met")
    for target in (t for t in TARGETS if t.figure in met):
        value = figures[target.figure]
        print(f"{target.figure:<36} {value:>9.4f}  {target.op} {target.bound:<7g}  {'yes' if met[target.figure] else 'NO'}")


# --------------------------------------------------------------------------- main


def already_trained(settings: Settings, cutoff: dt.date, models: tuple[str, ...] = MODELS) -> Trained:
    """The newest registered version of each of ``models`` in a kept lake, if trained with ``until=cutoff``
    (``--evaluate-only``: a run whose training finished but whose evaluation did not)."""
    from adherence import catalog
    from models.registry import connect

    client = connect(settings.mlflow_tracking_uri)
    versions, metrics, steps = {}, {}, {}
    for model, name in ((spec.name, spec.registered) for spec in catalog.models() if spec.name in models):
        newest = max(client.search_model_versions(f"name='{name}'"), key=lambda v: int(v.version))
        run = client.get_run(str(newest.run_id))
        if run.data.params.get("data_until") != str(cutoff):
            raise SystemExit(f"{name} v{newest.version} was trained until {run.data.params.get('data_until')}, not {cutoff}")
        versions[model] = str(newest.version)
        metrics[model] = {**{k: float(v) for k, v in run.data.metrics.items()}, **run_sizes(str(newest.run_id))}
        steps[model] = {"seconds": (run.info.end_time - run.info.start_time) / 1000}
    total = round(sum(step["seconds"] for step in steps.values()), 2)
    print(f"   evaluating the registered versions {versions} (trained earlier: {total:.0f} s of training runs)")
    return Trained(versions, metrics, steps, total, float("nan"))


def run(
    lake: Path, patients: int, days: int, seed: int, dynamics: str = "default", evaluate_only: bool = False,
    incident_scale: float = 1.0, models: tuple[str, ...] = MODELS,
) -> dict[str, Any]:  # fmt: skip
    """Build (or reuse) the lake with the producer ``dynamics``, train ``models`` (unless ``evaluate_only``),
    evaluate them, log; return every figure."""
    from adherence.settings import load_settings

    load_before = os.getloadavg()
    setup = build_lake(lake, patients, days, seed, dynamics, incident_scale)
    settings = load_settings(lake)
    line = timeline(lake)
    print(f"   time line: data {line.first_day}..{line.last_day}, cutoff {line.cutoff}, drop-off as-of dates to {line.score_end}")
    trained = already_trained(settings, line.cutoff, models) if evaluate_only else train_all(settings, line.cutoff, seed, models)
    evaluations: dict[str, Callable[[], dict[str, Any]]] = {
        "dropoff": lambda: evaluate_dropoff(settings, line, trained.versions["dropoff"]),
        "anomaly": lambda: evaluate_anomaly(settings, line, trained.versions["anomaly"]),
        "reminder": lambda: evaluate_reminder(settings, line, trained.versions["reminder"], seed),
    }
    evaluated = {name: evaluate() for name, evaluate in evaluations.items() if name in models}
    figures = headline(evaluated, trained)
    chosen = targets_for(models)
    met = {t.figure: t.met(figures[t.figure]) for t in chosen}
    training = {
        "seconds_total": trained.seconds_total,
        "cpu_seconds_total": trained.cpu_seconds_total,
        "steps": trained.steps,
        "versions": trained.versions,
        "training_run_metrics": trained.training_metrics,
    }
    sections = {"figures": figures, **evaluated, "training": training}
    params = {"patients": patients, "days": days, "seed": seed, "dynamics": dynamics, "incident_scale": incident_scale,
              "models": ",".join(models), "cutoff": str(line.cutoff),
              "score_days": SCORE_DAYS}  # fmt: skip
    with step("log the figures to MLflow (experiment 'benchmarks')"):
        run_id = log_to_mlflow(settings, params, sections, met)
    print_table(figures, met)
    print(f"\nMLflow: run {run_id} in experiment '{EXPERIMENT}' of {settings.mlflow_tracking_uri}")
    return {
        "scale": {"patients": patients, "days": days, "seed": seed, "dynamics": dynamics, "incident_scale": incident_scale,
                  "models": list(models)},
        "timeline": {k: str(v) for k, v in asdict(line).items()},
        "setup": setup,
        "load_average_at_start": [round(x, 2) for x in load_before],
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "targets": {
            t.figure: {"value": figures[t.figure], "target": f"{t.op} {t.bound:g}", "met": met[t.figure], "what": t.what}
            for t in chosen
        },
        "all_targets_met": all(met.values()),
        **{k: v for k, v in sections.items() if k != "figures"},
        "mlflow": {"experiment": EXPERIMENT, "run_id": run_id, "tracking_uri": "sqlite:///<lake>/mlflow/mlflow.db"},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=240)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path,
                        help="build the lakes in DIR/<dynamics> and keep them (reused by a later run with the same scale)")
    parser.add_argument("--dynamics", choices=[*DYNAMICS, "both"], default="both",
                        help="which simulator's lake (a target counts only when it holds on both)")
    parser.add_argument("--evaluate-only", action="store_true",
                        help="with --keep: evaluate the versions a finished training registered there (no training)")
    parser.add_argument("--incident-scale", type=float, default=1.0,
                        help="ask the simulators for this many times their supply incidents, so enough start in the "
                        "scored period to judge the anomaly recall (its 95%% interval)")
    parser.add_argument("--models", default=",".join(MODELS),
                        help="comma-separated models to train and evaluate (of %(default)s); a subset writes "
                        "bench/results/models-<dynamics>-<models>.json and leaves the full results alone")
    args = parser.parse_args()
    models = tuple(m for m in MODELS if m in args.models.split(","))
    unknown = set(args.models.split(",")) - set(MODELS)
    if unknown or not models:
        parser.error(f"--models takes a comma-separated subset of {','.join(MODELS)}, not {args.models!r}")
    prepare_environment()
    for dynamics in DYNAMICS if args.dynamics == "both" else (args.dynamics,):
        print(f"\n=== {dynamics} dynamics ===")
        forget_tracking_uri()
        lake = (args.keep / dynamics).resolve() if args.keep else Path(tempfile.mkdtemp(prefix=f"bench-models-{dynamics}-"))
        try:
            results = run(lake, args.patients, args.days, args.seed, dynamics, args.evaluate_only, args.incident_scale, models)
        finally:
            if not args.keep:
                print(f"removing the temporary lake {lake} (and its MLflow store; --keep DIR keeps them)")
                shutil.rmtree(lake, ignore_errors=True)
        name = f"models-{dynamics}" if models == MODELS else f"models-{dynamics}-{'-'.join(models)}"
        print(f"\nresults: {save(name, rounded(results))}")


if __name__ == "__main__":
    main()
