"""Statuses as coloured chips: the detail view's header, the lists' status column and
the follow-up timeline draw them the same way.

A chip is the status's words on a rounded tint. The tint says how the item stands
(settled, under way, in trouble, failed, not yet known); the words carry the meaning, so
the chip reads without colour too. Each tone has a light and a dark pair of colours,
chosen by the palette's window colour, with the text at a contrast above 4.5:1 on its tint.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.vocabulary_names import status_name


class Tone(Enum):
    """How an item with a status stands."""

    SETTLED = "settled"
    UNDER_WAY = "under-way"
    TROUBLE = "trouble"
    FAILED = "failed"
    UNKNOWN = "unknown"


TONES: dict[str, Tone] = {
    # Events.
    "scheduled": Tone.UNDER_WAY,
    "held": Tone.SETTLED,
    "postponed": Tone.TROUBLE,
    "cancelled": Tone.FAILED,
    # Agreements.
    "under-negotiation": Tone.UNDER_WAY,
    "signed": Tone.SETTLED,
    "in-force": Tone.SETTLED,
    "suspended": Tone.TROUBLE,
    "terminated": Tone.FAILED,
    # Projects.
    "proposed": Tone.UNKNOWN,
    "agreed": Tone.UNDER_WAY,
    "under-way": Tone.UNDER_WAY,
    "completed": Tone.SETTLED,
    "delayed": Tone.TROUBLE,
    # Commitments.
    "not-yet-rated": Tone.UNKNOWN,
    "in-the-works": Tone.UNDER_WAY,
    "stalled": Tone.TROUBLE,
    "kept": Tone.SETTLED,
    "partly-kept": Tone.TROUBLE,
    "broken": Tone.FAILED,
    "uncheckable": Tone.UNKNOWN,
}

# (tint, text) on a light window, then on a dark one.
_COLOURS: dict[Tone, tuple[tuple[str, str], tuple[str, str]]] = {
    Tone.SETTLED: (("#dcefe0", "#1d5e2e"), ("#1f4a2b", "#c3ecce")),
    Tone.UNDER_WAY: (("#dce8f7", "#1b4f8a"), ("#1d3b5e", "#c5dcf7")),
    Tone.TROUBLE: (("#fbecc8", "#7a4d00"), ("#5a4310", "#f7dfa4")),
    Tone.FAILED: (("#f8dcdc", "#8f1d1d"), ("#5c2323", "#f5c6c6")),
    Tone.UNKNOWN: (("#e6e6e6", "#3d3d3d"), ("#3e3e3e", "#dedede")),
}


def tone_of(code: str | None) -> Tone:
    """The tone of a status code (unknown codes read as not yet known)."""
    return TONES.get(code or "", Tone.UNKNOWN)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def chip_colours(tone: Tone, palette: QPalette) -> tuple[QColor, QColor]:
    """The tint and the text colour of a chip on ``palette``."""
    tint, text = _COLOURS[tone][1 if is_dark(palette) else 0]
    return QColor(tint), QColor(text)


def chip_size(metrics: QFontMetrics, text: str) -> QSize:
    """The size a chip needs for ``text`` in a font with ``metrics``."""
    height = metrics.height() + 4
    # Round ends of half the height each, and a little air beside the words.
    return QSize(metrics.horizontalAdvance(text) + height + 6, height)


def paint_chip(painter: QPainter, rect: QRect, text: str, tone: Tone, palette: QPalette) -> None:
    """Draw a chip filling ``rect``, its text elided if the rect is too narrow."""
    tint, colour = chip_colours(tone, palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tint)
    radius = rect.height() / 2
    painter.drawRoundedRect(QRectF(rect), radius, radius)
    painter.setPen(colour)
    metrics = painter.fontMetrics()
    inner = rect.adjusted(int(radius), 0, -int(radius), 0)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, shown)
    painter.restore()


class StatusChip(QWidget):
    """One status, as a chip (the detail view's header)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChip")
        self._text, self._tone = "", Tone.UNKNOWN
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def set_status(self, kind: Kind, code: str | None) -> None:
        """Show ``code``'s words and tone (nothing when there is no status)."""
        self._text = status_name(kind, code) if code else ""
        self._tone = tone_of(code)
        self.setAccessibleName(self._text)
        self.setToolTip(self._text)
        self.setVisible(bool(self._text))
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """The words shown."""
        return self._text

    def tone(self) -> Tone:
        """The tone shown."""
        return self._tone

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return chip_size(self.fontMetrics(), self._text)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        size = self.sizeHint().boundedTo(self.size())
        paint_chip(painter, QRect(0, 0, size.width(), size.height()), self._text, self._tone,
                   self.palette())  # fmt: skip


class StatusChipDelegate(QStyledItemDelegate):
    """Draws a list's status cell as a chip; the model gives the code in ``code_role``
    and the words as the display text (which sorting, copying and screen readers use)."""

    def __init__(self, code_role: int, parent=None) -> None:
        super().__init__(parent)
        self.code_role = code_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # The row's selection and focus as the style draws them, with neither words nor
        # icon (the chip and the mark are drawn below), then the chip on top.
        opt.text = ""
        opt.icon = QIcon()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        metrics = QFontMetrics(opt.font)
        mark = index.data(Qt.ItemDataRole.DecorationRole)
        room = metrics.height() + 8 if isinstance(mark, QIcon) else 0
        size = chip_size(metrics, str(text)).boundedTo(opt.rect.size() - QSize(6 + room, 2))
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(opt.rect.center())
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            rect.moveRight(opt.rect.right() - 3)
        else:
            rect.moveLeft(opt.rect.left() + 3)
        painter.save()
        painter.setClipRect(opt.rect)  # a narrowed column cuts the chip, never its neighbour
        painter.setFont(opt.font)
        paint_chip(painter, rect, str(text), tone_of(index.data(self.code_role)), opt.palette)
        # A mark beside the chip (the overdue warning) where the model gives one.
        if isinstance(mark, QIcon):
            side = rect.height()
            x = rect.left() - side - 3 if opt.direction == Qt.LayoutDirection.RightToLeft else (
                rect.right() + 4)  # fmt: skip
            mark.paint(painter, QRect(x, rect.top(), side, side))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:  # fmt: skip
        base = super().sizeHint(option, index)
        chip = chip_size(QFontMetrics(option.font), str(index.data() or ""))
        mark = chip.height() + 4 if index.data(Qt.ItemDataRole.DecorationRole) else 0
        return QSize(max(base.width(), chip.width() + mark + 6),
                     max(base.height(), chip.height() + 2))  # fmt: skip
