"""The merge dialog: pick a duplicate of the current actor and merge the two.

It shows both actors' item counts and says, before anything is written, what the merge
will do. Merge calls ``submit(keep_id, other_id)`` (usually an undoable merge command).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.search_results import SearchResults, is_key_down
from pakru_desktop.gui.widgets.fuzzy_date_edit import mark_error
from pakru_desktop.services.actors import ActorDetail, get_actor
from pakru_desktop.services.database import Database
from pakru_desktop.services.queries import list_actors
from pakru_desktop.services.records import ActorRecord

# Enough to find a duplicate by typing part of its name.
LIMIT = 200



def describe_actor(actor: ActorRecord) -> str:
    """An actor as one line: ``#21 · V. Putin · person · Russia``."""
    parts = [f"#{actor.id}", actor.name, actor.kind, actor.country]
    return " · ".join(p for p in parts if p)


def _items(count: int) -> str:
    return f"{count} item" if count == 1 else f"{count} items"


class CandidateModel(SearchResults[ActorRecord]):
    """Actors matching a search, except the one being merged into."""

    limit = LIMIT

    def find(self, text: str) -> Sequence[ActorRecord]:
        """Actors whose name, office or country contains ``text``."""
        return list_actors(self._db, text, limit=LIMIT + 1)  # one more: the excluded

    def line(self, row: ActorRecord) -> str:
        """``#id · name · kind · country``."""
        return describe_actor(row)

    def tip(self, row: ActorRecord) -> str:
        """The other names the actor is reported by."""
        return f"Also called: {'; '.join(row.aliases)}" if row.aliases else row.name


