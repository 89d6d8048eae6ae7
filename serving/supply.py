"""Current supply alerts: the anomaly ensemble on each series' history, published to the registry.

The ensemble scores a series-day from the series' earlier days (trailing windows and a
CUSUM), so the online store's one row per series is not enough, and a deployed replica has
no offline store. The scores are therefore computed where the lake is, and attached to the
registered model version as an MLflow artifact:

- ``publish`` (``adherence serve supply-scores``, also run after ``adherence train anomaly``
  and by the demo) reads every series-day up to the newest snapshot from the offline store
  (the same point-in-time read ``adherence predict anomaly`` does, so the two agree exactly),
  scores it with the champion and the challenger versions, and logs each version's newest-day
  scores as ``supply_scores/<snapshot>.parquet`` in its run, with version tags naming the
  file and the snapshot (``SCORES_TAG``, ``SNAPSHOT_TAG``; ``ERROR_TAG`` when a version failed).
  Run it after every materialisation: the service serves the snapshot last published.
- ``load_published`` (the service) downloads a version's file when its tags change; requests
  only filter it. The challenger's scores come from its own file of the same snapshot (its
  shadow answer, logged beside the champion's); a challenger without one only leaves its
  columns empty with the reason beside them.

``compute`` and ``shadow`` are the in-process scoring both use.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from models.pyfunc import model_input
from models.registry import SUPPLY_ERROR_TAG as ERROR_TAG
from models.registry import SUPPLY_SCORES_TAG as SCORES_TAG
from models.registry import SUPPLY_SNAPSHOT_TAG as SNAPSHOT_TAG
from serving.models import Deployed

if TYPE_CHECKING:
    from mlflow import MlflowClient
    from mlflow.entities.model_registry import ModelVersion

    from adherence.settings import Settings

log = logging.getLogger(__name__)
KEYS = ["batch_number", "region", "day"]
#: The artifact folder of a version's run that holds its published scores.
ARTIFACT_DIR = "supply_scores"
_META = b"adherence.supply_scores"


@dataclass(frozen=True)
class SupplyScores:
    """The newest day's scores of every series: ``current`` has ``KEYS``, the features, ``score``,
    ``alert`` and, once shadowed, ``challenger_score`` / ``challenger_alert``."""

    snapshot: dt.datetime
    as_of: dt.date
    champion: Deployed
    challenger: Deployed | None
    current: pd.DataFrame
    feature_names: tuple[str, ...]
    champion_ms: float
    challenger_ms: float | None = None
    challenger_error: str | None = None
    computed_at: float = 0.0

    @property
    def threshold(self) -> float:
        return float(self.champion.estimator.threshold_)


def history(lake: Path, snapshot: dt.datetime, profile: str = "embedded", days: int | None = None) -> pd.DataFrame:
    """Every series-day up to the day of ``snapshot`` (or its last ``days``) with ``anomaly_v1`` features."""
    from features import materialize as fm  # offline: only the publishing side reads the lake

    as_of = (snapshot - dt.timedelta(days=1)).date()
    since = None if days is None else as_of - dt.timedelta(days=days - 1)
    return fm.supply_history(lake, as_of, since, profile)


def compute(lake: Path, champion: Deployed, profile: str = "embedded",
            days: int | None = None) -> tuple[SupplyScores, pd.DataFrame]:  # fmt: skip
    """The champion's scores of the newest snapshot's day, and the history they came from (reads the lake)."""
    from features import materialize as fm

    snapshot = fm.latest_snapshot(lake)
    frame = history(lake, snapshot, profile, days)
    return score(frame, snapshot, champion)


def score(frame: pd.DataFrame, snapshot: dt.datetime, champion: Deployed) -> tuple[SupplyScores, pd.DataFrame]:
    """The champion's scores of the day before ``snapshot`` from the series-days ``frame`` (``history``)."""
    as_of = (snapshot - dt.timedelta(days=1)).date()
    features = tuple(c for c in frame.columns if c not in KEYS)
    if frame.empty:
        current = pd.DataFrame(columns=[*KEYS, *features, "score", "alert"])
        return SupplyScores(snapshot, as_of, champion, None, current, features, 0.0, computed_at=time.time()), frame
    frame = model_input(frame)
    started = time.perf_counter()
    values = np.asarray(champion.estimator.score_samples(frame), dtype=float)
    elapsed = (time.perf_counter() - started) * 1000
    latest = (frame.day == as_of).to_numpy()
    current = frame.loc[latest, [*KEYS, *features]].assign(score=values[latest])
    current["alert"] = current.score >= champion.estimator.threshold_
    current = current.sort_values(["score", "batch_number", "region"], ascending=[False, True, True]).reset_index(drop=True)
    return SupplyScores(snapshot, as_of, champion, None, current, features, elapsed, computed_at=time.time()), frame


