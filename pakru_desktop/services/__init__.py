"""Use cases: what the GUI and the CLI can do, one function per user action.

Each call runs in exactly one transaction, validates its input, and returns
frozen dataclasses (never live ORM objects) plus a ``Changes`` saying what it
touched.
"""
