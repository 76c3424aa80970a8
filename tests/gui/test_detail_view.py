"""The detail view reads at a glance: a header with the kind, #id, title and a coloured
status chip; evidence as cards; follow-ups as a timeline with their status chips; each
in a tab that says how many it holds. Colours stay legible in light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTabWidget

from pakru_desktop.domain.vocabulary import STATUSES, Kind
from pakru_desktop.gui.detail_cards import RECORD_ROLE, EvidenceCardDelegate
from pakru_desktop.gui.status_chips import TONES, Tone, chip_colours, tone_of
from pakru_desktop.gui.table_models import STATUS_CODE_ROLE
from pakru_desktop.gui.theme import apply_theme
from pakru_desktop.services import follow_ups
from pakru_desktop.services.items import get_item


def _show(qtbot, window, kind: Kind, item_id: int):
    page = window.item_pages[kind]
    window.show_page(page)
    assert page.select_item(item_id)
    qtbot.waitUntil(lambda: page.detail.item_id() == item_id)
    return page.detail


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(
            c.blueF()
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_header_says_what_the_item_is(qtbot, window, db):
    detail = _show(qtbot, window, Kind.PROJECT, 12)
    row = get_item(db, 12).row
    header = detail.header
    assert header.isVisible() and not detail.heading.isVisible()
    assert header.identity.text() == "#12 · Project"
    assert header.title.text() == row.title
    assert header.title.font().pointSizeF() > detail.form.title.font().pointSizeF()
    assert header.chip.isVisible() and header.chip.text() == "agreed"
    assert header.chip.tone() is Tone.UNDER_WAY
    assert not header.kind_icon.pixmap().isNull()
    # An event shows its type beside its kind.
    event = _show(qtbot, window, Kind.EVENT, 1)
    assert event.header.identity.text() == "#1 · Event · meeting"


def test_a_status_recorded_as_a_follow_up_turns_the_chip_and_the_timeline(qtbot, window, db,
                                                                          today):  # fmt: skip
    detail = _show(qtbot, window, Kind.PROJECT, 12)
    tabs = detail.tabs
    assert tabs.tabText(1) == "F&ollow-ups (1)"
    follow_ups.add_follow_up(db, 12, date="2025-10-14", note="Works stopped.", status="delayed",
                             today=today)  # fmt: skip
    window.refresh()
    qtbot.waitUntil(lambda: detail.header.chip.text() == "delayed")
    assert detail.header.chip.tone() is Tone.TROUBLE
    assert tabs.tabText(1) == "F&ollow-ups (2)"
    newest = detail.follow_up_model.index(0)
    assert newest.data(RECORD_ROLE).note == "Works stopped."  # newest first
    assert "delayed" in newest.data() and "Works stopped." in newest.data()
    # The timeline entry is taller than a line: the note wraps under its date and chip.
    hint = detail.follow_ups.itemDelegate().sizeHint(_option(detail.follow_ups), newest)
    assert hint.height() > 2 * detail.fontMetrics().height()


def _option(view) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    option.font = view.font()
    return option


def test_evidence_shows_as_cards_with_source_publisher_and_date(qtbot, window, db):
    detail = _show(qtbot, window, Kind.PROJECT, 12)
    evidence = get_item(db, 12).evidence
    assert detail.tabs.tabText(0) == f"E&vidence ({len(evidence)})"
    rows = [detail.evidence_model.index(n) for n in range(len(evidence))]
    published = [i for i in rows if i.data(RECORD_ROLE).source_publisher]
    assert published, "a seed source names its publisher"
    index = published[0]
    record = index.data(RECORD_ROLE)
    lines = [line.text for line in EvidenceCardDelegate.lines(record, QFont())]
    assert lines[0] == f"“{record.quote}”"
    assert record.source_title in lines[1] and record.source_publisher in lines[1]
    assert record.source_published.display() in lines[1]
    for other in rows:  # a source without a publisher leaves no empty part
        where = EvidenceCardDelegate.lines(other.data(RECORD_ROLE), QFont())[1].text
        assert " ·  · " not in where and not where.endswith(" · ")
    # Drawn, the card has a frame and words in it.
    view = detail.evidence
    view.resize(400, 400)
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    option = _option(view)
    option.rect = view.visualRect(index).translated(-view.visualRect(index).topLeft())
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    assert len({image.pixel(x, 20) for x in range(0, 400, 2)}) > 2


def test_the_tabs_share_the_pane_with_the_fields_and_save_stays_in_sight(qtbot, window):
    detail = _show(qtbot, window, Kind.EVENT, 1)
    assert isinstance(detail.tabs, QTabWidget) and detail.tabs.count() == 4
    sizes = detail.splitter.sizes()
    assert len(sizes) == 2 and min(sizes) > 100
    # Dragging the splitter gives the tabs more room.
    detail.splitter.setSizes([sizes[0] - 80, sizes[1] + 80])
    assert detail.splitter.sizes()[1] > sizes[1]
    save = detail.form.save_button
    assert save.isVisible()
    corner = save.mapTo(detail, QPoint(0, 0))
    assert detail.rect().contains(corner) and not detail.fields_area.isAncestorOf(save)


def test_the_list_gives_the_status_code_for_its_chip(qtbot, window, db):
    page = window.item_pages[Kind.PROJECT]
    window.show_page(page)
    qtbot.waitUntil(lambda: page.model.total() > 0)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    column = headers.index("Status")
    row = page.model.row_of_id(12)
    index = page.model.index(row, column)
    assert index.data(STATUS_CODE_ROLE) == "agreed" and index.data() == "agreed"
    assert page.model.index(row, 0).data(STATUS_CODE_ROLE) is None
    assert page.table.itemDelegateForColumn(column) is not None
    assert page.model.data(QModelIndex(), STATUS_CODE_ROLE) is None


def test_every_status_has_a_tone_and_every_chip_reads_in_light_and_dark():
    for kind in Kind:
        for term in STATUSES[kind]:
            assert term.code in TONES, term.code
    assert tone_of("something-new") is Tone.UNKNOWN
    app = QApplication.instance()
    try:
        for theme in ("light", "dark"):
            apply_theme(theme)
            palette = app.palette()
            for tone in Tone:
                tint, text = chip_colours(tone, palette)
                assert _contrast(tint, text) >= 4.5, (theme, tone)
                # The chip stands out from the row around it.
                assert tint != palette.color(QPalette.ColorRole.Base)
    finally:
        apply_theme("system")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_dimmed_lines_of_cards_stay_legible(theme):
    from pakru_desktop.gui.detail_cards import dimmed

    try:
        apply_theme(theme)
        palette = QApplication.instance().palette()
        colour = dimmed(palette)
        assert _contrast(colour, palette.color(QPalette.ColorRole.Base)) >= 4.5
        assert colour != palette.color(QPalette.ColorRole.Text)
    finally:
        apply_theme("system")


def test_a_status_cell_draws_its_mark_once_and_only_inside_the_cell(qtbot):
    from PySide6.QtGui import QPixmap, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from pakru_desktop.gui.status_chips import StatusChipDelegate

    red = QPixmap(16, 16)
    red.fill(QColor("#ff0000"))
    model = QStandardItemModel(1, 2)
    cell = QStandardItem("scheduled")
    cell.setData("scheduled", STATUS_CODE_ROLE)
    cell.setData(QIcon(red), Qt.ItemDataRole.DecorationRole)
    model.setItem(0, 0, cell)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, StatusChipDelegate(STATUS_CODE_ROLE, view))
    view.resize(500, 120)
    view.show()
    qtbot.waitExposed(view)

    def red_columns(width: int) -> tuple[list[int], QRect]:
        view.setColumnWidth(0, width)
        image = view.viewport().grab().toImage()
        rect = view.visualRect(model.index(0, 0))
        y = rect.center().y()
        return [x for x in range(image.width()) if QColor(image.pixel(x, y)).red() > 200
                and QColor(image.pixel(x, y)).green() < 60], rect  # fmt: skip

    wide, rect = red_columns(220)
    assert wide and min(wide) > rect.left() + 20  # beside the chip, not under it as well
    assert max(wide) - min(wide) < 20  # drawn once
    narrow, rect = red_columns(60)
    assert all(rect.left() <= x <= rect.right() for x in narrow)


def test_a_cards_source_line_keeps_each_parts_own_direction(qtbot, window, db):
    detail = _show(qtbot, window, Kind.PROJECT, 12)
    record = next(detail.evidence_model.record(n) for n in range(detail.evidence_model.rowCount())
                  if detail.evidence_model.record(n).source_publisher)  # fmt: skip
    line = EvidenceCardDelegate.lines(record, QFont())[1].text
    assert f"\u2068{record.source_publisher}\u2069" in line
