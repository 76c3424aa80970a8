"""Evidence: a quote from a source supporting an item, or one follow-up of an item.

A quote must occur in its source's text. People copy quotes from browsers, PDFs and
e-mails, which change line breaks, no-break spaces, curly quotes and dashes, so the
match tolerates exactly those differences and then stores the words as they stand in
the source, with their character offsets. A source whose text is not stored keeps the
quote as typed, without offsets.

Matching a quote in its source lives in ``quote_matching``, shared with the item and
follow-up services.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import ConflictError, NotFoundError, ValidationError, sentence
from pakru_desktop.services.convert import evidence_record
from pakru_desktop.services.database import Database
from pakru_desktop.services.quote_matching import find_quote, locate, short_quote
from pakru_desktop.services.records import Changes, EvidenceRecord
from pakru_desktop.store.models import Evidence, FollowUp, Item, Source


@dataclass(frozen=True)
class EvidenceResult:
    """A piece of evidence (as it is after adding, or as it was before removing), the item
    it belongs to, and what the change touched."""

    evidence: EvidenceRecord
    item_id: int
    changes: Changes


# --- loading ------------------------------------------------------------------------------


def _item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(sentence("There is no item with id {item_id}.", item_id=item_id))
    return item


def _source(session: Session, source_id: int) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFoundError(
            sentence("There is no source with id {source_id}.", source_id=source_id)
        )
    return source


def _follow_up(session: Session, follow_up_id: int, item_id: int) -> FollowUp:
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFoundError(
            sentence("There is no follow-up with id {follow_up_id}.", follow_up_id=follow_up_id)
        )
    if follow_up.item_id != item_id:
        raise ValidationError(
            sentence(
                "Follow-up {follow_up_id} belongs to item {owner_id}, not to item {item_id}; "
                "quote it for that item, or choose one of item {item_id}'s follow-ups.",
                follow_up_id=follow_up_id,
                owner_id=follow_up.item_id,
                item_id=item_id,
            ),
            field="follow_up",
        )
    return follow_up


def _changes(item_id: int) -> Changes:
    return Changes(frozenset({"evidence"}), frozenset({item_id}))


# --- use cases ----------------------------------------------------------------------------


def add_evidence(
    db: Database,
    item_id: int,
    source_id: int,
    quote: str,
    follow_up_id: int | None = None,
    *,
    near: int | None = None,
) -> EvidenceResult:
    """Quote ``source_id`` as evidence for item ``item_id`` (or its follow-up ``follow_up_id``).

    The quote is stored as it stands in the source, with its offsets; ``near`` picks the
    occurrence closest to that offset when the words occur more than once.
    """
    with db.transaction() as session:
        item = _item(session, item_id)
        source = _source(session, source_id)
        if follow_up_id is not None:
            _follow_up(session, follow_up_id, item.id)
        text, start, end = locate(source, quote, near)
        duplicate = session.scalar(
            select(Evidence.id).where(
                Evidence.item_id == item.id,
                Evidence.source_id == source.id,
                Evidence.follow_up_id.is_(None)
                if follow_up_id is None
                else Evidence.follow_up_id == follow_up_id,
                Evidence.quote == text,
                Evidence.start.is_(None) if start is None else Evidence.start == start,
            )
        )
        if duplicate is not None:
            if follow_up_id is not None:
                message = sentence(
                    "This quote is already evidence for follow-up {follow_up_id} "
                    "(evidence {evidence_id}).",
                    follow_up_id=follow_up_id,
                    evidence_id=duplicate,
                )
            else:
                message = sentence(
                    "This quote is already evidence for item {item_id} (evidence {evidence_id}).",
                    item_id=item.id,
                    evidence_id=duplicate,
                )
            raise ConflictError(message)
        evidence = Evidence(
            item_id=item.id,
            source=source,
            follow_up_id=follow_up_id,
            quote=text,
            start=start,
            end=end,
        )
        session.add(evidence)
        session.flush()
        record = evidence_record(evidence)
    return EvidenceResult(record, item_id, _changes(item_id))


def get_evidence(db: Database, evidence_id: int) -> EvidenceResult:
    """One piece of evidence and its item (nothing changes)."""
    with db.reading() as session:
        evidence = _load(session, evidence_id)
        return EvidenceResult(evidence_record(evidence), evidence.item_id, Changes())


def _load(session: Session, evidence_id: int) -> Evidence:
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise NotFoundError(
            sentence("There is no evidence with id {evidence_id}.", evidence_id=evidence_id)
        )
    return evidence


def remove_evidence(db: Database, evidence_id: int) -> EvidenceResult:
    """Remove one piece of evidence; return it as it was, so it can be restored."""
    with db.transaction() as session:
        evidence = _load(session, evidence_id)
        record, item_id = evidence_record(evidence), evidence.item_id
        session.delete(evidence)
    return EvidenceResult(record, item_id, _changes(item_id))


def restore_evidence(db: Database, item_id: int, record: EvidenceRecord) -> EvidenceResult:
    """Put removed evidence back with its id (undo of a removal, redo of an addition).

    Refused with a sentence when its item, source or follow-up is gone, or when the
    source's text no longer holds the quote.
    """
    with db.transaction() as session:
        if session.get(Evidence, record.id) is not None:
            raise ConflictError(
                sentence(
                    "Evidence {evidence_id} already exists; it was not added twice.",
                    evidence_id=record.id,
                )
            )
        if session.get(Item, item_id) is None:
            raise ConflictError(
                sentence(
                    "Item {item_id} no longer exists; its quote cannot be put back.",
                    item_id=item_id,
                )
            )
        source = session.get(Source, record.source_id)
        if source is None:
            raise ConflictError(
                sentence(
                    "Source {source_id} no longer exists; its quote cannot be put back.",
                    source_id=record.source_id,
                )
            )
        if record.follow_up_id is not None and session.get(FollowUp, record.follow_up_id) is None:
            raise ConflictError(
                sentence(
                    "Follow-up {follow_up_id} no longer exists; its quote cannot be put back.",
                    follow_up_id=record.follow_up_id,
                )
            )
        quote, start, end = record.quote, record.start, record.end
        stale = start is None or end is None or source.text[start:end] != quote
        if source.text and stale:
            try:
                quote, start, end = locate(source, record.quote, record.start)
            except ValidationError:
                raise ConflictError(
                    sentence(
                        "The text of source {source_id} changed and no longer holds the quote; "
                        "it was not put back.",
                        source_id=source.id,
                    )
                ) from None
        elif not source.text:
            start = end = None
        evidence = Evidence(
            id=record.id,
            item_id=item_id,
            source=source,
            follow_up_id=record.follow_up_id,
            quote=quote,
            start=start,
            end=end,
        )
        session.add(evidence)
        session.flush()
        restored = evidence_record(evidence)
    return EvidenceResult(restored, item_id, _changes(item_id))


def reanchor(session: Session, source: Source, new_text: str) -> set[int]:
    """Move the offsets of every quote of ``source`` into ``new_text`` (before it is stored).

    With an empty text the quotes keep their words and lose their offsets. A quote that
    ``new_text`` no longer holds refuses the change with a sentence. Returns the ids of the
    items whose evidence changed.
    """
    quotes = list(session.scalars(select(Evidence).where(Evidence.source_id == source.id)))
    placed: list[tuple[Evidence, tuple[int, int] | None]] = []
    missing: list[Evidence] = []
    for evidence in quotes:
        span = find_quote(new_text, evidence.quote, evidence.start) if new_text else None
        if new_text and span is None:
            missing.append(evidence)
        placed.append((evidence, span))
    if missing:
        ids = ", ".join(str(e.id) for e in missing[:5]) + (" …" if len(missing) > 5 else "")
        if len(missing) == 1:
            message = sentence(
                "The new text no longer contains {count} quote taken from this source "
                "(evidence {ids}, e.g. {quote}); keep those passages or "
                "remove that evidence first.",
                count=len(missing),
                ids=ids,
                quote=short_quote(missing[0].quote),
            )
        else:
            message = sentence(
                "The new text no longer contains {count} quotes taken from this source "
                "(evidence {ids}, e.g. {quote}); keep those passages or "
                "remove that evidence first.",
                count=len(missing),
                ids=ids,
                quote=short_quote(missing[0].quote),
            )
        raise ValidationError(message, field="text")
    touched: set[int] = set()
    for evidence, span in placed:
        new: tuple[str, int | None, int | None]
        if span is None:
            new = (evidence.quote, None, None)
        else:
            new = (new_text[span[0] : span[1]], span[0], span[1])
        if (evidence.quote, evidence.start, evidence.end) != new:
            evidence.quote, evidence.start, evidence.end = new
            touched.add(evidence.item_id)
    return touched
