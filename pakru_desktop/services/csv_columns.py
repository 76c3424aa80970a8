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
Getter = Callable[[Row], object]
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
        (f"{name}_precision", lambda row: row[precision] or ""),
        (f"{name}_inferred", lambda row: _yes_no(row[start] is not None and row[inferred])),
    ]


def _date_end_columns(name: str) -> Columns:
    """``name_end``, ``name_end_precision``: a span's end; empty for a single date.

    Added after every other column, so files written before spans existed keep their order.
    """
    end, precision = f"{name}_end", f"{name}_end_precision"
    return [
        (f"{name}_end", lambda row: _iso(row[end], row[precision])),
        (f"{name}_end_precision", lambda row: row[precision] or ""),
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
    columns: Columns = [("id", lambda i: i["id"]), ("title", lambda i: i["title"])]
    if kind is Kind.EVENT:
        columns.append(("type", lambda i: i["type"] or ""))
    if kind is Kind.AGREEMENT:
        columns.append(("legal_nature", lambda i: i["type"] or ""))
    columns += _date_columns("date")
    if kind is not Kind.EVENT:
        columns += _date_columns("due")
    columns.append(("status", lambda i: i["status"]))
    if kind is Kind.AGREEMENT:
        columns.append(("signatories", lambda i: _people(i, {"signatory"})))
    if kind is Kind.COMMITMENT:
        columns.append(("committed_by", lambda i: _people(i, {"committed-by"})))
        columns.append(("committed_to", lambda i: _people(i, {"committed-to"})))
    columns += [
        ("location", lambda i: i["location"]),
        ("sectors", lambda i: LIST_SEPARATOR.join(i["sectors"])),
        ("participants", _people),
        ("summary", lambda i: i["summary"]),
        ("created_at", lambda i: _stamp(i["created_at"])),
        ("updated_at", lambda i: _stamp(i["updated_at"])),
        *_date_end_columns("date"),
    ]
    if kind is not Kind.EVENT:
        columns += _date_end_columns("due")
    # The version an import checks before it updates the item (added after the spans).
    columns.append(("version", lambda i: i["version"]))
    return columns


ITEM_COLUMNS: dict[Kind, Columns] = {kind: _item_columns(kind) for kind in Kind}


def _blank_if_none(value: Any) -> object:
    return "" if value is None else value


def _aliases(value: Any) -> str:
    names = json.loads(value) if isinstance(value, str) else value
    return LIST_SEPARATOR.join(names or ())


FOLLOW_UP_COLUMNS: Columns = [
    ("id", lambda f: f["id"]),
    ("item_id", lambda f: f["item_id"]),
    *_date_columns("date"),
    ("note", lambda f: f["note"]),
    ("new_status", lambda f: f["new_status"] or ""),
    ("source_id", lambda f: _blank_if_none(f["source_id"])),
    *_date_end_columns("date"),
]

ACTOR_COLUMNS: Columns = [
    ("id", lambda a: a["id"]),
    ("name", lambda a: a["name"]),
    ("kind", lambda a: a["kind"]),
    ("country", lambda a: a["country"]),
    ("title", lambda a: a["title"]),
    ("aliases", lambda a: _aliases(a["aliases"])),
]

SOURCE_COLUMNS: Columns = [
    ("id", lambda s: s["id"]),
    ("ref", lambda s: s["ref"] or ""),
    ("title", lambda s: s["title"]),
    ("publisher", lambda s: s["publisher"]),
    ("url", lambda s: s["url"] or ""),
    *_date_columns("published"),
    ("date_note", lambda s: s["date_note"]),
    ("text", lambda s: s["text"]),
    *_date_end_columns("published"),
    ("language", lambda s: s["language"]),
]

EVIDENCE_COLUMNS: Columns = [
    ("id", lambda e: e["id"]),
    ("item_id", lambda e: e["item_id"]),
    ("source_id", lambda e: e["source_id"]),
    ("quote", lambda e: e["quote"]),
    ("start", lambda e: _blank_if_none(e["start"])),
    ("end", lambda e: _blank_if_none(e["end"])),
    ("follow_up_id", lambda e: _blank_if_none(e["follow_up_id"])),
]

LINK_COLUMNS: Columns = [
    ("id", lambda link: link["id"]),
    ("from_id", lambda link: link["from_id"]),
    ("type", lambda link: link["type"]),
    ("to_id", lambda link: link["to_id"]),
    ("note", lambda link: link["note"]),
]

# File name (without .csv) → (table, columns). Item files are added per kind.
TABLE_FILES: dict[str, tuple[str, Columns]] = {
    "follow_ups": ("follow_ups", FOLLOW_UP_COLUMNS),
    "actors": ("actors", ACTOR_COLUMNS),
    "sources": ("sources", SOURCE_COLUMNS),
    "evidence": ("evidence", EVIDENCE_COLUMNS),
    "links": ("links", LINK_COLUMNS),
}
