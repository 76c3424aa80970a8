"""The SQL behind item lists: filter, sort, page — as portable text with named parameters.

Written as plain SQL (no SQLAlchemy import) so the same statements run through
SQLAlchemy's ``text()`` on any dialect and through the standard ``sqlite3``
module when a command must start fast. Both take ``:name`` parameters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from pakru_desktop.domain.item_filter import ItemFilter, SortKey
from pakru_desktop.domain.overdue import CLOSED_STATUSES, DUE_KINDS, TO_CONFIRM
from pakru_desktop.domain.vocabulary import Kind, check_status, normalise_sector
from pakru_desktop.store import server_search
from pakru_desktop.store.search_index import ACTORS, ITEMS, MAX_WORDS, match_expression, words

Statement = tuple[str, dict[str, Any]]

ITEM_COLUMNS = (
    "id, kind, type, title, date_start, date_precision, date_inferred, date_end, "
    "date_end_precision, due_start, due_precision, due_inferred, due_end, due_end_precision, "
    "status, location"
)


# Each list order has an index beginning with the kind in the same order (migration 0006).
# A date's precision sorts finer first among dates starting on one day, and its text does
# just that: day < month < quarter < year.
_ORDER = {
    SortKey.DATE: ["date_start", "date_precision"],
    SortKey.TITLE: ["title_key"],
    SortKey.STATUS: ["status"],
    SortKey.LOCATION: ["location_key"],
    SortKey.TYPE: ["type"],
    SortKey.DUE: ["due_start", "due_precision"],
    SortKey.ID: [],
}


def _order(sort: SortKey, descending: bool, sqlite: bool) -> str:
    # id last keeps the order stable between pages. An empty value comes first, as in
    # SQLite, on a server too, matching its indexes (migration 0007).
    if sqlite:
        direction = " DESC" if descending else ""
    else:
        direction = " DESC NULLS LAST" if descending else " NULLS FIRST"
    return ", ".join(
        [*(f"{c}{direction}" for c in _ORDER[sort]), "id DESC" if descending else "id"]
    )


def for_sqlite(params: dict[str, Any]) -> dict[str, Any]:
    """Parameters with dates as ISO text, the form SQLAlchemy stores them in on SQLite.

    Other drivers take ``date`` objects as they are.
    """
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in params.items()}


def like_pattern(text: str) -> str:
    """A ``LIKE … ESCAPE '\\'`` pattern finding ``text`` anywhere, case folded; LIKE's
    wildcards are escaped so a search for "50%" means the characters typed."""
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_condition(text: str, sqlite: bool) -> Statement:
    """Items whose title, summary or location, or a participant's name or alias, hold every
    word of ``text`` (each word, or the start of one): the full-text index on SQLite, the
    word index on a PostgreSQL server.

    Each word may be found in a different place ("Putin Beijing": Putin taking part, the
    meeting in Beijing). For text with no word in it (an emoji, "%"), the whole text is
    looked for anywhere in those fields with LIKE.
    """
    found = words(text)
    if not found:
        return _like_condition(text, sqlite)
    if not sqlite:
        return _server_text_condition(found)
    conditions, params = [], {}
    for n, word in enumerate(found[:MAX_WORDS]):
        params[f"text{n}"] = match_expression([word], prefix_all=True)
        conditions.append(
            f"(items.id IN (SELECT rowid FROM {ITEMS.name} WHERE {ITEMS.name} MATCH :text{n})"
            " OR items.id IN (SELECT p.item_id FROM participations p WHERE p.actor_id IN"
            f" (SELECT rowid FROM {ACTORS.name} WHERE {ACTORS.name} MATCH :text{n})))"
        )
    return " AND ".join(conditions), params


def _server_text_condition(found: list[str]) -> Statement:
    """``_text_condition`` on a PostgreSQL server: its word index (``store.server_search``)."""
    conditions: list[str] = []
    params: dict[str, Any] = {}
    terms = server_search.query_terms(found, prefix_last=False, prefix_all=True)
    for n, term in enumerate(terms):
        query = server_search.tsquery(params, [term], name=f"text{n}_")
        conditions.append(
            f"(items.{server_search.VECTOR} @@ {query}"
            " OR items.id IN (SELECT p.item_id FROM participations p JOIN actors a"
            f" ON a.id = p.actor_id WHERE a.{server_search.VECTOR} @@ {query}))"
        )
    return " AND ".join(conditions), params


def _like_condition(text: str, sqlite: bool) -> Statement:
    like = "LIKE :text ESCAPE '\\'"
    # SQLite's LIKE already ignores ASCII case, and its ``lower()`` is a Python function
    # here (see ``sqlite_functions``), which would be called for every row.
    fold = "{}" if sqlite and text.isascii() else "lower({})"
    title, summary, location, name = (
        fold.format(c) for c in ("items.title", "items.summary", "items.location", "a.name")
    )
    condition = (
        f"({title} {like} OR {summary} {like} OR {location} {like}"
        f" OR EXISTS (SELECT 1 FROM participations p JOIN actors a ON a.id = p.actor_id"
        f" WHERE p.item_id = items.id AND {name} {like}))"
    )
    return condition, {"text": like_pattern(text)}


def where_clause(flt: ItemFilter, sqlite: bool = False) -> Statement:
    """The WHERE conditions (without the keyword) and parameters selecting ``flt``'s items.

    ``sqlite`` (a SQLite database, which has the full-text index) makes the text search
    use that index (see ``_text_condition``).
    """
    conditions = ["items.kind = :kind"]
    params: dict[str, Any] = {"kind": flt.kind.value}
    if flt.status:
        conditions.append("items.status = :status")
        params["status"] = check_status(flt.kind, flt.status)
    if flt.sector:
        conditions.append(
            "EXISTS (SELECT 1 FROM item_sectors s WHERE s.item_id = items.id"
            " AND s.sector = :sector)"
        )
        params["sector"] = normalise_sector(flt.sector)
    # A date matches a range when any day it covers falls in the range (spans and months too).
    if flt.date_from is not None:
        conditions.append("items.date_last >= :date_from")
        params["date_from"] = flt.date_from
    if flt.date_to is not None:
        conditions.append("items.date_start <= :date_to")
        params["date_to"] = flt.date_to
    if flt.overdue_on is not None:
        conditions.append(_overdue_condition(flt.kind))
        params["overdue_on"] = flt.overdue_on
    if flt.text.strip():
        condition, text_params = _text_condition(flt.text.strip(), sqlite)
        conditions.append(condition)
        params.update(text_params)
    return " AND ".join(conditions), params


def _overdue_condition(kind: Kind) -> str:
    """Items of ``kind`` overdue on ``:overdue_on``, by ``domain.overdue``'s rules."""
    if kind is Kind.EVENT:
        return f"items.status = '{TO_CONFIRM}' AND items.date_last < :overdue_on"
    if kind not in DUE_KINDS:
        return "0 = 1"  # agreements are never late
    closed = ", ".join(f"'{code}'" for code in sorted(CLOSED_STATUSES[kind]))
    return f"items.due_last < :overdue_on AND items.status NOT IN ({closed})"


