"""Reading the de-identified zone: the only tables anything after de-identification reads.

Tables live in ``<lake>/deidentified/<table>/`` as Parquet. Patients are known by
``patient_key`` there; ``silver/`` is never read again after ``adherence deidentify``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

TABLES = ("patients", "events", "reminders", "messages")
#: The column holding each table's event time, for reading "only what happened before".
TIME_COLUMNS = {"events": "event_time", "reminders": "sent_at", "messages": "sent_at", "patients": "enrolled_at"}


class DeidentifiedInputError(FileNotFoundError):
    """The de-identified zone is missing a table: de-identification has not run."""


def table_dir(lake: Path, table: str) -> Path:
    """The folder of one de-identified table."""
    if table not in TABLES:
        raise ValueError(f"unknown de-identified table {table!r}; tables are {', '.join(TABLES)}")
    folder = Path(lake) / "deidentified" / table
    if not folder.is_dir() or not any(folder.rglob("*.parquet")):
        raise DeidentifiedInputError(f"no Parquet files under {folder}: run `adherence deidentify --lake {lake}` first")
    return folder


def read_deidentified(
    lake: Path, table: str, columns: Sequence[str] | None = None, *, before: dt.datetime | None = None
) -> pd.DataFrame:
    """One de-identified table as pandas, optionally only rows whose event time is before ``before``."""
    dataset = ds.dataset(table_dir(lake, table), format="parquet")
    condition = None
    if before is not None:
        moment = pd.Timestamp(before)
        moment = moment.tz_localize("UTC") if moment.tzinfo is None else moment.tz_convert("UTC")
        condition = ds.field(TIME_COLUMNS[table]) < moment.to_pydatetime()
    try:
        return dataset.to_table(columns=list(columns) if columns else None, filter=condition).to_pandas()
    except (OSError, pa.ArrowException) as exc:
        raise DeidentifiedReadError(table, _unreadable_file(table_dir(lake, table)), exc) from exc


class DeidentifiedReadError(ValueError):
    """A de-identified table's file cannot be read (damaged or not Parquet): names the table and the file."""

    def __init__(self, table: str, path: Path | None, cause: Exception):
        where = f"deidentified/{table}" + (f", file {path}" if path else "")
        super().__init__(f"{where} cannot be read: {type(cause).__name__}: {cause}. Rerun `adherence deidentify` "
                         "to rewrite the de-identified zone")  # fmt: skip
        self.table, self.path = table, path


def unreadable_file(lake: Path, tables: Sequence[str] = ("patients", "events", "reminders")) -> Path | None:
    """The first de-identified file of ``tables`` that fails to read alone (None if each reads): named in the
    error when a reader's own message does not name it (DuckDB's thrift errors do not)."""
    for table in tables:
        if (found := _unreadable_file(table_dir(lake, table))) is not None:
            return found
    return None


def _unreadable_file(folder: Path) -> Path | None:
    """The first file of ``folder`` that fails to read (None if each reads alone)."""
    for path in sorted(folder.rglob("*.parquet")):
        try:
            pq.ParquetFile(path).read()
        except (OSError, pa.ArrowException):
            return path
    return None


def fingerprint(lake: Path, tables: Sequence[str] = ("patients", "events", "reminders")) -> str:
    """SHA-256 over the de-identified tables' files (names and bytes): the lineage of a training run."""
    digest = hashlib.sha256()
    for table in tables:
        folder = table_dir(lake, table)
        for path in sorted(folder.rglob("*.parquet")):
            digest.update(str(path.relative_to(folder.parent)).encode())
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()
