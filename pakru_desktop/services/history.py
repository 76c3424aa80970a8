"""Read the field history: an item's changes as readable lines, and any record as it was.

``store.history`` writes one row per changed field in the transaction of each change; this
module turns those rows into lines such as ``Date: Nov 2025 → 17–18 Nov 2025`` and rebuilds
what a record looked like at any moment (the latest value of each field up to then).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from sqlalchemy import or_, select

from pakru_desktop.domain.errors import NotFoundError, ValidationError, sentence
from pakru_desktop.domain.vocabulary import Kind, status_label
from pakru_desktop.services.database import Database
from pakru_desktop.store.history import decode, decode_date
from pakru_desktop.store.models import HistoryEntry, Item

_TEXT_LIMIT = 80

# Field names as people read them; anything not listed is capitalised.
_LABELS = {
    "type": "Type",
    "new_status": "New status",
    "base_status": "Recorded status",
    "follow_up_id": "Follow-up",
    "source_id": "Source",
    "item_id": "Item",
    "from_id": "From",
    "to_id": "To",
    "date_note": "Date note",
}
_RECORD_NAMES = {
    "items": "Item",
    "follow_ups": "Follow-up",
    "links": "Link",
    "evidence": "Evidence",
    "sources": "Source",
    "actors": "Actor",
}
# Fields that describe a whole record in the one line shown for its creation or deletion.
_HEADLINE_FIELDS = ("title", "name", "quote", "note", "type")


@dataclass(frozen=True)
class HistoryLine:
    """One readable change: when (UTC), who, which record and what happened to it."""

    at: dt.datetime
    who: str
    change: int
    table: str
    row_id: int
    action: str
    field: str | None
    text: str


def _show(field: str, value: Any, kind: Kind | None) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "" or value == []:
        return "(none)"
    if field in ("date", "due", "published") and isinstance(value, str):
        try:
            date = decode_date(value)
        except ValidationError:
            return value
        return f"{date.display()} (inferred)" if date.inferred else date.display()
    if field in ("status", "new_status", "base_status") and kind is not None:
        try:
            return status_label(kind, str(value))
        except ValidationError:
            return str(value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = " ".join(str(value).split())
    return text if len(text) <= _TEXT_LIMIT else text[: _TEXT_LIMIT - 1] + "…"


def _label(field: str) -> str:
    return _LABELS.get(field) or field.replace("_", " ").capitalize()


def _lines(entries: Sequence[HistoryEntry], kind: Kind | None) -> list[HistoryLine]:
    """Readable lines: one per changed field, one per record created or deleted."""
    lines: list[HistoryLine] = []

    def key(entry: HistoryEntry) -> tuple[int, str, int, str]:
        return entry.change, entry.table_name, entry.row_id, entry.action

    for (change, table, row_id, action), group in groupby(entries, key=key):
        rows = list(group)
        first = rows[0]
        record = _RECORD_NAMES.get(table, table)
        if action == "update":
            for entry in rows:
                old = _show(entry.field, decode(entry.old), kind)
                new = _show(entry.field, decode(entry.new), kind)
                where = "" if table == "items" else f"{record} #{row_id} · "
                text = f"{where}{_label(entry.field)}: {old} → {new}"
                line = HistoryLine(
                    first.at, first.who, change, table, row_id, action, entry.field, text
                )
                lines.append(line)
            continue
        values = {e.field: decode(e.new if action == "insert" else e.old) for e in rows}
        headline = next((values[f] for f in _HEADLINE_FIELDS if values.get(f)), "")
        verb = "added" if action == "insert" else "deleted"
        if table == "items" and action == "insert":
            verb = "created"
        described = f": {_show('text', headline, kind)}" if headline else ""
        text = f"{record} #{row_id} {verb}{described}"
        lines.append(HistoryLine(first.at, first.who, change, table, row_id, action, None, text))
    return lines


def _links_to(item_id: int) -> Any:
    """The ids of links whose history says they pointed at ``item_id``."""
    value = str(item_id)  # JSON of an integer is its digits
    return select(HistoryEntry.row_id).where(
        HistoryEntry.table_name == "links",
        HistoryEntry.field == "to_id",
        or_(HistoryEntry.new == value, HistoryEntry.old == value),
    )


def item_history(db: Database, item_id: int) -> tuple[HistoryLine, ...]:
    """Every recorded change to an item and its follow-ups, evidence and links, newest first."""
    with db.reading() as session:
        kind_code = session.scalar(select(Item.kind).where(Item.id == item_id))
        entries = session.scalars(
            select(HistoryEntry)
            .where(
                or_(
                    HistoryEntry.item_id == item_id,
                    # A link pointing at this item belongs to its other end; show it here too.
                    (HistoryEntry.table_name == "links")
                    & HistoryEntry.row_id.in_(_links_to(item_id)),
                )
            )
            .order_by(HistoryEntry.id)
        ).all()
        if kind_code is None and not entries:
            raise NotFoundError(sentence("There is no item with id {item_id}.", item_id=item_id))
        lines = _lines(entries, Kind(kind_code) if kind_code else None)
    return tuple(reversed(lines))


def record_history(db: Database, table: str, row_id: int) -> tuple[HistoryLine, ...]:
    """Every recorded change to one source, actor, follow-up, link or evidence, newest first."""
    with db.reading() as session:
        entries = session.scalars(
            select(HistoryEntry)
            .where(HistoryEntry.table_name == table, HistoryEntry.row_id == row_id)
            .order_by(HistoryEntry.id)
        ).all()
        return tuple(reversed(_lines(entries, None)))


def state_at(db: Database, table: str, row_id: int, moment: dt.datetime) -> dict[str, Any] | None:
    """The record's fields as the database held them at ``moment`` (UTC); None if absent then.

    Values are in their stored form (dates as ISO text, lists as lists).
    """
    with db.reading() as session:
        entries = session.execute(
            select(HistoryEntry.action, HistoryEntry.field, HistoryEntry.new)
            .where(
                HistoryEntry.table_name == table,
                HistoryEntry.row_id == row_id,
                HistoryEntry.at <= moment,
            )
            .order_by(HistoryEntry.id)
        ).all()
    state: dict[str, Any] | None = None
    for action, field, new in entries:
        if action == "delete":
            state = None
            continue
        if action == "insert" and state is None:
            state = {}
        if state is not None:
            state[field] = decode(new)
    return state
