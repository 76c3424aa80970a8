"""How the detail view draws its evidence and follow-ups: quotes as cards, follow-ups as
a vertical timeline.

Both are delegates over ``RecordListModel``: the model keeps one line of plain text per
record (what screen readers announce and Ctrl+C copies); the delegate draws the record
itself. Heights follow the text wrapped to the view's width, and the drawing mirrors in
right-to-left layouts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.gui.record_list_model import RecordListModel
from pakru_desktop.gui.status_chips import chip_colours, chip_size, paint_chip, tone_of
from pakru_desktop.gui.vocabulary_names import status_name
from pakru_desktop.services.records import EvidenceRecord, FollowUpRecord

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3
PAD = 8
GUTTER = 24
WRAP = Qt.TextFlag.TextWordWrap


class CardsModel(RecordListModel):
    """A record list whose records the delegates below can read (``RECORD_ROLE``)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: D102
        if role == RECORD_ROLE:
            valid = index.isValid() and 0 <= index.row() < self.rowCount()
            return self.record(index.row()) if valid else None
        return super().data(index, role)


@dataclass
class _Line:
    """One block of text in a card: its font, colour role and flags."""

    text: str
    font: QFont
    role: QPalette.ColorRole = QPalette.ColorRole.Text
    dim: bool = False


def _text_width(option: QStyleOptionViewItem, inset: int) -> int:
    # The view's own width: the option's rect is not set yet when sizes are asked.
    widget = option.widget
    width = widget.viewport().width() if widget is not None else option.rect.width()
    return max(width - inset, 60)


def isolated(text: str) -> str:
    """``text`` as a unit of its own direction (Unicode's first-strong isolate): an Urdu
    date beside an English title keeps its own order, and the title keeps its."""
    return f"\u2068{text}\u2069"


def dimmed(palette: QPalette) -> QColor:
    """The colour of a card's secondary lines: between the text and the background, so
    quieter, yet above 4.5:1 against the background in light and dark palettes."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        round(text.red() * 0.68 + base.red() * 0.32),
        round(text.green() * 0.68 + base.green() * 0.32),
        round(text.blue() * 0.68 + base.blue() * 0.32),
    )


def _height(lines: list[_Line], width: int) -> int:
    total = 0
    for line in lines:
        if line.text:
            rect = QFontMetrics(line.font).boundingRect(QRect(0, 0, width, 100000), WRAP, line.text)
            total += rect.height() + 3
    return total


def _draw(painter: QPainter, lines: list[_Line], rect: QRect, palette: QPalette,
          align: Qt.AlignmentFlag) -> int:  # fmt: skip
    """Draw ``lines`` top-down in ``rect``; return the y below the last."""
    y = rect.top()
    # Each line's direction from its own words: an English quote in the Urdu window keeps
    # its punctuation where English puts it.
    painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    for line in lines:
        if not line.text:
            continue
        painter.setFont(line.font)
        colour = dimmed(palette) if line.dim else palette.color(line.role)
        painter.setPen(colour)
        metrics = QFontMetrics(line.font)
        box = metrics.boundingRect(QRect(rect.left(), y, rect.width(), 100000), WRAP, line.text)
        painter.drawText(QRect(rect.left(), y, rect.width(), box.height()), align | WRAP,
                         line.text)  # fmt: skip
        y += box.height() + 3
    return y


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
    return small


def _start(option: QStyleOptionViewItem) -> Qt.AlignmentFlag:
    # Text starts on the reading side: left in English and Russian, right in Urdu.
    # Absolute: the painter would otherwise flip left and right once more in RTL.
    if option.direction == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


class EvidenceCardDelegate(QStyledItemDelegate):
    """A quote as a card: the quote's words, then its source, publisher and date."""

    @staticmethod
    def lines(evidence: EvidenceRecord, font: QFont) -> list[_Line]:
        """The card's blocks of text, top to bottom."""
        quote_font = QFont(font)
        quote_font.setItalic(True)
        where = [evidence.source_title or translate("DetailCards", "Untitled source")]
        if evidence.source_publisher:
            where.append(evidence.source_publisher)
        if evidence.source_published is not None:
            where.append(shown_date(evidence.source_published))
        about = (
            translate("DetailCards", "Supports a follow-up")
            if evidence.follow_up_id is not None
            else ""
        )
        return [
            _Line(translate("DetailCards", "“{quote}”").format(quote=evidence.quote), quote_font),
            _Line(" · ".join(isolated(part) for part in where), _small(font), dim=True),
            _Line(about, _small(font), dim=True),
        ]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        evidence = index.data(RECORD_ROLE)
        if evidence is None:
            return super().sizeHint(option, index)
        width = _text_width(option, 4 * PAD)
        return QSize(width, _height(self.lines(evidence, option.font), width) + 3 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        evidence = index.data(RECORD_ROLE)
        if evidence is None:
            super().paint(painter, option, index)
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = option.rect.adjusted(PAD // 2, PAD // 2, -PAD // 2, -PAD // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight if selected
                                     else QPalette.ColorRole.Mid))  # fmt: skip
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 5, 5)
        _draw(painter, self.lines(evidence, option.font),
              card.adjusted(PAD + 4, PAD, -PAD - 4, -PAD), palette, _start(option))  # fmt: skip
        painter.restore()


