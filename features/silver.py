"""Read and validate a Silver lake against the contract.

Any producer may write Silver, so nothing here assumes the project's simulator: a table
may be a folder of Parquet files (any names, Hive-partitioned as pyarrow or Spark write
it), a Delta table or an Iceberg table (``features.silver_sources`` opens each); files may
carry extra columns (ignored) or other but equivalent Arrow types (normalised; ``ns``
timestamps are truncated to microseconds and counted). A violation raises
``ContractError`` naming the table, the column and an example value; nothing is returned
half-checked.

Rows with implausible times are not errors but set aside (quarantined) with their reason:
a timestamp before the programme start or after the table's ingestion time plus a
tolerance, an event well before its patient's enrolment, a reminder whose ``local_hour``
is not its ``sent_at`` in the patient's time zone, and every row of a quarantined patient.
``load_silver`` writes them to ``lake/quarantine/<table>.parquet`` with a ``reason``
column, and fails a table with more than the allowed share of them. No later step sees them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import os
import re
import unicodedata
import zoneinfo
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from adherence.settings import CLOCK_SKEW, SilverSettings, load_settings
from features.contract import PATIENT_CHILD_TABLES, SENSOR_EVENT, SENSOR_RANGES, TABLES, Column, is_subdivision
from features.gs1 import DataMatrixError, PackIdentity, gtin_is_valid, parse_datamatrix
from features.silver_sources import (
    Lake,
    PartitionConflictError,
    Piece,
    Source,
    SymlinkLoopError,
    TableNotFoundError,
    UnreadableTableError,
    data_files,
    failure_text,
    lake_location,
    open_table,
)

ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int": pa.int64(),
    "double": pa.float64(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "date": pa.date32(),
}
_PARSED_FROM_DATAMATRIX = ("gtin", "serial_number", "batch_number", "expiry_date")
QUARANTINE_REASON = "reason"


class ContractError(ValueError):
    """Silver data that breaks the contract; says where and shows an offending value."""

    def __init__(self, table: str, column: str | None, problem: str, example: Any = None):
        self.table, self.column, self.problem, self.example = table, column, problem, example
        where = f"silver/{table}" + (f".{column}" if column else "")
        shown = "" if example is None else f" (example: {_shown(table, column, example)})"
        super().__init__(f"{where}: {_masked_paths(table, problem)}{shown}")


# A value that looks identifying is shown by its shape only, in any table and column: a
# producer's column shift puts an MRN, a ZIP code, an e-mail or a phone number anywhere
# (privacy is recall first: shaped like an identifier is enough).
_LOOKS_IDENTIFYING = re.compile(r"@|\d{3}[ .\-)]{1,2}\d{3}[ .\-]\d{4}|[A-Z][a-z]+\s+[A-Z][a-z]+|\d{5,}|\S{31,}")
# Text shown in clear: shaped like a code of the contract (a snake_case vocabulary value such as
# ``door_opened``, an upper-case code such as ``MA`` or ``US-CA``) or blank. Any other text is shown by its
# shape: a lone word may be a patient's name or town, whatever column a producer put it in.
_CODE_SHAPED = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)+|[A-Z0-9]{1,3}(-[A-Z0-9]{1,3})?|\s*|-?\d{1,3}(\.\d{1,6})?")
# GS1 code columns hold long digit strings by design: there a value is shown in clear only when it has its
# code's shape. A GTIN is 14 digits (a phone number or an SSN is not); a batch or serial (GS1 AIs 10 and 21)
# up to 20 letters and digits with a digit and no run of five (a phone number, an MRN, a ZIP code). A
# DataMatrix string holds a batch and a serial among its digits, so it is always shown by its shape.
_GS1_SERIAL = re.compile(r"(?=\D*\d)(?!.*\d{5})[A-Za-z0-9]{1,20}")
_CLEAR_CODES: dict[str, re.Pattern[str] | None] = {
    "gtin": re.compile(r"\d{14}"), "product_gtin": re.compile(r"\d{14}"), "batch_number": _GS1_SERIAL,
    "serial_number": _GS1_SERIAL, "raw_datamatrix": None,
}  # fmt: skip
# A Hive folder segment ``column=value`` inside a message (a file's name names its partition).
_HIVE_SEGMENT = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_]*)=(?P<value>[^/\s'\"]+)")


def _is_phi(table: str, column: str | None, example: Any) -> bool:
    if isinstance(example, bool) or example is None:
        return False
    if any(c.name == column and c.phi for c in TABLES.get(table, ())):
        return True
    if column in _CLEAR_CODES:
        clear = _CLEAR_CODES[column]
        return clear is None or not clear.fullmatch(str(example))
    if isinstance(example, str) and not _CODE_SHAPED.fullmatch(example):
        return True  # a word may be a name or a place ("Springfield" shifted into patients.state)
    if isinstance(example, int | float) and abs(example) >= 1000:
        return True  # a ZIP code that lost its leading zero, an MRN or a phone number shifted into a number column
    return _LOOKS_IDENTIFYING.search(str(example)) is not None


def _shown(table: str, column: str | None, example: Any) -> str:
    """The example as an error message may show it: a PHI value, or one shaped like an
    identifier, only by its shape, so that errors, logs and CI output carry no identifier (see ``shape``)."""
    if not _is_phi(table, column, example):
        return _literal(example)
    return f"shaped {shape(str(example))!r}, not shown: PHI"


def _literal(value: Any) -> str:
    """``value`` as its column would be written, not as Python's repr: ``'9999-12-31'``, not
    ``datetime.date(9999, 12, 31)``; ``183.600``, not ``Decimal('183.600')``."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return repr(value.isoformat())
    if isinstance(value, decimal.Decimal):
        return str(value)
    return repr(value)


