"""Where each bar of the timeline goes: its lane, its sub-row, its extent in pixels.

Positions are kept in *absolute* pixels (day number × pixels per day), so panning only
shifts them and the packing is redone only when the zoom or the data change. Bars in a
lane are packed greedily into sub-rows, each bar claiming room for its label to its right;
a bar that finds no room is counted in an overflow badge instead of hiding another.
No Qt here: label widths come from a function the view passes in.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.timeline_scale import day_number
from pakru_desktop.services.timeline import LaneBucket, TimelineRow

MIN_BAR_PX = 4.0  # a day is never narrower than this, however far out the zoom
GAP_PX = 6.0  # between neighbours in a sub-row
LABEL_GAP_PX = 4.0
LABEL_MAX_PX = 240.0
DIAMOND_PX = 6.0  # half the width of a due-date marker
MIN_LABEL_PX = 24.0  # a label with less room than this is left out (the tooltip has it)
OVERFLOW_CLUSTER_PX = 24.0
# A bar at least this wide (or as wide as its whole label) carries its label inside.
INSIDE_LABEL_PX = 90.0
LANES = (Kind.EVENT, Kind.AGREEMENT, Kind.PROJECT, Kind.COMMITMENT)


@dataclass
class PlacedBar:
    """One item's bar: its sub-row and, in absolute pixels, its span and due marker."""

    row: TimelineRow
    sub_row: int
    x0: float
    x1: float
    due_x0: float | None
    due_x1: float | None
    label_limit: float  # the label may run up to here (absolute pixels)
    label_inside: bool = False

    @property
    def label_x(self) -> float:
        """Where the label starts: after the bar and its due marker."""
        end = self.x1 if self.due_x1 is None else max(self.x1, self.due_x1 + DIAMOND_PX)
        return end + LABEL_GAP_PX


@dataclass
class Overflow:
    """Bars of a lane that found no sub-row near one place: drawn as a ``+N`` badge."""

    x0: float
    x1: float
    rows: list[TimelineRow] = field(default_factory=list)


@dataclass
class LaneLayout:
    """One lane's bars, overflow badges and (for a counted lane) density buckets."""

    kind: Kind
    bars: list[PlacedBar] = field(default_factory=list)
    overflow: list[Overflow] = field(default_factory=list)
    buckets: list[LaneBucket] = field(default_factory=list)
    rows_used: int = 0
    # For finding what is on screen by bisection: bars' and buckets' left edges, in order,
    # and how far right of its left edge any bar (with its due marker and label) reaches.
    bar_x0: list[float] = field(default_factory=list)
    reach: float = 0.0
    bucket_x0: list[float] = field(default_factory=list)

    def add_buckets(self, buckets: Sequence[LaneBucket], px_per_day: float) -> None:
        """Draw this lane as density columns (``buckets`` in day order)."""
        self.buckets = list(buckets)
        self.bucket_x0 = [bucket_span(b, px_per_day)[0] for b in self.buckets]

    def bars_between(self, left: float, right: float) -> list[PlacedBar]:
        """The bars that may reach into absolute ``left``…``right``."""
        low = bisect.bisect_left(self.bar_x0, left - self.reach)
        high = bisect.bisect_right(self.bar_x0, right)
        return self.bars[low:high]

    def buckets_between(self, left: float, right: float, widest: float) -> list[LaneBucket]:
        """The buckets that may reach into absolute ``left``…``right``."""
        low = bisect.bisect_left(self.bucket_x0, left - widest)
        high = bisect.bisect_right(self.bucket_x0, right)
        return self.buckets[low:high]


def _extent(row: TimelineRow, px_per_day: float) -> tuple[float, float, float | None, float | None]:
    first, last = row.days
    x0, x1 = first * px_per_day, last * px_per_day
    x1 = max(x1, x0 + MIN_BAR_PX)
    if row.due_days is None:
        return x0, x1, None, None
    due_first, due_last = row.due_days
    return x0, x1, due_first * px_per_day, due_last * px_per_day


