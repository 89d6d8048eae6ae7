"""Search for two readings of the de-identifier that compound: every pair of the rounds' long-run pieces, repeated.

Run: ``python bench/deid_pairs.py [--chars 2000] [--budget 1500] [--seed 0]``

Each round's long-run test repeats one short piece and asserts that the redactor and the leak check's free-text scan
cost time in proportion to the repeats (``tests/deid_probes.py``). One piece at a time hides a cost that only two
readings together have: round 19's piece of all its number readings took 13 minutes to redact, each reading alone a
fraction of a second. Here every unordered pair of the pieces (:func:`tests.deid_probes.long_run_pieces`, over a
hundred, so some 5,000 pairs; ``(a+b)*n`` and ``(b+a)*n`` differ only at their ends) is repeated to about ``--chars``
characters and costed on both sides in CPU seconds of this process. A pair costing more than :data:`SUSPECT` times
what its two pieces cost alone at that length is costed again at four times the length: a linear pair grows about
four times, a quadratic one sixteen. Pairs are tried in a random order until ``--budget`` seconds have gone, and the
worst are reported. Too slow for a test (some twenty minutes for all pairs on one core); the tests repeat every piece
together in one piece instead (``tests/test_deid_long_runs.py``). Results go to ``bench/results/deid_pairs.json``.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import math
import random
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import cpu_speed_ms, save

from features.deid.text import TextDeidentifier
from tests.deid_probes import check_index, cpu_seconds, long_run_pieces

#: a pair costing this many times the mean of its pieces' costs alone is costed again at four times the length
SUSPECT = 2.0
#: the growth, at four times the length, above which a pair is reported super-linear (twice the size ratio, as the
#: tests' bound)
SUPER_LINEAR = 8.0


@dataclasses.dataclass
class Row:
    """One side's cost on a repeated pair: CPU seconds, their ratio to the pieces' mean cost alone at the same length,
    and (a suspect pair only; 0 otherwise) how much more a text four times as long costs."""

    first: str
    second: str
    side: str
    seconds: float
    times_alone: float
    growth_at_4x: float = 0.0


def repeated(piece: str, chars: int) -> str:
    """``piece`` repeated to at least ``chars`` characters."""
    return piece * math.ceil(chars / len(piece))


def costs(text: str, sides: dict[str, Callable[[str], object]], runs: int = 1) -> dict[str, float]:
    """The CPU seconds each side takes on ``text``, the least of ``runs`` runs."""
    return {side: min(cpu_seconds(lambda run=run: run(text)) for _ in range(runs)) for side, run in sides.items()}


def main(argv: Sequence[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=2000, help="characters a pair is repeated to")
    parser.add_argument("--budget", type=float, default=1500, help="seconds for the pairs; untried pairs are counted")
    parser.add_argument("--seed", type=int, default=0, help="the order the pairs are tried in")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    deid, index = TextDeidentifier(workers=1), check_index()
    deid.redact(["warm up"], [None])
    sides: dict[str, Callable[[str], object]] = {
        "redactor": lambda text: deid.redact([text], [None]),
        "check": lambda text: index._free_text_counts((0, [(text, None)])),
    }
    pieces = long_run_pieces()
    alone = {piece: costs(repeated(piece, args.chars), sides, runs=2) for piece in pieces}
    pairs = list(itertools.combinations(pieces, 2))
    random.Random(args.seed).shuffle(pairs)
    started, rows = time.monotonic(), list[Row]()
    for a, b in pairs:
        if time.monotonic() - started > args.budget:
            break
        for side, seconds in costs(repeated(a + b, args.chars), sides).items():
            row = Row(a, b, side, seconds, seconds / ((alone[a][side] + alone[b][side]) / 2 + 0.01))
            if row.times_alone > SUSPECT:  # measured again, the least of two runs at each length
                short, long = (costs(repeated(a + b, chars), {side: sides[side]}, runs=2)[side]
                               for chars in (args.chars, 4 * args.chars))
                row.growth_at_4x = long / short
            rows.append(row)
    worst = sorted(rows, key=lambda r: (r.growth_at_4x, r.times_alone), reverse=True)[:20]
    report: dict[str, object] = {
        "chars": args.chars, "pieces": len(pieces), "pairs": len(pairs), "pairs_tried": len(rows) // len(sides),
        "cpu_speed_ms": cpu_speed_ms(),
        "super_linear": [dataclasses.asdict(r) for r in rows if r.growth_at_4x > SUPER_LINEAR],
        "worst": [dataclasses.asdict(r) for r in worst]}
    print(f"{report['pairs_tried']} of {len(pairs)} pairs of {len(pieces)} pieces at {args.chars} characters; "
          f"{sum(r.growth_at_4x > SUPER_LINEAR for r in rows)} super-linear")
    for r in worst:
        print(f"  {r.side:8} {r.seconds:6.3f} s {r.times_alone:5.2f}x alone  growth at 4x {r.growth_at_4x:5.2f}  "
              f"{r.first!r} + {r.second!r}")
    print(f"written to {save('deid_pairs', report)}")
    return report


if __name__ == "__main__":
    main()