def shadow(scores: SupplyScores, frame: pd.DataFrame, challenger: Deployed, budget_seconds: float) -> SupplyScores:
    """``scores`` with the challenger's scores of the same series-days (``frame``, from ``compute``) added."""
    if frame.empty:
        return replace(scores, challenger=challenger, challenger_ms=0.0)
    started = time.perf_counter()
    try:
        values = np.asarray(challenger.estimator.score_samples(frame), dtype=float)
    except Exception as error:
        elapsed = (time.perf_counter() - started) * 1000
        return replace(scores, challenger=challenger, challenger_ms=elapsed,
                       challenger_error=f"{type(error).__name__}: {error}"[:500])  # fmt: skip
    elapsed = (time.perf_counter() - started) * 1000
    if elapsed > budget_seconds * 1000:
        return replace(scores, challenger=challenger, challenger_ms=elapsed,
                       challenger_error=f"timeout: took {elapsed:.0f} ms (budget {budget_seconds * 1000:.0f} ms)")  # fmt: skip
    latest = frame.assign(challenger_score=values).loc[frame.day == scores.as_of, [*KEYS, "challenger_score"]]
    current = scores.current.drop(columns=["challenger_score", "challenger_alert"], errors="ignore")
    current = current.merge(latest, on=KEYS, how="left")
    current["challenger_alert"] = current.challenger_score >= challenger.estimator.threshold_
    return replace(scores, challenger=challenger, current=current, challenger_ms=elapsed, challenger_error=None)


def publish(settings: Settings, profile: str = "embedded", days: int | None = None, budget_seconds: float = 120.0,
            aliases: tuple[str, ...] = ("champion", "challenger")) -> dict[str, str]:  # fmt: skip
    """Score the newest snapshot with each ``aliases`` version of the anomaly model and attach the scores to it.

    Reads the lake (offline store), so it runs where the lake is, never in the service. A version
    whose scoring raises, or takes longer than ``budget_seconds``, gets ``ERROR_TAG`` instead (and
    keeps no scores of this snapshot). Returns ``{version: "published" | error}``.

    Raises:
        LookupError: the anomaly model has none of the aliases (train it first).
        FileNotFoundError: the lake's feature tables are missing.
    """
    from features import materialize as fm
    from models.registry import connect, load, registered_name, version_for

    client = connect(settings.mlflow_tracking_uri)
    name = registered_name("anomaly")
    versions: dict[str, ModelVersion] = {}
    for alias in aliases:
        found = version_for(client, name, alias)
        if found is not None:
            versions.setdefault(str(found.version), found)
    if not versions:
        raise LookupError(f"registered model {name!r} has none of the aliases {list(aliases)}: train it first")
    snapshot = fm.latest_snapshot(settings.lake)
    frame = history(settings.lake, snapshot, profile, days)
    stamp = snapshot.strftime("%Y%m%dT%H%M%SZ")
    outcome: dict[str, str] = {}
    for number, version in versions.items():
        _, pyfunc = load(client, "anomaly", number)
        deployed = Deployed("anomaly", name, number, pyfunc.unwrap_python_model().estimator, version.run_id)
        try:
            scores, _ = score(frame, snapshot, deployed)
            if scores.champion_ms > budget_seconds * 1000:
                raise TimeoutError(f"timeout: took {scores.champion_ms:.0f} ms (budget {budget_seconds * 1000:.0f} ms)")
        except Exception as error:
            reason = (str(error) if isinstance(error, TimeoutError) else f"{type(error).__name__}: {error}")[:500]
            client.set_model_version_tag(name, number, ERROR_TAG, json.dumps({"snapshot": snapshot.isoformat(),
                                                                               "error": reason}))  # fmt: skip
            log.error("supply scores of %s v%s not published: %s", name, number, reason)
            outcome[number] = reason
            continue
        with tempfile.TemporaryDirectory(prefix="supply-scores-") as folder:
            path = Path(folder) / f"{stamp}.parquet"
            _write(scores, path)
            client.log_artifact(str(version.run_id), str(path), artifact_path=ARTIFACT_DIR)
        # Tags last: a replica downloads only files that are complete in the artifact store.
        client.set_model_version_tag(name, number, SNAPSHOT_TAG, snapshot.isoformat())
        client.set_model_version_tag(name, number, SCORES_TAG, f"{ARTIFACT_DIR}/{path.name}")
        with_error = client.get_model_version(name, number).tags
        if ERROR_TAG in with_error:
            client.delete_model_version_tag(name, number, ERROR_TAG)
        outcome[number] = "published"
    return outcome


