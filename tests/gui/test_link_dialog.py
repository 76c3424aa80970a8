"""The Link dialog: search a target, pick a type, OK links through the services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
)

from pakru_desktop.gui.link_dialog import LinkDialog, TargetModel
from pakru_desktop.services.items import get_item
from pakru_desktop.services.links import add_link

FROM_ID = 1  # "Shehbaz Sharif meets Vladimir Putin in Beijing"; it already mentions item 12


def _dialog(qtbot, db, calls: list | None = None) -> LinkDialog:
    def submit(type_code: str, target_id: int, note: str):
        if calls is not None:
            calls.append((type_code, target_id, note))
        return add_link(db, FROM_ID, type_code, target_id, note)

    dialog = LinkDialog(db, get_item(db, FROM_ID).row, submit)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    # Focus and keys need the active window; offscreen activates it a little later.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _search(qtbot, dialog: LinkDialog, text: str) -> QListView:
    qtbot.keyClicks(dialog.findChild(QLineEdit, "targetSearch"), text)
    return dialog.findChild(QListView, "targets")


def _row_point(view: QListView, item_id: int):
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r).data(Qt.UserRole) == item_id)
    return view.visualRect(model.index(row)).center()


def _links(db) -> set[tuple[str, int, str]]:
    return {
        (link.type, link.other_id, link.note)
        for link in get_item(db, FROM_ID).links
        if link.outgoing
    }


def test_search_choose_and_ok_creates_the_link(qtbot, db):
    dialog = _dialog(qtbot, db)
    targets = _search(qtbot, dialog, "steel")
    shown = [targets.model().index(r).data() for r in range(targets.model().rowCount())]
    assert shown and all(not line.startswith(f"#{FROM_ID} ") for line in shown)
    assert "#12 · Project · " in "\n".join(shown)

    qtbot.mouseClick(targets.viewport(), Qt.MouseButton.LeftButton, pos=_row_point(targets, 10))
    qtbot.keyClicks(dialog.findChild(QComboBox, "linkType"), "fulfils")
    assert dialog.findChild(QComboBox, "linkType").currentData() == "fulfils"
    sentence = dialog.findChild(QLabel, "linkSentence").text()
    assert sentence.startswith("This event fulfils #10 · Agreement · ")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "linkNote"), "Signed after the meeting")
    qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ("fulfils", 10, "Signed after the meeting") in _links(db)
    assert dialog.outcome.link.other_id == 10


def test_double_click_on_a_target_links_it(qtbot, db):
    dialog = _dialog(qtbot, db)
    targets = _search(qtbot, dialog, "steel")
    # A real double click is press, release, then a double-click event.
    point = _row_point(targets, 10)
    qtbot.mouseClick(targets.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(targets.viewport(), Qt.MouseButton.LeftButton, pos=point)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ("implements", 10, "") in _links(db)


def test_keyboard_only_search_down_enter(qtbot, db):
    calls: list = []
    dialog = _dialog(qtbot, db, calls)
    search = dialog.findChild(QLineEdit, "targetSearch")
    assert search.hasFocus()
    qtbot.keyClicks(search, "Karachi")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    targets = dialog.findChild(QListView, "targets")
    assert targets.hasFocus()
    first = targets.model().index(0).data(Qt.UserRole)
    qtbot.keyClick(targets, Qt.Key.Key_Down)
    second = targets.model().index(1).data(Qt.UserRole)
    assert targets.currentIndex().row() == 1
    qtbot.keyClick(targets, Qt.Key.Key_Return)

    assert first != second
    assert calls == [("implements", second, "")]  # once, not twice
    assert not dialog.isVisible()
    assert ("implements", second, "") in _links(db)


def test_a_duplicate_link_keeps_the_dialog_open_with_the_sentence(qtbot, db):
    before = _links(db)
    assert any(t == "mentions" and other == 12 for t, other, _ in before)
    dialog = _dialog(qtbot, db)
    targets = _search(qtbot, dialog, "steel")
    qtbot.mouseClick(targets.viewport(), Qt.MouseButton.LeftButton, pos=_row_point(targets, 12))
    qtbot.keyClicks(dialog.findChild(QComboBox, "linkType"), "mentions")
    qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)

    error = dialog.findChild(QLabel, "errorLabel")
    assert dialog.isVisible()
    assert error.isVisible()
    assert error.text() == f"Item {FROM_ID} already mentions item 12."
    assert _links(db) == before


def test_ok_waits_for_a_target_and_escape_cancels(qtbot, db):
    dialog = _dialog(qtbot, db)
    ok = dialog.findChild(QPushButton, "okButton")
    assert not ok.isEnabled()
    assert dialog.findChild(QLabel, "linkSentence").text() == "This event implements …"
    before = _links(db)
    qtbot.keyClick(dialog.findChild(QLineEdit, "targetSearch"), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert _links(db) == before


def test_target_model_passes_the_model_tester(qtmodeltester, db):
    model = TargetModel(db, exclude_id=FROM_ID)
    model.search("Putin")
    assert model.rowCount() > 0
    qtmodeltester.check(model)
