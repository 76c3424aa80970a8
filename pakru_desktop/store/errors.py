"""Driver errors sorted into the known ones, each a sentence a user can act on (locked,
read-only, damaged, full, cannot be opened), and bugs.

As qutebrowser's ``misc/sql.py`` does, the sorting is by SQLite's result code, never by
message text: a message can change between versions and languages, and text matching
once turned a query naming a missing column into a "user error". Anything not known is
a bug: it is raised as ``DatabaseBug`` (not a ``PakruError``), so it is logged with its
traceback, the CLI exits 1 and the window shows its crash dialog.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, OperationalError

from pakru_desktop.domain.errors import StorageError, sentence

# SQLite's primary result codes (the low byte of an extended code); https://sqlite.org/rescode.html
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_SENTENCES = {
    SQLITE_BUSY: sentence("The database is locked by another program; try again in a moment."),
    SQLITE_LOCKED: sentence("The database is locked by another program; try again in a moment."),
    SQLITE_READONLY: sentence(
        "The database may not be written here (its file or its folder is "
        "read-only); nothing was changed."
    ),
    SQLITE_PERM: sentence("The database may not be written here; check the file's permissions."),
    SQLITE_IOERR: sentence(
        "The database file could not be read or written (a disk error); nothing was changed."
    ),
    SQLITE_CORRUPT: sentence(
        "The database file is damaged; nothing was changed. Restore it from a backup copy."
    ),
    SQLITE_NOTADB: sentence("The file is not a database, or it is damaged; it was left untouched."),
    SQLITE_FULL: sentence(
        "The disk holding the database is full, so nothing was written; free some "
        "space and try again."
    ),
    SQLITE_CANTOPEN: sentence(
        "The database file cannot be opened; check the path and permissions."
    ),
}


class DatabaseBug(RuntimeError):
    """A driver error that no user action explains: a bug, reported as one."""


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of ``error`` (or of the driver error it wraps)."""
    original = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def storage_error(error: DBAPIError | sqlite3.Error) -> Exception:
    """The ``StorageError`` for a known driver error, else a ``DatabaseBug`` (raise either)."""
    code = sqlite_code(error)
    if code in _SENTENCES:
        return StorageError(_SENTENCES[code])
    if code is None and isinstance(error, OperationalError):
        # A server database: connections refused, dropped or timed out.
        return StorageError(
            sentence("The database server cannot be reached: {reason}.", reason=str(error.orig))
        )
    original = error.orig if isinstance(error, DBAPIError) else error
    return DatabaseBug(f"Unexpected database error: {original}")
