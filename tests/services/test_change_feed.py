"""The change feed: what colleagues committed reaches an open window's feed, once, in
commit order, and a window's own changes are left out. On both back ends."""

from __future__ import annotations

import threading
import time

import pytest

from pakru_desktop.services.change_feed import ChangeFeed
from pakru_desktop.services.database import open_database
from pakru_desktop.services.items import ItemPatch, edit_item
from pakru_desktop.store.history import CHANGE_KEY
from pakru_desktop.store.models import Item


@pytest.fixture
def colleague(db):
    """A second connection to the test's database, as a colleague's window has."""
    other = open_database(db.url)
    other.set_author("Bilal")
    yield other
    other.close()


def _poll_until(feed: ChangeFeed, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (changes := feed.poll()) is not None:
            return changes
        time.sleep(0.02)
    return None


def test_a_colleagues_commit_reaches_the_feed_within_two_seconds(db, colleague):
    feed = ChangeFeed(db)
    try:
        assert feed.poll() is None  # nothing since the feed began
        edit_item(colleague, 6, ItemPatch(title="Lavrov receives Fatemi in Moscow"))
        committed = time.monotonic()
        changes = _poll_until(feed, 2.0)
        assert changes is not None and time.monotonic() - committed < 2.0
        assert "items" in changes.tables and changes.item_ids == {6}
        assert feed.poll() is None  # reported once
        edit_item(db, 7, ItemPatch(location="Islamabad"))
        assert feed.poll() is None  # the window's own change: it announced it already
    finally:
        feed.close()


def test_writers_take_turns_so_no_change_is_passed_over(db, colleague):
    """A slow writer that began first and commits last is still reported, and the two
    changes get different numbers (a window tells its own from theirs by number)."""
    feed = ChangeFeed(db)
    holding, release = threading.Event(), threading.Event()
    numbers: dict[str, int] = {}

    def slow_writer() -> None:
        with colleague.transaction() as session:
            session.get(Item, 6).title = "Slow colleague's title"
            session.flush()
            numbers["slow"] = session.info[CHANGE_KEY]
            holding.set()
            release.wait(10)

    writer = threading.Thread(target=slow_writer)
    writer.start()
    try:
        assert holding.wait(10)
        fast = threading.Thread(target=edit_item, args=(db, 7, ItemPatch(location="Karachi")))
        fast.start()  # waits for the slow writer on a server; SQLite's busy timeout likewise
        time.sleep(0.2)
        release.set()
        writer.join(10)
        fast.join(10)
        assert not writer.is_alive() and not fast.is_alive()
        changes = _poll_until(feed, 2.0)
        assert changes is not None and 6 in changes.item_ids  # theirs, not passed over
        assert 7 not in changes.item_ids  # our own
        assert numbers["slow"] not in db.own_changes
        assert len(db.own_changes) == 1
    finally:
        release.set()
        feed.close()
