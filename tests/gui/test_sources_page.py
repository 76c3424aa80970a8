"""The Sources page and the source form: add, load a file, edit, delete, undo, read."""

from __future__ import annotations

import pytest
from gui_helpers import child, error_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.source_dialog import SourceDialog
from pakru_desktop.gui.source_viewer import SourceViewer
from pakru_desktop.gui.sources_page import SourcesPage
from pakru_desktop.gui.widgets.fuzzy_date_edit import is_marked
from pakru_desktop.services.evidence import add_evidence
from pakru_desktop.services.items import ItemDraft, add_item
from pakru_desktop.services.queries import count_sources, list_sources
from pakru_desktop.services.sources import add_source, get_source_detail

ARTICLE = (
    "MOSCOW: Ishaq Dar led Pakistan at the SCO heads of government meeting.\n\nIt ran two days."
)


@pytest.fixture
def page(qtbot, db, today):
    """The Sources page over the seeded database, with a window's hub and undo stack."""
    hub = ChangeHub()
    stack = QUndoStack()
    page = SourcesPage(db, hub, stack, lambda: today)
    hub.changed.connect(page.on_changes)
    qtbot.addWidget(page)
    page.load()
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _stack(page: SourcesPage) -> QUndoStack:
    return page.undo_stack


def _open_dialog(qtbot, page: SourcesPage, button: str) -> SourceDialog:
    qtbot.mouseClick(page.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    dialog = page.findChild(SourceDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, dialog: SourceDialog, name: str, text: str) -> None:
    edit = child(dialog, QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def _select(page: SourcesPage, title: str) -> int:
    source = next(s for s in list_sources(page.db) if s.title == title)
    assert page.select_source(source.id)
    return source.id


def test_add_source_with_pasted_text_is_saved_selected_and_undoable(qtbot, page, db):
    before = count_sources(db)
    dialog = _open_dialog(qtbot, page, "addSourceButton")
    assert dialog.windowTitle() == "Add source"
    assert dialog.focusWidget() is child(dialog, QLineEdit, "title")

    _type(qtbot, dialog, "title", "Dar leads Pakistan at SCO meeting in Moscow")
    _type(qtbot, dialog, "publisher", "Dawn")
    _type(qtbot, dialog, "url", "https://www.dawn.com/news/sco-moscow")
    _type(qtbot, dialog, "publishedText", "18 Nov 2025")
    assert "18 Nov 2025 · day" in child(dialog, QLabel, "publishedPreview").text()
    _type(qtbot, dialog, "language", "en")
    text = child(dialog, QPlainTextEdit, "sourceText")
    text.setFocus()
    text.insertPlainText(ARTICLE)  # as a paste does
    assert child(dialog, QLabel, "textSize").text() == f"{len(ARTICLE):,} characters"
    qtbot.mouseClick(child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert count_sources(db) == before + 1
    new_id = page.selected_id()
    detail = get_source_detail(db, new_id)
    assert detail.record.title == "Dar leads Pakistan at SCO meeting in Moscow"
    assert detail.record.publisher == "Dawn" and detail.language == "en"
    assert detail.record.published == FuzzyDate.from_iso("2025-11-18")
    assert detail.record.text == ARTICLE

    _stack(page).undo()
    assert count_sources(db) == before
    _stack(page).redo()
    assert get_source_detail(db, new_id) == detail


def test_load_from_file_strips_a_saved_page_and_fills_the_title(qtbot, page, tmp_path, monkeypatch):
    saved = tmp_path / "dawn.html"
    saved.write_text(
        "<html><head><title>Dar in Moscow</title><script>x()</script></head>"
        "<body><p>First   paragraph.</p><p>Second.</p></body></html>",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    dialog = _open_dialog(qtbot, page, "addSourceButton")

    qtbot.mouseClick(child(dialog, QPushButton, "loadFile"), Qt.MouseButton.LeftButton)
    assert child(dialog, QPlainTextEdit, "sourceText").toPlainText() == (
        "First paragraph.\n\nSecond."
    )
    assert child(dialog, QLineEdit, "title").text() == "Dar in Moscow"


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "is empty"), (b"\x00\x01binary", "not a text file"), (b"caf\xe9", "not UTF-8")],
)
def test_an_unusable_file_is_explained_inline(qtbot, page, tmp_path, monkeypatch, content, words):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    dialog = _open_dialog(qtbot, page, "addSourceButton")
    text = child(dialog, QPlainTextEdit, "sourceText")
    text.setPlainText("Kept as it was.")

    qtbot.mouseClick(child(dialog, QPushButton, "loadFile"), Qt.MouseButton.LeftButton)
    assert words in error_text(dialog) and "bad.txt" in error_text(dialog)
    assert is_marked(text)
    assert text.toPlainText() == "Kept as it was."


def test_bad_input_stays_in_the_form_with_the_field_marked(qtbot, page, db):
    before = count_sources(db)
    dialog = _open_dialog(qtbot, page, "addSourceButton")
    _type(qtbot, dialog, "title", "A report")
    _type(qtbot, dialog, "language", "English please")
    qtbot.keyClick(child(dialog, QLineEdit, "language"), Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert error_text(dialog) == (
        "'English please' is not a language code; use one such as en, ru, ur or en-GB."
    )
    assert is_marked(child(dialog, QLineEdit, "language"))
    assert count_sources(db) == before

    _type(qtbot, dialog, "language", "ur")
    assert error_text(dialog) == ""
    _type(qtbot, dialog, "publishedText", "the 45th of Nov")
    qtbot.keyClick(child(dialog, QLineEdit, "publishedText"), Qt.Key.Key_Return)
    assert dialog.isVisible() and error_text(dialog)
    assert count_sources(db) == before


def test_edit_changes_the_source_and_undo_puts_it_back(qtbot, page, db):
    source_id = add_source(db, title="TASS report", publisher="TASS", text=ARTICLE).source.id
    page.load()
    assert page.select_source(source_id)
    before = get_source_detail(db, source_id)

    dialog = _open_dialog(qtbot, page, "editSourceButton")
    assert dialog.windowTitle() == "Edit source"
    assert child(dialog, QPlainTextEdit, "sourceText").toPlainText() == ARTICLE
    _type(qtbot, dialog, "publisher", "TASS (Russian News Agency)")
    _type(qtbot, dialog, "language", "ru")
    qtbot.keyClick(child(dialog, QLineEdit, "language"), Qt.Key.Key_Return)

    after = get_source_detail(db, source_id)
    assert after.record.publisher == "TASS (Russian News Agency)" and after.language == "ru"
    assert page.selected_id() == source_id
    _stack(page).undo()
    assert get_source_detail(db, source_id) == before
    _stack(page).redo()
    assert get_source_detail(db, source_id) == after


def test_delete_of_a_quoted_source_is_refused_with_the_count(qtbot, page, db, monkeypatch):
    item_id = add_item(db, ItemDraft(kind="event", title="SCO meeting", date="Nov 2025")).item.id
    source_id = add_source(db, title="Quoted", text=ARTICLE).source.id
    add_evidence(db, item_id, source_id, "Ishaq Dar led Pakistan")
    add_evidence(db, item_id, source_id, "It ran two days.")
    page.load()
    assert page.select_source(source_id)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked anyway"))

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert told == [f"Source {source_id} is quoted by 2 pieces of evidence; remove them first."]
    assert get_source_detail(db, source_id).record.title == "Quoted"


def test_delete_asks_first_and_can_be_undone(qtbot, page, db, monkeypatch):
    source_id = add_source(db, title="Unquoted", text=ARTICLE).source.id
    page.load()
    assert page.select_source(source_id)
    before = count_sources(db)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert count_sources(db) == before  # declined
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert count_sources(db) == before - 1

    _stack(page).undo()
    assert get_source_detail(db, source_id).record.text == ARTICLE


def test_enter_opens_the_viewer_and_buttons_follow_the_selection(qtbot, page, db):
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    title = list_sources(db)[0].title
    _select(page, title)
    assert page.edit_button.isEnabled() and page.read_button.isEnabled()

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    viewers = [v for v in page.findChildren(SourceViewer) if v.isVisible()]
    assert len(viewers) == 1 and viewers[0].windowTitle() == title
    viewers[0].close()


def test_every_button_has_a_mnemonic(page):
    texts = [b.text() for b in (page.add_button, page.edit_button, page.delete_button)]
    texts.append(page.read_button.text())
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(keys)) == len(keys)
