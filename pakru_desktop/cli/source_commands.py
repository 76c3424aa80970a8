"""The ``pakru`` commands on sources and evidence.

add-source, edit-source, show-source, add-evidence, remove-evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand


def register(command: AddCommand) -> None:
    """Add this module's sub-commands through ``command`` (see ``cli.parser``)."""
