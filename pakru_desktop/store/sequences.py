"""Id sequences kept past the ids that were written explicitly.

SQLite's AUTOINCREMENT takes the largest id ever used, however it was written. A
PostgreSQL identity sequence only moves when it hands out a number itself, so after rows
are written with ids of their own (an import that keeps ids, demo data, a copy, an undo
that gives a record back its id) the next new record would be given an id already in
use. A record added with its id already set marks its session (a listener sees it at
flush); a bulk insert marks it by calling ``writes_own_ids``. At the end of a marked
transaction the sequences are moved past the largest id of each table, never back, so
an id of a deleted record is not given again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session

# The session's mark that this transaction wrote rows with ids of their own.
OWN_IDS_KEY = "pakru_writes_own_ids"


def writes_own_ids(session: Session) -> None:
    """Mark this transaction as one that writes records with ids of their own."""
    session.info[OWN_IDS_KEY] = True


def catch_up_if_needed(session: Session) -> None:
    """Move the sequences on if this transaction wrote ids of its own (see above)."""
    if session.info.pop(OWN_IDS_KEY, False):
        catch_up(session.connection())


def catch_up(connection: Connection) -> None:
    """Move every table's id sequence past its largest id (a no-op on SQLite)."""
    if connection.dialect.name != "postgresql":
        return
    from pakru_desktop.store.models import Base  # the tables, without a cycle at import

    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
        ).scalar()
        if sequence is None:
            continue
        last, called = connection.execute(
            text(f"SELECT last_value, is_called FROM {sequence}")
        ).one()
        largest = connection.execute(text(f'SELECT max(id) FROM "{table.name}"')).scalar() or 0
        # setval(seq, n) makes n the last number handed out; never below one already given.
        target = max(largest, last if called else 0)
        if target > (last if called else 0):
            connection.execute(
                text("SELECT setval(:sequence, :n)"), {"sequence": sequence, "n": target}
            )


def _notice_own_ids(session: Session, _context: Any, _instances: Any) -> None:
    if any(getattr(record, "id", None) is not None for record in session.new):
        writes_own_ids(session)


event.listen(Session, "before_flush", _notice_own_ids)
