"""The pane beside an item list: a header saying what the selected item is, every field of
it, editable, and its evidence, follow-ups (newest first), links and history in tabs.

Every change goes through a service and onto the undo stack; the pane shows
the item as the services return it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import ConflictError, PakruError
from pakru_desktop.domain.overdue import lateness
from pakru_desktop.domain.vocabulary import STATUSES, Kind
from pakru_desktop.gui import conflict_dialog
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.gui.detail_actions import DetailActions
from pakru_desktop.gui.detail_cards import (
    CardsModel,
    EvidenceCardDelegate,
    FollowUpTimelineDelegate,
)
from pakru_desktop.gui.detail_header import DetailHeader
from pakru_desktop.gui.icons import icon
from pakru_desktop.gui.item_form import ItemForm
from pakru_desktop.gui.record_list_model import RecordListModel
from pakru_desktop.gui.source_viewer import SourceViewer
from pakru_desktop.gui.undo_commands import (
    EditItemCommand,
)
from pakru_desktop.gui.user_action import perform
from pakru_desktop.gui.vocabulary_names import kind_name, link_type_name, status_name
from pakru_desktop.gui.widgets.marks import mark_hint
from pakru_desktop.services import history, items
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import (
    EvidenceRecord,
    FollowUpRecord,
    ItemDetail,
    LinkRecord,
)

translate = QCoreApplication.translate


def _follow_up_text(kind: Kind) -> Callable[[FollowUpRecord], str]:
    # One line per follow-up, for screen readers and copying; the timeline draws the rest.
    def text(record: FollowUpRecord) -> str:
        parts = [shown_date(record.date)]
        if record.new_status:
            parts.append(status_name(kind, record.new_status))
        parts.append(record.note)
        if record.source_title:
            parts.append(record.source_title)
        return " — ".join(part for part in parts if part)

    return text


def _link_text(link: LinkRecord) -> str:
    words = link_type_name(link.type)
    arrow = f"{words} →" if link.outgoing else f"← {words}"
    return f"{arrow}  #{link.other_id} {kind_name(link.other_kind)}: {link.other_title}"


def _evidence_text(evidence: EvidenceRecord) -> str:
    return f"“{evidence.quote}” — {evidence.source_title}"


def _history_text(line: history.HistoryLine) -> str:
    return f"{line.at:%Y-%m-%d %H:%M} UTC · {line.who}\n{line.text}"


# "Select an event in the list…", a whole sentence per kind (articles and cases differ).
_PLACEHOLDERS = {
    Kind.EVENT: QT_TRANSLATE_NOOP(
        "DetailPane", "Select an event in the list to see and edit it, or add one with Ctrl+N."
    ),
    Kind.AGREEMENT: QT_TRANSLATE_NOOP(
        "DetailPane",
        "Select an agreement in the list to see and edit it, or add one from the File menu.",
    ),
    Kind.PROJECT: QT_TRANSLATE_NOOP(
        "DetailPane",
        "Select a project in the list to see and edit it, or add one from the File menu.",
    ),
    Kind.COMMITMENT: QT_TRANSLATE_NOOP(
        "DetailPane",
        "Select a commitment in the list to see and edit it, or add one from the File menu.",
    ),
}


class DetailPane(QWidget, DetailActions):
    """Shows and edits one item; emits ``navigate(item_id)`` when a link is followed.

    The header says what the item is; below it the fields (scrolling when the pane is
    short) and, in tabs sharing the pane's height with them, its evidence, follow-ups,
    links and history. A splitter between the two gives either more room.
    """

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
        self.setAccessibleName(
            translate("DetailPane", "{kind} details").format(kind=kind_name(kind))
        )
        self.db, self.hub, self.undo_stack, self.kind, self.today = db, hub, undo_stack, kind, today
        self._detail: ItemDetail | None = None
        self._viewers: list[SourceViewer] = []

        self.header = DetailHeader(kind)
        self.overdue_note, self.overdue_text = self.header.overdue, self.header.overdue_text
        self.heading = QLabel(objectName="detailHeading", wordWrap=True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status = QComboBox(objectName="detailStatus")
        for term in STATUSES[kind]:
            self.status.addItem(status_name(kind, term.code), term.code)
        self.status.setToolTip(
            translate(
                "DetailPane",
                "Choosing a new status asks when it changed and who reported it; "
                "it is recorded as a follow-up.",
            )
        )
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.setMinimumContentsLength(10)
        # A wheel turn while scrolling the pane must not record a status change.
        self.status.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status.installEventFilter(self)
        self.status.activated.connect(self._status_chosen)
        status_row = QHBoxLayout()
        status_label_widget = QLabel(translate("DetailPane", "St&atus:"))
        status_label_widget.setBuddy(self.status)
        status_row.addWidget(status_label_widget)
        status_row.addWidget(self.status, 1)

        self.form = ItemForm(kind, today)
        self.form.set_saver(self._save)

        self.evidence_model: CardsModel = CardsModel(
            _evidence_text,
            lambda e: translate(
                "DetailPane", "{quote}\n\nDouble-click to read it in its source."
            ).format(quote=e.quote),
        )
        self.evidence = self._list("detailEvidence", self.evidence_model)
        self.evidence.setItemDelegate(EvidenceCardDelegate(self.evidence))
        self.evidence.setAlternatingRowColors(False)
        self.evidence.activated.connect(self._open_evidence)

        self.follow_up_model: CardsModel = CardsModel(_follow_up_text(kind))
        self.follow_ups = self._list("detailFollowUps", self.follow_up_model)
        self.follow_ups.setItemDelegate(FollowUpTimelineDelegate(kind, self.follow_ups))
        self.follow_ups.setAlternatingRowColors(False)
        self.follow_ups.setSpacing(0)
        self.follow_ups.activated.connect(lambda _index: self.edit_follow_up())
        self.link_model: RecordListModel[LinkRecord] = RecordListModel(_link_text)
        self.links = self._list("detailLinks", self.link_model)
        self.links.activated.connect(self._follow_link)
        self.history_model: RecordListModel[history.HistoryLine] = RecordListModel(_history_text)
        self.history = self._list("detailHistory", self.history_model)

        # The fields, scrolling on their own when the pane is short.
        fields = QWidget(objectName="detailFields")
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 4, 0)
        fields_layout.addLayout(status_row)
        fields_layout.addWidget(self.form)
        fields_layout.addStretch(1)
        self.fields_area = QScrollArea(objectName="detailFieldsArea")
        self.fields_area.setWidget(fields)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        # The fields wrap and elide rather than scroll sideways; the pane keeps the width
        # they need, so the list beside it gives way when the window is narrow.
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.tabs = QTabWidget(objectName="detailTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(
            self._tab(
                self.evidence,
                hint=translate("DetailPane", "Double-click a quote to read it in its source."),
            ),
            "",
        )
        self.tabs.addTab(
            self._tab(
                self.follow_ups,
                self._button(
                    translate("DetailPane", "&Add follow-up…"), "addFollowUp", self.add_follow_up
                ),
                self._button(translate("DetailPane", "Edit…"), "editFollowUp", self.edit_follow_up),
                self._button(
                    translate("DetailPane", "Delete"), "deleteFollowUp", self.delete_follow_up
                ),
                hint=translate("DetailPane", "Newest first."),
            ),
            "",
        )
        self.tabs.addTab(
            self._tab(
                self.links,
                self._button(translate("DetailPane", "Add lin&k…"), "addLink", self.add_link),
                self._button(
                    translate("DetailPane", "Remove link"), "removeLink", self.remove_link
                ),
                hint=translate("DetailPane", "Double-click a linked item to open it."),
            ),
            "",
        )
        self.tabs.addTab(self._tab(self.history, hint=translate("DetailPane", "Newest first.")),
                         "")  # fmt: skip
        self._name_tabs()

        # Save and Revert stay in sight below the fields, however far they are scrolled.
        top = QWidget(objectName="detailFieldsAndButtons")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 4)
        top_layout.addWidget(self.fields_area, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.form.revert_button)
        buttons.addWidget(self.form.save_button)
        top_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="detailSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.header)
        outer.addWidget(self.heading)
        # Everything below the header hides while no item is selected.
        self.content = self.splitter
        outer.addWidget(self.splitter, 1)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(fields.minimumSizeHint().width() + scrollbar + 12)
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
        view.setMinimumHeight(60)
        # Rows are laid out again at every width: wrapped text changes their heights.
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        return view

    # Each button's icon, by objectName (drawn again when the palette changes).
    BUTTON_ICONS = {
        "addFollowUp": "add-follow-up",
        "editFollowUp": "edit",
        "deleteFollowUp": "delete",
        "addLink": "add-link",
        "removeLink": "remove-link",
    }

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(icon(self.BUTTON_ICONS[name]), text, objectName=name)
        button.clicked.connect(slot)
        return button

    def refresh_icons(self) -> None:
        """Draw the header's and the buttons' icons again in the palette's colours."""
        self.header.refresh_icon()
        for name, icon_name in self.BUTTON_ICONS.items():
            button = self.findChild(QPushButton, name)
            if button is not None:
                button.setIcon(icon(icon_name))

    @staticmethod
    def _tab(view: QWidget, *buttons: QPushButton, hint: str = "") -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        if hint:
            words = QLabel(hint, wordWrap=True)
            words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            mark_hint(words)
            row.addWidget(words, 1)
        else:
            row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return page

    def _name_tabs(self) -> None:
        # The counts tell at a glance whether a tab has anything in it.
        names = (
            translate("DetailPane", "E&vidence ({count})").format(
                count=self.evidence_model.rowCount()
            ),
            translate("DetailPane", "F&ollow-ups ({count})").format(
                count=self.follow_up_model.rowCount()
            ),
            translate("DetailPane", "&Links ({count})").format(count=self.link_model.rowCount()),
            translate("DetailPane", "&History"),
        )
        for at, name in enumerate(names):
            self.tabs.setTabText(at, name)

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
        self.header.hide()
        self.heading.show()
        self.heading.setText(translate("DetailPane", _PLACEHOLDERS[self.kind]))
        for model in (
            self.evidence_model,
            self.follow_up_model,
            self.link_model,
            self.history_model,
        ):
            model.set_records([])
        self._name_tabs()

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
        self.heading.hide()
        self.header.show()
        self.header.show_row(row)
        self.form.load(detail)
        self._show_records(detail)

    def _show_records(self, detail: ItemDetail) -> None:
        """Status, evidence, follow-ups and links: everything but the editable fields."""
        row = detail.row
        self.status.setCurrentIndex(max(self.status.findData(row.status), 0))
        self.header.show_row(row)
        self.header.show_lateness(lateness(row.kind, row.status, row.date, row.due, self.today()))
        self.evidence_model.set_records(detail.evidence)
        self.follow_up_model.set_records(list(reversed(detail.follow_ups)))
        self.link_model.set_records(detail.links)
        try:
            self.history_model.set_records(history.item_history(self.db, detail.id))
        except PakruError:
            self.history_model.set_records([])
        self._name_tabs()

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
                translate(
                    "DetailPane",
                    "This item was changed elsewhere while you were editing it; saving will "
                    "show both versions.",
                )
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
                    translate(
                        "DetailPane",
                        "Not saved: this item was changed elsewhere. Save again to choose "
                        "which version to keep, or Revert.",
                    )
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
