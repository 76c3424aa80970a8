"""Opening under concurrency and crashes: real processes racing and killed with SIGKILL.

Every child is a real ``pakru`` process (see ``child_processes``); afterwards the file
must open, pass ``integrity_check`` and hold every write a child acknowledged.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from child_processes import Forker, kill, wait_for
from old_databases import first_release_database

from pakru_desktop.services.database import open_database
from pakru_desktop.store.backup import backups_of
from pakru_desktop.store.identify import APPLICATION_ID
from pakru_desktop.store.location import sqlite_url

RACE_ROUNDS = 20
KILLED_CREATIONS = 8
KILLED_MIGRATIONS = 10


@pytest.fixture(scope="module")
def forker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Forker]:
    """One worker for the module's children."""
    worker = Forker(tmp_path_factory.mktemp("results"))
    yield worker
    worker.close()


def _add(path: Path, title: str) -> list[str]:
    return ["add-event", "--db", str(path), "--title", title, "--date", "2025"]


def _items(path: Path) -> dict[int, str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        rows = dict(connection.execute("SELECT id, title FROM items"))
    connection.close()
    return rows


def _scratch_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("start", ["missing", "zero-length"])
def test_two_processes_creating_one_database_keep_both_writes(forker, tmp_path, start):
    rounds = RACE_ROUNDS if start == "missing" else 4
    acknowledged = 0
    for round_number in range(rounds):
        path = tmp_path / f"round-{round_number}" / "pakru.sqlite3"
        path.parent.mkdir()
        if start == "zero-length":
            path.touch()
        results = forker.run(_add(path, f"A{round_number}"), _add(path, f"B{round_number}"))
        assert [r.code for r in results] == [0, 0], [r.err for r in results]
        ids = [int(r.out) for r in results]
        items = _items(path)
        assert len(set(ids)) == 2
        assert [items[i] for i in ids] == [f"A{round_number}", f"B{round_number}"]
        assert _scratch_files(path.parent) == []
        acknowledged += 2
    assert acknowledged == 2 * rounds


@pytest.mark.parametrize("start", ["missing", "zero-length"])
def test_a_creation_killed_at_any_moment_leaves_a_file_that_opens(forker, tmp_path, start):
    def fresh(attempt: int) -> Path:
        path = tmp_path / f"attempt-{attempt}" / "pakru.sqlite3"
        path.parent.mkdir()
        if start == "zero-length":
            path.touch()
        return path

    # How long one creation takes, so the kills land anywhere inside it.
    probe = fresh(-1)
    began = time.monotonic()
    (result,) = forker.run(_add(probe, "probe"))
    duration = time.monotonic() - began
    assert result.code == 0
    rng = random.Random(7)
    path, interrupted = fresh(0), 0
    for attempt in range(KILLED_CREATIONS):
        ((pid, result_file),) = forker.start(_add(path, f"T{attempt}"))
        time.sleep(rng.uniform(0, duration))
        kill(pid)
        if not path.exists() or path.stat().st_size == 0:
            interrupted += 1  # killed mid-creation: the path is as it was
            continue
        # Killed after the database was put in place: it is complete, with any write.
        items = _items(path)
        if result_file.exists():
            done = wait_for(result_file)
            assert done.code == 0 and items[int(done.out)] == f"T{attempt}", done.err
        path = fresh(attempt + 1)
    assert interrupted >= KILLED_CREATIONS // 4
    (last,) = forker.run(_add(path, "after"))
    assert last.code == 0, last.err
    assert _items(path)[int(last.out)] == "after"
    assert _scratch_files(path.parent) == []


def test_a_migration_killed_at_any_moment_leaves_a_file_that_migrates(forker, tmp_path):
    pristine = tmp_path / "pristine.sqlite3"
    ids = first_release_database(pristine, items=30)

    def fresh(attempt: int) -> Path:
        path = tmp_path / f"attempt-{attempt}" / "old.sqlite3"
        path.parent.mkdir()
        shutil.copyfile(pristine, path)
        return path

    probe = fresh(-1)
    began = time.monotonic()
    (result,) = forker.run(["list", "actors", "--db", str(probe)])
    duration = time.monotonic() - began
    assert result.code == 0, result.err
    rng = random.Random(11)
    path, interrupted = fresh(0), 0
    for attempt in range(KILLED_MIGRATIONS):
        ((pid, _result_file),) = forker.start(["list", "actors", "--db", str(path)])
        time.sleep(rng.uniform(0, duration))
        kill(pid)
        with sqlite3.connect(path) as connection:
            names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        connection.close()
        assert not [n for n in names if n.startswith("_alembic_tmp_")]
        if revision == "0001":
            interrupted += 1  # killed before the commit: the old schema, as it was
        else:
            path = fresh(attempt + 1)
    assert interrupted >= KILLED_MIGRATIONS // 4
    db = open_database(sqlite_url(path), seed=False)
    db.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert [r[0] for r in connection.execute("SELECT id FROM items ORDER BY id")] == ids
        assert connection.execute("SELECT count(*) FROM follow_ups").fetchone() == (len(ids),)
    connection.close()
    # Retries after a kill reuse the identical backup instead of adding one each.
    assert len(backups_of(path)) == 1
    assert _scratch_files(path.parent) == []


def test_two_processes_opening_one_old_database_migrate_it_once(forker, tmp_path):
    for round_number in range(3):
        path = tmp_path / f"round-{round_number}" / "old.sqlite3"
        path.parent.mkdir()
        ids = first_release_database(path, items=5)
        results = forker.run(_add(path, "A"), _add(path, "B"))
        assert [r.code for r in results] == [0, 0], [r.err for r in results]
        items = _items(path)
        assert set(ids) <= set(items) and {items[int(r.out)] for r in results} == {"A", "B"}
        assert len(backups_of(path)) == 1
