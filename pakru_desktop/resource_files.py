"""The one way to reach files under ``resources/``, installed or not."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """Return the resource at ``parts`` below ``resources/`` (e.g. ``"sources", "x.txt"``)."""
    node = files("pakru_desktop.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    """Read a text resource as UTF-8, exactly as stored."""
    return resource(*parts).read_text(encoding="utf-8")
