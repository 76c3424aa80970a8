"""How overdue items are marked in every list: a warning icon and a colour, never colour alone.

The colour is picked against the palette's base colour, so it reads on a light and on a
dark theme alike; the icon and the tooltip ("3 months overdue") carry the meaning for
anyone who cannot tell the colour apart.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

# A deep red on light backgrounds (contrast 6.5:1 on white), a light coral on dark ones.
_ON_LIGHT = QColor("#b3261e")
_ON_DARK = QColor("#ff8a80")


def overdue_brush(palette: QPalette) -> QBrush:
    """The text colour of an overdue mark on ``palette``'s base colour."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QBrush(_ON_DARK if dark else _ON_LIGHT)


def overdue_icon() -> QIcon:
    """The warning icon of the platform's style."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
