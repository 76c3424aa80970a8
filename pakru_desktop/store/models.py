"""SQLAlchemy 2.0 typed models of every table.

All four kinds of item share one ``items`` table (single-table inheritance in
spirit: kind-specific fields are nullable columns), so search, follow-ups,
evidence and links treat every kind alike. Dates are stored as their earliest
day plus precision and an inferred flag, the parts of a ``FuzzyDate``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    composite,
    mapped_column,
    relationship,
    validates,
)

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.sort_key import sort_key

# Explicit constraint names keep Alembic batch migrations on SQLite predictable.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _fuzzy_date(prefix: str) -> Any:
    """One ``FuzzyDate`` attribute over the six ``<prefix>_…`` columns (None when unset).

    ``<prefix>_last``, the last day the date covers, is written with the rest so that filters
    and due-date queries can test overlap with plain, indexable comparisons.
    """
    return composite(
        FuzzyDate.from_parts,
        f"{prefix}_start",
        f"{prefix}_precision",
        f"{prefix}_inferred",
        f"{prefix}_end",
        f"{prefix}_end_precision",
        f"{prefix}_last",
    )


# SQLite hands a deleted row's id to the next insert unless a table is AUTOINCREMENT; an id
# that once named a record (in the history, in an undo step, in a colleague's notes) must
# never name another one.
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}

class Base(DeclarativeBase):
    """Declarative base carrying the naming convention."""

    metadata = MetaData(naming_convention=NAMING)


class Item(Base):
    """An event, agreement, project or commitment."""

    __tablename__ = "items"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('event', 'agreement', 'project', 'commitment')", name="kind_known"
        ),
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        Index("ix_items_kind_date_last", "kind", "date_last"),
        Index("ix_items_kind_due_last", "kind", "due_last"),
        # One per sortable column of a list, in the list's order (migration 0006), so a
        # sorted list is read in order from an index however long it is.
        Index("ix_items_kind", "kind"),
        Index("ix_items_kind_date", "kind", "date_start", "date_precision"),
        Index("ix_items_kind_due", "kind", "due_start", "due_precision"),
        Index("ix_items_kind_title", "kind", "title_key"),
        Index("ix_items_kind_location", "kind", "location_key"),
        Index("ix_items_kind_status", "kind", "status"),
        Index("ix_items_kind_status_date", "kind", "status", "date_start", "date_precision"),
        Index("ix_items_kind_type", "kind", "type"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    type: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    date_start: Mapped[dt.date] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(8))
    date_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_end_precision: Mapped[str | None] = mapped_column(String(8))
    date_last: Mapped[dt.date] = mapped_column(Date)
    due_start: Mapped[dt.date | None] = mapped_column(Date)
    due_precision: Mapped[str | None] = mapped_column(String(8))
    # Nullable: clearing the due date sets every one of its columns to NULL.
    due_inferred: Mapped[bool | None] = mapped_column(Boolean, default=False)
    due_end: Mapped[dt.date | None] = mapped_column(Date)
    due_end_precision: Mapped[str | None] = mapped_column(String(8))
    due_last: Mapped[dt.date | None] = mapped_column(Date)
    # The status the item was recorded with; ``status`` is the current one, which equals
    # the latest status-changing follow-up, or ``base_status`` when there is none.
    base_status: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32), index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)
    # What the lists sort titles and places by (``domain.sort_key``), set with them.
    title_key: Mapped[str] = mapped_column(String(300), default="", server_default="")
    location_key: Mapped[str] = mapped_column(String(200), default="", server_default="")

    date: Mapped[FuzzyDate] = _fuzzy_date("date")
    due: Mapped[FuzzyDate | None] = _fuzzy_date("due")

    sectors: Mapped[list[ItemSector]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ItemSector.sector"
    )
    participants: Mapped[list[Participation]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Participation.id"
    )
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Evidence.id"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="item", cascade="all, delete-orphan"
    )

    # Optimistic concurrency: an UPDATE from a stale copy matches no row and fails.
    __mapper_args__ = {"version_id_col": version}

    @validates("title", "location")
    def _keep_sort_keys(self, name: str, value: str) -> str:
        # Every write of a title or place through the ORM keeps its sort key with it;
        # writes that bypass the ORM (demo data) set the keys themselves.
        setattr(self, f"{name}_key", sort_key(value))
        return value


class ItemSector(Base):
    """One sector tag of an item; a table, not a text column, so filters use an index."""

    __tablename__ = "item_sectors"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    sector: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    item: Mapped[Item] = relationship(back_populates="sectors")


class Actor(Base):
    """A person, organisation or state taking part in items."""

    __tablename__ = "actors"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="person")
    country: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)


class Participation(Base):
    """An actor's part in an item, with a role (host, signatory, committed-by …)."""

    __tablename__ = "participations"
    __table_args__ = (UniqueConstraint("item_id", "actor_id", "role", name="uq_participation"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(32), default="participant")

    item: Mapped[Item] = relationship(back_populates="participants")
    actor: Mapped[Actor] = relationship()


class Source(Base):
    """An article or document that items are drawn from, with its full text."""

    __tablename__ = "sources"
    __table_args__ = (
        # The sources list's order, read without touching the articles' texts (0006).
        Index("ix_sources_published", "published_start", "id"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    publisher: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    published_start: Mapped[dt.date | None] = mapped_column(Date)
    published_precision: Mapped[str | None] = mapped_column(String(8))
    published_inferred: Mapped[bool | None] = mapped_column(Boolean, default=False)
    published_end: Mapped[dt.date | None] = mapped_column(Date)
    published_end_precision: Mapped[str | None] = mapped_column(String(8))
    published_last: Mapped[dt.date | None] = mapped_column(Date)
    date_note: Mapped[str] = mapped_column(Text, default="")
    # An IETF language tag such as "en", "ru", "ur"; empty when not known.
    language: Mapped[str] = mapped_column(String(35), default="")
    text: Mapped[str] = mapped_column(Text, default="")

    published: Mapped[FuzzyDate | None] = _fuzzy_date("published")


class Evidence(Base):
    """A verbatim quote from a source supporting an item, with its character offsets.

    With ``follow_up_id`` it supports that follow-up of the item (a reported outcome).
    """

    __tablename__ = "evidence"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT"), index=True
    )
    quote: Mapped[str] = mapped_column(Text)
    follow_up_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="CASCADE"), index=True
    )
    # Offsets into Source.text; None when the source's text is not stored.
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)

    item: Mapped[Item] = relationship(back_populates="evidence")
    source: Mapped[Source] = relationship()
    follow_up: Mapped[FollowUp | None] = relationship(back_populates="evidence")


