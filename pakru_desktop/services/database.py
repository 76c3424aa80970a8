"""The open database that every service call works on, and its one-transaction scope."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from pakru_desktop.domain.errors import (
    CONSTRAINT_CONFLICT,
    ConflictError,
    StorageError,
    ValidationError,
    sentence,
)
from pakru_desktop.store.change_signal import announce
from pakru_desktop.store.engine import is_read_only, is_sqlite, make_engine, masked, sqlite_file
from pakru_desktop.store.errors import storage_error
from pakru_desktop.store.history import CHANGE_KEY, WHO_KEY, clean_author, default_user
from pakru_desktop.store.history_values import AUTHOR_VARIABLE
from pakru_desktop.store.location import resolve_database_url
from pakru_desktop.store.opening import database_exists, open_engine
from pakru_desktop.store.sequences import catch_up_if_needed
from pakru_desktop.store.server_roles import check_roles, grant, server_user
from pakru_desktop.store.writers_lock import take_writers_lock

log = logging.getLogger(__name__)


class StaleVersionError(ConflictError):
    """The row's version moved between this transaction's read and its write."""


@dataclass
class Database:
    """An engine on a migrated database and the factory of its sessions."""

    # Never in a repr: a traceback or a test's assertion output would show the password.
    url: str = field(repr=False)
    engine: Engine = field(repr=False)
    sessions: sessionmaker[Session]
    # The name the field history records for changes made through this object.
    who: str = field(default_factory=default_user)
    # On a server, the database user: who a blank name in the preferences means there
    # (``$PAKRU_USER`` or the login name otherwise).
    default_who: str = ""
    # History change numbers of the transactions committed through this object, so a
    # window can tell its own changes from those made elsewhere (``change_feed``).
    own_changes: set[int] = field(default_factory=set)

    def set_author(self, name: str) -> str:
        """Name the history records for this object's changes from now on; a blank name
        means the default (``$PAKRU_USER``, the server's user, or the system user).
        Returns the name used."""
        self.who = clean_author(name) or self.default_who or default_user()
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

        Driver errors become sentences (``StorageError``/``ConflictError``). On a server,
        colleagues' write transactions take turns (``store.writers_lock``).
        """
        try:
            with self.sessions.begin() as session:
                if not is_sqlite(self.engine):
                    take_writers_lock(session.connection())
                session.info[WHO_KEY] = self.who
                yield session
                session.flush()
                catch_up_if_needed(session)
                if (change := session.info.get(CHANGE_KEY)) is not None:
                    self.own_changes.add(change)
                    announce(session.connection(), change)  # colleagues' windows wake
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

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read-only session whose every query sees the database at one moment, however
        many there are and whoever writes meanwhile (an export's files, the overview's
        lists). On SQLite one read transaction; on a server REPEATABLE READ, read only."""
        with self.reading() as session:
            try:
                if is_sqlite(self.engine):
                    # pysqlite would otherwise read each query afresh.
                    session.connection().exec_driver_sql("BEGIN")
                else:
                    session.connection(
                        execution_options={
                            "isolation_level": "REPEATABLE READ",
                            "postgresql_readonly": True,
                        }
                    )
            except DBAPIError as error:
                raise storage_error(error) from error
            yield session

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def begin_writing(session: Session, db: Database) -> None:
    """Take the write lock before the first read, so what a change is checked against
    cannot change before it is written (pysqlite would begin only at the first write; a
    server lets colleagues write at once)."""
    if is_sqlite(db.engine):
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
    else:
        take_writers_lock(session.connection())


def open_database(url: str, *, seed: bool = True, create: bool = True) -> Database:
    """Open (creating, seeding or migrating as needed) the database at ``url``.

    ``create=False`` opens an existing database only and refuses a missing or empty file.
    """
    engine = open_engine(url, seed=seed, create=create)
    # expire_on_commit=False: records are built inside the transaction anyway, and
    # nothing should reload after commit.
    sessions = sessionmaker(engine, expire_on_commit=False)
    if is_sqlite(engine) or os.environ.get(AUTHOR_VARIABLE, "").strip():
        return Database(url, engine, sessions)
    try:
        who = clean_author(server_user(engine)) or default_user()
    except DBAPIError as error:
        engine.dispose()
        raise storage_error(error) from error
    return Database(url, engine, sessions, who=who, default_who=who)


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


def init_database(
    url: str, *, seed: bool = True, writer: str | None = None, reader: str | None = None
) -> Database:
    """Create a new database (``pakru init``); refuse if one is already there. On a
    server, ``writer`` and ``reader`` name roles to let change, or only read, the records
    (``store.server_roles``); a SQLite file's readers are its file permissions."""
    if (writer or reader) and sqlite_file(url) is not None:
        raise ValidationError(
            sentence(
                "Roles are a server's; who may read or change a SQLite file is set by its "
                "file permissions."
            )
        )
    if writer or reader:
        _check_roles_first(url, (writer, reader))
    if database_exists(url):
        path = sqlite_file(url)
        raise StorageError(
            sentence(
                "A database already exists at {path}; it was left as is.",
                path=str(path) if path is not None else masked(url),
            )
        )
    db = open_database(url, seed=seed)
    if writer or reader:
        try:
            with db.engine.begin() as connection:
                grant(connection, writer=writer, reader=reader)
        except DBAPIError as error:
            db.close()
            raise storage_error(error) from error
        except BaseException:
            db.close()
            raise
    return db


def _check_roles_first(url: str, roles: tuple[str | None, ...]) -> None:
    # Before anything is created: a role named wrong must not leave a half-granted database.
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            check_roles(connection, roles)
    except DBAPIError as error:
        raise storage_error(error) from error
    finally:
        engine.dispose()


def shown_url(url: str) -> str:
    """``url`` with its password masked (``postgresql://ana:***@host/db``), for logs and
    messages; a URL that cannot be read is shown as its scheme alone."""
    return masked(url)
