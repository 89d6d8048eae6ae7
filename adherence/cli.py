"""The ``adherence`` command: one entry point, a subcommand per lifecycle step."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shlex
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import rich.markup
import typer
from rich.console import Console

from adherence import catalog
from adherence.regulatory.commands import register as register_evidence_commands
from adherence.settings import Settings, SettingsError, check_settings, load_settings

if TYPE_CHECKING:
    import subprocess

    import pandas as pd
    from mlflow import MlflowClient
    from rich.progress import TaskID

    from adherence.audit import AuditLog
    from adherence.demo import DemoState
    from shadow.harness import Written
    from training.tracking import Registered

app = typer.Typer(help="Medication-adherence ML platform.", no_args_is_help=True, add_completion=False)
# Rich colours on a terminal only (it checks), and never wraps or crops a line: a command or a
# path printed for a person to copy stays whole whatever the width.
console = Console(stderr=True, soft_wrap=True, highlight=False)
#: Errors, refusals and warnings: printed under --quiet too (it silences only progress and results).
alerts = Console(stderr=True, soft_wrap=True, highlight=False)

#: Exit codes: 1 a refusal or a tampered log, 2 bad input or a missing secret, 3 a failed leak check.
EXIT_BAD_INPUT = 2

LakeOption = Annotated[
    Path | None, typer.Option("--lake", help="Lake directory (Silver in DIR/silver/). Default: $ADHERENCE_LAKE or ./demo-lake.")
]


def _fail(message: str) -> None:
    alerts.print(f"[bold red]error:[/] {rich.markup.escape(message)}")  # a value like "[/x]" is text, not markup
    raise typer.Exit(code=EXIT_BAD_INPUT)


#: Seconds between two progress lines of a step when the output is a log, not a terminal.
LOG_PROGRESS_EVERY = 15.0


class LineProgress:
    """``progress(step, done, total)`` as plain lines for a log or a pipe: a line when a step starts, then at most one
    every ``every`` seconds (rows done, share, rate, time left), and one when it ends. Rich's bars print only once,
    at the end, when the output is no terminal, which leaves a long run silent in CI logs and ``nohup`` files."""

    def __init__(self, say: Callable[[str], None], every: float = LOG_PROGRESS_EVERY,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.say, self.every, self.clock = say, every, clock
        self.step: str | None = None
        self.started = self.told = 0.0
        self.done: int = 0
        self.total: int | None = None

    def __call__(self, step: str, done: int, total: int | None) -> None:
        now = self.clock()
        if step != self.step:
            self.finish()
            self.step, self.started, self.told = step, now, now
            self.say(f"{step}: started" + (f", {total:,} rows" if total else ""))
        self.done, self.total = done, total
        if now - self.told >= self.every:
            self.told = now
            self.say(self._line(now))

    def finish(self) -> None:
        """Say how the current step ended (called when the next one starts and when the run ends)."""
        if self.step is not None:
            self.done = self.total or self.done  # a step that moved on is complete, as the terminal's bar shows it
            self.say(self._line(self.clock(), ended=True))
            self.step = None

    def _line(self, now: float, ended: bool = False) -> str:
        elapsed = max(now - self.started, 1e-9)
        if not self.done and not self.total:  # a step that counts nothing: only its time
            return f"{self.step}: {'done in' if ended else 'still running after'} {elapsed:,.0f} s"
        rate = self.done / elapsed
        share = f" of {self.total:,} ({self.done / self.total:.0%})" if self.total else ""
        left = (f", {(self.total - self.done) / rate:,.0f} s left" if self.total and rate > 0 and not ended else "")
        state = "done in" if ended else "after"
        return f"{self.step}: {self.done:,}{share} {state} {elapsed:,.0f} s, {rate:,.0f}/s{left}"


@contextmanager
def _status(text: str) -> Iterator[None]:
    """A step with no count: a spinner on a terminal; in a log or a pipe, a line when it starts and one with its time
    when it ends (rich's status prints nothing there, which left minutes of training silent in CI logs)."""
    if console.is_terminal:
        with console.status(text):
            yield
        return
    started = time.monotonic()
    console.print(f"{text}: started", markup=False)
    yield
    console.print(f"{text}: done in {time.monotonic() - started:,.0f} s", markup=False)


@contextmanager
def _step_progress() -> Iterator[Callable[[str, int, int | None], None]]:
    """A ``progress(step, done, total)`` callback shown as one bar per step on a terminal (rows done, rate and time
    left where the step knows its total, a spinner and the elapsed time where it does not), and as
    :class:`LineProgress` lines in a log or a pipe."""
    if not console.is_terminal:
        lines = LineProgress(lambda text: console.print(text, markup=False))
        yield lines
        lines.finish()
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    rate = TextColumn("{task.fields[rate]}")
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), rate,
                  TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(), console=console) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(step: str, done: int, total: int | None) -> None:
            if step not in tasks:
                for previous in tasks.values():  # steps run one after another
                    bar.update(previous, completed=bar.tasks[previous].total or 1, total=bar.tasks[previous].total or 1)
                tasks[step] = bar.add_task(step, total=total, rate="")
            task = tasks[step]
            speed = bar.tasks[task].speed
            bar.update(task, completed=done, total=total, rate=f"{speed:,.0f}/s" if speed else "")

        yield progress
        for task in tasks.values():
            bar.update(task, completed=bar.tasks[task].total or 1, total=bar.tasks[task].total or 1)


def _emit_json(value: object) -> None:
    """Print ``value`` to stdout as strict JSON for scripts: numbers rounded, no NaN (null instead)."""
    from adherence.formatting import json_safe

    if _json_suppressed():
        return
    json.dump(json_safe(value), sys.stdout, indent=2, allow_nan=False)
    sys.stdout.write("\n")


_JSON_OFF: list[bool] = []


def _json_suppressed() -> bool:
    """True inside the demo, which prints a line per step instead of each command's JSON."""
    return bool(_JSON_OFF)


def _print_version(value: bool) -> None:
    """``--version``: the installed distribution's version and the Python it runs on, then exit."""
    if value:
        import importlib.metadata
        import platform

        typer.echo(f"adherence-ml {importlib.metadata.version('adherence-ml')} (Python {platform.python_version()})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=_print_version, is_eager=True)
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only warnings and errors on stderr; JSON on stdout stays.")
    ] = False,
) -> None:
    # Nothing heavy here: `--help` and argument errors must answer at once. Commands that need
    # Feast, MLflow or BentoML import them themselves (``_libraries``).
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    console.quiet = quiet
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per request is noise in a CLI
    if not verbose:  # MLflow's own handler says "Creating initial MLflow database tables..." at INFO
        os.environ.setdefault("MLFLOW_LOGGING_LEVEL", "WARNING")
    try:  # a bad setting is named before any command starts, never as a library's error halfway through
        check_settings()
    except SettingsError as exc:
        _fail(str(exc))


def _libraries() -> None:
    """Import Feast, then quiet the libraries' deprecation chatter (ours stays visible).

    Importing Feast installs a "show once" filter for DeprecationWarning ahead of all others;
    it is imported first so the filters below take precedence over it. Called by each command
    that reads features or models, after its arguments and secrets are checked.
    """
    import feast  # noqa: F401

    _quiet_warnings()


def _quiet_warnings() -> None:
    # Libraries' deprecation chatter (ibis on DuckDB's renamed methods, MLflow's SQL store on a
    # SQLAlchemy option, Evidently's imports, ...) is not ours to fix; our own stays visible.
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", message=r"The ``noload`` loader strategy is deprecated")
    ours = r"(adherence|features|models|training|serving|shadow)\b"
    warnings.filterwarnings("default", category=DeprecationWarning, module=ours)
    warnings.filterwarnings("default", category=FutureWarning, module=ours)
    # MLflow's artifact download bars and Feast's materialisation bars are for terminals.
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")


