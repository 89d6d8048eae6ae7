"""Silver as other producers write it: Delta tables, pandas and Spark Parquet, Hive partitions,
and rows with implausible times, which are quarantined rather than believed.

Every lake here is written with the tool a producer would use (``deltalake``, pandas,
pyarrow's dataset writer); the rows are the simulator's, i.e. invented.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import os
import shutil
import struct
import time
import unicodedata
import urllib.parse
import uuid
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from deltalake import DeltaTable, write_deltalake
from deltalake.transaction import AddAction
from typer.testing import CliRunner

from adherence.cli import app
from adherence.settings import SilverSettings
from adherence.simulator import SimulationConfig
from features.silver import load_silver, read_table
from features.silver_sources import DELTA_READER_FEATURES
from tests.conftest import silver_copy, simulated_lake

runner = CliRunner()
TINY = SimulationConfig(patients=20, days=40, seed=3)


@pytest.fixture(scope="session")
def tiny_lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return simulated_lake(tmp_path_factory, "tiny-lake", TINY)


@pytest.fixture
def lake(tiny_lake: Path, tmp_path: Path) -> Path:
    """A private copy of the tiny lake's Silver."""
    return silver_copy(tiny_lake, tmp_path)


def silver_rows(lake: Path, table: str) -> pa.Table:
    """A table's rows as the simulator wrote them (Parquet files)."""
    return pq.read_table(lake / "silver" / table)


def replace_table(lake: Path, table: str) -> Path:
    """Empty a table's folder for a producer to write it again; return the folder."""
    folder = lake / "silver" / table
    shutil.rmtree(folder)
    folder.mkdir()
    return folder


def validate(lake: Path | str) -> dict[str, dict[str, object]]:
    result = runner.invoke(app, ["validate", "--lake", str(lake)])
    assert result.exit_code == 0, result.output
    report: dict[str, dict[str, object]] = json.loads(result.stdout)
    return report


def refusal(lake: Path) -> str:
    """``validate``'s message for a lake it refuses (exit 2, never a traceback), on one line."""
    result = runner.invoke(app, ["validate", "--lake", str(lake)])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    return " ".join(result.output.split())


def with_time(table: pa.Table, column: str, row: int, value: dt.datetime) -> pa.Table:
    values = table.column(column).to_pylist()
    values[row] = value
    return table.set_column(table.column_names.index(column), column, pa.array(values, table.schema.field(column).type))


# --- Delta Lake -------------------------------------------------------------------------


@pytest.mark.verifies("REQ-DATA-003")
def test_delta_table_is_read_at_its_current_version(lake: Path) -> None:
    """An overwrite (a producer fixing a bad load) and a delete (an erasure) are honoured."""
    events = silver_rows(lake, "events")
    folder = replace_table(lake, "events")
    bad_load = events.set_column(0, "event_id", pc.binary_join_element_wise("stale-", events.column("event_id"), ""))
    write_deltalake(folder, pa.concat_tables([bad_load, events]))  # version 0: every event twice
    write_deltalake(folder, events, mode="overwrite")  # version 1: the fixed load
    erased = events.column("mrn")[0].as_py()
    DeltaTable(folder).delete(f"mrn = '{erased}'")  # version 2: one patient's events erased

    report = validate(lake)["events"]
    expected = events.filter(pc.not_equal(events.column("mrn"), erased))
    assert (report["format"], report["version"], report["rows"]) == ("delta", 2, expected.num_rows)
    read = read_table(lake, "events")
    assert sorted(read.column("event_id").to_pylist()) == sorted(expected.column("event_id").to_pylist())
    assert erased not in read.column("mrn").to_pylist()


@pytest.mark.verifies("REQ-DATA-003")
def test_delta_schema_evolution_reads_older_files_by_the_tables_schema(lake: Path) -> None:
    """A nullable column added by a later ``schema_mode="merge"`` append is null in the files written
    before it: the table's current schema decides, not each file's own. A required column that only
    the new files hold is still refused, naming the table and column."""
    events = silver_rows(lake, "events")
    folder = replace_table(lake, "events")
    half = events.num_rows // 2
    write_deltalake(folder, events.slice(0, half).drop_columns(["sensor_value"]))  # before the sensors came
    write_deltalake(folder, events.slice(half), mode="append", schema_mode="merge")
    assert any("sensor_value" not in pq.read_schema(path).names for path in folder.glob("*.parquet"))
    report = validate(lake)["events"]
    assert (report["format"], report["rows"]) == ("delta", events.num_rows)
    read = read_table(lake, "events").sort_by("event_id")
    expected = events.slice(half).column("sensor_value").to_pylist()
    older = set(events.slice(0, half).column("event_id").to_pylist())
    by_id = dict(zip(read.column("event_id").to_pylist(), read.column("sensor_value").to_pylist(), strict=True))
    assert all(by_id[event_id] is None for event_id in older)
    assert [by_id[e] for e in events.slice(half).column("event_id").to_pylist()] == expected

    folder = replace_table(lake, "events")  # a required column missing from the first files
    write_deltalake(folder, events.slice(0, half).drop_columns(["event_type"]))
    write_deltalake(folder, events.slice(half), mode="append", schema_mode="merge")
    output = refusal(lake)
    assert "silver/events.event_type" in output and "values are null in a required column; example: null" in output, output


def test_delta_table_with_column_mapping_is_read_by_logical_names(lake: Path) -> None:
    """Column mapping (Databricks' default on new tables) stores columns under physical names."""
    messages = silver_rows(lake, "messages")
    mapping = {"delta.columnMapping.mode": "name", "delta.minReaderVersion": "2", "delta.minWriterVersion": "5"}
    folder = replace_table(lake, "messages")
    write_deltalake(folder, messages, configuration=mapping)
    assert "body" not in pq.read_schema(next(folder.rglob("*.parquet"))).names  # physical names on disk
    write_deltalake(folder, messages.slice(1), mode="overwrite")
    report = validate(lake)["messages"]
    assert (report["format"], report["version"], report["rows"]) == ("delta", 1, messages.num_rows - 1)
    read = read_table(lake, "messages").sort_by("message_id")
    assert read.column("body").to_pylist() == messages.slice(1).sort_by("message_id").column("body").to_pylist()


def test_delta_table_partitioned_with_null_partition(lake: Path) -> None:
    events = silver_rows(lake, "events")
    assert events.column("region").null_count > 0  # non-scan events have no region
    write_deltalake(replace_table(lake, "events"), events, partition_by=["region"])
    read = read_table(lake, "events").sort_by("event_id")
    assert read.column("region").to_pylist() == events.sort_by("event_id").column("region").to_pylist()


def test_delta_ingestion_time_is_its_newest_commit(lake: Path) -> None:
    messages = silver_rows(lake, "messages")
    write_deltalake(replace_table(lake, "messages"), messages)
    silver = load_silver(lake)
    committed = DeltaTable(lake / "silver" / "messages").history(1)[0]["timestamp"]
    assert silver.reports["messages"].ingested_at == dt.datetime.fromtimestamp(committed / 1000, dt.UTC)


# Deletion vectors: delta-rs's writer rewrites files on delete and Spark is not installed here, so
# the deletion vectors are written as the Delta protocol specifies (PROTOCOL.md of delta-io/delta,
# "Deletion Vectors" and "Deletion Vector Format") by the helpers below.

Z85_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
DV_MAGIC = 1681511377


