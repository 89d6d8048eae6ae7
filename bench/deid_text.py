"""Benchmark of the free-text de-identifier (``features.deid.text.TextDeidentifier``).

Run: ``python bench/deid_text.py [--n 2000] [--seed 0] [--show-misses 0]``

Generates a labelled set of messages with presidio-evaluator's data generator and this
folder's templates (:mod:`deid_text_data`, independent of the platform's simulator), each
paired with the patient who owns it, then measures

* any-overlap recall per entity type (a labelled span is caught if any redaction overlaps it),
  on the owner's own identifiers, and overall;
* precision: the fraction of redacted spans that overlap a labelled span;
* throughput: texts per second, median of 3 timed passes after a warm-up (the per-patient
  pattern cache is cleared before each pass, so every pass compiles each owner once), and
  the same for Presidio's default ``AnalyzerEngine`` + ``AnonymizerEngine`` with the same
  small spaCy model configured explicitly, as the baseline (whose recall is shown as well).

Redacted spans are recovered from the output through the public API only: the text between
placeholders is aligned back onto the input. Results go to ``bench/results/deid_text.json``.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import save
from deid_text_data import LabelledMessage, generate

from features.deid.text import DEFAULT_MODEL, TextDeidentifier, owner_regex

_ANY_PLACEHOLDER = re.compile(r"<[A-Z_]+>")

Span = tuple[int, int]


def redacted_spans(original: str, redacted: str) -> list[Span]:
    """Spans of ``original`` that were replaced by placeholders in ``redacted``."""
    pieces = _ANY_PLACEHOLDER.split(redacted)
    if len(pieces) == 1:
        return []
    pattern = "(.+?)".join(re.escape(p) for p in pieces)
    m = re.fullmatch(pattern, original, re.DOTALL)
    if m is None:  # alignment failed (should not happen): count the whole text as redacted
        return [(0, len(original))]
    return [m.span(i) for i in range(1, len(pieces))]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(messages: Sequence[LabelledMessage], outputs: Sequence[str],
          show_misses: int = 0) -> dict[str, object]:
    """Recall per type / owner / overall and precision of ``outputs`` against the labels."""
    caught: dict[str, Counter[bool]] = defaultdict(Counter)
    owner, other, redactions, precise = Counter(), Counter(), 0, 0
    misses, false_positives = [], []
    for msg, out in zip(messages, outputs, strict=True):
        spans = redacted_spans(msg.text, out)
        labels = [(s.start, s.end) for s in msg.spans]
        for s in msg.spans:
            hit = any(_overlaps((s.start, s.end), r) for r in spans)
            caught[s.entity_type][hit] += 1
            (owner if s.owner else other)[hit] += 1
            if not hit:
                misses.append((s.entity_type, msg.text[s.start:s.end], msg.text))
        for r in spans:
            redactions += 1
            if any(_overlaps(r, lab) for lab in labels):
                precise += 1
            else:
                false_positives.append((msg.text[r[0]:r[1]], msg.text))
    if show_misses:
        for kind, rows in (("missed", misses), ("over-redacted", false_positives)):
            print(f"\n{len(rows)} {kind} (first {show_misses}):")
            for row in rows[:show_misses]:
                print("  ", " | ".join(map(repr, row)))

    def rate(c: Counter[bool]) -> float:
        return c[True] / max(1, c[True] + c[False])

    total = sum((c for c in caught.values()), Counter())
    return {
        "recall_by_type": {t: round(rate(c), 4) for t, c in sorted(caught.items())},
        "support_by_type": {t: c[True] + c[False] for t, c in sorted(caught.items())},
        "owner_recall": round(rate(owner), 4),
        "other_recall": round(rate(other), 4),
        "overall_recall": round(rate(total), 4),
        "precision": round(precise / max(1, redactions), 4),
        "labelled_spans": total[True] + total[False],
        "redacted_spans": redactions,
    }


def texts_per_second(run: Callable[[], object], n: int, reset: Callable[[], None]) -> float:
    """Median throughput of 3 timed passes after one warm-up pass."""
    run()
    timings = []
    for _ in range(3):
        reset()
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return n / statistics.median(timings)


def presidio_default() -> Callable[[list[str]], list[str]]:
    """Presidio's default recognizers and anonymizer, with the small model set explicitly.

    Only the e-mail recognizer is swapped for the same one validating domains offline: the
    default one tries to download the public suffix list.
    """
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from features.deid.recognizers import OfflineEmailRecognizer

    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": DEFAULT_MODEL}],
    }).create_engine()
    engine = AnalyzerEngine(nlp_engine=nlp_engine)
    engine.registry.remove_recognizer("EmailRecognizer")
    engine.registry.add_recognizer(OfflineEmailRecognizer())
    analyzer = BatchAnalyzerEngine(engine)
    anonymizer = AnonymizerEngine()

    def run(texts: list[str]) -> list[str]:
        results = analyzer.analyze_iterator(texts, language="en", batch_size=128)
        return [anonymizer.anonymize(t, r).text for t, r in zip(texts, results, strict=True)]

    return run


def _table(report: dict[str, dict[str, object]]) -> str:
    ours, base = report["deid"], report["baseline"]
    rows = [f"{'entity type':<16}{'support':>8}{'recall':>9}{'baseline':>10}"]
    for t, r in ours["recall_by_type"].items():
        rows.append(f"{t:<16}{ours['support_by_type'][t]:>8}{r:>9.3f}"
                    f"{base['recall_by_type'].get(t, 0.0):>10.3f}")
    for key in ("owner_recall", "other_recall", "overall_recall", "precision", "texts_per_second"):
        rows.append(f"{key:<24}{ours[key]:>9.3f}{base[key]:>10.3f}")
    rows.append(f"{'speed vs baseline':<24}{report['speedup']:>9.2f}x")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="number of messages")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show-misses", type=int, default=0,
                        help="print this many missed and over-redacted spans")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")

    messages = generate(args.n, args.seed)
    texts = [m.text for m in messages]
    owners = [m.owner for m in messages]

    deid = TextDeidentifier()
    ours = score(messages, deid.redact(texts, owners).texts, args.show_misses)
    ours["texts_per_second"] = round(texts_per_second(
        lambda: deid.redact(texts, owners), len(texts), owner_regex.cache_clear), 1)

    baseline_run = presidio_default()
    base = score(messages, baseline_run(texts))
    base["texts_per_second"] = round(texts_per_second(
        lambda: baseline_run(texts), len(texts), lambda: None), 1)

    report = {
        "n_messages": len(texts), "seed": args.seed, "model": DEFAULT_MODEL,
        "cpu_count": os.cpu_count(), "deid": ours, "baseline": base,
        "speedup": round(ours["texts_per_second"] / base["texts_per_second"], 2),
    }
    print(_table(report))
    print(f"\nwritten to {save('deid_text', report)}")
    return report


if __name__ == "__main__":
    main()
