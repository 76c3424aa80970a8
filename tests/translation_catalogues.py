"""Keep the window's translation catalogues in step with its sources.

``python tests/translation_catalogues.py`` extracts every ``translate(...)`` and
``QT_TRANSLATE_NOOP(...)`` string of ``pakru_desktop/gui`` with Qt's ``lupdate``, merges
them into ``resources/translations/pakru_<lang>.ts`` (keeping every translation already
written, dropping strings the code no longer has), and compiles the ``.qm`` files with
``lrelease``. ``test_translations.py`` runs the same extraction and fails when the
catalogues lag behind the code.

lupdate reads only the window's modules, yet the window also shows the sentences the
domain, services and store layers put into their errors (``sentence("…", …)``, see
``pakru_desktop.domain.errors``). ``refresh()`` therefore first writes
``pakru_desktop/gui/service_messages.py``, which lists every such template as a
``QT_TRANSLATE_NOOP("Messages", …)`` found by reading those layers' code; lupdate then
takes them from there like any string of the window.

Our own merge rather than lupdate's: for Python sources lupdate cannot tell a ``%n``
message is a plural, and on merging it turns existing plural translations into singulars.
Here a message is plural exactly when its source has ``%n`` (or ``%Ln``).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "pakru_desktop" / "gui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"en": "en_GB", "ru": "ru_RU", "ur": "ur_PK"}
# How many plural forms Qt's rules give each language (lrelease checks them).
PLURAL_FORMS = {"en": 2, "ru": 3, "ur": 2}
# The layers whose errors carry sentences, and the module listing them for lupdate.
MESSAGE_LAYERS = [ROOT / "pakru_desktop" / layer for layer in ("domain", "services", "store")]
SERVICE_MESSAGES = SOURCES / "service_messages.py"
MESSAGES_CONTEXT = "Messages"
ERRORS_MODULE = "pakru_desktop.domain.errors"


@dataclass
class Message:
    """One string of the window: where it is used, and its translation(s)."""

    context: str
    source: str
    comment: str = ""
    forms: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the message in a catalogue."""
        return self.context, self.source, self.comment

    @property
    def plural(self) -> bool:
        """Whether Qt chooses among forms by number (the source has ``%n`` or ``%Ln``)."""
        return "%n" in self.source or "%Ln" in self.source


def tool(name: str) -> str:
    """The path of one of PySide6's Qt tools (``pyside6-lupdate``, ``pyside6-lrelease``)."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or shutil.which(f"pyside6-{name}") or f"pyside6-{name}"


def source_files() -> list[Path]:
    """Every module of the window."""
    return sorted(SOURCES.rglob("*.py"))


def message_templates() -> list[str]:
    """Every template of a ``sentence(...)`` call in the domain, services and store code,
    sorted, each once.

    A call whose template is not a string literal (an f-string, a name, a ``+``) could not
    be translated: it is refused here, with where it is, rather than left out.
    """
    found: set[str] = set()
    problems = []
    for layer in MESSAGE_LAYERS:
        for path in sorted(layer.rglob("*.py")):
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            # Sentence(...) itself is only for errors.py: elsewhere its template would be
            # missed (domain/sentences.py has a Sentence of its own, not imported from there).
            imported = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module == ERRORS_MODULE:
                    for alias in node.names:
                        if alias.name in ("sentence", "Sentence"):
                            imported.add(alias.name)
                            if alias.asname not in (None, alias.name):
                                problems.append(f"{where}:{node.lineno}: {alias.name} renamed")
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name == "Sentence" and "Sentence" in imported:
                    problems.append(f"{where}:{node.lineno}: make a Sentence with sentence()")
                if name != "sentence":
                    continue
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
                else:
                    problems.append(
                        f"{where}:{node.lineno}: sentence() needs its template as a string literal"
                    )
    if problems:
        raise ValueError("Sentences that cannot be translated:\n" + "\n".join(problems))
    return sorted(found)


def _literal(text: str) -> str:
    """``text`` as a double-quoted Python literal lupdate reads back as it is."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def service_messages_text() -> str:
    """What ``pakru_desktop/gui/service_messages.py`` holds for the code as it is now."""
    lines = [
        '"""The sentences of the errors the domain, services and store layers raise, for Qt\'s',
        "``lupdate``. Generated by ``tests/translation_catalogues.py``: do not edit by hand.",
        "",
        "lupdate reads only the window's modules, and those layers may not use Qt; their",
        "``sentence(\"…\", …)`` templates are listed here so that the catalogues hold them",
        f"(context ``{MESSAGES_CONTEXT}``), and the window shows each error in its language",
        "(``pakru_desktop.gui.errors.error_text``). ``test_translations.py`` checks that this",
        "list is the code's.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = (",
        *(
            f'    QT_TRANSLATE_NOOP("{MESSAGES_CONTEXT}", {_literal(template)}),'
            for template in message_templates()
        ),
        ")",
    ]
    return "\n".join(lines) + "\n"


