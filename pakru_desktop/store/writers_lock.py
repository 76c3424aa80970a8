"""One writer at a time, on every back end.

SQLite has one writer by nature: ``BEGIN IMMEDIATE`` takes the file's write lock before
the first read. A PostgreSQL server lets colleagues write at once, which would let two
transactions check against the same state and both write, and would let the field
history hand out its change numbers out of commit order (so an open window could miss a
colleague's change). A transaction-scoped advisory lock is the server's counterpart: the
server releases it at commit or rollback, and a process that dies frees it with its
connection. A desk of analysts writes a few times a minute, so queueing costs nothing
anyone notices.
"""

from __future__ import annotations

from sqlalchemy import Connection

from pakru_desktop.store.file_access import busy_timeout_ms

# The advisory lock's key: "pakru" in ASCII, so it cannot be mistaken for another
# program's lock on a shared server.
WRITERS_LOCK_KEY = 0x70616B7275


def take_writers_lock(connection: Connection) -> None:
    """Wait for, then hold until this transaction ends, the database's writers' lock (a
    no-op on SQLite, where the transaction itself is the lock).

    The wait is bounded as SQLite's busy timeout bounds it (``PAKRU_BUSY_TIMEOUT_MS``):
    a colleague's transaction left open gives "busy, try again" (SQLSTATE 55P03), not a
    window that hangs.
    """
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {busy_timeout_ms()}")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK_KEY})")
