"""The evidence dialog and its undoable commands, over the real services."""

from __future__ import annotations

import pytest
from gui_helpers import child, error_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton

from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.evidence_commands import remove_evidence_undoably
from pakru_desktop.gui.evidence_dialog import EvidenceDialog
from pakru_desktop.gui.widgets.fuzzy_date_edit import is_marked
from pakru_desktop.services.evidence import get_evidence
from pakru_desktop.services.follow_ups import add_follow_up
from pakru_desktop.services.items import ItemDraft, add_item, get_item
from pakru_desktop.services.sources import add_source, get_source_detail

TEXT = (
    "ISLAMABAD: The 10th session of the Pakistan-Russia Intergovernmental Commission\n"
    "opened on 25 November.\n\nBoth sides signed a protocol on the Karachi steel mill."
)


@pytest.fixture
def setup(db, today):
    """A project with one follow-up, a source with text, a hub and an undo stack."""
    item_id = add_item(
        db, ItemDraft(kind="project", title="Karachi steel mill revival", date="2025")
    ).item.id
    follow_up = add_follow_up(
        db, item_id, date="27 Nov 2025", note="Protocol signed at the IGC", today=today
    ).follow_up
    source_id = add_source(db, title="APP: IGC opens", publisher="APP", text=TEXT).source.id
    hub, stack = ChangeHub(), QUndoStack()
    announced: list = []
    hub.changed.connect(announced.append)
    return {
        "item": item_id,
        "follow_up": follow_up.id,
        "source": source_id,
        "hub": hub,
        "stack": stack,
        "announced": announced,
    }


@pytest.fixture
def open_dialog(qtbot, db, setup):
    def open_(**kwargs) -> EvidenceDialog:
        args = {"item_id": setup["item"]} | kwargs
        item_id = args.pop("item_id")
        dialog = EvidenceDialog(db, setup["hub"], setup["stack"], item_id, **args)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def _choose_source(dialog: EvidenceDialog, source_id: int) -> None:
    combo = child(dialog, QComboBox, "source")
    combo.setCurrentIndex(combo.findData(source_id))


def _save(qtbot, dialog: EvidenceDialog) -> None:
    qtbot.mouseClick(child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)


def test_a_pasted_quote_is_stored_as_the_source_words_and_undoable(qtbot, db, setup, open_dialog):
    dialog = open_dialog()
    assert child(dialog, QLabel, "chosenItem").text().endswith("Karachi steel mill revival")
    assert dialog.focusWidget() is child(dialog, QComboBox, "source")
    _choose_source(dialog, setup["source"])
    assert child(dialog, QLabel, "sourceHint").text() == f"{len(TEXT):,} characters of text"
    quote = child(dialog, QPlainTextEdit, "quote")
    quote.setFocus()
    qtbot.keyClicks(quote, "Commission opened on 25 November")
    _save(qtbot, dialog)

    assert not dialog.isVisible()
    (evidence,) = get_item(db, setup["item"]).evidence
    assert evidence.quote == "Commission\nopened on 25 November"
    assert TEXT[evidence.start : evidence.end] == evidence.quote
    assert evidence.follow_up_id is None
    assert setup["announced"][-1].item_ids == frozenset({setup["item"]})

    setup["stack"].undo()
    assert get_item(db, setup["item"]).evidence == ()
    setup["stack"].redo()
    assert get_item(db, setup["item"]).evidence == (evidence,)


