"""How wide a line of text is in one font, fast enough to ask for thousands of labels.

Measuring each label through the font engine costs microseconds that add up when a
timeline packs thousands of bars at every zoom step. Text in scripts drawn letter by
letter (Latin, Greek, Cyrillic) is summed from each character's advance, measured once;
kerning only ever makes the real width a little narrower, so a label never claims too
little room. Text that needs shaping (Arabic, Urdu, Devanagari …) or combining marks is
measured whole, as drawn.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

# Up to the end of Cyrillic Supplement, leaving out the combining diacritical marks, and
# the dashes, quotes and ellipsis of General Punctuation.
_LAST_SIMPLE = 0x052F
_COMBINING = range(0x0300, 0x0370)
_PUNCTUATION = range(0x2010, 0x2028)


def _drawn_letter_by_letter(ch: str) -> bool:
    code = ord(ch)
    return (code <= _LAST_SIMPLE and code not in _COMBINING) or code in _PUNCTUATION


class TextWidths:
    """The widths of texts in ``font``, in pixels."""

    def __init__(self, font: QFont) -> None:
        self._metrics = QFontMetricsF(font)
        self._advances: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        """The advance of ``text`` drawn on one line."""
        advances = self._advances
        try:
            return sum(map(advances.__getitem__, text))
        except KeyError:
            pass
        if not all(map(_drawn_letter_by_letter, text)):
            return self._metrics.horizontalAdvance(text)
        for ch in text:
            if ch not in advances:
                advances[ch] = self._metrics.horizontalAdvance(ch)
        return sum(map(advances.__getitem__, text))
