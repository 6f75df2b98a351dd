"""The current chart out of the app: PNG of a chosen size, SVG, or the clipboard.

Exports render the whole graphics layout (title, legend and plot), so the picture explains
itself when pasted into a report.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator


def render_image(item: pg.GraphicsLayout, width: int, height: int) -> QImage:
    """The chart drawn into an image of exactly `width` × `height` pixels.

    pyqtgraph's exporter keeps the on-screen aspect ratio when one side is set; both sides
    are set here without that coupling, so the image has the size the owner asked for.
    """
    exporter = ImageExporter(item)
    params = exporter.parameters()
    params.param("width").setValue(int(width), blockSignal=exporter.widthChanged)
    params.param("height").setValue(int(height), blockSignal=exporter.heightChanged)
    params["background"] = pg.mkColor("w")
    return exporter.export(toBytes=True)


def save_png(item: pg.GraphicsLayout, path: Path, width: int, height: int) -> None:
    # PySide6 takes the format as text (bytes are refused); its stubs say bytes.
    if not render_image(item, width, height).save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"could not write {path}")


def save_svg(item: pg.GraphicsLayout, path: Path) -> None:
    """Vector export through Qt's own SVG generator: pyqtgraph's SVGExporter rewrites path
    data itself and fails on the gapped and filled paths these charts draw."""
    source = item.sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(path.stem)
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("white"))
        item.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")


def copy_image(item: pg.GraphicsLayout, width: int, height: int) -> None:
    QGuiApplication.clipboard().setImage(render_image(item, width, height))
