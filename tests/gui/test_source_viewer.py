"""The source viewer: full text, the evidence quote highlighted, selected and in view; Find."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.gui.source_viewer import SourceViewer
from pakru_desktop.services.items import get_item
from pakru_desktop.services.queries import get_source
from pakru_desktop.services.records import SourceRecord


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
    assert viewer.findChild(QLabel, "dateNote") is None
    # Offsets are Python indices even past a CRLF and a character outside the BMP.
    start = source.text.find("the quote")
    assert viewer.highlighted_range() == (start, start + len("the quote"))
    assert text.textCursor().selectedText() == "the quote"
