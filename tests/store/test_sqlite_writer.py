"""The quick write path stores exactly what the ORM path stores, or stays out of the way."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pakru_desktop.domain.errors import NotFoundError, ValidationError
from pakru_desktop.domain.item_input import ItemDraft
from pakru_desktop.services.actors import ActorPatch, edit_actor
from pakru_desktop.services.database import open_database
from pakru_desktop.services.follow_ups import add_follow_up
from pakru_desktop.services.items import add_item, get_item
from pakru_desktop.services.quick_writes import add_follow_up_quickly, add_item_quickly
from pakru_desktop.services.search import search
from pakru_desktop.store.location import sqlite_url

TODAY = dt.date(2026, 3, 14)

DRAFTS = [
    ItemDraft("event", "Talks in Moscow", date="17-18 Nov 2025", location="Moscow",
              participants=("Vladimir Putin:host", "Shehbaz Sharif", "Nadia Novak:guest"),
              sectors=("Energy", "trade", "energy"), summary="  A long day of talks.  "),
    ItemDraft("project", "  Steel   mill upgrade ", date="Q1 2026", due="2027", type="",
              status="under-way", participants=("vladimir putin:participant",)),
    ItemDraft("commitment", "Pledge on wheat", date="last Monday",
              participants=("Ёлкин Пётр", "ЁЛКИН ПЁТР", "Ёлкин Пётр:host")),
    ItemDraft("agreement", "Visa MoU", date="2025", type="mou", location="Zürich"),
    ItemDraft("event", "Call", date=""),
]  # fmt: skip

TABLES = {
    "items": "SELECT * FROM items ORDER BY id",
    "item_sectors": "SELECT * FROM item_sectors ORDER BY item_id, sector",
    "participations": "SELECT * FROM participations ORDER BY id",
    "actors": "SELECT * FROM actors ORDER BY id",
    "history": "SELECT change, who, table_name, row_id, item_id, action, field, old, new"
    " FROM history ORDER BY id",
    "search": "SELECT rowid, title, summary, location FROM search_items ORDER BY rowid",
    "follow_ups": "SELECT * FROM follow_ups ORDER BY id",
}
STAMPS = {"created_at", "updated_at"}


def _rows(path: Path) -> dict[str, list[dict[str, object]]]:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return {
            name: [
                {k: v for k, v in dict(r).items() if k not in STAMPS}
                for r in connection.execute(sql)
            ]
            for name, sql in TABLES.items()
        }
    finally:
        connection.close()


@pytest.fixture
def copies(tmp_path, db_path, monkeypatch) -> tuple[Path, Path]:
    """Two copies of the seeded database: one for the quick path, one for the ORM's."""
    monkeypatch.setenv("PAKRU_USER", "Analyst One")
    quick, orm = tmp_path / "quick.sqlite3", tmp_path / "orm.sqlite3"
    shutil.copyfile(db_path, quick)
    shutil.copyfile(db_path, orm)
    return quick, orm


def test_every_row_is_the_one_the_orm_writes(copies):
    quick, orm = copies
    # An alias in another case must find the same actor on both paths.
    db = open_database(sqlite_url(orm))
    edit_actor(db, 1, ActorPatch(aliases=["Nadia Novak"]))
    db.close()
    shutil.copyfile(orm, quick)
    db = open_database(sqlite_url(orm))
    try:
        orm_ids = [add_item(db, draft, today=TODAY).item.id for draft in DRAFTS]
    finally:
        db.close()
    quick_ids = [add_item_quickly(sqlite_url(quick), draft, today=TODAY) for draft in DRAFTS]
    assert quick_ids == orm_ids
    assert _rows(quick) == _rows(orm)
    # And what the services read back is the same record.
    db, other = open_database(sqlite_url(quick)), open_database(sqlite_url(orm))
    try:
        for item_id in quick_ids:
            a, b = get_item(db, item_id), get_item(other, item_id)
            assert (a.row, a.summary, a.evidence) == (b.row, b.summary, b.evidence)
        assert [h.item_id for h in search(db, "wheat")] == [quick_ids[2]]
    finally:
        db.close()
        other.close()


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ItemDraft("event", "   "), "title"),
        (ItemDraft("event", "Talks", date="the 45th of Smarch"), "date"),
        (ItemDraft("event", "Talks", due="2027"), "due"),
        (ItemDraft("project", "Mill", status="held"), "status"),
        (ItemDraft("event", "Talks", participants=("Putin:emperor",)), "participants"),
    ],
)
def test_bad_input_is_refused_before_anything_is_written(db_path, draft, field):
    before = _rows(db_path)
    with pytest.raises(ValidationError) as refused:
        add_item_quickly(sqlite_url(db_path), draft, today=TODAY)
    assert refused.value.field == field
    assert _rows(db_path) == before


