"""Pakru Desktop: a tracker of Pakistan–Russia relations on a local SQLite database."""

__version__ = "0.1.0"