class FollowUp(Base):
    """A dated note on what happened next, optionally changing the item's status."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_item_date", "item_id", "date_start"),
        # The latest follow-ups across all items, newest first (migration 0005).
        Index("ix_follow_ups_date", "date_start", "id"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    date_start: Mapped[dt.date] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(8))
    date_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_end_precision: Mapped[str | None] = mapped_column(String(8))
    date_last: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    new_status: Mapped[str | None] = mapped_column(String(32))
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)

    date: Mapped[FuzzyDate] = _fuzzy_date("date")

    item: Mapped[Item] = relationship(back_populates="follow_ups")
    source: Mapped[Source | None] = relationship()
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="follow_up", order_by="Evidence.id", passive_deletes=True
    )


class Link(Base):
    """A typed relation from one item to another (implements, fulfils, part-of …)."""

    __tablename__ = "links"
    __table_args__ = (
        UniqueConstraint("from_id", "to_id", "type", name="uq_link"),
        CheckConstraint("from_id <> to_id", name="not_self"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    to_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")


class HistoryEntry(Base):
    """One field of one record changed by one user action: when (UTC), by whom, old → new.

    Inserts and deletes write a row per field too (old or new empty), so the state of any
    record on any past day is the latest ``new`` of each of its fields up to that moment.
    Values are JSON text; dates in their ISO form (``2025-11-17/2025-11-18`` for a span).
    """

    __tablename__ = "history"
    __table_args__ = (
        Index("ix_history_record", "table_name", "row_id", "id"),
        Index("ix_history_item", "item_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)
    who: Mapped[str] = mapped_column(String(200), default="")
    # One user action may write many rows; they share this number.
    change: Mapped[int] = mapped_column(Integer, default=0)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[int] = mapped_column(Integer)
    # The item the record belongs to (itself, or a follow-up's, evidence's or link's item),
    # so an item's whole history is one indexed query; None for sources and actors.
    item_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))
    field: Mapped[str] = mapped_column(String(64))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class AppMeta(Base):
    """Facts about the database itself (e.g. which seed dataset version it was built from)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# Every flush refuses text no record may hold, whichever path wrote it.
from pakru_desktop.store import text_guard as _text_guard  # noqa: E402, F401
