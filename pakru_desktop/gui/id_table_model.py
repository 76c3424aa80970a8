"""A table model that holds every id of its list and fetches rows by id, a page at a time.

The whole order of a filtered, sorted list is one array of ids (8 bytes each: 8 MB for a
million), read in one query. So the view knows the real row count from the start and
scrolls anywhere at once, the row of any id is a lookup in that array (selecting an item
90% down a million-row list, following a link, a search hit, undo), and only the pages on
screen are read, by id — never the rows before them. Pages read are kept for a while
(least recently used first out), so scrolling back and forth reads nothing again.

Reading the ids of a long list is a scan, so a list that may be long (``size_hint``) is
read on the thread pool: the old list stays shown, ``loading_changed`` says a read is under
way, and only the newest read's ids are installed. A short one is read at once.
"""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from pakru_desktop.gui.background import LatestOnly
from pakru_desktop.gui.paged_model import (
    PAGE_SIZE,
    Column,
    ColumnsModel,
    Index,
    Row,
)

log = logging.getLogger(__name__)

MAX_PAGES = 60  # pages of rows kept: 12,000 rows, a few MB
# Lists that may hold more rows than this are read on the thread pool (some 5 ms of ids
# per 20,000 rows on this machine, but a filter or a sort may scan far more rows).
BACKGROUND_AFTER = 20_000


class IdTableModel(ColumnsModel[Row]):
    """Rows of ``Row`` records by position in an array of ids; subclasses read both."""

    loading_changed = Signal(bool)
    """True when a read of the list's ids starts, False when it is over."""
    load_failed = Signal(str)
    """One sentence saying why the list could not be read."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._ids: array[int] = array("q")
        self._pages: OrderedDict[int, dict[int, Row]] = OrderedDict()
        self.background_after = BACKGROUND_AFTER
        self._read_once = False
        self._reader = LatestOnly(self.apply_ids, self.load_failed.emit, "the list", self)
        self._reader.busy_changed.connect(self.loading_changed)

    # What subclasses provide -------------------------------------------------------
    def ids_reader(self) -> Callable[[], array[int]]:
        """A function reading every id of the list as it is asked for now, in order (it may
        run on another thread, so it must not read the model's state when called)."""
        raise NotImplementedError

    def size_hint(self) -> int:
        """A quick upper bound on how long the list may be (0: short)."""
        return 0

    def load_rows(self, ids: Sequence[int]) -> Sequence[Row]:
        """The records ``ids`` (any order; ids of records now gone left out)."""
        raise NotImplementedError

    def row_id(self, row: Row) -> int:
        """The record id of a row."""
        return int(row.id)  # type: ignore[attr-defined]

    # Loading -------------------------------------------------------------------------
    def reload(self, keep: int = 0) -> None:
        """Read the list's ids again: at once if it is short, else on the thread pool
        (``keep`` is accepted for the paged model's callers)."""
        self._read_once = True
        read = self.ids_reader()
        if max(len(self._ids), self.size_hint()) > self.background_after:
            self._reader.start(read)
        else:
            self._reader.cancel()
            self.apply_ids(read())

    def has_read(self) -> bool:
        """True once the list has been asked to read its ids."""
        return self._read_once

    def is_loading(self) -> bool:
        """True while the list's ids are being read on the thread pool."""
        return self._reader.busy()

    def apply_ids(self, ids: array[int]) -> None:
        """Show the list ``ids``; every row is read afresh when next shown."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def forget_rows(self, ids: set[int] | None = None) -> None:
        """Read the rows of ``ids`` (all if None) again when next shown; the order stays."""
        if ids is None:
            self._pages.clear()
        else:
            for number in [n for n, page in self._pages.items() if ids & page.keys()]:
                del self._pages[number]
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def total(self) -> int:
        """How many rows the list has."""
        return len(self._ids)

    def pages_held(self) -> int:
        """How many pages of rows are read and kept."""
        return len(self._pages)

    def ids(self) -> array[int]:
        """The list's ids, in order (not to be changed)."""
        return self._ids

    def _page(self, number: int) -> dict[int, Row]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        wanted = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        page = {self.row_id(row): row for row in self.load_rows(list(wanted))}
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> Row:
        """The record shown in ``row``; ``KeyError`` if it was deleted since the list was read."""
        return self._page(row // PAGE_SIZE)[self._ids[row]]

    def id_at(self, row: int) -> int:
        """The record id shown in ``row``."""
        return self._ids[row]

    def row_of_id(self, record_id: int, load: bool = True) -> int | None:
        """The row showing ``record_id``, or None when the list does not hold it."""
        # Searched as bytes: ``array.index`` makes a Python int of every element on the
        # way (10 ms in 400,000 ids); a byte search of the same memory takes a tenth.
        if not -(2**63) <= record_id < 2**63:
            return None
        needle = array("q", [record_id]).tobytes()
        haystack = self._ids.tobytes()
        at = haystack.find(needle)
        while at != -1 and at % 8:  # found across two ids: look on
            at = haystack.find(needle, at + 1)
        return None if at == -1 else at // 8

    # Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        try:
            row = self.row_at(index.row())
        except KeyError:
            return None  # deleted elsewhere since the list was read: a blank line until then
        return self.cell(row, index.column(), role)
