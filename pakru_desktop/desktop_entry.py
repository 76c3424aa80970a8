"""The app in the desktop's menus: a ``.desktop`` file and the icon in the user's XDG data
folder (freedesktop.org's Desktop Entry spec), pointing at this installation.

``Exec`` is the absolute path of this installation's ``pakru-desktop`` (or of its Python
with ``-m pakru_desktop``), so the entry works from a virtual environment that is not on
``PATH``; ``%f`` hands it the database file a file manager opens with it.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.resource_files import resource

ENTRY_NAME = "pakru-desktop.desktop"
ICON_NAME = "pakru-desktop.svg"


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` as the spec says when it is unset."""
    chosen = os.environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if chosen else Path.home() / ".local" / "share"


def entry_path() -> Path:
    """Where the entry is written."""
    return data_home() / "applications" / ENTRY_NAME


def icon_path() -> Path:
    """Where the icon is copied (the hicolor theme's scalable apps)."""
    return data_home() / "icons" / "hicolor" / "scalable" / "apps" / ICON_NAME


def exec_command() -> str:
    """The ``Exec`` line's command for this installation, quoted as the spec asks."""
    script = Path(sys.executable).with_name("pakru-desktop")
    parts = [str(script)] if script.is_file() else [sys.executable, "-m", "pakru_desktop"]
    return " ".join(_quoted(part) for part in parts)


def _quoted(argument: str) -> str:
    # Desktop Entry spec: an argument with reserved characters is double-quoted, and ", `,
    # $ and \\ inside the quotes escaped with a backslash.
    if all(ch.isalnum() or ch in "/._-+" for ch in argument):
        return argument
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
    return f'"{escaped}"'


def entry_text() -> str:
    """The ``.desktop`` file: the packaged one, with this installation's ``Exec`` and icon."""
    lines = []
    for line in resource("pakru-desktop.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_command()} %f"
        elif line.startswith("Icon="):
            line = f"Icon={icon_path()}"
        elif line.startswith("TryExec="):
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def install() -> tuple[Path, Path]:
    """Write the entry and the icon; return where. A sentence if they cannot be written."""
    entry, icon = entry_path(), icon_path()
    try:
        icon.parent.mkdir(parents=True, exist_ok=True)
        with resource("pakru.svg").open("rb") as source, icon.open("wb") as target:
            shutil.copyfileobj(source, target)
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_name(f".{entry.name}.part")
        partial.write_text(entry_text(), encoding="utf-8")
        partial.chmod(0o755)  # some desktops launch only entries marked executable
        os.replace(partial, entry)
    except OSError as error:
        raise StorageError(
            f"The menu entry cannot be written into {entry.parent}: {error.strerror}."
        ) from error
    return entry, icon


def remove() -> list[Path]:
    """Remove the entry and the icon; return what was removed."""
    removed = []
    for path in (entry_path(), icon_path()):
        try:
            path.unlink()
            removed.append(path)
        except FileNotFoundError:
            continue
        except OSError as error:
            raise StorageError(f"{path} cannot be removed: {error.strerror}.") from error
    return removed
