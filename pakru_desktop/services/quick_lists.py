"""Item listings that start fast: straight from an up-to-date SQLite file when possible.

Used by ``pakru list``; falls back to the regular services (and so to creating
or migrating the database) whenever the quick path does not apply.
"""

from __future__ import annotations

import sqlite3

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.services.item_rows import fetch_item_rows
from pakru_desktop.services.records import ItemRow
from pakru_desktop.store.location import plain_sqlite_file
from pakru_desktop.store.sqlite_reader import open_current, runner


def list_items_quickly(url: str, flt: ItemFilter) -> list[ItemRow]:
    """All items matching ``flt`` in date order, read with as little start-up as possible."""
    path = plain_sqlite_file(url)
    connection = open_current(path) if path is not None else None
    if connection is None:
        return _list_items_through_services(url, flt)
    try:
        return fetch_item_rows(runner(connection), flt, sqlite=True)
    except sqlite3.DatabaseError as error:
        # Imported here: the quick path loads no SQLAlchemy unless something went wrong.
        from pakru_desktop.store.errors import storage_error

        raise storage_error(error) from error
    finally:
        connection.close()


def _list_items_through_services(url: str, flt: ItemFilter) -> list[ItemRow]:
    # Imported here: this path needs SQLAlchemy, the quick one must not load it.
    from pakru_desktop.services.database import open_database
    from pakru_desktop.services.queries import list_items

    db = open_database(url)
    try:
        return list_items(db, flt)
    finally:
        db.close()
