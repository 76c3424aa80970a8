"""Guard against Qt bindings that leak references to None/True (PySide6 6.12.0 on Python 3.11).

With a broken binding, each call below drops a reference to ``None`` or ``True``;
after a few thousand the interpreter aborts in ``none_dealloc``. This test fails
first, on any upgrade that brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

CALLS = 500


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else 10

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_set_text_keeps_none_and_true_reference_counts(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setText("warm-up")
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for n in range(CALLS):
        edit.setText(f"text {n}")
        edit.setEnabled(True)
    # Small drift is normal (interpreter internals); a leak is one per call.
    assert abs(sys.getrefcount(None) - none_before) < CALLS // 10
    assert abs(sys.getrefcount(True) - true_before) < CALLS // 10


def test_model_data_returning_none_keeps_reference_counts(qtbot):
    model = _NoneModel()
    index = model.index(0, 0)
    model.data(index)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        index.data()
    assert abs(sys.getrefcount(None) - before) < CALLS // 10
