"""DuckDB connections pinned to UTC.

DuckDB casts ``TIMESTAMPTZ`` to ``DATE`` (and truncates to days) in the session's time
zone, which defaults to the machine's ``TZ``. Every day the platform computes is a UTC
calendar day, so every connection it opens comes from here.
"""

from __future__ import annotations

import duckdb


def connect() -> duckdb.DuckDBPyConnection:
    """A new in-memory DuckDB connection whose session time zone is UTC."""
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    return con
