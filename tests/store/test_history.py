"""Field history: every change recorded in its own transaction, readable, and replayable."""

from __future__ import annotations

import datetime as dt

import pytest
from backends import raw_connect

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.services import follow_ups, history, items, links
from pakru_desktop.services.items import ItemDraft, ItemPatch

TODAY = dt.date(2026, 11, 23)


def _new_event(db, **fields) -> int:
    draft = ItemDraft(kind="event", title="SCO heads of government meet", date="Nov 2025", **fields)
    return items.add_item(db, draft, today=TODAY).item.id


def _texts(db, item_id: int) -> list[str]:
    return [line.text for line in history.item_history(db, item_id)]


def test_a_date_change_reads_old_to_new_with_who_made_it(db):
    db.who = "Analyst One"
    item_id = _new_event(db)
    items.edit_item(db, item_id, ItemPatch(date="17–18 Nov 2025"), today=TODAY)
    lines = history.item_history(db, item_id)
    assert lines[0].text == "Date: Nov 2025 → 17–18 Nov 2025"
    assert lines[0].who == "Analyst One"
    assert lines[-1].text == f"Item #{item_id} created: SCO heads of government meet"


def test_title_participants_and_sectors_are_recorded_as_fields_of_the_item(db):
    item_id = _new_event(db, sectors=["diplomacy"])
    patch = ItemPatch(
        title="SCO heads of government meet in Moscow",
        participants=["Ishaq Dar:guest"],
        sectors=["diplomacy", "trade"],
    )
    items.edit_item(db, item_id, patch, today=TODAY)
    texts = _texts(db, item_id)
    assert "Title: SCO heads of government meet → SCO heads of government meet in Moscow" in texts
    assert "Participants: (none) → Ishaq Dar (guest)" in texts
    assert "Sectors: diplomacy → diplomacy; trade" in texts


def test_follow_ups_links_and_status_changes_show_in_the_item_history(db):
    item_id = _new_event(db)
    other = _new_event(db)
    follow_ups.add_follow_up(
        db, item_id, date="18 Nov 2025", note="Dar led Pakistan", status="postponed", today=TODAY
    )
    links.add_link(db, other, "follows-up", item_id)
    texts = _texts(db, item_id)
    assert any(t.startswith("Follow-up #") and "Dar led Pakistan" in t for t in texts)
    assert "Status: held → postponed" in texts
    assert any(t.startswith("Link #") and "added" in t for t in texts)


def test_a_refused_change_leaves_no_history(db):
    item_id = _new_event(db)
    before = _texts(db, item_id)
    with pytest.raises(ValidationError):
        items.edit_item(db, item_id, ItemPatch(title="Kept", date="18-17 Nov 2025"), today=TODAY)
    assert _texts(db, item_id) == before


def test_one_action_writes_rows_with_one_change_number_in_its_own_transaction(db, db_url):
    item_id = _new_event(db)
    items.edit_item(db, item_id, ItemPatch(title="New title", location="Moscow"), today=TODAY)
    with raw_connect(db_url) as connection:
        changes = connection.execute(
            "SELECT change, count(*) FROM history WHERE table_name = 'items' AND row_id = ?"
            " AND action = 'update' GROUP BY change",
            (item_id,),
        ).fetchall()
    assert len(changes) == 1 and changes[0][1] == 2


def test_the_state_of_an_item_on_a_past_moment_is_rebuilt_from_history(db, db_url):
    item_id = _new_event(db)
    with raw_connect(db_url) as connection:
        connection.execute(
            "UPDATE history SET at = '2026-01-01 00:00:00' WHERE row_id = ?", (item_id,)
        )
    items.edit_item(db, item_id, ItemPatch(date="17–18 Nov 2025"), today=TODAY)
    then = history.state_at(db, "items", item_id, dt.datetime(2026, 6, 1))
    now = history.state_at(db, "items", item_id, dt.datetime(2100, 1, 1))
    assert then is not None and now is not None
    assert then["date"] == "2025-11" and now["date"] == "2025-11-17/2025-11-18"
    assert history.state_at(db, "items", item_id, dt.datetime(2025, 1, 1)) is None
    items.delete_item(db, item_id)
    assert history.state_at(db, "items", item_id, dt.datetime(2100, 1, 1)) is None
    assert history.state_at(db, "items", item_id, dt.datetime(2026, 6, 1)) == then


def test_deleting_an_item_records_the_deletion_of_its_links(db):
    item_id = _new_event(db)
    other = _new_event(db)
    link = links.add_link(db, item_id, "mentions", other)
    items.delete_item(db, other)
    lines = history.record_history(db, "links", link.link.id)
    assert [line.action for line in lines] == ["delete", "insert"]


def test_the_seed_dataset_is_recorded_as_such(db):
    lines = history.item_history(db, 1)
    assert lines[-1].who == "seed dataset" and lines[-1].action == "insert"


def test_correcting_only_whether_a_date_was_inferred_is_recorded(db):
    item_id = _new_event(db)
    items.edit_item(db, item_id, ItemPatch(date="last year"), today=TODAY)
    items.edit_item(db, item_id, ItemPatch(date="2025"), today=TODAY)
    newest, before = history.item_history(db, item_id)[:2]
    assert newest.text == "Date: 2025 (inferred) → 2025"
    assert before.text.endswith("→ 2025 (inferred)")
