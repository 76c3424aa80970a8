"""Edit ▸ Preferences: choices that belong to the person at this computer, not to the data.

They are kept in ``QSettings`` (records live only in the database); the window applies
them when it starts and whenever they are saved here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from pakru_desktop.gui.form_dialog import FormDialog, add_labelled_row, line_edit
from pakru_desktop.gui.i18n import (
    LANGUAGE_KEY,
    LANGUAGES,
    can_write,
    language_code,
    language_of,
    locale_for,
)
from pakru_desktop.gui.theme import THEME_KEY, THEMES, apply_theme, theme_of
from pakru_desktop.gui.user_preferences import (
    AUTHOR_KEY,
    BACKUPS_KEY,
    DUE_SOON_KEY,
    STALE_KEY,
    apply_preferences,
    backups_to_keep,
    due_soon_days,
    stale_days,
)
from pakru_desktop.gui.widgets.marks import mark_hint
from pakru_desktop.services.database import Database
from pakru_desktop.store.history import MAX_AUTHOR, default_user

__all__ = ["PreferencesDialog", "apply_preferences"]

translate = QCoreApplication.translate


def _days(name: str, value: int, maximum: int) -> QSpinBox:
    box = QSpinBox(objectName=name, minimum=1, maximum=maximum)
    box.setValue(value)
    return box


class PreferencesDialog(FormDialog):
    """The person's own choices: language, colours, the name the history records, the
    overview's windows and how many backups to keep. ``applied`` is emitted on saving.

    Inputs by objectName: ``language``, ``theme``, ``authorName``, ``dueSoonDays``,
    ``staleDays``, ``backupsToKeep``, ``saveButton``, ``cancelButton``.
    """

    applied = Signal()

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        """Build the form from the stored preferences."""
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.setMinimumWidth(520)
        layout = self.scrolling_body()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self._language = QComboBox(objectName="language")
        system = LANGUAGES[language_code(locale_for("system"))]
        for code, name in LANGUAGES.items():
            shown = (
                translate("PreferencesDialog", "As the system has it ({language})").format(
                    language=system
                )
                if code == "system"
                else name
            )
            self._language.addItem(shown, code)
        self._language.setCurrentIndex(
            self._language.findData(language_of(settings.value(LANGUAGE_KEY)))
        )
        add_labelled_row(form, translate("PreferencesDialog", "&Language"), self._language)
        self._language_hint = self._hint(
            translate("PreferencesDialog", "A new language is used from the next start.")
        )
        form.addRow("", self._language_hint)
        self._font_hint = self._hint(
            translate(
                "PreferencesDialog",
                "No font on this computer writes Urdu: install one (on Debian or Ubuntu, "
                "fonts-noto-core) for its letters to show.",
            )
        )
        self._font_hint.setObjectName("fontHint")
        form.addRow("", self._font_hint)
        self._language.currentIndexChanged.connect(lambda _index: self._check_font())
        self._check_font()

        self._theme = QComboBox(objectName="theme")
        for code, label in THEMES.items():
            self._theme.addItem(translate("Theme", label), code)
        self._theme.setCurrentIndex(self._theme.findData(theme_of(settings.value(THEME_KEY))))
        add_labelled_row(form, translate("PreferencesDialog", "&Colours"), self._theme)

        self._author = line_edit(
            "authorName",
            translate("PreferencesDialog", "blank: {user}").format(user=default_user()),
            self,
        )
        self._author.setMaxLength(MAX_AUTHOR)
        self._author.setText(str(settings.value(AUTHOR_KEY, "") or ""))
        add_labelled_row(form, translate("PreferencesDialog", "Your &name"), self._author)
        form.addRow(
            "",
            self._hint(
                translate(
                    "PreferencesDialog",
                    "Every change you make is recorded in each record's history under this "
                    "name. Left blank, the name you are logged in with is used.",
                )
            ),
        )

        self._due_soon = _days("dueSoonDays", due_soon_days(settings), 3650)
        self._due_soon.setSuffix(translate("PreferencesDialog", " days"))
        add_labelled_row(form, translate("PreferencesDialog", "&Due soon within"), self._due_soon)
        self._stale = _days("staleDays", stale_days(settings), 3650)
        self._stale.setSuffix(translate("PreferencesDialog", " days"))
        add_labelled_row(form, translate("PreferencesDialog", "S&tale after"), self._stale)
        form.addRow(
            "",
            self._hint(
                translate(
                    "PreferencesDialog",
                    "The overview lists what falls due within the first number of days, and "
                    "open items nothing has been heard of for the second.",
                )
            ),
        )
        self._backups = _days("backupsToKeep", backups_to_keep(settings), 365)
        add_labelled_row(form, translate("PreferencesDialog", "&Backups to keep"), self._backups)
        form.addRow(
            "",
            self._hint(
                translate(
                    "PreferencesDialog",
                    "A backup is made beside the database once a day and before every "
                    "import or restore; older ones than this many are removed.",
                )
            ),
        )
        self._initial = self._state()

    def _check_font(self) -> None:
        chosen = language_code(locale_for(self._language.currentData()))
        self._font_hint.setVisible(chosen == "ur" and not can_write("ur"))

    def _hint(self, text: str) -> QLabel:
        hint = QLabel(text, self)
        hint.setWordWrap(True)
        mark_hint(hint)
        return hint

    def _state(self) -> tuple[object, ...]:
        return (
            self._language.currentData(),
            self._theme.currentData(),
            self._author.text(),
            self._due_soon.value(),
            self._stale.value(),
            self._backups.value(),
        )

    def save(self) -> None:
        """Store the preferences and apply them at once (the language at the next start)."""
        s = self.settings
        s.setValue(LANGUAGE_KEY, self._language.currentData())
        s.setValue(THEME_KEY, self._theme.currentData())
        s.setValue(AUTHOR_KEY, self._author.text().strip())
        s.setValue(DUE_SOON_KEY, self._due_soon.value())
        s.setValue(STALE_KEY, self._stale.value())
        s.setValue(BACKUPS_KEY, self._backups.value())
        s.sync()
        apply_preferences(self.db, s)
        apply_theme(self._theme.currentData())
        self.applied.emit()
        self.accept()

    def has_input(self) -> bool:
        """Whether anything was changed since the dialog opened."""
        return self._state() != self._initial

    def discard_question(self) -> str:
        """Asked before Cancel throws changed preferences away."""
        return translate("PreferencesDialog", "Discard the changed preferences?")
