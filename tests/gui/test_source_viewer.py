"""The source viewer: full text, the evidence quote highlighted, selected and in view; Find;
quoting selected words as evidence; a source without text and its "Add text…"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.evidence_dialog import EvidenceDialog
from pakru_desktop.gui.source_dialog import SourceDialog
from pakru_desktop.gui.source_viewer import SourceViewer, open_source_viewer
from pakru_desktop.services.follow_ups import add_follow_up
from pakru_desktop.services.items import ItemDraft, add_item, get_item
from pakru_desktop.services.queries import get_source
from pakru_desktop.services.records import SourceRecord
from pakru_desktop.services.sources import add_source


def _open(qtbot, viewer: SourceViewer, size: tuple[int, int] = (480, 320)) -> QPlainTextEdit:
    qtbot.addWidget(viewer)
    # Small enough that the text must scroll, so "in view" means something.
    viewer.resize(*size)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer.findChild(QPlainTextEdit, "sourceText")


def test_shows_full_text_with_the_quote_highlighted_at_its_offsets(qtbot, db):
    source = get_source(db, 1)
    evidence = get_item(db, 1).evidence[0]
    viewer = SourceViewer(source, quote=evidence.quote, start=evidence.start, end=evidence.end)
    text = _open(qtbot, viewer)

    assert viewer.windowTitle() == source.title
    assert text.toPlainText() == source.text
    assert text.isReadOnly()
    assert viewer.highlighted_range() == (evidence.start, evidence.end)
    assert source.text[evidence.start : evidence.end] == evidence.quote
    assert text.textCursor().selectedText() == evidence.quote
    (marker,) = text.extraSelections()
    assert marker.cursor.selectedText() == evidence.quote
    assert viewer.quote_visible()


def test_a_quote_near_the_end_is_scrolled_into_view(qtbot, db):
    source = get_source(db, 1)
    evidence = max(
        (e for e in get_item(db, 1).evidence if e.source_id == source.id), key=lambda e: e.start
    )
    assert evidence.start > len(source.text) * 3 // 4
    viewer = SourceViewer(source, quote=evidence.quote, start=evidence.start, end=evidence.end)
    text = _open(qtbot, viewer)

    assert text.verticalScrollBar().value() > 0
    assert viewer.quote_visible()
    text.verticalScrollBar().setValue(0)
    assert not viewer.quote_visible()


def test_a_quote_without_offsets_is_found_in_the_text(qtbot, db):
    source = get_source(db, 1)
    evidence = get_item(db, 1).evidence[1]
    viewer = SourceViewer(source, quote=evidence.quote)
    text = _open(qtbot, viewer)

    assert viewer.highlighted_range() == (evidence.start, evidence.end)
    assert text.textCursor().selectedText() == evidence.quote


def test_ctrl_c_copies_the_quote(qtbot, db):
    source = get_source(db, 1)
    evidence = get_item(db, 1).evidence[0]
    viewer = SourceViewer(source, quote=evidence.quote, start=evidence.start, end=evidence.end)
    text = _open(qtbot, viewer)

    qtbot.keyClick(text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == evidence.quote


def test_find_highlights_the_next_match(qtbot, db):
    source = get_source(db, 1)
    viewer = SourceViewer(source)
    text = _open(qtbot, viewer)
    find = viewer.findChild(QLineEdit, "findText")

    qtbot.keyClicks(find, "putin")
    qtbot.keyClick(find, Qt.Key.Key_Return)
    first = viewer.match_range()
    assert first is not None
    assert source.text[first[0] : first[1]] == "Putin"
    assert first[0] == source.text.find("Putin")
    assert text.textCursor().selectedText() == "Putin"
    assert [s.cursor.selectedText() for s in text.extraSelections()] == ["Putin"]
    assert viewer.isVisible()  # Enter searched; it did not close the window

    qtbot.keyClick(find, Qt.Key.Key_Return)
    second = viewer.match_range()
    assert second is not None
    assert second[0] == source.text.find("Putin", first[1])


def test_find_says_when_nothing_matches(qtbot, db):
    viewer = SourceViewer(get_source(db, 1))
    _open(qtbot, viewer)
    find = viewer.findChild(QLineEdit, "findText")

    qtbot.keyClicks(find, "zebra crossing")
    qtbot.keyClick(find, Qt.Key.Key_Return)
    assert viewer.match_range() is None
    assert "No match" in viewer.findChild(QLabel, "findStatus").text()


def test_ctrl_f_goes_to_find_and_escape_closes(qtbot, db):
    viewer = SourceViewer(get_source(db, 1))
    text = _open(qtbot, viewer)
    viewer.activateWindow()
    # Shortcuts need the active window; waitActive returns before offscreen activates it.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
    find = viewer.findChild(QLineEdit, "findText")

    qtbot.keyClick(text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert find.hasFocus()
    qtbot.keyClick(find, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_header_names_publisher_date_and_how_it_was_established(qtbot, db):
    source = get_source(db, 2)
    assert source.published is not None and source.published.inferred
    viewer = SourceViewer(source)
    _open(qtbot, viewer)

    header = viewer.findChild(QLabel, "sourceHeader").text()
    assert source.published.display() in header
    assert "inferred" in header
    assert viewer.findChild(QLabel, "dateNote").text() == source.date_note


def test_header_links_the_url(qtbot):
    source = SourceRecord(
        id=9,
        ref=None,
        title="A & B",
        publisher="Dawn",
        url="https://example.org/a?b=1&c=2",
        published=FuzzyDate.from_iso("2025-09"),
        date_note="",
        text="Line one.\r\nLine two with 😀 and the quote.\n",
    )
    viewer = SourceViewer(source, quote="the quote")
    text = _open(qtbot, viewer)

    header = viewer.findChild(QLabel, "sourceHeader")
    assert 'href="https://example.org/a?b=1&amp;c=2"' in header.text()
    assert "Dawn · Sep 2025" in header.text()
    assert header.openExternalLinks()
    assert viewer.findChild(QLabel, "dateNote").isHidden()
    # Offsets are Python indices even past a CRLF and a character outside the BMP.
    start = source.text.find("the quote")
    assert viewer.highlighted_range() == (start, start + len("the quote"))
    assert text.textCursor().selectedText() == "the quote"


# --- quoting, and sources without text ------------------------------------------------------

REPORT = (
    "MOSCOW: Pakistan and Russia signed a protocol on the steel mill.\n\n"
    "Officials said the steel mill would be rebuilt with Russian help."
)


@pytest.fixture
def services(db, today):
    """A commitment with a follow-up, a source with text, and a window's hub and stack."""
    item_id = add_item(
        db, ItemDraft(kind="commitment", title="Russia to help rebuild the steel mill", date="2025")
    ).item.id
    follow_up = add_follow_up(db, item_id, date="11 Jul 2025", note="Protocol signed", today=today)
    source_id = add_source(db, title="Steel mill protocol", publisher="TASS", text=REPORT)
    return SimpleNamespace(
        item=item_id,
        follow_up=follow_up.follow_up.id,
        source=source_id.source.id,
        hub=ChangeHub(),
        stack=QUndoStack(),
    )


