"""Bring a database's schema to the current revision when it is opened.

The common case (already current) is answered with one small query and no
Alembic import, so the CLI starts fast. A database that is older is copied to
a timestamped backup first; one written by a newer release, or one holding
tables that are not ours, is refused and left untouched.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.store.schema_version import KNOWN_REVISIONS, SCHEMA_HEAD

log = logging.getLogger(__name__)

MIGRATIONS_PACKAGE = "pakru_desktop.store.migrations"


def schema_revision(connection: Connection) -> str | None:
    """The database's Alembic revision; None for a database with no tables at all.

    Raises ``StorageError`` for a database whose tables are not a Pakru schema.
    """
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise StorageError(
            "This database holds tables that are not a Pakru Desktop database; "
            "it was left untouched."
        )
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def ensure_schema(engine: Engine, backup_file: Path | None) -> bool:
    """Migrate ``engine``'s database to ``SCHEMA_HEAD``; return True if it was new (empty).

    ``backup_file`` is the SQLite file to copy before migrating an existing schema.
    """
    try:
        with engine.connect() as connection:
            revision = schema_revision(connection)
    except DBAPIError as error:
        raise storage_error(error) from error
    if revision == SCHEMA_HEAD:
        return False
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StorageError(
            f"This database was written by a newer release of Pakru Desktop (schema "
            f"{revision}); update the app to open it. It was left untouched."
        )
    if revision is not None and backup_file is not None:
        backup = backup_sqlite(backup_file)
        log.info("Backed up %s to %s before migrating from %s", backup_file, backup, revision)
    _run_alembic_upgrade(engine)
    return revision is None


def _run_alembic_upgrade(engine: Engine) -> None:
    # Imported here: Alembic is only needed when the schema actually changes.
    from importlib.resources import files

    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files(MIGRATIONS_PACKAGE)))
    sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.connect() as connection:
            if sqlite:
                # Batch mode rebuilds a table by copying it and dropping the original; with
                # foreign keys on, that drop would cascade into every row pointing at it
                # (SQLite's documented ALTER procedure turns them off). The pragma is a
                # no-op inside a transaction, so it is set before one begins.
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                connection.commit()
            try:
                with connection.begin():
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                    if sqlite:
                        _check_references(connection)
            finally:
                if sqlite:
                    connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                    connection.commit()
    except DBAPIError as error:
        raise storage_error(error) from error


def _check_references(connection: Connection) -> None:
    """Refuse to commit a migration that left a row pointing at nothing."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = ", ".join(sorted({str(row[0]) for row in broken}))
        raise StorageError(
            f"Upgrading the database would leave {len(broken)} rows of {tables} pointing at "
            "records that do not exist; it was not upgraded. Its backup is beside it."
        )


def backup_sqlite(path: Path) -> Path:
    """Copy a SQLite database (WAL included) to ``<name>.backup-YYYYmmdd-HHMMSS`` beside it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{stamp}")
    try:
        # The backup API copies a consistent snapshot even while others have it open.
        with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
    except sqlite3.Error as error:
        raise StorageError(f"Cannot back up {path} before migrating it: {error}.") from error
    return target


def storage_error(error: DBAPIError) -> StorageError:
    """Turn a driver error into a sentence: locked, read-only, damaged, unreachable."""
    message = str(error.orig).lower()
    if "locked" in message or "busy" in message:
        return StorageError("The database is locked by another program; try again in a moment.")
    if "readonly" in message or "read-only" in message:
        return StorageError("The database is read-only; check the file's permissions.")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return StorageError(
            "The database file is damaged or is not a database; it was left untouched."
        )
    if "unable to open" in message:
        return StorageError("The database file cannot be opened; check the path and permissions.")
    if "disk" in message and "full" in message:
        return StorageError("The disk is full; nothing was written.")
    return StorageError(f"The database reported an error: {error.orig}.")
