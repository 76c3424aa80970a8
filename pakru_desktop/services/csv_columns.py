"""The columns of every exported CSV file, in order, and how each cell is written.

README documents these columns; users' spreadsheets and scripts depend on them,
so columns are only ever added at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision
from pakru_desktop.domain.spreadsheet import neutralise_formula
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.store.models import Actor, Evidence, FollowUp, Item, Link, Source

Getter = Callable[[Any], object]
Columns = list[tuple[str, Getter]]

LIST_SEPARATOR = "; "

__all__ = ["ITEM_COLUMNS", "TABLE_FILES", "Columns", "neutralise_formula"]


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _date_columns(prefix: str, start: str, precision: str, inferred: str) -> Columns:
    def iso(row: Any) -> str:
        value = getattr(row, start)
        if value is None:
            return ""
        return FuzzyDate(value, Precision(getattr(row, precision))).iso()

    return [
        (prefix, iso),
        (f"{prefix}_precision", lambda row: getattr(row, precision) or ""),
        (f"{prefix}_inferred", lambda row: _yes_no(getattr(row, inferred))),
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
    columns += _date_columns("date", "date_start", "date_precision", "date_inferred")
    if kind is not Kind.EVENT:
        columns += _date_columns("due", "due_start", "due_precision", "due_inferred")
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
    ]
    return columns


ITEM_COLUMNS: dict[Kind, Columns] = {kind: _item_columns(kind) for kind in Kind}

FOLLOW_UP_COLUMNS: Columns = [
    ("id", lambda f: f.id),
    ("item_id", lambda f: f.item_id),
    *_date_columns("date", "date_start", "date_precision", "date_inferred"),
    ("note", lambda f: f.note),
    ("new_status", lambda f: f.new_status or ""),
    ("source_id", lambda f: f.source_id if f.source_id is not None else ""),
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
    *_date_columns("published", "published_start", "published_precision", "published_inferred"),
    ("date_note", lambda s: s.date_note),
    ("text", lambda s: s.text),
]

EVIDENCE_COLUMNS: Columns = [
    ("id", lambda e: e.id),
    ("item_id", lambda e: e.item_id),
    ("source_id", lambda e: e.source_id),
    ("quote", lambda e: e.quote),
    ("start", lambda e: "" if e.start is None else e.start),
    ("end", lambda e: "" if e.end is None else e.end),
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
