"""What is under the pointer on the timeline, and what its tooltip says."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.date_words import lateness_heading, lateness_phrase, shown_date
from pakru_desktop.gui.timeline_frame import Frame
from pakru_desktop.gui.timeline_layout import LaneLayout, Overflow
from pakru_desktop.gui.timeline_scale import short_date
from pakru_desktop.gui.vocabulary_names import kind_name, status_name
from pakru_desktop.services.timeline import LaneBucket, TimelineRow

translate = QCoreApplication.translate

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
    when = (
        translate("TimelineHits", "{kind} · {date} (inferred)")
        if row.date.inferred
        else translate("TimelineHits", "{kind} · {date}")
    )
    lines = [
        row.title,
        when.format(kind=kind_name(row.kind), date=shown_date(row.date)),
        translate("TimelineHits", "Status: {status}").format(
            status=status_name(row.kind, row.status)
        ),
    ]
    if row.due is not None:
        due = shown_date(row.due)
        if row.late:
            text = translate("TimelineHits", "Due {date} · {lateness}")
            lines.append(text.format(date=due, lateness=lateness_phrase(row.late)))
        else:
            lines.append(translate("TimelineHits", "Due {date}").format(date=due))
    elif row.late is not None:
        lines.append(lateness_heading(row.late))
    return "\n".join(lines)


def tooltip_for(hit: Hit) -> str:
    """The tooltip of what ``hit_at`` found."""
    if hit.row is not None:
        return row_tooltip(hit.row)
    if hit.overflow is not None:
        rows = hit.overflow.rows
        listed = [f"• {r.title} ({shown_date(r.date)})" for r in rows[:MAX_LISTED]]
        if len(rows) > MAX_LISTED:
            more = len(rows) - MAX_LISTED  # a plain name: lupdate reads no other count
            listed.append(translate("TimelineHits", "… and %Ln more", None, more))
        return "\n".join([_more_here(hit.kind, len(rows)), *listed, _click_to_zoom()])
    bucket = hit.bucket
    assert bucket is not None
    counted = _counted(hit.kind, bucket.count)
    dates = counted.format(first=short_date(bucket.first), last=short_date(bucket.last))
    return f"{dates}\n{_click_to_zoom()}"


def _click_to_zoom() -> str:
    return translate("TimelineHits", "Click to zoom in.")


def _more_here(kind: Kind, count: int) -> str:
    # The first line over a "+N" badge: "3 more events here:".
    if kind is Kind.EVENT:
        return translate("TimelineHits", "%Ln more event(s) here:", None, count)
    if kind is Kind.AGREEMENT:
        return translate("TimelineHits", "%Ln more agreement(s) here:", None, count)
    if kind is Kind.PROJECT:
        return translate("TimelineHits", "%Ln more project(s) here:", None, count)
    return translate("TimelineHits", "%Ln more commitment(s) here:", None, count)


def _counted(kind: Kind, count: int) -> str:
    # A density column: "12 events from {first} to {last}".
    if kind is Kind.EVENT:
        return translate("TimelineHits", "%Ln event(s) from {first} to {last}", None, count)
    if kind is Kind.AGREEMENT:
        return translate("TimelineHits", "%Ln agreement(s) from {first} to {last}", None, count)
    if kind is Kind.PROJECT:
        return translate("TimelineHits", "%Ln project(s) from {first} to {last}", None, count)
    return translate("TimelineHits", "%Ln commitment(s) from {first} to {last}", None, count)
