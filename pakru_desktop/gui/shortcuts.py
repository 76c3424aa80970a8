"""Every keyboard shortcut of the app, in one table: the window binds its actions' keys from
it and Help ▸ Keyboard shortcuts lists it, so the two cannot disagree.

A key given as a standard key (``QKeySequence.StandardKey``) is the platform's; where the
platform binds none, the written keys that follow it are used.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

Standard = QKeySequence.StandardKey
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Shortcut:
    """One shortcut: the action it triggers (None: handled where it is pressed), its keys
    and what it does."""

    action: str | None
    keys: tuple[str | QKeySequence.StandardKey, ...]
    does: str  # in English; ``described()`` translates it

    def sequences(self) -> list[QKeySequence]:
        """The written keys, then those the platform adds for a standard key that a person
        can type (with a modifier, or F1–F12; not a keyboard's "Undo" or "Exit" key)."""
        standard = [k for k in self.keys if isinstance(k, QKeySequence.StandardKey)]
        chosen = [QKeySequence(k) for k in self.keys if isinstance(k, str)]
        for key in standard:
            for sequence in QKeySequence.keyBindings(key):
                if sequence not in chosen and _typeable(sequence):
                    chosen.append(sequence)
        return chosen

    def shown(self) -> str:
        """The keys as a person reads them ("Ctrl+Shift+Z or Ctrl+Y")."""
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences()]
        shown = keys[0] if keys else ""
        for key in keys[1:]:
            shown = translate("Shortcuts", "{keys} or {key}").format(keys=shown, key=key)
        return shown

    def described(self) -> str:
        """What the shortcut does, in the window's language."""
        return translate("Shortcuts", self.does)


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "new_event",
        (Standard.New, "Ctrl+N"),
        QT_TRANSLATE_NOOP("Shortcuts", "New event (the cursor is in Title; Enter saves)"),
    ),
    Shortcut(
        "search",
        ("Ctrl+K",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Search everything (Up/Down, Enter opens a hit, Escape closes)"
        ),
    ),
    Shortcut(
        "find", (Standard.Find, "Ctrl+F"), QT_TRANSLATE_NOOP("Shortcuts", "Filter the current list")
    ),
    Shortcut("export", ("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "Export CSV")),
    Shortcut(
        "import_article", ("Ctrl+Shift+I",), QT_TRANSLATE_NOOP("Shortcuts", "Import an article")
    ),
    Shortcut(
        "open_database",
        (Standard.Open, "Ctrl+O"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open a database"),
    ),
    Shortcut("undo", (Standard.Undo, "Ctrl+Z"), QT_TRANSLATE_NOOP("Shortcuts", "Undo")),
    Shortcut("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    Shortcut(
        "delete",
        (Standard.Delete, "Delete"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Delete the selected item (in a list; asks first; undoable)"
        ),
    ),
    Shortcut(
        "refresh", ("F5",), QT_TRANSLATE_NOOP("Shortcuts", "Refresh every list from the database")
    ),
    Shortcut(
        "back",
        ("Alt+Left", Standard.Back),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Back to where you were before following a link or a search hit"
        ),
    ),
    Shortcut(
        "forward", ("Alt+Right", Standard.Forward), QT_TRANSLATE_NOOP("Shortcuts", "Forward again")
    ),
    Shortcut("page_1", ("Ctrl+1",), QT_TRANSLATE_NOOP("Shortcuts", "Show the overview")),
    Shortcut("page_2", ("Ctrl+2",), QT_TRANSLATE_NOOP("Shortcuts", "Show the events")),
    Shortcut("page_3", ("Ctrl+3",), QT_TRANSLATE_NOOP("Shortcuts", "Show the agreements")),
    Shortcut("page_4", ("Ctrl+4",), QT_TRANSLATE_NOOP("Shortcuts", "Show the projects")),
    Shortcut("page_5", ("Ctrl+5",), QT_TRANSLATE_NOOP("Shortcuts", "Show the commitments")),
    Shortcut("page_6", ("Ctrl+6",), QT_TRANSLATE_NOOP("Shortcuts", "Show the actors")),
    Shortcut("page_7", ("Ctrl+7",), QT_TRANSLATE_NOOP("Shortcuts", "Show the sources")),
    Shortcut("page_8", ("Ctrl+T", "Ctrl+8"), QT_TRANSLATE_NOOP("Shortcuts", "Show the timeline")),
    Shortcut(
        "preferences",
        (Standard.Preferences, "Ctrl+,"),
        QT_TRANSLATE_NOOP("Shortcuts", "Preferences (language, colours, your name, backups)"),
    ),
    Shortcut(
        "shortcuts", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "This list of keyboard shortcuts")
    ),
    Shortcut("quit", (Standard.Quit, "Ctrl+Q"), QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    Shortcut(
        None,
        ("Enter",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "In a list: open the item, a quote's source or a linked item"
        ),
    ),
    Shortcut(
        None,
        ("Ctrl+Enter",),
        QT_TRANSLATE_NOOP("Shortcuts", "In a dialog's multi-line field: save"),
    ),
    Shortcut(
        None,
        ("Escape",),
        QT_TRANSLATE_NOOP("Shortcuts", "Close a dialog (asks before discarding what was typed)"),
    ),
)

_BY_ACTION = {s.action: s for s in SHORTCUTS if s.action}


def _typeable(sequence: QKeySequence) -> bool:
    text = sequence.toString()
    return "+" in text.rstrip("+") or text in {f"F{n}" for n in range(1, 13)} or text == "Del"


def keys_for(action: str) -> list[QKeySequence]:
    """The key sequences the table gives ``action``."""
    return _BY_ACTION[action].sequences()
