"""Undoable user actions: each ``QUndoCommand`` calls services, never SQL.

A command is pushed after its first application already succeeded (so a
validation error never lands on the stack); its first ``redo`` is therefore
skipped. Undo and redo call the services again and announce what changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pakru_desktop.domain.errors import ConflictError, PakruError
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.vocabulary_names import link_type_name, status_name
from pakru_desktop.services import follow_ups, items, links, restore
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import Changes, FollowUpRecord, ItemDetail, LinkRecord

translate = QCoreApplication.translate


class ServiceCommand(QUndoCommand):
    """Base: skips the first redo, reports errors, broadcasts changes."""

    def __init__(self, db: Database, hub: ChangeHub, text: str) -> None:
        super().__init__(text)
        self.db = db
        self.hub = hub
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # done before it was pushed
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], Changes]) -> None:
        try:
            changes = step()
        except PakruError as error:
            # The record changed elsewhere meanwhile; this step can no longer be replayed.
            show_error(None, error, translate("UndoCommands", "Cannot undo or redo"))
            self.setObsolete(True)
            return
        self.hub.announce(changes)

    def apply(self) -> Changes:
        """Do the action again (redo)."""
        raise NotImplementedError

    def revert(self) -> Changes:
        """Take the action back (undo)."""
        raise NotImplementedError


def shortened(title: str) -> str:
    """A title cut to 40 characters for an undo step's text (the quotes are the sentence's)."""
    return title if len(title) <= 40 else title[:39] + "…"


def _added_text(kind: Kind, title: str) -> str:
    texts = {
        Kind.EVENT: translate("UndoCommands", "Add event “{title}”"),
        Kind.AGREEMENT: translate("UndoCommands", "Add agreement “{title}”"),
        Kind.PROJECT: translate("UndoCommands", "Add project “{title}”"),
        Kind.COMMITMENT: translate("UndoCommands", "Add commitment “{title}”"),
    }
    return texts[kind].format(title=shortened(title))


def _deleted_text(kind: Kind, title: str) -> str:
    texts = {
        Kind.EVENT: translate("UndoCommands", "Delete event “{title}”"),
        Kind.AGREEMENT: translate("UndoCommands", "Delete agreement “{title}”"),
        Kind.PROJECT: translate("UndoCommands", "Delete project “{title}”"),
        Kind.COMMITMENT: translate("UndoCommands", "Delete commitment “{title}”"),
    }
    return texts[kind].format(title=shortened(title))


class AddItemCommand(ServiceCommand):
    """Undo deletes the new item; redo restores it with the same id."""

    def __init__(self, db: Database, hub: ChangeHub, created: ItemDetail) -> None:
        super().__init__(db, hub, _added_text(created.row.kind, created.row.title))
        self.snapshot = created

    def apply(self) -> Changes:
        return restore.restore_item(self.db, self.snapshot).changes

    def revert(self) -> Changes:
        # Only the record this command made, as it left it: ids and fields are checked.
        result = items.delete_item(self.db, self.snapshot.id, unchanged_since=self.snapshot)
        self.snapshot = result.item
        return result.changes


class DeleteItemCommand(AddItemCommand):
    """The reverse of adding: undo restores the deleted item."""

    def __init__(self, db: Database, hub: ChangeHub, deleted: ItemDetail) -> None:
        super().__init__(db, hub, deleted)
        self.setText(_deleted_text(deleted.row.kind, deleted.row.title))

    def apply(self) -> Changes:
        return AddItemCommand.revert(self)

    def revert(self) -> Changes:
        return AddItemCommand.apply(self)


class EditItemCommand(ServiceCommand):
    """Undo puts every field back as it was; redo applies the edit again."""

    def __init__(self, db: Database, hub: ChangeHub, before: ItemDetail, after: ItemDetail):
        text = translate("UndoCommands", "Edit “{title}”")
        super().__init__(db, hub, text.format(title=shortened(before.row.title)))
        self.before, self.after = before, after

    def _put(self, expected: ItemDetail, wanted: ItemDetail) -> Changes:
        # Only if the fields are still as this command left them: an edit made elsewhere
        # meanwhile (the CLI, a colleague) must not be silently overwritten.
        current = items.get_item(self.db, wanted.id)
        if items.patch_restoring(current) != items.patch_restoring(expected):
            raise ConflictError(
                translate(
                    "UndoCommands",
                    "“{title}” was changed elsewhere since; this step was not undone.",
                ).format(title=current.row.title)
            )
        return items.edit_item(self.db, wanted.id, items.patch_restoring(wanted)).changes

    def apply(self) -> Changes:
        return self._put(self.before, self.after)

    def revert(self) -> Changes:
        return self._put(self.after, self.before)


class AddFollowUpCommand(ServiceCommand):
    """Undo deletes the follow-up (the status falls back); redo restores it."""

    def __init__(self, db: Database, hub: ChangeHub, kind: Kind, added: FollowUpRecord):
        title = shortened(added.item_title)
        if added.new_status:
            text = translate("UndoCommands", "Change status to {status} on “{title}”").format(
                status=status_name(kind, added.new_status), title=title
            )
        else:
            text = translate("UndoCommands", "Add follow-up on “{title}”").format(title=title)
        super().__init__(db, hub, text)
        self.record = added

    def apply(self) -> Changes:
        self.record, changes = restore.restore_follow_up(self.db, self.record)
        return changes

    def revert(self) -> Changes:
        result = follow_ups.delete_follow_up(self.db, self.record.id, unchanged_since=self.record)
        return result.changes


class DeleteFollowUpCommand(AddFollowUpCommand):
    """Undo restores the deleted follow-up."""

    def __init__(self, db: Database, hub: ChangeHub, kind: Kind, deleted: FollowUpRecord):
        super().__init__(db, hub, kind, deleted)
        text = translate("UndoCommands", "Delete follow-up on “{title}”")
        self.setText(text.format(title=shortened(deleted.item_title)))

    def apply(self) -> Changes:
        return AddFollowUpCommand.revert(self)

    def revert(self) -> Changes:
        return AddFollowUpCommand.apply(self)


class EditFollowUpCommand(ServiceCommand):
    """Undo puts the follow-up's date, note, status, source and first quote back."""

    def __init__(self, db: Database, hub: ChangeHub, before: FollowUpRecord, after: FollowUpRecord):
        text = translate("UndoCommands", "Edit follow-up on “{title}”")
        super().__init__(db, hub, text.format(title=shortened(before.item_title)))
        self.before, self.after = before, after

    def _put(self, record: FollowUpRecord, over: FollowUpRecord) -> Changes:
        # Only over the very state this step left: never over a colleague's change since.
        return follow_ups.edit_follow_up(
            self.db,
            record.id,
            date=record.date,
            note=record.note,
            status=record.new_status,
            source_id=record.source_id,
            quote=record.evidence[0].quote if record.evidence else "",
            unchanged_since=over,
        ).changes

    def apply(self) -> Changes:
        return self._put(self.after, self.before)

    def revert(self) -> Changes:
        return self._put(self.before, self.after)


class LinkCommand(ServiceCommand):
    """Adding (``adding=True``) or removing a link; undo does the other."""

    def __init__(
        self, db: Database, hub: ChangeHub, from_id: int, link: LinkRecord, *, adding: bool
    ) -> None:
        text = (
            translate("UndoCommands", "Link {type} “{title}”")
            if adding
            else translate("UndoCommands", "Unlink {type} “{title}”")
        )
        shown = text.format(type=link_type_name(link.type), title=shortened(link.other_title))
        super().__init__(db, hub, shown)
        # Kept as its two ends, since a re-added link gets a new id.
        self.from_id = from_id if link.outgoing else link.other_id
        self.to_id = link.other_id if link.outgoing else from_id
        self.type, self.note, self.link_id = link.type, link.note, link.id
        self.adding = adding

    def _add(self) -> Changes:
        result = links.add_link(self.db, self.from_id, self.type, self.to_id, self.note)
        self.link_id = result.link.id
        return result.changes

    def _remove(self) -> Changes:
        return links.remove_link(self.db, self.link_id).changes

    def apply(self) -> Changes:
        return self._add() if self.adding else self._remove()

    def revert(self) -> Changes:
        return self._remove() if self.adding else self._add()
