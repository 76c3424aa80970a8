"""A line edit for fuzzy dates that previews, as you type, what it understood.

People type "Tuesday", "last year" or "Q1 2026"; the preview under the field says which
span that became ("2024 · year, inferred") or, in red, why it cannot be read, so nobody
saves a date they did not mean.

Its fields in error are marked as every form's are (``widgets.marks``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from pakru_desktop.domain.errors import ValidationError, message_of
from pakru_desktop.domain.fuzzy_date import FuzzyDate, parse_fuzzy_date
from pakru_desktop.gui.date_words import explained_date, shown_date
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.widgets.marks import (  # noqa: F401 (where forms long found them)
    ERROR_COLOUR,
    is_marked,
    mark_error,
)

translate = QCoreApplication.translate


class FuzzyDateEdit(QWidget):
    """A fuzzy date typed as text, with a live preview of how it will be stored.

    The edit's own objectName is ``name``; its line edit is ``<name>Text`` and the
    preview label ``<name>Preview``, so tests and other code can find them.
    """

    changed = Signal()

    def __init__(
        self,
        name: str,
        *,
        empty_means_today: bool,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the edit; ``today`` is what relative phrases resolve against."""
        super().__init__(parent)
        self.setObjectName(name)
        self._name = name
        self._empty_means_today = empty_means_today
        self._today = today or date.today()
        self._error: str | None = None
        # A stored date shown unchanged keeps its own value (and whether it was inferred).
        self._stored: FuzzyDate | None = None

        self._edit = QLineEdit(self)
        self._edit.setObjectName(f"{name}Text")
        self._edit.setClearButtonEnabled(True)
        self._edit.setPlaceholderText(
            translate("FuzzyDateEdit", "today")
            if empty_means_today
            else translate("FuzzyDateEdit", "none")
        )
        self._edit.setToolTip(
            translate(
                "FuzzyDateEdit",
                "A day, month, quarter or year; "
                "e.g. 2 Sep 2025, Sep 2024, Q1 2026, 2024, Tuesday, last year.",
            )
        )
        self._preview = QLabel(self)
        self._preview.setObjectName(f"{name}Preview")
        self._preview.setTextFormat(Qt.TextFormat.PlainText)  # user text is never HTML
        self._preview.setWordWrap(True)
        self._preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit)
        layout.addWidget(self._preview)
        self.setFocusProxy(self._edit)

        self._edit.textChanged.connect(self._on_text_changed)
        self._refresh()

    # -- reading and writing -------------------------------------------------------------

    def text(self) -> str:
        """The text as typed."""
        return self._edit.text()

    def setText(self, text: str) -> None:
        """Replace the typed text (the preview follows)."""
        self._edit.setText(text)

    def setReference(self, today: date) -> None:  # noqa: N802 - Qt's naming, as its neighbours
        """Read relative phrases ("Tuesday", "last year") against ``today`` from now on."""
        self._today = today
        self._refresh()

    def setDate(self, value: FuzzyDate | None) -> None:
        """Show a stored date in its reading form, or clear the field for ``None``."""
        self._stored = value
        self._edit.setText(shown_date(value) if value is not None else "")
        self._refresh()

    def value(self) -> FuzzyDate | None:
        """The date typed; ``None`` when empty unless empty means today.

        Raises ``ValidationError`` (with ``field`` set to this edit's name) when the
        text cannot be read.
        """
        text = self._edit.text().strip()
        if not text:
            return FuzzyDate.of_day(self._today) if self._empty_means_today else None
        if self._stored is not None and text == shown_date(self._stored):
            return self._stored
        try:
            return parse_fuzzy_date(text, self._today)
        except ValidationError as error:
            raise ValidationError(message_of(error), field=self._name) from None

    def isValid(self) -> bool:
        """Whether the text can be read as a date (an empty field is valid)."""
        try:
            self.value()
        except ValidationError:
            return False
        return True

    def lineEdit(self) -> QLineEdit:
        """The line edit, e.g. to be a label's buddy."""
        return self._edit

    def setError(self, message: str | None) -> None:
        """Mark the field red and show ``message`` under it; ``None`` clears the mark."""
        self._error = message
        mark_error(self._edit, message is not None)
        self._refresh()

    # -- internals ------------------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        # A set error described the old text; once edited, the live preview takes over.
        if self._error is not None:
            self._error = None
            mark_error(self._edit, False)
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        message, bad = self._describe()
        self._preview.setText(message)
        mark_error(self._preview, bad)

    def _describe(self) -> tuple[str, bool]:
        """The preview sentence and whether it reports a problem."""
        if self._error is not None:
            return self._error, True
        text = self._edit.text().strip()
        if not text:
            if self._empty_means_today:
                today = shown_date(FuzzyDate.of_day(self._today))
                shown = translate("FuzzyDateEdit", "empty → today ({date})")
                return shown.format(date=today), False
            return translate("FuzzyDateEdit", "no date"), False
        if self._stored is not None and text == shown_date(self._stored):
            shown = translate("FuzzyDateEdit", "as recorded: {meaning}")
            return shown.format(meaning=explained_date(self._stored)), False
        try:
            understood = parse_fuzzy_date(text, self._today)
        except ValidationError as error:
            return error_text(error), True
        shown = translate("FuzzyDateEdit", "{typed} → {meaning}")
        return shown.format(typed=text, meaning=explained_date(understood)), False
