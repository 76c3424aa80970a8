"""Turn ORM rows into the frozen records of ``records.py`` (inside a session)."""

from __future__ import annotations

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.records import (
    ActorRecord,
    EvidenceRecord,
    FollowUpRecord,
    ItemDetail,
    ItemRow,
    LinkRecord,
    ParticipantRecord,
    SourceRecord,
)
from pakru_desktop.store.models import Actor, Evidence, FollowUp, Item, Link, Source


def item_row(item: Item) -> ItemRow:
    """The list-level view of an item."""
    return ItemRow(
        id=item.id,
        kind=Kind(item.kind),
        type=item.type,
        title=item.title,
        date=item.date,
        due=item.due,
        status=item.status,
        location=item.location,
        sectors=tuple(s.sector for s in item.sectors),
        participants=tuple(
            ParticipantRecord(p.actor_id, p.actor.name, p.role) for p in item.participants
        ),
    )


def evidence_record(evidence: Evidence) -> EvidenceRecord:
    """A quote with its source's title, publisher and date."""
    return EvidenceRecord(
        id=evidence.id,
        source_id=evidence.source_id,
        source_title=evidence.source.title,
        quote=evidence.quote,
        start=evidence.start,
        end=evidence.end,
        follow_up_id=evidence.follow_up_id,
        source_publisher=evidence.source.publisher or "",
        source_published=evidence.source.published,
    )


def follow_up_record(follow_up: FollowUp) -> FollowUpRecord:
    """A follow-up with its item's and source's titles."""
    return FollowUpRecord(
        id=follow_up.id,
        item_id=follow_up.item_id,
        item_title=follow_up.item.title,
        date=follow_up.date,
        note=follow_up.note,
        new_status=follow_up.new_status,
        source_id=follow_up.source_id,
        source_title=follow_up.source.title if follow_up.source else None,
        evidence=tuple(evidence_record(e) for e in follow_up.evidence),
    )


def link_record(link: Link, seen_from: int, other: Item) -> LinkRecord:
    """A link as seen from item ``seen_from``."""
    return LinkRecord(
        id=link.id,
        type=link.type,
        outgoing=link.from_id == seen_from,
        other_id=other.id,
        other_kind=Kind(other.kind),
        other_title=other.title,
        note=link.note,
    )


def item_detail(item: Item, links: list[LinkRecord]) -> ItemDetail:
    """Everything about an item; follow-ups in date order, oldest first."""
    follow_ups = sorted(item.follow_ups, key=lambda f: (f.date_start, f.id))
    return ItemDetail(
        row=item_row(item),
        summary=item.summary,
        base_status=item.base_status,
        version=item.version,
        created_at=item.created_at,
        updated_at=item.updated_at,
        evidence=tuple(evidence_record(e) for e in item.evidence),
        follow_ups=tuple(follow_up_record(f) for f in follow_ups),
        links=tuple(links),
    )


def actor_record(actor: Actor) -> ActorRecord:
    """An actor."""
    return ActorRecord(
        actor.id, actor.name, actor.kind, actor.country, actor.title, tuple(actor.aliases or ())
    )


def source_record(source: Source, *, with_text: bool = True) -> SourceRecord:
    """A source with its full text (left empty, and not read, without ``with_text``)."""
    return SourceRecord(
        id=source.id,
        ref=source.ref,
        title=source.title,
        publisher=source.publisher,
        url=source.url,
        published=source.published,
        date_note=source.date_note,
        text=source.text if with_text else "",
    )
