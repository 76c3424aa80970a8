"""One object that tells every view what a service call changed (STYLE.md, point 5)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from pakru_desktop.services.records import Changes


class ChangeHub(QObject):
    """Broadcasts ``Changes`` after each user action; views refresh only what they show."""

    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        """Tell every listening view that ``changes`` happened."""
        self.changed.emit(changes)
