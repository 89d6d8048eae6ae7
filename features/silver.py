"""Read and validate a Silver lake against the contract.

Any producer may write Silver, so nothing here assumes the project's simulator:
files may have any names, be Hive-partitioned, carry extra columns (ignored) or use
other but equivalent Arrow types (normalised). A violation raises ``ContractError``
naming the table, the column and an example value; nothing is returned half-checked.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from features.contract import PATIENT_CHILD_TABLES, TABLES, Column
from features.gs1 import DataMatrixError, gtin_is_valid, parse_datamatrix

ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int": pa.int64(),
    "double": pa.float64(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "date": pa.date32(),
}
_PARSED_FROM_DATAMATRIX = ("gtin", "serial_number", "batch_number", "expiry_date")


class ContractError(ValueError):
    """Silver data that breaks the contract; says where and shows an offending value."""

    def __init__(self, table: str, column: str | None, problem: str, example: Any = None):
        self.table, self.column, self.problem, self.example = table, column, problem, example
        where = f"silver/{table}" + (f".{column}" if column else "")
        shown = "" if example is None else f" (example: {example!r})"
        super().__init__(f"{where}: {problem}{shown}")


def table_files(lake: Path, table: str) -> list[Path]:
    """Every data file of a table, skipping hidden and ``_``-prefixed files and folders."""
    root = Path(lake) / "silver" / table
    if not root.is_dir():
        raise ContractError(table, None, f"table folder {root} does not exist")
    files = sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and not any(part.startswith((".", "_")) for part in path.relative_to(root).parts)
    )
    if not files:
        raise ContractError(table, None, f"no data files under {root}")
    return files


def read_table(lake: Path, table: str, columns: Iterable[str] | None = None) -> pa.Table:
    """Read one Silver table, normalised to the contract's types and validated.

    ``columns`` restricts what is read (and checked) to a subset of contract columns.
    """
    spec = {col.name: col for col in TABLES[table]}
    wanted = list(spec) if columns is None else list(columns)
    unknown = [name for name in wanted if name not in spec]
    if unknown:
        raise KeyError(f"{table} has no contract column(s) {unknown}")
    root = Path(lake) / "silver" / table
    pieces = [_read_file(path, root, table, [spec[name] for name in wanted]) for path in table_files(lake, table)]
    result = pa.concat_tables(pieces)
    for name in wanted:
        _check_values(table, spec[name], result.column(name))
    if table == "events" and "raw_datamatrix" in wanted:
        result = _check_datamatrix(result)
    return result


def read_silver(lake: Path, tables: Iterable[str] = tuple(TABLES)) -> dict[str, pa.Table]:
    """Read several tables and check that every child row names a known patient."""
    wanted = list(tables)
    loaded = {name: read_table(lake, name) for name in wanted}
    if "patients" in loaded:
        known = loaded["patients"].column("mrn")
        for child in PATIENT_CHILD_TABLES:
            if child in loaded:
                orphans = pc.filter(loaded[child].column("mrn"), pc.invert(pc.is_in(loaded[child].column("mrn"), known)))
                if len(orphans):
                    raise ContractError(
                        child, "mrn", f"{len(orphans)} row(s) name no patient in silver/patients", orphans[0].as_py()
                    )
    return loaded


def _partition_values(path: Path, root: Path) -> dict[str, str]:
    """Hive partition keys (``key=value`` folders) on the way from the table root to a file."""
    values = {}
    for part in path.relative_to(root).parts[:-1]:
        key, sep, value = part.partition("=")
        if sep:
            values[key] = value
    return values


def _read_file(path: Path, root: Path, table: str, columns: list[Column]) -> pa.Table:
    try:
        schema = pq.read_schema(path)
    except Exception as exc:
        raise ContractError(table, None, f"{path.name} is not a readable Parquet file: {exc}") from exc
    partitions = _partition_values(path, root)
    present = [col.name for col in columns if col.name in schema.names]
    data = pq.read_table(path, columns=present)
    arrays = []
    for col in columns:
        if col.name in schema.names:
            arrays.append(_normalise(table, col, data.column(col.name)))
        elif col.name in partitions:
            raw = pa.array([partitions[col.name]] * data.num_rows, pa.string())
            arrays.append(_normalise(table, col, pa.chunked_array([_cast_partition(table, col, raw)])))
        else:
            raise ContractError(table, col.name, f"required column is missing from {path.name}")
    return pa.table(arrays, names=[col.name for col in columns])


def _cast_partition(table: str, col: Column, raw: pa.Array) -> pa.Array:
    try:
        return raw.cast(ARROW_TYPES[col.kind]) if col.kind != "timestamp" else pc.strptime(raw, "%Y-%m-%d", "us")
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise ContractError(table, col.name, "partition value cannot be read", raw[0].as_py()) from exc


def _normalise(table: str, col: Column, values: pa.ChunkedArray) -> pa.ChunkedArray:
    """Cast equivalent Arrow types to the contract's one; refuse anything else."""
    kind, actual = col.kind, values.type
    if pa.types.is_dictionary(actual):
        values, actual = values.cast(actual.value_type), actual.value_type
    if pa.types.is_null(actual) and col.nullable:
        return pa.chunked_array([pa.nulls(len(values), ARROW_TYPES[kind])])
    accepted = {
        "string": pa.types.is_string(actual) or pa.types.is_large_string(actual),
        "int": pa.types.is_integer(actual),
        "double": pa.types.is_floating(actual) or pa.types.is_integer(actual),
        "timestamp": pa.types.is_timestamp(actual),
        "date": pa.types.is_date(actual),
    }[kind]
    if not accepted:
        example = next((v for v in values.to_pylist()[:100] if v is not None), None)
        raise ContractError(table, col.name, f"has type {actual}, expected {kind}", example)
    if kind == "timestamp" and actual.tz is None:
        values = values.cast(pa.timestamp("us")).cast(pa.timestamp("us", tz="UTC"))  # naive means UTC
    return values.cast(ARROW_TYPES[kind])


