"""What the input dialogs share: labelled rows, inputs, and a dialog base with an inline
error line, Save and Cancel, and no silent loss of typed input.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.vocabulary import (
    Term,
)
from pakru_desktop.gui.widgets.fuzzy_date_edit import (
    FuzzyDateEdit,
    mark_error,
)

translate = QCoreApplication.translate

# Blank rows a new item starts with, so the usual roles need no extra clicks.


def combo_of(
    terms: tuple[Term, ...],
    selected: str | None,
    name: str,
    parent: QWidget,
    shown: Callable[[str], str],
) -> QComboBox:
    """A combo box showing each of ``terms`` as ``shown(code)`` words, with codes as data."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for term in terms:
        combo.addItem(shown(term.code), term.code)
    if selected is not None:
        combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


def is_ctrl_enter(event: QEvent) -> bool:
    """Whether ``event`` is a Ctrl+Enter (or Ctrl+Return) key press."""
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )


def add_labelled_row(
    form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None
) -> QLabel:
    """Add ``field`` to ``form`` under a label whose mnemonic focuses ``buddy`` (or it)."""
    label = QLabel(text, form.parentWidget())
    label.setBuddy(buddy or field)
    form.addRow(label, field)
    return label


def line_edit(name: str, placeholder: str, parent: QWidget) -> QLineEdit:
    """A one-line input with an objectName and a hint of what to type."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def text_edit(name: str, placeholder: str, lines: int, parent: QWidget) -> QPlainTextEdit:
    """A multi-line input ``lines`` high, where Tab moves on instead of indenting."""
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 2 * edit.frameWidth() + 8)
    return edit


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width`` × ``height``, or to what its screen has room for."""
    screen = window.screen().availableGeometry()
    window.resize(min(width, screen.width()), min(height, screen.height() - 60))


class FormDialog(QDialog):
    """What the input dialogs share: an inline error line, Save and Cancel, no silent loss.

    Save (``saveButton``) is the default button, so Enter in a one-line field saves;
    Ctrl+Enter does the same in multi-line fields given to ``save_on_ctrl_enter``.
    Cancel (``cancelButton``), Escape and the close button ask before throwing input
    away; closing from code (``close()``: the app shutting down, a test tearing down)
    does not ask, because no person is there to answer.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create the error line and the buttons; subclasses lay them out."""
        super().__init__(parent)
        self._closing_from_code = False
        self._ctrl_enter_editors: list[QObject] = []
        self._marked: list[QWidget] = []  # fields marked by show_field_error
        self._fitted = False  # sized to its form (``showEvent``)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote user input
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mark_error(self.error_label, True)
        self.error_label.hide()
        self.save_button = QPushButton(translate("FormDialog", "&Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(translate("FormDialog", "Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.button_box = QDialogButtonBox(self)
        self.button_box.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.button_box.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def scrolling_body(self) -> QVBoxLayout:
        """Lay the dialog out: the error line, a body that scrolls (returned, for the
        subclass's fields), the buttons. However tall the body grows (fifteen participants,
        a small screen), the buttons stay in view."""
        outer = QVBoxLayout(self)
        outer.addWidget(self.error_label)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("formScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self._scroll)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        self._scroll.setWidget(body)
        outer.addWidget(self._scroll, 1)
        outer.addWidget(self.button_box)
        return inner

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Open at the size the form asks for, as far as the screen allows."""
        super().showEvent(event)
        if getattr(self, "_scroll", None) is not None and not self._fitted:
            self._fitted = True
            self._scroll.widget().installEventFilter(self)
            self._fit()

    def _fit(self) -> None:
        screen = self.screen().availableGeometry()
        wanted = self._scroll.widget().sizeHint()
        frame = self.sizeHint() - self._scroll.sizeHint()
        width = min(max(self.width(), wanted.width() + frame.width()), screen.width())
        # The window's title bar and frame take some of the screen too.
        height = min(wanted.height() + frame.height() + 4, screen.height() - 60)
        height = max(height, self.height(), self.minimumSizeHint().height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, min(height, screen.height() - 60))
        # Grown downwards past the screen's edge: move up until it fits (title bar too).
        title = self.frameGeometry().height() - self.geometry().height() or 30
        bottom = self.y() + title + self.height()
        if bottom > screen.bottom() or self.x() + self.width() > screen.right():
            x = max(screen.left(), min(self.x(), screen.right() - self.width()))
            y = max(screen.top(), min(self.y(), screen.bottom() - self.height() - title))
            self.move(x, y)

    def save(self) -> None:
        """Hand the input to the service; subclasses implement it."""
        raise NotImplementedError

    def has_input(self) -> bool:
        """Whether closing now would lose something typed; subclasses override."""
        return False

    def discard_question(self) -> str:
        """The question asked before discarding input."""
        return translate("FormDialog", "Discard your input?")

    def show_message(self, message: str) -> None:
        """Show a sentence on the error line at the top of the form."""
        self.error_label.setText(message)
        self.error_label.show()

    def clear_message(self) -> None:
        """Hide the error line."""
        self.error_label.clear()
        self.error_label.hide()

    def show_field_error(self, message: str, target: QWidget | None) -> None:
        """Say ``message`` on the error line and mark ``target`` (a field, or a date field's
        line edit, which then says it under the date too), putting the cursor there."""
        self.show_message(message)
        if target is None:
            return
        date = next((d for d in self.findChildren(FuzzyDateEdit) if d.lineEdit() is target), None)
        if date is not None:
            date.setError(message)
        else:
            mark_error(target, True)
        self._marked.append(date or target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_field_errors(self) -> None:
        """Hide the error line and unmark the fields it named (on the next keystroke)."""
        if self.error_label.isHidden():
            return
        self.clear_message()
        for widget in self._marked:
            if isinstance(widget, FuzzyDateEdit):
                widget.setError(None)
            else:
                mark_error(widget, False)
        self._marked.clear()

    def save_on_ctrl_enter(self, *editors: QWidget) -> None:
        """Make Ctrl+Enter in ``editors`` save, as Enter does in one-line fields."""
        for editor in editors:
            editor.installEventFilter(self)
            self._ctrl_enter_editors.append(editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Save on Ctrl+Enter in the multi-line fields registered for it; grow with the
        form (an error line shown, a participant added) while the screen has room, past
        which the form scrolls."""
        if watched in self._ctrl_enter_editors and is_ctrl_enter(event):
            self.save()
            return True
        scroll = getattr(self, "_scroll", None)
        if event.type() == QEvent.Type.LayoutRequest and scroll and watched is scroll.widget():
            QTimer.singleShot(0, self, self._fit)  # dropped if the dialog is gone by then
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Close without saving, asking first if something was typed."""
        if self.has_input() and not self._closing_from_code:
            answer = QMessageBox.question(
                self,
                translate("FormDialog", "Discard input?"),
                self.discard_question(),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer not in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Discard):
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Route a person's close through ``reject``; a close from code does not ask."""
        self._closing_from_code = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closing_from_code = False
