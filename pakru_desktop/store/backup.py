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
import re
import shutil
import sqlite3
from pathlib import Path

from pakru_desktop.domain.errors import StorageError, sentence
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.store.scratch import remove_abandoned, remove_scratch, scratch_path

PURPOSE = "backup"


def backups_of(path: Path) -> list[Path]:
    """The backups beside ``path``, oldest first (their names sort by time)."""
    named = re.compile(re.escape(path.name) + r"\.backup-[0-9]{8}-[0-9]{6}(-[0-9]+)?")
    found = [p for p in path.parent.glob(f"{path.name}.backup-*") if named.fullmatch(p.name)]

    def taken(backup: Path) -> tuple[str, int]:
        stamp, _, count = backup.name.removeprefix(f"{path.name}.backup-").partition("-")
        second, _, extra = count.partition("-")
        return (f"{stamp}-{second}", int(extra or 1))

    return sorted(found, key=taken)


BEFORE_MIGRATING = sentence("before migrating it")


def backup_sqlite(path: Path, to: Path | None = None, *, why: str = BEFORE_MIGRATING) -> Path:
    """Copy a SQLite database (WAL included) to ``<name>.backup-YYYYmmdd-HHMMSS`` beside it
    (or to the file ``to``, which must not exist yet). ``why`` ends the sentence of a
    failure ("Cannot back up … now"): a ``sentence("now")``.

    Returns the backup, which may be an identical earlier one rather than a new file.
    """
    if to is not None:
        refuse_taken(to)
    remove_abandoned(path, PURPOSE)
    scratch = scratch_path(to if to is not None else path, PURPOSE)
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
                # A backup is a single file: reading it must not make -wal/-shm files.
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        _fsync(scratch)
        if to is not None:
            os.link(scratch, to)  # fails rather than replace a file that appeared meanwhile
            return to
        earlier = backups_of(path)
        if earlier and filecmp.cmp(earlier[-1], scratch, shallow=False):
            return earlier[-1]
        target = free_backup_name(path)
        os.replace(scratch, target)
        return target
    except (OSError, sqlite3.Error) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise StorageError(
            sentence(
                "Cannot back up {path} {why}: {reason}.", path=str(path), why=why, reason=reason
            )
        ) from error
    finally:
        remove_scratch(scratch)


def remove_old_backups(path: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups beside ``path``; return those deleted."""
    old = backups_of(path)[:-keep] if keep > 0 else []
    for backup in old:
        backup.unlink(missing_ok=True)
    return old


def restore_sqlite(backup: Path, path: Path) -> None:
    """Write the backup's content into the database at ``path``, in place and consistently
    (the online backup API, under the database's write lock), so programs that have the
    database open see the restored records rather than a replaced file."""
    try:
        source = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True)
            try:
                target.execute("PRAGMA busy_timeout=5000")
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        raise StorageError(
            sentence("Cannot restore {backup}: {reason}.", backup=str(backup), reason=str(error))
        ) from error


def copy_aside(path: Path, label: str) -> Path:
    """The database file's bytes (and its -wal, if any) copied to ``<name>.<label>-STAMP``
    beside it, with its mode: what is kept of a file too damaged to back up."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    try:
        for suffix in ("", "-wal"):
            source = Path(f"{path}{suffix}")
            if source.exists():
                shutil.copy2(source, Path(f"{target}{suffix}"))
    except OSError as error:
        raise StorageError(
            sentence(
                "Cannot keep a copy of {path}: {reason}.", path=str(path), reason=error.strerror
            )
        ) from error
    return target


def replace_with_copy(backup: Path, path: Path) -> None:
    """Put a copy of ``backup`` in the place of the database file (a file too damaged to
    be written into); the stale -wal and -shm of the old file go with it."""
    scratch = scratch_path(path, PURPOSE)
    try:
        shutil.copy2(backup, scratch)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(scratch, path)
    except OSError as error:
        raise StorageError(
            sentence(
                "Cannot restore {backup}: {reason}.", backup=str(backup), reason=error.strerror
            )
        ) from error
    finally:
        remove_scratch(scratch)


def refuse_taken(to: Path) -> None:
    """Refuse, in a sentence, a backup file name already in use or that cannot be one."""
    try:
        taken = to.exists() or to.is_symlink()
    except OSError as error:  # a name too long, a folder that is a file …
        shown = quoted(str(to), 120)
        raise StorageError(
            sentence("Cannot back up to {path}: {reason}.", path=shown, reason=error.strerror)
        ) from error
    if taken:
        raise StorageError(
            sentence("{path} already exists; choose a new file name for the backup.", path=str(to))
        )


def free_backup_name(path: Path) -> Path:
    """A new backup's name beside ``path``: ``<name>.backup-YYYYmmdd-HHMMSS[-N]``."""
    # Later than every backup taken in the same second, even deleted ones' successors.
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    prefix = f"{path.name}.backup-{stamp}"
    taken = [b.name.removeprefix(prefix) for b in backups_of(path) if b.name.startswith(prefix)]
    counts = [int(rest[1:]) if rest else 1 for rest in taken]
    if not counts:
        return path.with_name(prefix)
    return path.with_name(f"{prefix}-{max(counts) + 1}")


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
