"""Light, dark, or as the system has it: the window's colours, chosen in Edit ▸ Preferences.

"System" keeps the palette the platform gave the application (and tells Qt to follow the
system's colour scheme). Light and dark set a palette of their own, so the choice holds
on desktops whose platform theme has no dark mode. Every colour the app draws itself
(the quote marker, the red of an error) is legible on both.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_KEY = "appearance/theme"
# The words in English; the preferences show them translated (context "Theme").
THEMES = {
    "system": QT_TRANSLATE_NOOP("Theme", "As the system has it"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
}

_system_palette: QPalette | None = None

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#292929",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#363636",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3d6ea8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#363636",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#9c9c9c",
    QPalette.ColorRole.Link: "#7ab8ff",
    QPalette.ColorRole.LinkVisited: "#c29cff",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3c3c3c",
    QPalette.ColorRole.Mid: "#2f2f2f",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#0d0d0d",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7d7d7d",
    QPalette.ColorRole.Text: "#7d7d7d",
    QPalette.ColorRole.ButtonText: "#7d7d7d",
}


def theme_of(value: object) -> str:
    """A stored choice as one of ``THEMES`` (anything else: "system")."""
    return value if isinstance(value, str) and value in THEMES else "system"


def apply_theme(choice: object) -> None:
    """Give the application the palette of ``choice`` ("system", "light" or "dark")."""
    global _system_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    theme = theme_of(choice)
    hints = QGuiApplication.styleHints()
    schemes = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light,
               "dark": Qt.ColorScheme.Dark}  # fmt: skip
    hints.setColorScheme(schemes[theme])
    if theme == "system":
        app.setPalette(_system_palette)
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_dark_palette())


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette
