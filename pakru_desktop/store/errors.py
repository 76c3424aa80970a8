"""Driver errors sorted into the known ones, each a sentence a user can act on (locked,
read-only, damaged, full, cannot be opened), and bugs.

As qutebrowser's ``misc/sql.py`` does, the sorting is by SQLite's result code (on a
PostgreSQL server, by the SQLSTATE the server sends), never by message text: a message
can change between versions and languages, and text matching once turned a query naming
a missing column into a "user error". Anything not known is a bug: it is raised as
``DatabaseBug`` (not a ``PakruError``), so it is logged with its traceback, the CLI
exits 1 and the window shows its crash dialog.
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


_READ_ONLY_SERVER = sentence(
    "You may only read this database (your server role may not change it); nothing was changed."
)
# SQLSTATEs, https://www.postgresql.org/docs/current/errcodes-appendix.html
_SERVER_SENTENCES = {
    "42501": _READ_ONLY_SERVER,  # insufficient_privilege
    "25006": _READ_ONLY_SERVER,  # read_only_sql_transaction
    "55P03": sentence(
        "The database is busy with a colleague's change; nothing was changed. Try again "
        "in a moment."
    ),  # lock_not_available
    "57014": sentence(
        "The database server took too long and the change was cancelled; nothing was changed."
    ),  # query_canceled (statement_timeout)
    "40001": sentence(
        "A colleague changed the same records at the same moment; nothing was changed. "
        "Try again."
    ),  # serialization_failure
    "40P01": sentence(
        "A colleague changed the same records at the same moment; nothing was changed. "
        "Try again."
    ),  # deadlock_detected
    "53100": sentence(
        "The database server's disk is full, so nothing was written; ask its administrator."
    ),  # disk_full
    "53300": sentence(
        "The database server has no connection to spare; try again in a moment."
    ),  # too_many_connections
}
# Classes: the first two characters of a SQLSTATE.
_SERVER_CLASSES = {
    "08": "connection",  # connection_exception
    "57": "connection",  # operator_intervention: the server is shutting down or restarting
    "28": "login",  # invalid_authorization_specification
    "3D": "missing",  # invalid_catalog_name: no such database
}


class DatabaseBug(RuntimeError):
    """A driver error that no user action explains: a bug, reported as one."""


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of ``error`` (or of the driver error it wraps)."""
    original = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def server_state(error: BaseException) -> str | None:
    """The SQLSTATE of a server's error (or of the driver error it wraps), if it sent one."""
    original = error.orig if isinstance(error, DBAPIError) else error
    state = getattr(original, "sqlstate", None)
    return state if isinstance(state, str) else None


def storage_error(error: DBAPIError | sqlite3.Error) -> Exception:
    """The ``StorageError`` for a known driver error, else a ``DatabaseBug`` (raise either)."""
    code = sqlite_code(error)
    if code in _SENTENCES:
        return StorageError(_SENTENCES[code])
    state = server_state(error)
    if state in _SERVER_SENTENCES:
        return StorageError(_SERVER_SENTENCES[state])
    reason = _first_line(error)
    kind = _SERVER_CLASSES.get(state[:2]) if state else None
    if kind == "login":
        return StorageError(
            sentence("The database server refused the login: {reason}.", reason=reason)
        )
    if kind == "missing":
        return StorageError(sentence("The database server says: {reason}.", reason=reason))
    if kind == "connection" or (code is None and state is None and _is_unreachable(error)):
        # A server database: connections refused, dropped or timed out.
        return StorageError(
            sentence("The database server cannot be reached: {reason}.", reason=reason)
        )
    original = error.orig if isinstance(error, DBAPIError) else error
    return DatabaseBug(f"Unexpected database error: {original}")


def _is_unreachable(error: BaseException) -> bool:
    return isinstance(error, OperationalError)


def _first_line(error: BaseException) -> str:
    # libpq's texts run on over several lines ("\n\tIs the server running on that host…");
    # a sentence takes the first, without its final full stop.
    original = error.orig if isinstance(error, DBAPIError) else error
    return str(original).strip().splitlines()[0].rstrip(".") if str(original).strip() else "?"
