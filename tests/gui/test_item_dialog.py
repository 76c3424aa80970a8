"""The "New event / agreement / project / commitment" dialog over the real services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from gui_helpers import child, error_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from pakru_desktop.domain.errors import NotFoundError
from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.item_dialog import ItemDialog
from pakru_desktop.gui.widgets.fuzzy_date_edit import is_marked
from pakru_desktop.services.items import ItemDraft, ItemResult, add_item, get_item
from pakru_desktop.services.queries import actor_names, count_items, list_items, sectors_in_use

# Typing a participant or sector opens a completer popup; the offscreen test platform
# then says it cannot raise windows or grab the keyboard, which is not the widgets' fault.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

MakeDialog = Callable[..., ItemDialog]


@pytest.fixture
def make_dialog(qtbot, db, today) -> MakeDialog:
    """Open a shown dialog whose submit adds the item through the services."""

    def make(kind: Kind = Kind.EVENT, submit=None) -> ItemDialog:
        dialog = ItemDialog(
            kind,
            submit or (lambda draft: add_item(db, draft, today=today)),
            actor_names=actor_names(db),
            sectors=sectors_in_use(db),
            today=today,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def line(dialog: QWidget, name: str) -> QLineEdit:
    return child(dialog, QLineEdit, name)


def choose(qtbot, combo: QComboBox, code: str) -> None:
    """Pick an entry the way a keyboard user does: type the start of its label."""
    label = combo.itemText(combo.findData(code))
    combo.setFocus()
    qtbot.keyClicks(combo, label)
    assert combo.currentData() == code


def label_for(dialog: QWidget, buddy: QWidget) -> str:
    return next(lbl.text() for lbl in dialog.findChildren(QLabel) if lbl.buddy() is buddy)


def only_item(db, kind: Kind, text: str):
    rows = list_items(db, ItemFilter(kind, text=text))
    assert len(rows) == 1
    return get_item(db, rows[0].id)


class Recorder:
    """A submit that records drafts instead of storing them."""

    def __init__(self) -> None:
        self.drafts: list[ItemDraft] = []

    def __call__(self, draft: ItemDraft) -> object:
        self.drafts.append(draft)
        return "stored"


def test_typing_a_new_event_and_pressing_enter_stores_it(qtbot, db, make_dialog) -> None:
    dialog = make_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.windowTitle() == "New event"
    title = line(dialog, "title")
    assert dialog.focusWidget() is title

    qtbot.keyClicks(line(dialog, "dateText"), "Tuesday")
    choose(qtbot, child(dialog, QComboBox, "type"), "summit")
    qtbot.keyClicks(line(dialog, "location"), "Tianjin")
    first = line(dialog, "participantName0")
    first.setFocus()
    qtbot.keyClicks(first, "overch")
    popup = first.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert first.text() == "Alexei Overchuk"
    choose(qtbot, child(dialog, QComboBox, "participantRole0"), "guest")
    qtbot.mouseClick(child(dialog, QPushButton, "addParticipant"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(line(dialog, "participantName1"), "Ivan Testov")
    choose(qtbot, child(dialog, QComboBox, "participantRole1"), "host")
    qtbot.keyClicks(line(dialog, "sectors"), "Trade, energy")
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "summary"), "Talks on the corridor.")
    qtbot.keyClicks(title, "Overchuk meets Testov at the SCO")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert isinstance(dialog.created, ItemResult)
    item = only_item(db, Kind.EVENT, "meets Testov")
    assert item.id == dialog.created.item.id
    row = item.row
    assert row.title == "Overchuk meets Testov at the SCO"
    assert row.date == FuzzyDate(dt.date(2025, 9, 2), Precision.DAY, inferred=True)
    assert (row.type, row.status, row.location) == ("summit", "held", "Tianjin")
    assert sorted(row.sectors) == ["energy", "trade"]
    assert [(p.name, p.role) for p in row.participants] == [
        ("Alexei Overchuk", "guest"),
        ("Ivan Testov", "host"),
    ]
    assert item.summary == "Talks on the corridor."
    assert "Ivan Testov" in actor_names(db)  # a new name became a new actor


def test_only_a_title_stores_an_event_dated_today(qtbot, db, make_dialog, today) -> None:
    dialog = make_dialog()
    title = line(dialog, "title")
    qtbot.keyClicks(title, "Phone call on wheat")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = only_item(db, Kind.EVENT, "Phone call on wheat").row
    assert row.date == FuzzyDate.of_day(today)
    assert (row.type, row.status, row.participants, row.due) == ("meeting", "held", (), None)


def test_enter_in_any_line_edit_saves(qtbot, db, make_dialog) -> None:
    dialog = make_dialog(Kind.PROJECT)
    qtbot.keyClicks(line(dialog, "title"), "Karachi steel mill revival")
    location = line(dialog, "location")
    qtbot.keyClicks(location, "Karachi")
    qtbot.keyClick(location, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert only_item(db, Kind.PROJECT, "steel mill revival").row.location == "Karachi"


def test_ctrl_enter_in_the_summary_saves(qtbot, db, make_dialog) -> None:
    dialog = make_dialog()
    qtbot.keyClicks(line(dialog, "title"), "Joint statement read out")
    summary = child(dialog, QPlainTextEdit, "summary")
    qtbot.keyClicks(summary, "Both sides spoke.")
    qtbot.keyClick(summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert only_item(db, Kind.EVENT, "Joint statement read out").summary == "Both sides spoke."


def test_a_bad_date_keeps_the_dialog_open_and_calls_nothing(qtbot, make_dialog) -> None:
    submit = Recorder()
    dialog = make_dialog(submit=submit)
    qtbot.keyClicks(line(dialog, "title"), "Meeting")
    date_text = line(dialog, "dateText")
    qtbot.keyClicks(date_text, "31 Feb 2025")
    qtbot.keyClick(line(dialog, "title"), Qt.Key.Key_Return)

    assert submit.drafts == []
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert error_text(dialog) == "Cannot read '31 Feb 2025' as a date: Feb 2025 has no day 31."
    assert is_marked(date_text)
    assert dialog.focusWidget() is date_text

    date_text.clear()  # fixing the field clears its mark
    assert not is_marked(date_text)
    assert error_text(dialog) == ""


def test_a_bad_due_date_is_marked_without_calling_submit(qtbot, make_dialog) -> None:
    submit = Recorder()
    dialog = make_dialog(Kind.COMMITMENT, submit=submit)
    qtbot.keyClicks(line(dialog, "title"), "Wheat purchase")
    due = line(dialog, "dueText")
    qtbot.keyClicks(due, "someday")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert submit.drafts == []
    assert is_marked(due)
    assert error_text(dialog).startswith("Cannot read 'someday' as a date")


def test_an_empty_title_is_marked_without_calling_submit(qtbot, make_dialog) -> None:
    submit = Recorder()
    dialog = make_dialog(submit=submit)
    title = line(dialog, "title")
    qtbot.keyClicks(title, "   ")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert submit.drafts == []
    assert dialog.isVisible()
    assert error_text(dialog) == "The title cannot be empty."
    assert is_marked(title)


def test_a_service_validation_error_is_shown_and_its_field_marked(qtbot, db, make_dialog) -> None:
    before = count_items(db, ItemFilter(Kind.EVENT))
    dialog = make_dialog()
    title = line(dialog, "title")
    title.setText("x" * 400)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert error_text(dialog) == "The title is 400 characters; keep it under 300."
    assert is_marked(title)
    assert dialog.focusWidget() is title
    assert count_items(db, ItemFilter(Kind.EVENT)) == before


def test_a_source_without_a_quote_marks_the_quote(qtbot, db, make_dialog) -> None:
    before = count_items(db, ItemFilter(Kind.EVENT))
    dialog = make_dialog()
    qtbot.keyClicks(line(dialog, "title"), "Visit announced")
    url = line(dialog, "sourceUrl")
    qtbot.keyClicks(url, "https://example.org/visit")
    qtbot.keyClick(url, Qt.Key.Key_Return)
    quote = child(dialog, QPlainTextEdit, "quote")
    assert error_text(dialog) == "Give the quote that this source supports."
    assert is_marked(quote)
    assert dialog.focusWidget() is quote
    assert count_items(db, ItemFilter(Kind.EVENT)) == before

    qtbot.keyClicks(quote, "The visit was announced.")
    assert not is_marked(quote)
    qtbot.keyClick(url, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    evidence = only_item(db, Kind.EVENT, "Visit announced").evidence
    assert [(e.source_title, e.quote) for e in evidence] == [
        ("https://example.org/visit", "The visit was announced.")
    ]


def test_other_user_errors_show_inline_and_bugs_propagate(qtbot, make_dialog) -> None:
    def missing(_draft: ItemDraft) -> object:
        raise NotFoundError("There is no item with id 9.")

    dialog = make_dialog(submit=missing)
    qtbot.keyClicks(line(dialog, "title"), "Anything")
    dialog.save()
    assert dialog.isVisible()
    assert error_text(dialog) == "There is no item with id 9."

    def broken(_draft: ItemDraft) -> object:
        raise RuntimeError("bug")

    buggy = make_dialog(submit=broken)
    qtbot.keyClicks(line(buggy, "title"), "Anything")
    with pytest.raises(RuntimeError):
        buggy.save()


def test_agreement_dialog_has_legal_nature_due_date_and_a_signatory(qtbot, db, make_dialog) -> None:
    dialog = make_dialog(Kind.AGREEMENT)
    assert dialog.windowTitle() == "New agreement"
    nature = child(dialog, QComboBox, "type")
    assert label_for(dialog, nature) == "Legal &nature"
    assert nature.currentData() == "agreement"
    assert child(dialog, QComboBox, "participantRole0").currentData() == "signatory"
    assert child(dialog, QComboBox, "status").currentData() == "signed"

    qtbot.keyClicks(line(dialog, "title"), "MoU on energy cooperation")
    choose(qtbot, nature, "mou")
    qtbot.keyClicks(line(dialog, "dateText"), "2025-07-10")
    qtbot.keyClicks(line(dialog, "dueText"), "Q1 2026")
    qtbot.keyClicks(line(dialog, "participantName0"), "Russia")
    dialog.save()

    row = only_item(db, Kind.AGREEMENT, "MoU on energy").row
    assert row.type == "mou"
    assert row.date == FuzzyDate(dt.date(2025, 7, 10), Precision.DAY)
    assert row.due == FuzzyDate(dt.date(2026, 1, 1), Precision.QUARTER)
    assert [(p.name, p.role) for p in row.participants] == [("Russia", "signatory")]


def test_commitment_dialog_has_by_and_to_rows_and_no_type(qtbot, db, make_dialog) -> None:
    dialog = make_dialog(Kind.COMMITMENT)
    assert dialog.windowTitle() == "New commitment"
    assert dialog.findChild(QComboBox, "type") is None
    assert child(dialog, QComboBox, "participantRole0").currentData() == "committed-by"
    assert child(dialog, QComboBox, "participantRole1").currentData() == "committed-to"
    assert child(dialog, QComboBox, "status").currentData() == "not-yet-rated"

    qtbot.keyClicks(line(dialog, "title"), "Russia to supply fertiliser")
    qtbot.keyClicks(line(dialog, "participantName0"), "Russia")
    qtbot.keyClicks(line(dialog, "participantName1"), "Pakistan")
    choose(qtbot, child(dialog, QComboBox, "status"), "in-the-works")
    qtbot.keyClick(line(dialog, "participantName1"), Qt.Key.Key_Return)

    row = only_item(db, Kind.COMMITMENT, "supply fertiliser").row
    assert row.status == "in-the-works"
    assert [(p.name, p.role) for p in row.participants] == [
        ("Russia", "committed-by"),
        ("Pakistan", "committed-to"),
    ]


def test_event_dialog_has_no_due_date(make_dialog) -> None:
    dialog = make_dialog(Kind.EVENT)
    assert dialog.findChild(QWidget, "due") is None
    assert label_for(dialog, child(dialog, QComboBox, "type")) == "T&ype"


def test_cancel_with_typed_text_asks_before_discarding(qtbot, make_dialog, monkeypatch) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = make_dialog()
    qtbot.keyClicks(line(dialog, "title"), "Half-typed")
    cancel = child(dialog, QPushButton, "cancelButton")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert asked == ["Discard this new event?"]
    assert dialog.isVisible()
    assert line(dialog, "title").text() == "Half-typed"

    answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(line(dialog, "title"), Qt.Key.Key_Escape)
    assert len(asked) == 2
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_cancel_of_an_untouched_dialog_closes_without_asking(qtbot, make_dialog, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    dialog = make_dialog(Kind.COMMITMENT)
    qtbot.keyClick(line(dialog, "title"), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.created is None


def test_closing_from_code_does_not_ask(qtbot, db, make_dialog, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    dialog = make_dialog()
    qtbot.keyClicks(line(dialog, "title"), "Never saved")
    dialog.close()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert list_items(db, ItemFilter(Kind.EVENT, text="Never saved")) == []


def test_labels_have_mnemonics_for_their_fields(make_dialog) -> None:
    dialog = make_dialog(Kind.PROJECT)
    expected = {
        "title": "&Title",
        "dateText": "&Date",
        "dueText": "D&ue (target)",
        "status": "St&atus",
        "location": "&Location",
        "participantName0": "&Participants",
        "sectors": "Se&ctors",
        "summary": "Su&mmary",
        "sourceUrl": "Source U&RL",
        "quote": "&Quote",
    }
    for name, text in expected.items():
        assert label_for(dialog, child(dialog, QWidget, name)) == text


def test_tab_order_follows_the_form_from_top_to_bottom(make_dialog) -> None:
    dialog = make_dialog(Kind.AGREEMENT)
    widget: QWidget = line(dialog, "title")
    order = [widget.objectName()]
    for _ in range(16):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()):
            widget = widget.nextInFocusChain()
        order.append(widget.objectName())
    assert order[:12] == [
        "title",
        "dateText",
        "type",
        "dueText",
        "status",
        "location",
        "participantName0",
        "participantRole0",
        "participantRemove0",
        "addParticipant",
        "sectors",
        "summary",
    ]
    assert order[12:14] == ["sourceUrl", "quote"]
    assert sorted(order[14:16]) == ["cancelButton", "saveButton"]
    assert order[16] == "title"  # and round again


def test_save_is_the_default_button(make_dialog) -> None:
    dialog = make_dialog()
    assert child(dialog, QPushButton, "saveButton").isDefault()
