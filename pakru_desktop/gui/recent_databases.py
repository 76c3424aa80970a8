"""The databases opened lately, newest first, for File ▸ Open recent.

Kept in the person's settings as absolute paths; a file opened again moves to the top,
and the list holds at most ``KEEP`` entries.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "files/recent"
KEEP = 10


def recent_databases(settings: QSettings) -> list[Path]:
    """The remembered database files, newest first (whether or not they still exist)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives a lone entry back as a string
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(entry) for entry in value if isinstance(entry, str) and entry][:KEEP]


def remember(settings: QSettings, path: Path) -> list[Path]:
    """Put ``path`` at the top of the list; return the list as stored."""
    path = path.resolve()
    paths = [path] + [p for p in recent_databases(settings) if p != path]
    _store(settings, paths[:KEEP])
    return paths[:KEEP]


def forget(settings: QSettings, path: Path | None = None) -> None:
    """Take ``path`` off the list, or clear the list when ``path`` is None."""
    paths = [] if path is None else [p for p in recent_databases(settings) if p != path]
    _store(settings, paths)


def _store(settings: QSettings, paths: list[Path]) -> None:
    settings.setValue(RECENT_KEY, [str(p) for p in paths])
    settings.sync()
