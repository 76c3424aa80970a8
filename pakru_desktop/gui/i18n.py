"""The window's language: English, Russian or Urdu, as the system has it or as chosen in
Edit ▸ Preferences.

Every string the window shows goes through ``QCoreApplication.translate``; the compiled
catalogues (``resources/translations/pakru_<lang>.qm``) are made from the ``.ts`` files
beside them. English has a catalogue too: it holds the singular and plural forms of the
``%n`` messages. Urdu lays the window out right to left. Qt's own strings (the context
menu of a text field, a file dialog) come from Qt's catalogues where Qt ships one.

The language is set before the window is built and holds until the app is restarted;
the database and CSV stay language-neutral (codes and ISO dates).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pakru_desktop.resource_files import resource

LANGUAGE_KEY = "appearance/language"
# Each language under its own name, as people look for their language in such a list.
LANGUAGES = {"system": "", "en": "English", "ru": "Русский", "ur": "اردو"}
CATALOGUE = "pakru"
LOCALES = {"en": "en_GB", "ru": "ru_RU", "ur": "ur_PK"}

_installed: list[QTranslator] = []


def language_of(value: object) -> str:
    """A stored choice as one of ``LANGUAGES`` (anything else: "system")."""
    return value if isinstance(value, str) and value in LANGUAGES else "system"


def locale_for(choice: object, system: QLocale | None = None) -> QLocale:
    """The locale the window uses for ``choice``: the system's language when it is one the
    app speaks, else English; Pakistan's and Russia's conventions for Urdu and Russian."""
    code = language_of(choice)
    if code == "system":
        name = (system or QLocale.system()).name().split("_")[0]
        code = name if name in LANGUAGES else "en"
    return QLocale(LOCALES[code])


def language_code(locale: QLocale) -> str:
    """ "en", "ru" or "ur" for a locale given by ``locale_for``."""
    return locale.name().split("_")[0]


# Letters a font must have to write each language (Urdu's heh goal and yeh barree are
# missing from many Arabic fonts).
_LETTERS = {"en": "a", "ru": "ж", "ur": "ہے"}


def can_write(code: str) -> bool:
    """Whether a font on this computer has the letters of language ``code``."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    letters = _LETTERS.get(code, "")
    for family in QFontDatabase.families():
        metrics = QFontMetrics(QFont(family))
        if all(metrics.inFontUcs4(ord(letter)) for letter in letters):
            return True
    return False


def catalogue_folder() -> str:
    """The folder of the compiled catalogues, installed or in the source tree."""
    return str(resource("translations"))


def install_language(choice: object, app: QCoreApplication | None = None) -> QLocale:
    """Load the catalogues of the chosen language into ``app`` and set its direction.

    Replaces whatever an earlier call installed, so switching in tests leaves no trace.
    """
    app = app or QCoreApplication.instance()
    assert app is not None, "the application must exist before its language is set"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(choice)
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    if ours.load(locale, CATALOGUE, "_", catalogue_folder()):
        _installed.append(ours)
    qt = QTranslator(app)
    if language_code(locale) != "en" and qt.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    set_direction = getattr(app, "setLayoutDirection", None)
    if set_direction is not None:  # a QGuiApplication: windows follow the language
        set_direction(locale.textDirection())
    return locale
