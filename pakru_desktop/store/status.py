"""Keep an item's current status equal to its latest status-changing follow-up."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakru_desktop.store.models import FollowUp, Item


def refresh_status(session: Session, item: Item) -> str:
    """Set ``item.status`` from its follow-ups (or its base status) and return it.

    "Latest" is by the follow-up's earliest day, then by the order it was recorded,
    so two changes on the same day apply in the order they were made.
    """
    latest = session.scalar(
        select(FollowUp.new_status)
        .where(FollowUp.item_id == item.id, FollowUp.new_status.is_not(None))
        .order_by(FollowUp.date_start.desc(), FollowUp.id.desc())
        .limit(1)
    )
    status = latest or item.base_status
    if item.status != status:
        item.status = status
        item.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return status
