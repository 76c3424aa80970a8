"""What a person typed for a follow-up, checked: shared by every path that writes one."""

from __future__ import annotations

from pakru_desktop.domain.errors import ValidationError, sentence
from pakru_desktop.domain.vocabulary import Kind, check_status, status_label


def check_follow_up(kind: Kind, note: str, status: str | None) -> tuple[str, str | None]:
    """The note and new status code of a follow-up on an item of ``kind``; a note left
    empty says the status ("Status: Kept."), and one of the two is required."""
    note = note.strip()
    new_status = check_status(kind, status) if status else None
    if not note and new_status is None:
        raise ValidationError(sentence("A follow-up needs a note or a new status."))
    if not note and new_status is not None:
        note = f"Status: {status_label(kind, new_status)}."
    return note, new_status
