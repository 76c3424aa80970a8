"""A small read-only list model over records already held (evidence, follow-ups, links)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Record = TypeVar("Record")
Index = QModelIndex | QPersistentModelIndex


class RecordListModel(QAbstractListModel, Generic[Record]):
    """Shows each record as one line of text, with an optional tooltip."""

    def __init__(
        self,
        text: Callable[[Record], str],
        tooltip: Callable[[Record], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._text, self._tooltip = text, tooltip
        self._records: list[Record] = []

    def set_records(self, records: Sequence[Record]) -> None:
        """Replace every record."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Record:
        """The record in ``row``."""
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record) if self._tooltip else self._text(record)
        return None
