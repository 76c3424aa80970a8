"""The Sources page: articles and documents that items are drawn from.

Add… and Edit… open the source form (the text pasted or loaded from a file); Delete
removes a source nothing quotes or cites, after confirmation; Read (or Enter, or a
double-click) opens the viewer, where words can be quoted as evidence. Every change
is undoable through the window's undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QPushButton

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.errors import sentence_text, show_error
from pakru_desktop.gui.evidence_commands import DeleteSourceCommand
from pakru_desktop.gui.record_pages import RecordPage
from pakru_desktop.gui.source_dialog import SourceDialog, open_source_dialog
from pakru_desktop.gui.source_viewer import SourceViewer, open_source_viewer
from pakru_desktop.gui.table_models import SourceTableModel
from pakru_desktop.services import sources
from pakru_desktop.services.database import Database

translate = QCoreApplication.translate


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
            translate(
                "SourcesPage",
                "Double-click a source (or press Enter) to read its full text and quote it"
                " as evidence.",
            ),
        )
        self.db, self.today = db, today
        if hub is None:
            # Nobody else announces to this page then: it listens to its own hub.
            hub = ChangeHub(self)
            hub.changed.connect(self.on_changes)
        self.hub = hub
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.filter_text.setAccessibleName(translate("SourcesPage", "Filter sources"))

        self.add_button = QPushButton(
            translate("SourcesPage", "&Add…"), self, objectName="addSourceButton"
        )
        self.add_button.setToolTip(
            translate("SourcesPage", "Add an article or document with its text")
        )
        self.edit_button = QPushButton(
            translate("SourcesPage", "Ed&it…"), self, objectName="editSourceButton"
        )
        self.edit_button.setToolTip(
            translate("SourcesPage", "Change the selected source's details or text")
        )
        self.delete_button = QPushButton(
            translate("SourcesPage", "&Delete…"), self, objectName="deleteSourceButton"
        )
        self.delete_button.setToolTip(
            translate("SourcesPage", "Delete the selected source if nothing quotes it (Delete)")
        )
        self.read_button = QPushButton(
            translate("SourcesPage", "&Read"), self, objectName="readSourceButton"
        )
        self.read_button.setToolTip(
            translate("SourcesPage", "Read the selected source and quote it (Enter)")
        )
        self.add_buttons(
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.read_button,
            need_selection=(self.edit_button, self.delete_button, self.read_button),
        )
        self.delete_action = self.add_delete_action(
            translate("SourcesPage", "Delete source"), self.delete_selected
        )

        self.add_button.clicked.connect(lambda: self.add_source())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.read_button.clicked.connect(lambda: self.read_selected())
        self.table.activated.connect(self._activated)

    # Selection ---------------------------------------------------------------------------
    def select_source(self, source_id: int) -> bool:
        """Select ``source_id`` in the table if the current search shows it."""
        return self.select_record(source_id)

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
            QMessageBox.information(
                self, translate("SourcesPage", "Delete source"), sentence_text(refusal)
            )
            return False
        answer = QMessageBox.question(
            self,
            translate("SourcesPage", "Delete source"),
            translate(
                "SourcesPage", "Delete the source “{title}”?\nYou can undo this with Ctrl+Z."
            ).format(title=detail.record.title),
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