def _heading(text: str) -> None:
    """A step title: a rule on a terminal, a plain whole line elsewhere (never cut)."""
    if console.is_terminal:
        console.rule(text)
    else:
        console.print(f"== {text} ==", markup=False)


class SilverFormat(StrEnum):
    parquet = "parquet"
    delta = "delta"


class Dynamics(StrEnum):
    """The simulator's producers (``adherence/simulator/dynamics.py``)."""

    default = "default"
    alt = "alt"


FormatOption = Annotated[SilverFormat, typer.Option("--format", help="Silver tables as Parquet folders or Delta tables.")]


@app.command()
def simulate(
    lake: LakeOption = None,
    patients: Annotated[int, typer.Option(min=1, help="Number of patients.")] = 2000,
    days: Annotated[int, typer.Option(min=1, help="Days simulated.")] = 180,
    seed: Annotated[int, typer.Option(help="Random seed; equal seeds give identical lakes.")] = 0,
    start: Annotated[str | None, typer.Option(help="First simulated day, YYYY-MM-DD.")] = None,
    table_format: FormatOption = SilverFormat.parquet,
    dynamics: Annotated[
        Dynamics, typer.Option("--dynamics", help="Which producer: default, or 'alt' (other dynamics, same contract).")
    ] = Dynamics.default,
    incident_scale: Annotated[
        float, typer.Option(min=0.01, help="Multiply the number of injected supply incidents (1: the producer's own plan).")
    ] = 1.0,
) -> None:
    """Write a Silver lake (and its ground truth under DIR/truth/) from the simulator."""
    from adherence.simulator import DEFAULT_START, SimulationConfig
    from adherence.simulator import simulate as run_simulation

    try:
        first_day = dt.date.fromisoformat(start) if start else DEFAULT_START
    except ValueError:
        _fail(f"--start must be a date like 2026-01-05, got {start!r}")
        return
    settings = load_settings(lake)
    config = SimulationConfig(
        patients=patients, days=days, seed=seed, start=first_day, format=table_format.value, dynamics=dynamics.value,
        incident_scale=incident_scale,
    )
    with _step_progress() as progress:
        summary = run_simulation(settings.lake, config,
                                 progress=lambda done, total: progress("simulating, chunks of patients", done, total))
    console.print(
        f"Silver lake written to {settings.silver_dir} ({patients} patients × {days} days, "
        f"{summary['incidents']} supply incidents); truth in {settings.truth_dir}"
    )


@app.command()
def validate(
    lake: Annotated[
        str | None, typer.Option("--lake", help="Lake directory or s3:// URI (Silver in DIR/silver/). Default: $ADHERENCE_LAKE.")
    ] = None,
) -> None:
    """Check every Silver table against the contract; print what was read and set aside per table.

    The patients' child tables are streamed in record batches (``stream_silver``): memory holds the patients table
    and a batch, not the events, whatever the lake's size."""
    from features.contract import PATIENT_CHILD_TABLES
    from features.silver import ContractError, stream_silver
    from features.silver_sources import is_uri

    remote = lake is not None and is_uri(lake)
    where = lake if remote and lake else None
    try:
        settings = load_settings(None if remote else lake)
        where = where or str(settings.lake)
        silver = stream_silver(where, streamed=PATIENT_CHILD_TABLES, settings=settings.silver,
                               quarantine=settings.quarantine_dir)  # the project's own lake, never the one read
    except ContractError as exc:
        _fail(str(exc))
        return
    except Exception as exc:  # never a traceback: say what failed, in which lake
        from features.silver_sources import failure_text

        _fail(f"reading the Silver lake {where or lake} failed: {failure_text(exc)}")
        return
    _emit_json({name: report.as_dict() for name, report in silver.reports.items()})
    for name, report in silver.reports.items():
        version = "" if report.version is None else f" version {report.version}"
        ingested = f"ingested {report.ingested_at:%Y-%m-%dT%H:%M:%SZ} ({report.ingested_at_from})"
        notes = [f"{report.format}{version}", ingested, f"{report.rows:,} rows"]
        if report.quarantined:
            notes.append(f"{sum(report.quarantined.values()):,} quarantined ({settings.quarantine_dir / name}.parquet)")
        notes += [f"{count:,} {column} values truncated to microseconds"
                  for column, count in report.truncated_to_microseconds.items()]  # fmt: skip
        console.print(f"  {name}: " + ", ".join(notes))
    empty = [name for name, report in silver.reports.items() if report.rows_read == 0]
    if empty:  # valid, but more likely a broken export than a programme with nothing to report
        console.print(f"[yellow]warning: {', '.join(empty)} {'has' if len(empty) == 1 else 'have'} no rows: "
                      "was the export cut short?[/]")  # fmt: skip
    console.print(f"[green]{rich.markup.escape(str(where))}/silver follows the Silver contract[/]")


SilverSourceOption = Annotated[
    str | None, typer.Option("--silver", help="Read Silver from this lake (a folder or an s3:// URI holding silver/).")
]


@app.command()
def deidentify(lake: LakeOption = None, silver: SilverSourceOption = None) -> None:
    """De-identify DIR/silver into DIR/deidentified (+ DIR/reports/deidentification.json|md)."""
    _quiet_warnings()
    _deidentify(lake, allow_insecure_defaults=None, silver=silver)


def _deidentify(lake: Path | None, *, allow_insecure_defaults: bool | None, silver: str | None = None) -> None:
    from adherence.settings import MissingSecretError

    settings = load_settings(lake, allow_insecure_defaults=allow_insecure_defaults)
    try:
        key = settings.pseudonym_key()  # before Presidio and spaCy load: a missing secret fails at once
    except MissingSecretError as exc:
        _fail(f"{str(exc).rstrip('.')}; nothing was published")
        return
    from features.deid.leakcheck import LeakError
    from features.deid.pipeline import deidentify as run_deidentify
    from features.silver import ContractError

    if not logging.getLogger().isEnabledFor(logging.DEBUG):
        logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)  # it logs every analysed message at INFO
    try:
        with _step_progress() as progress:
            report = run_deidentify(settings.lake, key, silver_lake=silver, progress=progress)
    except (ContractError, MissingSecretError) as exc:
        _fail(f"{exc}; nothing was published")
        return
    except LeakError as exc:
        alerts.print(f"[bold red]leak check failed:[/] {rich.markup.escape(str(exc))}; nothing was published")
        raise typer.Exit(code=3) from None
    quasi = report["quasi_identifiers"]
    _emit_json({"rows": report["rows"], "k": quasi["k"], "l": quasi["l"], "seconds": report["seconds"]})
    console.print(
        f"[green]de-identified tables in {settings.deidentified_dir}[/] (leak check passed; "
        f"report {settings.reports_dir / 'deidentification.md'})"
    )


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", help="Folder of the partner extract (replaced atomically).")],
    lake: LakeOption = None,
    k: Annotated[int, typer.Option("--k", min=1, help="k-anonymity required over the quasi-identifiers.")] = 5,
    max_suppression: Annotated[
        float, typer.Option("--max-suppression", min=0.0, max=1.0, help="Largest share of patients that may be suppressed.")
    ] = 0.05,
    delivered: Annotated[
        bool, typer.Option("--delivered", help="Only record that the extract at --output was delivered to the partner "
                           "(an erasure then leaves it alone); writes nothing else.")
    ] = False,
) -> None:
    """Write a k-anonymous, date-shifted research extract of DIR/deidentified to --output."""
    from adherence.settings import MissingSecretError
    from features.deid.export import ExportError
    from features.deid.export import export as run_export

    settings = load_settings(lake)
    if delivered:
        from features.deid.export import record_extract

        try:
            record_extract(settings.lake, output, delivered=True)
        except ExportError as exc:
            _fail(str(exc))
        console.print(f"[green]{output} recorded as delivered[/]: an erasure no longer changes it")
        return
    try:
        manifest = run_export(settings.lake, output, settings.pseudonym_key(), k, max_suppression=max_suppression)
    except (ExportError, MissingSecretError) as exc:
        _fail(str(exc))
        return
    summary = {name: manifest[name] for name in ("k_requested", "k_achieved", "generalisation", "patients_suppressed", "rows")}
    _emit_json({**summary, "l": manifest["l_diversity"]["l"]})
    console.print(f"[green]research extract written to {output}[/] (k={manifest['k_achieved']}, manifest.json)")


