"""Where the database lives and how connections to it are made.

SQLite gets its pragmas here (foreign keys, WAL, a busy timeout); every other
dialect-specific choice is made through ``is_sqlite`` so the same code can run
on PostgreSQL.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import appdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from pakru_desktop.domain.errors import StorageError

APP_NAME = "pakru-desktop"
DEFAULT_FILE_NAME = "pakru.sqlite3"
BUSY_TIMEOUT_MS = 5000


def default_database_path() -> Path:
    """``pakru.sqlite3`` in the user's data folder (appdirs), e.g. ``~/.local/share/pakru-desktop``."""
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def resolve_database_url(
    db_path: str | None = None,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """Choose the database: ``--db`` / ``--database-url``, then env, then the default file.

    Raises ``ValidationError``-like ``StorageError`` when both a path and a URL are given,
    since silently preferring one would open the wrong database.
    """
    env = os.environ if environ is None else environ
    if db_path and database_url:
        raise StorageError("Give either a database file (--db) or a database URL, not both.")
    if db_path:
        return sqlite_url(Path(db_path))
    if database_url:
        return _checked_url(database_url)
    if env.get("PAKRU_DB"):
        return sqlite_url(Path(env["PAKRU_DB"]))
    if env.get("PAKRU_DATABASE_URL"):
        return _checked_url(env["PAKRU_DATABASE_URL"])
    return sqlite_url(default_database_path())


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file, with ``~`` expanded and the path made absolute."""
    return f"sqlite:///{path.expanduser().resolve()}"


def _checked_url(url: str) -> str:
    try:
        make_url(url)
    except ArgumentError:
        raise StorageError(f"'{url}' is not a database URL (e.g. sqlite:///path/pakru.sqlite3).")
    return url


def is_sqlite(url_or_engine: str | Engine) -> bool:
    """True for SQLite, where pragmas, file backups and the local search index apply."""
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(url_or_engine)
    return url.get_backend_name() == "sqlite"


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory or non-SQLite database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str) -> Engine:
    """Create an engine; for SQLite, create the folder and set the connection pragmas."""
    path = sqlite_file(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(f"Cannot create the folder {path.parent}: {error.strerror}.")
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as error:
        raise StorageError(f"Cannot use the database URL '{url}': {error}.")
    if is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; WAL lets the GUI read while the CLI writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
