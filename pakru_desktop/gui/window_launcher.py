"""Another window on another database: File ▸ New database, Open database and Open
recent each start ``pakru-desktop FILE`` as a process of its own.

A window per database, as office applications do: the window open now keeps its
unsaved edits, undo steps and place, and a database that turns out damaged is refused
(or restored) in its own window without touching this one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess


def window_command(path: Path) -> tuple[str, list[str]]:
    """The program and arguments that open ``path`` in a new window."""
    return sys.executable, ["-m", "pakru_desktop", str(path)]


def launch_window(path: Path) -> bool:
    """Open ``path`` in a new window; False if the process could not be started."""
    program, arguments = window_command(path)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)
