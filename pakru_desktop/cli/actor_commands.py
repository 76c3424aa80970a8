"""The ``pakru`` commands on actors: edit-actor, merge-actors, show-actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand


def register(command: AddCommand) -> None:
    """Add this module's sub-commands through ``command`` (see ``cli.parser``)."""
