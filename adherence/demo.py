"""The end-to-end demo, as a programme would live it, on embedded defaults.

1. simulate a Silver lake, check it against the contract, de-identify it;
2. build the features and apply the Feast repository;
3. train the three models on the older data (they become champions: the bootstrap);
4. serve them over HTTP (BentoML) and drive four weeks of traffic as the intervention
   engine would: each simulated day the online store is materialised as of that day,
   then every patient's drop-off risk, some reminder hours and the supply alerts are asked for;
5. train challengers on the newer data;
6. shadow: replay the logged traffic through each challenger and compare it with
   production on the outcomes that followed; write the safety reports;
7. the promotion decision: the gate promotes a challenger only if its report passed;
8. monitor the champions over the four weeks of traffic (``adherence monitor``): the page per
   champion version, its alerts and Prometheus gauges.

Time line, counted back from the last day of data: outcomes need 30 + 14 days of follow-up,
so the shadow period ends 45 days before the end; it lasts ``SHADOW_DAYS``; champions are
trained on data before it, challengers on data up to its end.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shlex
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from adherence.processes import ready_timeout
from adherence.settings import INSECURE_API_TOKEN, Settings

SHADOW_DAYS = 28
BATCH_SIZE = 1000
REMINDERS_PER_DAY = 40
Progress = Callable[[str], None]


class StateError(ValueError):
    """The demo's folder cannot be used as asked (not the demo's, or other arguments on --resume)."""


@dataclass
class DemoState:
    """What an earlier run finished, kept in the lake's marker file so ``--resume`` continues from there."""

    path: Path
    arguments: dict[str, Any]
    finished: set[int] = field(default_factory=set)
    traffic_days: set[str] = field(default_factory=set)
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path, arguments: dict[str, Any], *, resume: bool) -> DemoState:
        """A fresh demo folder (an earlier demo's is replaced), or the earlier run's state with ``resume``."""
        import shutil

        lake = path.parent
        if lake.exists() and any(lake.iterdir()):
            if not path.is_file():
                raise StateError(f"{lake} exists and was not made by the demo; pass another --lake")
            if resume:
                try:
                    saved = json.loads(path.read_text())
                except ValueError:
                    saved = {}  # a marker of an older demo, which kept no state
                if saved.get("arguments") != arguments:
                    raise StateError(f"--resume: {lake} was made with {saved.get('arguments', 'unknown arguments')}, "
                                     f"not {arguments}; drop --resume to start again")  # fmt: skip
                return cls(path, arguments, set(saved.get("finished", [])), set(saved.get("traffic_days", [])),
                           saved.get("reports", {}))  # fmt: skip
            shutil.rmtree(lake)  # a fresh start: an earlier demo's registry would change the story
        lake.mkdir(parents=True, exist_ok=True)
        state = cls(path, arguments)
        state.save()
        return state

    def save(self) -> None:
        """Write the state to a temporary file, then rename it into place."""
        content = {"about": "made by `adherence demo`; the next run replaces this folder (or continues it with --resume)",
                   "arguments": self.arguments, "finished": sorted(self.finished),
                   "traffic_days": sorted(self.traffic_days), "reports": self.reports}  # fmt: skip
        temporary = self.path.with_name(f"{self.path.name}.tmp")
        temporary.write_text(json.dumps(content, indent=2))
        temporary.replace(self.path)

    def finish(self, step: int, reports: dict[str, dict[str, Any]] | None = None) -> None:
        self.finished.add(step)
        if reports is not None:
            self.reports = reports
        self.save()

    def finish_day(self, day: dt.date) -> None:
        self.traffic_days.add(day.isoformat())
        self.save()


def confirmed_incidents(settings: Settings) -> Path:
    """The file of confirmed supply incidents the demo passes to ``train anomaly`` and ``shadow report``.

    In the demo, the simulator's injected incidents stand in for investigations that
    confirmed them: the demo names that file explicitly, as a programme would name its own.
    """
    return settings.truth_dir / "incidents.parquet"

@dataclass(frozen=True)
class Timeline:
    """The demo's dates, derived from the data."""

    first_day: dt.date
    last_day: dt.date
    shadow_start: dt.date
    shadow_end: dt.date

    @property
    def champion_until(self) -> dt.date:
        """Champions see only data before the shadow period."""
        return self.shadow_start

    @property
    def challenger_until(self) -> dt.date:
        """Challengers see the shadow period too: newer data."""
        return self.shadow_end + dt.timedelta(days=1)

    @property
    def days(self) -> list[dt.date]:
        return [self.shadow_start + dt.timedelta(days=i) for i in range((self.shadow_end - self.shadow_start).days + 1)]


