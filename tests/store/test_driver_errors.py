"""Driver errors: known ones (locked, damaged …) are sentences, everything else a bug."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from pakru_desktop.cli import main
from pakru_desktop.domain.errors import StorageError
from pakru_desktop.logging_setup import log_file
from pakru_desktop.store.errors import DatabaseBug, storage_error


def _driver_error(connection: sqlite3.Connection, sql: str) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        connection.execute(sql)
    return caught.value


def test_a_locked_database_is_known_by_its_result_code(tmp_path):
    path = tmp_path / "x.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    waiter = sqlite3.connect(path, timeout=0)
    error = _driver_error(waiter, "INSERT INTO t VALUES (1)")
    holder.rollback()
    wrapped = OperationalError("INSERT …", {}, error)
    assert isinstance(storage_error(wrapped), StorageError)
    assert "locked" in str(storage_error(wrapped))


def test_a_query_naming_a_missing_column_is_a_bug_not_a_user_error(tmp_path):
    connection = sqlite3.connect(tmp_path / "x.sqlite3")
    connection.execute("CREATE TABLE t (x)")
    error = _driver_error(connection, "SELECT nope FROM t")
    assert isinstance(storage_error(OperationalError("SELECT", {}, error)), DatabaseBug)


def _checkpointed_copy(db_path, tmp_path):
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'items'")
        page = root.fetchone()[0]
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(db_path, damaged)
    return damaged, page


def test_a_damaged_page_is_a_sentence_on_the_quick_path_and_the_full_one(db_path, tmp_path, capsys):
    damaged, page = _checkpointed_copy(db_path, tmp_path)
    with open(damaged, "r+b") as handle:
        handle.seek((page - 1) * 4096)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    for command in (["list", "events"], ["show", "1"]):
        assert main(["--db", str(damaged), *command]) == 2
        assert "damaged" in capsys.readouterr().err


def test_an_unexpected_database_error_exits_1_and_is_logged(db_path, tmp_path, capsys):
    broken, _ = _checkpointed_copy(db_path, tmp_path)
    with sqlite3.connect(broken) as connection:
        connection.execute("DROP TABLE links")  # no user action explains this
    assert main(["--db", str(broken), "show", "1"]) == 1
    assert "a bug" in capsys.readouterr().err
    assert "Traceback" in log_file().read_text(encoding="utf-8")