# Tokens of the file names writers choose (Spark's ``part-00000-<uuid>.c000.snappy.parquet``, delta-rs',
# pyarrow's ``part-0.parquet``, Iceberg's ``00000-0-<uuid>.parquet``): anything else in a name is a producer's
# choice and may be a patient's name or MRN.
_WRITER_TOKEN = re.compile(r"part|data|c\d{1,4}|snappy|zstd|zst|gz|gzip|lz4|brotli|parquet|parq|crc|json|checkpoint"
                           r"|\d{1,5}|(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{4,32}")  # fmt: skip
_SUFFIXES = re.compile(r"(\.(snappy|zstd|zst|gz|gzip|lz4|brotli|parquet|parq|crc|json|checkpoint))*$")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def file_label(table: str, path: str) -> str:
    """A data file's path as a message may show it: each folder or file name made only of a writer's
    tokens (``part``, numbers of up to five digits, UUIDs and hex ids, codecs, extensions, the table's
    name) in clear, any other by its shape; a Hive ``column=value`` folder shaped when its value is PHI.

    A producer may name a file after a patient (``patient-<MRN>-<name>.parquet``); privacy is recall
    first, so a name the writers do not use is shown by its shape, which still finds the file. An
    absolute path (one outside the table's folder) keeps its folders: they are the lake's location.
    """

    def segment(part: str) -> str:
        key, equals, value = part.partition("=")
        if equals:
            return f"{key}={shape(value)}" if _is_phi(table, key, value) else part
        found = _SUFFIXES.search(part)
        suffix = found[0] if found else ""
        stem = part[: len(part) - len(suffix)]
        tokens = [token for token in re.split(r"[-_.\s]+", _UUID.sub("", stem)) if token]
        return part if all(token == table or _WRITER_TOKEN.fullmatch(token) for token in tokens) else shape(stem) + suffix

    folders, _, name = path.rpartition("/")
    if path.startswith("/") or "://" in path:
        label = f"{folders}/{segment(name)}"
    else:
        label = "/".join(segment(part) for part in path.split("/"))
    # A shape can coincide with another file's real name (``b.parquet`` shows as ``a.parquet``): say it is one.
    return label if label == path else f"{label} (a name shown by its shape)"


def _masked_paths(table: str, text: str) -> str:
    """``text`` with each Hive ``column=value`` segment's value shaped when it is PHI (``mrn=…`` folders)."""

    def one(match: re.Match[str]) -> str:
        key, value = match["key"], match["value"]
        return f"{key}={shape(value)}" if _is_phi(table, key, value) else match[0]

    return _HIVE_SEGMENT.sub(one, text)


def shape(text: str) -> str:
    """``text`` by its shape only: ASCII letters as ``A``/``a``, ASCII digits as ``9``, spaces as `` ``,
    ASCII punctuation kept, anything else (every other script's letters and digits included: ``山田太郎``
    is ``****``, ``Zoë`` is ``Aa*``) as ``*``, which tells neither case nor script. Text is composed
    (NFC) first and combining marks left over are dropped, so an identifier written decomposed (NFD)
    shows as its composed form does and no character of it survives."""

    def one(char: str) -> str:
        if char.isspace():
            return " "
        if not char.isascii():
            return "*"
        if char.isdigit():
            return "9"
        if char.isalpha():
            return "A" if char.isupper() else "a"
        return char if char.isprintable() else "*"

    composed = unicodedata.normalize("NFC", text)
    return "".join(one(char) for char in composed if not unicodedata.combining(char))


@dataclass
class TableReport:
    """What was read for one table: format, version, rows kept and set aside, values truncated."""

    format: str
    version: int | None
    #: The time plausibility is judged against: ``ADHERENCE_INGESTED_AT`` when set, else measured.
    ingested_at: dt.datetime
    #: ``"set"`` (``ADHERENCE_INGESTED_AT``), or what it was measured from: ``"delta commit"``,
    #: ``"iceberg snapshot"``, ``"file times"``.
    ingested_at_from: str = "file times"
    rows_read: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    #: Per timestamp column, how many values had sub-microsecond parts (truncated).
    truncated_to_microseconds: Counter[str] = field(default_factory=Counter)

    @property
    def rows(self) -> int:
        return self.rows_read - sum(self.quarantined.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "version": self.version,
            "ingested_at": self.ingested_at.isoformat(),
            "ingested_at_from": self.ingested_at_from,
            "rows": self.rows,
            "quarantined": sum(self.quarantined.values()),
            "quarantine_reasons": dict(self.quarantined),
            "timestamps_truncated_to_microseconds": dict(self.truncated_to_microseconds),
        }


