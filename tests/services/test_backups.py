"""Backups: made now, daily at start-up, before a restore; kept ten deep; restored exactly,
even into a database too damaged to open."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from pakru_desktop.cli import main
from pakru_desktop.domain.errors import StorageError
from pakru_desktop.services.backups import (
    backup_if_due,
    list_backups,
    make_backup,
    restore_backup,
)
from pakru_desktop.services.database import open_database
from pakru_desktop.services.items import ItemDraft, ItemPatch, add_item, delete_item, edit_item
from pakru_desktop.store.backup import backups_of

TABLES = ("items", "follow_ups", "evidence", "links", "sources", "actors", "participations")


def _records(path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


@pytest.mark.sqlite_only
def test_backup_then_damage_then_restore_gives_back_exactly_the_backup(db, db_path, capsys):
    backup = make_backup(db)
    assert backup.items == 28 and oct(backup.path.stat().st_mode & 0o777) == oct(
        db_path.stat().st_mode & 0o777
    )
    saved = _records(backup.path)
    edit_item(db, 1, ItemPatch(title="Changed after the backup"))
    delete_item(db, 2)
    add_item(db, ItemDraft("event", "Added after the backup", date="2025"))
    db.close()
    # Damaged by hand: the first page overwritten, the file no longer opens.
    with open(db_path, "r+b") as handle:
        handle.write(b"garbage" * 20)
    assert main(["--db", str(db_path), "list", "events"]) == 2
    assert "damaged" in capsys.readouterr().err

    assert main(["--db", str(db_path), "restore", str(backup.path)]) == 0
    said = capsys.readouterr().out
    assert "damaged-" in said  # the damaged file was kept aside, byte for byte
    assert _records(db_path) == saved
    assert main(["--db", str(db_path), "check"]) == 0


@pytest.mark.sqlite_only
def test_a_restore_keeps_the_state_it_replaced_as_a_backup(db, db_path):
    first = make_backup(db).path
    edit_item(db, 1, ItemPatch(title="Changed after the backup"))
    changed = _records(db_path)
    kept = restore_backup(db.url, first)
    assert kept is not None and _records(kept) == changed
    assert _records(db_path) == _records(first)
    # The open Database sees the restored records after reopening.
    again = open_database(db.url)
    assert again.engine.connect().exec_driver_sql("SELECT title FROM items WHERE id = 1").scalar()
    again.close()


@pytest.mark.sqlite_only
def test_a_backup_that_is_not_ours_or_is_damaged_is_refused_and_nothing_changes(db, db_path):
    before = _records(db_path)
    foreign = db_path.with_name("other.sqlite3")
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(StorageError, match="not a Pakru Desktop database"):
        restore_backup(db.url, foreign)
    assert _records(db_path) == before and backups_of(db_path) == []


@pytest.mark.sqlite_only
def test_only_the_newest_ten_are_kept_and_listed_newest_first(db, db_path):
    for n in range(12):
        edit_item(db, 1, ItemPatch(location=f"Beijing {n}"))
        make_backup(db)
    listed = list_backups(db)
    assert len(listed) == 10 == len(backups_of(db_path))
    assert listed[0].path == backups_of(db_path)[-1]


@pytest.mark.sqlite_only
def test_a_backup_is_made_at_start_up_when_the_newest_is_over_a_day_old(db, db_path):
    first = backup_if_due(db)
    assert first is not None
    assert backup_if_due(db) is None  # one already today
    old = (dt.datetime.now() - dt.timedelta(days=2)).timestamp()
    os.utime(first.path, (old, old))
    edit_item(db, 1, ItemPatch(location="Beijing, China"))
    assert backup_if_due(db) is not None
    assert len(backups_of(db_path)) == 2


def test_backup_to_a_chosen_file_refuses_to_overwrite(db, tmp_path, capsys):
    target = tmp_path / "copy.sqlite3"
    assert main(["--database-url", db.url, "backup", "--to", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert main(["--database-url", db.url, "backup", "--to", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err


@pytest.mark.sqlite_only
def test_the_check_at_start_up_finds_a_damaged_page_and_says_what_to_do(db, db_path):
    from pakru_desktop.services.integrity import check_database, check_on_open

    assert check_on_open(db) is None and check_database(db) == []
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_items_kind_date'"
        ).fetchone()[0]
    db.engine.dispose()
    with open(db_path, "r+b") as handle:
        handle.seek((page - 1) * 4096 + 8)
        handle.write(b"\xff" * 64)
    sentence = check_on_open(db)
    assert sentence is not None and "damaged" in sentence and "Backups" in sentence
    assert check_database(db)
