"""The timeline's geometry on screen: the axis band, the lane boxes, each bar's rectangle.

Shared by the view (hit tests, tooltips) and the painter (drawing, exports), so what is
clicked is exactly what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.timeline_layout import (
    DIAMOND_PX,
    LANES,
    Overflow,
    PlacedBar,
    bucket_span,
)
from pakru_desktop.gui.timeline_scale import TimeScale
from pakru_desktop.services.timeline import LaneBucket

AXIS_HEIGHT = 44.0
LANE_LABEL_WIDTH = 118.0
LANE_PADDING = 6.0
BAR_MARGIN = 3.0  # above and below a bar inside its sub-row


@dataclass(frozen=True)
class LaneBox:
    """Where one lane is drawn: its top, height and number of sub-rows."""

    top: float
    height: float
    rows: int

    @property
    def bottom(self) -> float:
        """The lane's bottom edge."""
        return self.top + self.height


@dataclass
class Frame:
    """Everything needed to turn absolute pixel positions into widget coordinates."""

    width: float
    height: float
    scale: TimeScale
    row_height: float
    lanes: dict[Kind, LaneBox] = field(default_factory=dict)

    @property
    def plot_left(self) -> float:
        """Where the plot starts, right of the lane labels."""
        return LANE_LABEL_WIDTH

    @property
    def plot_width(self) -> float:
        """How wide the plot is."""
        return max(self.width - LANE_LABEL_WIDTH, 1.0)

    def x(self, absolute: float) -> float:
        """Widget x of an absolute pixel position (day number × pixels per day)."""
        return self.plot_left + absolute - self.scale.first * self.scale.px_per_day

    def absolute_range(self) -> tuple[float, float]:
        """The absolute pixel positions at the plot's left and right edges."""
        left = self.scale.first * self.scale.px_per_day
        return left, left + self.plot_width

    def x_of_day(self, day: float) -> float:
        """Widget x of an axis position."""
        return self.plot_left + self.scale.x(day)

    def bar_rect(self, lane: Kind, bar: PlacedBar) -> QRectF:
        """The rectangle of a bar's span (due marker not included)."""
        box = self.lanes[lane]
        top = box.top + LANE_PADDING + bar.sub_row * self.row_height + BAR_MARGIN
        return QRectF(self.x(bar.x0), top, bar.x1 - bar.x0, self.row_height - 2 * BAR_MARGIN)

    def due_point(self, lane: Kind, bar: PlacedBar) -> QPointF | None:
        """The centre of a bar's due-date diamond (the end of its due span), if it has one."""
        if bar.due_x1 is None:
            return None
        return QPointF(self.x(bar.due_x1), self.bar_rect(lane, bar).center().y())

    def due_rect(self, lane: Kind, bar: PlacedBar) -> QRectF | None:
        """The square a due-date diamond is drawn in."""
        point = self.due_point(lane, bar)
        if point is None:
            return None
        return QRectF(
            point.x() - DIAMOND_PX, point.y() - DIAMOND_PX, 2 * DIAMOND_PX, 2 * DIAMOND_PX
        )

    def overflow_rect(self, lane: Kind, badge: Overflow) -> QRectF:
        """The ``+N`` badge's rectangle: in the lane's last sub-row."""
        box = self.lanes[lane]
        row = max(box.rows - 1, 0)
        top = box.top + LANE_PADDING + row * self.row_height + BAR_MARGIN
        width = max(badge.x1 - badge.x0, 26.0)
        return QRectF(self.x(badge.x0), top, width, self.row_height - 2 * BAR_MARGIN)

    def bucket_rect(self, lane: Kind, bucket: LaneBucket, tallest: int) -> QRectF:
        """A density bucket's column: as wide as its days, as tall as its share of the most."""
        box = self.lanes[lane]
        x0, x1 = bucket_span(bucket, self.scale.px_per_day)
        room = box.height - 2 * LANE_PADDING
        height = max(room * bucket.count / max(tallest, 1), 2.0)
        return QRectF(self.x(x0), box.bottom - LANE_PADDING - height, max(x1 - x0, 1.0), height)

    def visible(self, x0: float, x1: float) -> bool:
        """Whether absolute span ``x0``…``x1`` (widened by a marker) reaches the plot."""
        left, right = self.x(x0), self.x(x1)
        return right + 2 * DIAMOND_PX >= self.plot_left and left <= self.width

    def lane_at(self, y: float) -> Kind | None:
        """The lane under widget y, if any."""
        return next((k for k, box in self.lanes.items() if box.top <= y < box.bottom), None)


def lane_boxes(rows: dict[Kind, int], row_height: float, height: float) -> dict[Kind, LaneBox]:
    """Lanes stacked under the axis, each with its sub-rows; spare height is shared out."""
    natural = {k: rows[k] * row_height + 2 * LANE_PADDING for k in LANES}
    spare = max(height - AXIS_HEIGHT - sum(natural.values()), 0.0) / len(LANES)
    boxes, top = {}, AXIS_HEIGHT
    for kind in LANES:
        boxes[kind] = LaneBox(top, natural[kind] + spare, rows[kind])
        top += natural[kind] + spare
    return boxes
