"""The ``adherence`` command: one entry point, a subcommand per lifecycle step."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
import warnings
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from adherence.settings import Settings, load_settings

if TYPE_CHECKING:
    import pandas as pd
    from mlflow import MlflowClient

    from adherence.audit import AuditLog
    from training.tracking import Registered

app = typer.Typer(help="Medication-adherence ML platform.", no_args_is_help=True, add_completion=False)
console = Console(stderr=True)

LakeOption = Annotated[
    Path | None, typer.Option("--lake", help="Lake directory (Silver in DIR/silver/). Default: $ADHERENCE_LAKE or ./demo-lake.")
]


def _fail(message: str) -> None:
    console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code=2)


@app.callback()
def main(ctx: typer.Context, verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")] = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if ctx.invoked_subcommand not in ("simulate", "validate", "audit"):
        # Importing Feast installs a "show once" filter for DeprecationWarning ahead of all
        # others; import it first so the filters below take precedence over it.
        import feast  # noqa: F401
    # Libraries' deprecation chatter (ibis on DuckDB's renamed methods, MLflow's SQL store on a
    # SQLAlchemy option, Evidently's imports, ...) is not ours to fix; our own stays visible.
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=r"The ``noload`` loader strategy is deprecated")
    ours = r"(adherence|features|models|training|serving|shadow)\b"
    warnings.filterwarnings("default", category=DeprecationWarning, module=ours)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per request is noise in a CLI


class SilverFormat(StrEnum):
    parquet = "parquet"
    delta = "delta"


FormatOption = Annotated[SilverFormat, typer.Option("--format", help="Silver tables as Parquet folders or Delta tables.")]


@app.command()
def simulate(
    lake: LakeOption = None,
    patients: Annotated[int, typer.Option(min=1, help="Number of patients.")] = 2000,
    days: Annotated[int, typer.Option(min=1, help="Days simulated.")] = 180,
    seed: Annotated[int, typer.Option(help="Random seed; equal seeds give identical lakes.")] = 0,
    start: Annotated[str | None, typer.Option(help="First simulated day, YYYY-MM-DD.")] = None,
    table_format: FormatOption = SilverFormat.parquet,
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
    config = SimulationConfig(patients=patients, days=days, seed=seed, start=first_day, format=table_format.value)
    with Progress(TextColumn("simulating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console) as bar:
        task = bar.add_task("chunks", total=None)
        summary = run_simulation(
            settings.lake, config, progress=lambda done, total: bar.update(task, completed=done, total=total)
        )
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
    """Check every Silver table against the contract; print what was read and set aside per table."""
    from features.silver import ContractError, load_silver

    remote = lake is not None and lake.startswith("s3://")
    where = lake if remote and lake else None
    try:
        settings = load_settings(None if remote else lake)
        where = where or str(settings.lake)
        silver = load_silver(where, settings=settings.silver)
    except ContractError as exc:
        _fail(str(exc))
        return
    except Exception as exc:  # never a traceback: say what failed, in which lake
        _fail(f"reading the Silver lake {where or lake} failed unexpectedly: {type(exc).__name__}: {exc}")
        return
    json.dump({name: report.as_dict() for name, report in silver.reports.items()}, sys.stdout, indent=2)
    sys.stdout.write("\n")
    for name, report in silver.reports.items():
        version = "" if report.version is None else f" version {report.version}"
        notes = [f"{report.format}{version}", f"{report.rows:,} rows"]
        if report.quarantined:
            notes.append(f"{sum(report.quarantined.values()):,} quarantined ({where}/quarantine/{name}.parquet)")
        notes += [f"{count:,} {column} values truncated to microseconds"
                  for column, count in report.truncated_to_microseconds.items()]  # fmt: skip
        console.print(f"  {name}: " + ", ".join(notes))
    console.print(f"[green]{where}/silver follows the Silver contract[/]")


@app.command()
def deidentify(lake: LakeOption = None) -> None:
    """De-identify DIR/silver into DIR/deidentified (+ DIR/reports/deidentification.json|md)."""
    _deidentify(lake, allow_insecure_defaults=None)


def _deidentify(lake: Path | None, *, allow_insecure_defaults: bool | None) -> None:
    from adherence.settings import MissingSecretError
    from features.deid.leakcheck import LeakError
    from features.deid.pipeline import deidentify as run_deidentify
    from features.silver import ContractError

    if not logging.getLogger().isEnabledFor(logging.DEBUG):
        logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)  # it logs every analysed message at INFO
    settings = load_settings(lake, allow_insecure_defaults=allow_insecure_defaults)
    try:
        key = settings.pseudonym_key()
        with console.status("de-identifying (loading the text model, redacting messages, leak check)"):
            report = run_deidentify(settings.lake, key)
    except (ContractError, MissingSecretError) as exc:
        _fail(f"{exc}; nothing was published")
        return
    except LeakError as exc:
        console.print(f"[bold red]leak check failed:[/] {exc}; nothing was published")
        raise typer.Exit(code=3) from None
    quasi = report["quasi_identifiers"]
    json.dump({"rows": report["rows"], "k": quasi["k"], "l": quasi["l"], "seconds": report["seconds"]}, sys.stdout, indent=2)
    sys.stdout.write("\n")
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
) -> None:
    """Write a k-anonymous, date-shifted research extract of DIR/deidentified to --output."""
    from adherence.settings import MissingSecretError
    from features.deid.export import ExportError
    from features.deid.export import export as run_export

    settings = load_settings(lake)
    try:
        manifest = run_export(settings.lake, output, settings.pseudonym_key(), k, max_suppression=max_suppression)
    except (ExportError, MissingSecretError) as exc:
        _fail(str(exc))
        return
    summary = {name: manifest[name] for name in ("k_requested", "k_achieved", "generalisation", "patients_suppressed", "rows")}
    json.dump({**summary, "l": manifest["l_diversity"]["l"]}, sys.stdout, indent=2)
    sys.stdout.write("\n")
    console.print(f"[green]research extract written to {output}[/] (k={manifest['k_achieved']}, manifest.json)")


features_app = typer.Typer(help="The Feast feature store: build, apply, materialise.", no_args_is_help=True)
app.add_typer(features_app, name="features")
ProfileOption = Annotated[
    str, typer.Option("--profile", help="Feast profile: embedded (SQLite + DuckDB, no server) or scaleout (Redis + PostgreSQL).")
]


@features_app.command("apply")
def features_apply(lake: LakeOption = None, profile: ProfileOption = "embedded") -> None:
    """Compute the feature tables from DIR/deidentified, write DIR/feature_repo*/ and run Feast apply."""
    from features import materialize as store

    settings = load_settings(lake)
    try:
        with console.status("computing feature tables (DuckDB)"):
            tables = store.build_feature_tables(settings.lake)
        with console.status(f"feast apply ({profile})"):
            applied = store.apply(settings.lake, profile=profile)
    except (ValueError, FileNotFoundError) as exc:
        _fail(str(exc))
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
    from features import materialize as store

    settings = load_settings(lake)
    try:
        until = _utc_time(end, "--end") if end else store.latest_snapshot(settings.lake)
        since = _utc_time(start, "--start") if start else None
        with console.status(f"materialising to the online store ({profile}) up to {until:%Y-%m-%d %H:%M} UTC"):
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


class ModelName(StrEnum):
    """The three models, by their CLI names."""

    dropoff = "dropoff"
    anomaly = "anomaly"
    reminder = "reminder"


IncidentsOption = Annotated[
    str | None,
    typer.Option("--incidents", help="Parquet of confirmed supply incidents (batch_number, region, start_date, end_date)."),
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
    from adherence.audit import AuditLog
    from adherence.settings import MissingSecretError
    from features.deidentified import DeidentifiedInputError

    settings = load_settings(lake)
    try:
        cutoff = dt.date.fromisoformat(until) if until else None  # "" (an MLproject default) means all data
        if incidents and model is not ModelName.anomaly:
            raise ValueError("--incidents applies to the anomaly model only")
        confirmed = _read_incidents(incidents) if incidents else None  # "" (an MLproject default) means none
        audit = AuditLog(settings.audit_log_path, settings.audit_key())
        with console.status(f"training {model.value} (features from Feast, fit, evaluate, register)"):
            registered = _train(model, settings, cutoff, seed, audit, confirmed)
    except (ValueError, LookupError, FileNotFoundError, DeidentifiedInputError, MissingSecretError) as exc:
        _fail(str(exc))
        return
    json.dump({"model": registered.model, "version": registered.version, "run_id": registered.run_id,
               "metrics": registered.metrics}, sys.stdout, indent=2)  # fmt: skip
    sys.stdout.write("\n")
    bootstrap = " and champion (first version: bootstrap, recorded)" if registered.champion_bootstrapped else ""
    console.print(f"[green]registered {registered.model} v{registered.version}[/] as challenger{bootstrap}")


def _train(
    model: ModelName, settings: Settings, until: dt.date | None, seed: int, audit: AuditLog, incidents: pd.DataFrame | None
) -> Registered:
    if model is ModelName.dropoff:
        from training import dropoff

        return dropoff.train(settings, dropoff.DropoffConfig(until=until, seed=seed), audit)
    if model is ModelName.reminder:
        from training import reminder

        return reminder.train(settings, reminder.ReminderConfig(until=until, seed=seed), audit)
    from training import anomaly

    # Confirmed incidents, when given, only score the alerts (evaluation); the model never sees them.
    return anomaly.train(settings, anomaly.AnomalyConfig(until=until, seed=seed), audit, incidents=incidents)


@app.command()
def predict(
    model: Annotated[ModelName, typer.Argument(help="Which model to run.")],
    as_of: Annotated[str, typer.Option("--as-of", help="Decide as of the end of this date (YYYY-MM-DD).")],
    output: Annotated[Path, typer.Option("--output", help="Parquet file to write.")],
    lake: LakeOption = None,
    version: Annotated[str, typer.Option(help="Registered version number or alias.")] = "champion",
) -> None:
    """Score a registered model version on point-in-time features and write Parquet."""
    from features.deidentified import DeidentifiedInputError
    from serving.batch import predict as run_predict

    settings = load_settings(lake)
    try:
        day = dt.date.fromisoformat(as_of)
    except ValueError:
        _fail(f"--as-of must be a date like 2026-04-01, got {as_of!r}")
        return
    try:
        with console.status(f"scoring {model.value} as of {day}"):
            frame = run_predict(settings, model.value, day, output, version)
    except (ValueError, LookupError, DeidentifiedInputError) as exc:
        _fail(str(exc))
        return
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
    candidate: CandidateOption, lake: LakeOption = None, model: ModelOption = ModelName.dropoff,
    start: FromOption = None, end: ToOption = None,
) -> None:  # fmt: skip
    """Replay logged production drop-off requests (their feature vectors) through a registered version."""
    from shadow.harness import replay_dropoff

    if model is not ModelName.dropoff:
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
    candidate: CandidateOption, lake: LakeOption = None, model: ModelOption = ModelName.dropoff,
    start: FromOption = None, end: ToOption = None, incidents: IncidentsOption = None,
) -> None:  # fmt: skip
    """Compare a candidate with production on the shadow period; write the safety report and attach it."""
    from shadow import harness

    settings = load_settings(lake)
    try:
        first, last = _dates(start, end)
        with console.status(f"building the shadow report of {model.value} v{candidate}"):
            if model is ModelName.dropoff:
                written = harness.report_dropoff(settings, candidate, first, last)
            elif model is ModelName.reminder:
                written = harness.report_reminder(settings, candidate, first, last)
            else:
                confirmed = _read_incidents(incidents) if incidents else None
                written = harness.report_anomaly(settings, candidate, first, last, confirmed)
    except (ValueError, LookupError, FileNotFoundError) as exc:
        _fail(str(exc))
        return
    report = written.report
    for criterion in report.criteria:
        mark = "[green]PASS[/]" if criterion.passed else "[red]FAIL[/]"
        console.print(f"  {mark} {criterion.name}: {criterion.detail}")
    colour = "green" if report.passed else "red"
    console.print(f"[bold {colour}]{report.recommendation}[/]\n  report: {written.folder / 'summary.html'}")


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
    candidate: CandidateOption, lake: LakeOption = None, model: ModelOption = ModelName.dropoff,
    override: Annotated[bool, typer.Option("--override", help="Promote although the gate did not pass.")] = False,
    reason: Annotated[str | None, typer.Option(help="Why (required with --override); recorded.")] = None,
    actor: Annotated[str, typer.Option(help="Who decides (recorded; no patient data).")] = "clinical-safety-reviewer",
) -> None:  # fmt: skip
    """Move `champion` to the candidate if its shadow report passed (or on a recorded override)."""
    from shadow.gate import PromotionRefusedError, promote

    settings = load_settings(lake)
    try:
        client = _registry(settings)
        done = promote(client, model.value, candidate, actor=actor, audit=_audit(settings), override=override, reason=reason)
    except (PromotionRefusedError, LookupError) as exc:
        console.print(f"[bold red]refused:[/] {exc}")
        raise typer.Exit(code=1) from None
    how = "by OVERRIDE" if done.by_override else "through the gate"
    console.print(f"[green]{done.move.model} champion: v{done.move.previous} → v{done.move.version}[/] {how} (recorded)")


@shadow_app.command("rollback")
def shadow_rollback(
    lake: LakeOption = None, model: ModelOption = ModelName.dropoff,
    reason: Annotated[str, typer.Option(help="Why the previous champion comes back; recorded.")] = "rollback",
    actor: Annotated[str, typer.Option(help="Who decides (recorded).")] = "clinical-safety-reviewer",
) -> None:  # fmt: skip
    """Put the previous champion back (recorded in the registry and the audit log)."""
    from shadow.gate import PromotionRefusedError, rollback

    settings = load_settings(lake)
    try:
        move = rollback(_registry(settings), model.value, actor=actor, audit=_audit(settings), reason=reason)
    except (PromotionRefusedError, LookupError) as exc:
        console.print(f"[bold red]refused:[/] {exc}")
        raise typer.Exit(code=1) from None
    console.print(f"[green]{move.model} champion: v{move.previous} → v{move.version}[/] (rollback recorded)")


def _registry(settings: Settings) -> MlflowClient:
    from models.registry import connect

    return connect(settings.mlflow_tracking_uri)


def _audit(settings: Settings) -> AuditLog:
    from adherence.audit import AuditLog

    return AuditLog(settings.audit_log_path, settings.audit_key())


audit_app = typer.Typer(help="The signed, hash-chained audit log of decisions.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
def audit_verify(lake: LakeOption = None) -> None:
    """Check the audit log's chain, signatures and head; name the first bad entry (exit 1)."""
    from adherence.audit import AuditLog

    settings = load_settings(lake)
    result = AuditLog(settings.audit_log_path, settings.audit_key()).verify()
    if result.ok:
        console.print(f"[green]audit log intact[/]: {result.entries} entries in {settings.audit_log_path}")
        return
    console.print(
        f"[bold red]audit log tampered:[/] entry {result.first_bad}: {result.reason} ({result.entries} verified before it)"
    )
    raise typer.Exit(code=1)


