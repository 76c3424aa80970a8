"""What is under the pointer on the timeline, and what its tooltip says."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF

from pakru_desktop.domain.vocabulary import Kind, status_label
from pakru_desktop.gui.timeline_frame import Frame
from pakru_desktop.gui.timeline_layout import LaneLayout, Overflow
from pakru_desktop.services.timeline import LaneBucket, TimelineRow

# How far around a thin bar or a diamond a pointer still counts as on it.
SLOP_PX = 3.0
MAX_LISTED = 8


@dataclass(frozen=True)
class Hit:
    """An item's bar or due marker, a ``+N`` badge, or a density column, in one lane."""

    kind: Kind
    row: TimelineRow | None = None
    overflow: Overflow | None = None
    bucket: LaneBucket | None = None


def hit_at(frame: Frame, layouts: dict[Kind, LaneLayout], pos: QPointF) -> Hit | None:
    """The topmost thing drawn at ``pos``, or None."""
    if pos.x() < frame.plot_left:
        return None
    kind = frame.lane_at(pos.y())
    if kind is None or kind not in layouts:
        return None
    layout = layouts[kind]
    for bar in reversed(layout.bars):
        rect = frame.bar_rect(kind, bar).adjusted(-SLOP_PX, 0, SLOP_PX, 0)
        due = frame.due_rect(kind, bar)
        if rect.contains(pos) or (due is not None and due.contains(pos)):
            return Hit(kind, row=bar.row)
    for badge in layout.overflow:
        if frame.overflow_rect(kind, badge).contains(pos):
            return Hit(kind, overflow=badge)
    if layout.buckets:
        tallest = max(b.count for b in layout.buckets)
        box = frame.lanes[kind]
        for bucket in layout.buckets:
            rect = frame.bucket_rect(kind, bucket, tallest)
            if rect.left() <= pos.x() <= rect.right() and box.top <= pos.y() <= box.bottom:
                return Hit(kind, bucket=bucket)
    return None


def row_tooltip(row: TimelineRow) -> str:
    """Title, kind and date, status, due date and lateness, one per line."""
    inferred = " (inferred)" if row.date.inferred else ""
    lines = [
        row.title,
        f"{row.kind.label} · {row.date.display()}{inferred}",
        f"Status: {status_label(row.kind, row.status)}",
    ]
    if row.due is not None:
        due = f"Due {row.due.display()}"
        lines.append(f"{due} · {row.late.phrase()}" if row.late else due)
    elif row.late is not None:
        lines.append(row.late.phrase().capitalize())
    return "\n".join(lines)


def tooltip_for(hit: Hit) -> str:
    """The tooltip of what ``hit_at`` found."""
    if hit.row is not None:
        return row_tooltip(hit.row)
    if hit.overflow is not None:
        rows = hit.overflow.rows
        listed = [f"• {r.title} ({r.date.display()})" for r in rows[:MAX_LISTED]]
        if len(rows) > MAX_LISTED:
            listed.append(f"… and {len(rows) - MAX_LISTED:,} more")
        noun = hit.kind.plural if len(rows) != 1 else hit.kind.value
        return "\n".join([f"{len(rows):,} more {noun} here:", *listed, "Click to zoom in."])
    bucket = hit.bucket
    assert bucket is not None
    noun = hit.kind.plural if bucket.count != 1 else hit.kind.value
    first, last = bucket.first, bucket.last
    return (
        f"{bucket.count:,} {noun} from {first.day} {first:%b %Y} to {last.day} {last:%b %Y}"
        "\nClick to zoom in."
    )