@app.command("erase")
def erase_command(
    lake: LakeOption = None,
    mrn_file: Annotated[
        Path | None, typer.Option("--mrn-file", help="File of the MRNs to erase, one a line (identifiable zone).")
    ] = None,
    absent_from_silver: Annotated[
        bool, typer.Option("--absent-from-silver", help="Erase the patients the de-identified zone or the feature tables "
                           "hold but Silver no longer does.")
    ] = False,
    resume: Annotated[
        bool, typer.Option("--resume", help="Only finish an interrupted erasure (any erase does that first).")
    ] = False,
) -> None:
    """Erase patients from every derived store: de-identified and feature tables, online store, logs, undelivered exports.

    Runs inside the identifiable zone (ADHERENCE_PSEUDONYM_KEY maps MRNs to patient keys;
    ADHERENCE_AUDIT_KEY signs the erasure entry). Resumable: an interrupted erasure is
    finished by the next `adherence erase`. Exit 2 for bad input or a missing secret.
    """
    from adherence.settings import MissingSecretError

    if sum([mrn_file is not None, absent_from_silver, resume]) != 1:
        _fail("give exactly one of --mrn-file FILE, --absent-from-silver or --resume")
    settings = load_settings(lake)
    try:
        pseudonym_key = settings.pseudonym_key()
        settings.audit_key()  # secrets first: nothing is planned without both
    except MissingSecretError as exc:
        _fail(str(exc))
        return
    from adherence import erasure
    from adherence.audit import AuditError, AuditIntegrityError
    from features.deid.keys import patient_keys
    from features.silver import ContractError

    try:
        # The file is checked before Feast is loaded: a bad one is refused at once.
        mrns = erasure.read_mrn_file(mrn_file) if mrn_file else []
        keys, mode = (sorted(set(patient_keys([m for _, m in mrns], pseudonym_key))), "mrn-file") if mrn_file else ([], "resume")
        _libraries()
        if absent_from_silver:
            with _status("comparing Silver with the de-identified zone"):
                keys, mode = erasure.absent_from_silver(settings, pseudonym_key), "absent-from-silver"
            console.print(f"{len(keys)} patient(s) are no longer in Silver")
        elif mrn_file:
            _refuse_misspelled(mrn_file, erasure.misspelled(settings, mrns, pseudonym_key))
            _warn_unmatched(erasure.unmatched(settings, keys, pseudonym_key), len(keys))
        done = erasure.erase(settings, keys, mode, pseudonym_key, progress=lambda text: console.print(text, markup=False))
    except (erasure.ErasureError, ContractError, AuditError, AuditIntegrityError) as exc:
        _fail(str(exc))
        return
    except OSError as exc:  # a full disk, a read-only lake: the journal lets the next run finish
        _fail(f"the erasure stopped: {exc.strerror or exc} ({exc.filename or settings.lake}); free the space or fix the "
              "folder, then run `adherence erase --resume` to finish it")  # fmt: skip
        return
    _emit_json(done)
    for summary in done:
        if summary["found_nobody"]:
            console.print(f"[yellow]erasure {summary['erasure']} found nobody[/]: no store held any of its "
                          f"{summary['subjects']} patient(s); nothing was removed, no model version re-tagged and "
                          "nothing added to the erasure ledger (the request is recorded in the audit log)")  # fmt: skip
            continue
        console.print(f"[green]erasure {summary['erasure']} finished[/]: {summary['subjects']} patient(s)"
                      + (" (resumed)" if summary["resumed"] else ""))  # fmt: skip
    if not done:
        console.print("nothing to erase")


def _refuse_misspelled(path: Path, lines: list[int]) -> None:
    """Refuse a request whose MRNs name a patient only when spelled loosely: erasing it as written would find nobody
    and leave that patient in every store. By line number: an MRN is never shown."""
    if lines:
        _fail(f"--mrn-file {path}, line(s) {', '.join(map(str, lines))}: the MRN matches no patient as written, but "
              "matches one when case, full-width characters, leading zeros, separators or invisible characters are "
              "ignored. Write it exactly as Silver spells it (or remove the line if that patient is not the one "
              "meant); nothing was erased")  # fmt: skip


def _warn_unmatched(unmatched: int, asked: int) -> None:
    """Say how many MRNs of an erasure request match no patient, never which (an MRN is an identifier)."""
    if unmatched:
        alerts.print(f"[yellow]warning:[/] {unmatched} of {asked} MRN(s) in --mrn-file match no patient in Silver or the "
                      "derived stores (mistyped, or erased before?); they are not shown. The erasure still looks for "
                      "every one in every store.")  # fmt: skip


features_app = typer.Typer(help="The Feast feature store: build, apply, materialise.", no_args_is_help=True)
app.add_typer(features_app, name="features")
ProfileOption = Annotated[
    str, typer.Option("--profile", help="Feast profile: embedded (SQLite + DuckDB, no server) or scaleout (Redis + PostgreSQL).")
]


@features_app.command("apply")
def features_apply(lake: LakeOption = None, profile: ProfileOption = "embedded") -> None:
    """Compute the feature tables from DIR/deidentified, write DIR/feature_repo*/ and run Feast apply."""
    _libraries()
    import duckdb

    from features import materialize as store

    settings = load_settings(lake)
    try:
        with _status("computing feature tables (DuckDB)"):
            tables = store.build_feature_tables(settings.lake, memory_limit=f"{settings.duckdb_memory_gib}GiB")
        with _status(f"feast apply ({profile})"):
            applied = store.apply(settings.lake, profile=profile)
    except (ValueError, FileNotFoundError) as exc:
        _fail(str(exc))
        return
    except duckdb.OutOfMemoryException as exc:  # before duckdb.Error: not a damaged file, a limit too tight
        first = str(exc).splitlines()[0]
        _fail(f"building the feature tables needed more than DuckDB's memory limit of {settings.duckdb_memory_gib:g} GiB "
              f"({first}); raise ADHERENCE_DUCKDB_MEMORY_GIB (duckdb_memory_gib in the config file)")  # fmt: skip
        return
    except duckdb.Error as exc:  # a damaged de-identified file: DuckDB's message does not always name it
        from features.deidentified import unreadable_file

        damaged = unreadable_file(settings.lake)
        where = f"{settings.deidentified_dir}" + (f" (file {damaged} cannot be read)" if damaged else "")
        _fail(f"building the feature tables from {where} failed: {type(exc).__name__}: {exc}. "
              "Rerun `adherence deidentify` to rewrite the de-identified zone")  # fmt: skip
        return
    for name, table in tables.items():
        console.print(f"  {name}: {table['rows']:,} rows")
    console.print(f"[green]Feast repository applied[/]: {applied.repo_path} (feast -c {applied.repo_path} feature-views list)")


