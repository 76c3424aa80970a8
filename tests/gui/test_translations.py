"""The window speaks English, Russian and Urdu: every string of the code is in the
catalogues, translated in full, compiled, and shown in the chosen language (Urdu right
to left), with Qt's plural forms for counts."""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest
import translation_catalogues as catalogues  # tests/translation_catalogues.py
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.i18n import LANGUAGE_KEY, can_write, install_language, locale_for
from pakru_desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# Modules that translate strings marked elsewhere (QT_TRANSLATE_NOOP), by variable.
FORWARDERS = {"vocabulary_names.py", "paged_model.py", "shortcuts.py", "main_window.py",
              "preferences_dialog.py", "window_commands.py", "detail_pane.py",
              "date_words.py", "errors.py"}  # fmt: skip


@pytest.fixture(scope="module")
def extracted() -> list[catalogues.Message]:
    return catalogues.extract()


@pytest.fixture
def language(qapp):
    """Switch the window's language for one test; English again afterwards."""
    yield lambda code: install_language(code, qapp)
    install_language("en", qapp)


def _literal_calls() -> list[tuple[Path, int, str, str]]:
    """Every translate(...) / QT_TRANSLATE_NOOP(...) call written with literals."""
    found = []
    for path in catalogues.source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Name, ast.Attribute)):
                bound = getattr(node.value, "id", getattr(node.value, "attr", ""))
                aliases = [getattr(t, "id", "") for t in node.targets]
                if bound in ("translate", "QT_TRANSLATE_NOOP") and aliases != ["translate"]:
                    pytest.fail(f"{path.name}:{node.lineno}: lupdate reads no other name")
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            context, source = node.args[:2]
            if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                found.append((path, node.lineno, context.value, source.value))
            elif path.name not in FORWARDERS:
                pytest.fail(f"{path.name}:{node.lineno}: translate() needs literal strings")
    return found


def test_the_catalogues_hold_every_string_of_the_code_and_no_other(extracted):
    for language in catalogues.LANGUAGES:
        shipped = catalogues.read(catalogues.catalogue(language))
        expected = [m for m in extracted if m.plural] if language == "en" else extracted
        assert sorted(m.key for m in shipped) == sorted(m.key for m in expected), (
            f"pakru_{language}.ts is out of date: run python tests/translation_catalogues.py"
        )


def test_lupdate_finds_every_call_written_in_the_code(extracted):
    # lupdate skips a call it cannot read (a plural count that is not a plain name, say);
    # such a string would never be translated.
    keys = {(m.context, m.source) for m in extracted}
    missed = [f"{path.name}:{line} {source!r}" for path, line, context, source in _literal_calls()
              if (context, source) not in keys]  # fmt: skip
    assert not missed


@pytest.mark.parametrize("language", ["ru", "ur"])
def test_every_string_is_translated_keeping_its_placeholders(language):
    for message in catalogues.read(catalogues.catalogue(language)):
        where = f"{message.context}: {message.source!r}"
        assert message.forms and all(message.forms), f"untranslated in {language}: {where}"
        if message.plural:
            assert len(message.forms) == catalogues.PLURAL_FORMS[language], where
        for form in message.forms:
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(message.source)), (
                f"{language} {where}: {form!r}"
            )
            for mark in ("%n", "%Ln"):
                assert (mark in form) == (mark in message.source), f"{language} {where}"
            assert form.count("&") - form.count("&&") * 2 <= 1, f"{language} {where}"


def test_the_english_catalogue_gives_every_count_its_singular_and_plural():
    for message in catalogues.read(catalogues.catalogue("en")):
        assert message.plural and len(message.forms) == 2, message.source
        assert "(s)" not in "".join(message.forms), message.source


def test_the_compiled_catalogues_are_those_of_the_sources(tmp_path):
    for language in catalogues.LANGUAGES:
        ts = catalogues.catalogue(language)
        fresh = tmp_path / f"{language}.qm"
        catalogues.compile_catalogue(ts, fresh)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"pakru_{language}.qm is stale: run python tests/translation_catalogues.py"
        )


