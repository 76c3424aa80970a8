"""Drawing the timeline with a ``QPainter``: axis, lanes, bars, due markers, links, as-of line.

One function paints onto any device, so the screen, the PNG and the SVG export are the
same picture. Only bars whose span reaches the plot are drawn. Colours are picked to
read on light and dark palettes; overdue items carry a mark and a phrase, not colour alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.date_words import lateness_phrase
from pakru_desktop.gui.timeline_frame import AXIS_HEIGHT, LANE_LABEL_WIDTH, Frame
from pakru_desktop.gui.timeline_layout import (
    DIAMOND_PX,
    LABEL_GAP_PX,
    MIN_LABEL_PX,
    LaneLayout,
    PlacedBar,
)
from pakru_desktop.gui.timeline_scale import day_number, short_date, span_days, ticks
from pakru_desktop.gui.vocabulary_names import kind_names, link_type_name
from pakru_desktop.services.timeline import TimelineLink, TimelineRow

translate = QCoreApplication.translate

KIND_COLOURS = {
    Kind.EVENT: QColor("#3b6fc4"),
    Kind.AGREEMENT: QColor("#23875d"),
    Kind.PROJECT: QColor("#b5650d"),
    Kind.COMMITMENT: QColor("#8a4fc9"),
}
OVERDUE_COLOUR = QColor("#e8590c")  # orange-red: strong on white and on near-black
AS_OF_COLOUR = QColor("#0c8599")


def label_text(row: TimelineRow) -> str:
    """What a bar's label says: the title, and how late the item is when it is."""
    return f"{row.title} — {lateness_phrase(row.late)}" if row.late else row.title


@dataclass
class PaintState:
    """What the view adds to the layout: selection, hover, links, the as-of day."""

    as_of: dt.date
    selected: int | None = None
    hovered: int | None = None
    links: tuple[TimelineLink, ...] = ()
    counted: frozenset[Kind] = frozenset()
    totals: dict[Kind, int] = field(default_factory=dict)


def paint_timeline(
    painter: QPainter,
    frame: Frame,
    layouts: dict[Kind, LaneLayout],
    state: PaintState,
    palette: QPalette,
    font: QFont,
) -> None:
    """Paint the whole timeline into ``frame``'s rectangle."""
    # Straight lines and rectangles are drawn crisp (and fast); curves and markers smooth.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setFont(font)
    whole = QRectF(0, 0, frame.width, frame.height)
    painter.fillRect(whole, palette.color(QPalette.ColorRole.Base))
    _paint_lanes(painter, frame, palette, state)
    minor, major = ticks(frame.scale, frame.plot_width)
    _paint_grid(painter, frame, palette, minor, major)
    painter.save()
    painter.setClipRect(QRectF(frame.plot_left, AXIS_HEIGHT, frame.plot_width, frame.height))
    metrics = QFontMetricsF(font)
    for kind, layout in layouts.items():
        if kind in frame.lanes:
            _paint_lane_content(painter, frame, kind, layout, state, palette, metrics)
    _paint_links(painter, frame, layouts, state, palette, font)
    _paint_as_of(painter, frame, state.as_of)
    painter.restore()
    _paint_axis(painter, frame, palette, minor, major, state.as_of)
    _paint_lane_titles(painter, frame, palette, font, state)


def _lane_backgrounds(frame: Frame, palette: QPalette) -> list[tuple[float, float, QColor]]:
    """The plot's bands below the axis, top to bottom: each lane, then the rest, by colour."""
    base = palette.color(QPalette.ColorRole.Base)
    alternate = palette.color(QPalette.ColorRole.AlternateBase)
    bands = [
        (box.top, box.height, alternate if n % 2 else base)
        for n, box in enumerate(frame.lanes.values())
    ]
    bottom = max((box.bottom for box in frame.lanes.values()), default=AXIS_HEIGHT)
    if bottom < frame.height:
        bands.append((bottom, frame.height - bottom, base))
    return bands


def _paint_lanes(painter: QPainter, frame: Frame, palette: QPalette, state: PaintState) -> None:
    for top, height, colour in _lane_backgrounds(frame, palette):
        painter.fillRect(QRectF(0, top, frame.width, height), colour)


