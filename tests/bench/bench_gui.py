"""Benchmarks of the desktop window, run on demand: ``python tests/bench/bench_gui.py``.

Opens the main window (offscreen) on a database of 100,000 events and times what a
person waits for: the window appearing with its first page, scrolling to the end of
a loaded page (one ``fetchMore``), a text filter, and a sort by another column.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_cli import BIG, add_many_events  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pakru_desktop.domain.vocabulary import Kind  # noqa: E402
from pakru_desktop.gui.main_window import MainWindow  # noqa: E402
from pakru_desktop.services.database import open_database  # noqa: E402
from pakru_desktop.store.location import sqlite_url  # noqa: E402


def timed(label: str, action) -> None:
    """Run ``action`` once, processing events, and print the wall time."""
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    print(f"{label:<52} {(time.perf_counter() - start) * 1000:8.1f} ms")


def main() -> None:
    """Build the database, then time each step."""
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        seeded = Path(folder) / "seed.sqlite3"
        open_database(sqlite_url(seeded)).close()
        big = Path(folder) / "big.sqlite3"
        shutil.copyfile(seeded, big)
        add_many_events(big, BIG)
        db = open_database(sqlite_url(big))
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        holder = {}

        def open_window() -> None:
            holder["w"] = MainWindow(db, settings=settings)
            holder["w"].show()

        timed(f"open the main window on {BIG:,} events", open_window)
        window = holder["w"]
        page = window.item_pages[Kind.EVENT]
        timed("scroll to the end of the loaded rows (fetchMore)", page.table.scrollToBottom)
        print(f"{'  rows loaded after scrolling':<52} {page.model.rowCount():8d}")

        def filter_text() -> None:
            page.filter_bar.text.setText("meeting 4242")
            page.filter_bar.apply_now()

        timed("filter by text 'meeting 4242'", filter_text)
        print(f"{'  rows matching':<52} {page.model.total():8d}")
        timed("clear the filter", page.filter_bar.clear)
        timed("sort by title", lambda: page.model.sort(2, Qt.SortOrder.AscendingOrder))
        timed("select an item (detail pane)", lambda: page.select_item(page.model.id_at(5)))
        window.close()
        db.close()
    app.quit()


if __name__ == "__main__":
    main()
