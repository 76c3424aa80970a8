"""The base of the Actors and Sources pages: a search box over a paged table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pakru_desktop.gui.first_show import ReadOnFirstShow
from pakru_desktop.gui.icons import icon
from pakru_desktop.gui.id_table_model import IdTableModel
from pakru_desktop.gui.item_page import make_table
from pakru_desktop.gui.widgets.marks import mark_hint
from pakru_desktop.services.records import Changes

translate = QCoreApplication.translate

WIDTHS = {
    "#": 48,
    "Name": 240,
    "Kind": 100,
    "Country": 120,
    "Published": 110,
    "Publisher": 220,
    "Title": 420,
}


def _list_name(name: str) -> str:
    # What a screen reader calls the page's table.
    names = {
        "actors": translate("RecordPages", "List of actors"),
        "sources": translate("RecordPages", "List of sources"),
    }
    return names.get(name, name)


class RecordPage(QWidget, ReadOnFirstShow):
    """A searchable list of actors or sources."""

    count_changed = Signal()

    def __init__(self, name: str, model: IdTableModel, tables: set[str], hint: str) -> None:
        super().__init__()
        self.setObjectName(f"page_{name}")
        self.model = model
        self._tables = tables
        self.filter_text = QLineEdit(objectName="filterText")
        self.filter_text.setAccessibleName(translate("RecordPages", "Filter"))
        self.filter_text.setPlaceholderText(translate("RecordPages", "Filter  (Ctrl+F)"))
        self.filter_text.setClearButtonEnabled(True)
        self.table = make_table(f"table_{name}", _list_name(name))
        self.table.setModel(model)
        for column, title in enumerate(model.column_headers()):
            self.table.setColumnWidth(column, WIDTHS.get(title, 160))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_text)
        layout.addWidget(self.table)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)  # a long hint (Russian's) must not widen the window
            mark_hint(note)
            layout.addWidget(note)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._search)
        self.filter_text.textChanged.connect(self._timer.start)
        model.modelReset.connect(self.count_changed.emit)
        model.rowsInserted.connect(lambda *_: self.count_changed.emit())
        # Widgets that act on the selected record, enabled only while one is selected.
        self._on_selection: list[QWidget | QAction] = []
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        model.modelReset.connect(self._update_buttons)

    def add_buttons(self, *buttons: QPushButton, need_selection: tuple[QPushButton, ...]) -> None:
        """Put ``buttons`` beside the filter (the table keeps the height); those in
        ``need_selection`` are enabled only while a record is selected."""
        top = QHBoxLayout()
        layout = self.layout()
        layout.removeWidget(self.filter_text)
        top.addWidget(self.filter_text, 1)
        for button in buttons:
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.insertLayout(0, top)  # type: ignore[attr-defined]
        self._on_selection += need_selection
        self._update_buttons()

    def add_delete_action(self, text: str, delete: Callable[[], object]) -> QAction:
        """The Delete key deletes the selected record, while the table has focus only, so
        the key still deletes text in the filter."""
        action = QAction(icon("delete"), text, self.table)
        action.setShortcut(QKeySequence.StandardKey.Delete)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: delete())
        self.table.addAction(action)
        self._on_selection.append(action)
        self._update_buttons()
        return action

    def selected_id(self) -> int | None:
        """The id of the selected record, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_record(self, record_id: int) -> bool:
        """Select ``record_id`` in the table if the current search shows it."""
        row = self.model.row_of_id(record_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show_record(self, record_id: int) -> bool:
        """Select ``record_id``, emptying the filter first if it hides the record; False if
        there is no such record."""
        if self.select_record(record_id):
            return True
        self.filter_text.clear()
        self._search()
        self._timer.stop()  # the clearing started it; the search is done
        return self.select_record(record_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for widget in self._on_selection:
            widget.setEnabled(chosen)

    def load(self) -> None:
        """Query the first page."""
        self.loaded = True
        self.model.reload()

    def _search(self) -> None:
        self.model.search = self.filter_text.text().strip()  # type: ignore[attr-defined]
        self.model.reload()

    def on_changes(self, changes: Changes) -> None:
        """Reload when the records shown changed, keeping the selected record selected."""
        if not self.loaded:
            return  # it reads everything when first shown
        if not self._tables & changes.tables:
            return
        selected = self.selected_id()
        self.model.reload(keep=self.model.rowCount())
        if selected is not None:
            self.select_record(selected)
        self._update_buttons()
