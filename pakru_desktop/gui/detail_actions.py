"""What the detail pane's follow-up, link and evidence buttons do: a part of
``DetailPane`` (it uses the pane's database, item, undo stack and change hub).

Every change goes through a service and onto the undo stack, as one user action.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.gui.follow_up_dialog import FollowUpDialog, FollowUpInput
from pakru_desktop.gui.link_dialog import LinkDialog
from pakru_desktop.gui.source_viewer import SourceViewer, open_source_viewer
from pakru_desktop.gui.undo_commands import (
    AddFollowUpCommand,
    DeleteFollowUpCommand,
    EditFollowUpCommand,
    LinkCommand,
)
from pakru_desktop.services import follow_ups, links, queries

if TYPE_CHECKING:
    from pakru_desktop.services.records import FollowUpRecord


class DetailActions:
    """The pane's commands on follow-ups, links and quotes (a part of ``DetailPane``)."""

    def _sources(self) -> list[tuple[int, str]]:
        try:
            return queries.source_choices(self.db)
        except PakruError:
            return []

    def add_follow_up(self, new_status: str | None = None) -> FollowUpDialog | None:
        """Ask for a follow-up (``new_status`` preselected) and record it (undoable)."""
        if self._detail is None:
            return None
        item_id = self._detail.id

        def submit(entry: FollowUpInput) -> object:
            return self._perform(
                lambda: follow_ups.add_follow_up(
                    self.db,
                    item_id,
                    date=entry.date,
                    note=entry.note,
                    status=entry.status,
                    source_url=entry.source_url,
                    source_id=entry.source_id,
                    quote=entry.quote or None,
                    today=self.today(),
                ),
                lambda result: AddFollowUpCommand(self.db, self.hub, self.kind, result.follow_up),
            )

        dialog = FollowUpDialog(
            self.kind,
            submit,
            current_status=self._detail.row.status,
            today=self.today(),
            sources=self._sources(),
            new_status=new_status,
            parent=self,
        )
        dialog.open()
        return dialog

    def _selected_follow_up(self) -> FollowUpRecord | None:
        index = self.follow_ups.currentIndex()
        return self.follow_up_model.record(index.row()) if index.isValid() else None

    def edit_follow_up(self) -> FollowUpDialog | None:
        """Edit the selected follow-up, its source and quote included (undoable)."""
        before = self._selected_follow_up()
        if before is None or self._detail is None:
            return None

        def submit(entry: FollowUpInput) -> object:
            # An untouched date keeps its stored value, including whether it was inferred.
            same_date = entry.date == shown_date(before.date)
            return self._perform(
                lambda: follow_ups.edit_follow_up(
                    self.db,
                    before.id,
                    date=before.date if same_date else entry.date,
                    note=entry.note,
                    status=entry.status,
                    source_id=entry.source_id,
                    source_url=entry.source_url,
                    quote=entry.quote,
                    today=self.today(),
                    unchanged_since=before,
                ),
                lambda result: EditFollowUpCommand(self.db, self.hub, before, result.follow_up),
            )

        dialog = FollowUpDialog(
            self.kind,
            submit,
            current_status=self._detail.row.status,
            today=self.today(),
            initial=before,
            sources=self._sources(),
            parent=self,
        )
        dialog.open()
        return dialog

    def delete_follow_up(self) -> None:
        """Delete the selected follow-up (undoable, so no confirmation)."""
        record = self._selected_follow_up()
        if record is None:
            return
        self._perform(
            lambda: follow_ups.delete_follow_up(self.db, record.id),
            lambda _: DeleteFollowUpCommand(self.db, self.hub, self.kind, record),
            show_refusal=True,
            parent=self,
        )

    def add_link(self) -> None:
        """Ask for a linked item and link it (undoable)."""
        if self._detail is None:
            return
        from_id = self._detail.id

        def submit(link_type: str, target: int, note: str) -> object:
            return self._perform(
                lambda: links.add_link(self.db, from_id, link_type, target, note),
                lambda result: LinkCommand(self.db, self.hub, from_id, result.link, adding=True),
            )

        LinkDialog(self.db, self._detail.row, submit, parent=self).open()

    def remove_link(self) -> None:
        """Remove the selected link (undoable)."""
        index = self.links.currentIndex()
        if self._detail is None or not index.isValid():
            return
        link = self.link_model.record(index.row())
        item_id = self._detail.id
        self._perform(
            lambda: links.remove_link(self.db, link.id),
            lambda _: LinkCommand(self.db, self.hub, item_id, link, adding=False),
            show_refusal=True,
            parent=self,
        )

    def _follow_link(self, index) -> None:
        self.navigate.emit(self.link_model.record(index.row()).other_id)

    def _open_evidence(self, index) -> None:
        evidence = self.evidence_model.record(index.row())
        viewer = open_source_viewer(
            self,
            self.db,
            evidence.source_id,
            quote=evidence.quote,
            start=evidence.start,
            end=evidence.end,
        )
        if viewer is None:
            return
        self._viewers = [v for v in self._viewers if v.isVisible()] + [viewer]

    def open_first_evidence(self) -> SourceViewer | None:
        """Open the source viewer on the first quote (keyboard and tests)."""
        if self.evidence_model.rowCount() == 0:
            return None
        self._open_evidence(self.evidence_model.index(0))
        return self._viewers[-1]