def _write(scores: SupplyScores, path: Path) -> None:
    """``scores.current`` as Parquet, with what else the service needs in the file's metadata."""
    table = pa.Table.from_pandas(scores.current, preserve_index=False)
    meta = {"snapshot": scores.snapshot.isoformat(), "as_of": scores.as_of.isoformat(), "version": scores.champion.version,
            "feature_names": list(scores.feature_names), "scoring_ms": scores.champion_ms}  # fmt: skip
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), _META: json.dumps(meta).encode()})
    pq.write_table(table, path)


def load_published(client: MlflowClient, deployed: Deployed) -> SupplyScores:
    """The scores published for ``deployed`` (an anomaly version whose tags name them), downloaded from its run.

    Raises:
        LookupError: the version has no published scores (the message says why and what to run).
        mlflow.exceptions.MlflowException, OSError: the artifact store cannot be read.
    """
    tags = dict(deployed.tags)
    artifact = tags.get(SCORES_TAG)
    if not artifact or deployed.run_id is None:
        failed = tags.get(ERROR_TAG)
        why = f"its last publication failed ({json.loads(failed)['error']})" if failed else "none were published"
        raise LookupError(f"{deployed.name} v{deployed.version} has no supply scores: {why}; run `adherence serve "
                          f"supply-scores --lake DIR` where the lake is")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="supply-scores-") as folder:
        local = client.download_artifacts(deployed.run_id, artifact, folder)
        table = pq.read_table(local)
    meta = json.loads((table.schema.metadata or {})[_META])
    current = table.to_pandas()
    return SupplyScores(dt.datetime.fromisoformat(meta["snapshot"]), dt.date.fromisoformat(meta["as_of"]), deployed, None,
                        current, tuple(meta["feature_names"]), float(meta["scoring_ms"]), computed_at=time.time())  # fmt: skip


def with_challenger(scores: SupplyScores, challenger: Deployed, published: SupplyScores | None,
                    error: str | None = None) -> SupplyScores:  # fmt: skip
    """``scores`` with the challenger's published scores of the same snapshot beside them (its shadow answer).

    Without them (``published`` None, or of another snapshot) the challenger columns stay empty and
    ``challenger_error`` says why; the champion's scores are never changed.
    """
    current = scores.current.drop(columns=["challenger_score", "challenger_alert"], errors="ignore")
    if challenger.version == scores.champion.version:  # the champion's own version: its scores are the champion's
        current = current.assign(challenger_score=current.score, challenger_alert=current.alert)
        return replace(scores, challenger=challenger, current=current, challenger_error=None)
    if published is not None and published.snapshot != scores.snapshot:
        error = (f"challenger v{challenger.version}'s supply scores are of snapshot {published.snapshot.isoformat()}, not "
                 f"{scores.snapshot.isoformat()}: run `adherence serve supply-scores`")  # fmt: skip
        published = None
    if published is None:
        return replace(scores, challenger=challenger, current=current, challenger_ms=None,
                       challenger_error=(error or "no supply scores published")[:500])  # fmt: skip
    theirs = published.current[[*KEYS, "score"]].rename(columns={"score": "challenger_score"})
    current = current.merge(theirs, on=KEYS, how="left")
    current["challenger_alert"] = current.challenger_score >= challenger.estimator.threshold_
    return replace(scores, challenger=challenger, current=current, challenger_ms=published.champion_ms, challenger_error=None)


__all__ = ["ARTIFACT_DIR", "SupplyScores", "compute", "history", "load_published", "publish", "score", "shadow",
           "with_challenger"]  # fmt: skip
