"""The dialog for recording, or correcting, what happened next to an item.

A follow-up is a dated note that may also change the item's status, with the
source that reported it and the exact words that say so; the dialog gathers them
and hands them to ``submit`` (a service call chosen by the caller).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError, ValidationError
from pakru_desktop.domain.vocabulary import STATUSES, Kind
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.form_dialog import FormDialog, add_labelled_row, line_edit, text_edit
from pakru_desktop.gui.vocabulary_names import status_name
from pakru_desktop.gui.widgets.fuzzy_date_edit import FuzzyDateEdit
from pakru_desktop.services.records import FollowUpRecord

translate = QCoreApplication.translate


@dataclass(frozen=True)
class FollowUpInput:
    """What the dialog gathered: the date as typed, the note, the new status (or None),
    the chosen source's id, a new source's URL, and the quote ("" for none)."""

    date: str
    note: str
    status: str | None
    source_id: int | None
    source_url: str | None
    quote: str


FollowUpSubmit = Callable[[FollowUpInput], object]


class FollowUpDialog(FormDialog):
    """The "Add follow-up" dialog ("Edit follow-up" when ``initial`` is given).

    Inputs by objectName: ``date`` (its text ``dateText``), ``note``, ``status`` (first
    entry "No change"), ``source`` (first entry "(no source)"), ``sourceUrl`` (a source
    not yet recorded, by its address), ``quote``, ``errorLabel``, ``saveButton``,
    ``cancelButton``. Ctrl+Enter in the note or the quote saves.
    """

    def __init__(
        self,
        kind: Kind,
        submit: FollowUpSubmit,
        *,
        current_status: str,
        today: date | None = None,
        initial: FollowUpRecord | None = None,
        sources: Sequence[tuple[int, str]] = (),
        new_status: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form, prefilled from ``initial`` when editing.

        ``sources`` are the (id, label) pairs offered as the report's source; ``new_status``
        preselects a status (a status chosen in the detail pane).
        """
        super().__init__(parent)
        self._kind = Kind(kind)
        self._submit = submit
        self._editing = initial is not None
        self._result: object = None
        self.setObjectName("followUpDialog")
        if self._editing:
            title = translate("FollowUpDialog", "Edit follow-up")
        elif new_status:
            title = translate("FollowUpDialog", "Change status to {status}").format(
                status=status_name(self._kind, new_status)
            )
        else:
            title = translate("FollowUpDialog", "Add follow-up")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)

        layout = self.scrolling_body()
        form = QFormLayout()
        layout.addLayout(form)

        self._date = FuzzyDateEdit("date", empty_means_today=True, today=today, parent=self)
        add_labelled_row(
            form, translate("FollowUpDialog", "&Date"), self._date, self._date.lineEdit()
        )
        self._note = text_edit(
            "note", translate("FollowUpDialog", "What happened (Ctrl+Enter saves)"), 5, self
        )
        add_labelled_row(form, translate("FollowUpDialog", "&Note"), self._note)
        self.save_on_ctrl_enter(self._note)

        self._status = QComboBox(self)
        self._status.setObjectName("status")
        self._status.addItem(translate("FollowUpDialog", "No change"), None)
        for term in STATUSES[self._kind]:
            self._status.addItem(status_name(self._kind, term.code), term.code)
        now = status_name(self._kind, current_status)
        current = QLabel(translate("FollowUpDialog", "now: {status}").format(status=now), self)
        current.setObjectName("currentStatus")
        status_row = QWidget(self)
        row_layout = QHBoxLayout(status_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self._status, 1)
        row_layout.addWidget(current)
        add_labelled_row(form, translate("FollowUpDialog", "St&atus"), status_row, self._status)

        self._source = QComboBox(self)
        self._source.setObjectName("source")
        self._source.addItem(translate("FollowUpDialog", "(no source)"), None)
        for source_id, label in sources:
            self._source.addItem(label, source_id)
            self._source.setItemData(self._source.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        # Long titles must not make the dialog wider than the screen.
        self._source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._source.setMinimumContentsLength(30)
        add_labelled_row(form, translate("FollowUpDialog", "Sou&rce"), self._source)
        self._source_url = line_edit(
            "sourceUrl",
            translate("FollowUpDialog", "or the address of a report not yet recorded"),
            self,
        )
        add_labelled_row(form, translate("FollowUpDialog", "Source &URL"), self._source_url)
        self._quote = text_edit(
            "quote",
            translate("FollowUpDialog", "The exact words of the source (optional)"),
            3,
            self,
        )
        add_labelled_row(form, translate("FollowUpDialog", "&Quote"), self._quote)
        self.save_on_ctrl_enter(self._note, self._quote)

        if initial is not None:
            self._date.setDate(initial.date)
            self._note.setPlainText(initial.note)
            self._status.setCurrentIndex(max(0, self._status.findData(initial.new_status)))
            self._source.setCurrentIndex(max(0, self._source.findData(initial.source_id)))
            if initial.evidence:
                self._quote.setPlainText(initial.evidence[0].quote)
        elif new_status:
            self._status.setCurrentIndex(max(0, self._status.findData(new_status)))
        self._initial_state = self._state()
        for signal in (
            self._date.changed,
            self._note.textChanged,
            self._status.currentIndexChanged,
            self._source.currentIndexChanged,
            self._source_url.textChanged,
            self._quote.textChanged,
        ):
            signal.connect(self.clear_field_errors)
        self._note.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- public API -----------------------------------------------------------------------

    @property
    def submitted(self) -> object:
        """What ``submit`` returned when saving; ``None`` until saved."""
        return self._result

    def status_code(self) -> str | None:
        """The chosen new status code, or ``None`` for "No change"."""
        data = self._status.currentData()
        return str(data) if data else None

    def save(self) -> None:
        """Hand the follow-up to ``submit`` and close; on an error stay open and say why."""
        self.clear_field_errors()
        try:
            self._date.value()
        except ValidationError as error:
            self.show_field_error(error_text(error), self._date.lineEdit())
            return
        source_id = self._source.currentData()
        source_url = self._source_url.text().strip() or None
        if source_id is not None and source_url:
            self.show_field_error(
                translate(
                    "FollowUpDialog", "Choose a recorded source or give a new URL, not both."
                ),
                self._source_url,
            )
            return
        entry = FollowUpInput(
            date=self._date.text().strip(),
            note=self._note.toPlainText(),
            status=self.status_code(),
            source_id=int(source_id) if source_id is not None else None,
            source_url=source_url,
            quote=self._quote.toPlainText().strip(),
        )
        try:
            result = self._submit(entry)
        except ValidationError as error:
            self.show_field_error(error_text(error), self._widget_for(error.field))
            return
        except PakruError as error:
            self.show_field_error(error_text(error), None)
            return
        self._result = result
        self.accept()

    def has_input(self) -> bool:
        """Whether anything differs from the form as it was opened."""
        return self._state() != self._initial_state

    def discard_question(self) -> str:
        """Asked before Cancel or Escape throws away what was typed."""
        return translate("FollowUpDialog", "Discard this follow-up?")

    # -- internals ------------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (
            self._date.text(),
            self._note.toPlainText(),
            self._status.currentIndex(),
            self._source.currentIndex(),
            self._source_url.text(),
            self._quote.toPlainText(),
        )

    def _widget_for(self, field: str | None) -> QWidget | None:
        if field == "date":
            return self._date.lineEdit()
        if field == "status":
            return self._status
        if field == "source_url":
            return self._source_url
        if field == "source":
            return self._source
        if field == "quote":
            return self._quote
        # A follow-up with neither a note nor a status names no field: the note is the fix.
        return self._note
