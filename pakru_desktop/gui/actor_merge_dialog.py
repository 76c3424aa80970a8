"""The merge dialog: pick a duplicate of the current actor and merge the two.

It shows both actors' item counts and says, before anything is written, what the merge
will do. Merge calls ``submit(keep_id, other_id)`` (usually an undoable merge command).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
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
from pakru_desktop.gui.errors import error_text, show_error
from pakru_desktop.gui.search_results import SearchResults, is_key_down
from pakru_desktop.gui.vocabulary_names import actor_kind_name
from pakru_desktop.gui.widgets.fuzzy_date_edit import mark_error
from pakru_desktop.services.actors import ActorDetail, get_actor
from pakru_desktop.services.database import Database
from pakru_desktop.services.queries import list_actors
from pakru_desktop.services.records import ActorRecord

translate = QCoreApplication.translate

# Enough to find a duplicate by typing part of its name.
LIMIT = 200


def describe_actor(actor: ActorRecord) -> str:
    """An actor as one line: ``#21 · V. Putin · person · Russia``."""
    kind = actor_kind_name(actor.kind) if actor.kind else ""
    parts = [f"#{actor.id}", actor.name, kind, actor.country]
    return " · ".join(p for p in parts if p)


def _items(count: int) -> str:
    """How many items, for a sentence that already counts something else."""
    return translate("ActorMergeDialog", "%n item(s)", None, count)


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
        if not row.aliases:
            return row.name
        return translate("ActorMergeDialog", "Also called: {aliases}").format(
            aliases="; ".join(row.aliases)
        )


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
        self.setWindowTitle(
            translate("ActorMergeDialog", "Merge actors — {name}").format(name=current.actor.name)
        )
        self.resize(680, 540)
        self._db, self._current, self._submit = db, current, submit
        self._chosen: ActorDetail | None = None
        self.outcome: object = None
        """What ``submit`` returned, once merged."""

        count = current.item_count  # a name: lupdate misses a translate() counting an attribute
        intro = QLabel(
            translate(
                "ActorMergeDialog",
                "Merge a duplicate into <b>{name}</b> (#{id}, %n item(s)).",
                None,
                count,
            ).format(name=_escape(current.actor.name), id=current.id),
            self,
        )
        intro.setObjectName("mergeIntro")
        intro.setWordWrap(True)
        self._search = QLineEdit(self)
        self._search.setObjectName("actorSearch")
        self._search.setPlaceholderText(
            translate("ActorMergeDialog", "Part of a name, office or country")
        )
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
            translate(
                "ActorMergeDialog", "&Keep the chosen actor and merge {name} into it instead"
            ).format(name=plain),
            self,
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
        self._merge = buttons.addButton(
            translate("ActorMergeDialog", "&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._merge.setObjectName("mergeButton")
        self._merge.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        search_label = QLabel(translate("ActorMergeDialog", "&Search:"), self)
        search_label.setBuddy(self._search)
        form.addRow(search_label, self._search)
        list_label = QLabel(translate("ActorMergeDialog", "&Duplicate:"), self)
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
            self._show_error(translate("ActorMergeDialog", "Choose the actor to merge."))
            return
        try:
            self.outcome = self._submit(*ids)
        except PakruError as error:
            self._show_error(error_text(error))
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
                self._show_error(error_text(error))
                return
        self._update()

    def _update(self) -> None:
        self._error.hide()
        self._merge.setEnabled(self._chosen is not None)
        if self._chosen is None:
            self._explanation.setText(
                translate("ActorMergeDialog", "Choose the duplicate in the list.")
            )
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
    if dropped:
        # Two counts: the participations that move are the sentence's %n; the dropped
        # ones are counted by a clause of their own.
        clause = translate(
            "ActorMergeDialog",
            "%n are dropped, as {keep} already has those roles in the same item",
            None,
            dropped,
        )
        moves = translate(
            "ActorMergeDialog", "• %n participation(s) move to {keep}; {dropped};", None, moving
        ).format(keep=k, dropped=clause.format(keep=k))
    else:
        moves = translate(
            "ActorMergeDialog", "• %n participation(s) move to {keep};", None, moving
        ).format(keep=k)
    lines = [
        translate(
            "ActorMergeDialog",
            "<b>{other}</b> (#{other_id}, {other_items}) will be merged into "
            "<b>{keep}</b> (#{keep_id}, {keep_items}):",
        ).format(
            other=o,
            other_id=other.id,
            other_items=_items(other.item_count),
            keep=k,
            keep_id=keep.id,
            keep_items=_items(keep.item_count),
        ),
        moves,
        (
            translate("ActorMergeDialog", "• “{other}” and its aliases become aliases of {keep};")
            if other.actor.aliases
            else translate("ActorMergeDialog", "• “{other}” becomes an alias of {keep};")
        ).format(other=o, keep=k),
    ]
    # The merge fills the kept actor's empty fields from the other's (see merge_actors).
    if other.actor.country and not keep.actor.country:
        taken = translate("ActorMergeDialog", "• {keep} takes the country “{value}”;")
        lines.append(taken.format(keep=k, value=_escape(other.actor.country)))
    if other.actor.title and not keep.actor.title:
        taken = translate("ActorMergeDialog", "• {keep} takes the office “{value}”;")
        lines.append(taken.format(keep=k, value=_escape(other.actor.title)))
    deleted = translate(
        "ActorMergeDialog",
        "• actor #{id} is deleted. Edit ▸ Undo (Ctrl+Z) takes the merge back.",
    )
    lines.append(deleted.format(id=other.id))
    return "<br>".join(lines)