def _viewer(qtbot, db, services, source_id: int, **kwargs) -> SourceViewer:
    services.holder = holder = QWidget()  # the viewer's parent must outlive this function
    qtbot.addWidget(holder)
    viewer = open_source_viewer(
        holder,
        db,
        source_id,
        hub=services.hub,
        undo_stack=services.stack,
        item_id=services.item,
        **kwargs,
    )
    assert viewer is not None
    qtbot.waitExposed(viewer)
    return viewer


def test_selected_words_are_quoted_as_evidence_for_a_follow_up(qtbot, db, services):
    viewer = _viewer(qtbot, db, services, services.source)
    button = viewer.findChild(QPushButton, "quoteButton")
    assert button.isVisible() and not button.isEnabled()  # nothing selected yet

    # Find the second "the steel mill", as a reader would, which selects it.
    find = viewer.findChild(QLineEdit, "findText")
    qtbot.keyClicks(find, "the steel mill")
    qtbot.keyClick(find, Qt.Key.Key_Return)
    qtbot.keyClick(find, Qt.Key.Key_Return)
    second = REPORT.rfind("the steel mill")
    assert viewer.match_range() == (second, second + len("the steel mill"))
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog = viewer.findChild(EvidenceDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QPlainTextEdit, "quote").toPlainText() == "the steel mill"
    assert dialog.item_id() == services.item and dialog.source_id() == services.source
    assert dialog.choose_follow_up(services.follow_up)
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    (evidence,) = get_item(db, services.item).evidence
    assert evidence.follow_up_id == services.follow_up
    # The occurrence that was selected, not the first one in the text.
    assert (evidence.start, evidence.end) == (second, second + len("the steel mill"))
    assert viewer.highlighted_range() == (second, second + len("the steel mill"))
    services.stack.undo()
    assert get_item(db, services.item).evidence == ()


