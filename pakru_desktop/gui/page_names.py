"""The main window's pages as the navigation and the View menu name them, and the status
bar's count of a list, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pakru_desktop.domain.vocabulary import Kind

translate = QCoreApplication.translate

# The navigation's pages in order (their names in English; shown translated), with icons.
PAGES = (
    QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "Events"),
    QT_TRANSLATE_NOOP("MainWindow", "Agreements"),
    QT_TRANSLATE_NOOP("MainWindow", "Projects"),
    QT_TRANSLATE_NOOP("MainWindow", "Commitments"),
    QT_TRANSLATE_NOOP("MainWindow", "Actors"),
    QT_TRANSLATE_NOOP("MainWindow", "Sources"),
    QT_TRANSLATE_NOOP("MainWindow", "Timeline"),
)
PAGE_ICONS = ("overview", "kind-event", "kind-agreement", "kind-project", "kind-commitment",
              "actors", "sources", "timeline")  # fmt: skip
# "&1 Overview" … in the View menu, a whole entry each so translators place the mnemonic.
PAGE_ENTRIES = (
    QT_TRANSLATE_NOOP("MainWindow", "&1 Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "&2 Events"),
    QT_TRANSLATE_NOOP("MainWindow", "&3 Agreements"),
    QT_TRANSLATE_NOOP("MainWindow", "&4 Projects"),
    QT_TRANSLATE_NOOP("MainWindow", "&5 Commitments"),
    QT_TRANSLATE_NOOP("MainWindow", "&6 Actors"),
    QT_TRANSLATE_NOOP("MainWindow", "&7 Sources"),
    QT_TRANSLATE_NOOP("MainWindow", "&8 Timeline"),
)


def item_count(kind: Kind, total: int, filtered: bool) -> str:
    """ "1,234 events", or "3 events match the filter": a whole sentence per kind, as the
    noun's number and case change with the count in Russian."""
    if filtered:
        texts = {
            Kind.EVENT: translate("MainWindow", "%Ln event(s) match the filter", None, total),
            Kind.AGREEMENT: translate(
                "MainWindow", "%Ln agreement(s) match the filter", None, total
            ),
            Kind.PROJECT: translate("MainWindow", "%Ln project(s) match the filter", None, total),
            Kind.COMMITMENT: translate(
                "MainWindow", "%Ln commitment(s) match the filter", None, total
            ),
        }
    else:
        texts = {
            Kind.EVENT: translate("MainWindow", "%Ln event(s)", None, total),
            Kind.AGREEMENT: translate("MainWindow", "%Ln agreement(s)", None, total),
            Kind.PROJECT: translate("MainWindow", "%Ln project(s)", None, total),
            Kind.COMMITMENT: translate("MainWindow", "%Ln commitment(s)", None, total),
        }
    return texts[kind]
