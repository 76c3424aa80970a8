"""The table models behind each list: items of one kind, actors, sources.

Each asks the services for one page at a time (see ``paged_model``); sorting
and filtering happen in the database query, never over loaded rows.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable, Collection, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from pakru_desktop.domain.item_filter import ItemFilter, SortKey
from pakru_desktop.domain.overdue import Lateness, lateness
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.date_words import (
    explained_date,
    lateness_heading,
    lateness_reason,
    shown_date,
)
from pakru_desktop.gui.id_table_model import IdTableModel
from pakru_desktop.gui.overdue_marks import overdue_brush, overdue_icon
from pakru_desktop.gui.paged_model import Column, Index
from pakru_desktop.gui.vocabulary_names import actor_kind_name, status_name, type_name
from pakru_desktop.services import queries
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import ActorRecord, ItemRow, SourceRecord

translate = QCoreApplication.translate

# More changed items than this read the list again rather than being placed one by one.
PLACE_AT_MOST = 50

# The status cell's code, for the chip's colour (its words are the display text).
STATUS_CODE_ROLE = Qt.ItemDataRole.UserRole + 7


def _type_label(row: ItemRow) -> str:
    return type_name(row.kind, row.type) if row.type else ""


def _people(row: ItemRow) -> str:
    return "; ".join(p.name for p in row.participants)


# Headers are kept in English (the views save their widths under them) and translated
# where they are shown, by the model's headerData.
STATUS = QT_TRANSLATE_NOOP("Columns", "Status")


def item_columns(kind: Kind) -> list[tuple[Column[ItemRow], SortKey | None]]:
    """The columns of a list of ``kind`` and the sort key each header click uses."""
    columns: list[tuple[Column[ItemRow], SortKey | None]] = [
        (
            Column(QT_TRANSLATE_NOOP("Columns", "#"), lambda r: str(r.id), align_right=True),
            SortKey.ID,
        ),
        (
            Column(
                QT_TRANSLATE_NOOP("Columns", "Date"),
                lambda r: shown_date(r.date),
                lambda r: explained_date(r.date),
            ),
            SortKey.DATE,
        ),
        (Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title), SortKey.TITLE),
    ]
    if kind is Kind.EVENT:
        columns.append((Column(QT_TRANSLATE_NOOP("Columns", "Type"), _type_label), SortKey.TYPE))
    if kind is Kind.AGREEMENT:
        columns.append(
            (Column(QT_TRANSLATE_NOOP("Columns", "Legal nature"), _type_label), SortKey.TYPE)
        )
    columns.append(
        (
            Column(STATUS, lambda r: status_name(r.kind, r.status), lambda r: r.status),
            SortKey.STATUS,
        )
    )
    if kind is not Kind.EVENT:
        columns.append(
            (
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Due"),
                    lambda r: shown_date(r.due) if r.due else "",
                    lambda r: (
                        explained_date(r.due) if r.due else translate("Columns", "No due date")
                    ),
                ),
                SortKey.DUE,
            )
        )
    columns += [
        (Column(QT_TRANSLATE_NOOP("Columns", "Location"), lambda r: r.location), SortKey.LOCATION),
        (Column(QT_TRANSLATE_NOOP("Columns", "Sectors"), lambda r: "; ".join(r.sectors)), None),
        (Column(QT_TRANSLATE_NOOP("Columns", "Participants"), _people), None),
    ]
    return columns


class ItemTableModel(IdTableModel[ItemRow]):
    """Items of one kind, filtered and sorted in SQL: every id of the list in order,
    rows read by id a page at a time (see ``id_table_model``).

    Overdue rows (as of ``today()``) carry a warning icon and a colour on their status,
    and a tooltip saying how late they are and why.
    """

    def __init__(
        self,
        db: Database,
        kind: Kind,
        parent: Any = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        spec = item_columns(kind)
        super().__init__([column for column, _ in spec], parent)
        self._sort_keys = [key for _, key in spec]
        self._status_column = [c.header for c, _ in spec].index(STATUS)
        self._db = db
        self.kind = kind
        self.today = today
        self.filter = ItemFilter(kind)
        self.sort_key = SortKey.DATE
        self.descending = True

    @property
    def status_column(self) -> int:
        """The column showing the status."""
        return self._status_column

    def lateness(self, row: ItemRow) -> Lateness | None:
        """How late the row's item is today; None if it is not overdue."""
        return lateness(row.kind, row.status, row.date, row.due, self.today())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        marks = (
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        )
        if role == STATUS_CODE_ROLE:
            if not index.isValid() or index.column() != self._status_column:
                return None
            try:
                return self.row_at(index.row()).status
            except (KeyError, IndexError):
                return None
        if role in marks and index.isValid() and index.column() == self._status_column:
            late = None
            if 0 <= index.row() < self.rowCount():
                try:
                    late = self.lateness(self.row_at(index.row()))
                except KeyError:  # deleted since the list was read
                    late = None
            if late is not None:
                if role == Qt.ItemDataRole.DecorationRole:
                    return overdue_icon()
                if role == Qt.ItemDataRole.ForegroundRole:
                    return overdue_brush(QGuiApplication.palette())
                return f"{lateness_heading(late)}. {lateness_reason(late)}"
        return super().data(index, role)

    def ids_reader(self) -> Callable[[], array[int]]:
        return partial(
            queries.item_ids, self._db, self.filter, sort=self.sort_key, descending=self.descending
        )

    def size_hint(self) -> int:
        return queries.largest_item_id(self._db)

    def load_rows(self, ids: Sequence[int]) -> Sequence[ItemRow]:
        return queries.item_rows(self._db, ids)

    def place(self, changed: Collection[int]) -> bool:
        """Put the rows of the items ``changed`` where the list now has them — moved, added,
        or dropped when they no longer match or are gone — reading only those items and
        the few rows a bisection looks at. False (nothing done) when the list should be
        read again instead: many items, or a read under way. Where only the database can
        tell the order (see ``queries.list_position``), the list is read again.
        """
        if not changed or len(changed) > PLACE_AT_MOST or self.is_loading():
            return False
        members = queries.matching_items(self._db, self.filter, changed)
        for item_id in changed:
            row = self.row_of_id(item_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
        for item_id in sorted(members):
            position = queries.list_position(
                self._db, self._ids, item_id, sort=self.sort_key, descending=self.descending
            )
            if position is None:
                self.reload()
                return True
            self.beginInsertRows(QModelIndex(), position, position)
            self._ids.insert(position, item_id)
            self.endInsertRows()
        self.forget_rows(set(changed))
        return True

    def set_filter(self, flt: ItemFilter) -> None:
        """Show the items matching ``flt`` (its kind must be this model's)."""
        self.filter = flt
        self.reload()

    def sort_column(self) -> int:
        """The column whose header shows the current sort."""
        return self._sort_keys.index(self.sort_key) if self.sort_key in self._sort_keys else 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._sort_keys[column] if 0 <= column < len(self._sort_keys) else None
        if key is None:
            return  # lists (sectors, participants) have no meaningful order
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.has_read():  # a view sorting a list not read yet only sets the order
            self.reload()


class ActorTableModel(IdTableModel[ActorRecord]):
    """People, organisations and states, by name."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "#"), lambda a: str(a.id), align_right=True),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Name"),
                    lambda a: a.name,
                    lambda a: "; ".join(a.aliases) or a.name,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda a: actor_kind_name(a.kind)),
                Column(QT_TRANSLATE_NOOP("Columns", "Country"), lambda a: a.country),
                Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda a: a.title),
            ],
            parent,
        )
        self._db = db
        self.search = ""

    def ids_reader(self) -> Callable[[], array[int]]:
        return partial(queries.actor_ids, self._db, self.search)

    def load_rows(self, ids: Sequence[int]) -> Sequence[ActorRecord]:
        return queries.actors_by_id(self._db, ids)


class SourceTableModel(IdTableModel[SourceRecord]):
    """Articles and documents, by publication date."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "#"), lambda s: str(s.id), align_right=True),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Published"),
                    lambda s: shown_date(s.published) if s.published else "",
                    lambda s: s.date_note or (explained_date(s.published) if s.published else ""),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Publisher"), lambda s: s.publisher),
                Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda s: s.title),
                Column(QT_TRANSLATE_NOOP("Columns", "URL"), lambda s: s.url or ""),
            ],
            parent,
        )
        self._db = db
        self.search = ""

    def ids_reader(self) -> Callable[[], array[int]]:
        return partial(queries.source_ids, self._db, self.search)

    def load_rows(self, ids: Sequence[int]) -> Sequence[SourceRecord]:
        return queries.sources_by_id(self._db, ids)
