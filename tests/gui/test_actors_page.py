"""The Actors page: open, edit, merge and delete actors by keyboard and mouse; undo and redo."""

from __future__ import annotations

import sqlite3

import pytest
from gui_helpers import child, error_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from pakru_desktop.domain.errors import NotFoundError
from pakru_desktop.gui.actor_dialog import ActorDialog
from pakru_desktop.gui.actor_merge_dialog import ActorMergeDialog, CandidateModel
from pakru_desktop.gui.actors_page import ActorsPage
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.services import actors, items
from pakru_desktop.services.items import ItemPatch
from pakru_desktop.services.queries import list_actors

PUTIN, DAR = 2, 7
BEIJING = 1  # item 1: Putin takes part in it


@pytest.fixture
def page(qtbot, db):
    hub = ChangeHub()
    page = ActorsPage(db, hub, QUndoStack())
    page.hub_for_test = hub  # keeps the hub alive as long as the page
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.load()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


@pytest.fixture
def duplicate(db) -> int:
    """A new actor "V. Putin": a second participant of item 1 and its host; returns its id."""
    participants = [(p.name, p.role) for p in items.get_item(db, BEIJING).row.participants]
    patch = ItemPatch(participants=[*participants, "V. Putin:participant", "V. Putin:host"])
    items.edit_item(db, BEIJING, patch)
    row = next(a for a in _list(db) if a.name == "V. Putin")
    return row.id


def _list(db):
    return list_actors(db)


def _rows(db_path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db_path) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("actors", "participations")
        }


def _click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _select(qtbot, page: ActorsPage, actor_id: int) -> None:
    row = page.model.row_of_id(actor_id)
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_id() == actor_id


