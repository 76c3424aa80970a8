"""Undoable changes to evidence and to the sources it quotes.

Like every ``ServiceCommand``, each is pushed after its first application succeeded,
with what that application returned; undo and redo call the services again. Evidence
and sources come back with their own ids, so undo leaves no trace.

The ``*_undoably`` helpers run the service, push the command and broadcast the change
in one call, for buttons and dialogs that only need "do this, undoably".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from pakru_desktop.domain.errors import ConflictError
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.undo_commands import ServiceCommand
from pakru_desktop.gui.user_action import perform
from pakru_desktop.services import evidence, sources
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import Changes, EvidenceRecord

translate = QCoreApplication.translate


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class AddEvidenceCommand(ServiceCommand):
    """Undo removes the quote; redo puts it back with the same id.

    ``AddEvidenceCommand(db, hub, item_id, added)``, where ``added`` is the
    ``EvidenceRecord`` that ``services.evidence.add_evidence`` returned.
    """

    def __init__(self, db: Database, hub: ChangeHub, item_id: int, added: EvidenceRecord):
        text = translate("EvidenceCommands", "Add quote “{quote}”")
        super().__init__(db, hub, text.format(quote=_short(added.quote)))
        self.item_id = item_id
        self.record = added

    def apply(self) -> Changes:
        result = evidence.restore_evidence(self.db, self.item_id, self.record)
        self.record = result.evidence
        return result.changes

    def revert(self) -> Changes:
        return evidence.remove_evidence(self.db, self.record.id).changes


class RemoveEvidenceCommand(AddEvidenceCommand):
    """Undo puts the removed quote back with its id.

    ``RemoveEvidenceCommand(db, hub, item_id, removed)``, where ``removed`` is the record
    that ``services.evidence.remove_evidence`` returned.
    """

    def __init__(self, db: Database, hub: ChangeHub, item_id: int, removed: EvidenceRecord):
        super().__init__(db, hub, item_id, removed)
        text = translate("EvidenceCommands", "Remove quote “{quote}”")
        self.setText(text.format(quote=_short(removed.quote)))

    def apply(self) -> Changes:
        return AddEvidenceCommand.revert(self)

    def revert(self) -> Changes:
        return AddEvidenceCommand.apply(self)


def add_evidence_undoably(
    db: Database,
    hub: ChangeHub,
    undo_stack: QUndoStack,
    item_id: int,
    source_id: int,
    quote: str,
    follow_up_id: int | None = None,
    *,
    near: int | None = None,
) -> evidence.EvidenceResult:
    """Add evidence, push its command and announce it; a ``PakruError`` is left to the caller."""
    result = perform(
        hub,
        undo_stack,
        lambda: evidence.add_evidence(db, item_id, source_id, quote, follow_up_id, near=near),
        lambda added: AddEvidenceCommand(db, hub, added.item_id, added.evidence),
    )
    assert result is not None  # a refusal propagates
    return result


def remove_evidence_undoably(
    db: Database,
    hub: ChangeHub,
    undo_stack: QUndoStack,
    evidence_id: int,
    parent: QWidget | None = None,
) -> bool:
    """Remove evidence (undoable) and announce it; a refusal is shown over ``parent``.

    Returns whether it was removed.
    """
    removed = perform(
        hub,
        undo_stack,
        lambda: evidence.remove_evidence(db, evidence_id),
        lambda result: RemoveEvidenceCommand(db, hub, result.item_id, result.evidence),
        show_refusal=True,
        parent=parent,
    )
    return removed is not None


class AddSourceCommand(ServiceCommand):
    """Undo deletes the new source (refused if it was quoted since); redo restores it."""

    def __init__(self, db: Database, hub: ChangeHub, created: sources.SourceDetail):
        text = translate("EvidenceCommands", "Add source “{title}”")
        super().__init__(db, hub, text.format(title=_short(created.record.title)))
        self.snapshot = created

    def apply(self) -> Changes:
        result = sources.restore_source(self.db, self.snapshot)
        self.snapshot = result.source
        return result.changes

    def revert(self) -> Changes:
        result = sources.delete_source(self.db, self.snapshot.id)
        self.snapshot = result.source
        return result.changes


class DeleteSourceCommand(AddSourceCommand):
    """Undo restores the deleted source with its id and text."""

    def __init__(self, db: Database, hub: ChangeHub, deleted: sources.SourceDetail):
        super().__init__(db, hub, deleted)
        text = translate("EvidenceCommands", "Delete source “{title}”")
        self.setText(text.format(title=_short(deleted.record.title)))

    def apply(self) -> Changes:
        return AddSourceCommand.revert(self)

    def revert(self) -> Changes:
        return AddSourceCommand.apply(self)


class EditSourceCommand(ServiceCommand):
    """Undo puts every field back; refused if the source was changed elsewhere since."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        before: sources.SourceDetail,
        after: sources.SourceDetail,
    ):
        text = translate("EvidenceCommands", "Edit source “{title}”")
        super().__init__(db, hub, text.format(title=_short(before.record.title)))
        self.before, self.after = before, after

    def _put(self, expected: sources.SourceDetail, wanted: sources.SourceDetail) -> Changes:
        current = sources.get_source_detail(self.db, wanted.id)
        if sources.fields_of(current) != sources.fields_of(expected):
            raise ConflictError(
                translate(
                    "EvidenceCommands",
                    "Source {id} was changed elsewhere since; this step was not undone.",
                ).format(id=wanted.id)
            )
        return sources.edit_source(self.db, wanted.id, **sources.fields_of(wanted)).changes

    def apply(self) -> Changes:
        return self._put(self.before, self.after)

    def revert(self) -> Changes:
        return self._put(self.after, self.before)
