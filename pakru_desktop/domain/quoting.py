"""User input quoted inside a message: on one line, control characters made visible, short.

A message is one sentence on one line (stderr, a dialog); input pasted into it raw could
break it over several lines or carry terminal escape sequences.
"""

from __future__ import annotations

import unicodedata

QUOTE_LIMIT = 60
# Controls (line breaks, ESC, NUL), lone surrogates and line or paragraph separators; other
# characters, no-break spaces and joiners included, are shown as they are.
_ESCAPED = {"Cc", "Cs", "Zl", "Zp"}


def one_line(text: object, limit: int = QUOTE_LIMIT) -> str:
    """``text`` with every non-printable character written as an escape (``\\n``, ``\\x1b``),
    cut to ``limit`` characters with an ellipsis."""
    shown = "".join(
        ch.encode("unicode_escape", "backslashreplace").decode("ascii")
        if unicodedata.category(ch) in _ESCAPED
        else ch
        for ch in str(text)
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def quoted(text: object, limit: int = QUOTE_LIMIT) -> str:
    """``text`` in single quotes for a message, as ``one_line`` shows it."""
    return f"'{one_line(text, limit)}'"
