"""Open a database: the one sequence from a URL to an engine on a current schema.

For a SQLite file, in order (each step refuses with a sentence, leaving the file as
it was found):

1. Where: a folder is not a database file; a missing folder is not created, except
   the default data folder on first use.
2. Create if missing or empty (``store.creation``): built aside with the schema, our
   ``application_id`` and the seed data, then linked or renamed into place, so two
   processes creating it at once end with one database holding both's writes.
   ``create=False`` (an export) refuses instead: it never creates a database.
3. Identify before writing (``store.identify``): the header and a read-only look; a
   damaged, foreign or newer file is refused byte for byte untouched. Only then are
   scratch copies that killed creators left beside our file removed.
4. Read-only if it may not be written (``store.file_access``): a file, or a folder,
   this process may not write is read as it is, with a read-only engine; it is never
   stamped, migrated or seed-upgraded, and every write through it fails with a
   sentence. An older schema, which would need upgrading first, is refused.
5. Migrate if older (``store.migrate``): a backup, then one transaction that repairs
   an older release's leftovers, upgrades, stamps ``application_id`` and the schema
   number (``user_version``) and checks references. A current file of an older
   release only gets those two stamps.
6. Hand out an engine (``mode=rw``: it never creates a file) after bringing the seed
   records up to date.

A server (or in-memory) database is migrated, seeded if new (``create=False`` refuses
one without our schema), and seed-upgraded.
"""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import StorageError, sentence
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.store import history as _history  # noqa: F401 - records every change
from pakru_desktop.store.creation import PURPOSE as CREATION
from pakru_desktop.store.creation import create_missing, fill_empty
from pakru_desktop.store.engine import make_engine, sqlite_file
from pakru_desktop.store.errors import storage_error
from pakru_desktop.store.file_access import may_write
from pakru_desktop.store.identify import OurFile, folder_error, identify, unreadable_error
from pakru_desktop.store.location import default_database_path
from pakru_desktop.store.migrate import (
    build_schema,
    ensure_server_schema,
    migrate_file,
    stamp_identity,
)
from pakru_desktop.store.scratch import remove_abandoned
from pakru_desktop.store.seed import load_seed
from pakru_desktop.store.seed_upgrade import apply_if_needed
from pakru_desktop.store.server_roles import role_may_write

log = logging.getLogger(__name__)

# Who the field history names for records that came with a new database.
SEED_AUTHOR = "seed dataset"
# Creating can lose a race at most a few times (missing → empty → replaced) before
# the path settles on a complete database.
_ATTEMPTS = 5


def open_engine(url: str, *, seed: bool = True, create: bool = True) -> Engine:
    """Return an engine on an up-to-date database, creating it (seeded unless told not to).

    ``create=False`` opens an existing database only, for readers such as an export.
    """
    path = sqlite_file(url)
    if path is None:
        return _open_server(url, seed=seed, create=create)
    try:
        _check_folder(path, create=create)
    except OSError as error:  # a name too long for the file system, say
        raise unreadable_error(Path(quoted(str(path), 120)), error) from error
    found = _existing_or_created(path, seed=seed, create=create)
    if not may_write(path):
        return _open_read_only(url, path, found)
    remove_abandoned(path, CREATION)  # scratch copies of creators that were killed
    if found.needs_migration:
        migrate_file(path, found)
    elif found.needs_stamp:
        stamp_identity(path)
    engine = make_engine(url)
    try:
        apply_if_needed(engine, enabled=seed)
    except BaseException:
        engine.dispose()
        raise
    return engine


def database_exists(url: str) -> bool:
    """True if something is at the SQLite file's path, or a server database holds our
    schema (any schema: one of another program is no place for a new one either)."""
    path = sqlite_file(url)
    if path is not None:
        try:
            return path.exists() and not path.is_dir()
        except OSError as error:  # a name too long for the file system, say
            raise unreadable_error(Path(quoted(str(path), 120)), error) from error
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return bool(inspect(connection).get_table_names())
    except DBAPIError as error:
        raise storage_error(error) from error
    finally:
        engine.dispose()


def _open_read_only(url: str, path: Path, found: OurFile) -> Engine:
    if found.needs_migration:
        raise StorageError(
            sentence(
                "The database {path} is from an older release and must be upgraded before it "
                "can be read, but it may not be written here (the file or its folder is "
                "read-only); copy it to a folder you may write to and open the copy.",
                path=str(path),
            )
        )
    log.info("Opening %s read-only: the file or its folder may not be written", path)
    return make_engine(url, read_only=True)


def _check_folder(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise folder_error(path)
    folder = path.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise StorageError(
            sentence(
                "{folder} is a file, not a folder; choose another database path.",
                folder=str(folder),
            )
        )
    if not create:
        raise StorageError(
            sentence("There is no database at {path}: its folder does not exist.", path=str(path))
        )
    if folder.resolve() != default_database_path().parent.resolve():
        raise StorageError(
            sentence(
                "The folder {folder} does not exist; create it or choose another database path.",
                folder=str(folder),
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            sentence(
                "Cannot create the folder {folder}: {reason}.",
                folder=str(folder),
                reason=error.strerror,
            )
        ) from error


def _existing_or_created(path: Path, *, seed: bool, create: bool) -> OurFile:
    def build(scratch: Path) -> None:
        _build_new_database(scratch, seed=seed)

    for _ in range(_ATTEMPTS):
        try:
            status = path.stat()
        except FileNotFoundError:
            if not create:
                raise StorageError(
                    sentence(
                        "There is no database at {path}; it may have been moved or deleted.",
                        path=str(path),
                    )
                ) from None
            create_missing(path, build)
            continue
        except OSError as error:
            raise unreadable_error(path, error) from error
        if not stat.S_ISREG(status.st_mode):
            # A device or a pipe: never opened, and never replaced by a database.
            raise StorageError(
                sentence(
                    "{path} is not a regular file, so it cannot be a database.", path=str(path)
                )
            )
        if status.st_size == 0:
            if not create:
                raise StorageError(
                    sentence("{path} is an empty file, not a database yet.", path=str(path))
                )
            fill_empty(path, build)
            continue
        return identify(path)
    raise StorageError(
        sentence("The database {path} keeps changing; try again in a moment.", path=str(path))
    )


def _build_new_database(path: Path, *, seed: bool) -> None:
    build_schema(path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        if seed:
            _seed(engine)
        with engine.connect() as connection:
            # Fold the WAL into the main file so the link or rename moves every page.
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    except DBAPIError as error:
        raise storage_error(error) from error
    finally:
        engine.dispose()
    log.info("Built a new database (seeded: %s)", seed)


def _open_server(url: str, *, seed: bool, create: bool) -> Engine:
    engine = make_engine(url)
    try:
        created = ensure_server_schema(engine, create=create)
        if not role_may_write(engine):
            # A reader: never seed-upgraded, and every session a read-only transaction.
            engine.dispose()
            log.info("Opening %s read-only: this role may only read", engine.url)
            return make_engine(url, read_only=True)
        if created and seed:
            _seed(engine)
        apply_if_needed(engine, enabled=seed)
    except DBAPIError as error:
        engine.dispose()
        raise storage_error(error) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _seed(engine: Engine) -> None:
    try:
        with Session(engine) as session, session.begin():
            session.info[_history.WHO_KEY] = SEED_AUTHOR
            load_seed(session)
    except DBAPIError as error:
        raise storage_error(error) from error
