"""Item listings that start fast: straight from an up-to-date SQLite file when possible.

Used by ``pakru list``; falls back to the regular services (and so to creating
or migrating the database) whenever the quick path does not apply.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.spreadsheet import neutralise_formula
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.csv_columns import GUARD_FUNCTION, guarded_sql, iso_sql, joined_sql
from pakru_desktop.store.item_sql import for_sqlite, select_item_cells, select_item_ids
from pakru_desktop.store.location import plain_sqlite_file
from pakru_desktop.store.sqlite_reader import open_current, runner

if TYPE_CHECKING:
    from pakru_desktop.services.records import ItemRow

# Rows read at a time: memory stays flat however long the list.
CHUNK = 500
# Whether CSV and JSON listings take their cells from SQLite when they can (the fast
# way); tests compare them with the cells made in Python.
CELLS_IN_SQL = True


def listing_headers(kind: Kind, machine: bool) -> list[str]:
    """The columns of ``pakru list`` for items of ``kind``: a table's, or CSV's and JSON's
    (which add spans' ends)."""
    headers = ["id", "date", "date_precision", "type", "status", "title", "location", "sectors"]
    if kind is not Kind.EVENT:
        headers.insert(3, "due")
    if machine:
        headers += ["date_end", "date_end_precision"]
        if kind is not Kind.EVENT:
            headers += ["due_end", "due_end_precision"]
    return headers


def _cell_sql(header: str, guard: bool) -> str:
    """SQL over ``items`` of one machine-format cell of a listing (as ``pakru list`` writes
    it from an ``ItemRow``: ISO dates, empty text for nothing)."""
    dates = {
        "date": iso_sql("date_start", "date_precision"),
        "due": iso_sql("due_start", "due_precision"),
        "date_end": iso_sql("date_end", "date_end_precision"),
        "due_end": iso_sql("due_end", "due_end_precision"),
    }
    if header == "id":
        return "items.id"
    if header in dates:
        return dates[header]
    if header == "sectors":
        source = "FROM item_sectors WHERE item_id = items.id"
        return joined_sql("sector", source, "sector", guard=guard)
    text = f"COALESCE(items.{header}, '')"
    return guarded_sql(text) if guard else text


def list_cells_quickly(url: str, flt: ItemFilter, *, guard: bool) -> Iterator[tuple] | None:
    """The machine-format cells (``listing_headers``) of every item matching ``flt``, in
    date order, computed by SQLite and streamed from its cursor; formulas guarded when
    ``guard`` (CSV). None where the quick path does not apply."""
    path = plain_sqlite_file(url)
    connection = open_current(path) if path is not None and CELLS_IN_SQL else None
    if connection is None:
        return None
    connection.create_function(GUARD_FUNCTION, 1, neutralise_formula, deterministic=True)  # type: ignore[arg-type]
    cells = ", ".join(_cell_sql(h, guard) for h in listing_headers(flt.kind, machine=True))
    sql, params = select_item_cells(flt, cells, sqlite=True)
    return _streamed(connection, sql, params)


def _streamed(connection: sqlite3.Connection, sql: str, params: dict) -> Iterator[tuple]:
    try:
        cursor = connection.execute(sql, for_sqlite(params))
        while batch := cursor.fetchmany(CHUNK):
            yield from batch
    except sqlite3.DatabaseError as error:
        # Imported here: the quick path loads no SQLAlchemy unless something went wrong.
        from pakru_desktop.store.errors import storage_error

        raise storage_error(error) from error
    finally:
        connection.close()


def list_items_quickly(url: str, flt: ItemFilter) -> Iterator[ItemRow]:
    """Every item matching ``flt`` in date order, read with as little start-up as possible
    and streamed: the list's ids first (8 bytes an item), then rows a chunk at a time."""
    # Imported here: a CSV or JSON listing needs no rows as records.
    from pakru_desktop.services.item_rows import fetch_rows_by_id

    path = plain_sqlite_file(url)
    connection = open_current(path) if path is not None else None
    if connection is None:
        yield from _list_items_through_services(url, flt)
        return
    try:
        run = runner(connection)
        ids = array("q", (row[0] for row in run(*select_item_ids(flt, sqlite=True))))
        for start in range(0, len(ids), CHUNK):
            yield from fetch_rows_by_id(run, ids[start : start + CHUNK])
    except sqlite3.DatabaseError as error:
        # Imported here: the quick path loads no SQLAlchemy unless something went wrong.
        from pakru_desktop.store.errors import storage_error

        raise storage_error(error) from error
    finally:
        connection.close()


def _list_items_through_services(url: str, flt: ItemFilter) -> Iterator[ItemRow]:
    # Imported here: this path needs SQLAlchemy, the quick one must not load it.
    from pakru_desktop.services.database import open_database
    from pakru_desktop.services.queries import item_ids, item_rows

    db = open_database(url)
    try:
        ids = item_ids(db, flt)
        for start in range(0, len(ids), CHUNK):
            yield from item_rows(db, ids[start : start + CHUNK])
    finally:
        db.close()
