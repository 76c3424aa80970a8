"""The schema number in ``PRAGMA user_version``: stamped on every database this release
writes, read (with ``application_id``) before anything is written, so a file of a newer
release is refused untouched and a file of a release that did not set it still opens."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from old_databases import first_release_database
from sqlalchemy import text

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.services.database import open_database
from pakru_desktop.store.backup import backups_of
from pakru_desktop.store.identify import APPLICATION_ID
from pakru_desktop.store.location import sqlite_url
from pakru_desktop.store.schema_version import KNOWN_REVISIONS, SCHEMA_NUMBER


def _header(path: Path) -> tuple[int, int]:
    """``(application_id, user_version)`` as the file's first 100 bytes say."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    return int.from_bytes(header[68:72], "big"), int.from_bytes(header[60:64], "big")


def _folder(path: Path) -> dict[str, str]:
    # -shm is shared memory, not content: any reader of a WAL file moves its read marks.
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in path.parent.iterdir()
        if p.is_file() and not p.name.endswith("-shm")
    }


def _set_user_version(path: Path, number: int, *, checkpoint: bool = True) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version={number}")
        if checkpoint:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def test_the_schema_number_is_the_number_of_the_newest_revision():
    assert [int(revision) for revision in KNOWN_REVISIONS] == list(
        range(1, len(KNOWN_REVISIONS) + 1)
    )
    assert SCHEMA_NUMBER == len(KNOWN_REVISIONS) == 7


def test_a_new_database_carries_our_application_id_and_schema_number(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(sqlite_url(path)).close()
    assert _header(path) == (APPLICATION_ID, SCHEMA_NUMBER)


def test_a_migrated_database_gets_the_schema_number_with_its_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    first_release_database(path, items=2)
    assert _header(path) == (0, 0)
    open_database(sqlite_url(path), seed=False).close()
    assert _header(path) == (APPLICATION_ID, SCHEMA_NUMBER)
    (backup,) = backups_of(path)
    assert _header(backup) == (0, 0)  # the backup is the file as it was


def test_a_current_database_without_a_schema_number_opens_and_is_stamped(db_path):
    # What the releases before the schema number leave: our application_id, user_version 0.
    _set_user_version(db_path, 0)
    assert _header(db_path) == (APPLICATION_ID, 0)
    db = open_database(sqlite_url(db_path))
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM items")).scalar() > 0
    db.close()
    assert _header(db_path) == (APPLICATION_ID, SCHEMA_NUMBER)
    assert backups_of(db_path) == []


@pytest.mark.parametrize("where", ["header", "wal"])
def test_a_newer_schema_number_is_refused_before_anything_is_written(db_path, where):
    if where == "header":
        _set_user_version(db_path, SCHEMA_NUMBER + 1)
        before = _folder(db_path)
        with pytest.raises(StorageError, match=f"newer release .*schema {SCHEMA_NUMBER + 1}"):
            open_database(sqlite_url(db_path))
        assert _folder(db_path) == before
        return
    # Committed but still in the WAL (another program holds the file open), so the
    # header is stale: the read-only look must find it.
    holder = sqlite3.connect(db_path)
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute(f"PRAGMA user_version={SCHEMA_NUMBER + 1}")
    holder.commit()
    try:
        assert _header(db_path) == (APPLICATION_ID, SCHEMA_NUMBER)
        before = _folder(db_path)
        with pytest.raises(StorageError, match="newer release") as caught:
            open_database(sqlite_url(db_path))
        assert "\n" not in str(caught.value)
        assert _folder(db_path) == before
    finally:
        holder.close()


def test_another_programs_user_version_means_nothing_to_us(tmp_path):
    # An older release's file has application_id 0; whatever its user_version holds was
    # not written by us, so it neither refuses the file nor survives the upgrade.
    path = tmp_path / "old.sqlite3"
    first_release_database(path, items=1)
    _set_user_version(path, 999)
    open_database(sqlite_url(path), seed=False).close()
    assert _header(path) == (APPLICATION_ID, SCHEMA_NUMBER)
