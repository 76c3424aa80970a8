"""The window on a database it may only read: a banner saying so, and no editing control.

A SQLite file (or its folder) this user may not write, and a server database whose role
may only read, open read-only (``Database.read_only``): every write would be refused
with a sentence anyway, so the window does not offer one. Reading stays whole: lists,
filters, search, the detail's tabs, the timeline, export and copying text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from pakru_desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate

# Buttons that change records, on every page (the detail's follow-ups and links, the
# actors' and sources' pages).
EDITING_BUTTONS = (
    "addFollowUp",
    "editFollowUp",
    "deleteFollowUp",
    "addLink",
    "removeLink",
    "addSourceButton",
    "editSourceButton",
    "deleteSourceButton",
    "editActorButton",
    "mergeActorButton",
    "deleteActorButton",
    "detailSave",
    "detailRevert",
)


def enter_read_only(window: MainWindow) -> QLabel:
    """Show the banner above the pages and turn every editing control off; returns the
    banner."""
    assert window.db is not None
    if window.db.path is not None:
        reason = translate("ReadOnlyMode", "its file or its folder may not be written")
    else:
        reason = translate("ReadOnlyMode", "your server role may only read it")
    banner = QLabel(objectName="readOnlyBanner", wordWrap=True)
    banner.setText(
        translate(
            "ReadOnlyMode", "This database may only be read here ({reason}); editing is off."
        ).format(reason=reason)
    )
    banner.setFrameShape(QFrame.Shape.StyledPanel)
    banner.setMargin(6)
    # The palette's note colours, so it stands out in the light and the dark theme alike.
    banner.setStyleSheet(
        "QLabel#readOnlyBanner { background: palette(tooltip-base); color: palette(tooltip-text); }"
    )
    banner.setAccessibleName(translate("ReadOnlyMode", "Read-only database"))
    holder = QWidget(objectName="centralWithBanner")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(window.takeCentralWidget())
    window.setCentralWidget(holder)

    for action in (*window.new_actions.values(), window.delete_action, window.import_action,
                   window.import_article_action, window.backups_action):  # fmt: skip
        action.setEnabled(False)
    _lock_controls(window)
    return banner


def _lock_controls(window: MainWindow) -> None:
    for name in EDITING_BUTTONS:
        for button in window.findChildren(QAbstractButton, name):
            button.setEnabled(False)
            # Each pane enables its buttons again as a selection allows; not here.
            button.installEventFilter(_STAYS_DISABLED)
    for page in window.item_pages.values():
        page.detail.form.set_read_only()
        for box in page.detail.findChildren(QComboBox):  # the status, in the header
            box.setEnabled(False)


class _StaysDisabled(QObject):
    """Turns a button off again whenever its pane turns it on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        changed = event.type() == QEvent.Type.EnabledChange
        if changed and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        return False


_STAYS_DISABLED = _StaysDisabled()
