"""The Timeline page: filters, zoom and export buttons, the timeline, the selected item.

Clicking a bar shows a read-only summary of the item beside the timeline; **Open in list**
(or a double-click on the bar) shows it on its kind's page, where it can be edited.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError, ValidationError
from pakru_desktop.domain.fuzzy_date import Precision, parse_fuzzy_date
from pakru_desktop.domain.overdue import lateness
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.date_words import (
    explained_date,
    lateness_heading,
    lateness_reason,
    shown_date,
)
from pakru_desktop.gui.errors import error_text, show_error
from pakru_desktop.gui.first_show import ReadOnFirstShow
from pakru_desktop.gui.timeline_export import export_png, export_svg
from pakru_desktop.gui.timeline_filter_bar import TimelineFilterBar
from pakru_desktop.gui.timeline_scale import short_date
from pakru_desktop.gui.timeline_view import ZOOM_STEP, TimelineView
from pakru_desktop.gui.vocabulary_names import kind_name, link_type_name, status_name
from pakru_desktop.gui.widgets.fuzzy_date_edit import mark_error
from pakru_desktop.services import items
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import Changes, ItemDetail

translate = QCoreApplication.translate

# Changes to these tables can move, add, remove or re-judge bars and links.
TIMELINE_TABLES = frozenset({"items", "follow_ups", "links", "actors"})


class TimelinePage(QWidget, ReadOnFirstShow):
    """Every kind on one time axis, filtered like the lists, with the clicked item beside it."""

    count_changed = Signal()
    open_item = Signal(int)
    """Show this item on its kind's page."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_timeline")
        self.db, self.today = db, today
        self.filter_bar = TimelineFilterBar()
        self.view = TimelineView(db.url, today())
        self.summary = QTextBrowser(objectName="timelineSummary")
        self.summary.setAccessibleName(translate("TimelinePage", "Timeline summary"))
        self.summary.setOpenLinks(False)
        self.open_button = QPushButton(
            translate("TimelinePage", "Open in list"), objectName="timelineOpen"
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)

        self.as_of = QLineEdit(objectName="timelineAsOf")
        self.as_of.setPlaceholderText(translate("TimelinePage", "today"))
        self.as_of.setToolTip(
            translate("TimelinePage", "The day overdue items are judged on (empty: today)")
        )
        self.as_of.setMaximumWidth(130)
        self.as_of.setClearButtonEnabled(True)
        self.as_of.editingFinished.connect(self._as_of_edited)

        controls = QHBoxLayout()
        for text, name, tip, slot in (
            (
                "−",
                "zoomOut",
                translate("TimelinePage", "Zoom out (−, or the wheel)"),
                lambda: self.view.zoom(1 / ZOOM_STEP),
            ),
            (
                "+",
                "zoomIn",
                translate("TimelinePage", "Zoom in (+, or the wheel)"),
                lambda: self.view.zoom(ZOOM_STEP),
            ),
            (
                translate("TimelinePage", "Fit all"),
                "fitAll",
                translate("TimelinePage", "Show every item the filter shows (Home)"),
                self.view.fit_all,
            ),
        ):
            button = QToolButton(objectName=name, text=text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            controls.addWidget(button)
        as_of_label = QLabel(translate("TimelinePage", "&As of:"))
        as_of_label.setBuddy(self.as_of)
        controls.addSpacing(12)
        controls.addWidget(as_of_label)
        controls.addWidget(self.as_of)
        self.range_label = QLabel(objectName="timelineRange")
        controls.addSpacing(12)
        controls.addWidget(self.range_label, 1)
        exports = (
            (translate("TimelinePage", "Export PNG…"), "png"),
            (translate("TimelinePage", "Export SVG…"), "svg"),
        )
        for text, suffix in exports:
            button = QToolButton(objectName=f"export_{suffix}", text=text)
            button.clicked.connect(lambda _checked=False, s=suffix: self.choose_export(s))
            controls.addWidget(button)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.open_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="split_timeline")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([980, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_bar)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)

        self.filter_bar.filter_changed.connect(self.view.set_filter)
        self.view.item_selected.connect(self._show_selected)
        self.view.item_opened.connect(self.open_item.emit)
        self.view.range_changed.connect(self._show_range)
        self.view.loaded.connect(self.count_changed.emit)
        self._detail: ItemDetail | None = None
        self._placeholder()

    def load(self) -> None:
        """Offer the sectors in use (the timeline reads its own data once shown)."""
        self.loaded = True
        from pakru_desktop.services.queries import sectors_in_use

        self.filter_bar.set_sectors(sectors_in_use(self.db))

    def on_changes(self, changes: Changes) -> None:
        """Read the timeline again when what it draws changed."""
        if TIMELINE_TABLES & changes.tables:
            self.view.data_changed()
            if self._detail is not None:
                self._show_selected(self._detail.id)
        if "items" in changes.tables:
            self.load()

    def status_text(self) -> str:
        """What the status bar says while the page is shown."""
        extent = self.view.extent
        if extent is None:
            return translate("TimelinePage", "Reading the timeline…")
        count = extent.count  # a plain name: lupdate reads no other count
        return translate("TimelinePage", "%Ln item(s) on the timeline", None, count)

    # The as-of day ----------------------------------------------------------------------
    def _as_of_edited(self) -> None:
        text = self.as_of.text().strip()
        mark_error(self.as_of, False)
        if not text:
            self.view.set_as_of(self.today())
            return
        try:
            value = parse_fuzzy_date(text, self.today())
        except ValidationError as error:
            mark_error(self.as_of, True)
            self.as_of.setToolTip(error_text(error))
            return
        self.as_of.setToolTip(explained_date(value))
        # "As of Nov 2025" means once November is over.
        self.view.set_as_of(value.start if value.precision is Precision.DAY else value.end)

    def set_as_of(self, day: dt.date) -> None:
        """Judge lateness as of ``day`` (as if typed in the As of field)."""
        self.as_of.setText(day.isoformat())
        self._as_of_edited()

    def _show_range(self) -> None:
        first, last = self.view.visible_range()
        self.range_label.setText(
            translate("TimelinePage", "{first} – {last}").format(
                first=short_date(first), last=short_date(last)
            )
        )

    # The selected item ------------------------------------------------------------------
    def _placeholder(self) -> None:
        self.summary.setHtml(
            translate(
                "TimelinePage",
                "<p>Click a bar to see its item here; double-click it to open it in its list.</p>"
                "<p>Wheel or <b>+</b>/<b>−</b> zoom, drag or arrow keys pan, <b>Home</b> fits all."
                "</p>",
            )
        )
        self.open_button.setEnabled(False)

    def _show_selected(self, item_id: int | None) -> None:
        if item_id is None:
            self._detail = None
            self._placeholder()
            return
        try:
            self._detail = items.get_item(self.db, item_id)
        except PakruError:
            self._detail = None  # deleted meanwhile
            self._placeholder()
            return
        self.summary.setHtml(summary_html(self._detail, self.view.as_of))
        self.open_button.setEnabled(True)

    def selected_id(self) -> int | None:
        """The item whose summary is shown, if any."""
        return self._detail.id if self._detail is not None else None

    def _open_selected(self) -> None:
        if self._detail is not None:
            self.open_item.emit(self._detail.id)

    # Export -----------------------------------------------------------------------------
    def choose_export(self, suffix: str) -> None:
        """Ask where to save the visible timeline as PNG or SVG, then save it."""
        if suffix == "svg":
            title = translate("TimelinePage", "Export the timeline as SVG")
            files = translate("TimelinePage", "SVG files (*.svg)")
        else:
            title = translate("TimelinePage", "Export the timeline as PNG")
            files = translate("TimelinePage", "PNG files (*.png)")
        name, _ = QFileDialog.getSaveFileName(self, title, f"timeline.{suffix}", files)
        if not name:
            return
        try:
            self.export(Path(name), suffix)
        except PakruError as error:
            show_error(self, error)

    def export(self, path: Path, suffix: str | None = None) -> Path:
        """Save the visible timeline to ``path`` (PNG or SVG, by ``suffix`` or the name)."""
        kind = (suffix or path.suffix.lstrip(".")).lower()
        return export_svg(self.view, path) if kind == "svg" else export_png(self.view, path)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.view.shutdown()
        super().closeEvent(event)


