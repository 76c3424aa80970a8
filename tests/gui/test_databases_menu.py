"""File ▸ New database, Open database and Open recent: another database opens in a window
of its own; the recent list remembers what was opened; nothing overwrites a file."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from gui_helpers import answer_next_question
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.main_window import MainWindow
from pakru_desktop.gui.recent_databases import KEEP, recent_databases, remember
from pakru_desktop.gui.window_launcher import window_command
from pakru_desktop.services.database import open_database
from pakru_desktop.services.queries import count_items
from pakru_desktop.store.location import sqlite_url


def _window(qtbot, db, today, tmp_path) -> tuple[MainWindow, list[Path]]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    launched: list[Path] = []
    window.launcher = lambda path: launched.append(path) or True
    return window, launched


def _other_database(tmp_path: Path, name: str = "other.sqlite3") -> Path:
    path = tmp_path / name
    open_database(sqlite_url(path)).close()
    return path


def _close_next_message(texts: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, close)
            return
        texts.append(box.text())
        box.accept()

    QTimer.singleShot(0, close)


def _recent_entries(window: MainWindow) -> list[tuple[str, bool]]:
    window.fill_recent_menu()
    return [(a.text(), a.isEnabled()) for a in window.recent_menu.actions() if a.text()]


def test_the_database_shown_comes_first_in_open_recent_and_is_greyed(qtbot, db, today, tmp_path):
    window, _ = _window(qtbot, db, today, tmp_path)
    assert recent_databases(window.settings)[0] == db.path.resolve()
    first, enabled = _recent_entries(window)[0]
    assert first == f"&1 {db.path.name} (this window)" and not enabled


def test_open_database_opens_another_file_in_a_new_window(qtbot, db, today, tmp_path,
                                                          monkeypatch):  # fmt: skip
    window, launched = _window(qtbot, db, today, tmp_path)
    other = _other_database(tmp_path)
    asked = []

    def choose(_parent, caption, folder, filters):
        asked.append((caption, folder, filters))
        return str(other), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.open_database_action.trigger()
    assert launched == [other.resolve()]
    assert asked[0][0] == "Open database" and "*.sqlite3" in asked[0][2]
    assert asked[0][1] == str(db.path.resolve().parent)  # starts beside this database
    assert "other.sqlite3" in window.statusBar().currentMessage()
    entries = _recent_entries(window)
    assert [text for text, _ in entries][:2] == [
        f"&1 {db.path.name} (this window)",
        "&2 other.sqlite3",
    ]
    # Chosen from the menu, it opens again.
    launched.clear()
    [entry] = [a for a in window.recent_menu.actions() if a.text() == "&2 other.sqlite3"]
    entry.trigger()
    assert launched == [other.resolve()]


def test_choosing_this_windows_database_opens_nothing(qtbot, db, today, tmp_path):
    window, launched = _window(qtbot, db, today, tmp_path)
    assert window.open_database_file(db.path)
    assert launched == [] and "this window" in window.statusBar().currentMessage()


def test_a_recent_file_since_removed_is_said_and_taken_off(qtbot, db, today, tmp_path):
    window, launched = _window(qtbot, db, today, tmp_path)
    gone = _other_database(tmp_path, "gone.sqlite3")
    remember(window.settings, gone)
    gone.unlink()
    said: list[str] = []
    _close_next_message(said)
    assert not window.open_database_file(gone)
    assert launched == [] and "no longer there" in said[0]
    assert gone.resolve() not in recent_databases(window.settings)


def test_clear_the_list_keeps_only_this_windows_database(qtbot, db, today, tmp_path):
    window, _ = _window(qtbot, db, today, tmp_path)
    for n in range(KEEP + 3):
        remember(window.settings, tmp_path / f"n{n}.sqlite3")
    assert len(recent_databases(window.settings)) == KEEP  # never longer than that
    window.fill_recent_menu()
    [clear] = [a for a in window.recent_menu.actions() if a.objectName() == "clearRecent"]
    clear.trigger()
    assert recent_databases(window.settings) == [db.path.resolve()]


def test_new_database_with_or_without_the_articles_records(qtbot, db, today, tmp_path,
                                                           monkeypatch):  # fmt: skip
    window, launched = _window(qtbot, db, today, tmp_path)
    for name, answer, seeded in (("seeded", "yesButton", True), ("empty", "noButton", False)):
        chosen = tmp_path / name  # no suffix typed: .sqlite3 is added
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, c=chosen: (str(c), ""))
        asked: list[str] = []
        answer_next_question(answer, asked)
        made = window.new_database()
        assert made == chosen.with_suffix(".sqlite3") and made.exists()
        assert "three bundled articles" in asked[0]
        new = open_database(sqlite_url(made), create=False)
        try:
            assert (count_items(new, ItemFilter(Kind.EVENT)) > 0) is seeded
        finally:
            new.close()
        assert launched[-1] == made.resolve()


def test_new_database_never_replaces_a_file(qtbot, db, today, tmp_path, monkeypatch):
    window, launched = _window(qtbot, db, today, tmp_path)
    existing = tmp_path / "notes.sqlite3"
    existing.write_bytes(b"someone's notes")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(existing), ""))
    said: list[str] = []
    _close_next_message(said)
    assert window.new_database() is None
    assert existing.read_bytes() == b"someone's notes" and launched == []
    assert "never replaces" in said[0]


def test_cancelling_new_database_makes_nothing(qtbot, db, today, tmp_path, monkeypatch):
    window, launched = _window(qtbot, db, today, tmp_path)
    chosen = tmp_path / "later.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(chosen), ""))
    answer_next_question("cancelButton")
    assert window.new_database() is None
    assert not chosen.exists() and launched == []


def test_the_new_window_command_opens_that_database(tmp_path):
    path = _other_database(tmp_path, "window.sqlite3")
    program, arguments = window_command(path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    process = subprocess.Popen([program, *arguments], env=env, stderr=subprocess.PIPE)
    log = tmp_path / "cache" / "pakru-desktop" / "log" / "pakru.log"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and "started" not in (log.read_text() if log.exists()
                                                             else ""):  # fmt: skip
        assert process.poll() is None, process.communicate()
        time.sleep(0.2)
    assert str(path) in log.read_text()
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err.decode()


def test_a_damaged_recent_list_reads_as_empty_not_as_an_error(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for damaged in (5, "", ["", 3, None], {"a": 1}):
        settings.setValue("files/recent", damaged)
        assert recent_databases(settings) == []
    settings.setValue("files/recent", "/only/one.sqlite3")  # a single entry comes back bare
    assert recent_databases(settings) == [Path("/only/one.sqlite3")]
    assert remember(settings, tmp_path / "new.sqlite3")[0] == (tmp_path / "new.sqlite3").resolve()


def test_an_ampersand_in_a_file_name_shows_as_itself(qtbot, db, today, tmp_path):
    window, _ = _window(qtbot, db, today, tmp_path)
    remember(window.settings, tmp_path / "R&D.sqlite3")
    window.remember_database(db)
    entries = [text for text, _ in _recent_entries(window)]
    assert "&2 R&&D.sqlite3" in entries  # shown "2 R&D.sqlite3", 2 underlined
