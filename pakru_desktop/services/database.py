"""The open database that every service call works on, and its one-transaction scope."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from pakru_desktop.domain.errors import CONSTRAINT_CONFLICT, ConflictError, StorageError, sentence
from pakru_desktop.store.engine import is_read_only, is_sqlite, sqlite_file
from pakru_desktop.store.errors import storage_error
from pakru_desktop.store.history import CHANGE_KEY, WHO_KEY, clean_author, default_user
from pakru_desktop.store.location import resolve_database_url
from pakru_desktop.store.opening import database_exists, open_engine

log = logging.getLogger(__name__)


class StaleVersionError(ConflictError):
    """The row's version moved between this transaction's read and its write."""


@dataclass
class Database:
    """An engine on a migrated database and the factory of its sessions."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    # The name the field history records for changes made through this object.
    who: str = field(default_factory=default_user)
    # History change numbers of the transactions committed through this object, so a
    # window can tell its own changes from those made elsewhere (``change_feed``).
    own_changes: set[int] = field(default_factory=set)

    def set_author(self, name: str) -> str:
        """Name the history records for this object's changes from now on; a blank name
        means the default (``$PAKRU_USER`` or the system user). Returns the name used."""
        self.who = clean_author(name) or default_user()
        return self.who

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_file(self.url)

    @property
    def read_only(self) -> bool:
        """True if the database may only be read (its file or its folder may not be written):
        it was opened as it is, and every change fails with a ``StorageError``."""
        return is_read_only(self.engine)

    @property
    def display_name(self) -> str:
        """What to show in a title bar: the file name, or the URL without its password."""
        if self.path is not None:
            return self.path.name
        return self.shown_url

    @property
    def shown_url(self) -> str:
        """The URL as logs and messages may show it: any password masked."""
        return shown_url(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit on success, roll back everything on any error.

        Driver errors become sentences (``StorageError``/``ConflictError``).
        """
        try:
            with self.sessions.begin() as session:
                session.info[WHO_KEY] = self.who
                yield session
                session.flush()
                if (change := session.info.get(CHANGE_KEY)) is not None:
                    self.own_changes.add(change)
        except StaleDataError as error:
            raise StaleVersionError(
                sentence(
                    "This record was changed elsewhere since it was opened; "
                    "reload it and try again."
                )
            ) from error
        except IntegrityError as error:
            log.warning("Integrity error: %s", error)
            raise ConflictError(CONSTRAINT_CONFLICT) from error
        except DBAPIError as error:
            raise storage_error(error) from error

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session for queries; nothing is committed."""
        try:
            with self.sessions() as session:
                yield session
        except DBAPIError as error:
            raise storage_error(error) from error

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def begin_writing(session: Session, db: Database) -> None:
    """Take the write lock before the first read, so what a change is checked against
    cannot change before it is written (pysqlite would begin only at the first write)."""
    if is_sqlite(db.engine):
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


def open_database(url: str, *, seed: bool = True, create: bool = True) -> Database:
    """Open (creating, seeding or migrating as needed) the database at ``url``.

    ``create=False`` opens an existing database only and refuses a missing or empty file.
    """
    engine = open_engine(url, seed=seed, create=create)
    # expire_on_commit=False: records are built inside the transaction anyway, and
    # nothing should reload after commit.
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


def open_from_options(
    db_path: str | None = None,
    database_url: str | None = None,
    *,
    seed: bool = True,
    create: bool = True,
) -> Database:
    """Open the database chosen by ``--db``/``--database-url``, env, or the default file.

    ``create=False`` (an export) refuses a missing database instead of making one.
    """
    return open_database(resolve_database_url(db_path, database_url), seed=seed, create=create)


def init_database(url: str, *, seed: bool = True) -> Database:
    """Create a new database (``pakru init``); refuse if one is already there."""
    if database_exists(url) and sqlite_file(url) is not None:
        raise StorageError(
            sentence(
                "A database already exists at {path}; it was left as is.",
                path=str(sqlite_file(url)),
            )
        )
    return open_database(url, seed=seed)


def shown_url(url: str) -> str:
    """``url`` with its password masked (``postgresql://ana:***@host/db``), for logs and
    messages; a URL that cannot be read is shown as its scheme alone."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.partition(":")[0] + ":…"
