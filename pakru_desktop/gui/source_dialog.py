"""The Add source / Edit source dialog: title, publisher, web address, publication date,
language and the article's full text, pasted or loaded from a ``.txt`` or saved ``.html``.

Saving calls ``services.sources``; the change goes onto the undo stack (when one is
given) and is broadcast through the change hub.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError, ValidationError
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.errors import error_text, show_error
from pakru_desktop.gui.evidence_commands import AddSourceCommand, EditSourceCommand
from pakru_desktop.gui.form_dialog import FormDialog, add_labelled_row, line_edit
from pakru_desktop.gui.widgets.fuzzy_date_edit import FuzzyDateEdit
from pakru_desktop.services import sources
from pakru_desktop.services.article_text import read_article_file
from pakru_desktop.services.database import Database

translate = QCoreApplication.translate

COMMON_LANGUAGES = ("en", "ur", "ru", "zh", "ar", "fa", "fr", "de", "hi", "ps", "en-GB", "en-US")


def _file_filter() -> str:
    return ";;".join(
        (
            translate("SourceDialog", "Articles (*.txt *.html *.htm)"),
            translate("SourceDialog", "Text files (*.txt)"),
            translate("SourceDialog", "Web pages (*.html *.htm)"),
        )
    )


class SourceDialog(FormDialog):
    """Add a source (``source_id=None``) or edit source ``source_id``.

    Inputs by objectName: ``title``, ``publisher``, ``url``, ``published`` (its text
    ``publishedText``), ``language``, ``sourceText``, ``loadFile``, ``textSize``,
    ``errorLabel``, ``saveButton``, ``cancelButton``. After saving, ``saved`` holds the
    source as stored. Raises ``PakruError`` if ``source_id`` does not exist.
    """

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        undo_stack: QUndoStack | None = None,
        source_id: int | None = None,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form, filled in from the stored source when editing."""
        super().__init__(parent)
        self.db, self.hub, self.undo_stack = db, hub, undo_stack
        self._today = today or dt.date.today()
        self._before = sources.get_source_detail(db, source_id) if source_id else None
        self.saved: sources.SourceDetail | None = None
        self.setObjectName("sourceDialog")
        self.setWindowTitle(
            translate("SourceDialog", "Edit source")
            if self._before
            else translate("SourceDialog", "Add source")
        )
        self.resize(720, 640)

        layout = self.scrolling_body()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form, 1)

        self._title = line_edit(
            "title", translate("SourceDialog", "The headline of the article"), self
        )
        add_labelled_row(form, translate("SourceDialog", "&Title"), self._title)
        self._publisher = line_edit(
            "publisher", translate("SourceDialog", "e.g. Dawn, TASS, APP, Foreign Office"), self
        )
        add_labelled_row(form, translate("SourceDialog", "&Publisher"), self._publisher)
        self._url = line_edit(
            "url", translate("SourceDialog", "https://… where it can be read"), self
        )
        add_labelled_row(form, translate("SourceDialog", "&URL"), self._url)
        self._published = FuzzyDateEdit(
            "published", empty_means_today=False, today=self._today, parent=self
        )
        add_labelled_row(
            form,
            translate("SourceDialog", "Publis&hed"),
            self._published,
            self._published.lineEdit(),
        )
        self._language = line_edit(
            "language", translate("SourceDialog", "e.g. en, ru, ur, en-GB"), self
        )
        completer = QCompleter(list(COMMON_LANGUAGES), self._language)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._language.setCompleter(completer)
        add_labelled_row(form, translate("SourceDialog", "&Language"), self._language)

        self._text = QPlainTextEdit(self)
        self._text.setObjectName("sourceText")
        self._text.setPlaceholderText(
            translate(
                "SourceDialog",
                "Paste the article's full text here, or load it from a .txt file or a web page"
                " saved as .html. Quotes used as evidence are found in this text.",
            )
        )
        self._text.setTabChangesFocus(True)
        self._text.setMinimumHeight(self._text.fontMetrics().lineSpacing() * 14)
        self._load = QPushButton(translate("SourceDialog", "Load from &file…"), self)
        self._load.setObjectName("loadFile")
        self._load.setAutoDefault(False)
        self._size = QLabel(self)
        self._size.setObjectName("textSize")
        text_box = QWidget(self)
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self._text, 1)
        row = QHBoxLayout()
        row.addWidget(self._load)
        row.addWidget(self._size, 1)
        text_layout.addLayout(row)
        label = add_labelled_row(form, translate("SourceDialog", "Te&xt"), text_box, self._text)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._text.setAccessibleName(translate("SourceDialog", "Text"))
        self._text.setAccessibleDescription(
            translate("SourceDialog", "The article's full text, in which quotes are found.")
        )
        self.save_on_ctrl_enter(self._text)

        if self._before is not None:
            record = self._before.record
            self._title.setText(record.title)
            self._publisher.setText(record.publisher)
            self._url.setText(record.url or "")
            self._published.setDate(record.published)
            self._language.setText(self._before.language)
            self._text.setPlainText(record.text)
        self._initial_state = self._state()
        self._update_size()

        self._load.clicked.connect(self.choose_file)
        self._text.textChanged.connect(self._update_size)
        for signal in (
            self._title.textChanged,
            self._publisher.textChanged,
            self._url.textChanged,
            self._published.changed,
            self._language.textChanged,
            self._text.textChanged,
        ):
            signal.connect(self.clear_field_errors)
        self._title.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- public API -----------------------------------------------------------------------

    def focus_text(self) -> None:
        """Put the cursor in the text box (for "Add text…")."""
        self._text.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_file(self) -> None:
        """Ask for a .txt or .html file and load its text."""
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("SourceDialog", "Load the article's text"), "", _file_filter()
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> bool:
        """Put the text of ``path`` in the text box (asking before replacing other text).

        A page's ``<title>`` fills an empty Title. An unusable file is explained on the
        error line. Returns whether the text was loaded.
        """
        self.clear_field_errors()
        try:
            article = read_article_file(path)
        except PakruError as error:
            self.show_field_error(error_text(error), self._text)
            return False
        current = self._text.toPlainText().strip()
        if current and current != article.text.strip():
            answer = QMessageBox.question(
                self,
                translate("SourceDialog", "Replace the text?"),
                translate(
                    "SourceDialog", "Replace the text in the box with the text of {file}?"
                ).format(file=Path(path).name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._text.setPlainText(article.text)
        if article.title and not self._title.text().strip():
            self._title.setText(article.title)
        return True

    def save(self) -> None:
        """Add or change the source; on an error stay open and say why."""
        self.clear_field_errors()
        try:
            published = self._published.value()
        except ValidationError as error:
            self.show_field_error(error_text(error), self._published.lineEdit())
            return
        values = {
            "title": self._title.text(),
            "publisher": self._publisher.text(),
            "url": self._url.text(),
            "published": published,
            "language": self._language.text(),
            "text": self._text.toPlainText(),
        }
        try:
            if self._before is None:
                result = sources.add_source(self.db, **values, today=self._today)
                command = AddSourceCommand(self.db, self.hub, result.source)
            else:
                result = sources.edit_source(
                    self.db,
                    self._before.id,
                    **values,
                    today=self._today,
                    unchanged_since=self._before,
                )
                command = EditSourceCommand(self.db, self.hub, self._before, result.source)
                if sources.fields_of(result.source) == sources.fields_of(self._before):
                    command = None
        except ValidationError as error:
            self.show_field_error(error_text(error), self._widget_for(error.field))
            return
        except PakruError as error:
            self.show_field_error(error_text(error), None)
            return
        except Exception as error:  # a bug: crash dialog with details, the input stays
            show_error(self, error)
            return
        if command is not None and self.undo_stack is not None:
            self.undo_stack.push(command)
        self.hub.announce(result.changes)
        self.saved = result.source
        self.accept()

    def has_input(self) -> bool:
        """Whether anything differs from the form as it was opened."""
        return self._state() != self._initial_state

    def discard_question(self) -> str:
        """Asked before Cancel or Escape throws away what was typed."""
        if self._before:
            return translate("SourceDialog", "Discard the changes to this source?")
        return translate("SourceDialog", "Discard this source?")

    # -- internals ------------------------------------------------------------------------

    def _state(self) -> tuple[str, ...]:
        return (
            self._title.text(),
            self._publisher.text(),
            self._url.text(),
            self._published.text(),
            self._language.text(),
            self._text.toPlainText(),
        )

    def _update_size(self) -> None:
        count = len(self._text.toPlainText())
        self._size.setText(
            translate("SourceDialog", "%Ln character(s)", None, count)
            if count
            else translate("SourceDialog", "No text yet")
        )

    def _widget_for(self, field: str | None) -> QWidget | None:
        return {
            "title": self._title,
            "publisher": self._publisher,
            "url": self._url,
            "published": self._published.lineEdit(),
            "language": self._language,
            "text": self._text,
        }.get(field or "")


def open_source_dialog(
    parent: QWidget,
    db: Database,
    hub: ChangeHub,
    undo_stack: QUndoStack | None = None,
    source_id: int | None = None,
    *,
    today: dt.date | None = None,
    focus_text: bool = False,
) -> SourceDialog | None:
    """Open the dialog (window-modal, deleted when closed); None if the source is gone."""
    try:
        dialog = SourceDialog(db, hub, undo_stack, source_id, today=today, parent=parent)
    except PakruError as error:
        show_error(parent, error)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if focus_text:
        dialog.focus_text()
    return dialog
