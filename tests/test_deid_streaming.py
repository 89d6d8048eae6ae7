"""De-identification in bounded memory (issue 18): the events are streamed from Silver to the staged Parquet in
record batches and the leak check reads the staged tables batch by batch. Streamed in many small batches, the
output, the report, the quarantine and the errors must be those of one batch, and of the whole-table reader."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from features.contract import PATIENT_CHILD_TABLES
from features.deid.leakcheck import IdentifierIndex, LeakReport, scan_folder
from features.deid.pipeline import OUTPUT_TABLES, deidentify, key_map
from features.silver import ContractError, load_silver, read_table, stream_silver
from tests.conftest import TEST_PSEUDONYM_KEY

KEY = TEST_PSEUDONYM_KEY
#: Small enough that the tiny lake's events (tens of thousands of rows) come in a hundred batches or more.
SMALL_BATCH = 211
ONE_BATCH = 10**9


def _lake(tiny_lake: Path, target: Path, change_events: Callable[[pa.Table], pa.Table] | None = None) -> Path:
    """A copy of the tiny lake's Silver, its events rewritten by ``change_events`` if given."""
    shutil.copytree(tiny_lake / "silver", target / "silver")
    if change_events is not None:
        _rewrite_events(target, change_events)
    return target


def _rewrite_events(lake: Path, change: Callable[[pa.Table], pa.Table]) -> None:
    folder = lake / "silver" / "events"
    events = change(pq.read_table(folder))
    shutil.rmtree(folder)
    folder.mkdir()
    pq.write_table(events, folder / "part-0000.parquet", row_group_size=5000)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _implausible_late(events: pa.Table) -> pa.Table:
    """Events with rows to quarantine and scans to fill in the table's second half: an event before the programme
    start, a sensor reading of no kind, and scans whose producer left the parsed serial and batch null."""
    rows = events.num_rows
    late = pa.array([i >= rows // 2 for i in range(rows)])
    times = events.column("event_time").to_pylist()
    times[rows - 3] = dt.datetime(1999, 6, 1, tzinfo=dt.UTC)
    events = events.set_column(events.column_names.index("event_time"), "event_time",
                               pa.array(times, events.schema.field("event_time").type))  # fmt: skip
    readings = pc.and_(late, pc.equal(events.column("event_type"), "sensor_reading"))
    first_reading = pc.index(readings, True).as_py()
    kinds = events.column("sensor_kind").to_pylist()
    kinds[first_reading] = None
    events = events.set_column(events.column_names.index("sensor_kind"), "sensor_kind", pa.array(kinds, pa.string()))
    scans = pc.and_(late, pc.equal(events.column("event_type"), "med_scan"))
    for name in ("serial_number", "batch_number"):
        column = events.column(name)
        events = events.set_column(events.column_names.index(name), name,
                                   pc.if_else(scans, pa.scalar(None, column.type), column))  # fmt: skip
    return events


def _report(lake: Path) -> dict[str, object]:
    report = json.loads((lake / "reports" / "deidentification.json").read_text(encoding="utf-8"))
    for varying in ("seconds", "output", "source"):
        report.pop(varying)
    return report


def test_many_batches_publish_what_one_batch_does(tiny_lake: Path, tmp_path: Path) -> None:
    one = _lake(tiny_lake, tmp_path / "one", _implausible_late)
    many = _lake(tiny_lake, tmp_path / "many", _implausible_late)
    steps: list[tuple[str, int, int | None]] = []
    deidentify(one, KEY, batch_rows=ONE_BATCH)
    deidentify(many, KEY, batch_rows=SMALL_BATCH, progress=lambda step, done, total: steps.append((step, done, total)))
    for name in OUTPUT_TABLES:
        assert pq.read_table(many / "deidentified" / name).equals(pq.read_table(one / "deidentified" / name)), name
    assert _report(many) == _report(one)
    quarantined = pq.read_table(many / "quarantine" / "events.parquet")
    assert quarantined.equals(pq.read_table(one / "quarantine" / "events.parquet"))
    assert sorted(set(quarantined.column("reason").to_pylist())) == [
        "event_time before the programme start 2000-01-01", "sensor_reading without sensor_kind"]
    # the rows written are heard batch by batch, up to every kept event
    written = [(done, total) for step, done, total in steps if step == "pseudonymising events"]
    kept = _report(one)["rows"]["events"]  # type: ignore[index]
    assert len(written) > 100 and written[-1] == (kept, kept)
    assert [done for done, _ in written] == sorted(done for done, _ in written)


def test_streamed_silver_is_the_whole_readers(tiny_lake: Path, tmp_path: Path) -> None:
    """Kept rows (with the parsed DataMatrix columns filled), quarantine and reports as ``load_silver``'s."""
    lake = _lake(tiny_lake, tmp_path / "lake", _implausible_late)
    whole = load_silver(lake)
    whole_quarantine = {p.name: pq.read_table(p) for p in sorted((lake / "quarantine").glob("*.parquet"))}
    streamed = stream_silver(lake, streamed=PATIENT_CHILD_TABLES, batch_rows=SMALL_BATCH)  # as `adherence validate`
    events = streamed.streamed["events"]
    for name in PATIENT_CHILD_TABLES:
        assert pa.concat_tables(streamed.streamed[name].batches()).equals(whole.tables[name]), name
    assert pc.all(pc.is_valid(pa.concat_tables(events.batches(["serial_number", "event_type"])).filter(
        pc.equal(whole.tables["events"].column("event_type"), "med_scan")).column("serial_number"))).as_py()
    streamed_quarantine = {p.name: pq.read_table(p) for p in sorted((lake / "quarantine").glob("*.parquet"))}
    assert streamed_quarantine.keys() == whole_quarantine.keys() and "events.parquet" in whole_quarantine
    assert all(streamed_quarantine[name].equals(table) for name, table in whole_quarantine.items())
    assert {name: r.as_dict() for name, r in streamed.reports.items()} == {n: r.as_dict() for n, r in whole.reports.items()}
    assert streamed.tables["patients"].equals(whole.tables["patients"])
    whole_serials = set(pc.unique(whole.tables["events"].column("serial_number")).drop_null().to_pylist())
    assert set(events.distinct(["serial_number"])["serial_number"]) == whole_serials


def _later_row(events: pa.Table, column: str, value: object) -> pa.Table:
    """``events`` with ``column`` set to ``value`` in a row near the end (a batch far from the first)."""
    values = events.column(column).to_pylist()
    values[events.num_rows - 5] = value
    return events.set_column(events.column_names.index(column), column, pa.array(values, events.schema.field(column).type))


@pytest.mark.parametrize(("column", "value", "message"), [
    ("event_type", "pill_swallowed", "silver/events.event_type: value outside vocabulary"),
    ("mrn", "99999999", "silver/events.mrn: 1 row(s) name no patient in silver/patients"),
    ("region", "XX-ZZZ", "silver/events.region: names no ISO 3166-2 subdivision"),
])  # fmt: skip
def test_a_violation_in_a_later_batch_is_raised_as_the_whole_reader_raises_it(
    tiny_lake: Path, tmp_path: Path, column: str, value: object, message: str
) -> None:
    lake = _lake(tiny_lake, tmp_path / "lake")
    deidentify(lake, KEY, batch_rows=SMALL_BATCH)
    published = _files(lake / "deidentified")
    _rewrite_events(lake, lambda events: _later_row(events, column, value))
    with pytest.raises(ContractError) as whole:
        load_silver(lake)
    with pytest.raises(ContractError) as streamed:
        deidentify(lake, KEY, batch_rows=SMALL_BATCH)
    assert str(streamed.value) == str(whole.value) and str(whole.value).startswith(message)
    assert _files(lake / "deidentified") == published  # nothing published
    assert not list(lake.rglob("*.staging"))


def test_a_duplicate_id_across_batches_is_the_first_repeated(tiny_lake: Path, tmp_path: Path) -> None:
    """Uniqueness is judged by hashes while streaming: the id repeated far apart is found, and named as
    ``value_counts`` names it (the repeated value whose first row comes first)."""

    def repeat(events: pa.Table) -> pa.Table:
        ids = events.column("event_id").to_pylist()
        ids[-1], ids[-2] = ids[3], ids[1]  # ids[1] comes first of the two
        return events.set_column(0, "event_id", pa.array(ids, pa.string()))

    bad = _lake(tiny_lake, tmp_path / "bad", repeat)
    with pytest.raises(ContractError) as whole:
        read_table(bad, "events")
    with pytest.raises(ContractError) as streamed:
        stream_silver(bad, streamed=("events",), batch_rows=SMALL_BATCH)
    assert str(streamed.value) == str(whole.value)
    assert "values must be unique" in str(whole.value)
    assert whole.value.example == pq.read_table(tiny_lake / "silver" / "events").column("event_id")[1].as_py()


def test_the_leak_check_in_batches_finds_what_it_finds_whole(tiny_lake: Path, tmp_path: Path) -> None:
    """Leaks planted in the staged events far apart: scanned in small batches, the same findings and counts."""
    lake = _lake(tiny_lake, tmp_path / "lake")
    deidentify(lake, KEY)
    patients = read_table(lake, "patients")
    mrns, phones = patients.column("mrn").to_pylist(), patients.column("phone").to_pylist()
    folder = tmp_path / "staged"
    shutil.copytree(lake / "deidentified", folder)
    events = pq.read_table(folder / "events")
    ids = events.column("event_id").to_pylist()
    ids[7], ids[-7], ids[-8] = f"evt-{mrns[0]}", f"evt-{mrns[1]}", f"evt-{mrns[1]}"  # one value twice: counted once
    regions = events.column("region").to_pylist()
    regions[-3] = f"call {phones[2]}"
    events = events.set_column(events.column_names.index("event_id"), "event_id", pa.array(ids, pa.string()))
    events = events.set_column(events.column_names.index("region"), "region", pa.array(regions, pa.string()))
    pq.write_table(events, folder / "events" / "part-0000.parquet", row_group_size=1000)
    index = IdentifierIndex(patients, key_map(patients, KEY))
    small, whole = scan_folder(index, folder, batch_rows=SMALL_BATCH), scan_folder(index, folder, batch_rows=ONE_BATCH)
    assert small.as_dict() == whole.as_dict()
    assert not small.clean
    ids_hit = [hit for hit in small.hits if hit.table == "events" and hit.column == "event_id"]
    assert ids_hit and {hit.values for hit in ids_hit} == {2}
    assert any(hit.column == "region" for hit in small.hits)
    clean = LeakReport()
    index.scan_table("events", pq.read_table(lake / "deidentified" / "events"), clean)
    streamed = LeakReport()
    index.scan_parquet("events", lake / "deidentified" / "events" / "part-0000.parquet", streamed, SMALL_BATCH)
    assert streamed.as_dict() == clean.as_dict() and streamed.scanned_values == clean.scanned_values


@pytest.mark.parametrize("unit", ["s", "ms", "us", "ns"])
def test_a_missing_required_time_is_refused_in_any_unit_not_quarantined_as_year_1(
    tiny_lake: Path, tmp_path: Path, unit: str
) -> None:
    """A null ``event_time`` in a late batch, written in any unit: refused as a null in a required column (the
    contract's exit 2), by the whole and the streamed reader alike. The clip of second and millisecond times to
    years 1-9999 once turned the null into 0001-01-01, which was then quarantined as before the programme start."""
    def null_time(events: pa.Table) -> pa.Table:
        times = events.column("event_time").to_pylist()
        times[events.num_rows - 7] = None
        column = pa.array(times, pa.timestamp("us", tz="UTC")).cast(pa.timestamp(unit, tz="UTC"), safe=False)
        return events.set_column(events.column_names.index("event_time"), "event_time", column)

    lake = _lake(tiny_lake, tmp_path / "lake", null_time)
    with pytest.raises(ContractError) as whole:
        load_silver(lake)
    with pytest.raises(ContractError) as streamed:
        stream_silver(lake, streamed=("events",), batch_rows=SMALL_BATCH)
    assert str(streamed.value) == str(whole.value)
    assert str(whole.value).startswith("silver/events.event_time: 1 of "), whole.value
    assert "values are null in a required column; example: null" in str(whole.value), whole.value
    assert not (lake / "quarantine" / "events.parquet").exists()
