"""A window showing a source's full text with an evidence quote highlighted and in view.

Evidence offsets are Python string indices into ``SourceRecord.text``; Qt counts
UTF-16 code units and turns every line break into one paragraph separator, so
offsets are translated both ways here rather than trusted to line up.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.errors import show_error
from pakru_desktop.services.database import Database
from pakru_desktop.services.queries import get_source
from pakru_desktop.services.records import SourceRecord

# Yellow with explicitly dark text: a marker-pen look that reads on light and dark themes.
QUOTE_BACKGROUND = QColor("#ffe066")
QUOTE_FOREGROUND = QColor("#1a1a1a")


class SourceViewer(QDialog):
    """The full text of one source, its quote highlighted, selected and centred."""

    def __init__(
        self,
        source: SourceRecord,
        *,
        quote: str | None = None,
        start: int | None = None,
        end: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sourceViewer")
        self.setWindowTitle(source.title)
        self.resize(760, 600)
        self._source = source
        # Qt's text is the source with line breaks normalised; offsets are mapped below.
        self._display = source.text.replace("\r\n", "\n").replace("\r", "\n")
        self._quote_range = _locate(source.text, quote, start, end)
        self._match_range: tuple[int, int] | None = None
        self._revealed = False

        header = QLabel(_header_html(source))
        header.setObjectName("sourceHeader")
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        header.setOpenExternalLinks(True)
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        if source.date_note:
            note = QLabel(source.date_note)
            note.setObjectName("dateNote")
            note.setWordWrap(True)
            font = note.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            note.setFont(font)
            layout.addWidget(note)

        self._text = QPlainTextEdit()
        self._text.setObjectName("sourceText")
        self._text.setReadOnly(True)
        self._text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Keyboard selection too, so the quote (or any passage) can be copied without a mouse.
        self._text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._text.setPlainText(self._display)
        layout.addWidget(self._text, 1)

        find_label = QLabel("&Find:")
        self._find = QLineEdit()
        self._find.setObjectName("findText")
        self._find.setPlaceholderText("Words in the text; Enter finds the next")
        self._find.setClearButtonEnabled(True)
        find_label.setBuddy(self._find)
        self._find_next = QPushButton("Find &next")
        self._find_next.setObjectName("findNext")
        self._find_status = QLabel()
        self._find_status.setObjectName("findStatus")
        find_row = QHBoxLayout()
        find_row.addWidget(find_label)
        find_row.addWidget(self._find, 1)
        find_row.addWidget(self._find_next)
        find_row.addWidget(self._find_status)
        layout.addLayout(find_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter in the find line must search, not press a button and close the window.
        for button in (self._find_next, *buttons.buttons()):
            button.setAutoDefault(False)
            button.setDefault(False)

        self._find.returnPressed.connect(self.find_next)
        self._find_next.clicked.connect(self.find_next)
        self._find.textChanged.connect(self._find_text_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_find)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)

        self.setTabOrder(self._text, self._find)
        self.setTabOrder(self._find, self._find_next)
        self._paint_highlights()
        if self._quote_range is not None:
            self._select(*self._quote_range)

    # --- what tests and callers can ask ---------------------------------------------------

    def highlighted_range(self) -> tuple[int, int] | None:
        """The quote's character range in the source text, or None if there is no quote."""
        return self._quote_range

    def match_range(self) -> tuple[int, int] | None:
        """The character range of the last Find match, or None."""
        return self._match_range

    def quote_visible(self) -> bool:
        """Whether the highlighted quote is inside the text's viewport (its start, if tall)."""
        if self._quote_range is None:
            return False
        first = self._text.cursorRect(self._cursor_at(self._quote_range[0]))
        last = self._text.cursorRect(self._cursor_at(self._quote_range[1]))
        viewport = self._text.viewport().rect()
        span = first.united(last)
        if span.height() <= viewport.height():
            return viewport.contains(span)
        return viewport.intersects(span)

    # --- find -----------------------------------------------------------------------------

    def find_next(self) -> bool:
        """Highlight and select the next match of the Find text after the cursor, wrapping."""
        needle = self._find.text()
        if not needle:
            self._find_status.clear()
            return False
        pattern = re.compile(re.escape(needle), re.IGNORECASE)
        cursor = self._text.textCursor()
        selected = (
            self._source_pos(cursor.selectionStart()),
            self._source_pos(cursor.selectionEnd()),
        )
        # Search on from the cursor; past the current match when it is still selected.
        after = selected[1] if selected == self._match_range else selected[0]
        found = pattern.search(self._source.text, after)
        wrapped = found is None
        if found is None:
            found = pattern.search(self._source.text)
        if found is None:
            self._match_range = None
            self._find_status.setText(f"No match for “{needle}”.")
            self._paint_highlights()
            return False
        self._match_range = (found.start(), found.end())
        self._find_status.setText("Wrapped to the top." if wrapped and after > 0 else "")
        self._paint_highlights()
        self._select(*self._match_range)
        self._text.ensureCursorVisible()
        return True

    def _focus_find(self) -> None:
        self._find.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._find.selectAll()

    def _find_text_changed(self) -> None:
        # An old match no longer means anything once the word changes.
        self._match_range = None
        self._find_status.clear()
        self._paint_highlights()

    # --- showing the quote ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """On first show, centre the quote: lines can only be placed once the width is known."""
        super().showEvent(event)
        if not self._revealed:
            self._revealed = True
            self._reveal_quote()
            self._text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reveal_quote(self) -> None:
        if self._quote_range is None:
            return
        start, end = self._quote_range
        # Centre the quote's first line, then select the quote so Ctrl+C copies it.
        self._text.setTextCursor(self._cursor_at(start))
        self._text.centerCursor()
        self._select(start, end)

    def _select(self, start: int, end: int) -> None:
        cursor = self._cursor_at(end)
        cursor.setPosition(self._doc_pos(start), QTextCursor.MoveMode.KeepAnchor)
        # Anchor at the end and position at the start keeps the quote's first line in view.
        self._text.setTextCursor(cursor)

    def _paint_highlights(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if self._quote_range is not None:
            selections.append(self._extra(self._quote_range, QUOTE_BACKGROUND, QUOTE_FOREGROUND))
        if self._match_range is not None:
            palette = self._text.palette()
            selections.append(
                self._extra(
                    self._match_range,
                    palette.color(QPalette.ColorRole.Highlight),
                    palette.color(QPalette.ColorRole.HighlightedText),
                )
            )
        self._text.setExtraSelections(selections)

    def _extra(
        self, span: tuple[int, int], background: QColor, foreground: QColor
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = self._cursor_at(span[1])
        cursor.setPosition(self._doc_pos(span[0]), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format.setBackground(background)
        selection.format.setForeground(foreground)
        return selection

    # --- offsets --------------------------------------------------------------------------

    def _cursor_at(self, index: int) -> QTextCursor:
        cursor = QTextCursor(self._text.document())
        cursor.setPosition(self._doc_pos(index))
        return cursor

    def _doc_pos(self, index: int) -> int:
        """A source index as a document position (CRLF → one break, UTF-16 units)."""
        before = self._source.text[:index]
        shown = before.replace("\r\n", "\n").replace("\r", "\n")
        return len(shown.encode("utf-16-le")) // 2

    def _source_pos(self, position: int) -> int:
        """A document position back as a source index (the smallest index mapping to it)."""
        low, high = 0, len(self._source.text)
        while low < high:
            middle = (low + high) // 2
            if self._doc_pos(middle) < position:
                low = middle + 1
            else:
                high = middle
        return low


def _locate(
    text: str, quote: str | None, start: int | None, end: int | None
) -> tuple[int, int] | None:
    """The quote's range: the offsets if they fit the text, else where the quote is found."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return (start, end)
    if quote:
        found = text.find(quote)
        if found >= 0:
            return (found, found + len(quote))
    return None


def _header_html(source: SourceRecord) -> str:
    """Publisher · published date (noting an inferred one) · URL as a link."""
    parts: list[str] = []
    if source.publisher:
        parts.append(html.escape(source.publisher))
    if source.published is not None:
        shown = source.published.display()
        if source.published.inferred:
            shown += " (inferred)"
        parts.append(html.escape(shown))
    else:
        parts.append("date unknown")
    if source.url:
        url = html.escape(source.url, quote=True)
        parts.append(f'<a href="{url}">{url}</a>')
    return " · ".join(parts)


def open_source_viewer(
    parent: QWidget,
    db: Database,
    source_id: int,
    *,
    quote: str | None = None,
    start: int | None = None,
    end: int | None = None,
) -> SourceViewer | None:
    """Read the source and show it in a viewer that deletes itself when closed.

    A source that cannot be read (deleted meanwhile) is reported in a dialog; None is returned.
    """
    try:
        source = get_source(db, source_id)
    except PakruError as error:
        show_error(parent, error)
        return None
    viewer = SourceViewer(source, quote=quote, start=start, end=end, parent=parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    return viewer
