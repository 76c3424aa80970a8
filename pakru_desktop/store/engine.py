"""How connections to the database are made.

SQLite gets its pragmas here (foreign keys, WAL, a busy timeout); every other
dialect-specific choice is made through ``is_sqlite`` so the same code can run on PostgreSQL. A
server URL always means psycopg 3 (``postgresql://`` would mean psycopg2 or psycopg 3
depending on the SQLAlchemy release), and its connections are checked before use, since
a server can drop them while a window sits idle. A SQLite file is always opened with
``mode=rw``: a connection never creates a database, only ``store.creation`` does, so a
file moved away while the app runs gives an error instead of a new empty database at the
old path. A file this process may not write is opened read-only instead
(``store.file_access``): never written, nor anything beside it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

from pakru_desktop.domain.errors import StorageError, sentence
from pakru_desktop.store.file_access import busy_timeout_ms, read_only_uri
from pakru_desktop.store.sqlite_functions import install_functions

# The execution option that marks an engine made with ``read_only=True``.
READ_ONLY_OPTION = "pakru_read_only"


def parse_url(url: str) -> URL:
    """A SQLAlchemy URL, or a sentence saying the text is not one."""
    try:
        return make_url(url)
    except ArgumentError:
        raise StorageError(
            sentence(
                "'{url}' is not a database URL (e.g. sqlite:///path/pakru.sqlite3).",
                url=masked(url),
            )
        ) from None


def masked(url: str) -> str:
    """``url`` with its password masked (``postgresql://ana:***@host/db``), for logs and
    messages; a URL that cannot be read is shown as its scheme alone."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.partition(":")[0] + ":…"


def driver_url(url: str) -> str:
    """``url`` naming the driver this app uses: psycopg 3 for PostgreSQL."""
    parsed = parse_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


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


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """Create an engine; for a SQLite file (which must exist), set the connection pragmas.

    ``read_only=True`` reads a SQLite file without writing to it or beside it (every
    write through the engine fails with ``SQLITE_READONLY``), or a server database in
    read-only transactions (every write fails with SQLSTATE 25006).
    """
    path = sqlite_file(url)
    try:
        if path is None:
            engine = _server_engine(driver_url(url), read_only=read_only)
        elif read_only:
            # No pool: each connection decides again whether a -wal file is there to read
            # (``read_only_uri``), so a writer that started meanwhile is seen.
            engine = create_engine(url, creator=_read_only_connector(path), poolclass=NullPool)
            engine.update_execution_options(**{READ_ONLY_OPTION: True})
        else:
            engine = create_engine(url, creator=_existing_file_connector(path))
    except ImportError as error:
        if parse_url(url).get_backend_name() == "postgresql":
            raise StorageError(
                sentence(
                    "PostgreSQL needs its driver: install it with "
                    "pip install \"pakru-desktop[postgres]\"."
                )
            ) from error
        raise StorageError(
            sentence(
                "Cannot use the database URL '{url}': {reason}.", url=masked(url), reason=str(error)
            )
        ) from error
    except ArgumentError as error:
        raise StorageError(
            sentence(
                "Cannot use the database URL '{url}': {reason}.", url=masked(url), reason=str(error)
            )
        ) from error
    if is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_read_pragmas if read_only else _sqlite_pragmas)
    return engine


def _server_engine(url: str, *, read_only: bool) -> Engine:
    if make_url(url).get_backend_name() != "postgresql":
        return create_engine(url)
    # The name colleagues' sessions show in pg_stat_activity; a bounded wait for a server
    # that does not answer, instead of hanging the window.
    arguments: dict[str, Any] = {"application_name": "pakru-desktop", "connect_timeout": 10}
    if read_only:
        # Every transaction read-only: the server refuses a write the app did not foresee.
        arguments["options"] = "-c default_transaction_read_only=on"
    engine = create_engine(url, pool_pre_ping=True, connect_args=arguments)
    if read_only:
        engine.update_execution_options(**{READ_ONLY_OPTION: True})
    return engine


def is_read_only(engine: Engine) -> bool:
    """True for an engine made with ``read_only=True``."""
    return bool(engine.get_execution_options().get(READ_ONLY_OPTION, False))


def migration_engine(path: Path) -> Engine:
    """An engine for changing a SQLite file's schema: one connection, transactional DDL.

    pysqlite normally starts a transaction only before INSERT/UPDATE/DELETE, so each
    CREATE/DROP/ALTER of a migration would commit on its own and a crash would leave
    the schema half changed. Here the driver is in autocommit mode and every
    ``begin()`` emits ``BEGIN IMMEDIATE`` itself (SQLAlchemy's pysqlite recipe), so the
    whole migration is one transaction, holding the write lock from its first read.
    Foreign keys are off: batch mode rebuilds a table by copying it and dropping the
    original, and with them on that drop would cascade into every row pointing at it
    (SQLite's documented ALTER procedure turns them off; the pragma is a no-op inside a
    transaction, hence on connect).
    """
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        creator=_existing_file_connector(path, isolation_level=None),
        poolclass=NullPool,
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()
        install_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _existing_file_connector(path: Path, **options: Any) -> Any:
    # mode=rw: open the file for reading and writing, but fail rather than create it.
    uri = f"{path.absolute().as_uri()}?mode=rw"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, **options)

    return connect


def _read_only_connector(path: Path) -> Any:
    def connect() -> sqlite3.Connection:
        return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)

    return connect


def _sqlite_read_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # No journal_mode: the file's own (WAL) is what it is read with, and setting it writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.close()
    install_functions(dbapi_connection)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; WAL lets the GUI read while the CLI writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
    install_functions(dbapi_connection)