@features_app.command("materialize")
def features_materialize(
    lake: LakeOption = None,
    profile: ProfileOption = "embedded",
    end: Annotated[str | None, typer.Option(help="Materialise snapshots up to this UTC time (default: the newest).")] = None,
    start: Annotated[str | None, typer.Option(help="From this UTC time (default: end minus the snapshot TTL).")] = None,
) -> None:
    """Load the latest feature snapshot per entity into the online store."""
    _libraries()
    from features import materialize as store

    settings = load_settings(lake)
    try:
        until = _utc_time(end, "--end") if end else store.latest_snapshot(settings.lake)
        since = _utc_time(start, "--start") if start else None
        with _status(f"materialising to the online store ({profile}) up to {until:%Y-%m-%d %H:%M} UTC"):
            store.materialize(settings.lake, until, profile=profile, start=since)
    except (ValueError, FileNotFoundError) as exc:
        _fail(str(exc))
        return
    console.print(f"[green]online store holds the snapshots as of {until:%Y-%m-%d %H:%M} UTC[/]")


def _utc_time(text: str, option: str) -> dt.datetime:
    """Parse an ISO date or time given on the command line; naive values are UTC."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{option} must be an ISO date or time like 2026-04-01 or 2026-04-01T12:00, got {text!r}") from None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


#: The models, by their CLI names: the catalog's, as the commands' choices.
ModelName = StrEnum("ModelName", [(spec.name, spec.name) for spec in catalog.models()])  # type: ignore[misc]
DROPOFF = ModelName("dropoff")


IncidentsOption = Annotated[
    str | None,
    typer.Option("--incidents", help="Parquet of confirmed supply incidents (batch_number, region, start_date, end_date; "
                 "optional kind: alerts up to 45 days after a 'counterfeit' ends are its own, 14 for others)."),
]


@app.command()
def train(
    model: Annotated[ModelName, typer.Argument(help="Which model to train.")],
    lake: LakeOption = None,
    until: Annotated[str | None, typer.Option(help="Use only data with event time before this date (YYYY-MM-DD).")] = None,
    seed: Annotated[int, typer.Option(help="Random seed; equal seeds give equal models.")] = 0,
    incidents: IncidentsOption = None,
) -> None:
    """Train a model on point-in-time features, log it to MLflow and register it as `challenger`."""
    from adherence.settings import MissingSecretError

    settings = load_settings(lake)
    try:
        cutoff = dt.date.fromisoformat(until) if until else None  # "" (an MLproject default) means all data
        if incidents and not catalog.model(model.value).takes_incidents:
            raise ValueError(f"--incidents applies to the {_incident_models()} model only")
        settings.audit_key()  # before any slow work: a missing secret fails at once
        _require_features(settings)
    except (ValueError, FileNotFoundError, MissingSecretError) as exc:
        _fail(str(exc))
        return
    _libraries()
    from features.deidentified import DeidentifiedInputError

    try:
        confirmed = _read_incidents(incidents) if incidents else None  # "" (an MLproject default) means none
        audit = settings.audit_log()
        with _status(f"training {model.value} (features from Feast, fit, evaluate, register)"):
            registered = _train(model, settings, cutoff, seed, audit, confirmed)
    except (ValueError, LookupError, FileNotFoundError, DeidentifiedInputError) as exc:
        _fail(str(exc))
        return
    _emit_json({"model": registered.model, "version": registered.version, "run_id": registered.run_id,
                "metrics": registered.metrics, "beats_baseline": registered.beats_baseline})  # fmt: skip
    bootstrap = " and champion (first version: bootstrap, recorded)" if registered.champion_bootstrapped else ""
    console.print(f"[green]registered {registered.model} v{registered.version}[/] as challenger{bootstrap}"
                  f"{_headline(registered.metrics)}; beats_baseline={registered.beats_baseline}")  # fmt: skip
    for warning in registered.warnings:
        alerts.print(f"[bold yellow]warning:[/] {warning}")
    if model.value == "anomaly":  # the service serves the scores published to its versions
        _publish_supply_scores(settings)


def _publish_supply_scores(settings: Settings) -> None:
    """After training the anomaly model: the supply scores the service serves, attached to its versions.

    A failure is a warning, not a failed training: ``adherence serve supply-scores`` publishes them again.
    """
    from serving.supply import publish

    try:
        with _status("publishing supply scores to the registry"):
            outcome = publish(settings)
    except Exception as exc:  # the model is registered whatever happens here
        alerts.print(f"[bold yellow]warning:[/] supply scores not published ({type(exc).__name__}: {exc}); run "
                     f"`adherence serve supply-scores --lake {settings.lake}`")  # fmt: skip
        return
    for version, result in outcome.items():
        if result != "published":
            alerts.print(f"[bold yellow]warning:[/] supply scores of supply_anomaly v{version} not published: {result}")


#: The figures a person reads first after training, in this order, when the model has them.
HEADLINE_METRICS = ("roc_auc", "pr_auc", "recall_at_capacity", "threshold", "incidents_detected", "recall",
                    "false_alarms_per_1000_series_days", "policy_value_dr", "uplift_dr")  # fmt: skip


def _headline(metrics: dict[str, float]) -> str:
    from adherence.formatting import format_value, label

    shown = [f"{label(name)} {format_value(metrics[name])}" for name in HEADLINE_METRICS if name in metrics]
    return f": {', '.join(shown)}" if shown else ""


def _require_features(settings: Settings) -> None:
    """The lake has de-identified tables and an applied Feast repository, checked without importing Feast."""
    if not settings.deidentified_dir.is_dir():
        raise FileNotFoundError(f"{settings.deidentified_dir} does not exist: run `adherence deidentify --lake "
                                f"{settings.lake}` first")  # fmt: skip
    if not (settings.lake / "feature_repo" / "feature_store.yaml").is_file():
        raise FileNotFoundError(f"{settings.lake / 'feature_repo'} is not applied: run `adherence features apply --lake "
                                f"{settings.lake}` first")  # fmt: skip


def _train(
    model: ModelName, settings: Settings, until: dt.date | None, seed: int, audit: AuditLog, incidents: pd.DataFrame | None
) -> Registered:
    spec = catalog.model(model.value)
    config = catalog.load(spec.config)(until=until, seed=seed)
    # Confirmed incidents, when given, only score the alerts (evaluation); the model never sees them.
    extra = {"incidents": incidents} if spec.takes_incidents else {}
    registered: Registered = catalog.load(spec.trainer)(settings, config, audit, **extra)
    return registered


def _incident_models() -> str:
    """The models confirmed supply incidents apply to, for an error message."""
    return ", ".join(spec.name for spec in catalog.models() if spec.takes_incidents)


@app.command()
def predict(
    model: Annotated[ModelName, typer.Argument(help="Which model to run.")],
    as_of: Annotated[str, typer.Option("--as-of", help="Decide as of the end of this date (YYYY-MM-DD).")],
    output: Annotated[Path, typer.Option("--output", help="Parquet file to write.")],
    lake: LakeOption = None,
    version: Annotated[str, typer.Option(help="Registered version number or alias.")] = "champion",
) -> None:
    """Score a registered model version on point-in-time features and write Parquet."""
    settings = load_settings(lake)
    try:
        day = dt.date.fromisoformat(as_of)
        _require_features(settings)
    except ValueError:
        _fail(f"--as-of must be a date like 2026-04-01, got {as_of!r}")
        return
    except FileNotFoundError as exc:
        _fail(str(exc))
        return
    _libraries()
    from features.deidentified import DeidentifiedInputError
    from serving.batch import predict as run_predict

    try:
        with _status(f"scoring {model.value} as of {day}"):
            frame = run_predict(settings, model.value, day, output, version)
    except (ValueError, LookupError, DeidentifiedInputError) as exc:
        _fail(str(exc))
        return
    if frame.empty:
        # Nothing to score is an answer a script must not mistake for success.
        alerts.print(f"[bold yellow]warning:[/] no rows as of {day}: no {model.value} features cover that date "
                      f"(is it outside the lake's data?); an empty file was written to {output}")  # fmt: skip
        raise typer.Exit(code=EXIT_BAD_INPUT)
    console.print(f"[green]{len(frame):,} rows[/] written to {output}")


shadow_app = typer.Typer(help="Shadow replay, the clinical safety report and the promotion gate.", no_args_is_help=True)
app.add_typer(shadow_app, name="shadow")
ModelOption = Annotated[ModelName, typer.Option("--model", help="Which model.")]
CandidateOption = Annotated[str, typer.Option("--candidate", help="Registered version number (or alias) of the candidate.")]
FromOption = Annotated[str | None, typer.Option("--from", help="First as-of date of the shadow period (YYYY-MM-DD).")]
ToOption = Annotated[str | None, typer.Option("--to", help="Last as-of date of the shadow period (YYYY-MM-DD).")]


def _dates(start: str | None, end: str | None) -> tuple[dt.date | None, dt.date | None]:
    try:
        return (dt.date.fromisoformat(start) if start else None, dt.date.fromisoformat(end) if end else None)
    except ValueError:
        raise ValueError(f"--from and --to must be dates like 2026-04-01, got {start!r} and {end!r}") from None


@shadow_app.command("replay")
def shadow_replay(
    candidate: CandidateOption, lake: LakeOption = None, model: ModelOption = DROPOFF,
    start: FromOption = None, end: ToOption = None,
) -> None:  # fmt: skip
    """Replay logged production drop-off requests (their feature vectors) through a registered version."""
    _libraries()
    from shadow.harness import replay_dropoff

    if model is not DROPOFF:
        _fail("replay works on logged drop-off requests; the reminder and anomaly reports evaluate both versions directly")
        return
    settings = load_settings(lake)
    try:
        first, last = _dates(start, end)
        replayed, path = replay_dropoff(settings, candidate, first, last)
    except (ValueError, LookupError) as exc:
        _fail(str(exc))
        return
    flips = int((replayed.production_intervene.astype(bool) != replayed.candidate_intervene.astype(bool)).sum())
    console.print(f"[green]{len(replayed):,} logged decisions replayed[/] through v{replayed.candidate_version.iloc[0]} "
                  f"({flips} decision flips) → {path}")  # fmt: skip


@shadow_app.command("report")
def shadow_report(
    candidate: CandidateOption, lake: LakeOption = None, model: ModelOption = DROPOFF,
    start: FromOption = None, end: ToOption = None, incidents: IncidentsOption = None,
) -> None:  # fmt: skip
    """Compare a candidate with production on the shadow period; write the safety report and attach it."""
    _libraries()
    settings = load_settings(lake)
    try:
        first, last = _dates(start, end)
        with _status(f"building the shadow report of {model.value} v{candidate}"):
            spec = catalog.model(model.value)
            confirmed = _read_incidents(incidents) if incidents and spec.takes_incidents else None
            written = _shadow_report(spec, settings, candidate, first, last, confirmed)
    except (ValueError, LookupError, FileNotFoundError) as exc:
        _fail(str(exc))
        return
    report = written.report
    for criterion in report.criteria:
        mark = "[green]PASS[/]" if criterion.passed else "[red]FAIL[/]"
        console.print(f"  {mark} {criterion.name}: {criterion.detail}")
    colour = "green" if report.passed else "red"
    console.print(f"[bold {colour}]{report.recommendation}[/]\n  report: {written.folder / 'summary.html'}")


def _shadow_report(spec: catalog.ModelSpec, settings: Settings, candidate: str, start: dt.date | None,
                   end: dt.date | None, incidents: pd.DataFrame | None) -> Written:  # fmt: skip
    """The model's shadow report (``adherence.catalog``), given the confirmed incidents if it scores alerts on them."""
    extra = {"incidents": incidents} if spec.takes_incidents else {}
    written: Written = catalog.load(spec.shadow_report)(settings, candidate, start, end, **extra)
    return written