def test_a_quote_not_in_the_source_is_refused_inline(qtbot, db, setup, open_dialog):
    dialog = open_dialog(source_id=setup["source"])
    quote = child(dialog, QPlainTextEdit, "quote")
    assert dialog.focusWidget() is quote
    qtbot.keyClicks(quote, "a treaty was signed")
    qtbot.keyClick(quote, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.isVisible()
    assert error_text(dialog).startswith("“a treaty was signed” does not appear in source")
    assert is_marked(quote)
    assert get_item(db, setup["item"]).evidence == ()
    assert setup["stack"].count() == 0


def test_the_quote_can_support_a_follow_up(qtbot, db, setup, open_dialog):
    dialog = open_dialog(source_id=setup["source"], quote="signed a protocol")
    supports = child(dialog, QComboBox, "supports")
    assert supports.itemText(0) == "The project itself"
    assert supports.itemText(1) == "Follow-up of 27 Nov 2025: Protocol signed at the IGC"
    supports.setFocus()
    qtbot.keyClick(supports, Qt.Key.Key_Down)
    assert dialog.follow_up_id() == setup["follow_up"]
    _save(qtbot, dialog)

    (evidence,) = get_item(db, setup["item"]).evidence
    assert evidence.follow_up_id == setup["follow_up"]
    assert dialog.added == evidence


def test_any_item_can_be_found_by_typing_its_title(qtbot, db, setup, open_dialog):
    other = add_item(db, ItemDraft(kind="event", title="Tenth IGC session", date="Nov 2025"))
    dialog = open_dialog(item_id=None, source_id=setup["source"], quote="The 10th session")
    assert child(dialog, QLabel, "chosenItem").text() == "None yet: find it below."
    _save(qtbot, dialog)
    assert error_text(dialog) == "Choose the item this quote supports."

    search = child(dialog, QLineEdit, "itemSearch")
    qtbot.keyClicks(search, "Tenth IGC")
    items = child(dialog, QListView, "items")
    qtbot.waitUntil(lambda: items.model().rowCount() == 1)  # after the typing pause
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert items.hasFocus()
    assert dialog.item_id() == other.item.id
    assert child(dialog, QLabel, "chosenItem").text().endswith("Tenth IGC session")
    _save(qtbot, dialog)

    assert [e.quote for e in get_item(db, other.item.id).evidence] == ["The 10th session"]


def test_a_source_without_text_keeps_the_quote_as_typed(qtbot, db, setup, open_dialog):
    bare = add_source(db, title="Radio Pakistan bulletin").source.id
    dialog = open_dialog(source_id=bare, quote="Talks went well.")
    assert "No text is stored" in child(dialog, QLabel, "sourceHint").text()
    _save(qtbot, dialog)

    (evidence,) = get_item(db, setup["item"]).evidence
    assert (evidence.quote, evidence.start, evidence.end) == ("Talks went well.", None, None)


def test_remove_evidence_is_undoable_with_its_id(qtbot, db, setup, open_dialog):
    dialog = open_dialog(source_id=setup["source"], quote="Both sides signed a protocol")
    dialog.choose_follow_up(setup["follow_up"])
    _save(qtbot, dialog)
    (added,) = get_item(db, setup["item"]).evidence

    assert remove_evidence_undoably(db, setup["hub"], setup["stack"], added.id)
    assert get_source_detail(db, setup["source"]).quotes == ()
    assert setup["stack"].undoText().startswith("Remove quote “Both sides signed")

    setup["stack"].undo()
    assert get_evidence(db, added.id).evidence == added
    setup["stack"].redo()
    assert get_item(db, setup["item"]).evidence == ()
    setup["stack"].undo()  # remove undone
    setup["stack"].undo()  # add undone
    assert get_item(db, setup["item"]).evidence == ()


def test_inputs_are_labelled_for_keyboard_and_screen_readers(open_dialog):
    dialog = open_dialog()
    labels = {
        label.buddy().objectName(): label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None
    }
    assert labels == {
        "source": "&Source",
        "quote": "&Quote",
        "chosenItem": "For item:",
        "itemSearch": "&Find item",
        "items": "&Item",
        "supports": "Su&pports",
    }
    mnemonics = [t[t.index("&") + 1].lower() for t in labels.values() if "&" in t]
    mnemonics.append(child(dialog, QPushButton, "saveButton").text()[1].lower())
    assert len(set(mnemonics)) == len(mnemonics)
