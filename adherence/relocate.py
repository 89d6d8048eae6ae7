"""Moving a lake: ``adherence relocate`` points its MLflow store and Feast repositories at where it is now.

A lake is a folder, but two of the tools it holds write absolute paths into their own state:
MLflow records every artifact location (experiments, runs, model versions) as a ``file://`` URI,
and Feast's ``feature_store.yaml`` and registry name the online store and the feature tables by
path. After ``mv`` or ``cp -r`` those paths point at the old place (or at a copy's original), so a
moved lake either fails or, worse, silently reads the original. Relocation rewrites both once:

1. the embedded MLflow store (``DIR/mlflow/mlflow.db``), every path under the old root
   (``models.registry.relocate_tracking_store``, on a copy that replaces the database when done);
2. each Feast repository the lake has: its ``feature_store.yaml`` rendered for the new place and its
   definitions applied again, so the registry's file sources name the new feature tables.

Like the CLI and the demo, this module sits on top of the stages it composes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import yaml

MLFLOW_ARTIFACTS = Path("mlflow") / "artifacts"


@dataclass
class Relocation:
    """What ``relocate`` found and rewrote."""

    old_root: Path | None
    new_root: Path
    mlflow_rows: dict[str, int] = field(default_factory=dict)
    feast_profiles: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.mlflow_rows or self.feast_profiles)


def recorded_root(lake: Path) -> Path | None:
    """Where the lake's own state says it lives: from the embedded Feast repo, else from MLflow's experiments."""
    config = lake / "feature_repo" / "feature_store.yaml"
    if config.is_file():
        online = (yaml.safe_load(config.read_text()) or {}).get("online_store", {}).get("path")
        if online:
            return Path(online).parent.parent  # ROOT/feature_repo/online.db
    database = lake / "mlflow" / "mlflow.db"
    if database.is_file():
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
            rows = connection.execute("SELECT artifact_location FROM experiments").fetchall()
        marker = "/" + MLFLOW_ARTIFACTS.as_posix() + "/"
        for (location,) in rows:
            text = str(location or "").removeprefix("file://")
            if marker in text:
                return Path(text.split(marker)[0])
    return None


def relocate(lake: Path, old_root: Path | None = None) -> Relocation:
    """Rewrite the lake's recorded paths from ``old_root`` (default: what the lake records) to ``lake``.

    Raises ``ValueError`` when no old place can be found and none is given. Idempotent: a lake
    already where it says it is changes nothing.
    """
    from features import materialize as store
    from features.store import PROFILES, repo_dir
    from models.registry import relocate_tracking_store

    lake = Path(lake).resolve()
    old = Path(old_root).resolve() if old_root is not None else recorded_root(lake)
    result = Relocation(old, lake)
    if old is None:
        raise ValueError(f"{lake} records no former place (no feature repo, no MLflow store); pass --from OLD_DIR")
    if old == lake:
        return result
    database = lake / "mlflow" / "mlflow.db"
    if database.is_file():
        result.mlflow_rows = relocate_tracking_store(database, old, lake)
    for profile in PROFILES:
        if (repo_dir(lake, profile) / "feature_store.yaml").is_file():
            store.apply(lake, profile=profile)  # renders the yaml for here, re-registers the file sources
            result.feast_profiles.append(profile)
    return result


__all__ = ["Relocation", "recorded_root", "relocate"]
