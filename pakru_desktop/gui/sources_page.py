"""The Sources page: articles and documents that items are drawn from."""

from __future__ import annotations

from pakru_desktop.gui.record_pages import RecordPage
from pakru_desktop.gui.source_viewer import open_source_viewer
from pakru_desktop.gui.table_models import SourceTableModel
from pakru_desktop.services.database import Database


class SourcesPage(RecordPage):
    """Articles and documents; double-click one to read it."""

    def __init__(self, db: Database) -> None:
        super().__init__(
            "sources",
            SourceTableModel(db),
            {"sources"},
            "Double-click a source (or press Enter) to read its full text.",
        )
        self.db = db
        self.table.activated.connect(self._open)

    def _open(self, index) -> None:
        open_source_viewer(self, self.db, self.model.row_at(index.row()).id)
