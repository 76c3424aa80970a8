"""A line edit for sector tags typed as ``trade; energy`` (or ``trade, energy``).

Completion works on the tag being typed, not on the whole line, so a second or third
tag completes as easily as the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.vocabulary import SECTORS, normalise_sector

translate = QCoreApplication.translate

# Both separators are accepted because people paste lists written either way.
_SEPARATORS = re.compile(r"[;,]")


def split_tags(text: str) -> list[str]:
    """The tags in ``text``: normalised, de-duplicated, in the order typed."""
    tags: list[str] = []
    for part in _SEPARATORS.split(text):
        try:
            tag = normalise_sector(part)
        except ValidationError:
            continue  # an empty piece between two separators is not a tag
        if tag not in tags:
            tags.append(tag)
    return tags


class _LastTagCompleter(QCompleter):
    """Completes only the text after the last separator and keeps the tags before it."""

    def splitPath(self, path: str) -> list[str]:
        """Match the suggestions against the tag being typed."""
        return [_SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The whole line with its last tag replaced by the chosen suggestion."""
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        cut = max(text.rfind(";"), text.rfind(","))
        if cut < 0:
            return chosen
        return f"{text[: cut + 1]} {chosen}"


class TagEdit(QLineEdit):
    """Sector tags separated by ``;`` or ``,``, completing from known sectors."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the edit, suggesting the standard sectors until told otherwise."""
        super().__init__(parent)
        self.setPlaceholderText(translate("TagEdit", "trade; energy"))
        self.setToolTip(
            translate("TagEdit", "Sectors separated by ; or , — e.g. trade; energy; connectivity")
        )
        self._model = QStringListModel(list(SECTORS), self)
        completer = _LastTagCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.textChanged.connect(self.changed)

    def setSuggestions(self, suggestions: Iterable[str]) -> None:
        """Offer these tags when completing (duplicates dropped, order kept)."""
        self._model.setStringList(list(dict.fromkeys(suggestions)))

    def suggestions(self) -> list[str]:
        """The tags offered when completing."""
        return self._model.stringList()

    def tags(self) -> list[str]:
        """The tags typed: normalised, de-duplicated, in the order typed."""
        return split_tags(self.text())

    def setTags(self, tags: Iterable[str]) -> None:
        """Show ``tags`` joined by ``; ``."""
        self.setText("; ".join(tags))
