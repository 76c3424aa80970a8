"""Every keyboard shortcut of the app, in one table: the window binds its actions' keys from
it and Help ▸ Keyboard shortcuts lists it, so the two cannot disagree.

A key given as a standard key (``QKeySequence.StandardKey``) is the platform's; where the
platform binds none, the written keys that follow it are used.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

Standard = QKeySequence.StandardKey


@dataclass(frozen=True)
class Shortcut:
    """One shortcut: the action it triggers (None: handled where it is pressed), its keys
    and what it does."""

    action: str | None
    keys: tuple[str | QKeySequence.StandardKey, ...]
    does: str

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
        return " or ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences()
        )


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("new_event", (Standard.New, "Ctrl+N"),
             "New event (the cursor is in Title; Enter saves)"),
    Shortcut("search", ("Ctrl+K",),
             "Search everything (Up/Down, Enter opens a hit, Escape closes)"),
    Shortcut("find", (Standard.Find, "Ctrl+F"), "Filter the current list"),
    Shortcut("export", ("Ctrl+E",), "Export CSV"),
    Shortcut("import_article", ("Ctrl+Shift+I",), "Import an article"),
    Shortcut("undo", (Standard.Undo, "Ctrl+Z"), "Undo"),
    Shortcut("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo"),
    Shortcut("delete", (Standard.Delete, "Delete"),
             "Delete the selected item (in a list; asks first; undoable)"),
    Shortcut("refresh", ("F5",), "Refresh every list from the database"),
    Shortcut("back", ("Alt+Left", Standard.Back),
             "Back to where you were before following a link or a search hit"),
    Shortcut("forward", ("Alt+Right", Standard.Forward), "Forward again"),
    *(Shortcut(f"page_{n}", (f"Ctrl+{n}",), f"Show {name}")
      for n, name in enumerate(("Overview", "Events", "Agreements", "Projects", "Commitments",
                                "Actors", "Sources"), 1)),
    Shortcut("page_8", ("Ctrl+T", "Ctrl+8"), "Show the timeline"),
    Shortcut("preferences", (Standard.Preferences, "Ctrl+,"),
             "Preferences (the name the history records for your changes)"),
    Shortcut("shortcuts", ("F1",), "This list of keyboard shortcuts"),
    Shortcut("quit", (Standard.Quit, "Ctrl+Q"), "Quit"),
    Shortcut(None, ("Enter",), "In a list: open the item, a quote's source or a linked item"),
    Shortcut(None, ("Ctrl+Enter",), "In a dialog's multi-line field: save"),
    Shortcut(None, ("Escape",), "Close a dialog (asks before discarding what was typed)"),
)  # fmt: skip

_BY_ACTION = {s.action: s for s in SHORTCUTS if s.action}


def _typeable(sequence: QKeySequence) -> bool:
    text = sequence.toString()
    return "+" in text.rstrip("+") or text in {f"F{n}" for n in range(1, 13)} or text == "Del"


def keys_for(action: str) -> list[QKeySequence]:
    """The key sequences the table gives ``action``."""
    return _BY_ACTION[action].sequences()
