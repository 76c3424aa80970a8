"""The proposals of an article import as a table: a checkbox each, what accepting does,
kind, date, status and title. Small by nature (an article's worth), so held whole."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.gui.vocabulary_names import status_name
from pakru_desktop.services.article_import import Proposal

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The table's columns."""

    ACCEPT = 0
    ACTION = 1
    DATE = 2
    STATUS = 3
    TITLE = 4


def header(column: Column) -> str:
    """The column's name."""
    return {
        Column.ACCEPT: "",
        Column.ACTION: translate("ArticleProposalsModel", "Adds"),
        Column.DATE: translate("ArticleProposalsModel", "Date"),
        Column.STATUS: translate("ArticleProposalsModel", "Status"),
        Column.TITLE: translate("ArticleProposalsModel", "Title"),
    }[column]


def action_text(proposal: Proposal) -> str:
    """What accepting ``proposal`` does, in words: "new event", "add as evidence to #12" …"""
    match = proposal.match
    if match is None:
        return {
            Kind.EVENT: translate("ArticleProposalsModel", "new event"),
            Kind.AGREEMENT: translate("ArticleProposalsModel", "new agreement"),
            Kind.PROJECT: translate("ArticleProposalsModel", "new project"),
            Kind.COMMITMENT: translate("ArticleProposalsModel", "new commitment"),
        }[proposal.candidate.kind]
    if match.follow_up and match.new_status:
        return translate("ArticleProposalsModel", "add as follow-up to #{id} ({status})").format(
            id=match.item_id, status=status_name(proposal.candidate.kind, match.new_status)
        )
    if match.follow_up:
        return translate("ArticleProposalsModel", "add as follow-up to #{id}").format(
            id=match.item_id
        )
    return translate("ArticleProposalsModel", "add as evidence to #{id}").format(id=match.item_id)


class ProposalsModel(QAbstractTableModel):
    """Proposals, each checked (to accept) or not; every one starts checked."""

    def __init__(self, proposals: list[Proposal]) -> None:
        super().__init__()
        self._proposals = list(proposals)
        self._checked = [True] * len(proposals)

    # Reading ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """How many proposals."""
        return 0 if parent.isValid() else len(self._proposals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """The columns of ``Column``."""
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        """Column names."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell: the checkbox, or the proposal's words; its reasons as a tooltip."""
        if not index.isValid():
            return None
        proposal, column = self._proposals[index.row()], Column(index.column())
        candidate = proposal.candidate
        if role == Qt.ItemDataRole.CheckStateRole and column is Column.ACCEPT:
            return Qt.CheckState.Checked if self._checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            match = f"\n{proposal.match.why}" if proposal.match else ""
            return "\n".join(candidate.reason) + match
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is Column.ACTION:
            return action_text(proposal)
        if column is Column.DATE:
            return shown_date(candidate.date)
        if column is Column.STATUS:
            match = proposal.match
            if match is not None and match.follow_up:  # the status the follow-up sets
                return status_name(candidate.kind, match.new_status) if match.new_status else ""
            return status_name(candidate.kind, candidate.status)
        if column is Column.TITLE:
            return candidate.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable; the first column checkable."""
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.ACCEPT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Check or uncheck a proposal."""
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Column.ACCEPT:
            return False
        self._checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    # The proposals ----------------------------------------------------------------------------
    def proposal(self, row: int) -> Proposal:
        """The proposal on ``row``."""
        return self._proposals[row]

    def replace(self, row: int, proposal: Proposal) -> None:
        """Put the corrected ``proposal`` on ``row``."""
        self._proposals[row] = proposal
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def set_checked(self, row: int, checked: bool) -> None:
        """Accept (or not) the proposal on ``row``."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.setData(self.index(row, Column.ACCEPT), state, Qt.ItemDataRole.CheckStateRole)

    def chosen(self) -> list[Proposal]:
        """The checked proposals, in the article's order."""
        return [p for p, checked in zip(self._proposals, self._checked, strict=True) if checked]
