"""What an import did, in the window's language, with each count in its plural form.

The services word their results in English for the command line (``summary()``); the
window words the same figures through the translation system instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from pakru_desktop.services.article_import import ImportedArticle
    from pakru_desktop.services.import_csv import ImportResult

translate = QCoreApplication.translate


def csv_import_summary(result: ImportResult) -> str:
    """``events.csv: 3 added, 2 updated, 10 unchanged.``, or what a check found."""
    added, updated, unchanged = result.added, result.updated, result.unchanged
    if result.dry_run:
        rows = result.rows
        text = translate("ResultWords", "{file}: %n row(s) can be imported", None, rows).format(
            file=result.name
        )
        text = translate(
            "ResultWords", "{rows}: {added} to add, {updated} to update, {unchanged} unchanged"
        ).format(rows=text, added=added, updated=updated, unchanged=unchanged)
    else:
        text = translate(
            "ResultWords", "{file}: {added} added, {updated} updated, {unchanged} unchanged"
        ).format(file=result.name, added=added, updated=updated, unchanged=unchanged)
    actors = result.actors_created
    if actors and result.dry_run:
        text += translate(
            "ResultWords", " (%n new actor(s) to be created from participants)", None, actors
        )
    elif actors:
        text += translate(
            "ResultWords", " (%n new actor(s) created from participants)", None, actors
        )
    if result.dry_run:
        return translate("ResultWords", "{summary}; nothing was written (dry run).").format(
            summary=text
        )
    return translate("ResultWords", "{summary}.").format(summary=text)


def article_import_summary(done: ImportedArticle) -> str:
    """What accepting an article's proposals stored."""
    items, quotes, follow_ups = len(done.items), len(done.evidence), len(done.follow_ups)
    return translate(
        "ResultWords", "Stored the article as source {source}: {items}, {quotes}, {follow_ups}."
    ).format(
        source=done.source_id,
        items=translate("ResultWords", "%n new item(s)", None, items),
        quotes=translate("ResultWords", "%n quote(s)", None, quotes),
        follow_ups=translate("ResultWords", "%n follow-up(s)", None, follow_ups),
    )
