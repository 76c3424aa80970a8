"""Follow-ups: what happened next to an item, each possibly changing its status.

An item's status always equals its latest status-changing follow-up (or the
status it was recorded with), so every status change is a dated follow-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import NotFoundError, ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.vocabulary import Kind, check_status, status_label
from pakru_desktop.services import item_fields as fields
from pakru_desktop.services.convert import follow_up_record
from pakru_desktop.services.database import Database
from pakru_desktop.services.items import load_item
from pakru_desktop.services.records import Changes, FollowUpRecord
from pakru_desktop.store.models import FollowUp, Item
from pakru_desktop.store.status import refresh_status

_UNSET = object()


@dataclass(frozen=True)
class FollowUpResult:
    """The follow-up after the change, the item's status now, and what was touched."""

    follow_up: FollowUpRecord
    item_status: str
    changes: Changes


def _resolve_source(
    session: Session, source_url: str | None, source_id: int | None
) -> tuple[int | None, bool]:
    if source_url and source_id is not None:
        raise ValidationError("Give the source by URL or by id, not both.")
    if source_id is not None:
        return fields.source_by_id(session, source_id).id, False
    if source_url:
        source, created = fields.source_for_url(session, source_url)
        session.flush()
        return source.id, created
    return None, False


def _result(
    session: Session, follow_up: FollowUp, item: Item, created_source: bool
) -> FollowUpResult:
    session.flush()
    status = refresh_status(session, item)
    session.refresh(follow_up)
    tables = {"follow_ups", "items"} | ({"sources"} if created_source else set())
    return FollowUpResult(
        follow_up_record(follow_up), status, Changes(frozenset(tables), frozenset({item.id}))
    )


def add_follow_up(
    db: Database,
    item_id: int,
    *,
    date: str | FuzzyDate | None,
    note: str,
    status: str | None = None,
    source_url: str | None = None,
    source_id: int | None = None,
    today: dt.date | None = None,
) -> FollowUpResult:
    """Record a dated follow-up on an item; a status makes it the item's new status."""
    date_value = fields.read_date(date, today or dt.date.today())
    note = note.strip()
    with db.transaction() as session:
        item = load_item(session, item_id)
        new_status = check_status(Kind(item.kind), status) if status else None
        if not note and new_status is None:
            raise ValidationError("A follow-up needs a note or a new status.")
        if not note and new_status is not None:
            note = f"Status: {status_label(Kind(item.kind), new_status)}."
        source, created = _resolve_source(session, source_url, source_id)
        follow_up = FollowUp(
            item=item,
            date=date_value,
            note=note,
            new_status=new_status,
            source_id=source,
        )
        session.add(follow_up)
        return _result(session, follow_up, item, created)


def set_status(
    db: Database,
    item_id: int,
    status: str,
    *,
    date: str | FuzzyDate | None = None,
    note: str = "",
    today: dt.date | None = None,
) -> FollowUpResult:
    """Change an item's status, recorded as a follow-up dated ``date`` (today by default)."""
    return add_follow_up(db, item_id, date=date, note=note, status=status, today=today)


def _load(session: Session, follow_up_id: int) -> FollowUp:
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFoundError(f"There is no follow-up with id {follow_up_id}.")
    return follow_up


def edit_follow_up(
    db: Database,
    follow_up_id: int,
    *,
    date: str | FuzzyDate | None = None,
    note: str | None = None,
    status: object = _UNSET,
    today: dt.date | None = None,
) -> FollowUpResult:
    """Change a follow-up's date, note or status (``status=None`` removes the change)."""
    with db.transaction() as session:
        follow_up = _load(session, follow_up_id)
        item = follow_up.item
        if date is not None:
            follow_up.date = fields.read_date(date, today or dt.date.today())
        if note is not None:
            follow_up.note = note.strip()
        if status is not _UNSET:
            follow_up.new_status = check_status(Kind(item.kind), str(status)) if status else None
        if not follow_up.note and follow_up.new_status is None:
            raise ValidationError("A follow-up needs a note or a new status.")
        return _result(session, follow_up, item, False)


def delete_follow_up(db: Database, follow_up_id: int) -> FollowUpResult:
    """Delete a follow-up; the item's status falls back to the previous change."""
    with db.transaction() as session:
        follow_up = _load(session, follow_up_id)
        record = follow_up_record(follow_up)
        item = follow_up.item
        session.delete(follow_up)
        session.flush()
        status = refresh_status(session, item)
        changes = Changes(frozenset({"follow_ups", "items"}), frozenset({item.id}))
    return FollowUpResult(record, status, changes)
