"""The Actors page: people, organisations and states taking part in items.

Edit… (or Enter, or a double-click) opens an actor with its items; Merge… folds a
duplicate into it; Delete removes an actor that takes part in nothing. All three are
undoable through the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QPushButton

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.actor_commands import (
    DeleteActorCommand,
    EditActorCommand,
    MergeActorsCommand,
)
from pakru_desktop.gui.actor_dialog import ActorDialog
from pakru_desktop.gui.actor_merge_dialog import ActorMergeDialog
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.record_pages import RecordPage
from pakru_desktop.gui.table_models import ActorTableModel
from pakru_desktop.gui.user_action import perform
from pakru_desktop.services import actors
from pakru_desktop.services.actors import ActorMerge, ActorPatch, ActorResult
from pakru_desktop.services.database import Database

translate = QCoreApplication.translate


class ActorsPage(RecordPage):
    """People, organisations and states: edit, merge, delete."""

    item_requested = Signal(int)
    """An item the user asked to see from an actor's list of items."""

    def __init__(self, db: Database, hub: ChangeHub, undo_stack: QUndoStack) -> None:
        """Build the page; it refreshes itself on ``hub`` and pushes onto ``undo_stack``."""
        super().__init__(
            "actors",
            ActorTableModel(db),
            {"actors"},
            translate(
                "ActorsPage",
                "Double-click an actor (or press Enter) to edit it and see its items. "
                "New names typed as participants become actors here.",
            ),
        )
        self.db, self.hub, self.undo_stack = db, hub, undo_stack
        self.filter_text.setAccessibleName(translate("ActorsPage", "Filter actors"))

        self.edit_button = QPushButton(
            translate("ActorsPage", "Ed&it…"), self, objectName="editActorButton"
        )
        self.edit_button.setToolTip(
            translate("ActorsPage", "Edit the selected actor and see its items (Enter)")
        )
        self.merge_button = QPushButton(
            translate("ActorsPage", "&Merge…"), self, objectName="mergeActorButton"
        )
        self.merge_button.setToolTip(
            translate("ActorsPage", "Merge a duplicate into the selected actor")
        )
        self.delete_button = QPushButton(
            translate("ActorsPage", "&Delete…"), self, objectName="deleteActorButton"
        )
        self.delete_button.setToolTip(
            translate("ActorsPage", "Delete the selected actor if it takes part in no item")
        )
        buttons = (self.edit_button, self.merge_button, self.delete_button)
        self.add_buttons(*buttons, need_selection=buttons)
        self.delete_action = self.add_delete_action(
            translate("ActorsPage", "Delete actor"), self.delete_selected
        )

        self.edit_button.clicked.connect(lambda: self.open_actor())
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(self._activated)
        hub.changed.connect(self.on_changes)

    # Selection ---------------------------------------------------------------------------
    def select_actor(self, actor_id: int) -> bool:
        """Select ``actor_id`` in the table if the current search shows it."""
        return self.select_record(actor_id)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_actor(self.model.id_at(index.row()))

    # Commands ----------------------------------------------------------------------------
    def open_actor(self, actor_id: int | None = None) -> ActorDialog | None:
        """Open the actor dialog for ``actor_id`` (default: the selected actor)."""
        actor_id = actor_id if actor_id is not None else self.selected_id()
        if actor_id is None:
            return None
        try:
            detail = actors.get_actor(self.db, actor_id)
        except PakruError as error:
            show_error(self, error)
            return None

        def submit(patch: ActorPatch) -> ActorResult:
            return perform(
                self.hub,
                self.undo_stack,
                lambda: actors.edit_actor(self.db, actor_id, patch, expected=detail.actor),
                lambda result: EditActorCommand(
                    self.db, self.hub, detail.actor, result.actor.actor
                ),
            )

        dialog = ActorDialog(detail, submit, parent=self)
        dialog.item_requested.connect(self.item_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def merge_selected(self) -> ActorMergeDialog | None:
        """Open the merge dialog for the selected actor."""
        actor_id = self.selected_id()
        if actor_id is None:
            return None
        try:
            current = actors.get_actor(self.db, actor_id)
        except PakruError as error:
            show_error(self, error)
            return None

        def submit(keep_id: int, other_id: int) -> ActorMerge:
            merge = perform(
                self.hub,
                self.undo_stack,
                lambda: actors.merge_actors(self.db, keep_id, other_id),
                lambda merged: MergeActorsCommand(self.db, self.hub, merged),
            )
            self.select_actor(keep_id)
            return merge

        dialog = ActorMergeDialog(self.db, current, submit, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        """Delete the selected actor after confirmation (undoable)."""
        actor_id = self.selected_id()
        if actor_id is None:
            return
        try:
            detail = actors.get_actor(self.db, actor_id)
        except PakruError as error:
            show_error(self, error)
            return
        if detail.items:
            # Said before asking, so nobody confirms a deletion that cannot happen.
            count = detail.item_count  # a plain name: lupdate reads no other count
            text = translate(
                "ActorsPage",
                "{name} takes part in %n item(s). "
                "Merge it into another actor (Merge…) or remove it from those items first.",
                None,
                count,
            )
            QMessageBox.information(
                self, translate("ActorsPage", "Delete actor"), text.format(name=detail.actor.name)
            )
            return
        answer = QMessageBox.question(
            self,
            translate("ActorsPage", "Delete actor"),
            translate(
                "ActorsPage", "Delete the actor “{name}”?\nYou can undo this with Ctrl+Z."
            ).format(name=detail.actor.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        perform(
            self.hub,
            self.undo_stack,
            lambda: actors.delete_actor(self.db, actor_id),
            lambda result: DeleteActorCommand(self.db, self.hub, result.actor.actor),
            show_refusal=True,
            parent=self,
        )
