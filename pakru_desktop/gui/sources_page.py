"""The Sources page: articles and documents that items are drawn from.

Add… and Edit… open the source form (the text pasted or loaded from a file); Delete
removes a source nothing quotes or cites, after confirmation; Read (or Enter, or a
double-click) opens the viewer, where words can be quoted as evidence. Every change
is undoable through the window's undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.evidence_commands import DeleteSourceCommand
from pakru_desktop.gui.record_pages import RecordPage
from pakru_desktop.gui.source_dialog import SourceDialog, open_source_dialog
from pakru_desktop.gui.source_viewer import SourceViewer, open_source_viewer
from pakru_desktop.gui.table_models import SourceTableModel
from pakru_desktop.services import sources
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import Changes


class SourcesPage(RecordPage):
    """Articles and documents: add, edit, delete, read and quote them."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub | None = None,
        undo_stack: QUndoStack | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        """Build the page over ``db``; changes are pushed onto ``undo_stack`` and announced
        on ``hub`` (the window's). Without a hub the page keeps one of its own."""
        super().__init__(
            "sources",
            SourceTableModel(db),
            {"sources"},
            "Double-click a source (or press Enter) to read its full text and quote it"
            " as evidence.",
        )
        self.db, self.today = db, today
        if hub is None:
            # Nobody else announces to this page then: it listens to its own hub.
            hub = ChangeHub(self)
            hub.changed.connect(self.on_changes)
        self.hub = hub
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.filter_text.setAccessibleName("Filter sources")

        self.add_button = QPushButton("&Add…", self, objectName="addSourceButton")
        self.add_button.setToolTip("Add an article or document with its text")
        self.edit_button = QPushButton("Ed&it…", self, objectName="editSourceButton")
        self.edit_button.setToolTip("Change the selected source's details or text")
        self.delete_button = QPushButton("&Delete…", self, objectName="deleteSourceButton")
        self.delete_button.setToolTip("Delete the selected source if nothing quotes it (Delete)")
        self.read_button = QPushButton("&Read", self, objectName="readSourceButton")
        self.read_button.setToolTip("Read the selected source and quote it (Enter)")
        # Filter and buttons share the top row, as on the Actors page.
        top = QHBoxLayout()
        layout = self.layout()
        layout.removeWidget(self.filter_text)
        top.addWidget(self.filter_text, 1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.read_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.insertLayout(0, top)  # type: ignore[attr-defined]

        # Delete only while the table has focus, so the key still deletes text in the filter.
        self.delete_action = QAction("Delete source", self.table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda _checked=False: self.delete_selected())
        self.table.addAction(self.delete_action)

        self.add_button.clicked.connect(lambda: self.add_source())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.read_button.clicked.connect(lambda: self.read_selected())
        self.table.activated.connect(self._activated)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # Selection ---------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        """The id of the selected source, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_source(self, source_id: int) -> bool:
        """Select ``source_id`` in the table if the current search shows it."""
        row = self.model.row_of_id(source_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for widget in (self.edit_button, self.delete_button, self.read_button):
            widget.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def on_changes(self, changes: Changes) -> None:
        """Reload when sources changed, keeping the selected source selected."""
        selected = self.selected_id()
        super().on_changes(changes)
        if selected is not None and "sources" in changes.tables:
            self.select_source(selected)
        self._update_buttons()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.read_source(self.model.id_at(index.row()))

    # Commands ----------------------------------------------------------------------------
    def add_source(self) -> SourceDialog | None:
        """Open the form for a new source; saving selects it in the list."""
        dialog = open_source_dialog(self, self.db, self.hub, self.undo_stack, today=self.today())
        if dialog is not None:
            dialog.accepted.connect(lambda: dialog.saved and self.select_source(dialog.saved.id))
        return dialog

    def edit_selected(self) -> SourceDialog | None:
        """Open the form on the selected source."""
        source_id = self.selected_id()
        if source_id is None:
            return None
        return open_source_dialog(
            self, self.db, self.hub, self.undo_stack, source_id, today=self.today()
        )

    def read_selected(self) -> SourceViewer | None:
        """Open the viewer on the selected source."""
        source_id = self.selected_id()
        return self.read_source(source_id) if source_id is not None else None

    def read_source(self, source_id: int) -> SourceViewer | None:
        """Open the viewer on ``source_id``; its words can be quoted for any item."""
        return open_source_viewer(
            self,
            self.db,
            source_id,
            hub=self.hub,
            undo_stack=self.undo_stack,
            today=self.today(),
        )

    def delete_selected(self) -> bool:
        """Delete the selected source after confirmation (undoable); returns whether it was.

        A source that evidence quotes or follow-ups cite is not deleted: the sentence says
        why, before anything is asked.
        """
        source_id = self.selected_id()
        if source_id is None:
            return False
        try:
            detail = sources.get_source_detail(self.db, source_id)
        except PakruError as error:
            show_error(self, error)
            return False
        refusal = sources.why_not_deletable(detail)
        if refusal is not None:
            QMessageBox.information(self, "Delete source", refusal)
            return False
        answer = QMessageBox.question(
            self,
            "Delete source",
            f"Delete the source “{detail.record.title}”?\nYou can undo this with Ctrl+Z.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            result = sources.delete_source(self.db, source_id)
        except PakruError as error:
            show_error(self, error)
            return False
        self.undo_stack.push(DeleteSourceCommand(self.db, self.hub, result.source))
        self.hub.announce(result.changes)
        return True
