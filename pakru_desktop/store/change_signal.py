"""A server's signal that a colleague committed a change: PostgreSQL's LISTEN/NOTIFY.

The field history stays what an open window reads to learn what changed; the signal only
wakes it, so a window need not query the server every second. Each write transaction
sends its history change number on one channel just before it commits; the server
delivers it only if the transaction commits, a fraction of a millisecond later. A
window listens on a connection of its own. Notifications sent while that connection
was down are lost, so a reconnect (and a slow timer, as a safety net) counts as a
signal too. SQLite has no such thing; its ``PRAGMA data_version`` plays the part.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# The one channel every Pakru process on the database sends and listens on.
CHANNEL = "pakru_changes"


def announce(connection: Connection, change: int) -> None:
    """Queue the signal for history change ``change``; sent when the transaction commits."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_notify(:channel, :change)"),
                           {"channel": CHANNEL, "change": str(change)})  # fmt: skip


def listen(connection: Connection) -> None:
    """Ask for the signals on ``connection``, which must be in autocommit mode."""
    connection.exec_driver_sql(f"LISTEN {CHANNEL}")


def drain(connection: Connection) -> bool:
    """Take every signal that has arrived, without waiting; True if there was any."""
    driver = connection.connection.driver_connection
    return any(True for _ in driver.notifies(timeout=0))  # type: ignore[union-attr]


def signal_fileno(connection: Connection) -> int:
    """The socket a signal arrives on, for an event loop to watch."""
    return int(connection.connection.driver_connection.fileno())  # type: ignore[union-attr]