@dataclass
class Silver:
    """The validated tables (quarantined rows removed) and what was read."""

    tables: dict[str, pa.Table]
    reports: dict[str, TableReport]


def table_files(lake: Path, table: str) -> list[Path]:
    """Every data file of a Parquet-folder table, skipping hidden and ``_``-prefixed files and folders."""
    try:
        return [Path(info.path) for info in data_files(lake_location(lake, SilverSettings()), table)]
    except TableNotFoundError as exc:
        raise ContractError(table, None, str(exc)) from exc


def read_table(
    lake: Path | str, table: str, columns: Iterable[str] | None = None, settings: SilverSettings | None = None
) -> pa.Table:
    """Read one Silver table, normalised to the contract's types and validated.

    ``columns`` restricts what is read (and checked) to a subset of contract columns.
    Rows outside the table's plausible time window are left out (``load_silver`` also
    checks rows against other tables and records what it leaves out).
    """
    config = settings or _settings(lake)
    data, report = _load(lake, table, columns, config)
    reasons = _window_reasons(table, data, report, config)
    return data.filter(pc.is_null(reasons)) if reasons.null_count != len(reasons) else data


def read_silver(
    lake: Path | str, tables: Iterable[str] = tuple(TABLES), settings: SilverSettings | None = None
) -> dict[str, pa.Table]:
    """Read several tables and check that every child row names a known patient (see ``load_silver``)."""
    return load_silver(lake, tables, settings).tables


def patient_mrns(lake: Path | str, settings: SilverSettings | None = None) -> set[str]:
    """Every MRN of Silver's ``patients`` table, quarantined rows included: who Silver still holds.

    Erasure's automatic mode compares this with the de-identified zone; a patient set aside
    as implausible is still in Silver and must not be taken for a deleted one.
    """
    data, _ = _load(lake, "patients", ["mrn"], settings or _settings(lake))
    return set(data.column("mrn").to_pylist())


def load_silver(lake: Path | str, tables: Iterable[str] = tuple(TABLES), settings: SilverSettings | None = None) -> Silver:
    """Read and validate tables, quarantine implausible rows (written to ``lake/quarantine/``) and report."""
    config = settings or _settings(lake)
    wanted = list(tables)
    loaded: dict[str, pa.Table] = {}
    reports: dict[str, TableReport] = {}
    reasons: dict[str, pa.Array] = {}
    for name in wanted:
        loaded[name], reports[name] = _load(lake, name, None, config)
        reasons[name] = _window_reasons(name, loaded[name], reports[name], config)
    if "patients" in loaded:
        patients = loaded["patients"]
        for child in PATIENT_CHILD_TABLES:
            if child in loaded:
                _check_orphans(child, loaded[child], patients.column("mrn"))
                reasons[child] = _related_reasons(child, loaded[child], patients, reasons["patients"], reasons[child], config)
    location = lake_location(lake, config)
    kept = {}
    for name in wanted:
        set_aside = pc.is_valid(reasons[name])
        reports[name].quarantined = Counter(pc.filter(reasons[name], set_aside).to_pylist())
        _write_quarantine(location, name, loaded[name].append_column(QUARANTINE_REASON, reasons[name]).filter(set_aside))
        kept[name] = loaded[name].filter(pc.invert(set_aside))
    for name in wanted:
        _check_share(name, reports[name], config)
    return Silver(kept, reports)


def _settings(lake: Path | str) -> SilverSettings:
    return load_settings(None if str(lake).startswith("s3:/") else lake).silver


def _load(lake: Path | str, table: str, columns: Iterable[str] | None, settings: SilverSettings) -> tuple[pa.Table, TableReport]:
    """All rows of a table, normalised and checked column by column (plausibility aside)."""
    spec = {col.name: col for col in TABLES[table]}
    wanted = list(spec) if columns is None else list(columns)
    unknown = [name for name in wanted if name not in spec]
    if unknown:
        raise KeyError(f"{table} has no contract column(s) {unknown}")
    source = _open(lake, table, settings)
    if settings.ingested_at is None:
        _check_ingestion_time(table, source, settings)
        measured_from = _INGESTION_SOURCES.get(source.format, _INGESTION_SOURCES["parquet"])[0]
        report = TableReport(source.format, source.version, source.ingested_at, measured_from)
    else:  # the report says the time the rows were judged against, not the files' (they may be a copy's)
        report = TableReport(source.format, source.version, settings.ingested_at, "set")
    # A nullable column may be absent from some of a table's files (one written before the column existed):
    # read as null there. Absent from every file, it is missing (a misspelt name must not read as all null).
    absent_from: dict[str, list[str]] = {name: [] for name in wanted if spec[name].nullable}
    pieces = [_read_piece(piece, table, [spec[name] for name in wanted], report, absent_from) for piece in source.pieces]
    for name, files in absent_from.items():
        if source.pieces and len(files) == len(source.pieces):
            where = f"from {files[0]}" if len(files) == 1 else f"from every file of the table (e.g. {files[0]})"
            raise ContractError(table, name, f"column is missing {where}; a nullable column may be absent from some "
                                "of a table's files (read as null there), not from all")  # fmt: skip
    result = pa.concat_tables(pieces) if pieces else pa.table({n: pa.array([], ARROW_TYPES[spec[n].kind]) for n in wanted})
    report.rows_read = result.num_rows
    for name in wanted:
        _check_values(table, spec[name], result.column(name))
    if table == "events" and "event_type" in wanted:
        _check_event_types(result, [spec[name] for name in wanted])
    if table == "events" and "raw_datamatrix" in wanted:
        result = _check_datamatrix(result)
    return result, report


