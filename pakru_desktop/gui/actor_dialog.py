"""The actor dialog: an actor's name, kind, country, office and aliases, and its items.

Saving hands only the fields that changed to ``submit`` (the caller's service call, usually
an undoable edit); double-clicking one of the actor's items asks, through
``item_requested``, for that item to be shown, and closes the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from pakru_desktop.domain.errors import PakruError, ValidationError
from pakru_desktop.domain.vocabulary import ACTOR_KINDS
from pakru_desktop.gui.date_words import explained_date, shown_date
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.form_dialog import (
    FormDialog,
    add_labelled_row,
    combo_of,
    line_edit,
    text_edit,
)
from pakru_desktop.gui.item_page import make_table
from pakru_desktop.gui.paged_model import Column, PagedTableModel
from pakru_desktop.gui.vocabulary_names import actor_kind_name, kind_name, role_name
from pakru_desktop.gui.widgets.marks import mark_hint
from pakru_desktop.services.actors import ActorDetail, ActorItem, ActorPatch

translate = QCoreApplication.translate

ActorSubmit = Callable[[ActorPatch], object]


# Fixed widths, as in the item lists; the title takes the rest.
_WIDTHS = (44, 96, 96, 110)


class ActorItemsModel(PagedTableModel[ActorItem]):
    """The items an actor takes part in, one row per role, already read with the actor."""

    def __init__(self, entries: Sequence[ActorItem], parent: Any = None) -> None:
        super().__init__(
            [
                Column(translate("ActorDialog", "#"), lambda e: str(e.item_id), align_right=True),
                Column(translate("ActorDialog", "Kind"), lambda e: kind_name(e.kind)),
                Column(
                    translate("ActorDialog", "Date"),
                    lambda e: shown_date(e.date),
                    lambda e: explained_date(e.date),
                ),
                Column(translate("ActorDialog", "Role"), lambda e: role_name(e.role)),
                Column(translate("ActorDialog", "Title"), lambda e: e.title),
            ],
            parent,
        )
        self._entries = list(entries)

    def count_rows(self) -> int:
        return len(self._entries)

    def fetch_rows(self, offset: int, limit: int) -> Sequence[ActorItem]:
        return self._entries[offset : offset + limit]

    def row_id(self, row: ActorItem) -> int:
        return row.item_id


def aliases_from_text(text: str) -> list[str]:
    """The aliases typed one per line (blank lines ignored)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class ActorDialog(FormDialog):
    """Show and edit one actor.

    Inputs by objectName: ``name``, ``kind``, ``country``, ``office``, ``aliases`` (one per
    line), the list ``actorItems``, ``errorLabel``, ``saveButton``, ``cancelButton``.
    """

    item_requested = Signal(int)
    """The id of an item the user asked to see (double-click or Enter in the list)."""

    def __init__(
        self, detail: ActorDetail, submit: ActorSubmit, *, parent: QWidget | None = None
    ) -> None:
        """Build the form prefilled from ``detail``."""
        super().__init__(parent)
        self._detail = detail
        self._submit = submit
        self._result: object = None
        actor = detail.actor
        self.setObjectName("actorDialog")
        self.setWindowTitle(
            translate("ActorDialog", "Actor #{id} — {name}").format(id=actor.id, name=actor.name)
        )
        self.setMinimumWidth(760)

        layout = self.scrolling_body()
        form = QFormLayout()
        layout.addLayout(form)

        self._name = line_edit(
            "name", translate("ActorDialog", "The name the actor is listed under"), self
        )
        self._name.setText(actor.name)
        add_labelled_row(form, translate("ActorDialog", "&Name"), self._name)
        self._kind = combo_of(ACTOR_KINDS, actor.kind, "kind", self, actor_kind_name)
        add_labelled_row(form, translate("ActorDialog", "&Kind"), self._kind)
        self._country = line_edit("country", translate("ActorDialog", "e.g. Pakistan"), self)
        self._country.setText(actor.country)
        add_labelled_row(form, translate("ActorDialog", "&Country"), self._country)
        self._office = line_edit(
            "office", translate("ActorDialog", "e.g. Deputy Prime Minister of Pakistan"), self
        )
        self._office.setText(actor.title)
        add_labelled_row(form, translate("ActorDialog", "&Office"), self._office)
        self._aliases = text_edit(
            "aliases",
            translate("ActorDialog", "Other names in reporting, one per line (Ctrl+Enter saves)"),
            4,
            self,
        )
        self._aliases.setPlainText("\n".join(actor.aliases))
        add_labelled_row(form, translate("ActorDialog", "&Aliases"), self._aliases)
        self.save_on_ctrl_enter(self._aliases)

        count = detail.item_count
        items_label = QLabel(translate("ActorDialog", "&Items ({count})").format(count=count), self)
        self._items_model = ActorItemsModel(detail.items, self)
        self._items_model.reload()
        self._items = make_table("actorItems", translate("ActorDialog", "The actor's items"))
        self._items.setParent(self)
        self._items.setModel(self._items_model)
        for column, width in enumerate(_WIDTHS):
            self._items.setColumnWidth(column, width)
        self._items.setMinimumHeight(self._items.verticalHeader().defaultSectionSize() * 9)
        self._items.installEventFilter(self)
        self._items.doubleClicked.connect(self._open_item)
        items_label.setBuddy(self._items)
        layout.addWidget(items_label)
        layout.addWidget(self._items, 1)
        hint = QLabel(
            translate("ActorDialog", "Double-click an item (or press Enter on it) to open it.")
            if detail.items
            else translate("ActorDialog", "This actor takes part in no item yet."),
            self,
        )
        mark_hint(hint)
        layout.addWidget(hint)

        self._initial_state = self._state()
        for signal in (
            self._name.textChanged,
            self._kind.currentIndexChanged,
            self._country.textChanged,
            self._office.textChanged,
            self._aliases.textChanged,
        ):
            signal.connect(self.clear_field_errors)
        self._name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- public API -----------------------------------------------------------------------

    @property
    def submitted(self) -> object:
        """What ``submit`` returned when saving; ``None`` until saved (or if nothing changed)."""
        return self._result

    def patch(self) -> ActorPatch:
        """The fields that differ from the actor as it was opened."""
        actor = self._detail.actor
        name, country, office = (w.text() for w in (self._name, self._country, self._office))
        aliases = aliases_from_text(self._aliases.toPlainText())
        kind = str(self._kind.currentData())
        return ActorPatch(
            name=name if name.strip() != actor.name else None,
            kind=kind if kind != actor.kind else None,
            country=country if country.strip() != actor.country else None,
            title=office if office.strip() != actor.title else None,
            aliases=aliases if tuple(aliases) != actor.aliases else None,
        )

    def save(self) -> None:
        """Hand the changed fields to ``submit`` and close; on an error stay open and say why."""
        self.clear_field_errors()
        patch = self.patch()
        if patch == ActorPatch():
            self.accept()
            return
        try:
            self._result = self._submit(patch)
        except ValidationError as error:
            self.show_field_error(error_text(error), self._widget_for(error.field))
            return
        except PakruError as error:
            self.show_field_error(error_text(error), None)
            return
        self.accept()

    def has_input(self) -> bool:
        """Whether anything differs from the form as it was opened."""
        return self._state() != self._initial_state

    def discard_question(self) -> str:
        """Asked before Cancel or Escape throws away what was typed."""
        return translate("ActorDialog", "Discard your changes to this actor?")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter in the item list opens the item instead of pressing Save."""
        if (
            watched is self._items
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._open_item(self._items.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # -- internals ------------------------------------------------------------------------

    def _open_item(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        item_id = self._items_model.id_at(index.row())
        self.reject()  # asks first if edits would be lost
        if not self.isVisible():
            self.item_requested.emit(item_id)

    def _state(self) -> tuple[object, ...]:
        return (
            self._name.text(),
            self._kind.currentIndex(),
            self._country.text(),
            self._office.text(),
            self._aliases.toPlainText(),
        )

    def _widget_for(self, field: str | None) -> QWidget | None:
        return {
            "name": self._name,
            "kind": self._kind,
            "country": self._country,
            "title": self._office,
            "aliases": self._aliases,
        }.get(field or "")