def _blend(over: QColor, alpha: int, under: QColor) -> QColor:
    """``over`` at ``alpha`` (0–255) on ``under``, as one opaque colour."""
    a = alpha / 255
    return QColor.fromRgbF(
        over.redF() * a + under.redF() * (1 - a),
        over.greenF() * a + under.greenF() * (1 - a),
        over.blueF() * a + under.blueF() * (1 - a),
    )


def _paint_grid(painter, frame: Frame, palette: QPalette, minor, major) -> None:
    mid = palette.color(QPalette.ColorRole.Mid)
    # Opaque one-pixel rectangles in each band's own blend: a translucent line the height
    # of the plot costs the raster engine some 25 times more than an opaque one.
    for top, height, under in _lane_backgrounds(frame, palette):
        for ticks_, alpha in ((minor, 70), (major, 150)):
            colour = _blend(mid, alpha, under)
            for tick in ticks_:
                x = frame.x_of_day(tick.day)
                if frame.plot_left <= x <= frame.width:
                    painter.fillRect(QRectF(int(x), top, 1, height), colour)


def _paint_axis(painter, frame: Frame, palette: QPalette, minor, major, as_of) -> None:
    band = QRectF(0, 0, frame.width, AXIS_HEIGHT)
    painter.fillRect(band, palette.color(QPalette.ColorRole.Window))
    text = palette.color(QPalette.ColorRole.WindowText)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    painter.drawLine(QPointF(0, AXIS_HEIGHT), QPointF(frame.width, AXIS_HEIGHT))
    metrics = painter.fontMetrics()
    painter.save()
    painter.setClipRect(QRectF(frame.plot_left, 0, frame.plot_width, AXIS_HEIGHT))
    painter.setPen(text)
    for tick in minor:
        x = frame.x_of_day(tick.day)
        painter.drawLine(QPointF(x, AXIS_HEIGHT - 6), QPointF(x, AXIS_HEIGHT))
        painter.drawText(QPointF(x + 3, AXIS_HEIGHT - 8), tick.label)
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.setFont(bold)
    bold_metrics = painter.fontMetrics()
    pill = _as_of_pill(frame, as_of, metrics)
    # A wider unit's label sticks to the left edge while its unit is on screen.
    for n, tick in enumerate(major):
        x = max(frame.x_of_day(tick.day), frame.plot_left)
        width = bold_metrics.horizontalAdvance(tick.label)
        if n + 1 < len(major):
            room = frame.x_of_day(major[n + 1].day) - x - 6
            if room < width + 4:
                x = frame.x_of_day(tick.day)
        place = QRectF(x + 3, 2, width, bold_metrics.height())
        if pill is None or not place.intersects(pill):
            painter.drawText(QPointF(x + 3, 4 + bold_metrics.ascent()), tick.label)
    painter.restore()
    if pill is not None:
        label = _as_of_label(as_of)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(AS_OF_COLOUR)
        painter.drawRoundedRect(pill, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)


def _as_of_label(as_of: dt.date) -> str:
    return translate("TimelinePainter", "as of {date}").format(date=short_date(as_of))


def _as_of_pill(frame: Frame, as_of: dt.date, metrics) -> QRectF | None:
    """Where the as-of day is named, at the top of its line (None when off screen)."""
    x = frame.x_of_day(day_number(as_of) + 0.5)
    if not frame.plot_left <= x <= frame.width:
        return None
    width = metrics.horizontalAdvance(_as_of_label(as_of)) + 8
    left = min(x - width / 2, frame.width - width)
    return QRectF(max(left, frame.plot_left), 2, width, metrics.height() + 2)


def _paint_lane_titles(painter, frame: Frame, palette: QPalette, font: QFont, state) -> None:
    painter.fillRect(
        QRectF(0, AXIS_HEIGHT, LANE_LABEL_WIDTH, frame.height),
        palette.color(QPalette.ColorRole.Window),
    )
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
    for kind, box in frame.lanes.items():
        swatch = QRectF(8, box.top + 10, 10, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(KIND_COLOURS[kind])
        painter.drawRoundedRect(swatch, 2, 2)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.setFont(bold)
        painter.drawText(QPointF(24, box.top + 20), kind_names(kind))
        note = _lane_note(kind, state)
        if note:
            painter.setFont(small)
            painter.drawText(
                QRectF(8, box.top + 26, LANE_LABEL_WIDTH - 12, 36), Qt.TextFlag.TextWordWrap, note
            )
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(0, box.bottom), QPointF(frame.width, box.bottom))
    painter.drawLine(QPointF(LANE_LABEL_WIDTH, 0), QPointF(LANE_LABEL_WIDTH, frame.height))
    painter.setFont(font)


