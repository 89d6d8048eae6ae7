"""A lake moved or copied elsewhere: ``adherence relocate`` makes it read itself, not its original."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adherence.cli import app
from adherence.relocate import recorded_root


def _text_cells(database: Path) -> list[str]:
    """Every text value of every table of an SQLite database."""
    values = []
    with sqlite3.connect(database) as connection:
        for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                values.extend(str(value) for value in row if isinstance(value, str))
    return values


@pytest.mark.slow
def test_a_copied_then_moved_lake_reads_itself_after_relocate(
    trained_lake: Path, tmp_path: Path, test_secrets: None
) -> None:
    from features import materialize as fm
    from models.registry import LakeMovedError, connect, load

    copy = tmp_path / "copy"
    shutil.copytree(trained_lake, copy, symlinks=True, ignore=shutil.ignore_patterns("silver", "truth"))
    assert recorded_root(copy) == trained_lake.resolve()  # a copy records its original, and would read it
    with pytest.raises(FileNotFoundError, match="adherence relocate --lake"):
        fm.feature_store(copy)  # refused, not the original's online store

    moved = tmp_path / "moved"
    copy.rename(moved)
    result = CliRunner().invoke(app, ["relocate", "--lake", str(moved), "--from", str(trained_lake)])
    assert result.exit_code == 0, result.output
    assert "MLflow records rewritten" in " ".join(result.output.split())
    database = moved / "mlflow" / "mlflow.db"
    assert not [value for value in _text_cells(database) if str(trained_lake.resolve()) in value]
    assert str(trained_lake.resolve()) not in (moved / "feature_repo" / "feature_store.yaml").read_text()
    assert recorded_root(moved) == moved.resolve()

    # the champion loads from the moved lake's own files, and Feast serves from its online store
    client = connect(f"sqlite:///{database}")
    version, _ = load(client, "dropoff")
    assert client.get_model_version_download_uri("dropoff", version.version).startswith((moved.resolve()).as_uri())
    store = fm.apply(moved)
    assert Path(store.repo_path).resolve() == (moved / "feature_repo").resolve()

    # moved once more, without relocating: loading says what to run instead of failing deep in MLflow
    again = tmp_path / "again"
    moved.rename(again)
    with pytest.raises(LakeMovedError, match="adherence relocate --lake"):
        load(connect(f"sqlite:///{again / 'mlflow' / 'mlflow.db'}"), "dropoff")
    result = CliRunner().invoke(app, ["relocate", "--lake", str(again)])  # the old place from the lake's own records
    assert result.exit_code == 0, result.output
    assert load(connect(f"sqlite:///{again / 'mlflow' / 'mlflow.db'}"), "dropoff")[0].version == version.version
    rerun = CliRunner().invoke(app, ["relocate", "--lake", str(again)])
    assert rerun.exit_code == 0 and "nothing to do" in rerun.output


def test_relocate_without_any_record_asks_for_the_old_place(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["relocate", "--lake", str(tmp_path)])
    assert result.exit_code == 2 and "pass --from OLD_DIR" in " ".join(result.output.split())
