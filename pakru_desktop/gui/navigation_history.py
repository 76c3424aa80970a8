"""Back and Forward between the places the window jumped to: following a link, a search
hit, an overview row or a timeline bar, as a browser goes back through pages.

No Qt here: a place is a page and the item selected on it; the window shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

# Places kept behind: far more than anyone goes back through.
DEPTH = 100


@dataclass(frozen=True)
class Place:
    """A page of the window (its index) and the item selected on it, if any."""

    page: int
    item_id: int | None = None


class NavigationHistory:
    """The places behind and ahead of the current one."""

    def __init__(self) -> None:
        self._behind: list[Place] = []
        self._ahead: list[Place] = []

    def went(self, came_from: Place) -> None:
        """A jump left ``came_from``: it is behind now, and nothing is ahead any more."""
        if self._behind and self._behind[-1] == came_from:
            return
        self._behind = [*self._behind, came_from][-DEPTH:]
        self._ahead.clear()

    def back(self, here: Place) -> Place | None:
        """The place to go back to (``here`` goes ahead), or None at the start."""
        if not self._behind:
            return None
        self._ahead.append(here)
        return self._behind.pop()

    def forward(self, here: Place) -> Place | None:
        """The place to go forward to (``here`` goes behind), or None at the end."""
        if not self._ahead:
            return None
        self._behind.append(here)
        return self._ahead.pop()

    def can_go_back(self) -> bool:
        """Whether there is a place behind."""
        return bool(self._behind)

    def can_go_forward(self) -> bool:
        """Whether there is a place ahead."""
        return bool(self._ahead)
