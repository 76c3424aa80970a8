"""Frozen records handed to the GUI and the CLI; they hold no database connection."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.vocabulary import Kind


@dataclass(frozen=True)
class Changes:
    """What a service call touched, so each view refreshes only if it shows it."""

    tables: frozenset[str] = frozenset()
    item_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ParticipantRecord:
    """An actor's name and role in an item."""

    actor_id: int
    name: str
    role: str


@dataclass(frozen=True)
class ItemRow:
    """One row of an item list: what tables and list commands show."""

    id: int
    kind: Kind
    type: str | None
    title: str
    date: FuzzyDate
    due: FuzzyDate | None
    status: str
    location: str
    sectors: tuple[str, ...]
    participants: tuple[ParticipantRecord, ...]


@dataclass(frozen=True)
class EvidenceRecord:
    """A verbatim quote and where it sits in its source."""

    id: int
    source_id: int
    source_title: str
    quote: str
    start: int | None
    end: int | None
    # Set when the quote supports one follow-up of the item rather than the item itself.
    follow_up_id: int | None = None
    # Who published the source, and when (shown under the quote).
    source_publisher: str = ""
    source_published: FuzzyDate | None = None


@dataclass(frozen=True)
class FollowUpRecord:
    """A dated note on an item, possibly changing its status."""

    id: int
    item_id: int
    item_title: str
    date: FuzzyDate
    note: str
    new_status: str | None
    source_id: int | None
    source_title: str | None
    # Quotes supporting this follow-up, in the order they were added.
    evidence: tuple[EvidenceRecord, ...] = ()


@dataclass(frozen=True)
class LinkRecord:
    """A link seen from one item: ``outgoing`` when this item is its ``from`` end."""

    id: int
    type: str
    outgoing: bool
    other_id: int
    other_kind: Kind
    other_title: str
    note: str


@dataclass(frozen=True)
class ItemDetail:
    """Every field of an item with its evidence, follow-ups (date order) and links."""

    row: ItemRow
    summary: str
    base_status: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    evidence: tuple[EvidenceRecord, ...] = ()
    follow_ups: tuple[FollowUpRecord, ...] = ()
    links: tuple[LinkRecord, ...] = ()

    @property
    def id(self) -> int:
        """The item's id."""
        return self.row.id


@dataclass(frozen=True)
class ActorRecord:
    """A person, organisation or state."""

    id: int
    name: str
    kind: str
    country: str
    title: str
    aliases: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class SourceRecord:
    """An article or document; ``text`` is its full text."""

    id: int
    ref: str | None
    title: str
    publisher: str
    url: str | None
    published: FuzzyDate | None
    date_note: str
    text: str
