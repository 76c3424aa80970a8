"""Rules for text that ends up in a spreadsheet cell."""

from __future__ import annotations

# A cell starting with one of these is evaluated as a formula by spreadsheet apps.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: object) -> object:
    """Prefix an apostrophe to text a spreadsheet would run as a formula; others pass as is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