def _read_incidents(file: str | Path) -> pd.DataFrame:
    """Confirmed supply incidents from a Parquet file, checked: ids present, dates that are dates, in order."""
    import pandas as pd

    path = Path(file)
    if not path.is_file():
        raise FileNotFoundError(f"--incidents {path} does not exist")
    try:
        frame = pd.read_parquet(path)
    except Exception as exc:
        raise ValueError(f"--incidents {path} is not a readable Parquet file: {exc}") from exc
    missing = {"batch_number", "region", "start_date", "end_date"} - set(frame.columns)
    if missing:
        raise ValueError(f"--incidents {path} lacks column(s) {sorted(missing)}")
    for name in ("batch_number", "region", "start_date", "end_date"):
        if frame[name].isna().any():
            raise ValueError(f"--incidents {path}: {name} has empty values")
    try:
        for name in ("start_date", "end_date"):
            frame[name] = pd.to_datetime(frame[name], utc=True).dt.date
    except (ValueError, TypeError) as exc:
        raise ValueError(f"--incidents {path}: start_date and end_date must be dates ({exc})") from None
    backwards = frame[frame.start_date > frame.end_date]
    if len(backwards):
        raise ValueError(f"--incidents {path}: an incident ends before it starts ({backwards.iloc[0].batch_number})")
    return frame


@shadow_app.command("promote")
def shadow_promote(
    candidate: CandidateOption, lake: LakeOption = None, model: ModelOption = DROPOFF,
    override: Annotated[bool, typer.Option("--override", help="Promote although the gate did not pass.")] = False,
    reason: Annotated[str | None, typer.Option(help="Why (required with --override); recorded.")] = None,
    actor: Annotated[str, typer.Option(help="Who decides (recorded; no patient data).")] = "clinical-safety-reviewer",
) -> None:  # fmt: skip
    """Move `champion` to the candidate if its shadow report passed (or on a recorded override)."""
    _libraries()
    from shadow.gate import promote

    settings = load_settings(lake)
    with _champion_move_refusals():
        client = _registry(settings)
        done = promote(client, model.value, candidate, actor=actor, audit=_audit(settings), override=override, reason=reason)
    how = "by OVERRIDE" if override else "through the gate"
    console.print(f"[green]{done.model} champion: v{done.previous} → v{done.version}[/] {how} (recorded)")


@shadow_app.command("rollback")
def shadow_rollback(
    lake: LakeOption = None, model: ModelOption = DROPOFF,
    reason: Annotated[str, typer.Option(help="Why the previous champion comes back; recorded.")] = "rollback",
    actor: Annotated[str, typer.Option(help="Who decides (recorded).")] = "clinical-safety-reviewer",
) -> None:  # fmt: skip
    """Put the previous champion back (recorded in the registry and the audit log)."""
    _libraries()
    from shadow.gate import rollback

    settings = load_settings(lake)
    with _champion_move_refusals():
        move = rollback(_registry(settings), model.value, actor=actor, audit=_audit(settings), reason=reason)
    console.print(f"[green]{move.model} champion: v{move.previous} → v{move.version}[/] (rollback recorded)")


@contextmanager
def _champion_move_refusals() -> Iterator[None]:
    """Exit as `shadow promote` and `shadow rollback` do when the move does not happen.

    A missing secret exits with EXIT_BAD_INPUT (2); a refused move (the gate did not pass, nothing to
    roll back to, already the champion) or an unknown model or version prints ``refused:`` and exits with 1.
    """
    from adherence.settings import MissingSecretError
    from shadow.gate import PromotionRefusedError

    try:
        yield
    except MissingSecretError as exc:
        _fail(str(exc))
    except (PromotionRefusedError, LookupError) as exc:
        alerts.print(f"[bold red]refused:[/] {exc}")
        raise typer.Exit(code=1) from None


