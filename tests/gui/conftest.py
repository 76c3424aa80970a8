"""GUI test fixtures: real widgets over real services on a fresh seeded database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from pakru_desktop.gui.i18n import install_language
from pakru_desktop.gui.main_window import MainWindow

# A Tuesday, the day of the Beijing meeting: relative dates typed in tests resolve against it.
TODAY = dt.date(2025, 9, 2)


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The window in English, as the app starts on an English system: its catalogue gives
    the singular and plural of every counted message."""
    install_language("en", qapp)


@pytest.fixture
def today() -> dt.date:
    """The date the GUI under test takes as today."""
    return TODAY


@pytest.fixture
def window(qtbot, db, today, tmp_path):
    """The main window on the test's database, shown, with settings in a temp file."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(db, today=lambda: today, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
