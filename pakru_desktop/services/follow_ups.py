"""Follow-ups: what happened next to an item, each possibly changing its status.

An item's status always equals its latest status-changing follow-up (or the
status it was recorded with), so every status change is a dated follow-up, with
the source that reported it and, when given, the quote that says so (evidence
attached to the follow-up).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import ConflictError, NotFoundError, ValidationError, sentence
from pakru_desktop.domain.follow_up_input import check_follow_up
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.domain.vocabulary import Kind, check_status
from pakru_desktop.services import item_fields as fields
from pakru_desktop.services.convert import follow_up_record
from pakru_desktop.services.database import Database
from pakru_desktop.services.items import load_item
from pakru_desktop.services.last_change import changed_since_opened
from pakru_desktop.services.quote_matching import locate, short_quote
from pakru_desktop.services.records import Changes, FollowUpRecord
from pakru_desktop.store.models import Evidence, FollowUp, Item
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
        raise ValidationError(sentence("Give the source by URL or by id, not both."))
    if source_id is not None:
        return fields.source_by_id(session, source_id).id, False
    if source_url:
        source, created = fields.source_for_url(session, source_url)
        session.flush()
        return source.id, created
    return None, False


def _set_quote(session: Session, follow_up: FollowUp, quote: str | None) -> bool:
    """Make ``quote`` the follow-up's first quote (from its source); "" removes it.

    Further quotes, added from the source viewer, are left as they are. Returns True if
    evidence was written.
    """
    if quote is None:
        return False
    quote = quote.strip()
    first = follow_up.evidence[0] if follow_up.evidence else None
    if not quote:
        if first is None:
            return False
        session.delete(first)
        return True
    if follow_up.source_id is None:
        raise ValidationError(sentence("A quote needs the source it comes from."), field="quote")
    source = fields.source_by_id(session, follow_up.source_id)
    if first is not None and first.quote == quote and first.source_id == source.id:
        return False
    text, start, end = locate(source, quote)
    if first is None:
        first = Evidence(item=follow_up.item, follow_up=follow_up)
        session.add(first)
    first.source, first.quote, first.start, first.end = source, text, start, end
    return True


def _identity(record: FollowUpRecord) -> tuple[object, ...]:
    quotes = tuple((e.source_id, e.quote) for e in record.evidence)
    return (record.item_id, record.date, record.note, record.new_status, record.source_id, quotes)


def _result(session: Session, follow_up: FollowUp, item: Item, tables: set[str]) -> FollowUpResult:
    session.flush()
    status = refresh_status(session, item)
    session.refresh(follow_up)
    touched = {"follow_ups", "items"} | tables
    return FollowUpResult(
        follow_up_record(follow_up), status, Changes(frozenset(touched), frozenset({item.id}))
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
    quote: str | None = None,
    today: dt.date | None = None,
) -> FollowUpResult:
    """Record a dated follow-up on an item; a status makes it the item's new status.

    ``quote`` (exact words of the source) is stored as evidence for the follow-up.
    """
    date_value = fields.read_date(date, today or dt.date.today())
    with db.transaction() as session:
        item = load_item(session, item_id)
        note, new_status = check_follow_up(Kind(item.kind), note, status)
        source, created = _resolve_source(session, source_url, source_id)
        follow_up = FollowUp(
            item=item,
            date=date_value,
            note=note,
            new_status=new_status,
            source_id=source,
        )
        session.add(follow_up)
        session.flush()
        tables = {"sources"} if created else set()
        if _set_quote(session, follow_up, quote):
            tables.add("evidence")
        return _result(session, follow_up, item, tables)


def set_status(
    db: Database,
    item_id: int,
    status: str,
    *,
    date: str | FuzzyDate | None = None,
    note: str = "",
    source_id: int | None = None,
    source_url: str | None = None,
    quote: str | None = None,
    today: dt.date | None = None,
) -> FollowUpResult:
    """Change an item's status, recorded as a follow-up dated ``date`` (today by default)."""
    return add_follow_up(
        db,
        item_id,
        date=date,
        note=note,
        status=status,
        source_id=source_id,
        source_url=source_url,
        quote=quote,
        today=today,
    )


