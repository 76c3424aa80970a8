"""The app's icons: the desktop theme's where it has one, else our own, in the palette's ink.

Every action has a name in ``ICON_NAMES`` and a 24×24 line drawing under
``resources/icons/NAME.svg``, stroked in ``currentColor``. ``icon(name)`` asks the icon theme
for the freedesktop icon-naming-spec name of the action (so the app looks native where the
desktop has a theme) and falls back to the bundled drawing, rendered in the palette's
window-text colour: dark ink on a light palette, light ink on a dark one. A fixed colour
would vanish on one of the two.

Icons are made when asked for, so after the palette changes, call ``clear_cache()`` and set
the icons again: new ones come out in the new colours.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from pakru_desktop.resource_files import read_text

# The theme's name for each icon, or None where the naming spec has no action that means the
# same: the kinds and the pages have no standard picture, and borrowing a near one (say
# appointment-new for a new event) would put one theme icon among our own in the toolbar's
# row of four new-item buttons, which should read as one family.
THEME_NAMES: dict[str, str | None] = {
    "new-event": None,
    "new-agreement": None,
    "new-project": None,
    "new-commitment": None,
    "kind-event": None,
    "kind-agreement": None,
    "kind-project": None,
    "kind-commitment": None,
    "new-database": "document-new",
    "open-database": "document-open",
    "recent": "document-open-recent",
    "export": "document-save-as",
    "import-csv": None,
    "import-article": None,
    "backups": None,
    "quit": "application-exit",
    "undo": "edit-undo",
    "redo": "edit-redo",
    "find": "edit-find",
    "delete": "edit-delete",
    "preferences": "preferences-system",
    "refresh": "view-refresh",
    "back": "go-previous",
    "forward": "go-next",
    "about": "help-about",
    "shortcuts": "input-keyboard",
    "overview": None,
    "timeline": None,
    "actors": None,
    "sources": None,
    "add-follow-up": "list-add",
    "edit": None,
    "add-link": "insert-link",
    "remove-link": "list-remove",
    "add-evidence": None,
    "open-source": None,
}

ICON_NAMES: tuple[str, ...] = tuple(THEME_NAMES)

# Icons that point along the reading direction, and their mirror image. In a right-to-left
# layout "back" points right, which is exactly the "forward" drawing, and so on.
MIRRORED: dict[str, str] = {"back": "forward", "forward": "back", "undo": "redo", "redo": "undo"}

# Menus (16), toolbars (22/24), large toolbars (32) and dialogs (48), plus the doubles for
# 2× screens, so Qt picks a drawn pixmap instead of scaling a small one up.
SIZES = (16, 22, 24, 32, 48, 64, 96)

_cache: dict[tuple[str, ...], QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon for ``name`` (one of ``ICON_NAMES``), facing the application's layout direction.

    The theme's icon where the theme has the standard name, else the bundled one in the
    current palette's colours. Raises ``KeyError`` for a name not in ``ICON_NAMES``.
    """
    theme_name = THEME_NAMES[name]
    drawn = name
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft and name in MIRRORED:
        drawn = MIRRORED[name]
        if theme_name is not None:
            # Qt's loader neither mirrors theme icons nor looks for the spec's "-rtl" variant,
            # so ask for it by hand. hasThemeIcon first: fromTheme would quietly fall back
            # from "go-previous-rtl" to the left-pointing "go-previous".
            if QIcon.hasThemeIcon(f"{theme_name}-rtl"):
                return QIcon.fromTheme(f"{theme_name}-rtl")
            theme_name = THEME_NAMES[drawn]
    fallback = bundled_icon(drawn)
    if theme_name is None:
        return fallback
    return QIcon.fromTheme(theme_name, fallback)


def bundled_icon(name: str) -> QIcon:
    """The bundled drawing of ``name`` in the current palette's colours, as drawn (unmirrored).

    Normal in WindowText, Disabled in the disabled WindowText, Selected in HighlightedText
    (a selected row's icon stays legible on the highlight, as its text does).
    """
    if name not in THEME_NAMES:
        raise KeyError(name)
    palette = QGuiApplication.palette()
    colours = {
        QIcon.Mode.Normal: palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
        QIcon.Mode.Disabled: palette.color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText
        ),
        QIcon.Mode.Selected: palette.color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText
        ),
    }
    key = (name, *(colour.name(QColor.NameFormat.HexArgb) for colour in colours.values()))
    cached = _cache.get(key)
    if cached is not None:
        return cached
    made = QIcon(_DrawnOnDemand(read_text("icons", f"{name}.svg"), colours))
    _cache[key] = made
    return made


class _DrawnOnDemand(QIconEngine):
    """Draws the SVG at the size and mode asked, when first asked: the window's frame
    makes some forty icons, and drawing each at every size and mode up front took a
    tenth of a second of start-up."""

    def __init__(self, svg: str, colours: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self._svg, self._colours = svg, colours
        self._drawn: dict[tuple[int, QIcon.Mode], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> QColor:
        return self._colours.get(mode, self._colours[QIcon.Mode.Normal])

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:  # noqa: D102
        side = max(1, min(size.width(), size.height()))
        key = (side, mode)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = self._drawn[key] = render(self._svg, self._colour(mode), side)
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,  # noqa: D102
              state: QIcon.State) -> None:  # fmt: skip
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = round(min(rect.width(), rect.height()) * ratio)
        pixmap = self.pixmap(QSize(side, side), mode, state)
        target = QRect(0, 0, round(side / ratio), round(side / ratio))
        target.moveCenter(rect.center())
        painter.drawPixmap(target, pixmap)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,  # noqa: N802, D102
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:  # fmt: skip
        return [QSize(size, size) for size in SIZES]

    def clone(self) -> QIconEngine:  # noqa: D102
        return _DrawnOnDemand(self._svg, self._colours)


def render(svg: str, colour: QColor, size: int) -> QPixmap:
    """``svg`` drawn in ``colour`` on a transparent ``size``×``size`` pixmap."""
    # SVG's own currentColor would need a "color" attribute Qt's renderer may not honour;
    # spelling the colour out is certain. Opacity carries the alpha, which #rrggbb cannot.
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode()))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(colour.alphaF())
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def clear_cache() -> None:
    """Forget the rendered icons; call when the palette changes, before setting icons again."""
    _cache.clear()
