"""When an item was changed elsewhere while someone edited it: both versions side by side,
and the choice of keeping one's own edits, taking the other version, or editing on."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.gui.vocabulary_names import role_name, type_name
from pakru_desktop.services.items import ItemPatch, patch_restoring
from pakru_desktop.services.records import ItemDetail

translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    """The words for each field of an item a conflict can concern, in its order."""
    return {
        "title": translate("ConflictDialog", "Title"),
        "date": translate("ConflictDialog", "Date"),
        "type": translate("ConflictDialog", "Type"),
        "summary": translate("ConflictDialog", "Summary"),
        "location": translate("ConflictDialog", "Location"),
        "due": translate("ConflictDialog", "Due"),
        "sectors": translate("ConflictDialog", "Sectors"),
        "participants": translate("ConflictDialog", "Participants"),
    }


class Choice(Enum):
    """What the person chose to do with a conflicting save."""

    KEEP_MINE = "keep mine"
    TAKE_THEIRS = "take theirs"
    KEEP_EDITING = "keep editing"


def _shown(value: object, kind: Kind | None = None, field: str = "") -> str:
    """``value`` in a line; with ``kind`` a type or role code shows as its words (the
    comparisons use the codes, without ``kind``)."""
    if value is None or value == "" or value == () or value == []:
        return translate("ConflictDialog", "(none)")
    if isinstance(value, FuzzyDate):
        return shown_date(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(
            f"{v[0]} ({role_name(v[1]) if kind else v[1]})" if isinstance(v, tuple) else str(v)
            for v in value
        )
    if kind is not None and field == "type":
        value = type_name(kind, str(value))
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def describe(base: ItemDetail, mine: ItemPatch, theirs: ItemDetail) -> list[str]:
    """One line per field that either side changed since ``base`` was loaded."""
    was, now = patch_restoring(base), patch_restoring(theirs)
    kind = theirs.row.kind
    lines = []
    for name, label in field_labels().items():
        yours = getattr(mine, name)
        before, after = getattr(was, name), getattr(now, name)
        mine_shown, theirs_shown = _shown(yours, kind, name), _shown(after, kind, name)
        if yours is not None and _shown(yours) != _shown(before):
            if _shown(after) != _shown(before):
                line = translate("ConflictDialog", "{field}: yours “{mine}”, theirs “{theirs}”")
            else:
                line = translate("ConflictDialog", "{field}: yours “{mine}” (they left it)")
        elif _shown(after) != _shown(before):
            line = translate(
                "ConflictDialog", "{field}: changed elsewhere to “{theirs}” (kept either way)"
            )
        else:
            continue
        lines.append(line.format(field=label, mine=mine_shown, theirs=theirs_shown))
    return lines


def ask(parent: QWidget, base: ItemDetail, mine: ItemPatch, theirs: ItemDetail) -> Choice:
    """Ask what to do; "Keep mine" writes only the fields this person changed."""
    box = QMessageBox(parent)
    box.setObjectName("conflictDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ConflictDialog", "Changed elsewhere"))
    box.setText(
        translate(
            "ConflictDialog",
            "“{title}” was changed elsewhere (version {old} → {new}) while you were editing it.",
        ).format(title=theirs.row.title, old=base.version, new=theirs.version)
    )
    box.setInformativeText("\n".join(describe(base, mine, theirs)))
    role = QMessageBox.ButtonRole
    keep = box.addButton(translate("ConflictDialog", "Keep mine"), role.AcceptRole)
    take = box.addButton(translate("ConflictDialog", "Take theirs"), role.DestructiveRole)
    edit = box.addButton(translate("ConflictDialog", "Keep editing"), role.RejectRole)
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
