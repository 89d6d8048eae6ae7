"""The reader accepts any lake that follows the contract and names what is wrong otherwise."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from features.contract import TABLES
from features.silver import ContractError, read_silver, read_table, shape, table_files


def rewrite(lake: Path, table: str, change: Callable[[pa.Table], pa.Table]) -> None:
    """Apply ``change`` to the first file of a Silver table, in place."""
    path = table_files(lake, table)[0]
    pq.write_table(change(pq.read_table(path)), path)


def replace_column(table: pa.Table, name: str, values: pa.Array | pa.ChunkedArray) -> pa.Table:
    return table.set_column(table.column_names.index(name), name, values)


def set_first(table: pa.Table, name: str, value: object) -> pa.Table:
    values = table.column(name).to_pylist()
    values[0] = value
    return replace_column(table, name, pa.array(values, table.schema.field(name).type))


def test_simulated_lake_follows_the_contract(small_lake: Path) -> None:
    tables = read_silver(small_lake)
    assert set(tables) == {"patients", "events", "reminders", "messages"}
    assert all(table.num_rows > 0 for table in tables.values())
    assert tables["events"].schema.field("event_time").type == pa.timestamp("us", tz="UTC")


@pytest.mark.parametrize(
    ("table", "change", "column", "fragment", "example"),
    [
        ("patients", lambda t: t.drop_columns(["condition"]), "condition", "required column is missing", None),
        (
            "patients",
            lambda t: replace_column(t, "doses_per_day", pc.cast(t.column("doses_per_day"), pa.string())),
            "doses_per_day",
            "has type string, expected int",
            None,
        ),
        ("patients", lambda t: set_first(t, "condition", "flu"), "condition", "outside vocabulary", "flu"),
        ("patients", lambda t: set_first(t, "product_gtin", "00312345678907"), "product_gtin", "check digit", "00312345678907"),
        ("patients", lambda t: set_first(t, "doses_per_day", 9), "doses_per_day", "<= 4", 9),
        ("patients", lambda t: set_first(t, "timezone", "Mars/Olympus"), "timezone", "IANA", "Mars/Olympus"),
        ("patients", lambda t: set_first(t, "sex", None), "sex", "null", None),
        ("reminders", lambda t: set_first(t, "propensity", 0.0), "propensity", "> 0", 0.0),
        ("events", lambda t: set_first(t, "event_type", "door_opened"), "event_type", "outside vocabulary", "door_opened"),
        ("events", lambda t: set_first(t, "event_id", " "), "event_id", "must not be empty or blank", " "),
        ("messages", lambda t: set_first(t, "message_id", ""), "message_id", "must not be empty or blank", ""),
        # A patient's own identifiers: de-identification matches them in the patient's messages; a blank one
        # was accepted (the owner pass then had nothing to match).
        ("patients", lambda t: set_first(t, "phone", ""), "phone", "must not be empty or blank", ""),
        ("patients", lambda t: set_first(t, "city", " \t"), "city", "must not be empty or blank", " \t"),
        ("patients", lambda t: set_first(t, "full_name", "\u3000"), "full_name", "must not be empty or blank", "\u3000"),
        ("patients", lambda t: set_first(t, "email", ""), "email", "write null where there is none", ""),
        # ISO 3166-2: the pattern alone let codes that name nothing through
        ("patients", lambda t: set_first(t, "state", "XX"), "state", "names no ISO 3166-2 subdivision", "XX"),
        ("patients", lambda t: set_first(t, "state", "DE-ZZ"), "state", "names no ISO 3166-2 subdivision", "DE-ZZ"),
        ("patients", lambda t: set_first(t, "state", "FR-75"), "state", "names no ISO 3166-2 subdivision", "FR-75"),
        ("events", lambda t: set_first(t, "region", "US-QQ"), "region", "names no ISO 3166-2 subdivision", "US-QQ"),
    ],
)
@pytest.mark.verifies("REQ-DATA-001")
def test_violations_name_table_column_and_example(
    lake_copy: Path, table: str, change: Callable[[pa.Table], pa.Table], column: str, fragment: str, example: object
) -> None:
    rewrite(lake_copy, table, change)
    with pytest.raises(ContractError, match=fragment) as caught:
        read_table(lake_copy, table)
    assert (caught.value.table, caught.value.column) == (table, column)
    if example is not None:
        assert caught.value.example == example
        # text not shaped like a code (a word may be a name or a town) is shown by its shape only
        code_like = (not isinstance(example, str) or example.strip() == "" or "_" in example or example.isdigit()
                     or (example.replace("-", "").isalnum() and example.isupper()))  # fmt: skip
        phi = any(col.name == column and col.phi for col in TABLES[table])  # a PHI column's values: always shaped
        shown = repr(example) if code_like and not phi else f"shaped {shape(str(example))!r}, not shown: PHI"
        assert shown in str(caught.value)


def _first_scan(table: pa.Table) -> int:
    return pc.index(table.column("event_type"), "med_scan").as_py()


def _set_at(table: pa.Table, name: str, row: int, value: object) -> pa.Table:
    values = table.column(name).to_pylist()
    values[row] = value
    return replace_column(table, name, pa.array(values, table.schema.field(name).type))


@pytest.mark.verifies("REQ-DATA-001")
def test_unparsable_datamatrix_is_rejected(lake_copy: Path) -> None:
    rewrite(lake_copy, "events", lambda t: _set_at(t, "raw_datamatrix", _first_scan(t), "(01)123(21)"))
    with pytest.raises(ContractError, match="unparsable") as caught:
        read_table(lake_copy, "events")
    assert caught.value.column == "raw_datamatrix" and caught.value.example == "(01)123(21)"


@pytest.mark.parametrize("years", [100, -100])
def test_an_expiry_in_another_century_than_the_datamatrix_says_is_rejected(lake_copy: Path, years: int) -> None:
    """``(17)YYMMDD`` stands for one century (GS1 General Specifications 7.12): 2127-11-23 or 1927-11-23
    beside ``(17)271123`` encodes the same digits but is not that pack's expiry."""

    def other_century(table: pa.Table) -> pa.Table:
        row = _first_scan(table)
        expiry = table.column("expiry_date")[row].as_py()
        return _set_at(table, "expiry_date", row, expiry.replace(year=expiry.year + years))

    rewrite(lake_copy, "events", other_century)
    with pytest.raises(ContractError, match="disagrees with raw_datamatrix") as caught:
        read_table(lake_copy, "events")
    assert caught.value.column == "expiry_date"
    # the date as a producer writes it, not Python's repr (``datetime.date(2127, 11, 23)``)
    assert f"(example: {caught.value.example.isoformat()!r})" in str(caught.value), str(caught.value)