class ActorMergeDialog(QDialog):
    """Choose the actor to merge into ``current``; Merge calls ``submit(keep_id, other_id)``.

    Widgets by objectName: ``actorSearch``, ``candidates``, ``keepChosen`` (keep the chosen
    actor and merge the current one into it instead), ``mergeExplanation``,
    ``errorLabel``, ``mergeButton``.
    """

    def __init__(
        self,
        db: Database,
        current: ActorDetail,
        submit: Callable[[int, int], object],
        *,
        parent: QWidget | None = None,
    ) -> None:
        """Build the dialog and list every other actor."""
        super().__init__(parent)
        self.setObjectName("actorMergeDialog")
        self.setWindowTitle(f"Merge actors — {current.actor.name}")
        self.resize(680, 540)
        self._db, self._current, self._submit = db, current, submit
        self._chosen: ActorDetail | None = None
        self.outcome: object = None
        """What ``submit`` returned, once merged."""

        intro = QLabel(
            f"Merge a duplicate into <b>{_escape(current.actor.name)}</b> "
            f"(#{current.id}, {_items(current.item_count)}).",
            self,
        )
        intro.setObjectName("mergeIntro")
        intro.setWordWrap(True)
        self._search = QLineEdit(self)
        self._search.setObjectName("actorSearch")
        self._search.setPlaceholderText("Part of a name, office or country")
        self._search.setClearButtonEnabled(True)
        self._search.installEventFilter(self)
        self._model = CandidateModel(db, current.id, self)
        self._candidates = QListView(self)
        self._candidates.setObjectName("candidates")
        self._candidates.setModel(self._model)
        self._candidates.setUniformItemSizes(True)
        self._candidates.setSelectionMode(QListView.SelectionMode.SingleSelection)
        plain = current.actor.name.replace("&", "&&")  # an "&" in a name is not a mnemonic
        self._keep_chosen = QCheckBox(
            f"&Keep the chosen actor and merge {plain} into it instead", self
        )
        self._keep_chosen.setObjectName("keepChosen")
        self._explanation = QLabel(self)
        self._explanation.setObjectName("mergeExplanation")
        self._explanation.setWordWrap(True)
        self._explanation.setTextFormat(Qt.TextFormat.RichText)
        self._explanation.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self._explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._error = QLabel(self)
        self._error.setObjectName("errorLabel")
        self._error.setWordWrap(True)
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        mark_error(self._error, True)
        self._error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self._merge = buttons.addButton("&Merge", QDialogButtonBox.ButtonRole.AcceptRole)
        self._merge.setObjectName("mergeButton")
        self._merge.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        search_label = QLabel("&Search:", self)
        search_label.setBuddy(self._search)
        form.addRow(search_label, self._search)
        list_label = QLabel("&Duplicate:", self)
        list_label.setBuddy(self._candidates)
        form.addRow(list_label, self._candidates)
        form.addRow("", self._keep_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self._explanation)
        layout.addWidget(self._error)
        layout.addWidget(buttons)

        self._search.textChanged.connect(self._run_search)
        self._candidates.selectionModel().selectionChanged.connect(self._chosen_changed)
        self._keep_chosen.toggled.connect(self._update)
        self._run_search("")
        self._search.setFocus()

    # --- state ----------------------------------------------------------------------------

    def chosen(self) -> ActorRecord | None:
        """The actor picked in the list, or None."""
        index = self._candidates.currentIndex()
        if not index.isValid() or not self._candidates.selectionModel().isSelected(index):
            return None
        return self._model.row_at(index.row())

    def select_actor(self, actor_id: int) -> bool:
        """Select actor ``actor_id`` in the list if it is shown there."""
        row = self._model.row_of(actor_id)
        if row < 0:
            return False
        self._candidates.selectionModel().setCurrentIndex(
            self._model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def ids(self) -> tuple[int, int] | None:
        """(keep_id, other_id) as chosen, or None while no actor is picked."""
        chosen = self.chosen()
        if chosen is None:
            return None
        if self._keep_chosen.isChecked():
            return chosen.id, self._current.id
        return self._current.id, chosen.id

    # --- actions --------------------------------------------------------------------------

    def submit(self) -> None:
        """Merge through ``submit``; on an error keep the dialog open with the sentence."""
        ids = self.ids()
        if ids is None:
            self._show_error("Choose the actor to merge.")
            return
        try:
            self.outcome = self._submit(*ids)
        except PakruError as error:
            self._show_error(str(error))
            return
        except Exception as error:  # a bug: crash dialog with details, dialog stays open
            show_error(self, error)
            return
        self.accept()

    def _run_search(self, text: str) -> None:
        chosen = self.chosen()
        self._model.search(text)
        if chosen is not None:
            self.select_actor(chosen.id)
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self._chosen = None
        elif self._chosen is None or self._chosen.id != chosen.id:
            try:
                self._chosen = get_actor(self._db, chosen.id)
            except PakruError as error:  # deleted elsewhere since the list was read
                self._chosen = None
                self._show_error(str(error))
                return
        self._update()

    def _update(self) -> None:
        self._error.hide()
        self._merge.setEnabled(self._chosen is not None)
        if self._chosen is None:
            self._explanation.setText("Choose the duplicate in the list.")
            return
        keep, other = self._current, self._chosen
        if self._keep_chosen.isChecked():
            keep, other = other, keep
        self._explanation.setText(explain(keep, other))

    def _show_error(self, message: str) -> None:
        self._error.setText(message)
        self._error.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down in the search line moves into the list, so the keyboard reaches the actors."""
        if watched is self._search and is_key_down(event):
            first = self._model.row_at(0)
            if first is not None:
                self._candidates.setFocus(Qt.FocusReason.TabFocusReason)
                if self.chosen() is None:
                    self.select_actor(first.id)
                return True
        return super().eventFilter(watched, event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def explain(keep: ActorDetail, other: ActorDetail) -> str:
    """What merging ``other`` into ``keep`` will do, as a short rich-text paragraph."""
    k, o = _escape(keep.actor.name), _escape(other.actor.name)
    held = {(e.item_id, e.role) for e in keep.items}
    moving = sum(1 for e in other.items if (e.item_id, e.role) not in held)
    dropped = len(other.items) - moving
    moves = f"{moving} participation" + (" moves" if moving == 1 else "s move")
    duplicates = (
        f"; {dropped} {'is' if dropped == 1 else 'are'} dropped, as {k} already has "
        f"{'that role' if dropped == 1 else 'those roles'} in the same item"
        if dropped
        else ""
    )
    lines = [
        f"<b>{o}</b> (#{other.id}, {_items(other.item_count)}) will be merged into "
        f"<b>{k}</b> (#{keep.id}, {_items(keep.item_count)}):",
        f"• {moves} to {k}{duplicates};",
        (
            f"• “{o}” and its aliases become aliases of {k};"
            if other.actor.aliases
            else f"• “{o}” becomes an alias of {k};"
        ),
    ]
    # The merge fills the kept actor's empty fields from the other's (see merge_actors).
    for label, mine, theirs in (
        ("country", keep.actor.country, other.actor.country),
        ("office", keep.actor.title, other.actor.title),
    ):
        if theirs and not mine:
            lines.append(f"• {k} takes the {label} “{_escape(theirs)}”;")
    lines.append(f"• actor #{other.id} is deleted. Edit ▸ Undo (Ctrl+Z) takes the merge back.")
    return "<br>".join(lines)
