"""Packing a dense lane, and measuring labels: every row is drawn or counted, none overlap."""

from __future__ import annotations

import datetime as dt
import random

from PySide6.QtGui import QFont, QFontMetricsF

from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.text_widths import TextWidths
from pakru_desktop.gui.timeline_layout import DIAMOND_PX, GAP_PX, LABEL_GAP_PX, pack_lane
from pakru_desktop.services.timeline import TimelineRow


def _rows(count: int, seed: int = 5) -> list[TimelineRow]:
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(90))
        date = FuzzyDate(day, Precision.DAY)
        if rng.random() < 0.2:
            date = date.spanning(FuzzyDate(day + dt.timedelta(days=rng.randrange(1, 40)),
                                           Precision.DAY))  # fmt: skip
        due = FuzzyDate(day + dt.timedelta(days=rng.randrange(0, 60)), Precision.DAY)
        rows.append(TimelineRow(n + 1, Kind.PROJECT, f"Project {n}", "proposed", date,
                                due if n % 3 == 0 else None, None))  # fmt: skip
    return sorted(rows, key=lambda r: (r.days[0], r.id))


def test_a_dense_lane_draws_what_fits_and_counts_the_rest() -> None:
    rows = _rows(2500)
    lane = pack_lane(Kind.PROJECT, rows, 15.0, 6, lambda row: 8.0 * len(row.title))
    drawn = {bar.row.id for bar in lane.bars}
    counted = [row.id for badge in lane.overflow for row in badge.rows]
    assert len(drawn) + len(counted) == len(rows) and not drawn & set(counted)
    assert lane.rows_used == 6 and 0 < len(drawn) < len(rows)
    by_sub: dict[int, list] = {}
    for bar in lane.bars:
        by_sub.setdefault(bar.sub_row, []).append(bar)
    for bars in by_sub.values():
        for before, after in zip(bars, bars[1:], strict=False):
            # A bar, its due marker and its (perhaps shortened) label end before the next
            # bar (or the next bar's earlier due marker) begins.
            body_end = before.label_x - LABEL_GAP_PX
            claimed = body_end if before.label_inside else max(before.label_limit, body_end)
            start = after.x0 if after.due_x0 is None else min(after.x0, after.due_x0 - DIAMOND_PX)
            assert claimed + GAP_PX <= start + 1e-9


def test_a_sparse_lane_draws_every_row() -> None:
    rows = _rows(12)
    lane = pack_lane(Kind.PROJECT, rows, 15.0, 12, lambda row: 60.0)
    assert {bar.row.id for bar in lane.bars} == {row.id for row in rows}
    assert lane.overflow == []


def test_summed_widths_match_the_font_for_letters_and_measure_shaped_text_whole(qapp) -> None:
    font = QFont()
    metrics = QFontMetricsF(font)
    widths = TextWidths(font)
    for text in ("Pilot cargo train — 3 months overdue", "Путин и Шариф", "Zürich WAVE"):
        exact = metrics.horizontalAdvance(text)
        # Kerning only narrows the real text, so the sum never claims too little room.
        assert exact - 0.5 <= widths(text) <= exact * 1.06 + 1
    urdu = "پاکستان اور روس"
    assert widths(urdu) == metrics.horizontalAdvance(urdu)
    assert widths("") == 0