def z85(data: bytes) -> str:
    """Z85 (ZeroMQ RFC 32), the Base85 variant Delta uses in the log: each 4 bytes, read big-endian,
    become 5 digits, most significant first. ``data`` must be a multiple of 4 bytes long."""
    assert len(data) % 4 == 0
    digits = []
    for start in range(0, len(data), 4):
        number = int.from_bytes(data[start : start + 4], "big")
        digits.extend(Z85_DIGITS[number // 85**power % 85] for power in (4, 3, 2, 1, 0))
    return "".join(digits)


def deletion_vector(rows: list[int]) -> bytes:
    """A serialized Delta deletion vector of row indexes below 2**32 (one bucket).

    Delta's format is the magic number 1681511377 followed by a 64-bit Roaring bitmap in the portable
    format of the Roaring format spec (github.com/RoaringBitmap/RoaringFormatSpec, "Extension for
    64-bit implementations"): the number of buckets (u64), then per bucket its 32-bit key (u32) and a
    32-bit Roaring bitmap. That bitmap is written with the cookie SERIAL_COOKIE_NO_RUNCONTAINER (12346)
    and the container count (u32); a descriptive header of key and cardinality - 1 (u16 each) per
    container; an offset header (u32 per container, from the cookie); then each container as an
    array of its sorted low 16 bits (u16). Only array containers are written, so at most 4096 rows
    per block of 65536. Everything is little-endian.
    """
    blocks: dict[int, list[int]] = {}
    for row in sorted(set(rows)):
        assert 0 <= row < 2**32
        blocks.setdefault(row >> 16, []).append(row & 0xFFFF)
    assert all(len(low) <= 4096 for low in blocks.values()), "only array containers are written here"
    header = struct.pack("<II", 12346, len(blocks))
    header += b"".join(struct.pack("<HH", key, len(low) - 1) for key, low in blocks.items())
    containers = [struct.pack(f"<{len(low)}H", *low) for low in blocks.values()]
    offset = len(header) + 4 * len(containers)
    for container in containers:
        header += struct.pack("<I", offset)
        offset += len(container)
    bitmap32 = header + b"".join(containers)
    return struct.pack("<IQI", DV_MAGIC, 1, 0) + bitmap32  # one bucket, key 0


def live_files(folder: Path) -> dict[str, dict[str, object]]:
    """The ``add`` actions of a Delta table's current version, by path, replayed from its JSON log."""
    files: dict[str, dict[str, object]] = {}
    for commit in sorted((folder / "_delta_log").glob("*.json")):
        for line in commit.read_text().splitlines():
            action = json.loads(line)
            if "add" in action:
                files[action["add"]["path"]] = action["add"]
            elif "remove" in action:
                files.pop(action["remove"]["path"], None)
    return files


def commit_deletion_vector(folder: Path, path: str, rows: list[int], storage: str) -> None:
    """Commit a deletion vector of ``rows`` (row indexes in the data file ``path``) as a DV-writing
    engine does: upgrade the protocol to reader 3 / writer 7 with the ``deletionVectors`` feature,
    and replace the file's ``add`` with one carrying the DV's descriptor.

    ``storage`` ``"i"`` puts the DV inline in the log (Z85, zero-padded to 4 bytes; ``sizeInBytes``
    is the unpadded size); ``"u"`` writes ``deletion_vector_<uuid>.bin`` in the table's folder: a
    version byte 1, then the DV's size (big-endian u32), the DV and its CRC-32 (big-endian u32),
    named in the log by the Z85 of the UUID's 16 bytes, at offset 1.
    """
    add = live_files(folder)[path]
    data = deletion_vector(rows)
    descriptor: dict[str, object] = {"storageType": storage, "sizeInBytes": len(data), "cardinality": len(set(rows))}
    if storage == "i":
        descriptor["pathOrInlineDv"] = z85(data + bytes(-len(data) % 4))
    else:
        name = uuid.uuid4()
        stored = b"\x01" + struct.pack(">I", len(data)) + data + struct.pack(">I", zlib.crc32(data))
        (folder / f"deletion_vector_{name}.bin").write_bytes(stored)
        descriptor.update(pathOrInlineDv=z85(name.bytes), offset=1)
    now = int(time.time() * 1000)
    stats = {**json.loads(str(add["stats"])), "tightBounds": False}  # numRecords still counts every row of the file
    actions = [
        {"commitInfo": {"timestamp": now, "operation": "DELETE", "operationParameters": {}}},
        {"protocol": {"minReaderVersion": 3, "minWriterVersion": 7,
                      "readerFeatures": ["deletionVectors"], "writerFeatures": ["deletionVectors"]}},
        {"remove": {"path": path, "deletionTimestamp": now, "dataChange": True, "extendedFileMetadata": True,
                    "partitionValues": add["partitionValues"], "size": add["size"]}},
        {"add": {**add, "modificationTime": now, "dataChange": True, "stats": json.dumps(stats), "deletionVector": descriptor}},
    ]  # fmt: skip
    version = DeltaTable(folder).version() + 1
    (folder / "_delta_log" / f"{version:020d}.json").write_text("".join(json.dumps(action) + "\n" for action in actions))


@pytest.mark.verifies("REQ-DATA-003")
def test_delta_deletion_vector_erasing_a_patient_is_honoured(lake: Path) -> None:
    """One patient's events erased as Spark or Databricks erase them: soft-deleted by a deletion
    vector in a ``deletion_vector_<uuid>.bin`` file; the data file still holds the rows."""
    events = silver_rows(lake, "events")
    folder = replace_table(lake, "events")
    write_deltalake(folder, events)  # version 0
    (path,) = live_files(folder)
    written = pq.read_table(folder / path)
    erased = written.column("mrn")[0].as_py()
    rows = pc.indices_nonzero(pc.equal(written.column("mrn"), erased)).to_pylist()
    commit_deletion_vector(folder, path, rows, storage="u")  # version 1
    assert list(folder.glob("deletion_vector_*.bin")) and pq.read_table(folder / path).num_rows == events.num_rows
    expected = events.filter(pc.not_equal(events.column("mrn"), erased))
    assert pa.table(DeltaTable(folder).scan()).num_rows == expected.num_rows  # delta-rs itself honours the DV

    report = validate(lake)["events"]
    assert (report["format"], report["version"], report["rows"]) == ("delta", 1, expected.num_rows)
    read = read_table(lake, "events")
    assert sorted(read.column("event_id").to_pylist()) == sorted(expected.column("event_id").to_pylist())
    assert erased not in read.column("mrn").to_pylist()


@pytest.mark.verifies("REQ-DATA-003")
def test_delta_deletion_vector_deleting_every_row_of_a_file_is_honoured(lake: Path) -> None:
    """A bad load appended, then deleted row by row by an inline deletion vector covering the whole file."""
    events = silver_rows(lake, "events")
    folder = replace_table(lake, "events")
    write_deltalake(folder, events)  # version 0
    first = set(live_files(folder))
    bad_load = events.set_column(0, "event_id", pc.binary_join_element_wise("stale-", events.column("event_id"), ""))
    write_deltalake(folder, bad_load, mode="append")  # version 1
    (path,) = set(live_files(folder)) - first
    commit_deletion_vector(folder, path, list(range(bad_load.num_rows)), storage="i")  # version 2
    assert not list(folder.glob("deletion_vector_*.bin")) and len(live_files(folder)) == 2
    assert pa.table(DeltaTable(folder).scan()).num_rows == events.num_rows  # delta-rs itself honours the DV

    report = validate(lake)["events"]
    assert (report["format"], report["version"], report["rows"]) == ("delta", 2, events.num_rows)
    read = read_table(lake, "events")
    assert sorted(read.column("event_id").to_pylist()) == sorted(events.column("event_id").to_pylist())


# --- Arrow types and layouts of other writers ---------------------------------------------


def test_pandas_nanosecond_timestamps_are_truncated_and_counted(lake: Path) -> None:
    events = silver_rows(lake, "events").to_pandas()
    events["event_time"] = events.event_time.astype("datetime64[ns, UTC]")  # pandas' own unit
    events.loc[3, "event_time"] += pd.Timedelta(nanoseconds=789)
    exact = events.event_time[3]
    events.to_parquet(replace_table(lake, "events") / "part.parquet")
    assert pq.read_schema(lake / "silver" / "events" / "part.parquet").field("event_time").type.unit == "ns"

    report = validate(lake)["events"]
    assert report["timestamps_truncated_to_microseconds"] == {"event_time": 1}
    read = read_table(lake, "events")
    value = read.filter(pc.equal(read.column("event_id"), events.event_id[3])).column("event_time")[0].as_py()
    assert pd.Timestamp(value) == exact.floor("us") != exact


def test_spark_int96_large_dictionary_strings_and_nullable_ints(lake: Path) -> None:
    patients = silver_rows(lake, "patients")
    original = read_table(lake, "patients").sort_by("mrn")
    frame = patients.to_pandas()
    frame["doses_per_day"] = frame["doses_per_day"].astype("Int16")  # pandas' nullable integers
    frame["mrn"] = frame["mrn"].astype("category")
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.set_column(
        table.column_names.index("full_name"), "full_name", table.column("full_name").cast(pa.large_string())
    )
    folder = replace_table(lake, "patients")
    pq.write_table(table, folder / "part-00000.snappy.parquet", use_deprecated_int96_timestamps=True)
    assert (
        str(
            pq.ParquetFile(folder / "part-00000.snappy.parquet")
            .schema.column(table.column_names.index("enrolled_at"))
            .physical_type
        )
        == "INT96"
    )

    read = read_table(lake, "patients").sort_by("mrn")
    assert read.equals(original)


@pytest.mark.verifies("REQ-DATA-002")
@pytest.mark.parametrize("layout", ["parquet", "delta"])
def test_int96_times_past_2262_are_quarantined_not_wrapped(lake: Path, layout: str) -> None:
    """Spark's INT96 read as nanoseconds wraps a year-2610 typo to 2025, a time that looks plausible."""
    events = silver_rows(lake, "events")
    events = with_time(events, "event_time", 0, dt.datetime(2610, 5, 1, 8, 30, tzinfo=dt.UTC))
    events = with_time(events, "event_time", 1, dt.datetime(1600, 1, 1, tzinfo=dt.UTC))  # wraps the other way
    folder = replace_table(lake, "events")
    name = "part-00000.snappy.parquet"
    pq.write_table(events, folder / name, use_deprecated_int96_timestamps=True)
    assert str(pq.ParquetFile(folder / name).schema.column(events.column_names.index("event_time")).physical_type) == "INT96"
    if layout == "delta":  # as a Spark job commits it: the file as written, added by the Delta log
        empty = pa.schema([pa.field(f.name, pa.timestamp("us") if f.name == "event_time" else f.type) for f in events.schema])
        write_deltalake(folder, empty.empty_table(), mode="overwrite")
        action = AddAction(name, (folder / name).stat().st_size, {}, int(time.time() * 1000), True, None)
        DeltaTable(folder).create_write_transaction([action], mode="append", schema=empty)
    report = validate(lake)["events"]
    reasons = report["quarantine_reasons"]
    assert report["quarantined"] == 2 and isinstance(reasons, dict), report
    assert any(reason.startswith("event_time after the table's ingestion time") for reason in reasons), reasons
    assert "event_time before the programme start 2000-01-01" in reasons
    quarantined = pq.read_table(lake / "quarantine" / "events.parquet").column("event_id").to_pylist()
    assert sorted(quarantined) == sorted(events.column("event_id").to_pylist()[:2])


@pytest.mark.verifies("REQ-DATA-002")
def test_millisecond_times_beyond_the_microsecond_range_are_quarantined_not_wrapped(lake: Path) -> None:
    """A millisecond count whose microseconds overflow int64 would wrap: one chosen to land on its
    row's own 2026 time, one that would land before the programme start. Both are far future."""
    events = silver_rows(lake, "events")
    ticks = events.column("event_time").cast(pa.timestamp("ms", tz="UTC")).cast(pa.int64()).to_pylist()
    own_us = ticks[0] * 1000
    ticks[0] = (own_us + 2**64 + 999) // 1000  # x 1000 wraps to within a millisecond of the row's own time
    ticks[1] = 2**62
    times = pa.array(ticks, pa.int64()).cast(pa.timestamp("ms", tz="UTC"))
    folder = replace_table(lake, "events")
    pq.write_table(events.set_column(events.column_names.index("event_time"), "event_time", times), folder / "ms.parquet")
    report = validate(lake)["events"]
    reasons = report["quarantine_reasons"]
    assert report["quarantined"] == 2 and isinstance(reasons, dict) and len(reasons) == 1, report
    assert next(iter(reasons)).startswith("event_time after the table's ingestion time"), reasons
    # the quarantine can be read back by any reader: held as the last time Python's datetime can hold
    held = pq.read_table(lake / "quarantine" / "events.parquet").column("event_time").to_pylist()
    assert held == [dt.datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=dt.UTC)] * 2, held


@pytest.mark.verifies("REQ-DATA-002")
@pytest.mark.parametrize("unit", ["s", "us"])
def test_times_past_year_9999_are_quarantined_and_read_back(lake: Path, unit: str) -> None:
    """A time in seconds or microseconds past year 9999 (or before year 1) was quarantined as written, and the
    quarantine file then failed every reader with 'date value out of range'."""
    events = silver_rows(lake, "events")
    ticks = events.column("event_time").cast(pa.timestamp(unit, tz="UTC")).cast(pa.int64()).to_pylist()
    per_second = {"s": 1, "us": 1_000_000}[unit]
    ticks[0], ticks[1] = 400_000_000_000 * per_second, -70_000_000_000 * per_second  # years ~14,600 and ~-250
    times = pa.array(ticks, pa.int64()).cast(pa.timestamp(unit, tz="UTC"))
    folder = replace_table(lake, "events")
    pq.write_table(events.set_column(events.column_names.index("event_time"), "event_time", times), folder / "t.parquet")
    report = validate(lake)["events"]
    assert report["quarantined"] == 2, report
    held = sorted(pq.read_table(lake / "quarantine" / "events.parquet").column("event_time").to_pylist())
    assert held[0].year == 1 and held[1].year == 9999, held


@pytest.mark.verifies("REQ-DATA-002")
def test_a_birth_after_enrolment_or_an_age_past_120_quarantines_the_patient(lake: Path) -> None:
    patients = silver_rows(lake, "patients")
    births = patients.column("date_of_birth").to_pylist()
    births[0] = dt.date(2542, 11, 25)  # after enrolment: an age of -517 would be published
    births[1] = dt.date(1547, 3, 1)  # an age of 479 would be published as 90+
    folder = replace_table(lake, "patients")
    pq.write_table(patients.set_column(patients.column_names.index("date_of_birth"), "date_of_birth",
                                       pa.array(births, pa.date32())), folder / "p.parquet")  # fmt: skip
    silver = load_silver(lake, settings=SilverSettings(max_quarantine_share=1.0))
    assert dict(silver.reports["patients"].quarantined) == {
        "date_of_birth after enrolled_at": 1, "date_of_birth more than 120 years before enrolled_at": 1}
    kept = set(silver.tables["patients"].column("mrn").to_pylist())
    assert not {patients.column("mrn")[0].as_py(), patients.column("mrn")[1].as_py()} & kept


@pytest.mark.verifies("REQ-DATA-001")
@pytest.mark.parametrize(("table", "column"), [("patients", "date_of_birth"), ("events", "expiry_date")])
def test_a_date_past_year_9999_is_refused_by_name(lake: Path, table: str, column: str) -> None:
    """Arrow holds it, Python cannot: a named refusal, not an OverflowError from deep inside."""
    rows = silver_rows(lake, table)
    days = rows.column(column).cast(pa.int32()).to_pylist()
    first = next(i for i, day in enumerate(days) if day is not None)
    days[first] = 213_500_000  # about year 586,000
    folder = replace_table(lake, table)
    dates = pa.array(days, pa.int32()).cast(pa.date32())
    pq.write_table(rows.set_column(rows.column_names.index(column), column, dates), folder / "d.parquet")
    output = refusal(lake)
    assert f"silver/{table}.{column}: holds a date outside years 1-9999" in output, output
    assert_own_words(output)


@pytest.mark.verifies("REQ-DATA-001")
@pytest.mark.parametrize(("table", "column"), [("messages", "body"), ("patients", "full_name"), ("events", "event_type")])
@pytest.mark.parametrize("where", ["first", "last"])
def test_text_that_is_not_utf8_is_refused_by_name(lake: Path, table: str, column: str, where: str) -> None:
    """Latin-1 bytes in a UTF-8 column (Parquet does not check): a named refusal, the value not shown, its row
    counted over the file (a black-box tester's last row was once named by its place in an unnamed chunk)."""
    rows = silver_rows(lake, table)
    texts = [None if v is None else v.encode() for v in rows.column(column).to_pylist()]
    row = 0 if where == "first" else len(texts) - 1
    texts[row] = b"Ren\xe9e \xff\xfe " + (texts[row] or b"")
    broken = pa.array(texts, pa.binary()).view(pa.string())  # no validation: as a legacy writer's bytes arrive
    folder = replace_table(lake, table)
    pq.write_table(rows.set_column(rows.column_names.index(column), column, broken), folder / "part-00003.parquet",
                   row_group_size=7)  # fmt: skip
    output = refusal(lake)
    assert (f"silver/{table}.{column}: holds text that is not valid UTF-8 (in part-00003.parquet, row {row} counting "
            "from 0)") in output, output  # fmt: skip
    assert "Ren" not in output
    assert_own_words(output)


def test_hive_partitions_as_pyarrow_writes_them(lake: Path) -> None:
    events = silver_rows(lake, "events")
    folder = replace_table(lake, "events")
    ds.write_dataset(events, folder, format="parquet", partitioning=["region"], partitioning_flavor="hive")
    assert (folder / "region=__HIVE_DEFAULT_PARTITION__").is_dir()
    report = validate(lake)["events"]
    assert report["rows"] == events.num_rows
    read = read_table(lake, "events").sort_by("event_id")
    assert read.column("region").to_pylist() == events.sort_by("event_id").column("region").to_pylist()


@pytest.mark.parametrize("flavor", ["pyarrow", "pandas", "offset"])
def test_hive_partitions_by_a_time_zone_aware_timestamp(lake: Path, flavor: str) -> None:
    """A partition by a tz-aware time is written with its zone (``...000000Z`` by pyarrow,
    ``+00:00`` by pandas, any offset by hand): read as the instant it names."""
    reminders = silver_rows(lake, "reminders")
    assert reminders.schema.field("sent_at").type.tz == "UTC"
    folder = replace_table(lake, "reminders")
    if flavor == "pyarrow":
        ds.write_dataset(reminders, folder, format="parquet", partitioning=["sent_at"], partitioning_flavor="hive")
        assert any("Z" in urllib.parse.unquote(path.name) for path in folder.iterdir()), sorted(folder.iterdir())[:3]
    else:
        for sent_at, group in reminders.to_pandas().groupby("sent_at"):
            stamp = sent_at.isoformat() if flavor == "pandas" else sent_at.tz_convert("Asia/Kolkata").isoformat()
            part = folder / f"sent_at={urllib.parse.quote(stamp, safe='')}"
            part.mkdir()
            pq.write_table(pa.Table.from_pandas(group.drop(columns=["sent_at"]), preserve_index=False), part / "p.parquet")
    read = read_table(lake, "reminders").sort_by("reminder_id")
    assert read.column("sent_at").to_pylist() == reminders.sort_by("reminder_id").column("sent_at").to_pylist()


def test_a_hive_folder_contradicting_the_files_own_column_is_refused(lake: Path) -> None:
    """``author=care_team/`` holding rows whose own ``author`` column says ``patient``: neither value is believed."""
    messages = silver_rows(lake, "messages")
    folder = replace_table(lake, "messages")
    for author, other in (("patient", "care_team"), ("care_team", "patient")):
        rows = messages.filter(pc.equal(messages.column("author"), author))
        (folder / f"author={other}").mkdir()
        pq.write_table(rows, folder / f"author={other}" / "part-0.parquet")  # the folder names the other author
    result = runner.invoke(app, ["validate", "--lake", str(lake)])
    text = " ".join(result.output.split())
    assert result.exit_code == 2 and "silver/messages.author" in text and "the two must agree" in text, text
    # agreeing copies of the column are read as before
    folder = replace_table(lake, "messages")
    for author in ("patient", "care_team"):
        (folder / f"author={author}").mkdir()
        pq.write_table(messages.filter(pc.equal(messages.column("author"), author)), folder / f"author={author}" / "p.parquet")
    assert validate(lake)["messages"]["rows"] == messages.num_rows


def test_two_hive_folder_levels_of_one_column_must_agree(lake: Path) -> None:
    """``region=US-CA/region=US-NY/part-0.parquet``: pyarrow took the outer value silently. Refused, naming the
    table, the column and both values; two levels saying the same value (one escaped) are read as one."""
    events = silver_rows(lake, "events").drop_columns(["region"])
    folder = replace_table(lake, "events")
    (folder / "region=US-CA" / "region=US-NY").mkdir(parents=True)
    pq.write_table(events, folder / "region=US-CA" / "region=US-NY" / "part-0.parquet")
    output = refusal(lake)
    assert "silver/events.region" in output and "two Hive folders" in output, output
    assert "the outer saying 'US-CA' and the inner 'US-NY'" in output, output

    folder = replace_table(lake, "events")  # a null (Hive's default partition) against a value: also two values
    (folder / "region=__HIVE_DEFAULT_PARTITION__" / "region=US-NY").mkdir(parents=True)
    pq.write_table(events, folder / "region=__HIVE_DEFAULT_PARTITION__" / "region=US-NY" / "part-0.parquet")
    assert "the outer saying null and the inner 'US-NY'" in refusal(lake)

    folder = replace_table(lake, "events")
    (folder / "region=US-NY" / "region=US%2DNY").mkdir(parents=True)
    pq.write_table(events, folder / "region=US-NY" / "region=US%2DNY" / "part-0.parquet")
    assert validate(lake)["events"]["rows"] == events.num_rows
    assert set(read_table(lake, "events").column("region").to_pylist()) == {"US-NY"}


def test_an_empty_pandas_file_and_non_finite_readings(lake: Path) -> None:
    """A zero-row file of object columns (Arrow type null) adds nothing; an infinite reading is refused by name."""
    reminders = silver_rows(lake, "reminders")
    pd.DataFrame({name: pd.Series([], dtype=object) for name in reminders.column_names}).to_parquet(
        lake / "silver" / "reminders" / "zzz-empty.parquet")  # fmt: skip
    assert validate(lake)["reminders"]["rows"] == reminders.num_rows
    events = silver_rows(lake, "events")
    readings = pc.is_valid(events.column("sensor_value"))
    row = pc.index(readings, True).as_py()
    values = events.column("sensor_value").to_pylist()
    values[row] = float("inf")
    events = events.set_column(events.column_names.index("sensor_value"), "sensor_value", pa.array(values, pa.float64()))
    pq.write_table(events, replace_table(lake, "events") / "part-0.parquet")
    result = runner.invoke(app, ["validate", "--lake", str(lake)])
    text = " ".join(result.output.split())
    assert result.exit_code == 2 and "silver/events.sensor_value" in text and "must be a finite number" in text, text


def test_hive_partitions_as_spark_writes_them(lake: Path) -> None:
    """Escaped values (``:`` as ``%3A``, ``@`` as ``%40``), ``_SUCCESS`` and ``.crc`` side files."""
    reminders = silver_rows(lake, "reminders")
    folder = replace_table(lake, "reminders")
    for (policy, sent_at), group in reminders.to_pandas().groupby(["policy", "sent_at"]):
        stamp = sent_at.strftime("%Y-%m-%d %H:%M:%S")
        part = folder / f"policy={urllib.parse.quote(policy, safe='')}" / f"sent_at={urllib.parse.quote(stamp, safe='')}"
        part.mkdir(parents=True)
        rows = pa.Table.from_pandas(group.drop(columns=["policy", "sent_at"]), preserve_index=False)
        pq.write_table(rows, part / "part-00000-6b1c.c000.snappy.parquet")
        (part / ".part-00000-6b1c.c000.snappy.parquet.crc").write_bytes(b"\x00crc")
    (folder / "_SUCCESS").write_text("")
    assert any("%3A" in path.name for path in folder.glob("*/*")) and any("%40" in path.name for path in folder.iterdir())

    read = read_table(lake, "reminders").sort_by("reminder_id")
    expected = reminders.sort_by("reminder_id")
    assert read.column("policy").to_pylist() == expected.column("policy").to_pylist()
    assert read.column("sent_at").to_pylist() == expected.column("sent_at").to_pylist()


def test_writers_side_files_are_ignored_and_any_other_file_is_refused_by_name(lake: Path) -> None:
    """EMR's S3 folder markers (``region=US-CA_$folder$``), Hadoop checksums, Databricks' commit markers and
    macOS's ``.DS_Store`` were refused as unreadable data files; they are ignored. A file that is none of these and
    not Parquet is still refused, naming the table and the file."""
    events = silver_rows(lake, "events")
    folder = replace_table(lake, "events")
    ds.write_dataset(events, folder, format="parquet", partitioning=["event_type"], partitioning_flavor="hive")
    (lake / "silver" / "events_$folder$").write_bytes(b"")
    (folder / "_$folder$").write_bytes(b"")
    for part in list(folder.iterdir()):
        (folder / f"{part.name}_$folder$").write_bytes(b"")
        for data in part.glob("*.parquet"):
            (part / f"{data.name}.crc").write_bytes(b"crc\x00")
            (part / f".{data.name}.crc").write_bytes(b"crc\x00")
    for name in ("_SUCCESS", "_committed_4312553718273612", "_started_4312553718273612", ".DS_Store"):
        (folder / name).write_bytes(b"\x00side")
    assert validate(lake)["events"]["rows"] == events.num_rows

    (folder / "export-notes.txt").write_text("written by the nightly job\n")
    output = refusal(lake)
    assert output.startswith("error: silver/events: cannot read") and "not a Parquet file" in output, output
    assert "aaaaaa-aaaaa.aaa (a name shown by its shape)" in output, output  # export-notes.txt, by its shape


def test_unreadable_values_name_table_file_and_what_failed(lake: Path) -> None:
    patients = silver_rows(lake, "patients")
    huge = pa.array([2**63 + 5] * patients.num_rows, pa.uint64())
    folder = replace_table(lake, "patients")
    odd = patients.set_column(patients.column_names.index("comorbidity_count"), "comorbidity_count", huge)
    pq.write_table(odd, folder / "part-00007.parquet")
    output = refusal(lake)
    assert "silver/patients.comorbidity_count" in output and "part-00007.parquet" in output and "cannot be read as int" in output


@pytest.mark.verifies("REQ-DATA-001")
def test_an_out_of_range_value_is_the_example_not_the_first_value(lake: Path) -> None:
    """A uint64 column with one value 2**64-1 among small counts was refused with ``(example: 0)``: the first value,
    which is in range. The example is the offending value, shaped as an identifier-like number is."""
    patients = silver_rows(lake, "patients")
    counts = [1] * patients.num_rows
    counts[-1] = 2**64 - 1
    folder = replace_table(lake, "patients")
    pq.write_table(patients.set_column(patients.column_names.index("comorbidity_count"), "comorbidity_count",
                                       pa.array(counts, pa.uint64())), folder / "part-0.parquet")  # fmt: skip
    output = refusal(lake)
    assert "silver/patients.comorbidity_count: cannot be read as int" in output and "out of the contract type's range" in output
    assert f"shaped {'9' * 20!r}, not shown: PHI" in output and str(2**64 - 1) not in output, output


def as_delta(lake: Path, table: str, rows: pa.Table | None = None) -> Path:
    """Rewrite a table (or write ``rows`` as it) as a Delta table with ``deltalake``; return its folder."""
    rows = silver_rows(lake, table) if rows is None else rows
    folder = replace_table(lake, table)
    write_deltalake(folder, rows)
    return folder


#: Words of a library's own message that must never reach a user (its raw text or backtrace).
LIBRARY_TEXT = ("ArrowInvalid", "DeltaError", "Kernel error", "<unknown>", "pthread", "magic bytes", "OSError", "Error:")


def assert_own_words(output: str) -> None:
    assert not [word for word in LIBRARY_TEXT if word in output], output


@pytest.mark.verifies("REQ-DATA-001")
def test_a_delta_table_with_no_commits_is_refused_by_name(lake: Path) -> None:
    """A producer's first commit never landed (or the log was emptied): ``_delta_log/`` holds nothing."""
    folder = as_delta(lake, "messages")
    for commit in (folder / "_delta_log").iterdir():
        commit.unlink()
    output = refusal(lake)
    assert "silver/messages: the Delta table has no commits" in output and "_delta_log/" in output
    assert_own_words(output)


def delta_in_three_commits(lake: Path, table: str) -> Path:
    """``table`` as a Delta table written by three ``deltalake`` commits (versions 0, 1, 2); its folder."""
    rows = silver_rows(lake, table)
    folder = replace_table(lake, table)
    third = rows.num_rows // 3
    write_deltalake(folder, rows.slice(0, third))
    write_deltalake(folder, rows.slice(third, third), mode="append")
    write_deltalake(folder, rows.slice(2 * third), mode="append")
    return folder


def set_delta_protocol(folder: Path, protocol: dict[str, Any]) -> None:
    """Rewrite the first commit's protocol action, as a producer's writer (Spark, Databricks) would have written it."""
    commit = folder / "_delta_log" / "00000000000000000000.json"
    actions = [json.loads(line) for line in commit.read_text().splitlines()]
    commit.write_text("".join(json.dumps({"protocol": protocol} if "protocol" in action else action) + "\n"
                              for action in actions))  # fmt: skip


@pytest.mark.verifies("REQ-DATA-001")
@pytest.mark.parametrize("feature", ["vacuumProtocolCheck", "v2Checkpoint", "typeWidening", "catalogManaged"])
def test_a_delta_reader_feature_this_reader_lacks_is_refused_by_name(lake: Path, feature: str) -> None:
    """delta-rs refused these with a truncated "The table has set these reader features" or a "Kernel error"."""
    folder = delta_in_three_commits(lake, "messages")
    set_delta_protocol(folder, {"minReaderVersion": 3, "minWriterVersion": 7, "readerFeatures": [feature],
                                "writerFeatures": [feature]})  # fmt: skip
    output = refusal(lake)
    assert output.startswith(f"error: silver/messages: the Delta table's protocol requires the reader feature(s) {feature}, "
                             "which this platform's Delta reader cannot read"), output  # fmt: skip
    assert_own_words(output)


@pytest.mark.parametrize("feature", sorted(DELTA_READER_FEATURES))
def test_each_delta_reader_feature_said_to_be_read_is_read(lake: Path, feature: str) -> None:
    """``DELTA_READER_FEATURES`` is what delta-rs reads: a table requiring each (none of them used) is read whole."""
    folder = delta_in_three_commits(lake, "messages")
    set_delta_protocol(folder, {"minReaderVersion": 3, "minWriterVersion": 7, "readerFeatures": [feature],
                                "writerFeatures": [feature]})  # fmt: skip
    assert validate(lake)["messages"]["rows"] == silver_rows(lake, "messages").num_rows


@pytest.mark.verifies("REQ-DATA-001")
def test_a_delta_log_with_a_missing_or_cut_commit_or_an_unknown_version_is_refused_by_name(lake: Path) -> None:
    """A missing middle commit and a newer reader version were delta-rs' "Kernel error" (one with a Rust struct dump,
    one about writer features); a cut last commit did not say which file."""
    folder = delta_in_three_commits(lake, "messages")
    (folder / "_delta_log" / "00000000000000000001.json").unlink()
    output = refusal(lake)
    assert "silver/messages: _delta_log/00000000000000000001.json is missing: the log holds commits up to version 2" in output
    assert_own_words(output)

    folder = delta_in_three_commits(lake, "messages")
    last = folder / "_delta_log" / "00000000000000000002.json"
    last.write_bytes(last.read_bytes()[: last.stat().st_size // 2])
    output = refusal(lake)
    assert "silver/messages: _delta_log/00000000000000000002.json is not valid JSON at line" in output, output
    assert_own_words(output)

    folder = delta_in_three_commits(lake, "messages")
    set_delta_protocol(folder, {"minReaderVersion": 4, "minWriterVersion": 7})
    output = refusal(lake)
    assert "silver/messages: the Delta table's protocol asks for reader version 4" in output, output
    assert_own_words(output)

    folder = delta_in_three_commits(lake, "messages")  # commits before a checkpoint may be cleaned up
    DeltaTable(folder).create_checkpoint()
    (folder / "_delta_log" / "00000000000000000000.json").unlink()
    assert validate(lake)["messages"]["rows"] == silver_rows(lake, "messages").num_rows


def damage_delta_json(folder: Path) -> None:
    commit = folder / "_delta_log" / "00000000000000000000.json"
    commit.write_bytes(commit.read_bytes()[:-40])  # cut short mid-record, as by a full disk


def damage_parquet_footer(folder: Path) -> None:
    data = next(folder.rglob("*.parquet"))
    data.write_bytes(data.read_bytes()[:-10])  # a copy cut short: no footer


def damage_pages(folder: Path) -> None:
    data = next(folder.rglob("*.parquet"))
    body = bytearray(data.read_bytes())
    body[100:400] = b"\xff" * 300  # the footer is whole, the first pages are not
    data.write_bytes(bytes(body))


def lose_a_listed_file(folder: Path) -> None:
    next(folder.glob("*.parquet")).unlink()


@pytest.mark.verifies("REQ-DATA-001")
@pytest.mark.parametrize(
    ("delta", "damage", "said"),
    [
        (True, damage_delta_json, "_delta_log/00000000000000000000.json is not valid JSON at line "),
        (True, lose_a_listed_file, "a data file the table lists is missing"),
        (True, damage_parquet_footer, "not a Parquet file, or cut short: its footer is missing or damaged"),
        (False, damage_parquet_footer, "cannot read part-0000.parquet: not a Parquet file, or cut short"),
        (False, damage_pages, "cannot read part-0000.parquet: its data pages are damaged"),
    ],
    ids=["delta-json-cut-short", "delta-file-missing", "delta-footer", "parquet-footer", "parquet-pages"],
)
def test_malformed_inputs_are_said_in_the_projects_words(lake: Path, delta: bool, damage: Any, said: str) -> None:
    """Damaged Delta logs and Parquet files name the table and the file, never the library's raw text."""
    folder = as_delta(lake, "messages") if delta else lake / "silver" / "messages"
    damage(folder)
    output = refusal(lake)
    assert output.startswith("error: silver/messages: ") and said in output
    assert_own_words(output)


@pytest.mark.verifies("REQ-DATA-001")
def test_duplicate_column_names_are_refused_naming_table_and_column(lake: Path) -> None:
    """A Parquet file (pyarrow writes one) and a Delta table whose committed file holds a column twice."""
    messages = silver_rows(lake, "messages")
    folder = replace_table(lake, "messages")
    pq.write_table(messages.append_column("sent_at", messages.column("sent_at")), folder / "part-00002.parquet")
    output = refusal(lake)
    assert "silver/messages.sent_at: part-00002.parquet holds 2 columns named 'sent_at'" in output
    assert_own_words(output)

    # Delta: deltalake refuses to write such a file itself, but a producer's own writer can add one to the log.
    folder = as_delta(lake, "messages", messages)
    extra = messages.slice(0, 3)
    extra = extra.append_column("mrn", extra.column("mrn"))
    pq.write_table(extra, folder / "part-00009.parquet")
    size = (folder / "part-00009.parquet").stat().st_size
    action = AddAction("part-00009.parquet", size, {}, int(time.time() * 1000), True, json.dumps({"numRecords": 3}))
    DeltaTable(folder).create_write_transaction([action], mode="append", schema=messages.schema)
    output = refusal(lake)
    assert "silver/messages.mrn: part-00009.parquet holds 2 columns named 'mrn'" in output
    assert_own_words(output)


@pytest.mark.verifies("REQ-DATA-001")
@pytest.mark.parametrize("column", ["Maëlle Quintero-Osei", "+44 7911 123456", "MRN 48213907", "note"])
def test_a_repeated_column_the_contract_does_not_know_is_ignored(lake: Path, column: str) -> None:
    """The contract: unknown extra columns are ignored, never crash. One written twice in a file (pyarrow writes
    such a file) was refused; it is left unread, the file's contract columns read as they are, and its name
    (maybe a patient's) appears nowhere."""
    reminders = silver_rows(lake, "reminders")
    filler = pa.array(["x"] * reminders.num_rows)
    folder = replace_table(lake, "reminders")
    pq.write_table(reminders.append_column(column, filler).append_column(column, pa.array(["y"] * reminders.num_rows)),
                   folder / "part-0.parquet")  # fmt: skip
    result = runner.invoke(app, ["validate", "--lake", str(lake)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["reminders"]["rows"] == reminders.num_rows
    assert column not in result.output
    assert read_table(lake, "reminders").sort_by("reminder_id").equals(reminders.sort_by("reminder_id"))


@pytest.mark.verifies("REQ-DATA-001")
@pytest.mark.parametrize("spelling", ["MRN", "Mrn"])
def test_a_contract_column_present_only_in_another_case_is_refused_by_both_names(lake: Path, spelling: str) -> None:
    """Names are the contract's, case included. ``mrn`` beside an extra ``MRN`` is read (the extra ignored); a file
    with ``MRN`` and no ``mrn``, or a Hive folder ``Region=US-CA/`` with no ``region`` column (read as null: every
    region lost), is refused naming both spellings."""
    reminders = silver_rows(lake, "reminders")
    folder = replace_table(lake, "reminders")
    pq.write_table(reminders.append_column(spelling, pa.array(["other"] * reminders.num_rows)), folder / "part-0.parquet")
    assert read_table(lake, "reminders").column("mrn").equals(reminders.column("mrn"))
    pq.write_table(reminders.rename_columns([spelling if n == "mrn" else n for n in reminders.column_names]),
                   replace_table(lake, "reminders") / "part-0.parquet")  # fmt: skip
    output = refusal(lake)
    assert f"silver/reminders.mrn: part-0.parquet has no column 'mrn' but has '{spelling}'" in output, output
    assert "case-sensitive" in output

    events = silver_rows(lake, "events").drop_columns(["region"])
    folder = replace_table(lake, "events")
    (folder / "Region=US-CA").mkdir()
    pq.write_table(events, folder / "Region=US-CA" / "part-0.parquet")
    output = refusal(lake)
    assert "silver/events.region:" in output and "has no column 'region' but has 'Region'" in output, output


def _set(table: pa.Table, column: str, values: pa.Array) -> pa.Table:
    return table.set_column(table.column_names.index(column), column, values)


@pytest.mark.verifies("REQ-DATA-001")
@pytest.mark.parametrize(("table", "change", "said"), [
    # pandas writes a column of nothing but None as Arrow type null: it was "has type null, expected string"
    ("patients", lambda t: _set(t, "mrn", pa.nulls(t.num_rows)),
     "silver/patients.mrn: all {rows} values are null in a required column (in part-0.parquet); example: null"),
    ("patients", lambda t: _set(t, "sex", pa.array([None] * t.num_rows, pa.string())),
     "silver/patients.sex: all {rows} values are null in a required column; example: null"),
    ("patients", lambda t: _set(t, "sex", pa.array(["F", None] + ["M"] * (t.num_rows - 2))),
     "silver/patients.sex: 1 of {rows} values are null in a required column; example: null"),
    # a non-finite number was shaped ('aaa', "not shown: PHI") as if it could be an identifier
    ("events", lambda t: _set(t, "sensor_value", pa.array([float("inf")] * t.num_rows)),
     "silver/events.sensor_value: must be a finite number (in part-0.parquet) (example: inf)"),
    ("reminders", lambda t: _set(t, "propensity", pa.array([float("-inf")] * t.num_rows)),
     "silver/reminders.propensity: must be a finite number (in part-0.parquet) (example: -inf)"),
    # the contract's own word in another case was shaped ('Aaaaaaaa') as if it were a name
    ("patients", lambda t: _set(t, "insurance", pa.array(["Medicare"] * t.num_rows)),
     "('medicare' differs from it only in case or spaces: words are exact) (example: 'Medicare')"),
    ("reminders", lambda t: _set(t, "channel", pa.array(["SMS"] * t.num_rows)), "(example: 'SMS')"),
    # a non-whole decimal in a count: pyarrow's "Rescaling Decimal value would cause data loss", no row
    ("patients", lambda t: _set(t, "comorbidity_count", pa.array(
        [decimal.Decimal(2)] * 5 + [decimal.Decimal("2.5")] + [decimal.Decimal(1)] * (t.num_rows - 6), pa.decimal128(5, 1))),
     "silver/patients.comorbidity_count: cannot be read as int (in part-0.parquet, row 5 counting from 0): it is not a "
     "whole number: a decimal with a fraction cannot be an integer (example: 2.5)"),
])  # fmt: skip
def test_an_example_is_the_offending_value_said_as_it_is(lake: Path, table: str, change: Any, said: str) -> None:
    """Each refusal names the table and the column, and its example is the offending value: a null said as null,
    inf as inf, the contract's own word in clear, a fraction with its row."""
    rows = silver_rows(lake, table)
    pq.write_table(change(rows), replace_table(lake, table) / "part-0.parquet")
    assert said.format(rows=rows.num_rows) in refusal(lake)


def test_a_null_in_a_files_column_against_its_hive_folder_is_said_as_null(lake: Path) -> None:
    """The file's null was shown by the shape of the word None ('Aaaa', "not shown: PHI")."""
    messages = silver_rows(lake, "messages")
    folder = replace_table(lake, "messages")
    (folder / "author=patient").mkdir()
    rows = _set(messages, "author", pa.array([None] * messages.num_rows, pa.string()))
    pq.write_table(rows, folder / "author=patient" / "part-0.parquet")
    output = refusal(lake)
    assert "says author is 'patient' but the file's own column holds null" in output, output


@pytest.mark.verifies("REQ-DATA-001")
def test_warehouse_decimals_read_as_the_numbers_they_hold(lake: Path) -> None:
    """Warehouse exports (Spark, Snowflake, BigQuery NUMERIC) write DECIMAL: it was refused as a wrong type. A
    decimal reads as the double it holds, and as an integer when whole; a fraction in an integer column is refused."""
    import decimal

    reminders = silver_rows(lake, "reminders")
    original = read_table(lake, "reminders").sort_by("reminder_id")
    hours = pa.array([None if h is None else decimal.Decimal(h) for h in reminders.column("local_hour").to_pylist()],
                     pa.decimal128(4, 0))  # fmt: skip
    propensity = pc.round(reminders.column("propensity"), 12).cast(pa.decimal128(20, 12))
    table = reminders.set_column(reminders.column_names.index("local_hour"), "local_hour", hours)
    table = table.set_column(table.column_names.index("propensity"), "propensity", propensity)
    folder = replace_table(lake, "reminders")
    write_deltalake(folder, table)
    read = read_table(lake, "reminders").sort_by("reminder_id")
    assert read.column("local_hour").equals(original.column("local_hour"))
    assert max(abs(a - b) for a, b in zip(read.column("propensity").to_pylist(), original.column("propensity").to_pylist(),
                                          strict=True)) < 1e-11  # fmt: skip

    fraction = table.set_column(table.column_names.index("local_hour"), "local_hour",
                                pa.array([decimal.Decimal("7.5")] * table.num_rows, pa.decimal128(4, 1)))  # fmt: skip
    folder = replace_table(lake, "reminders")
    pq.write_table(fraction, folder / "part-0.parquet")
    output = refusal(lake)
    assert "silver/reminders.local_hour" in output and "cannot be read as int" in output and "7.5" in output, output


@pytest.mark.parametrize("codes", [["GB-ENG", "FR-75C", "JP-13", "DC", "PR"], ["CA-QC", "DE-BY", "AU-NSW", "US-TX", "GU"]])
def test_real_subdivisions_of_any_country_are_accepted(lake: Path, codes: list[str]) -> None:
    """ISO 3166-2 codes of other countries and US territories pass (pycountry's list, not a pattern)."""
    patients = silver_rows(lake, "patients").to_pandas()
    patients.loc[: len(codes) - 1, "state"] = codes
    pq.write_table(pa.Table.from_pandas(patients, preserve_index=False), replace_table(lake, "patients") / "part-0.parquet")
    states = set(read_table(lake, "patients", ["state"]).column("state").to_pylist())
    assert set(codes) <= states


def test_tables_without_rows_are_valid_but_warned_of(lake: Path) -> None:
    """Four zero-row tables passed silently: more likely a broken export than a programme with no patients."""
    for table in ("patients", "events", "reminders", "messages"):
        empty = silver_rows(lake, table).slice(0, 0)
        pq.write_table(empty, replace_table(lake, table) / "part-0.parquet")
    result = runner.invoke(app, ["validate", "--lake", str(lake)])
    output = " ".join(result.output.split())
    assert result.exit_code == 0, output
    assert "warning: patients, events, reminders, messages have no rows: was the export cut short?" in output


def test_the_report_gives_the_ingestion_time_the_rows_were_judged_by(lake: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``ADHERENCE_INGESTED_AT`` set, the report gave the files' times while the rows were judged by the setting."""
    measured = validate(lake)["events"]
    assert measured["ingested_at_from"] == "file times"
    monkeypatch.setenv("ADHERENCE_INGESTED_AT", "2026-11-30T06:00:00+01:00")
    result = runner.invoke(app, ["validate", "--lake", str(lake)])
    report = json.loads(result.stdout)
    assert all(table["ingested_at"] == "2026-11-30T05:00:00+00:00" and table["ingested_at_from"] == "set"
               for table in report.values()), report  # fmt: skip
    assert "ingested 2026-11-30T05:00:00Z (set)" in " ".join(result.output.split())


@pytest.mark.verifies("REQ-DATA-001")
@pytest.mark.parametrize("damage", ["checkpoint deleted", "hint names a multi-part checkpoint"])
def test_a_last_checkpoint_naming_a_missing_file_is_refused_naming_it(lake: Path, damage: str) -> None:
    """delta-rs says only "Had a _last_checkpoint hint but didn't find any checkpoints" (which version, which file?)."""
    messages = silver_rows(lake, "messages")
    folder = replace_table(lake, "messages")
    write_deltalake(folder, messages.slice(0, 10))
    write_deltalake(folder, messages.slice(10), mode="append")
    DeltaTable(folder).create_checkpoint()
    checkpoint = folder / "_delta_log" / f"{1:020d}.checkpoint.parquet"
    assert checkpoint.is_file()
    if damage == "checkpoint deleted":
        checkpoint.unlink()
        missing = checkpoint.name
    else:
        (folder / "_delta_log" / "_last_checkpoint").write_text(json.dumps({"version": 1, "size": 4, "parts": 2}))
        missing = f"{1:020d}.checkpoint.{1:010d}.{2:010d}.parquet"
    output = refusal(lake)
    assert "silver/messages:" in output and "_last_checkpoint names the checkpoint of version 1" in output, output
    assert f"_delta_log/{missing} is missing" in output, output


@pytest.mark.verifies("REQ-DEID-007")
def test_a_hive_folder_named_by_mrn_is_refused_without_showing_an_mrn(lake: Path) -> None:
    """``mrn=<MRN>/`` folders whose files hold another MRN: the refusal names neither, in the message or the path."""
    events = silver_rows(lake, "events")
    mrns = sorted(set(events.column("mrn").to_pylist()))
    folder = replace_table(lake, "events")
    for mrn, other in zip(mrns, mrns[1:] + mrns[:1], strict=True):
        (folder / f"mrn={other}").mkdir()
        pq.write_table(events.filter(pc.equal(events.column("mrn"), mrn)), folder / f"mrn={other}" / "part-0.parquet")
    output = refusal(lake)
    assert "silver/events.mrn" in output and "the two must agree" in output and "not shown: PHI" in output, output
    assert not [mrn for mrn in mrns if mrn in output], output
    assert "(the same shape, different values)" in output, output  # both sides shaped alike: say they differ


@pytest.mark.verifies("REQ-DEID-007")
@pytest.mark.parametrize(("table", "column", "value"), [
    ("events", "event_type", "jo.doe@example.org"), ("reminders", "channel", "(415) 555-0182"),
    ("events", "region", "US-56747"), ("events", "event_id", "10000001"),
])  # fmt: skip
def test_an_identifier_shifted_into_a_code_column_is_shown_by_its_shape_only(
    lake: Path, table: str, column: str, value: str
) -> None:
    """A producer's column shift puts an e-mail, a phone, a ZIP code or an MRN-like number where a code
    belongs: the refusal shows its shape, whatever the table and column."""
    rows = silver_rows(lake, table)
    values = rows.column(column).to_pylist()
    values[0] = value
    if column == "event_id":
        values[1] = value  # a duplicate id, refused as such
    folder = replace_table(lake, table)
    pq.write_table(rows.set_column(rows.column_names.index(column), column, pa.array(values)), folder / "part-0.parquet")
    output = refusal(lake)
    assert f"silver/{table}.{column}" in output and "not shown: PHI" in output, output
    assert value not in output and value.split("-")[-1] not in output, output


@pytest.mark.verifies("REQ-DEID-007")
def test_an_mrn_written_decomposed_is_shown_by_its_shape_only(lake: Path) -> None:
    """An MRN in NFD (``A`` + U+0308) names no patient: the example shows the shape, no combining mark."""
    messages = silver_rows(lake, "messages")
    mrns = messages.column("mrn").to_pylist()
    mrns[0] = unicodedata.normalize("NFD", "\u00c4X-1234567")
    folder = replace_table(lake, "messages")
    pq.write_table(messages.set_column(messages.column_names.index("mrn"), "mrn", pa.array(mrns)), folder / "nfd.parquet")
    output = refusal(lake)
    assert "silver/messages.mrn: 1 row(s) name no patient" in output
    assert "shaped '*A-9999999', not shown: PHI" in output  # Ä composed: one non-ASCII letter
    assert not any(unicodedata.combining(char) or not char.isascii() for char in output), output
    assert "1234567" not in output


@pytest.mark.verifies("REQ-DEID-007")
def test_a_file_named_after_a_patient_and_a_lone_town_are_shown_by_their_shape(lake: Path) -> None:
    """A producer names a file ``patient-<MRN>-<name>.parquet``, or shifts a town into ``patients.state``:
    neither carries an identifier's shape, and neither reaches the refusal. Writer-chosen names
    (``part-00000-<uuid>.c000.snappy.parquet``) stay readable."""
    patients = silver_rows(lake, "patients")
    mrn, name = patients.column("mrn")[0].as_py(), patients.column("full_name")[0].as_py()
    folder = replace_table(lake, "patients")
    pq.write_table(patients.drop_columns(["insurance"]), folder / f"patient-{mrn}-{name.replace(' ', '_')}.parquet")
    output = refusal(lake)
    assert "silver/patients.insurance: required column is missing from aaaaaaa-" in output, output
    assert mrn not in output and not [part for part in name.split() if part in output], output

    states = patients.column("state").to_pylist()
    states[0] = "Springfield"
    folder = replace_table(lake, "patients")
    spark_name = f"part-00000-{uuid.uuid4()}.c000.snappy.parquet"
    pq.write_table(patients.set_column(patients.column_names.index("state"), "state", pa.array(states)), folder / spark_name)
    output = refusal(lake)
    assert "silver/patients.state" in output and "shaped 'Aaaaaaaaaaa', not shown: PHI" in output, output
    assert "Springfield" not in output


def test_file_times_past_2262_are_refused_not_wrapped_into_the_1600s(lake: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file modified "in 2263" comes back from the file system wrapped through nanoseconds to 1678:
    believed, every row would be quarantined as after ingestion. Refused, naming the override."""
    path = next((lake / "silver" / "messages").rglob("*.parquet"))
    year_2263 = dt.datetime(2263, 1, 1, tzinfo=dt.UTC).timestamp()
    os.utime(path, (year_2263, year_2263))
    output = refusal(lake)
    assert "silver/messages: its ingestion time (the newest modification time of its files)" in output, output
    assert "set ADHERENCE_INGESTED_AT" in output
    monkeypatch.setenv("ADHERENCE_INGESTED_AT", dt.datetime.now(dt.UTC).isoformat())
    assert validate(lake)["messages"]["quarantined"] == 0


def test_a_delta_commit_time_past_year_9999_is_refused_by_name(lake: Path) -> None:
    messages = silver_rows(lake, "messages")
    folder = replace_table(lake, "messages")
    write_deltalake(folder, messages)
    commit = folder / "_delta_log" / f"{0:020d}.json"
    actions = [json.loads(line) for line in commit.read_text().splitlines()]
    for action in actions:
        if "commitInfo" in action:
            action["commitInfo"]["timestamp"] = 330_000_000_000_000  # year 12427
    commit.write_text("\n".join(json.dumps(action) for action in actions) + "\n")
    output = refusal(lake)
    assert "silver/messages: its newest Delta commit's timestamp" in output and "ADHERENCE_INGESTED_AT" in output, output


def test_a_latin1_escape_in_a_hive_folder_is_refused_without_the_value(lake: Path) -> None:
    patients = silver_rows(lake, "patients")
    city = patients.column("city")[0].as_py()
    folder = replace_table(lake, "patients")
    for index, (state, group) in enumerate(patients.to_pandas().groupby("state")):
        value = urllib.parse.quote(city + "\u00e9", safe="", encoding="latin-1") if index == 0 else state
        part = folder / f"state={value}"
        part.mkdir()
        pq.write_table(pa.Table.from_pandas(group.drop(columns=["state"]), preserve_index=False), part / "part-0.parquet")
    output = refusal(lake)
    assert "silver/patients" in output and "not valid UTF-8" in output, output
    assert city not in output and city.split()[0] not in output


def test_hive_folder_values_equal_as_numbers_agree_with_the_files_column(lake: Path) -> None:
    """``local_hour=06`` over files whose own column says 6 (a zero-padding writer) is one value."""
    reminders = silver_rows(lake, "reminders")
    folder = replace_table(lake, "reminders")
    for hour, group in reminders.to_pandas().groupby("local_hour"):
        part = folder / f"local_hour={hour:02d}"
        part.mkdir()
        pq.write_table(pa.Table.from_pandas(group, preserve_index=False), part / "part-0.parquet")
    assert validate(lake)["reminders"]["rows"] == reminders.num_rows
    read = read_table(lake, "reminders").sort_by("reminder_id")
    assert read.column("local_hour").to_pylist() == reminders.sort_by("reminder_id").column("local_hour").to_pylist()


@pytest.mark.verifies("REQ-DEID-007")
def test_a_zip_code_shifted_into_a_number_column_is_shown_by_its_shape(lake: Path) -> None:
    patients = silver_rows(lake, "patients")
    counts = patients.column("comorbidity_count").to_pylist()
    counts[0] = -6048  # a ZIP code that lost its leading zero, negative
    folder = replace_table(lake, "patients")
    pq.write_table(patients.set_column(patients.column_names.index("comorbidity_count"), "comorbidity_count",
                                       pa.array(counts, pa.int64())), folder / "part-0.parquet")  # fmt: skip
    output = refusal(lake)
    assert "silver/patients.comorbidity_count" in output and "not shown: PHI" in output and "6048" not in output, output


@pytest.mark.parametrize("zone", ["Factory", "localtime", "posixrules", "right/UTC"])
def test_zoneinfo_build_artefacts_are_not_time_zones(lake: Path, zone: str) -> None:
    """zoneinfo lists "Factory" (which pyarrow cannot load: a traceback in the local-hour check) and
    "localtime" (this machine's zone): neither is where a patient lives."""
    patients = silver_rows(lake, "patients")
    zones = patients.column("timezone").to_pylist()
    zones[0] = zone
    folder = replace_table(lake, "patients")
    pq.write_table(patients.set_column(patients.column_names.index("timezone"), "timezone", pa.array(zones)),
                   folder / "part-0.parquet")  # fmt: skip
    output = refusal(lake)
    assert "silver/patients.timezone: not an IANA time zone name" in output, output


@pytest.mark.parametrize("value", ["[/x]", "[red]"])
def test_a_value_that_looks_like_console_markup_is_printed_as_text(lake: Path, value: str) -> None:
    """``[/x]`` in a code column crashed the error printer (Rich read it as a closing tag: exit 1 and a
    traceback); ``[red]`` vanished from the message."""
    from features.silver import shape

    patients = silver_rows(lake, "patients")
    sexes = patients.column("sex").to_pylist()
    sexes[0] = value
    folder = replace_table(lake, "patients")
    pq.write_table(patients.set_column(patients.column_names.index("sex"), "sex", pa.array(sexes)), folder / "part-0.parquet")
    output = refusal(lake)
    assert "silver/patients.sex: value outside vocabulary" in output and f"shaped {shape(value)!r}" in output, output


def test_a_sqlite_catalog_path_that_does_not_exist_is_refused_not_created(
    tiny_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "typo_catalog.db"
    monkeypatch.setenv("ADHERENCE_ICEBERG_CATALOG_URI", f"sqlite:///{missing}")
    shutil.copytree(tiny_lake / "silver", tmp_path / "stale" / "silver")
    output = refusal(tmp_path / "stale")
    assert "ADHERENCE_ICEBERG_CATALOG_URI does not exist" in output, output
    assert not missing.exists()


@pytest.mark.verifies("REQ-DATA-001")
@pytest.mark.parametrize("link", ["back up", "two links", "the table folder"])
def test_a_symlink_loop_in_the_lake_is_refused_naming_the_path(lake: Path, link: str) -> None:
    """``region=US-CA/loop -> ..`` made pyarrow list every file again at each level (each row read dozens of
    times); two links to each other were left out silently; a table folder linked to itself was "missing"."""
    folder = lake / "silver" / "events"
    if link == "back up":
        (folder / "region=US-CA").mkdir()
        (folder / "region=US-CA" / "loop").symlink_to("..", target_is_directory=True)
        named = "region=US-CA/aaaa (a name shown by its shape):"  # the link, shown by its shape
    elif link == "two links":
        (folder / "a").symlink_to("b")
        (folder / "b").symlink_to("a")
        named = ": a"  # "a", or "b" by its shape, which says so
    else:
        shutil.rmtree(folder)
        folder.symlink_to(folder, target_is_directory=True)
        named = f"{folder}:"
    output = refusal(lake)
    assert "silver/events:" in output and "a symbolic link loops back" in output and named in output, output


def test_a_shape_keeps_no_character_of_the_value() -> None:
    from features.silver import shape

    assert shape(unicodedata.normalize("NFD", "Zoë Ångström 555-0147")) == "Aa* *aaaaa*a 999-9999"
    assert shape("M\u0301\u0301RN\u00a0٣٤\u2603") == "*AA ***"  # Ḿ composes to one non-ASCII letter; marks dropped


@pytest.mark.verifies("REQ-DEID-007")
def test_a_shape_shows_every_non_ascii_character_as_a_star() -> None:
    """``山田太郎`` was shaped ``'aaaa'``, read as a lower-case Latin word, while the README said anything else is
    ``*``: every character outside ASCII (letters and digits of any script) is ``*``, which tells neither case
    nor script."""
    from features.silver import shape

    assert shape("山田太郎") == "****" and shape("Иван Петров") == "**** ******" and shape("Ωmega ٣") == "*aaaa *"
    assert shape("Jane Doe-Smith 555-0147 j.doe@x.org") == "Aaaa Aaa-Aaaaa 999-9999 a.aaa@a.aaa"


# --- Plausibility and quarantine ----------------------------------------------------------


@pytest.fixture
def bogus_clocks(lake: Path) -> Iterator[tuple[Path, list[str]]]:
    """Two pillbox events with a 32-bit overflow and a clock reset."""
    path = next((lake / "silver" / "events").rglob("*.parquet"))
    events = pq.read_table(path)
    rows = pc.indices_nonzero(pc.equal(events.column("event_type"), "pillbox_opened")).to_pylist()[:2]
    events = with_time(events, "event_time", rows[0], dt.datetime(2038, 1, 19, 3, 14, 7, tzinfo=dt.UTC))
    events = with_time(events, "event_time", rows[1], dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
    pq.write_table(events, path)
    yield lake, [events.column("event_id")[row].as_py() for row in rows]


@pytest.mark.verifies("REQ-DATA-002")
def test_bogus_clocks_are_quarantined_with_their_reason(bogus_clocks: tuple[Path, list[str]]) -> None:
    lake, ids = bogus_clocks
    report = validate(lake)["events"]
    assert report["quarantined"] == 2
    reasons = report["quarantine_reasons"]
    assert isinstance(reasons, dict) and len(reasons) == 2
    assert any(reason.startswith("event_time after the table's ingestion time") for reason in reasons)
    assert "event_time before the programme start 2000-01-01" in reasons
    quarantine = pq.read_table(lake / "quarantine" / "events.parquet")
    assert sorted(quarantine.column("event_id").to_pylist()) == sorted(ids)
    assert set(quarantine.column("reason").to_pylist()) == set(reasons)
    kept = load_silver(lake).tables["events"]
    assert not set(ids) & set(kept.column("event_id").to_pylist())
    assert pc.max(kept.column("event_time")).as_py() < dt.datetime(2027, 1, 1, tzinfo=dt.UTC)


def test_quarantine_is_removed_once_the_lake_is_clean(bogus_clocks: tuple[Path, list[str]], tiny_lake: Path) -> None:
    lake, _ = bogus_clocks
    load_silver(lake)
    assert (lake / "quarantine" / "events.parquet").is_file()
    shutil.rmtree(lake / "silver")
    shutil.copytree(tiny_lake / "silver", lake / "silver")
    load_silver(lake)
    assert not (lake / "quarantine" / "events.parquet").exists()
    assert not list((lake / "quarantine").glob(".*"))  # no temporary file left behind


def test_the_quarantine_goes_to_the_projects_lake_never_into_a_lake_only_read(
    bogus_clocks: tuple[Path, list[str]], tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quarantine holds PHI rows. Read from a producer's lake (``file://``, ``s3://``, or a local folder given
    to ``deidentify --silver``) it was written beside that lake's ``silver/``: into the producer's lake."""
    from features.silver import quarantine_folder

    producer, ids = bogus_clocks
    project = tmp_path_factory.mktemp("project-lake")
    monkeypatch.setenv("ADHERENCE_LAKE", str(project))
    before = sorted(str(path) for path in producer.rglob("*"))

    report = validate(producer.as_uri())  # a file:// URI: the producer's lake, read only
    assert report["events"]["quarantined"] == 2
    assert sorted(pq.read_table(project / "quarantine" / "events.parquet").column("event_id").to_pylist()) == sorted(ids)
    assert sorted(str(path) for path in producer.rglob("*")) == before

    assert quarantine_folder("s3://producer-bucket/exports") == project / "quarantine"
    assert quarantine_folder(producer.as_uri()) == project / "quarantine"
    assert quarantine_folder(producer) == producer / "quarantine"  # a plain path names the project's own lake

    local = tmp_path_factory.mktemp("local-lake")  # deidentify --silver <a local folder>: quarantine in --lake, not in the folder
    done = runner.invoke(app, ["deidentify", "--lake", str(local), "--silver", str(producer)],
                         env={"ADHERENCE_INSECURE_DEV": "1"})  # fmt: skip
    assert done.exit_code == 0, done.output
    assert sorted(pq.read_table(local / "quarantine" / "events.parquet").column("event_id").to_pylist()) == sorted(ids)
    assert sorted(str(path) for path in producer.rglob("*")) == before


@pytest.mark.verifies("REQ-DATA-002")
def test_too_many_quarantined_rows_fail_validation_with_the_figure(lake: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    messages = silver_rows(lake, "messages")
    shifted = pc.subtract(messages.column("sent_at"), pa.scalar(dt.timedelta(days=365 * 30), pa.duration("us")))
    n = messages.num_rows // 10
    mixed = pa.chunked_array([shifted.slice(0, n), messages.column("sent_at").slice(n)]).combine_chunks()
    folder = replace_table(lake, "messages")
    pq.write_table(messages.set_column(messages.column_names.index("sent_at"), "sent_at", mixed), folder / "m.parquet")
    output = refusal(lake)
    assert f"{n} of {messages.num_rows} rows ({n / messages.num_rows:.2%}) quarantined" in output
    assert "more than the allowed 1.00%" in output and "the most common reason: sent_at before the programme start" in output
    monkeypatch.setenv("ADHERENCE_MAX_QUARANTINE_SHARE", "0.5")
    assert validate(lake)["messages"]["quarantined"] == n


def test_programme_start_and_tolerances_are_settings(bogus_clocks: tuple[Path, list[str]]) -> None:
    lake, _ = bogus_clocks
    relaxed = SilverSettings(programme_start=dt.datetime(1960, 1, 1, tzinfo=dt.UTC), enrolment_tolerance=dt.timedelta(days=36500))
    assert sum(load_silver(lake, settings=relaxed).reports["events"].quarantined.values()) == 1  # 2038 stays out
    later = SilverSettings(ingested_at=dt.datetime(2039, 1, 1, tzinfo=dt.UTC))
    assert sum(load_silver(lake, settings=later).reports["events"].quarantined.values()) == 1  # 1970 stays out


def test_events_well_before_enrolment_and_a_quarantined_patients_rows(lake: Path) -> None:
    patients = silver_rows(lake, "patients")
    events = silver_rows(lake, "events")
    mrn = events.column("mrn")[0].as_py()
    row = pc.index(patients.column("mrn"), mrn).as_py()
    enrolled = patients.column("enrolled_at")[row].as_py()
    early = with_time(events, "event_time", 0, enrolled - dt.timedelta(days=8))
    folder = replace_table(lake, "events")
    pq.write_table(early, folder / "e.parquet")
    silver = load_silver(lake, settings=SilverSettings(max_quarantine_share=1.0))
    assert dict(silver.reports["events"].quarantined) == {"event_time more than 7 days before enrolled_at": 1}

    # A patient enrolled "in 1970" is set aside with every row that names them.
    other = patients.column("mrn")[(row + 1) % patients.num_rows].as_py()
    patients = with_time(patients, "enrolled_at", (row + 1) % patients.num_rows, dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
    folder = replace_table(lake, "patients")
    pq.write_table(patients, folder / "p.parquet")
    silver = load_silver(lake, settings=SilverSettings(max_quarantine_share=1.0))
    assert other not in silver.tables["patients"].column("mrn").to_pylist()
    for child in ("events", "reminders", "messages"):
        assert other not in silver.tables[child].column("mrn").to_pylist()
        quarantine = pq.read_table(lake / "quarantine" / f"{child}.parquet")
        assert "the patient is quarantined" in quarantine.column("reason").to_pylist()


@pytest.mark.verifies("REQ-DATA-002")
def test_implausible_sensor_readings_are_quarantined_with_their_reason(lake: Path) -> None:
    """A glucose reading in mmol/L (5.6) under ``glucose_mg_dl``, a systolic pressure of 1200, a peak flow of 2500,
    a reading of no kind and a reading stuck on an app open were believed, and moved every sensor feature.
    A producer's pandas export; the bounds are inclusive (600 mg/dL is kept)."""
    from features.contract import SENSOR_KINDS, SENSOR_RANGES

    assert set(SENSOR_RANGES) == set(SENSOR_KINDS) and all(bounds.source for bounds in SENSOR_RANGES.values())
    events = silver_rows(lake, "events").to_pandas()
    readings = events.index[events.event_type == "sensor_reading"]
    app_open = events.index[events.event_type == "app_open"][0]
    changes = [("glucose_mg_dl", 5.6), ("systolic_bp_mm_hg", 1200.0), ("peak_flow_l_min", 2500.0), (None, 120.0),
               ("glucose_mg_dl", 600.0)]  # fmt: skip
    for row, (kind, value) in zip(readings, changes, strict=False):
        events.loc[row, ["sensor_kind", "sensor_value"]] = [kind, value]
    events.loc[app_open, ["sensor_kind", "sensor_value"]] = ["glucose_mg_dl", 120.0]
    folder = replace_table(lake, "events")
    events.to_parquet(folder / "events.parquet", index=False)

    silver = load_silver(lake, settings=SilverSettings(max_quarantine_share=1.0))
    assert dict(silver.reports["events"].quarantined) == {
        "sensor_value outside 20-600 for glucose_mg_dl": 1,
        "sensor_value outside 40-299 for systolic_bp_mm_hg": 1,
        "sensor_value outside 30-800 for peak_flow_l_min": 1,
        "sensor_reading without sensor_kind": 1,
        "sensor_kind or sensor_value set on an event that is not a sensor_reading": 1,
    }
    set_aside = set(events.event_id[[*readings[:4], app_open]])
    kept = set(silver.tables["events"].column("event_id").to_pylist())
    assert not set_aside & kept and events.event_id[readings[4]] in kept
    quarantine = pq.read_table(lake / "quarantine" / "events.parquet")
    assert set(quarantine.column("event_id").to_pylist()) == set_aside


def test_local_hour_must_be_sent_at_in_the_patients_time_zone(lake: Path) -> None:
    reminders = silver_rows(lake, "reminders")
    hours = reminders.column("local_hour").to_pylist()
    hours[0] = (hours[0] + 5) % 24
    wrong = reminders.set_column(
        reminders.column_names.index("local_hour"), "local_hour", pa.array(hours, reminders.schema.field("local_hour").type)
    )
    folder = replace_table(lake, "reminders")
    pq.write_table(wrong, folder / "r.parquet")
    silver = load_silver(lake)
    assert dict(silver.reports["reminders"].quarantined) == {"local_hour is not sent_at's hour in the patient's time zone": 1}
    assert reminders.column("reminder_id")[0].as_py() not in silver.tables["reminders"].column("reminder_id").to_pylist()


# --- the simulator as a Delta producer, end to end -------------------------------------------


def test_a_delta_lake_with_bogus_clocks_goes_through_deidentification_and_features(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from features.deidentified import read_deidentified
    from features.materialize import latest_snapshot

    lake = tmp_path / "delta-lake"
    arguments = ["--lake", str(lake), "--patients", "30", "--days", "60", "--start", "2026-03-02", "--format", "delta"]
    result = runner.invoke(app, ["simulate", *arguments])
    assert result.exit_code == 0, result.output
    events_folder = lake / "silver" / "events"
    assert (events_folder / "_delta_log").is_dir() and DeltaTable(events_folder).version() == 0
    # The producer appends a late batch in which two device clocks went wrong.
    events = DeltaTable(events_folder).to_pyarrow_table()
    doses = pc.indices_nonzero(pc.equal(events.column("event_type"), "pillbox_opened")).to_pylist()[:2]
    late = events.take(doses)
    late = late.set_column(0, "event_id", pa.array(["late-1", "late-2"]))
    moments = [dt.datetime(2038, 1, 19, 3, 14, 7, tzinfo=dt.UTC), dt.datetime(1970, 1, 1, tzinfo=dt.UTC)]
    late = late.set_column(late.column_names.index("event_time"), "event_time", pa.array(moments, pa.timestamp("us", tz="UTC")))
    write_deltalake(events_folder, late, mode="append")

    report = validate(lake)
    assert {table: (report[table]["format"], report[table]["version"]) for table in report} == {
        "patients": ("delta", 0), "events": ("delta", 1), "reminders": ("delta", 0), "messages": ("delta", 0)
    }  # fmt: skip
    assert report["events"]["quarantined"] == 2 and report["events"]["rows"] == events.num_rows

    monkeypatch.setenv("ADHERENCE_PSEUDONYM_KEY", "delta-test-pseudonym-key-0123456789")
    result = runner.invoke(app, ["deidentify", "--lake", str(lake)])
    assert result.exit_code == 0, result.output
    times = read_deidentified(lake, "events", ["event_time"]).event_time
    assert len(times) == events.num_rows and times.max() < pd.Timestamp("2026-06-01", tz="UTC")
    result = runner.invoke(app, ["features", "apply", "--lake", str(lake)])
    assert result.exit_code == 0, result.output
    assert latest_snapshot(lake) <= dt.datetime(2026, 5, 2, tzinfo=dt.UTC)  # the day after the last simulated day


# --- Iceberg tables through a SQL catalog ------------------------------------------------------


def _iceberg_silver(
    source: Path, catalog_uri: str, warehouse: Path, namespace: str, catalog_name: str = "silver"
) -> dict[str, int]:
    """Write every table of ``source``'s Silver into an Iceberg SQL catalog, as a producer would.

    Events are written twice (a bad load), overwritten, then one patient's events deleted.
    Returns the number of current rows per table.
    """
    from pyiceberg.catalog.sql import SqlCatalog

    catalog = SqlCatalog(catalog_name, uri=catalog_uri, warehouse=f"file://{warehouse}")
    catalog.create_namespace(namespace)
    counts = {}
    for name in ("patients", "events", "reminders", "messages"):
        rows = silver_rows(source, name)
        table = catalog.create_table((namespace, name), schema=rows.schema)
        table.append(rows)
        counts[name] = rows.num_rows
        if name == "events":
            table.append(rows)  # a bad load
            table.overwrite(rows)  # fixed
            erased = rows.column("mrn")[0].as_py()
            table.delete(f"mrn == '{erased}'")
            counts[name] -= pc.sum(pc.equal(rows.column("mrn"), erased)).as_py()
    return counts


def _assert_reads_iceberg(source: Path, lake: Path, counts: dict[str, int]) -> None:
    """``validate`` reads every table from the catalog at its current snapshot (no silver/ folder at all)."""
    lake.mkdir()
    report = validate(lake)
    assert {name: report[name]["rows"] for name in report} == counts
    assert all(report[name]["format"] == "iceberg" and isinstance(report[name]["version"], int) for name in report)
    events, written = read_table(lake, "events"), silver_rows(source, "events")
    erased = written.column("mrn")[0].as_py()
    kept = written.filter(pc.not_equal(written.column("mrn"), erased))
    assert sorted(events.column("event_id").to_pylist()) == sorted(kept.column("event_id").to_pylist())


@pytest.mark.verifies("REQ-DATA-003")
def test_iceberg_tables_from_a_sqlite_catalog(tiny_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A catalog named as the producer chose (not ``silver``), beside a stale Parquet copy that must not win."""
    uri = f"sqlite:///{tmp_path / 'catalog.db'}"
    counts = _iceberg_silver(tiny_lake, uri, tmp_path / "warehouse", "silver", catalog_name="producer_lakehouse")
    monkeypatch.setenv("ADHERENCE_ICEBERG_CATALOG_URI", uri)
    _assert_reads_iceberg(tiny_lake, tmp_path / "lake", counts)
    shutil.copytree(tiny_lake / "silver", tmp_path / "stale" / "silver")  # every patient, the erased one too
    report = validate(tmp_path / "stale")
    assert {name: report[name]["format"] for name in report} == dict.fromkeys(report, "iceberg")
    assert report["events"]["rows"] == counts["events"]


def test_iceberg_catalog_names_ambiguous_empty_and_chosen(
    tiny_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pyiceberg.catalog.sql import SqlCatalog

    uri = f"sqlite:///{tmp_path / 'catalog.db'}"
    counts = _iceberg_silver(tiny_lake, uri, tmp_path / "warehouse", "silver", catalog_name="first")
    monkeypatch.setenv("ADHERENCE_ICEBERG_CATALOG_URI", uri)
    second = SqlCatalog("second", uri=uri, warehouse=f"file://{tmp_path / 'warehouse2'}")
    second.create_namespace("silver")
    for name in ("patients", "events", "reminders", "messages"):
        second.create_table(("silver", name), schema=silver_rows(tiny_lake, name).schema)  # never written: no snapshot
    (tmp_path / "lake").mkdir()
    refused = runner.invoke(app, ["validate", "--lake", str(tmp_path / "lake")])
    assert refused.exit_code == 2 and "several catalog names (first, second)" in " ".join(refused.output.split())
    assert "ADHERENCE_ICEBERG_CATALOG_NAME" in refused.output
    monkeypatch.setenv("ADHERENCE_ICEBERG_CATALOG_NAME", "second")
    report = validate(tmp_path / "lake")  # empty tables, read as such
    assert {name: report[name]["rows"] for name in report} == dict.fromkeys(counts, 0)
    monkeypatch.setenv("ADHERENCE_ICEBERG_CATALOG_NAME", "first")
    assert {name: row["rows"] for name, row in validate(tmp_path / "lake").items()} == counts


@pytest.mark.parametrize(("variable", "value", "said"), [
    ("ADHERENCE_ICEBERG_CATALOG_NAME", "prdo", "the catalog name(s) producer_lakehouse"),
    ("ADHERENCE_ICEBERG_NAMESPACE", "slver", "the namespace(s) silver"),
    ("ADHERENCE_ICEBERG_CATALOG_URI", "not a uri", "cannot be opened"),
])  # fmt: skip
def test_an_iceberg_setting_that_matches_nothing_is_refused_not_bypassed(
    tiny_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    """A typo in the catalog's name or namespace fell back to a stale ``silver/<table>/`` copy silently;
    a URL SQLAlchemy cannot parse was blamed on a table in SQLAlchemy's words."""
    uri = f"sqlite:///{tmp_path / 'catalog.db'}"
    _iceberg_silver(tiny_lake, uri, tmp_path / "warehouse", "silver", catalog_name="producer_lakehouse")
    shutil.copytree(tiny_lake / "silver", tmp_path / "stale" / "silver")
    monkeypatch.setenv("ADHERENCE_ICEBERG_CATALOG_URI", uri)
    monkeypatch.setenv(variable, value)
    output = refusal(tmp_path / "stale")
    assert variable in output and said in output, output


@pytest.mark.verifies("REQ-DATA-003")
@pytest.mark.parametrize("catalog", ["sqlite:///:memory:", "sqlite://", "an empty sqlite file", "a catalog without events"])
def test_a_catalog_that_does_not_hold_a_table_is_refused_not_bypassed(
    tiny_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, catalog: str
) -> None:
    """An in-memory or empty catalog database, or one lacking a table, fell back to the lake's ``silver/<table>/``
    folders (here a stale copy) without a word: with a catalog set, every table comes from it or is refused."""
    from pyiceberg.catalog.sql import SqlCatalog

    uri, table = catalog, "patients"
    if catalog == "an empty sqlite file":
        (tmp_path / "empty.db").touch()
        uri = f"sqlite:///{tmp_path / 'empty.db'}"
    elif catalog == "a catalog without events":
        uri, table = f"sqlite:///{tmp_path / 'catalog.db'}", "events"
        producer = SqlCatalog("lakehouse", uri=uri, warehouse=f"file://{tmp_path / 'warehouse'}")
        producer.create_namespace("silver")
        producer.create_table(("silver", "patients"), schema=silver_rows(tiny_lake, "patients").schema).append(
            silver_rows(tiny_lake, "patients"))  # fmt: skip
    shutil.copytree(tiny_lake / "silver", tmp_path / "stale" / "silver")
    monkeypatch.setenv("ADHERENCE_ICEBERG_CATALOG_URI", uri)
    output = refusal(tmp_path / "stale")
    assert f"silver/{table}: the Iceberg catalog sqlite://" in output, output
    assert f"holds no table silver.{table}" in output and "never from a silver/ folder" in output, output


@pytest.mark.verifies("REQ-DATA-003")
def test_an_iceberg_tables_folder_without_a_catalog_is_refused_not_read_as_parquet(lake: Path, tmp_path: Path) -> None:
    """pyiceberg wrote ``silver/events/`` (data/ and metadata/), then overwrote it: read as plain Parquet, the
    replaced files would come back beside the current ones. Without a catalog it is refused, naming the setting."""
    from pyiceberg.catalog.sql import SqlCatalog

    events = silver_rows(lake, "events")
    folder = replace_table(lake, "events")
    folder.rmdir()
    producer = SqlCatalog("lakehouse", uri=f"sqlite:///{tmp_path / 'catalog.db'}", warehouse=f"file://{tmp_path / 'w'}")
    producer.create_namespace("silver")
    iceberg = producer.create_table(("silver", "events"), schema=events.schema, location=f"file://{folder}")
    iceberg.append(events)
    iceberg.overwrite(events)
    assert list((folder / "metadata").glob("*.metadata.json")) and len(list(folder.rglob("*.parquet"))) >= 2
    output = refusal(lake)
    assert "silver/events:" in output and "is an Iceberg table (it holds metadata/*.metadata.json)" in output, output
    assert "set ADHERENCE_ICEBERG_CATALOG_URI" in output, output


POSTGRES_CATALOG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.mark.scaleout
def test_iceberg_tables_from_a_postgresql_catalog(tiny_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import uuid

    from pyiceberg.catalog.sql import SqlCatalog

    from tests.network import reachable

    if not reachable(5432):
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL 127.0.0.1:5432 is needed (CI machines run it)")
        pytest.skip("PostgreSQL 127.0.0.1:5432 is needed")
    namespace = f"silver_{uuid.uuid4().hex[:12]}"
    try:
        counts = _iceberg_silver(tiny_lake, POSTGRES_CATALOG, tmp_path / "warehouse", namespace)
        monkeypatch.setenv("ADHERENCE_ICEBERG_CATALOG_URI", POSTGRES_CATALOG)
        monkeypatch.setenv("ADHERENCE_ICEBERG_NAMESPACE", namespace)
        _assert_reads_iceberg(tiny_lake, tmp_path / "lake", counts)
    finally:
        catalog = SqlCatalog("silver", uri=POSTGRES_CATALOG)
        for identifier in catalog.list_tables(namespace):
            catalog.drop_table(identifier)
        catalog.drop_namespace(namespace)


# --- a lake in an object store -----------------------------------------------------------------


@pytest.fixture
def s3_endpoint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    """A local S3-compatible server (moto) on a free port, stopped by its own PID afterwards."""
    import subprocess
    import sys
    import time

    from tests.network import free_port, reachable

    port = free_port()
    log = (tmp_path / "moto.log").open("wb")
    server = subprocess.Popen([str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not reachable(port):
            assert server.poll() is None and time.monotonic() < deadline, "moto_server did not start"
            time.sleep(0.2)
        endpoint = f"http://127.0.0.1:{port}"
        for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-1",
                            "AWS_DEFAULT_REGION": "us-east-1", "ADHERENCE_S3_ENDPOINT_URL": endpoint}.items():  # fmt: skip
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
        yield endpoint
    finally:
        server.terminate()  # this server only, by its own PID
        server.wait(timeout=30)
        log.close()


def test_a_lake_in_an_object_store(s3_endpoint: str, tiny_lake: Path, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """``--lake s3://…``: Parquet folders (one Hive-partitioned) and a Delta table; the quarantine (PHI) goes to the
    project's own lake (``ADHERENCE_LAKE``, or ``--lake`` of ``deidentify``), never into the producer's bucket."""
    import boto3
    import pyarrow.fs as pafs

    project = tmp_path / "project-lake"
    monkeypatch.setenv("ADHERENCE_LAKE", str(project))

    boto3.client("s3", endpoint_url=s3_endpoint).create_bucket(Bucket="programme")
    store = pafs.S3FileSystem(endpoint_override=s3_endpoint.removeprefix("http://"), scheme="http")
    for name in ("patients", "messages"):
        pq.write_table(silver_rows(tiny_lake, name), f"programme/exports/silver/{name}/part-0.parquet", filesystem=store)
    ds.write_dataset(silver_rows(tiny_lake, "reminders"), "programme/exports/silver/reminders", format="parquet",
                     filesystem=store, partitioning=["channel"], partitioning_flavor="hive")  # fmt: skip
    events = silver_rows(tiny_lake, "events")
    events = with_time(events, "event_time", 0, dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
    options = {"AWS_ENDPOINT_URL": s3_endpoint, "AWS_ALLOW_HTTP": "true", "AWS_S3_ALLOW_UNSAFE_RENAME": "true"}
    write_deltalake("s3://programme/exports/silver/events", events, storage_options=options)

    report = validate("s3://programme/exports")
    assert report["events"]["format"] == "delta" and report["events"]["quarantined"] == 1
    assert report["reminders"]["rows"] == silver_rows(tiny_lake, "reminders").num_rows
    quarantined = pq.read_table(project / "quarantine" / "events.parquet")
    assert quarantined.column("event_id").to_pylist() == [events.column("event_id")[0].as_py()]
    bucket = store.get_file_info(pafs.FileSelector("programme", recursive=True))
    assert not [info.path for info in bucket if "quarantine" in info.path]

    # de-identified from the object store into a local lake
    local = tmp_path / "local-lake"
    done = runner.invoke(app, ["deidentify", "--lake", str(local), "--silver", "s3://programme/exports"],
                              env={"ADHERENCE_INSECURE_DEV": "1"})  # fmt: skip
    assert done.exit_code == 0, done.output
    assert pq.read_table(local / "deidentified" / "events").num_rows == events.num_rows - 1
    assert pq.read_table(local / "deidentified" / "patients").num_rows == silver_rows(tiny_lake, "patients").num_rows
    assert pq.read_table(local / "quarantine" / "events.parquet").num_rows == 1
    bucket = store.get_file_info(pafs.FileSelector("programme", recursive=True))
    assert not [info.path for info in bucket if "quarantine" in info.path]
    assert json.loads((local / "reports" / "deidentification.json").read_text())["source"] == "s3://programme/exports/silver"


@pytest.mark.verifies("REQ-DATA-001")
def test_a_nullable_column_absent_from_one_file_reads_as_null_and_a_shaped_name_says_so(lake: Path) -> None:
    """Events split into a.parquet (every column) and b.parquet (without the nullable ``device_id``) were refused with
    ``device_id: required column is missing from a.parquet``: a nullable column is not required, and ``a.parquet`` was
    b.parquet's name by its shape. Now read as null; absent from every file it is missing; a shaped name says so."""
    events = silver_rows(lake, "events")
    folder = replace_table(lake, "events")
    half = events.num_rows // 2
    pq.write_table(events.slice(0, half), folder / "a.parquet")
    pq.write_table(events.slice(half).drop_columns(["device_id"]), folder / "b.parquet")
    validate(lake)
    device = read_table(lake, "events", ["event_id", "device_id"])
    assert device.num_rows == events.num_rows
    later = set(events.slice(half).column("event_id").to_pylist())
    assert all(row["device_id"] is None for row in device.to_pylist() if row["event_id"] in later)
    assert device.column("device_id").null_count < device.num_rows

    pq.write_table(events.slice(0, half).drop_columns(["device_id"]), folder / "a.parquet")  # absent from every file
    output = refusal(lake)
    assert "silver/events.device_id: column is missing from every file of the table" in output, output

    pq.write_table(events.slice(0, half), folder / "a.parquet")
    pq.write_table(events.slice(half).drop_columns(["event_type"]), folder / "b.parquet")  # a required one
    output = refusal(lake)
    assert "silver/events.event_type: required column is missing from a.parquet (a name shown by its shape)" in output
