"""Two colleagues, each with a window on one database: they see each other's saved changes
within two seconds, keep their own selection and unsaved edits, and never overwrite each
other silently. Runs on SQLite and, when a server is configured, on PostgreSQL."""

from __future__ import annotations

import time

import pytest
from gui_helpers import answer_conflict
from PySide6.QtCore import QSettings

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.main_window import MainWindow
from pakru_desktop.services.database import open_database
from pakru_desktop.services.items import get_item

pytestmark = pytest.mark.all_backends


@pytest.fixture
def two_windows(qtbot, db, today, tmp_path):
    """Ana's window on ``db`` and Bilal's on a second connection to the same database."""
    bilal_db = open_database(db.url)
    bilal_db.set_author("Bilal")
    db.set_author("Ana")
    windows = []
    for name, database in (("ana", db), ("bilal", bilal_db)):
        settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(database, today=lambda: today, settings=settings)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
    yield windows
    for window in windows:
        window.watch_timer.stop()
        for page in window.item_pages.values():
            page.detail.form.revert()  # closing would ask about unsaved edits
        window.close()
        window.deleteLater()
    bilal_db.close()


def _events_at(qtbot, window, item_id):
    page = window.item_pages[Kind.EVENT]
    window.show_page(page)
    assert page.select_item(item_id)
    qtbot.waitUntil(lambda: page.detail.item_id() == item_id)
    return page


def _titles(page) -> set[str]:
    return {page.model.row_at(r).title for r in range(page.model.rowCount())}


def test_a_saved_edit_reaches_the_colleagues_window_within_two_seconds(qtbot, two_windows, db):
    ana, bilal = two_windows
    ana_page = _events_at(qtbot, ana, 1)
    bilal_page = _events_at(qtbot, bilal, 6)
    noticed = []  # what Bilal's window learnt had changed elsewhere, and when
    bilal.hub.changed.connect(lambda changes: noticed.append((changes, time.monotonic())))
    # Bilal is half-way through an edit of his own when Ana saves hers.
    qtbot.keyClicks(bilal_page.detail.form.summary, " Bilal's note, not saved.")
    form = ana_page.detail.form
    form.title.clear()
    qtbot.keyClicks(form.title, "Shehbaz and Putin meet in Tianjin")
    form.save()
    saved = time.monotonic()
    assert get_item(db, 1).row.title == "Shehbaz and Putin meet in Tianjin"

    # His window looks for colleagues' changes by itself, and finds this one in time.
    qtbot.waitUntil(lambda: any(1 in c.item_ids for c, _at in noticed), timeout=2000)
    seen_after = next(at for c, at in noticed if 1 in c.item_ids) - saved
    assert seen_after < 2.0
    new_title = "Shehbaz and Putin meet in Tianjin"
    qtbot.waitUntil(lambda: new_title in _titles(bilal_page), timeout=1000)
    assert bilal_page.detail.item_id() == 6  # his selection stays
    assert "Bilal's note, not saved." in bilal_page.detail.form.summary.toPlainText()
    bilal_page.detail.form.revert()


def test_saving_over_a_colleagues_change_is_never_silent(qtbot, two_windows, db):
    ana, bilal = two_windows
    ana_page = _events_at(qtbot, ana, 1)
    bilal_page = _events_at(qtbot, bilal, 1)
    bilal_form = bilal_page.detail.form
    bilal_form.location.clear()
    qtbot.keyClicks(bilal_form.location, "Great Hall of the People")
    ana_form = ana_page.detail.form
    ana_form.location.clear()
    qtbot.keyClicks(ana_form.location, "Tianjin")
    ana_form.save()
    assert get_item(db, 1).row.location == "Tianjin"

    seen: list[str] = []
    answer_conflict(qtbot, "takeTheirs", seen)
    bilal_form.save()
    (text,) = seen
    assert "yours “Great Hall of the People”, theirs “Tianjin”" in text
    assert get_item(db, 1).row.location == "Tianjin"  # Ana's change stands
    assert bilal_form.location.text() == "Tianjin" and not bilal_form.is_dirty()
