"""Every control a person can reach by keyboard has a name a screen reader can announce:
its own accessible name, a label it is the buddy of, or the text on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QWidget,
)

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.actor_dialog import ActorDialog
from pakru_desktop.gui.evidence_dialog import EvidenceDialog
from pakru_desktop.gui.follow_up_dialog import FollowUpDialog
from pakru_desktop.gui.link_dialog import LinkDialog
from pakru_desktop.gui.source_dialog import SourceDialog
from pakru_desktop.services.actors import get_actor
from pakru_desktop.services.items import get_item


def unnamed(root: QWidget) -> list[str]:
    """The focusable, visible widgets under ``root`` that a screen reader could not name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton | QLabel) and widget.text().strip():
            continue
        holder = widget.parentWidget()
        named = holder is not None and (holder.accessibleName() or id(holder) in buddies)
        if isinstance(holder, QAbstractSpinBox) and named:
            continue  # a spin box's own line edit: the box is what is named
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_page_of_the_main_window_names_its_controls(qtbot, window):
    found = []
    for page in [window.overview_page, *window.pages]:
        window.show_page(page)
        QApplication.processEvents()
        found += unnamed(window)
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


DIALOGS = {
    "new event": lambda w, db: w.new_item(Kind.EVENT),
    "new agreement": lambda w, db: w.new_item(Kind.AGREEMENT),
    "new project": lambda w, db: w.new_item(Kind.PROJECT),
    "new commitment": lambda w, db: w.new_item(Kind.COMMITMENT),
    "export": lambda w, db: w.export_csv(),
    "import CSV": lambda w, db: w.import_csv(),
    "import article": lambda w, db: w.import_article(),
    "preferences": lambda w, db: w.edit_preferences(),
    "backups": lambda w, db: w.show_backups(),
    "keyboard shortcuts": lambda w, db: w.show_shortcuts(),
    "follow-up": lambda w, db: FollowUpDialog(Kind.PROJECT, lambda _f: None,
                                              current_status="proposed", parent=w),
    "link": lambda w, db: LinkDialog(db, get_item(db, 1).row, lambda *_a: None, parent=w),
    "evidence": lambda w, db: EvidenceDialog(db, w.hub, w.undo_stack, 1, parent=w),
    "source": lambda w, db: SourceDialog(db, w.hub, w.undo_stack, 1, parent=w),
    "actor": lambda w, db: ActorDialog(get_actor(db, 1), lambda _p: None, parent=w),
}  # fmt: skip


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_names_its_controls(qtbot, window, db, name):
    dialog = DIALOGS[name](window, db)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert unnamed(dialog) == []