def _registry(settings: Settings) -> MlflowClient:
    from models.registry import connect

    return connect(settings.mlflow_tracking_uri)


def _audit(settings: Settings) -> AuditLog:
    return settings.audit_log()


@app.command()
def monitor(
    lake: LakeOption = None,
    model: Annotated[ModelName | None, typer.Option("--model", help="Only this model (default: all three).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Last day monitored, YYYY-MM-DD (default: the newest "
                                              "logged); outcomes count only if observable by its end.")] = None,
    days: Annotated[int, typer.Option(min=1, help="Days monitored, up to --as-of.")] = 28,
    incidents: IncidentsOption = None,
) -> None:
    """Watch the champions: daily drift, predictions, realised quality and freshness from the prediction log.

    Writes DIR/reports/monitor/<model>-v<N>/monitor.html (attached to the version in MLflow), records
    each threshold breach (a signed monitor_alert audit entry, a row of DIR/reports/monitor/alerts.parquet)
    and exports Prometheus gauges to DIR/reports/monitor/adherence_monitor_<model>.prom. Exit 0 with or
    without alerts (they are the output); 2 for bad input or nothing logged to monitor.
    """
    from adherence.settings import MissingSecretError

    settings = load_settings(lake)
    if not settings.lake.is_dir():  # a mistyped --lake: say so, and make no folder there
        _fail(f"no lake at {settings.lake}: is --lake the right folder? (nothing was written)")
        return
    try:
        settings.audit_key()  # alerts are signed: a missing key fails before any slow work
        day = dt.date.fromisoformat(as_of) if as_of else None
    except MissingSecretError as exc:
        _fail(str(exc))
        return
    except ValueError:
        _fail(f"--as-of must be a date like 2026-04-01, got {as_of!r}")
        return
    _libraries()
    from monitor.run import run as run_monitor

    try:
        confirmed = _read_incidents(incidents) if incidents else None
        with _status("monitoring the champions"):
            done, skipped = run_monitor(settings, [model.value] if model else None, day, days, confirmed)
    except (ValueError, LookupError, FileNotFoundError) as exc:
        _fail(str(exc))
        return
    except Exception as exc:  # a library's own error (e.g. a feature repo older than its tables): say it, no traceback
        _fail(f"monitoring {settings.lake} failed: {type(exc).__name__}: {exc}. If the lake was built by another "
              "version, run `adherence features apply` on it first")  # fmt: skip
        return
    for reason in skipped:
        console.print(f"  [yellow]not monitored[/] {reason}")
    if not done:
        _fail("nothing to monitor: serve traffic first (the prediction log is empty for the period)")
        return
    for item in done:
        colour = "red" if len(item.alerts) else "green"
        console.print(f"  {item.model} v{item.version}: {len(item.days)} days ({item.days[0]} to {item.days[-1]}), "
                      f"[{colour}]{len(item.alerts)} alerts[/] ({len(item.new_alerts)} new) → {item.page}")  # fmt: skip
    _emit_json([{"model": item.model, "version": item.version, "first_day": str(item.days[0]),
                 "last_day": str(item.days[-1]), "days": len(item.days), "alerts": len(item.alerts),
                 "new_alerts": len(item.new_alerts), "page": str(item.page),
                 "checks_alerted": sorted(set(item.alerts.check))} for item in done])  # fmt: skip


