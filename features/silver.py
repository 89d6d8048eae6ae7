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
``load_silver`` writes them to ``quarantine/<table>.parquet`` in the project's own lake
(``quarantine_folder``: never into a lake it only reads) with a ``reason``
column, and fails a table with more than the allowed share of them. No later step sees them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import decimal
import math
import os
import re
import unicodedata
import zoneinfo
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from adherence.settings import CLOCK_SKEW, SilverSettings, load_settings
from features.contract import PATIENT_CHILD_TABLES, SENSOR_EVENT, SENSOR_RANGES, TABLES, Column, is_subdivision
from features.gs1 import DataMatrixError, PackIdentity, gtin_is_valid, parse_datamatrix
from features.silver_sources import (
    PartitionConflictError,
    PartitionRepeatedError,
    Piece,
    Source,
    SymlinkLoopError,
    TableNotFoundError,
    UnreadableTableError,
    data_files,
    failure_text,
    is_uri,
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


#: Every word of the contract's vocabularies, case-folded: a value that is one of them (``Medicare`` for
#: ``medicare``, ``sms`` in the wrong column) is the contract's own word, no identifier, and is shown in clear.
_VOCABULARY_WORDS = frozenset(word.casefold() for columns in TABLES.values() for col in columns
                              for word in col.vocabulary or ())  # fmt: skip


def _is_phi(table: str, column: str | None, example: Any) -> bool:
    if isinstance(example, bool) or example is None:
        return False
    if any(c.name == column and c.phi for c in TABLES.get(table, ())):
        return True
    if isinstance(example, float) and not math.isfinite(example):
        return False  # inf, -inf, nan: no measurement, and no identifier either
    if isinstance(example, str) and example.strip().casefold() in _VOCABULARY_WORDS:
        return False
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
    if value is None:
        return "null"  # a missing value, as Parquet and SQL say it; Python's ``None`` reads as a value
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


def load_silver(lake: Path | str, tables: Iterable[str] = tuple(TABLES), settings: SilverSettings | None = None,
                quarantine: Path | None = None) -> Silver:  # fmt: skip
    """Read and validate tables, quarantine implausible rows (written to ``quarantine``, by default
    ``quarantine_folder(lake)``) and report."""
    loaded = stream_silver(lake, tables, settings=settings, quarantine=quarantine)
    return Silver(loaded.tables, loaded.reports)


#: Rows per record batch when a table is streamed (``stream_silver``): Arrow's cost per batch is small at this
#: size, and a batch with the copies a step makes of it stays within tens of megabytes, whatever the table's size.
STREAM_BATCH_ROWS = 131_072


@dataclass
class StreamedTable:
    """A Silver table read in record batches, never whole (``stream_silver``): validated, its implausible rows set
    aside, one bit per row kept (``kept``); :meth:`batches` reads the kept rows again, batch by batch.

    Reading twice assumes the table does not change in between: a Delta or Iceberg table is read at the same
    version (the same ``source``); a Parquet folder whose row count changed is refused (``ContractError``)."""

    name: str
    columns: list[Column]
    source: Source
    report: TableReport
    batch_rows: int
    #: Per row read, in row order: True where the row is kept (not quarantined).
    kept: pa.Array = field(default_factory=lambda: pa.array([], pa.bool_()))
    #: The scanned packs, which fill the parsed DataMatrix columns a producer left null (events only).
    packs: _Packs | None = None
    _quarantined: pa.Table | None = None
    #: Rows naming no patient: how many, and the first one's ``mrn``.
    _orphans: tuple[int, Any] = (0, None)

    @property
    def rows(self) -> int:
        """Rows kept."""
        return self.report.rows

    def batches(self, columns: Iterable[str] | None = None) -> Iterator[pa.Table]:
        """The kept rows' ``columns`` (all by default), normalised and filled as ``load_silver`` returns them, in
        batches of at most ``batch_rows`` rows, in row order; one empty table when the table has no row."""
        names = [col.name for col in self.columns] if columns is None else list(columns)
        spec = {col.name: col for col in self.columns}
        read = list(names)
        if self.packs is not None and "raw_datamatrix" not in read and set(read) & set(_PARSED_FROM_DATAMATRIX):
            read.append("raw_datamatrix")
        offset, empty, grown = 0, True, False
        for data in self._read([spec[name] for name in read]):
            if offset + data.num_rows > len(self.kept):
                grown = True
                break
            keep = self.kept.slice(offset, data.num_rows)
            offset += data.num_rows
            data = data.filter(keep)
            if self.packs is not None and "raw_datamatrix" in read:
                data = self.packs.fill(data)
            empty = False
            yield data.select(names)
        if grown or offset != len(self.kept):
            raise ContractError(self.name, None, f"changed while it was read: {self.report.rows_read} rows on the first "
                                "pass, a different number on the next; run again once its writer has finished")  # fmt: skip
        if empty:
            yield _empty_table([spec[name] for name in names])

    def distinct(self, columns: Iterable[str]) -> dict[str, list[Any]]:
        """The distinct non-null values of the kept rows' ``columns`` (after the DataMatrix fill), by a pass over
        those columns only."""
        names = list(columns)
        found: dict[str, list[pa.Array]] = {name: [] for name in names}
        for data in self.batches(names):
            for name in names:
                found[name].append(pc.unique(data.column(name)).drop_null())
        return {name: pc.unique(pa.chunked_array(parts, data.schema.field(name).type)).to_pylist()
                for name, parts in found.items()}  # fmt: skip

    def _read(self, columns: list[Column], report: TableReport | None = None, absent_from: dict[str, list[str]] | None = None,
              ) -> Iterator[pa.Table]:  # fmt: skip
        """Every piece's ``columns``, normalised, batch by batch (``report`` hears truncations; a throwaway one by default)."""
        report = report or TableReport(self.report.format, self.report.version, self.report.ingested_at)
        absent = absent_from if absent_from is not None else _absent_from(columns)
        for piece in self.source.pieces:
            yield from _piece_tables(piece, self.name, columns, report, absent, self.batch_rows)


@dataclass
class StreamedSilver:
    """``stream_silver``'s result: the tables held whole (quarantined rows removed), the streamed ones, what was read."""

    tables: dict[str, pa.Table]
    streamed: dict[str, StreamedTable]
    reports: dict[str, TableReport]


def stream_silver(
    lake: Path | str, tables: Iterable[str] = tuple(TABLES), streamed: Iterable[str] = (),
    settings: SilverSettings | None = None, batch_rows: int = STREAM_BATCH_ROWS, quarantine: Path | None = None,
) -> StreamedSilver:  # fmt: skip
    """``load_silver``, with the ``streamed`` tables (children of ``patients``, read before them) never held whole.

    A streamed table is read in record batches of ``batch_rows`` rows by one pass that runs every check
    ``load_silver`` runs and raises what it raises (a column's first failing check, with its first offending
    value in row order), sets implausible rows aside (written to ``quarantine`` as ``load_silver`` writes them,
    before the quarantine share is checked) and keeps one bit per row. Checks that need a whole column see only
    what they need: uniqueness a 64-bit hash per value (a pass over that column alone confirms a suspected
    duplicate and finds the first), the DataMatrix checks the distinct scanned packs. Memory: a batch, the
    patients table, a bit and (for a unique column) 8 bytes per row, the distinct packs, and the quarantined rows.
    Where a format cannot read in batches (``Piece.batches`` is None) its piece is read whole and then cut.
    """
    config = settings or _settings(lake)
    wanted = list(tables)
    streaming = [name for name in wanted if name in set(streamed)]
    for name in streaming:
        if name not in PATIENT_CHILD_TABLES or "patients" not in wanted[: wanted.index(name)]:
            raise ValueError(f"only a child of patients, read after it, can be streamed, not {name}")
    loaded: dict[str, pa.Table] = {}
    scans: dict[str, StreamedTable] = {}
    reports: dict[str, TableReport] = {}
    reasons: dict[str, pa.Array] = {}
    for name in wanted:
        if name in streaming:
            scans[name] = _scan(lake, name, config, loaded["patients"], reasons["patients"], batch_rows)
            reports[name] = scans[name].report
            continue
        loaded[name], reports[name] = _load(lake, name, None, config)
        reasons[name] = _window_reasons(name, loaded[name], reports[name], config)
    if "patients" in loaded:
        patients = loaded["patients"]
        for child in PATIENT_CHILD_TABLES:
            if child in scans:
                _raise_orphans(child, *scans[child]._orphans)
            elif child in loaded:
                _raise_orphans(child, *_orphans(loaded[child].column("mrn"), patients.column("mrn")))
                reasons[child] = _related_reasons(child, loaded[child], patients, reasons["patients"], reasons[child], config)
    folder = quarantine or quarantine_folder(lake)
    kept = {}
    for name in wanted:
        if name in scans:
            _write_quarantine(folder, name, scans[name]._quarantined or pa.table({}))
            scans[name]._quarantined = None
            continue
        set_aside = pc.is_valid(reasons[name])
        reports[name].quarantined = Counter(pc.filter(reasons[name], set_aside).to_pylist())
        _write_quarantine(folder, name, loaded[name].append_column(QUARANTINE_REASON, reasons[name]).filter(set_aside))
        kept[name] = loaded[name].filter(pc.invert(set_aside))
    for name in wanted:
        _check_share(name, reports[name], config, folder)
    return StreamedSilver(kept, scans, reports)


def _scan(lake: Path | str, table: str, settings: SilverSettings, patients: pa.Table, patient_reasons: pa.Array,
          batch_rows: int) -> StreamedTable:  # fmt: skip
    """The first pass over a streamed table (``stream_silver``): checks, orphans, reasons, the kept bits."""
    columns = _wanted(table, None)
    source, report = _source_report(lake, table, settings)
    scan = StreamedTable(table, columns, source, report, batch_rows)
    checks = _Checks(table, columns, streamed=True)
    absent_from = _absent_from(columns)
    kept: list[pa.Array] = []
    quarantined: list[pa.Table] = []
    orphans, orphan = 0, None
    for data in scan._read(columns, report, absent_from):
        checks.feed(data)
        report.rows_read += data.num_rows
        count, first = _orphans(data.column("mrn"), patients.column("mrn"))
        orphans, orphan = orphans + count, orphan if orphan is not None else first
        reasons = _window_reasons(table, data, report, settings)
        reasons = _related_reasons(table, data, patients, patient_reasons, reasons, settings)
        set_aside = pc.is_valid(reasons)
        if reasons.null_count != len(reasons):
            report.quarantined.update(pc.filter(reasons, set_aside).to_pylist())
            quarantined.append(data.append_column(QUARANTINE_REASON, reasons).filter(set_aside))
        kept.append(pc.invert(set_aside))
    _check_absent(table, absent_from, source.pieces)
    scan.packs = checks.finish(lambda name: (data.column(name) for data in scan._read([_column_of(columns, name)])))
    scan.kept = pa.concat_arrays(kept) if kept else pa.array([], pa.bool_())
    if quarantined:
        rows = pa.concat_tables(quarantined)
        scan._quarantined = scan.packs.fill(rows) if scan.packs is not None else rows
    scan._orphans = (orphans, orphan)
    return scan


def _column_of(columns: list[Column], name: str) -> Column:
    return next(col for col in columns if col.name == name)


def _empty_table(columns: list[Column]) -> pa.Table:
    return pa.table({col.name: pa.array([], ARROW_TYPES[col.kind]) for col in columns})


def _settings(lake: Path | str) -> SilverSettings:
    return load_settings(None if is_uri(lake) else lake).silver


def quarantine_folder(lake: Path | str) -> Path:
    """Where the rows set aside from the Silver lake ``lake`` are written: the project's own lake's ``quarantine/``.

    They are PHI, and a lake the project only reads is its producer's: nothing is written into it. A lake named
    by a URI (``s3://``, ``file://``) is never the project's own, so its rows go to the configured lake
    (``ADHERENCE_LAKE``); a lake named by a plain path is the project's own (as ``load_settings`` takes it). A
    caller that reads Silver from elsewhere than its own lake (``adherence deidentify --silver``) names its own
    lake's folder to ``stream_silver`` instead.
    """
    return load_settings(None if is_uri(lake) else lake).quarantine_dir


def _wanted(table: str, columns: Iterable[str] | None) -> list[Column]:
    """The contract's columns of ``table`` named by ``columns`` (all by default); KeyError for an unknown one."""
    spec = {col.name: col for col in TABLES[table]}
    wanted = list(spec) if columns is None else list(columns)
    unknown = [name for name in wanted if name not in spec]
    if unknown:
        raise KeyError(f"{table} has no contract column(s) {unknown}")
    return [spec[name] for name in wanted]


def _source_report(lake: Path | str, table: str, settings: SilverSettings) -> tuple[Source, TableReport]:
    """The table opened, and its report with the ingestion time plausibility is judged against."""
    source = _open(lake, table, settings)
    if settings.ingested_at is None:
        _check_ingestion_time(table, source, settings)
        measured_from = _INGESTION_SOURCES.get(source.format, _INGESTION_SOURCES["parquet"])[0]
        return source, TableReport(source.format, source.version, source.ingested_at, measured_from)
    # the report says the time the rows were judged against, not the files' (they may be a copy's)
    return source, TableReport(source.format, source.version, settings.ingested_at, "set")


def _absent_from(columns: list[Column]) -> dict[str, list[str]]:
    """A nullable column may be absent from some of a table's files (one written before the column existed):
    read as null there, its files' labels listed here."""
    return {col.name: [] for col in columns if col.nullable}


def _check_absent(table: str, absent_from: dict[str, list[str]], pieces: list[Piece]) -> None:
    """A nullable column absent from every file is missing (a misspelt name must not read as all null)."""
    for name, files in absent_from.items():
        if pieces and len(files) == len(pieces):
            where = f"from {files[0]}" if len(files) == 1 else f"from every file of the table (e.g. {files[0]})"
            raise ContractError(table, name, f"column is missing {where}; a nullable column may be absent from some "
                                "of a table's files (read as null there), not from all")  # fmt: skip


def _load(lake: Path | str, table: str, columns: Iterable[str] | None, settings: SilverSettings) -> tuple[pa.Table, TableReport]:
    """All rows of a table, normalised and checked column by column (plausibility aside)."""
    wanted = _wanted(table, columns)
    source, report = _source_report(lake, table, settings)
    absent_from = _absent_from(wanted)
    pieces = [data for piece in source.pieces for data in _piece_tables(piece, table, wanted, report, absent_from, None)]
    _check_absent(table, absent_from, source.pieces)
    result = pa.concat_tables(pieces) if pieces else _empty_table(wanted)
    report.rows_read = result.num_rows
    checks = _Checks(table, wanted, streamed=False)
    checks.feed(result)
    packs = checks.finish(lambda name: iter([result.column(name)]))
    return (packs.fill(result) if packs is not None else result), report


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
    except PartitionRepeatedError as exc:
        outer, inner = _shown(table, exc.column, exc.outer), _shown(table, exc.column, exc.inner)
        alike = " (the same shape, different values)" if outer == inner else ""
        raise ContractError(table, exc.column, f"{file_label(table, exc.path)} lies under two Hive folders of the "
                            f"partition column {exc.column}, the outer saying {outer} and the inner {inner}{alike}; "
                            "a column is named by one folder level only") from exc  # fmt: skip
    except (TableNotFoundError, UnreadableTableError) as exc:
        raise ContractError(table, None, str(exc)) from exc
    except Exception as exc:  # a format library's own error: say which table and what failed
        raise ContractError(table, None, f"cannot open the table: {failure_text(exc)}") from exc


def _piece_tables(piece: Piece, table: str, columns: list[Column], report: TableReport,
                  absent_from: dict[str, list[str]], batch_rows: int | None) -> Iterator[pa.Table]:  # fmt: skip
    """The piece's columns, normalised: whole (``batch_rows`` None) or in batches of at most ``batch_rows`` rows
    (a piece without ``Piece.batches`` is read whole and cut). A nullable column the piece lacks is read as null
    and its label added to ``absent_from[column]``; a piece of no rows still gives one (empty) table, so that its
    columns' types are checked."""
    if piece.file:  # every message below names the file by a label that carries no identifier
        piece = dataclasses.replace(piece, name=file_label(table, piece.name))
    try:
        schema = piece.schema()
    except Exception as exc:
        raise ContractError(table, None, f"cannot read {piece.name}: {failure_text(exc)}") from exc
    _check_names(table, piece.name, columns, schema.names)
    present = [col.name for col in columns if col.name in schema.names]
    missing = [col.name for col in columns if col.name not in schema.names and not col.nullable]
    if missing:
        raise ContractError(table, missing[0], f"required column is missing from {piece.name}")
    for col in columns:
        if col.name not in schema.names:
            absent_from[col.name].append(piece.name)
    reads = _piece_reads(piece, present, batch_rows)
    first_row = 0
    while True:
        with _reading(table, piece):
            data = next(reads, None)
        if data is None:
            return
        yield _normalised(table, piece, columns, present, data, report, first_row)
        first_row += data.num_rows


def _check_names(table: str, piece: str, columns: list[Column], names: list[str]) -> None:
    """Refuse a contract column written twice in one file, or present only under another case (``MRN``).

    The contract says unknown extra columns are ignored: one written twice (``note``, ``note``) is left unread
    and does not stop the file. A contract column written twice cannot be read (pyarrow reads neither, or
    silently one of them). Names are the contract's, case included: a file with ``mrn`` and an extra ``MRN``
    is read by ``mrn``, the other ignored as any extra column is; but a file holding ``Region`` and no
    ``region`` (or a Hive folder ``Region=…/``) was meant to hold the column, and reading it as absent (null,
    for a nullable one) would drop its values silently, so it is refused naming both spellings.
    """
    counts = Counter(names)
    for col in TABLES[table]:
        if counts[col.name] > 1:
            raise ContractError(table, col.name, f"{piece} holds {counts[col.name]} columns named {col.name!r}; a "
                                "column of the contract must appear once in a file")  # fmt: skip
    for col in columns:
        variants = sorted({name for name in names if name != col.name and name.casefold() == col.name.casefold()})
        if col.name not in counts and variants:  # a case variant of a contract name: not an identifier, shown
            raise ContractError(table, col.name, f"{piece} has no column {col.name!r} but has {variants[0]!r}, which "
                                "differs from it only in case: column names are case-sensitive; rename it")  # fmt: skip


def _piece_reads(piece: Piece, present: list[str], batch_rows: int | None) -> Iterator[pa.Table]:
    """The piece's ``present`` columns as written: whole, or batch by batch; at least one table."""
    if batch_rows is None or piece.batches is None:
        data = piece.read(present)
        if batch_rows is None or data.num_rows <= batch_rows:
            yield data
            return
        for offset in range(0, data.num_rows, batch_rows):
            yield data.slice(offset, batch_rows)
        return
    read_any = False
    for batch in piece.batches(present, batch_rows):
        read_any = True
        yield pa.Table.from_batches([batch])
    if not read_any:
        yield piece.read(present)


@contextlib.contextmanager
def _reading(table: str, piece: Piece) -> Iterator[None]:
    """A failure to read ``piece`` said in the project's words, naming the table and the piece."""
    try:
        yield
    except PartitionConflictError as exc:
        folder, own = _shown(table, exc.column, exc.folder_value), _shown(table, exc.column, exc.file_value)
        alike = " (the same shape, different values)" if folder == own else ""
        raise ContractError(table, exc.column, f"the Hive folder of {piece.name} says {exc.column} is {folder} "
                            f"but the file's own column holds {own}{alike}; the two must agree") from exc  # fmt: skip
    except Exception as exc:
        raise ContractError(table, None, f"cannot read {piece.name}: {failure_text(exc)}") from exc


def _normalised(table: str, piece: Piece, columns: list[Column], present: list[str], data: pa.Table,
                report: TableReport, first_row: int = 0) -> pa.Table:  # fmt: skip
    """``data``'s columns as the contract types them (null where absent); truncations counted in ``report``.
    ``first_row``: the piece's row (from 0) that ``data`` begins at, for messages that name a row."""
    arrays = []
    for col in columns:
        if col.name not in present:
            arrays.append(pa.chunked_array([pa.nulls(data.num_rows, ARROW_TYPES[col.kind])]))
            continue
        values, truncated = _normalise(table, col, data.column(col.name), piece, first_row)
        if truncated:
            report.truncated_to_microseconds[col.name] += truncated
        arrays.append(values)
    return pa.table(arrays, names=[col.name for col in columns])


def _normalise(table: str, col: Column, values: pa.ChunkedArray, piece: Piece, first_row: int = 0,
               ) -> tuple[pa.ChunkedArray, int]:  # fmt: skip
    """Cast equivalent Arrow types to the contract's one; refuse anything else.

    Returns the values and how many timestamps lost a sub-microsecond part.
    """
    kind, actual = col.kind, values.type
    if pa.types.is_dictionary(actual):
        values, actual = values.cast(actual.value_type), actual.value_type
    if pa.types.is_null(actual) and (col.nullable or len(values) == 0):  # an all-null column, or a file of no rows
        return pa.chunked_array([pa.nulls(len(values), ARROW_TYPES[kind])]), 0
    if pa.types.is_null(actual):  # a writer (pandas) types a column of nothing but nulls as null: say so, not "type null"
        raise ContractError(table, col.name, f"all {len(values)} values are null in a required column (in {piece.name}); "
                            "example: null")  # fmt: skip
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
        _check_utf8(table, col, values, piece, first_row)
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
        row = _failing_row(values, lambda part: part.cast(target, safe=kind != "timestamp"))
        where = piece.name if row is None else f"{piece.name}, row {first_row + row} counting from 0"
        example = _example(values) if row is None else values[row].as_py()
        raise ContractError(table, col.name, f"cannot be read as {kind} (in {where}): {failure_text(exc)}",
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


def _check_utf8(table: str, col: Column, values: pa.ChunkedArray, piece: Piece, first_row: int = 0) -> None:
    """Refuse text that is not valid UTF-8 (a legacy Latin-1 writer's bytes in a UTF-8 column): Parquet
    does not check it, and every reader downstream would fail on it. The value is not shown; its row is, counted
    from 0 over the rows read from the piece (``values`` begins at its row ``first_row``)."""
    for chunk in values.chunks:
        try:
            chunk.validate(full=True)
        except pa.ArrowInvalid:
            rows = next((i for i in range(len(chunk)) if not _valid_utf8(chunk, i)), None)
            where = "" if rows is None else f", row {first_row + rows} counting from 0"
            raise ContractError(table, col.name, f"holds text that is not valid UTF-8 (in {piece.name}{where}); "
                                "the value is not shown") from None  # fmt: skip
        first_row += len(chunk)


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
    # skip_nulls=False: a null time stays null (and a required column is refused for it); with Arrow's default,
    # the maximum of a null and ``low`` is ``low``, and a missing event_time became 0001-01-01 and was quarantined.
    clipped = pc.min_element_wise(pc.max_element_wise(ticks, low, skip_nulls=False), high, skip_nulls=False)
    return clipped.cast(values.type)


def _example(values: pa.ChunkedArray) -> Any:
    return next((v for v in values.slice(0, 100).to_pylist() if v is not None), None)


def _failing_example(values: pa.ChunkedArray, convert: Callable[[pa.Array], object]) -> Any:
    """A value ``convert`` fails on (the one a message must show, not the column's first value: a uint64
    2**64-1 among small counts was reported with the example 0); the first value when no single one fails."""
    row = _failing_row(values, convert)
    return _example(values) if row is None else values[row].as_py()


def _failing_row(values: pa.ChunkedArray | pa.Array, convert: Callable[[pa.Array], object]) -> int | None:
    """The first row (from 0) whose value ``convert`` fails on, found by halving in O(log n) conversions; None
    when the whole converts, or no single value fails."""
    whole = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    start, stop = 0, len(whole)  # invariant: converting whole[start:stop] fails
    try:
        convert(whole)
        return None
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError, OverflowError):
        pass
    while stop - start > 1:
        middle = (start + stop) // 2
        try:
            convert(whole.slice(start, middle - start))
            start = middle
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError, OverflowError):
            stop = middle
    return start if stop > start else None


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


