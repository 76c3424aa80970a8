"""A database the user may only read: the window says so in a banner and offers no
editing control, while everything can still be read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from sqlalchemy.orm import sessionmaker

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.main_window import MainWindow
from pakru_desktop.gui.read_only_mode import EDITING_BUTTONS
from pakru_desktop.services.database import Database
from pakru_desktop.services.items import get_item
from pakru_desktop.store.engine import make_engine

pytestmark = pytest.mark.all_backends


@pytest.fixture
def reader(db):
    """The test's database opened as one that may only be read."""
    engine = make_engine(db.url, read_only=True)
    yield Database(db.url, engine, sessionmaker(engine, expire_on_commit=False))
    engine.dispose()


def test_a_read_only_database_shows_a_banner_and_no_editing_control(qtbot, reader, db, tmp_path):
    assert reader.read_only
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(reader, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert "may only be read here" in banner.text()
    assert not any(a.isEnabled() for a in window.new_actions.values())
    assert not window.delete_action.isEnabled() and not window.import_action.isEnabled()

    page = window.item_pages[Kind.EVENT]
    window.show_page(page)
    assert page.select_item(1)
    qtbot.waitUntil(lambda: page.detail.item_id() == 1)
    title = page.detail.form.title
    assert title.text() == get_item(db, 1).row.title  # read as ever
    assert title.isReadOnly()
    qtbot.keyClicks(title, " typed")
    assert title.text() == get_item(db, 1).row.title  # typing changes nothing
    for name in EDITING_BUTTONS:
        for button in window.findChildren(QAbstractButton, name):
            assert not button.isEnabled(), name
    assert all(e.isReadOnly() for e in page.detail.form.findChildren(QLineEdit))
