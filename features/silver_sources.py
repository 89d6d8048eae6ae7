"""Where a Silver table's rows come from: a Parquet folder, a Delta table or an Iceberg table.

Each format is opened through the library that owns it, so its own rules decide which
rows are current: a Delta table is read at its current version through ``deltalake``
(files an overwrite or a delete removed are not read), an Iceberg table at its current
snapshot through ``pyiceberg``. A plain folder is every Parquet file under it, with the
Hive partition conventions of pyarrow and Spark (``__HIVE_DEFAULT_PARTITION__`` is null,
values are URL-escaped). The lake may be a local folder or an ``s3://`` URI.

A table comes back as a ``Source``: its format, the version read, its ingestion time (when
its current content was written) and its ``Piece``s (files, or one snapshot), each read
separately so that an error can name the file it comes from. Values are not checked
here; ``features.silver`` normalises and validates them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs

from adherence.settings import SilverSettings

HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"


class TableNotFoundError(LookupError):
    """The lake holds no such table (no folder, no data files, not in the catalog)."""


@dataclass(frozen=True)
class Piece:
    """One readable part of a table: a data file, or an Iceberg snapshot."""

    name: str
    #: Column names and Arrow types as written (partition columns included).
    schema: Callable[[], pa.Schema]
    #: Reads the given columns, as written.
    read: Callable[[list[str]], pa.Table]
    #: Hive partition columns of a folder table: text, typed by the contract.
    partitions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    """A table as found in the lake."""

    table: str
    format: str  # "parquet", "delta" or "iceberg"
    version: int | None  # Delta version or Iceberg snapshot id; None for a Parquet folder
    ingested_at: dt.datetime
    pieces: list[Piece]


@dataclass(frozen=True)
class Lake:
    """A lake's file system and the path of its root inside it."""

    filesystem: pafs.FileSystem
    root: str
    uri: str  # how other libraries (deltalake) name the root

    def path(self, *parts: str) -> str:
        return "/".join([self.root.rstrip("/"), *parts])

    def uri_of(self, *parts: str) -> str:
        return "/".join([self.uri.rstrip("/"), *parts])

    @property
    def local(self) -> bool:
        return isinstance(self.filesystem, pafs.LocalFileSystem)


def lake_location(lake: Path | str, settings: SilverSettings) -> Lake:
    """The file system behind ``lake``: a local folder, or ``s3://bucket/prefix``."""
    text = str(lake)
    if text.startswith("s3:/") and not text.startswith("s3://"):
        text = "s3://" + text[len("s3:/") :]  # a Path collapses the URI's double slash
    if text.startswith("s3://"):
        options: dict[str, Any] = {}
        if settings.s3_endpoint_url:
            scheme, _, host = settings.s3_endpoint_url.partition("://")
            options = {"endpoint_override": host or scheme, "scheme": scheme if host else "https"}
        return Lake(pafs.S3FileSystem(**options), text[len("s3://") :].rstrip("/"), text.rstrip("/"))
    root = str(Path(text).resolve())
    return Lake(pafs.LocalFileSystem(), root, root)


def open_table(lake: Path | str, table: str, settings: SilverSettings) -> Source:
    """Find ``table`` in the lake: in the Iceberg catalog if one is set and holds it, else ``silver/<table>/``."""
    location = lake_location(lake, settings)
    if settings.iceberg_catalog_uri:
        found = _iceberg(table, settings)
        if found is not None:
            return found
    folder = location.path("silver", table)
    info = location.filesystem.get_file_info(folder)
    if info.type != pafs.FileType.Directory:
        raise TableNotFoundError(f"table folder {location.uri_of('silver', table)} does not exist")
    if location.filesystem.get_file_info(location.path("silver", table, "_delta_log")).type == pafs.FileType.Directory:
        return _delta(location, table, settings)
    return _parquet_folder(location, table)


def data_files(location: Lake, table: str) -> list[pafs.FileInfo]:
    """Every data file of a folder table, skipping hidden and ``_``-prefixed files and folders."""
    folder = location.path("silver", table)
    infos = location.filesystem.get_file_info(pafs.FileSelector(folder, recursive=True))
    files = sorted(
        (info for info in infos if info.type == pafs.FileType.File and not _hidden(info.path, folder)),
        key=lambda info: info.path,
    )
    if not files:
        raise TableNotFoundError(f"no data files under {location.uri_of('silver', table)}")
    return files


def _hidden(path: str, folder: str) -> bool:
    return any(part.startswith((".", "_")) for part in path[len(folder) :].strip("/").split("/"))


