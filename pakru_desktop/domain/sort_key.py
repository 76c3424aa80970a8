"""What a list sorts text by: the same letters whatever their case or accents.

"Zürich", "zurich" and "ZURICH" sort together, Cyrillic and Latin fold alike, and the
key is stored beside the text (``items.title_key``) so a sort reads an index instead of
folding every row as it goes.
"""

from __future__ import annotations

import unicodedata


def sort_key(text: str | None) -> str:
    """``text`` case folded, with accents and other combining marks left out."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
