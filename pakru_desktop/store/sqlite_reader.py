"""A read-only ``sqlite3`` connection to a current database, for commands that must start fast.

Importing SQLAlchemy's ORM takes longer than a whole ``pakru list`` should, so
read-only listings of an existing, up-to-date SQLite file go through the
standard library instead. Anything unusual (no file yet, an older or newer
schema, another database) returns None and the caller takes the ORM path,
which creates, migrates or refuses as usual.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pakru_desktop.store.file_access import busy_timeout_ms, may_write, read_only_uri
from pakru_desktop.store.identify import plainly_ours
from pakru_desktop.store.item_sql import for_sqlite
from pakru_desktop.store.schema_version import SCHEMA_HEAD
from pakru_desktop.store.sqlite_functions import install_functions


def open_current(path: Path) -> sqlite3.Connection | None:
    """A read-only connection if ``path`` holds a database at ``SCHEMA_HEAD``, else None."""
    # Only a file already marked as ours: anything else (another program's file, an
    # older release's, a damaged one) takes the full opening sequence, which refuses it
    # untouched or migrates it; connecting here first could add -wal and -shm beside it.
    if not plainly_ours(path):
        return None
    # A file or folder that may not be written is read without creating -wal or -shm,
    # which could not be made there (``file_access.read_only_uri``).
    uri = f"{path.resolve().as_uri()}?mode=ro" if may_write(path) else read_only_uri(path)
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        install_functions(connection)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        connection.close()
        return None
    if not row or row[0] != SCHEMA_HEAD:
        connection.close()
        return None
    return connection


def runner(connection: sqlite3.Connection) -> Any:
    """A function running ``(sql, params)`` statements on ``connection``."""

    def run(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        return connection.execute(sql, for_sqlite(params)).fetchall()

    return run
