"""The top of the detail view: what the item is at a glance.

The kind's icon, ``#id`` with the kind and type, the title in a larger font, the status
as a coloured chip and, when the item is overdue, a line saying why.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from pakru_desktop.domain.overdue import Lateness
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.date_words import lateness_heading, lateness_reason
from pakru_desktop.gui.icons import icon
from pakru_desktop.gui.overdue_marks import overdue_brush, overdue_icon
from pakru_desktop.gui.status_chips import StatusChip
from pakru_desktop.gui.vocabulary_names import kind_name, type_name
from pakru_desktop.services.records import ItemRow

translate = QCoreApplication.translate

ICON_SIZE = 32


class DetailHeader(QWidget):
    """Kind icon, ``#id · Kind · type``, title, status chip and the overdue note."""

    def __init__(self, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailHeader")
        self.kind = kind
        self.kind_icon = QLabel(objectName="detailKindIcon")
        self.kind_icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.refresh_icon()
        self.kind_icon.setAccessibleName(kind_name(kind))
        self.identity = QLabel(objectName="detailIdentity")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = QLabel(objectName="detailHeaderTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Wrapped text must not set the pane's width: it breaks to whatever width it gets.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(120)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.chip = StatusChip()
        self.overdue = QWidget(objectName="overdueNote")
        self.overdue_icon = QLabel(objectName="overdueIcon")
        self.overdue_text = QLabel(objectName="overdueText", wordWrap=True)
        self.overdue_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        note = QHBoxLayout(self.overdue)
        note.setContentsMargins(0, 0, 0, 0)
        note.addWidget(self.overdue_icon, 0, Qt.AlignmentFlag.AlignTop)
        note.addWidget(self.overdue_text, 1)
        self.overdue.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(10)
        grid.addWidget(self.kind_icon, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        line = QHBoxLayout()
        line.addWidget(self.identity)
        line.addWidget(self.chip)
        line.addStretch(1)
        grid.addLayout(line, 0, 1)
        grid.addWidget(self.title, 1, 1)
        grid.addWidget(self.overdue, 2, 1)
        grid.setColumnStretch(1, 1)

    def refresh_icon(self) -> None:
        """Draw the kind's icon in the palette's colours."""
        self.kind_icon.setPixmap(icon(f"kind-{self.kind.value}").pixmap(ICON_SIZE, ICON_SIZE))

    def show_row(self, row: ItemRow) -> None:
        """Show ``row``'s id, kind, type, title and status."""
        if row.type:
            identity = translate("DetailHeader", "#{id} · {kind} · {type}").format(
                id=row.id, kind=kind_name(row.kind), type=type_name(row.kind, row.type)
            )
        else:
            identity = translate("DetailHeader", "#{id} · {kind}").format(
                id=row.id, kind=kind_name(row.kind)
            )
        self.identity.setText(identity)
        self.title.setText(row.title)
        self.title.setToolTip(row.title)
        self.chip.set_status(row.kind, row.status)

    def show_lateness(self, late: Lateness | None) -> None:
        """Say how late the item is and why; hide the note when it is on time."""
        if late is None:
            self.overdue.hide()
            return
        colour = overdue_brush(self.palette()).color().name()
        size = self.fontMetrics().height()
        self.overdue_icon.setPixmap(overdue_icon().pixmap(size, size))
        self.overdue_text.setText(
            f'<b style="color:{colour}">{html.escape(lateness_heading(late))}.</b> '
            f"{html.escape(lateness_reason(late))}"
        )
        self.overdue.show()
