"""The reminder policy alone against each simulator's truth: a quicker loop than ``bench/models.py``.

Builds (or, with ``--keep DIR``, reuses) the same lakes as ``bench/models.py`` (same scale, seed
and dynamics: ``DIR/<dynamics>``, interchangeable with that script's ``--keep``), trains only the
reminder policy on the logs before the cutoff and scores it after it exactly as
``bench/models.py`` does (``evaluate_reminder``: true values from ``truth/``, the per-patient
baseline on the same rounds, DR's error). Writes ``bench/results/reminder-<dynamics>.json``.

    .venv/bin/python bench/reminder.py --patients 1500 --dynamics both --keep /tmp/reminder-bench
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project's packages before bench/'s scripts
from _common import lake_options, save

TARGETS = {"uplift_captured": 0.75, "uplift_over_baseline": 0.10}  # >= ; and dr_relative_error <= 0.05


def bench_models() -> Any:
    """``bench/models.py`` as a module (its name clashes with the project's ``models`` package)."""
    spec = importlib.util.spec_from_file_location("bench_models", Path(__file__).with_name("models.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_models"] = module
    spec.loader.exec_module(module)
    return module


def run(lake: Path, patients: int, days: int, seed: int, dynamics: str) -> dict[str, Any]:
    """Build or reuse the lake, train the reminder policy until the cutoff, evaluate it after it."""
    from adherence.audit import AuditLog
    from adherence.settings import load_settings
    from training import reminder

    bm = bench_models()
    bm.prepare_environment()
    setup = bm.build_lake(lake, patients, days, seed, dynamics)
    settings = load_settings(lake)
    line = bm.timeline(lake)
    audit = AuditLog(settings.audit_log_path, settings.audit_key())
    with bm.step(f"train reminder until {line.cutoff}") as timing:
        registered = reminder.train(settings, reminder.ReminderConfig(until=line.cutoff, seed=seed), audit)
    figures = bm.evaluate_reminder(settings, line, registered.version, seed)
    met = {
        "uplift_captured": figures["uplift_captured"] >= TARGETS["uplift_captured"],
        "uplift_over_baseline": figures["uplift_over_baseline"] >= TARGETS["uplift_over_baseline"],
        "dr_relative_error": figures["dr_relative_error"] <= 0.05,
    }
    for name, ok in met.items():
        print(f"{name:<24} {figures[name]:.4f}  {'met' if ok else 'MISSED'}")
    return {
        "scale": {"patients": patients, "days": days, "seed": seed, "dynamics": dynamics},
        "cutoff": str(line.cutoff),
        "setup": setup,
        "training": {
            "seconds": timing,
            "version": registered.version,
            "beats_baseline": registered.beats_baseline,
            "metrics": {k: float(v) for k, v in registered.metrics.items()},
        },
        "targets_met": met,
        "reminder": figures,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    lake_options(parser, patients=10_000)
    args = parser.parse_args()
    for dynamics in ("default", "alt") if args.dynamics == "both" else (args.dynamics,):
        print(f"\n=== {dynamics} dynamics ===")
        results = run((args.keep / dynamics).resolve(), args.patients, args.days, args.seed, dynamics)
        print(f"results: {save(f'reminder-{dynamics}', bench_models().rounded(results))}")


if __name__ == "__main__":
    main()
