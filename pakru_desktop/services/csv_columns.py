"""The columns of every exported CSV file, in order, and how each cell is written.

README documents these columns; users' spreadsheets and scripts depend on them,
so columns are only ever added at the end.

Cells are written from rows as the database returns them (a mapping of column names to
values), never from ORM objects: an export of a million items streams them through a
cursor. SQLite returns dates and times as ISO text, booleans as 0/1 and JSON as text;
other databases return Python values — every cell below reads both.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

from pakru_desktop.domain.spreadsheet import neutralise_formula
from pakru_desktop.domain.vocabulary import Kind

Row = Mapping[str, Any]
# A column's cell: the row's value under that name as it is (None is written as an empty
# cell), or a function of the row.
Getter = Callable[[Row], object] | str
Columns = list[tuple[str, Getter]]

LIST_SEPARATOR = "; "

__all__ = ["ITEM_COLUMNS", "TABLE_FILES", "Columns", "neutralise_formula"]


def _yes_no(value: object) -> str:
    return "yes" if value else "no"


def _day(value: Any) -> str:
    """A stored day as ISO text."""
    return value if isinstance(value, str) else value.isoformat()


def _iso(start: Any, precision: str | None) -> str:
    """A date's machine form (``FuzzyDate.iso``) from its stored start and precision:
    ``2025-09-02``, ``2024-09``, ``2026-Q1`` or ``2024``."""
    if start is None or precision is None:
        return ""
    day = _day(start)
    if precision == "day":
        return day
    if precision == "month":
        return day[:7]
    if precision == "quarter":
        return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"
    return day[:4]


def _stamp(value: Any) -> str:
    """A stored moment to the second, ``2025-09-02T10:30:00``."""
    if isinstance(value, str):
        return value[:19].replace(" ", "T")
    return value.isoformat(timespec="seconds") if isinstance(value, dt.datetime) else ""


def _date_columns(name: str) -> Columns:
    """``name``, ``name_precision``, ``name_inferred``: the date, or a span's start."""
    start, precision, inferred = f"{name}_start", f"{name}_precision", f"{name}_inferred"
    return [
        (name, lambda row: _iso(row[start], row[precision])),
        (f"{name}_precision", precision),
        (f"{name}_inferred", lambda row: _yes_no(row[start] is not None and row[inferred])),
    ]


def _date_end_columns(name: str) -> Columns:
    """``name_end``, ``name_end_precision``: a span's end; empty for a single date.

    Added after every other column, so files written before spans existed keep their order.
    """
    end, precision = f"{name}_end", f"{name}_end_precision"
    return [
        (f"{name}_end", lambda row: _iso(row[end], row[precision])),
        (f"{name}_end_precision", precision),
    ]


def _people(row: Row, roles: set[str] | None = None) -> str:
    """Participants as ``name (role)``; only the names of those in ``roles`` if given."""
    entries = [
        name if roles else f"{name} ({role})"
        for name, role in row["participants"]
        if roles is None or role in roles
    ]
    return LIST_SEPARATOR.join(entries)


def _item_columns(kind: Kind) -> Columns:
    columns: Columns = [("id", "id"), ("title", "title")]
    if kind is Kind.EVENT:
        columns.append(("type", "type"))
    if kind is Kind.AGREEMENT:
        columns.append(("legal_nature", "type"))
    columns += _date_columns("date")
    if kind is not Kind.EVENT:
        columns += _date_columns("due")
    columns.append(("status", "status"))
    if kind is Kind.AGREEMENT:
        columns.append(("signatories", lambda i: _people(i, {"signatory"})))
    if kind is Kind.COMMITMENT:
        columns.append(("committed_by", lambda i: _people(i, {"committed-by"})))
        columns.append(("committed_to", lambda i: _people(i, {"committed-to"})))
    columns += [
        ("location", "location"),
        ("sectors", lambda i: LIST_SEPARATOR.join(i["sectors"])),
        ("participants", _people),
        ("summary", "summary"),
        ("created_at", lambda i: _stamp(i["created_at"])),
        ("updated_at", lambda i: _stamp(i["updated_at"])),
        *_date_end_columns("date"),
    ]
    if kind is not Kind.EVENT:
        columns += _date_end_columns("due")
    # The version an import checks before it updates the item (added after the spans).
    columns.append(("version", "version"))
    return columns


ITEM_COLUMNS: dict[Kind, Columns] = {kind: _item_columns(kind) for kind in Kind}


def _aliases(value: Any) -> str:
    names = json.loads(value) if isinstance(value, str) else value
    return LIST_SEPARATOR.join(names or ())


FOLLOW_UP_COLUMNS: Columns = [
    ("id", "id"),
    ("item_id", "item_id"),
    *_date_columns("date"),
    ("note", "note"),
    ("new_status", "new_status"),
    ("source_id", "source_id"),
    *_date_end_columns("date"),
]

ACTOR_COLUMNS: Columns = [
    ("id", "id"),
    ("name", "name"),
    ("kind", "kind"),
    ("country", "country"),
    ("title", "title"),
    ("aliases", lambda a: _aliases(a["aliases"])),
]

SOURCE_COLUMNS: Columns = [
    ("id", "id"),
    ("ref", "ref"),
    ("title", "title"),
    ("publisher", "publisher"),
    ("url", "url"),
    *_date_columns("published"),
    ("date_note", "date_note"),
    ("text", "text"),
    *_date_end_columns("published"),
    ("language", "language"),
]

EVIDENCE_COLUMNS: Columns = [
    ("id", "id"),
    ("item_id", "item_id"),
    ("source_id", "source_id"),
    ("quote", "quote"),
    ("start", "start"),
    ("end", "end"),
    ("follow_up_id", "follow_up_id"),
]

LINK_COLUMNS: Columns = [
    ("id", "id"),
    ("from_id", "from_id"),
    ("type", "type"),
    ("to_id", "to_id"),
    ("note", "note"),
]

# File name (without .csv) → (table, columns). Item files are added per kind.
TABLE_FILES: dict[str, tuple[str, Columns]] = {
    "follow_ups": ("follow_ups", FOLLOW_UP_COLUMNS),
    "actors": ("actors", ACTOR_COLUMNS),
    "sources": ("sources", SOURCE_COLUMNS),
    "evidence": ("evidence", EVIDENCE_COLUMNS),
    "links": ("links", LINK_COLUMNS),
}
