"""The search box of the main window's toolbar: one search across everything (Ctrl+K).

Typing searches as you type (after a 150 ms pause) and lists the best hits in a popup
under the box: what each hit is, its title, and the words around the match with the
match in bold. Up/Down move through the hits, Enter or a click opens one, Escape closes
the list (a second Escape empties the box). While typing, the query runs on the thread
pool (``SearchWorker``), so a word found in most of 100,000 items — about 0.1 s
(``tests/bench/bench_search.py``) — never holds up the next keystroke; only the newest
search's hits are shown. Enter before the hits arrive searches at once, as it must open
what the box says now.

``open_hit`` shows a hit where it lives: an item (or a follow-up: its item) on its kind's
page, selected; a quote in the source viewer at that quote, over its item; an actor on the
Actors page; a source in the source viewer, selected on the Sources page.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QAction, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListView,
    QMainWindow,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.record_list_model import RecordListModel
from pakru_desktop.gui.shortcuts import keys_for
from pakru_desktop.gui.source_viewer import open_source_viewer
from pakru_desktop.gui.vocabulary_names import kind_name
from pakru_desktop.services.database import Database
from pakru_desktop.services.evidence import get_evidence
from pakru_desktop.services.search import HitKind, SearchHit, search

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from pakru_desktop.gui.main_window import MainWindow

ModelIndex = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 150
LIMIT = 30
VISIBLE_ROWS = 10
POPUP_WIDTH = 620


class SearchSignals(QObject):
    """What a background search reports, delivered queued to the GUI thread."""

    found = Signal(object, int)
    """The list of hits (or the exception that stopped the search) and the request."""


class SearchWorker(QRunnable):
    """One search on the thread pool. It shares the window's ``Database``: a search opens a
    session of its own, and the engine hands each thread its own connection."""

    def __init__(self, db: Database, text: str, request: int) -> None:
        super().__init__()
        # Owned by the application and deleted in the GUI thread (see ``ExportWorker``).
        self.signals = SearchSignals(QCoreApplication.instance())
        self.db, self.text, self.request = db, text, request

    def run(self) -> None:
        """Search, then emit ``found`` once."""
        try:
            try:
                result: object = search(self.db, self.text, limit=LIMIT)
            except Exception as error:  # a sentence, or a bug: the GUI thread shows either
                result = error
            self.signals.found.emit(result, self.request)
        finally:
            self.signals.deleteLater()


def hit_label(hit: SearchHit) -> str:
    """What a hit is, as shown beside it: the item's kind for items, else the record's."""
    if hit.kind is HitKind.ITEM and hit.item_kind is not None:
        return kind_name(hit.item_kind)
    labels = {
        HitKind.ITEM: translate("GlobalSearch", "Item"),
        HitKind.FOLLOW_UP: translate("GlobalSearch", "Follow-up"),
        HitKind.EVIDENCE: translate("GlobalSearch", "Quote"),
        HitKind.ACTOR: translate("GlobalSearch", "Actor"),
        HitKind.SOURCE: translate("GlobalSearch", "Source"),
    }
    return labels.get(hit.kind, hit.kind.label)


def hit_html(hit: SearchHit) -> str:
    """A hit as rich text: its label and title on one line, the snippet (match in bold) on
    the next. Every piece of stored text is escaped."""
    title = html.escape(hit.title)
    snippet = hit.snippet.marked("<b>", "</b>", html.escape)
    return (
        # No colours of its own: the palette's text colour reads on a selected row too.
        f"{html.escape(hit_label(hit))}&nbsp;·&nbsp;<b>{title}</b><br><span>{snippet}</span>"
    )


def _hit_text(hit: SearchHit) -> str:
    # Plain text, for tooltips.
    return translate("GlobalSearch", "{what}: {title} — {words}").format(
        what=hit_label(hit), title=hit.title, words=hit.snippet.text
    )


class RichTextDelegate(QStyledItemDelegate):
    """Paints a row's display text as (escaped, simple) rich text, on one line each."""

    def _document(self, option: QStyleOptionViewItem, index: ModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setDocumentMargin(4)
        document.setHtml(str(index.data()))
        return document

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Qt: the row's background from the style, then the text, clipped to the row."""
        self.initStyleOption(option, index)
        view: Any = option
        document = self._document(option, index)
        view.text = ""
        style = view.widget.style() if view.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, view.widget)
        roles = view.palette.ColorRole
        selected = bool(view.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        color = view.palette.color(roles.HighlightedText if selected else roles.Text)
        context.palette.setColor(roles.Text, color)
        rect: QRect = view.rect
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        """Qt: two lines of text."""
        self.initStyleOption(option, index)
        height = int(self._document(option, index).size().height())
        return QSize(POPUP_WIDTH, height)


class GlobalSearch(QLineEdit):
    """The toolbar's search box and its popup list of hits; ``chosen`` carries the hit
    opened. Widgets by objectName: ``globalSearch``, ``globalSearchHits``."""

    chosen = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setAccessibleName(translate("GlobalSearch", "Search everything"))
        self.db = db
        self.setPlaceholderText(translate("GlobalSearch", "Search everything  (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hits: list[SearchHit] = []
        self.model: RecordListModel[SearchHit] = RecordListModel(hit_html, _hit_text, self)
        # A frameless window that never takes the focus: typing stays in the box, which
        # moves the selection in the list itself. The box's child, so it goes with the box.
        self.popup = QListView(self, objectName="globalSearchHits")
        self.popup.setWindowFlags(
            Qt.WindowType.ToolTip
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setModel(self.model)
        self.popup.setItemDelegate(RichTextDelegate(self.popup))
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.popup.setUniformItemSizes(True)
        self.popup.clicked.connect(self._choose_index)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_in_background)
        self._request = 0
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(lambda text: text.strip() or self.hide_hits())
        self.focus_action = QAction(translate("GlobalSearch", "Search &everything"), self)
        self.focus_action.setShortcuts(keys_for("search"))
        self.focus_action.triggered.connect(lambda _checked=False: self.focus_search())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide enough for its placeholder: the menu bar places its corner by this hint."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumWidth()), hint.height())

    def add_to(self, window: QMainWindow) -> None:
        """Put the box at the right end of ``window``'s menu bar, where a narrow window's
        toolbar cannot push it out of sight; Ctrl+K anywhere in ``window``."""
        window.menuBar().setCornerWidget(self, Qt.Corner.TopRightCorner)
        window.addAction(self.focus_action)
        window.installEventFilter(self)

    def focus_search(self) -> None:
        """Put the cursor in the box with its text selected (Ctrl+K)."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip() and self.hits:
            self._show_hits()

    def search_in_background(self) -> None:
        """Search for the box's text on the thread pool; the hits arrive by ``_found``."""
        self._timer.stop()
        text = self.text()
        self._request += 1
        if not text.strip():
            self.hide_hits()
            return
        worker = SearchWorker(self.db, text, self._request)
        worker.signals.found.connect(self._found)
        QThreadPool.globalInstance().start(worker)

    def _found(self, hits: object, request: int) -> None:
        if request != self._request:
            return  # an older search: the box says something else by now
        if isinstance(hits, Exception):
            self.hide_hits()
            show_error(self, hits)  # a sentence for a PakruError, the crash dialog for a bug
            return
        self._show_records(list(hits))  # type: ignore[call-overload]

    def run_search(self) -> None:
        """Search for the box's text now, on this thread, and show the hits."""
        self._timer.stop()
        self._request += 1  # what the thread pool may still bring back is older
        text = self.text()
        if not text.strip():
            self.hide_hits()
            return
        try:
            hits = search(self.db, text, limit=LIMIT)
        except PakruError as error:
            self.hide_hits()
            show_error(self, error)
            return
        self._show_records(hits)

    def _show_records(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.model.set_records(hits)
        if hits:
            self.popup.setCurrentIndex(self.model.index(0))
            self._show_hits()
        else:
            self.hide_hits()

    def hits_shown(self) -> bool:
        """True while the list of hits is open."""
        return self.popup.isVisible()

    def _show_hits(self) -> None:
        rows = min(len(self.hits), VISIBLE_ROWS)
        row_height = self.popup.sizeHintForRow(0) if rows else 0
        width = max(self.width(), POPUP_WIDTH)
        self.popup.resize(width, rows * row_height + 2 * self.popup.frameWidth())
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        # Keep the list on screen: the box sits at the toolbar's right end.
        x = max(screen.left(), min(below.x(), screen.right() - width))
        self.popup.move(x, below.y())
        self.popup.show()

    def hide_hits(self) -> None:
        """Close the list of hits (the box keeps its text)."""
        self.popup.hide()

    def _move(self, step: int) -> None:
        if not self.hits:
            return
        if not self.hits_shown():
            self._show_hits()
            return
        row = self.popup.currentIndex().row()
        row = max(0, min(len(self.hits) - 1, row + step))
        self.popup.setCurrentIndex(self.model.index(row))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Up/Down move through the hits, Enter opens one, Escape closes then empties."""
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: VISIBLE_ROWS}
            self._move(steps.get(key, -VISIBLE_ROWS))  # type: ignore[call-overload]
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():  # typed faster than the pause: search first
                self.run_search()
            if self.hits_shown():
                self._choose_index(self.popup.currentIndex())
            return
        if key == Qt.Key.Key_Escape:
            if self.hits_shown():
                self.hide_hits()
            else:
                self.clear()
            return
        super().keyPressEvent(event)

    def _choose_index(self, index: QModelIndex) -> None:
        hit = self.hits[index.row()] if index.isValid() else None
        if hit is None and self.hits:
            hit = self.hits[0]
        if hit is None:
            return
        self.hide_hits()
        self.chosen.emit(hit)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        """Close the list when the focus goes elsewhere (not to the list: it takes none)."""
        self.hide_hits()
        super().focusOutEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Close the list when the window moves, resizes or is left (see ``add_to``)."""
        closing = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowDeactivate)
        if event.type() in closing and self.hits_shown():
            self.hide_hits()
        return False


def open_hit(window: MainWindow, hit: SearchHit) -> None:
    """Show ``hit`` where it lives in ``window`` (see the module's docstring)."""
    if hit.kind in (HitKind.ITEM, HitKind.FOLLOW_UP, HitKind.EVIDENCE):
        item_id = hit.id if hit.kind is HitKind.ITEM else hit.item_id
        if item_id is None:
            return
        window.show_item(item_id)
        if hit.kind is HitKind.EVIDENCE:
            _open_quote(window, hit)
    elif hit.kind is HitKind.ACTOR:
        page = window.actors_page
        window.show_page(page)
        page.show_record(hit.id)
    elif hit.kind is HitKind.SOURCE:
        sources = window.sources_page
        window.show_page(sources)
        sources.show_record(hit.id)
        sources.read_source(hit.id)


def _open_quote(window: MainWindow, hit: SearchHit) -> None:
    try:
        evidence = get_evidence(window.db, hit.id).evidence
    except PakruError as error:
        show_error(window, error)
        return
    page = window.current_page()
    open_source_viewer(
        getattr(page, "detail", window),
        window.db,
        evidence.source_id,
        quote=evidence.quote,
        start=evidence.start,
        end=evidence.end,
        item_id=hit.item_id,
    )
