"""Put a new database in place at a path that is missing or holds an empty file.

The database is always built aside, under a scratch name in the same folder, and put
in place only when complete, so a crash never leaves half a database at the path.
Two processes creating the same database at once must not lose one's writes:

- Missing path: ``os.link(scratch, path)`` fails if the path exists, so exactly one
  process wins; the loser discards its copy and opens the winner's file.
- Zero-length file (e.g. made by ``touch``): it is never filled in place. The creator
  holds ``flock`` on it, checks it is still the same empty file, builds aside and
  ``os.replace``-s it; a waiter that then gets the lock sees a different file at the
  path and opens that.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

from pakru_desktop.domain.errors import StorageError, sentence
from pakru_desktop.store.scratch import remove_abandoned, remove_scratch, scratch_path

log = logging.getLogger(__name__)

PURPOSE = "creating"
# How long to wait for another process that is filling the same empty file.
LOCK_TIMEOUT_S = 30.0

Build = Callable[[Path], None]
"""Builds a complete database in the (empty, existing) file it is given."""

# Where hard links are not supported (FAT, some network shares) an empty placeholder
# made with O_EXCL claims the path instead, and it is then filled like any empty file.
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.EXDEV}


def create_missing(path: Path, build: Build) -> bool:
    """Build a database and link it in at ``path``; False if another process got there first."""
    scratch = _built_aside(path, build, mode=None)
    try:
        os.link(scratch, path)
    except FileExistsError:
        log.info("Another process created %s first; opening its database", path)
        return False
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise _cannot_create(path, error) from error
        return _claim_without_links(path, build)
    finally:
        remove_scratch(scratch)
    _sync_folder(path.parent)
    log.info("Created database %s", path)
    return True


def fill_empty(path: Path, build: Build) -> bool:
    """Replace the empty file at ``path`` with a built database; False if someone else did."""
    try:
        # O_NONBLOCK: should a pipe have taken the file's place, opening it must not hang.
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        return False
    except OSError as error:
        raise _cannot_create(path, error) from error
    try:
        _lock(handle, path)
        if not _still_empty(handle, path):
            return False
        mode = os.fstat(handle).st_mode & 0o777
        scratch = _built_aside(path, build, mode=mode)
        try:
            # Checked again just before: a program that fills files in place may have
            # written into it while ours was being built.
            if not _still_empty(handle, path):
                return False
            os.replace(scratch, path)
        except OSError as error:
            raise _cannot_create(path, error) from error
        finally:
            remove_scratch(scratch)
        _sync_folder(path.parent)
        log.info("Created database %s in place of an empty file", path)
        return True
    finally:
        # Closing releases the lock; waiters then find the new file at the path.
        os.close(handle)


def _built_aside(path: Path, build: Build, mode: int | None) -> Path:
    remove_abandoned(path, PURPOSE)
    scratch = scratch_path(path, PURPOSE)
    try:
        # 0600 unless the empty file being replaced says otherwise: records are private.
        handle = os.open(scratch, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        if mode is not None:
            os.fchmod(handle, mode)
        os.close(handle)
    except OSError as error:
        raise _cannot_create(path, error) from error
    try:
        build(scratch)
        handle = os.open(scratch, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
    except BaseException:
        remove_scratch(scratch)
        raise
    return scratch


def _claim_without_links(path: Path, build: Build) -> bool:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return False
    except OSError as error:
        raise _cannot_create(path, error) from error
    return fill_empty(path, build)


def _lock(handle: int, path: Path) -> None:
    deadline = time.monotonic() + LOCK_TIMEOUT_S
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise StorageError(
                    sentence(
                        "Another program is creating the database {path}; try again in a moment.",
                        path=str(path),
                    )
                ) from None
            time.sleep(0.02)


def _still_empty(handle: int, path: Path) -> bool:
    try:
        current = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(handle)
    same = (current.st_dev, current.st_ino) == (mine.st_dev, mine.st_ino)
    return same and stat.S_ISREG(current.st_mode) and current.st_size == 0


def _sync_folder(folder: Path) -> None:
    # Makes the new name durable; some file systems cannot open a folder, which is fine.
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _cannot_create(path: Path, error: OSError) -> StorageError:
    return StorageError(
        sentence(
            "Cannot create a database in {folder}: {reason}.",
            folder=str(path.parent),
            reason=error.strerror,
        )
    )
