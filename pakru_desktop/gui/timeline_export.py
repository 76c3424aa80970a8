"""Writing the timeline as shown to a PNG image or an SVG drawing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.gui.timeline_view import TimelineView

translate = QCoreApplication.translate


def export_png(view: TimelineView, path: Path) -> Path:
    """Save the visible timeline as a PNG at the screen's pixel ratio."""
    ratio = view.devicePixelRatioF()
    size = QSize(int(view.width() * ratio), int(view.height() * ratio))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    view.render_into(painter, float(view.width()), float(view.height()))
    painter.end()
    if not image.save(str(path), "PNG"):
        raise StorageError(
            translate(
                "TimelineExport",
                "Could not write the image to {path}; check the folder and the disk.",
            ).format(path=path)
        )
    return path


def export_svg(view: TimelineView, path: Path) -> Path:
    """Save the visible timeline as an SVG drawing (text stays text)."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(view.size())
    generator.setViewBox(QRect(0, 0, view.width(), view.height()))
    generator.setTitle(translate("TimelineExport", "Pakru timeline"))
    first, last = view.visible_range()
    generator.setDescription(
        translate("TimelineExport", "Items from {first} to {last}").format(
            first=first.isoformat(), last=last.isoformat()
        )
    )
    painter = QPainter()
    if not painter.begin(generator):
        raise StorageError(
            translate(
                "TimelineExport",
                "Could not write the drawing to {path}; check the folder and the disk.",
            ).format(path=path)
        )
    view.render_into(painter, float(view.width()), float(view.height()))
    painter.end()
    return path
