"""Adding an item or a follow-up with as little start-up as possible: straight into an
up-to-date SQLite file when the write needs nothing but plain inserts and updates.

Used by ``pakru add-event``, ``add-item``, ``follow-up`` and ``set-status``. A write that
names a source (its URL may need cleaning and a new source record, its quote locating in
the text) or a database the quick path cannot write (see ``store.sqlite_writer``) returns
None, and the caller goes through the services. Both paths check input with the same
``domain`` functions, so both refuse the same input with the same sentence.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from pakru_desktop.domain.errors import CONSTRAINT_CONFLICT, ConflictError
from pakru_desktop.domain.follow_up_input import check_follow_up
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.item_input import ItemDraft, check_draft, read_date
from pakru_desktop.store.history_values import default_user
from pakru_desktop.store.location import plain_sqlite_file
from pakru_desktop.store.sqlite_writer import (
    insert_follow_up,
    insert_item,
    item_state,
    writing_current,
)

T = TypeVar("T")


@dataclass(frozen=True)
class FollowUpWritten:
    """A follow-up the quick path stored: its id and date, and the item's status now."""

    id: int
    date: FuzzyDate
    item_status: str


def add_item_quickly(url: str, draft: ItemDraft, *, today: dt.date | None = None) -> int | None:
    """Check ``draft`` and store it in one transaction; its id, or None where the quick path
    does not apply (nothing was written then)."""
    new = check_draft(draft, today or dt.date.today())
    if draft.source_url or draft.quote:
        return None
    return _written(url, lambda connection: insert_item(connection, new, default_user()))


def add_follow_up_quickly(
    url: str,
    item_id: int,
    *,
    date: str | FuzzyDate | None,
    note: str,
    status: str | None = None,
    today: dt.date | None = None,
) -> FollowUpWritten | None:
    """Record a follow-up (a status makes it the item's new one) in one transaction; None
    where the quick path does not apply (nothing was written then)."""
    when = read_date(date, today or dt.date.today())

    def write(connection: sqlite3.Connection) -> FollowUpWritten:
        item = item_state(connection, item_id)
        checked_note, new_status = check_follow_up(item.kind, note, status)
        written, now = insert_follow_up(connection, item, when, checked_note, new_status,
                                        default_user())  # fmt: skip
        return FollowUpWritten(written, when, now)

    return _written(url, write)


def _written(url: str, write: Callable[[sqlite3.Connection], T]) -> T | None:
    """``write`` run in one transaction on the current SQLite file ``url`` names; None
    where there is none (another database, no file yet, an older schema …)."""
    path = plain_sqlite_file(url)
    if path is None:
        return None
    with _driver_errors(), writing_current(path) as connection:
        if connection is None:
            return None
        return write(connection)


@contextmanager
def _driver_errors() -> Iterator[Any]:
    """The driver's errors as the sentences the services give for them."""
    try:
        yield
    except sqlite3.IntegrityError as error:
        raise ConflictError(CONSTRAINT_CONFLICT) from error
    except sqlite3.DatabaseError as error:
        # Imported here: the quick path loads no SQLAlchemy unless something went wrong.
        from pakru_desktop.store.errors import storage_error

        raise storage_error(error) from error
