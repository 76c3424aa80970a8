"""A window showing a source's full text with an evidence quote highlighted and in view.

Words selected in the text can be quoted as evidence ("Quote as evidence for…", a button
and a context-menu entry). A source whose text is not stored shows its details and an
"Add text…" button instead. The window follows changes to its source (through the change
hub) while it is open. Offsets are the source's own (see ``source_text_view``).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.icons import icon
from pakru_desktop.gui.source_text_view import SourceHeader, SourceTextView
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import Changes, SourceRecord
from pakru_desktop.services.sources import get_source_detail

translate = QCoreApplication.translate


class SourceViewer(QDialog):
    """The full text of one source, its quote highlighted, selected and centred.

    With ``db``, ``hub`` and ``undo_stack`` the text can be quoted as evidence (for
    ``item_id`` by default, or any item chosen in the evidence dialog) and a source
    without text offers "Add text…". Widgets by objectName: ``sourceHeader``,
    ``dateNote``, ``sourceTitle``, ``sourceText``, ``noTextNote``, ``addText``, ``quoteButton``,
    ``findText``, ``findNext``, ``findStatus``.
    """

    def __init__(
        self,
        source: SourceRecord,
        *,
        quote: str | None = None,
        start: int | None = None,
        end: int | None = None,
        parent: QWidget | None = None,
        db: Database | None = None,
        hub: ChangeHub | None = None,
        undo_stack: QUndoStack | None = None,
        item_id: int | None = None,
        language: str = "",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sourceViewer")
        self.resize(760, 600)
        self.db, self.hub, self.undo_stack = db, hub, undo_stack
        self.item_id, self.today = item_id, today
        self._quote = quote
        self._source = source
        self._language = language
        self._quote_range: tuple[int, int] | None = None
        self._match_range: tuple[int, int] | None = None
        self._revealed = False

        self._header = SourceHeader()

        self._no_text = QLabel(
            translate(
                "SourceViewer",
                "No text is stored for this source yet. Add the article's text to read it here "
                "and to quote it as evidence.",
            )
        )
        self._no_text.setObjectName("noTextNote")
        self._no_text.setWordWrap(True)
        self._add_text = QPushButton(translate("SourceViewer", "&Add text…"))
        self._add_text.setObjectName("addText")
        self._add_text.clicked.connect(self.add_text)
        # Shown instead of the text (and its Find row) while the source has none.
        self._no_text_panel = QWidget()
        panel = QVBoxLayout(self._no_text_panel)
        panel.setContentsMargins(0, 12, 0, 0)
        panel.addWidget(self._no_text)
        panel.addWidget(self._add_text, 0, Qt.AlignmentFlag.AlignLeft)
        panel.addStretch(1)

        self._text = SourceTextView()
        self._text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._text.customContextMenuRequested.connect(self._show_context_menu)

        find_label = QLabel(translate("SourceViewer", "&Find:"))
        self._find = QLineEdit()
        self._find.setObjectName("findText")
        self._find.setPlaceholderText(
            translate("SourceViewer", "Words in the text; Enter finds the next")
        )
        self._find.setClearButtonEnabled(True)
        find_label.setBuddy(self._find)
        self._find_next = QPushButton(translate("SourceViewer", "Find &next"))
        self._find_next.setObjectName("findNext")
        self._find_status = QLabel()
        self._find_status.setObjectName("findStatus")
        self._find_row = QWidget()
        find_row = QHBoxLayout(self._find_row)
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(find_label)
        find_row.addWidget(self._find, 1)
        find_row.addWidget(self._find_next)
        find_row.addWidget(self._find_status)

        self.quote_action = QAction(
            icon("add-evidence"), translate("SourceViewer", "&Quote as evidence for…"), self
        )
        self.quote_action.triggered.connect(lambda _checked=False: self.quote_selection())
        self._quote_button = QPushButton(self.quote_action.icon(), self.quote_action.text())
        self._quote_button.setObjectName("quoteButton")
        self._quote_button.setToolTip(
            translate("SourceViewer", "Select words in the text, then record them as evidence.")
        )
        self._quote_button.clicked.connect(self.quote_action.trigger)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self._quote_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self._header)
        layout.addWidget(self._no_text_panel, 1)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._find_row)
        layout.addLayout(bottom)
        # Enter in the find line must search, not press a button and close the window.
        for button in (self._find_next, self._add_text, self._quote_button, *buttons.buttons()):
            button.setAutoDefault(False)
            button.setDefault(False)

        self._find.returnPressed.connect(self.find_next)
        self._find_next.clicked.connect(self.find_next)
        self._find.textChanged.connect(self._find_text_changed)
        self._text.selectionChanged.connect(self._update_actions)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_find)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)
        if hub is not None:
            hub.changed.connect(self._on_changes)

        self.setTabOrder(self._text, self._find)
        self.setTabOrder(self._find, self._find_next)
        self.set_source(source, language, start=start, end=end)

    def set_source(
        self,
        source: SourceRecord,
        language: str = "",
        *,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        """Show ``source`` (e.g. again, after it was edited), keeping the quote highlighted."""
        self._source, self._language = source, language
        self.setWindowTitle(source.title or translate("SourceViewer", "Source"))
        self._header.show_source(source, language)
        has_text = bool(source.text)
        self._text.set_source_text(source.text)
        for widget in (self._text, self._find_row):
            widget.setVisible(has_text)
        self._no_text_panel.setVisible(not has_text)
        self._add_text.setEnabled(self._can_change())
        self._quote_range = _locate(source.text, self._quote, start, end)
        self._match_range = None
        self._paint_highlights()
        if self._quote_range is not None:
            self._text.select(*self._quote_range)
        self._update_actions()

    # --- quoting ---------------------------------------------------------------------------

    def selected_range(self) -> tuple[int, int] | None:
        """The selected passage as source offsets, or None when nothing but spaces is."""
        start, end = self._text.selected_span()
        if not self._source.text[start:end].strip():
            return None
        return (start, end)

    def quote_selection(self) -> QDialog | None:
        """Open the evidence dialog on the selected words; returns it (None if not possible)."""
        span = self.selected_range()
        if span is None or not self._can_change():
            return None
        from pakru_desktop.gui.evidence_dialog import EvidenceDialog

        assert self.db is not None and self.hub is not None and self.undo_stack is not None
        dialog = EvidenceDialog(
            self.db,
            self.hub,
            self.undo_stack,
            self.item_id,
            source_id=self._source.id,
            quote=self._source.text[span[0] : span[1]],
            parent=self,
            near=span[0],
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added_evidence.connect(self._show_added)
        dialog.open()
        return dialog

    def context_menu(self, position: QPoint) -> QMenu:
        """The text's menu at ``position``: Copy, Select All … and "Quote as evidence for…"."""
        menu = self._text.createStandardContextMenu(position)
        menu.addSeparator()
        menu.addAction(self.quote_action)
        return menu

    def add_text(self) -> QDialog | None:
        """Open the source's form with the cursor in its text box."""
        if not self._can_change():
            return None
        from pakru_desktop.gui.source_dialog import open_source_dialog

        assert self.db is not None and self.hub is not None
        return open_source_dialog(
            self,
            self.db,
            self.hub,
            self.undo_stack,
            self._source.id,
            today=self.today,
            focus_text=True,
        )

    def _can_change(self) -> bool:
        return None not in (self.db, self.hub, self.undo_stack)

    def _update_actions(self) -> None:
        enabled = self._can_change() and self.selected_range() is not None
        self.quote_action.setEnabled(enabled)
        self._quote_button.setEnabled(enabled)
        self._quote_button.setVisible(self._can_change() and bool(self._source.text))

    def _show_context_menu(self, position: QPoint) -> None:
        menu = self.context_menu(position)
        menu.exec(self._text.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _show_added(self, record: object) -> None:
        """Highlight the words just quoted, so the analyst sees what was recorded."""
        start, end = getattr(record, "start", None), getattr(record, "end", None)
        if start is not None and end is not None:
            self._quote = getattr(record, "quote", None)
            self._quote_range = (start, end)
            self._paint_highlights()

    def _on_changes(self, changes: Changes) -> None:
        if "sources" not in changes.tables or self.db is None:
            return
        try:
            detail = get_source_detail(self.db, self._source.id)
        except PakruError:
            self.close()  # the source was deleted (e.g. its adding was undone)
            return
        if detail.record != self._source or detail.language != self._language:
            self.set_source(detail.record, detail.language)

    # --- what tests and callers can ask ---------------------------------------------------

    def highlighted_range(self) -> tuple[int, int] | None:
        """The quote's character range in the source text, or None if there is no quote."""
        return self._quote_range

    def match_range(self) -> tuple[int, int] | None:
        """The character range of the last Find match, or None."""
        return self._match_range

    def quote_visible(self) -> bool:
        """Whether the highlighted quote is inside the text's viewport (its start, if tall)."""
        return self._quote_range is not None and self._text.span_visible(self._quote_range)

    # --- find -----------------------------------------------------------------------------

    def find_next(self) -> bool:
        """Highlight and select the next match of the Find text after the cursor, wrapping."""
        needle = self._find.text()
        if not needle:
            self._find_status.clear()
            return False
        pattern = re.compile(re.escape(needle), re.IGNORECASE)
        selected = self._text.selected_span()
        # Search on from the cursor; past the current match when it is still selected.
        after = selected[1] if selected == self._match_range else selected[0]
        found = pattern.search(self._source.text, after)
        wrapped = found is None
        if found is None:
            found = pattern.search(self._source.text)
        if found is None:
            self._match_range = None
            self._find_status.setText(
                translate("SourceViewer", "No match for “{words}”.").format(words=needle)
            )
            self._paint_highlights()
            return False
        self._match_range = (found.start(), found.end())
        self._find_status.setText(
            translate("SourceViewer", "Wrapped to the top.") if wrapped and after > 0 else ""
        )
        self._paint_highlights()
        self._text.select(*self._match_range)
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
            if self._quote_range is not None:
                self._text.centre_on(*self._quote_range)
            self._text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _paint_highlights(self) -> None:
        self._text.paint(self._quote_range, self._match_range)


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


def _context_of(parent: QWidget | None) -> tuple[ChangeHub | None, QUndoStack | None]:
    """The change hub and undo stack of the nearest enclosing view that has both."""
    widget = parent
    while widget is not None:
        hub, stack = getattr(widget, "hub", None), getattr(widget, "undo_stack", None)
        if isinstance(hub, ChangeHub) and isinstance(stack, QUndoStack):
            return hub, stack
        widget = widget.parentWidget()
    return None, None


def open_source_viewer(
    parent: QWidget,
    db: Database,
    source_id: int,
    *,
    quote: str | None = None,
    start: int | None = None,
    end: int | None = None,
    hub: ChangeHub | None = None,
    undo_stack: QUndoStack | None = None,
    item_id: int | None = None,
    today: dt.date | None = None,
) -> SourceViewer | None:
    """Read the source and show it in a viewer that deletes itself when closed.

    ``item_id`` is the item selected words are quoted for by default. The hub and undo
    stack default to those of the nearest enclosing view that has them (the detail pane,
    the Sources page). A source that cannot be read (deleted meanwhile) is reported in a
    dialog; None is returned.
    """
    try:
        detail = get_source_detail(db, source_id)
    except PakruError as error:
        show_error(parent, error)
        return None
    if hub is None or undo_stack is None:
        found_hub, found_stack = _context_of(parent)
        hub, undo_stack = hub or found_hub, undo_stack or found_stack
    viewer = SourceViewer(
        detail.record,
        quote=quote,
        start=start,
        end=end,
        parent=parent,
        db=db,
        hub=hub,
        undo_stack=undo_stack,
        item_id=item_id,
        language=detail.language,
        today=today,
    )
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    return viewer
