"""Rules for text that ends up in a spreadsheet cell."""

from __future__ import annotations

# A cell starting with one of these is evaluated as a formula by spreadsheet apps (the
# full-width forms too, which some apps fold to ASCII; "|" starts a DDE command).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "|", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Invisible characters a formula can hide behind: zero-width spaces and joiners, the BOM.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def neutralise_formula(value: object) -> object:
    """Prefix an apostrophe to text a spreadsheet would run as a formula; others pass as is."""
    if isinstance(value, str) and value.lstrip(_INVISIBLE).startswith(FORMULA_STARTS):
        return "'" + value
    return value