def test_a_draft_with_a_source_is_left_to_the_services(db_path):
    before = _rows(db_path)
    draft = ItemDraft("event", "Talks", source_url="https://example.org/a", quote="They met.")
    assert add_item_quickly(sqlite_url(db_path), draft, today=TODAY) is None
    assert _rows(db_path) == before


def test_a_file_that_is_not_current_is_left_to_the_full_opening(tmp_path, db_path):
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(db_path, older)
    connection = sqlite3.connect(older)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.close()
    before = _rows(older)
    assert add_item_quickly(sqlite_url(older), ItemDraft("event", "Talks"), today=TODAY) is None
    assert _rows(older) == before
    foreign = tmp_path / "notes.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.close()
    assert add_item_quickly(sqlite_url(foreign), ItemDraft("event", "Talks")) is None
    assert add_item_quickly(sqlite_url(tmp_path / "none.sqlite3"), ItemDraft("event", "T")) is None
    assert not (tmp_path / "none.sqlite3").exists()


@pytest.mark.parametrize(
    ("command", "says"),
    [
        (["add-event", "--title", "Quick talks", "--date", "2025", "--participant",
          "Vladimir Putin"], r"\d+"),
        (["follow-up", "14", "--date", "2025-12-01", "--note", "Delayed again.", "--status",
          "delayed"], r"\d+"),
        (["set-status", "14", "under-way", "--date", "2025-12-02"],
         r"Item 14 is now under-way \(as of 2 Dec 2025\)\."),
    ],
)  # fmt: skip
def test_plain_writes_load_no_sqlalchemy(db_path, command, says):
    code = (
        "import sys; from pakru_desktop.cli import main; rc = main(['--db', sys.argv[1],"
        f" *{command!r}]);"
        " print(sorted(m for m in sys.modules if m.startswith('sqlalchemy'))); sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True,
                          text=True, check=True)  # fmt: skip
    said, loaded = done.stdout.splitlines()
    assert loaded == "[]"
    assert re.fullmatch(says, said)
    db = open_database(sqlite_url(db_path))
    try:
        if command[0] == "add-event":
            assert get_item(db, int(said)).row.title == "Quick talks"
        else:
            assert get_item(db, 14).row.status == ("delayed" if command[0] == "follow-up"
                                                   else "under-way")  # fmt: skip
    finally:
        db.close()


FOLLOW_UPS = [
    (14, {"date": "Nov 2025", "note": "Talks on the route went on.", "status": None}),
    (14, {"date": "2025-12-01", "note": "", "status": "delayed"}),
    (14, {"date": "2025-12-02", "note": "Still delayed.", "status": "delayed"}),
    (14, {"date": "Oct 2025", "note": "Earlier, it was under way.", "status": "under-way"}),
    (1, {"date": "last Tuesday", "note": "Recalled in a speech.", "status": None}),
    (8, {"date": "2025-11-26", "note": "", "status": "postponed"}),
]


def test_a_quick_follow_up_is_the_one_the_orm_writes(copies):
    quick, orm = copies
    db = open_database(sqlite_url(orm))
    try:
        slow = [add_follow_up(db, item, today=TODAY, **fields) for item, fields in FOLLOW_UPS]
    finally:
        db.close()
    fast = [add_follow_up_quickly(sqlite_url(quick), item, today=TODAY, **fields)
            for item, fields in FOLLOW_UPS]  # fmt: skip
    assert [(f.id, f.date, f.item_status) for f in fast if f] == [
        (s.follow_up.id, s.follow_up.date, s.item_status) for s in slow
    ]
    assert _rows(quick) == _rows(orm)


def test_a_quick_follow_up_refuses_what_the_services_refuse(db_path):
    before = _rows(db_path)
    url = sqlite_url(db_path)
    with pytest.raises(NotFoundError):
        add_follow_up_quickly(url, 999, date="2025", note="x", today=TODAY)
    with pytest.raises(ValidationError, match="project status"):
        add_follow_up_quickly(url, 14, date="2025", note="x", status="held", today=TODAY)
    with pytest.raises(ValidationError, match="note or a new status"):
        add_follow_up_quickly(url, 14, date="2025", note=" ", today=TODAY)
    with pytest.raises(ValidationError):
        add_follow_up_quickly(url, 14, date="the 45th of Smarch", note="x", today=TODAY)
    assert _rows(db_path) == before
