"""The icon set: one valid SVG per name, drawn in currentColor, recoloured by the palette."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer

from pakru_desktop.gui import icons
from pakru_desktop.resource_files import read_text

PAINT_ATTRIBUTES = ("stroke", "fill", "color", "stop-color", "flood-color", "lighting-color")


@pytest.fixture
def bundled_only(qapp):
    """No icon theme, so ``icon()`` gives the bundled drawings whatever the machine has."""
    paths, name, fallback = QIcon.themeSearchPaths(), QIcon.themeName(), QIcon.fallbackThemeName()
    QIcon.setThemeSearchPaths([])
    QIcon.setThemeName("")
    QIcon.setFallbackThemeName("")
    icons.clear_cache()
    yield
    QIcon.setThemeSearchPaths(paths)
    QIcon.setThemeName(name)
    QIcon.setFallbackThemeName(fallback)
    icons.clear_cache()


@pytest.fixture
def palette_restored(qapp):
    """Put back the application's palette (and the icon cache) after the test changes it."""
    original = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(original)
    icons.clear_cache()


@pytest.fixture
def direction_restored(qapp):
    """Put back the application's layout direction after the test changes it."""
    original = qapp.layoutDirection()
    yield qapp
    qapp.setLayoutDirection(original)


def _ink(image: QImage) -> QColor:
    """The most opaque pixel of ``image``: a sample of the stroke, not its antialiased edge."""
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    assert best.alpha() > 200, "the icon drew nothing opaque"
    return best


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


def test_icon_names_are_unique_and_match_the_files():
    assert len(set(icons.ICON_NAMES)) == len(icons.ICON_NAMES) == 36
    assert set(icons.THEME_NAMES) == set(icons.ICON_NAMES)


@pytest.mark.parametrize("name", icons.ICON_NAMES)
def test_every_name_has_a_valid_svg(name):
    renderer = QSvgRenderer(QByteArray(read_text("icons", f"{name}.svg").encode()))
    assert renderer.isValid()
    assert renderer.viewBoxF().width() == renderer.viewBoxF().height() == 24


