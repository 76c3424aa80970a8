"""Add, read, edit and delete items (events, agreements, projects, commitments)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from pakru_desktop.domain.errors import ConflictError, NotFoundError, ValidationError, sentence
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.item_input import (  # noqa: F401 (ItemDraft: part of this API)
    ItemDraft,
    NewItem,
    check_draft,
    check_due,
    kind_type,
)
from pakru_desktop.domain.vocabulary import TYPES, Kind
from pakru_desktop.services import item_fields as fields
from pakru_desktop.services.convert import item_detail, link_record
from pakru_desktop.services.database import Database, StaleVersionError
from pakru_desktop.services.last_change import changed_since_opened
from pakru_desktop.services.quote_matching import short_quote
from pakru_desktop.services.records import Changes, ItemDetail
from pakru_desktop.store.models import Item, Link, Participation


@dataclass(frozen=True)
class ItemPatch:
    """Fields to change on an item; None leaves a field as it is.

    ``due=""`` clears a due date. ``expected_version`` guards against overwriting a change
    made elsewhere since the item was read.
    """

    title: str | None = None
    date: str | FuzzyDate | None = None
    type: str | None = None
    summary: str | None = None
    location: str | None = None
    due: str | FuzzyDate | None = None
    sectors: Sequence[str] | None = None
    participants: Sequence[str | tuple[str, str]] | None = None
    expected_version: int | None = None


def patch_restoring(detail: ItemDetail) -> ItemPatch:
    """A patch that puts every editable field back as it is in ``detail`` (for undo)."""
    row = detail.row
    return ItemPatch(
        title=row.title,
        date=row.date,
        type=row.type or "",
        summary=detail.summary,
        location=row.location,
        due=row.due or "",
        sectors=row.sectors,
        participants=tuple((p.name, p.role) for p in row.participants),
    )


@dataclass(frozen=True)
class ItemResult:
    """The item as it is after a change, and what the change touched."""

    item: ItemDetail
    changes: Changes


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def add_item(db: Database, draft: ItemDraft, *, today: dt.date | None = None) -> ItemResult:
    """Validate ``draft`` and store it as a new item, in one transaction."""
    new = check_draft(draft, _today(today))
    tables = {"items"}
    with db.transaction() as session:
        item, created_actors = new_item_record(session, new)
        if created_actors:
            tables.add("actors")
        if draft.source_url and draft.quote:
            source, created = fields.source_for_url(session, draft.source_url)
            if created:
                tables.add("sources")
            item.evidence.append(fields.make_evidence(source, draft.quote))
            tables.add("evidence")
        session.add(item)
        session.flush()
        detail = item_detail_in(session, item)
    return ItemResult(detail, Changes(frozenset(tables), frozenset({detail.id})))


def new_item_record(session: Session, new: NewItem) -> tuple[Item, bool]:
    """The ORM item for a checked draft, with its sectors and participants (actors it names
    that are unknown are created: the flag says whether any was); not yet added."""
    item = Item(
        kind=new.kind.value,
        type=new.type,
        title=new.title,
        summary=new.summary,
        date=new.date,
        due=new.due,
        base_status=new.status,
        status=new.status,
        location=new.location,
    )
    fields.set_sectors(item, new.sectors)
    created = fields.set_participants(session, item, new.participants)
    return item, created


def load_item(session: Session, item_id: int) -> Item:
    """The ORM item with this id, or a sentence saying there is none."""
    item = session.get(
        Item,
        item_id,
        options=[selectinload(Item.participants).selectinload(Participation.actor)],
    )
    if item is None:
        raise NotFoundError(sentence("There is no item with id {item_id}.", item_id=item_id))
    return item


def item_detail_in(session: Session, item: Item) -> ItemDetail:
    """The full record of ``item`` (with links from both ends), built inside ``session``."""
    links = session.scalars(
        select(Link).where(or_(Link.from_id == item.id, Link.to_id == item.id)).order_by(Link.id)
    ).all()
    records = []
    for link in links:
        other_id = link.to_id if link.from_id == item.id else link.from_id
        other = session.get(Item, other_id)
        assert other is not None  # foreign keys guarantee it
        records.append(link_record(link, item.id, other))
    return item_detail(item, records)


def get_item(db: Database, item_id: int) -> ItemDetail:
    """Every field of an item, with evidence, follow-ups in date order, and links."""
    with db.reading() as session:
        return item_detail_in(session, load_item(session, item_id))


# A patch that names no version was read and written in one call: if another program
# wrote the item in between, reading it again and applying the patch is what was asked.
_ATTEMPTS_WITHOUT_VERSION = 3


def edit_item(
    db: Database, item_id: int, patch: ItemPatch, *, today: dt.date | None = None
) -> ItemResult:
    """Change the fields given in ``patch``; the item's version guards against lost updates.

    With ``patch.expected_version`` a change made elsewhere since is a ``ConflictError``;
    without it (``pakru edit``), a write that lands between this call's read and its own
    write only makes it read again.
    """
    attempts = 1 if patch.expected_version is not None else _ATTEMPTS_WITHOUT_VERSION
    for attempt in range(attempts):
        try:
            return _edit_item_once(db, item_id, patch, today)
        except StaleVersionError as error:
            if attempt < attempts - 1:
                continue
            if patch.expected_version is None:
                raise
            # Both read the version named, the other wrote first: name that change.
            with db.reading() as session:
                what = sentence("Item {item_id}", item_id=item_id)
                raise ConflictError(
                    changed_since_opened(session, "items", item_id, what)
                ) from error
    raise AssertionError("unreachable")


def _edit_item_once(
    db: Database, item_id: int, patch: ItemPatch, today: dt.date | None
) -> ItemResult:
    tables = {"items"}
    with db.transaction() as session:
        item = load_item(session, item_id)
        if patch.expected_version is not None and patch.expected_version != item.version:
            raise ConflictError(
                changed_since_opened(
                    session, "items", item_id, sentence("Item {item_id}", item_id=item_id)
                )
            )
        kind = Kind(item.kind)
        if patch.title is not None:
            item.title = fields.clean_title(patch.title)
        if patch.date is not None:
            # Only a new item's empty date means today; a correction must say the date.
            if isinstance(patch.date, str) and not patch.date.strip():
                raise ValidationError(sentence("The date cannot be empty."), field="date")
            item.date = fields.read_date(patch.date, _today(today))
        if patch.due is not None:
            due = fields.read_optional_date(patch.due, _today(today), sentence("due date"))
            check_due(kind, due)
            item.due = due
        if patch.type is not None:
            if not TYPES[kind] and patch.type.strip():
                raise ValidationError(
                    sentence("A {kind} has no type.", kind=kind.word), field="type"
                )
            item.type = kind_type(kind, patch.type)
        if patch.summary is not None:
            item.summary = patch.summary.strip()
        if patch.location is not None:
            item.location = patch.location.strip()
        if patch.sectors is not None:
            fields.set_sectors(item, patch.sectors)
        if patch.participants is not None and fields.set_participants(
            session, item, patch.participants
        ):
            tables.add("actors")
        if session.is_modified(item) or _collections_changed(patch):
            item.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        session.flush()
        detail = item_detail_in(session, item)
    return ItemResult(detail, Changes(frozenset(tables), frozenset({item_id})))


def _collections_changed(patch: ItemPatch) -> bool:
    return patch.sectors is not None or patch.participants is not None


def delete_item(
    db: Database,
    item_id: int,
    *,
    expected_version: int | None = None,
    unchanged_since: ItemDetail | None = None,
) -> ItemResult:
    """Delete an item with its evidence, follow-ups and links; return it as it was.

    ``expected_version`` (``pakru delete --if-version``) refuses if the item has been
    changed since; ``unchanged_since`` (undo of an add) refuses unless the row is the very
    record of that snapshot with every field as it was, so undo never deletes a colleague's
    work.
    """
    with db.transaction() as session:
        item = load_item(session, item_id)
        detail = item_detail_in(session, item)
        if expected_version is not None and expected_version != item.version:
            raise ConflictError(
                sentence(
                    "Item {item_id} is at version {version}, not {expected}: it was "
                    "changed elsewhere; it was not deleted.",
                    item_id=item_id,
                    version=item.version,
                    expected=expected_version,
                )
            )
        if unchanged_since is not None and (
            detail.created_at != unchanged_since.created_at
            or patch_restoring(detail) != patch_restoring(unchanged_since)
        ):
            raise ConflictError(
                sentence(
                    "{title} was changed elsewhere since; it was not deleted.",
                    title=short_quote(detail.row.title, 40),
                )
            )
        # Deleted one by one (not left to ON DELETE CASCADE) so the history records them.
        for link in session.scalars(
            select(Link).where(or_(Link.from_id == item_id, Link.to_id == item_id))
        ):
            session.delete(link)
        session.flush()  # links first: the item's ON DELETE CASCADE would remove them unseen
        session.delete(item)
    return ItemResult(
        detail,
        Changes(frozenset({"items", "follow_ups", "links", "evidence"}), frozenset({item_id})),
    )
