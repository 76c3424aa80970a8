"""Resolution of the fields people type against the database: participants, sectors, sources.

Shared by adding and editing so both accept exactly the same input; the checks that need
no database are in ``domain.item_input``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import NotFoundError, ValidationError, message_of, sentence
from pakru_desktop.domain.item_input import (  # noqa: F401 (the checks, for the services)
    MAX_TITLE,
    clean_sectors,
    clean_title,
    parse_participant,
    read_date,
    read_optional_date,
)
from pakru_desktop.services.quote_matching import locate
from pakru_desktop.services.web_address import clean_url
from pakru_desktop.store.models import Actor, Evidence, Item, ItemSector, Participation, Source


def find_actor(session: Session, name: str) -> Actor | None:
    """The actor whose name or alias equals ``name``, ignoring case in any script."""
    actor = session.scalar(select(Actor).where(Actor.name == name))
    if actor is not None:
        return actor
    # SQLite's lower() folds ASCII only ("Сергей" would not match "сергей"), and aliases
    # live in a JSON list, so compare in Python; the actors table stays small.
    wanted = name.casefold()
    for candidate in session.scalars(select(Actor).order_by(Actor.id)):
        names = [candidate.name, *(candidate.aliases or ())]
        if any(n.casefold() == wanted for n in names):
            return candidate
    return None


def actor_for(session: Session, name: str) -> tuple[Actor, bool]:
    """The actor called ``name``, created if new; the flag says whether it was created."""
    actor = find_actor(session, name)
    if actor is not None:
        return actor, False
    actor = Actor(name=name, kind="person", country="", title="", aliases=[])
    session.add(actor)
    return actor, True


def set_participants(
    session: Session, item: Item, participants: Sequence[str | tuple[str, str]]
) -> bool:
    """Replace the item's participants; return True if any actor had to be created."""
    created_any = False
    wanted: list[tuple[Actor, str]] = []
    for entry in participants:
        name, role = parse_participant(entry) if isinstance(entry, str) else entry
        actor, created = actor_for(session, name)
        created_any |= created
        if not any(a is actor and r == role for a, r in wanted):
            wanted.append((actor, role))
    # Keep rows that stay, so the flush never inserts a duplicate before deleting the old one.
    existing = {(p.actor_id, p.role): p for p in item.participants if p.actor_id is not None}
    item.participants = [
        existing.get((a.id, r)) or Participation(actor=a, role=r) for a, r in wanted
    ]
    return created_any


def set_sectors(item: Item, sectors: Iterable[str]) -> None:
    """Replace the item's sector tags (normalised, duplicates dropped, in name order)."""
    tags = clean_sectors(sectors)
    existing = {s.sector: s for s in item.sectors}
    item.sectors = [existing.get(tag) or ItemSector(sector=tag) for tag in tags]


def source_for_url(session: Session, url: str) -> tuple[Source, bool]:
    """The source with this URL, created (with no text yet) if unknown."""
    if not url.strip():
        raise ValidationError(sentence("The source URL cannot be empty."), field="source_url")
    try:
        url = clean_url(url) or ""
    except ValidationError as error:
        raise ValidationError(message_of(error), field="source_url") from None
    source = session.scalar(select(Source).where(Source.url == url))
    if source is not None:
        return source, False
    source = Source(url=url, title=url, publisher="", text="", date_note="")
    session.add(source)
    return source, True


def source_by_id(session: Session, source_id: int) -> Source:
    """The source with this id, or a sentence saying there is none."""
    source = session.get(Source, source_id)
    if source is None:
        raise NotFoundError(
            sentence("There is no source with id {source_id}.", source_id=source_id)
        )
    return source


def make_evidence(source: Source, quote: str) -> Evidence:
    """Evidence for ``quote``, located in the source's text when the text is stored."""
    text, start, end = locate(source, quote)
    return Evidence(source=source, quote=text, start=start, end=end)
