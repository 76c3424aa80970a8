"""Edit ▸ Preferences: the name the history records, kept across sessions."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from pakru_desktop.gui.main_window import MainWindow
from pakru_desktop.gui.preferences_dialog import PreferencesDialog
from pakru_desktop.services import history
from pakru_desktop.services.items import ItemPatch, edit_item


def _window(qtbot, db, today, settings) -> MainWindow:
    win = MainWindow(db, today=lambda: today, settings=settings)
    qtbot.addWidget(win)
    return win


def test_the_chosen_name_signs_every_change_and_is_remembered(qtbot, db, today, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot, db, today, settings)
    window.show()
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    name = dialog.findChild(QLineEdit, "authorName")
    assert name.text() == "" and name.placeholderText().startswith("blank: ")
    qtbot.keyClicks(name, "  Ayesha  Khan ")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    edit_item(db, 1, ItemPatch(location="Beijing, Great Hall"))
    assert history.item_history(db, 1)[0].who == "Ayesha Khan"

    db.set_author("")  # as a fresh start would be, before the preferences apply
    _window(qtbot, db, today, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    edit_item(db, 1, ItemPatch(location="Beijing"))
    assert history.item_history(db, 1)[0].who == "Ayesha Khan"


def test_a_blank_name_means_the_system_user(qtbot, db, today, tmp_path, monkeypatch):
    monkeypatch.setenv("PAKRU_USER", "desk-officer")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("history/author", "Someone Else")
    window = _window(qtbot, db, today, settings)
    dialog = window.edit_preferences()
    dialog.findChild(QLineEdit, "authorName").clear()
    dialog.save()
    edit_item(db, 1, ItemPatch(location="Beijing, China"))
    assert history.item_history(db, 1)[0].who == "desk-officer"


def test_dark_colours_are_chosen_kept_and_undone(qtbot, db, today, tmp_path):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QComboBox

    system = QApplication.palette().color(QPalette.ColorRole.Window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot, db, today, settings)
    window.show()

    def choose(label: str) -> None:
        dialog = window.edit_preferences()
        theme = dialog.findChild(QComboBox, "theme")
        theme.setFocus()
        qtbot.keyClicks(theme, label)  # typing a choice's first letters picks it
        assert theme.currentText() == label
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    try:
        choose("Dark")
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert settings.value("appearance/theme") == "dark"
        # Kept: a window opened later on these settings is dark from the start.
        choose("Light")
        _window(qtbot, db, today, QSettings(str(tmp_path / "settings.ini"),
                                            QSettings.Format.IniFormat))  # fmt: skip
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180
    finally:
        settings.setValue("appearance/theme", "system")
        from pakru_desktop.gui.theme import apply_theme

        apply_theme("system")
    assert QApplication.palette().color(QPalette.ColorRole.Window) == system