def timeline(lake: Path) -> Timeline:
    """Place the shadow period so its outcomes are observed before the data end."""
    from adherence.domain import DROPOFF_GAP_DAYS, DROPOFF_HORIZON_DAYS
    from features.deidentified import read_deidentified

    times = read_deidentified(lake, "events", ["event_time"]).event_time
    first, last = times.min().date(), times.max().date()
    shadow_end = last - dt.timedelta(days=DROPOFF_HORIZON_DAYS + DROPOFF_GAP_DAYS + 1)
    shadow_start = shadow_end - dt.timedelta(days=SHADOW_DAYS - 1)
    return Timeline(first, last, shadow_start, shadow_end)


@dataclass
class Traffic:
    """What the intervention engine asked for and was told."""

    #: Shadow-period days driven by this run (days an earlier run finished are not counted).
    days: int = 0
    #: Drop-off risk answers for patients the service found.
    risk_answers: int = 0
    #: Of those, the answers that flagged an intervention.
    interventions: int = 0
    #: Reminder hours answered (a patient with no online row yet is not counted).
    reminder_answers: int = 0
    #: Supply alerts the service listed on the last day driven (not a total over the days).
    supply_alerts: int = 0
    #: Wall-clock seconds the run took, materialisation included.
    seconds: float = 0.0
    #: The drop-off versions that answered, as ``dropoff v<N>``.
    versions: set[str] = field(default_factory=set)


def wait_until_ready(base_url: str, timeout: float | None = None, alive: Callable[[], bool] = lambda: True,
                     progress: Progress | None = None, every: float = 30.0) -> float:  # fmt: skip
    """Poll ``/readyz`` until the service answers 200; returns the seconds waited.

    Without ``timeout``, the allowance adapts: ``ready_timeout()`` is recomputed from the
    machine's load while waiting, so a machine that gets busier gets longer. ``progress``
    hears how long it has been every ``every`` seconds.
    """
    started = time.monotonic()
    allowed = ready_timeout(timeout)
    told = started
    while True:
        waited = time.monotonic() - started
        if waited >= allowed:
            break
        if not alive():
            raise RuntimeError("the prediction service exited while starting; run `adherence serve` to see why")
        try:
            if httpx.get(f"{base_url}/readyz", timeout=2).status_code == 200:
                return time.monotonic() - started
        except httpx.TransportError:
            pass
        if progress is not None and time.monotonic() - told >= every:
            told = time.monotonic()
            progress(f"waiting for the service: {waited:.0f} s of up to {allowed:.0f} s (load {os.getloadavg()[0]:.1f})")
        time.sleep(0.5)
        if timeout is None:
            allowed = max(allowed, ready_timeout())
    raise TimeoutError(f"the prediction service at {base_url} was not ready within {allowed:.0f} s; on a busy machine "
                       "pass --ready-timeout SECONDS (or set ADHERENCE_READY_TIMEOUT)")  # fmt: skip


def drive_traffic(settings: Settings, base_url: str, token: str, line: Timeline, progress: Progress, seed: int = 0,
                  skip: Iterable[str] = (), day_done: Callable[[dt.date], None] | None = None) -> Traffic:  # fmt: skip
    """Each day of the shadow period: materialise as of that day, then call the service like the engine would.

    Days in ``skip`` (ISO dates an earlier run finished) are not asked again; ``day_done`` hears each finished day.
    """
    from features.deidentified import read_deidentified
    from features.entities import decision_time
    from features.materialize import materialize
    from features.store.definitions import SNAPSHOT_TTL

    skipped = set(skip)
    patients = read_deidentified(settings.lake, "patients", ["patient_key", "enrolled_at"])
    traffic = Traffic()
    started = time.monotonic()
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        for day in line.days:
            if day.isoformat() in skipped:
                continue
            day_chooser = random.Random(f"{seed}-{day}")  # per day: a resumed run asks what a whole run would
            moment = decision_time(day)
            materialize(settings.lake, moment.to_pydatetime(), start=(moment - SNAPSHOT_TTL).to_pydatetime())
            enrolled = patients[patients.enrolled_at < moment].patient_key.tolist()
            for begin in range(0, len(enrolled), BATCH_SIZE):
                answer = _post(client, "/v1/dropoff/risk/batch", {"patient_keys": enrolled[begin : begin + BATCH_SIZE]})
                traffic.versions.add(f"dropoff v{answer['model_version']}")
                found = [r for r in answer["results"] if r["found"]]
                traffic.risk_answers += len(found)
                traffic.interventions += sum(bool(r["intervene"]) for r in found)
            for key in day_chooser.sample(enrolled, min(REMINDERS_PER_DAY, len(enrolled))):
                try:
                    _post(client, "/v1/reminder/hour", {"patient_key": key})
                    traffic.reminder_answers += 1
                except LookupError:  # a patient with no online row yet
                    continue
            traffic.supply_alerts = len(_post(client, "/v1/supply/alerts", {})["alerts"])
            traffic.days += 1
            progress(f"{day}: {traffic.risk_answers:,} risk answers so far, {traffic.interventions:,} interventions flagged")
            if day_done is not None:
                day_done(day)
    traffic.seconds = time.monotonic() - started
    return traffic


