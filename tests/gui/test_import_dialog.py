"""File ▸ Import CSV… as a person uses it: choose a file, read its problems, import it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPushButton, QTableWidget

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.import_dialog import ImportDialog
from pakru_desktop.services.export_csv import export_csv
from pakru_desktop.services.items import get_item
from pakru_desktop.services.queries import count_items, list_items


def _open_dialog(qtbot, window, monkeypatch, path: Path, signal: str = "checked"):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "CSV files (*.csv)")
    )
    window.import_action.trigger()
    dialog = [d for d in window.findChildren(ImportDialog) if d.isVisible()][-1]
    with qtbot.waitSignal(getattr(dialog, signal), timeout=10000) as blocker:
        qtbot.mouseClick(dialog.findChild(QPushButton, "browseButton"), Qt.MouseButton.LeftButton)
    return dialog, blocker.args[0]


def test_a_clean_file_is_checked_then_imported_and_shown(qtbot, window, db, tmp_path, monkeypatch):
    path = tmp_path / "events.csv"
    path.write_text(
        "title;date;status;participants\r\nDar calls Lavrov;18 Nov 2025;held;Ishaq Dar (guest)\r\n",
        encoding="utf-8-sig",
    )
    before = count_items(db, ItemFilter(Kind.EVENT))
    dialog, checked = _open_dialog(qtbot, window, monkeypatch, path)
    assert dialog.findChild(QComboBox, "kind").currentData() == "events"  # from the name
    status = dialog.findChild(QLabel, "status").text()
    assert "1 row can be imported: 1 to add" in status
    assert count_items(db, ItemFilter(Kind.EVENT)) == before  # a check writes nothing
    import_button = dialog.findChild(QPushButton, "importButton")
    assert import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].added == 1
    (row,) = [r for r in list_items(db, ItemFilter(Kind.EVENT)) if r.title == "Dar calls Lavrov"]
    assert [(p.name, p.role) for p in get_item(db, row.id).row.participants] == [
        ("Ishaq Dar", "guest")
    ]
    assert "1 added" in window.statusBar().currentMessage()
    page = window.item_pages[Kind.EVENT]
    window.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)
    assert "kept in" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_problems_are_listed_by_row_and_column_and_import_stays_off(
    qtbot, window, db, tmp_path, monkeypatch
):
    path = tmp_path / "commitments.csv"
    path.write_text(
        "title,date,status\r\nFine,2025,kept\r\n,2025,kept\r\nBad,someday,promised\r\n",
        encoding="utf-8",
    )
    before = count_items(db, ItemFilter(Kind.COMMITMENT))
    dialog, refused = _open_dialog(qtbot, window, monkeypatch, path)
    table = dialog.findChild(QTableWidget, "problems")
    assert table.isVisible()
    cells = [tuple(table.item(r, c).text() for c in range(2)) for r in range(table.rowCount())]
    assert cells == [("3", "title"), ("4", "date"), ("4", "status")]
    assert "nothing was imported" in dialog.findChild(QLabel, "status").text()
    assert not dialog.findChild(QPushButton, "importButton").isEnabled()
    assert count_items(db, ItemFilter(Kind.COMMITMENT)) == before
    # Fixed on disk, checked again: now it can be imported.
    path.write_text("title,date,status\r\nFine,2025,kept\r\n", encoding="utf-8")
    with qtbot.waitSignal(dialog.checked, timeout=10000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "checkButton"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QPushButton, "importButton").isEnabled()
    assert not table.isVisible()
    dialog.reject()


def test_changing_what_the_file_holds_needs_a_new_check(qtbot, window, db, tmp_path, monkeypatch):
    export_csv(db, tmp_path, names=["actors"])
    dialog, checked = _open_dialog(qtbot, window, monkeypatch, tmp_path / "actors.csv")
    assert checked.unchanged == checked.rows > 0
    kind = dialog.findChild(QComboBox, "kind")
    kind.setCurrentIndex(kind.findData("sources"))
    assert not dialog.findChild(QPushButton, "importButton").isEnabled()
    with qtbot.waitSignal(dialog.checked, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.findChild(QPushButton, "checkButton"), Qt.MouseButton.LeftButton)
    assert "not a column of sources.csv" in blocker.args[0].problems[0].message
    dialog.reject()


def test_a_missing_file_is_one_sentence(qtbot, window, tmp_path, monkeypatch):
    dialog, message = _open_dialog(qtbot, window, monkeypatch, tmp_path / "events.csv", "failed")
    assert message.startswith("There is no file")
    assert dialog.findChild(QLabel, "status").text().startswith("There is no file")
    assert dialog.findChild(QLineEdit, "file").text().endswith("events.csv")
    dialog.reject()
