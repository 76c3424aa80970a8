"""Plain-text, CSV and JSON renderings of records for the terminal."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from itertools import chain, islice
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any, TextIO

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.spreadsheet import neutralise_formula
from pakru_desktop.domain.vocabulary import status_label

if TYPE_CHECKING:
    from pakru_desktop.services.records import ItemDetail

MAX_CELL = 60
# Rows a table is sized by before it is written; later rows keep those widths.
TABLE_SAMPLE = 1000


class _TerminalSafe:
    """A text stream that writes control characters other than line breaks and tabs as
    escapes, so text stored by another program cannot drive the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(
            "".join(
                ch
                if ch in "\n\t" or unicodedata.category(ch) != "Cc"
                else ch.encode("unicode_escape").decode("ascii")
                for ch in text
            )
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def terminal_safe_output(enabled: bool) -> Iterator[None]:
    """While the block runs, ``sys.stdout`` escapes control characters (text formats only:
    CSV and JSON are data, and JSON escapes them itself)."""
    if not enabled or sys.stdout is None:
        yield
        return
    original = sys.stdout
    sys.stdout = _TerminalSafe(original)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout = original


def print_rows(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    fmt: str,
    out: TextIO | None = None,
    *,
    wide: bool = False,
    guarded: bool = False,
) -> None:
    """Print rows as an aligned table, RFC 4180 CSV, or a JSON list of objects.

    Rows are written as they come, so a listing of a million rows holds only the rows
    being written (a table sizes its columns by its first ``TABLE_SAMPLE`` rows).
    ``wide`` keeps a table's last column whole instead of cutting it to fit. ``guarded``
    says CSV rows have their formulas guarded already.
    """
    out = out or sys.stdout
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        if guarded:
            writer.writerows(rows)
        else:
            writer.writerows([neutralise_formula(v) for v in row] for row in rows)
    elif fmt == "json":
        _print_json_rows(headers, rows, out)
    else:
        _print_table(headers, rows, out, wide)


def _print_json_rows(headers: Sequence[str], rows: Iterable[Sequence[object]], out: TextIO) -> None:
    """What ``json.dump(list_of_objects, indent=2)`` writes, one object at a time.

    A row of plain values (text, numbers, None) is written from its values' encodings
    (the json module's own C encoder for text); anything else by ``json.dumps`` whole.
    """
    keys = [f"    {encode_basestring(str(header))}: " for header in headers]
    first = True
    for row in rows:
        try:
            members = [key + _json_scalar(value) for key, value in zip(keys, row, strict=True)]
            entry = "  {\n" + ",\n".join(members) + "\n  }" if members else "  {}"
        except TypeError:
            dumped = json.dumps(
                dict(zip(headers, row, strict=True)), indent=2, ensure_ascii=False, default=str
            )
            entry = "\n".join("  " + line for line in dumped.split("\n"))
        out.write(("[\n" if first else ",\n") + entry)
        first = False
    out.write("[]\n" if first else "\n]\n")


def _json_scalar(value: object) -> str:
    """``value`` as ``json.dumps`` writes it, for text, whole numbers and None; a
    ``TypeError`` for anything else."""
    if value.__class__ is str:
        return encode_basestring(value)  # type: ignore[arg-type]
    if value is None:
        return "null"
    if value.__class__ is int:
        return int.__repr__(value)  # type: ignore[arg-type]
    raise TypeError(value)


def date_cell(date: FuzzyDate | None, machine: bool) -> str:
    """A date for a listing: its start in ISO form for CSV and JSON (the end goes in
    ``span_end_cells``), the reading form (``17–18 Nov 2025``) in a table."""
    if date is None:
        return ""
    return date.iso() if machine else date.display()


def span_end_cells(date: FuzzyDate | None) -> list[str]:
    """A span's end and its precision, as exported files have them; empty for a single date."""
    end = date.until if date is not None else None
    return [end.iso(), end.precision.value] if end is not None else ["", ""]


def _short(value: object, limit: int | None = MAX_CELL) -> str:
    text = " ".join(str(value).split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _print_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], out: TextIO, wide: bool = False
) -> None:
    last = len(headers) - 1

    def cells(row: Sequence[object]) -> list[str]:
        return [_short(v, None if wide and i == last else MAX_CELL) for i, v in enumerate(row)]

    rows = iter(rows)
    sample = [cells(row) for row in islice(rows, TABLE_SAMPLE)]
    widths = [max([len(h), *(len(r[i]) for r in sample)]) for i, h in enumerate(headers)]
    line = "  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True))
    out.write(line.rstrip() + "\n")
    count = 0
    for row in chain(sample, (cells(row) for row in rows)):
        # Rows past the sample keep its widths: a longer cell is cut to fit.
        fitted = [c if len(c) <= w else _short(c, w) for c, w in zip(row, widths, strict=True)]
        if wide:
            fitted[last] = row[last]
        out.write("  ".join(c.ljust(w) for c, w in zip(fitted, widths, strict=True)).rstrip())
        out.write("\n")
        count += 1
    noun = "row" if count == 1 else "rows"
    out.write(f"({count} {noun})\n")


