"""One-way layers: gui/ and cli → services → store → domain; Qt only inside gui/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import pakru_desktop

PACKAGE = Path(pakru_desktop.__file__).parent

# What each layer must never import (prefixes of module names).
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "pakru_desktop.store",
        "pakru_desktop.services",
        "pakru_desktop.cli",
        "pakru_desktop.gui",
    ),
    "store": ("PySide6", "pakru_desktop.services", "pakru_desktop.cli", "pakru_desktop.gui"),
    "services": ("PySide6", "pakru_desktop.cli", "pakru_desktop.gui"),
    "cli": ("PySide6", "pakru_desktop.gui", "sqlalchemy", "pakru_desktop.store"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_import_only_downwards(layer):
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules(layer)
        for name in _imports(path)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert offenders == []


def test_nothing_outside_gui_imports_gui():
    # The package's own entry point, ``python -m pakru_desktop``, is the window's.
    top = [p for p in PACKAGE.glob("*.py") if p.name != "__main__.py"]
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in [*top, *(p for layer in FORBIDDEN for p in _modules(layer))]
        for name in _imports(path)
        if name.startswith("pakru_desktop.gui")
    ]
    assert offenders == []


def test_no_qt_outside_gui():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts
        and any(name.startswith("PySide6") for name in _imports(path))
    ]
    assert offenders == []


def test_running_the_command_line_loads_no_qt():
    code = (
        "import sys, pakru_desktop.cli, pakru_desktop.cli.commands;"
        "import pakru_desktop.services.export_csv, pakru_desktop.services.follow_ups,"
        " pakru_desktop.services.links, pakru_desktop.services.queries;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_quick_listing_loads_no_sqlalchemy():
    # `pakru list events` must not pay for importing the ORM.
    code = (
        "import sys, pakru_desktop.cli, pakru_desktop.services.quick_lists;"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
