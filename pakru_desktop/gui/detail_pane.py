"""The pane beside an item list: every field of the selected item, editable, with its
evidence, follow-ups (newest first), links and the history of its changes.

Every change goes through a service and onto the undo stack; the pane shows
the item as the services return it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import ConflictError, PakruError
from pakru_desktop.domain.overdue import lateness
from pakru_desktop.domain.vocabulary import STATUSES, Kind, status_label
from pakru_desktop.gui import conflict_dialog
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.follow_up_dialog import FollowUpDialog, FollowUpInput
from pakru_desktop.gui.item_form import ItemForm
from pakru_desktop.gui.link_dialog import LinkDialog
from pakru_desktop.gui.overdue_marks import overdue_brush, overdue_icon
from pakru_desktop.gui.record_list_model import RecordListModel
from pakru_desktop.gui.source_viewer import SourceViewer, open_source_viewer
from pakru_desktop.gui.undo_commands import (
    AddFollowUpCommand,
    DeleteFollowUpCommand,
    EditFollowUpCommand,
    EditItemCommand,
    LinkCommand,
)
from pakru_desktop.gui.user_action import perform
from pakru_desktop.services import follow_ups, history, items, links, queries
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import (
    EvidenceRecord,
    FollowUpRecord,
    ItemDetail,
    LinkRecord,
)


def _follow_up_text(kind: Kind) -> Callable[[FollowUpRecord], str]:
    def text(record: FollowUpRecord) -> str:
        status = f"  [{status_label(kind, record.new_status)}]" if record.new_status else ""
        source = f"  — {record.source_title}" if record.source_title else ""
        return f"{record.date.display()}{status}  {record.note}{source}"

    return text


def _link_text(link: LinkRecord) -> str:
    arrow = f"{link.type} →" if link.outgoing else f"← {link.type}"
    return f"{arrow}  #{link.other_id} {link.other_kind.label}: {link.other_title}"


def _evidence_text(evidence: EvidenceRecord) -> str:
    about = "  (for a follow-up)" if evidence.follow_up_id is not None else ""
    return f"“{evidence.quote}”  — {evidence.source_title}{about}"


def _history_text(line: history.HistoryLine) -> str:
    return f"{line.at:%Y-%m-%d %H:%M} UTC · {line.who}\n{line.text}"


class DetailPane(QScrollArea):
    """Shows and edits one item; emits ``navigate(item_id)`` when a link is followed."""

    navigate = Signal(int)

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        kind: Kind,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"detailPane_{kind.value}")
        self.setAccessibleName(f"{kind.label} details")
        self.db, self.hub, self.undo_stack, self.kind, self.today = db, hub, undo_stack, kind, today
        self._detail: ItemDetail | None = None
        self._viewers: list[SourceViewer] = []

        self.heading = QLabel(objectName="detailHeading", wordWrap=True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Says why the item is overdue, when it is: icon, colour and a sentence.
        self.overdue_note = QWidget(objectName="overdueNote")
        self.overdue_icon = QLabel(objectName="overdueIcon")
        self.overdue_text = QLabel(objectName="overdueText", wordWrap=True)
        note_layout = QHBoxLayout(self.overdue_note)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(self.overdue_icon, 0, Qt.AlignmentFlag.AlignTop)
        note_layout.addWidget(self.overdue_text, 1)
        self.overdue_note.hide()
        self.status = QComboBox(objectName="detailStatus")
        for term in STATUSES[kind]:
            self.status.addItem(term.label, term.code)
        self.status.setToolTip(
            "Choosing a new status asks when it changed and who reported it; "
            "it is recorded as a follow-up."
        )
        # A wheel turn while scrolling the pane must not record a status change.
        self.status.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status.installEventFilter(self)
        self.status.activated.connect(self._status_chosen)
        status_row = QHBoxLayout()
        status_label_widget = QLabel("St&atus:")
        status_label_widget.setBuddy(self.status)
        status_row.addWidget(status_label_widget)
        status_row.addWidget(self.status, 1)

        self.form = ItemForm(kind, today)
        self.form.set_saver(self._save)

        self.evidence_model: RecordListModel[EvidenceRecord] = RecordListModel(
            _evidence_text, lambda e: f"{e.quote}\n\nDouble-click to read it in its source."
        )
        self.evidence = self._list("detailEvidence", self.evidence_model)
        self.evidence.activated.connect(self._open_evidence)

        self.follow_up_model: RecordListModel[FollowUpRecord] = RecordListModel(
            _follow_up_text(kind)
        )
        self.follow_ups = self._list("detailFollowUps", self.follow_up_model)
        self.follow_ups.activated.connect(lambda _index: self.edit_follow_up())
        self.link_model: RecordListModel[LinkRecord] = RecordListModel(_link_text)
        self.links = self._list("detailLinks", self.link_model)
        self.links.activated.connect(self._follow_link)
        self.history_model: RecordListModel[history.HistoryLine] = RecordListModel(
            _history_text
        )
        self.history = self._list("detailHistory", self.history_model)

        body = QWidget()
        outer = QVBoxLayout(body)
        outer.addWidget(self.heading)
        # Everything below the heading hides while no item is selected.
        self.content = QWidget(objectName="detailContent")
        outer.addWidget(self.content)
        outer.addStretch(1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(status_row)
        layout.addWidget(self.overdue_note)
        layout.addWidget(self.form)
        layout.addWidget(self._group("Evidence (double-click to read the source)", self.evidence))
        layout.addWidget(
            self._group(
                "Follow-ups (newest first)",
                self.follow_ups,
                self._button("&Add follow-up…", "addFollowUp", self.add_follow_up),
                self._button("Edit…", "editFollowUp", self.edit_follow_up),
                self._button("Delete", "deleteFollowUp", self.delete_follow_up),
            )
        )
        layout.addWidget(
            self._group(
                "Linked items (double-click to open)",
                self.links,
                self._button("Add lin&k…", "addLink", self.add_link),
                self._button("Remove link", "removeLink", self.remove_link),
            )
        )
        layout.addWidget(self._group("History (newest first)", self.history))
        self.setWidget(body)
        self.setWidgetResizable(True)
        # The fields wrap and elide rather than scroll sideways; the pane keeps the width
        # they need, so the list beside it gives way when the window is narrow.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(body.minimumSizeHint().width() + scrollbar + 2 * self.frameWidth())
        self.placeholder()

    # Building blocks -----------------------------------------------------------------
    @staticmethod
    def _list(name: str, model: RecordListModel) -> QListView:
        view = QListView(objectName=name)
        view.setModel(model)
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setSpacing(3)
        view.setAlternatingRowColors(True)
        view.setMinimumHeight(70)
        view.setMaximumHeight(170)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        return view

    @staticmethod
    def _button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _group(title: str, view: QWidget, *buttons: QPushButton) -> QGroupBox:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        layout.addWidget(view)
        if buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
            layout.addLayout(row)
        return group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.status and event.type() == QEvent.Type.Wheel:
            return True
        return super().eventFilter(watched, event)

    # Showing -------------------------------------------------------------------------
    def placeholder(self) -> None:
        """Show that no item is selected."""
        self._detail = None
        self.form.clear()
        self.content.hide()
        article = "an" if self.kind.value[0] in "aeiou" else "a"
        self.heading.setText(
            f"Select {article} {self.kind.value} in the list to see and edit it, "
            f"or add one with {'Ctrl+N' if self.kind is Kind.EVENT else 'the File menu'}."
        )
        for model in (
            self.evidence_model,
            self.follow_up_model,
            self.link_model,
            self.history_model,
        ):
            model.set_records([])

    def item_id(self) -> int | None:
        """The id of the item shown, if any."""
        return self._detail.id if self._detail else None

    def show_item(self, item_id: int) -> None:
        """Load and show an item (discarding unsaved edits: ask ``keep_edits`` first)."""
        try:
            detail = items.get_item(self.db, item_id)
        except PakruError:
            self.placeholder()  # deleted meanwhile
            return
        self._show(detail)

    def _show(self, detail: ItemDetail) -> None:
        self._detail = detail
        row = detail.row
        self.content.show()
        kind_type = f"{row.kind.label} · {row.type}" if row.type else row.kind.label
        self.heading.setText(f"<b>#{row.id}</b> {kind_type}")
        self.form.load(detail)
        self._show_records(detail)

    def _show_lateness(self, detail: ItemDetail) -> None:
        row = detail.row
        late = lateness(row.kind, row.status, row.date, row.due, self.today())
        if late is None:
            self.overdue_note.hide()
            return
        colour = overdue_brush(self.palette()).color().name()
        size = self.fontMetrics().height()
        self.overdue_icon.setPixmap(overdue_icon().pixmap(size, size))
        self.overdue_text.setText(
            f'<b style="color:{colour}">{html.escape(late.phrase().capitalize())}.</b> '
            f"{html.escape(late.reason())}"
        )
        self.overdue_note.show()

    def _show_records(self, detail: ItemDetail) -> None:
        """Status, evidence, follow-ups and links: everything but the editable fields."""
        self.status.setCurrentIndex(max(self.status.findData(detail.row.status), 0))
        self._show_lateness(detail)
        self.evidence_model.set_records(detail.evidence)
        self.follow_up_model.set_records(list(reversed(detail.follow_ups)))
        self.link_model.set_records(detail.links)
        try:
            self.history_model.set_records(history.item_history(self.db, detail.id))
        except PakruError:
            self.history_model.set_records([])

    def refresh(self) -> None:
        """Reload the item shown, keeping unsaved edits in the form untouched."""
        if self._detail is None:
            return
        if not self.form.is_dirty():
            self.show_item(self._detail.id)
            return
        try:
            detail = items.get_item(self.db, self._detail.id)
        except PakruError:
            self.placeholder()  # deleted meanwhile: its edits cannot be saved anywhere
            return
        self._show_records(detail)
        if items.patch_restoring(detail) != items.patch_restoring(self._detail):
            # Fields were changed elsewhere under the edit: keep the version it started
            # from, so saving shows both and asks which to keep.
            self.form.show_notice(
                "This item was changed elsewhere while you were editing it; saving will "
                "show both versions."
            )
            return
        # Keep what was typed; take the new version, status, follow-ups and links, so a
        # status change made meanwhile does not make Save fail as a conflict.
        self._detail = detail
        self.form.rebase(detail)

    def set_suggestions(self, actor_names: list[str], sectors: list[str]) -> None:
        """Names and sectors offered while typing."""
        self.form.set_actor_names(actor_names)
        self.form.set_sector_suggestions(sectors)

    # Actions -------------------------------------------------------------------------
    def _push(self, command) -> None:
        self.undo_stack.push(command)

    def _perform(self, call, undo, *, show_refusal: bool = False, parent=None):
        return perform(
            self.hub, self.undo_stack, call, undo, show_refusal=show_refusal, parent=parent
        )

    def _save(self, patch: items.ItemPatch) -> None:
        assert self._detail is not None
        before = self._detail
        try:
            result = items.edit_item(self.db, before.id, patch, today=self.today())
        except ConflictError:
            theirs = items.get_item(self.db, before.id)
            choice = conflict_dialog.ask(self, before, patch, theirs)
            if choice is conflict_dialog.Choice.TAKE_THEIRS:
                self._show(theirs)
                return
            if choice is conflict_dialog.Choice.KEEP_EDITING:
                raise ConflictError(
                    "Not saved: this item was changed elsewhere. Save again to choose which "
                    "version to keep, or Revert."
                ) from None
            # Keep mine: only the fields edited here go over the other version.
            before = theirs
            patch = replace(patch, expected_version=theirs.version)
            result = items.edit_item(self.db, before.id, patch, today=self.today())
        self._push(EditItemCommand(self.db, self.hub, before, result.item))
        self._show(result.item)
        self.hub.announce(result.changes)

    def _status_chosen(self, index: int) -> None:
        """A new status is a follow-up: ask when it changed, why, and who reported it."""
        if self._detail is None:
            return
        code = self.status.itemData(index)
        current = self._detail.row.status
        # The box shows the stored status until the follow-up is saved; a cancelled
        # dialog therefore leaves everything as it was.
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        if code == current:
            return
        self.add_follow_up(new_status=code)

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
            same_date = entry.date == before.date.display()
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
