"""Item listings that start fast: straight from an up-to-date SQLite file when possible.

Used by ``pakru list``; falls back to the regular services (and so to creating
or migrating the database) whenever the quick path does not apply.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterator

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.services.item_rows import fetch_rows_by_id
from pakru_desktop.services.records import ItemRow
from pakru_desktop.store.item_sql import select_item_ids
from pakru_desktop.store.location import plain_sqlite_file
from pakru_desktop.store.sqlite_reader import open_current, runner

# Rows read at a time: memory stays flat however long the list.
CHUNK = 500


def list_items_quickly(url: str, flt: ItemFilter) -> Iterator[ItemRow]:
    """Every item matching ``flt`` in date order, read with as little start-up as possible
    and streamed: the list's ids first (8 bytes an item), then rows a chunk at a time."""
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