def select_ids(flt: ItemFilter, sqlite: bool = False) -> Statement:
    """``SELECT id`` of the items matching ``flt`` (for sub-queries)."""
    where, params = where_clause(flt, sqlite)
    return f"SELECT items.id FROM items WHERE {where}", params


def count_items(flt: ItemFilter, sqlite: bool = False) -> Statement:
    """How many items match ``flt``."""
    where, params = where_clause(flt, sqlite)
    return f"SELECT count(*) FROM items WHERE {where}", params


def select_items(
    flt: ItemFilter,
    sort: SortKey = SortKey.DATE,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    sqlite: bool = False,
) -> Statement:
    """One page of ``ITEM_COLUMNS`` for the items matching ``flt``, in a stable order."""
    where, params = where_clause(flt, sqlite)
    order = _order(sort, descending, sqlite)
    sql = f"SELECT {ITEM_COLUMNS} FROM items WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=int(limit), offset=int(offset))
    elif offset:
        # Standard SQL has no OFFSET without LIMIT; -1 means "no limit" in SQLite only.
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=2**62, offset=int(offset))
    return sql, params


def select_item_ids(
    flt: ItemFilter, sort: SortKey = SortKey.DATE, descending: bool = False, sqlite: bool = False
) -> Statement:
    """Every id of the items matching ``flt``, in the order ``select_items`` pages them."""
    return select_item_cells(flt, "items.id", sort, descending, sqlite)


def select_item_cells(
    flt: ItemFilter,
    cells: str,
    sort: SortKey = SortKey.DATE,
    descending: bool = False,
    sqlite: bool = False,
) -> Statement:
    """``cells`` (SQL over ``items``) of every item matching ``flt``, in list order."""
    where, params = where_clause(flt, sqlite)
    return (
        f"SELECT {cells} FROM items WHERE {where} ORDER BY {_order(sort, descending, sqlite)}",
        params,
    )


def select_matching(flt: ItemFilter, ids: Sequence[int], sqlite: bool = False) -> Statement:
    """Which of the items ``ids`` match ``flt``."""
    where, params = where_clause(flt, sqlite)
    placeholders, id_params = _in_list(ids)
    sql = f"SELECT items.id FROM items WHERE {where} AND items.id IN ({placeholders})"
    return sql, {**params, **id_params}


def select_sort_values(sort: SortKey, ids: Sequence[int]) -> Statement:
    """``(id, …)``: the values each of the items ``ids`` is sorted by under ``sort``."""
    columns = ", ".join(["id", *_ORDER[sort]])
    placeholders, params = _in_list(ids)
    return f"SELECT {columns} FROM items WHERE id IN ({placeholders})", params


def select_items_by_id(ids: Sequence[int]) -> Statement:
    """``ITEM_COLUMNS`` of the items ``ids`` (in no particular order)."""
    placeholders, params = _in_list(ids)
    return f"SELECT {ITEM_COLUMNS} FROM items WHERE id IN ({placeholders})", params


def _in_list(ids: Sequence[int]) -> tuple[str, dict[str, Any]]:
    names = [f"i{n}" for n in range(len(ids))]
    return ", ".join(f":{n}" for n in names), dict(zip(names, ids, strict=True))


def select_sectors(ids: Sequence[int]) -> Statement:
    """``(item_id, sector)`` rows for the given items, sectors in name order."""
    placeholders, params = _in_list(ids)
    sql = (
        "SELECT item_id, sector FROM item_sectors"
        f" WHERE item_id IN ({placeholders}) ORDER BY item_id, sector"
    )
    return sql, params


def select_participants(ids: Sequence[int]) -> Statement:
    """``(item_id, actor_id, name, role)`` rows for the given items, in the order added."""
    placeholders, params = _in_list(ids)
    sql = (
        "SELECT p.item_id, p.actor_id, a.name, p.role FROM participations p"
        f" JOIN actors a ON a.id = p.actor_id WHERE p.item_id IN ({placeholders})"
        " ORDER BY p.item_id, p.id"
    )
    return sql, params
