"""Errors a user can cause, each carrying one sentence they can act on.

The CLI maps them to exit code 2, the GUI to a message dialog; any other
exception is a bug and is reported as such.

Each message is a ``Sentence``: the English text the CLI and the logs print, which also
keeps its template and values so the window can show it in its own language. A template
is written in place as a literal, ``sentence("There is no item with id {item_id}.",
item_id=7)``, so that ``tests/translation_catalogues.py`` can find it and hand it to the
translators (context ``Messages``); the window translates the template and fills it in
(``pakru_desktop.gui.errors.error_text``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Sentence(str):
    """A sentence for people: its English text, and how it was made.

    The string is ``template.format(**values)``, exactly what is printed in English;
    ``template`` has named ``{placeholders}`` (no format specs: a value comes already
    formatted) and ``values`` fills them. A value is a plain ``str`` or ``int``, or a
    ``Sentence`` of its own: a word chosen in code (``"day"``, a kind's name) that is
    translated too. Values that are user input (``quoted(...)``) stay plain strings.
    """

    __slots__ = ("template", "values")

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: Mapping[str, Any] | None = None) -> Sentence:
        filled = dict(values or {})
        self = super().__new__(cls, template.format(**filled))
        self.template = template
        self.values = filled
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Copied and pickled with its template, not as a plain string.
        return Sentence, (self.template, self.values)


def sentence(template: str, /, **values: Any) -> Sentence:
    """The ``Sentence`` of ``template`` filled with ``values``.

    Write ``template`` as a string literal here (adjacent literals may be joined, but no
    f-string and no ``+``): the catalogues are made by reading these calls in the code.
    Where the words depend on a condition, write each whole sentence as its own call.
    """
    return Sentence(template, values)


def message_of(error: BaseException) -> str:
    """The sentence ``error`` was raised with (a ``Sentence`` when it has one, so it can
    still be translated), else ``str(error)``: for passing one error's words on to another."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Sentence) else str(error)


class PakruError(Exception):
    """Base of every error a user can cause; ``str(error)`` is the sentence to show."""


class ValidationError(PakruError):
    """Input that cannot be accepted: a bad date, an empty title, an unknown code.

    ``field`` names the input at fault (``"title"``, ``"date"``, ``"due"`` …) when known,
    so a form can mark it.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    def for_field(self, field: str) -> ValidationError:
        """This error, attributed to ``field`` unless it already names one."""
        if self.field is None:
            self.field = field
        return self


class NotFoundError(PakruError):
    """A record named by id or key does not exist."""


class ConflictError(PakruError):
    """A record changed since it was read, or would duplicate an existing one."""


# What a write refused by the database's constraints says, whichever path wrote it.
CONSTRAINT_CONFLICT = sentence(
    "The change conflicts with existing records (a duplicate or a missing reference);"
    " nothing was written."
)


class StorageError(PakruError):
    """The database cannot be opened, read or written (locked, damaged, too new)."""