def _first(values: pa.ChunkedArray, mask: pa.ChunkedArray) -> Any:
    return pc.filter(values, mask)[0].as_py()


def _check_values(table: str, col: Column, values: pa.ChunkedArray) -> None:
    """Nulls, vocabularies, ranges, patterns, uniqueness and identifier checksums."""
    if not col.nullable and values.null_count:
        raise ContractError(table, col.name, f"{values.null_count} null value(s) in a required column", None)
    present = values.drop_null() if values.null_count else values
    if not len(present):
        return
    if col.vocabulary is not None:
        bad = pc.invert(pc.is_in(present, pa.array(col.vocabulary)))
        if pc.any(bad).as_py():
            raise ContractError(table, col.name, f"value outside vocabulary {list(col.vocabulary)}", _first(present, bad))
    if col.minimum is not None:
        below = pc.less_equal(present, col.minimum) if col.exclusive_minimum else pc.less(present, col.minimum)
        if pc.any(below).as_py():
            bound = ">" if col.exclusive_minimum else ">="
            raise ContractError(table, col.name, f"value must be {bound} {col.minimum}", _first(present, below))
    if col.maximum is not None and pc.any(above := pc.greater(present, col.maximum)).as_py():
        raise ContractError(table, col.name, f"value must be <= {col.maximum}", _first(present, above))
    if col.pattern is not None:
        mismatch = pc.invert(pc.match_substring_regex(present, col.pattern))
        if pc.any(mismatch).as_py():
            raise ContractError(table, col.name, f"value does not match {col.pattern}", _first(present, mismatch))
    if col.unique and pc.count_distinct(present).as_py() != len(present):
        counts = pc.value_counts(present)
        duplicate = pc.filter(counts.field("values"), pc.greater(counts.field("counts"), 1))[0].as_py()
        raise ContractError(table, col.name, "values must be unique", duplicate)
    if col.name in ("product_gtin", "gtin"):
        invalid = [gtin for gtin in pc.unique(present).to_pylist() if not gtin_is_valid(gtin)]
        if invalid:
            raise ContractError(table, col.name, "GTIN check digit is wrong", invalid[0])
    if col.name == "timezone":
        unknown = set(pc.unique(present).to_pylist()) - zoneinfo.available_timezones()
        if unknown:
            raise ContractError(table, col.name, "not an IANA time zone name", sorted(unknown)[0])


def _check_datamatrix(events: pa.Table) -> pa.Table:
    """Parse every scanned DataMatrix; fill the parsed columns where a producer left them null.

    Scans repeat the same pack, so each distinct string is parsed once and the result
    is broadcast back with ``index_in``. An unparsable value, or one that contradicts
    a parsed column the producer filled, is an error.
    """
    raw = events.column("raw_datamatrix")
    if raw.null_count == len(raw):
        return events
    distinct = pc.unique(raw.drop_null())
    packs = []
    for value in distinct.to_pylist():
        try:
            packs.append(parse_datamatrix(value))
        except DataMatrixError as exc:
            raise ContractError("events", "raw_datamatrix", str(exc), value) from exc
    position = pc.index_in(raw, value_set=distinct)
    for name in _PARSED_FROM_DATAMATRIX:
        if name not in events.column_names:
            continue
        kind = "date" if name == "expiry_date" else "string"
        expected = pa.array([getattr(pack, name) for pack in packs], ARROW_TYPES[kind]).take(position)
        given = events.column(name)
        conflict = pc.fill_null(pc.not_equal(given, expected), False)
        if pc.any(conflict).as_py():
            row = pc.filter(events, conflict).slice(0, 1).to_pylist()[0]
            raise ContractError("events", name, f"disagrees with raw_datamatrix {row['raw_datamatrix']!r}", row[name])
        events = events.set_column(events.column_names.index(name), name, pc.coalesce(given, expected))
    return events
