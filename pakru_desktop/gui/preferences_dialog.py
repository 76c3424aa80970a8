"""Edit ▸ Preferences: choices that belong to the person at this computer, not to the data.

They are kept in ``QSettings`` (records live only in the database); the window applies
them when it starts and whenever they are saved here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from pakru_desktop.gui.form_dialog import FormDialog, add_labelled_row, line_edit
from pakru_desktop.gui.theme import THEME_KEY, THEMES, apply_theme, theme_of
from pakru_desktop.gui.widgets.marks import mark_hint
from pakru_desktop.services.database import Database
from pakru_desktop.store.history import MAX_AUTHOR, default_user

AUTHOR_KEY = "history/author"


def apply_preferences(db: Database, settings: QSettings) -> None:
    """Make ``db`` record changes under the name chosen in the preferences (if any)."""
    db.set_author(str(settings.value(AUTHOR_KEY, "") or ""))


class PreferencesDialog(FormDialog):
    """The name the field history records for this person's changes, and the colours.

    Inputs by objectName: ``authorName``, ``theme``, ``saveButton``, ``cancelButton``.
    """

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        """Build the form from the stored preferences."""
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(480)
        layout = self.scrolling_body()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self._author = line_edit("authorName", f"blank: {default_user()}", self)
        self._author.setMaxLength(MAX_AUTHOR)
        self._author.setText(str(settings.value(AUTHOR_KEY, "") or ""))
        add_labelled_row(form, "Your &name", self._author)
        hint = QLabel(
            "Every change you make is recorded in each record's history under this name. "
            "Left blank, the name you are logged in with is used.",
            self,
        )
        hint.setWordWrap(True)
        mark_hint(hint)
        form.addRow("", hint)
        self._theme = QComboBox(objectName="theme")
        for code, label in THEMES.items():
            self._theme.addItem(label, code)
        self._theme.setCurrentIndex(self._theme.findData(theme_of(settings.value(THEME_KEY))))
        add_labelled_row(form, "&Colours", self._theme)
        self._initial = self._state()

    def _state(self) -> tuple[str, str]:
        return self._author.text(), str(self._theme.currentData())

    def save(self) -> None:
        """Store the preferences and apply them at once."""
        self.settings.setValue(AUTHOR_KEY, self._author.text().strip())
        self.settings.setValue(THEME_KEY, self._theme.currentData())
        self.settings.sync()
        apply_preferences(self.db, self.settings)
        apply_theme(self._theme.currentData())
        self.accept()

    def has_input(self) -> bool:
        """Whether anything was changed since the dialog opened."""
        return self._state() != self._initial

    def discard_question(self) -> str:
        """Asked before Cancel throws a changed name away."""
        return "Discard the changed preferences?"