def summary_html(detail: ItemDetail, as_of: dt.date) -> str:
    """A read-only summary of an item: what, when, due, status and lateness, links."""
    row = detail.row
    e = html.escape
    when = (
        translate("TimelinePage", "{kind} · {date} <i>(date inferred)</i>")
        if row.date.inferred
        else translate("TimelinePage", "{kind} · {date}")
    )
    lines = [
        f"<h3>{e(row.title)}</h3>",
        f"<p>{when.format(kind=e(kind_name(row.kind)), date=e(shown_date(row.date)))}</p>",
    ]
    status = e(status_name(row.kind, row.status))
    lines.append(translate("TimelinePage", "<p><b>Status:</b> {status}").format(status=status))
    if row.due is not None:
        due = e(shown_date(row.due))
        lines.append(translate("TimelinePage", "<br><b>Due:</b> {date}").format(date=due))
    late = lateness(row.kind, row.status, row.date, row.due, as_of)
    if late is not None:
        lines.append(f"<br><b>⚠ {e(lateness_heading(late))}.</b> {e(lateness_reason(late))}")
    lines.append("</p>")
    if row.location:
        where = translate("TimelinePage", "<p><b>Where:</b> {place}</p>")
        lines.append(where.format(place=e(row.location)))
    if row.sectors:
        sectors = translate("TimelinePage", "<p><b>Sectors:</b> {sectors}</p>")
        lines.append(sectors.format(sectors=e(", ".join(row.sectors))))
    if detail.summary:
        lines.append(f"<p>{e(detail.summary)}</p>")
    if detail.links:
        lines.append(translate("TimelinePage", "<p><b>Linked items</b> (drawn as connectors):</p>"))
        lines.append("<ul>")
        for link in detail.links:
            arrow = "→" if link.outgoing else "←"
            kind = e(link_type_name(link.type))
            lines.append(f"<li>{arrow} {kind}: {e(link.other_title)}</li>")
        lines.append("</ul>")
    return "".join(lines)
