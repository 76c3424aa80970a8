"""The Overview page, the first on launch: where things stand and what needs attention.

Counts by kind and status (a click opens that list, filtered), then what is overdue, due
soon and stale, and the latest follow-ups, as of a day the person chooses (today by
default). The overview is built off the GUI thread (``OverviewWorker``); a double click
or Enter on a row opens the item.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QObject,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.overdue import DUE_SOON_DAYS, STALE_DAYS
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.date_words import lateness_phrase, lateness_reason, shown_date
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.overdue_marks import overdue_brush, overdue_icon
from pakru_desktop.gui.vocabulary_names import kind_name, kind_names, status_name
from pakru_desktop.gui.widgets.wrapping_row import WrappingRow
from pakru_desktop.gui.worker_database import open_for_worker
from pakru_desktop.services.database import Database
from pakru_desktop.services.overview import Overview, OverviewRow, build_overview
from pakru_desktop.services.records import Changes

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

DUE_SOON_KEY = "overview/due_soon_days"
STALE_KEY = "overview/stale_days"
# The tables whose changes can change the overview.
_WATCHED = {"items", "follow_ups", "evidence", "sources"}
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Rebuilding waits this long after a change, so a burst of changes builds once.
REBUILD_DELAY_MS = 300


class OverviewSignals(QObject):
    """What a build reports; emitted from the worker thread, delivered queued to the GUI."""

    built = Signal(object, int)
    """The ``Overview`` and the number of the request it answers."""
    failed = Signal(str, int)
    """One sentence saying why it could not be built, and the request's number."""


class OverviewWorker(QRunnable):
    """Build the overview once on the thread pool, with its own database connection."""

    def __init__(
        self, db_url: str, as_of: dt.date, due_soon_days: int, stale_days: int, request: int
    ) -> None:
        super().__init__()
        # Owned by the application and deleted in the GUI thread (see ``ExportWorker``).
        self.signals = OverviewSignals(QCoreApplication.instance())
        self.db_url, self.as_of, self.request = db_url, as_of, request
        self.due_soon_days, self.stale_days = due_soon_days, stale_days

    def run(self) -> None:
        """Build, then emit ``built`` or ``failed``."""
        try:
            db = open_for_worker(
                self.db_url, lambda text: self.signals.failed.emit(text, self.request), "overview"
            )
            if db is None:
                return
            try:
                result = build_overview(
                    db, self.as_of, due_soon_days=self.due_soon_days, stale_days=self.stale_days
                )
            except PakruError as error:
                self.signals.failed.emit(error_text(error), self.request)
            except Exception as error:  # a bug: log it fully, report one line
                log.exception("Building the overview failed")
                text = translate("OverviewPage", "Unexpected error: {error}").format(error=error)
                self.signals.failed.emit(text, self.request)
            else:
                self.signals.built.emit(result, self.request)
            finally:
                db.close()
        finally:
            self.signals.deleteLater()


def _suffix_days(box: QSpinBox, days: int) -> None:
    # The unit agrees with the number ("1 day", "30 days"): the words around the number in
    # the translated count become the box's prefix and suffix.
    count = translate("OverviewPage", "%n day(s)", None, days)
    prefix, number, suffix = count.partition(str(days))
    if not number:
        prefix, suffix = "", f" {count}"
    if box.prefix() != prefix:
        box.setPrefix(prefix)
    if box.suffix() != suffix:
        box.setSuffix(suffix)


def _list(name: str, headers: list[str], label: str) -> QTreeWidget:
    tree = QTreeWidget(objectName=name)
    tree.setAccessibleName(label)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    tree.setMinimumHeight(120)
    return tree


