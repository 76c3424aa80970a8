"""Who last changed a record, when, and which fields: the words of a conflict.

Saving over a colleague's change is refused; the refusal names the change that came in
between, read from the field history, so the person knows what to look at before
applying their edit again.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import Sentence, sentence
from pakru_desktop.store.models import HistoryEntry


def changed_since_opened(session: Session, table: str, row_id: int, what: Sentence) -> Sentence:
    """The sentence refusing a write to ``what`` (``sentence("Item 12")``): who changed it
    last, at what time (UTC), which fields; nothing was written."""
    latest = session.execute(
        select(HistoryEntry.change, HistoryEntry.who, HistoryEntry.at)
        .where(HistoryEntry.table_name == table, HistoryEntry.row_id == row_id)
        .order_by(HistoryEntry.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return sentence(
            "{what} was changed elsewhere since it was opened; nothing was written. Reload it "
            "and apply your edit again.",
            what=what,
        )
    fields = session.scalars(
        select(HistoryEntry.field)
        .where(
            HistoryEntry.change == latest.change,
            HistoryEntry.table_name == table,
            HistoryEntry.row_id == row_id,
        )
        .order_by(HistoryEntry.id)
    ).all()
    named = ", ".join(dict.fromkeys(f.replace("_", " ") for f in fields if f))
    return sentence(
        "{what} was changed by {who} at {at} UTC ({fields}) since it was opened; nothing was "
        "written. Reload it and apply your edit again.",
        what=what,
        who=latest.who or "?",
        at=latest.at.strftime("%Y-%m-%d %H:%M"),
        fields=named or "?",
    )
