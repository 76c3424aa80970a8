"""README documents what users rely on: the CSV columns, exactly as exported."""

from __future__ import annotations

import re
from pathlib import Path

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.csv_columns import ITEM_COLUMNS, TABLE_FILES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _documented_columns() -> dict[str, list[str]]:
    sections = re.split(r"^#### (\w+)\.csv$", README, flags=re.MULTILINE)
    tables = {}
    for name, body in zip(sections[1::2], sections[2::2], strict=True):
        body = body.split("\n## ", 1)[0]
        rows = re.findall(r"^\| (\w+) \|", body, flags=re.MULTILINE)
        tables[name] = [r for r in rows if r != "column"]
    return tables


def test_every_exported_column_is_documented_in_order():
    exported = {kind.plural: [c.header for c in ITEM_COLUMNS[kind]] for kind in Kind}
    exported |= {name: [c.header for c in columns] for name, (_, columns) in TABLE_FILES.items()}
    assert _documented_columns() == exported


def test_quick_start_has_one_app_and_one_test_command():
    for marker in ("<!-- app-command -->", "<!-- test-command -->"):
        block = README.split(marker, 1)[1].split("```", 2)[1]
        lines = [line for line in block.splitlines()[1:] if line.strip()]
        assert len(lines) == 1
