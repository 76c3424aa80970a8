"""Whether this process may write a SQLite database, and how to read one it may not write.

Kept free of SQLAlchemy so the quick listing path (``store.sqlite_reader``) can use it.

In WAL mode, SQLite keeps a ``-wal`` and a ``-shm`` file beside the database, so writing
needs the folder as well as the file. A database whose file or folder may not be written
(permissions, a read-only mount, a read-only share) is opened for reading only, and
nothing is ever written to it or beside it.
"""

from __future__ import annotations

import os
from pathlib import Path

# File format write/read versions (header bytes 18 and 19): 2 in WAL mode, 1 with a
# rollback journal.
_FORMAT_VERSION_OFFSET = 18


def may_write(path: Path) -> bool:
    """True if this process may write the database ``path`` and create files beside it.

    Asked with the effective ids, the ones ``open`` is checked with, so a process that
    runs with fewer rights than its user's (or than root's) sees what it may really do.
    """
    return _allowed(path, os.W_OK) and _allowed(path.parent, os.W_OK | os.X_OK)


def read_only_uri(path: Path) -> str:
    """An ``sqlite3`` URI that reads ``path`` without writing a byte to it or beside it.

    ``mode=ro`` reads a WAL database only if its ``-wal`` and ``-shm`` files exist or can
    be created (https://sqlite.org/wal.html#readonly). With no ``-wal`` file every
    committed page is in the main file, so it is read as ``immutable``: no side file is
    made, where none could be (a read-only folder) or where one, owned by this reader,
    would be left behind and could stop the file's owner from writing. A ``-wal`` file
    means a writer has it open (or was killed): then it is read through the WAL.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro"
    if _in_wal_mode(path) and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def _allowed(path: Path, mode: int) -> bool:
    effective = os.access in os.supports_effective_ids
    return os.access(path, mode, effective_ids=effective)


def _in_wal_mode(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(_FORMAT_VERSION_OFFSET + 2)
    except OSError:
        return False
    return header[_FORMAT_VERSION_OFFSET:] == b"\x02\x02"


# How long a connection waits for another program's write to finish before it says the
# database is locked; PAKRU_BUSY_TIMEOUT_MS sets another (tests, a slow shared disk).
BUSY_TIMEOUT_MS = 5000
BUSY_TIMEOUT_VARIABLE = "PAKRU_BUSY_TIMEOUT_MS"


def busy_timeout_ms() -> int:
    """The wait for another program's write, in milliseconds (see ``BUSY_TIMEOUT_MS``)."""
    chosen = os.environ.get(BUSY_TIMEOUT_VARIABLE, "").strip()
    return int(chosen) if chosen.isdigit() and len(chosen) < 9 else BUSY_TIMEOUT_MS