def test_datamatrix_contradicting_its_parsed_columns_is_rejected(lake_copy: Path) -> None:
    rewrite(lake_copy, "events", lambda t: _set_at(t, "batch_number", _first_scan(t), "OTHER1"))
    with pytest.raises(ContractError, match="disagrees with raw_datamatrix") as caught:
        read_table(lake_copy, "events")
    assert caught.value.column == "batch_number" and caught.value.example == "OTHER1"


def test_parsed_columns_are_filled_from_the_datamatrix_when_a_producer_leaves_them_null(
    lake_copy: Path, small_lake: Path
) -> None:
    expected = read_table(small_lake, "events").column("batch_number").to_pylist()
    for path in table_files(lake_copy, "events"):
        table = pq.read_table(path)
        for name in ("gtin", "serial_number", "batch_number", "expiry_date"):
            table = replace_column(table, name, pa.nulls(table.num_rows, table.schema.field(name).type))
        pq.write_table(table, path)
    assert read_table(lake_copy, "events").column("batch_number").to_pylist() == expected


@pytest.mark.verifies("REQ-DATA-001")
def test_orphan_event_is_rejected(lake_copy: Path) -> None:
    rewrite(lake_copy, "events", lambda t: set_first(t, "mrn", "00000000"))
    with pytest.raises(ContractError, match="no patient") as caught:
        read_silver(lake_copy, ["patients", "events"])
    assert caught.value.example == "00000000"


