"""Read-only queries behind every list: filtered, sorted and paged in SQL.

Filters and sorting run in the database so a list of 100,000 items is never
loaded whole; callers fetch one page at a time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, case, exists, func, or_, select
from sqlalchemy.orm import selectinload

from pakru_desktop.domain.vocabulary import Kind, check_status, normalise_sector
from pakru_desktop.services.convert import actor_record, follow_up_record, item_row, source_record
from pakru_desktop.services.database import Database
from pakru_desktop.services.item_fields import source_by_id
from pakru_desktop.services.records import ActorRecord, FollowUpRecord, ItemRow, SourceRecord
from pakru_desktop.store.models import (
    Actor,
    FollowUp,
    Item,
    ItemSector,
    Participation,
    Source,
)


class SortKey(StrEnum):
    """Columns an item list can be sorted by."""

    DATE = "date"
    TITLE = "title"
    STATUS = "status"
    LOCATION = "location"
    TYPE = "type"
    DUE = "due"
    ID = "id"


@dataclass(frozen=True)
class ItemFilter:
    """What to show of one kind: text, status, sector and a range of earliest days."""

    kind: Kind
    text: str = ""
    status: str | None = None
    sector: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


# Finer precision sorts first among items starting the same day.
_PRECISION_ORDER = case(
    {"day": 0, "month": 1, "quarter": 2, "year": 3}, value=Item.date_precision, else_=4
)


def filter_items(query: Select, flt: ItemFilter) -> Select:
    """Add the WHERE clauses of ``flt`` to ``query`` (a select over ``Item``)."""
    query = query.where(Item.kind == flt.kind.value)
    if flt.status:
        query = query.where(Item.status == check_status(flt.kind, flt.status))
    if flt.sector:
        query = query.where(
            exists().where(
                ItemSector.item_id == Item.id, ItemSector.sector == normalise_sector(flt.sector)
            )
        )
    if flt.date_from is not None:
        query = query.where(Item.date_start >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(Item.date_start <= flt.date_to)
    text = flt.text.strip()
    if text:
        by_actor = exists().where(
            Participation.item_id == Item.id,
            Participation.actor_id == Actor.id,
            Actor.name.icontains(text, autoescape=True),
        )
        query = query.where(
            or_(
                Item.title.icontains(text, autoescape=True),
                Item.summary.icontains(text, autoescape=True),
                Item.location.icontains(text, autoescape=True),
                by_actor,
            )
        )
    return query


def _ordering(sort: SortKey, descending: bool) -> list:
    columns = {
        SortKey.DATE: [Item.date_start, _PRECISION_ORDER],
        SortKey.TITLE: [func.lower(Item.title)],
        SortKey.STATUS: [Item.status],
        SortKey.LOCATION: [func.lower(Item.location)],
        SortKey.TYPE: [Item.type],
        SortKey.DUE: [Item.due_start],
        SortKey.ID: [],
    }[sort]
    # id last keeps the order stable between pages.
    columns = [*columns, Item.id]
    return [c.desc() for c in columns] if descending else [c.asc() for c in columns]


def count_items(db: Database, flt: ItemFilter) -> int:
    """How many items match ``flt``."""
    with db.reading() as session:
        query = filter_items(select(func.count(Item.id)), flt)
        return session.scalar(query) or 0


def list_items(
    db: Database,
    flt: ItemFilter,
    *,
    sort: SortKey = SortKey.DATE,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[ItemRow]:
    """One page of items matching ``flt`` in the given order."""
    query = (
        filter_items(select(Item), flt)
        .options(
            selectinload(Item.sectors),
            selectinload(Item.participants).selectinload(Participation.actor),
        )
        .order_by(*_ordering(sort, descending))
        .offset(offset)
        .limit(limit)
    )
    with db.reading() as session:
        return [item_row(item) for item in session.scalars(query)]


def list_actors(db: Database, text: str = "") -> list[ActorRecord]:
    """Actors by name, optionally those whose name, title or country contains ``text``."""
    query = select(Actor).order_by(func.lower(Actor.name))
    if text.strip():
        needle = text.strip()
        query = query.where(
            or_(
                Actor.name.icontains(needle, autoescape=True),
                Actor.title.icontains(needle, autoescape=True),
                Actor.country.icontains(needle, autoescape=True),
            )
        )
    with db.reading() as session:
        return [actor_record(actor) for actor in session.scalars(query)]


def list_sources(db: Database, text: str = "") -> list[SourceRecord]:
    """Sources by publication date, optionally those whose title or text contains ``text``."""
    query = select(Source).order_by(Source.published_start, Source.id)
    if text.strip():
        needle = text.strip()
        query = query.where(
            or_(
                Source.title.icontains(needle, autoescape=True),
                Source.text.icontains(needle, autoescape=True),
                Source.publisher.icontains(needle, autoescape=True),
            )
        )
    with db.reading() as session:
        return [source_record(source) for source in session.scalars(query)]


def get_source(db: Database, source_id: int) -> SourceRecord:
    """One source with its full text."""
    with db.reading() as session:
        return source_record(source_by_id(session, source_id))


def list_follow_ups(
    db: Database, text: str = "", item_id: int | None = None, status: str | None = None
) -> list[FollowUpRecord]:
    """Follow-ups in date order, for one item or all, optionally filtered by text or status."""
    query = (
        select(FollowUp)
        .options(selectinload(FollowUp.item), selectinload(FollowUp.source))
        .order_by(FollowUp.date_start, FollowUp.id)
    )
    if item_id is not None:
        query = query.where(FollowUp.item_id == item_id)
    if status:
        query = query.where(FollowUp.new_status == status.strip().lower().replace("_", "-"))
    if text.strip():
        query = query.where(FollowUp.note.icontains(text.strip(), autoescape=True))
    with db.reading() as session:
        return [follow_up_record(f) for f in session.scalars(query)]