@pytest.mark.parametrize("name", icons.ICON_NAMES)
def test_every_svg_paints_only_in_current_color(name):
    text = read_text("icons", f"{name}.svg")
    root = ET.fromstring(text)
    for element in root.iter():
        for attribute in PAINT_ATTRIBUTES:
            paint = element.get(attribute)
            assert paint in (None, "none", "currentColor"), (element.tag, attribute, paint)
        assert "style" not in element.attrib, "colours belong in attributes, where this test looks"
    # Nor a colour anywhere else in the text (named colours are caught above).
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(", text)
    # One style for the set: a 2-unit round stroke, set once on the drawing's group.
    (group,) = root.findall("{http://www.w3.org/2000/svg}g")
    assert group.get("stroke") == "currentColor"
    assert group.get("stroke-width") == "2"
    assert group.get("stroke-linecap") == group.get("stroke-linejoin") == "round"


@pytest.mark.parametrize("name", icons.ICON_NAMES)
def test_icon_has_pixmaps_at_menu_and_toolbar_sizes(bundled_only, name):
    made = icons.icon(name)
    assert not made.isNull()
    for size in (16, 32):
        pixmap = made.pixmap(size)
        assert not pixmap.isNull()
        assert pixmap.width() == size
    sizes = {size.width() for size in made.availableSizes()}
    assert {16, 22, 24, 32, 48} <= sizes


def test_the_colour_follows_the_palette(bundled_only, palette_restored):
    app = palette_restored
    app.setPalette(_palette("#ffffff", "#101010"))
    icons.clear_cache()
    on_light = _ink(icons.icon("find").pixmap(32).toImage())
    app.setPalette(_palette("#202020", "#f0f0f0"))
    icons.clear_cache()
    on_dark = _ink(icons.icon("find").pixmap(32).toImage())
    assert on_light.lightness() < 64
    assert on_dark.lightness() > 192


def test_a_changed_palette_is_a_new_icon_even_without_clearing(bundled_only, palette_restored):
    app = palette_restored
    app.setPalette(_palette("#ffffff", "#000000"))
    before = _ink(icons.icon("quit").pixmap(24).toImage())
    app.setPalette(_palette("#000000", "#ffffff"))
    after = _ink(icons.icon("quit").pixmap(24).toImage())
    assert before.lightness() < after.lightness()


def test_disabled_icons_take_the_disabled_text_colour(bundled_only, palette_restored):
    app = palette_restored
    palette = _palette("#ffffff", "#000000")
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#a0a0a0"))
    app.setPalette(palette)
    made = icons.icon("delete")
    normal = _ink(made.pixmap(32).toImage())
    disabled = _ink(made.pixmap(32, QIcon.Mode.Disabled).toImage())
    assert normal.lightness() < 32
    assert abs(disabled.lightness() - QColor("#a0a0a0").lightness()) < 16


@pytest.mark.parametrize(("name", "mirror"), [("back", "forward"), ("undo", "redo")])
def test_direction_icons_mirror_right_to_left(bundled_only, direction_restored, name, mirror):
    app = direction_restored
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    own = icons.icon(name).pixmap(32).toImage()
    partner = icons.icon(mirror).pixmap(32).toImage()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    flipped = icons.icon(name).pixmap(32).toImage()
    assert flipped != own
    assert flipped == partner


def test_back_points_left_then_right(bundled_only, direction_restored):
    def leans_left(image: QImage) -> bool:
        # The arrowhead's wings put more ink on the side the arrow points to.
        def ink(columns: range) -> int:
            return sum(
                image.pixelColor(x, y).alpha() for x in columns for y in range(image.height())
            )

        half = image.width() // 2
        return ink(range(half)) > ink(range(half, image.width()))

    app = direction_restored
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert leans_left(icons.icon("back").pixmap(32).toImage())
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert not leans_left(icons.icon("back").pixmap(32).toImage())


def test_a_theme_icon_comes_first_and_turns_round_right_to_left(tmp_path, direction_restored):
    # A tiny theme with plain squares: red "go-previous", blue "go-next", nothing for find.
    folder = tmp_path / "test-theme" / "16x16" / "actions"
    folder.mkdir(parents=True)
    (folder.parent.parent / "index.theme").write_text(
        "[Icon Theme]\nName=test-theme\nDirectories=16x16/actions\n\n"
        "[16x16/actions]\nSize=16\nType=Fixed\n",
        encoding="utf-8",
    )
    for theme_name, colour in (("go-previous", "#ff0000"), ("go-next", "#0000ff")):
        square = QImage(16, 16, QImage.Format.Format_ARGB32)
        square.fill(QColor(colour))
        assert square.save(str(folder / f"{theme_name}.png"))
    paths, name = QIcon.themeSearchPaths(), QIcon.themeName()
    QIcon.setThemeSearchPaths([str(tmp_path)])
    QIcon.setThemeName("test-theme")
    app = direction_restored
    try:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        assert _ink(icons.icon("back").pixmap(16).toImage()) == QColor("#ff0000")
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        assert _ink(icons.icon("back").pixmap(16).toImage()) == QColor("#0000ff")
        assert _ink(icons.icon("forward").pixmap(16).toImage()) == QColor("#ff0000")
        # Where the theme has nothing, the bundled drawing (in the palette's ink) stands in.
        assert _ink(icons.icon("find").pixmap(16).toImage()) != QColor("#ff0000")
    finally:
        QIcon.setThemeSearchPaths(paths)
        QIcon.setThemeName(name)


def test_unknown_name_raises_key_error(bundled_only):
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")
    with pytest.raises(KeyError):
        icons.bundled_icon("no-such-icon")