class FollowUpTimelineDelegate(QStyledItemDelegate):
    """Follow-ups down a line: a dot per follow-up coloured by the status it set, its
    date, the status as a chip, the note, and the source it came from."""

    def __init__(self, kind: Kind, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind

    def lines(self, record: FollowUpRecord, font: QFont) -> list[_Line]:
        """The entry's blocks of text below its date line."""
        source = ""
        if record.source_title:
            source = translate("DetailCards", "Source: {title}").format(
                title=isolated(record.source_title)
            )
        quotes = ""
        if record.evidence:
            count = len(record.evidence)  # a plain name: lupdate reads no other count
            quotes = translate("DetailCards", "%n quote(s)", None, count)
        return [
            _Line(record.note, font),
            _Line(source, _small(font), dim=True),
            _Line(quotes, _small(font), dim=True),
        ]

    def _date_font(self, font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        record = index.data(RECORD_ROLE)
        if record is None:
            return super().sizeHint(option, index)
        width = _text_width(option, GUTTER + 2 * PAD)
        head = max(QFontMetrics(self._date_font(option.font)).height(),
                   chip_size(QFontMetrics(option.font), "X").height())  # fmt: skip
        return QSize(width, head + 3 + _height(self.lines(record, option.font), width) + PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        record = index.data(RECORD_ROLE)
        if record is None:
            super().paint(painter, option, index)
            return
        palette = option.palette
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            # A wash of the highlight colour, so the dot and chip keep their colours.
            wash = palette.color(QPalette.ColorRole.Highlight)
            wash.setAlpha(70)
            painter.fillRect(rect, wash)
        # The line runs through every entry; the first and last stop at their dots.
        x = rect.right() - GUTTER // 2 if rtl else rect.left() + GUTTER // 2
        dot_y = rect.top() + QFontMetrics(option.font).height() // 2 + 3
        top = dot_y if index.row() == 0 else rect.top()
        last = index.row() == index.model().rowCount() - 1
        bottom = dot_y if last else rect.bottom()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(x, top, x, bottom)
        # The dot in the chip's text colour: the tint alone is too pale to see as a dot.
        _tint, dot = chip_colours(tone_of(record.new_status), palette)
        painter.setBrush(dot if record.new_status else palette.color(QPalette.ColorRole.Mid))
        painter.setPen(palette.color(QPalette.ColorRole.Base))
        painter.drawEllipse(x - 5, dot_y - 5, 10, 10)
        body = rect.adjusted(PAD, 3, -GUTTER, -PAD) if rtl else rect.adjusted(GUTTER, 3, -PAD, -PAD)
        align = _start(option)
        date_font = self._date_font(option.font)
        painter.setFont(date_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        date = shown_date(record.date)
        date_width = QFontMetrics(date_font).horizontalAdvance(date)
        head = QFontMetrics(date_font).height()
        painter.drawText(QRect(body.left(), body.top(), body.width(), head), align, date)
        if record.new_status:
            painter.setFont(option.font)
            words = status_name(self.kind, record.new_status)
            size = chip_size(QFontMetrics(option.font), words)
            size.setWidth(min(size.width(), max(body.width() - date_width - PAD, 20)))
            chip_x = (body.right() - date_width - PAD - size.width() if rtl
                      else body.left() + date_width + PAD)  # fmt: skip
            chip = QRect(chip_x, body.top() + (head - size.height()) // 2, size.width(),
                         size.height())  # fmt: skip
            paint_chip(painter, chip, words, tone_of(record.new_status), palette)
            head = max(head, size.height())
        text_top = body.top() + head + 3
        _draw(painter, self.lines(record, option.font),
              QRect(body.left(), text_top, body.width(), body.bottom() - text_top),
              palette, align)  # fmt: skip
        painter.restore()