def test_the_context_menu_offers_quoting_the_selection(qtbot, db, services):
    viewer = _viewer(qtbot, db, services, services.source)
    text = viewer.findChild(QPlainTextEdit, "sourceText")
    menu = viewer.context_menu(QPoint(5, 5))
    (quote_action,) = [a for a in menu.actions() if a.text() == "&Quote as evidence for…"]
    assert not quote_action.isEnabled()
    menu.deleteLater()

    text.select(0, len("MOSCOW"))
    assert viewer.selected_range() == (0, len("MOSCOW"))
    assert quote_action.isEnabled()
    quote_action.trigger()
    dialog = viewer.findChild(EvidenceDialog)
    assert dialog.findChild(QPlainTextEdit, "quote").toPlainText() == "MOSCOW"
    dialog.close()


def test_a_source_without_text_shows_its_details_and_add_text(qtbot, db, services, today):
    bare = add_source(
        db,
        title="Radio Pakistan bulletin",
        publisher="Radio Pakistan",
        published="Tuesday",
        language="ur",
        today=today,
    ).source.id
    viewer = _viewer(qtbot, db, services, bare, today=today)
    assert viewer.windowTitle() == "Radio Pakistan bulletin"
    header = viewer.findChild(QLabel, "sourceHeader").text()
    assert "Radio Pakistan · 2 Sep 2025 (inferred) · ur" in header
    assert viewer.findChild(QLabel, "noTextNote").isVisible()
    assert not viewer.findChild(QPlainTextEdit, "sourceText").isVisible()
    assert not viewer.findChild(QPushButton, "quoteButton").isVisible()

    qtbot.mouseClick(viewer.findChild(QPushButton, "addText"), Qt.MouseButton.LeftButton)
    form = viewer.findChild(SourceDialog)
    assert form is not None and form.isVisible()
    text_box = form.findChild(QPlainTextEdit, "sourceText")
    assert form.focusWidget() is text_box
    text_box.insertPlainText("Pakistan and Russia agreed to meet again in Moscow.")
    qtbot.mouseClick(form.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    assert get_source(db, bare).text == "Pakistan and Russia agreed to meet again in Moscow."
    shown = viewer.findChild(QPlainTextEdit, "sourceText")
    assert shown.isVisible() and shown.toPlainText() == get_source(db, bare).text
    assert not viewer.findChild(QLabel, "noTextNote").isVisible()
    assert viewer.findChild(QPushButton, "quoteButton").isVisible()


def test_without_services_the_viewer_only_reads(qtbot, db):
    viewer = SourceViewer(get_source(db, 1))
    _open(qtbot, viewer)
    assert not viewer.findChild(QPushButton, "quoteButton").isVisible()
    assert viewer.quote_selection() is None


def test_the_hub_and_stack_of_the_enclosing_view_are_used(qtbot, db, services):
    holder = QWidget()
    holder.hub, holder.undo_stack = services.hub, services.stack
    qtbot.addWidget(holder)
    viewer = open_source_viewer(holder, db, services.source)
    assert viewer is not None
    assert viewer.hub is services.hub and viewer.undo_stack is services.stack
    viewer.close()
