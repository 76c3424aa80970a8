"""A row of groups of controls that wraps onto more lines when the window is narrow.

The overview's "As of" date and its two day counts sit side by side on a wide screen;
in Russian on a 1024-pixel screen they would push the window wider than the screen, so
the groups move under each other instead. Each group keeps its own controls together.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QWidget


class WrappingRow(QWidget):
    """Groups (each a list of widgets in a row) side by side, or one under the other."""

    def __init__(self, groups: list[list[QWidget]], spacing: int = 16,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._groups: list[QWidget] = []
        for widgets in groups:
            group = QWidget(self)
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            self._groups.append(group)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing)
        self._spacing = spacing
        self._columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._place(len(self._groups))

    def _one_line(self) -> int:
        widths = [g.sizeHint().width() for g in self._groups]
        return sum(widths) + self._spacing * (len(widths) - 1)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for group in self._groups:
            self._grid.removeWidget(group)
        for at, group in enumerate(self._groups):
            self._grid.addWidget(group, at // columns, at % columns)
        self._grid.setColumnStretch(columns, 1)
        self.updateGeometry()

    def lines(self) -> int:
        """How many lines the groups take now."""
        return -(-len(self._groups) // self._columns)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        widest = max(g.minimumSizeHint().width() for g in self._groups)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._place(len(self._groups) if event.size().width() >= self._one_line() else 1)
        super().resizeEvent(event)