def _lane_note(kind: Kind, state: PaintState) -> str:
    total = state.totals.get(kind)
    if kind in state.counted:
        return translate("TimelinePainter", "Counts per period; zoom in for items")
    if total is None:
        return ""
    return translate("TimelinePainter", "%Ln item(s)", None, total)


def _paint_lane_content(painter, frame, kind, layout, state, palette, metrics) -> None:
    left, right = frame.absolute_range()
    if layout.buckets:
        _paint_buckets(painter, frame, kind, layout, palette, metrics, left, right)
    for bar in layout.bars_between(left, right):
        _paint_bar(painter, frame, kind, bar, state, palette, metrics)
    for badge in layout.overflow:
        if not frame.visible(badge.x0, badge.x1 + 30):
            continue
        rect = frame.overflow_rect(kind, badge)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(rect, 6, 6)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{len(badge.rows)}")


def _paint_buckets(painter, frame, kind, layout, palette, metrics, left, right) -> None:
    tallest = max(b.count for b in layout.buckets)
    colour = QColor(KIND_COLOURS[kind])
    colour.setAlpha(190)
    widest = (
        frame.scale.px_per_day
        * max(layout.buckets[0].last.toordinal() + 1 - layout.buckets[0].first.toordinal(), 1)
        * 2
    )
    for bucket in layout.buckets_between(left, right, widest):
        rect = frame.bucket_rect(kind, bucket, tallest)
        painter.fillRect(rect, colour)
        label = f"{bucket.count:,}"
        if rect.width() >= 16 and metrics.horizontalAdvance(label) + 4 <= rect.width():
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QPointF(rect.left() + 2, rect.top() - 3), label)


def _paint_bar(painter, frame, kind, bar: PlacedBar, state, palette, metrics) -> None:
    rect = frame.bar_rect(kind, bar)
    colour = KIND_COLOURS[kind]
    row = bar.row
    text_colour = palette.color(QPalette.ColorRole.Text)
    if row.id == state.selected:
        band = QColor(palette.color(QPalette.ColorRole.Highlight))
        band.setAlpha(70)
        right = max(frame.x(bar.label_limit), rect.right())
        painter.fillRect(
            QRectF(rect.left() - 4, rect.top() - 2, right - rect.left() + 8, rect.height() + 4),
            band,
        )
    if row.date.inferred:
        # Inferred dates: a pale fill crossed by hatching in the kind's colour.
        pale = QColor(colour)
        pale.setAlpha(70)
        painter.fillRect(rect, pale)
        painter.fillRect(rect, QBrush(colour, Qt.BrushStyle.BDiagPattern))
        inside_colour = text_colour
    else:
        painter.fillRect(rect, colour)
        inside_colour = QColor("white")
    outline = QPen(colour.darker(130), 1)
    if row.id == state.selected:
        outline = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
    elif row.id == state.hovered:
        outline = QPen(text_colour, 1.5)
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    if row.due is not None:
        _paint_due(painter, frame, kind, bar, rect, colour, palette)
    _paint_label(painter, frame, bar, rect, inside_colour, text_colour, metrics)


