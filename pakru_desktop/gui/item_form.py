"""The editable fields of one item, with Save and Revert.

Edits stay in the form until saved; ``is_dirty`` tells whether anything would
be lost, so the page can ask before showing another item.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError, ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.vocabulary import TYPES, Kind
from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.vocabulary_names import type_name
from pakru_desktop.gui.widgets.fuzzy_date_edit import FuzzyDateEdit, mark_error
from pakru_desktop.gui.widgets.participants_edit import ParticipantsEdit
from pakru_desktop.gui.widgets.tag_edit import TagEdit
from pakru_desktop.services.items import ItemPatch
from pakru_desktop.services.records import ItemDetail

translate = QCoreApplication.translate


def commitment_location_hint() -> str:
    """A commitment's location has one meaning throughout (the seed dataset follows it too)."""
    return translate(
        "ItemForm",
        "Where the commitment was made (the meeting or statement), not where it is to be "
        "carried out.",
    )


class ItemForm(QWidget):
    """Title, type, dates, location, participants, sectors and summary of an item."""

    saved = Signal()
    dirty_changed = Signal(bool)

    def __init__(
        self, kind: Kind, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._today = today
        self._detail: ItemDetail | None = None
        self._loading = False
        self._read_only = False
        self._dirty = False
        self._save: Callable[[ItemPatch], object] | None = None

        self.title = QLineEdit(objectName="detailTitle")
        self.type = QComboBox(objectName="detailType")
        for term in TYPES[kind]:
            self.type.addItem(type_name(kind, term.code), term.code)
        # Its longest words ("MoU (non-binding)", longer in Russian) must not set the
        # pane's width: it shrinks to a few letters and its list shows them whole.
        self.type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type.setMinimumContentsLength(10)
        self.date = FuzzyDateEdit("detailDate", empty_means_today=False, today=today())
        self.due = FuzzyDateEdit("detailDue", empty_means_today=False, today=today())
        self.location = QLineEdit(objectName="detailLocation")
        self.participants = ParticipantsEdit()
        self.participants.setObjectName("detailParticipants")
        self.sectors = TagEdit()
        self.sectors.setObjectName("detailSectors")
        self.summary = QPlainTextEdit(objectName="detailSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(90)
        self.error = QLabel(objectName="detailError", wordWrap=True)
        mark_error(self.error, True)
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(translate("ItemForm", "&Title:"), self.title), self.title)
        if TYPES[kind]:
            word = (
                translate("ItemForm", "Legal &nature:")
                if kind is Kind.AGREEMENT
                else translate("ItemForm", "T&ype:")
            )
            form.addRow(self._label(word, self.type), self.type)
        form.addRow(self._label(translate("ItemForm", "&Date:"), self.date.lineEdit()), self.date)
        if kind is not Kind.EVENT:
            form.addRow(self._label(translate("ItemForm", "D&ue:"), self.due.lineEdit()), self.due)
        form.addRow(self._label(translate("ItemForm", "&Location:"), self.location), self.location)
        if kind is Kind.COMMITMENT:
            self.location.setToolTip(commitment_location_hint())
        self.participants_label = QLabel(translate("ItemForm", "&Participants:"))
        form.addRow(self.participants_label, self.participants)
        form.addRow(self._label(translate("ItemForm", "Sect&ors:"), self.sectors), self.sectors)
        form.addRow(self._label(translate("ItemForm", "Su&mmary:"), self.summary), self.summary)

        self.save_button = QPushButton(
            translate("ItemForm", "&Save"), objectName="detailSave", enabled=False
        )
        # No mnemonic: Alt+V opens the View menu.
        self.revert_button = QPushButton(
            translate("ItemForm", "Revert"), objectName="detailRevert", enabled=False
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addLayout(buttons)

        for edit in (self.title, self.location, self.sectors):
            edit.textChanged.connect(self._edited)
            edit.returnPressed.connect(self.save)
        # Enter in any one-line field saves, the dates' included.
        for date_edit in (self.date, self.due):
            date_edit.lineEdit().returnPressed.connect(self.save)
        self.summary.textChanged.connect(self._edited)
        self.type.currentIndexChanged.connect(self._edited)
        self.date.changed.connect(self._edited)
        self.due.changed.connect(self._edited)
        self.participants.changed.connect(self._edited)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def set_saver(self, save: Callable[[ItemPatch], object]) -> None:
        """What Save calls with the patch of edited fields; it raises on bad input."""
        self._save = save

    def set_actor_names(self, names: list[str]) -> None:
        """Offer these names when typing a participant."""
        self.participants.setActorNames(names)

    def set_sector_suggestions(self, sectors: list[str]) -> None:
        """Offer these sectors when typing a tag."""
        self.sectors.setSuggestions(sectors)

    def load(self, detail: ItemDetail) -> None:
        """Show ``detail``'s fields, discarding any unsaved edit."""
        self._loading = True
        try:
            row = detail.row
            self.title.setText(row.title)
            index = self.type.findData(row.type)
            self.type.setCurrentIndex(max(index, 0))
            self.date.setDate(row.date)
            self.due.setDate(row.due)
            self.location.setText(row.location)
            self.participants.setParticipants([(p.name, p.role) for p in row.participants])
            self.sectors.setTags(list(row.sectors))
            self.summary.setPlainText(detail.summary)
            # Show the start of long titles, not their end.
            self.title.setCursorPosition(0)
            self.location.setCursorPosition(0)
            self.sectors.setCursorPosition(0)
        finally:
            self._loading = False
        self._detail = detail
        self._show_error(None)
        self._set_dirty(False)
        self._chain_tab_order()
        if self._read_only:
            self._lock()  # participant rows are new widgets on every load

    def set_read_only(self, read_only: bool = True) -> None:
        """Show the fields without letting them be edited (a database that may only be
        read): text stays selectable and copyable; choices and buttons are off."""
        self._read_only = read_only
        if read_only:
            self._lock()

    def _lock(self) -> None:
        for edit in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            edit.setReadOnly(True)
        for control in self.findChildren(QComboBox) + self.findChildren(QAbstractButton):
            control.setEnabled(False)

    def _chain_tab_order(self) -> None:
        # Participant rows are made at load time; put them between Location and Sectors.
        previous: QWidget = self.location
        for widget in [*self.participants.inputs(), self.sectors, self.summary]:
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self.participants_label.setBuddy(self.participants.focusTarget())

    def rebase(self, detail: ItemDetail) -> None:
        """Take ``detail`` as the item's stored state while keeping the typed edits."""
        self._detail = detail
        self._edited()

    def clear(self) -> None:
        """Forget the item shown (it was deleted or is no longer listed)."""
        self._detail = None
        self._show_error(None)
        self._set_dirty(False)

    def detail(self) -> ItemDetail | None:
        """The item as last loaded."""
        return self._detail

    def is_dirty(self) -> bool:
        """True when the form holds edits not yet saved."""
        return self._dirty

    def _edited(self) -> None:
        if not self._loading and self._detail is not None:
            self._set_dirty(self.patch() != self._unchanged_patch())

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _unchanged_patch(self) -> ItemPatch:
        assert self._detail is not None
        row = self._detail.row
        return ItemPatch(
            title=row.title,
            date=row.date,
            type=row.type if TYPES[self.kind] else None,
            summary=self._detail.summary,
            location=row.location,
            due=(row.due or "") if self.kind is not Kind.EVENT else None,
            sectors=list(row.sectors),
            participants=[(p.name, p.role) for p in row.participants],
        )

    def _date_value(self, edit: FuzzyDateEdit, loaded: FuzzyDate | None) -> str | FuzzyDate:
        # An untouched date keeps its stored value, including whether it was inferred.
        text = edit.text()
        if loaded is not None and text.strip() == shown_date(loaded):
            return loaded
        return text

    def patch(self) -> ItemPatch:
        """Every field as typed (changed dates as text, resolved by the services)."""
        row = self._detail.row if self._detail else None
        return ItemPatch(
            title=self.title.text(),
            date=self._date_value(self.date, row.date if row else None),
            type=self.type.currentData() if TYPES[self.kind] else None,
            summary=self.summary.toPlainText(),
            location=self.location.text(),
            due=(
                self._date_value(self.due, row.due if row else None)
                if self.kind is not Kind.EVENT
                else None
            ),
            sectors=self.sectors.tags(),
            participants=self.participants.participants(),
        )

    def changed_patch(self) -> ItemPatch:
        """Only the fields edited since the item was loaded (the others left as None), so a
        save never writes back values that someone else may have changed meanwhile."""
        typed, loaded = self.patch(), self._unchanged_patch()
        return ItemPatch(
            **{
                name: value if value != getattr(loaded, name) else None
                for name, value in typed.__dict__.items()
            }
        )

    def show_notice(self, text: str) -> None:
        """A sentence above the fields that is not an error (e.g. "changed elsewhere")."""
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        """Save the edits; bad input keeps them in the form with the field marked."""
        if not self._dirty or self._detail is None or self._save is None:
            return
        patch = self.changed_patch()
        if isinstance(patch.date, str) and not patch.date.strip():
            message = translate("ItemForm", "The date cannot be empty.")
            self._show_error(ValidationError(message, field="date"))
            return
        patch = ItemPatch(**{**patch.__dict__, "expected_version": self._detail.version})
        try:
            self._save(patch)
        except PakruError as error:
            self._show_error(error)
            return
        self.saved.emit()

    def revert(self) -> None:
        """Put every field back as last loaded."""
        if self._detail is not None:
            self.load(self._detail)

    def _show_error(self, error: PakruError | None) -> None:
        self.date.setError(None)
        self.due.setError(None)
        for widget in (self.title, self.location, self.sectors):
            mark_error(widget, False)
        if error is None:
            self.error.hide()
            return
        self.error.setText(error_text(error))
        self.error.show()
        field = getattr(error, "field", None)
        if field == "date":
            self.date.setError(error_text(error))
            self.date.lineEdit().setFocus()
        elif field == "due":
            self.due.setError(error_text(error))
            self.due.lineEdit().setFocus()
        elif field in ("title", "location", "sectors"):
            widget = {"title": self.title, "location": self.location, "sectors": self.sectors}[
                field
            ]
            mark_error(widget, True)
            widget.setFocus()
