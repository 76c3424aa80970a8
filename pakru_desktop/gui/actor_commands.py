"""Undoable actions on actors: edit, merge, delete. Each calls ``services.actors``.

Like the commands of ``undo_commands``, each is pushed after its first application
succeeded; undo and redo refuse, with a sentence, to overwrite a change made elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.undo_commands import ServiceCommand, shortened
from pakru_desktop.services import actors
from pakru_desktop.services.actors import ActorMerge
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import ActorRecord, Changes

translate = QCoreApplication.translate


class EditActorCommand(ServiceCommand):
    """Undo puts every field of the actor back; redo applies the edit again."""

    def __init__(self, db: Database, hub: ChangeHub, before: ActorRecord, after: ActorRecord):
        text = translate("ActorCommands", "Edit actor “{name}”")
        super().__init__(db, hub, text.format(name=shortened(before.name)))
        self.before, self.after = before, after

    def _put(self, expected: ActorRecord, wanted: ActorRecord) -> Changes:
        patch = actors.patch_restoring(wanted)
        return actors.edit_actor(self.db, wanted.id, patch, expected=expected).changes

    def apply(self) -> Changes:
        """Make the actor look as the edit left it."""
        return self._put(self.before, self.after)

    def revert(self) -> Changes:
        """Make the actor look as it did before the edit."""
        return self._put(self.after, self.before)


class MergeActorsCommand(ServiceCommand):
    """Undo re-creates the merged actor with its id, names and parts; redo merges again."""

    def __init__(self, db: Database, hub: ChangeHub, merge: ActorMerge) -> None:
        super().__init__(
            db,
            hub,
            translate("ActorCommands", "Merge “{removed}” into “{kept}”").format(
                removed=shortened(merge.removed.name), kept=shortened(merge.kept_before.name)
            ),
        )
        self.merge = merge

    def apply(self) -> Changes:
        """Merge the two actors again."""
        self.merge = actors.merge_actors(self.db, self.merge.kept_before.id, self.merge.removed.id)
        return self.merge.changes

    def revert(self) -> Changes:
        """Take the merge back exactly."""
        return actors.unmerge_actors(self.db, self.merge).changes


class DeleteActorCommand(ServiceCommand):
    """Undo restores the deleted actor with its id; redo deletes it again."""

    def __init__(self, db: Database, hub: ChangeHub, deleted: ActorRecord) -> None:
        text = translate("ActorCommands", "Delete actor “{name}”")
        super().__init__(db, hub, text.format(name=shortened(deleted.name)))
        self.record = deleted

    def apply(self) -> Changes:
        """Delete the actor again."""
        return actors.delete_actor(self.db, self.record.id).changes

    def revert(self) -> Changes:
        """Bring the actor back."""
        return actors.restore_actor(self.db, self.record).changes
