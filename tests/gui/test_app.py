"""Starting and stopping the app; errors that reach people; a very large database."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui import app as gui_app
from pakru_desktop.gui.errors import install_excepthook
from pakru_desktop.gui.main_window import MainWindow
from pakru_desktop.services.database import open_database
from pakru_desktop.services.queries import count_items
from pakru_desktop.store.location import sqlite_url


def _started(process: subprocess.Popen, log: Path) -> Path:
    """``log`` once the app in ``process`` has written that it started (30 s at most)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and "started" not in (
        log.read_text() if log.exists() else ""
    ):
        assert process.poll() is None, process.communicate()
        time.sleep(0.2)
    return log


def test_the_installed_entry_point_starts_and_closes_cleanly(tmp_path):
    executable = Path(sys.executable).with_name("pakru-desktop")
    assert executable.exists(), "pakru-desktop is installed beside the interpreter"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    db = tmp_path / "app.sqlite3"
    process = subprocess.Popen(
        [str(executable), "--db", str(db)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _started(process, tmp_path / "cache" / "pakru-desktop" / "log" / "pakru.log")
    assert db.exists()  # created and seeded on first start
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err.decode()
    assert b"Traceback" not in err
    settings = tmp_path / "config" / "Pakru" / "Pakru Desktop.conf"
    assert "geometry" in settings.read_text()  # window state saved on the way out


def test_a_damaged_database_is_reported_in_a_dialog(qapp, tmp_path, monkeypatch):
    damaged = tmp_path / "bad.sqlite3"
    damaged.write_bytes(b"not a database" * 300)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert gui_app.main(["--db", str(damaged)]) == 2
    assert "damaged" in shown[0]


def test_unexpected_errors_open_a_crash_dialog_with_details(qapp, monkeypatch):
    details = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: details.append(box.detailedText()) or 0)
    previous = sys.excepthook
    install_excepthook()
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert "RuntimeError: boom in a slot" in details[0] and "Traceback" in details[0]


@pytest.fixture
def big_db(db_path):
    """The seed database plus 100,000 events, inserted in one transaction."""
    now = dt.datetime(2026, 1, 1).isoformat(sep=" ")
    with sqlite3.connect(db_path) as connection:
        connection.executemany(
            "INSERT INTO items (kind, type, title, summary, date_start, date_precision,"
            " date_inferred, date_last, due_inferred, base_status, status, location, version,"
            " created_at, updated_at) VALUES ('event', 'meeting', ?, '', ?, 'day', 0, ?, 0,"
            " 'held', 'held', 'Somewhere', 1, ?, ?)",
            [
                (
                    f"Synthetic meeting {n}",
                    (dt.date(2000, 1, 1) + dt.timedelta(days=n % 9000)).isoformat(),
                    (dt.date(2000, 1, 1) + dt.timedelta(days=n % 9000)).isoformat(),
                    now,
                    now,
                )
                for n in range(100_000)
            ],
        )
    database = open_database(sqlite_url(db_path))
    yield database
    database.close()


def test_a_database_of_100000_items_reads_only_the_pages_on_screen(qtbot, big_db, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(big_db, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.item_pages[Kind.EVENT])
    page = window.item_pages[Kind.EVENT]
    model = page.model
    total = count_items(big_db, ItemFilter(Kind.EVENT))
    # A list this long is read off the window's thread, the window saying so meanwhile.
    assert page.is_loading() and window.count_label.text() == "Reading the list of events…"
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    assert total > 100_000 and model.total() == total == model.rowCount()
    assert window.count_label.text() == f"{total:,} events"
    table = window.item_pages[Kind.EVENT].table
    qtbot.waitUntil(lambda: model.pages_held() >= 1)
    assert model.pages_held() <= 2
    # The end of the list at once, without reading the 100,000 rows before it.
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.rowAt(table.viewport().height() - 2) == total - 1)
    last = table.model().index(total - 1, 1).data()
    assert last == "1 Jan 2000" and model.pages_held() <= 4
    page.filter_bar.text.setText("meeting 4242")
    page.filter_bar.apply_now()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    assert model.total() == count_items(big_db, ItemFilter(Kind.EVENT, text="meeting 4242"))


def test_the_frame_is_up_before_the_database_is_opened(qtbot, db, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show_opening("pakru.sqlite3")
    window.show()
    qtbot.waitExposed(window)
    assert window.nav.count() == 8
    assert "Opening pakru.sqlite3" in window.current_page().text()
    # Nothing to act on yet: choosing a page or a command does nothing.
    assert not window.new_actions[Kind.EVENT].isEnabled()
    window.nav.setCurrentRow(1)
    assert "Opening" in window.current_page().text()
    window.attach(db)
    assert window.new_actions[Kind.EVENT].isEnabled()
    assert window.current_page() is window.overview_page
    assert window.nav.currentRow() == 0
    qtbot.waitUntil(lambda: window.overview_page.overview is not None, timeout=10000)
    assert window.windowTitle().endswith(db.display_name)
    window.show_page(window.item_pages[Kind.EVENT])
    page = window.item_pages[Kind.EVENT]
    qtbot.waitUntil(lambda: page.model.total() > 0, timeout=10000)
    assert page.model.total() == count_items(db, ItemFilter(Kind.EVENT))


def test_the_services_read_beside_the_frame_are_all_the_pages_need():
    # Whatever the pages import that is not read on the side would be read on the
    # window's thread after the frame is up, where it holds the window still.
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
        "import importlib; from pakru_desktop.gui.app import SERVICES\n"
        "from pakru_desktop.gui import main_window\n"
        "assert not [m for m in sys.modules if m.startswith('sqlalchemy')], 'frame loads SQL'\n"
        "for name in SERVICES: importlib.import_module(name)\n"
        "before = set(sys.modules)\n"
        "import pakru_desktop.gui.window_content\n"
        "print(sorted(m for m in set(sys.modules) - before if m.startswith(("
        "'sqlalchemy', 'pakru_desktop.services', 'pakru_desktop.store', 'alembic'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)  # fmt: skip
    assert done.stdout.strip() == "[]"


def test_python_dash_m_runs_the_app_and_says_its_version():
    done = subprocess.run([sys.executable, "-m", "pakru_desktop", "--version"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    assert done.stdout.strip() == f"pakru-desktop {gui_app.__version__}"


def test_the_installed_menu_entry_launches_the_app_on_a_file(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    executable = Path(sys.executable).with_name("pakru-desktop")
    done = subprocess.run([str(executable), "--install-desktop-entry"], env=env,
                          capture_output=True, text=True, check=True)  # fmt: skip
    entry = tmp_path / "data" / "applications" / "pakru-desktop.desktop"
    assert str(entry) in done.stdout
    lines = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    command = shlex.split(lines["Exec"])
    assert command[-1] == "%f" and Path(command[0]).is_absolute()
    assert Path(lines["Icon"]).is_file()
    # What a file manager runs to open a database file with the app.
    db = tmp_path / "opened.sqlite3"
    process = subprocess.Popen([*command[:-1], str(db)], env=env, stderr=subprocess.PIPE)
    log = _started(process, tmp_path / "cache" / "pakru-desktop" / "log" / "pakru.log")
    assert str(db) in log.read_text() and db.exists()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0
    removed = subprocess.run([str(executable), "--remove-desktop-entry"], env=env,
                             capture_output=True, text=True, check=True)  # fmt: skip
    assert "Removed" in removed.stdout and not entry.exists()


@pytest.mark.parametrize("language", ["ru", "ur"])
def test_the_app_starts_in_the_language_chosen_in_the_preferences(tmp_path, language):
    config = tmp_path / "config" / "Pakru"
    config.mkdir(parents=True)
    (config / "Pakru Desktop.conf").write_text(f"[appearance]\nlanguage={language}\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_GB.UTF-8",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "pakru_desktop", str(tmp_path / "app.sqlite3")],
        env=env, stderr=subprocess.PIPE,
    )  # fmt: skip
    log = _started(process, tmp_path / "cache" / "pakru-desktop" / "log" / "pakru.log")
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err.decode()
    assert f", in {language}" in log.read_text()
