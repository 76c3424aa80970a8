"""Put back what a deletion removed, with the same ids, so undo leaves no trace.

The GUI's undo stack deletes and restores items and follow-ups; restoring with
the original ids keeps links, exported files and open views pointing at the
right records.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from pakru_desktop.domain.errors import ConflictError, sentence
from pakru_desktop.services.convert import follow_up_record
from pakru_desktop.services.database import Database
from pakru_desktop.services.items import ItemResult, item_detail_in
from pakru_desktop.services.records import Changes, EvidenceRecord, FollowUpRecord, ItemDetail
from pakru_desktop.store.models import (
    Actor,
    Evidence,
    FollowUp,
    Item,
    ItemSector,
    Link,
    Participation,
    Source,
)
from pakru_desktop.store.status import refresh_status


def restore_item(db: Database, snapshot: ItemDetail) -> ItemResult:
    """Re-create a deleted item from its snapshot: fields, evidence, follow-ups and links.

    Links to items that no longer exist, and evidence from deleted sources, are left out.
    """
    row = snapshot.row
    with db.transaction() as session:
        if session.get(Item, row.id) is not None:
            raise ConflictError(
                sentence(
                    "Item {item_id} already exists; it cannot be restored twice.", item_id=row.id
                )
            )
        item = Item(
            id=row.id,
            kind=row.kind.value,
            type=row.type,
            title=row.title,
            summary=snapshot.summary,
            date=row.date,
            due=row.due,
            base_status=snapshot.base_status,
            status=row.status,
            location=row.location,
            created_at=snapshot.created_at,
            updated_at=snapshot.updated_at,
        )
        item.sectors = [ItemSector(sector=s) for s in row.sectors]
        actors = set(session.scalars(select(Actor.id)))
        item.participants = [
            Participation(actor_id=p.actor_id, role=p.role)
            for p in row.participants
            if p.actor_id in actors
        ]
        sources = set(session.scalars(select(Source.id)))
        session.add(item)
        session.flush()
        for record in snapshot.follow_ups:
            session.add(_follow_up(record, sources))
        session.flush()  # follow-ups first: evidence may point at them
        session.add_all(_evidence(row.id, snapshot.evidence, sources))
        items = set(session.scalars(select(Item.id)))
        for link in snapshot.links:
            if link.other_id in items:
                ends = (row.id, link.other_id) if link.outgoing else (link.other_id, row.id)
                session.add(
                    Link(id=link.id, from_id=ends[0], to_id=ends[1], type=link.type, note=link.note)
                )
        session.flush()
        refresh_status(session, item)
        detail = item_detail_in(session, item)
    touched = frozenset({row.id} | {link.other_id for link in snapshot.links})
    return ItemResult(
        detail, Changes(frozenset({"items", "follow_ups", "links", "evidence"}), touched)
    )


def _evidence(item_id: int, records: Sequence[EvidenceRecord], sources: set[int]) -> list[Evidence]:
    """Evidence rows re-created with their ids; quotes of deleted sources are left out."""
    return [
        Evidence(
            id=e.id,
            item_id=item_id,
            follow_up_id=e.follow_up_id,
            source_id=e.source_id,
            quote=e.quote,
            start=e.start,
            end=e.end,
        )
        for e in records
        if e.source_id in sources
    ]


def _follow_up(record: FollowUpRecord, sources: set[int]) -> FollowUp:
    return FollowUp(
        id=record.id,
        item_id=record.item_id,
        date=record.date,
        note=record.note,
        new_status=record.new_status,
        source_id=record.source_id if record.source_id in sources else None,
    )


def restore_follow_up(db: Database, record: FollowUpRecord) -> tuple[FollowUpRecord, Changes]:
    """Re-create a deleted follow-up with its id; the item's status follows again."""
    with db.transaction() as session:
        item = session.get(Item, record.item_id)
        if item is None:
            raise ConflictError(
                sentence("Item {item_id} no longer exists.", item_id=record.item_id)
            )
        sources = set(session.scalars(select(Source.id)))
        follow_up = _follow_up(record, sources)
        session.add(follow_up)
        session.flush()
        session.add_all(_evidence(record.item_id, record.evidence, sources))
        session.flush()
        refresh_status(session, item)
        session.refresh(follow_up)
        restored = follow_up_record(follow_up)
    tables = frozenset({"follow_ups", "items", "evidence"})
    return restored, Changes(tables, frozenset({record.item_id}))