@pytest.mark.verifies("REQ-DATA-001")
def test_duplicate_ids_are_rejected(lake_copy: Path) -> None:
    rewrite(lake_copy, "messages", lambda t: set_first(t, "message_id", t.column("message_id")[1].as_py()))
    with pytest.raises(ContractError, match="unique"):
        read_table(lake_copy, "messages")


@pytest.mark.verifies("REQ-DATA-003")
def test_other_producers_layouts_are_accepted(lake_copy: Path, small_lake: Path) -> None:
    """Extra columns, other file names, Hive partitions, naive timestamps, int32 and dictionary strings."""
    original = read_table(small_lake, "patients")
    folder = lake_copy / "silver" / "patients"
    for path in folder.iterdir():
        path.unlink()
    table = pq.read_table(table_files(small_lake, "patients")[0])
    table = table.append_column("favourite_colour", pa.array(["blue"] * table.num_rows))
    table = replace_column(table, "enrolled_at", table.column("enrolled_at").cast(pa.timestamp("ns")))
    table = replace_column(table, "doses_per_day", table.column("doses_per_day").cast(pa.int32()))
    table = replace_column(table, "sex", table.column("sex").dictionary_encode())
    for condition in pc.unique(table.column("condition")).to_pylist():
        part = folder / f"condition={condition}"
        part.mkdir()
        subset = table.filter(pc.equal(table.column("condition"), condition)).drop_columns(["condition"])
        pq.write_table(subset, part / "export.snappy")
    (folder / "_SUCCESS").write_text("")
    read = read_table(lake_copy, "patients")
    assert "favourite_colour" not in read.column_names
    assert read.num_rows == original.num_rows
    assert sorted(read.column("mrn").to_pylist()) == sorted(original.column("mrn").to_pylist())
    assert read.schema.field("enrolled_at").type == pa.timestamp("us", tz="UTC")
    by_mrn = dict(zip(read.column("mrn").to_pylist(), read.column("condition").to_pylist(), strict=True))
    expected = dict(zip(original.column("mrn").to_pylist(), original.column("condition").to_pylist(), strict=True))
    assert by_mrn == expected


def test_missing_table_is_named(tmp_path: Path) -> None:
    with pytest.raises(ContractError, match="silver/patients"):
        read_table(tmp_path, "patients")


def test_ambiguous_datamatrix_is_settled_by_the_producers_columns_or_refused(lake_copy: Path) -> None:
    """Two packs whose serials hold parentheses: never merged into one serial ``Qx7``."""
    path = table_files(lake_copy, "events")[0]
    events = pq.read_table(path)
    scans = pc.indices_nonzero(pc.equal(events.column("event_type"), "med_scan")).to_pylist()[:2]
    serials = ["Qx7(K2)pLmR", "Qx7((K2pLmR"]
    for row, serial in zip(scans, serials, strict=True):
        gtin, batch = events.column("gtin")[row].as_py(), events.column("batch_number")[row].as_py()
        expiry = events.column("expiry_date")[row].as_py()
        events = _set_at(events, "raw_datamatrix", row, f"]d2(01){gtin}(17){expiry:%y%m%d}(10){batch}(21){serial}")
        events = _set_at(events, "serial_number", row, serial)
    pq.write_table(events, path)
    read = read_table(lake_copy, "events")
    ids = [events.column("event_id")[row].as_py() for row in scans]
    chosen = read.filter(pc.is_in(read.column("event_id"), pa.array(ids)))
    assert sorted(chosen.column("serial_number").to_pylist()) == sorted(serials)

    pq.write_table(_set_at(events, "serial_number", scans[0], None), path)
    with pytest.raises(ContractError, match="ambiguous") as caught:
        read_table(lake_copy, "events")
    assert caught.value.column == "raw_datamatrix" and "Qx7(K2)pLmR" in caught.value.example


def test_pack_scan_fields_on_other_events_are_rejected(lake_copy: Path) -> None:
    def misplace(table: pa.Table) -> pa.Table:
        row = pc.index(table.column("event_type"), "pillbox_opened").as_py()
        return _set_at(table, "registry_state", row, "active")

    rewrite(lake_copy, "events", misplace)
    with pytest.raises(ContractError, match="set on a pillbox_opened row; only med_scan rows carry it") as caught:
        read_table(lake_copy, "events")
    assert caught.value.column == "registry_state" and caught.value.example == "active"


