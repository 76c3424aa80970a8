"""The columns of every exported CSV file, in order, and how each cell is written.

README documents these columns; users' spreadsheets and scripts depend on them,
so columns are only ever added at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.spreadsheet import neutralise_formula
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.store.models import Actor, Evidence, FollowUp, Item, Link, Source

Getter = Callable[[Any], object]
Columns = list[tuple[str, Getter]]

LIST_SEPARATOR = "; "

__all__ = ["ITEM_COLUMNS", "TABLE_FILES", "Columns", "neutralise_formula"]


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _date_columns(name: str) -> Columns:
    """``name``, ``name_precision``, ``name_inferred``: the date, or a span's start."""

    def value(row: Any) -> FuzzyDate | None:
        date: FuzzyDate | None = getattr(row, name)
        return date

    return [
        (name, lambda row: d.iso() if (d := value(row)) else ""),
        (f"{name}_precision", lambda row: d.precision.value if (d := value(row)) else ""),
        (f"{name}_inferred", lambda row: _yes_no(bool((d := value(row)) and d.inferred))),
    ]


def _date_end_columns(name: str) -> Columns:
    """``name_end``, ``name_end_precision``: a span's end; empty for a single date.

    Added after every other column, so files written before spans existed keep their order.
    """

    def until(row: Any) -> FuzzyDate | None:
        date: FuzzyDate | None = getattr(row, name)
        return date.until if date else None

    return [
        (f"{name}_end", lambda row: u.iso() if (u := until(row)) else ""),
        (f"{name}_end_precision", lambda row: u.precision.value if (u := until(row)) else ""),
    ]


def _people(item: Item, roles: set[str] | None = None) -> str:
    entries = [
        p.actor.name if roles else f"{p.actor.name} ({p.role})"
        for p in item.participants
        if roles is None or p.role in roles
    ]
    return LIST_SEPARATOR.join(entries)


def _item_columns(kind: Kind) -> Columns:
    columns: Columns = [("id", lambda i: i.id), ("title", lambda i: i.title)]
    if kind is Kind.EVENT:
        columns.append(("type", lambda i: i.type or ""))
    if kind is Kind.AGREEMENT:
        columns.append(("legal_nature", lambda i: i.type or ""))
    columns += _date_columns("date")
    if kind is not Kind.EVENT:
        columns += _date_columns("due")
    columns.append(("status", lambda i: i.status))
    if kind is Kind.AGREEMENT:
        columns.append(("signatories", lambda i: _people(i, {"signatory"})))
    if kind is Kind.COMMITMENT:
        columns.append(("committed_by", lambda i: _people(i, {"committed-by"})))
        columns.append(("committed_to", lambda i: _people(i, {"committed-to"})))
    columns += [
        ("location", lambda i: i.location),
        ("sectors", lambda i: LIST_SEPARATOR.join(s.sector for s in i.sectors)),
        ("participants", _people),
        ("summary", lambda i: i.summary),
        ("created_at", lambda i: i.created_at.isoformat(timespec="seconds")),
        ("updated_at", lambda i: i.updated_at.isoformat(timespec="seconds")),
        *_date_end_columns("date"),
    ]
    if kind is not Kind.EVENT:
        columns += _date_end_columns("due")
    # The version an import checks before it updates the item (added after the spans).
    columns.append(("version", lambda i: i.version))
    return columns


ITEM_COLUMNS: dict[Kind, Columns] = {kind: _item_columns(kind) for kind in Kind}

FOLLOW_UP_COLUMNS: Columns = [
    ("id", lambda f: f.id),
    ("item_id", lambda f: f.item_id),
    *_date_columns("date"),
    ("note", lambda f: f.note),
    ("new_status", lambda f: f.new_status or ""),
    ("source_id", lambda f: f.source_id if f.source_id is not None else ""),
    *_date_end_columns("date"),
]

ACTOR_COLUMNS: Columns = [
    ("id", lambda a: a.id),
    ("name", lambda a: a.name),
    ("kind", lambda a: a.kind),
    ("country", lambda a: a.country),
    ("title", lambda a: a.title),
    ("aliases", lambda a: LIST_SEPARATOR.join(a.aliases or ())),
]

SOURCE_COLUMNS: Columns = [
    ("id", lambda s: s.id),
    ("ref", lambda s: s.ref or ""),
    ("title", lambda s: s.title),
    ("publisher", lambda s: s.publisher),
    ("url", lambda s: s.url or ""),
    *_date_columns("published"),
    ("date_note", lambda s: s.date_note),
    ("text", lambda s: s.text),
    *_date_end_columns("published"),
    ("language", lambda s: s.language),
]

EVIDENCE_COLUMNS: Columns = [
    ("id", lambda e: e.id),
    ("item_id", lambda e: e.item_id),
    ("source_id", lambda e: e.source_id),
    ("quote", lambda e: e.quote),
    ("start", lambda e: "" if e.start is None else e.start),
    ("end", lambda e: "" if e.end is None else e.end),
    ("follow_up_id", lambda e: "" if e.follow_up_id is None else e.follow_up_id),
]

LINK_COLUMNS: Columns = [
    ("id", lambda link: link.id),
    ("from_id", lambda link: link.from_id),
    ("type", lambda link: link.type),
    ("to_id", lambda link: link.to_id),
    ("note", lambda link: link.note),
]

# File name (without .csv) → (model, columns). Item files are added per kind.
TABLE_FILES: dict[str, tuple[type, Columns]] = {
    "follow_ups": (FollowUp, FOLLOW_UP_COLUMNS),
    "actors": (Actor, ACTOR_COLUMNS),
    "sources": (Source, SOURCE_COLUMNS),
    "evidence": (Evidence, EVIDENCE_COLUMNS),
    "links": (Link, LINK_COLUMNS),
}
