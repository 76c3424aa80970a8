"""A full disk: the change is refused in one sentence, nothing of it is written, and the
database stays whole and takes the same change once there is room again.

SQLite reports a full disk as SQLITE_FULL, whether the file system ran out of space or
the database reached ``PRAGMA max_page_count``; the latter, set on each connection of a
real database in a temp folder, makes the disk "full" on demand.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import sessionmaker

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.services.database import Database
from pakru_desktop.services.integrity import check_database
from pakru_desktop.services.items import ItemDraft, add_item, get_item
from pakru_desktop.services.sources import add_source, get_source_detail
from pakru_desktop.store.engine import make_engine

# Far more than the few pages of room left: a long article pasted in.
BIG_TEXT = "Pakistan and Russia agreed to expand trade and energy cooperation. " * 16_000
COUNTED = ("items", "item_sectors", "participations", "actors", "sources", "evidence", "history")


@dataclass
class Room:
    """Pages a connection may add to the database; None means no limit."""

    pages: int | None = 4


@pytest.fixture
def nearly_full(db: Database) -> Iterator[tuple[Database, Room]]:
    """The seeded database, opened as the services open it, on a disk with little room."""
    room = Room()
    engine = make_engine(db.url)

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        if room.pages is not None:
            cursor = dbapi_connection.cursor()
            (used,) = cursor.execute("PRAGMA page_count").fetchone()
            cursor.execute(f"PRAGMA max_page_count={used + room.pages}")
            cursor.close()

    limited = Database(db.url, engine, sessionmaker(engine, expire_on_commit=False))
    yield limited, room
    limited.close()


def _counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {t: session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in COUNTED}


def _make_room(db: Database, room: Room) -> None:
    room.pages = None
    db.engine.dispose()  # the next connection is made without the limit


def _big_item() -> ItemDraft:
    # Rows in five tables (item, sectors, a new actor, its participation, history) and a
    # new source with its evidence: none of them may be left behind.
    return ItemDraft(
        kind="event",
        title="Intergovernmental commission meets in Moscow",
        date="17 Nov 2025",
        summary=BIG_TEXT,
        sectors=("trade", "energy"),
        participants=(("A. Newcomer", "host"),),
        source_url="https://example.org/commission-2025",
        quote="agreed to expand trade",
    )


@pytest.mark.sqlite_only
def test_an_item_too_big_for_the_disk_is_refused_in_a_sentence_and_not_written(
    nearly_full, db_path
):
    db, room = nearly_full
    before = _counts(db)
    with pytest.raises(StorageError) as caught:
        add_item(db, _big_item())
    message = str(caught.value)
    assert message == (
        "The disk holding the database is full, so nothing was written; free some space and "
        "try again."
    )
    assert _counts(db) == before
    assert check_database(db) == []
    with sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True) as connection:
        # Checked again on a connection of its own, the file as any program would read it.
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    # Small changes still fit; once there is room, the same change goes through whole.
    small = add_item(db, ItemDraft(kind="event", title="Short note", date="2025"))
    assert _counts(db)["items"] == before["items"] + 1
    _make_room(db, room)
    added = add_item(db, _big_item())
    assert get_item(db, added.item.id).summary == BIG_TEXT.strip()
    assert get_item(db, small.item.id).row.title == "Short note"
    assert check_database(db) == []


@pytest.mark.sqlite_only
def test_a_source_too_big_for_the_disk_is_refused_in_a_sentence_and_not_written(nearly_full):
    db, room = nearly_full
    before = _counts(db)
    with pytest.raises(StorageError, match=r"^The disk holding the database is full") as caught:
        add_source(db, title="Transcript of the commission", text=BIG_TEXT)
    assert "\n" not in str(caught.value)
    assert _counts(db) == before
    assert check_database(db) == []
    _make_room(db, room)
    added = add_source(db, title="Transcript of the commission", text=BIG_TEXT)
    assert get_source_detail(db, added.source.id).record.title == "Transcript of the commission"
    assert _counts(db)["sources"] == before["sources"] + 1
    assert check_database(db) == []