def _load(session: Session, follow_up_id: int) -> FollowUp:
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFoundError(
            sentence("There is no follow-up with id {follow_up_id}.", follow_up_id=follow_up_id)
        )
    return follow_up


def edit_follow_up(
    db: Database,
    follow_up_id: int,
    *,
    date: str | FuzzyDate | None = None,
    note: str | None = None,
    status: object = _UNSET,
    source_id: object = _UNSET,
    source_url: str | None = None,
    quote: str | None = None,
    today: dt.date | None = None,
    unchanged_since: FollowUpRecord | None = None,
) -> FollowUpResult:
    """Change a follow-up's date, note, status, source or first quote.

    ``status=None`` removes the status change, ``source_id=None`` the source, ``quote=""``
    the first quote; arguments left out keep what is stored. ``unchanged_since`` (the
    record as a window showed it) refuses, naming who changed it and when, if someone
    changed the follow-up meanwhile: an edit never silently overwrites a colleague's.
    """
    with db.transaction() as session:
        follow_up = _load(session, follow_up_id)
        if unchanged_since is not None and _identity(follow_up_record(follow_up)) != _identity(
            unchanged_since
        ):
            what = sentence("The follow-up on {title}", title=short_quote(follow_up.item.title, 40))
            raise ConflictError(changed_since_opened(session, "follow_ups", follow_up_id, what))
        item = follow_up.item
        tables: set[str] = set()
        if date is not None:
            follow_up.date = fields.read_date(date, today or dt.date.today())
        if note is not None:
            follow_up.note = note.strip()
        if status is not _UNSET:
            follow_up.new_status = check_status(Kind(item.kind), str(status)) if status else None
        if source_id is not _UNSET or source_url:
            wanted = None if source_id is _UNSET else source_id
            if wanted is not None and not isinstance(wanted, int):
                raise ValidationError(
                    sentence("{value} is not a source id.", value=quoted(wanted)), field="source"
                )
            new_source, created = _resolve_source(session, source_url or None, wanted)
            if created:
                tables.add("sources")
            if new_source != follow_up.source_id:
                follow_up.source_id = new_source
                session.flush()
                session.expire(follow_up, ["source"])
                # The quote came from the old source; keep it only if it is in the new one.
                if quote is None and follow_up.evidence:
                    quote = follow_up.evidence[0].quote if new_source is not None else ""
        if not follow_up.note and follow_up.new_status is None:
            raise ValidationError(sentence("A follow-up needs a note or a new status."))
        if _set_quote(session, follow_up, quote):
            tables.add("evidence")
        return _result(session, follow_up, item, tables)


def delete_follow_up(
    db: Database, follow_up_id: int, *, unchanged_since: FollowUpRecord | None = None
) -> FollowUpResult:
    """Delete a follow-up with its quotes; the item's status falls back to the previous change.

    ``unchanged_since`` (undo of an add) refuses unless the follow-up is still exactly
    that record, on that item: undo never deletes what someone else wrote.
    """
    with db.transaction() as session:
        follow_up = _load(session, follow_up_id)
        record = follow_up_record(follow_up)
        if unchanged_since is not None and _identity(record) != _identity(unchanged_since):
            raise ConflictError(
                sentence(
                    "The follow-up on {title} was changed elsewhere since; it was not deleted.",
                    title=short_quote(record.item_title, 40),
                )
            )
        item = follow_up.item
        # Deleted through the session (not only by ON DELETE CASCADE) so history records them.
        for evidence in list(follow_up.evidence):
            session.delete(evidence)
        session.delete(follow_up)
        session.flush()
        status = refresh_status(session, item)
        changes = Changes(frozenset({"follow_ups", "items", "evidence"}), frozenset({item.id}))
    return FollowUpResult(record, status, changes)
