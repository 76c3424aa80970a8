"""When an item was changed elsewhere while someone edited it: both versions side by side,
and the choice of keeping one's own edits, taking the other version, or editing on."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.services.items import ItemPatch, patch_restoring
from pakru_desktop.services.records import ItemDetail

FIELD_LABELS = {
    "title": "Title",
    "date": "Date",
    "type": "Type",
    "summary": "Summary",
    "location": "Location",
    "due": "Due",
    "sectors": "Sectors",
    "participants": "Participants",
}


class Choice(Enum):
    """What the person chose to do with a conflicting save."""

    KEEP_MINE = "keep mine"
    TAKE_THEIRS = "take theirs"
    KEEP_EDITING = "keep editing"


def _shown(value: object) -> str:
    if value is None or value == "" or value == () or value == []:
        return "(none)"
    if isinstance(value, FuzzyDate):
        return value.display()
    if isinstance(value, (list, tuple)):
        return "; ".join(f"{v[0]} ({v[1]})" if isinstance(v, tuple) else str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def describe(base: ItemDetail, mine: ItemPatch, theirs: ItemDetail) -> list[str]:
    """One line per field that either side changed since ``base`` was loaded."""
    was, now = patch_restoring(base), patch_restoring(theirs)
    lines = []
    for name, label in FIELD_LABELS.items():
        yours = getattr(mine, name)
        before, after = getattr(was, name), getattr(now, name)
        if yours is not None and _shown(yours) != _shown(before):
            if _shown(after) != _shown(before):
                lines.append(f"{label}: yours “{_shown(yours)}”, theirs “{_shown(after)}”")
            else:
                lines.append(f"{label}: yours “{_shown(yours)}” (they left it)")
        elif _shown(after) != _shown(before):
            lines.append(f"{label}: changed elsewhere to “{_shown(after)}” (kept either way)")
    return lines


def ask(parent: QWidget, base: ItemDetail, mine: ItemPatch, theirs: ItemDetail) -> Choice:
    """Ask what to do; "Keep mine" writes only the fields this person changed."""
    box = QMessageBox(parent)
    box.setObjectName("conflictDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Changed elsewhere")
    box.setText(
        f"“{theirs.row.title}” was changed elsewhere (version {base.version} → "
        f"{theirs.version}) while you were editing it."
    )
    box.setInformativeText("\n".join(describe(base, mine, theirs)))
    keep = box.addButton("Keep mine", QMessageBox.ButtonRole.AcceptRole)
    take = box.addButton("Take theirs", QMessageBox.ButtonRole.DestructiveRole)
    edit = box.addButton("Keep editing", QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepMine")
    take.setObjectName("takeTheirs")
    edit.setObjectName("keepEditing")
    box.setDefaultButton(edit)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return Choice.KEEP_MINE
    if clicked is take:
        return Choice.TAKE_THEIRS
    return Choice.KEEP_EDITING
