"""The fast SQLite online reader against Feast's own ``get_online_features``, for every feature type.

``serving.features.SqliteReader`` decodes Feast's SQLite online store itself (entity-key
serialisation, table names, ``value_text``, the ``Value`` proto's wire tags): internals of the
Feast version ``FEAST_INTERNALS_VERSION`` pins. Here a toy repository holds one feature of every
type the readers map (Int64, Int32, Float64, Float32, String, Bool) with edge values (nulls, NaN,
negative and multi-byte integers, text with separators and non-ASCII characters), written by
Feast itself; both decoding paths (the text copy and the protos) must give what
``get_online_features`` gives, values, found flags and event timestamps alike. The Redis store of
the scale-out profile is always read through ``get_online_features`` (``FeastReader``), so it has
no second decoder to compare.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pandas as pd
import pytest
from feast import Entity, FeatureService, FeatureStore, FeatureView, Field, FileSource, RepoConfig
from feast.types import Bool, Float32, Float64, Int32, Int64, String
from feast.value_type import ValueType

from features.store.definitions import build_definitions
from serving import features as online
from serving.features import FEAST_INTERNALS_VERSION, FeastReader, SqliteReader, reader_for

TYPES = {"i64": Int64, "i32": Int32, "f64": Float64, "f32": Float32, "text": String, "flag": Bool}
ROWS = {
    "i64": [0, 5, 200, -3, 2**40, None],
    "i32": [7, -1, 128, 0, 2**30, None],
    "f64": [0.1, -1.5, float("nan"), 1e300, 0.0, None],
    "f32": [0.5, -2.25, 1.0, 0.0, 3.0, None],
    "text": ["", "é ü 漢", "a,b:c", '{"x": 1}', "plain", None],
    "flag": [True, False, True, False, True, None],
}
KEYS = [f"p{i}" for i in range(len(ROWS["i64"]))]
SNAPSHOT = dt.datetime(2026, 3, 1, 6, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> FeatureStore:
    folder = tmp_path_factory.mktemp("parity-repo")
    frame = pd.DataFrame({"patient_key": KEYS, "event_timestamp": [SNAPSHOT] * len(KEYS)})
    for name, values in ROWS.items():
        frame[name] = pd.Series(values, dtype=object)
    frame.to_parquet(folder / "source.parquet")
    config = RepoConfig(project="parity", provider="local", repo_path=folder, entity_key_serialization_version=3,
                        registry={"registry_type": "sql", "path": f"sqlite:///{folder / 'registry.db'}"},
                        online_store={"type": "sqlite", "path": str(folder / "online.db")},
                        offline_store={"type": "duckdb"})  # fmt: skip
    feature_store = FeatureStore(config=config)
    patient = Entity(name="patient", join_keys=["patient_key"], value_type=ValueType.STRING)
    source = FileSource(path=str(folder / "source.parquet"), timestamp_field="event_timestamp")
    view = FeatureView(name="every_type", entities=[patient], ttl=dt.timedelta(days=30), source=source,
                       schema=[Field(name=name, dtype=kind) for name, kind in TYPES.items()])  # fmt: skip
    feature_store.apply([patient, view, FeatureService(name="every_type_v1", features=[view])])
    written = frame.copy()
    for name, values in ROWS.items():  # Feast writes a null where pandas has None/NaN in an object column
        written[name] = pd.Series(values, dtype=object)
    feature_store.write_to_online_store("every_type", written)
    return feature_store


def test_the_readers_map_every_feature_type_the_repository_uses(tmp_path: Path) -> None:
    used = {str(field.dtype) for item in build_definitions(tmp_path).values() if isinstance(item, FeatureView)
            for field in item.features}  # fmt: skip
    assert used <= {str(kind) for kind in TYPES.values()}, used  # a new type needs a row in ROWS first


@pytest.mark.parametrize("path", ["text", "proto"])
def test_sqlite_reader_equals_get_online_features_for_every_type(store: FeatureStore, path: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    if path == "proto":  # rows without Feast's text copy (an older Feast wrote them): decoded from the protos
        monkeypatch.setattr(SqliteReader, "_value_text_tables", lambda self, connection: set())
    keys = [*KEYS, "unknown", KEYS[2]]
    direct = SqliteReader(store, ["every_type_v1"]).read("every_type_v1", keys)
    reference = FeastReader(store, ["every_type_v1"]).read("every_type_v1", keys)
    assert direct.found == reference.found == [True] * len(KEYS) + [False, True]
    assert direct.as_of == reference.as_of and set(filter(None, direct.as_of)) == {SNAPSHOT.timestamp()}
    assert list(direct.columns) == list(reference.columns) == list(TYPES)
    for name, values in direct.columns.items():
        theirs = reference.columns[name]
        assert pd.Series(values, dtype=object).equals(pd.Series(theirs, dtype=object)), (name, values, theirs)
        assert [type(v) for v in values] == [type(v) for v in theirs], name


def test_another_feast_version_falls_back_to_the_public_api(store: FeatureStore, caplog: pytest.LogCaptureFixture) -> None:
    assert reader_for(store, ["every_type_v1"]).__class__ is SqliteReader  # the pinned version, installed here
    with caplog.at_level(logging.WARNING, logger=online.__name__):
        reader = reader_for(store, ["every_type_v1"], version="99.0.0")
    assert isinstance(reader, FeastReader)
    assert f"Feast {FEAST_INTERNALS_VERSION}" in caplog.text and "Feast 99.0.0" in caplog.text
    with pytest.raises(ValueError, match="ADHERENCE_SERVE_READER=sqlite refused"):
        reader_for(store, ["every_type_v1"], kind="sqlite", version="99.0.0")
