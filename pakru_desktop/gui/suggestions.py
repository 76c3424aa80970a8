"""What the forms offer while typing: actor names and the sectors in use, read once.

Every list page, its detail form and the new-item dialog offer the same names and
sectors. Reading them per page and per change cost four reads of twenty thousand actors
for each status change at a million items; here they are read when first asked for and
again only after a change that may alter them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.services import queries
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import Changes


class Suggestions(QObject):
    """Actor names (with aliases) and sectors in use, kept until a change may alter them."""

    def __init__(self, db: Database, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._names: list[str] | None = None
        self._sectors: list[str] | None = None
        # Connected before any page, so a page reading after a change reads afresh.
        hub.changed.connect(self.on_changes)

    def actor_names(self) -> list[str]:
        """Every actor's name and alias, in name order."""
        if self._names is None:
            self._names = queries.actor_names(self.db)
        return self._names

    def sectors(self) -> list[str]:
        """Every sector some item carries, in name order."""
        if self._sectors is None:
            self._sectors = queries.sectors_in_use(self.db)
        return self._sectors

    def on_changes(self, changes: Changes) -> None:
        """Forget what ``changes`` may have altered: names when actors changed (a service
        that makes an actor for a new participant says so), sectors when items did."""
        if "actors" in changes.tables:
            self._names = None
        if "items" in changes.tables:
            self._sectors = None
