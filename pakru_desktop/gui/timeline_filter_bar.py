"""The timeline's filter bar: the item lists' filters, across kinds, plus a choice of kind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from pakru_desktop.domain.vocabulary import STATUSES, Kind, Term
from pakru_desktop.gui.filter_bar import FilterBar
from pakru_desktop.gui.vocabulary_names import kind_names, status_name
from pakru_desktop.services.timeline import TimelineFilter

translate = QCoreApplication.translate


class TimelineFilterBar(FilterBar):
    """Text, status, sector and dates as in the lists, and every kind or one; emits
    ``filter_changed(TimelineFilter)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.kinds = QComboBox(objectName="filterKind")
        self.kinds.setAccessibleName(translate("TimelineFilterBar", "Kinds shown"))
        self.kinds.addItem(translate("TimelineFilterBar", "All kinds"), None)
        for kind in Kind:
            self.kinds.addItem(kind_names(kind), kind.value)
        self.layout().insertWidget(1, self.kinds, 1)  # type: ignore[union-attr]
        self.kinds.currentIndexChanged.connect(self._emit)
        self.status.setToolTip(
            translate("TimelineFilterBar", "A status of one kind shows only the kinds that have it")
        )

    def status_terms(self) -> tuple[Term, ...]:
        """Every kind's statuses, each code once (``cancelled`` is an event's and a project's)."""
        seen: dict[str, Term] = {}
        for kind in Kind:
            for term in STATUSES[kind]:
                seen.setdefault(term.code, term)
        return tuple(seen.values())

    def status_choices(self) -> list[tuple[str, str]]:
        """Every kind's statuses, each code once, in the words of the first kind that has it."""
        seen: dict[str, str] = {}
        for kind in Kind:
            for term in STATUSES[kind]:
                seen.setdefault(term.code, status_name(kind, term.code))
        return [(name, code) for code, name in seen.items()]

    def current_filter(self) -> TimelineFilter:  # type: ignore[override]
        """The timeline filter the inputs describe; unreadable dates are marked and left out."""
        chosen = self.kinds.currentData()
        return TimelineFilter(
            kinds=frozenset({Kind(chosen)}) if chosen else frozenset(Kind),
            text=self.text.text().strip(),
            status=self.status.currentData(),
            sector=self.sector.currentData(),
            date_from=self._date(self.date_from, end=False),
            date_to=self._date(self.date_to, end=True),
        )

    def clear(self) -> None:
        """Reset every input, the kind included."""
        self.kinds.blockSignals(True)
        self.kinds.setCurrentIndex(0)
        self.kinds.blockSignals(False)
        super().clear()
