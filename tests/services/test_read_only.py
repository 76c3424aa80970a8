"""A database that may not be written (its folder, its file, or both read-only) is still read.

Opening, listing, showing and exporting work; every change fails with one sentence (exit 2
in the CLI); nothing is written to the file or beside it (no -wal, no -shm), checked byte
for byte.

The permissions are real: as an ordinary user a chmod is enough. Root ignores file modes
through its capabilities (CAP_DAC_OVERRIDE and friends), so when the suite runs as root the
test thread gives those up for the duration of the test (Linux capabilities are per
thread; uid 0 stays the owner, so the owner's mode bits apply as to anyone). Every test
first checks that writing into the folder really is refused, and skips with the reason if
this process cannot be made to respect the modes.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from pakru_desktop.cli import main
from pakru_desktop.domain.errors import StorageError
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.database import Database, open_database
from pakru_desktop.services.items import ItemDraft, add_item, get_item
from pakru_desktop.services.queries import list_items
from pakru_desktop.services.sources import add_source
from pakru_desktop.store.location import sqlite_url

# Linux capability numbers (linux/capability.h): the rights that let root ignore modes.
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3
_CAPABILITY_VERSION_3 = 0x20080522

MODES = {
    # what is read-only: (file mode, folder mode)
    "folder": (0o600, 0o555),
    "file": (0o444, 0o755),
    "both": (0o444, 0o555),
}


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


@contextlib.contextmanager
def _modes_respected() -> Iterator[None]:
    """Within the block, this thread is refused what the file modes refuse (even as root)."""
    if os.geteuid() != 0:
        yield
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    if not hasattr(libc, "capget"):
        pytest.skip("running as root on a system without Linux capabilities to give up")
    header, data = _CapHeader(_CAPABILITY_VERSION_3, 0), (_CapData * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        pytest.skip(f"cannot read this thread's capabilities: {os.strerror(ctypes.get_errno())}")
    saved = data[0].effective
    # Only the effective set: the permitted one keeps them, so they can be raised again.
    data[0].effective &= ~(1 << _CAP_DAC_OVERRIDE | 1 << _CAP_DAC_READ_SEARCH | 1 << _CAP_FOWNER)
    if libc.capset(ctypes.byref(header), data) != 0:
        pytest.skip(f"cannot give up root's file rights: {os.strerror(ctypes.get_errno())}")
    try:
        yield
    finally:
        data[0].effective = saved
        assert libc.capset(ctypes.byref(header), data) == 0


def _check_really_read_only(path: Path, what: str) -> None:
    probe = path.parent / "probe"
    if what != "file":
        with contextlib.suppress(PermissionError):
            probe.touch()
            probe.unlink()
            pytest.skip("this process may write into a folder without write permission")
    if what != "folder":
        with contextlib.suppress(PermissionError):
            open(path, "r+b").close()
            pytest.skip("this process may write a file without write permission")


@contextlib.contextmanager
def read_only(path: Path, what: str) -> Iterator[None]:
    """``path``'s file and/or folder made read-only for this thread, then given back."""
    file_mode, folder_mode = MODES[what]
    path.chmod(file_mode)
    path.parent.chmod(folder_mode)
    try:
        with _modes_respected():
            _check_really_read_only(path, what)
            yield
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o600)


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _one_sentence(text: str) -> str:
    text = text.strip()
    assert "\n" not in text and "Traceback" not in text, text
    return text


