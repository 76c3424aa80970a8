"""The follow-up dialog: adding and editing what happened next, over the real services."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import child, error_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision
from pakru_desktop.domain.vocabulary import STATUSES, Kind
from pakru_desktop.gui.follow_up_dialog import FollowUpDialog
from pakru_desktop.gui.widgets.fuzzy_date_edit import is_marked
from pakru_desktop.services.follow_ups import FollowUpResult, add_follow_up, edit_follow_up
from pakru_desktop.services.items import ItemDraft, add_item, get_item
from pakru_desktop.services.sources import add_source


@pytest.fixture
def item_id(db, today) -> int:
    """A fresh commitment, not yet rated, with no follow-ups."""
    draft = ItemDraft(kind=Kind.COMMITMENT, title="Russia to supply wheat", date="2025-07-10")
    return add_item(db, draft, today=today).item.id


@pytest.fixture
def open_dialog(qtbot, db, today, item_id):
    """Show an "Add follow-up" dialog for the commitment, saving through the services."""

    def open_(submit=None) -> FollowUpDialog:
        dialog = FollowUpDialog(
            Kind.COMMITMENT,
            submit
            or (
                lambda entry: add_follow_up(
                    db,
                    item_id,
                    date=entry.date,
                    note=entry.note,
                    status=entry.status,
                    source_url=entry.source_url,
                    source_id=entry.source_id,
                    quote=entry.quote or None,
                    today=today,
                )
            ),
            current_status=get_item(db, item_id).row.status,
            today=today,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def choose_status(qtbot, dialog: QWidget, code: str) -> None:
    combo = child(dialog, QComboBox, "status")
    combo.setFocus()
    qtbot.keyClicks(combo, combo.itemText(combo.findData(code)))
    assert combo.currentData() == code


def test_status_list_starts_with_no_change(open_dialog) -> None:
    dialog = open_dialog()
    assert dialog.windowTitle() == "Add follow-up"
    combo = child(dialog, QComboBox, "status")
    assert combo.itemText(0) == "No change"
    assert combo.itemData(0) is None
    assert [combo.itemData(i) for i in range(1, combo.count())] == [
        t.code for t in STATUSES[Kind.COMMITMENT]
    ]
    assert dialog.status_code() is None
    assert child(dialog, QLabel, "currentStatus").text() == "now: not yet rated"
    assert dialog.focusWidget() is child(dialog, QPlainTextEdit, "note")


def test_a_status_changing_follow_up_changes_the_item_status(qtbot, db, open_dialog, item_id):
    dialog = open_dialog()
    qtbot.keyClicks(child(dialog, QLineEdit, "dateText"), "in November")
    choose_status(qtbot, dialog, "kept")
    note = child(dialog, QPlainTextEdit, "note")
    qtbot.keyClicks(note, "First shipment arrived in Karachi.")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert isinstance(dialog.submitted, FollowUpResult)
    item = get_item(db, item_id)
    assert item.row.status == "kept"
    (follow_up,) = item.follow_ups
    assert follow_up.note == "First shipment arrived in Karachi."
    assert follow_up.new_status == "kept"
    assert follow_up.date == FuzzyDate(dt.date(2025, 11, 1), Precision.MONTH, inferred=True)


def test_a_plain_note_keeps_the_status_and_empty_date_means_today(
    qtbot, db, open_dialog, item_id, today
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "note"), "Talks continue.")
    qtbot.keyClicks(child(dialog, QLineEdit, "sourceUrl"), "https://example.org/wheat")
    qtbot.mouseClick(child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    item = get_item(db, item_id)
    assert item.row.status == "not-yet-rated"
    (follow_up,) = item.follow_ups
    assert follow_up.date == FuzzyDate.of_day(today)
    assert follow_up.source_title == "https://example.org/wheat"


def test_enter_in_the_date_field_saves(qtbot, db, open_dialog, item_id) -> None:
    dialog = open_dialog()
    choose_status(qtbot, dialog, "stalled")
    date_text = child(dialog, QLineEdit, "dateText")
    qtbot.keyClicks(date_text, "yesterday")
    qtbot.keyClick(date_text, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_item(db, item_id).row.status == "stalled"


def test_a_bad_date_keeps_the_dialog_open(qtbot, db, open_dialog, item_id) -> None:
    calls: list[tuple] = []
    dialog = open_dialog(submit=lambda *args: calls.append(args))
    date_text = child(dialog, QLineEdit, "dateText")
    qtbot.keyClicks(date_text, "the 45th of Smarch")
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "note"), "Something happened.")
    qtbot.keyClick(date_text, Qt.Key.Key_Return)

    assert calls == []
    assert dialog.isVisible()
    assert error_text(dialog).startswith("Cannot read 'the 45th of Smarch' as a date")
    assert is_marked(date_text)
    assert dialog.focusWidget() is date_text
    assert get_item(db, item_id).follow_ups == ()


def test_a_service_error_is_shown_inline(qtbot, db, open_dialog, item_id) -> None:
    dialog = open_dialog()
    qtbot.mouseClick(child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert error_text(dialog) == "A follow-up needs a note or a new status."
    note = child(dialog, QPlainTextEdit, "note")
    assert is_marked(note)
    qtbot.keyClicks(note, "N")
    assert error_text(dialog) == ""
    assert not is_marked(note)
    assert get_item(db, item_id).follow_ups == ()


def test_editing_prefills_and_saves_changes_to_the_source_too(qtbot, db, item_id, today) -> None:
    first = add_follow_up(db, item_id, date="Sep 2025", note="Talks.", status="in-the-works")
    record = first.follow_up
    source = add_source(db, title="Wheat report", text="Talks on wheat stalled over prices.")
    dialog = FollowUpDialog(
        Kind.COMMITMENT,
        lambda entry: edit_follow_up(
            db,
            record.id,
            date=entry.date,
            note=entry.note,
            status=entry.status,
            source_id=entry.source_id,
            source_url=entry.source_url,
            quote=entry.quote,
            today=today,
        ),
        current_status="in-the-works",
        today=today,
        initial=record,
        sources=[(source.source.id, "Wheat report")],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.windowTitle() == "Edit follow-up"
    assert child(dialog, QLineEdit, "dateText").text() == "Sep 2025"
    note = child(dialog, QPlainTextEdit, "note")
    assert note.toPlainText() == "Talks."
    assert child(dialog, QComboBox, "status").currentData() == "in-the-works"
    assert child(dialog, QComboBox, "source").currentData() is None

    note.selectAll()
    qtbot.keyClicks(note, "Talks stalled over prices.")
    choose_status(qtbot, dialog, "stalled")
    sources = child(dialog, QComboBox, "source")
    sources.setCurrentIndex(sources.findData(source.source.id))
    # Pasted across a line break, with a doubled space.
    child(dialog, QPlainTextEdit, "quote").insertPlainText("stalled  over\nprices")
    qtbot.keyClick(note, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)

    assert error_text(dialog) == ""
    assert dialog.result() == QDialog.DialogCode.Accepted
    item = get_item(db, item_id)
    assert item.row.status == "stalled"
    (follow_up,) = item.follow_ups
    assert (follow_up.note, follow_up.new_status) == ("Talks stalled over prices.", "stalled")
    assert follow_up.source_id == source.source.id
    # Whitespace-tolerant: stored as the source has it, at its offsets.
    (quote,) = follow_up.evidence
    assert quote.quote == "stalled over prices"


def test_cancel_with_a_typed_note_asks_first(qtbot, open_dialog, monkeypatch) -> None:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = open_dialog()
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "note"), "Half a thought")
    qtbot.mouseClick(child(dialog, QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    assert asked == ["Discard this follow-up?"]
    assert dialog.isVisible()


def test_tab_order_and_mnemonics(open_dialog) -> None:
    dialog = open_dialog()
    widget: QWidget = child(dialog, QLineEdit, "dateText")
    order = [widget.objectName()]
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()):
            widget = widget.nextInFocusChain()
        order.append(widget.objectName())
    assert order == ["dateText", "note", "status", "source"]
    buddies = {
        lbl.buddy().objectName(): lbl.text()
        for lbl in dialog.findChildren(QLabel)
        if lbl.buddy() is not None
    }
    assert buddies == {
        "dateText": "&Date",
        "note": "&Note",
        "status": "St&atus",
        "source": "Sou&rce",
        "sourceUrl": "Source &URL",
        "quote": "&Quote",
    }
