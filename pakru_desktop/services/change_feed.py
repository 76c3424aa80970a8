"""What changed in the database elsewhere (another window, ``pakru``, a colleague), read
from the field history, so an open window can refresh exactly what it shows.

Polling is cheap: on SQLite, ``PRAGMA data_version`` on the feed's own connection says
whether any other connection committed at all; only then is the history read, by id,
from where the last poll stopped. Changes committed through the window's own ``Database``
are left out: the window announced those already.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from pakru_desktop.services.database import Database
from pakru_desktop.services.records import Changes
from pakru_desktop.store.models import HistoryEntry


class ChangeFeed:
    """Changes made elsewhere since the previous ``poll``."""

    def __init__(self, db: Database) -> None:
        """Start from now: what is already in the database counts as seen."""
        self.db = db
        self._connection: Connection | None = None
        self._data_version: int | None = None
        with db.reading() as session:
            self._last_id = session.scalar(select(func.max(HistoryEntry.id))) or 0

    def poll(self) -> Changes | None:
        """The tables and items changed elsewhere since the last poll, or None."""
        if not self._anything_committed():
            return None
        with self.db.reading() as session:
            rows = session.execute(
                select(HistoryEntry.id, HistoryEntry.change, HistoryEntry.table_name,
                       HistoryEntry.item_id)
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

    def _anything_committed(self) -> bool:
        if self.db.engine.dialect.name != "sqlite":
            return True  # no cheap counter on a server: the history query is the check
        if self._connection is None:
            self._connection = self.db.engine.connect()
        # data_version counts commits by other connections to this one's file.
        version = self._connection.exec_driver_sql("PRAGMA data_version").scalar()
        self._connection.rollback()  # end the read, so the next pragma sees new commits
        changed = self._data_version is not None and version != self._data_version
        first = self._data_version is None
        self._data_version = version
        return changed or first