#: What a format's ingestion time is measured from (see ``SilverSettings``): the report's short label, and
#: the words of an error.
_INGESTION_SOURCES = {"parquet": ("file times", "the newest modification time of its files"),
                      "delta": ("delta commit", "its newest Delta commit"),
                      "iceberg": ("iceberg snapshot", "its current Iceberg snapshot")}  # fmt: skip


def _check_ingestion_time(table: str, source: Source, settings: SilverSettings) -> None:
    """Refuse an ingestion time that cannot be when the table was written: before the programme
    started or after this machine's now. A file time past 2262 comes back from the file system
    wrapped through nanoseconds into the 1600s; believed, it would quarantine every row."""
    now = dt.datetime.now(dt.UTC)
    if settings.programme_start <= source.ingested_at <= now + CLOCK_SKEW:
        return
    said = _INGESTION_SOURCES.get(source.format, ("", "its source"))[1]
    raise ContractError(table, None, f"its ingestion time ({said}) is {source.ingested_at:%Y-%m-%dT%H:%M:%SZ}, before the "
                        f"programme start {settings.programme_start:%Y-%m-%d} or after now: the file times are wrong; set "
                        "ADHERENCE_INGESTED_AT to when the table was written")  # fmt: skip


def _open(lake: Path | str, table: str, settings: SilverSettings) -> Source:
    try:
        return open_table(lake, table, settings)
    except SymlinkLoopError as exc:
        raise ContractError(table, None, f"{file_label(table, exc.path)}: {exc}; remove the link or point it elsewhere "
                            "(its folder would be read again and again)") from exc  # fmt: skip
    except (TableNotFoundError, UnreadableTableError) as exc:
        raise ContractError(table, None, str(exc)) from exc
    except Exception as exc:  # a format library's own error: say which table and what failed
        raise ContractError(table, None, f"cannot open the table: {failure_text(exc)}") from exc


def _read_piece(piece: Piece, table: str, columns: list[Column], report: TableReport,
                absent_from: dict[str, list[str]]) -> pa.Table:  # fmt: skip
    """The piece's columns, normalised; a nullable column it lacks is read as null and its label added to
    ``absent_from[column]``."""
    if piece.file:  # every message below names the file by a label that carries no identifier
        piece = dataclasses.replace(piece, name=file_label(table, piece.name))
    try:
        schema = piece.schema()
    except Exception as exc:
        raise ContractError(table, None, f"cannot read {piece.name}: {failure_text(exc)}") from exc
    repeated = [name for name, count in Counter(schema.names).items() if count > 1]
    if repeated:  # pyarrow could read neither, or silently one of them
        # A column name is the producer's choice, as a file name is: one the contract does not know may be a
        # patient's name, so it is shown by its shape.
        name = repeated[0] if any(col.name == repeated[0] for col in TABLES[table]) else shape(repeated[0])
        shown = repr(name) if name == repeated[0] else f"{name!r} (a name shown by its shape)"
        raise ContractError(table, name, f"{piece.name} holds {schema.names.count(repeated[0])} columns named "
                            f"{shown}; a column must appear once in a file")  # fmt: skip
    present = [col.name for col in columns if col.name in schema.names]
    missing = [col.name for col in columns if col.name not in schema.names and not col.nullable]
    if missing:
        raise ContractError(table, missing[0], f"required column is missing from {piece.name}")
    for col in columns:
        if col.name not in schema.names:
            absent_from[col.name].append(piece.name)
    try:
        data = piece.read(present)
    except PartitionConflictError as exc:
        folder, own = _shown(table, exc.column, exc.folder_value), _shown(table, exc.column, exc.file_value)
        alike = " (the same shape, different values)" if folder == own else ""
        raise ContractError(table, exc.column, f"the Hive folder of {piece.name} says {exc.column} is {folder} "
                            f"but the file's own column holds {own}{alike}; the two must agree") from exc  # fmt: skip
    except Exception as exc:
        raise ContractError(table, None, f"cannot read {piece.name}: {failure_text(exc)}") from exc
    arrays = []
    for col in columns:
        if col.name not in present:
            arrays.append(pa.chunked_array([pa.nulls(data.num_rows, ARROW_TYPES[col.kind])]))
            continue
        values, truncated = _normalise(table, col, data.column(col.name), piece)
        if truncated:
            report.truncated_to_microseconds[col.name] += truncated
        arrays.append(values)
    return pa.table(arrays, names=[col.name for col in columns])


