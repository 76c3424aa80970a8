"""The columns of every exported CSV file, in order, and how each cell is written.

README documents these columns; users' spreadsheets and scripts depend on them,
so columns are only ever added at the end.

Cells are written from rows as the database returns them (a mapping of column names to
values), never from ORM objects: an export of a million items streams them through a
cursor. SQLite returns dates and times as ISO text, booleans as 0/1 and JSON as text;
other databases return Python values — every getter below reads both.

On SQLite each column also says how the query itself computes the cell (``Column.sqlite``),
so rows go from the cursor to the file with no Python code per row. Both ways write the
same bytes (``tests/services/test_export_csv.py`` compares them).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from pakru_desktop.domain.spreadsheet import FORMULA_FIRST, neutralise_formula
from pakru_desktop.domain.vocabulary import Kind

Row = Mapping[str, Any]
# A column's cell: the row's value under that name as it is (None is written as an empty
# cell), or a function of the row.
Getter = Callable[[Row], object] | str

# The SQLite function the export registers as ``neutralise_formula``.
GUARD_FUNCTION = "pakru_guard"
_FIRST = ", ".join(f"char({ord(ch)})" for ch in sorted(FORMULA_FIRST))


class Column(NamedTuple):
    """One column of a file: its header, its cell from a row (with its ``sectors`` and
    ``participants``), and on SQLite the cell as the query computes it."""

    header: str
    get: Getter
    sqlite: str


Columns = list[Column]

LIST_SEPARATOR = "; "

__all__ = ["ITEM_COLUMNS", "TABLE_FILES", "Column", "Columns", "neutralise_formula"]


def guarded_sql(sql: str) -> str:
    """SQL: ``sql`` with a formula guarded, as ``neutralise_formula`` does; the function is
    called only for the rare cell whose first character may start one."""
    guarded = f"{GUARD_FUNCTION}({sql})"
    return f"CASE WHEN substr({sql}, 1, 1) IN ({_FIRST}) THEN {guarded} ELSE {sql} END"


def _stored(header: str, name: str | None = None) -> Column:
    """A column written as stored (formulas guarded)."""
    name = name or header
    return Column(header, name, guarded_sql(f'"{name}"'))  # quoted: "end" is a keyword


def iso_sql(start: str, precision: str) -> str:
    """SQL of ``_iso``."""
    return (
        f"CASE WHEN {start} IS NULL OR {precision} IS NULL THEN ''"
        f" WHEN {precision} = 'day' THEN {start}"
        f" WHEN {precision} = 'month' THEN substr({start}, 1, 7)"
        f" WHEN {precision} = 'quarter' THEN substr({start}, 1, 4) || '-Q' ||"
        f" ((CAST(substr({start}, 6, 2) AS INTEGER) - 1) / 3 + 1)"
        f" ELSE substr({start}, 1, 4) END"
    )


def joined_sql(value: str, source: str, order: str, *, guard: bool = True) -> str:
    """SQL: the ``value`` of each row of ``source`` (FROM … WHERE …) in ``order``, joined
    with ``LIST_SEPARATOR``, formulas guarded (unless ``guard`` is False).

    The rows are ordered in a subquery that the aggregate reads as it comes (SQLite does
    not flatten an ordered subquery into an aggregate, so group_concat meets them in that
    order); the guard reads the joined text once, as ``v``, rather than joining it again.
    """
    rows = f"SELECT {value} AS x {source} ORDER BY {order}"
    joined = f"SELECT COALESCE(group_concat(x, '{LIST_SEPARATOR}'), '') AS v FROM ({rows})"
    return f"(SELECT {guarded_sql('v') if guard else 'v'} FROM ({joined}))"


def _people_sql(roles: str | None = None) -> str:
    """SQL of ``_people``: ``roles`` is an SQL list of role codes, or None for everyone."""
    value = "a.name" if roles else "a.name || ' (' || p.role || ')'"
    only = f" AND p.role IN ({roles})" if roles else ""
    source = ("FROM participations p JOIN actors a ON a.id = p.actor_id"
              f" WHERE p.item_id = items.id{only}")  # fmt: skip
    return joined_sql(value, source, "p.id")


def _stamp_sql(name: str) -> str:
    """SQL of ``_stamp``."""
    return f"COALESCE(replace(substr({name}, 1, 19), ' ', 'T'), '')"


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
        Column(name, lambda row: _iso(row[start], row[precision]), iso_sql(start, precision)),
        _stored(f"{name}_precision", precision),
        Column(
            f"{name}_inferred",
            lambda row: _yes_no(row[start] is not None and row[inferred]),
            f"CASE WHEN {start} IS NOT NULL AND {inferred} THEN 'yes' ELSE 'no' END",
        ),
    ]


def _date_end_columns(name: str) -> Columns:
    """``name_end``, ``name_end_precision``: a span's end; empty for a single date.

    Added after every other column, so files written before spans existed keep their order.
    """
    end, precision = f"{name}_end", f"{name}_end_precision"
    return [
        Column(f"{name}_end", lambda row: _iso(row[end], row[precision]), iso_sql(end, precision)),
        _stored(f"{name}_end_precision", precision),
    ]


def _people(row: Row, roles: set[str] | None = None) -> str:
    """Participants as ``name (role)``; only the names of those in ``roles`` if given."""
    entries = [
        name if roles else f"{name} ({role})"
        for name, role in row["participants"]
        if roles is None or role in roles
    ]
    return LIST_SEPARATOR.join(entries)


def _role_column(header: str, role: str) -> Column:
    """The names of the participants in ``role``."""
    return Column(header, lambda i: _people(i, {role}), _people_sql(f"'{role}'"))


def _item_columns(kind: Kind) -> Columns:
    # The id first: the lists of each row are found by it (``export_csv``).
    columns: Columns = [_stored("id"), _stored("title")]
    if kind is Kind.EVENT:
        columns.append(_stored("type"))
    if kind is Kind.AGREEMENT:
        columns.append(_stored("legal_nature", "type"))
    columns += _date_columns("date")
    if kind is not Kind.EVENT:
        columns += _date_columns("due")
    columns.append(_stored("status"))
    if kind is Kind.AGREEMENT:
        columns.append(_role_column("signatories", "signatory"))
    if kind is Kind.COMMITMENT:
        columns.append(_role_column("committed_by", "committed-by"))
        columns.append(_role_column("committed_to", "committed-to"))
    columns += [
        _stored("location"),
        Column(
            "sectors",
            lambda i: LIST_SEPARATOR.join(i["sectors"]),
            joined_sql("sector", "FROM item_sectors WHERE item_id = items.id", "sector"),
        ),
        Column("participants", _people, _people_sql()),
        _stored("summary"),
        Column("created_at", lambda i: _stamp(i["created_at"]), _stamp_sql("created_at")),
        Column("updated_at", lambda i: _stamp(i["updated_at"]), _stamp_sql("updated_at")),
        *_date_end_columns("date"),
    ]
    if kind is not Kind.EVENT:
        columns += _date_end_columns("due")
    # The version an import checks before it updates the item (added after the spans).
    columns.append(_stored("version"))
    return columns


ITEM_COLUMNS: dict[Kind, Columns] = {kind: _item_columns(kind) for kind in Kind}


def _aliases(value: Any) -> str:
    names = json.loads(value) if isinstance(value, str) else value
    return LIST_SEPARATOR.join(names or ())


FOLLOW_UP_COLUMNS: Columns = [
    _stored("id"),
    _stored("item_id"),
    *_date_columns("date"),
    _stored("note"),
    _stored("new_status"),
    _stored("source_id"),
    *_date_end_columns("date"),
]

ACTOR_COLUMNS: Columns = [
    _stored("id"),
    _stored("name"),
    _stored("kind"),
    _stored("country"),
    _stored("title"),
    Column(
        "aliases",
        lambda a: _aliases(a["aliases"]),
        # json_each walks the list in its order.
        joined_sql("value", "FROM json_each(aliases)", "key"),
    ),
]

SOURCE_COLUMNS: Columns = [
    _stored("id"),
    _stored("ref"),
    _stored("title"),
    _stored("publisher"),
    _stored("url"),
    *_date_columns("published"),
    _stored("date_note"),
    _stored("text"),
    *_date_end_columns("published"),
    _stored("language"),
]

EVIDENCE_COLUMNS: Columns = [
    _stored("id"),
    _stored("item_id"),
    _stored("source_id"),
    _stored("quote"),
    _stored("start"),
    _stored("end"),
    _stored("follow_up_id"),
]

LINK_COLUMNS: Columns = [
    _stored("id"),
    _stored("from_id"),
    _stored("type"),
    _stored("to_id"),
    _stored("note"),
]

# File name (without .csv) → (table, columns). Item files are added per kind.
TABLE_FILES: dict[str, tuple[str, Columns]] = {
    "follow_ups": ("follow_ups", FOLLOW_UP_COLUMNS),
    "actors": ("actors", ACTOR_COLUMNS),
    "sources": ("sources", SOURCE_COLUMNS),
    "evidence": ("evidence", EVIDENCE_COLUMNS),
    "links": ("links", LINK_COLUMNS),
}
