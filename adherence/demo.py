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
7. the promotion decision: the gate promotes a challenger only if its report passed.

Time line, counted back from the last day of data: outcomes need 30 + 14 days of follow-up,
so the shadow period ends 45 days before the end; it lasts ``SHADOW_DAYS``; champions are
trained on data before it, challengers on data up to its end.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from adherence.settings import Settings
from features.deidentified import read_deidentified
from features.entities import decision_time
from features.materialize import materialize
from features.outcomes import DROPOFF_GAP_DAYS, DROPOFF_HORIZON_DAYS
from features.store.definitions import SNAPSHOT_TTL

SHADOW_DAYS = 28
BATCH_SIZE = 1000
REMINDERS_PER_DAY = 40
Progress = Callable[[str], None]



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
    times = read_deidentified(lake, "events", ["event_time"]).event_time
    first, last = times.min().date(), times.max().date()
    shadow_end = last - dt.timedelta(days=DROPOFF_HORIZON_DAYS + DROPOFF_GAP_DAYS + 1)
    shadow_start = shadow_end - dt.timedelta(days=SHADOW_DAYS - 1)
    return Timeline(first, last, shadow_start, shadow_end)


@dataclass
class Traffic:
    """What the intervention engine asked for and was told."""

    days: int = 0
    risk_answers: int = 0
    interventions: int = 0
    reminder_answers: int = 0
    supply_alerts: int = 0
    seconds: float = 0.0
    versions: set[str] = field(default_factory=set)


def wait_until_ready(base_url: str, timeout: float = 180.0, alive: Callable[[], bool] = lambda: True) -> None:
    """Poll ``/readyz`` until the service answers 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError("the prediction service exited while starting; run `adherence serve` to see why")
        try:
            if httpx.get(f"{base_url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"the prediction service at {base_url} was not ready within {timeout:.0f} s")


def drive_traffic(settings: Settings, base_url: str, token: str, line: Timeline, progress: Progress, seed: int = 0) -> Traffic:
    """Each day of the shadow period: materialise as of that day, then call the service like the engine would."""
    patients = read_deidentified(settings.lake, "patients", ["patient_key", "enrolled_at"])
    chooser = random.Random(seed)
    traffic = Traffic()
    started = time.monotonic()
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        for day in line.days:
            moment = decision_time(day)
            materialize(settings.lake, moment.to_pydatetime(), start=(moment - SNAPSHOT_TTL).to_pydatetime())
            enrolled = patients[patients.enrolled_at < moment].patient_key.tolist()
            for begin in range(0, len(enrolled), BATCH_SIZE):
                answer = _post(client, "/v1/dropoff/risk/batch", {"patient_keys": enrolled[begin : begin + BATCH_SIZE]})
                traffic.versions.add(f"dropoff v{answer['model_version']}")
                found = [r for r in answer["results"] if r["found"]]
                traffic.risk_answers += len(found)
                traffic.interventions += sum(bool(r["intervene"]) for r in found)
            for key in chooser.sample(enrolled, min(REMINDERS_PER_DAY, len(enrolled))):
                try:
                    _post(client, "/v1/reminder/hour", {"patient_key": key})
                    traffic.reminder_answers += 1
                except LookupError:  # a patient with no online row yet
                    continue
            traffic.supply_alerts = len(_post(client, "/v1/supply/alerts", {})["alerts"])
            traffic.days += 1
            progress(f"{day}: {traffic.risk_answers:,} risk answers so far, {traffic.interventions:,} interventions flagged")
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