def _normalise(table: str, col: Column, values: pa.ChunkedArray, piece: Piece) -> tuple[pa.ChunkedArray, int]:
    """Cast equivalent Arrow types to the contract's one; refuse anything else.

    Returns the values and how many timestamps lost a sub-microsecond part.
    """
    kind, actual = col.kind, values.type
    if pa.types.is_dictionary(actual):
        values, actual = values.cast(actual.value_type), actual.value_type
    if pa.types.is_null(actual) and (col.nullable or len(values) == 0):  # an all-null column, or a file of no rows
        return pa.chunked_array([pa.nulls(len(values), ARROW_TYPES[kind])]), 0
    textual = pa.types.is_string(actual) or pa.types.is_large_string(actual) or pa.types.is_string_view(actual)
    if textual and kind != "string" and col.name in piece.partitions:
        return _cast_partition(table, col, values), 0
    # A warehouse's export writes DECIMAL for numbers (Spark, Snowflake, BigQuery's NUMERIC): read as the
    # double it holds, or as an integer when its scale is 0 (a fraction in an integer column is refused by the cast).
    decimal = pa.types.is_decimal(actual)
    accepted = {
        "string": textual,
        "int": pa.types.is_integer(actual) or decimal,
        "double": pa.types.is_floating(actual) or pa.types.is_integer(actual) or decimal,
        "timestamp": pa.types.is_timestamp(actual),
        "date": pa.types.is_date(actual),
    }[kind]
    if not accepted:
        raise ContractError(table, col.name, f"has type {actual}, expected {kind} (in {piece.name})", _example(values))
    if textual:
        _check_utf8(table, col, values, piece)
    if kind == "double" and pa.types.is_floating(actual):
        infinite = pc.filter(values, pc.invert(pc.fill_null(pc.is_finite(values), True)))
        if len(infinite):  # NaN or ±inf: no measurement, and it would poison every feature built on it
            raise ContractError(table, col.name, f"must be a finite number (in {piece.name})", _example(infinite))
    target = ARROW_TYPES[kind]
    try:
        if kind == "timestamp":
            if actual.tz is None:
                values = values.cast(pa.timestamp(actual.unit, tz="UTC"))  # naive means UTC
            values = _within_microseconds(values, actual.unit)
            truncated = values.cast(target, safe=False)
            lost = pc.sum(pc.not_equal(truncated.cast(values.type), values)).as_py() if actual.unit == "ns" else 0
            return truncated, int(lost or 0)
        if kind == "date":
            _check_date_range(table, col, values, piece)
        return values.cast(target), 0
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        example = _failing_example(values, lambda part: part.cast(target, safe=kind != "timestamp"))
        raise ContractError(table, col.name, f"cannot be read as {kind} (in {piece.name}): {failure_text(exc)}",
                            example) from exc  # fmt: skip


#: Time zone names a patient can live in: the tz database's zones, without the build artefacts zoneinfo
#: also lists ("Factory", which pyarrow cannot load; "localtime", whose meaning is this machine's; the
#: "posix/" and "right/" copies and "posixrules").
_NOT_ZONES = ("Factory", "localtime", "posixrules")
IANA_ZONES = frozenset(zone for zone in zoneinfo.available_timezones()
                       if zone not in _NOT_ZONES and not zone.startswith(("posix/", "right/")))  # fmt: skip

#: An age at enrolment above this is a typo, not a patient (the oldest verified human lived 122 years).
MAX_AGE_YEARS = 120
#: Days from 1970-01-01 of the first and last dates Python (and so every reader downstream) can hold.
_DATE_RANGE = ((dt.date(1, 1, 1) - dt.date(1970, 1, 1)).days, (dt.date(9999, 12, 31) - dt.date(1970, 1, 1)).days)

#: Ticks of a unit per microsecond's worth of range: a count in seconds or milliseconds beyond
#: int64 / factor cannot be held in microseconds, and pyarrow's unchecked cast wraps it.
_TO_MICROSECONDS = {"s": 1_000_000, "ms": 1_000}
#: Microseconds from 1970-01-01 of 0001-01-01T00:00 and 9999-12-31T23:59:59.999999: Python's datetime range.
_DATETIME_RANGE_US = (-62_135_596_800_000_000, 253_402_300_799_999_999)


def _check_utf8(table: str, col: Column, values: pa.ChunkedArray, piece: Piece) -> None:
    """Refuse text that is not valid UTF-8 (a legacy Latin-1 writer's bytes in a UTF-8 column): Parquet
    does not check it, and every reader downstream would fail on it. The value is not shown."""
    for chunk in values.chunks:
        try:
            chunk.validate(full=True)
        except pa.ArrowInvalid:
            rows = next((i for i in range(len(chunk)) if not _valid_utf8(chunk, i)), None)
            where = "" if rows is None else f", row {rows} of its chunk"
            raise ContractError(table, col.name, f"holds text that is not valid UTF-8 (in {piece.name}{where}); "
                                "the value is not shown") from None  # fmt: skip


def _valid_utf8(chunk: pa.Array, row: int) -> bool:
    try:
        chunk.slice(row, 1).validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _check_date_range(table: str, col: Column, values: pa.ChunkedArray, piece: Piece) -> None:
    """Refuse a date outside years 1-9999: Arrow holds it, Python (and so the reader) cannot."""
    if not pa.types.is_date32(values.type):
        return
    days = values.cast(pa.int32())
    outside = pc.filter(days, pc.or_(pc.less(days, _DATE_RANGE[0]), pc.greater(days, _DATE_RANGE[1])))
    if len(outside):
        raise ContractError(table, col.name, f"holds a date outside years 1-9999 (in {piece.name})",
                            f"{outside[0].as_py()} days from 1970-01-01")  # fmt: skip


