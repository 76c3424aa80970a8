"""Follow-ups: dated notes that may change an item's status, which always equals the latest one."""

from __future__ import annotations

import datetime as dt

import pytest
from seed_helpers import SEED, SEED_ITEMS, TODAY, snapshot

from pakru_desktop.domain.errors import NotFoundError, ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.follow_ups import (
    add_follow_up,
    delete_follow_up,
    edit_follow_up,
    set_status,
)
from pakru_desktop.services.items import get_item
from pakru_desktop.services.queries import list_follow_ups, list_items, list_sources

INVITATION = "commitment-invitation-official-visit-russia"
BASE = SEED_ITEMS[INVITATION]["status"]


def status_of(db, item_id: int) -> str:
    return get_item(db, item_id).row.status


def test_follow_up_with_a_status_changes_the_item_status(db, ids) -> None:
    item_id = ids[INVITATION]
    result = add_follow_up(
        db, item_id, date="2025-09-10", note=" Visit dates discussed. ", status="In the works"
    )
    assert result.item_status == "in-the-works" == status_of(db, item_id)
    record = result.follow_up
    assert (record.item_id, record.note, record.new_status) == (
        item_id,
        "Visit dates discussed.",
        "in-the-works",
    )
    assert record.date == FuzzyDate(dt.date(2025, 9, 10), Precision.DAY)
    listed = list_items(db, ItemFilter(Kind.COMMITMENT, status="in-the-works"))
    assert [row.id for row in listed] == [item_id]
    assert list_follow_ups(db, item_id=item_id) == [record]


def test_a_note_without_status_keeps_the_status(db, ids) -> None:
    item_id = ids[INVITATION]
    result = add_follow_up(db, item_id, date="yesterday", note="Still no date.", today=TODAY)
    assert result.item_status == BASE == status_of(db, item_id)
    assert result.follow_up.date == FuzzyDate(TODAY - dt.timedelta(days=1), Precision.DAY, True)


def test_status_follows_the_latest_date_not_the_latest_insertion(db, ids) -> None:
    item_id = ids[INVITATION]
    newer = add_follow_up(db, item_id, date="2025-10-01", note="Visit held.", status="kept")
    older = add_follow_up(db, item_id, date="Sep 2025", note="Talks stalled.", status="stalled")
    assert older.item_status == "kept" == status_of(db, item_id)
    assert delete_follow_up(db, newer.follow_up.id).item_status == "stalled"
    assert status_of(db, item_id) == "stalled"
    assert delete_follow_up(db, older.follow_up.id).item_status == BASE
    assert status_of(db, item_id) == BASE


def test_two_changes_on_the_same_day_apply_in_the_order_made(db, ids) -> None:
    item_id = ids[INVITATION]
    add_follow_up(db, item_id, date="2025-09-05", note="First.", status="stalled")
    add_follow_up(db, item_id, date="2025-09-05", note="Then.", status="broken")
    assert status_of(db, item_id) == "broken"


def test_deleting_a_seed_status_change_falls_back_to_the_recorded_status(db, ids) -> None:
    seeded = next(f for f in SEED["follow_ups"] if f["status"])
    item_id = ids[seeded["item"]]
    assert status_of(db, item_id) == seeded["status"]
    (record,) = [f for f in list_follow_ups(db, item_id=item_id) if f.new_status]
    result = delete_follow_up(db, record.id)
    assert result.follow_up == record
    assert result.item_status == SEED_ITEMS[seeded["item"]]["status"] == status_of(db, item_id)
    assert list_follow_ups(db, item_id=item_id) == []


def test_editing_a_follow_up_status_changes_and_removes_the_status(db, ids) -> None:
    item_id = ids[INVITATION]
    first = add_follow_up(db, item_id, date="2025-09-05", note="Talks.", status="stalled")
    second = add_follow_up(db, item_id, date="2025-09-20", note="Done.", status="kept")
    assert edit_follow_up(db, second.follow_up.id, status="broken").item_status == "broken"
    assert status_of(db, item_id) == "broken"
    removed = edit_follow_up(db, second.follow_up.id, status=None)
    assert removed.follow_up.new_status is None and removed.follow_up.note == "Done."
    assert status_of(db, item_id) == "stalled"
    assert edit_follow_up(db, first.follow_up.id, status=None).item_status == BASE


def test_editing_a_follow_up_date_reorders_the_status_history(db, ids) -> None:
    item_id = ids[INVITATION]
    early = add_follow_up(db, item_id, date="2025-09-05", note="Talks.", status="stalled")
    add_follow_up(db, item_id, date="2025-09-20", note="Done.", status="kept")
    moved = edit_follow_up(db, early.follow_up.id, date="Q4 2025", note=" Moved. ")
    assert moved.follow_up.date == FuzzyDate(dt.date(2025, 10, 1), Precision.QUARTER)
    assert moved.follow_up.note == "Moved."
    assert status_of(db, item_id) == "stalled"
    dates = [f.date.start for f in get_item(db, item_id).follow_ups]
    assert dates == [dt.date(2025, 9, 20), dt.date(2025, 10, 1)]