def _post(client: httpx.Client, path: str, body: dict[str, object]) -> dict[str, Any]:
    response = client.post(path, json=body)
    if response.status_code == 404:
        raise LookupError(response.json().get("error", "not found"))
    if response.status_code != 200:
        raise RuntimeError(f"POST {path} answered {response.status_code}: {response.text[:300]}")
    result: dict[str, Any] = response.json()
    return result


def _bin(name: str) -> str:
    """The absolute path of a command installed beside this Python (so it runs from any folder)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def adherence_command() -> str:
    return shlex.quote(_bin("adherence"))


def summary(
    settings: Settings, report_folders: list[Path], port: int, champions: dict[str, dict[str, str]] | None = None
) -> dict[str, Any]:
    """Where everything is, and the commands to look at it, each runnable exactly as printed.

    ``champions``: per model, the champion's ``version`` and its ``beats_baseline`` tag, so a
    bootstrap champion that does not beat its naive baseline is visible at the end.

    A command that needs a secret the demo took from its insecure development values carries
    ``ADHERENCE_INSECURE_DEV=1`` in front, so it finds the same values.
    """
    insecure = {name: not os.environ.get(f"ADHERENCE_{name}") for name in ("API_TOKEN", "AUDIT_KEY")}
    prefix = "ADHERENCE_INSECURE_DEV=1 " if any(insecure.values()) else ""
    lake = shlex.quote(str(settings.lake))
    repo = settings.lake / "feature_repo"
    token = f"{INSECURE_API_TOKEN} (the public development token)" if insecure["API_TOKEN"] else "$ADHERENCE_API_TOKEN"
    return {
        "lake": str(settings.lake),
        "silver": str(settings.silver_dir),
        "truth": str(settings.truth_dir),
        "deidentified": str(settings.deidentified_dir),
        "feature_repo": str(repo),
        "feast_ui": f"{shlex.quote(_bin('feast'))} -c {shlex.quote(str(repo))} ui",
        "mlflow_ui": f"{shlex.quote(_bin('mlflow'))} ui --backend-store-uri {shlex.quote(settings.mlflow_tracking_uri)}",
        "prediction_log": str(settings.lake / "prediction_log"),
        "audit_log": str(settings.audit_log_path),
        "audit_verify": f"{prefix}{adherence_command()} audit verify --lake {lake}",
        "safety_reports": [str(folder / "summary.html") for folder in report_folders],
        "monitor_pages": sorted(str(page) for page in (settings.reports_dir / "monitor").glob("*/monitor.html")),
        "monitor_alerts": str(settings.reports_dir / "monitor" / "alerts.parquet"),
        "monitor": f"{prefix}{adherence_command()} monitor --lake {lake}",
        "deidentification_report": str(settings.reports_dir / "deidentification.md"),
        # The demo's data lie in the simulated past: without this knob every answer would be refused on age.
        "serve": f"{prefix}ADHERENCE_SERVE_REFUSE_AFTER_SECONDS=0 {adherence_command()} serve --lake {lake} --port {port}",
        "openapi": f"http://127.0.0.1:{port}/docs.json",
        "token": token,
        "champions": champions or {},
    }


def summary_lines(facts: dict[str, Any]) -> list[str]:
    """The summary for a person: one fact or command per line, never cut."""
    return [
        f"Lake: {facts['lake']}",
        f"  Silver (PHI): {facts['silver']}",
        f"  truth (evaluation only): {facts['truth']}",
        f"  De-identified: {facts['deidentified']}",
        f"  Feast repository: {facts['feature_repo']}",
        f"    {facts['feast_ui']}",
        "  MLflow runs and registry:",
        f"    {facts['mlflow_ui']}",
        "  Champions (beat their naive baseline out of time?):",
        *(f"    {name} v{c['version']}: beats_baseline={c['beats_baseline']}" for name, c in facts.get("champions", {}).items()),
        f"  Prediction log: {facts['prediction_log']}",
        f"  Audit log: {facts['audit_log']}",
        f"    {facts['audit_verify']}",
        "  Safety reports:",
        *(f"    {path}" for path in facts["safety_reports"]),
        "  Monitor pages (the champions after promotion; alerts in "
        f"{facts['monitor_alerts']}, Prometheus gauges in the same folder):",
        *(f"    {path}" for path in facts["monitor_pages"]),
        f"    {facts['monitor']}",
        f"  De-identification report: {facts['deidentification_report']}",
        "  Serve the champions again (the simulated data are months old: answers say stale, and are not refused):",
        f"    {facts['serve']}",
        f"    then {facts['openapi']} with the bearer token {facts['token']}",
    ]
