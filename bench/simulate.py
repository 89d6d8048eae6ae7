"""Benchmark of ``adherence simulate``: time and peak memory.

Target (issue 2): 10,000 patients × 180 days in under 2 minutes and 4 GiB on 2 cores;
100,000 patients must work. Baseline, measured in the same run: reading the produced
Silver lake and writing it back as Parquet (the pure I/O floor for that much data).

    python bench/simulate.py [--repeats 3] [--skip-large]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import run_measured, save

ADHERENCE = str(Path(sys.executable).parent / "adherence")
REWRITE = (
    "import sys, pyarrow.dataset as ds, pyarrow.parquet as pq, pathlib; src = pathlib.Path(sys.argv[1]); "
    "[pq.write_table(ds.dataset(src / t).to_table(), pathlib.Path(sys.argv[2]) / f'{t}.parquet', compression='zstd') "
    "for t in ('patients', 'events', 'reminders', 'messages')]"
)


def simulate_once(lake: Path, patients: int, days: int) -> tuple[float, float]:
    return run_measured([ADHERENCE, "simulate", "--lake", str(lake), "--patients", str(patients), "--days", str(days)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-large", action="store_true", help="skip the 100,000-patient run")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-simulate-"))
    try:
        runs = [simulate_once(work / "lake10k", 10_000, 180) for _ in range(args.repeats)]
        seconds = statistics.median(r[0] for r in runs)
        peak = max(r[1] for r in runs)
        (work / "copy").mkdir()
        baseline = [run_measured([sys.executable, "-c", REWRITE, str(work / "lake10k" / "silver"), str(work / "copy")])[0]
                    for _ in range(args.repeats)]
        io_seconds = statistics.median(baseline)
        silver_mb = sum(p.stat().st_size for p in (work / "lake10k" / "silver").rglob("*") if p.is_file()) / 2**20
        figures: dict[str, object] = {
            "simulate_10k_180d": {"median_seconds": round(seconds, 2), "peak_rss_gib": round(peak, 2),
                                  "runs_seconds": [round(r[0], 2) for r in runs], "silver_mib": round(silver_mb, 1),
                                  "target": "< 120 s and < 4 GiB", "meets_target": seconds < 120 and peak < 4},
            "baseline_parquet_rewrite_10k": {"median_seconds": round(io_seconds, 2),
                                             "simulate_over_baseline": round(seconds / io_seconds, 1)},
        }
        print(f"simulate 10k x 180: median {seconds:.1f} s, peak {peak:.2f} GiB "
              f"({seconds / io_seconds:.1f}x the {io_seconds:.1f} s Parquet rewrite baseline)")
        shutil.rmtree(work / "lake10k")
        if not args.skip_large:
            big_seconds, big_peak = simulate_once(work / "lake100k", 100_000, 180)
            figures["simulate_100k_180d"] = {"seconds": round(big_seconds, 1), "peak_rss_gib": round(big_peak, 2)}
            print(f"simulate 100k x 180: {big_seconds:.0f} s, peak {big_peak:.2f} GiB")
        print(f"results written to {save('simulate', figures)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
