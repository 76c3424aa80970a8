"""Opening a database file: only our own files are touched, and a refusal changes no byte.

Each refused file is checked by its sha256 before and after (and for SQLite files, that
no -wal or -shm file appeared beside it).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from old_databases import database_at_revision, first_release_database

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.services.database import init_database, open_database
from pakru_desktop.store import creation
from pakru_desktop.store.backup import backups_of
from pakru_desktop.store.identify import APPLICATION_ID
from pakru_desktop.store.location import default_database_path, sqlite_url


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, match: str, **options) -> None:
    """Opening ``path`` fails with ``match`` and leaves its folder exactly as it was."""
    before = {p.name: _sha(p) for p in path.parent.iterdir() if p.is_file()}
    with pytest.raises(StorageError, match=match) as caught:
        open_database(sqlite_url(path), **options).close()
    assert "\n" not in str(caught.value)
    assert {p.name: _sha(p) for p in path.parent.iterdir() if p.is_file()} == before


def _application_id(path: Path) -> int:
    with open(path, "rb") as handle:
        return int.from_bytes(handle.read(100)[68:72], "big")


def test_a_new_database_is_marked_as_ours_and_private(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(sqlite_url(path)).close()
    assert _application_id(path) == APPLICATION_ID
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Meeting notes, not a database.\n" * 20)
    _refused(path, "damaged or is not a database")


def test_a_damaged_database_is_refused_untouched(db_path):
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # page 1's schema, past the header
    db_path.write_bytes(bytes(data))
    _refused(db_path, "damaged")


def test_a_short_file_is_refused_untouched(tmp_path):
    path = tmp_path / "short.sqlite3"
    path.write_bytes(b"SQLite format 3\x00")
    _refused(path, "damaged")


def test_a_foreign_database_in_rollback_journal_mode_is_not_switched_to_wal(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.execute("INSERT INTO notes VALUES ('mine')")
    connection.close()
    _refused(path, "not a Pakru Desktop database")
    assert not Path(f"{path}-wal").exists()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()


def test_a_foreign_application_id_is_refused_even_with_our_tables(db_path):
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA application_id=1234")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    _refused(db_path, "not a Pakru Desktop database")


def test_another_programs_alembic_version_is_not_called_a_newer_pakru(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    _refused(path, "not a Pakru Desktop database")


def test_a_newer_schema_is_refused_untouched(db_path):
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    _refused(db_path, "newer release of Pakru Desktop")


def test_a_newer_schema_of_an_older_release_file_is_still_recognised(tmp_path):
    # application_id 0, but our tables and an unknown revision: a newer release's file.
    path = tmp_path / "old.sqlite3"
    database_at_revision(path, "0001")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    _refused(path, "newer release of Pakru Desktop")


def test_a_folder_given_as_the_database_is_refused_in_one_sentence(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    with pytest.raises(StorageError, match=r"data is a folder, not a database file"):
        open_database(sqlite_url(folder))
    with pytest.raises(StorageError, match="is a folder"):
        init_database(sqlite_url(folder))
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_not_created(tmp_path):
    path = tmp_path / "mistyped" / "dir" / "x.sqlite3"
    with pytest.raises(StorageError, match=r"The folder .*dir does not exist"):
        open_database(sqlite_url(path))
    assert list(tmp_path.iterdir()) == []


def test_the_default_data_folder_is_created_on_first_use():
    path = default_database_path()
    assert not path.parent.exists()
    open_database(sqlite_url(path)).close()
    assert _application_id(path) == APPLICATION_ID


def test_a_zero_length_file_becomes_a_seeded_database_with_its_mode(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    path.chmod(0o640)
    db = open_database(sqlite_url(path))
    with db.reading() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM items").scalar() > 0
    db.close()
    assert _application_id(path) == APPLICATION_ID
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]


def test_a_zero_length_file_locked_by_its_creator_is_waited_for_then_left_alone(
    tmp_path, monkeypatch
):
    path = tmp_path / "busy.sqlite3"
    path.touch()
    monkeypatch.setattr(creation, "LOCK_TIMEOUT_S", 0.2)
    with open(path, "rb") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        _refused(path, "Another program is creating the database")
    assert path.stat().st_size == 0


def test_opening_for_reading_never_creates_a_database(tmp_path):
    path = tmp_path / "moved.sqlite3"
    with pytest.raises(StorageError, match="no database at .*moved or deleted"):
        open_database(sqlite_url(path), create=False)
    path.touch()
    _refused(path, "empty file, not a database", create=False)
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["moved.sqlite3"]


@pytest.mark.sqlite_only
def test_a_database_moved_away_while_open_is_not_recreated_at_its_old_path(db, db_path):
    db_path.rename(db_path.with_name("elsewhere.sqlite3"))
    for side in ("-wal", "-shm"):
        Path(f"{db_path}{side}").unlink(missing_ok=True)
    db.engine.dispose()  # the next connection has to open the file again
    with pytest.raises(StorageError), db.reading() as session:
        session.connection().exec_driver_sql("SELECT 1")
    assert not db_path.exists()


def test_an_older_release_database_is_migrated_with_one_private_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    ids = first_release_database(path, items=3)
    path.chmod(0o600)
    db = open_database(sqlite_url(path), seed=False)
    db.close()
    (backup,) = backups_of(path)
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert [r[0] for r in copy.execute("SELECT id FROM items ORDER BY id")] == ids
    copy.close()
    assert backup.stat().st_mode & 0o777 == 0o600
    assert _application_id(path) == APPLICATION_ID
    with sqlite3.connect(path) as connection:
        assert [r[0] for r in connection.execute("SELECT id FROM items ORDER BY id")] == ids
    connection.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_retried_migration_reuses_the_identical_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    first_release_database(path, items=2)
    path.chmod(0o640)
    from pakru_desktop.store.backup import backup_sqlite

    first = backup_sqlite(path)
    assert backup_sqlite(path) == first
    assert first.stat().st_mode & 0o777 == 0o640
    open_database(sqlite_url(path), seed=False).close()
    assert backups_of(path) == [first]


def test_a_current_older_release_database_is_marked_as_ours(db_path):
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA application_id=0")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    open_database(sqlite_url(db_path)).close()
    assert _application_id(db_path) == APPLICATION_ID
    assert backups_of(db_path) == []


@pytest.mark.parametrize("table_there", [True, False], ids=["partial-copy", "complete-copy"])
def test_an_older_release_interrupted_migration_is_repaired(tmp_path, table_there):
    path = tmp_path / "old.sqlite3"
    ids = first_release_database(path, items=2)
    with sqlite3.connect(path) as connection:
        # What an older release committed before it was killed mid batch-rebuild.
        connection.execute("CREATE TABLE _alembic_tmp_links AS SELECT * FROM links")
        if not table_there:
            connection.execute("DROP TABLE links")
            connection.execute("CREATE TABLE _alembic_tmp_x AS SELECT 1 AS y")
            connection.execute("DROP TABLE _alembic_tmp_x")
    connection.close()
    db = open_database(sqlite_url(path), seed=False)
    db.close()
    with sqlite3.connect(path) as connection:
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert [r[0] for r in connection.execute("SELECT id FROM items ORDER BY id")] == ids
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    assert "links" in names and not [n for n in names if n.startswith("_alembic_tmp_")]
    assert len(backups_of(path)) == 1


def test_a_migration_that_fails_leaves_the_old_schema_and_no_leftovers(tmp_path, monkeypatch):
    from pakru_desktop.store import migrate

    path = tmp_path / "old.sqlite3"
    first_release_database(path, items=2)
    real = migrate._check_references

    def fail_at_the_end(connection):
        real(connection)
        raise StorageError("stopped before commit")

    monkeypatch.setattr(migrate, "_check_references", fail_at_the_end)
    with pytest.raises(StorageError, match="stopped before commit"):
        open_database(sqlite_url(path), seed=False)
    with sqlite3.connect(path) as connection:
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        columns = {r[1] for r in connection.execute("PRAGMA table_info(items)")}
    connection.close()
    assert version == ("0001",) and "date_last" not in columns and "history" not in names
    assert not [n for n in names if n.startswith("_alembic_tmp_")]
    assert _application_id(path) == 0
    monkeypatch.undo()
    open_database(sqlite_url(path), seed=False).close()
    assert len(backups_of(path)) == 1


def test_files_beside_a_new_database_are_only_its_own(tmp_path):
    open_database(sqlite_url(tmp_path / "new.sqlite3")).close()
    assert os.listdir(tmp_path) == ["new.sqlite3"]


def test_a_half_built_file_of_an_older_release_is_named_so_and_left_untouched(tmp_path):
    path = tmp_path / "half.sqlite3"
    with sqlite3.connect(path) as connection:
        # What an older release left when killed while filling an empty file in place.
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("CREATE TABLE actors (id INTEGER PRIMARY KEY)")
        connection.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY)")
    connection.close()
    _refused(path, "was never finished .* Move it away and start again")


def test_a_pipe_or_a_device_is_refused_and_never_replaced(tmp_path):
    pipe = tmp_path / "pipe.sqlite3"
    os.mkfifo(pipe)
    with pytest.raises(StorageError, match="pipe.sqlite3 is not a regular file"):
        open_database(sqlite_url(pipe))
    assert pipe.is_fifo() and sorted(p.name for p in tmp_path.iterdir()) == ["pipe.sqlite3"]
    with pytest.raises(StorageError, match="/dev/null is not a regular file"):
        open_database("sqlite:////dev/null")
    assert Path("/dev/null").is_char_device()
