"""Logging, configured once per entry point: a rotating file in the user log folder + stderr."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import appdirs

from pakru_desktop.store.location import APP_NAME

LOG_FILE_NAME = "pakru.log"

# Handlers this module installed, so configuring again replaces rather than duplicates them.
_installed: list[logging.Handler] = []


def log_file() -> Path:
    """Where the log is written, e.g. ``~/.cache/pakru-desktop/log/pakru.log``."""
    return Path(appdirs.user_log_dir(APP_NAME, appauthor=False)) / LOG_FILE_NAME


def configure_logging(stderr_level: int = logging.WARNING) -> Path | None:
    """Log INFO and up to the rotating file and ``stderr_level`` and up to stderr.

    Returns the log file, or None when it cannot be written (logging then goes to
    stderr only; a read-only home must not stop the app).
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    while _installed:
        old = _installed.pop()
        root.removeHandler(old)
        old.close()
    stream = logging.StreamHandler()
    stream.setLevel(stderr_level)
    stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(stream)
    _installed.append(stream)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Text from the system (paths, arguments) may hold undecodable bytes; they are
        # written escaped rather than making logging itself fail.
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", errors="backslashreplace"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _installed.append(handler)
    return path
