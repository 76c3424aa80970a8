"""The parts of the source viewer: a header naming the source, and a read-only view of its
text that speaks in the source's own character offsets.

Evidence offsets are Python string indices into ``SourceRecord.text``; Qt counts
UTF-16 code units and turns every line break into one paragraph separator, so
offsets are translated both ways here rather than trusted to line up.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.services.records import SourceRecord

translate = QCoreApplication.translate

# Yellow with explicitly dark text: a marker-pen look that reads on light and dark themes.
QUOTE_BACKGROUND = QColor("#ffe066")
QUOTE_FOREGROUND = QColor("#1a1a1a")
# The same pen, lighter: passages marked for context.
FAINT_BACKGROUND = QColor("#fff3bf")

Span = tuple[int, int]


class SourceHeader(QWidget):
    """The title in bold; publisher · date · language · web address; how the date was found.

    Labels by objectName: ``sourceTitle``, ``sourceHeader`` and ``dateNote`` (hidden when
    the source has no date note).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("sourceTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.facts = QLabel(self)
        self.facts.setObjectName("sourceHeader")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setOpenExternalLinks(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.note = QLabel(self)
        self.note.setObjectName("dateNote")
        self.note.setWordWrap(True)
        font = self.note.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.note.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.title, self.facts, self.note):
            layout.addWidget(label)

    def show_source(self, source: SourceRecord, language: str = "") -> None:
        """Show what is known about ``source``."""
        self.title.setText(source.title)
        self.facts.setText(facts_html(source, language))
        self.note.setText(source.date_note)
        self.note.setVisible(bool(source.date_note))


def facts_html(source: SourceRecord, language: str = "") -> str:
    """Publisher · published date (noting an inferred one) · language · URL as a link."""
    parts: list[str] = []
    if source.publisher:
        parts.append(html.escape(source.publisher))
    if source.published is not None:
        shown = shown_date(source.published)
        if source.published.inferred:
            shown = translate("SourceTextView", "{date} (inferred)").format(date=shown)
        parts.append(html.escape(shown))
    else:
        parts.append(html.escape(translate("SourceTextView", "date unknown")))
    if language:
        parts.append(html.escape(language))
    if source.url:
        url = html.escape(source.url, quote=True)
        parts.append(f'<a href="{url}">{url}</a>')
    return " · ".join(parts)


class SourceTextView(QPlainTextEdit):
    """The text, selectable by mouse and keyboard, with a quote and a Find match marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceText")
        self.setAccessibleName(translate("SourceTextView", "Source text"))
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Keyboard selection too, so the quote (or any passage) can be copied without a mouse.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._source_text = ""

    def set_source_text(self, text: str) -> None:
        """Show ``text`` (line breaks normalised for Qt; offsets still refer to ``text``)."""
        self._source_text = text
        self.setPlainText(text.replace("\r\n", "\n").replace("\r", "\n"))

    def source_text(self) -> str:
        """The text as stored, which every offset here refers to."""
        return self._source_text

    # --- selection and highlights -----------------------------------------------------------

    def selected_span(self) -> Span:
        """The selection (or the cursor, when nothing is selected) as source offsets."""
        cursor = self.textCursor()
        return (self.source_pos(cursor.selectionStart()), self.source_pos(cursor.selectionEnd()))

    def select(self, start: int, end: int) -> None:
        """Select source characters ``start``…``end``, keeping the first line in view."""
        cursor = self.cursor_at(end)
        cursor.setPosition(self.doc_pos(start), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def centre_on(self, start: int, end: int) -> None:
        """Centre the line where ``start`` is, then select the span so Ctrl+C copies it."""
        self.setTextCursor(self.cursor_at(start))
        self.centerCursor()
        self.select(start, end)

    def paint(self, quote: Span | None, match: Span | None) -> None:
        """Mark the quote with a marker-pen yellow and the Find match as a selection."""
        selections: list[QTextEdit.ExtraSelection] = []
        if quote is not None:
            selections.append(self._extra(quote, QUOTE_BACKGROUND, QUOTE_FOREGROUND))
        if match is not None:
            palette = self.palette()
            selections.append(
                self._extra(
                    match,
                    palette.color(QPalette.ColorRole.Highlight),
                    palette.color(QPalette.ColorRole.HighlightedText),
                )
            )
        self.setExtraSelections(selections)

    def paint_all(self, spans: list[Span], faint: Sequence[Span] = ()) -> None:
        """Mark each of ``spans`` with the marker-pen yellow (the chosen proposal's
        sentences) and each of ``faint`` more lightly (the other proposals')."""
        self.setExtraSelections(
            [self._extra(span, FAINT_BACKGROUND, QUOTE_FOREGROUND) for span in faint]
            + [self._extra(span, QUOTE_BACKGROUND, QUOTE_FOREGROUND) for span in spans]
        )

    def span_visible(self, span: Span) -> bool:
        """Whether ``span`` is inside the viewport (its start, if it is taller)."""
        first = self.cursorRect(self.cursor_at(span[0]))
        last = self.cursorRect(self.cursor_at(span[1]))
        viewport = self.viewport().rect()
        both = first.united(last)
        if both.height() <= viewport.height():
            return viewport.contains(both)
        return viewport.intersects(both)

    def _extra(
        self, span: Span, background: QColor, foreground: QColor
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = self.cursor_at(span[1])
        cursor.setPosition(self.doc_pos(span[0]), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format.setBackground(background)  # type: ignore[attr-defined]
        selection.format.setForeground(foreground)  # type: ignore[attr-defined]
        return selection

    # --- offsets --------------------------------------------------------------------------

    def cursor_at(self, index: int) -> QTextCursor:
        """A cursor at source index ``index``."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_pos(index))
        return cursor

    def doc_pos(self, index: int) -> int:
        """A source index as a document position (CRLF → one break, UTF-16 units)."""
        before = self._source_text[:index]
        shown = before.replace("\r\n", "\n").replace("\r", "\n")
        return len(shown.encode("utf-16-le")) // 2

    def source_pos(self, position: int) -> int:
        """A document position back as a source index (the smallest index mapping to it)."""
        low, high = 0, len(self._source_text)
        while low < high:
            middle = (low + high) // 2
            if self.doc_pos(middle) < position:
                low = middle + 1
            else:
                high = middle
        return low