def _parquet_folder(location: Lake, table: str) -> Source:
    folder = location.path("silver", table)
    files = data_files(location, table)
    keys = sorted({part.partition("=")[0] for info in files for part in _folders(info.path, folder) if "=" in part})
    partitions = pa.schema([(key, pa.string()) for key in keys])  # typed later, by the contract
    dataset = ds.dataset(
        [info.path for info in files],
        filesystem=location.filesystem,
        format="parquet",
        partitioning=ds.HivePartitioning(partitions, null_fallback=HIVE_NULL, segment_encoding="uri"),
        partition_base_dir=folder,
    )
    newest = max(info.mtime for info in files if info.mtime is not None)
    ingested = newest if newest.tzinfo else newest.replace(tzinfo=dt.UTC)
    return Source(table, "parquet", None, ingested, _fragment_pieces(dataset, partitions, folder))


def _folders(path: str, folder: str) -> list[str]:
    return path[len(folder) :].strip("/").split("/")[:-1]


def _fragment_pieces(dataset: ds.FileSystemDataset, partitions: pa.Schema, folder: str) -> list[Piece]:
    """One piece per file; its partition columns come from the file's partition expression."""

    def piece(fragment: ds.ParquetFileFragment) -> Piece:
        def schema() -> pa.Schema:
            physical = fragment.physical_schema
            return pa.schema(list(physical) + [field for field in partitions if field.name not in physical.names])

        return Piece(
            name=fragment.path[len(folder) :].lstrip("/") or fragment.path,
            schema=schema,
            read=lambda columns: fragment.to_table(schema=schema(), columns=columns),
            partitions=tuple(partitions.names),
        )

    return [piece(fragment) for fragment in dataset.get_fragments()]


def _delta(location: Lake, table: str, settings: SilverSettings) -> Source:
    """The table at its current version. Plain tables are read file by file (errors name the file);
    deletion vectors and column mapping need delta-rs's own engine (``DeltaTable.scan``)."""
    from deltalake import DeltaTable

    options = _delta_storage_options(location, settings)
    delta = DeltaTable(location.uri_of("silver", table), storage_options=options or None)
    history = delta.history(1)
    committed = dt.datetime.fromtimestamp(int(history[0]["timestamp"]) / 1000, dt.UTC) if history else None
    ingested = committed or dt.datetime.now(dt.UTC)
    features = set(delta.protocol().reader_features or ())
    mapped = delta.metadata().configuration.get("delta.columnMapping.mode", "none") != "none"
    if mapped or features & {"deletionVectors", "columnMapping"}:
        schema = pa.schema(delta.schema().to_arrow())  # logical names
        name = f"{table} version {delta.version()}"
        piece = Piece(name, lambda: schema, lambda columns: pa.table(delta.scan(columns=columns)))
        return Source(table, "delta", delta.version(), ingested, [piece])
    dataset = delta.to_pyarrow_dataset()
    partitions = pa.schema([dataset.schema.field(name) for name in delta.metadata().partition_columns])
    return Source(table, "delta", delta.version(), ingested, _fragment_pieces(dataset, partitions, ""))


def _delta_storage_options(location: Lake, settings: SilverSettings) -> dict[str, str]:
    if location.local:
        return {}
    options = {"AWS_ALLOW_HTTP": "true"} if (settings.s3_endpoint_url or "").startswith("http://") else {}
    if settings.s3_endpoint_url:
        options["AWS_ENDPOINT_URL"] = settings.s3_endpoint_url
    return options


def _iceberg(table: str, settings: SilverSettings) -> Source | None:
    from pyiceberg.catalog.sql import SqlCatalog
    from pyiceberg.exceptions import NoSuchNamespaceError, NoSuchTableError

    catalog = SqlCatalog("silver", uri=str(settings.iceberg_catalog_uri))
    try:
        iceberg = catalog.load_table((settings.iceberg_namespace, table))
    except (NoSuchTableError, NoSuchNamespaceError):
        return None
    snapshot = iceberg.current_snapshot()
    if snapshot is None:
        raise TableNotFoundError(f"Iceberg table {settings.iceberg_namespace}.{table} has no snapshot")
    name = f"{settings.iceberg_namespace}.{table}@{snapshot.snapshot_id}"
    arrow_schema = iceberg.schema().as_arrow()
    return Source(
        table,
        "iceberg",
        snapshot.snapshot_id,
        dt.datetime.fromtimestamp(snapshot.timestamp_ms / 1000, dt.UTC),
        [Piece(name, lambda: arrow_schema, lambda columns: iceberg.scan(selected_fields=tuple(columns)).to_arrow())],
    )
