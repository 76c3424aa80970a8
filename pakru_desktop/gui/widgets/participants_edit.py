"""A compact list of participants: each row a name (completing known actors) and a role.

A name nobody knows yet is fine: the services create the actor when the item is saved.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.vocabulary import ROLES, check_role
from pakru_desktop.gui.icons import icon
from pakru_desktop.gui.vocabulary_names import role_name

translate = QCoreApplication.translate

DEFAULT_ROLE = "participant"


class _Row:
    """The widgets of one participant row."""

    def __init__(self, owner: ParticipantsEdit, model: QStringListModel) -> None:
        self.widget = QWidget(owner)
        self.name = QLineEdit(self.widget)
        self.name.setPlaceholderText(
            translate("ParticipantsEdit", "Name of a person, organisation or state")
        )
        self.name.setAccessibleName(translate("ParticipantsEdit", "Participant name"))
        completer = QCompleter(model, self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Matching anywhere lets "lavrov" find "Sergey Lavrov".
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.role = QComboBox(self.widget)
        self.role.setAccessibleName(translate("ParticipantsEdit", "Participant role"))
        for term in ROLES:
            self.role.addItem(role_name(term.code), term.code)
        # The role gives way before the name does: a name cut to five letters is unreadable,
        # a role's first letters still say which it is (the list shows them whole).
        self.role.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role.setMinimumContentsLength(9)
        metrics = self.name.fontMetrics()
        self.name.setMinimumWidth(metrics.averageCharWidth() * 16)
        self.remove = QToolButton(self.widget)
        self.remove.setText(translate("ParticipantsEdit", "Remove"))
        self.remove.setIcon(icon("delete"))
        self.remove.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.remove.setToolTip(translate("ParticipantsEdit", "Remove this participant"))
        self.remove.setAccessibleName(translate("ParticipantsEdit", "Remove participant"))

        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.role)
        layout.addWidget(self.remove)

    def number(self, index: int) -> None:
        """Give the row's inputs the objectNames of row ``index``."""
        self.widget.setObjectName(f"participantRow{index}")
        self.name.setObjectName(f"participantName{index}")
        self.role.setObjectName(f"participantRole{index}")
        self.remove.setObjectName(f"participantRemove{index}")

    def set_role(self, code: str) -> None:
        """Select ``code`` (a role code or label); unknown roles raise ``ValidationError``."""
        self.role.setCurrentIndex(self.role.findData(check_role(code)))


class ParticipantsEdit(QWidget):
    """Rows of (name, role) with an "Add participant" button under them.

    Inputs are named ``participantName<i>``, ``participantRole<i>`` and
    ``participantRemove<i>`` in row order; the button is ``addParticipant``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build an empty list (no rows) with its add button."""
        super().__init__(parent)
        self._names = QStringListModel(self)
        self._rows: list[_Row] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        self._add = QPushButton(translate("ParticipantsEdit", "Add partic&ipant"), self)
        self._add.setObjectName("addParticipant")
        self._add.setToolTip(translate("ParticipantsEdit", "Add a row for another participant"))
        self._add.clicked.connect(self._on_add_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self._add, 0, Qt.AlignmentFlag.AlignLeft)

    # -- public API -----------------------------------------------------------------------

    def setActorNames(self, names: Iterable[str]) -> None:
        """Names (and aliases) offered when completing a participant's name."""
        self._names.setStringList(list(dict.fromkeys(names)))

    def participants(self) -> list[tuple[str, str]]:
        """(name, role code) for every row with a name, in row order."""
        result = []
        for row in self._rows:
            name = " ".join(row.name.text().split())
            if name:
                result.append((name, str(row.role.currentData())))
        return result

    def setParticipants(self, participants: Iterable[tuple[str, str]]) -> None:
        """Replace the rows; a row may have an empty name (a blank row with a preset role)."""
        wanted = list(participants)
        for row in list(self._rows):
            self._drop(row)
        for name, role in wanted:
            row = self._append_row()
            row.name.setText(name)
            row.name.setCursorPosition(0)  # a long name shows its beginning
            row.set_role(role)
        self.changed.emit()

    def addRow(self, name: str = "", role: str = DEFAULT_ROLE) -> QLineEdit:
        """Append a row and return its name edit."""
        row = self._append_row()
        row.name.setText(name)
        row.name.setCursorPosition(0)  # a long name shows its beginning
        row.set_role(role)
        self.changed.emit()
        return row.name

    def rowCount(self) -> int:
        """How many rows are shown, blank ones included."""
        return len(self._rows)

    def nameEdit(self, index: int) -> QLineEdit:
        """The name edit of row ``index``."""
        return self._rows[index].name

    def addButton(self) -> QPushButton:
        """The "Add participant" button."""
        return self._add

    def focusTarget(self) -> QWidget:
        """Where keyboard focus should go when the list as a whole is chosen."""
        return self._rows[0].name if self._rows else self._add

    def inputs(self) -> list[QWidget]:
        """Every input in tab order: name, role and remove button of each row, then add."""
        widgets: list[QWidget] = []
        for row in self._rows:
            widgets += [row.name, row.role, row.remove]
        return [*widgets, self._add]

    # -- internals ------------------------------------------------------------------------

    def _on_add_clicked(self) -> None:
        self.addRow().setFocus(Qt.FocusReason.OtherFocusReason)

    def _append_row(self) -> _Row:
        row = _Row(self, self._names)
        row.number(len(self._rows))
        row.name.textChanged.connect(self.changed)
        row.role.currentIndexChanged.connect(self.changed)
        row.remove.clicked.connect(lambda _checked=False, r=row: self._remove(r))
        self._rows.append(row)
        self._rows_layout.addWidget(row.widget)
        self._fix_tab_order()
        return row

    def _remove(self, row: _Row) -> None:
        index = self._rows.index(row)
        focused = QApplication.focusWidget()
        had_focus = focused is not None and row.widget.isAncestorOf(focused)
        self._drop(row)
        if had_focus:
            # Keep the keyboard where the person was working instead of losing focus.
            target = self._rows[min(index, len(self._rows) - 1)].name if self._rows else self._add
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _drop(self, row: _Row) -> None:
        self._rows.remove(row)
        self._rows_layout.removeWidget(row.widget)
        # Detach at once so findChild never sees the old row under a reused objectName.
        row.widget.hide()
        row.widget.setParent(None)
        row.widget.deleteLater()
        for index, remaining in enumerate(self._rows):
            remaining.number(index)

    def _fix_tab_order(self) -> None:
        # Rows created after the add button would otherwise be reached after it.
        chain = self.inputs()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
