"""Bring a database's schema to the current revision, in one transaction.

For a SQLite file the whole change runs on ``engine.migration_engine``: one
``BEGIN IMMEDIATE`` … ``COMMIT`` around repairing an older release's leftovers, every
Alembic revision, stamping our ``application_id`` and the schema number (``user_version``)
and ``PRAGMA foreign_key_check``. A
migration killed part-way leaves the old schema intact, and the next open simply
migrates again. An existing file is backed up first, inside that transaction so the
copy is of exactly what is migrated (see ``store.backup``).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from pakru_desktop.domain.errors import StorageError, sentence
from pakru_desktop.store.backup import backup_sqlite
from pakru_desktop.store.engine import masked, migration_engine
from pakru_desktop.store.errors import storage_error
from pakru_desktop.store.identify import APPLICATION_ID, TMP_PREFIX, OurFile, newer_error
from pakru_desktop.store.schema_version import KNOWN_REVISIONS, SCHEMA_HEAD, SCHEMA_NUMBER
from pakru_desktop.store.writers_lock import take_writers_lock

log = logging.getLogger(__name__)

MIGRATIONS_PACKAGE = "pakru_desktop.store.migrations"


def build_schema(path: Path) -> None:
    """Create the current schema in the new, empty SQLite file ``path``."""
    _migrate_file(path, backup=False)


def migrate_file(path: Path, found: OurFile) -> None:
    """Back up our database at ``path``, then bring it to ``SCHEMA_HEAD`` in one transaction."""
    log.info("Migrating %s from schema %s", path, found.revision)
    _migrate_file(path, backup=True)


def stamp_identity(path: Path) -> None:
    """Mark a current database of an older release as ours: ``PRAGMA application_id`` and
    the schema number in ``PRAGMA user_version``."""
    engine = migration_engine(path)
    try:
        with engine.connect() as connection, connection.begin():
            _stamp(connection)
    except DBAPIError as error:
        # A file we may only read is still ours by its tables; leave it as it is.
        code = getattr(error.orig, "sqlite_errorcode", 0) & 0xFF
        if code != sqlite3.SQLITE_READONLY:
            raise storage_error(error) from error
    finally:
        engine.dispose()


def _migrate_file(path: Path, *, backup: bool) -> None:
    engine = migration_engine(path)
    try:
        with engine.connect() as connection, connection.begin():
            # Under the write lock from here on: a second process opening the same old
            # file waits, then finds it current and neither copies nor changes it.
            if backup:
                if _is_current(connection):
                    return
                copy = backup_sqlite(path)
                log.info("Backed up %s to %s before migrating it", path, copy)
            repair_leftovers(connection)
            _run_alembic_upgrade(connection)
            _stamp(connection)
            _check_references(connection)
    except DBAPIError as error:
        raise storage_error(error) from error
    finally:
        engine.dispose()


def _is_current(connection: Connection) -> bool:
    names = {str(row[0]) for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    if any(name.startswith(TMP_PREFIX) for name in names) or "alembic_version" not in names:
        return False
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row is not None and row[0] == SCHEMA_HEAD


def repair_leftovers(connection: Connection) -> None:
    """Undo what an older release's interrupted batch migration committed.

    Batch mode copies table X into ``_alembic_tmp_X``, drops X and renames the copy. If X
    is still there the copy is partial and is dropped; if X is gone the copy is complete
    and takes its name. Runs in the caller's transaction, after the backup; the tables
    are listed inside it, as another process may have repaired them meanwhile.
    """
    names = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    for tmp in sorted(str(row[0]) for row in names if str(row[0]).startswith(TMP_PREFIX)):
        table = tmp.removeprefix(TMP_PREFIX)
        if inspect(connection).has_table(table):
            log.warning("Dropping %s, a partial copy left by an interrupted migration", tmp)
            connection.exec_driver_sql(f'DROP TABLE "{tmp}"')
        else:
            log.warning("Renaming %s to %s, left by an interrupted migration", tmp, table)
            connection.exec_driver_sql(f'ALTER TABLE "{tmp}" RENAME TO "{table}"')


def _stamp(connection: Connection) -> None:
    # Both live in the file's header, so the next open can identify the file (and a newer
    # release's) from its first 100 bytes; inside the transaction, they commit with it.
    connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_NUMBER}")


def schema_revision(connection: Connection) -> str | None:
    """The database's Alembic revision; None for a database with no tables at all.

    Raises ``StorageError`` for a database whose tables are not a Pakru schema.
    """
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise StorageError(
            sentence(
                "This database holds tables that are not a Pakru Desktop database; "
                "it was left untouched."
            )
        )
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def ensure_server_schema(engine: Engine, *, create: bool = True) -> bool:
    """Migrate a server (or in-memory) database to ``SCHEMA_HEAD``; True if it was empty.

    ``create=False`` refuses a database without our schema instead of building it.
    Colleagues starting the app at once take turns (the writers' lock): the first
    upgrades, the others find the schema current.
    """
    try:
        with engine.connect() as connection:
            revision = schema_revision(connection)
            if revision == SCHEMA_HEAD:
                return False
            if revision is None and not create:
                raise StorageError(
                    sentence(
                        "There is no Pakru Desktop database at {url} yet; create it with "
                        "pakru init.",
                        url=masked(str(engine.url.render_as_string(hide_password=False))),
                    )
                )
            if revision is not None and revision not in KNOWN_REVISIONS:
                raise newer_error(revision)
            if revision is None and connection.dialect.name == "postgresql":
                _check_case_folding(connection)
            connection.rollback()  # end the reads' implicit transaction; the upgrade is one
            with connection.begin():
                take_writers_lock(connection)
                revision = schema_revision(connection)
                if revision != SCHEMA_HEAD:
                    _run_alembic_upgrade(connection)
    except DBAPIError as error:
        raise storage_error(error) from error
    return revision is None


def _check_case_folding(connection: Connection) -> None:
    """Refuse to build on a database whose character type cannot fold Cyrillic case: its
    word index would tell "Москва" from "МОСКВА" (``LC_CTYPE`` C, for one). A behaviour
    probe, not a check of the locale's name."""
    folds = connection.execute(text("SELECT lower('ЁЛКА МОСКВА') = 'ёлка москва'")).scalar()
    if not folds:
        raise StorageError(
            sentence(
                "This server database cannot compare Cyrillic without case (its character "
                "type is not UTF-8); create it with createdb -E UTF8 --locale=C.UTF-8 "
                "-T template0, then run pakru init again."
            )
        )


def _run_alembic_upgrade(connection: Connection) -> None:
    # Imported here: Alembic is only needed when the schema actually changes.
    from importlib.resources import files

    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files(MIGRATIONS_PACKAGE)))
    # The caller's transaction is the migration's: env.py adds none of its own.
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _check_references(connection: Connection) -> None:
    """Refuse to commit a migration that left a row pointing at nothing."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = ", ".join(sorted({str(row[0]) for row in broken}))
        raise StorageError(
            sentence(
                "Upgrading the database would leave {count} rows of {tables} pointing at "
                "records that do not exist; it was not upgraded. Its backup is beside it.",
                count=len(broken),
                tables=tables,
            )
        )
