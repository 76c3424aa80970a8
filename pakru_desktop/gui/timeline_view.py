"""The timeline widget: lanes of bars on a time axis, zoomed, panned, hovered and clicked.

It reads only the window on screen plus a margin (``TimelineLoader``, off the window's
thread, after a short pause in panning or zooming), keeps the last window to draw from
meanwhile, packs bars into sub-rows only when the zoom or the data change, and paints
only what reaches the plot.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QToolTip, QWidget

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.text_widths import TextWidths
from pakru_desktop.gui.timeline_frame import AXIS_HEIGHT, LANE_PADDING, Frame, lane_boxes
from pakru_desktop.gui.timeline_hits import Hit, hit_at, tooltip_for
from pakru_desktop.gui.timeline_layout import (
    LABEL_MAX_PX,
    LANES,
    LaneLayout,
    lane_rows,
    pack_lane,
)
from pakru_desktop.gui.timeline_loader import TimelineLoader, WindowRequest
from pakru_desktop.gui.timeline_painter import PaintState, label_text, paint_timeline
from pakru_desktop.gui.timeline_scale import TimeScale, day_number, to_date
from pakru_desktop.services.timeline import (
    TimelineExtent,
    TimelineFilter,
    TimelineLink,
    TimelineSlice,
)

FETCH_DELAY_MS = 40  # panning or zooming reads the new window at most this often
MAX_SUB_ROWS = 12
ZOOM_STEP = 1.25
BUCKET_PX = 4  # a counted lane has one bucket per this many pixels
DRAG_THRESHOLD_PX = 4

translate = QCoreApplication.translate


class TimelineView(QWidget):
    """Draws the filtered items of every kind on one time axis; emits the clicked item."""

    item_selected = Signal(object)
    """The id of the item clicked, or None when the click was on no item."""
    item_opened = Signal(int)
    """An item double-clicked: show it in its list."""
    range_changed = Signal()
    loaded = Signal()
    """A window or an extent arrived and is drawn."""
    failed = Signal(str)

    def __init__(self, db_url: str, as_of: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName(translate("TimelineView", "Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(480, 320)
        self.loader = TimelineLoader(db_url, self)
        self.loader.signals.extent_loaded.connect(self._extent_arrived)
        self.loader.signals.window_loaded.connect(self._window_arrived)
        self.loader.signals.links_loaded.connect(self._links_arrived)
        self.loader.signals.failed.connect(self._failed)
        self.filter = TimelineFilter()
        self.as_of = as_of
        self.version = 0
        self.scale: TimeScale | None = None
        self.extent: TimelineExtent | None = None
        self.slice: TimelineSlice | None = None
        self._slice_for: WindowRequest | None = None
        self._asked: WindowRequest | None = None
        self._fit_pending = True
        self.selected: int | None = None
        self.links: tuple[TimelineLink, ...] = ()
        self.hovered: int | None = None
        self._layouts: dict[Kind, LaneLayout] = {}
        self._layout_key: tuple | None = None
        self._rows: dict[Kind, int] = {kind: 2 for kind in LANES}
        self._label_widths: dict[int, float] = {}
        self._text_widths: tuple[str, TextWidths] | None = None
        self._press: QPointF | None = None
        self._press_scale: TimeScale | None = None
        self._dragging = False
        self._fetch_timer = QTimer(self, singleShot=True, interval=FETCH_DELAY_MS)
        self._fetch_timer.timeout.connect(self._fetch)
        self._started = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Nothing is read until the timeline is first on screen.
        if not self._started:
            self._started = True
            self.loader.request_extent(self.filter, self.version)
        super().showEvent(event)

    # What is shown ---------------------------------------------------------------------
    def set_filter(self, flt: TimelineFilter) -> None:
        """Show only the items matching ``flt`` (the range on screen stays)."""
        if flt == self.filter:
            return
        self.filter = flt
        self.loader.request_extent(flt, self.version)
        self._schedule_fetch()

    def set_as_of(self, day: dt.date) -> None:
        """Judge lateness as of ``day``, drawn as a vertical line."""
        if day == self.as_of:
            return
        self.as_of = day
        self._label_widths.clear()  # labels say how late, and that depends on the day
        self._schedule_fetch()
        if self.selected is not None:
            self.loader.request_links(self.selected, day)
        self.update()

    def data_changed(self) -> None:
        """Records changed: read the extent and the window again (the old one stays drawn)."""
        self.version += 1
        self._label_widths.clear()
        self.loader.request_extent(self.filter, self.version)
        self._schedule_fetch()
        if self.selected is not None:
            self.loader.request_links(self.selected, self.as_of)

    def is_loading(self) -> bool:
        """True while a read is pending or queued."""
        return self.loader.busy() or self._fetch_timer.isActive()

    def shutdown(self) -> None:
        """Stop reading (before the database closes)."""
        self._fetch_timer.stop()
        self.loader.shutdown()

    # The axis ----------------------------------------------------------------------------
    def plot_width(self) -> float:
        """The width of the plot (right of the lane labels)."""
        return self._frame().plot_width

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day on screen."""
        scale = self._scale()
        return to_date(scale.first), to_date(scale.last(self.plot_width()) - 1e-6)

    def _scale(self) -> TimeScale:
        if self.scale is None:
            today = day_number(self.as_of)
            self.scale = TimeScale.fitting(today - 365, today + 30, self.plot_width())
        return self.scale

    def set_scale(self, scale: TimeScale) -> None:
        """Show the axis as ``scale`` says; reads the new window after a pause."""
        self.scale = scale.clamped()
        self._fit_pending = False
        self.update()
        self._schedule_fetch()
        self.range_changed.emit()

    def show_range(self, first: dt.date, last: dt.date) -> None:
        """Fit the days ``first`` … ``last`` into the plot, leaving room for the last labels."""
        width = self.plot_width()
        room = min(LABEL_MAX_PX, width * 0.25)
        self.set_scale(
            TimeScale.fitting(day_number(first), day_number(last) + 1, width, right=room)
        )

    def fit_all(self) -> None:
        """Show every item the filter shows (once its extent is known)."""
        extent = self.loader.extent(self.filter, self.version) or self.extent
        if extent is None or extent.first is None or extent.last is None:
            self._fit_pending = True
            return
        self.show_range(extent.first, extent.last)

    def zoom(self, factor: float, around_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out around plot x ``around_x`` (the middle if None)."""
        around = self.plot_width() / 2 if around_x is None else around_x
        self.set_scale(self._scale().zoomed(factor, around))

    def pan(self, dx: float) -> None:
        """Move the content ``dx`` pixels to the right."""
        self.set_scale(self._scale().panned(dx))

    # Reading windows -------------------------------------------------------------------
    def _schedule_fetch(self) -> None:
        # Not restarted while it runs: a continuous drag still reads every FETCH_DELAY_MS.
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _covers(self, request: WindowRequest | None, first: float, last: float) -> bool:
        if request is None or (request.flt, request.as_of, request.version) != (
            self.filter,
            self.as_of,
            self.version,
        ):
            return False
        if day_number(request.first) > first or day_number(request.last) + 1 < last:
            return False
        counted = self.slice is not None and self.slice is not None and self.slice.counted_kinds
        if request is self._slice_for and counted:
            # Counted lanes are re-read when their buckets get too coarse or too fine.
            bucket_px = self.slice.bucket_days * self._scale().px_per_day  # type: ignore[union-attr]
            return BUCKET_PX / 2 <= bucket_px <= BUCKET_PX * 2
        return True

    def _fetch(self) -> None:
        scale, width = self._scale(), self.plot_width()
        first, last = scale.first, scale.last(width)
        if self._covers(self._asked, first, last) or self._covers(self._slice_for, first, last):
            return
        margin = last - first
        request = WindowRequest(
            to_date(first - margin),
            to_date(last + margin),
            self.filter,
            self.as_of,
            self.version,
            buckets=max(int(3 * width / BUCKET_PX), 1),
        )
        self._asked = request
        self.loader.request_window(request)

    def _extent_arrived(self, key: tuple[TimelineFilter, int], extent: TimelineExtent) -> None:
        if key != (self.filter, self.version):
            return
        self.extent = extent
        if self._fit_pending:
            self.fit_all()
        self.update()
        self.loaded.emit()

    def _window_arrived(self, request: WindowRequest, result: TimelineSlice) -> None:
        if request is not self._asked:
            return
        self.slice, self._slice_for = result, request
        self._layout_key = None
        self.update()
        self.loaded.emit()

    def _links_arrived(self, item_id: int, links: tuple[TimelineLink, ...]) -> None:
        if item_id == self.selected:
            self.links = links
            self.update()

    def _failed(self, message: str) -> None:
        self.failed.emit(message)

    # Layout ----------------------------------------------------------------------------
    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 10

    def _label_width(self):
        key = self.font().key()
        if self._text_widths is None or self._text_widths[0] != key:
            self._text_widths = (key, TextWidths(self.font()))
            self._label_widths.clear()
        measure = self._text_widths[1]

        def width(row) -> float:
            known = self._label_widths.get(row.id)
            if known is None:
                known = measure(label_text(row))
                self._label_widths[row.id] = known
            return known

        return width

    def layouts(self) -> dict[Kind, LaneLayout]:
        """Each lane's packed bars for the current zoom and data (packed again when needed)."""
        px = self._scale().px_per_day
        key = (id(self.slice), px, self.height(), self.font().key())
        if key == self._layout_key:
            return self._layouts
        rows_by_kind: dict[Kind, list] = {kind: [] for kind in LANES}
        if self.slice is not None:
            for row in self.slice.rows:
                rows_by_kind[row.kind].append(row)
        width = self._label_width()
        layouts = {k: pack_lane(k, rows_by_kind[k], px, MAX_SUB_ROWS, width) for k in LANES}
        row_h = self._row_height()
        room = int((self.height() - AXIS_HEIGHT - 2 * LANE_PADDING * len(LANES)) // row_h)
        self._rows = lane_rows({k: v.rows_used for k, v in layouts.items()}, room)
        for kind in LANES:
            if layouts[kind].rows_used > self._rows[kind]:
                layouts[kind] = pack_lane(kind, rows_by_kind[kind], px, self._rows[kind], width)
        if self.slice is not None:
            for kind in self.slice.counted_kinds:
                buckets = [b for b in self.slice.buckets if b.kind is kind]
                layouts[kind].add_buckets(buckets, px)
        self._layouts, self._layout_key = layouts, key
        return layouts

    def _frame(self) -> Frame:
        scale = self.scale or TimeScale(day_number(self.as_of), 1.0)
        frame = Frame(float(self.width()), float(self.height()), scale, self._row_height())
        frame.lanes = lane_boxes(self._rows, frame.row_height, frame.height)
        return frame

    def current_frame(self) -> tuple[Frame, dict[Kind, LaneLayout]]:
        """The geometry and lane layouts of what is on screen now."""
        self._scale()
        layouts = self.layouts()
        return self._frame(), layouts

    def placements(self) -> dict[int, QRectF]:
        """Each placed item's bar rectangle in widget coordinates (visible or not)."""
        frame, layouts = self.current_frame()
        return {b.row.id: frame.bar_rect(k, b) for k, lane in layouts.items() for b in lane.bars}

    def paint_state(self) -> PaintState:
        """Selection, hover, links and the as-of day, for the painter."""
        extent = self.extent
        totals = {k: e.count for k, e in extent.kinds.items()} if extent else {}
        counted = self.slice.counted_kinds if self.slice else frozenset()
        return PaintState(self.as_of, self.selected, self.hovered, self.links, counted, totals)

    def render_into(self, painter: QPainter, width: float, height: float) -> None:
        """Paint what is on screen onto ``painter`` (an image or an SVG of that size)."""
        frame, layouts = self.current_frame()
        frame.width, frame.height = width, height
        paint_timeline(painter, frame, layouts, self.paint_state(), self.palette(), self.font())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        self.render_into(painter, float(self.width()), float(self.height()))
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fit_pending and self.extent is not None:
            self.fit_all()
        self._schedule_fetch()

    # Selection and hover ---------------------------------------------------------------
    def select_item(self, item_id: int | None) -> None:
        """Select ``item_id`` (None: nothing), read its links, and say so."""
        self.selected = item_id
        self.links = ()
        if item_id is not None:
            self.loader.request_links(item_id, self.as_of)
        self.update()
        self.item_selected.emit(item_id)

    def hit(self, pos: QPointF) -> Hit | None:
        """What is under widget position ``pos``."""
        frame, layouts = self.current_frame()
        return hit_at(frame, layouts, pos)

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip shown when hovering ``pos`` (empty over nothing)."""
        hit = self.hit(pos)
        return tooltip_for(hit) if hit is not None else ""

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._press_scale, self._dragging = event.position(), self._scale(), False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._press is not None and self._press_scale is not None:
            dx = event.position().x() - self._press.x()
            if self._dragging or abs(dx) >= DRAG_THRESHOLD_PX:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.set_scale(self._press_scale.panned(dx))
            return
        hit = self.hit(event.position())
        hovered = hit.row.id if hit is not None and hit.row is not None else None
        if hovered != self.hovered:
            self.hovered = hovered
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        dragged, self._press, self._dragging = self._dragging, None, False
        self.unsetCursor()
        if dragged:
            return
        hit = self.hit(event.position())
        if hit is not None and hit.row is not None:
            self.select_item(hit.row.id)
        elif hit is not None:
            # A "+N" badge or a density column: zoom in on it.
            self.zoom(4.0, event.position().x() - self._frame().plot_left)
        else:
            self.select_item(None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        hit = self.hit(event.position())
        if hit is not None and hit.row is not None:
            self.item_opened.emit(hit.row.id)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.hovered is not None:
            self.hovered = None
            self.update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        delta = event.angleDelta()
        if delta.x() and not delta.y():
            self.pan(delta.x() / 2)
        elif delta.y():
            x = event.position().x() - self._frame().plot_left
            self.zoom(ZOOM_STEP ** (delta.y() / 120), x)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, width = event.key(), self.plot_width()
        actions = {
            Qt.Key.Key_Plus: lambda: self.zoom(ZOOM_STEP),
            Qt.Key.Key_Equal: lambda: self.zoom(ZOOM_STEP),
            Qt.Key.Key_Minus: lambda: self.zoom(1 / ZOOM_STEP),
            Qt.Key.Key_Left: lambda: self.pan(width / 8),
            Qt.Key.Key_Right: lambda: self.pan(-width / 8),
            Qt.Key.Key_PageUp: lambda: self.pan(width * 0.9),
            Qt.Key.Key_PageDown: lambda: self.pan(-width * 0.9),
            Qt.Key.Key_Home: self.fit_all,
            Qt.Key.Key_0: self.fit_all,
            Qt.Key.Key_Escape: lambda: self.select_item(None),
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
