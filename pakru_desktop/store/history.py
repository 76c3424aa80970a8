"""Field history: every change to a tracked record, written in the transaction that makes it.

An ``after_flush`` listener on every ORM session compares each new, changed or deleted
item, follow-up, link, evidence, source and actor with its stored state (the attribute
history SQLAlchemy still holds at that point) and inserts one ``history`` row per changed
field. Services therefore cannot forget to record a change, and a rolled-back action leaves
no history behind. An item's sectors and participants are recorded as fields of the item.

Who made the change comes from ``session.info["who"]`` (set by the service layer from the
operating-system user or a name chosen in preferences).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import History

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.store.history_values import (  # noqa: F401 (part of this module's API)
    AUTHOR_VARIABLE,
    INFERRED_MARK,
    MAX_AUTHOR,
    clean_author,
    decode,
    decode_date,
    default_user,
    encode,
)
from pakru_desktop.store.models import (
    Actor,
    Evidence,
    FollowUp,
    HistoryEntry,
    Item,
    Link,
    Participation,
    Source,
)
from pakru_desktop.store.writers_lock import take_writers_lock

TRACKED: dict[type, str] = {
    Item: "items",
    FollowUp: "follow_ups",
    Link: "links",
    Evidence: "evidence",
    Source: "sources",
    Actor: "actors",
}
# Bookkeeping columns: they change with every edit and say nothing the history does not
# (sort keys are worked out from the title and place).
_SKIPPED = {"id", "version", "created_at", "updated_at", "title_key", "location_key"}
# Relationship collections recorded as a field of their owner.
_COLLECTIONS = {Item: ("sectors", "participants")}

WHO_KEY = "who"
# ``session.info`` key of the change number the current transaction's history rows share.
CHANGE_KEY = "history_change"


def _before(history: History, current: Any) -> Any:
    if history.deleted:
        return history.deleted[0]
    if history.unchanged:
        return history.unchanged[0]
    return None if history.added else current


def _column_fields(obj: Any) -> Iterator[tuple[str, list[str]]]:
    """(field, columns) of a record: composites as one field over their columns."""
    mapper = inspect(type(obj))
    grouped: set[str] = set()
    for composite in mapper.composites:
        keys = [prop.key for prop in composite.props]
        grouped.update(keys)
        yield composite.key, keys
    for attr in mapper.column_attrs:
        if attr.key not in grouped and attr.key not in _SKIPPED:
            yield attr.key, [attr.key]


def _collection_values(obj: Any, key: str, objects: list[Any]) -> list[str]:
    if key == "sectors":
        return sorted(s.sector for s in objects)
    return [_participant(p) for p in objects]


def _participant(participation: Participation) -> str:
    actor = participation.actor
    return f"{actor.name if actor else participation.actor_id} ({participation.role})"


def _changes(obj: Any, action: str) -> Iterator[tuple[str, Any, Any]]:
    """(field, old, new) for every field of ``obj`` that this flush inserts, changes or deletes."""
    state = inspect(obj)
    for name, keys in _column_fields(obj):
        histories = [state.attrs[key].history for key in keys]
        current = [state.attrs[key].value for key in keys]
        old = [_before(h, c) for h, c in zip(histories, current, strict=True)]
        if len(keys) > 1:
            before = FuzzyDate.from_parts(*old)
            after = FuzzyDate.from_parts(*current)
        else:
            before, after = old[0], current[0]
        if action == "insert":
            before = None
        elif action == "delete":
            after = None
        if encode(before) != encode(after):
            yield name, before, after
    for key in _COLLECTIONS.get(type(obj), ()):
        history = state.attrs[key].history
        now = list(history.unchanged) + list(history.added)
        was = list(history.unchanged) + list(history.deleted)
        values_after = _collection_values(obj, key, now) if action != "delete" else None
        values_before = _collection_values(obj, key, was) if action != "insert" else None
        if action == "update" and not history.has_changes():
            continue
        if values_before != values_after and (values_before or values_after):
            yield key, values_before, values_after


def _item_of(obj: Any) -> int | None:
    if isinstance(obj, Item):
        return obj.id
    if isinstance(obj, FollowUp | Evidence):
        return obj.item_id if obj.item_id is not None else obj.item.id
    if isinstance(obj, Link):
        return obj.from_id
    return None


def _record(session: Session, _context: Any) -> None:
    """Insert the history rows of everything this flush wrote (the ``after_flush`` hook)."""
    touched: list[tuple[Any, str]] = [
        *((o, "insert") for o in session.new if type(o) in TRACKED),
        *((o, "update") for o in session.dirty if type(o) in TRACKED),
        *((o, "delete") for o in session.deleted if type(o) in TRACKED),
    ]
    if not touched:
        return
    rows: list[dict[str, Any]] = []
    with session.no_autoflush:
        for obj, action in touched:
            if action == "update" and not session.is_modified(obj):
                continue
            for name, before, after in _changes(obj, action):
                rows.append(
                    {
                        "table_name": TRACKED[type(obj)],
                        "row_id": inspect(obj).identity[0] if action == "delete" else obj.id,
                        "item_id": _item_of(obj),
                        "action": action,
                        "field": name,
                        "old": encode(before),
                        "new": encode(after),
                    }
                )
    if not rows:
        return
    connection = session.connection()
    info = session.info
    if CHANGE_KEY not in info:
        # One number and one moment for every row of this user action, however many flushes.
        # Numbers follow commit order only while writers take turns (a no-op on SQLite).
        take_writers_lock(connection)
        latest = connection.execute(select(func.max(HistoryEntry.id))).scalar()
        info[CHANGE_KEY] = (latest or 0) + 1
        info["history_at"] = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    common = {
        "at": info["history_at"],
        "who": info.get(WHO_KEY) or default_user(),
        "change": info[CHANGE_KEY],
    }
    connection.execute(insert(HistoryEntry), [{**common, **row} for row in rows])


def _forget_change(session: Session, *_args: Any) -> None:
    # A session may serve several transactions; each gets its own change number.
    session.info.pop(CHANGE_KEY, None)
    session.info.pop("history_at", None)


event.listen(Session, "after_flush", _record)
event.listen(Session, "after_commit", _forget_change)
event.listen(Session, "after_soft_rollback", _forget_change)