def _jsonable(value: Any) -> Any:
    if isinstance(value, FuzzyDate):
        until = value.until
        return {
            "iso": value.iso(),
            "precision": value.precision.value,
            "inferred": value.inferred,
            "end": until.iso() if until else None,
            "end_precision": until.precision.value if until else None,
            "display": value.display(),
        }
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(getattr(value, k)) for k in asdict(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    return str(value)


def print_json(value: Any, out: TextIO | None = None) -> None:
    """Print a record (dataclasses, fuzzy dates and all) as indented JSON."""
    out = out or sys.stdout
    json.dump(_jsonable(value), out, indent=2, ensure_ascii=False)
    out.write("\n")


def _date_words(date: FuzzyDate) -> str:
    inferred = ", inferred" if date.inferred else ""
    return f"{date.display()} ({date.precision.value}{inferred})"


def print_item(detail: ItemDetail, out: TextIO | None = None) -> None:
    """Every field of an item, then its evidence, follow-ups (date order) and links."""
    out = out or sys.stdout
    row = detail.row
    kind_line = row.kind.label + (f" · {row.type}" if row.type else "")
    fields = [
        ("Title", row.title),
        ("Date", _date_words(row.date)),
        ("Due", _date_words(row.due) if row.due else ""),
        ("Status", f"{status_label(row.kind, row.status)} ({row.status})"),
        ("Location", row.location),
        ("Sectors", "; ".join(row.sectors)),
        ("Participants", "; ".join(f"{p.name} ({p.role})" for p in row.participants)),
    ]
    out.write(f"#{row.id} {kind_line}\n")
    for name, value in fields:
        if value:
            out.write(f"  {name + ':':<14}{value}\n")
    if detail.summary:
        out.write(f"  {'Summary:':<14}{detail.summary}\n")
    # Quotes supporting a follow-up are shown under it.
    evidence = [ev for ev in detail.evidence if ev.follow_up_id is None]
    out.write("\nEvidence:\n" if evidence else "\nEvidence: none\n")
    for ev in evidence:
        where = f", characters {ev.start}–{ev.end}" if ev.start is not None else ""
        out.write(f"  “{ev.quote}”\n    — {ev.source_title} (source {ev.source_id}{where})\n")
    out.write("\nFollow-ups:\n" if detail.follow_ups else "\nFollow-ups: none\n")
    for fu in detail.follow_ups:
        status = f" [{status_label(row.kind, fu.new_status)}]" if fu.new_status else ""
        source = f" — {fu.source_title}" if fu.source_title else ""
        out.write(f"  {fu.date.display()}{status} {fu.note}{source} (follow-up {fu.id})\n")
        for ev in fu.evidence:
            out.write(f"    “{ev.quote}” (evidence {ev.id})\n")
    out.write("\nLinks:\n" if detail.links else "\nLinks: none\n")
    for link in detail.links:
        arrow = f"{link.type} →" if link.outgoing else f"← {link.type}"
        out.write(
            f"  {arrow} #{link.other_id} {link.other_kind.label}: {link.other_title}"
            f" (link {link.id})\n"
        )
    out.write(
        f"\n  Version {detail.version}; created {detail.created_at:%Y-%m-%d %H:%M} UTC,"
        f" updated {detail.updated_at:%Y-%m-%d %H:%M} UTC\n"
    )
