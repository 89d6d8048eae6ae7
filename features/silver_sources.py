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

A malformed input (a Delta log with no commit or a damaged one, a truncated Parquet footer,
damaged pages) is said in the project's words by ``failure_text``, never by the library's
raw message, which may run to a native backtrace or quote values.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from adherence.settings import SilverSettings

HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
NO_COMMITS = ("the Delta table has no commits: its _delta_log/ folder holds no commit file; the producer must "
              "commit a first version (or, if the folder is not a Delta table, remove the empty _delta_log/)")  # fmt: skip

#: Library failures on malformed inputs, recognised by their messages, in the project's words.
_KNOWN_FAILURES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"no files in log segment", re.I), NO_COMMITS),
    (re.compile(r"json error|invalid json|parsing object|eof while parsing", re.I),
     "a Delta log commit (_delta_log/*.json) is not valid JSON: damaged or cut short"),
    (re.compile(r"magic bytes|minimum file footer|deserialize thrift|footer|parquet file size is 0", re.I),
     "not a Parquet file, or cut short: its footer is missing or damaged"),
    (re.compile(r"location .*not found|no such file|file not found", re.I), "a data file the table lists is missing"),
    (re.compile(r"decompress|corrupt|unexpected end of (stream|file)|invalid (page|data)|out of bounds", re.I),
     "its data pages are damaged: they cannot be decompressed or decoded"),
    (re.compile(r"duplicate (qualified )?field name", re.I), "two columns have the same name"),
    (re.compile(r"rescaling decimal value would cause data loss", re.I),
     "it is not a whole number: a decimal with a fraction cannot be an integer"),
    (re.compile(r"not in range|overflow|would lose data", re.I), "a value is out of the contract type's range"),
    (re.compile(r"permission denied", re.I), "permission denied"),
    (re.compile(r"not valid utf-?8", re.I), "a folder or file name is not valid UTF-8 once URL-unescaped (a legacy "
     "writer's Latin-1 escapes); the name is not shown"),
)  # fmt: skip
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`")


class PartitionConflictError(ValueError):
    """A Hive folder names a partition value that the file's own column of that name contradicts."""

    def __init__(self, column: str, folder_value: object, file_value: object):
        # The message names the column only: the values may be identifiers (``mrn=…/``), shaped by the caller.
        super().__init__(f"the Hive folder and the file's own column {column} disagree")
        self.column, self.folder_value, self.file_value = column, folder_value, file_value


class PartitionRepeatedError(ValueError):
    """A data file under two Hive folders of the same column with different values (``region=EU/region=US/``).

    pyarrow would take the outer folder's value silently. ``path`` is the file (relative to the table's folder);
    the values (URL-unescaped, None for ``__HIVE_DEFAULT_PARTITION__``) are shown by the caller, shaped if PHI.
    """

    def __init__(self, path: str, column: str, outer: str | None, inner: str | None):
        super().__init__(f"two Hive folders name the partition column {column}")
        self.path, self.column, self.outer, self.inner = path, column, outer, inner


class TableNotFoundError(LookupError):
    """The lake holds no such table (no folder, no data files, not in the catalog)."""


class UnreadableTableError(ValueError):
    """A table that cannot be read as its format says (e.g. a Delta log with no commit)."""


class SymlinkLoopError(UnreadableTableError):
    """A symbolic link in a table's folder that loops, or leads back to a folder already read.

    ``path`` is the link (relative to the table's folder when it lies under it), for the caller
    to show by a label that carries no identifier (a producer names folders as it likes).
    """

    def __init__(self, path: str):
        super().__init__("a symbolic link loops back (to itself, or to a folder already read)")
        self.path = path


def failure_text(exc: BaseException) -> str:
    """What a library's failure on a malformed input means, in the project's words.

    Known kinds (no Delta commit, damaged Delta JSON, a truncated Parquet footer, damaged
    pages, a listed file missing, duplicate column names) get a fixed sentence. Anything
    else is named by its type and the first line of its message with quoted text left out:
    a library quotes values, and a value in a PHI table may be an identifier.
    """
    message = str(exc)
    for pattern, meaning in _KNOWN_FAILURES:
        if pattern.search(message):
            return meaning
    library = (type(exc).__module__ or "").split(".")[0] or "python"
    first = unquoted(message.strip().splitlines()[0] if message.strip() else "")
    first = first.split(": ")[0]  # a library's "what failed: <the value>" names the value after the colon
    return f"unexpected {type(exc).__name__} from {library}" + (f": {first[:200]}" if first else "")


def unquoted(text: str) -> str:
    """``text`` with every quoted part left out (``'…'``): a library quotes the value it failed on, and a
    value may be an identifier (biip's ``Failed to match '<scan>' with GS1 AI (17)``)."""
    return _QUOTED.sub("'…'", text)


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
    #: ``name`` is a data file's path (relative to the table's folder when it lies under it), named
    #: by its producer; False for a whole snapshot, named by the project.
    file: bool = True
    #: Reads the given columns as written, in record batches of at most the given rows (a file's row
    #: groups cut to size), so that a table bigger than memory can be streamed. None where the format's
    #: reader has no batches (a Delta table read by delta-rs' own engine, an Iceberg snapshot): such a
    #: piece is read whole by ``read`` and cut afterwards (``features.silver``).
    batches: Callable[[list[str], int], Iterator[pa.RecordBatch]] | None = None


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


#: A URI's scheme (``s3:``, ``file:``); a Path collapses ``s3://`` to ``s3:/``, so one slash is enough to tell.
_URI_SCHEME = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]+):/")


def is_uri(lake: Path | str) -> bool:
    """``lake`` is named by a URI (``s3://bucket/x``, ``file:///srv/x``), not by a plain folder path.

    A lake named by a URI is never the project's own lake (``Settings.lake`` is a plain folder): whatever the
    project writes (the quarantine) goes to its own lake, not into one it only reads."""
    return _URI_SCHEME.match(str(lake)) is not None


def lake_location(lake: Path | str, settings: SilverSettings) -> Lake:
    """The file system behind ``lake``: a local folder (a path or a ``file://`` URI), or ``s3://bucket/prefix``."""
    text = str(lake)
    uri = _URI_SCHEME.match(text)
    if uri and uri["scheme"].lower() == "file":
        text = urllib.parse.unquote(urllib.parse.urlsplit(text).path) or "/"
    elif uri and uri["scheme"].lower() != "s3":
        raise UnreadableTableError(f"the lake {text} has the scheme {uri['scheme']}:, which is not supported: "
                                   "name a local folder, a file:// URI or an s3:// URI")  # fmt: skip
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
    """Find ``table``: in the Iceberg catalog when one is set (and only there), else ``silver/<table>/``.

    A catalog set but not holding the table is refused, never passed over for a folder: the folder
    may be a stale copy (an erased patient's rows included), and an empty catalog (``sqlite://``, a
    new file, a typo in the database's name) would pass every table over silently. A folder that is an
    Iceberg table's own (``metadata/*.metadata.json``) is refused without a catalog: read as plain
    Parquet it would bring back every row its snapshots replaced or deleted.
    """
    location = lake_location(lake, settings)
    if settings.iceberg_catalog_uri:
        return _iceberg(table, settings)
    folder = location.path("silver", table)
    info = location.filesystem.get_file_info(folder)
    if info.type != pafs.FileType.Directory:
        if location.local and _loops(folder):  # pyarrow says "not found" of a link that loops
            raise SymlinkLoopError(folder)
        raise TableNotFoundError(f"table folder {location.uri_of('silver', table)} does not exist")
    metadata = location.filesystem.get_file_info(pafs.FileSelector(location.path("silver", table, "metadata"),
                                                                   allow_not_found=True))  # fmt: skip
    if any(info.base_name.endswith(".metadata.json") for info in metadata):
        raise UnreadableTableError(f"{location.uri_of('silver', table)} is an Iceberg table (it holds "
                                   "metadata/*.metadata.json) but no Iceberg catalog is set: set "
                                   "ADHERENCE_ICEBERG_CATALOG_URI to the catalog that holds it; its files are not read "
                                   "as plain Parquet, which would bring back rows its snapshots replaced or deleted")  # fmt: skip
    log = location.path("silver", table, "_delta_log")
    if location.filesystem.get_file_info(log).type == pafs.FileType.Directory:
        if not any(_is_commit(info) for info in location.filesystem.get_file_info(pafs.FileSelector(log))):
            raise UnreadableTableError(NO_COMMITS)
        return _delta(location, table, settings)
    return _parquet_folder(location, table)


def data_files(location: Lake, table: str) -> list[pafs.FileInfo]:
    """Every data file of a folder table, skipping hidden and ``_``-prefixed files and folders and writers' side
    files (``_hidden``); any other file is a data file, and one that is not Parquet is refused by name."""
    folder = location.path("silver", table)
    if location.local:
        _check_links(folder)
    infos = location.filesystem.get_file_info(pafs.FileSelector(folder, recursive=True))
    files = sorted(
        (info for info in infos if info.type == pafs.FileType.File and not _hidden(info.path, folder)),
        key=lambda info: info.path,
    )
    if not files:
        raise TableNotFoundError(f"no data files under {location.uri_of('silver', table)}")
    return files


def _loops(path: str) -> bool:
    """True when resolving ``path`` meets a symbolic link loop (``a -> b -> a``, or a link to itself)."""
    try:
        os.path.realpath(path, strict=True)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _check_links(folder: str) -> None:
    """Refuse a symbolic link under ``folder`` that loops, or that leads to a folder read already.

    pyarrow's recursive listing follows links: one pointing back up (``sub/loop -> ..``) lists every
    file again at each level until the path grows too long, so each row is read dozens of times (or
    the listing seems to hang on a deep tree); a link that loops on itself is silently left out.
    """
    seen = {os.path.realpath(folder)}
    pending = [folder]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_symlink() and _loops(entry.path):
                    raise SymlinkLoopError(_relative(entry.path, folder))
                if not entry.is_dir():  # follows links: a link to a folder is a folder to read
                    continue
                target = os.path.realpath(entry.path)
                if target in seen:
                    raise SymlinkLoopError(_relative(entry.path, folder))
                seen.add(target)
                pending.append(entry.path)


#: A Delta log's entries (Delta protocol, "Delta Log Entries"): a commit, a checkpoint (classic, multi-part or V2), and
#: any entry at all (a log compaction ``<from>.<to>.compacted.json`` too)
_DELTA_COMMIT = re.compile(r"(?P<version>\d{20})\.json")
_DELTA_CHECKPOINT = re.compile(r"(?P<version>\d{20})\.checkpoint(\.[^/]*)?\.(parquet|json)")
_DELTA_LOG_ENTRY = re.compile(r"\d{20}\.(?:[^/]*\.)?(?:json|parquet)")


def _is_commit(info: pafs.FileInfo) -> bool:
    """An entry of a Delta log (:data:`_DELTA_LOG_ENTRY`): a commit, a checkpoint or a log compaction."""
    return info.type == pafs.FileType.File and bool(_DELTA_LOG_ENTRY.fullmatch(info.base_name))


#: Side files writers leave among the data files, which are never data: Hadoop's S3 connectors (EMR's, the old
#: ``s3n``) mark each folder by an empty object ``<folder>_$folder$`` beside it, and Hadoop writes a checksum
#: ``<file>.crc`` (usually hidden by a leading dot, not always). Spark's ``_SUCCESS``, Databricks'
#: ``_committed_<id>`` and ``_started_<id>``, macOS's ``.DS_Store`` are hidden by their leading ``_`` or ``.``.
_SIDE_FILE_SUFFIXES = ("_$folder$", ".crc")


def _hidden(path: str, folder: str) -> bool:
    """A hidden or ``_``-prefixed file or folder (writers' metadata), or a writer's side file (``_SIDE_FILE_SUFFIXES``)."""
    parts = path[len(folder) :].strip("/").split("/")
    return any(part.startswith((".", "_")) for part in parts) or parts[-1].endswith(_SIDE_FILE_SUFFIXES)


#: Spark and Hive (and pandas with ``use_deprecated_int96_timestamps``) write times as INT96, which
#: pyarrow reads as nanoseconds by default: a time past 2262-04-11 then wraps to a plausible-looking
#: date instead of reaching the plausibility check. Read at the contract's microseconds, they stay as
#: written. Other readers had the same wrap (jorgecarleitao/arrow2 pull request 1532, apache/arrow-go 1128).
PARQUET_READ_OPTIONS = ds.ParquetReadOptions(coerce_int96_timestamp_unit="us")


def _parquet_folder(location: Lake, table: str) -> Source:
    folder = location.path("silver", table)
    files = data_files(location, table)
    for info in files:
        _check_repeated_partitions(info.path, folder)
    keys = sorted({part.partition("=")[0] for info in files for part in _folders(info.path, folder) if "=" in part})
    partitions = pa.schema([(key, pa.string()) for key in keys])  # typed later, by the contract
    dataset = ds.dataset(  # no footer is read here: each file's own is read by its piece, which names it
        [info.path for info in files],
        filesystem=location.filesystem,
        format=ds.ParquetFileFormat(read_options=PARQUET_READ_OPTIONS),
        schema=partitions,
        partitioning=ds.HivePartitioning(partitions, null_fallback=HIVE_NULL, segment_encoding="uri"),
        partition_base_dir=folder,
    )
    newest = max(info.mtime for info in files if info.mtime is not None)
    ingested = newest if newest.tzinfo else newest.replace(tzinfo=dt.UTC)
    return Source(table, "parquet", None, ingested, _fragment_pieces(dataset, partitions, folder))


def _folders(path: str, folder: str) -> list[str]:
    return path[len(folder) :].strip("/").split("/")[:-1]


def _partition_value(text: str) -> str | None:
    """A Hive folder's value as it names a row's: URL-unescaped, None for ``__HIVE_DEFAULT_PARTITION__``."""
    value = urllib.parse.unquote(text)
    return None if value == HIVE_NULL else value


def _check_repeated_partitions(path: str, folder: str) -> None:
    """Refuse a file under two Hive folders of one column that disagree (``region=EU/region=US/part-0.parquet``):
    pyarrow keeps the outer one's value and drops the inner one's silently. Folders that agree (after
    unescaping: ``x=a%20b/x=a b/``) say one value twice and are read as one."""
    seen: dict[str, str | None] = {}
    for part in _folders(path, folder):
        key, equals, text = part.partition("=")
        if not equals:
            continue
        value = _partition_value(text)
        if key in seen and seen[key] != value:
            raise PartitionRepeatedError(_relative(path, folder), key, seen[key], value)
        seen.setdefault(key, value)


def _fragment_pieces(dataset: ds.FileSystemDataset, partitions: pa.Schema, folder: str,
                     table_schema: pa.Schema | None = None) -> list[Piece]:  # fmt: skip
    """One piece per file; its partition columns come from the file's partition expression.

    With ``table_schema`` (a Delta table's current schema) every file is read by it: a column
    a later commit added (``schema_mode="merge"``) is null in the files written before, as
    the table's own readers see it. Without it (a Parquet folder, which has no schema but its
    files') each file must hold every required column itself; a nullable one may be absent from
    some files (``features.silver`` reads it as null there).
    """

    def piece(fragment: ds.ParquetFileFragment) -> Piece:
        def schema() -> pa.Schema:
            physical = fragment.physical_schema  # as written: a column named twice stays visible
            added = table_schema if table_schema is not None else partitions
            return pa.schema(list(physical) + [field for field in added if field.name not in physical.names])

        def check_restated(columns: list[str]) -> None:
            # A column both in the file and in the folder name: pyarrow would take the folder's value
            # silently. The two must agree, as any column restating another must.
            # A file beside the Hive folders (no folder for that column) says nothing about it.
            keys = ds.get_partition_keys(fragment.partition_expression)
            restated = [name for name in columns
                        if name in partitions.names and name in keys and name in fragment.physical_schema.names]  # fmt: skip
            if restated:
                own = fragment.format.make_fragment(fragment.path, fragment.filesystem).to_table(columns=restated)
                for name in restated:
                    wrong = [value for value in pc.unique(own.column(name)).to_pylist() if not _same(keys[name], value)]
                    if wrong:
                        raise PartitionConflictError(name, keys[name], None if wrong[0] is None else str(wrong[0]))

        def read(columns: list[str]) -> pa.Table:
            check_restated(columns)
            return fragment.to_table(schema=table_schema if table_schema is not None else schema(), columns=columns)

        def batches(columns: list[str], rows: int) -> Iterator[pa.RecordBatch]:
            check_restated(columns)
            yield from fragment.to_batches(schema=table_schema if table_schema is not None else schema(),
                                           columns=columns, batch_size=rows)  # fmt: skip

        return Piece(
            name=_relative(fragment.path, folder),
            schema=schema,
            read=read,
            partitions=tuple(partitions.names),
            batches=batches,
        )

    return [piece(fragment) for fragment in dataset.get_fragments()]


def _relative(path: str, folder: str) -> str:
    """``path`` relative to the table's folder when it lies under it (as a message names a file)."""
    return path[len(folder) :].lstrip("/") if folder and path.startswith(folder.rstrip("/") + "/") else path


def _same(folder: object, value: object) -> bool:
    """A Hive folder's value (text) and a file's value of the same column agree: as text, or as numbers
    (``local_hour=06`` and 6, Spark's ``doses_per_day=1.0`` and 1)."""
    if value is None or folder is None:
        return value is None and folder is None
    if str(value) == str(folder):
        return True
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(str(folder)) == float(value)
        except ValueError:
            return False
    return False


def _delta(location: Lake, table: str, settings: SilverSettings) -> Source:
    """The table at its current version. Plain tables are read file by file (errors name the file);
    deletion vectors and column mapping need delta-rs's own engine (``DeltaTable.scan``)."""
    from deltalake import DeltaTable

    _check_last_checkpoint(location, table)
    replay = _delta_commits_to_replay(location, table)
    options = _delta_storage_options(location, settings)
    try:
        delta = DeltaTable(location.uri_of("silver", table), storage_options=options or None)
    except Exception:
        _diagnose_delta_log(location, table, replay)  # names the damaged commit or the feature, if either
        raise
    protocol = delta.protocol()
    _check_delta_protocol({"minReaderVersion": protocol.min_reader_version,
                           "readerFeatures": protocol.reader_features or []})
    history = delta.history(1)
    committed = _epoch_ms(int(history[0]["timestamp"]), "its newest Delta commit's timestamp") if history else None
    ingested = committed or dt.datetime.now(dt.UTC)
    features = set(delta.protocol().reader_features or ())
    mapped = delta.metadata().configuration.get("delta.columnMapping.mode", "none") != "none"
    if mapped or features & {"deletionVectors", "columnMapping"}:
        schema = pa.schema(delta.schema().to_arrow())  # logical names
        name = f"{table} version {delta.version()}"
        piece = Piece(name, lambda: schema, lambda columns: pa.table(delta.scan(columns=columns)), file=False)
        return Source(table, "delta", delta.version(), ingested, [piece])
    dataset = delta.to_pyarrow_dataset(parquet_read_options=PARQUET_READ_OPTIONS)
    partitions = pa.schema([dataset.schema.field(name) for name in delta.metadata().partition_columns])
    pieces = _fragment_pieces(dataset, partitions, location.path("silver", table), dataset.schema)
    return Source(table, "delta", delta.version(), ingested, pieces)


def _epoch_ms(milliseconds: int, what: str) -> dt.datetime:
    """A format's commit time (milliseconds since 1970, UTC) as a time; one Python cannot hold
    (past year 9999) is refused naming what it is, and the setting that overrides it."""
    try:
        return dt.datetime.fromtimestamp(milliseconds / 1000, dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise UnreadableTableError(f"{what} ({milliseconds} ms since 1970) is not a time before year 10000; "
                                   "set ADHERENCE_INGESTED_AT to when the table was written") from None  # fmt: skip


def _check_last_checkpoint(location: Lake, table: str) -> None:
    """Refuse a ``_delta_log/_last_checkpoint`` that names a checkpoint whose file is missing, naming the file.

    delta-rs says only "Had a _last_checkpoint hint but didn't find any checkpoints", which names
    neither the version nor the file a producer's clean-up (or a partial copy) left out. A classic
    checkpoint is ``<version>.checkpoint.parquet``; one in ``parts`` parts is
    ``<version>.checkpoint.<part>.<parts>.parquet`` (Delta protocol, "Checkpoints"). A hint that is not
    JSON, or a V2 checkpoint (named by a UUID), is left to delta-rs.
    """
    log = location.path("silver", table, "_delta_log")
    try:
        with location.filesystem.open_input_stream(f"{log}/_last_checkpoint") as stream:
            hint = json.loads(stream.read())
        version, parts = int(hint["version"]), int(hint.get("parts") or 1)
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return
    if hint.get("v2Checkpoint"):
        return
    names = ([f"{version:020d}.checkpoint.parquet"] if parts == 1 else
             [f"{version:020d}.checkpoint.{part:010d}.{parts:010d}.parquet" for part in range(1, parts + 1)])  # fmt: skip
    for name in names:
        if location.filesystem.get_file_info(f"{log}/{name}").type != pafs.FileType.File:
            raise UnreadableTableError(f"_delta_log/_last_checkpoint names the checkpoint of version {version}, but "
                                       f"_delta_log/{name} is missing: restore it, or remove _last_checkpoint so that "
                                       "readers replay the commits (if the log still holds them)")  # fmt: skip


#: Reader features (Delta protocol, "Table Features") that this reader reads: delta-rs' (deltalake 1.6) less those
#: it refuses (``vacuumProtocolCheck``, ``v2Checkpoint``, ``typeWidening``, ``catalogManaged``: its refusal is a
#: truncated "these reader features" or a "Kernel error" with a backtrace). A table whose protocol requires any
#: other is refused naming the feature before delta-rs opens it. A test reads a table requiring each of these.
DELTA_READER_FEATURES = frozenset({"columnMapping", "deletionVectors", "timestampNtz", "variantType", "variantType-preview"})
#: The highest Delta reader version there is (3: reader features listed by name).
DELTA_READER_VERSION = 3


class _DeltaReplay(NamedTuple):
    """A Delta log as listed once: its files' names, its commit files by version, and the first version a reader
    replays (after the newest checkpoint, or 0)."""

    names: list[str]
    commits: dict[int, str]
    start: int


def _delta_commits_to_replay(location: Lake, table: str) -> _DeltaReplay:
    """The log as listed (:class:`_DeltaReplay`), its commits checked for gaps.

    From the newest checkpoint on, every commit up to the newest must be there: a clean-up or a partial copy that lost
    ``…01.json`` between ``…00.json`` and ``…02.json`` leaves a version no reader can rebuild (delta-rs said so in a
    "Kernel error" with a Rust struct dump). Refused here naming the missing file; the listing alone is read."""
    log = location.path("silver", table, "_delta_log")
    names = [info.base_name for info in location.filesystem.get_file_info(pafs.FileSelector(log)) if info.is_file]
    commits = {int(found["version"]): name for name in names if (found := _DELTA_COMMIT.fullmatch(name))}
    if not commits:
        return _DeltaReplay(names, commits, 0)  # only checkpoints (a log cleaned up to one): delta-rs reads the checkpoint
    newest = max(commits)
    checkpoints = sorted({int(found["version"]) for name in names
                          if (found := _DELTA_CHECKPOINT.fullmatch(name)) and int(found["version"]) <= newest})  # fmt: skip
    start = checkpoints[-1] + 1 if checkpoints else 0
    for version in range(start, newest + 1):
        if version not in commits:
            since = f"the checkpoint of version {start - 1}" if checkpoints else "version 0 (there is no checkpoint)"
            raise UnreadableTableError(f"_delta_log/{version:020d}.json is missing: the log holds commits up to version "
                                       f"{newest}, and every commit from {since} on is needed to rebuild it; restore "
                                       "the missing commit (a clean-up or a partial copy lost it)")  # fmt: skip
    return _DeltaReplay(names, commits, start)


def _diagnose_delta_log(location: Lake, table: str, replay: _DeltaReplay) -> None:
    """After delta-rs refused the table in its own words: refuse it in ours, naming the file or the feature, if a
    commit it replays is not JSON lines (a writer stopped mid-commit, or a partial copy, cut it short) or the newest
    protocol asks for a reader version or feature this reader lacks (:data:`DELTA_READER_FEATURES`; delta-rs said
    "these reader features" cut short, or "Kernel error"). Read only on failure: delta-rs replays the same commits.
    A checkpoint's protocol is read when no later commit changes it. Returns when neither explains the refusal."""
    log = location.path("silver", table, "_delta_log")
    names, commits, start = replay
    protocol: dict[str, Any] | None = None
    for version in range(start, max(commits, default=-1) + 1):
        with location.filesystem.open_input_stream(f"{log}/{commits[version]}") as stream:
            text = stream.read().decode("utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                action = json.loads(line)
            except ValueError:
                raise UnreadableTableError(f"_delta_log/{commits[version]} is not valid JSON at line {number}: the "
                                           "commit is damaged or cut short (a writer stopped mid-commit, or a partial "
                                           "copy); restore it from the producer") from None  # fmt: skip
            if isinstance(action, dict) and isinstance(action.get("protocol"), dict):
                protocol = action["protocol"]
    if protocol is None and start > 0:
        protocol = _checkpoint_protocol(location, log, names, start - 1)
    if protocol is not None:
        _check_delta_protocol(protocol)


def _checkpoint_protocol(location: Lake, log: str, names: list[str], version: int) -> dict[str, Any] | None:
    """The protocol a Parquet checkpoint of ``version`` holds (None when it cannot be read: delta-rs says why)."""
    for name in names:
        found = _DELTA_CHECKPOINT.fullmatch(name)
        if found and int(found["version"]) == version and name.endswith(".parquet"):
            try:
                with location.filesystem.open_input_file(f"{log}/{name}") as stream:
                    rows = pq.read_table(stream, columns=["protocol"]).column("protocol").drop_null().to_pylist()
            except Exception:  # a checkpoint without a protocol column in this part, or damaged
                continue
            if rows:
                return dict(rows[0])
    return None


def _check_delta_protocol(protocol: dict[str, Any]) -> None:
    """Refuse a protocol asking for a reader version or reader features this reader lacks, naming them."""
    version = protocol.get("minReaderVersion")
    if isinstance(version, int) and version > DELTA_READER_VERSION:
        raise UnreadableTableError(f"the Delta table's protocol asks for reader version {version}; Delta readers know "
                                   f"versions 1 to {DELTA_READER_VERSION}: its producer wrote a protocol no reader can "
                                   "read")  # fmt: skip
    features = protocol.get("readerFeatures") or []
    unknown = sorted(str(name) for name in features if name not in DELTA_READER_FEATURES)
    if unknown:
        raise UnreadableTableError(f"the Delta table's protocol requires the reader feature(s) {', '.join(unknown)}, "
                                   f"which this platform's Delta reader cannot read (it reads "
                                   f"{', '.join(sorted(DELTA_READER_FEATURES))}); ask the producer to write the table "
                                   "without them (e.g. Databricks' ALTER TABLE … DROP FEATURE), or to export a copy")  # fmt: skip


def _delta_storage_options(location: Lake, settings: SilverSettings) -> dict[str, str]:
    if location.local:
        return {}
    options = {"AWS_ALLOW_HTTP": "true"} if (settings.s3_endpoint_url or "").startswith("http://") else {}
    if settings.s3_endpoint_url:
        options["AWS_ENDPOINT_URL"] = settings.s3_endpoint_url
    return options


def _iceberg(table: str, settings: SilverSettings) -> Source:
    from pyiceberg.catalog.sql import SqlCatalog
    from pyiceberg.exceptions import NoSuchNamespaceError, NoSuchTableError

    uri = str(settings.iceberg_catalog_uri)
    missing = _missing_sqlite_file(uri)
    if missing:  # SQLAlchemy would create an empty database there, and every table would fall back to folders
        raise UnreadableTableError(f"the Iceberg catalog database set by ADHERENCE_ICEBERG_CATALOG_URI does not exist "
                                   f"({missing}): check the path")  # fmt: skip
    try:
        _check_iceberg_settings(uri, settings.iceberg_namespace, settings.iceberg_catalog_name)
        name = settings.iceberg_catalog_name or _iceberg_catalog_name(uri, settings.iceberg_namespace, table)
    except (TableNotFoundError, UnreadableTableError):
        raise
    except Exception as exc:  # SQLAlchemy cannot parse or open it: the setting is wrong, not the table
        raise UnreadableTableError(f"the Iceberg catalog database set by ADHERENCE_ICEBERG_CATALOG_URI cannot be opened "
                                   f"({type(exc).__name__}): check its SQLAlchemy URL and that it exists") from None
    absent = TableNotFoundError(f"the Iceberg catalog {_catalog_label(uri)} (ADHERENCE_ICEBERG_CATALOG_URI) holds no table "
                                f"{settings.iceberg_namespace}.{table}; with a catalog set, every table is read from it, "
                                "never from a silver/ folder (unset the variable to read folders)")  # fmt: skip
    if name is None:
        raise absent
    catalog = SqlCatalog(name, uri=str(settings.iceberg_catalog_uri))
    try:
        iceberg = catalog.load_table((settings.iceberg_namespace, table))
    except (NoSuchTableError, NoSuchNamespaceError):
        raise absent from None
    snapshot = iceberg.current_snapshot()
    arrow_schema = iceberg.schema().as_arrow()
    if snapshot is None:  # created, never written: an empty table, as an empty Delta table is
        piece = Piece(f"{settings.iceberg_namespace}.{table} (no snapshot)", lambda: arrow_schema,
                      lambda columns: arrow_schema.empty_table().select(list(columns)), file=False)  # fmt: skip
        created = _epoch_ms(iceberg.metadata.last_updated_ms, "its Iceberg metadata's update time")
        return Source(table, "iceberg", None, created, [piece])
    label = f"{settings.iceberg_namespace}.{table}@{snapshot.snapshot_id}"
    return Source(
        table,
        "iceberg",
        snapshot.snapshot_id,
        _epoch_ms(snapshot.timestamp_ms, "its Iceberg snapshot's timestamp"),
        [Piece(label, lambda: arrow_schema, lambda columns: iceberg.scan(selected_fields=tuple(columns)).to_arrow(),
               file=False)],
    )


def _catalog_label(uri: str) -> str:
    """The catalog's URL as a message may show it: without its password (``postgresql://user:***@host``)."""
    import sqlalchemy

    return sqlalchemy.engine.make_url(uri).render_as_string(hide_password=True)


def _missing_sqlite_file(uri: str) -> str | None:
    """The file a ``sqlite:///path`` URL names when it does not exist (None for other URLs and ``:memory:``)."""
    if not uri.startswith("sqlite:///"):
        return None
    path = uri[len("sqlite:///") :].split("?")[0]
    if not path or path == ":memory:" or Path(path).exists():
        return None
    return path


def _check_iceberg_settings(uri: str, namespace: str, name: str | None) -> None:
    """Refuse a catalog name or namespace that nothing in a non-empty catalog database holds: a typo
    (``prdo``) would otherwise fall back to ``silver/<table>/`` folders, perhaps stale ones, silently."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(uri)
    try:
        with engine.connect() as connection:
            if not sqlalchemy.inspect(connection).has_table("iceberg_tables"):
                return
            rows = connection.execute(sqlalchemy.text("SELECT DISTINCT catalog_name, table_namespace FROM iceberg_tables")).all()
    finally:
        engine.dispose()
    if not rows:
        return
    names, namespaces = sorted({row[0] for row in rows}), sorted({row[1] for row in rows if name in (None, row[0])})
    if name is not None and name not in names:
        raise UnreadableTableError(f"ADHERENCE_ICEBERG_CATALOG_NAME is {name!r}, but the catalog database holds tables under "
                                   f"the catalog name(s) {', '.join(names)}")  # fmt: skip
    if namespace not in namespaces:
        raise UnreadableTableError(f"ADHERENCE_ICEBERG_NAMESPACE is {namespace!r}, but the catalog database holds tables in "
                                   f"the namespace(s) {', '.join(namespaces)}")  # fmt: skip


def _iceberg_catalog_name(uri: str, namespace: str, table: str) -> str | None:
    """The name of the one catalog in the SQL catalog database that holds ``namespace.table``, or None.

    pyiceberg's SQL catalog keeps catalogs of several names in one database (its ``iceberg_tables``
    table, keyed by ``catalog_name``); a producer's name is theirs to choose. Several names holding
    the table are ambiguous: ``TableNotFoundError`` asks for ``ADHERENCE_ICEBERG_CATALOG_NAME``.
    """
    import sqlalchemy

    engine = sqlalchemy.create_engine(uri)
    try:
        with engine.connect() as connection:
            if not sqlalchemy.inspect(connection).has_table("iceberg_tables"):
                return None
            names = sorted(row[0] for row in connection.execute(
                sqlalchemy.text("SELECT DISTINCT catalog_name FROM iceberg_tables "
                                "WHERE table_namespace = :namespace AND table_name = :table"),
                {"namespace": namespace, "table": table},
            ))  # fmt: skip
    finally:
        engine.dispose()
    if len(names) > 1:
        raise TableNotFoundError(f"the Iceberg catalog database holds {namespace}.{table} under several catalog names "
                                 f"({', '.join(names)}): set ADHERENCE_ICEBERG_CATALOG_NAME to the one to read")  # fmt: skip
    return names[0] if names else None
