"""The person's preferences as the window reads them: the keys they are kept under in
``QSettings`` and their values, checked (a hand-edited or older settings file gives the
defaults rather than an error). Edit ▸ Preferences changes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from pakru_desktop.domain.overdue import DUE_SOON_DAYS, STALE_DAYS
from pakru_desktop.services.backups import KEEP

if TYPE_CHECKING:
    from pakru_desktop.services.database import Database

AUTHOR_KEY = "history/author"
# The overview's windows: its own boxes show and change the same settings.
DUE_SOON_KEY = "overview/due_soon_days"
STALE_KEY = "overview/stale_days"
BACKUPS_KEY = "backups/keep"


def _whole(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    """A stored whole number within [low, high]; the default for anything else."""
    try:
        value = int(settings.value(key, default))
    except (TypeError, ValueError):
        return default
    return value if low <= value <= high else default


def due_soon_days(settings: QSettings) -> int:
    """How many days ahead the overview looks for what falls due."""
    return _whole(settings, DUE_SOON_KEY, DUE_SOON_DAYS, 1, 3650)


def stale_days(settings: QSettings) -> int:
    """After how many quiet days an open item counts as stale."""
    return _whole(settings, STALE_KEY, STALE_DAYS, 1, 3650)


def backups_to_keep(settings: QSettings) -> int:
    """How many backups are kept beside the database (older ones are removed)."""
    return _whole(settings, BACKUPS_KEY, KEEP, 1, 365)


def apply_preferences(db: Database, settings: QSettings) -> None:
    """Make ``db`` record changes under the name chosen in the preferences (if any)."""
    db.set_author(str(settings.value(AUTHOR_KEY, "") or ""))
