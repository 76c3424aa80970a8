"""Backups of a SQLite database: made on demand, once a day at start-up, and before every
migration or restore; listed with their date, size and item count; restored in place.

Each backup is a consistent copy (SQLite's online backup API) beside the database, named
``<file>.backup-YYYYmmdd-HHMMSS``, with the database's file mode, written under a scratch
name and renamed when complete. The newest ``KEEP`` are kept. Restoring first backs up
the current state, checks that the backup is one of ours and whole, then writes it into
the database in place, so other programs that have it open see the restored records.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pakru_desktop.domain.errors import StorageError, ValidationError, sentence
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.services.database import Database
from pakru_desktop.store.backup import (
    backup_sqlite,
    backups_of,
    copy_aside,
    remove_old_backups,
    replace_with_copy,
    restore_sqlite,
)
from pakru_desktop.store.engine import sqlite_file
from pakru_desktop.store.identify import identify
from pakru_desktop.store.opening import open_engine

KEEP = 10
DAILY = dt.timedelta(days=1)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when it was taken (local time), its size and item count
    (None if it cannot be read)."""

    path: Path
    taken_at: dt.datetime
    size: int
    items: int | None


def _file_of(db: Database) -> Path:
    if db.path is None:
        raise ValidationError(
            sentence(
                "Backups here are of SQLite files; a server database is backed up on the server."
            )
        )
    return db.path


def describe(path: Path) -> BackupInfo:
    """Date, size and item count of one backup file."""
    info = path.stat()
    try:
        with sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True) as connection:
            items = connection.execute("SELECT count(*) FROM items").fetchone()[0]
    except sqlite3.Error:
        items = None
    return BackupInfo(path, dt.datetime.fromtimestamp(info.st_mtime), info.st_size, items)


def list_backups(db: Database) -> list[BackupInfo]:
    """The backups beside the database, newest first."""
    return [describe(path) for path in reversed(backups_of(_file_of(db)))]


def make_backup(db: Database, to: Path | None = None, *, keep: int = KEEP) -> BackupInfo:
    """Back the database up now (beside it, or to the new file ``to``), keeping the newest
    ``keep`` backups beside it."""
    path = _file_of(db)
    backup = backup_sqlite(path, to, why=sentence("now"))
    if to is None:
        remove_old_backups(path, keep)
    return describe(backup)


def backup_if_due(
    db: Database, *, now: dt.datetime | None = None, keep: int = KEEP
) -> BackupInfo | None:
    """At start-up: a backup when the newest is more than a day old (or there is none),
    keeping the newest ``keep``."""
    if db.path is None:
        return None
    existing = backups_of(db.path)
    moment = now or dt.datetime.now()
    if existing and moment - describe(existing[-1]).taken_at < DAILY:
        return None
    return make_backup(db, keep=keep)


def restore_backup(url: str, backup: Path) -> Path | None:
    """Put the records of ``backup`` back into the database at ``url``; return where the
    state it replaced was kept (a backup, or for a file too damaged to read, a byte-for-byte
    copy named ``.damaged-…``; None if there was no database), so a restore can itself be
    taken back.

    Works on a database too damaged to open: nothing but the backup is read as a database.
    """
    path = sqlite_file(url)
    if path is None:
        raise ValidationError(
            sentence(
                "Backups here are of SQLite files; a server database is restored on the server."
            )
        )
    backup = Path(backup)
    try:
        found = backup.is_file()
    except OSError as error:  # a name too long for the file system, say
        shown = quoted(str(backup), 120)
        raise ValidationError(
            sentence(
                "Cannot use {backup} as a backup: {reason}.", backup=shown, reason=error.strerror
            )
        ) from None
    if not found:
        raise ValidationError(sentence("There is no backup file {backup}.", backup=str(backup)))
    if path.exists() and backup.resolve() == path.resolve():
        raise ValidationError(sentence("That is the database itself, not a backup of it."))
    identify(backup)  # refuses, untouched, a file that is not one of our databases
    if _verdict(backup) != "ok":
        raise StorageError(
            sentence("The backup {backup} is damaged; choose another one.", backup=str(backup))
        )
    kept = _keep_current(path)
    try:
        restore_sqlite(backup, path)
    except StorageError:
        # The database's own pages are unreadable: the backup takes the file's place.
        replace_with_copy(backup, path)
    # A backup from before an upgrade holds the older schema: open it as any start would.
    open_engine(url).dispose()
    return kept


def _verdict(path: Path) -> str:
    try:
        with sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True) as connection:
            return str(connection.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError:
        return "unreadable"


def _keep_current(path: Path) -> Path | None:
    """A copy of the database about to be replaced: a consistent backup when it can be
    read, else its bytes as they are."""
    if not path.exists():
        return None
    try:
        identify(path)
        readable = _verdict(path) == "ok"
    except StorageError:
        readable = False
    if readable:
        return backup_sqlite(path, why=sentence("before restoring"))
    return copy_aside(path, "damaged")
