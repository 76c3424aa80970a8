"""Links between items: implements, fulfils, follows-up, part-of, mentions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from pakru_desktop.domain.errors import ConflictError, NotFoundError, ValidationError, sentence
from pakru_desktop.domain.vocabulary import check_link_type
from pakru_desktop.services.convert import link_record
from pakru_desktop.services.database import Database
from pakru_desktop.services.items import load_item
from pakru_desktop.services.records import Changes, LinkRecord
from pakru_desktop.store.models import Link


@dataclass(frozen=True)
class LinkResult:
    """The link as seen from its ``from`` item, and what was touched."""

    link: LinkRecord
    changes: Changes


def add_link(db: Database, from_id: int, link_type: str, to_id: int, note: str = "") -> LinkResult:
    """Link item ``from_id`` to item ``to_id`` (e.g. a project *implements* an agreement)."""
    code = check_link_type(link_type)
    if from_id == to_id:
        raise ValidationError(sentence("An item cannot be linked to itself."))
    with db.transaction() as session:
        source_item, target = load_item(session, from_id), load_item(session, to_id)
        duplicate = session.scalar(
            select(Link.id).where(Link.from_id == from_id, Link.to_id == to_id, Link.type == code)
        )
        if duplicate is not None:
            raise ConflictError(
                sentence(
                    "Item {from_id} already {link_type} item {to_id}.",
                    from_id=from_id,
                    link_type=code,
                    to_id=to_id,
                )
            )
        link = Link(from_id=source_item.id, to_id=target.id, type=code, note=note.strip())
        session.add(link)
        session.flush()
        record = link_record(link, from_id, target)
    return LinkResult(record, Changes(frozenset({"links"}), frozenset({from_id, to_id})))


def remove_link(db: Database, link_id: int) -> LinkResult:
    """Remove a link; return it as it was, so it can be restored."""
    with db.transaction() as session:
        link = session.get(Link, link_id)
        if link is None:
            raise NotFoundError(sentence("There is no link with id {link_id}.", link_id=link_id))
        record = link_record(link, link.from_id, load_item(session, link.to_id))
        ends = frozenset({link.from_id, link.to_id})
        session.delete(link)
    return LinkResult(record, Changes(frozenset({"links"}), ends))
