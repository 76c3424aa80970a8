"""Backups of a SQLite database: made on demand, once a day at start-up, and before every
migration or restore; listed with their date, size and item count; restored in place.
A server database is backed up with ``pg_dump`` on demand, before an import and before a
restore (``store.server_dump``), into the user's data folder; its own backups are the
server's business, so none is made at start-up.

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
from pakru_desktop.store import server_dump
from pakru_desktop.store.backup import (
    backup_sqlite,
    backups_of,
    copy_aside,
    free_backup_name,
    refuse_taken,
    remove_old_backups,
    replace_with_copy,
    restore_sqlite,
)
from pakru_desktop.store.engine import parse_url, sqlite_file
from pakru_desktop.store.identify import identify
from pakru_desktop.store.location import default_database_path
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
    """The database file, or for a server database the name its dumps are kept under."""
    return db.path if db.path is not None else server_backup_name(db.url)


def server_backup_name(url: str) -> Path:
    """Where dumps of the server database at ``url`` are kept: ``<host>-<port>-<name>.dump``
    in the user's data folder, its backups ``….dump.backup-YYYYmmdd-HHMMSS`` beside it."""
    parsed = parse_url(url)
    parts = [parsed.host or "local", str(parsed.port or 5432), parsed.database or "postgres"]
    name = "-".join("".join(ch if ch.isalnum() or ch in "._" else "_" for ch in p) for p in parts)
    folder = default_database_path().parent / "server-backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}.dump"


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
    if db.path is None:
        backup = _dump(db.url, path, to)
    else:
        backup = backup_sqlite(path, to, why=sentence("now"))
    if to is None:
        remove_old_backups(path, keep)
    return describe(backup)


def _dump(url: str, name: Path, to: Path | None) -> Path:
    """``pg_dump`` to the new file ``to``, or to a new backup beside ``name``."""
    target = to if to is not None else free_backup_name(name)
    refuse_taken(target)
    partial = target.with_name(f".{target.name}.part")
    try:
        server_dump.dump(url, partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


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
    if path is None:
        return _restore_server(url, backup)
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


def _restore_server(url: str, backup: Path) -> Path:
    """Dump the server database as it is, then restore ``backup`` over it in one
    transaction; return the dump of the state it replaced."""
    kept = _dump(url, server_backup_name(url), None)
    server_dump.restore(url, backup)
    open_engine(url).dispose()  # a dump from before an upgrade holds the older schema
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