def _within_microseconds(values: pa.ChunkedArray, unit: str) -> pa.ChunkedArray:
    """Second, millisecond or microsecond times clipped to years 1-9999, the range every reader downstream
    (Python's ``datetime``, and so pandas' ``to_pydatetime``, DuckDB's fetch) can hold.

    pyarrow's cast to a finer unit multiplies without an overflow check (the same wrap other
    readers had: apache/arrow-go pull request 1008), so a year-586,000 typo would come back as a
    plausible 2026 time. Clipped, it stays far in the future (or past) and is quarantined; the
    quarantine file holds it as 9999-12-31T23:59:59.999999 (or 0001-01-01), which it can be read back as.
    (Nanoseconds reach only 1677-2262 and need no clip.)
    """
    per_unit = _TO_MICROSECONDS.get(unit, 1 if unit == "us" else None)
    if per_unit is None:
        return values
    low = -(-_DATETIME_RANGE_US[0] // per_unit)  # both rounded toward zero: inside the range
    high = _DATETIME_RANGE_US[1] // per_unit
    ticks = values.cast(pa.int64())
    clipped = pc.min_element_wise(pc.max_element_wise(ticks, low), high)
    return clipped.cast(values.type)


def _example(values: pa.ChunkedArray) -> Any:
    return next((v for v in values.slice(0, 100).to_pylist() if v is not None), None)


def _failing_example(values: pa.ChunkedArray, convert: Callable[[pa.Array], object]) -> Any:
    """A value ``convert`` fails on (the one a message must show, not the column's first value: a uint64
    2**64-1 among small counts was reported with the example 0), found by halving in O(log n) conversions;
    the first value when no single one fails."""
    whole = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    start, stop = 0, len(whole)  # invariant: converting whole[start:stop] fails
    try:
        convert(whole)
        return _example(values)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError, OverflowError):
        pass
    while stop - start > 1:
        middle = (start + stop) // 2
        try:
            convert(whole.slice(start, middle - start))
            start = middle
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError, OverflowError):
            stop = middle
    return whole[start].as_py() if stop > start else _example(values)


def _cast_partition(table: str, col: Column, raw: pa.ChunkedArray) -> pa.ChunkedArray:
    """A Hive partition value (text in the folder name) as the contract's type."""
    try:
        if col.kind == "timestamp":
            return _partition_times(raw)
        return raw.cast(ARROW_TYPES[col.kind])
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError, OverflowError) as exc:
        def convert(part: pa.Array) -> object:
            return _partition_times(pa.chunked_array([part])) if col.kind == "timestamp" else part.cast(ARROW_TYPES[col.kind])

        raise ContractError(table, col.name, "partition value cannot be read", _failing_example(raw, convert)) from exc


def _partition_times(raw: pa.ChunkedArray) -> pa.ChunkedArray:
    """Hive partition times as UTC instants, in each writer's spelling.

    Spark writes ``2026-01-05 10:00:00`` (no offset: UTC); pyarrow's writer a tz-aware time as
    ``2026-01-05 16:37:00.000000Z``; pandas ``2026-01-05 16:37:00+00:00``; a producer by hand
    any ISO 8601 offset. A folder holds one value, so each distinct value is parsed once
    (``datetime.fromisoformat``, which reads all of these), and an offset is honoured.
    """
    text = raw.cast(pa.string())
    distinct = pc.unique(text).drop_null()
    instants = []
    for value in distinct.to_pylist():
        moment = dt.datetime.fromisoformat(value.strip())
        instants.append(moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC))
    table = pa.array(instants, ARROW_TYPES["timestamp"])
    return pa.chunked_array([pc.take(table, pc.index_in(chunk, distinct)) for chunk in text.chunks],
                            ARROW_TYPES["timestamp"])  # fmt: skip


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
    if col.subdivision:
        nowhere = [code for code in pc.unique(present).to_pylist() if not is_subdivision(code)]
        if nowhere:
            raise ContractError(table, col.name, "names no ISO 3166-2 subdivision (a bare two letters is a US state)",
                                nowhere[0])  # fmt: skip
    if col.identifier and pc.any(blank := pc.equal(pc.utf8_trim_whitespace(present), "")).as_py():
        hint = " (write null where there is none)" if col.nullable else ""
        raise ContractError(table, col.name, f"an identifier must not be empty or blank{hint}", _first(present, blank))
    if col.unique and pc.count_distinct(present).as_py() != len(present):
        counts = pc.value_counts(present)
        duplicate = pc.filter(counts.field("values"), pc.greater(counts.field("counts"), 1))[0].as_py()
        raise ContractError(table, col.name, "values must be unique", duplicate)
    if col.name in ("product_gtin", "gtin"):
        invalid = [gtin for gtin in pc.unique(present).to_pylist() if not gtin_is_valid(gtin)]
        if invalid:
            raise ContractError(table, col.name, "GTIN check digit is wrong", invalid[0])
    if col.name == "timezone":
        unknown = set(pc.unique(present).to_pylist()) - IANA_ZONES
        if unknown:
            raise ContractError(table, col.name, "not an IANA time zone name", sorted(unknown)[0])


