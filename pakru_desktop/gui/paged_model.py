"""A table model that fetches its rows from a service one page at a time.

Qt asks ``canFetchMore``/``fetchMore`` as the view scrolls, so a list of
100,000 records opens with one page loaded; nothing loads the whole table.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# Headers are English words marked with QT_TRANSLATE_NOOP("Columns", …) where the columns
# are made (``table_models``); they are translated here, where they are shown.
HEADER_CONTEXT = "Columns"

Row = TypeVar("Row")
PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header (English, translated when shown), how a row is shown, and an
    optional tooltip."""

    header: str
    text: Callable[[Row], str]
    tooltip: Callable[[Row], str] | None = None
    align_right: bool = False


class ColumnsModel(QAbstractTableModel, Generic[Row]):
    """A table of ``Row`` records in given columns: headers and how each cell reads."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return translate(HEADER_CONTEXT, self._columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What cell ``column`` of the record ``row`` shows for ``role``."""
        if not 0 <= column < len(self._columns):
            return None
        spec = self._columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.tooltip(row) if spec.tooltip else spec.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def column_headers(self) -> list[str]:
        """The headers, left to right, in English (as the columns were made)."""
        return [c.header for c in self._columns]


class PagedTableModel(ColumnsModel[Row]):
    """Rows of ``Row`` records fetched in pages; subclasses say how to count and fetch."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[Row] = []
        self._total = 0

    # What subclasses provide -------------------------------------------------------
    def count_rows(self) -> int:
        """How many rows the current query has in all."""
        raise NotImplementedError

    def fetch_rows(self, offset: int, limit: int) -> Sequence[Row]:
        """Rows ``offset`` to ``offset + limit`` of the current query."""
        raise NotImplementedError

    def row_id(self, row: Row) -> int:
        """The record id of a row, for selection and navigation."""
        return int(row.id)  # type: ignore[attr-defined]

    # Loading -------------------------------------------------------------------------
    def reload(self, keep: int = 0) -> None:
        """Query again; keep at least ``keep`` rows loaded so the view does not jump."""
        self.beginResetModel()
        try:
            self._total = self.count_rows()
            wanted = max(PAGE_SIZE, keep)
            self._rows = list(self.fetch_rows(0, wanted)) if self._total else []
        finally:
            self.endResetModel()

    def total(self) -> int:
        """How many rows match, loaded or not."""
        return self._total

    def row_at(self, row: int) -> Row:
        """The record shown in ``row``."""
        return self._rows[row]

    def id_at(self, row: int) -> int:
        """The record id shown in ``row``."""
        return self.row_id(self._rows[row])

    def row_of_id(self, record_id: int, load: bool = True) -> int | None:
        """The row showing ``record_id``, fetching further pages if needed (and allowed)."""
        while True:
            for n, row in enumerate(self._rows):
                if self.row_id(row) == record_id:
                    return n
            if not (load and self.canFetchMore()):
                return None
            self.fetchMore()

    # Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        start = len(self._rows)
        more = list(self.fetch_rows(start, PAGE_SIZE))
        if not more:
            # The data shrank under us (another program deleted rows); stop asking.
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
