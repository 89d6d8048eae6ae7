"""What the prediction service does, without HTTP: read features, score, shadow, log, audit.

``Engine`` is created once per worker process by the BentoML service (``serving.service``)
and can be used in-process as well (the benchmark's baseline does). Its endpoint methods
return an ``Answer`` that is not given yet: the JSON body, ``audit`` (queues the decision's
audit entries; the caller may also wait for them to be on disk) and ``commit`` (prediction
log and shadow), called in that order, so an answer that fails its audit is neither given
nor logged. Failures are a ``ServiceError`` with the HTTP status and a reason: 404 for an
unknown patient, 503 when the online store, the registry (no champion loaded) or the audit
log cannot be used.

Drop-off risk is scored for patients on therapy (a dose event in the last 14 days, the
population the model was trained and is evaluated on, as batch prediction does); a known
patient off therapy gets ``on_therapy: false`` and ``risk: null``, not a score from outside
the model's population.

The engine reads only what a deployed replica has: the online store (the Feast repository
of ``ADHERENCE_SERVE_FEATURE_REPO``, else the lake's), the model registry (models, and the
supply scores published to the anomaly versions: ``serving.supply``), and its log sinks
(``Settings.audit_dir``, ``Settings.prediction_log_dir``). It reads no lake file: feature
freshness is the online rows' own event timestamps.

Background work, on threads of its own: the shadow runner (``serving.shadow``), the
prediction-log flusher (``adherence.prediction_log``), the audit writer
(``serving.auditing``), and a poller that re-reads the registry aliases every
``poll_seconds`` (or within a second when any worker of any replica announced a reload
through the registry: ``models.registry.RELOAD_TAG``), and downloads the supply scores again
when another champion, challenger or publication appears.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
import os
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
import pandas as pd

from adherence.domain import DROPOFF_GAP_DAYS, DROPOFF_SERVICE, REMINDER_SERVICE, SUPPLY_SERVICE
from adherence.prediction_log import Entry, PredictionLog
from adherence.settings import Settings
from features import materialize as fm
from features.store import repo_dir
from serving import supply as supply_scores
from serving.auditing import AuditWriter, SupplyAuditIndex, intervention_entries
from serving.config import ServeConfig
from serving.errors import ServiceError
from serving.features import OnlineReader, OnlineRows, OnlineStoreUnavailableError, reader_for, service_spec
from serving.models import Deployed, Lineup, Models, RegistryUnavailableError
from serving.shadow import Shadow

log = logging.getLogger(__name__)

Observer = Callable[[str, str], None]


@dataclass
class Answer:
    """An answer, not yet given. To give it: ``audit()`` (submits the decision's audit append),
    wait for that future, then ``commit()`` (prediction log and shadow); so only answers
    actually given are audited and logged, and an audit failure stops the answer."""

    body: dict[str, Any]
    audit: Callable[[], Future[Any]] | None = None
    commit: Callable[[], None] | None = None

    def settle(self, timeout: float | None = None) -> dict[str, Any]:
        """For in-process callers: audit (and wait), commit, return the body."""
        if self.audit is not None:
            self.audit().result(timeout)
        if self.commit is not None:
            self.commit()
        return self.body


def _iso(seconds: float | None, cache: dict[float, str]) -> str | None:
    if seconds is None:
        return None
    text = cache.get(seconds)
    if text is None:
        if len(cache) > 1024:  # one entry per snapshot time: a bound that is never reached in practice
            cache.clear()
        text = cache[seconds] = dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat().replace("+00:00", "Z")
    return text


def reminder_seed(request_id: str, patient_key: str) -> int:
    """The seed of a reminder draw (63 bits): the request and patient fix it, so a replay repeats the draw."""
    return int.from_bytes(hashlib.sha256(f"reminder|{request_id}|{patient_key}".encode()).digest()[:8], "big") >> 1


class Engine:
    """One worker's models, readers, logs and background threads."""

    def __init__(self, settings: Settings, config: ServeConfig, *, on_shadow: Observer | None = None,
                 start_background: bool = True):  # fmt: skip
        self.settings, self.config = settings, config
        self._on_shadow = on_shadow or (lambda endpoint, outcome: None)
        self.feature_repo = settings.serve_feature_repo or repo_dir(settings.lake, config.profile)
        self.store = fm.feature_store_at(self.feature_repo)
        self.reader: OnlineReader = reader_for(self.store, [DROPOFF_SERVICE, REMINDER_SERVICE], config.reader,
                                               config.feature_cache)  # fmt: skip
        self.models = Models(settings.mlflow_tracking_uri)
        self.models.refresh()
        feature_types = {
            "dropoff": self.reader.spec(DROPOFF_SERVICE).types,
            "reminder": self.reader.spec(REMINDER_SERVICE).types,
            "supply": service_spec(self.store, SUPPLY_SERVICE).types,
        }
        self.prediction_log = PredictionLog(settings.lake, feature_types, flush_seconds=config.log_flush_seconds,
                                            root=settings.prediction_log_dir)  # fmt: skip
        self.shadow = Shadow(self.prediction_log, budget_seconds=config.shadow_budget_ms / 1000, on_outcome=self._on_shadow)
        self.audit = AuditWriter(settings.audit_log())
        # Beside the audit log it deduplicates: the same sink, shared by the workers of a replica.
        self.supply_index = SupplyAuditIndex(settings.audit_dir / "supply_alerts_audited.json")
        self.supply: supply_scores.SupplyScores | None = None
        self.supply_error: str | None = "supply scores are being computed"
        self._supply_key: tuple[Any, ...] | None = None
        self._iso_cache: dict[float, str] = {}
        self._stop = threading.Event()
        self._reload_seen = self._reload_token()
        self.refresh_supply()
        self._poller = threading.Thread(target=self._poll, name="registry-poller", daemon=True)
        if start_background:
            self._poller.start()

    # --- endpoints ----------------------------------------------------------------------
    def dropoff(self, keys: Sequence[str], *, single: bool) -> Answer:
        """Risk and intervention flag per patient (``single``: one patient, 404 if unknown)."""
        lineup = self.models.lineup
        champion = self._champion(lineup, "dropoff")
        rows = self._read(DROPOFF_SERVICE, keys)
        if single and not rows.found[0]:
            raise ServiceError(404, "unknown patient: no online features for this patient_key")
        request_id = uuid.uuid4().hex
        now = time.time()
        found = [i for i, ok in enumerate(rows.found) if ok]
        known = rows if len(found) == len(keys) else rows.take(found)
        self._refuse_if_too_old(known.as_of, now)
        days = known.columns["days_since_last_dose"]
        on_therapy = [value is not None and value < DROPOFF_GAP_DAYS for value in days]  # NaN < 14 is False
        scored = [i for i, ok in enumerate(on_therapy) if ok]
        estimator = champion.estimator
        threshold = float(estimator.threshold_)
        started = time.perf_counter()
        inputs = known if len(scored) == len(on_therapy) else known.take(scored, _inputs(estimator))
        risk_scored = estimator.predict_proba(inputs.columns)[:, 1] if scored else np.empty(0)
        champion_ms = (time.perf_counter() - started) * 1000
        risk: list[float | None] = [None] * len(known.keys)  # off therapy: no score
        for position, value in zip(scored, risk_scored.tolist(), strict=True):
            risk[position] = value
        intervene = [value is not None and value >= threshold for value in risk]
        flagged = [(known.keys[i], float(risk_scored[n])) for n, i in enumerate(scored) if intervene[i]]
        audit: Callable[[], Future[Any]] | None = None
        if flagged:
            entries = intervention_entries(request_id, champion.name, champion.version, threshold, flagged)
            audit = partial(self.audit.append, entries)
        commit: Callable[[], None] | None = None
        if known.keys:
            entry = Entry("dropoff", request_id, now, champion.version, {"risk": risk, "intervene": intervene,
                          "on_therapy": on_therapy}, known.columns, champion_ms, patient_keys=known.keys,
                          features_as_of=known.as_of)  # fmt: skip
            shadow = partial(_dropoff_output, known=known, scored=scored)
            commit = partial(self._shadow, entry, lineup.challengers.get("dropoff"), champion, shadow)
        # Column by column: the snapshot times are few (one per materialisation), so their text and age are too.
        stamps = {stamp: (_iso(stamp, self._iso_cache), None if stamp is None else round(now - stamp, 3),
                          self._stale(stamp, now)) for stamp in set(known.as_of)}  # fmt: skip
        answers = [
            {"patient_key": key, "found": True, "on_therapy": therapy, "risk": value, "intervene": flag,
             "features_as_of": stamps[stamp][0], "feature_age_seconds": stamps[stamp][1], "stale": stamps[stamp][2]}
            for key, therapy, value, flag, stamp in zip(known.keys, on_therapy, risk, intervene, known.as_of, strict=True)
        ]  # fmt: skip
        results = answers if len(found) == len(keys) else _with_unknown(rows.keys, found, answers)
        header = {"request_id": request_id, "model": champion.name, "model_version": champion.version, "threshold": threshold}
        if single:
            body = {**header, **results[0]}
            del body["found"]
            return Answer(body, audit, commit)
        return Answer({**header, "results": results}, audit, commit)

    def reminder(self, key: str) -> Answer:
        """The local hour to send a patient's reminder at, drawn from the policy, with its propensity."""
        lineup = self.models.lineup
        champion = self._champion(lineup, "reminder")
        rows = self._read(REMINDER_SERVICE, [key])
        if not rows.found[0]:
            raise ServiceError(404, "unknown patient: no online features for this patient_key")
        request_id = uuid.uuid4().hex
        now = time.time()
        self._refuse_if_too_old(rows.as_of, now)
        context = self._context(rows, REMINDER_SERVICE)
        seed = reminder_seed(request_id, key)
        started = time.perf_counter()
        choice = champion.estimator.choose(context, random_state=seed)
        champion_ms = (time.perf_counter() - started) * 1000
        hour, propensity = int(choice.local_hour.iloc[0]), float(choice.propensity.iloc[0])
        payload = {"request_id": request_id, "model": champion.name, "model_version": champion.version, "patient_key": key,
                   "local_hour": hour, "propensity": propensity, "seed": seed}  # fmt: skip
        audit = partial(self.audit.append, [("reminder_hour", payload)])
        output: dict[str, list[Any]] = {"local_hour": [hour], "propensity": [propensity], "seed": [seed]}
        entry = Entry("reminder", request_id, now, champion.version, output, rows.columns, champion_ms, patient_keys=[key],
                      features_as_of=rows.as_of)
        shadow = partial(_reminder_output, context=context, seed=seed)
        commit = partial(self._shadow, entry, lineup.challengers.get("reminder"), champion, shadow)
        stamp = rows.as_of[0]
        return Answer({
            "request_id": request_id, "patient_key": key, "local_hour": hour, "propensity": propensity,
            "model": champion.name, "model_version": champion.version, "features_as_of": _iso(stamp, self._iso_cache),
            "feature_age_seconds": None if stamp is None else round(now - stamp, 3), "stale": self._stale(stamp, now),
        }, audit, commit)  # fmt: skip

    def _stale(self, stamp: float | None, now: float) -> bool:
        """Older than ``stale_after_seconds`` (or of unknown age): the answer says so."""
        return stamp is None or now - stamp > self.config.stale_after_seconds

    def _refuse_if_too_old(self, stamps: Sequence[float | None], now: float) -> None:
        """503 when any row is older than ``refuse_after_seconds``: no decision on features that old."""
        limit = self.config.refuse_after_seconds
        known = [stamp for stamp in stamps if stamp is not None]
        if limit and known and now - min(known) > limit:
            age_days = (now - min(known)) / 86400
            raise ServiceError(503, f"online features are {age_days:.0f} days old (limit {limit / 86400:g} days): "
                                    "materialise the online store (adherence features materialize)")  # fmt: skip

    def supply_alerts(self, batch_number: str | None = None, region: str | None = None, top: int = 0) -> Answer:
        """Alerts of the newest day by batch and region, and optionally the ``top`` scores."""
        scores = self.supply
        if scores is None:
            raise ServiceError(503, f"supply alerts unavailable: {self.supply_error}")
        current = scores.current
        if batch_number is not None:
            current = current[current.batch_number == batch_number]
        if region is not None:
            current = current[current.region == region]
        alerts = current[current.alert]
        shown = current.head(top) if top > 0 else current.iloc[:0]
        returned = pd.concat([alerts, shown]).drop_duplicates(subset=supply_scores.KEYS) if top > 0 else alerts
        request_id = uuid.uuid4().hex
        now = time.time()
        champion, challenger = scores.champion, scores.challenger
        day = scores.as_of.isoformat()
        audit: Callable[[], Future[Any]] | None = None
        if len(alerts):
            items = [
                (self.supply_index.key(day, row.batch_number, row.region, champion.version),
                 {"request_id": request_id, "model": champion.name, "model_version": champion.version, "day": day,
                  "batch_number": row.batch_number, "region": row.region, "score": round(float(row.score), 6),
                  "threshold": scores.threshold})
                for row in alerts.itertuples(index=False)
            ]  # fmt: skip
            audit = partial(self.audit.call, self.supply_index.audit_new, self.audit.audit, items, day)
        commit = partial(self.prediction_log.append, _supply_entry(request_id, now, scores, returned)) if len(returned) else None

        def listing(frame: pd.DataFrame) -> list[dict[str, Any]]:
            return [{"batch_number": row.batch_number, "region": row.region, "day": day, "score": float(row.score),
                     "alert": bool(row.alert)} for row in frame.itertuples(index=False)]  # fmt: skip

        body = {
            "request_id": request_id, "as_of": day, "snapshot": scores.snapshot.isoformat().replace("+00:00", "Z"),
            "model": champion.name, "model_version": champion.version, "threshold": scores.threshold,
            "series": len(current), "alerts": listing(alerts), "top": listing(shown),
            "challenger_version": challenger.version if challenger is not None else None,
        }  # fmt: skip
        return Answer(body, audit, commit)

    # --- operations ---------------------------------------------------------------------
    def reload(self) -> dict[str, Any]:
        """Re-read the registry now, and ask every other worker (of every replica) to do the same.

        The request goes through the registry (a registered-model tag the workers poll every
        second), so replicas need no shared file. A registry that refuses the write still
        reloads this worker; the answer says ``reload_announced: false`` and why.
        """
        announced: str | None = None
        try:
            self._reload_seen = self.models.announce_reload()
        except RegistryUnavailableError as error:
            announced = str(error)
            log.error("%s", announced)
        changes = self.models.refresh()
        self.refresh_supply()
        return {"changes": changes, "reload_announced": announced is None, "reload_error": announced, **self.status()}

    def ready(self) -> tuple[bool, str]:
        """Whether the worker can answer drop-off and reminder requests, and if not why."""
        lineup = self.models.lineup
        missing = [m for m in ("dropoff", "reminder") if m not in lineup.champions]
        if missing:
            errors = "; ".join(lineup.errors.get(m, "not loaded") for m in missing)
            return False, f"no champion loaded for {', '.join(missing)}: {errors}"
        if self.audit.error is not None:
            return False, f"audit log unavailable: {self.audit.error}"
        try:
            self.reader.check()
        except OnlineStoreUnavailableError as error:
            return False, str(error)
        return True, "ready"

    def status(self) -> dict[str, Any]:
        ready, reason = self.ready()
        lineup = self.models.lineup
        scores = self.supply
        return {
            "ready": ready, "reason": reason, "pid": os.getpid(), "models": lineup.versions(),
            "registry_errors": lineup.errors, "registry_checked_at": lineup.checked_at,
            "online_reader": type(self.reader).__name__, "profile": self.config.profile,
            "supply": None if scores is None else {"as_of": scores.as_of.isoformat(), "series": len(scores.current),
                                                    "alerts": int(scores.current.alert.sum()),
                                                    "challenger_error": scores.challenger_error},
            "supply_error": self.supply_error,
            "prediction_log": {"rows_written": self.prediction_log.rows_written, "flush_errors": self.prediction_log.errors},
            "audit": {"pending": self.audit.pending, "failures": self.audit.failures, "error": self.audit.error,
                      "wait_for_fsync": self.config.audit_wait},
        }  # fmt: skip

    def refresh_supply(self, force: bool = False) -> None:
        """Download the supply scores published to the champion (and challenger) when either or its tags changed.

        A download that fails keeps the scores already held (and reports why in ``supply_error``).
        """
        lineup = self.models.lineup
        champion = lineup.champions.get("anomaly")
        if champion is None:
            self.supply, self.supply_error = None, lineup.errors.get("anomaly", "no supply_anomaly champion loaded")
            self._supply_key = None
            return
        challenger = lineup.challengers.get("anomaly")
        key = (champion.version, champion.tags, challenger.version if challenger else None,
               challenger.tags if challenger else None)  # fmt: skip
        if key == self._supply_key and not force:
            return
        try:
            client = self.models.client()
            scores = supply_scores.load_published(client, champion)
        except Exception as error:
            log.error("supply scores unavailable: %s: %s", type(error).__name__, error)
            self.supply_error = f"supply scores unavailable: {type(error).__name__}: {error}"
            return
        if challenger is not None:
            published: supply_scores.SupplyScores | None = None
            reason: str | None = None
            if challenger.version != champion.version:
                try:
                    published = supply_scores.load_published(client, challenger)
                except Exception as error:
                    reason = f"{type(error).__name__}: {error}"
            scores = supply_scores.with_challenger(scores, challenger, published, reason)
        self.supply, self.supply_error, self._supply_key = scores, None, key

    def close(self) -> None:
        """Stop the poller and the shadow runner; write the logs out."""
        self._stop.set()
        if self._poller.is_alive():
            self._poller.join(timeout=5)
        self.shadow.close()
        self.prediction_log.close()
        self.audit.close()

    # --- internals ----------------------------------------------------------------------
    def _champion(self, lineup: Lineup, model: str) -> Deployed:
        champion = lineup.champions.get(model)
        if champion is None:
            reason = lineup.errors.get(model, f"no {model} champion is loaded")
            raise ServiceError(503, f"model unavailable: {reason}")
        return champion

    def _read(self, service: str, keys: Sequence[str]) -> OnlineRows:
        try:
            return self.reader.read(service, keys)
        except OnlineStoreUnavailableError as error:
            raise ServiceError(503, str(error)) from error

    def _context(self, rows: OnlineRows, service: str) -> pd.DataFrame:
        types = self.reader.spec(service).types
        return pd.DataFrame({
            name: np.asarray(values, dtype="float64") if types.get(name) in ("int64", "float64", "bool") else values
            for name, values in rows.columns.items()
        })  # fmt: skip

    def _shadow(self, entry: Entry, challenger: Deployed | None, champion: Deployed,
                score: Callable[[Deployed], dict[str, list[Any]]]) -> None:  # fmt: skip
        if challenger is None:
            self.prediction_log.append(entry)
            return
        entry.challenger_version = challenger.version
        if challenger.version == champion.version:  # not a distinct candidate: same artifact, same output
            entry.challenger_output = entry.champion_output
            self.prediction_log.append(entry)
            return
        self.shadow.submit(entry, lambda: score(challenger))

    def _reload_token(self) -> str | None:
        """The registry's last announced reload; on a registry that cannot be asked, the one last seen."""
        try:
            return self.models.reload_token()
        except RegistryUnavailableError as error:
            log.debug("reload announcement not read: %s", error)  # the next refresh reports the registry's state
            return getattr(self, "_reload_seen", None)

    def _poll(self) -> None:
        next_refresh = time.monotonic() + self.config.poll_seconds
        while not self._stop.wait(1.0):
            try:
                token = self._reload_token()
                if token != self._reload_seen or time.monotonic() >= next_refresh:
                    self._reload_seen = token
                    next_refresh = time.monotonic() + self.config.poll_seconds
                    self.models.refresh()
                    self.refresh_supply()
            except Exception:
                log.exception("registry poll failed")


def _with_unknown(keys: list[str], found: list[int], answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every requested key's answer in request order: ``answers`` at the ``found`` positions, "not found" elsewhere."""
    results: list[dict[str, Any]] = [
        {"patient_key": key, "found": False, "on_therapy": None, "risk": None, "intervene": None, "features_as_of": None,
         "feature_age_seconds": None, "stale": None}
        for key in keys
    ]  # fmt: skip
    for position, answer in zip(found, answers, strict=True):
        results[position] = answer
    return results


def _inputs(estimator: Any) -> list[str] | None:
    """The columns a model reads (``feature_names_in_``), or None (all of them) when it does not say."""
    names = getattr(estimator, "feature_names_in_", None)
    return None if names is None else [str(name) for name in names]


def _dropoff_output(challenger: Deployed, known: OnlineRows, scored: list[int]) -> dict[str, list[Any]]:
    """The challenger's drop-off output for the ``scored`` rows of ``known`` (in the shadow runner's thread)."""
    estimator = challenger.estimator
    rows = len(known.keys)
    risk: list[float | None] = [None] * rows
    if scored:
        inputs = known if len(scored) == rows else known.take(scored, _inputs(estimator))
        values = estimator.predict_proba(inputs.columns)[:, 1].tolist()
        for position, value in zip(scored, values, strict=True):
            risk[position] = value
    threshold = float(estimator.threshold_)
    on_therapy = [False] * rows
    for position in scored:
        on_therapy[position] = True
    return {"risk": risk, "intervene": [r is not None and r >= threshold for r in risk], "on_therapy": on_therapy}


def _reminder_output(challenger: Deployed, context: pd.DataFrame, seed: int) -> dict[str, list[Any]]:
    choice = challenger.estimator.choose(context, random_state=seed)
    return {"local_hour": [int(choice.local_hour.iloc[0])], "propensity": [float(choice.propensity.iloc[0])], "seed": [seed]}


def _supply_entry(request_id: str, now: float, scores: supply_scores.SupplyScores, rows: pd.DataFrame) -> Entry:
    features = {name: rows[name].tolist() for name in scores.feature_names}
    entities = {"batch_number": rows.batch_number.tolist(), "region": rows.region.tolist(), "day": rows.day.tolist()}
    output = {"score": rows.score.tolist(), "alert": rows.alert.tolist()}
    challenger = scores.challenger
    challenger_output = None
    if challenger is not None and "challenger_score" in rows:
        values = rows.challenger_score.tolist()
        challenger_output = {"score": [None if v is None or math.isnan(v) else v for v in values],
                             "alert": rows.challenger_alert.tolist()}  # fmt: skip
    return Entry("supply", request_id, now, scores.champion.version, output, features, scores.champion_ms,
                 entities=entities, challenger_version=challenger.version if challenger else None,
                 challenger_output=challenger_output, challenger_error=scores.challenger_error,
                 challenger_ms=scores.challenger_ms)  # fmt: skip


__all__ = ["Answer", "Engine", "ServiceError", "reminder_seed"]