def test_counts_take_the_plural_form_of_each_language(language):
    def quotes(n: int) -> str:
        return translate("DetailCards", "%n quote(s)", None, n)

    language("en")
    assert [quotes(n) for n in (1, 2, 5)] == ["1 quote", "2 quotes", "5 quotes"]
    language("ru")
    one, few, many = quotes(1), quotes(2), quotes(5)
    assert len({one, few, many}) == 3 and quotes(21) == one.replace("1", "21", 1)
    language("ur")
    assert quotes(1) != quotes(2) and "2" in quotes(2)


def test_urdu_lays_the_window_out_right_to_left_and_russian_left_to_right(language, qapp):
    language("ur")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Urdu
    language("ru")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    language("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_system_language_is_followed_when_the_app_speaks_it():
    assert locale_for("system", QLocale("ru_RU")).name() == "ru_RU"
    assert locale_for("system", QLocale("ur_IN")).name() == "ur_PK"
    assert locale_for("system", QLocale("de_DE")).name() == "en_GB"  # not one of ours
    assert locale_for("nonsense", QLocale("ur_PK")).name() == "ur_PK"  # a damaged setting


@pytest.mark.parametrize(("code", "script"), [("ru", "CYRILLIC"), ("ur", "ARABIC")])
def test_the_window_is_built_in_the_chosen_language(qtbot, db, today, tmp_path, language, code,
                                                    script):  # fmt: skip
    language(code)
    events = translate("MainWindow", "Events")
    assert events != "Events" and all(script in unicodedata.name(c) for c in events if c.isalpha())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.item(1).text() == events
    assert window.menuBar().actions()[0].text() != "&File"
    page = window.item_pages[Kind.EVENT]
    window.show_page(page)
    qtbot.waitUntil(lambda: page.model.total() > 0)
    status = page.model.headerData(
        [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)].index(
            translate("Columns", "Status")
        ),
        Qt.Orientation.Horizontal,
    )
    assert status == translate("Columns", "Status") != "Status"
    assert window.isRightToLeft() == (code == "ur")
    # The status words in the list and the detail view are the language's, codes kept.
    assert page.select_item(1)
    qtbot.waitUntil(lambda: page.detail.item_id() == 1)
    header = page.detail.header
    assert header.chip.text() not in ("held", "scheduled", "")
    assert not any(c.isascii() and c.isalpha() for c in window.count_label.text())


def test_the_language_is_chosen_in_the_preferences_and_kept(qtbot, db, today, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    dialog = window.edit_preferences()
    box = dialog.findChild(QComboBox, "language")
    assert [box.itemData(i) for i in range(box.count())] == ["system", "en", "ru", "ur"]
    assert box.itemText(3) == "اردو" and box.itemText(2) == "Русский"
    box.setFocus()
    for _ in range(2):  # from "As the system has it", past English, to Russian
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == "ru"
    hint = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("next start" in text for text in hint)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.value(LANGUAGE_KEY) == "ru"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight  # from next start


def test_in_urdu_the_newest_backup_is_selected_for_restoring(qtbot, db, today, tmp_path,
                                                             language):  # fmt: skip
    from PySide6.QtWidgets import QPushButton

    from pakru_desktop.services.backups import make_backup

    language("ur")
    make_backup(db)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.show()
    dialog = window.show_backups()
    assert dialog.isRightToLeft()
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0
    assert dialog.findChild(QPushButton, "restore").isEnabled()
    dialog.close()


def test_qts_own_buttons_speak_urdu_too(language):
    from PySide6.QtWidgets import QDialogButtonBox

    language("ur")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Yes)  # fmt: skip
    words = {b.text() for b in buttons.buttons()}
    assert words == {"محفوظ کریں", "منسوخ کریں", "&ہاں"}


def test_choosing_urdu_without_an_urdu_font_says_what_to_install(qtbot, db, today, tmp_path,
                                                                 monkeypatch):  # fmt: skip
    from PySide6.QtGui import QFontDatabase

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.show()
    dialog = window.edit_preferences()
    box = dialog.findChild(QComboBox, "language")
    hint = dialog.findChild(QLabel, "fontHint")
    box.setCurrentIndex(box.findData("ru"))
    assert not hint.isVisible()
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: []))  # a bare system
    box.setCurrentIndex(box.findData("ur"))
    assert hint.isVisible() and "fonts-noto-core" in hint.text()
    monkeypatch.undo()
    box.setCurrentIndex(box.findData("en"))
    box.setCurrentIndex(box.findData("ur"))
    assert hint.isVisible() == (not can_write("ur"))  # as this machine's fonts are
    dialog.close()