def pack_lane(
    kind: Kind,
    rows: Sequence[TimelineRow],
    px_per_day: float,
    max_rows: int,
    label_width: Callable[[TimelineRow], float],
) -> LaneLayout:
    """Pack ``rows`` (one kind's, sorted by start) into at most ``max_rows`` sub-rows."""
    lane = LaneLayout(kind)
    # Per sub-row: where its last bar ends with its label, without it, and that bar.
    full_end: list[float] = []
    tight_end: list[float] = []
    last_bar: list[PlacedBar | None] = []
    for row in sorted(rows, key=lambda r: (r.days[0], r.id)):
        x0, x1, due0, due1 = _extent(row, px_per_day)
        # Due markers before the start (a due date earlier than the item) still claim room.
        start = min(x0, due0 - DIAMOND_PX) if due0 is not None else x0
        if len(full_end) >= max_rows and (not tight_end or min(tight_end) + GAP_PX > start):
            # Every sub-row is taken here (the usual fate of most rows in a dense window):
            # settled before measuring a label that would not be drawn.
            _add_overflow(lane, row, x0, x1)
            continue
        sub = next((n for n, end in enumerate(full_end) if end + GAP_PX <= start), None)
        shortened = None
        if sub is None and len(full_end) < max_rows:
            sub = len(full_end)
            full_end.append(0.0)
            tight_end.append(0.0)
            last_bar.append(None)  # type: ignore[arg-type]
        elif sub is None:
            # No sub-row with room for the label: take one where only the previous label
            # is in the way, and shorten that label to end before this bar.
            sub = next(n for n, end in enumerate(tight_end) if end + GAP_PX <= start)
            shortened = last_bar[sub]
        if shortened is not None and not shortened.label_inside:
            shortened.label_limit = start - GAP_PX
        bar = PlacedBar(row, sub, x0, x1, due0, due1, 0.0)
        body_end = bar.label_x - LABEL_GAP_PX
        wanted = min(label_width(row), LABEL_MAX_PX)
        bar.label_inside = x1 - x0 >= min(wanted, INSIDE_LABEL_PX) + 2 * LABEL_GAP_PX
        label_end = body_end if bar.label_inside else bar.label_x + wanted
        bar.label_limit = x1 - LABEL_GAP_PX if bar.label_inside else label_end
        lane.bar_x0.append(x0)
        lane.reach = max(lane.reach, max(label_end, x1, due1 or x1) + 2 * DIAMOND_PX + 16 - x0)
        full_end[sub], tight_end[sub], last_bar[sub] = label_end, body_end, bar
        lane.bars.append(bar)
    lane.rows_used = len(full_end)
    return lane


def _add_overflow(lane: LaneLayout, row: TimelineRow, x0: float, x1: float) -> None:
    if lane.overflow and x0 <= lane.overflow[-1].x1 + OVERFLOW_CLUSTER_PX:
        badge = lane.overflow[-1]
        badge.x1 = max(badge.x1, x1)
    else:
        badge = Overflow(x0, x1)
        lane.overflow.append(badge)
    badge.rows.append(row)


def lane_rows(needed: dict[Kind, int], available: int, minimum: int = 2) -> dict[Kind, int]:
    """Sub-rows per lane: what each needs when they all fit, else shared out by need."""
    wanted = {kind: max(needed.get(kind, 0), minimum) for kind in LANES}
    total = sum(wanted.values())
    if total <= available:
        return wanted
    spare = max(available - minimum * len(LANES), 0)
    extra = {kind: wanted[kind] - minimum for kind in LANES}
    extra_total = sum(extra.values()) or 1
    return {kind: minimum + int(spare * extra[kind] / extra_total) for kind in LANES}


def bucket_span(bucket: LaneBucket, px_per_day: float) -> tuple[float, float]:
    """A density bucket's extent in absolute pixels."""
    return day_number(bucket.first) * px_per_day, (day_number(bucket.last) + 1) * px_per_day