#: ``_ValueChecks``' checks in the order a column is checked: the first that fails is the one raised.
_VALUE_CHECKS = ("vocabulary", "minimum", "maximum", "pattern", "subdivision", "blank", "unique", "gtin", "timezone")


class _ValueChecks:
    """The value checks of one column (nulls, vocabulary, range, pattern, subdivision, blank identifiers,
    uniqueness, GTIN check digit, IANA time zone), fed the whole column or a batch at a time in row order.

    :meth:`finish` raises what the whole column would: its first failing check (in :data:`_VALUE_CHECKS` order,
    nulls first) with its first offending value in row order. Fed in batches (``streamed``), uniqueness is
    judged by a 64-bit hash per value (8 bytes a row, not the values); a repeated hash is confirmed, and the
    first repeated value found, by a pass over the column alone (``reread``), so a hash collision is no error.
    """

    def __init__(self, table: str, col: Column, streamed: bool):
        self.table, self.col, self.streamed = table, col, streamed
        self.nulls = 0
        self.rows = 0
        self.found: dict[int, tuple[str, Any]] = {}
        self.unknown_zones: set[str] = set()
        self.hashes: list[np.ndarray] = []

    def _open(self, check: str) -> bool:
        """Whether ``check`` can still be the one raised (no earlier check has failed)."""
        return _VALUE_CHECKS.index(check) < min(self.found, default=len(_VALUE_CHECKS))

    def _fail(self, check: str, problem: str, example: Any) -> None:
        self.found.setdefault(_VALUE_CHECKS.index(check), (problem, example))

    def feed(self, values: pa.ChunkedArray) -> None:
        col = self.col
        self.nulls += values.null_count
        self.rows += len(values)
        present = values.drop_null() if values.null_count else values
        if not len(present):
            return
        if col.vocabulary is not None and self._open("vocabulary"):
            bad = pc.invert(pc.is_in(present, pa.array(col.vocabulary)))
            if pc.any(bad).as_py():
                example = _first(present, bad)
                meant = [word for word in col.vocabulary if word.casefold() == str(example).strip().casefold()]
                hint = f" ({meant[0]!r} differs from it only in case or spaces: words are exact)" if meant else ""
                self._fail("vocabulary", f"value outside vocabulary {list(col.vocabulary)}{hint}", example)
        if col.minimum is not None and self._open("minimum"):
            below = pc.less_equal(present, col.minimum) if col.exclusive_minimum else pc.less(present, col.minimum)
            if pc.any(below).as_py():
                bound = ">" if col.exclusive_minimum else ">="
                self._fail("minimum", f"value must be {bound} {col.minimum}", _first(present, below))
        if col.maximum is not None and self._open("maximum") and pc.any(above := pc.greater(present, col.maximum)).as_py():
            self._fail("maximum", f"value must be <= {col.maximum}", _first(present, above))
        if col.pattern is not None and self._open("pattern"):
            mismatch = pc.invert(pc.match_substring_regex(present, col.pattern))
            if pc.any(mismatch).as_py():
                self._fail("pattern", f"value does not match {col.pattern}", _first(present, mismatch))
        if col.subdivision and self._open("subdivision"):
            nowhere = [code for code in pc.unique(present).to_pylist() if not is_subdivision(code)]
            if nowhere:
                self._fail("subdivision", "names no ISO 3166-2 subdivision (a bare two letters is a US state)", nowhere[0])
        if col.identifier and self._open("blank") and pc.any(blank := pc.equal(pc.utf8_trim_whitespace(present), "")).as_py():
            hint = " (write null where there is none)" if col.nullable else ""
            self._fail("blank", f"an identifier must not be empty or blank{hint}", _first(present, blank))
        if col.unique and self._open("unique"):
            if self.streamed:
                self.hashes.append(_hashes(present))
            elif pc.count_distinct(present).as_py() != len(present):
                counts = pc.value_counts(present)
                duplicate = pc.filter(counts.field("values"), pc.greater(counts.field("counts"), 1))[0].as_py()
                self._fail("unique", "values must be unique", duplicate)
        if col.name in ("product_gtin", "gtin") and self._open("gtin"):
            invalid = [gtin for gtin in pc.unique(present).to_pylist() if not gtin_is_valid(gtin)]
            if invalid:
                self._fail("gtin", "GTIN check digit is wrong", invalid[0])
        if col.name == "timezone" and self._open("timezone"):
            self.unknown_zones |= set(pc.unique(present).to_pylist()) - IANA_ZONES

    def finish(self, reread: Callable[[str], Iterator[pa.ChunkedArray]]) -> None:
        """Raise the column's first problem, if any; ``reread(column)`` gives the column again, batch by batch."""
        if not self.col.nullable and self.nulls:
            count = f"all {self.rows} values are" if self.nulls == self.rows else f"{self.nulls} of {self.rows} values are"
            raise ContractError(self.table, self.col.name, f"{count} null in a required column; example: null")
        if self.hashes and self._open("unique"):
            hashes = np.concatenate(self.hashes)
            self.hashes = []
            hashes.sort()
            repeated = np.unique(hashes[1:][hashes[1:] == hashes[:-1]])
            del hashes
            if len(repeated) and (duplicate := _first_duplicate(repeated, reread(self.col.name))) is not None:
                self._fail("unique", "values must be unique", duplicate)
        if self.unknown_zones and self._open("timezone"):
            self._fail("timezone", "not an IANA time zone name", sorted(self.unknown_zones)[0])
        if self.found:
            problem, example = self.found[min(self.found)]
            raise ContractError(self.table, self.col.name, problem, example)