@pytest.fixture
def folder_and_db(tmp_path: Path, seeded_template: Path) -> Path:
    """A seeded database alone in its own folder (so the folder can be made read-only)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "pakru.sqlite3"
    path.write_bytes(seeded_template.read_bytes())
    path.chmod(0o600)
    return path


@pytest.mark.parametrize("what", list(MODES))
def test_a_read_only_database_is_read_through_the_services(folder_and_db, what):
    before = _snapshot(folder_and_db.parent)
    with read_only(folder_and_db, what):
        db = open_database(sqlite_url(folder_and_db))
        try:
            assert db.read_only
            events = list_items(db, ItemFilter(Kind.EVENT))
            assert events
            assert get_item(db, events[0].id).row.title == events[0].title
            with pytest.raises(StorageError) as caught:
                add_item(db, ItemDraft(kind="event", title="Not kept", date="2025"))
            assert "read-only" in _one_sentence(str(caught.value))
            with pytest.raises(StorageError, match="read-only"):
                add_source(db, title="Not kept either", text="Body")
            assert len(list_items(db, ItemFilter(Kind.EVENT))) == len(events)
        finally:
            db.close()
        assert _snapshot(folder_and_db.parent) == before
    # Given write permission back, it is an ordinary database again.
    db = open_database(sqlite_url(folder_and_db))
    assert not db.read_only
    add_item(db, ItemDraft(kind="event", title="Kept", date="2025"))
    db.close()


@pytest.mark.parametrize("what", list(MODES))
def test_pakru_reads_a_read_only_database_and_refuses_changes_in_a_sentence(
    folder_and_db, tmp_path, capsys, what
):
    before = _snapshot(folder_and_db.parent)
    out = tmp_path / "export"
    db = ["--db", str(folder_and_db)]
    with read_only(folder_and_db, what):
        assert main(["list", "events", *db]) == 0
        assert "Beijing" in capsys.readouterr().out
        assert main(["list", "sources", *db]) == 0
        capsys.readouterr()
        assert main(["show", "1", *db]) == 0
        assert "Version 1" in capsys.readouterr().out
        assert main(["export", "--out", str(out), *db]) == 0
        capsys.readouterr()
        assert (out / "events.csv").read_text(encoding="utf-8").count("\n") > 1
        assert main(["add-event", "--title", "Not kept", "--date", "2025", *db]) == 2
        assert "read-only" in _one_sentence(capsys.readouterr().err)
        assert main(["follow-up", "1", "--date", "2025", "--note", "Not kept", *db]) == 2
        assert "read-only" in _one_sentence(capsys.readouterr().err)
        assert _snapshot(folder_and_db.parent) == before


def test_a_read_only_database_of_an_older_release_is_read_without_being_stamped(folder_and_db):
    with sqlite3.connect(folder_and_db) as connection:
        connection.execute("PRAGMA user_version=0")  # as releases before the schema number
    connection.close()
    before = _snapshot(folder_and_db.parent)
    with read_only(folder_and_db, "folder"):
        db = open_database(sqlite_url(folder_and_db))
        assert list_items(db, ItemFilter(Kind.EVENT))
        db.close()
        assert _snapshot(folder_and_db.parent) == before


def test_a_read_only_database_that_needs_an_upgrade_is_refused_in_a_sentence(folder_and_db):
    with sqlite3.connect(folder_and_db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    connection.close()
    before = _snapshot(folder_and_db.parent)
    with read_only(folder_and_db, "folder"):
        with pytest.raises(StorageError, match="older release .* read-only") as caught:
            open_database(sqlite_url(folder_and_db))
        _one_sentence(str(caught.value))
        assert _snapshot(folder_and_db.parent) == before


def test_a_read_only_folder_shows_what_a_writer_commits_while_it_is_open(folder_and_db):
    # Someone with write permission has the database open (so its -wal and -shm exist);
    # this process, which may not write into the folder, reads through them.
    writer: Database = open_database(sqlite_url(folder_and_db))
    try:
        first = add_item(writer, ItemDraft(kind="event", title="Written first", date="2025"))
        assert Path(f"{folder_and_db}-wal").exists()
        with read_only(folder_and_db, "folder"):
            reader = open_database(sqlite_url(folder_and_db))
            try:
                assert reader.read_only
                assert get_item(reader, first.item.id).row.title == "Written first"
                draft = ItemDraft(kind="event", title="Written later", date="2025")
                later = add_item(writer, draft)
                assert get_item(reader, later.item.id).row.title == "Written later"
            finally:
                reader.close()
    finally:
        writer.close()