audit_app = typer.Typer(help="The signed, hash-chained audit log of decisions.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
def audit_verify(
    lake: LakeOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")] = False,
    anchor: Annotated[Path | None, typer.Option(help="Anchor file outside the lake. Default: $ADHERENCE_AUDIT_ANCHOR.")] = None,
) -> None:
    """Check the audit log's chain, signatures and head (and the anchor); name the first bad entry.

    Exit codes: 0 intact, 1 tampered (edited, deleted, inserted, reordered or rolled back
    entries; a log gone while its head or the anchor remains), 2 the key (ADHERENCE_AUDIT_KEY) is
    missing, the anchor file does not exist, or the lake has no audit log and no anchor is set.
    """
    from adherence.settings import MissingSecretError

    settings = load_settings(lake)
    try:
        head = settings.audit_log_path.with_name(settings.audit_log_path.name + ".head")
        if not (settings.audit_log_path.exists() or head.exists() or anchor or settings.audit_anchor):
            # nothing to check against; with an anchor, a wiped log is tampering (exit 1)
            raise FileNotFoundError(f"no audit log at {settings.audit_log_path}: is --lake the right folder?")
        anchor_file = anchor or settings.audit_anchor
        if anchor_file is not None and not Path(anchor_file).exists():
            # A configuration error, or an anchor deleted outside the lake: either way nothing to check against.
            raise FileNotFoundError(f"the anchor {anchor_file} does not exist: check ADHERENCE_AUDIT_ANCHOR / --anchor; to "
                                    f"start anchoring this lake's log, create it empty (touch {anchor_file})")  # fmt: skip
        result = settings.audit_log().verify(anchor)
    except (MissingSecretError, FileNotFoundError) as exc:
        _fail(f"cannot verify the audit log: {exc}")
        return
    if as_json:
        _emit_json({"ok": result.ok, "entries": result.entries, "first_bad": result.first_bad, "reason": result.reason,
                    "anchored": result.anchored, "path": str(settings.audit_log_path)})  # fmt: skip
    if result.ok:
        anchored = "no anchor: a wiped or rolled-back log cannot be told" if result.anchored is None and not (
            anchor or settings.audit_anchor) else f"anchored up to entry {result.anchored}"  # fmt: skip
        console.print(f"[green]audit log intact[/]: {result.entries} entries in {settings.audit_log_path} ({anchored})")
        return
    alerts.print(
        f"[bold red]audit log tampered:[/] entry {result.first_bad}: {result.reason} ({result.entries} verified before it)"
    )
    raise typer.Exit(code=1)


MovedFromOption = Annotated[
    Path | None, typer.Option("--from", help="Where the lake was. Default: what its Feast repo or MLflow store records.")
]


@app.command()
def relocate(lake: LakeOption = None, old: MovedFromOption = None) -> None:
    """Point a moved or copied lake's MLflow store and Feast repositories at where it is now (run once after mv / cp -r)."""
    _libraries()
    from adherence.relocate import relocate as relocate_lake

    settings = load_settings(lake)
    try:
        with _status("rewriting recorded paths, applying the Feast repositories again"):
            done = relocate_lake(settings.lake, old)
    except (ValueError, FileNotFoundError) as exc:
        _fail(str(exc))
        return
    if not done.changed:
        console.print(f"[green]nothing to do[/]: {settings.lake} is where it records itself")
        return
    rows = sum(done.mlflow_rows.values())
    console.print(f"[green]relocated[/] {done.old_root} → {done.new_root}: {rows} MLflow records rewritten, "
                  f"Feast applied again ({', '.join(done.feast_profiles) or 'no repository'})")  # fmt: skip


serve_app = typer.Typer(help="The prediction service: run it, build its Bento, publish the supply scores it serves.")
app.add_typer(serve_app, name="serve")

#: The servers' shared options (`serve`, `mlflow-server`); each keeps its own default.
HostOption = Annotated[str, typer.Option(help="Address to listen on.")]
WorkersOption = Annotated[int, typer.Option(min=1, help="Worker processes.")]


@serve_app.callback(invoke_without_command=True)
def serve(
    ctx: typer.Context,
    lake: LakeOption = None,
    host: HostOption = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 3000,
    workers: WorkersOption = 1,
    profile: ProfileOption = "embedded",
    poll_seconds: Annotated[float, typer.Option(help="How often to check the registry for a new champion.")] = 30.0,
) -> None:
    """Serve the champions over HTTP (BentoML), with the challengers in shadow, until interrupted.

    `adherence serve build` packs the service into a Bento; `adherence serve supply-scores` publishes
    the supply scores it serves to the registry.
    """
    if ctx.invoked_subcommand is not None:
        return
    from adherence.settings import MissingSecretError

    settings = load_settings(lake)
    try:
        settings.api_token()  # secrets first: a missing one fails before anything is announced or started
        settings.audit_key()
    except MissingSecretError as exc:
        _fail(str(exc))
        return
    from serving.run import check_host, check_lake
    from serving.run import serve as run_server

    if host == "localhost":
        host = "127.0.0.1"  # BentoML takes addresses, not names
    from serving.config import ServeConfig

    try:
        check_host(settings, host)  # refused before anything is announced, as is a bad ADHERENCE_SERVE_* knob
        config = ServeConfig.from_env()
        check_lake(settings, profile)
        console.print(f"serving {settings.lake} on http://{host}:{port} (OpenAPI at /docs.json; Ctrl-C or SIGTERM stops)")
        code = run_server(settings, host, port, workers, profile, poll_seconds=poll_seconds, config=config)
    except (MissingSecretError, ValueError) as exc:
        _fail(str(exc))
        return
    raise typer.Exit(code=code)


@serve_app.command("build")
def serve_build(
    version: Annotated[str | None, typer.Option(help="The Bento's version (default: generated by BentoML).")] = None,
) -> None:
    """Build the service's Bento from bentofile.yaml into the Bento store ($BENTOML_HOME); prints its tag.

    Run it with `bentoml serve TAG` (or `bentoml containerize TAG`) and environment settings only.
    """
    import subprocess

    from serving.run import build

    try:
        with _status("bentoml build"):
            tag = build(version)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        _fail(str(exc))
        return
    _emit_json({"bento": tag})
    console.print(f"[green]built Bento[/] {tag}: serve it with `bentoml serve {tag}`", markup=True)


@serve_app.command("supply-scores")
def serve_supply_scores(lake: LakeOption = None, profile: ProfileOption = "embedded") -> None:
    """Score the newest snapshot with the anomaly champion and challenger and attach the scores to their versions.

    The service serves supply alerts from these (it reads no lake): run this after each
    materialisation of new feature tables. `adherence train anomaly` runs it too.
    """
    settings = load_settings(lake)
    _libraries()
    from serving.config import ServeConfig
    from serving.supply import publish

    try:
        config = ServeConfig.from_env()
        with _status("scoring the supply series and publishing to the registry"):
            outcome = publish(settings, profile, config.supply_history_days, config.supply_budget_seconds)
    except (ValueError, LookupError, FileNotFoundError) as exc:
        _fail(str(exc))
        return
    _emit_json({"versions": outcome})
    for version, result in outcome.items():
        console.print(f"supply_anomaly v{version}: {result}", markup=False)
    if any(result != "published" for result in outcome.values()):
        raise typer.Exit(code=1)


@app.command("mlflow-server")
def mlflow_server(
    backend_store_uri: Annotated[
        str | None, typer.Option(help="SQLAlchemy URL of the backend store. Default: $ADHERENCE_MLFLOW_BACKEND_STORE_URI, "
                                 "else postgresql+psycopg://postgres@127.0.0.1:5432/test (a password: PGPASSWORD).")
    ] = None,
    schema: Annotated[
        str | None, typer.Option(help="PostgreSQL schema of MLflow's tables, created if missing. "
                                 "Default: $ADHERENCE_MLFLOW_SCHEMA, else mlflow.")
    ] = None,
    artifacts_destination: Annotated[
        str | None, typer.Option(help="Where the server keeps the artifacts it proxies (a folder or s3://…). "
                                 "Default: $ADHERENCE_MLFLOW_ARTIFACTS_DESTINATION, else ./mlartifacts.")
    ] = None,
    host: HostOption = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 5000,
    workers: WorkersOption = 2,
) -> None:
    """Run the MLflow tracking server of the scale-out profile (PostgreSQL, proxied artifacts) until interrupted."""
    from adherence.mlflow_server import TrackingServer, start, wait_ready
    from adherence.processes import run_until_stopped

    try:
        server = TrackingServer.from_env(backend_store_uri=backend_store_uri, schema=schema,
                                         artifacts_destination=artifacts_destination, host=host, port=port,
                                         workers=workers)  # fmt: skip
    except ValueError as exc:
        _fail(str(exc))
        return

    def ready(process: subprocess.Popen[bytes]) -> None:
        wait_ready(process, server.url)
        console.print(f"MLflow tracking server ready on {server.url} (artifacts proxied from {server.artifacts()}); "
                      f"point the platform at it: ADHERENCE_MLFLOW_TRACKING_URI={server.url}", markup=False)  # fmt: skip

    try:
        code = run_until_stopped(lambda: start(server), stop_timeout=30.0, started=ready)
    except RuntimeError as exc:  # the database cannot be reached, the server exited at start
        _fail(str(exc))
        return
    raise typer.Exit(code=code)


DEMO_MARKER = ".adherence-demo"


@app.command()
def demo(
    lake: LakeOption = None,
    patients: Annotated[int, typer.Option(min=1)] = 2000,
    days: Annotated[int, typer.Option(min=1)] = 240,
    seed: int = 0,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port of the demo's prediction service.")] = 3000,
    table_format: FormatOption = SilverFormat.parquet,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue from the last finished step of an earlier run on the same lake.")
    ] = False,
    ready_timeout: Annotated[
        float | None,
        typer.Option("--ready-timeout", min=1.0, help="Seconds to wait for the prediction service to be ready "
                     "(default: $ADHERENCE_READY_TIMEOUT, else 180 s scaled up by the machine's load)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the final summary as JSON on stdout.")] = False,
) -> None:
    """The end-to-end demo on embedded defaults: from a simulated lake to a promotion decision."""
    from adherence.demo import DemoState, StateError

    # The demo runs on development secrets, every one of which announces itself as INSECURE. Its child
    # processes inherit that; the caller's environment (a notebook's, a test's) is left as it was.
    with _environment_default("ADHERENCE_INSECURE_DEV", "1"):
        settings = load_settings(lake if lake is not None else Path("demo-lake"), allow_insecure_defaults=True)
        arguments = {"patients": patients, "days": days, "seed": seed, "format": table_format.value}
        try:
            state = DemoState.open(settings.lake / DEMO_MARKER, arguments, resume=resume)
        except StateError as exc:
            _fail(str(exc))
            return
        _libraries()
        _JSON_OFF.append(True)  # each step prints its line; the commands' JSON is for scripts
        try:
            _run_demo(settings, state, seed=seed, port=port, table_format=table_format, ready_timeout=ready_timeout,
                      as_json=as_json)  # fmt: skip
        except (typer.Exit, Exception) as exc:
            if not isinstance(exc, typer.Exit) or exc.exit_code:
                from adherence.demo import adherence_command

                kept = ", ".join(map(str, sorted(state.finished))) or "none"
                same = " ".join(f"--{name} {value}" for name, value in arguments.items())
                console.print(f"Finished steps ({kept}) are kept. Continue from the next one with:\n"
                              f"  {adherence_command()} demo --lake {shlex.quote(str(settings.lake))} {same} --port {port} "
                              "--resume", markup=False)  # fmt: skip
            raise
        finally:
            _JSON_OFF.pop()