def _open(qtbot, page: ActorsPage, actor_id: int) -> ActorDialog:
    _select(qtbot, page, actor_id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.findChild(ActorDialog, "actorDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _retype(qtbot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for n, line in enumerate(text.split("\n")):
        if n:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)


def _row_point(view: QListView, row: int):
    return view.visualRect(view.model().index(row, 0)).center()


def test_buttons_follow_the_selection(qtbot, page):
    buttons = [child(page, QPushButton, n) for n in ("editActorButton", "mergeActorButton")]
    assert not any(b.isEnabled() for b in buttons)
    _select(qtbot, page, DAR)
    assert all(b.isEnabled() for b in buttons)


def test_enter_opens_the_actor_with_its_fields_and_items(qtbot, page, db):
    dialog = _open(qtbot, page, DAR)
    assert child(dialog, QLineEdit, "name").text() == "Ishaq Dar"
    assert child(dialog, QComboBox, "kind").currentData() == "person"
    assert child(dialog, QLineEdit, "country").text() == "Pakistan"
    assert child(dialog, QPlainTextEdit, "aliases").toPlainText() == "Dar"
    table = child(dialog, QTableView, "actorItems")
    model = table.model()
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[:4] == ["5", "Event", "Sep 2024", "host"]
    assert first[4].startswith("Alexei Overchuk visits Pakistan")
    assert model.rowCount() == len(actors.get_actor(db, DAR).items)


def test_editing_saves_through_the_services_and_undo_redo_restore(qtbot, page, db):
    before = actors.get_actor(db, DAR).actor
    dialog = _open(qtbot, page, DAR)
    _retype(qtbot, child(dialog, QLineEdit, "office"), "Deputy Prime Minister and Foreign Minister")
    _retype(qtbot, child(dialog, QPlainTextEdit, "aliases"), "Dar\nDPM Dar\n dar ")
    qtbot.keyClicks(child(dialog, QComboBox, "kind"), "organisation")
    _click(qtbot, child(dialog, QPushButton, "saveButton"))

    assert not dialog.isVisible()
    after = actors.get_actor(db, DAR).actor
    assert after.title == "Deputy Prime Minister and Foreign Minister"
    assert after.aliases == ("Dar", "DPM Dar")
    assert after.kind == "organisation"
    assert page.selected_id() == DAR  # kept selected over the reload
    stack = page.undo_stack
    assert stack.undoText() == "Edit actor “Ishaq Dar”"
    stack.undo()
    assert actors.get_actor(db, DAR).actor == before
    stack.redo()
    assert actors.get_actor(db, DAR).actor == after


def test_a_name_clash_keeps_the_dialog_open_with_the_sentence_and_writes_nothing(
    qtbot, page, db, db_path
):
    before = _rows(db_path)
    dialog = _open(qtbot, page, DAR)
    name = child(dialog, QLineEdit, "name")
    _retype(qtbot, name, "Lavrov")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # Enter saves

    assert dialog.isVisible()
    assert error_text(dialog).startswith("'Lavrov' is already an alias of Sergey Lavrov")
    assert name.hasFocus() and name.property("error")
    assert _rows(db_path) == before
    assert page.undo_stack.count() == 0


def test_double_clicking_an_item_asks_for_it_and_closes(qtbot, page):
    dialog = _open(qtbot, page, DAR)
    table = child(dialog, QTableView, "actorItems")
    point = table.visualRect(table.model().index(1, 4)).center()
    with qtbot.waitSignal(page.item_requested, timeout=1000) as signal:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [11]
    assert not dialog.isVisible()


def test_enter_in_the_item_list_opens_the_item_instead_of_saving(qtbot, page):
    dialog = _open(qtbot, page, DAR)
    _retype(qtbot, child(dialog, QLineEdit, "country"), "Pakistan")  # unchanged: no question
    table = child(dialog, QTableView, "actorItems")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # first row
    with qtbot.waitSignal(page.item_requested, timeout=1000) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [5]
    assert page.undo_stack.count() == 0


def _merge_dialog(qtbot, page, actor_id: int) -> ActorMergeDialog:
    _select(qtbot, page, actor_id)
    _click(qtbot, child(page, QPushButton, "mergeActorButton"))
    dialog = page.findChild(ActorMergeDialog, "actorMergeDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _pick(qtbot, dialog: ActorMergeDialog, search: str) -> None:
    qtbot.keyClicks(child(dialog, QLineEdit, "actorSearch"), search)
    listed = child(dialog, QListView, "candidates")
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=_row_point(listed, 0))


def test_merge_dialog_explains_then_merges_undoably(qtbot, page, db, db_path, duplicate):
    before = _rows(db_path)
    putin_items = actors.get_actor(db, PUTIN).item_count
    dialog = _merge_dialog(qtbot, page, PUTIN)
    merge = child(dialog, QPushButton, "mergeButton")
    assert not merge.isEnabled()
    _pick(qtbot, dialog, "V. Put")
    text = child(dialog, QLabel, "mergeExplanation").text()
    assert f"V. Putin</b> (#{duplicate}, 1 item) will be merged into" in text
    assert f"<b>Vladimir Putin</b> (#{PUTIN}, {putin_items} items)" in text
    assert "• 1 participation moves to Vladimir Putin; 1 is dropped, as Vladimir Putin" in text
    _click(qtbot, merge)

    assert not dialog.isVisible()
    with pytest.raises(NotFoundError):
        actors.get_actor(db, duplicate)
    assert "V. Putin" in actors.get_actor(db, PUTIN).actor.aliases
    merged = _rows(db_path)
    assert page.selected_id() == PUTIN
    assert page.model.row_of_id(duplicate) is None

    page.undo_stack.undo()
    assert _rows(db_path) == before
    assert page.model.row_of_id(duplicate) is not None
    page.undo_stack.redo()
    assert _rows(db_path) == merged


def test_keep_chosen_merges_the_current_actor_into_the_chosen_one(qtbot, page, db, duplicate):
    page.load()  # the duplicate was added after the page was built
    dialog = _merge_dialog(qtbot, page, duplicate)
    _pick(qtbot, dialog, "Vladimir")
    _click(qtbot, child(dialog, QCheckBox, "keepChosen"))
    assert "<b>V. Putin</b>" in child(dialog, QLabel, "mergeExplanation").text().split("into")[0]
    qtbot.keyClick(child(dialog, QListView, "candidates"), Qt.Key.Key_Return)

    assert not dialog.isVisible()
    with pytest.raises(NotFoundError):
        actors.get_actor(db, duplicate)
    assert page.selected_id() == PUTIN


def test_delete_asks_then_deletes_and_undo_brings_the_actor_back(qtbot, page, db, monkeypatch):
    unused = next(a.id for a in _list(db) if a.name == "Press Information Department")
    record = actors.get_actor(db, unused).actor
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    _select(qtbot, page, unused)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and "Press Information Department" in asked[0]
    with pytest.raises(NotFoundError):
        actors.get_actor(db, unused)
    page.undo_stack.undo()
    assert actors.get_actor(db, unused).actor == record


def test_delete_of_an_actor_with_items_says_why_and_keeps_it(qtbot, page, db, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    _select(qtbot, page, DAR)
    _click(qtbot, child(page, QPushButton, "deleteActorButton"))
    assert told == [
        "Ishaq Dar takes part in 2 items. Merge it into another actor (Merge…) "
        "or remove it from those items first."
    ]
    assert actors.get_actor(db, DAR).actor.name == "Ishaq Dar"
    assert page.undo_stack.count() == 0


def _unlabelled_inputs(dialog: QWidget) -> list[str]:
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    inputs = [
        w
        for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)
        for w in dialog.findChildren(kind)
        if w.isVisible() and not isinstance(w, QHeaderView)
    ]
    return [w.objectName() for w in inputs if w not in buddies and not w.accessibleName()]


def test_every_input_is_labelled_and_every_button_has_a_mnemonic(qtbot, page, duplicate):
    assert page.filter_text.accessibleName()
    for name in ("editActorButton", "mergeActorButton", "deleteActorButton"):
        assert "&" in child(page, QPushButton, name).text()
    dialog = _open(qtbot, page, DAR)
    assert _unlabelled_inputs(dialog) == []
    dialog.close()
    merge = _merge_dialog(qtbot, page, PUTIN)
    assert _unlabelled_inputs(merge) == []
    buttons = [
        b
        for b in merge.findChildren(QAbstractButton)
        if isinstance(b, QPushButton | QCheckBox) and b.text().replace("&", "") != "Cancel"
    ]
    assert len(buttons) == 2 and all("&" in b.text() for b in buttons)


def test_candidate_model_passes_the_model_tester(qtmodeltester, db):
    model = CandidateModel(db, exclude_id=PUTIN)
    model.search("Putin")
    assert model.rowCount() == 0  # only Putin himself matches, and he is excluded
    model.search("")
    assert model.rowCount() > 0
    qtmodeltester.check(model)
