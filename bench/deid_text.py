"""Benchmark of the free-text de-identifier (``features.deid.text.TextDeidentifier``).

Run: ``python bench/deid_text.py [--n 4000] [--seed 0] [--show-misses 0] [--sets ...] [--profile | --stages]``

``--profile`` measures no rates: it redacts each set once in this one process (``workers=1``, after the
pool's warm-up, owner caches cleared) under cProfile and prints the CPU milliseconds a text and the
functions the time went to. On a machine shared with other jobs texts per second mean little; the CPU
per text in one process, compared in the same run with another revision's, does.

``--stages`` measures no rates either: the same one redaction, with timers around its stages (the owner pass, pass
2's rules, the NER, the rest) instead of a profiler, printed and written to stdout as JSON.

Three labelled sets, none written by the platform's simulator:

* ``presidio_evaluator``: presidio-evaluator's own templates, providers and FakeNameGenerator
  records (people of many countries), seeded and offline. Each sentence's *owner* is the record
  its values were drawn from, so its owner recall is the recall of that person's identifiers.
* ``medication_messages``: patient/care-team messages from :mod:`deid_corpus_meds`, written by
  someone who never read the de-identifier: owners of many locales writing their identifiers in
  other spellings, invalid and foreign phone numbers, third parties after weak cues, and
  medication names labelled so that over-redaction shows.
* ``project_templates``: this folder's older templates (:mod:`deid_text_data`).

For each set, the de-identifier and Presidio's defaults (``AnalyzerEngine`` +
``AnonymizerEngine`` with the same small spaCy model, configured explicitly) in the same run:

* any-overlap recall per entity type (a labelled span is caught if any redaction overlaps it);
* core recall (person, phone, e-mail, date, address and location, ID numbers), phone recall,
  and the recall of the owner's own identifiers;
* precision: the share of redacted spans that overlap a labelled span (medication names count
  as wrong);
* the share of identifier characters left visible, and of medication names redacted;
* texts per second, median of 3 timed passes after a warm-up (the per-patient pattern cache is
  cleared before each pass), with the de-identifier's own process pool.

Redacted spans are recovered from the output through the public API only: the text between
placeholders is aligned back onto the input. Results go to ``bench/results/deid_text.json``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import statistics
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import cpu_speed_ms, save
from deid_text_data import LabelledMessage, LabelledSpan
from deid_text_data import generate as project_templates

from features.deid.text import DEFAULT_MODEL, PatientIdentifiers, TextDeidentifier, clear_owner_caches

_ANY_PLACEHOLDER = re.compile(r"<[A-Z_]+>")

Span = tuple[int, int]
#: Identifier types whose recall is the core figure (HIPAA Safe Harbor's direct identifiers here).
CORE_TYPES = frozenset({"PERSON", "PHONE", "EMAIL", "DATE", "ADDRESS", "CITY", "ZIP", "LOCATION", "MRN", "ID", "URL"})
#: Labelled, but not identifiers: redacting them is no error, missing them no leak.
NOT_IDENTIFIERS = frozenset({"ORGANIZATION", "TITLE", "NRP", "COUNTRY", "RELIGION", "HOSPITAL", "AGE_UNDER_90",
                             "WEEKDAY_OR_YEAR"})
MEDICATION = "MEDICATION"


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
    """Recall per type, core, phone and owner recall, precision, visible identifier characters
    and redacted medication names of ``outputs`` against the labels."""
    caught: dict[str, Counter[bool]] = defaultdict(Counter)
    owner, core = Counter[bool](), Counter[bool]()
    redactions = precise = visible = identifier_chars = 0
    misses, false_positives = [], []
    for msg, out in zip(messages, outputs, strict=True):
        spans = redacted_spans(msg.text, out)
        covered = {i for r in spans for i in range(*r)}
        for s in msg.spans:
            hit = any(_overlaps((s.start, s.end), r) for r in spans)
            caught[s.entity_type][hit] += 1
            if s.entity_type in NOT_IDENTIFIERS or s.entity_type == MEDICATION:
                continue
            if s.owner:
                owner[hit] += 1
            if s.entity_type in CORE_TYPES:
                core[hit] += 1
            chars = [i for i in range(s.start, s.end) if not msg.text[i].isspace()]
            identifier_chars += len(chars)
            visible += sum(i not in covered for i in chars)
            if not hit:
                misses.append((s.entity_type, msg.text[s.start:s.end], msg.text))
        for r in spans:
            redactions += 1
            if any(_overlaps(r, (lab.start, lab.end)) for lab in msg.spans if lab.entity_type != MEDICATION):
                precise += 1
            else:
                false_positives.append((msg.text[r[0]:r[1]], msg.text))
    if show_misses:
        for kind, rows in (("missed", misses), ("over-redacted", false_positives)):
            print(f"\n{len(rows)} {kind} (first {show_misses}):")
            for row in random.Random(0).sample(rows, min(show_misses, len(rows))):
                print("  ", " | ".join(map(repr, row)))

    def rate(c: Counter[bool]) -> float:
        return round(c[True] / max(1, c[True] + c[False]), 4)

    identifiers = sum((c for t, c in caught.items() if t not in NOT_IDENTIFIERS and t != MEDICATION), Counter())
    return {
        "recall_by_type": {t: rate(c) for t, c in sorted(caught.items()) if t != MEDICATION},
        "support_by_type": {t: c[True] + c[False] for t, c in sorted(caught.items())},
        "core_recall": rate(core),
        "phone_recall": rate(caught["PHONE"]) if caught["PHONE"] else None,
        "owner_recall": rate(owner) if owner else None,
        "overall_recall": rate(identifiers),
        "precision": round(precise / max(1, redactions), 4),
        "visible_identifier_chars": round(visible / max(1, identifier_chars), 4),
        "medication_names_redacted": rate(caught[MEDICATION]) if caught[MEDICATION] else None,
        "labelled_spans": sum(c[True] + c[False] for c in caught.values()),
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


# --------------------------------------------------------------------------- presidio-evaluator's set

# Its template fields -> this benchmark's label types. Weekdays and a year alone are not
# identifiers (Safe Harbor keeps the year); a country or a state is no smaller than a state.
_PRESIDIO_FIELDS: dict[str, str] = {
    "person": "PERSON", "name": "PERSON", "name_female": "PERSON", "name_male": "PERSON", "first_name": "PERSON",
    "first_name_female": "PERSON", "first_name_male": "PERSON", "first_name_nonbinary": "PERSON",
    "last_name": "PERSON", "last_name_female": "PERSON", "last_name_male": "PERSON",
    "phone_number": "PHONE", "email": "EMAIL", "date_of_birth": "DATE", "date_time": "DATE",
    "day_of_week": "WEEKDAY_OR_YEAR", "year": "WEEKDAY_OR_YEAR",
    "address": "ADDRESS", "street_name": "ADDRESS", "building_number": "ADDRESS", "secondary_address": "ADDRESS",
    "street_address": "ADDRESS", "postcode": "ZIP", "zipcode": "ZIP", "city": "CITY",
    "state": "STATE", "state_abbr": "STATE", "country": "COUNTRY",
    "credit_card_number": "ID", "iban": "ID", "ssn": "ID", "us_driver_license": "ID", "ip_address": "ID",
    "url": "URL", "organization": "ORGANIZATION", "company": "ORGANIZATION", "job": "TITLE", "prefix": "TITLE",
    "prefix_male": "TITLE", "prefix_female": "TITLE", "nationality": "NRP", "nation_woman": "NRP",
    "nation_man": "NRP", "nation_plural": "NRP", "religion": "RELIGION", "hospital_name": "HOSPITAL",
}
_OWNER_FIELDS = {"person", "name", "first_name", "last_name", "phone_number", "email", "date_of_birth",
                 "street_name", "city", "zipcode"}


def _owner_of(record: dict[str, object], number: int) -> PatientIdentifiers:
    born = datetime.datetime.strptime(str(record["date_of_birth"]), "%m/%d/%Y").date()
    return PatientIdentifiers(
        mrn=f"PE{number:08d}", full_name=str(record["name"]), date_of_birth=born, phone=str(record["phone_number"]),
        email=str(record["email"]), street_address=str(record["street_name"]), city=str(record["city"]),
        state=str(record["state_abbr"]), zip5=str(record["zipcode"]))


def presidio_evaluator_set(n: int, seed: int) -> list[LabelledMessage]:
    """``n`` sentences from presidio-evaluator's own templates, providers and records.

    The owner of a sentence is the record its person was drawn from (the generator draws one
    record per sentence); a span is the owner's when it spells one of that record's fields.
    """
    from presidio_evaluator.data_generator import PresidioSentenceFaker
    from presidio_evaluator.data_generator.faker_extensions.datasets import load_fake_person_df

    records = load_fake_person_df().astype(str).to_dict(orient="records")
    owner_of_value: dict[str, int] = {}
    for i, record in enumerate(records):
        for field in _OWNER_FIELDS:
            owner_of_value.setdefault(str(record[field]).lower(), i)
    faker = PresidioSentenceFaker("en_US", lower_case_ratio=0.05, random_seed=seed,
                                  entity_type_mapping={k: k for k in _PRESIDIO_FIELDS})
    messages = []
    for sample in faker.generate_new_fake_sentences(n):
        found = [owner_of_value[v] for sp in sample.spans
                 if sp.entity_type in _OWNER_FIELDS and (v := str(sp.entity_value).lower()) in owner_of_value]
        number = found[0] if found else None
        owner_values = {str(records[number][f]).lower() for f in _OWNER_FIELDS} if number is not None else set()
        spans = tuple(sorted((LabelledSpan(_PRESIDIO_FIELDS.get(sp.entity_type, sp.entity_type.upper()),
                                           sp.start_position, sp.end_position,
                                           str(sp.entity_value).lower() in owner_values) for sp in sample.spans),
                             key=lambda sp: sp.start))
        owner = _owner_of(records[number], number) if number is not None else None
        messages.append(LabelledMessage(sample.full_text, owner, spans, sample.template_id))  # type: ignore[arg-type]
    return messages


def medication_messages(n: int, seed: int) -> list[LabelledMessage]:
    from deid_corpus_meds import generate

    return generate(n, seed)


def _safe_harbor_ages(generate: Callable[[int, int], list[LabelledMessage]]) -> Callable[[int, int], list[LabelledMessage]]:
    """The set with ages of 89 and under relabelled ``AGE_UNDER_90``: not identifiers under Safe Harbor."""

    def relabel(n: int, seed: int) -> list[LabelledMessage]:
        def label(m: LabelledMessage, s: LabelledSpan) -> LabelledSpan:
            digits = re.sub(r"\D", "", m.text[s.start:s.end])
            young = s.entity_type == "AGE" and digits and int(digits) <= 89
            return LabelledSpan("AGE_UNDER_90", s.start, s.end, s.owner) if young else s

        return [LabelledMessage(m.text, m.owner, tuple(label(m, s) for s in m.spans), m.template_id)
                for m in generate(n, seed)]

    return relabel


SETS: dict[str, Callable[[int, int], list[LabelledMessage]]] = {
    "presidio_evaluator": _safe_harbor_ages(presidio_evaluator_set),
    "medication_messages": medication_messages,
    "project_templates": _safe_harbor_ages(project_templates),
}


def _table(name: str, ours: dict[str, object], base: dict[str, object]) -> str:
    rows = [f"== {name}", f"{'entity type':<20}{'support':>8}{'recall':>9}{'baseline':>10}"]
    for t, r in ours["recall_by_type"].items():  # type: ignore[attr-defined]
        rows.append(f"{t:<20}{ours['support_by_type'][t]:>8}{r:>9.3f}"  # type: ignore[index]
                    f"{base['recall_by_type'].get(t, 0.0):>10.3f}")  # type: ignore[attr-defined]
    for key in ("core_recall", "phone_recall", "owner_recall", "overall_recall", "precision",
                "visible_identifier_chars", "medication_names_redacted", "texts_per_second"):
        a, b = ours.get(key), base.get(key)
        if a is not None:
            rows.append(f"{key:<28}{a:>9.3f}{b if b is not None else float('nan'):>10.3f}")
    return "\n".join(rows)


def measure_set(messages: Sequence[LabelledMessage], deid: TextDeidentifier,
                baseline_run: Callable[[list[str]], list[str]], show_misses: int) -> tuple[dict[str, object], dict[str, object]]:
    """Scores and throughput of the de-identifier and of the baseline on one labelled set."""
    texts = [m.text for m in messages]
    owners = [m.owner for m in messages]
    ours = score(messages, deid.redact(texts, owners).texts, show_misses)
    ours["texts_per_second"] = round(texts_per_second(
        lambda: deid.redact(texts, owners), len(texts), clear_owner_caches), 1)
    base = score(messages, baseline_run(texts))
    base["texts_per_second"] = round(texts_per_second(lambda: baseline_run(texts), len(texts), lambda: None), 1)
    ours["speed_vs_baseline"] = round(ours["texts_per_second"] / base["texts_per_second"], 2)  # type: ignore[operator]
    return ours, base


def profile_set(name: str, messages: Sequence[LabelledMessage], deid: TextDeidentifier, top: int = 25) -> float:
    """CPU milliseconds a text of one redaction of ``messages`` in this process, printing where they went."""
    import cProfile
    import pstats

    texts, owners = [m.text for m in messages], [m.owner for m in messages]
    clear_owner_caches()
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(deid.redact, texts, owners)
    stats = pstats.Stats(profiler)
    ms = 1000 * stats.total_tt / len(texts)  # type: ignore[attr-defined]
    print(f"\n{name}: {len(texts)} texts, {ms:.2f} ms of CPU a text under cProfile (its overhead included)")
    stats.sort_stats("cumulative").print_stats(top)
    return ms


def stage_breakdown(name: str, messages: Sequence[LabelledMessage], deid: TextDeidentifier) -> dict[str, float]:
    """CPU milliseconds a text of one redaction of ``messages`` in this process (owner caches cleared), by stage: the
    owner pass (``redact_owner``), pass 2's rules, the NER (the gated texts' tokenising and tagging), and the rest
    (folding, decoding, the post-filters, anonymising). Timers around each stage, no profiler: its overhead is
    uneven (it makes compiling a pattern, many small calls, look several times costlier than it is)."""
    import features.deid.text as deid_text

    spent: defaultdict[str, float] = defaultdict(float)

    def timed(stage: str, run: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return run(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - start
        return call

    class TimedNer:  # the NER component, its ``pipe`` timed (a generator: timed as the caller drains it)
        def __init__(self, ner: object) -> None:
            self._ner = ner

        def pipe(self, docs: object, **kwargs: object) -> object:
            start = time.process_time()
            out = list(self._ner.pipe(docs, **kwargs))  # type: ignore[attr-defined]
            spent["ner"] += time.process_time() - start
            return out

    texts, owners = [m.text for m in messages], [m.owner for m in messages]
    saved = deid_text.redact_owner, deid._ner, [(rule, rule.__dict__.get("analyze")) for rule in deid.rules]
    deid_text.redact_owner = timed("owner pass", deid_text.redact_owner)  # type: ignore[assignment]
    deid._ner = TimedNer(deid._ner)
    for rule in deid.rules:
        rule.analyze = timed("rules", rule.analyze)  # type: ignore[method-assign,assignment]
    try:
        clear_owner_caches()
        start = time.process_time()
        deid.redact(texts, owners)
        total = time.process_time() - start
    finally:
        deid_text.redact_owner, deid._ner = saved[0], saved[1]
        for rule, own in saved[2]:
            if own is None:
                del rule.analyze
            else:
                rule.analyze = own  # type: ignore[method-assign]
    stages = {stage: spent[stage] for stage in ("owner pass", "rules", "ner")}
    stages["rest"] = total - sum(stages.values())
    ms = {stage: round(1000 * seconds / len(texts), 3) for stage, seconds in [*stages.items(), ("total", total)]}
    print(f"\n{name}: {len(texts)} texts, CPU ms a text by stage: "
          + ", ".join(f"{stage} {value:.3f}" for stage, value in ms.items()))
    return ms


def main(argv: Sequence[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=4000, help="messages per set")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS))
    parser.add_argument("--show-misses", type=int, default=0,
                        help="print this many missed and over-redacted spans (a random sample)")
    parser.add_argument("--profile", action="store_true",
                        help="no rates: CPU per text in one process under cProfile, and where it goes")
    parser.add_argument("--stages", action="store_true",
                        help="no rates: CPU per text in one process by stage (owner pass, rules, NER, the rest), "
                             "printed and as JSON")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    if args.stages:
        deid = TextDeidentifier(workers=1)
        deid._warm_up()
        by_set: dict[str, object] = {name: stage_breakdown(name, SETS[name](args.n, args.seed), deid)
                                     for name in args.sets}
        print(json.dumps(by_set))
        return by_set
    if args.profile:
        deid = TextDeidentifier(workers=1)
        deid._warm_up()  # what the pool does before forking: one-off builds are not per-text cost
        return {name: profile_set(name, SETS[name](args.n, args.seed), deid) for name in args.sets}

    report: dict[str, object] = {"n_messages": args.n, "seed": args.seed, "model": DEFAULT_MODEL,
                                 "cpu_count": os.cpu_count(), "cpu_speed_ms_start": cpu_speed_ms(), "sets": {}}
    deid = TextDeidentifier()
    baseline_run = presidio_default()
    for name in args.sets:
        messages = SETS[name](args.n, args.seed)
        print(f"\n{name}: {len(messages)} messages")
        ours, base = measure_set(messages, deid, baseline_run, args.show_misses)
        report["sets"][name] = {"deid": ours, "baseline": base}  # type: ignore[index]
        print(_table(name, ours, base))
    report["workers"] = deid.workers
    report["cpu_speed_ms_end"] = cpu_speed_ms()
    print(f"\nwritten to {save('deid_text', report)}")
    return report


if __name__ == "__main__":
    main()