def _check_event_types(events: pa.Table, columns: list[Column]) -> None:
    """Columns the contract allows on some event types only (the pack-scan fields) are null elsewhere."""
    for col in columns:
        if col.event_types is None:
            continue
        misplaced = pc.and_(
            pc.is_valid(events.column(col.name)), pc.invert(pc.is_in(events.column("event_type"), pa.array(col.event_types)))
        )
        if pc.any(misplaced).as_py():
            row = pc.filter(events, misplaced).slice(0, 1).to_pylist()[0]
            allowed = ", ".join(col.event_types)
            raise ContractError(
                "events", col.name, f"set on a {row['event_type']} row; only {allowed} rows carry it", row[col.name]
            )


def _check_datamatrix(events: pa.Table) -> pa.Table:
    """Parse every scanned DataMatrix; fill the parsed columns where a producer left them null.

    Scans repeat the same pack, so each distinct string is parsed once and the result
    is broadcast back with ``index_in``. Where the producer filled all four parsed
    columns, its reading is accepted if it encodes to the string (``features.gs1``).
    An unparsable or ambiguous value, or one that contradicts a parsed column the
    producer filled, is an error.
    """
    raw = events.column("raw_datamatrix")
    if raw.null_count == len(raw):
        return events
    distinct = pc.unique(raw.drop_null())
    producer = _producer_parses(events) if set(_PARSED_FROM_DATAMATRIX) <= set(events.column_names) else {}
    packs = []
    for value in distinct.to_pylist():
        try:
            packs.append(parse_datamatrix(value, producer.get(value)))
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
            scanned = _shown("events", "raw_datamatrix", row["raw_datamatrix"])
            raise ContractError("events", name, f"disagrees with raw_datamatrix ({scanned})", row[name])
        events = events.set_column(events.column_names.index(name), name, pc.coalesce(given, expected))
    return events


def _producer_parses(events: pa.Table) -> dict[str, PackIdentity]:
    """Each DataMatrix string with the parsed columns the producer gave it (complete rows only)."""
    columns = ["raw_datamatrix", *_PARSED_FROM_DATAMATRIX]
    rows = events.select(columns)
    for name in columns:
        rows = rows.filter(pc.is_valid(rows.column(name)))
    distinct = rows.group_by(columns).aggregate([])
    return {
        row["raw_datamatrix"]: PackIdentity(row["gtin"], row["serial_number"], row["batch_number"], row["expiry_date"])
        for row in distinct.to_pylist()
    }


def _check_orphans(child: str, table: pa.Table, known: pa.ChunkedArray) -> None:
    orphans = pc.filter(table.column("mrn"), pc.invert(pc.is_in(table.column("mrn"), known)))
    if len(orphans):
        raise ContractError(child, "mrn", f"{len(orphans)} row(s) name no patient in silver/patients", orphans[0].as_py())


def _no_reasons(rows: int) -> pa.Array:
    return pa.nulls(rows, pa.string())


def _add_reason(reasons: pa.Array, mask: pa.Array | pa.ChunkedArray, reason: str) -> pa.Array:
    """Give ``reason`` to the rows of ``mask`` that have none yet (the first reason found is kept)."""
    flagged = pc.if_else(pc.fill_null(mask, False), pa.scalar(reason), pa.scalar(None, pa.string()))
    combined = pc.coalesce(reasons, flagged)
    return combined.combine_chunks() if isinstance(combined, pa.ChunkedArray) else combined


def _window_reasons(table: str, data: pa.Table, report: TableReport, settings: SilverSettings) -> pa.Array:
    """Per row, why its timestamps are implausible for the table alone (null: plausible)."""
    reasons = _no_reasons(data.num_rows)
    ingested = settings.ingested_at or report.ingested_at
    try:
        latest = ingested + settings.future_tolerance
    except OverflowError:  # a tolerance reaching past year 9999: nothing is too late
        latest = dt.datetime.max.replace(tzinfo=dt.UTC)
    for col in TABLES[table]:
        if col.kind != "timestamp" or col.name not in data.column_names:
            continue
        values = data.column(col.name)
        early = pc.less(values, pa.scalar(settings.programme_start, ARROW_TYPES["timestamp"]))
        reasons = _add_reason(reasons, early, f"{col.name} before the programme start {settings.programme_start:%Y-%m-%d}")
        late = pc.greater(values, pa.scalar(latest, ARROW_TYPES["timestamp"]))
        after = f"{col.name} after the table's ingestion time {ingested:%Y-%m-%dT%H:%M:%SZ} + {_span(settings.future_tolerance)}"
        reasons = _add_reason(reasons, late, after)
    if table == "events" and {"event_type", "sensor_kind", "sensor_value"} <= set(data.column_names):
        reasons = _sensor_reasons(data, reasons)
    if table == "patients" and {"date_of_birth", "enrolled_at"} <= set(data.column_names):
        age_days = pc.subtract(data.column("enrolled_at").cast(pa.date32()).cast(pa.int32()),
                               data.column("date_of_birth").cast(pa.int32()))  # fmt: skip
        reasons = _add_reason(reasons, pc.less(age_days, 0), "date_of_birth after enrolled_at")
        reasons = _add_reason(reasons, pc.greater(age_days, int(MAX_AGE_YEARS * 365.25)),
                              f"date_of_birth more than {MAX_AGE_YEARS} years before enrolled_at")  # fmt: skip
    return reasons


