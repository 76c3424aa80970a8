"""Upgrading a database built from seed version 1: corrections land, user work is never lost."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pakru_desktop.resource_files import read_text
from pakru_desktop.services.database import Database, open_database
from pakru_desktop.services.follow_ups import delete_follow_up, edit_follow_up
from pakru_desktop.services.items import ItemDraft, ItemPatch, add_item, delete_item, edit_item
from pakru_desktop.store.location import sqlite_url
from pakru_desktop.store.models import Actor, AppMeta, Item, Link, Source
from pakru_desktop.store.seed import SEED_VERSION, load_seed, stored_seed_version
from pakru_desktop.store.seed_upgrade import apply_if_needed, upgrade_seed

SEED = json.loads(read_text("seed.json"))
SEED_1 = json.loads(read_text("seed-1.json"))
TITLES = {i["key"]: i["title"] for i in SEED["items"]}
TITLES_1 = {i["key"]: i["title"] for i in SEED_1["items"]}
TODAY = dt.date(2025, 9, 2)

TRAIN = "project-pilot-cargo-train-2025-08"
SUMMIT = "summit-sco-heads-of-state-2025"
PROMISE = "commitment-putin-meet-shehbaz-sco-2025-08"
MOU = "mou-overchuk-dar-2024-09"
NEW_MOU = "mou-multi-sector-2024"
BEIJING = "meeting-shehbaz-putin-beijing-2025-09"
NEW_CALLS = (
    "commitment-institutional-mechanisms-2025-09",
    "commitment-sco-collaboration-2025-09",
    "commitment-energy-collaboration-2025-09",
)


def _build_version_1(path: Path) -> Database:
    """A database as an earlier release left it: seed 1 loaded, no seed version recorded."""
    database = open_database(sqlite_url(path), seed=False)
    with database.transaction() as session:
        session.execute(delete(AppMeta))
        load_seed(session, SEED_1)
    return database


@pytest.fixture
def v1(tmp_path: Path) -> Iterator[Database]:
    database = _build_version_1(tmp_path / "v1.sqlite3")
    yield database
    database.close()


def upgrade(database: Database) -> bool:
    return apply_if_needed(database.engine)


def item_id(database: Database, title: str) -> int:
    with database.reading() as session:
        return session.scalars(select(Item.id).where(Item.title == title)).one()


def content(database: Database) -> dict[str, Any]:
    """Everything the seed describes, keyed by natural keys, ids and timestamps left out."""
    with database.reading() as session:
        return _content(session)


def _quotes(rows) -> frozenset:
    return frozenset((e.source.ref, e.quote, e.start, e.end) for e in rows)


def _content(session: Session) -> dict[str, Any]:
    items = {}
    for item in session.scalars(select(Item)):
        follow_ups = frozenset(
            (
                f.date,
                f.note,
                f.new_status,
                f.source.ref if f.source else None,
                _quotes(f.evidence),
            )
            for f in item.follow_ups
        )
        items[(item.kind, item.title)] = {
            "fields": (
                item.type,
                item.summary,
                item.date,
                item.due,
                item.base_status,
                item.status,
                item.location,
            ),
            "sectors": frozenset(s.sector for s in item.sectors),
            "participants": frozenset((p.actor.name, p.role) for p in item.participants),
            "evidence": _quotes(e for e in item.evidence if e.follow_up_id is None),
            "follow_ups": follow_ups,
        }
    titles = dict(session.execute(select(Item.id, Item.title)).all())
    links = frozenset(
        (titles[lk.from_id], lk.type, titles[lk.to_id], lk.note)
        for lk in session.scalars(select(Link))
    )
    actors = frozenset(
        (a.name, a.kind, a.country, a.title, tuple(a.aliases))
        for a in session.scalars(select(Actor))
    )
    sources = frozenset(
        (s.ref, s.title, s.publisher, s.url, s.published, s.date_note, s.language, s.text)
        for s in session.scalars(select(Source))
    )
    return {"items": items, "links": links, "actors": actors, "sources": sources}


def test_an_untouched_version_1_database_ends_up_as_a_new_one(v1, db) -> None:
    assert upgrade(v1) is True
    assert content(v1) == content(db)
    with v1.reading() as session:
        assert stored_seed_version(session) == SEED_VERSION


def test_the_corrections_land_on_untouched_records(v1) -> None:
    upgrade(v1)
    items = content(v1)["items"]
    train = items[("project", TITLES[TRAIN])]
    assert train["fields"][4:6] == ("proposed", "proposed")
    summit = items[("event", TITLES[SUMMIT])]
    assert (summit["fields"][2].iso(), summit["fields"][6]) == ("2025-09-02", "Beijing")
    promise = items[("commitment", TITLES[PROMISE])]
    assert promise["fields"][5] == "partly-kept"
    (follow_up,) = promise["follow_ups"]
    assert follow_up[2] == "partly-kept" and follow_up[4]
    mou = items[("agreement", TITLES[MOU])]
    assert {ref[:3] for ref, *_ in mou["evidence"]} == {"004"}
    assert ("agreement", TITLES[NEW_MOU]) in items
    lavrov = TITLES["meeting-lavrov-fatemi-2025-06-03"]
    links = {(a, t, b) for a, t, b, _ in content(v1)["links"]}
    assert (lavrov, "follows-up", TITLES[NEW_MOU]) in links
    assert (lavrov, "follows-up", TITLES[MOU]) not in links


def test_fields_a_user_edited_are_kept_and_the_rest_corrected(v1) -> None:
    train = item_id(v1, TITLES_1[TRAIN])
    summit = item_id(v1, TITLES_1[SUMMIT])
    edit_item(v1, train, ItemPatch(summary="Our own note on the train."), today=TODAY)
    edit_item(v1, summit, ItemPatch(location="Tianjin (as planned)"), today=TODAY)
    upgrade(v1)
    with v1.reading() as session:
        train_row, summit_row = session.get(Item, train), session.get(Item, summit)
        assert train_row.summary == "Our own note on the train."
        assert train_row.base_status == "proposed"  # untouched, so corrected
        assert summit_row.location == "Tianjin (as planned)"
        assert summit_row.date.iso() == "2025-09-02"
        assert summit_row.title == TITLES[SUMMIT]


def test_an_item_whose_title_the_user_changed_is_still_found_by_its_quotes(v1) -> None:
    promise = item_id(v1, TITLES_1[PROMISE])
    edit_item(v1, promise, ItemPatch(title="Putin–Shehbaz meeting expected"), today=TODAY)
    upgrade(v1)
    with v1.reading() as session:
        row = session.get(Item, promise)
        assert row.title == "Putin–Shehbaz meeting expected"
        assert (row.location, row.status) == ("Moscow", "partly-kept")


def test_a_follow_up_the_user_edited_is_left_as_it_is(v1) -> None:
    promise = item_id(v1, TITLES_1[PROMISE])
    with v1.reading() as session:
        (follow_up,) = session.get(Item, promise).follow_ups
        follow_up_id = follow_up.id
    edit_follow_up(v1, follow_up_id, note="Met in Beijing; good enough for us.")
    upgrade(v1)
    with v1.reading() as session:
        (follow_up,) = session.get(Item, promise).follow_ups
        assert (follow_up.note, follow_up.new_status) == (
            "Met in Beijing; good enough for us.",
            "kept",
        )
        assert follow_up.evidence == []
        assert session.get(Item, promise).status == "kept"


def test_an_item_the_user_added_is_kept_unchanged(v1) -> None:
    added = add_item(v1, ItemDraft("event", "Pilot cargo train departs", date="2025-09"))
    before = content(v1)["items"][("event", "Pilot cargo train departs")]
    upgrade(v1)
    after = content(v1)["items"][("event", "Pilot cargo train departs")]
    assert after == before
    with v1.reading() as session:
        assert session.get(Item, added.item.row.id) is not None


def test_seed_records_the_user_deleted_stay_deleted(v1) -> None:
    delete_item(v1, item_id(v1, TITLES_1[MOU]))
    delete_item(v1, item_id(v1, TITLES_1[BEIJING]))
    with v1.reading() as session:
        summit_follow_up = (
            session.scalars(select(Item).where(Item.title == TITLES_1[SUMMIT]))
            .one()
            .follow_ups[0]
            .id
        )
    delete_follow_up(v1, summit_follow_up)
    upgrade(v1)
    items = content(v1)["items"]
    titles = {title for _, title in items}
    assert TITLES_1[MOU] not in titles and TITLES[BEIJING] not in titles
    # Carved out of what was deleted: the MoU split from the merged one, calls from the meeting.
    assert TITLES[NEW_MOU] not in titles
    assert not {TITLES[key] for key in NEW_CALLS} & titles
    assert items[("event", TITLES[SUMMIT])]["follow_ups"] == frozenset()
    # Still corrected: what the user did not delete.
    assert items[("project", TITLES[TRAIN])]["fields"][4] == "proposed"


def test_a_database_created_empty_gets_nothing_but_its_seed_version(empty_db) -> None:
    with empty_db.transaction() as session:
        session.execute(delete(AppMeta))
    assert upgrade(empty_db) is True
    assert content(empty_db) == {
        "items": {},
        "links": frozenset(),
        "actors": frozenset(),
        "sources": frozenset(),
    }
    with empty_db.reading() as session:
        assert stored_seed_version(session) == SEED_VERSION


def test_a_database_whose_seed_items_were_all_deleted_gets_nothing_added(v1) -> None:
    with v1.reading() as session:
        ids = session.scalars(select(Item.id)).all()
    for each in ids:
        delete_item(v1, each)
    before = content(v1)
    upgrade(v1)
    after = content(v1)
    # Sources stay and may have their metadata corrected (language); nothing is added.
    assert {k: after[k] for k in ("items", "links", "actors")} == {
        k: before[k] for k in ("items", "links", "actors")
    }
    assert len(after["sources"]) == len(before["sources"])


def test_running_it_twice_changes_nothing(v1) -> None:
    edit_item(v1, item_id(v1, TITLES_1[TRAIN]), ItemPatch(summary="Mine."), today=TODAY)
    assert upgrade(v1) is True
    once = content(v1)
    assert upgrade(v1) is False
    assert content(v1) == once
    # Even with its version record lost, the merge finds nothing left to do.
    with v1.transaction() as session:
        session.execute(delete(AppMeta))
        assert upgrade_seed(session) is True
    assert content(v1) == once


def test_a_current_database_is_not_touched(db) -> None:
    before = content(db)
    with db.transaction() as session:
        assert upgrade_seed(session) is False
    assert content(db) == before


def test_opening_a_version_1_file_upgrades_it(tmp_path, db) -> None:
    path = tmp_path / "old.sqlite3"
    _build_version_1(path).close()
    reopened = open_database(sqlite_url(path))
    try:
        assert content(reopened) == content(db)
    finally:
        reopened.close()


def test_a_reader_that_must_not_write_leaves_the_version_1_file_alone(v1) -> None:
    before = content(v1)
    assert apply_if_needed(v1.engine, enabled=False) is False
    assert content(v1) == before


def test_an_organisation_the_user_already_added_is_not_duplicated(v1) -> None:
    with v1.transaction() as session:
        session.add(Actor(name="PID", kind="organisation", country="Pakistan"))
    upgrade(v1)
    with v1.reading() as session:
        names = set(session.scalars(select(Actor.name)))
    assert "PID" in names and "Press Information Department" not in names
    assert "Foreign Office of Pakistan" in names