class OverviewPage(QWidget):
    """Counts, overdue, due soon, stale and the latest follow-ups, as of a chosen day."""

    count_changed = Signal()
    built = Signal(object)
    """Emitted with each ``Overview`` shown."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        settings: QSettings,
        today: Callable[[], dt.date],
        open_item: Callable[[int], None],
        open_list: Callable[[Kind, str | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_overview")
        self.db, self.settings, self.today = db, settings, today
        self._open_item, self._open_list = open_item, open_list
        self.overview: Overview | None = None
        self._request = 0

        self.as_of = QDateEdit(objectName="asOf", calendarPopup=True)
        self.as_of.setDisplayFormat("d MMM yyyy")
        self._set_date(today())
        self.as_of.dateChanged.connect(lambda _date: self._schedule())
        as_of_label = QLabel(translate("OverviewPage", "&As of:"))
        as_of_label.setBuddy(self.as_of)
        today_button = QPushButton(translate("OverviewPage", "&Today"), objectName="todayButton")
        today_button.setAutoDefault(False)
        today_button.clicked.connect(lambda: self._set_date(self.today()))
        self.due_soon_days = self._days_box("dueSoonDays", DUE_SOON_KEY, DUE_SOON_DAYS)
        self.stale_days = self._days_box("staleDays", STALE_KEY, STALE_DAYS)
        due_label = QLabel(translate("OverviewPage", "Due &soon within"))
        due_label.setBuddy(self.due_soon_days)
        stale_label = QLabel(translate("OverviewPage", "S&tale after"))
        self.due_soon_days.setToolTip(
            translate(
                "OverviewPage", "How many days the lists of what is due soon look at; remembered."
            )
        )
        self.stale_days.setToolTip(
            translate(
                "OverviewPage", "How many days the lists of what is stale look at; remembered."
            )
        )
        stale_label.setBuddy(self.stale_days)
        self.state = QLabel(objectName="overviewState")
        self.state.setMinimumWidth(0)
        top = QHBoxLayout()
        # On a narrow window (or in longer words) the day counts go under the date.
        self.choices = WrappingRow(
            [
                [as_of_label, self.as_of, today_button],
                [due_label, self.due_soon_days, stale_label, self.stale_days],
            ]
        )
        top.addWidget(self.choices, 1)
        top.addWidget(self.state)

        self.counts_box = QGroupBox(
            translate("OverviewPage", "Records by status"), objectName="counts"
        )
        self.counts = QGridLayout(self.counts_box)
        self.counts.setColumnStretch(2, 1)

        number, title, kind = (
            translate("OverviewPage", "#"),
            translate("OverviewPage", "Title"),
            translate("OverviewPage", "Kind"),
        )
        status, due = translate("OverviewPage", "Status"), translate("OverviewPage", "Due")
        self.overdue = _list(
            "overdue",
            [number, title, kind, status, due, translate("OverviewPage", "Late")],
            translate("OverviewPage", "Overdue"),
        )
        self.due_soon = _list(
            "dueSoon", [number, title, kind, status, due], translate("OverviewPage", "Due soon")
        )
        self.stale = _list(
            "stale",
            [number, title, kind, status, due, translate("OverviewPage", "Last heard of")],
            translate("OverviewPage", "Stale"),
        )
        self.recent = _list(
            "recentFollowUps",
            [
                translate("OverviewPage", "Date"),
                translate("OverviewPage", "Item"),
                status,
                translate("OverviewPage", "Note"),
            ],
            translate("OverviewPage", "Latest follow-ups"),
        )
        self.recent.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.recent.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.recent.setColumnWidth(1, 240)
        self.boxes: dict[str, QGroupBox] = {}
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.counts_box, 0, 0, 1, 2)
        for position, (name, tree) in enumerate(
            (
                ("overdue", self.overdue),
                ("due_soon", self.due_soon),
                ("stale", self.stale),
                ("recent", self.recent),
            )  # fmt: skip
        ):
            box = QGroupBox(objectName=f"box_{name}")
            QVBoxLayout(box).addWidget(tree)
            self.boxes[name] = box
            grid.addWidget(box, 1 + position // 2, position % 2)
            tree.itemActivated.connect(self._activated)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("OverviewPage", "Overview"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self._timer = QTimer(self, singleShot=True, interval=REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.load)
        hub.changed.connect(self.on_changes)

    # Choices --------------------------------------------------------------------------
    def _days_box(self, name: str, key: str, default: int) -> QSpinBox:
        box = QSpinBox(objectName=name, minimum=1, maximum=3650)
        try:
            box.setValue(int(self.settings.value(key, default)))
        except (TypeError, ValueError):
            box.setValue(default)
        _suffix_days(box, box.value())
        box.valueChanged.connect(lambda value: _suffix_days(box, value))
        box.valueChanged.connect(lambda value: self._days_changed(key, value))
        return box

    def _days_changed(self, key: str, value: int) -> None:
        self.settings.setValue(key, value)
        self._schedule()

    def _set_date(self, day: dt.date) -> None:
        self.as_of.setDate(QDate(day.year, day.month, day.day))

    def as_of_day(self) -> dt.date:
        """The day the overview is as of."""
        date = self.as_of.date()
        return dt.date(date.year(), date.month(), date.day())

    def set_as_of(self, day: dt.date) -> None:
        """Show the overview as of ``day``."""
        self._set_date(day)

    # Building -------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def on_changes(self, changes: Changes) -> None:
        """Rebuild when items, follow-ups, evidence or sources changed."""
        if changes.tables & _WATCHED:
            self._schedule()

    def load(self) -> None:
        """Build the overview off the GUI thread; the newest request wins."""
        self._timer.stop()
        self._request += 1
        self.state.setText(translate("OverviewPage", "Updating…"))
        worker = OverviewWorker(
            self.db.url,
            self.as_of_day(),
            self.due_soon_days.value(),
            self.stale_days.value(),
            self._request,
        )
        worker.signals.built.connect(self._built)
        worker.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(worker)

    def _failed(self, message: str, request: int) -> None:
        if request == self._request:
            self.state.setText(message)

    def _built(self, overview: Overview, request: int) -> None:
        if request != self._request:
            return  # an older answer: the person changed the day since
        self.overview = overview
        self.state.setText("")
        self._fill_counts(overview)
        totals = overview.totals
        self._fill(
            self.overdue,
            overview.overdue,
            lambda r: [lateness_phrase(r.lateness) if r.lateness else ""],
            overdue=True,
        )
        self._fill(self.due_soon, overview.due_soon, lambda r: [])
        self._fill(
            self.stale,
            overview.stale,
            lambda r: [shown_date(FuzzyDate.of_day(r.last_heard)) if r.last_heard else ""],
        )
        self._fill_recent(overview)
        self._title(
            "overdue",
            translate("OverviewPage", "Overdue"),
            len(overview.overdue),
            totals.get("overdue", 0),
        )
        # Plain names for the counts: lupdate reads no other.
        soon, quiet = overview.due_soon_days, overview.stale_days
        self._title(
            "due_soon",
            translate("OverviewPage", "Due within %n day(s)", None, soon),
            len(overview.due_soon),
            totals.get("due_soon", 0),
        )
        self._title(
            "stale",
            translate("OverviewPage", "Stale: nothing heard for %n day(s)", None, quiet),
            len(overview.stale),
            totals.get("stale", 0),
        )
        self._title(
            "recent",
            translate("OverviewPage", "Latest follow-ups"),
            len(overview.recent_follow_ups),
            None,
        )
        self.count_changed.emit()
        self.built.emit(overview)

    def _title(self, name: str, text: str, shown: int, total: int | None) -> None:
        if total is None:
            title = text
        elif total == shown:
            title = translate("OverviewPage", "{title} ({total})").format(title=text, total=total)
        else:
            title = translate("OverviewPage", "{title} ({total}, {shown} shown)").format(
                title=text, total=total, shown=shown
            )
        self.boxes[name].setTitle(title)

    def _fill_counts(self, overview: Overview) -> None:
        while self.counts.count():
            taken = self.counts.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()
        for row, (kind, codes) in enumerate(overview.counts.items()):
            name = QLabel(f"<b>{kind_names(kind)}</b>")
            total = QLabel(f"{sum(codes.values()):,}")
            total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            links = " · ".join(
                f'<a href="{kind.value}:{code}">{status_name(kind, code)} {count:,}</a>'
                for code, count in codes.items()
                if count
            )
            statuses = QLabel(
                links or translate("OverviewPage", "none yet"), objectName=f"counts_{kind.value}"
            )
            statuses.setWordWrap(True)
            statuses.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            statuses.linkActivated.connect(self._count_chosen)
            self.counts.addWidget(name, row, 0)
            self.counts.addWidget(total, row, 1)
            self.counts.addWidget(statuses, row, 2)

    def _count_chosen(self, link: str) -> None:
        kind, _, code = link.partition(":")
        self._open_list(Kind(kind), code or None)

    def _fill(
        self,
        tree: QTreeWidget,
        rows: list[OverviewRow],
        extra: Callable[[OverviewRow], list[str]],
        *,
        overdue: bool = False,
    ) -> None:
        tree.clear()
        icon = overdue_icon()
        brush = overdue_brush(self.palette())
        for row in rows:
            when = row.date if row.kind is Kind.EVENT else row.due
            cells = [
                str(row.id),
                row.title,
                kind_name(row.kind),
                status_name(row.kind, row.status),
                shown_date(when) if when else "",
                *extra(row),
            ]
            entry = QTreeWidgetItem(cells)
            entry.setData(0, ITEM_ID_ROLE, row.id)
            entry.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reason = lateness_reason(row.lateness) if row.lateness else ""
            entry.setToolTip(1, reason or row.title)
            if overdue:
                entry.setIcon(5, icon)
                entry.setForeground(5, brush)
                entry.setToolTip(5, reason)
            tree.addTopLevelItem(entry)
        if not rows:
            tree.addTopLevelItem(QTreeWidgetItem(["", translate("OverviewPage", "none")]))

    def _fill_recent(self, overview: Overview) -> None:
        self.recent.clear()
        for follow_up in overview.recent_follow_ups:
            code = follow_up.new_status
            status = status_name(follow_up.kind, code) if code else ""
            note = " ".join(follow_up.note.split())
            entry = QTreeWidgetItem(
                [shown_date(follow_up.date), follow_up.item_title, status, note]
            )
            entry.setData(0, ITEM_ID_ROLE, follow_up.item_id)
            entry.setToolTip(3, follow_up.note)
            self.recent.addTopLevelItem(entry)
        if not overview.recent_follow_ups:
            self.recent.addTopLevelItem(QTreeWidgetItem(["", translate("OverviewPage", "none")]))

    def _activated(self, entry: QTreeWidgetItem, _column: int) -> None:
        item_id = entry.data(0, ITEM_ID_ROLE)
        if item_id is not None:
            self._open_item(int(item_id))
