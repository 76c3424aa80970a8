"""What changed in the database elsewhere (another window, ``pakru``, a colleague), read
from the field history, so an open window can refresh exactly what it shows.

Polling is cheap: on SQLite, ``PRAGMA data_version`` on the feed's own connection says
whether any other connection committed at all; on a PostgreSQL server, whether a commit's
signal arrived on the feed's listening connection (``store.change_signal``), or half a
minute passed, or the connection was made anew. Only then is the history read, by id,
from where the last poll stopped: writers take turns (``store.writers_lock``), so history
ids are committed in order and none is passed over. Changes committed through the
window's own ``Database`` are left out: the window announced those already.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DBAPIError

from pakru_desktop.services.database import Database
from pakru_desktop.services.records import Changes
from pakru_desktop.store.change_signal import drain, listen, signal_fileno
from pakru_desktop.store.models import HistoryEntry

log = logging.getLogger(__name__)
# On a server, the history is read at least this often even with no signal.
SAFETY_NET_SECONDS = 30.0


class ChangeFeed:
    """Changes made elsewhere since the previous ``poll``."""

    def __init__(self, db: Database) -> None:
        """Start from now: what is already in the database counts as seen."""
        self.db = db
        self._connection: Connection | None = None
        self._data_version: int | None = None
        self._last_read = 0.0
        with db.reading() as session:
            self._last_id = session.scalar(select(func.max(HistoryEntry.id))) or 0

    def poll(self) -> Changes | None:
        """The tables and items changed elsewhere since the last poll, or None."""
        if not self._anything_committed():
            return None
        with self.db.reading() as session:
            rows = session.execute(
                select(
                    HistoryEntry.id,
                    HistoryEntry.change,
                    HistoryEntry.table_name,
                    HistoryEntry.item_id,
                )
                .where(HistoryEntry.id > self._last_id)
                .order_by(HistoryEntry.id)
            ).all()
        if not rows:
            return None
        self._last_id = rows[-1][0]
        theirs = [row for row in rows if row[1] not in self.db.own_changes]
        if not theirs:
            return None
        tables = {row[2] for row in theirs}
        if tables & {"follow_ups", "evidence", "links"}:
            tables.add("items")  # an item's status and detail follow from these
        items = {row[3] for row in theirs if row[3] is not None}
        return Changes(frozenset(tables), frozenset(items))

    def close(self) -> None:
        """Release the feed's connection."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def fileno(self) -> int | None:
        """On a server, the socket a colleague's signal arrives on (an event loop may watch
        it and poll at once); None on SQLite."""
        if self.db.engine.dialect.name == "sqlite":
            return None
        if self._connection is None:
            self._server_signalled()
        return signal_fileno(self._connection) if self._connection is not None else None

    def _anything_committed(self) -> bool:
        if self.db.engine.dialect.name != "sqlite":
            return self._server_signalled()
        if self._connection is None:
            self._connection = self.db.engine.connect()
        # data_version counts commits by other connections to this one's file.
        version = self._connection.exec_driver_sql("PRAGMA data_version").scalar()
        self._connection.rollback()  # end the read, so the next pragma sees new commits
        changed = self._data_version is not None and version != self._data_version
        first = self._data_version is None
        self._data_version = version
        return changed or first

    def _server_signalled(self) -> bool:
        now = time.monotonic()
        try:
            if self._connection is None:
                self._connection = self.db.engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT"
                )
                listen(self._connection)
                signalled = True  # signals sent while not listening are lost
            else:
                signalled = drain(self._connection)
        except DBAPIError as error:
            log.warning("Listening for colleagues' changes failed: %s", error)
            self.close()
            return True  # read the history, and listen anew next time
        if signalled or now - self._last_read >= SAFETY_NET_SECONDS:
            self._last_read = now
            return True
        return False
