"""The filter bar above an item list: text, status, sector and a range of dates.

Every change becomes an ``ItemFilter`` that the table model hands to the
database query; nothing is filtered over loaded rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import parse_fuzzy_date
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.overdue import DUE_KINDS
from pakru_desktop.domain.vocabulary import STATUSES, Kind, Term
from pakru_desktop.gui.date_words import explained_date
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.overdue_marks import overdue_icon
from pakru_desktop.gui.vocabulary_names import status_name
from pakru_desktop.gui.widgets.fuzzy_date_edit import mark_error

translate = QCoreApplication.translate

# The status filter's entry for overdue items (not a status code).
OVERDUE = "__overdue__"
# Typing pauses this long before the query runs, so each keystroke does not query.
TEXT_DELAY_MS = 250


class FilterBar(QWidget):
    """Inputs that narrow an item list; emits ``filter_changed(ItemFilter)``."""

    filter_changed = Signal(object)

    def __init__(
        self,
        kind: Kind | None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.today = today
        self.text = QLineEdit(objectName="filterText")
        self.text.setPlaceholderText(translate("FilterBar", "Filter (Ctrl+F)"))
        self.text.setToolTip(
            translate("FilterBar", "Matches title, summary, location and participants' names")
        )
        self.text.setMinimumWidth(80)
        # It takes the room the choices leave: they show their words whole first.
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.text.setAccessibleName(translate("FilterBar", "Filter"))
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox(objectName="filterStatus")
        self.status.setAccessibleName(translate("FilterBar", "Status filter"))
        self.status.addItem(translate("FilterBar", "Any status"), None)
        if kind in DUE_KINDS or kind is Kind.EVENT:
            # Not a status but the question behind most status filters: what is late?
            self.status.addItem(overdue_icon(), translate("FilterBar", "Overdue"), OVERDUE)
            self.status.setItemData(
                1,
                translate("FilterBar", "Past its due date and still open")
                if kind in DUE_KINDS
                else translate("FilterBar", "Still scheduled, though its date has passed"),
                Qt.ItemDataRole.ToolTipRole,
            )
        for name, code in self.status_choices():
            self.status.addItem(name, code)
        self.sector = QComboBox(objectName="filterSector")
        self.sector.setAccessibleName(translate("FilterBar", "Sector filter"))
        self.sector.addItem(translate("FilterBar", "Any sector"), None)
        self.date_from = QLineEdit(objectName="filterFrom")
        self.date_from.setPlaceholderText(translate("FilterBar", "from, e.g. 2024"))
        self.date_from.setAccessibleName(translate("FilterBar", "From date"))
        self.date_to = QLineEdit(objectName="filterTo")
        self.date_to.setPlaceholderText(translate("FilterBar", "to, e.g. Q3 2025"))
        self.date_to.setAccessibleName(translate("FilterBar", "To date"))
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(130)
            edit.setMinimumWidth(60)
            edit.setClearButtonEnabled(True)
        # As wide as their words where there is room (longer in Russian than in English);
        # on a narrow window they shrink to a few letters (the list shows them whole).
        letters = self.fontMetrics().averageCharWidth() * 4
        for combo in (self.status, self.sector):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(letters + self.style().pixelMetric(
                QStyle.PixelMetric.PM_SmallIconSize) + 20)  # fmt: skip
        clear = QToolButton(objectName="filterClear", text=translate("FilterBar", "Clear"))
        clear.setToolTip(translate("FilterBar", "Show every record of this list"))
        clear.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.sector)
        dates = QLabel(translate("FilterBar", "Dat&es:"))
        dates.setBuddy(self.date_from)
        layout.addWidget(dates)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.date_to)
        layout.addWidget(clear)

        self._timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.text.textChanged.connect(self._timer.start)
        self.date_from.textChanged.connect(self._timer.start)
        self.date_to.textChanged.connect(self._timer.start)
        self.status.currentIndexChanged.connect(self._emit)
        self.sector.currentIndexChanged.connect(self._emit)

    def show_status(self, code: str | None) -> None:
        """Filter by the status ``code`` (``OVERDUE`` for overdue items, None for any)."""
        index = self.status.findData(code)
        self.status.setCurrentIndex(max(index, 0))
        self._emit()

    def status_terms(self) -> tuple[Term, ...]:
        """The statuses offered: those of this bar's kind."""
        return STATUSES[self.kind] if self.kind is not None else ()

    def status_choices(self) -> list[tuple[str, str]]:
        """The statuses offered, as (the words shown, the code)."""
        kind = self.kind
        if kind is None:
            return []
        return [(status_name(kind, term.code), term.code) for term in self.status_terms()]

    def set_sectors(self, sectors: list[str]) -> None:
        """Offer these sectors, keeping the current choice if it is still there."""
        current = self.sector.currentData()
        self.sector.blockSignals(True)
        self.sector.clear()
        self.sector.addItem(translate("FilterBar", "Any sector"), None)
        for sector in sectors:
            self.sector.addItem(sector, sector)
        index = self.sector.findData(current)
        self.sector.setCurrentIndex(max(index, 0))
        self.sector.blockSignals(False)

    def current_filter(self) -> ItemFilter:
        """The filter the inputs describe; unreadable dates are marked and left out."""
        status = self.status.currentData()
        return ItemFilter(
            kind=self.kind,
            text=self.text.text().strip(),
            status=None if status == OVERDUE else status,
            overdue_on=self.today() if status == OVERDUE else None,
            sector=self.sector.currentData(),
            date_from=self._date(self.date_from, end=False),
            date_to=self._date(self.date_to, end=True),
        )

    def _date(self, edit: QLineEdit, *, end: bool) -> dt.date | None:
        text = edit.text().strip()
        mark_error(edit, False)
        edit.setToolTip("")
        if not text:
            return None
        try:
            value = parse_fuzzy_date(text, dt.date.today())
        except ValidationError as error:
            mark_error(edit, True)
            edit.setToolTip(error_text(error))
            return None
        edit.setToolTip(explained_date(value))
        return value.end if end else value.start

    def _emit(self) -> None:
        self._timer.stop()
        self.filter_changed.emit(self.current_filter())

    def apply_now(self) -> None:
        """Run a pending text filter at once (e.g. on Enter)."""
        if self._timer.isActive():
            self._emit()

    def clear(self) -> None:
        """Reset every input, showing the whole list."""
        for widget in (self.text, self.date_from, self.date_to, self.status, self.sector):
            widget.blockSignals(True)
        self.text.clear()
        self.date_from.clear()
        self.date_to.clear()
        self.status.setCurrentIndex(0)
        self.sector.setCurrentIndex(0)
        for widget in (self.text, self.date_from, self.date_to, self.status, self.sector):
            widget.blockSignals(False)
        self._emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.apply_now()
            return
        super().keyPressEvent(event)