def _hashes(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A 64-bit hash of each value (pandas' SipHash of the value), for uniqueness without holding the values."""
    return pd.util.hash_array(np.asarray(values.to_numpy(zero_copy_only=False), dtype=object), categorize=False)


def _first_duplicate(suspects: np.ndarray, columns: Iterable[pa.ChunkedArray]) -> Any:
    """The value repeated whose first row comes first, among the values whose hash is in ``suspects``
    (None when no value repeats: the hashes collided)."""
    seen: Counter[Any] = Counter()  # in the order of first rows
    for values in columns:
        present = values.drop_null() if values.null_count else values
        suspect = pa.array(np.isin(_hashes(present), suspects))
        seen.update(pc.filter(present, suspect).to_pylist())
    return next((value for value, count in seen.items() if count > 1), None)


class _Checks:
    """Every value check of a table's ``columns`` (``_ValueChecks``; events: the columns only some event types
    carry, and the scanned DataMatrix strings), fed whole or a batch at a time in row order."""

    def __init__(self, table: str, columns: list[Column], streamed: bool):
        self.table, self.columns = table, columns
        self.values = [_ValueChecks(table, col, streamed) for col in columns]
        names = {col.name for col in columns}
        self.typed = table == "events" and "event_type" in names
        self.event_types: dict[str, tuple[str, Any]] = {}
        self.packs = _PackScan(names) if table == "events" and "raw_datamatrix" in names else None

    def feed(self, data: pa.Table) -> None:
        for check in self.values:
            check.feed(data.column(check.col.name))
        if self.typed:
            for name, found in _event_type_problems(data, self.columns).items():
                self.event_types.setdefault(name, found)
        if self.packs is not None:
            self.packs.feed(data)

    def finish(self, reread: Callable[[str], Iterator[pa.ChunkedArray]]) -> _Packs | None:
        """Raise the first problem, in the order of a whole table's checks; return the scanned packs (events)."""
        for check in self.values:
            check.finish(reread)
        for col in self.columns:
            if col.name in self.event_types:
                raise ContractError("events", col.name, *self.event_types[col.name])
        return self.packs.finish() if self.packs is not None else None


def _event_type_problems(events: pa.Table, columns: list[Column]) -> dict[str, tuple[str, Any]]:
    """Columns the contract allows on some event types only (the pack-scan fields) set elsewhere: per column,
    the problem and the first such row's value."""
    found: dict[str, tuple[str, Any]] = {}
    for col in columns:
        if col.event_types is None:
            continue
        misplaced = pc.and_(
            pc.is_valid(events.column(col.name)), pc.invert(pc.is_in(events.column("event_type"), pa.array(col.event_types)))
        )
        if pc.any(misplaced).as_py():
            row = pc.filter(events, misplaced).slice(0, 1).to_pylist()[0]
            allowed = ", ".join(col.event_types)
            found[col.name] = (f"set on a {row['event_type']} row; only {allowed} rows carry it", row[col.name])
    return found


class _PackScan:
    """The distinct scanned DataMatrix strings of the events, each with the parsed columns its producer gave it
    and its first row: all that parsing and checking them needs (a few per pack, whatever the rows)."""

    #: Batches' distinct scans held before they are merged.
    MERGE_EVERY = 64

    def __init__(self, names: set[str]):
        self.parsed = [name for name in _PARSED_FROM_DATAMATRIX if name in names]
        self.parts: list[pa.Table] = []
        self.rows = 0

    def feed(self, events: pa.Table) -> None:
        start, self.rows = self.rows, self.rows + events.num_rows
        raw = events.column("raw_datamatrix")
        if raw.null_count == len(raw):
            return
        rows = events.select(["raw_datamatrix", *self.parsed]).append_column(
            "row", pa.array(np.arange(start, self.rows, dtype=np.int64)))
        self.parts.append(self._first_rows(rows.filter(pc.is_valid(raw))))
        if len(self.parts) >= self.MERGE_EVERY:
            self.parts = [self._first_rows(pa.concat_tables(self.parts))]

    def _first_rows(self, rows: pa.Table) -> pa.Table:
        first = rows.group_by(["raw_datamatrix", *self.parsed], use_threads=False).aggregate([("row", "min")])
        return first.rename_columns([*first.column_names[:-1], "row"])

    def finish(self) -> _Packs | None:
        """Parse every scanned string (each once, first scanned first); where the producer filled all four parsed
        columns, its reading is accepted if it encodes to the string (``features.gs1``). An unparsable or ambiguous
        value, or one that contradicts a parsed column the producer filled, is an error (its first row's)."""
        if not self.parts:
            return None
        combos = self._first_rows(pa.concat_tables(self.parts)).sort_by("row")
        self.parts = []
        producer: dict[str, PackIdentity] = {}
        if len(self.parsed) == len(_PARSED_FROM_DATAMATRIX):
            complete = combos
            for name in self.parsed:
                complete = complete.filter(pc.is_valid(complete.column(name)))
            for row in complete.to_pylist():
                producer[row["raw_datamatrix"]] = PackIdentity(row["gtin"], row["serial_number"], row["batch_number"],
                                                               row["expiry_date"])  # fmt: skip
        packs: dict[str, PackIdentity] = {}
        for value in combos.column("raw_datamatrix").to_pylist():
            if value in packs:
                continue
            try:
                packs[value] = parse_datamatrix(value, producer.get(value))
            except DataMatrixError as exc:
                raise ContractError("events", "raw_datamatrix", str(exc), value) from exc
        parsed = _Packs(packs)
        for name in self.parsed:
            given = combos.column(name)
            conflict = pc.fill_null(pc.not_equal(given, parsed.values[name].take(parsed.positions(combos))), False)
            if pc.any(conflict).as_py():
                row = pc.filter(combos, conflict).slice(0, 1).to_pylist()[0]
                scanned = _shown("events", "raw_datamatrix", row["raw_datamatrix"])
                raise ContractError("events", name, f"disagrees with raw_datamatrix ({scanned})", row[name])
        return parsed


class _Packs:
    """The parsed scanned packs: each DataMatrix string's GTIN, serial, batch and expiry date."""

    def __init__(self, packs: dict[str, PackIdentity]):
        self.keys = pa.array(list(packs), pa.string())
        self.values = {name: pa.array([getattr(pack, name) for pack in packs.values()],
                                      ARROW_TYPES["date" if name == "expiry_date" else "string"])
                       for name in _PARSED_FROM_DATAMATRIX}  # fmt: skip

    def positions(self, events: pa.Table) -> pa.Array | pa.ChunkedArray:
        return pc.index_in(events.column("raw_datamatrix"), value_set=self.keys)

    def fill(self, events: pa.Table) -> pa.Table:
        """``events`` with the parsed columns a producer left null filled from the scanned string."""
        raw = events.column("raw_datamatrix")
        if raw.null_count == len(raw):
            return events
        position = self.positions(events)
        for name in _PARSED_FROM_DATAMATRIX:
            if name in events.column_names:
                given = events.column(name)
                events = events.set_column(events.column_names.index(name), name,
                                           pc.coalesce(given, self.values[name].take(position)))  # fmt: skip
        return events


def _orphans(mrns: pa.ChunkedArray, known: pa.ChunkedArray) -> tuple[int, Any]:
    """How many ``mrns`` name no patient in ``known``, and the first one's MRN."""
    orphans = pc.filter(mrns, pc.invert(pc.is_in(mrns, known)))
    return len(orphans), orphans[0].as_py() if len(orphans) else None


def _raise_orphans(child: str, count: int, first: Any) -> None:
    if count:
        raise ContractError(child, "mrn", f"{count} row(s) name no patient in silver/patients", first)


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


def _check_share(table: str, report: TableReport, settings: SilverSettings, quarantine: Path) -> None:
    quarantined = sum(report.quarantined.values())
    if not report.rows_read or quarantined / report.rows_read <= settings.max_quarantine_share:
        return
    reason = report.quarantined.most_common(1)[0][0]  # the project's own words, no value of a row
    raise ContractError(
        table,
        None,
        f"{quarantined} of {report.rows_read} rows ({quarantined / report.rows_read:.2%}) quarantined, more than the "
        f"allowed {settings.max_quarantine_share:.2%}; they are in {quarantine / table}.parquet; the most common "
        f"reason: {reason}",
    )


def _write_quarantine(folder: Path, table: str, rows: pa.Table) -> None:
    """``<folder>/<table>.parquet`` (a local folder of the project's, ``quarantine_folder``), replaced atomically;
    removed when nothing is set aside."""
    target = folder / f"{table}.parquet"
    if not rows.num_rows:
        target.unlink(missing_ok=True)
        return
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{table}.parquet.{os.getpid()}.tmp"
    pq.write_table(rows, temporary)
    temporary.replace(target)