def _sensor_reasons(events: pa.Table, reasons: pa.Array) -> pa.Array:
    """Readings that cannot be believed: a value outside what a device of its kind reports
    (``features.contract.SENSOR_RANGES``), a reading of no kind, and sensor fields on another event.

    The contract does not say "sensor_reading only" of the sensor fields (as it says "med_scan only" of
    the pack-scan fields, which are refused elsewhere), so such a row is not a contract violation that
    refuses the lake; but it is neither a reading to trust nor clearly a dose or an app open, so it is
    set aside with its reason, like a row with an implausible time.
    """
    reading = pc.equal(events.column("event_type"), SENSOR_EVENT)
    kind, value = events.column("sensor_kind"), events.column("sensor_value")
    reasons = _add_reason(reasons, pc.and_(reading, pc.is_null(kind)), f"{SENSOR_EVENT} without sensor_kind")
    stray = pc.and_(pc.invert(reading), pc.or_(pc.is_valid(kind), pc.is_valid(value)))
    reasons = _add_reason(reasons, stray, f"sensor_kind or sensor_value set on an event that is not a {SENSOR_EVENT}")
    for name, bounds in SENSOR_RANGES.items():
        outside = pc.or_(pc.less(value, bounds.minimum), pc.greater(value, bounds.maximum))
        reasons = _add_reason(reasons, pc.and_(pc.equal(kind, name), outside),
                              f"sensor_value outside {bounds.minimum:g}-{bounds.maximum:g} for {name}")  # fmt: skip
    return reasons


def _related_reasons(
    child: str, table: pa.Table, patients: pa.Table, patient_reasons: pa.Array, reasons: pa.Array, settings: SilverSettings
) -> pa.Array:
    """Reasons a child row is implausible given its patient: a quarantined patient, a time
    well before enrolment (events), a ``local_hour`` that is not ``sent_at`` locally (reminders)."""
    position = pc.index_in(table.column("mrn"), value_set=patients.column("mrn"))
    reasons = _add_reason(reasons, pc.is_valid(patient_reasons.take(position)), "the patient is quarantined")
    if child == "events":
        enrolled = patients.column("enrolled_at").take(position)
        earliest = pc.subtract(enrolled, pa.scalar(settings.enrolment_tolerance, pa.duration("us")))
        before = pc.less(table.column("event_time"), earliest)
        reasons = _add_reason(reasons, before, f"event_time more than {_span(settings.enrolment_tolerance)} before enrolled_at")
    if child == "reminders":
        local = _local_hours(table.column("sent_at"), patients.column("timezone").take(position))
        wrong = pc.not_equal(table.column("local_hour"), local)
        reasons = _add_reason(reasons, wrong, "local_hour is not sent_at's hour in the patient's time zone")
    return reasons


def _span(delta: dt.timedelta) -> str:
    """A tolerance as people write it: ``7 days``, ``24 hours``."""
    if delta % dt.timedelta(days=1) == dt.timedelta(0):
        return f"{delta.days} days"
    return f"{delta.total_seconds() / 3600:g} hours"


def _local_hours(moments: pa.ChunkedArray, zones: pa.ChunkedArray) -> pa.Array:
    """The hour of each UTC moment in its own IANA time zone."""
    moments, zones = moments.combine_chunks(), zones.combine_chunks()
    hours = pa.nulls(len(moments), pa.int64())
    for zone in pc.unique(zones).to_pylist():
        here = pc.equal(zones, zone)
        local = pc.hour(moments.cast(pa.timestamp("us", tz=zone))).cast(pa.int64())
        hours = pc.if_else(here, local, hours)
    return hours


def _check_share(table: str, report: TableReport, settings: SilverSettings) -> None:
    quarantined = sum(report.quarantined.values())
    if not report.rows_read or quarantined / report.rows_read <= settings.max_quarantine_share:
        return
    reason = report.quarantined.most_common(1)[0][0]  # the project's own words, no value of a row
    raise ContractError(
        table,
        None,
        f"{quarantined} of {report.rows_read} rows ({quarantined / report.rows_read:.2%}) quarantined, more than the "
        f"allowed {settings.max_quarantine_share:.2%}; they are in quarantine/{table}.parquet; the most common "
        f"reason: {reason}",
    )


def _write_quarantine(location: Lake, table: str, rows: pa.Table) -> None:
    """``quarantine/<table>.parquet``, replaced atomically; removed when nothing is set aside."""
    filesystem = location.filesystem
    target = location.path("quarantine", f"{table}.parquet")
    if not rows.num_rows:
        if filesystem.get_file_info(target).type == pafs.FileType.File:
            filesystem.delete_file(target)
        return
    filesystem.create_dir(location.path("quarantine"), recursive=True)
    if not location.local:
        pq.write_table(rows, target, filesystem=filesystem)  # an object store's PUT is atomic already
        return
    temporary = Path(location.path("quarantine", f".{table}.parquet.{os.getpid()}.tmp"))
    pq.write_table(rows, temporary)
    temporary.replace(target)
