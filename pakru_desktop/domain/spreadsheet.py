"""Rules for text that ends up in a spreadsheet cell, and for reading it back."""

from __future__ import annotations

# A cell starting with one of these is evaluated as a formula by spreadsheet apps (the
# full-width forms too, which some apps fold to ASCII; "|" starts a DDE command).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "|", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Invisible characters a formula can hide behind: zero-width spaces and joiners, the BOM.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
GUARD = "'"


def needs_guard(text: str) -> bool:
    """True for text a spreadsheet would run, and for text that only looks guarded.

    ``'=x`` written as it is would read back as ``=x``; guarding it too (``''=x``) keeps
    the way back exact: ``restore_formula`` removes exactly one apostrophe.
    """
    if text.lstrip(_INVISIBLE).startswith(FORMULA_STARTS):
        return True
    return text.startswith(GUARD) and needs_guard(text[1:])


# The first characters of text that may need a guard: anything else is decided at once,
# which matters when an export writes millions of cells.
FORMULA_FIRST = frozenset(start[0] for start in FORMULA_STARTS) | frozenset(_INVISIBLE) | {GUARD}


def neutralise_formula(value: object) -> object:
    """Prefix an apostrophe to text a spreadsheet would run as a formula; others pass as is."""
    if isinstance(value, str) and value[:1] in FORMULA_FIRST and needs_guard(value):
        return GUARD + value
    return value


def restore_formula(cell: str) -> str:
    """The text ``neutralise_formula`` was given: the apostrophe removed where it added one."""
    if cell.startswith(GUARD) and needs_guard(cell[1:]):
        return cell[1:]
    return cell
