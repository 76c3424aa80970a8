"""Pages that read their records the first time they are shown, not when the window opens.

A window on a million items opens on its overview; the lists, the actors, the sources
and the timeline each read what they show once a person first goes there, and changes
announced before then need no refresh (the first read is fresh anyway).
"""

from __future__ import annotations


class ReadOnFirstShow:
    """Mixed into a page with a ``load()`` that reads its records."""

    loaded = False
    """True once the page has read its records (the first time it was shown)."""

    def load(self) -> None:
        """Read the page's records (the page sets ``loaded``)."""
        raise NotImplementedError

    def ensure_loaded(self) -> None:
        """Read the page's records if it has not yet: the first time it is shown."""
        if not self.loaded:
            self.load()
