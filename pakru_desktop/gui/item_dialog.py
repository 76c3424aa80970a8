"""The dialog for adding an item by hand: an event, agreement, project or commitment.

It only gathers what was typed into an ``ItemDraft`` and hands it to ``submit`` (a
service call chosen by the caller); the services validate and store it. A sentence
from a ``ValidationError`` appears at the top of the form and the field it names is
marked, so nothing typed is lost when something needs fixing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError, ValidationError
from pakru_desktop.domain.vocabulary import (
    DEFAULT_STATUS,
    DEFAULT_TYPE,
    SECTORS,
    STATUSES,
    TYPES,
    Kind,
)
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.form_dialog import (
    FormDialog,
    add_labelled_row,
    combo_of,
    line_edit,
    text_edit,
)
from pakru_desktop.gui.item_form import commitment_location_hint
from pakru_desktop.gui.vocabulary_names import status_name, type_name
from pakru_desktop.gui.widgets.fuzzy_date_edit import (
    FuzzyDateEdit,
    mark_error,
)
from pakru_desktop.gui.widgets.participants_edit import ParticipantsEdit
from pakru_desktop.gui.widgets.tag_edit import TagEdit
from pakru_desktop.services.items import ItemDraft

translate = QCoreApplication.translate

# Blank rows a new item starts with, so the usual roles need no extra clicks.
_DEFAULT_PARTICIPANTS: dict[Kind, list[tuple[str, str]]] = {
    Kind.EVENT: [("", "participant")],
    Kind.AGREEMENT: [("", "signatory")],
    Kind.PROJECT: [("", "participant")],
    Kind.COMMITMENT: [("", "committed-by"), ("", "committed-to")],
}


def _due_label(kind: Kind) -> str:
    if kind is Kind.AGREEMENT:
        return translate("ItemDialog", "D&ue (in force by)")
    if kind is Kind.PROJECT:
        return translate("ItemDialog", "D&ue (target)")
    return translate("ItemDialog", "D&ue")


def _window_title(kind: Kind) -> str:
    return {
        Kind.EVENT: translate("ItemDialog", "New event"),
        Kind.AGREEMENT: translate("ItemDialog", "New agreement"),
        Kind.PROJECT: translate("ItemDialog", "New project"),
        Kind.COMMITMENT: translate("ItemDialog", "New commitment"),
    }[kind]


def _discard_question(kind: Kind) -> str:
    return {
        Kind.EVENT: translate("ItemDialog", "Discard this new event?"),
        Kind.AGREEMENT: translate("ItemDialog", "Discard this new agreement?"),
        Kind.PROJECT: translate("ItemDialog", "Discard this new project?"),
        Kind.COMMITMENT: translate("ItemDialog", "Discard this new commitment?"),
    }[kind]


class ItemDialog(FormDialog):
    """The "New event" dialog (or agreement, project, commitment): type, press Enter to save.

    Inputs are found by objectName: ``title``, ``date``, ``type`` (events and agreements),
    ``due`` (not events), ``status``, ``location``, ``participants``, ``sectors``,
    ``summary``, ``sourceUrl``, ``quote``, ``errorLabel``, ``saveButton``,
    ``cancelButton``.
    """

    def __init__(
        self,
        kind: Kind,
        submit: Callable[[ItemDraft], object],
        *,
        actor_names: list[str],
        sectors: list[str],
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form; ``submit`` stores a draft and returns what it created."""
        super().__init__(parent)
        self._kind = Kind(kind)
        self._submit = submit
        self._today = today or date.today()
        self._created: object = None
        self._error_field: str | None = None
        self.setObjectName("itemDialog")
        self.setWindowTitle(_window_title(self._kind))
        self.setMinimumWidth(560)

        layout = self.scrolling_body()
        self._form = QFormLayout()
        layout.addLayout(self._form)
        self._build_fields(actor_names, sectors)
        layout.addWidget(self._build_source_box())
        self.save_on_ctrl_enter(self._summary, self._quote)
        self._connect_field_signals()

        self._set_tab_order()
        self._initial_draft = self.draft()
        self._title.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building -------------------------------------------------------------------------

    def _build_fields(self, actor_names: list[str], sectors: list[str]) -> None:
        kind = self._kind
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self._title = line_edit(
            "title",
            translate("ItemDialog", "A short name, e.g. Sharif meets Putin in Beijing"),
            self,
        )
        self._add_row(translate("ItemDialog", "&Title"), self._title)

        self._date = FuzzyDateEdit("date", empty_means_today=True, today=self._today, parent=self)
        self._add_row(translate("ItemDialog", "&Date"), self._date, buddy=self._date.lineEdit())

        self._type: QComboBox | None = None
        if TYPES[kind]:
            self._type = combo_of(
                TYPES[kind], DEFAULT_TYPE[kind], "type", self, lambda code: type_name(kind, code)
            )
            self._add_row(
                translate("ItemDialog", "Legal &nature")
                if kind is Kind.AGREEMENT
                else translate("ItemDialog", "T&ype"),
                self._type,
            )

        self._due: FuzzyDateEdit | None = None
        if kind is not Kind.EVENT:
            self._due = FuzzyDateEdit(
                "due", empty_means_today=False, today=self._today, parent=self
            )
            self._add_row(_due_label(kind), self._due, buddy=self._due.lineEdit())

        self._status = combo_of(
            STATUSES[kind], DEFAULT_STATUS[kind], "status", self, lambda c: status_name(kind, c)
        )
        self._add_row(translate("ItemDialog", "St&atus"), self._status)

        self._location = line_edit(
            "location", translate("ItemDialog", "e.g. Beijing, Moscow, Karachi"), self
        )
        if kind is Kind.COMMITMENT:
            self._location.setPlaceholderText(
                translate("ItemDialog", "where it was made, e.g. Beijing")
            )
            self._location.setToolTip(commitment_location_hint())
        self._add_row(translate("ItemDialog", "&Location"), self._location)

        self._participants = ParticipantsEdit(self)
        self._participants.setObjectName("participants")
        self._participants.setActorNames(actor_names)
        self._participants.setParticipants(_DEFAULT_PARTICIPANTS[kind])
        self._participants_label = self._add_row(
            translate("ItemDialog", "&Participants"),
            self._participants,
            buddy=self._participants.focusTarget(),
        )

        self._sectors = TagEdit(self)
        self._sectors.setObjectName("sectors")
        self._sectors.setSuggestions([*SECTORS, *sectors])
        self._add_row(translate("ItemDialog", "Se&ctors"), self._sectors)

        self._summary = text_edit(
            "summary", translate("ItemDialog", "What happened, in a few sentences"), 4, self
        )
        self._add_row(translate("ItemDialog", "Su&mmary"), self._summary)

    def _build_source_box(self) -> QGroupBox:
        box = QGroupBox(translate("ItemDialog", "Source (optional)"), self)
        form = QFormLayout(box)
        self._source_url = line_edit(
            "sourceUrl", translate("ItemDialog", "https://… the article this comes from"), box
        )
        add_labelled_row(form, translate("ItemDialog", "Source U&RL"), self._source_url)
        self._quote = text_edit(
            "quote",
            translate("ItemDialog", "The exact sentence from the source, word for word"),
            3,
            box,
        )
        add_labelled_row(form, translate("ItemDialog", "&Quote"), self._quote)
        return box

    def _add_row(self, text: str, field: QWidget, *, buddy: QWidget | None = None) -> QLabel:
        return add_labelled_row(self._form, text, field, buddy)

    def _set_tab_order(self) -> None:
        # Widgets reparented by layouts join the tab chain at its end; restate the visual order.
        chain: list[QWidget] = [self._title, self._date.lineEdit()]
        if self._type is not None:
            chain.append(self._type)
        if self._due is not None:
            chain.append(self._due.lineEdit())
        chain += [self._status, self._location, *self._participants.inputs(), self._sectors]
        chain += [self._summary, self._source_url, self._quote]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_field_signals(self) -> None:
        inputs: dict[str, QWidget | None] = {
            "title": self._title,
            "date": self._date,
            "type": self._type,
            "due": self._due,
            "status": self._status,
            "location": self._location,
            "participants": self._participants,
            "sectors": self._sectors,
            "summary": self._summary,
            "source_url": self._source_url,
            "quote": self._quote,
        }
        # Keyed by the names ValidationError.field uses, so a service error finds its input.
        self._inputs = {field: widget for field, widget in inputs.items() if widget is not None}
        for field, widget in self._inputs.items():
            if isinstance(widget, FuzzyDateEdit | ParticipantsEdit | TagEdit):
                signal = widget.changed
            elif isinstance(widget, QComboBox):
                signal = widget.currentIndexChanged
            else:
                signal = widget.textChanged  # type: ignore[attr-defined]
            # Editing the field an error points at clears the mark: the sentence is now stale.
            signal.connect(lambda *_args, f=field: self._field_edited(f))
        self._participants.changed.connect(self._update_participants_buddy)

    # -- public API -----------------------------------------------------------------------

    @property
    def kind(self) -> Kind:
        """The kind of item this dialog adds."""
        return self._kind

    @property
    def created(self) -> object:
        """What ``submit`` returned for the saved draft; ``None`` until saved."""
        return self._created

    def draft(self) -> ItemDraft:
        """The form's content as a draft; dates stay text so services resolve them."""
        due = self._due.text().strip() if self._due is not None else ""
        return ItemDraft(
            kind=self._kind,
            title=self._title.text(),
            date=self._date.text().strip(),
            type=str(self._type.currentData()) if self._type is not None else None,
            summary=self._summary.toPlainText(),
            location=self._location.text(),
            status=str(self._status.currentData()),
            due=due or None,
            sectors=self._sectors.tags(),
            participants=self._participants.participants(),
            source_url=self._source_url.text().strip() or None,
            quote=self._quote.toPlainText().strip() or None,
        )

    def save(self) -> None:
        """Check the form, hand the draft to ``submit`` and close; on an error stay open."""
        self._clear_error()
        if not self._title.text().strip():
            self.show_error(translate("ItemDialog", "The title cannot be empty."), "title")
            return
        for edit in (self._date, self._due):
            if edit is None:
                continue
            try:
                edit.value()
            except ValidationError as error:
                self.show_error(error_text(error), error.field)
                return
        try:
            created = self._submit(self.draft())
        except ValidationError as error:
            self.show_error(error_text(error), error.field)
            return
        except PakruError as error:
            self.show_error(error_text(error), None)
            return
        self._created = created
        self.accept()

    def show_error(self, message: str, field: str | None) -> None:
        """Show ``message`` at the top of the form and mark and focus ``field`` if known."""
        self.show_message(message)
        self._error_field = field
        target = self._mark(field, message) if field else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_input(self) -> bool:
        """Whether anything differs from the form as it was opened."""
        return self.draft() != self._initial_draft

    def discard_question(self) -> str:
        """Asked before Cancel or Escape throws away what was typed."""
        return _discard_question(self._kind)

    # -- internals ------------------------------------------------------------------------

    def _mark(self, field: str, message: str | None) -> QWidget | None:
        """Mark the input behind ``field`` (``None`` clears it); return the widget to focus."""
        widget = self._inputs.get(field)
        if isinstance(widget, FuzzyDateEdit):
            widget.setError(message)
            return widget.lineEdit()
        if isinstance(widget, ParticipantsEdit):
            for index in range(widget.rowCount()):
                mark_error(widget.nameEdit(index), message is not None)
            return widget.focusTarget()
        if widget is not None:
            mark_error(widget, message is not None)
        return widget

    def _clear_error(self) -> None:
        self.clear_message()
        self._error_field = None
        for field in self._inputs:
            self._mark(field, None)

    def _field_edited(self, field: str) -> None:
        if field == self._error_field:
            self._clear_error()

    def _update_participants_buddy(self) -> None:
        # Rows come and go, so the mnemonic must follow whichever input is first now.
        self._participants_label.setBuddy(self._participants.focusTarget())
