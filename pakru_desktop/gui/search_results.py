"""The short lists of search results in the link, evidence and merge dialogs: records
matching the words typed, each shown on one line, with its id as user data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.gui.vocabulary_names import kind_name
from pakru_desktop.services import queries
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import ItemRow

ModelIndex = QModelIndex | QPersistentModelIndex
LIMIT_PER_KIND = 50


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=_HasId)


class SearchResults(QAbstractListModel, Generic[R]):
    """Rows found by ``search``; subclasses say how to search and how a row reads."""

    # At most this many rows are shown (None: all that ``find`` returns).
    limit: int | None = None

    def __init__(self, db: Database, exclude_id: int | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._exclude = db, exclude_id
        self._rows: list[R] = []

    def search(self, text: str) -> None:
        """Show the records matching ``text`` (the one excluded left out)."""
        found = [row for row in self.find(text.strip()) if row.id != self._exclude]
        found = found[: self.limit] if self.limit is not None else found
        self.beginResetModel()
        self._rows = found
        self.endResetModel()

    def find(self, text: str) -> Sequence[R]:
        """The records matching ``text``; subclasses implement it."""
        raise NotImplementedError

    def line(self, row: R) -> str:
        """How a record reads in the list."""
        raise NotImplementedError

    def tip(self, row: R) -> str:
        """The tooltip of a record."""
        raise NotImplementedError

    def row_at(self, row: int) -> R | None:
        """The record shown in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int:
        """The row showing record ``record_id``, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """How many records are shown (a list has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The line shown, a tooltip, and the record's id as user data."""
        record = self.row_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.line(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(record)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None


def is_key_down(event: QEvent) -> bool:
    """Whether ``event`` is a press of the Down key (from a search line into its results)."""
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() == Qt.Key.Key_Down
    )


def describe_item(row: ItemRow) -> str:
    """``#12 · Project · Jul 2025 · Title`` — an item on one line."""
    return f"#{row.id} · {kind_name(row.kind)} · {shown_date(row.date)} · {row.title}"


class ItemResults(SearchResults[ItemRow]):
    """Up to ``LIMIT_PER_KIND`` items of each kind whose fields contain the words typed."""

    def __init__(
        self,
        db: Database,
        exclude_id: int | None = None,
        parent: QObject | None = None,
        *,
        newest_first: bool = False,
    ) -> None:
        super().__init__(db, exclude_id, parent)
        self._newest_first = newest_first

    def find(self, text: str) -> Sequence[ItemRow]:
        """Each kind in turn, by date."""
        rows: list[ItemRow] = []
        for kind in Kind:
            rows.extend(
                queries.list_items(
                    self._db,
                    ItemFilter(kind, text=text),
                    descending=self._newest_first,
                    limit=LIMIT_PER_KIND,
                )
            )
        return rows

    def line(self, row: ItemRow) -> str:
        """``#id · kind · date · title``."""
        return describe_item(row)

    def tip(self, row: ItemRow) -> str:
        """The whole title."""
        return row.title
