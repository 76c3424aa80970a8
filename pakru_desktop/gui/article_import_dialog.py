"""File ▸ Import article…: open or paste a news article, review what it proposes beside
its text, correct what is wrong, and store what is accepted (one step to undo).

The article is read on the thread pool (a long one takes seconds). In the review, each
proposal's sentences are marked in the article; choosing a proposal shows its kind,
title, date and status for correcting, and why it was proposed.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError, ValidationError
from pakru_desktop.domain.item_input import clean_title, parse_participant
from pakru_desktop.domain.vocabulary import STATUSES, Kind
from pakru_desktop.gui.article_proposals_model import Column, ProposalsModel
from pakru_desktop.gui.background import LatestOnly
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.export_dialog import default_folder
from pakru_desktop.gui.form_dialog import fit_to_screen
from pakru_desktop.gui.path_row import choose_file, path_row
from pakru_desktop.gui.source_text_view import SourceTextView
from pakru_desktop.gui.undo_commands import ServiceCommand
from pakru_desktop.gui.user_action import perform
from pakru_desktop.gui.vocabulary_names import kind_name, status_name
from pakru_desktop.gui.widgets.fuzzy_date_edit import FuzzyDateEdit
from pakru_desktop.gui.widgets.marks import mark_error, mark_hint
from pakru_desktop.services.article_candidates import Participant
from pakru_desktop.services.article_import import (
    ArticleProposals,
    ImportedArticle,
    Proposal,
    accept,
    propose,
    undo_import,
    with_choices,
)
from pakru_desktop.services.article_text import ArticleText, read_article_file
from pakru_desktop.services.database import Database
from pakru_desktop.services.quote_matching import short_quote
from pakru_desktop.services.records import Changes

translate = QCoreApplication.translate

FOLDER_KEY = "import/article-folder"


class ImportArticleCommand(ServiceCommand):
    """Undo takes the whole import back; redo stores the same proposals again."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        proposals: ArticleProposals,
        chosen: list[Proposal],
        done: ImportedArticle,
    ) -> None:
        text = translate("ArticleImportDialog", "Import article {title}")
        super().__init__(db, hub, text.format(title=short_quote(proposals.source.title, 40)))
        self.proposals, self.chosen, self.done = proposals, chosen, done

    def apply(self) -> Changes:
        self.done = accept(self.db, self.proposals, self.chosen)
        return self.done.changes

    def revert(self) -> Changes:
        return undo_import(self.db, self.done)


