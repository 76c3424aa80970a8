"""Adding an item with as little start-up as possible: straight into an up-to-date SQLite
file when the write needs nothing but plain inserts.

Used by ``pakru add-event`` and ``pakru add-item``. A draft with a source (its URL may
need cleaning and a new source record, its quote locating in the text) or a database the
quick path cannot write (see ``store.sqlite_writer``) returns None, and the caller goes
through ``services.items.add_item``. Both check the draft with the same
``domain.item_input.check_draft``, so both refuse the same input with the same sentence.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from pakru_desktop.domain.errors import CONSTRAINT_CONFLICT, ConflictError
from pakru_desktop.domain.item_input import ItemDraft, check_draft
from pakru_desktop.store.history_values import default_user
from pakru_desktop.store.location import plain_sqlite_file
from pakru_desktop.store.sqlite_writer import insert_item, writing_current


def add_item_quickly(url: str, draft: ItemDraft, *, today: dt.date | None = None) -> int | None:
    """Check ``draft`` and store it in one transaction; its id, or None where the quick path
    does not apply (nothing was written then)."""
    new = check_draft(draft, today or dt.date.today())
    path = plain_sqlite_file(url)
    if path is None or draft.source_url or draft.quote:
        return None
    try:
        with writing_current(path) as connection:
            if connection is None:
                return None
            return insert_item(connection, new, default_user())
    except sqlite3.IntegrityError as error:
        raise ConflictError(CONSTRAINT_CONFLICT) from error
    except sqlite3.DatabaseError as error:
        # Imported here: the quick path loads no SQLAlchemy unless something went wrong.
        from pakru_desktop.store.errors import storage_error

        raise storage_error(error) from error
