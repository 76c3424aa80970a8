"""Keep the window's translation catalogues in step with its sources.

``python tests/translation_catalogues.py`` extracts every ``translate(...)`` and
``QT_TRANSLATE_NOOP(...)`` string of ``pakru_desktop/gui`` with Qt's ``lupdate``, merges
them into ``resources/translations/pakru_<lang>.ts`` (keeping every translation already
written, dropping strings the code no longer has), and compiles the ``.qm`` files with
``lrelease``. ``test_translations.py`` runs the same extraction and fails when the
catalogues lag behind the code.

Our own merge rather than lupdate's: for Python sources lupdate cannot tell a ``%n``
message is a plural, and on merging it turns existing plural translations into singulars.
Here a message is plural exactly when its source has ``%n`` (or ``%Ln``).
"""

from __future__ import annotations

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
