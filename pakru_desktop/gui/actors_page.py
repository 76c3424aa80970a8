"""The Actors page: people, organisations and states taking part in items."""

from __future__ import annotations

from pakru_desktop.gui.record_pages import RecordPage
from pakru_desktop.gui.table_models import ActorTableModel
from pakru_desktop.services.database import Database


class ActorsPage(RecordPage):
    """People, organisations and states."""

    def __init__(self, db: Database) -> None:
        super().__init__(
            "actors",
            ActorTableModel(db),
            {"actors"},
            "New names typed as participants become actors here.",
        )
