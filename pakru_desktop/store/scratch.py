"""Files built beside the database under a temporary name, and the clean-up of abandoned ones.

A new database or a backup is written as ``.<name>.<purpose>-<host>-<pid>-<token>`` in the
database's folder (same file system, so a link or rename puts it in place at once). The
name records who is writing it, so a later start can delete the ones whose writer was
killed without ever touching a file another live process is still writing.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
import socket
from pathlib import Path

log = logging.getLogger(__name__)

# What SQLite keeps beside a database file while it is open.
SIDE_FILES = ("", "-wal", "-shm", "-journal")


def _host() -> str:
    # Short and file-name safe; a folder shared between machines must not mistake
    # another machine's live writer for a dead local one.
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def scratch_path(final: Path, purpose: str) -> Path:
    """A new, unused name beside ``final`` for a file that will become ``final`` or a copy of it."""
    token = secrets.token_hex(4)
    return final.with_name(f".{final.name}.{purpose}-{_host()}-{os.getpid()}-{token}")


def remove_scratch(path: Path) -> None:
    """Delete a scratch file and whatever SQLite left beside it.

    Cleaning up never raises: one left behind (a folder turned read-only meanwhile) is
    removed by the next ``remove_abandoned``, and the error that matters is the caller's.
    """
    for suffix in SIDE_FILES:
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def remove_abandoned(final: Path, purpose: str) -> None:
    """Delete scratch files of ``purpose`` beside ``final`` whose writer (on this host) is dead."""
    prefix = f".{final.name}.{purpose}-{_host()}-"
    try:
        names = [p.name for p in final.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for name in names:
        pid_text = name[len(prefix) :].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        base = name
        for suffix in SIDE_FILES[1:]:
            base = base.removesuffix(suffix)
        log.info("Removing %s, left by an interrupted start", name)
        try:
            remove_scratch(final.with_name(base))
        except OSError as error:  # a read-only folder: harmless, it is hidden
            log.warning("Cannot remove %s: %s", name, error)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
