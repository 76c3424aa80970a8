"""Copying a whole database into an empty one, on either back end: every record and id
kept, verified, the target usable afterwards, a non-empty target refused."""

from __future__ import annotations

import shutil

import pytest
from backends import table_counts

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.item_input import ItemDraft
from pakru_desktop.services.copy_database import copy_database
from pakru_desktop.services.database import open_database
from pakru_desktop.services.export_csv import export_csv
from pakru_desktop.services.items import add_item, get_item
from pakru_desktop.services.queries import largest_item_id
from pakru_desktop.services.search import search
from pakru_desktop.store.location import sqlite_url
from pakru_desktop.store.models import Base

TABLES = tuple(table.name for table in Base.metadata.sorted_tables)


@pytest.fixture
def seeded_file(tmp_path, seeded_template):
    """A seeded SQLite file of the test's own, whatever the back end."""
    path = tmp_path / "source.sqlite3"
    shutil.copyfile(seeded_template, path)
    return sqlite_url(path)


def _export(url, folder):
    db = open_database(url, create=False)
    try:
        export_csv(db, folder)
    finally:
        db.close()
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_copy_holds_every_record_with_its_id_and_exports_the_same(
    seeded_file, empty_db_url, tmp_path
):
    before = table_counts(seeded_file, TABLES)
    done = copy_database(seeded_file, empty_db_url)
    assert {t.name: t.rows for t in done.tables} == before == table_counts(empty_db_url, TABLES)
    assert done.rows == sum(before.values()) and all(len(t.checksum) == 64 for t in done.tables)
    # Every field of every record, as the CSV export shows them, byte for byte.
    assert _export(empty_db_url, tmp_path / "to") == _export(seeded_file, tmp_path / "from")
    copy = open_database(empty_db_url)
    try:
        assert get_item(copy, 12).row.title == _title(seeded_file, 12)
        assert search(copy, "Karachi")  # the word index is whole
        # A new record gets a new id, past every copied one.
        largest = largest_item_id(copy)
        new = add_item(copy, ItemDraft("event", "After the copy", "2025-12-01")).item.row.id
        assert new == largest + 1
    finally:
        copy.close()


def _title(url, item_id):
    db = open_database(url, create=False)
    try:
        return get_item(db, item_id).row.title
    finally:
        db.close()


def test_a_copy_into_a_database_with_records_is_refused_and_changes_nothing(db, seeded_file):
    before = table_counts(db.url, TABLES)
    with pytest.raises(ValidationError, match="already holds records"):
        copy_database(seeded_file, db.url)
    assert table_counts(db.url, TABLES) == before


def test_a_copy_back_from_the_copy_is_the_same_again(seeded_file, empty_db_url, tmp_path):
    copy_database(seeded_file, empty_db_url)
    back = sqlite_url(tmp_path / "back.sqlite3")
    copy_database(empty_db_url, back)
    assert _export(back, tmp_path / "back") == _export(seeded_file, tmp_path / "first")
