"""The base of the Actors and Sources pages: a search box over a paged table."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from pakru_desktop.gui.item_page import make_table
from pakru_desktop.gui.paged_model import PagedTableModel
from pakru_desktop.services.records import Changes

WIDTHS = {
    "#": 48,
    "Name": 240,
    "Kind": 100,
    "Country": 120,
    "Published": 110,
    "Publisher": 220,
    "Title": 420,
}


class RecordPage(QWidget):
    """A searchable list of actors or sources."""

    count_changed = Signal()

    def __init__(self, name: str, model: PagedTableModel, tables: set[str], hint: str) -> None:
        super().__init__()
        self.setObjectName(f"page_{name}")
        self.model = model
        self._tables = tables
        self.filter_text = QLineEdit(objectName="filterText")
        self.filter_text.setPlaceholderText("Filter  (Ctrl+F)")
        self.filter_text.setClearButtonEnabled(True)
        self.table = make_table(f"table_{name}")
        self.table.setModel(model)
        for column, title in enumerate(model.column_headers()):
            self.table.setColumnWidth(column, WIDTHS.get(title, 160))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_text)
        layout.addWidget(self.table)
        if hint:
            note = QLabel(hint)
            note.setProperty("role", "hint")
            layout.addWidget(note)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._search)
        self.filter_text.textChanged.connect(self._timer.start)
        model.modelReset.connect(self.count_changed.emit)
        model.rowsInserted.connect(lambda *_: self.count_changed.emit())

    def load(self) -> None:
        """Query the first page."""
        self.model.reload()

    def _search(self) -> None:
        self.model.search = self.filter_text.text().strip()  # type: ignore[attr-defined]
        self.model.reload()

    def on_changes(self, changes: Changes) -> None:
        """Reload when the records shown changed."""
        if self._tables & changes.tables:
            self.model.reload(keep=self.model.rowCount())
