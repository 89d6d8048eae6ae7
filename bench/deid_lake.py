"""Benchmark of ``adherence deidentify`` on a whole simulated lake, against an earlier revision.

Run: ``python bench/deid_lake.py [--patients 2000] [--days 240] [--rounds 2] [--baseline-rev 051263f]``

The same lake is de-identified by this checkout and by ``--baseline-rev`` (checked out into a
temporary git worktree and imported ahead of this one), in interleaved rounds whose order
rotates, each in a fresh process: these cores are shared and drift by tens of per cent within
minutes, so only a same-run ratio means anything. Reports the median wall time and peak RSS of
each, their ratio, messages per second, and what each published (redaction counts; whether its
leak check passed). Results go to ``bench/results/deid_lake.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import cpu_speed_ms, run_measured, save

ROOT = Path(__file__).resolve().parents[1]
KEY = "bench-pseudonym-key-0123456789abcdef"
# The commit before issue 13's de-identification work (431c2ff): same de-identification modules as
# da9f26f, which earlier rounds used, plus the Silver reader changes made in between.
DEFAULT_BASELINE = "051263f"

_CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import features.deid.pipeline as pipeline
assert pipeline.__file__.startswith(sys.argv[1]), pipeline.__file__
report = pipeline.deidentify(Path(sys.argv[2]), sys.argv[3].encode())
Path(sys.argv[4]).write_text(json.dumps({"redactions": report["redactions"], "rows": report["rows"],
                                         "leak_check_clean": report["leak_check"]["clean"]}))
"""


def _lake(args: argparse.Namespace, folder: Path) -> Path:
    if args.keep and (args.keep / "silver").is_dir():
        return args.keep
    lake = args.keep or folder / "lake"
    subprocess.run([str(Path(sys.executable).with_name("adherence")), "simulate", "--lake", str(lake), "--patients",
                    str(args.patients), "--days", str(args.days), "--seed", str(args.seed)], check=True,
                   stdout=subprocess.DEVNULL, cwd=ROOT)
    return lake


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--patients", type=int, default=2000)
    parser.add_argument("--days", type=int, default=240)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--baseline-rev", default=DEFAULT_BASELINE)
    parser.add_argument("--keep", type=Path, help="simulate into (or reuse) this lake")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="deid-lake-bench-") as tmp:
        folder = Path(tmp)
        lake = _lake(args, folder)
        baseline = folder / "baseline"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(baseline), args.baseline_rev],
                       check=True, capture_output=True)
        try:
            roots = {"this checkout": ROOT, f"baseline {args.baseline_rev}": baseline}
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in roots}
            published: dict[str, object] = {}
            env_key = {"ADHERENCE_PSEUDONYM_KEY": KEY}
            os.environ.update(env_key)
            speed_start = cpu_speed_ms()
            for round_number in range(args.rounds):
                order = list(roots.items())
                if round_number % 2:
                    order.reverse()
                for name, root in order:
                    work = folder / "work"
                    shutil.rmtree(work, ignore_errors=True)
                    shutil.copytree(lake / "silver", work / "silver")
                    out = folder / "out.json"
                    seconds, rss = run_measured([sys.executable, "-c", _CHILD, str(root), str(work), KEY, str(out)])
                    runs[name].append({"seconds": round(seconds, 2), "peak_rss_gib": round(rss, 2)})
                    published[name] = json.loads(out.read_text())
                    print(f"round {round_number + 1}: {name}: {seconds:.1f} s, {rss:.2f} GiB", flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(baseline)], check=False,
                           capture_output=True)

    medians = {name: statistics.median(r["seconds"] for r in rs) for name, rs in runs.items()}
    ours, base = medians["this checkout"], medians[f"baseline {args.baseline_rev}"]
    messages = published["this checkout"]["rows"]["messages"]  # type: ignore[index]
    report: dict[str, object] = {
        "patients": args.patients, "days": args.days, "seed": args.seed, "rounds": runs,
        "median_seconds": medians, "ratio_to_baseline": round(ours / base, 2),
        "messages": messages, "messages_per_second": round(messages / ours, 1),
        "published": published, "cpu_count": os.cpu_count(),
        "cpu_speed_ms_start": speed_start, "cpu_speed_ms_end": cpu_speed_ms(),
    }
    print(f"median: this checkout {ours:.1f} s, baseline {base:.1f} s, ratio {ours / base:.2f} "
          f"({messages} messages, {messages / ours:.0f} messages/s)")
    print(f"written to {save('deid_lake', report)}")
    return report


if __name__ == "__main__":
    main()
