"""Every key README lists does what it says, pressed as a person presses it."""

from __future__ import annotations

import pytest
from gui_helpers import answer_next_question
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.items import ItemDraft, add_item
from pakru_desktop.services.queries import count_items

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open_dialog(name: str) -> QDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    return next((w for w in shown if w.objectName() == name), None)


@pytest.mark.parametrize(
    ("key", "page"),
    [(Qt.Key.Key_1, "overview"), (Qt.Key.Key_2, "events"), (Qt.Key.Key_3, "agreements"),
     (Qt.Key.Key_4, "projects"), (Qt.Key.Key_5, "commitments"), (Qt.Key.Key_6, "actors"),
     (Qt.Key.Key_7, "sources"), (Qt.Key.Key_8, "timeline"), (Qt.Key.Key_T, "timeline")],
)  # fmt: skip
def test_ctrl_and_a_number_shows_that_page(qtbot, window, key, page):
    if page == "overview":
        qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # from elsewhere
    qtbot.keyClick(window, key, CTRL)
    assert window.current_page().objectName() == f"page_{page}"


def test_ctrl_e_opens_the_export_and_ctrl_shift_i_the_article_import(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: _open_dialog("exportDialog") is not None)
    _open_dialog("exportDialog").close()
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _open_dialog("articleImportDialog") is not None)
    _open_dialog("articleImportDialog").close()


def test_ctrl_n_enter_then_ctrl_z_ctrl_shift_z_ctrl_y(qtbot, window, db):
    events = count_items(db, ItemFilter(Kind.EVENT))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: _open_dialog("itemDialog") is not None)
    dialog = _open_dialog("itemDialog")
    title = dialog.findChild(QLineEdit, "title")
    qtbot.waitUntil(title.hasFocus)  # the cursor is in Title, as README says
    qtbot.keyClicks(title, "Shortcut talks")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert count_items(db, ItemFilter(Kind.EVENT)) == events + 1
    # In the list (in a text field, Ctrl+Z undoes typing, as everywhere).
    table = window.item_pages[Kind.EVENT].table
    window.activateWindow()  # the window manager's part, when the dialog is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert count_items(db, ItemFilter(Kind.EVENT)) == events
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert count_items(db, ItemFilter(Kind.EVENT)) == events + 1
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_Y, CTRL)
    assert count_items(db, ItemFilter(Kind.EVENT)) == events + 1


def test_f5_shows_what_another_program_added(qtbot, window, db):
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.item_pages[Kind.EVENT]
    qtbot.waitUntil(lambda: page.model.total() > 0)
    before = page.model.total()
    add_item(db, ItemDraft("event", "Added elsewhere", date="2025"))  # no announcement
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.total() == before + 1)


def test_delete_asks_then_deletes_the_selected_item(qtbot, window, db, monkeypatch):
    asked: list[str] = []
    answer_next_question("yesButton", asked)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.item_pages[Kind.EVENT]
    qtbot.waitUntil(lambda: page.model.total() > 0)
    before = count_items(db, ItemFilter(Kind.EVENT))
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and count_items(db, ItemFilter(Kind.EVENT)) == before - 1


def test_ctrl_q_quits(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_f1_lists_every_shortcut_from_the_table_the_window_binds(qtbot, window):
    from pakru_desktop.gui.global_search import GlobalSearch
    from pakru_desktop.gui.shortcuts import SHORTCUTS

    bound = {
        seq.toString()
        for action in [*window.actions(), *window.findChildren(QAction),
                       window.findChild(GlobalSearch).focus_action]
        for seq in action.shortcuts()
    }  # fmt: skip
    for shortcut in SHORTCUTS:
        if shortcut.action is not None:
            assert {s.toString() for s in shortcut.sequences()} <= bound, shortcut.action
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _open_dialog("shortcutsDialog") is not None)
    listed = _open_dialog("shortcutsDialog").list
    rows = [(listed.topLevelItem(n).text(0), listed.topLevelItem(n).text(1))
            for n in range(listed.topLevelItemCount())]  # fmt: skip
    assert rows == [(s.shown(), s.described()) for s in SHORTCUTS]
    assert ("Ctrl+Shift+Z or Ctrl+Y", "Redo") in rows