@app.command()
def serve(
    lake: LakeOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 3000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    profile: ProfileOption = "embedded",
    poll_seconds: Annotated[float, typer.Option(help="How often to check the registry for a new champion.")] = 30.0,
) -> None:
    """Serve the champions over HTTP (BentoML), with the challengers in shadow, until interrupted."""
    from adherence.settings import MissingSecretError
    from serving.run import serve as run_server

    settings = load_settings(lake)
    console.print(f"serving {settings.lake} on http://{host}:{port} (OpenAPI at /docs.json; Ctrl-C stops)")
    try:
        code = run_server(settings, host, port, workers, profile, poll_seconds=poll_seconds)
    except (MissingSecretError, ValueError) as exc:
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
    port: Annotated[int, typer.Option(help="Port of the demo's prediction service.")] = 3000,
    table_format: FormatOption = SilverFormat.parquet,
) -> None:
    """The end-to-end demo on embedded defaults: from a simulated lake to a promotion decision."""
    import shutil
    import subprocess

    from adherence import demo as story
    from serving.run import start, stop
    from shadow import harness
    from shadow.gate import PromotionRefusedError, promote

    # The demo runs on development secrets, every one of which announces itself as INSECURE.
    os.environ.setdefault("ADHERENCE_INSECURE_DEV", "1")
    settings = load_settings(lake if lake is not None else Path("demo-lake"), allow_insecure_defaults=True)
    if settings.lake.exists() and any(settings.lake.iterdir()):
        if not (settings.lake / DEMO_MARKER).exists():
            _fail(f"{settings.lake} exists and was not made by the demo; pass another --lake")
        shutil.rmtree(settings.lake)  # a fresh start: an earlier demo's registry would change the story
    settings.lake.mkdir(parents=True, exist_ok=True)
    (settings.lake / DEMO_MARKER).write_text("made by `adherence demo`; the next demo run replaces this folder\n")
    steps = iter(range(1, 11))

    def step(title: str) -> None:
        console.rule(f"{next(steps)}/10 {title}")

    def report_progress(text: str) -> None:
        console.print(f"  {text}")

    step("simulate Silver")
    simulate(settings.lake, patients=patients, days=days, seed=seed, start=None, table_format=table_format)
    step("validate against the contract")
    validate(str(settings.lake))
    step("de-identify")
    _deidentify(settings.lake, allow_insecure_defaults=True)
    step("build features and apply the Feast repository")
    features_apply(settings.lake)
    line = story.timeline(settings.lake)
    console.print(f"data {line.first_day} to {line.last_day}; shadow period {line.shadow_start} to {line.shadow_end}")
    incidents = story.confirmed_incidents(settings)

    def train_all(until: dt.date) -> None:
        for model in ModelName:
            train(model, settings.lake, until.isoformat(), seed, str(incidents) if model is ModelName.anomaly else None)

    step(f"train the champions on data before {line.champion_until}")
    train_all(line.champion_until)
    step("serve the champions (BentoML) and drive four weeks of traffic as the intervention engine")
    base_url = f"http://127.0.0.1:{port}"
    features_materialize(settings.lake, end=story.decision_time(line.shadow_start).isoformat())
    server_log = settings.lake / "serving.log"
    with server_log.open("ab") as output:
        server = start(settings, port=port, stdout=output, stderr=subprocess.STDOUT)
    console.print(f"prediction service on {base_url} (its log: {server_log})")
    try:
        story.wait_until_ready(base_url, alive=lambda: server.poll() is None)
        traffic = story.drive_traffic(settings, base_url, settings.api_token(), line, report_progress, seed)
    finally:
        stop(server)
    console.print(f"{traffic.risk_answers:,} risk answers ({traffic.interventions:,} interventions), "
                  f"{traffic.reminder_answers} reminder hours over {traffic.days} days in {traffic.seconds:.0f} s")  # fmt: skip
    step(f"train challengers on data up to {line.shadow_end}")
    train_all(line.challenger_until)
    step("shadow: replay the logged traffic through each challenger, compare on outcomes, write the reports")
    reports = {
        ModelName.dropoff: harness.report_dropoff(settings, "challenger", line.shadow_start, line.shadow_end),
        ModelName.reminder: harness.report_reminder(settings, "challenger", line.shadow_start, line.shadow_end),
        ModelName.anomaly: harness.report_anomaly(settings, "challenger", line.shadow_start, line.shadow_end,
                                                  _read_incidents(incidents)),
    }  # fmt: skip
    for model, written in reports.items():
        colour = "green" if written.report.passed else "red"
        console.print(f"  {model.value}: [{colour}]{written.report.recommendation}[/]")
    step("the promotion decision (the gate)")
    audit = _audit(settings)
    for model, written in reports.items():
        try:
            done = promote(_registry(settings), model.value, written.report.candidate_version, actor="demo", audit=audit)
            console.print(f"  {model.value}: champion v{done.move.previous} → v{done.move.version} (gate passed)")
        except PromotionRefusedError as exc:
            console.print(f"  {model.value}: champion stays: {exc}")
    step("materialise the newest snapshot")
    features_materialize(settings.lake)
    console.rule("done")
    summary = [
        f"Lake: {settings.lake}",
        f"  Silver (PHI): {settings.silver_dir}    truth (evaluation only): {settings.truth_dir}",
        f"  De-identified: {settings.deidentified_dir}",
        f"  Feast repository: {settings.lake / 'feature_repo'}    (feast -c {settings.lake / 'feature_repo'} ui)",
        f"  MLflow runs and registry: .venv/bin/mlflow ui --backend-store-uri {settings.mlflow_tracking_uri}",
        f"  Prediction log: {settings.lake / 'prediction_log'}    audit log: {settings.audit_log_path} "
        f"(adherence audit verify --lake {settings.lake})",
        "  Safety reports:",
        *(f"    {written.folder / 'summary.html'}" for written in reports.values()),
        f"  De-identification report: {settings.reports_dir / 'deidentification.md'}",
        f"  Serve the champions again: ADHERENCE_INSECURE_DEV=1 .venv/bin/adherence serve --lake {settings.lake} "
        f"--port {port}  → {base_url}/docs.json (token: the insecure development token)",
    ]
    console.print("\n".join(summary))


if __name__ == "__main__":
    app()