def test_set_status_records_a_follow_up_dated_today(db, ids) -> None:
    item_id = ids[INVITATION]
    result = set_status(db, item_id, "partly_kept", today=TODAY)
    assert result.item_status == "partly-kept" == status_of(db, item_id)
    (record,) = list_follow_ups(db, item_id=item_id)
    assert record.date == FuzzyDate(TODAY, Precision.DAY)
    assert record.new_status == "partly-kept"
    assert "partly kept" in record.note.lower()
    noted = set_status(db, item_id, "kept", date="2025-09-03", note="Visit announced.")
    assert (noted.follow_up.note, status_of(db, item_id)) == ("Visit announced.", "kept")


@pytest.mark.parametrize(
    ("key", "status"),
    [
        ("meeting-shehbaz-putin-beijing-2025-09", "kept"),
        ("agreement-karachi-steel-plant-2025-05", "under way"),
        ("project-karachi-steel-mill", "signed"),
        (INVITATION, "held"),
        (INVITATION, "finished"),
    ],
)
def test_a_status_from_another_kind_is_refused_and_nothing_is_written(db, ids, key, status):
    before = snapshot(db)
    with pytest.raises(ValidationError, match=status):
        add_follow_up(db, ids[key], date="2025-09-10", note="x", status=status)
    with pytest.raises(ValidationError):
        set_status(db, ids[key], status, today=TODAY)
    assert snapshot(db) == before


@pytest.mark.parametrize(
    "fields",
    [
        {"date": "2025-09-10", "note": "   "},
        {"date": "Sepember 2025", "note": "Typo in the date."},
        {"date": "2025-09-10", "note": "Both.", "source_url": "https://a.example", "source_id": 1},
        {"date": "2025-09-10", "note": "Empty url.", "source_url": "  "},
    ],
)
def test_refused_follow_ups_write_nothing(db, ids, fields) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError):
        add_follow_up(db, ids[INVITATION], today=TODAY, **fields)
    assert snapshot(db) == before


def test_an_edit_leaving_neither_note_nor_status_is_refused(db, ids) -> None:
    made = set_status(db, ids[INVITATION], "kept", today=TODAY)
    before = snapshot(db)
    with pytest.raises(ValidationError, match="note or a new status"):
        edit_follow_up(db, made.follow_up.id, note="", status=None)
    with pytest.raises(ValidationError):
        edit_follow_up(db, made.follow_up.id, status="held")
    assert snapshot(db) == before


def test_a_source_url_creates_a_source_once(db, ids) -> None:
    before = {s.id for s in list_sources(db)}
    url = "https://example.org/visit-announced"
    first = add_follow_up(db, ids[INVITATION], date="2025-09-10", note="Seen.", source_url=url)
    created = [s for s in list_sources(db) if s.id not in before]
    assert [s.url for s in created] == [url]
    assert first.follow_up.source_id == created[0].id
    assert first.follow_up.source_title == created[0].title
    assert "sources" in first.changes.tables
    again = add_follow_up(db, ids[INVITATION], date="2025-09-11", note="Again.", source_url=url)
    assert again.follow_up.source_id == created[0].id
    assert len(list_sources(db)) == len(before) + 1


def test_a_follow_up_can_cite_a_stored_source_by_id(db, ids) -> None:
    source = list_sources(db)[0]
    made = add_follow_up(db, ids[INVITATION], date="2025-09-10", note="n", source_id=source.id)
    assert (made.follow_up.source_id, made.follow_up.source_title) == (source.id, source.title)


def test_unknown_item_source_or_follow_up_is_not_found(db, ids) -> None:
    before = snapshot(db)
    with pytest.raises(NotFoundError):
        add_follow_up(db, 99999, date="2025-09-10", note="n")
    with pytest.raises(NotFoundError):
        add_follow_up(db, ids[INVITATION], date="2025-09-10", note="n", source_id=99999)
    with pytest.raises(NotFoundError):
        edit_follow_up(db, 99999, note="n")
    with pytest.raises(NotFoundError):
        delete_follow_up(db, 99999)
    assert snapshot(db) == before


def test_an_edit_over_a_colleagues_change_to_the_follow_up_is_refused_naming_them(db, ids):
    from pakru_desktop.domain.errors import ConflictError
    from pakru_desktop.services.database import open_database

    opened = add_follow_up(db, ids[INVITATION], date="2025-09-05", note="Talks.").follow_up
    colleague = open_database(db.url)
    colleague.set_author("Bilal")
    try:
        edit_follow_up(colleague, opened.id, note="Talks, and a date set.")
    finally:
        colleague.close()
    with pytest.raises(ConflictError) as refused:
        edit_follow_up(db, opened.id, note="My note.", unchanged_since=opened)
    message = str(refused.value)
    assert "was changed by Bilal at " in message and "(note)" in message
    assert "nothing was written" in message
    (now,) = [f for f in list_follow_ups(db, item_id=ids[INVITATION]) if f.id == opened.id]
    assert now.note == "Talks, and a date set."  # the colleague's note stands
    # Editing what is there now (the record as shown after reloading) goes through.
    assert edit_follow_up(db, opened.id, note="My note.", unchanged_since=now).follow_up.note == (
        "My note."
    )