def write_service_messages() -> None:
    """(Re)write ``service_messages.py`` when the code's sentences changed."""
    content = service_messages_text()
    if SERVICE_MESSAGES.exists() and SERVICE_MESSAGES.read_text(encoding="utf-8") == content:
        return
    partial = SERVICE_MESSAGES.with_name(f".{SERVICE_MESSAGES.name}.partial")
    partial.write_text(content, encoding="utf-8")
    partial.replace(SERVICE_MESSAGES)


def extract() -> list[Message]:
    """The messages the code has now, in lupdate's order (by context, then by source)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "all.ts"
        subprocess.run(
            [tool("lupdate"), *map(str, source_files()), "-locations", "none", "-ts", str(out)],
            check=True,
            capture_output=True,
        )
        return read(out)


def read(path: Path) -> list[Message]:
    """The messages of a ``.ts`` file with their translations."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: list[str] = []
            if translation is not None:
                numerus = translation.findall("numerusform")
                forms = [f.text or "" for f in numerus] if numerus else [translation.text or ""]
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    forms if any(forms) else [],
                )
            )
    return messages


def merge(current: list[Message], existing: list[Message]) -> list[Message]:
    """``current``'s messages with the translations ``existing`` has for them."""
    known = {message.key: message.forms for message in existing}
    return [Message(m.context, m.source, m.comment, known.get(m.key, [])) for m in current]


def write(path: Path, language: str, messages: list[Message]) -> None:
    """Write a ``.ts`` file as lupdate lays one out."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language])
    contexts: dict[str, ET.Element] = {}
    for message in sorted(messages, key=lambda m: m.context):
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        element = ET.SubElement(context, "message")
        if message.plural:
            element.set("numerus", "yes")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        translation = ET.SubElement(element, "translation")
        if not message.forms:
            translation.set("type", "unfinished")
        elif message.plural:
            for form in message.forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = message.forms[0]
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    content = f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n'
    if path.exists() and path.read_text(encoding="utf-8") == content:
        return  # unchanged: leave the file (and whoever is writing it) alone
    # Whole or not at all: a reader never sees half a catalogue.
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(content, encoding="utf-8")
    partial.replace(path)


def catalogue(language: str) -> Path:
    """The ``.ts`` file of ``language``."""
    return FOLDER / f"pakru_{language}.ts"


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Compile one ``.ts`` file into the ``.qm`` file Qt loads (written whole or not at all)."""
    partial = qm.with_name(f".{qm.name}.partial")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(partial)], check=True)
    partial.replace(qm)


def refresh() -> dict[str, int]:
    """Bring every catalogue up to date with the code; return untranslated counts."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    write_service_messages()
    current = extract()
    missing = {}
    for language in LANGUAGES:
        ts = catalogue(language)
        existing = read(ts) if ts.exists() else []
        if language == "en":
            # English needs only its plural forms; everything else reads as written.
            current_en = [m for m in current if m.plural]
            merged = merge(current_en, existing)
        else:
            merged = merge(current, existing)
        write(ts, language, merged)
        compile_catalogue(ts, ts.with_suffix(".qm"))
        missing[language] = sum(1 for m in merged if not m.forms)
    return missing


if __name__ == "__main__":
    for language, count in refresh().items():
        print(f"{catalogue(language).name}: {count} untranslated")
