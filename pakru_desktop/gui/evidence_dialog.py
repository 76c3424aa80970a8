"""The Add evidence dialog: a quote from a source, for an item or one of its follow-ups.

Opened from the detail pane (the item known, a source and a quote to choose) and from
the source viewer (the source and the selected words known, the target to choose: the
item the viewer was opened for, one of its follow-ups, or any item found by typing its
title). Saving calls ``services.evidence.add_evidence`` and pushes an undoable
``AddEvidenceCommand``; the change is broadcast through the hub.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError, ValidationError
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.gui.errors import error_text, show_error
from pakru_desktop.gui.evidence_commands import add_evidence_undoably
from pakru_desktop.gui.form_dialog import FormDialog, add_labelled_row, text_edit
from pakru_desktop.gui.search_results import ItemResults
from pakru_desktop.gui.search_results import describe_item as describe
from pakru_desktop.gui.vocabulary_names import status_name
from pakru_desktop.services import queries
from pakru_desktop.services.database import Database
from pakru_desktop.services.items import get_item
from pakru_desktop.services.records import EvidenceRecord, ItemRow

translate = QCoreApplication.translate

# Enough to find an item by typing; more would only be scrolled past.
SEARCH_DELAY_MS = 250


class ItemChoices(ItemResults):
    """Items whose fields contain the words typed, across all kinds, newest first."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, None, parent, newest_first=True)