#: Identifier-shaped values a producer's column shift or a bad export puts into a code column.
IDENTIFIERS = ["(415) 555-0182", "4155550182", "jo.doe@example.org", "123-45-6789"]


def _scan(table: pa.Table) -> dict[str, object]:
    return table.slice(_first_scan(table), 1).to_pylist()[0]


def _scanned(table: pa.Table, text: str, **nulls: None) -> pa.Table:
    """The first scan's ``raw_datamatrix`` replaced by ``text`` (formatted with that scan's own fields)."""
    row = _first_scan(table)
    table = _set_at(table, "raw_datamatrix", row, text.format(**_scan(table)))
    for name in nulls:  # a producer that left a parsed column empty: its parse cannot settle the string
        table = _set_at(table, name, row, None)
    return table


#: Every error path of the reader and the GS1 parser that shows a code column's value, as
#: (table, columns the error may name, the change putting ``value`` into that path).
VALUE_PATHS: dict[str, tuple[str, tuple[str, ...], Callable[[pa.Table, str], pa.Table]]] = {
    "product_gtin pattern": ("patients", ("product_gtin",), lambda t, v: set_first(t, "product_gtin", v)),
    "gtin pattern": ("events", ("gtin",), lambda t, v: _set_at(t, "gtin", _first_scan(t), v)),
    "batch_number disagrees": ("events", ("batch_number",), lambda t, v: _set_at(t, "batch_number", _first_scan(t), v)),
    "serial_number disagrees": ("events", ("serial_number",), lambda t, v: _set_at(t, "serial_number", _first_scan(t), v)),
    "the DataMatrix disagrees": ("events", ("batch_number", "raw_datamatrix"), lambda t, v: _scanned(
        t, "(01){gtin}(17){expiry_date:%y%m%d}(10)" + v + "(21){serial_number}")),
    "unparsable DataMatrix": ("events", ("raw_datamatrix",), lambda t, v: _scanned(t, v)),
    "a DataMatrix lacking fields": ("events", ("raw_datamatrix",), lambda t, v: _scanned(
        t, "(01){gtin}(10)" + v, serial_number=None)),
    "an ambiguous DataMatrix": ("events", ("raw_datamatrix",), lambda t, v: _scanned(
        t, "(01){gtin}(17){expiry_date:%y%m%d}(10){batch_number}(21)Qx7(K2)" + v, serial_number=None)),
    "a DataMatrix with a wrong check digit": ("events", ("raw_datamatrix",), lambda t, v: _scanned(
        t, "(01)09506000134353(17){expiry_date:%y%m%d}(10)" + v + "(21){serial_number}", gtin=None)),
    "a scan field on another event": ("events", ("batch_number",), lambda t, v: _set_at(
        t, "batch_number", pc.index(t.column("event_type"), "pillbox_opened").as_py(), v)),
}  # fmt: skip


@pytest.mark.verifies("REQ-DEID-007")
@pytest.mark.parametrize("value", IDENTIFIERS)
@pytest.mark.parametrize("path", list(VALUE_PATHS))
def test_an_identifier_in_a_code_column_never_reaches_an_error_message(lake_copy: Path, path: str, value: str) -> None:
    """A pattern mismatch and a "disagrees with raw_datamatrix" printed such a value verbatim, and every GS1
    parse error quoted the scanned string: each path now shows it by its shape, naming table and column."""
    table, columns, change = VALUE_PATHS[path]
    rewrite(lake_copy, table, lambda t: change(t, value))
    with pytest.raises(ContractError) as caught:
        read_table(lake_copy, table)
    message = str(caught.value)
    assert caught.value.table == table and caught.value.column in columns, message
    assert f"silver/{table}.{caught.value.column}" in message and "not shown: PHI" in message, message
    digits = "".join(char for char in value if char.isdigit())
    assert value not in message and value.split("@")[0] not in message, message
    assert not digits or digits[-4:] not in message, message