class ArticleImportDialog(QDialog):
    """Choose an article, review its proposals, accept.

    Widgets by objectName: ``file``, ``pasted``, ``published`` (a ``FuzzyDateEdit``),
    ``sourceTitle``, ``publisher``, ``url``, ``readButton``; in the review ``articleText``,
    ``proposals`` (the table), ``kind``, ``title``, ``date``, ``status``, ``reason``,
    ``backButton``, ``acceptButton``; ``message`` for what went wrong.
    """

    imported = Signal(object)
    """Emitted with the ``ImportedArticle`` once it is stored."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleImportDialog")
        self.setWindowTitle(translate("ArticleImportDialog", "Import article"))
        self._db, self._hub, self._undo_stack, self._today = db, hub, undo_stack, today
        self._found: ArticleProposals | None = None
        self.model: ProposalsModel | None = None
        self._reader = LatestOnly(self._read, self._failed, "the article", self)
        self._reader.busy_changed.connect(self._set_busy)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choosing_page())
        self.pages.addWidget(self._review_page())
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)
        self._progress.setTextVisible(False)
        self._progress.hide()

        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(
            translate("ArticleImportDialog", "&Back"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(lambda: self._show_page(0))
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.read_button = buttons.addButton(
            translate("ArticleImportDialog", "&Read article"), action
        )
        self.read_button.setObjectName("readButton")
        self.read_button.clicked.connect(self.read)
        self.accept_button = buttons.addButton(
            translate("ArticleImportDialog", "&Accept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.clicked.connect(self.store)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self._progress)
        layout.addWidget(buttons)
        fit_to_screen(self, 1180, 760)
        self._show_page(0)

    # Choosing the article ---------------------------------------------------------------------
    def _choosing_page(self) -> QWidget:
        page = QWidget()
        self.file = QLineEdit(objectName="file")
        self.file.setPlaceholderText(
            translate("ArticleImportDialog", "A .txt file, or a page saved from a browser (.html)")
        )
        file_label, file_row, _browse = path_row(
            self.file, translate("ArticleImportDialog", "&File:"), self._browse
        )
        self.pasted = QPlainTextEdit(objectName="pasted")
        self.pasted.setPlaceholderText(
            translate("ArticleImportDialog", "…or paste the article's text here")
        )
        self.pasted.setAccessibleName(translate("ArticleImportDialog", "Article text"))
        self.published = FuzzyDateEdit("published", empty_means_today=False, today=self._today())
        self.published.setAccessibleName(translate("ArticleImportDialog", "Published"))
        self.published.lineEdit().setPlaceholderText(
            translate("ArticleImportDialog", "from the article")
        )
        self.source_title = QLineEdit(objectName="sourceTitle")
        self.source_title.setPlaceholderText(
            translate("ArticleImportDialog", "from the page or its first sentence")
        )
        self.publisher = QLineEdit(objectName="publisher")
        self.url = QLineEdit(objectName="url")
        self.url.setPlaceholderText("https://…")
        form = QFormLayout()
        form.addRow(file_label, file_row)
        pasted_label = QLabel(translate("ArticleImportDialog", "&Or paste:"))
        pasted_label.setBuddy(self.pasted)
        form.addRow(pasted_label, self.pasted)
        rows: tuple[tuple[str, QWidget], ...] = (
            (translate("ArticleImportDialog", "&Published:"), self.published),
            (translate("ArticleImportDialog", "&Title:"), self.source_title),
            (translate("ArticleImportDialog", "P&ublisher:"), self.publisher),
            (translate("ArticleImportDialog", "&Web address:"), self.url),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget.lineEdit() if isinstance(widget, FuzzyDateEdit) else widget)
            form.addRow(label, widget)
        hint = QLabel(
            translate(
                "ArticleImportDialog",
                "The article's date is read from its text when it carries one (a dateline, a "
                "“date …” line); give it here when it does not.",
            )
        )
        hint.setWordWrap(True)
        mark_hint(hint)
        layout = QVBoxLayout(page)
        layout.addLayout(form, 1)
        layout.addWidget(hint)
        return page

    def _browse(self) -> None:
        filters = [
            translate("ArticleImportDialog", "Articles (*.txt *.html *.htm *.xhtml)"),
            translate("ArticleImportDialog", "All files (*)"),
        ]
        chosen = choose_file(self, translate("ArticleImportDialog", "Import article"),
                             filters, FOLDER_KEY, default_folder())  # fmt: skip
        if chosen is not None:
            self.file.setText(str(chosen))

    def read(self) -> None:
        """Read the chosen file or the pasted text, on the thread pool."""
        path = self.file.text().strip()
        pasted = self.pasted.toPlainText()
        if not path and not pasted.strip():
            self._say(
                translate("ArticleImportDialog", "Choose a file or paste the article's text.")
            )
            return
        try:
            published = self.published.value()
        except ValidationError as error:
            self.published.setError(error_text(error))
            return
        db, title, publisher = self._db, self.source_title.text(), self.publisher.text()
        url, today = self.url.text().strip() or None, self._today()

        def work() -> ArticleProposals:
            article = read_article_file(Path(path).expanduser()) if path else ArticleText(pasted)
            return propose(db, article, published=published, title=title or None,
                           publisher=publisher, url=url, today=today)  # fmt: skip

        self._say(None)
        self._reader.start(work)

    def _read(self, found: ArticleProposals) -> None:
        if found.stored_as is not None:
            stored = translate(
                "ArticleImportDialog",
                "This article is stored already, as source {id}; there is nothing to import.",
            )
            self._say(stored.format(id=found.stored_as))
            return
        if not found.proposals:
            self._say(
                translate(
                    "ArticleImportDialog",
                    "The article names no meeting, agreement, project or commitment that "
                    "could be proposed.",
                )
            )
            return
        self._found = found
        self.model = ProposalsModel(list(found.proposals))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in (Column.ACCEPT, Column.ACTION, Column.DATE, Column.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        chosen = self.table.selectionModel().currentRowChanged
        chosen.connect(lambda current, _previous: self._chose(current.row()))
        self.model.dataChanged.connect(lambda *_: self._update_accept())
        source = found.source
        self.article.set_source_text(source.text)
        where = html.escape(source.date_reason)
        heading = translate(
            "ArticleImportDialog", "<b>{title}</b><br>Published {date} (from {where})"
        )
        self.heading.setText(
            heading.format(
                title=html.escape(source.title), date=shown_date(source.published), where=where
            )
        )
        self.date.setReference(source.published.start)
        self._show_page(1)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(0, Column.TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setFocus()

    def _failed(self, message: str) -> None:
        self._say(message)

    # Reviewing --------------------------------------------------------------------------------
    def _review_page(self) -> QWidget:
        page = QWidget()
        self.heading = QLabel(objectName="heading", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.article = SourceTextView()
        self.article.setObjectName("articleText")
        self.article.setAccessibleName(translate("ArticleImportDialog", "Article"))
        self.table = QTableView(objectName="proposals")
        self.table.setAccessibleName(translate("ArticleImportDialog", "Proposals"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.kind = QComboBox(objectName="kind")
        for kind in Kind:
            self.kind.addItem(kind_name(kind), kind)
        self.title = QLineEdit(objectName="title")
        self.date = FuzzyDateEdit("date", empty_means_today=False)
        self.status = QComboBox(objectName="status")
        self.people = QLineEdit(objectName="participants")
        self.people.setPlaceholderText(
            translate("ArticleImportDialog", "Name (role); Name (role) …")
        )
        self.reason = QLabel(objectName="reason", wordWrap=True)
        mark_hint(self.reason)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        editor = QFormLayout()
        fields: tuple[tuple[str, QWidget], ...] = (
            (translate("ArticleImportDialog", "&Kind:"), self.kind),
            (translate("ArticleImportDialog", "T&itle:"), self.title),
            (translate("ArticleImportDialog", "&Date:"), self.date),
            (translate("ArticleImportDialog", "&Status:"), self.status),
            (translate("ArticleImportDialog", "&People:"), self.people),
        )
        for text, widget in fields:
            label = QLabel(text)
            label.setBuddy(widget.lineEdit() if isinstance(widget, FuzzyDateEdit) else widget)
            editor.addRow(label, widget)
        editor.addRow("", self.reason)
        self.kind.activated.connect(lambda _i: self._edited(kind_changed=True))
        self.status.activated.connect(lambda _i: self._edited())
        self.title.editingFinished.connect(self._edited)
        self.people.editingFinished.connect(self._edited)
        self.date.lineEdit().editingFinished.connect(self._edited)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(editor)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="reviewSplitter")
        splitter.addWidget(self.article)
        splitter.addWidget(right)
        splitter.setSizes([520, 640])
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        return page

    def _chose(self, row: int) -> None:
        if self.model is None or row < 0:
            return
        proposal = self.model.proposal(row)
        candidate = proposal.candidate
        self.kind.setCurrentIndex(self.kind.findData(candidate.kind))
        self._fill_statuses(candidate.kind, candidate.status)
        self.title.setText(candidate.title)
        self.people.setText("; ".join(f"{p.name} ({p.role})" for p in candidate.participants))
        self.people.setToolTip("\n".join(_who(p) for p in candidate.participants))
        self.date.setDate(candidate.date)
        self.date.setError(None)
        mark_error(self.title, False)
        why = list(candidate.reason)
        if proposal.match is not None:
            match = proposal.match
            adds = translate("ArticleImportDialog", "Adds to #{id} “{title}”: {why}.")
            why.append(adds.format(id=match.item_id, title=match.title, why=match.why))
        self.reason.setText(" · ".join(why))
        spans = [(q.start, q.end) for q in candidate.quotes]
        others = {(q.start, q.end) for n in range(self.model.rowCount()) if n != row
                  for q in self.model.proposal(n).candidate.quotes} - set(spans)  # fmt: skip
        self._mark(spans, sorted(others))

    def _mark(self, spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> None:
        """The proposal's sentences marked in the article, the first one in view; the
        other proposals' sentences more lightly."""
        self.article.paint_all(spans, others)
        if spans:
            cursor = self.article.cursor_at(spans[0][0])
            self.article.setTextCursor(cursor)
            self.article.centerCursor()

    def _fill_statuses(self, kind: Kind, current: str) -> None:
        self.status.clear()
        for term in STATUSES[kind]:
            self.status.addItem(status_name(kind, term.code), term.code)
        index = self.status.findData(current)
        self.status.setCurrentIndex(max(index, 0))

    def _edited(self, *, kind_changed: bool = False) -> None:
        """Take what was corrected into the chosen proposal."""
        row = self.table.currentIndex().row()
        if self.model is None or row < 0:
            return
        proposal = self.model.proposal(row)
        kind = Kind(self.kind.currentData())  # the combo hands back the code as text
        if kind_changed:
            self._fill_statuses(kind, proposal.candidate.status)
        try:
            title = clean_title(self.title.text())
        except ValidationError as error:
            mark_error(self.title, True)
            self._say(error_text(error))
            return
        try:
            date = self.date.value() or proposal.candidate.date
        except ValidationError as error:
            self.date.setError(error_text(error))
            return
        try:
            people = _participants(self.people.text(), proposal.candidate.participants)
        except ValidationError as error:
            mark_error(self.people, True)
            self._say(error_text(error))
            return
        mark_error(self.title, False)
        mark_error(self.people, False)
        self._say(None)
        changed = with_choices(proposal, kind=kind, title=title, date=date,
                               status=self.status.currentData(), participants=people,
                               type=proposal.candidate.type if kind is proposal.candidate.kind
                               else None)  # fmt: skip
        if changed != proposal:
            self.model.replace(row, changed)

    # Storing ----------------------------------------------------------------------------------
    def store(self) -> ImportedArticle | None:
        """Store the source and the checked proposals (one step to undo), then close."""
        if self.model is None or self._found is None:
            return None
        self._edited()
        chosen = self.model.chosen()
        if not chosen:
            self._say(
                translate(
                    "ArticleImportDialog", "Check at least one proposal to accept, or cancel."
                )
            )
            return None
        found = self._found
        try:
            done = perform(
                self._hub,
                self._undo_stack,
                lambda: accept(self._db, found, chosen),
                lambda done: ImportArticleCommand(self._db, self._hub, found, chosen, done),
            )
        except PakruError as error:
            self._say(error_text(error))
            return None
        assert done is not None
        self.imported.emit(done)
        self.accept()
        return done

    # State ------------------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        reviewing = index == 1
        self.back_button.setVisible(reviewing)
        self.accept_button.setVisible(reviewing)
        self.read_button.setVisible(not reviewing)
        self.read_button.setDefault(not reviewing)
        self._update_accept()

    def _update_accept(self) -> None:
        count = len(self.model.chosen()) if self.model is not None else 0
        self.accept_button.setText(
            translate("ArticleImportDialog", "&Accept {count}").format(count=count)
            if count
            else translate("ArticleImportDialog", "&Accept")
        )
        self.accept_button.setEnabled(count > 0)

    def _set_busy(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self.read_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _say(self, message: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(bool(message))
        mark_error(self.message, bool(message))


def _who(person: Participant) -> str:
    """A proposed participant in the tooltip: the actor it is, or that it is new."""
    if person.actor_id is not None:
        line = translate("ArticleImportDialog", "{name}: actor #{id}")
    elif person.office:
        line = translate("ArticleImportDialog", "{name}: new, {office}")
    else:
        line = translate("ArticleImportDialog", "{name}: new")
    return line.format(name=person.name, id=person.actor_id, office=person.office)


def _participants(text: str, known: tuple[Participant, ...]) -> tuple[Participant, ...]:
    """``Name (role); Name (role)`` as participants; a name already proposed keeps its actor
    and office. A sentence naming the fault if a role is unknown."""
    by_name = {p.name: p for p in known}
    people = []
    for entry in filter(None, (e.strip() for e in text.split(";"))):
        typed = entry
        if entry.endswith(")") and " (" in entry:  # "Name (role)" → "Name:role"
            name, _, role = entry[:-1].rpartition(" (")
            typed = f"{name}:{role}"
        name, role = parse_participant(typed)
        before = by_name.get(name)
        people.append(Participant(name, role, before.actor_id if before else None,
                                  before.office if before else ""))  # fmt: skip
    return tuple(people)
