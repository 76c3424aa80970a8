"""The Export CSV dialog and its worker: real exports into temp folders, read back with csv."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
)

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui import export_worker
from pakru_desktop.gui.export_dialog import ExportDialog, default_folder
from pakru_desktop.gui.export_worker import ExportWorker
from pakru_desktop.services.export_csv import ALL_FILES
from pakru_desktop.services.queries import count_items, list_items

PUTIN = ItemFilter(Kind.EVENT, text="Putin")


def _dialog(qtbot, db, folder: Path, current_filter=None, **kwargs) -> ExportDialog:
    dialog = ExportDialog(db, current_filter=current_filter, confirm=False, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.findChild(QLineEdit, "folder")
    edit.clear()
    qtbot.keyClicks(edit, str(folder))
    return dialog


def _click(qtbot, dialog: ExportDialog, name: str, kind=QPushButton) -> None:
    qtbot.mouseClick(dialog.findChild(kind, name), Qt.MouseButton.LeftButton)


def _export(qtbot, dialog: ExportDialog):
    with qtbot.waitSignal(dialog.finished_export, timeout=10000) as blocker:
        _click(qtbot, dialog, "exportButton")
    return blocker.args[0]


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _csv_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_everything_writes_every_file(qtbot, db, tmp_path):
    folder = tmp_path / "out"
    dialog = _dialog(qtbot, db, folder)
    assert not dialog.findChild(QRadioButton, "scopeCurrent").isEnabled()
    _click(qtbot, dialog, "scopeAll", QRadioButton)

    result = _export(qtbot, dialog)

    assert sorted(result.rows) == sorted(ALL_FILES)
    assert _csv_files(folder) == sorted(f"{name}.csv" for name in ALL_FILES)
    events = _read(folder / "events.csv")
    assert len(events) == count_items(db, ItemFilter(Kind.EVENT)) == result.rows["events"]
    assert not dialog.isVisible()  # done: the dialog closed itself
    assert default_folder() == folder  # remembered for next time


def test_current_view_writes_only_the_matching_rows(qtbot, db, tmp_path):
    folder = tmp_path / "view"
    dialog = _dialog(qtbot, db, folder, current_filter=PUTIN)
    scope = dialog.findChild(QRadioButton, "scopeCurrent")
    expected = {row.id for row in list_items(db, PUTIN)}
    assert scope.isEnabled()
    assert f"({len(expected)} events)" in scope.text()
    _click(qtbot, dialog, "scopeCurrent", QRadioButton)

    _export(qtbot, dialog)

    assert _csv_files(folder) == ["events.csv", "evidence.csv", "follow_ups.csv", "links.csv"]
    assert {int(row["id"]) for row in _read(folder / "events.csv")} == expected
    assert {int(row["item_id"]) for row in _read(folder / "evidence.csv")} <= expected
    for link in _read(folder / "links.csv"):
        assert int(link["from_id"]) in expected or int(link["to_id"]) in expected


def test_excel_adds_a_byte_order_mark(qtbot, db, tmp_path):
    plain, excel = tmp_path / "plain", tmp_path / "excel"
    _export(qtbot, _dialog(qtbot, db, plain))
    dialog = _dialog(qtbot, db, excel)
    _click(qtbot, dialog, "excel", QCheckBox)
    assert dialog.findChild(QCheckBox, "excel").isChecked()
    _export(qtbot, dialog)

    assert not (plain / "events.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (excel / "events.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")


def test_worker_cancelled_before_it_starts_writes_nothing(qtbot, db, tmp_path):
    folder = tmp_path / "never"
    worker = ExportWorker(db.url, folder)
    worker.cancel()
    with qtbot.waitSignal(worker.signals.cancelled, timeout=10000):
        QThreadPool.globalInstance().start(worker)
    assert _csv_files(folder) == []


def test_worker_cancelled_from_its_progress_report_removes_its_files(qtbot, db, tmp_path):
    folder = tmp_path / "stopped"
    worker = ExportWorker(db.url, folder)
    seen: list[str] = []

    def stop_after_two_files(name: str, rows: int) -> None:
        seen.append(name)
        if len(seen) == 2:
            worker.cancel()

    # Direct: the flag is set in the worker thread before the callback's answer is read.
    worker.signals.progressed.connect(stop_after_two_files, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(worker.signals.cancelled, timeout=10000):
        QThreadPool.globalInstance().start(worker)
    assert len(seen) == 2
    assert _csv_files(folder) == []  # neither finished files nor partial ones


def test_cancel_in_the_progress_dialog_stops_the_export(qtbot, db, tmp_path, monkeypatch):
    folder = tmp_path / "cancelled"
    go = threading.Event()
    real_export = export_worker.export_csv

    def export_when_told(*args, **kwargs):
        go.wait(timeout=10)  # hold the worker until the test has pressed Cancel
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_worker, "export_csv", export_when_told)
    dialog = _dialog(qtbot, db, folder)
    try:
        _click(qtbot, dialog, "exportButton")
        progress = dialog.findChild(QProgressDialog, "exportProgress")
        assert progress.isVisible()
        assert not dialog.findChild(QPushButton, "exportButton").isEnabled()
        with qtbot.waitSignal(dialog.export_cancelled, timeout=10000):
            qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
            go.set()
    finally:
        go.set()
    assert _csv_files(folder) == []
    assert "cancelled" in dialog.findChild(QLabel, "errorLabel").text()
    assert dialog.findChild(QPushButton, "exportButton").isEnabled()
    assert dialog.isVisible()


def test_an_unwritable_folder_fails_with_a_sentence(qtbot, db, tmp_path, monkeypatch):
    blocker_file = tmp_path / "file.txt"
    blocker_file.write_text("not a folder")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog = ExportDialog(db, current_filter=None)
    qtbot.addWidget(dialog)
    edit = dialog.findChild(QLineEdit, "folder")
    edit.clear()
    qtbot.keyClicks(edit, str(blocker_file / "sub"))

    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        _click(qtbot, dialog, "exportButton")

    assert failed.args[0].startswith("Cannot create the folder")
    assert warnings == failed.args
    assert dialog.findChild(QPushButton, "exportButton").isEnabled()


def test_a_file_named_as_folder_is_refused_inline(qtbot, db, tmp_path):
    target = tmp_path / "taken"
    target.write_text("")
    dialog = _dialog(qtbot, db, target)
    _click(qtbot, dialog, "exportButton")
    assert "not a folder" in dialog.findChild(QLabel, "errorLabel").text()
    assert not dialog.is_running()


def test_success_box_offers_to_open_the_folder(qtbot, db, tmp_path, monkeypatch):
    folder = tmp_path / "shown"
    opened: list[str] = []
    texts: list[str] = []

    def press_open_folder(box: QMessageBox) -> int:
        texts.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Open folder").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_open_folder)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = ExportDialog(db, current_filter=None)
    qtbot.addWidget(dialog)
    edit = dialog.findChild(QLineEdit, "folder")
    edit.clear()
    qtbot.keyClicks(edit, str(folder))

    _export(qtbot, dialog)

    assert texts == [f"Exported {len(ALL_FILES)} files to {folder}"]
    assert opened == [str(folder)]


def test_existing_files_are_replaced_only_when_confirmed(qtbot, db, tmp_path, monkeypatch):
    folder = tmp_path / "again"
    folder.mkdir()
    (folder / "events.csv").write_text("old")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog = ExportDialog(db, current_filter=None)
    qtbot.addWidget(dialog)
    edit = dialog.findChild(QLineEdit, "folder")
    edit.clear()
    qtbot.keyClicks(edit, str(folder))

    _click(qtbot, dialog, "exportButton")

    assert not dialog.is_running()
    assert (folder / "events.csv").read_text() == "old"


def test_browse_fills_in_the_folder(qtbot, db, tmp_path, monkeypatch):
    chosen = str(tmp_path / "picked")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: chosen)
    dialog = _dialog(qtbot, db, tmp_path)
    _click(qtbot, dialog, "browseButton")
    assert dialog.findChild(QLineEdit, "folder").text() == chosen


def test_export_of_a_moved_database_fails_and_keeps_the_earlier_export(qtbot, db, tmp_path):
    folder = tmp_path / "report"
    first = ExportWorker(db.url, folder)
    with qtbot.waitSignal(first.signals.finished, timeout=10000):
        QThreadPool.globalInstance().start(first)
    earlier = {name: (folder / name).read_bytes() for name in _csv_files(folder)}
    assert len(earlier) == len(ALL_FILES)
    path = db.path
    db.close()
    path.rename(tmp_path / "moved-away.sqlite3")
    worker = ExportWorker(db.url, folder)
    with qtbot.waitSignal(worker.signals.failed, timeout=10000) as blocker:
        QThreadPool.globalInstance().start(worker)
    assert "no database at" in blocker.args[0] and "moved or deleted" in blocker.args[0]
    assert not path.exists()
    assert {name: (folder / name).read_bytes() for name in _csv_files(folder)} == earlier
