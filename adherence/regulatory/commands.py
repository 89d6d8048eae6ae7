"""The evidence commands: ``adherence soup``, ``adherence trace`` and ``adherence release``.

Registered on the main app by ``register``; every heavy import happens inside the command.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from adherence.regulatory import EVIDENCE_DIR, REPO_ROOT

console = Console(stderr=True, soft_wrap=True, highlight=False)  # as the main CLI's: lines are never cut
#: Where ``adherence trace`` and ``scripts/test.sh`` put the matrix and the JUnit report (not committed).
TRACE_DIR = REPO_ROOT / "build" / "regulatory"


def soup(
    output: Annotated[Path, typer.Option(help="Folder for SOUP.md and soup.json.")] = EVIDENCE_DIR,
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 if the committed inventory is stale.")] = False,
) -> None:
    """Generate the SOUP inventory (SOUP.md, soup.json) from requirements.lock and the installed metadata."""
    from adherence.regulatory import soup as inventory

    try:
        if check:
            problems = inventory.check(output)
            if problems:
                console.print("[bold red]SOUP inventory out of date:[/] " + "; ".join(problems))
                files = f"{output / 'SOUP.md'} and {output / 'soup.json'}"
                console.print(f"run `adherence soup --output {output}` and commit {files}")
                raise typer.Exit(code=1)
            console.print(f"[green]SOUP inventory up to date[/] in {output}")
            return
        written = inventory.generate(output)
    except (inventory.SoupError, OSError) as exc:
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(code=2) from exc
    console.print("written: " + ", ".join(str(path) for path in written))


def trace(
    junit: Annotated[
        Path | None, typer.Option(help="JUnit XML of the last test run (default: build/regulatory/junit.xml when present).")
    ] = None,
    output: Annotated[Path, typer.Option(help="Folder for traceability.md and traceability.json.")] = TRACE_DIR,
    check: Annotated[bool, typer.Option("--check", help="Write nothing; check that class C requirements have tests.")] = False,
) -> None:
    """Write the requirement → tests → last result matrix; exit 1 if a class C requirement has no test."""
    from adherence.regulatory import trace as tracing

    report = junit if junit is not None else TRACE_DIR / "junit.xml"
    if junit is not None and not junit.exists():
        console.print(f"[bold red]error:[/] no JUnit report at {junit}")
        raise typer.Exit(code=2)
    try:
        results = tracing.read_junit(report) if report.exists() and not check else None
        matrix = tracing.build_matrix(
            tracing.load_requirements(), tracing.scan_tests(), results, str(report) if results is not None else None
        )
    except tracing.TraceError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(code=2) from exc
    if not check:
        try:
            written = tracing.write(matrix, output)
        except (tracing.TraceError, OSError) as exc:
            console.print(f"[bold red]error:[/] cannot write the matrix: {exc}")
            raise typer.Exit(code=2) from exc
        console.print("written: " + ", ".join(str(path) for path in written))
    verified = len(matrix.rows) - len(matrix.unverified)
    console.print(f"{verified} of {len(matrix.rows)} requirements have tests")
    for requirement in matrix.unverified:
        console.print(f"  unverified: {requirement.id} (class {requirement.safety_class}) {requirement.title}")
    for outcome in ("failed", "skipped"):
        named = [row.requirement.id for row in matrix.rows if row.result == outcome]
        if named:
            console.print(f"  last result {outcome}: {', '.join(named)}")
    if matrix.problems():
        console.print("[bold red]traceability check failed:[/]\n  " + "\n  ".join(matrix.problems()))
        raise typer.Exit(code=1)


def release(
    query: Annotated[str, typer.Option(help="adherence_by_condition_age_week or dropoff_by_region.")],
    epsilon: Annotated[float, typer.Option(help="Privacy-loss budget ε this release spends.")],
    partner: Annotated[str, typer.Option(help="Who receives the release (the ledger tracks ε per partner).")],
    lake: Annotated[Path | None, typer.Option("--lake", help="Lake directory. Default: $ADHERENCE_LAKE or ./demo-lake.")] = None,
    weeks: Annotated[int, typer.Option(min=1, help="Whole weeks in the release window.")] = 4,
    until: Annotated[str | None, typer.Option(help="Last day of the window, YYYY-MM-DD. Default: the newest event day.")] = None,
    output: Annotated[Path | None, typer.Option(help="Folder to write (default DIR/releases/<release id>/).")] = None,
    total_epsilon: Annotated[
        float | None, typer.Option(help="The dataset's total ε budget, fixed at its first release (default 3.0).")
    ] = None,
    alpha: Annotated[float, typer.Option(help="Error bounds hold with probability 1 − alpha (0.001 to 0.5).")] = 0.05,
) -> None:
    """Publish differentially private aggregate statistics, charged to the dataset's ε budget (exit 1 if refused)."""
    from adherence.regulatory.ledger import BudgetExceededError, LedgerError
    from adherence.regulatory.privacy import ReleaseError, UnpublishedReleaseError, publish
    from adherence.settings import MissingSecretError, load_settings
    from features.deidentified import DeidentifiedInputError

    settings = load_settings(lake)
    try:
        last_day = _day(until, "--until") if until is not None else None
        audit = settings.audit_log()  # anchored when ADHERENCE_AUDIT_ANCHOR is set: a wiped log cannot reset the budget
        done = publish(
            settings.lake, audit, query=query, epsilon=epsilon, partner=partner, weeks=weeks, until=last_day,
            output=output, total_epsilon=total_epsilon, alpha=alpha,
        )  # fmt: skip
    except BudgetExceededError as exc:
        console.print(f"[bold red]{exc}[/]")
        raise typer.Exit(code=1) from exc
    except (ReleaseError, LedgerError, MissingSecretError, DeidentifiedInputError, ValueError) as exc:
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(code=2) from exc
    except UnpublishedReleaseError as exc:  # charged, not written: the ledger is whole, so only now can it be said
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(code=2) from exc
    except OSError as exc:  # a full disk, a read-only folder: the next release finishes what was signed
        console.print(f"[bold red]error:[/] the release stopped: {exc.strerror or exc} ({exc.filename or settings.lake}); "
                      "if its ε was already charged, the next `adherence release` says so")  # fmt: skip
        raise typer.Exit(code=2) from exc
    for interrupted in done.interrupted:
        console.print(f"[yellow]warning:[/] {interrupted} was charged and signed by an interrupted run but never "
                      "published; its ε stays spent (recorded in the ledger now)")  # fmt: skip
    if settings.audit_anchor is None:
        console.print("[yellow]warning:[/] ADHERENCE_AUDIT_ANCHOR is not set: the ε budget is only as safe as this "
                      "lake's releases/ and audit/ folders (deleting both would reset it); anchor the audit log outside "
                      "the lake")  # fmt: skip
    ledger, error = done.manifest["ledger"], done.manifest["error"]
    bound = next(iter(error["per_cell"].values()))["bound"]
    console.print(
        f"{done.manifest['release_id']}: {done.manifest['query']['cells']} cells in {done.folder}, ε = {epsilon}, each count "
        f"within ±{bound} at {error['confidence']:.0%}; dataset budget: {ledger['spent_after']:g} of "
        f"{ledger['total_epsilon']:g} spent"
    )
    json.dump({"folder": str(done.folder), **ledger}, sys.stdout)
    sys.stdout.write("\n")


def _day(text: str, option: str) -> dt.date:
    """A YYYY-MM-DD date, or ``ValueError`` naming the option and the value."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(f"{option} must be a date written YYYY-MM-DD, got {text!r} ({exc})") from None


def register(app: typer.Typer) -> None:
    """Add the evidence commands to the ``adherence`` app."""
    app.command("soup")(soup)
    app.command("trace")(trace)
    app.command("release")(release)
