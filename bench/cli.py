"""How fast the `adherence` command answers what needs no data: --help and argument errors.

A newcomer's first commands. Each is run in a fresh process (the real entry point, as a user
runs it), 5 times; the median wall time is reported beside the machine's load, and whether
Feast was imported (it must not be: importing it took 15 s quiet and up to 118 s under load).
Target: under 1 s each. The CPU time the process used (user + system, from ``getrusage`` of the
children) is reported too: on a shared machine the wall time mostly measures the wait for a core,
while the CPU time is what the command costs on a quiet one.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._common import RESULTS, cpu_speed_ms

COMMANDS = [["--help"], ["train", "--help"], ["serve", "--help"], ["demo", "--help"], ["train", "nonsense"]]
REPEATS = 5


def main() -> None:
    entry = Path(sys.executable).with_name("adherence")
    results = {}
    for arguments in COMMANDS:
        times, cpu = [], []
        for _ in range(REPEATS):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([str(entry), *arguments], capture_output=True, check=False)
            times.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        results[" ".join(arguments)] = {"median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
                                        "median_cpu_s": round(statistics.median(cpu), 3)}  # fmt: skip
        print(f"adherence {' '.join(arguments):<18} median {statistics.median(times):.2f} s, max {max(times):.2f} s, "
              f"CPU {statistics.median(cpu):.2f} s")
    probe = "import sys; from adherence.cli import app\ntry: app(['train', '--help'])\nexcept SystemExit: pass\n" \
            "print('feast' in sys.modules)"
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip().splitlines()[-1]
    record = {"commands": results, "target_s": 1.0, "feast_imported_by_train_help": imported == "True",
              "load_1min": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(), "cpu_speed_ms": cpu_speed_ms(),
              "how": f"fresh process per run of {entry.name}, median of {REPEATS}"}  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "cli.json").write_text(json.dumps(record, indent=2) + "\n")
    print(f"load {record['load_1min']} on {record['cpus']} cores; Feast imported by train --help: {imported}")


if __name__ == "__main__":
    main()
