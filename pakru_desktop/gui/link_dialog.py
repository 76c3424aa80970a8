"""The Link dialog: link one item to another (implements, fulfils, follows up, part of, mentions).

The dialog only gathers the link type, the target and a note; what happens on OK
is the ``submit`` callable it is given (usually an undo command calling
``services.links.add_link``), so it works for any caller and any undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.domain.vocabulary import LINK_TYPES, Kind
from pakru_desktop.gui.errors import error_text, show_error
from pakru_desktop.gui.search_results import ItemResults, describe_item, is_key_down
from pakru_desktop.gui.vocabulary_names import link_type_name
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import ItemRow

translate = QCoreApplication.translate

describe = describe_item


def sentence(kind: Kind, link_type: str) -> str | None:
    """How a link of ``link_type`` from an item of ``kind`` reads, with ``{target}`` for
    the item linked to: "This event follows up {target}". None for an unknown type."""
    sentences = {
        (Kind.EVENT, "implements"): translate("LinkDialog", "This event implements {target}"),
        (Kind.EVENT, "fulfils"): translate("LinkDialog", "This event fulfils {target}"),
        (Kind.EVENT, "follows-up"): translate("LinkDialog", "This event follows up {target}"),
        (Kind.EVENT, "part-of"): translate("LinkDialog", "This event is part of {target}"),
        (Kind.EVENT, "mentions"): translate("LinkDialog", "This event mentions {target}"),
        (Kind.AGREEMENT, "implements"): translate(
            "LinkDialog", "This agreement implements {target}"
        ),
        (Kind.AGREEMENT, "fulfils"): translate("LinkDialog", "This agreement fulfils {target}"),
        (Kind.AGREEMENT, "follows-up"): translate(
            "LinkDialog", "This agreement follows up {target}"
        ),
        (Kind.AGREEMENT, "part-of"): translate("LinkDialog", "This agreement is part of {target}"),
        (Kind.AGREEMENT, "mentions"): translate("LinkDialog", "This agreement mentions {target}"),
        (Kind.PROJECT, "implements"): translate("LinkDialog", "This project implements {target}"),
        (Kind.PROJECT, "fulfils"): translate("LinkDialog", "This project fulfils {target}"),
        (Kind.PROJECT, "follows-up"): translate("LinkDialog", "This project follows up {target}"),
        (Kind.PROJECT, "part-of"): translate("LinkDialog", "This project is part of {target}"),
        (Kind.PROJECT, "mentions"): translate("LinkDialog", "This project mentions {target}"),
        (Kind.COMMITMENT, "implements"): translate(
            "LinkDialog", "This commitment implements {target}"
        ),
        (Kind.COMMITMENT, "fulfils"): translate("LinkDialog", "This commitment fulfils {target}"),
        (Kind.COMMITMENT, "follows-up"): translate(
            "LinkDialog", "This commitment follows up {target}"
        ),
        (Kind.COMMITMENT, "part-of"): translate(
            "LinkDialog", "This commitment is part of {target}"
        ),
        (Kind.COMMITMENT, "mentions"): translate("LinkDialog", "This commitment mentions {target}"),
    }
    return sentences.get((kind, link_type))


class TargetModel(ItemResults):
    """Items that match a search, across all kinds, except the item being linked from."""

    def __init__(self, db: Database, exclude_id: int, parent: QObject | None = None) -> None:
        super().__init__(db, exclude_id, parent)


class LinkDialog(QDialog):
    """Choose a link type and a target item; OK calls ``submit(type_code, target_id, note)``."""

    def __init__(
        self,
        db: Database,
        from_item: ItemRow,
        submit: Callable[[str, int, str], object],
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(
            translate("LinkDialog", "Link #{id} {title}").format(
                id=from_item.id, title=from_item.title
            )
        )
        self.resize(640, 480)
        self._from = from_item
        self._submit = submit
        self.outcome: object = None
        """What ``submit`` returned, once the link is made."""

        self._type = QComboBox()
        self._type.setObjectName("linkType")
        for term in LINK_TYPES:
            self._type.addItem(link_type_name(term.code), term.code)
        self._sentence = QLabel()
        self._sentence.setObjectName("linkSentence")
        self._sentence.setWordWrap(True)

        self._search = QLineEdit()
        self._search.setObjectName("targetSearch")
        self._search.setPlaceholderText(
            translate("LinkDialog", "Words in a title, summary, place or participant")
        )
        self._search.setClearButtonEnabled(True)
        self._search.installEventFilter(self)

        self._model = TargetModel(db, from_item.id, self)
        self._targets = QListView()
        self._targets.setObjectName("targets")
        self._targets.setModel(self._model)
        self._targets.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self._targets.setUniformItemSizes(True)

        self._note = QLineEdit()
        self._note.setObjectName("linkNote")
        self._note.setPlaceholderText(
            translate("LinkDialog", "Optional: why these items are linked")
        )

        self._error = QLabel()
        self._error.setObjectName("errorLabel")
        self._error.setWordWrap(True)
        font = self._error.font()
        font.setBold(True)
        self._error.setFont(font)
        self._error.hide()

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(translate("LinkDialog", "&Link"))
        self._ok.setObjectName("okButton")
        self._ok.setDefault(True)
        self._buttons.accepted.connect(self.submit)
        self._buttons.rejected.connect(self.reject)

        form = QFormLayout()
        type_label = QLabel(translate("LinkDialog", "Link &type:"))
        type_label.setBuddy(self._type)
        form.addRow(type_label, self._type)
        form.addRow("", self._sentence)
        search_label = QLabel(translate("LinkDialog", "&Search:"))
        search_label.setBuddy(self._search)
        form.addRow(search_label, self._search)
        targets_label = QLabel(translate("LinkDialog", "T&o item:"))
        targets_label.setBuddy(self._targets)
        form.addRow(targets_label, self._targets)
        note_label = QLabel(translate("LinkDialog", "&Note:"))
        note_label.setBuddy(self._note)
        form.addRow(note_label, self._note)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self._error)
        layout.addWidget(self._buttons)

        self.setTabOrder(self._type, self._search)
        self.setTabOrder(self._search, self._targets)
        self.setTabOrder(self._targets, self._note)
        self.setTabOrder(self._note, self._buttons)

        self._type.currentIndexChanged.connect(self._update)
        self._search.textChanged.connect(self._run_search)
        self._targets.selectionModel().selectionChanged.connect(self._update)
        self._targets.doubleClicked.connect(self._double_clicked)
        self._run_search("")
        self._search.setFocus()

    # --- state ----------------------------------------------------------------------------

    def link_type(self) -> str:
        """The chosen link type code."""
        return str(self._type.currentData())

    def target(self) -> ItemRow | None:
        """The chosen target item, or None."""
        index = self._targets.currentIndex()
        if not index.isValid() or not self._targets.selectionModel().isSelected(index):
            return None
        return self._model.row_at(index.row())

    def select_target(self, item_id: int) -> bool:
        """Select item ``item_id`` in the list if it is shown there."""
        row = self._model.row_of(item_id)
        if row < 0:
            return False
        self._targets.selectionModel().setCurrentIndex(
            self._model.index(row),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )
        return True

    # --- actions --------------------------------------------------------------------------

    def submit(self) -> None:
        """Make the link through ``submit``; keep the dialog open with the sentence on error."""
        target = self.target()
        if target is None:
            self._show_error(translate("LinkDialog", "Choose the item to link to."))
            return
        try:
            self.outcome = self._submit(self.link_type(), target.id, self._note.text().strip())
        except PakruError as error:
            self._show_error(error_text(error))
            return
        except Exception as error:  # a bug: crash dialog with details, dialog stays open
            show_error(self, error)
            return
        self.accept()

    def _double_clicked(self, index: QModelIndex) -> None:
        item = self._model.row_at(index.row()) if index.isValid() else None
        if item is not None:
            # The row under the pointer is the target, whatever the selection was.
            self.select_target(item.id)
            self.submit()

    def _run_search(self, text: str) -> None:
        chosen = self.target()
        self._model.search(text)
        # Keep the chosen target selected while it still matches.
        if chosen is not None:
            self.select_target(chosen.id)
        self._update()

    def _update(self) -> None:
        self._error.hide()
        target = self.target()
        shown = describe(target) if target is not None else "…"
        text = sentence(self._from.kind, self.link_type())
        # Every link type has its sentences; one this version does not know shows its words.
        self._sentence.setText(
            text.format(target=shown) if text else f"{self._type.currentText()}: {shown}"
        )
        self._ok.setEnabled(target is not None)

    def _show_error(self, message: str) -> None:
        self._error.setText(message)
        self._error.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down in the search line moves into the list, so the keyboard reaches the targets."""
        if watched is self._search and is_key_down(event):
            first = self._model.row_at(0)
            if first is not None:
                self._targets.setFocus(Qt.FocusReason.TabFocusReason)
                if self.target() is None:
                    self.select_target(first.id)
                return True
        return super().eventFilter(watched, event)