@contextmanager
def _environment_default(name: str, value: str) -> Iterator[None]:
    """Set ``name`` in ``os.environ`` unless it is set, and unset it again on the way out."""
    was_set = name in os.environ
    os.environ.setdefault(name, value)
    try:
        yield
    finally:
        if not was_set:
            os.environ.pop(name, None)


DEMO_STEPS = 11


def _run_demo(settings: Settings, state: DemoState, *, seed: int, port: int, table_format: SilverFormat,
              ready_timeout: float | None, as_json: bool) -> None:  # fmt: skip
    import subprocess

    from adherence import demo as story
    from features.entities import decision_time
    from serving.config import ServeConfig
    from serving.run import start, stop
    from shadow.gate import PromotionRefusedError, promote

    arguments = state.arguments
    done = state.finished

    def step(number: int, title: str) -> bool:
        """Announce step ``number``; False when an earlier run finished it (``--resume``)."""
        if number in done:
            _heading(f"{number}/{DEMO_STEPS} {title} (done in an earlier run)")
            return False
        _heading(f"{number}/{DEMO_STEPS} {title}")
        return True

    def failed(number: int, what: str) -> None:
        alerts.print(f"[bold red]error:[/] step {number}/{DEMO_STEPS} failed: {what}")
        raise typer.Exit(code=1)

    if step(1, "simulate Silver"):
        simulate(settings.lake, patients=arguments["patients"], days=arguments["days"], seed=seed, start=None,
                 table_format=table_format)  # fmt: skip
        state.finish(1)
    if step(2, "validate against the contract"):
        validate(str(settings.lake))
        state.finish(2)
    if step(3, "de-identify"):
        _deidentify(settings.lake, allow_insecure_defaults=True)
        state.finish(3)
    if step(4, "build features and apply the Feast repository"):
        features_apply(settings.lake)
        state.finish(4)
    line = story.timeline(settings.lake)
    console.print(f"data {line.first_day} to {line.last_day}; shadow period {line.shadow_start} to {line.shadow_end}")
    incidents = story.confirmed_incidents(settings)

    def train_all(until: dt.date) -> None:
        for model in ModelName:
            train(model, settings.lake, until.isoformat(), seed,
                  str(incidents) if catalog.model(model.value).takes_incidents else None)  # fmt: skip

    if step(5, f"train the champions on data before {line.champion_until}"):
        train_all(line.champion_until)
        state.finish(5)
    base_url = f"http://127.0.0.1:{port}"
    if step(6, "serve the champions (BentoML) and drive four weeks of traffic as the intervention engine"):
        features_materialize(settings.lake, end=decision_time(line.shadow_start).isoformat())
        server_log = settings.lake / "serving.log"
        with server_log.open("ab") as output:
            # The demo replays days of the simulated past: answers say "stale", but are not refused on age.
            server = start(settings, port=port, config=ServeConfig(refuse_after_seconds=0), stdout=output,
                           stderr=subprocess.STDOUT)
        console.print(f"prediction service on {base_url} (its log: {server_log})")
        try:
            waited = story.wait_until_ready(base_url, timeout=ready_timeout, alive=lambda: server.poll() is None,
                                            progress=lambda text: console.print(f"  {text}"))  # fmt: skip
            console.print(f"  ready after {waited:.0f} s")
            traffic = story.drive_traffic(settings, base_url, settings.api_token(), line, lambda t: console.print(f"  {t}"),
                                          seed, skip=state.traffic_days, day_done=state.finish_day)  # fmt: skip
        except (TimeoutError, RuntimeError) as exc:
            failed(6, f"{exc} (the service's log: {server_log})")
            return
        finally:
            stop(server)
        console.print(f"{traffic.risk_answers:,} risk answers ({traffic.interventions:,} interventions), "
                      f"{traffic.reminder_answers} reminder hours over {traffic.days} days in {traffic.seconds:.0f} s")
        state.finish(6)
    if step(7, f"train challengers on data up to {line.shadow_end}"):
        train_all(line.challenger_until)
        state.finish(7)
    if step(8, "shadow: replay the logged traffic through each challenger, compare on outcomes, write the reports"):
        confirmed = _read_incidents(incidents)
        written = {spec.name: _shadow_report(spec, settings, "challenger", line.shadow_start, line.shadow_end, confirmed)
                   for spec in catalog.models()}  # fmt: skip
        state.finish(8, reports={model: {"folder": str(w.folder), "candidate": w.report.candidate_version,
                                               "passed": w.report.passed, "recommendation": w.report.recommendation}
                                 for model, w in written.items()})  # fmt: skip
    reports = state.reports
    for model, report in reports.items():
        colour = "green" if report["passed"] else "red"
        console.print(f"  {model}: [{colour}]{report['recommendation']}[/]")
    if step(9, "the promotion decision (the gate)"):
        audit = _audit(settings)
        for model, report in reports.items():
            try:
                moved = promote(_registry(settings), model, report["candidate"], actor="demo", audit=audit)
                console.print(f"  {model}: champion v{moved.previous} → v{moved.version} (gate passed)")
            except PromotionRefusedError as exc:
                console.print(f"  {model}: champion stays: {exc}")
        state.finish(9)
    if step(10, "monitor the champions over the four weeks of traffic"):
        _demo_monitor(settings, incidents)
        state.finish(10)
    if step(11, "materialise the newest snapshot"):
        features_materialize(settings.lake)
        state.finish(11)
    _heading("done")
    summary = story.summary(settings, [Path(r["folder"]) for r in reports.values()], port, _champions(settings))
    console.print("\n".join(story.summary_lines(summary)), markup=False)
    if as_json:
        json.dump(summary, sys.stdout, indent=2)
        sys.stdout.write("\n")


def _demo_monitor(settings: Settings, incidents: Path) -> None:
    """The demo's monitor run: every champion that answered, over the four weeks up to its newest logged day
    (the supply alerts are those of the newest snapshot, which the service scores whatever day is replayed).

    The demo replays days of the simulated past, so every answer's features are "stale" by
    the wall clock; freshness is shown on the page but not judged here (a real deployment
    keeps the default, ``max_stale_share`` 0.05).
    """
    from dataclasses import replace

    from adherence.demo import SHADOW_DAYS
    from monitor.run import run as run_monitor

    relaxed = replace(settings, monitor=replace(settings.monitor, max_stale_share=1.0))
    console.print("  the demo replays the past: every answer is stale by the clock, so freshness is shown, not judged")
    done, skipped = run_monitor(relaxed, days=SHADOW_DAYS, incidents=_read_incidents(incidents))
    for reason in skipped:
        console.print(f"  not monitored: {reason}")
    for item in done:
        checks = ", ".join(sorted(set(item.alerts.check))) or "none"
        console.print(f"  {item.model} v{item.version}: {len(item.days)} days, {len(item.alerts)} alerts ({checks}) → "
                      f"{item.page}", markup=False)  # fmt: skip


def _champions(settings: Settings) -> dict[str, dict[str, str]]:
    """Each model's champion version and whether it beat its naive baseline (``true``, ``false``, ``unknown``)."""
    from models.registry import BEATS_BASELINE_TAG, CHAMPION, version_for

    client = _registry(settings)
    found = {}
    for spec in catalog.models():
        version = version_for(client, spec.registered, CHAMPION)
        if version is not None:
            found[spec.name] = {"version": str(version.version),
                                "beats_baseline": version.tags.get(BEATS_BASELINE_TAG, "unknown")}  # fmt: skip
    return found


register_evidence_commands(app)  # soup, trace, release (adherence/regulatory/commands.py)

if __name__ == "__main__":
    app()