class EvidenceDialog(FormDialog):
    """Choose a source, a quote and what it supports; saving adds the evidence (undoable).

    ``EvidenceDialog(db, hub, undo_stack, item_id, follow_up_id=None, source_id=None,
    quote="", parent=None, *, near=None)``: ``item_id`` may be None when no item is known
    yet; ``near`` is where the quote was selected in the source, so that words occurring
    twice are recorded where they were picked. Inputs by objectName: ``source``,
    ``sourceHint``, ``quote``, ``chosenItem``, ``itemSearch``, ``items``, ``supports``,
    ``errorLabel``, ``saveButton``, ``cancelButton``. ``added_evidence`` is emitted with
    the stored ``EvidenceRecord``, which ``added`` then holds.
    """

    added_evidence = Signal(object)

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        item_id: int | None,
        follow_up_id: int | None = None,
        source_id: int | None = None,
        quote: str = "",
        parent: QWidget | None = None,
        *,
        near: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.hub, self.undo_stack = db, hub, undo_stack
        self._near = near
        self._item: ItemRow | None = None
        self.added: EvidenceRecord | None = None
        self.setObjectName("evidenceDialog")
        self.setWindowTitle(translate("EvidenceDialog", "Add evidence"))
        self.resize(640, 620)
        self.save_button.setText(translate("EvidenceDialog", "&Add evidence"))

        layout = self.scrolling_body()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form, 1)

        self._source = QComboBox(self)
        self._source.setObjectName("source")
        self._source.setMinimumContentsLength(30)
        self._source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._source.addItem(translate("EvidenceDialog", "Choose a source…"), None)
        for choice_id, label in queries.source_choices(db):
            self._source.addItem(f"#{choice_id} · {label}", choice_id)
        add_labelled_row(form, translate("EvidenceDialog", "&Source"), self._source)
        self._source_hint = QLabel(self)
        self._source_hint.setObjectName("sourceHint")
        self._source_hint.setWordWrap(True)
        form.addRow("", self._source_hint)

        self._quote = text_edit(
            "quote",
            translate("EvidenceDialog", "The words of the source (Ctrl+Enter adds)"),
            5,
            self,
        )
        add_labelled_row(form, translate("EvidenceDialog", "&Quote"), self._quote)
        self.save_on_ctrl_enter(self._quote)

        self._chosen = QLabel(self)
        self._chosen.setObjectName("chosenItem")
        self._chosen.setWordWrap(True)
        self._chosen.setTextFormat(Qt.TextFormat.PlainText)
        chosen_font = self._chosen.font()
        chosen_font.setBold(True)
        self._chosen.setFont(chosen_font)
        form.addRow(translate("EvidenceDialog", "For item:"), self._chosen)
        self._search = QLineEdit(self)
        self._search.setObjectName("itemSearch")
        self._search.setPlaceholderText(
            translate("EvidenceDialog", "Type words of another item's title to find it")
        )
        self._search.setClearButtonEnabled(True)
        self._search.installEventFilter(self)
        add_labelled_row(form, translate("EvidenceDialog", "&Find item"), self._search)
        self._model = ItemChoices(db, self)
        self._items = QListView(self)
        self._items.setObjectName("items")
        self._items.setModel(self._model)
        self._items.setUniformItemSizes(True)
        self._items.setAccessibleName(translate("EvidenceDialog", "Items found"))
        add_labelled_row(form, translate("EvidenceDialog", "&Item"), self._items)

        self._supports = QComboBox(self)
        self._supports.setObjectName("supports")
        add_labelled_row(form, translate("EvidenceDialog", "Su&pports"), self._supports)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._search.textChanged.connect(self._timer.start)
        self._items.selectionModel().currentChanged.connect(self._item_clicked)
        self._source.currentIndexChanged.connect(self._source_changed)

        self._model.search("")
        if item_id is not None:
            self.choose_item(item_id)
            self.search_now()  # shows the item selected in the list
        self._show_item()
        if follow_up_id is not None:
            self._supports.setCurrentIndex(max(0, self._supports.findData(follow_up_id)))
        if source_id is not None:
            self._choose_source(source_id)
        self._source_changed()
        self._quote.setPlainText(quote)
        self._initial_state = self._state()
        for signal in (
            self._source.currentIndexChanged,
            self._quote.textChanged,
            self._supports.currentIndexChanged,
        ):
            signal.connect(self.clear_field_errors)
        if source_id is None:
            first = self._source
        elif not quote.strip():
            first = self._quote
        else:  # the words were picked in the viewer: what is left is where they go
            first = self._search if item_id is None else self._supports
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- public API -----------------------------------------------------------------------

    def item_id(self) -> int | None:
        """The item the quote will support."""
        return self._item.id if self._item is not None else None

    def follow_up_id(self) -> int | None:
        """The follow-up the quote will support, or None for the item itself."""
        data = self._supports.currentData()
        return int(data) if data is not None else None

    def source_id(self) -> int | None:
        """The chosen source."""
        data = self._source.currentData()
        return int(data) if data is not None else None

    def choose_item(self, item_id: int) -> bool:
        """Make item ``item_id`` the target (its follow-ups become choices)."""
        row = self._model.row_of(item_id)
        if row >= 0:
            item = self._model.row_at(row)
        else:
            try:
                item = get_item(self.db, item_id).row
            except PakruError as error:
                self.show_message(error_text(error))
                return False
        self._item = item
        self._show_item()
        return True

    def choose_follow_up(self, follow_up_id: int | None) -> bool:
        """Make the quote support follow-up ``follow_up_id`` (None: the item itself)."""
        index = self._supports.findData(follow_up_id)
        if index < 0:
            return False
        self._supports.setCurrentIndex(index)
        return True

    def search_now(self) -> None:
        """Run the item search for the words typed (normally after a short pause)."""
        self._timer.stop()
        self._model.search(self._search.text())
        if self._item is not None:
            row = self._model.row_of(self._item.id)
            if row >= 0:
                self._items.selectionModel().setCurrentIndex(
                    self._model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )

    def save(self) -> None:
        """Add the evidence (undoable) and close; on an error stay open and say why."""
        self.clear_field_errors()
        if self.source_id() is None:
            self.show_field_error(
                translate("EvidenceDialog", "Choose the source the quote comes from."),
                self._source,
            )
            return
        if self._item is None:
            self.show_field_error(
                translate("EvidenceDialog", "Choose the item this quote supports."), self._search
            )
            return
        try:
            result = add_evidence_undoably(
                self.db,
                self.hub,
                self.undo_stack,
                self._item.id,
                self.source_id(),  # type: ignore[arg-type]
                self._quote.toPlainText(),
                self.follow_up_id(),
                near=self._near,
            )
        except ValidationError as error:
            target = self._supports if error.field == "follow_up" else self._quote
            self.show_field_error(error_text(error), target)
            return
        except PakruError as error:
            self.show_field_error(error_text(error), None)
            return
        except Exception as error:  # a bug: crash dialog with details, the input stays
            show_error(self, error)
            return
        self.added = result.evidence
        self.added_evidence.emit(result.evidence)
        self.accept()

    def has_input(self) -> bool:
        """Whether anything differs from the form as it was opened."""
        return self._state() != self._initial_state

    def discard_question(self) -> str:
        """Asked before Cancel or Escape throws away what was typed."""
        return translate("EvidenceDialog", "Discard this quote?")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down or Enter in the item search moves into the list of items found."""
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            watched is self._search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in keys
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.search_now()
            if self._model.rowCount() > 0:
                self._items.setFocus(Qt.FocusReason.TabFocusReason)
                if not self._items.currentIndex().isValid():
                    self._items.setCurrentIndex(self._model.index(0))
            return True
        return super().eventFilter(watched, event)

    # -- internals ------------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (self.source_id(), self._quote.toPlainText(), self.item_id(), self.follow_up_id())

    def _choose_source(self, source_id: int) -> None:
        index = self._source.findData(source_id)
        if index < 0:
            try:
                title = queries.get_source(self.db, source_id).title
            except PakruError as error:
                self.show_message(error_text(error))
                return
            self._source.addItem(f"#{source_id} · {title}", source_id)
            index = self._source.count() - 1
        self._source.setCurrentIndex(index)

    def _source_changed(self) -> None:
        source_id = self.source_id()
        hint = ""
        if source_id is not None:
            try:
                text = queries.get_source(self.db, source_id).text
            except PakruError:
                text = ""
            count = len(text)  # a name: lupdate misses a translate() counting a call
            hint = (
                translate("EvidenceDialog", "%Ln character(s) of text", None, count)
                if text
                else translate(
                    "EvidenceDialog",
                    "No text is stored for this source: the quote is kept as typed, without its "
                    "place in the text.",
                )
            )
        self._source_hint.setText(hint)
        self._source_hint.setVisible(bool(hint))

    def _item_clicked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self._model.row_at(current.row()) if current.isValid() else None
        if item is not None and (self._item is None or item.id != self._item.id):
            self._item = item
            self._show_item()

    def _show_item(self) -> None:
        item = self._item
        self._chosen.setText(
            describe(item) if item else translate("EvidenceDialog", "None yet: find it below.")
        )
        self._supports.clear()
        if item is None:
            self._supports.setEnabled(False)
            return
        self._supports.setEnabled(True)
        self._supports.addItem(_itself(item.kind), None)
        for follow_up in reversed(queries.list_follow_ups(self.db, item_id=item.id)):
            note = " ".join(follow_up.note.split())
            note = note if len(note) <= 60 else note[:59] + "…"
            if follow_up.new_status:
                entry = translate("EvidenceDialog", "Follow-up of {date} [{status}]: {note}")
            else:
                entry = translate("EvidenceDialog", "Follow-up of {date}: {note}")
            status = status_name(item.kind, follow_up.new_status or "")
            self._supports.addItem(
                entry.format(date=shown_date(follow_up.date), status=status, note=note),
                follow_up.id,
            )


def _itself(kind: Kind) -> str:
    """The choice of the item itself, rather than one of its follow-ups."""
    return {
        Kind.EVENT: translate("EvidenceDialog", "The event itself"),
        Kind.AGREEMENT: translate("EvidenceDialog", "The agreement itself"),
        Kind.PROJECT: translate("EvidenceDialog", "The project itself"),
        Kind.COMMITMENT: translate("EvidenceDialog", "The commitment itself"),
    }[kind]