def _paint_due(painter, frame, kind, bar, rect: QRectF, colour, palette) -> None:
    centre = frame.due_point(kind, bar)
    if centre is None or bar.due_x0 is None:
        return
    y = centre.y()
    late = bar.row.late is not None
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    marker = OVERDUE_COLOUR if late else colour
    # A dotted lead from the bar to its deadline, and the due span as a thin line.
    painter.setPen(QPen(marker, 1, Qt.PenStyle.DotLine))
    start = rect.right() if centre.x() >= rect.right() else rect.left()
    painter.drawLine(QPointF(start, y), centre)
    painter.setPen(QPen(marker, 2))
    painter.drawLine(QPointF(frame.x(bar.due_x0), y), centre)
    diamond = QPolygonF(
        [
            QPointF(centre.x(), y - DIAMOND_PX),
            QPointF(centre.x() + DIAMOND_PX, y),
            QPointF(centre.x(), y + DIAMOND_PX),
            QPointF(centre.x() - DIAMOND_PX, y),
        ]
    )
    painter.setPen(
        QPen(palette.color(QPalette.ColorRole.Base).darker(300) if late else marker.darker(140), 1)
    )
    painter.setBrush(marker if late else palette.color(QPalette.ColorRole.Base))
    painter.drawPolygon(diamond)
    if late:
        # The overdue mark: a warning triangle with "!" beside the diamond.
        tip = QPointF(centre.x() + DIAMOND_PX + 7, y - 7)
        triangle = QPolygonF([tip, QPointF(tip.x() + 7, y + 6), QPointF(tip.x() - 7, y + 6)])
        painter.setPen(QPen(OVERDUE_COLOUR.darker(150), 1))
        painter.setBrush(OVERDUE_COLOUR)
        painter.drawPolygon(triangle)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(tip.x() - 5, y - 5, 10, 11), Qt.AlignmentFlag.AlignCenter, "!")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def _paint_label(painter, frame, bar: PlacedBar, rect, inside_colour, text_colour, metrics) -> None:
    text = label_text(bar.row)
    if bar.label_inside:
        left = max(rect.left(), frame.plot_left) + LABEL_GAP_PX
        room = rect.right() - LABEL_GAP_PX - left
        colour = inside_colour
    else:
        left = frame.x(bar.label_x)
        if bar.row.late is not None:
            left += 16  # past the overdue mark
        room = frame.x(bar.label_limit) - left
        colour = text_colour
    # Shortened with an ellipsis at the plot's right edge rather than cut off by it.
    room = min(room, frame.width - LABEL_GAP_PX - left)
    if room < MIN_LABEL_PX:
        return
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
    painter.setPen(colour)
    baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2
    painter.drawText(QPointF(left, baseline), shown)


def _paint_links(painter, frame, layouts, state: PaintState, palette, font) -> None:
    if state.selected is None or not state.links:
        return
    placed = {bar.row.id: (kind, bar) for kind, layout in layouts.items() for bar in layout.bars}
    if state.selected not in placed:
        return
    kind, bar = placed[state.selected]
    here = frame.bar_rect(kind, bar).center()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    colour.setAlpha(170)
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
    labels: list[QRectF] = []  # where link types are written, so none covers another
    for link in state.links:
        other = link.other
        if other.id in placed:
            there = frame.bar_rect(*placed[other.id]).center()
        elif other.kind in frame.lanes:
            first, last = span_days(other.date)
            box = frame.lanes[other.kind]
            there = QPointF(frame.x_of_day((first + last) / 2), box.top + box.height / 2)
        else:
            continue
        start, end = (here, there) if link.from_id == state.selected else (there, here)
        label = link_type_name(link.type)
        _paint_connector(painter, start, end, label, colour, palette, small, labels)
    painter.setFont(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def _paint_connector(painter, start, end, label, colour, palette, font, labels) -> None:
    path = QPainterPath(start)
    bend = max(abs(end.y() - start.y()) * 0.6, 30.0)
    path.cubicTo(
        QPointF(start.x(), start.y() + bend * (1 if end.y() >= start.y() else -1)),
        QPointF(end.x(), end.y() - bend * (1 if end.y() >= start.y() else -1)),
        end,
    )
    painter.setPen(QPen(colour, 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setBrush(colour)
    painter.drawEllipse(end, 3.5, 3.5)
    middle = path.pointAtPercent(0.5)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(label) + 8
    pill = QRectF(
        middle.x() - width / 2, middle.y() - metrics.height() / 2, width, metrics.height()
    )
    if any(pill.adjusted(-2, -3, 2, 3).intersects(other) for other in labels):
        return
    labels.append(pill)
    background = QColor(palette.color(QPalette.ColorRole.Base))
    background.setAlpha(225)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(background)
    painter.drawRoundedRect(pill, 4, 4)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)


def _paint_as_of(painter, frame: Frame, as_of: dt.date) -> None:
    x = frame.x_of_day(day_number(as_of) + 0.5)
    painter.setPen(QPen(AS_OF_COLOUR, 2, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, frame.height))
