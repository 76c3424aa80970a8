"""One page of the main window: the filter bar, the table of one kind, the detail pane."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import STATUSES, Kind
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.detail_pane import DetailPane
from pakru_desktop.gui.filter_bar import FilterBar
from pakru_desktop.gui.first_show import ReadOnFirstShow
from pakru_desktop.gui.status_chips import StatusChipDelegate, chip_size
from pakru_desktop.gui.suggestions import Suggestions
from pakru_desktop.gui.table_models import STATUS_CODE_ROLE, ItemTableModel
from pakru_desktop.gui.vocabulary_names import status_name
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import Changes

translate = QCoreApplication.translate

# Fixed widths: sizing columns to their contents would read every row (minutes at 100k).
COLUMN_WIDTHS = {
    "#": 48,
    "Title": 360,
    "Type": 84,
    "Legal nature": 110,
    "Status": 110,
    "Location": 120,
    "Sectors": 160,
    "Participants": 220,
}
# Date columns fit the longest form a date takes (a span across months), in the table's font.
WIDEST_DATE = "28 Nov – 12 Dec 2025"
DATE_COLUMNS = ("Date", "Due")


def make_table(name: str, label: str) -> QTableView:
    """A read-only, row-selecting, sortable table view with fixed row heights; ``label`` is
    what a screen reader calls it."""
    table = QTableView(objectName=name)
    table.setAccessibleName(label)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


def _list_name(kind: Kind) -> str:
    # What a screen reader calls the table of one kind.
    names = {
        Kind.EVENT: translate("ItemPage", "List of events"),
        Kind.AGREEMENT: translate("ItemPage", "List of agreements"),
        Kind.PROJECT: translate("ItemPage", "List of projects"),
        Kind.COMMITMENT: translate("ItemPage", "List of commitments"),
    }
    return names[kind]


class ItemPage(QWidget, ReadOnFirstShow):
    """Browse, filter, select and edit the items of one kind."""

    count_changed = Signal()
    selection_changed = Signal()

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        kind: Kind,
        today: Callable[[], dt.date],
        suggestions: Suggestions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{kind.plural}")
        self.suggestions = suggestions
        self.db, self.kind = db, kind
        self.filter_bar = FilterBar(kind, today=today)
        self.model = ItemTableModel(db, kind, self, today=today)
        self.table = make_table(f"table_{kind.plural}", _list_name(kind))
        self.table.setModel(self.model)
        # Statuses as chips; the cell's words stay what sorting, copying and readers use.
        self.table.setItemDelegateForColumn(
            self.model.status_column, StatusChipDelegate(STATUS_CODE_ROLE, self.table)
        )
        # The indicator first: enabling sorting sorts by it at once (newest first).
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column(), Qt.SortOrder.DescendingOrder
        )
        self.table.setSortingEnabled(True)
        date_width = self.table.fontMetrics().horizontalAdvance(WIDEST_DATE) + 16
        for column, title in enumerate(self.model.column_headers()):
            width = date_width if title in DATE_COLUMNS else COLUMN_WIDTHS.get(title, 120)
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(self.model.status_column, self._status_width())
        self.detail = DetailPane(db, hub, undo_stack, kind, today)
        self.detail.navigate.connect(self._navigate_here_or_elsewhere)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName=f"split_{kind.plural}")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.filter_bar.filter_changed.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(lambda *_: self.count_changed.emit())
        self.model.loading_changed.connect(self._loading_changed)
        self.model.load_failed.connect(self._load_failed)
        hub.changed.connect(self.on_changes)
        self._shown_id: int | None = None
        self._placing = False
        self._offered: tuple[list[str], list[str]] | None = None
        self._navigate_elsewhere: Callable[[int], None] | None = None

    # Loading and filtering -------------------------------------------------------------
    def load(self) -> None:
        """Read the list, and offer the sectors and names in use."""
        self.loaded = True
        self._offer_suggestions()
        self.model.reload()

    def _offer_suggestions(self) -> None:
        # The same lists as last time (nothing they hold changed): nothing to offer anew.
        offered = (self.suggestions.actor_names(), self.suggestions.sectors())
        same = self._offered is not None and all(map(operator.is_, offered, self._offered))
        if same:
            return
        self._offered = offered
        self.filter_bar.set_sectors(offered[1])
        self.detail.set_suggestions(*offered)

    def apply_filter(self, flt: ItemFilter) -> None:
        """Show the items matching ``flt``."""
        if not self.keep_edits():
            return
        self.model.set_filter(flt)

    def current_filter(self) -> ItemFilter:
        """The filter now applied to the list."""
        return self.model.filter

    def is_loading(self) -> bool:
        """True while the list is being read (the previous one stays shown meanwhile)."""
        return self.model.is_loading()

    def _loading_changed(self, loading: bool) -> None:
        # The list stays usable while a long one is read; the cursor over it says so.
        if loading:
            self.table.viewport().setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.table.viewport().unsetCursor()
        self.count_changed.emit()

    def _load_failed(self, message: str) -> None:
        QMessageBox.warning(self, translate("ItemPage", "The list could not be read"), message)

    def _after_reset(self) -> None:
        # Keep showing the same item if it is still in the list.
        self.count_changed.emit()
        if self._shown_id is not None:
            row = self.model.row_of_id(self._shown_id, load=False)
            if row is not None:
                self._select_row(row)
                return
            if self.detail.form.is_dirty():
                # Out of the list (a filter, a status change) but maybe not gone: keep the
                # unsaved edits on screen; refresh() clears them only if it was deleted.
                self.detail.refresh()
                if self.detail.item_id() is not None:
                    self.table.clearSelection()
                    return
            # Deleted, or no longer matching the filter.
            self._shown_id = None
            self.detail.placeholder()
            self.selection_changed.emit()
        self.table.clearSelection()

    def on_changes(self, changes: Changes) -> None:
        """Refresh what a service call touched, if this page shows it."""
        if not self.loaded:
            return  # it reads everything when first shown
        if {"items", "follow_ups", "links", "actors"} & changes.tables:
            # A few items: moved, added or dropped in place; else the list is read again.
            # Removing the selected row moves the selection on: not a choice of the user's.
            self._placing = True
            try:
                placed = self.model.place(changes.item_ids)
            finally:
                self._placing = False
            if placed:
                self._after_reset()
            else:
                self.model.reload(keep=self.model.rowCount())
        touched = self._shown_id in changes.item_ids or "links" in changes.tables
        if self._shown_id is not None and touched:
            self.detail.refresh()
        if "actors" in changes.tables or "items" in changes.tables:
            self._offer_suggestions()

    # Selection -------------------------------------------------------------------------
    def keep_edits(self) -> bool:
        """Ask about unsaved edits; False means stay on the current item."""
        if not self.detail.form.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            translate("ItemPage", "Unsaved changes"),
            translate("ItemPage", "Save your changes to this item before leaving it?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.detail.form.save()
            return not self.detail.form.is_dirty()
        if answer == QMessageBox.StandardButton.Discard:
            self.detail.form.revert()
            return True
        return False

    def _current_changed(self, current, previous) -> None:
        if not current.isValid() or self._placing:
            return
        item_id = self.model.id_at(current.row())
        if item_id == self._shown_id:
            return
        if not self.keep_edits():
            # Put the selection back without re-entering this slot.
            self.table.selectionModel().blockSignals(True)
            if previous.isValid():
                self._select_row(previous.row())
            self.table.selectionModel().blockSignals(False)
            return
        self._shown_id = item_id
        self.detail.show_item(item_id)
        self.selection_changed.emit()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _status_width(self) -> int:
        # The widest status chip of this kind in the window's language, and the warning
        # mark an overdue item has beside it.
        metrics = self.table.fontMetrics()
        widest = max(chip_size(metrics, status_name(self.kind, t.code)).width()
                     for t in STATUSES[self.kind])  # fmt: skip
        return widest + metrics.height() + 16

    def select_item(self, item_id: int) -> bool:
        """Select and show ``item_id``, clearing filters that hide it; False if absent.

        While a long list is being read, the item is shown at once and its row selected
        when the list arrives.
        """
        row = self.model.row_of_id(item_id)
        if row is None and self.model.filter != ItemFilter(self.kind):
            self.filter_bar.clear()
            row = self.model.row_of_id(item_id)
        if row is None and self.model.is_loading() and self.keep_edits():
            self._shown_id = item_id
            self.table.clearSelection()
            self.detail.show_item(item_id)
            self.selection_changed.emit()
            return True
        if row is None:
            return False
        self._select_row(row)
        return True

    def selected_id(self) -> int | None:
        """The id of the item selected, if any."""
        return self._shown_id if self.detail.item_id() is not None else None

    def set_navigator(self, navigate: Callable[[int], None]) -> None:
        """How to open a linked item of another kind (the main window switches pages)."""
        self._navigate_elsewhere = navigate

    def _navigate_here_or_elsewhere(self, item_id: int) -> None:
        if self._navigate_elsewhere is not None:
            self._navigate_elsewhere(item_id)
