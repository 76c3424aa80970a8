"""Copies of a SQLite database kept beside it before it is migrated.

A backup is a consistent snapshot (SQLite's online backup API), written under a
scratch name with the database's own file mode and renamed only when complete, so a
backup that exists is whole and no more readable than the database. An attempt that
finds the newest backup byte-identical to the copy it just made keeps that one: a
migration retried after a crash does not pile up full copies of the same file.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import os
import sqlite3
from pathlib import Path

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.store.scratch import remove_abandoned, remove_scratch, scratch_path

PURPOSE = "backup"


def backups_of(path: Path) -> list[Path]:
    """The backups beside ``path``, oldest first (their names sort by time)."""
    return sorted(path.parent.glob(f"{path.name}.backup-*"))


def backup_sqlite(path: Path) -> Path:
    """Copy a SQLite database (WAL included) to ``<name>.backup-YYYYmmdd-HHMMSS`` beside it.

    Returns the backup, which may be an identical earlier one rather than a new file.
    """
    remove_abandoned(path, PURPOSE)
    scratch = scratch_path(path, PURPOSE)
    try:
        mode = os.stat(path).st_mode & 0o777
        # Created with the database's mode before any byte is written; fchmod because
        # the umask may have dropped bits the database has.
        handle = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        os.fchmod(handle, mode)
        os.close(handle)
        source = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(scratch)
            try:
                # The backup API copies a consistent snapshot even while others have it open.
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        _fsync(scratch)
        earlier = backups_of(path)
        if earlier and filecmp.cmp(earlier[-1], scratch, shallow=False):
            return earlier[-1]
        target = _free_name(path)
        os.replace(scratch, target)
        return target
    except (OSError, sqlite3.Error) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise StorageError(f"Cannot back up {path} before migrating it: {reason}.") from error
    finally:
        remove_scratch(scratch)


def _free_name(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{stamp}")
    count = 1
    while target.exists():
        count += 1
        target = path.with_name(f"{path.name}.backup-{stamp}-{count}")
    return target


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
