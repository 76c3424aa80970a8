"""Read a CSV file the way people hand them over: from this app, a spreadsheet or a script.

UTF-8 with or without a byte-order mark, ``,`` or ``;`` between cells (a spreadsheet in
a locale with decimal commas writes ``;``), CRLF or LF line ends. Rows are numbered as a
spreadsheet numbers them: the header is row 1, so a message's "row 7" is the row a person
sees as 7. Cells come back as text with the export's formula guard removed.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from pakru_desktop.domain.errors import ValidationError, sentence
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.domain.spreadsheet import restore_formula

# A cell may hold a whole article (sources.csv ``text``); the csv module's default limit
# (128 KiB) would refuse one. Generous above the longest text a source may hold.
FIELD_LIMIT = 16 * 1024 * 1024


@dataclass(frozen=True)
class CsvRow:
    """One data row: its number as a spreadsheet shows it, and its cells by column name."""

    number: int
    cells: dict[str, str]


class CsvTable:
    """An open CSV file: its header, then its rows one at a time (never all in memory)."""

    def __init__(self, handle: TextIO, name: str) -> None:
        self.name = name
        first = handle.readline()
        handle.seek(0)
        # Header names hold neither separator, so the one the header line uses is the one.
        delimiter = ";" if first.count(";") > first.count(",") else ","
        self._reader = csv.reader(handle, delimiter=delimiter, strict=True)
        header = self._next()
        if header is None:
            raise ValidationError(sentence("{name} is empty: it has no header row.", name=name))
        self.header = tuple(cell.strip().lstrip("\ufeff").lower() for cell in header)
        self.delimiter = delimiter
        self._number = 1

    def _next(self) -> list[str] | None:
        try:
            return next(self._reader)
        except StopIteration:
            return None
        except UnicodeDecodeError as error:
            raise ValidationError(
                sentence(
                    "{name} is not UTF-8 text (byte 0x{byte} near row {row}); "
                    "save it as UTF-8 CSV and try again.",
                    name=self.name,
                    byte=f"{error.object[error.start]:02x}",
                    row=self._reader.line_num + 1,
                )
            ) from None
        except csv.Error as error:
            raise ValidationError(
                sentence(
                    "{name} cannot be read as CSV near row {row}: {error}.",
                    name=self.name,
                    row=self._reader.line_num,
                    error=str(error),
                )
            ) from None

    def rows(self) -> Iterator[CsvRow]:
        """Each data row; a row with more or fewer cells than the header is refused."""
        while (cells := self._next()) is not None:
            self._number += 1
            if not any(cell.strip() for cell in cells):
                continue  # a blank line, as spreadsheets leave at the end
            if len(cells) != len(self.header):
                raise ValidationError(
                    sentence(
                        "{name} row {row} has {cells} cells but the header has {columns}; "
                        "check for a separator inside a cell without quotes.",
                        name=self.name,
                        row=self._number,
                        cells=len(cells),
                        columns=len(self.header),
                    )
                )
            yield CsvRow(
                self._number,
                {
                    column: restore_formula(cell)
                    for column, cell in zip(self.header, cells, strict=True)
                },
            )


@contextmanager
def open_csv(path: Path) -> Iterator[CsvTable]:
    """The CSV file at ``path``, open for reading; a sentence if it cannot be read."""
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    name = path.name
    try:
        handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise ValidationError(
            sentence("There is no file {path}.", path=quoted(str(path), 200))
        ) from None
    except IsADirectoryError:
        raise ValidationError(
            sentence("{path} is a folder, not a CSV file.", path=quoted(str(path), 200))
        ) from None
    except OSError as error:
        raise ValidationError(
            sentence(
                "Cannot read {path}: {reason}.",
                path=quoted(str(path), 200),
                reason=error.strerror,
            )
        ) from None
    except ValueError:  # a NUL in the name: no file system has such a file
        raise ValidationError(
            sentence("{path} is not a file name.", path=quoted(str(path), 200))
        ) from None
    with handle:
        try:
            yield CsvTable(handle, name)
        except UnicodeDecodeError as error:
            # Raised by the header's readline, before the csv reader takes over.
            raise ValidationError(
                sentence(
                    "{name} is not UTF-8 text (byte 0x{byte}); save it as UTF-8 CSV and try again.",
                    name=name,
                    byte=f"{error.object[error.start]:02x}",
                )
            ) from None
