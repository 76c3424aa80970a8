"""How connections to the database are made.

SQLite gets its pragmas here (foreign keys, WAL, a busy timeout); every other
dialect-specific choice is made through ``is_sqlite`` so the same code can run
on PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.store.sqlite_functions import install_functions

BUSY_TIMEOUT_MS = 5000


def parse_url(url: str) -> URL:
    """A SQLAlchemy URL, or a sentence saying the text is not one."""
    try:
        return make_url(url)
    except ArgumentError:
        raise StorageError(
            f"'{url}' is not a database URL (e.g. sqlite:///path/pakru.sqlite3)."
        ) from None


def is_sqlite(url_or_engine: str | Engine) -> bool:
    """True for SQLite, where pragmas, file backups and the local search index apply."""
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else parse_url(url_or_engine)
    return url.get_backend_name() == "sqlite"


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory or non-SQLite database."""
    parsed = parse_url(url)
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
            message = f"Cannot create the folder {path.parent}: {error.strerror}."
            raise StorageError(message) from error
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as error:
        raise StorageError(f"Cannot use the database URL '{url}': {error}.") from error
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
    install_functions(dbapi_connection)
